"""A touchpoint published with kafka-python ends up as a ClickHouse row and an alert;
bad input ends up in the dead-letter topic with its reason, and the worker goes on."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from kafka import KafkaProducer

from schemas.codec import AvroCodec
from schemas.models import Alert, DeadLetter
from sinks.clickhouse import ClickHouseStore
from streams.embedded import EmbeddedBroker
from streams.publisher import Publisher
from tests.integration.harness import consume_all, run_worker, settings_for, wait_for
from tests.support.builders import touchpoint_dict

pytestmark = pytest.mark.integration


def lines(unique: str, count: int) -> list[tuple[int, bytes]]:
    channels = ["email", "phone", "web", "community", "social", "chat", "survey", "in_person"]
    out = []
    for i in range(count):
        data = touchpoint_dict(
            event_id=f"{unique}-{i}",
            channel=channels[i % len(channels)],
            customer={"customer_id": f"{unique}-c{i % 7}", "account_id": f"{unique}-acme"},
            text="Je suis très déçu, ma commande n'est jamais arrivée" if i % 2 else "Merci !",
            scores={"nps": 2} if i == 5 else {},
        )
        out.append((i + 1, json.dumps(data).encode()))
    return out


def test_touchpoints_flow_to_clickhouse_alerts_and_dead_letters(
    broker: EmbeddedBroker, clickhouse: ClickHouseStore, unique: str, tmp_path: Path
) -> None:
    settings = settings_for(unique, tmp_path)

    async def scenario() -> None:
        running = await run_worker(settings, clickhouse, broker.bootstrap)
        try:
            with Publisher(broker.bootstrap, settings) as publisher:
                report = publisher.publish_lines(lines(unique, 40), "test.jsonl")
            assert report.sent == 40
            raw = KafkaProducer(bootstrap_servers=broker.bootstrap)
            raw.send(settings.touchpoint_topic("email"), value=b"\x00\x01 not avro", key=b"k")
            raw.send(settings.touchpoint_topic("chat"), value=b'{"event_id": "x"}')
            raw.flush()
            raw.close()
            metrics = running.pipeline.metrics
            await wait_for(lambda: metrics.touchpoints_stored >= 40)
            await wait_for(lambda: sum(metrics.dead_letters.values()) >= 2)
        finally:
            await running.stop()

    asyncio.run(scenario())

    _, rows = clickhouse.query(
        f"SELECT count(), uniqExact(channel), countIf(language = 'fr') "
        f"FROM voc.touchpoints FINAL WHERE event_id LIKE '{unique}-%'"
    )
    assert rows[0][0] == 40 and rows[0][1] == 8 and rows[0][2] >= 15
    _, customers = clickhouse.query(
        f"SELECT sum(contact_count), count() FROM voc.customers FINAL "
        f"WHERE customer_id LIKE '{unique}-%'"
    )
    assert customers[0] == (40, 7)
    _, alerts = clickhouse.query(
        f"SELECT rule, evidence FROM voc.alerts FINAL "
        f"WHERE customer_id LIKE '{unique}-%' AND rule = 'detractor'"
    )
    assert alerts == [("detractor", [f"{unique}-5"])]
    _, counts = clickhouse.query(
        f"SELECT count() FROM voc.alerts FINAL WHERE customer_id LIKE '{unique}-%' "
        f"OR account_id = '{unique}-acme'"
    )
    records = consume_all(broker.bootstrap, settings.alerts_topic, expected=counts[0][0])
    published = [Alert.model_validate(AvroCodec("Alert").decode(r.value)) for r in records]
    assert len(published) == counts[0][0]
    detractors = [a for a in published if a.rule == "detractor"]
    assert [a.evidence for a in detractors] == [[f"{unique}-5"]]

    letters = consume_all(broker.bootstrap, settings.dlq_topic, expected=2)
    decoded = [DeadLetter.model_validate(AvroCodec("DeadLetter").decode(r.value)) for r in letters]
    by_reason = {letter.reason: letter for letter in decoded}
    assert set(by_reason) == {"not_avro", "validation_error"}
    assert by_reason["not_avro"].payload == b"\x00\x01 not avro"
    assert by_reason["not_avro"].source_topic == settings.touchpoint_topic("email")
    assert by_reason["not_avro"].source_key == b"k"
    assert "customer" in by_reason["validation_error"].detail
