"""The ingest gateway as its own process (``voc ingest``) against the embedded broker.

Real HTTP clients on loopback, records read back from the topics: what was
accepted is exactly what is on the topics, nothing rejected is published, bad
requests get their 4xx reasons, and a stalled broker (SIGSTOP) gives 429/503
answers while the gateway's memory stays bounded, then the flow resumes.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import os
import signal
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import aiohttp
import pytest
from kafka import KafkaConsumer

from schemas.codec import AvroCodec
from streams.ingest.bench import BENCH_KEY, gateway_process, rss_mb
from streams.settings import Settings
from streams.stages.decode import decode_touchpoint
from streams.worker.embedded import EmbeddedBroker, free_port
from tests.support.builders import touchpoint_dict

pytestmark = pytest.mark.integration

AUTH = {"Authorization": f"Bearer {BENCH_KEY}"}
HOOK_SECRETS = "discourse=disc-secret,intercom=ic-secret"


def read_back(bootstrap: str, topics: list[str], expected: int, timeout: float = 60.0) -> list[Any]:
    consumer = KafkaConsumer(
        *topics,
        bootstrap_servers=bootstrap,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        max_poll_records=5_000,
    )
    records: list[Any] = []
    deadline = time.monotonic() + timeout
    quiet_until = None
    try:
        while time.monotonic() < deadline:
            batch = [r for rs in consumer.poll(timeout_ms=500).values() for r in rs]
            records.extend(batch)
            if len(records) >= expected:
                # keep reading a little: more than expected would be a failure too
                quiet_until = quiet_until or time.monotonic() + 2.0
                if time.monotonic() > quiet_until:
                    break
    finally:
        consumer.close()
    return records


def event_ids(records: list[Any]) -> list[str]:
    now = datetime.now(UTC)
    return [decode_touchpoint(r.value, now).event_id for r in records]


def request_events(client: int, request: int, per_request: int) -> list[dict[str, Any]]:
    """100 events; every 10th request carries 3 invalid ones (ids start with 'bad-')."""
    events = []
    for i in range(per_request):
        event_id = f"c{client}-r{request}-e{i}"
        event = touchpoint_dict(
            event_id=event_id,
            channel=("email", "chat", "web", "phone")[i % 4],
            customer={"customer_id": f"cust-{(client * 7 + i) % 300}"},
            text=f"message {event_id}",
        )
        if request % 10 == 0 and i < 3:
            event |= {"event_id": f"bad-{event_id}", "scores": {"nps": 42}}
        events.append(event)
    return events


@pytest.fixture
def gateway(broker: EmbeddedBroker, unique: str) -> Iterator[tuple[int, str]]:
    prefix = f"t{unique}"
    port = free_port()
    with gateway_process(broker.bootstrap, prefix, port, 60.0, VOC_HOOK_SECRETS=HOOK_SECRETS):
        yield port, prefix


def test_concurrent_clients_accepted_equals_published(
    broker: EmbeddedBroker, gateway: tuple[int, str]
) -> None:
    port, prefix = gateway
    clients, requests, per_request = 20, 50, 100
    answers: list[tuple[int, dict[str, Any]]] = []

    async def client(session: aiohttp.ClientSession, number: int) -> None:
        for request in range(requests):
            body = json.dumps(request_events(number, request, per_request))
            async with session.post(
                f"http://127.0.0.1:{port}/v1/touchpoints", data=body, headers=AUTH
            ) as answer:
                answers.append((answer.status, await answer.json()))

    async def load() -> None:
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60)) as session:
            await asyncio.wait_for(
                asyncio.gather(*(client(session, n) for n in range(clients))), 180
            )

    started = time.monotonic()
    asyncio.run(load())
    elapsed = time.monotonic() - started
    statuses = Counter(status for status, _ in answers)
    accepted = sum(body["accepted"] for status, body in answers if status == 202)
    rejected = [r for status, body in answers if status == 202 for r in body["rejected"]]
    print(f"{clients}x{requests} requests of {per_request}: {statuses} in {elapsed:.1f} s")
    assert statuses == {202: clients * requests}
    assert accepted == clients * requests * per_request - len(rejected)
    assert len(rejected) == clients * (requests // 10) * 3
    assert {r["reason"] for r in rejected} == {"validation_error"}

    settings = Settings(topic_prefix=prefix)
    records = read_back(broker.bootstrap, settings.touchpoint_topics, accepted)
    ids = event_ids(records)
    assert len(records) == accepted  # nothing lost, nothing twice
    assert len(set(ids)) == accepted
    assert not [i for i in ids if i.startswith("bad-")]  # nothing rejected is published
    keys = {r.key for r in records}
    assert all(key.startswith(b"cust-") for key in keys)
    letters = read_back(broker.bootstrap, [settings.dlq_topic], len(rejected), timeout=30)
    codec = AvroCodec("DeadLetter")
    assert Counter(codec.decode(r.value)["reason"] for r in letters) == {
        "validation_error": len(rejected)
    }


def _post(port: int, path: str, body: bytes, headers: dict[str, str]) -> tuple[int, Any]:
    async def go() -> tuple[int, Any]:
        async with (
            aiohttp.ClientSession() as session,
            session.post(f"http://127.0.0.1:{port}{path}", data=body, headers=headers) as answer,
        ):
            return answer.status, await answer.json()

    return asyncio.run(go())


def test_bad_requests_get_reasons_and_hooks_publish_or_dead_letter(
    broker: EmbeddedBroker, gateway: tuple[int, str]
) -> None:
    port, prefix = gateway
    good = json.dumps([touchpoint_dict(event_id="ok-1")]).encode()
    cases = [
        ({"Authorization": "Bearer nope"}, good, 401, "invalid_write_key"),
        ({}, good, 401, "missing_write_key"),
        (AUTH, b'[{"event_id": ', 400, "malformed_json"),
        (AUTH, b"x" * (5 * 1024 * 1024 + 10), 413, "body_too_large"),
        (AUTH, json.dumps([{"text": "x" * 300_000}]).encode(), 413, "event_too_large"),
    ]
    for headers, body, status, reason in cases:
        got_status, got = _post(port, "/v1/touchpoints", body, headers)
        assert (got_status, got["reason"]) == (status, reason), got
    status, got = _post(port, "/v1/touchpoints", b'{"event_id": "x"}', AUTH)
    assert status == 422 and got["rejected"][0]["reason"] == "validation_error"
    assert got["accepted"] == 0

    post = {
        "id": 77,
        "username": "marie_c",
        "created_at": "2026-11-22T18:01:02Z",
        "raw": "Pricing is too high",
        "topic_title": "Pricing",
        "topic_id": 5,
        "post_number": 2,
    }
    body = json.dumps({"post": post}).encode()
    signature = "sha256=" + hmac.new(b"disc-secret", body, hashlib.sha256).hexdigest()
    hook_headers = {"X-Discourse-Event": "post_created", "X-Discourse-Event-Signature": signature}
    status, got = _post(port, "/v1/hooks/discourse", body, hook_headers)
    assert (status, got["accepted"], got["event_ids"]) == (202, 1, ["discourse:post:77"])
    forged = hook_headers | {"X-Discourse-Event-Signature": "sha256=" + "ab" * 32}
    assert _post(port, "/v1/hooks/discourse", body, forged)[1]["reason"] == "invalid_signature"
    assert _post(port, "/v1/hooks/zendesk", body, {})[1]["reason"] == "hook_not_configured"
    assert _post(port, "/v1/hooks/myspace", body, {})[0] == 404
    broken = json.dumps(
        {
            "type": "notification_event",
            "topic": "conversation.user.created",
            "data": {"item": {"type": "conversation"}},
        }
    ).encode()
    ic_signature = "sha1=" + hmac.new(b"ic-secret", broken, hashlib.sha1).hexdigest()
    status, got = _post(port, "/v1/hooks/intercom", broken, {"X-Hub-Signature": ic_signature})
    assert (status, got["reason"]) == (422, "invalid_payload")

    settings = Settings(topic_prefix=prefix)
    [community] = read_back(broker.bootstrap, [settings.touchpoint_topic("community")], 1, 20)
    assert community.key == b"handle:marie_c"
    letters = read_back(broker.bootstrap, [settings.dlq_topic], 2, timeout=20)
    decoded = [AvroCodec("DeadLetter").decode(r.value) for r in letters]
    by_origin = {d["source_topic"]: d for d in decoded}
    assert by_origin["http:/v1/hooks/intercom"]["payload"] == broken
    assert by_origin["http:/v1/touchpoints"]["reason"] == "validation_error"
    assert len(decoded) == 2  # the refused requests (key, size, JSON, forgery) left nothing


def test_stalled_broker_gives_429_or_503_with_bounded_memory_then_resumes(unique: str) -> None:
    with EmbeddedBroker() as own_broker:
        port = free_port()
        prefix = f"t{unique}"
        env = {"VOC_INGEST_MAX_PENDING": "2000", "VOC_INGEST_ACK_TIMEOUT_SECONDS": "2"}
        with gateway_process(own_broker.bootstrap, prefix, port, 60.0, **env) as gateway:
            accepted_ids: list[str] = []
            statuses: Counter[int] = Counter()
            reasons: Counter[str] = Counter()
            rss: list[float] = []

            async def client(session: aiohttp.ClientSession, number: int, until: float) -> None:
                request = 0
                while time.monotonic() < until:
                    events = request_events(100 + number, request, 100)
                    request += 1
                    async with session.post(
                        f"http://127.0.0.1:{port}/v1/touchpoints",
                        data=json.dumps(events),
                        headers=AUTH,
                    ) as answer:
                        body = await answer.json()
                    statuses[answer.status] += 1
                    if answer.status == 202:
                        rejected = {r["index"] for r in body["rejected"]}
                        accepted_ids.extend(
                            e["event_id"] for i, e in enumerate(events) if i not in rejected
                        )
                    else:
                        reasons[body["reason"]] += 1
                        assert "Retry-After" in answer.headers
                        await asyncio.sleep(0.05)

            async def sample_memory(until: float) -> None:
                while time.monotonic() < until:
                    rss.append(rss_mb(gateway.pid))
                    await asyncio.sleep(0.2)

            async def phase(seconds: float) -> None:
                until = time.monotonic() + seconds
                timeout = aiohttp.ClientTimeout(total=30)
                async with aiohttp.ClientSession(timeout=timeout) as session:
                    await asyncio.gather(
                        sample_memory(until), *(client(session, n, until) for n in range(20))
                    )

            asyncio.run(phase(3.0))  # healthy
            before = max(rss)
            healthy = statuses[202]
            assert healthy > 0 and set(statuses) == {202}
            broker_pid = own_broker._process.pid  # type: ignore[union-attr]
            os.kill(broker_pid, signal.SIGSTOP)
            try:
                statuses.clear()
                asyncio.run(phase(8.0))  # stalled
                stalled = dict(statuses)
            finally:
                os.kill(broker_pid, signal.SIGCONT)
            peak = max(rss)
            print(f"stalled: {stalled} {dict(reasons)}; RSS {before:.0f} MB -> peak {peak:.0f} MB")
            assert stalled.get(429, 0) > 0 and stalled.get(503, 0) > 0
            assert set(stalled) <= {202, 429, 503}
            assert peak < before + 60  # bounded: ~2000 pending events, not 8 s of load

            statuses.clear()
            deadline = time.monotonic() + 60
            while statuses[202] == 0 and time.monotonic() < deadline:
                asyncio.run(phase(2.0))  # resumes once the broker answers again
            assert statuses[202] > 0

        settings = Settings(topic_prefix=prefix)
        records = read_back(own_broker.bootstrap, settings.touchpoint_topics, len(accepted_ids))
        published = set(event_ids(records))
        assert set(accepted_ids) <= published  # everything answered 202 is on the topics
        assert not [i for i in published if i.startswith("bad-")]


def test_with_a_schema_registry_the_gateway_writes_the_confluent_format(
    broker: EmbeddedBroker, unique: str
) -> None:
    """In process, so the test and the gateway share confluent-kafka's mock:// registry."""
    from aiohttp import web

    from schemas.registry import ConfluentCodec, registry_client
    from streams.ingest.app import Gateway
    from streams.ingest.producer import IngestProducer
    from streams.topics import ensure_topics

    settings = Settings(topic_prefix=f"t{unique}", partitions=2, ingest_keys=BENCH_KEY)
    codec = ConfluentCodec(registry_client(f"mock://{unique}"), "Touchpoint")
    ensure_topics(broker.bootstrap, settings)
    port = free_port()
    events = [touchpoint_dict(event_id=f"reg-{i}") for i in range(5)]

    async def scenario() -> tuple[int, Any]:
        producer = IngestProducer(broker.bootstrap, 1_000, 10.0)
        await producer.start()
        runner = web.AppRunner(Gateway(settings, producer, registry=codec).make_app())
        await runner.setup()
        try:
            await web.TCPSite(runner, "127.0.0.1", port).start()
            async with (
                aiohttp.ClientSession() as session,
                session.post(
                    f"http://127.0.0.1:{port}/v1/touchpoints", json=events, headers=AUTH
                ) as answer,
            ):
                return answer.status, await answer.json()
        finally:
            await runner.cleanup()
            await producer.stop()

    status, body = asyncio.run(scenario())
    assert (status, body["accepted"]) == (202, 5)
    records = read_back(broker.bootstrap, [settings.touchpoint_topic("email")], 5, timeout=20)
    assert len(records) == 5 and all(r.value[:1] == b"\x00" for r in records)
    now = datetime.now(UTC)
    decoded = {decode_touchpoint(r.value, now, registry=codec.decode).event_id for r in records}
    assert decoded == {f"reg-{i}" for i in range(5)}
