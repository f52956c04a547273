"""Acks from before a rebalance do not move commits (streams/worker/acks.py)."""

from __future__ import annotations

from types import SimpleNamespace

from faust.types import TP

from streams.worker.acks import below_commit, is_stale


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
