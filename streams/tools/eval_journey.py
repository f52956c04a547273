"""``voc eval journey``: the journey stage inference scored on planted stages.

The simulator plants a stage for every event it writes (its ``truth.journey``,
see :func:`streams.tools.simulator.planted_stage`) and says which events do not
show it in their contract fields (a churner's last look at the pricing page
reads like a shopper's). Each event goes through the real enrichment
(:class:`streams.stages.enrich.Enricher`, whose last step is the journey
rules) and its stage is compared with the planted one.

Tuning and reporting stay apart: the rules in ``streams/stages/journey.toml``
were written while looking at ``TUNING_SEEDS`` only; the figures printed by
default come from ``REPORT_SEEDS``. The headline, ``journey accuracy``, is over
the events that show their stage; ``accuracy_all`` counts every event.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from schemas.models import Touchpoint
from streams.stages.enrich import Enricher
from streams.stages.journey import STAGES
from streams.tools.simulator import ScenarioConfig, simulate

#: Seeds the rules were written on, and seeds reported (never looked at while tuning).
TUNING_SEEDS = (1, 2)
REPORT_SEEDS = (61, 62)
CUSTOMERS = 400
BATCH = 256


@dataclass
class JourneyReport:
    #: planted stage -> [events with evidence, correct among them]
    per_stage: dict[str, list[int]] = field(default_factory=dict)
    all_events: int = 0
    all_correct: int = 0
    #: (planted, inferred) -> count, on the events with evidence
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add(self, planted: str, inferred: str, shown: bool) -> None:
        self.all_events += 1
        self.all_correct += planted == inferred
        if not shown:
            return
        counts = self.per_stage.setdefault(planted, [0, 0])
        counts[0] += 1
        counts[1] += planted == inferred
        if planted != inferred:
            self.confusion[(planted, inferred)] += 1

    @property
    def events(self) -> int:
        return sum(n for n, _ in self.per_stage.values())

    @property
    def accuracy(self) -> float:
        return 100.0 * sum(c for _, c in self.per_stage.values()) / max(self.events, 1)

    @property
    def accuracy_all(self) -> float:
        return 100.0 * self.all_correct / max(self.all_events, 1)


def score_events(
    events: Sequence[dict[str, Any]], truth_journey: dict[str, Any], enricher: Enricher
) -> JourneyReport:
    """Enrich the events (in batches, as the worker does) and compare their stages."""
    stages: list[str] = truth_journey["stages"]
    hidden = set(truth_journey.get("no_evidence", []))
    report = JourneyReport()
    now = datetime.now(UTC)
    for start in range(0, len(events), BATCH):
        batch = [Touchpoint.model_validate(e) for e in events[start : start + BATCH]]
        keys = [tp.customer.best_key() for tp in batch]
        for tp, item in zip(batch, enricher.enrich(batch, keys, now), strict=True):
            number = int(tp.event_id.split("-", 1)[1])
            report.add(stages[number - 1], item.journey_stage, tp.event_id not in hidden)
    return report


def run(seeds: Sequence[int], customers: int, enricher: Enricher | None = None) -> JourneyReport:
    enricher = enricher or Enricher()
    total = JourneyReport()
    for seed in seeds:
        events, truth = simulate(ScenarioConfig(customers=customers, seed=seed))
        part = score_events(events, truth.journey, enricher)
        for stage, (n, correct) in part.per_stage.items():
            counts = total.per_stage.setdefault(stage, [0, 0])
            counts[0] += n
            counts[1] += correct
        total.all_events += part.all_events
        total.all_correct += part.all_correct
        total.confusion.update(part.confusion)
    return total


def run_cli(
    split: str = "report",
    customers: int = CUSTOMERS,
    emit: Callable[[str], None] = print,
    enricher: Enricher | None = None,
) -> JourneyReport:
    seeds = TUNING_SEEDS if split == "tuning" else REPORT_SEEDS
    report = run(seeds, customers, enricher)
    emit(f"journey stages: {split} seeds {', '.join(map(str, seeds))}, {customers} customers each")
    emit(f"{'stage':<14} {'events':>7} {'correct':>8} {'accuracy':>9}")
    for stage in STAGES:
        n, correct = report.per_stage.get(stage, [0, 0])
        shown = f"{100.0 * correct / n:9.1f}" if n else f"{'-':>9}"
        emit(f"{stage:<14} {n:>7} {correct:>8} {shown}")
    if report.confusion:
        worst = ", ".join(f"{p}->{i} {n}" for (p, i), n in report.confusion.most_common(4))
        emit(f"most frequent mistakes (planted->inferred): {worst}")
    emit(
        f"journey accuracy={report.accuracy:.1f} accuracy_all={report.accuracy_all:.1f} "
        f"events={report.events} no_evidence={report.all_events - report.events}"
    )
    return report
