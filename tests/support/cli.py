"""Running the ``voc`` command line as a user would, for the e2e tests."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

VOC = [sys.executable, "-m", "streams.tools.cli"]


def as_in_a_terminal() -> None:
    """``preexec_fn`` for a process the test stops with Ctrl-C (SIGINT).

    A process started in the background by a non-interactive shell (``make
    test &``, some CI runners) inherits SIGINT ignored, and Python then never
    raises KeyboardInterrupt: reset it to the default, as in a terminal.
    """
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def env_for(tmp_path: Path, **extra: str) -> dict[str, str]:
    """This environment without VOC_* settings, plus a data dir under ``tmp_path``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("VOC_")}
    env.update({"VOC_DATA_DIR": str(tmp_path / "data"), "PYTHONUNBUFFERED": "1"}, **extra)
    return env


def voc_sql(env: dict[str, str], query: str, timeout: float = 120) -> list[dict[str, object]]:
    """``voc sql QUERY --format json`` as dicts; fails the test with voc's own message."""
    out = subprocess.run(
        [*VOC, "sql", query, "--format", "json"],
        env=env, capture_output=True, text=True, timeout=timeout,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    return [json.loads(line) for line in out.stdout.splitlines() if line.strip()]
