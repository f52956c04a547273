"""Journey stage per touchpoint: the rules file, the explicit attribute, the enrichment,
and the simulator's planted stages (issue 18)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest

from schemas.models import Touchpoint
from streams.stages.enrich import Enricher
from streams.stages.journey import STAGES, load_journey_rules
from streams.tools.eval_journey import JourneyReport, score_events
from streams.tools.simulator import ScenarioConfig, simulate
from streams.tools.simulator_render import planted_stage
from tests.support.builders import NOW, touchpoint_dict

NO_SCORES: dict[str, Any] = {"nps": None, "csat": None, "ces": None}


def stage(
    kind: str = "message",
    direction: str = "inbound",
    intents: tuple[str, ...] = (),
    topics: tuple[str, ...] = (),
    attributes: dict[str, str] | None = None,
    scores: dict[str, Any] | None = None,
    text: str = "",
) -> str:
    rules = load_journey_rules()
    return rules.stage_of(
        kind, direction, intents, topics, attributes or {}, scores or NO_SCORES, text
    )


@pytest.mark.parametrize(
    ("expected", "touchpoint"),
    [
        ("exit", {"kind": "cancellation"}),
        ("exit", {"intents": ("cancellation", "complaint"), "topics": ("billing",)}),
        ("purchase", {"kind": "purchase", "attributes": {"order_value": "12"}}),
        ("exit", {"kind": "page_view", "attributes": {"page": "/account/cancel"}}),
        ("consideration", {"kind": "page_view", "attributes": {"page": "/pricing"}}),
        ("support", {"kind": "page_view", "attributes": {"page": "/help"}}),
        ("awareness", {"kind": "page_view", "attributes": {"page": "/blog/x"}}),
        ("usage", {"kind": "survey_response", "scores": NO_SCORES | {"nps": 9}}),
        ("support", {"kind": "survey_response", "scores": NO_SCORES | {"csat": 2}}),
        ("onboarding", {"topics": ("onboarding",), "intents": ("question",)}),
        ("purchase", {"topics": ("delivery",), "intents": ("complaint",)}),
        ("support", {"topics": ("refund", "delivery")}),
        ("usage", {"topics": ("bugs", "support_responsiveness")}),
        ("consideration", {"topics": ("price",), "intents": ("question",)}),
        ("usage", {"topics": ("price",), "intents": ("praise",)}),
        ("support", {"direction": "outbound", "text": "here is your tracking link"}),
        ("renewal", {"direction": "outbound", "text": "30% off if you stay?"}),
        ("support", {"intents": ("complaint",)}),
        ("usage", {}),
    ],
)
def test_rules_read_kind_page_scores_intents_and_topics(
    expected: str, touchpoint: dict[str, Any]
) -> None:
    assert stage(**touchpoint) == expected


def test_an_explicit_attribute_wins_and_an_unknown_one_is_ignored() -> None:
    cancelled = {"kind": "cancellation"}
    assert stage(**cancelled, attributes={"journey_stage": " Renewal "}) == "renewal"
    assert stage(**cancelled, attributes={"journey_stage": "lunch"}) == "exit"


def test_a_bad_rules_file_names_the_rule(tmp_path: Path) -> None:
    path = tmp_path / "journey.toml"
    path.write_text('[[rule]]\nstage = "usage"\nkinds = ["review"]\n[[rule]]\nstage = "nope"\n')
    with pytest.raises(ValueError, match=r"rule\]\] #2: stage 'nope'"):
        load_journey_rules(path)
    path.write_text('[[rule]]\nstage = "usage"\n')
    with pytest.raises(ValueError, match="needs at least one of"):
        load_journey_rules(path)
    path.write_text('[[rule]]\nstage = "usage"\nkind = ["review"]\n')
    with pytest.raises(ValueError, match="unknown key"):
        load_journey_rules(path)


@cache
def enricher() -> Enricher:
    return Enricher()


def test_the_enrichment_sets_the_stage_and_versions_the_rules() -> None:
    cancel = Touchpoint.model_validate(
        touchpoint_dict(text="Je veux résilier mon abonnement, c'est fini.", subject=None)
    )
    told = Touchpoint.model_validate(
        touchpoint_dict(event_id="e-2", attributes={"journey_stage": "onboarding"})
    )
    first, second = enricher().enrich([cancel, told], ["c-42", "c-42"], NOW)
    assert first.journey_stage == "exit" and second.journey_stage == "onboarding"
    assert "+journey-" in first.model_version
    assert first.to_record()["journey_stage"] == "exit"


def test_planted_stages_are_deterministic_and_cover_every_event() -> None:
    events, truth = simulate(ScenarioConfig(customers=60, seed=5))
    again, truth_again = simulate(ScenarioConfig(customers=60, seed=5))
    assert events == again and truth.journey == truth_again.journey
    assert len(truth.journey["stages"]) == len(events)
    assert set(truth.journey["stages"]) <= set(STAGES)
    assert {"awareness", "consideration", "purchase", "usage", "support"} <= set(
        truth.journey["stages"]
    )
    # a churner's last look at the pricing page is the exit, and it does not show
    view = {"attributes": {"page": "/pricing"}, "scores": NO_SCORES}
    assert planted_stage("view", 0, "", 0, 1, view) == ("exit", False)
    assert planted_stage("view", 0, "", 0, 0, view) == ("consideration", True)


def test_the_eval_counts_only_events_that_show_their_stage() -> None:
    events, truth = simulate(ScenarioConfig(customers=40, seed=9))
    report = score_events(events, truth.journey, enricher())
    assert report.all_events == len(events)
    assert report.events == len(events) - len(truth.journey["no_evidence"])
    assert report.accuracy > 80.0
    wrong = {"stages": ["usage" if s != "usage" else "exit" for s in truth.journey["stages"]]}
    assert score_events(events, wrong, enricher()).accuracy < 25.0
    manual = JourneyReport()
    manual.add("exit", "exit", True)
    manual.add("exit", "usage", True)
    manual.add("exit", "usage", False)
    assert (manual.accuracy, round(manual.accuracy_all, 1)) == (50.0, 33.3)
