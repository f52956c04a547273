"""Where did a lost touchpoint stop? A failing e2e test prints it from the broker.

When a crash test finds fewer rows than events, the question is which hop let
them go: the sequencer topic, the enriched (customers) topic, or the store's
consumer. :func:`trace_missing` reads every record of those topics back from
the still-running broker, finds the missing event ids in each, and prints the
consumer groups' committed offsets next to each partition's end.
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from kafka import KafkaAdminClient, KafkaConsumer, TopicPartition

from streams.worker.records import read_record


def source_event_ids(path: Path) -> list[str]:
    return [json.loads(line)["event_id"] for line in path.read_text().splitlines() if line]


def read_topic(bootstrap: str, topic: str, quiet: float = 3.0) -> list[Any]:
    """Every record of ``topic``, from the beginning, until ``quiet`` seconds bring none."""
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    try:
        partitions = consumer.partitions_for_topic(topic) or set()
        tps = [TopicPartition(topic, p) for p in sorted(partitions)]
        if not tps:  # no such topic
            return []
        consumer.assign(tps)
        consumer.seek_to_beginning(*tps)
        records: list[Any] = []
        last = time.monotonic()
        while time.monotonic() - last < quiet:
            for batch in consumer.poll(timeout_ms=500).values():
                records.extend(batch)
                last = time.monotonic()
        return records
    finally:
        consumer.close()


def event_ids_in(records: list[Any]) -> dict[str, list[str]]:
    """event id -> ``partition@offset kind`` of each record that carries it."""
    found: dict[str, list[str]] = defaultdict(list)
    for record in records:
        try:
            decoded = read_record(record)
        except Exception:
            continue
        value = decoded.value
        event_id = getattr(value, "event_id", None)
        if event_id is None and isinstance(value, dict):
            event = value.get("event")
            event_id = event.get("event_id") if isinstance(event, dict) else None
        if event_id:
            found[str(event_id)].append(f"{record.partition}@{record.offset} {decoded.kind}")
    return found


def committed_offsets(bootstrap: str, group: str) -> dict[str, int]:
    admin = KafkaAdminClient(bootstrap_servers=bootstrap, client_id="voc-trace")
    try:
        offsets = admin.list_group_offsets({group: None})[group]
    finally:
        admin.close()
    return {f"{tp.topic}[{tp.partition}]": meta.offset for tp, meta in sorted(offsets.items())}


def uncommitted(bootstrap: str, group: str, topic: str) -> int:
    """Records of ``topic`` past ``group``'s committed offsets (its lag as committed).

    A partition the group never committed counts from offset 0 (the broker
    keeps every record in these tests).
    """
    committed = committed_offsets(bootstrap, group)
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    try:
        partitions = consumer.partitions_for_topic(topic) or set()
        ends = consumer.end_offsets([TopicPartition(topic, p) for p in partitions])
    finally:
        consumer.close()
    return sum(
        max(0, end - committed.get(f"{tp.topic}[{tp.partition}]", 0)) for tp, end in ends.items()
    )


def trace_missing(
    bootstrap: str,
    source: Path,
    stored: set[str],
    what: str = "missing",
    app_id: str = "voc-stream",
) -> str:
    """A report of the events of ``source`` not in ``stored``, hop by hop: not in the
    store, or (``what``) not counted by any customer."""
    missing = [e for e in source_event_ids(source) if e not in stored]
    lines = [f"{len(missing)} events {what}; first: {missing[:5]}"]
    if not missing:
        return "\n".join(lines)
    for topic in ("voc.touchpoints.sequencer", "voc.touchpoints.enriched", "voc.accounts.contacts"):
        records = read_topic(bootstrap, topic)
        found = event_ids_in(records)
        present = [e for e in missing if e in found]
        lines.append(f"{topic}: {len(records)} records; {len(present)} of the missing are in it")
        lines += [f"  {e}: {found[e]}" for e in present[:10]]
    for group in (app_id, f"{app_id}-store"):
        try:
            lines.append(f"committed by {group}: {committed_offsets(bootstrap, group)}")
        except Exception as error:  # a report, never a second failure
            lines.append(f"committed by {group}: unknown ({error})")
    return "\n".join(lines)
