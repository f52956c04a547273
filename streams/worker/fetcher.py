"""A fix for faust-streaming 0.15.3: the fetcher must not drop a message on a pause.

Faust's fetcher loop (``Consumer._drain_messages``) hands each fetched message
to the streams and waits for that or for flow control to be suspended
(a rebalance, a stop), whichever comes first. When the suspension comes first,
the hand-over is cancelled but the partition's read offset still moves past
the message, and the loop goes on with the rest of the fetched batch once flow
resumes: the message is never seen by its agent in this process. Its offset
is never committed either, so a restart reads it again; but a worker that goes
on running misses it (the sequencer then releases without it), and Faust's
commit check lets a single missing offset at the head be committed past.

The patched loop stops handing out the fetched batch at the first message
that could not be delivered, leaves the read offset before it, and, once flow
is active again, seeks every assigned partition back to its committed offset,
so the message and everything after it are delivered again (agents are
idempotent per event, so a repeat is harmless). Everything else is the loop
as faust-streaming 0.15.3 has it; :func:`patch_fetcher` refuses another
version, where this must be checked again.

More holes of that loop let a commit pass records no agent saw, or left
records unread until the stall check (:mod:`streams.worker.kafka`) found them:

- **A seek while a fetched batch is handed out.** The stall check seeks a
  partition back to its committed offset while the loop is still handing out
  records fetched before (say offsets 18 to 30, the seek to 9). Faust then read
  18 as the next record after 9, took offsets 10 to 18 for a *gap* in the log
  (as compaction or transaction markers leave), counted them as acknowledged,
  and dropped the re-read 9 to 17 as already read: the commit moved past nine
  records that no agent processed. Now a record fetched before its partition
  was seeked is not handed out; the seek reads it again.
- **Records fetched and never handed out.** Faust's ``getmany`` drops the
  records of a partition paused while they were in hand, and the next fetch
  starts after them. The loop now knows the next offset it expects (Faust's
  read offset means "next" after a seek and "last" after a read), and when a
  later one comes it reads the partition again from the expected offset. Only
  if the same hole comes back is it a real one, and counted as acknowledged.
- **A seek while a record is handed over.** The hand-over waits for room in
  the agent's buffer; when the rebalance's seek to the committed offsets came
  meanwhile, the loop then set the read offset to the record handed over, past
  the seek, and the records the seek was to bring again were skipped as read
  already (a restarted worker's sequencer waited for the stall check). The
  read offset now moves only if no seek came.
- **A partition the group never committed** is not moved by the seek to the
  committed offsets (see :func:`_perform_seek`).

:class:`ReadState` keeps that per partition, and the first offset of each
partition the group never committed, for the commit's head check
(:mod:`streams.worker.acks`).
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from typing import Any, cast

import faust
from faust.transport import consumer as faust_consumer

log = logging.getLogger(__name__)

PATCHED_VERSION = "0.15.3"


@dataclass
class ReadState:
    """What the fetch loop knows of each partition beyond Faust's read offsets."""

    #: How many times each partition was seeked (a batch fetched before is stale).
    seeks: dict[Any, int] = field(default_factory=dict)
    #: Partitions whose Faust read offset was set by a seek: the *next* offset to read.
    after_seek: set[Any] = field(default_factory=set)
    #: First offset of each partition the group never committed (the commit's head).
    start: dict[Any, int] = field(default_factory=dict)
    #: The hole last read again per partition: (expected offset, offset that came).
    refetched: dict[Any, tuple[int, int]] = field(default_factory=dict)

    def seeked(self, tp: Any) -> None:
        self.seeks[tp] = self.seeks.get(tp, 0) + 1
        self.after_seek.add(tp)

    def expected(self, tp: Any, read_offset: int | None) -> int | None:
        """The next offset the partition should bring (None: not known)."""
        if read_offset is None:
            return None
        return read_offset if tp in self.after_seek else read_offset + 1

    def judge(self, tp: Any, offset: int, expected: int | None) -> str:
        """``deliver`` the record, ``skip`` it (read already), ``refetch`` the hole
        before it, or deliver it after a ``gap`` that came back when read again."""
        if expected is None or offset == expected:
            return "deliver"
        if offset < expected:
            return "skip"
        if self.refetched.get(tp) != (expected, offset):
            self.refetched[tp] = (expected, offset)
            return "refetch"
        return "gap"


def read_state(consumer: Any) -> ReadState:
    state = consumer.__dict__.get("voc_read_state")
    if state is None:
        state = consumer.voc_read_state = ReadState()
    return cast(ReadState, state)


def commit_head(consumer: Any, tp: Any) -> int | None:
    """Where ``tp``'s commit stands: the committed offset, or the partition's first
    offset when the group never committed it (None: not known)."""
    committed: int | None = consumer._committed_offset.get(tp)
    return committed if committed is not None else read_state(consumer).start.get(tp)


async def _seek_in_consumer_thread(self: Any, partition: Any, offset: int) -> None:
    """aiokafka's seek, run in the consumer's own thread.

    Faust called it from the event loop's thread while the consumer's thread
    could be going over the fetched records: aiokafka's fetcher then raised
    KeyError, Faust's Fetcher service crashed and the worker read nothing more
    (seen in a kill -9 test, once seeks became frequent).
    """
    thread = self._thread
    await thread.call_thread(thread.seek, partition, offset)


async def _seek(self: Any, partition: Any, offset: int) -> None:
    await _ORIGINAL["seek"](self, partition, offset)
    read_state(self).seeked(faust.types.TP(partition.topic, partition.partition))


async def _perform_seek(self: Any) -> None:
    """Faust's seek of every partition to its committed offset (each rebalance), noted.

    aiokafka's ``seek_to_committed`` seeks only a partition committed past
    offset 0: one the group never committed stays where its fetch was. The
    loop above then dropped the records fetched before as stale, and nothing
    read them again: a restarted worker skipped hundreds of customer records on
    the partitions its predecessor never committed (its acks, from the
    generation before, were rightly ignored, so no commit showed the hole). Such
    a partition is seeked here to its first offset, where the group starts.
    Changelog partitions are left to the table recovery, which positions them.
    """
    await _ORIGINAL["perform_seek"](self)
    state = read_state(self)
    assigned = list(self.assignment())
    for tp in assigned:
        state.seeked(tp)
    uncommitted = [tp for tp in assigned if self._committed_offset.get(tp) is None]
    for tp in uncommitted:
        state.start.pop(tp, None)
    if uncommitted:
        try:
            state.start.update(await self.earliest_offsets(*uncommitted))
        except Exception as error:  # the head check then falls back to Faust's
            log.warning("no earliest offsets for %d partitions: %s", len(uncommitted), error)
    changelogs = self.app.tables.changelog_topics
    for tp in uncommitted:
        first = state.start.get(tp)
        if first is not None and tp.topic not in changelogs:
            await self.seek(tp, first)


_ORIGINAL: dict[str, Any] = {}


async def _drain_messages(self: Any, fetcher: Any) -> None:  # pragma: no cover - Faust's loop
    """Faust's fetch loop, kept alive when something it awaits is cancelled.

    Faust's Fetcher service ends for good, without a word, when this loop
    raises CancelledError outside a rebalance; a worker then sat idle with
    45,000 records unread (seen in a bench run). A cancellation that is not
    this task's own (a future it awaited was cancelled) is logged, and the loop
    starts again from the committed offsets.
    """
    reseek = False
    while True:
        try:
            await _drain_once(self, fetcher, reseek)
            return
        except asyncio.CancelledError:
            task = asyncio.current_task()
            if self.transport.app.should_stop:
                raise
            if task is None or task.cancelling():
                log.error("the fetch loop was cancelled outside a stop", exc_info=True)
                raise
            log.warning("the fetch loop lost an awaited call (cancelled); reading again")
            reseek = True


async def _drain_once(self: Any, fetcher: Any, reseek: bool) -> None:  # pragma: no cover
    callback = self.callback
    getmany = self.getmany
    consumer_should_stop = self._stopped.is_set
    fetcher_should_stop = fetcher._stopped.is_set
    get_read_offset = self._read_offset.__getitem__
    set_read_offset = self._read_offset.__setitem__
    set_flag = self.diag.set_flag
    unset_flag = self.diag.unset_flag
    commit_every = self._commit_every
    acks_enabled_for = self.app.topics.acks_enabled_for
    suspend_flow = self.suspend_flow
    state = read_state(self)
    yield_every = 100
    num_since_yield = 0
    try:
        while not (consumer_should_stop() or fetcher_should_stop()):
            if reseek and self.flow_active:
                # Deliver again what a pause cut off: back to the committed offsets.
                await self.perform_seek()
                reseek = False
            set_flag(faust_consumer.CONSUMER_FETCHING)
            ait = getmany(timeout=1.0)
            await self.sleep(0)
            if not self.should_stop:
                fetched_at: dict[Any, int] | None = None  # seeks when the batch was in hand
                async for tp, message in ait:
                    num_since_yield += 1
                    if num_since_yield > yield_every:
                        await asyncio.sleep(0)
                        num_since_yield = 0
                    if fetched_at is None:
                        fetched_at = dict(state.seeks)
                    if state.seeks.get(tp, 0) != fetched_at.get(tp, 0):
                        continue  # fetched before its partition was seeked: read again
                    offset = message.offset
                    expected = state.expected(tp, get_read_offset(tp))
                    verdict = state.judge(tp, offset, expected)
                    if verdict == "skip":
                        continue
                    if verdict == "refetch":
                        log.info("%s[%d]: %d came, %s expected; read again", *tp, offset, expected)
                        await self.seek(tp, cast(int, expected))
                        continue
                    if verdict == "gap" and acks_enabled_for(message.topic):
                        # No records there (compaction, transaction markers): done with.
                        log.warning("%s[%d]: no records at %s-%d", *tp, expected, offset - 1)
                        self._gap[tp].addi(cast(int, expected), offset)
                    if commit_every is not None and self._n_acked >= commit_every:
                        self._n_acked = 0
                        await self.commit()
                    delivery = callback(message)
                    results = await self.wait_first(delivery, suspend_flow.wait())
                    if delivery not in results.done:
                        # Not handed over: keep the read offset before it and
                        # read it (and what follows) again once flow resumes.
                        reseek = True
                        break
                    if state.seeks.get(tp, 0) != fetched_at.get(tp, 0):
                        continue  # seeked while it was handed over: the seek's offset stands
                    set_read_offset(tp, offset)
                    state.after_seek.discard(tp)
                unset_flag(faust_consumer.CONSUMER_FETCHING)
    except self.consumer_stopped_errors:
        if self.transport.app.should_stop:
            return
        raise
    except asyncio.CancelledError:
        if self.transport.app.should_stop:
            return
        raise
    finally:
        unset_flag(faust_consumer.CONSUMER_FETCHING)


def patch_fetcher() -> None:
    """Install the loop above on Faust's consumer (idempotent)."""
    if faust.__version__ != PATCHED_VERSION:
        raise RuntimeError(
            f"streams/worker/fetcher.py patches faust-streaming {PATCHED_VERSION}, "
            f"not {faust.__version__}: check its Consumer._drain_messages again"
        )
    consumer_class = cast(Any, faust_consumer.Consumer)
    if consumer_class._drain_messages is _drain_messages:
        return
    _ORIGINAL["seek"] = consumer_class.seek
    _ORIGINAL["perform_seek"] = consumer_class.perform_seek
    consumer_class._drain_messages = _drain_messages
    consumer_class.seek = _seek
    consumer_class.perform_seek = _perform_seek
    cast(Any, faust_consumer.ThreadDelegateConsumer)._seek = _seek_in_consumer_thread
