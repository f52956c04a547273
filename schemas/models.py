"""Pydantic models that mirror the Avro wire contract in ``schemas/*.avsc``.

The ``.avsc`` files are the contract; these models add the validation that
Avro cannot express (enumerated channels, score ranges, at least one customer
identifier). ``tests/unit/test_schemas.py`` proves the two agree field by field.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)

#: Longest text accepted on a touchpoint. Longer inputs go to the dead-letter
#: topic instead of stalling the models (a 1 MB e-mail is a bug upstream).
MAX_TEXT_CHARS = 65_536
#: Largest touchpoint accepted, in its Avro encoding: with its analytics added
#: the enriched record must still fit Kafka's default 1 MB message limit.
#: ``voc publish`` rejects larger ones with reason ``too_large``.
MAX_TOUCHPOINT_BYTES = 512 * 1024


class Channel(StrEnum):
    email = "email"
    phone = "phone"
    web = "web"
    community = "community"
    social = "social"
    chat = "chat"
    survey = "survey"
    in_person = "in_person"


class Kind(StrEnum):
    message = "message"
    call = "call"
    chat = "chat"
    ticket = "ticket"
    page_view = "page_view"
    purchase = "purchase"
    cancellation = "cancellation"
    survey_response = "survey_response"
    post = "post"
    mention = "mention"
    review = "review"


class Direction(StrEnum):
    inbound = "inbound"
    outbound = "outbound"


class SentimentLabel(StrEnum):
    negative = "negative"
    neutral = "neutral"
    positive = "positive"


class Severity(StrEnum):
    info = "info"
    warning = "warning"
    critical = "critical"


def normalise_email(email: str) -> str:
    return email.strip().lower()


def normalise_phone(phone: str) -> str:
    """Digits only, keeping a leading '+': '06 12 34 56 78' and '06.12.34.56.78' match."""
    stripped = phone.strip()
    digits = "".join(ch for ch in stripped if ch.isdigit())
    return ("+" + digits) if stripped.startswith("+") else digits


def normalise_handle(handle: str) -> str:
    return handle.strip().lower().lstrip("@")


class CustomerRef(BaseModel):
    """The identifiers a touchpoint carries for its customer (at least one)."""

    model_config = ConfigDict(frozen=True)

    customer_id: str | None = None
    email: str | None = None
    phone: str | None = None
    handle: str | None = None
    account_id: str | None = None

    @model_validator(mode="after")
    def _has_identifier(self) -> CustomerRef:
        if not any((self.customer_id, self.email, self.phone, self.handle)):
            raise ValueError("customer needs at least one of customer_id, email, phone, handle")
        return self

    def identifiers(self) -> list[str]:
        """Every identifier, typed and normalised ("email:eric@example.com")."""
        found: list[str] = []
        if self.customer_id:
            found.append(f"id:{self.customer_id.strip()}")
        if self.email:
            found.append(f"email:{normalise_email(self.email)}")
        if self.phone and normalise_phone(self.phone):
            found.append(f"phone:{normalise_phone(self.phone)}")
        if self.handle:
            found.append(f"handle:{normalise_handle(self.handle)}")
        return found

    def best_key(self) -> str:
        """The key a touchpoint is published under: customer_id, else the best other identifier."""
        if self.customer_id:
            return self.customer_id.strip()
        return self.identifiers()[0]


class Scores(BaseModel):
    model_config = ConfigDict(frozen=True)

    nps: int | None = Field(default=None, ge=0, le=10)
    csat: int | None = Field(default=None, ge=1, le=5)
    ces: int | None = Field(default=None, ge=1, le=7)


def _as_attribute(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)


class Touchpoint(BaseModel):
    """One customer touchpoint (the JSON Lines contract of ``voc publish``)."""

    model_config = ConfigDict(use_enum_values=False)

    event_id: str = Field(min_length=1, max_length=256)
    occurred_at: AwareDatetime
    channel: Channel
    kind: Kind
    direction: Direction = Direction.inbound
    customer: CustomerRef
    text: str | None = Field(default=None, max_length=MAX_TEXT_CHARS)
    subject: str | None = Field(default=None, max_length=1_000)
    scores: Scores = Scores()
    source: str | None = None
    attributes: dict[str, str] = Field(default_factory=dict)

    @model_validator(mode="before")
    @classmethod
    def _keep_unknown_fields(cls, data: Any) -> Any:
        """Unknown top-level fields are kept in ``attributes``, never a crash."""
        if not isinstance(data, dict):
            return data
        known = cls.model_fields
        extra = {k: v for k, v in data.items() if k not in known}
        if not extra:
            return data
        kept = {k: v for k, v in data.items() if k in known}
        attributes = dict(kept.get("attributes") or {})
        for key, value in extra.items():
            attributes.setdefault(key, _as_attribute(value))
        kept["attributes"] = attributes
        return kept

    @field_validator("attributes", mode="before")
    @classmethod
    def _attributes_as_strings(cls, value: Any) -> Any:
        if value is None:
            return {}
        if isinstance(value, dict):
            return {str(k): _as_attribute(v) for k, v in value.items() if v is not None}
        return value

    @field_validator("scores", mode="before")
    @classmethod
    def _null_scores(cls, value: Any) -> Any:
        return {} if value is None else value

    @field_validator("occurred_at")
    @classmethod
    def _to_utc(cls, value: datetime) -> datetime:
        return value.astimezone(UTC)

    def to_record(self) -> dict[str, Any]:
        """The Avro record (plain dicts, strings for enums)."""
        return self.model_dump(mode="python", round_trip=False) | {
            "channel": self.channel.value,
            "kind": self.kind.value,
            "direction": self.direction.value,
        }


class EnrichedTouchpoint(Touchpoint):
    """A touchpoint with its text analytics; ``text`` is PII-redacted."""

    customer_key: str
    language: str = "und"
    language_confidence: float = 0.0
    scored: bool = False
    sentiment: float = Field(default=0.0, ge=-1.0, le=1.0)
    sentiment_label: SentimentLabel = SentimentLabel.neutral
    sentiment_confidence: float = 0.0
    emotions: list[str] = Field(default_factory=list)
    intents: list[str] = Field(default_factory=list)
    topics: list[str] = Field(default_factory=list)
    competitors: list[str] = Field(default_factory=list)
    criteria: list[str] = Field(default_factory=list)
    pii_kinds: list[str] = Field(default_factory=list)
    model_version: str = ""
    ingested_at: AwareDatetime
    merged_keys: list[str] = Field(default_factory=list)
    #: Where in the customer journey this touchpoint sits (streams/stages/journey.py).
    journey_stage: str = ""
    #: The words praise, whatever the sentiment label: the praise cue read without the
    #: label's gate (not negated, no complaint or upset cue). ``intents`` drops praise
    #: under a negative label; a model that misreads "Tres satisfaite de Zampa" as -0.49
    #: leaves it here.
    praise_cue: bool = False

    def to_record(self) -> dict[str, Any]:
        return super().to_record() | {"sentiment_label": self.sentiment_label.value}


class Alert(BaseModel):
    """An early warning published on ``voc.alerts``."""

    alert_id: str
    rule: str
    severity: Severity
    customer_id: str | None = None
    account_id: str | None = None
    created_at: AwareDatetime
    explanation: str
    evidence: list[str] = Field(default_factory=list)
    dedup_key: str
    details: dict[str, str] = Field(default_factory=dict)
    emitted_at: AwareDatetime

    def to_record(self) -> dict[str, Any]:
        return self.model_dump(mode="python") | {"severity": self.severity.value}


class DeadLetter(BaseModel):
    """A message set aside on ``voc.touchpoints.dlq``, kept whole with its reason."""

    reason: str
    detail: str
    source_topic: str
    source_partition: int
    source_offset: int
    source_key: bytes | None = None
    payload: bytes
    failed_at: AwareDatetime

    def to_record(self) -> dict[str, Any]:
        return self.model_dump(mode="python")
