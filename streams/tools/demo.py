"""``voc demo``: the whole pipeline on the embedded defaults, in one command.

Starts the broker and the embedded ClickHouse, runs the worker, replays the
bundled sample (or ``--input``), shows progress and live alerts, and ends with
a summary read back from ClickHouse.
"""

from __future__ import annotations

import asyncio
import json
import shutil
import time
from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from schemas.models import Alert
from streams.settings import Settings
from streams.tools.expectations_summary import EXPECTATION_QUERIES
from streams.tools.publisher import Publisher, PublishReport, read_lines
from streams.tools.voice_summary import VOICE_AND_VALUE_QUERIES
from streams.worker.dashboard import dashboard_address, wait_for_interrupt
from streams.worker.delivery import delivery_state
from streams.worker.runtime import build_pipeline, kafka_bootstrap, pick_web_port, start_worker

SAMPLE = Path(__file__).parent / "data" / "sample_touchpoints.jsonl.gz"
#: Live alerts printed before the demo only counts them (the summary has them all).
LIVE_ALERTS_SHOWN = 30
#: Stream time published before the replay waits for the worker to store it.
REPLAY_SLICE = timedelta(hours=12)
SEVERITY_STYLE = {"critical": "bold red", "warning": "yellow", "info": "cyan"}

SUMMARY_QUERIES: dict[str, str] = {
    "Touchpoints per channel": """
        SELECT channel, count() AS events, uniqExact(customer_id) AS customers,
               round(avg(sentiment), 2) AS avg_sentiment,
               round(100 * countIf(sentiment_label = 'negative') / count(), 1) AS pct_negative
        FROM voc.touchpoints FINAL GROUP BY channel ORDER BY events DESC""",
    "Languages": """
        SELECT language, count() AS events, round(avg(sentiment), 2) AS avg_sentiment
        FROM voc.touchpoints FINAL GROUP BY language ORDER BY events DESC LIMIT 8""",
    "NPS (from the per-minute rollup)": """
        SELECT uniqExactIfMerge(nps_responses) AS responses,
               uniqExactIfMerge(promoters) AS promoters,
               uniqExactIfMerge(passives) AS passives,
               uniqExactIfMerge(detractors) AS detractors,
               round(100 * (promoters - detractors) / greatest(responses, 1), 1) AS nps
        FROM voc.touchpoints_per_minute""",
    "Top topics": """
        SELECT topic, count() AS mentions, round(avg(sentiment), 2) AS avg_sentiment,
               uniqExact(customer_id) AS customers
        FROM voc.touchpoints FINAL ARRAY JOIN topics AS topic
        GROUP BY topic ORDER BY mentions DESC LIMIT 10""",
    "Intents and emotions": """
        SELECT what, name, n FROM (
            SELECT 'intent' AS what, intent AS name, count() AS n
            FROM voc.touchpoints FINAL ARRAY JOIN intents AS intent GROUP BY intent
            UNION ALL
            SELECT 'emotion' AS what, emotion AS name, count() AS n
            FROM voc.touchpoints FINAL ARRAY JOIN emotions AS emotion GROUP BY emotion
        ) ORDER BY what DESC, n DESC""",
    "Alerts per rule": """
        SELECT rule, count() AS alerts, countIf(severity = 'critical') AS critical,
               uniqExactIf(customer_id, customer_id != '') AS customers
        FROM voc.alerts FINAL GROUP BY rule ORDER BY alerts DESC""",
    "Alert deliveries": """
        SELECT destination, countIf(status = 'delivered') AS delivered,
               countIf(status != 'delivered') AS failed_attempts,
               round(avg(latency_ms)) AS avg_latency_ms
        FROM voc.alert_deliveries FINAL GROUP BY destination ORDER BY destination""",
    "Dead letters": """
        SELECT reason, count() AS records FROM voc.dead_letters FINAL
        GROUP BY reason ORDER BY records DESC""",
}


def _occurred_at(raw: bytes) -> datetime | None:
    try:
        return datetime.fromisoformat(json.loads(raw)["occurred_at"].replace("Z", "+00:00"))
    except (ValueError, KeyError, TypeError, AttributeError):
        return None  # an invalid line: published where it stands, rejected there


def stream_time_slices(
    lines: Sequence[tuple[int, bytes]], span: timedelta
) -> Iterator[list[tuple[int, bytes]]]:
    """Consecutive groups of lines covering at most ``span`` of stream time each."""
    group: list[tuple[int, bytes]] = []
    end: datetime | None = None
    for number, raw in lines:
        at = _occurred_at(raw)
        if at is not None and end is not None and at >= end:
            yield group
            group, end = [], None
        if at is not None and end is None:
            end = at + span
        group.append((number, raw))
    if group:
        yield group


def render_table(title: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> Table:
    table = Table(title=title, title_justify="left", header_style="bold")
    for column in columns:
        table.add_column(Text(column))
    for row in rows:  # Text cells: values are data, never rich markup or emoji codes
        table.add_row(*(Text("" if value is None else str(value)) for value in row))
    return table


def _alert_line(alert: Alert) -> Text:
    """One live alert. A Text object: customer ids and explanations (which quote
    customer words) are printed as they are, never read as markup or emoji codes."""
    style = SEVERITY_STYLE.get(alert.severity.value, "white")
    who = alert.customer_id or alert.account_id or "-"
    return Text.assemble(
        (f"ALERT {alert.rule:<18}", style), f" {who:<12} {alert.explanation[:110]}"
    )


async def _wait_until_stored(
    pipeline: Any, expected: int, progress: Progress, task: Any, timeout: float
) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done = pipeline.metrics.touchpoints_stored
        progress.update(task, completed=min(done, expected))
        if done >= expected:
            return True
        await asyncio.sleep(0.2)
    return False


async def _wait_for_deliveries(app: Any, console: Console, timeout: float) -> None:
    """The embedded broker forgets unacked alerts when it stops: deliver them first."""
    state = delivery_state(app)
    if state is None or state.engine is None or state.pending == 0:
        return
    console.print(f"  delivering {state.pending} alerts still waiting (receivers may be down)...")
    deadline = time.monotonic() + timeout
    while state.pending and time.monotonic() < deadline:
        await asyncio.sleep(0.5)
    if state.pending:
        console.print(f"[yellow]{state.pending} alerts not yet delivered after {timeout:.0f}s[/]")


async def run_demo(
    settings: Settings, input_path: Path, console: Console, timeout: float, serve: bool = False
) -> int:
    """The demo itself; returns the process exit code. ``serve``: after the summary,
    keep the worker and its dashboard up until Ctrl-C (``voc demo --serve``)."""
    demo_dir = settings.data_dir / "demo"
    shutil.rmtree(demo_dir, ignore_errors=True)  # a demo starts from an empty store
    # Small batches: the replay waits for each slice of stream time to be stored.
    demo_overrides = {"data_dir": demo_dir, "sink_batch_seconds": 0.1}
    settings = pick_web_port(settings.model_copy(update=demo_overrides))
    started = time.monotonic()
    lines = list(read_lines(input_path))
    console.print(
        Text.assemble(
            ("voc-stream demo", "bold"), f": {len(lines):,} touchpoints from {input_path}"
        )
    )
    with kafka_bootstrap(settings) as bootstrap:
        where = "embedded broker" if not settings.kafka_broker else "Kafka"
        console.print(f"  broker     {bootstrap} ({where})")
        console.print(Text(f"  clickhouse {settings.clickhouse_dsn_masked}"))
        console.print("  loading models and starting the worker...")
        pipeline = build_pipeline(settings)
        shown: list[int] = [0]

        def on_alert(alert: Alert) -> None:
            shown[0] += 1
            if shown[0] <= LIVE_ALERTS_SHOWN:
                progress.console.print(_alert_line(alert))
            elif shown[0] == LIVE_ALERTS_SHOWN + 1:
                progress.console.print("  ... more alerts are counted in the summary")

        pipeline.on_alert = on_alert
        running = await start_worker(pipeline, bootstrap)
        console.print(f"  worker ready in {time.monotonic() - started:.1f}s")
        dashboard = dashboard_address(settings)
        console.print(Text(f"  dashboard  {dashboard}"), soft_wrap=True)
        columns = (
            TextColumn("{task.description:<10}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
        )
        try:
            with Progress(*columns, console=console, transient=False) as progress:
                published = progress.add_task("published", total=len(lines))
                stored = progress.add_task("stored", total=len(lines))

                def publish() -> PublishReport:
                    """Replay in stream-time order: one slice at a time, each stored
                    before the next, as a live stream would arrive (the topics are
                    per channel, so a backlog would be read out of time order)."""
                    total = PublishReport()
                    deadline = time.monotonic() + timeout
                    with Publisher(bootstrap, settings) as publisher:
                        for group in stream_time_slices(lines, REPLAY_SLICE):
                            total.add(publisher.publish_lines(group, input_path.name))
                            progress.update(published, advance=len(group))
                            while pipeline.metrics.touchpoints_stored < total.sent:
                                if time.monotonic() > deadline:
                                    return total
                                time.sleep(0.01)
                    return total

                report = await asyncio.to_thread(publish)
                progress.update(published, completed=len(lines))
                progress.update(stored, total=report.sent)
                complete = await _wait_until_stored(
                    pipeline, report.sent, progress, stored, timeout
                )
            for number, reason in report.rejected[:10]:
                console.print(
                    Text.assemble((f"line {number} rejected", "yellow"), f": {reason[:150]}")
                )
            if not complete:
                console.print(f"[red]timed out after {timeout:.0f}s waiting for the worker[/]")
                return 1
            # The alerts, customer and account rows that follow the last touchpoints.
            await running.settled(timeout=timeout)
            await _wait_for_deliveries(running.app, console, timeout)
            console.print()
            store = pipeline.store
            assert store is not None, "the demo's worker holds its own store"
            summary = {**SUMMARY_QUERIES, **VOICE_AND_VALUE_QUERIES, **EXPECTATION_QUERIES}
            for title, sql in summary.items():
                columns_, rows = await pipeline.run_blocking(partial(store.query, sql))
                console.print(render_table(title, columns_, rows))
            if serve:
                console.print(Text(f"dashboard open at {dashboard} until Ctrl-C"), soft_wrap=True)
                await wait_for_interrupt()
            else:
                console.print("dashboard closed with the demo (voc demo --serve keeps it open)")
        finally:
            await running.stop()
    elapsed = time.monotonic() - started
    console.print(
        f"[bold green]done[/] in {elapsed:.1f}s: {report.sent:,} touchpoints stored, "
        f"{len(report.rejected)} rejected, {sum(pipeline.metrics.alerts.values())} alerts."
    )
    console.print(
        Text(
            f'Explore: VOC_DATA_DIR={demo_dir} voc sql "SELECT * FROM voc.customers FINAL LIMIT 5"'
        )
    )
    return 0
