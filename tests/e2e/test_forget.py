"""``voc forget`` as a user runs it: through a running worker, then on the stopped store."""

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

EMAIL = "forget.me@example.com"


def voc(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*VOC, *args], env=env, capture_output=True, text=True, timeout=120)


def count(env: dict[str, str], where: str) -> str:
    out = voc(env, "sql", f"SELECT count() FROM voc.touchpoints FINAL WHERE {where}")
    assert out.returncode == 0, out.stderr
    return out.stdout.splitlines()[-1]


def test_voc_forget_through_the_worker_then_on_the_stopped_store(tmp_path: Path) -> None:
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
        lines = [
            touchpoint_dict(event_id="f-1", customer={"customer_id": "c-forget", "email": EMAIL}),
            touchpoint_dict(event_id="f-2", customer={"email": EMAIL},
                            occurred_at="2026-11-23T11:00:00Z"),
            touchpoint_dict(event_id="k-1", customer={"customer_id": "c-keep"}),
        ]  # fmt: skip
        source.write_text("".join(json.dumps(line) + "\n" for line in lines))
        assert voc(env, "publish", str(source)).returncode == 0
        while count(env, "1") != "3":
            assert time.monotonic() < deadline + 60
            time.sleep(0.5)

        out = voc(env, "forget", f"email:{EMAIL.upper()}", "--wait", "60")
        assert out.returncode == 0, out.stderr + log.read_text(errors="replace")[-2000:]
        assert "erased (by the running worker)" in out.stdout
        assert "touchpoints       2" in out.stdout and "customers " in out.stdout
        assert EMAIL not in out.stdout.lower() and "c-forget" not in out.stdout
        assert count(env, "customer_id = 'c-forget'") == "0"
        assert count(env, "customer_id = 'c-keep'") == "1"
    finally:
        worker.terminate()
        worker.wait(timeout=40)

    again = voc(env, "forget", "c-forget")
    assert again.returncode == 0, again.stderr
    assert "erased (on the store)" in again.stdout and "total             0" in again.stdout
    audit = voc(env, "sql", "SELECT count() FROM voc.erasures")
    assert audit.stdout.splitlines()[-1] == "2"
    refused = voc(env, "forget", "phone:not a phone")
    assert refused.returncode == 2 and len(refused.stderr.strip().splitlines()) == 1
