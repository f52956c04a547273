"""What operators scrape and probe: Prometheus ``/metrics``, ``/livez`` and ``/readyz``.

``/metrics`` is the Prometheus text exposition made by ``prometheus-client``
from a collector that reads the worker's live counters at scrape time (one
registry per app, so several workers in one process never share values).
Names follow Prometheus' conventions: a ``voc_`` prefix, ``_total`` counters,
seconds and bytes, and no per-customer label. The JSON that ``voc bench``
reads is at ``/metrics/json`` (``streams/worker/web.py``).

``/livez`` answers 200 while the event loop runs (a probe that gets no answer
means it does not). ``/readyz`` answers 200 only when this worker's consumer
has partitions assigned, Faust's table recovery is complete, the Kafka broker
answers (``streams/worker/brokerwatch.py``), and the store
answers (``SELECT 1`` through the read-only client, within a few seconds;
with the embedded store held by another worker of the data directory, that
worker must be alive); otherwise 503, with each check in the JSON body.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import resource
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import faust
from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from streams.settings import CHANNELS, Settings
from streams.worker.metrics import Metrics, Reservoir

if TYPE_CHECKING:
    from streams.worker.app import Pipeline

#: Seconds ``/readyz`` waits for the store's ``SELECT 1``.
STORE_PROBE_SECONDS = 3.0
#: Quantiles exposed for the latency summaries.
QUANTILES = (0.5, 0.95, 0.99)

RunSql = Callable[[str], Awaitable[Any]]


def channel_of_topics(settings: Settings) -> dict[str, str]:
    """Source topic -> channel name (``voc.touchpoints.email`` -> ``email``)."""
    return {settings.touchpoint_topic(channel): channel for channel in CHANNELS}


def consumer_lag(consumer: Any) -> dict[tuple[str, int], int]:
    """Records behind the high watermark, per assigned topic and partition (Faust consumer)."""
    lag: dict[tuple[str, int], int] = {}
    try:
        assigned = list(consumer.assignment())
    except Exception:
        return lag  # not started yet
    read = getattr(consumer, "_read_offset", {})
    committed = getattr(consumer, "_committed_offset", {})
    for tp in assigned:
        if tp.topic.endswith("-changelog"):
            continue  # the tables' own changelogs: read only while recovering
        try:
            high = consumer.highwater(tp)
        except Exception:
            continue
        if high is None or high < 0:
            continue
        last = read.get(tp)
        position = last + 1 if last is not None else int(committed.get(tp) or 0)
        lag[(tp.topic, tp.partition)] = max(0, int(high) - position)
    return lag


def _summary(name: str, documentation: str, reservoir: Reservoir) -> Metric:
    """A Prometheus summary (quantiles, _count, _sum) in seconds from a ms reservoir."""
    metric = Metric(name, documentation, "summary")
    for q in QUANTILES:
        value = reservoir.percentile(q * 100)
        metric.add_sample(
            name, {"quantile": f"{q:g}"}, float("nan") if value is None else value / 1000
        )
    metric.add_sample(f"{name}_count", {}, float(reservoir.seen))
    metric.add_sample(f"{name}_sum", {}, reservoir.total / 1000)
    return metric


@dataclass(eq=False)  # hashable by identity: the registry keys collectors
class PipelineCollector(Collector):
    """Reads the worker's counters at every scrape; nothing is copied in between."""

    pipeline: Pipeline
    app: faust.App
    customers: Mapping[str, bytes] | None = None
    channels: dict[str, str] = field(default_factory=dict)

    def collect(self) -> Iterable[Metric]:
        metrics: Metrics = self.pipeline.metrics
        events = CounterMetricFamily(
            "voc_events_in", "Touchpoint records read from the source topics", labels=["channel"]
        )
        per_channel: dict[str, float] = {}
        for topic, count in metrics.received_by_topic.items():
            channel = self.channels.get(topic, "other")
            per_channel[channel] = per_channel.get(channel, 0.0) + count
        # every channel from the start (0), so rate() sees the first events
        for channel in sorted(set(self.channels.values()) | set(per_channel)):
            events.add_metric([channel], per_channel.get(channel, 0.0))
        yield events
        yield _counter(
            "voc_events_enriched", "Touchpoints decoded, validated and enriched", metrics.enriched
        )
        letters = CounterMetricFamily(
            "voc_dead_letters", "Records sent to the dead-letter topic", labels=["reason"]
        )
        for reason, count in sorted(metrics.dead_letters.items()):
            letters.add_metric([reason], float(count))
        yield letters
        alerts = CounterMetricFamily(
            "voc_alerts", "Alerts raised by this worker", labels=["rule", "severity"]
        )
        for (rule, severity), count in sorted(metrics.alerts_by_severity.items()):
            alerts.add_metric([rule, severity], float(count))
        yield alerts
        yield _counter(
            "voc_enrich_seconds",
            f"Wall seconds spent enriching (sentiment mode: {metrics.sentiment_mode})",
            metrics.enrich_seconds,
        )
        yield _gauge(
            "voc_enrich_busy_ratio",
            "Share of the last minute spent enriching; at 1 enrichment falls behind "
            "(the accurate sentiment mode serves a few dozen texts/s per core)",
            metrics.enrich_busy_ratio(),
        )
        yield _counter(
            "voc_customer_records", "Records the customer stage handled", metrics.customer_records
        )
        yield _gauge(
            "voc_sequencer_held",
            "Touchpoints the sequencer holds for order",
            metrics.sequencer_held,
        )
        lag = GaugeMetricFamily(
            "voc_consumer_lag",
            "Records between a consumer's read position and the partition's high watermark "
            "(group: worker, the stages' consumer; store, the store writer's)",
            labels=["group", "topic", "partition"],
        )
        with contextlib.suppress(Exception):
            for (topic, partition), behind in sorted(consumer_lag(self.app.consumer).items()):
                lag.add_metric(["worker", topic, str(partition)], float(behind))
        for (topic, partition), behind in sorted(metrics.store_lag.items()):
            lag.add_metric(["store", topic, str(partition)], float(behind))
        yield lag
        yield _gauge(
            "voc_store_holder", "1 when this worker writes the store", float(metrics.store_holder)
        )
        yield _gauge(
            "voc_broker_up", "1 while the Kafka broker answers the worker", float(metrics.broker_up)
        )
        since = metrics.broker_seconds_since_contact()
        if since is not None:
            yield _gauge(
                "voc_broker_seconds_since_contact",
                "Seconds since the Kafka broker last answered this worker",
                since,
            )
        yield _counter(
            "voc_store_rows_written", "Rows the store writer inserted", float(metrics.stored)
        )
        yield _counter(
            "voc_store_touchpoints_written",
            "Touchpoint rows the store writer inserted",
            float(metrics.touchpoints_stored),
        )
        yield _counter(
            "voc_store_retries", "Failed store inserts retried", float(metrics.store_retries)
        )
        yield _gauge(
            "voc_store_pending_rows",
            "Rows held in the store writer waiting for ClickHouse",
            float(metrics.sink_pending_rows),
        )
        yield _gauge(
            "voc_store_error",
            "1 while the last store insert failed",
            float(metrics.store_error is not None),
        )
        yield _summary(
            "voc_store_latency_seconds",
            "From publish to the touchpoint row being queryable (sampled quantiles)",
            metrics.store_latency_ms,
        )
        yield _summary(
            "voc_alert_latency_seconds",
            "From publish of the touchpoint to the alert being sent (sampled quantiles)",
            metrics.alert_latency_ms,
        )
        from streams.worker.delivery import delivery_state  # it imports web.py, which imports us

        delivery = delivery_state(self.app)
        outcomes = CounterMetricFamily(
            "voc_alert_deliveries",
            "Alerts handed to the delivery agent, by final outcome",
            labels=["outcome"],
        )
        pending = 0.0
        if delivery is not None:
            outcomes.add_metric(["delivered"], float(delivery.delivered))
            outcomes.add_metric(["dead_lettered"], float(delivery.dead_lettered))
            pending = float(delivery.pending)
            yield _counter(
                "voc_alert_delivery_received",
                "Alerts the delivery agent received",
                float(delivery.received),
            )
        yield outcomes
        yield _gauge("voc_alert_delivery_pending", "Alerts received, not yet acked", pending)
        cpu = CounterMetricFamily(
            "voc_stage_cpu_seconds", "Event-loop CPU time per pipeline stage", labels=["stage"]
        )
        for stage, seconds in sorted(metrics.stage_cpu.items()):
            cpu.add_metric([stage], seconds)
        yield cpu
        yield _gauge(
            "voc_peak_resident_memory_bytes",
            "Peak resident memory of the worker process",
            resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024.0,
        )
        if self.customers is not None:
            sizes = [len(value) for value in itertools.islice(self.customers.values(), 500)]
            yield _gauge(
                "voc_customers_in_state",
                "Customers in this worker's state table",
                float(len(self.customers)),
            )
            yield _gauge(
                "voc_state_bytes_per_customer",
                "Average size of a customer's state (sample of up to 500)",
                sum(sizes) / len(sizes) if sizes else 0.0,
            )


def _counter(name: str, documentation: str, value: float) -> CounterMetricFamily:
    return CounterMetricFamily(name, documentation, value=float(value))


def _gauge(name: str, documentation: str, value: float) -> GaugeMetricFamily:
    return GaugeMetricFamily(name, documentation, value=float(value))


def build_registry(
    pipeline: Pipeline, app: faust.App, customers: Mapping[str, bytes] | None = None
) -> CollectorRegistry:
    """A registry of its own for this app: the pipeline's collector and the process's."""
    from prometheus_client import ProcessCollector

    registry = CollectorRegistry(auto_describe=False)
    collector = PipelineCollector(pipeline, app, customers, channel_of_topics(pipeline.settings))
    registry.register(collector)
    ProcessCollector(namespace="voc", registry=registry)
    return registry


@dataclass
class Readiness:
    """The four checks of ``/readyz``."""

    partitions: int
    recovered: bool
    store: str | None  # None: reachable; else why not
    broker: str | None = None  # None: reachable; else why not

    @property
    def ready(self) -> bool:
        return self.partitions > 0 and self.recovered and self.store is None and self.broker is None

    def to_json(self) -> dict[str, Any]:
        return {
            "ready": self.ready,
            "checks": {
                "partitions_assigned": self.partitions,
                "tables_recovered": self.recovered,
                "store": "reachable" if self.store is None else self.store,
                "broker": "reachable" if self.broker is None else self.broker,
            },
        }


def tables_recovered(app: faust.App) -> bool:
    """Faust's recovery of the tables after the last assignment has completed."""
    recovery = getattr(app.tables, "recovery", None)
    if bool(getattr(app, "rebalancing", False)) or bool(getattr(recovery, "in_recovery", False)):
        return False
    completed = getattr(recovery, "completed", None)
    return bool(completed is not None and completed.is_set())


async def store_problem(pipeline: Pipeline, run_sql: RunSql) -> str | None:
    """None when the store answers; else one line saying why it does not."""
    settings = pipeline.settings
    if pipeline.store is None:
        if not settings.embedded_clickhouse:
            return "no store client yet"
        from streams.worker.holder import read_worker_info

        if read_worker_info(settings) is None:
            return "no worker holds the embedded store yet"
        return None  # another live worker of this data directory holds and serves it
    try:
        await asyncio.wait_for(run_sql("SELECT 1"), STORE_PROBE_SECONDS)
    except TimeoutError:
        return f"SELECT 1 took more than {STORE_PROBE_SECONDS:g}s"
    except Exception as exc:
        return (
            f"SELECT 1 failed: {str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__}"
        )
    return None


def broker_problem(metrics: Metrics) -> str | None:
    """None while the broker answers; else since when it does not."""
    if metrics.broker_up:
        return None
    since = metrics.broker_seconds_since_contact()
    return "unreachable" + ("" if since is None else f" for {since:.0f}s")


def register_observability(
    app: faust.App,
    pipeline: Pipeline,
    customers: Mapping[str, bytes] | None,
    run_sql: RunSql,
    page: type[faust.web.View],
) -> None:
    """Add ``/metrics`` (Prometheus), ``/livez`` and ``/readyz`` to ``app``."""
    registry = build_registry(pipeline, app, customers)
    started = time.monotonic()

    @app.page("/metrics")
    class PrometheusView(page):  # type: ignore[valid-type,misc]
        """Prometheus text exposition (``prometheus-client``), read at scrape time."""

        async def get(self, request: Any) -> Any:
            body = await asyncio.to_thread(generate_latest, registry)
            return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})

    @app.page("/livez")
    class LiveView(page):  # type: ignore[valid-type,misc]
        """200 while the event loop runs."""

        async def get(self, request: Any) -> Any:
            return self.json({"live": True, "uptime_seconds": round(time.monotonic() - started)})

    @app.page("/readyz")
    class ReadyView(page):  # type: ignore[valid-type,misc]
        """200 when partitions are assigned, tables recovered, broker and store reachable."""

        async def get(self, request: Any) -> Any:
            try:
                assigned = len(app.consumer.assignment())
            except Exception:
                assigned = 0
            state = Readiness(
                assigned,
                tables_recovered(app),
                await store_problem(pipeline, run_sql),
                broker_problem(pipeline.metrics),
            )
            return self.json(state.to_json(), status=200 if state.ready else 503)
