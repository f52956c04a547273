"""Scenario simulator: realistic multichannel customer histories with planted truth.

Why it exists: the pipeline's rules (sentiment_drop, repeat_contact, churn_intent,
silence, account_risk, topic_spike, ...) can only be demonstrated and evaluated
against data whose answer is known. The simulator plants personas and writes down
what it planted in a :class:`GroundTruth`. The signal is carried by the touchpoint
*contract fields* (text, scores, kinds, timing, identifiers) as a real customer
would carry it; the rules never see the simulator's internals.

Personas (B2C unless said otherwise):
- happy: positive or neutral messages, purchases, page views, NPS 9-10 / CSAT 4-5.
- happy_one_bad_day: positive, then ONE negative delivery complaint, then "all
  sorted, thanks" and positive again. Expects no rule (sentiment_drop must not fire).
- detractor: neutral life plus one survey with NPS 0-6, CSAT 1-2 and a negative comment.
- churner: positive, then 5-7 contacts about the SAME topic (email with the phone in
  the signature, phone call, chat within ~3 days, then social/community/email),
  sliding from -1 to -2, a named competitor, a cancellation intent, often a
  kind=cancellation event. Half of them (when days >= 21) are "silent": a contact
  every ~2-3 days, then nothing inbound for the last 10+ days. The others get a
  retention offer; those who then write nothing for the last 10+ days tolerate silence.
- high_value_at_risk: premium plan, purchases of 1,500-12,000, then three complaints
  about one topic within ~3 days.
- b2b_happy / b2b_unhappy: contacts of B2B accounts (role buyer/user); in one account
  at least three contacts complain within a few days (account_risk).
- topic spike: from ``spike_at_day`` (e.g. day 20.0 = midnight; 20.4 = ~09:30),
  ~10% of customers complain about ``spike_topic`` within ``spike_hours``, mostly on
  social (handle only) and email. Happy participants usually follow up "it arrived".

Identity: web, chat, survey and email events carry customer_id + email; an email
with a signature also carries the phone and a community post the handle. Phone calls
then carry only the phone, and social posts only the handle, once that identifier
was seen together with the customer_id (spike mentions are handle-only regardless).
Phones are spelt differently ("+33612345678", "+33 6 12 34 56 78", "+33 6.12...")
but normalise to the same key.

Design, for speed and streaming:
1. *Plan*: every customer's timeline is drawn as small tuples (time, sequence,
   customer, action, channel, level, topic, flags, value); no text yet.
2. *Sort* the plan by (time, sequence) and number events e-1, e-2, ... in time
   order, filling the event ids the ground truth refers to.
3. *Render* lazily, in time order, one dict per event (text from templates;
   :mod:`streams.tools.simulator_render`). The plan's vocabulary and the customer
   record are in :mod:`streams.tools.simulator_plan`.
The plan stays in memory (~300 bytes per event: ~360 MB peak for 1.16M events from
100k customers); rendered dicts do not, so :func:`iter_events` streams a million
events to a file or a broker without holding them. Output is a pure function of the
config (seeded ``random.Random``; standard library only).

Usage (the bundled sample): ``python -m streams.tools.simulator --customers 400
--expectations-at-day 12 --expectation-signals theme
--out streams/tools/data/sample_touchpoints.jsonl.gz --truth streams/tools/data/sample_truth.json``
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from streams.tools import simulator_texts as tx
from streams.tools.simulator_expectations import plan_expectations
from streams.tools.simulator_plan import (
    _DAY,
    _HOUR,
    _HOURS,
    CHURN,
    COMPETITOR,
    QUIET_DAYS,
    REPEAT,
    RESOLVED,
    SIGNATURE,
    SPIKE,
    Plan,
    _Customer,
    _iso,
    _Rng,
)
from streams.tools.simulator_render import _fmt_phone, _Renderer, planted_stage


@dataclass
class ScenarioConfig:
    """What to simulate; every output is a pure function of these fields."""

    customers: int = 400
    accounts: int = 6  # B2B accounts, 3-8 contacts each; the other customers are B2C
    days: int = 30
    start: datetime = datetime(2026, 10, 24, tzinfo=UTC)
    seed: int = 7
    french_share: float = 0.6
    spike_topic: str = "delivery"
    spike_at_day: float = 20.0
    spike_hours: float = 6.0  # the burst lasts a few hours
    spike_share: float = 0.10  # share of customers who join the spike
    churner_share: float = 0.09
    detractor_share: float = 0.07
    one_bad_day_share: float = 0.08
    high_value_share: float = 0.03
    handle_share: float = 0.7  # customers who have a social handle
    # Signs of changing expectations (simulator_expectations.py): a new theme, a
    # criteria shift and a new alternative rise from this day; off when past the end.
    expectations_at_day: float = 99.0
    expectation_signals: str = "theme,shift,alternative"  # which of them, comma-separated

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["start"] = _iso(self.start.timestamp())
        if self.expectations_at_day >= self.days:  # off: truth files stay as they were
            del data["expectations_at_day"], data["expectation_signals"]
        return data


@dataclass
class GroundTruth:
    """What the simulator planted, to score the pipeline's alerts against.

    customers: customer_id -> {persona, expected_rules (should fire), tolerated_rules
    (may fire; any other rule firing for the customer is a false positive),
    identifiers (canonical customer_id/email/phone/handle/account_id), language,
    segment, plan, and per persona: trouble_starts_at, problem_topic, churn_at,
    silent, silent_since, bad_day_at, nps, in_spike, and the planted event ids
    churn_intent_event_id, cancellation_event_id, bad_day_event_id, survey_event_id}.
    accounts: account_id -> {contacts, unhappy_contacts, at_risk, expected_rules,
    trouble_starts_at (at-risk account only)}.
    spike: {topic, channel (None: several channels), start, end, customers, event_ids}.
    journey: {"stages": the planted journey stage of e-1, e-2, ... in order,
    "no_evidence": event ids whose contract fields do not show their stage}; filled
    as the events are rendered (see :func:`planted_stage`).
    Times are ISO-8601 UTC strings; ``end`` is the simulation end (for silence).
    """

    config: dict[str, Any]
    start: str
    end: str
    customers: dict[str, dict[str, Any]] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    journey: dict[str, Any] = field(default_factory=dict)
    #: Planted signs of changing expectations: {theme|shift|alternative: {start, event_ids, ...}}.
    expectations: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=1, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> GroundTruth:
        data = json.loads(text)
        return cls(**data)

    def personas(self) -> Counter[str]:
        return Counter(c["persona"] for c in self.customers.values())

    def customers_expecting(self, rule: str) -> list[str]:
        return sorted(k for k, c in self.customers.items() if rule in c["expected_rules"])


class _Simulation:
    """Holds the plan and renders it; one instance per :func:`simulate_stream` call."""

    def __init__(self, config: ScenarioConfig) -> None:
        if config.customers < 1 or config.days < 1:
            raise ValueError("customers and days must be positive")
        self.cfg = config
        self.rng = _Rng(config.seed)
        self.t0 = config.start.timestamp()
        self.t_end = self.t0 + config.days * _DAY
        self.plans: list[Plan] = []
        self.marks: dict[int, tuple[str, str]] = {}  # seq -> (customer key, truth field)
        self.customers: list[_Customer] = []
        self._bad_account_start = 0.0
        self.truth = GroundTruth(config=config.to_dict(), start=_iso(self.t0), end=_iso(self.t_end))

    # ------------------------------------------------------------- planning --
    def add(
        self,
        ts: float,
        c: _Customer,
        action: str,
        channel: str,
        level: int = 0,
        topic: str = "",
        flags: int = 0,
        value: int = 0,
    ) -> int:
        """Queue one event; returns its sequence number (to mark it in the truth)."""
        hour = ((ts - self.t0) % _DAY) / _HOUR
        if hour < 6.5 and not flags & SPIKE and action != "view":  # nobody writes at 3 am
            ts += (7.0 - hour + self.rng.random() * 3.0) * _HOUR
        seq = len(self.plans)
        if ts > self.t_end - 1.0:
            # Past the end of a short scenario: spread over its last 12 hours rather
            # than piling every late event on the last second (a fake burst). Evenly
            # (Weyl sequence): ``seq * 2654435761 % 43200`` put events 11 seqs apart
            # (one churner's chain after another's) 4 minutes apart, an unplanted burst
            # of cancellations on seed 49's calm 3-day stream.
            ts = self.t_end - 1.0 - (seq * 2_654_435_761 % 2**32) / 2**32 * 43_200
        ts = max(ts, self.t0)
        self.plans.append((ts, seq, c.idx, action, channel, level, topic, flags, value))
        return seq

    def spread(self, lo: float, hi: float) -> tuple[float, float]:
        """A range of days that is not a single instant in a short scenario.

        ``uniform(lo, max(lo, days - 12))`` is always ``lo`` in a 7-day scenario:
        every churner's trouble would start at the same second (a fake spike).
        """
        days = self.cfg.days
        if hi - lo < 0.4 * days:
            return min(lo, 0.2 * days), max(hi, 0.75 * days)
        return lo, hi

    def day_time(self, d0: float, d1: float) -> float:
        """A waking-hours moment on a day drawn uniformly in [d0, d1)."""
        rng = self.rng
        day = math.floor(rng.uniform(d0, max(d0, d1)))
        return self.t0 + day * _DAY + (rng.choice(_HOURS) + rng.random()) * _HOUR

    def _make_customers(self) -> None:
        cfg, rng = self.cfg, self.rng
        # B2B contacts first, so `accounts` is honoured even for small populations.
        b2b: list[tuple[str, str]] = []
        for a in range(cfg.accounts):
            name = tx.ACCOUNT_NAMES[a] if a < len(tx.ACCOUNT_NAMES) else f"account-{a}"
            roles = ["buyer"] + ["user"] * (rng.randint(3, 8) - 1)
            if len(roles) > 4:
                roles[1] = "buyer"
            b2b.extend((name, r) for r in roles)
        b2b = b2b[: max(0, cfg.customers - 1)]
        for i in range(cfg.customers):
            lang = "fr" if rng.random() < cfg.french_share else "en"
            first = rng.choice(tx.FIRST_NAMES[lang])
            last = rng.choice(tx.LAST_NAMES[lang])
            n = i + 1
            # Bijections of the index keep phones unique up to 10^8 customers.
            digits = f"{(n * 7919 + 1_234_567) % 100_000_000:08d}"
            phone = ("+336" if lang == "fr" else "+447") + digits
            slug = f"{first}.{last}".lower().replace("é", "e").replace("è", "e").replace("ï", "i")
            if i < len(b2b):
                account, role = b2b[i]
                email = f"{slug}{n}@{account}.example.com"
                segment, plan = "b2b", rng.choice(("business", "enterprise"))
            else:
                account, role = None, None
                email = f"{slug}{n}@{rng.choice(tx.EMAIL_DOMAINS)}"
                segment, plan = "b2c", rng.choice(("basic", "basic", "plus", "premium"))
            handle = None
            if rng.random() < cfg.handle_share:
                handle = f"@{first}{last}{n}".replace("é", "e").replace("è", "e")
            c = _Customer(
                i, f"c-{n}", lang, first, last, email, phone, handle, account, role, segment, plan
            )
            self.customers.append(c)
        b2c = [c for c in self.customers if c.account is None]
        order = list(range(len(b2c)))
        rng.shuffle(order)
        quota: list[str] = []
        for persona, share in (
            ("churner", cfg.churner_share),
            ("detractor", cfg.detractor_share),
            ("happy_one_bad_day", cfg.one_bad_day_share),
            ("high_value_at_risk", cfg.high_value_share),
        ):
            k = round(share * len(b2c))
            if k == 0 and len(b2c) >= 10:
                k = 1  # every persona present even in small populations
            quota.extend([persona] * k)
        for pos, persona in zip(order, quota, strict=False):
            b2c[pos].persona = persona
        for c in self.customers:
            if c.account is not None:
                c.persona = "b2b_happy"
            if c.persona == "high_value_at_risk":
                c.plan = "premium"
            c.attrs = {"segment": c.segment, "plan": c.plan}
            if c.role:
                c.attrs["role"] = c.role

    def _truth_entry(self, c: _Customer, expected: list[str], **extra: Any) -> None:
        entry: dict[str, Any] = {
            "persona": c.persona,
            "expected_rules": expected,
            "tolerated_rules": [],
            "language": c.lang,
            "segment": c.segment,
            "plan": c.plan,
            "identifiers": {
                "customer_id": c.cid,
                "email": c.email,
                "phone": c.phone,
                "handle": c.handle,
                "account_id": c.account,
            },
        }
        entry.update(extra)
        self.truth.customers[c.cid] = entry

    def _background(self, c: _Customer, d0: float, d1: float, messages: int, mood: int) -> None:
        """Ordinary life: page views, purchases, a few questions or compliments."""
        rng = self.rng
        for _ in range(rng.randint(2, 6)):
            self.add(self.day_time(d0, d1), c, "view", "web")
        for _ in range(rng.choice((0, 1, 1, 2))):
            cents = (
                rng.randint(1_990, 29_990) if c.segment == "b2c" else rng.randint(50_000, 400_000)
            )
            self.add(self.day_time(d0, d1), c, "purchase", "web", value=cents)
        for _ in range(messages):
            level = mood if rng.random() < 0.6 else 0
            channel = rng.choice(
                ("email", "chat", "chat", "community", "social", "phone", "web", "in_person")
            )
            topic = rng.choice(tx.TOPICS[:9])
            if level > 0 and rng.random() < 0.25:
                self.add(self.day_time(d0, d1), c, "review", "web", level, topic)
                continue
            seq = self.add(
                self.day_time(d0, d1),
                c,
                "msg",
                channel,
                level,
                topic,
                SIGNATURE if rng.random() < 0.4 else 0,
            )
            if rng.random() < 0.65:
                self.add(self.plans[seq][0] + rng.uniform(0.5, 20) * _HOUR, c, "reply", "email")

    def _survey(self, c: _Customer, ts: float, band: str) -> int:
        rng = self.rng
        nps = {
            "promoter": rng.choice((9, 10)),
            "passive": rng.choice((7, 8)),
            "detractor": rng.randint(0, 6),
        }[band]
        level = {"promoter": 1, "passive": 0, "detractor": -1}[band]
        return self.add(ts, c, "survey", "survey", level, "", 0, nps)

    def _chain(
        self,
        c: _Customer,
        t: float,
        topic: str,
        channels: list[str],
        levels: list[int],
        flags: list[int],
        gaps_h: list[float],
    ) -> list[int]:
        """A run of contacts about the same problem, spaced by gaps_h hours."""
        seqs = []
        steps = zip(channels, levels, flags, gaps_h, strict=True)
        for position, (channel, level, flag, gap) in enumerate(steps, start=1):
            seq = self.add(t + gap * _HOUR, c, "msg", channel, level, topic, flag, position)
            seqs.append(seq)
            t = self.plans[seq][0]
            if self.rng.random() < 0.4:
                self.add(t + self.rng.uniform(1, 30) * _HOUR, c, "reply", "email")
        return seqs

    def _plan_churner(self, c: _Customer) -> None:
        cfg, rng = self.cfg, self.rng
        days = cfg.days
        topic = rng.choice(("delivery", "billing", "bugs", "support", "quality", "refund"))
        silent = rng.random() < 0.5 and days >= 21
        if silent:
            trouble = rng.uniform(5, min(9, days - 18))
            churn = min(trouble + rng.uniform(7, 14), days - 11)
        else:
            trouble = rng.uniform(
                *self.spread(min(6, days * 0.2), max(min(6, days * 0.2), days - 12))
            )
            churn = min(trouble + rng.uniform(7, 21), days - 0.5)
            if days - 0.5 - trouble < 7:  # a short scenario: churners leave on different
                # days, and a slide still takes two days or more (when the scenario has them)
                trouble = min(trouble, max(days * 0.2, days - 3.0))
                churn = trouble + rng.uniform(0.6, 1.0) * (days - 0.5 - trouble)
        t_trouble = self.t0 + trouble * _DAY
        t_churn = self.t0 + churn * _DAY
        # Before the trouble: an engaged, positive customer (every ~2-3 days if silent-type).
        d = rng.uniform(0.2, 1.5)
        before = 0
        while d < trouble - 1:
            before += 1
            self.add(
                self.t0 + d * _DAY,
                c,
                "msg",
                rng.choice(("chat", "community", "email")),
                rng.choice((1, 2)),
                rng.choice(("onboarding", "usability", "quality")),
            )
            d += rng.uniform(2.0, 3.0) if silent else rng.uniform(2.0, 4.0)
        self.add(self.day_time(0, trouble), c, "purchase", "web", value=rng.randint(4_990, 19_990))
        # The trouble: same topic, email -> phone -> chat within a few days, then
        # social with a competitor, then the cancellation intent.
        n = rng.randint(5, 7)
        span_h = (t_churn - t_trouble) / _HOUR
        first_gaps = [0.0, rng.uniform(10, 36), rng.uniform(10, 40)]
        rest = n - 3
        later = max(1.0, (span_h - sum(first_gaps)) / rest)
        if silent:  # keep the "very active" rhythm: a contact every ~2-3 days at most
            later = min(later, 66.0)
        gaps = first_gaps + [later * rng.uniform(0.8, 1.0) for _ in range(rest)]
        channels = (
            ["email", "phone", "chat"]
            + [rng.choice(("social", "email", "chat", "community")) for _ in range(rest - 1)]
            + ["email"]
        )
        channels[3] = "social" if c.handle else "email"
        levels = [-1, -1, -2] + [-2] * rest
        flags = [SIGNATURE, REPEAT, REPEAT] + [REPEAT] * rest
        flags[3] |= COMPETITOR
        flags[-1] = REPEAT | CHURN | (COMPETITOR if rng.random() < 0.5 else 0)
        seqs = self._chain(c, t_trouble, topic, channels, levels, flags, gaps)
        t_intent = self.plans[seqs[-1]][0]
        for _ in range(rng.randint(2, 4)):  # browsing, until the very end
            self.add(rng.uniform(self.t0, t_intent - _HOUR), c, "view", "web")
        self.add(t_intent - rng.uniform(0.5, 3) * _HOUR, c, "view", "web", value=1)
        # sentiment_drop is a SUSTAINED fall from the customer's own baseline: a churner
        # who never wrote before the trouble (a short scenario) has none to fall from,
        # and one whose angry contacts all fall within one day (one evening, when the
        # scenario is short) has not stayed there; either may alert, neither must.
        expected = ["repeat_contact", "competitor_mention", "churn_intent"]
        tolerated = []
        angry_h = (self.plans[seqs[-1]][0] - self.plans[seqs[0]][0]) / _HOUR
        if before >= 2 and angry_h >= 24.0:
            expected.insert(0, "sentiment_drop")
        else:
            tolerated.append("sentiment_drop")
        extra: dict[str, Any] = {
            "trouble_starts_at": _iso(self.plans[seqs[0]][0]),
            "problem_topic": topic,
            "silent": silent,
        }
        if rng.random() < 0.3:
            self._survey(c, t_intent - rng.uniform(6, 30) * _HOUR, "detractor")
            expected.append("detractor")
        last = t_intent
        if rng.random() < 0.7:
            last = t_intent + rng.uniform(0.2, 20) * _HOUR
            cancel = self.add(last, c, "cancel", "web", -1, topic)
            self.marks[cancel] = (c.cid, "cancellation_event_id")
            last = self.plans[cancel][0]  # add() may have moved it out of the night
        self.marks[seqs[-1]] = (c.cid, "churn_intent_event_id")
        extra["churn_at"] = _iso(last)
        if silent:
            expected.append("silence")
            extra["silent_since"] = _iso(last)
        else:
            self.add(last + rng.uniform(2, 48) * _HOUR, c, "retention", "email")
            if last + 3 * _DAY < self.t_end and rng.random() < 0.5:
                refund = self.add(
                    last + rng.uniform(1, 3) * _DAY, c, "msg", "email", -1, "refund", REPEAT
                )
                last = self.plans[refund][0]
            # Not planned silent, but one who then writes nothing for the last
            # QUIET_DAYS or more of the scenario has gone quiet all the same (our
            # retention offer is no contact of theirs): silence may fire.
            if self.t_end - last >= QUIET_DAYS * _DAY:
                tolerated.append("silence")
        self._truth_entry(c, expected, **extra)
        if tolerated:
            self.truth.customers[c.cid]["tolerated_rules"] = tolerated

    def _plan_customer(self, c: _Customer) -> None:
        rng, days = self.rng, self.cfg.days
        persona = c.persona
        if persona == "churner":
            self._plan_churner(c)
            return
        if persona in ("happy", "b2b_happy"):
            self._background(c, 0, days, rng.choice((2, 3, 3, 4, 5)), rng.choice((1, 2)))
            if rng.random() < 0.5:
                self._survey(
                    c, self.day_time(3, days), rng.choice(("promoter", "promoter", "passive"))
                )
            self._truth_entry(c, [])
        elif persona == "happy_one_bad_day":
            bad = rng.uniform(*self.spread(min(8, days / 3), max(min(8, days / 3), days - 8)))
            self._background(c, 0, days, 0, 1)
            for _ in range(rng.randint(2, 3)):
                self.add(
                    self.day_time(0, bad - 1),
                    c,
                    "msg",
                    rng.choice(("chat", "email", "community")),
                    rng.choice((1, 2)),
                    rng.choice(tx.TOPICS[:8]),
                )
            t_bad = self.day_time(bad, bad + 0.5)
            seq = self.add(
                t_bad,
                c,
                "msg",
                rng.choice(("email", "social", "chat")),
                rng.choice((-1, -2)),
                "delivery",
            )
            self.marks[seq] = (c.cid, "bad_day_event_id")
            t = t_bad + rng.uniform(18, 48) * _HOUR
            self.add(t, c, "msg", "email", 1, "delivery", RESOLVED)
            for _ in range(rng.randint(2, 3)):
                t += rng.uniform(1, 3) * _DAY
                self.add(
                    t,
                    c,
                    "msg",
                    rng.choice(("chat", "community", "web")),
                    rng.choice((1, 2)),
                    rng.choice(("quality", "usability", "onboarding")),
                )
            self._truth_entry(c, [], bad_day_at=_iso(t_bad))
        elif persona == "detractor":
            self._background(c, 0, days, rng.randint(1, 2), 0)
            seq = self._survey(c, self.day_time(4, days - 1), "detractor")
            self.marks[seq] = (c.cid, "survey_event_id")
            self._truth_entry(c, ["detractor"], nps=self.plans[seq][8])
        elif persona == "high_value_at_risk":
            start = rng.uniform(*self.spread(min(12, days / 2), max(min(12, days / 2), days - 6)))
            self._background(c, 0, start, 1, 1)
            for _ in range(rng.randint(2, 3)):
                self.add(
                    self.day_time(0, start - 1),
                    c,
                    "purchase",
                    "web",
                    value=rng.randint(150_000, 1_200_000),
                )
            topic = rng.choice(("quality", "support", "delivery", "bugs"))
            seqs = self._chain(
                c,
                self.day_time(start, start + 0.5),
                topic,
                ["email", "phone", "chat"],
                [-1, -1, -2],
                [SIGNATURE, REPEAT, REPEAT],
                [0.0, rng.uniform(8, 30), rng.uniform(8, 40)],
            )
            self._truth_entry(
                c,
                ["high_value_at_risk", "repeat_contact"],
                trouble_starts_at=_iso(self.plans[seqs[0]][0]),
                problem_topic=topic,
            )
            self.truth.customers[c.cid]["tolerated_rules"] = ["sentiment_drop"]
        elif persona == "b2b_unhappy":
            start = self._bad_account_start
            self._background(c, 0, start, 1, 1)
            topic = rng.choice(("bugs", "support", "bugs", "usability"))
            expected = ["account_risk"]
            first = self.add(
                self.t0 + rng.uniform(start, start + 4) * _DAY,
                c,
                "msg",
                rng.choice(("email", "chat", "community")),
                -1,
                topic,
                SIGNATURE,
            )
            t = self.plans[first][0]
            account = self.truth.accounts[c.account or ""]
            account["trouble_starts_at"] = min(account["trouble_starts_at"], _iso(t))
            if rng.random() < 0.6:
                self.add(
                    t + rng.uniform(20, 60) * _HOUR,
                    c,
                    "msg",
                    rng.choice(("email", "phone")),
                    -2,
                    topic,
                    REPEAT,
                )
            if rng.random() < 0.6:
                self._survey(c, t + rng.uniform(2, 80) * _HOUR, "detractor")
                expected.append("detractor")
            self._truth_entry(c, expected, trouble_starts_at=_iso(t), problem_topic=topic)
            # B2B contacts buy on business or enterprise plans: an unhappy one is a
            # high-value customer at risk by that rule's own definition.
            self.truth.customers[c.cid]["tolerated_rules"] = [
                "repeat_contact",
                "sentiment_drop",
                "high_value_at_risk",
            ]

    def _plan_accounts(self) -> None:
        rng = self.rng
        by_account: dict[str, list[_Customer]] = {}
        for c in self.customers:
            if c.account:
                by_account.setdefault(c.account, []).append(c)
        names = sorted(by_account)
        bad = rng.choice(names) if names else None
        self._bad_account_start = rng.uniform(
            min(10, self.cfg.days / 3), max(min(10, self.cfg.days / 3), self.cfg.days - 8)
        )
        for name in names:
            contacts = by_account[name]
            at_risk = name == bad and len(contacts) >= 3
            if at_risk:
                k = max(3, len(contacts) - 1 - rng.randint(0, 1))
                for c in contacts[:k]:
                    c.persona = "b2b_unhappy"
            self.truth.accounts[name] = {
                "contacts": [c.cid for c in contacts],
                "at_risk": at_risk,
                "expected_rules": ["account_risk"] if at_risk else [],
                "unhappy_contacts": [c.cid for c in contacts if c.persona == "b2b_unhappy"],
            }
            if at_risk:  # lowered to the first complaint as the contacts are planned
                self.truth.accounts[name]["trouble_starts_at"] = _iso(self.t_end)

    def _plan_spike(self) -> None:
        cfg, rng = self.cfg, self.rng
        t_spike = self.t0 + cfg.spike_at_day * _DAY
        t_stop = min(t_spike + cfg.spike_hours * _HOUR, self.t_end - 1)
        # B2C only: two contacts of one account complaining together would be account_risk.
        pool = [c for c in self.customers if c.persona in ("happy", "detractor")]
        k = min(len(pool), max(5, round(cfg.spike_share * cfg.customers)))
        members = rng.sample(pool, k) if t_spike < self.t_end else []
        spike_seqs: list[int] = []
        width = max(t_stop - t_spike, 1.0)
        for c in members:
            times = 1 if rng.random() < 0.75 else 2
            if times == 2:
                # The same unresolved problem raised twice (often on two channels): a
                # repeat contact may be called, as the hand-written spike scenario calls it.
                entry = self.truth.customers[c.cid]
                entry["tolerated_rules"] = sorted(
                    {*entry.get("tolerated_rules", []), "repeat_contact"}
                )
            for _ in range(times):
                # Front-loaded burst: most complaints in the first hours.
                t = t_spike + min(rng.expovariate(3.0 / width), width * rng.random())
                r = rng.random()
                channel = (
                    ("social" if c.handle else "email")
                    if r < 0.55
                    else ("email" if r < 0.85 else ("chat" if r < 0.95 else "phone"))
                )
                spike_seqs.append(
                    self.add(t, c, "msg", channel, rng.choice((-1, -2, -2)), cfg.spike_topic, SPIKE)
                )
            if rng.random() < 0.7:
                self.add(
                    t + rng.uniform(20, 60) * _HOUR, c, "msg", "email", 1, cfg.spike_topic, RESOLVED
                )
            self.truth.customers[c.cid]["in_spike"] = True
        for s in spike_seqs:
            self.marks[s] = ("", "spike")
        self.truth.spike = {
            "topic": cfg.spike_topic,
            "channel": None,
            "start": _iso(t_spike),
            "end": _iso(t_stop),
            "customers": sorted((c.cid for c in members), key=lambda x: int(x[2:])),
            "event_ids": [],
        }

    def plan(self) -> None:
        self._make_customers()
        self._plan_accounts()
        for c in self.customers:
            self._plan_customer(c)
        self._plan_spike()
        if self.cfg.expectations_at_day < self.cfg.days:
            plan_expectations(self)
        self.plans.sort()
        for i, p in enumerate(self.plans):
            mark = self.marks.get(p[1])
            if mark is None:
                continue
            cid, fld = mark
            if fld == "spike":
                self.truth.spike["event_ids"].append(f"e-{i + 1}")
            elif fld.startswith("expectations:"):
                self.truth.expectations[fld[13:]]["event_ids"].append(f"e-{i + 1}")
            else:
                self.truth.customers[cid][fld] = f"e-{i + 1}"

    # ------------------------------------------------------------ rendering --
    def events(self) -> Iterator[dict[str, Any]]:
        """Render the sorted plan lazily, one contract dict per event."""
        rng = _Rng(self.cfg.seed * 1_000_003 + 1)
        linked_phone = bytearray(len(self.customers))
        linked_handle = bytearray(len(self.customers))
        customers = self.customers
        journey = self.truth.journey = {"stages": [], "no_evidence": []}
        for i, (ts, _seq, ci, action, channel, level, topic, flags, value) in enumerate(self.plans):
            c = customers[ci]
            ev = _Renderer.render(rng, c, action, channel, level, topic, flags, value)
            ev["event_id"] = f"e-{i + 1}"
            stage, shown = planted_stage(action, level, topic, flags, value, ev)
            journey["stages"].append(stage)
            if not shown:
                journey["no_evidence"].append(ev["event_id"])
            ev["occurred_at"] = _iso(ts)
            # Identity: phone-only / handle-only once that identifier was seen with the id.
            ref: dict[str, str | None] = {
                "customer_id": c.cid,
                "email": c.email,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            ch = ev["channel"]
            if ch == "phone" or (ch == "in_person" and rng.random() < 0.5):
                ref["phone"] = _fmt_phone(rng, c.phone)
                if linked_phone[ci]:
                    ref["customer_id"] = ref["email"] = ref["account_id"] = None
                linked_phone[ci] = 1
            elif ch == "social" and c.handle:
                ref["handle"] = c.handle if rng.random() < 0.7 else c.handle[1:].lower()
                if linked_handle[ci] or flags & SPIKE:
                    ref["customer_id"] = ref["email"] = ref["account_id"] = None
                linked_handle[ci] = 1
            elif ch == "community" and c.handle:
                ref["handle"] = c.handle
                linked_handle[ci] = 1
            elif ch == "email" and flags & SIGNATURE:
                ref["phone"] = _fmt_phone(rng, c.phone)
                linked_phone[ci] = 1
            ev["customer"] = ref
            yield ev


def simulate_stream(config: ScenarioConfig) -> tuple[Iterator[dict[str, Any]], GroundTruth]:
    """Plan the scenario now, render events lazily in time order.

    The ground truth is complete when this returns (event ids included); the
    iterator yields fresh dicts, so a 1M-event run never holds rendered events.
    """
    sim = _Simulation(config)
    sim.plan()
    return sim.events(), sim.truth


def iter_events(config: ScenarioConfig) -> Iterator[dict[str, Any]]:
    """Events in time order, streamed (the plan, ~150 B/event, stays in memory)."""
    return simulate_stream(config)[0]


def simulate(config: ScenarioConfig) -> tuple[list[dict[str, Any]], GroundTruth]:
    """All events (sorted by occurred_at) and what was planted in them."""
    events, truth = simulate_stream(config)
    return list(events), truth


def write_jsonl_gz(events: Iterable[dict[str, Any]], path: str | Path) -> int:
    """Write JSON Lines, gzip-compressed (mtime 0, so the file is reproducible)."""
    n = 0
    with (
        open(path, "wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=6, mtime=0) as out,
    ):
        lines: list[str] = []
        for ev in events:
            lines.append(json.dumps(ev, ensure_ascii=False, separators=(",", ":")))
            n += 1
            if len(lines) >= 5_000:
                out.write(("\n".join(lines) + "\n").encode())
                lines.clear()
        if lines:
            out.write(("\n".join(lines) + "\n").encode())
    return n


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Generate a synthetic Voice-of-the-Customer scenario."
    )
    parser.add_argument("--customers", type=int, default=400)
    parser.add_argument("--accounts", type=int, default=6)
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--start", default="2026-10-24T00:00:00Z")
    parser.add_argument("--french-share", type=float, default=0.6)
    parser.add_argument("--spike-topic", default="delivery")
    parser.add_argument("--spike-at-day", type=float, default=20.0)
    parser.add_argument(
        "--expectations-at-day",
        type=float,
        default=99.0,
        help="plant a new theme, a criteria shift and a new alternative from this day",
    )
    parser.add_argument(
        "--expectation-signals",
        default="theme,shift,alternative",
        help="which signals --expectations-at-day plants (comma-separated)",
    )
    parser.add_argument(
        "--out", type=Path, default=Path("streams/tools/data/sample_touchpoints.jsonl.gz")
    )
    parser.add_argument(
        "--truth", type=Path, default=None, help="where to write the ground truth JSON"
    )
    args = parser.parse_args(argv)
    config = ScenarioConfig(
        customers=args.customers,
        accounts=args.accounts,
        days=args.days,
        seed=args.seed,
        start=datetime.fromisoformat(args.start.replace("Z", "+00:00")).astimezone(UTC),
        french_share=args.french_share,
        spike_topic=args.spike_topic,
        spike_at_day=args.spike_at_day,
        expectations_at_day=args.expectations_at_day,
        expectation_signals=args.expectation_signals,
    )
    began = time.perf_counter()
    events, truth = simulate_stream(config)
    channels: Counter[str] = Counter()

    def counted() -> Iterator[dict[str, Any]]:
        for ev in events:
            channels[ev["channel"]] += 1
            yield ev

    args.out.parent.mkdir(parents=True, exist_ok=True)
    n = write_jsonl_gz(counted(), args.out)
    elapsed = time.perf_counter() - began
    if args.truth:
        args.truth.parent.mkdir(parents=True, exist_ok=True)
        args.truth.write_text(truth.to_json() + "\n", encoding="utf-8")
    langs = Counter(c["language"] for c in truth.customers.values())
    print(
        f"{n} events, {len(truth.customers)} customers, {len(truth.accounts)} accounts, "
        f"{truth.start} -> {truth.end}, {elapsed:.2f}s ({n / max(elapsed, 1e-9):,.0f} events/s)"
    )
    print("channels:", dict(sorted(channels.items())))
    print("languages (customers):", dict(sorted(langs.items())))
    print("personas:", dict(sorted(truth.personas().items())))
    print(
        f"spike: {truth.spike.get('topic')} at {truth.spike.get('start')}, "
        f"{len(truth.spike.get('event_ids', []))} events; out: {args.out} "
        f"({args.out.stat().st_size / 1e6:.2f} MB)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
