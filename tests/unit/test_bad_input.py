"""Property-based: whatever bytes arrive, the decoder either returns a valid
touchpoint or raises DecodeError with a machine-readable reason. Never another
exception (which would kill the agent), never a silent drop."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from schemas.codec import AvroCodec, DecodeError
from schemas.models import Alert, Touchpoint
from streams.stages.decode import decode_touchpoint, encode_touchpoint
from tests.support.builders import NOW, touchpoint_dict

REASONS = {
    "empty", "not_avro", "unknown_schema", "wrong_schema", "avro_decode_error", "invalid_json",
    "invalid_utf8", "validation_error", "text_too_long", "out_of_range_time", "too_large",
}  # fmt: skip
VALID = encode_touchpoint(Touchpoint.model_validate(touchpoint_dict()))


def outcome(payload: bytes) -> str:
    try:
        decode_touchpoint(payload, NOW)
    except DecodeError as error:
        assert error.reason in REASONS, error.reason
        assert error.detail
        return error.reason
    return "ok"


@given(st.binary(max_size=2_000))
def test_random_bytes(payload: bytes) -> None:
    outcome(payload)


@given(st.integers(min_value=0, max_value=len(VALID) - 1))
def test_truncated_avro(cut: int) -> None:
    assert outcome(VALID[:cut]) != "ok"


@given(st.binary(min_size=1, max_size=64), st.integers(min_value=10, max_value=len(VALID) - 1))
def test_corrupted_avro_body(noise: bytes, at: int) -> None:
    outcome(VALID[:at] + noise + VALID[at + len(noise) :])


def test_valid_avro_of_the_wrong_schema() -> None:
    alert = Alert(
        alert_id="a", rule="detractor", severity="warning", created_at=NOW,
        explanation="x", dedup_key="d", emitted_at=NOW,
    )  # fmt: skip
    assert outcome(AvroCodec("Alert").encode(alert.to_record())) == "wrong_schema"


scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=10,
)


@given(st.sampled_from(sorted(touchpoint_dict())), json_values)
@settings(suppress_health_check=[HealthCheck.too_slow])
def test_wrong_types_in_any_field(field: str, value: Any) -> None:
    data = touchpoint_dict()
    data[field] = value
    outcome(json.dumps(data).encode())


@given(st.sets(st.sampled_from(sorted(touchpoint_dict())), min_size=1))
def test_missing_fields(missing: set[str]) -> None:
    data = {k: v for k, v in touchpoint_dict().items() if k not in missing}
    required = {"event_id", "occurred_at", "channel", "kind", "customer"}
    assert (outcome(json.dumps(data).encode()) == "ok") == (not missing & required)


@given(st.integers(min_value=-100_000, max_value=100_000))
def test_dates_far_in_the_past_and_future(days: int) -> None:
    moment = datetime(2026, 11, 23, tzinfo=UTC) + timedelta(days=days)
    result = outcome(json.dumps(touchpoint_dict(occurred_at=moment.isoformat())).encode())
    in_range = datetime(2000, 1, 1, tzinfo=UTC) <= moment <= NOW + timedelta(days=1)
    assert result == ("ok" if in_range else "out_of_range_time")


@given(st.integers(min_value=-1_000, max_value=1_000))
def test_nps_out_of_range(nps: int) -> None:
    result = outcome(json.dumps(touchpoint_dict(scores={"nps": nps})).encode())
    assert result == ("ok" if 0 <= nps <= 10 else "validation_error")


def test_huge_text_and_invalid_utf8() -> None:
    assert outcome(json.dumps(touchpoint_dict(text="é" * 1_000_000)).encode()) == "too_large"
    assert outcome(json.dumps(touchpoint_dict(text="a" * 100_000)).encode()) == "text_too_long"
    assert outcome(b'{"event_id": "\xff\xfe"}') == "invalid_utf8"
