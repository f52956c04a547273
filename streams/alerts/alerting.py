"""Building alerts: one constructor for every rule, customer, account or population.

The alert id is derived from the dedup key and the triggering event, so the
same event replayed after a crash yields the same id, and ClickHouse
(ReplacingMergeTree on alert_id) and receivers (idempotency key) keep it once.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import datetime

from schemas.models import Alert, Severity
from streams.text.redaction import redact_explanation


def alert_id(rule: str, subject: str, event_id: str) -> str:
    digest = hashlib.blake2b(f"{rule}|{subject}|{event_id}".encode(), digest_size=12)
    return digest.hexdigest()


def new_alert(
    rule: str,
    severity: Severity,
    *,
    subject: str,
    trigger_event_id: str,
    event_time: datetime,
    explanation: str,
    evidence: Sequence[str],
    now: datetime,
    customer_id: str | None = None,
    account_id: str | None = None,
    details: dict[str, str] | None = None,
) -> Alert:
    """An alert about ``subject`` (a customer id, ``account:<id>`` or ``topic:<id>``).

    ``event_time`` is stream time (the triggering touchpoint's occurred_at);
    ``now`` is wall-clock emission time, used to measure alert latency.
    """
    return Alert(
        alert_id=alert_id(rule, subject, trigger_event_id),
        rule=rule,
        severity=severity,
        customer_id=customer_id,
        account_id=account_id,
        created_at=event_time,
        explanation=redact_explanation(explanation),  # PII in a quoted text or a name
        evidence=list(evidence),
        dedup_key=f"{rule}:{subject}",
        details=details or {},
        emitted_at=now,
    )
