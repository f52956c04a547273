"""The body of ``POST /v1/touchpoints``: parse, size-check, give ids, validate. Pure.

A body is a JSON array of touchpoints, or NDJSON (one per line; a single object
is a one-line NDJSON). Each event is validated exactly as the worker would
(:func:`streams.stages.decode.touchpoint_from_record`); an event without
``event_id`` gets :func:`derived_event_id`, so that a client retrying the same
event does not count it twice.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from schemas.codec import DecodeError
from schemas.models import Touchpoint
from streams.stages.decode import touchpoint_from_record

_DECODER = json.JSONDecoder()
_WHITESPACE = " \t\r\n"


class BodyError(ValueError):
    """The whole request is refused: ``status`` (400 or 413) and a reason code."""

    def __init__(self, status: int, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.status = status
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class Rejected:
    index: int
    reason: str
    detail: str
    raw: bytes

    def as_json(self) -> dict[str, Any]:
        return {"index": self.index, "reason": self.reason, "detail": self.detail}


@dataclass
class Batch:
    accepted: list[tuple[int, Touchpoint]] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)


def derived_event_id(record: dict[str, Any]) -> str:
    """A deterministic id: SHA-256 of the event's canonical JSON (without ``event_id``)."""
    rest = {k: v for k, v in record.items() if k != "event_id"}
    canonical = json.dumps(rest, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return "h-" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:32]


def _skip_whitespace(text: str, at: int) -> int:
    while at < len(text) and text[at] in _WHITESPACE:
        at += 1
    return at


def _array_items(text: str) -> list[tuple[Any, str]]:
    """(value, its source text) for each element of a JSON array; raises BodyError."""
    items: list[tuple[Any, str]] = []
    at = _skip_whitespace(text, 1)
    if at < len(text) and text[at] == "]":
        at += 1
    else:
        while True:
            try:
                value, end = _DECODER.raw_decode(text, at)
            except json.JSONDecodeError as exc:
                raise BodyError(400, "malformed_json", str(exc)) from exc
            items.append((value, text[at:end]))
            at = _skip_whitespace(text, end)
            if at < len(text) and text[at] == ",":
                at = _skip_whitespace(text, at + 1)
                continue
            if at < len(text) and text[at] == "]":
                at += 1
                break
            raise BodyError(400, "malformed_json", f"expected ',' or ']' at character {at}")
    if _skip_whitespace(text, at) != len(text):
        raise BodyError(400, "malformed_json", f"extra data after the array at character {at}")
    return items


_INVALID = object()


def _ndjson_items(text: str) -> list[tuple[Any, str]]:
    items: list[tuple[Any, str]] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        try:
            items.append((json.loads(line), line))
        except json.JSONDecodeError as exc:
            items.append((_INVALID, line + "\n" + str(exc)))
    return items


def split_events(body: bytes, max_events: int, max_event_bytes: int) -> list[tuple[Any, str]]:
    """The events of a body with their source text; raises :class:`BodyError`."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BodyError(400, "invalid_utf8", str(exc)) from exc
    start = _skip_whitespace(text, 0)
    if start == len(text):
        raise BodyError(400, "empty", "the body holds no event")
    if text[start] == "[":
        items = _array_items(text[start:])
    else:
        try:  # one object, possibly spread over several lines
            items = [(json.loads(text), text)]
        except json.JSONDecodeError:
            items = _ndjson_items(text)
    if not items:
        raise BodyError(400, "empty", "the body holds no event")
    if len(items) > max_events:
        raise BodyError(413, "too_many_events", f"{len(items)} events, the limit is {max_events}")
    for index, (_, source) in enumerate(items):
        size = len(source.encode("utf-8"))
        if size > max_event_bytes:
            raise BodyError(
                413,
                "event_too_large",
                f"event {index} has {size} bytes, the limit is {max_event_bytes}",
            )
    return items


def validate_events(items: list[tuple[Any, str]], now: datetime) -> Batch:
    batch = Batch()
    for index, (value, source) in enumerate(items):
        raw = source.encode("utf-8")
        if value is _INVALID:
            line, _, error = source.partition("\n")
            batch.rejected.append(Rejected(index, "invalid_json", error, line.encode("utf-8")))
            continue
        if not isinstance(value, dict):
            detail = f"expected a JSON object, got {type(value).__name__}"
            batch.rejected.append(Rejected(index, "invalid_json", detail, raw))
            continue
        if not value.get("event_id"):
            value = value | {"event_id": derived_event_id(value)}
        try:
            batch.accepted.append((index, touchpoint_from_record(value, now)))
        except DecodeError as error:
            batch.rejected.append(Rejected(index, error.reason, error.detail[:500], raw))
    return batch
