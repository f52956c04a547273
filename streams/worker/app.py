"""The Faust worker: one thin agent per stage of :mod:`streams.topology`.

Each agent takes a batch (``batches()``), calls its pure step, sends what the
step returns (:mod:`streams.worker.records`), and acks the batch only once
everything it produced is on the broker. ``Pipeline.drain()`` (on SIGTERM)
lets the batches in flight finish and commits before Faust stops. The
ClickHouse writer is not an agent: it is its own consumer group
(:class:`sinks.clickhouse.consumer.StoreWriter`), started by the runtime in
the process that holds the store.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

import faust
from faust.types import EventT

from schemas.codec import DecodeError
from schemas.models import Alert, DeadLetter, EnrichedTouchpoint, Touchpoint
from schemas.registry import RegistryUnavailable
from sinks.clickhouse.store import ClickHouseStore
from streams.alerts.rules import RulesConfig, load_rules_config
from streams.settings import Settings
from streams.stages.decode import RecordDecoder, dead_letter, decode_touchpoint
from streams.stages.erasure import ERASE, ErasureRequest, InvalidRequest
from streams.stages.records import SEQUENCER, Out
from streams.topology import Steps
from streams.worker.delivery import register_delivery
from streams.worker.kafka import (
    StallWatch,
    batches,
    count_rebalance,
    delivered,
    new_faust_app,
    reread_if_stalled,
    revive_fetcher,
)
from streams.worker.metrics import Metrics, Reservoir
from streams.worker.ordering import RELEASED_AHEAD, Ordering, offset_ranges, released_ahead
from streams.worker.records import Outbox, RowsWriter, read_record
from streams.worker.tables import keyed_table
from streams.worker.web import register_pages

log = logging.getLogger(__name__)

#: How often the sequencer's population state (the topic-spike and expectations
#: detectors: about 200 KB of JSON on a month of data, over 1 MB with 40,000 active
#: customers) is saved to its table, at the most. After a kill -9 of the worker that
#: runs the sequencer, the detectors resume from this save.
POPULATION_SAVE_SECONDS = 1.0
#: A big population takes long to save (80 ms a save at 40,000 customers, every
#: second: 10 % of the worker's time); saves are spaced so they take at most this
#: share of it.
POPULATION_SAVE_SHARE = 0.05
#: How often the ingest agent reports sources with nothing new (caught up).
PROGRESS_SECONDS = 0.25
#: Backoff while the schema registry does not answer.
RETRY_FIRST_DELAY = 0.2
RETRY_MAX_DELAY = 10.0
#: How often partitions are checked for records their agent never saw, and how
#: long a partition's commit must stand still before they are read again.
STALL_CHECK_SECONDS = 3.0
STALL_AFTER_SECONDS = 6.0
#: How long a stop waits for the batches in flight (not at all without a broker).
DRAIN_TIMEOUT = 10.0
#: How long a stop waits to deliver what was produced and commit.
SETTLE_TIMEOUT = 5.0


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
        sentiment_mode=settings.sentiment,
    )


@dataclass
class Pipeline:
    """What the agents share: models, rule thresholds, counters, the store if held here."""

    settings: Settings
    #: The ClickHouse store, in the process that writes it (None elsewhere).
    store: ClickHouseStore | None = None
    enricher: TouchpointEnricher = field(default=None)  # type: ignore[assignment]
    rules: RulesConfig = field(default_factory=load_rules_config)
    metrics: Metrics = field(default_factory=Metrics)
    #: Called for every alert emitted (the demo prints them live).
    on_alert: Callable[[Alert], None] | None = None
    #: One thread: ClickHouse calls block, and chDB allows one writer.
    executor: ThreadPoolExecutor = field(
        default_factory=lambda: ThreadPoolExecutor(max_workers=1, thread_name_prefix="clickhouse")
    )
    in_flight: int = 0
    stopping: bool = False
    #: Monotonic time the last batch started (the stall check reads it).
    last_batch_at: float = field(default_factory=time.monotonic)
    outbox: Outbox | None = None
    #: What each partition's agent was handed (the stall check reads it).
    stall_watch: StallWatch = field(default_factory=StallWatch)
    #: Topics with a batch in an agent's hands now (the stall check reads it).
    busy_topics: Counter[str] = field(default_factory=Counter)

    @property
    def hop_ms(self) -> defaultdict[str, Reservoir]:
        return self.metrics.hop_ms

    #: The accurate sentiment mode's encoder runs here, off the event loop.
    enrich_executor: ThreadPoolExecutor | None = None

    def __post_init__(self) -> None:
        if self.enricher is None:
            self.enricher = default_enricher(self.settings)
        self.metrics.sentiment_mode = self.settings.sentiment
        if self.settings.sentiment == "accurate" and self.enrich_executor is None:
            self.enrich_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sentiment")

    async def enrich(
        self, good: Sequence[Decoded], now: datetime
    ) -> tuple[list[tuple[EnrichedTouchpoint, Decoded]], list[DeadLetter]]:
        """``enrich_batch``, in the enrichment thread when there is one (accurate mode).

        The encoder takes seconds per batch; in its own thread (the C engine
        releases the GIL) the event loop keeps heartbeats, commits and the other
        agents going. Its wall time feeds ``voc_enrich_busy_ratio``.
        """

        def run() -> tuple[list[tuple[EnrichedTouchpoint, Decoded]], list[DeadLetter]]:
            with self.metrics.stage("enrich"):  # CPU time of the thread that runs it
                return enrich_batch(self.enricher, good, now)

        started = time.monotonic()
        if self.enrich_executor is None:
            result = run()
        else:
            result = await asyncio.get_running_loop().run_in_executor(self.enrich_executor, run)
        self.metrics.enrich_done(len(good), time.monotonic() - started)
        return result

    async def drain(
        self, app: faust.App, timeout: float = DRAIN_TIMEOUT, settle: float = SETTLE_TIMEOUT
    ) -> bool:
        """Before a stop: finish the batches in flight, deliver, commit; each wait bounded.

        Returns False when a batch was still busy at the timeout, or delivery and
        commit took over ``settle`` seconds (the broker unreachable): what was not
        committed is not lost, it comes back after a restart.
        """
        self.stopping = True
        deadline = time.monotonic() + timeout
        # Without a broker no batch can deliver what it produced: no use waiting.
        while self.in_flight and time.monotonic() < deadline and self.metrics.broker_up:
            await asyncio.sleep(0.01)
        finished = self.in_flight == 0

        async def deliver_and_commit() -> None:
            await delivered(app.producer)
            await app.consumer.commit()

        # Not wait_for: it waits for the cancelled commit to end, and Faust's
        # commit (in the consumer's thread) does not end without a broker.
        task = asyncio.ensure_future(deliver_and_commit())
        done, _ = await asyncio.wait({task}, timeout=settle)
        if not done:
            task.cancel()
            log.warning("delivery and commit not done within %gs", settle)
            return False
        if task.exception() is not None:
            log.warning("delivery and commit failed: %s", task.exception())
            return False
        return finished

    def writer(self, columns: dict[str, Sequence[str]] | None = None) -> RowsWriter:
        """Rows for the store, sent to the rows topic on ``flush``."""
        return RowsWriter(columns or {})

    async def flush(self, writer: RowsWriter) -> int:
        assert self.outbox is not None, "the app is not created yet"
        return await self.outbox.send_rows(writer)

    async def run_blocking(self, fn: Callable[[], Any]) -> Any:
        return await asyncio.get_running_loop().run_in_executor(self.executor, fn)


@dataclass(frozen=True)
class Decoded:
    touchpoint: Touchpoint
    message: Any  # the Kafka message it came from (faust.types.Message)


def decode_batch(
    events: Sequence[EventT[bytes]], now: datetime, registry: RecordDecoder | None = None
) -> tuple[list[Decoded], list[DeadLetter]]:
    """Split a batch into decoded touchpoints and dead letters.

    ``registry`` decodes Confluent-framed records (``VOC_SCHEMA_REGISTRY_URL``);
    it raises :class:`RegistryUnavailable` when the registry does not answer,
    and the batch is then tried again (the records are not at fault).
    """
    good: list[Decoded] = []
    letters: list[DeadLetter] = []
    for event in events:
        message = event.message
        try:
            good.append(Decoded(decode_touchpoint(message.value, now, registry), message))
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
    enricher: TouchpointEnricher, decoded: Sequence[Decoded], now: datetime
) -> tuple[list[tuple[EnrichedTouchpoint, Decoded]], list[DeadLetter]]:
    """Enrich a batch; if the batch fails, retry one by one and dead-letter the culprits.

    A model bug on one odd text must cost that text, never the worker. The
    customer key is provisional (the best identifier): the sequencer resolves it.
    """
    touchpoints = [d.touchpoint for d in decoded]
    keys = [tp.customer.best_key() for tp in touchpoints]
    try:
        items = enricher.enrich(touchpoints, keys, now)
        return list(zip(items, decoded, strict=True)), []
    except Exception:
        log.exception("batch enrichment failed; retrying one touchpoint at a time")
    done: list[tuple[EnrichedTouchpoint, Decoded]] = []
    failed: list[DeadLetter] = []
    for d, key in zip(decoded, keys, strict=True):
        try:
            [item] = enricher.enrich([d.touchpoint], [key], now)
            done.append((item, d))
        except Exception as exc:
            m = d.message
            error = DecodeError("enrichment_error", f"{type(exc).__name__}: {exc}")
            failed.append(dead_letter(error, m.value, m.key, m.topic, m.partition, m.offset, now))
    return done, failed


def registry_decoder(settings: Settings) -> RecordDecoder | None:
    """Confluent-framed touchpoints decoded through the schema registry, when one is set."""
    if not settings.schema_registry_url:
        return None
    from schemas.registry import ConfluentCodec, registry_client

    codec = ConfluentCodec(registry_client(settings.schema_registry_url), "Touchpoint")
    return codec.decode


def create_app(pipeline: Pipeline, bootstrap: str) -> faust.App:
    """Build the Faust app: topics, tables and one agent per stage."""
    settings = pipeline.settings
    app = new_faust_app(settings, bootstrap)
    raw = {"key_serializer": "raw", "value_serializer": "raw"}
    source = app.topic(*settings.touchpoint_topics, **raw)  # type: ignore[arg-type]
    sequencer_topic = app.topic(settings.sequencer_topic, partitions=1, **raw)  # type: ignore[arg-type]
    customers_topic = app.topic(settings.enriched_topic, **raw)  # type: ignore[arg-type]
    accounts_topic = app.topic(settings.accounts_topic, **raw)  # type: ignore[arg-type]
    alerts = app.topic(settings.alerts_topic, **raw)  # type: ignore[arg-type]
    outbox = pipeline.outbox = Outbox(app, settings, pipeline.metrics, pipeline.on_alert)
    register_delivery(app, pipeline, alerts)
    # Every table writes its changelog to the partition of its key, which is the
    # partition of the records keyed the same way (streams/worker/tables.py).
    population = app.Table("sequencer", default=None, partitions=1, use_partitioner=True)
    customers = keyed_table(
        app,
        "customers",
        settings.partitions,
        value_type=bytes,  # CustomerState documents, Faust's "raw" serializer
    )
    accounts = keyed_table(app, "accounts", settings.partitions)
    # Table updates queue changelog messages; Faust pauses the stream whenever
    # more than max_messages wait (default 100, i.e. several pauses per batch).
    app.producer.buffer.max_messages = settings.stream_batch * 4
    steps = Steps.build(settings.partitions, population, customers, accounts)
    steps.customer.rules = pipeline.rules
    ordering = Ordering(settings.source_partitions)
    read_up_to: dict[tuple[str, int], int] = {}
    batch = settings.stream_batch
    # How long an agent waits to fill a batch: a backlog fills it at once; live
    # traffic goes on after VOC_BATCH_WAIT_MS (each hop of a touchpoint waits it).
    batch_wait = settings.batch_wait_ms / 1000
    metrics = pipeline.metrics

    registry = registry_decoder(settings)

    @app.agent(source)
    async def ingest(stream: faust.StreamT[bytes]) -> None:
        """Decode, validate and enrich; bad input to the DLQ; good input to the sequencer."""
        async for events in batches(stream, batch, batch_wait, pipeline):
            now = utcnow()
            metrics.received += len(events)
            metrics.received_by_topic.update(e.message.topic for e in events)
            delay = RETRY_FIRST_DELAY
            while True:
                try:
                    with metrics.stage("decode"):
                        good, letters = decode_batch(events, now, registry)
                    break
                except RegistryUnavailable as error:
                    log.warning("schema registry unavailable (%s); retrying in %.1fs", error, delay)
                    await asyncio.sleep(delay)
                    delay = min(delay * 2, RETRY_MAX_DELAY)
            for letter in letters:
                await outbox.dead_letter(letter)
            enriched, failed = await pipeline.enrich(good, now)
            for letter in failed:
                await outbox.dead_letter(letter)
            for item, d in enriched:
                await outbox.to_sequencer(item, d.message)
            metrics.enriched += len(enriched)
            for event in events:
                tp = (event.message.topic, event.message.partition)
                read_up_to[tp] = max(read_up_to.get(tp, 0), event.message.offset + 1)
            await outbox.progress(
                app, read_up_to, {(e.message.topic, e.message.partition) for e in events}
            )

    @app.timer(interval=STALL_CHECK_SECONDS)  # type: ignore[untyped-decorator]
    async def check_stalled() -> None:
        """Records handed out but never seen by an agent are read again (see kafka.py)."""
        if not metrics.broker_up:
            return  # nothing can be read without a broker; the watch says so
        if await revive_fetcher(app, pipeline):
            return
        topics = {*settings.touchpoint_topics, settings.sequencer_topic}
        topics |= {settings.enriched_topic, settings.accounts_topic}

        def held_from(tp: Any) -> int | None:  # the sequencer holds records on purpose
            return ordering.held_from() if tp.topic == settings.sequencer_topic else None

        await reread_if_stalled(app, topics, pipeline, STALL_AFTER_SECONDS, held_from)

    @app.timer(interval=PROGRESS_SECONDS)  # type: ignore[untyped-decorator]
    async def report_idle_sources() -> None:
        """Sources with nothing to read still move the sequencer's watermark."""
        if pipeline.stopping:
            return
        await outbox.progress(app, read_up_to, None)

    @app.agent(sequencer_topic)
    async def sequence(stream: faust.StreamT[bytes]) -> None:
        """Put touchpoints in event-time order, resolve identity, route to customers.

        Held touchpoints are not acked until released, and acks go in offset
        order (Faust can commit past a single unacked offset at the head when
        acks come out of order), so a restart re-reads everything still held.
        What was released behind a held one is re-read too: its offsets are
        kept in the table (``released_ahead``) and skipped, so a graceful
        restart releases nothing twice.
        """
        saved_at, save_every = time.monotonic(), POPULATION_SAVE_SECONDS
        async for events in batches(stream, batch, batch_wait, pipeline, ack=False):
            now = utcnow()
            sequencer, held, arrived = ordering.sequencer, ordering.held, ordering.arrived
            if ordering.skip is None:  # first batch of this assignment
                ordering.skip = released_ahead(population)
            skip = ordering.skip
            for event in events:
                if ordering.pending(event.message.offset):
                    continue  # delivered again (the stall check's re-read): tracked already
                if event.message.offset in skip:
                    skip.discard(event.message.offset)
                    ordering.arrive(event, None)  # released before a restart
                    continue
                record = read_record(event.message)
                if record.kind == ERASE:  # applied on arrival, ordered with the releases
                    request = ErasureRequest.from_json(record.value)
                    await outbox.send(steps.resolve.erase(request, now), published=None)
                    ordering.arrive(event, None)
                    continue
                if record.kind == "progress":
                    for name, (next_offset, caught_up) in record.value.items():
                        sequencer.report(name, int(next_offset), bool(caught_up))
                    ordering.arrive(event, None)
                    continue
                item: EnrichedTouchpoint = record.value
                src, offset = str(record.meta.get("src", "")), int(record.meta.get("offset", 0))
                if sequencer.offer(src, offset, item.occurred_at, item.event_id, item):
                    ordering.hold(item.event_id, event)
                else:
                    ordering.arrive(event, None)  # a copy of one held or released
            routed: list[tuple[list[Out], float | None]] = []
            released = []
            with metrics.stage("identity"):  # timed per batch: the CPU clock is a syscall
                for item in sequencer.release():
                    origin, seconds = ordering.unhold(item.event_id)
                    stamp = None if origin is None else origin.message.timestamp
                    if origin is not None:
                        metrics.sequencer_hold_ms.add(seconds * 1000)
                    routed.append((steps.resolve.route(item, now, stamp), stamp))
                    released.append(item)
            with metrics.stage("themes"):  # candidate themes, criteria, alternatives
                for item, (outs, _) in zip(released, routed, strict=True):
                    outs.extend(steps.resolve.expectations_of(item, now))
            for outs, stamp in routed:
                await outbox.send(outs, published=stamp)
            await outbox.flush_rows()
            if time.monotonic() - saved_at > save_every:
                started = time.monotonic()
                steps.resolve.save_population()
                saved_at = time.monotonic()
                save_every = max(
                    POPULATION_SAVE_SECONDS, (saved_at - started) / POPULATION_SAVE_SHARE
                )
            await delivered(app.producer)
            while arrived and (arrived[0][1] is None or arrived[0][1] not in held):
                await stream.ack(ordering.leave())
            ahead = offset_ranges([*ordering.released_ahead(), *skip])
            if ahead != ordering.saved_ahead:
                population[RELEASED_AHEAD] = ordering.saved_ahead = ahead
            metrics.sequencer_held = len(ordering.sequencer)

    @app.agent(app.topic(settings.erasure_topic, **raw))  # type: ignore[arg-type]
    async def erasure_requests(stream: faust.StreamT[bytes]) -> None:
        """Erasure requests to the sequencer, which orders them with touchpoints."""
        async for events in batches(stream, batch, batch_wait, pipeline):
            for event in events:
                message = event.message
                try:
                    request = ErasureRequest.decode(message.value or b"", utcnow())
                except InvalidRequest as error:  # never logs the identifier
                    log.error("skipping erasure request @%d: %s", message.offset, error)
                    continue
                await outbox.topics[SEQUENCER].send(
                    key=None, value=request.encode(), headers=[("voc-kind", ERASE.encode())]
                )
            await delivered(app.producer)

    @app.agent(customers_topic)
    async def customer_model(stream: faust.StreamT[bytes]) -> None:
        """Fold records into customer state, run the rules; rows, alerts, account updates."""
        async for events in batches(stream, batch, batch_wait, pipeline):
            now = utcnow()
            outs: list[tuple[Out, float]] = []
            with metrics.stage("state_and_rules"):
                for event in events:
                    try:
                        record = read_record(event.message)
                    except (DecodeError, ValueError) as error:  # not ours: log, never die
                        log.error("skipping an undecodable customer record: %s", error)
                        continue
                    produced = steps.customer.handle(
                        record.kind,
                        record.key,
                        record.value,
                        now,
                        record.meta,
                        event.message.partition,
                    )
                    published = event.message.timestamp
                    outs.extend((out, published) for out in produced)
            for out, published in outs:
                await outbox.send([out], published=published)
            await outbox.flush_rows()  # the batch's customer rows, a few records per partition
            metrics.customer_records += len(events)

    @app.agent(accounts_topic)
    async def account_rollup(stream: faust.StreamT[bytes]) -> None:
        """Apply contact updates to their account in the resolver's order."""
        async for events in batches(stream, batch, batch_wait, pipeline):
            now = utcnow()
            for event in events:
                record = read_record(event.message)
                outs = steps.account.handle(str(record.key), record.value, now)
                await outbox.send(outs, published=event.message.timestamp)
            await outbox.flush_rows()

    async def on_revoked(sender: Any, *args: Any, **kwargs: Any) -> None:
        revoked = list(kwargs.get("revoked", args[0] if args else ()))
        if revoked:
            count_rebalance(app)
            pipeline.stall_watch.forget()
        for tp in revoked:
            if tp.topic == settings.enriched_topic:
                steps.customer.forget_partition(tp.partition)
            if tp.topic == settings.sequencer_topic:  # what it held is re-read by the next owner
                ordering.reset()

    app.on_partitions_revoked.connect(on_revoked)  # type: ignore[arg-type]

    register_pages(app, pipeline, customers)
    return app
