"""``voc publish`` against the real embedded broker: oversized and odd lines among
good ones are rejected with a reason and dead-lettered (cut, with their origin),
the lines after them are published, and the exit code says some were rejected."""

from __future__ import annotations

import gzip
import json
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
from kafka import KafkaConsumer

from schemas.codec import AvroCodec
from streams.tools.jsonlines import CUT_LINE_KEEP, MAX_LINE_BYTES
from streams.worker.embedded import EmbeddedBroker
from tests.support.builders import touchpoint_dict
from tests.support.cli import VOC, env_for

pytestmark = pytest.mark.e2e


def good(n: int, **overrides: Any) -> bytes:
    data = touchpoint_dict(event_id=f"g-{n}", customer={"customer_id": f"c-{n}"}, **overrides)
    return json.dumps(data).encode()


def read_topic(bootstrap: str, topic: str, expected: int, timeout: float = 30) -> list[Any]:
    consumer = KafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        max_partition_fetch_bytes=4 * 1024 * 1024,
        fetch_max_bytes=8 * 1024 * 1024,
    )
    records: list[Any] = []
    deadline = time.monotonic() + timeout
    try:
        while len(records) < expected and time.monotonic() < deadline:
            for batch in consumer.poll(timeout_ms=500).values():
                records.extend(batch)
        time.sleep(0.5)  # and nothing more than expected
        for batch in consumer.poll(timeout_ms=500).values():
            records.extend(batch)
    finally:
        consumer.close()
    return records


def test_oversized_and_odd_lines_are_rejected_and_the_rest_is_published(
    tmp_path: Path, broker: EmbeddedBroker, unique: str
) -> None:
    twenty_mb = good(1, attributes={"blob": "x" * 20_000_000})
    lines = [
        good(0),
        twenty_mb,  # line 2: over the line limit, rejected unread
        good(2, text="price [/] ok [bold]x[/bold] %s {0}"),
        good(3, attributes={"blob": "y" * 600_000}),  # line 4: over 512 KiB in Avro
        b"not json at all",  # line 5
        b"\xff\xfe{broken",  # line 6: starts with no brace, not UTF-8
        b"[1, 2]",  # line 7
        good(7),
    ]
    source = tmp_path / "big.jsonl"
    source.write_bytes(b"\n".join(lines) + b"\n")
    env = env_for(tmp_path, VOC_KAFKA_BROKER=broker.bootstrap, VOC_TOPIC_PREFIX=f"t{unique}")

    result = subprocess.run(
        [*VOC, "publish", str(source)], env=env, capture_output=True, text=True, timeout=120
    )

    assert result.returncode == 1, result.stderr  # some lines rejected, the rest published
    assert "Traceback" not in result.stderr
    assert "published 3 touchpoints (email=3); rejected 5" in result.stdout
    rejected = result.stderr.splitlines()
    assert [line.split(": rejected: ")[0] for line in rejected] == [
        f"{source}:{n}" for n in (2, 4, 5, 6, 7)
    ]
    reasons = [line.split(": rejected: ")[1] for line in rejected]
    assert reasons[0].startswith(f"too_large: the line has {len(twenty_mb):,} bytes, over the")
    assert reasons[1].startswith("too_large: the touchpoint is ")
    assert reasons[2].startswith("invalid_json: ")
    assert reasons[3].startswith("invalid_utf8: ")
    assert reasons[4] == "invalid_json: expected a JSON object, got list"

    published = read_topic(broker.bootstrap, f"t{unique}.touchpoints.email", expected=3)
    codec = AvroCodec("Touchpoint")
    events = sorted(codec.decode(record.value)["event_id"] for record in published)
    assert events == ["g-0", "g-2", "g-7"]

    letters = read_topic(broker.bootstrap, f"t{unique}.touchpoints.dlq", expected=5)
    decoded = {
        d["source_offset"]: d
        for d in map(AvroCodec("DeadLetter").decode, (r.value for r in letters))
    }
    assert sorted(decoded) == [2, 4, 5, 6, 7]
    big = decoded[2]
    assert big["reason"] == "too_large"
    assert big["source_topic"] == "file:big.jsonl" and big["source_partition"] == -1
    assert big["payload"] == twenty_mb[:CUT_LINE_KEEP]  # a preview, not 20 MB
    assert f"{len(twenty_mb):,} bytes" in big["detail"]
    assert decoded[4]["reason"] == "too_large" and decoded[6]["reason"] == "invalid_utf8"
    assert decoded[6]["payload"] == b"\xff\xfe{broken"
    assert len(twenty_mb) > MAX_LINE_BYTES


def test_a_gzip_file_damaged_part_way_publishes_what_precedes_and_says_where(
    tmp_path: Path, broker: EmbeddedBroker, unique: str
) -> None:
    whole = gzip.compress(b"\n".join(good(i) for i in range(4000)) + b"\n")
    source = tmp_path / "cut.jsonl.gz"
    source.write_bytes(whole[: len(whole) // 2])
    env = env_for(tmp_path, VOC_KAFKA_BROKER=broker.bootstrap, VOC_TOPIC_PREFIX=f"t{unique}")

    result = subprocess.run(
        [*VOC, "publish", str(source)], env=env, capture_output=True, text=True, timeout=120
    )

    [line] = result.stderr.splitlines()
    assert result.returncode == 2, result.stderr
    assert line.startswith(f"voc publish: {source} is damaged after line ")
    after = int(line.split("after line ")[1].split(":")[0])
    sent = int(line.split("; ")[-1].split(" touchpoints")[0])
    assert 0 < sent == after < 4000
    published = read_topic(broker.bootstrap, f"t{unique}.touchpoints.email", expected=sent)
    assert len(published) == sent
