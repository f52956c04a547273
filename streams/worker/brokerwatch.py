"""Whether the Kafka broker answers, and what the worker says and does about it.

A lost broker must not drown the log, hide from the probes or hold the worker
forever (issue 12). Three parts:

* :class:`BrokerWatch`, pure: it takes probe results and the time, and returns
  the line to log at a state change (reachable -> unreachable -> reachable), a
  reminder every ``remind_every`` seconds while unreachable, and whether the
  worker has waited long enough (``VOC_BROKER_LOST_EXIT_SECONDS``) to give up.
* :class:`Repeats`, pure: which repeated log records pass. Faust and aiokafka
  log every failed connection, fetch, heartbeat and metadata refresh (about a
  hundred lines a second without a broker); while the watch says unreachable
  they are counted, not logged (the watch's own lines say it), and otherwise
  each message template passes once per ``window`` seconds.
* The wiring: :func:`probe` (a Kafka ApiVersions request through aiokafka to
  each bootstrap server), :class:`KafkaLogFilter` (the filter on the root
  logger's handlers) and :func:`watch_broker` (the task that probes every
  second, keeps the metrics and logs the lines).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

#: Seconds between two probes of the broker.
PROBE_SECONDS = 1.0
#: Longest a probe waits for a broker's answer.
PROBE_TIMEOUT = 2.0
#: Consecutive failed probes before the broker counts as unreachable.
FAILURES_TO_DOWN = 2
#: Seconds between two "still unreachable" lines.
REMIND_SECONDS = 30.0
#: Loggers whose repeated records :class:`KafkaLogFilter` limits.
NOISY_LOGGERS = ("aiokafka", "faust", "mode", "kafka")


@dataclass(frozen=True)
class Note:
    """A line to log: ``kind`` is ``down``, ``up`` or ``still_down``."""

    kind: str
    line: str


@dataclass
class BrokerWatch:
    """The broker's reachability from probe results; pure (times are passed in)."""

    bootstrap: str
    #: Seconds without contact after which the worker exits; 0: never.
    exit_after: float
    #: Monotonic time of the last successful probe (the start counts as contact).
    last_contact: float
    remind_every: float = REMIND_SECONDS
    failures_to_down: int = FAILURES_TO_DOWN
    up: bool = True
    failures: int = 0
    last_error: str = ""
    reminded_at: float = 0.0

    def observe(self, ok: bool, now: float, error: str = "") -> Note | None:
        """One probe result; returns the line to log, if any."""
        if ok:
            self.failures = 0
            away = now - self.last_contact
            self.last_contact = now
            if self.up:
                return None
            self.up = True
            return Note("up", f"Kafka broker {self.bootstrap} reachable again after {away:.0f}s")
        self.failures += 1
        self.last_error = error or "no answer"
        if self.up:
            if self.failures < self.failures_to_down:
                return None
            self.up = False
            self.reminded_at = now
            return Note(
                "down",
                f"Kafka broker {self.bootstrap} unreachable ({self.last_error}); "
                f"retrying{self._deadline(now)}",
            )
        if now - self.reminded_at >= self.remind_every:
            self.reminded_at = now
            return Note(
                "still_down",
                f"Kafka broker {self.bootstrap} still unreachable after "
                f"{self.seconds_since_contact(now):.0f}s ({self.last_error}){self._deadline(now)}",
            )
        return None

    def seconds_since_contact(self, now: float) -> float:
        return max(0.0, now - self.last_contact)

    def expired(self, now: float) -> bool:
        """Unreachable for ``exit_after`` seconds: time to give up."""
        return (
            not self.up
            and self.exit_after > 0
            and self.seconds_since_contact(now) >= self.exit_after
        )

    def _deadline(self, now: float) -> str:
        if self.exit_after <= 0:
            return ""
        left = max(0.0, self.exit_after - self.seconds_since_contact(now))
        return f"; exiting in {left:.0f}s unless it answers (VOC_BROKER_LOST_EXIT_SECONDS)"


@dataclass
class Repeats:
    """Which repeated log records pass; pure (times are passed in).

    A record is keyed by its logger and message template. While ``quiet`` every
    record is counted and dropped; otherwise the first of a key passes and its
    repeats within ``window`` seconds are counted and dropped.
    """

    window: float = 60.0
    passed_at: dict[tuple[str, str], float] = field(default_factory=dict)
    #: Records dropped since :meth:`take_dropped` was last called.
    dropped: int = 0

    def admit(self, key: tuple[str, str], now: float, quiet: bool) -> bool:
        if not quiet:
            first = self.passed_at.get(key)
            if first is None or now - first >= self.window:
                self.passed_at[key] = now
                return True
        self.dropped += 1
        return False

    def take_dropped(self) -> int:
        dropped, self.dropped = self.dropped, 0
        return dropped


class KafkaLogFilter(logging.Filter):
    """On the root logger's handlers: limits repeated records of the Kafka clients."""

    def __init__(self, repeats: Repeats | None = None) -> None:
        super().__init__()
        self.repeats = repeats or Repeats()
        #: Set while the broker is unreachable: the watch's lines say it all.
        self.quiet = False

    def filter(self, record: logging.LogRecord) -> bool:
        if not record.name.startswith(NOISY_LOGGERS) or record.levelno >= logging.CRITICAL:
            return True
        if record.exc_info and not self.quiet:
            return True  # a crash with its traceback: rare, and worth every line
        return self.repeats.admit((record.name, str(record.msg)), time.monotonic(), self.quiet)

    def install(self) -> None:
        """Attach to every handler of the root logger (Faust's worker sets its own up)."""
        for handler in logging.getLogger().handlers:
            if self not in handler.filters:
                handler.addFilter(self)


#: One filter for the process: the handlers are the process's too.
KAFKA_LOG_FILTER = KafkaLogFilter()


def servers(bootstrap: str) -> list[tuple[str, int]]:
    """``host:port[,host:port]`` (a ``kafka://`` prefix allowed) as (host, port) pairs."""
    pairs = []
    for server in bootstrap.replace(";", ",").split(","):
        server = server.strip().removeprefix("kafka://")
        if not server:
            continue
        host, _, port = server.rpartition(":")
        pairs.append((host.strip("[]") or "localhost", int(port or 9092)))
    return pairs


async def probe(bootstrap: str, timeout: float = PROBE_TIMEOUT) -> tuple[bool, str]:
    """Does any bootstrap server answer a Kafka ApiVersions request? (ok, error)."""
    from aiokafka.conn import create_conn
    from aiokafka.protocol.admin import ApiVersionRequest

    error = "no bootstrap server"
    for host, port in servers(bootstrap):
        try:
            conn = await asyncio.wait_for(
                create_conn(host, port, request_timeout_ms=int(timeout * 1000)), timeout
            )
            try:
                await asyncio.wait_for(conn.send(ApiVersionRequest()), timeout)
            finally:
                conn.close()
            return True, ""
        except TimeoutError:
            error = f"{host}:{port}: no answer within {timeout:g}s"
        except Exception as exc:  # refused, reset, unresolvable: all mean "not reachable"
            name, text = type(exc).__name__, str(exc)
            error = text if text.startswith(name) else f"{name}: {text}" if text else name
    return False, error


async def watch_broker(
    watch: BrokerWatch,
    report: Callable[[BrokerWatch], None],
    on_expired: Callable[[], None],
    interval: float = PROBE_SECONDS,
    log_filter: KafkaLogFilter = KAFKA_LOG_FILTER,
) -> None:
    """Probe every ``interval`` seconds; log changes; ``on_expired`` once given up."""
    summary_at = time.monotonic()
    while True:
        log_filter.install()
        ok, error = await probe(watch.bootstrap)
        now = time.monotonic()
        note = watch.observe(ok, now, error)
        log_filter.quiet = not watch.up
        report(watch)
        if note is not None:
            dropped = log_filter.repeats.take_dropped()
            extra = f" [{dropped} Kafka client log lines not shown]" if dropped else ""
            level = logging.INFO if note.kind == "up" else logging.ERROR
            # WARNING is the default level: a recovery must show as well.
            log.log(max(level, logging.WARNING), "%s%s", note.line, extra)
            summary_at = now
        elif watch.up and now - summary_at >= log_filter.repeats.window:
            dropped = log_filter.repeats.take_dropped()
            if dropped:
                log.warning(
                    "%d repeated Kafka client log lines not shown in %.0fs",
                    dropped,
                    now - summary_at,
                )
            summary_at = now
        if watch.expired(now):
            on_expired()
            return
        await asyncio.sleep(interval)
