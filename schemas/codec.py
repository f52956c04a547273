"""Avro single-object encoding: the wire format of every voc-stream topic.

Each message is ``C3 01`` + the 8-byte little-endian CRC-64-AVRO fingerprint of
the writer schema's Parsing Canonical Form + the Avro binary body (see the Avro
specification, "Single-object encoding"). The fingerprint names the writer
schema, so no registry service is needed: every schema version this code knows
(``schemas/*.avsc`` and ``schemas/history/*.avsc``) is looked up by fingerprint
and resolved against the current reader schema.

fastavro does the encoding and decoding (about ten times faster than the
reference ``avro`` library, which we keep for schema compatibility checks).
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from fastavro import schemaless_reader, schemaless_writer
from fastavro.schema import fingerprint, parse_schema, to_parsing_canonical_form

SCHEMA_DIR = Path(__file__).resolve().parent
MAGIC = b"\xc3\x01"
HEADER_LEN = len(MAGIC) + 8
#: The Confluent wire format: ``00`` + a 4-byte big-endian schema id (schemas/registry.py).
CONFLUENT_MAGIC = b"\x00"


def wire_format(data: bytes) -> str:
    """Which framing a message uses, by its first bytes: ``single_object`` (``C3 01``),
    ``confluent`` (``00``), ``json`` (``{``), or ``unknown``."""
    if data[:2] == MAGIC:
        return "single_object"
    if data[:1] == CONFLUENT_MAGIC:
        return "confluent"
    if data[:1] == b"{":
        return "json"
    return "unknown"


class DecodeError(ValueError):
    """A message that cannot be decoded; ``reason`` is a machine-readable code."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class SchemaVersion:
    name: str
    path: Path
    parsed: Any
    fingerprint: bytes


def load_schema(path: Path) -> SchemaVersion:
    raw = json.loads(path.read_text(encoding="utf-8"))
    canonical = to_parsing_canonical_form(parse_schema(raw, _write_hint=False))
    fp = bytes.fromhex(fingerprint(canonical, "CRC-64-AVRO"))
    # Parsed with fastavro's marker: without it every read and write parses the
    # schema again (about 150 us a call, more than the record itself).
    parsed = parse_schema(raw)
    return SchemaVersion(name=raw["name"], path=path, parsed=parsed, fingerprint=fp)


@cache
def known_schemas() -> dict[bytes, SchemaVersion]:
    """Every schema version we can read, by fingerprint (current and historical)."""
    paths = sorted(SCHEMA_DIR.glob("*.avsc")) + sorted(SCHEMA_DIR.glob("history/*.avsc"))
    return {version.fingerprint: version for version in map(load_schema, paths)}


@cache
def current_schema(name: str) -> SchemaVersion:
    """The current reader/writer schema for a record name, e.g. ``"Touchpoint"``."""
    for path in sorted(SCHEMA_DIR.glob("*.avsc")):
        version = load_schema(path)
        if version.name == name:
            return version
    raise KeyError(f"no schema named {name!r} in {SCHEMA_DIR}")


class AvroCodec:
    """Encodes records with the current schema and decodes any known writer version.

    Stateless apart from the parsed schemas; safe to share between agents.
    """

    def __init__(self, name: str) -> None:
        self.schema = current_schema(name)
        self._header = MAGIC + self.schema.fingerprint

    def encode(self, record: dict[str, Any]) -> bytes:
        buf = io.BytesIO()
        buf.write(self._header)
        schemaless_writer(buf, self.schema.parsed, record)
        return buf.getvalue()

    def decode(self, data: bytes) -> dict[str, Any]:
        """Decode one message; raises :class:`DecodeError` with a reason code."""
        if len(data) < HEADER_LEN or data[:2] != MAGIC:
            raise DecodeError("not_avro", "missing the Avro single-object header C3 01")
        writer = known_schemas().get(data[2:HEADER_LEN])
        if writer is None:
            raise DecodeError(
                "unknown_schema", f"writer schema fingerprint {data[2:HEADER_LEN].hex()} unknown"
            )
        if writer.name != self.schema.name:
            raise DecodeError(
                "wrong_schema", f"message is a {writer.name}, expected {self.schema.name}"
            )
        buf = io.BytesIO(data)
        buf.seek(HEADER_LEN)
        try:
            # Written with the current schema: nothing to resolve.
            same = writer.fingerprint == self.schema.fingerprint
            record = schemaless_reader(buf, writer.parsed, None if same else self.schema.parsed)
        except Exception as exc:  # fastavro raises many types on corrupt input
            raise DecodeError("avro_decode_error", f"{type(exc).__name__}: {exc}") from exc
        if buf.tell() != len(data):
            raise DecodeError(
                "avro_decode_error", f"{len(data) - buf.tell()} trailing bytes after the record"
            )
        if not isinstance(record, dict):
            raise DecodeError("avro_decode_error", "decoded value is not a record")
        return record
