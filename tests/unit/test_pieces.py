"""Table values over a Kafka record's size are kept in pieces (streams/stages/pieces.py)."""

from __future__ import annotations

import json
from typing import Any

from streams.stages import pieces


def test_a_small_value_is_one_piece_of_json_text() -> None:
    store: dict[str, Any] = {}
    pieces.put(store, "k", {"a": [1, 2]})
    # already JSON: the table's serializer writes a string, not the value again
    assert store == {"k": {pieces.PIECES: 1}, "k#0": '{"a":[1,2]}'}
    assert pieces.get(store, "k") == {"a": [1, 2]}
    assert pieces.get(store, "missing") is None


def test_a_value_an_older_worker_kept_whole_still_reads() -> None:
    store: dict[str, Any] = {"k": {"a": [1, 2]}}
    assert pieces.get(store, "k") == {"a": [1, 2]}
    pieces.put(store, "k", {"b": 3})
    assert pieces.get(store, "k") == {"b": 3}


def test_a_big_value_is_kept_in_pieces_each_under_a_record_and_read_back() -> None:
    store: dict[str, Any] = {}
    value = {f"customer:{n}": [n, "x" * 20, 'quote " inside'] for n in range(40_000)}
    pieces.put(store, "spikes", value)
    parts = [k for k in store if k.startswith("spikes#")]
    assert len(parts) >= 2 and store["spikes"] == {pieces.PIECES: len(parts)}
    # each record as the table's JSON serializer writes it: under 1 MiB
    assert all(len(json.dumps(store[k]).encode()) < 1 << 20 for k in parts)
    assert pieces.get(store, "spikes") == value


def test_a_value_that_shrinks_leaves_no_stale_pieces() -> None:
    store: dict[str, Any] = {}
    pieces.put(store, "k", ["y" * 50] * 20_000)
    assert any(k.startswith("k#") for k in store)
    pieces.put(store, "k", ["small"])
    assert store == {"k": {pieces.PIECES: 1}, "k#0": '["small"]'}


def test_a_dropped_value_leaves_no_pieces() -> None:
    store: dict[str, Any] = {"other": 1}
    pieces.put(store, "k", ["y" * 50] * 20_000)
    pieces.drop(store, "k")
    pieces.drop(store, "never-written")
    assert store == {"other": 1}
