"""``voc bench``: end-to-end benchmark of the real pipeline on this machine.

Phases, each printed as it runs:
1. generate a realistic stream with the scenario simulator and encode it, then
   time Avro decoding (fastavro versus the reference library) and the
   enrichment chain alone on one quiet core;
2. publish it all to the broker (the backlog), then start the worker
   (``voc run`` in a subprocess, so its CPU and memory are its own) and time
   it until the last row is in ClickHouse: sustained throughput at saturation;
3. offered load: publish fresh events at a fixed rate and read the worker's
   publish-to-ClickHouse and publish-to-alert latency percentiles;
4. the limits it is compared with: a raw aiokafka consumer doing nothing on the
   same topics, and a plain aiokafka loop doing the same work without Faust.

Prints a table, writes JSON, and ends with the contract's last line:
``throughput_eps=N p99_alert_ms=N p99_store_ms=N``.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
import math
import os
import secrets
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from schemas.codec import HEADER_LEN, AvroCodec
from streams.settings import Settings
from streams.stages.decode import encode_touchpoint
from streams.tools.publisher import Publisher, ensure_topics
from streams.worker.embedded import free_port
from streams.worker.runtime import kafka_bootstrap
from streams.worker.webauth import call_worker

Emit = Callable[[str], None]


@dataclass
class BenchConfig:
    #: Sized so a default run ends in about four minutes on a 2-core machine
    #: at today's throughput; the stream is drawn from 100k simulated customers.
    events: int = 40_000
    customers: int = 100_000
    #: Offered load in events/s; None: half the throughput measured at saturation,
    #: a load the worker sustains (latency under a growing queue is not latency).
    rate: int | None = None
    load_seconds: float = 20.0
    #: Customers held in state when memory is measured (0: skip that phase).
    memory_customers: int = 100_000
    timeout: float = 600.0
    output: Path = Path("bench/results/latest.json")
    #: Worker counts whose saturation throughput is measured (1 is the main run).
    workers: tuple[int, ...] = (1,)


@dataclass
class BenchResult:
    figures: dict[str, Any] = field(default_factory=dict)

    def line(self) -> str:
        f = self.figures
        return (
            f"throughput_eps={f.get('throughput_eps', 0):.0f} "
            f"p99_alert_ms={f.get('p99_alert_ms') or 0:.0f} "
            f"p99_store_ms={f.get('p99_store_ms') or 0:.0f}"
        )


def generate(config: BenchConfig, emit: Emit) -> list[tuple[str, bytes, bytes]]:
    """(topic channel, key, Avro value) for ``config.events`` simulated touchpoints."""
    from schemas.models import Touchpoint
    from streams.tools.simulator import ScenarioConfig, iter_events

    # About 10 touchpoints per customer per month in the simulator: choose the
    # span so that the requested number of events covers the customer base.
    days = max(1, round(config.events / config.customers / 10.7 * 30))
    scenario = ScenarioConfig(customers=config.customers, accounts=50, days=days, seed=11)
    started = time.perf_counter()
    encoded = []
    for data in iter_events(scenario):
        touchpoint = Touchpoint.model_validate(data)
        key = touchpoint.customer.best_key().encode()
        encoded.append((touchpoint.channel.value, key, encode_touchpoint(touchpoint)))
        if len(encoded) >= config.events:
            break
    emit(
        f"generated {len(encoded):,} touchpoints for {config.customers:,} customers "
        f"({days} days of stream time) in {time.perf_counter() - started:.1f}s"
    )
    return encoded


def publish(
    bootstrap: str,
    settings: Settings,
    encoded: list[tuple[str, bytes, bytes]],
    rate: float | None = None,
) -> float:
    """Send everything (paced to ``rate`` per second when given); returns seconds taken."""
    started = time.perf_counter()
    with Publisher(bootstrap, settings) as publisher:
        producer = publisher.producer
        for n, (channel, key, value) in enumerate(encoded):
            producer.send(settings.touchpoint_topic(channel), key=key, value=value)
            if rate and n % 50 == 0:
                ahead = n / rate - (time.perf_counter() - started)
                if ahead > 0:
                    time.sleep(ahead)
    return time.perf_counter() - started


def fetch(port: int, path: str) -> dict[str, Any]:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=30) as response:
        data: dict[str, Any] = json.loads(response.read())
        return data


def saturation_with_workers(
    bootstrap: str,
    encoded: list[tuple[str, bytes, bytes]],
    workers: int,
    config: BenchConfig,
    tmp: Path,
    emit: Emit,
) -> float:
    """Saturation throughput of ``workers`` worker processes on their own topics (ev/s).

    The same backlog on a fresh topic prefix and consumer group; the workers
    share the store (one holds it); the count stored is summed over them.
    """
    prefix = f"bench{workers}w"
    data_dir = tmp / prefix
    data_dir.mkdir(parents=True, exist_ok=True)
    settings = Settings(data_dir=data_dir, web_port=0, topic_prefix=prefix)
    ensure_topics(bootstrap, settings)
    publish(bootstrap, settings, encoded)
    env = {k: v for k, v in os.environ.items() if not k.startswith("VOC_")}
    env |= {
        "VOC_KAFKA_BROKER": bootstrap,
        "VOC_DATA_DIR": str(data_dir),
        "VOC_TOPIC_PREFIX": prefix,
        "VOC_APP_ID": f"voc-bench-{prefix}",
        "VOC_LOG_LEVEL": "ERROR",
    }
    ports = [free_port() for _ in range(workers)]
    procs = [
        start_worker(env | {"VOC_WEB_PORT": str(port)}, port, data_dir / f"worker-{port}.log")
        for port in ports
    ]
    try:
        started = time.perf_counter()
        while time.perf_counter() - started < config.timeout:
            stored = 0
            for port in ports:
                with contextlib.suppress(OSError):
                    stored += fetch(port, "/metrics/counters")["touchpoints_stored"]
            if stored >= len(encoded):
                elapsed = time.perf_counter() - started
                emit(f"{workers} workers: {len(encoded):,} stored in {elapsed:.1f}s")
                return len(encoded) / elapsed
            time.sleep(0.2)
        raise TimeoutError(f"{workers} workers: {stored:,} of {len(encoded):,} stored")
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def wait_stored(
    port: int,
    target: int,
    timeout: float,
    worker: subprocess.Popen[bytes],
    emit: Emit = print,
    every: float = 15.0,
) -> float:
    """Seconds until ``target`` touchpoints are stored; progress every ``every`` s."""
    started = time.perf_counter()
    shown, stored = started, 0
    while time.perf_counter() - started < timeout:
        if worker.poll() is not None:
            raise RuntimeError(f"the worker exited with code {worker.returncode}")
        try:
            counters = fetch(port, "/metrics/counters")
        except OSError:
            counters = None
        if counters is not None:
            stored = counters["touchpoints_stored"]
            if stored >= target:
                return time.perf_counter() - started
            if time.perf_counter() - shown >= every:
                shown = time.perf_counter()
                emit(
                    f"  ... {stored:,}/{target:,} stored, {counters['enriched']:,} enriched "
                    f"({shown - started:.0f}s)"
                )
        time.sleep(0.2)
    raise TimeoutError(
        f"{stored:,} of {target:,} touchpoints stored after {timeout:.0f}s: "
        "try fewer --events or a longer --timeout"
    )


def wait_drained(
    port: int, timeout: float, worker: subprocess.Popen[bytes], quiet: float = 2.0
) -> float:
    """Seconds until the customer stage is done too: nothing held by the sequencer
    and its record count still for ``quiet`` seconds (not counted).

    The store writer reads the enriched topic itself, so every touchpoint can be
    stored while the customer stage still folds thousands in behind it: a load
    offered then would queue behind that backlog.
    """
    started = time.perf_counter()
    last, moved = None, started
    while time.perf_counter() - started < timeout:
        if worker.poll() is not None:
            raise RuntimeError(f"the worker exited with code {worker.returncode}")
        counters = fetch(port, "/metrics/counters")
        now = (counters["customer_records"], counters["sequencer_held"])
        if now != last:
            last, moved = now, time.perf_counter()
        elif now[1] == 0 and time.perf_counter() - moved >= quiet:
            return moved - started
        time.sleep(0.2)
    raise TimeoutError(f"the customer stage still busy after {timeout:.0f}s")


def start_worker(env: dict[str, str], port: int, log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as sink:
        worker = subprocess.Popen(
            [sys.executable, "-m", "streams.tools.cli", "run"], env=env, stdout=sink, stderr=sink
        )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if worker.poll() is not None:
            raise RuntimeError(f"worker failed to start:\n{log.read_text()[-2000:]}")
        try:
            fetch(port, "/metrics/json")
            return worker
        except OSError:
            time.sleep(0.2)
    worker.kill()
    raise TimeoutError("worker not ready after 60s")


def touchpoint_consumer(bootstrap: str, settings: Settings, name: str, batch: int) -> Any:
    """An aiokafka consumer of the touchpoint topics from the start, in a group of its own."""
    from aiokafka import AIOKafkaConsumer

    return AIOKafkaConsumer(
        *settings.touchpoint_topics,
        bootstrap_servers=bootstrap,
        group_id=f"bench-{name}-{os.getpid()}-{time.time_ns()}",
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        max_poll_records=batch,
    )


async def raw_consume_rate(bootstrap: str, settings: Settings, expected: int) -> float:
    """The ceiling for any Python consumer: aiokafka reading the topics, doing nothing."""
    consumer = touchpoint_consumer(bootstrap, settings, "raw", 5_000)
    await consumer.start()
    try:
        seen = 0
        started = time.perf_counter()
        while seen < expected:
            batches = await consumer.getmany(timeout_ms=1_000, max_records=5_000)
            seen += sum(len(records) for records in batches.values())
            if time.perf_counter() - started > 120:
                break
        return seen / (time.perf_counter() - started)
    finally:
        await consumer.stop()


async def plain_loop_rate(
    bootstrap: str, settings: Settings, expected: int, store_dsn: str
) -> dict[str, float]:
    """The same work without Faust: a plain aiokafka loop over the same topics.

    Decode and validate, identity, enrichment, customer state and rules, rows
    into ClickHouse (its own chDB path), and, to stay comparable, the records
    Faust would produce: the enriched record and the customer state changelog
    per event. The enriched record is handed over in memory instead of being
    read back from Kafka, and identity state stays in a dict: a lower bound on
    what the pipeline's own code costs, the rest of the worker's time is Faust.
    """
    from aiokafka import AIOKafkaProducer

    from schemas.codec import DecodeError
    from sinks.clickhouse.store import ClickHouseStore, ClickHouseWriter
    from sinks.clickhouse.tables import COLUMNS, touchpoint_row
    from streams.local import LocalPipeline
    from streams.stages.decode import decode_touchpoint
    from streams.stages.enrich import Enricher

    enriched_codec = AvroCodec("EnrichedTouchpoint")
    store = ClickHouseStore(store_dsn)
    store.migrate()
    writer = ClickHouseWriter(store, COLUMNS)
    enricher = Enricher()
    # The topology's own steps (streams.topology), in memory: the same chain as the worker.
    topology = LocalPipeline(partitions=settings.partitions)
    consumer = touchpoint_consumer(bootstrap, settings, "plain", 500)
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, linger_ms=5)
    sink_topic = f"{settings.topic_prefix}.bench.plain"
    await consumer.start()
    await producer.start()
    try:
        seen = 0
        started, cpu = time.perf_counter(), time.process_time()
        while seen < expected and time.perf_counter() - started < 180:
            fetched = await consumer.getmany(timeout_ms=1_000, max_records=500)
            records = [record for batch in fetched.values() for record in batch]
            seen += len(records)
            now = datetime.now(UTC)
            touchpoints = []
            for record in records:
                try:
                    touchpoints.append(decode_touchpoint(record.value, now))
                except DecodeError:
                    continue
            keys = [tp.customer.best_key() for tp in touchpoints]
            enriched = enricher.enrich(touchpoints, keys, now)
            topology.run(enriched, now)
            for item in enriched:
                key = item.customer_key.encode()
                await producer.send(sink_topic, enriched_codec.encode(item.to_record()), key=key)
                writer.add("touchpoints", touchpoint_row(item, item.customer_key))
            for table, rows in topology.rows.items():
                for row_key, row in rows.items():
                    writer.add(table, row, key=row_key)
                    await producer.send(sink_topic, repr(row_key).encode(), key=key)
            topology.rows.clear()
            writer.flush()
            await producer.flush()
            if records:
                await consumer.commit()
        elapsed = time.perf_counter() - started
        return {
            "plain_loop_eps": seen / elapsed,
            "plain_loop_cpu_us": (time.process_time() - cpu) / max(seen, 1) * 1e6,
        }
    finally:
        await consumer.stop()
        await producer.stop()
        store.close()


def decode_costs(encoded: list[tuple[str, bytes, bytes]]) -> dict[str, float]:
    """Microseconds per message: fastavro (what we use) versus the reference library."""
    import avro.io
    import avro.schema

    codec = AvroCodec("Touchpoint")
    sample = [value for _, _, value in encoded[:5_000]]
    started = time.perf_counter()
    for value in sample:
        codec.decode(value)
    fast = (time.perf_counter() - started) / len(sample) * 1e6
    schema = avro.schema.parse(codec.schema.path.read_text())
    reader = avro.io.DatumReader(schema, schema)
    started = time.perf_counter()
    for value in sample[:1_000]:
        reader.read(avro.io.BinaryDecoder(io.BytesIO(value[HEADER_LEN:])))
    reference = (time.perf_counter() - started) / min(len(sample), 1_000) * 1e6
    return {"fastavro_us": fast, "avro_us": reference}


def enrichment_rate(encoded: list[tuple[str, bytes, bytes]], batch: int = 500) -> dict[str, float]:
    """Texts per second through the whole enrichment chain, batched as the worker does.

    Language, sentiment, emotions, intents, topics, competitors, criteria and
    PII redaction, on one core (this thread's CPU time, so other processes and
    threads do not count). Only touchpoints with text are counted.
    """
    from schemas.models import Touchpoint
    from streams.stages.enrich import Enricher

    codec = AvroCodec("Touchpoint")
    with_text = []
    for _, _, value in encoded:
        touchpoint = Touchpoint.model_validate(codec.decode(value))
        if touchpoint.text:
            with_text.append(touchpoint)
        if len(with_text) >= 20_000:
            break
    started = time.perf_counter()
    enricher = Enricher()
    load_seconds = time.perf_counter() - started
    enricher.enrich(with_text[:batch], ["k"] * min(batch, len(with_text)), datetime.now(UTC))
    cpu = time.thread_time()  # this thread only: one core's worth of work
    for start in range(0, len(with_text), batch):
        chunk = with_text[start : start + batch]
        enricher.enrich(chunk, ["k"] * len(chunk), datetime.now(UTC))
    rate = len(with_text) / max(time.thread_time() - cpu, 1e-9)
    return {"enrich_texts_per_s": rate, "model_load_s": load_seconds}


def theme_costs(encoded: list[tuple[str, bytes, bytes]], limit: int = 5_000) -> dict[str, float]:
    """CPU microseconds per inbound text: key phrases alone, and the whole themes stage.

    The themes stage (:mod:`streams.stages.expectations`: candidate themes,
    choice criteria, alternative names) on enriched texts, one thread's CPU
    time; the worker's own figure is the "CPU per event: themes" row.
    """
    from schemas.models import Touchpoint
    from streams.stages.enrich import Enricher
    from streams.stages.expectations import ExpectationsDetector
    from streams.text.themes import key_phrases

    codec = AvroCodec("Touchpoint")
    texts = []
    for _, _, value in encoded:
        touchpoint = Touchpoint.model_validate(codec.decode(value))
        if touchpoint.text and touchpoint.direction.value == "inbound":
            texts.append(touchpoint)
        if len(texts) >= limit:
            break
    now = datetime.now(UTC)
    enriched = Enricher().enrich(texts, [tp.customer.best_key() for tp in texts], now)
    enriched.sort(key=lambda item: item.occurred_at)
    cpu = time.thread_time()
    for item in enriched:
        key_phrases(item.text or "", item.language)
    extraction = (time.thread_time() - cpu) / max(len(enriched), 1) * 1e6
    detector = ExpectationsDetector()
    cpu = time.thread_time()
    for item in enriched:
        detector.observe(item, now)
    stage = (time.thread_time() - cpu) / max(len(enriched), 1) * 1e6
    return {"theme_extraction_us": extraction, "themes_stage_us": stage}


def run_benchmark(config: BenchConfig, emit: Emit = print) -> BenchResult:
    result = BenchResult()
    figures = result.figures
    encoded = generate(config, emit)
    # Before anything else runs (broker, worker, chDB merges): one quiet core.
    emit("measuring decode costs and the enrichment chain alone...")
    figures |= decode_costs(encoded)
    figures |= enrichment_rate(encoded)
    figures |= theme_costs(encoded)
    with tempfile.TemporaryDirectory(prefix="voc-bench-") as tmp:
        base = Settings(data_dir=Path(tmp), web_port=0)
        with kafka_bootstrap(base) as bootstrap:
            ensure_topics(bootstrap, base)
            seconds = publish(bootstrap, base, encoded)
            emit(f"published the backlog: {len(encoded):,} in {seconds:.1f}s")
            port, token = free_port(), secrets.token_urlsafe(16)
            env = {k: v for k, v in os.environ.items() if not k.startswith("VOC_")}
            env |= {
                "VOC_KAFKA_BROKER": bootstrap,
                "VOC_DATA_DIR": tmp,
                "VOC_WEB_PORT": str(port),
                "VOC_LOG_LEVEL": "ERROR",
                "VOC_WEB_TOKEN": token,
            }
            worker = start_worker(env, port, Path(tmp) / "worker.log")
            try:
                cpu_at_start = fetch(port, "/metrics/json")["cpu_seconds"]
                elapsed = wait_stored(port, len(encoded), config.timeout, worker, emit)
                emit(f"saturation: {len(encoded):,} stored in {elapsed:.1f}s")
                folded = wait_drained(port, config.timeout, worker)
                elapsed += folded
                figures["throughput_eps"] = len(encoded) / elapsed
                emit(f"  ... and folded into customer state {folded:.1f}s later")
                saturated = fetch(port, "/metrics/json")
                # CPU, not wall time: it holds on a loaded machine.
                figures["worker_cpu_us"] = (
                    (saturated["cpu_seconds"] - cpu_at_start) * 1e6 / len(encoded)
                )
                figures["p99_store_ms_saturation"] = saturated["latency"]["store_ms"]["p99"]
                call_worker(port, "/metrics/reset", token, {})
                rate = config.rate or max(10, round(figures["throughput_eps"] / 2))
                figures["offered_eps"] = rate
                load = fresh_events(encoded, int(rate * config.load_seconds))
                why = "" if config.rate else " (half the saturation throughput)"
                emit(f"offered load: {len(load):,} events at {rate}/s{why}...")
                publish(bootstrap, base, load, rate=rate)
                wait_stored(port, len(encoded) + len(load), config.timeout, worker, emit)
                wait_drained(port, config.timeout, worker)  # every alert of the load raised
                loaded = fetch(port, "/metrics/json")
                stored = len(encoded) + len(load)
                figures |= memory_with_customers(
                    config, bootstrap, base, encoded, stored, port, worker, emit
                )
            finally:
                worker.terminate()
                try:
                    worker.wait(timeout=60)
                except subprocess.TimeoutExpired:
                    emit("the worker did not stop within 60s of SIGTERM; killed")
                    worker.kill()
                    worker.wait()
            latency = loaded["latency"]
            for what in ("store", "alert"):
                for q in (50, 95, 99):
                    figures[f"p{q}_{what}_ms"] = latency[f"{what}_ms"][f"p{q}"]
            figures["alerts_at_load"] = latency["alert_ms"]["samples"]
            figures["hop_ms_at_load"] = {
                topic: [hop[f"p{q}"] for q in (50, 99)]
                for topic, hop in loaded.get("hop_ms", {}).items()
            }
            hold = loaded.get("sequencer_hold_ms") or {}
            figures["sequencer_hold_ms_at_load"] = [hold.get("p50"), hold.get("p99")]
            figures["peak_rss_mb"] = loaded["peak_rss_mb"]
            figures["customers_in_state"] = loaded["customers_in_state"]
            figures["state_bytes_per_customer"] = loaded["state_bytes_per_customer"]
            # The memory table holds one JSON document (bytes) per customer, plus
            # its key and slot: about 200 B more. A projection, labelled as one.
            missing = max(0, config.customers - loaded["customers_in_state"])
            per_customer = (loaded["state_bytes_per_customer"] + 200) / 2**20
            figures["projected_rss_mb_all_customers"] = (
                loaded["peak_rss_mb"] + missing * per_customer
            )
            figures["customers"] = config.customers
            total = len(encoded) + len(load)
            figures["cpu_us_per_event"] = {
                stage: seconds * 1e6 / total
                for stage, seconds in loaded["stage_cpu_seconds"].items()
            }
            for workers in sorted(set(config.workers) - {1}):
                emit(f"saturation with {workers} worker processes...")
                eps = saturation_with_workers(bootstrap, encoded, workers, config, Path(tmp), emit)
                figures[f"throughput_eps_{workers}_workers"] = eps
                figures[f"ratio_{workers}_workers"] = eps / figures["throughput_eps"]
            emit("measuring the raw consume ceiling...")
            raw = asyncio.run(raw_consume_rate(bootstrap, base, total))
            figures["raw_consume_eps"] = raw
            figures["ratio_to_raw"] = figures["throughput_eps"] / raw
            emit("running the same work in a plain aiokafka loop (no Faust)...")
            plain_dsn = f"chdb://{Path(tmp) / 'plain' / 'clickhouse'}"
            figures |= asyncio.run(plain_loop_rate(bootstrap, base, total, plain_dsn))
            figures["ratio_to_plain"] = figures["throughput_eps"] / figures["plain_loop_eps"]
    figures["events"] = len(encoded)
    for line in report_lines(figures):
        emit(line)
    config.output.parent.mkdir(parents=True, exist_ok=True)
    stamped = {"at": datetime.now(UTC).isoformat(), **figures}
    config.output.write_text(json.dumps(stamped, indent=2, default=str))
    emit(f"wrote {config.output}")
    emit(result.line())
    return result


def memory_with_customers(
    config: BenchConfig,
    bootstrap: str,
    base: Settings,
    encoded: list[tuple[str, bytes, bytes]],
    stored: int,
    port: int,
    worker: subprocess.Popen[bytes],
    emit: Emit,
) -> dict[str, Any]:
    """The worker's memory measured with ``config.memory_customers`` customers in state.

    The backlog reaches only part of the simulated customers; one touchpoint
    from each missing customer (new ids, the backlog's texts) fills the state.
    """
    if not config.memory_customers:
        return {}
    in_state = fetch(port, "/metrics/json")["customers_in_state"]
    missing = max(0, config.memory_customers - in_state)
    emit(f"memory: {in_state:,} customers in state; adding {missing:,} new ones...")
    extra = fresh_events(encoded, missing, detractor_every=None, prefix="mem")
    publish(bootstrap, base, extra)
    wait_stored(port, stored + len(extra), config.timeout * 4, worker, emit)
    wait_drained(port, config.timeout, worker, quiet=5.0)  # the customer stage too
    metrics = fetch(port, "/metrics/json")
    # Printed now too: a later phase that fails must not take this figure with it.
    emit(
        f"memory: {metrics['peak_rss_mb']:,.1f} MiB peak with "
        f"{metrics['customers_in_state']:,} customers in state"
    )
    return {
        "memory_customers_in_state": metrics["customers_in_state"],
        "memory_rss_mb": metrics["peak_rss_mb"],
    }


#: The stride (a prime) by which the load phase draws its events from the backlog.
LOAD_STRIDE = 7_919


def fresh_events(
    encoded: list[tuple[str, bytes, bytes]],
    count: int,
    detractor_every: int | None = 20,
    prefix: str = "load",
) -> list[tuple[str, bytes, bytes]]:
    """New event ids for the offered-load phase (replays would be deduplicated).

    The events are copies drawn across the whole backlog (a prime stride), so
    the load has its mix of channels and texts (the backlog's first events are
    all web visits and surveys), and are stamped after the backlog's last one,
    at the backlog's pace in stream time: each source partition stays in time
    order, as the sequencer expects of live traffic.

    One event in ``detractor_every`` becomes a new customer's NPS 2 answer, so
    the phase always raises alerts and publish-to-alert latency is measured.
    ``detractor_every`` None: every event is a new customer's, no detractors
    (the memory phase).
    """
    from schemas.models import Scores, Touchpoint

    codec = AvroCodec("Touchpoint")
    out = []
    stride = LOAD_STRIDE if math.gcd(LOAD_STRIDE, len(encoded)) == 1 else 1
    first, last = (
        Touchpoint.model_validate(codec.decode(encoded[i][2])).occurred_at for i in (0, -1)
    )
    start = last + timedelta(seconds=1)
    step = (last - first) / len(encoded)  # the backlog's pace in stream time
    for n in range(count):
        channel, key, value = encoded[(n * stride) % len(encoded)]
        touchpoint = Touchpoint.model_validate(codec.decode(value))
        update: dict[str, Any] = {
            "event_id": f"{prefix}-{n}",
            "occurred_at": start + n * step,
        }
        detractor = detractor_every is not None and n % detractor_every == 0
        if detractor or detractor_every is None:
            customer = touchpoint.customer.model_copy(
                update={
                    "customer_id": f"{prefix}-c{n}",
                    "email": None,
                    "phone": None,
                    "handle": None,
                    "account_id": None,
                }
            )
            update["customer"] = customer
            if detractor:
                update["scores"] = Scores(nps=2)
            key = customer.best_key().encode()
        renamed = touchpoint.model_copy(update=update)
        out.append((channel, key, encode_touchpoint(renamed)))
    return out


def report_lines(figures: dict[str, Any]) -> list[str]:
    def fmt(value: Any, unit: str = "") -> str:
        return "n/a" if value is None else f"{value:,.1f}{unit}"

    def percentiles(what: str) -> str:
        return "/".join(fmt(figures[f"p{q}_{what}_ms"]) for q in (50, 95, 99)) + " ms"

    decode = f"{figures['fastavro_us']:.1f} / {figures['avro_us']:.1f} us per message"

    rows = [
        ("events", f"{figures['events']:,}"),
        ("throughput at saturation", fmt(figures["throughput_eps"], " ev/s")),
        ("raw aiokafka consume", fmt(figures["raw_consume_eps"], " ev/s")),
        ("ratio to raw consume", f"{100 * figures['ratio_to_raw']:.1f} %"),
        ("plain aiokafka loop, same work", fmt(figures["plain_loop_eps"], " ev/s")),
        ("plain loop CPU per event", fmt(figures["plain_loop_cpu_us"], " us")),
        ("ratio to the plain loop", f"{100 * figures['ratio_to_plain']:.1f} %"),
        ("worker CPU per event at saturation", fmt(figures.get("worker_cpu_us"), " us")),
        ("offered load", fmt(figures.get("offered_eps"), " ev/s")),
        ("publish->ClickHouse p50/p95/p99 at that load", percentiles("store")),
        ("publish->alert p50/p95/p99 at that load", percentiles("alert")),
        ("p99 publish->ClickHouse at saturation", fmt(figures["p99_store_ms_saturation"], " ms")),
        ("worker peak memory", fmt(figures["peak_rss_mb"], " MiB")),
        ("customers in state", f"{figures['customers_in_state']:,}"),
        ("state per customer", f"{figures['state_bytes_per_customer']:,} B"),
        (
            f"worker memory projected to {figures['customers']:,} customers",
            fmt(figures["projected_rss_mb_all_customers"], " MiB"),
        ),
        (
            f"worker memory measured with {figures.get('memory_customers_in_state', 0):,} "
            "customers in state",
            fmt(figures.get("memory_rss_mb"), " MiB"),
        ),
        ("decode fastavro / avro", decode),
        ("enrichment chain, batches of 500", fmt(figures["enrich_texts_per_s"], " texts/s")),
        ("CPU per text: theme key phrases", fmt(figures.get("theme_extraction_us"), " us")),
        ("CPU per text: themes stage", fmt(figures.get("themes_stage_us"), " us")),
        ("models load", fmt(figures["model_load_s"], " s")),
    ]  # fmt: skip
    for name in sorted(figures):
        if name.startswith("throughput_eps_") and name.endswith("_workers"):
            workers = name.removeprefix("throughput_eps_").removesuffix("_workers")
            rows.append((f"throughput with {workers} workers", fmt(figures[name], " ev/s")))
            ratio = figures[f"ratio_{workers}_workers"]
            rows.append((f"ratio {workers} workers / 1 worker", f"{ratio:.2f}"))
    for topic, (p50, p99) in figures.get("hop_ms_at_load", {}).items():
        rows.append((f"wait on {topic} p50/p99 at that load", f"{fmt(p50)}/{fmt(p99)} ms"))
    if "sequencer_hold_ms_at_load" in figures:
        p50, p99 = figures["sequencer_hold_ms_at_load"]
        rows.append(("held for order p50/p99 at that load", f"{fmt(p50)}/{fmt(p99)} ms"))
    for stage, micros in sorted(figures["cpu_us_per_event"].items(), key=lambda kv: -kv[1]):
        rows.append((f"CPU per event: {stage}", f"{micros:.1f} us"))
    width = max(len(name) for name, _ in rows)
    return [
        "-" * (width + 30),
        *(f"{name:<{width}}  {value}" for name, value in rows),
        "-" * (width + 30),
    ]
