"""Retention: TTLs on the raw tables, set from configuration at every start.

Migrations are fixed SQL, but how long a company keeps texts is its own
choice, so the TTLs are applied by :func:`apply_retention` after the
migrations (the worker calls it with ``VOC_RETENTION_*_DAYS``). A table's TTL
counts from when a row entered voc-stream (``ingested_at``, ``failed_at``,
``emitted_at``...), not from the event's own time, so a backfill of old events
is kept as long as fresh ones. 0 days removes the TTL (keep for ever). The TTL
is changed only when it differs from the table's, since changing it rewrites
the table's parts (``materialize_ttl_after_modify``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Protocol

DATABASE = "voc"

#: Table -> the column its age counts from.
TTL_COLUMNS: dict[str, str] = {
    "touchpoints": "ingested_at",
    "dead_letters": "failed_at",
    "alerts": "emitted_at",
    "alert_deliveries": "attempted_at",
    "alert_feedback": "at",
}
_TTL_DAYS = re.compile(r"\bTTL toDateTime\((\w+)\) \+ toIntervalDay\((\d+)\)")


class Store(Protocol):
    def query(self, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]: ...

    def command(self, sql: str) -> Any: ...


def current_ttls(store: Store) -> dict[str, int]:
    """Table -> days of its TTL as :func:`apply_retention` sets it (absent: none)."""
    _, rows = store.query(
        f"SELECT name, engine_full FROM system.tables WHERE database = '{DATABASE}'"
    )
    found: dict[str, int] = {}
    for name, engine in rows:
        match = _TTL_DAYS.search(str(engine))
        if match and TTL_COLUMNS.get(str(name)) == match.group(1):
            found[str(name)] = int(match.group(2))
        elif " TTL " in f" {engine} ":
            found[str(name)] = -1  # another TTL: replaced by ours
    return found


def apply_retention(store: Store, days: Mapping[str, int]) -> list[str]:
    """Set each table's TTL to ``days[table]`` (0: none); returns what changed."""
    current = current_ttls(store)
    changed: list[str] = []
    for table, column in TTL_COLUMNS.items():
        wanted = int(days.get(table, 0))
        have = current.get(table, 0)
        if wanted == have:
            continue
        if wanted <= 0:
            store.command(f"ALTER TABLE {DATABASE}.{table} REMOVE TTL")
            changed.append(f"{table}: no TTL")
        else:
            store.command(
                f"ALTER TABLE {DATABASE}.{table} MODIFY TTL toDateTime({column}) "
                f"+ INTERVAL {wanted} DAY"
            )
            changed.append(f"{table}: {wanted} days")
    return changed
