"""Faust plumbing the agents share: the tuned app, batches acked after delivery.

``batches()`` hands an agent up to N events at a time and acks them only after
the body ran and everything it produced is acknowledged by the broker, so a
commit never passes a record that is not delivered.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, cast

import faust
from faust.types import EventT

from streams.settings import Settings
from streams.topology import partition_of_bytes
from streams.worker.acks import patch_stale_acks
from streams.worker.fetcher import commit_head, patch_fetcher
from streams.worker.metrics import Reservoir

log = logging.getLogger(__name__)


@dataclass
class StallWatch:
    """Per partition: when its agent was last handed a record, and since when
    its commit stands still.

    Should Faust ever hand an agent a partition's records with one missing, or
    stop handing out a partition's records, the missing record is never acked
    and the committed offset stops there for good (the fetch loop's own checks,
    :mod:`streams.worker.fetcher`, close the holes known so far).
    :func:`reread_if_stalled` finds such partitions one by one, even while the
    worker is busy with others.
    """

    #: When an agent was last handed a record of the partition (monotonic).
    seen_at: dict[Any, float] = field(default_factory=dict)
    #: The committed offset last looked at, and since when it has not moved.
    _still: dict[Any, tuple[int, float]] = field(default_factory=dict)
    #: Re-reads from the same committed offset so far: each waits twice as long
    #: (a worker far behind is slow, not stalled; re-reading doubles its work).
    _tries: dict[Any, tuple[int, int]] = field(default_factory=dict)

    def saw(self, events: Sequence[EventT[bytes]]) -> None:
        now = time.monotonic()
        for tp in {event.message.tp for event in events}:
            self.seen_at[tp] = now

    def forget(self) -> None:
        """After a rebalance: Faust seeks every partition to its committed offset."""
        self.seen_at.clear()
        self._still.clear()
        self._tries.clear()

    def stuck(
        self,
        tp: Any,
        committed: int | None,
        high: int | None,
        held_from: int | None,
        after: float,
        now: float,
        waiting: bool = False,
        busy: bool = False,
    ) -> bool:
        """True when ``tp``'s commit stood still ``after`` seconds below its end, and
        either acks of later records wait for the committed one (``waiting``:
        it was skipped) or its agent, not ``busy`` with a batch, was handed
        nothing of the partition meanwhile. ``held_from``: the offset from which
        the agent holds records on purpose (the sequencer)."""
        if committed is None or high is None or committed >= high:
            self._still.pop(tp, None)
            return False
        still = self._still.get(tp)
        if still is None or still[0] != committed:
            self._still[tp] = (committed, now)
            return False
        at, tries = self._tries.get(tp, (committed, 0))
        wait = after * 2 ** (tries if at == committed else 0)
        if now - still[1] < wait or (held_from is not None and held_from <= committed):
            return False
        skipped = waiting
        starved = not busy and now - self.seen_at.get(tp, still[1]) >= wait
        if skipped or starved:
            self._still[tp] = (committed, now)  # give the re-read its time
            self._tries[tp] = (committed, tries + 1 if at == committed else 1)
            return True
        return False


class Drains(Protocol):
    """What ``batches()`` needs of the pipeline: a stop flag, busy batches, last
    activity, and the watch of what each partition's agent was handed."""

    in_flight: int
    stopping: bool
    last_batch_at: float
    stall_watch: StallWatch
    #: Topics with a batch in an agent's hands now.
    busy_topics: Counter[str]

    @property
    def hop_ms(self) -> Mapping[str, Reservoir]:
        """Per topic, the milliseconds records waited between produce and agent
        (a mapping that adds a reservoir for a topic it has not seen)."""


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
    stream: faust.StreamT[bytes], size: int, within: float, pipeline: Drains, ack: bool = True
) -> AsyncIterator[Sequence[EventT[bytes]]]:
    """Up to ``size`` events or whatever came ``within`` seconds, acked after the body ran.

    Faust's ``take_events`` acks a batch in a ``finally``, so a worker stopped
    (SIGTERM) while the body awaits would commit events it never stored. Here
    the acks follow the ``yield`` and the delivery of what the body produced:
    a body that is cancelled or raises acks nothing, and its events come back
    after a restart. Once ``pipeline.stopping`` is set no new batch starts.
    """
    source = cast(faust.Stream[bytes], stream)
    app = source.app
    async for taken in source.noack_take(size, within):
        events = cast(Sequence[EventT[bytes]], taken)  # noack_take buffers events, not values
        if pipeline.stopping:
            # Unacked, these events come back after the restart. Park until
            # Faust cancels the agent: an agent that returns would be restarted.
            await asyncio.Event().wait()
        pipeline.in_flight += 1
        pipeline.last_batch_at = time.monotonic()
        pipeline.stall_watch.saw(events)
        topics = {event.message.topic for event in events}
        pipeline.busy_topics.update(topics)
        taken_ms = time.time() * 1000
        for event in events:
            pipeline.hop_ms[event.message.topic].add(taken_ms - event.message.timestamp * 1000)
        generation = rebalances(app)
        try:
            yield events
            await delivered(app.producer)
        finally:
            pipeline.in_flight -= 1
            pipeline.busy_topics.subtract(topics)
        if rebalances(app) != generation:
            # A rebalance came while the batch was processed: its table writes
            # may have missed the state the partition was recovered with, so
            # it is not acked; Faust delivers it again on the recovered state.
            continue
        if ack:  # else the body acks what it is done with
            for event in events:
                await source.ack(event)


def rebalances(app: Any) -> int:
    """How many times partitions were revoked from this app (see ``count_rebalance``)."""
    return int(getattr(app, "voc_rebalances", 0))


def count_rebalance(app: Any) -> None:
    """Called when partitions are revoked: batches in flight will not be acked."""
    app.voc_rebalances = rebalances(app) + 1


async def revive_fetcher(app: Any, pipeline: Drains) -> bool:
    """Start Faust's fetcher again if its task ended while the app runs.

    Faust's Fetcher service ends for good, without a word, when its task is
    cancelled outside a rebalance; the worker then reads nothing more (a
    ``voc bench`` run sat idle with 45,000 records unread). Stopped, reset and
    started again the way Faust restarts it after a rebalance, from the
    committed offsets.
    """
    fetcher = getattr(app, "_fetcher", None)
    if fetcher is None or pipeline.stopping or getattr(app, "should_stop", False):
        return False
    if getattr(app, "rebalancing", False) or getattr(app, "in_recovery", False):
        return False
    if fetcher.state != "running" or not fetcher._shutdown.is_set():
        return False
    log.error("Faust's fetcher task has ended while the worker runs; starting it again")
    await fetcher.stop()
    fetcher.service_reset()
    await app.consumer.perform_seek()
    await fetcher.maybe_start()
    return True


async def reread_if_stalled(
    app: Any,
    topics: set[str],
    pipeline: Drains,
    after: float,
    held_from: Callable[[Any], int | None] = lambda tp: None,
) -> list[str]:
    """Read again, from its committed offset, each partition of ``topics`` whose
    commit stands still with records its agent never saw (:class:`StallWatch`).

    A liveness backstop, per partition: a worker that is busy with other
    partitions (the one that runs the sequencer always is: progress reports
    arrive four times a second) still gets its lost records back. The agents
    are idempotent per record, so a record read twice changes nothing.
    """
    if pipeline.stopping:
        return []
    if getattr(app, "rebalancing", False) or getattr(app, "in_recovery", False):
        pipeline.stall_watch.forget()  # partitions paused on purpose; timers start afresh
        return []
    consumer = app.consumer
    try:
        assigned = [tp for tp in consumer.assignment() if tp.topic in topics]
    except Exception:
        return []
    now = time.monotonic()
    watch = pipeline.stall_watch
    stuck: list[tuple[Any, int]] = []
    # Faust stops fetching a partition while its agent's buffer is full (flow
    # control), and fetches it again when the agent has drained the buffer.
    buffered: set[Any] = getattr(consumer, "_buffered_partitions", set())
    busy = now - pipeline.last_batch_at < after
    for tp in assigned:
        if tp in buffered:
            if busy:
                continue  # back-pressure, not a stall
            log.warning("%s[%d] was left paused with its agent idle; resuming", *tp)
            consumer.on_buffer_drop(tp)
        committed = commit_head(consumer, tp)  # never committed: its first offset
        high, held = consumer.highwater(tp), held_from(tp)
        waiting = bool(consumer._acked.get(tp))  # acks the commit cannot take yet
        busy = pipeline.busy_topics[tp.topic] > 0
        if watch.stuck(tp, committed, high, held, after, now, waiting, busy):
            stuck.append((tp, cast(int, committed)))  # stuck() is False without one
    if not stuck:
        return []
    names = [f"{tp.topic}[{tp.partition}]@{offset}" for tp, offset in stuck]
    log.warning("records not read on %s; reading again from the committed offsets", names)
    for tp, offset in stuck:
        await consumer.seek(tp, offset)
    return names


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


def cached_partitioner(key: bytes | None, all_partitions: list[int], available: list[int]) -> int:
    """aiokafka's DefaultPartitioner, with the murmur2 of recent keys cached.

    Its murmur2 is pure Python (about 6 us a record), and every record of a
    customer is keyed by that customer: :func:`streams.topology.partition_of_bytes`
    caches it.
    """
    if key is None:
        return random.choice(available or all_partitions)
    return all_partitions[partition_of_bytes(key, len(all_partitions))]


def new_faust_app(settings: Settings, bootstrap: str, **overrides: Any) -> faust.App:
    """An empty Faust app with voc-stream's tuned settings (workers and tests share it)."""
    patch_fetcher()
    patch_stale_acks()
    _cap_fetch_wait(settings.fetch_max_wait_ms)
    options: dict[str, Any] = {
        "broker": faust_broker_url(bootstrap),
        "store": settings.store,
        # Faust's own files (it writes "<app id>-data" in the working directory
        # otherwise): under the voc data directory.
        "datadir": str(settings.data_dir / "faust"),
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
        "producer_partitioner": cached_partitioner,
        # Table keys are the raw customer key (as on the enriched topic);
        # values are JSON (the customers table overrides it: raw JSON bytes).
        "key_serializer": "raw",
        "value_serializer": "json",
    }
    return faust.App(settings.app_id, **(options | overrides))
