"""Identity merges: the merged state reads as if both keys' history had been one."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from schemas.models import Alert, EnrichedTouchpoint
from streams.alerts.rules import evaluate_rules, load_rules_config
from streams.customer.merge import merge_states
from streams.customer.state import MAX_SCORED, CustomerState, apply_touchpoint
from tests.support.builders import NOW, enriched

CONFIG = load_rules_config()
START = datetime(2026, 11, 1, 10, 0, tzinfo=UTC)


def complaint(event_id: str, day: float, **fields: Any) -> EnrichedTouchpoint:
    fields.setdefault("topics", ["billing"])
    fields.setdefault("text", f"Bonjour, j'ai un souci avec ma facture ({event_id}).")
    fields.setdefault("sentiment", -0.4)
    fields.setdefault("sentiment_label", "negative")
    occurred = (START + timedelta(days=day)).isoformat()
    return enriched(event_id=event_id, occurred_at=occurred, **fields)


def feed(state: CustomerState, events: list[EnrichedTouchpoint]) -> list[Alert]:
    alerts: list[Alert] = []
    for item in events:
        if apply_touchpoint(state, item, CONFIG.model, CONFIG.risk):
            alerts.extend(evaluate_rules(CONFIG, state, item, NOW))
    return [a for a in alerts if a.rule == "repeat_contact"]


def test_one_open_problem_raised_under_both_keys_is_one_thread() -> None:
    # An e-mail, then a social post from a handle nobody had linked yet, about the
    # same bill: once the keys merge, the third contact is the problem's third.
    by_mail, by_handle = CustomerState("c-1"), CustomerState("handle:ana")
    assert not feed(by_mail, [complaint("e-1", 0, channel="email")])
    assert not feed(by_handle, [complaint("e-2", 1, channel="social", kind="post")])
    merged = merge_states(by_mail, by_handle, CONFIG.model)
    [thread] = merged.problems
    assert [e[1] for e in thread["episodes"]] == ["e-1", "e-2"]
    [alert] = feed(merged, [complaint("e-3", 2, channel="chat", kind="chat")])
    assert alert.evidence == ["e-1", "e-2", "e-3"]
    assert "email, social, chat" in alert.explanation


def test_threads_of_other_topics_or_resolved_stay_apart() -> None:
    survivor, absorbed = CustomerState("c-1"), CustomerState("handle:ana")
    feed(survivor, [complaint("e-1", 0, topics=["delivery"])])
    feed(absorbed, [complaint("e-2", 1, topics=["billing"])])
    merged = merge_states(survivor, absorbed, CONFIG.model)
    assert [t["topics"] for t in merged.problems] == [["delivery"], ["billing"]]
    survivor.problems[0]["open"] = False  # that problem was over before the other key wrote
    absorbed.problems[0]["topics"] = ["delivery"]
    merged = merge_states(survivor, absorbed, CONFIG.model)
    assert len(merged.problems) == 2


def test_a_thread_past_the_repeat_window_is_a_new_problem() -> None:
    survivor, absorbed = CustomerState("c-1"), CustomerState("handle:ana")
    feed(survivor, [complaint("e-1", 0)])
    feed(absorbed, [complaint("e-2", CONFIG.model.repeat_window_days + 1)])
    assert len(merge_states(survivor, absorbed, CONFIG.model).problems) == 2


def test_timed_memories_interleave_in_time_and_stay_bounded() -> None:
    survivor, absorbed = CustomerState("c-1"), CustomerState("handle:ana")
    feed(survivor, [complaint(f"s-{i}", 2 * i, topics=[]) for i in range(MAX_SCORED)])
    feed(absorbed, [complaint(f"a-{i}", 2 * i + 1, topics=[]) for i in range(3)])
    merged = merge_states(survivor, absorbed, CONFIG.model)
    ids = [entry[2] for entry in merged.scored_recent]
    assert len(ids) == MAX_SCORED
    times = [entry[0] for entry in merged.scored_recent]
    assert times == sorted(times)
    assert {"a-1", "a-2"} <= set(ids)  # not dropped because the other key is newer
    assert [c[1] for c in merged.recent_contacts][-1] == "s-23"


def test_sums_values_and_keeps_the_latest_alert_memory() -> None:
    survivor = CustomerState(
        "c-1",
        last_seen="2026-11-10T00:00:00+00:00",
        value_sums={"order_value": 120.5},
        purchases=2,
        order_value_total=120.5,
        nps_recent=[9],
        competitors={"Brasa": {"count": 1, "negative": 1, "last_seen": "2026-11-09"}},
    )
    absorbed = CustomerState(
        "handle:ana",
        last_seen="2026-11-05T00:00:00+00:00",
        value_sums={"order_value": 30.0},
        purchases=1,
        order_value_total=30.0,
        nps_recent=[3],
        competitors={"Brasa": {"count": 2, "negative": 0, "last_seen": "2026-11-04"}},
        alerts={"repeat_contact": {"last_at": "2026-11-04T10:00:00+00:00"}},
    )
    merged = merge_states(survivor, absorbed, CONFIG.model)
    assert merged.value_sums == {"order_value": 150.5}
    assert merged.purchases == 3 and merged.order_value_total == 150.5
    assert merged.nps_recent == [3, 9] and merged.nps_rolling == 6.0
    assert merged.competitors["Brasa"] == {"count": 3, "negative": 1, "last_seen": "2026-11-09"}
    # The absorbed key paged: its cooldown holds for the merged customer.
    assert merged.alerts["repeat_contact"]["last_at"] == "2026-11-04T10:00:00+00:00"
