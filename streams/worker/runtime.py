"""Starting and stopping the real components: broker, store and worker.

``voc run``, ``voc demo``, ``voc bench`` and the integration tests all go
through here, so the embedded defaults behave the same everywhere.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import signal
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import faust

from sinks.clickhouse.store import ClickHouseStore
from streams.settings import Settings
from streams.tools.publisher import ensure_topics
from streams.worker.app import Pipeline, create_app
from streams.worker.embedded import EmbeddedBroker, free_port
from streams.worker.tansu import is_tansu, patch_end_offsets

log = logging.getLogger(__name__)


@contextlib.contextmanager
def kafka_bootstrap(settings: Settings, port: int | None = None) -> Iterator[str]:
    """The configured Kafka, or an embedded broker that lives as long as the block."""
    if settings.kafka_broker:
        yield settings.kafka_broker
        return
    broker = EmbeddedBroker(port=port)
    broker.start()
    try:
        yield broker.bootstrap
    finally:
        broker.stop()


def worker_info_path(settings: Settings) -> Path:
    return settings.data_dir / "worker.json"


def read_worker_info(settings: Settings) -> dict[str, Any] | None:
    """The running worker that holds the embedded store, if any (for ``voc sql``)."""
    path = worker_info_path(settings)
    try:
        info: dict[str, Any] = json.loads(path.read_text())
    except (OSError, ValueError):
        return None
    try:
        os.kill(int(info["pid"]), 0)
    except (OSError, KeyError, ValueError):
        return None  # stale file from a worker that died
    return info


@dataclass
class RunningWorker:
    """A started Faust worker in this process; ``stop()`` flushes and commits."""

    worker: faust.Worker
    app: faust.App
    pipeline: Pipeline
    info_path: Path | None

    async def stop(self) -> None:
        if not await self.pipeline.drain(self.app):
            log.warning("stopping with a batch still unstored; it is re-read after a restart")
        await self.worker.stop()
        self.pipeline.executor.shutdown(wait=True)
        if self.info_path is not None:
            with contextlib.suppress(OSError):
                self.info_path.unlink()


async def start_worker(
    pipeline: Pipeline, bootstrap: str, loglevel: str = "WARNING"
) -> RunningWorker:
    """Create topics, migrate the store, start the agents; returns once consuming."""
    settings = pipeline.settings
    await asyncio.to_thread(ensure_topics, bootstrap, settings)
    if await asyncio.to_thread(is_tansu, bootstrap):
        patch_end_offsets(bootstrap)
    await pipeline.run_blocking(pipeline.store.migrate)
    app = create_app(pipeline, bootstrap)
    worker = faust.Worker(
        app,
        loop=asyncio.get_running_loop(),
        loglevel=loglevel,
        quiet=True,
        redirect_stdouts=False,
        daemon=False,
    )
    worker.spinner = None  # our own output shows progress; the spinner garbles it
    # Faust warns at every flow-control pause of the table changelog buffer: noise.
    logging.getLogger("faust.transport.producer").setLevel(logging.ERROR)
    await worker.start()
    info_path = None
    if settings.web_port > 0:
        info_path = worker_info_path(settings)
        info_path.parent.mkdir(parents=True, exist_ok=True)
        info = {"pid": os.getpid(), "web_port": settings.web_port, "bootstrap": bootstrap}
        info_path.write_text(json.dumps(info))
    return RunningWorker(worker, app, pipeline, info_path)


def pick_web_port(settings: Settings) -> Settings:
    """Keep the configured port when free, else take a free one (two demos side by side)."""
    import socket

    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", settings.web_port))
            return settings
        except OSError:
            return settings.model_copy(update={"web_port": free_port()})


async def serve_forever(pipeline: Pipeline, bootstrap: str, status_every: float = 10.0) -> None:
    """``voc run``: the worker until SIGINT/SIGTERM, with a status line now and then."""
    running = await start_worker(pipeline, bootstrap, loglevel=pipeline.settings.log_level)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    clickhouse = pipeline.settings.clickhouse_dsn_masked  # never the password
    print(f"voc worker ready: kafka {bootstrap}, clickhouse {clickhouse}")
    try:
        while not stop.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=status_every)
            print("status " + json.dumps(pipeline.metrics.as_dict()), flush=True)
    finally:
        print("stopping: flushing batches and committing offsets...", flush=True)
        await running.stop()
        print("stopped " + json.dumps(pipeline.metrics.as_dict()), flush=True)


def build_pipeline(settings: Settings) -> Pipeline:
    return Pipeline(settings=settings, store=ClickHouseStore(settings.clickhouse_dsn))
