"""N workers give exactly the result of one (issue 11), with real processes.

The same 20,000-odd touchpoints (identity merges across channels, B2B
accounts, churners, a planted topic spike) go through

- (a) one `voc run` process;
- (b) three `voc run` processes on the same embedded store, the one that holds
  the store killed with `kill -9` mid-stream (another takes the store over),
  and a fourth started later;

each on its own embedded broker, 12 partitions. Then the two stores are
compared: touchpoint ids, per-customer contact counts, identity aliases,
account rows, and the set of alerts by dedup key. Any difference is printed.

Run with ``-s`` to see the figures.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from streams.tools.simulator import ScenarioConfig, iter_events
from streams.worker.embedded import free_port
from tests.support.cli import VOC, env_for, voc_sql

# Not in `make test` (issue 11 is open): it passed in 3 of 5 runs today; in the
# other 2 the N-worker side stalled after the kill -9 with about 2,400
# touchpoints never stored and nothing moving (cause not found yet).
# `make test-scale-out` runs it. The two sides run at the same time, each on
# its own broker and store (about 4 minutes on a quiet machine).
pytestmark = [pytest.mark.e2e, pytest.mark.scale_out, pytest.mark.timeout(1500)]
PARTITIONS = "12"
TOKEN = "scale-out-test-token"
SCENARIO = ScenarioConfig(customers=1_800, days=21, accounts=10, spike_at_day=15, seed=11)

COMPARED = {
    "touchpoint ids": "SELECT event_id FROM voc.touchpoints FINAL ORDER BY event_id",
    "contact counts": (
        "SELECT customer_id, contact_count FROM voc.customers FINAL "
        "WHERE merged_into = '' ORDER BY customer_id"
    ),
    "aliases": "SELECT alias, survivor FROM voc.customer_aliases ORDER BY alias",
    "accounts": (
        "SELECT account_id, version, contacts, unhappy_contacts, round(health, 1) AS health, "
        "at_risk, unhappy FROM voc.accounts FINAL ORDER BY account_id"
    ),
    "alerts": (
        "SELECT DISTINCT dedup_key FROM voc.alerts FINAL "
        "WHERE rule != 'topic_spike' ORDER BY dedup_key"
    ),
}
#: Compared and printed, not asserted: after the kill -9 of the worker that runs
#: the sequencer, the topic-spike detector resumes from its last save (at most a
#: second old), so a spike right at its threshold may fire in one run only
#: (README, "Not guaranteed").
SPIKES = "SELECT DISTINCT dedup_key FROM voc.alerts FINAL WHERE rule = 'topic_spike' ORDER BY 1"


class Run:
    """A broker and the `voc run` processes of one side of the comparison."""

    def __init__(self, tmp_path: Path, name: str) -> None:
        self.dir = tmp_path / name
        self.dir.mkdir()
        self.procs: list[subprocess.Popen[bytes]] = []
        port = free_port()
        broker = subprocess.Popen(
            [*VOC, "broker", "--port", str(port)], env=env_for(self.dir), stdout=subprocess.PIPE
        )
        self.procs.append(broker)
        assert broker.stdout is not None
        assert "listening" in broker.stdout.readline().decode()
        self.env = env_for(
            self.dir,
            VOC_KAFKA_BROKER=f"127.0.0.1:{port}",
            VOC_PARTITIONS=PARTITIONS,
            VOC_WEB_TOKEN=TOKEN,
        )
        self.workers: list[tuple[subprocess.Popen[bytes], int, Path]] = []
        self.publisher: subprocess.Popen[bytes] | None = None

    def worker(self) -> subprocess.Popen[bytes]:
        port = free_port()
        log = self.dir / f"worker-{len(self.workers) + 1}.log"
        with log.open("wb") as sink:
            proc = subprocess.Popen(
                [*VOC, "run"], env={**self.env, "VOC_WEB_PORT": str(port)},
                stdout=sink, stderr=subprocess.STDOUT,
            )  # fmt: skip
        self.procs.append(proc)
        self.workers.append((proc, port, log))
        deadline = time.monotonic() + 120
        while "voc worker ready" not in log.read_text(errors="replace"):
            assert proc.poll() is None, log.read_text(errors="replace")
            assert time.monotonic() < deadline, log.read_text(errors="replace")
            time.sleep(0.2)
        return proc

    def publish(self, path: Path) -> subprocess.Popen[bytes]:
        """``voc publish`` in the background; :meth:`published` waits for it."""
        self.publisher = subprocess.Popen(
            [*VOC, "publish", str(path)], env=self.env,
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )  # fmt: skip
        self.procs.append(self.publisher)
        return self.publisher

    def published(self) -> None:
        publisher = self.publisher
        assert publisher is not None, "publish() first"
        _, err = publisher.communicate(timeout=600)
        assert publisher.returncode == 0, err.decode()

    def holder(self) -> tuple[subprocess.Popen[bytes], int]:
        """The live worker that holds the store (its worker.json)."""
        info = json.loads((self.dir / "data" / "worker.json").read_text())
        for proc, port, _ in self.workers:
            if proc.pid == info["pid"] and proc.poll() is None:
                return proc, port
        raise LookupError("no live worker holds the store yet")

    def value(self, query: str) -> int | None:
        """One number from the store, through the worker that holds it (None: not yet)."""
        try:
            _, port = self.holder()
            request = urllib.request.Request(
                f"http://127.0.0.1:{port}/sql",
                data=json.dumps({"query": query}).encode(),
                headers={"Content-Type": "application/json", "Authorization": f"Bearer {TOKEN}"},
            )
            with urllib.request.urlopen(request, timeout=60) as response:
                body = json.loads(response.read())
            return int(body["rows"][0][0])
        except (OSError, LookupError, ValueError, KeyError, IndexError):
            return None

    def wait_until_done(self, total: int, timeout: float = 400) -> None:
        """Every touchpoint stored, and nothing moved in the store for 5 s."""
        deadline = time.monotonic() + timeout
        last: tuple[int | None, ...] = ()
        steady_since = time.monotonic()
        while time.monotonic() < deadline:
            now = (
                self.value("SELECT uniqExact(event_id) FROM voc.touchpoints"),
                self.value("SELECT count() FROM voc.customers"),
                self.value("SELECT count() FROM voc.alerts"),
                self.value("SELECT count() FROM voc.accounts"),
            )
            if now != last:
                last, steady_since = now, time.monotonic()
            elif now[0] == total and time.monotonic() - steady_since >= 5:
                return
            time.sleep(0.5)
        logs = "\n".join(log.read_text(errors="replace")[-3000:] for _, _, log in self.workers)
        raise AssertionError(f"not done after {timeout}s: {last} (want {total})\n{logs}")

    def stop(self) -> None:
        for proc in reversed(self.procs):
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(timeout=60)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait(timeout=10)

    def results(self) -> dict[str, list[dict[str, object]]]:
        """After stop(): `voc sql` opens the store itself."""
        return {
            name: voc_sql(self.env, query) for name, query in {**COMPARED, "spikes": SPIKES}.items()
        }


@pytest.fixture
def runs(tmp_path: Path) -> Iterator[list[Run]]:
    made: list[Run] = []
    try:
        yield made
    finally:
        for run in made:
            run.stop()


def differences(one: list[dict[str, Any]], other: list[dict[str, Any]]) -> list[str]:
    a = {json.dumps(row, sort_keys=True) for row in one}
    b = {json.dumps(row, sort_keys=True) for row in other}
    return [f"only with one worker: {r}" for r in sorted(a - b)[:10]] + [
        f"only with N workers: {r}" for r in sorted(b - a)[:10]
    ]


def test_three_workers_a_kill_9_and_a_late_fourth_give_the_result_of_one(
    tmp_path: Path, runs: list[Run]
) -> None:
    started = time.monotonic()
    source = tmp_path / "touchpoints.jsonl"
    events = list(iter_events(SCENARIO))
    assert len(events) >= 20_000, len(events)
    source.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in events))

    one, many = Run(tmp_path, "one"), Run(tmp_path, "many")
    runs.extend([one, many])
    one.worker()
    for _ in range(3):
        many.worker()
    one.publish(source)
    many.publish(source)
    deadline = time.monotonic() + 600
    while (many.value("SELECT count() FROM voc.touchpoints") or 0) < len(events) * 0.25:
        assert time.monotonic() < deadline, "the three workers did not get going"
        time.sleep(0.2)
    victim, _ = many.holder()
    at_kill = many.value("SELECT count() FROM voc.touchpoints")
    os.kill(victim.pid, signal.SIGKILL)
    victim.wait(timeout=30)
    print(f"[N workers] kill -9 of the store holder with {at_kill} rows stored")
    time.sleep(5)
    many.worker()  # a fourth joins later
    one.published()
    many.published()
    one.wait_until_done(len(events), timeout=1200)
    print(f"[one worker] {len(events)} touchpoints in {time.monotonic() - started:.0f}s")
    many.wait_until_done(len(events), timeout=1200)
    print(f"[N workers] done in {time.monotonic() - started:.0f}s")
    one.stop()
    many.stop()
    reference, other = one.results(), many.results()

    found: list[str] = []
    for name in COMPARED:
        diff = differences(reference[name], other[name])
        print(f"[compare] {name}: {len(reference[name])} rows, {len(diff)} differences")
        found.extend(f"{name}: {line}" for line in diff)
    spikes = differences(reference["spikes"], other["spikes"])
    print(f"[compare] topic spikes: {len(reference['spikes'])} rows, {len(spikes)} differences")
    print("\n".join(found + spikes))
    assert not found, "\n".join(found)
    assert len(reference["touchpoint ids"]) == len(events)
    assert reference["aliases"] and reference["accounts"] and reference["alerts"]
