"""Segments, value and value at risk through the real worker (issue 18): touchpoints
published to the embedded broker, read back from voc.customers, voc.accounts,
the value-at-risk views and the high_value_at_risk alert."""

from __future__ import annotations

import asyncio
import json
import textwrap
from pathlib import Path
from typing import Any

import pytest

from sinks.clickhouse.readonly import ReadOnlySql
from sinks.clickhouse.store import ClickHouseStore
from streams.tools.publisher import Publisher
from streams.tools.voice_summary import VOICE_AND_VALUE_QUERIES
from streams.worker.embedded import EmbeddedBroker
from tests.integration.harness import run_worker, settings_for, wait_for
from tests.support.builders import touchpoint_dict

pytestmark = pytest.mark.integration

ANGRY = "Je veux résilier mon abonnement, c'est inadmissible, je passe chez Zentrio."


def test_segments_and_value_at_risk(
    broker: EmbeddedBroker, clickhouse: ClickHouseStore, unique: str, tmp_path: Path
) -> None:
    settings = settings_for(unique, tmp_path)
    account = f"{unique}-acme"
    buyer, fan = f"{unique}-buyer", f"{unique}-fan"

    def event(n: int, who: str, day: int, **fields: Any) -> tuple[int, bytes]:
        data = touchpoint_dict(
            event_id=f"{unique}-{n}",
            occurred_at=f"2026-11-{day:02d}T10:00:00Z",
            customer={"customer_id": who, "account_id": account if who == buyer else None},
            subject=None,
            attributes=fields.pop("attributes", {}),
            **fields,
        )
        return n, json.dumps(data).encode()

    role = {"role": "buyer", "plan": "business"}
    lines = [
        event(1, buyer, 2, channel="web", kind="purchase", text=None,
              attributes=role | {"order_value": "1500.00"}),
        event(2, buyer, 3, channel="web", kind="purchase", text=None,
              attributes=role | {"order_value": "1500.00"}),
        event(3, buyer, 10, channel="email", text=ANGRY, attributes=role),
        event(4, buyer, 11, channel="chat", kind="chat", text=ANGRY, attributes=role),
        event(5, fan, 4, channel="web", kind="page_view", text=None,
              attributes={"page": "/pricing", "mrr": "50"}),
        event(6, fan, 5, channel="survey", kind="survey_response",
              text="Super produit, je recommande, merci !", scores={"nps": 10}),
        event(7, fan, 6, channel="chat", kind="chat", text="Merci, tout fonctionne parfaitement !"),
    ]  # fmt: skip

    async def scenario() -> None:
        running = await run_worker(settings, clickhouse, broker.bootstrap)
        try:
            with Publisher(broker.bootstrap, settings) as publisher:
                publisher.publish_lines(lines, "segments.jsonl")
                await wait_for(lambda: running.pipeline.metrics.touchpoints_stored >= len(lines))
            assert await running.settled()
        finally:
            await running.stop()

    asyncio.run(scenario())
    columns, rows = clickhouse.query(
        "SELECT customer_id, engagement_segment, value_tier, customer_value, value_at_risk, "
        "churn_risk, last_touchpoint_stage, role FROM voc.customers FINAL "
        f"WHERE customer_id IN ('{buyer}', '{fan}') ORDER BY customer_id"
    )
    got = {row[0]: dict(zip(columns[1:], row[1:], strict=True)) for row in rows}
    assert got[buyer]["engagement_segment"] == "at_risk"
    assert (got[buyer]["value_tier"], got[buyer]["customer_value"]) == ("high", 3000.0)
    risk = got[buyer]["churn_risk"]
    assert risk >= 50 and got[buyer]["value_at_risk"] == round(risk / 100 * 3000.0, 2)
    assert (got[buyer]["last_touchpoint_stage"], got[buyer]["role"]) == ("exit", "buyer")
    assert got[fan]["engagement_segment"] == "advocate"
    assert (got[fan]["value_tier"], got[fan]["customer_value"]) == ("medium", 600.0)
    assert got[fan]["value_at_risk"] == 0.0 and got[fan]["churn_risk"] < 50

    stages = dict(
        clickhouse.query(
            f"SELECT event_id, journey_stage FROM voc.touchpoints FINAL "
            f"WHERE event_id LIKE '{unique}-%'"
        )[1]
    )
    assert stages[f"{unique}-1"] == "purchase" and stages[f"{unique}-3"] == "exit"
    assert stages[f"{unique}-5"] == "consideration" and stages[f"{unique}-6"] == "usage"

    _, dropped = clickhouse.query(
        "SELECT unhappy_customers, value_at_risk FROM voc.v_stage_dropout_daily "
        "WHERE day = '2026-11-11' AND journey_stage = 'exit'"
    )
    assert dropped and dropped[0][0] >= 1 and dropped[0][1] >= got[buyer]["value_at_risk"]

    _, accounts = clickhouse.query(
        "SELECT contacts, buyers, unhappy_buyers, value, value_at_risk "
        f"FROM voc.v_value_at_risk_by_account WHERE account_id = '{account}'"
    )
    assert len(accounts) == 1
    contacts, buyers, unhappy_buyers, value, at_risk = accounts[0]
    assert (contacts, buyers, unhappy_buyers, value) == (1, 1, 1, 3000.0) and at_risk > 0

    _, alerts = clickhouse.query(
        "SELECT details['value_at_risk'], explanation FROM voc.alerts FINAL "
        f"WHERE rule = 'high_value_at_risk' AND customer_id = '{buyer}'"
    )
    assert alerts, "a high-value customer at risk is alerted"
    quoted, explanation = alerts[0]
    assert float(quoted) > 0 and "at risk of 3,000 in value" in explanation

    # the demo's summary sections run for analysts, and the README shows them as they are
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    analyst = ReadOnlySql(clickhouse.dsn)
    try:
        for title, sql in VOICE_AND_VALUE_QUERIES.items():
            assert textwrap.dedent(sql).strip() in readme, title
            result = analyst.run(sql)
            assert result.columns and result.rows, title
    finally:
        analyst.close()
