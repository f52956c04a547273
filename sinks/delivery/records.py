"""What delivery produces besides HTTP requests: attempt records and dead letters.

``Attempt`` becomes one row of ``voc.alert_deliveries`` (the delivery log);
``FailedDelivery`` becomes one record of the delivery dead-letter topic
``voc.alerts.delivery_dlq``: the value is the alert's original Avro bytes,
unchanged (so ``voc alerts replay`` can send it again as it was), and the
delivery facts travel in Kafka headers (``voc-destination``, ``voc-reason``,
``voc-error``, ``voc-attempts``, ``voc-queued-at``, ``voc-failed-at``).
Pure functions only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from schemas.models import Alert

DELIVERY_TABLE = "alert_deliveries"
FEEDBACK_TABLE = "alert_feedback"
DELIVERY_COLUMNS = (
    "alert_id", "destination", "kind", "attempt", "status", "http_status", "latency_ms",
    "error", "attempted_at", "digest_size",
)  # fmt: skip
FEEDBACK_COLUMNS = ("alert_id", "useful", "by", "comment", "at")
DESTINATION_HEADER = "voc-destination"


@dataclass(frozen=True)
class Attempt:
    """One try to deliver one alert to one destination (or its dead-lettering).

    ``status``: delivered, failed (will retry), rate_limited (429, will retry),
    rejected (4xx, will not retry), dead_lettered (sent to the delivery DLQ).
    ``digest_size`` > 1 when the alert went out in a Slack digest.
    """

    alert_id: str
    destination: str
    kind: str
    attempt: int
    status: str
    http_status: int | None
    latency_ms: float
    error: str
    attempted_at: datetime
    digest_size: int = 1


@dataclass(frozen=True)
class FailedDelivery:
    """An alert one destination did not take before the give-up time (or refused)."""

    alert: Alert
    destination: str
    reason: str  # gave_up, rejected, unknown_destination
    error: str
    attempts: int
    queued_at: datetime
    failed_at: datetime


def attempt_row(attempt: Attempt) -> tuple[Any, ...]:
    return (
        attempt.alert_id,
        attempt.destination,
        attempt.kind,
        attempt.attempt,
        attempt.status,
        attempt.http_status,
        round(attempt.latency_ms, 3),
        attempt.error,
        attempt.attempted_at,
        attempt.digest_size,
    )


def dead_letter_headers(failed: FailedDelivery) -> list[tuple[str, bytes]]:
    """Kafka headers of a delivery dead letter (the value stays the alert's Avro bytes)."""
    facts = {
        DESTINATION_HEADER: failed.destination,
        "voc-reason": failed.reason,
        "voc-error": failed.error[:1000],
        "voc-attempts": str(failed.attempts),
        "voc-queued-at": failed.queued_at.isoformat(),
        "voc-failed-at": failed.failed_at.isoformat(),
    }
    return [(key, value.encode()) for key, value in facts.items()]


def read_headers(
    headers: Iterable[tuple[str, bytes]] | Mapping[str, bytes] | None,
) -> dict[str, str]:
    """Kafka headers (a list of pairs, or a mapping as Faust gives them) as text."""
    if not headers:
        return {}
    pairs = headers.items() if isinstance(headers, Mapping) else headers
    out: dict[str, str] = {}
    for key, value in pairs:
        raw = value if isinstance(value, bytes) else str(value or "").encode()
        out[str(key)] = raw.decode("utf-8", errors="replace")
    return out
