"""How the stages' records travel on Kafka: encoding, headers, and the outbox.

Touchpoints (on the sequencer and customers topics) are Avro
``EnrichedTouchpoint``; alerts Avro ``Alert``; dead letters Avro
``DeadLetter``. Control records (``progress``, ``absorb``, ``transfer``,
``tick``) and account updates are JSON. Every record we produce carries a
``voc-kind`` header, so a consumer (the store writer, a person with a Kafka
tool) tells them apart without decoding; ``voc-meta`` carries a touchpoint's
account number, ``voc-src``/``voc-offset`` where the ingest stage read it.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import faust

from schemas.codec import AvroCodec, DecodeError
from schemas.models import Alert, DeadLetter, EnrichedTouchpoint
from sinks.clickhouse.erasure import ERASE_MARKER
from sinks.clickhouse.rowcodec import encode_row, encode_rows
from sinks.clickhouse.tables import COLUMNS
from streams.settings import Settings
from streams.stages.records import (
    ACCOUNTS,
    ALERTS,
    CUSTOMERS,
    ROWS,
    SEQUENCER,
    TOUCHPOINT,
    Out,
    touchpoint_bytes,
    touchpoint_of,
)
from streams.topology import partition_for
from streams.worker.metrics import Metrics

log = logging.getLogger(__name__)

ALERT_CODEC = AvroCodec("Alert")
DEAD_LETTER_CODEC = AvroCodec("DeadLetter")
KIND = "voc-kind"
META = "voc-meta"
PROGRESS = "progress"
CONTACT = "contact"
#: The voc-kind of a record of rows for the store (one table, one or more rows).
ROW_KIND = b"rows"
#: Seconds between two idle-source reports that say nothing new.
IDLE_REPORT_RESEND = 5.0


@dataclass
class Record:
    kind: str
    key: str | None
    value: Any
    meta: dict[str, Any] = field(default_factory=dict)


def _headers(message: Any) -> dict[str, bytes]:
    headers = message.headers or {}
    items = headers.items() if isinstance(headers, Mapping) else headers
    return {str(k): (v if isinstance(v, bytes) else str(v).encode()) for k, v in items}


def read_record(message: Any) -> Record:
    """A record of ours from a Faust message; raises DecodeError/ValueError on junk."""
    headers = _headers(message)
    kind = headers.get(KIND, TOUCHPOINT.encode()).decode()
    key = message.key.decode() if isinstance(message.key, bytes) else message.key
    value = message.value or b""
    meta: dict[str, Any] = json.loads(headers[META]) if META in headers else {}
    if kind == TOUCHPOINT:
        item = touchpoint_of(value)
        return Record(kind, key, item, meta)
    return Record(kind, key, json.loads(value), meta)


class RowsWriter:
    """Rows buffered for the store; ``Pipeline.flush`` sends them to the rows topic."""

    def __init__(self, columns: Mapping[str, Sequence[str]]) -> None:
        self.columns = dict(columns)
        self.rows: list[tuple[str, tuple[Any, ...]]] = []

    def add(self, table: str, row: Sequence[Any], key: str | None = None) -> None:
        self.rows.append((table, tuple(row)))

    def pending(self) -> int:
        return len(self.rows)


class Outbox:
    """Sends the stages' :class:`Out` records to their Kafka topics, and counts them."""

    def __init__(
        self,
        app: faust.App,
        settings: Settings,
        metrics: Metrics,
        on_alert: Callable[[Alert], None] | None = None,
    ) -> None:
        raw: dict[str, Any] = {"key_serializer": "raw", "value_serializer": "raw"}
        self.settings = settings
        self.metrics = metrics
        self.on_alert = on_alert
        self.topics = {
            SEQUENCER: app.topic(settings.sequencer_topic, partitions=1, **raw),
            CUSTOMERS: app.topic(settings.enriched_topic, **raw),
            ACCOUNTS: app.topic(settings.accounts_topic, **raw),
            ALERTS: app.topic(settings.alerts_topic, **raw),
            ROWS: app.topic(settings.rows_topic, **raw),
        }
        self.dlq = app.topic(settings.dlq_topic, **raw)
        self.sources = set(settings.touchpoint_topics)
        self.partitions = settings.partitions
        #: Rows waiting for flush_rows, by (table, partition of the rows topic).
        self._rows: dict[tuple[str, int | None], list[Any]] = {}
        self._last_idle_report: dict[str, list[Any]] = {}
        self._idle_resend_at = 0.0

    async def dead_letter(self, letter: DeadLetter) -> None:
        """Bad input: to the dead-letter topic with its reason, counted and logged."""
        self.metrics.dead_letters[letter.reason] += 1
        log.warning(
            "dead letter %s[%d]@%d: %s",
            letter.source_topic,
            letter.source_partition,
            letter.source_offset,
            letter.reason,
        )
        value = DEAD_LETTER_CODEC.encode(letter.to_record())
        await self.dlq.send(key=letter.source_key, value=value)

    async def to_sequencer(self, item: EnrichedTouchpoint, message: Any) -> None:
        meta = {"src": f"{message.topic}:{message.partition}", "offset": message.offset}
        await self.topics[SEQUENCER].send(
            key=item.customer_key.encode(),
            value=touchpoint_bytes(item),
            headers=[(KIND, TOUCHPOINT.encode()), (META, json.dumps(meta).encode())],
            timestamp=message.timestamp,  # latency is measured from the publish time
        )

    async def progress(
        self,
        app: faust.App,
        read_up_to: Mapping[tuple[str, int], int],
        touched: Iterable[tuple[str, int]] | None,
    ) -> None:
        """Tell the sequencer how far each source was read and whether it is caught up.

        ``touched`` None: every assigned source (the idle timer); caught up means
        the offset read reached the partition's high watermark from the last fetch.
        """
        consumer = app.consumer
        idle_timer = touched is None
        if touched is None:
            try:
                touched = [(tp.topic, tp.partition) for tp in consumer.assignment()]
            except Exception:  # not assigned yet
                return
        report: dict[str, list[Any]] = {}
        for topic, partition in touched:
            if topic not in self.sources:
                continue
            tp = faust.types.TP(topic, partition)
            try:
                high = consumer.highwater(tp)
            except Exception:
                continue
            if high is None or high < 0:
                continue
            done = read_up_to.get((topic, partition))
            if done is None:
                committed = getattr(consumer, "_committed_offset", {}).get(tp)
                done = int(committed or 0)
            report[f"{topic}:{partition}"] = [done, done >= high]
        if not report:
            return
        if idle_timer:  # unchanged reports only now and then (a restarted sequencer needs them)
            if report == self._last_idle_report and time.monotonic() < self._idle_resend_at:
                return
            self._last_idle_report = report
            self._idle_resend_at = time.monotonic() + IDLE_REPORT_RESEND
        await self.topics[SEQUENCER].send(
            key=None, value=json.dumps(report).encode(), headers=[(KIND, PROGRESS.encode())]
        )

    async def send(self, outs: Iterable[Out], published: float | None) -> None:
        """Send ``outs`` in order; rows wait in the outbox for :meth:`flush_rows`."""
        for out in outs:
            if out.topic == ALERTS:
                await self._alert(out.value, published)
                continue
            if out.topic == ROWS:
                table, row = out.value
                if table != ERASE_MARKER:
                    # Grouped by the partition of their key, so a key's rows keep their order.
                    partition = None if out.key is None else partition_for(out.key, self.partitions)
                    self._rows.setdefault((table, partition), []).append(row)
                    continue
                await self.flush_rows()  # an erasure marker comes after the rows before it
            key = None if out.key is None else out.key.encode()
            headers = [(KIND, (CONTACT if out.topic == ACCOUNTS else out.kind).encode())]
            if out.meta:
                headers.append((META, json.dumps(out.meta).encode()))
            if out.topic == ROWS:
                table, row = out.value
                value = encode_row(table, COLUMNS[table], row)
            elif out.topic == ACCOUNTS and "event" in out.value:  # not an erasure
                update = dict(out.value)
                update["event"] = update["event"].model_dump(mode="json")
                value = json.dumps(update).encode()
            elif out.kind == TOUCHPOINT:
                value = touchpoint_bytes(out.value)
            else:
                value = json.dumps(out.value, default=str).encode()
            await self.topics[out.topic].send(
                key=key,
                value=value,
                partition=out.partition,
                headers=headers,
                timestamp=published,
            )

    async def flush_rows(self) -> int:
        """Send the rows waiting in the outbox, a few records per table and partition."""
        pending, self._rows = self._rows, {}
        sent = 0
        for (table, partition), rows in pending.items():
            for value in encode_rows(table, COLUMNS[table], rows):
                await self.topics[ROWS].send(
                    key=None, value=value, partition=partition, headers=[(KIND, ROW_KIND)]
                )
            sent += len(rows)
        return sent

    async def _alert(self, alert: Alert, published: float | None) -> None:
        await self.topics[ALERTS].send(
            key=alert.dedup_key.encode(), value=ALERT_CODEC.encode(alert.to_record())
        )
        if published is not None:
            self.metrics.alert_latency_ms.add((time.time() - published) * 1000)
        self.metrics.alerts[alert.rule] += 1
        self.metrics.alerts_by_severity[alert.rule, alert.severity.value] += 1
        if self.on_alert is not None:
            self.on_alert(alert)

    async def send_rows(self, writer: RowsWriter) -> int:
        sent = 0
        for table, row in writer.rows:
            columns = writer.columns.get(table) or COLUMNS[table]
            await self.topics[ROWS].send(key=None, value=encode_row(table, columns, row))
            sent += 1
        writer.rows = []
        return sent


__all__ = ["DecodeError", "Outbox", "Record", "RowsWriter", "read_record"]
