"""The dashboard's HTTP surface on a real worker: who may read what, and the
customer id as a bound parameter (issue 14.1 with the guard of issue 13.3).

The worker runs in-process on the session's embedded broker and chDB; the
requests are plain HTTP with the headers a browser (or an attacker's page) sends.
"""

from __future__ import annotations

import asyncio
import http.client
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from sinks.clickhouse.store import ClickHouseStore
from streams.customer.segments import SEGMENTS
from streams.dashboard.panels import PANELS
from streams.tools.publisher import Publisher
from streams.worker.dashboard import COOKIE, cookie_value
from streams.worker.embedded import EmbeddedBroker, free_port
from tests.integration.harness import run_worker, settings_for, wait_for
from tests.support.builders import touchpoint_dict

pytestmark = pytest.mark.integration

TOKEN = "dashboard-token-3b9e1d"


@dataclass
class Answer:
    status: int
    body: bytes
    headers: dict[str, str]

    def json(self) -> Any:
        return json.loads(self.body)


def call(port: int, method: str, path: str, headers: dict[str, str] | None = None,
         host: str | None = None) -> Answer:  # fmt: skip
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
        connection.putheader("Host", host or f"127.0.0.1:{port}")
        for name, value in (headers or {}).items():
            connection.putheader(name, value)
        connection.putheader("Content-Length", "0")
        connection.endheaders()
        response = connection.getresponse()
        return Answer(response.status, response.read(), dict(response.getheaders()))
    finally:
        connection.close()


def test_dashboard_data_needs_the_token_and_binds_the_customer_id(
    broker: EmbeddedBroker, clickhouse: ClickHouseStore, unique: str, tmp_path: Path
) -> None:
    settings = settings_for(unique, tmp_path, web_port=free_port(), web_token=TOKEN)
    port = settings.web_port
    odd = f"{unique}-o'Brien\\\"; DROP TABLE voc.touchpoints --"
    words = "<img src=x onerror=alert(1)> <script>alert(2)</script> still late"
    lines = [
        (1, json.dumps(touchpoint_dict(event_id=f"{unique}-1", text=words,
                                       customer={"customer_id": odd})).encode()),
        (2, json.dumps(touchpoint_dict(event_id=f"{unique}-2",
                                       customer={"customer_id": f"{unique}-plain"})).encode()),
    ]  # fmt: skip
    answers: dict[str, Answer] = {}
    bearer = {"Authorization": f"Bearer {TOKEN}"}

    async def scenario() -> None:
        running = await run_worker(settings, clickhouse, broker.bootstrap)
        try:
            with Publisher(broker.bootstrap, settings) as publisher:
                assert publisher.publish_lines(lines, "t.jsonl").sent == 2
            await wait_for(lambda: running.pipeline.metrics.touchpoints_stored >= 2)
            assert await running.settled()
            # an identity merge folded an older key into the plain customer
            clickhouse.insert(
                "customers",
                ("customer_id", "version", "merged_into"),
                [(f"{unique}-alias", 99, f"{unique}-plain")],
            )

            def get(name: str, path: str, headers: dict[str, str] | None = None,
                    host: str | None = None) -> None:  # fmt: skip
                answers[name] = call(port, "GET", path, headers, host)

            from urllib.parse import quote

            requests: list[tuple[Any, ...]] = [
                ("page", "/dashboard"),
                ("script", "/dashboard/app.js"),
                ("uplot", "/dashboard/vendor/uPlot.iife.min.js"),
                ("no_token", "/dashboard/api/panels"),
                ("customer_no_token", f"/dashboard/api/customer?id={quote(odd)}"),
                ("panels", "/dashboard/api/panels", bearer),
                ("customer", f"/dashboard/api/customer?id={quote(odd)}", bearer),
                ("unknown", f"/dashboard/api/customer?id={quote(unique + '-nobody')}", bearer),
                ("alias", f"/dashboard/api/customer?id={unique}-alias", bearer),
                ("survivor", f"/dashboard/api/customer?id={unique}-plain", bearer),
                ("wrong_sign_in", "/dashboard?token=guess"),
                ("sign_in", f"/dashboard?token={TOKEN}&x=1"),
                ("cookie", "/dashboard/api/panels", {"Cookie": f"{COOKIE}={cookie_value(TOKEN)}"}),
                ("token_as_cookie", "/dashboard/api/panels", {"Cookie": f"{COOKIE}={TOKEN}"}),
                ("cross_site", "/dashboard/api/panels", {**bearer, "Sec-Fetch-Site": "cross-site"}),
                ("rebound", "/dashboard/api/panels", bearer, f"evil.example:{port}"),
                ("other_origin", "/dashboard/api/panels",
                 {**bearer, "Origin": "http://evil.example"}),
                ("no_files", "/dashboard/../web_token"),
                ("no_listing", "/dashboard/vendor/"),
            ]  # fmt: skip
            for request in requests:
                await asyncio.to_thread(get, *request)
            answers["post"] = await asyncio.to_thread(
                call, port, "POST", "/dashboard/api/panels", bearer
            )
        finally:
            await running.stop()

    asyncio.run(scenario())

    # the page and its scripts: no data, no credential, a same-origin-only CSP
    for name in ("page", "script", "uplot"):
        assert answers[name].status == 200, name
        csp = answers[name].headers["Content-Security-Policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert "frame-ancestors 'none'" in csp
    assert b'<script src="/dashboard/app.js">' in answers["page"].body
    # the data needs the token (or the cookie its sign-in link sets)
    assert answers["no_token"].status == 401 and answers["customer_no_token"].status == 401
    assert answers["token_as_cookie"].status == 401  # the cookie holds a digest, not the token
    assert answers["wrong_sign_in"].status == 401
    sign_in = answers["sign_in"]
    assert sign_in.status == 303 and sign_in.headers["Location"] == "/dashboard?x=1"
    cookie = sign_in.headers["Set-Cookie"]
    assert f"{COOKIE}={cookie_value(TOKEN)}" in cookie and TOKEN not in cookie
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert answers["cookie"].status == 200
    # the guard still runs first: other sites and rebinding names are refused
    for name in ("cross_site", "rebound", "other_origin"):
        assert answers[name].status == 403, (name, answers[name].body)
    assert answers["post"].status == 405
    assert answers["no_files"].status == 404 and answers["no_listing"].status == 404

    panels = answers["panels"].json()["panels"]
    assert set(panels) == {p.id for p in PANELS}
    assert all("error" not in result for result in panels.values()), panels
    # the odd id is a value bound by ClickHouse: its customer comes back, nothing is dropped
    customer = answers["customer"].json()
    assert customer["customer_id"] == odd
    [row] = customer["timeline"]["rows"]
    timeline = dict(zip(customer["timeline"]["columns"], row, strict=True))
    assert timeline["text"] == words  # data, as it is: the page sets it as text
    assert customer["model"]["rows"] and customer["model_view"]["contact_count"] == 1
    assert customer["model_view"]["engagement_segment"] in SEGMENTS
    assert customer["model_view"]["value_tier"] == "none"  # a message: no money yet
    assert answers["unknown"].status == 404
    # identity merges: the absorbed key points to its survivor, which lists it
    assert answers["alias"].json()["model_view"]["merged_into"] == f"{unique}-plain"
    survivor = answers["survivor"].json()
    assert survivor["merges"]["rows"] == [[f"{unique}-alias", f"{unique}-plain"]]
    assert survivor["model_view"]["merged_into"] is None
    assert len(survivor["timeline"]["rows"]) == 1
    _, [(count,)] = clickhouse.query(
        f"SELECT count() FROM voc.touchpoints FINAL WHERE event_id LIKE '{unique}-%'"
    )
    assert count == 2
