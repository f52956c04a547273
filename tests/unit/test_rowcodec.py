"""Rows travel to the store writer as JSON and come back as the same values."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from sinks.clickhouse.rowcodec import (
    MAX_ROWS_BYTES,
    decode_row,
    decode_rows,
    encode_row,
    encode_rows,
)
from streams.worker.ordering import offset_ranges


def test_a_row_round_trips_with_its_datetimes_lists_and_maps() -> None:
    at = datetime(2026, 11, 29, 10, 15, 0, 123000, tzinfo=UTC)
    row = ("c-1", at, None, ["email:a@b.c"], {"email": 2}, 0.5, True, '{"$dt": "no"}')
    columns = ("id", "at", "gone", "ids", "channels", "trend", "flag", "state")
    table, back_columns, back = decode_row(encode_row("customers", columns, row))
    assert (table, back_columns, back) == ("customers", columns, row)


@pytest.mark.parametrize(
    "payload", [b"[]", b'{"table": "t"}', b'{"table": "t", "columns": ["a"], "row": []}']
)
def test_anything_else_is_refused(payload: bytes) -> None:
    with pytest.raises(ValueError):
        decode_row(payload)


def test_the_rows_of_a_batch_travel_in_few_records_under_the_size_limit() -> None:
    at = datetime(2026, 11, 29, 10, 15, tzinfo=UTC)
    columns = ("id", "at", "state")
    rows = [(f"c-{n}", at, "x" * 3_000) for n in range(200)]
    records = encode_rows("customers", columns, rows)
    assert 1 < len(records) < 10 and all(len(r) <= MAX_ROWS_BYTES for r in records)
    back = [row for record in records for row in decode_rows(record)[2]]
    assert back == rows
    assert decode_rows(records[0])[:2] == ("customers", columns)


def test_a_one_row_record_reads_as_one_row_and_a_marker_keeps_its_prefix() -> None:
    assert decode_rows(encode_row("accounts", ("a",), (1,))) == ("accounts", ("a",), [(1,)])
    assert encode_rows("$erase", ("m",), [({"keys": []},)])[0].startswith(b'{"table": "$erase"')


def test_offsets_are_kept_as_runs() -> None:
    assert offset_ranges([7, 3, 4, 5, 9, 10]) == [[3, 5], [7, 7], [9, 10]]
    assert offset_ranges([]) == []
