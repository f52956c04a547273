"""How ``voc sql`` prints a result: pure functions from rows to text.

Values arrive JSON-ready (``sinks.clickhouse.readonly.jsonable``: times are ISO
8601 strings with their UTC offset). Whatever a cell holds is data: it is
never read as rich markup or as a format string.

* ``tsv``: TabSeparatedWithNames, escaped like ClickHouse's TabSeparated
  (backslash, tab, newline, carriage return, backspace, form feed and NUL as
  ``\\\\ \\t \\n \\r \\b \\f \\0``; NULL as ``\\N``); arrays, maps and tuples as
  compact JSON. The default when stdout is not a terminal.
* ``json``: one JSON object per row (JSON Lines).
* ``table``: a rich table for a terminal; long values wrap, nothing is cut.
  Control characters other than tab and newline show as ``\\xNN``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

FORMATS = ("table", "tsv", "json")
_TSV_ESCAPES = {
    "\\": "\\\\",
    "\t": "\\t",
    "\n": "\\n",
    "\r": "\\r",
    "\b": "\\b",
    "\f": "\\f",
    "\0": "\\0",
}
_TSV_SPECIAL = re.compile(r"[\\\t\n\r\b\f\0]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def default_format(stdout_is_terminal: bool) -> str:
    return "table" if stdout_is_terminal else "tsv"


def _text(value: Any) -> str:
    """A cell as plain text: bool as true/false, containers as compact JSON."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def tsv_field(value: Any) -> str:
    """One TabSeparated field, escaped as ClickHouse does."""
    if value is None:
        return "\\N"
    return _TSV_SPECIAL.sub(lambda m: _TSV_ESCAPES[m.group(0)], _text(value))


def tsv_lines(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> Iterator[str]:
    """The header line, then one line per row (no trailing newline)."""
    yield "\t".join(tsv_field(name) for name in columns)
    for row in rows:
        yield "\t".join(tsv_field(value) for value in row)


def json_lines(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> Iterator[str]:
    for row in rows:
        yield json.dumps(dict(zip(columns, row, strict=True)), ensure_ascii=False)


def visible(text: str) -> str:
    """``text`` with control characters (but tab and newline) shown as ``\\xNN``."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group(0)):02x}", text)


def table_text(
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    width: int = 200,
    color: bool = False,
) -> str:
    """A rich table as text; every cell is a ``Text`` (no markup), wrapped, never cut."""
    table = Table(title=f"{len(rows)} row{'s' if len(rows) != 1 else ''}", show_lines=False)
    for name in columns:
        table.add_column(Text(visible(name)), overflow="fold")
    for row in rows:
        table.add_row(*(Text("NULL" if v is None else visible(_text(v))) for v in row))
    console = Console(
        width=width,
        highlight=False,
        markup=False,
        emoji=False,
        color_system="auto" if color else None,
        force_terminal=color,
        record=False,
    )
    with console.capture() as captured:
        console.print(table)
    return captured.get()


def render(
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    fmt: str,
    width: int = 200,
    color: bool = False,
) -> str:
    """The whole output of ``voc sql`` in ``fmt`` (one of :data:`FORMATS`), ending in a newline."""
    if fmt == "tsv":
        return "".join(line + "\n" for line in tsv_lines(columns, rows))
    if fmt == "json":
        return "".join(line + "\n" for line in json_lines(columns, rows))
    if fmt == "table":
        return table_text(columns, rows, width=width, color=color)
    raise ValueError(f"unknown format {fmt!r}: one of {', '.join(FORMATS)}")
