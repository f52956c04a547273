"""The sequence agent's working state: which arrived offsets a restart must skip."""

from __future__ import annotations

import random
from types import SimpleNamespace
from typing import Any

from streams.worker.ordering import Ordering


def event(offset: int) -> Any:
    return SimpleNamespace(message=SimpleNamespace(offset=offset))


def scanned(ordering: Ordering, held: dict[str, Any]) -> set[int]:
    """The definition: every arrived event that is not held."""
    return {e.message.offset for e, event_id in ordering.arrived if event_id not in held}


def test_released_ahead_is_what_a_scan_of_arrived_finds() -> None:
    rng = random.Random(5)
    for _ in range(50):
        ordering = Ordering(["t:0"])
        held: dict[str, Any] = {}
        offsets = list(range(60))
        rng.shuffle(offsets)  # a re-read brings lower offsets after higher ones
        for offset in offsets:
            e = event(offset)
            if rng.random() < 0.3:  # progress, erasure or a copy: never held
                ordering.arrive(e, None)
            else:
                held[f"e{offset}"] = e
                ordering.arrive(e, f"e{offset}")
            for event_id in [k for k in held if rng.random() < 0.2]:  # released
                ordering.released(held.pop(event_id))
            while ordering.arrived and (
                ordering.arrived[0][1] is None or ordering.arrived[0][1] not in held
            ):
                ordering.leave()
            assert ordering.released_ahead() == scanned(ordering, held)
