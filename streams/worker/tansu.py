"""A workaround for the embedded broker (Tansu 0.6), used only against it.

Tansu answers ListOffsets (a partition's end offset) with the base offset of
the partition's last record batch plus one, ignoring the other records of that
batch. Faust restores a table by reading its changelog up to that end offset,
so a restarted worker would stop early and lose state. When the broker is
Tansu, :func:`patch_end_offsets` makes aiokafka's ``end_offsets`` read on from
the reported offset to find the real end. Real Kafka is never patched.
"""

from __future__ import annotations

import logging
from typing import Any

from kafka import KafkaAdminClient, KafkaConsumer
from kafka import TopicPartition as SyncTopicPartition

log = logging.getLogger(__name__)

TANSU_CLUSTER_ID = "tansu_cluster"


def is_tansu(bootstrap: str) -> bool:
    admin = KafkaAdminClient(bootstrap_servers=bootstrap, client_id="voc-probe")
    try:
        cluster_id = admin.describe_cluster().get("cluster_id")
        return bool(cluster_id == TANSU_CLUSTER_ID)
    finally:
        admin.close()


def true_end_offsets(bootstrap: str, reported: dict[Any, int]) -> dict[Any, int]:
    """Read each partition on from its reported end offset to the real one."""
    probe = [tp for tp, end in reported.items() if end > 0]
    if not probe:
        return reported
    corrected = dict(reported)
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    try:
        sync = {SyncTopicPartition(tp.topic, tp.partition): tp for tp in probe}
        consumer.assign(list(sync))
        for stp, tp in sync.items():
            consumer.seek(stp, reported[tp] - 1)
        idle = 0
        while idle < 2:
            batches = consumer.poll(timeout_ms=200, max_records=10_000)
            idle = 0 if batches else idle + 1
            for stp, records in batches.items():
                tp = sync[stp]
                corrected[tp] = max(corrected[tp], records[-1].offset + 1)
    finally:
        consumer.close()
    return corrected


def patch_end_offsets(bootstrap: str) -> None:
    """Make aiokafka report true end offsets when talking to Tansu (idempotent)."""
    import aiokafka

    original = aiokafka.AIOKafkaConsumer.end_offsets
    if getattr(original, "voc_tansu", False):
        return

    async def end_offsets(self: Any, partitions: Any) -> dict[Any, int]:
        import asyncio

        reported: dict[Any, int] = await original(self, partitions)
        return await asyncio.to_thread(true_end_offsets, bootstrap, reported)

    end_offsets.voc_tansu = True  # type: ignore[attr-defined]
    aiokafka.AIOKafkaConsumer.end_offsets = end_offsets
    log.info("embedded broker: correcting end offsets for table recovery")
