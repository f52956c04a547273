"""Stage 2a: one event-time order for every touchpoint, whatever the partitions.

Touchpoints arrive on many source partitions (one topic per channel), read by
several workers at their own pace. Applied in arrival order, a person who wrote
an e-mail and then called would be seen calling first whenever the phone topic
was read earlier, so the result would depend on who read what when. The
sequencer (one partition, one owner) releases touchpoints in
``(occurred_at, event_id)`` order instead, once no source can still bring an
earlier one:

- every touchpoint comes with its source (``topic:partition``) and offset; a
  source's *mark* is the newest ``occurred_at`` read from it so far (publishers
  write each partition in time order, as the contract's replay tools do);
- the readers report each source's progress: the next offset and whether it
  is *caught up* (nothing more to read at that moment);
- the *watermark* is the smallest mark among the sources that are not caught
  up; a touchpoint strictly older than it is released. Until every source has
  reported once, nothing is released.

So a backlog (a replay, a restart, a worker that joins) comes out in one order,
the same with one worker or ten; live traffic, where each source is caught up
after each read, passes straight through. A touchpoint that arrives after its
time was released (a publisher that writes out of order) is released at once:
late, never lost. :class:`Sequencer` is pure and in memory: what it holds is
not acknowledged yet, so after a crash its input is simply read again.
"""

from __future__ import annotations

import heapq
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

#: Event ids remembered after release, to drop the copies a re-read brings back.
RELEASED_MEMORY = 200_000


@dataclass
class SourceMark:
    next_offset: int = 0
    newest: datetime | None = None
    caught_up: bool = False
    reported: bool = False


class Sequencer:
    def __init__(self, sources: Iterable[str]) -> None:
        self.marks = {source: SourceMark() for source in sources}
        self._heap: list[tuple[datetime, str, int, Any]] = []
        self._held: set[str] = set()
        self._released: set[str] = set()
        self._released_order: deque[str] = deque()
        self._count = 0

    def __len__(self) -> int:
        return len(self._heap)

    def offer(
        self, source: str, offset: int, occurred_at: datetime, event_id: str, item: Any
    ) -> bool:
        """Hold a touchpoint until its turn; False for a copy already held or released."""
        mark = self.marks.setdefault(source, SourceMark())
        if offset >= mark.next_offset:
            mark.next_offset = offset + 1
            mark.caught_up = False
        if mark.newest is None or occurred_at > mark.newest:
            mark.newest = occurred_at
        mark.reported = True
        if event_id in self._held or event_id in self._released:
            return False
        self._held.add(event_id)
        self._count += 1
        heapq.heappush(self._heap, (occurred_at, event_id, self._count, item))
        return True

    def report(self, source: str, next_offset: int, caught_up: bool) -> None:
        """A reader's word on a source: read up to ``next_offset``, caught up or not."""
        mark = self.marks.setdefault(source, SourceMark())
        mark.reported = True
        if next_offset > mark.next_offset:
            mark.next_offset = next_offset
            mark.caught_up = caught_up
        elif next_offset == mark.next_offset:
            mark.caught_up = caught_up

    def watermark(self) -> tuple[bool, datetime | None]:
        """(ready, watermark): not ready until every source reported; None = no limit."""
        lowest: datetime | None = None
        for mark in self.marks.values():
            if not mark.reported:
                return False, None
            if mark.caught_up:
                continue
            if mark.newest is None:
                return False, None  # data to come, of unknown time
            if lowest is None or mark.newest < lowest:
                lowest = mark.newest
        return True, lowest

    def release(self) -> list[Any]:
        """The held touchpoints whose turn has come, oldest first."""
        ready, limit = self.watermark()
        if not ready:
            return []
        out: list[Any] = []
        while self._heap and (limit is None or self._heap[0][0] < limit):
            _, event_id, _, item = heapq.heappop(self._heap)
            self._held.discard(event_id)
            self._remember(event_id)
            out.append(item)
        return out

    def _remember(self, event_id: str) -> None:
        self._released.add(event_id)
        self._released_order.append(event_id)
        if len(self._released_order) > RELEASED_MEMORY:
            self._released.discard(self._released_order.popleft())
