"""What the worker counts and times: read by ``/metrics``, the demo and ``voc bench``.

Counters are plain integers (one event loop, no locks needed). Stage timers
accumulate the event-loop thread's CPU time (``time.thread_time``, so the
ClickHouse writer thread is not counted twice) so ``voc bench`` can show where
each event's cost goes; latency samples are kept in bounded reservoirs.
"""

from __future__ import annotations

import random
import resource
import time
from collections import Counter, defaultdict, deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

#: Latency samples kept per measure; enough for a stable p99.
RESERVOIR = 20_000
#: Seconds over which ``Metrics.enrich_busy_ratio`` is measured.
ENRICH_WINDOW = 60.0


@dataclass
class Reservoir:
    """Uniform sample of a stream of values (Vitter's algorithm R)."""

    size: int = RESERVOIR
    seen: int = 0
    #: Sum of every value seen (Prometheus ``_sum``).
    total: float = 0.0
    values: list[float] = field(default_factory=list)
    _rng: random.Random = field(default_factory=lambda: random.Random(7))

    def add(self, value: float) -> None:
        self.seen += 1
        self.total += value
        if len(self.values) < self.size:
            self.values.append(value)
        else:
            slot = self._rng.randrange(self.seen)
            if slot < self.size:
                self.values[slot] = value

    def percentile(self, q: float) -> float | None:
        if not self.values:
            return None
        ordered = sorted(self.values)
        index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
        return ordered[index]

    def summary(self) -> dict[str, Any]:
        """Samples seen and p50/p95/p99 (``/metrics/json``)."""
        return {"samples": self.seen, **{f"p{q}": self.percentile(q) for q in (50, 95, 99)}}

    def clear(self) -> None:
        self.seen = 0
        self.total = 0.0
        self.values.clear()


@dataclass
class Metrics:
    """Counters a person can read (``/metrics`` on the worker, demo progress)."""

    received: int = 0
    #: Records read per source topic (one topic per channel; Prometheus ``voc_events_in_total``).
    received_by_topic: Counter[str] = field(default_factory=Counter)
    enriched: int = 0
    stored: int = 0
    touchpoints_stored: int = 0
    dead_letters: Counter[str] = field(default_factory=Counter)
    alerts: Counter[str] = field(default_factory=Counter)
    #: Alerts per (rule, severity) (Prometheus ``voc_alerts_total``).
    alerts_by_severity: Counter[tuple[str, str]] = field(default_factory=Counter)
    store_retries: int = 0
    #: Rows waiting in a sink for ClickHouse (bounded by one batch: backpressure).
    sink_pending_rows: int = 0
    #: The last ClickHouse error, until a write succeeds again.
    store_error: str | None = None
    #: The store writer's records behind, per (topic, partition) (Prometheus).
    store_lag: dict[tuple[str, int], int] = field(default_factory=dict)
    #: CPU seconds per pipeline stage.
    stage_cpu: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    #: Milliseconds from publish (Kafka timestamp) to the row being queryable / the alert sent.
    store_latency_ms: Reservoir = field(default_factory=Reservoir)
    alert_latency_ms: Reservoir = field(default_factory=Reservoir)
    #: Milliseconds a record waited on each topic: from its Kafka timestamp to its
    #: agent taking it. Internal records carry their touchpoint's publish time as
    #: timestamp, so the figures add up along the path (channel topic, sequencer,
    #: enriched, accounts): where the publish-to-alert time goes, hop by hop.
    hop_ms: defaultdict[str, Reservoir] = field(
        default_factory=lambda: defaultdict(lambda: Reservoir(size=2_000))
    )
    #: Milliseconds the sequencer held each touchpoint for event-time order (until
    #: every source's reader reported past it): part of the enriched topic's hop.
    sequencer_hold_ms: Reservoir = field(default_factory=lambda: Reservoir(size=2_000))
    #: Records the customer stage handled, and touchpoints the sequencer holds back.
    customer_records: int = 0
    sequencer_held: int = 0
    #: Whether this process holds the store (runs the store writer).
    store_holder: bool = False
    #: Whether the Kafka broker answers, and the monotonic time it last did
    #: (``streams/worker/brokerwatch.py``; None: not watched).
    broker_up: bool = True
    broker_contact_at: float | None = None
    #: Enrichment (with the sentiment model, ``VOC_SENTIMENT``): texts, and wall
    #: seconds spent, in total and over the last minute (see ``enrich_busy_ratio``).
    sentiment_mode: str = "fast"
    enrich_texts: int = 0
    enrich_seconds: float = 0.0
    enrich_recent: deque[tuple[float, float]] = field(default_factory=deque)

    def enrich_done(self, texts: int, seconds: float, now: float | None = None) -> None:
        """Record one enriched batch (``seconds`` of wall time, ending ``now``)."""
        now = time.monotonic() if now is None else now
        self.enrich_texts += texts
        self.enrich_seconds += seconds
        self.enrich_recent.append((now, seconds))
        while self.enrich_recent and self.enrich_recent[0][0] < now - ENRICH_WINDOW:
            self.enrich_recent.popleft()

    def enrich_busy_ratio(self, now: float | None = None) -> float:
        """Share of the last minute spent enriching: near 1, the stage falls behind.

        The accurate sentiment mode serves a few dozen texts/s per core; when the
        input rate exceeds that, this stays at 1 and the consumer lag grows.
        """
        now = time.monotonic() if now is None else now
        busy = sum(s for end, s in self.enrich_recent if end >= now - ENRICH_WINDOW)
        return min(1.0, busy / ENRICH_WINDOW)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        started = time.thread_time()
        try:
            yield
        finally:
            self.stage_cpu[name] += time.thread_time() - started

    def as_dict(self) -> dict[str, Any]:
        return {
            "received": self.received,
            "enriched": self.enriched,
            "stored": self.stored,
            "touchpoints_stored": self.touchpoints_stored,
            "dead_letters": dict(self.dead_letters),
            "alerts": dict(self.alerts),
            "store_retries": self.store_retries,
            "sink_pending_rows": self.sink_pending_rows,
            "store_error": self.store_error,
            "customer_records": self.customer_records,
            "sequencer_held": self.sequencer_held,
            "store_holder": self.store_holder,
            "broker_up": self.broker_up,
            "broker_seconds_since_contact": self.broker_seconds_since_contact(),
        }

    def broker_seconds_since_contact(self) -> float | None:
        if self.broker_contact_at is None:
            return None
        return round(max(0.0, time.monotonic() - self.broker_contact_at), 1)

    def report(self) -> dict[str, Any]:
        """Everything, for ``/metrics``: counters, CPU per stage, latency percentiles, peak RSS."""
        latency = {
            name: reservoir.summary()
            for name, reservoir in (
                ("store_ms", self.store_latency_ms),
                ("alert_ms", self.alert_latency_ms),
            )
        }
        usage = resource.getrusage(resource.RUSAGE_SELF)
        hops = {topic: reservoir.summary() for topic, reservoir in sorted(self.hop_ms.items())}
        return self.as_dict() | {
            "stage_cpu_seconds": dict(self.stage_cpu),
            "latency": latency,
            "hop_ms": hops,
            "sequencer_hold_ms": self.sequencer_hold_ms.summary(),
            "peak_rss_mb": usage.ru_maxrss / 1024,
            # Every thread's CPU (the chDB writer and Kafka threads too).
            "cpu_seconds": usage.ru_utime + usage.ru_stime,
        }
