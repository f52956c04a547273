"""`voc eval alerts` scores the pipeline that runs: the worker raises the same alerts.

The eval replays a scenario through the topology's steps in memory
(streams.local); the real worker (Faust agents, embedded broker, three
partitions here against the eval's four) must raise exactly the same alerts,
identified by alert id (rule, subject and the touchpoint that triggered it).
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from schemas.models import Alert
from sinks.clickhouse.store import ClickHouseStore
from streams.stages.enrich import Enricher
from streams.tools.eval_alerts import replay
from streams.tools.simulator import ScenarioConfig, simulate_stream
from streams.worker.embedded import EmbeddedBroker
from tests.integration.harness import publish_backlog, run_worker, settings_for, wait_for

pytestmark = pytest.mark.integration


def test_eval_and_worker_raise_the_same_alerts(
    broker: EmbeddedBroker, clickhouse: ClickHouseStore, unique: str, tmp_path: Path
) -> None:
    scenario, _ = simulate_stream(ScenarioConfig(customers=150, accounts=2, days=14, seed=3))
    events = list(scenario)
    run, count, dead = replay(events, Enricher())
    assert dead == 0 and run.alerts
    expected = {alert.alert_id: alert for alert in run.alerts}

    raised: list[Alert] = []
    settings = settings_for(unique, tmp_path, partitions=3)

    assert publish_backlog(broker.bootstrap, settings, events, "scenario.jsonl") == count

    async def scenario_run() -> None:
        running = await run_worker(settings, clickhouse, broker.bootstrap, on_alert=raised.append)
        try:
            metrics = running.pipeline.metrics
            await wait_for(lambda: metrics.touchpoints_stored >= count, timeout=120)
            assert await running.settled(quiet=2.0)
        finally:
            await running.stop()

    asyncio.run(scenario_run())
    got = {alert.alert_id: alert for alert in raised}
    missing = sorted(f"{a.rule} {a.dedup_key}" for i, a in expected.items() if i not in got)
    extra = sorted(f"{a.rule} {a.dedup_key}" for i, a in got.items() if i not in expected)
    print(f"[eval vs worker] {count} touchpoints, {len(expected)} alerts in the eval")
    assert not missing and not extra, f"only in the eval: {missing[:10]}; only live: {extra[:10]}"
