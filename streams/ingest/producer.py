"""The gateway's Kafka producer: acks=all, a bound on unacknowledged events, a deadline.

:meth:`IngestProducer.publish` returns only once the broker has acknowledged
every record of a request, or raises :class:`Backpressure` (too many events
already waiting: answer 429) or :class:`BrokerUnavailable` (the broker failed or
did not answer in time: answer 503). ``pending`` counts records handed to the
producer and not yet acknowledged or failed; it goes down only when aiokafka
settles them, so it bounds the memory they hold even after a request gave up.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass

from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaError

log = logging.getLogger(__name__)


class Backpressure(RuntimeError):
    """Too many events wait for the broker; the client should retry later."""


class BrokerUnavailable(RuntimeError):
    """The broker refused or did not acknowledge in time; nothing is known to be stored."""


@dataclass(frozen=True)
class Record:
    topic: str
    key: bytes | None
    value: bytes


class IngestProducer:
    def __init__(
        self, bootstrap: str, max_pending: int, ack_timeout: float, client_id: str = "voc-ingest"
    ) -> None:
        self.max_pending = max_pending
        self.ack_timeout = ack_timeout
        self.pending = 0
        self.last_error: str | None = None
        self._producer = AIOKafkaProducer(
            bootstrap_servers=bootstrap,
            client_id=client_id,
            acks="all",
            linger_ms=2,
            max_batch_size=512 * 1024,
            max_request_size=4 * 1024 * 1024,
            request_timeout_ms=max(int(ack_timeout * 1000), 1000),
            retry_backoff_ms=100,
        )

    async def start(self) -> None:
        await self._producer.start()

    async def stop(self) -> None:
        await self._producer.stop()

    def _settled(self, _: asyncio.Future[object]) -> None:
        self.pending -= 1

    def backed_up(self, extra: int = 0) -> bool:
        return self.pending + extra > self.max_pending

    async def _send_all(self, records: Sequence[Record]) -> None:
        """Hand the records to aiokafka (their slots in ``pending`` are already taken)."""
        futures = []
        try:
            for record in records:
                future = await self._producer.send(record.topic, record.value, key=record.key)
                future.add_done_callback(self._settled)
                futures.append(future)
        finally:
            self.pending -= len(records) - len(futures)  # the slots of records never handed over
        await asyncio.gather(*futures)

    async def publish(self, records: Sequence[Record]) -> None:
        if self.backed_up(len(records)):
            raise Backpressure(f"{self.pending} events wait for the broker")
        self.pending += len(records)
        task = asyncio.ensure_future(self._send_all(records))
        try:
            await asyncio.wait_for(asyncio.shield(task), self.ack_timeout)
        except TimeoutError as exc:
            task.add_done_callback(_consume_result)
            self.last_error = f"no acknowledgement within {self.ack_timeout:.0f} s"
            raise BrokerUnavailable(self.last_error) from exc
        except KafkaError as exc:
            self.last_error = f"{type(exc).__name__}: {exc}"
            raise BrokerUnavailable(self.last_error) from exc
        self.last_error = None


def _consume_result(task: asyncio.Future[None]) -> None:
    """A send the client stopped waiting for: its outcome is only logged."""
    if not task.cancelled() and task.exception() is not None:
        log.info("late send failed: %s", task.exception())
