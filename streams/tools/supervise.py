"""``voc run --workers N``: N worker processes on this machine, one command.

Each worker is a plain ``voc run`` process (its own consumer-group member, its
own web port: ``VOC_WEB_PORT + i``). Without ``VOC_KAFKA_BROKER`` the
supervisor starts the embedded broker first and hands its address to all of
them. One of them holds the embedded store and writes it; if it dies, another
takes the store over (see ``streams/worker/holder.py``). A worker that exits
with an error is started again; SIGINT or SIGTERM stops them all, each with its
graceful drain, and the supervisor exits with the worst exit code.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Mapping
from typing import IO

from streams.settings import Settings
from streams.worker.runtime import kafka_bootstrap

RESTART_DELAY = 2.0


def _relay(prefix: str, stream: IO[bytes]) -> None:
    for line in iter(stream.readline, b""):
        sys.stdout.write(f"{prefix} {line.decode(errors='replace')}")
        sys.stdout.flush()


def _spawn(index: int, env: Mapping[str, str]) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "streams.tools.cli", "run"],
        env=dict(env),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    assert proc.stdout is not None
    threading.Thread(target=_relay, args=(f"[w{index}]", proc.stdout), daemon=True).start()
    return proc


def run_workers(settings: Settings, workers: int) -> int:
    stopping = threading.Event()

    def stop(*_: object) -> None:
        stopping.set()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    with kafka_bootstrap(settings) as bootstrap:
        base_env = {**os.environ, "VOC_KAFKA_BROKER": bootstrap}
        if not settings.kafka_broker:
            print(f"embedded broker on {bootstrap} (export VOC_KAFKA_BROKER={bootstrap})")

        def env_of(index: int) -> dict[str, str]:
            port = settings.web_port + index if settings.web_port else 0
            return {**base_env, "VOC_WEB_PORT": str(port)}

        procs = {i: _spawn(i, env_of(i)) for i in range(workers)}
        print(f"started {workers} workers (Ctrl-C stops them all)", flush=True)
        worst = 0
        while not stopping.is_set():
            time.sleep(0.2)
            for index, proc in list(procs.items()):
                code = proc.poll()
                if code is None or stopping.is_set():
                    continue
                print(f"[w{index}] exited with {code}; starting it again", flush=True)
                worst = max(worst, code)
                time.sleep(RESTART_DELAY)
                procs[index] = _spawn(index, env_of(index))
        for proc in procs.values():
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc in procs.values():
            try:
                proc.wait(timeout=45)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            worst = max(worst, proc.returncode or 0)
    return worst
