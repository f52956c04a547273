"""The broker watch and the log limiter: pure, driven by observations and times."""

from __future__ import annotations

import logging

from streams.worker.brokerwatch import BrokerWatch, KafkaLogFilter, Repeats, servers


def watch(exit_after: float = 120.0) -> BrokerWatch:
    return BrokerWatch("127.0.0.1:9092", exit_after, last_contact=0.0)


def test_one_line_per_state_change_and_a_reminder_now_and_then() -> None:
    w = watch()
    assert w.observe(True, 1.0) is None
    assert w.observe(False, 2.0, "refused") is None  # one failed probe is not enough
    down = w.observe(False, 3.0, "refused")
    assert down is not None and down.kind == "down"
    assert "127.0.0.1:9092 unreachable (refused)" in down.line
    assert "exiting in 118s" in down.line and "VOC_BROKER_LOST_EXIT_SECONDS" in down.line
    notes = [w.observe(False, 3.0 + t, "refused") for t in range(1, 61)]
    reminders = [n for n in notes if n is not None]
    assert [n.kind for n in reminders] == ["still_down", "still_down"]  # at +30 s and +60 s
    assert "still unreachable after 32s" in reminders[0].line
    up = w.observe(True, 70.0)
    assert up is not None and up.kind == "up" and "reachable again after 69s" in up.line
    assert w.observe(True, 71.0) is None
    assert w.up and w.seconds_since_contact(71.5) == 0.5


def test_a_broker_back_before_the_second_probe_changes_nothing() -> None:
    w = watch()
    assert w.observe(False, 1.0, "refused") is None
    assert w.observe(True, 2.0) is None
    assert w.observe(False, 3.0, "refused") is None
    assert w.up


def test_expires_after_the_configured_time_without_contact() -> None:
    w = watch(exit_after=10.0)
    w.observe(True, 5.0)
    w.observe(False, 6.0)
    w.observe(False, 7.0)
    assert not w.up and not w.expired(14.9)
    assert w.expired(15.0)
    w.observe(True, 15.5)
    assert not w.expired(100.0)  # back: the clock starts again at the next loss


def test_zero_means_never_give_up() -> None:
    w = watch(exit_after=0.0)
    w.observe(False, 1.0)
    down = w.observe(False, 2.0)
    assert down is not None and "exiting" not in down.line
    assert not w.expired(1e9)


def test_repeats_pass_once_per_window_and_none_while_quiet() -> None:
    r = Repeats(window=60.0)
    key = ("aiokafka.conn", "Unable connect to node with id %s: %s")
    other = ("aiokafka.cluster", "Unable to update metadata from %s")
    assert r.admit(key, 0.0, quiet=False)
    assert not any(r.admit(key, t / 10, quiet=False) for t in range(1, 100))
    assert r.admit(other, 10.0, quiet=False)
    assert not r.admit(other, 11.0, quiet=True)
    assert r.admit(key, 60.0, quiet=False)  # the next window
    assert not r.admit(("x", "new"), 61.0, quiet=True)
    assert r.take_dropped() == 101 and r.take_dropped() == 0


def record(name: str, message: str, level: int = logging.ERROR) -> logging.LogRecord:
    return logging.LogRecord(name, level, __file__, 1, message, (), None)


def test_the_filter_limits_the_kafka_clients_only() -> None:
    f = KafkaLogFilter(Repeats(window=3600.0))
    assert f.filter(record("aiokafka.conn", "Unable connect %s"))
    assert not f.filter(record("aiokafka.conn", "Unable connect %s"))
    assert f.filter(record("streams.worker.runtime", "ours, every time"))
    assert f.filter(record("streams.worker.runtime", "ours, every time"))
    crash = record("faust.agents", "Crashed reason=%r")
    crash.exc_info = (RuntimeError, RuntimeError("x"), None)
    assert f.filter(crash) and f.filter(crash)  # tracebacks are never limited while up
    f.quiet = True
    assert not f.filter(record("faust.transport.drivers.aiokafka", "Heartbeat failed"))
    assert f.filter(record("aiokafka.consumer", "fatal", logging.CRITICAL))
    assert f.repeats.take_dropped() == 2


def test_bootstrap_servers() -> None:
    assert servers("a:1, b:2") == [("a", 1), ("b", 2)]
    assert servers("kafka://h:9093;kafka://[::1]:9094") == [("h", 9093), ("::1", 9094)]
