"""The topology gives one result whatever the arrival order and the partition count.

``voc eval alerts`` runs these steps (streams.local); N partitions must give
exactly what one gives, and a scenario read in any order the same as in time order.
"""

from __future__ import annotations

import json
import random
import struct
from datetime import UTC, datetime
from typing import Any

import pytest

from schemas.models import EnrichedTouchpoint
from streams.customer.state import CustomerState
from streams.local import LocalPipeline
from streams.stages.decode import decode_touchpoint
from streams.tools.simulator import ScenarioConfig, simulate_stream


@pytest.fixture(scope="module")
def scenario() -> list[EnrichedTouchpoint]:
    from streams.stages.enrich import Enricher

    events, _ = simulate_stream(ScenarioConfig(customers=120, accounts=3, days=14, seed=5))
    now = datetime(2027, 1, 1, tzinfo=UTC)
    touchpoints = [decode_touchpoint(json.dumps(e).encode(), now) for e in events]
    keys = [tp.customer.best_key() for tp in touchpoints]
    return list(Enricher().enrich(touchpoints, keys, now))


def outcome(items: list[EnrichedTouchpoint], partitions: int, batch: int) -> dict[str, Any]:
    run = LocalPipeline(partitions=partitions)
    now = datetime(2027, 1, 1, tzinfo=UTC)
    for start in range(0, len(items), batch):  # batches, as the worker's ingest sends them
        run.run([item.model_copy(deep=True) for item in items[start : start + batch]], now)
    states = {k: CustomerState.from_document(v) for k, v in run.customers.items()}
    return {
        "alerts": sorted(a.dedup_key for a in run.alerts),
        "contacts": {k: s.contact_count for k, s in states.items() if not s.merged_into},
        "merged": {k: s.merged_into for k, s in states.items() if s.merged_into},
        "accounts": {k: v["next_seq"] for k, v in run.accounts.items()},
    }


def test_partitions_and_arrival_order_do_not_change_the_result(
    scenario: list[EnrichedTouchpoint],
) -> None:
    reference = outcome(scenario, partitions=1, batch=97)
    # Read out of order (the sequencer holds everything until the source is caught up).
    shuffled = list(scenario)
    random.Random(3).shuffle(shuffled)
    assert sum(reference["contacts"].values()) == len(scenario)
    assert reference["alerts"], "the scenario raises alerts"
    for items, partitions, batch in ((scenario, 12, 97), (shuffled, 3, len(shuffled))):
        other = outcome(items, partitions, batch)
        for part in reference:
            assert other[part] == reference[part], f"{part} ({partitions} partitions)"


def test_the_steps_read_each_touchpoint_as_the_worker_carries_it(
    scenario: list[EnrichedTouchpoint],
) -> None:
    # The worker's stages pass touchpoints as Avro, floats in 32 bits: a rule at
    # its threshold must see the value the worker's sees (-0.8665 is -0.86650002).
    said = next(i for i in scenario if i.scored and i.text)
    item = said.model_copy(update={"sentiment": -0.8665})
    run = LocalPipeline()
    run.run([item], datetime(2027, 1, 1, tzinfo=UTC))
    (state,) = (CustomerState.from_document(v) for v in run.customers.values())
    assert state.last_sentiment == struct.unpack("<f", struct.pack("<f", -0.8665))[0]
    assert state.last_sentiment != -0.8665
