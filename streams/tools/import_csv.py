"""``voc import csv``: a survey tool's CSV export as ``survey_response`` touchpoints.

The mapping names which column fills which touchpoint field, either inline
(``"occurred_at=Submitted At,email=Email,nps=Score,text=Comment"``) or in a TOML
file with a ``[columns]`` table and optional ``date_format`` (strptime) and
``timezone`` (for dates without one; UTC by default). Fields: ``event_id``,
``occurred_at``, ``customer_id``, ``email``, ``phone``, ``handle``,
``account_id``, ``nps``, ``csat``, ``ces``, ``text``, ``subject``. Every other
non-empty column is kept in ``attributes``. A row without ``event_id`` gets a
deterministic one (a digest of the row), so importing the same export twice
counts nothing twice. Rows are then validated, published and dead-lettered
exactly as ``voc publish`` does with JSON Lines.
"""

from __future__ import annotations

import csv
import json
import re
import sys
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from streams.ingest.batch import derived_event_id
from streams.settings import Settings

FIELDS = (
    "event_id",
    "occurred_at",
    "customer_id",
    "email",
    "phone",
    "handle",
    "account_id",
    "nps",
    "csat",
    "ces",
    "text",
    "subject",
)
_CUSTOMER = ("customer_id", "email", "phone", "handle", "account_id")
_SCORES = ("nps", "csat", "ces")


@dataclass(frozen=True)
class SurveyMapping:
    columns: dict[str, str]  # field -> column
    date_format: str | None = None
    timezone: str = "UTC"
    extra: dict[str, Any] = field(default_factory=dict)


def parse_mapping(spec: str) -> SurveyMapping:
    """``field=Column,...`` or the path of a TOML file; raises ValueError on an unknown field."""
    if spec.endswith(".toml") and Path(spec).exists():
        data = tomllib.loads(Path(spec).read_text(encoding="utf-8"))
        columns = {str(k): str(v) for k, v in (data.get("columns") or {}).items()}
        mapping = SurveyMapping(columns, data.get("date_format"), data.get("timezone", "UTC"))
    else:
        pairs = [item.split("=", 1) for item in spec.split(",") if "=" in item]
        mapping = SurveyMapping({name.strip(): column.strip() for name, column in pairs})
    unknown = sorted(set(mapping.columns) - set(FIELDS))
    if unknown:
        raise ValueError(f"unknown field(s) {', '.join(unknown)}; known: {', '.join(FIELDS)}")
    if "occurred_at" not in mapping.columns:
        raise ValueError("the mapping needs occurred_at=<date column>")
    return mapping


def _date(value: str, mapping: SurveyMapping) -> str:
    """An ISO 8601 instant, or the value unchanged (validation then names it)."""
    text = value.strip()
    parsed: datetime | None = None
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        if mapping.date_format:
            try:
                parsed = datetime.strptime(text, mapping.date_format)
            except ValueError:
                parsed = None
    if parsed is None:
        return text
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=ZoneInfo(mapping.timezone))
    return parsed.astimezone(UTC).isoformat()


def _score(value: str) -> int | str | None:
    text = value.strip()
    if not text:
        return None
    if re.fullmatch(r"\d+(\.0+)?", text):
        return int(float(text))
    return text  # validation rejects it with its reason


def _attribute_name(column: str) -> str:
    return re.sub(r"[^0-9a-z]+", "_", column.strip().lower()).strip("_") or "column"


def row_to_touchpoint(
    row: Mapping[str, str], mapping: SurveyMapping, source: str
) -> dict[str, Any]:
    """One CSV row as a touchpoint in the contract's JSON. Pure."""

    def get(name: str) -> str | None:
        column = mapping.columns.get(name)
        value = (row.get(column) or "").strip() if column else ""
        return value or None

    used = set(mapping.columns.values())
    record: dict[str, Any] = {
        "occurred_at": _date(get("occurred_at") or "", mapping),
        "channel": "survey",
        "kind": "survey_response",
        "direction": "inbound",
        "customer": {name: get(name) for name in _CUSTOMER},
        "scores": {name: _score(get(name) or "") for name in _SCORES},
        "text": get("text"),
        "subject": get("subject"),
        "source": source,
        "attributes": {
            _attribute_name(column): value.strip()
            for column, value in row.items()
            if column and column not in used and value and value.strip()
        },
    }
    record["event_id"] = get("event_id") or derived_event_id(record)
    return record


def rows_as_lines(
    rows: Iterable[Mapping[str, str]], mapping: SurveyMapping, source: str
) -> Iterator[tuple[int, bytes]]:
    """(row number in the file, JSON line) for ``Publisher.publish_lines``; the header is row 1."""
    for number, row in enumerate(rows, start=2):
        if not any((value or "").strip() for value in row.values()):
            continue
        record = row_to_touchpoint(row, mapping, source)
        yield number, json.dumps(record, ensure_ascii=False).encode("utf-8")


def import_csv(
    settings: Settings, bootstrap: str, path: Path, spec: str, source: str, delimiter: str = ","
) -> int:
    from streams.tools.publisher import Publisher, ensure_topics

    try:
        mapping = parse_mapping(spec)
    except (ValueError, tomllib.TOMLDecodeError) as exc:
        raise SystemExit(f"voc import csv: bad --mapping: {exc}") from exc
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle, delimiter=delimiter)
        missing = sorted(set(mapping.columns.values()) - set(reader.fieldnames or []))
        if missing:
            raise SystemExit(f"voc import csv: {path} has no column(s) {', '.join(missing)}")
        ensure_topics(bootstrap, settings)
        with Publisher(bootstrap, settings) as publisher:
            report = publisher.publish_lines(rows_as_lines(reader, mapping, source), path.name)
    for number, reason in report.rejected:
        print(f"{path}:{number}: rejected: {reason}", file=sys.stderr)
    print(f"imported {report.sent} survey responses; rejected {len(report.rejected)}")
    return 1 if report.rejected else 0  # as voc publish: exit 1 when rows were rejected
