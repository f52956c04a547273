"""The sequencer releases touchpoints in event-time order whatever the arrival order."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from streams.stages.sequence import Sequencer

T0 = datetime(2026, 11, 20, tzinfo=UTC)


def at(minutes: int) -> datetime:
    return T0 + timedelta(minutes=minutes)


def test_waits_for_every_source_then_releases_in_time_order() -> None:
    seq = Sequencer(["email:0", "phone:0"])
    seq.offer("email:0", 0, at(10), "e-10", "e-10")
    seq.offer("email:0", 1, at(30), "e-30", "e-30")
    assert seq.release() == []  # phone:0 has not reported yet
    seq.offer("phone:0", 0, at(20), "p-20", "p-20")
    assert seq.release() == ["e-10"]  # phone may still bring something before 20
    seq.report("phone:0", 1, caught_up=True)
    assert seq.release() == ["p-20"]  # email may still bring something before 30
    seq.report("email:0", 2, caught_up=True)
    assert seq.release() == ["e-30"]


def test_arrival_order_does_not_change_the_release_order() -> None:
    events = [("email:0", 0, 5, "a"), ("email:0", 1, 9, "b"), ("phone:0", 0, 7, "c")]
    orders = []
    for arrival in (events, list(reversed(events))):
        seq = Sequencer(["email:0", "phone:0"])
        for source, offset, minute, name in arrival:
            seq.offer(source, offset, at(minute), name, name)
        seq.report("email:0", 2, True)
        seq.report("phone:0", 1, True)
        orders.append(seq.release())
    assert orders[0] == orders[1] == ["a", "c", "b"]


def test_copies_are_dropped_and_new_data_reopens_a_source() -> None:
    seq = Sequencer(["s:0"])
    assert seq.offer("s:0", 0, at(1), "x", "x")
    seq.report("s:0", 1, True)
    assert seq.release() == ["x"]
    assert not seq.offer("s:0", 0, at(1), "x", "x")  # re-read after a restart
    seq.offer("s:0", 1, at(2), "y", "y")
    assert seq.release() == []  # not caught up again until the reader says so
    seq.report("s:0", 2, True)
    assert seq.release() == ["y"]
