"""The live dashboard in a real browser, on the demo's data (issue 14, point 1).

``voc demo --serve`` replays the bundled sample and keeps its worker up; Debian's
Chromium, driven by Playwright (``executable_path``, no browser download: the
Makefile's test target installs ``chromium`` with apt-get), opens the link the
demo printed. The test checks that the page loads with no console error, that
every panel has data, that the numbers shown equal the same panel queries run
through ``voc sql``, and that a click on a customer opens that customer's page.
Screenshots go to the test's output directory, ``build/test-output/dashboard/``
(``VOC_TEST_OUTPUT`` moves it; printed, ``-s`` shows it).
"""

from __future__ import annotations

import math
import os
import re
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import ConsoleMessage, Page, sync_playwright

from streams.dashboard.panels import PANELS
from streams.worker.embedded import free_port
from tests.support.cli import VOC, as_in_a_terminal, env_for, voc_sql

pytestmark = pytest.mark.e2e

BROWSERS = ("chromium", "chromium-headless-shell", "chromium-browser")
#: Where the screenshots go (kept after the run; build/ is not committed).
OUTPUT = (
    Path(
        os.environ.get(
            "VOC_TEST_OUTPUT", Path(__file__).resolve().parents[2] / "build" / "test-output"
        )
    )
    / "dashboard"
)
DEMO_SECONDS = 400


def browser_path() -> str:
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    for path in ("/usr/lib/chromium/chromium", "/usr/lib/chromium/chrome"):
        if os.access(path, os.X_OK):
            return path
    raise AssertionError(
        "no Chromium found: `make test` installs Debian's chromium (apt-get install chromium)"
    )


@dataclass
class Demo:
    proc: subprocess.Popen[str]
    link: str
    env: dict[str, str]
    output: list[str]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    tmp = tmp_path_factory.mktemp("dashboard")
    env = env_for(tmp, VOC_WEB_PORT=str(free_port()))
    proc = subprocess.Popen(
        [*VOC, "demo", "--serve"], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        text=True, bufsize=1, preexec_fn=as_in_a_terminal,
    )  # fmt: skip
    assert proc.stdout is not None
    output: list[str] = []
    link = None
    deadline = time.monotonic() + DEMO_SECONDS
    try:
        for line in proc.stdout:
            output.append(line)
            found = re.search(r"dashboard open at (\S+) until Ctrl-C", line)
            if found:
                link = found.group(1)
                break
            assert time.monotonic() < deadline, "".join(output[-40:])
        assert link is not None, "".join(output[-40:])
        demo_env = env_for(tmp, VOC_DATA_DIR=str(tmp / "data" / "demo"))
        yield Demo(proc, link, demo_env, output)
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            rest, _ = proc.communicate(timeout=90)
        except subprocess.TimeoutExpired:
            proc.kill()
            rest, _ = proc.communicate()
        output.append(rest or "")
    assert proc.returncode == 0, "".join(output[-40:])
    assert "done in" in "".join(output)


def shown(value: Any) -> str:
    """How the page shows a value (app.js ``show``)."""
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(shown(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d", value):
        return value[:10] + " " + value[11:16]
    return str(value)


def same(text: str, value: Any) -> bool:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return math.isclose(float(text), float(value), rel_tol=1e-9, abs_tol=1e-9)
    return text == shown(value)


def table_cells(page: Page, panel: str) -> list[list[str]]:
    rows = page.locator(f'section[data-panel="{panel}"] tbody tr')
    return [
        [cell.strip() for cell in rows.nth(i).locator("td").all_inner_texts()]
        for i in range(rows.count())
    ]


def test_dashboard_in_a_real_browser(demo: Demo) -> None:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    shots = (OUTPUT / "dashboard.png", OUTPUT / "customer.png")
    for old in shots:
        old.unlink(missing_ok=True)
    errors: list[str] = []
    compared: dict[str, Any] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=browser_path(), args=["--no-sandbox", "--disable-gpu"]
        )
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})

            def on_console(message: ConsoleMessage) -> None:
                if message.type == "error":
                    errors.append(f"console: {message.text}")

            page.on("console", on_console)
            page.on("pageerror", lambda error: errors.append(f"page error: {error}"))
            page.goto(demo.link)
            page.wait_for_selector("body[data-loaded=dashboard]", timeout=30_000)
            assert "token=" not in page.url  # the sign-in link redirects without it

            # every panel has data
            for panel in PANELS:
                section = page.locator(f'section[data-panel="{panel.id}"]')
                assert section.get_attribute("data-state") == "ok", (
                    panel.id,
                    section.inner_text(),
                )
                assert int(section.get_attribute("data-rows") or 0) > 0, panel.id

            # the numbers shown equal the same queries through voc sql
            for panel in PANELS:
                rows = voc_sql(demo.env, panel.sql)
                assert rows, panel.id
                if panel.kind == "stat":
                    for column, value in rows[0].items():
                        text = page.locator(
                            f'section[data-panel="{panel.id}"] [data-stat="{column}"] .value'
                        ).inner_text()
                        assert same(text, value), (panel.id, column, text, value)
                        compared[f"{panel.id}.{column}"] = value
                elif panel.kind == "timeseries":
                    section = page.locator(f'section[data-panel="{panel.id}"]')
                    assert int(section.get_attribute("data-rows") or 0) == len(rows)
                    assert section.locator("canvas").count() >= 1  # uPlot drew it
                    last = rows[-1]
                    for column, value in list(last.items())[1:]:
                        text = section.locator(f'[data-latest="{column}"]').inner_text()
                        assert same(text.split(" ", 1)[1], value), (column, text, value)
                        compared[f"{panel.id}.latest.{column}"] = value
                    compared[f"{panel.id}.days"] = len(rows)
                else:
                    cells = table_cells(page, panel.id)
                    assert len(cells) == len(rows), (panel.id, len(cells), len(rows))
                    for shown_row, row in zip(cells, rows, strict=True):
                        for text, (column, value) in zip(shown_row, row.items(), strict=True):
                            assert same(text, value), (panel.id, column, text, value)
                    compared[f"{panel.id}.rows"] = len(rows)
                    compared[f"{panel.id}.first_row"] = list(rows[0].values())[:4]
            page.screenshot(path=str(shots[0]), full_page=True)

            # a click on a customer opens that customer's page
            first = page.locator('section[data-panel="at_risk"] a[data-customer]').first
            customer = first.get_attribute("data-customer")
            assert customer
            first.click()
            page.wait_for_selector("body[data-loaded=customer]", timeout=30_000)
            assert page.url.endswith(f"/dashboard/customer?id={customer}"), page.url
            assert page.locator('section[data-panel="customer"] h2').inner_text() == (
                f"Customer {customer}"
            )
            [risk] = voc_sql(
                demo.env,
                "SELECT churn_risk, journey_stage FROM voc.customers FINAL "
                f"WHERE customer_id = '{customer}'",
            )
            model = page.locator('section[data-panel="customer"]')
            assert model.locator('[data-field="churn risk"]').inner_text() == str(
                risk["churn_risk"]
            )
            assert (
                model.locator('[data-field="journey stage"]').inner_text()
                == (risk["journey_stage"])
            )
            [count] = voc_sql(
                demo.env,
                "SELECT count() AS n FROM voc.v_customer_timeline "
                f"WHERE customer_id = '{customer}'",
            )
            timeline = len(table_cells(page, "timeline"))
            assert timeline == min(int(count["n"]), 200) and timeline > 0
            assert page.locator('section[data-panel="risk_factors"] tbody tr').count() > 0
            for section in ("problems", "alternatives", "criteria", "difficulties", "merges"):
                assert page.locator(f'section[data-panel="{section}"]').count() == 1
            compared["customer"] = {
                "id": customer,
                "churn_risk": risk["churn_risk"],
                "timeline": timeline,
            }
            page.screenshot(path=str(shots[1]), full_page=True)
            # voc dashboard on a store a worker holds points to that worker's page
            other = subprocess.run(
                [*VOC, "dashboard"], env=demo.env, capture_output=True, text=True, timeout=120
            )
            assert other.returncode == 0, other.stderr
            assert demo.link in other.stdout, (other.stdout, demo.link)
        finally:
            browser.close()
    assert not errors, errors
    assert all(shot.stat().st_size > 10_000 for shot in shots)
    print(f"\nscreenshots: {shots[0]} {shots[1]}")
    print(f"compared with voc sql: {compared}")


def test_voc_dashboard_serves_a_store_no_worker_holds(tmp_path: Path) -> None:
    """``voc dashboard`` over a finished demo's store: same data API, Ctrl-C stops it."""
    import json
    import urllib.request

    from tests.e2e.test_cli import write_input

    source = tmp_path / "small.jsonl"
    write_input(source, good=120, malformed=[])
    env = env_for(tmp_path, VOC_WEB_PORT=str(free_port()))
    demo = subprocess.run(
        [*VOC, "demo", "--input", str(source)], env=env, capture_output=True, text=True,
        timeout=300,
    )  # fmt: skip
    assert demo.returncode == 0, demo.stdout + demo.stderr
    data = tmp_path / "data" / "demo"
    port = free_port()
    dashboard_env = env_for(tmp_path, VOC_DATA_DIR=str(data))
    proc = subprocess.Popen(
        [*VOC, "dashboard", "--port", str(port)], env=dashboard_env, stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT, text=True, preexec_fn=as_in_a_terminal,
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        assert f"voc dashboard on http://127.0.0.1:{port}/dashboard?token=" in first, first
        token = (data / "web_token").read_text().strip()
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/dashboard/api/panels",
            headers={"Authorization": f"Bearer {token}"},
        )
        with urllib.request.urlopen(request, timeout=60) as response:
            panels = json.loads(response.read())["panels"]
        assert set(panels) == {panel.id for panel in PANELS}
        overview = panels["overview"]
        assert (
            dict(zip(overview["columns"], overview["rows"][0], strict=True))["touchpoints"] == 120
        )
        assert all("error" not in result for result in panels.values()), panels
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0
    # the store is free again: voc sql opens it straight
    [row] = voc_sql(dashboard_env, "SELECT count() AS n FROM voc.touchpoints FINAL")
    assert row["n"] == 120
