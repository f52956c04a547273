"""Erasure on request against the real broker and chDB (issue 13.1).

Ann is known under a customer id, an e-mail and a phone that identity
resolution merged, and is a B2B contact of an account with Bob. She is erased
while Bob's and Carol's touchpoints flow. Afterwards no table holds her
identifiers or texts, Bob's and Carol's counts are what they were going to be,
and a restarted worker (state restored from the changelogs) does not bring
her back: her phone, seen again, is a new customer.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest
from kafka import KafkaProducer

from sinks.clickhouse.store import ClickHouseStore
from streams.settings import Settings
from streams.stages.erasure import ErasureRequest, subject_hash
from streams.tools.forget import audit_rows, forget_in_store
from streams.tools.publisher import Publisher
from streams.worker.embedded import EmbeddedBroker
from tests.integration.harness import run_worker, settings_for, wait_for
from tests.support.builders import touchpoint_dict
from tests.support.pii_search import tables_holding

pytestmark = pytest.mark.integration

ANGRY = "Toujours pas reçu ma commande, c'est inadmissible, je veux un remboursement"


def phone_of(unique: str) -> tuple[str, str]:
    """A phone number no other test uses: as written, and as identity normalises it."""
    digits = f"{int(unique, 16) % 10**8:08d}"
    spaced = " ".join(digits[i : i + 2] for i in range(0, 8, 2))
    return f"+33 6 {spaced}", f"+336{digits}"


class People:
    def __init__(self, unique: str) -> None:
        self.u = unique
        self.ann_id = f"{unique}-ann"
        self.ann_email = f"ann.{unique}@example.com"
        self.ann_phone, self.ann_phone_norm = phone_of(unique)
        self.secret = f"annsecret{unique}"
        self.account = f"acme-{unique}"
        self.bob = f"{unique}-bob"
        self.carol = f"{unique}-carol"
        self.n = 0

    def line(self, day: int, customer: dict[str, Any], text: str, **fields: Any) -> bytes:
        self.n += 1
        data = touchpoint_dict(
            event_id=f"{self.u}-{self.n}",
            occurred_at=f"2026-11-{day:02d}T{8 + self.n % 10:02d}:00:00Z",
            customer=customer,
            text=text,
            subject=fields.pop("subject", "Commande"),
            **fields,
        )
        return json.dumps(data).encode()

    def ann(self, day: int, **ref: Any) -> bytes:
        customer = {"account_id": self.account, **ref}
        return self.line(day, customer, f"{ANGRY} ({self.secret} {day})")

    def bob_line(self, day: int) -> bytes:
        customer = {"customer_id": self.bob, "account_id": self.account}
        return self.line(day, customer, ANGRY, attributes={"role": "buyer"})

    def carol_line(self, day: int) -> bytes:
        return self.line(day, {"customer_id": self.carol}, "Livraison rapide, merci beaucoup")


def publish(bootstrap: str, settings: Settings, lines: list[bytes], origin: str) -> None:
    with Publisher(bootstrap, settings) as publisher:
        publisher.publish_lines(list(enumerate(lines, 1)), origin)


def request_erasure(bootstrap: str, settings: Settings, subject: str) -> ErasureRequest:
    """As an upstream system would: a JSON request on the erasure topic."""
    request = ErasureRequest.new(subject)
    producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all")
    try:
        producer.send(settings.erasure_topic, value=request.encode()).get(timeout=30)
    finally:
        producer.close()
    return request


def counts(store: ClickHouseStore, people: People) -> dict[str, Any]:
    _, customers = store.query(
        "SELECT customer_id, contact_count FROM voc.customers FINAL "
        f"WHERE customer_id IN ('{people.bob}', '{people.carol}') ORDER BY customer_id"
    )
    _, touchpoints = store.query(
        "SELECT customer_id, count() FROM voc.touchpoints FINAL "
        f"WHERE customer_id IN ('{people.bob}', '{people.carol}') "
        "GROUP BY customer_id ORDER BY customer_id"
    )
    return {"customers": customers, "touchpoints": touchpoints}


def test_erasure_mid_stream_everywhere_and_after_a_restart(
    broker: EmbeddedBroker, clickhouse: ClickHouseStore, unique: str, tmp_path: Path
) -> None:
    settings = settings_for(unique, tmp_path)
    p = People(unique)
    ann_needles = [p.ann_id, p.ann_email, p.ann_phone, p.ann_phone_norm[3:], p.secret]
    history = [
        p.ann(10, email=p.ann_email),  # key email:…
        p.ann(11, phone=p.ann_phone),  # key phone:…
        p.bob_line(11),
        p.carol_line(11),
        p.ann(12, email=p.ann_email, phone=p.ann_phone),  # merges e-mail and phone
        p.ann(13, customer_id=p.ann_id, email=p.ann_email),  # the id absorbs them
        p.bob_line(13),
        p.ann(14, customer_id=p.ann_id),
    ]
    # A line of hers that fails validation: a dead letter that names her id.
    bad = json.loads(p.ann(14, customer_id=p.ann_id))
    bad["scores"] = {"nps": 42}
    during = [p.bob_line(15), p.carol_line(15), p.ann(15, customer_id=p.ann_id)]
    after = [p.bob_line(16), p.carol_line(16), p.bob_line(17)]
    bob_total, carol_total = 5, 3

    async def first_run() -> ErasureRequest:
        running = await run_worker(settings, clickhouse, broker.bootstrap)
        try:
            publish(broker.bootstrap, settings, [*history, json.dumps(bad).encode()], "h.jsonl")
            await wait_for(lambda: running.pipeline.metrics.touchpoints_stored >= len(history))
            assert await running.settled()
            held = tables_holding(clickhouse, ann_needles)
            assert {"touchpoints", "customers", "dead_letters", "accounts"} <= set(held), held
            # Erased while events flow: hers and theirs before, theirs after.
            publish(broker.bootstrap, settings, during, "d.jsonl")
            request = request_erasure(broker.bootstrap, settings, f"phone:{p.ann_phone}")
            publish(broker.bootstrap, settings, after, "a.jsonl")
            await wait_for(lambda: audit_rows(query, request.request_id) is not None)
            await wait_for(
                lambda: (
                    counts(clickhouse, p)["touchpoints"]
                    == [(p.bob, bob_total), (p.carol, carol_total)]
                )
            )
            assert await running.settled()
            return request
        finally:
            await running.stop()

    def query(sql: str) -> list[tuple[Any, ...]]:
        return clickhouse.query(sql)[1]

    request = asyncio.run(first_run())
    assert tables_holding(clickhouse, ann_needles) == {}
    expected = {
        "customers": [(p.bob, bob_total), (p.carol, carol_total)],
        "touchpoints": [(p.bob, bob_total), (p.carol, carol_total)],
    }
    assert counts(clickhouse, p) == expected
    _, account = clickhouse.query(
        f"SELECT contacts, contact_state FROM voc.accounts FINAL WHERE account_id = '{p.account}'"
    )
    assert account and account[0][0] == 1 and p.bob in account[0][1]
    erased = audit_rows(query, request.request_id)
    assert erased is not None and erased["touchpoints"] >= 5 and erased["customers"] >= 3
    assert erased["dead_letters"] == 1 and erased["accounts"] >= 1
    _, audit = clickhouse.query(
        f"SELECT subject_hash, keys, identifiers FROM voc.erasures "
        f"WHERE request_id = '{request.request_id}'"
    )
    assert audit == [(subject_hash(f"phone:{p.ann_phone_norm}"), 3, 3)]

    async def restarted() -> None:
        # State restored from the changelogs: her phone seen again is a new customer.
        running = await run_worker(settings, clickhouse, broker.bootstrap)
        try:
            again = [p.ann(20, phone=p.ann_phone), p.carol_line(20)]
            publish(broker.bootstrap, settings, again, "r.jsonl")
            stored = f"SELECT count() FROM voc.touchpoints FINAL WHERE event_id LIKE '{unique}-%'"
            total = bob_total + carol_total + 2
            await wait_for(lambda: query(stored)[0][0] >= total)
            assert await running.settled()
        finally:
            await running.stop()

    asyncio.run(restarted())
    _, rows = clickhouse.query(
        "SELECT customer_id, contact_count, identifiers FROM voc.customers FINAL "
        f"WHERE has(identifiers, 'phone:{p.ann_phone_norm}')"
    )
    assert rows == [(f"phone:{p.ann_phone_norm}", 1, [f"phone:{p.ann_phone_norm}"])]
    assert tables_holding(clickhouse, [p.ann_id, p.ann_email, p.secret + " 1"]) == {}


def test_forget_on_a_stopped_store_is_idempotent(
    broker: EmbeddedBroker, clickhouse: ClickHouseStore, unique: str, tmp_path: Path
) -> None:
    """``voc forget`` with no worker: the rows go, the audit is written, twice is harmless."""
    settings = settings_for(unique, tmp_path)
    p = People(unique)
    lines = [
        p.ann(10, email=p.ann_email),
        p.ann(11, customer_id=p.ann_id, email=p.ann_email),
        p.carol_line(12),
    ]

    async def run() -> None:
        running = await run_worker(settings, clickhouse, broker.bootstrap)
        try:
            publish(broker.bootstrap, settings, lines, "s.jsonl")
            await wait_for(lambda: running.pipeline.metrics.touchpoints_stored >= len(lines))
            assert await running.settled()
        finally:
            await running.stop()

    asyncio.run(run())
    first = forget_in_store(clickhouse, ErasureRequest.new(f"email:{p.ann_email.upper()}"))
    assert first["touchpoints"] == 2 and first["customers"] == 2, first
    second = forget_in_store(clickhouse, ErasureRequest.new(p.ann_id))
    assert set(second.values()) == {0}
    assert tables_holding(clickhouse, [p.ann_id, p.ann_email, p.secret]) == {}
    assert counts(clickhouse, p)["touchpoints"] == [(p.carol, 1)]
