"""``voc reprocess --since DATE``: stored touchpoints through the current models again.

When the text models change (a new sentiment model, taxonomy, topic classifier
or journey rules: each is part of ``model_version``), the touchpoints already
stored keep the analytics of the models that saw them. This command replays
the raw touchpoints still in the source topics (``voc.touchpoints.<channel>``,
so within their retention, ``VOC_RAW_TOPIC_RETENTION_HOURS``), from the first
record *published* at or after DATE, under a consumer group of its own
(``<app id>-reprocess-<time>``; the workers' groups and offsets are not
touched), enriches them with the current models and writes them back to
``voc.touchpoints``: same event id, same customer key, a newer ``ingested_at``
(ReplacingMergeTree keeps the newest) and the new ``model_version``.

What it does not do:
- send alerts, or touch customer or account state and rows: the rules do not
  run (the live workers own state; a reprocess would see only part of history);
- bring back what is no longer stored: a touchpoint whose event id is not in
  ``voc.touchpoints`` (erased with ``voc forget``, or past the table's TTL) is
  skipped, never re-inserted.

Then it rebuilds the rollups (``touchpoints_per_minute``,
``touchpoints_per_stage_day``) for the days it rewrote, from the rows as they
now are (``FINAL``), so a touchpoint whose stage or language changed is not
counted under both. The rebuilt days lose the counts of people erased since
(the rollups otherwise keep them).

With the embedded store (chDB), no worker may hold it meanwhile: stop them
first. With a ClickHouse server it runs beside the workers.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from kafka import KafkaConsumer, TopicPartition
from kafka.structs import OffsetAndMetadata

from schemas.codec import DecodeError
from schemas.models import Touchpoint
from sinks.clickhouse.store import ClickHouseStore
from sinks.clickhouse.tables import TOUCHPOINT_COLUMNS, touchpoint_row
from streams.settings import Settings
from streams.stages.decode import RecordDecoder, decode_touchpoint
from streams.stages.enrich import Enricher
from streams.worker.tansu import is_tansu, true_end_offsets

BATCH = 500
#: A replay that reads nothing for this long stops where it is (and says so).
IDLE_SECONDS = 60.0
#: The rollups rebuilt for the days rewritten: (materialized view, its table, time column).
ROLLUPS = (
    ("touchpoints_per_minute_mv", "touchpoints_per_minute", "minute"),
    ("touchpoints_per_stage_day_mv", "touchpoints_per_stage_day", "day"),
)


@dataclass
class ReprocessReport:
    group: str
    model_version: str
    since: datetime
    #: records read from the source topics, and what became of them
    read: int = 0
    rewritten: int = 0
    not_stored: int = 0
    rejected: int = 0
    #: [first, last] occurred_at rewritten
    span: list[datetime] = field(default_factory=list)
    rebuilt_days: int = 0
    #: partitions not read to their end (nothing came for IDLE_SECONDS)
    unfinished: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        return [
            f"group {self.group}: {self.read:,} records published since "
            f"{self.since.isoformat()} read from the source topics",
            f"rewritten with model_version {self.model_version}: {self.rewritten:,}; "
            f"not in the store (erased or expired), skipped: {self.not_stored:,}; "
            f"rejected as invalid: {self.rejected:,}",
            f"rollups rebuilt for {self.rebuilt_days} day(s); no alert sent, no state changed",
        ] + [
            f"not read to the end (nothing for {IDLE_SECONDS:.0f} s): {', '.join(self.unfinished)}"
        ] * bool(self.unfinished)


def _end_offsets(
    consumer: KafkaConsumer, partitions: Sequence[TopicPartition], bootstrap: str
) -> dict[TopicPartition, int]:
    ends: dict[TopicPartition, int] = consumer.end_offsets(list(partitions))
    if is_tansu(bootstrap):  # the embedded broker under-reports them (streams/worker/tansu.py)
        ends = true_end_offsets(bootstrap, ends)
    return ends


def _start_offsets(
    consumer: KafkaConsumer,
    partitions: Sequence[TopicPartition],
    since: datetime,
    ends: dict[TopicPartition, int],
) -> dict[TopicPartition, int]:
    """The first offset published at or after ``since`` (the end when none is)."""
    stamp = int(since.timestamp() * 1000)
    found = consumer.offsets_for_times(dict.fromkeys(partitions, stamp))
    return {tp: (found[tp].offset if found.get(tp) is not None else ends[tp]) for tp in partitions}


def _stored_keys(store: ClickHouseStore, event_ids: Iterable[str]) -> dict[str, str]:
    """event id -> the customer key it is stored under (identity as the workers resolved it)."""
    ids = sorted(set(event_ids))
    if not ids:
        return {}
    listed = ", ".join("'" + i.replace("\\", "\\\\").replace("'", "\\'") + "'" for i in ids)
    _, rows = store.query(
        f"SELECT event_id, argMax(customer_id, ingested_at) FROM voc.touchpoints "
        f"WHERE event_id IN ({listed}) GROUP BY event_id"
    )
    return {str(r[0]): str(r[1]) for r in rows}


def rebuild_rollups(store: ClickHouseStore, first: datetime, last: datetime) -> int:
    """Rebuild the rollups' rows of the whole days from ``first`` to ``last`` from the
    touchpoints as stored now (``FINAL``). Returns the number of days."""
    lo = first.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    hi = last.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    hi += timedelta(days=1)
    lo_s, hi_s = lo.strftime("%Y-%m-%d %H:%M:%S"), hi.strftime("%Y-%m-%d %H:%M:%S")
    source = (
        f"(SELECT * FROM voc.touchpoints FINAL "
        f"WHERE occurred_at >= '{lo_s}' AND occurred_at < '{hi_s}') AS touchpoints"
    )
    for view, table, column in ROLLUPS:
        _, found = store.query(
            f"SELECT as_select FROM system.tables WHERE database = 'voc' AND name = '{view}'"
        )
        if not found:
            continue
        select = str(found[0][0]).replace("FROM voc.touchpoints", f"FROM {source}", 1)
        columns = ", ".join(str(r[0]) for r in store.query(f"DESCRIBE ({select})")[1])
        store.command(
            f"ALTER TABLE voc.{table} DELETE WHERE toDateTime({column}) >= '{lo_s}' "
            f"AND toDateTime({column}) < '{hi_s}' "
            "SETTINGS mutations_sync = 2"
        )
        store.command(f"INSERT INTO voc.{table} ({columns}) {select}")
    return (hi - lo).days


def reprocess(
    store: ClickHouseStore,
    bootstrap: str,
    settings: Settings,
    since: datetime,
    enricher: Enricher | None = None,
    registry: RecordDecoder | None = None,
    group: str | None = None,
    emit: Callable[[str], None] = print,
) -> ReprocessReport:
    """Replay, re-enrich, rewrite, rebuild the rollups; see the module docstring."""
    enricher = enricher or Enricher(
        topic_model_dir=settings.topic_model_dir,
        topic_min_confidence=settings.topic_model_min_confidence,
    )
    group = group or f"{settings.app_id}-reprocess-{datetime.now(UTC):%Y%m%dT%H%M%S}"
    report = ReprocessReport(group, enricher.model_version, since)
    consumer = KafkaConsumer(
        bootstrap_servers=bootstrap,
        group_id=group,
        enable_auto_commit=False,
        client_id="voc-reprocess",
    )
    try:
        partitions = [
            TopicPartition(topic, p)
            for topic in settings.touchpoint_topics
            for p in sorted(consumer.partitions_for_topic(topic) or ())
        ]
        if not partitions:
            emit("no source topic found: nothing to reprocess")
            return report
        consumer.assign(partitions)
        ends = _end_offsets(consumer, partitions, bootstrap)
        starts = _start_offsets(consumer, partitions, since, ends)
        for tp in partitions:
            consumer.seek(tp, starts[tp])
        todo = {tp for tp in partitions if starts[tp] < ends[tp]}
        pending: list[Touchpoint] = []
        offsets: dict[TopicPartition, int] = {}
        quiet_since = time.monotonic()
        while todo:
            fetched = consumer.poll(timeout_ms=500, max_records=BATCH)
            if fetched:
                quiet_since = time.monotonic()
            elif time.monotonic() - quiet_since > IDLE_SECONDS:
                # e.g. the last offsets are transaction markers, never handed out
                report.unfinished = sorted(f"{tp.topic}[{tp.partition}]" for tp in todo)
                todo = set()
            for tp, records in fetched.items():
                for record in records:
                    if record.offset >= ends[tp]:
                        continue  # published after the start: the workers have it
                    report.read += 1
                    try:
                        pending.append(decode_touchpoint(record.value, datetime.now(UTC), registry))
                    except DecodeError:
                        report.rejected += 1
                    offsets[tp] = record.offset + 1
            todo = {tp for tp in todo if consumer.position(tp) < ends[tp]}
            if len(pending) >= BATCH or not todo:
                _rewrite(store, enricher, pending, report)
                pending = []
                if offsets:
                    consumer.commit({tp: OffsetAndMetadata(o, "", -1) for tp, o in offsets.items()})
                emit(f"  {report.read:,} read, {report.rewritten:,} rewritten")
    finally:
        consumer.close()
    if report.span:
        report.rebuilt_days = rebuild_rollups(store, report.span[0], report.span[1])
    return report


def _rewrite(
    store: ClickHouseStore, enricher: Enricher, batch: list[Touchpoint], report: ReprocessReport
) -> None:
    if not batch:
        return
    keys = _stored_keys(store, (tp.event_id for tp in batch))
    kept = [tp for tp in batch if tp.event_id in keys]
    report.not_stored += len(batch) - len(kept)
    if not kept:
        return
    now = datetime.now(UTC)
    enriched = enricher.enrich(kept, [keys[tp.event_id] for tp in kept], now)
    rows = [touchpoint_row(item, keys[item.event_id]) for item in enriched]
    store.insert("touchpoints", TOUCHPOINT_COLUMNS, rows)
    report.rewritten += len(rows)
    moments = [tp.occurred_at for tp in kept] + report.span
    report.span = [min(moments), max(moments)]


def as_datetime(value: str) -> datetime:
    """``2026-11-01`` or an ISO time; naive means UTC. Raises ValueError with the reason."""
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise ValueError(f"--since {value!r}: not a date (YYYY-MM-DD) or ISO time") from exc
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
