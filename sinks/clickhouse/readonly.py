"""Analysts' SQL (``voc sql``, the worker's ``/sql``): read-only, limited, in its own session.

:class:`ReadOnlySql` opens its own clickhouse-connect client, never the
writer's, so nothing an analyst sends reaches the writer's session (a
``SET readonly=1`` there would stop every write until a restart).

The engine enforces the rules:

* embedded chDB: the client's own handle is set, in order, to the limits of
  :class:`Limits` and then ``readonly=1``; after that ClickHouse refuses every
  write, DDL, ``SET``, ``SETTINGS`` clause and file or URL table function;
* a ClickHouse server: ``VOC_CLICKHOUSE_ANALYST_URL`` names a user whose
  profile is read-only and limited and who may only ``SELECT`` on ``voc.*``
  (``deploy/clickhouse/analyst.sql``); without it the configured URL is used
  with the same settings sent with every request.

Around it, :mod:`sinks.clickhouse.sqlguard` checks the text (one statement,
no ``INTO OUTFILE``, no file/URL/remote functions), ClickHouse's parse
(``EXPLAIN AST``: generated-data table functions only) and its resolved
query (``EXPLAIN QUERY TREE``: tables of ``voc`` only) before running it.
"""

from __future__ import annotations

import base64
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from ipaddress import IPv4Address, IPv6Address
from pathlib import Path
from typing import Any
from uuid import UUID

import clickhouse_connect
from clickhouse_connect.driver.client import Client

from sinks.clickhouse.sqlguard import (
    DATABASE,
    QueryRefused,
    Statement,
    check_table_functions,
    check_tables,
    clean_error,
    precheck,
    table_functions,
    table_identifiers,
    tables_in_tree,
)

__all__ = ["Limits", "QueryFailed", "QueryRefused", "ReadOnlySql", "Result", "jsonable"]


class QueryFailed(RuntimeError):
    """ClickHouse refused or failed the query; the message is one clean line."""


@dataclass(frozen=True)
class Limits:
    """What one analyst query may use; over a limit, ClickHouse stops it with an error."""

    max_seconds: float = 30.0
    max_rows_to_read: int = 2_000_000_000
    max_result_rows: int = 100_000
    max_memory_bytes: int = 1_000_000_000

    def settings(self) -> dict[str, str]:
        """Session settings, ``readonly`` last (once it is set, nothing else can be)."""
        return {
            "max_execution_time": f"{self.max_seconds:g}",
            "timeout_overflow_mode": "throw",
            "max_rows_to_read": str(self.max_rows_to_read),
            "read_overflow_mode": "throw",
            "max_result_rows": str(self.max_result_rows),
            "result_overflow_mode": "throw",
            "max_memory_usage": str(self.max_memory_bytes),
            "readonly": "1",
        }


@dataclass(frozen=True)
class Result:
    """Rows as JSON-ready values (:func:`jsonable`), or the bytes of a FORMAT the user chose."""

    columns: list[str] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    rows: list[list[Any]] = field(default_factory=list)
    fmt: str | None = None
    data: bytes = b""

    def to_json(self) -> dict[str, Any]:
        if self.fmt is not None:
            return {"format": self.fmt, "data_b64": base64.b64encode(self.data).decode()}
        return {"columns": self.columns, "types": self.types, "rows": self.rows}

    @classmethod
    def from_json(cls, body: Mapping[str, Any]) -> Result:
        if body.get("format") is not None:
            return cls(fmt=str(body["format"]), data=base64.b64decode(body.get("data_b64", "")))
        return cls(list(body["columns"]), list(body.get("types", [])), list(body["rows"]))


class ReadOnlySql:
    """One read-only client for analysts' queries; thread-safe (the driver locks its handle).

    ``dsn``: the store's DSN (``chdb:///path`` or ``http://...``);
    ``analyst_dsn``: a read-only server user's DSN, whose profile holds the limits.
    """

    def __init__(self, dsn: str, limits: Limits | None = None, analyst_dsn: str | None = None):
        self.limits = limits or Limits()
        self._dsn = dsn
        self._analyst_dsn = analyst_dsn if not dsn.startswith("chdb://") else None
        self._client: Client | None = None

    @property
    def client(self) -> Client:
        if self._client is None:
            self._client = self._connect()
        return self._client

    def _connect(self) -> Client:
        if self._dsn.startswith("chdb://"):
            Path(self._dsn.removeprefix("chdb://")).parent.mkdir(parents=True, exist_ok=True)
            # chDB: this client's own handle; settings applied with SET, in order.
            return clickhouse_connect.get_client(
                dsn=self._dsn, database=DATABASE, tz_mode="aware", settings=self.limits.settings()
            )
        if self._analyst_dsn:
            # The server user's profile is read-only and limited: send no settings.
            return clickhouse_connect.get_client(
                dsn=self._analyst_dsn, database=DATABASE, tz_mode="aware",
                autogenerate_session_id=False,
            )  # fmt: skip
        return clickhouse_connect.get_client(
            dsn=self._dsn, database=DATABASE, tz_mode="aware", autogenerate_session_id=False,
            settings=self.limits.settings(),
        )  # fmt: skip

    def check(self, sql: str) -> Statement:
        """Refuse (QueryRefused) what analysts may not run; ClickHouse parses and resolves it."""
        statement = precheck(sql)
        ast = self._explain("EXPLAIN AST ", statement.sql)
        check_table_functions(table_functions(ast))
        if statement.kind == "describe":
            check_tables(table_identifiers(ast))
        else:
            tables, functions = tables_in_tree(self._explain("EXPLAIN QUERY TREE ", statement.sql))
            check_table_functions(functions)
            check_tables(tables)
        return statement

    def run(self, sql: str) -> Result:
        """Check and run one statement; QueryRefused or QueryFailed with a one-line reason."""
        statement = self.check(sql)
        try:
            if statement.fmt is not None:
                data = self.client.raw_query(statement.sql, fmt=statement.fmt)
                return Result(fmt=statement.fmt, data=data)
            result = self.client.query(statement.sql)
            columns, types = list(result.column_names), [t.name for t in result.column_types]
            if not columns:  # no rows, so no block: ask ClickHouse for the columns
                described = self.client.query(f"DESCRIBE ({statement.sql})").result_rows
                columns, types = [str(r[0]) for r in described], [str(r[1]) for r in described]
        except Exception as exc:
            raise QueryFailed(clean_error(str(exc))) from None
        rows = [[jsonable(value) for value in row] for row in result.result_rows]
        return Result(columns, types, rows)

    def run_fixed(self, sql: str, parameters: Mapping[str, Any]) -> Result:
        """One of the server's own fixed statements (the dashboard's), values bound
        by ClickHouse (``{name:Type}``), on this same read-only, limited session."""
        try:
            result = self.client.query(sql, parameters=dict(parameters))
        except Exception as exc:
            raise QueryFailed(clean_error(str(exc))) from None
        columns, types = list(result.column_names), [t.name for t in result.column_types]
        rows = [[jsonable(value) for value in row] for row in result.result_rows]
        return Result(columns, types, rows)

    def _explain(self, prefix: str, sql: str) -> str:
        try:
            output = self.client.command(prefix + sql)
        except Exception as exc:
            raise QueryFailed(clean_error(str(exc), offset=len(prefix))) from None
        if isinstance(output, list | tuple):
            return "\n".join(map(str, output))
        return str(output)

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None


def jsonable(value: Any) -> Any:
    """A ClickHouse value as JSON: times in ISO 8601 with their UTC offset, exact decimals."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, Decimal | UUID | IPv4Address | IPv6Address):
        return str(value)
    if isinstance(value, list | tuple | set):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(jsonable(k)): jsonable(v) for k, v in value.items()}
    return value
