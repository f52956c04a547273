"""Faust wiring of alert delivery: ``voc.alerts`` -> routing -> engine -> in-order acks.

The delivery agent reads ``voc.alerts`` (and ``voc.alerts.delivery_retry``,
where ``voc alerts replay`` puts dead letters back) without auto-acking. It
hands each alert to the :class:`DeliveryEngine` and keeps reading, so a slow
or dead receiver never blocks the consumer the other agents share: only
``max_pending`` undelivered alerts (default 10,000) make it wait. An event is
acked when its alert was delivered or dead-lettered everywhere AND its
delivery-log rows are in ClickHouse, and only after every earlier event of
its partition (Faust commits past an unacked offset when acks arrive out of
order). A crash therefore loses nothing: the unacked alerts come back and are
sent again with the same idempotency key.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
import weakref
from collections.abc import Mapping
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING, Any, cast

import faust
from faust.web import Request, Response
from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition
from kafka.admin import NewTopic
from kafka.errors import TopicAlreadyExistsError
from kafka.structs import OffsetAndMetadata

from schemas.codec import AvroCodec, DecodeError
from schemas.models import Alert
from sinks.delivery.acks import InOrderAcks
from sinks.delivery.config import DeliveryConfig
from sinks.delivery.engine import DeliveryEngine
from sinks.delivery.feedback import parse_feedback
from sinks.delivery.links import alert_links
from sinks.delivery.records import (
    DELIVERY_COLUMNS,
    DELIVERY_TABLE,
    DESTINATION_HEADER,
    FEEDBACK_COLUMNS,
    FEEDBACK_TABLE,
    Attempt,
    FailedDelivery,
    attempt_row,
    dead_letter_headers,
    read_headers,
)
from sinks.delivery.routing import (
    Destination,
    Routing,
    load_routing,
    resolve_destinations,
    targets_for,
)
from sinks.delivery.webhook import verify_signature
from streams.settings import Settings
from streams.worker.web import Page

if TYPE_CHECKING:
    from streams.worker.app import Pipeline

log = logging.getLogger(__name__)
ALERT_CODEC = AvroCodec("Alert")
#: How often finished alerts are logged to ClickHouse and acked.
ACK_INTERVAL_SECONDS = 0.25


def delivery_dlq_topic(settings: Settings) -> str:
    return f"{settings.topic_prefix}.alerts.delivery_dlq"


def delivery_retry_topic(settings: Settings) -> str:
    return f"{settings.topic_prefix}.alerts.delivery_retry"


def ensure_delivery_topics(bootstrap: str, settings: Settings) -> None:
    """Create the delivery DLQ and retry topics if missing (blocking: kafka-python)."""
    admin = KafkaAdminClient(bootstrap_servers=bootstrap, client_id="voc-delivery-admin")
    try:
        existing = set(admin.list_topics())
        names = [delivery_dlq_topic(settings), delivery_retry_topic(settings)]
        missing = [
            NewTopic(name, num_partitions=settings.partitions, replication_factor=1)
            for name in names
            if name not in existing
        ]
        if missing:
            with contextlib.suppress(TopicAlreadyExistsError):
                admin.create_topics(missing)
    finally:
        admin.close()


# -- what the agent needs, built once -----------------------------------------------
@dataclass(frozen=True)
class DeliverySetup:
    config: DeliveryConfig
    routing: Routing
    destinations: dict[str, Destination]
    targets: dict[str, list[str]]
    secret: bytes | None

    @classmethod
    def from_settings(cls, settings: Settings, **overrides: Any) -> DeliverySetup:
        """Read the routing file and resolve URLs; raises ValueError on a bad file."""
        config = DeliveryConfig.from_settings(settings, **overrides)
        routing = load_routing(config.routing_file)
        slack = settings.slack_webhook_url
        destinations, targets = resolve_destinations(
            routing,
            slack.get_secret_value() if slack else None,
            settings.webhook_urls,
            config.named_urls(),
        )
        secret = settings.webhook_secret
        return cls(
            config,
            routing,
            destinations,
            targets,
            secret.get_secret_value().encode() if secret else None,
        )

    def targets_of(self, alert: Alert, headers: Mapping[str, str]) -> list[str]:
        """A replayed dead letter goes to its one destination; a new alert is routed."""
        named = headers.get(DESTINATION_HEADER)
        if named:
            return [named]
        return targets_for(alert, self.routing, self.targets)


@dataclass
class DeliveryState:
    """Live counters of one app's delivery agent (the demo waits on ``pending``)."""

    engine: DeliveryEngine | None = None
    received: int = 0
    delivered: int = 0
    dead_lettered: int = 0
    acked: int = 0

    @property
    def pending(self) -> int:
        """Alerts received and not yet acked (0 before the agent started)."""
        return self.received - self.acked

    def count(self, outcome: dict[str, str]) -> None:
        self.delivered += sum(status == "delivered" for status in outcome.values())
        self.dead_lettered += sum(status == "dead_lettered" for status in outcome.values())


_STATES: weakref.WeakKeyDictionary[faust.App, DeliveryState] = weakref.WeakKeyDictionary()


def delivery_state(app: faust.App) -> DeliveryState | None:
    """The delivery counters of ``app``, or None when ``register_delivery`` was not called.

    E.g. ``voc demo`` waits for ``delivery_state(app).pending == 0`` before it
    stops the embedded broker (which forgets unacked alerts).
    """
    return _STATES.get(app)


def decode_alert(value: bytes | None) -> Alert | None:
    """The alert in a record, or None (logged) for something that is not one."""
    try:
        return Alert.model_validate(ALERT_CODEC.decode(value or b""))
    except (DecodeError, ValueError) as error:
        log.error("skipping an undecodable record on the alerts topic: %s", error)
        return None


# -- the Faust agent and the feedback page ---------------------------------------------
def register_delivery(app: faust.App, pipeline: Pipeline, alerts_topic: faust.TopicT) -> None:
    """Add the delivery agent and the ``/feedback`` page to ``app``.

    Called once while the app is built (before the worker starts); reads the
    routing file then, so a bad file fails the start, not the first alert.
    ``pipeline`` is a ``streams.worker.app.Pipeline`` (its store and writer thread).
    """
    settings: Settings = pipeline.settings
    setup = DeliverySetup.from_settings(settings)
    config = setup.config
    raw: dict[str, Any] = {"key_serializer": "raw", "value_serializer": "raw"}
    # internal=True: Faust creates these topics at subscription when missing.
    source = app.topic(
        *alerts_topic.topics,
        delivery_retry_topic(settings),
        internal=True,
        partitions=settings.partitions,
        **raw,
    )
    dlq = app.topic(
        delivery_dlq_topic(settings), internal=True, partitions=settings.partitions, **raw
    )
    state = _STATES[app] = DeliveryState()
    for name, target in sorted(setup.destinations.items()):
        log.info("alert delivery to %s (%s)", name, target.kind)

    def links(alert: Alert) -> Any:
        return alert_links(alert, config.public_url, config.customer_url, setup.secret)

    @app.agent(source)
    async def deliver_alerts(stream: faust.StreamT[bytes]) -> None:
        """Route and deliver every alert; ack each once it is delivered or dead-lettered."""
        manual = cast(faust.Stream[bytes], stream).noack()
        acks = InOrderAcks()
        attempts: list[Attempt] = []

        async def dead_letter(failed: FailedDelivery) -> None:
            await app.producer.send_and_wait(
                dlq.get_topic_name(),
                failed.alert.alert_id.encode(),
                ALERT_CODEC.encode(failed.alert.to_record()),
                None,
                None,
                dead_letter_headers(failed),
            )

        async def settle() -> None:
            """Log the attempts so far, then ack the finished prefix of each partition."""
            ready = acks.ready()
            if attempts:
                writer = pipeline.writer({DELIVERY_TABLE: DELIVERY_COLUMNS})
                for attempt in attempts:
                    writer.add(DELIVERY_TABLE, attempt_row(attempt))
                attempts.clear()
                await pipeline.flush(writer)  # retries until stored
            for event in ready:
                await manual.ack(event)
            state.acked += len(ready)

        async def settle_forever() -> None:
            while True:
                await asyncio.sleep(ACK_INTERVAL_SECONDS)
                await settle()

        await dlq.maybe_declare()
        engine = DeliveryEngine(
            setup.destinations,
            config,
            dead_letter=dead_letter,
            on_attempt=attempts.append,
            links=links,
            webhook_secret=setup.secret,
        )
        await engine.start()
        state.engine = engine
        settler = asyncio.create_task(settle_forever())
        try:
            async for event in manual.events():
                slot = acks.track(event.message.tp, event)
                state.received += 1
                alert = decode_alert(event.message.value)
                if alert is None:
                    slot.finish()
                    continue
                headers = read_headers(event.message.headers)
                await engine.submit(
                    alert, setup.targets_of(alert, headers), slot.finish_with(state)
                )
        finally:
            settler.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await settler
            await engine.close()
            state.engine = None
            await settle()

    class Feedback(Page):
        """Mark an alert useful or not; needs VOC_WEBHOOK_SECRET (refused without it).

        GET ``/feedback?alert_id=A&useful=1&sig=TOKEN`` (the link in a message)
        only shows a page with a button: GET never records anything (link
        previewers and mail scanners open links). The button POSTs the same
        fields as a form from this origin; ``sig`` is checked again.
        A receiver POSTs JSON ``{"alert_id", "useful", "by", "comment"}`` signed
        like our webhooks (``X-Voc-Timestamp``, ``X-Voc-Signature``).
        """

        credential = "view"  # the link token or the body signature
        form_posts = True
        navigable = True

        async def get(self, request: Request) -> Response:
            if setup.secret is None:
                return self.html(_page(FEEDBACK_OFF), status=403)
            row, problem = parse_feedback(request.query, setup.secret, signed=False)
            if row is None:
                return self.html(_page(f"Feedback not recorded: {escape(problem)}"), status=400)
            verdict = "useful" if row[1] else "not useful"
            fields = "".join(
                f'<input type="hidden" name="{escape(k)}" value="{escape(v)}">'
                for k, v in request.query.items()
                if k in FEEDBACK_FIELDS
            )
            return self.html(
                _page(
                    f"Mark alert <code>{escape(row[0])}</code> as {verdict}?"
                    f'<form method="post">{fields}<button type="submit">Confirm</button></form>'
                )
            )

        async def post(self, request: Request) -> Response:
            if setup.secret is None:
                return self.json({"error": FEEDBACK_OFF}, status=403)
            content_type = request.headers.get("Content-Type", "").split(";")[0].strip().lower()
            if content_type == "application/x-www-form-urlencoded":
                form = await request.post()
                params = {k: str(form[k]) for k in FEEDBACK_FIELDS if k in form}
                row, problem = parse_feedback(params, setup.secret, signed=False)
                if row is None:
                    return self.html(_page(f"Feedback not recorded: {escape(problem)}"), status=400)
                await store_feedback(pipeline, row)
                verdict = "useful" if row[1] else "not useful"
                return self.html(_page(f"Thank you: alert {escape(row[0])} marked {verdict}."))
            body = await request.read()
            if not verify_signature(
                setup.secret,
                request.headers.get("X-Voc-Timestamp", ""),
                body,
                request.headers.get("X-Voc-Signature", ""),
            ):
                return self.json({"error": "bad or missing signature"}, status=401)
            try:
                document = json.loads(body or b"{}")
            except ValueError:
                return self.json({"error": "body is not JSON"}, status=400)
            if not isinstance(document, dict):
                return self.json({"error": "body must be a JSON object"}, status=400)
            params = {key: str(value) for key, value in document.items() if value is not None}
            row, problem = parse_feedback(params, setup.secret, signed=True)
            if row is None:
                return self.json({"error": problem}, status=400)
            await store_feedback(pipeline, row)
            return self.json({"ok": True, "alert_id": row[0], "useful": row[1]})

    app.page("/feedback")(Feedback)
    app.page("/feedback/")(Feedback)


FEEDBACK_FIELDS = ("alert_id", "useful", "by", "comment", "sig")
FEEDBACK_OFF = "Feedback is off: the worker has no VOC_WEBHOOK_SECRET to check it with."


def _page(body: str) -> str:
    """A minimal HTML page around ``body`` (already escaped by the caller)."""
    return f'<!doctype html><meta charset="utf-8"><title>voc-stream feedback</title><p>{body}</p>'


async def store_feedback(pipeline: Pipeline, row: tuple[Any, ...]) -> None:
    """Send one judgement to the store (through the rows topic, like every row)."""
    writer = pipeline.writer({FEEDBACK_TABLE: FEEDBACK_COLUMNS})
    writer.add(FEEDBACK_TABLE, row)
    await pipeline.flush(writer)


# -- voc alerts replay ------------------------------------------------------------------
def replay_delivery_dlq(settings: Settings, bootstrap: str, timeout: float = 30.0) -> int:
    """Send the delivery dead letters again (``voc alerts replay``); returns how many.

    Blocking (kafka-python). Reads the DLQ from where the last replay stopped
    (consumer group ``<app_id>-delivery-replay``) up to its end at the start,
    puts each record on ``voc.alerts.delivery_retry`` for the worker to
    deliver to the one destination that missed it, and commits only what was
    written. Dead letters that fail again land in the DLQ again.
    """
    ensure_delivery_topics(bootstrap, settings)
    dlq, retry = delivery_dlq_topic(settings), delivery_retry_topic(settings)
    consumer = KafkaConsumer(
        bootstrap_servers=bootstrap,
        group_id=f"{settings.app_id}-delivery-replay",
        enable_auto_commit=False,
        auto_offset_reset="earliest",
    )
    producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all")
    sent = 0
    try:
        partitions = sorted(consumer.partitions_for_topic(dlq) or [])
        tps = [TopicPartition(dlq, p) for p in partitions]
        consumer.assign(tps)
        end = consumer.end_offsets(tps)
        done = {tp: consumer.position(tp) for tp in tps}
        deadline = time.monotonic() + timeout
        while any(done[tp] < end[tp] for tp in tps) and time.monotonic() < deadline:
            for tp, records in consumer.poll(timeout_ms=500).items():
                for record in records:
                    if record.offset >= end[tp]:
                        continue  # dead-lettered after we started: next replay
                    headers = read_headers(record.headers)
                    out = [(DESTINATION_HEADER, headers.get(DESTINATION_HEADER, "").encode())]
                    out.append(("voc-replayed-from", f"{tp.partition}:{record.offset}".encode()))
                    producer.send(retry, key=record.key, value=record.value, headers=out)
                    sent += 1
                    done[tp] = record.offset + 1
            producer.flush()
            consumer.commit({tp: OffsetAndMetadata(offset, "", -1) for tp, offset in done.items()})
    finally:
        producer.close()
        consumer.close()
    return sent
