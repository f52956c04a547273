"""Identity merges move state through records, never through another partition's state.

The absorbed key gets an ``absorb`` record and answers with a ``transfer`` to
the survivor; the survivor folds it in once, whether the transfer arrives
before or after the touchpoint that announced the merge, and copies (a replay
after a crash) change nothing.
"""

from __future__ import annotations

from typing import Any

from schemas.models import EnrichedTouchpoint
from streams.alerts.rules import load_rules_config
from streams.customer.state import CustomerState
from streams.stages.customer import CustomerStep
from streams.stages.records import ABSORB, ALERTS, CUSTOMERS, TICK, TOUCHPOINT, TRANSFER, Out
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


def new_step() -> tuple[CustomerStep, dict[str, Any]]:
    customers: dict[str, Any] = {}
    return CustomerStep(load_rules_config(), customers, lambda key: 0), customers


def state(customers: dict[str, Any], key: str) -> CustomerState:
    return CustomerState.from_document(customers[key])


def transfer_of(step: CustomerStep) -> Out:
    outs = step.handle(ABSORB, OLD, {"into": "c-1", "event_id": "e-3"}, NOW)
    [transfer] = [o for o in outs if o.topic == CUSTOMERS and o.kind == TRANSFER]
    assert transfer.key == "c-1"
    return transfer


def test_transfer_after_the_touchpoint_folds_in_then_applies_it() -> None:
    step, customers = new_step()
    first, second, merge = history()
    step.handle(TOUCHPOINT, OLD, first, NOW)
    step.handle(TOUCHPOINT, "c-1", second, NOW)
    step.handle(TOUCHPOINT, "c-1", merge, NOW)
    assert state(customers, "c-1").awaiting == [OLD]  # waits for the absorbed state
    assert state(customers, "c-1").contact_count == 1
    transfer = transfer_of(step)
    step.handle(TRANSFER, transfer.key, transfer.value, NOW)
    survivor = state(customers, "c-1")
    assert survivor.contact_count == 3 and survivor.absorbed_keys == [OLD]
    assert survivor.awaiting == [] and survivor.pending == []
    assert state(customers, OLD).merged_into == "c-1"


def test_transfer_before_the_touchpoint_gives_the_same_customer() -> None:
    step, customers = new_step()
    first, second, merge = history()
    step.handle(TOUCHPOINT, OLD, first, NOW)
    step.handle(TOUCHPOINT, "c-1", second, NOW)
    transfer = transfer_of(step)
    step.handle(TRANSFER, transfer.key, transfer.value, NOW)
    step.handle(TOUCHPOINT, "c-1", merge, NOW)
    survivor = state(customers, "c-1")
    assert survivor.contact_count == 3 and survivor.awaiting == []


def test_copies_after_a_crash_fold_nothing_twice() -> None:
    step, customers = new_step()
    first, second, merge = history()
    step.handle(TOUCHPOINT, OLD, first, NOW)
    step.handle(TOUCHPOINT, "c-1", second, NOW)
    step.handle(TOUCHPOINT, "c-1", merge, NOW)
    transfer = transfer_of(step)
    step.handle(TRANSFER, transfer.key, transfer.value, NOW)
    again = transfer_of(step)  # the absorb read again: the transfer is sent again
    step.handle(TRANSFER, again.key, again.value, NOW)
    step.handle(TOUCHPOINT, "c-1", merge, NOW)  # and the touchpoint too
    step.handle(TOUCHPOINT, OLD, first, NOW)  # an old copy on the absorbed key
    assert state(customers, "c-1").contact_count == 3
    assert state(customers, OLD).merged_into == "c-1"


def test_a_touchpoint_released_again_keeps_its_account_number() -> None:
    from streams.stages.resolve import ResolveStep
    from streams.stages.spike import SpikeConfig

    store: dict[str, Any] = {}
    resolve = ResolveStep(store, SpikeConfig(), partitions=4)
    contact = {"customer_id": "c-9", "email": None, "account_id": "acme"}
    first = enriched(event_id="e-1", occurred_at="2026-11-20T09:00:00Z", customer=contact)
    second = enriched(event_id="e-2", occurred_at="2026-11-20T10:00:00Z", customer=contact)

    def number(item: EnrichedTouchpoint) -> int:
        [touchpoint] = [o for o in resolve.route(item, NOW) if o.kind == TOUCHPOINT]
        return int(touchpoint.meta["account_seq"])

    assert (number(first), number(second)) == (1, 2)
    assert number(first) == 1  # released again after a crash: the same number


def unhappy_regular(merge_first: bool) -> list[EnrichedTouchpoint]:
    """c-1 in touch every two days, unhappy (silence due 10 days after the last)."""
    by_id = {"customer_id": "c-1", "email": None, "account_id": None}
    days = [f"2026-11-{1 + 2 * i:02d}T09:00:00Z" for i in range(8)]
    items = [enriched(event_id=f"r-{i}", occurred_at=d, customer=by_id) for i, d in enumerate(days)]
    if merge_first:
        items[0].merged_keys = [OLD]
    return items


def test_a_merge_that_arrives_late_still_sees_the_ticks_that_passed() -> None:
    """The survivor's silence fires whether the transfer comes before or after the ticks.

    A transfer crosses partitions: in a backlog, the survivor's partition can be
    read to its end (every tick) before the absorbed key's partition is read.
    """
    ticks = [f"2026-11-{day}T09:00:00+00:00" for day in (20, 26, 27, 28)]  # due on the 25th

    def silences(transfer_late: bool) -> list[str]:
        step, _ = new_step()
        by_email = {"customer_id": None, "email": "ann@example.com", "account_id": None}
        old = enriched(event_id="e-0", occurred_at="2026-10-30T09:00:00Z", customer=by_email)
        step.handle(TOUCHPOINT, OLD, old, NOW)
        step.handle(TICK, None, {"at": "2026-10-31T09:00:00+00:00"}, NOW, partition=0)
        outs: list[Out] = []
        if not transfer_late:
            transfer = transfer_of(step)
        for item in unhappy_regular(merge_first=True):
            outs += step.handle(TOUCHPOINT, "c-1", item, NOW)
        if not transfer_late:
            outs += step.handle(TRANSFER, transfer.key, transfer.value, NOW)
        for moment in ticks:
            outs += step.handle(TICK, None, {"at": moment}, NOW, partition=0)
        if transfer_late:  # after the last tick of the stream
            transfer = transfer_of(step)
            outs += step.handle(TRANSFER, transfer.key, transfer.value, NOW)
        fired = [o.value.alert_id for o in outs if o.topic == ALERTS and o.value.rule == "silence"]
        later = step.handle(TICK, None, {"at": "2026-11-29T09:00:00+00:00"}, NOW, partition=0)
        assert not [o for o in later if o.topic == ALERTS]  # once only
        return fired

    on_time = silences(transfer_late=False)
    assert len(on_time) == 1
    assert silences(transfer_late=True) == on_time
