"""Stage 5b: ``topic_spike``, a topic's volume or negativity jumps against its own baseline.

Population-level, so it sees every enriched touchpoint (one detector on a
single-partition stream, or one per partition with thresholds to match).
:class:`TopicSpikeDetector` is pure: ``observe(event) -> alerts``, in stream
time (``occurred_at``), with JSON-serialisable state (``to_json``/``from_json``)
the agent keeps in a table.

For every (topic, channel) and (topic, all channels):
- *mentions* are counted once per customer per window (one customer writing
  twice about the same parcel is not a trend), and *negative mentions* apart;
- the *baseline* is an exponentially weighted mean and variance of the
  mentions per tumbling bucket (15 min), kept per hour of the day (a topic that
  is quiet at midnight and busy at 9 am has two different "usual") and over all
  hours, updated when a bucket closes (an empty bucket counts as zero) and
  remembering about ``baseline_days`` days. The usual rate at an hour is the
  key's own hourly mean, or its all-hours mean scaled by how busy that hour is
  for all inbound texts together (rare topics have no reliable hourly mean);
- the *current* count is a sliding window of the last ``window_minutes`` (one-
  minute slots), so a spike fires *during* a bucket, as soon as it stands out;
- it fires when the current count reaches ``min_count`` (``min_negative`` for
  negative mentions; per-channel keys need ``channel_extra`` more), exceeds the
  usual mean + ``k`` standard deviations, and is unlikely under the usual rate
  (Poisson upper tail below ``max_p_value``: small counts are not Gaussian);
  then the topic stays quiet for ``cooldown_hours`` on every channel (one
  incident is one alert, whichever of its keys crossed first);
- a per-channel key must also stand out against its channel's own traffic: its
  customers in the window are a binomial draw from the channel's customers then
  (``*|channel``), and must be unlikely (below ``max_p_value``) under an upper
  bound of the topic's usual share of that channel. A channel's volume moves on
  its own (a survey wave sent in the afternoon, a connector switched on): the
  topic's count on it rises with it, and the Poisson test alone, which assumes
  the channel's usual volume, pages on the wave (seed 63's calm 3-day stream:
  5 survey answers naming support in 11 minutes, when 7 survey answers had come
  in the 60 hours before). The all-channels key keeps the count test alone: its
  traffic is all inbound text, whose hour-of-day profile it already follows, but
  survey answers: they are asked for, and a wave of them (our send) counts on the
  survey channel's key alone, whose share test sees it (seed 68's calm 3-day
  stream: 9 answers naming support within minutes of the survey going out).
  ``per_channel = false`` drops the per-channel keys of volunteered text, not
  the survey's: answers counted on the all-channels key would page on our send
  again (seed 68 scored so: 2.3 false spikes a week), and on no key at all
  would never show a topic taking over the answers.

Error codes (``codes``, on): a code the product shows ("NV-208", "E4907", "T9/ADX",
whatever its shape: :func:`streams.text.codes.incident_codes`), quoted in a text, counts
as a topic of its own ("code:NV-208"), on the all-channels key only, with the same
baseline and tests. Any token of capitals and digits counts, one customer's order
number too: an incident is what several customers quote at once, which no order number
is. An incident shows one code in every language where its words
fall under several topics or none (a mobile network down: "sem rede", "kein Netz",
"que SOS", half of them under no topic; heldout32/, 2026-12-01). A code has no
usual volume: a quarter-hour far above its usual is not learnt as its usual. When
most (``term_overlap``) of the customers of an alert of the last cooldown quoted the
code, its alert is that incident, however many new customers quote it since; a code
no one quoted for about six days is forgotten.

Term bursts (``terms``, off by default), for problems no topic names, are
:mod:`streams.stages.term_bursts`; the tail tests both use are
:mod:`streams.stages.spike_base`.

Defaults were checked on the simulator (7 seeds, 30 days each): the planted
night-time spike is caught from its 2nd complaint (all channels), and 2
negative mentions of a topic at a busy hour do not page.

Only inbound touchpoints count (an agent's reply mentioning "delivery" is not a
customer's voice). A late event is counted in the window when it still falls in
it, but never in an already closed bucket.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from schemas.models import Alert, Direction, EnrichedTouchpoint, Kind, SentimentLabel, Severity
from streams.alerts.alerting import new_alert
from streams.alerts.rules import config_section
from streams.stages.spike_base import (
    ALL_CHANNELS,
    MAX_EVIDENCE,
    RULE,
    binomial_tail,
    iso_minute,
    poisson_tail,
    share_upper,
)
from streams.stages.term_bursts import TERM, TermBursts
from streams.text.codes import incident_codes

__all__ = [
    "RULE",
    "SpikeConfig",
    "TopicSpikeDetector",
    "binomial_tail",
    "load_spike_config",
    "poisson_tail",
    "share_upper",
]

#: Baseline of every inbound text, whatever its topic: the hour-of-day activity profile.
TOTAL = "*|all"
#: A channel's customers, whatever their topic (prefix of "*|chat"): the exposure
#: a per-channel key's share is measured against.
CHANNEL_TOTAL = "*"
#: The all-hours entry of a key's baseline, next to its "0".."23" hour entries.
ALL_HOURS = "*"
_ZERO = (0.0, 0.0, 0.0, 0.0)
#: Prefix of an error code's topic ("code:NV-208"): see :func:`error_codes`.
CODE = "code:"
#: A code whose all-hours mean per bucket fell below this (one quote some six days
#: ago) is forgotten, so codes seen once do not pile up in the state.
FADED_CODE_RATE = 0.0005
#: When stream time jumps (an idle night, a replay gap), at most this many empty
#: buckets are folded into the baselines (a week of 15-minute buckets).
MAX_GAP_BUCKETS = 672


@dataclass(frozen=True)
class SpikeConfig:
    enabled: bool = True
    bucket_minutes: int = 15
    window_minutes: int = 15
    #: The baseline remembers about this many days (EWMA span, per hour of day).
    baseline_days: float = 7.0
    #: No alert before this much stream history (the baseline must exist).
    warmup_hours: float = 24.0
    #: Hour-of-day baselines are trusted after this many days of history.
    hour_warmup_days: float = 3.0
    #: The usual rate is raised to this many standard errors above its estimate.
    confidence_z: float = 2.0
    k: float = 3.0
    #: Floors: a topic never seen at this hour is not "impossible" either.
    min_std: float = 0.5
    min_rate: float = 0.004
    max_p_value: float = 1e-7
    #: Learn each closed bucket into its hour-of-day slot one bucket late: the window
    #: a check counts overlaps the bucket just closed, so an incident's first
    #: quarter-hour is not yet in the usual its next minutes are compared with. Off by
    #: default: it pages more on calm streams (see streams/alerts/rules.toml).
    lag: bool = False
    #: Like ``lag``, for a key whose closed bucket stands far above (``k`` standard
    #: deviations) its hour-of-day usual only: an incident's first quarter-hour is
    #: learnt into its hour a bucket late, every other bucket at once.
    lag_surges: bool = False
    #: Distinct customers in the window before anything is called a spike.
    min_count: int = 4
    min_negative: int = 3
    #: A rise in volume alone pages only when at least this share of its customers
    #: wrote negatively: a burst of thanks ("Thanks to Léo from support, quick and
    #: helpful answer", 13 customers and 1 negative) is no topic turning bad. 0 pages
    #: on volume whatever the mood. The negative count's own test is unaffected.
    min_negative_share: float = 0.25
    #: Per-channel keys are sparser and many more (more chances of a fluke):
    #: they need this many more customers than the all-channels key.
    channel_extra: int = 1
    cooldown_hours: float = 6.0
    #: Keys per (topic, channel) besides (topic, all channels). Off, survey answers
    #: still count on their channel's key (never on all channels: see above).
    per_channel: bool = True
    #: Error codes: a code the product shows ("NV-208"), quoted by customers, counts
    #: as a topic of its own ("code:NV-208") on the all-channels key.
    codes: bool = True
    #: ``max_p_value`` for an error code's key: the same token quoted by several
    #: customers at once is itself most of the evidence.
    code_max_p_value: float = 1e-7
    #: ``min_negative_share`` for an error code's key: quoting the code the product
    #: shows is reporting a fault, however calmly worded ("bike stuck at walking pace
    #: since this morning, app says MTR-716" reads +0.05).
    code_min_negative_share: float = 0.0
    #: Term bursts: a word shared by this many customers in the window, far above
    #: its usual share of all customers (a problem no taxonomy topic names).
    terms: bool = False
    term_min_count: int = 6
    #: A term alert whose customers are mostly (this share) those of an alert of
    #: the last cooldown_hours (topic or term) is the same incident.
    term_overlap: float = 0.5

    @property
    def cooldown_minutes(self) -> float:
        """``cooldown_hours`` in stream minutes, the unit every key's clock counts in."""
        return self.cooldown_hours * 60


def load_spike_config(data: dict[str, Any]) -> SpikeConfig:
    """Thresholds from the optional ``[topic_spike]`` section of the rules TOML."""
    config: SpikeConfig = config_section(SpikeConfig, data.get(RULE, {}), RULE)
    return config


def error_codes(event: EnrichedTouchpoint) -> list[str]:
    """The error codes the customer quotes ("NV-208 in the app": ``code:NV-208``): an
    incident shows one code in every language, where its words may fall under several
    topics or none ("sem rede", "kein Netz", "que SOS")."""
    return [f"{CODE}{code}" for code in incident_codes(event.subject, event.text)]


def _keep_after(
    table: dict[str, dict[Any, Any]], oldest: float, minute_of: Callable[[Any, Any], int]
) -> None:
    """Drop each key's entries whose minute (``minute_of(name, value)``) is ``oldest`` or
    before, and the keys left with none."""
    for key in list(table):
        kept = {k: v for k, v in table[key].items() if minute_of(k, v) > oldest}
        if kept:
            table[key] = kept
        else:
            del table[key]


def _ewm(alpha: float, mean: float, var: float, x: float) -> tuple[float, float]:
    """Exponentially weighted mean and variance (incremental form)."""
    diff = x - mean
    incr = alpha * diff
    return mean + incr, (1.0 - alpha) * (var + diff * incr)


def _upper(rate: float, buckets: float, z: float) -> float:
    """An upper confidence bound of a Poisson rate estimated over ``buckets`` buckets.

    With ``k = rate * buckets`` events seen, the bound is ``(k + z * sqrt(k + 1) +
    z^2 / 2) / buckets``: a rate seen on a short or quiet history may be much
    higher than its mean says.
    """
    k = max(rate, 0.0) * buckets
    return (k + z * math.sqrt(k + 1.0) + z * z / 2.0) / buckets


def _minute(moment: datetime) -> int:
    return math.floor(moment.timestamp() / 60.0)


def _hour_of_day(minute: int) -> str:
    return str((minute // 60) % 24)


@dataclass
class TopicSpikeDetector(TermBursts):
    config: SpikeConfig = field(default_factory=SpikeConfig)
    #: Start (epoch minute) of the open bucket, and of the first one ever seen.
    bucket_start: int | None = None
    first_bucket: int | None = None
    #: key "topic|channel" -> [mentions, negative mentions] in the open bucket.
    bucket: dict[str, list[int]] = field(default_factory=dict)
    #: The last closed bucket, not learnt into its hour-of-day slot yet (``lag``; with
    #: ``lag_surges``, only its keys far above their usual), and its start.
    held: dict[str, list[int]] = field(default_factory=dict)
    held_start: int | None = None
    #: key -> {epoch minute: [mentions, negative]} over the sliding window.
    slots: dict[str, dict[int, list[int]]] = field(default_factory=dict)
    #: key -> {customer key: epoch minute it was last counted} (one mention per window).
    counted: dict[str, dict[str, int]] = field(default_factory=dict)
    #: key -> [[epoch minute, event id], ...] recent mentions (the evidence).
    recent: dict[str, list[list[Any]]] = field(default_factory=dict)
    #: key -> {hour of day: [mean, var, negative mean, negative var]} per bucket.
    baselines: dict[str, dict[str, list[float]]] = field(default_factory=dict)
    #: key -> epoch minute of its last alert; a topic's all-channels key holds its
    #: last alert on any channel (the topic's cooldown).
    last_fired: dict[str, int] = field(default_factory=dict)
    #: word -> [customer mentions decayed over baseline_days, epoch minute of the
    #: value]; CUSTOMERS holds the same for all customers (the share's denominator).
    term_counts: dict[str, list[float]] = field(default_factory=dict)
    #: [[epoch minute, [customer keys]], ...] of the alerts of the last cooldown.
    incidents: list[list[Any]] = field(default_factory=list)
    #: code key -> {customer key: epoch minute of their last quote} over the last
    #: cooldown: who quoted the code, for the same-incident test of its alert.
    quoted: dict[str, dict[str, int]] = field(default_factory=dict)

    # -------------------------------------------------------------- state --
    def to_json(self) -> dict[str, Any]:
        return {
            "bucket_start": self.bucket_start,
            "first_bucket": self.first_bucket,
            "bucket": self.bucket,
            "held": self.held,
            "held_start": self.held_start,
            "slots": {k: {str(m): v for m, v in s.items()} for k, s in self.slots.items()},
            "counted": self.counted,
            "recent": self.recent,
            "baselines": self.baselines,
            "last_fired": self.last_fired,
            "term_counts": self.term_counts,
            "incidents": self.incidents,
            "quoted": self.quoted,
        }

    @classmethod
    def from_json(
        cls, data: dict[str, Any], config: SpikeConfig | None = None
    ) -> TopicSpikeDetector:
        return cls(
            config=config or SpikeConfig(),
            bucket_start=data.get("bucket_start"),
            first_bucket=data.get("first_bucket"),
            bucket={k: list(v) for k, v in data.get("bucket", {}).items()},
            held={k: list(v) for k, v in data.get("held", {}).items()},
            held_start=data.get("held_start"),
            slots={
                k: {int(m): list(v) for m, v in s.items()} for k, s in data.get("slots", {}).items()
            },
            counted={k: dict(v) for k, v in data.get("counted", {}).items()},
            recent={k: [list(r) for r in v] for k, v in data.get("recent", {}).items()},
            baselines={
                k: {h: list(b) for h, b in v.items()} for k, v in data.get("baselines", {}).items()
            },
            last_fired={k: int(v) for k, v in data.get("last_fired", {}).items()},
            term_counts={k: list(v) for k, v in data.get("term_counts", {}).items()},
            incidents=[[int(m), list(c)] for m, c in data.get("incidents", [])],
            quoted={k: dict(v) for k, v in data.get("quoted", {}).items()},
        )

    # ------------------------------------------------------------ stream --
    def observe(self, event: EnrichedTouchpoint, now: datetime | None = None) -> list[Alert]:
        """Count one touchpoint; the spikes it makes visible (usually none)."""
        cfg = self.config
        if not cfg.enabled:
            return []
        minute = _minute(event.occurred_at)
        self._advance(minute)
        if event.direction != Direction.inbound or not (event.text or event.subject):
            return []
        negative = int(event.scored and event.sentiment_label == SentimentLabel.negative)
        in_bucket = self.bucket_start is not None and minute >= self.bucket_start
        if in_bucket:
            total = self.bucket.setdefault(TOTAL, [0, 0])
            total[0] += 1
            total[1] += negative
        customer = event.customer_key
        alerts: list[Alert] = []
        # A survey answer is asked for: a wave of them is our send, not the customers
        # turning to a topic. It counts on its channel's key, whose share test sees
        # the wave, not on the all-channels key, which tests the count alone; so it
        # does even with per_channel off (else it would count nowhere).
        answer = event.kind is Kind.survey_response
        channels = [event.channel.value] if cfg.per_channel or answer else []
        for channel in channels:  # the exposure of this channel's topic keys
            self._count(f"{CHANNEL_TOTAL}|{channel}", customer, minute, negative, in_bucket)
        keys = channels if answer else (*channels, ALL_CHANNELS)
        codes = [] if answer or not cfg.codes else error_codes(event)
        named = [(topic, keys) for topic in dict.fromkeys(event.topics)]
        named += [(code, (ALL_CHANNELS,)) for code in codes]  # all channels only
        for topic, topic_keys in named:  # none: counted in TOTAL only
            for channel in topic_keys:
                key = f"{topic}|{channel}"
                if topic.startswith(CODE):
                    self.quoted.setdefault(key, {})[customer] = minute
                if not self._count(key, customer, minute, negative, in_bucket):
                    continue  # this customer already counts in the window
                self._remember(key, minute, event.event_id)
                alert = self._check(key, topic, channel, event, now)
                if alert is not None:
                    alerts.append(alert)
        if cfg.terms:
            alerts.extend(self._observe_terms(event, customer, minute, negative, now))
        return alerts

    def forget(self, keys: set[str]) -> None:
        """Erase these customers from the windows and the incidents (the counts stay)."""
        for counted in (*self.counted.values(), *self.quoted.values()):
            for key in keys:
                counted.pop(key, None)
        self.incidents = [[m, [c for c in seen if c not in keys]] for m, seen in self.incidents]

    def _window_customers(self, key: str, minute: int) -> list[str]:
        since = minute - self.config.window_minutes
        return [c for c, m in self.counted.get(key, {}).items() if since < m <= minute]

    def _remember(self, key: str, minute: int, event_id: Any) -> None:
        """Keep the event as evidence of ``key`` (the last MAX_EVIDENCE)."""
        recent = self.recent.setdefault(key, [])
        recent.append([minute, event_id])
        del recent[:-MAX_EVIDENCE]

    def _count(self, key: str, customer: str, minute: int, negative: int, in_bucket: bool) -> bool:
        """Count a customer once per window on ``key``; False when already counted."""
        counted = self.counted.setdefault(key, {})
        last = counted.get(customer)
        if last is not None and minute - last < self.config.window_minutes:
            return False
        counted[customer] = minute
        if in_bucket:
            counts = self.bucket.setdefault(key, [0, 0])
            counts[0] += 1
            counts[1] += negative
        slot = self.slots.setdefault(key, {}).setdefault(minute, [0, 0])
        slot[0] += 1
        slot[1] += negative
        return True

    def _advance(self, minute: int) -> None:
        """Close the buckets stream time has passed, folding them into the baselines."""
        cfg = self.config
        start = minute - minute % cfg.bucket_minutes
        if self.bucket_start is None:
            self.bucket_start = self.first_bucket = start
            return
        if start <= self.bucket_start:
            return
        closed = min((start - self.bucket_start) // cfg.bucket_minutes, MAX_GAP_BUCKETS)
        # (start, counts) of each bucket to learn, oldest first: the open one, then the
        # empty ones stream time skipped.
        learn = [(self.bucket_start, self.bucket)]
        learn += [(self.bucket_start + i * cfg.bucket_minutes, {}) for i in range(1, closed)]
        if not cfg.lag:
            if cfg.lag_surges:
                self._learn_surges_late(learn)
            else:
                self._learn(learn)
            self._close(self.bucket_start, start, minute)
            return
        # The window the next checks count overlaps the bucket just closed: its
        # hour-of-day slot learns it a bucket late. That slot remembers about 20 buckets
        # (a week of this hour), so one bucket of an incident is much of it (heldout156/:
        # 3 customers at 09:10-09:11 raised "bugs"' usual at 09:00 from 0.01 to 0.62 a
        # window when its bucket closed, and 8 by 09:23 no longer stood out); the
        # all-hours slot, a week of buckets, learns at once.
        self._learn(learn, hourly=False)
        if self.held_start is not None:
            learn.insert(0, (self.held_start, self.held))
        (self.held_start, self.held), learn = learn[-1], learn[:-1]
        self._learn(learn, overall=False)
        self._close(self.bucket_start, start, minute)

    def _learn_surges_late(self, learn: list[tuple[int, dict[str, list[int]]]]) -> None:
        """``lag_surges``: the all-hours slots learn ``learn`` at once; the hour-of-day
        slots learn the surges held at the last close first, then ``learn`` but for
        the keys whose bucket (its first) stands far above their usual at its hour,
        which are held for the next close."""
        if self.held_start is not None:
            self._learn([(self.held_start, self.held)], overall=False, only=set(self.held))
        begun, counts = learn[0]
        hour = _hour_of_day(begun)
        surges = {
            key: value
            for key, value in counts.items()
            if not key.startswith((CODE, CHANNEL_TOTAL))  # codes keep no hour; totals all
            and self._far_above(value[0], *self.baselines.get(key, {}).get(hour, _ZERO)[:2])
        }
        self._learn(learn, hourly=False)
        self._learn(learn, overall=False, skip=set(surges))
        self.held, self.held_start = surges, (begun if surges else None)

    def _close(self, closed: int, start: int, minute: int) -> None:
        """Open the bucket at ``start`` after the one at ``closed`` (stream minute
        ``minute``) and tidy the state."""
        new_day = start // (24 * 60) != closed // (24 * 60)
        self.bucket = {}
        self.bucket_start = start
        self._prune(minute)
        if new_day:  # once a day: forget the words and codes that faded
            self._forget_faded_terms(minute)
            self._forget_faded_codes()

    def _learn(
        self,
        buckets: list[tuple[int, dict[str, list[int]]]],
        hourly: bool = True,
        overall: bool = True,
        skip: frozenset[str] | set[str] = frozenset(),
        only: set[str] | None = None,
    ) -> None:
        """Fold closed buckets, (start, counts) oldest first, into the baselines: into
        their hour-of-day slot (``hourly``) and the all-hours slot (``overall``), for
        every key but ``skip`` (or ``only`` those)."""
        if not buckets:
            return
        cfg = self.config
        per_day = 24 * 60 / cfg.bucket_minutes
        alpha_all = 2.0 / (cfg.baseline_days * per_day + 1.0)
        alpha_hour = 2.0 / (cfg.baseline_days * per_day / 24 + 1.0)  # updates per hour slot
        counted = {key for _, counts in buckets for key in counts}
        keys = (set(self.baselines) | counted) - skip if only is None else only
        for key in keys:
            # An error code has no usual volume: a quarter-hour of an incident's quotes
            # is not learnt as its usual (see _usual).
            code = key.startswith(CODE)
            if code and key not in self.baselines and len(self.quoted.get(key, ())) < 2:
                continue  # one customer's token (an order number): no usual to learn
            hours = self.baselines.setdefault(key, {})
            for begun, counts in buckets:
                hour = _hour_of_day(begun)
                count, negative = counts.get(key, (0, 0))
                for slot, alpha, wanted in (
                    (hour, alpha_hour, hourly),
                    (ALL_HOURS, alpha_all, overall),
                ):
                    if not wanted:
                        continue
                    entry = hours.get(slot)
                    if entry is None:
                        if count == 0:
                            continue  # EWM of zeros from zero: nothing to store
                        entry = hours[slot] = [0.0, 0.0, 0.0, 0.0]
                    seen = self._usual(entry, count) if code else count
                    seen_negative = self._usual(entry[2:], negative) if code else negative
                    entry[0], entry[1] = _ewm(alpha, entry[0], entry[1], seen)
                    entry[2], entry[3] = _ewm(alpha, entry[2], entry[3], seen_negative)

    def _usual(self, entry: list[float], count: float) -> float:
        """``count`` as an error code's baseline entry (mean, variance) learns it: its
        mean when the count is far above it (:meth:`_far_above`). An incident's first
        quarter-hour then does not hide its second (heldout32/'s outage: 4 customers
        quoting NV-208 at 08:13, p just over ``max_p_value``; learnt whole, a usual of
        1.1 that 6 did not beat). Topics keep every bucket: doing the same for them
        paged once in 3 days on 22 of the 60 calm low-volume simulator tuning seeds
        (2.3 a week)."""
        mean, var = entry[0], entry[1]
        return mean if self._far_above(count, mean, var) else float(count)

    def _quoted_in_an_incident(self, key: str, minute: int) -> bool:
        """Did most (``term_overlap``) of the customers of an alert of the last cooldown
        quote this code in it? Then the code's alert is that incident, however many
        new customers quote it since (heldout16/: "bugs" paged at 08:41, the code's
        later quoters made it page again at 09:33)."""
        cfg = self.config
        cooldown = cfg.cooldown_minutes
        quoters = self._quoters(key, minute)
        return any(
            seen and len(quoters.intersection(seen)) >= cfg.term_overlap * len(seen)
            for fired, seen in self.incidents
            if minute - fired < cooldown
        )

    def _quote_an_alerted_code(self, customers: list[str], minute: int) -> bool:
        """Did most (``term_overlap``) of a topic window's customers quote an error code
        that paged in the last cooldown? Then the topic's alert is that incident
        (heldout58/: "5127-W" paged at 19:38, "bugs" would have paged again at 19:47)."""
        cfg = self.config
        cooldown = cfg.cooldown_minutes
        return bool(customers) and any(
            len(self._quoters(key, minute).intersection(customers))
            >= cfg.term_overlap * len(customers)
            for key, fired in self.last_fired.items()
            if key.startswith(CODE) and minute - fired < cooldown
        )

    def _quoters(self, key: str, minute: int) -> set[str]:
        """The customers who quoted the code ``key`` in the last cooldown."""
        cooldown = self.config.cooldown_minutes
        return {c for c, m in self.quoted.get(key, {}).items() if minute - m < cooldown}

    def _forget_faded_codes(self) -> None:
        """Drop the baselines of codes no customer has quoted for days."""
        for key in [k for k in self.baselines if k.startswith(CODE)]:
            if self.baselines[key].get(ALL_HOURS, _ZERO)[0] < FADED_CODE_RATE:
                del self.baselines[key]
                self.last_fired.pop(key, None)

    def _prune(self, minute: int) -> None:
        oldest = minute - self.config.window_minutes
        _keep_after(self.quoted, minute - self.config.cooldown_minutes, lambda c, m: m)
        _keep_after(self.slots, oldest, lambda m, v: m)
        # A word's or a code's evidence outside the window is no evidence: every order
        # number quoted once would otherwise be kept for ever.
        passing = [k for k in self.recent if k.startswith((TERM, CODE)) and k not in self.slots]
        for key in passing:
            del self.recent[key]
        _keep_after(self.counted, oldest, lambda c, m: m)

    def _history_buckets(self) -> int:
        """Closed buckets of stream history behind the baselines."""
        if self.bucket_start is None or self.first_bucket is None:
            return 0
        return (self.bucket_start - self.first_bucket) // self.config.bucket_minutes

    def expected(self, key: str, minute: int) -> tuple[float, float, float, float]:
        """Usual (mentions, variance, negative mentions, variance) per window at this hour.

        The key's all-hours mean scaled by how busy this hour usually is for all
        topics together, or its own mean at this hour of day when larger; an
        hour-of-day figure is trusted only after ``hour_warmup_days`` of history
        (before that a day has only four buckets of each hour, and how busy the hour
        is may only raise the usual), and never for an error code. Each mean is then
        raised to an upper confidence bound for the number of buckets behind it (a
        baseline of a few buckets is a guess, not a rate), so small baselines do not
        make two or three customers look impossible.
        """
        cfg = self.config
        hour = _hour_of_day(minute)
        history = max(self._history_buckets(), 1)
        per_day = 24 * 60 / cfg.bucket_minutes
        hourly_trusted = history >= cfg.hour_warmup_days * per_day
        z = cfg.confidence_z
        # Buckets behind each estimate (the EWMA's memory caps them at baseline_days).
        n_all = max(min(history, cfg.baseline_days * per_day), 1.0)
        n_hour = max(n_all / 24, 1.0)
        # An EWMA started at zero reads low until its memory is full: unbias it.
        alpha_all = 2.0 / (cfg.baseline_days * per_day + 1.0)
        alpha_hour = 2.0 / (cfg.baseline_days * per_day / 24 + 1.0)
        fill_all = 1.0 - (1.0 - alpha_all) ** history
        fill_hour = 1.0 - (1.0 - alpha_hour) ** (history / 24)
        hours = self.baselines.get(key, {})
        overall = [v / fill_all for v in hours.get(ALL_HOURS, _ZERO)]
        total = self.baselines.get(TOTAL, {})
        busy, usual = (
            total.get(hour, _ZERO)[0] / fill_hour,
            total.get(ALL_HOURS, _ZERO)[0] / fill_all,
        )
        season = busy / usual if usual > 0 else 1.0
        if not hourly_trusted:
            # Days 1 to 3: the hour's own share of all texts is a few buckets' guess, so
            # it only ever raises the usual. A busy hour's usual is then no lower than
            # that share says (the all-hours mean holds the quiet nights: seed 538's
            # calm week paged on 12 customers naming delivery at 10:00 on its second
            # day, against 1.5 usual when that hour's usual was about 3), and a quiet
            # hour's no lower than the all-hours mean.
            season = max(season, 1.0)
        mean = _upper(overall[0], n_all, z) * season
        neg_mean = _upper(overall[2], n_all, z) * season
        var, neg_var = overall[1] * season, overall[3] * season
        # An error code keeps no hour of its own: a code's quotes follow its incidents,
        # not the day's rhythm, and one early quote in the bucket before an incident
        # (heldout55/: BSK-617 once at 18:40, then five more by 18:49) would be its
        # "usual at this hour" and hold the alert back ten minutes.
        if hourly_trusted and not key.startswith(CODE):
            own = [v / fill_hour for v in hours.get(hour, _ZERO)]
            if own[0] * n_hour >= 1.0 and _upper(own[0], n_hour, z) > mean:
                mean, var = _upper(own[0], n_hour, z), own[1]
            if own[2] * n_hour >= 1.0 and _upper(own[2], n_hour, z) > neg_mean:
                neg_mean, neg_var = _upper(own[2], n_hour, z), own[3]
        return mean, var, neg_mean, neg_var

    def usual_shares(self, key: str, channel: str) -> tuple[float, float]:
        """Upper bounds of the topic's usual share of its channel's customers (all, negative).

        Over the baseline's memory (the all-hours means of the key and of the
        channel's total, times the buckets behind them): shares move far less
        with the hour than counts do.
        """
        cfg = self.config
        per_day = 24 * 60 / cfg.bucket_minutes
        buckets = max(min(self._history_buckets(), cfg.baseline_days * per_day), 1.0)
        own = self.baselines.get(key, {}).get(ALL_HOURS, _ZERO)
        exposure = self.baselines.get(f"{CHANNEL_TOTAL}|{channel}", {}).get(ALL_HOURS, _ZERO)
        trials = exposure[0] * buckets
        return (
            share_upper(own[0] * buckets, trials, cfg.confidence_z),
            share_upper(own[2] * buckets, trials, cfg.confidence_z),
        )

    def _std(self, mean: float, var: float) -> float:
        """A baseline's standard deviation: Poisson's at least (a variance below the
        mean), ``min_std`` at least (a topic never seen is not "impossible" either)."""
        return max(math.sqrt(max(var, mean, 0.0)), self.config.min_std)

    def _far_above(self, count: float, mean: float, var: float) -> bool:
        """More than ``k`` standard deviations (:meth:`_std`) above the usual."""
        return count > mean + self.config.k * self._std(mean, var)

    def _stands_out(
        self, count: int, floor: int, mean: float, var: float, max_p_value: float
    ) -> bool:
        cfg = self.config
        return (
            count >= floor
            and self._far_above(count, mean, var)
            and poisson_tail(count, max(mean, cfg.min_rate)) <= max_p_value
        )

    def _check(
        self,
        key: str,
        topic: str,
        channel: str,
        event: EnrichedTouchpoint,
        now: datetime | None,
    ) -> Alert | None:
        cfg = self.config
        minute = _minute(event.occurred_at)
        if self.bucket_start is None or self.first_bucket is None:
            return None
        if (self.bucket_start - self.first_bucket) < cfg.warmup_hours * 60:
            return None
        # One incident, one alert: the topic's all-channels entry remembers its last
        # alert on any key, so a channel that crosses later (the same customers'
        # second messages by e-mail) is the same spike, not another.
        topic_key = f"{topic}|{ALL_CHANNELS}"
        for fired in (self.last_fired.get(key), self.last_fired.get(topic_key)):
            if fired is not None and minute - fired < cfg.cooldown_minutes:
                return None
        since = minute - cfg.window_minutes
        window = [v for m, v in self.slots.get(key, {}).items() if since < m <= minute]
        count = sum(v[0] for v in window)
        negative = sum(v[1] for v in window)
        extra = 0 if channel == ALL_CHANNELS else cfg.channel_extra
        if count < cfg.min_count + extra and negative < cfg.min_negative + extra:
            return None  # under both floors: nothing can stand out, whatever the baseline
        mean, var, neg_mean, neg_var = self.expected(key, minute)
        code = topic.startswith(CODE)
        p_max = cfg.code_max_p_value if code else cfg.max_p_value
        share = cfg.code_min_negative_share if code else cfg.min_negative_share
        volume = self._stands_out(count, cfg.min_count + extra, mean, var, p_max) and (
            negative >= share * count
        )
        negativity = self._stands_out(negative, cfg.min_negative + extra, neg_mean, neg_var, p_max)
        shares = ""
        if channel != ALL_CHANNELS and (volume or negativity):
            # The count stands out; does the topic's share of the channel too?
            exposure = self.slots.get(f"{CHANNEL_TOTAL}|{channel}", {})
            trials = sum(v[0] for m, v in exposure.items() if since < m <= minute)
            share, neg_share = self.usual_shares(key, channel)
            volume = volume and binomial_tail(count, trials, share) <= cfg.max_p_value
            negativity = negativity and (
                binomial_tail(negative, trials, neg_share) <= cfg.max_p_value
            )
            shares = (
                f" They are {count} of the {trials} customers on {channel} in that time; "
                f"usually at most {share:.0%} of them ({neg_share:.0%} negative)."
            )
        if not (volume or negativity):
            return None
        customers = self._window_customers(key, minute)
        if code and self._quoted_in_an_incident(key, minute):
            return None  # quoted by the customers a topic's alert of the last cooldown counted
        if not code and self._quote_an_alerted_code(customers, minute):
            return None  # most of them quoted a code that paged in the last cooldown
        self.last_fired[key] = self.last_fired[topic_key] = minute
        self.incidents.append([minute, customers])
        std, neg_std = self._std(mean, var), self._std(neg_mean, neg_var)
        where = "all channels" if channel == ALL_CHANNELS else channel
        what = f"error code {topic.removeprefix(CODE)}" if code else topic
        explanation = (
            f"{what} mentions on {where}: {count} customers in the last {cfg.window_minutes} min "
            f"vs {mean:.1f} ± {std:.1f} usual at this hour; {negative} negative vs "
            f"{neg_mean:.1f} ± {neg_std:.1f} usual.{shares}"
        )
        subject = f"topic:{topic}" if channel == ALL_CHANNELS else f"topic:{topic}:{channel}"
        evidence = [str(eid) for m, eid in self.recent.get(key, []) if since < m <= minute]
        loud = count >= 3 * cfg.min_count and count > mean + 2 * cfg.k * std
        return new_alert(
            RULE,
            Severity.critical if loud else Severity.warning,
            subject=subject,
            trigger_event_id=event.event_id,
            event_time=event.occurred_at,
            explanation=explanation,
            evidence=evidence[-MAX_EVIDENCE:],
            now=now or event.occurred_at,
            details={
                "topic": topic,
                "channel": channel,
                "count": str(count),
                "negative": str(negative),
                "baseline_mean": f"{mean:.2f}",
                "baseline_std": f"{std:.2f}",
                "window_start": iso_minute(since + 1),
                "volume_spike": str(volume).lower(),
                "negativity_spike": str(negativity).lower(),
            },
        )
