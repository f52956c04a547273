"""The worker's HTTP pages, and the guard every request passes first.

Pages (on the Faust web server, ``VOC_WEB_BIND``:``VOC_WEB_PORT``, loopback by default):

* ``POST /sql`` (bearer token): analysts' SQL, read-only and limited
  (:mod:`sinks.clickhouse.readonly`), on its own ClickHouse session and thread,
  so a slow query never holds the writer;
* ``GET /metrics``: Prometheus exposition; ``GET /livez``, ``GET /readyz``: probes
  (:mod:`streams.worker.observability`);
* ``GET /metrics/json``, ``GET /metrics/counters``: counters as JSON for ``voc bench``;
* ``POST /metrics/reset`` (bearer token): clears the latency reservoirs;
* ``GET /dashboard`` and below: the live dashboard (:mod:`streams.worker.dashboard`;
  its data needs the token or the cookie its sign-in link sets);
* ``/feedback`` (``streams/worker/delivery.py``): signed with ``VOC_WEBHOOK_SECRET``.

:func:`guard` is an aiohttp middleware on the whole server: it refuses Faust's
own pages (``/table``, ``/router``, ``/graph``, ``/stats``, ``/``...), unknown
``Host`` names, foreign ``Origin``\\ s, cross-site fetches, POST bodies that
are not JSON, and POSTs without the credential; it adds no-sniff, no-frame and
no-store headers to every answer. A page says what it needs with the class
attributes of :class:`Page`.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import threading
from collections.abc import Awaitable, Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, ClassVar

import faust
from aiohttp import web

from sinks.clickhouse.readonly import Limits, QueryFailed, QueryRefused, ReadOnlySql
from streams.settings import Settings
from streams.worker.dashboard import Dashboard, register_dashboard
from streams.worker.observability import register_observability
from streams.worker.webauth import bearer_ok, ensure_token, request_problem

if TYPE_CHECKING:
    from streams.worker.app import Pipeline

log = logging.getLogger(__name__)

SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "Content-Security-Policy": "default-src 'none'; form-action 'self'; frame-ancestors 'none'",
}
#: Analyst queries run at most this many at a time, on their own threads.
SQL_THREADS = 2

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class Page(faust.web.View):
    """A worker page; the guard reads these class attributes before the view runs."""

    #: What a POST (or any method but GET/HEAD) needs: "token" (``Authorization:
    #: Bearer``) or "view" (the view checks its own signature, e.g. /feedback).
    credential: ClassVar[str] = "token"
    #: A browser form from this same origin may POST here (url-encoded).
    form_posts: ClassVar[bool] = False
    #: A link opened from elsewhere (a chat message) may GET this page.
    navigable: ClassVar[bool] = False


def limits_of(settings: Settings) -> Limits:
    return Limits(
        max_seconds=settings.sql_max_seconds,
        max_rows_to_read=settings.sql_max_rows_to_read,
        max_result_rows=settings.sql_max_result_rows,
        max_memory_bytes=settings.sql_max_memory_bytes,
    )


def guard(app: faust.App, allowed_hosts: frozenset[str], token: str) -> Any:
    """The middleware that checks every request before any page (including Faust's) runs."""

    @web.middleware
    async def middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        match = request.match_info
        if match.http_exception is not None:
            raise match.http_exception  # 404 / 405 from the router
        resource = match.route.resource
        view = app.web.views.get(resource.canonical) if resource is not None else None
        if view is None or type(view).__module__.split(".")[0] == "faust":
            return _refusal(404, "not found")  # Faust's own pages expose table contents
        problem = request_problem(
            request.method,
            request.headers,
            allowed_hosts,
            scheme=request.scheme,
            navigable=bool(getattr(view, "navigable", False)),
            form_posts=bool(getattr(view, "form_posts", False)),
        )
        if problem is not None:
            return _refusal(403, problem)
        needs_token = request.method not in {"GET", "HEAD", "OPTIONS"} and (
            getattr(view, "credential", "token") == "token"
        )
        if needs_token and not bearer_ok(request.headers.get("Authorization"), token):
            return _refusal(401, "missing or wrong bearer token (see VOC_WEB_TOKEN)")
        response = await handler(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    return middleware


def _refusal(status: int, reason: str) -> web.Response:
    response = web.json_response({"error": reason}, status=status)
    response.headers.update(SECURITY_HEADERS)
    return response


def register_pages(
    app: faust.App,
    pipeline: Pipeline,
    customers: Mapping[str, bytes] | None = None,
    *,
    token: str | None = None,
) -> None:
    """Add the worker's pages and the guard to ``app``.

    ``customers`` (the state table) sizes ``/metrics``; ``token``: the bearer
    token (default: ``VOC_WEB_TOKEN`` or the data directory's token file).
    """
    settings: Settings = pipeline.settings
    bearer = token or ensure_token(settings)
    server: web.Application = app.web.web_app  # type: ignore[attr-defined]
    server.middlewares.append(guard(app, settings.web_allowed_host_names, bearer))
    sql_threads = ThreadPoolExecutor(max_workers=SQL_THREADS, thread_name_prefix="voc-sql")
    readers: list[ReadOnlySql] = []
    local = threading.local()

    def reader() -> ReadOnlySql:
        """This SQL thread's own client (a chDB handle runs one query at a time)."""
        if getattr(local, "reader", None) is None:
            if pipeline.store is None:
                raise QueryFailed("this worker does not hold the store: ask the one that does")
            analyst = settings.clickhouse_analyst_url
            local.reader = ReadOnlySql(
                pipeline.store.dsn,
                limits_of(settings),
                analyst.get_secret_value() if analyst else None,
            )
            readers.append(local.reader)
        opened: ReadOnlySql = local.reader
        return opened

    async def close_readers(_: web.Application) -> None:
        sql_threads.shutdown(wait=False, cancel_futures=True)
        for opened in readers:
            await asyncio.to_thread(opened.close)

    server.on_cleanup.append(close_readers)

    async def run_sql(query: str) -> Any:
        """A read-only, limited query on the SQL threads (probes and the dashboard)."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(sql_threads, lambda: reader().run(query))

    register_observability(app, pipeline, customers, run_sql, Page)

    async def run_fixed(sql: str, parameters: Mapping[str, Any]) -> Any:
        """One of the dashboard's fixed statements, values bound by ClickHouse."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(sql_threads, lambda: reader().run_fixed(sql, parameters))

    register_dashboard(app, Dashboard(run_sql, run_fixed, bearer), Page)

    @app.page("/sql")
    class SqlView(Page):
        """``POST {"query": "SELECT ..."}`` with the bearer token: what ``voc sql`` calls."""

        async def post(self, request: Any) -> Any:
            try:
                body = await request.json()
            except ValueError:
                return self.json({"error": "body is not JSON"}, status=400)
            query = body.get("query") if isinstance(body, dict) else None
            if not isinstance(query, str):
                return self.json({"error": 'send {"query": "SELECT ..."}'}, status=400)
            loop = asyncio.get_running_loop()
            try:
                result = await loop.run_in_executor(sql_threads, lambda: reader().run(query))
            except (QueryRefused, QueryFailed) as exc:
                return self.json({"error": str(exc)}, status=400)
            except Exception:
                log.exception("analyst query failed")
                return self.json({"error": "query failed (see the worker's log)"}, status=500)
            return self.json(result.to_json())

    @app.page("/metrics/json")
    class MetricsView(Page):
        """Counters, stage CPU, latency percentiles, memory and state size (``voc bench``)."""

        async def get(self, request: Any) -> Any:
            report = pipeline.metrics.report()
            if customers is not None:
                sizes = [len(value) for value in itertools.islice(customers.values(), 500)]
                report["customers_in_state"] = len(customers)
                report["state_bytes_per_customer"] = round(sum(sizes) / len(sizes)) if sizes else 0
            return self.json(report)

    @app.page("/metrics/counters")
    class CountersView(Page):
        """Just the counters: cheap enough to poll several times a second."""

        async def get(self, request: Any) -> Any:
            return self.json(pipeline.metrics.as_dict())

    @app.page("/metrics/reset")
    class ResetView(Page):
        """``POST`` with the bearer token: clears the latency reservoirs (``voc bench``)."""

        async def post(self, request: Any) -> Any:
            pipeline.metrics.store_latency_ms.clear()
            pipeline.metrics.alert_latency_ms.clear()
            pipeline.metrics.hop_ms.clear()
            pipeline.metrics.sequencer_hold_ms.clear()
            return self.json({"reset": True})
