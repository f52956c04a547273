"""The minute rollup and the per-stage rollups against exact FINAL queries (issue 18).

Demo-like data: a simulated scenario through the real enrichment, written to the
session's embedded store (chDB) in its own time range; part of it written twice,
as an at-least-once replay does.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from schemas.models import Touchpoint
from sinks.clickhouse.store import ClickHouseStore
from sinks.clickhouse.tables import TOUCHPOINT_COLUMNS, touchpoint_row
from streams.stages.enrich import Enricher
from streams.tools.simulator import ScenarioConfig, simulate

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def window(clickhouse: ClickHouseStore) -> tuple[str, str]:
    """Writes the scenario; yields its [start, end) as ClickHouse literals."""
    # in the past of every other test's rows: views whose windows end at the newest
    # touchpoint of the store (v_irritants) must not move for them
    start = datetime(2003, 1, 1, tzinfo=UTC) + timedelta(days=random.randrange(0, 4_000, 40))
    events, _ = simulate(ScenarioConfig(customers=80, days=14, seed=3, start=start))
    prefix = f"jr{random.randrange(10**9)}-"
    for event in events:
        event["event_id"] = prefix + event["event_id"]
    touchpoints = [Touchpoint.model_validate(e) for e in events]
    keys = [tp.customer.best_key() for tp in touchpoints]
    enriched = Enricher().enrich(touchpoints, keys, datetime.now(UTC))
    rows = [touchpoint_row(item, key) for item, key in zip(enriched, keys, strict=True)]
    clickhouse.insert("touchpoints", TOUCHPOINT_COLUMNS, rows)
    assert any(r[TOUCHPOINT_COLUMNS.index("csat")] is not None for r in rows)
    assert any(not r[TOUCHPOINT_COLUMNS.index("scored")] for r in rows)
    end = start + timedelta(days=15)
    return start.strftime("%Y-%m-%d %H:%M:%S"), end.strftime("%Y-%m-%d %H:%M:%S")


def replay_some(clickhouse: ClickHouseStore, lo: str, hi: str) -> None:
    """Write a fifth of the window's rows again (same event ids): a replay."""
    columns = ", ".join(TOUCHPOINT_COLUMNS)
    clickhouse.command(
        f"INSERT INTO voc.touchpoints ({columns}) SELECT {columns} FROM voc.touchpoints FINAL "
        f"WHERE occurred_at >= '{lo}' AND occurred_at < '{hi}' AND cityHash64(event_id) % 5 = 0"
    )


def by_key(rows: list[tuple[Any, ...]]) -> dict[Any, tuple[Any, ...]]:
    return {row[0]: row[1:] for row in rows}


def close(a: Any, b: Any) -> bool:
    """Equal to 1e-3; no value (NULL from FINAL, nan from an empty avg state) equals no value."""
    a, b = (None if x is None or x != x else float(x) for x in (a, b))
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) < 1e-3


def test_minute_rollup_averages_scored_rows_and_has_csat_and_ces(
    clickhouse: ClickHouseStore, window: tuple[str, str]
) -> None:
    lo, hi = window
    rollup = f"""
        SELECT channel, uniqExactMerge(events), uniqExactIfMerge(scored_events),
               avgMerge(avg_sentiment), uniqExactIfMerge(csat_responses),
               uniqExactIfMerge(csat_satisfied), avgMerge(avg_csat),
               uniqExactIfMerge(ces_responses), uniqExactIfMerge(ces_high_effort),
               avgMerge(avg_ces)
        FROM voc.touchpoints_per_minute
        WHERE minute >= '{lo}' AND minute < '{hi}' GROUP BY channel ORDER BY channel"""
    exact = f"""
        SELECT channel, count(), countIf(scored), avgIf(sentiment, scored),
               countIf(isNotNull(csat)), countIf(csat >= 4), avgIf(csat, isNotNull(csat)),
               countIf(isNotNull(ces)), countIf(ces >= 5), avgIf(ces, isNotNull(ces))
        FROM voc.touchpoints FINAL
        WHERE occurred_at >= '{lo}' AND occurred_at < '{hi}' GROUP BY channel ORDER BY channel"""
    got, want = by_key(clickhouse.query(rollup)[1]), by_key(clickhouse.query(exact)[1])
    assert set(got) == set(want) and "web" in got
    for channel, expected in want.items():
        counts = [0, 1, 3, 4, 6, 7]
        assert [got[channel][i] for i in counts] == [expected[i] for i in counts], channel
        for i in (2, 5, 8):  # averages; nan where a channel has no such rows
            assert close(got[channel][i], expected[i]), (channel, i)
    # the web channel is mostly page views and purchases: the old average (every
    # row, unscored as 0) is far from the one over scored rows
    all_rows = clickhouse.query(
        f"SELECT avg(sentiment) FROM voc.touchpoints FINAL WHERE channel = 'web' "
        f"AND occurred_at >= '{lo}' AND occurred_at < '{hi}'"
    )[1][0][0]
    assert abs(all_rows - got["web"][2]) > 0.05


def test_voice_per_stage_daily_matches_final(
    clickhouse: ClickHouseStore, window: tuple[str, str]
) -> None:
    lo, hi = window
    lo_day, hi_day = lo[:10], hi[:10]
    view = f"""
        SELECT (day, journey_stage), events, scored, avg_sentiment, nps_responses, nps,
               csat_responses, csat_pct, ces_responses, avg_ces
        FROM voc.v_voice_per_stage_daily WHERE day >= '{lo_day}' AND day < '{hi_day}'"""
    exact = f"""
        SELECT (toDate(occurred_at), journey_stage), count(), countIf(scored),
               round(avgIf(sentiment, scored), 3), countIf(isNotNull(nps)),
               if(countIf(isNotNull(nps)) = 0, NULL, round(100 * (countIf(nps >= 9)
                  - countIf(nps <= 6)) / countIf(isNotNull(nps)), 1)),
               countIf(isNotNull(csat)),
               if(countIf(isNotNull(csat)) = 0, NULL,
                  round(100 * countIf(csat >= 4) / countIf(isNotNull(csat)), 1)),
               countIf(isNotNull(ces)),
               if(countIf(isNotNull(ces)) = 0, NULL, round(avgIf(ces, isNotNull(ces)), 2))
        FROM voc.touchpoints FINAL
        WHERE occurred_at >= '{lo}' AND occurred_at < '{hi}' AND journey_stage != ''
        GROUP BY toDate(occurred_at), journey_stage"""
    got, want = by_key(clickhouse.query(view)[1]), by_key(clickhouse.query(exact)[1])
    assert set(got) == set(want)
    assert {key[1] for key in want} >= {"awareness", "consideration", "purchase", "support"}
    for key, expected in want.items():
        row = got[key]
        assert [row[i] for i in (0, 1, 3, 5, 7)] == [expected[i] for i in (0, 1, 3, 5, 7)], key
        for i in (2, 4, 6, 8):
            assert close(row[i], expected[i]), (key, i)


def test_irritants_per_stage_and_day(clickhouse: ClickHouseStore, window: tuple[str, str]) -> None:
    lo, hi = window
    _, view = clickhouse.query(
        "SELECT day, journey_stage, topic, negative FROM voc.v_stage_irritants_daily "
        f"WHERE day >= '{lo[:10]}' AND day < '{hi[:10]}' ORDER BY day, journey_stage, topic"
    )
    _, exact = clickhouse.query(
        "SELECT toDate(occurred_at) AS d, journey_stage, topic, count() FROM voc.touchpoints FINAL "
        "ARRAY JOIN topics AS topic WHERE scored AND sentiment_label = 'negative' "
        f"AND occurred_at >= '{lo}' AND occurred_at < '{hi}' AND journey_stage != '' "
        "GROUP BY d, journey_stage, topic ORDER BY d, journey_stage, topic"
    )
    assert view == exact and {row[1] for row in view} >= {"purchase", "usage"}


def test_counts_stay_exact_under_a_replay(
    clickhouse: ClickHouseStore, window: tuple[str, str]
) -> None:
    """Runs last: the replayed rows weigh twice in the averages (documented), never in counts."""
    lo, hi = window
    minute = f"""
        SELECT channel, uniqExactMerge(events), uniqExactIfMerge(scored_events),
               uniqExactIfMerge(csat_responses), uniqExactIfMerge(ces_high_effort)
        FROM voc.touchpoints_per_minute
        WHERE minute >= '{lo}' AND minute < '{hi}' GROUP BY channel ORDER BY channel"""
    stage = f"""
        SELECT journey_stage, sum(events), sum(scored), sum(nps_responses)
        FROM voc.v_voice_per_stage_daily WHERE day >= '{lo[:10]}' AND day < '{hi[:10]}'
        GROUP BY journey_stage ORDER BY journey_stage"""
    before = clickhouse.query(minute)[1], clickhouse.query(stage)[1]
    replay_some(clickhouse, lo, hi)
    raw = clickhouse.query(
        f"SELECT count() FROM voc.touchpoints WHERE occurred_at >= '{lo}' AND occurred_at < '{hi}'"
    )[1][0][0]
    assert raw > sum(row[1] for row in before[0])  # the replay did write rows twice
    assert (clickhouse.query(minute)[1], clickhouse.query(stage)[1]) == before
