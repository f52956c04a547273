"""Twilio: inbound SMS, and voice calls with their transcription.

Twilio posts ``application/x-www-form-urlencoded`` parameters and signs them with
``X-Twilio-Signature``: base64 of HMAC-SHA1 with the account's auth token over
the full URL it called followed by every POST parameter name and value, sorted
by name. Behind a proxy, set ``VOC_INGEST_PUBLIC_URL`` so the gateway rebuilds
the URL Twilio used.

* SMS/MMS (``MessageSid``, ``Body``): channel phone, kind message;
* transcription callback (``TranscriptionSid``, ``TranscriptionText``): kind call
  with the transcript as text;
* call status callback (``CallSid``, ``CallStatus`` completed, no transcription):
  kind call without text, duration in attributes; other call statuses map to nothing.

The customer is ``From`` for inbound traffic and ``To`` for outbound
(``Direction`` starting with ``outbound``). Twilio sends no timestamp with these
callbacks, so ``occurred_at`` is when the gateway received them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from urllib.parse import parse_qsl

from schemas.models import Touchpoint
from streams.ingest.hooks.common import (
    Headers,
    Rejection,
    b64,
    bad_signature,
    build_all,
    hmac_digest,
    missing_signature,
    same,
    text_or_none,
)

SOURCE = "twilio"
SIGNATURE = "x-twilio-signature"


def _params(body: bytes) -> list[tuple[str, str]]:
    return parse_qsl(body.decode("utf-8", errors="replace"), keep_blank_values=True)


def signature_for(secret: str, url: str, params: list[tuple[str, str]]) -> str:
    message = url + "".join(name + value for name, value in sorted(params))
    return b64(hmac_digest(secret, message.encode("utf-8"), "sha1"))


def verify(headers: Headers, body: bytes, secret: str, url: str) -> Rejection | None:
    signature = headers.get(SIGNATURE)
    if not signature:
        return missing_signature("X-Twilio-Signature")
    expected = signature_for(secret, url, _params(body))
    if not same(expected, signature):
        return bad_signature("X-Twilio-Signature does not match the URL and parameters")
    return None


def _customer_number(params: dict[str, str]) -> tuple[str | None, str]:
    outbound = params.get("Direction", "inbound").startswith("outbound")
    number = params.get("To") if outbound else params.get("From")
    return text_or_none(number), "outbound" if outbound else "inbound"


def _record(params: dict[str, str], now: datetime) -> dict[str, Any] | Rejection | None:
    number, direction = _customer_number(params)
    if number is None:
        return Rejection("invalid_payload", "no From/To number")
    base: dict[str, Any] = {
        "occurred_at": now,
        "channel": "phone",
        "direction": direction,
        "customer": {"phone": number},
        "source": SOURCE,
        "attributes": {
            "account_sid": params.get("AccountSid", ""),
            "call_sid": params.get("CallSid", ""),
            "from_country": params.get("FromCountry", ""),
            "from_city": params.get("FromCity", ""),
        },
    }
    if params.get("MessageSid") and "Body" in params:
        media = params.get("NumMedia", "0")
        base["attributes"] |= {"message_sid": params["MessageSid"], "num_media": media}
        return base | {
            "event_id": f"twilio:{params['MessageSid']}",
            "kind": "message",
            "text": text_or_none(params.get("Body")),
        }
    if params.get("TranscriptionSid"):
        status = params.get("TranscriptionStatus", "")
        if status and status != "completed":
            return Rejection("transcription_failed", f"TranscriptionStatus is {status}")
        base["attributes"] |= {
            "recording_sid": params.get("RecordingSid", ""),
            "recording_url": params.get("RecordingUrl", ""),
        }
        return base | {
            "event_id": f"twilio:{params['TranscriptionSid']}",
            "kind": "call",
            "text": text_or_none(params.get("TranscriptionText")),
        }
    if params.get("CallSid") and params.get("CallStatus") == "completed":
        base["attributes"] |= {"call_duration_s": params.get("CallDuration", "")}
        return base | {"event_id": f"twilio:{params['CallSid']}:completed", "kind": "call"}
    if params.get("CallSid"):
        return None  # ringing, in-progress...: not a touchpoint yet
    return Rejection("invalid_payload", "neither an SMS, a call nor a transcription")


def to_touchpoints(headers: Headers, body: bytes, now: datetime) -> list[Touchpoint] | Rejection:
    params = dict(_params(body))
    if not params:
        return Rejection("invalid_payload", "no form parameters")
    record = _record(params, now)
    if isinstance(record, Rejection):
        return record
    return [] if record is None else build_all([record], now)
