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

from schemas.models import Alert, Direction, EnrichedTouchpoint, SentimentLabel
from streams.alerts.rules import config_section
from streams.stages.expectation_alerts import (
    ALL_SEGMENTS,
    SHIFT_RULE,
    THEME_RULE,
    TREND_DAYS,
    alternative_alert,
    shift_alert,
    theme_alert,
)
from streams.stages.records import ALERTS, ROWS, Out
from streams.stages.rising import (
    KeyCounts,
    RisingCounts,
    rise,
    share_since,
    trend,
    unlikely_high,
)
from streams.text.themes import alternative_names, key_phrases

ACTIVE = "active"
THEMES_TABLE = "themes"
#: Counted entries (customers in a window, hours, days) per saved piece of state:
#: about 30 bytes each, so a piece stays near 500 KB.
CHUNK_BUDGET = 15_000


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
        }

    def _sections(self) -> tuple[tuple[str, RisingCounts], ...]:
        return (
            ("themes", self.themes),
            ("alternatives", self.alternatives),
            ("criteria", self.criteria),
        )

    def to_chunks(self, budget: int = CHUNK_BUDGET) -> list[dict[str, Any]]:
        """The state in pieces of about ``budget`` counted entries each.

        Each piece is one record of the sequencer's table (and its changelog),
        which must stay well under the broker's message size (1 MiB by
        default): at high volume the active customers of a segment alone are
        tens of thousands of entries. :meth:`from_chunks` puts them together.
        """
        chunks: list[dict[str, Any]] = [
            {"hour": self.hour, "first_hour": self.first_hour, "claims": self.claims}
        ]
        size = len(self.claims)
        for section, counts in self._sections():
            for key, entry in counts.keys.items():
                cost = 8 + len(entry.seen) + len(entry.hours) + len(entry.days)
                if size and size + cost > budget:
                    chunks.append({})
                    size = 0
                chunks[-1].setdefault(section, {})[key] = entry.to_json()
                size += cost
        return chunks

    @classmethod
    def from_chunks(
        cls, chunks: list[dict[str, Any]], themes: ThemeConfig, shift: ShiftConfig
    ) -> ExpectationsDetector:
        merged = dict(chunks[0])
        for section in ("themes", "alternatives", "criteria"):
            merged[section] = {k: v for c in chunks for k, v in c.get(section, {}).items()}
        return cls.from_json(merged, themes, shift)

    @classmethod
    def from_json(
        cls, data: dict[str, Any], themes: ThemeConfig, shift: ShiftConfig
    ) -> ExpectationsDetector:
        detector = cls(themes, shift, data.get("hour"), data.get("first_hour"))
        detector.themes.load(data.get("themes", {}))
        detector.alternatives.load(data.get("alternatives", {}))
        detector.criteria.load(data.get("criteria", {}))
        detector.claims = {k: list(v) for k, v in data.get("claims", {}).items()}
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
            found = rise(
                entry,
                hour,
                self.first_hour or hour,
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
            phrases_of = [m.split(":", 1)[1] for m in members]
            daily = trend(entry, hour // 24, TREND_DAYS)
            alert = theme_alert(key, entry, phrases_of, found, daily, cfg.window_hours, event, now)
            return [
                Out(ALERTS, alert.dedup_key, alert),
                self._row(THEME_RULE, key, entry, hour // 24),
            ]
        return []

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
            found = rise(
                entry,
                hour,
                self.first_hour or hour,
                cfg.alternative_window_hours,
                cfg.baseline_days,
                cfg.confidence_z,
                cfg.alternative_min_count,
                10**9,  # a name's mentions count, not their mood
                cfg.alternative_max_p_value,
            )
            if found is None:
                continue
            entry.fired_hour = hour
            daily = trend(entry, hour // 24, TREND_DAYS)
            window = cfg.alternative_window_hours
            alert = alternative_alert(name, entry, found, daily, window, event, now)
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
        since = share_since(entry, active, p0 + cfg.min_delta / 2, hour // 24, TREND_DAYS)
        return shift_alert(
            segment, item, entry, (k, n), (p0, share), days, since, cfg.window_hours, event, now
        )

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
