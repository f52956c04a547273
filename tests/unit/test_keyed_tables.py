"""A table's changelog record goes to the partition that owns its key (streams/worker/tables.py)."""

from __future__ import annotations

import json
from pathlib import Path

from streams.settings import Settings
from streams.topology import partition_for
from streams.worker.kafka import new_faust_app
from streams.worker.tables import keyed_table

KEYS = [f"c-{n}" for n in range(200)] + ["handle:eric", "email:ana@example.com"]


def test_changelog_partition_is_the_partition_of_the_key(tmp_path: Path) -> None:
    app = new_faust_app(Settings(data_dir=tmp_path, partitions=12), "memory://")
    customers = keyed_table(app, "customers", 12, value_type=bytes)
    accounts = keyed_table(app, "accounts", 12)
    for key in KEYS:
        assert customers.partition_for_key(key) == partition_for(key, 12)
        assert accounts.partition_for_key(key) == partition_for(key, 12)
    assert app.tables["customers"] is customers


def test_the_serialized_key_would_land_elsewhere() -> None:
    """Why the class exists: Faust's use_partitioner hashes the JSON key, quotes included."""
    moved = [k for k in KEYS if partition_for(json.dumps(k), 12) != partition_for(k, 12)]
    assert len(moved) > len(KEYS) // 2


def test_the_cached_partitioner_is_kafkas_default() -> None:
    from aiokafka.partitioner import DefaultPartitioner

    from streams.worker.kafka import cached_partitioner

    default, partitions = DefaultPartitioner(), list(range(12))
    for key in KEYS:
        raw = key.encode()
        chosen = cached_partitioner(raw, partitions, partitions)
        assert chosen == default(raw, partitions, partitions) == partition_for(key, 12)
    assert cached_partitioner(None, partitions, [5]) == 5  # no key: an available partition
