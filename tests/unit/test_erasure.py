"""Erasure through the pure topology (streams.local runs the worker's steps).

A person known under a customer id, an e-mail and a phone (merged by identity
resolution), a B2B contact of an account, is erased: the graph, every state
key, the account's contact entry and its waiting updates go; other people stay
as they were; a touchpoint ingested after the request starts a new customer;
one ingested before but released after is erased with them.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from schemas.models import EnrichedTouchpoint
from streams.customer.state import CustomerState
from streams.local import LocalPipeline
from streams.stages.accounts import AccountState, AccountStep, load_account_config
from streams.stages.erasure import (
    ERASE_MARKER,
    ErasureRequest,
    InvalidRequest,
    erased_before,
    normalise_subject,
    subject_hash,
)
from tests.support.builders import NOW, enriched

ANN = {"customer_id": None, "email": "ann@example.com", "phone": None, "account_id": "acme"}
ANN_PHONE = {"customer_id": None, "email": None, "phone": "+33 6 12 34 56 78", "account_id": "acme"}
ANN_ID = {"customer_id": "c-ann", "email": "ann@example.com", "phone": None, "account_id": "acme"}
ANN_LINK = {"customer_id": None, "email": "ann@example.com", "phone": "+33612345678"}
BOB = {"customer_id": "c-bob", "email": "bob@example.com", "phone": None, "account_id": "acme"}


def tp(event_id: str, day: int, customer: dict[str, Any], **extra: Any) -> EnrichedTouchpoint:
    return enriched(
        event_id=event_id,
        occurred_at=f"2026-11-{day:02d}T09:00:00Z",
        customer=customer,
        text=f"message {event_id}",
        **extra,
    )


def ann_and_bob() -> list[EnrichedTouchpoint]:
    return [
        tp("a-1", 10, ANN),  # key email:ann@...
        tp("a-2", 11, ANN_PHONE),  # key phone:+336...
        tp("b-1", 11, BOB),
        tp("a-3", 12, ANN_LINK),  # links e-mail and phone: one merge
        tp("a-4", 13, ANN_ID),  # the customer id absorbs them: c-ann
        tp("b-2", 14, BOB),
        tp("a-5", 15, ANN_ID),
    ]


def states(run: LocalPipeline) -> dict[str, CustomerState]:
    return {k: CustomerState.from_document(v) for k, v in run.customers.items()}


def test_subjects_are_normalised_like_identity_resolution() -> None:
    assert normalise_subject("c-42") == "id:c-42"
    assert normalise_subject("id:c-42") == "id:c-42"
    assert normalise_subject("email: Ann@Example.COM") == "email:ann@example.com"
    assert normalise_subject("phone:+33 6 12 34 56 78") == normalise_subject("phone:+33612345678")
    assert normalise_subject("handle:@Ann") == normalise_subject("handle:ann")
    for bad in ("", "email:", "phone:abc"):
        with pytest.raises(InvalidRequest):
            normalise_subject(bad)


def test_a_request_never_quotes_its_identifier_in_errors_and_hashes_it() -> None:
    with pytest.raises(InvalidRequest) as error:
        ErasureRequest.decode(b'{"subject": "phone:not-a-number-ann"}')
    assert "ann" not in str(error.value)
    request = ErasureRequest.decode(b'{"subject": "email:Ann@example.com"}', NOW)
    assert request.subject == "email:ann@example.com" and request.requested_at == NOW
    assert request.request_id and "ann" not in request.request_id
    assert subject_hash(request.subject) == subject_hash("email:ann@example.com")
    assert "ann" not in subject_hash(request.subject)
    again = ErasureRequest.decode(request.encode())
    assert again == request


def test_erasure_removes_the_person_everywhere_in_state() -> None:
    run = LocalPipeline(partitions=4)
    run.run(ann_and_bob(), NOW)
    before = states(run)
    assert before["c-ann"].contact_count == 5 and before["c-bob"].contact_count == 2
    contacts = run.accounts["acme"]["contacts"]
    # Her e-mail entry folds into hers once a touchpoint of the account links them; her
    # phone entry stays (it was linked on a touchpoint naming no account).
    assert {"c-ann", "c-bob", "phone:+33612345678"} == set(contacts)
    assert "email:ann@example.com" in contacts["c-ann"]["identifiers"]
    graph = run.steps.resolve.graph
    assert graph.key_of("phone:+33612345678") == "c-ann"
    absorbed = sorted(k for k, s in before.items() if s.merged_into)
    assert absorbed, "the e-mail and phone keys were merged into c-ann"

    run.erase(ErasureRequest.new("phone:+33 6 12 34 56 78", NOW), NOW)

    after = states(run)
    assert set(after) == {"c-bob"}, "every key of Ann's is deleted, Bob's is untouched"
    assert after["c-bob"].to_document() == before["c-bob"].to_document()
    for identifier in ("id:c-ann", "email:ann@example.com", "phone:+33612345678"):
        assert graph.key_of(identifier) is None
    assert not [name for name in run.sequencer_store if "ann" in name or "336123" in name]
    assert set(run.accounts["acme"]["contacts"]) == {"c-bob"}
    [marker] = run.erasures
    assert marker["survivor"] == "c-ann"
    assert set(marker["keys"]) == {"c-ann", *absorbed}
    assert set(marker["identifiers"]) >= {"id:c-ann", "email:ann@example.com"}
    assert "c-ann" not in run.rows.get("customers", {})
    assert all(a.customer_id != "c-ann" for a in run.alerts)


def test_after_the_request_a_touchpoint_starts_a_new_customer_before_it_is_erased() -> None:
    run = LocalPipeline(partitions=2)
    run.run(ann_and_bob(), NOW)
    request = ErasureRequest.new("c-ann", NOW)
    run.erase(request, NOW)
    # ingested before the request (in a backlog): erased with her, never applied
    late = tp("a-6", 16, ANN_ID, ingested_at=NOW - timedelta(seconds=1))
    # ingested after: a new customer, with nothing of the old one
    fresh = tp("a-7", 17, ANN_ID, ingested_at=NOW + timedelta(seconds=1))
    run.run([late, fresh], NOW + timedelta(seconds=2))
    ann = states(run)["c-ann"]
    assert ann.contact_count == 1 and not ann.absorbed_keys
    assert run.steps.resolve.graph.key_of("email:ann@example.com") == "c-ann"
    # erasing again is idempotent and erases the new one
    run.erase(ErasureRequest.new("email:ann@example.com", NOW + timedelta(seconds=3)), NOW)
    run.erase(ErasureRequest.new("email:ann@example.com", NOW + timedelta(seconds=3)), NOW)
    assert set(states(run)) == {"c-bob"}
    assert len(run.erasures) == 3


def test_markers_hold_hashes_and_match_by_ingestion_time() -> None:
    markers = {subject_hash("email:ann@example.com"): NOW.timestamp()}
    assert erased_before(markers, ["email:ann@example.com"], NOW.timestamp())
    assert not erased_before(markers, ["email:ann@example.com"], NOW.timestamp() + 1)
    assert not erased_before(markers, ["email:bob@example.com"], NOW.timestamp())


def test_the_account_drops_the_contact_and_keeps_its_waiting_numbers() -> None:
    accounts: dict[str, Any] = {}
    step = AccountStep(load_account_config({}), accounts)
    contact = {"customer_id": "c-ann", "sentiment_trend": -0.5, "last_sentiment": -0.6}
    bob = {"customer_id": "c-bob", "sentiment_trend": 0.1, "last_sentiment": 0.2}
    step.handle("acme", {"seq": 1, "contact": bob, "event": tp("b-1", 10, BOB)}, NOW)
    # Ann's update numbered 3 waits for number 2 (from another partition)
    step.handle("acme", {"seq": 3, "contact": contact, "event": tp("a-1", 11, ANN)}, NOW)
    outs = step.handle("acme", {"erase": {"keys": ["c-ann"], "request_id": "r"}}, NOW)
    account = AccountState.from_json(accounts["acme"])
    assert account.waiting["3"] == {"seq": 3, "erased": True}, "her event is gone, not its number"
    assert "a-1" not in str(accounts["acme"]) and "ann@" not in str(accounts["acme"])
    assert outs == [] or all("c-ann" not in str(o.value) for o in outs)
    step.handle("acme", {"seq": 2, "contact": bob, "event": tp("b-2", 12, BOB)}, NOW)
    account = AccountState.from_json(accounts["acme"])
    assert account.next_seq == 4 and set(account.contacts) == {"c-bob"}


def test_the_marker_name_is_the_store_writers() -> None:
    from sinks.clickhouse.erasure import ERASE_MARKER as WRITER_MARKER

    assert ERASE_MARKER == WRITER_MARKER


def test_an_erasure_behind_a_merge_in_flight_waits_for_the_transfer() -> None:
    """The survivor's erase arrives before the absorbed state: a late transfer
    must not bring the person back, and what came after the erase is a new customer."""
    from streams.alerts.rules import load_rules_config
    from streams.stages.customer import CustomerStep
    from streams.stages.erasure import ERASE
    from streams.stages.records import ABSORB, ROWS, TOUCHPOINT, TRANSFER

    old = "email:ann@example.com"
    customers: dict[str, Any] = {}
    step = CustomerStep(load_rules_config(), customers, lambda key: 0)
    first = tp("a-1", 10, {"customer_id": None, "email": "ann@example.com"})
    second = tp("a-2", 11, {"customer_id": "c-ann", "email": None})
    merge = tp("a-3", 12, {"customer_id": "c-ann", "email": "ann@example.com"})
    merge.merged_keys = [old]
    step.handle(TOUCHPOINT, old, first, NOW)
    step.handle(TOUCHPOINT, "c-ann", second, NOW)
    step.handle(TOUCHPOINT, "c-ann", merge, NOW)  # waits for the absorbed state
    erase = {"request_id": "r", "survivor": "c-ann", "keys": ["c-ann", old], "identifiers": []}
    queued = step.handle(ERASE, "c-ann", erase, NOW)  # queued behind the merge
    assert ERASE_MARKER not in [o.value[0] for o in queued if o.topic == ROWS]
    assert CustomerState.from_document(customers["c-ann"]).pending[-1][0] == ERASE
    later = tp("a-4", 13, {"customer_id": "c-ann", "email": None})
    step.handle(TOUCHPOINT, "c-ann", later, NOW)  # published after the request
    [transfer] = [
        o
        for o in step.handle(ABSORB, old, {"into": "c-ann", "event_id": "a-3"}, NOW)
        if o.kind == TRANSFER
    ]
    step.handle(ERASE, old, erase, NOW)
    assert old not in customers, "the absorbed key's copy of her history is deleted"
    outs = step.handle(TRANSFER, transfer.key, transfer.value, NOW)
    assert ERASE_MARKER in [o.value[0] for o in outs if o.topic == ROWS]
    fresh = CustomerState.from_document(customers["c-ann"])
    assert fresh.contact_count == 1 and fresh.absorbed_keys == [] and fresh.pending == []
    # without the later touchpoint, nothing is left at all (a tombstone)
    customers.clear()
    step.handle(TOUCHPOINT, old, first, NOW)
    step.handle(TOUCHPOINT, "c-ann", second, NOW)
    step.handle(TOUCHPOINT, "c-ann", merge, NOW)
    step.handle(ERASE, "c-ann", erase, NOW)
    [transfer] = [
        o
        for o in step.handle(ABSORB, old, {"into": "c-ann", "event_id": "a-3"}, NOW)
        if o.kind == TRANSFER
    ]
    step.handle(ERASE, old, erase, NOW)
    step.handle(TRANSFER, transfer.key, transfer.value, NOW)
    assert customers == {}


def test_a_request_read_again_is_not_applied_twice() -> None:
    """A restart or a rebalance can deliver the same request again: by then her
    phone may be a new customer, whom the request must not erase."""
    run = LocalPipeline(partitions=2)
    run.run(ann_and_bob(), NOW)
    request = ErasureRequest.new("phone:+33 6 12 34 56 78", NOW)
    run.erase(request, NOW)
    fresh = tp("a-7", 17, ANN_PHONE, ingested_at=NOW + timedelta(seconds=1))
    run.run([fresh], NOW + timedelta(seconds=2))
    run.erase(request, NOW + timedelta(seconds=3))  # the same request, read again
    assert set(states(run)) == {"c-bob", "phone:+33612345678"}
    assert len(run.erasures) == 1


def test_erasure_forgets_the_case_references_our_replies_gave_them() -> None:
    reply = enriched(
        event_id="r-1",
        occurred_at="2026-11-10T09:05:00Z",
        customer=ANN_ID,
        direction="outbound",
        text="We've logged it as KOR-192352.",
    )
    run = LocalPipeline(partitions=2)
    run.run([tp("a-1", 10, ANN_ID), reply], NOW)
    graph = run.steps.resolve.graph
    assert graph.case_owner("KOR192352") == "c-ann"
    run.erase(ErasureRequest.new("id:c-ann", NOW), NOW)
    assert graph.case_owner("KOR192352") is None
    assert "case:KOR192352" not in run.sequencer_store
