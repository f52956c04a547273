"""Stage 4: the living model of one customer, updated by each touchpoint.

``CustomerState`` is a plain dataclass stored as JSON in a Faust table keyed by
the customer key. :func:`apply_touchpoint` is pure: ``(state, event) -> applied``.
It is idempotent per ``event_id`` (the last ``RECENT_EVENTS`` ids are kept), so
a replay after a crash never counts a touchpoint twice.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from schemas.models import EnrichedTouchpoint

#: How many recent event ids a state remembers to drop replays. Replays after a
#: crash re-deliver at most what was processed since the last commit, which is
#: far below this per customer.
RECENT_EVENTS = 256

#: Weight of the newest message in the exponentially weighted sentiment trend.
TREND_ALPHA = 0.3


@dataclass
class CustomerState:
    customer_id: str
    account_id: str | None = None
    identifiers: list[str] = field(default_factory=list)
    version: int = 0
    contact_count: int = 0
    channels: dict[str, int] = field(default_factory=dict)
    first_seen: str | None = None
    last_seen: str | None = None
    last_event_id: str | None = None
    last_sentiment: float | None = None
    sentiment_trend: float | None = None
    nps_last: int | None = None
    csat_last: int | None = None
    ces_last: int | None = None
    recent_event_ids: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CustomerState:
        known = cls.__dataclass_fields__
        return cls(**{k: v for k, v in data.items() if k in known})

    def has_seen(self, event_id: str) -> bool:
        return event_id in self.recent_event_ids


def _iso(moment: datetime) -> str:
    return moment.isoformat()


def apply_touchpoint(state: CustomerState, event: EnrichedTouchpoint) -> bool:
    """Fold one touchpoint into ``state`` in place; False when it was already applied."""
    if state.has_seen(event.event_id):
        return False
    state.recent_event_ids.append(event.event_id)
    del state.recent_event_ids[:-RECENT_EVENTS]
    state.version += 1
    state.contact_count += 1
    state.channels[event.channel.value] = state.channels.get(event.channel.value, 0) + 1
    for identifier in event.customer.identifiers():
        if identifier not in state.identifiers:
            state.identifiers.append(identifier)
    if event.customer.account_id:
        state.account_id = event.customer.account_id
    occurred = _iso(event.occurred_at)
    if state.first_seen is None or occurred < state.first_seen:
        state.first_seen = occurred
    if state.last_seen is None or occurred >= state.last_seen:
        state.last_seen = occurred
        state.last_event_id = event.event_id
    if event.scored and event.text:
        state.last_sentiment = event.sentiment
        previous = state.sentiment_trend
        state.sentiment_trend = (
            event.sentiment
            if previous is None
            else (1 - TREND_ALPHA) * previous + TREND_ALPHA * event.sentiment
        )
    scores = event.scores
    if scores.nps is not None:
        state.nps_last = scores.nps
    if scores.csat is not None:
        state.csat_last = scores.csat
    if scores.ces is not None:
        state.ces_last = scores.ces
    return True
