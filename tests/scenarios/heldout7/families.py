"""The eight families of the eighth blind set (heldout7), one function each."""

from __future__ import annotations

from datetime import date, timedelta

from story import TOLERATE_REPEAT, Family, Person, Ref
from wording import B2B_PROBLEMS, COMPETITORS, PROBLEMS, SPIKE_ABOUT, W

MSG_CHANNELS = (
    ("email", "message"),
    ("chat", "chat"),
    ("phone", "call"),
    ("social", "post"),
    ("web", "ticket"),
    ("community", "post"),
)


def complaint(f: Family, p: Person, problem: str, lang: str | None = None) -> str:
    table = W[lang or p.lang]["complaint"]
    assert isinstance(table, dict)
    return str(table[problem])


def happy_writers(seed: int) -> Family:
    f = Family(
        "happy_writers",
        "HW",
        date(2026, 9, 14),
        9,
        seed,
        "happy members: daytime writers, night writers, survey-only",
    )
    for _ in range(48):
        p = f.person("happy")
        p.truth["habit"] = "daytime"
        f.happy_days(p, f.rng.randint(5, 9), 0, 8)
    for _ in range(10):
        p = f.person("happy")
        p.truth["habit"] = "night"
        for day in sorted(f.rng.randint(0, 7) for _ in range(f.rng.randint(5, 8))):
            f.happy_act(p, f.local(p, day, f.rng.uniform(23.2, 28.4)), night=True)
    for _ in range(12):
        p = f.person("happy")
        p.truth["habit"] = "surveys only"
        for day in sorted(f.rng.sample(range(9), f.rng.randint(4, 6))):
            f.survey_happy(p, f.day_time(p, day))
    return f


def one_bad_day(seed: int) -> Family:
    f = Family(
        "one_bad_day",
        "OB",
        date(2026, 9, 2),
        13,
        seed,
        "happy members with one angry message on one day",
    )
    groups = ["plain"] * 50 + ["csat"] * 18 + ["nps"] * 12
    f.rng.shuffle(groups)
    for g in groups:
        p = f.person("bad_day_detractor" if g == "nps" else "happy_one_bad_day")
        bad = f.rng.randint(4, 9)
        f.happy_days(p, f.rng.randint(2, 4), 0, bad - 1)
        f.happy_days(p, f.rng.randint(1, 3), bad + 2, 12)
        problem = f.rng.choice(list(PROBLEMS))
        ch, kind = f.rng.choice(MSG_CHANNELS[:5])
        t = f.day_time(p, bad, 8, 20)
        ref = f.add(p, t, ch, kind, complaint(f, p, problem))
        p.truth |= {"problem": problem, "bad_day_at": t, "bad_day_event_id": ref}
        if f.rng.random() < 0.5:
            f.add(
                p,
                t + timedelta(hours=f.rng.uniform(1, 4)),
                "email" if ch != "chat" else "chat",
                "message" if ch != "chat" else "chat",
                f.say(p, "agent_fixed"),
                outbound=True,
            )
        if g == "csat":
            f.add(
                p,
                t + timedelta(hours=f.rng.uniform(0.5, 1.5)),
                "survey",
                "survey_response",
                None if f.rng.random() < 0.5 else f.say(p, "survey_word"),
                scores={"csat": f.rng.choice([1, 2])},
            )
        if g == "nps":
            nps = f.rng.randint(1, 6)
            f.add(
                p,
                t + timedelta(hours=f.rng.uniform(1.5, 2.5)),
                "survey",
                "survey_response",
                scores={"nps": nps},
            )
            p.truth["nps_given"] = nps
            p.truth["expected_rules"].append("detractor")
        if f.rng.random() < 0.5:
            f.add(p, f.day_time(p, bad + 1, 9, 20), "chat", "chat", f.say(p, "sorry"))
    for _ in range(20):
        p = f.person("happy")
        f.happy_days(p, f.rng.randint(4, 8), 0, 12)
    return f


def _repeat_story(
    f: Family, p: Person, first_day: int, langs: tuple[str, ...] | None = None
) -> None:
    """One problem that stays open, raised 2-4 times on new channels, 3-40 h apart."""
    problem = f.rng.choice(list(PROBLEMS))
    n = f.rng.choice([2, 2, 3, 3, 4])
    channels = f.rng.sample(MSG_CHANNELS, n)
    t = f.day_time(p, first_day, 8, 19)
    refs: list[Ref] = []
    agent = f.rng.random() < 0.5
    for i, (ch, kind) in enumerate(channels):
        lang = langs[i % len(langs)] if langs else p.lang
        if i == 0:
            text = complaint(f, p, problem, lang)
        elif i >= 2 and f.rng.random() < 0.7:
            text = f.say(p, "third", lang)
        else:
            text = f.say(p, "again", lang)
        refs.append(f.add(p, t, ch, kind, text))
        if agent and i == 0:
            f.add(
                p,
                f.daylight(p, t + timedelta(hours=f.rng.uniform(1, 3))),
                "email",
                "message",
                f.say(p, "agent_holding", lang),
                outbound=True,
            )
        t = f.daylight(p, t + timedelta(hours=f.rng.uniform(3, 40)))
    p.truth |= {"problem": problem, "contacts": n, "problem_event_ids": refs}
    p.truth["expected_rules"].append("repeat_contact")
    p.truth["tolerated_rules"] += TOLERATE_REPEAT


def _fixed_story(
    f: Family, p: Person, day: int, problem: str, lang: str | None = None
) -> list[Ref]:
    ch, kind = f.rng.choice(MSG_CHANNELS[:5])
    t = f.day_time(p, day, 8, 18)
    first = f.add(p, t, ch, kind, complaint(f, p, problem, lang))
    t2 = f.daylight(p, t + timedelta(hours=f.rng.uniform(3, 20)))
    f.add(p, t2, "email", "message", f.say(p, "agent_fixed", lang), outbound=True)
    t3 = f.daylight(p, t2 + timedelta(hours=f.rng.uniform(1, 10)))
    ch3, kind3 = f.rng.choice([("email", "message"), ("chat", "chat"), ("social", "post")])
    return [first, f.add(p, t3, ch3, kind3, f.say(p, "sorted", lang))]


def repeat_contacts(seed: int) -> Family:
    f = Family(
        "repeat_contacts",
        "RC",
        date(2026, 9, 22),
        11,
        seed,
        "one open problem raised again on new channels; fixed problems; frequent writers",
    )
    kinds = ["repeat"] * 28 + ["fixed"] * 14 + ["two"] * 10 + ["frequent"] * 23
    f.rng.shuffle(kinds)
    for k in kinds:
        if k == "repeat":
            p = f.person("repeat_contact")
            first = f.rng.randint(3, 7)
            f.happy_days(p, f.rng.randint(2, 4), 0, first - 1)
            _repeat_story(f, p, first)
        elif k == "fixed":
            p = f.person("resolved_between_contacts")
            f.happy_days(p, f.rng.randint(2, 5), 0, 10)
            problem = f.rng.choice(list(PROBLEMS))
            p.truth |= {
                "problem": problem,
                "problem_event_ids": _fixed_story(f, p, f.rng.randint(2, 7), problem),
            }
            p.truth["tolerated_rules"].append("silence")
        elif k == "two":
            p = f.person("different_problems")
            f.happy_days(p, f.rng.randint(2, 4), 0, 10)
            a, b = f.rng.sample(list(PROBLEMS), 2)
            d1 = f.rng.randint(0, 2)
            refs = _fixed_story(f, p, d1, a) + _fixed_story(f, p, d1 + f.rng.randint(3, 8), b)
            p.truth |= {"problems": [a, b], "problem_event_ids": refs}
            p.truth["tolerated_rules"].append("silence")
        else:
            p = f.person("happy")
            p.truth["habit"] = "frequent writer"
            f.happy_days(p, f.rng.randint(8, 12), 0, 10)
    return f


def _slide(
    f: Family,
    p: Person,
    start_day: int,
    span: float,
    langs: tuple[str, ...] | None = None,
    nps_after: int | None = None,
) -> list[Ref]:
    refs: list[Ref] = []
    comp = f.rng.choice(COMPETITORS)
    t0 = f.day_time(p, start_day, 9, 20)
    for i in range(6):
        lang = langs[i % len(langs)] if langs else p.lang
        lines = W[lang]["slide"]
        assert isinstance(lines, list)
        t = f.daylight(p, t0 + timedelta(days=span * i / 5 + f.rng.uniform(-0.1, 0.1)))
        ch, kind = f.rng.choice(MSG_CHANNELS)
        refs.append(f.add(p, t, ch, kind, str(lines[i]).format(comp=comp)))
        if nps_after is not None and i == 2:
            f.add(
                p,
                t + timedelta(hours=f.rng.uniform(3, 8)),
                "survey",
                "survey_response",
                scores={"nps": nps_after},
            )
    return refs


def slow_churners(seed: int) -> Family:
    f = Family(
        "slow_churners",
        "SC",
        date(2026, 9, 7),
        30,
        seed,
        "a slow slide from a happy baseline; cancellations; steady, grumpy and sarcastic controls",
    )
    kinds = ["slide"] * 24 + ["cancel"] * 12 + ["steady"] * 12 + ["grumpy"] * 8 + ["sarcasm"] * 6
    f.rng.shuffle(kinds)
    n_slide = 0
    for k in kinds:
        if k == "slide":
            p = f.person("slow_churner")
            f.happy_days(p, f.rng.randint(5, 7), 0, 9)
            nps = f.rng.randint(1, 5) if n_slide % 3 == 0 else None
            n_slide += 1
            span = f.rng.choice([3.0, 4.5, 6.0, 9.0])
            refs = _slide(f, p, f.rng.randint(11, 18), span, nps_after=nps)
            p.truth |= {"slide_event_ids": refs, "slide_days": span}
            p.truth["expected_rules"].append("sentiment_drop")
            if nps is not None:
                p.truth["nps_given"] = nps
                p.truth["expected_rules"].append("detractor")
            p.truth["tolerated_rules"] += [
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ]
        elif k == "cancel":
            p = f.person("cancels")
            f.happy_days(p, f.rng.randint(5, 7), 0, 10)
            t = f.day_time(p, f.rng.randint(12, 24), 9, 21)
            mail = f.add(p, t, "email", "message", f.say(p, "cancel_mail"))
            cancel = f.add(
                p,
                f.daylight(p, t + timedelta(hours=f.rng.uniform(20, 30))),
                "web",
                "cancellation",
                str(W[p.lang]["cancel_web"]),
            )
            p.truth |= {"churn_intent_event_id": mail, "cancellation_event_id": cancel}
            p.truth["expected_rules"].append("churn_intent")
            p.truth["tolerated_rules"] += [
                "sentiment_drop",
                "repeat_contact",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ]
        elif k == "steady":
            p = f.person("happy")
            f.happy_days(p, f.rng.randint(8, 12), 0, 29)
        elif k == "grumpy":
            p = f.person("steadily_grumpy")
            for day in sorted(f.rng.sample(range(30), f.rng.randint(6, 9))):
                ch, kind = f.rng.choice(MSG_CHANNELS)
                f.add(p, f.day_time(p, day), ch, kind, f.say(p, "grumpy"))
            p.truth["tolerated_rules"] += ["repeat_contact", "silence"]
        else:
            p = f.person("happy_one_sarcastic_remark")
            f.happy_days(p, f.rng.randint(6, 9), 0, 29)
            ref = f.add(
                p, f.day_time(p, f.rng.randint(8, 22)), "social", "post", f.say(p, "sarcasm")
            )
            p.truth["sarcasm_event_id"] = ref
    return f


def calm_member(f: Family, grumbles: bool, last_day: int) -> Person:
    """A member of a calm stream: 1-4 acts in daytime, the first a grumble for one in ten."""
    p = f.person("grumbles_once" if grumbles else "happy")
    n = f.rng.randint(1, 4)
    for j, day in enumerate(sorted(f.rng.randint(0, last_day) for _ in range(n))):
        t = f.day_time(p, day)
        if grumbles and j == 0:
            problem = f.rng.choice(list(PROBLEMS))
            ch, kind = f.rng.choice(MSG_CHANNELS)
            ref = f.add(p, t, ch, kind, complaint(f, p, problem))
            p.truth |= {"problem": problem, "bad_day_event_id": ref}
        else:
            f.happy_act(p, t)
    return p


def quiet_hours(seed: int) -> Family:
    f = Family(
        "quiet_hours",
        "QH",
        date(2026, 10, 9),
        3,
        seed,
        "a calm low-volume weekend with night bursts; no spike",
    )
    for i in range(205):
        calm_member(f, i % 10 == 3 and i < 200, 2)
    for night in range(3):
        for burst in range(3):
            at = f.start + timedelta(
                days=night, hours=f.rng.uniform(0.25 + burst * 1.5, 1.4 + burst * 1.5)
            )
            for _ in range(5):
                p = f.person("night_owl")
                p.truth["burst_at"] = at
                t = at + timedelta(minutes=f.rng.uniform(0, 8))
                if f.rng.random() < 0.5:
                    i = f.rng.randrange(4)
                    f.add(p, t, "chat", "chat", str(W[p.lang]["question"][i]))
                    f.add(
                        p,
                        t + timedelta(minutes=f.rng.uniform(2, 15)),
                        "chat",
                        "chat",
                        str(W[p.lang]["agent_answer"][i]),
                        outbound=True,
                    )
                else:
                    f.add(
                        p, t, f.rng.choice(["social", "community"]), "post", f.say(p, "night_post")
                    )
                if f.rng.random() < 0.4:
                    f.happy_act(p, f.day_time(p, f.rng.randint(0, 2), 10, 21))
    return f


COMPANIES = {
    "es": [
        "Talleres Ebro",
        "Grupo Alhambra Logistica",
        "Clinicas Nerea",
        "Baleario Digital",
        "Conservas Cantabricas",
        "Estudio Tramontana",
    ],
    "de": [
        "Kranwerk Nord GmbH",
        "Lindner Steuerberatung",
        "Spreeblick Software",
        "Hafenkontor AG",
        "Bäckerei Hofmeister",
        "Isarwerk Medien",
    ],
    "en": ["Northgate Analytics", "Brindle & Co Solicitors", "Quayside Print", "Fellside Joinery"],
    "fr": ["Atelier Rhodanie", "Cabinet Lemaire", "Transports Vauban", "Biscuiterie Kerlann"],
    "pt": ["Ribeira Tech", "Farmacias Douro", "Cortica Viva"],
    "it": ["Officine Brenta", "Studio Legale Arno", "Caseificio Valtorta"],
}


def b2b_accounts(seed: int) -> Family:
    f = Family(
        "b2b_accounts",
        "BA",
        date(2026, 9, 28),
        12,
        seed,
        "Fitora Corporate accounts: at risk, one unhappy contact, mild, happy",
    )
    kinds = ["at_risk"] * 9 + ["one_unhappy"] * 6 + ["mild"] * 3 + ["happy"] * 8
    f.rng.shuffle(kinds)
    companies = [(lang, c) for lang, cs in COMPANIES.items() for c in cs]
    f.rng.shuffle(companies)
    for n, (kind, (lang, company)) in enumerate(zip(kinds, companies, strict=False), 1):
        acc = f"FCORP-{lang.upper()}-{100 + n * 7}"
        contacts = [f.person("b2b_happy", lang, acc) for _ in range(f.rng.randint(3, 6))]
        for p in contacts:
            p.truth |= {
                "company": company,
                "role": f.rng.choice(["HR", "office manager", "finance", "employee"]),
            }
            for day in f.rng.sample(
                [d for d in range(12) if (f.start + timedelta(days=d)).weekday() < 5],
                f.rng.randint(2, 4),
            ):
                ch = f.rng.choice(["email", "email", "chat"])
                f.add(
                    p,
                    f.day_time(p, day, 8.5, 17.5),
                    ch,
                    "message" if ch == "email" else "chat",
                    f.say(p, "b2b_routine"),
                )
        account: dict[str, object] = {
            "company": company,
            "contacts": len(contacts),
            "kind": kind,
            "expected_rules": [],
            "tolerated_rules": [],
            "unhappy_contacts": 0,
            "unhappy_contact_keys": [],
            "at_risk": False,
        }
        problem = f.rng.choice(list(B2B_PROBLEMS))
        table = W[lang]["b2b_complaint"]
        assert isinstance(table, dict)
        if kind == "at_risk":
            start = f.rng.randint(2, 6)
            unhappy = f.rng.sample(contacts, 3)
            trouble = f.local(unhappy[0], start, 8)
            t = trouble + timedelta(hours=f.rng.uniform(1, 10))
            for i, p in enumerate(unhappy):
                p.truth["persona"] = "b2b_unhappy"
                # The three complaints follow one another within about three days.
                t = f.daylight(p, t + timedelta(hours=f.rng.uniform(6, 30) if i else 0))
                ch, knd = f.rng.choice(MSG_CHANNELS[:5])
                text = table[problem] if i == 0 else W[lang]["b2b_complaint2"][problem]
                refs = [f.add(p, t, ch, knd, str(text))]
                p.truth["tolerated_rules"] += [*TOLERATE_REPEAT, "account_risk"]
                if i == 0:
                    f.add(
                        p,
                        f.daylight(p, t + timedelta(hours=f.rng.uniform(2, 5))),
                        "email",
                        "message",
                        str(W[lang]["b2b_agent"]),
                        outbound=True,
                    )
                if i < 2:
                    nps = f.rng.randint(1, 5)
                    f.add(
                        p,
                        t + timedelta(hours=f.rng.uniform(1, 4)),
                        "survey",
                        "survey_response",
                        scores={"nps": nps},
                    )
                    p.truth |= {"nps_given": nps}
                    p.truth["expected_rules"].append("detractor")
                else:
                    t2 = f.daylight(p, t + timedelta(hours=f.rng.uniform(18, 40)))
                    refs.append(f.add(p, t2, "email", "message", f.say(p, "b2b_again")))
                    p.truth["expected_rules"].append("repeat_contact")
                p.truth |= {"problem": problem, "complaint_event_ids": refs}
            account |= {
                "at_risk": True,
                "expected_rules": ["account_risk"],
                "same_problem": problem,
                "trouble_starts_at": trouble,
                "unhappy_contacts": 3,
                "unhappy_contact_keys": sorted(p.key for p in unhappy),
            }
        elif kind == "one_unhappy":
            p = f.rng.choice(contacts)
            p.truth["persona"] = "b2b_one_unhappy"
            t = f.day_time(p, f.rng.randint(1, 10), 9, 18)
            ch, knd = f.rng.choice(MSG_CHANNELS[:5])
            ref = f.add(p, t, ch, knd, str(table[problem]))
            nps = f.rng.randint(1, 5)
            f.add(
                p,
                t + timedelta(hours=f.rng.uniform(1, 4)),
                "survey",
                "survey_response",
                scores={"nps": nps},
            )
            p.truth |= {"problem": problem, "complaint_event_ids": [ref], "nps_given": nps}
            p.truth["expected_rules"].append("detractor")
            p.truth["tolerated_rules"] += TOLERATE_REPEAT
            account |= {
                "same_problem": problem,
                "unhappy_contacts": 1,
                "unhappy_contact_keys": [p.key],
            }
        elif kind == "mild":
            two = f.rng.sample(contacts, 2)
            for p in two:
                p.truth["persona"] = "b2b_mild"
                ref = f.add(
                    p,
                    f.day_time(p, f.rng.randint(1, 10), 9, 17),
                    "email",
                    "message",
                    f.say(p, "b2b_mild"),
                )
                p.truth["complaint_event_ids"] = [ref]
            account |= {"unhappy_contacts": 0, "unhappy_contact_keys": []}
        else:
            for p in contacts:
                if f.rng.random() < 0.5:
                    f.survey_happy(p, f.day_time(p, f.rng.randint(0, 11), 9, 17))
        f.accounts[acc] = account
    return f


PAIRS = (
    ("es", "de"),
    ("de", "en"),
    ("es", "en"),
    ("en", "es"),
    ("fr", "pt"),
    ("pt", "it"),
    ("it", "de"),
    ("de", "fr"),
)


def bilingual(seed: int) -> Family:
    f = Family("bilingual", "BL", date(2026, 9, 17), 12, seed, "members who write in two languages")
    kinds = ["happy"] * 36 + ["repeat"] * 14 + ["slide"] * 10 + ["bad_day"] * 6 + ["fixed"] * 6
    f.rng.shuffle(kinds)
    for i, k in enumerate(kinds):
        langs = PAIRS[i % len(PAIRS)]
        persona = {
            "happy": "happy",
            "repeat": "repeat_contact",
            "slide": "slow_churner",
            "bad_day": "happy_one_bad_day",
            "fixed": "resolved_between_contacts",
        }[k]
        p = f.person(persona, langs[0])
        p.truth["languages"] = list(langs)

        def acts(
            n: int, first: int, last: int, p: Person = p, langs: tuple[str, str] = langs
        ) -> None:
            for j, day in enumerate(sorted(f.rng.randint(first, last) for _ in range(n))):
                f.happy_act(p, f.day_time(p, day), lang=langs[j % 2])

        if k == "happy":
            acts(f.rng.randint(4, 7), 0, 11)
        elif k == "repeat":
            first = f.rng.randint(3, 8)
            acts(f.rng.randint(2, 3), 0, first - 1)
            _repeat_story(f, p, first, langs)
        elif k == "slide":
            acts(5, 0, 4)
            span = f.rng.choice([2.5, 3.5, 5.0])
            p.truth |= {
                "slide_event_ids": _slide(f, p, f.rng.randint(5, 6), span, langs),
                "slide_days": span,
            }
            p.truth["expected_rules"].append("sentiment_drop")
            p.truth["tolerated_rules"] += [
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ]
        elif k == "bad_day":
            acts(f.rng.randint(3, 5), 0, 11)
            problem = f.rng.choice(list(PROBLEMS))
            ch, kind = f.rng.choice(MSG_CHANNELS[:5])
            t = f.day_time(p, f.rng.randint(3, 9), 9, 20)
            ref = f.add(p, t, ch, kind, complaint(f, p, problem, langs[1]))
            p.truth |= {"problem": problem, "bad_day_at": t, "bad_day_event_id": ref}
        else:
            acts(f.rng.randint(2, 4), 0, 11)
            problem = f.rng.choice(list(PROBLEMS))
            p.truth |= {
                "problem": problem,
                "problem_event_ids": _fixed_story(f, p, f.rng.randint(2, 8), problem, langs[1]),
            }
            p.truth["tolerated_rules"].append("silence")
    return f


def topic_spike(seed: int) -> Family:
    f = Family(
        "topic_spike",
        "TS",
        date(2026, 10, 1),
        7,
        seed,
        "a calm week and one planted burst: a no-show fee charged for attended classes",
    )
    calm: list[Person] = []
    for i in range(250):
        calm.append(calm_member(f, i % 10 == 6, 6))
    # Two lone no-show-fee complaints on the calm days before the burst (Fri 2, Sat 3 Oct).
    for day in (1, 2):
        p = f.person("grumbles_once")
        ref = f.add(p, f.day_time(p, day, 10, 19), "email", "message", f.say(p, "spike"))
        p.truth |= {"problem": "no-show fee", "bad_day_event_id": ref}
    regulars = f.rng.sample([p for p in calm if p.truth["persona"] == "happy"], 20)
    reporters = regulars + [f.person("spike_reporter") for _ in range(12)]
    f.rng.shuffle(reporters)
    start = f.start + timedelta(days=5, hours=6, minutes=50)
    firsts: list[Ref] = []
    repeats: list[Ref] = []
    spike_channels = (
        ("email", "message"),
        ("chat", "chat"),
        ("social", "post"),
        ("web", "ticket"),
        ("community", "post"),
    )
    offsets = sorted(f.rng.uniform(0, 35) for _ in reporters)
    offsets[0], offsets[-1] = 0.0, 35.0
    for n, (p, minutes) in enumerate(zip(reporters, offsets, strict=True)):
        p.truth["persona"] = "spike_reporter"
        p.truth["in_spike"] = True
        t = start + timedelta(minutes=minutes)
        ch, kind = f.rng.choice(spike_channels)
        ref = f.add(p, t, ch, kind, f.say(p, "spike"))
        firsts.append(ref)
        p.truth["spike_event_id"] = ref
        p.truth["tolerated_rules"].append("silence")
        if n < 8:
            p.truth["persona"] = "spike_repeater"
            ch2, kind2 = f.rng.choice([c for c in spike_channels if c[0] != ch])
            again = f.add(
                p, t + timedelta(minutes=f.rng.uniform(25, 90)), ch2, kind2, f.say(p, "spike_again")
            )
            repeats.append(again)
            p.truth["repeat_event_id"] = again
            p.truth["expected_rules"].append("repeat_contact")
            p.truth["tolerated_rules"].append("sentiment_drop")
        elif n < 16:
            f.add(
                p,
                t + timedelta(hours=f.rng.uniform(2.5, 3.5)),
                "email",
                "message",
                str(W[p.lang]["agent_spike"]),
                outbound=True,
            )
    times = [f.time_of(r) for r in firsts]
    f.spike = {
        "topic": "no-show fee",
        "about": SPIKE_ABOUT,
        "channel": None,
        "start": min(times),
        "end": max(times),
        "customers": len(reporters),
        "event_ids": firsts,
        "repeat_event_ids": repeats,
    }
    return f


FAMILIES = (
    happy_writers,
    one_bad_day,
    repeat_contacts,
    slow_churners,
    quiet_hours,
    b2b_accounts,
    bilingual,
    topic_spike,
)
