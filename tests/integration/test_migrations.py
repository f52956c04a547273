"""Migrations against the real embedded ClickHouse: a dropped table comes back."""

from __future__ import annotations

import pytest

from sinks.clickhouse.store import DATABASE, ClickHouseStore, load_migrations


def tables(store: ClickHouseStore) -> set[str]:
    _, rows = store.query(f"SELECT name FROM system.tables WHERE database = '{DATABASE}'")
    return {str(row[0]) for row in rows}


def test_a_dropped_table_is_recreated_at_the_next_migrate(clickhouse: ClickHouseStore) -> None:
    clickhouse.migrate()
    assert "alerts" in tables(clickhouse)
    recorded = clickhouse.query(f"SELECT count() FROM {DATABASE}.schema_migrations FINAL")[1]
    assert recorded[0][0] == len(load_migrations())

    clickhouse.query(f"DROP TABLE {DATABASE}.alerts")
    assert "alerts" not in tables(clickhouse)

    done = clickhouse.migrate()

    assert done == [f"recreated {DATABASE}.alerts"]
    assert "alerts" in tables(clickhouse)
    columns, _ = clickhouse.query(f"SELECT * FROM {DATABASE}.alerts LIMIT 0")
    assert {"alert_id", "rule", "severity", "explanation", "evidence"} <= set(columns)
    # the view that reads voc.alerts works again, and nothing is recorded twice
    clickhouse.query(f"SELECT * FROM {DATABASE}.rule_precision")
    assert clickhouse.migrate() == []
    again = clickhouse.query(f"SELECT count() FROM {DATABASE}.schema_migrations FINAL")[1]
    assert again == recorded


@pytest.mark.parametrize("column", ["journey_stage", "merged_into"])
def test_recreating_a_table_replays_the_later_migrations_that_alter_it(
    clickhouse: ClickHouseStore, column: str
) -> None:
    clickhouse.query(f"DROP TABLE {DATABASE}.customers")
    assert clickhouse.migrate() == [f"recreated {DATABASE}.customers"]
    columns, _ = clickhouse.query(f"SELECT * FROM {DATABASE}.customers LIMIT 0")
    assert column in columns  # added by 002 and 004 with ALTER ... ADD COLUMN IF NOT EXISTS
