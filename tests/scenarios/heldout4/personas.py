"""Pieces of customers' stories: each adds one person's touchpoints to a scenario.

Every helper plans in the person's local time (their habit decides the hours)
and returns what the truth should record about it (event ids, times).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import wording_life as life
import wording_problems as wp
from people import Person
from scenario import Scenario, iso

REPLY_PREFIX = {"pt": "RES: ", "es": "RE: ", "it": "R: ", "de": "AW: ", "fr": "RE : ", "en": "RE: "}
THREAD_CHANNELS = ("email", "phone", "chat", "social", "web", "community")
KIND = {
    "email": "message",
    "phone": "call",
    "chat": "chat",
    "social": "post",
    "web": "ticket",
    "community": "post",
    "survey": "survey_response",
    "in_person": "message",
}
PRODUCTS = (
    ("Lumeo Wallbox 7kW", "899.00"),
    ("Kit solar 6 paineis", "4200.00"),
    ("Termostato inteligente", "129.00"),
    ("Bateria domestica 5kWh", "3150.00"),
    ("Plano Manutencao Caldeira", "96.00"),
)
PAGES = ("/tarifas", "/app", "/solar/simulador", "/ajuda/leituras", "/wallbox", "/conta/faturas")


def lang_of(sc: Scenario, p: Person) -> str:
    return sc.rng.choice(p.langs) if len(p.langs) > 1 else p.lang


def say(sc: Scenario, p: Person, channel: str, text: str, lang: str) -> str:
    """The text as it arrives on that channel (a call's spoken opener, a social tag)."""
    if channel == "phone":
        opener = sc.rng.choice(life.SPOKEN[lang])
        if text.startswith(p.first):
            return opener.split(",")[0] + ", " + text
        return opener + text[0].lower() + text[1:]
    if channel == "social" and sc.rng.random() < 0.6:
        return "@LumeoEnergia " + text
    return text


def contact(
    sc: Scenario,
    p: Person,
    at: datetime,
    channel: str,
    text: str,
    lang: str,
    *,
    subject: str | None = None,
    kind: str | None = None,
) -> str:
    if channel not in ("email", "web"):
        subject = None
    return sc.add(
        p, at, channel, kind or KIND[channel], say(sc, p, channel, text, lang), subject=subject
    )


def agent_reply(sc: Scenario, p: Person, at: datetime, channel: str, text: str) -> str:
    reply_channel = "email" if channel in ("phone", "web", "survey") else channel
    return sc.add(p, at, reply_channel, KIND[reply_channel], text, outbound=True)


# ------------------------------------------------------------------ happy --
def happy_touch(sc: Scenario, p: Person, at: datetime) -> int:
    """One happy thing (1-3 touchpoints); returns how many were added."""
    rng = sc.rng
    lang = lang_of(sc, p)
    roll = rng.random()
    if roll < 0.25:
        channel = rng.choice(("social", "community", "email", "chat"))
        kind = "mention" if channel == "social" and rng.random() < 0.5 else None
        contact(
            sc,
            p,
            at,
            channel,
            rng.choice(life.HAPPY[lang]),
            lang,
            kind=kind,
            subject="Obrigado" if lang == "pt" else "Thanks",
        )
        return 1
    if roll < 0.45:
        question, answer, thanks = rng.choice(life.QUESTIONS[lang])
        channel = rng.choice(("chat", "chat", "email"))
        contact(sc, p, at, channel, question, lang, subject=question[:40])
        answered = at + timedelta(minutes=rng.uniform(2, 25))
        sc.add(p, answered, channel, KIND[channel], answer, outbound=True)
        contact(
            sc,
            p,
            answered + timedelta(minutes=rng.uniform(3, 40)),
            channel,
            thanks,
            lang,
            subject=REPLY_PREFIX[lang] + question[:40],
        )
        return 3
    if roll < 0.65:
        pick = rng.random()
        if pick < 0.35:
            sc.add(p, at, "survey", "survey_response", None, nps=rng.choice((9, 10, 10)))
        elif pick < 0.7:
            sc.add(
                p,
                at,
                "survey",
                "survey_response",
                rng.choice(life.ONE_WORD),
                csat=rng.choice((4, 5, 5)),
            )
        elif pick < 0.85:
            sc.add(p, at, "survey", "survey_response", None, ces=rng.choice((6, 7)))
        else:
            sc.add(
                p,
                at,
                "survey",
                "survey_response",
                rng.choice(life.HAPPY[lang]),
                nps=rng.choice((9, 10)),
            )
        return 1
    if roll < 0.75:
        product, value = rng.choice(PRODUCTS)
        sc.add(
            p,
            at,
            "web",
            "purchase",
            None,
            attributes={"product": product, "order_value": value, "currency": "EUR"},
        )
        return 1
    if roll < 0.9:
        sc.add(p, at, "web", "page_view", None, attributes={"page": rng.choice(PAGES)})
        return 1
    if roll < 0.96:
        sc.add(p, at, "web", "review", rng.choice(life.REVIEWS[lang]))
        return 1
    sc.add(
        p,
        at,
        "in_person",
        "message",
        rng.choice(life.HAPPY[lang]),
        attributes={"store": rng.choice(("Lisboa Colombo", "Madrid Goya", "Milano Loreto"))},
    )
    return 1


def happy_life(sc: Scenario, p: Person, first_day: int, last_day: int, n: int) -> None:
    """About ``n`` happy touchpoints spread over [first_day, last_day)."""
    rng = sc.rng
    added = 0
    while added < n:
        day = rng.randrange(first_day, max(first_day + 1, last_day))
        if p.habit == "weekend" and sc.weekday(day) < 5:
            day = min(last_day - 1, day + (5 - sc.weekday(day)))
        added += happy_touch(sc, p, sc.moment(p, day))


# --------------------------------------------------------------- problems --
def problem_text(problem: str, lang: str) -> dict[str, Any]:
    return wp.PROBLEMS[problem][lang]


def next_channel(sc: Scenario, p: Person, previous: str | None) -> str:
    options = [c for c in THREAD_CHANNELS if c != previous and (c != "social" or p.handle)]
    if not p.handle:
        options = [c for c in options if c != "community"]
    return sc.rng.choice(options)


def problem_thread(
    sc: Scenario,
    p: Person,
    problem: str,
    contacts: int,
    start: datetime,
    *,
    max_gap_h: float = 40.0,
    agent_fixed: bool = False,
    says_fixed_after: bool = False,
) -> dict[str, Any]:
    """One open problem raised ``contacts`` times on changing channels."""
    rng = sc.rng
    at = start
    channel: str | None = None
    ids: list[str] = []
    gaps: list[float] = []
    previous_text = ""
    for i in range(contacts):
        lang = lang_of(sc, p)
        words = problem_text(problem, lang)
        channel = next_channel(sc, p, channel)
        first = {"thing": words["thing"], "first": p.first}
        if i == 0:
            text = rng.choice(words["complaints"])
            subject = str(words["subject"])
        else:
            still = wp.STILL[lang]
            if contacts == 2:
                text = rng.choice(wp.SECOND_TIME[lang]).format(**first)
            elif agent_fixed and i == 1:
                text = rng.choice(wp.NOT_FIXED[lang]).format(**first)
            elif i == 2 and rng.random() < 0.5:
                text = still[1].format(**first)  # "third time"
            elif rng.random() < 0.3:
                text = rng.choice(wp.CALM[lang]).format(**first)
            else:
                text = rng.choice((still[0], still[2])).format(**first)
            if text == previous_text:
                text = rng.choice(wp.CALM[lang] + [still[0], still[2]]).format(**first)
            subject = REPLY_PREFIX[lang] + str(words["subject"])
        ids.append(contact(sc, p, at, channel, text, lang, subject=subject))
        previous_text = text
        if i < contacts - 1:
            if agent_fixed and i == 0:
                reply = wp.AGENT_FIXED[lang].format(**first)
            else:
                reply = rng.choice(wp.AGENT_REPLY[lang]).format(**first)
            if rng.random() < 0.5 or (agent_fixed and i == 0):
                agent_reply(sc, p, at + timedelta(minutes=rng.uniform(15, 200)), channel, reply)
            gap = rng.uniform(2.0, max_gap_h)
            next_at = sc.later(p, at, gap)
            gaps.append(round((next_at - at).total_seconds() / 3600, 1))
            at = next_at
    if says_fixed_after:
        lang = lang_of(sc, p)
        thing = problem_text(problem, lang)["thing"]
        fixed = rng.choice(wp.FIXED[lang]).format(thing=thing, first=p.first)
        contact(
            sc,
            p,
            sc.later(p, at, rng.uniform(20, 50)),
            next_channel(sc, p, channel),
            fixed,
            lang,
            subject="Resolvido" if lang == "pt" else "OK",
        )
    return {
        "problem": problem,
        "contacts": contacts,
        "problem_event_ids": ids,
        "gaps_hours": gaps,
        "trouble_starts_at": iso(start),
        "says_fixed_after_last": says_fixed_after,
        "agent_said_fixed": agent_fixed,
    }


def fixed_problem(sc: Scenario, p: Person, problem: str, at: datetime) -> datetime:
    """A complaint, an agent's answer and the customer's thanks once fixed; returns the end."""
    rng = sc.rng
    lang = lang_of(sc, p)
    words = problem_text(problem, lang)
    channel = next_channel(sc, p, None)
    contact(
        sc, p, at, channel, rng.choice(words["complaints"]), lang, subject=str(words["subject"])
    )
    agent_reply(
        sc,
        p,
        at + timedelta(minutes=rng.uniform(20, 180)),
        channel,
        wp.AGENT_FIXED[lang].format(thing=words["thing"], first=p.first),
    )
    done = sc.later(p, at, rng.uniform(5, 30))
    contact(
        sc,
        p,
        done,
        next_channel(sc, p, channel),
        rng.choice(wp.FIXED[lang]).format(thing=words["thing"], first=p.first),
        lang,
        subject=REPLY_PREFIX[lang] + str(words["subject"]),
    )
    return done


def long_chat(sc: Scenario, p: Person, at: datetime, problem: str) -> list[str]:
    """One chat sitting of 4 customer lines and 3 agent lines about one problem."""
    rng = sc.rng
    lang = p.lang
    words = problem_text(problem, lang)
    nudges = {
        "pt": "ola?? esta ai alguem",
        "es": "hola?? hay alguien",
        "it": "pronto?? c'e' qualcuno",
        "de": "hallo?? jemand da",
        "fr": "allo ?? il y a quelqu'un",
        "en": "hello?? anyone there",
    }
    ids = [sc.add(p, at, "chat", "chat", rng.choice(words["complaints"]))]
    at += timedelta(minutes=rng.uniform(2, 6))
    ids.append(sc.add(p, at, "chat", "chat", nudges[lang]))
    for line in (
        rng.choice(wp.AGENT_REPLY[lang]).format(thing=words["thing"], first=p.first),
        wp.AGENT_FIXED[lang].format(thing=words["thing"], first=p.first),
    ):
        at += timedelta(minutes=rng.uniform(1, 6))
        sc.add(p, at, "chat", "chat", line, outbound=True)
        at += timedelta(minutes=rng.uniform(1, 5))
        ids.append(
            sc.add(
                p, at, "chat", "chat", rng.choice(life.QUESTIONS[lang])[2] if len(ids) > 2 else "ok"
            )
        )
    return ids


# ------------------------------------------------------------------ moods --
def slide(sc: Scenario, p: Person, start: datetime, span_h: float, messages: int) -> dict[str, Any]:
    """From lukewarm to done: ``messages`` messages over about ``span_h`` hours."""
    rng = sc.rng
    ids: list[str] = []
    problem = rng.choice(sorted(wp.PROBLEMS))
    at = start
    channel: str | None = None
    said: set[str] = set()
    for i in range(messages):
        lang = lang_of(sc, p)
        stage = min(4, i * 5 // messages)
        if 1 <= stage <= 3 and rng.random() < 0.35:
            text = rng.choice(problem_text(problem, lang)["complaints"])
        else:
            text = rng.choice(life.SLIDE[lang][stage])
        if text in said:
            text = rng.choice(life.GRUMBLES[lang]) if stage else rng.choice(life.LUKEWARM[lang])
        said.add(text)
        channel = next_channel(sc, p, channel)
        ids.append(contact(sc, p, at, channel, text, lang, subject="Lumeo"))
        if i < messages - 1:
            at = sc.later(p, at, span_h / (messages - 1) * rng.uniform(0.6, 1.4))
    return {
        "slide_event_ids": ids,
        "trouble_starts_at": iso(start),
        "slide_ends_at": iso(at),
        "slide_problem": problem,
    }


def bad_day(sc: Scenario, p: Person, day: int, problem: str) -> dict[str, Any]:
    rng = sc.rng
    lang = p.lang
    at = sc.moment(p, day)
    channel = next_channel(sc, p, None)
    words = problem_text(problem, lang)
    eid = contact(
        sc, p, at, channel, rng.choice(words["complaints"]), lang, subject=str(words["subject"])
    )
    return {
        "bad_day_at": iso(at),
        "bad_day_event_id": eid,
        "problem": problem,
        "bad_day_channel": channel,
    }


def grumpy_life(sc: Scenario, p: Person, first_day: int, last_day: int, n: int) -> list[str]:
    """Steady low-level grumbling from the first message on."""
    rng = sc.rng
    ids = []
    for _ in range(n):
        lang = lang_of(sc, p)
        at = sc.moment(p, rng.randrange(first_day, last_day))
        if rng.random() < 0.2:
            ids.append(sc.add(p, at, "survey", "survey_response", None, csat=rng.choice((2, 3))))
            continue
        channel = next_channel(sc, p, None)
        ids.append(
            contact(sc, p, at, channel, rng.choice(life.GRUMBLES[lang]), lang, subject="Lumeo")
        )
    return ids
