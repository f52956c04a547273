"""Publish touchpoints from JSON Lines to Kafka (``voc publish``, the demo, the bench).

Each line is validated exactly as the worker would, encoded with the Avro
single-object encoding, keyed by the customer's best identifier and sent to
``voc.touchpoints.<channel>``. A bad line is reported with its line number and
reason and goes to the dead-letter topic as it was read; the rest goes on.

Size limits are checked here, where a record enters: a line over
``MAX_LINE_BYTES`` (1 MiB) is rejected unread, a touchpoint whose Avro encoding
is over ``MAX_TOUCHPOINT_BYTES`` (512 KiB) after validation too; both with
reason ``too_large``, dead-lettered with a cut preview and their origin (file
and line). A record the broker refuses is reported as rejected, not lost.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

from kafka import KafkaProducer
from kafka.errors import MessageSizeTooLargeError

from schemas.codec import AvroCodec, DecodeError
from schemas.models import MAX_TOUCHPOINT_BYTES, Touchpoint
from streams.errors import UserError
from streams.settings import Settings
from streams.stages.decode import dead_letter, decode_touchpoint, encode_touchpoint
from streams.tools.jsonlines import MAX_LINE_BYTES, CutLine
from streams.tools.jsonlines import read_lines as read_lines  # the demo imports it from here
from streams.topics import ensure_topics as ensure_topics  # its callers import it from here

log = logging.getLogger(__name__)
_DEAD_LETTER_CODEC = AvroCodec("DeadLetter")


@dataclass
class PublishReport:
    sent: int = 0
    rejected: list[tuple[int, str]] = field(default_factory=list)
    by_channel: dict[str, int] = field(default_factory=dict)

    def add(self, other: PublishReport) -> None:
        self.sent += other.sent
        self.rejected.extend(other.rejected)
        for channel, count in other.by_channel.items():
            self.by_channel[channel] = self.by_channel.get(channel, 0) + count


def _line_error(raw: bytes) -> DecodeError | None:
    """Why a line of a JSON Lines file is not a JSON object (None: it may be one).

    The worker also accepts Avro, so its decoder would call any non-JSON line
    ``not_avro``; in a JSON Lines file the useful reason is a JSON one.
    """
    if isinstance(raw, CutLine):
        return DecodeError(
            "too_large",
            f"the line has {raw.size:,} bytes, over the {MAX_LINE_BYTES:,}-byte limit "
            f"of voc publish; the dead letter keeps its first {len(raw):,} bytes",
        )
    if raw[:1] == b"{":
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return DecodeError("invalid_utf8", str(exc))
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        return DecodeError("invalid_json", str(exc))
    return DecodeError("invalid_json", f"expected a JSON object, got {type(value).__name__}")


def _encoded(touchpoint: Touchpoint) -> bytes:
    value = encode_touchpoint(touchpoint)
    if len(value) > MAX_TOUCHPOINT_BYTES:
        raise DecodeError(
            "too_large",
            f"the touchpoint is {len(value):,} bytes in Avro, over the "
            f"{MAX_TOUCHPOINT_BYTES:,}-byte limit (mostly attributes or subject?)",
        )
    return value


class Publisher:
    """A kafka-python producer for touchpoints. Use as a context manager."""

    def __init__(self, bootstrap: str, settings: Settings) -> None:
        self.settings = settings
        self.producer = KafkaProducer(
            bootstrap_servers=bootstrap,
            client_id="voc-publisher",
            acks="all",
            linger_ms=5,
            batch_size=256 * 1024,
            max_request_size=4 * 1024 * 1024,
        )

    def publish_lines(
        self,
        lines: Iterable[tuple[int, bytes]],
        origin: str,
        on_progress: Callable[[int], None] | None = None,
        timestamp_ms: Callable[[], int] | None = None,
    ) -> PublishReport:
        """Publish each line or reject it with a reason; never stops on one line.

        A :class:`UserError` from reading (a damaged file) stops the loop after
        what was sent so far is flushed, and says how far it got.
        """
        report = PublishReport()
        refused: list[tuple[int, str, str]] = []  # (line, channel or "", why): sender thread
        lock = threading.Lock()

        def on_refused(number: int, channel: str, exc: BaseException) -> None:
            with lock:
                refused.append((number, channel, f"{type(exc).__name__}: {exc}"))

        try:
            for number, raw in lines:
                now = datetime.now(UTC)
                try:
                    error = _line_error(raw)
                    if error is not None:
                        raise error
                    touchpoint = decode_touchpoint(raw, now)
                    value = _encoded(touchpoint)
                except DecodeError as error:
                    report.rejected.append((number, f"{error.reason}: {error.detail}"))
                    letter = dead_letter(error, raw, None, f"file:{origin}", -1, number, now)
                    value = _DEAD_LETTER_CODEC.encode(letter.to_record())
                    self._send(
                        self.settings.dlq_topic, None, value, None, partial(on_refused, number, "")
                    )
                    continue
                channel = touchpoint.channel.value
                self._send(
                    self.settings.touchpoint_topic(channel),
                    touchpoint.customer.best_key().encode(),
                    value,
                    timestamp_ms() if timestamp_ms else None,
                    partial(on_refused, number, channel),
                )
                report.sent += 1
                report.by_channel[channel] = report.by_channel.get(channel, 0) + 1
                if on_progress is not None:
                    on_progress(report.sent)
        except UserError as exc:
            self.producer.flush()
            raise UserError(
                f"{exc}; {report.sent - len(refused)} touchpoints were published before it"
            ) from exc
        self.producer.flush()
        for number, channel, why in refused:
            if channel:
                report.sent -= 1
                report.by_channel[channel] -= 1
                report.rejected.append((number, f"not_published: the broker refused it ({why})"))
            else:
                report.rejected.append((number, f"its dead letter was not written ({why})"))
        report.rejected.sort()
        return report

    def _send(
        self,
        topic: str,
        key: bytes | None,
        value: bytes,
        timestamp_ms: int | None,
        on_refused: Callable[[BaseException], None],
    ) -> None:
        """Send one record; ``on_refused`` hears if the client or the broker refuses it.

        Other errors (the broker unreachable for ``max_block_ms``) are not about
        this record: they stop the publisher.
        """
        try:
            future = self.producer.send(topic, key=key, value=value, timestamp_ms=timestamp_ms)
        except MessageSizeTooLargeError as exc:
            on_refused(exc)
            return
        future.add_errback(on_refused)

    def publish_file(
        self, path: Path, on_progress: Callable[[int], None] | None = None
    ) -> PublishReport:
        return self.publish_lines(read_lines(path), path.name, on_progress)

    def close(self) -> None:
        self.producer.flush()
        self.producer.close()

    def __enter__(self) -> Publisher:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()
