"""Pure retry policy: backoff schedule, how to read an answer, Retry-After.

No I/O and no clock: the engine passes the time and the random source, so
every decision here is unit-tested by calling it.
"""

from __future__ import annotations

import email.utils
from collections.abc import Callable
from datetime import datetime
from enum import StrEnum


class Verdict(StrEnum):
    delivered = "delivered"
    #: Try again after the backoff (5xx, 408, timeout, connection refused).
    retry = "retry"
    #: Slack or the receiver asked us to slow down (429): wait Retry-After.
    rate_limited = "rate_limited"
    #: Will never succeed as sent (other 4xx): dead-letter at once.
    rejected = "rejected"


def classify(http_status: int | None) -> Verdict:
    """What an answer means; ``None`` is no answer (timeout, refused, reset)."""
    if http_status is None:
        return Verdict.retry
    if 200 <= http_status < 300:
        return Verdict.delivered
    if http_status == 429:
        return Verdict.rate_limited
    if http_status in (408, 425) or http_status >= 500:
        return Verdict.retry
    return Verdict.rejected


def backoff_delay(
    failures: int,
    first: float,
    cap: float,
    jitter: float,
    rng: Callable[[], float],
) -> float:
    """Delay after ``failures`` consecutive failures (>= 1): exponential, capped, jittered.

    The deterministic part is ``min(cap, first * 2 ** (failures - 1))``; a share
    ``jitter`` of it is replaced by a uniform random amount, so many workers
    that failed together do not retry together.
    """
    base = min(cap, first * float(2 ** max(failures - 1, 0)))
    share = min(max(jitter, 0.0), 1.0)
    return base * (1.0 - share) + base * share * rng()


def backoff_schedule(attempts: int, first: float, cap: float) -> list[float]:
    """The delays without jitter (documentation and tests): 0.5, 1, 2, 4, ... cap."""
    return [backoff_delay(n, first, cap, 0.0, lambda: 0.0) for n in range(1, attempts + 1)]


def parse_retry_after(value: str | None, now: datetime, default: float, cap: float) -> float:
    """Seconds to wait from a ``Retry-After`` header (seconds or an HTTP date), capped."""
    if not value:
        return default
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return default
        if when.tzinfo is None:
            return default
        seconds = (when - now).total_seconds()
    return min(max(seconds, 0.0), cap)
