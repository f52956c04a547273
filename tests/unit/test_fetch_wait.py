"""Each hop's fetch waits at most ``VOC_FETCH_MAX_WAIT_MS`` for data.

Faust creates its aiokafka consumers with ``fetch_max_wait_ms=1500``; the
embedded broker holds an empty fetch that long, so every hop of a touchpoint
(channel, sequencer, customers, accounts) waited up to 1.5 s and
publish-to-alert took about 2 s at a light load. The worker's app caps it.
"""

from __future__ import annotations

import asyncio

import aiokafka

from streams.settings import Settings
from streams.worker.kafka import new_faust_app


def test_the_worker_app_caps_faust_s_fetch_wait() -> None:
    async def created_wait() -> int:
        new_faust_app(Settings(fetch_max_wait_ms=40), "127.0.0.1:1")
        # What Faust's aiokafka driver passes (faust/transport/drivers/aiokafka.py).
        consumer = aiokafka.AIOKafkaConsumer(
            bootstrap_servers="127.0.0.1:1", fetch_max_wait_ms=1500
        )
        try:
            return int(consumer._fetch_max_wait_ms)
        finally:
            await consumer.stop()

    assert asyncio.run(created_wait()) == 40
