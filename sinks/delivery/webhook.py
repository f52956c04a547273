"""Generic webhooks: the JSON body, its HMAC-SHA256 signature, and how to check it.

Every request carries three headers:

- ``X-Voc-Timestamp``: Unix seconds when the request was signed (each retry
  is signed afresh, so old captures cannot be replayed later);
- ``X-Voc-Signature``: ``sha256=`` + hex HMAC-SHA256 with ``VOC_WEBHOOK_SECRET``
  over ``"<timestamp>.<body>"`` (the raw body bytes, not re-serialised JSON);
- ``Idempotency-Key``: the ``alert_id``. The body of an alert is the same on
  every attempt; a receiver that keeps the keys it has processed drops repeats
  (there are some only after a timeout or a crash of our delivery worker);
- ``X-Voc-Attempt``: 1, 2, ... (informational, not signed).

All functions here are pure.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from typing import Any

from schemas.models import Alert
from sinks.delivery.links import AlertLinks

PAYLOAD_VERSION = 1
SIGNATURE_PREFIX = "sha256="


def webhook_body(alert: Alert, links: AlertLinks) -> bytes:
    """The JSON document POSTed for one alert (same bytes on every attempt)."""
    record = alert.model_dump(mode="json")
    document: dict[str, Any] = {
        "version": PAYLOAD_VERSION,
        "type": "voc.alert",
        "alert": record,
        "links": {
            "customer": links.customer,
            "feedback_useful": links.useful,
            "feedback_not_useful": links.not_useful,
        },
    }
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode()


def sign(secret: bytes, timestamp: str, body: bytes) -> str:
    """``sha256=<hex>`` of HMAC-SHA256(secret, ``"<timestamp>.<body>"``)."""
    mac = hmac.new(secret, timestamp.encode() + b"." + body, hashlib.sha256)
    return SIGNATURE_PREFIX + mac.hexdigest()


def signed_headers(
    secret: bytes | None, idempotency_key: str, body: bytes, now: float | None = None
) -> dict[str, str]:
    """Headers for one attempt; without a secret the request is sent unsigned."""
    timestamp = str(int(time.time() if now is None else now))
    headers = {
        "Content-Type": "application/json",
        "Idempotency-Key": idempotency_key,
        "X-Voc-Timestamp": timestamp,
    }
    if secret:
        headers["X-Voc-Signature"] = sign(secret, timestamp, body)
    return headers


def verify_signature(
    secret: str | bytes,
    timestamp: str,
    body: bytes,
    signature: str,
    tolerance_s: float = 300.0,
    now: float | None = None,
) -> bool:
    """Receiver side: True when ``signature`` is ours and ``timestamp`` is recent.

    Use the raw request body (before any JSON parsing) and the headers
    ``X-Voc-Timestamp`` and ``X-Voc-Signature``. A timestamp more than
    ``tolerance_s`` seconds away from the receiver's clock is refused, which
    stops an attacker from replaying a captured request later; the comparison
    is constant-time. Then drop repeats by the ``Idempotency-Key`` header.

    Example (aiohttp; Flask or FastAPI read the same headers and raw body)::

        from sinks.delivery.webhook import verify_signature

        async def receive(request):
            body = await request.read()
            if not verify_signature(
                os.environ["VOC_WEBHOOK_SECRET"],
                request.headers["X-Voc-Timestamp"],
                body,
                request.headers["X-Voc-Signature"],
                tolerance_s=300,
            ):
                return web.Response(status=401)
            if already_seen(request.headers["Idempotency-Key"]):
                return web.Response(status=200)   # a repeat: acknowledge, do nothing
            handle(json.loads(body)["alert"])
            return web.Response(status=200)

    The same check in a few lines of any language: ``expected = "sha256=" +
    hex(HMAC_SHA256(secret, timestamp + "." + body))``, compare in constant
    time, and refuse timestamps outside the tolerance.
    """
    key = secret.encode() if isinstance(secret, str) else secret
    try:
        moment = int(timestamp)
    except (TypeError, ValueError):
        return False
    current = time.time() if now is None else now
    if abs(current - moment) > tolerance_s:
        return False
    expected = sign(key, timestamp, body)
    return hmac.compare_digest(expected.encode(), signature.strip().encode())
