"""Faust tables whose changelog partition is the partition of their key.

Every piece of state is owned by the partition of its key (see
:mod:`streams.topology`): customer ``c-42`` lives on the customers topic's
partition ``partition_for("c-42")``, and Faust assigns changelog partition N
(active or standby) to the worker that owns partition N of that topic. So a
table's changelog record for ``c-42`` must go to changelog partition
``partition_for("c-42")`` too.

Faust's ``use_partitioner=True`` does not give that: the producer hashes the
*serialized* key, and table keys are serialized as JSON (``"c-42"``, quotes
included), which lands most keys on another partition. A worker that was
active or standby for that other partition then replayed the key's older
values over the live state it held for its own partition: updates were lost
whenever two or more workers ran (one worker owns every partition, so it never
showed). Without ``use_partitioner`` Faust uses the partition of the current
event, which a batch of events from several partitions does not pin down.
:class:`KeyPartitionedTable` computes the partition from the key itself.
"""

from __future__ import annotations

from typing import Any

import faust

from streams.topology import partition_for


class KeyPartitionedTable(faust.Table[Any, Any]):
    """A table whose changelog record for ``key`` goes to ``partition_for(key)``."""

    def partition_for_key(self, key: Any) -> int:
        assert self.partitions, "a keyed table needs its partition count"
        return partition_for(str(key), self.partitions)


def keyed_table(app: faust.App, name: str, partitions: int, **options: Any) -> KeyPartitionedTable:
    """Register a :class:`KeyPartitionedTable` on ``app`` (as ``app.Table`` does)."""
    table = KeyPartitionedTable(
        app, name=name, default=None, beacon=app.tables.beacon, partitions=partitions, **options
    )
    app.tables.add(table)
    return table
