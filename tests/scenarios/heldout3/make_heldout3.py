"""Build the third held-out alert scenarios (Pedalia, a bike-sharing app): see README.md.

Standard library only, deterministic (its own seed), runs from any directory:

    python tests/scenarios/heldout3/make_heldout3.py

Each family is one function below, made of a :class:`scenario.Scenario` (touchpoints
and truth) and the persona helpers of ``personas.py``; the words are ``wording.py``'s.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import timedelta
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import personas as p  # noqa: E402
import wording as w  # noqa: E402
from scenario import Customer, Scenario, iso, parse  # noqa: E402

SEED = 31_770_412
WRITTEN = "by hand (wording.py), 2026-11-30, blind; make_heldout3.py"
new = partial(Scenario, seed=SEED)

# --- families ---------------------------------------------------------------------------

CHURNER_TOLERATES = (
    "repeat_contact",
    "competitor_mention",
    "detractor",
    "silence",
    "high_value_at_risk",
    "churn_intent",
)
REPEATER_TOLERATES = (
    "sentiment_drop",
    "churn_intent",
    "silence",
    "high_value_at_risk",
    "detractor",
    "competitor_mention",
)
GRUMPY_TOLERATES = ("repeat_contact", "detractor", "silence")


def langs_like(s: Scenario, weights: dict[str, int]) -> str:
    return s.rng.choices(list(weights), list(weights.values()))[0]


WEST = {"en": 5, "fr": 4, "de": 2, "es": 2, "pt": 1, "it": 1}


def happy_writers() -> Scenario:
    s = new(
        "happy_writers",
        "hw",
        "2026-09-04",
        12,
        "70 happy riders who write a lot: daily, at night, at weekends, in bursts of questions",
    )
    for i in range(40):
        habit = "night" if i < 8 else "weekend" if i < 16 else "day"
        c = s.customer("happy", langs_like(s, WEST), habit=habit, style="steady")
        p.happy_life(s, c, s.rng.randint(10, 20))
    for _ in range(15):
        c = s.customer("happy", langs_like(s, WEST), style="question_bursts")
        for day in sorted(s.rng.sample(range(s.days), s.rng.randint(2, 3))):
            p.question_burst(s, c, day)
        p.happy_life(s, c, s.rng.randint(2, 5))
    for _ in range(15):
        c = s.customer("happy", langs_like(s, WEST), style="social_fan")
        for day in s.days_for(c, s.rng.randint(6, 10)):
            s.say(
                c,
                s.when(c, day),
                s.rng.choice(("social", "community")),
                p.pick(s, w.PRAISE, c.lang),
                kind=s.rng.choice(("post", "mention")),
            )
    return s


def one_bad_day() -> Scenario:
    s = new(
        "one_bad_day",
        "bd",
        "2026-09-14",
        16,
        "150 happy riders; 75 of them have one angry message on one day",
    )
    for i in range(150):
        c = s.customer(
            "happy_one_bad_day" if i % 2 == 0 else "happy",
            langs_like(s, WEST),
            habit=s.rng.choice(("day",) * 5 + ("weekend", "night")),
        )
        p.happy_life(s, c, s.rng.randint(5, 12))
        if c.persona == "happy_one_bad_day":
            p.bad_day(
                s,
                c,
                s.rng.randint(3, s.days - 3),
                low_csat=s.rng.random() < 0.4,
                sorry=s.rng.random() < 0.35,
            )
    return s


def repeat_contacts() -> Scenario:
    s = new(
        "repeat_contacts",
        "rc",
        "2026-10-02",
        9,
        "28 riders raising one open problem 2-5 times on changing channels, and non-repeats",
    )
    for n, contacts in enumerate([2] * 8 + [3] * 8 + [4] * 8 + [5] * 4):
        habit = "night" if n % 7 == 3 else "day"
        c = s.customer(
            "repeat_contact",
            langs_like(s, WEST),
            expected=["repeat_contact"],
            tolerated=REPEATER_TOLERATES,
            habit=habit,
        )
        p.happy_life(s, c, s.rng.randint(0, 3), 0, 1)
        gaps = (0.5, 8.0) if n % 3 == 0 else (6.0, 40.0)  # same day, or across days (and weekends)
        p.problem_thread(s, c, s.rng.randint(1, 4), contacts, gaps_h=gaps, fixed_at_end=n % 4 == 1)
        c.info["gaps_hours"] = list(gaps)
    for i in range(14):
        c = s.customer("resolved_between_contacts", langs_like(s, WEST))
        p.solved_then(s, c, s.rng.randint(0, 3), "question" if i % 2 else "another_problem")
    for _ in range(14):
        c = s.customer("different_problems", langs_like(s, WEST))
        p.different_things(s, c, s.rng.randint(0, 5))
    for _ in range(24):
        c = s.customer("happy", langs_like(s, WEST), style="frequent")
        p.happy_life(s, c, s.rng.randint(8, 16))
    return s


def slow_churners() -> Scenario:
    s = new(
        "slow_churners",
        "sc",
        "2026-08-24",
        42,
        "24 riders who slide from happy to fed up (some cancel), and others who do not slide",
    )
    for i in range(24):
        habit = "night" if i % 6 == 5 else "day"
        c = s.customer(
            "slow_churner",
            langs_like(s, WEST),
            expected=["sentiment_drop"],
            tolerated=CHURNER_TOLERATES,
            habit=habit,
        )
        span = (s.rng.uniform(2, 4), s.rng.uniform(8, 20), s.rng.uniform(5, 12))[i % 3]
        start = s.rng.randint(12, 18)
        p.happy_life(s, c, s.rng.randint(5, 9), 0, start - 2)
        steps = 5 if span < 5 else s.rng.randint(6, 8)
        p.slide(
            s,
            c,
            start,
            span,
            steps,
            nps=s.rng.choice((None, None, 2, 4, 6, 7)),
            competitor=i % 4 == 0,
            cancel=i % 3 == 2,
        )
    for _ in range(14):
        p.happy_life(s, s.customer("happy", langs_like(s, WEST)), s.rng.randint(8, 14))
    for _ in range(10):
        c = s.customer("steadily_grumpy", langs_like(s, WEST), tolerated=GRUMPY_TOLERATES)
        p.grumpy_life(s, c, s.rng.randint(5, 9))
    for _ in range(8):
        c = s.customer("recovers", langs_like(s, WEST), tolerated=GRUMPY_TOLERATES)
        p.grumpy_life(s, c, s.rng.randint(3, 5), 0, 10)
        s.say(c, s.when(c, 16), "email", w.RECOVERED[c.lang])
        p.happy_life(s, c, s.rng.randint(4, 7), 17)
        c.info["recovered_at"] = "day 16"
    for _ in range(8):
        c = s.customer("happy_one_sarcastic_remark", langs_like(s, WEST))
        p.happy_life(s, c, s.rng.randint(6, 10))
        s.say(c, s.when(c, s.rng.randint(5, 35)), "social", w.SARCASM[c.lang])
    return s


def calm_stream(s: Scenario, customers: int, grumble_share: float) -> list[Customer]:
    """A calm low-volume stream: 1-3 touchpoints a customer in the day; some grumble once."""
    people = []
    for _ in range(customers):
        grumbles = s.rng.random() < grumble_share
        c = s.customer("grumbles_once" if grumbles else "happy", langs_like(s, WEST))
        p.happy_life(s, c, s.rng.randint(1, 3) - grumbles)
        if grumbles:
            c.info["problem"] = problem = s.rng.choice(
                ("dock", "deposit", "double", "sms", "brakes", "empty", "unlock")
            )
            p.complaint(s, c, s.when(c, s.rng.randrange(s.days)), problem, w.FIRST)
        people.append(c)
    return people


def quiet_hours() -> Scenario:
    s = new(
        "quiet_hours",
        "qh",
        "2026-10-01",
        4,
        "a calm, low-volume stream (Thursday to Sunday) with small bursts of night owls",
    )
    calm_stream(s, 150, 1 / 8)
    for night in range(4):
        for _ in range(2):
            t = s.at(night, s.rng.uniform(0.5, 4.8))
            problems = s.rng.sample(("dock", "unlock", "brakes", "sms"), 2)
            for k in range(s.rng.randint(2, 3)):
                c = s.customer("night_owl", langs_like(s, WEST), habit="night")
                at = t + timedelta(minutes=s.rng.uniform(0, 10))
                if k < 2 and s.rng.random() < 0.5:  # never more than two on one problem
                    p.complaint(s, c, at, problems[k % 2], w.FIRST)
                    c.info["problem"] = problems[k % 2]
                else:
                    p.happy_touch(s, c, at)
    c = s.customer("night_owl", "fr", habit="night", style="night chat of four lines")
    t = s.at(3, 2.3)
    for line in (
        "salut, petite question",
        "le pass annuel marche la nuit aussi ?",
        "et les vélos électriques ?",
        "ok merci bonne nuit",
    ):
        s.say(c, t, "chat", line)
        t += timedelta(minutes=s.rng.randint(1, 4))
    return s


def topic_spike() -> Scenario:
    s = new(
        "topic_spike",
        "ts",
        "2026-10-13",
        7,
        "a calm stream; one planted spike: bikes will not unlock (app error U12), Mon 08:05-08:45",
    )
    regulars = calm_stream(s, 200, 1 / 10)
    start = s.at(6, 8 + 5 / 60)
    reporters = s.rng.sample(regulars, 18) + [
        s.customer("spike_reporter", langs_like(s, WEST)) for _ in range(12)
    ]
    first_ids, repeat_ids = [], []
    for i, c in enumerate(reporters):
        t = start + timedelta(minutes=s.rng.uniform(0, 40) if i else 0)
        channel = s.rng.choice(("chat", "social", "phone", "email", "web", "community"))
        event = p.complaint(s, c, t, "unlock", w.FIRST, channel)
        first_ids.append(event)
        c.persona, c.tolerated = "spike_reporter", c.tolerated | {"silence"}
        c.info |= {"in_spike": True, "spike_event_id": event}
        if c.info.get("problem") == "unlock":  # grumbled about unlocking days before
            c.tolerated.add("repeat_contact")
        if i % 10 in (1, 4, 7):
            again = t + timedelta(minutes=s.rng.uniform(15, 60))
            repeat_ids.append(
                p.complaint(
                    s, c, again, "unlock", w.AGAIN, "chat" if channel != "chat" else "phone"
                )
            )
            c.persona = "spike_repeater"
            c.expected.add("repeat_contact")
    times = sorted(e["occurred_at"] for e in s.events if e["event_id"] in first_ids)
    s.spike = {
        "topic": "app",
        "about": "bikes will not unlock: the app answers error U12 to every QR scan "
        "(en/fr/de/es/pt/it, all channels)",
        "channel": None,
        "start": times[0],
        "end": times[-1],
        "customers": sorted(c.cid for c in reporters),
        "event_ids": first_ids,
        "repeat_event_ids": repeat_ids,
    }
    return s


def b2b_accounts() -> Scenario:
    s = new(
        "b2b_accounts",
        "bb",
        "2026-11-02",
        16,
        "30 business accounts: 12 with several unhappy contacts, 9 with one, 2 with two mild "
        "remarks, 7 happy",
    )
    kinds = ["at_risk"] * 12 + ["one_unhappy"] * 9 + ["two_remarks"] * 2 + ["happy"] * 7
    for n, (kind, company) in enumerate(zip(kinds, w.COMPANIES, strict=False)):
        account = "pw-" + company.lower().split()[0].replace("&", "").strip(",")
        domain = company.lower().replace(" ", "").replace("&", "").replace("'", "") + ".example"
        lang = langs_like(s, WEST)
        size = s.rng.randint(3, 8)
        unhappy = {
            "at_risk": s.rng.randint(3, min(4, size)),
            "one_unhappy": 1,
            "two_remarks": 2,
            "happy": 0,
        }[kind]
        trouble = s.rng.randint(2, s.days - 7)
        contacts = []
        for k in range(size):
            bad = k < unhappy
            persona = (
                {
                    "at_risk": "b2b_unhappy",
                    "one_unhappy": "b2b_one_unhappy",
                    "two_remarks": "b2b_mild_remark",
                }.get(kind, "b2b_happy")
                if bad
                else "b2b_happy"
            )
            c = s.customer(
                persona,
                lang if s.rng.random() < 0.8 else "en",
                account=account,
                domain=domain,
                company=company,
            )
            contacts.append(c)
            p.happy_life_b2b(s, c, s.rng.randint(2, 5))
            if kind == "at_risk":
                c.tolerated |= {"account_risk"}
            if bad and kind == "at_risk":
                p.b2b_complaint(
                    s,
                    c,
                    trouble + s.rng.uniform(0, 5),
                    nps=s.rng.random() < 0.4,
                    follow_up=s.rng.random() < 0.25,
                )
            elif bad and kind == "one_unhappy":
                p.b2b_complaint(
                    s, c, trouble + s.rng.uniform(0, 5), nps=n % 2 == 0, follow_up=False
                )
            elif bad:
                s.say(c, s.when(c, trouble + k), "email", w.B2B_GRUMBLE[c.lang])
        s.accounts[account] = {
            "company": company,
            "contacts": [c.cid for c in contacts],
            "unhappy_contacts": [c.cid for c in contacts[:unhappy]]
            if kind in ("at_risk", "one_unhappy")
            else [],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": ["account_risk"] if kind == "two_remarks" else [],
            "kind": kind,
        }
        if kind == "at_risk":
            s.accounts[account]["trouble_starts_at"] = iso(s.at(trouble, 0))
    return s


PAIRS = (
    ("fr", "en"),
    ("de", "fr"),
    ("it", "en"),
    ("es", "en"),
    ("pt", "fr"),
    ("de", "it"),
    ("en", "fr"),
)


def bilingual() -> Scenario:
    s = new(
        "bilingual",
        "bl",
        "2026-09-16",
        12,
        "riders writing in two languages (fr/en/de/es/pt/it): repeats, slides, one-word surveys",
    )

    def pair() -> tuple[str, str]:
        return s.rng.choice(PAIRS)

    for i in range(24):
        a, b = pair()
        c = s.customer("happy", a, style="alternates " + b)
        p.happy_life(s, c, s.rng.randint(6, 12), langs=(a, b))
        if i % 3 == 0:
            s.say(c, s.when(c, s.rng.randrange(s.days)), "social", s.rng.choice(w.MIXED))
            c.info["code_switches"] = True
    for _ in range(10):
        c = s.customer("happy", s.rng.choice(w.LANGS), style="one-word surveys")
        for day in s.days_for(c, s.rng.randint(3, 6)):
            s.say(
                c,
                s.when(c, day),
                "survey",
                s.rng.choice(w.SURVEY_WORDS),
                scores={"csat": s.rng.randint(4, 5)},
            )
    for i in range(14):
        a, b = pair()
        switch = i % 3 == 0
        c = s.customer(
            "repeat_contact",
            a,
            expected=["repeat_contact"],
            tolerated=REPEATER_TOLERATES,
            switches_language=switch,
        )
        p.happy_life(s, c, s.rng.randint(1, 3), 0, 2)
        ids = p.problem_thread(
            s,
            c,
            s.rng.randint(3, 6),
            s.rng.randint(2, 4),
            problem=s.rng.choice(("dock", "double", "deposit")),
            gaps_h=(2.0, 20.0),
            langs=(a, b) if switch else (),
        )
        if i in (2, 9):
            when = next(e["occurred_at"] for e in s.events if e["event_id"] == ids[-1])
            short = w.PROBLEMS[c.info["problem"]]["en"]["short"]
            t = parse(when) + timedelta(hours=6)
            c.info["problem_event_ids"].append(
                s.say(c, t, "chat", w.MIXED_ANGRY[i % 2].replace("{short}", short))
            )
    for i in range(12):
        a, b = pair()
        c = s.customer(
            "slow_churner",
            a,
            expected=["sentiment_drop"],
            tolerated=CHURNER_TOLERATES,
            switches_language=i % 3 == 0,
        )
        p.happy_life(s, c, s.rng.randint(5, 8), 0, 4, langs=(a, b) if i % 3 == 0 else ())
        p.slide(
            s,
            c,
            5,
            s.rng.uniform(2, 6),
            s.rng.randint(5, 6),
            langs=(a, b) if i % 3 == 0 else (),
            nps=s.rng.choice((None, 3, 8)),
        )
    for i in range(10):
        c = s.customer("happy_one_bad_day", s.rng.choice(w.LANGS))
        p.happy_life(s, c, s.rng.randint(5, 9))
        p.bad_day(s, c, s.rng.randint(2, 9), low_csat=i % 3 == 0, sorry=i % 2 == 0)
    for _ in range(6):
        c = s.customer("happy_one_sarcastic_remark", s.rng.choice(w.LANGS))
        p.happy_life(s, c, s.rng.randint(5, 9))
        s.say(c, s.when(c, s.rng.randint(3, 9)), "social", w.SARCASM[c.lang])
    for i in range(10):
        c = s.customer("resolved_between_contacts", s.rng.choice(w.LANGS))
        p.solved_then(s, c, s.rng.randint(0, 6), "question" if i % 2 else "another_problem")
    for _ in range(8):
        c = s.customer("steadily_grumpy", s.rng.choice(w.LANGS), tolerated=GRUMPY_TOLERATES)
        p.grumpy_life(s, c, s.rng.randint(4, 7))
    for _ in range(8):
        c = s.customer("different_problems", s.rng.choice(w.LANGS))
        p.different_things(s, c, s.rng.randint(0, 7))
    for _ in range(8):
        c = s.customer("recovers", s.rng.choice(w.LANGS), tolerated=GRUMPY_TOLERATES)
        p.grumpy_life(s, c, 3, 0, 4)
        s.say(c, s.when(c, 6), "email", w.RECOVERED[c.lang])
        p.happy_life(s, c, s.rng.randint(3, 5), 7)
        c.info["recovered_at"] = "day 6"
    return s


FAMILIES: tuple[Callable[[], Scenario], ...] = (
    happy_writers,
    one_bad_day,
    repeat_contacts,
    slow_churners,
    quiet_hours,
    topic_spike,
    b2b_accounts,
    bilingual,
)


def main() -> None:
    for build in FAMILIES:
        s = build()
        out = s.write(HERE, WRITTEN)
        print(
            f"{s.family:16} customers={out['n_customers']:4} "
            f"touchpoints={out['n_touchpoints']:5} expected={out['config']['expected']}"
        )


if __name__ == "__main__":
    main()
