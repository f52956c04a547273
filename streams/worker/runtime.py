"""Starting and stopping the real components: broker, store and worker.

``voc run``, ``voc demo``, ``voc bench`` and the integration tests all go
through here, so the embedded defaults behave the same everywhere.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import signal
import time
from collections.abc import Iterator
from dataclasses import dataclass

import faust

from streams.settings import Settings
from streams.topics import ensure_topics
from streams.worker.app import Pipeline, create_app
from streams.worker.embedded import EmbeddedBroker, free_port
from streams.worker.holder import StoreHolder
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


@dataclass
class RunningWorker:
    """A started Faust worker in this process; ``stop()`` flushes and commits."""

    worker: faust.Worker
    app: faust.App
    pipeline: Pipeline
    holder: StoreHolder

    async def settled(self, quiet: float = 1.0, timeout: float = 60.0) -> bool:
        """Wait until nothing moves: nothing held in order, agents and store writer idle.

        For the demo's summary and the tests: rows that follow the last
        touchpoints (customers, accounts, alerts) are in the store then.
        """
        deadline = time.monotonic() + timeout
        stats = self.holder.stats
        while time.monotonic() < deadline:
            now = time.monotonic()
            idle = min(now - stats.last_records_at, now - self.pipeline.last_batch_at)
            if self.pipeline.metrics.sequencer_held == 0 and idle >= quiet and not stats.pending:
                return True
            await asyncio.sleep(0.1)
        return False

    async def stop(self) -> None:
        if not await self.pipeline.drain(self.app):
            log.warning("stopping with a batch still unfinished; it is re-read after a restart")
        await self.worker.stop()
        await self.holder.stop()
        self.pipeline.executor.shutdown(wait=True)


async def start_worker(
    pipeline: Pipeline, bootstrap: str, loglevel: str = "WARNING"
) -> RunningWorker:
    """Create topics, take the store if free, start the agents; returns once consuming."""
    settings = pipeline.settings
    await asyncio.to_thread(ensure_topics, bootstrap, settings)
    if await asyncio.to_thread(is_tansu, bootstrap):
        patch_end_offsets(bootstrap)
    holder = StoreHolder(pipeline, bootstrap)
    await holder.start()
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
    return RunningWorker(worker, app, pipeline, holder)


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
    print(f"voc worker ready: kafka {bootstrap}, clickhouse {pipeline.settings.clickhouse_dsn}")
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
    return Pipeline(settings=settings)
