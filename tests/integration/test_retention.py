"""Retention (issue 13.2) on the real chDB and broker: the TTLs the configuration
sets are on the tables and remove old rows; topics are created with theirs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from kafka import KafkaAdminClient

from sinks.clickhouse.retention import apply_retention, current_ttls
from sinks.clickhouse.store import ClickHouseStore
from sinks.clickhouse.tables import DEAD_LETTER_COLUMNS
from streams.settings import Settings
from streams.topics import ensure_topics, topic_specs
from streams.worker.embedded import EmbeddedBroker
from tests.integration.harness import settings_for

pytestmark = pytest.mark.integration


def test_ttls_follow_the_configuration_and_expire_rows(
    clickhouse: ClickHouseStore, unique: str, tmp_path: Path
) -> None:
    defaults = Settings(data_dir=tmp_path).retention_days
    try:
        short = {**defaults, "dead_letters": 2, "alert_feedback": 0}
        apply_retention(clickhouse, short)
        ttls = current_ttls(clickhouse)
        assert ttls["dead_letters"] == 2 and "alert_feedback" not in ttls
        assert ttls["touchpoints"] == defaults["touchpoints"]
        assert apply_retention(clickhouse, short) == [], "unchanged: nothing rewritten"
        now = datetime.now(UTC)
        topic = f"file:{unique}"
        rows = [
            (topic, 0, 1, "validation_error", "old", now - timedelta(days=3), 3, "old"),
            (topic, 0, 2, "validation_error", "new", now - timedelta(hours=1), 3, "new"),
        ]
        clickhouse.insert("dead_letters", DEAD_LETTER_COLUMNS, rows)
        clickhouse.command("OPTIMIZE TABLE voc.dead_letters FINAL")
        _, kept = clickhouse.query(
            f"SELECT detail FROM voc.dead_letters WHERE source_topic = '{topic}'"
        )
        assert kept == [("new",)]
    finally:
        apply_retention(clickhouse, defaults)
    assert current_ttls(clickhouse)["dead_letters"] == defaults["dead_letters"]


def test_topics_are_created_with_their_retention(
    broker: EmbeddedBroker, unique: str, tmp_path: Path
) -> None:
    """Creating the topics with ``retention.ms`` works on the real broker (the embedded
    one does not report topic configs back: tests/unit/test_privacy.py checks them)."""
    settings = settings_for(unique, tmp_path, raw_topic_retention_hours=12)
    ensure_topics(broker.bootstrap, settings)
    admin = KafkaAdminClient(bootstrap_servers=broker.bootstrap)
    try:
        existing = set(admin.list_topics())
    finally:
        admin.close()
    assert set(topic_specs(settings)) <= existing
    assert settings.erasure_topic in existing
