# ruff: noqa: E501
"""Build heldout65: hand-written alert scenarios for Piscelia (pool and hot-tub care).

Standard library only, deterministic (fixed seeds): two runs give the same bytes.
Run from anywhere: ``python make_heldout65.py``. It refuses to write a family whose
expected counts differ from the planted ones. Report only: never tune on these files.
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import wording as W
import wording_b2b as B

HERE = Path(__file__).resolve().parent
SEED = 20260613
WRITTEN = "2026-12-03"
BUSINESS = "Piscelia: pool and hot-tub care by app and web for households (Serenity plan), and Piscelia Pro for hotels, campsites, residences, schools and municipal pools on account"
LAST_DAY = datetime(2026, 11, 25, tzinfo=UTC)

LANG_WEIGHTS = {"es": 35, "fr": 35, "de": 15, "en": 15}
MARKETS: dict[str, list[tuple[str, int]]] = {
    "es": [("ES", 1)],
    "fr": [("FR", 6), ("BE", 2), ("CH", 1), ("LU", 1)],
    "de": [("DE", 5), ("AT", 2), ("CH", 1)],
    "en": [("UK", 3), ("IE", 2)],
}
TOWNS = {
    "ES": [
        "Valencia",
        "Murcia",
        "Alicante",
        "Sevilla",
        "Málaga",
        "Castellón",
        "Córdoba",
        "Girona",
        "Marbella",
        "Elche",
    ],
    "FR": [
        "Montpellier",
        "Nîmes",
        "Toulouse",
        "Avignon",
        "Bordeaux",
        "Aix-en-Provence",
        "Perpignan",
        "Nantes",
        "Lyon",
    ],
    "BE": ["Namur", "Liège", "Waterloo", "Wavre"],
    "CH": ["Lausanne", "Genève", "Zürich", "Basel"],
    "LU": ["Esch-sur-Alzette", "Luxembourg"],
    "DE": ["Freiburg", "Stuttgart", "Köln", "Mainz", "Heidelberg", "Augsburg"],
    "AT": ["Graz", "Linz", "Klagenfurt"],
    "UK": ["Guildford", "Brighton", "Harrogate", "Bath", "Chester"],
    "IE": ["Naas", "Galway", "Wicklow"],
}
FIRST = {
    "es": [
        "Lucía",
        "Marta",
        "Carmen",
        "Elena",
        "Raquel",
        "Nuria",
        "Pilar",
        "Sonia",
        "Alba",
        "Irene",
        "Rocío",
        "Beatriz",
        "Cristina",
        "Inés",
        "Javier",
        "Carlos",
        "Miguel",
        "Pablo",
        "Sergio",
        "Andrés",
        "Jorge",
        "Rubén",
        "Álvaro",
        "Iñaki",
        "Diego",
        "Fernando",
        "Víctor",
        "Marcos",
    ],
    "fr": [
        "Camille",
        "Claire",
        "Sophie",
        "Julie",
        "Nathalie",
        "Isabelle",
        "Céline",
        "Élodie",
        "Aurélie",
        "Manon",
        "Chloé",
        "Pauline",
        "Hélène",
        "Thomas",
        "Nicolas",
        "Julien",
        "Olivier",
        "Mathieu",
        "Sébastien",
        "Antoine",
        "Laurent",
        "Hugo",
        "Benoît",
        "Jérôme",
        "Guillaume",
        "Cédric",
    ],
    "de": [
        "Anna",
        "Julia",
        "Katrin",
        "Sabine",
        "Petra",
        "Laura",
        "Miriam",
        "Jonas",
        "Felix",
        "Tobias",
        "Markus",
        "Stefan",
        "Lukas",
        "Florian",
        "Andreas",
        "Jürgen",
    ],
    "en": [
        "Emma",
        "Sarah",
        "Rachel",
        "Laura",
        "Sophie",
        "Aoife",
        "Siobhan",
        "James",
        "Tom",
        "Daniel",
        "Mark",
        "Ciarán",
        "Liam",
        "Gareth",
    ],
}
LAST = {
    "es": [
        "García",
        "Martínez",
        "López",
        "Sánchez",
        "Romero",
        "Navarro",
        "Gil",
        "Ortega",
        "Delgado",
        "Castro",
        "Molina",
        "Serrano",
        "Rubio",
        "Iglesias",
        "Vidal",
        "Cabrera",
        "Herrero",
        "Pascual",
        "Marín",
        "Lozano",
        "Cano",
        "Prieto",
        "Calvo",
        "Garrido",
        "Peña",
        "Soler",
        "Ferrer",
        "Blasco",
    ],
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Moreau",
        "Girard",
        "Roux",
        "Fournier",
        "Lambert",
        "Fontaine",
        "Rousseau",
        "Blanc",
        "Guérin",
        "Faure",
        "Chevalier",
        "Lefèvre",
        "Mercier",
        "Perrin",
        "Morel",
        "Gauthier",
        "Renaud",
        "Barbier",
        "Arnaud",
        "Colin",
        "Picard",
    ],
    "de": [
        "Müller",
        "Schneider",
        "Fischer",
        "Weber",
        "Becker",
        "Hoffmann",
        "Schäfer",
        "Koch",
        "Richter",
        "Wolf",
        "Neumann",
        "Schwarz",
        "Krüger",
        "Hartmann",
        "Lange",
        "Brandt",
        "Vogel",
    ],
    "en": [
        "Smith",
        "Walsh",
        "Murphy",
        "Taylor",
        "Brown",
        "Evans",
        "Byrne",
        "Hughes",
        "Kelly",
        "Wilson",
        "Clarke",
        "Doyle",
        "Harris",
        "Patel",
        "Reilly",
    ],
}
JOBS = {
    "es": [
        "enfermera",
        "profesor",
        "fontanero",
        "administrativa",
        "farmacéutica",
        "comercial",
        "jubilado",
        "arquitecta",
        "policía local",
        "cocinero",
    ],
    "fr": [
        "infirmière",
        "professeur",
        "artisan",
        "comptable",
        "pharmacienne",
        "commercial",
        "retraité",
        "architecte",
        "fromagère",
        "kiné",
    ],
    "de": ["Lehrerin", "Ingenieur", "Krankenpfleger", "Steuerberaterin", "Elektriker", "Rentner"],
    "en": ["nurse", "teacher", "electrician", "accountant", "paramedic", "retired"],
}
DOMAINS = {
    "ES": ["correo.example", "mimail.example", "buzon.example"],
    "FR": ["courriel.example", "boite.example", "laposte-mail.example"],
    "BE": ["skynet-mail.example", "courriel.example"],
    "CH": ["bluemail.example", "postfach.example"],
    "LU": ["pt-mail.example"],
    "DE": ["posteo.example", "netzpost.example", "webpost.example"],
    "AT": ["aon-mail.example", "netzpost.example"],
    "UK": ["inbox.example", "btmail.example"],
    "IE": ["eircom-mail.example", "inbox.example"],
}
CHANNEL_SOURCE = {
    "email": "piscelia-mail",
    "phone": "piscelia-voice",
    "social": "piscelia-social",
    "community": "piscelia-forum",
    "chat": "piscelia-chat",
    "web": "piscelia-web",
    "survey": "piscelia-survey",
}
AGENTS = {
    "es": ["Paula", "Raúl", "Noelia"],
    "fr": ["Margaux", "Yanis", "Agathe"],
    "de": ["Svenja", "Timo"],
    "en": ["Niamh", "Owen"],
}
CONSUMER_TOL_REPEAT = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
SLIDER_TOL = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
LEAVER_TOL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
B2B_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]

USED_IDS: set[str] = set()
USED: set[str] = set()


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(text: str) -> str:
    table = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
    out = []
    for ch in text:
        if ch in table:
            out.append(table[ch])
        elif ch in "ñÑß":
            out.append(ch)
        else:
            out.append(
                "".join(
                    c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)
                )
            )
    return "".join(out)


def ascii_name(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.replace("ß", "ss"))
    return "".join(ch for ch in plain.lower() if ch.isalnum() and ch.isascii())


def money(market: str, lang: str, eur: int, spoken: bool = False) -> str:
    if market == "UK":
        n = round(eur * 0.86)
        return f"{n} pounds" if spoken else f"£{n}"
    if market == "CH":
        n = round(eur * 0.94)
        if spoken:
            return f"{n} francs" if lang == "fr" else f"{n} Franken"
        return f"{n} CHF" if lang == "fr" else f"CHF {n}"
    if spoken:
        return {
            "es": f"{eur} euros",
            "fr": f"{eur} euros",
            "de": f"{eur} Euro",
            "en": f"{eur} euros",
        }[lang]
    return f"€{eur}" if lang == "en" else f"{eur} €"


def currency(market: str) -> str:
    return {"UK": "GBP", "CH": "CHF"}.get(market, "EUR")


def price(market: str, eur: int) -> str:
    if market == "UK":
        return f"{eur * 0.86:.2f}"
    if market == "CH":
        return f"{eur * 0.94:.2f}"
    return f"{eur:.2f}"


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
    persona: str
    habit: str
    expected: list[str]
    tolerated: list[str]
    job: str
    town: str
    segment: str = "consumer"
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Row:
    t: datetime
    cust: str
    ev: dict[str, Any]


@dataclass
class Fam:
    name: str
    code: str
    start: datetime
    days: int
    about: str
    seed: int
    rng: random.Random
    rr: random.Random
    planned: dict[str, int]
    custs: dict[str, Cust] = field(default_factory=dict)
    rows: list[Row] = field(default_factory=list)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    counter: int = 0


def unique(make: Callable[[], object]) -> str:
    while True:
        value = str(make())
        if value not in USED:
            USED.add(value)
            return value


def phone_for(rng: random.Random, market: str) -> str:
    def digits(n: int) -> str:
        return "".join(str(rng.randint(0, 9)) for _ in range(n))

    def make() -> str:
        if market == "ES":
            return "+34" + rng.choice("67") + digits(8)
        if market == "FR":
            return "+33" + rng.choice("67") + digits(8)
        if market == "BE":
            return "+324" + rng.choice("789") + digits(7)
        if market == "CH":
            return "+417" + rng.choice("689") + digits(7)
        if market == "LU":
            return "+3526" + rng.choice(["21", "61", "91"]) + digits(6)
        if market == "DE":
            return (
                "+49" + rng.choice(["151", "152", "160", "170", "176"]) + digits(rng.choice([7, 8]))
            )
        if market == "AT":
            return "+43" + rng.choice(["664", "660", "676", "699"]) + digits(7)
        if market == "UK":
            return "+447" + digits(9)
        return "+353" + rng.choice(["83", "85", "86", "87"]) + digits(7)

    return unique(make)


def pick_market(rng: random.Random, lang: str) -> str:
    options = MARKETS[lang]
    return rng.choices([m for m, _ in options], [w for _, w in options])[0]


def pick_lang(rng: random.Random) -> str:
    return rng.choices(list(LANG_WEIGHTS), list(LANG_WEIGHTS.values()))[0]


def person(
    f: Fam,
    persona: str,
    habit: str,
    lang: str | None = None,
    market: str | None = None,
    expected: list[str] | None = None,
    tolerated: list[str] | None = None,
    account: str | None = None,
    domain: str | None = None,
    first_taken: set[str] | None = None,
) -> Cust:
    rng = f.rng
    lang = lang or pick_lang(rng)
    market = market or pick_market(rng, lang)
    first = rng.choice(FIRST[lang])
    while first_taken is not None and first in first_taken:
        first = rng.choice(FIRST[lang])
    if first_taken is not None:
        first_taken.add(first)
    last = rng.choice(LAST[lang])
    key = unique(lambda: f"PS{f.code}{rng.randint(1000, 9999)}")
    a, b = ascii_name(first), ascii_name(last)
    if domain:
        email = unique(
            lambda: (
                rng.choice([f"{a}.{b}", f"{a[0]}{b}", f"{a}.{b}{rng.randint(2, 9)}"]) + "@" + domain
            )
        )
        handle = None
    else:
        dom = rng.choice(DOMAINS[market])
        email = unique(
            lambda: (
                rng.choice([f"{a}.{b}", f"{a}{b}{rng.randint(1, 99)}", f"{a[0]}.{b}", f"{b}.{a}"])
                + "@"
                + dom
            )
        )
        handle = unique(
            lambda: (
                "@"
                + rng.choice(
                    [
                        f"{b}_{a}{rng.randint(1, 9)}",
                        f"{a}{b}{rng.randint(10, 99)}",
                        f"{a}_{b}",
                        f"{b}{a[0]}",
                        f"{a}.{b[:3]}",
                    ]
                )
            )
        )
    phone = phone_for(rng, market)
    c = Cust(
        key,
        lang,
        market,
        first,
        last,
        email,
        phone,
        handle,
        account,
        persona,
        habit,
        list(expected or []),
        list(tolerated or []),
        rng.choice(JOBS[lang]),
        rng.choice(TOWNS[market]),
        "b2b" if account else "consumer",
    )
    f.custs[key] = c
    return c


def roughen(rr: random.Random, text: str) -> str:
    if rr.random() < 0.10:
        text = strip_accents(text)
    if rr.random() < 0.125 and text[:1].isupper():
        text = text[0].lower() + text[1:]
    if rr.random() < 1 / 7:
        words = text.split(" ")
        spots = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
        if spots:
            i = rr.choice(spots)
            w = words[i]
            j = rr.randint(1, len(w) - 3)
            if w[j] != w[j + 1]:
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            text = " ".join(words)
    return text


def add(
    f: Fam,
    c: Cust,
    t: datetime,
    channel: str,
    kind: str,
    text: str | None = None,
    subject: str | None = None,
    *,
    out: bool = False,
    nps: int | None = None,
    csat: int | None = None,
    ces: int | None = None,
    attrs: dict[str, str] | None = None,
) -> str:
    f.counter += 1
    eid = f"ps65-{f.code.lower()}-{f.counter:05d}"
    if eid in USED_IDS:
        raise SystemExit(f"duplicate event id {eid}")
    USED_IDS.add(eid)
    if text is not None and not out:
        if channel == "social" and c.segment == "consumer":
            if "Piscelia" in text:
                i = text.rfind("Piscelia")
                text = text[:i] + "@" + text[i:]
            else:
                text = "@Piscelia " + text
        if channel not in ("phone", "survey"):
            text = roughen(f.rr, text)
    a: dict[str, str] = {"market": c.market}
    if c.segment == "b2b":
        a["segment"] = "b2b"
    if out:
        a["agent"] = f.rng.choice(AGENTS[c.lang])
    a.update(attrs or {})
    ev: dict[str, Any] = {
        "event_id": eid,
        "occurred_at": iso(t),
        "channel": channel,
        "kind": kind,
        "direction": "outbound" if out else "inbound",
        "customer": {},
        "text": text,
        "subject": subject,
        "scores": {"nps": nps, "csat": csat, "ces": ces},
        "source": CHANNEL_SOURCE[channel],
        "attributes": a,
    }
    f.rows.append(Row(t, c.key, ev))
    return eid


def fmt(template: str, c: Cust, **kw: str) -> str:
    return template.format(first=c.first, **kw)


# ---------------------------------------------------------------- timing helpers


def at(f: Fam, day: float, hour: int = 0, minute: int = 0) -> datetime:
    return f.start + timedelta(days=day, hours=hour, minutes=minute)


def rt(f: Fam, day: int, h0: float, h1: float) -> datetime:
    minutes = f.rng.randint(int(h0 * 60), int(h1 * 60))
    return at(f, day) + timedelta(minutes=minutes)


def morning(f: Fam, t: datetime) -> datetime:
    """Moved out of 22:00-07:00 UTC, to 08:00-09:00."""
    if t.hour >= 22:
        base = (t + timedelta(days=1)).replace(hour=8, minute=0, second=0)
    elif t.hour < 7:
        base = t.replace(hour=8, minute=0, second=0)
    else:
        return t
    return base + timedelta(minutes=f.rng.randint(0, 59))


def office(f: Fam, t: datetime) -> datetime:
    """Weekdays 08:00-17:00 UTC, else the next working morning."""
    if t.hour >= 17:
        t = (t + timedelta(days=1)).replace(hour=8, minute=f.rng.randint(0, 50))
    elif t.hour < 8:
        t = t.replace(hour=8, minute=f.rng.randint(0, 50))
    while t.weekday() >= 5:
        t = (t + timedelta(days=1)).replace(hour=8, minute=f.rng.randint(0, 50))
    return t


def mins(f: Fam, a: int, b: int) -> timedelta:
    return timedelta(minutes=f.rng.randint(a, b))


# ---------------------------------------------------------------- acts

HAPPY_KINDS = [
    "praise",
    "praise",
    "again",
    "gripe",
    "chat",
    "chat",
    "email",
    "phone",
    "buy",
    "buy",
    "view",
    "review",
    "survey",
]
NO_SURVEY = [k for k in HAPPY_KINDS if k != "survey"]


def happy_act(f: Fam, c: Cust, t: datetime, kind: str) -> str:
    rng, lg = f.rng, c.lang
    if c.segment == "b2b":
        return b2b_act(f, c, t, kind)
    if kind in ("praise", "again", "gripe"):
        table = {"praise": W.PRAISE, "again": W.AGAIN, "gripe": W.GRIPE}[kind][lg]
        channel = rng.choice(["social", "community"])
        return add(
            f, c, t, channel, "mention" if channel == "social" else "post", rng.choice(table)
        )
    if kind == "chat":
        q, a = rng.choice(W.CHAT_Q[lg])
        eid = add(f, c, t, "chat", "chat", q)
        t2 = t + mins(f, 1, 6)
        add(f, c, t2, "chat", "chat", a, out=True)
        if rng.random() < 0.6:
            add(f, c, t2 + mins(f, 1, 4), "chat", "chat", rng.choice(W.THANKS[lg]))
        return eid
    if kind == "email":
        s, q, a = rng.choice(W.EMAIL_Q[lg])
        eid = add(f, c, t, "email", "message", fmt(q, c), s)
        add(
            f,
            c,
            morning(f, t + mins(f, 30, 180)),
            "email",
            "message",
            fmt(a, c),
            "RE: " + s,
            out=True,
        )
        return eid
    if kind == "phone":
        q, a = rng.choice(W.PHONE_Q[lg])
        eid = add(f, c, t, "phone", "call", q)
        add(
            f,
            c,
            morning(f, t + mins(f, 20, 60)),
            "email",
            "message",
            fmt(a, c),
            {"es": "Tu llamada", "fr": "Votre appel", "de": "Ihr Anruf", "en": "Your call"}[lg],
            out=True,
        )
        return eid
    if kind == "buy":
        label, eur = rng.choice(W.PRODUCTS[:12])
        page = rng.choice(W.PAGES)
        add(f, c, t, "web", "page_view", attrs={"page": page})
        return add(
            f,
            c,
            t + mins(f, 2, 15),
            "web",
            "purchase",
            attrs={
                "order_value": price(c.market, eur),
                "currency": currency(c.market),
                "product": label,
                "page": page,
            },
        )
    if kind == "view":
        return add(f, c, t, "web", "page_view", attrs={"page": rng.choice(W.PAGES)})
    if kind == "review":
        return add(
            f,
            c,
            t,
            "web",
            "review",
            rng.choice(W.REVIEW[lg]),
            attrs={
                "rating": rng.choice(["5", "5", "4"]),
                "page": rng.choice(["/shop/robots", "/plans/serenity", "/book/opening"]),
            },
        )
    return happy_survey(f, c, t)


def happy_survey(f: Fam, c: Cust, t: datetime) -> str:
    rng = f.rng
    which = rng.choice(["nps", "csat", "ces"])
    word = rng.choice(W.SURVEY_WORDS[c.lang]) or None
    if which == "nps":
        return add(
            f,
            c,
            t,
            "survey",
            "survey_response",
            word,
            nps=rng.choice([9, 10]),
            attrs={"survey": "nps"},
        )
    if which == "csat":
        return add(
            f,
            c,
            t,
            "survey",
            "survey_response",
            word,
            csat=rng.choice([4, 5]),
            attrs={"survey": "csat"},
        )
    return add(
        f, c, t, "survey", "survey_response", word, ces=rng.choice([6, 7]), attrs={"survey": "ces"}
    )


B2B_KINDS = ["praise", "chat", "chat", "buy", "buy", "view", "view", "survey"]


def b2b_act(f: Fam, c: Cust, t: datetime, kind: str) -> str:
    rng, lg = f.rng, c.lang
    if kind == "praise":
        return add(f, c, t, "community", "post", rng.choice(B.PRAISE[lg]))
    if kind == "chat":
        q, a = rng.choice(B.CHAT_Q[lg])
        eid = add(f, c, t, "chat", "chat", q)
        t2 = t + mins(f, 1, 6)
        add(f, c, t2, "chat", "chat", a, out=True)
        if rng.random() < 0.6:
            add(f, c, t2 + mins(f, 1, 4), "chat", "chat", rng.choice(B.THANKS[lg]))
        return eid
    if kind == "buy":
        label, eur = rng.choice(B.PRODUCTS)
        page = rng.choice(B.PAGES)
        add(f, c, t, "web", "page_view", attrs={"page": page})
        return add(
            f,
            c,
            t + mins(f, 2, 15),
            "web",
            "purchase",
            attrs={
                "order_value": price(c.market, eur),
                "currency": currency(c.market),
                "product": label,
                "page": page,
            },
        )
    if kind == "view":
        return add(f, c, t, "web", "page_view", attrs={"page": rng.choice(B.PAGES)})
    return happy_survey(f, c, t)


def case_ref(f: Fam) -> str:
    return unique(lambda: f"PS-{f.rng.randint(100000, 999999)}")


def fill(c: Cust, template: str, problem: str, spoken: bool = False) -> str:
    return template.format(amt=money(c.market, c.lang, W.AMOUNT[problem], spoken), first=c.first)


def complain(
    f: Fam, c: Cust, t: datetime, problem: str, channel: str, case: str | None
) -> tuple[str, datetime | None]:
    """One complaint about a problem; returns the event id and when the agent wrote (or None)."""
    rng, lg = f.rng, c.lang
    topic = W.TOPIC[lg][problem]
    subj = W.COMPLAINT_SUBJECT[lg] + topic
    if channel == "long":
        letter = rng.choice(W.LONG_EMAIL[lg])
        text = letter.format(core=fill(c, W.CORE[lg][problem], problem), first=c.first)
        eid = add(f, c, t, "email", "message", text, subj)
    elif channel == "email":
        text = (
            fill(c, W.CORE[lg][problem], problem)
            + "\n\n"
            + rng.choice(W.EMAIL_END[lg]).format(first=c.first)
        )
        eid = add(f, c, t, "email", "message", text, subj)
    elif channel == "form":
        eid = add(
            f,
            c,
            t,
            "web",
            "ticket",
            fill(c, W.CORE[lg][problem], problem),
            topic,
            attrs={"page": "/help/contact"},
        )
    elif channel == "phone":
        eid = add(f, c, t, "phone", "call", fill(c, W.SPOKEN[lg][problem], problem, spoken=True))
    elif channel == "chat":
        eid = add(f, c, t, "chat", "chat", fill(c, W.SHOUT[lg][problem], problem))
    else:
        eid = add(f, c, t, "social", "mention", fill(c, W.SHOUT[lg][problem], problem))
    if case is None or channel == "social":
        return eid, None
    if channel == "chat":
        t2 = t + mins(f, 1, 4)
        add(f, c, t2, "chat", "chat", W.CHAT_CASE[lg].format(case=case), out=True)
        return eid, t2
    t2 = morning(f, t + mins(f, 10, 40))
    add(
        f,
        c,
        t2,
        "email",
        "message",
        W.CASE_OPENED[lg].format(first=c.first, case=case),
        W.CASE_SUBJECT[lg] + case,
        out=True,
    )
    return eid, t2


def later_contact(
    f: Fam,
    c: Cust,
    t: datetime,
    n: int,
    case: str,
    problem: str,
    channel: str,
    comp: str | None,
    lang: str | None = None,
) -> str:
    """The n-th contact (2, 3 or 4) about the same open case."""
    lg = lang or c.lang
    topic = W.TOPIC[lg][problem]
    if channel == "phone":
        return add(
            f,
            c,
            t,
            "phone",
            "call",
            W.LATER_SPOKEN[lg][n - 2].format(case=case, topic=topic, comp=comp or ""),
        )
    text = W.LATER[lg][n - 2].format(case=case, topic=topic, comp=comp or "")
    if channel == "email":
        return add(f, c, t, "email", "message", text, W.CASE_SUBJECT[lg] + case)
    if channel == "web":
        return add(f, c, t, "web", "ticket", text, case, attrs={"page": "/help/contact"})
    if channel == "chat":
        eid = add(f, c, t, "chat", "chat", text)
        add(f, c, t + mins(f, 1, 4), "chat", "chat", W.URGENT[lg].format(case=case), out=True)
        return eid
    return add(f, c, t, "social", "mention", text)


def truth_customer(c: Cust) -> dict[str, Any]:
    d: dict[str, Any] = {
        "identifiers": {
            "customer_id": c.key,
            "email": c.email.lower(),
            "phone": c.phone,
            "handle": c.handle,
            "account_id": c.account,
        },
        "expected_rules": sorted(c.expected),
        "tolerated_rules": sorted(c.tolerated),
        "persona": c.persona,
        "habit": c.habit,
        "language": c.lang,
        "country": c.market,
        "segment": c.segment,
        "name": f"{c.first} {c.last}",
        "job": c.job,
        "town": c.town,
    }
    d.update(c.extra)
    return d


def new_fam(
    n: int, name: str, code: str, start: datetime, days: int, about: str, planned: dict[str, int]
) -> Fam:
    return Fam(
        name,
        code,
        start,
        days,
        about,
        SEED * 100 + n,
        random.Random(SEED * 100 + n),
        random.Random(SEED * 100 + 50 + n),
        planned,
    )


def distinct_days(f: Fam, pool: list[int], k: int) -> list[int]:
    return sorted(f.rng.sample(pool, min(k, len(pool))))


# ---------------------------------------------------------------- families


def happy_writers() -> Fam:
    f = new_fam(
        1,
        "happy_writers",
        "HW",
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        "households happy with their pool care: day writers, night writers, survey answerers",
        {},
    )
    rng = f.rng
    for _ in range(16):
        c = person(f, "happy", "day writer")
        for d in distinct_days(f, list(range(10)), rng.randint(5, 8)):
            happy_act(f, c, rt(f, d, 7, 19), rng.choice(HAPPY_KINDS))
    for _ in range(5):
        c = person(f, "happy", "night writer")
        for d in distinct_days(f, list(range(9)), rng.randint(2, 4)):
            t = at(f, d, 22, 12) + mins(f, 0, 378)
            if rng.random() < 0.5:
                ch = rng.choice(["social", "community"])
                add(
                    f,
                    c,
                    t,
                    ch,
                    "mention" if ch == "social" else "post",
                    rng.choice(W.NIGHT_POST[c.lang]),
                )
            else:
                q, a = rng.choice(W.NIGHT_CHAT[c.lang])
                add(f, c, t, "chat", "chat", q)
                t2 = t + mins(f, 1, 5)
                add(f, c, t2, "chat", "chat", a, out=True)
                add(f, c, t2 + mins(f, 1, 3), "chat", "chat", rng.choice(W.THANKS[c.lang]))
        for d in distinct_days(f, list(range(10)), rng.randint(2, 3)):
            happy_act(f, c, rt(f, d, 9, 18), rng.choice(["praise", "buy", "view", "review"]))
    for _ in range(5):
        c = person(f, "happy", "answers surveys")
        for d in distinct_days(f, list(range(10)), rng.randint(3, 6)):
            happy_survey(f, c, rt(f, d, 8, 20))
    return f


def one_bad_day() -> Fam:
    f = new_fam(
        2,
        "one_bad_day",
        "BD",
        datetime(2026, 4, 13, tzinfo=UTC),
        12,
        "happy households with one angry day each, and controls",
        {"detractor": 6},
    )
    rng = f.rng
    channels = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["form"] * 4 + ["phone"] * 4
    )
    problems = list(W.PROBLEMS) * 4
    rng.shuffle(problems)
    with_case = [i for i, ch in enumerate(channels) if ch != "social"]
    nps_set = set(rng.sample(with_case, 6))
    rest = [i for i in with_case if i not in nps_set]
    csat_set = set(rng.sample(rest, 5))
    good_set = set(rng.sample(with_case, 12))
    apology_set = set(rng.sample(sorted(good_set), 5))
    long_langs = ["es", "es", "fr", "fr"]
    for i, ch in enumerate(channels):
        lang = long_langs.pop() if ch == "long" else None
        detr = i in nps_set
        c = person(
            f,
            "bad_day_detractor" if detr else "happy_one_bad_day",
            "one bad day",
            lang=lang,
            expected=["detractor"] if detr else [],
            tolerated=["silence"],
        )
        bd = rng.randint(2, 9)
        t = rt(f, bd, 8, 20)
        problem = problems[i]
        case = None if ch == "social" else case_ref(f)
        pool = [d for d in range(12) if d <= bd - 2 or d >= bd + 3]
        for d in distinct_days(f, pool, rng.randint(1, 5)):
            happy_act(f, c, rt(f, d, 8, 20), rng.choice(NO_SURVEY))
        eid, _ = complain(f, c, t, problem, ch, case)
        c.extra.update(
            {
                "problem": problem,
                "booking": case,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(t),
                "long_email": ch == "long",
                "channel": {"long": "email", "form": "web"}.get(ch, ch),
            }
        )
        if detr:
            score = rng.randint(1, 5)
            sid = add(
                f,
                c,
                t + mins(f, 100, 140),
                "survey",
                "survey_response",
                rng.choice(W.LOW_NPS[c.lang]) or None,
                nps=score,
                attrs={"survey": "nps"},
            )
            c.extra.update({"nps_given": True, "nps": score, "survey_event_id": sid})
        if i in csat_set:
            score = rng.randint(1, 2)
            sid = add(
                f,
                c,
                t + mins(f, 40, 80),
                "survey",
                "survey_response",
                rng.choice(W.LOW_CSAT[c.lang]) or None,
                csat=score,
                attrs={"survey": "csat"},
            )
            c.extra.update({"csat_given": True, "csat": score, "survey_event_id": sid})
        if i in good_set and case:
            add(
                f,
                c,
                morning(f, t + mins(f, 60, 240)),
                "email",
                "message",
                W.GOOD_NEWS[c.lang].format(first=c.first, case=case),
                W.CASE_SUBJECT[c.lang] + case,
                out=True,
            )
            c.extra["agent_fixed"] = True
            if i in apology_set:
                ta = morning(f, t + mins(f, 16 * 60, 24 * 60))
                ch2 = rng.choice(["chat", "email"])
                aid = add(
                    f,
                    c,
                    ta,
                    ch2,
                    "chat" if ch2 == "chat" else "message",
                    rng.choice(W.APOLOGY[c.lang]),
                    None if ch2 == "chat" else W.CASE_SUBJECT[c.lang] + case,
                )
                c.extra.update({"apologised": True, "apology_at": iso(ta), "apology_event_id": aid})
    for _ in range(8):
        c = person(f, "happy", "control")
        for d in distinct_days(f, list(range(12)), rng.randint(4, 7)):
            happy_act(f, c, rt(f, d, 8, 20), rng.choice(HAPPY_KINDS))
    return f


def fixed_cycle(
    f: Fam,
    c: Cust,
    day: int,
    problem: str,
    channel: str,
    lang: str | None = None,
    confirm_lang: str | None = None,
) -> dict[str, Any]:
    rng = f.rng
    case = case_ref(f)
    t = rt(f, day, 8, 19)
    lg_saved = c.lang
    if lang:
        c.lang = lang
    eid, t_ack = complain(f, c, t, problem, channel, case)
    c.lang = confirm_lang or lg_saved
    tg = morning(f, (t_ack or t) + mins(f, 3 * 60, 20 * 60))
    add(
        f,
        c,
        tg,
        "email",
        "message",
        W.GOOD_NEWS[c.lang].format(first=c.first, case=case),
        W.CASE_SUBJECT[c.lang] + case,
        out=True,
    )
    tc = morning(f, tg + mins(f, 8 * 60, 30 * 60))
    cch = rng.choice(["email", "chat"])
    cid = add(
        f,
        c,
        tc,
        cch,
        "message" if cch == "email" else "chat",
        rng.choice(W.CONFIRM[c.lang]).format(case=case),
        W.CASE_SUBJECT[c.lang] + case if cch == "email" else None,
    )
    c.lang = lg_saved
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(tg),
        "confirmed_at": iso(tc),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": {"form": "web"}.get(channel, channel),
        "confirm_channel": cch,
    }


def repeat_run(
    f: Fam,
    c: Cust,
    first_day: int,
    count: int,
    first_channel: str,
    quality: bool,
    langs: list[str] | None = None,
) -> None:
    rng = f.rng
    problem = rng.choice(W.PROBLEMS)
    case = case_ref(f)
    comp = rng.choice(W.COMPETITORS) if count >= 3 else None
    t = rt(f, first_day, 8, 19)
    first_lang = langs[0] if langs else c.lang
    home = c.lang
    c.lang = first_lang
    eid, _ = complain(f, c, t, problem, first_channel, case)
    if quality:
        add(
            f,
            c,
            morning(f, t + mins(f, 90, 150)),
            "email",
            "message",
            W.QUALITY_LEAD[c.lang].format(first=c.first, case=case),
            W.CASE_SUBJECT[c.lang] + case,
            out=True,
        )
    c.lang = home
    used = {{"form": "web"}.get(first_channel, first_channel)}
    options = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch not in used]
    rng.shuffle(options)
    ids, chans = [eid], [{"form": "web"}.get(first_channel, first_channel)]
    tn = t
    for n in range(2, count + 1):
        tn = morning(f, tn + mins(f, 4 * 60, 40 * 60))
        ch = options[n - 2]
        lg = langs[(n - 1) % 2] if langs else c.lang
        ids.append(later_contact(f, c, tn, n, case, problem, ch, comp, lang=lg))
        chans.append(ch)
    c.extra.update(
        {
            "problem": problem,
            "booking": case,
            "contacts": count,
            "channels": chans,
            "channel": chans[0],
            "problem_event_ids": ids,
            "trouble_starts_at": iso(t),
            "competitor": comp,
            "agent_passed_on": quality,
        }
    )


def repeat_contacts() -> Fam:
    f = new_fam(
        3,
        "repeat_contacts",
        "RC",
        datetime(2026, 5, 11, tzinfo=UTC),
        10,
        "households raising one open problem two to four times; fixed cases; two problems; frequent writers",
        {"repeat_contact": 12},
    )
    rng = f.rng
    counts = [2] * 4 + [3] * 4 + [4] * 4
    firsts = ["form"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    rng.shuffle(firsts)
    quality = [True] * 6 + [False] * 6
    rng.shuffle(quality)
    for i in range(12):
        c = person(
            f,
            "repeat_contact",
            "repeats",
            expected=["repeat_contact"],
            tolerated=CONSUMER_TOL_REPEAT,
        )
        for _ in range(rng.randint(1, 3)):
            happy_act(f, c, rt(f, 0, 7, 12), rng.choice(NO_SURVEY))
        repeat_run(f, c, rng.randint(1, 4), counts[i], firsts[i], quality[i])
    for _ in range(5):
        c = person(f, "resolved_between_contacts", "fixed", tolerated=["silence"])
        for d in distinct_days(f, [0, 1], rng.randint(1, 2)):
            happy_act(f, c, rt(f, d, 8, 18), rng.choice(NO_SURVEY))
        cyc = fixed_cycle(
            f, c, rng.randint(2, 5), rng.choice(W.PROBLEMS), rng.choice(["form", "email", "chat"])
        )
        c.extra.update(
            {
                "problems": [cyc],
                "booking": cyc["booking"],
                "trouble_starts_at": cyc["raised_at"],
                "problem_event_ids": cyc["problem_event_ids"],
            }
        )
    for _ in range(3):
        c = person(f, "different_problems", "two problems", tolerated=["silence"])
        p1, p2 = rng.sample(list(W.PROBLEMS), 2)
        d1 = rng.randint(1, 2)
        cyc1 = fixed_cycle(f, c, d1, p1, rng.choice(["form", "email", "chat"]))
        cyc2 = fixed_cycle(f, c, d1 + rng.randint(4, 5), p2, rng.choice(["form", "email", "chat"]))
        c.extra.update({"problems": [cyc1, cyc2], "trouble_starts_at": cyc1["raised_at"]})
    for _ in range(7):
        c = person(f, "happy", "frequent writer")
        for d in distinct_days(f, list(range(10)), rng.randint(5, 8)):
            happy_act(
                f,
                c,
                rt(f, d, 7, 20),
                rng.choice(["chat", "chat", "email", "phone", "email", "buy"]),
            )
    return f


def slide(f: Fam, c: Cust, day0: int, span: int, langs: list[str] | None = None) -> list[str]:
    rng = f.rng
    comp = rng.choice(W.COMPETITORS)
    ids: list[str] = []
    ratings = ["3", "3", "2", "2", "1", "1"]
    prev = at(f, day0, 8)
    times: list[datetime] = []
    for k in range(6):
        d = day0 + round(span * k / 5)
        t = rt(f, d, 9, 20)
        if t < prev + timedelta(hours=1):
            t = prev + timedelta(hours=1) + mins(f, 0, 40)
        t = morning(f, t)
        times.append(t)
        prev = t
    for k, t in enumerate(times):
        lg = langs[k % 2] if langs else c.lang
        text = W.SLIDE[lg][k].format(comp=comp)
        ch = rng.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                add(
                    f,
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={
                        "rating": ratings[k],
                        "page": rng.choice(["/plans/serenity", "/app/visits"]),
                    },
                )
            )
        else:
            ids.append(add(f, c, t, ch, "mention" if ch == "social" else "post", text))
    c.extra.update(
        {
            "slide_event_ids": ids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": iso(times[0]),
        }
    )
    c.extra["_slide_times"] = times
    return ids


def slow_churners() -> Fam:
    f = new_fam(
        4,
        "slow_churners",
        "SC",
        datetime(2026, 6, 29, tzinfo=UTC),
        32,
        "sliding households, leavers, steady, steadily grumpy and sarcastic ones",
        {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
    )
    rng = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    rng.shuffle(spans)
    nps_idx = set(rng.sample(range(10), 5))
    for i in range(10):
        c = person(
            f,
            "slow_churner",
            "slides",
            expected=["sentiment_drop"] + (["detractor"] if i in nps_idx else []),
            tolerated=SLIDER_TOL,
        )
        n_praise = rng.randint(4, 5)
        days = distinct_days(f, list(range(11)), n_praise + rng.randint(2, 4))
        for j, d in enumerate(days):
            kind = (
                rng.choice(["praise", "again"])
                if j < n_praise
                else rng.choice(["chat", "buy", "view", "email", "phone"])
            )
            happy_act(f, c, rt(f, d, 8, 20), kind)
        slide(f, c, rng.randint(12, 16), spans[i])
        times: list[datetime] = c.extra.pop("_slide_times")
        if i in nps_idx:
            score = rng.randint(1, 5)
            sid = add(
                f,
                c,
                morning(f, times[3] + mins(f, 150, 210)),
                "survey",
                "survey_response",
                rng.choice(W.LOW_NPS[c.lang]) or None,
                nps=score,
                attrs={"survey": "nps"},
            )
            c.extra.update({"nps_given": True, "nps": score, "survey_event_id": sid})
    for _ in range(5):
        c = person(
            f, "slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=LEAVER_TOL
        )
        for d in distinct_days(f, list(range(16)), rng.randint(4, 6)):
            happy_act(f, c, rt(f, d, 8, 20), rng.choice(NO_SURVEY))
        t = rt(f, rng.randint(17, 23), 8, 20)
        s, q, a = rng.choice(W.LEAVE[c.lang])
        eid = add(f, c, t, "email", "message", fmt(q, c), s)
        add(
            f,
            c,
            morning(f, t + mins(f, 60, 300)),
            "email",
            "message",
            fmt(a, c),
            "RE: " + s,
            out=True,
        )
        tc = morning(f, t + mins(f, 20 * 60, 30 * 60))
        cid = add(
            f,
            c,
            tc,
            "web",
            "cancellation",
            attrs={
                "page": "/account/plan/cancel",
                "product": "Serenity plan, monthly / Plan Serenity, mensual",
            },
        )
        c.extra.update(
            {
                "churn_intent_event_id": eid,
                "cancellation_event_id": cid,
                "churn_at": iso(tc),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = person(f, "happy", "steady")
        for d in distinct_days(f, list(range(32)), rng.randint(6, 10)):
            happy_act(f, c, rt(f, d, 8, 20), rng.choice(HAPPY_KINDS))
    for _ in range(5):
        c = person(f, "steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        d = rng.randint(0, 4)
        ids = []
        for k in range(rng.randint(5, 7)):
            t = rt(f, d, 8, 21)
            text = rng.choice(W.GRUMBLE[c.lang])
            ch = rng.choice(["social", "community", "form", "review"])
            if ch == "review":
                ids.append(
                    add(
                        f, c, t, "web", "review", text, attrs={"rating": "3", "page": "/app/visits"}
                    )
                )
            elif ch == "form":
                ids.append(
                    add(f, c, t, "web", "ticket", text, None, attrs={"page": "/help/contact"})
                )
            else:
                ids.append(add(f, c, t, ch, "mention" if ch == "social" else "post", text))
            if k == 0:
                c.extra["trouble_starts_at"] = iso(t)
            d += rng.randint(1, 3)
        for _ in range(rng.randint(0, 2)):
            happy_act(f, c, rt(f, rng.randint(0, 31), 9, 19), "buy")
        c.extra["grumble_event_ids"] = ids
    for _ in range(5):
        c = person(f, "happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        for d in distinct_days(f, list(range(32)), rng.randint(4, 6)):
            happy_act(f, c, rt(f, d, 8, 20), rng.choice(HAPPY_KINDS))
        t = rt(f, rng.randint(17, 28), 9, 21)
        ch = rng.choice(["social", "community"])
        sid = add(
            f, c, t, ch, "mention" if ch == "social" else "post", rng.choice(W.SARCASM[c.lang])
        )
        c.extra["sarcasm_event_id"] = sid
    return f


def quiet_hours() -> Fam:
    f = new_fam(
        5,
        "quiet_hours",
        "QH",
        datetime(2026, 8, 21, tzinfo=UTC),
        3,
        "a calm summer weekend with night owls in bursts",
        {},
    )
    rng = f.rng
    for _ in range(16):
        c = person(f, "happy", "day writer")
        for d in distinct_days(f, [0, 1, 2], rng.randint(1, 3)):
            happy_act(
                f,
                c,
                rt(f, d, 7, 17.5),
                rng.choice(["praise", "chat", "buy", "view", "review", "survey", "again"]),
            )
    for i in range(4):
        c = person(f, "grumbles_once", "grumbles once", tolerated=["silence"])
        t = rt(f, rng.randint(0, 2), 9, 17)
        happy_act(f, c, t, rng.choice(["buy", "view"]))
        q, a = rng.choice(W.MILD[c.lang])
        tg = t + mins(f, 20, 30)
        if i < 2:
            gid = add(f, c, tg, "chat", "chat", q)
            add(f, c, tg + mins(f, 1, 5), "chat", "chat", a, out=True)
        else:
            gid = add(f, c, tg, "web", "ticket", q, None, attrs={"page": "/help/contact"})
            add(
                f,
                c,
                tg + mins(f, 30, 120),
                "email",
                "message",
                W.MILD_ACK[c.lang].format(first=c.first),
                None,
                out=True,
            )
        c.extra.update({"grumble_event_id": gid, "trouble_starts_at": iso(tg)})
    daytime = set(rng.sample(range(36), 18))
    n = 0
    for night in (1, 2, 3):
        b1 = at(f, night, 0, 40) + mins(f, 0, 25)
        starts = [b1, b1 + mins(f, 28, 33), b1 + mins(f, 55, 65)]
        for m, bs in enumerate(starts, start=1):
            for _ in range(4):
                c = person(f, "night_owl", f"night {night}, burst {m}")
                t = bs + mins(f, 0, 10)
                if rng.random() < 0.5:
                    q, a = rng.choice(W.NIGHT_CHAT[c.lang])
                    nid = add(f, c, t, "chat", "chat", q)
                    t2 = t + mins(f, 1, 4)
                    add(f, c, t2, "chat", "chat", a, out=True)
                    add(f, c, t2 + mins(f, 1, 3), "chat", "chat", rng.choice(W.THANKS[c.lang]))
                else:
                    ch = rng.choice(["social", "community"])
                    nid = add(
                        f,
                        c,
                        t,
                        ch,
                        "mention" if ch == "social" else "post",
                        rng.choice(W.NIGHT_POST[c.lang]),
                    )
                c.extra.update({"burst_at": iso(bs), "night_event_id": nid})
                if n in daytime:
                    happy_act(
                        f,
                        c,
                        rt(f, rng.randint(0, 2), 9, 17.5),
                        rng.choice(["praise", "buy", "view", "review"]),
                    )
                n += 1
    return f


PAIRS = (
    [("es", "fr")] * 4
    + [("fr", "es")] * 4
    + [
        ("es", "en"),
        ("en", "es"),
        ("fr", "en"),
        ("en", "fr"),
        ("de", "fr"),
        ("fr", "de"),
        ("es", "de"),
        ("de", "es"),
        ("de", "en"),
        ("en", "de"),
    ]
    + [("fr", "es"), ("es", "fr")] * 4
    + [("es", "en"), ("fr", "de"), ("en", "fr"), ("de", "es"), ("es", "fr")]
)
SECOND_WHY = {
    "es": "grew up in Spain, writes Spanish when in a hurry",
    "fr": "studied in Lyon, the family speaks French",
    "de": "works for a German firm, writes German at work",
    "en": "partner is Irish, the household account is in English",
}


def bilingual() -> Fam:
    f = new_fam(
        6,
        "bilingual",
        "BL",
        datetime(2026, 9, 7, tzinfo=UTC),
        14,
        "households writing in two languages",
        {"repeat_contact": 5, "sentiment_drop": 5},
    )
    rng = f.rng
    pairs = list(PAIRS[:27])

    def bperson(persona: str, habit: str, pair: tuple[str, str], **kw: Any) -> Cust:
        markets = sorted({m for lg in pair for m, _ in MARKETS[lg]})
        c = person(f, persona, habit, lang=pair[0], market=rng.choice(markets), **kw)
        c.extra.update({"languages": list(pair), "job_second_language": SECOND_WHY[pair[1]]})
        return c

    def act_in(c: Cust, lang: str, t: datetime, kind: str) -> None:
        home = c.lang
        c.lang = lang
        happy_act(f, c, t, kind)
        c.lang = home

    for i in range(12):
        pair = pairs[i]
        c = bperson("happy", "alternates languages", pair)
        for j, d in enumerate(distinct_days(f, list(range(14)), rng.randint(5, 8))):
            act_in(c, pair[j % 2], rt(f, d, 8, 20), rng.choice(HAPPY_KINDS))
    counts = [2, 2, 3, 3, 4]
    for i in range(5):
        pair = pairs[12 + i]
        c = bperson(
            "repeat_contact",
            "repeats",
            pair,
            expected=["repeat_contact"],
            tolerated=CONSUMER_TOL_REPEAT,
        )
        for j, d in enumerate(distinct_days(f, [0, 1], rng.randint(1, 2))):
            act_in(c, pair[j % 2], rt(f, d, 8, 18), rng.choice(NO_SURVEY))
        repeat_run(
            f,
            c,
            rng.randint(2, 5),
            counts[i],
            rng.choice(["form", "email", "chat"]),
            counts[i] >= 3,
            langs=list(pair),
        )
    for i in range(5):
        pair = pairs[17 + i]
        c = bperson(
            "slow_churner", "slides", pair, expected=["sentiment_drop"], tolerated=SLIDER_TOL
        )
        days = distinct_days(f, list(range(6)), 5)
        for j, d in enumerate(days):
            act_in(c, pair[j % 2], rt(f, d, 8, 20), rng.choice(["praise", "again", "praise"]))
        for j in range(rng.randint(1, 3)):
            act_in(
                c, pair[j % 2], rt(f, rng.randint(0, 5), 8, 20), rng.choice(["chat", "buy", "view"])
            )
        slide(f, c, rng.randint(7, 8), rng.randint(3, 5), langs=list(pair))
        c.extra.pop("_slide_times")
    bad = ["long", "email", "chat"]
    for i in range(3):
        pair = pairs[22 + i]
        if bad[i] == "long":
            pair = ("de", "fr")
        c = bperson("happy_one_bad_day", "one bad day", pair, tolerated=["silence"])
        bd = rng.randint(4, 9)
        for j, d in enumerate(
            distinct_days(
                f, [d for d in range(14) if d <= bd - 2 or d >= bd + 3], rng.randint(2, 4)
            )
        ):
            act_in(c, pair[j % 2], rt(f, d, 8, 20), rng.choice(NO_SURVEY))
        t = rt(f, bd, 8, 20)
        problem = rng.choice(W.PROBLEMS)
        case = case_ref(f)
        c.lang = pair[1]
        eid, _ = complain(f, c, t, problem, bad[i], case)
        if bad[i] != "chat":
            add(
                f,
                c,
                morning(f, t + mins(f, 60, 240)),
                "email",
                "message",
                W.GOOD_NEWS[c.lang].format(first=c.first, case=case),
                W.CASE_SUBJECT[c.lang] + case,
                out=True,
            )
            c.extra["agent_fixed"] = True
        if bad[i] == "email":
            ta = morning(f, t + mins(f, 18 * 60, 24 * 60))
            aid = add(f, c, ta, "chat", "chat", rng.choice(W.APOLOGY[c.lang]))
            c.extra.update({"apologised": True, "apology_at": iso(ta), "apology_event_id": aid})
        c.lang = pair[0]
        c.extra.update(
            {
                "problem": problem,
                "booking": case,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "bad_day_language": pair[1],
                "trouble_starts_at": iso(t),
                "long_email": bad[i] == "long",
            }
        )
    for i in range(2):
        pair = pairs[25 + i]
        c = bperson("resolved_between_contacts", "fixed", pair, tolerated=["silence"])
        act_in(c, pair[0], rt(f, rng.randint(0, 2), 8, 18), rng.choice(NO_SURVEY))
        cyc = fixed_cycle(
            f,
            c,
            rng.randint(3, 7),
            rng.choice(W.PROBLEMS),
            "form",
            lang=pair[0],
            confirm_lang=pair[1],
        )
        c.extra.update(
            {
                "problems": [cyc],
                "booking": cyc["booking"],
                "trouble_starts_at": cyc["raised_at"],
                "confirm_language": pair[1],
                "problem_event_ids": cyc["problem_event_ids"],
            }
        )
    return f


ACCOUNTS: list[dict[str, Any]] = [
    # kind, market, lang, site, company, contacts, problem, complainers
    {
        "kind": "at_risk",
        "market": "ES",
        "lang": "es",
        "site": "hotel",
        "company": "Hoteles Brisamar",
        "contacts": 5,
        "problem": "invoice",
        "n": 3,
    },
    {
        "kind": "at_risk",
        "market": "ES",
        "lang": "es",
        "site": "residential_community",
        "company": "Residencial Los Almendros",
        "contacts": 6,
        "problem": "overbilled",
        "n": 4,
    },
    {
        "kind": "at_risk",
        "market": "FR",
        "lang": "fr",
        "site": "campsite",
        "company": "Camping Les Pins Dorés",
        "contacts": 4,
        "problem": "portal",
        "n": 3,
    },
    {
        "kind": "at_risk",
        "market": "FR",
        "lang": "fr",
        "site": "municipal_pool",
        "company": "Régie des Bassins de Sète",
        "contacts": 5,
        "problem": "invoice",
        "n": 4,
    },
    {
        "kind": "at_risk",
        "market": "DE",
        "lang": "de",
        "site": "school",
        "company": "Internatsschule Seewald",
        "contacts": 5,
        "problem": "service_blocked",
        "n": 3,
    },
    {
        "kind": "one_unhappy",
        "market": "ES",
        "lang": "es",
        "site": "gym",
        "company": "Club Deportivo Turia",
        "contacts": 3,
        "problem": "service_blocked",
        "n": 1,
    },
    {
        "kind": "one_unhappy",
        "market": "FR",
        "lang": "fr",
        "site": "retirement_home",
        "company": "Résidence Les Tilleuls",
        "contacts": 3,
        "problem": "overbilled",
        "n": 1,
    },
    {
        "kind": "one_unhappy",
        "market": "CH",
        "lang": "fr",
        "site": "hotel",
        "company": "Hôtel du Léman",
        "contacts": 3,
        "problem": "portal",
        "n": 1,
    },
    {
        "kind": "one_unhappy",
        "market": "UK",
        "lang": "en",
        "site": "spa",
        "company": "Harrowgate Spa Rooms",
        "contacts": 3,
        "problem": "invoice",
        "n": 1,
    },
    {
        "kind": "mild",
        "market": "FR",
        "lang": "fr",
        "site": "holiday_village",
        "company": "Village Vacances Cap Soleil",
        "contacts": 4,
        "problem": None,
        "n": 0,
    },
    {
        "kind": "mild",
        "market": "ES",
        "lang": "es",
        "site": "university",
        "company": "Universidad del Mediterráneo",
        "contacts": 4,
        "problem": None,
        "n": 0,
    },
    {
        "kind": "mild",
        "market": "AT",
        "lang": "de",
        "site": "hotel",
        "company": "Thermenhotel Lindenhof",
        "contacts": 4,
        "problem": None,
        "n": 0,
    },
    {
        "kind": "happy",
        "market": "BE",
        "lang": "fr",
        "site": "sports_centre",
        "company": "Centre Aquatique de Wavre",
        "contacts": 3,
        "problem": None,
        "n": 0,
    },
    {
        "kind": "happy",
        "market": "ES",
        "lang": "es",
        "site": "campsite",
        "company": "Camping Playa Serena",
        "contacts": 3,
        "problem": None,
        "n": 0,
    },
    {
        "kind": "happy",
        "market": "IE",
        "lang": "en",
        "site": "hotel",
        "company": "Glenmore Lodge Hotel",
        "contacts": 4,
        "problem": None,
        "n": 0,
    },
]


def b2b_accounts() -> Fam:
    f = new_fam(
        7,
        "b2b_accounts",
        "BB",
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
        "Piscelia Pro accounts: at risk, one unhappy contact, mild suggestions, happy",
        {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    )
    rng = f.rng
    weekdays = [d for d in range(14) if (f.start + timedelta(days=d)).weekday() < 5]
    for spec in ACCOUNTS:
        mk: str = spec["market"]
        acc = unique(lambda: f"PSP-{mk}-{rng.randint(1000, 9999)}")  # noqa: B023
        dom = ascii_name(spec["company"])[:18] + ".example"
        taken: set[str] = set()
        kind = spec["kind"]
        n = spec["n"] if kind != "mild" else 2
        contacts: list[Cust] = []
        for k in range(spec["contacts"]):
            role = (
                "complainer"
                if k < spec["n"]
                else ("suggests" if kind == "mild" and k < 2 else "contact")
            )
            if kind == "at_risk" and role == "complainer":
                last_one = k == spec["n"] - 1
                persona, exp, tol = (
                    "b2b_unhappy",
                    (["repeat_contact"] if last_one else ["detractor"]),
                    B2B_TOL,
                )
            elif kind == "one_unhappy" and role == "complainer":
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
                persona,
                role,
                lang=spec["lang"],
                market=spec["market"],
                expected=exp,
                tolerated=tol,
                account=acc,
                domain=dom,
                first_taken=taken,
            )
            c.job = rng.choice(B.JOBS)
            c.extra.update({"company": spec["company"], "role": role, "job_title": c.job})
            contacts.append(c)
        unhappy = [c for c in contacts if c.extra["role"] == "complainer"]
        # routine acts
        for c in contacts:
            if c.extra["role"] == "contact":
                for d in distinct_days(f, weekdays, rng.randint(2, 5)):
                    b2b_act(f, c, rt(f, d, 8, 16.5), rng.choice(B2B_KINDS))
            else:
                for _ in range(rng.randint(0, 2)):
                    b2b_act(
                        f,
                        c,
                        rt(f, rng.choice([0, 1]), 8, 16.5),
                        rng.choice(["chat", "buy", "view"]),
                    )
        truth: dict[str, Any] = {
            "company": spec["company"],
            "site": spec["site"],
            "contacts": len(contacts),
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": [c.key for c in unhappy],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": spec["problem"] if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": spec["lang"],
            "country": spec["market"],
        }
        lg = spec["lang"]
        if kind == "at_risk":
            problem = spec["problem"]
            case = case_ref(f)
            t = rt(f, 2, 8, 12)
            first_t = t
            truth["trouble_starts_at"] = iso(t)
            first = unhappy[0]
            for k, c in enumerate(unhappy):
                if k == 0:
                    text = B.FIRST[lg][problem].format(first=c.first)
                    subj = W.COMPLAINT_SUBJECT[lg] + B.TOPIC[lg][problem]
                else:
                    t = office(f, t + mins(f, 8 * 60, 28 * 60))
                    day = (
                        B.DAY[lg][5] if t.date() == first_t.date() else B.DAY[lg][first_t.weekday()]
                    )
                    text = B.LATER[lg].format(
                        who=first.first,
                        day=day,
                        case=case,
                        topic=B.TOPIC[lg][problem],
                        first=c.first,
                    )
                    subj = W.CASE_SUBJECT[lg] + case
                eid = add(f, c, t, "email", "message", text, subj)
                if k == 0:
                    first_t = t
                    add(
                        f,
                        c,
                        office(f, t + mins(f, 20, 90)),
                        "email",
                        "message",
                        B.ACK[lg].format(first=c.first, case=case),
                        W.CASE_SUBJECT[lg] + case,
                        out=True,
                    )
                ids = [eid]
                if k < len(unhappy) - 1:
                    score = rng.randint(1, 5)
                    sid = add(
                        f,
                        c,
                        t + mins(f, 60, 180),
                        "survey",
                        "survey_response",
                        None,
                        nps=score,
                        attrs={"survey": "nps"},
                    )
                    c.extra.update({"nps_given": True, "nps": score, "survey_event_id": sid})
                else:
                    t2 = office(f, t + mins(f, 18 * 60, 40 * 60))
                    if spec["market"] == "FR" and problem == "invoice":
                        comp = rng.choice(W.COMPETITORS)
                        ids.append(
                            add(
                                f,
                                c,
                                t2,
                                "email",
                                "message",
                                B.LAST_EMAIL[lg].format(
                                    case=case, topic=B.TOPIC[lg][problem], comp=comp, first=c.first
                                ),
                                W.CASE_SUBJECT[lg] + case,
                            )
                        )
                        c.extra["competitor"] = comp
                    else:
                        ids.append(
                            add(
                                f,
                                c,
                                t2,
                                "phone",
                                "call",
                                B.LAST_CALL[lg].format(case=case, topic=B.TOPIC[lg][problem]),
                            )
                        )
                c.extra.update(
                    {
                        "problem": problem,
                        "booking": case,
                        "complaint_event_ids": ids,
                        "trouble_starts_at": iso(t),
                        "problem_event_ids": ids,
                    }
                )
        elif kind == "one_unhappy":
            c = unhappy[0]
            problem = spec["problem"]
            case = case_ref(f)
            t = rt(f, rng.choice([3, 4, 7]), 8, 16)
            eid = add(
                f,
                c,
                t,
                "email",
                "message",
                B.FIRST[lg][problem].format(first=c.first),
                W.COMPLAINT_SUBJECT[lg] + B.TOPIC[lg][problem],
            )
            add(
                f,
                c,
                office(f, t + mins(f, 20, 90)),
                "email",
                "message",
                B.ACK[lg].format(first=c.first, case=case),
                W.CASE_SUBJECT[lg] + case,
                out=True,
            )
            score = rng.randint(1, 5)
            sid = add(
                f,
                c,
                t + mins(f, 60, 180),
                "survey",
                "survey_response",
                None,
                nps=score,
                attrs={"survey": "nps"},
            )
            c.extra.update(
                {
                    "problem": problem,
                    "booking": case,
                    "complaint_event_ids": [eid],
                    "trouble_starts_at": iso(t),
                    "nps_given": True,
                    "nps": score,
                    "survey_event_id": sid,
                }
            )
        elif kind == "mild":
            sugg = list(B.MILD[lg])
            for k, c in enumerate(contacts[:n]):
                t = rt(f, rng.choice([2, 3, 4, 7, 8]), 8, 16)
                mid = add(
                    f,
                    c,
                    t,
                    "web",
                    "ticket",
                    sugg[k % len(sugg)],
                    None,
                    attrs={"page": "/pro/contact"},
                )
                add(
                    f,
                    c,
                    office(f, t + mins(f, 30, 180)),
                    "email",
                    "message",
                    B.MILD_ACK[lg].format(first=c.first),
                    None,
                    out=True,
                )
                c.extra.update({"mild_event_id": mid, "trouble_starts_at": iso(t)})
        f.accounts[acc] = truth
    return f


def topic_spike() -> Fam:
    f = new_fam(
        8,
        "topic_spike",
        "TS",
        datetime(2026, 6, 8, tzinfo=UTC),
        7,
        "a calm week and a planted spike: Dosa smart dosers stuck on E19/DS after an overnight update",
        {"topic_spike": 1, "repeat_contact": 6},
    )
    rng = f.rng
    for _ in range(40):
        c = person(f, "happy", "day writer")
        for d in distinct_days(f, list(range(6)), rng.randint(1, 4)):
            h0, h1 = (12, 19) if d == 5 else (8, 20)
            happy_act(f, c, rt(f, d, h0, h1), rng.choice(HAPPY_KINDS))
    for lg in ("es", "fr"):
        c = person(f, "grumbles_once", "grumbles once", lang=lg, tolerated=["silence"])
        q, a = W.MAP_GRUMBLE[lg]
        t = rt(f, 0, 9, 18)
        gid = add(f, c, t, "chat", "chat", q)
        add(f, c, t + mins(f, 1, 5), "chat", "chat", a, out=True)
        c.extra.update({"grumble_event_id": gid, "trouble_starts_at": iso(t)})
    for lg, hh, mm in (("es", 9, 40), ("fr", 16, 5)):
        c = person(f, "grumbles_once", "lone question", lang=lg, tolerated=["silence"])
        q, a = W.LONE_Q[lg]
        t = at(f, 4, hh, mm)
        lid = add(f, c, t, "chat", "chat", q)
        add(f, c, t + mins(f, 2, 6), "chat", "chat", a, out=True)
        c.extra.update({"lone_report_event_id": lid, "trouble_starts_at": iso(t)})
    langs = ["es"] * 8 + ["fr"] * 7 + ["de"] * 3 + ["en"] * 2
    channels = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(langs)
    rng.shuffle(channels)
    s0 = at(f, 5, 8, 20)
    offsets = sorted([0, 45, *rng.sample(range(1, 45), 18)])
    regular = set(rng.sample(range(20), 12))
    early = [i for i in range(20) if offsets[i] <= 25]
    if len(early) < 6:
        raise SystemExit("topic_spike: fewer than six reports by 08:45")
    repeaters = set(rng.sample(early, 6))
    while True:
        pool = ["email", "email", "chat", "chat", "community", "community"]
        rng.shuffle(pool)
        second = dict(zip(sorted(repeaters), pool, strict=True))
        if all(second[i] != channels[i] for i in repeaters):
            break
    others = [i for i in range(20) if i not in repeaters]
    fixed = set(rng.sample(others, 6))
    keys, ids, rids = [], [], []
    fix_utc = at(f, 5, 11, 5)
    for i in range(20):
        rep = i in repeaters
        c = person(
            f,
            "spike_repeater" if rep else "spike_reporter",
            "regular" if i in regular else "new",
            lang=langs[i],
            expected=["repeat_contact"] if rep else [],
            tolerated=["silence", "sentiment_drop"] if rep else ["silence"],
        )
        if i in regular:
            for _ in range(rng.randint(1, 3)):
                happy_act(f, c, rt(f, 2, 8, 17.5), rng.choice(NO_SURVEY))
        t = s0 + timedelta(minutes=offsets[i])
        ch = channels[i]
        text = rng.choice(W.SPIKE[c.lang])
        if ch == "email":
            sid = add(f, c, t, "email", "message", text, "Dosa E19/DS")
        elif ch == "web":
            sid = add(
                f, c, t, "web", "ticket", text, "Dosa E19/DS", attrs={"page": "/help/contact"}
            )
        elif ch == "chat":
            sid = add(f, c, t, "chat", "chat", text)
            add(f, c, t + mins(f, 1, 4), "chat", "chat", W.SPIKE_CHAT_ANSWER[c.lang], out=True)
        else:
            sid = add(f, c, t, ch, "mention" if ch == "social" else "post", text)
        keys.append(c.key)
        ids.append(sid)
        c.extra.update(
            {
                "in_spike": True,
                "regular": i in regular,
                "spike_event_id": sid,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
            }
        )
        if rep:
            ch2 = second[i]
            t2 = t + mins(f, 15, 50)
            text2 = rng.choice(W.SPIKE_REPEAT[c.lang])
            if ch2 == "email":
                rid = add(f, c, t2, "email", "message", text2, "RE: Dosa E19/DS")
            elif ch2 == "chat":
                rid = add(f, c, t2, "chat", "chat", text2)
                add(f, c, t2 + mins(f, 1, 4), "chat", "chat", W.SPIKE_CHAT_ANSWER[c.lang], out=True)
            else:
                rid = add(f, c, t2, "community", "post", text2)
            rids.append(rid)
            c.extra["repeat_event_id"] = rid
        if i in fixed:
            local = fix_utc + timedelta(hours=1 if c.market in ("UK", "IE") else 2)
            s, body = W.SPIKE_FIXED[c.lang]
            credit = money(c.market, c.lang, 10)
            add(
                f,
                c,
                at(f, 5, 11, 8) + mins(f, 0, 9),
                "email",
                "message",
                body.format(
                    first=c.first,
                    time=local.strftime("%Hh%M" if c.lang == "fr" else "%H:%M"),
                    credit=credit,
                ),
                s,
                out=True,
            )
            c.extra["agent_fixed"] = True
    f.spike = {
        "topic": "pool-care smart dosers (Dosa) stuck on error E19/DS after an overnight firmware update: no chlorine or pH dosing, app says update failed",
        "about": "Saturday 13 June 2026, 08:20-09:05 UTC: 20 households report the Dosa error in four languages on five channels",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": ids,
        "repeat_event_ids": rids,
    }
    return f


# ---------------------------------------------------------------- output


def finish(f: Fam) -> tuple[str, str]:
    rr = f.rr
    f.rows.sort(key=lambda r: (r.t, r.ev["event_id"]))
    seen: set[str] = set()
    for r in f.rows:
        c = f.custs[r.cust]
        ev = r.ev
        full = {
            "customer_id": c.key,
            "email": c.email,
            "phone": c.phone,
            "handle": c.handle,
            "account_id": c.account,
        }
        if ev["direction"] == "outbound" or (c.key not in seen):
            ids = dict(full)
        else:
            ch = ev["channel"]
            ids = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            if ch == "phone":
                p = c.phone
                if rr.random() < 0.5:
                    cc = 4 if p.startswith(("+352", "+353")) else 3
                    p = p[:cc] + " " + p[cc:]
                ids["phone"] = p
            elif ch in ("social", "community"):
                if c.handle:
                    ids["handle"] = c.handle if rr.random() > 0.2 else c.handle.lstrip("@")
                else:
                    ids["email"] = c.email
            elif ch == "email":
                ids["email"] = c.email.upper() if rr.random() < 1 / 12 else c.email
            else:
                ids["customer_id"] = c.key
        if ev["direction"] == "inbound":
            seen.add(c.key)
        ev["customer"] = ids
    lines = [json.dumps(r.ev, ensure_ascii=False) for r in f.rows]
    for c in f.custs.values():
        if c.key not in seen:
            raise SystemExit(f"{f.name}: {c.key} has no inbound touchpoint")
        if set(c.expected) & set(c.tolerated):
            raise SystemExit(f"{f.name}: {c.key} both expects and tolerates a rule")
    for r in f.rows:
        if r.t.year != 2026 or r.t < f.start or r.t >= LAST_DAY:
            raise SystemExit(f"{f.name}: touchpoint outside the window: {r.ev['event_id']}")
    counts: dict[str, int] = {}
    for c in f.custs.values():
        for rule in c.expected:
            counts[rule] = counts.get(rule, 0) + 1
    for a in f.accounts.values():
        for rule in a["expected_rules"]:
            counts[rule] = counts.get(rule, 0) + 1
    if f.spike:
        counts["topic_spike"] = counts.get("topic_spike", 0) + 1
    if counts != f.planned:
        raise SystemExit(f"{f.name}: expected counts {counts} differ from the planted {f.planned}")
    end = f.start + timedelta(days=f.days)
    last = f.rows[-1].t + timedelta(hours=1)
    end = max(end, last)
    if end >= LAST_DAY:
        raise SystemExit(f"{f.name}: end {end} too late")
    truth = {
        "config": {
            "family": f.name,
            "about": f.about,
            "business": BUSINESS,
            "days": f.days,
            "seed": f.seed,
            "written": WRITTEN,
            "expected": dict(sorted(counts.items())),
        },
        "start": iso(f.start),
        "end": iso(end),
        "customers": {k: truth_customer(c) for k, c in sorted(f.custs.items())},
        "accounts": f.accounts,
        "spike": f.spike,
        "journey": {},
        "expectations": {},
    }
    return "\n".join(lines) + "\n", json.dumps(
        truth, ensure_ascii=False, indent=1, sort_keys=True
    ) + "\n"


FAMILIES = [
    happy_writers,
    one_bad_day,
    repeat_contacts,
    slow_churners,
    quiet_hours,
    bilingual,
    b2b_accounts,
    topic_spike,
]


def main() -> None:
    for build in FAMILIES:
        f = build()
        jsonl, truth = finish(f)
        (HERE / f"{f.name}.jsonl").write_text(jsonl, "utf-8")
        (HERE / f"{f.name}.truth.json").write_text(truth, "utf-8")
        print(f"{f.name}: {len(f.custs)} customers, {len(f.rows)} touchpoints", file=sys.stderr)


if __name__ == "__main__":
    main()
