"""Folding the state of a customer an identity merge absorbed into the survivor's."""

from __future__ import annotations

from typing import Any

from streams.customer.state import RECENT_EVENTS, CustomerState


def _is_counts(value: Any) -> bool:
    return isinstance(value, dict) and all(
        isinstance(v, int) and not isinstance(v, bool) for v in value.values()
    )


def merge_states(into: CustomerState, absorbed: CustomerState) -> CustomerState:
    """Fold the state of an absorbed customer into the survivor's (a new state).

    Counters are summed (contact_count, version, and every map of counts such as
    channels or topics), identifiers united, first seen widened; for every other
    field the most recently active state wins, and a missing (None) value is
    filled from the other one. Re-run the model's refresh (churn risk) after it.
    """
    newer, older = (
        (absorbed, into)
        if (absorbed.last_seen or "") > (into.last_seen or "")
        else (into, absorbed)
    )
    data = newer.to_json()
    for name, value in older.to_json().items():
        if data.get(name) is None:
            data[name] = value
    data["customer_id"] = into.customer_id
    data["account_id"] = into.account_id or absorbed.account_id
    data["version"] = into.version + absorbed.version
    data["contact_count"] = into.contact_count + absorbed.contact_count
    data["identifiers"] = list(dict.fromkeys([*into.identifiers, *absorbed.identifiers]))
    mine, theirs = into.to_json(), absorbed.to_json()
    for name, value in mine.items():
        other = theirs.get(name)
        if isinstance(other, dict) and _is_counts(value) and _is_counts(other):
            summed = dict(value)
            for item, count in other.items():
                summed[item] = summed.get(item, 0) + count
            data[name] = summed
    firsts = [s for s in (into.first_seen, absorbed.first_seen) if s]
    data["first_seen"] = min(firsts) if firsts else None
    seen = list(dict.fromkeys([*older.recent_event_ids, *newer.recent_event_ids]))
    data["recent_event_ids"] = seen[-RECENT_EVENTS:]
    return CustomerState.from_json(data)
