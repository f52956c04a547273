"""The sequence agent's working state: which arrived offsets a restart must skip."""

from __future__ import annotations

import random
import time
from types import SimpleNamespace
from typing import Any

from streams.worker.ordering import Ordering


def event(offset: int) -> Any:
    return SimpleNamespace(message=SimpleNamespace(offset=offset))


def scanned(ordering: Ordering) -> set[int]:
    """The definition: every arrived event that is not held."""
    return {e.message.offset for e, event_id in ordering.arrived if event_id not in ordering.held}


def test_released_ahead_is_what_a_scan_of_arrived_finds() -> None:
    rng = random.Random(5)
    for _ in range(50):
        ordering = Ordering(["t:0"])
        offsets = list(range(60))
        rng.shuffle(offsets)  # a re-read brings lower offsets after higher ones
        for offset in offsets:
            e = event(offset)
            if rng.random() < 0.3:  # progress, erasure or a copy: never held
                ordering.arrive(e, None)
            else:
                ordering.hold(f"e{offset}", e)
            for event_id in [k for k in ordering.held if rng.random() < 0.2]:  # released
                released, _ = ordering.unhold(event_id)
                assert released is not None
            while ordering.arrived and (
                ordering.arrived[0][1] is None or ordering.arrived[0][1] not in ordering.held
            ):
                ordering.leave()
            assert ordering.released_ahead() == scanned(ordering)


def test_unhold_gives_the_event_and_how_long_it_was_held() -> None:
    ordering = Ordering(["t:0"])
    e = event(7)
    ordering.hold("e7", e)
    time.sleep(0.02)
    released, seconds = ordering.unhold("e7")
    assert released is e and 0.02 <= seconds < 5
    assert ordering.released_ahead() == {7}  # released, still behind nothing: ackable
    # Released again (a copy after a restart): nothing held, nothing measured.
    assert ordering.unhold("e7") == (None, 0.0)
    ordering.hold("e8", event(8))
    ordering.reset()
    assert ordering.unhold("e8") == (None, 0.0)
