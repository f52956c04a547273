"""A real HTTP server on 127.0.0.1 standing in for Slack and webhook receivers.

It can be told to fail: ``fail_with(500, times=3)``, ``rate_limit(retry_after=1)``,
``slow(seconds)``, or be down (``await stop()`` then ``await start()`` on the
same port). Every request is recorded; a 2xx answer counts the request's
``Idempotency-Key`` (or, for Slack, the alert ids in the message) as received.
"""

from __future__ import annotations

import asyncio
import json
import socket
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: bytes
    status: int
    at: float

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Receiver:
    port: int = field(default_factory=free_port)
    requests: list[Received] = field(default_factory=list)
    #: Answers to give before going back to 200: (status, headers, delay seconds).
    script: list[tuple[int, dict[str, str], float]] = field(default_factory=list)
    #: Answer every request like this while set (e.g. (500, {}, 0)).
    always: tuple[int, dict[str, str], float] | None = None
    _runner: web.AppRunner | None = None

    def url(self, path: str = "/hook") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", self.port, reuse_address=True)
        await site.start()

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    def fail_with(self, status: int, times: int, headers: dict[str, str] | None = None) -> None:
        self.script.extend([(status, headers or {}, 0.0)] * times)

    def rate_limit(self, retry_after: float, times: int = 1) -> None:
        self.fail_with(429, times, {"Retry-After": f"{retry_after:g}"})

    def slow(self, seconds: float, times: int = 1) -> None:
        self.script.extend([(200, {}, seconds)] * times)

    async def _handle(self, request: web.Request) -> web.Response:
        body = await request.read()
        status, headers, delay = 200, dict[str, str](), 0.0
        if self.always is not None:
            status, headers, delay = self.always
        elif self.script:
            status, headers, delay = self.script.pop(0)
        if delay:
            await asyncio.sleep(delay)
        self.requests.append(
            Received(request.path, dict(request.headers), body, status, time.monotonic())
        )
        return web.Response(status=status, headers=headers, text="ok" if status < 300 else "nope")

    # -- what arrived ------------------------------------------------------------------
    def ok(self, path: str | None = None) -> list[Received]:
        return [
            r for r in self.requests if 200 <= r.status < 300 and (path is None or r.path == path)
        ]

    def keys_received(self, path: str | None = None) -> Counter[str]:
        """Idempotency-Key -> how many 2xx answers the receiver gave for it."""
        return Counter(r.headers.get("Idempotency-Key", "") for r in self.ok(path))
