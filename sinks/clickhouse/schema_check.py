"""Which tables and views the migrations create, and which of them are missing.

The migrations record (``voc.schema_migrations``) says what was applied, not
what still exists: a table dropped by hand stays "applied". ``migrate()``
compares the objects the applied migrations create with ``system.tables`` and
re-runs the migrations when one is missing. That is safe because every
statement is idempotent (``IF NOT EXISTS``); :func:`non_idempotent` finds one
that is not, and the unit tests keep the list empty.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_CREATES = re.compile(
    r"^\s*CREATE\s+(?:MATERIALIZED\s+)?(?:TABLE|VIEW)\s+IF\s+NOT\s+EXISTS\s+(\w+)\.(\w+)",
    re.IGNORECASE,
)
_IDEMPOTENT = re.compile(r"\bIF\s+(?:NOT\s+)?EXISTS\b", re.IGNORECASE)


class SchemaError(RuntimeError):
    """The store's schema is not what the migrations make, and cannot be repaired."""


def created_objects(statements: Iterable[str], database: str) -> list[str]:
    """Names of the tables and views in ``database`` that ``statements`` create."""
    names = []
    for statement in statements:
        match = _CREATES.match(statement)
        if match and match.group(1) == database:
            names.append(match.group(2))
    return names


def non_idempotent(statements: Iterable[str]) -> list[str]:
    """The statements that would fail or change something when run twice."""
    return [s for s in statements if not _IDEMPOTENT.search(s)]


def missing(expected: Iterable[str], existing: Iterable[str]) -> list[str]:
    present = set(existing)
    return [name for name in dict.fromkeys(expected) if name not in present]
