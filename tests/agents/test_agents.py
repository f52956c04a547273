"""Faust agent tests with ``agent.test_context()``: the real agents and chDB, no broker.

Sends to Kafka (other topics, table changelogs) are the only thing patched:
those are exercised for real in tests/integration.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from unittest import mock

import faust
import pytest

from schemas.codec import AvroCodec
from schemas.models import Alert, DeadLetter, EnrichedTouchpoint, Touchpoint
from sinks.clickhouse.rowcodec import decode_rows
from sinks.clickhouse.store import ClickHouseStore
from streams.customer.compact import unpack
from streams.settings import Settings
from streams.stages.decode import encode_touchpoint
from streams.stages.records import ENRICHED_CODEC
from streams.worker.app import Pipeline, create_app
from streams.worker.records import KIND, META
from tests.support.builders import enriched, touchpoint_dict


@pytest.fixture
def sent() -> Iterator[dict[str, Any]]:
    """Patches Kafka sends; records what each topic and table changelog received."""
    with (
        mock.patch("faust.topics.Topic.send", new=mock.AsyncMock()) as send,
        mock.patch("faust.tables.base.Collection.send_changelog") as changelog,
    ):
        yield {"send": send, "changelog": changelog}


def make_app(tmp_path: Path, store: ClickHouseStore, unique: str) -> tuple[faust.App, Pipeline]:
    settings = Settings(
        data_dir=tmp_path, web_port=0, app_id=f"agents-{unique}", sink_batch_seconds=0.05
    )
    pipeline = Pipeline(settings=settings, store=store)
    app = create_app(pipeline, "127.0.0.1:9")  # never connected: test_context needs no broker
    app.finalize()
    app.flow_control.resume()
    return app, pipeline


def agent(app: faust.App, name: str) -> Any:
    return app.agents[f"streams.worker.app.{name}"]


async def settle(condition: Any, timeout: float = 10.0) -> None:
    for _ in range(int(timeout / 0.05)):
        if condition():
            return
        await asyncio.sleep(0.05)
    raise TimeoutError


def kinds(sent: dict[str, Any]) -> list[tuple[str, Any]]:
    """(voc-kind header or "" for alerts and dead letters, call kwargs) of every send."""
    out = []
    for call in sent["send"].call_args_list:
        headers = dict(call.kwargs.get("headers") or [])
        out.append((headers.get(KIND, b"").decode(), call.kwargs))
    return out


def test_ingest_enriches_good_input_and_dead_letters_bad_input(
    tmp_path: Path, clickhouse: ClickHouseStore, unique: str, sent: dict[str, Any]
) -> None:
    app, pipeline = make_app(tmp_path, clickhouse, unique)
    good = Touchpoint.model_validate(
        touchpoint_dict(event_id=f"{unique}-1", text="Service nul, je suis très déçu et en colère")
    )

    async def scenario() -> None:
        async with agent(app, "ingest").test_context() as ingest:
            await ingest.put(b"\x07 definitely not a touchpoint", key=b"k1")
            await ingest.put(encode_touchpoint(good), key=b"c-42")
            await settle(lambda: pipeline.metrics.enriched == 1)

    asyncio.run(scenario())
    assert pipeline.metrics.dead_letters == {"not_avro": 1}
    sends = kinds(sent)
    [letter_call] = [kw for kind, kw in sends if kind == ""]
    letter = DeadLetter.model_validate(AvroCodec("DeadLetter").decode(letter_call["value"]))
    assert letter.payload == b"\x07 definitely not a touchpoint" and letter.reason == "not_avro"
    # The good one goes to the sequencer, with where it was read (for the event-time order).
    [to_sequencer] = [kw for kind, kw in sends if kind == "touchpoint"]
    item = EnrichedTouchpoint.model_validate(ENRICHED_CODEC.decode(to_sequencer["value"]))
    assert item.event_id == f"{unique}-1" and item.customer_key == "c-42"
    assert item.language == "fr" and item.sentiment_label.value == "negative"
    assert "src" in json.loads(dict(to_sequencer["headers"])[META])


def test_customer_model_updates_state_alerts_and_rows_once(
    tmp_path: Path, clickhouse: ClickHouseStore, unique: str, sent: dict[str, Any]
) -> None:
    app, pipeline = make_app(tmp_path, clickhouse, unique)
    customer = {"customer_id": f"{unique}-c", "account_id": "acme"}
    survey = enriched(event_id=f"{unique}-s", customer=customer, scores={"nps": 1})
    payload = ENRICHED_CODEC.encode(survey.to_record())
    headers = [(KIND, b"touchpoint"), (META, json.dumps({"account_seq": 1}).encode())]

    async def scenario() -> None:
        async with agent(app, "customer_model").test_context() as model:
            await model.put(payload, key=survey.customer_key.encode(), headers=headers)
            await model.put(payload, key=survey.customer_key.encode(), headers=headers)
            await settle(lambda: pipeline.metrics.customer_records == 2)

    asyncio.run(scenario())
    sends = kinds(sent)
    [alert_call] = [kw for kind, kw in sends if kind == ""]
    alert = Alert.model_validate(AvroCodec("Alert").decode(alert_call["value"]))
    assert alert.rule == "detractor" and alert.evidence == [f"{unique}-s"]
    # One customer row; the account gets the contact update each time (it drops the copy).
    [row_call] = [kw for kind, kw in sends if kind == "rows"]
    table, columns, [row] = decode_rows(row_call["value"])
    assert table == "customers" and dict(zip(columns, row, strict=True))["contact_count"] == 1
    contacts = [kw for kind, kw in sends if kind == "contact"]
    assert len(contacts) == 2 and {kw["key"] for kw in contacts} == {b"acme"}
    changes = [call.args[2] for call in sent["changelog"].call_args_list]
    # The customers table keeps each state compressed (streams/customer/compact.py).
    states = [json.loads(unpack(value)) for value in changes if isinstance(value, bytes)]
    assert len(states) == 1 and states[0]["contact_count"] == 1


def test_account_rollup_applies_updates_in_the_resolvers_order(
    tmp_path: Path, clickhouse: ClickHouseStore, unique: str, sent: dict[str, Any]
) -> None:
    app, _ = make_app(tmp_path, clickhouse, unique)

    def update(seq: int, who: str) -> bytes:
        event = enriched(
            event_id=f"{unique}-{seq}", customer={"customer_id": who, "account_id": "acme"}
        )
        contact = {"customer_id": who, "sentiment_trend": -0.5, "last_sentiment": -0.8,
                   "churn_risk": 70, "contact_count": 1}  # fmt: skip
        return json.dumps(
            {"seq": seq, "contact": contact, "event": event.model_dump(mode="json")}
        ).encode()

    async def scenario() -> None:
        async with agent(app, "account_rollup").test_context() as rollup:
            await rollup.put(update(2, "b"), key=b"acme", headers=[(KIND, b"contact")])
            await rollup.put(update(1, "a"), key=b"acme", headers=[(KIND, b"contact")])
            await rollup.put(update(1, "a"), key=b"acme", headers=[(KIND, b"contact")])
            await settle(lambda: len(sent["changelog"].call_args_list) >= 2)
            await asyncio.sleep(0.5)  # the copy of 1 changes nothing

    asyncio.run(scenario())
    accounts = [call.args[2] for call in sent["changelog"].call_args_list]
    # Saved twice (2 waiting for 1, then both applied); the copy of 1 changed nothing.
    assert len(accounts) == 2
    assert accounts[-1]["next_seq"] == 3 and accounts[-1]["waiting"] == {}
    assert set(accounts[-1]["contacts"]) == {"a", "b"}
    records = [decode_rows(kw["value"]) for kind, kw in kinds(sent) if kind == "rows"]
    assert [table for table, _, rows in records for _ in rows] == ["accounts", "accounts"]
