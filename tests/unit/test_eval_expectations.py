"""voc eval expectations: how planted signals and calm streams are scored."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from schemas.models import Alert, Severity
from streams.tools.eval_expectations import (
    FAMILIES,
    REPORT_SEEDS,
    TUNING_SEEDS,
    Family,
    score,
    summary_lines,
)
from streams.tools.simulator import GroundTruth

START = datetime(2026, 11, 9, tzinfo=UTC)


def alert(rule: str, hours: float, evidence: list[str], **details: str) -> Alert:
    at = START + timedelta(hours=hours)
    return Alert(
        alert_id=f"{rule}-{hours}",
        rule=rule,
        severity=Severity.warning,
        created_at=at,
        emitted_at=at,
        explanation=f"{rule} at {hours}",
        evidence=evidence,
        dedup_key=f"{rule}:{hours}",
        details=details,
    )


def truth() -> GroundTruth:
    return GroundTruth(
        config={},
        start="2026-10-24T00:00:00Z",
        end="2026-11-21T00:00:00Z",
        expectations={
            "theme": {
                "start": "2026-11-09T00:00:00Z",
                "phrases": {"en": ["led blinks"], "fr": ["voyant clignote"]},
                "event_ids": ["e-1", "e-2"],
            },
            "shift": {
                "start": "2026-11-09T12:00:00Z",
                "criterion": "sustainability",
                "event_ids": ["e-3"],
            },
            "alternative": {
                "start": "2026-11-10T00:00:00Z",
                "name": "blinko",
                "event_ids": ["e-4"],
            },
        },
    )


def test_delay_is_to_the_first_true_alert_and_precision_counts_the_rest() -> None:
    planted = Family("planted/s1", "tuning", 600, 28, 6, 1, expectations_at_day=16.0)
    alerts = [
        alert("emerging_theme", 30.0, ["e-9"], key_phrases="led blinks, blinks night"),
        alert("emerging_theme", 40.0, ["e-8"], key_phrases="bad experience"),
        alert("expectation_shift", 20.0, ["e-7"], signal="competitor", item="kliqo"),
        alert("expectation_shift", 36.0, ["e-3"], signal="criteria", item="sustainability"),
        alert("expectation_shift", 50.0, ["e-4"], signal="new_alternative", item="blinko"),
        alert("topic_spike", 5.0, ["e-1"], topic="delivery"),  # not this eval's rule
    ]
    report = score(planted, alerts, truth(), 1_000)
    assert report.delay_h == {"theme": 30.0, "shift": 24.0, "alternative": 26.0}
    assert report.precision == {"theme": 0.5, "shift": 0.5, "alternative": 1.0}
    assert summary_lines([report])[-1] == "expectations delay_h_max=30.0 false_per_week=0.00"


def test_a_missed_signal_and_calm_false_alerts_show_in_the_last_line() -> None:
    planted = Family("planted/s1", "tuning", 600, 28, 6, 1, expectations_at_day=16.0)
    calm = Family("calm-low/s1", "tuning", 250, 28, 2, 1)
    missed = score(planted, [], truth(), 1_000)
    assert missed.delay_h["theme"] is None
    noisy = score(calm, [alert("emerging_theme", 1.0, ["e-5"], key_phrases="x y")], truth(), 10)
    assert noisy.false_per_week == 0.25  # one alert in 28 days
    assert summary_lines([missed, noisy])[-1] == "expectations delay_h_max=nan false_per_week=0.25"


def test_tuning_and_report_seeds_are_apart() -> None:
    assert not set(TUNING_SEEDS) & set(REPORT_SEEDS)
    assert {f.seed for f in FAMILIES if f.split == "report"} == set(REPORT_SEEDS)
    for split in ("tuning", "report"):
        chosen = [f for f in FAMILIES if f.split == split]
        assert any(f.planted for f in chosen)
        assert {f.customers for f in chosen if not f.planted} == {250, 2000}
