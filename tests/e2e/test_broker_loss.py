"""The broker killed under a running worker (issue 12, point 2), with real processes.

`voc broker`, `voc run` and `voc publish` run as a user runs them. The broker
is killed with SIGKILL under a worker that has stored part of its input; the
worker must say so (one log line, `voc_broker_up 0`, `/readyz` 503, the status
JSON), stay quiet while the broker is away, and end within the documented 30 s
of a SIGTERM. The embedded broker keeps memory only, so after a new broker and
a new worker start, the same input is published again: the store must then hold
exactly that input, once under FINAL. Without a SIGTERM, the worker gives up
after ``VOC_BROKER_LOST_EXIT_SECONDS`` with one line and exit code 1; a broker
back at its address before then is one more line, and the worker is ready again.

Run with ``-s`` to see the figures.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from streams.worker.embedded import free_port
from tests.e2e.test_crash import (
    ROWS,
    TOKEN,
    Processes,
    Worker,
    check_exactly_once,
    graceful_stop,
    published,
    wait_until_done,
    write_touchpoints,
)
from tests.support.cli import VOC, env_for

pytestmark = pytest.mark.e2e
EVENTS = 1_500
#: README, Guarantees: a stop ends the worker within this many seconds.
STOP_LIMIT = 30.0


@pytest.fixture
def processes(tmp_path: Path) -> Iterator[Processes]:
    running = Processes(tmp_path)
    try:
        yield running
    finally:
        running.stop_all()


def start_broker(processes: Processes, port: int) -> subprocess.Popen[bytes]:
    """`voc broker` on ``port`` (the same address again after a restart)."""
    proc = subprocess.Popen(
        [*VOC, "broker", "--port", str(port)],
        env=env_for(processes.tmp_path), stdout=subprocess.PIPE,
    )  # fmt: skip
    processes.started.append(proc)
    assert proc.stdout is not None
    assert "listening" in proc.stdout.readline().decode()
    return proc


def kill_broker(proc: subprocess.Popen[bytes]) -> None:
    """SIGKILL `voc broker`; its Tansu child dies with it (PR_SET_PDEATHSIG)."""
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)


def get(port: int, path: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as answer:
            return answer.status, answer.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def wait_for_line(worker: Worker, pattern: str, timeout: float = 30) -> str:
    """The first line of the worker's output matching ``pattern``, once it appears."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        match = re.search(pattern, worker.output(), re.MULTILINE)
        if match:
            return match.group(0)
        time.sleep(0.2)
    raise AssertionError(f"no line matching {pattern!r} after {timeout}s:\n{worker.output()}")


def log_lines(worker: Worker) -> list[str]:
    """What the worker logged (its periodic status lines aside)."""
    return [line for line in worker.output().splitlines() if not line.startswith("status ")]


def environment(tmp_path: Path, broker_port: int, **extra: str) -> dict[str, str]:
    return env_for(
        tmp_path,
        VOC_KAFKA_BROKER=f"127.0.0.1:{broker_port}",
        VOC_WEB_PORT=str(free_port()),
        VOC_PARTITIONS="4",
        VOC_WEB_TOKEN=TOKEN,
        **extra,
    )


def test_broker_killed_reported_sigterm_bounded_and_a_replay_loses_nothing(
    tmp_path: Path, processes: Processes
) -> None:
    started = time.monotonic()
    source = tmp_path / "touchpoints.jsonl"
    write_touchpoints(source, EVENTS)
    port = free_port()
    broker = start_broker(processes, port)
    env = environment(tmp_path, port, VOC_BROKER_LOST_EXIT_SECONDS="600")
    worker = processes.worker(env)
    published(processes.publish(env, source), EVENTS)
    deadline = time.monotonic() + 120
    while not (stored := worker.query_value(ROWS) or 0):
        assert time.monotonic() < deadline, worker.output()
        time.sleep(0.1)

    kill_broker(broker)
    killed = time.monotonic()
    line = wait_for_line(worker, rf"^.*Kafka broker 127\.0\.0\.1:{port} unreachable.*$")
    noticed = time.monotonic() - killed
    print(f"[broker loss] killed with {stored} of {EVENTS} rows stored; noticed in {noticed:.1f}s")
    print(f"[broker loss] {line[:200]}")
    assert "VOC_BROKER_LOST_EXIT_SECONDS" in line

    status, body = get(worker.port, "/readyz")
    assert status == 503, body
    assert json.loads(body)["checks"]["broker"].startswith("unreachable"), body
    _, exposition = get(worker.port, "/metrics")
    assert re.search(r"^voc_broker_up 0\.0$", exposition, re.MULTILINE), exposition
    since = re.search(r"^voc_broker_seconds_since_contact (\S+)$", exposition, re.MULTILINE)
    assert since and float(since.group(1)) > 0, exposition
    status_line = wait_for_line(worker, r'^status \{.*"broker_up": false.*\}$', timeout=20)
    assert json.loads(status_line.removeprefix("status "))["broker_seconds_since_contact"] > 0

    # Quiet while the broker is away: the Kafka clients' errors (about a
    # hundred a second before) are counted, not logged.
    before, window_start = len(log_lines(worker)), time.monotonic()
    while time.monotonic() - window_start < 10:
        assert worker.proc.poll() is None, worker.output()
        time.sleep(0.5)
    per_minute = (len(log_lines(worker)) - before) * 60 / (time.monotonic() - window_start)
    print(f"[broker loss] log lines while the broker is down: {per_minute:.0f} a minute")
    assert per_minute <= 12, "\n".join(log_lines(worker)[before:])

    worker.proc.send_signal(signal.SIGTERM)
    signalled = time.monotonic()
    worker.proc.wait(timeout=STOP_LIMIT + 15)
    took = time.monotonic() - signalled
    print(f"[broker loss] SIGTERM to exit with the broker down: {took:.1f}s")
    assert took <= STOP_LIMIT, worker.output()
    assert worker.proc.returncode == 0, worker.output()
    assert re.search(r"^stopped \{", worker.output(), re.MULTILINE), worker.output()
    assert "Traceback" not in worker.output()

    # A new broker (empty: memory only) on the same address, a new worker, the
    # same input again: a Kafka-like replay. Nothing lost, nothing doubled.
    start_broker(processes, port)
    worker = processes.worker(env)
    published(processes.publish(env, source), EVENTS)
    wait_until_done(worker, EVENTS)
    check_exactly_once(env, EVENTS, "broker loss")
    graceful_stop(worker)
    print(f"[broker loss] done in {time.monotonic() - started:.0f}s")


def test_worker_gives_up_after_the_configured_time_with_one_line(
    tmp_path: Path, processes: Processes
) -> None:
    port = free_port()
    broker = start_broker(processes, port)
    env = environment(tmp_path, port, VOC_BROKER_LOST_EXIT_SECONDS="5")
    worker = processes.worker(env)
    kill_broker(broker)
    killed = time.monotonic()
    worker.proc.wait(timeout=5 + 5 + STOP_LIMIT)
    took = time.monotonic() - killed
    output = worker.output()
    print(f"[broker lost] exit {worker.proc.returncode} {took:.1f}s after the broker was killed")
    assert worker.proc.returncode == 1, output
    gave_up: list[Any] = re.findall(
        rf"^voc run: the Kafka broker 127\.0\.0\.1:{port} has not answered for 5s "
        r"\(VOC_BROKER_LOST_EXIT_SECONDS\); exiting with code 1$",
        output,
        re.MULTILINE,
    )
    assert len(gave_up) == 1, output
    assert took <= 5 + 5 + STOP_LIMIT, output
    assert "Traceback" not in output


def test_a_broker_back_at_its_address_is_reported_once(
    tmp_path: Path, processes: Processes
) -> None:
    port = free_port()
    broker = start_broker(processes, port)
    env = environment(tmp_path, port, VOC_BROKER_LOST_EXIT_SECONDS="600")
    worker = processes.worker(env)
    kill_broker(broker)
    wait_for_line(worker, rf"^.*Kafka broker 127\.0\.0\.1:{port} unreachable.*$")
    assert get(worker.port, "/readyz")[0] == 503

    start_broker(processes, port)  # empty (memory only), at the same address
    back = wait_for_line(worker, rf"^.*Kafka broker 127\.0\.0\.1:{port} reachable again after.*$")
    print(f"[broker back] {back[:160]}")
    _, exposition = get(worker.port, "/metrics")
    assert re.search(r"^voc_broker_up 1\.0$", exposition, re.MULTILINE), exposition
    _, body = get(worker.port, "/readyz")
    assert json.loads(body)["checks"]["broker"] == "reachable", body
    changes = [
        line
        for line in log_lines(worker)
        if re.search(r"Kafka broker \S+ (unreachable|reachable again)", line)
    ]
    assert len(changes) == 2, "\n".join(changes)

    worker.proc.send_signal(signal.SIGTERM)
    signalled = time.monotonic()
    worker.proc.wait(timeout=STOP_LIMIT + 15)
    print(f"[broker back] SIGTERM to exit: {time.monotonic() - signalled:.1f}s")
    assert time.monotonic() - signalled <= STOP_LIMIT and worker.proc.returncode == 0
