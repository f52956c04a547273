"""The Faust worker: thin agents that chain the pure stages.

    voc.touchpoints.<channel> --ingest--> voc.touchpoints.enriched (keyed by customer)
          |  decode + validate, enrich          |
          +--> voc.touchpoints.dlq               +--customers--> state table, rules
                      |                                |   --> voc.alerts
                      +--dead_letters--> ClickHouse    +--> ClickHouse (touchpoints,
                                                             customers, alerts)

Offsets: the agents take a batch (``batches()``), process and store it, wait
until everything the batch produced (enriched records, table changelogs,
alerts) is on the broker, and only then ack it, so a commit never passes a row
that is not stored or a state change that is not logged. A failed write is
retried with backoff and blocks the agent (backpressure) instead of buffering
without bound. ``Pipeline.drain()`` (on SIGTERM) lets the batches in flight
finish and commits before Faust stops.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from typing import Any, Protocol, cast

import faust
from faust.types import EventT

from schemas.codec import AvroCodec, DecodeError
from schemas.models import Alert, DeadLetter, EnrichedTouchpoint, Touchpoint
from sinks.clickhouse.store import ClickHouseStore, ClickHouseWriter
from sinks.clickhouse.tables import COLUMNS, alert_row, dead_letter_row, touchpoint_row
from streams.alerts.rules import (
    RulesConfig,
    check_silence,
    load_rules_config,
    silence_due_at,
)
from streams.alerts.timers import StreamClock
from streams.customer.rows import customer_row, merged_customer_row
from streams.customer.state import CustomerState
from streams.settings import Settings
from streams.stages.customer import CustomerStep, StepOutcome
from streams.stages.decode import dead_letter, decode_touchpoint
from streams.stages.identity import IdentityGraph, Resolution
from streams.worker.delivery import register_delivery
from streams.worker.metrics import Metrics
from streams.worker.web import register_pages

log = logging.getLogger(__name__)

ENRICHED_CODEC = AvroCodec("EnrichedTouchpoint")
ALERT_CODEC = AvroCodec("Alert")
DEAD_LETTER_CODEC = AvroCodec("DeadLetter")

#: Backoff for ClickHouse writes: doubles from the first delay up to the cap.
RETRY_FIRST_DELAY = 0.2
RETRY_MAX_DELAY = 10.0
#: How often the topic-spike detector's state is saved to its table.
SPIKE_SAVE_SECONDS = 30.0
#: How long a stop waits for the batches in flight (a store outage can hold one).
DRAIN_TIMEOUT = 15.0


def utcnow() -> datetime:
    return datetime.now(UTC)


class TouchpointEnricher(Protocol):
    model_version: str

    def enrich(
        self, touchpoints: list[Touchpoint], customer_keys: list[str], ingested_at: datetime
    ) -> list[EnrichedTouchpoint]: ...


def default_enricher(settings: Settings) -> TouchpointEnricher:
    from streams.stages.enrich import Enricher  # loads the models: only when a worker starts

    return Enricher(
        topic_model_dir=settings.topic_model_dir,
        topic_min_confidence=settings.topic_model_min_confidence,
    )


@dataclass
class Pipeline:
    """What the agents share: models, the store, rule thresholds, counters."""

    settings: Settings
    store: ClickHouseStore
    enricher: TouchpointEnricher = field(default=None)  # type: ignore[assignment]
    rules: RulesConfig = field(default_factory=load_rules_config)
    metrics: Metrics = field(default_factory=Metrics)
    #: Called for every alert emitted (the demo prints them live).
    on_alert: Callable[[Alert], None] | None = None
    #: One thread: ClickHouse calls block, and chDB allows one writer.
    executor: ThreadPoolExecutor = field(
        default_factory=lambda: ThreadPoolExecutor(max_workers=1, thread_name_prefix="clickhouse")
    )

    #: Batches being processed, and whether a stop asked for no new ones.
    in_flight: int = 0
    stopping: bool = False

    def __post_init__(self) -> None:
        if self.enricher is None:
            self.enricher = default_enricher(self.settings)

    async def drain(self, app: faust.App, timeout: float = DRAIN_TIMEOUT) -> bool:
        """Before a stop: finish the batches in flight, deliver, commit.

        Faust stops without waiting for acks (``stream_wait_empty=False``,
        because delivery may retry for minutes), so a graceful stop happens
        here. Returns False when a batch was still busy at the timeout (a
        store outage); its events are not acked and come back after a restart.
        """
        self.stopping = True
        deadline = time.monotonic() + timeout
        while self.in_flight and time.monotonic() < deadline:
            await asyncio.sleep(0.01)
        finished = self.in_flight == 0
        await delivered(app.producer)
        await app.consumer.commit()
        return finished

    def writer(self) -> ClickHouseWriter:
        return ClickHouseWriter(self.store, COLUMNS)

    def _timed_flush(self, writer: ClickHouseWriter) -> int:
        started = time.thread_time()  # CPU of the writer thread only
        try:
            return writer.flush()
        finally:
            self.metrics.stage_cpu["sink"] += time.thread_time() - started

    async def run_blocking(self, fn: Callable[[], Any]) -> Any:
        return await asyncio.get_running_loop().run_in_executor(self.executor, fn)

    async def flush(self, writer: ClickHouseWriter) -> int:
        """Write the buffered rows, retrying with backoff until ClickHouse takes them."""
        delay = RETRY_FIRST_DELAY
        metrics = self.metrics
        while True:
            metrics.sink_pending_rows = writer.pending()
            try:
                written: int = await self.run_blocking(partial(self._timed_flush, writer))
            except Exception as exc:
                metrics.store_retries += 1
                metrics.store_error = (str(exc) or repr(exc)).splitlines()[0][:300]
                log.warning(
                    "ClickHouse write failed (%s); retrying in %.1fs", metrics.store_error, delay
                )
                await asyncio.sleep(delay)
                delay = min(delay * 2, RETRY_MAX_DELAY)
            else:
                if metrics.store_error is not None:
                    log.info("ClickHouse writes succeed again")
                metrics.stored += written
                metrics.sink_pending_rows = 0
                metrics.store_error = None
                return written


async def delivered(producer: Any) -> None:
    """Wait until everything produced so far is acknowledged by the broker.

    Faust's own ``producer.flush()`` gives up as soon as one message takes over
    0.1 s to leave its buffer, and its periodic commit relies on it: a commit
    could pass table changelog records still queued, which a stop then drops
    (the restarted worker's state missed events it never re-read).
    """
    buffer = producer.buffer
    while buffer.size and not buffer.should_stop:
        await asyncio.sleep(0.002)  # the buffer's own task is sending them
    await producer.flush()


async def batches(
    stream: faust.StreamT[bytes], size: int, within: float, pipeline: Pipeline
) -> AsyncIterator[Sequence[EventT[bytes]]]:
    """Up to ``size`` events or whatever came ``within`` seconds, acked after the body ran.

    Faust's ``take_events`` acks a batch in a ``finally``, so a worker stopped
    (SIGTERM) while the body awaits would commit events it never stored. Here
    the acks follow the ``yield`` and the delivery of what the body produced:
    a body that is cancelled or raises acks nothing, and its events come back
    after a restart. Once ``pipeline.stopping`` is set no new batch starts.
    """
    source = cast(faust.Stream[bytes], stream)
    async for taken in source.noack_take(size, within):
        events = cast(Sequence[EventT[bytes]], taken)  # noack_take buffers events, not values
        if pipeline.stopping:
            # Unacked, these events come back after the restart. Park until
            # Faust cancels the agent: an agent that returns would be restarted.
            await asyncio.Event().wait()
        pipeline.in_flight += 1
        try:
            yield events
            await delivered(source.app.producer)
        finally:
            pipeline.in_flight -= 1
        for event in events:
            await source.ack(event)


@dataclass(frozen=True)
class Decoded:
    touchpoint: Touchpoint
    message: Any  # the Kafka message it came from (faust.types.Message)


def decode_batch(
    events: Sequence[EventT[bytes]], now: datetime
) -> tuple[list[Decoded], list[DeadLetter]]:
    """Split a batch into decoded touchpoints and dead letters."""
    good: list[Decoded] = []
    letters: list[DeadLetter] = []
    for event in events:
        message = event.message
        try:
            good.append(Decoded(decode_touchpoint(message.value, now), message))
        except DecodeError as error:
            letters.append(
                dead_letter(
                    error,
                    message.value,
                    message.key,
                    message.topic,
                    message.partition,
                    message.offset,
                    now,
                )
            )
    return good, letters


def enrich_batch(
    enricher: TouchpointEnricher,
    decoded: Sequence[Decoded],
    resolutions: Sequence[Resolution],
    now: datetime,
) -> tuple[list[tuple[EnrichedTouchpoint, float]], list[DeadLetter]]:
    """Enrich a batch; if the batch fails, retry one by one and dead-letter the culprits.

    A model bug on one odd text must cost that text, never the worker.
    """
    touchpoints = [d.touchpoint for d in decoded]
    keys = [resolution.customer_key for resolution in resolutions]
    merged = {r.customer_key: [m.from_key for m in r.merges] for r in resolutions if r.merges}
    try:
        items = enricher.enrich(touchpoints, keys, now)
        for item in items:
            item.merged_keys = merged.get(item.customer_key, [])
        return [(item, d.message.timestamp) for item, d in zip(items, decoded, strict=True)], []
    except Exception:
        log.exception("batch enrichment failed; retrying one touchpoint at a time")
    done: list[tuple[EnrichedTouchpoint, float]] = []
    failed: list[DeadLetter] = []
    for d, key in zip(decoded, keys, strict=True):
        try:
            [item] = enricher.enrich([d.touchpoint], [key], now)
            item.merged_keys = merged.get(key, [])
            done.append((item, d.message.timestamp))
        except Exception as exc:
            m = d.message
            error = DecodeError("enrichment_error", f"{type(exc).__name__}: {exc}")
            failed.append(dead_letter(error, m.value, m.key, m.topic, m.partition, m.offset, now))
    return done, failed


def process_into(
    writer: ClickHouseWriter, step: CustomerStep, item: EnrichedTouchpoint, now: datetime
) -> StepOutcome:
    """One enriched touchpoint through the customer step, its rows added to ``writer``.

    The touchpoint row always (a replay rewrites the same row); then, unless
    the step saw a replay, the customer's row, the end row of each customer
    key an identity merge absorbed, and the alerts raised.
    """
    writer.add("touchpoints", touchpoint_row(item, item.customer_key))
    outcome = step.process(item, now)
    if outcome.state is None:
        return outcome
    row = customer_row(outcome.state, now, outcome.document)
    writer.add("customers", row, key=item.customer_key)
    for old_key, version in outcome.absorbed:
        row = merged_customer_row(old_key, version + 1, outcome.state, now)
        writer.add("customers", row, key=old_key)
    for alert in outcome.alerts:
        writer.add("alerts", alert_row(alert))
    return outcome


def faust_broker_url(bootstrap: str) -> str:
    """``host:port[,host:port]`` as Faust wants it; a URL (``memory://``) passes through."""
    if "://" in bootstrap:
        return bootstrap
    return ";".join(f"kafka://{server.strip()}" for server in bootstrap.split(",") if server)


def _cap_fetch_wait(max_wait_ms: int) -> None:
    """Faust hard-codes aiokafka's fetch_max_wait_ms=1500. A broker that holds an
    empty fetch for that long (the embedded one does) adds up to 1.5 s per hop;
    capping the wait keeps publish-to-alert latency in milliseconds."""
    import aiokafka

    original = aiokafka.AIOKafkaConsumer.__init__
    if getattr(original, "voc_capped", None) == max_wait_ms:
        return
    unwrapped = getattr(original, "__wrapped__", original)

    def init(self: Any, *topics: Any, **kwargs: Any) -> None:
        kwargs["fetch_max_wait_ms"] = min(kwargs.get("fetch_max_wait_ms", 500), max_wait_ms)
        unwrapped(self, *topics, **kwargs)

    init.__wrapped__ = unwrapped  # type: ignore[attr-defined]
    init.voc_capped = max_wait_ms  # type: ignore[attr-defined]
    aiokafka.AIOKafkaConsumer.__init__ = init


def new_faust_app(settings: Settings, bootstrap: str, **overrides: Any) -> faust.App:
    """An empty Faust app with voc-stream's tuned settings (workers and tests share it)."""
    options: dict[str, Any] = {
        "broker": faust_broker_url(bootstrap),
        "store": settings.store,
        "topic_partitions": settings.partitions,
        "topic_replication_factor": 1,
        "consumer_auto_offset_reset": "earliest",
        # Tuned so a worker joins its group in seconds rather than ~30 s.
        "broker_session_timeout": 6.0,
        "broker_heartbeat_interval": 1.0,
        "broker_rebalance_timeout": 6.0,
        "broker_commit_every": 10_000,
        "broker_commit_interval": 1.0,
        "web_enabled": settings.web_port > 0,
        "web_bind": settings.web_bind,
        "web_port": max(settings.web_port, 1),
        "web_host": "127.0.0.1",
        # Never wait for unacked events at stop or rebalance: alerts may be
        # retrying for minutes; they come back, unacked, to the next worker.
        "stream_wait_empty": False,
        "producer_linger": 0.005,
        # Table keys are the raw customer key (as on the enriched topic);
        # values are JSON (the customers table overrides it: raw JSON bytes).
        "key_serializer": "raw",
        "value_serializer": "json",
    }
    return faust.App(settings.app_id, **(options | overrides))


def create_app(pipeline: Pipeline, bootstrap: str) -> faust.App:
    """Build the Faust app with its topics, table and agents."""
    settings = pipeline.settings
    _cap_fetch_wait(settings.fetch_max_wait_ms)
    app = new_faust_app(settings, bootstrap)
    raw = {"key_serializer": "raw", "value_serializer": "raw"}
    source = app.topic(*settings.touchpoint_topics, **raw)  # type: ignore[arg-type]
    dlq = app.topic(settings.dlq_topic, **raw)  # type: ignore[arg-type]
    enriched = app.topic(settings.enriched_topic, **raw)  # type: ignore[arg-type]
    alerts = app.topic(settings.alerts_topic, **raw)  # type: ignore[arg-type]
    # Delivery reads voc.alerts in its own agent: a slow or dead receiver never
    # slows enrichment (it only holds back its own offsets).
    register_delivery(app, pipeline, alerts)
    # use_partitioner: the changelog partition follows the key, like the
    # enriched topic, so batch processing can update the table safely.
    # Values are the customers' JSON documents as bytes (CustomerState.to_document).
    customers = app.Table(
        "customers",
        default=None,
        partitions=settings.partitions,
        use_partitioner=True,
        value_type=bytes,  # Faust's "raw" serializer
    )
    # Table updates queue changelog messages; Faust pauses the stream whenever
    # more than max_messages wait (default 100, i.e. several pauses per batch).
    app.producer.buffer.max_messages = settings.stream_batch * 4
    clock = StreamClock()
    # Identity links must be visible to every worker: a global table, keyed by
    # typed identifier (and "cluster:<key>" for merge records).
    identities = app.GlobalTable("identities", default=None, partitions=1, use_partitioner=True)
    graph = IdentityGraph(store=identities)
    accounts = app.Table(
        "accounts", default=None, partitions=settings.partitions, use_partitioner=True
    )
    population = app.Table("population", default=None, partitions=1, use_partitioner=True)
    step = CustomerStep(pipeline.rules, customers, accounts, clock)
    batch = settings.stream_batch
    within = settings.sink_batch_seconds

    async def set_aside(letter: DeadLetter) -> None:
        """Bad input: to the dead-letter topic with its reason, counted and logged."""
        pipeline.metrics.dead_letters[letter.reason] += 1
        log.warning(
            "dead letter %s[%d]@%d: %s: %s",
            letter.source_topic,
            letter.source_partition,
            letter.source_offset,
            letter.reason,
            letter.detail,
        )
        await dlq.send(key=letter.source_key, value=DEAD_LETTER_CODEC.encode(letter.to_record()))

    @app.agent(source)
    async def ingest(stream: faust.StreamT[bytes]) -> None:
        """Decode, validate and enrich; bad input to the DLQ; good input repartitioned."""
        metrics = pipeline.metrics
        async for events in batches(stream, batch, 0.05, pipeline):
            now = utcnow()
            metrics.received += len(events)
            with metrics.stage("decode"):
                good, letters = decode_batch(events, now)
            for letter in letters:
                await set_aside(letter)
            if not good:
                continue
            with metrics.stage("identity"):
                resolutions = [
                    graph.resolve(
                        d.touchpoint.customer, d.touchpoint.event_id, d.touchpoint.occurred_at
                    )
                    for d in good
                ]
            with metrics.stage("enrich"):
                enriched_batch, failed = enrich_batch(pipeline.enricher, good, resolutions, now)
            for letter in failed:
                await set_aside(letter)
            for item, published in enriched_batch:
                payload = ENRICHED_CODEC.encode(item.to_record())
                # Keep the publish timestamp: latency is measured from it downstream.
                await enriched.send(
                    key=item.customer_key.encode(), value=payload, timestamp=published
                )
            metrics.enriched += len(enriched_batch)

    @app.agent(enriched)
    async def customer_model(stream: faust.StreamT[bytes]) -> None:
        """Fold touchpoints into customer state, run the rules, store everything."""
        writer = pipeline.writer()
        metrics = pipeline.metrics
        async for events in batches(stream, batch, within, pipeline):
            now = utcnow()
            raised: list[tuple[Alert, float]] = []
            with metrics.stage("state_and_rules"):  # once per batch: per event it costs
                for event in events:
                    try:
                        item = EnrichedTouchpoint.model_validate(
                            ENRICHED_CODEC.decode(event.message.value or b"")
                        )
                    except (DecodeError, ValueError) as error:  # not ours: log, never die
                        log.error("skipping an undecodable enriched record: %s", error)
                        continue
                    outcome = process_into(writer, step, item, now)
                    published = event.message.timestamp
                    raised.extend((alert, published) for alert in outcome.alerts)
            for alert, published in raised:
                await alerts.send(
                    key=alert.dedup_key.encode(), value=ALERT_CODEC.encode(alert.to_record())
                )
                metrics.alert_latency_ms.add((time.time() - published) * 1000)
                metrics.alerts[alert.rule] += 1
                if pipeline.on_alert is not None:
                    pipeline.on_alert(alert)
            await pipeline.flush(writer)
            stored_at = time.time()
            for event in events:
                metrics.store_latency_ms.add((stored_at - event.message.timestamp) * 1000)
            metrics.touchpoints_stored += len(events)

    @app.timer(interval=settings.silence_check_seconds)  # type: ignore[untyped-decorator]
    async def silence_watch() -> None:
        """Timers, not events: customers who went quiet, in stream time."""
        if not app.tables.recovery.completed.is_set():  # type: ignore[attr-defined]
            return  # the table is still being restored from its changelog
        if not clock.rebuilt:  # after a restart: due times come back from the table
            step.restore_spikes(population)
            states = ((k, CustomerState.from_document(v)) for k, v in customers.items())
            clock.rebuild(
                (key, silence_due_at(pipeline.rules, state))
                for key, state in states
                if not state.merged_into  # an absorbed key's tombstone
            )
        writer = pipeline.writer()
        now = utcnow()
        for key in clock.due_for_silence():
            stored = customers.get(key)
            if not stored:
                continue
            state = CustomerState.from_document(stored)
            if state.merged_into:
                continue  # absorbed by an identity merge
            fired = check_silence(pipeline.rules, state, clock.stream_now, now)
            if not fired:
                continue
            document = step.save_state(key, state)
            writer.add("customers", customer_row(state, now, document), key=state.customer_id)
            for alert in fired:
                writer.add("alerts", alert_row(alert))
                await alerts.send(
                    key=alert.dedup_key.encode(), value=ALERT_CODEC.encode(alert.to_record())
                )
                pipeline.metrics.alerts[alert.rule] += 1
                if pipeline.on_alert is not None:
                    pipeline.on_alert(alert)
        if writer.pending():
            await pipeline.flush(writer)
        if time.monotonic() - clock.saved_at > SPIKE_SAVE_SECONDS:
            step.save_spikes(population)
            clock.saved_at = time.monotonic()

    @app.agent(dlq)
    async def store_dead_letters(stream: faust.StreamT[bytes]) -> None:
        """Keep the dead letters queryable in ClickHouse (reasons, counts)."""
        writer = pipeline.writer()
        async for events in batches(stream, batch, within, pipeline):
            for event in events:
                try:
                    letter = DEAD_LETTER_CODEC.decode(event.message.value or b"")
                except DecodeError as error:  # someone else wrote junk to the DLQ
                    log.error("undecodable record on the dead-letter topic: %s", error)
                    continue
                writer.add("dead_letters", dead_letter_row_from_record(letter))
            await pipeline.flush(writer)

    register_pages(app, pipeline, customers)

    return app


def dead_letter_row_from_record(record: dict[str, Any]) -> tuple[Any, ...]:
    return dead_letter_row(DeadLetter.model_validate(record))
