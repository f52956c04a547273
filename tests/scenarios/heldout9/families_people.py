"""Families about single customers: happy writers, one bad day, repeat contacts, slow churners."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import acts
import wording as w
from story import Person, Story

#: French and Portuguese first, then English, Spanish, German, Italian.
LANG_CYCLE = ("fr", "pt", "fr", "pt", "en", "es", "fr", "pt", "de", "it", "en", "pt", "fr", "es")
CHANNELS = ("email", "chat", "phone", "social", "web", "community")
HAPPY_TOLERATED: set[str] = set()
LOW_WORD = {
    "fr": "nul",
    "pt": "pessimo",
    "en": "rubbish",
    "es": "fatal",
    "de": "mies",
    "it": "pessimo",
}
REPEAT_TOLERATED = {
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
}


def in_turn(langs: tuple[str, ...]) -> Callable[[int], str]:
    """The language of a customer's n-th contact: their languages in turn."""
    return lambda n: langs[n % len(langs)]


def lang_of(i: int) -> str:
    return LANG_CYCLE[i % len(LANG_CYCLE)]


def happy_writers(seed: int) -> tuple[Story, str]:
    s = Story("happy_writers", "HW", seed, datetime(2026, 2, 3), 9)
    for i in range(48):
        p = s.person(lang_of(i), "happy")
        p.extra["habit"] = "daytime"
        acts.happy_acts(s, p, s.rng.randint(5, 9), 0, 8, gripe_chance=0.35)
    for i in range(10):
        p = s.person(lang_of(i + 3), "happy")
        p.extra["habit"] = "night"
        for _ in range(s.rng.randint(4, 7)):
            at = s.local(p, s.rng.randint(0, 7), s.rng.uniform(23.1, 28.3))
            if s.rng.random() < 0.5:
                ch = s.rng.choice(("social", "chat", "community"))
                line = s.rng.choice(w.NIGHT[p.lang])
                s.add(p, at, ch, acts.COMPLAINT_KIND[ch], line)
                if ch == "chat":
                    s.agent(
                        p,
                        at + timedelta(minutes=s.rng.randint(3, 12)),
                        w.AGENT_ANSWER,
                        channel="chat",
                    )
            else:
                acts.happy_act(s, p, at, p.lang)
    for i in range(14):
        p = s.person(lang_of(i + 5), "happy")
        p.extra["habit"] = "surveys only"
        for _ in range(s.rng.randint(4, 6)):
            acts.happy_survey(s, p, s.local(p, s.rng.randint(0, 8), s.day_hour()), p.lang)
    return s, (
        "72 happy customers of Ondalto over nine days: 48 daytime writers (praise, some with a "
        "small gripe, questions answered and thanked, add-ons, pages, surveys), 10 night writers, "
        "14 who only answer surveys (NPS 9-10, CSAT 5, CES 6-7; a word or nothing)"
    )


def _bad_day(s: Story, p: Person, day: int, lang: str, *, csat: bool, nps: bool) -> None:
    problem = s.rng.choice(w.PROBLEM_IDS)
    hour = s.rng.uniform(9.0, 20.0)
    at = s.local(p, day, hour)
    channel = s.rng.choice(("email", "social", "chat", "phone", "web"))
    at = s.office_hours(p, at) if channel == "phone" else at
    eid = acts.complaint(s, p, at, problem, channel, lang)
    p.extra.update(
        problem=problem, bad_day_at=at.strftime("%Y-%m-%dT%H:%M:%SZ"), bad_day_event_id=eid
    )
    ref = s._ref()
    s.agent(p, at + timedelta(hours=s.rng.uniform(1.0, 3.0)), w.AGENT_FIXED, ref=ref)
    if csat:
        s.add(
            p,
            at + timedelta(hours=s.rng.uniform(2.0, 3.5)),
            "survey",
            "survey_response",
            s.rng.choice((None, None, LOW_WORD[lang])),
            csat=s.rng.choice((1, 2)),
        )
    if nps:
        score = s.rng.randint(1, 5)
        p.extra["nps_given"] = score
        p.extra["survey_event_id"] = s.add(
            p,
            at + timedelta(hours=s.rng.uniform(2.0, 3.0)),
            "survey",
            "survey_response",
            None,
            nps=score,
        )
    if s.rng.random() < 0.5:
        s.add(p, s.local(p, day + 1, s.rng.uniform(9.0, 18.0)), "chat", "chat", w.SORRY[lang])


def one_bad_day(seed: int) -> tuple[Story, str]:
    s = Story("one_bad_day", "BD", seed, datetime(2026, 2, 9), 12)
    for i in range(77):
        kind = "plain" if i < 52 else ("csat" if i < 68 else "nps")
        persona = "bad_day_detractor" if kind == "nps" else "happy_one_bad_day"
        p = s.person(lang_of(i), persona)
        acts.happy_acts(s, p, s.rng.randint(5, 8), 0, 11, gripe_chance=0.1)
        _bad_day(s, p, s.rng.randint(3, 9), p.lang, csat=kind == "csat", nps=kind == "nps")
        if kind == "nps":
            p.expected.add("detractor")
        acts.clean_extra(p)
    for i in range(27):
        p = s.person(lang_of(i + 2), "happy")
        acts.happy_acts(s, p, s.rng.randint(5, 8), 0, 11)
    return s, (
        "104 customers over twelve days: 52 happy with one angry message on one day (an agent "
        "answers within hours, half say sorry in chat the next day), 16 whose bad day also has a "
        "CSAT of 1-2, 9 whose bad day has an NPS of 1-5 two hours later (detractor), 27 controls"
    )


def _repeat_story(
    s: Story, p: Person, day: int, contacts: int, lang_for: Callable[[int], str]
) -> None:
    """One open problem raised ``contacts`` times on new channels; nothing fixed."""
    problem = s.rng.choice(w.PROBLEM_IDS)
    chans = list(CHANNELS)
    s.rng.shuffle(chans)
    first_at = s.local(p, day, s.rng.uniform(8.0, 21.0))
    first_at = s.office_hours(p, first_at) if chans[0] == "phone" else first_at
    p.extra["_ref"] = s._ref()
    ids = [acts.complaint(s, p, first_at, problem, chans[0], lang_for(0))]
    at = first_at
    agent_between = s.rng.random() < 0.5
    for n in range(1, contacts):
        gap = timedelta(hours=s.rng.uniform(4.0, 44.0))
        if agent_between and n == 1:
            s.agent(p, at + gap / 3, w.AGENT_CASE, ref=p.extra["_ref"])
        at = at + gap
        at = s.office_hours(p, at) if chans[n] == "phone" else at
        ids.append(acts.again(s, p, at, problem, chans[n], lang_for(n), n + 1, first_at))
    p.extra.update(
        problem=problem, contacts=contacts, problem_event_ids=ids, agent_between=agent_between
    )


def _fixed_story(s: Story, p: Person, day: int, lang: str, problem: str) -> list[str]:
    at = s.local(p, day, s.rng.uniform(8.0, 20.0))
    ch = s.rng.choice(("email", "chat", "phone", "social"))
    at = s.office_hours(p, at) if ch == "phone" else at
    eid = acts.complaint(s, p, at, problem, ch, lang)
    fixed_at = at + timedelta(hours=s.rng.uniform(3.0, 20.0))
    s.agent(p, fixed_at, w.AGENT_FIXED, ref=s._ref())
    ok = s.add(
        p,
        fixed_at + timedelta(hours=s.rng.uniform(1.0, 10.0)),
        "email",
        "message",
        s.rng.choice(w.FIXED_OK[lang]),
        subject=w.REPLY_PREFIX[lang] + w.PROBLEMS[problem][lang][0],
    )
    return [eid, ok]


def repeat_contacts(seed: int) -> tuple[Story, str]:
    s = Story("repeat_contacts", "RC", seed, datetime(2026, 2, 12), 11)
    sizes = [2] * 12 + [3] * 10 + [4] * 6
    for i, contacts in enumerate(sizes):
        p = s.person(lang_of(i), "repeat_contact")
        acts.happy_acts(s, p, s.rng.randint(1, 3), 0, 1, gripe_chance=0)
        _repeat_story(s, p, s.rng.randint(2, 6), contacts, in_turn((p.lang,)))
        p.expected.add("repeat_contact")
        p.tolerated |= REPEAT_TOLERATED
        acts.clean_extra(p)
    for i in range(14):
        p = s.person(lang_of(i + 1), "resolved_between_contacts")
        acts.happy_acts(s, p, s.rng.randint(1, 3), 0, 10, gripe_chance=0)
        problem = s.rng.choice(w.PROBLEM_IDS)
        p.extra.update(
            problem=problem,
            problem_event_ids=_fixed_story(s, p, s.rng.randint(1, 7), p.lang, problem),
        )
        p.tolerated.add("silence")
        acts.clean_extra(p)
    for i in range(10):
        p = s.person(lang_of(i + 4), "different_problems")
        a, b = s.rng.sample(w.PROBLEM_IDS, 2)
        d1 = s.rng.randint(0, 2)
        e1 = _fixed_story(s, p, d1, p.lang, a)
        p.extra.pop("_first_text", None)
        p.extra.pop("_subject", None)
        e2 = _fixed_story(s, p, d1 + s.rng.randint(3, 8), p.lang, b)
        p.extra.update(problems=[a, b], problem_event_ids=e1 + e2)
        p.tolerated.add("silence")
        acts.clean_extra(p)
    for i in range(22):
        p = s.person(lang_of(i + 6), "happy")
        p.extra["habit"] = "frequent"
        acts.happy_acts(s, p, s.rng.randint(8, 12), 0, 10)
    return s, (
        "74 customers over eleven days: 28 raise one open problem 2-4 times, 4-44 h apart, each "
        "time on a new channel (forwards, RE: replies, call transcripts; half get an agent's case "
        "e-mail in between); 14 whose problem is fixed and confirmed; 10 with two different "
        "problems, each fixed; 22 happy frequent writers"
    )


def slow_churners(seed: int) -> tuple[Story, str]:
    s = Story("slow_churners", "SC", seed, datetime(2026, 1, 19), 36)
    spans = (3.0, 5.0, 7.0, 10.0)
    for i in range(22):
        p = s.person(lang_of(i), "slow_churner")
        acts.happy_acts(s, p, s.rng.randint(5, 7), 0, 11, gripe_chance=0)
        start_day = s.rng.randint(13, 21)
        span = spans[i % 4]
        ids = []
        nps_step = 3 if i < 8 else None
        for step, line in enumerate(w.SLIDE[p.lang]):
            offset = span * step / 5
            at = s.local(p, start_day, s.rng.uniform(9.0, 20.0)) + timedelta(days=offset)
            ch = s.rng.choice(("social", "email", "chat", "community", "phone"))
            at = s.office_hours(p, at) if ch == "phone" else at
            text = acts.call_text(p.lang, line) if ch == "phone" else line
            ids.append(s.add(p, at, ch, acts.COMPLAINT_KIND[ch], text))
            if step == nps_step:
                score = s.rng.randint(2, 5)
                p.extra["nps_given"] = score
                p.extra["survey_event_id"] = s.add(
                    p, at + timedelta(hours=3), "survey", "survey_response", None, nps=score
                )
                p.expected.add("detractor")
        p.extra.update(slide_event_ids=ids, slide_days=span)
        p.expected.add("sentiment_drop")
        p.tolerated |= {
            "repeat_contact",
            "churn_intent",
            "competitor_mention",
            "high_value_at_risk",
            "silence",
        }
    for i in range(9):
        p = s.person(lang_of(i + 3), "canceller")
        acts.happy_acts(s, p, s.rng.randint(4, 6), 0, 15, gripe_chance=0)
        day = s.rng.randint(18, 30)
        subject, text = w.CANCEL[p.lang]
        at = s.local(p, day, s.rng.uniform(9.0, 19.0))
        mail = s.add(p, at, "email", "message", text, subject=subject)
        web = s.add(
            p,
            s.local(p, day + 1, s.rng.uniform(9.0, 21.0)),
            "web",
            "cancellation",
            None,
            attributes={"plan": s.rng.choice(("mobile_60gb", "fibre_1g", "mobile_80gb"))},
        )
        p.extra.update(churn_intent_event_id=mail, cancellation_event_id=web)
        p.expected.add("churn_intent")
        p.tolerated |= {"sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"}
    for i in range(12):
        p = s.person(lang_of(i + 5), "happy")
        acts.happy_acts(s, p, s.rng.randint(7, 11), 0, 34)
    for i in range(8):
        p = s.person(lang_of(i + 7), "steadily_grumpy")
        for _ in range(s.rng.randint(6, 9)):
            ch = s.rng.choice(("social", "email", "community", "chat"))
            at = s.local(p, s.rng.randint(0, 34), s.day_hour())
            s.add(p, at, ch, acts.COMPLAINT_KIND[ch], s.rng.choice(w.GRUMPY[p.lang]))
        p.tolerated |= {"repeat_contact", "silence"}
    for i in range(5):
        p = s.person(lang_of(i + 9), "happy_one_sarcastic_remark")
        acts.happy_acts(s, p, s.rng.randint(6, 9), 0, 34, gripe_chance=0)
        at = s.local(p, s.rng.randint(8, 28), s.day_hour())
        p.extra["sarcasm_event_id"] = s.add(p, at, "social", "post", w.SARCASM[p.lang])
    return s, (
        "56 customers over 36 days: 22 with 5-7 happy acts, then a slide of six messages from "
        "lukewarm to 'had enough, looking at Velcomo/Fibrasol' over 3, 5, 7 or 10 days (8 give an "
        "NPS of 2-5 mid-slide); 9 who ask to cancel by e-mail and cancel on the web the next day; "
        "12 steady happy; 8 steadily grumpy; 5 happy with one sarcastic post"
    )
