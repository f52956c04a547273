"""The live VoC dashboard: ``/dashboard`` on the worker's web port (and ``voc dashboard``).

Read-only GETs, fixed server-side queries (:mod:`streams.dashboard.panels`);
the browser names a panel or a customer, never SQL. Queries run on the
analysts' read-only, limited client (the SQL threads of ``/sql``).

Who may see what:

* the page itself and its scripts (``/dashboard``, ``/dashboard/customer``,
  ``/dashboard/app.js``...) hold no data: no credential;
* the data (``/dashboard/api/...``) shows customers' words and models, so it
  needs the worker's token, as ``voc sql`` does: ``Authorization: Bearer``, or
  the cookie that ``/dashboard?token=<token>`` sets (HttpOnly, SameSite=Strict,
  a digest of the token, not the token) before redirecting to ``/dashboard``.
  ``voc demo`` and ``voc dashboard`` print that link when the token is the data
  directory's own (``VOC_DATA_DIR/web_token``); with ``VOC_WEB_TOKEN`` set they
  print the address only.

The guard of ``streams/worker/web.py`` (Host, Origin, fetch metadata) runs
first; the pages answer with a Content-Security-Policy that allows scripts,
styles and fetches from this origin only.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import signal
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from typing import Any
from urllib.parse import urlencode

from aiohttp import web

from sinks.clickhouse.readonly import QueryFailed, QueryRefused, Result
from streams.dashboard.panels import CUSTOMER_QUERIES, PANELS
from streams.settings import Settings
from streams.worker.webauth import bearer_ok, ensure_token

COOKIE = "voc_dashboard"
#: Longest customer id the customer page accepts.
MAX_CUSTOMER_ID = 256
#: How often the page refreshes (ms; the page reads it from the API answer).
REFRESH_MS = 5000
#: Pages asking within this many seconds get the same answer (the queries scan the store).
CACHE_SECONDS = 2.0
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
#: URL path -> (file under streams/dashboard/static, content type). Nothing else is served.
ASSETS: dict[str, tuple[str, str]] = {
    "/dashboard/app.js": ("app.js", "text/javascript"),
    "/dashboard/app.css": ("app.css", "text/css"),
    "/dashboard/vendor/uPlot.iife.min.js": ("vendor/uPlot.iife.min.js", "text/javascript"),
    "/dashboard/vendor/uPlot.min.css": ("vendor/uPlot.min.css", "text/css"),
    "/dashboard/vendor/LICENSE-uPlot": ("vendor/LICENSE-uPlot", "text/plain"),
}
SHELLS = ("/dashboard", "/dashboard/customer")

RunSql = Callable[[str], Awaitable[Result]]
RunFixed = Callable[[str, Mapping[str, Any]], Awaitable[Result]]
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def static_bytes(name: str) -> bytes:
    return resources.files("streams.dashboard").joinpath("static", name).read_bytes()


def cookie_value(token: str) -> str:
    """What the cookie holds: a digest of the token (the cookie never reveals it)."""
    return hmac.new(token.encode(), b"voc-dashboard-cookie", hashlib.sha256).hexdigest()


def dashboard_link(base: str, token: str | None) -> str:
    """The address to print: with ``?token=`` when the token may be shown."""
    return f"{base}/dashboard" + (f"?{urlencode({'token': token})}" if token else "")


@dataclass
class Dashboard:
    """The dashboard's handlers over a query runner; served by the worker or alone."""

    run_sql: RunSql
    run_fixed: RunFixed
    token: str
    #: The last panels' answer and when it was made (shared by every open page).
    _cached: tuple[float, dict[str, Any]] | None = None
    _refreshing: asyncio.Lock | None = None

    def authorized(self, request: web.Request) -> bool:
        if bearer_ok(request.headers.get("Authorization"), self.token):
            return True
        given = request.cookies.get(COOKIE, "")
        return bool(given) and hmac.compare_digest(given, cookie_value(self.token))

    async def shell(self, request: web.Request) -> web.StreamResponse:
        """The page (both views); ``?token=`` signs in and redirects without it."""
        if "token" in request.query:
            if not bearer_ok(f"Bearer {request.query['token']}", self.token):
                return _html("<p>Wrong token. Ask the worker's owner for the link.</p>", 401)
            rest = {k: v for k, v in request.query.items() if k != "token"}
            target = request.path + (f"?{urlencode(rest)}" if rest else "")
            response = web.Response(status=303, headers={"Location": target})
            response.set_cookie(
                COOKIE, cookie_value(self.token), httponly=True, samesite="Strict", path="/"
            )
            response.headers["Content-Security-Policy"] = CSP
            return response
        return _with_csp(web.Response(body=static_bytes("index.html"), content_type="text/html"))

    async def asset(self, request: web.Request) -> web.StreamResponse:
        name, content_type = ASSETS[request.path]
        response = web.Response(body=static_bytes(name), content_type=content_type)
        return _with_csp(response)

    async def panels(self, request: web.Request) -> web.StreamResponse:
        """Every panel's rows: ``{"panels": {id: {columns, types, rows} | {error}}}``."""
        if not self.authorized(request):
            return _unauthorized()
        if self._refreshing is None:
            self._refreshing = asyncio.Lock()
        async with self._refreshing:  # pages open together share one round of queries
            if self._cached is None or time.monotonic() - self._cached[0] > CACHE_SECONDS:
                self._cached = (time.monotonic(), await self._run_panels())
            return _json(self._cached[1])

    async def _run_panels(self) -> dict[str, Any]:
        started = time.monotonic()
        out: dict[str, Any] = {}
        for panel in PANELS:
            try:
                out[panel.id] = (await self.run_sql(panel.sql)).to_json()
            except (QueryRefused, QueryFailed) as exc:
                out[panel.id] = {"error": str(exc)}
        body = {
            "panels": out,
            "meta": {p.id: {"title": p.title, "kind": p.kind, "description": p.description,
                            "customer_column": p.customer_column} for p in PANELS},
            "refreshed_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "seconds": round(time.monotonic() - started, 3),
            "refresh_ms": REFRESH_MS,
        }  # fmt: skip
        return body

    async def customer(self, request: web.Request) -> web.StreamResponse:
        """One customer: model, timeline, alerts and identity merges."""
        if not self.authorized(request):
            return _unauthorized()
        customer_id = request.query.get("id", "")
        if not customer_id or len(customer_id) > MAX_CUSTOMER_ID:
            return _json({"error": "give ?id=<customer id>"}, 400)
        out: dict[str, Any] = {"customer_id": customer_id}
        try:
            for name, sql in CUSTOMER_QUERIES:
                out[name] = (await self.run_fixed(sql, {"customer": customer_id})).to_json()
        except QueryFailed as exc:
            return _json({"error": str(exc)}, 500)
        if not out["model"]["rows"] and not out["timeline"]["rows"]:
            return _json({"error": f"no customer {customer_id}"}, 404)
        out["model_view"] = model_view(out["model"])
        return _json(out)

    def routes(self) -> dict[str, Handler]:
        """Path -> handler, every one a GET."""
        table: dict[str, Handler] = {path: self.shell for path in SHELLS}
        table.update({path: self.asset for path in ASSETS})
        table["/dashboard/api/panels"] = self.panels
        table["/dashboard/api/customer"] = self.customer
        return table


def model_view(model: Mapping[str, Any]) -> dict[str, Any]:
    """The customer's current model as the page shows it (from the ``state`` JSON)."""
    if not model.get("rows"):
        return {}
    row = dict(zip(model["columns"], model["rows"][0], strict=True))
    try:
        state = json.loads(row.get("state") or "{}")
    except ValueError:
        state = {}
    factors = state.get("churn_factors") or {}
    return {
        "churn_risk": row.get("churn_risk"),
        "journey_stage": row.get("journey_stage"),
        "plan": row.get("plan"),
        "language": row.get("language"),
        "account_id": row.get("account_id"),
        "scores": {"nps": row.get("nps_last"), "csat": row.get("csat_last"),
                   "ces": row.get("ces_last")},
        "sentiment_trend": _rounded(row.get("sentiment_trend")),
        "contact_count": row.get("contact_count"),
        "first_seen": row.get("first_seen"),
        "last_seen": row.get("last_seen"),
        "order_value_total": row.get("order_value_total"),
        "engagement_segment": row.get("engagement_segment") or None,
        "value_tier": row.get("value_tier") or None,
        "customer_value": row.get("customer_value"),
        "value_at_risk": row.get("value_at_risk"),
        "last_touchpoint_stage": row.get("last_touchpoint_stage") or None,
        "problems": {"topics": state.get("topics") or {}, "intents": state.get("intents") or {}},
        "alternatives": {name: info.get("count", 0)
                         for name, info in (state.get("competitors") or {}).items()},
        "criteria": state.get("criteria") or {},
        "difficulties": {
            "irritants": {name: info.get("count", 0)
                          for name, info in (state.get("irritants") or {}).items()},
            "open_issues": len(state.get("open_issues") or []),
            "repeat_contacts": state.get("repeat_contacts", row.get("repeat_contacts")),
        },
        "risk_factors": [
            {"factor": name, "points": info.get("points"), "reason": info.get("reason"),
             "evidence": info.get("evidence") or []}
            for name, info in sorted(factors.items(), key=lambda kv: -int(kv[1].get("points", 0)))
        ],
        "identifiers": row.get("identifiers") or [],
        "merged_into": row.get("merged_into") or None,
    }  # fmt: skip


def _rounded(value: Any, digits: int = 2) -> Any:
    return round(value, digits) if isinstance(value, float) else value


def _with_csp(response: web.StreamResponse) -> web.StreamResponse:
    response.headers["Content-Security-Policy"] = CSP
    return response


def _html(body: str, status: int = 200) -> web.StreamResponse:
    page = f"<!doctype html><meta charset='utf-8'><title>voc-stream</title>{body}"
    return _with_csp(web.Response(text=page, content_type="text/html", status=status))


def _json(value: Any, status: int = 200) -> web.StreamResponse:
    return web.json_response(value, status=status)


def _unauthorized() -> web.StreamResponse:
    sign_in = "open /dashboard?token=<token> (VOC_WEB_TOKEN or VOC_DATA_DIR/web_token)"
    return _json({"error": f"sign in: {sign_in}"}, 401)


def register_dashboard(app: Any, dashboard: Dashboard, page: type[Any]) -> None:
    """Add the dashboard's GET pages to the Faust app ``app`` as guarded worker pages."""
    for path, handler in dashboard.routes().items():
        view = type(
            "DashboardView",
            (page,),
            {"get": _faust_get(handler), "__module__": __name__,
             "__doc__": f"GET {path} (streams/worker/dashboard.py)"},
        )  # fmt: skip
        app.page(path, name=f"dashboard {path}")(view)


def _faust_get(handler: Handler) -> Callable[..., Awaitable[web.StreamResponse]]:
    async def get(self: Any, request: web.Request) -> web.StreamResponse:
        return await handler(request)

    return get


async def serve_alone(
    dashboard: Dashboard, bind: str, port: int, allowed: frozenset[str], announce: str = ""
) -> None:
    """``voc dashboard``: the same pages on their own aiohttp server, until cancelled."""
    from streams.worker.web import SECURITY_HEADERS
    from streams.worker.webauth import request_problem

    @web.middleware
    async def guard(request: web.Request, handler: Handler) -> web.StreamResponse:
        problem = request_problem(request.method, request.headers, allowed, scheme=request.scheme)
        if problem is not None:
            return web.json_response({"error": problem}, status=403)
        response = await handler(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    server = web.Application(middlewares=[guard])
    for path, handler in dashboard.routes().items():
        server.router.add_get(path, handler)
    runner = web.AppRunner(server, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, bind, port)
    await site.start()
    if announce:
        print(announce, flush=True)  # once it listens
    try:
        await wait_for_interrupt()
    finally:
        await runner.cleanup()


async def run_alone(settings: Settings, port: int) -> int:
    """``voc dashboard``: the dashboard over a store that no worker holds, until Ctrl-C.

    With the embedded store it takes ``store.lock`` as a worker would (a worker
    started meanwhile waits for it), applies the migrations (idempotent: the
    views may be newer than the store) and reads through the analysts'
    read-only, limited client.
    """
    from concurrent.futures import ThreadPoolExecutor

    from sinks.clickhouse.readonly import ReadOnlySql
    from sinks.clickhouse.store import ClickHouseStore
    from streams.errors import UserError
    from streams.worker.holder import try_lock
    from streams.worker.web import limits_of

    lock = try_lock(settings.data_dir / "store.lock") if settings.embedded_clickhouse else None
    if settings.embedded_clickhouse and lock is None:
        raise UserError("a worker holds the embedded store: open its /dashboard instead")
    threads = ThreadPoolExecutor(max_workers=1, thread_name_prefix="voc-dashboard")
    store = ClickHouseStore(settings.clickhouse_dsn)
    analyst = settings.clickhouse_analyst_url
    reader = ReadOnlySql(
        settings.clickhouse_dsn,
        limits_of(settings),
        analyst.get_secret_value() if analyst else None,
    )
    loop = asyncio.get_running_loop()
    try:
        await loop.run_in_executor(threads, store.migrate)

        async def run_sql(query: str) -> Result:
            return await loop.run_in_executor(threads, lambda: reader.run(query))

        async def run_fixed(sql: str, parameters: Mapping[str, Any]) -> Result:
            return await loop.run_in_executor(threads, lambda: reader.run_fixed(sql, parameters))

        served = settings.model_copy(update={"web_port": port})
        allowed = settings.web_allowed_host_names
        announce = f"voc dashboard on {dashboard_address(served)} (Ctrl-C stops)"
        dashboard = Dashboard(run_sql, run_fixed, ensure_token(settings))
        await serve_alone(dashboard, settings.web_bind, port, allowed, announce)
    finally:
        await loop.run_in_executor(threads, reader.close)
        await loop.run_in_executor(threads, store.close)
        threads.shutdown(wait=True)
        if lock is not None:
            lock.close()
    return 0


def dashboard_address(settings: Settings) -> str:
    """The dashboard's address to print, with the sign-in token when it is the data
    directory's own (``web_token``); never a ``VOC_WEB_TOKEN`` set by its owner."""
    host = settings.web_bind if settings.web_bind not in {"0.0.0.0", "::", ""} else "127.0.0.1"
    if ":" in host:
        host = f"[{host}]"
    configured = settings.web_token is not None and settings.web_token.get_secret_value()
    token = None if configured else ensure_token(settings)
    return dashboard_link(f"http://{host}:{settings.web_port}", token)


async def wait_for_interrupt() -> None:
    """Until SIGINT (Ctrl-C) or SIGTERM."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    try:
        await stop.wait()
    finally:
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(signum)
