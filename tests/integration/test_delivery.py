"""Alert delivery end to end: voc.alerts on the embedded broker -> a local receiver,
with the delivery log and feedback in chDB. The receiver is down at first, fails
mid-retry while the worker "crashes", and the delivery DLQ is replayed."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, cast

import aiohttp
import faust
import pytest
from kafka import KafkaProducer

from schemas.codec import AvroCodec
from schemas.models import Alert
from sinks.clickhouse.store import ClickHouseStore
from sinks.delivery.links import feedback_token
from sinks.delivery.webhook import signed_headers, verify_signature
from streams.settings import Settings
from streams.tools.publisher import Publisher, ensure_topics
from streams.worker.app import Pipeline, create_app
from streams.worker.delivery import (
    delivery_dlq_topic,
    delivery_state,
    ensure_delivery_topics,
    register_delivery,
    replay_delivery_dlq,
)
from streams.worker.embedded import EmbeddedBroker, free_port
from streams.worker.holder import StoreHolder
from streams.worker.kafka import new_faust_app
from streams.worker.records import Outbox
from streams.worker.runtime import RunningWorker
from tests.integration.harness import consume_all, wait_for
from tests.integration.harness import settings_for as harness_settings
from tests.support.builders import touchpoint_dict
from tests.support.receiver import Receiver

pytestmark = pytest.mark.integration
SECRET = "integration-secret"
CODEC = AvroCodec("Alert")


def alerts(unique: str, first: int, count: int) -> list[Alert]:
    at = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    return [
        Alert(
            alert_id=f"{unique}-a{i}",
            rule="detractor" if i % 2 else "churn_intent",
            severity="critical",  # type: ignore[arg-type]
            customer_id=f"{unique}-c{i}",
            account_id="acme",
            created_at=at + timedelta(minutes=i),
            explanation=f"Customer {unique}-c{i} is unhappy.",
            evidence=[f"{unique}-e{i}"],
            dedup_key=f"k{i}",
            details={"churn_risk": "70"},
            emitted_at=at,
        )
        for i in range(first, first + count)
    ]


def publish(bootstrap: str, topic: str, items: list[Alert]) -> None:
    producer = KafkaProducer(bootstrap_servers=bootstrap)
    for item in items:
        producer.send(topic, key=item.dedup_key.encode(), value=CODEC.encode(item.to_record()))
    producer.flush()
    producer.close()


class DeliveryWorker:
    """A Faust app with only the delivery agent, started like streams.worker.runtime does."""

    def __init__(self, settings: Settings, store: ClickHouseStore, bootstrap: str) -> None:
        self.pipeline = Pipeline(settings=settings, store=store, enricher=cast(Any, object()))
        self.app = new_faust_app(settings, bootstrap, store="memory://", broker_commit_interval=0.5)
        alerts_topic = self.app.topic(
            settings.alerts_topic,
            key_serializer="raw",
            value_serializer="raw",
        )
        register_delivery(self.app, self.pipeline, alerts_topic)
        # Delivery rows go to the rows topic; the store writer puts them in ClickHouse.
        self.pipeline.outbox = Outbox(self.app, settings, self.pipeline.metrics)
        self.holder = StoreHolder(self.pipeline, bootstrap)
        self.worker: faust.Worker | None = None

    async def start(self) -> None:
        await self.holder.start()
        self.worker = faust.Worker(
            self.app,
            loop=asyncio.get_running_loop(),
            loglevel="WARNING",
            quiet=True,
            redirect_stdouts=False,
            daemon=False,
        )
        self.worker.spinner = None  # it writes to pytest's closed stdout at exit
        await self.worker.start()

    async def stop(self) -> None:
        assert self.worker is not None
        await self.worker.stop()
        await self.holder.stop()
        self.pipeline.executor.shutdown(wait=True)


def make_settings(unique: str, tmp_path: Path, receiver: Receiver) -> Settings:
    return harness_settings(
        unique,
        tmp_path,
        alert_webhook_urls=receiver.url("/hook"),
        webhook_secret=SECRET,
        web_port=free_port(),
    )


def log_rows(store: ClickHouseStore, unique: str) -> list[tuple[Any, ...]]:
    _, rows = store.query(
        "SELECT alert_id, status, http_status, error FROM voc.alert_deliveries FINAL "
        f"WHERE alert_id LIKE '{unique}-%' ORDER BY attempted_at"
    )
    return rows


async def until(predicate: Callable[[], bool], timeout: float = 30.0) -> None:
    await wait_for(predicate, timeout)


def test_down_receiver_then_crash_mid_retry_loses_nothing(
    broker: EmbeddedBroker, clickhouse: ClickHouseStore, unique: str, tmp_path: Path
) -> None:
    receiver = Receiver()
    settings = make_settings(unique, tmp_path, receiver)
    ensure_topics(broker.bootstrap, settings)
    ensure_delivery_topics(broker.bootstrap, settings)
    first, second = alerts(unique, 0, 8), alerts(unique, 8, 6)
    every = {a.alert_id for a in first + second}
    started = time.monotonic()

    async def scenario() -> None:
        publish(broker.bootstrap, settings.alerts_topic, first)
        worker = DeliveryWorker(settings, clickhouse, broker.bootstrap)
        await worker.start()
        try:
            await first_phase(worker)
        except BaseException:
            await worker.stop()
            raise

    async def first_phase(worker: DeliveryWorker) -> None:
        # The receiver is down: attempts fail and are logged, nothing is acked.
        await until(lambda: sum(r[1] == "failed" for r in log_rows(clickhouse, unique)) >= 3)
        await receiver.start()
        await until(lambda: set(receiver.keys_received()) == {a.alert_id for a in first})
        await until(lambda: sum(r[1] == "delivered" for r in log_rows(clickhouse, unique)) == 8)
        await asyncio.sleep(1.5)  # a commit interval: the delivered alerts are committed

        # Feedback through a link and from a receiver.
        base = f"http://127.0.0.1:{settings.web_port}/feedback"
        async with aiohttp.ClientSession() as http:
            a0 = first[0].alert_id
            token = feedback_token(SECRET.encode(), a0, True)
            link = {"alert_id": a0, "useful": "1", "sig": token}
            async with http.get(base, params=link) as r:  # shows a confirm form only
                assert r.status == 200 and "<form" in await r.text()
            origin = {"Origin": f"http://127.0.0.1:{settings.web_port}"}
            async with http.post(base, data=link, headers=origin) as r:  # the form's POST
                assert r.status == 200, await r.text()
            async with http.get(base, params={"alert_id": a0, "useful": "1", "sig": "x"}) as r:
                assert r.status == 400
            body = f'{{"alert_id": "{first[1].alert_id}", "useful": false, "by": "crm"}}'.encode()
            headers = signed_headers(SECRET.encode(), "fb", body)
            async with http.post(base, data=body, headers=headers) as r:
                assert r.status == 200, await r.text()

        # Mid-retry crash: the receiver fails, the worker stops without acking.
        receiver.always = (500, {}, 0.0)
        publish(broker.bootstrap, settings.alerts_topic, second)
        later = {a.alert_id for a in second}
        await until(lambda: any(r[0] in later for r in log_rows(clickhouse, unique)))
        await worker.stop()
        receiver.always = None
        restarted = DeliveryWorker(settings, clickhouse, broker.bootstrap)
        await restarted.start()
        try:
            await until(lambda: set(receiver.keys_received()) == every)
            state = delivery_state(restarted.app)
            assert state is not None
            await until(lambda: state.pending == 0 and state.received >= len(second))
            # As in the first phase: the attempts are logged through the rows topic,
            # so the store writer may put them in ClickHouse a moment after the
            # delivery (seconds on a loaded machine); stopping does not drain it.
            await until(
                lambda: sum(r[1] == "delivered" for r in log_rows(clickhouse, unique)) >= len(every)
            )
            await asyncio.sleep(1.0)  # anything repeated would show up by now
        finally:
            await restarted.stop()
            await receiver.stop()

    asyncio.run(scenario())
    assert time.monotonic() - started < 60

    counts = receiver.keys_received()
    assert set(counts) == every
    assert all(n == 1 for n in counts.values()), counts  # once per idempotency key
    for request in receiver.ok():
        assert verify_signature(
            SECRET,
            request.headers["X-Voc-Timestamp"],
            request.body,
            request.headers["X-Voc-Signature"],
        )
    rows = log_rows(clickhouse, unique)
    delivered = [r[0] for r in rows if r[1] == "delivered"]
    assert sorted(delivered) == sorted(every)  # one successful attempt each
    assert any(r[1] == "failed" and r[2] is None for r in rows)  # receiver down
    assert any(r[1] == "failed" and r[2] == 500 for r in rows)  # receiver failing

    _, feedback = clickhouse.query(
        f"SELECT alert_id, useful, by FROM voc.alert_feedback FINAL "
        f"WHERE alert_id LIKE '{unique}-%' ORDER BY alert_id"
    )
    assert feedback == [(first[0].alert_id, True, "link"), (first[1].alert_id, False, "crm")]


def test_give_up_goes_to_the_delivery_dlq_and_replay_sends_it_again(
    broker: EmbeddedBroker, clickhouse: ClickHouseStore, unique: str, tmp_path: Path
) -> None:
    receiver = Receiver()
    receiver.always = (503, {}, 0.0)
    base = make_settings(unique, tmp_path, receiver)
    # Give up after 3 s; the backoff stays shorter, so the replayed alerts get a try.
    settings = base.model_copy(
        update={"delivery_give_up_seconds": 3.0, "delivery_backoff_max_seconds": 0.25}
    )
    ensure_topics(broker.bootstrap, settings)
    ensure_delivery_topics(broker.bootstrap, settings)
    items = alerts(unique, 0, 3)

    async def scenario() -> None:
        await receiver.start()
        publish(broker.bootstrap, settings.alerts_topic, items)
        worker = DeliveryWorker(settings, clickhouse, broker.bootstrap)
        await worker.start()
        try:
            await until(
                lambda: sum(r[1] == "dead_lettered" for r in log_rows(clickhouse, unique)) == 3
            )
            letters = await asyncio.to_thread(
                consume_all, broker.bootstrap, delivery_dlq_topic(settings), 3, 20.0
            )
            assert sorted(CODEC.decode(r.value)["alert_id"] for r in letters) == sorted(
                a.alert_id for a in items
            )
            headers = dict(letters[0].headers)
            assert headers["voc-destination"] == b"webhooks[1]"
            assert headers["voc-reason"] == b"gave_up"
            receiver.always = None
            replayed = await asyncio.to_thread(replay_delivery_dlq, settings, broker.bootstrap)
            assert replayed == 3
            again = await asyncio.to_thread(replay_delivery_dlq, settings, broker.bootstrap)
            assert again == 0  # committed: a second replay sends nothing
            try:
                await until(lambda: len(receiver.keys_received()) == 3)
            except TimeoutError as error:  # rare; say what was seen, for the next look
                state = delivery_state(worker.app)
                seen = (state.received, state.acked) if state else None
                raise AssertionError(
                    f"replayed alerts not delivered: received {receiver.keys_received()}, "
                    f"worker (received, acked) {seen}, "
                    f"log {log_rows(clickhouse, unique)}"
                ) from error
        finally:
            await worker.stop()
            await receiver.stop()

    asyncio.run(scenario())
    assert receiver.keys_received() == {a.alert_id: 1 for a in items}


def test_a_slow_receiver_does_not_slow_the_pipeline(
    broker: EmbeddedBroker, clickhouse: ClickHouseStore, unique: str, tmp_path: Path
) -> None:
    """The whole worker (create_app + register_delivery): every alert's webhook takes
    3 s to answer, yet touchpoints are stored and alerts raised at full speed."""
    receiver = Receiver()
    receiver.always = (200, {}, 3.0)
    settings = make_settings(unique, tmp_path, receiver)
    ensure_topics(broker.bootstrap, settings)
    ensure_delivery_topics(broker.bootstrap, settings)
    count = 200
    lines = [
        (
            i + 1,
            json.dumps(
                touchpoint_dict(
                    event_id=f"{unique}-t{i}",
                    customer={"customer_id": f"{unique}-c{i}", "account_id": "acme"},
                    text="Très déçu, rien ne marche.",
                    scores={"nps": 2},
                )
            ).encode(),
        )
        for i in range(count)
    ]

    async def scenario() -> None:
        await receiver.start()
        pipeline = Pipeline(settings=settings, store=clickhouse)
        holder = StoreHolder(pipeline, broker.bootstrap)
        await holder.start()
        app = create_app(pipeline, broker.bootstrap)
        alerts_topic = app.topic(
            settings.alerts_topic, key_serializer="raw", value_serializer="raw"
        )
        register_delivery(app, pipeline, alerts_topic)
        worker = faust.Worker(
            app, loop=asyncio.get_running_loop(), loglevel="WARNING", quiet=True,
            redirect_stdouts=False, daemon=False,
        )  # fmt: skip
        worker.spinner = None
        await worker.start()
        running = RunningWorker(worker, app, pipeline, holder)
        try:
            started = time.monotonic()
            with Publisher(broker.bootstrap, settings) as publisher:
                publisher.publish_lines(lines, "slow.jsonl")
            await until(lambda: pipeline.metrics.touchpoints_stored >= count, 40)
            elapsed = time.monotonic() - started
            state = delivery_state(app)
            assert state is not None
            await until(lambda: state.received >= count, 10)
            # 200 alerts at 4 requests per 3 s would take 150 s to deliver.
            assert state.delivered < count // 2
            assert elapsed < 30, f"pipeline took {elapsed:.1f}s with a slow receiver"
            assert await running.settled()
        finally:
            await running.stop()
            await receiver.stop()

    asyncio.run(scenario())
    _, rows = clickhouse.query(
        f"SELECT count() FROM voc.alerts FINAL WHERE customer_id LIKE '{unique}-%'"
    )
    assert rows[0][0] == count
