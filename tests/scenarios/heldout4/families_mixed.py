"""Business accounts with several contacts, and customers who write in two languages."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import personas as ps
import wording_b2b as wb
import wording_life as life
import wording_problems as wp
from families_b2c import ANGRY_TOLERATED, PROBLEM_NAMES
from people import Person
from scenario import Scenario, iso

COMPANIES = (
    ("pt", "Padaria Estrela", "ESTRELA"),
    ("pt", "Hotel Mar Azul", "MARAZUL"),
    ("pt", "Talho Central", "TALHO"),
    ("pt", "Farmacias Vida", "VIDA"),
    ("pt", "Cafe Luar", "LUAR"),
    ("pt", "Minimercados Sol", "MINISOL"),
    ("pt", "Oficina Rodas", "RODAS"),
    ("es", "Hoteles Brisamar", "BRISAMAR"),
    ("es", "Panaderias Trigo", "TRIGO"),
    ("es", "Gimnasios Forma", "FORMA"),
    ("es", "Lavanderias Nube", "NUBE"),
    ("es", "Bodegas Ribera", "RIBERA"),
    ("es", "Clinica Dental Sonrisa", "SONRISA"),
    ("es", "Frutas Huerta", "HUERTA"),
    ("it", "Trattorie Da Nino", "DANINO"),
    ("it", "Gelaterie Polo", "POLO"),
    ("it", "Ottica Visione", "VISIONE"),
    ("it", "Tipografia Grafo", "GRAFO"),
    ("it", "Hotel Lago Blu", "LAGOBLU"),
    ("it", "Pasticceria Dolce", "DOLCE"),
    ("de", "Bäckerei Huber", "HUBER"),
    ("de", "Autohaus Brenner", "BRENNER"),
    ("de", "Hotel Alpenblick", "ALPENBLICK"),
    ("de", "Metzgerei Wolf", "METZWOLF"),
    ("de", "Kita Sonnenschein", "SONNE"),
    ("fr", "Boulangeries Martin", "BOULMARTIN"),
    ("fr", "Pressing Eclat", "ECLAT"),
    ("fr", "Brasserie du Port", "BRASPORT"),
    ("fr", "Garage Leroy", "GARLEROY"),
    ("en", "Algarve Golf Resorts", "ALGOLF"),
    ("en", "Costa Sunset Villas", "SUNSET"),
    ("en", "Lagos Dive Centre", "DIVE"),
    ("pt", "Lavandaria Espuma", "ESPUMA"),
    ("es", "Taller Motor", "MOTOR"),
    ("it", "Ferramenta Bulloni", "BULLONI"),
    ("de", "Blumen Lindner", "LINDNER"),
)
ROLES = ("owner", "finance", "store_manager", "facilities", "operations")
B2B_PROBLEMS = sorted(wb.B2B_PROBLEMS)


def b2b_day(sc: Scenario, p: Person, day: int) -> Any:
    """A weekday in business hours (the offices are closed at weekends)."""
    while sc.weekday(day) >= 5:
        day += 1
    return sc.local(p, day, sc.rng.uniform(8.5, 18.5))


def b2b_happy(sc: Scenario, p: Person, n: int, first_day: int = 0, last_day: int = 14) -> None:
    """Routine business contacts: praise of reports, one question, high NPS, portal visits."""
    rng = sc.rng
    asked = False
    for _ in range(n):
        at = b2b_day(sc, p, rng.randrange(first_day, max(first_day + 1, last_day)))
        roll = rng.random()
        if roll < 0.7 and not asked and roll >= 0.45:
            asked = True
        elif 0.45 <= roll < 0.7:
            roll = 0.9
        if roll < 0.45:
            ps.contact(
                sc,
                p,
                at,
                rng.choice(("email", "web")),
                rng.choice(wb.B2B_HAPPY[p.lang]),
                p.lang,
                subject="Relatorio" if p.lang == "pt" else "Report",
            )
        elif roll < 0.7:
            ps.contact(sc, p, at, "email", wb.B2B_QUESTION[p.lang], p.lang, subject="2025")
            sc.add(
                p,
                at + timedelta(hours=rng.uniform(1, 5)),
                "email",
                "message",
                {
                    "pt": "Em anexo, cumprimentos.",
                    "es": "Adjuntas, saludos.",
                    "it": "In allegato, cordiali saluti.",
                    "de": "Anbei, viele Grüße.",
                    "fr": "Ci-joint, cordialement.",
                    "en": "Attached, kind regards.",
                }[p.lang],
                outbound=True,
            )
        elif roll < 0.85:
            sc.add(p, at, "survey", "survey_response", None, nps=rng.choice((8, 9, 10)))
        else:
            sc.add(p, at, "web", "page_view", None, attributes={"page": "/empresas/faturas"})


def b2b_complaint(sc: Scenario, p: Person, problem: str, at: Any, *, again: bool) -> list[str]:
    rng = sc.rng
    words = wb.B2B_PROBLEMS[problem][p.lang]
    channel = rng.choice(("email", "email", "phone", "web", "chat"))
    ids = [ps.contact(sc, p, at, channel, words["complaint"], p.lang, subject=words["thing"][:50])]
    if again:
        later = sc.later(p, at, rng.uniform(20, 50))
        text = rng.choice(wp.SECOND_TIME[p.lang]).format(thing=words["thing"], first=p.first)
        ids.append(
            ps.contact(
                sc,
                p,
                later,
                ps.next_channel(sc, p, channel),
                text,
                p.lang,
                subject=ps.REPLY_PREFIX[p.lang] + words["thing"][:50],
            )
        )
    return ids


def b2b_accounts(seed: int) -> Scenario:
    sc = Scenario(
        "b2b_accounts", "business accounts with several contacts", date(2026, 3, 16), 15, seed
    )
    rng = sc.rng
    kinds = ["at_risk"] * 10 + ["one_unhappy"] * 8 + ["two_unhappy"] * 4 + ["one_after_another"] * 3
    kinds += ["happy"] * (len(COMPANIES) - len(kinds))
    rng.shuffle(kinds)
    for (lang, company, slug), kind in zip(COMPANIES, kinds, strict=True):
        account_id = f"NEG-{lang.upper()}-{rng.randrange(1000, 9999)}-{slug}"
        size = rng.randint(3, 9) if kind != "at_risk" else rng.randint(4, 9)
        contacts = [
            sc.person(lang, "b2b_happy", handle=False, account_id=account_id) for _ in range(size)
        ]
        unhappy = {
            "at_risk": rng.randint(3, min(5, size)),
            "one_unhappy": 1,
            "two_unhappy": 2,
            "one_after_another": 2,
            "happy": 0,
        }[kind]
        same = rng.random() < 0.7
        problem = rng.choice(B2B_PROBLEMS)
        start_day = rng.randrange(2, 8)
        account: dict[str, Any] = {
            "company": company,
            "contacts": [p.key for p in contacts],
            "kind": kind,
            "expected_rules": [],
            "tolerated_rules": [],
        }
        unhappy_keys: list[str] = []
        for j, p in enumerate(contacts):
            p.info.update({"company": company, "role": rng.choice(ROLES)})
            if j >= unhappy:
                b2b_happy(sc, p, rng.randint(2, 6))
            elif kind == "one_after_another":
                b2b_happy(sc, p, rng.randint(1, 3), 0, 1 + 8 * j)
            else:
                # Routine before the trouble; afterwards only portal visits.
                b2b_happy(sc, p, rng.randint(1, 4), 0, start_day)
                for _ in range(rng.randint(0, 2)):
                    sc.add(
                        p,
                        b2b_day(sc, p, rng.randrange(start_day + 1, 14)),
                        "web",
                        "page_view",
                        None,
                        attributes={"page": "/empresas/faturas"},
                    )
        for j, p in enumerate(contacts[:unhappy]):
            p.persona = "b2b_one_unhappy" if kind == "one_unhappy" else "b2b_unhappy"
            p.tolerated |= ANGRY_TOLERATED | {"sentiment_drop"}
            this = problem if same or j == 0 else rng.choice(B2B_PROBLEMS)
            if kind == "one_after_another":
                at = b2b_day(sc, p, 1 + 8 * j)
                words = wb.B2B_PROBLEMS[this][p.lang]
                ids = [
                    ps.contact(
                        sc, p, at, "email", words["complaint"], p.lang, subject=words["thing"][:50]
                    )
                ]
                fixed = rng.choice(wp.FIXED[p.lang]).format(thing=words["thing"], first=p.first)
                ps.contact(
                    sc,
                    p,
                    sc.later(p, at, rng.uniform(20, 40)),
                    "email",
                    fixed,
                    p.lang,
                    subject=ps.REPLY_PREFIX[p.lang] + words["thing"][:50],
                )
            else:
                at = sc.local(p, start_day + rng.choice((0, 0, 1, 2, 3, 4, 5)), rng.uniform(7, 21))
                again = (kind == "at_risk" and j % 3 == 1) or (
                    kind == "one_unhappy" and rng.random() < 0.5
                )
                ids = b2b_complaint(sc, p, this, at, again=again)
                if again:
                    p.expected.add("repeat_contact")
                if rng.random() < 0.4:
                    nps = rng.choice((0, 1, 2, 3, 4, 5, 6))
                    sc.add(
                        p,
                        sc.later(p, at, rng.uniform(20, 40)),
                        "survey",
                        "survey_response",
                        rng.choice((None, "pessimo", "bad", "nein")),
                        nps=nps,
                    )
                    p.expected.add("detractor")
                    p.info["nps_given"] = nps
            p.info.update(
                {"problem": this, "complaint_event_ids": ids, "trouble_starts_at": iso(at)}
            )
            unhappy_keys.append(p.key)
        if kind == "at_risk":
            account["expected_rules"] = ["account_risk"]
            account["trouble_starts_at"] = iso(sc.start + timedelta(days=start_day))
            for p in contacts:
                p.tolerated.add("account_risk")
        elif kind in ("two_unhappy", "one_after_another"):
            account["tolerated_rules"] = ["account_risk"]
            for p in contacts:
                p.tolerated.add("account_risk")
        account.update(
            {
                "unhappy_contacts": len(unhappy_keys),
                "at_risk": kind == "at_risk",
                "unhappy_contact_keys": unhappy_keys,
                "same_problem": same,
            }
        )
        sc.accounts[account_id] = account
    return sc


PAIRS = (("pt", "es"), ("it", "de"), ("fr", "it"), ("en", "pt"), ("de", "en"), ("es", "fr"))


def bilingual(seed: int) -> Scenario:
    sc = Scenario("bilingual", "customers who write in two languages", date(2026, 3, 23), 12, seed)
    rng = sc.rng

    def person(persona: str, i: int) -> Person:
        pair = PAIRS[i % len(PAIRS)]
        p = sc.person(pair[0], persona, habit=rng.choice(("day", "day", "evening", "night")))
        p.langs = pair
        return p

    for i in range(28):
        p = person("happy", i)
        ps.happy_life(sc, p, 0, 12, rng.randint(8, 14))
        if i < 8:
            line = life.CODE_SWITCH[(p.langs[0], p.langs[1])]
            ps.contact(sc, p, sc.moment(p, rng.randrange(12)), "chat", line, p.lang)
            p.info["code_switches"] = True
    for i in range(10):
        p = person("happy", i)
        p.info["style"] = "one_word_surveys"
        ps.happy_life(sc, p, 0, 12, rng.randint(4, 7))
        for _ in range(rng.randint(3, 5)):
            sc.add(
                p,
                sc.moment(p, rng.randrange(12)),
                "survey",
                "survey_response",
                rng.choice(life.ONE_WORD),
                csat=rng.choice((4, 5)),
            )
    for i in range(16):
        p = person("repeat_contact", i)
        p.expected.add("repeat_contact")
        p.tolerated |= ANGRY_TOLERATED | {"sentiment_drop"}
        contacts = (2, 3, 3, 4)[i % 4]
        start_day = rng.randrange(1, 8)
        ps.happy_life(sc, p, 0, start_day, rng.randint(2, 4))
        p.info.update(
            ps.problem_thread(
                sc, p, rng.choice(PROBLEM_NAMES), contacts, sc.moment(p, start_day), max_gap_h=30.0
            )
        )
        if i % 5 == 3:
            last = next(pt.at for pt in sc.points if pt.event_id == p.info["problem_event_ids"][-1])
            eid = ps.contact(
                sc,
                p,
                sc.later(p, last, rng.uniform(3, 20)),
                "email",
                life.MIXED_COMPLAINT[(p.langs[0], p.langs[1])],
                p.lang,
                subject="RE: RE: Lumeo",
            )
            p.info["problem_event_ids"].append(eid)
            p.info["contacts"] += 1
            p.info["ends_mixed"] = True
    for i in range(14):
        p = person("slow_churner", i)
        p.expected.add("sentiment_drop")
        p.tolerated |= ANGRY_TOLERATED | {"repeat_contact"}
        ps.happy_life(sc, p, 0, 4, rng.randint(5, 8))
        start_day = rng.randrange(4, 6)
        p.info.update(
            ps.slide(sc, p, sc.moment(p, start_day), rng.uniform(48, 150), rng.randint(5, 7))
        )
        if i % 4 == 0:
            nps = rng.choice((2, 3, 4, 5))
            sc.add(p, sc.moment(p, 11), "survey", "survey_response", None, nps=nps)
            p.expected.add("detractor")
            p.info["nps_given"] = nps
    for i in range(10):
        p = person("happy_one_bad_day", i)
        ps.happy_life(sc, p, 0, 12, rng.randint(6, 10))
        p.info.update(ps.bad_day(sc, p, rng.randrange(2, 10), rng.choice(PROBLEM_NAMES)))
    for i in range(8):
        p = person("happy_one_sarcastic_remark", i)
        ps.happy_life(sc, p, 0, 12, rng.randint(6, 10))
        lang = ps.lang_of(sc, p)
        ps.contact(sc, p, sc.moment(p, rng.randrange(12)), "social", life.SARCASM[lang][0], lang)
    for i in range(10):
        p = person("resolved_between_contacts", i)
        first, second = rng.sample(PROBLEM_NAMES, 2)
        done = ps.fixed_problem(sc, p, first, sc.moment(p, rng.randrange(0, 5)))
        ps.fixed_problem(sc, p, second, sc.later(p, done, rng.uniform(30, 80)))
        p.info.update({"problem": first, "second_problem": second})
    for i in range(8):
        p = person("steadily_grumpy", i)
        p.tolerated |= {"repeat_contact", "silence"}
        ps.grumpy_life(sc, p, 0, 12, rng.randint(6, 10))
    for i in range(8):
        p = person("different_problems", i)
        problems = rng.sample(PROBLEM_NAMES, 2)
        at = sc.moment(p, rng.randrange(0, 8))
        for problem in problems:
            lang = ps.lang_of(sc, p)
            words = wp.PROBLEMS[problem][lang]
            ps.contact(
                sc,
                p,
                at,
                ps.next_channel(sc, p, None),
                rng.choice(words["complaints"]),
                lang,
                subject=str(words["subject"]),
            )
            at = sc.later(p, at, rng.uniform(8, 40))
        p.info["problems"] = problems
    return sc
