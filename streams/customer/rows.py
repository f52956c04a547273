"""A customer's ClickHouse row (``voc.customers``, column order = ``CUSTOMER_COLUMNS``)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sinks.clickhouse.tables import CUSTOMER_COLUMNS, parse_time_or_none
from streams.customer.segments import SegmentsConfig, profile
from streams.customer.state import CustomerState


def customer_row(
    state: CustomerState,
    updated_at: datetime,
    document: bytes | None = None,
    segments: SegmentsConfig | None = None,
) -> tuple[Any, ...]:
    """``document``: ``state.to_document()`` when the caller already has it (the table value)."""
    money = profile(state, segments)
    return (
        state.customer_id,
        state.account_id or "",
        updated_at,
        state.version,
        state.contact_count,
        state.identifiers,
        state.channels,
        parse_time_or_none(state.first_seen),
        parse_time_or_none(state.last_seen),
        state.last_sentiment,
        state.sentiment_trend,
        state.nps_last,
        state.csat_last,
        state.ces_last,
        state.churn_risk,
        state.churn_reasons,
        (state.to_document() if document is None else document).decode(),
        state.journey_stage,
        state.nps_category or "",
        json.dumps(state.churn_factors, ensure_ascii=False, default=str),
        _top(state.topics, 5),
        _top({topic: item["count"] for topic, item in state.irritants.items()}, 5),
        sorted(state.competitors),
        len(state.open_issues),
        state.repeat_contacts,
        state.order_value_total,
        state.plan or "",
        state.language or "",
        "",
        money.segment,
        money.tier,
        money.value,
        money.value_at_risk,
        state.last_touchpoint_stage or "",
        state.context.get("role", "")[:16],
    )


def merged_customer_row(
    key: str, version: int, survivor: CustomerState, updated_at: datetime
) -> tuple[Any, ...]:
    """The last row of a customer key absorbed by an identity merge: no counts, a pointer."""
    row = dict.fromkeys(CUSTOMER_COLUMNS)
    row |= {
        "customer_id": key, "account_id": survivor.account_id or "", "updated_at": updated_at,
        "version": version, "contact_count": 0, "identifiers": [], "channels": {},
        "churn_risk": 0, "churn_reasons": [], "state": "{}", "journey_stage": "merged",
        "nps_category": "", "churn_factors": "{}", "top_topics": [], "irritants": [],
        "competitors": [], "open_issues": 0, "repeat_contacts": 0, "order_value_total": 0.0,
        "plan": "", "language": "", "merged_into": survivor.customer_id,
        "engagement_segment": "", "value_tier": "", "customer_value": 0.0,
        "value_at_risk": 0.0, "last_touchpoint_stage": "", "role": "",
    }  # fmt: skip
    return tuple(row[column] for column in CUSTOMER_COLUMNS)


def _top(counts: dict[str, int], limit: int) -> list[str]:
    return [key for key, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]]
