"""``voc reprocess``: stored touchpoints through new models, on the embedded broker and
chDB (issue 18). Raw records are published as upstream would; the store holds what
the workers wrote earlier (old models); one touchpoint was erased since."""

from __future__ import annotations

import json
import random
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from kafka import KafkaConsumer, TopicPartition

from schemas.models import Touchpoint
from sinks.clickhouse.store import ClickHouseStore
from sinks.clickhouse.tables import TOUCHPOINT_COLUMNS, touchpoint_row
from streams.stages.enrich import Enricher
from streams.stages.journey import DEFAULT_JOURNEY_FILE
from streams.tools.publisher import Publisher
from streams.tools.reprocess import as_datetime, reprocess
from streams.topics import ensure_topics
from streams.worker.embedded import EmbeddedBroker
from tests.integration.harness import settings_for
from tests.support.builders import touchpoint_dict

pytestmark = pytest.mark.integration

LATE = "Ma commande n'est jamais arrivée, c'est inadmissible."


def test_reprocess_rewrites_stored_touchpoints_since_a_date(
    broker: EmbeddedBroker, clickhouse: ClickHouseStore, unique: str, tmp_path: Path
) -> None:
    settings = settings_for(unique, tmp_path)
    ensure_topics(broker.bootstrap, settings)
    day = f"2024-{random.randint(1, 12):02d}-{random.randint(1, 28):02d}"
    customer = {"customer_id": f"{unique}-c", "email": f"{unique}@example.com"}
    events = [
        touchpoint_dict(event_id=f"{unique}-{n}", occurred_at=f"{day}T1{n}:00:00Z",
                        customer=customer, text=LATE, subject=None, attributes={})
        for n in range(5)
    ]  # fmt: skip
    old = Enricher()
    stored = old.enrich(
        [Touchpoint.model_validate(e) for e in events], ["x"] * 5, datetime.now(UTC)
    )
    # the workers stored them under the canonical key; event 4 was erased since
    clickhouse.insert(
        "touchpoints",
        TOUCHPOINT_COLUMNS,
        [touchpoint_row(item, f"{unique}-canonical") for item in stored[:4]],
    )
    lines = [(n, json.dumps(e).encode()) for n, e in enumerate(events)]
    with Publisher(broker.bootstrap, settings) as publisher:
        publisher.publish_lines(lines[:2], "before.jsonl")
        time.sleep(1.5)
        since = datetime.now(UTC)
        time.sleep(0.5)
        publisher.publish_lines(lines[2:], "after.jsonl")

    rules = tmp_path / "journey.toml"
    text = DEFAULT_JOURNEY_FILE.read_text(encoding="utf-8")
    first = text.index("[[rule]]")
    rules.write_text(
        text[:first] + '[[rule]]\nstage = "renewal"\ntopics = ["delivery"]\n\n' + text[first:]
    )
    new = Enricher(journey_path=rules)
    assert new.model_version != old.model_version
    report = reprocess(clickhouse, broker.bootstrap, settings, since, enricher=new, emit=print)

    assert (report.read, report.rewritten, report.not_stored, report.rejected) == (3, 2, 1, 0)
    _, rows = clickhouse.query(
        "SELECT event_id, customer_id, model_version, journey_stage FROM voc.touchpoints FINAL "
        f"WHERE event_id LIKE '{unique}-%' ORDER BY event_id"
    )
    got = {r[0]: r[1:] for r in rows}
    assert set(got) == {f"{unique}-{n}" for n in range(4)}  # the erased one stays erased
    for n in (0, 1):  # published before --since: as they were
        assert got[f"{unique}-{n}"] == (f"{unique}-canonical", old.model_version, "purchase")
    for n in (2, 3):  # identity kept, new models
        assert got[f"{unique}-{n}"] == (f"{unique}-canonical", new.model_version, "renewal")

    # the stage rollup counts each touchpoint once, under its stage now
    _, per_stage = clickhouse.query(
        "SELECT journey_stage, uniqExactMerge(events) FROM voc.touchpoints_per_stage_day "
        f"WHERE day = '{day}' GROUP BY journey_stage ORDER BY journey_stage"
    )
    _, exact = clickhouse.query(
        "SELECT journey_stage, count() FROM voc.touchpoints FINAL "
        f"WHERE toDate(occurred_at) = '{day}' AND journey_stage != '' "
        "GROUP BY journey_stage ORDER BY journey_stage"
    )
    assert per_stage == exact and dict(exact)["renewal"] >= 2
    _, minutes = clickhouse.query(
        "SELECT uniqExactMerge(events), uniqExactIfMerge(scored_events) "
        f"FROM voc.touchpoints_per_minute WHERE toDate(minute) = '{day}'"
    )
    assert (
        minutes
        == clickhouse.query(
            "SELECT count(), countIf(scored) FROM voc.touchpoints FINAL "
            f"WHERE toDate(occurred_at) = '{day}'"
        )[1]
    )
    assert report.rebuilt_days == 1

    # no alert, and the new group's offsets are committed (the workers' are untouched)
    _, alerts = clickhouse.query(
        f"SELECT count() FROM voc.alerts FINAL WHERE customer_id = '{unique}-canonical'"
    )
    assert alerts[0][0] == 0
    consumer = KafkaConsumer(bootstrap_servers=broker.bootstrap, group_id=report.group)
    try:
        topic = settings.touchpoint_topic("email")
        committed = [consumer.committed(TopicPartition(topic, p)) for p in range(2)]
        assert sum(c or 0 for c in committed) == 5
    finally:
        consumer.close()


def test_since_takes_a_date_or_a_time_and_refuses_the_rest() -> None:
    assert as_datetime("2026-11-01") == datetime(2026, 11, 1, tzinfo=UTC)
    assert as_datetime("2026-11-01T10:00:00Z") == datetime(2026, 11, 1, 10, tzinfo=UTC)
    with pytest.raises(ValueError, match="not a date"):
        as_datetime("last tuesday")
