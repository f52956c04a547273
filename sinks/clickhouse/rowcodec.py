"""Rows on a Kafka topic (``voc.store.rows``): table, columns and values as JSON.

Workers do not write ClickHouse themselves: they produce their rows to a topic
and the store writer (its own consumer group) inserts them. JSON keeps the
records readable with any Kafka tool; datetimes travel as ``{"$dt": iso}``.

A record holds one row (``"row"``) or several rows of one table (``"rows"``,
:func:`encode_rows`): a worker sends the rows of a batch in a few records
rather than one each, which costs the broker, the worker and the store writer
a record apiece.
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


#: A record of several rows stays under this size (the broker's limit is 1 MiB).
MAX_ROWS_BYTES = 256 * 1024


def encode_rows(table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> list[bytes]:
    """Rows of one table as few records as fit under :data:`MAX_ROWS_BYTES` each."""
    head = json.dumps({"table": table, "columns": list(columns)}, ensure_ascii=False)
    prefix = (head[:-1] + ', "rows": [').encode()
    records: list[bytes] = []
    chunk: list[bytes] = []
    size = len(prefix)
    for row in rows:
        encoded = json.dumps(list(row), ensure_ascii=False, default=_default).encode()
        if chunk and size + len(encoded) + 1 > MAX_ROWS_BYTES:
            records.append(prefix + b",".join(chunk) + b"]}")
            chunk, size = [], len(prefix)
        chunk.append(encoded)
        size += len(encoded) + 1
    if chunk:
        records.append(prefix + b",".join(chunk) + b"]}")
    return records


def decode_rows(payload: bytes) -> tuple[str, tuple[str, ...], list[tuple[Any, ...]]]:
    """(table, columns, rows) of a one-row or a several-row record; ValueError otherwise."""
    record = json.loads(payload, object_hook=_hook)
    if not isinstance(record, dict) or not {"table", "columns"} <= record.keys():
        raise ValueError("not a row record")
    columns = tuple(record["columns"])
    if "rows" in record and isinstance(record["rows"], list):
        rows = [tuple(row) for row in record["rows"]]
    elif "row" in record:
        rows = [tuple(record["row"])]
    else:
        raise ValueError("not a row record")
    if any(len(row) != len(columns) for row in rows):
        raise ValueError("row and columns differ in length")
    return str(record["table"]), columns, rows


def decode_row(payload: bytes) -> tuple[str, tuple[str, ...], tuple[Any, ...]]:
    """(table, columns, row); raises ValueError on anything else."""
    record = json.loads(payload, object_hook=_hook)
    if not isinstance(record, dict) or not {"table", "columns", "row"} <= record.keys():
        raise ValueError("not a row record")
    columns, row = tuple(record["columns"]), tuple(record["row"])
    if len(columns) != len(row):
        raise ValueError("row and columns differ in length")
    return str(record["table"]), columns, row
