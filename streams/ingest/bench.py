"""``voc ingest --bench``: the gateway's events/s for batches of N and its p99 time to 202.

Starts the gateway as its own process (``voc ingest``) against ``VOC_KAFKA_BROKER``
or a fresh embedded broker, on topics with a throw-away prefix, then runs
``clients`` concurrent HTTP clients for ``seconds``. Prints the accepted rate,
the latency percentiles of 202 answers, and the gateway's CPU time, so the rate
per core is known even on a shared machine. The last line is the summary.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp

from streams.settings import Settings

BENCH_KEY = "bench-write-key"
_TEXTS = (
    "Toujours pas reçu ma commande, le suivi ne bouge plus depuis cinq jours.",
    "The app logs me out every time I switch tabs, this is getting annoying.",
    "Great support today, the agent solved my billing problem in two minutes.",
    "Le prix a encore augmenté, je regarde les offres de la concurrence.",
)


@dataclass
class Tally:
    accepted: int = 0
    latencies: list[float] = field(default_factory=list)
    statuses: Counter[int] = field(default_factory=Counter)


def request_body(batch: int, prefix: str) -> bytes:
    events = [
        {
            "event_id": f"{prefix}-{i}",
            "occurred_at": "2026-11-23T10:15:00Z",
            "channel": ("email", "chat", "web", "phone")[i % 4],
            "kind": "message",
            "customer": {"customer_id": f"c-{i % 997}", "email": f"user{i % 997}@example.com"},
            "text": _TEXTS[i % len(_TEXTS)],
            "source": "bench",
            "attributes": {"order_value": "129.90"},
        }
        for i in range(batch)
    ]
    return json.dumps(events).encode()


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


@contextlib.contextmanager
def gateway_process(
    bootstrap: str, prefix: str, port: int, timeout: float, **env: str
) -> Iterator[subprocess.Popen[bytes]]:
    """``voc ingest`` in a child process, ready to serve (its /health answers)."""
    environ = os.environ | {
        "VOC_KAFKA_BROKER": bootstrap,
        "VOC_INGEST_KEYS": BENCH_KEY,
        "VOC_TOPIC_PREFIX": prefix,
        "VOC_PARTITIONS": "2",
    }
    environ |= env
    command = [sys.executable, "-m", "streams.tools.cli", "ingest", "--port", str(port)]
    process = subprocess.Popen(command, env=environ, stdout=subprocess.DEVNULL)
    try:
        wait_healthy(port, process, timeout)
        yield process
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def wait_healthy(port: int, process: subprocess.Popen[bytes], timeout: float) -> None:
    import urllib.request

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"voc ingest exited with code {process.returncode}")
        url = f"http://127.0.0.1:{port}/health"
        with contextlib.suppress(OSError), urllib.request.urlopen(url, timeout=1) as answer:
            if answer.status == 200:
                return
        time.sleep(0.2)
    raise TimeoutError(f"voc ingest not healthy on port {port} after {timeout:.0f} s")


async def _client(
    session: aiohttp.ClientSession, url: str, template: bytes, stop_at: float, tally: Tally
) -> None:
    headers = {"Authorization": f"Bearer {BENCH_KEY}", "Content-Type": "application/json"}
    while time.monotonic() < stop_at:
        body = template.replace(b"@PREFIX@", uuid.uuid4().hex[:12].encode())
        started = time.perf_counter()
        async with session.post(url, data=body, headers=headers) as answer:
            payload = await answer.read()
        tally.statuses[answer.status] += 1
        if answer.status == 202:
            tally.latencies.append(time.perf_counter() - started)
            tally.accepted += json.loads(payload)["accepted"]
        elif answer.status in (429, 503):
            await asyncio.sleep(float(answer.headers.get("Retry-After", "1")) / 10)


async def offer_load(port: int, clients: int, seconds: float, batch: int) -> Tally:
    tally = Tally()
    template = request_body(batch, "@PREFIX@")
    url = f"http://127.0.0.1:{port}/v1/touchpoints"
    connector = aiohttp.TCPConnector(limit=clients)
    async with aiohttp.ClientSession(connector=connector) as session:
        stop_at = time.monotonic() + seconds
        await asyncio.gather(
            *(_client(session, url, template, stop_at, tally) for _ in range(clients))
        )
    return tally


def run_ingest_bench(
    settings: Settings, clients: int, seconds: float, batch: int, gateway_timeout: float
) -> Tally:
    from streams.worker.embedded import EmbeddedBroker, free_port

    broker = None if settings.kafka_broker else EmbeddedBroker()
    bootstrap = settings.kafka_broker or broker.start()  # type: ignore[union-attr]
    prefix = f"bench{uuid.uuid4().hex[:6]}"
    port = free_port()
    try:
        with gateway_process(bootstrap, prefix, port, gateway_timeout) as gateway:
            asyncio.run(offer_load(port, clients, 1.0, batch))  # warm-up, not counted
            cpu_before, started = cpu_seconds(gateway.pid), time.monotonic()
            tally = asyncio.run(offer_load(port, clients, seconds, batch))
            elapsed, cpu = time.monotonic() - started, cpu_seconds(gateway.pid) - cpu_before
            memory = rss_mb(gateway.pid)
    finally:
        if broker is not None:
            broker.stop()
    eps = tally.accepted / elapsed
    per_core = tally.accepted / cpu if cpu > 0 else float("nan")
    p50, p99 = (percentile(tally.latencies, q) * 1000 for q in (0.5, 0.99))
    statuses = " ".join(f"{code}={n}" for code, n in sorted(tally.statuses.items()))
    print(f"{clients} clients x batches of {batch} for {elapsed:.1f} s: {statuses}")
    print(f"gateway CPU {cpu:.1f} s ({cpu / elapsed:.0%} of a core), RSS {memory:.0f} MB")
    summary = f"ingest_eps={eps:.0f} eps_per_gateway_core={per_core:.0f}"
    print(f"{summary} p50_ms={p50:.1f} p99_ms={p99:.1f}")
    return tally
