"""A fix for faust-streaming 0.15.3: acks from before a rebalance must not move commits.

Faust acknowledges messages it drops because they were fetched in an earlier
consumer generation (``Stream.__aiter__`` skips them "so that the lag does not
grow"), and ``Consumer.ack`` records any ack, whatever the partition's owner
now is. Its commit then goes over every partition with acks, assigned or not
(``_filter_tps_with_pending_acks``), and ``_new_offset`` checks nothing at the
head while the partition has no committed offset yet. So after a rebalance a
worker could commit, for a partition that had just moved to another worker,
the offset past records it had fetched but never processed; the new owner's
next seek to the committed offset (a later rebalance, the stall check, a
restart) then skipped records that no agent ever saw. The N-worker test lost
source records that way (they were never enriched nor stored).

:func:`patch_stale_acks` makes ``Consumer.ack`` ignore a message fetched in an
earlier generation (or acked while the group rebalances), and the commit
consider only the partitions assigned here now. Such a message is read again by
whoever owns its partition, from the committed offset, so ignoring its ack
loses nothing. Acks of records below the committed offset (read again after a
seek back) are ignored too (:func:`below_commit`).

Faust's commit also moved past an unacknowledged record at the head: its
``_new_offset`` let the first acked offset be one past the committed one (it
reads the committed offset as the last processed, where it is the next to
read), and checked nothing when the partition had no committed offset yet.
One record the agent never saw was then committed past at the next commit (a
kill -9 test lost exactly one touchpoint that way). :func:`next_commit` only
commits a run of acks that starts at the committed offset, or at the
partition's first offset when the group never committed it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast

import faust
from faust.transport import consumer as faust_consumer

from streams.worker.fetcher import commit_head

PATCHED_VERSION = "0.15.3"


def is_stale(consumer: Any, message: Any) -> bool:
    """Fetched in an earlier generation, or acked while the group rebalances.

    During a rebalance (revoked, not yet assigned and recovered) no message of
    the coming generation has been handed out yet: every ack then is of one
    fetched before, which its partition's owner reads again.
    """
    app = consumer.app
    if getattr(app, "rebalancing", False):
        return True
    generation = getattr(message, "generation_id", None)
    current = getattr(app, "consumer_generation_id", None)
    return generation is not None and current is not None and generation != current


def below_commit(consumer: Any, message: Any) -> bool:
    """A record read again below its partition's committed offset (a seek back).

    Acked again, its offset would sit in Faust's list of acks below the commit
    for good: each commit takes the first run of consecutive acks, so a list
    that starts with such stale runs moves the commit one run per commit
    interval, and a re-read partition crawls (seen in the N-worker test).
    """
    committed = getattr(consumer, "_committed_offset", {}).get(message.tp)
    return committed is not None and message.offset < committed


def next_commit(
    acked: Iterable[int], gaps: Iterable[tuple[int, int]], head: int | None
) -> tuple[int | None, list[int]]:
    """The offset to commit and the acks left, from the acked offsets, the log's
    real gaps (``[begin, end)``: no records there) and the head (the committed
    offset, or the first offset when never committed; None: not known).

    Commits the run of consecutive offsets that starts at the head, and nothing
    while the record at the head is not acked.
    """
    done = set(acked)
    for begin, end in gaps:
        done.update(range(begin, end))
    offsets = sorted(o for o in done if head is None or o >= head)
    if not offsets or (head is not None and offsets[0] != head):
        return None, offsets
    last = 0
    while last + 1 < len(offsets) and offsets[last + 1] == offsets[last] + 1:
        last += 1
    return offsets[last] + 1, offsets[last + 1 :]


def _new_offset(self: Any, tp: Any) -> int | None:
    """Faust's ``Consumer._new_offset`` with the head check of :func:`next_commit`."""
    acked = self._acked[tp]
    if not acked:
        return None
    head = commit_head(self, tp)
    gaps = self._gap.get(tp)
    top = max(acked) + 1
    real = [(i.begin, i.end) for i in gaps.overlap(0, top)] if gaps else []
    offset, left = next_commit(acked, real, head)
    if gaps and real:
        gaps.chop(0, max(end for _, end in real))
    acked[:] = left
    self._acked_index[tp] = set(left)
    return offset


def patch_stale_acks() -> None:
    """Install the check on Faust's ``Consumer.ack`` (idempotent)."""
    if faust.__version__ != PATCHED_VERSION:
        raise RuntimeError(
            f"streams/worker/acks.py patches faust-streaming {PATCHED_VERSION}, "
            f"not {faust.__version__}: check Consumer.ack and its callers again"
        )
    consumer_class = cast(Any, faust_consumer.Consumer)
    original = consumer_class.ack
    if getattr(original, "voc_stale_check", False):
        return

    def ack(self: Any, message: Any) -> bool:
        if is_stale(self, message):
            message.acked = True  # done with here; its new owner reads it again
            return False
        if below_commit(self, message):
            message.acked = True  # committed already: nothing to move
            return False
        return bool(original(self, message))

    def pending_acks(self: Any, topics: Any = None) -> Any:
        """Partitions with acks to commit: only those assigned here now."""
        assigned = self.assignment()
        for tp in [tp for tp in self._acked if tp not in assigned]:
            self._acked.pop(tp, None)
            self._acked_index.pop(tp, None)
        return (
            tp for tp in list(self._acked) if topics is None or tp in topics or tp.topic in topics
        )

    ack.voc_stale_check = True  # type: ignore[attr-defined]
    consumer_class.ack = ack
    consumer_class._filter_tps_with_pending_acks = pending_acks
    consumer_class._new_offset = _new_offset
