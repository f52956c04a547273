"""``voc import csv``: survey export rows to survey_response touchpoints."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from schemas.codec import DecodeError
from schemas.models import Channel, Kind
from streams.stages.decode import decode_touchpoint
from streams.tools.import_csv import parse_mapping, row_to_touchpoint, rows_as_lines
from tests.support.builders import NOW

EXPORT = """Response ID,Submitted At,Email,Company,How likely are you to recommend us?,Why?,Plan
r-1001,2026-11-20 09:15:00,ann@example.com,Acme,9,"Great support, fast answers",Pro
r-1002,2026-11-20 10:02:00,bob@example.com,,3,"Trop cher, je pars chez Globex",Basic
,,,,,,
r-1003,2026-11-21 11:00:00,,,12,no identifier and a bad score,Pro
"""


def rows() -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(EXPORT)))


MAPPING = (
    "event_id=Response ID,occurred_at=Submitted At,email=Email,account_id=Company,"
    "nps=How likely are you to recommend us?,text=Why?"
)


def test_rows_become_survey_responses_validated_like_the_worker() -> None:
    mapping = parse_mapping(MAPPING)
    lines = list(rows_as_lines(rows(), mapping, "typeform"))
    assert [number for number, _ in lines] == [2, 3, 5]  # the blank row is skipped
    first = decode_touchpoint(lines[0][1], NOW)
    assert (first.channel, first.kind, first.source) == (
        Channel.survey,
        Kind.survey_response,
        "typeform",
    )
    assert (first.event_id, first.scores.nps, first.customer.account_id) == ("r-1001", 9, "Acme")
    assert first.text == "Great support, fast answers"
    assert first.attributes == {"plan": "Pro"}
    assert first.occurred_at.isoformat() == "2026-11-20T09:15:00+00:00"
    second = decode_touchpoint(lines[1][1], NOW)
    assert (second.scores.nps, second.customer.account_id) == (3, None)
    with pytest.raises(DecodeError) as error:
        decode_touchpoint(lines[2][1], NOW)
    assert error.value.reason == "validation_error"
    assert "nps" in error.value.detail and "customer" in error.value.detail


def test_toml_mapping_with_date_format_timezone_and_derived_ids(tmp_path: Path) -> None:
    path = tmp_path / "mapping.toml"
    path.write_text(
        'date_format = "%d/%m/%Y %H:%M"\ntimezone = "Europe/Paris"\n'
        '[columns]\noccurred_at = "Date"\nphone = "Tel"\ncsat = "Note"\n',
        encoding="utf-8",
    )
    mapping = parse_mapping(str(path))
    row = {"Date": "20/11/2026 10:15", "Tel": "06 12 34 56 78", "Note": "4.0", "Canal": "app"}
    record = row_to_touchpoint(row, mapping, "survey_csv")
    assert record["occurred_at"] == "2026-11-20T09:15:00+00:00"
    assert record["scores"]["csat"] == 4
    assert record["attributes"] == {"canal": "app"}
    again = row_to_touchpoint(dict(row), mapping, "survey_csv")
    assert record["event_id"] == again["event_id"] and record["event_id"].startswith("h-")
    other = row_to_touchpoint(row | {"Note": "5"}, mapping, "survey_csv")
    assert other["event_id"] != record["event_id"]


def test_bad_mappings_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown field"):
        parse_mapping("occurred_at=Date,score=Note")
    with pytest.raises(ValueError, match="occurred_at"):
        parse_mapping("nps=Note")
