"""Counts that may rise: distinct customers per key, per hour and per day, in stream time.

The shared bookkeeping of the expectation detectors (:mod:`streams.stages.
expectations`): a key is a candidate theme's phrase, a name customers compare
us with, or a (segment, criterion) pair. For each key it keeps

- the customers counted in the sliding window of ``window_hours`` (one-hour
  slots; a customer counts once per window, as in the topic-spike detector:
  one person writing five times is not a trend), and negative ones apart;
- the same counts per day for ``history_days`` (the baselines and the
  ``voc.themes`` daily counts), with the channels, languages and a few
  example event ids.

Pure and JSON-serialisable (``to_json``/``from_json``): it lives in the
sequencer's table with the rest of the population state.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from streams.stages.spike import poisson_tail

MAX_EXAMPLES = 5


def upper_rate(per_day: float, days: float, z: float) -> float:
    """Upper confidence bound of a daily Poisson rate seen over ``days`` days."""
    k = max(per_day, 0.0) * days
    return (k + z * math.sqrt(k + 1.0) + z * z / 2.0) / days


def unlikely_high(count: int, expected: float, max_p: float) -> bool:
    return poisson_tail(count, max(expected, 1e-9)) < max_p


@dataclass
class KeyCounts:
    #: hour index -> [customers, negative] within the window.
    hours: dict[int, list[int]] = field(default_factory=dict)
    #: day index -> [customers, negative].
    days: dict[int, list[int]] = field(default_factory=dict)
    #: customer key -> hour it was last counted.
    seen: dict[str, int] = field(default_factory=dict)
    examples: list[str] = field(default_factory=list)
    channels: dict[str, int] = field(default_factory=dict)
    languages: dict[str, int] = field(default_factory=dict)
    first_hour: int = 0
    last_hour: int = 0
    fired_hour: int | None = None

    def to_json(self) -> list[Any]:
        return [
            {str(h): v for h, v in self.hours.items()},
            {str(d): v for d, v in self.days.items()},
            self.seen,
            self.examples,
            self.channels,
            self.languages,
            self.first_hour,
            self.last_hour,
            self.fired_hour,
        ]

    @classmethod
    def from_json(cls, data: list[Any]) -> KeyCounts:
        hours, days, seen, examples, channels, languages, first, last, fired = data
        return cls(
            {int(h): list(v) for h, v in hours.items()},
            {int(d): list(v) for d, v in days.items()},
            dict(seen),
            list(examples),
            dict(channels),
            dict(languages),
            int(first),
            int(last),
            None if fired is None else int(fired),
        )

    def window(self) -> tuple[int, int]:
        customers = negative = 0
        for c, n in self.hours.values():
            customers += c
            negative += n
        return customers, negative

    def total_days(self, first_day: int, last_day: int) -> tuple[int, int]:
        """Customers and negative ones over days ``first_day`` .. ``last_day - 1``."""
        customers = negative = 0
        for day, (c, n) in self.days.items():
            if first_day <= day < last_day:
                customers += c
                negative += n
        return customers, negative


@dataclass
class RisingCounts:
    window_hours: int = 24
    history_days: int = 35
    keys: dict[str, KeyCounts] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {k: v.to_json() for k, v in self.keys.items()}

    def load(self, data: dict[str, Any]) -> None:
        self.keys = {k: KeyCounts.from_json(v) for k, v in data.items()}

    def count(
        self,
        key: str,
        customer: str,
        hour: int,
        negative: bool,
        event_id: str,
        channel: str = "",
        language: str = "",
    ) -> KeyCounts | None:
        """Count one mention; None when this customer already counts in the window."""
        entry = self.keys.get(key)
        if entry is None:
            entry = self.keys[key] = KeyCounts(first_hour=hour, last_hour=hour)
        last = entry.seen.get(customer)
        if last is not None and hour - last < self.window_hours:
            return None
        entry.seen[customer] = hour
        entry.last_hour = max(entry.last_hour, hour)
        slot = entry.hours.setdefault(hour, [0, 0])
        slot[0] += 1
        slot[1] += negative
        day = entry.days.setdefault(hour // 24, [0, 0])
        day[0] += 1
        day[1] += negative
        if event_id:
            entry.examples.append(event_id)
            del entry.examples[:-MAX_EXAMPLES]
        if channel:
            entry.channels[channel] = entry.channels.get(channel, 0) + 1
        if language:
            entry.languages[language] = entry.languages.get(language, 0) + 1
        return entry

    def advance(self, hour: int, keep: int = 0) -> None:
        """Drop what left the window and the history; forget keys with nothing left.

        Called when stream time crosses an hour. ``keep``: keys seen by fewer
        customers than this over their history, and silent for a window, are
        dropped too (the one-off phrases of a month of texts).
        """
        oldest_hour = hour - self.window_hours
        oldest_day = hour // 24 - self.history_days
        for key in list(self.keys):
            entry = self.keys[key]
            if entry.hours and min(entry.hours) <= oldest_hour:
                entry.hours = {h: v for h, v in entry.hours.items() if h > oldest_hour}
            if entry.seen and min(entry.seen.values()) <= oldest_hour:
                entry.seen = {c: h for c, h in entry.seen.items() if h > oldest_hour}
            if entry.days and min(entry.days) < oldest_day:
                entry.days = {d: v for d, v in entry.days.items() if d >= oldest_day}
            if not entry.hours and (
                not entry.days or sum(c for c, _ in entry.days.values()) < keep
            ):
                del self.keys[key]

    def forget(self, customers: set[str]) -> None:
        """An erased person's keys leave the windows (the counts stay: they are anonymous)."""
        for entry in self.keys.values():
            for customer in customers & entry.seen.keys():
                del entry.seen[customer]


class Rise(NamedTuple):
    """A key's window against its own trailing days (:func:`rise`)."""

    customers: int
    negative: int
    mean: float
    neg_mean: float
    volume: bool
    negativity: bool


def rise(
    entry: KeyCounts,
    hour: int,
    first_hour: int,
    window_hours: int,
    baseline_days: float,
    z: float,
    min_count: int,
    min_negative: int,
    max_p: float,
) -> Rise | None:
    """Volume or negative mentions in the window, unlikely under the key's trailing days.

    The baseline is the key's daily rate over the ``baseline_days`` (or the
    stream's history, if shorter) before the window's first day, raised to an
    upper confidence bound; a test passes at ``min_count`` (``min_negative``)
    customers with a Poisson tail below ``max_p``.
    """
    count, negative = entry.window()
    if count < min(min_count, min_negative):
        return None
    window_start_day = (hour - window_hours + 1) // 24
    history_days = (window_start_day * 24 - first_hour) / 24
    days = max(min(history_days, baseline_days), 1.0)
    before, before_negative = entry.total_days(window_start_day - math.ceil(days), window_start_day)
    scale = window_hours / 24
    expected = upper_rate(before / days, days, z) * scale
    neg_expected = upper_rate(before_negative / days, days, z) * scale
    volume = count >= min_count and unlikely_high(count, expected, max_p)
    negativity = negative >= min_negative and unlikely_high(negative, neg_expected, max_p)
    if not (volume or negativity):
        return None
    mean, neg_mean = before / days * scale, before_negative / days * scale
    return Rise(count, negative, mean, neg_mean, volume, negativity)


def trend(entry: KeyCounts, day: int, days: int) -> str:
    """Customers per day over the ``days`` days ending with ``day``, comma-separated."""
    return ",".join(str(entry.days.get(d, (0, 0))[0]) for d in range(day - days + 1, day + 1))


def share_since(entry: KeyCounts, active: KeyCounts, floor: float, day: int, days: int) -> int:
    """The first of the last ``days`` days from which the daily share stayed at ``floor``+."""
    since = day
    for d in range(day, day - days, -1):
        n = active.days.get(d, (0, 0))[0]
        k = entry.days.get(d, (0, 0))[0]
        if n and k / n >= floor:
            since = d
        elif d < day:
            break
    return since
