"""Who writes the store: the store writer runs where the store can be written.

With a ClickHouse server every worker runs a :class:`StoreWriter` (they share
one consumer group). With the embedded store (chDB opens a data directory in
one process), a worker first takes ``<data dir>/store.lock`` (``flock``: the
kernel frees it when the process dies, even on ``kill -9``); the one that has
it opens chDB, migrates, runs the writer and serves ``voc sql``. The others
try again every few seconds, so a survivor takes over when the holder dies.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import json
import logging
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from sinks.clickhouse.consumer import StoreStats, StoreTopics, StoreWriter
from sinks.clickhouse.retention import apply_retention
from sinks.clickhouse.store import ClickHouseStore
from streams.settings import Settings
from streams.stages.erasure import subject_hash
from streams.text.redaction import redact_preview
from streams.worker.app import Pipeline

log = logging.getLogger(__name__)

RETRY_SECONDS = 2.0


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


def try_lock(path: Path) -> IO[bytes] | None:
    """The open lock file when this process got the lock; None when another holds it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = path.open("ab")
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        return None
    return handle


@dataclass
class StoreHolder:
    pipeline: Pipeline
    bootstrap: str
    _lock: IO[bytes] | None = None
    _writer: StoreWriter | None = None
    _task: asyncio.Task[None] | None = None
    _waiting: asyncio.Task[None] | None = None
    info_path: Path | None = None
    _owns_store: bool = True
    stats: StoreStats = field(default_factory=StoreStats)

    @property
    def settings(self) -> Settings:
        return self.pipeline.settings

    async def start(self) -> bool:
        """Hold the store now if possible (True), else keep trying in the background."""
        if await self._acquire():
            return True
        log.warning(
            "the store in %s is held by another worker; this one takes over if it stops",
            self.settings.data_dir,
        )
        self._waiting = asyncio.create_task(self._wait_for_lock())
        return False

    async def _acquire(self) -> bool:
        settings = self.settings
        store = self.pipeline.store
        if store is not None:  # handed in open (tests, tools): used as it is, not closed
            self._owns_store = False
        else:
            if settings.embedded_clickhouse:
                self._lock = try_lock(settings.data_dir / "store.lock")
                if self._lock is None:
                    return False
            store = self.pipeline.store = ClickHouseStore(settings.clickhouse_dsn)
        await self.pipeline.run_blocking(store.migrate)
        changed = await self.pipeline.run_blocking(
            lambda: apply_retention(store, settings.retention_days)
        )
        if changed:
            log.info("ClickHouse retention set: %s", "; ".join(changed))
        self.pipeline.metrics.store_holder = True
        self._start_writer(store)
        self._write_info()
        return True

    async def _wait_for_lock(self) -> None:
        while not await self._acquire():
            await asyncio.sleep(RETRY_SECONDS)
        log.warning("this worker now holds the store")

    def _start_writer(self, store: ClickHouseStore) -> None:
        settings, metrics = self.settings, self.pipeline.metrics
        topics = StoreTopics(
            touchpoints=settings.enriched_topic,
            alerts=settings.alerts_topic,
            dead_letters=settings.dlq_topic,
            rows=settings.rows_topic,
        )

        def stored(stamps: list[float]) -> None:
            now = time.time()
            for stamp in stamps:
                metrics.store_latency_ms.add((now - stamp) * 1000)
            self.metrics_view()

        self.stats.on_stored = stored
        self._writer = StoreWriter(
            store,
            self.bootstrap,
            topics,
            group_id=f"{settings.app_id}-store",
            batch_rows=settings.sink_batch_rows,
            linger_seconds=settings.sink_batch_seconds,
            stats=self.stats,
            run_blocking=self.pipeline.run_blocking,
            preview=redact_preview,
            subject_hash=subject_hash,
        )

        async def run() -> None:
            assert self._writer is not None
            await self._writer.start()
            watch = asyncio.create_task(self._watch_stats())
            try:
                await self._writer.run()
            except Exception as exc:
                # Never silent: a writer that died stores nothing more (issue 12
                # found one that died on a dead letter and wrote nothing after).
                self.stats.error = f"store writer stopped: {type(exc).__name__}: {exc}"[:300]
                log.error("%s; restart the worker after fixing the cause", self.stats.error)
                log.debug("store writer error", exc_info=True)
                self.metrics_view()
            finally:
                watch.cancel()

        self._task = asyncio.create_task(run())

    def _write_info(self) -> None:
        settings = self.settings
        if settings.web_port <= 0:
            return
        self.info_path = worker_info_path(settings)
        self.info_path.parent.mkdir(parents=True, exist_ok=True)
        info = {"pid": os.getpid(), "web_port": settings.web_port, "bootstrap": self.bootstrap}
        self.info_path.write_text(json.dumps(info))

    async def _watch_stats(self) -> None:
        while True:
            self.metrics_view()
            await asyncio.sleep(0.5)

    def metrics_view(self) -> None:
        metrics = self.pipeline.metrics
        metrics.touchpoints_stored = self.stats.touchpoints
        metrics.stored = self.stats.rows
        metrics.store_retries = self.stats.retries
        metrics.sink_pending_rows = self.stats.pending
        metrics.store_error = self.stats.error
        metrics.store_lag = self.stats.lag

    async def stop(self, timeout: float = 15.0) -> None:
        if self._waiting is not None:
            self._waiting.cancel()
        if self._writer is not None and self._task is not None:
            await self._writer.stop()
            # Not wait_for: it would wait for the cancelled writer, whose Kafka
            # consumer's stop never ends without a broker.
            done, _ = await asyncio.wait({self._task}, timeout=timeout)
            if not done:
                log.warning("store writer not stopped within %gs; going on without it", timeout)
                self._task.cancel()
        if self.info_path is not None:
            with contextlib.suppress(OSError):
                self.info_path.unlink()
        if self.pipeline.store is not None and self._owns_store:
            await self.pipeline.run_blocking(self.pipeline.store.close)
        if self._lock is not None:
            self._lock.close()
