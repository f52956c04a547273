# ruff: noqa: E501
"""Build heldout212 (Golfrano, indoor golf-simulator bays): every family's JSONL and truth.

Standard library only, fixed seed, one random.Random per family. Run from anywhere.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from random import Random
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as w  # noqa: E402

SEED = 20261206
BRAND = "Golfrano"
COMPS = ("Birdivo", "Fairtaco")
CODE = "BSR-744"
WRITTEN = "2026-12-06"
BUSINESS = "Golfrano: indoor golf-simulator bays and lessons by app and web, Golfrano Club membership; Golfrano Corporate: team events on account (portal, invoices)"

FIRST: dict[str, list[str]] = {
    "fr": [
        "Camille",
        "Julien",
        "Manon",
        "Thomas",
        "Chloé",
        "Nicolas",
        "Léa",
        "Mathieu",
        "Inès",
        "Antoine",
        "Sarah",
        "Hugo",
        "Pauline",
        "Romain",
        "Élodie",
        "Bastien",
    ],
    "es": [
        "Lucía",
        "Javier",
        "Marta",
        "Sergio",
        "Carmen",
        "Pablo",
        "Elena",
        "Álvaro",
        "Nuria",
        "Diego",
        "Irene",
        "Raúl",
        "Sofía",
        "Andrés",
        "Paula",
        "Iván",
    ],
    "en": ["Emma", "Oliver", "Grace", "Harry", "Megan", "Liam", "Chloe", "Jack"],
    "de": ["Lena", "Jonas", "Anna", "Felix", "Laura", "Moritz", "Julia", "Tobias"],
    "it": ["Giulia", "Marco", "Chiara", "Luca", "Sara", "Matteo", "Elisa", "Davide"],
    "pt": ["Inês", "Tiago", "Beatriz", "Rui", "Marta", "João", "Catarina", "Pedro"],
}
LAST: dict[str, list[str]] = {
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Lefèvre",
        "Moreau",
        "Girard",
        "Roux",
        "Fournier",
        "Mercier",
        "Blanc",
        "Garnier",
        "Chevalier",
    ],
    "es": [
        "García",
        "Martínez",
        "López",
        "Sánchez",
        "Romero",
        "Navarro",
        "Torres",
        "Ruiz",
        "Molina",
        "Ortega",
        "Castro",
        "Delgado",
    ],
    "en": ["Smith", "Walsh", "Hughes", "Clarke", "Byrne", "Evans"],
    "de": ["Müller", "Schneider", "Weber", "Becker", "Hoffmann", "Krause"],
    "it": ["Rossi", "Bianchi", "Ferrari", "Romano", "Greco", "Conti"],
    "pt": ["Silva", "Santos", "Ferreira", "Costa", "Oliveira", "Pereira"],
}
MARKETS: dict[str, list[str]] = {
    "fr": ["FR", "FR", "BE", "CH"],
    "es": ["ES", "ES", "ES"],
    "en": ["UK", "IE"],
    "de": ["DE", "AT", "CH"],
    "it": ["IT"],
    "pt": ["PT"],
}
TOWNS: dict[str, list[str]] = {
    "fr": ["Lyon", "Nantes", "Lille"],
    "es": ["Valencia", "Sevilla", "Bilbao"],
    "en": ["Leeds"],
    "de": ["Köln"],
    "it": ["Torino"],
    "pt": ["Porto"],
}
PHONE: dict[str, tuple[str, str, int]] = {
    "FR": ("+33", "6", 8),
    "BE": ("+32", "47", 7),
    "CH": ("+41", "79", 7),
    "ES": ("+34", "6", 8),
    "UK": ("+44", "7", 9),
    "IE": ("+353", "8", 8),
    "DE": ("+49", "15", 9),
    "AT": ("+43", "66", 8),
    "IT": ("+39", "3", 9),
    "PT": ("+351", "9", 8),
}
LANG_W = ("fr",) * 30 + ("es",) * 30 + ("en", "de", "it", "pt") * 10
CUSTOMER_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
AGENTS = ("Nadia", "Carlos", "Ben", "Svenja", "Paolo", "Rita")
SUBJ: dict[str, str] = {
    "fr": "Réclamation : ",
    "es": "Reclamación: ",
    "en": "Complaint: ",
    "de": "Beschwerde: ",
    "it": "Reclamo: ",
    "pt": "Reclamação: ",
}
RE: dict[str, str] = {
    "fr": "RE : Dossier ",
    "es": "RE: Incidencia ",
    "en": "Re: Your case ",
    "de": "AW: Vorgang ",
    "it": "R: Pratica ",
    "pt": "RE: Processo ",
}
USED: set[str] = set()
B2B_TOPIC: dict[str, dict[str, str]] = {
    "invoice": {
        "fr": "factures",
        "es": "facturas",
        "en": "invoices",
        "de": "Rechnungen",
        "it": "fatture",
        "pt": "faturas",
    },
    "portal": {
        "fr": "portail entreprise",
        "es": "portal de empresa",
        "en": "business portal",
        "de": "Firmenportal",
        "it": "portale aziende",
        "pt": "portal empresas",
    },
}
SIM: dict[str, str] = {
    "fr": "simulateur",
    "es": "simulador",
    "en": "simulator",
    "de": "Simulator",
    "it": "simulatore",
    "pt": "simulador",
}


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    first: str
    last: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    truth: dict[str, Any] = field(default_factory=dict)


@dataclass
class Row:
    t: datetime
    eid: str
    c: Cust
    channel: str
    kind: str
    direction: str
    text: str | None
    subject: str | None
    scores: dict[str, int | None]
    attrs: dict[str, str]


@dataclass
class Fam:
    name: str
    code: str
    n: int
    start: datetime
    days: int
    about: str
    rng: Random = field(init=False)
    rough: Random = field(init=False)
    rows: list[Row] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    count: int = 0

    def __post_init__(self) -> None:
        self.rng = Random(SEED * 100 + self.n)
        self.rough = Random(SEED * 100 + 50 + self.n)


def strip_accents(s: str) -> str:
    out = []
    for ch in s:
        if ch in "ñÑß":
            out.append(ch)
            continue
        out.append(
            "".join(x for x in unicodedata.normalize("NFD", ch) if unicodedata.category(x) != "Mn")
        )
    return "".join(out)


def roughen(f: Fam, text: str) -> str:
    r = f.rough
    if r.random() < 0.1:
        text = strip_accents(text)
    if r.random() < 0.125 and text[:1].isupper() and not text[1:2].isupper():
        text = text[0].lower() + text[1:]
    if r.random() < 1 / 7:
        words = [
            i for i, x in enumerate(text.split(" ")) if len(x) > 4 and x.isalpha() and x.islower()
        ]
        if words:
            parts = text.split(" ")
            i = r.choice(words)
            x = parts[i]
            j = r.randrange(1, len(x) - 2)
            parts[i] = x[:j] + x[j + 1] + x[j] + x[j + 2 :]
            text = " ".join(parts)
    return text


def uniq(make: Any) -> str:
    while True:
        v = str(make())
        if v not in USED:
            USED.add(v)
            return v


def person(
    f: Fam,
    lang: str,
    persona: str,
    habit: str,
    expected: list[str],
    tolerated: list[str],
    handle: bool = True,
    account: str | None = None,
    market: str | None = None,
    domain: str | None = None,
) -> Cust:
    r = f.rng
    first, last = r.choice(FIRST[lang]), r.choice(LAST[lang])
    mk = market or r.choice(MARKETS[lang])
    key = uniq(lambda: f"GF{f.code}{r.randrange(1000, 10000)}")
    base = (
        strip_accents(f"{first}.{last}")
        .lower()
        .replace(" ", "")
        .replace("ñ", "n")
        .replace("ß", "ss")
    )
    email = uniq(
        lambda: (
            f"{base}{r.randrange(1, 99)}@{domain or r.choice(['mailo', 'correo', 'postbox', 'webmail'])}.example"
        )
    )
    cc, pre, ln = PHONE[mk]
    phone = uniq(lambda: cc + pre + "".join(str(r.randrange(10)) for _ in range(ln)))
    hd = (
        uniq(
            lambda: (
                "@"
                + r.choice(
                    [
                        f"{base.replace('.', '_')}{r.randrange(1, 99)}",
                        f"{first[0]}{last}{r.randrange(10, 99)}",
                    ]
                ).lower()
            )
        )
        if handle and not account
        else None
    )
    if hd is not None:
        hd = strip_accents(hd).replace("ñ", "n").replace("ß", "ss")
    c = Cust(key, lang, mk, first, last, email, phone, hd, account)
    c.truth = {
        "identifiers": {
            "customer_id": key,
            "email": email,
            "phone": phone,
            "handle": hd,
            "account_id": account,
        },
        "expected_rules": expected,
        "tolerated_rules": tolerated,
        "persona": persona,
        "habit": habit,
        "language": lang,
        "country": mk,
        "segment": "b2b" if account else "consumer",
        "name": f"{first} {last}",
    }
    f.custs[key] = c
    return c


def add(
    f: Fam,
    c: Cust,
    t: datetime,
    channel: str,
    kind: str,
    text: str | None = None,
    direction: str = "inbound",
    subject: str | None = None,
    scores: dict[str, int | None] | None = None,
    attrs: dict[str, str] | None = None,
    rough: bool = True,
) -> str:
    f.count += 1
    eid = f"h212-{f.code.lower()}-{f.count:05d}"
    if text is not None:
        text = text.replace("{code}", CODE)
        if direction == "inbound" and rough and channel not in ("phone", "survey"):
            text = roughen(f, text)
    a = {"market": c.market}
    if c.account:
        a["segment"] = "b2b"
    if direction == "outbound":
        a["agent"] = f.rng.choice(AGENTS)
    a.update(attrs or {})
    f.rows.append(
        Row(
            t,
            eid,
            c,
            channel,
            kind,
            direction,
            text,
            subject,
            scores or {"nps": None, "csat": None, "ces": None},
            a,
        )
    )
    return eid


def day(f: Fam, d: int, lo: float, hi: float) -> datetime:
    return f.start + timedelta(days=d, minutes=f.rng.randrange(int(lo * 60), int(hi * 60)))


def mins(t: datetime, lo: int, hi: int, rng: Random) -> datetime:
    return t + timedelta(minutes=rng.randrange(lo, hi + 1))


def out_of_night(t: datetime, rng: Random) -> datetime:
    if t.hour >= 22 or t.hour < 7:
        base = t.replace(hour=8, minute=0) + (timedelta(days=1) if t.hour >= 22 else timedelta())
        return base + timedelta(minutes=rng.randrange(0, 60))
    return t


def pick(r: Random, table: dict[str, list[str]], lang: str) -> str:
    return r.choice(table[lang])


def brand(text: str, channel: str) -> str:
    if channel != "social":
        return text
    if BRAND in text:
        i = text.rfind(BRAND)
        return text[:i] + "@" + text[i:]
    return "@" + BRAND + " " + text


def happy_act(f: Fam, c: Cust, t: datetime, surveys: bool = True) -> None:
    r = f.rng
    town = r.choice(TOWNS[c.lang])
    kinds = ["praise", "gripe", "question", "purchase", "view"] + (["survey"] if surveys else [])
    k = r.choice(kinds)
    if k == "praise":
        text = pick(r, w.PRAISE, c.lang).replace("{town}", town)
        if c.handle and r.random() < 0.7:
            ch = r.choice(["social", "community"])
            add(f, c, t, ch, "mention" if ch == "social" else "post", brand(text, ch))
        else:
            add(f, c, t, "web", "review", text, attrs={"rating": "5", "page": "/reviews"})
    elif k == "gripe":
        add(
            f,
            c,
            t,
            "web",
            "review",
            pick(r, w.GRIPE_PRAISE, c.lang),
            attrs={"rating": "4", "page": "/reviews"},
        )
    elif k == "question":
        add(f, c, t, "chat", "chat", pick(r, w.QUESTION, c.lang).replace("{town}", town))
        t2 = mins(t, 1, 6, r)
        add(f, c, t2, "chat", "chat", pick(r, w.ANSWER, c.lang), direction="outbound")
        if r.random() < 0.6:
            add(f, c, mins(t2, 1, 4, r), "chat", "chat", pick(r, w.THANKS, c.lang))
    elif k == "purchase":
        prod, val = r.choice(w.PRODUCTS)
        add(f, c, t, "web", "page_view", attrs={"page": "/book"})
        cur = {"UK": "GBP", "CH": "CHF"}.get(c.market, "EUR")
        add(
            f,
            c,
            mins(t, 2, 9, r),
            "web",
            "purchase",
            attrs={"order_value": val, "currency": cur, "product": prod, "page": "/checkout"},
        )
    elif k == "view":
        add(
            f, c, t, "web", "page_view", attrs={"page": r.choice(["/centres", "/lessons", "/club"])}
        )
    else:
        s = r.choice(["nps", "csat", "ces"])
        val = {"nps": r.choice([9, 10]), "csat": r.choice([4, 5]), "ces": r.choice([6, 7])}[s]
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        sc[s] = val
        add(
            f,
            c,
            t,
            "survey",
            "survey_response",
            pick(r, w.SURVEY_WORD, c.lang) or None,
            scores=sc,
            attrs={"survey": s},
        )


def happy_days(
    f: Fam, c: Cust, n: int, days: list[int], lo: float = 8, hi: float = 20, surveys: bool = True
) -> None:
    for d in sorted(f.rng.sample(days, min(n, len(days)))):
        happy_act(f, c, day(f, d, lo, hi), surveys)


def case_ref(f: Fam) -> str:
    return uniq(lambda: f"GF-{f.rng.randrange(100000, 1000000)}")


def complain(
    f: Fam, c: Cust, t: datetime, problem: str, channel: str, case: str | None, long: bool = False
) -> str:
    r = f.rng
    lang = c.lang
    short = pick(r, w.SHORT[problem], lang)
    subj = SUBJ[lang] + w.TOPIC[problem][lang]
    if long:
        return add(
            f,
            c,
            t,
            "email",
            "message",
            w.LONG[lang][0].replace("{problem}", short).replace("{name}", c.first),
            subject=subj,
        )
    if channel == "email":
        return add(f, c, t, "email", "message", short, subject=subj)
    if channel == "phone":
        return add(
            f, c, t, "phone", "call", w.CALL[lang][0].replace("{problem_l}", strip_punct(short))
        )
    if channel == "chat":
        return add(f, c, t, "chat", "chat", short)
    if channel == "social":
        return add(f, c, t, "social", "mention", brand(short, "social"))
    return add(f, c, t, "web", "ticket", short, attrs={"page": "/help"})


def strip_punct(s: str) -> str:
    keep = "".join(ch for ch in s if ch.isalnum() or ch in " '-€£")
    words = [x if any(d.isdigit() for d in x) or x == CODE else x.lower() for x in keep.split()]
    return " ".join(words)


def agent(f: Fam, c: Cust, t: datetime, channel: str, text: str, case: str | None) -> str:
    t = out_of_night(t, f.rng)
    subj = RE[c.lang] + case if case and channel == "email" else None
    return add(
        f,
        c,
        t,
        channel,
        "chat" if channel == "chat" else "message",
        text,
        direction="outbound",
        subject=subj,
    )


def fill(s: str, c: Cust, case: str = "", comp: str = "") -> str:
    return s.replace("{first}", c.first).replace("{case}", case).replace("{comp}", comp)


# ---------------------------------------------------------------- families --
def happy_writers(f: Fam) -> None:
    r = f.rng
    for _ in range(16):
        c = person(f, r.choice(LANG_W), "happy", "day writer", [], [])
        happy_days(f, c, r.randint(5, 8), list(range(10)), 7, 19)
    for _ in range(5):
        c = person(f, r.choice(LANG_W), "happy", "night writer", [], [])
        for d in sorted(r.sample(range(9), r.randint(2, 3))):
            t = f.start + timedelta(days=d, hours=22, minutes=r.randrange(12, 360))
            if c.handle and r.random() < 0.5:
                add(f, c, t, "social", "mention", brand(pick(r, w.NIGHT_POST, c.lang), "social"))
            else:
                add(f, c, t, "chat", "chat", pick(r, w.NIGHT_Q, c.lang))
                t2 = mins(t, 2, 8, r)
                add(f, c, t2, "chat", "chat", pick(r, w.NIGHT_A, c.lang), direction="outbound")
                add(f, c, mins(t2, 1, 4, r), "chat", "chat", pick(r, w.THANKS, c.lang))
        happy_days(f, c, r.randint(2, 3), list(range(10)), 9, 18)
    for _ in range(5):
        c = person(f, r.choice(LANG_W), "happy", "answers surveys", [], [], handle=False)
        for d in sorted(r.sample(range(10), r.randint(3, 6))):
            s = r.choice(["nps", "csat", "ces"])
            sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
            sc[s] = {"nps": r.choice([9, 10]), "csat": r.choice([4, 5]), "ces": r.choice([6, 7])}[s]
            add(
                f,
                c,
                day(f, d, 8, 20),
                "survey",
                "survey_response",
                pick(r, w.SURVEY_WORD, c.lang) or None,
                scores=sc,
                attrs={"survey": s},
            )


def one_bad_day(f: Fam) -> None:
    r = f.rng
    plan = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    probs = ["double_charge", "bay_given_away", "wrong_price"] * 8
    with_case = [i for i, p in enumerate(plan) if p != "social"]
    det = set(r.sample(with_case, 6))
    csat = set(r.sample([i for i in with_case if i not in det], 5))
    fixed = set(r.sample(with_case, 12))
    apol = set(r.sample(sorted(fixed), 5))
    for i, ch in enumerate(plan):
        lang = r.choice(["fr", "es"]) if ch == "long" else r.choice(LANG_W)
        persona = "bad_day_detractor" if i in det else "happy_one_bad_day"
        c = person(
            f,
            lang,
            persona,
            "one bad day",
            ["detractor"] if i in det else [],
            ["silence"],
            handle=True,
        )
        bd = r.randint(2, 9)
        happy_days(
            f,
            c,
            r.randint(1, 5),
            [d for d in range(12) if d <= bd - 2 or d >= bd + 3],
            surveys=False,
        )
        t = day(f, bd, 8, 20)
        case = None if ch == "social" else case_ref(f)
        e = complain(f, c, t, probs[i], "email" if ch == "long" else ch, case, long=ch == "long")
        c.truth.update(
            {
                "problem": probs[i],
                "bad_day_at": iso(t),
                "bad_day_event_id": e,
                "booking": case,
                "long_email": ch == "long",
                "trouble_starts_at": iso(t),
                "channel": "email" if ch == "long" else ch,
            }
        )
        if case:
            if ch == "chat":
                agent(f, c, mins(t, 1, 5, r), "chat", fill(w.CASE_OPENED[c.lang], c, case), case)
            else:
                agent(f, c, mins(t, 10, 40, r), "email", fill(w.CASE_OPENED[c.lang], c, case), case)
        if i in det:
            ts = mins(t, 100, 140, r)
            e2 = add(
                f,
                c,
                ts,
                "survey",
                "survey_response",
                pick(r, w.LOW_WORD, c.lang) or None,
                scores={"nps": r.randint(1, 5), "csat": None, "ces": None},
                attrs={"survey": "nps"},
            )
            c.truth.update({"nps_given": True, "survey_event_id": e2})
        elif i in csat:
            ts = mins(t, 40, 80, r)
            e2 = add(
                f,
                c,
                ts,
                "survey",
                "survey_response",
                pick(r, w.LOW_WORD, c.lang) or None,
                scores={"nps": None, "csat": r.randint(1, 2), "ces": None},
                attrs={"survey": "csat"},
            )
            c.truth.update({"csat_given": True, "survey_event_id": e2})
        if case and i in fixed:
            agent(f, c, mins(t, 60, 240, r), "email", fill(w.GOOD_NEWS[c.lang], c, case), case)
            c.truth["agent_fixed"] = True
            if i in apol:
                ta = out_of_night(mins(t, 16 * 60, 24 * 60, r), r)
                ea = add(
                    f, c, ta, r.choice(["chat", "email"]), "message", pick(r, w.APOLOGY, c.lang)
                )
                c.truth.update({"apologised": True, "apology_event_id": ea, "apology_at": iso(ta)})
    for _ in range(8):
        c = person(f, r.choice(LANG_W), "happy", "control", [], [])
        happy_days(f, c, r.randint(4, 7), list(range(12)))


def repeat_run(
    f: Fam, c: Cust, problem: str, t: datetime, first_ch: str, times: int, passed_on: bool
) -> None:
    r = f.rng
    case = case_ref(f)
    comp = r.choice(COMPS)
    ids = [complain(f, c, t, problem, first_ch, case)]
    if first_ch == "chat":
        agent(f, c, mins(t, 1, 5, r), "chat", fill(w.CASE_OPENED[c.lang], c, case), case)
    if passed_on:
        agent(f, c, mins(t, 90, 150, r), "email", fill(w.QUALITY_LEAD[c.lang], c, case), case)
    elif first_ch != "chat":
        agent(f, c, mins(t, 10, 40, r), "email", fill(w.CASE_OPENED[c.lang], c, case), case)
    chans = [
        x
        for x in ["email", "chat", "phone", "web", "social"]
        if x != first_ch and (x != "social" or c.handle)
    ]
    r.shuffle(chans)
    for k in range(1, times):
        t = out_of_night(t + timedelta(minutes=r.randrange(4 * 60, 40 * 60)), r)
        ch = chans[k - 1]
        text = fill(pick(r, w.STILL_OPEN, c.lang), c, case).replace(
            "{problem_l}", w.TOPIC[problem][c.lang]
        )
        if k == 2:
            text += fill(w.THIRD_LINE[c.lang], c, case, comp)
        if k == 3:
            text += w.FOURTH_LINE[c.lang]
        if ch == "phone":
            ids.append(add(f, c, t, "phone", "call", strip_punct(text)))
        elif ch == "email":
            ids.append(add(f, c, t, "email", "message", text, subject=RE[c.lang] + case))
        elif ch == "chat":
            ids.append(add(f, c, t, "chat", "chat", text))
            agent(f, c, mins(t, 1, 5, r), "chat", fill(w.URGENT[c.lang], c, case), case)
        elif ch == "social":
            ids.append(add(f, c, t, "social", "mention", brand(text, "social")))
        else:
            ids.append(add(f, c, t, "web", "ticket", text, attrs={"page": "/help"}))
    c.truth.update(
        {
            "problem": problem,
            "booking": case,
            "contacts": times,
            "problem_event_ids": ids,
            "agent_passed_on": passed_on,
            "competitor": comp if times >= 3 else None,
            "channel": first_ch,
        }
    )


def fixed_run(f: Fam, c: Cust, problem: str, t: datetime, ch: str) -> dict[str, Any]:
    r = f.rng
    case = case_ref(f)
    e = complain(f, c, t, problem, ch, case)
    agent(
        f,
        c,
        mins(t, 10, 40, r) if ch != "chat" else mins(t, 1, 5, r),
        "chat" if ch == "chat" else "email",
        fill(w.CASE_OPENED[c.lang], c, case),
        case,
    )
    tf = out_of_night(mins(t, 180, 1200, r), r)
    agent(f, c, tf, "email", fill(w.GOOD_NEWS[c.lang], c, case), case)
    tc = out_of_night(mins(tf, 480, 1800, r), r)
    cch = r.choice(["email", "chat"])
    ec = add(
        f,
        c,
        tc,
        cch,
        "message" if cch == "email" else "chat",
        fill(pick(r, w.CONFIRM, c.lang), c, case),
        subject=RE[c.lang] + case if cch == "email" else None,
    )
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(tf),
        "confirmed_at": iso(tc),
        "problem_event_ids": [e],
        "confirm_event_id": ec,
        "channel": ch,
        "confirm_channel": cch,
    }


def repeat_contacts(f: Fam) -> None:
    r = f.rng
    times = [2] * 4 + [3] * 4 + [4] * 4
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    r.shuffle(firsts)
    probs = ["double_charge", "bay_given_away", "wrong_price"]
    for i in range(12):
        c = person(
            f, r.choice(LANG_W), "repeat_contact", "repeats", ["repeat_contact"], list(CUSTOMER_TOL)
        )
        happy_days(f, c, r.randint(1, 3), [0], 7, 12, surveys=False)
        t = day(f, r.randint(1, 4), 8, 19)
        c.truth["trouble_starts_at"] = iso(t)
        repeat_run(f, c, probs[i % 3], t, firsts[i], times[i], i % 2 == 0)
    for _ in range(5):
        c = person(f, r.choice(LANG_W), "resolved_between_contacts", "fixed", [], ["silence"])
        happy_days(f, c, r.randint(1, 2), [0], 7, 12, surveys=False)
        t = day(f, r.randint(1, 4), 8, 19)
        p = fixed_run(f, c, r.choice(probs), t, r.choice(["web", "email", "chat"]))
        c.truth.update({"problems": [p], "trouble_starts_at": iso(t)})
    for _ in range(3):
        c = person(f, r.choice(LANG_W), "different_problems", "two problems", [], ["silence"])
        d1 = r.randint(1, 3)
        a, b = r.sample(probs, 2)
        t1 = day(f, d1, 8, 18)
        p1 = fixed_run(f, c, a, t1, "web")
        p2 = fixed_run(f, c, b, day(f, d1 + r.randint(4, 5), 8, 18), "email")
        c.truth.update({"problems": [p1, p2], "trouble_starts_at": iso(t1)})
    for _ in range(7):
        c = person(f, r.choice(LANG_W), "happy", "frequent writer", [], [])
        happy_days(f, c, r.randint(5, 8), list(range(10)))


def slide(f: Fam, c: Cust, d0: int, span: int, step_days: list[float]) -> None:
    r = f.rng
    comp = r.choice(COMPS)
    ids = []
    t = day(f, d0, 9, 12)
    first = t
    for k, text in enumerate(w.SLIDE[c.lang]):
        if k:
            t = out_of_night(t + timedelta(hours=max(1.0, step_days[k] * 24) + r.random()), r)
        text = text.replace("{comp}", comp)
        ch = r.choice(["social", "community", "web"] if c.handle else ["web"])
        if ch == "web":
            ids.append(
                add(
                    f,
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"},
                )
            )
        else:
            ids.append(
                add(
                    f,
                    c,
                    t,
                    ch,
                    "mention" if ch == "social" else "post",
                    brand(text.replace("Golfrano", BRAND), ch),
                )
            )
        if k == 3:
            c.truth["_fourth"] = t
    c.truth.update(
        {
            "slide_event_ids": ids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": iso(first),
        }
    )


def slow_churners(f: Fam) -> None:
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    dets = set(r.sample(range(10), 5))
    for i in range(10):
        c = person(
            f,
            r.choice(LANG_W),
            "slow_churner",
            "slides",
            ["sentiment_drop"] + (["detractor"] if i in dets else []),
            [
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
        for d in sorted(r.sample(range(11), r.randint(4, 5))):
            t = day(f, d, 9, 20)
            text = pick(r, w.PRAISE, c.lang).replace("{town}", r.choice(TOWNS[c.lang]))
            if c.handle:
                ch = r.choice(["social", "community"])
                add(f, c, t, ch, "mention" if ch == "social" else "post", brand(text, ch))
            else:
                add(f, c, t, "web", "review", text, attrs={"rating": "5", "page": "/reviews"})
        happy_days(f, c, r.randint(2, 4), list(range(11)), surveys=False)
        span = spans[i]
        steps = [0.0] + [span / 5] * 5
        slide(f, c, r.randint(12, 16), span, steps)
        fourth = c.truth.pop("_fourth")
        if i in dets:
            e = add(
                f,
                c,
                out_of_night(fourth + timedelta(minutes=r.randrange(150, 210)), r),
                "survey",
                "survey_response",
                pick(r, w.LOW_WORD, c.lang) or None,
                scores={"nps": r.randint(1, 5), "csat": None, "ces": None},
                attrs={"survey": "nps"},
            )
            c.truth.update({"nps_given": True, "survey_event_id": e})
    for _ in range(5):
        c = person(
            f,
            r.choice(LANG_W),
            "slow_churner",
            "asks to cancel",
            ["churn_intent"],
            ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        happy_days(f, c, r.randint(4, 6), list(range(16)), surveys=False)
        t = day(f, r.randint(17, 23), 9, 18)
        e = add(f, c, t, "email", "message", pick(r, w.CANCEL_ASK, c.lang), subject="Club")
        agent(f, c, mins(t, 60, 300, r), "email", fill(w.SORRY_GO[c.lang], c), None)
        tc = out_of_night(mins(t, 1200, 1800, r), r)
        e2 = add(
            f,
            c,
            tc,
            "web",
            "cancellation",
            attrs={"page": "/account/cancel", "product": "Club monthly / Club mensual"},
        )
        c.truth.update(
            {
                "churn_intent_event_id": e,
                "cancellation_event_id": e2,
                "churn_at": iso(tc),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = person(f, r.choice(LANG_W), "happy", "steady", [], [])
        happy_days(f, c, r.randint(6, 10), list(range(32)))
    for _ in range(5):
        c = person(
            f, r.choice(LANG_W), "steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"]
        )
        d = r.randint(0, 4)
        ids = []
        for _k in range(r.randint(5, 7)):
            t = day(f, d, 9, 20)
            text = pick(r, w.GRUMBLE, c.lang)
            ch = r.choice(["community", "web"] if c.handle else ["web"])
            ids.append(
                add(
                    f,
                    c,
                    t,
                    ch,
                    "post" if ch == "community" else "review",
                    text,
                    attrs={} if ch == "community" else {"rating": "3", "page": "/reviews"},
                )
            )
            d += r.randint(1, 3)
        c.truth.update(
            {
                "grumble_event_ids": ids,
                "trouble_starts_at": f.rows[-len(ids)].t.isoformat()[:19] + "Z",
            }
        )
    for _ in range(5):
        c = person(f, r.choice(LANG_W), "happy_one_sarcastic_remark", "happy", [], ["silence"])
        happy_days(f, c, r.randint(4, 6), list(range(17)))
        t = day(f, r.randint(17, 28), 9, 20)
        ch = "social" if c.handle else "web"
        e = add(
            f,
            c,
            t,
            ch,
            "mention" if ch == "social" else "review",
            brand(pick(r, w.SARCASM, c.lang), ch),
            attrs={} if ch == "social" else {"rating": "3", "page": "/reviews"},
        )
        c.truth["sarcasm_event_id"] = e


def quiet_hours(f: Fam) -> None:
    r = f.rng
    for _ in range(16):
        c = person(f, r.choice(LANG_W), "happy", "day writer", [], [])
        happy_days(f, c, r.randint(1, 3), [0, 1, 2], 7, 17.5)
    for i in range(4):
        c = person(f, r.choice(LANG_W), "grumbles_once", "grumbles once", [], ["silence"])
        t = day(f, r.randint(0, 2), 9, 17)
        add(f, c, t, "web", "page_view", attrs={"page": "/centres"})
        t2 = mins(t, 20, 30, r)
        if i < 2:
            e = add(f, c, t2, "chat", "chat", pick(r, w.MILD, c.lang))
            agent(f, c, mins(t2, 1, 5, r), "chat", fill(w.MILD_ACK[c.lang], c), None)
        else:
            e = add(f, c, t2, "web", "ticket", pick(r, w.MILD, c.lang), attrs={"page": "/help"})
            agent(f, c, mins(t2, 10, 30, r), "email", fill(w.MILD_ACK[c.lang], c), None)
        c.truth.update({"grumble_event_id": e, "trouble_starts_at": iso(t2)})
    n = 0
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=r.randrange(40, 66))
        for b, off in enumerate([0, r.randint(28, 33), r.randint(55, 65)]):
            bs = b0 + timedelta(minutes=off)
            for _ in range(4):
                n += 1
                c = person(
                    f, r.choice(LANG_W), "night_owl", f"night {night + 1}, burst {b + 1}", [], []
                )
                t = bs + timedelta(minutes=r.randrange(0, 10))
                if c.handle and r.random() < 0.5:
                    e = add(
                        f, c, t, "social", "mention", brand(pick(r, w.NIGHT_POST, c.lang), "social")
                    )
                else:
                    e = add(f, c, t, "chat", "chat", pick(r, w.NIGHT_Q, c.lang))
                    t2 = mins(t, 2, 6, r)
                    add(f, c, t2, "chat", "chat", pick(r, w.NIGHT_A, c.lang), direction="outbound")
                    add(f, c, mins(t2, 1, 3, r), "chat", "chat", pick(r, w.THANKS, c.lang))
                c.truth.update({"burst_at": iso(bs), "night_event_id": e})
                if n % 2 == 0:
                    happy_act(f, c, day(f, r.choice([0, 1, 2]), 9, 17.5))


def bilingual(f: Fam) -> None:
    r = f.rng
    pairs = [
        ("fr", "es"),
        ("es", "fr"),
        ("fr", "en"),
        ("es", "en"),
        ("fr", "de"),
        ("es", "pt"),
        ("fr", "it"),
        ("es", "it"),
        ("de", "fr"),
        ("pt", "es"),
        ("en", "fr"),
        ("it", "es"),
    ]
    markets = {"fr": "BE", "es": "ES", "en": "IE", "de": "CH", "it": "CH", "pt": "PT"}

    def mk(
        persona: str, habit: str, exp: list[str], tol: list[str], i: int
    ) -> tuple[Cust, tuple[str, str]]:
        p = pairs[i % len(pairs)]
        c = person(f, p[0], persona, habit, exp, tol, market=markets[p[0]])
        c.truth["languages"] = list(p)
        c.truth["job_second_language"] = r.choice(
            ["works across the border", "partner's family language", "studied abroad"]
        )
        return c, p

    def sw(c: Cust, p: tuple[str, str], k: int) -> None:
        c.lang = p[k % 2]

    for i in range(12):
        c, p = mk("happy", "alternates languages", [], [], i)
        for k, d in enumerate(sorted(r.sample(range(14), r.randint(5, 8)))):
            sw(c, p, k)
            happy_act(f, c, day(f, d, 8, 20))
        c.lang = p[0]
    for i, times in enumerate([2, 2, 3, 3, 4]):
        c, p = mk("repeat_contact", "repeats", ["repeat_contact"], list(CUSTOMER_TOL), i + 3)
        happy_days(f, c, r.randint(1, 3), [0, 1], surveys=False)
        t = day(f, r.randint(2, 5), 9, 18)
        c.truth["trouble_starts_at"] = iso(t)
        repeat_run(f, c, r.choice(["double_charge", "wrong_price"]), t, "web", times, times >= 3)
        c.lang = p[0]
    # the repeat runs above wrote in the first language; alternate the later contacts' language is a known roughness
    for i in range(5):
        c, p = mk(
            "slow_churner",
            "slides",
            ["sentiment_drop"],
            [
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
            i + 5,
        )
        for k, d in enumerate(sorted(r.sample(range(6), 5))):
            sw(c, p, k)
            t = day(f, d, 9, 20)
            text = pick(r, w.PRAISE, c.lang).replace("{town}", r.choice(TOWNS[c.lang]))
            ch = r.choice(["social", "community"]) if c.handle else "web"
            if ch == "web":
                add(f, c, t, "web", "review", text, attrs={"rating": "5", "page": "/reviews"})
            else:
                add(f, c, t, ch, "mention" if ch == "social" else "post", brand(text, ch))
        sw(c, p, 1)
        happy_days(f, c, r.randint(1, 3), list(range(6)), surveys=False)
        span = r.randint(3, 5)
        slide(f, c, r.randint(7, 8), span, [0.0] + [span / 5] * 5)
        c.truth.pop("_fourth")
        c.lang = p[0]
    for i in range(3):
        c, p = mk("happy_one_bad_day", "one bad day", [], ["silence"], i + 1)
        happy_days(f, c, r.randint(2, 4), [0, 1, 2, 3, 9, 10, 11, 12], surveys=False)
        sw(c, p, 1)
        t = day(f, r.randint(5, 7), 9, 18)
        case = case_ref(f)
        ch = ["long", "email", "chat"][i]
        e = complain(
            f,
            c,
            t,
            "bay_given_away",
            "email" if ch == "long" else ch,
            case,
            long=ch == "long" and c.lang in w.LONG,
        )
        agent(
            f,
            c,
            mins(t, 1, 5, r) if ch == "chat" else mins(t, 10, 40, r),
            "chat" if ch == "chat" else "email",
            fill(w.CASE_OPENED[c.lang], c, case),
            case,
        )
        c.truth.update(
            {
                "bad_day_at": iso(t),
                "bad_day_event_id": e,
                "bad_day_language": c.lang,
                "booking": case,
                "problem": "bay_given_away",
                "trouble_starts_at": iso(t),
            }
        )
        c.lang = p[0]
    for i in range(2):
        c, p = mk("resolved_between_contacts", "fixed", [], ["silence"], i + 7)
        t = day(f, r.randint(2, 6), 9, 18)
        pr = fixed_run(f, c, "wrong_price", t, "web")
        c.truth.update({"problems": [pr], "trouble_starts_at": iso(t), "confirm_language": p[0]})


def b2b_accounts(f: Fam) -> None:
    r = f.rng
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    langs = [
        "fr",
        "es",
        "fr",
        "es",
        "de",
        "fr",
        "es",
        "it",
        "pt",
        "fr",
        "es",
        "en",
        "fr",
        "es",
        "de",
    ]
    sites = [
        "events",
        "consulting",
        "bank",
        "hotel",
        "school",
        "insurer",
        "law firm",
        "agency",
        "telecom",
        "retail",
        "logistics",
        "pharma",
        "software",
        "university",
        "municipality",
    ]
    names = [
        "Orbelis",
        "Tramonde",
        "Castelvia",
        "Brunaro",
        "Lindmark",
        "Pradeva",
        "Solemar",
        "Vettori",
        "Ribanova",
        "Ecliso",
        "Marvena",
        "Hollbrook",
        "Quentis",
        "Alcaria",
        "Rothwald",
    ]
    mk = {"fr": "FR", "es": "ES", "de": "DE", "it": "IT", "pt": "PT", "en": "UK"}
    for i, kind in enumerate(kinds):
        lang = langs[i]
        market = mk[lang]
        acc = uniq(lambda market=market: f"GFC-{market}-{r.randrange(1000, 10000)}")
        n = r.randint(4, 6) if kind == "at_risk" else r.randint(3, 4)
        contacts: list[Cust] = []
        unhappy: list[str] = []
        nbad = {"at_risk": r.choice([3, 4]), "one_unhappy": 1}.get(kind, 0)
        problem = r.choice(["invoice", "portal"])
        first_case = case_ref(f)
        first_at: datetime | None = None
        for j in range(n):
            role = (
                "complainer"
                if j < nbad
                else ("suggests" if kind == "mild" and j < 2 else "contact")
            )
            if kind == "at_risk" and role == "complainer":
                persona, exp, tol = (
                    "b2b_unhappy",
                    ["detractor"] if j < nbad - 1 else ["repeat_contact"],
                    [*CUSTOMER_TOL, "account_risk"],
                )
            elif role == "complainer":
                persona, exp, tol = (
                    "b2b_one_unhappy",
                    ["detractor"],
                    ["sentiment_drop", "high_value_at_risk", "silence"],
                )
            elif role == "suggests":
                persona, exp, tol = "b2b_mild", [], ["silence"]
            else:
                persona, exp, tol = "b2b_happy", [], []
            c = person(
                f,
                lang,
                persona,
                role,
                exp,
                tol,
                account=acc,
                market=market,
                domain=names[i].lower(),
            )
            c.truth.update(
                {
                    "company": names[i],
                    "role": role,
                    "job_title": r.choice(
                        ["Office manager", "HR lead", "Assistant", "Events coordinator"]
                    ),
                }
            )
            c.truth["job"] = c.truth["job_title"]
            contacts.append(c)
            if role == "contact":
                for d in sorted(r.sample(range(12), r.randint(2, 4))):
                    if d % 7 >= 5:
                        continue
                    t = day(f, d, 8, 16.5)
                    if r.random() < 0.5:
                        add(f, c, t, "chat", "chat", w.B2B_Q[lang])
                        t2 = mins(t, 1, 6, r)
                        add(f, c, t2, "chat", "chat", w.B2B_A[lang], direction="outbound")
                        if r.random() < 0.6:
                            add(f, c, mins(t2, 1, 4, r), "chat", "chat", pick(r, w.THANKS, lang))
                    else:
                        add(f, c, t, "web", "page_view", attrs={"page": "/corporate/portal"})
                        add(
                            f,
                            c,
                            mins(t, 2, 8, r),
                            "web",
                            "purchase",
                            attrs={
                                "order_value": "420.00",
                                "currency": "GBP" if market == "UK" else "EUR",
                                "product": "Team event 2 h / Evento de equipo 2 h",
                                "page": "/corporate/checkout",
                            },
                        )
            else:
                add(
                    f,
                    c,
                    day(f, r.choice([0, 1]), 8, 16),
                    "web",
                    "page_view",
                    attrs={"page": "/corporate/portal"},
                )
        for j, c in enumerate(contacts):
            role = c.truth["role"]
            if role == "complainer":
                unhappy.append(c.key)
                if kind == "at_risk":
                    t = (
                        (first_at + timedelta(minutes=r.randrange(8 * 60, 28 * 60)))
                        if first_at
                        else f.start + timedelta(days=2, hours=9, minutes=r.randrange(0, 120))
                    )
                    t = office(t, r)
                    if first_at is None:
                        first_at = t
                        text = w.B2B_COMPLAINT[problem][lang]
                    else:
                        text = (
                            w.B2B_AGAIN[lang]
                            .replace("{other}", contacts[0].first)
                            .replace("{case}", first_case)
                            + " "
                            + w.B2B_COMPLAINT[problem][lang]
                        )
                    first_at = t
                    e = add(
                        f,
                        c,
                        t,
                        "email",
                        "message",
                        text,
                        subject=SUBJ[lang] + B2B_TOPIC[problem][lang],
                    )
                    agent(
                        f,
                        c,
                        mins(t, 20, 90, r),
                        "email",
                        fill(w.CASE_OPENED[lang], c, first_case),
                        first_case,
                    )
                    ids = [e]
                    if j < nbad - 1:
                        s = add(
                            f,
                            c,
                            mins(t, 60, 180, r),
                            "survey",
                            "survey_response",
                            None,
                            scores={"nps": r.randint(1, 5), "csat": None, "ces": None},
                            attrs={"survey": "nps"},
                        )
                        c.truth["survey_event_id"] = s
                    else:
                        t2 = office(t + timedelta(minutes=r.randrange(18 * 60, 40 * 60)), r)
                        comp = r.choice(COMPS)
                        ids.append(
                            add(
                                f,
                                c,
                                t2,
                                "email",
                                "message",
                                fill(w.B2B_LAST[lang], c, first_case, comp),
                                subject=RE[lang] + first_case,
                            )
                        )
                        c.truth["competitor"] = comp
                    c.truth.update(
                        {
                            "complaint_event_ids": ids,
                            "trouble_starts_at": iso(t),
                            "booking": first_case,
                            "problem": problem,
                        }
                    )
                else:
                    t = office(
                        f.start
                        + timedelta(days=r.randint(3, 7), hours=9, minutes=r.randrange(0, 400)),
                        r,
                    )
                    case = case_ref(f)
                    e = add(
                        f,
                        c,
                        t,
                        "email",
                        "message",
                        w.B2B_COMPLAINT[problem][lang],
                        subject=SUBJ[lang] + B2B_TOPIC[problem][lang],
                    )
                    agent(
                        f, c, mins(t, 20, 90, r), "email", fill(w.CASE_OPENED[lang], c, case), case
                    )
                    s = add(
                        f,
                        c,
                        mins(t, 60, 180, r),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": r.randint(1, 5), "csat": None, "ces": None},
                        attrs={"survey": "nps"},
                    )
                    c.truth.update(
                        {
                            "complaint_event_ids": [e],
                            "survey_event_id": s,
                            "trouble_starts_at": iso(t),
                            "booking": case,
                            "problem": problem,
                        }
                    )
            elif role == "suggests":
                t = office(
                    f.start + timedelta(days=r.randint(2, 9), hours=9, minutes=r.randrange(0, 400)),
                    r,
                )
                e = add(
                    f, c, t, "web", "ticket", w.B2B_SUGGEST[lang], attrs={"page": "/corporate/help"}
                )
                agent(f, c, mins(t, 20, 90, r), "email", fill(w.MILD_ACK[lang], c), None)
                c.truth.update({"mild_event_id": e, "trouble_starts_at": iso(t)})
        f.accounts[acc] = {
            "company": names[i],
            "site": sites[i],
            "contacts": n,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": unhappy,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": f.custs[unhappy[0]].truth["trouble_starts_at"]
            if kind == "at_risk"
            else None,
            "language": lang,
            "country": market,
        }


def office(t: datetime, r: Random) -> datetime:
    while t.weekday() >= 5 or t.hour >= 17 or t.hour < 8:
        t = (
            (t + timedelta(days=1)).replace(hour=8, minute=r.randrange(0, 50))
            if t.hour >= 8 or t.weekday() >= 5
            else t.replace(hour=8, minute=r.randrange(0, 50))
        )
    return t


def topic_spike(f: Fam) -> None:
    r = f.rng
    regulars: list[Cust] = []
    for i in range(42):
        c = person(f, r.choice(LANG_W), "happy", "day writer", [], [])
        days = [0, 1, 2, 3, 4]
        happy_days(f, c, r.randint(1, 4), days)
        if i % 10 == 0:
            happy_act(f, c, day(f, 5, 12, 19))
    for _ in range(2):
        c = person(f, r.choice(LANG_W), "grumbles_once", "grumbles once", [], ["silence"])
        t = day(f, 0, 10, 16)
        e = add(f, c, t, "chat", "chat", pick(r, w.GRUMBLE, c.lang))
        agent(f, c, mins(t, 1, 5, r), "chat", fill(w.MILD_ACK[c.lang], c), None)
        c.truth.update({"grumble_event_id": e, "trouble_starts_at": iso(t)})
    langs = ["fr"] * 6 + ["es"] * 6 + ["en", "en", "de", "de", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(langs)
    r.shuffle(chans)
    s0 = datetime(2026, 11, 7, 9, 20)
    offs = sorted([0, 45, *r.sample(range(1, 45), 18)])
    keys, eids, reps = [], [], []
    early = [i for i, o in enumerate(offs) if o <= 25]
    rep_set = set(r.sample(early, 6))
    fixed_set = set(r.sample([i for i in range(20) if i not in rep_set], 6))
    for i in range(20):
        lang, ch = langs[i], chans[i]
        regular = i < 12
        rep = i in rep_set
        c = person(
            f,
            lang,
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular else "new",
            ["repeat_contact"] if rep else [],
            ["silence", "sentiment_drop"] if rep else ["silence"],
            handle=True,
        )
        if regular:
            regulars.append(c)
            happy_act(f, c, day(f, 2, 8, 17.5))
        t = s0 + timedelta(minutes=offs[i], seconds=r.randrange(0, 50))
        text = pick(r, w.SPIKE, lang)
        if ch == "social":
            e = add(f, c, t, "social", "mention", brand(text, "social"))
        elif ch == "community":
            e = add(f, c, t, "community", "post", text)
        elif ch == "chat":
            e = add(f, c, t, "chat", "chat", text)
            agent(f, c, mins(t, 1, 4, r), "chat", w.SPIKE_CHAT_A[lang], None)
        elif ch == "email":
            e = add(f, c, t, "email", "message", text, subject=SUBJ[lang] + SIM[lang])
        else:
            e = add(f, c, t, "web", "ticket", text, attrs={"page": "/help"})
        keys.append(c.key)
        eids.append(e)
        c.truth.update(
            {
                "in_spike": True,
                "regular": regular,
                "spike_event_id": e,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
            }
        )
        if rep:
            ch2 = r.choice([x for x in ["email", "chat", "community"] if x != ch])
            t2 = mins(t, 10, 60, r)
            again = pick(r, w.SPIKE_AGAIN, lang)
            e2 = add(
                f, c, t2, ch2, {"email": "message", "chat": "chat", "community": "post"}[ch2], again
            )
            reps.append(e2)
            c.truth["repeat_event_id"] = e2
        if i in fixed_set:
            agent(
                f,
                c,
                datetime(2026, 11, 7, 12, 5) + timedelta(minutes=r.randrange(0, 10)),
                "email",
                w.SPIKE_FIXED[lang],
                None,
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": f"indoor golf simulators read no ball at all, shots not tracked, error {CODE}",
        "about": "ball sensors down in every centre on a Saturday morning",
        "channel": None,
        "start": iso(s0 + timedelta(minutes=offs[0])),
        "end": iso(s0 + timedelta(minutes=offs[-1])),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    f.spike["start"] = min(f.custs[k].truth["trouble_starts_at"] for k in keys)
    f.spike["end"] = max(f.custs[k].truth["trouble_starts_at"] for k in keys)


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def render(f: Fam) -> tuple[str, str]:
    rows = sorted(f.rows, key=lambda x: (x.t, x.eid))
    seen: set[str] = set()
    lines = []
    for row in rows:
        c = row.c
        full = row.direction == "outbound" or c.key not in seen
        if row.direction == "inbound":
            seen.add(c.key)
        cust: dict[str, str | None] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": c.account,
        }
        if full:
            cust.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
        elif row.channel == "phone":
            cust["phone"] = c.phone
        elif row.channel in ("social", "community"):
            if c.handle:
                cust["handle"] = c.handle
            else:
                cust["email"] = c.email
        elif row.channel == "email":
            cust["email"] = c.email
        else:
            cust["customer_id"] = c.key
        lines.append(
            json.dumps(
                {
                    "event_id": row.eid,
                    "occurred_at": iso(row.t),
                    "channel": row.channel,
                    "kind": row.kind,
                    "direction": row.direction,
                    "customer": cust,
                    "text": row.text,
                    "subject": row.subject,
                    "scores": row.scores,
                    "source": f"golfrano-{row.channel}",
                    "attributes": row.attrs,
                },
                ensure_ascii=False,
            )
        )
    last = rows[-1].t
    end = max(f.start + timedelta(days=f.days), last + timedelta(hours=1))
    expected: dict[str, int] = {}
    for c in f.custs.values():
        for rule in c.truth["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
        if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
            raise SystemExit(f"{c.key} both expects and tolerates")
        if c.key not in seen:
            raise SystemExit(f"{c.key} has no inbound touchpoint")
    for a in f.accounts.values():
        for rule in a["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    if f.spike:
        expected["topic_spike"] = 1
    if not (rows[0].t >= f.start and end < datetime(2026, 11, 15)):
        raise SystemExit(f"{f.name}: time out of range")
    truth = {
        "config": {
            "family": f.name,
            "about": f.about,
            "business": BUSINESS,
            "days": f.days,
            "seed": SEED * 100 + f.n,
            "written": WRITTEN,
            "expected": dict(sorted(expected.items())),
        },
        "start": iso(f.start),
        "end": iso(end),
        "customers": {k: c.truth for k, c in f.custs.items()},
        "accounts": f.accounts,
        "spike": f.spike,
        "journey": {},
        "expectations": {},
    }
    return "\n".join(lines) + "\n", json.dumps(
        truth, ensure_ascii=False, indent=1, sort_keys=True
    ) + "\n"


FAMILIES: list[tuple[str, str, datetime, int, str, Any]] = [
    (
        "happy_writers",
        "HW",
        datetime(2026, 3, 9),
        10,
        "happy customers, day and night writers, survey answerers",
        happy_writers,
    ),
    (
        "one_bad_day",
        "BD",
        datetime(2026, 4, 20),
        12,
        "happy customers with one angry moment",
        one_bad_day,
    ),
    (
        "repeat_contacts",
        "RC",
        datetime(2026, 6, 1),
        10,
        "open problems raised again, fixed problems, frequent writers",
        repeat_contacts,
    ),
    (
        "slow_churners",
        "SC",
        datetime(2026, 7, 6),
        32,
        "sliders, leavers, steady, grumpy and sarcastic customers",
        slow_churners,
    ),
    (
        "quiet_hours",
        "QH",
        datetime(2026, 8, 28),
        3,
        "a calm weekend with night-owl bursts",
        quiet_hours,
    ),
    ("bilingual", "BL", datetime(2026, 9, 21), 14, "customers writing in two languages", bilingual),
    (
        "b2b_accounts",
        "BB",
        datetime(2026, 10, 12),
        14,
        "company accounts: at risk, one unhappy, mild, happy",
        b2b_accounts,
    ),
    (
        "topic_spike",
        "TS",
        datetime(2026, 11, 2),
        7,
        "a calm week and the planted incident",
        topic_spike,
    ),
]


def main() -> None:
    for n, (name, code, start, days, about, build) in enumerate(FAMILIES, start=1):
        f = Fam(name, code, n, start, days, about)
        build(f)
        jl, tr = render(f)
        (HERE / f"{name}.jsonl").write_text(jl, encoding="utf-8")
        (HERE / f"{name}.truth.json").write_text(tr, encoding="utf-8")


if __name__ == "__main__":
    main()
