"""ClickHouse unavailable (issue 6, point 2), against the real broker and chDB.

The outage is real, not mocked: a table constraint makes chDB reject every
insert of this test's rows (``VIOLATED_CONSTRAINT``), as a down server would
reject the connection. While it lasts the sink retries with backoff, holds one
batch and no more (backpressure), and the consumer group commits nothing past
what is stored; once the constraint is dropped everything lands exactly once.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from kafka import KafkaAdminClient

from sinks.clickhouse.store import ClickHouseStore
from streams.tools.publisher import Publisher
from streams.worker.embedded import EmbeddedBroker
from tests.integration.harness import run_worker, settings_for, wait_for
from tests.support.builders import touchpoint_dict

pytestmark = pytest.mark.integration

EVENTS = 1_200
BATCH = 100


def lines(unique: str) -> list[tuple[int, bytes]]:
    return [
        (
            i + 1,
            json.dumps(
                touchpoint_dict(
                    event_id=f"{unique}-{i}",
                    occurred_at=f"2026-11-20T{i // 60 % 24:02d}:{i % 60:02d}:00Z",
                    customer={"customer_id": f"{unique}-c{i % 40}"},
                    text="Still no refund, this is the third time I call" if i % 3 else "Thanks!",
                )
            ).encode(),
        )
        for i in range(EVENTS)
    ]


def committed_on(bootstrap: str, group: str, topic: str) -> int:
    """What the worker's consumer group committed on ``topic``, summed over partitions."""
    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    try:
        offsets = admin.list_group_offsets({group: None})[group]
    finally:
        admin.close()
    return sum(meta.offset for tp, meta in offsets.items() if tp.topic == topic and meta.offset > 0)


def stored(clickhouse: ClickHouseStore, unique: str, final: bool = True) -> int:
    _, rows = clickhouse.query(
        f"SELECT count() FROM voc.touchpoints {'FINAL' if final else ''} "
        f"WHERE startsWith(event_id, '{unique}-')"
    )
    return int(rows[0][0])


def test_store_outage_backs_off_holds_one_batch_and_lands_everything_once(
    broker: EmbeddedBroker, clickhouse: ClickHouseStore, unique: str, tmp_path: Path
) -> None:
    settings = settings_for(unique, tmp_path, stream_batch=BATCH, sink_batch_rows=BATCH)
    store_group = f"{settings.app_id}-store"  # the store writer's own consumer group
    constraint = f"outage_{unique}"
    clickhouse.query(
        f"ALTER TABLE voc.touchpoints ADD CONSTRAINT {constraint} "
        f"CHECK NOT startsWith(event_id, '{unique}-')"
    )
    outage_figures: dict[str, int] = {}

    async def scenario() -> None:
        running = await run_worker(settings, clickhouse, broker.bootstrap)
        metrics = running.pipeline.metrics
        try:
            with Publisher(broker.bootstrap, settings) as publisher:
                assert publisher.publish_lines(lines(unique), "outage.jsonl").sent == EVENTS
            # Backoff doubles from 0.2 s: five failed writes take about 6 s.
            await wait_for(lambda: metrics.store_retries >= 5, timeout=60)
            await wait_for(lambda: metrics.enriched == EVENTS, timeout=60)
            assert metrics.store_error is not None and "VIOLATED_CONSTRAINT" in metrics.store_error
            outage_figures.update(
                retries=metrics.store_retries,
                pending=metrics.sink_pending_rows,
                stored=stored(clickhouse, unique),
                committed=committed_on(broker.bootstrap, store_group, settings.enriched_topic),
            )
            clickhouse.query(f"ALTER TABLE voc.touchpoints DROP CONSTRAINT {constraint}")
            await wait_for(lambda: metrics.touchpoints_stored >= EVENTS, timeout=90)
            assert await running.settled()
        finally:
            await running.stop()
        assert metrics.store_error is None and metrics.sink_pending_rows == 0

    try:
        asyncio.run(scenario())
    finally:
        clickhouse.query(f"ALTER TABLE voc.touchpoints DROP CONSTRAINT IF EXISTS {constraint}")

    print(f"[outage] during: {outage_figures}")
    # Nothing of this test stored, nothing committed by the store writer on the
    # enriched topic, and the writer held at most one batch.
    assert outage_figures["stored"] == 0
    assert outage_figures["committed"] == 0
    assert 0 < outage_figures["pending"] <= 3 * BATCH
    rows, all_rows = stored(clickhouse, unique), stored(clickhouse, unique, final=False)
    committed = committed_on(broker.bootstrap, store_group, settings.enriched_topic)
    _, customers = clickhouse.query(
        f"SELECT sum(contact_count) FROM voc.customers FINAL "
        f"WHERE startsWith(customer_id, '{unique}-')"
    )
    print(f"[outage] after: rows={rows} rows before merge={all_rows} committed={committed}")
    assert rows == EVENTS and all_rows == EVENTS  # once: a failed insert stored nothing
    assert customers[0][0] == EVENTS
    assert committed >= EVENTS  # the stop committed everything stored (and the control records)
