"""A workaround for the embedded broker (Tansu 0.6), used only against it.

Tansu answers ListOffsets (a partition's end offset) with the base offset of
the partition's last record batch plus one, ignoring the other records of that
batch. Faust restores a table by reading its changelog up to that end offset,
so a restarted worker would stop early and lose state. When the broker is
Tansu, :func:`patch_end_offsets` makes aiokafka's ``end_offsets`` fetch from
the reported offset and take the high watermark the fetch answers with. Real Kafka is never patched.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from kafka import KafkaAdminClient, KafkaConsumer
from kafka import TopicPartition as SyncTopicPartition

log = logging.getLogger(__name__)

TANSU_CLUSTER_ID = "tansu_cluster"
#: How long to wait for the fetches that give the real end offsets.
TRUE_END_TIMEOUT = 30.0


def is_tansu(bootstrap: str) -> bool:
    admin = KafkaAdminClient(bootstrap_servers=bootstrap, client_id="voc-probe")
    try:
        cluster_id = admin.describe_cluster().get("cluster_id")
        return bool(cluster_id == TANSU_CLUSTER_ID)
    finally:
        admin.close()


def true_end_offsets(
    bootstrap: str, reported: dict[Any, int], timeout: float = TRUE_END_TIMEOUT
) -> dict[Any, int]:
    """Each partition's real end offset: the high watermark of a fetch from its reported end.

    Tansu's fetch responses carry the right high watermark, so one fetch per
    partition settles it. Waiting for that answer (rather than for the reads
    to go quiet) keeps a slow broker from passing the wrong offset on.
    """
    probe = [tp for tp, end in reported.items() if end > 0]
    if not probe:
        return reported
    corrected = dict(reported)
    consumer = KafkaConsumer(
        bootstrap_servers=bootstrap, enable_auto_commit=False, fetch_max_wait_ms=100
    )
    try:
        sync = {SyncTopicPartition(tp.topic, tp.partition): tp for tp in probe}
        consumer.assign(list(sync))
        for stp, tp in sync.items():
            consumer.seek(stp, reported[tp] - 1)
        deadline = time.monotonic() + timeout
        pending = set(sync)
        while pending:
            if time.monotonic() > deadline:
                names = ", ".join(f"{s.topic}[{s.partition}]" for s in sorted(pending))
                raise TimeoutError(f"no fetch answer from the embedded broker for {names}")
            consumer.poll(timeout_ms=200, max_records=10_000)
            for stp in list(pending):
                high = consumer.highwater(stp)
                if high is not None:
                    tp = sync[stp]
                    corrected[tp] = max(corrected[tp], high)
                    pending.discard(stp)
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
        # This consumer's own broker (a process may talk to several in tests).
        servers = getattr(getattr(self, "_client", None), "_bootstrap_servers", None) or bootstrap
        return await asyncio.to_thread(true_end_offsets, servers, reported)

    end_offsets.voc_tansu = True  # type: ignore[attr-defined]
    end_offsets.__wrapped__ = original  # type: ignore[attr-defined]
    aiokafka.AIOKafkaConsumer.end_offsets = end_offsets
    log.info("embedded broker: correcting end offsets for table recovery")
