"""Identity resolution: linking identifiers across channels, merges, persistence."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from schemas.models import CustomerRef
from streams.customer.merge import merge_states
from streams.customer.state import CustomerState
from streams.stages.identity import IdentityGraph, MergeRecord

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def ref(**ids: str | None) -> CustomerRef:
    return CustomerRef(**ids)


def test_email_and_phone_linked_then_phone_only_lands_on_same_customer() -> None:
    graph = IdentityGraph()
    first = graph.resolve(ref(email="Eric@Example.com", phone="06 12 34 56 78"), "e-1", T0)
    assert first.customer_key == "email:eric@example.com"
    assert first.new_links == ["email:eric@example.com", "phone:0612345678"]
    later = graph.resolve(ref(phone="06.12.34.56.78"), "e-2", T0 + timedelta(days=3))
    assert later.customer_key == "email:eric@example.com"
    assert later.new_links == [] and later.merges == []


def test_customer_id_is_the_canonical_key_once_linked() -> None:
    graph = IdentityGraph()
    graph.resolve(ref(customer_id="c-42", email="eric@example.com"), "e-1", T0)
    assert graph.resolve(ref(email="ERIC@example.com"), "e-2", T0).customer_key == "c-42"
    assert graph.members("c-42") == ["id:c-42", "email:eric@example.com"]


def test_merge_of_two_existing_customers_is_recorded_and_followed() -> None:
    graph = IdentityGraph()
    assert graph.resolve(ref(handle="@Eric"), "e-1", T0).customer_key == "handle:eric"
    graph.resolve(ref(customer_id="c-42", email="eric@example.com"), "e-2", T0)
    linking = graph.resolve(
        ref(email="eric@example.com", handle="eric"), "e-3", T0 + timedelta(hours=1)
    )
    assert linking.customer_key == "c-42"
    expected = MergeRecord(
        identifiers=["email:eric@example.com", "handle:eric"],
        into="c-42",
        from_key="handle:eric",
        event_id="e-3",
        at=(T0 + timedelta(hours=1)).isoformat(),
    )
    assert linking.merges == [expected]
    assert graph.merges_of("c-42") == [expected]
    assert graph.all_merges() == [expected]
    assert graph.survivor("handle:eric") == "c-42"
    assert graph.resolve(ref(handle="eric"), "e-4", T0).customer_key == "c-42"


def test_identifier_only_customers_merge_into_the_older_one() -> None:
    graph = IdentityGraph()
    graph.resolve(ref(phone="+33612345678"), "e-1", T0)
    graph.resolve(ref(handle="eric"), "e-2", T0 + timedelta(hours=1))
    both = graph.resolve(ref(handle="eric", phone="+33612345678"), "e-3", T0 + timedelta(hours=2))
    assert both.customer_key == "phone:+33612345678"
    assert [m.from_key for m in both.merges] == ["handle:eric"]


def test_two_customer_ids_are_never_merged() -> None:
    graph = IdentityGraph()
    graph.resolve(ref(customer_id="c-1", email="family@example.com"), "e-1", T0)
    shared = graph.resolve(ref(customer_id="c-2", email="family@example.com"), "e-2", T0)
    assert shared.customer_key == "c-2"
    assert shared.merges == []
    assert shared.conflicts == ["email:family@example.com"]
    assert graph.key_of("email:family@example.com") == "c-1"


def test_replayed_event_changes_nothing() -> None:
    graph = IdentityGraph()
    graph.resolve(ref(handle="eric"), "e-1", T0)
    first = graph.resolve(ref(customer_id="c-42", handle="eric"), "e-2", T0)
    again = graph.resolve(ref(customer_id="c-42", handle="eric"), "e-2", T0)
    assert len(first.merges) == 1
    assert again.customer_key == "c-42" and again.merges == [] and again.new_links == []
    assert len(graph.merges_of("c-42")) == 1


def test_json_round_trip_and_changed_entries() -> None:
    graph = IdentityGraph()
    graph.resolve(ref(handle="eric"), "e-1", T0)
    graph.resolve(ref(customer_id="c-42", handle="eric", phone="0612345678"), "e-2", T0)
    changed = graph.entries_to_store()
    assert changed["handle:eric"] == "c-42"
    cluster = changed["cluster:handle:eric"]
    assert isinstance(cluster, dict) and cluster["merged_into"] == "c-42"
    assert graph.entries_to_store() == {}
    restored = IdentityGraph.from_json(json.loads(json.dumps(graph.to_json())))
    assert restored.resolve(ref(phone="06 12 34 56 78"), "e-3", T0).customer_key == "c-42"
    assert restored.merges_of("c-42") == graph.merges_of("c-42")


def test_identifier_entries_written_before_as_dicts_still_resolve() -> None:
    # Tables written before identifier entries became the bare key.
    table: dict[str, object] = {
        "id:c-7": {"key": "c-7", "event_id": "e-1", "at": T0.isoformat()},
        "email:a@b.c": {"key": "c-7", "event_id": "e-1", "at": T0.isoformat()},
        "cluster:c-7": {"members": ["id:c-7", "email:a@b.c"], "merges": [], "created_at": ""},
    }
    graph = IdentityGraph(table)
    assert graph.resolve(ref(email="a@b.c", phone="0612345678"), "e-2", T0).customer_key == "c-7"
    (phone,) = [i for i in ref(phone="0612345678").identifiers() if i.startswith("phone")]
    assert table[phone] == "c-7"  # a new entry: the key alone
    # A merge moves old and new entries alike.
    graph.resolve(ref(handle="eric"), "e-3", T0)
    merged = graph.resolve(ref(handle="eric", email="a@b.c"), "e-4", T0)
    assert merged.customer_key == "c-7" and graph.key_of("handle:eric") == "c-7"


def test_table_like_store_receives_every_write() -> None:
    table: dict[str, dict[str, object]] = {}
    IdentityGraph(table).resolve(ref(customer_id="c-7", email="a@b.c"), "e-1", T0)
    assert IdentityGraph(table).resolve(ref(email="a@b.c"), "e-2", T0).customer_key == "c-7"


def test_a_graph_over_a_table_keeps_no_list_of_changed_names() -> None:
    # The worker's table writes a changelog record per write: a list of every
    # name ever written would only grow (8 MiB at 100,000 customers).
    tracked, untracked = IdentityGraph(), IdentityGraph({}, track_changes=False)
    for graph in (tracked, untracked):
        graph.resolve(ref(handle="eric"), "e-1", T0)
        graph.resolve(ref(customer_id="c-42", handle="eric", phone="0612345678"), "e-2", T0)
    assert untracked.store == tracked.store
    assert untracked.entries_to_store() == {} and len(tracked.entries_to_store()) == 5


def test_merge_states_sums_counts_and_unites_identifiers() -> None:
    survivor = CustomerState(
        customer_id="c-42",
        identifiers=["id:c-42"],
        contact_count=3,
        channels={"email": 3},
        first_seen="2026-11-10T00:00:00+00:00",
        last_seen="2026-11-12T00:00:00+00:00",
        recent_event_ids=["e-1", "e-2", "e-3"],
    )
    absorbed = CustomerState(
        customer_id="handle:eric",
        identifiers=["handle:eric"],
        contact_count=2,
        channels={"social": 1, "email": 1},
        first_seen="2026-11-01T00:00:00+00:00",
        last_seen="2026-11-20T00:00:00+00:00",
        last_event_id="e-9",
        recent_event_ids=["e-8", "e-9"],
    )
    merged = merge_states(survivor, absorbed)
    assert merged.customer_id == "c-42"
    assert merged.contact_count == 5
    assert merged.identifiers == ["id:c-42", "handle:eric"]
    assert merged.channels == {"email": 4, "social": 1}
    assert merged.first_seen == "2026-11-01T00:00:00+00:00"
    assert merged.last_seen == "2026-11-20T00:00:00+00:00"
    assert merged.last_event_id == "e-9"
    assert set(merged.recent_event_ids) == {"e-1", "e-2", "e-3", "e-8", "e-9"}


def test_a_new_handle_naming_the_case_our_reply_gave_is_that_customer() -> None:
    # heldout139/ (run 142): a last contact posted under a handle no earlier touchpoint
    # carried, linked to its writer only by the case number our answer gave them.
    graph = IdentityGraph()
    graph.resolve(ref(customer_id="c-42", email="eric@example.com"), "e-1", T0)
    graph.resolve(ref(customer_id="c-42"), "r-1", T0, cases={"PTV28343"}, ours=True)
    assert graph.case_owner("PTV28343") == "c-42"
    post = graph.resolve(ref(handle="@eric_b"), "e-2", T0 + timedelta(days=1), {"PTV28343"})
    assert (post.customer_key, post.by_case, post.merges) == ("c-42", "PTV28343", [])
    assert graph.key_of("handle:eric_b") == "c-42"
    # ... a reference their own words named first, before any reply of ours, links no one
    fresh = graph.resolve(ref(handle="@ann"), "e-3", T0, {"AB123456"})
    assert graph.resolve(ref(handle="@someone"), "e-4", T0, {"AB123456"}).by_case is None
    assert fresh.customer_key == "handle:ann"


def test_a_case_two_customers_name_links_nobody_and_never_merges_known_ones() -> None:
    graph = IdentityGraph()
    graph.resolve(ref(customer_id="c-1"), "r-1", T0, {"KOR192352"}, ours=True)
    # a colleague, or an incident's code, quoted by another customer: shared
    graph.resolve(ref(customer_id="c-2"), "e-1", T0, {"KOR192352"})
    assert graph.case_owner("KOR192352") is None
    stranger = graph.resolve(ref(handle="@x"), "e-2", T0, {"KOR192352"})
    assert stranger.customer_key == "handle:x" and stranger.by_case is None
    # a known customer naming someone else's case stays who they are
    graph.resolve(ref(email="bob@example.com"), "e-3", T0)
    graph.resolve(ref(customer_id="c-3"), "r-2", T0, {"KOR555555"}, ours=True)
    known = graph.resolve(ref(email="bob@example.com"), "e-4", T0, {"KOR555555"})
    assert known.customer_key == "email:bob@example.com"
    assert graph.case_owner("KOR555555") is None
    # a B2B contact (an account) is never tied by a case: colleagues cite each other's
    graph.resolve(ref(customer_id="c-4"), "r-3", T0, {"KOR777777"}, ours=True)
    b2b = graph.resolve(ref(email="new@acme.example", account_id="acme"), "e-5", T0, {"KOR777777"})
    assert b2b.customer_key == "email:new@acme.example"


def test_case_references_follow_a_merge_and_a_shared_one_stays_shared() -> None:
    graph = IdentityGraph()
    graph.resolve(ref(handle="eric"), "e-1", T0)
    graph.resolve(ref(handle="eric"), "r-1", T0, {"KOR111111"}, ours=True)
    graph.resolve(ref(handle="eric"), "r-2", T0, {"KOR222222"}, ours=True)
    graph.resolve(ref(customer_id="c-9"), "e-2", T0, {"KOR222222"})  # now shared
    graph.resolve(ref(customer_id="c-42"), "e-3", T0)
    graph.resolve(ref(customer_id="c-42", handle="eric"), "e-4", T0)  # merges eric in
    assert graph.case_owner("KOR111111") == "c-42"
    assert graph.case_owner("KOR222222") is None
    assert graph.store["cluster:c-42"]["cases"] == ["case:KOR111111", "case:KOR222222"]
