"""Pure parts of issue 13 besides the topology: topic retention, the store
writer's erasure filter and text matching, dead-letter previews, the report."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

from sinks.clickhouse.erasure import ErasureFilter, names_any, q, raw_values
from sinks.clickhouse.tables import (
    ALERT_COLUMNS,
    CUSTOMER_COLUMNS,
    DEAD_LETTER_COLUMNS,
    TOUCHPOINT_COLUMNS,
)
from streams.settings import Settings
from streams.stages.erasure import ErasureRequest
from streams.text.redaction import redact_preview
from streams.tools.forget import report
from streams.topics import HOUR_MS, topic_specs
from tests.support.builders import NOW


def test_raw_topics_keep_less_than_the_others(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, raw_topic_retention_hours=24, partitions=3)
    specs = topic_specs(settings)
    raw = [*settings.touchpoint_topics, settings.dlq_topic, settings.erasure_topic]
    for name in raw:
        assert specs[name][1]["retention.ms"] == str(24 * HOUR_MS), name
    kept = [settings.enriched_topic, settings.alerts_topic, settings.rows_topic]
    for name in [*kept, settings.sequencer_topic, settings.accounts_topic]:
        assert specs[name][1]["retention.ms"] == str(168 * HOUR_MS), name
    assert specs[settings.sequencer_topic][0] == 1 and specs[settings.erasure_topic][0] == 1
    assert specs[settings.enriched_topic][0] == 3
    assert settings.retention_days["dead_letters"] == 30
    assert settings.retention_days["touchpoints"] == settings.retention_days["alerts"] == 365


def test_names_match_whole_tokens_only() -> None:
    assert names_any('contact "c-1 (buyer)": unhappy', ["c-1"])
    assert not names_any("contact c-10 (buyer)", ["c-1"])
    assert names_any("write to ann@example.com.", ["ann@example.com"])
    assert not names_any("write to joann@example.com", ["ann@example.com"])
    assert raw_values(["c-1", "email:a@b.c"], ["id:c-1", "phone:+336"]) == [
        "+336",
        "a@b.c",
        "c-1",
    ]
    assert q([]) == "CAST([] AS Array(String))" and q(["it's"]) == "['it\\'s']"


def row(columns: tuple[str, ...], **values: Any) -> tuple[Any, ...]:
    return tuple(values.get(c) for c in columns)


def test_the_writer_drops_rows_made_before_the_erasure_only() -> None:
    erased = ErasureFilter(seconds=60)
    assert not erased.active(now=0.0)
    erased.add(["c-ann", "email:ann@example.com"], NOW, NOW - timedelta(seconds=5), now=0.0)
    assert erased.active(now=1.0)
    before, after = NOW - timedelta(seconds=1), NOW + timedelta(seconds=1)
    assert erased.drops(
        "alerts", ALERT_COLUMNS, row(ALERT_COLUMNS, customer_id="c-ann", emitted_at=before)
    )
    assert not erased.drops(
        "alerts", ALERT_COLUMNS, row(ALERT_COLUMNS, customer_id="c-ann", emitted_at=after)
    )
    assert not erased.drops(
        "alerts", ALERT_COLUMNS, row(ALERT_COLUMNS, customer_id="c-bob", emitted_at=before)
    )
    customer = row(CUSTOMER_COLUMNS, customer_id="email:ann@example.com", updated_at=before)
    assert erased.drops("customers", CUSTOMER_COLUMNS, customer)
    # touchpoints count from the request, by their publish time when known
    touchpoint = row(TOUCHPOINT_COLUMNS, customer_id="c-ann", ingested_at=before)
    assert erased.drops(
        "touchpoints", TOUCHPOINT_COLUMNS, touchpoint, published=NOW.timestamp() - 6
    )
    assert not erased.drops(
        "touchpoints", TOUCHPOINT_COLUMNS, touchpoint, published=NOW.timestamp() - 4
    )
    state = json.dumps({"c-ann": {"role": "buyer"}, "c-bob": {}})
    account = ("acme", before, 3, 50.0, 2, 1, 1.0, False, [], None, state)
    assert erased.drops("accounts", ("account_id", "updated_at", "version", "health", "contacts",
                                     "unhappy_contacts", "unhappy_weight", "at_risk", "unhappy",
                                     "last_seen", "contact_state"), account)  # fmt: skip
    letter = row(DEAD_LETTER_COLUMNS, payload_preview='{"customer_id": "c-ann"}', failed_at=before)
    assert erased.drops("dead_letters", DEAD_LETTER_COLUMNS, letter)
    other = row(DEAD_LETTER_COLUMNS, payload_preview='{"customer_id": "c-anne"}', failed_at=before)
    assert not erased.drops("dead_letters", DEAD_LETTER_COLUMNS, other)
    assert not erased.active(now=61.0), "it forgets the keys after a while"
    assert erased.dropped == 5


def test_dead_letter_previews_are_redacted_through_json_escapes() -> None:
    line = {
        "event_id": "e-1",
        "text": "Merci d'avance.\nCordialement,\nH\u00e9l\u00e8ne Quennec",
        "attributes": {
            "contact_email": "helene@example.fr",
            "plan": "pro",
            "note": "tel 0612345678",
        },
        "scores": {"nps": 42},
    }
    preview = redact_preview(json.dumps(line).encode())
    assert "Quennec" not in preview and "helene@" not in preview and "0612345678" not in preview
    assert '"plan": "pro"' in preview and "[NAME]" in preview
    cut = redact_preview(b'{"text": "cut short... Cordialement,\\nJean Quennec\\n06 12 34 56 78')
    assert "Quennec" not in cut and "[PHONE]" in cut


def test_forget_prints_every_table_and_the_hash_never_the_subject() -> None:
    request = ErasureRequest.new("email:ann@example.com", NOW)
    text = report(request, {"touchpoints": 3, "customers": 1}, "on the store")
    assert "ann@example.com" not in text
    assert (
        "touchpoints       3" in text
        and "dead_letters      0" in text
        and "total             4" in text
    )
