"""A touchpoint published with kafka-python ends up as a ClickHouse row and an alert;
bad input ends up in the dead-letter topic with its reason, and the worker goes on."""

from __future__ import annotations

import asyncio
import json
import random
from collections import Counter
from pathlib import Path

import pytest
from kafka import KafkaProducer

from schemas.codec import AvroCodec
from schemas.models import Alert, DeadLetter, Touchpoint
from sinks.clickhouse.store import ClickHouseStore
from streams.stages.decode import MAX_DEAD_LETTER_PAYLOAD, encode_touchpoint
from streams.tools.publisher import Publisher
from streams.worker.embedded import EmbeddedBroker
from tests.integration.harness import consume_all, run_worker, settings_for, wait_for
from tests.support.builders import NOW, touchpoint_dict

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
            raw.send(settings.touchpoint_topic("email"), value=b"\x07\x01 not avro", key=b"k")
            raw.send(settings.touchpoint_topic("chat"), value=b'{"event_id": "x"}')
            raw.flush()
            raw.close()
            metrics = running.pipeline.metrics
            await wait_for(lambda: metrics.touchpoints_stored >= 40)
            await wait_for(lambda: sum(metrics.dead_letters.values()) >= 2)
            assert await running.settled()
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
    assert by_reason["not_avro"].payload == b"\x07\x01 not avro"
    assert by_reason["not_avro"].source_topic == settings.touchpoint_topic("email")
    assert by_reason["not_avro"].source_key == b"k"
    assert "customer" in by_reason["validation_error"].detail


def bad_payloads(unique: str) -> list[bytes]:
    """One of every kind of bad input the worker must set aside (issue 6)."""
    rng = random.Random(7)
    valid = encode_touchpoint(Touchpoint.model_validate(touchpoint_dict(event_id=f"{unique}-x")))
    wrong_schema = AvroCodec("DeadLetter").encode(
        {"reason": "r", "detail": "d", "source_topic": "t", "source_partition": 0,
         "source_offset": 0, "source_key": None, "payload": b"", "failed_at": NOW}
    )  # fmt: skip
    payloads = [bytes(rng.getrandbits(8) for _ in range(rng.randint(1, 300))) for _ in range(20)]
    payloads += [valid[:25], valid[:-3], wrong_schema, b'{"event_id": "\xff\xfe"}']
    for overrides in (
        {"scores": {"nps": 42}},
        {"channel": 7},
        {"customer": {}},
        {"occurred_at": "1901-01-01T00:00:00Z"},
        {"occurred_at": "2999-01-01T00:00:00Z"},
        {"text": "x" * 1_000_000},  # over the record size limit: too_large
        {"text": "x" * 100_000},  # under it, but a text too long to analyse
    ):
        payloads.append(json.dumps(touchpoint_dict(event_id=f"{unique}-bad", **overrides)).encode())
    return payloads


def test_bad_input_is_set_aside_with_reasons_and_the_worker_goes_on(
    broker: EmbeddedBroker, clickhouse: ClickHouseStore, unique: str, tmp_path: Path
) -> None:
    settings = settings_for(unique, tmp_path)
    bad = bad_payloads(unique)
    good = lines(unique, 30)

    async def scenario() -> None:
        running = await run_worker(settings, clickhouse, broker.bootstrap)
        try:
            raw = KafkaProducer(bootstrap_servers=broker.bootstrap, max_request_size=4_000_000)
            for i, payload in enumerate(bad):
                raw.send(settings.touchpoint_topic("email"), value=payload, key=b"k%d" % i)
            raw.flush()
            raw.close()
            with Publisher(broker.bootstrap, settings) as publisher:
                publisher.publish_lines(good, "good.jsonl")
            metrics = running.pipeline.metrics
            await wait_for(lambda: sum(metrics.dead_letters.values()) >= len(bad))
            await wait_for(lambda: metrics.touchpoints_stored >= len(good))
            assert await running.settled()
            assert sum(metrics.dead_letters.values()) == len(bad)
        finally:
            await running.stop()

    asyncio.run(scenario())
    letters = consume_all(broker.bootstrap, settings.dlq_topic, expected=len(bad))
    decoded = [DeadLetter.model_validate(AvroCodec("DeadLetter").decode(r.value)) for r in letters]
    kept = sorted(letter.payload for letter in decoded)
    assert kept == sorted(p[:MAX_DEAD_LETTER_PAYLOAD] for p in bad)  # byte for byte, huge ones cut
    [cut] = [letter for letter in decoded if len(letter.payload) == MAX_DEAD_LETTER_PAYLOAD]
    assert cut.reason == "too_large" and "payload cut" in cut.detail
    reasons = {letter.reason for letter in decoded}
    by_reason = Counter(letter.reason for letter in decoded)
    print(f"[bad input] published={len(bad)} bad + {len(good)} good; DLQ by reason: {by_reason}")
    assert {"not_avro", "avro_decode_error", "wrong_schema", "invalid_utf8"} <= reasons
    assert {"validation_error", "out_of_range_time", "text_too_long", "too_large"} <= reasons
    _, rows = clickhouse.query(
        f"SELECT count() FROM voc.touchpoints FINAL WHERE event_id LIKE '{unique}-%'"
    )
    assert rows == [(len(good),)]
