"""``voc eval alerts``: replay a scenario through the worker's own steps and score the alerts.

Decoding and enrichment are the ingest stage's (in batches, with any object
that has ``Enricher.enrich(touchpoints, keys, ingested_at)``); then the
scenario goes through :class:`streams.local.LocalPipeline`: the topology of
:mod:`streams.topology` in memory (sequencer, identity, customer and account
steps, ticks, population detector), the same steps the worker runs. The rules
only see contract fields; the ground truth (the simulator's
:class:`GroundTruth`, or a JSON file in the same format) is read only here, to
score.

Per customer rule: precision = alerted customers the truth expects or tolerates
for that rule / alerted customers; recall = expected customers alerted /
expected customers. Lead time: hours from a churner's first churn-related alert
to its planted ``churn_at``. Spike delay: minutes from the planted spike's
start to the first ``topic_spike`` alert on that topic.
"""

from __future__ import annotations

import gzip
import json
import statistics
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from schemas.codec import DecodeError
from schemas.models import Alert, CustomerRef, EnrichedTouchpoint, Touchpoint
from streams.local import LocalPipeline
from streams.stages.decode import decode_touchpoint
from streams.tools.simulator import GroundTruth

ENRICH_BATCH = 256
CUSTOMER_RULES = (
    "detractor",
    "sentiment_drop",
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)
#: Rules whose first alert counts as an early warning of churn (lead time).
CHURN_RULES = CUSTOMER_RULES


class Enriches(Protocol):
    def enrich(
        self, touchpoints: list[Touchpoint], customer_keys: list[str], ingested_at: datetime
    ) -> Sequence[EnrichedTouchpoint]: ...


@dataclass
class RuleScore:
    rule: str
    alerted: set[str] = field(default_factory=set)
    expected: set[str] = field(default_factory=set)
    tolerated: set[str] = field(default_factory=set)

    @property
    def precision(self) -> float | None:
        if not self.alerted:
            return None
        return len(self.alerted & (self.expected | self.tolerated)) / len(self.alerted)

    @property
    def recall(self) -> float | None:
        if not self.expected:
            return None
        return len(self.alerted & self.expected) / len(self.expected)


@dataclass
class AlertReport:
    events: int = 0
    dead_letters: int = 0
    merges: int = 0
    alerts: list[Alert] = field(default_factory=list)
    rules: dict[str, RuleScore] = field(default_factory=dict)
    accounts: RuleScore = field(default_factory=lambda: RuleScore("account_risk"))
    lead_times_h: list[float] = field(default_factory=list)
    churners: int = 0
    spike_topic: str | None = None
    spike_delay_min: float | None = None
    spike_alerts: int = 0
    false_spikes: int = 0
    bad_day_customers: int = 0
    bad_day_sentiment_drops: int = 0

    def alert_counts(self) -> dict[str, int]:
        counts: dict[str, int] = defaultdict(int)
        for alert in self.alerts:
            counts[alert.rule] += 1
        return dict(sorted(counts.items()))

    @property
    def precision_min(self) -> float:
        values = [s.precision for s in self.rules.values() if s.precision is not None]
        return min(values) if values else 0.0

    @property
    def recall_min(self) -> float:
        values = [s.recall for s in self.rules.values() if s.recall is not None]
        return min(values) if values else 0.0

    def lines(self) -> list[str]:
        def fmt(value: float | None) -> str:
            return "   -" if value is None else f"{value:.2f}"

        out = [
            f"replayed {self.events} touchpoints ({self.dead_letters} dead letters, "
            f"{self.merges} identity merges), {len(self.alerts)} alerts",
            f"{'rule':<20} {'alerted':>7} {'expected':>8} {'hits':>5} "
            f"{'precision':>9} {'recall':>6}",
        ]
        for score in [*self.rules.values(), self.accounts]:
            hits = len(score.alerted & score.expected)
            out.append(
                f"{score.rule:<20} {len(score.alerted):>7} {len(score.expected):>8} {hits:>5} "
                f"{fmt(score.precision):>9} {fmt(score.recall):>6}"
            )
        if self.lead_times_h:
            out.append(
                f"churn lead time: mean {statistics.fmean(self.lead_times_h):.1f} h, median "
                f"{statistics.median(self.lead_times_h):.1f} h "
                f"({len(self.lead_times_h)}/{self.churners} churners warned)"
            )
        else:
            out.append(f"churn lead time: no churner warned (0/{self.churners})")
        spike = "none" if self.spike_delay_min is None else f"{self.spike_delay_min:.1f} min"
        out.append(
            f"topic_spike ({self.spike_topic}): first alert after {spike}; "
            f"{self.spike_alerts} spike alerts, {self.false_spikes} outside the planted spike"
        )
        out.append(
            f"happy_one_bad_day: {self.bad_day_sentiment_drops} of {self.bad_day_customers} "
            "raised sentiment_drop (target 0)"
        )
        delay = "nan" if self.spike_delay_min is None else f"{self.spike_delay_min:.1f}"
        out.append(
            f"alerts precision_min={self.precision_min:.2f} recall_min={self.recall_min:.2f} "
            f"spike_delay_min={delay}"
        )
        return out


def _occurred(raw: dict[str, Any]) -> str:
    value = raw.get("occurred_at")
    return value if isinstance(value, str) else ""


def replay(
    events: Iterable[dict[str, Any]], enricher: Enriches, rules_path: Path | None = None
) -> tuple[LocalPipeline, int, int]:
    """Every event through the worker's steps (:class:`LocalPipeline`): (run, events, dead).

    Decoding and enrichment are the ingest stage's; the rest is the topology
    itself, in memory, in the sequencer's event-time order.
    """
    raw_events = list(events)
    latest = datetime(2000, 1, 1, tzinfo=UTC)
    for raw in raw_events:
        try:
            moment = datetime.fromisoformat(_occurred(raw).replace("Z", "+00:00"))
            if moment.tzinfo is not None:
                latest = max(latest, moment)
        except ValueError:
            continue
    now = latest + timedelta(days=1)
    decoded: list[Touchpoint] = []
    dead = 0
    for raw in raw_events:
        try:
            decoded.append(decode_touchpoint(json.dumps(raw, ensure_ascii=False).encode(), now))
        except DecodeError:
            dead += 1
    run = LocalPipeline(rules_path=rules_path)
    for start in range(0, len(decoded), ENRICH_BATCH):
        batch = decoded[start : start + ENRICH_BATCH]
        keys = [tp.customer.best_key() for tp in batch]
        run.run(enricher.enrich(batch, keys, now), now)
    return run, len(raw_events), dead


def _truth_ids(truth: GroundTruth) -> dict[str, str]:
    """Every identifier of every planted customer -> its customer id (scoring only)."""
    owner: dict[str, str] = {}
    for cid, entry in truth.customers.items():
        owner[cid] = cid
        ids = {k: v for k, v in (entry.get("identifiers") or {}).items() if v}
        ids.setdefault("customer_id", cid)
        try:
            ref = CustomerRef(**ids)
        except ValueError:
            continue
        for identifier in ref.identifiers():
            owner.setdefault(identifier, cid)
    return owner


def _at(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def score_alerts(alerts: list[Alert], truth: GroundTruth) -> AlertReport:
    """Compare alerts with what was planted."""
    owner = _truth_ids(truth)
    report = AlertReport(alerts=alerts)
    rules: dict[str, RuleScore] = {}
    for rule in CUSTOMER_RULES:
        score = RuleScore(rule)
        for cid, entry in truth.customers.items():
            if rule in entry.get("expected_rules", []):
                score.expected.add(cid)
            if rule in entry.get("tolerated_rules", []):
                score.tolerated.add(cid)
        rules[rule] = score
    first_churn_alert: dict[str, datetime] = {}
    for alert in alerts:
        if alert.rule in rules and alert.customer_id:
            cid = owner.get(alert.customer_id, alert.customer_id)
            rules[alert.rule].alerted.add(cid)
            if alert.rule in CHURN_RULES:
                seen = first_churn_alert.get(cid)
                if seen is None or alert.created_at < seen:
                    first_churn_alert[cid] = alert.created_at
        elif alert.rule == "account_risk" and alert.account_id:
            report.accounts.alerted.add(alert.account_id)
    report.rules = {r: s for r, s in rules.items() if s.alerted or s.expected}
    for account_id, entry in truth.accounts.items():
        if "account_risk" in entry.get("expected_rules", []):
            report.accounts.expected.add(account_id)
    for cid, entry in truth.customers.items():
        if entry.get("persona") == "churner" and entry.get("churn_at"):
            report.churners += 1
            if cid in first_churn_alert:
                lead = _at(entry["churn_at"]) - first_churn_alert[cid]
                report.lead_times_h.append(lead.total_seconds() / 3600.0)
        if entry.get("persona") == "happy_one_bad_day":
            report.bad_day_customers += 1
            if cid in rules["sentiment_drop"].alerted:
                report.bad_day_sentiment_drops += 1
    spike = truth.spike or {}
    report.spike_topic = spike.get("topic")
    spikes = [a for a in alerts if a.rule == "topic_spike"]
    report.spike_alerts = len(spikes)
    if spike.get("start"):
        start, end = _at(spike["start"]), _at(spike.get("end") or spike["start"])
        planted_ids = set(spike.get("event_ids") or [])
        during = [a for a in spikes if start <= a.created_at <= end]
        # A spike alert is true when it is about the planted topic, or when its
        # evidence is made of planted events (the spike's texts name other topics too).
        true = [
            a
            for a in during
            if a.details.get("topic") == spike.get("topic") or planted_ids & set(a.evidence)
        ]
        report.false_spikes = len(spikes) - len(true)
        on_topic = [a for a in true if a.details.get("topic") == spike.get("topic")]
        if on_topic:
            first = min(a.created_at for a in on_topic)
            report.spike_delay_min = (first - start).total_seconds() / 60.0
    return report


def score_scenario(
    events: Iterable[dict[str, Any]],
    truth: GroundTruth,
    enricher: Enriches,
    rules_path: Path | None = None,
) -> AlertReport:
    """Replay touchpoint dicts (contract JSON) as the worker would, and score the alerts."""
    run, count, dead = replay(events, enricher, rules_path)
    report = score_alerts(run.alerts, truth)
    report.events, report.dead_letters, report.merges = count, dead, run.merges
    return report


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """Touchpoint dicts from a JSON Lines file (gzip when it ends in .gz); bad lines skipped."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(value, dict):
                yield value


def run_cli(
    customers: int,
    seed: int,
    input_path: Path | None,
    truth_path: Path | None,
    emit: Callable[[str], None] = print,
    enricher: Enriches | None = None,
) -> AlertReport:
    """``voc eval alerts``: simulate (or read FILE.jsonl + truth JSON), replay, print the table."""
    if enricher is None:
        from streams.stages.enrich import Enricher  # loads the models

        enricher = Enricher()
    if input_path is not None:
        if truth_path is None:
            raise ValueError("an input file needs its ground truth (--truth FILE.json)")
        truth = GroundTruth.from_json(truth_path.read_text(encoding="utf-8"))
        events: Iterable[dict[str, Any]] = read_jsonl(input_path)
    else:
        from streams.tools.simulator import ScenarioConfig, simulate_stream

        events, truth = simulate_stream(ScenarioConfig(customers=customers, seed=seed))
    report = score_scenario(events, truth, enricher)
    for line in report.lines():
        emit(line)
    return report
