"""The topology in memory: the same steps as the worker, with queues for topics.

``voc eval alerts`` and the tests run this. Each logical topic is a set of
per-partition queues (partition = Kafka's default partitioner of the key);
after each touchpoint the sequencer releases, every queue is drained, so a
merge's transfer follows its touchpoint closely, as on a live worker. Each
touchpoint first goes through the worker's encoding between stages
(:func:`as_on_the_wire`), so the steps read the values the worker's read.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from schemas.models import Alert, EnrichedTouchpoint
from streams.stages.erasure import ERASE_MARKER, ErasureRequest
from streams.stages.records import (
    ABSORB,
    ACCOUNTS,
    ALERTS,
    CUSTOMERS,
    ROWS,
    Out,
    touchpoint_bytes,
    touchpoint_of,
)
from streams.stages.sequence import Sequencer
from streams.topology import Steps, partition_for

LOCAL_SOURCE = "local:0"


def as_on_the_wire(item: EnrichedTouchpoint) -> EnrichedTouchpoint:
    """``item`` as the worker's next stage reads it.

    Avro carries a float in 32 bits and a time in milliseconds: a sentiment of
    -0.8665 arrives as -0.86650002, and a rule's threshold can fall between the
    two (a fall of 0.49975 from a customer's usual is 0.5 in 32 bits). Without
    this the eval would score alerts the worker does not raise, one message early
    or late.
    """
    return touchpoint_of(touchpoint_bytes(item))


@dataclass
class LocalPipeline:
    partitions: int = 4
    rules_path: Path | None = None
    sequencer_store: dict[str, Any] = field(default_factory=dict)
    customers: dict[str, Any] = field(default_factory=dict)
    accounts: dict[str, Any] = field(default_factory=dict)
    alerts: list[Alert] = field(default_factory=list)
    rows: dict[str, dict[str, tuple[Any, ...]]] = field(default_factory=dict)
    merges: int = 0
    #: The store writer's erasure markers, as they came (``erase`` below).
    erasures: list[dict[str, Any]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.steps = Steps.build(
            self.partitions, self.sequencer_store, self.customers, self.accounts, self.rules_path
        )
        self.sequencer = Sequencer([LOCAL_SOURCE])
        self._queues: dict[tuple[str, int], deque[Out]] = {}
        self._offset = 0

    def run(self, items: Iterable[EnrichedTouchpoint], now: datetime) -> None:
        """Offer touchpoints in any order; they go through in event-time order."""
        for item in map(as_on_the_wire, items):
            self.sequencer.offer(LOCAL_SOURCE, self._offset, item.occurred_at, item.event_id, item)
            self._offset += 1
        self.sequencer.report(LOCAL_SOURCE, self._offset, caught_up=True)
        for released in self.sequencer.release():
            self._emit(self.steps.resolve.route(released, now))
            self._emit(self.steps.resolve.expectations_of(released, now))
            self._drain(now)

    def erase(self, request: ErasureRequest, now: datetime) -> None:
        """An erasure request, as the worker's sequencer receives it (ordered with touchpoints)."""
        self._emit(self.steps.resolve.erase(request, now))
        self._drain(now)

    def _emit(self, outs: Iterable[Out]) -> None:
        for out in outs:
            if out.topic == ALERTS:
                self.alerts.append(out.value)
            elif out.topic == ROWS and out.value[0] == ERASE_MARKER:
                marker = out.value[1][0]
                self.erasures.append(marker)
                keys = set(marker["keys"])
                self.alerts = [a for a in self.alerts if a.customer_id not in keys]
                for key in keys:
                    self.rows.get("customers", {}).pop(key, None)
            elif out.topic == ROWS:
                table, row = out.value
                self.rows.setdefault(table, {})[str(out.key)] = row
            else:
                if out.kind == ABSORB:
                    self.merges += 1
                partition = out.partition
                if partition is None:
                    partition = partition_for(str(out.key), self.partitions)
                self._queues.setdefault((out.topic, partition), deque()).append(out)

    def _drain(self, now: datetime) -> None:
        while any(self._queues.values()):
            for (topic, partition), queue in sorted(self._queues.items()):
                while queue:
                    out = queue.popleft()
                    if topic == CUSTOMERS:
                        self._emit(
                            self.steps.customer.handle(
                                out.kind, out.key, out.value, now, out.meta, partition
                            )
                        )
                    elif topic == ACCOUNTS:
                        self._emit(self.steps.account.handle(str(out.key), out.value, now))
