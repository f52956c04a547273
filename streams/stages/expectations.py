"""Stage 5c: signs that expectations change (``emerging_theme``, ``expectation_shift``).

Population-level, owned by the sequencer like the topic-spike detector (one
owner sees every touchpoint in event-time order); :class:`ExpectationsDetector`
is pure: ``observe(event) -> outs`` in stream time, JSON state
(``to_json``/``from_json``) kept in the sequencer's table. Only inbound texts
count, each customer once per window and key.

- **Emerging themes**: an inbound text that no taxonomy topic explains gives
  its key phrases (:func:`streams.text.themes.key_phrases`, per language:
  ``en:battery drains``); each phrase is a candidate theme. A theme raises
  ``emerging_theme`` when the customers citing it in the last
  ``window_hours`` (or the negative ones) are at least ``min_count``
  (``min_negative``) and unlikely under its own baseline: its daily rate over
  the trailing ``baseline_days``, raised to an upper confidence bound (a
  phrase never seen has a small rate, not none), with a Poisson tail below
  ``max_p_value``. The phrases of the texts behind the alert join the theme
  (they stay quiet for ``cooldown_hours``), so one new complaint is one alert.
  Candidates seen by ``candidate_min`` customers in a day become
  ``voc.themes`` rows (daily counts), written when the day closes.
- **Choice criteria and alternatives**: per segment (the touchpoint's
  ``segment`` attribute, else its ``plan``; and ``all``), the share of the
  window's active customers citing each criterion and competitor. A share
  that moves by ``min_delta`` from its trailing baseline, by a factor of
  ``min_ratio``, and is unlikely under it, raises ``expectation_shift``.
- **New alternatives**: names in comparison or switching phrases that the
  taxonomy's competitor list does not know (:func:`streams.text.themes.
  alternative_names`) are candidates (``voc.themes`` rows of kind
  ``alternative``); one rising like a theme raises ``expectation_shift``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from schemas.models import Alert, Direction, EnrichedTouchpoint, SentimentLabel, Severity
from streams.alerts.alerting import new_alert
from streams.alerts.rules import config_section
from streams.stages.records import ALERTS, ROWS, Out
from streams.stages.rising import (
    KeyCounts,
    RisingCounts,
    unlikely_high,
    upper_rate,
)
from streams.text.themes import alternative_names, key_phrases

THEME_RULE = "emerging_theme"
SHIFT_RULE = "expectation_shift"
ACTIVE = "active"
ALL_SEGMENTS = "all"
THEMES_TABLE = "themes"
#: Days of daily counts an alert shows as its trend.
TREND_DAYS = 7


@dataclass(frozen=True)
class ThemeConfig:
    enabled: bool = True
    window_hours: int = 24
    baseline_days: float = 14.0
    #: Days of stream behind the window before a theme can be called new: with
    #: less, a weekly habit (surveys sent on Thursdays) looks new too.
    min_baseline_days: float = 7.0
    confidence_z: float = 2.0
    min_count: int = 5
    min_negative: int = 4
    max_p_value: float = 1e-5
    cooldown_hours: float = 72.0
    #: Customers in a day before a phrase is a candidate in ``voc.themes``.
    candidate_min: int = 2


@dataclass(frozen=True)
class ShiftConfig:
    enabled: bool = True
    window_hours: int = 48
    baseline_days: float = 28.0
    #: A weekly share needs a week of trailing baseline (for alternatives too).
    min_baseline_days: float = 7.0
    confidence_z: float = 2.0
    min_count: int = 8
    min_delta: float = 0.05
    min_ratio: float = 2.0
    max_p_value: float = 1e-6
    cooldown_hours: float = 168.0
    #: New alternatives: customers naming one in the window (and the same tests as themes).
    alternative_window_hours: int = 48
    alternative_min_count: int = 3
    alternative_max_p_value: float = 1e-4
    #: Names never reported as new alternatives (lower case), besides the taxonomy's
    #: competitors: our own brand, products.
    known_names: tuple[str, ...] = ()


def load_expectation_configs(
    data: dict[str, Any], known_competitors: tuple[str, ...] = ()
) -> tuple[ThemeConfig, ShiftConfig]:
    """``[emerging_theme]`` and ``[expectation_shift]`` of the rules TOML (both optional)."""
    themes: ThemeConfig = config_section(ThemeConfig, data.get(THEME_RULE, {}), THEME_RULE)
    shift: ShiftConfig = config_section(ShiftConfig, data.get(SHIFT_RULE, {}), SHIFT_RULE)
    names = tuple(n.lower() for n in (*shift.known_names, *known_competitors))
    return themes, ShiftConfig(**{**shift.__dict__, "known_names": names})


def _iso_hour(hour: int) -> str:
    return datetime.fromtimestamp(hour * 3600, tz=UTC).isoformat()


def _day(day: int) -> str:
    return datetime.fromtimestamp(day * 86_400, tz=UTC).date().isoformat()


def segment_of(event: EnrichedTouchpoint) -> str:
    attributes = event.attributes or {}
    return str(attributes.get("segment") or attributes.get("plan") or "")


@dataclass
class ExpectationsDetector:
    themes_config: ThemeConfig = field(default_factory=ThemeConfig)
    shift_config: ShiftConfig = field(default_factory=ShiftConfig)
    hour: int | None = None
    first_hour: int | None = None
    themes: RisingCounts = field(default_factory=RisingCounts)
    alternatives: RisingCounts = field(default_factory=RisingCounts)
    criteria: RisingCounts = field(default_factory=RisingCounts)
    #: phrase -> [theme key, hour until which it belongs to that theme].
    claims: dict[str, list[Any]] = field(default_factory=dict)
    #: theme key -> [phrases, example text] of its last alert.
    fired: dict[str, list[Any]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.themes.window_hours = self.themes_config.window_hours
        self.alternatives.window_hours = self.shift_config.alternative_window_hours
        self.criteria.window_hours = self.shift_config.window_hours
        days = math.ceil(max(self.themes_config.baseline_days, self.shift_config.baseline_days))
        for counts in (self.themes, self.alternatives, self.criteria):
            counts.history_days = days + 3

    # -------------------------------------------------------------- state --
    def to_json(self) -> dict[str, Any]:
        return {
            "hour": self.hour,
            "first_hour": self.first_hour,
            "themes": self.themes.to_json(),
            "alternatives": self.alternatives.to_json(),
            "criteria": self.criteria.to_json(),
            "claims": self.claims,
            "fired": self.fired,
        }

    @classmethod
    def from_json(
        cls, data: dict[str, Any], themes: ThemeConfig, shift: ShiftConfig
    ) -> ExpectationsDetector:
        detector = cls(themes, shift, data.get("hour"), data.get("first_hour"))
        detector.themes.load(data.get("themes", {}))
        detector.alternatives.load(data.get("alternatives", {}))
        detector.criteria.load(data.get("criteria", {}))
        detector.claims = {k: list(v) for k, v in data.get("claims", {}).items()}
        detector.fired = {k: list(v) for k, v in data.get("fired", {}).items()}
        return detector

    def forget(self, customers: set[str]) -> None:
        for counts in (self.themes, self.alternatives, self.criteria):
            counts.forget(customers)

    # ------------------------------------------------------------ stream --
    def observe(self, event: EnrichedTouchpoint, now: datetime | None = None) -> list[Out]:
        """Count one released touchpoint; the alerts and ``voc.themes`` rows it brings."""
        hour = math.floor(event.occurred_at.timestamp() / 3600)
        out = self._advance(hour)
        if event.direction != Direction.inbound or not event.text:
            return out
        now = now or event.occurred_at
        negative = event.scored and event.sentiment_label == SentimentLabel.negative
        customer = event.customer_key
        if self.themes_config.enabled and not event.topics and event.language != "und":
            out += self._observe_themes(event, hour, customer, negative, now)
        if self.shift_config.enabled:
            out += self._observe_criteria(event, hour, customer, now)
            out += self._observe_alternatives(event, hour, customer, negative, now)
        return out

    def _advance(self, hour: int) -> list[Out]:
        if self.hour is None or self.first_hour is None:
            self.hour = self.first_hour = hour
            return []
        if hour <= self.hour:
            return []
        closed_days = range(self.hour // 24, hour // 24)
        out = [row for day in closed_days for row in self._day_rows(day)]
        self.hour = hour
        self.themes.advance(hour, keep=self.themes_config.candidate_min)
        self.alternatives.advance(hour, keep=2)
        self.criteria.advance(hour)
        self.claims = {p: c for p, c in self.claims.items() if c[1] > hour}
        return out

    def _has_baseline(self, hour: int, window_hours: int, min_days: float) -> bool:
        """Whole days of stream before the window's first day: at least ``min_days``."""
        start_day = (hour - window_hours + 1) // 24
        return (start_day * 24 - (self.first_hour or hour)) / 24 >= min_days

    # ------------------------------------------------------------ themes --
    def _observe_themes(
        self, event: EnrichedTouchpoint, hour: int, customer: str, negative: bool, now: datetime
    ) -> list[Out]:
        cfg = self.themes_config
        lang = event.language
        phrases = [f"{lang}:{p}" for p in key_phrases(event.text or "", lang)]
        counted: list[tuple[str, KeyCounts]] = []
        for key in phrases:
            entry = self.themes.count(
                key, customer, hour, negative, event.event_id, event.channel.value, lang
            )
            if entry is not None:
                counted.append((key, entry))
        if not self._has_baseline(hour, cfg.window_hours, cfg.min_baseline_days):
            return []
        claimed = next((self.claims[p] for p in phrases if p in self.claims), None)
        if claimed is not None and claimed[1] > hour:
            # A text of a theme that fired: its phrases join that theme, quietly.
            for phrase in phrases:
                self.claims.setdefault(phrase, claimed)
            return []
        for key, entry in counted:
            found = self._rises(
                entry,
                hour,
                cfg.window_hours,
                cfg.baseline_days,
                cfg.confidence_z,
                cfg.min_count,
                cfg.min_negative,
                cfg.max_p_value,
            )
            if found is None:
                continue
            members = [
                p for p in phrases if p == key or self.themes.keys.get(p, entry).window()[0] > 1
            ]
            until = hour + int(cfg.cooldown_hours)
            for phrase in members:
                self.claims[phrase] = [key, until]
            entry.fired_hour = hour
            example = (event.text or "")[:200]
            self.fired[key] = [[m.split(":", 1)[1] for m in members], example]
            alert = self._theme_alert(key, entry, members, found, event, hour, now)
            return [
                Out(ALERTS, alert.dedup_key, alert),
                self._row(THEME_RULE, key, entry, hour // 24),
            ]
        return []

    def _rises(
        self,
        entry: KeyCounts,
        hour: int,
        window_hours: int,
        baseline_days: float,
        z: float,
        min_count: int,
        min_negative: int,
        max_p: float,
    ) -> dict[str, Any] | None:
        """Volume or negative mentions in the window against the key's own trailing days."""
        count, negative = entry.window()
        if count < min(min_count, min_negative):
            return None
        window_start_day = (hour - window_hours + 1) // 24
        history_days = (window_start_day * 24 - (self.first_hour or 0)) / 24
        days = max(min(history_days, baseline_days), 1.0)
        before, before_negative = entry.total_days(
            window_start_day - math.ceil(days), window_start_day
        )
        scale = window_hours / 24
        mean = before / days * scale
        neg_mean = before_negative / days * scale
        expected = upper_rate(before / days, days, z) * scale
        neg_expected = upper_rate(before_negative / days, days, z) * scale
        volume = count >= min_count and unlikely_high(count, expected, max_p)
        negativity = negative >= min_negative and unlikely_high(negative, neg_expected, max_p)
        if not (volume or negativity):
            return None
        return {
            "count": count,
            "negative": negative,
            "mean": mean,
            "neg_mean": neg_mean,
            "volume": volume,
            "negativity": negativity,
        }

    def _trend(self, entry: KeyCounts, day: int) -> str:
        return ",".join(
            str(entry.days.get(d, (0, 0))[0]) for d in range(day - TREND_DAYS + 1, day + 1)
        )

    def _theme_alert(
        self,
        key: str,
        entry: KeyCounts,
        members: list[str],
        found: dict[str, Any],
        event: EnrichedTouchpoint,
        hour: int,
        now: datetime,
    ) -> Alert:
        cfg = self.themes_config
        language, phrase = key.split(":", 1)
        phrases = [m.split(":", 1)[1] for m in members]
        channels = sorted(entry.channels, key=lambda c: -entry.channels[c])
        languages = sorted(entry.languages)
        trend = self._trend(entry, hour // 24)
        explanation = (
            f"New theme '{phrase}' ({language}): {found['count']} customers in the last "
            f"{cfg.window_hours} h ({found['negative']} negative) vs {found['mean']:.1f} "
            f"({found['neg_mean']:.1f}) usual; key phrases: {', '.join(phrases)}; "
            f"daily customers over {TREND_DAYS} days: {trend}; channels: {', '.join(channels)}."
        )
        return new_alert(
            THEME_RULE,
            Severity.warning,
            subject=f"theme:{key}",
            trigger_event_id=event.event_id,
            event_time=event.occurred_at,
            explanation=explanation,
            evidence=list(entry.examples),
            now=now,
            details={
                "theme": key,
                "language": language,
                "key_phrases": ", ".join(phrases),
                "channels": ", ".join(channels),
                "languages": ", ".join(languages),
                "trend": trend,
                "count": str(found["count"]),
                "negative": str(found["negative"]),
                "baseline_mean": f"{found['mean']:.2f}",
                "volume_rise": str(found["volume"]).lower(),
                "negativity_rise": str(found["negativity"]).lower(),
                "first_seen": _iso_hour(entry.first_hour),
                "example": (event.text or "")[:200],
            },
        )

    # ------------------------------------------------------ alternatives --
    def _observe_alternatives(
        self, event: EnrichedTouchpoint, hour: int, customer: str, negative: bool, now: datetime
    ) -> list[Out]:
        cfg = self.shift_config
        names = alternative_names(event.text or "", cfg.known_names)
        out: list[Out] = []
        for name in names:
            entry = self.alternatives.count(
                name, customer, hour, negative, event.event_id, event.channel.value, event.language
            )
            if entry is None or not self._has_baseline(
                hour, cfg.alternative_window_hours, cfg.min_baseline_days
            ):
                continue
            if entry.fired_hour is not None and hour - entry.fired_hour < cfg.cooldown_hours:
                continue
            found = self._rises(
                entry,
                hour,
                cfg.alternative_window_hours,
                cfg.baseline_days,
                cfg.confidence_z,
                cfg.alternative_min_count,
                10**9,
                cfg.alternative_max_p_value,
            )
            if found is None:
                continue
            entry.fired_hour = hour
            trend = self._trend(entry, hour // 24)
            explanation = (
                f"New alternative '{name}': named by {found['count']} customers in the last "
                f"{cfg.alternative_window_hours} h vs {found['mean']:.1f} usual, first seen "
                f"{_iso_hour(entry.first_hour)[:16]}; daily customers: {trend}."
            )
            alert = new_alert(
                SHIFT_RULE,
                Severity.warning,
                subject=f"alternative:{name}",
                trigger_event_id=event.event_id,
                event_time=event.occurred_at,
                explanation=explanation,
                evidence=list(entry.examples),
                now=now,
                details={
                    "signal": "new_alternative",
                    "item": name,
                    "count": str(found["count"]),
                    "baseline_mean": f"{found['mean']:.2f}",
                    "since": _iso_hour(entry.first_hour),
                    "trend": trend,
                    "channels": ", ".join(sorted(entry.channels)),
                    "languages": ", ".join(sorted(entry.languages)),
                },
            )
            out += [
                Out(ALERTS, alert.dedup_key, alert),
                self._row("alternative", name, entry, hour // 24),
            ]
        return out

    # ---------------------------------------------------------- criteria --
    def _observe_criteria(
        self, event: EnrichedTouchpoint, hour: int, customer: str, now: datetime
    ) -> list[Out]:
        cfg = self.shift_config
        segments = [ALL_SEGMENTS]
        segment = segment_of(event)
        if segment and segment != ALL_SEGMENTS:
            segments.append(segment)
        items = [f"criterion:{c}" for c in event.criteria]
        items += [f"competitor:{c}" for c in event.competitors]
        counted: dict[str, list[tuple[str, KeyCounts]]] = {}
        for seg in segments:
            self.criteria.count(f"{seg}|{ACTIVE}", customer, hour, False, "")
            for item in items:
                entry = self.criteria.count(f"{seg}|{item}", customer, hour, False, event.event_id)
                if entry is not None:
                    counted.setdefault(item, []).append((seg, entry))
        if not self._has_baseline(hour, cfg.window_hours, cfg.min_baseline_days):
            return []
        out: list[Out] = []
        for item, entries in counted.items():
            # One shift is one alert: all customers and a segment moving together
            # say the same thing; the segment's alert is the more telling one.
            keys = [f"{seg}|{item}" for seg in segments]
            fired = [self.criteria.keys[k].fired_hour for k in keys if k in self.criteria.keys]
            if any(f is not None and hour - f < cfg.cooldown_hours for f in fired):
                continue
            alerts = [self._shift(seg, item, entry, event, hour, now) for seg, entry in entries]
            found = [a for a in alerts if a is not None]
            if found:
                for _, entry in entries:
                    entry.fired_hour = hour
                alert = found[-1]
                out.append(Out(ALERTS, alert.dedup_key, alert))
        return out

    def _shift(
        self,
        segment: str,
        item: str,
        entry: KeyCounts,
        event: EnrichedTouchpoint,
        hour: int,
        now: datetime,
    ) -> Alert | None:
        """Has the share of the window's customers citing ``item`` moved from its baseline?"""
        cfg = self.shift_config
        active = self.criteria.keys.get(f"{segment}|{ACTIVE}")
        if active is None:
            return None
        k, _ = entry.window()
        n, _ = active.window()
        if n == 0 or k < cfg.min_count:
            return None
        start_day = (hour - cfg.window_hours + 1) // 24
        history_days = (start_day * 24 - (self.first_hour or 0)) / 24
        days = math.ceil(max(min(history_days, cfg.baseline_days), 1.0))
        k0, _ = entry.total_days(start_day - days, start_day)
        n0, _ = active.total_days(start_day - days, start_day)
        if n0 == 0:
            return None
        p0, share = k0 / n0, k / n
        z = cfg.confidence_z
        spread = z * math.sqrt(max(p0 * (1 - p0), 1e-12) / n0) + z * z / (2 * n0)
        rises = (
            share - p0 >= cfg.min_delta
            and share >= cfg.min_ratio * p0
            and unlikely_high(k, n * (p0 + spread), cfg.max_p_value)
        )
        if not rises:
            return None
        since = self._since(entry, active, p0, cfg.min_delta / 2, hour // 24)
        what = item.split(":", 1)[1].replace("_", " ")
        kind = "criterion" if item.startswith("criterion:") else "competitor"
        where = "all customers" if segment == ALL_SEGMENTS else f"segment {segment}"
        explanation = (
            f"Choice {kind} '{what}' among {where}: cited by {share:.0%} of customers in the "
            f"last {cfg.window_hours} h ({k} of {n}) vs {p0:.1%} over the {days} days before "
            f"(+{(share - p0) * 100:.1f} points), rising since {since}."
        )
        return new_alert(
            SHIFT_RULE,
            Severity.warning,
            subject=f"{kind}:{segment}:{item.split(':', 1)[1]}",
            trigger_event_id=event.event_id,
            event_time=event.occurred_at,
            explanation=explanation,
            evidence=list(entry.examples),
            now=now,
            details={
                "signal": "criteria" if kind == "criterion" else "competitor",
                "segment": segment,
                "item": item.split(":", 1)[1],
                "share_before": f"{p0:.4f}",
                "share_now": f"{share:.4f}",
                "delta_points": f"{(share - p0) * 100:.1f}",
                "direction": "up",
                "since": since,
                "customers": str(k),
                "active_customers": str(n),
            },
        )

    def _since(
        self, entry: KeyCounts, active: KeyCounts, p0: float, margin: float, day: int
    ) -> str:
        """The first of the recent days from which the item's daily share stayed above p0."""
        since = day
        for d in range(day, day - TREND_DAYS, -1):
            n = active.days.get(d, (0, 0))[0]
            k = entry.days.get(d, (0, 0))[0]
            if n and k / n >= p0 + margin:
                since = d
            elif d < day:
                break
        return _day(since)

    # -------------------------------------------------------------- rows --
    def _row(self, kind: str, key: str, entry: KeyCounts, day: int) -> Out:
        language, _, phrase = key.partition(":") if kind == THEME_RULE else ("", "", key)
        customers, negative = entry.days.get(day, (0, 0))
        theme_id = f"{'theme' if kind == THEME_RULE else 'alternative'}:{key}"
        row = (
            theme_id,
            "theme" if kind == THEME_RULE else "alternative",
            datetime.fromtimestamp(day * 86_400, tz=UTC),  # midnight: rows travel as JSON
            language,
            phrase,
            customers,
            negative,
            list(entry.examples),
            sorted(entry.channels),
            sorted(entry.languages),
            datetime.fromtimestamp(entry.first_hour * 3600, tz=UTC),
            None
            if entry.fired_hour is None
            else datetime.fromtimestamp(entry.fired_hour * 3600, tz=UTC),
            (self.hour or 0) * 1_000_000 + customers,  # version: later hours win
        )
        return Out(ROWS, f"{theme_id}|{day}", (THEMES_TABLE, row))

    def _day_rows(self, day: int) -> list[Out]:
        """The candidates of a day that just closed, with their counts of that day."""
        out = []
        minimum = self.themes_config.candidate_min
        for kind, counts in ((THEME_RULE, self.themes), ("alternative", self.alternatives)):
            for key, entry in counts.keys.items():
                if entry.days.get(day, (0, 0))[0] >= minimum:
                    out.append(self._row(kind, key, entry, day))
        return out


__all__ = [
    "SHIFT_RULE",
    "THEME_RULE",
    "ExpectationsDetector",
    "ShiftConfig",
    "ThemeConfig",
    "load_expectation_configs",
]
