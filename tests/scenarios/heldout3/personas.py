"""Persona helpers: each writes one piece of a customer's story into a Scenario.

Families (make_heldout3.py) are made of these: ``happy_life``, ``question_burst``,
``bad_day``, ``problem_thread`` (one open problem raised again), ``solved_then``,
``different_things``, ``slide``, ``grumpy_life`` and the two business ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

import wording as w
from scenario import COMPLAINT_CHANNELS, Customer, Scenario, iso


def pick(s: Scenario, table: dict[str, list[str]], lang: str) -> str:
    return s.rng.choice(table[lang])


def problem_text(s: Scenario, table: dict[str, list[str]], lang: str, problem: str) -> str:
    words = w.PROBLEMS[problem][lang]  # {station} and {amount} are filled by Scenario.say
    return s.rng.choice(table[lang]).format(
        core=words["core"], short=words["short"], subject=words["subject"]
    )


def happy_touch(s: Scenario, c: Customer, when: datetime, lang: str | None = None) -> None:
    """One happy touchpoint: praise, an answered question, a purchase, a page view or a survey."""
    r, lang = s.rng, lang or c.lang
    kind = r.choices(
        ("praise", "question", "purchase", "view", "survey", "review"), (5, 3, 2, 2, 2, 1)
    )[0]
    if kind == "praise":
        s.say(c, when, r.choice(("social", "community", "email", "chat")), pick(s, w.PRAISE, lang))
    elif kind == "question":
        channel = r.choice(("chat", "email", "web"))
        s.say(c, when, channel, pick(s, w.QUESTIONS, lang))
        answer = w.ANSWERS[lang]
        reply_at = when + timedelta(minutes=r.randint(3, 90))
        s.say(c, reply_at, channel, answer, outbound=True)
        if r.random() < 0.7:
            s.say(
                c, reply_at + timedelta(minutes=r.randint(1, 40)), channel, pick(s, w.THANKS, lang)
            )
    elif kind == "purchase":
        product = r.choice(("day ticket", "monthly pass", "yearly pass", "e-bike top-up"))
        value = {"day ticket": "4.90", "monthly pass": "19.00", "yearly pass": "149.00"}.get(
            product, "10.00"
        )
        s.say(
            c,
            when,
            "web",
            None,
            kind="purchase",
            attributes={"product": product, "order_value": value},
        )
    elif kind == "view":
        s.say(
            c,
            when,
            "web",
            None,
            kind="page_view",
            attributes={"page": r.choice(("/map", "/pass", "/help"))},
        )
    elif kind == "survey":
        scores = r.choice(
            ({"nps": r.randint(8, 10)}, {"csat": 5}, {"csat": 4}, {"ces": r.randint(6, 7)})
        )
        comment = r.choice((None, r.choice(w.SURVEY_WORDS)))
        s.say(c, when, "survey", comment, scores=scores)
    else:
        s.say(c, when, "web", w.REVIEW[lang], kind="review", attributes={"stars": "5"})


def happy_life(
    s: Scenario,
    c: Customer,
    count: int,
    first: int = 0,
    last: int | None = None,
    langs: Sequence[str] = (),
) -> None:
    """`count` happy touchpoints spread over days [first, last], in `langs` in turn if given."""
    for i, day in enumerate(s.days_for(c, count, first, last)):
        happy_touch(s, c, s.when(c, day), langs[i % len(langs)] if langs else None)


def question_burst(s: Scenario, c: Customer, day: int) -> None:
    """Two to four different questions in one chat sitting, answered, then thanks."""
    r = s.rng
    t = s.when(c, day)
    for question in r.sample(w.QUESTIONS[c.lang], min(len(w.QUESTIONS[c.lang]), r.randint(2, 4))):
        s.say(c, t, "chat", question)
        t += timedelta(minutes=r.randint(1, 6))
        s.say(
            c,
            t,
            "chat",
            w.ANSWERS[c.lang],
            outbound=True,
        )
        t += timedelta(minutes=r.randint(1, 4))
    s.say(c, t, "chat", pick(s, w.THANKS, c.lang))


def complaint(
    s: Scenario,
    c: Customer,
    when: datetime,
    problem: str,
    table: dict[str, list[str]],
    channel: str | None = None,
    lang: str | None = None,
) -> str:
    lang = lang or c.lang
    channel = channel or s.rng.choice(COMPLAINT_CHANNELS)
    subject = w.PROBLEMS[problem][lang]["subject"] if channel in ("email", "web") else None
    if channel not in ("email", "web"):  # only mail threads start with "RE:"
        table = {lang: [f for f in table[lang] if not f.startswith(("RE:", "AW:"))]}
    return s.say(c, when, channel, problem_text(s, table, lang, problem), subject=subject)


def bad_day(s: Scenario, c: Customer, day: int, *, low_csat: bool, sorry: bool) -> None:
    """One angry message on one day (maybe a low CSAT the same day, maybe sorry the next)."""
    r = s.rng
    t = s.when(c, day)
    problem = r.choice(("dock", "brakes", "empty", "unlock"))
    c.info |= {"bad_day_at": iso(t), "problem": problem, "low_csat": low_csat, "sorry": sorry}
    c.info["bad_day_event_id"] = complaint(s, c, t, problem, w.BAD_DAY)
    if low_csat:
        s.say(
            c,
            t + timedelta(hours=r.uniform(0.5, 3)),
            "survey",
            r.choice((None, "no", "-", "nul")),
            scores={"csat": r.randint(1, 2)},
        )
    if sorry:
        s.say(
            c,
            s.when(c, min(day + 1, s.days - 1)),
            r.choice(("social", "chat")),
            w.SORRY_AFTER[c.lang],
        )


def problem_thread(
    s: Scenario,
    c: Customer,
    day: int,
    contacts: int,
    *,
    problem: str | None = None,
    gaps_h: tuple[float, float] = (1.5, 30.0),
    fixed_at_end: bool = False,
    langs: Sequence[str] = (),
) -> list[str]:
    """One problem raised `contacts` times on changing channels; it stays open throughout.

    The first contact complains; later ones say it is still not fixed (a two-contact
    thread always does), or name it calmly. Some get an agent's reply or a chat nudge.
    """
    r = s.rng
    problem = problem or r.choice(("dock", "deposit", "double", "sms", "unlock"))
    t = s.when(c, day)
    ids: list[str] = []
    channel = r.choice(COMPLAINT_CHANNELS)
    for i in range(contacts):
        lang = langs[min(i, len(langs) - 1)] if langs else c.lang
        if i:
            t += timedelta(hours=r.uniform(*gaps_h))
            t = s.daylight(c, t)
            channel = r.choice([ch for ch in COMPLAINT_CHANNELS if ch != channel])
        table = w.FIRST if i == 0 else (w.AGAIN if contacts == 2 or r.random() < 0.65 else None)
        if table is None:
            words = w.PROBLEMS[problem][lang]
            text = w.CALM[lang].replace("{short}", words["short"])
            ids.append(
                s.say(
                    c,
                    t,
                    channel,
                    text,
                    subject=f"RE: {words['subject']}" if channel == "email" else None,
                )
            )
        else:
            ids.append(complaint(s, c, t, problem, table, channel, lang))
        if channel == "chat" and r.random() < 0.3:
            s.say(c, t + timedelta(minutes=r.randint(2, 8)), "chat", w.CHAT_NUDGE[lang])
        if channel in ("email", "web", "social") and r.random() < 0.35:
            s.say(c, t + timedelta(hours=r.uniform(0.3, 5)), channel, w.AGENT[lang], outbound=True)
    if fixed_at_end:
        words = w.PROBLEMS[problem][c.lang]
        s.say(
            c,
            t + timedelta(hours=r.uniform(20, 40)),
            r.choice(("chat", "email")),
            w.FIXED[c.lang].replace("{short}", words["short"]),
        )
    c.info |= {"problem": problem, "contacts": contacts, "problem_event_ids": ids}
    c.info["says_fixed_after_last"] = fixed_at_end
    c.info["trouble_starts_at"] = next(
        e["occurred_at"] for e in s.events if e["event_id"] == ids[0]
    )
    return ids


def solved_then(s: Scenario, c: Customer, day: int, second: str) -> None:
    """A problem fixed between contacts (the customer says so), then a question, or another
    problem, fixed too."""
    r = s.rng
    first = r.choice(("dock", "deposit", "double", "sms"))
    t = s.when(c, day)
    complaint(s, c, t, first, w.FIRST)
    t += timedelta(hours=r.uniform(4, 30))
    s.say(
        c,
        t,
        r.choice(("chat", "email", "social")),
        w.FIXED[c.lang].replace("{short}", w.PROBLEMS[first][c.lang]["short"]),
    )
    t += timedelta(hours=r.uniform(10, 60))
    if second == "question":
        s.say(c, t, r.choice(("chat", "email")), pick(s, w.QUESTIONS, c.lang))
    else:
        other = r.choice([p for p in ("brakes", "empty", "unlock") if p != first])
        complaint(s, c, t, other, w.FIRST)
        s.say(
            c,
            t + timedelta(hours=r.uniform(5, 20)),
            "chat",
            w.FIXED[c.lang].replace("{short}", w.PROBLEMS[other][c.lang]["short"]),
        )
        c.info["second_problem"] = other
    c.info |= {"problem": first, "then": second}


def different_things(s: Scenario, c: Customer, day: int) -> None:
    """Two or three contacts in a few days about different things: complaints and a question."""
    r = s.rng
    problems = r.sample(("dock", "deposit", "double", "sms", "brakes", "empty"), 2)
    t = s.when(c, day)
    complaint(s, c, t, problems[0], w.FIRST)
    t += timedelta(hours=r.uniform(6, 40))
    s.say(c, t, r.choice(("chat", "email")), pick(s, w.QUESTIONS, c.lang))
    if r.random() < 0.6:
        complaint(s, c, t + timedelta(hours=r.uniform(6, 40)), problems[1], w.FIRST)
    else:
        problems = problems[:1]
    c.info["problems"] = problems


def slide(
    s: Scenario,
    c: Customer,
    day: int,
    span_days: float,
    steps: int,
    *,
    nps: int | None = None,
    competitor: bool = False,
    cancel: bool = False,
    langs: Sequence[str] = (),
) -> None:
    """A sustained slide: lukewarm, then `steps - 1` ever angrier messages over `span_days`."""
    r = s.rng
    t0 = s.when(c, day)
    ids, said = [], set()
    for i in range(steps):
        lang = langs[i % len(langs)] if langs else c.lang
        stage = min(len(w.SLIDE[lang]) - 1, round(i * (len(w.SLIDE[lang]) - 1) / (steps - 1)))
        text = w.SLIDE[lang][stage]
        if text in said:  # a long slide: another angry line rather than the same one again
            text = next(line for line in w.SLIDE_MORE[lang] if line not in said)
        said.add(text)
        t = t0 + timedelta(days=span_days * i / (steps - 1), hours=r.uniform(-2, 2))
        t = max(s.daylight(c, t), s.daylight(c, t0) + timedelta(hours=i))
        ids.append(
            s.say(
                c,
                t,
                r.choice(("email", "social", "chat", "community", "phone")),
                text,
            )
        )
        if competitor and i == steps - 2:
            s.say(c, t + timedelta(hours=r.uniform(1, 6)), "social", w.COMPETITOR_LINE[lang])
            c.tolerated.add("competitor_mention")
    if nps is not None:
        s.say(
            c,
            t0 + timedelta(days=span_days * 0.6),
            "survey",
            r.choice((None, "meh", "bof")),
            scores={"nps": nps},
        )
        if nps <= 6:
            c.expected.add("detractor")
    if cancel:
        end = t + timedelta(hours=r.uniform(2, 20))
        s.say(c, end, "email", w.CANCEL[c.lang], subject="Cancel")
        c.info["cancellation_event_id"] = s.say(
            c,
            end + timedelta(minutes=20),
            "web",
            None,
            kind="cancellation",
            attributes={"product": "yearly pass"},
        )
        c.expected.add("churn_intent")
    c.info |= {
        "trouble_starts_at": iso(t0),
        "pace": f"{span_days:.1f} days",
        "slide_event_ids": ids,
    }


def grumpy_life(
    s: Scenario, c: Customer, count: int, first: int = 0, last: int | None = None
) -> None:
    """Grumpy from the first message to the last: the same few gripes, in turn."""
    gripes = s.rng.sample(w.GRUMPY[c.lang], len(w.GRUMPY[c.lang]))
    for i, day in enumerate(s.days_for(c, count, first, last)):
        channel = s.rng.choice(("social", "email", "community", "chat"))
        s.say(c, s.when(c, day), channel, gripes[i % len(gripes)])


def happy_life_b2b(s: Scenario, c: Customer, count: int) -> None:
    weekdays = [d for d in range(s.days) if s.at(d, 0).weekday() < 5]
    for day in sorted(s.rng.choice(weekdays) for _ in range(count)):
        s.say(
            c,
            s.when(c, day),
            s.rng.choice(("email", "web", "phone")),
            pick(s, w.B2B_HAPPY, c.lang).replace("{company}", c.info["company"]),
        )


def b2b_complaint(s: Scenario, c: Customer, day: float, *, nps: bool, follow_up: bool) -> None:
    """A business contact's complaint; maybe a low NPS; maybe a second message: still not fixed."""
    t = s.when(c, int(day))
    text = pick(s, w.B2B_COMPLAINTS, c.lang).replace("{company}", c.info["company"])
    ids = [s.say(c, t, s.rng.choice(("email", "phone", "web")), text, subject="Pedalia Work")]
    c.tolerated |= {"sentiment_drop", "churn_intent", "silence", "high_value_at_risk"}
    if nps:
        score = s.rng.randint(0, 5)
        s.say(c, t + timedelta(hours=s.rng.uniform(2, 30)), "survey", None, scores={"nps": score})
        c.expected.add("detractor")
    if follow_up:
        again = {
            "en": "Still not fixed: ",
            "fr": "Toujours pas réglé : ",
            "de": "Immer noch nicht gelöst: ",
            "es": "Sigue sin resolverse: ",
            "pt": "Continua por resolver: ",
            "it": "Ancora non risolto: ",
        }[c.lang]
        ids.append(
            s.say(
                c,
                t + timedelta(hours=s.rng.uniform(20, 50)),
                "email",
                again + text[0].lower() + text[1:],
                subject="RE: Pedalia Work",
            )
        )
        c.expected.add("repeat_contact")
    c.info |= {"complaint_event_ids": ids, "nps_given": nps}
