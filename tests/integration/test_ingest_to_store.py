"""HTTP to ClickHouse: what the gateway accepts is stored by the worker, nothing else.

`voc ingest` runs as its own process; the worker runs in-process on the same
embedded broker and the session's chDB store.
"""

from __future__ import annotations

import asyncio
import json
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from sinks.clickhouse.store import ClickHouseStore
from streams.ingest.bench import BENCH_KEY, gateway_process
from streams.worker.embedded import EmbeddedBroker, free_port
from tests.integration.harness import run_worker, settings_for, wait_for
from tests.support.builders import touchpoint_dict

pytestmark = pytest.mark.integration


def post(port: int, events: list[dict[str, Any]]) -> dict[str, Any]:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/v1/touchpoints",
        data=json.dumps(events).encode(),
        headers={"Authorization": f"Bearer {BENCH_KEY}", "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=30) as answer:
        assert answer.status == 202
        body: dict[str, Any] = json.loads(answer.read())
        return body


def test_touchpoints_posted_over_http_land_in_clickhouse(
    broker: EmbeddedBroker, clickhouse: ClickHouseStore, unique: str, tmp_path: Path
) -> None:
    settings = settings_for(unique, tmp_path)
    events = [
        touchpoint_dict(
            event_id=f"{unique}-{i}",
            channel=("email", "chat", "web")[i % 3],
            customer={"customer_id": f"{unique}-c{i % 5}"},
            text="Livraison en retard, je suis déçu" if i % 2 else "Merci, tout est parfait",
        )
        for i in range(60)
    ]
    events[7]["scores"] = {"nps": 42}  # refused by the gateway: never stored
    port = free_port()

    async def scenario() -> dict[str, Any]:
        running = await run_worker(settings, clickhouse, broker.bootstrap)
        try:
            body = await asyncio.to_thread(post, port, events)
            metrics = running.pipeline.metrics
            await wait_for(lambda: metrics.touchpoints_stored >= body["accepted"], timeout=90)
            assert await running.settled()
            return body
        finally:
            await running.stop()

    with gateway_process(broker.bootstrap, settings.topic_prefix, port, 60.0):
        body = asyncio.run(scenario())
    assert body["accepted"] == 59 and [r["index"] for r in body["rejected"]] == [7]
    _, rows = clickhouse.query(
        f"SELECT event_id FROM voc.touchpoints FINAL WHERE event_id LIKE '{unique}-%'"
    )
    stored = {row[0] for row in rows}
    assert stored == {e["event_id"] for i, e in enumerate(events) if i != 7}
    _, customers = clickhouse.query(
        f"SELECT sum(contact_count) FROM voc.customers FINAL WHERE customer_id LIKE '{unique}-%'"
    )
    assert customers[0][0] == 59
