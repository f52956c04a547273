"""A customer's emotional-engagement segment, value, value tier and value at risk.

Pure functions of a :class:`CustomerState`, configured by
``streams/customer/segments.toml``; the customer rows (``voc.customers``) carry
their results, the account roll-up sums the value of its contacts, and
``high_value_at_risk`` quotes the value at risk.

Engagement segment, the first that holds:

- ``at_risk``: churn risk at or above ``at_risk_churn_risk``;
- ``frustrated``: sentiment trend at or below ``frustrated_trend``, or a
  detractor NPS as last answer, or effort (rolling CES) at or above
  ``high_effort_ces``;
- ``advocate``: a promoter NPS as last answer, a trend not below 0, and a voice
  heard within ``recency_days``;
- ``satisfied``: trend at or above ``satisfied_trend`` or rolling CSAT at or
  above ``satisfied_csat``, and a voice heard within ``recency_days``;
- ``indifferent``: everything else (no opinion, a lukewarm one, or a good
  one that is older than ``recency_days``).

Recency is measured from the customer's last voice (a scored inbound message
or a survey answer) to their last touchpoint, both in stream time: a customer
who still browses and buys but stopped telling us anything drifts to
indifferent.

Value: the sum of the ``summed`` attributes over purchases, plus twelve times
the latest ``monthly`` one, plus the latest ``annual`` one (when a publisher
sends both a monthly and a yearly figure, the larger year counts). Value at
risk is ``churn_risk / 100 x value``.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from schemas.models import EnrichedTouchpoint, Kind
from streams.customer.state import CustomerState
from streams.customer.timeline import days_between

DEFAULT_SEGMENTS_FILE = Path(__file__).with_name("segments.toml")
SEGMENTS = ("advocate", "satisfied", "indifferent", "frustrated", "at_risk")
TIERS = ("high", "medium", "low", "none")


@dataclass(frozen=True)
class ValueConfig:
    summed: tuple[str, ...] = ("order_value",)
    monthly: tuple[str, ...] = ("mrr", "monthly_value")
    annual: tuple[str, ...] = ("annual_value", "arr", "contract_value")
    high: float = 2000.0
    medium: float = 300.0


@dataclass(frozen=True)
class EngagementConfig:
    at_risk_churn_risk: int = 50
    frustrated_trend: float = -0.2
    detractor_max_nps: int = 6
    high_effort_ces: float = 5.0
    promoter_min_nps: int = 9
    satisfied_trend: float = 0.2
    satisfied_csat: float = 4.0
    recency_days: float = 60.0


@dataclass(frozen=True)
class SegmentsConfig:
    value: ValueConfig = field(default_factory=ValueConfig)
    engagement: EngagementConfig = field(default_factory=EngagementConfig)


@dataclass(frozen=True)
class Profile:
    """What ``voc.customers`` shows of a customer's engagement and money."""

    segment: str
    tier: str
    value: float
    value_at_risk: float


def load_segments_config(path: Path | None = None) -> SegmentsConfig:
    """The file's ``[value]`` and ``[engagement]`` tables; a typo is an error, not a default."""
    # here, not at the top: the rules module quotes value at risk with this one
    from streams.alerts.rules import config_section

    source = path or DEFAULT_SEGMENTS_FILE
    data = tomllib.loads(source.read_text(encoding="utf-8"))
    unknown = sorted(set(data) - {"value", "engagement"})
    try:
        if unknown:
            raise ValueError(f"unknown section(s) {', '.join(unknown)}")
        return SegmentsConfig(
            value=config_section(ValueConfig, data.get("value", {}), "value"),
            engagement=config_section(EngagementConfig, data.get("engagement", {}), "engagement"),
        )
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{source}: {exc}") from exc


@lru_cache(maxsize=1)
def default_segments() -> SegmentsConfig:
    return load_segments_config()


def _amount(raw: str | None) -> float | None:
    """'1 299,90' and '1299.90' read alike; anything else is no amount (never a crash)."""
    if raw is None:
        return None
    try:
        value = float(raw.replace(" ", "").replace("\u00a0", "").replace(",", "."))
    except ValueError:
        return None
    return value if value == value and abs(value) != float("inf") else None


def fold_value(state: CustomerState, event: EnrichedTouchpoint, config: ValueConfig) -> None:
    """Add a purchase's ``summed`` attributes to the state (call once per applied event).

    ``order_value`` is already summed by the customer model as ``order_value_total``;
    the others land in ``value_sums``. Monthly and yearly figures need no folding:
    the latest is in the state's context (``attributes`` that describe the customer).
    """
    if event.kind is not Kind.purchase:
        return
    for key in config.summed:
        if key == "order_value":
            continue
        amount = _amount(event.attributes.get(key))
        if amount is not None and amount > 0:
            state.value_sums[key] = round(state.value_sums.get(key, 0.0) + amount, 2)


def customer_value(state: CustomerState, config: ValueConfig) -> float:
    summed = sum(
        state.order_value_total if key == "order_value" else state.value_sums.get(key, 0.0)
        for key in config.summed
    )
    context = state.context
    monthly = [_amount(context.get(key)) for key in config.monthly]
    annual = [_amount(context.get(key)) for key in config.annual]
    yearly = max(
        [12 * m for m in monthly if m is not None and m > 0]
        + [a for a in annual if a is not None and a > 0]
        + [0.0]
    )
    return round(summed + yearly, 2)


def value_tier(value: float, config: ValueConfig) -> str:
    if value >= config.high:
        return "high"
    if value >= config.medium:
        return "medium"
    return "low" if value > 0 else "none"


def engagement_segment(state: CustomerState, config: EngagementConfig) -> str:
    if state.churn_risk >= config.at_risk_churn_risk:
        return "at_risk"
    trend = state.sentiment_trend
    if (
        (trend is not None and trend <= config.frustrated_trend)
        or (state.nps_last is not None and state.nps_last <= config.detractor_max_nps)
        or (state.ces_rolling is not None and state.ces_rolling >= config.high_effort_ces)
    ):
        return "frustrated"
    recent = (
        state.last_voice_at is not None
        and state.last_seen is not None
        and days_between(state.last_voice_at, state.last_seen) <= config.recency_days
    )
    if not recent:
        return "indifferent"
    if (
        state.nps_last is not None
        and state.nps_last >= config.promoter_min_nps
        and (trend is None or trend >= 0)
    ):
        return "advocate"
    if (trend is not None and trend >= config.satisfied_trend) or (
        state.csat_rolling is not None and state.csat_rolling >= config.satisfied_csat
    ):
        return "satisfied"
    return "indifferent"


def value_at_risk(churn_risk: float, value: float) -> float:
    return round(max(0.0, min(100.0, churn_risk)) / 100.0 * value, 2)


def profile(state: CustomerState, config: SegmentsConfig | None = None) -> Profile:
    config = config or default_segments()
    value = customer_value(state, config.value)
    return Profile(
        segment=engagement_segment(state, config.engagement),
        tier=value_tier(value, config.value),
        value=value,
        value_at_risk=value_at_risk(state.churn_risk, value),
    )
