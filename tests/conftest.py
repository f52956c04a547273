"""Shared fixtures. Integration tests use the real embedded broker and chDB:
they never skip, because both install with the dev extras."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from sinks.clickhouse.store import ClickHouseStore
from streams.worker.embedded import EmbeddedBroker


@pytest.fixture(scope="session")
def broker() -> Iterator[EmbeddedBroker]:
    with EmbeddedBroker() as running:
        yield running


@pytest.fixture(scope="session")
def clickhouse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ClickHouseStore]:
    """One chDB store per test session (chDB allows one open path per process)."""
    path: Path = tmp_path_factory.mktemp("chdb") / "clickhouse"
    store = ClickHouseStore(f"chdb://{path}")
    store.migrate()
    yield store
    store.close()


@pytest.fixture
def unique() -> str:
    """A short unique name: topics, consumer groups and event ids never collide."""
    return uuid.uuid4().hex[:8]
