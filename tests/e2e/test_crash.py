"""Nothing lost, nothing doubled (issue 6, points 1, 4 and 5), with real processes.

`voc broker`, `voc run` and `voc publish` run as separate processes, as a user
runs them. The worker is killed with SIGKILL (crash), stopped with SIGTERM
(graceful shutdown) or started under a new consumer group (replay), and the
ClickHouse results are checked through `voc sql`.

While a worker runs, progress is polled with the same HTTP request `voc sql`
makes to the worker's /sql endpoint (chDB allows one process per path, so the
worker must answer): starting a `voc sql` process takes seconds, too slow to
catch the worker in the middle of a run. Every assertion goes through `voc sql`, the
exactly-once figures in one call (:data:`FIGURES`).

Run with ``-s`` to see the figures (events published, rows found, duplicates).
"""

from __future__ import annotations

import itertools
import json
import os
import re
import signal
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from streams.settings import DEFAULT_APP_ID, Settings
from streams.tools.simulator import ScenarioConfig, iter_events
from streams.worker.embedded import free_port
from streams.worker.webauth import call_worker
from tests.support.cli import VOC, env_for, voc_sql
from tests.support.trace import trace_missing, uncommitted

pytestmark = pytest.mark.e2e
CRASH_EVENTS = 6_000
SMALL_EVENTS = 3_000
TOKEN = "crash-test-token"

ROWS = "SELECT count() AS n FROM voc.touchpoints FINAL"
DUPLICATES = "SELECT count() - uniqExact(event_id) AS n FROM voc.touchpoints"
FINAL_DUPLICATES = "SELECT count() - uniqExact(event_id) AS n FROM voc.touchpoints FINAL"
#: A person's touchpoints: those stored under their key, and under keys that an
#: identity merge folded into them (voc.customer_aliases, two levels of merges).
PERSON_EVENTS = """
(SELECT if(a2.survivor != '', a2.survivor, if(a1.survivor != '', a1.survivor,
            t.customer_id)) AS person,
        uniqExact(t.event_id) AS events
 FROM voc.touchpoints AS t FINAL
 LEFT JOIN voc.customer_aliases AS a1 ON t.customer_id = a1.alias
 LEFT JOIN voc.customer_aliases AS a2 ON a1.survivor = a2.alias
 GROUP BY person) AS t
"""
LIVE = "(SELECT customer_id, contact_count FROM voc.customers FINAL WHERE merged_into = '') AS c"
#: Customers whose contact_count differs from their distinct stored events
#: (a customer row without touchpoints, or touchpoints without a row, count too).
MISMATCHES = f"""
SELECT count() AS n FROM {LIVE} FULL OUTER JOIN {PERSON_EVENTS}
ON c.customer_id = t.person
WHERE c.contact_count != t.events
"""
MISMATCH_SAMPLE = f"""
SELECT c.customer_id AS customer, t.person AS person, c.contact_count AS contact_count,
       t.events AS events
FROM {LIVE} FULL OUTER JOIN {PERSON_EVENTS}
ON c.customer_id = t.person
WHERE c.contact_count != t.events
ORDER BY customer LIMIT 5
"""
CONTACTS = """
SELECT sum(contact_count) AS n, countIf(merged_into = '') AS customers,
       countIf(merged_into != '') AS merged
FROM voc.customers FINAL
"""
#: The customer model per person: an identity merge folds an absorbed key's state
#: (counts and event ids) into the survivor's. A row is absorbed when another row
#: lists its key among its identifiers and already counts all of its events.
PER_PERSON = """
WITH
rows AS (SELECT customer_id, contact_count, identifiers,
         JSONExtract(state, 'recent_event_ids', 'Array(String)') AS ids FROM voc.customers FINAL),
absorbed AS (
  SELECT r.key AS key FROM (SELECT customer_id AS key, ids FROM rows) AS r
  INNER JOIN (SELECT customer_id AS owner, arrayJoin(identifiers) AS ident, ids AS owner_ids
              FROM rows) AS s
  ON s.ident = r.key WHERE s.owner != r.key AND hasAll(s.owner_ids, r.ids)),
survivors AS (SELECT * FROM rows WHERE customer_id NOT IN (SELECT key FROM absorbed))
SELECT
  (SELECT uniqExact(key) FROM absorbed) AS absorbed,
  (SELECT count() FROM rows WHERE contact_count != length(ids)) AS inconsistent,
  (SELECT sum(contact_count) FROM survivors) AS survivor_contacts,
  (SELECT count() FROM (SELECT arrayJoin(ids) AS e, count() AS c FROM survivors
                        GROUP BY e HAVING c > 1)) AS double_counted,
  (SELECT uniqExact(arrayJoin(ids)) FROM survivors) AS counted_events
"""
#: Every event some customer state counted (what ``check_exactly_once`` compares).
COUNTED_EVENTS = """
SELECT DISTINCT arrayJoin(JSONExtract(state, 'recent_event_ids', 'Array(String)')) AS e
FROM voc.customers FINAL
"""
ROLLUP = """
SELECT sum(n) AS n FROM
(SELECT uniqExactMerge(events) AS n FROM voc.touchpoints_per_minute
 GROUP BY minute, channel, language)
"""


# -- processes -------------------------------------------------------------------------


def kill(proc: subprocess.Popen[bytes]) -> None:
    """SIGTERM, then SIGKILL if it does not go: no process outlives a test."""
    if proc.poll() is not None:
        return
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=10)


@dataclass
class Worker:
    """One `voc run` process, its log file, its web port, its broker and consumer group."""

    proc: subprocess.Popen[bytes]
    log: Path
    port: int
    broker: str
    group: str
    #: The customer stage's topic (its name carries an app id other than the default).
    customers_topic: str

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def query_value(self, query: str) -> int | None:
        """The single value of ``query`` from the worker's /sql (what `voc sql` calls)."""
        try:
            status, body = call_worker(self.port, "/sql", TOKEN, {"query": query}, timeout=30)
        except (OSError, ValueError):
            return None  # not serving yet
        if status in (502, 503) or not isinstance(body, dict):
            return None
        if "error" in body:
            raise AssertionError(f"{query}: {body['error']}")
        return int(body["rows"][0][0])


class Processes:
    """Every process a test starts; the fixture kills whatever is still running."""

    def __init__(self, tmp_path: Path) -> None:
        self.tmp_path = tmp_path
        self.started: list[subprocess.Popen[bytes]] = []
        self.runs = 0

    def broker(self) -> str:
        port = free_port()
        proc = subprocess.Popen(
            [*VOC, "broker", "--port", str(port)],
            env=env_for(self.tmp_path), stdout=subprocess.PIPE,
        )  # fmt: skip
        self.started.append(proc)
        assert proc.stdout is not None
        assert "listening" in proc.stdout.readline().decode()
        return f"127.0.0.1:{port}"

    def worker(self, env: dict[str, str], timeout: float = 90) -> Worker:
        self.runs += 1
        log = self.tmp_path / f"worker-{self.runs}.log"
        with log.open("wb") as sink:
            proc = subprocess.Popen([*VOC, "run"], env=env, stdout=sink, stderr=subprocess.STDOUT)
        self.started.append(proc)
        settings = Settings(app_id=env.get("VOC_APP_ID", DEFAULT_APP_ID), topic_prefix="voc")
        worker = Worker(
            proc, log, int(env["VOC_WEB_PORT"]), env["VOC_KAFKA_BROKER"], settings.app_id,
            settings.enriched_topic,
        )  # fmt: skip
        deadline = time.monotonic() + timeout
        while "voc worker ready" not in worker.output():
            assert proc.poll() is None, worker.output()
            assert time.monotonic() < deadline, "worker not ready:\n" + worker.output()
            time.sleep(0.2)
        return worker

    def publish(self, env: dict[str, str], path: Path) -> subprocess.Popen[bytes]:
        proc = subprocess.Popen(
            [*VOC, "publish", str(path)], env=env,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )  # fmt: skip
        self.started.append(proc)
        return proc

    def stop_all(self) -> None:
        for proc in reversed(self.started):
            kill(proc)


@pytest.fixture
def processes(tmp_path: Path) -> Iterator[Processes]:
    running = Processes(tmp_path)
    try:
        yield running
    finally:
        running.stop_all()


def published(proc: subprocess.Popen[bytes], expected: int) -> None:
    out, err = proc.communicate(timeout=180)
    assert proc.returncode == 0, err.decode()
    assert f"published {expected} touchpoints" in out.decode(), out.decode() + err.decode()


def write_touchpoints(path: Path, count: int) -> None:
    """The first ``count`` valid touchpoints of a simulated scenario, as JSON Lines."""
    config = ScenarioConfig(customers=2_000, days=10, seed=5)
    events = list(itertools.islice(iter_events(config), count))
    assert len(events) == count, f"the scenario has only {len(events)} events"
    path.write_text("".join(json.dumps(event, ensure_ascii=False) + "\n" for event in events))


def graceful_stop(worker: Worker) -> dict[str, Any]:
    """SIGTERM; the worker must exit 0. Returns the counters it printed when stopped."""
    worker.proc.send_signal(signal.SIGTERM)
    worker.proc.wait(timeout=90)
    output = worker.output()
    assert worker.proc.returncode == 0, output
    stopped = re.search(r"^stopped (\{.*\})$", output, re.MULTILINE)
    assert stopped, output
    counters: dict[str, Any] = json.loads(stopped.group(1))
    return counters


def wait_in_the_middle(worker: Worker, total: int, timeout: float = 180) -> int:
    """Poll until between 20 % and 80 % of ``total`` rows are stored; returns the count."""
    deadline = time.monotonic() + timeout
    stored = 0
    while time.monotonic() < deadline:
        assert worker.proc.poll() is None, worker.output()
        stored = worker.query_value(ROWS) or 0
        if stored >= total * 0.2:
            assert stored <= total * 0.8, f"missed the middle: {stored} of {total} already stored"
            return stored
        time.sleep(0.1)
    raise AssertionError(f"only {stored} of {total} rows after {timeout}s:\n{worker.output()}")


def wait_until_done(worker: Worker, total: int, query: str = ROWS, timeout: float = 240) -> None:
    """Until ``query`` gives ``total``, the raw row counts have not moved for 3 s, and
    the customer stage has committed every record of its topic.

    The rows alone can settle while the customer stage is still behind: the
    store reads the touchpoints from the customers' topic itself.
    """
    deadline = time.monotonic() + timeout
    last: tuple[int | None, ...] = ()
    behind: int | None = None
    steady_since = time.monotonic()
    while time.monotonic() < deadline:
        assert worker.proc.poll() is None, worker.output()
        now = (
            worker.query_value(query),
            worker.query_value("SELECT count() FROM voc.touchpoints"),
            worker.query_value("SELECT count() FROM voc.customers"),
        )
        if now != last:
            last, steady_since = now, time.monotonic()
        elif now[0] == total and time.monotonic() - steady_since >= 3:
            behind = uncommitted(worker.broker, worker.group, worker.customers_topic)
            if behind == 0:
                return
        time.sleep(0.5)
    raise AssertionError(
        f"not done after {timeout}s: {last} (want {total}); customer records not "
        f"committed: {behind}\n{worker.output()}"
    )


#: Every figure :func:`check_exactly_once` checks, read in one `voc sql` call (each call
#: opens the store or asks the worker, seconds apiece).
FIGURES = f"""
SELECT r.n AS rows, d.n AS duplicates, f.n AS final_duplicates, m.n AS mismatches,
       c.n AS contacts, c.customers AS customers, c.merged AS merged, u.n AS rollup,
       p.absorbed AS absorbed, p.inconsistent AS inconsistent,
       p.survivor_contacts AS survivor_contacts, p.double_counted AS double_counted,
       p.counted_events AS counted_events
FROM ({ROWS}) AS r CROSS JOIN ({DUPLICATES}) AS d CROSS JOIN ({FINAL_DUPLICATES}) AS f
CROSS JOIN ({MISMATCHES}) AS m CROSS JOIN ({CONTACTS}) AS c CROSS JOIN ({ROLLUP}) AS u
CROSS JOIN ({PER_PERSON}) AS p
"""


def check_exactly_once(
    env: dict[str, str], total: int, label: str, rewrites_allowed: bool = True
) -> None:
    """The promise: N rows, contacts = events per customer, the rollup sums to N.

    ``rewrites_allowed=False`` also demands that no row was written twice
    before the merge: a graceful stop commits everything it stored.
    """
    [figures] = voc_sql(env, FIGURES)
    rows, duplicates, final_duplicates, mismatches, rollup = (
        int(str(figures[name]))
        for name in ("rows", "duplicates", "final_duplicates", "mismatches", "rollup")
    )
    contacts = {"n": figures["contacts"], "customers": figures["customers"],
                "merged": figures["merged"]}  # fmt: skip
    person = {name: int(str(figures[name])) for name in (
        "absorbed", "inconsistent", "survivor_contacts", "double_counted", "counted_events"
    )}  # fmt: skip
    print(
        f"[{label}] events published={total} rows found (FINAL)={rows} "
        f"duplicates before merge={duplicates} duplicates under FINAL={final_duplicates} "
        f"contact mismatches={mismatches} customers={contacts['customers']} "
        f"merged keys={contacts['merged']} sum(contact_count)={contacts['n']} "
        f"rollup events={rollup}"
    )
    print(
        f"[{label}] per person: absorbed rows={person['absorbed']} "
        f"contact_count!=counted ids={person['inconsistent']} "
        f"survivor contacts={person['survivor_contacts']} "
        f"events counted twice={person['double_counted']} "
        f"distinct events counted={person['counted_events']}"
    )
    assert rows == total
    assert final_duplicates == 0
    if not rewrites_allowed:
        assert duplicates == 0, f"{duplicates} rows re-written after a graceful stop"
    assert rollup == total
    # No double counting from replayed events: every event is counted by exactly
    # one customer state, and the states sum to N.
    assert person["inconsistent"] == 0
    assert person["double_counted"] == 0
    assert person["counted_events"] == total
    assert person["survivor_contacts"] == total
    # Per customer as analysts read it: live rows, touchpoints counted through merges.
    sample = voc_sql(env, MISMATCH_SAMPLE) if mismatches else []
    assert mismatches == 0, f"{mismatches} customers: contact_count != their touchpoints {sample}"
    assert contacts["n"] == total


def check_or_trace(
    env: dict[str, str], source: Path, total: int, label: str, workers: list[Worker]
) -> None:
    """:func:`check_exactly_once`; when it fails, where the events missing from the
    store, and those no customer counted, stopped."""
    try:
        check_exactly_once(env, total, label)
    except AssertionError:
        broker = env["VOC_KAFKA_BROKER"]
        rows = voc_sql(env, "SELECT DISTINCT event_id AS e FROM voc.touchpoints")
        print(trace_missing(broker, source, {str(r["e"]) for r in rows}))
        counted = voc_sql(env, COUNTED_EVENTS)
        print(trace_missing(broker, source, {str(r["e"]) for r in counted}, "not counted"))
        for worker in workers:
            warnings = [line for line in worker.output().splitlines() if "WARN" in line]
            print(f"[{label}] {worker.log.name} warnings:", *warnings[-30:], sep="\n  ")
        raise


def prepare(tmp_path: Path, processes: Processes, events: int) -> tuple[dict[str, str], Path]:
    """A touchpoint file of ``events`` lines, a running broker, the workers' environment."""
    source = tmp_path / "touchpoints.jsonl"
    write_touchpoints(source, events)
    env = env_for(
        tmp_path,
        VOC_KAFKA_BROKER=processes.broker(),
        VOC_WEB_PORT=str(free_port()),
        VOC_PARTITIONS="4",
        VOC_WEB_TOKEN=TOKEN,
    )
    return env, source


# -- the tests -------------------------------------------------------------------------


def test_kill_9_in_the_middle_then_restart_loses_and_doubles_nothing(
    tmp_path: Path, processes: Processes
) -> None:
    started = time.monotonic()
    env, source = prepare(tmp_path, processes, CRASH_EVENTS)
    worker = processes.worker(env)
    publisher = processes.publish(env, source)
    at_kill = wait_in_the_middle(worker, CRASH_EVENTS)
    os.kill(worker.proc.pid, signal.SIGKILL)
    worker.proc.wait(timeout=30)
    print(f"[crash] kill -9 with {at_kill} of {CRASH_EVENTS} rows stored (FINAL)")
    published(publisher, CRASH_EVENTS)

    killed, worker = worker, processes.worker(env)  # worker.json is stale: `voc run` takes over
    try:
        wait_until_done(worker, CRASH_EVENTS)
    finally:
        check_or_trace(env, source, CRASH_EVENTS, "crash", [killed, worker])
    graceful_stop(worker)
    print(f"[crash] done in {time.monotonic() - started:.0f}s")


def test_sigterm_flushes_and_commits_across_a_clean_restart(
    tmp_path: Path, processes: Processes
) -> None:
    started = time.monotonic()
    env, source = prepare(tmp_path, processes, SMALL_EVENTS)
    worker = processes.worker(env)
    published(processes.publish(env, source), SMALL_EVENTS)
    at_stop = wait_in_the_middle(worker, SMALL_EVENTS)
    stopped = graceful_stop(worker)
    first = stopped["touchpoints_stored"]
    print(f"[sigterm] SIGTERM with {at_stop} of {SMALL_EVENTS} rows stored; {first} at exit")
    print(f"[sigterm] first worker's counters at exit: {stopped}")

    restarted = processes.worker(env)
    try:
        wait_until_done(restarted, SMALL_EVENTS)
    finally:
        check_or_trace(env, source, SMALL_EVENTS, "sigterm", [worker, restarted])
    worker = restarted
    second = graceful_stop(worker)["touchpoints_stored"]
    # Every event stored, exactly once under FINAL. The stop commits all it
    # stored; the restart may store a few rows again, when Faust hands records
    # out again after the group's rebalance (README, "Not guaranteed").
    print(f"[sigterm] touchpoints stored: first worker {first}, restarted worker {second}")
    assert first > 0 and first + second >= SMALL_EVENTS
    print(f"[sigterm] done in {time.monotonic() - started:.0f}s")


def test_replay_under_a_new_consumer_group_rebuilds_the_same_rows(
    tmp_path: Path, processes: Processes
) -> None:
    started = time.monotonic()
    env, source = prepare(tmp_path, processes, SMALL_EVENTS)
    worker = processes.worker(env)
    published(processes.publish(env, source), SMALL_EVENTS)
    wait_until_done(worker, SMALL_EVENTS)
    check_exactly_once(env, SMALL_EVENTS, "before replay")
    graceful_stop(worker)

    # A new app id: new consumer group from the start of the topics, and new
    # table changelogs, so the customer state is rebuilt from nothing.
    replay_env = {**env, "VOC_APP_ID": "voc-stream-replay"}
    replay_from = time.time()
    worker = processes.worker(replay_env)
    rewritten = (
        "SELECT uniqExact(event_id) FROM voc.touchpoints FINAL "
        f"WHERE ingested_at >= toDateTime64({replay_from:.3f}, 3, 'UTC')"
    )
    wait_until_done(worker, SMALL_EVENTS, query=rewritten)
    print(f"[replay] all {SMALL_EVENTS} touchpoints re-read and re-stored by the new group")
    check_exactly_once(replay_env, SMALL_EVENTS, "replay")
    graceful_stop(worker)
    print(f"[replay] done in {time.monotonic() - started:.0f}s")
