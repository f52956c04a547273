"""Acking Faust events in offset order, per partition (pure bookkeeping)."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol


class OutcomeCounter(Protocol):
    def count(self, outcome: dict[str, str]) -> None: ...


@dataclass
class Slot:
    event: Any
    done: bool = False

    def finish(self, outcome: object = None) -> None:
        self.done = True

    def finish_with(self, state: OutcomeCounter) -> Callable[[dict[str, str]], None]:
        """The engine's ``on_done`` for this event: count the outcome, mark it done."""

        def done(outcome: dict[str, str]) -> None:
            state.count(outcome)
            self.done = True

        return done


@dataclass
class InOrderAcks:
    """Events per partition in arrival order; ``ready()`` pops the finished prefix.

    Faust's consumer commits the highest run of acked offsets even over a
    single unacked one, so out-of-order acks could commit an alert still
    being retried. Acking only a finished prefix keeps the commit behind it.
    """

    lanes: dict[Any, deque[Slot]] = field(default_factory=dict)

    def track(self, partition: Any, event: Any) -> Slot:
        slot = Slot(event)
        self.lanes.setdefault(partition, deque()).append(slot)
        return slot

    def ready(self) -> list[Any]:
        out = []
        for lane in self.lanes.values():
            while lane and lane[0].done:
                out.append(lane.popleft().event)
        return out

    def waiting(self) -> int:
        return sum(map(len, self.lanes.values()))
