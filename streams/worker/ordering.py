"""The sequence agent's working state, and the offsets it keeps across a restart."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from faust.types import EventT

from streams.stages.sequence import Sequencer


@dataclass
class Ordering:
    """The sequence agent's working state: the sequencer, held events, arrival order."""

    sources: list[str]
    sequencer: Sequencer = field(init=False)
    #: Held touchpoints: event id -> (its event, the monotonic time it arrived).
    held: dict[str, tuple[EventT[bytes], float]] = field(init=False)
    arrived: deque[tuple[EventT[bytes], str | None]] = field(init=False)  # offset order
    #: Offsets released before a restart and not read again yet (None: not loaded).
    skip: set[int] | None = field(init=False)
    saved_ahead: list[list[int]] = field(init=False)

    def __post_init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.sequencer = Sequencer(self.sources)
        self.held = {}
        self.arrived = deque()
        self._pending: set[int] = set()
        #: Offsets of arrived events that are not held (released, or never held):
        #: what a restart must skip if they stay behind a held one.
        self._ahead: set[int] = set()
        self.skip = None
        self.saved_ahead = []

    def pending(self, offset: int) -> bool:
        """This offset arrived and is not acked yet (a second delivery is ignored:
        acking the copy of a held record would commit past the held one)."""
        return offset in self._pending

    def arrive(self, event: EventT[bytes], event_id: str | None) -> None:
        """Keep ``event`` until acked, in offset order (a re-read brings lower ones)."""
        offset = event.message.offset
        self._pending.add(offset)
        if event_id is None:
            self._ahead.add(offset)
        arrived = self.arrived
        if not arrived or arrived[-1][0].message.offset < offset:
            arrived.append((event, event_id))
            return
        at = next(i for i, (e, _) in enumerate(arrived) if e.message.offset > offset)
        arrived.insert(at, (event, event_id))

    def hold(self, event_id: str, event: EventT[bytes]) -> None:
        """The sequencer holds this touchpoint until its turn."""
        self.held[event_id] = (event, time.monotonic())
        self.arrive(event, event_id)

    def unhold(self, event_id: str) -> tuple[EventT[bytes] | None, float]:
        """A touchpoint was released: its event (None: held before a restart) and seconds held.

        The event stays in ``arrived`` until acked in order.
        """
        entry = self.held.pop(event_id, None)
        if entry is None:
            return None, 0.0
        event, since = entry
        self._ahead.add(event.message.offset)
        return event, time.monotonic() - since

    def leave(self) -> EventT[bytes]:
        """The first arrived event, to ack."""
        event, _ = self.arrived.popleft()
        self._pending.discard(event.message.offset)
        self._ahead.discard(event.message.offset)
        return event

    def released_ahead(self) -> set[int]:
        """Offsets arrived and not held, still waiting behind a held one to be acked.

        Kept as events come and go: scanning ``arrived`` after every batch cost
        O(held) each time (3 % of the worker's CPU under a backlog, py-spy).
        """
        return self._ahead

    def held_from(self) -> int | None:
        """The lowest offset not acked: the commit stands there on purpose."""
        return self.arrived[0][0].message.offset if self.arrived else None


#: Sequencer table key: offsets released while an earlier one was still held.
RELEASED_AHEAD = "sequencer:released-ahead"


def offset_ranges(offsets: Sequence[int]) -> list[list[int]]:
    """Sorted offsets as [first, last] runs (compact in the table)."""
    runs: list[list[int]] = []
    for offset in sorted(offsets):
        if runs and offset == runs[-1][1] + 1:
            runs[-1][1] = offset
        else:
            runs.append([offset, offset])
    return runs


def released_ahead(table: Any) -> set[int]:
    runs = table.get(RELEASED_AHEAD) or []
    return {offset for first, last in runs for offset in range(first, last + 1)}
