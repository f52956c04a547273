"""The tables the writer fills, and pure mappings from records to rows (order = ``COLUMNS``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from schemas.models import Alert, DeadLetter, EnrichedTouchpoint

TOUCHPOINT_COLUMNS = (
    "event_id", "occurred_at", "ingested_at", "customer_id", "account_id", "channel", "kind",
    "direction", "source", "language", "language_confidence", "scored", "sentiment",
    "sentiment_label", "sentiment_confidence", "emotions", "intents", "topics", "competitors",
    "criteria", "pii_kinds", "subject", "text", "nps", "csat", "ces", "attributes",
    "model_version", "journey_stage",
)  # fmt: skip

CUSTOMER_COLUMNS = (
    "customer_id", "account_id", "updated_at", "version", "contact_count", "identifiers",
    "channels", "first_seen", "last_seen", "last_sentiment", "sentiment_trend", "nps_last",
    "csat_last", "ces_last", "churn_risk", "churn_reasons", "state", "journey_stage",
    "nps_category", "churn_factors", "top_topics", "irritants", "competitors", "open_issues",
    "repeat_contacts", "order_value_total", "plan", "language", "merged_into",
    "engagement_segment", "value_tier", "customer_value", "value_at_risk",
    "last_touchpoint_stage", "role",
)  # fmt: skip

ALERT_COLUMNS = (
    "alert_id", "rule", "severity", "customer_id", "account_id", "created_at", "emitted_at",
    "explanation", "evidence", "dedup_key", "details",
)  # fmt: skip

DEAD_LETTER_COLUMNS = (
    "source_topic", "source_partition", "source_offset", "reason", "detail", "failed_at",
    "payload_size", "payload_preview",
)  # fmt: skip

ACCOUNT_COLUMNS = (
    "account_id", "updated_at", "version", "health", "contacts", "unhappy_contacts",
    "unhappy_weight", "at_risk", "unhappy", "last_seen", "contact_state", "buyers", "users",
    "unhappy_buyers", "value", "churn_risk", "value_at_risk",
)  # fmt: skip

#: Candidate themes and alternative names, one row per (theme, day): streams/stages/expectations.py.
THEME_COLUMNS = (
    "theme_id", "kind", "day", "language", "phrase", "customers", "negative", "examples",
    "channels", "languages", "first_seen", "alerted_at", "version",
)  # fmt: skip

COLUMNS: dict[str, tuple[str, ...]] = {
    # not a table: the store writer's erasure marker (sinks/clickhouse/erasure.py)
    "$erase": ("request",),
    "accounts": ACCOUNT_COLUMNS,
    "touchpoints": TOUCHPOINT_COLUMNS,
    "customers": CUSTOMER_COLUMNS,
    "alerts": ALERT_COLUMNS,
    "dead_letters": DEAD_LETTER_COLUMNS,
    "themes": THEME_COLUMNS,
}


def touchpoint_row(event: EnrichedTouchpoint, customer_id: str) -> tuple[Any, ...]:
    scores = event.scores
    return (
        event.event_id,
        event.occurred_at,
        event.ingested_at,
        customer_id,
        event.customer.account_id or "",
        event.channel.value,
        event.kind.value,
        event.direction.value,
        event.source or "",
        event.language,
        event.language_confidence,
        event.scored,
        event.sentiment,
        event.sentiment_label.value,
        event.sentiment_confidence,
        event.emotions,
        event.intents,
        event.topics,
        event.competitors,
        event.criteria,
        event.pii_kinds,
        event.subject or "",
        event.text or "",
        scores.nps,
        scores.csat,
        scores.ces,
        event.attributes,
        event.model_version,
        event.journey_stage,
    )


def parse_time_or_none(moment: str | None) -> datetime | None:
    return datetime.fromisoformat(moment) if moment else None


def alert_row(alert: Alert) -> tuple[Any, ...]:
    return (
        alert.alert_id,
        alert.rule,
        alert.severity.value,
        alert.customer_id or "",
        alert.account_id or "",
        alert.created_at,
        alert.emitted_at,
        alert.explanation,
        alert.evidence,
        alert.dedup_key,
        alert.details,
    )


def dead_letter_row(
    letter: DeadLetter, preview: Callable[[bytes], str] | None = None
) -> tuple[Any, ...]:
    """``preview`` turns the bytes into the stored preview (the worker passes the PII
    redactor, streams/text/redaction.py:redact_preview); without it, the first 512."""
    return (
        letter.source_topic,
        letter.source_partition,
        letter.source_offset,
        letter.reason,
        letter.detail,
        letter.failed_at,
        len(letter.payload),
        preview(letter.payload)
        if preview is not None
        else letter.payload[:512].decode("utf-8", errors="replace"),
    )
