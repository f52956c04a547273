"""The gateway's pure parts: write keys, body parsing, limits, derived event ids."""

from __future__ import annotations

import base64
import json

import pytest

from streams.ingest.auth import check_key, key_from_header
from streams.ingest.batch import BodyError, derived_event_id, split_events, validate_events
from streams.settings import Settings, hash_write_key
from tests.support.builders import NOW, touchpoint_dict

KEYS = Settings(ingest_keys="wk_live_1, wk_live_2").ingest_keys


def test_keys_are_kept_hashed_and_checked_bearer_or_basic() -> None:
    assert "wk_live_1" not in repr(Settings(ingest_keys="wk_live_1"))
    assert {hash_write_key("wk_live_1"), hash_write_key("wk_live_2")} == KEYS
    assert Settings(ingest_keys=hash_write_key("pre")).ingest_keys == {hash_write_key("pre")}
    assert check_key("Bearer wk_live_2", KEYS) is None
    basic = "Basic " + base64.b64encode(b"wk_live_1:").decode()
    assert check_key(basic, KEYS) is None
    assert key_from_header("Basic !!notbase64") is None
    assert check_key("Bearer wk_live_3", KEYS) == "invalid_write_key"
    assert check_key(None, KEYS) == "missing_write_key"
    assert check_key("Token wk_live_1", KEYS) == "missing_write_key"
    assert check_key("Bearer wk_live_1", frozenset()) == "no_write_keys_configured"


def _body(*events: object) -> bytes:
    return json.dumps(list(events)).encode()


def test_array_and_ndjson_give_the_same_events() -> None:
    events = [touchpoint_dict(event_id=f"e-{i}") for i in range(3)]
    as_array = split_events(_body(*events), 10, 10_000)
    ndjson = "\n".join(json.dumps(e) for e in events).encode() + b"\n\n"
    as_lines = split_events(ndjson, 10, 10_000)
    assert [v for v, _ in as_array] == [v for v, _ in as_lines] == events
    assert json.loads(as_array[1][1]) == events[1]  # the event's own source text
    single = json.dumps(events[0], indent=2).encode()  # one object over several lines
    assert [v for v, _ in split_events(single, 10, 10_000)] == [events[0]]


@pytest.mark.parametrize(
    ("body", "status", "reason"),
    [
        (b"", 400, "empty"),
        (b"  []  ", 400, "empty"),
        (b"[{]", 400, "malformed_json"),
        (b'[{"a": 1} {"b": 2}]', 400, "malformed_json"),
        (b'[{"a": 1}] x', 400, "malformed_json"),
        (b"\xff\xfe", 400, "invalid_utf8"),
        (_body(*[{"n": i} for i in range(11)]), 413, "too_many_events"),
        (_body({"text": "x" * 600}), 413, "event_too_large"),
    ],
)
def test_refused_bodies(body: bytes, status: int, reason: str) -> None:
    with pytest.raises(BodyError) as error:
        split_events(body, 10, 500)
    assert (error.value.status, error.value.reason) == (status, reason)


def test_invalid_events_are_rejected_by_index_with_the_workers_reasons() -> None:
    good = touchpoint_dict(event_id="ok-1")
    lines = [
        json.dumps(good),
        "{not json",
        json.dumps([1, 2]),
        json.dumps(touchpoint_dict(event_id="bad-1", scores={"nps": 11})),
        json.dumps(touchpoint_dict(event_id="bad-2", occurred_at="1999-01-01T00:00:00Z")),
        json.dumps(touchpoint_dict(event_id="bad-3", customer={})),
    ]
    batch = validate_events(split_events("\n".join(lines).encode(), 10, 10_000), NOW)
    assert [(i, tp.event_id) for i, tp in batch.accepted] == [(0, "ok-1")]
    reasons = [(r.index, r.reason) for r in batch.rejected]
    assert reasons == [
        (1, "invalid_json"),
        (2, "invalid_json"),
        (3, "validation_error"),
        (4, "out_of_range_time"),
        (5, "validation_error"),
    ]
    assert batch.rejected[0].raw == b"{not json"
    assert "scores.nps" in batch.rejected[2].detail


def test_missing_event_id_is_derived_from_the_content() -> None:
    event = touchpoint_dict()
    del event["event_id"]
    first = validate_events(split_events(_body(event), 10, 10_000), NOW).accepted[0][1]
    retry = validate_events(split_events(_body(event | {"event_id": None}), 10, 10_000), NOW)
    assert first.event_id.startswith("h-")
    assert retry.accepted[0][1].event_id == first.event_id
    assert derived_event_id(dict(reversed(list(event.items())))) == first.event_id  # key order
    other = validate_events(split_events(_body(event | {"text": "autre"}), 10, 10_000), NOW)
    assert other.accepted[0][1].event_id != first.event_id
