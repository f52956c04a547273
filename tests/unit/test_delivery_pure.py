"""Pure parts of alert delivery: backoff, answers, routing, rendering, signing, acks."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from pydantic import SecretStr

from schemas.codec import AvroCodec
from schemas.models import Alert
from sinks.delivery.acks import InOrderAcks
from sinks.delivery.config import DEFAULT_ROUTING_FILE, DeliveryConfig
from sinks.delivery.feedback import parse_feedback
from sinks.delivery.links import AlertLinks, alert_links, feedback_token
from sinks.delivery.policy import (
    Verdict,
    backoff_delay,
    backoff_schedule,
    classify,
    parse_retry_after,
)
from sinks.delivery.records import FailedDelivery, dead_letter_headers, read_headers
from sinks.delivery.routing import (
    condition_holds,
    load_routing,
    parse_routing,
    resolve_destinations,
    targets_for,
)
from sinks.delivery.slack import digest_summary, escape, render_alert, render_digest
from sinks.delivery.webhook import sign, signed_headers, verify_signature, webhook_body
from streams.settings import Settings
from streams.worker.delivery import DeliverySetup

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def alert(rule: str = "churn_intent", severity: str = "critical", **details: str) -> Alert:
    return Alert(
        alert_id=f"{rule}-1",
        rule=rule,
        severity=severity,  # type: ignore[arg-type]
        customer_id="c-42",
        account_id="acme",
        created_at=NOW,
        explanation="Customer c-42 said they want to cancel: <b>“Je résilie”</b> & more",
        evidence=[f"e-{i}" for i in range(8)],
        dedup_key=f"{rule}:c-42",
        details=details,
        emitted_at=NOW,
    )


# -- policy -------------------------------------------------------------------------
def test_backoff_doubles_up_to_the_cap() -> None:
    assert backoff_schedule(7, first=0.5, cap=10) == [0.5, 1, 2, 4, 8, 10, 10]


def test_jitter_stays_within_the_band() -> None:
    low = backoff_delay(4, 0.5, 60, 0.5, lambda: 0.0)
    high = backoff_delay(4, 0.5, 60, 0.5, lambda: 0.999999)
    assert low == pytest.approx(2.0) and high == pytest.approx(4.0, rel=1e-5)
    assert backoff_delay(1, 0.5, 60, 1.0, lambda: 0.0) == 0.0  # full jitter


@pytest.mark.parametrize(
    ("status", "verdict"),
    [
        (200, Verdict.delivered), (204, Verdict.delivered), (None, Verdict.retry),
        (500, Verdict.retry), (503, Verdict.retry), (408, Verdict.retry),
        (429, Verdict.rate_limited), (400, Verdict.rejected), (404, Verdict.rejected),
        (410, Verdict.rejected), (301, Verdict.rejected),
    ],
)  # fmt: skip
def test_answers_are_classified(status: int | None, verdict: Verdict) -> None:
    assert classify(status) is verdict


def test_retry_after_in_seconds_or_http_date_capped() -> None:
    assert parse_retry_after("3", NOW, 1.0, 300) == 3.0
    assert parse_retry_after(None, NOW, 1.0, 300) == 1.0
    assert parse_retry_after("junk", NOW, 1.0, 300) == 1.0
    assert parse_retry_after("99999", NOW, 1.0, 300) == 300
    date = (NOW + timedelta(seconds=30)).strftime("%a, %d %b %Y %H:%M:%S GMT")
    assert parse_retry_after(date, NOW, 1.0, 300) == pytest.approx(30)


# -- routing ------------------------------------------------------------------------
def test_the_shipped_routing_file_routes_the_examples() -> None:
    routing = load_routing(DEFAULT_ROUTING_FILE)
    concrete, targets = resolve_destinations(
        routing,
        "https://hooks.slack.test/main",
        ["https://crm.test/a", "https://oncall.test/b"],
        {"retention": "https://hooks.slack.test/retention"},
    )
    assert set(concrete) == {"slack", "retention", "webhooks[1]", "webhooks[2]"}
    assert targets["product"] == ["slack"]  # no URL of its own: falls back
    hooks = ["webhooks[1]", "webhooks[2]"]
    rich = alert(order_value_total="2500.00")
    assert targets_for(rich, routing, targets) == [*hooks, "retention", "slack"]
    poor = alert(order_value_total="20.00")
    assert targets_for(poor, routing, targets) == [*hooks, "slack"]
    assert targets_for(alert(plan="enterprise"), routing, targets) == [*hooks, "retention", "slack"]
    spike = alert("topic_spike", "warning")
    assert targets_for(spike, routing, targets) == [*hooks, "slack"]  # product -> slack
    assert targets_for(alert("detractor", "warning"), routing, targets) == hooks


def test_unconfigured_destinations_route_nowhere() -> None:
    routing = load_routing(DEFAULT_ROUTING_FILE)
    concrete, targets = resolve_destinations(routing, None, [], {})
    assert concrete == {} and targets_for(alert(), routing, targets) == []


@pytest.mark.parametrize(
    ("value", "condition", "holds"),
    [
        ("2500", ">= 2000", True), ("1999.9", ">= 2000", False), ("80", "> 70", True),
        ("x", "x", True), ("x", "y", False), ("enterprise", ["pro", "enterprise"], True),
        (None, "x", False), ("abc", "!= abd", True),
    ],
)  # fmt: skip
def test_detail_conditions(value: str | None, condition: object, holds: bool) -> None:
    assert condition_holds(value, condition) is holds


SLACK_A = {"a": {"kind": "slack"}}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"routes": [{"to": ["nowhere"]}]}, "unknown destination"),
        ({"destinations": {"a": {"kind": "fax"}}}, "kind must be"),
        ({"destinations": SLACK_A, "routes": [{"to": ["a"], "rules": ["nps"]}]}, "unknown rule"),
        ({"destinations": {"a": {"kind": "slack", "colour": 1}}}, "unknown key"),
        ({"destinations": {"a": {"kind": "slack", "fallback": "b"}}}, "unknown fallback"),
        ({"destinations": SLACK_A, "routes": [{"to": ["a"], "severities": ["x"]}]}, "severities"),
    ],
)  # fmt: skip
def test_bad_routing_is_an_error(data: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_routing(data)


def test_a_bad_routing_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "routing.toml"
    path.write_text('[destinations.a]\nkind = "pager"\n')
    with pytest.raises(ValueError, match=r"routing\.toml"):
        load_routing(path)


def test_delivery_setup_reads_settings(tmp_path: Path) -> None:
    settings = Settings(
        slack_webhook_url=SecretStr("https://hooks.slack.test/x"),
        alert_webhook_urls="http://a.test/1",
        webhook_secret=SecretStr("k"),
        data_dir=tmp_path,
    )
    setup = DeliverySetup.from_settings(settings, urls="product=https://hooks.slack.test/p")
    assert set(setup.destinations) == {"slack", "product", "webhooks[1]"}
    assert setup.secret == b"k"
    spike = alert("topic_spike", "warning")
    assert setup.targets_of(spike, {}) == ["webhooks[1]", "product"]
    assert setup.targets_of(spike, {"voc-destination": "slack"}) == ["slack"]
    assert "hooks.slack" not in repr(setup.destinations)  # URLs are credentials


def test_config_reads_optional_settings_and_named_urls() -> None:
    settings = SimpleNamespace(
        delivery_give_up_seconds=5.0,
        delivery_backoff_max_seconds=2.0,
        delivery_urls=SecretStr("a=http://x"),
    )
    config = DeliveryConfig.from_settings(settings)
    assert config.give_up_seconds == 5.0 and config.backoff_max_seconds == 2.0
    assert config.named_urls() == {"a": "http://x"}
    with pytest.raises(ValueError):
        DeliveryConfig(urls="nourl").named_urls()


def test_a_give_up_time_within_the_backoff_is_an_error() -> None:
    """Else an alert queued while its destination backs off expires untried (CI saw
    replayed alerts dead-lettered again that way with a 1 s give-up and a 30 s cap)."""
    with pytest.raises(ValueError, match=r"give-up time \(5s\) must be longer .* \(30s\)"):
        DeliveryConfig.from_settings(SimpleNamespace(delivery_give_up_seconds=5.0))
    assert DeliveryConfig(give_up_seconds=31.0).backoff_max_seconds == 30.0


# -- rendering ----------------------------------------------------------------------
def test_slack_message_is_readable_and_escaped() -> None:
    links = AlertLinks(
        "https://crm.test/c/c-42", "https://voc.test/f?u=1", "https://voc.test/f?u=0"
    )
    message = render_alert(alert(churn_risk="80"), links)
    blocks = message["blocks"]
    assert blocks[0]["type"] == "header" and "Critical · churn_intent" in blocks[0]["text"]["text"]
    assert "&lt;b&gt;" in blocks[1]["text"]["text"] and "&amp; more" in blocks[1]["text"]["text"]
    facts = " ".join(field["text"] for field in blocks[2]["fields"])
    assert "<https://crm.test/c/c-42|c-42>" in facts and "acme" in facts and "churn_risk" in facts
    assert "e-0, e-1, e-2, e-3, e-4 and 3 more" in blocks[3]["elements"][0]["text"]
    assert [b["text"]["text"] for b in blocks[4]["elements"]] == [
        "Open customer",
        "Useful",
        "Not useful",
    ]
    assert message["text"].startswith("Critical · churn_intent")


def test_slack_message_without_links_has_no_buttons() -> None:
    message = render_alert(alert(), AlertLinks())
    assert all(block["type"] != "actions" for block in message["blocks"])
    assert escape("a<b>&c") == "a&lt;b&gt;&amp;c"


def test_digest_stays_within_slack_limits() -> None:
    alerts = [alert("detractor", "warning")] * 60 + [alert()]
    message = render_digest(alerts, lambda a: AlertLinks())
    assert len(message["blocks"]) <= 50
    assert message["blocks"][1]["text"]["text"].startswith(
        ":red_circle: *churn_intent*"
    )  # most severe first
    assert digest_summary(alerts) == "61 alerts: 60 detractor, 1 churn_intent"
    assert all(len(json.dumps(b)) < 3500 for b in message["blocks"])


def test_links_carry_a_feedback_token() -> None:
    links = alert_links(alert(), "https://voc.test/", "https://crm.test/{customer_id}", b"k")
    assert links.customer == "https://crm.test/c-42"
    assert links.useful is not None and "useful=1" in links.useful
    assert f"sig={feedback_token(b'k', 'churn_intent-1', True)}" in links.useful
    assert alert_links(alert(), "", "", None) == AlertLinks()


# -- webhooks ----------------------------------------------------------------------
def test_signature_round_trip_and_refusals() -> None:
    body = webhook_body(alert(), AlertLinks())
    headers = signed_headers(b"secret", "churn_intent-1", body, now=1_000_000)
    assert headers["Idempotency-Key"] == "churn_intent-1"
    ts, sig = headers["X-Voc-Timestamp"], headers["X-Voc-Signature"]
    assert sig.startswith("sha256=") and sig == sign(b"secret", ts, body)
    assert verify_signature("secret", ts, body, sig, tolerance_s=300, now=1_000_100)
    assert not verify_signature("secret", ts, body + b" ", sig, now=1_000_000)  # tampered
    assert not verify_signature("other", ts, body, sig, now=1_000_000)  # wrong secret
    assert not verify_signature("secret", ts, body, sig, tolerance_s=300, now=1_000_301)  # stale
    assert not verify_signature("secret", "soon", body, sig, now=1_000_000)
    assert "X-Voc-Signature" not in signed_headers(None, "k", body)


def test_webhook_body_is_the_alert_as_json() -> None:
    document = json.loads(webhook_body(alert(plan="x"), AlertLinks(customer="https://c")))
    assert document["type"] == "voc.alert" and document["version"] == 1
    assert document["alert"]["alert_id"] == "churn_intent-1"
    assert document["alert"]["severity"] == "critical"
    assert document["links"]["customer"] == "https://c"
    assert webhook_body(alert(), AlertLinks()) == webhook_body(alert(), AlertLinks())


# -- dead letters, feedback, acks -------------------------------------------------
def test_dead_letter_headers_round_trip() -> None:
    failed = FailedDelivery(alert(), "webhooks[1]", "gave_up", "HTTP 503", 7, NOW, NOW)
    headers = read_headers(dead_letter_headers(failed))
    assert headers["voc-destination"] == "webhooks[1]" and headers["voc-attempts"] == "7"
    assert read_headers({"a": b"b"}) == {"a": "b"} and read_headers(None) == {}
    assert (
        Alert.model_validate(
            AvroCodec("Alert").decode(AvroCodec("Alert").encode(failed.alert.to_record()))
        )
        == failed.alert
    )


def test_feedback_parsing_and_link_tokens() -> None:
    token = feedback_token(b"k", "a-1", False)
    row, problem = parse_feedback(
        {"alert_id": "a-1", "useful": "0", "sig": token}, b"k", False, NOW
    )
    assert row == ("a-1", False, "link", "", NOW) and problem == ""
    row, problem = parse_feedback({"alert_id": "a-1", "useful": "1", "sig": token}, b"k", False)
    assert row is None and problem == "invalid link"
    row, _ = parse_feedback(
        {"alert_id": "a-1", "useful": "yes", "by": "eve", "comment": "spot on"}, b"k", True, NOW
    )
    assert row == ("a-1", True, "eve", "spot on", NOW)
    assert parse_feedback({"alert_id": "a-1", "useful": "maybe"}, None, False)[0] is None
    assert parse_feedback({"useful": "1"}, None, False)[1] == "alert_id missing"


def test_in_order_acks_release_only_a_finished_prefix() -> None:
    acks = InOrderAcks()
    slots = [acks.track("p0", offset) for offset in range(4)]
    other = acks.track("p1", 100)
    slots[1].finish()
    slots[2].finish()
    assert acks.ready() == []  # offset 0 still under way: nothing may be committed
    other.finish()
    assert acks.ready() == [100]
    slots[0].finish()
    assert acks.ready() == [0, 1, 2] and acks.waiting() == 1
