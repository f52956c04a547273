"""``voc sql`` as a user runs it, through a running worker and straight on the store.

Values with brackets (rich markup), tabs, newlines and backslashes, in each
format; a user FORMAT clause; errors that quote only what the user wrote.
"""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path

import pytest

from streams.worker.embedded import free_port
from tests.support.builders import touchpoint_dict
from tests.support.cli import VOC, env_for

pytestmark = pytest.mark.e2e

TEXT = "price [/] ok [email] [bold]loud[/bold]\tcol2\nline2 back\\slash"
QUERY = (
    "SELECT event_id, text, toDateTime64('2026-11-23 10:15:00', 3, 'UTC') AS at, "
    "'[red]x[/red]' AS markup FROM voc.touchpoints FINAL WHERE event_id = 'sql-1'"
)


def voc(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*VOC, *args], env=env, capture_output=True, text=True, timeout=120)


def outputs(env: dict[str, str]) -> dict[str, str]:
    """``voc sql`` in each format (stdout is a pipe, as in a script)."""
    result = {}
    for fmt in ("default", "tsv", "json", "table"):
        args = ["sql", QUERY] if fmt == "default" else ["sql", QUERY, "--format", fmt]
        out = voc(env, *args)
        assert out.returncode == 0, out.stderr
        result[fmt] = out.stdout
    return result


def check(result: dict[str, str]) -> None:
    escaped = "price [/] ok [email] [bold]loud[/bold]\\tcol2\\nline2 back\\\\slash"
    assert result["tsv"] == (
        f"event_id\ttext\tat\tmarkup\nsql-1\t{escaped}\t2026-11-23T10:15:00+00:00\t[red]x[/red]\n"
    )
    assert result["default"] == result["tsv"]  # not a terminal: TSV
    rows = [json.loads(line) for line in result["json"].splitlines()]
    assert rows == [
        {
            "event_id": "sql-1",
            "text": TEXT,
            "at": "2026-11-23T10:15:00+00:00",
            "markup": "[red]x[/red]",
        }
    ]
    table = result["table"]
    for piece in ("[/]", "[email]", "[bold]loud[/bold]", "[red]x[/red]", "back\\slash", "1 row"):
        assert piece in table, piece
    assert "…" not in table


def test_voc_sql_prints_data_verbatim_through_the_worker_and_on_the_store(tmp_path: Path) -> None:
    env = env_for(tmp_path, VOC_WEB_PORT=str(free_port()))
    log = tmp_path / "worker.log"
    with log.open("wb") as sink:
        worker = subprocess.Popen([*VOC, "run"], env=env, stdout=sink, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 120
        while "voc worker ready" not in log.read_text(errors="replace"):
            assert worker.poll() is None and time.monotonic() < deadline, log.read_text()
            time.sleep(0.2)
        source = tmp_path / "in.jsonl"
        source.write_text(json.dumps(touchpoint_dict(event_id="sql-1", text=TEXT)) + "\n")
        assert voc(env, "publish", str(source)).returncode == 0
        count = "SELECT count() FROM voc.touchpoints WHERE event_id = 'sql-1'"
        while voc(env, "sql", count).stdout.splitlines()[-1:] != ["1"]:
            assert time.monotonic() < deadline + 60
            time.sleep(0.5)
        # Through the worker (it holds the embedded store; the token is in the data dir).
        assert (tmp_path / "data" / "web_token").exists()
        through_worker = outputs(env)
        check(through_worker)

        own = voc(env, "sql", "SELECT 1 AS one FORMAT JSON")
        assert own.returncode == 0, own.stderr
        assert json.loads(own.stdout)["data"] == [{"one": 1}]
        bad = voc(env, "sql", "SELECT 1 +")
        assert bad.returncode != 0 and "Native" not in bad.stderr
        assert len(bad.stderr.strip().splitlines()) == 1, bad.stderr
    finally:
        worker.terminate()
        worker.wait(timeout=40)

    # Straight on the store, once no worker holds it: the same output.
    assert outputs(env) == through_worker
    assert "Native" not in voc(env, "sql", "SELECT 1 +").stderr
