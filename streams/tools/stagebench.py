"""CPU per event of each pure stage, offline: the benchmark's plain loop without Kafka.

``python -m streams.tools.stagebench [--events N] [--customers N] [--profile FILE]``

Runs the same steps as the plain loop of ``voc bench`` (streams/tools/bench.py)
on a simulated stream, in batches of 500, with no broker: decode and validate
the Avro bytes, enrich, the topology's steps in memory (sequencer, identity and
routing, themes, customer state and rules, accounts), the enriched record's
Avro encoding, the rows and their insert into a chDB store of its own. Prints
CPU microseconds per event for each stage (see :class:`Clock`), so a change
to a stage can be judged on a shared, noisy machine. ``--profile`` writes a
cProfile of the whole loop (``snakeviz`` or ``pstats`` read it).
"""

from __future__ import annotations

import argparse
import cProfile
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from schemas.codec import AvroCodec, DecodeError
from streams.local import LOCAL_SOURCE, LocalPipeline
from streams.stages.decode import decode_touchpoint, encode_touchpoint

#: The order the stages run in, and are printed in.
BATCH = 500  # what the plain loop fetches at a time
STAGES = (
    "decode",
    "enrich",
    "identity",
    "themes",
    "state_and_rules",
    "sink_encode",
    "sink_insert",
    "chdb_background",
)


def simulated(events: int, customers: int, seed: int = 11) -> list[bytes]:
    """Avro values of ``events`` simulated touchpoints, as ``voc bench`` generates them."""
    from schemas.models import Touchpoint
    from streams.tools.simulator import ScenarioConfig, iter_events

    days = max(1, round(events / customers / 10.7 * 30))
    scenario = ScenarioConfig(customers=customers, accounts=50, days=days, seed=seed)
    encoded = []
    for data in iter_events(scenario):
        encoded.append(encode_touchpoint(Touchpoint.model_validate(data)))
        if len(encoded) >= events:
            break
    return encoded


class Clock:
    """CPU seconds per stage; each ``stage()`` reads a CPU clock twice.

    This thread's clock by default: chDB merges parts in threads of its own,
    whenever it likes, and the process clock would charge that to whichever
    stage runs meanwhile. The insert is timed on the process clock (chDB
    works in its threads), and what the other threads did besides is a line
    of its own (``chdb_background``).
    """

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)

    def split(self, name: str, walls: dict[str, float]) -> None:
        """Share the CPU time of stage ``name`` among its steps, by their wall time.

        The CPU clock is a system call (about 2 us); read per touchpoint, for
        three steps, it would cost more than some steps.
        """
        cpu, total = self.seconds.pop(name), sum(walls.values()) or 1.0
        for step, wall in walls.items():
            self.seconds[step] += cpu * wall / total

    @contextmanager
    def stage(self, name: str, clock: Callable[[], float] = time.thread_time) -> Iterator[None]:
        started = clock()
        try:
            yield
        finally:
            self.seconds[name] += clock() - started


def topology_steps(pipeline: LocalPipeline, now: datetime) -> dict[str, float]:
    """:meth:`LocalPipeline.run`'s release loop; wall seconds of each step."""
    resolve, clock = pipeline.steps.resolve, time.perf_counter
    walls = dict.fromkeys(("identity", "themes", "state_and_rules"), 0.0)
    for released in pipeline.sequencer.release():
        started = clock()
        routed = resolve.route(released, now)
        routed_at = clock()
        themes = resolve.expectations_of(released, now)
        themes_at = clock()
        pipeline._emit(routed)
        pipeline._emit(themes)
        pipeline._drain(now)
        walls["identity"] += routed_at - started
        walls["themes"] += themes_at - routed_at
        walls["state_and_rules"] += clock() - themes_at
    return walls


def run_stages(values: list[bytes], store_dir: Path, batch: int = BATCH) -> dict[str, float]:
    """CPU seconds per stage for the stream after its first batch (see the module docstring).

    The first batch is a warm-up, not counted: models, lazy imports (pandas,
    inside clickhouse-connect's first insert) and the first chDB parts.
    """
    from sinks.clickhouse.store import ClickHouseStore, ClickHouseWriter
    from sinks.clickhouse.tables import COLUMNS, touchpoint_row
    from streams.stages.enrich import Enricher

    enriched_codec = AvroCodec("EnrichedTouchpoint")
    store = ClickHouseStore(f"chdb://{store_dir / 'clickhouse'}")
    store.migrate()
    writer = ClickHouseWriter(store, COLUMNS)
    enricher = Enricher()
    pipeline = LocalPipeline()
    sequencer = pipeline.sequencer
    clock = Clock()
    offset, process_started = 0, time.process_time()
    try:
        for start in range(0, len(values), batch):
            now = datetime.now(UTC)
            touchpoints = []
            with clock.stage("decode"):
                for value in values[start : start + batch]:
                    try:
                        touchpoints.append(decode_touchpoint(value, now))
                    except DecodeError:
                        continue
            with clock.stage("enrich"):
                keys = [tp.customer.best_key() for tp in touchpoints]
                enriched = enricher.enrich(touchpoints, keys, now)
            # streams.local.LocalPipeline.run: offer the batch, release it step by step
            for item in enriched:
                sequencer.offer(LOCAL_SOURCE, offset, item.occurred_at, item.event_id, item)
                offset += 1
            sequencer.report(LOCAL_SOURCE, offset, caught_up=True)
            with clock.stage("topology"):
                walls = topology_steps(pipeline, now)
            clock.split("topology", walls)
            with clock.stage("sink_encode"):
                for item in enriched:
                    enriched_codec.encode(item.to_record())
                    writer.add("touchpoints", touchpoint_row(item, item.customer_key))
                for table, rows in pipeline.rows.items():
                    for row_key, row in rows.items():
                        writer.add(table, row, key=row_key)
                pipeline.rows.clear()
            with clock.stage("sink_insert", time.process_time):
                writer.flush()
            if start == 0:
                clock.seconds.clear()
                process_started = time.process_time()
        clock.seconds["chdb_background"] = (
            time.process_time() - process_started - sum(clock.seconds.values())
        )
    finally:
        store.close()
    return dict(clock.seconds)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=20_000)
    parser.add_argument("--customers", type=int, default=5_000)
    parser.add_argument("--profile", type=Path, help="write a cProfile of the loop here")
    args = parser.parse_args(argv)
    values = simulated(args.events, args.customers)
    with tempfile.TemporaryDirectory(prefix="voc-stagebench-") as tmp:
        profiler = cProfile.Profile() if args.profile else None
        if profiler:
            profiler.enable()
        started = time.process_time()
        seconds = run_stages(values, Path(tmp))
        total = time.process_time() - started
        if profiler:
            profiler.disable()
            profiler.dump_stats(args.profile)
    counted = max(len(values) - BATCH, 1)  # the first batch warms up
    per_event = {name: seconds.get(name, 0.0) / counted * 1e6 for name in STAGES}
    for name, micros in per_event.items():
        print(f"{name:<16} {micros:8.1f} us")
    print(f"{'stages':<16} {sum(per_event.values()):8.1f} us")
    print(f"{'loop':<16} {total / len(values) * 1e6:8.1f} us  (setup and warm-up included)")


if __name__ == "__main__":
    main()
