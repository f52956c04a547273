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

from datetime import timedelta
from typing import Any

from streams.customer.config import DEFAULT_MODEL, ModelConfig
from streams.customer.state import (
    MAX_CASE_REFS,
    MAX_OPEN_ISSUES,
    MAX_SCORED,
    MAX_SCORES,
    MAX_SIGNALS,
    RECENT_EVENTS,
    CustomerState,
)
from streams.customer.threads import (
    MAX_PER_TOPIC,
    MAX_PROBLEMS,
    MAX_RECENT_CONTACTS,
    MAX_SAID,
    MAX_THREAD_REFS,
    MAX_THREAD_TOPICS,
    other_matter,
)
from streams.customer.timeline import MAX_KEYS, days_between, parse_time
from streams.customer.wording import ABOUT_OUR_ANSWER

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
    "case_refs": MAX_CASE_REFS,
}
#: Maps of timed memories (topic or signal -> [[occurred_at, event id, ...]]).
TIMED_MAPS = {"topic_contacts": MAX_PER_TOPIC, "signals": MAX_SIGNALS}
#: Survey answers kept for the rolling means, and the mean each one feeds.
SCORES = {"nps_recent": "nps_rolling", "csat_recent": "csat_rolling", "ces_recent": "ces_rolling"}
#: Per-name tallies ({"count", "negative", "last_seen", "last_event_id"}).
TALLIES = ("competitors", "irritants")
#: Which key's state a problem thread came from, while :func:`_threads` joins them.
_KEY = "_key"


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
    said = {s[1]: list(s) for s in [*kept.get("said", []), *later.get("said", [])]}
    if said:
        kept["said"] = sorted(said.values())[-MAX_PER_TOPIC:]
    if later.get("joined") or kept.get(_KEY) != later.get(_KEY):
        kept["joined"] = True  # one problem raised under two identifiers
    kept["topics"] = sorted({*kept["topics"], *later["topics"]})[:MAX_THREAD_TOPICS]
    refs = {*kept.get("refs", []), *later.get("refs", [])}
    if refs:
        kept["refs"] = sorted(refs)[-MAX_THREAD_REFS:]
    codes = {*kept.get("codes", []), *later.get("codes", [])}
    if codes:
        kept["codes"] = sorted(codes)[-MAX_THREAD_REFS:]
    kept["problem"] = kept.get("problem", True) or later.get("problem", True)
    if later["last_at"] >= kept["last_at"]:
        for name in ("last_at", "last_channel", "last_event_id", "said_copy", "named_again"):
            if name in later:
                kept[name] = later[name]


def _says_again(thread: dict[str, Any]) -> bool:
    """The thread opened with a contact saying it is a repeat or still so."""
    return bool(thread["episodes"]) and any(
        s[0] <= thread["episodes"][0][0] for s in thread.get("said", [])
    )


def _same_problem(kept: dict[str, Any], thread: dict[str, Any], model: ModelConfig) -> bool:
    """``thread``, opened later, raises again the open problem ``kept``: they share a
    topic; or, under the other identifier (where that problem was unknown), it names
    no topic of its own ("still no answer") or opened saying it is a repeat or still
    so, while ``kept`` was an open problem of the window, as one key's fold would
    have joined them (:func:`streams.customer.threads._fold_problem`)."""
    if not (kept["open"] and thread["open"]):
        return False
    if days_between(kept["last_at"], _opened(thread)) > model.repeat_window_days:
        return False
    if other_matter(kept, frozenset(thread.get("refs", []))):
        return False  # another order, case or booking than the problem's
    if set(kept["topics"]) & set(thread["topics"]):
        return True
    if kept.get(_KEY) == thread.get(_KEY) or not kept.get("problem", True):
        return False
    untold = not set(thread["topics"]) - ABOUT_OUR_ANSWER and thread.get("problem", True)
    return untold or _says_again(thread)


def _place(threads: list[dict[str, Any]], said: list[Any], side: int, model: ModelConfig) -> bool:
    """Place a contact that said it is a repeat or still so and found no problem under
    its own key ([at, event id, channel, topics]: ``said_unplaced``) in the open problem
    of the other key it refers to: opened before it, raised in the window before it,
    on one of its topics or, naming none, whatever its topic (as
    :func:`streams.customer.threads._fold_problem` joins "any news?" to the customer's
    open problem). False when there is none."""
    at, event_id, channel, topics = said[0], said[1], said[2], set(said[3])
    since = (parse_time(at) - timedelta(days=model.repeat_window_days)).isoformat()
    thread = next(
        (
            t
            for t in reversed(threads)
            if t["open"]
            and t.get("problem", True)
            and (t.get(_KEY) != side or t.get("joined"))
            and _opened(t) <= at
            and any(since <= e[0] <= at for e in t["episodes"])
            and (not topics or topics & set(t["topics"]))
        ),
        None,
    )
    if thread is None:
        return False
    last = max((e for e in thread["episodes"] if e[0] <= at), default=None)
    gap_h = days_between(last[0], at) * 24 if last else model.episode_hours
    if last is None or last[2] != channel or gap_h >= model.episode_hours:
        episodes = {e[1]: e for e in [*thread["episodes"], [at, event_id, channel]]}
        thread["episodes"] = sorted(episodes.values())[-MAX_PER_TOPIC:]
    thread["said"] = sorted([*thread.get("said", []), [at, event_id]])[-MAX_PER_TOPIC:]
    thread["joined"] = True
    if at >= thread["last_at"]:
        thread["last_at"], thread["last_channel"] = at, channel
        thread["last_event_id"] = event_id
    return True


def _refer(thread: dict[str, Any], other: CustomerState, model: ModelConfig) -> None:
    """A thread that opened saying it is a repeat or still so, with nothing earlier
    under its own key, refers back to the other key's last contact on its topics
    of the window, since that key's last thanks (a calm question: "how long does
    a refund take?", then "ANCORA niente. Vi ho gia' scritto"), as
    :func:`streams.customer.threads._referred` does under one key: that contact
    becomes the thread's first."""
    if not thread["open"] or thread.get("joined") or not _says_again(thread):
        return
    opened = _opened(thread)
    since = (parse_time(opened) - timedelta(days=model.repeat_window_days)).isoformat()
    unthanked = {c[1] for c in other.recent_contacts}
    # not a contact of a problem about another order, case or booking
    refs = frozenset(thread.get("refs", []))
    elsewhere = {e[1] for t in other.problems if other_matter(t, refs) for e in t["episodes"]}
    earlier = [
        e
        for topic in set(thread["topics"]) - ABOUT_OUR_ANSWER
        for e in other.topic_contacts.get(topic, [])
        if since <= e[0] < opened and e[1] in unthanked and e[1] not in elsewhere
    ]
    if earlier:
        first = max(earlier)
        channel = first[2] if len(first) > 2 else ""
        thread["episodes"] = [[first[0], first[1], channel], *thread["episodes"]][-MAX_PER_TOPIC:]
        thread["joined"] = True


def _threads(
    older: list[dict[str, Any]],
    newer: list[dict[str, Any]],
    model: ModelConfig,
    unplaced: tuple[list[Any], list[Any]] = ([], []),
    states: tuple[CustomerState, CustomerState] | None = None,
) -> tuple[list[dict[str, Any]], list[Any]]:
    """Both keys' problem threads, oldest first, and the said-so contacts still
    unplaced (:func:`_place`; ``unplaced``: each key's; ``states``: both keys',
    for :func:`_refer`). A thread opened while an
    open thread of the other key was the same problem within ``repeat_window_days``
    (:func:`_same_problem`) is that problem raised again under the other identifier:
    it joins that thread, as it would have had the two keys been one customer from
    the start, and the thread is marked ``"joined"`` (a merge may reveal a repeat
    contact: :func:`streams.alerts.rules.merge_repeat_contact`)."""
    ordered = sorted(
        (
            {**t, "episodes": [list(e) for e in t.get("episodes", [])], _KEY: side}
            for side, threads in enumerate((older, newer))
            for t in threads
        ),
        key=_opened,
    )
    kept: list[dict[str, Any]] = []
    for thread in ordered:
        same = next((k for k in reversed(kept) if _same_problem(k, thread, model)), None)
        if same is None:
            kept.append(thread)
        else:
            _join(same, thread)
    left = [
        said
        for side, saids in enumerate(unplaced)
        for said in saids
        if not _place(kept, said, side, model)
    ]
    for thread in kept:
        if states is not None and not thread.get("joined"):
            _refer(thread, states[1 - thread[_KEY]], model)
        del thread[_KEY]
    return kept[-MAX_PROBLEMS:], sorted(left)[-MAX_SAID:]


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
    unplaced = (older.said_unplaced, newer.said_unplaced)
    data["problems"], data["said_unplaced"] = _threads(
        older.problems, newer.problems, model, unplaced, (older, newer)
    )
    data["alerts"] = _alerts(older.alerts, newer.alerts)
    return CustomerState.from_json(data)
