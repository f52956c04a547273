"""A worker whose Kafka producer crashed stops with an error instead of idling.

Faust leaves the process up when its producer buffer crashes (a record over the
broker's size limit did it): the agents and the consumer thread go down with
it, and the worker consumed nothing more, for ever. ``voc run`` now sees the
crash within a second and exits with code 1, so a supervisor restarts it.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from sinks.clickhouse.store import ClickHouseStore
from streams.worker.embedded import EmbeddedBroker
from streams.worker.runtime import crashed_service
from tests.integration.harness import run_worker, settings_for, wait_for

pytestmark = pytest.mark.integration


def test_a_crashed_producer_buffer_is_seen_and_named(
    broker: EmbeddedBroker, clickhouse: ClickHouseStore, unique: str, tmp_path: Path
) -> None:
    settings = settings_for(unique, tmp_path)

    async def scenario() -> str:
        running = await run_worker(settings, clickhouse, broker.bootstrap)
        try:
            await asyncio.sleep(1.5)
            assert crashed_service(running.app) is None
            assert not running.crashed.is_set()
            too_big = RuntimeError("MessageSizeTooLargeError: the message is 1015261 bytes")
            await running.app.producer.buffer.crash(too_big)
            await wait_for(running.crashed.is_set, timeout=5)
            return running.crash_reason
        finally:
            await running.stop()

    reason = asyncio.run(scenario())
    assert reason.startswith("Kafka producer buffer crashed: RuntimeError: MessageSizeTooLarge")
