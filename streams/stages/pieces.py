"""Values too big for one Kafka record, kept in a table as pieces.

A table value is one record of the table's changelog, and a record must stay
under the broker's message size (1 MiB by default). The sequencer's
population state grows with the customers active in a window: at 100,000
customers a single save reached 1,015,261 bytes, the producer refused it and
the worker stopped producing (a ``voc bench`` run). :func:`put` writes a value
as pieces of its JSON text under ``<key>#<n>`` (one when it is short), and the
key itself says how many; :func:`get` reads them, or a value an older worker
wrote whole.
"""

from __future__ import annotations

import json
from collections.abc import MutableMapping
from typing import Any

#: Characters of JSON text per piece. The table's serializer writes each piece
#: as a JSON string, which can double it (escaped quotes): under 1 MiB still.
PIECE_CHARS = 300_000
#: The marker of a value kept in pieces.
PIECES = "__pieces__"


def put(store: MutableMapping[str, Any], key: str, value: Any) -> None:
    """``store[key] = value`` as pieces of its JSON text, one piece when it is short.

    The value is turned into JSON once: the table's serializer then writes each
    piece as a JSON string, which costs little (a value set whole would be
    serialised again, at every save: the population state is saved every second).
    """
    text = json.dumps(value, separators=(",", ":"))
    before = _count(store.get(key))
    parts = [text[i : i + PIECE_CHARS] for i in range(0, len(text), PIECE_CHARS)]
    for n, part in enumerate(parts):
        store[f"{key}#{n}"] = part
    count = len(parts)
    store[key] = {PIECES: count}  # last: a restart reads pieces all written
    for n in range(count, before):
        del store[f"{key}#{n}"]


def drop(store: MutableMapping[str, Any], key: str) -> None:
    """Remove what :func:`put` wrote under ``key``, its pieces first."""
    for n in range(_count(store.get(key))):
        del store[f"{key}#{n}"]
    store.pop(key, None)


def get(store: MutableMapping[str, Any], key: str) -> Any:
    """The value :func:`put` wrote under ``key`` (None when there is none)."""
    value = store.get(key)
    count = _count(value)
    if not count:
        return value
    return json.loads("".join(store[f"{key}#{n}"] for n in range(count)))


def _count(value: Any) -> int:
    if isinstance(value, dict) and set(value) == {PIECES}:
        return int(value[PIECES])
    return 0
