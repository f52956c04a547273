"""Engagement segments, value, value tiers and value at risk (issue 18): pure functions."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from sinks.clickhouse.tables import ACCOUNT_COLUMNS
from streams.customer.segments import (
    EngagementConfig,
    ValueConfig,
    customer_value,
    engagement_segment,
    fold_value,
    load_segments_config,
    profile,
    value_at_risk,
    value_tier,
)
from streams.customer.state import CustomerState, apply_touchpoint
from streams.stages.accounts import (
    AccountRulesConfig,
    AccountState,
    account_row,
    apply_to_account,
    evaluate_account,
)
from tests.support.builders import NOW, enriched

ENGAGEMENT = EngagementConfig()
VALUE = ValueConfig()


def customer(**fields: object) -> CustomerState:
    base: dict[str, object] = {
        "customer_id": "c-1",
        "last_seen": "2026-11-20T10:00:00+00:00",
        "last_voice_at": "2026-11-19T10:00:00+00:00",
    }
    return CustomerState(**(base | fields))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("fields", "segment"),
    [
        ({"churn_risk": 55, "nps_last": 10, "sentiment_trend": 0.8}, "at_risk"),
        ({"sentiment_trend": -0.3}, "frustrated"),
        ({"nps_last": 4, "sentiment_trend": 0.5}, "frustrated"),
        ({"ces_rolling": 6.0, "sentiment_trend": 0.5}, "frustrated"),
        ({"nps_last": 9, "sentiment_trend": 0.1}, "advocate"),
        ({"nps_last": 10}, "advocate"),
        ({"nps_last": 10, "sentiment_trend": -0.1}, "indifferent"),
        ({"sentiment_trend": 0.4}, "satisfied"),
        ({"csat_rolling": 4.5}, "satisfied"),
        ({"nps_last": 8, "sentiment_trend": 0.1}, "indifferent"),
        ({}, "indifferent"),
        # a promoter who has not said anything for 90 days, while still buying
        ({"nps_last": 10, "last_voice_at": "2026-08-20T10:00:00+00:00"}, "indifferent"),
        ({"sentiment_trend": 0.4, "last_voice_at": None}, "indifferent"),
    ],
)
def test_engagement_segment(fields: dict[str, object], segment: str) -> None:
    assert engagement_segment(customer(**fields), ENGAGEMENT) == segment


def test_value_sums_orders_and_adds_a_year_of_recurring_revenue() -> None:
    assert customer_value(customer(order_value_total=120.5), VALUE) == 120.5
    monthly = customer(order_value_total=100.0, context={"mrr": "49,5", "plan": "pro"})
    assert customer_value(monthly, VALUE) == 100.0 + 12 * 49.5
    # both a monthly and a yearly figure: the larger year counts, once
    both = customer(context={"mrr": "100", "annual_value": "1500"})
    assert customer_value(both, VALUE) == 1500.0
    assert customer_value(customer(context={"mrr": "n/a"}), VALUE) == 0.0


def test_configured_summed_keys_fold_from_purchases_only() -> None:
    config = ValueConfig(summed=("order_value", "amount"))
    state = customer()
    purchase = enriched(kind="purchase", attributes={"amount": "1 000,50", "order_value": "10"})
    apply_touchpoint(state, purchase)
    fold_value(state, purchase, config)
    message = enriched(event_id="e-2", attributes={"amount": "99"})
    apply_touchpoint(state, message)
    fold_value(state, message, config)
    assert state.value_sums == {"amount": 1000.5}
    assert customer_value(state, config) == 1010.5


@pytest.mark.parametrize(
    ("value", "tier"), [(0.0, "none"), (0.01, "low"), (300.0, "medium"), (2000.0, "high")]
)
def test_value_tier(value: float, tier: str) -> None:
    assert value_tier(value, VALUE) == tier


def test_value_at_risk_is_churn_risk_times_value() -> None:
    assert value_at_risk(40, 2500.0) == 1000.0
    assert value_at_risk(0, 2500.0) == 0.0
    state = customer(churn_risk=80, order_value_total=3000.0, sentiment_trend=-0.5)
    money = profile(state)
    assert (money.segment, money.tier, money.value, money.value_at_risk) == (
        "at_risk",
        "high",
        3000.0,
        2400.0,
    )


def test_voice_recency_and_last_stage_follow_stream_time() -> None:
    state = CustomerState("c-1")
    apply_touchpoint(state, enriched(occurred_at="2026-11-10T10:00:00Z", journey_stage="usage"))
    late = enriched(event_id="e-0", occurred_at="2026-11-01T10:00:00Z", journey_stage="purchase")
    apply_touchpoint(state, late)
    view = enriched(
        event_id="e-3", occurred_at="2026-11-12T10:00:00Z", kind="page_view", scored=False,
        text=None, subject=None, journey_stage="consideration",
    )  # fmt: skip
    apply_touchpoint(state, view)
    assert state.last_touchpoint_stage == "consideration"
    assert state.last_voice_at == "2026-11-10T10:00:00+00:00"  # a page view says nothing


def test_config_file_loads_and_rejects_typos(tmp_path: Path) -> None:
    config = load_segments_config()
    assert "order_value" in config.value.summed and config.engagement.recency_days > 0
    path = tmp_path / "segments.toml"
    path.write_text("[engagement]\nrecency_dayz = 3\n")
    with pytest.raises(ValueError, match="recency_dayz"):
        load_segments_config(path)


def test_account_row_counts_roles_and_adds_up_value_at_risk() -> None:
    account = AccountState("initech")
    people = [("c-8", "buyer", -0.7, 3000.0, "mrr"), ("c-9", "user", 0.7, 50.0, "")]
    for number, (cid, role, sentiment, value, key) in enumerate(people, start=1):
        contact = CustomerState(
            customer_id=cid, account_id="initech", contact_count=1,
            sentiment_trend=sentiment, order_value_total=0.0 if key else value,
            context={key: str(value / 12)} if key else {},
        )  # fmt: skip
        event = enriched(
            event_id=f"e-{number}", occurred_at=(NOW - timedelta(hours=number)).isoformat(),
            customer={"customer_id": cid, "account_id": "initech"}, attributes={"role": role},
            intents=["complaint"] if sentiment < 0 else [], sentiment=sentiment,
            sentiment_label="negative" if sentiment < 0 else "positive",
        )  # fmt: skip
        assert apply_to_account(account, contact, event)
        evaluate_account(AccountRulesConfig(), account, event, NOW)
    row = dict(zip(ACCOUNT_COLUMNS, account_row(account, NOW), strict=True))
    assert (row["buyers"], row["users"], row["unhappy_buyers"]) == (1, 1, 1)
    assert row["value"] == 3050.0
    assert row["churn_risk"] == round(100 - account.health)
    assert row["value_at_risk"] == value_at_risk(row["churn_risk"], 3050.0) > 0


def test_the_account_update_carries_what_the_value_needs_and_no_more() -> None:
    from streams.stages.customer import _contact

    state = customer(order_value_total=20.0, context={"mrr": "10", "plan": "pro", "city": "Lyon"})
    sent = _contact(state)
    assert sent["context"] == {"mrr": "10"}
    assert customer_value(CustomerState(**sent), VALUE) == 20.0 + 120.0
