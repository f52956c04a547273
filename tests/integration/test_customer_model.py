"""The customer model against the real broker and chDB: identity across channels,
and state that survives a worker restart (tables recover from their changelogs)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from sinks.clickhouse.store import ClickHouseStore
from streams.tools.publisher import Publisher
from streams.worker.embedded import EmbeddedBroker
from tests.integration.harness import run_worker, settings_for, wait_for
from tests.support.builders import touchpoint_dict

pytestmark = pytest.mark.integration


def line(n: int, **fields: object) -> tuple[int, bytes]:
    return n, json.dumps(touchpoint_dict(**fields)).encode()


def test_email_then_phone_call_is_one_customer(
    broker: EmbeddedBroker, clickhouse: ClickHouseStore, unique: str, tmp_path: Path
) -> None:
    settings = settings_for(unique, tmp_path)
    email = f"{unique}@example.com"
    lines = [
        # An e-mail whose signature gave the phone: links id, e-mail and phone.
        line(1, event_id=f"{unique}-1", occurred_at="2026-11-20T09:00:00Z", channel="email",
             customer={"customer_id": f"{unique}-c", "email": email, "phone": "06 12 34 56 78"}),
        # Later, a call that only knows the phone number (written differently).
        line(2, event_id=f"{unique}-2", occurred_at="2026-11-21T09:00:00Z", channel="phone",
             kind="call", customer={"phone": "06.12.34.56.78"}),
        # And a chat that only knows the e-mail.
        line(3, event_id=f"{unique}-3", occurred_at="2026-11-22T09:00:00Z", channel="chat",
             kind="chat", customer={"email": email.upper()}),
    ]  # fmt: skip

    async def scenario() -> None:
        running = await run_worker(settings, clickhouse, broker.bootstrap)
        try:
            with Publisher(broker.bootstrap, settings) as publisher:
                for item in lines:  # one at a time: identity needs the first link first
                    publisher.publish_lines([item], "identity.jsonl")
                    target = item[0]
                    await wait_for(
                        lambda t=target: running.pipeline.metrics.touchpoints_stored >= t
                    )
            assert await running.settled()
        finally:
            await running.stop()

    asyncio.run(scenario())
    _, rows = clickhouse.query(
        f"SELECT customer_id, contact_count, channels FROM voc.customers FINAL "
        f"WHERE has(identifiers, 'email:{email}')"
    )
    assert rows == [(f"{unique}-c", 3, {"email": 1, "phone": 1, "chat": 1})]
    _, touchpoints = clickhouse.query(
        f"SELECT DISTINCT customer_id FROM voc.touchpoints FINAL WHERE event_id LIKE '{unique}-%'"
    )
    assert touchpoints == [(f"{unique}-c",)]


def test_worker_restart_keeps_customer_state(
    broker: EmbeddedBroker, clickhouse: ClickHouseStore, unique: str, tmp_path: Path
) -> None:
    settings = settings_for(unique, tmp_path)
    customer = {"customer_id": f"{unique}-c"}

    def batch(start: int, count: int) -> list[tuple[int, bytes]]:
        return [
            line(i, event_id=f"{unique}-{i}", customer=customer,
                 occurred_at=f"2026-11-{10 + i:02d}T10:00:00Z",
                 text="Toujours pas reçu ma commande, c'est inadmissible")
            for i in range(start, start + count)
        ]  # fmt: skip

    async def run_once(lines: list[tuple[int, bytes]], replay: bool = False) -> None:
        running = await run_worker(settings, clickhouse, broker.bootstrap)
        try:
            with Publisher(broker.bootstrap, settings) as publisher:
                publisher.publish_lines(lines, "restart.jsonl")
            await wait_for(lambda: running.pipeline.metrics.touchpoints_stored >= len(lines))
            assert await running.settled()
        finally:
            await running.stop()

    asyncio.run(run_once(batch(1, 4)))
    # A new worker, same group and changelogs: its table starts empty in memory,
    # is restored from the changelog, and then sees two new touchpoints and one
    # replayed old one (which must not be counted again).
    asyncio.run(run_once(batch(5, 2) + batch(1, 1)))

    _, rows = clickhouse.query(
        f"SELECT contact_count, version, repeat_contacts > 0 FROM voc.customers FINAL "
        f"WHERE customer_id = '{unique}-c'"
    )
    assert rows == [(6, 6, True)]
