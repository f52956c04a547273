from __future__ import annotations

import json
import struct

import pytest

from schemas.codec import MAGIC, AvroCodec, DecodeError, known_schemas
from schemas.models import Touchpoint
from tests.support.builders import touchpoint_dict


def crc64_avro(data: bytes) -> int:
    """The Avro specification's reference fingerprint, written out independently."""
    empty = 0xC15D213AA4D7A795
    table = []
    for i in range(256):
        fp = i
        for _ in range(8):
            fp = (fp >> 1) ^ (empty & -(fp & 1))
        table.append(fp)
    fp = empty
    for byte in data:
        fp = (fp >> 8) ^ table[(fp ^ byte) & 0xFF]
    return fp


def test_round_trip_uses_single_object_encoding() -> None:
    codec = AvroCodec("Touchpoint")
    record = Touchpoint.model_validate(touchpoint_dict()).to_record()
    data = codec.encode(record)
    assert data[:2] == MAGIC
    assert data[2:10] == codec.schema.fingerprint
    decoded = codec.decode(data)
    assert Touchpoint.model_validate(decoded) == Touchpoint.model_validate(record)


def test_fingerprint_is_crc64_of_canonical_form_little_endian() -> None:
    from fastavro.schema import to_parsing_canonical_form

    schema = AvroCodec("Alert").schema
    canonical = to_parsing_canonical_form(schema.parsed)
    assert '"type":"long"' in canonical  # logical types reduce to their primitive
    assert schema.fingerprint == struct.pack("<Q", crc64_avro(canonical.encode()))


def test_released_versions_are_known_by_fingerprint() -> None:
    names = {version.name for version in known_schemas().values()}
    assert {"Touchpoint", "EnrichedTouchpoint", "Alert", "DeadLetter"} <= names


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "not_avro"),
        (b"hello world", "not_avro"),
        (MAGIC + b"\x00" * 8 + b"abc", "unknown_schema"),
    ],
)
def test_undecodable_input_has_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(DecodeError) as error:
        AvroCodec("Touchpoint").decode(data)
    assert error.value.reason == reason


def test_truncated_and_wrong_schema_messages() -> None:
    touchpoints = AvroCodec("Touchpoint")
    data = touchpoints.encode(Touchpoint.model_validate(touchpoint_dict()).to_record())
    with pytest.raises(DecodeError) as truncated:
        touchpoints.decode(data[:-7])
    assert truncated.value.reason == "avro_decode_error"
    with pytest.raises(DecodeError) as trailing:
        touchpoints.decode(data + b"\x00")
    assert trailing.value.reason == "avro_decode_error"
    alert_bytes = MAGIC + AvroCodec("Alert").schema.fingerprint + b"\x00"
    with pytest.raises(DecodeError) as wrong:
        touchpoints.decode(alert_bytes)
    assert wrong.value.reason == "wrong_schema"
    assert json.dumps(wrong.value.detail)
