"""Configuration and environment errors as a user meets them: the real ``voc``
command in a subprocess ends with one line on stderr and exit code 2, quickly,
and shows a traceback only when asked (``--debug`` or ``VOC_LOG_LEVEL=DEBUG``)."""

from __future__ import annotations

import gzip
import os
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from streams.worker.embedded import free_port
from tests.support.cli import VOC, env_for

pytestmark = pytest.mark.e2e
SAMPLE = Path(__file__).parents[2] / "streams" / "tools" / "data" / "sample_touchpoints.jsonl.gz"


def voc(env: dict[str, str], *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*VOC, *args], env=env, capture_output=True, text=True, timeout=timeout)


def one_line(result: subprocess.CompletedProcess[str], code: int = 2) -> str:
    """The single stderr line of a failed command (and no traceback)."""
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.returncode == code, result.stdout + result.stderr
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


@pytest.fixture
def closed_port() -> int:
    return free_port()  # nothing listens there


@pytest.fixture
def busy_port() -> Iterator[int]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        yield int(sock.getsockname()[1])


def test_clickhouse_refusing_connections_voc_run(tmp_path: Path, closed_port: int) -> None:
    env = env_for(tmp_path, VOC_CLICKHOUSE_URL=f"http://voc:secret@127.0.0.1:{closed_port}/")
    started = time.monotonic()
    line = one_line(voc(env, "run"))
    assert time.monotonic() - started < 20
    assert line.startswith("voc run: cannot reach ClickHouse at http://127.0.0.1:")
    assert "refuses connections" in line and "VOC_CLICKHOUSE_URL" in line
    assert "secret" not in line  # the password never reaches the terminal


def test_clickhouse_refusing_connections_voc_demo(tmp_path: Path, closed_port: int) -> None:
    env = env_for(tmp_path, VOC_CLICKHOUSE_URL=f"http://127.0.0.1:{closed_port}/")
    line = one_line(voc(env, "demo"))
    assert line.startswith("voc demo: cannot reach ClickHouse")


def test_clickhouse_refusing_connections_voc_sql(tmp_path: Path, closed_port: int) -> None:
    env = env_for(tmp_path, VOC_CLICKHOUSE_URL=f"http://127.0.0.1:{closed_port}/")
    result = voc(env, "sql", "SELECT 1")
    line = one_line(result)
    assert line.startswith("voc sql: ") and "refused" in line.lower()


def test_a_broker_address_that_does_not_resolve_fails_fast(tmp_path: Path) -> None:
    env = env_for(tmp_path, VOC_KAFKA_BROKER="no-such-host.invalid:9092")
    started = time.monotonic()
    line = one_line(voc(env, "publish", str(SAMPLE)))
    assert time.monotonic() - started < 10  # kafka-python alone retries for 30 s
    assert "no-such-host.invalid does not resolve" in line
    assert "VOC_KAFKA_BROKER" in line


def test_a_broker_that_refuses_connections_fails_fast(tmp_path: Path, closed_port: int) -> None:
    env = env_for(tmp_path, VOC_KAFKA_BROKER=f"127.0.0.1:{closed_port}")
    started = time.monotonic()
    line = one_line(voc(env, "run"))
    assert time.monotonic() - started < 15
    assert f"127.0.0.1:{closed_port} refuses connections" in line


@pytest.mark.parametrize("value", ["70000", "-1", "http"])
def test_a_web_port_out_of_range(tmp_path: Path, value: str) -> None:
    line = one_line(voc(env_for(tmp_path, VOC_WEB_PORT=value), "run"))
    assert line.startswith(f"voc run: invalid configuration: VOC_WEB_PORT={value}: must be")


def test_a_give_up_time_shorter_than_the_backoff_is_one_line(tmp_path: Path) -> None:
    line = one_line(voc(env_for(tmp_path, VOC_DELIVERY_GIVE_UP_SECONDS="5"), "run"))
    assert line == (
        "voc run: invalid configuration: VOC_DELIVERY_BACKOFF_MAX_SECONDS=30.0: must be "
        "shorter than VOC_DELIVERY_GIVE_UP_SECONDS (5), or alerts queued during a backoff "
        "are dead-lettered untried"
    )


def test_a_web_port_already_in_use(tmp_path: Path, busy_port: int) -> None:
    line = one_line(voc(env_for(tmp_path, VOC_WEB_PORT=str(busy_port)), "run"))
    assert f"VOC_WEB_PORT={busy_port}: port {busy_port} on 127.0.0.1 is already in use" in line


def test_publish_on_a_directory(tmp_path: Path) -> None:
    env = env_for(tmp_path, VOC_KAFKA_BROKER="no-such-host.invalid:9092")
    line = one_line(voc(env, "publish", str(tmp_path)))
    assert line == f"voc publish: {tmp_path} is a directory: give a .jsonl or .jsonl.gz file"


def test_publish_on_a_missing_file(tmp_path: Path) -> None:
    env = env_for(tmp_path, VOC_KAFKA_BROKER="no-such-host.invalid:9092")
    line = one_line(voc(env, "publish", str(tmp_path / "nothere.jsonl")))
    assert line.endswith("nothere.jsonl not found")


def test_publish_on_random_bytes_named_jsonl_gz(tmp_path: Path) -> None:
    path = tmp_path / "touchpoints.jsonl.gz"
    path.write_bytes(os.urandom(200_000))
    env = env_for(tmp_path, VOC_KAFKA_BROKER="no-such-host.invalid:9092")
    line = one_line(voc(env, "publish", str(path)))
    assert line == f"voc publish: {path} is named .gz but is not a gzip file"


@pytest.mark.parametrize("compress", [False, True])
def test_publish_on_a_file_of_random_bytes(tmp_path: Path, compress: bool) -> None:
    data = os.urandom(200_000)
    path = tmp_path / ("random.jsonl.gz" if compress else "random.jsonl")
    path.write_bytes(gzip.compress(data) if compress else data)
    env = env_for(tmp_path, VOC_KAFKA_BROKER="no-such-host.invalid:9092")
    line = one_line(voc(env, "publish", str(path)))
    assert "is not a JSON Lines file of touchpoints" in line and "binary data" in line
    assert "not_avro" not in line


def test_debug_flag_and_debug_log_level_show_the_traceback(tmp_path: Path) -> None:
    for args, extra in (
        (("--debug", "publish", str(tmp_path)), {}),
        (("publish", str(tmp_path), "--debug"), {}),
        (("publish", str(tmp_path)), {"VOC_LOG_LEVEL": "DEBUG"}),
    ):
        result = voc(env_for(tmp_path, **extra), *args)
        assert result.returncode != 0
        assert "Traceback" in result.stderr and "UserError" in result.stderr, args


def test_an_invalid_log_level_is_one_line(tmp_path: Path) -> None:
    line = one_line(voc(env_for(tmp_path, VOC_LOG_LEVEL="loud"), "run"))
    assert line == (
        "voc run: invalid configuration: VOC_LOG_LEVEL=loud: "
        "must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL"
    )
