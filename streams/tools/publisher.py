"""Publish touchpoints from JSON Lines to Kafka (``voc publish``, the demo, the bench).

Each line is validated exactly as the worker would, encoded with the Avro
single-object encoding, keyed by the customer's best identifier and sent to
``voc.touchpoints.<channel>``. A bad line is reported with its line number and
reason and goes to the dead-letter topic as it was read; the rest goes on.
"""

from __future__ import annotations

import gzip
import logging
import typing
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from kafka import KafkaProducer

from schemas.codec import AvroCodec, DecodeError
from streams.settings import Settings
from streams.stages.decode import dead_letter, decode_touchpoint, encode_touchpoint
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


def open_lines(path: Path) -> IO[bytes]:
    if path.suffix == ".gz":
        return typing.cast(IO[bytes], gzip.open(path, "rb"))
    return path.open("rb")


def read_lines(path: Path) -> Iterator[tuple[int, bytes]]:
    """(line number, raw line) for every non-blank line of a .jsonl or .jsonl.gz file."""
    with open_lines(path) as handle:
        for number, line in enumerate(handle, start=1):
            stripped = line.strip()
            if stripped:
                yield number, stripped


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
        report = PublishReport()
        for number, raw in lines:
            now = datetime.now(UTC)
            try:
                touchpoint = decode_touchpoint(raw, now)
            except DecodeError as error:
                report.rejected.append((number, f"{error.reason}: {error.detail}"))
                letter = dead_letter(error, raw, None, f"file:{origin}", -1, number, now)
                self.producer.send(
                    self.settings.dlq_topic, value=_DEAD_LETTER_CODEC.encode(letter.to_record())
                )
                continue
            channel = touchpoint.channel.value
            self.producer.send(
                self.settings.touchpoint_topic(channel),
                key=touchpoint.customer.best_key().encode(),
                value=encode_touchpoint(touchpoint),
                timestamp_ms=timestamp_ms() if timestamp_ms else None,
            )
            report.sent += 1
            report.by_channel[channel] = report.by_channel.get(channel, 0) + 1
            if on_progress is not None:
                on_progress(report.sent)
        self.producer.flush()
        return report

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
