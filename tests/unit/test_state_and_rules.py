from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from schemas.models import Severity
from streams.alerting import alert_id
from streams.rules import evaluate_rules, load_rules_config
from streams.state import RECENT_EVENTS, CustomerState, apply_touchpoint
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
    assert state.sentiment_trend == pytest.approx(0.7 * 0.8 + 0.3 * -0.4)
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
