"""Stream time and bounds that the customer state (streams/customer/state.py) and its
problem threads (streams/customer/threads.py) both use.

All time arithmetic uses stream time (``occurred_at``, as ISO strings), never the wall
clock, and every list and map in the state is bounded. Both modules import this one
and threads.py does not import state.py at run time, so there is no import cycle.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any

#: Bounds that keep a state small whatever the customer's history.
MAX_KEYS = 24  # topics, intents, criteria, competitors, irritants, context keys
#: An @-handle, left out of a message's words when they are digested.
_HANDLE = re.compile(r"@\w+")


def parse_time(value: str) -> datetime:
    return datetime.fromisoformat(value)


def days_between(earlier: str, later: str) -> float:
    return (parse_time(later) - parse_time(earlier)).total_seconds() / 86_400.0


def _push(items: list[Any], item: Any, limit: int) -> None:
    items.append(item)
    del items[:-limit]


def _iso(moment: datetime) -> str:
    return moment.isoformat()


def _since(as_of: str, days: float) -> str:
    return _iso(parse_time(as_of) - timedelta(days=days))
