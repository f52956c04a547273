"""Shared fixtures. Integration tests use the real embedded broker and chDB:
they never skip, because both install with the dev extras."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sinks.clickhouse.store import ClickHouseStore
from streams.worker.embedded import EmbeddedBroker

#: Under `pytest -n 2 --dist loadfile` (make test) these files run one after the
#: other on one xdist worker, as if one file, so never beside each other. The first
#: two start `voc broker`, `voc run` and `voc publish` processes, kill or stop them
#: and hold them to deadlines (a kill -9 in the middle of a stream, a stop within
#: 30 s, a lost broker); the third runs `voc demo` and Chromium. In a first try
#: without this, test_crash.py's replay test ran past pytest's 300 s beside the
#: `voc demo` runs of test_cli.py and test_dashboard.py. These files come first;
#: the others go to the other worker, then to both, in collection order (unit
#: tests last: small files, to fill the end).
RUN_TOGETHER = (
    "tests/e2e/test_crash.py",
    "tests/e2e/test_broker_loss.py",
    "tests/e2e/test_dashboard.py",
)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """``--dist loadfile``, with the files of :data:`RUN_TOGETHER` as one file and
    the files handed out in collection order (not biggest-count first)."""
    if config.getoption("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadFileScheduling

    class LoadFileRunTogether(LoadFileScheduling):
        def _split_scope(self, nodeid: str) -> str:
            scope = super()._split_scope(nodeid)
            return RUN_TOGETHER[0] if scope in RUN_TOGETHER else scope

    config.option.loadscopereorder = False
    return LoadFileRunTogether(config, log)


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
