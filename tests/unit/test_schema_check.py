"""The migration checks that let migrate() recreate a dropped table."""

from __future__ import annotations

from sinks.clickhouse.schema_check import created_objects, missing, non_idempotent
from sinks.clickhouse.store import DATABASE, load_migrations


def test_every_migration_statement_can_run_twice() -> None:
    statements = [s for m in load_migrations() for s in m.statements]
    assert statements
    assert non_idempotent(statements) == []


def test_non_idempotent_finds_a_plain_create() -> None:
    found = non_idempotent(
        ["CREATE TABLE voc.x (a UInt8) ENGINE = Memory", "DROP TABLE IF EXISTS voc.y"]
    )
    assert found == ["CREATE TABLE voc.x (a UInt8) ENGINE = Memory"]


def test_created_objects_names_the_tables_and_views_of_the_migrations() -> None:
    statements = [s for m in load_migrations() for s in m.statements]
    names = created_objects(statements, DATABASE)
    assert {"touchpoints", "customers", "alerts", "dead_letters"} <= set(names)
    assert {"touchpoints_per_minute_mv", "rule_precision", "customer_aliases"} <= set(names)
    assert created_objects(statements, "other") == []
    assert not any(n.startswith("ALTER") for n in names)


def test_missing_keeps_the_migration_order_once() -> None:
    assert missing(["a", "b", "c", "b"], ["c"]) == ["a", "b"]
    assert missing(["a"], ["a", "z"]) == []
