"""The stream-shaped families: quiet hours, business accounts, bilingual, the planted spike."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from families_people import (
    REPEAT_TOLERATED,
    SLIDER_TOLERATED,
    daytime,
    lang_of,
    repeat_story,
    resolved_story,
    scatter,
    slide,
)
from story import COUNTRY, PROBLEMS, TP, WORDS, Family, Person
from wording_more import B2B

B2B_TOLERATED = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
COMPANIES = {
    "it": [
        "Officine Brenta",
        "Logistica Adige",
        "Studio Corvi",
        "Cartiera Sesia",
        "Vetri Murano Sud",
    ],
    "en": [
        "Harlow Print Works",
        "Kestrel Logistics",
        "Ashby & Moor",
        "Tidewell Foods",
        "Greyfield Labs",
    ],
    "fr": ["Atelier Vauban", "Transports Durance", "Cabinet Lorme"],
    "de": ["Maschinenbau Lenz", "Spedition Kranich", "Druckerei Falk"],
    "es": ["Talleres Ebro", "Conservas Miralba"],
    "pt": ["Metalurgica Douro", "Textil Minho"],
}
B2B_PROBLEMS = ("vouchers", "leavers", "shields", "portal")


def quiet_hours(seed: int) -> Family:
    fam = Family(
        "quiet_hours",
        "QH",
        datetime(2026, 3, 13, tzinfo=UTC),
        3,
        seed,
        "a calm low-volume weekend (Fri-Sun) with small night bursts; no spike",
    )
    for i in range(220):
        grumble = i % 10 == 3
        p = fam.person(lang_of(fam, i), "grumbles_once" if grumble else "happy")
        acts = p.rng.randint(1, 4)
        scatter(p, fam, acts, 0, 3)
        if grumble:
            problem = PROBLEMS[i % len(PROBLEMS)]
            hit = p.complain(daytime(p, fam.day(p.rng.randrange(3))), problem)
            p.truth.update(problem=problem, grumble_event_id=hit)
    sizes = (4, 3, 5, 4, 4, 3, 5, 4, 4)
    starts = (0.4, 1.9, 3.6, 0.9, 2.4, 4.1, 0.6, 2.8, 3.9)
    owl = 0
    for burst, (size, hour) in enumerate(zip(sizes, starts, strict=True)):
        night = burst // 3
        at0 = fam.day(night) + timedelta(hours=hour)
        same_question = burst == 4
        for _ in range(size):
            lang = ("it", "en", "fr", "de", "es", "pt", "it", "en")[owl % 8]
            owl += 1
            p = fam.person(lang, "night_owl", burst_at=at0)
            at = at0 + timedelta(minutes=p.rng.uniform(0, 9.5))
            if same_question or p.rng.random() < 0.5:
                line = p.w["night"][-1] if same_question else p.rng.choice(p.w["night"])
                p.tp(at, "chat", "chat", line)
                p.tp(
                    at + timedelta(minutes=p.rng.uniform(3, 8)),
                    "chat",
                    "chat",
                    p.rng.choice(p.w["answers"]),
                    outbound=True,
                )
            else:
                p.tp(at, p.rng.choice(("social", "community")), "post", p.rng.choice(p.w["praise"]))
    return fam


def office(p: Person, fam: Family) -> datetime:
    """A weekday in office hours (the family starts on a Monday)."""
    day = p.rng.choice([d for d in range(fam.days) if d % 7 < 5])
    at: datetime = p.local(fam.day(day), p.rng.uniform(9, 17.5))
    return at


def routine(p: Person, fam: Family, count: int) -> None:
    words = B2B[p.lang]
    for _ in range(count):
        at = office(p, fam)
        if p.rng.random() < 0.25:
            p.survey(at)
        elif p.rng.random() < 0.3:
            p.happy_act(at)
        else:
            p.tp(at, "email", "message", p.rng.choice(words["routine"]), "Lentara Lavoro")


def b2b_accounts(seed: int) -> Family:
    fam = Family(
        "b2b_accounts",
        "BA",
        datetime(2026, 4, 13, tzinfo=UTC),
        15,
        seed,
        "Lentara Lavoro company eyewear accounts: at-risk accounts with three "
        "unhappy contacts, one or two unhappy contacts, mild remarks, happy accounts",
    )
    kinds = ["at_risk"] * 8 + ["one_unhappy"] * 6 + ["two_unhappy"] * 3 + ["mild"] * 3
    kinds += ["happy"] * 8
    langs = ("it", "en", "it", "en", "fr", "de", "es", "pt", "it", "en")
    used: dict[str, int] = {}
    for a, kind in enumerate(kinds):
        lang = langs[a % len(langs)]
        names = COMPANIES[lang]
        company = names[used.get(lang, 0) % len(names)]
        used[lang] = used.get(lang, 0) + 1
        if used[lang] > len(names):
            company += f" {used[lang]}"
        account = f"LNL-{COUNTRY[lang]}-{101 + a}"
        domain = company.lower().replace(" & ", "").replace(" ", "") + "." + COUNTRY[lang].lower()
        size = fam.rng.randint(4, 7)
        contacts = [
            fam.person(
                lang,
                "b2b_happy",
                account=account,
                domain=domain,
                handle=fam.rng.random() < 0.3,
                company=company,
                role=fam.rng.choice(("hr", "office manager", "safety lead", "finance")),
            )
            for _ in range(size)
        ]
        for p in contacts:
            routine(p, fam, p.rng.randint(2, 4))
        info: dict[str, Any] = {
            "company": company,
            "contacts": size,
            "contact_keys": [p.key for p in contacts],
            "unhappy_contacts": 0,
            "unhappy_contact_keys": [],
            "at_risk": False,
            "expected_rules": [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": None,
        }
        words = B2B[lang]
        rng = fam.rng
        if kind == "at_risk":
            problem = B2B_PROBLEMS[a % 4]
            first_day = rng.randint(3, 7)
            start = contacts[0].local(fam.day(first_day), 8.0)
            unhappy = contacts[:3]
            # Three complaints on days d, d+0..1 and d+2..3, in working hours (any weekday).
            days = (first_day, first_day + rng.randint(0, 1), first_day + rng.randint(2, 3))
            for k, (p, d) in enumerate(zip(unhappy, days, strict=True)):
                at = p.local(fam.day(d), rng.uniform(8.5, 17.5))
                channel = ("email", "phone", "chat")[k] if a % 2 else ("web", "email", "phone")[k]
                kind_ = {"web": "ticket", "phone": "call", "chat": "chat"}.get(channel, "message")
                hit = p.tp(
                    at,
                    channel,
                    kind_,
                    words["problems"][problem],
                    "Lentara Lavoro" if channel == "email" else None,
                )
                p.truth.update(
                    persona="b2b_unhappy",
                    problem=problem,
                    complaint_event_ids=[hit],
                    tolerated_rules=B2B_TOLERATED,
                )
                if k == 0:
                    p.agent(at + timedelta(hours=2), "agent_ack")
                    again = p.tp(
                        at + timedelta(hours=rng.uniform(20, 44)),
                        "email",
                        "message",
                        words["again"],
                        WORDS[lang]["reply_prefix"] + "Lentara Lavoro",
                    )
                    p.truth["complaint_event_ids"].append(again)
                    p.truth.update(repeat_event_id=again, expected_rules=["repeat_contact"])
                else:
                    nps = rng.randint(0, 5)
                    s = p.tp(
                        at + timedelta(hours=rng.uniform(1, 6)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": nps},
                        attrs={"survey": "account_review"},
                    )
                    p.truth.update(nps_given=nps, survey_event_id=s, expected_rules=["detractor"])
            info.update(
                at_risk=True,
                expected_rules=["account_risk"],
                same_problem=problem,
                trouble_starts_at=start,
                unhappy_contacts=3,
                unhappy_contact_keys=[p.key for p in unhappy],
            )
        elif kind == "one_unhappy":
            p = contacts[rng.randrange(size)]
            problem = B2B_PROBLEMS[a % 4]
            at = fam.day(rng.uniform(3, 12))
            hit = p.tp(at, "email", "message", words["problems"][problem], "Lentara Lavoro")
            nps = rng.randint(1, 5)
            s = p.tp(
                at + timedelta(hours=rng.uniform(2, 8)),
                "survey",
                "survey_response",
                None,
                scores={"nps": nps},
                attrs={"survey": "account_review"},
            )
            p.truth.update(
                persona="b2b_one_unhappy",
                problem=problem,
                complaint_event_ids=[hit],
                nps_given=nps,
                survey_event_id=s,
                expected_rules=["detractor"],
                tolerated_rules=B2B_TOLERATED,
            )
            info.update(unhappy_contacts=1, unhappy_contact_keys=[p.key])
        elif kind == "two_unhappy":
            pair = contacts[:2]
            at = fam.day(rng.uniform(2, 5))
            for k, p in enumerate(pair):
                problem = B2B_PROBLEMS[(a + k) % 4]
                when = at + timedelta(days=k * rng.uniform(2, 6))
                hit = p.tp(when, "email", "message", words["problems"][problem], "Lentara Lavoro")
                p.truth.update(
                    persona="b2b_unhappy",
                    problem=problem,
                    complaint_event_ids=[hit],
                    tolerated_rules=B2B_TOLERATED,
                )
            info.update(
                unhappy_contacts=2,
                unhappy_contact_keys=[p.key for p in pair],
                tolerated_rules=["account_risk"],
            )
        elif kind == "mild":
            for p in contacts[:2]:
                hit = p.tp(office(p, fam), "email", "message", words["mild"], "Lentara Lavoro")
                p.truth.update(persona="b2b_mild", mild_event_id=hit)
        fam.accounts[account] = info
    return fam


PAIRS = (
    ("it", "en"),
    ("en", "it"),
    ("it", "fr"),
    ("fr", "de"),
    ("de", "es"),
    ("es", "pt"),
    ("pt", "it"),
    ("en", "fr"),
)


def bilingual(seed: int) -> Family:
    fam = Family(
        "bilingual",
        "BL",
        datetime(2026, 6, 10, tzinfo=UTC),
        12,
        seed,
        "customers who write in two languages: happy, repeat contacts, slow "
        "churners, one bad day in the second language, a problem fixed between contacts",
    )
    for i in range(76):
        a, b = PAIRS[i % len(PAIRS)]

        def alt(k: int, a: str = a, b: str = b) -> str:
            return a if k % 2 == 0 else b

        if i < 40:
            p = fam.person(a, "happy", languages=[a, b])
            days = sorted(p.rng.uniform(0, 12) for _ in range(p.rng.randint(6, 9)))
            for k, d in enumerate(days):
                p.happy_act(daytime(p, fam.day(int(d))), lang=alt(k))
        elif i < 54:
            p = fam.person(
                a,
                "repeat_contact",
                languages=[a, b],
                expected_rules=["repeat_contact"],
                tolerated_rules=REPEAT_TOLERATED,
            )
            for k, d in enumerate(sorted(p.rng.uniform(0, 12) for _ in range(3))):
                p.happy_act(daytime(p, fam.day(int(d))), lang=alt(k))
            problem = PROBLEMS[i % len(PROBLEMS)]
            n = (2, 3, 4)[i % 3]
            at = daytime(p, fam.day(p.rng.uniform(1, 6)))
            repeat_story(p, at, problem, n, 30, alt, ack=False, restate=(1,) if i % 2 == 0 else ())
        elif i < 64:
            p = fam.person(
                a,
                "slow_churner",
                languages=[a, b],
                expected_rules=["sentiment_drop"],
                tolerated_rules=SLIDER_TOLERATED,
            )
            for k, d in enumerate(sorted(p.rng.uniform(0, 5) for _ in range(5))):
                p.happy_act(daytime(p, fam.day(int(d))), lang=alt(k))
            span = (3, 4, 5)[i % 3]
            steps = slide(p, fam, p.rng.uniform(5.5, 6.5), span, lang_of_step=alt)
            p.truth.update(slide_event_ids=steps, slide_days=span)
        elif i < 71:
            p = fam.person(a, "happy_one_bad_day", languages=[a, b])
            for k, d in enumerate(sorted(p.rng.uniform(0, 12) for _ in range(p.rng.randint(5, 7)))):
                p.happy_act(daytime(p, fam.day(int(d))), lang=alt(k))
            problem = PROBLEMS[i % len(PROBLEMS)]
            at = daytime(p, fam.day(p.rng.randint(2, 10)))
            hit = p.complain(at, problem, lang=b)
            p.truth.update(problem=problem, bad_day_at=at, bad_day_event_id=hit)
        else:
            p = fam.person(
                a, "resolved_between_contacts", languages=[a, b], tolerated_rules=["silence"]
            )
            for k, d in enumerate(sorted(p.rng.uniform(0, 12) for _ in range(4))):
                p.happy_act(daytime(p, fam.day(int(d))), lang=alt(k))
            problem = PROBLEMS[i % len(PROBLEMS)]
            at = daytime(p, fam.day(p.rng.uniform(1, 8)))
            resolved_story(p, at, problem, 12, a, b)
    return fam


def topic_spike(seed: int) -> Family:
    fam = Family(
        "topic_spike",
        "TS",
        datetime(2026, 9, 7, tzinfo=UTC),
        7,
        seed,
        "a calm week plus one planted spike: parcels marked delivered but never "
        "arrived (Thu 10 Sep 2026, 14:04-14:46 UTC)",
    )
    calm: list[Person] = []
    for i in range(300):
        grumble = i % 10 == 7
        p = fam.person(lang_of(fam, i), "grumbles_once" if grumble else "happy")
        scatter(p, fam, p.rng.randint(1, 4), 0, 7)
        if grumble:
            problem = PROBLEMS[i % len(PROBLEMS)]
            hit = p.complain(daytime(p, fam.day(p.rng.randrange(7))), problem)
            p.truth.update(problem=problem, grumble_event_id=hit)
        else:
            calm.append(p)
    for d, p in ((0, calm[5]), (1, calm[40])):
        p.truth["persona"] = "grumbles_once"
        at = p.local(fam.day(d), 17.3 + d)
        hit = p.tp(
            at, "email", "message", p.rng.choice(p.w["spike"]).replace("{o}", p.order), p.order
        )
        p.truth.update(problem="marked_delivered", grumble_event_id=hit)
    regulars = [p for p in calm[60:] if p.truth["persona"] == "happy"][::9][:24]
    reporters = regulars + [fam.person(lang_of(fam, i + 2), "spike_reporter") for i in range(14)]
    rng = fam.rng
    first_reports: list[TP] = []
    repeats: list[TP] = []
    spike_start = fam.day(3) + timedelta(hours=14, minutes=4)
    channels = ("email", "chat", "social", "web", "community", "phone")
    for k, p in enumerate(reporters):
        p.truth.update(persona="spike_reporter", in_spike=True, tolerated_rules=["silence"])
        at = spike_start + timedelta(minutes=rng.uniform(0, 42))
        channel = channels[k % len(channels)]
        line = rng.choice(p.w["spike"]).replace("{o}", p.order)
        hit = p.tp(
            at,
            channel,
            {"web": "ticket", "phone": "call", "chat": "chat", "email": "message"}.get(
                channel, "post"
            ),
            line,
            p.order if channel == "email" else None,
        )
        first_reports.append(hit)
        p.truth["spike_event_id"] = hit
        if k % 4 == 1 and len(repeats) < 10:
            other = channels[(k + 2) % len(channels)]
            again = p.tp(
                at + timedelta(minutes=rng.uniform(25, 90)),
                other,
                {"web": "ticket", "phone": "call", "chat": "chat", "email": "message"}.get(
                    other, "post"
                ),
                rng.choice(p.w["spike_again"]),
                WORDS[p.lang]["reply_prefix"] + p.order if other == "email" else None,
            )
            repeats.append(again)
            p.truth.update(
                persona="spike_repeater",
                repeat_event_id=again,
                expected_rules=["repeat_contact"],
                tolerated_rules=["sentiment_drop", "silence"],
            )
        elif k % 4 == 3:
            p.agent(at + timedelta(hours=rng.uniform(2.5, 3.5)), "agent_ack")
    first_reports.sort(key=lambda t: t.at)
    fam.spike = {
        "topic": "delivery",
        "about": "the courier marked a whole batch of parcels delivered at 13:58 UTC; they "
        "never arrived (the author's words: parcel marked delivered, not received)",
        "channel": None,
        "start": first_reports[0].at,
        "end": first_reports[-1].at,
        "customers": len(reporters),
        "event_ids": first_reports,
        "repeat_event_ids": sorted(repeats, key=lambda t: t.at),
    }
    return fam
