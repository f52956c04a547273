"""What one stage hands to the next: a record for a logical topic, with its key.

Stages are pure: they take a record and return :class:`Out` records. The Faust
agents (streams/worker) encode them onto the real topics named in
:mod:`streams.topology`; the in-memory runner (:mod:`streams.local`) passes them
as they are, touchpoints once through the same encoding (:func:`touchpoint_bytes`,
:func:`touchpoint_of`). ``partition`` is set only where a record must reach one partition
whatever its key (stream-time ticks reach every partition).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from schemas.codec import AvroCodec
from schemas.models import EnrichedTouchpoint

#: Logical topics (streams.topology maps them to Kafka topics).
SEQUENCER = "sequencer"
CUSTOMERS = "customers"
ACCOUNTS = "accounts"
ALERTS = "alerts"
ROWS = "rows"

#: Record kinds on the customers topic.
TOUCHPOINT = "touchpoint"
ABSORB = "absorb"
TRANSFER = "transfer"
TICK = "tick"

#: How a touchpoint travels between the worker's stages (ingest -> sequencer -> customer).
ENRICHED_CODEC = AvroCodec("EnrichedTouchpoint")


def touchpoint_bytes(item: EnrichedTouchpoint) -> bytes:
    """A touchpoint as the worker writes it to the sequencer and customers topics."""
    return ENRICHED_CODEC.encode(item.to_record())


def touchpoint_of(data: bytes) -> EnrichedTouchpoint:
    """A touchpoint as the worker's next stage reads it (:class:`DecodeError` on junk)."""
    return EnrichedTouchpoint.model_validate(ENRICHED_CODEC.decode(data))


@dataclass(frozen=True)
class Out:
    topic: str
    key: str | None
    value: Any
    kind: str = TOUCHPOINT
    partition: int | None = None
    meta: dict[str, Any] = field(default_factory=dict)
