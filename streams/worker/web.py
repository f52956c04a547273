"""The worker's HTTP pages: ``/sql`` for ``voc sql``, and the metrics ``voc bench`` polls.

Registered on the Faust app's web server (``VOC_WEB_PORT``, loopback by default)
by :func:`register_pages`.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Any

import faust

if TYPE_CHECKING:
    from streams.worker.app import Pipeline


def register_pages(
    app: faust.App, pipeline: Pipeline, customers: Mapping[str, bytes] | None = None
) -> None:
    """Add the worker's pages to ``app``; ``customers`` (the state table) sizes ``/metrics``."""

    @app.page("/sql")
    class SqlView(faust.web.View):
        """Queries for ``voc sql``: the embedded chDB store can be opened by one process."""

        async def post(self, request: Any) -> Any:
            return await self._run(await request.text())

        async def get(self, request: Any) -> Any:
            return await self._run(request.query.get("q", ""))

        async def _run(self, query: str) -> Any:
            try:
                columns, rows = await pipeline.run_blocking(partial(pipeline.store.query, query))
            except Exception as exc:
                return self.json({"error": str(exc)}, status=400)
            return self.json({"columns": columns, "rows": [list(map(_jsonable, r)) for r in rows]})

    @app.page("/metrics")
    async def metrics(web: Any, request: Any) -> Any:
        """Counters, stage CPU, latency percentiles, memory and state size (``voc bench``)."""
        report = pipeline.metrics.report()
        if customers is not None:
            sizes = [len(value) for value in itertools.islice(customers.values(), 500)]
            report["customers_in_state"] = len(customers)
            report["state_bytes_per_customer"] = round(sum(sizes) / len(sizes)) if sizes else 0
        return web.json(report)

    @app.page("/metrics/counters")
    async def counters(web: Any, request: Any) -> Any:
        """Just the counters: cheap enough to poll several times a second."""
        return web.json(pipeline.metrics.as_dict())

    @app.page("/metrics/reset")
    async def reset_latency(web: Any, request: Any) -> Any:
        pipeline.metrics.store_latency_ms.clear()
        pipeline.metrics.alert_latency_ms.clear()
        return web.json({"reset": True})


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    return value
