"""Prometheus ``/metrics``, ``/livez`` and ``/readyz`` on a real worker (issue 14, points 4-5).

The exposition is parsed by ``prometheus-client``'s own parser while the worker
runs on the session's embedded broker and chDB; the values are checked against
what was published and what the store holds.
"""

from __future__ import annotations

import asyncio
import json
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from kafka import KafkaProducer
from prometheus_client.parser import text_string_to_metric_families

from sinks.clickhouse.store import ClickHouseStore
from streams.tools.publisher import Publisher
from streams.worker.app import Pipeline
from streams.worker.embedded import EmbeddedBroker, free_port
from streams.worker.holder import try_lock
from streams.worker.runtime import start_worker
from tests.integration.harness import run_worker, settings_for, wait_for
from tests.integration.test_pipeline import lines

pytestmark = pytest.mark.integration


def get(port: int, path: str) -> tuple[int, str, str]:
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers["Content-Type"], response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers["Content-Type"], exc.read().decode()


def samples(text: str) -> dict[str, list[tuple[dict[str, str], float]]]:
    """Every sample by its name, as parsed by prometheus-client."""
    out: dict[str, list[tuple[dict[str, str], float]]] = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            out.setdefault(sample.name, []).append((dict(sample.labels), sample.value))
    return out


def test_prometheus_exposition_and_probes_during_a_run(
    broker: EmbeddedBroker, clickhouse: ClickHouseStore, unique: str, tmp_path: Path
) -> None:
    settings = settings_for(unique, tmp_path, web_port=free_port())
    port = settings.web_port
    scraped: dict[str, Any] = {}

    async def scenario() -> None:
        running = await run_worker(settings, clickhouse, broker.bootstrap)
        try:
            status, _, body = await asyncio.to_thread(get, port, "/livez")
            assert status == 200 and json.loads(body)["live"] is True

            async def ready() -> bool:
                code, _, text = await asyncio.to_thread(get, port, "/readyz")
                scraped["ready"] = (code, json.loads(text))
                return code == 200

            deadline = asyncio.get_running_loop().time() + 60
            while not await ready():
                assert asyncio.get_running_loop().time() < deadline, scraped["ready"]
                await asyncio.sleep(0.3)
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
            scraped["metrics"] = await asyncio.to_thread(get, port, "/metrics")
            scraped["json"] = await asyncio.to_thread(get, port, "/metrics/json")
            scraped["alerts"] = dict(metrics.alerts_by_severity)
        finally:
            await running.stop()

    asyncio.run(scenario())

    code, body = scraped["ready"]
    assert code == 200 and body["ready"] is True, body
    assert body["checks"]["partitions_assigned"] > 0 and body["checks"]["tables_recovered"]
    assert body["checks"]["store"] == "reachable"

    status, content_type, text = scraped["metrics"]
    assert status == 200 and content_type.startswith("text/plain"), content_type
    found = samples(text)
    names = set(found)
    assert all(name.startswith("voc_") for name in names), sorted(names)
    # Prometheus naming: counters end in _total; units are seconds and bytes.
    for family in text_string_to_metric_families(text):
        if family.type == "counter":
            assert f"{family.name}_total" in names, family.name
    events = {labels["channel"]: value for labels, value in found["voc_events_in_total"]}
    assert set(events) >= {"email", "phone", "web", "community", "social", "chat", "survey"}
    # 5 per channel from the publisher; email and chat also read one bad record each
    assert events["email"] == 6 and events["chat"] == 6 and events["phone"] == 5, events
    letters = {labels["reason"]: value for labels, value in found["voc_dead_letters_total"]}
    assert sum(letters.values()) == 2 and "not_avro" in letters, letters
    alerts = {
        (labels["rule"], labels["severity"]): value for labels, value in found["voc_alerts_total"]
    }
    assert alerts == {key: float(n) for key, n in scraped["alerts"].items()} and alerts
    _, rows = clickhouse.query(
        "SELECT rule, severity, count() FROM voc.alerts FINAL "
        f"WHERE customer_id LIKE '{unique}-%' OR account_id LIKE '{unique}-%' "
        "GROUP BY rule, severity"
    )
    assert {(r, s): float(n) for r, s, n in rows}.items() <= alerts.items(), (rows, alerts)
    lag = found["voc_consumer_lag"]
    assert lag and all(set(labels) == {"group", "topic", "partition"} for labels, _ in lag)
    worker = [(labels, value) for labels, value in lag if labels["group"] == "worker"]
    store = [(labels, value) for labels, value in lag if labels["group"] == "store"]
    assert {labels["topic"] for labels, _ in worker} >= set(settings.touchpoint_topics)
    assert {labels["topic"] for labels, _ in store} >= {settings.enriched_topic, settings.dlq_topic}
    # all read: nothing behind on the source topics nor in the store writer
    assert sum(value for labels, value in worker if "touchpoints" in labels["topic"]) == 0
    assert sum(value for _, value in store) == 0, store
    assert found["voc_store_latency_seconds_count"][0][1] >= 40
    assert 0 < found["voc_store_latency_seconds_sum"][0][1] < 40 * 60
    assert found["voc_store_pending_rows"][0][1] == 0
    assert found["voc_store_touchpoints_written_total"][0][1] == 40
    outcomes = {labels["outcome"] for labels, _ in found["voc_alert_deliveries_total"]}
    assert outcomes == {"delivered", "dead_lettered"}
    assert found["voc_process_resident_memory_bytes"][0][1] > 10_000_000
    # no label carries a customer: the test's customer ids appear nowhere
    values = {
        value for series in found.values() for labels, _ in series for value in labels.values()
    }
    assert not {value for value in values if value.startswith(f"{unique}-c")}, values
    # the JSON that voc bench reads moved to /metrics/json
    status, content_type, payload = scraped["json"]
    report = json.loads(payload)
    assert status == 200 and report["touchpoints_stored"] == 40
    # Every touchpoint waited on its channel topic and passed the sequencer, which
    # held each for event-time order (it says how long) before the customer stage.
    assert report["sequencer_hold_ms"]["samples"] == 40, report["sequencer_hold_ms"]
    hops = report["hop_ms"]
    assert hops[settings.sequencer_topic]["samples"] >= 40, hops
    assert (
        sum(hops[topic]["samples"] for topic in settings.touchpoint_topics if topic in hops) >= 40
    )


def test_readyz_is_503_while_the_store_is_held_elsewhere(
    broker: EmbeddedBroker, unique: str, tmp_path: Path
) -> None:
    """A worker of a data directory whose embedded store no live worker holds is not ready."""
    settings = settings_for(unique, tmp_path, web_port=free_port())
    lock = try_lock(settings.data_dir / "store.lock")  # as another process would hold it
    assert lock is not None
    answer: dict[str, Any] = {}

    async def scenario() -> None:
        running = await start_worker(Pipeline(settings=settings), broker.bootstrap)
        try:
            await wait_for(lambda: bool(running.app.consumer.assignment()), timeout=60)
            code, _, text = await asyncio.to_thread(get, settings.web_port, "/readyz")
            answer.update(code=code, body=json.loads(text))
            code, _, _ = await asyncio.to_thread(get, settings.web_port, "/livez")
            answer["live"] = code
        finally:
            await running.stop()

    try:
        asyncio.run(scenario())
    finally:
        lock.close()
    assert answer["code"] == 503 and answer["live"] == 200, answer
    assert answer["body"]["ready"] is False
    assert answer["body"]["checks"]["store"] == "no worker holds the embedded store yet"
