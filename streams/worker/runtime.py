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
import sys
import threading
import time
from collections.abc import Coroutine, Iterator
from dataclasses import dataclass, field
from typing import Any

import faust

from streams.settings import Settings
from streams.topics import ensure_topics
from streams.worker.app import Pipeline, create_app
from streams.worker.brokerwatch import KAFKA_LOG_FILTER, BrokerWatch, watch_broker
from streams.worker.embedded import EmbeddedBroker, free_port
from streams.worker.holder import StoreHolder
from streams.worker.tansu import is_tansu, patch_end_offsets

log = logging.getLogger(__name__)

#: A stop (SIGTERM, Ctrl-C, the broker lost) shares this budget between its steps.
STOP_SECONDS = 25.0
#: The steps' own limits: Faust's stop, then the store writer (what is left, at least 3 s).
FAUST_STOP_SECONDS = 5.0
#: However a stop goes, the process is gone this long after it began (README: Guarantees).
HARD_STOP_SECONDS = 30.0


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
    #: Set when the broker has been unreachable for ``VOC_BROKER_LOST_EXIT_SECONDS``.
    broker_lost: asyncio.Event = field(default_factory=asyncio.Event)
    watch: BrokerWatch | None = None
    watch_task: asyncio.Task[None] | None = None
    #: Set with its reason when a Faust service the worker cannot do without
    #: crashed (see :func:`watch_crashes`).
    crashed: asyncio.Event = field(default_factory=asyncio.Event)
    crash_reason: str = ""
    crash_task: asyncio.Task[None] | None = None

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

    async def stop(self, budget: float = STOP_SECONDS) -> None:
        """Drain, stop Faust, stop the store writer: every wait bounded, ``budget`` in all.

        With the broker unreachable nothing can be delivered or committed; the
        stop goes on regardless and what was not committed is read again after
        a restart (at-least-once, rows collapse under ``FINAL``).
        """
        deadline = time.monotonic() + budget
        for task in (self.watch_task, self.crash_task):
            if task is not None:
                task.cancel()
        if not await self.pipeline.drain(self.app):
            log.warning("stopping with work not committed; it is read again after a restart")
            abandon_unsent(self.app)
        if not await within(self.worker.stop(), FAUST_STOP_SECONDS):
            log.warning("Faust did not stop cleanly within %gs; going on", FAUST_STOP_SECONDS)
        # Without a broker the store writer cannot commit: no use waiting for it long.
        left = max(3.0, deadline - time.monotonic())
        await self.holder.stop(timeout=left if self.pipeline.metrics.broker_up else 3.0)
        self.pipeline.executor.shutdown(wait=True)


async def within(work: Coroutine[Any, Any, Any], seconds: float) -> bool:
    """Run ``work`` for at most ``seconds``; False (and ``work`` cancelled) if it took longer.

    Not ``asyncio.wait_for``: it waits for the cancelled work to end, and
    Faust's stop shields its children's stops and swallows the cancellation.
    """
    task = asyncio.ensure_future(work)
    done, _ = await asyncio.wait({task}, timeout=seconds)
    if not done:
        task.cancel()
        return False
    return not task.cancelled() and task.exception() is None


def abandon_unsent(app: faust.App) -> None:
    """Fail what the Kafka producer still holds, so Faust's stop does not wait for it.

    Without a broker it never leaves, and Faust's stop flushes the producer
    with no time limit. Nothing is lost: a batch is acked only once everything
    it produced is delivered, so the records these came from are not committed
    and are read again after a restart.
    """
    from aiokafka.errors import KafkaConnectionError

    accumulator = getattr(getattr(app.producer, "_producer", None), "_accumulator", None)
    if accumulator is not None:
        accumulator.fail_all(KafkaConnectionError("not sent: the worker stopped without a broker"))


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
    running = RunningWorker(worker, app, pipeline, holder)
    watch_the_broker(running, bootstrap)
    running.crash_task = asyncio.create_task(watch_crashes(running), name="voc-crash-watch")
    return running


def crashed_service(app: faust.App) -> str | None:
    """The first of the services a worker cannot run without that crashed, and why.

    Faust does not stop the worker when its producer crashes (a record over the
    broker's size limit did that): the agents and the consumer thread go down
    with it and the process stays up, idle, consuming nothing.
    """
    producer = app.producer
    for name, service in (
        ("Kafka producer buffer", producer.buffer),
        ("Kafka producer", producer),
        ("Kafka consumer", app.consumer),
        ("Faust app", app),
    ):
        if service.crashed:
            reason = service.crash_reason
            return f"{name} crashed: {type(reason).__name__}: {reason}" if reason else name
    return None


async def watch_crashes(running: RunningWorker, interval: float = 1.0) -> None:
    """Set ``running.crashed`` once :func:`crashed_service` finds one (checked every second)."""
    while not running.crashed.is_set():
        reason = crashed_service(running.app)
        if reason is not None:
            running.crash_reason = reason
            log.error("%s; the worker stops (what was not committed is read again)", reason)
            running.crashed.set()
            return
        await asyncio.sleep(interval)


def watch_the_broker(running: RunningWorker, bootstrap: str) -> None:
    """Probe the broker every second: log, metrics, readiness; ``broker_lost`` at the limit."""
    metrics = running.pipeline.metrics
    watch = running.watch = BrokerWatch(
        bootstrap, running.pipeline.settings.broker_lost_exit_seconds, time.monotonic()
    )

    def report(watch: BrokerWatch) -> None:
        metrics.broker_up, metrics.broker_contact_at = watch.up, watch.last_contact

    report(watch)
    # Quiet from an earlier worker of this process (tests, the demo) whose broker
    # was lost: it stays so through that worker's stop, where Faust's tasks left
    # waiting for the broker are cancelled and would log a traceback each.
    KAFKA_LOG_FILTER.quiet = False
    running.watch_task = asyncio.create_task(
        watch_broker(watch, report, running.broker_lost.set), name="voc-broker-watch"
    )


def quiet_thread_errors(debug: bool) -> None:
    """During a stop, a thread's error is one log line, not a traceback (unless DEBUG).

    Faust runs the Kafka consumer in a thread of its own; stopped without a
    broker, its fetcher ends with a ``CancelledError`` that Python would print
    with the whole traceback.
    """
    if debug:
        return

    def hook(args: threading.ExceptHookArgs) -> None:
        name = args.thread.name if args.thread is not None else "a thread"
        log.warning("%s ended with %s while stopping", name, args.exc_type.__name__)

    threading.excepthook = hook


def exit_if_stuck(seconds: float = HARD_STOP_SECONDS) -> threading.Timer:
    """The backstop of a stop: if the process still runs after ``seconds``, it exits (code 1)."""

    def hard_exit() -> None:
        print(
            f"voc run: not stopped {seconds:g}s after the stop began; exiting now "
            "(what was not committed is read again after a restart)",
            file=sys.stderr,
            flush=True,
        )
        os._exit(1)

    timer = threading.Timer(seconds, hard_exit)
    timer.daemon = True
    timer.start()
    return timer


def pick_web_port(settings: Settings) -> Settings:
    """Keep the configured port when free, else take a free one (two demos side by side)."""
    import socket

    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", settings.web_port))
            return settings
        except OSError:
            return settings.model_copy(update={"web_port": free_port()})


async def serve_forever(pipeline: Pipeline, bootstrap: str, status_every: float = 10.0) -> int:
    """``voc run``: the worker until SIGINT/SIGTERM, with a status line now and then.

    Returns the exit code: 0 after a signal, 1 when the broker stayed unreachable
    for ``VOC_BROKER_LOST_EXIT_SECONDS`` or a service the worker needs crashed
    (:func:`crashed_service`). Either way the process ends within
    ``HARD_STOP_SECONDS`` of the stop's start; a second signal ends it at once.
    """
    running = await start_worker(pipeline, bootstrap, loglevel=pipeline.settings.log_level)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()

    def on_signal() -> None:
        if stop.is_set():
            print("voc run: second signal: exiting now", file=sys.stderr, flush=True)
            os._exit(1)
        stop.set()

    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, on_signal)
    lost = asyncio.create_task(running.broker_lost.wait())
    lost.add_done_callback(lambda _: stop.set())
    crashed = asyncio.create_task(running.crashed.wait())
    crashed.add_done_callback(lambda _: stop.set())
    print(f"voc worker ready: kafka {bootstrap}, clickhouse {pipeline.settings.clickhouse_dsn}")
    try:
        while not stop.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=status_every)
            print("status " + json.dumps(pipeline.metrics.as_dict()), flush=True)
    finally:
        exit_if_stuck()
        quiet_thread_errors(pipeline.settings.log_level == "DEBUG")
        lost.cancel()
        crashed.cancel()
        if running.crashed.is_set():
            print(
                f"voc run: {running.crash_reason}; exiting with code 1 so that a supervisor "
                "restarts the worker (what was not committed is read again)",
                file=sys.stderr,
                flush=True,
            )
        if running.broker_lost.is_set():
            print(
                f"voc run: the Kafka broker {bootstrap} has not answered for "
                f"{pipeline.settings.broker_lost_exit_seconds:g}s "
                "(VOC_BROKER_LOST_EXIT_SECONDS); exiting with code 1",
                file=sys.stderr,
                flush=True,
            )
        print("stopping: flushing batches and committing offsets...", flush=True)
        await running.stop()
        print("stopped " + json.dumps(pipeline.metrics.as_dict()), flush=True)
    code = 1 if running.broker_lost.is_set() or running.crashed.is_set() else 0
    if not await leftover_tasks_end():
        # Faust's tasks that wait for the broker ignore cancellation: asyncio.run
        # would wait for them for ever. The store is closed, the offsets are as
        # committed as they can be: nothing is left to do but exit.
        log.warning("Faust tasks still wait for the broker; exiting without them")
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code


async def leftover_tasks_end(timeout: float = 3.0) -> bool:
    """Cancel the event loop's other tasks; True when they all ended within ``timeout``."""
    others = {task for task in asyncio.all_tasks() if task is not asyncio.current_task()}
    for task in others:
        task.cancel()
    if not others:
        return True
    _, pending = await asyncio.wait(others, timeout=timeout)
    return not pending


def build_pipeline(settings: Settings) -> Pipeline:
    return Pipeline(settings=settings)
