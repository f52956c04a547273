"""Reading touchpoint files: bounded lines, gzip by content, files that are not touchpoints."""

from __future__ import annotations

import gzip
import os
from pathlib import Path

import pytest

from streams.errors import UserError
from streams.tools.jsonlines import CUT_LINE_KEEP, MAX_LINE_BYTES, CutLine, read_lines


def test_a_line_over_the_limit_is_cut_with_its_real_size(tmp_path: Path) -> None:
    big = b'{"a": "' + b"x" * (3 * MAX_LINE_BYTES) + b'"}'
    path = tmp_path / "t.jsonl"
    path.write_bytes(b'{"n": 1}\n' + big + b'\n\n{"n": 3}')
    lines = list(read_lines(path))
    assert [n for n, _ in lines] == [1, 2, 4]
    cut = lines[1][1]
    assert isinstance(cut, CutLine) and cut.size == len(big) and cut == big[:CUT_LINE_KEEP]
    assert lines[2][1] == b'{"n": 3}'


def test_a_line_of_exactly_the_limit_is_whole(tmp_path: Path) -> None:
    line = b'{"a": "' + b"x" * (MAX_LINE_BYTES - 9) + b'"}'
    assert len(line) == MAX_LINE_BYTES
    path = tmp_path / "t.jsonl"
    path.write_bytes(line + b"\n")
    [(number, read)] = list(read_lines(path))
    assert number == 1
    assert not isinstance(read, CutLine) and read == line


def test_gzip_is_recognised_by_content_whatever_the_name(tmp_path: Path) -> None:
    path = tmp_path / "really_gzip.jsonl"
    path.write_bytes(gzip.compress(b'{"n": 1}\nnot json\n'))
    assert list(read_lines(path)) == [(1, b'{"n": 1}'), (2, b"not json")]


def test_bad_lines_after_a_json_object_are_handed_on(tmp_path: Path) -> None:
    path = tmp_path / "t.jsonl"
    path.write_bytes(b"\xff\xfe{broken\n[1]\n" + b'{"n": 1}\n' + os.urandom(64))
    numbers = [n for n, _ in read_lines(path)]
    assert numbers[:3] == [1, 2, 3]


@pytest.mark.parametrize(
    ("data", "what"),
    [(os.urandom(50_000), "binary data"), (b"a,b,c\n1,2,3\n", "text, but no JSON object")],
)
def test_a_file_with_no_json_object_is_refused(tmp_path: Path, data: bytes, what: str) -> None:
    path = tmp_path / "t.jsonl"
    path.write_bytes(data)
    with pytest.raises(UserError, match=what):
        list(read_lines(path))


def test_empty_file_has_no_lines(tmp_path: Path) -> None:
    path = tmp_path / "t.jsonl"
    path.write_bytes(b"\n\n")
    assert list(read_lines(path)) == []
