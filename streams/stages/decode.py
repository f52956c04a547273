"""Stage 1: decode and validate one raw message from ``voc.touchpoints.<channel>``.

Pure: bytes in, a :class:`Touchpoint` out, or a :class:`DecodeError` whose
``reason`` is the machine-readable code that goes on the dead-letter record.
Accepts the Avro single-object encoding (the contract) and, as a convenience
for upstream systems without Avro, a UTF-8 JSON object in the touchpoint format.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from pydantic import ValidationError

from schemas.codec import AvroCodec, DecodeError, wire_format
from schemas.models import MAX_TEXT_CHARS, MAX_TOUCHPOINT_BYTES, DeadLetter, Touchpoint

#: Touchpoints older than this or further in the future than MAX_FUTURE_SKEW are
#: rejected: they are clock or parsing bugs upstream, and would poison windows.
EARLIEST_OCCURRED_AT = datetime(2000, 1, 1, tzinfo=UTC)
MAX_FUTURE_SKEW = timedelta(days=1)

_touchpoint_codec = AvroCodec("Touchpoint")
#: Decodes a Confluent-framed message to a record or raises DecodeError
#: (``schemas.registry.ConfluentCodec.decode``).
RecordDecoder = Callable[[bytes], dict[str, Any]]


def _validation_reason(exc: ValidationError) -> tuple[str, str]:
    errors = exc.errors(include_url=False)
    parts = []
    reason = "validation_error"
    for error in errors[:5]:
        where = ".".join(str(p) for p in error["loc"]) or "(root)"
        parts.append(f"{where}: {error['msg']}")
        if error["type"] == "string_too_long" and error["loc"][:1] == ("text",):
            reason = "text_too_long"
    if len(errors) > 5:
        parts.append(f"... and {len(errors) - 5} more")
    return reason, "; ".join(parts)


def _parse_json(payload: bytes) -> dict[str, Any]:
    try:
        data = json.loads(payload.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise DecodeError("invalid_utf8", str(exc)) from exc
    except json.JSONDecodeError as exc:
        raise DecodeError("invalid_json", str(exc)) from exc
    if not isinstance(data, dict):
        raise DecodeError("invalid_json", f"expected a JSON object, got {type(data).__name__}")
    return data


def decode_touchpoint(
    payload: bytes | None, now: datetime, registry: RecordDecoder | None = None
) -> Touchpoint:
    """Decode and validate one message value; raises :class:`DecodeError`.

    The framing is chosen by the first bytes: ``C3 01`` single-object Avro,
    ``00`` Confluent (needs ``registry``, see schemas/registry.py), ``{`` JSON.
    """
    if not payload:
        raise DecodeError("empty", "message has no value")
    if len(payload) > MAX_TOUCHPOINT_BYTES:
        # Checked where the record enters: enriched, it would no longer fit a
        # Kafka message, and the next stage could not carry it.
        raise DecodeError(
            "too_large",
            f"the touchpoint is {len(payload):,} bytes, "
            f"over the {MAX_TOUCHPOINT_BYTES:,}-byte limit",
        )
    framing = wire_format(payload)
    try:
        if framing == "json":
            record = _parse_json(payload)
        elif framing == "confluent":
            if registry is None:
                raise DecodeError(
                    "unknown_schema",
                    "Confluent framing (00 + schema id) but no schema registry is configured"
                    " (VOC_SCHEMA_REGISTRY_URL)",
                )
            record = registry(payload)
        else:
            record = _touchpoint_codec.decode(payload)
        return touchpoint_from_record(record, now)
    except RecursionError as exc:  # JSON nested ~1,000 deep: json and pydantic recurse
        raise DecodeError("invalid_json", "nested too deeply to read") from exc


def touchpoint_from_record(record: dict[str, Any], now: datetime) -> Touchpoint:
    """Validate one decoded record (a JSON object or an Avro record); raises :class:`DecodeError`.

    The HTTP gateway and the webhook adapters validate through this too, so an
    event they accept is exactly one the worker accepts.
    """
    text = record.get("text")
    if isinstance(text, str) and len(text) > MAX_TEXT_CHARS:
        raise DecodeError(
            "text_too_long", f"text has {len(text)} characters, the limit is {MAX_TEXT_CHARS}"
        )
    try:
        touchpoint = Touchpoint.model_validate(record)
    except ValidationError as exc:
        raise DecodeError(*_validation_reason(exc)) from exc
    if not EARLIEST_OCCURRED_AT <= touchpoint.occurred_at <= now + MAX_FUTURE_SKEW:
        raise DecodeError(
            "out_of_range_time",
            f"occurred_at {touchpoint.occurred_at.isoformat()} is before "
            f"{EARLIEST_OCCURRED_AT.date()} or more than {MAX_FUTURE_SKEW} in the future",
        )
    return touchpoint


def encode_touchpoint(touchpoint: Touchpoint) -> bytes:
    return _touchpoint_codec.encode(touchpoint.to_record())


#: Payloads above this are cut in the dead-letter record: a record must stay
#: under the broker's message size limit (1 MB by default in Kafka), or the
#: dead-letter write itself would fail. The original stays in its source topic.
MAX_DEAD_LETTER_PAYLOAD = 512 * 1024


def dead_letter(
    error: DecodeError,
    payload: bytes | None,
    key: bytes | None,
    topic: str,
    partition: int,
    offset: int,
    now: datetime,
) -> DeadLetter:
    """The record that keeps a rejected message whole, with where it came from and why."""
    payload = payload or b""
    detail = error.detail[:2_000]
    if len(payload) > MAX_DEAD_LETTER_PAYLOAD:
        detail += (
            f" [payload cut to its first {MAX_DEAD_LETTER_PAYLOAD} of {len(payload)} bytes;"
            f" the whole message stays at {topic}[{partition}]@{offset}]"
        )
        payload = payload[:MAX_DEAD_LETTER_PAYLOAD]
    return DeadLetter(
        reason=error.reason,
        detail=detail,
        source_topic=topic,
        source_partition=partition,
        source_offset=offset,
        source_key=key,
        payload=payload,
        failed_at=now,
    )
