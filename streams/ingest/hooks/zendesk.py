"""Zendesk: ticket created, commented, solved, and satisfaction (CSAT) ratings.

Two payload shapes, both signed the same way (``X-Zendesk-Webhook-Signature``,
base64 of HMAC-SHA256 with the webhook's signing secret over
``X-Zendesk-Webhook-Signature-Timestamp`` + the raw body):

* Zendesk's event webhooks (``"type": "zen:event-type:ticket.created"``,
  ``ticket.comment_added``, ``ticket.status_changed`` to SOLVED). They name the
  requester by Zendesk user id only, so the customer is the handle
  ``zendesk:<requester_id>``.
* A trigger's webhook with the JSON body given in the README (``"voc_event":
  "created" | "commented" | "solved" | "satisfaction"``). Triggers can use
  placeholders, so this one carries the requester's e-mail and phone, and the
  satisfaction rating (``good``/``bad``, or 1-5 with the newer CSAT) and comment.

Other event types are acknowledged and mapped to nothing; so are private
(internal) comments.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from schemas.models import Touchpoint
from streams.ingest.hooks.common import (
    Headers,
    Rejection,
    b64,
    bad_signature,
    build_all,
    from_iso,
    hmac_digest,
    missing_signature,
    parse_json_object,
    same,
    text_or_none,
)

SOURCE = "zendesk"
SIGNATURE = "x-zendesk-webhook-signature"
TIMESTAMP = "x-zendesk-webhook-signature-timestamp"

_CHANNELS = {
    "email": "email",
    "mail": "email",
    "voice": "phone",
    "phone": "phone",
    "sms": "phone",
    "chat": "chat",
    "native_messaging": "chat",
    "messaging": "chat",
    "whatsapp": "chat",
    "twitter": "social",
    "facebook": "social",
    "instagram_dm": "social",
    "mobile_sdk": "chat",
}
#: Zendesk's classic CSAT is good/bad; the newer one is a 1-5 scale.
_RATINGS = {"good": 5, "bad": 1}


def signature_for(secret: str, timestamp: str, body: bytes) -> str:
    return b64(hmac_digest(secret, timestamp.encode("utf-8") + body, "sha256"))


def verify(headers: Headers, body: bytes, secret: str, url: str) -> Rejection | None:
    signature, timestamp = headers.get(SIGNATURE), headers.get(TIMESTAMP)
    if not signature or not timestamp:
        return missing_signature("X-Zendesk-Webhook-Signature(-Timestamp)")
    if not same(signature_for(secret, timestamp, body), signature):
        return bad_signature("X-Zendesk-Webhook-Signature does not match the body")
    return None


def _channel(via: Any) -> str:
    name = via.get("channel") if isinstance(via, dict) else via
    return _CHANNELS.get(str(name or "").strip().lower(), "web")


def _nonzero(value: Any) -> str | None:
    text = text_or_none(value)
    return None if text in (None, "0") else text


def _from_event(data: dict[str, Any], now: datetime) -> list[dict[str, Any]] | Rejection:
    kind = str(data.get("type", "")).removeprefix("zen:event-type:")
    detail, event = data.get("detail") or {}, data.get("event") or {}
    if not isinstance(detail, dict) or not isinstance(event, dict):
        return Rejection("invalid_payload", "detail and event must be objects")
    ticket_id = text_or_none(detail.get("id"))
    requester = _nonzero(detail.get("requester_id"))
    if ticket_id is None or requester is None:
        return Rejection(
            "invalid_payload", "a ticket event needs detail.id and detail.requester_id"
        )
    base: dict[str, Any] = {
        "occurred_at": from_iso(data.get("time")) or from_iso(detail.get("updated_at")) or now,
        "channel": _channel(detail.get("via")),
        "kind": "ticket",
        "customer": {
            "handle": f"zendesk:{requester}",
            "account_id": _nonzero(detail.get("organization_id")),
        },
        "subject": text_or_none(detail.get("subject")),
        "source": SOURCE,
        "attributes": {
            "ticket_id": ticket_id,
            "zendesk_event": kind,
            "ticket_status": str(detail.get("status") or "").lower(),
            "priority": str(detail.get("priority") or "").lower(),
            "tags": ",".join(map(str, detail.get("tags") or [])),
        },
    }
    if kind == "ticket.created":
        text = text_or_none(detail.get("description"))
        return [base | {"event_id": f"zendesk:ticket:{ticket_id}:created", "text": text}]
    if kind == "ticket.comment_added":
        comment = event.get("comment") or {}
        if not comment.get("is_public", True):
            return []
        author = comment.get("author") or {}
        staff = bool(author.get("is_staff"))
        return [
            base
            | {
                "event_id": f"zendesk:comment:{comment.get('id') or data.get('id')}",
                "kind": "message",
                "direction": "outbound" if staff else "inbound",
                "text": text_or_none(comment.get("body")),
            }
        ]
    if kind == "ticket.status_changed" and str(event.get("current", "")).upper() == "SOLVED":
        base["attributes"]["ticket_status"] = "solved"
        return [base | {"event_id": f"zendesk:ticket:{ticket_id}:solved", "direction": "outbound"}]
    return []


def _rating(value: Any) -> int | None:
    text = str(value or "").strip().lower()
    if text in _RATINGS:
        return _RATINGS[text]
    return int(text) if text.isdigit() and 1 <= int(text) <= 5 else None


def _from_trigger(data: dict[str, Any], now: datetime) -> list[dict[str, Any]] | Rejection:
    voc_event = str(data.get("voc_event", "")).strip().lower()
    ticket = data.get("ticket")
    if not isinstance(ticket, dict) or not text_or_none(ticket.get("id")):
        return Rejection("invalid_payload", "a trigger payload needs ticket.id")
    ticket_id = str(ticket["id"]).strip()
    requester = ticket.get("requester") or {}
    organization = ticket.get("organization") or {}
    requester_id = _nonzero(requester.get("id"))
    customer = {
        "customer_id": text_or_none(requester.get("external_id")),
        "email": text_or_none(requester.get("email")),
        "phone": text_or_none(requester.get("phone")),
        "handle": f"zendesk:{requester_id}" if requester_id else None,
        "account_id": text_or_none(organization.get("external_id"))
        or text_or_none(organization.get("name")),
    }
    base: dict[str, Any] = {
        "occurred_at": from_iso(ticket.get("updated_at")) or now,
        "channel": _channel(ticket.get("via")),
        "kind": "ticket",
        "customer": customer,
        "subject": text_or_none(ticket.get("subject")),
        "source": SOURCE,
        "attributes": {
            "ticket_id": ticket_id,
            "zendesk_event": voc_event,
            "ticket_status": str(ticket.get("status") or "").lower(),
            "ticket_url": str(ticket.get("url") or ""),
            "tags": str(ticket.get("tags") or ""),
        },
    }
    stamp = str(ticket.get("updated_at") or "").strip()
    if voc_event == "created":
        text = text_or_none(ticket.get("description"))
        return [base | {"event_id": f"zendesk:ticket:{ticket_id}:created", "text": text}]
    if voc_event == "commented":
        return [
            base
            | {
                "event_id": f"zendesk:ticket:{ticket_id}:comment:{stamp}",
                "kind": "message",
                "text": text_or_none(ticket.get("latest_comment")),
            }
        ]
    if voc_event == "solved":
        base["attributes"]["ticket_status"] = "solved"
        return [base | {"event_id": f"zendesk:ticket:{ticket_id}:solved", "direction": "outbound"}]
    if voc_event == "satisfaction":
        satisfaction = data.get("satisfaction") or {}
        score = _rating(satisfaction.get("rating"))
        if score is None:
            return Rejection(
                "invalid_payload", f"satisfaction.rating {satisfaction.get('rating')!r} is unknown"
            )
        return [
            base
            | {
                "event_id": f"zendesk:ticket:{ticket_id}:csat:{stamp}",
                "channel": "survey",
                "kind": "survey_response",
                "text": text_or_none(satisfaction.get("comment")),
                "scores": {"csat": score},
            }
        ]
    return Rejection("invalid_payload", f"voc_event {voc_event!r} is not one of the template's")


def to_touchpoints(headers: Headers, body: bytes, now: datetime) -> list[Touchpoint] | Rejection:
    data = parse_json_object(body)
    if isinstance(data, Rejection):
        return data
    if "voc_event" in data:
        records = _from_trigger(data, now)
    elif str(data.get("type", "")).startswith("zen:event-type:"):
        records = _from_event(data, now)
    else:
        return Rejection("invalid_payload", "neither a Zendesk event nor the voc trigger template")
    if isinstance(records, Rejection):
        return records
    return build_all(records, now)
