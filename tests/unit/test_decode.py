from __future__ import annotations

from datetime import timedelta

import pytest

from schemas.codec import DecodeError
from schemas.models import MAX_TEXT_CHARS, Channel
from streams.stages.decode import dead_letter, decode_touchpoint, encode_touchpoint
from tests.support.builders import NOW, touchpoint_dict, touchpoint_json


def reason_of(payload: bytes) -> str:
    with pytest.raises(DecodeError) as error:
        decode_touchpoint(payload, NOW)
    return error.value.reason


def test_contract_example_decodes_from_json_and_avro() -> None:
    from_json = decode_touchpoint(touchpoint_json(), NOW)
    assert from_json.channel is Channel.email
    assert from_json.customer.best_key() == "c-42"
    from_avro = decode_touchpoint(encode_touchpoint(from_json), NOW)
    assert from_avro == from_json


def test_unknown_fields_are_kept_in_attributes() -> None:
    tp = decode_touchpoint(touchpoint_json(priority="high", tags=["vip", "fr"]), NOW)
    assert tp.attributes == {"order_value": "129.90", "priority": "high", "tags": '["vip", "fr"]'}


def test_customer_without_customer_id_uses_best_other_identifier() -> None:
    customer = {"phone": "+33 6 12 34 56 78"}
    tp = decode_touchpoint(touchpoint_json(customer=customer), NOW)
    assert tp.customer.best_key() == "phone:+33612345678"


@pytest.mark.parametrize(
    ("overrides", "reason"),
    [
        ({"customer": {"account_id": "acme"}}, "validation_error"),
        ({"scores": {"nps": 42}}, "validation_error"),
        ({"scores": {"csat": 0}}, "validation_error"),
        ({"channel": "fax"}, "validation_error"),
        ({"occurred_at": "yesterday"}, "validation_error"),
        ({"occurred_at": "1970-01-01T00:00:00Z"}, "out_of_range_time"),
        ({"occurred_at": "2099-01-01T00:00:00Z"}, "out_of_range_time"),
        ({"text": "x" * (MAX_TEXT_CHARS + 1)}, "text_too_long"),
        ({"event_id": ""}, "validation_error"),
    ],
)
def test_invalid_touchpoints_are_rejected_with_reason(
    overrides: dict[str, object], reason: str
) -> None:
    assert reason_of(touchpoint_json(**overrides)) == reason


def test_garbage_is_rejected_with_reason() -> None:
    assert reason_of(b"") == "empty"
    assert reason_of(b"{not json") == "invalid_json"
    assert reason_of(b"{\xff\xfe}") == "invalid_utf8"
    assert reason_of(b"[1, 2]") == "not_avro"
    assert reason_of(b'{"a": 1') == "invalid_json"


def test_validation_detail_names_the_field() -> None:
    with pytest.raises(DecodeError) as error:
        decode_touchpoint(touchpoint_json(scores={"nps": 42}), NOW)
    assert "scores.nps" in error.value.detail


def test_small_clock_skew_is_accepted() -> None:
    soon = (NOW + timedelta(hours=2)).isoformat()
    assert decode_touchpoint(touchpoint_json(occurred_at=soon), NOW).occurred_at > NOW


def test_dead_letter_keeps_bytes_and_origin() -> None:
    payload = b"\x00garbage"
    letter = dead_letter(DecodeError("not_avro", "no header"), payload, b"k", "t", 3, 99, NOW)
    assert (letter.payload, letter.source_key, letter.source_partition) == (payload, b"k", 3)
    assert (letter.source_topic, letter.source_offset, letter.reason) == ("t", 99, "not_avro")
    assert touchpoint_dict()["event_id"] == "e-1"


def nested_attribute(depth: int) -> bytes:
    nested = b'{"k":' * depth + b"1" + b"}" * depth
    return touchpoint_json()[:-1] + b', "attributes": {"deep": ' + nested + b"}}"


def test_deeply_nested_json_is_a_dead_letter_never_a_crash() -> None:
    """Nested ~1,000 deep, json and pydantic raise RecursionError: a reason, not a crash."""
    with pytest.raises(DecodeError, match="nested too deeply") as error:
        decode_touchpoint(nested_attribute(5_000), NOW)
    assert error.value.reason == "invalid_json"
    kept = decode_touchpoint(nested_attribute(50), NOW)  # shallower: kept as a JSON string
    assert kept.attributes["deep"].startswith('{"k": {"k":')
