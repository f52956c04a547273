"""How voc sql prints results (streams/tools/sqlout.py)."""

from __future__ import annotations

import json

import pytest

from streams.tools.sqlout import default_format, render, tsv_field, visible

COLUMNS = ["at", "text", "n", "tags"]
TRICKY = "price [/] ok [email] [bold]x[/bold] a\tb\nc\\d\re"
ROWS = [["2026-11-23T10:15:00+00:00", TRICKY, None, ["a", "b"]], ["t", "", 3, []]]


def test_tsv_escapes_like_clickhouse_tabseparated() -> None:
    assert tsv_field("a\tb\nc\\d\re\b\f\0") == "a\\tb\\nc\\\\d\\re\\b\\f\\0"
    assert tsv_field(None) == "\\N"
    assert tsv_field(True) == "true"
    assert tsv_field({"k": [1, "x"]}) == '{"k":[1,"x"]}'
    lines = render(COLUMNS, ROWS, "tsv").split("\n")
    assert lines[0] == "at\ttext\tn\ttags"
    assert lines[1].split("\t") == [
        "2026-11-23T10:15:00+00:00",
        "price [/] ok [email] [bold]x[/bold] a\\tb\\nc\\\\d\\re",
        "\\N",
        '["a","b"]',
    ]
    assert lines[2:] == ["t\t\t3\t[]", ""]  # one line per row, nothing else


def test_json_lines_keep_values_and_offsets() -> None:
    out = render(COLUMNS, ROWS, "json").splitlines()
    assert [json.loads(line) for line in out] == [dict(zip(COLUMNS, r, strict=True)) for r in ROWS]
    assert json.loads(out[0])["at"].endswith("+00:00")


def test_table_prints_markup_verbatim_and_never_cuts() -> None:
    long = "word " * 80
    out = render(["text", "long"], [[TRICKY, long]], "table", width=60)
    for piece in ("[/]", "[email]", "[bold]x[/bold]", "c\\d"):
        assert piece in out
    assert "…" not in out and "..." not in out
    assert out.count("word") == 80  # wrapped over lines, every word kept
    assert "1 row" in out


def test_control_characters_show_in_a_table() -> None:
    assert visible("a\x1b[31mb\x07\tc\nd") == "a\\x1b[31mb\\x07\tc\nd"
    out = render(["t"], [["\x1b[2Jgone"]], "table")
    assert "\x1b" not in out and "\\x1b[2Jgone" in out


def test_default_format_follows_the_terminal() -> None:
    assert default_format(True) == "table"
    assert default_format(False) == "tsv"
    with pytest.raises(ValueError):
        render(["a"], [], "csv")
