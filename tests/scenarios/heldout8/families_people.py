"""The customer-centred families: happy writers, one bad day, repeat contacts, slow churners."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from story import (
    BILLING_PROBLEMS,
    COMPETITORS,
    PROBLEMS,
    PRODUCT_PROBLEMS,
    TP,
    WORDS,
    Family,
    Person,
)

LANG_MIX = ("it", "it", "en", "en", "it", "en", "fr", "de", "es", "pt")
REPEAT_TOLERATED = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]


CHANNELS = ("email", "chat", "phone", "social", "web", "community")
SLIDER_TOLERATED = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]


def repeat_story(
    p: Person,
    at: datetime,
    problem: str,
    n: int,
    max_gap: float,
    lang_at: Callable[[int], str] | None,
    ack: bool,
    restate: tuple[int, ...],
    long_mail: bool = False,
) -> None:
    """One open problem raised ``n`` times, 2 to ``max_gap`` hours apart, each on a new channel.

    Contact ``k`` (0 first) is written in ``lang_at(k)``; the later contacts in ``restate``
    say the problem again, the others only that it is still open.
    """
    if lang_at is None:
        lang_at = lambda k: p.lang  # noqa: E731
    order = p.rng.sample(CHANNELS, n)
    hits = [p.complain(at, problem, order[0], lang=lang_at(0), long_mail=long_mail)]
    for k in range(1, n):
        if ack:
            p.agent(at + timedelta(hours=1.5), "agent_ack", problem, lang=lang_at(k - 1))
        at = at + timedelta(hours=p.rng.uniform(2, max_gap))
        hits.append(p.again(at, problem, k + 1, order[k], lang=lang_at(k), restate=k in restate))
    p.truth.update(problem=problem, contacts=n, problem_event_ids=hits)


def resolved_story(
    p: Person, at: datetime, problem: str, fix_within: float, lang_a: str, lang_b: str
) -> None:
    """A problem, an agent's fix within ``fix_within`` hours, then the customer's thanks."""
    first = p.complain(at, problem, lang=lang_a)
    fixed = at + timedelta(hours=p.rng.uniform(3, fix_within))
    p.agent(fixed, "agent_fixed", problem, lang=lang_a)
    ok = p.tp(
        fixed + timedelta(hours=p.rng.uniform(1, 10)),
        "chat",
        "chat",
        p.rng.choice(WORDS[lang_b]["sorted"]),
        lang=lang_b,
    )
    p.truth.update(problem=problem, problem_event_ids=[first, ok])


def lang_of(fam: Family, i: int) -> str:
    return LANG_MIX[i % len(LANG_MIX)]


def daytime(p: Person, day: datetime) -> datetime:
    at: datetime = p.local(day, p.rng.uniform(8.0, 22.0))
    return at


def scatter(
    p: Person, fam: Family, count: int, first: float, last: float, gripe_at: int = -1
) -> list[TP]:
    """``count`` happy acts on random days in [first, last), daytime local."""
    days = sorted(p.rng.uniform(first, last) for _ in range(count))
    acts = []
    for i, d in enumerate(days):
        day = fam.day(int(d))
        acts.append(p.happy_act(daytime(p, day), gripe=(i == gripe_at)))
    return acts


def happy_writers(seed: int) -> Family:
    fam = Family(
        "happy_writers",
        "HW",
        datetime(2026, 2, 2, tzinfo=UTC),
        9,
        seed,
        "Lentara customers with nothing to warn about: daytime and night writers, "
        "survey-only answerers, some praise with a small gripe",
    )
    for i in range(48):
        gripe = i % 6 == 0
        p = fam.person(lang_of(fam, i), "happy", habit="daytime", small_gripe=gripe)
        n = p.rng.randint(5, 9)
        scatter(p, fam, n, 0, 9, gripe_at=p.rng.randrange(n) if gripe else -1)
    for i in range(10):
        p = fam.person(lang_of(fam, i + 3), "happy", habit="night")
        for _ in range(p.rng.randint(4, 7)):
            day = fam.day(p.rng.randrange(0, 8))
            hour = p.rng.choice((23.25, 23.8, 24.5, 25.2, 26.4, 27.1, 28.6))
            p.happy_act(p.local(day, hour + p.rng.uniform(0, 0.3)))
    for i in range(14):
        p = fam.person(lang_of(fam, i + 5), "happy", habit="surveys only", handle=False)
        for d in sorted(p.rng.sample(range(9), p.rng.randint(3, 6))):
            p.survey(daytime(p, fam.day(d)))
    return fam


def one_bad_day(seed: int) -> Family:
    fam = Family(
        "one_bad_day",
        "OB",
        datetime(2026, 2, 9, tzinfo=UTC),
        14,
        seed,
        "happy customers with one angry message on one day; some add a low CSAT, some a low NPS",
    )
    for i in range(104):
        lang = lang_of(fam, i)
        if i < 54:
            kind = "plain"
        elif i < 70:
            kind = "csat"
        elif i < 82:
            kind = "nps"
        else:
            kind = "control"
        persona = {"nps": "bad_day_detractor", "control": "happy"}.get(kind, "happy_one_bad_day")
        p = fam.person(lang, persona)
        scatter(p, fam, p.rng.randint(5, 8), 0, 14)
        if kind == "control":
            continue
        problem = PROBLEMS[i % len(PROBLEMS)]
        bad = fam.day(p.rng.randint(3, 11))
        at = daytime(p, bad)
        channel = p.rng.choice(("email", "email", "chat", "phone", "social", "web"))
        hit = p.complain(at, problem, channel, long_mail=(channel == "email" and i % 3 == 0))
        p.truth.update(problem=problem, bad_day_at=at, bad_day_event_id=hit)
        if p.rng.random() < 0.5:
            p.agent(at + timedelta(hours=p.rng.uniform(1, 5)), "agent_fixed", problem)
        if kind == "csat":
            p.tp(
                at + timedelta(hours=p.rng.uniform(1, 3)),
                "survey",
                "survey_response",
                None if i % 2 else p.rng.choice(p.w["grumpy"]),
                scores={"csat": p.rng.choice((1, 2))},
                attrs={"survey": "post_contact"},
            )
        if kind == "nps":
            nps = p.rng.randint(1, 6)
            survey = p.tp(
                at + timedelta(hours=p.rng.uniform(2, 4)),
                "survey",
                "survey_response",
                None if i % 3 == 0 else p.rng.choice(p.w["grumpy"]),
                scores={"nps": nps},
                attrs={"survey": "relationship"},
            )
            p.truth.update(nps_given=nps, survey_event_id=survey)
            p.truth["expected_rules"] = ["detractor"]
        if p.rng.random() < 0.4:
            p.tp(
                p.local(bad + timedelta(days=1), p.rng.uniform(9, 12)),
                "chat",
                "chat",
                p.rng.choice(p.w["sorry"]),
            )
    return fam


def repeat_contacts(seed: int) -> Family:
    fam = Family(
        "repeat_contacts",
        "RC",
        datetime(2026, 2, 18, tzinfo=UTC),
        11,
        seed,
        "one open problem raised 2-4 times on changing channels; problems fixed "
        "between contacts; two different problems; frequent happy writers",
    )
    for i in range(88):
        lang = lang_of(fam, i)
        if i < 32:
            p = fam.person(lang, "repeat_contact")
            scatter(p, fam, p.rng.randint(2, 5), 0, 11)
            problem = PROBLEMS[i % len(PROBLEMS)]
            n = 2 if i < 14 else (3 if i < 26 else 4)
            at = daytime(p, fam.day(p.rng.uniform(0.5, 3)))
            repeat_story(
                p,
                at,
                problem,
                n,
                50,
                None,
                ack=i % 2 == 0,
                restate=tuple(k for k in range(1, n) if (k + i) % 2 == 0),
                long_mail=i % 4 == 0,
            )
            p.truth.update(expected_rules=["repeat_contact"], tolerated_rules=REPEAT_TOLERATED)
        elif i < 48:
            p = fam.person(lang, "resolved_between_contacts", tolerated_rules=["silence"])
            scatter(p, fam, p.rng.randint(2, 5), 0, 11)
            problem = PROBLEMS[i % len(PROBLEMS)]
            at = daytime(p, fam.day(p.rng.uniform(1, 7)))
            resolved_story(p, at, problem, 20, lang, lang)
        elif i < 60:
            p = fam.person(lang, "different_problems", tolerated_rules=["silence"])
            scatter(p, fam, p.rng.randint(2, 4), 0, 11)
            a = PRODUCT_PROBLEMS[i % 3]
            b = BILLING_PROBLEMS[(i // 3) % 3]
            if i % 2:
                a, b = b, a
            at = daytime(p, fam.day(p.rng.uniform(0.3, 2.5)))
            first = p.complain(at, a)
            p.agent(at + timedelta(hours=p.rng.uniform(3, 12)), "agent_fixed", a)
            p.tp(
                at + timedelta(hours=p.rng.uniform(14, 30)),
                "chat",
                "chat",
                p.rng.choice(p.w["sorted"]),
            )
            at2 = at + timedelta(days=p.rng.uniform(3, 8))
            second = p.complain(at2, b)
            p.agent(at2 + timedelta(hours=p.rng.uniform(3, 12)), "agent_fixed", b)
            p.truth.update(problems=[a, b], problem_event_ids=[first, second])
        else:
            p = fam.person(lang, "happy", habit="frequent writer")
            scatter(p, fam, p.rng.randint(7, 11), 0, 11)
    return fam


def slide(
    p: Person,
    fam: Family,
    start: float,
    span: float,
    lang_of_step: Callable[[int], str] | None = None,
) -> list[TP]:
    """Six messages from lukewarm to done over ``span`` days from day ``start``."""
    steps = []
    for k in range(6):
        lang = lang_of_step(k) if lang_of_step else p.lang
        w = WORDS[lang]
        day = start + span * k / 5
        at = p.local(fam.day(int(day)), 9 + (day % 1) * 12)
        text = p.rng.choice(w["slide"][k]).replace("{c}", p.rng.choice(COMPETITORS))
        channel = p.rng.choice(("email", "social", "chat", "community", "web"))
        kind = {"email": "message", "chat": "chat", "web": "review"}.get(channel, "post")
        steps.append(p.tp(at, channel, kind, text, lang=lang))
    return steps


def slow_churners(seed: int) -> Family:
    fam = Family(
        "slow_churners",
        "SC",
        datetime(2026, 3, 2, tzinfo=UTC),
        42,
        seed,
        "a happy baseline, then a slow slide; plan cancellations; steady happy, "
        "steadily grumpy, one sarcastic post",
    )
    for i in range(66):
        lang = lang_of(fam, i)
        if i < 24:
            p = fam.person(
                lang,
                "slow_churner",
                tolerated_rules=SLIDER_TOLERATED,
            )
            scatter(p, fam, p.rng.randint(6, 8), 0, 12)
            span = (3, 5, 8, 12)[i % 4]
            steps = slide(p, fam, p.rng.uniform(14, 20), span)
            p.truth.update(
                slide_event_ids=steps, slide_days=span, expected_rules=["sentiment_drop"]
            )
            if i % 8 < 3:
                nps = p.rng.randint(1, 5)
                at = steps[3].at + timedelta(hours=p.rng.uniform(2, 8))
                s = p.tp(
                    at,
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": nps},
                    attrs={"survey": "relationship"},
                )
                p.truth.update(
                    nps_given=nps, survey_event_id=s, expected_rules=["sentiment_drop", "detractor"]
                )
        elif i < 34:
            unhappy = i % 2 == 0
            p = fam.person(
                lang,
                "cancels_plan",
                reason="unhappy" if unhappy else "no longer needs",
                tolerated_rules=["competitor_mention", "high_value_at_risk", "silence"],
                expected_rules=["churn_intent"],
            )
            scatter(p, fam, p.rng.randint(4, 6), 0, 14)
            at = daytime(p, fam.day(p.rng.uniform(15, 30)))
            line = p.rng.choice(p.w["cancel_unhappy" if unhappy else "cancel_neutral"])
            ask = p.tp(
                at,
                p.rng.choice(("email", "chat")),
                "message",
                line.replace("{c}", p.rng.choice(COMPETITORS)),
            )
            p.agent(at + timedelta(hours=p.rng.uniform(2, 6)), "answers")
            cancel = p.tp(
                daytime(p, fam.day((at - fam.start).days + 1)),
                "web",
                "cancellation",
                attrs={"plan": "lens_refill"},
            )
            p.truth.update(churn_intent_event_id=ask, cancellation_event_id=cancel)
        elif i < 48:
            p = fam.person(lang, "happy")
            scatter(p, fam, p.rng.randint(8, 12), 0, 42)
        elif i < 57:
            p = fam.person(lang, "steadily_grumpy", tolerated_rules=["repeat_contact", "silence"])
            for d in sorted(p.rng.uniform(0, 42) for _ in range(p.rng.randint(6, 9))):
                channel = p.rng.choice(("email", "social", "chat", "community"))
                kind = {"email": "message", "chat": "chat"}.get(channel, "post")
                p.tp(daytime(p, fam.day(int(d))), channel, kind, p.rng.choice(p.w["grumpy"]))
        else:
            p = fam.person(lang, "happy_one_sarcastic_remark")
            scatter(p, fam, p.rng.randint(6, 9), 0, 42)
            s = p.tp(
                daytime(p, fam.day(p.rng.randint(10, 35))),
                "social",
                "post",
                p.rng.choice(p.w["sarcasm"]),
            )
            p.truth["sarcasm_event_id"] = s
    return fam
