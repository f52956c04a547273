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
from sinks.clickhouse.store import ClickHouseStore
from streams.settings import Settings
from streams.stages.decode import encode_touchpoint
from streams.worker.app import ENRICHED_CODEC, Pipeline, create_app
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


def test_ingest_enriches_good_input_and_dead_letters_bad_input(
    tmp_path: Path, clickhouse: ClickHouseStore, unique: str, sent: dict[str, Any]
) -> None:
    app, pipeline = make_app(tmp_path, clickhouse, unique)
    good = Touchpoint.model_validate(
        touchpoint_dict(event_id=f"{unique}-1", text="Service nul, je suis très déçu et en colère")
    )

    async def scenario() -> None:
        async with agent(app, "ingest").test_context() as ingest:
            await ingest.put(b"\x00 definitely not a touchpoint", key=b"k1")
            await ingest.put(encode_touchpoint(good), key=b"c-42")
            await settle(lambda: pipeline.metrics.enriched == 1)

    asyncio.run(scenario())
    assert pipeline.metrics.dead_letters == {"not_avro": 1}
    values = [call.kwargs["value"] for call in sent["send"].call_args_list]
    letter = DeadLetter.model_validate(AvroCodec("DeadLetter").decode(values[0]))
    assert letter.payload == b"\x00 definitely not a touchpoint" and letter.reason == "not_avro"
    item = EnrichedTouchpoint.model_validate(ENRICHED_CODEC.decode(values[1]))
    assert item.event_id == f"{unique}-1" and item.customer_key == "c-42"
    assert item.language == "fr" and item.sentiment_label.value == "negative"


def test_customer_model_updates_state_alerts_and_stores_once(
    tmp_path: Path, clickhouse: ClickHouseStore, unique: str, sent: dict[str, Any]
) -> None:
    app, pipeline = make_app(tmp_path, clickhouse, unique)
    customer = {"customer_id": f"{unique}-c", "account_id": "acme"}
    survey = enriched(event_id=f"{unique}-s", customer=customer, scores={"nps": 1})
    payload = ENRICHED_CODEC.encode(survey.to_record())

    async def scenario() -> None:
        async with agent(app, "customer_model").test_context() as model:
            await model.put(payload, key=survey.customer_key.encode())
            await model.put(payload, key=survey.customer_key.encode())  # a replay
            await settle(lambda: pipeline.metrics.touchpoints_stored == 2)

    asyncio.run(scenario())
    [alert_call] = sent["send"].call_args_list
    alert = Alert.model_validate(AvroCodec("Alert").decode(alert_call.kwargs["value"]))
    assert alert.rule == "detractor" and alert.evidence == [f"{unique}-s"]
    changes = [call.args[2] for call in sent["changelog"].call_args_list]
    # The customers table holds JSON bytes; the account table JSON documents.
    states = [json.loads(value) for value in changes if isinstance(value, bytes)]
    changes = [value for value in changes if not isinstance(value, bytes)]
    accounts = [value for value in changes if "contacts" in value]
    assert len(states) == 1 and states[0]["contact_count"] == 1
    assert len(accounts) == 1 and f"{unique}-c" in accounts[0]["contacts"]
    _, rows = clickhouse.query(
        f"SELECT count(), any(customer_id) FROM voc.touchpoints FINAL WHERE event_id = '{unique}-s'"
    )
    assert rows == [(1, f"{unique}-c")]
    _, customers = clickhouse.query(
        f"SELECT contact_count FROM voc.customers FINAL WHERE customer_id = '{unique}-c'"
    )
    assert customers == [(1,)]
