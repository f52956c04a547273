"""Stream time and the due times of time-based rules (``silence``).

Rules run in stream time (the newest ``occurred_at`` seen), so a replay of a
month of history fires the same alerts as the month itself did. A customer's
silence due time stays valid until their next touchpoint, so the worker keeps
one timestamp per customer here instead of loading every state on every tick.
Lost on restart by design: the first tick rebuilds it from the state table.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime


class StreamClock:
    def __init__(self) -> None:
        self.stream_now = datetime.min.replace(tzinfo=UTC)
        self._silence_due: dict[str, datetime] = {}
        self.rebuilt = False
        #: Monotonic time the population state was last saved (by the worker's timer).
        self.saved_at = 0.0

    def advance(self, occurred_at: datetime) -> None:
        if occurred_at > self.stream_now:
            self.stream_now = occurred_at

    def watch_silence(self, key: str, due: datetime | None) -> None:
        if due is None:
            self._silence_due.pop(key, None)
        else:
            self._silence_due[key] = due

    def rebuild(self, due_times: Iterable[tuple[str, datetime | None]]) -> None:
        for key, due in due_times:
            if key not in self._silence_due:
                self.watch_silence(key, due)
        self.rebuilt = True

    def due_for_silence(self) -> list[str]:
        """Customers whose silence is due by now; they are forgotten until re-watched."""
        due = [key for key, at in self._silence_due.items() if at <= self.stream_now]
        for key in due:
            del self._silence_due[key]
        return due
