"""Analysts' views, the analyst profile's ``final = 1``, the README's ten questions and the
Grafana files (issue 14, points 2-3), on the session's embedded store (chDB).

Rows of a known shape are written under this test's own ids; the views must give
the numbers worked out by hand. Every Grafana panel's SQL and every SQL block of
the README's "For analysts" runs through the analysts' read-only client.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import clickhouse_connect
import pytest
import yaml

from sinks.clickhouse.readonly import ReadOnlySql
from sinks.clickhouse.store import ClickHouseStore
from streams.dashboard import grafana
from streams.dashboard.panels import PANELS

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
DAY = datetime(2031, 1, 15, tzinfo=UTC)


def at(day: int, hour: int) -> datetime:
    return datetime(2031, 1, day, hour, tzinfo=UTC)


def touchpoint(
    event_id: str, customer: str, when: datetime, channel: str, sentiment: float,
    label: str, topics: list[str], nps: int | None, account: str = "",
) -> tuple[Any, ...]:  # fmt: skip
    return (event_id, when, when, customer, account, channel, "message", "inbound", "test",
            "en", True, sentiment, label, topics, nps, f"text of {event_id}",
            "support")  # fmt: skip


TOUCHPOINT_COLUMNS = (
    "event_id", "occurred_at", "ingested_at", "customer_id", "account_id", "channel", "kind",
    "direction", "source", "language", "scored", "sentiment", "sentiment_label", "topics", "nps",
    "text", "journey_stage",
)  # fmt: skip


@pytest.fixture(scope="module")
def known(clickhouse: ClickHouseStore) -> Iterator[str]:
    """Rows of a known shape under a unique prefix; yields the prefix."""
    u = "av" + datetime.now(UTC).strftime("%H%M%S%f")
    topic = f"{u}_topic"
    acc = f"{u}-acc"
    rows = [
        touchpoint(f"{u}-e1", f"{u}-a", at(15, 10), "email", -0.8, "negative", [topic], 2, acc),
        touchpoint(f"{u}-e2", f"{u}-a", at(15, 11), "chat", -0.5, "negative", [topic], None, acc),
        touchpoint(f"{u}-e3", f"{u}-b", at(15, 12), "web", 0.9, "positive", [topic], 10),
        touchpoint(f"{u}-e4", f"{u}-old", at(1, 9), "phone", 0.1, "neutral", [topic], 8),
    ]  # fmt: skip
    clickhouse.insert("touchpoints", TOUCHPOINT_COLUMNS, rows)
    customer_columns = (
        "customer_id", "account_id", "version", "churn_risk", "churn_reasons",
        "order_value_total", "journey_stage", "merged_into", "repeat_contacts",
    )  # fmt: skip
    clickhouse.insert("customers", customer_columns, [
        (f"{u}-a", f"{u}-acc", 3, 80, ["said they want to cancel (+35)"], 120.5, "at_risk", "", 2),
        (f"{u}-b", "", 1, 10, [], 50.0, "active", "", 0),
        (f"{u}-old", "", 9, 90, [], 999.0, "at_risk", f"{u}-a", 0),
    ])  # fmt: skip
    clickhouse.insert(
        "alerts",
        ("alert_id", "rule", "severity", "customer_id", "account_id", "created_at", "emitted_at",
         "explanation"),
        [(f"{u}-al1", "detractor", "critical", f"{u}-a", f"{u}-acc", at(15, 10), at(15, 10),
          "NPS 2/10")],
    )  # fmt: skip
    clickhouse.insert(
        "accounts",
        ("account_id", "version", "health", "contacts", "unhappy_contacts", "at_risk", "unhappy"),
        [(f"{u}-acc", 1, 30.0, 2, 1, True, [f"{u}-a"])],
    )
    yield u


@pytest.fixture(scope="module")
def analyst(clickhouse: ClickHouseStore) -> Iterator[ReadOnlySql]:
    reader = ReadOnlySql(clickhouse.dsn)
    yield reader
    reader.close()


def one(analyst: ReadOnlySql, sql: str) -> dict[str, Any]:
    result = analyst.run(sql)
    assert len(result.rows) == 1, (sql, result.rows)
    return dict(zip(result.columns, result.rows[0], strict=True))


def test_views_give_the_numbers_worked_out_by_hand(known: str, analyst: ReadOnlySql) -> None:
    u = known
    day = one(analyst, "SELECT * FROM voc.v_nps_daily WHERE day = '2031-01-15'")
    assert (day["responses"], day["promoters"], day["passives"], day["detractors"]) == (2, 1, 0, 1)
    assert day["nps"] == 0.0
    first = one(analyst, "SELECT * FROM voc.v_nps_daily WHERE day = '2031-01-01'")
    assert (first["responses"], first["passives"], first["nps"]) == (1, 1, 0.0)

    topic = one(analyst, f"SELECT * FROM voc.v_irritants WHERE topic = '{u}_topic'")
    assert (topic["mentions"], topic["negative"], topic["negative_pct"]) == (4, 2, 50.0)
    assert topic["unhappy_customers"] == 1
    assert (topic["negative_last_7d"], topic["negative_prev_7d"], topic["trend"]) == (2, 0, 2)

    at_risk = analyst.run(f"SELECT customer_id, value_at_risk FROM voc.v_at_risk "
                          f"WHERE customer_id LIKE '{u}-%'").rows  # fmt: skip
    assert at_risk == [[f"{u}-a", 120.5]]  # u-b is not at risk, u-old was merged away
    account = one(analyst, f"SELECT * FROM voc.v_accounts_at_risk WHERE account_id = '{u}-acc'")
    assert (account["health"], account["unhappy"], account["value_at_risk"]) == (
        30.0, [f"{u}-a"], 120.5,
    )  # fmt: skip

    timeline = analyst.run(
        "SELECT event_id, customer_key FROM voc.v_customer_timeline "
        f"WHERE customer_id = '{u}-a' ORDER BY occurred_at"
    ).rows
    assert timeline == [[f"{u}-e4", f"{u}-old"], [f"{u}-e1", f"{u}-a"], [f"{u}-e2", f"{u}-a"]]
    sentiment = one(
        analyst, "SELECT events FROM voc.v_sentiment WHERE channel = 'phone' AND language = 'en'"
    )
    assert sentiment["events"] >= 1


def profile_settings(path: Path) -> dict[str, str]:
    """The settings of the analyst profile in deploy/clickhouse/analyst.sql, in order."""
    text = path.read_text(encoding="utf-8")
    body = text.split("CREATE SETTINGS PROFILE", 1)[1].split(";", 1)[0]
    body = re.sub(r"--[^\n]*", "", body).split("SETTINGS", 1)[1]
    pairs = [item.strip() for item in body.split(",") if item.strip()]
    settings = {}
    for pair in pairs:
        name, _, value = pair.partition("=")
        settings[name.strip()] = value.strip().strip("'")
    readonly = settings.pop("readonly")
    return settings | {"readonly": readonly}  # readonly last: nothing can be set after it


def test_the_analyst_profile_reads_exact_without_final(
    known: str, clickhouse: ClickHouseStore
) -> None:
    settings = profile_settings(DEPLOY / "clickhouse" / "analyst.sql")
    assert settings["final"] == "1" and settings["readonly"] == "1"
    u = known
    duplicate = touchpoint(f"{u}-e1", f"{u}-a", at(15, 10), "email", -0.8, "negative", [], 2)
    clickhouse.client.command("SYSTEM STOP MERGES voc.touchpoints")
    try:
        clickhouse.insert("touchpoints", TOUCHPOINT_COLUMNS, [duplicate])  # a replayed row
        query = f"SELECT count() FROM voc.touchpoints WHERE event_id LIKE '{u}-%'"
        _, [(raw,)] = clickhouse.query(query)
        assert raw == 5  # without FINAL the replay counts twice
        bi = clickhouse_connect.get_client(dsn=clickhouse.dsn, settings=settings)
        try:
            assert bi.query(query).result_rows[0][0] == 4  # the profile's final = 1: exact
            with pytest.raises(Exception, match="readonly"):
                bi.command("INSERT INTO voc.touchpoints (event_id) VALUES ('x')")
        finally:
            bi.close()
    finally:
        clickhouse.client.command("SYSTEM START MERGES voc.touchpoints")


def readme_questions() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("\n## For analysts\n", 1)[1].split("\n## ", 1)[0]
    section = section.split("\n### ", 1)[0]  # the ten questions, before the subsections
    return re.findall(r"```sql\n(.*?)```", section, flags=re.S)


def test_the_readme_answers_ten_questions_that_run(known: str, analyst: ReadOnlySql) -> None:
    questions = readme_questions()
    assert len(questions) == 10
    answered = 0
    for sql in questions:
        result = analyst.run(sql.replace("'c-42'", f"'{known}-a'"))
        assert result.columns, sql
        answered += bool(result.rows)
    assert answered >= 8, answered  # on this store's rows most questions have an answer


def test_grafana_files_parse_and_every_panel_runs_on_the_store(
    known: str, analyst: ReadOnlySql
) -> None:
    datasource = yaml.safe_load(
        (DEPLOY / "grafana/provisioning/datasources/voc-clickhouse.yaml").read_text()
    )
    [source] = datasource["datasources"]
    assert source["type"] == "grafana-clickhouse-datasource"
    assert source["uid"] == grafana.DATASOURCE["uid"]
    assert source["jsonData"]["username"] == "voc_analyst"
    assert source["jsonData"]["defaultDatabase"] == "voc"
    provider = yaml.safe_load((DEPLOY / "grafana/provisioning/dashboards/voc.yaml").read_text())
    assert provider["providers"][0]["type"] == "file"

    path = DEPLOY / "grafana/dashboards/voc-overview.json"
    assert path.read_text(encoding="utf-8") == grafana.render(), (
        "stale: run python -m streams.dashboard.grafana"
    )
    assert grafana.main(["--check", "--out", str(path)]) == 0
    board = json.loads(path.read_text(encoding="utf-8"))
    panels = board["panels"]
    assert [p["title"] for p in panels] == [p.title for p in PANELS]
    for shown, panel in zip(panels, PANELS, strict=True):
        [target] = shown["targets"]
        assert target["datasource"] == grafana.DATASOURCE
        assert target["rawSql"] == panel.sql  # the page's own query
        result = analyst.run(target["rawSql"])
        assert result.rows, (panel.id, "no rows")
