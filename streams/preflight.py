"""Checks run before a command starts work: is the broker reachable, is a port free.

They turn what would be a long wait and a library traceback (kafka-python
retries an unresolvable bootstrap address for 30 s) into a :class:`UserError`
within a few seconds.
"""

from __future__ import annotations

import errno
import queue
import socket
import threading
import time
import urllib.parse

from streams.errors import UserError

#: Seconds to resolve and connect to one bootstrap address.
BROKER_CHECK_SECONDS = 5.0


def parse_bootstrap(bootstrap: str) -> list[tuple[str, int]]:
    """``host:port[,host:port]`` (an optional ``kafka://`` prefix) as pairs."""
    addresses = []
    for part in bootstrap.split(","):
        entry = part.strip().removeprefix("kafka://").rstrip("/")
        if not entry:
            continue
        host, sep, port = entry.rpartition(":")
        if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
            raise UserError(
                f"VOC_KAFKA_BROKER: {entry!r} is not host:port (e.g. kafka-1:9092,kafka-2:9092)"
            )
        addresses.append((host.strip("[]"), int(port)))
    if not addresses:
        raise UserError(
            "VOC_KAFKA_BROKER is empty: give host:port, or unset it for the embedded broker"
        )
    return addresses


def _probe(host: str, port: int, timeout: float) -> str | None:
    """None when ``host:port`` accepts a TCP connection, else why not."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        return f"{host} does not resolve ({exc.strerror})"
    reasons = []
    for family, kind, proto, _, address in infos:
        try:
            with socket.socket(family, kind, proto) as sock:
                sock.settimeout(timeout)
                sock.connect(address)
                return None
        except OSError as exc:
            reasons.append(exc.strerror or type(exc).__name__)
    return f"{host}:{port} refuses connections ({', '.join(dict.fromkeys(reasons))})"


def check_broker(bootstrap: str, timeout: float = BROKER_CHECK_SECONDS) -> None:
    """Raise :class:`UserError` unless at least one bootstrap address accepts connections."""
    addresses = parse_bootstrap(bootstrap)
    answers: queue.Queue[str | None] = queue.Queue()
    for host, port in addresses:  # daemon threads: a hanging resolver cannot hang the exit
        threading.Thread(
            target=lambda h=host, p=port: answers.put(_probe(h, p, timeout)), daemon=True
        ).start()
    deadline = time.monotonic() + timeout * 2
    reasons = []
    for _ in addresses:
        try:
            reason = answers.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            reasons.append(f"no answer within {timeout * 2:.0f}s")
            break
        if reason is None:
            return
        reasons.append(reason)
    raise UserError(
        f"cannot reach the Kafka broker {bootstrap}: {'; '.join(reasons)}. "
        "Check VOC_KAFKA_BROKER, or unset it to use the embedded broker."
    )


def check_port_free(host: str, port: int, variable: str = "VOC_WEB_PORT") -> None:
    """Raise :class:`UserError` if ``host:port`` cannot be bound (in use, not allowed)."""
    if port == 0:
        return
    with socket.socket() as sock:
        # As the web server binds (aiohttp sets SO_REUSEADDR): connections of a
        # stopped worker still in TIME_WAIT do not make the port "in use".
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise UserError(
                    f"{variable}={port}: port {port} on {host} is already in use "
                    f"(another voc worker or program); set {variable} to a free port"
                ) from exc
            raise UserError(
                f"{variable}={port}: cannot listen on {host}:{port}: {exc.strerror}"
            ) from exc


def check_clickhouse(url: str | None, timeout: float = BROKER_CHECK_SECONDS) -> None:
    """Raise :class:`UserError` if a ClickHouse server URL does not accept connections.

    ``None`` or a ``chdb://`` DSN (the embedded store) is not checked.
    """
    if not url or not url.startswith(("http://", "https://")):
        return
    parts = urllib.parse.urlsplit(url)
    try:
        host, port = parts.hostname, parts.port
    except ValueError as exc:
        raise UserError(f"VOC_CLICKHOUSE_URL: {exc}") from exc
    if not host:
        raise UserError("VOC_CLICKHOUSE_URL has no host, e.g. http://user:pass@clickhouse:8123/")
    port = port or (8443 if parts.scheme == "https" else 8123)
    reason = _probe(host, port, timeout)
    if reason is not None:
        shown = f"{parts.scheme}://{host}:{port}/"  # without the credentials
        raise UserError(
            f"cannot reach ClickHouse at {shown}: {reason}. "
            "Check VOC_CLICKHOUSE_URL, or unset it to use the embedded store."
        )
