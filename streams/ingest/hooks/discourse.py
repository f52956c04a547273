"""Discourse: post and topic webhooks.

Signed with ``X-Discourse-Event-Signature: sha256=<hex>``, HMAC-SHA256 with the
webhook's secret over the raw body; ``X-Discourse-Event-Type`` is ``post`` or
``topic`` and ``X-Discourse-Event`` names the event (``post_created``...).

Posts (created or edited) become community posts by the handle of their author,
with the topic title as subject and the raw Markdown (or the cooked HTML without
tags) as text; an edit is its own touchpoint (``<post id>:v<version>``). Topic
events map to nothing: the topic's first post arrives as ``post_created`` with
the title, and counting both would count the same words twice. Posts by staff
and deleted posts map to nothing too.
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
    from_iso,
    hmac_digest,
    html_to_text,
    missing_signature,
    parse_json_object,
    same,
    text_or_none,
)

SOURCE = "discourse"
SIGNATURE = "x-discourse-event-signature"


def signature_for(secret: str, body: bytes) -> str:
    return "sha256=" + hmac_digest(secret, body, "sha256").hex()


def verify(headers: Headers, body: bytes, secret: str, url: str) -> Rejection | None:
    signature = headers.get(SIGNATURE)
    if not signature:
        return missing_signature("X-Discourse-Event-Signature")
    if not same(signature_for(secret, body), signature.lower()):
        return bad_signature("X-Discourse-Event-Signature does not match the body")
    return None


def _post(post: dict[str, Any], event: str, now: datetime) -> list[dict[str, Any]] | Rejection:
    username = text_or_none(post.get("username"))
    if not post.get("id") or username is None:
        return Rejection("invalid_payload", "a post needs id and username")
    if post.get("deleted_at") or post.get("staff") or post.get("admin") or post.get("moderator"):
        return []
    version = int(post.get("version") or 1)
    edited = event == "post_edited" and version > 1
    stamp = post.get("updated_at") if edited else post.get("created_at")
    return [
        {
            "event_id": f"discourse:post:{post['id']}" + (f":v{version}" if edited else ""),
            "occurred_at": from_iso(stamp) or now,
            "channel": "community",
            "kind": "post",
            "customer": {"handle": username},
            "subject": text_or_none(post.get("topic_title")),
            "text": text_or_none(post.get("raw")) or html_to_text(post.get("cooked")),
            "source": SOURCE,
            "attributes": {
                "discourse_event": event,
                "topic_id": str(post.get("topic_id") or ""),
                "post_number": str(post.get("post_number") or ""),
                "category_id": str(post.get("category_id") or ""),
                "reply_to_post_number": str(post.get("reply_to_post_number") or ""),
                "display_name": str(post.get("name") or ""),
            },
        }
    ]


def to_touchpoints(headers: Headers, body: bytes, now: datetime) -> list[Touchpoint] | Rejection:
    data = parse_json_object(body)
    if isinstance(data, Rejection):
        return data
    event = headers.get("x-discourse-event", "")
    if isinstance(data.get("post"), dict):
        if event not in ("", "post_created", "post_edited"):
            return []
        records = _post(data["post"], event or "post_created", now)
    elif isinstance(data.get("topic"), dict) or "ping" in data:
        return []
    else:
        return Rejection("invalid_payload", "neither a post nor a topic payload")
    if isinstance(records, Rejection):
        return records
    return build_all(records, now)
