"""``voc eval expectations``: emerging themes, criteria shifts, new alternatives, on planted truth.

Each family is a simulated scenario replayed through the worker's own chain
(:func:`streams.tools.eval_alerts.replay`: decode, enrich, then
:class:`streams.local.LocalPipeline`, where the sequencer's expectations
detector runs as it does in the worker). Planted families carry the three
signals of :mod:`streams.tools.simulator_expectations` from one day on; calm
families carry none, at low and high volume.

For each planted signal:
- **delay**: hours from its planted start to the first true alert;
- **precision**: true alerts / alerts of that kind in the planted family.
  Kinds: ``emerging_theme`` (theme); ``expectation_shift`` on a criterion or
  competitor (shift); ``expectation_shift`` of signal ``new_alternative``
  (alternative). An alert is true when it names what was planted (the theme's
  phrase, the criterion, the name) or its evidence is planted events (the
  alternative's messages also say "switching to", a competitor cue).
False alerts per week: every ``emerging_theme`` and ``expectation_shift``
alert of a calm family, per 7 days of stream.

Tuning seeds and report seeds are apart (:data:`TUNING_SEEDS`,
:data:`REPORT_SEEDS`); the thresholds in ``streams/alerts/rules.toml`` were
chosen on the tuning seeds only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from schemas.models import Alert
from streams.tools.eval_alerts import Enriches, replay
from streams.tools.simulator import GroundTruth, ScenarioConfig, simulate_stream

THEME, SHIFT = "emerging_theme", "expectation_shift"
SIGNALS = ("theme", "shift", "alternative")
#: Seeds the thresholds were chosen on, and seeds only reported. Report seeds are
#: scored once: 31-32 were, before @handles left the key phrases (a privacy fix,
#: not a tuning), so 33-34 replace them.
TUNING_SEEDS = (1, 2)
REPORT_SEEDS = (33, 34)
TARGET_DELAY_H = 48.0
TARGET_FALSE_PER_WEEK = 1.0


@dataclass(frozen=True)
class Family:
    name: str
    split: str
    customers: int
    days: int
    accounts: int
    seed: int
    expectations_at_day: float = 99.0

    @property
    def planted(self) -> bool:
        return self.expectations_at_day < self.days

    def load(self) -> tuple[list[dict[str, object]], GroundTruth]:
        config = ScenarioConfig(
            customers=self.customers,
            days=self.days,
            accounts=self.accounts,
            seed=self.seed,
            spike_at_day=99.0,
            expectations_at_day=self.expectations_at_day,
        )
        events, truth = simulate_stream(config)
        return list(events), truth


def families(split: str, seeds: Sequence[int]) -> list[Family]:
    out: list[Family] = []
    for seed in seeds:
        out += [
            # Calm: 250 customers over four weeks; 2,000 over two weeks.
            Family(f"calm-low/s{seed}", split, 250, 28, 2, seed),
            Family(f"calm-high/s{seed}", split, 2000, 14, 12, seed),
            # Planted: 600 customers over four weeks, the signals from day 16.
            Family(f"planted/s{seed}", split, 600, 28, 6, seed, expectations_at_day=16.0),
        ]
    return out


FAMILIES = (*families("tuning", TUNING_SEEDS), *families("report", REPORT_SEEDS))


def _at(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def kind_of(alert: Alert) -> str | None:
    if alert.rule == THEME:
        return "theme"
    if alert.rule == SHIFT:
        return "alternative" if alert.details.get("signal") == "new_alternative" else "shift"
    return None


def is_true(alert: Alert, signal: str, planted: dict[str, object]) -> bool:
    """Does ``alert`` (of the signal's kind) point at what was planted?"""
    ids = set(planted.get("event_ids") or [])  # type: ignore[call-overload]
    if ids & set(alert.evidence):
        return True
    details = alert.details
    if signal == "theme":
        phrases = {p for ps in dict(planted.get("phrases") or {}).values() for p in ps}  # type: ignore[call-overload]
        return bool(phrases & {p.strip() for p in details.get("key_phrases", "").split(",")})
    if signal == "shift":
        return details.get("item") == planted.get("criterion")
    return details.get("item") == planted.get("name")


@dataclass
class FamilyReport:
    family: Family
    events: int = 0
    days: float = 0.0
    alerts: list[Alert] = field(default_factory=list)
    delay_h: dict[str, float | None] = field(default_factory=dict)
    precision: dict[str, float | None] = field(default_factory=dict)

    @property
    def false_per_week(self) -> float:
        return len(self.alerts) * 7.0 / self.days if self.days else 0.0


def score(family: Family, alerts: list[Alert], truth: GroundTruth, events: int) -> FamilyReport:
    mine = [a for a in alerts if kind_of(a) is not None]
    report = FamilyReport(family, events, alerts=mine)
    report.days = (_at(truth.end) - _at(truth.start)).total_seconds() / 86_400
    if not family.planted:
        return report
    every_planted = {e for s in truth.expectations.values() for e in s.get("event_ids", [])}
    for signal in SIGNALS:
        planted = truth.expectations.get(signal) or {}
        start = _at(str(planted["start"]))
        of_kind = [a for a in mine if kind_of(a) == signal]
        true = [a for a in of_kind if is_true(a, signal, planted)]
        # For precision, an alert made of another planted signal's events is no false lead.
        sound = [a for a in of_kind if a in true or every_planted & set(a.evidence)]
        report.precision[signal] = len(sound) / len(of_kind) if of_kind else None
        after = [a.created_at for a in true if a.created_at >= start]
        report.delay_h[signal] = (min(after) - start).total_seconds() / 3600 if after else None
    return report


def _fmt(value: float | None, digits: int = 1) -> str:
    return "miss" if value is None else f"{value:.{digits}f}"


def summary_lines(reports: Sequence[FamilyReport]) -> list[str]:
    head = (
        f"{'family':<18} {'split':<7} {'events':>6} {'theme_h':>8} {'shift_h':>8} {'alt_h':>8} "
        f"{'p_theme':>7} {'p_shift':>7} {'p_alt':>7} {'false/wk':>8}"
    )
    out = ["delay: hours from a planted start to its first true alert; p_: precision", head]
    for rep in reports:
        f = rep.family
        if f.planted:
            cells = [_fmt(rep.delay_h.get(s)) for s in SIGNALS]
            cells += [_fmt(rep.precision.get(s), 2) if rep.precision.get(s) is not None else "-"
                      for s in SIGNALS]  # fmt: skip
            false = "-"
        else:
            cells = ["-"] * 6
            false = f"{rep.false_per_week:.2f}"
        out.append(
            f"{f.name:<18} {f.split:<7} {rep.events:>6} "
            + " ".join(f"{c:>8}" for c in cells[:3])
            + " "
            + " ".join(f"{c:>7}" for c in cells[3:])
            + f" {false:>8}"
        )
    for rep in reports:
        if not rep.family.planted:
            for alert in rep.alerts:
                out.append(f"  false alert in {rep.family.name}: {alert.explanation[:160]}")
    planted = [r for r in reports if r.family.planted]
    delays = [r.delay_h.get(s) for r in planted for s in SIGNALS]
    delay_max = (
        "nan"
        if not delays or any(d is None for d in delays)
        else f"{max(d or 0.0 for d in delays):.1f}"
    )
    calm = [r.false_per_week for r in reports if not r.family.planted]
    out.append(
        f"targets: each signal within {TARGET_DELAY_H:.0f} h; <= {TARGET_FALSE_PER_WEEK:.0f} "
        "false alert per week on every calm family (low and high volume)"
    )
    out.append(
        f"expectations delay_h_max={delay_max} false_per_week={max(calm) if calm else 0.0:.2f}"
    )
    return out


def run(
    chosen: Sequence[Family],
    enricher: Enriches,
    emit: Callable[[str], None] = print,
    rules_path: Path | None = None,
) -> list[FamilyReport]:
    reports = []
    for family in chosen:
        events, truth = family.load()
        pipeline, count, _ = replay(events, enricher, rules_path)
        reports.append(score(family, pipeline.alerts, truth, count))
    for line in summary_lines(reports):
        emit(line)
    return reports


def run_cli(
    split: str = "report",
    only: str | None = None,
    emit: Callable[[str], None] = print,
    enricher: Enriches | None = None,
    rules_path: Path | None = None,
) -> list[FamilyReport]:
    """``voc eval expectations``: the report families (or ``--tuning``, ``--all``)."""
    chosen = [
        f
        for f in FAMILIES
        if (split == "all" or f.split == split) and (only is None or only in f.name)
    ]
    if not chosen:
        raise ValueError(f"no family matches {only!r} in the {split} set")
    if enricher is None:
        from streams.stages.enrich import Enricher  # loads the models

        enricher = Enricher()
    return run(chosen, enricher, emit, rules_path)
