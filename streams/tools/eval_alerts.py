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
start to the first true ``topic_spike`` alert: raised during the planted window,
on the planted topic or with planted touchpoints in its evidence (a hand-written
truth names its topic in its author's words, "payment", not by our topic ids).
False spikes per week: ``topic_spike`` alerts that are not the planted spike,
per 7 days of stream.
Happy alerted: happy customers (happy, one bad day, B2B happy) with any
customer alert.

With no input, :func:`run_families` scores every family of :func:`families`
apart: the simulator at several volumes and seeds (the tuning seeds and the
reported seeds are different, see ``streams/alerts/rules.toml``) and the
hand-written sets. ``tests/scenarios/*.jsonl`` (``hand-tuning``),
``tests/scenarios/heldout/*.jsonl`` (``hand-tuning2``),
``tests/scenarios/heldout2/*.jsonl`` (``hand-tuning3``),
``tests/scenarios/heldout3/*.jsonl`` (``hand-tuning4``),
``tests/scenarios/heldout4/*.jsonl`` (``hand-tuning5``),
``tests/scenarios/heldout5/*.jsonl`` (``hand-tuning6``) to
``tests/scenarios/heldout244/*.jsonl`` (``hand-tuning245``), each held out until
its one report run and seen since, are *tuning* families; the report's
hand-written sets are :data:`REPORT_SETS` (written blind, opened only by the
report run).

Precision needs a sample: a rule's precision in one family is reported only
when that family expects, or the rule raised, at least :data:`MIN_PRECISION_SAMPLE`
customers. Below that the cell says ``n/a`` and how many of the alerts were
false (``n/a+1``); those false alerts are not dropped: every alert on a happy
customer counts in "happy customers alerted" (target at most 1 in 20), and
every false alert in the per-family false-alert count. ``precision_min`` is
the minimum over the cells that have a precision.
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
from streams.errors import UserError
from streams.local import LocalPipeline
from streams.stages.decode import MAX_FUTURE_SKEW, decode_touchpoint
from streams.stages.identity import IdentityGraph
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
#: Personas of customers with nothing to warn about (at most 1 in 20 alerted).
HAPPY_PERSONAS = frozenset({"happy", "happy_one_bad_day", "b2b_happy"})


class Enriches(Protocol):
    def enrich(
        self, touchpoints: list[Touchpoint], customer_keys: list[str], ingested_at: datetime
    ) -> Sequence[EnrichedTouchpoint]: ...


#: Fewest customers a rule must be expected for, or have alerted, in one family
#: for its precision there to be a figure (a single alert is 0 % or 100 %).
MIN_PRECISION_SAMPLE = 5


@dataclass
class RuleScore:
    rule: str
    alerted: set[str] = field(default_factory=set)
    expected: set[str] = field(default_factory=set)
    tolerated: set[str] = field(default_factory=set)

    @property
    def false_alerts(self) -> int:
        """Alerted customers the truth neither expects nor tolerates for this rule."""
        return len(self.alerted - self.expected - self.tolerated)

    @property
    def precision(self) -> float | None:
        """Share of alerted customers that are expected or tolerated; None without alerts."""
        if not self.alerted:
            return None
        return len(self.alerted & (self.expected | self.tolerated)) / len(self.alerted)

    @property
    def reported_precision(self) -> float | None:
        """:attr:`precision` when the sample is large enough to be a figure, else None."""
        if max(len(self.alerted), len(self.expected)) < MIN_PRECISION_SAMPLE:
            return None
        return self.precision

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
    #: Days of stream the scenario covers (truth start to end).
    days: float = 0.0
    spike_planted: bool = False
    happy_customers: int = 0
    happy_alerted: int = 0
    #: Planted customers expecting an alert whose touchpoints fall under identifiers no
    #: touchpoint joins (:func:`unlinked_customers`), and all planted customers so.
    unlinked_expecting: int = 0
    unlinked: int = 0

    @property
    def false_alerts(self) -> int:
        """Customer and account alerts on customers (accounts) the truth did not plant them on."""
        return sum(s.false_alerts for s in self.rules.values()) + self.accounts.false_alerts

    @property
    def false_spikes_per_week(self) -> float:
        return self.false_spikes * 7.0 / self.days if self.days > 0 else float(self.false_spikes)

    @property
    def happy_alerted_share(self) -> float | None:
        return self.happy_alerted / self.happy_customers if self.happy_customers else None

    def alert_counts(self) -> dict[str, int]:
        counts: dict[str, int] = defaultdict(int)
        for alert in self.alerts:
            counts[alert.rule] += 1
        return dict(sorted(counts.items()))

    @property
    def precision_min(self) -> float | None:
        """Over the rules whose precision is a figure (:attr:`RuleScore.reported_precision`)."""
        values = [p for s in self.rules.values() if (p := s.reported_precision) is not None]
        return min(values) if values else None

    @property
    def recall_min(self) -> float:
        values = [s.recall for s in self.rules.values() if s.recall is not None]
        return min(values) if values else 0.0

    def lines(self) -> list[str]:
        def fmt(value: float | None) -> str:
            return "   -" if value is None else f"{value:.2f}"

        scored = {*self.rules, "account_risk", "topic_spike"}
        apart = {r: n for r, n in self.alert_counts().items() if r not in scored}
        out = [
            f"replayed {self.events} touchpoints ({self.dead_letters} dead letters, "
            f"{self.merges} identity merges), {len(self.alerts)} alerts"
            + (
                " (not scored, no truth for them here: "
                + ", ".join(f"{r} {n}" for r, n in apart.items())
                + ")"
                if apart
                else ""
            ),
            f"{'rule':<20} {'alerted':>7} {'expected':>8} {'hits':>5} "
            f"{'precision':>9} {'recall':>6}",
        ]
        if self.unlinked_expecting:
            # Links the truth counts on and no touchpoint gives: said before the scores.
            out.insert(
                1,
                "customers split between identifiers no touchpoint joins: "
                f"{self.unlinked_expecting} expecting an alert, {self.unlinked} in all; no "
                "pipeline can tell each is one person",
            )
        for score in [*self.rules.values(), self.accounts]:
            hits = len(score.alerted & score.expected)
            out.append(
                f"{score.rule:<20} {len(score.alerted):>7} {len(score.expected):>8} {hits:>5} "
                f"{_precision_cell(score):>9} {fmt(score.recall):>6}"
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
        out.append(
            f"happy customers alerted: {self.happy_alerted} of {self.happy_customers} "
            f"(target at most 1 in 20); false customer/account alerts: {self.false_alerts}"
        )
        delay = "nan" if self.spike_delay_min is None else f"{self.spike_delay_min:.1f}"
        precision = "nan" if self.precision_min is None else f"{self.precision_min:.2f}"
        out.append(
            f"alerts precision_min={precision} recall_min={self.recall_min:.2f} "
            f"spike_delay_min={delay} false_spikes_per_week={self.false_spikes_per_week:.1f}"
        )
        return out


def _precision_cell(score: RuleScore) -> str:
    """The precision, ``-`` without alerts, or ``n/a+F`` (F false alerts) below the sample."""
    if score.reported_precision is not None:
        return f"{score.reported_precision:.2f}"
    return "-" if not score.alerted else f"n/a+{score.false_alerts}"


def _occurred(raw: dict[str, Any]) -> str:
    value = raw.get("occurred_at")
    return value if isinstance(value, str) else ""


def replay(
    events: Iterable[dict[str, Any]],
    enricher: Enriches,
    rules_path: Path | None = None,
    wall_clock: datetime | None = None,
) -> tuple[LocalPipeline, int, int]:
    """Every event through the worker's steps (:class:`LocalPipeline`): (run, events, dead).

    Decoding and enrichment are the ingest stage's; the rest is the topology
    itself, in memory, in the sequencer's event-time order. The replay's "now"
    is a day after the last touchpoint, so old scenarios replay as if live; a
    scenario dated after today (``wall_clock``, the real time by default) is
    refused, because the live worker would reject those touchpoints as from
    the future and the eval would score alerts the worker never raises.
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
    today = wall_clock or datetime.now(UTC)
    if latest > today + MAX_FUTURE_SKEW:
        raise UserError(
            f"the scenario runs to {latest:%Y-%m-%d %H:%M} UTC, more than "
            f"{MAX_FUTURE_SKEW.days} day after now ({today:%Y-%m-%d %H:%M} UTC): the worker "
            "rejects touchpoints from the future, so the eval would score what it never "
            "sees; date the scenario in the past"
        )
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
        # As for customers: an account the truth tolerates is no false alert.
        if "account_risk" in entry.get("tolerated_rules", []):
            report.accounts.tolerated.add(account_id)
    alerted_any = {cid for score in rules.values() for cid in score.alerted}
    for cid, entry in truth.customers.items():
        if entry.get("persona") in HAPPY_PERSONAS:
            report.happy_customers += 1
            report.happy_alerted += cid in alerted_any
        if entry.get("persona") == "churner" and entry.get("churn_at"):
            report.churners += 1
            if cid in first_churn_alert:
                lead = _at(entry["churn_at"]) - first_churn_alert[cid]
                report.lead_times_h.append(lead.total_seconds() / 3600.0)
        if entry.get("persona") == "happy_one_bad_day":
            report.bad_day_customers += 1
            if cid in rules["sentiment_drop"].alerted:
                report.bad_day_sentiment_drops += 1
    report.days = max((_at(truth.end) - _at(truth.start)).total_seconds() / 86_400.0, 0.0)
    spike = truth.spike or {}
    report.spike_topic = spike.get("topic")
    spikes = [a for a in alerts if a.rule == "topic_spike"]
    report.spike_alerts = len(spikes)
    report.false_spikes = len(spikes)
    # A simulated spike set after the scenario's end plants nobody: a calm stream.
    report.spike_planted = bool(spike.get("start")) and bool(
        spike.get("event_ids") or spike.get("customers") or "customers" not in spike
    )
    if spike.get("start") and report.spike_planted:
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
        # Detected: the first true alert. A hand-written truth names the topic in its
        # author's words ("payment"), not by our topic ids, so its event ids decide.
        if true:
            first = min(a.created_at for a in true)
            report.spike_delay_min = (first - start).total_seconds() / 60.0
    return report


def score_scenario(
    events: Iterable[dict[str, Any]],
    truth: GroundTruth,
    enricher: Enriches,
    rules_path: Path | None = None,
) -> AlertReport:
    """Replay touchpoint dicts (contract JSON) as the worker would, and score the alerts."""
    events = list(events)
    run, count, dead = replay(events, enricher, rules_path)
    report = score_alerts(run.alerts, truth)
    report.events, report.dead_letters, report.merges = count, dead, run.merges
    report.unlinked_expecting, report.unlinked = unlinked_customers(events, truth)
    return report


#: The time :func:`unlinked_customers` links identifiers at (the graph only records it).
_LINKED_AT = datetime(2026, 1, 1, tzinfo=UTC)


def unlinked_customers(events: Iterable[dict[str, Any]], truth: GroundTruth) -> tuple[int, int]:
    """Planted customers whose touchpoints fall under identifiers that no touchpoint
    carries together (a handle on social, then an e-mail, and nothing with both): the
    pipeline learns who is who only from touchpoints carrying several identifiers, so
    for it they are strangers. (Those expecting an alert, all of them.)"""
    owner = _truth_ids(truth)
    # The pipeline's own identity graph links the identifiers each touchpoint carries
    # together (case references left out: those are the pipeline's guess, not a link).
    graph = IdentityGraph(track_changes=False)
    seen: dict[str, set[str]] = defaultdict(set)
    for raw in events:
        try:
            ref = CustomerRef(**raw.get("customer") or {})
        except (TypeError, ValueError):
            continue  # a dead letter: the scores count it apart
        graph.resolve(ref, str(raw.get("event_id")), _LINKED_AT)
        for identifier in ref.identifiers():
            if identifier in owner:
                seen[owner[identifier]].add(identifier)
    split = {
        cid
        for cid, identifiers in seen.items()
        if len({graph.survivor(str(graph.key_of(i))) for i in identifiers}) > 1
    }
    expecting = {cid for cid in split if truth.customers[cid].get("expected_rules")}
    return len(expecting), len(split)


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


SCENARIO_DIR = Path(__file__).resolve().parents[2] / "tests" / "scenarios"


@dataclass(frozen=True)
class Family:
    """One scenario family: a simulator volume at one seed, or a hand-written scenario."""

    name: str
    #: "tuning": looked at while choosing thresholds; "report": never looked at.
    split: str
    customers: int = 0
    days: int = 0
    accounts: int = 0
    seed: int = 0
    spike_at_day: float = 0.0
    #: A hand-written scenario: tests/scenarios/<scenario>.jsonl and .truth.json
    #: (``<directory>/<name>`` for the later sets).
    scenario: str | None = None

    def load(self) -> tuple[Iterable[dict[str, Any]], GroundTruth]:
        if self.scenario is not None:
            base = SCENARIO_DIR / self.scenario
            truth_file = base.with_name(base.name + ".truth.json")
            truth = GroundTruth.from_json(truth_file.read_text("utf-8"))
            return read_jsonl(base.with_name(base.name + ".jsonl")), truth
        from streams.tools.simulator import ScenarioConfig, simulate_stream

        config = ScenarioConfig(
            customers=self.customers,
            days=self.days,
            accounts=self.accounts,
            seed=self.seed,
            spike_at_day=self.spike_at_day,
        )
        return simulate_stream(config)


def _simulated(split: str, seeds: Sequence[int]) -> list[Family]:
    """The simulator's volumes: calm low and high volume (no spike), a month with a spike."""
    out: list[Family] = []
    for seed in seeds:
        out += [
            # About 250 customers over three days, no spike planted: a calm stream.
            Family(f"sim-low-calm/s{seed}", split, 250, 3, 2, seed, spike_at_day=99.0),
            # 400 customers over a month, a delivery spike at midnight on day 20.
            Family(f"sim-mid/s{seed}", split, 400, 30, 6, seed, spike_at_day=20.0),
            # 2,000 customers over a week, no spike: the calm stream at high volume.
            Family(f"sim-high-calm/s{seed}", split, 2000, 7, 12, seed, spike_at_day=99.0),
            # 2,000 customers over 10 days, a spike at 09:30 on day 8 (a busy hour).
            Family(f"sim-high/s{seed}", split, 2000, 10, 12, seed, spike_at_day=8.4),
        ]
    return out


#: Seeds the thresholds were chosen on, and seeds reported (never looked at while tuning).
#: Report seeds are used once: 41-42, 43-44, 45-46 and 47-48 were each scored once before
#: a rule change, 49-50 in the report run of 2026-11-30 01:10 UTC and 51-52 in that of
#: 04:00 UTC, 53-54 in that of 06:26 UTC, 55-56 in that of 09:37 UTC, 57-58 in that of
#: 10:07 UTC, 59-60 in that of 10:26 UTC, 63-64 in that of 11:33 UTC, 65-66 in that
#: of 12:36 UTC, 67-68 in that of 13:23 UTC, 69-70 in that of 15:25 UTC, 71-72 in
#: that of 15:53 UTC, 73-74 in that of 17:36 UTC, 75-76 in that of 18:41 UTC, 77-78
#: in that of 19:04 UTC, 79-80 in that of 23:24 UTC, 81-82 in that of 23:56 UTC, 83-84
#: in that of 2026-12-01 00:04 UTC, 85-86 in that of 03:31 UTC, 87-88 in that of 04:16
#: UTC, 89-90 in that of 06:16 UTC, 91-92 in that of 10:08 UTC, 93-94 in that of 11:08
#: UTC, 95-96 in that of 13:16 UTC, 97-98 in that of 14:39 UTC, 99-100 in that of
#: 16:19 UTC, 101-102 in that of 17:12 UTC, 103-104 in that of 19:17 UTC, 105-106 in
#: that of 19:53 UTC, 107-108 in that of 20:24 UTC, 109-110 in that of 22:18 UTC,
#: 111-112 in that of 22:53 UTC, 113-114 in that of 23:34 UTC, 115-116 in that of
#: 2026-12-02 01:14 UTC, 117-118 in that of 2026-12-02 01:53 UTC, 119-120 in that of
#: 2026-12-02 02:48 UTC, 121-122 in that of 2026-12-02 04:09 UTC, 123-124 in that of
#: 2026-12-02 05:15 UTC, 125-126 in that of 2026-12-02 05:48 UTC, 127-128 in that of
#: 2026-12-02 06:42 UTC, 129-130 in that of 2026-12-02 07:35 UTC, 131-132 in that of
#: 2026-12-02 08:11 UTC, 133-134 in that of 2026-12-02 10:28 UTC, 135-136 in that of
#: 2026-12-02 11:14 UTC, 137-138 in that of 2026-12-02 11:43 UTC, 139-140 in that of
#: 2026-12-02 12:03 UTC, 141-142 in that of 2026-12-02 13:18 UTC, 143-144 in that of
#: 2026-12-02 14:11 UTC, 145-146 in that of 2026-12-02 14:44 UTC, 147-148 in that of
#: 2026-12-02 16:18 UTC, 149-150 in that of 2026-12-02 17:00 UTC, 151-152 in that of
#: 2026-12-02 17:48 UTC, 153-154 in that of 2026-12-03 03:28 UTC, 155-156 in that of
#: 2026-12-03 03:49 UTC, 157-158 in that of 2026-12-03 04:10 UTC, 159-160 in that of
#: 2026-12-03 06:51 UTC, 161-162 in that of 2026-12-03 07:48 UTC, 163-164 in that of
#: 2026-12-03 08:24 UTC, 165-166 in that of 2026-12-03 09:54 UTC, 167-168 in that of
#: 2026-12-03 12:24 UTC, 169-170 in that of 2026-12-03 13:12 UTC, 171-172 in that of
#: 2026-12-03 13:41 UTC, 173-174 in that of 2026-12-03 14:01 UTC, 175-176 in that of
#: 2026-12-03 15:36 UTC, 177-178 in that of 2026-12-03 16:07 UTC, 179-180 in that of
#: 2026-12-03 16:31 UTC, 181-182 in that of 2026-12-03 16:54 UTC, 183-184 in that of
#: 2026-12-03 17:11 UTC, 185-186 in that of 2026-12-03 18:04 UTC, 187-188 in that of
#: 2026-12-03 18:26 UTC, 189-190 in that of 2026-12-03 18:41 UTC, 191-192 in that of
#: 2026-12-03 19:04 UTC, 193-194 in that of 2026-12-03 19:22 UTC, 195-196 in that of
#: 2026-12-03 19:43 UTC, 197-198 in that of 2026-12-03 20:00 UTC, 199-200 in that of
#: 2026-12-03 21:10 UTC, 201-202 in that of 2026-12-03 21:43 UTC, 203-204 in that of
#: 2026-12-03 22:18 UTC, 205-206 in that of 2026-12-03 22:35 UTC, 207-208 in that of
#: 2026-12-04 02:38 UTC, 209-210 in that of 2026-12-04 03:06 UTC, 211-212 in that of
#: 2026-12-04 04:06 UTC, 213-214 in that of 2026-12-04 12:57 UTC, 215-216 in that of
#: 2026-12-04 13:29 UTC, 217-218 in that of 2026-12-04 13:46 UTC, 219-220 in that of
#: 2026-12-04 14:03 UTC, 221-222 in that of 2026-12-04 15:12 UTC, 223-224 in that of
#: 2026-12-04 15:45 UTC, 225-226 in that of 2026-12-04 16:11 UTC, 227-228 in that of
#: 2026-12-04 16:32 UTC, 229-230 in that of 2026-12-04 17:02 UTC, 231-232 in that of
#: 2026-12-04 17:54 UTC, 233-234 in that of 2026-12-04 18:08 UTC, 235-236 in that of
#: 2026-12-04 18:25 UTC, 237-238 in that of 2026-12-04 18:42 UTC, 239-240 in that of
#: 2026-12-04 19:05 UTC, 241-242 in that of 2026-12-04 19:27 UTC, 243-244 in that of
#: 2026-12-04 20:53 UTC, 245-246 in that of 2026-12-04 21:25 UTC, 247-248 in that of
#: 2026-12-04 21:49 UTC, 249-250 in that of 2026-12-04 22:08 UTC, 251-252 in that of
#: 2026-12-04 22:24 UTC, 253-254 in that of 2026-12-04 23:12 UTC, 255-256 in that of
#: 2026-12-04 23:33 UTC, 257-258 in that of 2026-12-04 23:49 UTC, 259-260 in that of
#: 2026-12-05 00:09 UTC, 261-262 in that of 2026-12-05 00:30 UTC, 263-264 in that of
#: 2026-12-05 00:48 UTC, 265-266 in that of 2026-12-05 01:06 UTC and 267-268 in that of
#: 2026-12-05 01:55 UTC, 271-272 in that of 2026-12-05 02:33 UTC, 273-274 in that of
#: 2026-12-05 03:00 UTC, 275-276 in that of 2026-12-05 03:14 UTC, 277-278 in that of
#: 2026-12-05 03:25 UTC, 279-280 in that of 2026-12-05 04:27 UTC, 281-282 in that of
#: 2026-12-05 04:52 UTC, 283-284 in that of 2026-12-05 05:14 UTC, 285-286 in that of
#: 2026-12-05 05:35 UTC, 287-288 in that of 2026-12-05 05:47 UTC, 289-290 in that of
#: 2026-12-05 06:43 UTC, 291-292 in that of 2026-12-05 07:14 UTC, 293-294 in that of
#: 2026-12-05 07:24 UTC, 295-296 in that of 2026-12-05 07:54 UTC, 297-298 in that of
#: 2026-12-05 08:05 UTC, 299-300 in that of 2026-12-05 08:08 UTC, 301-302 in that of
#: 2026-12-05 08:17 UTC, 303-304 in that of 2026-12-05 08:27 UTC, 305-306 in that of
#: 2026-12-05 08:35 UTC, 307-308 in that of 2026-12-05 09:24 UTC, 309-310 in that of
#: 2026-12-05 10:27 UTC, 311-312 in that of 2026-12-05 10:59 UTC, 313-314 in that of
#: 2026-12-05 11:31 UTC, 315-316 in that of 2026-12-05 12:47 UTC, 317-318 in that of
#: 2026-12-05 13:33 UTC, 319-320 in that of 2026-12-05 14:04 UTC, 321-322 in that of
#: 2026-12-05 14:40 UTC, 323-324 in that of 2026-12-05 15:39 UTC, 325-326 in that of
#: 2026-12-05 16:10 UTC, 327-328 in that of 2026-12-05 16:45 UTC, 329-330 in that of
#: 2026-12-05 17:16 UTC, 331-332 in that of 2026-12-05 18:39 UTC, 333-334 in that of
#: 2026-12-05 19:24 UTC, 335-336 in that of 2026-12-05 19:43 UTC, 337-338 in that of
#: 2026-12-05 19:54 UTC, 339-340 in that of 2026-12-05 20:24 UTC, 341-342 in that of
#: 2026-12-05 21:34 UTC, 343-344 in that of 2026-12-05 22:54 UTC, 345-346 in that of
#: 2026-12-05 23:35 UTC, 347-348 in that of 2026-12-06 00:31 UTC, 349-350 in that of
#: 2026-12-06 01:19 UTC, 351-352 in that of 2026-12-06 01:37 UTC, 353-354 in that of
#: 2026-12-06 01:58 UTC, 355-356 in that of 2026-12-06 03:26 UTC, 357-358 in that of
#: 2026-12-06 03:51 UTC, 359-360 in that of 2026-12-06 04:01 UTC, 361-362 in that of
#: 2026-12-06 04:38 UTC, 363-364 in that of 2026-12-06 04:54 UTC, 365-366 in that of
#: 2026-12-06 05:04 UTC, 367-368 in that of 2026-12-06 06:36 UTC, 369-370 in that of
#: 2026-12-06 06:55 UTC, 371-372 in that of 2026-12-06 07:08 UTC, 373-374 in that of
#: 2026-12-06 07:29 UTC, 375-376 in that of 2026-12-06 07:38 UTC, 377-378 in that of
#: 2026-12-06 07:47 UTC, 379-380 in that of 2026-12-06 08:00 UTC, 381-382 in that of
#: 2026-12-06 08:12 UTC, 383-384 in that of 2026-12-06 08:30 UTC, 385-386 in that of
#: 2026-12-06 08:52 UTC, 387-388 in that of 2026-12-06 09:32 UTC, 389-390 in that of
#: 2026-12-06 09:43 UTC, 391-392 in that of 2026-12-06 10:12 UTC, 393-394 in that of
#: 2026-12-06 10:21 UTC, 395-396 in that of 2026-12-06 10:40 UTC, 397-398 in that of
#: 2026-12-06 10:48 UTC, 399-400 in that of 2026-12-06 10:58 UTC, 401-402 in that of
#: 2026-12-06 11:09 UTC, 403-404 in that of 2026-12-06 11:55 UTC, 405-406 in that of
#: 2026-12-06 12:05 UTC, 407-408 in that of 2026-12-06 12:15 UTC, 409-410 in that of
#: 2026-12-06 12:27 UTC, 411-412 in that of 2026-12-06 12:32 UTC, 413-414 in that of
#: 2026-12-06 12:37 UTC, 415-416 in that of 2026-12-06 13:02 UTC, 417-418 in that of
#: 2026-12-06 13:10 UTC, 419-420 in that of 2026-12-06 13:17 UTC, 421-422 in that of
#: 2026-12-06 14:42 UTC, 423-424 in that of 2026-12-06 14:52 UTC, 425-426 in that of
#: 2026-12-06 15:02 UTC, 427-428 in that of 2026-12-06 15:12 UTC, 429-430 in that of
#: 2026-12-06 15:25 UTC, 431-432 in that of 2026-12-06 16:12 UTC, 433-434 in that of
#: 2026-12-06 16:19 UTC, 435-436 in that of 2026-12-06 16:26 UTC, 437-438 in that of
#: 2026-12-06 16:32 UTC, 439-440 in that of 2026-12-06 16:47 UTC, 441-442 in that of
#: 2026-12-06 17:01 UTC, 443-444 in that of 2026-12-06 17:08 UTC, 445-446 in that of
#: 2026-12-06 17:13 UTC, 447-448 in that of 2026-12-06 17:19 UTC, 449-450 in that of
#: 2026-12-06 17:25 UTC, 451-452 in that of 2026-12-06 17:38 UTC, 453-454 in that of
#: 2026-12-06 17:56 UTC, 455-456 in that of 2026-12-06 18:05 UTC, 457-458 in that of
#: 2026-12-06 18:50 UTC, 459-460 in that of 2026-12-06 19:04 UTC, 461-462 in that of
#: 2026-12-06 19:26 UTC, 463-464 in that of 2026-12-06 19:32 UTC, 465-466 in that of
#: 2026-12-06 19:40 UTC, 467-468 in that of 2026-12-06 19:53 UTC, 469-470 in that of
#: 2026-12-06 19:57 UTC, 471-472 in that of 2026-12-06 20:05 UTC, 473-474 in that of
#: 2026-12-06 20:15 UTC, 475-476 in that of 2026-12-06 20:32 UTC, 477-478 in that of
#: 2026-12-06 21:24 UTC, 479-480 in that of 2026-12-06 21:37 UTC, 481-482 in that of
#: 2026-12-06 21:41 UTC, 483-484 in that of 2026-12-06 22:03 UTC, 485-486 in that of
#: 2026-12-06 22:30 UTC, 487-488 in that of 2026-12-06 22:33 UTC, 489-490 in that of
#: 2026-12-06 22:46 UTC, 491-492 in that of 2026-12-06 23:21 UTC, 493-494 in that of
#: 2026-12-06 23:43 UTC, 495-496 in that of 2026-12-07 00:16 UTC, 497-498 in that of
#: 2026-12-07 00:27 UTC, 499-500 in that of 2026-12-07 00:35 UTC, 501-502 in that of
#: 2026-12-07 00:48 UTC, 503-504 in that of 2026-12-07 00:57 UTC, 505-506 in that of
#: 2026-12-07 01:06 UTC, 507-508 in that of 2026-12-07 01:10 UTC, 509-510 in that of
#: 2026-12-07 01:16 UTC, 511-512 in that of 2026-12-07 01:24 UTC, 513-514 in that of
#: 2026-12-07 01:31 UTC, 515-516 in that of 2026-12-07 01:39 UTC, 517-518 in that of
#: 2026-12-07 01:56 UTC, 519-520 in that of 2026-12-07 02:06 UTC, 521-522 in that of
#: 2026-12-07 02:30 UTC, 523-524 in that of 2026-12-07 03:27 UTC, 525-526 in that of
#: 2026-12-07 04:08 UTC, 527-528 in that of 2026-12-07 04:15 UTC, 529-530 in that of
#: 2026-12-07 04:26 UTC, 531-532 in that of 2026-12-07 04:32 UTC, 533-534 in that of
#: 2026-12-07 04:47 UTC and 535-536 in that of 2026-12-07 04:55 UTC; 269-270 were scored
#: by mistake at 02:31 UTC on 2026-12-05, in a worktree left at f7a9164 (older rules,
#: before heldout111/ was on main), and retired unreported. All of them are seen now,
#: and 49-50, 53-60 and 63-536 tune (see streams/alerts/rules.toml). 537-538 replace
#: them.
REPORT_SEEDS = (537, 538)
TUNING_SEEDS = (1, 2, 49, 50, 53, 54, 55, 56, 57, 58, 59, 60, *range(63, REPORT_SEEDS[0]))
#: Seeds scored in a report run: seen, never reported again.
SPENT_SEEDS = frozenset(range(41, REPORT_SEEDS[0]))
#: The first hand-written set (tests/scenarios/): scored several times while the
#: rules changed, so it tunes now (see streams/alerts/rules.toml).
SCENARIOS = (
    "happy_writers",
    "one_bad_day",
    "repeat_contacts",
    "slow_churners",
    "quiet_hours",
    "b2b_accounts",
    "bilingual",
)
#: The later hand-written sets, each written blind and held out, scored once in a
#: report run of 2026-11-30 and seen since, so they tune: (family name prefix,
#: directory under tests/scenarios/). heldout/ at 01:10 UTC, heldout2/ at 04:00,
#: heldout3/ (Pedalia) at 06:26, heldout4/ (Lumeo Energia) at 09:37, heldout5/
#: (Zampa) at 10:07, heldout6/ (Tandemo) at 10:26, heldout7/ (Fitora), heldout8/
#: (Lentara) and heldout9/ (Ondalto) together at 12:36, heldout10/ (Kontivo) at 13:23,
#: heldout11/ (Platillo) at 15:25, heldout12/ (Viaggo) at 15:53, heldout13/ (Casalume)
#: at 17:36, heldout14/ (Aulora) at 18:41, heldout15/ (Moblia) at 19:04, heldout16/
#: (Vetrino) at 23:24, heldout17/ (Kinetra) at 23:56, heldout18/ (Librea) at 00:04 on
#: 2026-12-01, heldout19/ (Nubeo) at 03:31, heldout20/ (Solvane) at 04:16,
#: heldout21/ (Lockora) at 06:16, heldout22/ (Sipario) at 10:08, heldout23/ (Rodavia)
#: at 11:08, heldout24/ (Lavanto) at 13:16, heldout25/ (Boxelo) at 14:39, heldout26/
#: (Ladenza) at 16:19, heldout27/ (Stampello) at 17:12, heldout28/ (Fiorvento) at
#: 19:17, heldout29/ (Limora) at 19:53, heldout30/ (Aparvia) at 20:24, heldout31/
#: (Vistella) at 22:18, heldout32/ (Netvero) at 22:53, heldout33/ (Croquo) at 23:34,
#: heldout34/ (Deskora) at 01:14 on 2026-12-02, heldout35/ (Mendalo) at 01:53,
#: heldout36/ (Motrino) at 02:48, heldout37/ (Movetta) at 04:09, heldout38/ (Custodra)
#: at 05:15, heldout39/ (Sonriva) at 05:48, heldout40/ (Volantia) at 06:42, heldout41/
#: (Botiqa) at 07:35, heldout42/ (Fontiva) at 08:11, heldout43/ (Werkaro) at 10:28,
#: heldout44/ (Zarpia) at 11:14, heldout45/ (Ouvela) at 11:43, heldout46/ (Cordelio) at
#: 12:03, heldout47/ (Nidolo) at 13:18, heldout48/ (Arpeggo) at 14:11, heldout49/
#: (Lagovia) at 14:44, heldout50/ (Vinolta) at 16:18, heldout51/ (Parlavo) at 17:00,
#: heldout52/ (Tagliora) at 17:48, heldout53/ (Percheo) at 03:28 on 2026-12-03,
#: heldout54/ (Fixoria) at 03:49, heldout55/ (Cartelio) at 04:10, heldout56/ (Fumentra)
#: at 06:51, heldout57/ (Ramasso) at 07:48, heldout58/ (Cadelia) at 08:24, heldout59/
#: (Fabrilo) at 09:54, heldout60/ (Trepalo) at 12:24, heldout61/ (Radicora) at 13:12,
#: heldout62/ (Certalia) at 13:41, heldout63/ (Affilo) at 14:01, heldout64/ (Trovanta)
#: at 15:36, heldout65/ (Piscelia) at 16:07, heldout66/ (Sabbiora) at 16:31, heldout67/
#: (Fiscalto) at 16:54, heldout68/ (Zolleto) at 17:11.
#: The last of them, heldoutN/ tuning as ``hand-tuning{N+1}``; a split after a report
#: run raises it by one.
LAST_TUNING_SET = 244
TUNING_SETS: tuple[tuple[str, str], ...] = (
    ("hand-tuning2", "heldout"),
    *((f"hand-tuning{n + 1}", f"heldout{n}") for n in range(2, LAST_TUNING_SET + 1)),
)
#: The report's hand-written sets, written apart from any tuning and never looked at:
#: (family name prefix, directory under tests/scenarios/). A directory that does not
#: exist yet, or holds no scenario with its truth, adds no family.
#: tests/scenarios/heldout245/ is to be written blind by a helper session, in a worktree
#: of its own, under house rules of its own; it is opened by nothing but the next report
#: run, after the last rule change.
#: (heldout244/, written blind at 04:47-04:53 UTC on 2026-12-07, committed as 7d12f8f
#: and cherry-picked onto main unchanged as 67583ee, 322 customers and 1,781 touchpoints
#: of which 319 are agents' replies by its author's counts, its author having opened no
#: forbidden file, by its reply, was reported at 04:55 on 2026-12-07 and tunes now,
#: above.)
#: (heldout243/, written blind at 04:33-04:39 UTC on 2026-12-07, committed as 9822a46
#: and cherry-picked onto main unchanged as f0fa691, 322 customers and 1,939 touchpoints
#: of which 385 are agents' replies by its author's counts, its author having opened no
#: forbidden file, by its reply, was reported at 04:47 on 2026-12-07 and tunes now,
#: above.)
#: (heldout242/, written blind at 04:26-04:30 UTC on 2026-12-07, committed as ee2a3ff
#: and cherry-picked onto main unchanged as cfbd34c, 318 customers and 1,866 touchpoints
#: of which 392 are agents' replies by its author's counts, its author having opened no
#: forbidden file, by its reply, was reported at 04:32 on 2026-12-07 and tunes now,
#: above.)
REPORT_SETS: tuple[tuple[str, str], ...] = (("hand-heldout245", "heldout245"),)


def heldout_scenarios(directory: Path) -> list[str]:
    """Scenario names of a directory: each ``<name>.jsonl`` that has its ``<name>.truth.json``.

    A directory that does not exist (a set still being written) has none.
    """
    if not directory.is_dir():
        return []
    return sorted(
        p.name.removesuffix(".jsonl")
        for p in directory.glob("*.jsonl")
        if p.with_name(p.name.removesuffix(".jsonl") + ".truth.json").is_file()
    )


FAMILIES: tuple[Family, ...] = (
    *_simulated("tuning", TUNING_SEEDS),
    *(Family(f"hand-tuning/{name}", "tuning", scenario=name) for name in SCENARIOS),
    *(
        Family(f"{prefix}/{name}", "tuning", scenario=f"{directory}/{name}")
        for prefix, directory in TUNING_SETS
        for name in heldout_scenarios(SCENARIO_DIR / directory)
    ),
    *_simulated("report", REPORT_SEEDS),
)


def families(
    report_sets: Sequence[tuple[str, str]] = REPORT_SETS,
) -> tuple[Family, ...]:
    """:data:`FAMILIES` and the report's hand-written sets (:data:`REPORT_SETS`).

    The report sets are listed when called, not at import, so a set written
    after the process started is seen; one whose directory is missing or
    empty adds nothing.
    """
    report = (
        Family(f"{prefix}/{name}", "report", scenario=f"{directory}/{name}")
        for prefix, directory in report_sets
        for name in heldout_scenarios(SCENARIO_DIR / directory)
    )
    return (*FAMILIES, *report)


def _fmt(value: float | None) -> str:
    return "   -" if value is None else f"{value:.2f}"


def summary_lines(results: Sequence[tuple[Family, AlertReport]]) -> list[str]:
    """The per-family table (precision/recall per rule) and the last line over all families."""
    rules = [
        r
        for r in (*CUSTOMER_RULES, "account_risk")
        if any(
            r in rep.rules
            or (r == "account_risk" and (rep.accounts.alerted or rep.accounts.expected))
            for _, rep in results
        )
    ]
    short = {
        "detractor": "detr",
        "sentiment_drop": "drop",
        "repeat_contact": "repeat",
        "churn_intent": "churn",
        "competitor_mention": "compet",
        "high_value_at_risk": "hvalue",
        "silence": "silence",
        "account_risk": "account",
    }
    head = f"{'family':<28} {'events':>6} " + " ".join(f"{short[r]:>10}" for r in rules)
    head += f" {'happy':>7} {'false':>5} {'spk/wk':>6} {'delay':>6}"
    out = [
        "precision/recall per rule (- : nothing expected and nothing raised; n/a+F: fewer than "
        f"{MIN_PRECISION_SAMPLE} expected and alerted, F of them false)",
        head,
    ]
    for family, rep in results:
        cells = []
        for rule in rules:
            score = rep.accounts if rule == "account_risk" else rep.rules.get(rule)
            if score is None or not (score.alerted or score.expected):
                cells.append(f"{'-':>10}")
            else:
                cells.append(f"{_precision_cell(score)}/{_fmt(score.recall).strip()}")
        happy = "-" if not rep.happy_customers else f"{rep.happy_alerted}/{rep.happy_customers}"
        delay = (
            "-"
            if not rep.spike_planted
            else ("miss" if rep.spike_delay_min is None else f"{rep.spike_delay_min:.1f}")
        )
        out.append(
            f"{family.name:<28} {rep.events:>6} "
            + " ".join(f"{c:>10}" for c in cells)
            + f" {happy:>7} {rep.false_alerts:>5} {rep.false_spikes_per_week:>6.1f} {delay:>6}"
        )
    reports = [rep for _, rep in results]
    precisions = [
        p for rep in reports for s in rep.rules.values() if (p := s.reported_precision) is not None
    ]
    recalls = [s.recall for rep in reports for s in rep.rules.values() if s.recall is not None]
    planted = [rep for rep in reports if rep.spike_planted]
    if planted and all(rep.spike_delay_min is not None for rep in planted):
        delay_all = f"{max(rep.spike_delay_min or 0.0 for rep in planted):.1f}"
    else:
        delay_all = "nan"
    shares = [rep.happy_alerted_share for rep in reports if rep.happy_alerted_share is not None]
    out.append(
        "worst family: happy customers alerted "
        f"{max(shares) if shares else 0.0:.3f} (target <= 0.05); false customer/account alerts "
        f"{sum(rep.false_alerts for rep in reports)} in all; spike delay and false spikes "
        "per week are the worst family's"
    )
    out.append(
        f"alerts precision_min={f'{min(precisions):.2f}' if precisions else 'nan'} "
        f"recall_min={min(recalls) if recalls else 0.0:.2f} spike_delay_min={delay_all} "
        f"false_spikes_per_week={max(r.false_spikes_per_week for r in reports):.1f}"
    )
    return out


def run_families(
    families: Sequence[Family],
    enricher: Enriches,
    emit: Callable[[str], None] = print,
    verbose: bool = False,
    rules_path: Path | None = None,
) -> list[tuple[Family, AlertReport]]:
    """Score each family apart; print the table and the last line over all of them."""
    results = []
    for family in families:
        events, truth = family.load()
        try:
            report = score_scenario(events, truth, enricher, rules_path)
        except UserError as error:
            raise UserError(f"{family.name}: {error}") from error
        results.append((family, report))
        if verbose:
            emit(f"== {family.name} ({family.split})")
            for line in report.lines()[:-1]:
                emit(line)
    for line in summary_lines(results):
        emit(line)
    return results


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


def run_all_cli(
    split: str = "report",
    only: str | None = None,
    verbose: bool = False,
    emit: Callable[[str], None] = print,
    enricher: Enriches | None = None,
) -> list[tuple[Family, AlertReport]]:
    """``voc eval alerts`` without input: every family of ``split`` ("report", "tuning", "all")."""
    chosen = [
        f
        for f in families()
        if (split == "all" or f.split == split) and (only is None or only in f.name)
    ]
    if not chosen:
        raise ValueError(f"no scenario family matches {only!r} in the {split} set")
    if enricher is None:
        from streams.stages.enrich import Enricher  # loads the models

        enricher = Enricher()
    return run_families(chosen, enricher, emit, verbose)
