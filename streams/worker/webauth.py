"""Who may use the worker's HTTP pages: the bearer token, allowed hosts and origins.

Pure checks (no Faust, no aiohttp) used by the guard middleware in
``streams/worker/web.py``, and the client side used by ``voc sql`` and
``voc bench``: :func:`read_token` and :func:`call_worker`.

The token is ``VOC_WEB_TOKEN``, or, when that is unset, a random one the
worker writes at its first start to ``<data_dir>/web_token`` (mode 0600): a
command run by the same user from the same directory finds it there.
"""

from __future__ import annotations

import contextlib
import hmac
import json
import os
import secrets
import urllib.error
import urllib.request
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from streams.settings import Settings

TOKEN_FILE = "web_token"
#: Content types a browser may POST cross-site without asking first (no CORS preflight).
SIMPLE_CONTENT_TYPES = frozenset(
    {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data", ""}
)
_DEFAULT_PORTS = {"http": "80", "https": "443"}


def token_path(settings: Settings) -> Path:
    return settings.data_dir / TOKEN_FILE


def ensure_token(settings: Settings) -> str:
    """The worker's token: ``VOC_WEB_TOKEN``, else the token file (made once, mode 0600)."""
    if settings.web_token is not None and settings.web_token.get_secret_value():
        return settings.web_token.get_secret_value()
    path = token_path(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(FileExistsError):
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as out:
            out.write(secrets.token_urlsafe(32))
    token = path.read_text().strip()
    if not token:
        raise ValueError(f"{path} is empty: delete it and restart the worker")
    return token


def read_token(settings: Settings) -> str | None:
    """The token a client sends: ``VOC_WEB_TOKEN``, else the worker's token file, else None."""
    if settings.web_token is not None and settings.web_token.get_secret_value():
        return settings.web_token.get_secret_value()
    try:
        return token_path(settings).read_text().strip() or None
    except OSError:
        return None


def bearer_ok(authorization: str | None, token: str) -> bool:
    """``Authorization: Bearer <token>``, compared in constant time."""
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        return False
    return hmac.compare_digest(given.strip().encode(), token.encode())


def host_name(host: str) -> str:
    """The name part of a ``Host`` header (``[::1]:6066`` -> ``::1``), lower case."""
    try:
        return (urlsplit("//" + host.strip()).hostname or "").lower()
    except ValueError:
        return ""


def _netloc(scheme: str, host: str) -> str | None:
    """``name:port`` of an origin or a Host header, default port filled in."""
    try:
        parts = urlsplit(f"{scheme}://{host.strip()}")
        port = parts.port
    except ValueError:
        return None
    if parts.scheme not in _DEFAULT_PORTS or not parts.hostname:
        return None
    return f"{parts.hostname.lower()}:{port or _DEFAULT_PORTS[parts.scheme]}"


def request_problem(
    method: str,
    headers: Mapping[str, str],
    allowed_hosts: frozenset[str],
    *,
    scheme: str = "http",
    navigable: bool = False,
    form_posts: bool = False,
) -> str | None:
    """Why a request must be refused (Host, Origin, fetch metadata, content type), or None.

    * ``Host`` must name this worker (127.0.0.1, localhost, the bind address,
      ``VOC_WEB_ALLOWED_HOSTS``): a DNS-rebinding page sends its own name;
    * an ``Origin`` must be this very origin (host and port of ``Host``);
    * ``Sec-Fetch-Site`` cross-site or same-site is refused, except for a
      top-level GET navigation (a link in a message) when ``navigable``;
    * a POST must be JSON (a browser cannot send that cross-site without a
      CORS preflight, which the worker never grants), or a form when
      ``form_posts`` and the ``Origin`` is this origin.
    """
    host = headers.get("Host", "")
    if not host or host_name(host) not in allowed_hosts:
        return "unknown Host: set VOC_WEB_ALLOWED_HOSTS to serve this name"
    origin = headers.get("Origin")
    origin_scheme, _, origin_host = (origin or "").partition("://")
    if origin is not None and (
        _netloc(origin_scheme, origin_host) is None
        or _netloc(origin_scheme, origin_host) != _netloc(scheme, host)
    ):
        return "cross-origin request refused"
    site = headers.get("Sec-Fetch-Site", "").lower()
    if site in {"cross-site", "same-site"}:
        navigation = method == "GET" and headers.get("Sec-Fetch-Mode", "").lower() == "navigate"
        if not (navigable and navigation):
            return "cross-site request refused"
    if method in {"GET", "HEAD", "OPTIONS"}:
        return None
    content_type = headers.get("Content-Type", "").split(";")[0].strip().lower()
    if content_type in SIMPLE_CONTENT_TYPES:
        if form_posts and content_type == "application/x-www-form-urlencoded" and origin:
            return None
        return "POST a JSON body (Content-Type: application/json)"
    return None


def call_worker(
    port: int, path: str, token: str | None, body: Any = None, timeout: float = 120.0
) -> tuple[int, Any]:
    """POST ``body`` as JSON (or GET when None) to the local worker: (status, decoded JSON)."""
    headers = {"Accept": "application/json"}
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    if token:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{path}",
        data=data,
        headers=headers,
        method="POST" if data is not None else "GET",
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as exc:
        raw = exc.read()
        try:
            return exc.code, json.loads(raw or b"null")
        except ValueError:
            return exc.code, {"error": f"HTTP {exc.code}"}
