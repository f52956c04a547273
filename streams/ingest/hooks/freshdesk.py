"""Freshdesk: the webhook action of an automation rule (ticket created, updated, replied).

Freshdesk does not sign webhooks. The rule's webhook either sends the shared
secret in a custom header ``X-Voc-Hook-Secret: <secret>``, or uses "Requires
authentication" with the secret as the password (or as the API key, which
Freshdesk sends as the Basic user name). The body is the rule's JSON; both the
"simple" encoding (``{"freshdesk_webhook": {"ticket_id": ..., ...}}``) and the
same fields at the top level are read: ``ticket_id``, ``ticket_subject``,
``ticket_description``, ``ticket_latest_public_comment``, ``ticket_status``,
``ticket_source``, ``ticket_contact_email`` / ``ticket_requester_email``,
``ticket_requester_phone``, ``ticket_company_name``, ``ticket_url``,
``ticket_created_at`` / ``ticket_updated_at`` and ``triggered_event``.

The event id is the ticket id with a digest of the body: Freshdesk retries send
the same body, so a retry is not counted twice.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from datetime import datetime
from typing import Any

from schemas.models import Touchpoint
from streams.ingest.hooks.common import (
    Headers,
    Rejection,
    bad_signature,
    build_all,
    from_iso,
    missing_signature,
    parse_json_object,
    same,
    text_or_none,
)

SOURCE = "freshdesk"
SECRET_HEADER = "x-voc-hook-secret"

_CHANNELS = {
    "email": "email",
    "outbound email": "email",
    "portal": "web",
    "feedback widget": "web",
    "phone": "phone",
    "chat": "chat",
    "bot": "chat",
    "whatsapp": "chat",
    "mobihelp": "chat",
    "forum": "community",
    "twitter": "social",
    "facebook": "social",
}


def _basic_credentials(header: str) -> tuple[str, str] | None:
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        user, _, password = base64.b64decode(token.strip(), validate=True).decode().partition(":")
    except (binascii.Error, UnicodeDecodeError):
        return None
    return user, password


def verify(headers: Headers, body: bytes, secret: str, url: str) -> Rejection | None:
    given = headers.get(SECRET_HEADER)
    if given is not None:
        return None if same(secret, given) else bad_signature("X-Voc-Hook-Secret is wrong")
    credentials = _basic_credentials(headers.get("authorization", ""))
    if credentials is None:
        return missing_signature("X-Voc-Hook-Secret (or Basic authorization)")
    user, password = credentials
    if same(secret, password) or same(secret, user):
        return None
    return bad_signature("the Basic credentials do not carry the shared secret")


def _event(triggered: str, fields: dict[str, Any]) -> str:
    text = triggered.lower()
    if "created" in text:
        return "created"
    if "resolved" in text or "closed" in text:
        return "solved"
    if text_or_none(fields.get("ticket_latest_public_comment")):
        return "replied"
    return "updated"


def to_touchpoints(headers: Headers, body: bytes, now: datetime) -> list[Touchpoint] | Rejection:
    data = parse_json_object(body)
    if isinstance(data, Rejection):
        return data
    fields = data.get("freshdesk_webhook", data)
    if not isinstance(fields, dict) or not text_or_none(fields.get("ticket_id")):
        return Rejection("invalid_payload", "no ticket_id (freshdesk_webhook.ticket_id)")
    ticket_id = str(fields["ticket_id"]).strip()
    event = _event(str(fields.get("triggered_event") or ""), fields)
    source = str(fields.get("ticket_source") or "").strip().lower()
    agent_reply = event == "replied" and "agent" in str(fields.get("triggered_event", "")).lower()
    text = (
        fields.get("ticket_description")
        if event == "created"
        else fields.get("ticket_latest_public_comment")
        if event == "replied"
        else None
    )
    record: dict[str, Any] = {
        "event_id": f"freshdesk:{ticket_id}:{event}:{hashlib.sha256(body).hexdigest()[:16]}",
        "occurred_at": from_iso(fields.get("ticket_updated_at"))
        or from_iso(fields.get("ticket_created_at"))
        or now,
        "channel": _CHANNELS.get(source, "web"),
        "kind": "message" if event == "replied" else "ticket",
        "direction": "outbound" if event == "solved" or agent_reply else "inbound",
        "customer": {
            "email": text_or_none(fields.get("ticket_contact_email"))
            or text_or_none(fields.get("ticket_requester_email")),
            "phone": text_or_none(fields.get("ticket_requester_phone")),
            "account_id": text_or_none(fields.get("ticket_company_name")),
        },
        "subject": text_or_none(fields.get("ticket_subject")),
        "text": text_or_none(text),
        "source": SOURCE,
        "attributes": {
            "ticket_id": ticket_id,
            "freshdesk_event": event,
            "ticket_status": str(fields.get("ticket_status") or "").lower(),
            "ticket_priority": str(fields.get("ticket_priority") or "").lower(),
            "ticket_url": str(fields.get("ticket_url") or ""),
            "ticket_source": source,
        },
    }
    return build_all([record], now)
