"""The stall check finds, per partition, records an agent never saw (streams/worker/kafka.py)."""

from __future__ import annotations

import asyncio
from collections import Counter
from functools import partial
from types import SimpleNamespace
from typing import Any

from faust.types import TP as FaustTP

from streams.worker.fetcher import read_state
from streams.worker.kafka import StallWatch, reread_if_stalled
from streams.worker.ordering import Ordering

TP = ("voc.touchpoints.sequencer", 0)


def event(offset: int) -> Any:
    return SimpleNamespace(message=SimpleNamespace(tp=TP, offset=offset))


def test_a_skipped_record_is_found_while_the_partition_keeps_flowing() -> None:
    watch = StallWatch()
    # offset 9 was never handed out: the acks of 10 and 11 wait for it
    stuck = partial(watch.stuck, TP, committed=9, high=12, held_from=None, after=6, waiting=True)
    watch.saw([event(10), event(11)])
    watch.seen_at[TP] = 104.0
    assert not stuck(now=100)
    assert not stuck(now=105)
    assert stuck(now=106.5, busy=True)  # the agent busy with a batch changes nothing
    # the re-read gets its time before the next verdict, twice as long each time
    assert not stuck(now=107)
    assert not stuck(now=117)
    assert stuck(now=118.6)
    assert not stuck(now=140)
    assert stuck(now=142.7)
    # the commit moved: back to the first wait
    assert not stuck(now=143, committed=10)
    assert stuck(now=149.1, committed=10)


def test_a_batch_still_in_its_agents_hands_is_not_a_stall() -> None:
    watch = StallWatch()
    watch.saw([event(3)])
    watch.seen_at[TP] = 0.0
    stuck = partial(watch.stuck, TP, committed=4, high=500, held_from=None, after=6)
    assert not stuck(now=0, busy=True)
    # a long batch (the agent waits for the broker to take what it produced)
    assert not stuck(now=30, busy=True)
    assert stuck(now=31)


def test_a_commit_that_moves_or_reached_the_end_is_not_stuck() -> None:
    watch = StallWatch()
    watch.saw([event(20)])
    assert not watch.stuck(TP, committed=15, high=30, held_from=None, after=6, now=0)
    assert not watch.stuck(TP, committed=18, high=30, held_from=None, after=6, now=7)
    assert not watch.stuck(TP, committed=30, high=30, held_from=None, after=6, now=20)


def test_a_partition_still_being_read_is_not_stuck() -> None:
    watch = StallWatch()
    watch.saw([event(3)])  # a backlog: the agent is behind, not skipping
    assert not watch.stuck(TP, committed=4, high=500, held_from=None, after=6, now=0)
    watch.seen_at[TP] = 5.0
    assert not watch.stuck(TP, committed=4, high=500, held_from=None, after=6, now=7)
    # nothing handed out for `after` seconds, records waiting: starved
    assert watch.stuck(TP, committed=4, high=500, held_from=None, after=6, now=11.5)


def test_records_held_on_purpose_are_not_a_stall() -> None:
    watch = StallWatch()
    watch.saw([event(40)])
    assert not watch.stuck(TP, committed=30, high=41, held_from=30, after=6, now=0)
    assert not watch.stuck(TP, committed=30, high=41, held_from=30, after=6, now=60)
    # held from 35, but 30..34 never arrived: those are read again
    assert watch.stuck(TP, committed=30, high=41, held_from=35, after=6, now=61, waiting=True)


def test_a_partition_the_group_never_committed_is_watched_from_its_first_offset() -> None:
    # No commit yet: the watch measures from the partition's first offset (where
    # the group starts), so records never handed out there are read again too.
    tp = FaustTP("voc.touchpoints.enriched", 1)
    seeks: list[tuple[Any, int]] = []

    async def seek(partition: Any, offset: int) -> None:
        seeks.append((partition, offset))

    consumer = SimpleNamespace(
        assignment=lambda: {tp}, _committed_offset={}, highwater=lambda _: 700,
        _acked={tp: [628, 629]}, seek=seek,
    )  # fmt: skip
    read_state(consumer).start[tp] = 0
    app = SimpleNamespace(consumer=consumer)
    pipeline = SimpleNamespace(
        stopping=False, stall_watch=StallWatch(), last_batch_at=0.0, busy_topics=Counter()
    )

    def check() -> list[str]:
        return asyncio.run(reread_if_stalled(app, {tp.topic}, pipeline, after=0.0))

    assert check() == []  # the first look starts the clock
    assert check() == ["voc.touchpoints.enriched[1]@0"]
    assert seeks == [(tp, 0)]


def test_the_sequencer_keeps_arrivals_in_offset_order_and_ignores_a_second_delivery() -> None:
    ordering = Ordering(["s:0"])
    ordering.arrive(event(5), "e5")
    ordering.arrive(event(7), None)
    assert ordering.held_from() == 5
    ordering.arrive(event(3), None)  # re-read: a record never seen before
    assert [e.message.offset for e, _ in ordering.arrived] == [3, 5, 7]
    assert ordering.pending(5) and not ordering.pending(4)
    assert ordering.leave().message.offset == 3
    assert ordering.held_from() == 5 and not ordering.pending(3)
