"""The delivery engine against a real local HTTP server that fails on demand."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from schemas.models import Alert
from sinks.delivery.config import DeliveryConfig
from sinks.delivery.engine import DeliveryEngine
from sinks.delivery.records import Attempt, FailedDelivery
from sinks.delivery.routing import Destination
from sinks.delivery.webhook import verify_signature
from tests.support.receiver import Receiver

SECRET = b"s3cret"
FAST = DeliveryConfig(
    give_up_seconds=30.0,
    backoff_first_seconds=0.05,
    backoff_max_seconds=0.3,
    request_timeout_seconds=1.0,
    slack_min_interval_seconds=0.05,
)


def alert(i: int, rule: str = "detractor", severity: str = "warning") -> Alert:
    at = datetime(2026, 11, 23, 10, 0, tzinfo=UTC) + timedelta(minutes=i)
    return Alert(
        alert_id=f"a-{i}",
        rule=rule,
        severity=severity,  # type: ignore[arg-type]
        customer_id=f"c-{i}",
        account_id="acme",
        created_at=at,
        explanation=f"Customer c-{i} gave NPS 2 <angry> & sad",
        evidence=[f"e-{i}"],
        dedup_key=f"{rule}:c-{i}",
        details={"nps": "2"},
        emitted_at=at,
    )


class Harness:
    def __init__(self, config: DeliveryConfig, destinations: dict[str, Destination]) -> None:
        self.attempts: list[Attempt] = []
        self.dead: list[FailedDelivery] = []
        self.done: dict[str, dict[str, str]] = {}
        self.engine = DeliveryEngine(
            destinations,
            config,
            dead_letter=self._dead_letter,
            on_attempt=self.attempts.append,
            webhook_secret=SECRET,
        )

    async def _dead_letter(self, failed: FailedDelivery) -> None:
        self.dead.append(failed)

    async def submit(self, alerts: list[Alert], targets: list[str]) -> None:
        for item in alerts:
            await self.engine.submit(item, targets, self._done(item.alert_id))

    def _done(self, alert_id: str) -> Callable[[dict[str, str]], None]:
        def done(outcome: dict[str, str]) -> None:
            assert alert_id not in self.done, "on_done called twice"
            self.done[alert_id] = outcome

        return done

    def statuses(self, alert_id: str) -> list[str]:
        return [a.status for a in self.attempts if a.alert_id == alert_id]


def run(scenario: Callable[[], Awaitable[None]]) -> None:
    asyncio.run(asyncio.wait_for(scenario(), 25))


async def started(receiver: Receiver, config: DeliveryConfig, **dests: str) -> Harness:
    await receiver.start()
    kinds = {name: ("slack" if name.startswith("slack") else "webhook") for name in dests}
    harness = Harness(
        config, {n: Destination(n, kinds[n], receiver.url(path)) for n, path in dests.items()}
    )
    await harness.engine.start()
    return harness


def test_receiver_down_then_up_gets_every_alert_once_signed() -> None:
    receiver = Receiver()

    async def scenario() -> None:
        h = await started(receiver, FAST, hook="/hook")
        await receiver.stop()  # down before the first alert
        await h.submit([alert(i) for i in range(10)], ["hook"])
        await asyncio.sleep(0.8)
        assert not receiver.requests and not h.done
        await receiver.start()  # same port
        assert await h.engine.drain(10)
        await h.engine.close()
        assert receiver.keys_received() == {f"a-{i}": 1 for i in range(10)}
        for request in receiver.ok():
            assert verify_signature(
                SECRET,
                request.headers["X-Voc-Timestamp"],
                request.body,
                request.headers["X-Voc-Signature"],
                tolerance_s=60,
            )
            body = request.json()
            assert body["alert"]["alert_id"] == request.headers["Idempotency-Key"]
        assert all(outcome == {"hook": "delivered"} for outcome in h.done.values())
        assert len(h.done) == 10 and not h.dead
        failed = [a for a in h.attempts if a.status == "failed"]
        assert failed and all(a.http_status is None and a.error for a in failed)
        assert sum(a.status == "delivered" for a in h.attempts) == 10

    run(scenario)


def test_server_errors_are_retried_with_backoff_and_delivered_once() -> None:
    receiver = Receiver()
    receiver.fail_with(500, times=4)

    async def scenario() -> None:
        h = await started(receiver, replace(FAST, webhook_parallel=1), hook="/hook")
        await h.submit([alert(i) for i in range(6)], ["hook"])
        assert await h.engine.drain(10)
        await h.engine.close()
        assert receiver.keys_received() == {f"a-{i}": 1 for i in range(6)}
        assert [r.status for r in receiver.requests].count(500) == 4
        errors = [a for a in h.attempts if a.status == "failed"]
        assert len(errors) == 4 and all(a.http_status == 500 for a in errors)
        # While failing, the destination is retried spaced by backoff (>= half of 0.05 s).
        times = [r.at for r in receiver.requests[:5]]
        gaps = [b - a for a, b in itertools.pairwise(times)]
        assert all(gap >= 0.02 for gap in gaps)

    run(scenario)


def test_timeouts_are_retried_with_the_same_idempotency_key() -> None:
    receiver = Receiver()
    receiver.slow(1.5, times=1)  # longer than the 0.5 s request timeout

    async def scenario() -> None:
        config = replace(FAST, request_timeout_seconds=0.5)
        h = await started(receiver, config, hook="/hook")
        await h.submit([alert(1)], ["hook"])
        assert await h.engine.drain(10)
        await asyncio.sleep(1.2)  # let the slow handler finish answering nobody
        await h.engine.close()
        # The receiver processed the first (timed-out) request too: same key, so it can drop it.
        assert set(receiver.keys_received()) == {"a-1"}
        assert {r.headers["Idempotency-Key"] for r in receiver.requests} == {"a-1"}
        assert h.statuses("a-1") == ["failed", "delivered"]
        assert "timeout" in h.attempts[0].error
        bodies = {r.body for r in receiver.requests}
        assert len(bodies) == 1  # the same body every time

    run(scenario)


def test_slack_429_retry_after_is_honoured() -> None:
    receiver = Receiver()
    receiver.rate_limit(retry_after=1, times=1)

    async def scenario() -> None:
        h = await started(receiver, FAST, slack="/slack")
        await h.submit([alert(1)], ["slack"])
        assert await h.engine.drain(10)
        await h.engine.close()
        first, second = receiver.requests
        assert first.status == 429 and second.status == 200
        assert second.at - first.at >= 0.95
        assert h.statuses("a-1") == ["rate_limited", "delivered"]
        assert h.attempts[0].http_status == 429

    run(scenario)


def test_a_burst_for_slack_becomes_digests_at_one_message_per_interval() -> None:
    receiver = Receiver()

    async def scenario() -> None:
        config = replace(FAST, slack_min_interval_seconds=0.3, digest_threshold=3, digest_max=10)
        h = await started(receiver, config, slack="/slack")
        await h.submit(
            [alert(i, rule="churn_intent" if i % 3 else "silence") for i in range(25)], ["slack"]
        )
        assert await h.engine.drain(10)
        await h.engine.close()
        messages = receiver.ok()
        assert len(messages) <= 4  # 25 alerts: at most a single then digests of 10
        digests = [m.json() for m in messages if len(m.json()["blocks"]) > 5]
        assert digests and digests[0]["blocks"][0]["text"]["text"].startswith("10 alerts: ")
        mentioned = "".join(m.body.decode() for m in messages)
        assert all(f"c-{i}" in mentioned for i in range(25))
        gaps = [b.at - a.at for a, b in itertools.pairwise(messages)]
        assert all(gap >= 0.28 for gap in gaps)
        assert max(a.digest_size for a in h.attempts) == 10
        assert all(len(m.json()["blocks"]) <= 50 for m in messages)

    run(scenario)


def test_give_up_sends_the_alert_to_the_delivery_dead_letters() -> None:
    receiver = Receiver()
    receiver.always = (503, {}, 0.0)

    async def scenario() -> None:
        config = replace(FAST, give_up_seconds=0.8)
        h = await started(receiver, config, hook="/hook", slack="/slack")
        await h.submit([alert(1), alert(2)], ["hook", "slack"])
        assert await h.engine.drain(10)
        await h.engine.close()
        assert sorted((d.alert.alert_id, d.destination) for d in h.dead) == [
            ("a-1", "hook"), ("a-1", "slack"), ("a-2", "hook"), ("a-2", "slack"),
        ]  # fmt: skip
        assert all(d.reason == "gave_up" and "503" in d.error for d in h.dead)
        assert h.done["a-1"] == {"hook": "dead_lettered", "slack": "dead_lettered"}
        assert h.statuses("a-1")[-1] == "dead_lettered"

    run(scenario)


def test_a_rejected_alert_is_dead_lettered_at_once_and_the_rest_flows() -> None:
    receiver = Receiver()
    receiver.fail_with(400, times=1)

    async def scenario() -> None:
        h = await started(receiver, replace(FAST, webhook_parallel=1), hook="/hook")
        await h.submit([alert(1), alert(2)], ["hook"])
        assert await h.engine.drain(5)
        await h.engine.close()
        assert [(d.alert.alert_id, d.reason) for d in h.dead] == [("a-1", "rejected")]
        assert h.statuses("a-1") == ["rejected", "dead_lettered"]
        assert receiver.keys_received() == {"a-2": 1}

    run(scenario)


def test_a_dead_destination_does_not_hold_up_the_others() -> None:
    receiver = Receiver()
    dead_port = Receiver().port  # nothing listens there

    async def scenario() -> None:
        await receiver.start()
        h = Harness(
            replace(FAST, give_up_seconds=60),
            {
                "good": Destination("good", "webhook", receiver.url("/good")),
                "dead": Destination("dead", "webhook", f"http://127.0.0.1:{dead_port}/x"),
            },
        )
        await h.engine.start()
        await h.submit([alert(i) for i in range(5)], ["good", "dead", "gone"])
        await asyncio.sleep(1.0)
        assert receiver.keys_received("/good") == {f"a-{i}": 1 for i in range(5)}
        assert not h.done and h.engine.pending() == 5  # still waiting for "dead"
        assert {(d.destination, d.reason) for d in h.dead} == {("gone", "unknown_destination")}
        await h.engine.close()

    run(scenario)


def test_backpressure_waits_when_too_many_alerts_are_under_way() -> None:
    receiver = Receiver()

    async def scenario() -> None:
        h = await started(receiver, replace(FAST, max_pending=2), hook="/hook")
        await receiver.stop()
        await h.submit([alert(1), alert(2)], ["hook"])
        third = asyncio.create_task(h.submit([alert(3)], ["hook"]))
        await asyncio.sleep(0.3)
        assert not third.done() and h.engine.pending() == 2
        await receiver.start()
        await asyncio.wait_for(third, 5)
        assert await h.engine.drain(5)
        await h.engine.close()
        assert receiver.keys_received() == {"a-1": 1, "a-2": 1, "a-3": 1}

    run(scenario)
