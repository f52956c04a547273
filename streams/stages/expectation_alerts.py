"""The words of the ``emerging_theme`` and ``expectation_shift`` alerts (stages.expectations).

Pure builders: what the detector found in, an :class:`~schemas.models.Alert`
out, with a plain-words explanation and the details receivers and the demo read.
"""

from __future__ import annotations

from datetime import UTC, datetime

from schemas.models import Alert, EnrichedTouchpoint, Severity
from streams.alerts.alerting import new_alert
from streams.stages.rising import KeyCounts, Rise

THEME_RULE = "emerging_theme"
SHIFT_RULE = "expectation_shift"
ALL_SEGMENTS = "all"
#: Days of daily counts an alert shows as its trend.
TREND_DAYS = 7


def iso_hour(hour: int) -> str:
    return datetime.fromtimestamp(hour * 3600, tz=UTC).isoformat()


def iso_day(day: int) -> str:
    return datetime.fromtimestamp(day * 86_400, tz=UTC).date().isoformat()


def theme_alert(
    key: str,
    entry: KeyCounts,
    phrases: list[str],
    found: Rise,
    trend: str,
    window_hours: int,
    event: EnrichedTouchpoint,
    now: datetime,
) -> Alert:
    """A candidate theme (``key`` = ``language:phrase``) rose; ``phrases``: its key phrases."""
    language, phrase = key.split(":", 1)
    channels = sorted(entry.channels, key=lambda c: -entry.channels[c])
    explanation = (
        f"New theme '{phrase}' ({language}): {found.customers} customers in the last "
        f"{window_hours} h ({found.negative} negative) vs {found.mean:.1f} "
        f"({found.neg_mean:.1f}) usual; key phrases: {', '.join(phrases)}; "
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
            "languages": ", ".join(sorted(entry.languages)),
            "trend": trend,
            "count": str(found.customers),
            "negative": str(found.negative),
            "baseline_mean": f"{found.mean:.2f}",
            "volume_rise": str(found.volume).lower(),
            "negativity_rise": str(found.negativity).lower(),
            "first_seen": iso_hour(entry.first_hour),
            "example": (event.text or "")[:200],  # PII-redacted by enrichment
        },
    )


def alternative_alert(
    name: str,
    entry: KeyCounts,
    found: Rise,
    trend: str,
    window_hours: int,
    event: EnrichedTouchpoint,
    now: datetime,
) -> Alert:
    """A name the competitor list does not know is named more and more."""
    explanation = (
        f"New alternative '{name}': named by {found.customers} customers in the last "
        f"{window_hours} h vs {found.mean:.1f} usual, first seen "
        f"{iso_hour(entry.first_hour)[:16]}; daily customers: {trend}."
    )
    return new_alert(
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
            "count": str(found.customers),
            "baseline_mean": f"{found.mean:.2f}",
            "since": iso_hour(entry.first_hour),
            "trend": trend,
            "channels": ", ".join(sorted(entry.channels)),
            "languages": ", ".join(sorted(entry.languages)),
        },
    )


def shift_alert(
    segment: str,
    item: str,
    entry: KeyCounts,
    cited: tuple[int, int],
    shares: tuple[float, float],
    days: int,
    since: int,
    window_hours: int,
    event: EnrichedTouchpoint,
    now: datetime,
) -> Alert:
    """``item`` (``criterion:x`` or ``competitor:x``) is cited by a larger share of ``segment``.

    ``cited``: (customers citing it, active customers) in the window; ``shares``:
    (baseline share over the ``days`` before, share now); ``since``: a day index.
    """
    (k, n), (p0, share) = cited, shares
    kind, name = item.split(":", 1)
    what = name.replace("_", " ")
    where = "all customers" if segment == ALL_SEGMENTS else f"segment {segment}"
    explanation = (
        f"Choice {kind} '{what}' among {where}: cited by {share:.0%} of customers in the "
        f"last {window_hours} h ({k} of {n}) vs {p0:.1%} over the {days} days before "
        f"(+{(share - p0) * 100:.1f} points), rising since {iso_day(since)}."
    )
    return new_alert(
        SHIFT_RULE,
        Severity.warning,
        subject=f"{kind}:{segment}:{name}",
        trigger_event_id=event.event_id,
        event_time=event.occurred_at,
        explanation=explanation,
        evidence=list(entry.examples),
        now=now,
        details={
            "signal": "criteria" if kind == "criterion" else "competitor",
            "segment": segment,
            "item": name,
            "share_before": f"{p0:.4f}",
            "share_now": f"{share:.4f}",
            "delta_points": f"{(share - p0) * 100:.1f}",
            "direction": "up",
            "since": iso_day(since),
            "customers": str(k),
            "active_customers": str(n),
        },
    )
