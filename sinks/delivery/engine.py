"""The delivery engine: a queue per destination, rate limits, digests, retries, give-up.

Lifecycle: ``await start()`` once (opens one aiohttp session and starts one
task per destination); ``await submit(alert, targets, on_done)`` for every
alert, which returns at once unless ``max_pending`` alerts are still under
way (then it waits: backpressure); ``on_done(outcome)`` is called exactly
once per alert when every target has either taken it or had it
dead-lettered; ``await close()`` stops everything. Alerts not done at
``close()`` are simply dropped: the caller never acked them, so they come
back from Kafka after a restart (with the same idempotency key).

Per destination, one task sends in queue order:

- Slack: at most one message per ``slack_min_interval_seconds``; when
  ``digest_threshold`` or more alerts wait, one digest carries up to
  ``digest_max`` of them.
- Webhooks: up to ``webhook_parallel`` requests at once while the receiver
  answers; one probe at a time while it fails.
- A transient failure (timeout, refused, 5xx) backs the whole destination
  off exponentially with jitter; ``429`` waits ``Retry-After``; other 4xx
  are final. An alert still not delivered ``give_up_seconds`` after it was
  queued goes to the dead-letter sink (retried until the sink takes it).
- Every HTTP attempt and every dead-lettering is reported to ``on_attempt``
  (never blocks; the caller buffers them for the delivery log).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import random
import time
from collections import deque
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

import aiohttp

from schemas.models import Alert
from sinks.delivery.config import DeliveryConfig
from sinks.delivery.links import AlertLinks
from sinks.delivery.policy import Verdict, backoff_delay, classify, parse_retry_after
from sinks.delivery.records import Attempt, FailedDelivery
from sinks.delivery.routing import Destination
from sinks.delivery.slack import render_alert, render_digest
from sinks.delivery.webhook import signed_headers, webhook_body

log = logging.getLogger(__name__)

DeadLetterSink = Callable[[FailedDelivery], Awaitable[None]]
AttemptSink = Callable[[Attempt], None]
#: destination -> "delivered" | "dead_lettered"
DoneCallback = Callable[[dict[str, str]], None]
STATUS = {
    Verdict.delivered: "delivered",
    Verdict.retry: "failed",
    Verdict.rate_limited: "rate_limited",
    Verdict.rejected: "rejected",
}


def _utcnow() -> datetime:
    return datetime.now(UTC)


class _Ticket:
    """One alert across its destinations; calls ``on_done`` when the last one settles."""

    def __init__(self, targets: Sequence[str], on_done: DoneCallback | None) -> None:
        self.remaining = set(targets)
        self.outcome: dict[str, str] = {}
        self.on_done = on_done

    def settle(self, destination: str, status: str) -> bool:
        if destination not in self.remaining:
            return False
        self.remaining.discard(destination)
        self.outcome[destination] = status
        if self.remaining:
            return False
        if self.on_done is not None:
            self.on_done(dict(self.outcome))
        return True


@dataclass
class _Job:
    alert: Alert
    ticket: _Ticket
    deadline: float
    queued_at: datetime
    attempts: int = 0
    last_error: str = ""
    reason: str = "gave_up"


@dataclass
class _Result:
    http_status: int | None
    error: str
    retry_after: str | None
    latency_ms: float
    attempted_at: datetime


@dataclass
class _Lane:
    destination: Destination
    queue: deque[_Job] = field(default_factory=deque)
    wake: asyncio.Event = field(default_factory=asyncio.Event)
    ready_at: float = 0.0
    failures: int = 0
    last_error: str = ""
    task: asyncio.Task[None] | None = None


class DeliveryEngine:
    def __init__(
        self,
        destinations: Mapping[str, Destination],
        config: DeliveryConfig,
        *,
        dead_letter: DeadLetterSink,
        on_attempt: AttemptSink,
        links: Callable[[Alert], AlertLinks] = lambda alert: AlertLinks(),
        webhook_secret: bytes | None = None,
        clock: Callable[[], float] = time.monotonic,
        wall: Callable[[], datetime] = _utcnow,
        rng: Callable[[], float] = random.random,
    ) -> None:
        self.config = config
        self.destinations = dict(destinations)
        self._dead_letter = dead_letter
        self._on_attempt = on_attempt
        self._links = links
        self._secret = webhook_secret
        self._clock = clock
        self._wall = wall
        self._rng = rng
        self._lanes: dict[str, _Lane] = {}
        self._session: aiohttp.ClientSession | None = None
        self._pending = 0
        self._room = asyncio.Event()
        self._idle = asyncio.Event()

    # -- lifecycle ------------------------------------------------------------------
    async def start(self) -> None:
        """Open the HTTP session and one sender task per destination (in the running loop)."""
        timeout = aiohttp.ClientTimeout(total=self.config.request_timeout_seconds)
        self._session = aiohttp.ClientSession(timeout=timeout)
        self._room.set()
        self._idle.set()
        for name, destination in self.destinations.items():
            lane = _Lane(destination)
            lane.task = asyncio.create_task(self._run(lane), name=f"deliver-{name}")
            self._lanes[name] = lane

    async def close(self) -> None:
        """Stop sending; alerts not yet done are dropped (they were never acked)."""
        tasks = [lane.task for lane in self._lanes.values() if lane.task is not None]
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._lanes.clear()
        if self._session is not None:
            await self._session.close()
            self._session = None

    def pending(self) -> int:
        """Alerts accepted and not yet done."""
        return self._pending

    async def drain(self, timeout: float) -> bool:
        """Wait until no alert is under way; False on timeout (tests, shutdown)."""
        try:
            await asyncio.wait_for(self._idle.wait(), timeout)
        except TimeoutError:
            return False
        return True

    # -- intake ---------------------------------------------------------------------
    async def submit(
        self, alert: Alert, targets: Sequence[str], on_done: DoneCallback | None = None
    ) -> None:
        """Queue ``alert`` for each target; waits only while ``max_pending`` are under way.

        A target that is not a configured destination is dead-lettered at once
        (reason ``unknown_destination``), e.g. a replay for a removed webhook.
        """
        targets = list(dict.fromkeys(targets))
        if not targets:
            if on_done is not None:
                on_done({})
            return
        while self._pending >= self.config.max_pending:
            self._room.clear()
            await self._room.wait()
        self._pending += 1
        self._idle.clear()
        ticket = _Ticket(targets, self._wrap_done(on_done))
        now, queued_at = self._clock(), self._wall()
        for target in targets:
            job = _Job(alert, ticket, now + self.config.give_up_seconds, queued_at)
            lane = self._lanes.get(target)
            if lane is None:
                job.reason, job.last_error = "unknown_destination", f"no destination {target!r}"
                await self._dead_letter_until_taken(target, "", job)
                continue
            lane.queue.append(job)
            lane.wake.set()

    def _wrap_done(self, on_done: DoneCallback | None) -> DoneCallback:
        def done(outcome: dict[str, str]) -> None:
            self._pending -= 1
            if self._pending < self.config.max_pending:
                self._room.set()
            if self._pending == 0:
                self._idle.set()
            if on_done is not None:
                on_done(outcome)

        return done

    # -- one destination ------------------------------------------------------------
    async def _run(self, lane: _Lane) -> None:
        while True:
            if not lane.queue:
                lane.wake.clear()
                await lane.wake.wait()
                continue
            await self._expire(lane)
            if not lane.queue:
                continue
            now = self._clock()
            if now < lane.ready_at:
                until = min(lane.ready_at, lane.queue[0].deadline)
                await asyncio.sleep(max(until - now, 0.0))
                continue
            jobs = self._take(lane)
            try:
                await self._send(lane, jobs)
            except asyncio.CancelledError:
                raise
            except Exception:  # a bug must not kill the lane: retry these later
                log.exception("delivery to %s failed unexpectedly", lane.destination.name)
                lane.queue.extendleft(reversed(jobs))
                lane.ready_at = self._clock() + self.config.backoff_max_seconds

    def _take(self, lane: _Lane) -> list[_Job]:
        config, queue = self.config, lane.queue
        if lane.destination.kind == "slack":
            count = (
                min(config.digest_max, len(queue)) if len(queue) >= config.digest_threshold else 1
            )
        else:
            count = 1 if lane.failures else min(config.webhook_parallel, len(queue))
        return [queue.popleft() for _ in range(max(count, 1))]

    async def _expire(self, lane: _Lane) -> None:
        """Dead-letter the jobs at the head whose give-up time has passed (queue is by deadline)."""
        while lane.queue and lane.queue[0].deadline <= self._clock():
            job = lane.queue[0]
            if not job.last_error and lane.last_error:
                job.last_error = f"not tried while the destination failed: {lane.last_error}"
            await self._dead_letter_until_taken(lane.destination.name, lane.destination.kind, job)
            lane.queue.popleft()

    async def _dead_letter_until_taken(self, destination: str, kind: str, job: _Job) -> None:
        failed = FailedDelivery(
            job.alert,
            destination,
            job.reason,
            job.last_error,
            job.attempts,
            job.queued_at,
            self._wall(),
        )
        failures = 0
        while True:
            try:
                await self._dead_letter(failed)
                break
            except Exception as exc:  # the DLQ must take it before the alert may be acked
                failures += 1
                delay = self._backoff(failures)
                log.warning("delivery DLQ write failed (%s); retrying in %.1fs", exc, delay)
                await asyncio.sleep(delay)
        self._on_attempt(
            Attempt(job.alert.alert_id, destination, kind, job.attempts, "dead_lettered", None, 0.0,
                    f"{job.reason}: {job.last_error}"[:1000], failed.failed_at)
        )  # fmt: skip
        job.ticket.settle(destination, "dead_lettered")

    def _backoff(self, failures: int) -> float:
        c = self.config
        return backoff_delay(
            failures, c.backoff_first_seconds, c.backoff_max_seconds, c.backoff_jitter, self._rng
        )

    # -- sending --------------------------------------------------------------------
    async def _send(self, lane: _Lane, jobs: list[_Job]) -> None:
        destination = lane.destination
        if destination.kind == "slack":
            alerts = [job.alert for job in jobs]
            if len(alerts) == 1:
                message = render_alert(alerts[0], self._links(alerts[0]))
            else:
                message = render_digest(alerts, self._links)
            body = json.dumps(message, ensure_ascii=False).encode()
            result = await self._post(destination, body, {"Content-Type": "application/json"})
            results = [result] * len(jobs)
        else:
            results = list(
                await asyncio.gather(*(self._post_webhook(destination, job) for job in jobs))
            )
        await self._settle(lane, jobs, results)

    async def _post_webhook(self, destination: Destination, job: _Job) -> _Result:
        body = webhook_body(job.alert, self._links(job.alert))
        headers = signed_headers(self._secret, job.alert.alert_id, body)
        headers["X-Voc-Attempt"] = str(job.attempts + 1)
        return await self._post(destination, body, headers)

    async def _post(
        self, destination: Destination, body: bytes, headers: dict[str, str]
    ) -> _Result:
        assert self._session is not None, "start() first"
        attempted_at, started = self._wall(), self._clock()
        status: int | None = None
        retry_after: str | None = None
        error = ""
        try:
            async with self._session.post(destination.url, data=body, headers=headers) as response:
                status = response.status
                retry_after = response.headers.get("Retry-After")
                if not 200 <= status < 300:
                    text = (await response.text(errors="replace"))[:200]
                    error = f"HTTP {status}: {text}".strip()
        except TimeoutError:
            error = f"timeout after {self.config.request_timeout_seconds:g}s"
        except aiohttp.ClientError as exc:
            error = f"{type(exc).__name__}: {exc}".replace(destination.url, "<url>")[:500]
        latency_ms = (self._clock() - started) * 1000
        return _Result(status, error, retry_after, latency_ms, attempted_at)

    async def _settle(self, lane: _Lane, jobs: list[_Job], results: list[_Result]) -> None:
        destination = lane.destination
        config = self.config
        now = self._clock()
        again: list[_Job] = []
        any_delivered = any_retry = False
        wait = 0.0
        for job, result in zip(jobs, results, strict=True):
            verdict = classify(result.http_status)
            job.attempts += 1
            self._on_attempt(
                Attempt(job.alert.alert_id, destination.name, destination.kind, job.attempts,
                        STATUS[verdict], result.http_status, result.latency_ms, result.error,
                        result.attempted_at, len(jobs) if destination.kind == "slack" else 1)
            )  # fmt: skip
            if verdict is Verdict.delivered:
                any_delivered = True
                job.ticket.settle(destination.name, "delivered")
                continue
            job.last_error = lane.last_error = result.error
            if verdict is Verdict.rejected:
                job.reason, job.deadline = "rejected", float("-inf")  # dead-lettered next
            elif verdict is Verdict.rate_limited:
                default = max(config.slack_min_interval_seconds, 1.0)
                wait = max(
                    wait,
                    parse_retry_after(
                        result.retry_after, self._wall(), default, config.max_retry_after_seconds
                    ),
                )
            else:
                any_retry = True
            again.append(job)
        if any_retry:
            lane.failures += 1
            wait = max(wait, self._backoff(lane.failures))
        elif any_delivered:
            lane.failures = 0
        if destination.kind == "slack":
            wait = max(wait, config.slack_min_interval_seconds)
        lane.ready_at = now + wait
        # Back at the head, oldest first: the queue stays ordered by deadline.
        rejected = [job for job in again if job.reason == "rejected"]
        lane.queue.extendleft(reversed([job for job in again if job.reason != "rejected"]))
        lane.queue.extendleft(reversed(rejected))
