"""The command line as a user runs it: separate processes, real broker and chDB."""

from __future__ import annotations

import json
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from streams.worker.embedded import free_port
from tests.support.builders import touchpoint_dict
from tests.support.cli import VOC, as_in_a_terminal, env_for, voc_sql

pytestmark = pytest.mark.e2e
CHANNELS = ["email", "phone", "web", "community", "social", "chat", "survey", "in_person"]
MALFORMED = [
    b"{not json at all",
    b'{"event_id": "m-2"}',
    json.dumps(touchpoint_dict(event_id="m-3", scores={"nps": 42})).encode(),
    json.dumps(touchpoint_dict(event_id="m-4", channel="fax")).encode(),
    json.dumps(touchpoint_dict(event_id="m-5", customer={})).encode(),
    json.dumps(touchpoint_dict(event_id="m-6", occurred_at="1899-01-01T00:00:00Z")).encode(),
    json.dumps(touchpoint_dict(event_id="m-7", occurred_at="not a date")).encode(),
    b"[1, 2, 3]",
    json.dumps(touchpoint_dict(event_id="m-9", text="x" * 70_000)).encode(),
    b"\xff\xfe{broken utf8",
]


def write_input(path: Path, good: int, malformed: list[bytes]) -> None:
    lines = []
    for i in range(good):
        data = touchpoint_dict(
            event_id=f"g-{i}",
            channel=CHANNELS[i % len(CHANNELS)],
            customer={"customer_id": f"c-{i % 97}"},
            text="Livraison en retard, je suis déçu" if i % 3 else "Thanks, all good!",
            scores={"nps": i % 11} if CHANNELS[i % len(CHANNELS)] == "survey" else {},
        )
        lines.append(json.dumps(data).encode())
    step = max(1, good // max(1, len(malformed)))
    for n, bad in enumerate(malformed):
        lines.insert(n * step + 1, bad)
    path.write_bytes(b"\n".join(lines) + b"\n")


@pytest.fixture
def broker_process(tmp_path: Path) -> Iterator[str]:
    port = free_port()
    proc = subprocess.Popen(
        [*VOC, "broker", "--port", str(port)],
        env=env_for(tmp_path),
        stdout=subprocess.PIPE,
        preexec_fn=as_in_a_terminal,
    )
    assert proc.stdout is not None
    assert "listening" in proc.stdout.readline().decode()
    yield f"127.0.0.1:{port}"
    proc.send_signal(signal.SIGINT)
    assert proc.wait(timeout=10) == 0


def test_broker_worker_publisher_and_sql_as_separate_processes(
    tmp_path: Path, broker_process: str
) -> None:
    env = env_for(tmp_path, VOC_KAFKA_BROKER=broker_process, VOC_WEB_PORT=str(free_port()))
    source = tmp_path / "touchpoints.jsonl"
    write_input(source, good=990, malformed=MALFORMED)
    log = tmp_path / "worker.log"
    with log.open("wb") as sink:
        worker = subprocess.Popen([*VOC, "run"], env=env, stdout=sink, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while "voc worker ready" not in log.read_text() and time.monotonic() < deadline:
            assert worker.poll() is None, log.read_text()
            time.sleep(0.2)
        assert "voc worker ready" in log.read_text()
        published = subprocess.run(
            [*VOC, "publish", str(source)], env=env, capture_output=True, text=True, timeout=120
        )
        assert published.returncode == 1, published.stderr  # 1: some lines were rejected
        assert "published 990 touchpoints" in published.stdout
        assert published.stderr.count("rejected") == 10
        assert f"{source}:2: rejected: invalid_json" in published.stderr

        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            [row] = voc_sql(env, "SELECT count() AS n FROM voc.touchpoints FINAL")
            [dlq] = voc_sql(env, "SELECT count() AS n FROM voc.dead_letters FINAL")
            if row["n"] == 990 and dlq["n"] == 10:
                break
            time.sleep(1)
        assert (row["n"], dlq["n"]) == (990, 10)
        reasons = voc_sql(env, "SELECT reason, count() AS n FROM voc.dead_letters FINAL "
                               "GROUP BY reason ORDER BY reason")  # fmt: skip
        assert {r["reason"] for r in reasons} >= {"invalid_json", "validation_error"}
        [customers] = voc_sql(env, "SELECT sum(contact_count) AS n FROM voc.customers FINAL")
        assert customers["n"] == 990
        assert worker.poll() is None, "the worker must keep running after bad input"
    finally:
        worker.send_signal(signal.SIGTERM)
        worker.wait(timeout=60)
    output = log.read_text()
    assert worker.returncode == 0, output
    assert "stopped" in output


def test_demo_runs_end_to_end_on_a_small_input(tmp_path: Path) -> None:
    source = tmp_path / "small.jsonl"
    write_input(source, good=240, malformed=MALFORMED[:2])
    port = free_port()
    env = env_for(tmp_path, VOC_WEB_PORT=str(port))
    demo = subprocess.run(
        [*VOC, "demo", "--input", str(source)],
        env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert demo.returncode == 0, demo.stdout + demo.stderr
    for heading in ("Touchpoints per channel", "Top topics", "Alerts per rule", "NPS"):
        assert heading in demo.stdout
    assert "detractor" in demo.stdout
    assert "240 touchpoints stored, 2 rejected" in demo.stdout
    # the dashboard's address while it replays (with the data directory's own token),
    # and the demo still ends by itself
    assert f"  dashboard  http://127.0.0.1:{port}/dashboard?token=" in demo.stdout
    assert "dashboard closed with the demo (voc demo --serve keeps it open)" in demo.stdout
    demo_env = env_for(tmp_path, VOC_DATA_DIR=str(tmp_path / "data" / "demo"))
    query = "SELECT count() AS n, uniqExact(channel) AS c FROM voc.touchpoints FINAL"
    [row] = voc_sql(demo_env, query)
    assert (row["n"], row["c"]) == (240, 8)
