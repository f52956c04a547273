"""Reading a touchpoint file: JSON Lines, plain or gzip, with a size limit per line.

Memory stays bounded whatever the file holds: a line longer than
:data:`MAX_LINE_BYTES` is not read whole but handed on as a :class:`CutLine`
(its first bytes and its real size) to be rejected as ``too_large``. A file
that cannot be a touchpoint file (a directory, not gzip though named ``.gz``,
binary data) raises :class:`UserError` before anything is published.
"""

from __future__ import annotations

import gzip
import typing
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from streams.errors import UserError

#: A line longer than this is rejected (``too_large``) without being parsed.
MAX_LINE_BYTES = 1024 * 1024
#: Bytes of an oversized line kept for its dead letter.
CUT_LINE_KEEP = 64 * 1024
#: The file is refused when none of its first lines is a JSON object.
SNIFF_LINES = 100
_GZIP_MAGIC = b"\x1f\x8b"


class CutLine(bytes):
    """The first bytes of a line over :data:`MAX_LINE_BYTES`; ``size`` is its whole length."""

    size: int

    def __new__(cls, head: bytes, size: int) -> CutLine:
        line = super().__new__(cls, head)
        line.size = size
        return line


def open_lines(path: Path) -> IO[bytes]:
    """The file's bytes, decompressed when it is gzip (by content, not only by name)."""
    if path.is_dir():
        raise UserError(f"{path} is a directory: give a .jsonl or .jsonl.gz file")
    try:
        handle = path.open("rb")
    except FileNotFoundError as exc:
        raise UserError(f"{path} not found") from exc
    except OSError as exc:
        raise UserError(f"cannot open {path}: {exc.strerror}") from exc
    if handle.read(2) == _GZIP_MAGIC:
        handle.seek(0)
        return typing.cast(IO[bytes], gzip.GzipFile(fileobj=handle, mode="rb"))
    if path.suffix == ".gz":
        handle.close()
        raise UserError(f"{path} is named .gz but is not a gzip file")
    handle.seek(0)
    return handle


def _raw_lines(handle: IO[bytes]) -> Iterator[bytes]:
    """Lines with their newline; a line over the limit as a :class:`CutLine`."""
    while line := handle.readline(MAX_LINE_BYTES + 1):
        if len(line) <= MAX_LINE_BYTES or line.endswith(b"\n"):
            yield line
            continue
        size = len(line)
        while (more := handle.readline(MAX_LINE_BYTES)) and not more.endswith(b"\n"):
            size += len(more)
        size += len(more.rstrip(b"\r\n"))
        yield CutLine(line[:CUT_LINE_KEEP], size)


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _looks_like_json_object(line: bytes) -> bool:
    return line.startswith(b"{") and b"\x00" not in line and _is_utf8(line)


def _not_json_lines(path: Path, sample: list[tuple[int, bytes]]) -> UserError:
    binary = sum(1 for _, line in sample if b"\x00" in line or not _is_utf8(line))
    what = "binary data" if binary * 2 >= len(sample) else "text, but no JSON object"
    return UserError(
        f"{path} is not a JSON Lines file of touchpoints: its first {len(sample)} lines "
        f"hold {what} (each line must be one JSON object)"
    )


def read_lines(path: Path) -> Iterator[tuple[int, bytes]]:
    """(line number, line without surrounding blanks) for every non-blank line.

    Raises :class:`UserError` for a file that is not a touchpoint file (none of
    its first :data:`SNIFF_LINES` lines is a JSON object), and for a gzip file
    found damaged part-way (the line number says where).
    """
    number = 0
    sample: list[tuple[int, bytes]] | None = []  # None once a JSON object was seen
    with open_lines(path) as handle:
        try:
            for line in _raw_lines(handle):
                number += 1
                stripped = line if isinstance(line, CutLine) else line.strip()
                if not stripped:
                    continue
                if sample is None:
                    yield number, stripped
                    continue
                sample.append((number, stripped))
                if _looks_like_json_object(stripped):
                    yield from sample
                    sample = None
                elif len(sample) >= SNIFF_LINES:
                    raise _not_json_lines(path, sample)
            if sample:
                raise _not_json_lines(path, sample)
        except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
            raise UserError(f"{path} is damaged after line {number}: {exc}") from exc
        except OSError as exc:
            reason = exc.strerror or str(exc)
            raise UserError(f"cannot read {path} after line {number}: {reason}") from exc


def check_input(path: Path) -> None:
    """Raise :class:`UserError` now if ``path`` cannot be published (before connecting)."""
    next(read_lines(path), None)
