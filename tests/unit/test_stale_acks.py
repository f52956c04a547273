"""Acks from before a rebalance, and records no agent saw, do not move commits
(streams/worker/acks.py, streams/worker/fetcher.py)."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

import pytest
from faust.types import TP

from streams.worker import fetcher
from streams.worker.acks import below_commit, is_stale, next_commit
from streams.worker.fetcher import ReadState, read_state


def consumer(generation: int, rebalancing: bool = False) -> SimpleNamespace:
    app = SimpleNamespace(consumer_generation_id=generation, rebalancing=rebalancing)
    return SimpleNamespace(app=app)


def message(generation: int | None) -> SimpleNamespace:
    return SimpleNamespace(generation_id=generation, tp=TP("voc.touchpoints.email", 3))


def test_a_message_of_this_generation_is_acked() -> None:
    assert not is_stale(consumer(7), message(7))


def test_a_message_fetched_before_the_rebalance_is_not() -> None:
    assert is_stale(consumer(8), message(7))


def test_nothing_is_acked_while_the_group_rebalances() -> None:
    assert is_stale(consumer(7, rebalancing=True), message(7))


def test_a_message_without_a_generation_is_judged_by_the_rebalance_only() -> None:
    assert not is_stale(consumer(7), message(None))


def test_a_record_read_again_below_the_commit_is_not_acked_again() -> None:
    tp = TP("voc.touchpoints.email", 3)
    seen = SimpleNamespace(_committed_offset={tp: 120})
    assert below_commit(seen, SimpleNamespace(tp=tp, offset=119))
    assert not below_commit(seen, SimpleNamespace(tp=tp, offset=120))
    assert not below_commit(SimpleNamespace(_committed_offset={}), SimpleNamespace(tp=tp, offset=5))


# -- the commit's head check (next_commit) ----------------------------------------------


def test_a_run_of_acks_from_the_committed_offset_is_committed() -> None:
    assert next_commit([5, 6, 7, 9], [], head=5) == (8, [9])


def test_nothing_is_committed_while_the_record_at_the_head_is_not_acked() -> None:
    # Faust committed past a single missing head record (6 - 5 is not > 1).
    assert next_commit([6, 7, 8], [], head=5) == (None, [6, 7, 8])
    # Nor when the partition was never committed: the head is its first offset.
    assert next_commit([1, 2], [], head=0) == (None, [1, 2])


def test_duplicate_and_stale_acks_do_not_slow_the_commit_down() -> None:
    # Faust's run search stopped at a duplicate: a re-read partition crawled.
    assert next_commit([3, 4, 4, 5, 5, 6, 2], [], head=4) == (7, [])


def test_a_real_gap_in_the_log_counts_as_done() -> None:
    # Offsets 8 and 9 hold no record (compaction, transaction markers).
    assert next_commit([5, 6, 7, 10, 11], [(8, 10)], head=5) == (12, [])
    assert next_commit([6, 7], [(5, 6)], head=5) == (8, [])


def test_without_a_known_head_the_first_run_is_committed() -> None:
    assert next_commit([12, 13, 15], [], head=None) == (14, [15])


# -- the fetch loop's next offset (ReadState) ---------------------------------------------


def test_after_a_read_the_next_offset_follows_it_and_after_a_seek_it_is_the_seek() -> None:
    tp = TP("voc.touchpoints.enriched", 1)
    state = ReadState()
    assert state.expected(tp, 9) == 10
    state.seeked(tp)
    assert state.expected(tp, 9) == 9
    assert state.expected(tp, None) is None


def test_a_record_after_a_hole_reads_the_hole_again_then_takes_it_as_a_real_gap() -> None:
    tp = TP("voc.touchpoints.enriched", 1)
    state = ReadState()
    assert state.judge(tp, 10, expected=10) == "deliver"
    assert state.judge(tp, 9, expected=10) == "skip"
    # 18 after 9: records 10-17 were fetched and never handed out, or the
    # batch predates a seek. Read again from 10; the same hole again is real.
    assert state.judge(tp, 18, expected=10) == "refetch"
    assert state.judge(tp, 18, expected=10) == "gap"
    assert state.judge(tp, 25, expected=20) == "refetch"


def test_a_seek_is_counted_per_partition() -> None:
    one, two = TP("t", 0), TP("t", 1)
    state = ReadState()
    state.seeked(one)
    state.seeked(one)
    assert state.seeks == {one: 2} and two not in state.after_seek


# -- the seek of every partition after a rebalance (_perform_seek) ------------------------


class SeekingConsumer:
    """What ``_perform_seek`` uses of Faust's consumer, after Faust's own seek ran:
    the offsets it found committed (a commit of 0 it keeps as None), each
    partition's first offset, the table changelogs, and the seeks made."""

    def __init__(self, committed: dict[TP, int | None], first: dict[TP, int]) -> None:
        self._committed_offset = committed
        self.first = first
        tables = SimpleNamespace(changelog_topics={"voc-customers-changelog"})
        self.app = SimpleNamespace(tables=tables)
        self.seeks: list[tuple[TP, int]] = []

    def assignment(self) -> set[TP]:
        return set(self.first)

    async def earliest_offsets(self, *tps: TP) -> dict[TP, int]:
        return {tp: self.first[tp] for tp in tps}

    async def seek(self, tp: TP, offset: int) -> None:
        self.seeks.append((tp, offset))


def test_a_partition_the_group_never_committed_is_read_again_from_its_first_offset(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # aiokafka's seek_to_committed (inside Faust's perform_seek) moves only a
    # partition committed past 0; the others stayed where their fetch was, and
    # the records fetched before, dropped as stale, were never read again.
    async def faust_seek(consumer: Any) -> None:
        return None

    monkeypatch.setitem(fetcher._ORIGINAL, "perform_seek", faust_seek)
    committed, never, at_zero = (TP("voc.touchpoints.enriched", n) for n in (0, 1, 2))
    changelog = TP("voc-customers-changelog", 1)
    consumer = SeekingConsumer(
        {committed: 41, at_zero: None}, {committed: 0, never: 3, at_zero: 0, changelog: 0}
    )
    asyncio.run(fetcher._perform_seek(consumer))
    assert sorted(consumer.seeks) == [(never, 3), (at_zero, 0)]
    state = read_state(consumer)
    assert state.start == {never: 3, at_zero: 0, changelog: 0}
    assert set(state.seeks) == {committed, never, at_zero, changelog}
