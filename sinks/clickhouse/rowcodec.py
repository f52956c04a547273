"""Rows on a Kafka topic (``voc.store.rows``): table, columns and values as JSON.

Workers do not write ClickHouse themselves: they produce their rows to a topic
and the store writer (its own consumer group) inserts them. JSON keeps the
records readable with any Kafka tool; datetimes travel as ``{"$dt": iso}``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

_DT = "$dt"


def _default(value: Any) -> Any:
    if isinstance(value, datetime):
        return {_DT: value.isoformat()}
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def _hook(obj: dict[str, Any]) -> Any:
    if len(obj) == 1 and _DT in obj:
        return datetime.fromisoformat(obj[_DT])
    return obj


def encode_row(table: str, columns: Sequence[str], row: Sequence[Any]) -> bytes:
    record = {"table": table, "columns": list(columns), "row": list(row)}
    return json.dumps(record, ensure_ascii=False, default=_default).encode()


def decode_row(payload: bytes) -> tuple[str, tuple[str, ...], tuple[Any, ...]]:
    """(table, columns, row); raises ValueError on anything else."""
    record = json.loads(payload, object_hook=_hook)
    if not isinstance(record, dict) or not {"table", "columns", "row"} <= record.keys():
        raise ValueError("not a row record")
    columns, row = tuple(record["columns"]), tuple(record["row"])
    if len(columns) != len(row):
        raise ValueError("row and columns differ in length")
    return str(record["table"]), columns, row
