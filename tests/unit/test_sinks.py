from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sinks.clickhouse.store import ClickHouseWriter, load_migrations, split_statements
from sinks.clickhouse.tables import COLUMNS, alert_row, touchpoint_row
from streams.alerts.rules import evaluate_rules, load_rules_config
from streams.customer.rows import customer_row
from streams.customer.state import CustomerState, apply_touchpoint
from tests.support.builders import NOW, enriched


def test_split_statements_ignores_comments_and_keeps_semicolons_inside() -> None:
    sql = "-- header; not a statement\nCREATE TABLE a (x String DEFAULT ';');\n\nSELECT 1;\n-- end"
    assert split_statements(sql) == ["CREATE TABLE a (x String DEFAULT ';')", "SELECT 1"]


def test_migrations_are_numbered_and_create_the_contract_tables() -> None:
    migrations = load_migrations()
    assert [m.version for m in migrations] == sorted(m.version for m in migrations)
    sql = " ".join(s for m in migrations for s in m.statements)
    for table in ("voc.touchpoints", "voc.customers", "voc.alerts", "voc.touchpoints_per_minute"):
        assert f"CREATE TABLE IF NOT EXISTS {table}" in sql
    assert "ReplacingMergeTree" in sql and "AggregatingMergeTree" in sql


def test_bad_migration_name_is_refused(tmp_path: Path) -> None:
    (tmp_path / "init.sql").write_text("SELECT 1;")
    with pytest.raises(ValueError, match="NNN_name"):
        load_migrations(tmp_path)


def test_rows_have_one_value_per_column() -> None:
    event = enriched(event_id="s-1", scores={"nps": 2})
    state = CustomerState("c-42")
    apply_touchpoint(state, event)
    [alert] = evaluate_rules(load_rules_config(), state, event, NOW)
    assert len(touchpoint_row(event, "c-42")) == len(COLUMNS["touchpoints"])
    assert len(customer_row(state, NOW)) == len(COLUMNS["customers"])
    assert len(alert_row(alert)) == len(COLUMNS["alerts"])
    row = dict(zip(COLUMNS["touchpoints"], touchpoint_row(event, "c-42"), strict=True))
    assert row["nps"] == 2 and row["sentiment_label"] == "negative" and row["customer_id"] == "c-42"


class FlakyStore:
    """Stands in for ClickHouse to check the writer's buffer contract."""

    def __init__(self) -> None:
        self.fail = True
        self.inserted: list[tuple[str, list[Any]]] = []

    def insert(self, table: str, columns: Any, rows: Any) -> None:
        if self.fail:
            raise ConnectionError("down")
        self.inserted.append((table, list(rows)))


def test_writer_keeps_rows_when_a_flush_fails_and_collapses_keyed_rows() -> None:
    store = FlakyStore()
    writer = ClickHouseWriter(store, {"a": ("x",), "b": ("y",)})  # type: ignore[arg-type]
    writer.add("a", (1,))
    writer.add("b", ("old",), key="c-1")
    writer.add("b", ("new",), key="c-1")
    assert writer.pending() == 2
    with pytest.raises(ConnectionError):
        writer.flush()
    assert writer.pending() == 2
    store.fail = False
    assert writer.flush() == 2
    assert store.inserted == [("a", [(1,)]), ("b", [("new",)])]
    assert writer.pending() == 0
