"""Small builders for touchpoints in the contract's JSON shape."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from schemas.models import EnrichedTouchpoint, SentimentLabel, Touchpoint

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def touchpoint_dict(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "event_id": "e-1",
        "occurred_at": "2026-11-23T10:15:00Z",
        "channel": "email",
        "kind": "message",
        "direction": "inbound",
        "customer": {
            "customer_id": "c-42",
            "email": "eric@example.com",
            "phone": None,
            "handle": None,
            "account_id": "acme",
        },
        "text": "Toujours pas reçu ma commande...",
        "subject": "Commande 1234",
        "scores": {"nps": None, "csat": None, "ces": None},
        "source": "zendesk",
        "attributes": {"order_value": "129.90"},
    }
    data.update(overrides)
    return data


def touchpoint_json(**overrides: Any) -> bytes:
    return json.dumps(touchpoint_dict(**overrides)).encode()


def enriched(**overrides: Any) -> EnrichedTouchpoint:
    """An enriched touchpoint; analytics fields can be overridden by name."""
    analytics = {k: overrides.pop(k) for k in list(overrides) if k not in Touchpoint.model_fields}
    base = Touchpoint.model_validate(touchpoint_dict(**overrides))
    fields: dict[str, Any] = {
        "customer_key": base.customer.best_key(),
        "language": "und",
        "language_confidence": 0.9,
        "scored": True,
        "sentiment": -0.6,
        "sentiment_label": SentimentLabel.negative,
        "sentiment_confidence": 0.8,
        "model_version": "test",
        "ingested_at": NOW,
    }
    fields.update(analytics)
    return EnrichedTouchpoint.model_validate(base.model_dump() | fields)
