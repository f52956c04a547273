"""What ``voc`` says when a command fails: one line, and an exit code.

:func:`explain` turns an exception that reached the top of a command into the
line a user reads and the exit code (``streams.errors``): a :class:`UserError`
as written, the usual environment failures (ClickHouse or Kafka unreachable,
a port in use, a file that cannot be read) in plain words, anything else as an
unexpected error with a pointer to ``--debug``. Customer data never reaches
these lines as markup: they are printed as plain text.
"""

from __future__ import annotations

import errno
import logging
import re
from typing import Any

from pydantic import ValidationError

from streams.errors import EXIT_BUG, EXIT_USER, UserError

#: Longest message shown; library messages can quote whole requests.
MAX_MESSAGE = 400
_CREDENTIALS = re.compile(r"(\w+://)[^/@\s]+@")
_CHOICES = re.compile(r"\^\(([\w|]+)\)\$")


def _clip(text: str) -> str:
    line = " ".join(text.split())
    line = _CREDENTIALS.sub(r"\1***@", line)  # never print a password from a URL
    return line if len(line) <= MAX_MESSAGE else line[: MAX_MESSAGE - 1] + "…"


def settings_message(exc: ValidationError) -> str:
    """``VOC_WEB_PORT=70000: must be at most 65535`` for each invalid variable."""
    parts = []
    for error in exc.errors(include_url=False):
        name = "VOC_" + "_".join(str(p) for p in error["loc"]).upper()
        value = error.get("input")
        shown = f"={value}" if isinstance(value, str | int | float) else ""
        message = str(error["msg"]).replace("Input should be", "must be")
        message = message.removeprefix("Value error, ")
        choices = _CHOICES.fullmatch(str(error.get("ctx", {}).get("pattern", "")))
        if choices:
            message = "must be one of " + ", ".join(choices.group(1).split("|"))
        parts.append(f"{name}{shown}: {message}")
    return "invalid configuration: " + "; ".join(parts)


def _os_reason(exc: OSError) -> str:
    if exc.errno == errno.EADDRINUSE:
        return f"address already in use: {exc}. Another voc worker or program holds the port"
    where = f": {exc.filename}" if exc.filename else ""
    return f"{exc.strerror or exc}{where}"


def _library_reason(exc: BaseException) -> str | None:
    """Kafka and ClickHouse client errors that mean "not reachable" or "refused"."""
    module, name = type(exc).__module__, type(exc).__name__
    if module.startswith("clickhouse_connect"):
        text = str(exc)
        if name == "OperationalError":
            cause = re.search(r"\[Errno -?\d+\] ([^\"')]+)", text)
            why = cause.group(1).strip() if cause else text.split(" executing ")[0]
            url = re.search(r"\((https?://[^)\s]+)\)", text)
            at = f" at {url.group(1)}" if url else ""
            return (
                f"cannot reach ClickHouse{at}: {why}. "
                "Check VOC_CLICKHOUSE_URL, or unset it to use the embedded store"
            )
        return f"ClickHouse error: {text}"
    if module.startswith(("kafka", "aiokafka")) and re.search(
        r"Timeout|Connection|NoBrokers|Broker", name
    ):
        return f"cannot reach the Kafka broker: {exc}. Check VOC_KAFKA_BROKER"
    if module.startswith("sinks.") and name == "SchemaError":
        return str(exc)
    if module.startswith("faust") and name == "ImproperlyConfigured":
        return f"invalid configuration: {exc}"
    return None


def explain(exc: BaseException, command: str, fallback: str | None = None) -> tuple[str, int]:
    """The one line (``voc COMMAND: ...``) and the exit code for ``exc``; ``fallback``
    (exit 2) instead of "unexpected error" for an exception it does not know."""
    prefix = f"voc {command}: " if command else "voc: "
    if isinstance(exc, UserError):
        return prefix + _clip(str(exc)), exc.exit_code
    if isinstance(exc, ValidationError) and exc.title == "Settings":
        return prefix + _clip(settings_message(exc)), EXIT_USER
    reason = _library_reason(exc)
    if reason is None and exc.__cause__ is not None:
        reason = _library_reason(exc.__cause__)
    if reason is not None:
        return prefix + _clip(reason), EXIT_USER
    if isinstance(exc, OSError):
        return prefix + _clip(_os_reason(exc)), EXIT_USER
    if fallback is not None:
        return _clip(fallback), EXIT_USER
    detail = _clip(f"{type(exc).__name__}: {exc}")
    return prefix + f"unexpected error: {detail} (rerun with --debug for the traceback)", EXIT_BUG


def system_exit_message(code: Any) -> tuple[str | None, int]:
    """``raise SystemExit("message")`` from a command: print it, exit 2 (not Python's 1)."""
    if code is None or isinstance(code, int):
        return None, int(code or 0)
    return _clip(str(code)), EXIT_USER


#: Library loggers that warn about a failure the command then reports itself
#: (a refused HTTP connection): without ``--debug`` they would add lines.
NOISY_LOGGERS = ("urllib3.connectionpool", "clickhouse_connect.driver._backend.http_sync")


def quiet_library_warnings() -> None:
    for name in NOISY_LOGGERS:
        logging.getLogger(name).setLevel(logging.ERROR)
