"""The store writer: its own consumer group, from the pipeline's topics into ClickHouse.

Workers never write ClickHouse directly. This consumer reads

- the enriched touchpoints topic (touchpoint records; control records are skipped),
- the alerts topic (Avro ``Alert``),
- the dead-letter topic (Avro ``DeadLetter``),
- the rows topic (:mod:`sinks.clickhouse.rowcodec`: customers, accounts, deliveries...),

batches them by size and time, inserts each table in one insert, and commits
the offsets only after the insert succeeded (at-least-once; the tables are
ReplacingMergeTree on natural ids, so a replay rewrites the same rows). A
failed insert is retried with backoff and blocks this consumer only: Kafka
keeps the rest. With a ClickHouse server, several writers share the group like
any consumer group; with embedded chDB, one process (the one that holds the
store) runs it. ClickHouse's Kafka table engine or a Kafka Connect sink can take
its place in production (see deploy/).

An erasure marker on the rows topic (:mod:`sinks.clickhouse.erasure`) splits
the batch: what came before it is stored, then the person's rows are deleted
from every table and the audit row written, then the rest goes on; rows of
theirs made before the erasure and still on their way are dropped.

Lifecycle: :meth:`StoreWriter.start` joins the group; :meth:`run` loops until
:meth:`stop`, which flushes what it holds and commits before leaving.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from aiokafka import AIOKafkaConsumer
from aiokafka.structs import ConsumerRecord

from schemas.codec import AvroCodec, DecodeError
from schemas.models import Alert, DeadLetter, EnrichedTouchpoint
from sinks.clickhouse.erasure import ERASE_MARKER, ErasureFilter, erase_rows, write_audit
from sinks.clickhouse.rowcodec import decode_row, decode_rows
from sinks.clickhouse.store import ClickHouseStore, ClickHouseWriter
from sinks.clickhouse.tables import (
    ALERT_COLUMNS,
    COLUMNS,
    DEAD_LETTER_COLUMNS,
    TOUCHPOINT_COLUMNS,
    alert_row,
    dead_letter_row,
    touchpoint_row,
)

log = logging.getLogger(__name__)

KIND_HEADER = "voc-kind"
RETRY_FIRST_DELAY = 0.2
RETRY_MAX_DELAY = 10.0


@dataclass(frozen=True)
class StoreTopics:
    touchpoints: str
    alerts: str
    dead_letters: str
    rows: str


@dataclass
class StoreStats:
    """What the worker's metrics show of the writer."""

    rows: int = 0
    touchpoints: int = 0
    retries: int = 0
    pending: int = 0
    error: str | None = None
    #: Monotonic time the writer last received records (0: never).
    last_records_at: float = 0.0
    #: Called with the publish timestamps (s) of the touchpoints just stored.
    on_stored: Callable[[list[float]], None] | None = None
    #: Records behind the high watermark per assigned (topic, partition).
    lag: dict[tuple[str, int], int] = field(default_factory=dict)


@dataclass
class StoreWriter:
    store: ClickHouseStore
    bootstrap: str
    topics: StoreTopics
    group_id: str
    batch_rows: int = 5_000
    batch_seconds: float = 0.5
    #: How long to gather records before an insert, once the first one is in:
    #: each insert costs milliseconds in ClickHouse whatever its size.
    linger_seconds: float = 0.2
    stats: StoreStats = field(default_factory=StoreStats)
    #: Runs the blocking inserts (the embedded store wants one writer thread).
    run_blocking: Callable[[Callable[[], Any]], Any] | None = None
    #: A dead letter's preview from its bytes (the worker passes the PII redactor).
    preview: Callable[[bytes], str] | None = None
    #: The SHA-256 the audit keeps of an erasure's subject (the worker passes its own).
    subject_hash: Callable[[str], str] | None = None
    erased: ErasureFilter = field(default_factory=ErasureFilter)

    def __post_init__(self) -> None:
        self._codecs = {
            self.topics.touchpoints: AvroCodec("EnrichedTouchpoint"),
            self.topics.alerts: AvroCodec("Alert"),
            self.topics.dead_letters: AvroCodec("DeadLetter"),
        }
        self._consumer: AIOKafkaConsumer | None = None
        self._stopping = asyncio.Event()
        self._columns: dict[str, Sequence[str]] = dict(COLUMNS)

    async def start(self) -> None:
        self._consumer = AIOKafkaConsumer(
            self.topics.touchpoints,
            self.topics.alerts,
            self.topics.dead_letters,
            self.topics.rows,
            bootstrap_servers=self.bootstrap,
            group_id=self.group_id,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            fetch_max_wait_ms=50,
            max_poll_records=self.batch_rows,
            session_timeout_ms=6000,
            heartbeat_interval_ms=1000,
        )
        await self._consumer.start()

    async def stop(self) -> None:
        self._stopping.set()

    async def run(self) -> None:
        """Consume, write, commit until stopped."""
        assert self._consumer is not None, "start() first"
        consumer = self._consumer
        try:
            while not self._stopping.is_set():
                records = await self._gather(consumer)
                await self._note_lag(consumer)
                if not records:
                    continue
                self.stats.last_records_at = time.monotonic()
                start = 0
                while start < len(records):  # an erasure marker ends a segment
                    end = next(
                        (i + 1 for i in range(start, len(records)) if _erasure(records[i])),
                        len(records),
                    )
                    writer, stamps = self._rows(records[start:end])
                    await self._flush(writer)
                    if _erasure(records[end - 1]):
                        await self._erase(records[end - 1])
                    if self.stats.on_stored is not None and stamps:
                        self.stats.on_stored(stamps)
                    start = end
                await consumer.commit()
        finally:
            await consumer.stop()

    async def _note_lag(self, consumer: AIOKafkaConsumer) -> None:
        """How far behind each assigned partition's high watermark the writer reads."""
        lag: dict[tuple[str, int], int] = {}
        for tp in consumer.assignment():
            high = consumer.highwater(tp)
            if high is None:
                continue
            try:
                position = await consumer.position(tp)
            except Exception:  # being revoked
                continue
            lag[(tp.topic, tp.partition)] = max(0, high - position)
        self.stats.lag = lag

    def _rows(
        self, records: Sequence[ConsumerRecord[Any, Any]]
    ) -> tuple[ClickHouseWriter, list[float]]:
        writer = ClickHouseWriter(self.store, self._columns)
        stamps: list[float] = []
        for record in records:
            try:
                self._add(writer, record, stamps)
            except (DecodeError, ValueError, KeyError) as error:  # not ours: log, never stop
                log.error(
                    "store writer skips an undecodable record %s[%d]@%d: %s",
                    record.topic, record.partition, record.offset, error,
                )  # fmt: skip
        return writer, stamps

    async def _erase(self, record: ConsumerRecord[Any, Any]) -> None:
        """Delete an erased person's rows everywhere, then write the audit row (retried)."""
        _, _, (marker,) = decode_row(record.value or b"")
        keys, identifiers = list(marker["keys"]), list(marker.get("identifiers") or [])
        erased_at = datetime.fromisoformat(str(marker["erased_at"]))
        requested = marker.get("requested_at")
        requested_at = datetime.fromisoformat(requested) if isinstance(requested, str) else None
        self.erased.add(keys, erased_at, requested_at, identifiers=identifiers)
        hashed = (self.subject_hash or _sha256)(str(marker.get("subject", "")))

        def erase() -> dict[str, int]:
            counts = erase_rows(self.store, keys, identifiers)
            write_audit(self.store, marker, hashed, counts)
            return counts

        delay = RETRY_FIRST_DELAY
        while True:
            try:
                if self.run_blocking is not None:
                    counts = await self.run_blocking(erase)
                else:
                    counts = await asyncio.to_thread(erase)
                break
            except Exception as exc:
                self.stats.retries += 1
                self.stats.error = (str(exc) or repr(exc)).splitlines()[0][:300]
                log.warning("erasure failed (%s); retrying in %.1fs", self.stats.error, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, RETRY_MAX_DELAY)
        log.warning(
            "erased request %s (subject sha256 %s): %s",
            marker.get("request_id"),
            hashed[:16],
            ", ".join(f"{table} {n}" for table, n in counts.items()),
        )

    def _add(
        self, writer: ClickHouseWriter, record: ConsumerRecord[Any, Any], stamps: list[float]
    ) -> None:
        topic, value = record.topic, record.value or b""
        if topic == self.topics.rows:
            table, columns, rows = decode_rows(value)
            if table == ERASE_MARKER:
                return
            if table not in self._columns:
                self._columns[table] = columns
                writer.columns = self._columns
                writer.track(table)
            erased = self.erased.active()
            for row in rows:
                if erased and self.erased.drops(table, columns, row):
                    continue
                writer.add(table, _ordered(columns, row, self._columns[table]))
            return
        if topic == self.topics.touchpoints:
            headers: Mapping[str, bytes] = dict(record.headers or ())
            if headers.get(KIND_HEADER, b"touchpoint") != b"touchpoint":
                return
            event = EnrichedTouchpoint.model_validate(self._codecs[topic].decode(value))
            row = touchpoint_row(event, event.customer_key)
            published = record.timestamp / 1000.0
            erased = self.erased.active()
            if erased and self.erased.drops("touchpoints", TOUCHPOINT_COLUMNS, row, published):
                return
            writer.add("touchpoints", row)
            stamps.append(published)
        elif topic == self.topics.alerts:
            alert = Alert.model_validate(self._codecs[topic].decode(value))
            row = alert_row(alert)
            if self.erased.active() and self.erased.drops("alerts", ALERT_COLUMNS, row):
                return
            writer.add("alerts", row)
        elif topic == self.topics.dead_letters:
            letter = DeadLetter.model_validate(self._codecs[topic].decode(value))
            row = dead_letter_row(letter, self.preview)
            if self.erased.active() and self.erased.drops("dead_letters", DEAD_LETTER_COLUMNS, row):
                return
            writer.add("dead_letters", row)

    async def _gather(self, consumer: AIOKafkaConsumer) -> list[Any]:
        """Up to ``batch_rows`` records: what arrives within ``linger_seconds`` of the first."""
        batch = await consumer.getmany(
            timeout_ms=int(self.batch_seconds * 1000), max_records=self.batch_rows
        )
        records = [r for rs in batch.values() for r in rs]
        if not records:
            return records
        deadline = time.monotonic() + self.linger_seconds
        while len(records) < self.batch_rows and not self._stopping.is_set():
            left = deadline - time.monotonic()
            if left <= 0:
                break
            batch = await consumer.getmany(
                timeout_ms=max(1, int(left * 1000)), max_records=self.batch_rows - len(records)
            )
            records.extend(r for rs in batch.values() for r in rs)
        return records

    async def _flush(self, writer: ClickHouseWriter) -> None:
        delay = RETRY_FIRST_DELAY
        stats = self.stats
        touchpoints = len(writer.buffered("touchpoints"))
        while True:
            stats.pending = writer.pending()
            try:
                if self.run_blocking is not None:
                    written = await self.run_blocking(writer.flush)
                else:
                    written = await asyncio.to_thread(writer.flush)
            except Exception as exc:
                stats.retries += 1
                stats.error = (str(exc) or repr(exc)).splitlines()[0][:300]
                log.warning("ClickHouse write failed (%s); retrying in %.1fs", stats.error, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, RETRY_MAX_DELAY)
                continue
            if stats.error is not None:
                log.info("ClickHouse writes succeed again")
            stats.rows += written
            stats.touchpoints += touchpoints
            stats.pending = 0
            stats.error = None
            return


def _erasure(record: ConsumerRecord[Any, Any]) -> bool:
    """An erasure marker on the rows topic (cheap: no JSON parsing of other rows)."""
    value = record.value or b""
    return value.startswith(b'{"table": "' + ERASE_MARKER.encode() + b'"')


def _sha256(subject: str) -> str:
    return hashlib.sha256(subject.encode()).hexdigest()


def _ordered(columns: Sequence[str], row: Sequence[Any], wanted: Sequence[str]) -> tuple[Any, ...]:
    if tuple(columns) == tuple(wanted):
        return tuple(row)
    values = dict(zip(columns, row, strict=True))
    return tuple(values.get(column) for column in wanted)
