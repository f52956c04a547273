"""Folding the state of a customer an identity merge absorbed into the survivor's.

Two keys turn out to be one customer (an e-mail address, then a social handle,
then a message that carries both). Each key's state saw part of the customer's
history; the merged state should read as if that history had been one from the
start: counts summed, timed memories (scored messages, contacts, signals, open
issues) interleaved in time and bounded as the fold bounds them, and the problem
threads of repeat_contact joined where the same open problem was raised under
both keys.
"""

from __future__ import annotations

from typing import Any

from streams.customer.config import DEFAULT_MODEL, ModelConfig
from streams.customer.state import (
    MAX_KEYS,
    MAX_OPEN_ISSUES,
    MAX_PER_TOPIC,
    MAX_PROBLEMS,
    MAX_RECENT_CONTACTS,
    MAX_SAID,
    MAX_SCORED,
    MAX_SCORES,
    MAX_SIGNALS,
    MAX_THREAD_TOPICS,
    RECENT_EVENTS,
    CustomerState,
    days_between,
)

#: Totals of the customer's history: the merged customer did both keys' share.
SUMMED = (
    "version",
    "contact_count",
    "inbound_contacts",
    "contact_episodes",
    "repeat_contacts",
    "purchases",
    "order_value_total",
)
#: Timed memories, [occurred_at, ...] oldest first, and the bound the fold keeps.
TIMED = {
    "scored_recent": MAX_SCORED,
    "said_recent": MAX_SAID,
    "recent_contacts": MAX_RECENT_CONTACTS,
}
#: Maps of timed memories (topic or signal -> [[occurred_at, event id, ...]]).
TIMED_MAPS = {"topic_contacts": MAX_PER_TOPIC, "signals": MAX_SIGNALS}
#: Survey answers kept for the rolling means, and the mean each one feeds.
SCORES = {"nps_recent": "nps_rolling", "csat_recent": "csat_rolling", "ces_recent": "ces_rolling"}
#: Per-name tallies ({"count", "negative", "last_seen", "last_event_id"}).
TALLIES = ("competitors", "irritants")


def _is_counts(value: Any) -> bool:
    return isinstance(value, dict) and all(
        isinstance(v, int | float) and not isinstance(v, bool) for v in value.values()
    )


def _timed(older: list[Any], newer: list[Any], limit: int) -> list[Any]:
    """Both keys' timed items in time order, each once, the newest ``limit`` kept."""
    unique = {repr(item): item for item in [*older, *newer]}
    return sorted(unique.values(), key=lambda item: item[0])[-limit:]


def _tallies(older: dict[str, Any], newer: dict[str, Any]) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for name in dict.fromkeys([*older, *newer]):
        a, b = older.get(name), newer.get(name)
        if a is None or b is None:
            merged[name] = dict(a or b or {})
            continue
        last = b if (b.get("last_seen") or "") >= (a.get("last_seen") or "") else a
        merged[name] = {**last, "count": a.get("count", 0) + b.get("count", 0)}
        if "negative" in a or "negative" in b:
            merged[name]["negative"] = a.get("negative", 0) + b.get("negative", 0)
    recent = sorted(merged, key=lambda k: merged[k].get("last_seen") or "")[-MAX_KEYS:]
    return {name: merged[name] for name in merged if name in recent}


def _opened(thread: dict[str, Any]) -> str:
    episodes = thread.get("episodes") or []
    return str(episodes[0][0]) if episodes else str(thread.get("last_at") or "")


def _join(kept: dict[str, Any], later: dict[str, Any]) -> None:
    """Fold a later thread of the same open problem into ``kept``."""
    episodes = {e[1]: e for e in [*kept["episodes"], *later["episodes"]]}
    kept["episodes"] = sorted(episodes.values())[-MAX_PER_TOPIC:]
    kept["topics"] = sorted({*kept["topics"], *later["topics"]})[:MAX_THREAD_TOPICS]
    kept["problem"] = kept.get("problem", True) or later.get("problem", True)
    if later["last_at"] >= kept["last_at"]:
        for name in ("last_at", "last_channel", "last_event_id", "said_copy"):
            if name in later:
                kept[name] = later[name]


def _threads(
    older: list[dict[str, Any]], newer: list[dict[str, Any]], model: ModelConfig
) -> list[dict[str, Any]]:
    """Both keys' problem threads, oldest first. A thread opened while an open thread
    of the other key shared a topic within ``repeat_window_days`` is the same problem
    raised again under the other identifier: it joins that thread, as it would have
    had the two keys been one customer from the start."""
    ordered = sorted(
        ({**t, "episodes": [list(e) for e in t.get("episodes", [])]} for t in [*older, *newer]),
        key=_opened,
    )
    kept: list[dict[str, Any]] = []
    for thread in ordered:
        opened = _opened(thread)
        same = next(
            (
                k
                for k in reversed(kept)
                if k["open"]
                and thread["open"]
                and set(k["topics"]) & set(thread["topics"])
                and days_between(k["last_at"], opened) <= model.repeat_window_days
            ),
            None,
        )
        if same is None:
            kept.append(thread)
        else:
            _join(same, thread)
    return kept[-MAX_PROBLEMS:]


def _alerts(older: dict[str, Any], newer: dict[str, Any]) -> dict[str, Any]:
    """Each rule's memory from the key that alerted last: a cooldown or a disarmed
    rule of either key holds for the merged customer."""
    merged = dict(older)
    for rule, memory in newer.items():
        other = merged.get(rule)
        if other is None or (memory.get("last_at") or "") >= (other.get("last_at") or ""):
            merged[rule] = memory
    return merged


def merge_states(
    into: CustomerState, absorbed: CustomerState, model: ModelConfig = DEFAULT_MODEL
) -> CustomerState:
    """Fold the state of an absorbed customer into the survivor's (a new state).

    Totals and every map of counts (channels, topics, value sums) are summed,
    identifiers united, first seen widened; timed memories are interleaved in
    time (:data:`TIMED`, :data:`TIMED_MAPS`, open issues, survey answers),
    tallies of competitors and irritants summed, problem threads joined where
    both keys raised the same open problem (:func:`_threads`), and each rule's
    alert memory taken from the key that alerted last. For every other field the
    most recently active state wins, and a missing (None) value is filled from
    the other one. Re-run the model's refresh (churn risk) after it.
    """
    newer, older = (
        (absorbed, into)
        if (absorbed.last_seen or "") > (into.last_seen or "")
        else (into, absorbed)
    )
    new, old = newer.to_json(), older.to_json()
    data = dict(new)
    for name, value in old.items():
        if data.get(name) is None:
            data[name] = value
    data["customer_id"] = into.customer_id
    data["account_id"] = into.account_id or absorbed.account_id
    for name in SUMMED:
        data[name] = getattr(into, name) + getattr(absorbed, name)
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
    contacts = [s for s in (into.first_contact_at, absorbed.first_contact_at) if s]
    data["first_contact_at"] = min(contacts) if contacts else None
    seen = list(dict.fromkeys([*older.recent_event_ids, *newer.recent_event_ids]))
    data["recent_event_ids"] = seen[-RECENT_EVENTS:]
    for name, limit in TIMED.items():
        data[name] = _timed(old[name], new[name], limit)
    for name, limit in TIMED_MAPS.items():
        a, b = old[name], new[name]
        timed = {k: _timed(a.get(k, []), b.get(k, []), limit) for k in dict.fromkeys([*a, *b])}
        recent = sorted(timed, key=lambda k: timed[k][-1][0] if timed[k] else "")[-MAX_KEYS:]
        data[name] = {k: timed[k] for k in timed if k in recent}
    issues = {i.get("event_id"): i for i in [*older.open_issues, *newer.open_issues]}
    data["open_issues"] = sorted(issues.values(), key=lambda i: i["at"])[-MAX_OPEN_ISSUES:]
    for name, mean in SCORES.items():
        scores = [*old[name], *new[name]][-MAX_SCORES:]
        data[name] = scores
        data[mean] = sum(scores) / len(scores) if scores else None
    for name in TALLIES:
        data[name] = _tallies(old[name], new[name])
    data["problems"] = _threads(older.problems, newer.problems, model)
    data["alerts"] = _alerts(older.alerts, newer.alerts)
    return CustomerState.from_json(data)
