"""Intercom: conversation webhooks (notification_event with a conversation item).

Signed with ``X-Hub-Signature: sha1=<hex>``, HMAC-SHA1 with the app's client
secret over the raw body. Topics mapped:

* ``conversation.user.created``: the customer's first message (``source``);
* ``conversation.user.replied``: the customer's latest part;
* ``conversation.admin.replied`` / ``conversation.admin.closed``: the team's
  answer or closing note, outbound;
* ``conversation.rating.added``: the conversation rating (1-5) as CSAT with its remark.

Other topics (``ping`` included) map to nothing. Bodies are HTML: tags are removed.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from schemas.models import Touchpoint
from streams.ingest.hooks.common import (
    Headers,
    Rejection,
    bad_signature,
    build_all,
    from_epoch,
    hmac_digest,
    html_to_text,
    missing_signature,
    parse_json_object,
    same,
    text_or_none,
)

SOURCE = "intercom"
SIGNATURE = "x-hub-signature"
_PART_TOPICS = (
    "conversation.user.replied",
    "conversation.admin.replied",
    "conversation.admin.closed",
)


def signature_for(secret: str, body: bytes) -> str:
    return "sha1=" + hmac_digest(secret, body, "sha1").hex()


def verify(headers: Headers, body: bytes, secret: str, url: str) -> Rejection | None:
    signature = headers.get(SIGNATURE)
    if not signature:
        return missing_signature("X-Hub-Signature")
    if not same(signature_for(secret, body), signature.lower()):
        return bad_signature("X-Hub-Signature does not match the body")
    return None


def _customer(conversation: dict[str, Any], author: dict[str, Any]) -> dict[str, Any]:
    """The author when it is the customer, else the conversation's first contact."""
    contacts = (conversation.get("contacts") or {}).get("contacts") or []
    contact = contacts[0] if contacts and isinstance(contacts[0], dict) else {}
    person = author if author.get("type") in ("user", "lead", "contact") else {}
    return {
        "customer_id": text_or_none(contact.get("external_id")),
        "email": text_or_none(person.get("email")) or text_or_none(contact.get("email")),
        "handle": f"intercom:{person.get('id') or contact.get('id')}"
        if (person.get("id") or contact.get("id"))
        else None,
    }


def _last_part(conversation: dict[str, Any], part_types: tuple[str, ...]) -> dict[str, Any] | None:
    parts = (conversation.get("conversation_parts") or {}).get("conversation_parts") or []
    wanted = [p for p in parts if isinstance(p, dict) and p.get("part_type") in part_types]
    return wanted[-1] if wanted else None


def _records(data: dict[str, Any], now: datetime) -> list[dict[str, Any]] | Rejection:
    topic = str(data.get("topic", ""))
    item = (data.get("data") or {}).get("item")
    if not topic.startswith("conversation."):
        return []
    if not isinstance(item, dict) or item.get("type") != "conversation" or not item.get("id"):
        return Rejection("invalid_payload", "data.item is not a conversation with an id")
    conversation_id = str(item["id"])
    source = item.get("source") or {}
    base: dict[str, Any] = {
        "channel": "chat",
        "kind": "chat",
        "source": SOURCE,
        "subject": html_to_text(source.get("subject")),
        "attributes": {
            "conversation_id": conversation_id,
            "intercom_topic": topic,
            "conversation_state": str(item.get("state") or ""),
            "delivered_as": str(source.get("delivered_as") or ""),
        },
    }
    if topic == "conversation.user.created":
        author = source.get("author") or {}
        return [
            base
            | {
                "event_id": f"intercom:{conversation_id}:{source.get('id') or 'source'}",
                "occurred_at": from_epoch(item.get("created_at")) or now,
                "customer": _customer(item, author),
                "text": html_to_text(source.get("body")),
            }
        ]
    if topic in _PART_TOPICS:
        types = ("close",) if topic.endswith("closed") else ("comment", "close")
        part = _last_part(item, types)
        if part is None:
            return Rejection("invalid_payload", f"{topic} without a conversation part")
        author = part.get("author") or {}
        outbound = author.get("type") in ("admin", "bot", "team")
        return [
            base
            | {
                "event_id": f"intercom:{conversation_id}:part:{part.get('id')}",
                "occurred_at": from_epoch(part.get("created_at")) or now,
                "direction": "outbound" if outbound else "inbound",
                "customer": _customer(item, {} if outbound else author),
                "text": html_to_text(part.get("body")),
            }
        ]
    if topic == "conversation.rating.added":
        rating = item.get("conversation_rating") or {}
        score = rating.get("rating")
        if not isinstance(score, int) or not 1 <= score <= 5:
            return Rejection("invalid_payload", f"conversation_rating.rating {score!r} is not 1-5")
        return [
            base
            | {
                "event_id": f"intercom:{conversation_id}:rating",
                "occurred_at": from_epoch(rating.get("created_at")) or now,
                "channel": "survey",
                "kind": "survey_response",
                "customer": _customer(item, rating.get("contact") or {}),
                "text": html_to_text(rating.get("remark")),
                "scores": {"csat": score},
            }
        ]
    return []


def to_touchpoints(headers: Headers, body: bytes, now: datetime) -> list[Touchpoint] | Rejection:
    data = parse_json_object(body)
    if isinstance(data, Rejection):
        return data
    if data.get("type") != "notification_event":
        return Rejection("invalid_payload", "not an Intercom notification_event")
    records = _records(data, now)
    if isinstance(records, Rejection):
        return records
    return build_all(records, now)
