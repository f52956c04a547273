"""Erasure on request (GDPR art. 17): the pure parts, shared by every stage.

A request names one identifier of a person (``c-42``, ``email:…``, ``phone:…``,
``handle:…``). It travels through the topology like a touchpoint, so it is
ordered with them:

1. ``voc forget`` or an upstream system publishes it to the erasure topic
   (JSON :class:`ErasureRequest`); the worker forwards it to the sequencer's
   topic as an ``erase`` record;
2. the resolver (:meth:`ResolveStep.erase <streams.stages.resolve.ResolveStep.erase>`)
   finds the person's canonical key, every key merged into it and every
   identifier linked to it, deletes them from the identity graph, keeps a
   *hashed* cut-off per identifier, and sends an ``erase`` record to each of
   those keys' partitions. A touchpoint published before the request (its
   Kafka timestamp; ``ingested_at`` where there is none) that is still on its
   way is dropped there; one published after starts a new customer;
3. each customer partition deletes its state (a tombstone in the changelog),
   tells the account stage to drop the contact, and the survivor's partition
   sends an erasure marker to the store writer, which deletes the rows of every
   table (:mod:`sinks.clickhouse.erasure`) and writes the audit row.

Nothing here keeps the identifier itself beyond the request: markers, logs and
the audit row hold :func:`subject_hash`.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from schemas.models import CustomerRef

#: Record kind of an erasure on the sequencer and customers topics.
ERASE = "erase"
#: The rows-topic "table" of the store writer's erasure marker (not a real table).
ERASE_MARKER = "$erase"
#: Typed prefixes a subject may carry; a bare value is a customer id.
PREFIXES = ("id:", "email:", "phone:", "handle:")
#: How long the resolver keeps a hashed identifier's cut-off (touchpoints ingested
#: before the request can still be on their way for this long, e.g. in a backlog).
MARKER_DAYS = 7
_HASH_DOMAIN = b"voc-erasure-v1:"


class InvalidRequest(ValueError):
    """An erasure request that cannot be read; the message never quotes the identifier."""


def normalise_subject(subject: str) -> str:
    """The typed, normalised identifier of a subject (as ``CustomerRef.identifiers()``).

    ``c-42`` and ``id:c-42`` give ``id:c-42``; ``email:Eric@Example.com`` gives
    ``email:eric@example.com``; ``phone:06 12 34 56 78`` the normalised number.
    """
    text = subject.strip()
    kind, value = "id", text
    for prefix in PREFIXES:
        if text.startswith(prefix):
            kind, value = prefix[:-1], text[len(prefix) :].strip()
            break
    if not value:
        raise InvalidRequest("empty identifier")
    field = {"id": "customer_id"}.get(kind, kind)
    try:
        identifiers = CustomerRef(**{field: value}).identifiers()
    except ValueError:
        identifiers = []
    if not identifiers:
        raise InvalidRequest(f"not a valid {kind} identifier")
    return identifiers[0]


def subject_hash(identifier: str) -> str:
    """SHA-256 of a normalised identifier: what markers, logs and the audit keep.

    Whoever knows an identifier can check that it was erased; the hash alone
    does not give it back (short identifiers can be guessed: the audit table is
    for the data protection officer, not for analysts).
    """
    return hashlib.sha256(_HASH_DOMAIN + identifier.encode()).hexdigest()


def raw_value(identifier: str) -> str:
    """``email:eric@example.com`` -> ``eric@example.com`` (what a text or a payload holds)."""
    for prefix in PREFIXES:
        if identifier.startswith(prefix):
            return identifier[len(prefix) :]
    return identifier


@dataclass(frozen=True)
class ErasureRequest:
    """What the erasure topic carries (JSON): ``{"subject": ..., "request_id": ...,
    "requested_at": ...}``; only ``subject`` is required."""

    subject: str  # normalised, typed identifier
    request_id: str
    requested_at: datetime

    def to_json(self) -> dict[str, Any]:
        return {
            "subject": self.subject,
            "request_id": self.request_id,
            "requested_at": self.requested_at.isoformat(),
        }

    def encode(self) -> bytes:
        return json.dumps(self.to_json()).encode()

    @classmethod
    def new(cls, subject: str, now: datetime | None = None) -> ErasureRequest:
        return cls(normalise_subject(subject), uuid.uuid4().hex, now or datetime.now(UTC))

    @classmethod
    def from_json(cls, data: Any, default_time: datetime | None = None) -> ErasureRequest:
        if not isinstance(data, dict) or not isinstance(data.get("subject"), str):
            raise InvalidRequest('an erasure request is a JSON object with a "subject" string')
        subject = normalise_subject(data["subject"])
        when = data.get("requested_at")
        try:
            moment = datetime.fromisoformat(when) if isinstance(when, str) else None
        except ValueError as exc:
            raise InvalidRequest("requested_at is not an ISO date-time") from exc
        moment = moment or default_time or datetime.now(UTC)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        moment = moment.astimezone(UTC)
        request_id = (
            str(data.get("request_id") or "")
            or subject_hash(f"{subject}@{moment.isoformat()}")[:32]
        )
        return cls(subject, request_id[:128], moment)

    @classmethod
    def decode(cls, payload: bytes, default_time: datetime | None = None) -> ErasureRequest:
        try:
            data = json.loads(payload)
        except (ValueError, UnicodeDecodeError) as exc:
            raise InvalidRequest("an erasure request must be JSON") from exc
        return cls.from_json(data, default_time)


def prune_markers(markers: dict[str, float], now: datetime) -> dict[str, float]:
    """Hashed identifier -> cut-off (epoch s), without those older than ``MARKER_DAYS``."""
    oldest = (now - timedelta(days=MARKER_DAYS)).timestamp()
    return {h: float(cutoff) for h, cutoff in markers.items() if float(cutoff) >= oldest}


def erased_before(markers: dict[str, float], identifiers: list[str], published: float) -> bool:
    """True when a touchpoint belongs to an erasure: one of its identifiers was
    erased by a request made after the touchpoint was published (epoch s)."""
    for identifier in identifiers:
        cutoff = markers.get(subject_hash(identifier))
        if cutoff is not None and published <= cutoff:
            return True
    return False
