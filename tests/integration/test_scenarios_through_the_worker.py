"""The hand-written alert scenarios (tests/scenarios/) end to end through the real worker.

``voc eval alerts`` scores these scenarios on the topology's steps in memory
(streams.local); the real worker (Faust agents, embedded broker, three partitions
against the eval's four) must raise exactly the same alerts on the same input,
identified by alert id (rule, subject and triggering touchpoint). The first set (a
tuning family) runs in make test; the later ones (tests/scenarios/heldout2/ up to
``LAST_TUNING_SET``, each held out until its report run, listed with its time in
streams/alerts/REPORTS.md, and a tuning family since) with ``make test-heldout`` (marker
``heldout``: about 20 s a scenario, too long for make test), with
the report's set (``REPORT_SETS``). The second set
(tests/scenarios/heldout/, held out once, a tuning family since) is not replayed here:
the first set already checks the eval against the worker, and make test has no room for
another three minutes. The test compares alerts, it does not score them.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from schemas.models import Alert
from sinks.clickhouse.store import ClickHouseStore
from streams.stages.enrich import Enricher
from streams.tools.eval_alerts import (
    REPORT_SETS,
    SCENARIO_DIR,
    SCENARIOS,
    TUNING_SETS,
    heldout_scenarios,
    read_jsonl,
    replay,
)
from streams.worker.embedded import EmbeddedBroker
from tests.integration.harness import publish_backlog, run_worker, settings_for, wait_for

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def enricher() -> Enricher:
    return Enricher()


@pytest.mark.parametrize(
    "scenario",
    [
        *SCENARIOS,
        # ~20 s each: out of make test, in make test-heldout (pytest -m heldout); the
        # second set (heldout/) is not replayed (see the module docstring).
        *(
            pytest.param(f"{directory}/{n}", marks=pytest.mark.heldout)
            for _, directory in TUNING_SETS
            if directory != "heldout"
            for n in heldout_scenarios(SCENARIO_DIR / directory)
        ),
        # The report's set: the worker must raise the alerts the report scored.
        *(
            pytest.param(f"{directory}/{n}", marks=pytest.mark.heldout)
            for _, directory in REPORT_SETS
            for n in heldout_scenarios(SCENARIO_DIR / directory)
        ),
    ],
)
def test_hand_written_scenario_raises_the_eval_alerts_live(
    scenario: str,
    enricher: Enricher,
    broker: EmbeddedBroker,
    clickhouse: ClickHouseStore,
    unique: str,
    tmp_path: Path,
) -> None:
    events = list(read_jsonl(SCENARIO_DIR / f"{scenario}.jsonl"))
    run, count, dead = replay(events, enricher)
    assert dead == 0
    expected = {alert.alert_id: alert for alert in run.alerts}

    raised: list[Alert] = []
    settings = settings_for(unique, tmp_path, partitions=3)

    assert publish_backlog(broker.bootstrap, settings, events, f"{scenario}.jsonl") == count

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
    print(f"[{scenario}: eval vs worker] {count} touchpoints, {len(expected)} alerts")
    assert not missing and not extra, f"only in the eval: {missing[:10]}; only live: {extra[:10]}"
