"""Families about single customers: happy, one bad day, repeats, churners, bilingual."""

from __future__ import annotations

from datetime import datetime, timedelta

from problems import PROBLEMS
from story import Story
from wording import W, again

LANG_MIX = ["en"] * 5 + ["fr"] * 5 + ["de"] * 3 + ["es"] * 3 + ["pt"] * 2 + ["it"] * 2
NEW_CHANNEL = [
    ("email", "message"),
    ("chat", "chat"),
    ("phone", "call"),
    ("social", "post"),
    ("web", "ticket"),
    ("community", "post"),
]
REPEAT_TOLERATED = (
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)
SLIDE_TOLERATED = ("repeat_contact", "competitor_mention", "high_value_at_risk", "silence")


def happy_days(s: Story, key: str, days: range, n: int, night: bool = False) -> None:
    for day in sorted(s.rng.choices(list(days), k=n)):
        hour = s.rng.uniform(23.2, 28.4) if night else s.rng.uniform(8.0, 21.0)
        s.happy_act(key, s.local(key, day, hour))


def happy_writers(s: Story) -> None:
    r = s.rng
    for i in range(80):
        lang = r.choice(LANG_MIX)
        if i < 55:
            k = s.person("happy", lang, habit="daytime")
            happy_days(s, k, range(10), r.randint(6, 10))
        elif i < 65:
            k = s.person("happy", lang, habit="night")
            happy_days(s, k, range(10), r.randint(5, 8), night=True)
        else:
            k = s.person("happy", lang, habit="surveys")
            for day in sorted(r.sample(range(10), r.randint(4, 7))):
                which = r.choice(["nps", "csat", "ces"])
                score = {"nps": r.choice([9, 10]), "csat": 5, "ces": r.choice([6, 7])}[which]
                text = r.choice([None, s.say(k, "word")])
                s.add(
                    k, s.daytime(k, day), "survey", "survey_response", text, scores={which: score}
                )


def bad_day(s: Story, k: str, day: int) -> datetime:
    at = s.local(k, day, s.rng.uniform(9.0, 20.0))
    ch, kind = s.rng.choice(NEW_CHANNEL)
    p = s.problem(k, s.rng.choice(list(PROBLEMS)))
    eid = s.add(k, at, ch, kind, s.say(k, "complain", p=p))
    s.customers[k].update(bad_day_at=at.isoformat(), bad_day_event_id=eid)
    return at  # type: ignore[no-any-return]


def one_bad_day(s: Story) -> None:
    r = s.rng
    for i in range(120):
        lang = r.choice(LANG_MIX)
        persona = "happy" if i >= 90 else ("bad_day_detractor" if i >= 80 else "happy_one_bad_day")
        k = s.person(persona, lang, habit="daytime")
        happy_days(s, k, range(14), r.randint(6, 9))
        if persona == "happy":
            continue
        day = r.randint(3, 11)
        at = bad_day(s, k, day)
        if 60 <= i < 80:  # a low CSAT the same day
            s.add(
                k,
                at + timedelta(minutes=r.randint(30, 180)),
                "survey",
                "survey_response",
                r.choice([None, "-", s.say(k, "complain", p="...")]),
                scores={"csat": r.choice([1, 2])},
            )
        if persona == "bad_day_detractor":
            nps = r.randint(2, 5)
            s.add(
                k, at + timedelta(hours=2), "survey", "survey_response", None, scores={"nps": nps}
            )
            s.customers[k]["nps_given"] = nps
            s.expect(k, "detractor")
        if r.random() < 0.5:
            s.add(k, s.daytime(k, day + 1), "chat", "chat", s.say(k, "sorry"))


def raise_problem(s: Story, k: str, start: datetime, contacts: int, reply: bool) -> list[str]:
    """One problem raised ``contacts`` times, each on a new channel, never fixed."""
    r = s.rng
    name = r.choice(list(PROBLEMS))
    chans = r.sample(NEW_CHANNEL, contacts)
    at, ids = start, []
    used: set[str] = set()
    for n, (ch, kind) in enumerate(chans):
        text = again(s.rng, s.lang(k), n, used).format(p=s.problem(k, name))
        ids.append(s.add(k, at, ch, kind, text))
        gap = timedelta(hours=r.uniform(3, 40))
        if reply and n < contacts - 1:
            s.add(k, at + gap / 3, "email", "message", s.say(k, "reply"), outbound=True)
        at += gap
    s.customers[k].update(problem=name, contacts=contacts, problem_event_ids=ids)
    return ids


def fixed_problem(s: Story, k: str, day: int, name: str) -> None:
    r = s.rng
    at = s.daytime(k, day)
    ch, kind = r.choice(NEW_CHANNEL)
    s.add(k, at, ch, kind, s.say(k, "complain", p=s.problem(k, name)))
    s.add(
        k,
        at + timedelta(hours=r.uniform(2, 8)),
        "email",
        "message",
        s.say(k, "reply"),
        outbound=True,
    )
    s.add(k, at + timedelta(hours=r.uniform(10, 30)), "chat", "chat", s.say(k, "fixed"))


def repeat_contacts(s: Story) -> None:
    r = s.rng
    for i in range(80):
        lang = r.choice(LANG_MIX)
        if i < 30:
            k = s.person("repeat_contact", lang)
            happy_days(s, k, range(2), r.randint(1, 3))
            raise_problem(
                s, k, s.daytime(k, r.randint(2, 6)), r.choice([2, 2, 3, 3, 4]), reply=i % 2 == 0
            )
            s.expect(k, "repeat_contact")
            s.tolerate(k, *REPEAT_TOLERATED)
        elif i < 45:
            k = s.person("resolved_between_contacts", lang)
            happy_days(s, k, range(10), r.randint(2, 4))
            fixed_problem(s, k, r.randint(1, 7), r.choice(list(PROBLEMS)))
            s.tolerate(k, "silence")
        elif i < 55:
            k = s.person("different_problems", lang)
            a, b = r.sample(list(PROBLEMS), 2)
            s.customers[k]["problems"] = [a, b]
            fixed_problem(s, k, r.randint(0, 2), a)
            fixed_problem(s, k, r.randint(5, 8), b)
            s.tolerate(k, "silence")
        else:
            k = s.person("happy", lang, habit="frequent")
            happy_days(s, k, range(10), r.randint(9, 14))


def slide(
    s: Story, k: str, start_day: int, span_days: float, langs: tuple[str, ...] = ()
) -> list[str]:
    r = s.rng
    ids, comp = [], s.competitor()
    levels = W[s.lang(k)]["slide"]
    step = span_days / (len(levels) - 1)
    for n in range(len(levels)):
        lang = langs[n % len(langs)] if langs else s.lang(k)
        text = W[lang]["slide"][n].format(c=comp)
        at = s.local(k, start_day, r.uniform(9, 20)) + timedelta(days=step * n)
        ch, kind = r.choice(NEW_CHANNEL[:2] + NEW_CHANNEL[3:])
        ids.append(s.add(k, at, ch, kind, text))
    s.customers[k]["slide_event_ids"] = ids
    return ids


def slow_churners(s: Story) -> None:
    r = s.rng
    for i in range(60):
        lang = r.choice(LANG_MIX)
        if i < 26:
            k = s.person("slow_churner", lang)
            happy_days(s, k, range(10), r.randint(5, 7))
            start, span = r.randint(11, 16), r.choice([2.5, 4.0, 6.0, 9.0])
            slide(s, k, start, span)
            s.expect(k, "sentiment_drop")
            s.tolerate(k, *SLIDE_TOLERATED, "churn_intent")
            last = s.local(k, start, 20) + timedelta(days=span)
            if i < 10:
                nps = r.randint(2, 5)
                s.add(
                    k,
                    last - timedelta(days=span / 2),
                    "survey",
                    "survey_response",
                    r.choice([None, "-"]),
                    scores={"nps": nps},
                )
                s.customers[k]["nps_given"] = nps
                s.expect(k, "detractor")
            if i >= 16:
                at = last + timedelta(hours=r.uniform(6, 30))
                s.add(k, at, "email", "message", s.say(k, "cancel"), subject="Cancel / Kündigung")
                eid = s.add(k, at + timedelta(days=1), "web", "cancellation")
                s.customers[k]["cancellation_event_id"] = eid
                s.expect(k, "churn_intent")
                s.customers[k]["tolerated_rules"].remove("churn_intent")
        elif i < 40:
            k = s.person("happy", lang)
            happy_days(s, k, range(30), r.randint(8, 14))
        elif i < 50:
            k = s.person("steadily_grumpy", lang)
            for day in sorted(r.sample(range(30), r.randint(6, 9))):
                lvl = r.randint(2, 4)
                ch, kind = r.choice(NEW_CHANNEL)
                s.add(k, s.daytime(k, day), ch, kind, W[lang]["slide"][lvl])
            s.tolerate(k, "repeat_contact", "silence")
        else:
            k = s.person("happy_one_sarcastic_remark", lang)
            happy_days(s, k, range(30), r.randint(8, 12))
            eid = s.add(k, s.daytime(k, r.randint(5, 25)), "social", "post", s.say(k, "sarcasm"))
            s.customers[k]["sarcasm_event_id"] = eid


PAIRS = [
    ("en", "fr"),
    ("fr", "en"),
    ("de", "it"),
    ("es", "pt"),
    ("pt", "en"),
    ("it", "fr"),
    ("fr", "es"),
    ("en", "de"),
]


def bilingual(s: Story) -> None:
    r = s.rng
    for i in range(80):
        a, b = PAIRS[i % len(PAIRS)]
        both = {"languages": [a, b]}
        if i < 42:
            k = s.person("happy", a, **both)
            for n, day in enumerate(sorted(r.choices(range(12), k=r.randint(6, 9)))):
                s.customers[k]["language"] = (a, b)[n % 2]
                s.happy_act(k, s.daytime(k, day))
        elif i < 56:
            k = s.person("repeat_contact", a, **both)
            name = r.choice(list(PROBLEMS))
            at, ids = s.daytime(k, r.randint(1, 8)), []
            used: set[str] = set()
            for n, (ch, kind) in enumerate(r.sample(NEW_CHANNEL, r.choice([2, 3, 4]))):
                lang = (a, b)[n % 2]
                text = again(r, lang, n, used).format(p=PROBLEMS[name][lang])
                ids.append(s.add(k, at, ch, kind, text))
                at += timedelta(hours=r.uniform(2, 30))
            s.customers[k].update(problem=name, problem_event_ids=ids)
            s.expect(k, "repeat_contact")
            s.tolerate(k, *REPEAT_TOLERATED)
        elif i < 66:
            k = s.person("slow_churner", a, **both)
            for day in sorted(r.sample(range(5), 5)):
                s.happy_act(k, s.daytime(k, day))
            slide(s, k, 6, r.choice([2.5, 4.0, 5.0]), langs=(a, b))
            s.expect(k, "sentiment_drop")
            s.tolerate(k, *SLIDE_TOLERATED, "churn_intent")
        elif i < 74:
            k = s.person("happy_one_bad_day", a, **both)
            happy_days(s, k, range(12), r.randint(5, 7))
            s.customers[k]["language"] = b
            bad_day(s, k, r.randint(2, 9))
        else:
            k = s.person("resolved_between_contacts", a, **both)
            happy_days(s, k, range(12), 3)
            s.customers[k]["language"] = b
            fixed_problem(s, k, r.randint(2, 8), r.choice(list(PROBLEMS)))
            s.tolerate(k, "silence")
        s.customers[k]["language"] = a
