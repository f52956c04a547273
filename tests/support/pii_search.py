"""Searching the store and topics for values that must not be there (issue 13 tests)."""

from __future__ import annotations

import re
from typing import Any

from sinks.clickhouse.store import ClickHouseStore

#: What "with spaces and dashes removed" also removes: dots, slashes, brackets.
_SEPARATORS = re.compile(r"[\s.\-/()]")


def squeeze(value: str) -> str:
    return _SEPARATORS.sub("", value)


def luhn_complete(digits: str) -> str:
    """``digits`` with the Luhn check digit appended (a card number that validates)."""
    total = 0
    for i, ch in enumerate(reversed(digits + "0")):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return digits + str((10 - total % 10) % 10)


def iban_fr(bban: str) -> str:
    """A French IBAN with valid check digits for a 23-character ``bban``."""
    numeric = "".join(str(int(c, 36)) for c in bban + "FR00")
    return f"FR{98 - int(numeric) % 97:02d}{bban}"


def voc_tables(store: ClickHouseStore, skip: tuple[str, ...] = ("erasures",)) -> list[str]:
    """Every table and view of ``voc`` (materialized views' targets are tables)."""
    _, rows = store.query(
        "SELECT name FROM system.tables WHERE database = 'voc' AND engine != 'MaterializedView'"
    )
    return sorted(str(r[0]) for r in rows if str(r[0]) not in skip)


def tables_holding(store: ClickHouseStore, needles: list[str]) -> dict[str, int]:
    """Table -> rows whose text, every column, holds a needle as written or squeezed."""
    found: dict[str, int] = {}
    row = "formatRow('TabSeparated', *)"
    squeezed = f"replaceRegexpAll({row}, '[[:space:].\\\\-/()]', '')"
    conditions: list[str] = []
    for needle in needles:
        for text, value in ((row, needle), (squeezed, squeeze(needle))):
            literal = value.replace("\\", "\\\\").replace("'", "\\'")
            conditions.append(f"positionCaseInsensitive({text}, '{literal}') > 0")
    for table in voc_tables(store):
        _, rows = store.query(f"SELECT count() FROM voc.{table} WHERE {' OR '.join(conditions)}")
        if rows[0][0]:
            found[table] = int(rows[0][0])
    return found


def records_holding(records: list[Any], needles: list[str]) -> list[str]:
    """Needles found in Kafka records' values (as written or squeezed)."""
    found: list[str] = []
    for record in records:
        text = (record.value or b"").decode("utf-8", errors="ignore")
        squeezed = squeeze(text).lower()
        for needle in needles:
            if needle.lower() in text.lower() or squeeze(needle).lower() in squeezed:
                found.append(needle)
    return sorted(set(found))
