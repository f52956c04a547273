"""The sequence agent's working state, and the offsets it keeps across a restart."""

from __future__ import annotations

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
    held: dict[str, EventT[bytes]] = field(init=False)
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
        self.skip = None
        self.saved_ahead = []


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
