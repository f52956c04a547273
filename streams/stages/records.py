"""What one stage hands to the next: a record for a logical topic, with its key.

Stages are pure: they take a record and return :class:`Out` records. The Faust
agents (streams/worker) encode them onto the real topics named in
:mod:`streams.topology`; the in-memory runner (:mod:`streams.local`) passes them
as they are. ``partition`` is set only where a record must reach one partition
whatever its key (stream-time ticks reach every partition).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

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


@dataclass(frozen=True)
class Out:
    topic: str
    key: str | None
    value: Any
    kind: str = TOUCHPOINT
    partition: int | None = None
    meta: dict[str, Any] = field(default_factory=dict)
