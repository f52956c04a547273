"""repeat_contact revealed by an identity merge (issue 16).

A customer raises one problem under an identifier nobody has linked yet (an
e-mail), then again under another (their customer id); the touchpoint that links
the two comes later, often a thanks about something else. No key alone held a
repeat; the merged history does: the alert is raised on the linking touchpoint,
whichever order the worker's records arrive in.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from schemas.models import Alert, EnrichedTouchpoint
from streams.alerts.alerting import alert_id
from streams.alerts.rules import load_rules_config
from streams.customer.merge import merge_states
from streams.customer.state import CustomerState, apply_touchpoint
from streams.stages.customer import CustomerStep
from streams.stages.records import ABSORB, ALERTS, CUSTOMERS, TOUCHPOINT, TRANSFER, Out
from tests.support.builders import NOW, enriched

CONFIG = load_rules_config()
START = datetime(2026, 11, 1, 10, 0, tzinfo=UTC)
OLD = "email:ann@example.com"
BY_EMAIL = {"customer_id": None, "email": "ann@example.com", "account_id": None}
BY_ID = {"customer_id": "c-1", "email": None, "account_id": None}
BOTH = {"customer_id": "c-1", "email": "ann@example.com", "account_id": None}


def contact(event_id: str, day: float, customer: dict[str, Any], **fields: Any) -> Any:
    fields.setdefault("topics", ["billing"])
    fields.setdefault("intents", ["complaint"])
    fields.setdefault("text", f"Bonjour, ma facture est fausse ({event_id}).")
    fields.setdefault("sentiment", -0.5)
    fields.setdefault("sentiment_label", "negative")
    occurred = (START + timedelta(days=day)).isoformat()
    return enriched(event_id=event_id, occurred_at=occurred, customer=customer, **fields)


def thanks(event_id: str, day: float, customer: dict[str, Any]) -> EnrichedTouchpoint:
    return contact(
        event_id,
        day,
        customer,
        topics=["product_quality"],
        intents=["praise"],
        text="Merci, le nouveau modèle est super !",
        sentiment=0.8,
        sentiment_label="positive",
    )


def linking(item: EnrichedTouchpoint) -> EnrichedTouchpoint:
    item.merged_keys = [OLD]
    return item


def note(event_id: str, day: float) -> EnrichedTouchpoint:
    """A routine message carrying both identifiers: it links them, and raises nothing."""
    calm = {"topics": [], "intents": [], "sentiment": 0.0, "sentiment_label": "neutral"}
    return linking(contact(event_id, day, BOTH, text="Ma nouvelle adresse", **calm))


def run(
    by_email: list[EnrichedTouchpoint],
    by_id: list[EnrichedTouchpoint],
    link: EnrichedTouchpoint,
    transfer_first: bool = False,
) -> list[Alert]:
    """The customer stage of one partition, as the worker and the eval drive it: both
    keys' touchpoints, the absorb, the transfer and the linking touchpoint."""
    step = CustomerStep(load_rules_config(), {}, lambda key: 0)
    outs: list[Out] = []
    for item in by_email:
        outs += step.handle(TOUCHPOINT, OLD, item, NOW)
    for item in by_id:
        outs += step.handle(TOUCHPOINT, "c-1", item, NOW)
    absorb = step.handle(ABSORB, OLD, {"into": "c-1", "event_id": link.event_id}, NOW)
    [transfer] = [o for o in absorb if o.topic == CUSTOMERS and o.kind == TRANSFER]
    if transfer_first:
        outs += step.handle(TRANSFER, "c-1", transfer.value, NOW)
        outs += step.handle(TOUCHPOINT, "c-1", link, NOW)
    else:
        outs += step.handle(TOUCHPOINT, "c-1", link, NOW)
        outs += step.handle(TRANSFER, "c-1", transfer.value, NOW)
    return [o.value for o in outs if o.topic == ALERTS and o.value.rule == "repeat_contact"]


def test_a_repeat_under_two_keys_alerts_on_the_touchpoint_that_links_them() -> None:
    for transfer_first in (False, True):
        first = contact("e-1", 0, BY_EMAIL, channel="email")
        again = contact("e-2", 1, BY_ID, channel="chat", kind="chat", text="Toujours faux !")
        link = note("e-3", 2)
        [alert] = run([first], [again], link, transfer_first)
        assert (
            alert.alert_id == alert_id("repeat_contact", "c-1", "e-3")
            and alert.customer_id == "c-1"
        )
        assert alert.evidence == ["e-1", "e-2"]
        assert alert.details["revealed_by"] == "identity merge"
        assert "email, chat" in alert.explanation


def test_a_thanks_that_links_the_keys_still_tells_of_the_repeat() -> None:
    # The account manager wants to know the customer had to raise it twice, though
    # the message that linked the keys thanks us for something else.
    first = contact("e-1", 0, BY_EMAIL, channel="email")
    again = contact("e-2", 1, BY_ID, channel="chat", kind="chat", text="Toujours faux !")
    [alert] = run([first], [again], linking(thanks("e-3", 2, BOTH)))
    assert alert.alert_id == alert_id("repeat_contact", "c-1", "e-3") and alert.evidence == [
        "e-1",
        "e-2",
    ]


def test_no_alert_when_the_problem_was_thanked_away_before_the_link() -> None:
    first = contact("e-1", 0, BY_EMAIL, channel="email")
    again = contact("e-2", 1, BY_ID, channel="chat", kind="chat", text="Toujours faux !")
    over = thanks("e-2b", 1.5, BY_EMAIL)
    link = note("e-3", 2)
    assert run([first, over], [again], link) == []


def test_no_alert_when_the_two_keys_complain_about_two_orders() -> None:
    # One invoice under the e-mail (FA-102938), another under the id (FA-564738): two
    # matters on one topic, not one problem raised twice.
    first = contact("e-1", 0, BY_EMAIL, channel="email", text="Facture FA-102938 fausse.")
    wrong = "Facture FA-564738 encore fausse"
    other = contact("e-2", 1, BY_ID, channel="chat", kind="chat", text=wrong)
    assert run([first], [other], note("e-3", 2)) == []
    # The same invoice under both is the repeat.
    same = contact("e-2", 1, BY_ID, channel="chat", kind="chat", text="FA-102938 toujours fausse")
    [alert] = run([first], [same], note("e-3", 2))
    assert alert.evidence == ["e-1", "e-2"]


def test_no_alert_for_a_happy_customer_writing_from_two_identifiers() -> None:
    happy = {"intents": ["question"], "sentiment": 0.6, "sentiment_label": "positive"}
    by_email = [
        contact(f"m-{i}", i, BY_EMAIL, text="Super facture, merci", **happy) for i in (0, 2)
    ]
    by_id = [contact(f"i-{i}", i, BY_ID, text="Facture reçue, parfait", **happy) for i in (1, 3)]
    link = linking(thanks("e-9", 4, BOTH))
    assert run(by_email, by_id, link) == []


def test_no_second_alert_while_the_rule_cools_down() -> None:
    # Raised already under the e-mail key (three contacts there): the merge adds one
    # more contact of the same problem, and the cooldown holds for the merged customer.
    by_email = [
        contact(f"e-{i}", i * 0.5, BY_EMAIL, channel=c)
        for i, c in enumerate(["email", "web", "phone"])
    ]
    again = contact("e-5", 2, BY_ID, channel="chat", kind="chat", text="Toujours faux !")
    link = note("e-6", 3)
    step = CustomerStep(load_rules_config(), {}, lambda key: 0)
    raised = [
        o
        for item in by_email
        for o in step.handle(TOUCHPOINT, OLD, item, NOW)
        if o.topic == ALERTS and o.value.rule == "repeat_contact"
    ]
    assert len(raised) == 1
    assert [a.customer_id for a in run(by_email, [again], link)] == [OLD]  # none more


def test_a_follow_up_naming_no_topic_joins_the_other_keys_problem() -> None:
    # "Still no answer" under the customer id names no problem of its own (the
    # answer's topic only): merged, it is the billing problem raised again.
    mail, ident = CustomerState(OLD), CustomerState("c-1")
    apply_touchpoint(mail, contact("e-1", 0, BY_EMAIL), CONFIG.model, CONFIG.risk)
    nudge = contact(
        "e-2",
        1,
        BY_ID,
        channel="phone",
        kind="call",
        topics=["support_responsiveness"],
        text="Toujours aucune réponse, c'est inadmissible",
    )
    apply_touchpoint(ident, nudge, CONFIG.model, CONFIG.risk)
    assert len(mail.problems) == 1 and len(ident.problems) == 1
    merged = merge_states(ident, mail, CONFIG.model)
    [thread] = merged.problems
    assert [e[1] for e in thread["episodes"]] == ["e-1", "e-2"] and thread["joined"]
    assert [s[1] for s in thread["said"]] == ["e-2"]


def test_a_said_so_contact_with_nothing_to_join_is_placed_by_the_merge() -> None:
    # "RE: any news?" under a key with no problem of its own starts nothing there;
    # merged, it is the other key's open problem raised again.
    first = contact("e-1", 0, BY_EMAIL, channel="email")
    orphan = contact(
        "e-2",
        1,
        BY_ID,
        channel="web",
        topics=[],
        intents=[],
        sentiment=0.0,
        sentiment_label="neutral",
        subject="RE: facture",
        text="RE: des nouvelles ?",
    )
    ident = CustomerState("c-1")
    apply_touchpoint(ident, orphan, CONFIG.model, CONFIG.risk)
    assert ident.problems == [] and [u[1] for u in ident.said_unplaced] == ["e-2"]
    link = note("e-3", 2)
    [alert] = run([first], [orphan], link)
    assert alert.evidence == ["e-1", "e-2"]


def test_state_saved_before_these_fields_reads() -> None:
    old = {
        "customer_id": "c-1",
        "problems": [
            {
                "topics": ["billing"],
                "episodes": [],
                "open": True,
                "last_at": START.isoformat(),
                "last_channel": "email",
            }
        ],
    }
    state = CustomerState.from_json(old)
    assert state.said_unplaced == [] and "said" not in state.problems[0]
    assert merge_states(state, CustomerState(OLD), CONFIG.model).problems[0]["topics"] == [
        "billing"
    ]


def test_a_said_so_thread_refers_back_to_the_other_keys_question() -> None:
    # A calm question under the e-mail, then "I wrote already, still nothing" under the
    # customer id: as under one key, the second refers back to the first.
    question = contact(
        "e-1",
        0,
        BY_EMAIL,
        topics=["refund"],
        intents=["question"],
        sentiment=0.0,
        sentiment_label="neutral",
        text="Combien de temps prend un remboursement ?",
    )
    again = contact(
        "e-2",
        1,
        BY_ID,
        channel="web",
        topics=["refund"],
        text="Je vous ai déjà écrit, toujours pas de remboursement !",
    )
    [alert] = run([question], [again], note("e-3", 2))
    assert alert.evidence == ["e-1", "e-2"]
