"""Per-customer early warnings: each rule on its positive case and its look-alikes."""

from __future__ import annotations

import re
from dataclasses import fields
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from schemas.models import Alert, EnrichedTouchpoint, Severity
from streams.alerts.rules import (
    RulesConfig,
    check_silence,
    evaluate_rules,
    high_value_at_risk,
    load_rules_config,
    silence_due_at,
)
from streams.customer import config as customer_config
from streams.customer.config import (
    MODEL_PHRASE_LISTS,
    RULES_FILE,
    ModelConfig,
    read_phrase_lists,
    read_rules_file,
)
from streams.customer.state import CustomerState, apply_touchpoint
from streams.customer.wording import (
    apologises,
    apology_ends_it,
    is_problem,
    references,
    resolves_problems,
    says_it_persists,
    says_it_repeats,
    says_unresolved,
    writes_again,
)
from tests.support.builders import NOW, enriched

CONFIG = load_rules_config()
START = datetime(2026, 11, 1, 10, 0, tzinfo=UTC)
PLAIN = "Bonjour, j'ai un souci avec ma facture."  # no repeat wording


def at(day: float) -> datetime:
    return START + timedelta(days=day)


def event(event_id: str, day: float, **fields: Any) -> EnrichedTouchpoint:
    fields.setdefault("text", PLAIN)
    fields.setdefault("subject", "Facture")
    return enriched(event_id=event_id, occurred_at=at(day).isoformat(), **fields)


def feed(
    state: CustomerState, events: list[EnrichedTouchpoint], config: RulesConfig = CONFIG
) -> list[Alert]:
    alerts: list[Alert] = []
    for item in events:
        if apply_touchpoint(state, item, config.model, config.risk):
            alerts.extend(evaluate_rules(config, state, item, NOW))
    return alerts


def of(alerts: list[Alert], rule: str) -> list[Alert]:
    return [a for a in alerts if a.rule == rule]


def mood(event_id: str, day: float, sentiment: float, **fields: Any) -> EnrichedTouchpoint:
    label = "negative" if sentiment <= -0.2 else "positive" if sentiment >= 0.2 else "neutral"
    fields.setdefault("text", f"{PLAIN} (message {event_id})")  # words of its own, no copy
    fields.setdefault("sentiment_label", label)
    return event(event_id, day, sentiment=sentiment, **fields)


# ---------------------------------------------------------------- sentiment_drop --


def test_sentiment_drop_fires_on_a_sliding_trend_and_names_the_numbers() -> None:
    state = CustomerState("c-1")
    history = [mood(f"p-{i}", day, 0.7) for i, day in enumerate((0, 2, 4))]
    history += [mood(f"n-{i}", 6 + i, s) for i, s in enumerate((-0.6, -0.7, -0.8, -0.8))]
    [alert] = of(feed(state, history), "sentiment_drop")
    assert "sentiment fell from +0.70 (their usual, 3 messages) to -0.70" in alert.explanation
    assert "3 of 3 messages negative across 2.0 days" in alert.explanation
    assert alert.evidence == ["n-0", "n-1", "n-2"]
    assert alert.created_at == at(8)  # the third negative message, two days after the first


def test_the_usual_grumble_posted_again_is_no_fall() -> None:
    # hand-tuning91/slow_churners: a steadily grumpy customer's usual holds "Le créneau de
    # livraison change sans prévenir ..." (-0.69); posted again ten days later, after two
    # new complaints, it is their usual, not the third negative message of a fall.
    state = CustomerState("c-1")
    grumble = "Le créneau de livraison change sans prévenir, on l'apprend au dernier moment"
    history = [mood("b-0", 0, -0.69, intents=["complaint"], text=grumble)]
    history += [mood(f"b-{i}", i, s) for i, s in ((1, 0.05), (3, -0.03), (5, 0.70))]
    history += [mood("n-0", 8, -0.5, intents=["complaint"]), mood("n-1", 11, -1.0)]
    history += [mood("n-2", 12, -0.62, intents=["complaint"], text=grumble)]
    assert of(feed(state, history), "sentiment_drop") == []
    # New words at the same place are the third negative message of the fall.
    state = CustomerState("c-1")
    [alert] = of(feed(state, [*history[:-1], mood("n-2", 12, -0.62)]), "sentiment_drop")
    assert alert.evidence == ["n-0", "n-1", "n-2"]


def test_the_same_note_posted_again_days_later_is_one_negative_message() -> None:
    # hand-tuning147/happy_writers: praise, then "Nachtschicht vorbei, schnell noch die
    # Wartung gebucht" (-0.42) three times in a week: one message said three times.
    note = "Nachtschicht vorbei, schnell noch die Wartung gebucht"
    state = CustomerState("c-1")
    history = [mood(f"p-{i}", i, 0.6, intents=["praise"]) for i in range(2)]
    history += [mood(f"n-{i}", 2 + 3 * i, -0.42, text=note) for i in range(3)]
    assert of(feed(state, history), "sentiment_drop") == []
    # Three notes in words of their own are three negative messages.
    state = CustomerState("c-2")
    history[2:] = [mood(f"n-{i}", 2 + 3 * i, -0.42) for i in range(3)]
    [alert] = of(feed(state, history), "sentiment_drop")
    assert alert.evidence == ["n-0", "n-1", "n-2"]


def test_a_misread_compliment_before_the_slide_does_not_hide_it() -> None:
    # "Le livreur était très aimable ce matin, bravo." reads -0.57: it is no start of the fall.
    state = CustomerState("c-1")
    history = [mood("b-0", 0, -0.57)]
    history += [mood(f"p-{i}", 0.5 + i, 0.8, emotions=["gratitude"]) for i in range(3)]
    history += [mood(f"n-{i}", 3 + i, s) for i, s in enumerate((-0.5, -1.0, -0.99))]
    [alert] = of(feed(state, history), "sentiment_drop")
    assert alert.evidence == ["n-0", "n-1", "n-2"]


def test_a_complaint_read_near_neutral_can_be_the_slides_trigger() -> None:
    # hand-tuning61/slow_churners: after praise, a complaint at -0.93, one at -0.60, a
    # question at -0.15, then "Chloé est rentrée avec les épaules brûlées ... mais il faut
    # bien que quelqu'un la mette aux enfants", a complaint read -0.14: the fall is there.
    state = CustomerState("c-1")
    history = [mood(f"p-{i}", i, 0.7) for i in range(3)]
    history += [mood("n-0", 5, -0.93, intents=["complaint"]),
                mood("n-1", 7, -0.60, intents=["complaint"]),
                mood("q-0", 9, -0.15, intents=["question"]),
                mood("n-2", 10.5, -0.14, intents=["complaint"])]  # fmt: skip
    [alert] = of(feed(state, history), "sentiment_drop")
    assert alert.created_at == at(10.5)
    # The same message with no complaint in it starts nothing.
    state = CustomerState("c-2")
    history[-1] = mood("n-2", 10.5, -0.14)
    assert of(feed(state, history), "sentiment_drop") == []


def test_a_thanks_ends_a_bad_spell() -> None:
    state = CustomerState("c-1")
    days = [mood(f"p-{i}", i, 0.7) for i in range(3)]
    days += [mood("n-0", 4, -1.0), mood("n-1", 4.1, -1.0)]
    days += [mood("ok", 5, 1.0, intents=["praise"], text="It works again, thanks!")]
    days += [mood("n-2", 6, -0.57)]  # days later, one more negative message
    assert of(feed(state, days), "sentiment_drop") == []


@pytest.mark.parametrize(
    ("after", "fires"),
    [
        (["complaint"], True),  # complains right after: the thanks was sarcasm, not an end
        ([], False),  # a remark read as negative ("Fünf Sterne...") does not contradict it
    ],
    ids=["complaint-after", "remark-after"],
)
def test_a_thanks_amid_complaints_does_not_end_the_bad_spell(after: list[str], fires: bool) -> None:
    # "Génial, encore un « nous regardons ». Merci hein." reads +1.0 with thanks.
    state = CustomerState("c-1")
    days = [mood(f"p-{i}", i, 0.7) for i in range(3)]
    days += [mood("n-0", 4, -0.45, intents=["complaint"]), mood("n-1", 6, -0.73)]
    days += [mood("sarcasm", 8, 1.0, intents=["praise"], emotions=["gratitude", "joy"],
                  text="Génial, encore un « nous regardons ». Merci hein.")]  # fmt: skip
    days += [mood("n-2", 11, -0.56, intents=after)]
    alerts = of(feed(state, days), "sentiment_drop")
    assert bool(alerts) is fires
    if fires:
        assert alerts[0].evidence == ["n-0", "n-1", "n-2"]
        assert "to -0.58" in alerts[0].explanation  # the sarcastic +1.0 is not in the level


@pytest.mark.parametrize(
    ("before", "after", "fires"),
    [
        (-0.46, -0.5, True),  # questions read as negative around it: nothing was sorted
        (-0.46, 0.1, False),  # a calm question after it, read as calm: the thanks holds
        (-0.46, -0.21, False),  # read mildly ("Quick q: does the pass cover e-bikes?")
        (0.1, -0.5, False),  # nothing negative before it: a thanks, then a question
    ],
    ids=["asked-low-around", "asked-calmly-after", "asked-mildly-after", "calm-before"],
)
def test_questions_read_as_negative_around_a_thanks_say_it_sorted_nothing(
    before: float, after: float, fires: bool
) -> None:
    # A slow churner: "Il manquait un article. Il se passe quoi ?" (-0.46), "Génial, encore
    # un « nous regardons ». Merci hein." (+1.0), the same question again (-0.50): asked,
    # so calm in the customer's mood, but the model reads them as negative.
    state = CustomerState("c-1")
    days = [mood(f"p-{i}", i, 0.7) for i in range(3)]
    days += [mood("n-0", 4, -0.6, intents=["complaint"]),
             mood("q-0", 6, before, intents=["question"], text="Il se passe quoi ?"),
             mood("sarcasm", 7, 1.0, intents=["praise"], emotions=["gratitude", "joy"],
                  text="Génial, encore un « nous regardons ». Merci hein."),
             mood("q-1", 8, after, intents=["question"], text="Et alors, il se passe quoi ?"),
             mood("n-1", 9, -1.0, intents=["complaint"]),
             mood("n-2", 10, -0.9, intents=["complaint"])]  # fmt: skip
    alerts = of(feed(state, days), "sentiment_drop")
    assert bool(alerts) is fires
    if fires:
        assert alerts[0].evidence == ["n-0", "n-1", "n-2"]


def test_a_positive_score_that_thanks_nobody_does_not_end_a_bad_spell() -> None:
    state = CustomerState("c-1")
    days = [mood(f"p-{i}", i, 0.7) for i in range(3)]
    days += [mood("n-0", 4, -1.0), mood("n-1", 4.1, -1.0)]
    days += [mood("call", 5, 0.32, emotions=["frustration"], channel="phone", kind="call")]
    days += [mood("n-2", 6, -0.57)]
    [alert] = of(feed(state, days), "sentiment_drop")
    assert alert.evidence == ["n-0", "n-1", "call", "n-2"]  # upset: one of the fall's


@pytest.mark.parametrize(
    ("fields", "fires"),
    [
        ({"emotions": ["frustration"]}, True),
        ({"intents": ["complaint"]}, True),
        ({"intents": ["question"]}, False),  # a question read as calm: no complaint
        ({"intents": ["complaint"], "praise_cue": True}, False),  # praise, misread intent
    ],
    ids=["upset", "complaint", "question", "praise"],
)
def test_a_complaint_the_model_reads_as_calm_is_a_negative_message_of_the_fall(
    fields: dict[str, Any], fires: bool
) -> None:
    # A churner's call "Agent: ... Client: Suite à mon appel d'avant-hier, rien n'a
    # bougé" with frustration reads +0.18: with the two angry messages hours later it
    # is a fall over more than a day, not one angry evening.
    state = CustomerState("c-1")
    days = [mood(f"p-{i}", i, 0.8) for i in range(3)]
    days += [mood("call", 4, 0.18, channel="phone", kind="call", **fields)]
    days += [mood("n-0", 5, -1.0, intents=["complaint"]), mood("n-1", 5.05, -1.0)]
    alerts = of(feed(state, days), "sentiment_drop")
    assert bool(alerts) is fires
    if fires:
        assert alerts[0].evidence == ["call", "n-0", "n-1"]


def test_one_angry_afternoon_is_not_sustained() -> None:
    state = CustomerState("c-1")
    days = [mood(f"p-{i}", i, 0.7) for i in range(3)]
    days += [mood(f"n-{i}", 5 + i * 0.05, -0.9) for i in range(4)]  # four messages in 5 hours
    assert of(feed(state, days), "sentiment_drop") == []
    assert of(feed(state, [mood("n-4", 5.3, -0.9)]), "sentiment_drop")  # a fifth: sustained


def test_a_fall_far_below_the_usual_said_mildly_is_a_fall() -> None:
    # hand-tuning123/bilingual: praise at +1.00 every visit, then "El cristalero tres
    # horas tarde y sin avisar. Bueno, pasa" (-0.31, a complaint), "Silicone smeared over
    # the new frame this time, scraped it off myself" (-0.14), "60 € ... De verdad,
    # Vidralo?" (-0.09) and more: a recent mean of -0.17, above max_level, but 0.97 below
    # a usual of +0.80.
    state = CustomerState("c-1")
    history = [mood(f"p-{i}", i, 1.0, intents=["praise"]) for i in range(4)]
    history += [mood("n-0", 7, -0.31, intents=["complaint"]), mood("n-1", 8, -0.05),
                mood("n-2", 10, -0.1), mood("n-3", 11, -0.3)]  # fmt: skip
    [alert] = of(feed(state, history), "sentiment_drop")
    assert alert.evidence == ["n-0", "n-1", "n-2", "n-3"]
    # From a usual of +0.5 the same words are no deep fall: the level must reach -0.2.
    state = CustomerState("c-2")
    history = [mood(f"p-{i}", i, 0.5) for i in range(4)]
    history += [mood("n-0", 7, -0.31, intents=["complaint"]), mood("n-1", 8, -0.05),
                mood("n-2", 10, -0.1), mood("n-3", 11, -0.3)]  # fmt: skip
    assert of(feed(state, history), "sentiment_drop") == []


def test_a_slide_told_in_mild_words_starts_at_its_first_mild_word() -> None:
    # hand-tuning256/slow_churners: "Service au top, révision faite en une semaine" (+0.79)
    # for a week, then "12 jours pour une pile cette fois au lieu de 7, sans message"
    # (-0.06) and "Bracelet revenu rayé et le fermoir accroche" (-0.06), then "Révision
    # +40 € sans prévenir" (-0.32, a complaint). The mild ones are the fall, not its usual.
    state = CustomerState("c-1")
    history = [mood(f"p-{i}", i, 0.8, intents=["praise"]) for i in range(5)]
    history += [mood("m-0", 7, -0.06), mood("m-1", 8, -0.06),
                mood("n-0", 9, -0.32, intents=["complaint"])]  # fmt: skip
    [alert] = of(feed(state, history), "sentiment_drop")
    assert alert.evidence == ["m-0", "m-1", "n-0"]
    assert "sentiment fell from +0.80 (their usual, 5 messages)" in alert.explanation
    # From a usual of +0.5, a routine note read -0.04 ("devo cambiare la carta per il
    # pagamento mensile") starts no fall four days before one bad day.
    state = CustomerState("c-2")
    history = [mood(f"p-{i}", i, 0.5, intents=["praise"]) for i in range(3)]
    history += [mood("m-0", 4, -0.04), mood("n-0", 8, -0.45, intents=["complaint"]),
                mood("n-1", 8.05, -0.6, intents=["complaint"])]  # fmt: skip
    assert of(feed(state, history), "sentiment_drop") == []
    # One mild message is no start, however happy the usual: a compliment the model
    # misreads ("Copias nítidas y colores fieles." -0.18) three days before one bad day.
    state = CustomerState("c-3")
    history = [mood(f"p-{i}", i, 0.9, intents=["praise"]) for i in range(3)]
    history += [mood("m-0", 4, -0.18), mood("n-0", 7, -0.45, intents=["complaint"]),
                mood("n-1", 7.05, -0.8, intents=["complaint"])]  # fmt: skip
    assert of(feed(state, history), "sentiment_drop") == []


def test_one_bad_day_does_not_raise_sentiment_drop() -> None:
    state = CustomerState("c-1")
    days = [mood("p-0", 0, 0.7), mood("p-1", 3, 0.8), mood("p-2", 6, 0.6)]
    days += [mood("bad", 10, -0.95), mood("ok", 11, 0.8), mood("p-3", 13, 0.7)]
    assert of(feed(state, days), "sentiment_drop") == []


@pytest.mark.parametrize(("nps", "fires"), [(3, True), (None, False)], ids=["detractor", "none"])
def test_a_detractor_answer_in_the_slide_counts_as_a_negative_message(
    nps: int | None, fires: bool
) -> None:
    # "bof" with NPS 3 is too short to score; between two negative messages two days
    # apart it is the third sign of the fall.
    state = CustomerState("c-1")
    history = [mood(f"p-{i}", day, 0.7) for i, day in enumerate((0, 2, 4))]
    history += [mood("n-0", 6, -0.6)]
    history += [event("s-0", 7, kind="survey_response", channel="survey", text="bof",
                      scores={"nps": nps}, scored=False, sentiment=0.0,
                      sentiment_label="neutral")]  # fmt: skip
    history += [mood("n-1", 8, -0.7)]
    alerts = of(feed(state, history), "sentiment_drop")
    assert bool(alerts) is fires
    if fires:
        assert alerts[0].evidence == ["n-0", "s-0", "n-1"]


@pytest.mark.parametrize(("nps", "fires"), [(2, True), (None, False)], ids=["detractor", "none"])
def test_a_detractor_answer_right_after_a_sarcastic_thanks_does_not_let_it_end_the_fall(
    nps: int | None, fires: bool
) -> None:
    # "Génial, encore un « nous regardons ». Merci hein." reads +1.0; the NPS 2 answer
    # after it ("pas aidé du tout", -0.31, no complaint intent) says it was no thanks.
    state = CustomerState("c-1")
    history = [mood(f"p-{i}", day, 0.7) for i, day in enumerate((0, 2, 4))]
    history += [mood("n-0", 6, -0.3),
                mood("t-0", 7, 1.0, intents=["praise"], emotions=["gratitude"]),
                mood("s-0", 8, -0.31, kind="survey_response", channel="survey",
                     text="pas aidé du tout", scores={"nps": nps}),
                mood("n-1", 9, -1.0, intents=["complaint"])]  # fmt: skip
    alerts = of(feed(state, history), "sentiment_drop")
    assert bool(alerts) is fires
    if fires:
        assert alerts[0].evidence == ["n-0", "s-0", "n-1"]


@pytest.mark.parametrize(
    ("text", "intents", "fires"),
    [
        ("Took three days to get a reply last time. Used to be quicker.", ["question"], True),
        ("Could you resend the receipt for #445155? My accountant needs it.", ["question"], False),
        # hand-tuning13/one_bad_day: a request for help opening with its question, read -0.30
        ("how do I change the name on a ticket", ["help_request", "question"], False),
    ],
    ids=["remark-tagged-as-a-question", "question", "help-asked-without-a-question-mark"],
)
def test_only_a_question_asked_is_a_calm_question(
    text: str, intents: list[str], fires: bool
) -> None:
    # The intent model tags some remarks "question"; without a question mark such a
    # remark read as negative is one of the fall's negative messages.
    state = CustomerState("c-1")
    history = [mood(f"p-{i}", day, 0.7) for i, day in enumerate((0, 2, 4))]
    history += [mood("n-0", 6, -0.6, intents=["complaint"]),
                mood("q-0", 6.5, -0.36, intents=intents, text=text),
                mood("n-1", 7, -0.9, intents=["complaint"])]  # fmt: skip
    assert bool(of(feed(state, history), "sentiment_drop")) is fires


def test_two_bad_messages_are_not_a_trend() -> None:
    state = CustomerState("c-1")
    days = [mood("p-0", 0, 0.7), mood("n-0", 5, -0.9), mood("n-1", 5.5, -0.9)]
    assert of(feed(state, days), "sentiment_drop") == []


def test_a_customer_always_negative_did_not_fall() -> None:
    state = CustomerState("c-1")
    assert of(feed(state, [mood(f"n-{i}", i, -0.6) for i in range(6)]), "sentiment_drop") == []


def test_a_neutral_customer_angry_for_days_fell_from_their_own_baseline() -> None:
    state = CustomerState("c-1")
    days = [mood("n-0", 0, 0.0), mood("n-1", 1, 0.0), mood("n-2", 2, 0.0)]
    days += [mood(f"b-{i}", 3 + i, -0.9) for i in range(4)]
    [alert] = of(feed(state, days), "sentiment_drop")
    assert alert.details["baseline"] == "0.00" and alert.created_at == at(5)


def test_two_mild_grumbles_are_no_usual_to_fall_from() -> None:
    # hand-tuning81/slow_churners: a steadily grumpy customer's "Chat only works office
    # hours, aka when I'm at work too" (+0.35) and "Four hour delivery window. Four hours.
    # In 2026" (+0.20), then three grumbles the model reads as negative: no slide.
    grumbles = [mood("g-0", 0, 0.35), mood("g-1", 2, 0.20)]
    grumbles += [mood(f"b-{i}", 3 + i, -0.5) for i in range(3)]
    assert of(feed(CustomerState("c-1"), grumbles), "sentiment_drop") == []
    # Two messages make a usual when one is plainly good: a thanks, praise, or a
    # message at satisfied_sentiment or above.
    for good in (
        mood("p-0", 0, 0.8),
        mood("p-0", 0, -0.4, praise_cue=True),
        mood("p-0", 0, 0.3, emotions=["gratitude"], text="Merci beaucoup pour tout"),
    ):
        days = [good, mood("g-1", 2, 0.20)] + [mood(f"b-{i}", 3 + i, -0.5) for i in range(3)]
        assert of(feed(CustomerState("c-2"), days), "sentiment_drop"), good


def test_calm_questions_read_as_negative_are_not_a_fall() -> None:
    state = CustomerState("c-1")
    days = [mood(f"p-{i}", i, 0.8) for i in range(3)]
    days += [mood(f"q-{i}", 4 + i, -0.7, intents=["question"], text="Do you deliver to Lyon?")
             for i in range(3)]  # fmt: skip
    assert of(feed(state, days), "sentiment_drop") == []
    assert state.scored_recent[-1][1] == 0.0  # the customer's mood reads it as neutral


def test_calm_suggestions_read_as_negative_are_not_a_fall() -> None:
    # hand-tuning57/b2b_accounts: "Suggerimento: sarebbe utile esportare i report di tutte
    # le sedi in un unico file" reads -0.56, an open complaint for account_risk.
    state = CustomerState("c-1")
    idea = "Suggerimento: sarebbe utile esportare i report in un unico file"
    days = [mood(f"p-{i}", i, 0.8) for i in range(3)]
    days += [mood(f"s-{i}", 4 + i, -0.6, intents=["suggestion"], text=f"{idea} ({i})")
             for i in range(3)]  # fmt: skip
    assert of(feed(state, days), "sentiment_drop") == []
    assert state.scored_recent[-1][1] == 0.0  # the customer's mood reads it as neutral
    # Said with a complaint, a suggestion is a negative message of the fall.
    angry = CustomerState("c-2")
    days = [mood(f"p-{i}", i, 0.8) for i in range(3)]
    days += [mood(f"s-{i}", 4 + i, -0.6, intents=["complaint", "suggestion"],
                  text=f"You should fix this, unacceptable ({i})") for i in range(3)]  # fmt: skip
    assert of(feed(angry, days), "sentiment_drop") != []


def test_thanks_read_as_negative_are_not_a_fall() -> None:
    # The model reads "merci, c'est réglé !" (gratitude) as -0.27.
    state = CustomerState("c-1")
    days = [mood(f"p-{i}", i, 0.8) for i in range(3)]
    days += [mood(f"t-{i}", 4 + i, -0.6, emotions=["gratitude"], text="merci, c'est réglé !")
             for i in range(3)]  # fmt: skip
    assert of(feed(state, days), "sentiment_drop") == []
    assert state.scored_recent[-1][1] == 0.0
    upset = [mood(f"u-{i}", 8 + i, -0.6, emotions=["gratitude", "anger"], text="Merci hein.")
             for i in range(3)]  # fmt: skip
    assert of(feed(state, upset), "sentiment_drop")  # thanks said in anger still count


def test_no_baseline_no_drop() -> None:
    state = CustomerState("c-1")
    days = [mood("p-0", 0, 0.8)] + [mood(f"b-{i}", 3 + i, -0.9) for i in range(4)]
    assert of(feed(state, days), "sentiment_drop") == []


def test_praise_the_model_reads_as_negative_counts_as_a_satisfied_usual() -> None:
    # hand-tuning60/bilingual: "Arrivati i pezzi ... mi ha salvato il progetto" -0.69
    # and "Schon wieder alles top" -0.00 were the usual; counted as neutral, the slide
    # to a mean of -0.42 was under min_drop from it. Praise is how the customer felt.
    state = CustomerState("c-1")
    days = [mood("z-0", 0, -0.69, praise_cue=True), mood("z-1", 1, -0.0, praise_cue=True)]
    days += [mood(f"n-{i}", 3 + i, s) for i, s in enumerate((-0.3, -0.45, -0.5))]
    [alert] = of(feed(state, days), "sentiment_drop")
    assert "sentiment fell from +0.50 (their usual, 2 messages)" in alert.explanation


def survey(event_id: str, day: float, text: str | None = None, **scores: int) -> EnrichedTouchpoint:
    return event(event_id, day, kind="survey_response", channel="survey", text=text,
                 subject=None, scores=scores, scored=False, sentiment=0.0,
                 sentiment_label="neutral")  # fmt: skip


@pytest.mark.parametrize(("praise_cue", "fires"), [(True, True), (False, False)])
def test_praise_the_model_reads_as_negative_is_no_negative_message(
    praise_cue: bool, fires: bool
) -> None:
    # "bin echt zufrieden mit dem Abo" reads -0.20 in German: its words praise
    # (enrichment's praise_cue), so it is part of the usual, not the start of the fall.
    state = CustomerState("c-1")
    days = [mood("z-0", 0, -0.2, praise_cue=praise_cue), mood("p-0", 1, 0.13)]
    days += [mood(f"n-{i}", 3 + i, s) for i, s in enumerate((-0.28, -0.37, -0.6, -0.12, -1.0))]
    assert bool(of(feed(state, days), "sentiment_drop")) is fires
    # Praise read as negative never raises it either.
    assert of(feed(state, [mood("z-1", 9, -0.9, praise_cue=True)]), "sentiment_drop") == []


@pytest.mark.parametrize(
    ("scores", "fires"),
    [({"nps": 10}, True), ({"csat": 5}, True), ({"nps": 8}, False), ({"ces": 6}, False)],
)
def test_a_satisfied_survey_answer_is_part_of_the_usual(
    scores: dict[str, int], fires: bool
) -> None:
    # One message and an NPS 10 (or CSAT 5) is a baseline of two; a passive NPS or a
    # high-effort CES says nothing of being satisfied.
    state = CustomerState("c-1")
    days = [mood("p-0", 0, 0.9), survey("s-0", 1, None, **scores)]
    days += [mood(f"n-{i}", 3 + i, s) for i, s in enumerate((-0.65, -1.0, -1.0))]
    alerts = of(feed(state, days), "sentiment_drop")
    assert bool(alerts) is fires
    if fires:
        assert alerts[0].details["baseline"] == "0.70"  # (0.9 + satisfied_sentiment 0.5) / 2


@pytest.mark.parametrize(("nps", "fires"), [(2, True), (8, False)])
def test_a_detractor_answer_can_be_the_message_that_makes_the_fall(nps: int, fires: bool) -> None:
    # The slide's last word is the survey ("meh", NPS 0, a comment too short to score):
    # a negative message of the fall, so it may raise the alert itself.
    state = CustomerState("c-1")
    days = [mood(f"p-{i}", i, 0.7) for i in range(3)]
    days += [mood("n-0", 4, -0.9, intents=["complaint"]), mood("n-1", 5, -0.9)]
    days += [survey("s-0", 6, "meh", nps=nps)]
    alerts = of(feed(state, days), "sentiment_drop")
    assert bool(alerts) is fires
    if fires:
        assert alerts[0].evidence == ["n-0", "n-1", "s-0"]
        assert alerts[0].created_at == at(6)


def unscored(event_id: str, day: float, text: str, **fields: Any) -> EnrichedTouchpoint:
    return event(event_id, day, text=text, scored=False, sentiment=0.0,
                 sentiment_label="neutral", language="und", **fields)  # fmt: skip


@pytest.mark.parametrize(
    ("usual", "baseline"),
    [
        ([{"intents": ["praise"]}, {"intents": ["question"]}], "0.25"),  # (0.5 + 0.0) / 2
        ([{"emotions": ["gratitude"]}, {"praise_cue": True}], "0.50"),  # satisfied_sentiment
        ([{"intents": ["praise"]}, {"intents": []}], None),  # a remark: sentiment unknown
        ([{"intents": ["praise"]}, {"intents": ["question"], "emotions": ["anger"]}], None),
    ],
    ids=["praise-and-question", "thanks-and-praise-cue", "remark", "upset-question"],
)
def test_praise_and_calm_questions_the_model_cannot_score_are_part_of_the_usual(
    usual: list[dict[str, Any]], baseline: str | None
) -> None:
    # "obg, perfeito", "Os pneus de inverno estao incluidos?": too short for a language,
    # so unscored, yet they say how the customer usually is (praise at
    # satisfied_sentiment, a calm question neutral): a baseline to fall from.
    state = CustomerState("c-1")
    days = [
        unscored(f"u-{i}", i, f"obg, perfeito {i}?", **fields) for i, fields in enumerate(usual)
    ]
    days += [mood(f"n-{i}", 3 + i, -0.9, intents=["complaint"]) for i in range(3)]
    alerts = of(feed(state, days), "sentiment_drop")
    assert [a.details["baseline"] for a in alerts] == ([baseline] if baseline else [])


def test_a_message_far_below_the_customers_usual_is_negative_for_them() -> None:
    # "Otra factura confusa, lo de siempre" reads -0.18, above the model's -0.2, but
    # from a usual of +0.6 it is as plain a fall as the complaints around it.
    state = CustomerState("c-1")
    days = [mood(f"p-{i}", i, 0.6) for i in range(3)]
    days += [mood("n-0", 4, -1.0), mood("n-1", 5, -0.18), mood("n-2", 6, -1.0)]
    [alert] = of(feed(state, days), "sentiment_drop")
    assert alert.evidence == ["n-0", "n-1", "n-2"]
    # From a usual of 0.0, -0.18 is no fall: two negative messages are not a trend.
    state = CustomerState("c-2")
    days = [mood(f"p-{i}", i, 0.0) for i in range(3)]
    days += [mood("n-0", 4, -1.0), mood("n-1", 5, -0.18), mood("n-2", 6, -1.0)]
    assert of(feed(state, days), "sentiment_drop") == []


def test_one_bad_moment_said_twice_and_the_next_days_apology_is_not_a_fall() -> None:
    # hand-written one bad day: a complaint on the phone and the same words in a ticket
    # an hour later (or its detractor survey), then "sorry for yesterday, it worked"
    # read as -0.83: two negative messages, not three.
    angry = "L'app si blocca ogni volta che carico la fattura, che nervi!!"
    for again in (mood("n-1", 4.06, -0.81, text=angry), survey("s-0", 4.08, nps=3)):
        state = CustomerState("c-1")
        days = [mood(f"p-{i}", i, 0.6) for i in range(3)]
        days += [mood("n-0", 4, -0.81, text=angry), again]
        days += [mood("n-2", 5, -0.83, text="Scusate per ieri, ero nervosa. Poi ha funzionato")]
        assert of(feed(state, days), "sentiment_drop") == []
    # The same complaint days apart is a new bad moment each time (as enrichment reads
    # it: a complaint, in anger).
    state = CustomerState("c-1")
    days = [mood(f"p-{i}", i, 0.6) for i in range(3)]
    days += [mood(f"n-{i}", 4 + i, -0.81, text=angry, intents=["complaint"], emotions=["anger"])
             for i in range(3)]  # fmt: skip
    assert len(of(feed(state, days), "sentiment_drop")) == 1


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("gestern war ich etwas zu harsch, sorry", False),
        ("Desculpem a mensagem de ontem, estava irritada. Obrigada por tratarem disso.", False),
        ("Perdon por el tono de ayer, estaba de mal humor.", False),
        ("Sorry, but yesterday's class was cancelled again", True),  # a complaint
        ("Der Kursplan ist wieder falsch", True),  # no apology
    ],
)
def test_an_apology_for_the_customers_own_words_ends_the_bad_moment(text: str, fires: bool) -> None:
    # hand-tuning8/one_bad_day: praise the model misreads (-0.45, no praise cue), one
    # complaint, then the next day's apology read -0.47: three negatives over 18 hours.
    state = CustomerState("c-1")
    days = [mood(f"p-{i}", i, 0.6) for i in range(2)]
    days += [mood("m-0", 2, -0.45, text="Die App funktioniert einwandfrei, Kurs buchen")]
    days += [mood("n-0", 5, -0.55, intents=["complaint"], text="Lüftung kaputt. Unzumutbar.")]
    days += [mood("n-1", 6, -0.47, text=text)]
    assert bool(of(feed(state, days), "sentiment_drop")) is fires


def test_a_complaint_the_model_could_not_score_is_a_negative_message() -> None:
    # "Estic fart: factures errònies, esperes de 40 minuts" (Catalan): unscored, a
    # complaint all the same; a detractor answer's comment ("bad") counts once.
    state = CustomerState("c-1")
    days = [mood(f"p-{i}", i, 0.6) for i in range(3)]
    days += [mood("n-0", 4, -0.7)]
    days += [event("u-0", 5, text="Estic fart: factures errònies", language="ca",
                   scored=False, intents=["complaint"])]  # fmt: skip
    days += [mood("n-1", 6, -0.9)]
    [alert] = of(feed(state, days), "sentiment_drop")
    assert alert.evidence == ["n-0", "u-0", "n-1"]
    state = CustomerState("c-2")
    days = [mood(f"p-{i}", i, 0.6) for i in range(3)]
    days += [mood("n-0", 4, -0.7), survey("s-0", 5, "bad", nps=3), mood("n-1", 6, -0.9)]
    days[-2] = days[-2].model_copy(update={"intents": ["complaint"]})
    [alert] = of(feed(state, days), "sentiment_drop")
    assert alert.evidence == ["n-0", "s-0", "n-1"]


def test_sentiment_drop_cooldown_covers_a_quick_relapse() -> None:
    state = CustomerState("c-1")
    first = [mood(f"p-{i}", i, 0.8) for i in range(3)]
    first += [mood(f"n-{i}", 4 + i, -0.8) for i in range(4)]
    assert len(of(feed(state, first), "sentiment_drop")) == 1
    recovery = [mood(f"r-{i}", 8 + i, 0.9) for i in range(4)]
    relapse = [mood(f"m-{i}", 12 + i, -0.9) for i in range(4)]
    assert of(feed(state, recovery), "sentiment_drop") == []
    assert of(feed(state, relapse), "sentiment_drop") == []  # within the cooldown


def test_a_long_anger_pages_once_per_cooldown_and_a_new_fall_pages_again() -> None:
    state = CustomerState("c-1")
    history = [mood(f"p-{i}", i, 0.8) for i in range(3)]
    history += [mood(f"n-{i}", 4 + 2 * i, -0.8) for i in range(5)]  # ten days of anger
    assert len(of(feed(state, history), "sentiment_drop")) == 1
    recovery = [mood(f"r-{i}", 30 + i, 0.9) for i in range(6)]
    second_fall = [mood(f"m-{i}", 37 + i, -0.9) for i in range(4)]
    assert len(of(feed(state, recovery + second_fall), "sentiment_drop")) == 1


# ---------------------------------------------------------------- repeat_contact --


def complaint(event_id: str, day: float, **fields: Any) -> EnrichedTouchpoint:
    fields.setdefault("topics", ["billing"])
    return mood(event_id, day, fields.pop("sentiment", -0.4), **fields)


def test_repeat_contact_three_times_on_one_topic_within_a_week() -> None:
    state = CustomerState("c-1")
    alerts = of(feed(state, [complaint("e-1", 0), complaint("e-2", 2), complaint("e-3", 4)]),
                "repeat_contact")  # fmt: skip
    [alert] = alerts
    assert alert.evidence == ["e-1", "e-2", "e-3"]
    assert alert.details["topic"] == "billing" and alert.details["contacts"] == "3"
    assert "same unresolved problem (billing) 3 times in 4.0 days" in alert.explanation


def test_one_problem_across_channels_in_a_day_even_when_the_topic_is_missed() -> None:
    # Four contacts in one day on e-mail, phone and chat about one login problem;
    # the classifier found the topic on the first only ("still locked out").
    state = CustomerState("c-1")
    chain = [
        complaint("e-1", 0.0, topics=["account_access"], channel="email"),
        complaint("e-2", 0.1, topics=[], channel="phone", kind="call", intents=["complaint"]),
        complaint("e-3", 0.2, topics=[], channel="chat", kind="chat", intents=["complaint"]),
        complaint("e-4", 0.3, topics=["account_access"], channel="email"),
    ]
    [alert] = of(feed(state, chain), "repeat_contact")
    assert alert.evidence == ["e-1", "e-2", "e-3"] and "email, phone, chat" in alert.explanation


def test_a_happy_customer_who_writes_often_is_not_a_repeat_contact() -> None:
    state = CustomerState("c-1")
    questions = [mood(f"q-{i}", i * 0.5, 0.0, topics=["billing"], text="How do I pay yearly?")
                 for i in range(6)]  # fmt: skip
    praise = [mood(f"p-{i}", 4 + i, 0.8, topics=["billing"]) for i in range(3)]
    asks = [mood(f"h-{i}", 8 + i, 0.0, intents=["help_request"], text="How do I add a user?")
            for i in range(3)]  # fmt: skip
    assert of(feed(state, questions + praise + asks), "repeat_contact") == []


def test_calm_questions_read_as_negative_are_not_a_problem_coming_back() -> None:
    # The tweet-trained model reads many plain questions as negative.
    state = CustomerState("c-1")
    asks = [mood(f"q-{i}", i, -0.6, intents=["question"], topics=["delivery"],
                 text="Do you deliver on Saturdays?", channel=("email", "chat", "web")[i])
            for i in range(3)]  # fmt: skip
    assert of(feed(state, asks), "repeat_contact") == []
    upset = [mood(f"u-{i}", 4 + i, -0.8, intents=["question"], emotions=["frustration"],
                  topics=["delivery"], text="Why is my parcel still not here?!")
             for i in range(3)]  # fmt: skip
    assert of(feed(state, upset), "repeat_contact")


def test_a_question_on_a_call_needs_no_question_mark_to_be_calm() -> None:
    # A call's transcript writes no "?" ("oiga hola llamaba para preguntar a qué hora
    # pasa el repartidor por la zona"): asked calmly, read as negative, no problem.
    state = CustomerState("c-1")
    ask = "oiga hola llamaba para preguntar a qué hora pasa el repartidor por la zona"
    calls = [mood(f"q-{i}", i, -0.5, intents=["question"], topics=["delivery"], text=ask,
                  channel="phone", kind="call", subject=None)
             for i in range(3)]  # fmt: skip
    assert of(feed(state, calls), "repeat_contact") == []


def test_a_resolved_problem_raised_later_starts_a_new_thread() -> None:
    state = CustomerState("c-1")
    chain = [complaint("e-1", 0), complaint("e-2", 1)]
    chain += [mood("ok", 1.5, 0.8, text="All sorted, thanks", emotions=["gratitude"])]
    chain += [complaint("e-3", 2), complaint("e-4", 2.5, channel="chat", kind="chat")]
    assert of(feed(state, chain), "repeat_contact") == []


def test_different_problems_are_not_one_repeat() -> None:
    state = CustomerState("c-1")
    chain = [complaint("e-1", 0, topics=["billing"]), complaint("e-2", 1, topics=["delivery"]),
             complaint("e-3", 2, topics=["bugs"])]  # fmt: skip
    assert of(feed(state, chain), "repeat_contact") == []


@pytest.mark.parametrize(
    ("second", "fires"),
    [
        ({"text": "I'm writing again about my invoice"}, True),
        ({"text": "Je relance pour la troisième fois !"}, True),
        ({"text": "Toujours pas de réponse pour ma facture"}, True),
        ({"subject": "RE: Facture"}, True),
        ({"text": "Scrivo di nuovo per la fattura, è assurdo"}, True),
        ({"text": "Escrevo outra vez por causa da fatura"}, True),
        ({"text": "Vuelvo a llamar por la factura, sigue sin resolverse"}, True),
        ({}, False),  # a second contact without saying it is a repeat
    ],
)
def test_repeat_contact_twice_when_the_customer_says_so(
    second: dict[str, Any], fires: bool
) -> None:
    state = CustomerState("c-1")
    alerts = of(feed(state, [complaint("e-1", 0), complaint("e-2", 1.5, **second)]),
                "repeat_contact")  # fmt: skip
    assert bool(alerts) is fires
    if fires:
        assert "says so" in alerts[0].explanation


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("Sorry für gestern, war genervt. Alles wieder gut", False),
        ("Desculpem o tom de ontem, já está tudo bem", False),
        ("Désolée pour le ton d'hier, tout va bien maintenant", False),
        ("Perdón por el tono de ayer, ya está todo bien", False),
        ("Scusate per ieri, ero nervosa. Ora tutto ok", False),
        ("Sorry about my rant yesterday, all good now", False),
        ("J'ai un peu honte de mon message d'hier 🙈 merci d'avoir réglé ça si vite.", False),
        ("Siento lo borde que fui ayer. Ya está todo bien, garcias", False),
        ("Perdonad el tono de ayer, estaba de los nervios. Gracias por arreglarlo 🙏", False),
        # hand-tuning39/one_bad_day: the reflexive form
        ("Je m'excuse pour mon message d'hier, pas très aimable. Merci d'avoir fait vite", False),
        ("Chiedo scusa per ieri, ero nervosa. Ora tutto ok", False),
        # hand-tuning93/one_bad_day: the way she wrote yesterday is no "I wrote yesterday"
        ("desculpem a forma como escrevi ontem, não era nada convosco pessoalmente", False),
        # hand-tuning118/one_bad_day: sorry for having been so
        ("Siento haberme puesto así ayer, no era culpa vuestra personalmente.", False),
        # hand-tuning53/one_bad_day: "again" in the greeting says nothing recurs
        (
            "Hi again, sorry for my tone yesterday, it was just one of those days. Thanks "
            "for sorting it so quickly.",
            False,
        ),
        # hand-tuning139/one_bad_day: "tut mir leid", and having overreacted
        ("Ich hab gestern überreagiert, tut mir leid", False),
        ("Ich hab gestern ueberreagiert, tut mir leid", False),
        ("Sorry, I overreacted on the phone.", False),
        # Not over: the apology says the thing is still wrong, or that it writes again.
        ("Entschuldigung für gestern, aber ich warte immer noch auf die Erstattung", True),
        ("Entschuldigung für gestern, warte immer noch auf die Erstattung", True),
        ("Sorry, I wrote yesterday and my refund is still missing", True),
    ],
)
def test_an_apology_for_the_bad_day_closes_the_problem(text: str, fires: bool) -> None:
    # hand-tuning15/one_bad_day: one angry message naming no topic the taxonomy knows,
    # then the next day's apology, read -0.71 with a complaint and frustration ("war
    # genervt") and "wieder" said of the good thing: the second contact of the problem,
    # saying it is still so. The apology ends the bad moment like a thanks.
    state = CustomerState("c-1")
    angry = "Die App hat meinen Test HLU7NQ verloren, soll ihn nochmal machen UNMÖGLICH."
    chain = [complaint("e-1", 0, topics=[], text=angry, intents=["complaint"])]
    upset = {"intents": ["complaint"], "emotions": ["frustration"]}
    chain += [complaint("e-2", 1, topics=[], sentiment=-0.71, text=text, **upset)]
    assert bool(of(feed(state, chain), "repeat_contact")) is fires
    if not fires:  # closed: the same problem a week later starts anew
        later = [complaint(f"l-{i}", 2 + i, topics=[], intents=["complaint"]) for i in (1, 2)]
        assert of(feed(state, later), "repeat_contact") == []


def test_a_copy_of_a_message_that_said_again_does_not_say_so_anew() -> None:
    # A happy writer posts "Fatura certinha outra vez, leitura real. Assim dá gosto."
    # ("the bill right again") twice, on two channels; the model reads it as a complaint.
    # The copy's "outra vez" is the first message's words, not a second contact saying
    # the first one was a repeat: two contacts, not yet min_contacts.
    state = CustomerState("c-1")
    praise = "@LumeoEnergia Fatura certinha outra vez, leitura real. Assim dá gosto."
    first = complaint("e-1", 0, text=praise, channel="social", kind="mention")
    copy = complaint("e-2", 2, text=praise.removeprefix("@LumeoEnergia "), channel="email")
    assert of(feed(state, [first, copy]), "repeat_contact") == []
    # Said in words of its own, it is the problem raised again.
    own = complaint("e-3", 2.5, text="Escrevo outra vez por causa da fatura", channel="chat")
    [alert] = of(feed(state, [own]), "repeat_contact")
    assert "says so" in alert.explanation


def test_a_third_copy_is_still_a_third_contact() -> None:
    # A customer who sends the same complaint three times has contacted us three times.
    state = CustomerState("c-1")
    text = "Facture fausse encore une fois, c'est inadmissible."
    chain = [complaint(f"e-{i}", day, text=text) for i, day in enumerate((0, 1, 2))]
    [alert] = of(feed(state, chain), "repeat_contact")
    assert alert.evidence == ["e-0", "e-1", "e-2"]
    assert "says so" not in alert.explanation


def test_repeat_outside_the_window_is_a_new_problem() -> None:
    state = CustomerState("c-1")
    again = {"text": "Problem with my invoice again"}
    assert of(feed(state, [complaint("e-1", 0), complaint("e-2", 10, **again)]),
              "repeat_contact") == []  # fmt: skip


def test_a_burst_of_messages_is_one_contact() -> None:
    state = CustomerState("c-1")
    burst = [complaint("e-1", 0), complaint("e-2", 0.04, text="again!!"),
             complaint("e-3", 0.08, text="AGAIN")]  # fmt: skip
    assert of(feed(state, burst), "repeat_contact") == []


def test_still_the_same_code_40_minutes_later_on_the_same_channel_is_a_new_contact() -> None:
    # hand-tuning149/topic_spike: "URGENT the app set my tank heater to 12°C, error
    # T12-RX", then on the same community thread 40 minutes on "Still T12-RX, water's at
    # 17 now, is anyone on this??": the customer came back, a repeat said so.
    first = complaint("e-1", 0, text="URGENT the app set my heater to 12C, error T12-RX",
                      channel="community", topics=["bugs"])  # fmt: skip
    later = {"channel": "community", "topics": ["bugs"], "intents": ["question"]}
    still = complaint("e-2", 40 / 1440, text="Still T12-RX, water's at 17 now!!", **later)
    state = CustomerState("c-1")
    assert of(feed(state, [first, still]), "repeat_contact")
    # hand-tuning151/topic_spike: "still stuck in the yard, still YRD-6Q/40. Anyone?" 16
    # minutes on, on the same social thread: the customer came back.
    sixteen = complaint("e-2", 16 / 1440, text="Still T12-RX, water's at 17 now!!", **later)
    assert of(feed(CustomerState("c-4"), [first, sixteen]), "repeat_contact")
    # Ten minutes on, it is the same contact going on.
    soon = complaint("e-2", 10 / 1440, text="Still T12-RX, water's at 17 now!!", **later)
    assert of(feed(CustomerState("c-2"), [first, soon]), "repeat_contact") == []
    # Naming no code or reference, a burst ("again!!") is one contact however long.
    bare = complaint("e-2", 40 / 1440, text="still not working, again!!", **later)
    assert of(feed(CustomerState("c-3"), [first, bare]), "repeat_contact") == []


def test_thanks_again_is_not_a_repeat_problem() -> None:
    state = CustomerState("c-1")
    thanks = complaint("e-2", 2, sentiment=0.8, text="Thanks again, all sorted!")
    thanks = thanks.model_copy(update={"emotions": ["gratitude"]})
    assert of(feed(state, [complaint("e-1", 0), thanks]), "repeat_contact") == []


def test_a_positive_score_without_thanks_does_not_resolve_the_problem() -> None:
    # The model reads "Je vous appelle car mon colis est marqué livré et je ne l'ai
    # jamais eu" as +0.75: a call about the open problem, not its end.
    state = CustomerState("c-1")
    chain = [complaint("e-1", 0, topics=["delivery"])]
    chain += [mood("e-2", 0.5, 0.75, topics=["delivery"], channel="phone", kind="call")]
    chain += [complaint("e-3", 1, topics=["delivery"], channel="chat", kind="chat")]
    [alert] = of(feed(state, chain), "repeat_contact")
    assert alert.evidence == ["e-1", "e-2", "e-3"]


def test_a_problem_said_calmly_then_still_there_is_one_thread() -> None:
    state = CustomerState("c-1")
    said = "I was charged twice for my November box, please refund one payment."
    chain = [mood("e-1", 0, 0.08, topics=["billing"], intents=["help_request"], text=said)]
    chain += [mood("e-2", 0.1, 0.0, topics=["billing"], channel="phone", kind="call")]
    assert of(feed(state, chain), "repeat_contact") == []  # nothing says it is a problem yet
    still = "The duplicate charge is still on my bank account, what is happening?"
    chain = [mood("e-3", 0.5, -0.7, topics=["billing"], intents=["question"], text=still,
                  channel="chat", kind="chat")]  # fmt: skip
    [alert] = of(feed(state, chain), "repeat_contact")
    assert alert.evidence == ["e-1", "e-2", "e-3"]


def test_a_question_about_a_problem_then_still_there_is_raised_again() -> None:
    # The first contact asks calmly; the second says it is still so, on another channel.
    state = CustomerState("c-1")
    ask = "I've been charged twice for order #497853, can you check please?"
    still = "Any news on the double payment for #497853? Still showing twice."
    chain = [mood("e-1", 0, -0.2, topics=["billing"], intents=["question"], text=ask,
                  channel="web", kind="ticket"),
             mood("e-2", 0.3, -0.3, topics=["billing"], intents=["question"], text=still,
                  channel="chat", kind="chat")]  # fmt: skip
    [alert] = of(feed(state, chain), "repeat_contact")
    assert alert.evidence == ["e-1", "e-2"] and 'says so ("any news")' in alert.explanation


@pytest.mark.parametrize(
    "follow_up",
    [
        "R: il rimborso della fattura del veterinario, ancora aperto. Quanto devo aspettare?",
        "RES: o reembolso da fatura do veterinario, ainda sem solucao. Ate quando?",
    ],
)
def test_a_question_saying_it_is_still_open_raises_the_problem_again(follow_up: str) -> None:
    # heldout5: a complaint in German, the follow-up a day later asked in Italian or
    # Portuguese ("ancora aperto", "ainda sem": still open, still without).
    state = CustomerState("c-1")
    first = "Problem: die Erstattung der Tierarztrechnung. Seit Tagen keine Reaktion."
    chain = [mood("e-1", 0, -0.75, topics=["refund"], intents=["complaint"], text=first,
                  channel="phone", kind="call"),
             mood("e-2", 0.8, -0.05, topics=["refund"], intents=["question"], text=follow_up,
                  channel="web", kind="ticket")]  # fmt: skip
    [alert] = of(feed(state, chain), "repeat_contact")
    assert alert.evidence == ["e-1", "e-2"] and "says so" in alert.explanation


@pytest.mark.parametrize(
    ("gap_days", "fires"),
    [(0.02, True), (2.0, True), (8.0, False)],
    ids=["same-hour", "two-days-later", "after-the-window"],
)
def test_still_with_no_topic_refers_to_the_open_problem(gap_days: float, fires: bool) -> None:
    # "Tried again, still declined": no topic word; it joins the customer's open problem
    # of the [model] repeat_window_days, on any channel, not one from before the window.
    state = CustomerState("c-1")
    tried = "Trying to pay and it errors at the last step, every time."
    chain = [complaint("e-1", 0, topics=["billing"], channel="chat", kind="chat", text=tried)]
    chain += [mood("e-2", gap_days, -0.1, topics=[], channel="phone", kind="call",
                   text="Hello, tried again, still declined.")]  # fmt: skip
    assert bool(of(feed(state, chain), "repeat_contact")) is fires


@pytest.mark.parametrize(("gap_days", "fires"), [(0.02, True), (2.0, False)])
def test_a_complaint_still_there_after_a_question_on_other_words(
    gap_days: float, fires: bool
) -> None:
    # The question and the complaint got different topics; within episode_hours the
    # complaint that says "toujours" refers to the question just asked.
    state = CustomerState("c-1")
    ask = "La page de paiement tourne puis affiche 'transaction échouée'. Quelqu'un d'autre ?"
    chain = [mood("q-1", 0, -0.6, topics=["billing"], intents=["question"], text=ask,
                  channel="chat", kind="chat"),
             mood("e-2", gap_days, -0.5, topics=["price"], text="Réessayé, toujours refusé.",
                  intents=["complaint"], channel="web", kind="ticket")]  # fmt: skip
    assert bool(of(feed(state, chain), "repeat_contact")) is fires


def test_a_remark_read_as_negative_does_not_refer_back() -> None:
    # "toujours impeccable 👍" scored -0.27: no complaint nor question, so no problem
    # still there, whatever the earlier contact on its topic.
    state = CustomerState("c-1")
    ask = "Est-ce possible de changer l'adresse de livraison ?"
    chain = [mood("q-1", 0, 0.1, topics=["delivery"], intents=["question"], text=ask,
                  channel="chat", kind="chat"),
             mood("n-1", 0.1, -0.27, topics=["delivery"], channel="email",
                  text="Troisième commande ce mois-ci et toujours impeccable 👍")]  # fmt: skip
    assert of(feed(state, chain), "repeat_contact") == []


def test_still_happy_is_no_problem_raised_again() -> None:
    state = CustomerState("c-1")
    ask = "Où trouver ma dernière facture ?"
    chain = [mood("q-1", 0, -0.3, topics=["billing"], intents=["question"], text=ask)]
    chain += [mood("n-1", 0.2, -0.1, topics=[], text="Toujours aussi satisfait, continuez.")]
    assert of(feed(state, chain), "repeat_contact") == []


@pytest.mark.parametrize(
    "text",
    [
        "Immer noch kein Paket, gibt es Neuigkeiten?",
        "Sigo sin el pedido, ¿alguna novedad?",
        "Il pacco è ancora fermo, ci sono novità?",
        "A encomenda ainda está parada, alguma novidade?",
        # it goes on, writing again
        "The delivery problem persists",
        "Le problème de livraison persiste",
        "Der Fehler besteht weiterhin",
        "El fallo continúa",
        "Il pacco continua a non arrivare",
        "Continua o erro na entrega",
        "Je réécris pour le colis",
        "Ich schreibe nochmal wegen des Pakets",
    ],
)
def test_still_so_or_writing_again_in_six_languages(text: str) -> None:
    state = CustomerState("c-1")
    chain = [complaint("e-1", 0, topics=["delivery"], channel="email")]
    chain += [complaint("e-2", 1, topics=["delivery"], channel="web", kind="ticket", text=text)]
    assert of(feed(state, chain), "repeat_contact")
    # the same second message without those words is a second contact only
    chain[1] = chain[1].model_copy(update={"text": PLAIN})
    assert of(feed(CustomerState("c-2"), chain), "repeat_contact") == []


def test_always_the_same_thing_says_the_problem_goes_on() -> None:
    # hand-tuning231/topic_spike: a complaint naming no topic, then twenty minutes on,
    # on chat, "always the same thing" (-0.14, no complaint) was no repeat.
    state = CustomerState("c-1")
    first = "Lezione online impossibile, la stanza ci butta fuori continuamente"
    chain = [complaint("e-1", 0, topics=[], intents=["complaint"], text=first)]
    chain += [mood("c-1", 0.014, -0.14, topics=[], channel="chat", kind="chat",
                   text="sempre la stessa cosa, ci butta fuori anche dal pc")]  # fmt: skip
    assert of(feed(state, chain), "repeat_contact")


@pytest.mark.parametrize(
    ("sentiment", "intents", "text"),
    [
        (0.23, ["complaint"], "Me again, second message about VD-321908 not delivered"),
        (-0.31, [], "Déjà signalé tout à l'heure : VD-717326 toujours en échec de livraison"),
        (-0.76, ["complaint"], "C'est encore moi, deuxième message pour le colis non livré"),
    ],
    ids=["complaint-read-positive", "negative-remark", "complaint"],
)
def test_a_second_message_saying_so_refers_to_the_question_just_asked(
    sentiment: float, intents: list[str], text: str
) -> None:
    # The first contact asks where the parcel is (a calm question, even read as positive);
    # the second, on another channel within episode_hours, says it is a repeat.
    state = CustomerState("c-1")
    ask = "Euh oui, où est mon colis ? VD-128746 livraison échouée"
    chain = [mood("q-1", 0, 0.2, topics=["delivery"], intents=["question"], text=ask,
                  channel="phone", kind="call"),
             mood("e-2", 0.05, sentiment, topics=["delivery"], intents=intents, text=text,
                  channel="email")]  # fmt: skip
    [alert] = of(feed(state, chain), "repeat_contact")
    assert alert.evidence == ["q-1", "e-2"]


def test_a_question_answered_and_thanked_is_not_what_a_later_complaint_refers_to() -> None:
    # "Puedo cambiar el dia del cargo al 10?" then "Listo, gracias": answered. The
    # complaint two hours later ("otra vez consumo estimado...") is a first contact.
    state = CustomerState("c-1")
    ask = mood("q-1", 0, -0.09, topics=["billing"], intents=["question"], channel="chat",
               text="Puedo cambiar el dia del cargo al 10?")  # fmt: skip
    thanks = mood("t-1", 0.01, 0.0, topics=[], emotions=["gratitude"], channel="chat",
                  text="Listo, gracias por la rapidez")  # fmt: skip
    again = complaint("e-2", 0.09, topics=[], subject=None, channel="community", kind="post",
                      text="otra vez consumo estimado y el doble de lo normal")  # fmt: skip
    assert of(feed(state, [ask, thanks, again]), "repeat_contact") == []
    # Unthanked, the question is what the complaint follows up.
    [alert] = of(feed(CustomerState("c-2"), [ask, again]), "repeat_contact")
    assert alert.evidence == ["q-1", "e-2"]
    # Saying in words of its own that it writes again, it refers back across the thanks.
    wrote = again.model_copy(update={"text": "Ya escribí por el cargo y nadie contesta"})
    [alert] = of(feed(CustomerState("c-3"), [ask, thanks, wrote]), "repeat_contact")
    assert alert.evidence == ["q-1", "e-2"]


def test_any_news_naming_no_topic_days_later_raises_the_open_problem_again() -> None:
    # "toujours aucune nouvelle pour ma caution ??": a calm question the classifier gives
    # no topic, a day after the deposit complaint; it is that problem raised again.
    state = CustomerState("c-1")
    held = "You still hold my 150 EUR deposit on my card, I closed my account. Sort this out."
    chain = [complaint("e-1", 0, topics=["account_access"], channel="chat", kind="chat",
                       intents=["help_request"], text=held),
             mood("e-2", 0.55, -0.89, topics=[], intents=["question"], channel="web",
                  kind="ticket", text="toujours aucune nouvelle pour ma caution ??")]  # fmt: skip
    [alert] = of(feed(state, chain), "repeat_contact")
    assert alert.evidence == ["e-1", "e-2"]


def test_still_so_naming_no_topic_refers_to_a_request_read_as_calm() -> None:
    # The first contact asks for a fix in words the model reads as positive (+0.29); a day
    # later "Scrivo di nuovo ..., è assurdo" names no topic: the same request, not met.
    state = CustomerState("c-1")
    ask = "Il deposito di 150 EUR è ancora bloccato sulla carta. Per favore risolvete."
    chain = [mood("e-1", 0, 0.29, topics=["account_access"], intents=["help_request"],
                  text=ask, channel="chat", kind="chat"),
             mood("e-2", 0.8, 0.18, topics=[], emotions=["frustration"], channel="social",
                  kind="post", text="Scrivo di nuovo per il mio deposito, è assurdo")]  # fmt: skip
    [alert] = of(feed(state, chain), "repeat_contact")
    assert alert.evidence == ["e-1", "e-2"]


def test_a_count_naming_no_topic_does_not_refer_to_a_calm_request() -> None:
    # "logged me out three times today" counts the app's failures, two days after a calm
    # how-to request: a new problem, not that request raised again.
    state = CustomerState("c-1")
    chain = [mood("h-1", 0, 0.05, topics=["account_access"], intents=["help_request"],
                  text="hey how do i add a second user to my account", channel="web",
                  kind="ticket"),
             mood("e-2", 2.1, -0.61, topics=[], intents=["complaint"],
                  emotions=["frustration"], channel="email",
                  text="Your app logged me out three times today. Fed up.")]  # fmt: skip
    assert of(feed(state, chain), "repeat_contact") == []


def test_again_days_after_a_question_on_its_topic_is_no_repeat() -> None:
    # "The VAT number is wrong again" six days after a question about where invoices go:
    # the same broad topic, not the same problem raised again.
    state = CustomerState("c-1")
    ask = "Can we get the invoices sent to accounts@ instead of me?"
    vat = "The invoice shows last year's VAT number again. Third month in a row."
    chain = [mood("q-1", 0, -0.28, topics=["billing"], intents=["question"], text=ask,
                  channel="phone", kind="call"),
             mood("n-1", 6, -0.37, topics=["billing"], text=vat, channel="web",
                  kind="ticket")]  # fmt: skip
    assert of(feed(state, chain), "repeat_contact") == []


def test_declined_three_times_after_a_question_on_another_topic_is_no_repeat() -> None:
    # "three times" counts payment attempts here; the earlier question was about prices.
    state = CustomerState("c-1")
    ask = "Quelle est la différence entre l'offre Plus et l'offre Famille ?"
    chain = [mood("q-1", 0, -0.23, topics=["price"], intents=["question"], text=ask,
                  channel="social", kind="mention"),
             mood("e-2", 0.04, -1.0, topics=["billing"], intents=["complaint", "question"],
                  text="Votre paiement est en panne ? Refusé trois fois.")]  # fmt: skip
    assert of(feed(state, chain), "repeat_contact") == []


def test_a_calm_question_saying_again_does_not_refer_back() -> None:
    state = CustomerState("c-1")
    chain = [mood("q-1", 0, -0.24, topics=["billing"], intents=["question"],
                  text="Is there a way to download all my invoices at once?", channel="phone",
                  kind="call"),
             mood("q-2", 0.2, -0.53, topics=["billing"], intents=["question"],
                  text="is your payment system down? declined three times", channel="chat",
                  kind="chat")]  # fmt: skip
    assert of(feed(state, chain), "repeat_contact") == []


def test_calm_questions_and_neutral_notes_alone_are_no_problem_thread() -> None:
    state = CustomerState("c-1")
    chain = [mood(f"n-{i}", i * 0.5, 0.0, topics=["delivery"], channel=c, kind=k)
             for i, (c, k) in enumerate((("email", "message"), ("phone", "call"),
                                         ("chat", "chat"), ("web", "ticket")))]  # fmt: skip
    chain += [mood("q-1", 2.5, -0.5, topics=["delivery"], intents=["question"],
                   text="Do you deliver on Saturdays?")]  # fmt: skip
    assert of(feed(state, chain), "repeat_contact") == []
    # Saying it is still so, on the topic of that open thread, makes it a problem.
    still = mood("q-2", 2.6, -0.5, topics=["delivery"], intents=["question"],
                 text="Is my parcel still at the depot?")  # fmt: skip
    assert of(feed(state, [still]), "repeat_contact")


def test_a_polite_any_news_still_pending_thanks_does_not_close_the_problem() -> None:
    # The model reads "...? Still pending. Thanks" as +1.00 with gratitude: asking whether
    # the problem is solved yet, it is the problem raised again, not its end.
    state = CustomerState("c-1")
    broken = "The wallbox blinks red and the app says the device is unavailable. Fix it."
    polite = "Hello, any news on the wallbox? Still pending. Thanks"
    chain = [complaint("e-1", 0, topics=[], intents=["complaint"], text=broken),
             mood("e-2", 1.5, 1.0, topics=[], intents=["question"], emotions=["gratitude"],
                  text=polite, channel="web", kind="ticket")]  # fmt: skip
    [alert] = of(feed(state, chain), "repeat_contact")
    assert alert.evidence == ["e-1", "e-2"]


@pytest.mark.parametrize(
    "polite", ["Il rimborso? Ancora niente. Grazie", "Il rimborso? Ancora non arrivato. Grazie"]
)
def test_a_polite_still_not_in_italian_does_not_close_the_problem(polite: str) -> None:
    # "Ancora non", "ancora niente" say "still not", "still nothing" as "noch nicht",
    # "todavia no" and "ainda não" do.
    state = CustomerState("c-1")
    chain = [complaint("e-1", 0, topics=[], intents=["complaint"], text="Rimborso mai arrivato."),
             mood("e-2", 1.5, 1.0, topics=[], intents=["question"], emotions=["gratitude"],
                  text=polite, channel="web", kind="ticket")]  # fmt: skip
    [alert] = of(feed(state, chain), "repeat_contact")
    assert alert.evidence == ["e-1", "e-2"]


def test_a_bare_still_in_italian_says_the_problem_goes_on() -> None:
    # "ancora VH-417, ho riavviato il router e la lavatrice, niente", an hour after the
    # first report on another channel: "ancora" says "still" as "immer noch" does, and
    # two contacts said so are a repeat.
    state = CustomerState("c-1")
    first = "L'app dice 'Macchina offline - errore VH-417', non riesco ad avviare la lavatrice"
    again = "ancora VH-417, ho riavviato il router e la lavatrice, niente"
    chain = [complaint("e-1", 0, topics=["bugs"], intents=["complaint"], text=first),
             mood("e-2", 0.05, -0.26, topics=[], text=again, channel="community",
                  kind="post")]  # fmt: skip
    [alert] = of(feed(state, chain), "repeat_contact")
    assert alert.evidence == ["e-1", "e-2"]
    # "Grazie ancora" is a thanks again, and "posso ancora" asks what one may still do.
    state = CustomerState("c-2")
    thanks = mood("t-1", 0.1, 0.6, topics=[], emotions=["gratitude"], text="Grazie ancora!")
    assert of(feed(state, [complaint("e-1", 0), thanks]), "repeat_contact") == []


@pytest.mark.parametrize(
    ("text", "refs"),
    [
        ("Repair visit for my washer (VT-406905) postponed", {"VT406905"}),
        ("rif. vd-771288, ordine #466560", {"VD771288", "466560"}),
        ("Examen passé (7HG68Q), toujours pas de certificat", {"7HG68Q"}),
        # hand-tuning58: a case id with a year ("RM-26-36591", named in four contacts)
        ("@Ramasso RM-26-36591 – o colchão continua no quintal", {"RM2636591"}),
        # hand-tuning61: a number and its year after a slash ("demande 93423/26")
        ("Je me permets de relancer la demande 93423/26 ouverte par Céline", {"93423/26"}),
        ("pratica 40217/2026, ancora niente", {"40217/2026"}),
        # hand-tuning161: two groups of letters ("MT-RC461336"), not an account id whose
        # country is set off by a hyphen ("PRO-ES-63581")
        ("Auftrag MT-RC461336 ist immer noch nicht da", {"MTRC461336"}),
        # hand-tuning281/b2b_accounts: a number and a suffix of one to three digits
        ("Processo CR-70001-13: tudo na mesma, vários colegas já escreveram", {"CR7000113"}),
        ("Dossier APV-E7101 ouvert", {"APVE7101"}),
        ("todos los pedidos de la cuenta PRO-ES-63581", set()),
        # error codes, phone numbers and plain numbers are no references
        ("ancora VH-417, AUTH-502, chiamate il +33620114640, 3 settimane", set()),
        # hand-tuning254/b2b_accounts: letters, a slash, five digits and a letter, written
        # and as a call's transcript spells it; not an error code's "WV/0438" nor "QP-7741-K"
        ("Como ya escribió Elena, incidencia CAN/74058-R: sigue igual", {"CAN74058"}),
        ("llamo por la incidencia can/74058-r no esta arreglado", {"CAN74058"}),
        ("erro WV/0438 na declaração, dá sempre QP-7741-K", set()),
        # nor a school year, a date or an amount
        ("inscriptions 2025/26 ouvertes le 12/10/2026, 1500/mois, 12345,5/26", set()),
    ],
)
def test_references_a_contact_names(text: str, refs: set[str]) -> None:
    assert references(enriched(text=text)) == refs


def test_a_call_naming_the_case_a_colleagues_follow_up_named_is_a_repeat() -> None:
    # hand-tuning61/b2b_accounts: a contact follows up a colleague's case by its number,
    # then calls three days later naming it again: their own problem, raised twice.
    state = CustomerState("c-1")
    follow_up = (
        "Je me permets de relancer la demande 93423/26 ouverte par Céline mercredi : encore "
        "une famille refusée ce matin avec le même message de compte suspendu."
    )
    call = (
        "oui bonjour Guillaume je vous appelle pour la demande 93423/26 plusieurs collègues "
        "vous ont écrit et rien ne bouge"
    )
    chain = [mood("e-1", 0, -0.29, topics=[], text=follow_up),
             complaint("e-2", 3, topics=[], intents=["complaint"], text=call,
                       channel="phone", kind="call")]  # fmt: skip
    [alert] = of(feed(state, chain), "repeat_contact")
    assert alert.evidence == ["e-1", "e-2"]


def test_a_complaint_about_another_reference_is_another_problem() -> None:
    # Two problems, each thanked as sorted: "still NO refund" for the returned oven
    # VT-629921 says "still" of its own matter, not of the washer's visit VT-406905.
    state = CustomerState("c-1")
    washer = "Repair visit for my washer (VT-406905) postponed for the third time."
    oven = "Returned the oven (return VT-629921), and still NO refund. Where is my money?"
    chain = [complaint("e-1", 0, topics=[], intents=["complaint"], text=washer),
             mood("t-1", 1, 0.8, topics=[], emotions=["gratitude"],
                  text="All sorted now (VT-406905), thanks", channel="chat", kind="chat"),
             complaint("e-2", 4, topics=["refund"], intents=["complaint"], text=oven,
                       channel="web", kind="ticket")]  # fmt: skip
    assert of(feed(state, chain), "repeat_contact") == []
    # The same reference again is the same problem, even on another topic's words.
    state = CustomerState("c-2")
    again = "Still no technician for VT-406905, writing again. Unacceptable"
    chain = [complaint("e-1", 0, topics=[], intents=["complaint"], text=washer),
             complaint("e-2", 0.5, topics=["support_responsiveness"],
                       intents=["complaint"], text=again, channel="chat", kind="chat")]  # fmt: skip
    [alert] = of(feed(state, chain), "repeat_contact")
    assert alert.evidence == ["e-1", "e-2"]


def test_a_new_problem_under_another_two_letter_group_reference_is_another_problem() -> None:
    # hand-tuning161/repeat_contacts: a missed appointment (MT-RC273435) confirmed as done,
    # then a refund "immer noch nicht da" for another order (MT-RC461336): two problems.
    state = CustomerState("c-1")
    first = "Termin MT-RC273435: niemand kam, keine Nachricht, nichts."
    done = "Bestatige: MT-RC273435 ist erledigt, alles angekommen. Danke!"
    refund = "Die Ersttatung für den stornierten Auftrag MT-RC461336 ist immer noch nicht da."
    chain = [complaint("e-1", 0, topics=[], intents=["complaint"], text=first,
                       channel="chat", kind="chat"),
             mood("t-1", 1, 0.5, topics=[], emotions=["gratitude"], text=done),
             complaint("e-2", 4, topics=[], intents=["complaint"], text=refund,
                       channel="chat", kind="chat")]  # fmt: skip
    assert of(feed(state, chain), "repeat_contact") == []


def test_a_thanks_the_model_reads_as_neutral_closes_the_problem_and_opens_none() -> None:
    # "Factura recibida, gracias" scores 0.00: a thanks still, not a follow-up on billing
    # that a first complaint days later would be the second contact of.
    state = CustomerState("c-1")
    thanks = mood("t-1", 0, 0.0, topics=["billing"], emotions=["gratitude"],
                  text="Factura recibida, gracias")  # fmt: skip
    first = mood("e-1", 4, -0.18, topics=["billing"], intents=["help_request"],
                 emotions=["frustration"], channel="community", kind="post",
                 text="Muy molesto: la factura sigue cobrando 3 coches devueltos")  # fmt: skip
    assert of(feed(state, [thanks, first]), "repeat_contact") == []
    # and it ends the problem before it: the same complaint again after it is a new thread
    state = CustomerState("c-2")
    done = mood("t-2", 1, -0.15, topics=[], emotions=["gratitude"],
                text="Ja esta resolvido, muito obrigado pela ajuda!")  # fmt: skip
    chain = [complaint("e-1", 0), done, complaint("e-2", 2, channel="chat", kind="chat")]
    chain += [complaint("e-3", 3, channel="web", kind="ticket")]
    assert of(feed(state, chain), "repeat_contact") == []


def test_a_question_signed_off_with_thanks_is_no_thanks_that_closes() -> None:
    # "where is my box? ... Cheers" carries gratitude: it asks, the problem is not over,
    # and the "me again, second message" after it refers back to it.
    state = CustomerState("c-1")
    ask = "Hello there, where is my box? VD-771288 shows delivery failed. Cheers"
    again = "me again, second message about vd-771288 not delivered"
    chain = [mood("q-1", 0, -0.24, topics=["delivery"], intents=["question"], text=ask,
                  emotions=["gratitude"]),
             mood("e-2", 0.02, -0.68, topics=["delivery"], intents=["complaint"], text=again,
                  channel="social", kind="mention")]  # fmt: skip
    [alert] = of(feed(state, chain), "repeat_contact")
    assert alert.evidence == ["q-1", "e-2"]


def test_praise_the_model_misreads_is_no_problem_and_closes_one() -> None:
    # "... sans souci. Nickel" reads -0.35; enrichment's praise_cue says the words praise.
    state = CustomerState("c-1")
    nickel = "La borne recharge la voiture la nuit sans souci. Nickel"
    chain = [mood(f"p-{i}", i * 2, -0.35, topics=["billing"], text=nickel, praise_cue=True,
                  channel=("community", "email", "chat")[i]) for i in range(3)]  # fmt: skip
    assert of(feed(state, chain), "repeat_contact") == []
    state = CustomerState("c-2")
    chain = [complaint("e-1", 0), chain[0].model_copy(update={"occurred_at": at(1)})]
    chain += [complaint("e-2", 2, channel="chat", kind="chat")]
    chain += [complaint("e-3", 3, channel="web", kind="ticket")]
    assert of(feed(state, chain), "repeat_contact") == []


@pytest.mark.parametrize(
    "text",
    [
        "Fatura certinha outra vez, leitura real. Assim dá gosto.",
        "Rechnung wieder korrekt mit echtem Zählerstand. So soll es sein.",
        "Bill spot on again. Still the best supplier I had.",
        # hand-tuning45: the same again, praised; "sin" (without) is no lack here
        "third visit this year and still the same lovely vet. Tilly actually wagged going in",
        "Otra vez el mismo veterinario tan majo, se acordaba de la alergia de Biscuit sin "
        "mirar la ficha",
    ],
)
def test_praise_saying_again_or_still_closes_the_problem(text: str) -> None:
    # "Again" or "still" in praise says the good thing recurs, whatever the model reads.
    state = CustomerState("c-1")
    chain = [complaint("e-1", 0, channel="chat", kind="chat")]
    chain += [mood("p-1", 1, -0.4, topics=["billing"], text=text, praise_cue=True)]
    chain += [complaint("e-2", 2, text="Problem with my invoice again", channel="web")]
    assert of(feed(state, chain), "repeat_contact") == []
    assert state.problems[0]["open"] is False


def test_praise_the_model_reads_as_positive_with_again_closes_the_problem() -> None:
    state = CustomerState("c-1")
    right = "Factura correcta otra vez, con lectura real. Así da gusto."
    chain = [complaint("e-1", 0, channel="chat", kind="chat")]
    chain += [mood("p-1", 1, 0.4, topics=["billing"], text=right, intents=["praise"])]
    chain += [complaint("e-2", 2, text="Problem with my invoice again", channel="web")]
    assert of(feed(state, chain), "repeat_contact") == []


def test_thanks_saying_still_does_not_close_the_problem() -> None:
    # A thanks is no praise: "thanks, but still nothing" keeps the problem open.
    state = CustomerState("c-1")
    chain = [complaint("e-1", 0, channel="chat", kind="chat")]
    chain += [mood("t-1", 1, 0.0, text="Thanks, but still nothing", emotions=["gratitude"])]
    feed(state, chain)
    assert state.problems[0]["open"] is True


@pytest.mark.parametrize(
    "text",
    [
        "Pad thai arrived in 22 min and still steaming, cheers",
        "Pizza arrivée en 20 min et toujours brûlante, merci",
        "Pizza in 20 Minuten da und immer noch heiß, danke",
        "Pizza en 20 minutos y todavía caliente, gracias",
        "Pizza arrivata in 20 minuti e ancora calda, grazie",
        "Pizza chegou em 20 minutos e ainda quentinha, obrigado",
    ],
)
def test_thanks_saying_still_of_a_good_thing_is_no_follow_up(text: str) -> None:
    # A thanks naming nothing wrong says "still" of what is good (the model reads these
    # from -0.51 to +1.00): it does not join the complaint before it as a repeat.
    state = CustomerState("c-1")
    chain = [complaint("e-1", 0, channel="chat", kind="chat")]
    chain += [mood("t-1", 0.1, -0.3, topics=[], text=text, emotions=["gratitude"])]
    chain += [mood("t-2", 3, 0.1, topics=[], text=text, emotions=["gratitude"], channel="web")]
    assert of(feed(state, chain), "repeat_contact") == []
    assert [len(t["episodes"]) for t in state.problems] == [1]


def test_thanks_saying_still_alone_joins_no_earlier_contact() -> None:
    # Posted twice with no complaint before: the copies thread nothing together.
    state = CustomerState("c-1")
    text = "Pad thai arrived in 22 min and still steaming, cheers"
    chain = [mood("q-1", 0, 0.0, topics=["billing"], text="How do I change my card?",
                  intents=["question"])]  # fmt: skip
    chain += [mood(f"t-{i}", 2 + i, 0.17, topics=[], text=text, emotions=["gratitude"],
                   channel="social") for i in range(2)]  # fmt: skip
    assert of(feed(state, chain), "repeat_contact") == []
    assert state.problems == []


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        ("Still waiting for my refund, thanks", ["refund"]),  # names its problem
        ("Still no refund, thanks", []),  # states a lack
        ("Still pending? Thanks", []),  # asks
    ],
)
def test_thanks_saying_something_is_still_wrong_stays_a_follow_up(
    text: str, topics: list[str]
) -> None:
    state = CustomerState("c-1")
    chain = [complaint("e-1", 0, channel="chat", kind="chat", topics=["refund"])]
    chain += [mood("t-1", 1, -0.3, topics=topics, text=text, emotions=["gratitude"])]
    [alert] = of(feed(state, chain), "repeat_contact")
    assert alert.evidence[0] == "e-1"


@pytest.mark.parametrize(
    ("text", "sentiment"),
    [
        ("Still waiting for the refund, thanks", 0.6),
        ("Toujours en attente du remboursement, merci", 0.51),
        ("Warte immer noch, danke", 1.0),
        ("Sigo esperando, gracias", 0.7),
        ("Sono ancora in attesa del rimborso, grazie", 0.6),
        ("Ainda estou à espera do reembolso, obrigado", 0.6),
        ("Thanks, but still nothing", 0.5),
    ],
)
def test_a_positive_thanks_saying_the_problem_goes_on_is_its_next_contact(
    text: str, sentiment: float
) -> None:
    # The model reads the thanks as positive: the words say the problem is still there,
    # so it does not close it; a day later on another channel it is its next contact.
    state = CustomerState("c-1")
    chain = [complaint("e-1", 0, topics=[], intents=["complaint"], text="Refund never came.")]
    chain += [mood("t-1", 1.5, sentiment, topics=[], emotions=["gratitude"], text=text,
                   channel="web", kind="ticket")]  # fmt: skip
    [alert] = of(feed(state, chain), "repeat_contact")
    assert alert.evidence == ["e-1", "t-1"]
    assert state.problems[0]["open"] is True


@pytest.mark.parametrize(
    "text",
    [
        "Merci, c'est réglé",
        "Danke, läuft wieder",
        "thanks, all sorted",
        "Thanks again for your help!",
        "Gracias de nuevo, todo perfecto",
        "Obrigado outra vez pela ajuda",
        "Grazie di nuovo, gentilissimi",
    ],
)
@pytest.mark.parametrize("sentiment", [0.8, 0.0])
def test_a_thanks_that_says_it_is_over_still_closes_the_problem(
    text: str, sentiment: float
) -> None:
    # "wieder", "again", "de nuevo" said of the fix or of the thanks say nothing goes on.
    state = CustomerState("c-1")
    chain = [complaint("e-1", 0, channel="chat", kind="chat")]
    chain += [mood("t-1", 1, sentiment, topics=[], emotions=["gratitude"], text=text)]
    chain += [complaint("e-2", 2, channel="web", kind="ticket")]
    assert of(feed(state, chain), "repeat_contact") == []
    assert state.problems[0]["open"] is False


@pytest.mark.parametrize(
    ("first", "sentiment", "intents"),
    [
        ("deja la greve et en plus l'appli n'affiche pas le QR du billet. E-217", -0.08, []),
        ("E-billet vide, pas de QR, le controleur me refuse. Je fais quoi ?", -0.95,
         ["question"]),
    ],
)  # fmt: skip
def test_a_complaint_saying_still_so_joins_the_last_contact_that_named_no_topic(
    first: str, sentiment: float, intents: list[str]
) -> None:
    # The first contact names no topic the classifier knows; the complaint 22 minutes
    # later on another channel ("toujours pareil", topic bugs) is its problem again.
    state = CustomerState("c-1")
    again = "toujours pareil, meme erreur. j'ai du racheter un billet"
    chain = [mood("q-1", 0, sentiment, topics=[], intents=intents, text=first,
                  channel="community", kind="post"),
             mood("e-2", 0.015, -0.72, topics=["bugs"], intents=["complaint"], text=again,
                  channel="phone", kind="call")]  # fmt: skip
    [alert] = of(feed(state, chain), "repeat_contact")
    assert alert.evidence == ["q-1", "e-2"]


def test_a_complaint_naming_no_topic_joins_the_open_problem_not_the_last_contact() -> None:
    # hand-tuning9/b2b_accounts: the problem raised 30 hours before (safety glasses, topic
    # security_privacy) is open; the last contact, hours before, named no topic and no
    # problem. "Vuelvo a escribir: sigue sin resolverse", a complaint naming no topic,
    # is the open problem again, not that contact's.
    state = CustomerState("c-1")
    glasses = "Las gafas de seguridad llegaron sin protecciones laterales"
    chain = [mood("p-1", 0, -0.49, topics=["security_privacy"], text=glasses, channel="web")]
    chain += [mood("l-1", 1.13, 0.63, topics=[], text="os paso la lista de incorporaciones")]
    again = "Vuelvo a escribir: sigue sin resolverse y el equipo esta parado"
    chain += [complaint("e-2", 1.26, topics=[], intents=["complaint"], text=again)]
    [alert] = of(feed(state, chain), "repeat_contact")
    assert alert.evidence == ["p-1", "e-2"]


@pytest.mark.parametrize(
    "text", ["Comment changer l'adresse de ma facture ?", "l'appli n'affiche pas le QR du billet"]
)
def test_a_complaint_saying_still_so_joins_no_contact_without_topic_a_day_before(
    text: str,
) -> None:
    # The contact naming no topic came a day before, not in the same episode_hours.
    state = CustomerState("c-1")
    again = "toujours pareil, meme erreur. j'ai du racheter un billet"
    chain = [mood("q-1", -1.0, 0.0, topics=[], intents=["question"], text=text,
                  channel="community", kind="post"),
             mood("e-2", 0.015, -0.72, topics=["bugs"], intents=["complaint"], text=again,
                  channel="phone", kind="call")]  # fmt: skip
    assert of(feed(state, chain), "repeat_contact") == []


@pytest.mark.parametrize(
    "text",
    [
        "RE: Order problem - still nothing",
        "TR: Problème de commande - rien de neuf",
        "AW: Problem mit der Bestellung - nichts passiert",
        "RE: Problema con mi pedido - nada",
        "R: Problema ordine - ancora niente",
        "RES: Problema com o pedido - nada",
    ],
)
def test_a_reply_naming_other_topic_words_joins_the_open_problem(text: str) -> None:
    # A reply answers the conversation held before, whatever topic words it uses now.
    state = CustomerState("c-1")
    chain = [complaint("e-1", 0, topics=["product_quality"], channel="social", kind="post")]
    chain += [complaint("e-2", 0.9, topics=["delivery"], text=text, channel="email")]
    [alert] = of(feed(state, chain), "repeat_contact")
    assert sorted(alert.evidence) == ["e-1", "e-2"]
    assert alert.details["said_repeat"] == "True"


def test_a_reply_after_the_problem_was_thanked_for_opens_a_new_one() -> None:
    state = CustomerState("c-1")
    chain = [complaint("e-1", 0, topics=["product_quality"], channel="social", kind="post")]
    chain += [mood("t-1", 0.5, 0.8, topics=[], text="Sorted, thanks!", intents=["praise"])]
    chain += [complaint("e-2", 0.9, topics=["delivery"], text="RE: Order - wrong item",
                        channel="email")]  # fmt: skip
    assert of(feed(state, chain), "repeat_contact") == []


@pytest.mark.parametrize(
    "text",
    [
        "hello?? still not sorted. same order as before",
        "allo ?? toujours pas réglé. même commande qu'avant",
        "hallo?? immer noch nicht erledigt. dieselbe Bestellung wie vorher",
        "hola?? sigue sin resolverse. el mismo pedido de antes",
        "pronto?? ancora non risolto. stesso ordine di prima",
        "alô?? ainda não resolvido. o mesmo pedido de antes",
    ],
)
def test_still_not_solved_reopens_the_problem_praise_closed(text: str) -> None:
    # Praise of something else ("spot on as usual, just the cutlery forgotten") closed
    # the complaint; "still not sorted" says it did not end it.
    state = CustomerState("c-1")
    chain = [complaint("e-1", 0, topics=[], channel="social", kind="post", intents=["complaint"])]
    chain += [mood("p-1", 3, -0.19, topics=[], text="spot on as usual", praise_cue=True)]
    chain += [complaint("e-2", 4.5, topics=["delivery"], text=text, channel="phone",
                        kind="call", intents=["complaint"])]  # fmt: skip
    [alert] = of(feed(state, chain), "repeat_contact")
    assert sorted(alert.evidence) == ["e-1", "e-2"]


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning11/b2b_accounts: a praise post of another matter ("Passato da una
        # banca tradizionale, nessun rimpianto") closed the complaint
        "R: Limiti carte aziendali azzerati - ancora irrisolto. Stiamo valutando le offerte "
        "di altre banche.",
        "RE: Card limits reset - still unresolved. We are looking at other banks.",
    ],
)
def test_still_unresolved_in_a_word_reopens_the_problem_praise_closed(text: str) -> None:
    state = CustomerState("c-1")
    chain = [complaint("e-1", 0, topics=[], channel="phone", kind="call", intents=["complaint"])]
    chain += [mood("p-1", 0.3, 0.3, topics=[], text="no regrets", intents=["praise"])]
    chain += [complaint("e-2", 1.5, topics=[], text=text, channel="email", intents=["complaint"])]
    [alert] = of(feed(state, chain), "repeat_contact")
    assert sorted(alert.evidence) == ["e-1", "e-2"]


def test_still_not_solved_reopens_no_closed_problem_with_a_topic_of_its_own() -> None:
    # "Péages facturés deux fois" was solved; "ma caution n'est toujours pas
    # remboursée" is another matter, however "toujours pas" it says.
    state = CustomerState("c-1")
    chain = [complaint("e-1", 0, topics=["billing"], channel="phone", kind="call")]
    chain += [mood("t-1", 0.7, 0.0, topics=[], text="probleme resolu, merci",
                   emotions=["gratitude"], channel="chat")]  # fmt: skip
    chain += [complaint("e-2", 5, topics=["refund"], channel="chat", intents=["complaint"],
                        text="Ma caution n'est toujours pas remboursée. Réglez ça")]  # fmt: skip
    assert of(feed(state, chain), "repeat_contact") == []


@pytest.mark.parametrize(
    ("closing", "reopened"),
    [("Confirmed, GL-897348 is sorted. Thanks!", False), ("spot on as usual", True)],
)
def test_still_not_so_naming_a_topic_reopens_no_problem_said_solved(
    closing: str, reopened: bool
) -> None:
    # hand-tuning296/repeat_contacts: a lane given away (no topic word), confirmed sorted
    # by the customer; four days on, a first contact about a refund is a new matter.
    # Praise of something else closing it says nothing of it: that one reopens.
    state = CustomerState("c-1")
    refund = "Not acceptable: I cancelled three weeks ago and still no refund."
    chain = [complaint("e-1", 0, topics=[], channel="email", intents=["complaint"],
                       text="Not acceptable: our lane was given to someone else.")]  # fmt: skip
    chain += [mood("p-1", 1.3, 0.44, topics=[], text=closing, channel="chat",
                   praise_cue=closing == "spot on as usual")]  # fmt: skip
    chain += [complaint("e-2", 4.2, topics=["cancellation", "refund"], channel="web",
                        intents=["complaint"], sentiment=-1.0, text=refund)]  # fmt: skip
    assert bool(of(feed(state, chain), "repeat_contact")) is reopened


def test_a_bare_still_reopens_no_problem_praise_closed() -> None:
    # "Still" as "nevertheless" says nothing of the problem before.
    state = CustomerState("c-1")
    chain = [complaint("e-1", 0, topics=[], channel="social", kind="post", intents=["complaint"])]
    chain += [mood("p-1", 3, -0.19, topics=[], text="spot on as usual", praise_cue=True)]
    chain += [complaint("e-2", 4.5, topics=["delivery"], channel="phone", kind="call",
                        text="No front brake, and I was still charged!!")]  # fmt: skip
    assert of(feed(state, chain), "repeat_contact") == []
    assert state.problems[0]["open"] is False


def test_still_not_solved_reopens_no_problem_older_than_the_window() -> None:
    state = CustomerState("c-1")
    chain = [complaint("e-1", 0, topics=[], channel="social", kind="post", intents=["complaint"])]
    chain += [mood("p-1", 3, -0.19, topics=[], text="spot on as usual", praise_cue=True)]
    chain += [complaint("e-2", 8, topics=["delivery"], text="still not sorted, same order",
                        channel="phone", kind="call", intents=["complaint"])]  # fmt: skip
    assert of(feed(state, chain), "repeat_contact") == []


def test_repeat_contact_cooldown_suppresses_the_second_page() -> None:
    state = CustomerState("c-1")
    chain = [complaint(f"e-{i}", i) for i in range(6)]
    [alert] = of(feed(state, chain), "repeat_contact")
    assert alert.evidence == ["e-0", "e-1", "e-2"]
    later = [complaint(f"l-{i}", 20 + i) for i in range(3)]  # cooldown (14 days) is over
    [again] = of(feed(state, later), "repeat_contact")
    assert again.dedup_key == alert.dedup_key == "repeat_contact:c-1"
    assert again.alert_id != alert.alert_id


# ------------------------------------------------------------------ churn_intent --


def test_churn_intent_from_text_then_cancellation_pages_once() -> None:
    state = CustomerState("c-1")
    intent = mood("e-1", 0, -0.5, intents=["cancellation"], text="Please cancel my subscription")
    cancel = event("e-2", 0.2, kind="cancellation", channel="web", text=None, scored=False)
    [alert] = of(feed(state, [intent, cancel]), "churn_intent")
    assert alert.severity is Severity.critical
    assert alert.evidence == ["e-1"]
    assert "said they want to cancel" in alert.explanation


def test_churn_intent_from_a_cancellation_touchpoint() -> None:
    state = CustomerState("c-1")
    cancel = event("e-1", 0, kind="cancellation", channel="web", text=None, scored=False)
    [alert] = of(feed(state, [cancel]), "churn_intent")
    assert "cancelled" in alert.explanation and state.journey_stage == "churned"


def test_our_retention_email_is_not_a_churn_intent() -> None:
    state = CustomerState("c-1")
    ours = event("e-1", 0, direction="outbound", intents=["cancellation"], sentiment=0.2)
    assert feed(state, [ours]) == []


# ------------------------------------------------------------ competitor_mention --


def test_competitor_mentioned_while_unhappy() -> None:
    state = CustomerState("c-1")
    [alert] = of(feed(state, [mood("e-1", 0, -0.6, competitors=["zentrio"])]),
                 "competitor_mention")  # fmt: skip
    assert alert.severity is Severity.warning
    assert alert.details["competitors"] == "zentrio" and "-0.60" in alert.explanation


def test_competitor_with_a_complaint_the_sentiment_model_missed() -> None:
    state = CustomerState("c-1")
    flat = mood("e-1", 0, 0.0, competitors=["kliqo"], intents=["complaint"])
    [alert] = of(feed(state, [flat]), "competitor_mention")
    assert alert.evidence == ["e-1"] and state.churn_factors["competitor"]["evidence"] == ["e-1"]


def test_competitor_mentioned_positively_is_not_a_warning() -> None:
    state = CustomerState("c-1")
    praise = mood("e-1", 0, 0.7, competitors=["zentrio"], text="Way better than Zentrio!")
    assert feed(state, [praise]) == []


def test_competitor_with_a_cancellation_intent_is_critical() -> None:
    state = CustomerState("c-1")
    leaving = mood("e-1", 0, 0.0, competitors=["kliqo"], intents=["cancellation"])
    [alert] = of(feed(state, [leaving]), "competitor_mention")
    assert alert.severity is Severity.critical


# ------------------------------------------------------------ high_value_at_risk --


def purchases(value: str) -> list[EnrichedTouchpoint]:
    return [
        event(f"p-{i}", i, kind="purchase", channel="web", text=None, subject=None, scored=False,
              attributes={"order_value": value})
        for i in range(2)
    ]  # fmt: skip


def trouble() -> list[EnrichedTouchpoint]:
    return [
        complaint("t-1", 5, sentiment=-0.6, topics=["product_quality"]),
        complaint("t-2", 6, sentiment=-0.7, topics=["product_quality"], text="still broken"),
        complaint("t-3", 7, sentiment=-0.9, topics=["product_quality"], text="third time"),
    ]


def test_high_value_customer_in_trouble() -> None:
    state = CustomerState("c-1")
    [alert] = of(feed(state, purchases("1500.00") + trouble()), "high_value_at_risk")
    assert alert.severity is Severity.critical
    assert "3,000 in orders" in alert.explanation
    assert f"churn risk {state.churn_risk}/100" in alert.explanation
    assert {"t-1", "t-2", "t-3"} <= set(alert.evidence)


def test_low_value_customer_in_the_same_trouble_is_not_high_value() -> None:
    state = CustomerState("c-1")
    assert of(feed(state, purchases("40.00") + trouble()), "high_value_at_risk") == []


def test_enterprise_plan_counts_as_high_value() -> None:
    state = CustomerState("c-1")
    first = complaint("t-0", 4, attributes={"plan": "enterprise"})
    assert of(feed(state, [first, *trouble()]), "high_value_at_risk")


def test_high_value_hysteresis_does_not_flap() -> None:
    # Valuable, but below the spend at which a complaint alone alerts.
    state = CustomerState("c-1", order_value_total=3_000.0)
    fired = []
    # 20 days apart: cooldown is over each time, only the latch decides.
    enter, leave = CONFIG.high_value_at_risk.enter_risk, CONFIG.high_value_at_risk.exit_risk
    hovering = (enter + 5, enter - 2, enter + 2, leave + 1, enter + 3, leave - 5, enter + 1)
    for i, risk in enumerate(hovering):
        state.churn_risk = risk
        alerts = high_value_at_risk(CONFIG, state, event(f"e-{i}", 20 * i), NOW)
        fired.append(bool(alerts))
    assert fired == [True, False, False, False, False, False, True]


@pytest.mark.parametrize(("spent", "fires"), [(8_000.0, True), (3_000.0, False)])
def test_big_spender_alerts_on_a_complaint_whatever_the_risk(spent: float, fires: bool) -> None:
    state = CustomerState("c-1", order_value_total=spent)
    complaint = mood("c-1", 0, -0.7, intents=["complaint"])
    apply_touchpoint(state, complaint, CONFIG.model, CONFIG.risk)
    assert state.churn_risk < CONFIG.high_value_at_risk.enter_risk
    alerts = high_value_at_risk(CONFIG, state, complaint, NOW)
    assert bool(alerts) is fires
    if fires:
        assert "a complaint on email" in alerts[0].explanation


@pytest.mark.parametrize(
    ("fields", "fires"),
    [
        ({"intents": ["complaint"]}, True),
        ({"emotions": ["frustration"]}, True),
        ({}, False),  # a remark read as negative: "Poupei 18€ este mes, obg pela dica", -0.24
    ],
)
def test_a_big_spenders_complaint_is_said_or_upset(fields: dict[str, Any], fires: bool) -> None:
    state = CustomerState("c-1", order_value_total=8_000.0)
    text = "Poupei 18€ este mes com a tarifa bi-horaria, obg pela dica"
    remark = mood("c-1", 0, -0.4, text=text, topics=["price"], **fields)
    apply_touchpoint(state, remark, CONFIG.model, CONFIG.risk)
    assert bool(high_value_at_risk(CONFIG, state, remark, NOW)) is fires


# --------------------------------------------------------------------- detractor --


def test_detractor_cooldown() -> None:
    state = CustomerState("c-1")
    surveys = [
        event(f"s-{i}", day, kind="survey_response", scores={"nps": 2}) for i, day in
        enumerate((0, 3, 10))
    ]  # fmt: skip
    assert [a.evidence for a in of(feed(state, surveys), "detractor")] == [["s-0"], ["s-2"]]


# ----------------------------------------------------------------------- silence --


def regular(state: CustomerState, sentiment: float, count: int = 8) -> datetime:
    """A customer in touch every two days; returns the last contact's time."""
    feed(state, [mood(f"e-{i}", 2 * i, sentiment) for i in range(count)])
    return at(2 * (count - 1))


def test_silence_fires_once_and_a_new_contact_rearms_it() -> None:
    state = CustomerState("c-1")
    last = regular(state, -0.6)
    assert silence_due_at(CONFIG, state) == last + timedelta(days=10)
    assert check_silence(CONFIG, state, last + timedelta(days=5), NOW) == []
    [alert] = check_silence(CONFIG, state, last + timedelta(days=11), NOW)
    assert alert.rule == "silence" and alert.evidence == ["e-7"]
    assert "every 2.0 days" in alert.explanation and "silent for 11 days" in alert.explanation
    assert alert.created_at == last + timedelta(days=10)  # max(4 x 2 days, 10 days)
    assert check_silence(CONFIG, state, last + timedelta(days=12), NOW) == []
    assert silence_due_at(CONFIG, state) is None  # until the customer is back
    assert "silence" in state.churn_factors
    feed(state, [mood("back", 14 + 2 * 7, -0.5)])
    assert "silence" not in state.churn_factors
    back = at(28)  # the typical gap is now 28 days / 8 = 3.5 days: threshold 14 days
    assert check_silence(CONFIG, state, back + timedelta(days=13), NOW) == []
    [again] = check_silence(CONFIG, state, back + timedelta(days=15), NOW)
    assert again.alert_id != alert.alert_id


def test_silence_of_a_happy_customer_is_not_an_early_warning() -> None:
    state = CustomerState("c-1")
    last = regular(state, 0.7)
    assert silence_due_at(CONFIG, state) is None
    assert check_silence(CONFIG, state, last + timedelta(days=30), NOW) == []


def test_silence_needs_a_usually_active_customer() -> None:
    state = CustomerState("c-1")
    last = regular(state, -0.6, count=3)
    assert check_silence(CONFIG, state, last + timedelta(days=60), NOW) == []


# ------------------------------------------------------------------------ config --


def test_rules_file_documents_the_defaults() -> None:
    assert load_rules_config() == RulesConfig()


def test_rules_file_errors_name_the_file(tmp_path: Path) -> None:
    path = tmp_path / "rules.toml"
    path.write_text("[silense]\nmin_days = 3\n")
    with pytest.raises(ValueError, match=r"rules\.toml.*silense"):
        load_rules_config(path)
    path.write_text("[silence]\nmin_dayz = 3\n")
    with pytest.raises(ValueError, match="min_dayz"):
        load_rules_config(path)


def test_the_model_reads_the_rules_repeat_phrases(tmp_path: Path) -> None:
    path = tmp_path / "rules.toml"
    path.write_text('[repeat_contact]\nphrases = ["nochmal"]\n')
    assert load_rules_config(path).model.repeat_phrases == ("nochmal",)
    assert CONFIG.model.repeat_phrases == CONFIG.repeat_contact.phrases
    path.write_text('[model]\nrepeat_phrases = ["nochmal"]\n')
    with pytest.raises(ValueError, match=r"\[repeat_contact\] phrases"):
        load_rules_config(path)


def test_the_model_reads_its_word_lists_from_the_rules_file(tmp_path: Path) -> None:
    text = "Bonjour, je reviens sur la facture de mars."
    event = enriched(text=text, subject=None)
    assert not writes_again(event, CONFIG.model)
    path = tmp_path / "rules.toml"
    path.write_text('[model]\nwrites_again_phrases = ["je reviens sur"]\n')
    model = load_rules_config(path).model
    assert model.writes_again_phrases == ("je reviens sur",)
    assert writes_again(event, model)
    # The regex-built lists too: an apology for one's own words, "entschuldig*" any ending.
    sorry = enriched(text="Perdonen el exabrupto de anoche, ya esta todo bien.")
    assert not apologises(sorry, CONFIG.model)
    path.write_text('[model]\napology_phrases = ["perdon*"]\nown_words_phrases = ["anoche"]\n')
    assert apologises(sorry, load_rules_config(path).model)


@pytest.mark.parametrize(
    ("section", "value"),
    [("model", '"still"'), ("model", '["still", 3]'), ("repeat_contact", "true")],
)
def test_a_word_list_that_is_not_a_list_of_strings_is_an_error(
    tmp_path: Path, section: str, value: str
) -> None:
    path = tmp_path / "rules.toml"
    key = "phrases" if section == "repeat_contact" else "persists_phrases"
    path.write_text(f"[{section}]\n{key} = {value}\n")
    with pytest.raises(ValueError, match=rf"rules\.toml: \[{section}\] {key} must be a list of"):
        load_rules_config(path)


def test_rules_file_keeps_other_modules_sections(tmp_path: Path) -> None:
    path = tmp_path / "rules.toml"
    path.write_text(
        '[account_risk]\ncooldown_hours = 1.0\n[repeat_contact]\nphrases = ["nochmal"]\n'
    )
    config = load_rules_config(path)
    assert config.others == {"account_risk": {"cooldown_hours": 1.0}}
    assert config.repeat_contact.phrases == ("nochmal",)
    state = CustomerState("c-1")
    alerts = feed(state, [complaint("e-1", 0), complaint("e-2", 1, text="Schon wieder, nochmal!")],
                  config)  # fmt: skip
    assert of(alerts, "repeat_contact")


# ------------------------------------------- repeat_contact: referring back (issue 16) --


@pytest.mark.parametrize(
    "follow_up",
    [
        "RE: my complaint - is anyone actually looking at this?",
        "RES: a minha reclamacao - alguem esta a ver isto?",
        "AW: meine Beschwerde - schaut sich das jemand an?",
    ],
)
def test_a_reply_prefix_days_later_refers_back_to_a_problem_asked_as_a_question(
    follow_up: str,
) -> None:
    # "...you've charged me 49. Seriously?" reads as a calm question (no thread); a day
    # later a message opening with a reply prefix refers back to it: the same problem.
    state = CustomerState("c-1")
    ask = "Offer said NO joining fee and you've charged me 49. Seriously?"
    chain = [mood("q-1", 0, -0.61, topics=["billing"], intents=["question"], text=ask,
                  channel="social", kind="post"),
             mood("e-2", 1.2, -0.96, topics=[], intents=["complaint", "question"],
                  text=follow_up, subject=None, channel="community", kind="post")]  # fmt: skip
    [alert] = of(feed(state, chain), "repeat_contact")
    assert alert.evidence == ["q-1", "e-2"]
    assert alert.details["said_repeat"] == "True"


def test_writing_again_joins_a_problem_stated_with_no_topic_and_no_complaint() -> None:
    # "il tecnico NON si e' presentato" (+0.33, no topic, no complaint cue) is kept among
    # the customer's recent contacts; "riscrivo, nessuna risposta" two days later joins it.
    state = CustomerState("c-1")
    chain = [mood("e-1", 0, 0.05, topics=[], text="il tecnico NON si e' presentato oggi",
                  channel="phone", kind="call"),
             mood("e-2", 2, -0.31, topics=["support_responsiveness"], subject=None,
                  text="riscrivo xke e tutto come prima. nessuna risposta", channel="chat",
                  kind="chat")]  # fmt: skip
    [alert] = of(feed(state, chain), "repeat_contact")
    assert alert.evidence == ["e-1", "e-2"]


def neutral_notes(texts: list[str], sentiment: float) -> list[EnrichedTouchpoint]:
    """Messages scored low that the model reads as neutral, a day apart on three channels."""
    return [mood(f"e-{i}", i, sentiment, topics=[], sentiment_label="neutral", subject=None,
                 text=text, channel=("chat", "email", "web")[i])
            for i, text in enumerate(texts)]  # fmt: skip


def test_routine_notes_scored_low_and_read_as_neutral_are_no_problem() -> None:
    # "Bestätige den Gesundheitstag am 15." scores -0.33 but reads as neutral and says
    # nothing is missing: no problem contact, however many such notes.
    notes = [
        "Bestätige den Gesundheitstag am 15. für 30 Personen.",
        "Hallo, anbei die Neuzugänge für Oktober.",
        "Anbei die Abgänge für Mai.",
    ]
    assert of(feed(CustomerState("c-1"), neutral_notes(notes, -0.33)), "repeat_contact") == []
    # Read as neutral, but saying something is missing or still so, they are problems.
    texts = [
        "Im HR-Portal können wir keine neuen Mitarbeitenden anlegen.",
        "toujours K-77, toujours bloqué dehors",
        "Portal noch offen kaputt.",
    ]
    [alert] = of(feed(CustomerState("c-2"), neutral_notes(texts, -0.25)), "repeat_contact")
    assert alert.evidence == ["e-0", "e-1"]


def test_a_follow_up_about_our_answer_joins_the_complaints_own_thread() -> None:
    # "Seguimos igual, sin respuesta" names only our answer: it joins the thread of the
    # complaint it follows, a problem thread, and says it is still so.
    state = CustomerState("c-1")
    chain = [complaint("e-1", 0, topics=["bugs"], subject=None, channel="social", kind="post",
                       text="tampoco puedo añadir a los 3 nuevos del lunes, error al guardar"),
             mood("e-2", 1.4, -0.12, topics=["support_responsiveness"], subject=None,
                  text="Seguimos igual, sin respuesta. Estamos valorando otros proveedores.",
                  channel="email")]  # fmt: skip
    [alert] = of(feed(state, chain), "repeat_contact")
    assert alert.evidence == ["e-1", "e-2"] and "seguimos igual" in alert.explanation
    assert len(state.problems) == 1


def test_a_complaint_saying_it_is_a_repeat_joins_the_open_problem_raised_with_no_topic() -> None:
    # The problem was raised with no topic the classifier knows; "the third time I
    # contact you about this" names one (delivery, from the order in the subject).
    state = CustomerState("c-1")
    third = "E' la terza volta che vi contatto per lo stesso motivo. Basta."
    chain = [complaint("e-1", 0, topics=[], subject=None, channel="phone", kind="call",
                       text="Novita'? Sono passati giorni e nessuno mi ha risposto"),
             complaint("e-2", 2, topics=["delivery"], subject="R: Ordine LT-722547",
                       text=third)]  # fmt: skip
    [alert] = of(feed(state, chain), "repeat_contact")
    assert alert.evidence == ["e-1", "e-2"]
    # "Again" said of what happened, or "still" as "nevertheless", is no such repeat.
    for text in ("Prices up again, not great.", "No front brake, and I was still charged!!"):
        other = chain[1].model_copy(update={"text": text, "subject": None})
        assert of(feed(CustomerState("c-2"), [chain[0], other]), "repeat_contact") == []


def test_again_said_of_what_happened_does_not_refer_back_to_days_ago() -> None:
    # "PT didn't turn up. Again." says the thing recurs, not that the customer writes
    # about their praise of five days before.
    state = CustomerState("c-1")
    chain = [mood("p-1", 0, -0.14, topics=[], text="Body pump class today, Carla is a 10",
                  channel="community", kind="post"),
             mood("e-2", 5, -0.97, topics=[], intents=["complaint"], subject=None,
                  text="PT didn't turn up. Again. And the session's gone.")]  # fmt: skip
    assert of(feed(state, chain), "repeat_contact") == []


@pytest.mark.parametrize(
    ("text", "again"),
    [
        # hand-tuning45: "nochmal" said of what happened (the blood test all over again)
        ("Die Proben seien nicht auffindbar, alles nochmal. Frieda hatte solche Angst.", False),
        ("Ich schreibe nochmal wegen der Erstattung, es ist nichts passiert.", True),
        ("Ich rufe nochmal an, weil sich keiner meldet.", True),
    ],
)
def test_nochmal_writes_again_only_when_said_of_the_contact(text: str, again: bool) -> None:
    assert writes_again(enriched(text=text, subject=None), CONFIG.model) is again


def test_a_thanks_forgets_the_recent_contacts_a_follow_up_could_refer_to() -> None:
    state = CustomerState("c-1")
    chain = [mood("e-1", 0, 0.05, topics=[], text="il tecnico NON si e' presentato oggi"),
             mood("t-1", 0.5, 0.8, topics=[], emotions=["gratitude"], text="Risolto, grazie!"),
             mood("e-2", 2, -0.31, topics=["support_responsiveness"], subject=None,
                  text="riscrivo xke e tutto come prima. nessuna risposta")]  # fmt: skip
    assert of(feed(state, chain), "repeat_contact") == []


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("RES: Reparacao telemovel", "confirmo, resolvido. obg"),
        ("RE: eSIM stuck", "confirmed, working again. ta"),
        ("AW: Handy-Reparatur", "bestätigt, läuft"),
        ("R: Portabilita fallita", "confermo, risolto"),
        ("RE: Facture", "c'est réglé"),
        ("RE: Factura", "ya está solucionado"),
        # hand-tuning41/repeat_contacts: all ok, its thanks misspelt
        ("Re: Pratica VL-373222", "sì tutto ok per la VL-373222, garzie mille"),
        # hand-tuning43/repeat_contacts: everything's fine, its thanks misspelt
        ("re FV-639503", "re FV-639503 - confirmed, everything's fine on my side. thnak you"),
        # hand-tuning93/repeat_contacts: it is fine, thanks shortened
        ("RE: Segnalazione SA2633255", "Sì, ricevuto, la SA2633255 è a posto. Grz per la velocità"),
        # hand-tuning131/repeat_contacts: yes it's fine, shortened, its thanks misspelt
        ("RE : Dossier PC-909644", "oui c bon pour PC-909644 mecri bcp"),
        # hand-tuning174/repeat_contacts: confirmed for our case, its thanks misspelt
        ("RE : Dossier KX-RC462722", "C'est confirmé pour KX-RC462722, mreci !"),
        # hand-tuning295/repeat_contacts: confirmed for our case without "c'est"
        ("", "Confirmé pour FC-187334, mreci"),
        # hand-tuning185/repeat_contacts: all fine with our case, answering "¿Nos lo confirmas?"
        ("", "todo bien con el caso OT-300015, ya está"),
        ("", "tudo certo com o caso OT-300024, já está"),
        # hand-tuning187/repeat_contacts: you can close it
        ("", "sim recebi tudo, BR-3001776 pode fechar"),
    ],
)
def test_a_reply_saying_it_is_solved_closes_the_problem(subject: str, text: str) -> None:
    # The model reads "confirmo, resolvido" -0.24 and no thanks: it says the problem is over.
    state = CustomerState("c-1")
    chain = [complaint("e-1", 0, text="The new line does not work, nobody can call me"),
             mood("r-1", 0.6, -0.24, topics=[], subject=subject, text=text, channel="chat",
                  kind="chat")]  # fmt: skip
    assert of(feed(state, chain), "repeat_contact") == []
    assert not any(t["open"] for t in state.problems)


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning117/topic_spike: the app's status, quoted, closed the problem the
        # customer wrote again about, and the repeat was missed
        'Hab vorhin schon geschrieben. Kontaktzugriff entzogen, trotzdem "Versand läuft" '
        "und INV/522.",
        'Bereits gemeldet: in der App steht "Auftrag erledigt", das Schloss ist kaputt.',
    ],
)
def test_a_status_in_quotation_marks_says_nothing_is_solved(text: str) -> None:
    state = CustomerState("c-1")
    chain = [complaint("e-1", 0, topics=[], intents=["complaint"], channel="social",
                       text="Die App hat Einladungen an alle Kontakte geschickt. INV/522"),
             mood("e-2", 0.01, -0.9, topics=[], text=text, channel="email")]  # fmt: skip
    [alert] = of(feed(state, chain), "repeat_contact")
    assert alert.evidence == ["e-1", "e-2"]


def test_a_reply_quoting_the_problem_in_its_subject_and_saying_solved_closes_it() -> None:
    # The subject restates the complaint ("RE: Factura estimada incorrecta": complaint
    # intent), the text says it is solved and thanks, read +0.59: it closes the problem.
    state = CustomerState("c-1")
    chain = [complaint("e-1", 0, subject="Factura estimada incorrecta", channel="web")]
    chain += [mood("r-1", 1, 0.59, topics=["billing"], intents=["complaint", "help_request"],
                   emotions=["gratitude"], subject="RE: Factura estimada incorrecta",
                   text="Ya esta resuelto lo de la factura estimada. Muchas gracias!")]  # fmt: skip
    assert of(feed(state, chain), "repeat_contact") == []
    assert not any(t["open"] for t in state.problems)
    # Read as negative (the subject's words weigh in the score: "RE : Commande non livrée |
    # Confirmé, dossier LV-294294 réglé. Merci !" -0.29), it still thanks and says solved.
    state = CustomerState("c-2")
    negative = {"sentiment": -0.5, "sentiment_label": "negative"}
    feed(state, [chain[0], chain[1].model_copy(update=negative)])
    assert not any(t["open"] for t in state.problems)
    # A "but" in the words is the customer's own complaint: it does not close.
    state = CustomerState("c-3")
    but = "Ya esta resuelto lo de la factura, pero ahora me cobrais el doble. Gracias"
    feed(state, [chain[0], chain[1].model_copy(update={**negative, "text": but})])
    assert any(t["open"] for t in state.problems)


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("Paguei 900€ por isto??", True),
        ("900 euro per questo??", True),
        ("You charged me twice?!", True),
        # hand-tuning45: "Seriously?" said alone after the facts
        ("A fatura subiu 30 % em dois meses. A sério?", True),
        ("La factura ha subido un 30 % en dos meses. En serio?", True),
        ("Invoice up 30% in two months. Really?", True),
        # hand-tuning84: said to us by name
        ("35 € di 'smaltimento' per cartucce che ho buttato io. Davvero @Clorello?", True),
        ("35 € di 'smaltimento' per cartucce che ho buttato io. Davvero Clorello?", True),
        # hand-tuning86/topic_spike and hand-tuning83/bilingual: "Seriously?" in German
        ("der Farbabgleich fürs Garn steht fest auf Magenta, Code TCM-77/4. Ernsthaft?", True),
        ("Is the invoice for 900 EUR?", False),  # asked for an answer: a calm question
        ("Is the invoice really for 900 EUR?", False),
        # hand-tuning62: what the point is, what the thing is for then
        ("Hanno cambiato la fattura senza dire niente. Ma che senso ha?", True),
        ("Die Rechnung wurde ohne Ankündigung geändert. Was soll das?", True),
        ("Trois jours sans facture dans l'appli. Elle sert à quoi alors ?", True),
        ("No invoice in the app for three days. What's the app for then?", True),
        ("What's this invoice field for?", False),
        ("¿Para qué sirve la factura proforma?", False),
        # hand-tuning98/bilingual: "what for?" said alone after the facts
        ("Jetzt will die App vor jeder Wäsche ein Foto vom Kennzeichen. Wozu?", True),
        ("Wozu dient dieser Knopf?", False),
        # hand-tuning162/bilingual: the "then" before the question
        ("cobraram-me entrega e preço normal. Então para que serve o Club?", True),
        ("Full price again on my order. So what's the Club for?", True),
        ("Plein tarif encore. Alors à quoi sert le Club ?", True),
        ("Então, para que serve este botão no portal? Obrigado", False),
        # hand-tuning106/bilingual: what they pay, asked after the facts
        ("Results in but no doctor's note any more, just numbers. And I pay for Plus?", True),
        ("Resultados sin comentario del médico, solo números. Y pago Plus?", True),
        ("Résultats arrivés mais plus de commentaire du médecin. Et je paie Plus ?", True),
        ("Do I pay for the home visit?", False),
        ("Quanto pago per il prelievo?", False),
        # hand-tuning148/slow_churners: "seriously", "come on" closing the message
        ("pagar isto para ter abelhas abandonadas? serio", True),
        ("pagare per avere api abbandonate? ma dai", True),
        ("Sofa arrived ripped and you refuse the return because I signed for it? Seriously?", True),
        ("Avez-vous reçu ma facture ? Vraiment urgent", False),
        ("Can I pay the invoice by card? Thanks", False),
        # hand-tuning149/slow_churners: a price asked back, "for this?"
        ("I pay £42 a month for this? Plants are rotting.", True),
        ("Je paie 49 € par mois pour ça ? Les plantes pourrissent.", True),
        ("49 € im Monat dafür? Die Pflanzen faulen.", True),
        ("Is 49 € the price for this?", False),
    ],
)
def test_a_question_asked_in_indignation_is_a_problem(text: str, fires: bool) -> None:
    # The model reads these as calm questions (-0.09, the question intent, no complaint).
    state = CustomerState("c-1")
    chain = [mood("q-1", 0, -0.09, topics=["billing"], intents=["question"], text=text,
                  channel="email"),
             complaint("e-2", 1, text="Je relance pour ma facture", channel="chat")]  # fmt: skip
    assert bool(of(feed(state, chain), "repeat_contact")) is fires


@pytest.mark.parametrize(
    "text",
    ["still not fixed", "toujours pas résolu", "nada resolvido", "noch nicht gelöst",
     "non è ancora risolto", "sigue sin estar resuelto"],
)  # fmt: skip
def test_a_problem_said_not_solved_is_not_closed(text: str) -> None:
    state = CustomerState("c-1")
    chain = [complaint("e-1", 0), mood("r-1", 1, -0.3, topics=[], subject=None, text=text)]
    feed(state, chain)
    assert any(t["open"] for t in state.problems)


def test_a_survey_comment_right_after_a_complaint_is_not_a_second_contact() -> None:
    # "encore 20 min d'attente au tel" answers the survey about the contact just made.
    state = CustomerState("c-1")
    chain = [complaint("e-1", 0, channel="email"),
             mood("s-1", 0.1, -0.5, topics=["support_responsiveness"], intents=["complaint"],
                  kind="survey_response", channel="survey", subject=None,
                  text="encore 20 min d'attente au tel")]  # fmt: skip
    assert of(feed(state, chain), "repeat_contact") == []


@pytest.mark.parametrize(
    "text",
    ["hi can i still change the frame colour if the order has shipped?",
     "Bonjour, je peux encore changer la couleur de la monture si c'est parti ?",
     "Ola, ainda posso mudar a cor da armacao se a encomenda ja saiu?",
     # "not yet" of an order that has not left says when, not that something is wrong
     "bonjour, je peux changer la consigne de livraison d'une commande pas encore partie ?",
     "Kann ich die Abholstation noch ändern? Die Bestellung ist noch nicht unterwegs.",
     "ola, posso mudar o cacifo de entrega de uma encomenda que ainda nao saiu?"],
)  # fmt: skip
def test_asking_whether_one_may_still_do_something_is_no_repeat(text: str) -> None:
    state = CustomerState("c-1")
    chain = [complaint("e-1", 0, topics=["delivery"], text="Hinge broken on arrival"),
             mood("q-1", 1.6, -0.3, topics=["delivery"], intents=["question"], subject=None,
                  text=text, channel="chat", kind="chat")]  # fmt: skip
    assert of(feed(state, chain), "repeat_contact") == []


@pytest.mark.parametrize(
    "text",
    ["Nie wieder Bügeln am Sonntagabend. Danke @lavanto",
     "Never again ironing on a Sunday night, thanks @lavanto"],
)  # fmt: skip
def test_never_again_says_nothing_recurs(text: str) -> None:
    # hand-tuning25/one_bad_day: a long complaint, then praise a day later saying the
    # customer will never iron again; "wieder" there is no repeat.
    state = CustomerState("c-1")
    chain = [complaint("e-1", 0, topics=["feature_request"], text="8 Teile abgegeben, 7 zurück."),
             mood("p-1", 1.2, 0.4, topics=[], emotions=["gratitude"], subject=None, text=text,
                  channel="community", kind="post")]  # fmt: skip
    assert of(feed(state, chain), "repeat_contact") == []


@pytest.mark.parametrize(
    "text",
    ["150 kW in Graz, in 18 Minuten von 15 auf 80 %. Kaffee war noch nicht mal leer.",
     "In 20 Minuten voll, der Kaffee war noch nicht einmal kalt"],
)  # fmt: skip
def test_not_even_says_nothing_is_still_so(text: str) -> None:
    # hand-tuning27/quiet_hours: "noch nicht mal" is "not even", its "noch nicht" no "still"
    # that would tie a happy remark to the customer's question of the day before.
    state = CustomerState("c-1")
    ask = "guten tag ich hab die wallbox bestellt und wollte fragen ob der elektriker anruft"
    chain = [mood("q-1", 0, -0.3, topics=[], intents=["question"], subject=None, text=ask,
                  channel="phone", kind="call"),
             mood("p-1", 1.0, -0.05, topics=[], subject=None, text=text, channel="community",
                  kind="post")]  # fmt: skip
    assert of(feed(state, chain), "repeat_contact") == []


def test_even_more_says_nothing_is_still_so() -> None:
    # hand-tuning29/happy_writers: "ainda mais bonitas" is "even prettier", its "ainda" no
    # "still" that would tie a happy remark read -0.22 to the customer's neutral
    # remark the day before (topic delivery, read neutral).
    state = CustomerState("c-1")
    text = "As orquídeas eram ainda mais bonitas do que na fotografia"
    chain = [mood("n-1", 0, 0.0, topics=["delivery"], subject=None, channel="web",
                  kind="review", text="Vaso bem embalado e entregue no dia."),
             mood("p-1", 1.0, -0.22, topics=[], subject=None, text=text, channel="community",
                  kind="post")]  # fmt: skip
    assert of(feed(state, chain), "repeat_contact") == []


def test_anyone_still_there_says_nothing_is_still_so() -> None:
    # hand-tuning30/happy_writers: "anyone still on?" asks whether someone is there,
    # its "still" no problem going on since the customer's remark of the day before.
    state = CustomerState("c-1")
    text = "anyone still on? can I pause my plan for a week while we're away?"
    chain = [mood("n-1", 0, 0.0, topics=["billing"], subject=None, channel="web",
                  kind="review", text="Plan renewed on the first as usual."),
             mood("q-1", 1.0, -0.37, topics=[], intents=["question"], subject=None, text=text,
                  channel="chat", kind="chat")]  # fmt: skip
    assert of(feed(state, chain), "repeat_contact") == []


def test_still_so_said_in_a_statement_then_asked_refers_back_to_a_question() -> None:
    # "Continua igual. ... Alguem le isto?": the thing still so is stated, then asked about;
    # it refers back to the eSIM question (a calm question, no thread) of two days before.
    state = CustomerState("c-1")
    ask = "Mon eSIM est en 'activation en cours' depuis 3 jours. Je fais comment ?"
    chain = [mood("q-1", 0, -0.03, topics=["onboarding"], intents=["question"], text=ask,
                  channel="social", kind="post"),
             mood("q-2", 1.8, -0.02, topics=[], intents=["question"], subject=None,
                  text="Continua igual. Ja passaram 2 dias. Alguem le isto?", channel="chat",
                  kind="chat")]  # fmt: skip
    [alert] = of(feed(state, chain), "repeat_contact")
    assert alert.evidence == ["q-1", "q-2"]


def test_still_inside_a_question_does_not_refer_back() -> None:
    state = CustomerState("c-1")
    chain = [mood("q-1", 0, -0.3, topics=["billing"], intents=["question"],
                  text="Can I get my invoice as a PDF?", channel="chat", kind="chat"),
             mood("q-2", 2, -0.3, topics=[], intents=["question"], subject=None,
                  text="Do you still run the yoga class on Sundays?", channel="chat",
                  kind="chat")]  # fmt: skip
    assert of(feed(state, chain), "repeat_contact") == []


@pytest.mark.parametrize(
    "text",
    ["Nothing has moved since my last message. Are you doing anything?",
     "Rien n'a bougé depuis mon dernier message. Vous comptez faire quelque chose ?",
     "Seit meiner letzten Nachricht hat sich nichts getan. Macht ihr was?",
     "Nada ha cambiado desde mi ultimo mensaje. Vais a hacer algo?",
     "Niente è cambiato dal mio ultimo messaggio. Fate qualcosa?",
     "Nada mudou desde a minha ultima mensagem. Vao fazer alguma coisa?"],
)  # fmt: skip
def test_naming_my_last_message_refers_back_to_the_open_problem(text: str) -> None:
    state = CustomerState("c-1")
    chain = [complaint("e-1", 0, topics=["product_quality"], channel="email"),
             mood("e-2", 1.7, -1.0, topics=[], intents=["complaint", "question"], subject=None,
                  text=text, channel="community", kind="post")]  # fmt: skip
    [alert] = of(feed(state, chain), "repeat_contact")
    assert alert.evidence == ["e-1", "e-2"]


def test_a_worried_reply_saying_it_is_solved_closes_the_problem() -> None:
    # The emotion model hears worry in "URGENTE ... Ja esta resolvido ... Muito obrigado".
    state = CustomerState("c-1")
    chain = [complaint("e-1", 0, text="CORTARAM-ME O GAS mas eu paguei tudo!!"),
             mood("r-1", 0.8, -0.79, topics=[], intents=["help_request"],
                  emotions=["anxiety", "gratitude"], subject="RES: URGENTE corte de gas",
                  text="Ja esta resolvido, o corte ficou tratado. Muito obrigado!")]  # fmt: skip
    assert of(feed(state, chain), "repeat_contact") == []


# ------------------------------------------- repeat_contact: follow-ups that thread --

WRITING_AGAIN = "Writing again because nothing has happened. Who is dealing with this?"


@pytest.mark.parametrize(
    "text",
    [
        "Hi,\n\nalways happy with you, the app is great.\n\nHowever: why was I charged a fee?",
        "Bonjour,\n\ntoujours ravi, l'appli est top.\n\nMais : pourquoi ces frais de 9 € ?",
        "Hallo,\n\nimmer zufrieden, die App ist super.\n\nJetzt aber: Warum zieht ihr 9 € ab?",
        "Hola,\n\nsiempre contento, la app esta genial.\n\nPero: tengo la cuenta restringida.",
        "Ciao,\n\nsempre soddisfatta, l'app è ottima.\n\nPerò: la carta viene rifiutata.",
        "Olá,\n\nsempre satisfeito, a app é ótima.\n\nPorém: cobraram-me 9 € de taxa.",
    ],
)
def test_a_complaint_after_praise_and_a_but_is_a_problem_a_follow_up_joins(text: str) -> None:
    # The models read the praise (+1.00, intent praise): it closed nothing and raised
    # nothing, so "writing again" the next day had no problem to join.
    state = CustomerState("c-1")
    first = mood("e-1", 0, 1.0, intents=["praise"], emotions=["joy"], text=text, topics=[])
    again = mood("e-2", 0.8, -0.3, intents=["question"], text=WRITING_AGAIN, channel="chat",
                 kind="chat")  # fmt: skip
    [alert] = of(feed(state, [first, again]), "repeat_contact")
    assert alert.evidence == ["e-1", "e-2"]


def test_praise_with_a_but_and_no_colon_stays_praise() -> None:
    state = CustomerState("c-1")
    praise = [mood(f"p-{i}", i, 0.6, intents=["praise", "complaint"], emotions=["joy"],
                   topics=["billing"], text="Great app, but the statement PDF looks rubbish")
              for i in range(3)]  # fmt: skip
    assert of(feed(state, praise), "repeat_contact") == []


@pytest.mark.parametrize(
    "text",
    [
        "Messaged yesterday, nothing again today. Need an answer asap",
        "J'ai écrit hier, toujours rien aujourd'hui. Répondez vite",
        "Gestern schon geschrieben, heute wieder nichts. Bitte dringend melden",
        "Escribí ayer y hoy otra vez nada. Necesito respuesta ya",
        "Ho scritto ieri e oggi di nuovo niente. Rispondete subito",
        "Escrevi ontem e hoje outra vez nada. Preciso de resposta já",
        WRITING_AGAIN,
    ],
)
def test_wrote_yesterday_refers_back_to_a_question_asked_the_day_before(text: str) -> None:
    # "Why was I charged...?" reads as a calm question; the next day's "messaged
    # yesterday" names no topic and says "again" only of what happened.
    state = CustomerState("c-1")
    asked = mood("e-1", 0, -0.66, intents=["question"], topics=["billing"],
                 text="Why was I charged a 6.99 fee when I'm on the free plan?")  # fmt: skip
    follow = mood("e-2", 0.9, -0.8, emotions=["anxiety"], text=text, channel="phone", kind="call")
    [alert] = of(feed(state, [asked, follow]), "repeat_contact")
    assert alert.evidence == ["e-1", "e-2"]


@pytest.mark.parametrize(
    "text",
    ["still no access, any news?", "ainda sem acesso, alguma info?",
     "ancora senza accesso, novità?", "sigo sin acceso, alguna novedad?"],
)  # fmt: skip
def test_still_without_it_asked_calmly_joins_the_problem_of_the_hour(text: str) -> None:
    # The complaint named "bugs", the follow-up "account_access": other topic words,
    # the same problem, said to be still wrong within episode_hours.
    state = CustomerState("c-1")
    first = complaint("e-1", 0, topics=["bugs"], intents=["complaint"], channel="social",
                      text="nao consigo entrar na app, erro AUTH-502")  # fmt: skip
    follow = mood("e-2", 0.04, -0.88, intents=["question"], topics=["account_access"],
                  text=text, channel="web", kind="ticket")  # fmt: skip
    [alert] = of(feed(state, [first, follow]), "repeat_contact")
    assert alert.evidence == ["e-1", "e-2"]


def test_a_reply_saying_it_is_still_not_fixed_is_no_praise() -> None:
    # "Increible." reads as praise; "SIGUE sin arreglar" says the problem goes on.
    state = CustomerState("c-1")
    first = complaint(
        "e-1",
        0,
        topics=[],
        text="Tengo la cuenta restringida, falla la videollamada",
        intents=["complaint"],
    )
    reply = mood("e-2", 0.2, 0.0, intents=["praise"], topics=[], channel="web", kind="ticket",
                 text="RE: Cuenta restringida - SIGUE sin arreglar. Increible.")  # fmt: skip
    [alert] = of(feed(state, [first, reply]), "repeat_contact")
    assert alert.evidence == ["e-1", "e-2"]


@pytest.mark.parametrize(
    "text",
    [
        "Gibt es was Neues? Seit Tagen keine Antwort",
        "Y a-t-il du nouveau ? Aucune réponse depuis des jours",
    ],
)
def test_anything_new_says_the_problem_is_still_there(text: str) -> None:  # fmt: skip
    state = CustomerState("c-1")
    first = mood("e-1", 0, 0.1, topics=["delivery"],
                 text="Paket geöffnet: Scharnier gebrochen, Kratzer im Glas")  # fmt: skip
    follow = mood(
        "e-2",
        2,
        -0.76,
        intents=["question"],
        emotions=["anger"],
        text=text,
        topics=["delivery", "support_responsiveness"],
        channel="phone",
        kind="call",
    )
    [alert] = of(feed(state, [first, follow]), "repeat_contact")
    assert alert.evidence == ["e-1", "e-2"]


def test_a_bare_still_asked_about_another_topic_is_another_problem() -> None:
    # "still" here is "nevertheless": the brake complaint is no follow-up on the bug.
    state = CustomerState("c-1")
    first = complaint("e-1", 0, topics=["bugs"], intents=["complaint"], text="the app crashes")
    other = mood("e-2", 0.2, -0.23, intents=["question"], topics=["billing"], channel="chat",
                 kind="chat", text="The bike had no front brake and I was still charged for "
                 "it. Can someone look at it today?")  # fmt: skip
    assert of(feed(state, [first, other]), "repeat_contact") == []


def test_a_reply_with_no_open_problem_answers_the_last_contact() -> None:
    # The first message reads as neutral and names no topic; the reply names one.
    state = CustomerState("c-1")
    first = mood("e-1", 0, -0.44, sentiment_label="neutral", topics=[], channel="chat",
                 kind="chat", text="Meine Überweisung ist seit Tagen in Bearbeitung.")  # fmt: skip
    reply = mood("e-2", 0.6, -1.0, intents=["complaint", "question"], topics=["delivery"],
                 emotions=["frustration"], channel="web", kind="ticket",
                 text="RE: Überweisung nicht da - hello? still waiting to hear back")  # fmt: skip
    [alert] = of(feed(state, [first, reply]), "repeat_contact")
    assert alert.evidence == ["e-1", "e-2"]


@pytest.mark.parametrize(
    "text",
    [
        WRITING_AGAIN,
        "Je vous réécris car rien n'a bougé. Qui s'en occupe ?",
        "Schreibe nochmal weil sich nichts getan hat. Wer kümmert sich darum?",
        "Vuelvo a escribir porque no ha pasado nada. ¿Quién lleva esto?",
        "Vi riscrivo perché non è successo niente. Chi se ne occupa?",
        "Escrevo de novo porque nada aconteceu. Quem está a tratar disto?",
    ],
)
def test_writing_again_after_a_thanks_for_another_matter_reopens_the_problem(text: str) -> None:
    # The card problem read as neutral; a question answered and thanked in between
    # closed it; "writing again because nothing happened" says it goes on.
    state = CustomerState("c-1")
    chain = [
        mood("e-1", 0, -0.17, topics=["account_access"],
             text="Meine Karte wird überall abgelehnt. Stehe hier ohne Geld."),
        mood("q", 0.8, -0.3, intents=["question"], channel="chat", kind="chat",
             text="Gibt's die Kontoauszüge auch als PDF?"),
        mood("ok", 0.82, 1.0, emotions=["gratitude"], channel="chat", kind="chat",
             text="Super, vielen Dank!"),
        mood("e-2", 1.2, -0.64, intents=["question"], channel="community", kind="post",
             text=text),
    ]  # fmt: skip
    [alert] = of(feed(state, chain), "repeat_contact")
    assert alert.evidence == ["e-1", "e-2"]


def test_still_not_of_a_new_matter_after_a_thanks_reopens_nothing() -> None:
    # hand-tuning123/repeat_contacts: the visit marked done though nobody came was
    # confirmed solved, with thanks; days later a deposit "still not back" names no
    # topic and does not say it writes again: a new matter, not the visit's.
    state = CustomerState("c-1")
    chain = [
        mood("e-1", 0, -0.37, topics=["bugs"], intents=["complaint"],
             text="Tirei a manha, ninguem apareceu e a app diz 'visita concluida'"),
        mood("ok", 2, 0.0, topics=[], emotions=["gratitude"],
             text="Confirmado, VD-719126 resolvido. Obrigada!"),
        mood("e-2", 4.3, -1.0, topics=[], intents=["complaint"], channel="web",
             text="Cancelei há três semanas e o sinal de 150 € ainda não voltou"),
    ]  # fmt: skip
    assert of(feed(state, chain), "repeat_contact") == []


def test_still_not_of_a_new_matter_after_a_thanks_refers_back_to_nothing() -> None:
    # hand-tuning131/repeat_contacts: the visits' price was fixed and thanked for; days
    # later the robot's deposit "toujours pas revenue", on the same topic words, is a new
    # matter: "still not" alone does not say it writes again about the earlier one.
    state = CustomerState("c-1")
    chain = [
        complaint("e-1", 0, topics=["billing"], intents=["complaint"], language="fr",
                  text="On m'a facturé les visites au tarif normal. C'est inadmissible."),
        mood("ok", 1.2, 1.0, topics=[], emotions=["gratitude"], language="fr",
             text="oui c'est bon pour PC-775101 merci beaucoup"),
        complaint("e-2", 5, topics=["billing"], intents=["complaint"], language="fr",
                  text="La caution de 300 € n'est toujours pas revenue sur ma carte."),
    ]  # fmt: skip
    assert of(feed(state, chain), "repeat_contact") == []


def test_a_reply_prefix_alone_after_praise_refers_to_nothing_of_theirs() -> None:
    # "Re: your order" answers our own message, not the praise before it.
    state = CustomerState("c-1")
    praise = mood("p", 0, 0.1, topics=[], channel="chat", kind="chat",
                  text="The Crema Pro makes a better flat white than my local café")  # fmt: skip
    reply = mood("e-1", 0.6, -0.8, intents=["complaint"], topics=["delivery"], channel="web",
                 kind="ticket", subject="Re: your order",
                 text="Not happy: order VD-244 was due yesterday and never arrived.")  # fmt: skip
    assert of(feed(state, [praise, reply]), "repeat_contact") == []


# ------------------------------------------ problems that name something --


def test_a_negative_score_on_words_naming_nothing_raises_no_problem() -> None:
    # "Nachtschicht vorbei, Hörbuch auf, Welt in Ordnung" reads -0.37: no topic, intent,
    # emotion or reference; the model's score alone on such words is no problem.
    state = CustomerState("c-1")
    text = "Nachtschicht vorbei, Hörbuch auf, Welt in Ordnung"
    chain = [mood(f"e-{i}", i * 1.5, -0.37, topics=[], text=text) for i in range(3)]
    assert of(feed(state, chain), "repeat_contact") == []


def test_an_error_code_names_the_problem() -> None:
    state = CustomerState("c-1")
    chain = [
        mood("e-1", 0.0, -0.4, topics=[], text="CL-503, Stunde verpasst", channel="chat"),
        mood("e-2", 0.1, -0.5, topics=[], text="CL-503 und die Stunde ist weg", channel="web"),
        mood("e-3", 0.2, -0.5, topics=[], text="CL-503, wie gestern", channel="email"),
    ]
    # Quoted again, the code says it is that fault again: two contacts are enough.
    [alert] = of(feed(state, chain), "repeat_contact")
    assert alert.evidence == ["e-1", "e-2"]
    assert "quotes its error code again (CL-503)" in alert.explanation


def test_quoting_the_same_error_code_again_joins_its_thread_whatever_its_topics() -> None:
    # hand-tuning38/topic_spike: the second contact quotes the code again with a typo for
    # "toujours" and other topic words: the same fault, said again.
    state = CustomerState("c-1")
    chain = [
        mood("e-1", 0, -0.5, topics=["bugs"], channel="email",
             text="erreur AD-734 adresse introuvable, je peux pas valider ma réservation"),
        mood("e-2", 0.02, -0.4, topics=["support_responsiveness"], channel="community",
             text="tojuours l'erreur AD-734. Et au chat personne ne répond."),
    ]  # fmt: skip
    [alert] = of(feed(state, chain), "repeat_contact")
    assert alert.evidence == ["e-1", "e-2"]
    other = mood("e-2", 0.02, -0.4, topics=["support_responsiveness"], channel="community",
                 text="l'erreur PX-100. Et au chat personne ne répond.")  # fmt: skip
    assert of(feed(CustomerState("c-2"), [chain[0], other]), "repeat_contact") == []


def test_a_code_of_any_shape_quoted_again_is_that_fault_again() -> None:
    # hand-tuning77/topic_spike: "L9-44B", a shape none of the error-code shapes of the
    # earlier sets reads: quoted again under other topic words, it is the same fault.
    state = CustomerState("c-1")
    chain = [
        mood("e-1", 0, -0.5, topics=["bugs"], channel="chat",
             text="Lift bewegt sich nicht, Störungsnummer = Faxgeräusch, App = L9-44B"),
        mood("e-2", 0.02, -0.4, topics=["support_responsiveness"], channel="email",
             text="App = L9-44B. Und am Telefon antwortet niemand."),
    ]  # fmt: skip
    [alert] = of(feed(state, chain), "repeat_contact")
    assert alert.evidence == ["e-1", "e-2"]
    assert "quotes its error code again (L9-44B)" in alert.explanation


def test_a_thanks_saying_the_fault_is_solved_is_no_repeat_though_it_names_its_code() -> None:
    # hand-tuning4/repeat_contacts: "c'est réglé pour l'erreur U12 au déverrouillage,
    # merci beaucoup !" (+0.03, a complaint for "erreur") closes the problem it names.
    state = CustomerState("c-1")
    chain = [
        mood("e-1", 0, -1.0, topics=["bugs"], intents=["complaint"], channel="phone",
             text="l'appli refuse de déverrouiller les vélos, le QR affiche erreur AD-734 !!"),
        mood("e-2", 0.6, 0.03, topics=["bugs"], intents=["complaint"], channel="chat",
             emotions=["gratitude"],
             text="c'est réglé pour l'erreur AD-734 au déverrouillage, merci beaucoup !"),
    ]  # fmt: skip
    assert of(feed(state, chain), "repeat_contact") == []


def test_saying_only_that_something_is_still_so_refers_back_to_nothing() -> None:
    # A night owl: "still listening" says the good thing goes on, not a problem.
    state = CustomerState("c-1")
    chain = [mood("p-1", 0, 0.78, topics=[], text="Night shift done, audiobook on, all good")]
    text = "3am and still listening. Blaming Librea 😅"
    chain += [mood(f"s-{i}", day, 0.16, topics=[], text=text) for i, day in enumerate((1, 3, 6))]
    assert of(feed(state, chain), "repeat_contact") == []


@pytest.mark.parametrize(
    "text", ["Toujours pareil, merci", "Still the same, thanks", "Immer noch dasselbe, danke"]
)
def test_a_thanks_saying_nothing_has_changed_closes_nothing(text: str) -> None:
    state = CustomerState("c-1")
    chain = [complaint("e-1", 0, intents=["complaint"], channel="email")]
    chain += [mood("e-2", 1, 0.5, topics=[], emotions=["gratitude"], text=text, channel="chat")]
    [alert] = of(feed(state, chain), "repeat_contact")
    assert alert.evidence == ["e-1", "e-2"]


def test_a_reply_saying_in_words_it_is_still_not_solved_is_a_problem_however_it_scores() -> None:
    # "Ihr berechnet immer noch 6 Leute" (no topic found), then the next day "AW: Immer
    # noch keine Lösung für die Abrechnung" read as neutral (0.00).
    state = CustomerState("c-1")
    first = "Ihr berechnet immer noch 6 Leute, die uns verlassen haben"
    chain = [complaint("e-1", 0, topics=[], intents=["complaint"], text=first)]
    reply = "Immer noch keine Lösung für die Abrechnung. Wir holen Angebote ein"
    chain += [mood("e-2", 1, 0.0, topics=["billing"], subject="AW: Abrechnung", text=reply)]
    [alert] = of(feed(state, chain), "repeat_contact")
    assert alert.evidence == ["e-1", "e-2"]


@pytest.mark.parametrize(
    "text", ["Hat funktioniert, alles wieder da. Danke!", "It worked, everything is back. Thanks"]
)
def test_a_reply_saying_it_worked_closes_the_problem(text: str) -> None:
    # "wieder" in "alles wieder da" is no "still": the thing is back.
    state = CustomerState("c-1")
    chain = [complaint("e-1", 0, topics=[], intents=["complaint"], channel="web")]
    chain += [mood("e-2", 1.5, 0.0, topics=[], emotions=["gratitude"], channel="email",
                   subject="AW: Bücher offline weg [LBR-984709]", text=text)]  # fmt: skip
    assert of(feed(state, chain), "repeat_contact") == []
    assert [t["open"] for t in state.problems] == [False]


# -------------------------------------------------- questions our answer answered --

QUESTION = "Hallo, wir haben Montag zwei Neue, wie trage ich sie im HR-Portal ein?"
STILL_NOT = "6 Mitarbeitende seit einer Woche angelegt, Karten gehen immer noch nicht"


def ask(event_id: str, day: float) -> EnrichedTouchpoint:
    return mood(event_id, day, -0.1, topics=[], intents=["question"],
                text=QUESTION, channel="email")  # fmt: skip


def answer(event_id: str, day: float, text: str) -> EnrichedTouchpoint:
    return event(event_id, day, direction="outbound", sentiment=0.0, text=text,
                 subject="AW: HR-Portal", channel="email", topics=[])  # fmt: skip


def test_a_still_does_not_refer_back_to_a_question_our_answer_answered() -> None:
    state = CustomerState("c-1")
    chain = [ask("q-1", 0), answer("a-1", 0.05, "HR-Portal > Mitarbeitende > Hinzufügen")]
    chain += [complaint("e-1", 3, topics=[], intents=["complaint"], text=STILL_NOT)]
    assert of(feed(state, chain), "repeat_contact") == []


def test_a_question_read_as_positive_asks_only_whatever_lack_it_names() -> None:
    # hand-tuning130/repeat_contacts: "senza ascensore" (no lift) is the setting of the
    # question, not a problem; the complaint days later is about something else.
    state = CustomerState("c-1")
    lift = (
        "sì buongiorno volevo sapere se l'autista porta su le casse al quarto piano senza ascensore"
    )
    chain = [mood("q-1", 0, 0.7, topics=[], intents=["question"], text=lift, channel="phone",
                  kind="call", language="it")]  # fmt: skip
    chain += [answer("a-1", 0.01, "Buongiorno, sì, l'autista porta su le casse, è incluso.")]
    still = "Casse ritirate tre settimane fa e la cauzione e ancora bloccata. Vorrei una soluzione"
    chain += [complaint("e-1", 1.7, topics=[], intents=["complaint"], text=still, language="it")]
    assert of(feed(state, chain), "repeat_contact") == []


@pytest.mark.parametrize(
    "text",
    [
        "Hello, sorry about this. We've passed it to the team and will be in touch.",
        "Hola, sentimos lo ocurrido. Lo hemos pasado al equipo responsable.",
        "Ciao, ci dispiace. La tua richiesta è stata passata al team competente.",
        "Hola Paula, hemos abierto el caso SLV-161109 y te responderemos lo antes posible.",
        "Bonjour, nous avons ouvert le dossier SLV-707389 et revenons vers vous au plus vite.",
        # hand-tuning55/topic_spike: working on it answers nothing either
        "Yes, label creation is failing for everyone right now, our engineers are on it.",
        "Ja, das betrifft gerade alle, unsere Techniker arbeiten daran.",
    ],
)
def test_an_answer_that_apologises_or_passes_it_on_answers_nothing(text: str) -> None:
    state = CustomerState("c-1")
    chain = [ask("q-1", 0), answer("a-1", 0.05, text)]
    chain += [complaint("e-1", 3, topics=[], intents=["complaint"], text=STILL_NOT)]
    [alert] = of(feed(state, chain), "repeat_contact")
    assert alert.evidence == ["q-1", "e-1"]


def test_a_question_raising_a_problem_stays_open_whatever_we_answer() -> None:
    # "Refund declined. Why? I didn't use a single class" (-0.74) raises a problem.
    state = CustomerState("c-1")
    question = mood("q-1", 0, -0.74, topics=["refund"], intents=["question"], channel="web",
                    text="Refund XRUMVG declined. Why? I didn't use a single class")  # fmt: skip
    chain = [question, answer("a-1", 0.1, "Refunds take 5 days. Aulora Support")]
    chain += [complaint("e-1", 1, topics=["refund"], intents=["complaint"],
                        text="RE: XRUMVG - any update? still nothing my end")]  # fmt: skip
    [alert] = of(feed(state, chain), "repeat_contact")
    assert alert.evidence == ["q-1", "e-1"]


@pytest.mark.parametrize(
    "text",
    [
        "AW: NUB-500411 - nichts behoben, die Kollegen haben es auch gemeldet",
        "RE: NUB-500411 - nulla risolto, anche i colleghi l'hanno segnalato",
    ],
)
def test_a_reply_saying_nothing_is_fixed_closes_nothing(text: str) -> None:
    state = CustomerState("c-1")
    chain = [complaint("e-1", 0, topics=["billing"], sentiment=0.0, channel="email",
                       text="Auf den Rechnungen steht der Name einer anderen Firma.")]  # fmt: skip
    chain += [mood("e-2", 1, 0.0, topics=[], subject="RE: NUB-500411", text=text,
                   channel="phone")]  # fmt: skip
    [alert] = of(feed(state, chain), "repeat_contact")
    assert alert.evidence == ["e-1", "e-2"]


# ------------------------------------------------------ the case our answer gave --


@pytest.mark.parametrize(
    "text",
    [
        "Vorgang SLV-743573: Niemand hat sich gemeldet, um den Termin neu zu legen.",
        "hello yes slv-743573: i was promised an update and got nothing.",
    ],
)
def test_naming_the_case_our_answer_gave_raises_that_contacts_matter_again(text: str) -> None:
    # hand-tuning21/repeat_contacts: a polite first contact, our answer opening case
    # SLV-743573, then a contact naming the case with other topic words (or none).
    state = CustomerState("c-1")
    first = mood("q-1", 0, 0.1, topics=["installation"], intents=["question"], channel="web",
                 text="Der Techniker ist nie gekommen. Wann wird das behoben?")  # fmt: skip
    ours = event("a-1", 0.1, direction="outbound", sentiment=0.0, channel="email",
                 subject="Re: Technikertermin [SLV-743573]", topics=[],
                 text="Wir haben den Vorgang SLV-743573 an das Team weitergegeben.")  # fmt: skip
    again = mood("e-1", 1, -0.1, topics=[], channel="chat", text=text)
    [alert] = of(feed(state, [first, ours, again]), "repeat_contact")
    assert alert.evidence == ["q-1", "e-1"]


def test_a_call_spelling_the_case_our_answer_gave_raises_that_contacts_matter_again() -> None:
    # hand-tuning38/repeat_contacts: a complaint, our answer opening case MV-421039, then
    # a call naming the case as speech-to-text spells it ("emme vu 42 10 39").
    state = CustomerState("c-1")
    first = mood("e-1", 0, -0.9, topics=["product_quality"], intents=["complaint"],
                 channel="social", text="credenza arrivata con una gamba rotta. No.")  # fmt: skip
    ours = event("a-1", 0.1, direction="outbound", sentiment=0.0, channel="email",
                 subject="Pratica MV-421039", topics=[],
                 text="La tua richiesta è registrata con il numero MV-421039.")  # fmt: skip
    call = mood("e-2", 1, -0.1, topics=[], channel="phone", kind="call", subject=None,
                text="sì buongiorno chiamo per la pratica emme vu 42 10 39 il mobile")  # fmt: skip
    [alert] = of(feed(state, [first, ours, call]), "repeat_contact")
    assert alert.evidence == ["e-1", "e-2"]
    assert "names the case we gave (MV421039)" in alert.explanation
    other = mood("e-2", 1, -0.1, topics=[], channel="phone", kind="call", subject=None,
                 text="sì buongiorno chiamo per la pratica emme vu 11 12 22 il mobile")  # fmt: skip
    assert of(feed(CustomerState("c-2"), [first, ours, other]), "repeat_contact") == []


def test_a_model_our_answer_only_named_back_is_no_case_given() -> None:
    # hand-tuning78/bilingual: a happy customer asks twice in five days whether a
    # cartridge fits a printer, "XP-3100"; our answers name the printer back. The
    # printer is no case we gave: the second question raises nothing again.
    state = CustomerState("c-1")
    chain = []
    for i, day in enumerate((0, 5)):
        chain += [
            mood(f"q-{i}", day, -0.59, topics=[], intents=["question"], channel="chat",
                 text="Hallo, passt die 603 XL in einen XP-3100?"),
            event(f"a-{i}", day + 0.003, direction="outbound", sentiment=0.0, channel="chat",
                  topics=[], text="Hallo! Ja, 603 und 603 XL passen in den XP-3100."),
        ]  # fmt: skip
    assert of(feed(state, chain), "repeat_contact") == []
    assert state.case_refs == []


def test_naming_another_case_than_ours_raises_nothing_again() -> None:
    state = CustomerState("c-1")
    first = mood("q-1", 0, 0.1, topics=["installation"], intents=["question"], channel="web",
                 text="Der Techniker ist nie gekommen. Wann wird das behoben?")  # fmt: skip
    ours = event("a-1", 0.1, direction="outbound", sentiment=0.0, channel="email",
                 subject="Re: Technikertermin [SLV-743573]", topics=[],
                 text="Wir haben den Vorgang SLV-743573 an das Team weitergegeben.")  # fmt: skip
    other = mood("e-1", 1, -0.1, topics=[], channel="chat",
                 text="Vorgang SLV-111222: Niemand hat sich gemeldet.")  # fmt: skip
    assert of(feed(state, [first, ours, other]), "repeat_contact") == []


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        # hand-tuning151/repeat_contacts: a second problem, naming the first one's closed
        # case only to set it apart, in English, Italian and Portuguese (a call's
        # transcript spells it in lower case)
        ("Separate thing, nothing to do with case PV-171900 which is closed: I'm a Club "
         "member and got charged full price for the swap. Where's my discount?", False),
        ("Altra cosa, diversa dalla pratica PV-171900 che e chiusa: mi avete addebitato il "
         "deposito per una stagione in piu", False),
        ("outra coisa nada a ver com o processo pv-171900 que esta fechado montaram-me os "
         "pneus de outra pessoa", False),
        # naming the case as the matter itself, it is that matter again
        ("Case PV-171900: I'm still charged full price for the swap, nothing has changed",
         True),
    ],
)  # fmt: skip
def test_a_closed_case_set_apart_raises_nothing_again(text: str, fires: bool) -> None:
    state = CustomerState("c-1")
    charged = "You've charged me another season of storage. Refund please"
    first = complaint("e-1", 0, topics=["billing"], channel="web", text=charged)
    opened = "We've opened case PV-171900 and the centre manager is looking into it."
    ours = event("a-1", 0.1, direction="outbound", sentiment=0.0, channel="email", topics=[],
                 text=opened)  # fmt: skip
    later = mood("e-2", 3, -0.5, topics=["billing"], intents=["complaint"], channel="email",
                 text=text)  # fmt: skip
    assert bool(of(feed(state, [first, ours, later]), "repeat_contact")) is fires


def test_a_calm_question_saying_it_writes_again_raises_the_earlier_one_again() -> None:
    # hand-tuning21/repeat_contacts: both contacts asked politely, the second saying in
    # words that it writes again ("Vuelvo a escribir") hours later: the same problem
    # raised again.
    state = CustomerState("c-1")
    asked = "Me habéis mandado una factura de 412 €. ¿Podéis mirarlo, por favor?"
    first = mood("q-1", 0, -0.23, topics=["billing"], intents=["question"], channel="email",
                 text=asked)  # fmt: skip
    held = "Hola, sentimos lo ocurrido. Lo hemos pasado al equipo responsable."
    ours = event("a-1", 0.1, direction="outbound", sentiment=0.0, channel="email", topics=[],
                 text=held)  # fmt: skip
    text = "Vuelvo a escribir: me seguís cobrando esa lectura. ¿Alguien se va a ocupar?"
    again = mood("e-1", 0.2, -0.28, topics=["billing"], intents=["question"], channel="social",
                 text=text)  # fmt: skip
    [alert] = of(feed(state, [first, ours, again]), "repeat_contact")
    assert alert.evidence == ["q-1", "e-1"]


def test_a_question_after_a_statement_that_it_is_still_so_raises_it_again() -> None:
    # hand-tuning21/topic_spike: a complaint, then within the hour a question after a
    # statement saying it is still so, with other topic words (refund, not billing).
    state = CustomerState("c-1")
    first = "Solvane m'a prélevé DEUX FOIS ce matin ! 96 € deux fois"
    chain = [mood("e-1", 0, -0.49, topics=["billing"], text=first, channel="social")]
    text = (
        "Toujours deux prélèvements et aucune nouvelle. Quand est-ce que le second est remboursé ?"
    )
    chain += [mood("e-2", 0.03, -0.42, topics=["refund"], intents=["question"], text=text,
                   channel="chat")]  # fmt: skip
    [alert] = of(feed(state, chain), "repeat_contact")
    assert alert.evidence == ["e-1", "e-2"]


@pytest.mark.parametrize(
    "text",
    [
        "phone slv-705689: nothing has been fixed, my colleagues reported it too.",
        "allô oui dossier slv-705689 : rien n'est corrigé, mes collègues l'ont signalé aussi.",
        "vorgang slv-689330: nichts ist behoben. meine Kollegen haben es auch gemeldet.",
    ],
)
def test_saying_nothing_has_been_fixed_says_it_is_raised_again(text: str) -> None:
    # hand-tuning21/b2b_accounts: a complaint, then days later a call saying nothing
    # has been fixed: two contacts, and the customer says it is the same problem.
    state = CustomerState("c-1")
    chain = [complaint("e-1", 0, intents=["complaint"], channel="email")]
    chain += [mood("e-2", 1, -0.5, topics=[], intents=["complaint"], text=text, channel="phone")]
    [alert] = of(feed(state, chain), "repeat_contact")
    assert alert.evidence == ["e-1", "e-2"]


@pytest.mark.parametrize(
    "text",
    [
        "bom dia ligo por causa do processo a v 26 85 39 continua por resolver",
        "oui bonjour j'appelle pour le dossier av 268539 toujours pas réglé",
        "pronto buongiorno chiamo per la pratica av 268539 non è cambiato niente",
    ],
)
def test_a_call_naming_the_case_as_speech_to_text_spells_it_is_that_matter(text: str) -> None:
    # hand-tuning31/b2b_accounts: an e-mail on case AV-268539, then a call days later
    # whose transcript spells the case apart ("a v 26 85 39"): the same matter.
    state = CustomerState("c-1")
    first = "Bom dia, sobre o processo AV-268539: os condutores continuam recusados."
    chain = [mood("e-1", 0, -0.5, topics=["bugs"], intents=["complaint"], text=first,
                  channel="email", kind="message"),
             mood("e-2", 3, -0.1, topics=["billing"], text=text, channel="phone", kind="call",
                  subject=None)]  # fmt: skip
    [alert] = of(feed(state, chain), "repeat_contact")
    assert alert.evidence == ["e-1", "e-2"]


def test_a_number_said_on_another_channel_names_no_case() -> None:
    # Only a call's transcript spells a reference apart: a chat's "26 85 39" is no case.
    state = CustomerState("c-1")
    first = "Bom dia, sobre o processo AV-268539: os condutores continuam recusados."
    chain = [mood("e-1", 0, -0.5, topics=["bugs"], intents=["complaint"], text=first,
                  channel="email", kind="message"),
             mood("e-2", 3, -0.1, topics=["billing"], channel="chat", kind="chat",
                  text="o meu contribuinte acaba em 26 85 39, está certo na fatura",
                  subject=None)]  # fmt: skip
    assert of(feed(state, chain), "repeat_contact") == []


@pytest.mark.parametrize(
    ("before", "text", "sentiment", "intents"),
    [
        # hand-tuning31: "e ainda me" is "and on top it...", not "still"
        ("Renovei o plano.", "Com o plano não pago taxas e ainda me avisa antes do fim", -0.96,
         []),
        # praise: "nada más llegar" (right on arrival) is no lack, "igual de bien" no
        # "the same" that would say the thing goes on, so it closes the thread
        ("Renové el plan.", "Otra vez la barrera se abre sola nada más llegar. Cada semana "
         "igual de bien", 0.02, ["praise"]),
    ],
)  # fmt: skip
def test_on_top_right_on_arrival_and_just_as_good_say_nothing_is_still_wrong(
    before: str, text: str, sentiment: float, intents: list[str]
) -> None:
    state = CustomerState("c-1")
    chain = [mood("n-1", 0, 0.0, topics=["billing"], subject=None, channel="web",
                  kind="review", text=before),
             mood("p-1", 1.0, sentiment, topics=["billing"], intents=intents, subject=None,
                  text=text, channel="community", kind="post")]  # fmt: skip
    assert of(feed(state, chain), "repeat_contact") == []


@pytest.mark.parametrize(
    "text",
    [
        "sí hola buenas vuelvo con el caso lv 105922 nada arreglado mis compañeros también",
        "hello there um back on case lv 156907 nothing fixed my colleagues have told you too",
    ],
)
def test_back_on_the_case_and_nothing_fixed_is_raised_again(text: str) -> None:
    # hand-tuning25/b2b_accounts: an e-mail on a case, then a call a day later, said
    # short as speech-to-text writes it and read +0.01 with no intent.
    state = CustomerState("c-1")
    chain = [complaint("e-1", 0, intents=["complaint"], channel="email")]
    chain += [mood("e-2", 1, 0.01, topics=[], text=text, channel="phone", subject=None)]
    [alert] = of(feed(state, chain), "repeat_contact")
    assert alert.evidence == ["e-1", "e-2"]


def test_a_thanks_saying_nothing_has_changed_closes_nothing_either() -> None:
    # hand-tuning22/b2b_accounts: "... déjà signalé (dossier LK-189210), mais rien n'a
    # changé. ... Merci," reads +0.34; then a reply naming the same case.
    state = CustomerState("c-1")
    text = "Déjà signalé (dossier LK-189210), mais rien n'a changé. Merci, Théo"
    chain = [mood("e-1", 0, 0.34, topics=["bugs"], emotions=["gratitude"], text=text)]
    reply = "Je réécris pour le dossier LK-189210 : toujours pas réglé."
    chain += [mood("e-2", 1, -1.0, topics=["price"], intents=["complaint"], text=reply,
                   subject="RE : Étiquettes erronées (LK-189210)")]  # fmt: skip
    [alert] = of(feed(state, chain), "repeat_contact")
    assert alert.evidence == ["e-1", "e-2"]


def test_a_contact_naming_the_reference_of_an_open_problem_is_that_problem() -> None:
    state = CustomerState("c-1")
    first = "Die Etiketten (LK-671950) haben die falsche Station, Pakete landen woanders"
    chain = [complaint("e-1", 0, topics=["delivery"], intents=["complaint"], text=first)]
    again = "Fall LK-671950: hat sich überhaupt nichts getan, wir holen Angebote ein"
    chain += [mood("e-2", 2, -0.6, topics=["price"], intents=["complaint"], text=again)]
    chain += [mood("e-3", 3, -0.7, topics=[], intents=["complaint"],
                   text="LK-671950 immer noch offen, unglaublich")]  # fmt: skip
    [alert, *_] = of(feed(state, chain), "repeat_contact")
    assert alert.evidence[:2] == ["e-1", "e-2"]


def test_naming_a_problems_reference_as_still_so_after_thanks_for_another_thing() -> None:
    # hand-tuning277/b2b_accounts (report run 279, missed): praise for the plants in
    # between closed the thread; the call spells its reference without the hyphen.
    state = CustomerState("c-1")
    first = "Como disse Beatriz, RM-381746 continua por resolver. Três semanas sem visita"
    chain = [complaint("e-1", 0, topics=[], intents=["complaint", "question"], text=first)]
    chain += [mood("e-2", 0.1, 1.0, topics=[], emotions=["gratitude"], channel="chat",
                   text="As plantas novas estão lindas, obrigado")]  # fmt: skip
    chain += [mood("e-3", 1, -0.9, topics=[], intents=[], channel="phone", subject=None,
                   text="ainda nada sobre rm381746")]  # fmt: skip
    [alert] = of(feed(state, chain), "repeat_contact")
    assert alert.evidence == ["e-1", "e-3"]


def test_another_matter_of_the_same_order_after_thanks_is_no_repeat() -> None:
    # hand-tuning2/repeat_contacts (resolved_between): the parcel was found, thanks; the
    # refund of that order is another matter, on another topic.
    state = CustomerState("c-1")
    lost = "Le suivi indique livré mais je n'ai rien reçu. Commande #451759."
    chain = [complaint("e-1", 0, topics=["delivery"], intents=["complaint"], text=lost)]
    chain += [mood("e-2", 0.1, 0.46, topics=[], emotions=["gratitude"], channel="phone",
                   text="trouvé ! Il était dans le local poubelles. Désolé, merci.")]  # fmt: skip
    refund = "J'ai renvoyé #451759 il y a deux semaines et toujours pas de remboursement."
    chain += [mood("e-3", 1.7, -0.72, topics=["refund"], intents=["complaint"], text=refund)]
    assert of(feed(state, chain), "repeat_contact") == []


def test_a_loyal_customers_count_of_stays_posted_twice_is_no_repeat() -> None:
    # hand-tuning272/one_bad_day: read -0.11 and +0.08, "tercera vez" a count of stays
    state = CustomerState("c-1")
    text = "Tercera vez este año con Felinza y Felix ya entra solo en la habitación, ni maúlla."
    chain = [mood("e-1", 0, -0.11, topics=[], channel="social", text=text)]
    chain += [mood("e-2", 2.8, 0.08, topics=[], channel="web", text=text)]
    assert of(feed(state, chain), "repeat_contact") == []


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning281/happy_writers: a night owl's hour, then still at it, each posted
        # three times and read negative (-0.69, -0.89): a problem said to persist
        "Sono le due e sto ancora limando decimi a Suzuka nella sessione notturna di Cordolo",
        "São 2 da manhã e ainda estou a tirar décimas em Suzuka na sessão noturna da Cordolo",
    ],
)
def test_a_night_owl_still_at_it_posted_three_times_is_no_repeat(text: str) -> None:
    state = CustomerState("c-1")
    chain = [mood(f"e-{i}", day, -0.8, topics=[], channel="community", text=text)
             for i, day in enumerate((0, 1.2, 2.4))]  # fmt: skip
    assert of(feed(state, chain), "repeat_contact") == []


def test_nothing_fixed_typed_with_a_typo_closes_nothing() -> None:
    # hand-tuning283/b2b_accounts (report run 285, missed): "nothnig is fixed" read as
    # "is fixed", which closed the case the contact names again
    state = CustomerState("c-1")
    first = "Your invoices still carry no PO number. My colleague already wrote (case ML-853422)."
    chain = [complaint("e-1", 0, topics=["billing"], intents=["complaint"], text=first)]
    again = "Case ML-853422: nothnig is fixed and several colleagues wrote."
    chain += [mood("e-2", 3, -0.23, topics=[], text=again)]
    [alert] = of(feed(state, chain), "repeat_contact")
    assert alert.evidence == ["e-1", "e-2"]


def test_a_reply_thanking_for_the_fix_and_apologising_for_the_tone_closes_it() -> None:
    # hand-tuning22/one_bad_day: the reply to our answer names the case it gave.
    state = CustomerState("c-1")
    angry = "This is a joke. The locker door never opened and the app says I collected it."
    chain = [complaint("e-1", 0, intents=["complaint"], text=angry, channel="email")]
    chain += [event("a-1", 0.1, direction="outbound", sentiment=0.0, channel="email",
                    topics=[], subject="Re: Complaint [LK-888368]",
                    text="We're sorry. Case LK-888368 is open and we will fix it.")]  # fmt: skip
    text = "Thanks for fixing it so quickly. And sorry about my tone yesterday, I was stressed."
    chain += [mood("e-2", 1, -0.68, topics=[], emotions=["anxiety", "gratitude"],
                   subject="RE: Case LK-888368", text=text, channel="email")]  # fmt: skip
    assert of(feed(state, chain), "repeat_contact") == []
    assert [t["open"] for t in state.problems] == [False]


@pytest.mark.parametrize(
    "text",
    [
        "Hi, can I push my next delivery back a week? Still have a few left",
        "Ciao, posso spostare la prossima consegna? Ne ho ancora qualche scatola",
    ],
)
def test_what_the_customer_still_has_left_is_no_follow_up(text: str) -> None:
    # hand-tuning32: a calm question saying what is left ("Still have a few pairs left")
    # does not ask whether the customer's earlier remark is solved yet.
    state = CustomerState("c-1")
    chain = [mood("n-1", 0, -0.4, topics=["delivery", "product_quality"], subject=None,
                  channel="web", kind="review",
                  text="Easy to order, well packed. Only 4 because the case is flimsy"),
             mood("q-1", 0.5, 0.0, topics=["delivery"], intents=["question"], subject=None,
                  text=text, channel="email", kind="message")]  # fmt: skip
    assert of(feed(state, chain), "repeat_contact") == []


@pytest.mark.parametrize(
    ("first", "again"),
    [
        ("Buongiorno, riprendo la pratica aperta dal mio collega: i buoni rifiutati in "
         "ottica. Non è ancora risolta.",
         "pronto buongiorno chiamo per la pratica dei buoni non è ancora risolta"),
        ("Good morning, following up the vouchers refused at the optician. It's still not "
         "sorted.", "hi good morning calling about the vouchers it is still not sorted"),
    ],
)  # fmt: skip
def test_saying_it_is_not_solved_raises_it_whatever_the_greeting_scores(
    first: str, again: str
) -> None:
    # hand-tuning32/b2b_accounts: the greetings read +0.97 and +0.27; "not solved yet",
    # twice, is the same unresolved problem raised again.
    state = CustomerState("c-1")
    chain = [mood("e-1", 0, 0.97, text=first, channel="email", kind="message", subject=None),
             mood("e-2", 1.3, 0.27, text=again, channel="phone", kind="call",
                  subject=None)]  # fmt: skip
    [alert] = of(feed(state, chain), "repeat_contact")
    assert alert.evidence == ["e-1", "e-2"]


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning38/b2b_accounts: the greeting reads +0.41
        "Buongiorno, torno sulla pratica MV-674132 aperta da Riccardo giovedì. Il portale che "
        "non salva indirizzi né centro di costo, non si è mosso niente. Ci date una data?",
        # hand-tuning37/b2b_accounts
        "Hallo, die Rechnung hat immer noch keine USt-IdNr.. Wer kümmert sich darum?",
    ],
)
def test_a_statement_that_it_is_still_lacking_is_a_problem_whatever_it_asks(text: str) -> None:
    model = CONFIG.model
    assert is_problem(mood("e-1", 0, 0.41, text=text, intents=["question"], subject=None), model)
    # "still" of one word may be "nevertheless": a calm question is no problem for it.
    calm = "The bike had no front brake and I was still charged. Can someone look at it?"
    assert not is_problem(mood("e-2", 0, 0.41, text=calm, intents=["question"]), model)
    thanked = mood("e-3", 0, 0.41, text=text, intents=["question"], emotions=["gratitude"])
    assert not is_problem(thanked, model)


def test_a_negated_solved_word_beside_thanks_says_nothing_is_unsolved() -> None:
    # "Never been sorted so fast, thank you!": thanks, not a matter left unsolved.
    model = CONFIG.model
    text = "Never been sorted so fast, thank you!"
    thanked = mood("e-1", 0, 0.9, text=text, emotions=["gratitude"], subject=None)
    assert not says_unresolved(thanked, model)
    assert says_unresolved(mood("e-2", 0, 0.9, text=text, subject=None), model)


def test_asking_when_it_is_solved_then_nach_wie_vor_is_the_matter_again() -> None:
    # hand-tuning33/b2b_accounts: "es ist unverändert ... Wann wird das gelöst?" asks
    # after a problem (no calm question), and "nach wie vor" says it is still so.
    state = CustomerState("c-1")
    first = (
        "Guten Tag, mein Kollege hat Ihnen bereits geschrieben (Fall NV-961471), es ist "
        "unverändert. Wann wird das gelöst?"
    )
    again = "Fall NV-961471: nach wie vor nichts gelöst."
    chain = [mood("e-1", 0, -0.04, text=first, intents=["complaint", "question"],
                  channel="email", kind="message", subject=None),
             mood("e-2", 2, -0.4, text=again, intents=["complaint"], channel="email",
                  kind="message", subject=None)]  # fmt: skip
    [alert] = of(feed(state, chain), "repeat_contact")
    assert alert.evidence == ["e-1", "e-2"]
    assert 'says so ("nach wie vor")' in alert.explanation


def test_an_error_code_quoted_calmly_then_still_there_is_the_fault_raised_again() -> None:
    # hand-tuning35/topic_spike: the first report reads -0.06 (neutral, bugs) and the
    # second +0.59 for its sarcastic "grazie eh"; the code, still there, is the fault again.
    state = CustomerState("c-1")
    first = "Tutti fuori: il QR dà 'Codice non valido (Q-417)' a chiunque. Saremo in 15"
    again = "Ancora Q-417 dopo mezz'ora. Sto lavorando dal bar di fronte, grazie eh"
    chain = [mood("e-1", 0, -0.06, text=first, topics=["bugs"], channel="social",
                  kind="post", subject=None),
             mood("e-2", 0.03, 0.59, text=again, channel="chat", kind="chat",
                  subject=None)]  # fmt: skip
    [alert] = of(feed(state, chain), "repeat_contact")
    assert alert.evidence == ["e-1", "e-2"]


def test_an_error_code_still_there_in_italian_is_the_fault_raised_again() -> None:
    # hand-tuning41/topic_spike: "sempre lì" (still there) of the code, asked who refunds.
    state = CustomerState("c-1")
    first = "qualcuno ha problemi con l'app? LSN-504 appena apro le guide prenotate"
    again = "sono psasati 40 minuti, guida saltata e LSN-504 sempre lì. Chi mi rimborsa?"
    chain = [mood("e-1", 0, -0.5, text=first, topics=["bugs"], intents=["question"],
                  channel="email", kind="message", subject=None),
             mood("e-2", 0.03, -0.55, text=again, intents=["question"], channel="community",
                  kind="post", subject=None)]  # fmt: skip
    [alert] = of(feed(state, chain), "repeat_contact")
    assert alert.evidence == ["e-1", "e-2"]


def test_an_error_code_quoted_with_no_topic_words_keeps_its_thread() -> None:
    # hand-tuning58/topic_spike: "bricht immer mit E4907 ab" names no topic and reads
    # -0.13; "Immer noch Fehler E4907" 40 minutes later is that fault again.
    state = CustomerState("c-1")
    first = "@Ramasso Buchung der Sperrmüllabholung bricht immer mit E4907 ab"
    again = "Nochmal: E4907, auch mit dem Handy meines Mannes"
    chain = [mood("e-1", 0, -0.13, text=first, topics=[], channel="social", kind="post",
                  subject=None),
             mood("e-2", 0.03, -0.46, text=again, topics=["bugs"], intents=["complaint"],
                  channel="email", kind="message", subject="Immer noch Fehler E4907")]  # fmt: skip
    [alert] = of(feed(state, chain), "repeat_contact")
    assert alert.evidence == ["e-1", "e-2"]


def test_an_error_code_asked_about_calmly_then_quoted_again_is_that_fault_again() -> None:
    # hand-tuning85/topic_spike: the first contact asks what to do about the code, calmly
    # (the model reads -0.83), the next one 26 minutes later quotes it again on another
    # channel: the fault raised again, though only the second is a problem contact.
    state = CustomerState("c-1")
    first = (
        "Bom dia, a declaração de aptidão não passa: WV/0438 declaração incompleta e está "
        "tudo preenchido. O que faço?"
    )
    again = "Há meia hora a tentar, sempre WV/0438. O instrutor pôs-nos a fazer alongamentos"
    chain = [mood("e-1", 0, -0.83, text=first, topics=[], intents=["question"],
                  channel="chat", kind="chat", subject=None),
             mood("e-2", 0.02, -0.54, text=again, topics=[], channel="community",
                  kind="post", subject=None)]  # fmt: skip
    [alert] = of(feed(state, chain), "repeat_contact")
    assert alert.evidence == ["e-1", "e-2"]
    assert "quotes its error code again (WV/0438)" in alert.explanation
    # Another code the second time is another fault.
    other = mood("e-2", 0.02, -0.54, text=again.replace("WV/0438", "WV/0512"), topics=[],
                 channel="community", kind="post", subject=None)  # fmt: skip
    assert of(feed(CustomerState("c-2"), [chain[0], other]), "repeat_contact") == []


def test_a_booking_code_said_calmly_twice_is_no_fault() -> None:
    # A code with no fault topic ("desk D-14") and a thanks naming a code are no problem.
    state = CustomerState("c-1")
    chain = [mood("e-1", 0, -0.06, text="Booked desk D-14 for tomorrow, see you then",
                  channel="web", kind="message", subject=None),
             mood("e-2", 0.5, 0.8, text="Still on desk D-14 this week, thanks a lot",
                  emotions=["gratitude"], channel="chat", kind="chat",
                  subject=None)]  # fmt: skip
    assert of(feed(state, chain), "repeat_contact") == []


@pytest.mark.parametrize(
    ("text", "closes"),
    [
        ("Chiedo scusa per il messaggio di ieri, ero furiosa ma non con voi personalmente",
         True),
        ("Sorry about my message yesterday, I was angry but not at you", True),
        ("Scusate il messaggio di ieri, ma è ancora tutto bloccato", False),
    ],
)  # fmt: skip
def test_angry_but_not_at_you_keeps_the_apology_whole(text: str, closes: bool) -> None:
    # hand-tuning35/one_bad_day: "ma non con voi" takes nothing back.
    sorry = mood("e-1", 0, -0.4, text=text, subject="RE: Pratica DK-852942")
    assert apology_ends_it(sorry, CONFIG.model) is closes


def test_no_longer_doing_something_is_no_repeat() -> None:
    # hand-tuning34/happy_writers: "no vuelvo a cargar sacos" is "I no longer carry sacks".
    text = "Llevo desde marzo con la suscripción y no vuelvo a cargar sacos por la calle."
    happy = mood("e-1", 0, -0.06, text=text, subject=None)
    assert not says_it_repeats(happy, CONFIG.model)
    assert says_it_repeats(mood("e-2", 0, -0.5, text="Vuelvo a escribir", subject=None),
                           CONFIG.model)  # fmt: skip


def test_all_well_again_is_no_repeat_of_the_gripe_after_it() -> None:
    # hand-tuning158: praise with a small gripe; its "outra vez" is said of the good thing.
    text = "Correu tudo bem outra vez, so o cafe do bar e que esta sempre frio"
    assert not says_it_repeats(mood("e-1", 0, -0.51, text=text, subject=None), CONFIG.model)
    text = "Outra vez o cafe frio no bar"
    assert says_it_repeats(mood("e-2", 0, -0.5, text=text, subject=None), CONFIG.model)


def test_a_posto_said_of_our_case_closes_it() -> None:
    # hand-tuning158/bilingual: "Confermo, KV-901669 a posto" confirms our fix.
    text = "Confermo, KV-901669 a posto, graize"
    assert resolves_problems(mood("e-1", 0, 0.0, text=text, subject=None), CONFIG.model)
    text = "KV-901669 non è ancora a posto"
    assert not resolves_problems(mood("e-2", 0, -0.3, text=text, subject=None), CONFIG.model)


def test_tout_est_bon_said_of_our_case_closes_it() -> None:
    # hand-tuning160/repeat_contacts: "oui tout est bon pour CV-134298" confirms our fix.
    text = "oui tout est bon pour CV-134298, mreci à vous"
    assert resolves_problems(mood("e-1", 0, 0.5, text=text, subject=None), CONFIG.model)
    text = "non, tout n'est pas bon pour CV-134298"
    assert not resolves_problems(mood("e-2", 0, -0.4, text=text, subject=None), CONFIG.model)


def test_c_est_bon_pour_our_case_closes_it() -> None:
    # hand-tuning232/repeat_contacts: "c'est bon pour MV-894089" confirms our fix, its
    # "merci" misspelt (five letters, under the typo rule's six): it named our case, so
    # it was the problem raised again.
    text = "c'est bon pour MV-894089, mecri beaucoup"
    assert resolves_problems(mood("e-1", 0, 0.29, text=text, subject=None), CONFIG.model)
    text = "ce n'est toujours pas bon pour MV-894089"
    assert not resolves_problems(mood("e-2", 0, -0.4, text=text, subject=None), CONFIG.model)


def test_cheers_again_is_no_repeat() -> None:
    # hand-tuning36/topic_spike: "Cheers again" thanks once more, as "thanks again" does.
    text = "Still the only app where 'arriving 9-11' actually means 9-11. Cheers again"
    assert not says_it_repeats(mood("e-1", 0, 0.37, text=text, subject=None), CONFIG.model)
    # hand-tuning97/slow_churners: "encore merci" is the French "thanks again"
    text = "Toujours fan après deux ans de Cercle. Encore merci à l'équipe de Dax"
    assert not says_it_repeats(mood("e-1", 0, -0.18, text=text, subject=None), CONFIG.model)


def test_naming_the_threads_case_again_on_a_call_is_the_matter_again() -> None:
    # hand-tuning36/b2b_accounts: a contact joins a colleague's case by e-mail, then calls
    # about it, spelling the case as speech-to-text does: the same matter raised again,
    # though no answer of ours gave them the case and the call says no "still".
    state = CustomerState("c-1")
    first = (
        "Morning, adding my voice to Aidan's e-mail of Thursday (case MN-570914): "
        "we're still billed for the four sites we removed. We need a date for the fix."
    )
    call = (
        "hello yeah I'm calling about case em en 57 09 14 several of us have written "
        "and nothing's fixed we're looking at other providers now"
    )
    chain = [mood("e-1", 0, -0.5, text=first, topics=["billing"], subject="Re: Case MN-570914"),
             mood("e-2", 2, -0.6, text=call, intents=["complaint"], channel="phone",
                  kind="call", subject=None)]  # fmt: skip
    [alert] = of(feed(state, chain), "repeat_contact")
    assert alert.evidence == ["e-1", "e-2"]
    assert "names its case again (MN570914)" in alert.explanation


def test_two_complaints_naming_no_case_need_a_third_contact() -> None:
    # The guard: without a case named again (or words saying so), two contacts are not enough.
    state = CustomerState("c-1")
    chain = [mood("e-1", 0, -0.5, text="We're billed for the four sites we removed.",
                  topics=["billing"], subject=None),
             mood("e-2", 2, -0.6, text="hello I'm calling about the bill for the sites",
                  intents=["complaint"], topics=["billing"], channel="phone", kind="call",
                  subject=None)]  # fmt: skip
    assert of(feed(state, chain), "repeat_contact") == []


def test_a_case_first_named_in_a_calm_question_is_not_named_again() -> None:
    # hand-tuning2/repeat_contacts: "how do I add a user?" under "Order #409576", then
    # "My order #409576 never came": one problem, said once; no repeat.
    state = CustomerState("c-1")
    chain = [mood("e-1", 0, -0.1, text="hey how do i add a second user to my account?",
                  intents=["question"], subject="Order #409576", channel="web"),
             mood("e-2", 6, -0.6, text="My order #409576 shows as delivered but I never got it.",
                  topics=["delivery"], channel="chat", kind="chat",
                  subject=None)]  # fmt: skip
    assert of(feed(state, chain), "repeat_contact") == []


def test_the_modelread_phrase_lists_are_written_once_in_the_rules_file(tmp_path: Path) -> None:
    """ModelConfig's phrase defaults are read from rules.toml, not copied beside it."""
    rules = tmp_path / "rules.toml"
    rules.write_text(phrase_lists_toml(), encoding="utf-8")
    lists = read_phrase_lists(rules)
    assert lists == {**{key: (key,) for key in MODEL_PHRASE_LISTS}, "repeat_phrases": ("again",)}
    assert ModelConfig() == load_rules_config().model
    assert "sigue" in ModelConfig().persists_phrases


def phrase_lists_toml(leave_out: str = "", **written: str) -> str:
    """A rules file with every word list ModelConfig reads from it (each list its own
    key's name, ``[repeat_contact] phrases`` ["again"]), but ``leave_out``; ``written``
    writes a key's value as given."""
    values = {key: f'["{key}"]' for key in MODEL_PHRASE_LISTS} | {"phrases": '["again"]'}
    values |= written
    lines = [f"{key} = {values[key]}" for key in MODEL_PHRASE_LISTS if key != leave_out]
    lines += ["", "[repeat_contact]"]
    lines += [f"phrases = {values['phrases']}"] if leave_out != "phrases" else []
    return "\n".join(["[model]", "episode_hours = 3.0", *lines]) + "\n"


def test_model_phrase_lists_are_the_model_word_lists() -> None:
    lists = {f.name for f in fields(ModelConfig) if f.type in ("tuple[str, ...]", tuple[str, ...])}
    assert set(MODEL_PHRASE_LISTS) == lists - {"repeat_phrases"}


@pytest.mark.parametrize(
    ("toml", "error"),
    [
        (phrase_lists_toml(leave_out="again_phrases"), r"\[model\] has no 'again_phrases' list"),
        (phrase_lists_toml(again_phrases='"again"'), r"\[model\] again_phrases must be a list of"),
        (phrase_lists_toml(again_phrases='["again", 3]'), r"\[model\] again_phrases must be a"),
        (phrase_lists_toml(leave_out="phrases"), r"\[repeat_contact\] has no 'phrases' list"),
        ('model = ["still"]\n', r"\[model\] must be a table"),
    ],
)
def test_a_missing_or_mistyped_default_word_list_names_file_section_and_key(
    tmp_path: Path, toml: str, error: str
) -> None:
    """The defaults' reader fails readably (it raised a bare KeyError, or read nothing)."""
    rules = tmp_path / "rules.toml"
    rules.write_text(toml, encoding="utf-8")
    with pytest.raises(ValueError, match=re.escape(str(rules)) + ": " + error):
        read_phrase_lists(rules)


def test_the_shipped_rules_file_is_parsed_once_and_each_reader_gets_its_own_copy() -> None:
    data = read_rules_file()
    data["model"]["persists_phrases"].append("changed by one reader")
    assert read_rules_file(RULES_FILE) == read_rules_file() != data
    assert "changed by one reader" not in ModelConfig().persists_phrases
    assert load_rules_config() == RulesConfig()
    parsed = customer_config._parsed_rules_file.cache_info()
    assert (parsed.misses, parsed.currsize) == (1, 1)


@pytest.mark.parametrize(
    ("text", "says"),
    [
        # hand-tuning48/happy_writers: asking at night whether tomorrow's pick-up still
        # stands is no problem still open
        ("perdón por la hora, la recogida de mañana sigue a las 9?", False),
        ("A entrega de amanhã continua às 10?", False),
        ("La recogida sigue sin llegar, ¿alguna novedad?", True),
        # hand-tuning93/one_bad_day: whether last year's socks still do
        ("As meias antiderrapantes do ano passado ainda servem?", False),
        ("I calzini antiscivolo dell'anno scorso vanno ancora bene?", False),
        ("Le app ancora non funziona, novità?", True),
        # hand-tuning95/happy_writers: whether one may still book, "todavía" last; still
        # thinking of a puzzle at 2 am
        ("se puede reservar para mañana a las 10 todavia?", False),
        ("son las 2 y sigo pensando en el acertijo del espejo, no puedo dormir jaja", False),
        ("¿Sigue sin funcionar todavía?", True),
        # hand-tuning96/repeat_contacts: whether a course still has room
        ("hi yeah just wondering if the tuesday evening course still has spaces", False),
        ("ci sono ancora posti per il corso del martedì?", False),
        # hand-tuning120: whether a service still runs in some weather (three false repeats)
        ("hi yeah I was just wondering if the walker still goes out when it's pouring", False),
        ("The walker still hasn't come", True),
        # hand-tuning261/happy_writers: still watching the day's videos at 3 am, posted twice
        ("3 da manhã e ainda a rever os vídeos do paintball de hoje 😂 @Splatera", False),
        ("2am and still watching the videos of today's game", False),
        ("Sigo viendo los datos de la otra persona, he cerrado sesión y nada", True),
        # hand-tuning270/happy_writers: still looking at the wedding photos at 2 am
        ("Son las 2 y sigo mirando las fotos de la boda de mi hermana, qué risa", False),
        ("Sigo mirando y no encuentro la factura", True),
        # hand-tuning276/one_bad_day: a good thing kept ("still on time")
        ("Third wash this summer and the lads are still on time, no more maggots", False),
        ("The lads are still not here", True),
        # hand-tuning290/one_bad_day: whether a size is still in stock, asked three times
        ("Olá, a camisola da escola X ainda tem o tamanho 10 anos em stock?", False),
        ("Do you still have size 10 in the school jumper?", False),
        ("A camisola ainda tem o buraco que reportei", True),
        # hand-tuning291/one_bad_day: a father still talks of the outing (a false repeat)
        ("Mit Papa zum 70. dort gewesen, er erzählt immer noch von den Mondkratern", False),
        ("Die App zeigt immer noch den Fehler", True),
        # hand-tuning295: whether an outing still goes ahead in the rain, asked twice
        ("Is the falconry day still on if it rains? Booked for Sunday", False),
        ("La journée fauconnerie a toujours lieu s'il pleut ?", False),
        ("Findet der Falknertag trotzdem statt, wenn es regnet?", False),
        ("The booking page is still on the old date", True),
        # hand-tuning298: whether a workshop still has places, a number between, asked by
        # phone on several days (2 of 7 happy customers alerted in repeat_contacts)
        ("hi there i wanted to ask if saturday's workshop still has two places", False),
        ("does the Sunday class still have 3 spots?", False),
        ("The invoice still has two errors", True),
        # hand-tuning299/happy_writers: still talking of the game ourselves at 2 am
        ("Le 2 di notte e stiamo ancora parlando della partita di @Ludorra di stasera", False),
        ("2am and we're still talking about tonight's game", False),
        ("Stiamo ancora aspettando il rimborso", True),
    ],
)
def test_asking_whether_a_booking_still_stands_says_nothing_persists(text: str, says: bool) -> None:
    assert says_it_persists(enriched(text=text), CONFIG.model) is says


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning48/one_bad_day: the next day's apology for her tone, naming the case
        "Volevo scusarmi per i toni di ieri sul caso ND-557442. Non è colpa vostra",
        "Sorry about my email, I was at the end of my rope. Thanks for handling ND-256689",
        "Je voulais m'excuser pour mon mail, la journée était longue.",
    ],
)
def test_an_apology_in_other_words_for_ones_own_words_is_an_apology(text: str) -> None:
    assert apologises(enriched(text=text), CONFIG.model)


def test_hello_again_says_nothing_persists() -> None:
    # hand-tuning53/one_bad_day: a greeting, not the problem's "again"
    hello = enriched(text="Hola otra vez, perdón por el tono de ayer. Gracias por resolverlo")
    assert not says_it_persists(hello, CONFIG.model)
    still = enriched(text="Hola otra vez, lo del AV-652708 sigue abierto")
    assert says_it_persists(still, CONFIG.model)


def test_still_a_fan_says_nothing_persists() -> None:
    # hand-tuning49/topic_spike: "Continuo fã" after a review naming a late delivery
    fan = enriched(text="Mais uma vez a Arpeggo a resolver tudo numa chamada. Continuo fã")
    assert not says_it_persists(fan, CONFIG.model)
    still = enriched(text="Continuo sem resposta sobre a caução")
    assert says_it_persists(still, CONFIG.model)


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        # hand-tuning40/b2b_accounts (heldout39/): the colleague's case, still open
        (
            "Hola, mi compañero Andrés ya os escribió el miércoles por esto (expediente "
            "SR-685706) y seguimos igual: factura sin CIF. ¿Para cuándo?",
            False,
        ),
        # hand-tuning29/b2b_accounts (heldout28/): a reply naming the colleague's case
        (
            "Guten Tag, ich schreibe auch für Zahnarztpraxis Lind: wie mein Kollege Felix am "
            "Dienstag gemeldet hat (Fall FV-911892), ist nichts gelöst.",
            False,
        ),
        # hand-tuning28/b2b_accounts (heldout27/): the case someone else opened
        (
            "bonjour, au sujet du dossier ST-836512 ouvert par Romain mercredi : le portail "
            "n'ajoute pas d'utilisateurs, toujours.",
            False,
        ),
        # hand-tuning54/b2b_accounts (heldout53/): following a colleague's message
        (
            "bonjour, suite au message de Morgane mercredi (dossier PE-231957) : les "
            "factures ne sont toujours pas corrigées, ni la raison sociale ni la TVA.",
            False,
        ),
        # hand-tuning89/b2b_accounts (heldout88/): the case someone else reported
        (
            "Bonjour, Dossier CN-554650 (signalé par Mélanie mercredi) : le problème n'est "
            "toujours pas réglé pour notre service (factures au nom de l'ancienne société).",
            False,
        ),
        (
            "Hola: Incidencia CN-350581 (avisada por Sergio el miércoles): en nuestro "
            "departamento sigue igual (precio de catálogo en vez de tarifa de contrato).",
            False,
        ),
        # hand-tuning100/b2b_accounts (heldout99/): following up what someone else reported
        (
            "Bom dia, Na sequência do que Sara reportou na quarta, processo NLC-988842: nada "
            "mudou do nosso lado. As faturas chegam sem centro de custo.",
            False,
        ),
        # hand-tuning152/b2b_accounts (heldout151/): someone named who wrote before
        (
            "As Owen already wrote on Wednesday (case LV-702677): the invoice still has no "
            "VAT number.",
            False,
        ),
        (
            "Hola, como ya escribió Marta el miércoles (expediente SR-685706), seguimos "
            "igual: factura sin CIF.",
            False,
        ),
        # hand-tuning159/b2b_accounts (heldout158/): a colleague named, "vi ha già scritto"
        (
            "Salve, sono Luca di Panificio Conti. Davide vi ha gia scritto mercoledi (pratica "
            "SR-685706) e siamo ancora li: factura sin CIF.",
            False,
        ),
        (
            "Salve, vi ho gia scritto mercoledi (pratica SR-685706) e siamo ancora li: "
            "factura sin CIF.",
            True,
        ),
        # hand-tuning173/b2b_accounts (heldout172/): a name opening the text or a clause,
        # then "already wrote"
        (
            "Chiara already wrote on Monday about case VD-933676, and it's the same again: "
            "Il portale non mostra gli ordini aperti, non possiamo annullare le consegne",
            False,
        ),
        (
            "Hi, Zoe already wrote to you on Wednesday about case RV-985602 and nothing has "
            "changed: the invoices still have the old company name.",
            False,
        ),
        (
            "I already wrote on Monday about case VD-933676, and it's the same again: the "
            "invoices still have the old company name.",
            True,
        ),
        # the customer's own earlier contact, said so: their repeat
        (
            "Hola, ya os escribí el miércoles por esto (expediente SR-685706) y seguimos "
            "igual: factura sin CIF. ¿Para cuándo?",
            True,
        ),
        (
            "As I already wrote on Wednesday (case LV-702677): the invoice still has no VAT "
            "number.",
            True,
        ),
    ],
)
def test_a_colleagues_case_said_again_is_no_repeat_of_ones_own(text: str, fires: bool) -> None:
    # A B2B contact's first words on the matter say a colleague raised it: its "still",
    # reply prefix and case number are the colleague's, not about this contact's earlier
    # question on something else (account_risk is the rule for the account's trouble).
    state = CustomerState("c-1")
    asked = complaint(
        "e-1", 0, topics=["billing"], sentiment=-0.24, intents=["question"], channel="chat",
        text="¿Se puede cambiar el día de cobro de la factura al 5 de cada mes?",
    )  # fmt: skip
    follow = complaint(
        "e-2", 2.7, topics=["billing"], sentiment=-0.21, intents=["question"],
        channel="email", subject="RE: Factura", text=text,
    )  # fmt: skip
    assert bool(of(feed(state, [asked, follow]), "repeat_contact")) is fires


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        # hand-tuning243/b2b_accounts (heldout242/): four false repeats
        ("As Chloe wrote yesterday: case FX-BB0003, the invoice is still wrong", False),
        (
            "Wie Stefan schon gestern geschrieben hat: Vorgang FX-BB0001, die Rechnung ist "
            "immer noch falsch",
            False,
        ),
        # hand-tuning321/b2b_accounts: the same in the past tense
        (
            "Wie Ole schon schrieb: Das Rechnungsproblem (Vorgang FX-BB0002) ist weiterhin "
            "nicht gelöst.",
            False,
        ),
        ("Wie ich schon schrieb: Vorgang FX-BB0002, die Rechnung ist immer noch falsch", True),
        # the customer's own earlier word on it, said so: their repeat
        ("As I wrote yesterday: case FX-BB0003, the invoice is still wrong", True),
    ],
)
def test_a_colleagues_matter_after_a_request_of_ones_own_is_no_repeat(
    text: str, fires: bool
) -> None:
    # A request on the topic raised no problem of this contact's ("Please send October's
    # invoice to accounts"): the "still", the case and "wrote yesterday" are the
    # colleague's matter (account_risk is the rule for the account's trouble).
    state = CustomerState("c-1")
    asked = complaint(
        "e-1", 0, topics=["billing"], sentiment=-0.11, intents=["help_request"], channel="chat",
        text="Please send October's invoice to accounts",
    )  # fmt: skip
    follow = complaint(
        "e-2", 2.0, topics=["billing"], sentiment=-0.95, intents=["complaint"], channel="email",
        text=text,
    )  # fmt: skip
    assert bool(of(feed(state, [asked, follow]), "repeat_contact")) is fires


def test_still_up_and_buying_again_say_nothing_persists_or_recurs() -> None:
    # hand-tuning79: a night owl's "still up", and "would buy again", read as a problem
    # still there or said again
    awake = enriched(text="still up labelling, can I iron over a label that's slightly crooked?")
    assert not says_it_persists(awake, CONFIG.model)
    again = enriched(text="Good labels, quick delivery, would buy again.")
    assert not says_it_repeats(again, CONFIG.model)
    still = enriched(text="still no labels, can I get a refund?")
    assert says_it_persists(still, CONFIG.model)


@pytest.mark.parametrize(
    ("text", "persists"),
    [
        # hand-tuning82: "spine rebuilt, every page still there" is a good thing kept
        ("Spine rebuilt, every page still there. Can't thank them enough.", False),
        ("The crack is still there", True),
        # hand-tuning87/quiet_hours: still delighted joined a praise the model read -0.42
        # as a delivery problem said again
        ("Continuo encantada, já vou na vigésima caixa e nenhuma falhou", False),
        ("Still delighted, twentieth box and not one went wrong", False),
        ("Continuo sem a caixa de ontem", True),
        # hand-tuning89/one_bad_day: still as happy joined a late-cancellation fee our
        # answer had refunded, as the problem said again ("toujours")
        ("Toujours aussi contente de @Cantilo, deuxième année et pas un repas raté.", False),
        ("Sigo contenta con Cantilo, ni un fallo", False),
        ("Immer noch zufrieden, danke", False),
        ("Toujours pas de remboursement", True),
        # hand-tuning91/happy_writers and one_bad_day: a cover that still applies, and
        # "as always", alerted happy customers as repeats
        ("Hi there, if I add Protect after booking, does it still cover the whole week?", False),
        ("Top comme toujours, par contre les casques enfants sentent un peu le renfermé", False),
        ("The helmet still smells musty", True),
        # hand-tuning174/one_bad_day: always full, of a place at some hour, read as a
        # problem still there ("toujours")
        (
            "Super séance a Nantes, juste dommage que les vestiaires soient toujours pleins "
            "le soir",
            False,
        ),
        ("Le cours d'initiation a été annulé et toujours pas remboursé", True),
        # hand-tuning177/topic_spike: "sempre" of a problem state is "still"
        ("sempre sospesa per no-show, riprovato alla reception: niente", True),
        ("Sempre bloccato sulla stessa schermata", True),
    ],
)
def test_a_good_thing_kept_or_going_on_is_no_problem_still_there(text: str, persists: bool) -> None:
    assert says_it_persists(event("s-1", 0, text=text), CONFIG.model) is persists


def test_praise_the_model_misread_is_content_in_the_customers_mood() -> None:
    # hand-tuning80/b2b_accounts: "Guests keep asking what the lobby scent is. Olfavia Pro
    # has been spot on" reads -0.52; a trend of -0.52 dragged the account's health down.
    state = CustomerState("c-1")
    feed(state, [mood("p-0", 0, -0.52, praise_cue=True)])
    assert state.sentiment_trend == CONFIG.model.misread_praise_mood
    plain = CustomerState("c-2")
    feed(plain, [mood("n-0", 0, -0.52)])
    assert plain.sentiment_trend == -0.52  # the same score without praise stays negative


def test_a_calm_question_beside_a_praise_cue_is_only_calm() -> None:
    # sim-low-calm/s178: a call's "Quel est le prix ... ? Agent: Très bien" reads -0.04
    # with the agent's "Très bien" as a praise cue; the buyer's usual is no content 0.5.
    state = CustomerState("c-1")
    question = mood("q-0", 0, -0.04, praise_cue=True, intents=["question"])
    question = question.model_copy(update={"text": "Quel est le prix du pack annuel ?"})
    feed(state, [question])
    assert state.sentiment_trend == 0.0


@pytest.mark.parametrize(
    ("text", "persists", "repeats"),
    [
        # hand-tuning144/slow_churners: hearing again with new hearing aids, and a father
        # who now follows the news, were read as writing again and as still so (4 false
        # repeats); still goosebumps on a third ride (hand-tuning125)
        ("con los audífonos nuevos vuelvo a oir los pájaros por la mañana", False, False),
        ("mi padre ya sigue las noticias sin poner la tele a todo volumen, gracias", False, False),
        (
            "super Beratung, die Hörgeräte sitzen perfekt und ich höre wieder die Glocken",
            False,
            False,
        ),
        ("schon die dritte Fahrt mit Ascendo und immer noch Gänsehaut", False, False),
        # ... not the problem said again
        ("vuelvo a escribir: la app sigue sin conectar", True, True),
    ],
)
def test_hearing_again_and_still_goosebumps_say_nothing_persists_or_repeats(
    text: str, persists: bool, repeats: bool
) -> None:
    event = enriched(text=text)
    assert says_it_persists(event, CONFIG.model) is persists
    assert says_it_repeats(event, CONFIG.model) is repeats


def test_the_ones_from_the_other_time_say_no_repeat() -> None:
    # hand-tuning240/one_bad_day: "¿Sirven los de la otra vez?" (the ones from last
    # time), asked again three days later, raised a repeat ("otra vez").
    text = "Hola, ¿los calcetines antideslizantes son obligatorios? ¿Sirven los de la otra vez?"
    event = mood("e-1", 0, -0.19, text=text, subject=None)
    assert not says_it_repeats(event, CONFIG.model)
    assert not says_it_persists(event, CONFIG.model)


def test_ca_continue_says_it_goes_on() -> None:
    # hand-tuning244/topic_spike: "ça continue ! deuxième commande annulée ..." (it goes
    # on): four repeats of the incident missed, none said so
    event = mood("e-1", 0, -0.55, text="ça continue ! deuxième commande annulée", subject=None)
    assert says_it_persists(event, CONFIG.model)


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning244/b2b_accounts: "gelöst" read as solved closed the problem this
        # contact raised, so its call four days later about the same case was no repeat
        "Hallo, meine Kollegin Katrin hat heute Morgen schon dazu geschrieben (Vorgang "
        "GL-230955) und es ist unverändert: Rechnungen mit altem Firmennamen und ohne "
        "Bestellnummer. Das muss gelöst werden.",
        "The invoice still shows our old name. This needs to be fixed.",
        "Ci fatturate ancora il prezzo al dettaglio, deve essere risolto.",
    ],
)
def test_to_be_solved_is_not_solved(text: str) -> None:
    model = CONFIG.model
    event = mood("e-1", 0, -0.34, text=text, subject=None)
    assert says_unresolved(event, model)
    assert not resolves_problems(event, model)
    assert is_problem(event, model)


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning248/one_bad_day: the apology typed with two letters swapped read
        # -1.00 as a complaint, a repeat of the day before's (a false repeat_contact)
        "decsulpem o tom de ontem, estava mesmo chateada. Obrigada por resolverem",
        "Aploogies for being short with you yesterday. All fine now, thank you",
        "Sucsate per il tono di ieri, ero nervoso. Ora è tutto a posto.",
    ],
)
def test_an_apology_typed_with_two_letters_swapped_ends_it(text: str) -> None:
    event = mood("e-1", 0, -1.0, text=text, intents=["complaint"], subject=None)
    assert resolves_problems(event, CONFIG.model)


def test_sempre_beside_an_error_code_says_the_fault_goes_on() -> None:
    # hand-tuning248/topic_spike: "riprovato adesso, sempre 'non autentico' TRC-738"
    # (-0.17) after a calm question quoting TRC-738 raised no problem: a repeat missed
    model = CONFIG.model
    again = "riprovato adesso, sempre 'non autentico' TRC-738"
    assert is_problem(mood("e-1", 0, -0.17, text=again, subject=None), model)
    # "sempre" of praise, with the code gone, raises nothing
    praise = "Obrigada, sempre simpáticos. O código TRC-738 desapareceu."
    assert not is_problem(mood("e-2", 0, 0.0, text=praise, subject=None), model)
    # nor "sempre" with no code
    kind = "sempre gentili al telefono"
    assert not is_problem(mood("e-3", 0, -0.1, text=kind, subject=None), model)


def test_all_back_in_order_confirms_our_fix() -> None:
    # hand-tuning249/repeat_contacts: "tout est rentre dans l'ordre" (-0.03, its thanks
    # misspelt) under "RE :" read as the problem raised again: a false repeat
    model = CONFIG.model
    text = "confirme pour DST-7909-L, tout est rentre dans l'ordre, mecri a vous"
    assert resolves_problems(mood("e-1", 0, -0.03, text=text, subject="RE : DST-7909-L"), model)
    asked = "Quand est-ce que tout sera rentré dans l'ordre ?"
    assert not resolves_problems(mood("e-2", 0, -0.03, text=asked, subject=None), model)


@pytest.mark.parametrize(
    ("text", "language", "says"),
    [
        # hand-tuning314/quiet_hours and one_bad_day: a membership called "Encore" read
        # as French "encore" (again): false repeats on happy customers
        ("O plano Encore compensa se eu alugar uma vez por mês?", "pt", False),
        ("boa tarde era para saber se posso suspender o plano encore no verão", "pt", False),
        ("Ich zahle jeden Monat für Encore und bekomme den vollen Preis berechnet", "de", False),
        # a Portuguese anchor
        ("sou sócio Âncora e cobraram-me a tarifa de visitante", "pt", False),
        # a German writer's English follow-up is read German (hand-tuning11: a true repeat)
        ("RE: Überweisung nicht angekommen - hello? still waiting to hear back", "de", True),
        # the word in its own language, or in a text of no known language, still says so
        ("encore rien reçu, c'est la deuxième fois", "fr", True),
        ("ancora nessuna risposta", "it", True),
        ("O plano Encore compensa se eu alugar uma vez por mês?", "und", True),
        ("still no refund", "en", True),
    ],
)
def test_a_word_of_another_language_says_nothing_in_a_text_of_this_one(
    text: str, language: str, says: bool
) -> None:
    event = enriched(text=text, language=language)
    said = says_it_persists(event, CONFIG.model) or says_it_repeats(event, CONFIG.model)
    assert said is says


@pytest.mark.parametrize(
    ("table", "error"),
    [
        ('[model]\nfalse_friends = ["encore"]\n', r"\[model.false_friends\] must be a table"),
        ('[model.false_friends]\npt = "encore"\n', r"\[model.false_friends\] pt must be a list"),
    ],
)
def test_mistyped_false_friends_name_their_table(tmp_path: Path, table: str, error: str) -> None:
    rules = tmp_path / "rules.toml"
    rules.write_text(table, encoding="utf-8")
    with pytest.raises(ValueError, match=re.escape(str(rules)) + ": " + error):
        load_rules_config(rules)
    assert load_rules_config().model.false_friends == ModelConfig().false_friends


@pytest.mark.parametrize(
    "text",
    [
        # hand-tuning317: "again" said of paying, in a question (false repeats)
        "Can I move my Saturday trek to Sunday without paying again?",
        "je peux décaler le couloir de demain sans repayer ?",
        "posso passare alla cyclette senza pagare di nuovo la consegna?",
    ],
)
def test_paying_again_says_nothing_persists_or_repeats(text: str) -> None:
    event = enriched(text=text)
    assert not says_it_persists(event, CONFIG.model)
    assert not says_it_repeats(event, CONFIG.model)


def test_the_kids_still_talking_about_it_says_nothing_persists() -> None:
    # hand-tuning317: delight that lasts ("third time" is the praise's loyal count)
    text = "Third time on a trek this year and the kids still talk about it all week"
    assert not says_it_persists(enriched(text=text), CONFIG.model)
