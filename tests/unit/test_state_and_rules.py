from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from schemas.models import Severity
from streams.alerts.alerting import alert_id
from streams.alerts.rules import evaluate_rules, load_rules_config
from streams.customer.state import RECENT_EVENTS, CustomerState, apply_touchpoint
from tests.support.builders import NOW, enriched


def test_apply_counts_each_event_once() -> None:
    state = CustomerState("c-42")
    event = enriched(event_id="e-1", channel="email", sentiment=-0.5)
    assert apply_touchpoint(state, event)
    assert not apply_touchpoint(state, event)  # a replay after a crash
    assert state.contact_count == 1
    assert state.channels == {"email": 1}
    assert state.identifiers == ["id:c-42", "email:eric@example.com"]
    assert state.account_id == "acme"


def test_state_tracks_channels_sentiment_trend_and_scores() -> None:
    state = CustomerState("c-42")
    apply_touchpoint(
        state, enriched(event_id="e-1", sentiment=0.8, occurred_at="2026-11-01T00:00:00Z")
    )
    apply_touchpoint(
        state,
        enriched(event_id="e-2", channel="survey", kind="survey_response", sentiment=-0.4,
                 scores={"nps": 3}, occurred_at="2026-11-02T00:00:00Z"),
    )  # fmt: skip
    assert state.contact_count == 2
    assert state.channels == {"email": 1, "survey": 1}
    assert state.last_sentiment == pytest.approx(-0.4)
    # Time-decayed mean: one day later the first message still weighs 0.5 ** (1 / 7).
    decay = 0.5 ** (1 / 7)
    assert state.sentiment_trend == pytest.approx((0.8 * decay - 0.4) / (decay + 1), abs=1e-4)
    assert state.nps_last == 3
    assert state.last_event_id == "e-2"
    assert state.first_seen is not None and state.first_seen.startswith("2026-11-01")


def test_unscored_text_does_not_move_sentiment() -> None:
    state = CustomerState("c-1")
    apply_touchpoint(state, enriched(event_id="e-1", scored=False, sentiment=0.0))
    assert state.last_sentiment is None and state.sentiment_trend is None


def test_state_json_round_trip_and_bounded_memory() -> None:
    state = CustomerState("c-1")
    for i in range(RECENT_EVENTS + 10):
        apply_touchpoint(state, enriched(event_id=f"e-{i}"))
    assert len(state.recent_event_ids) == RECENT_EVENTS
    assert CustomerState.from_json(state.to_json() | {"future_field": 1}) == state


@pytest.mark.parametrize(
    ("nps", "severity"), [(0, Severity.critical), (3, Severity.critical), (6, Severity.warning)]
)
def test_detractor_fires_for_nps_0_to_6(nps: int, severity: Severity) -> None:
    config = load_rules_config()
    state = CustomerState("c-42", account_id="acme")
    event = enriched(event_id="s-1", channel="survey", kind="survey_response", scores={"nps": nps})
    apply_touchpoint(state, event)
    [alert] = evaluate_rules(config, state, event, NOW)
    assert alert.rule == "detractor"
    assert alert.severity is severity
    assert alert.evidence == ["s-1"]
    assert alert.customer_id == "c-42" and alert.account_id == "acme"
    assert f"NPS {nps}/10" in alert.explanation
    assert alert.created_at == event.occurred_at
    assert alert.alert_id == alert_id("detractor", "c-42", "s-1")  # stable across replays


@pytest.mark.parametrize("nps", [7, 8, 9, 10, None])
def test_detractor_silent_for_passives_promoters_and_no_score(nps: int | None) -> None:
    state = CustomerState("c-42")
    event = enriched(event_id="s-1", scores={"nps": nps})
    assert evaluate_rules(load_rules_config(), state, event, datetime.now(UTC)) == []


def test_rules_config_rejects_unknown_keys(tmp_path: Path) -> None:
    path = tmp_path / "rules.toml"
    path.write_text("[detractor]\nmax_nsp = 5\n")
    with pytest.raises(ValueError, match="max_nsp"):
        load_rules_config(path)
    path.write_text("[detractor]\nmax_nps = 4\n")
    assert load_rules_config(path).detractor.max_nps == 4


# ----------------------------------------------------------- the customer model --


def at(day: float, hour: float = 10.0) -> str:
    """An occurred_at ``day`` days after 2026-11-01 (stream time)."""
    moment = datetime(2026, 11, 1, tzinfo=UTC) + timedelta(days=day, hours=hour - 10)
    return moment.isoformat().replace("+00:00", "Z")


def test_trend_is_decayed_by_stream_time_not_by_message_count() -> None:
    close, far = CustomerState("c-1"), CustomerState("c-2")
    for state, gap in ((close, 1), (far, 28)):
        apply_touchpoint(state, enriched(event_id="e-1", sentiment=0.8, occurred_at=at(0)))
        apply_touchpoint(state, enriched(event_id="e-2", sentiment=-0.4, occurred_at=at(gap)))
    assert close.sentiment_trend is not None and far.sentiment_trend is not None
    assert close.sentiment_trend > 0.1  # yesterday's praise still counts
    assert far.sentiment_trend < -0.3  # four half-lives later it barely does


def test_late_event_weighs_by_its_age() -> None:
    state = CustomerState("c-1")
    apply_touchpoint(state, enriched(event_id="e-2", sentiment=-0.5, occurred_at=at(10)))
    apply_touchpoint(state, enriched(event_id="e-1", sentiment=0.9, occurred_at=at(0)))
    assert state.sentiment_trend is not None and state.sentiment_trend < 0
    assert state.last_seen is not None and state.last_seen.startswith("2026-11-11")


def test_outbound_replies_do_not_move_the_customer_sentiment() -> None:
    state = CustomerState("c-1")
    reply = enriched(event_id="e-1", direction="outbound", sentiment=0.9)
    apply_touchpoint(state, reply)
    assert state.sentiment_trend is None and state.inbound_contacts == 0


def test_old_format_state_loads_and_round_trips() -> None:
    old = {  # a state written before the model grew: none of the new keys
        "customer_id": "c-7",
        "account_id": "acme",
        "identifiers": ["id:c-7"],
        "version": 3,
        "contact_count": 3,
        "channels": {"email": 3},
        "first_seen": "2026-11-01T10:00:00+00:00",
        "last_seen": "2026-11-03T10:00:00+00:00",
        "last_event_id": "e-3",
        "last_sentiment": 0.2,
        "sentiment_trend": 0.3,
        "nps_last": None,
        "csat_last": None,
        "ces_last": None,
        "recent_event_ids": ["e-1", "e-2", "e-3"],
        "a_key_from_the_future": {"x": 1},
    }
    state = CustomerState.from_json(old)
    assert state.churn_risk == 0 and state.churn_reasons == [] and state.topics == {}
    assert not apply_touchpoint(state, enriched(event_id="e-3"))  # replay still detected
    assert apply_touchpoint(state, enriched(event_id="e-4", occurred_at=at(3), topics=["delivery"]))
    assert state.contact_count == 4 and state.topics == {"delivery": 1}
    assert CustomerState.from_json(state.to_json()) == state


def test_situation_problems_alternatives_irritants_and_open_issues() -> None:
    state = CustomerState("c-1")
    apply_touchpoint(
        state,
        enriched(event_id="e-1", occurred_at=at(0), sentiment=-0.7, topics=["delivery"],
                 intents=["complaint"], competitors=["zentrio"], criteria=["speed"]),
    )  # fmt: skip
    apply_touchpoint(
        state,
        enriched(event_id="e-2", occurred_at=at(1), sentiment=-0.5, topics=["delivery", "refund"],
                 intents=["complaint"]),
    )  # fmt: skip
    assert state.topics == {"delivery": 2, "refund": 1}
    assert state.intents == {"complaint": 2}
    assert state.criteria == {"speed": 1}
    assert state.competitors["zentrio"]["count"] == 1
    assert state.competitors["zentrio"]["negative"] == 1
    assert state.irritants["delivery"]["count"] == 2
    assert state.irritants["delivery"]["last_event_id"] == "e-2"
    assert [i["event_id"] for i in state.open_issues] == ["e-1", "e-2"]
    thanks = enriched(event_id="e-3", occurred_at=at(2), sentiment=0.8, intents=["praise"])
    apply_touchpoint(state, thanks)
    assert state.open_issues == []  # a positive contact closes earlier complaints


def test_context_value_and_scores() -> None:
    state = CustomerState("c-1")
    buy = enriched(event_id="p-1", kind="purchase", channel="web", text=None, subject=None,
                   scored=False, attributes={"order_value": "1200.50", "order_id": "9",
                                             "plan": "premium", "segment": "b2c"})  # fmt: skip
    apply_touchpoint(state, buy)
    apply_touchpoint(state, enriched(event_id="p-2", kind="purchase", text=None, scored=False,
                                     attributes={"order_value": "99,50"}))  # fmt: skip
    # order_value on a message is a reference to an order, not a new purchase
    apply_touchpoint(state, enriched(event_id="m-1", attributes={"order_value": "5000"}))
    assert state.order_value_total == pytest.approx(1300.0)
    assert state.purchases == 2
    assert state.plan == "premium" and state.segment == "b2c"
    assert "order_id" not in state.context and "order_value" not in state.context
    for i, nps in enumerate((9, 10, 5)):
        apply_touchpoint(state, enriched(event_id=f"s-{i}", kind="survey_response",
                                         scores={"nps": nps, "csat": 2, "ces": 6}))  # fmt: skip
    assert state.nps_last == 5 and state.nps_category == "detractor"
    assert state.nps_rolling == pytest.approx(8.0)
    assert state.csat_rolling == pytest.approx(2.0) and state.ces_last == 6


def test_contact_rhythm_counts_episodes_not_messages() -> None:
    state = CustomerState("c-1")
    for i, day in enumerate((0, 2, 4, 6)):
        apply_touchpoint(state, enriched(event_id=f"e-{i}", occurred_at=at(day)))
    # Another message half an hour later: the same episode, not a new contact
    apply_touchpoint(state, enriched(event_id="e-5", occurred_at=at(6, 10.5)))
    view = enriched(event_id="v-1", kind="page_view", channel="web", occurred_at=at(9))
    apply_touchpoint(state, view)
    assert state.inbound_contacts == 5 and state.contact_episodes == 4
    assert state.contact_gap_days == pytest.approx(2.0 + 0.5 / 24 / 3, abs=1e-3)
    assert state.channel_mix()["email"] == pytest.approx(5 / 6)


def test_effort_counts_repeat_contacts_on_one_topic() -> None:
    state = CustomerState("c-1")
    for i, day in enumerate((0, 1, 3, 20)):
        apply_touchpoint(
            state, enriched(event_id=f"e-{i}", occurred_at=at(day), topics=["billing"])
        )
    assert state.repeat_contacts == 2  # day 20 is outside the 7-day window


def test_churn_risk_is_explained_by_factors_with_evidence() -> None:
    state = CustomerState("c-1")
    events = [
        enriched(event_id="e-1", occurred_at=at(0), sentiment=0.7, sentiment_label="positive"),
        enriched(event_id="e-2", occurred_at=at(5), sentiment=-0.6, topics=["bugs"],
                 intents=["complaint"]),
        enriched(event_id="e-3", occurred_at=at(6), sentiment=-0.8, topics=["bugs"],
                 intents=["complaint"], competitors=["kliqo"]),
        enriched(event_id="e-4", occurred_at=at(7), sentiment=-0.9, topics=["bugs"],
                 intents=["complaint", "cancellation"]),
    ]  # fmt: skip
    for event in events:
        apply_touchpoint(state, event)
    factors = state.churn_factors
    assert set(factors) == {
        "cancellation_intent",
        "negative_trend",
        "repeat_contact",
        "open_issues",
        "competitor",
    }
    assert factors["cancellation_intent"]["evidence"] == ["e-4"]
    assert factors["competitor"]["evidence"] == ["e-3"]
    assert factors["repeat_contact"]["evidence"] == ["e-2", "e-3", "e-4"]
    assert state.churn_risk == min(100, sum(f["points"] for f in factors.values()))
    points = [f["points"] for f in factors.values()]
    assert points == sorted(points, reverse=True)  # largest first
    assert state.churn_reasons[0] == "said they want to cancel (+35)"
    assert "kliqo" in " ".join(state.churn_reasons)
    assert state.journey_stage == "at_risk"


def test_churn_risk_factors_expire_with_stream_time() -> None:
    state = CustomerState("c-1")
    apply_touchpoint(state, enriched(event_id="e-1", occurred_at=at(0), intents=["cancellation"]))
    assert "cancellation_intent" in state.churn_factors
    later = enriched(event_id="e-2", occurred_at=at(45), sentiment=0.6, sentiment_label="positive")
    apply_touchpoint(state, later)
    assert state.churn_factors == {} and state.churn_risk == 0


@pytest.mark.parametrize(
    ("events", "stage"),
    [
        ([{"occurred_at": at(0), "sentiment": 0.5}], "onboarding"),
        ([{"occurred_at": at(0), "sentiment": 0.5}, {"occurred_at": at(20), "sentiment": 0.5}],
         "active"),
        ([{"occurred_at": at(0), "kind": "cancellation", "sentiment": 0.0}], "churned"),
        ([{"occurred_at": at(0), "sentiment": 0.5},
          {"occurred_at": at(20), "kind": "survey_response", "scores": {"nps": 10},
           "intents": ["praise"], "sentiment": 0.9}], "advocate"),
    ],
)  # fmt: skip
def test_journey_stage(events: list[dict[str, Any]], stage: str) -> None:
    state = CustomerState("c-1")
    for i, fields in enumerate(events):
        apply_touchpoint(state, enriched(event_id=f"e-{i}", **fields))
    assert state.journey_stage == stage


def test_state_stays_small_for_a_long_history() -> None:
    state = CustomerState("c-1")
    topics = [f"topic_{i}" for i in range(60)]
    for i in range(3_000):
        event = enriched(
            event_id=f"e-{i}",
            occurred_at=(datetime(2025, 1, 1, tzinfo=UTC) + timedelta(hours=3 * i)).isoformat(),
            sentiment=-0.5 if i % 3 else 0.5,
            topics=[topics[i % 60]],
            intents=["complaint"] if i % 3 else ["praise"],
            competitors=[f"rival_{i % 40}"],
            attributes={f"attr_{i % 50}": "x" * 200},
        )
        apply_touchpoint(state, event)
    size = len(json.dumps(state.to_json()))
    assert state.contact_count == 3_000
    assert size < 40_000  # recent_event_ids dominate; nothing grows with the history
    assert len(state.topics) <= 24 and len(state.competitors) <= 24 and len(state.context) <= 24
    assert all(len(v) <= 64 for v in state.context.values())


def test_replaying_a_history_changes_nothing() -> None:
    events = [
        enriched(event_id=f"e-{i}", occurred_at=at(i), sentiment=-0.5, topics=["delivery"])
        for i in range(6)
    ]
    state = CustomerState("c-1")
    first = [a.alert_id for e in events if apply_touchpoint(state, e)
             for a in evaluate_rules(load_rules_config(), state, e, NOW)]  # fmt: skip
    snapshot = json.dumps(state.to_json())  # to_json is shallow: compare the documents
    assert not any(apply_touchpoint(state, e) for e in events)
    assert json.dumps(state.to_json()) == snapshot
    again, wall_clock = CustomerState("c-1"), datetime.now(UTC)
    second = [a.alert_id for e in events if apply_touchpoint(again, e)
              for a in evaluate_rules(load_rules_config(), again, e, wall_clock)]  # fmt: skip
    assert first and first == second  # same ids whatever the wall clock: receivers dedupe
