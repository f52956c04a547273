"""Signs of changing expectations through the real worker: alerts on voc.alerts, rows in voc.themes.

A small simulated scenario (150 customers, 12 days) with the three planted
signals from day 9 (streams/tools/simulator_expectations.py) goes through the
embedded broker, the Faust agents and the store writer.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from schemas.models import Alert
from sinks.clickhouse.store import ClickHouseStore
from streams.tools.publisher import Publisher
from streams.tools.simulator import ScenarioConfig, simulate_stream
from streams.worker.embedded import EmbeddedBroker
from tests.integration.harness import run_worker, settings_for, wait_for

pytestmark = pytest.mark.integration


def test_planted_signals_raise_alerts_and_theme_rows(
    broker: EmbeddedBroker, clickhouse: ClickHouseStore, unique: str, tmp_path: Path
) -> None:
    config = ScenarioConfig(
        customers=150, accounts=2, days=12, seed=5, spike_at_day=99.0, expectations_at_day=9.0
    )
    scenario, truth = simulate_stream(config)
    events = list(scenario)
    for event in events:  # ids of their own: the session's store is shared
        event["event_id"] = f"{unique}-{event['event_id']}"
    raised: list[Alert] = []
    settings = settings_for(unique, tmp_path, partitions=2)

    def themes_stored() -> int:
        _, rows = clickhouse.query(
            "SELECT count() FROM voc.themes FINAL WHERE theme_id = 'theme:fr:voyant clignote' "
            f"AND arrayExists(e -> startsWith(e, '{unique}-'), examples)"
        )
        return int(rows[0][0])

    async def scenario_run() -> None:
        running = await run_worker(settings, clickhouse, broker.bootstrap, on_alert=raised.append)
        try:
            lines = [(n, json.dumps(e).encode()) for n, e in enumerate(events, start=1)]
            with Publisher(broker.bootstrap, settings) as publisher:
                assert publisher.publish_lines(lines, "scenario.jsonl").sent == len(events)
            metrics = running.pipeline.metrics
            await wait_for(lambda: metrics.touchpoints_stored >= len(events), timeout=90)
            assert await running.settled(quiet=1.0)
            await wait_for(lambda: themes_stored() > 0, timeout=20)
        finally:
            await running.stop()

    asyncio.run(scenario_run())
    themes = [a for a in raised if a.rule == "emerging_theme"]
    shifts = [a for a in raised if a.rule == "expectation_shift"]
    phrases = {p.strip() for a in themes for p in a.details["key_phrases"].split(",")}
    assert phrases & {"voyant clignote", "led blinks"}, [a.explanation for a in themes]
    planted = {f"{unique}-{e}" for e in truth.expectations["theme"]["event_ids"]}
    assert all(set(a.evidence) <= planted for a in themes), "examples are the planted texts"
    signals = {(a.details["signal"], a.details["item"]) for a in shifts}
    assert ("criteria", "sustainability") in signals, [a.explanation for a in shifts]
    assert ("new_alternative", "blinko") in signals, [a.explanation for a in shifts]
    _, stored = clickhouse.query(
        "SELECT rule, count() FROM voc.alerts FINAL WHERE rule IN "
        "('emerging_theme', 'expectation_shift') "
        f"AND arrayExists(e -> startsWith(e, '{unique}-'), evidence) GROUP BY rule ORDER BY rule"
    )
    assert [row[0] for row in stored] == ["emerging_theme", "expectation_shift"]
    # The weekly shares an analyst reads: sustainability appears among b2c customers.
    _, weekly = clickhouse.query(
        "SELECT week, customers, active_customers, share_pct FROM voc.v_choice_criteria_weekly "
        "WHERE segment = 'b2c' AND item = 'criterion:sustainability' ORDER BY week"
    )
    assert weekly and max(row[3] for row in weekly) > 5.0, weekly
