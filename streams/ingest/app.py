"""The gateway's HTTP endpoints (aiohttp): touchpoints, webhooks, health.

Every refusal is a JSON body ``{"reason": <code>, "detail": <text>}`` with a 4xx
status (503 when the broker is down); 202 means the broker acknowledged every
accepted record. Checks run cheapest first: key, back-pressure, size, parsing.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from aiohttp import web

from schemas.codec import AvroCodec, DecodeError
from schemas.models import Touchpoint
from schemas.registry import ConfluentCodec
from streams.ingest.auth import check_key
from streams.ingest.batch import BodyError, split_events, validate_events
from streams.ingest.hooks import ADAPTERS, handle
from streams.ingest.hooks.common import Rejection
from streams.ingest.producer import Backpressure, BrokerUnavailable, IngestProducer, Record
from streams.settings import Settings
from streams.stages.decode import dead_letter, encode_touchpoint

log = logging.getLogger(__name__)
_DEAD_LETTER_CODEC = AvroCodec("DeadLetter")
RETRY_AFTER_SECONDS = 1
Clock = Callable[[], datetime]
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def refuse(status: int, reason: str, detail: str, **headers: str) -> web.Response:
    return web.json_response({"reason": reason, "detail": detail}, status=status, headers=headers)


def too_busy(producer: IngestProducer) -> web.Response:
    detail = f"{producer.pending} events wait for the broker; retry in {RETRY_AFTER_SECONDS} s"
    return refuse(429, "backpressure", detail, **{"Retry-After": str(RETRY_AFTER_SECONDS)})


@web.middleware
async def never_500_for_input(request: web.Request, handler: Handler) -> web.StreamResponse:
    """An unexpected error is logged and answered as JSON, never as an HTML page."""
    try:
        return await handler(request)
    except web.HTTPException as exc:
        if exc.status == 413:
            return refuse(413, "body_too_large", exc.text or "request body too large")
        return refuse(exc.status, exc.reason.lower().replace(" ", "_"), exc.text or exc.reason)
    except Exception:
        log.exception("ingest: unexpected error on %s %s", request.method, request.path)
        return refuse(500, "internal_error", "unexpected error; see the gateway's log")


@dataclass
class Counters:
    accepted: int = 0
    rejected: int = 0
    dead_lettered: int = 0


class Gateway:
    """The endpoints around one producer. ``clock`` is injectable for tests."""

    def __init__(
        self,
        settings: Settings,
        producer: IngestProducer,
        clock: Clock = lambda: datetime.now(UTC),
        registry: ConfluentCodec | None = None,
    ) -> None:
        self.settings = settings
        self.producer = producer
        self.clock = clock
        self.registry = registry
        self.counters = Counters()

    def make_app(self) -> web.Application:
        app = web.Application(
            client_max_size=self.settings.ingest_max_body_bytes,
            middlewares=[never_500_for_input],
        )
        app.router.add_post("/v1/touchpoints", self.post_touchpoints)
        app.router.add_post("/v1/hooks/{source}", self.post_hook)
        app.router.add_get("/health", self.health)
        return app

    # -- helpers --------------------------------------------------------------
    def _touchpoint_record(self, touchpoint: Touchpoint) -> Record:
        topic = self.settings.touchpoint_topic(touchpoint.channel.value)
        if self.registry is None:
            value = encode_touchpoint(touchpoint)
        else:  # the Confluent wire format; the first record of a topic registers its schema
            value = self.registry.encode(touchpoint.to_record(), topic)
        return Record(topic, touchpoint.customer.best_key().encode("utf-8"), value)

    def _dead_letter_record(
        self, reason: str, detail: str, raw: bytes, origin: str, index: int
    ) -> Record:
        error = DecodeError(reason, detail)
        letter = dead_letter(error, raw, None, origin, -1, index, self.clock())
        return Record(self.settings.dlq_topic, None, _DEAD_LETTER_CODEC.encode(letter.to_record()))

    async def _read_body(self, request: web.Request) -> bytes | web.Response:
        limit = self.settings.ingest_max_body_bytes
        if request.content_length is not None and request.content_length > limit:
            detail = f"{request.content_length} bytes, the limit is {limit}"
            return refuse(413, "body_too_large", detail)
        try:
            return await request.read()
        except web.HTTPRequestEntityTooLarge:
            return refuse(413, "body_too_large", f"more than {limit} bytes")

    async def _publish(self, records: list[Record]) -> web.Response | None:
        """``None`` once the broker acknowledged them all, else the answer to give."""
        if not records:
            return None
        try:
            await self.producer.publish(records)
        except Backpressure:
            return too_busy(self.producer)
        except BrokerUnavailable as exc:
            return refuse(503, "broker_unavailable", str(exc), **{"Retry-After": "5"})
        return None

    # -- endpoints ------------------------------------------------------------
    async def post_touchpoints(self, request: web.Request) -> web.Response:
        refused = check_key(request.headers.get("Authorization"), self.settings.ingest_keys)
        if refused is not None:
            detail = "send the write key as 'Authorization: Bearer <key>' (VOC_INGEST_KEYS)"
            return refuse(401, refused, detail, **{"WWW-Authenticate": 'Bearer realm="voc"'})
        if self.producer.backed_up():
            return too_busy(self.producer)
        body = await self._read_body(request)
        if isinstance(body, web.Response):
            return body
        settings = self.settings
        try:
            items = split_events(body, settings.ingest_max_events, settings.ingest_max_event_bytes)
        except BodyError as error:
            return refuse(error.status, error.reason, error.detail)
        batch = validate_events(items, self.clock())
        records = [self._touchpoint_record(touchpoint) for _, touchpoint in batch.accepted]
        records += [
            self._dead_letter_record(r.reason, r.detail, r.raw, "http:/v1/touchpoints", r.index)
            for r in batch.rejected
        ]
        failed = await self._publish(records)
        if failed is not None:
            return failed
        self.counters.accepted += len(batch.accepted)
        self.counters.rejected += len(batch.rejected)
        answer: dict[str, Any] = {
            "accepted": len(batch.accepted),
            "rejected": [rejected.as_json() for rejected in batch.rejected],
        }
        return web.json_response(answer, status=202 if batch.accepted else 422)

    async def post_hook(self, request: web.Request) -> web.Response:
        source = request.match_info["source"].lower()
        if source not in ADAPTERS:
            known = ", ".join(sorted(ADAPTERS))
            return refuse(404, "unknown_source", f"no adapter for {source!r}; known: {known}")
        secret = self.settings.hook_secret_map.get(source)
        if secret is None:
            return refuse(403, "hook_not_configured", f"no secret for {source} in VOC_HOOK_SECRETS")
        if self.producer.backed_up():
            return too_busy(self.producer)
        body = await self._read_body(request)
        if isinstance(body, web.Response):
            return body
        headers = {name.lower(): value for name, value in request.headers.items()}
        public = self.settings.ingest_public_url.rstrip("/")
        url = public + request.path_qs if public else str(request.url)
        mapped = handle(source, headers, body, secret, url, self.clock())
        if isinstance(mapped, Rejection):
            if mapped.status != 422:  # signature or routing: nothing to keep
                return refuse(mapped.status, mapped.reason, mapped.detail)
            letter = self._dead_letter_record(
                mapped.reason, mapped.detail, body, f"http:/v1/hooks/{source}", 0
            )
            failed = await self._publish([letter])
            if failed is not None:
                return failed
            self.counters.dead_lettered += 1
            return refuse(422, mapped.reason, mapped.detail + " (kept on the dead-letter topic)")
        failed = await self._publish([self._touchpoint_record(tp) for tp in mapped])
        if failed is not None:
            return failed
        self.counters.accepted += len(mapped)
        ids = [touchpoint.event_id for touchpoint in mapped]
        answer = {"accepted": len(mapped), "rejected": [], "event_ids": ids}
        return web.json_response(answer, status=202 if mapped else 200)

    async def health(self, request: web.Request) -> web.Response:
        producer = self.producer
        body = {
            "status": "degraded" if producer.last_error else "ok",
            "pending": producer.pending,
            "max_pending": producer.max_pending,
            "last_error": producer.last_error,
            "accepted": self.counters.accepted,
            "rejected": self.counters.rejected,
            "dead_lettered": self.counters.dead_lettered,
        }
        return web.json_response(body, status=503 if producer.last_error else 200)
