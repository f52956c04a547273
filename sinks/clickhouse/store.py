"""ClickHouse: connection, versioned migrations, and the batching writer.

The same code talks to a ClickHouse server (``http://...``) and to the embedded
engine (``chdb:///abs/path``) through clickhouse-connect. Calls block: the
worker runs them in a single-thread executor, which is also what chDB needs
(one writer per process).
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import clickhouse_connect
from clickhouse_connect.driver.client import Client

from sinks.clickhouse.schema_check import SchemaError, created_objects, missing

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
DATABASE = "voc"
_MIGRATION_NAME = re.compile(r"^(\d{3})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    statements: tuple[str, ...]


def split_statements(sql: str) -> list[str]:
    """Split a migration file on ';' at line ends, dropping comment-only chunks."""
    chunks = re.split(r";\s*(?:\n|$)", sql)
    statements = []
    for chunk in chunks:
        body = "\n".join(
            line for line in chunk.splitlines() if not line.strip().startswith("--")
        ).strip()
        if body:
            statements.append(body)
    return statements


def load_migrations(directory: Path = MIGRATIONS_DIR) -> list[Migration]:
    migrations = []
    for path in sorted(directory.glob("*.sql")):
        match = _MIGRATION_NAME.match(path.name)
        if not match:
            raise ValueError(f"migration file {path.name} must be named NNN_name.sql")
        statements = tuple(split_statements(path.read_text(encoding="utf-8")))
        migrations.append(Migration(int(match.group(1)), path.stem, statements))
    versions = [m.version for m in migrations]
    if len(set(versions)) != len(versions):
        raise ValueError(f"duplicate migration versions in {directory}")
    return migrations


def connect(dsn: str) -> Client:
    """Open a clickhouse-connect client for ``http(s)://`` or ``chdb://`` DSNs."""
    if dsn.startswith("chdb://"):
        Path(dsn.removeprefix("chdb://")).parent.mkdir(parents=True, exist_ok=True)
    return clickhouse_connect.get_client(dsn=dsn)


class ClickHouseStore:
    """One connection to the analytics store; thread-safe by a lock (chDB needs it)."""

    def __init__(self, dsn: str) -> None:
        self.dsn = dsn
        self._client: Client | None = None
        self._lock = threading.Lock()

    @property
    def client(self) -> Client:
        if self._client is None:
            self._client = connect(self.dsn)
        return self._client

    def migrate(self) -> list[str]:
        """Apply the migrations not yet recorded, and recreate the tables of recorded
        ones that are missing (``_repair``); safe at every start. Returns what it did."""
        with self._lock:
            client = self.client
            client.command(f"CREATE DATABASE IF NOT EXISTS {DATABASE}")
            client.command(
                f"CREATE TABLE IF NOT EXISTS {DATABASE}.schema_migrations "
                "(version UInt32, name String, applied_at DateTime64(3, 'UTC') DEFAULT now64(3)) "
                "ENGINE = ReplacingMergeTree ORDER BY version"
            )
            done = {
                row[0]
                for row in client.query(
                    f"SELECT version FROM {DATABASE}.schema_migrations FINAL"
                ).result_rows
            }
            migrations = load_migrations()
            applied = self._repair(client, [m for m in migrations if m.version in done])
            for migration in migrations:
                if migration.version in done:
                    continue
                for statement in migration.statements:
                    client.command(statement)
                client.insert(
                    f"{DATABASE}.schema_migrations",
                    [(migration.version, migration.name)],
                    column_names=["version", "name"],
                )
                applied.append(migration.name)
                log.info("applied ClickHouse migration %s", migration.name)
            return applied

    @staticmethod
    def _repair(client: Client, done: Sequence[Migration]) -> list[str]:
        """Re-run the applied migrations if a table or view they create is missing
        (dropped by hand); their statements are idempotent. Returns what it recreated."""

        def existing() -> list[str]:
            result = client.query(
                "SELECT name FROM system.tables WHERE database = {db:String}",
                parameters={"db": DATABASE},
            )
            return [str(row[0]) for row in result.result_rows]

        lost = missing(
            created_objects((s for m in done for s in m.statements), DATABASE), existing()
        )
        if not lost:
            return []
        log.warning(
            "ClickHouse tables missing although their migrations are recorded: %s; "
            "re-running the migrations (idempotent) to recreate them",
            ", ".join(lost),
        )
        for migration in done:
            for statement in migration.statements:
                client.command(statement)
        still = missing(lost, existing())
        if still:
            raise SchemaError(
                f"ClickHouse tables {', '.join(f'{DATABASE}.{n}' for n in still)} are missing "
                "and re-running the migrations did not recreate them; "
                "check the server's permissions and logs"
            )
        return [f"recreated {DATABASE}.{name}" for name in lost]

    def query(self, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
        with self._lock:
            result = self.client.query(sql)
            return list(result.column_names), [tuple(row) for row in result.result_rows]

    def command(self, sql: str) -> Any:
        """A statement that returns no rows (erasure's deletes, retention's TTLs)."""
        with self._lock:
            return self.client.command(sql)

    def insert(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        with self._lock:
            self.client.insert(f"{DATABASE}.{table}", list(rows), column_names=list(columns))

    def close(self) -> None:
        with self._lock:
            if self._client is not None:
                self._client.close()
                self._client = None


class ClickHouseWriter:
    """Buffers rows per table and writes each table in one insert on ``flush()``.

    Follows :class:`sinks.base.Sink`. Rows added with a ``key`` replace a
    buffered row with the same key (a customer changed five times in a batch
    is written once, in its latest state).
    """

    def __init__(self, store: ClickHouseStore, columns: Mapping[str, Sequence[str]]) -> None:
        self.store = store
        self.columns = columns
        self._rows: dict[str, list[tuple[Any, ...]]] = {table: [] for table in columns}
        self._keyed: dict[str, dict[str, tuple[Any, ...]]] = {table: {} for table in columns}
        self.rows_written = 0
        self._opened_at = time.monotonic()

    def open(self) -> None:
        self.store.migrate()

    def track(self, table: str) -> None:
        """Accept rows for ``table`` too (its columns must be in ``self.columns``)."""
        self._rows.setdefault(table, [])
        self._keyed.setdefault(table, {})

    def buffered(self, table: str) -> list[tuple[Any, ...]]:
        return self._rows.get(table, []) + list(self._keyed.get(table, {}).values())

    def add(self, table: str, row: Sequence[Any], key: str | None = None) -> None:
        if key is None:
            self._rows[table].append(tuple(row))
        else:
            self._keyed[table][key] = tuple(row)

    def pending(self) -> int:
        return sum(map(len, self._rows.values())) + sum(map(len, self._keyed.values()))

    def flush(self) -> int:
        """Insert everything buffered; on error the buffer is kept for a retry."""
        written = 0
        for table, columns in self.columns.items():
            rows = self._rows[table] + list(self._keyed[table].values())
            if not rows:
                continue
            self.store.insert(table, columns, rows)
            self._rows[table] = []
            self._keyed[table] = {}
            written += len(rows)
        self.rows_written += written
        return written

    def close(self) -> None:
        self.flush()
