"""Confluent wire format through confluent-kafka's ``mock://`` schema registry."""

from __future__ import annotations

import io
import json
import struct
import uuid

import pytest
from confluent_kafka.schema_registry import Schema
from fastavro import parse_schema, schemaless_writer

from schemas.codec import SCHEMA_DIR, DecodeError, wire_format
from schemas.registry import ConfluentCodec, RegistryUnavailable, registry_client
from streams.stages.decode import dead_letter, decode_touchpoint, encode_touchpoint
from tests.support.builders import NOW, touchpoint_json

TOPIC = "voc.touchpoints.email"


@pytest.fixture
def codec() -> ConfluentCodec:
    return ConfluentCodec(registry_client(f"mock://{uuid.uuid4().hex}"), "Touchpoint")


def test_round_trip_and_the_decoder_chooses_by_first_byte(codec: ConfluentCodec) -> None:
    touchpoint = decode_touchpoint(touchpoint_json(), NOW)
    framed = codec.encode(touchpoint.to_record(), TOPIC)
    schema_id = codec._client.get_latest_version(f"{TOPIC}-value").schema_id
    assert framed[:1] == b"\x00" and struct.unpack(">I", framed[1:5]) == (schema_id,)
    assert wire_format(framed) == "confluent"
    assert decode_touchpoint(framed, NOW, registry=codec.decode) == touchpoint
    single_object = encode_touchpoint(touchpoint)
    assert wire_format(single_object) == "single_object"
    assert decode_touchpoint(single_object, NOW, registry=codec.decode) == touchpoint
    assert decode_touchpoint(touchpoint_json(), NOW, registry=codec.decode) == touchpoint


def test_an_older_writer_version_resolves_against_the_current_schema(
    codec: ConfluentCodec,
) -> None:
    v1_text = (SCHEMA_DIR / "history" / "touchpoint.v1.avsc").read_text()
    v1_id = codec._client.register_schema(f"{TOPIC}-value", Schema(v1_text, "AVRO"))
    record = decode_touchpoint(touchpoint_json(), NOW).to_record()
    v1 = parse_schema(json.loads(v1_text))
    v1_record = {k: v for k, v in record.items() if k in {f["name"] for f in v1["fields"]}}
    body = io.BytesIO()
    schemaless_writer(body, v1, v1_record)
    framed = b"\x00" + struct.pack(">I", v1_id) + body.getvalue()
    decoded = decode_touchpoint(framed, NOW, registry=codec.decode)
    assert decoded.event_id == "e-1" and decoded.customer.best_key() == "c-42"


def test_unknown_id_wrong_schema_and_no_registry_are_dead_letter_reasons(
    codec: ConfluentCodec,
) -> None:
    touchpoint = decode_touchpoint(touchpoint_json(), NOW)
    framed = codec.encode(touchpoint.to_record(), TOPIC)
    unknown = b"\x00" + struct.pack(">I", 4242) + framed[5:]
    with pytest.raises(DecodeError) as error:
        decode_touchpoint(unknown, NOW, registry=codec.decode)
    assert error.value.reason == "unknown_schema" and "4242" in error.value.detail
    letter = dead_letter(error.value, unknown, b"c-42", TOPIC, 0, 17, NOW)
    assert (letter.reason, letter.payload, letter.source_offset) == ("unknown_schema", unknown, 17)

    other = ConfluentCodec(codec._client, "DeadLetter")
    wrong = other.encode(letter.to_record(), "voc.touchpoints.dlq")
    with pytest.raises(DecodeError) as error:
        decode_touchpoint(wrong, NOW, registry=codec.decode)
    assert error.value.reason == "wrong_schema"

    with pytest.raises(DecodeError) as error:
        decode_touchpoint(framed, NOW)  # no registry configured
    assert error.value.reason == "unknown_schema"
    assert "VOC_SCHEMA_REGISTRY_URL" in error.value.detail


def test_a_registry_that_does_not_answer_is_not_the_messages_fault() -> None:
    from streams.worker.embedded import free_port

    client = registry_client(f"http://127.0.0.1:{free_port()}")  # nothing listens there
    codec = ConfluentCodec(client, "Touchpoint")
    framed = b"\x00" + struct.pack(">I", 1) + b"\x02"
    with pytest.raises(RegistryUnavailable):
        codec.decode(framed)
