"""Oversized and odd records among good ones, through a running worker (issue 12).

Not through `voc publish` (which rejects some of them itself, see
test_publish_limits.py): a producer that is not voc-stream writes them straight
to a channel topic, as any Kafka client may. `voc broker` and `voc run` run as
separate processes; the store is read through the worker's /sql. Every record
must end as a stored touchpoint or as a dead letter with a reason: the rows plus
the dead letters equal what was published, and the worker keeps running.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from kafka import KafkaProducer

from streams.worker.embedded import free_port
from streams.worker.webauth import call_worker
from tests.e2e.test_crash import TOKEN, Processes, Worker, graceful_stop
from tests.support.builders import touchpoint_dict
from tests.support.cli import env_for

pytestmark = pytest.mark.e2e
GOOD = 60
TOPIC = "voc.touchpoints.email"
MARKUP = "price [/] ok [bold]x[/bold] [email] [red]%s {0} <b>bold</b> $(rm) `x`"
CONTROL = "nul\x00 soh\x01 esc\x1b[31mred\x1b[0m del\x7f line\u2028sep tab\tcr\rend"


@pytest.fixture
def processes(tmp_path: Path) -> Iterator[Processes]:
    running = Processes(tmp_path)
    try:
        yield running
    finally:
        running.stop_all()


def good(n: int, **overrides: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "event_id": f"g-{n}",
        "occurred_at": f"2026-11-23T10:{n // 60 % 60:02d}:{n % 60:02d}Z",
        "customer": {"customer_id": f"c-{n % 20}", "email": None, "account_id": "acme"},
        "text": f"message {n}: the delivery was fine",
    }
    return touchpoint_dict(**(fields | overrides))


def nested(depth: int) -> bytes:
    """A touchpoint whose attribute is ``depth`` objects deep (raw: json.dumps would recurse)."""
    body = json.dumps(good(9_000 + depth)).encode()
    return body[:-1] + b', "attributes": {"deep": ' + b'{"k":' * depth + b"1" + b"}" * depth + b"}}"


def query(worker: Worker, sql: str) -> list[list[Any]]:
    status, body = call_worker(worker.port, "/sql", TOKEN, {"query": sql}, timeout=30)
    assert status == 200 and isinstance(body, dict), (status, body)
    rows: list[list[Any]] = body["rows"]
    return rows


def test_odd_records_through_the_worker_end_as_rows_or_dead_letters(
    tmp_path: Path, processes: Processes
) -> None:
    started = time.monotonic()
    env = env_for(
        tmp_path,
        VOC_KAFKA_BROKER=processes.broker(),
        VOC_WEB_PORT=str(free_port()),
        VOC_PARTITIONS="2",
        VOC_WEB_TOKEN=TOKEN,
    )
    worker = processes.worker(env)
    # (what, payload, outcome): a reason code for a dead letter, else "stored".
    odd: list[tuple[str, bytes, str]] = [
        ("2 MB attribute", json.dumps(good(1_001, attributes={"blob": "x" * 2_000_000})).encode(),
         "too_large"),
        ("900 KB text", json.dumps(good(1_002, text="t" * 900_000)).encode(), "too_large"),
        ("attributes 5,000 deep", nested(5_000), "invalid_json"),
        ("attributes 40 deep", nested(40), "stored"),
        ("control characters", json.dumps(good(1_003, text=CONTROL)).encode(), "stored"),
        ("markup-like text", json.dumps(good(1_004, text=MARKUP, subject="[/bold]")).encode(),
         "stored"),
        ("not JSON", b"{not json", "invalid_json"),
        ("binary", b"\xff\xfe\x00\x01garbage", "not_avro"),
    ]  # fmt: skip
    payloads = [json.dumps(good(n)).encode() for n in range(GOOD)]
    for index, (_, payload, _) in enumerate(odd):
        payloads.insert(5 + index * 7, payload)  # among the good ones
    producer = KafkaProducer(
        bootstrap_servers=env["VOC_KAFKA_BROKER"], max_request_size=8 * 1024 * 1024, linger_ms=5
    )
    offsets: dict[bytes, tuple[int, int]] = {}
    try:
        futures = [(p, producer.send(TOPIC, key=b"k", value=p)) for p in payloads]
        for payload, future in futures:
            meta = future.get(timeout=60)
            offsets[payload] = (meta.partition, meta.offset)
    finally:
        producer.close()
    published = len(payloads)

    rows_sql = "SELECT count() FROM voc.touchpoints FINAL"
    letters_sql = "SELECT count() FROM voc.dead_letters FINAL"
    deadline = time.monotonic() + 120
    counts: tuple[int | None, int | None] = (None, None)
    steady_since = time.monotonic()
    while time.monotonic() < deadline:
        assert worker.proc.poll() is None, worker.output()
        now = (worker.query_value(rows_sql), worker.query_value(letters_sql))
        if now != counts:
            counts, steady_since = now, time.monotonic()
        elif sum(c or 0 for c in counts) >= published and time.monotonic() - steady_since > 3:
            break
        time.sleep(0.5)
    rows, letters = counts[0] or 0, counts[1] or 0
    print(f"[odd records] published={published} rows={rows} dead letters={letters}")
    assert rows + letters == published, worker.output()

    expected_letters = {offsets[p]: outcome for _, p, outcome in odd if outcome != "stored"}
    found = {
        (int(partition), int(offset)): reason
        for partition, offset, reason in query(
            worker,
            "SELECT source_partition, source_offset, reason FROM voc.dead_letters FINAL "
            f"WHERE source_topic = '{TOPIC}'",
        )
    }
    assert found == expected_letters
    stored_ids = {row[0] for row in query(worker, "SELECT event_id FROM voc.touchpoints FINAL")}
    assert stored_ids == {f"g-{n}" for n in range(GOOD)} | {"g-9040", "g-1003", "g-1004"}
    [[control]] = query(worker, "SELECT text FROM voc.touchpoints FINAL WHERE event_id = 'g-1003'")
    [[markup, subject]] = query(
        worker, "SELECT text, subject FROM voc.touchpoints FINAL WHERE event_id = 'g-1004'"
    )
    assert (markup, subject) == (MARKUP, "[/bold]")
    assert control == CONTROL
    too_large = query(
        worker,
        "SELECT source_offset, payload_size, length(payload_preview), detail "
        "FROM voc.dead_letters FINAL WHERE reason = 'too_large' ORDER BY source_offset",
    )
    print(
        f"[odd records] too_large (offset, kept bytes, preview chars): {[r[:3] for r in too_large]}"
    )
    sizes = {offsets[p][1]: len(p) for _, p, outcome in odd if outcome == "too_large"}
    for offset, kept, preview, detail in too_large:
        # Cut to a preview, with the original's size and where it stays whole.
        assert int(kept) < sizes[int(offset)] and 0 < int(preview) <= int(kept)
        assert f"of {sizes[int(offset)]} bytes" in detail, detail
        assert f"stays at {TOPIC}[" in detail and f"@{offset}]" in detail, detail
    assert "Traceback" not in worker.output()
    graceful_stop(worker)
    print(f"[odd records] done in {time.monotonic() - started:.0f}s")
