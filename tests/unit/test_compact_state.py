"""The customers table holds each state compressed, and still reads what older workers wrote."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest

from streams.alerts.rules import load_rules_config
from streams.customer.compact import DICTIONARY_V1, V1, CompactError, pack, unpack
from streams.customer.state import CustomerState
from streams.stages.customer import CustomerStep
from streams.stages.records import ROWS, TOUCHPOINT
from tests.support.builders import NOW, enriched


def customer(key: str = "c-1") -> dict[str, Any]:
    return {"customer_id": key, "email": None, "account_id": None}


def test_the_v1_dictionary_never_changes() -> None:
    # Every stored state of version 1 was compressed against these bytes: a
    # new dictionary needs a new version byte, never an edit of this one.
    digest = hashlib.sha256(DICTIONARY_V1).hexdigest()
    assert digest == "1a6090fc6bfe371d77918107fae50ec6257b01db95d09c02c282322417cd7291"


def test_a_state_round_trips_and_takes_a_fraction_of_its_json() -> None:
    step = CustomerStep(load_rules_config(), {}, lambda key: 0)
    step.handle(TOUCHPOINT, "c-1", enriched(event_id="e-1", customer=customer()), NOW)
    state = step.load_state("c-1")
    document = state.to_document()
    stored = pack(document)
    assert stored[:1] == V1 and unpack(stored) == document
    assert len(stored) * 3 < len(document)
    assert CustomerState.from_document(stored) == CustomerState.from_document(document)


def test_the_table_holds_the_compact_form_and_the_row_the_json() -> None:
    customers: dict[str, Any] = {}
    step = CustomerStep(load_rules_config(), customers, lambda key: 0)
    outs = step.handle(TOUCHPOINT, "c-1", enriched(event_id="e-1", customer=customer()), NOW)
    assert customers["c-1"][:1] == V1
    [row] = [o.value[1] for o in outs if o.topic == ROWS and o.value[0] == "customers"]
    state_column = next(v for v in row if isinstance(v, str) and v.startswith("{"))
    assert state_column.encode() == unpack(customers["c-1"])


def test_a_table_written_as_json_by_an_older_worker_goes_on() -> None:
    # A changelog restored from before the compact form: plain JSON documents.
    step = CustomerStep(load_rules_config(), {}, lambda key: 0)
    step.handle(TOUCHPOINT, "c-1", enriched(event_id="e-1", customer=customer()), NOW)
    old_json = step.load_state("c-1").to_document()
    customers: dict[str, Any] = {"c-1": old_json}
    restarted = CustomerStep(load_rules_config(), customers, lambda key: 0)
    replay = enriched(event_id="e-1", customer=customer())
    assert restarted.handle(TOUCHPOINT, "c-1", replay, NOW) == []  # seen already: a replay
    second = enriched(event_id="e-2", occurred_at="2026-11-21T09:00:00Z", customer=customer())
    restarted.handle(TOUCHPOINT, "c-1", second, NOW)
    state = CustomerState.from_document(customers["c-1"])
    assert state.contact_count == 2 and customers["c-1"][:1] == V1


def test_states_decoded_again_after_the_cache_equal_the_cached_ones() -> None:
    customers: dict[str, Any] = {}
    step = CustomerStep(load_rules_config(), customers, lambda key: 0)
    step.handle(TOUCHPOINT, "c-1", enriched(event_id="e-1", customer=customer()), NOW)
    cached = step.load_state("c-1")  # the object saved last
    step.save_state("c-1", cached)
    fresh = CustomerStep(load_rules_config(), customers, lambda key: 0).load_state("c-1")
    assert fresh is not cached and fresh == cached


@pytest.mark.parametrize("value", [b"", b"\x07abc", b"\x01not lz4 at all"])
def test_a_value_of_no_known_form_is_a_clear_error(value: bytes) -> None:
    with pytest.raises(CompactError):
        unpack(value)
