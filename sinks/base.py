"""The contract every sink follows (after quix-streams' BatchingSink).

Lifecycle: ``open()`` once before the first row (connections are made there,
never in the constructor); ``add()`` buffers a row and never blocks;
``flush()`` writes everything buffered and returns only when it is stored,
so the caller commits its Kafka offsets after ``flush()`` and never before;
``close()`` flushes and releases the connection. ``flush()`` raises on failure
and keeps the buffer, so the caller can retry without losing rows.
"""

from __future__ import annotations

from typing import Any, Protocol


class Sink(Protocol):
    def open(self) -> None: ...

    def add(self, table: str, row: dict[str, Any]) -> None: ...

    def pending(self) -> int: ...

    def flush(self) -> int: ...

    def close(self) -> None: ...
