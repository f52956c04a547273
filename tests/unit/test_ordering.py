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


def test_a_touchpoint_still_held_after_its_batch_keeps_its_bytes_only() -> None:
    from schemas.models import EnrichedTouchpoint
    from streams.worker.records import ENRICHED_CODEC, read_record
    from tests.support.builders import enriched

    ordering = Ordering(["t:0"])

    def arriving(offset: int, minute: int) -> tuple[Any, EnrichedTouchpoint]:
        item = enriched(event_id=f"e{offset}", occurred_at=f"2026-11-20T10:{minute:02d}:00Z")
        value = ENRICHED_CODEC.encode(item.to_record())
        message = SimpleNamespace(offset=offset, value=value, headers=[], key=b"c1")
        return SimpleNamespace(message=message), item

    late, late_item = arriving(0, 30)
    early, early_item = arriving(1, 10)
    assert ordering.offer("t:0", 0, late, late_item)
    assert ordering.offer("t:0", 1, early, early_item)
    assert not ordering.offer("t:0", 1, early, early_item)  # a copy
    ordering.sequencer.report("t:0", 2, caught_up=False)  # the watermark: 10:30
    [released] = ordering.sequencer.release()
    assert released.touchpoint() is early_item  # released in its batch: never decoded again
    ordering.held.pop(released.event_id)
    ordering.settle()
    ordering.sequencer.report("t:0", 2, caught_up=True)
    [waited] = ordering.sequencer.release()
    assert waited.item is None  # held past its batch: the decoded record was dropped
    # and decoded again from the event's bytes (as it came from Kafka: Avro floats)
    assert waited.touchpoint() == read_record(late.message).value
    assert waited.touchpoint().event_id == late_item.event_id
