"""What every webhook adapter shares: the rejection type, signature checks, helpers.

An adapter is a module with ``SOURCE``, ``verify(headers, body, secret, url)``
(``None`` when the signature holds, else a :class:`Rejection`) and
``to_touchpoints(headers, body, now)`` (touchpoints, or a :class:`Rejection`
whose reason goes on the dead-letter record). Headers are a mapping with
lower-case names. All pure.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import html
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError

from schemas.codec import DecodeError
from schemas.models import Touchpoint
from streams.stages.decode import touchpoint_from_record

Headers = Mapping[str, str]


@dataclass(frozen=True)
class Rejection:
    """Why a webhook request is refused: ``reason`` is machine-readable, ``status`` the HTTP one."""

    reason: str
    detail: str
    status: int = 422


def bad_signature(detail: str) -> Rejection:
    return Rejection("invalid_signature", detail, status=401)


def missing_signature(header: str) -> Rejection:
    return Rejection("missing_signature", f"no {header} header", status=401)


def hmac_digest(secret: str, message: bytes, algorithm: str) -> bytes:
    return hmac.new(secret.encode("utf-8"), message, getattr(hashlib, algorithm)).digest()


def same(expected: str, given: str) -> bool:
    """Constant-time comparison of two signatures."""
    return hmac.compare_digest(expected.encode("utf-8"), given.strip().encode("utf-8"))


def b64(digest: bytes) -> str:
    return base64.b64encode(digest).decode("ascii")


def parse_json_object(body: bytes) -> dict[str, Any] | Rejection:
    try:
        data = json.loads(body.decode("utf-8"))
    except UnicodeDecodeError as exc:
        return Rejection("invalid_utf8", str(exc))
    except json.JSONDecodeError as exc:
        return Rejection("invalid_json", str(exc))
    if not isinstance(data, dict):
        return Rejection("invalid_json", f"expected a JSON object, got {type(data).__name__}")
    return data


_TAG = re.compile(r"<[^>]+>")
_BREAK = re.compile(r"<\s*(br|/p|/div|/li)\s*/?>", re.IGNORECASE)


def html_to_text(value: str | None) -> str | None:
    """Intercom and Discourse send HTML bodies: tags out, entities decoded, blank lines folded."""
    if not value:
        return None
    text = html.unescape(_TAG.sub("", _BREAK.sub("\n", value)))
    lines = [line.strip() for line in text.splitlines()]
    return "\n".join(line for line in lines if line) or None


def text_or_none(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def from_epoch(value: Any) -> datetime | None:
    try:
        return datetime.fromtimestamp(float(value), tz=UTC)
    except (TypeError, ValueError, OverflowError, OSError):
        return None


def from_iso(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    text = value.strip().replace("Z", "+00:00")
    # Zendesk sends nanoseconds ("...:33.866964209Z"); Python reads microseconds.
    text = re.sub(r"(\.\d{6})\d+", r"\1", text)
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def build(record: dict[str, Any], now: datetime) -> Touchpoint | Rejection:
    """Validate one mapped record exactly as the worker would."""
    record["attributes"] = {k: v for k, v in (record.get("attributes") or {}).items() if v}
    try:
        return touchpoint_from_record(record, now)
    except DecodeError as error:
        return Rejection(error.reason, error.detail)
    except ValidationError as exc:  # pragma: no cover - touchpoint_from_record wraps these
        return Rejection("validation_error", str(exc))


def build_all(records: list[dict[str, Any]], now: datetime) -> list[Touchpoint] | Rejection:
    touchpoints: list[Touchpoint] = []
    for record in records:
        built = build(record, now)
        if isinstance(built, Rejection):
            return built
        touchpoints.append(built)
    return touchpoints
