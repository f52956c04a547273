"""The benchmark's report: every figure in the table, the contract's last line."""

from __future__ import annotations

from streams.tools.bench import BenchResult, report_lines

FIGURES = {
    "events": 40_000,
    "throughput_eps": 511.04,
    "raw_consume_eps": 153_401.6,
    "ratio_to_raw": 511.04 / 153_401.6,
    "plain_loop_eps": 1_420.8,
    "plain_loop_cpu_us": 750.2,
    "ratio_to_plain": 511.04 / 1_420.8,
    **{f"p{q}_store_ms": 100.0 * q for q in (50, 95, 99)},
    **{f"p{q}_alert_ms": None for q in (50, 95, 99)},
    "p99_store_ms_saturation": 80_270.4,
    "peak_rss_mb": 811.4,
    "customers_in_state": 29_296,
    "state_bytes_per_customer": 2_102,
    "customers": 100_000,
    "projected_rss_mb_all_customers": 966.6,
    "offered_eps": 255,
    "memory_customers_in_state": 100_012,
    "memory_rss_mb": 1_301.5,
    "fastavro_us": 25.0,
    "avro_us": 65.0,
    "enrich_texts_per_s": 12_000.0,
    "model_load_s": 0.1,
    "cpu_us_per_event": {"decode": 78.0, "state_and_rules": 394.3},
    "sequencer_hold_ms_at_load": [6.5, 117.0],
}


def test_the_table_shows_each_ratio_and_stages_by_cost() -> None:
    lines = [" ".join(line.split()) for line in report_lines(FIGURES)]
    assert "ratio to raw consume 0.3 %" in lines
    assert "ratio to the plain loop 36.0 %" in lines
    assert "offered load 255.0 ev/s" in lines
    assert "publish->alert p50/p95/p99 at that load n/a/n/a/n/a ms" in lines
    assert "worker memory projected to 100,000 customers 966.6 MiB" in lines
    assert "worker memory measured with 100,012 customers in state 1,301.5 MiB" in lines
    assert "held for order p50/p99 at that load 6.5/117.0 ms" in lines
    stages = [line for line in lines if line.startswith("CPU per event")]
    assert [s.split(":")[1].split()[0] for s in stages] == ["state_and_rules", "decode"]


def test_last_line_follows_the_contract() -> None:
    assert BenchResult(FIGURES).line() == "throughput_eps=511 p99_alert_ms=0 p99_store_ms=9900"


def test_offered_load_has_fresh_ids_and_new_detractors_so_alerts_are_timed() -> None:
    from schemas.codec import AvroCodec
    from schemas.models import Touchpoint
    from streams.stages.decode import encode_touchpoint
    from streams.tools.bench import fresh_events
    from tests.support.builders import touchpoint_dict

    source = Touchpoint.model_validate(touchpoint_dict())
    encoded = [("email", b"c-42", encode_touchpoint(source))]
    load = [
        Touchpoint.model_validate(AvroCodec("Touchpoint").decode(value))
        for _, _, value in fresh_events(encoded, 40)
    ]
    assert len({t.event_id for t in load}) == 40
    detractors = [t for t in load if t.scores.nps == 2]
    assert [t.customer.customer_id for t in detractors] == ["load-c0", "load-c20"]
    assert all(t.customer.email is None for t in detractors)
    assert all(t.customer.customer_id == "c-42" for t in load if t.scores.nps is None)


def test_the_memory_phase_brings_one_new_customer_per_event_and_no_detractor() -> None:
    from schemas.codec import AvroCodec
    from schemas.models import Touchpoint
    from streams.stages.decode import encode_touchpoint
    from streams.tools.bench import fresh_events
    from tests.support.builders import touchpoint_dict

    source = Touchpoint.model_validate(touchpoint_dict())
    encoded = [("email", b"c-42", encode_touchpoint(source))]
    extra = fresh_events(encoded, 30, detractor_every=None, prefix="mem")
    load = [Touchpoint.model_validate(AvroCodec("Touchpoint").decode(v)) for _, _, v in extra]
    assert len({t.customer.customer_id for t in load}) == 30
    assert all(key.endswith(f"mem-c{n}".encode()) for n, (_, key, _) in enumerate(extra))
    assert all(t.scores.nps is None and t.customer.account_id is None for t in load)


def test_the_load_is_drawn_across_the_backlog_in_time_order() -> None:
    from datetime import UTC, datetime, timedelta

    from schemas.codec import AvroCodec
    from schemas.models import Touchpoint
    from streams.stages.decode import encode_touchpoint
    from streams.tools.bench import fresh_events
    from tests.support.builders import touchpoint_dict

    start = datetime(2026, 11, 1, tzinfo=UTC)
    channels = ["web", "survey", "email", "chat"]
    encoded = []
    for i in range(100):  # the backlog: one channel after the other, a minute apart
        data = touchpoint_dict(event_id=f"e{i}", channel=channels[i // 25])
        data["occurred_at"] = (start + timedelta(minutes=i)).isoformat()
        source = Touchpoint.model_validate(data)
        encoded.append((source.channel.value, b"k", encode_touchpoint(source)))
    load = fresh_events(encoded, 20)
    assert {channel for channel, _, _ in load} == set(channels)  # not the first 20 only
    times = [
        Touchpoint.model_validate(AvroCodec("Touchpoint").decode(v)).occurred_at for _, _, v in load
    ]
    assert times == sorted(times) and times[0] > start + timedelta(minutes=99)
    assert times[1] - times[0] == timedelta(minutes=99) / 100  # the backlog's pace
