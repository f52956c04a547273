"""Term bursts of ``topic_spike``: a word many customers share at once, far above its usual share.

Term bursts (``terms``, OFF by default; why below): a problem the taxonomy
has no topic for, or splits over several (a gym's "no-show" penalty read as
billing in one language and as nothing in five; bank codes sent by text that
stop arriving), is invisible to the topic keys.
So every inbound text's words (3+ letters, accents folded, at most
``MAX_TERMS``) are counted too, once per customer per window, with every
customer apart (``CUSTOMERS``): the window's exposure. A word's usual
share of customers is its count over all customers' count, both decayed over
``baseline_days`` (``term_counts``: a value and the minute it was read, so
no baseline is updated per word and bucket), less the current window; it
fires when at least ``term_min_count`` of the window's customers used it and
that is unlikely (binomial tail below ``max_p_value``) under the Wilson upper
bound (``confidence_z``) of its usual share. A share, not a count: a wave of
customers writing everyday words (a newsletter, a busy hour) moves
every word's count but no word's share, and a word nobody used has a
bound of about z^2 / N (N customers seen), not zero. The day of warm-up, the
cooldown per word and evidence (the texts that used it) are the topic keys'.
One incident is one alert: a word whose window customers are mostly
(``term_overlap``) those of an alert of the last cooldown (a topic's or
another word's), or those the alerted topic counts now, is that incident.

Why off: on the simulator's calm weeks they paged 1 to 3 times a week, and
what paged was no unnamed problem but a change in who wrote (looked at:
every sim-low-calm seed, sim-high-calm s1, s2, s49, s50, s53, s54; pages on
s1, s49, s50, s53 twice each, sim-low-calm/s53 once). A survey wave: the
survey's own words, which its connector puts before every answer ("NPS",
"CSAT"), rose with the survey's share of the window's customers (6 to 8 of
14 to 28 customers, against a usual 0.5% to 4.3%). A morning of angry follow-ups
(7-8 am): the words of follow-ups, "following" (up), "pas" (toujours pas), a
rival's name ("movana"), 6 or 7 of 11 to 27 customers, each about another
problem. A word's share of all customers moves with the mix of channels and
moods. Tried: its share within each channel and mood (the window's customers
times each stratum's upper bound, a Poisson tail): calm on those weeks, but
it lost every planted spike of the hand-written sets when no topic key helps
(hand-tuning2, 8, 10, 11), whose few days of history bound a word never seen
in a stratum near 4 / its customers.

:class:`TermBursts` is a part of :class:`streams.stages.spike.TopicSpikeDetector`
(its windows, evidence, cooldowns and incidents are the detector's state);
it runs only when ``terms`` is on.
"""

from __future__ import annotations

import math
import re
from datetime import datetime
from typing import TYPE_CHECKING, Any

from schemas.models import Alert, EnrichedTouchpoint, Severity
from streams.alerts.alerting import new_alert
from streams.stages.spike_base import (
    ALL_CHANNELS,
    MAX_EVIDENCE,
    RULE,
    binomial_tail,
    iso_minute,
    share_upper,
)
from streams.text.lexicon import normalize

if TYPE_CHECKING:
    from streams.stages.spike import SpikeConfig

#: Prefix of a word's key ("term:sms|all"): the term-burst test, all channels only.
TERM = "term:"
#: Every inbound customer, counted once per window whatever they wrote: the
#: exposure of the term-burst test.
CUSTOMERS = "*|customers"
#: Words of 3 letters or more (accents folded, lowercase), at most this many per text.
_WORD_RE = re.compile(r"[a-z]{3,}")
MAX_TERMS = 40
#: A word whose decayed count fell below this (one use, some five days ago) is
#: forgotten: its share's upper bound is then about that of a word never seen.
FADED = 0.5


class TermBursts:
    """The term-burst test, mixed into the topic-spike detector (whose state it shares)."""

    config: SpikeConfig
    bucket_start: int | None
    first_bucket: int | None
    slots: dict[str, dict[int, list[int]]]
    recent: dict[str, list[list[Any]]]
    last_fired: dict[str, int]
    term_counts: dict[str, list[float]]
    incidents: list[list[Any]]

    if TYPE_CHECKING:  # the detector's own bookkeeping, which the terms count through

        def _count(
            self, key: str, customer: str, minute: int, negative: int, in_bucket: bool
        ) -> bool: ...

        def _remember(self, key: str, minute: int, event_id: Any) -> None: ...

        def _window_customers(self, key: str, minute: int) -> list[str]: ...

    def _decayed(self, name: str, minute: int) -> float:
        value, since = self.term_counts.get(name, (0.0, minute))
        tau = self.config.baseline_days * 24 * 60
        return value * math.exp(-max(minute - since, 0) / tau)

    def _bump(self, name: str, minute: int) -> None:
        self.term_counts[name] = [self._decayed(name, minute) + 1.0, minute]

    def _observe_terms(
        self,
        event: EnrichedTouchpoint,
        customer: str,
        minute: int,
        negative: int,
        now: datetime | None,
    ) -> list[Alert]:
        """Count the text's words per customer; a word whose share jumps is an alert."""
        if self._count(CUSTOMERS, customer, minute, negative, False):
            self._bump(CUSTOMERS, minute)
        text = " ".join(part for part in (event.subject, event.text) if part)
        words = list(dict.fromkeys(_WORD_RE.findall(normalize(text))))[:MAX_TERMS]
        alerts: list[Alert] = []
        for word in words:
            key = f"{TERM}{word}|{ALL_CHANNELS}"
            if not self._count(key, customer, minute, negative, False):
                continue
            self._bump(word, minute)
            self._remember(key, minute, event.event_id)
            alert = self._check_term(key, word, event, minute, now)
            if alert is not None:
                alerts.append(alert)
        return alerts

    def _same_incident(self, customers: list[str], minute: int) -> bool:
        """Are these customers mostly those of an alert of the last cooldown?

        Those the alert counted, or, for a topic alert, those its topic counts
        now (the incident's later writers, who use the same words).
        """
        cfg = self.config
        cooldown = cfg.cooldown_minutes
        self.incidents = [i for i in self.incidents if minute - i[0] < cooldown]
        groups = [set(seen) for _, seen in self.incidents]
        groups += [
            set(self._window_customers(key, minute))
            for key, fired in self.last_fired.items()
            if key.endswith(f"|{ALL_CHANNELS}") and minute - fired < cooldown
        ]
        mine = set(customers)
        return any(len(mine & seen) >= cfg.term_overlap * len(mine) for seen in groups)

    def _check_term(
        self, key: str, word: str, event: EnrichedTouchpoint, minute: int, now: datetime | None
    ) -> Alert | None:
        cfg = self.config
        if self.bucket_start is None or self.first_bucket is None:
            return None
        if (self.bucket_start - self.first_bucket) < cfg.warmup_hours * 60:
            return None
        fired = self.last_fired.get(key)
        if fired is not None and minute - fired < cfg.cooldown_minutes:
            return None
        since = minute - cfg.window_minutes
        count = sum(v[0] for m, v in self.slots.get(key, {}).items() if since < m <= minute)
        if count < cfg.term_min_count:
            return None
        trials = sum(v[0] for m, v in self.slots.get(CUSTOMERS, {}).items() if since < m <= minute)
        # The word's usual share of customers, over the decayed history before this
        # window (its own window's mentions are not its usual).
        hits = max(self._decayed(word, minute) - count, 0.0)
        exposure = max(self._decayed(CUSTOMERS, minute) - trials, 0.0)
        share = share_upper(hits, exposure, cfg.confidence_z)
        if count <= share * trials or binomial_tail(count, trials, share) > cfg.max_p_value:
            return None  # an everyday word (the first test is the cheap one)
        customers = self._window_customers(key, minute)
        if self._same_incident(customers, minute):
            return None
        self.last_fired[key] = minute
        self.incidents.append([minute, customers])
        negatives = sum(v[1] for m, v in self.slots.get(key, {}).items() if since < m <= minute)
        explanation = (
            f'"{word}" in the texts of {count} of the {trials} customers of the last '
            f"{cfg.window_minutes} min ({negatives} negative); usually at most {share:.1%} "
            "of customers use it: a problem no topic names may be starting."
        )
        evidence = [str(eid) for m, eid in self.recent.get(key, []) if since < m <= minute]
        return new_alert(
            RULE,
            Severity.warning,
            subject=f"term:{word}",
            trigger_event_id=event.event_id,
            event_time=event.occurred_at,
            explanation=explanation,
            evidence=evidence[-MAX_EVIDENCE:],
            now=now or event.occurred_at,
            details={
                "topic": f"{TERM}{word}",
                "channel": ALL_CHANNELS,
                "count": str(count),
                "negative": str(negatives),
                "customers_in_window": str(trials),
                "usual_share_upper": f"{share:.4f}",
                "window_start": iso_minute(since + 1),
                "volume_spike": "true",
                "negativity_spike": "false",
            },
        )

    def _forget_faded_terms(self, minute: int) -> None:
        """Forget the words whose decayed count faded (the detector calls it once a day)."""
        faded = [w for w in self.term_counts if self._decayed(w, minute) < FADED]
        for word in faded:
            del self.term_counts[word]
