"""Run the real worker in-process against the session's broker and chDB."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kafka import KafkaConsumer

from sinks.clickhouse.store import ClickHouseStore
from streams.settings import Settings
from streams.tools.publisher import Publisher, ensure_topics
from streams.worker.app import Pipeline
from streams.worker.runtime import RunningWorker, start_worker


def settings_for(unique: str, data_dir: Path, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "topic_prefix": f"t{unique}",
        "app_id": f"voc-test-{unique}",
        "data_dir": data_dir,
        "web_port": 0,
        "partitions": 2,
        "sink_batch_seconds": 0.2,
    }
    values.update(overrides)
    return Settings(**values)


async def wait_for(predicate: Callable[[], bool], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("condition not met in time")
        await asyncio.sleep(0.2)


async def run_worker(
    settings: Settings, store: ClickHouseStore, bootstrap: str, **pipeline_args: Any
) -> RunningWorker:
    pipeline = Pipeline(settings=settings, store=store, **pipeline_args)
    return await start_worker(pipeline, bootstrap)


def publish_backlog(
    bootstrap: str, settings: Settings, events: list[dict[str, Any]], source: str
) -> int:
    """Create the topics and publish ``events`` before any worker starts; the number
    sent. A backlog leaves the sequencer in one event-time order, the eval's. Published
    while a worker reads, a source read empty for a moment counts as caught up, and its
    later, older touchpoints pass through late in arrival order (live traffic's way),
    which on a loaded machine made the order differ from the eval's."""
    ensure_topics(bootstrap, settings)
    lines = [(n, json.dumps(e).encode()) for n, e in enumerate(events, start=1)]
    with Publisher(bootstrap, settings) as publisher:
        return publisher.publish_lines(lines, source).sent


def consume_all(bootstrap: str, topic: str, expected: int, timeout: float = 30.0) -> list[Any]:
    """Read a topic from the start until ``expected`` records or the timeout."""
    consumer = KafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        consumer_timeout_ms=2_000,
    )
    records: list[Any] = []
    deadline = time.monotonic() + timeout
    try:
        while len(records) < expected and time.monotonic() < deadline:
            for batch in consumer.poll(timeout_ms=500).values():
                records.extend(batch)
    finally:
        consumer.close()
    return records
