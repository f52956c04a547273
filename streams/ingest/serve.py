"""Run the gateway: create the topics, start the producer, listen, stop cleanly on a signal."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import AsyncIterator

from aiohttp import web

from streams.ingest.app import Gateway
from streams.ingest.producer import IngestProducer
from streams.settings import Settings
from streams.topics import ensure_topics

log = logging.getLogger(__name__)


@contextlib.asynccontextmanager
async def running_gateway(
    settings: Settings, bootstrap: str, port: int, host: str | None = None
) -> AsyncIterator[tuple[Gateway, int]]:
    """The gateway listening on ``host:port`` (port 0: a free one); yields it and its port."""
    await asyncio.to_thread(ensure_topics, bootstrap, settings)
    producer = IngestProducer(
        bootstrap, settings.ingest_max_pending, settings.ingest_ack_timeout_seconds
    )
    await producer.start()
    registry = None
    if settings.schema_registry_url:
        from schemas.registry import ConfluentCodec, registry_client

        registry = ConfluentCodec(registry_client(settings.schema_registry_url), "Touchpoint")
    gateway = Gateway(settings, producer, registry=registry)
    runner = web.AppRunner(gateway.make_app(), access_log=None)
    await runner.setup()
    try:
        site = web.TCPSite(runner, host or settings.ingest_bind, port, backlog=1024)
        await site.start()
        server = site._server
        sockets = getattr(server, "sockets", None) or []
        bound = int(sockets[0].getsockname()[1]) if sockets else port
        yield gateway, bound
    finally:
        await runner.cleanup()  # stops accepting, lets the requests in flight finish
        await producer.stop()  # flushes what was sent


async def serve_gateway(settings: Settings, bootstrap: str, port: int) -> None:
    """``voc ingest``: serve until SIGTERM or Ctrl-C."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    async with running_gateway(settings, bootstrap, port) as (_, bound):
        keys = len(settings.ingest_keys)
        hooks = ", ".join(sorted(settings.hook_secret_map)) or "none"
        print(
            f"voc ingest listening on http://{settings.ingest_bind}:{bound} "
            f"(broker {bootstrap}; {keys} write keys; hooks: {hooks})",
            flush=True,
        )
        await stop.wait()
    log.info("voc ingest stopped")
