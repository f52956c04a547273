"""The scenario simulator keeps the touchpoint contract and plants what its truth says.

The checks read the generated events through the contract fields only (text,
scores, identifiers, times), the way the pipeline's rules will.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter, defaultdict
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from streams.tools.simulator import (
    GroundTruth,
    ScenarioConfig,
    iter_events,
    main,
    simulate,
    write_jsonl_gz,
)
from streams.tools.simulator_plan import QUIET_DAYS
from streams.tools.simulator_texts import NEGATIVE_CUES

DATA = Path(__file__).resolve().parents[2] / "streams" / "tools" / "data"
KEYS = {
    "event_id",
    "occurred_at",
    "channel",
    "kind",
    "direction",
    "customer",
    "text",
    "subject",
    "scores",
    "source",
    "attributes",
}
CUSTOMER_KEYS = {"customer_id", "email", "phone", "handle", "account_id"}
CHANNELS = {"email", "phone", "web", "community", "social", "chat", "survey", "in_person"}
KINDS = {
    "message",
    "call",
    "chat",
    "ticket",
    "page_view",
    "purchase",
    "cancellation",
    "survey_response",
    "post",
    "mention",
    "review",
}
SCORE_RANGES = {"nps": (0, 10), "csat": (1, 5), "ces": (1, 7)}
ISO = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


@pytest.fixture(scope="module")
def scenario() -> tuple[list[dict[str, Any]], GroundTruth]:
    return simulate(ScenarioConfig())


def _when(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def _phone_key(phone: str) -> str:
    digits = "".join(ch for ch in phone if ch.isdigit())
    return ("+" + digits) if phone.strip().startswith("+") else digits


def _handle_key(handle: str) -> str:
    return handle.strip().lower().lstrip("@")


def _negativity(text: str) -> int:
    low = text.lower()
    return sum(low.count(cue) for cue in NEGATIVE_CUES)


def _owner_index(truth: GroundTruth) -> dict[str, str]:
    index: dict[str, str] = {}
    for cid, entry in truth.customers.items():
        ids = entry["identifiers"]
        index[f"phone:{ids['phone']}"] = cid
        if ids["handle"]:
            index[f"handle:{_handle_key(ids['handle'])}"] = cid
    return index


def _owner(event: dict[str, Any], index: dict[str, str]) -> str:
    ref = event["customer"]
    if ref["customer_id"]:
        return str(ref["customer_id"])
    if ref["phone"]:
        return index[f"phone:{_phone_key(ref['phone'])}"]
    return index[f"handle:{_handle_key(ref['handle'])}"]


def assert_contract(event: dict[str, Any]) -> None:
    assert set(event) == KEYS, event
    assert isinstance(event["event_id"], str) and event["event_id"]
    assert ISO.match(event["occurred_at"]), event["occurred_at"]
    assert event["channel"] in CHANNELS
    assert event["kind"] in KINDS
    assert event["direction"] in ("inbound", "outbound")
    ref = event["customer"]
    assert set(ref) == CUSTOMER_KEYS
    assert any(ref[k] for k in ("customer_id", "email", "phone", "handle")), ref
    assert all(v is None or isinstance(v, str) for v in ref.values())
    assert event["text"] is None or isinstance(event["text"], str)
    assert event["subject"] is None or isinstance(event["subject"], str)
    assert set(event["scores"]) == set(SCORE_RANGES)
    for name, (low, high) in SCORE_RANGES.items():
        value = event["scores"][name]
        assert value is None or (isinstance(value, int) and low <= value <= high), event
    assert event["source"] is None or isinstance(event["source"], str)
    attrs = event["attributes"]
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in attrs.items())
    if event["kind"] not in ("page_view", "purchase", "cancellation", "survey_response"):
        assert event["text"], event


def test_same_seed_same_events_other_seed_differs() -> None:
    small = ScenarioConfig(customers=60, accounts=2, days=30)
    first, truth1 = simulate(small)
    second, truth2 = simulate(small)
    assert first == second
    assert truth1.to_json() == truth2.to_json()
    other, _ = simulate(ScenarioConfig(customers=60, accounts=2, days=30, seed=8))
    assert other != first


def test_streaming_iterator_matches_list() -> None:
    config = ScenarioConfig(customers=50, accounts=1)
    assert list(iter_events(config)) == simulate(config)[0]


def test_every_event_obeys_the_contract(scenario: tuple[list[dict[str, Any]], Any]) -> None:
    events, truth = scenario
    assert 4_000 <= len(events) <= 6_000
    for event in events:
        assert_contract(event)
    assert len({e["event_id"] for e in events}) == len(events)
    times = [e["occurred_at"] for e in events]
    assert times == sorted(times)
    assert times[0] >= truth.start and times[-1] < truth.end


def test_channels_kinds_and_languages_present(scenario: tuple[list[dict[str, Any]], Any]) -> None:
    events, truth = scenario
    assert {e["channel"] for e in events} == CHANNELS
    assert {e["kind"] for e in events} == KINDS
    assert {e["direction"] for e in events} == {"inbound", "outbound"}
    assert any(e["text"] is None for e in events)  # page views and purchases
    languages = Counter(c["language"] for c in truth.customers.values())
    assert 0.5 < languages["fr"] / sum(languages.values()) < 0.7
    texts = " ".join(e["text"] or "" for e in events).lower()
    for french in ("bonjour", "commande", "livraison", "résilier"):
        assert french in texts
    for english in ("hi,", "order", "delivery", "cancel"):
        assert english in texts
    # PII to redact, and the shapes the rules and the UI care about.
    assert "4111 1111 1111 1111" in texts and "fr76 3000 6000 0112 3456 7890 189" in texts
    assert "agent:" in texts and "client:" in texts and "@lumiohelp" in texts
    assert any(e["attributes"].get("role") == "buyer" for e in events)
    assert any(float(e["attributes"].get("order_value", 0)) > 1_000 for e in events)


def test_personas_planted(scenario: tuple[list[dict[str, Any]], Any]) -> None:
    _, truth = scenario
    personas = truth.personas()
    for persona in (
        "happy",
        "happy_one_bad_day",
        "detractor",
        "churner",
        "high_value_at_risk",
        "b2b_happy",
        "b2b_unhappy",
    ):
        assert personas[persona] > 0, persona
    assert personas["happy"] > len(truth.customers) / 2
    assert 0.07 <= personas["churner"] / len(truth.customers) <= 0.10
    assert len(truth.accounts) == 6
    at_risk = [a for a in truth.accounts.values() if a["at_risk"]]
    assert len(at_risk) == 1 and len(at_risk[0]["unhappy_contacts"]) >= 3
    for entry in truth.customers.values():
        if entry["persona"] == "churner":
            planted = {"sentiment_drop", "repeat_contact", "competitor_mention", "churn_intent"}
            assert planted <= set(entry["expected_rules"])
        if entry["persona"] == "happy_one_bad_day":
            assert "sentiment_drop" not in entry["expected_rules"] + entry["tolerated_rules"]
    assert truth.customers_expecting("silence")


def test_truth_round_trips_through_json(scenario: tuple[list[dict[str, Any]], Any]) -> None:
    _, truth = scenario
    again = GroundTruth.from_json(truth.to_json())
    assert again == truth


def test_churners_slide_from_positive_to_negative(
    scenario: tuple[list[dict[str, Any]], Any],
) -> None:
    events, truth = scenario
    index = _owner_index(truth)
    by_customer: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for e in events:
        if e["direction"] == "inbound" and e["text"] and e["kind"] != "survey_response":
            by_customer[_owner(e, index)].append(e)
    churners = [k for k, c in truth.customers.items() if c["persona"] == "churner"]
    sliding = 0
    for cid in churners:
        texts = [e["text"] for e in by_customer[cid]]
        half = len(texts) // 2
        early = sum(_negativity(t) for t in texts[:half]) / max(half, 1)
        late = sum(_negativity(t) for t in texts[half:]) / max(len(texts) - half, 1)
        sliding += late > early
        # A cancellation intent and a competitor are said in words.
        joined = " ".join(texts).lower()
        assert any(w in joined for w in ("résili", "cancel", "clôturer", "close my account"))
        assert any(w in joined for w in ("zentrio", "kliqo", "movana"))
    assert sliding >= 0.9 * len(churners)


def _last_inbound(events: list[dict[str, Any]], truth: Any) -> dict[str, str]:
    """Each customer's last inbound touchpoint time."""
    index = _owner_index(truth)
    last: dict[str, str] = {}
    for e in events:
        if e["direction"] == "inbound":
            last[_owner(e, index)] = e["occurred_at"]
    return last


def test_silent_churners_really_go_silent(scenario: tuple[list[dict[str, Any]], Any]) -> None:
    events, truth = scenario
    end = _when(truth.end)
    last_inbound = _last_inbound(events, truth)
    silent = truth.customers_expecting("silence")
    for cid in silent:
        assert end - _when(last_inbound[cid]) >= timedelta(days=10), cid
        assert last_inbound[cid] <= truth.customers[cid]["silent_since"]


def test_identity_linking_events_present(scenario: tuple[list[dict[str, Any]], Any]) -> None:
    events, truth = scenario
    index = _owner_index(truth)
    seen_with_id: set[str] = set()
    linked_phone = linked_handle = 0
    for e in events:
        ref = e["customer"]
        keys = []
        if ref["phone"]:
            keys.append(f"phone:{_phone_key(ref['phone'])}")
        if ref["handle"]:
            keys.append(f"handle:{_handle_key(ref['handle'])}")
        if ref["customer_id"]:
            for key in keys:
                assert index[key] == ref["customer_id"]  # identifiers are consistent
            seen_with_id.update(keys)
        elif keys and keys[0] in seen_with_id:
            assert ref["email"] is None
            linked_phone += keys[0].startswith("phone:")
            linked_handle += keys[0].startswith("handle:")
    assert linked_phone >= 20 and linked_handle >= 20
    # The phone was introduced by an email signature before the phone-only call.
    assert any(
        e["channel"] == "email"
        and e["customer"]["phone"]
        and e["customer"]["customer_id"]
        and "0" + e["customer"]["phone"].replace(" ", "").replace(".", "")[3:4] in (e["text"] or "")
        for e in events
    )


def test_spike_is_concentrated_after_its_start(scenario: tuple[list[dict[str, Any]], Any]) -> None:
    events, truth = scenario
    spike = truth.spike
    assert spike["topic"] == "delivery" and spike["event_ids"]
    start, stop = spike["start"], spike["end"]
    by_id = {e["event_id"]: e for e in events}
    planted = [by_id[i] for i in spike["event_ids"]]
    assert all(start <= e["occurred_at"] <= stop for e in planted)
    assert len({_owner(e, _owner_index(truth)) for e in planted}) >= 30  # many customers
    channels = Counter(e["channel"] for e in planted)
    assert channels["social"] + channels["email"] >= 0.8 * len(planted)
    cues = ("colis", "livraison", "livré", "package", "delivery", "delivered", "parcel")
    complaints = [
        e
        for e in events
        if e["direction"] == "inbound" and any(c in (e["text"] or "").lower() for c in cues)
    ]
    inside = sum(start <= e["occurred_at"] <= stop for e in complaints)
    hours = (_when(truth.end) - _when(truth.start)).total_seconds() / 3600
    spike_hours = (_when(stop) - _when(start)).total_seconds() / 3600
    rate_inside = inside / spike_hours
    rate_outside = (len(complaints) - inside) / (hours - spike_hours)
    assert rate_inside > 10 * rate_outside


def test_happy_one_bad_day_recovers(scenario: tuple[list[dict[str, Any]], Any]) -> None:
    events, truth = scenario
    position = {e["event_id"]: i for i, e in enumerate(events)}
    for cid, entry in truth.customers.items():
        if entry["persona"] != "happy_one_bad_day":
            continue
        bad = position[entry["bad_day_event_id"]]
        after = [
            e
            for e in events[bad + 1 :]
            if e["customer"]["customer_id"] == cid and e["direction"] == "inbound" and e["text"]
        ]
        assert len(after) >= 2
        # Cue words are crude ("Nothing to complain about" has a "not"): compare on average.
        mean_after = sum(_negativity(e["text"]) for e in after) / len(after)
        assert mean_after < _negativity(events[bad]["text"]), cid


def test_write_and_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    events, _ = simulate(ScenarioConfig(customers=30, accounts=1))
    path = tmp_path / "e.jsonl.gz"
    assert write_jsonl_gz(events, path) == len(events)
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        assert [json.loads(line) for line in fh] == events
    out, truth_path = tmp_path / "cli.jsonl.gz", tmp_path / "truth.json"
    assert (
        main(
            ["--customers", "30", "--accounts", "1", "--out", str(out), "--truth", str(truth_path)]
        )
        == 0
    )
    assert out.read_bytes() == path.read_bytes()  # reproducible, byte for byte
    assert GroundTruth.from_json(truth_path.read_text(encoding="utf-8")).customers
    assert "events" in capsys.readouterr().out


#: The bundled sample: the default scenario with one sign of changing expectations
#: planted (a new theme from day 12), which the demo's summary shows.
SAMPLE_CONFIG = ScenarioConfig(expectations_at_day=12.0, expectation_signals="theme")


def test_bundled_sample_is_current() -> None:
    sample, truth_file = DATA / "sample_touchpoints.jsonl.gz", DATA / "sample_truth.json"
    assert sample.stat().st_size < 2_000_000
    with gzip.open(sample, "rt", encoding="utf-8") as fh:
        bundled = [json.loads(line) for line in fh]
    events, truth = simulate(SAMPLE_CONFIG)
    message = (
        "stale sample: python -m streams.tools.simulator --customers 400 "
        "--expectations-at-day 12 --expectation-signals theme --out ... --truth ..."
    )
    assert bundled == events, message
    assert GroundTruth.from_json(truth_file.read_text(encoding="utf-8")) == truth, message
    assert list(truth.expectations) == ["theme"] and truth.expectations["theme"]["event_ids"]


def test_one_b2b_account_goes_bad_together(scenario: tuple[list[dict[str, Any]], Any]) -> None:
    events, truth = scenario
    name, account = next((k, a) for k, a in truth.accounts.items() if a["at_risk"])
    start = _when(account["trouble_starts_at"])
    complaining = {
        e["customer"]["customer_id"]
        for e in events
        if e["customer"]["account_id"] == name
        and e["direction"] == "inbound"
        and e["text"]
        and e["kind"] != "survey_response"
        and _negativity(e["text"]) > 0
        and start <= _when(e["occurred_at"]) <= start + timedelta(days=6)
    }
    assert set(account["unhappy_contacts"]) <= complaining
    assert any(
        e["attributes"].get("role") == "buyer"
        for e in events
        if e["customer"]["customer_id"] in account["unhappy_contacts"]
    )
    # The spike stays B2C, so no healthy account looks at risk because of it.
    assert all(truth.customers[c]["segment"] == "b2c" for c in truth.spike["customers"])


def test_churners_who_stop_writing_may_raise_silence(
    scenario: tuple[list[dict[str, Any]], Any],
) -> None:
    # Not planned silent, but quiet for the scenario's last ten days or more after
    # their cancellation: silence is tolerated for them, and only for them.
    events, truth = scenario
    end = _when(truth.end)
    last_inbound = _last_inbound(events, truth)
    quiet = tolerating = 0
    for cid, entry in truth.customers.items():
        if entry["persona"] != "churner" or "silence" in entry["expected_rules"]:
            continue
        gone_quiet = end - _when(last_inbound[cid]) >= timedelta(days=QUIET_DAYS)
        quiet += gone_quiet
        tolerating += "silence" in entry.get("tolerated_rules", [])
        assert gone_quiet == ("silence" in entry.get("tolerated_rules", [])), cid
    assert quiet and quiet == tolerating
