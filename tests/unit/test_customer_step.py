"""Identity merges in the customer step survive a crash that loses one of their
two changelog records (the survivor's and the absorbed key's land on different
partitions): the replayed merge event folds the absorbed state in exactly once."""

from __future__ import annotations

from typing import Any

from schemas.models import EnrichedTouchpoint
from streams.alerts.rules import load_rules_config
from streams.alerts.timers import StreamClock
from streams.customer.state import CustomerState
from streams.stages.customer import CustomerStep
from tests.support.builders import NOW, enriched

OLD = "email:ann@example.com"


def history() -> list[EnrichedTouchpoint]:
    by_email = {"customer_id": None, "email": "ann@example.com", "account_id": None}
    by_id = {"customer_id": "c-1", "email": None, "account_id": None}
    first = enriched(event_id="e-1", occurred_at="2026-11-20T09:00:00Z", customer=by_email)
    second = enriched(event_id="e-2", occurred_at="2026-11-21T09:00:00Z", customer=by_id)
    merge = enriched(event_id="e-3", occurred_at="2026-11-22T09:00:00Z", customer=by_id)
    merge.merged_keys = [OLD]
    assert first.customer_key == OLD and merge.customer_key == "c-1"
    return [first, second, merge]


def step_before_the_merge() -> tuple[CustomerStep, dict[str, Any], EnrichedTouchpoint]:
    customers: dict[str, Any] = {}
    step = CustomerStep(load_rules_config(), customers, {}, StreamClock())
    *before, merge = history()
    for item in before:
        step.process(item, NOW)
    return step, customers, merge


def state(customers: dict[str, Any], key: str) -> CustomerState:
    return CustomerState.from_document(customers[key])


def test_a_merge_folds_the_old_key_in_and_leaves_a_tombstone() -> None:
    step, customers, merge = step_before_the_merge()
    outcome = step.process(merge, NOW)
    assert outcome.absorbed == [(OLD, 1)]
    assert state(customers, "c-1").contact_count == 3
    assert state(customers, "c-1").absorbed_keys == [OLD]
    assert state(customers, OLD).merged_into == "c-1"
    assert step.load_state(OLD).contact_count == 0  # the key itself starts afresh


def test_survivor_lost_the_merge_replay_folds_the_tombstone_in_again() -> None:
    step, customers, merge = step_before_the_merge()
    survivor_before = customers["c-1"]
    step.process(merge, NOW)
    customers["c-1"] = survivor_before  # its changelog record was lost in the crash
    outcome = step.process(merge, NOW)
    assert outcome.absorbed == [(OLD, 1)]
    assert state(customers, "c-1").contact_count == 3


def test_tombstone_lost_the_merge_replay_folds_nothing_twice() -> None:
    step, customers, merge = step_before_the_merge()
    old_before = customers[OLD]
    step.process(merge, NOW)
    customers[OLD] = old_before  # the absorbed key's record was lost in the crash
    outcome = step.process(merge, NOW)
    assert outcome.state is None and outcome.absorbed == []
    assert state(customers, "c-1").contact_count == 3
    assert state(customers, OLD).merged_into == "c-1"  # the tombstone is written again
