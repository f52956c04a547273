"""The Avro files are the contract: the pydantic models must agree with them field
by field, and every schema change must stay compatible with released versions."""

from __future__ import annotations

import json
import types
import typing
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Any

import avro.schema
import pytest
from avro.compatibility import ReaderWriterCompatibilityChecker, SchemaCompatibilityType
from pydantic import AwareDatetime, BaseModel

from schemas.models import Alert, DeadLetter, EnrichedTouchpoint, Touchpoint

SCHEMAS = Path(__file__).resolve().parents[2] / "schemas"
PAIRS = [
    ("touchpoint.avsc", Touchpoint),
    ("enriched_touchpoint.avsc", EnrichedTouchpoint),
    ("alert.avsc", Alert),
    ("dead_letter.avsc", DeadLetter),
]
PRIMITIVES: dict[str, type] = {
    "string": str, "int": int, "long": int, "float": float, "double": float,
    "boolean": bool, "bytes": bytes,
}  # fmt: skip


def _strip_optional(annotation: Any) -> tuple[Any, bool]:
    args = typing.get_args(annotation)
    if typing.get_origin(annotation) in (typing.Union, types.UnionType) and type(None) in args:
        rest = [a for a in args if a is not type(None)]
        assert len(rest) == 1, annotation
        return rest[0], True
    return annotation, False


def assert_agrees(avro_type: Any, annotation: Any, where: str) -> None:
    """Fail with the field path when the Avro type and the Python annotation differ."""
    inner, optional = _strip_optional(annotation)
    if isinstance(avro_type, list):
        assert avro_type[0] == "null" and len(avro_type) == 2, f"{where}: unsupported union"
        assert optional, f"{where}: Avro is nullable, the model is not"
        assert_agrees(avro_type[1], inner, where)
        return
    assert not optional, f"{where}: the model is nullable, Avro is not"
    if isinstance(avro_type, str):
        expected = PRIMITIVES[avro_type]
        actual = str if isinstance(inner, type) and issubclass(inner, Enum) else inner
        assert actual is expected, f"{where}: Avro {avro_type}, model {annotation}"
        return
    kind = avro_type["type"]
    if avro_type.get("logicalType") == "timestamp-millis":
        is_datetime = inner is datetime or inner is AwareDatetime
        assert is_datetime, f"{where}: expected a datetime, got {inner}"
    elif kind == "array":
        assert typing.get_origin(inner) is list, f"{where}: expected a list"
        assert_agrees(avro_type["items"], typing.get_args(inner)[0], f"{where}[]")
    elif kind == "map":
        assert typing.get_origin(inner) is dict, f"{where}: expected a dict"
        key, value = typing.get_args(inner)
        assert key is str, f"{where}: map keys are strings"
        assert_agrees(avro_type["values"], value, f"{where}{{}}")
    elif kind == "record":
        assert isinstance(inner, type) and issubclass(inner, BaseModel), f"{where}: not a model"
        assert_record(avro_type, inner, where)
    else:
        pytest.fail(f"{where}: unhandled Avro type {avro_type}")


def assert_record(schema: dict[str, Any], model: type[BaseModel], where: str) -> None:
    avro_fields = {f["name"]: f for f in schema["fields"]}
    assert list(avro_fields) == list(model.model_fields), (
        f"{where}: fields differ: Avro {list(avro_fields)} vs model {list(model.model_fields)}"
    )
    for name, field in avro_fields.items():
        info = model.model_fields[name]
        assert_agrees(field["type"], info.annotation, f"{where}.{name}")
        if "default" in field:
            assert not info.is_required(), f"{where}.{name}: Avro has a default, model requires it"


@pytest.mark.parametrize(("filename", "model"), PAIRS)
def test_model_matches_avro_schema(filename: str, model: type[BaseModel]) -> None:
    schema = json.loads((SCHEMAS / filename).read_text())
    assert schema["name"] == model.__name__
    assert_record(schema, model, model.__name__)


def compatible(reader: str, writer: str) -> bool:
    result = ReaderWriterCompatibilityChecker().get_compatibility(
        avro.schema.parse(reader), avro.schema.parse(writer)
    )
    return result.compatibility is SchemaCompatibilityType.compatible


def released_versions() -> list[tuple[Path, Path]]:
    pairs = []
    for old in sorted((SCHEMAS / "history").glob("*.avsc")):
        current = SCHEMAS / (old.name.split(".v")[0] + ".avsc")
        pairs.append((old, current))
    return pairs


@pytest.mark.parametrize(("old", "current"), released_versions(), ids=lambda p: p.name)
def test_current_schema_is_compatible_both_ways_with_released(old: Path, current: Path) -> None:
    assert current.exists(), f"released schema {old.name} has no current version"
    old_text, new_text = old.read_text(), current.read_text()
    assert compatible(reader=new_text, writer=old_text), f"{current.name} cannot read {old.name}"
    assert compatible(reader=old_text, writer=new_text), f"{old.name} readers cannot read new data"


def test_every_current_schema_has_a_released_version() -> None:
    released = {old.name.split(".v")[0] for old, _ in released_versions()}
    current = {p.stem for p in SCHEMAS.glob("*.avsc")}
    assert current <= released


def test_checker_rejects_a_breaking_change() -> None:
    """Guard the guard: a new required field without default breaks old data."""
    old = (SCHEMAS / "touchpoint.avsc").read_text()
    broken = json.loads(old)
    broken["fields"].append({"name": "tenant", "type": "string"})
    assert not compatible(reader=json.dumps(broken), writer=old)
    renamed = json.loads(old)
    renamed["fields"][0]["name"] = "id"
    assert not compatible(reader=old, writer=json.dumps(renamed))


def test_the_wheel_ships_every_released_schema_and_data_file() -> None:
    """A non-editable install (deploy/Dockerfile's `pip install .`) must carry every
    file the code opens: released schema versions, migrations, rules, models, data."""
    import tomllib

    root = SCHEMAS.parent
    config = tomllib.loads((root / "pyproject.toml").read_text())
    globs = config["tool"]["setuptools"]["package-data"]
    wanted = [
        *(root / "schemas" / "history").glob("*.avsc"),
        *(root / "sinks" / "clickhouse" / "migrations").glob("*.sql"),
        root / "streams" / "alerts" / "rules.toml",
        root / "streams" / "text" / "taxonomy.toml",
        root / "streams" / "tools" / "data" / "sample_touchpoints.jsonl.gz",
    ]
    for path in wanted:
        package, rest = path.relative_to(root).parts[0], path.relative_to(root).parts[1:]
        inside = "/".join(rest)
        assert any(glob_matches(inside, g) for g in globs.get(package, [])), inside


def glob_matches(path: str, pattern: str) -> bool:
    """As setuptools globs: ``*`` stays within one directory level."""
    import fnmatch

    parts, wanted = path.split("/"), pattern.split("/")
    return len(parts) == len(wanted) and all(map(fnmatch.fnmatch, parts, wanted))
