# ruff: noqa: E501
"""Writes tests/scenarios/heldout118/: Pinvarra (bowling centres), a blind report set.

Standard library only, deterministic: ``python make_heldout118.py`` from anywhere writes
the eight families (``<family>.jsonl`` and ``<family>.truth.json``) beside this file.
Each customer's persona decides every act first; the words come from wording.py
(households, the spike) and wording_b2b.py (Pinvarra Events, the business arm).
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402
import wording_b2b as B  # noqa: E402

SEED = 20261114
SET = "heldout118"
BUSINESS = "Pinvarra"
WRITTEN = "2026-12-05, blind, by a helper session (report only)"
COMPETITORS = ("Quillara", "Kegelstern")
LIMIT = datetime(2026, 11, 16, tzinfo=UTC)

LANG_WEIGHTS = {"fr": 30, "pt": 30, "en": 10, "de": 10, "it": 10, "es": 10}
MARKETS: dict[str, list[tuple[str, int]]] = {
    "fr": [("FR", 6), ("BE", 2), ("LU", 1), ("CH", 1)],
    "pt": [("PT", 8), ("LU", 1), ("FR", 1)],
    "en": [("UK", 3), ("IE", 2)],
    "de": [("DE", 3), ("AT", 2), ("CH", 1)],
    "it": [("IT", 4), ("CH", 1)],
    "es": [("ES", 1)],
}
CH_CENTRES = {
    "fr": ["Lausanne Flon", "Genève Praille"],
    "de": ["Zürich Oerlikon"],
    "it": ["Lugano Pregassona"],
}
CURRENCY = {"UK": "GBP", "CH": "CHF"}
RATE = {"EUR": 1.0, "GBP": 0.86, "CHF": 0.94}
PHONES: dict[str, tuple[str, list[str], int]] = {
    "FR": ("33", ["6", "7"], 8),
    "BE": ("32", ["47", "48", "49"], 7),
    "LU": ("352", ["621", "661", "691"], 6),
    "CH": ("41", ["76", "77", "78", "79"], 7),
    "PT": ("351", ["91", "92", "93", "96"], 7),
    "UK": ("44", ["7"], 9),
    "IE": ("353", ["83", "85", "86", "87"], 7),
    "DE": ("49", ["151", "160", "170", "176"], 8),
    "AT": ("43", ["664", "660", "676"], 7),
    "IT": ("39", ["333", "347", "320", "339"], 7),
    "ES": ("34", ["6", "7"], 8),
}

FIRST: dict[str, list[str]] = {
    "fr": [
        "Camille",
        "Sébastien",
        "Nadia",
        "Julien",
        "Élodie",
        "Karim",
        "Sandrine",
        "Thomas",
        "Aurélie",
        "Mathieu",
        "Inès",
        "Grégoire",
        "Céline",
        "Yannick",
        "Manon",
        "Olivier",
        "Laetitia",
        "Bastien",
        "Chloé",
        "Rachid",
        "Agnès",
        "Florian",
        "Maëlle",
        "Cédric",
    ],
    "pt": [
        "Joana",
        "Rui",
        "Mariana",
        "Tiago",
        "Sofia",
        "Nuno",
        "Catarina",
        "Bruno",
        "Inês",
        "Hugo",
        "Rita",
        "Pedro",
        "Filipa",
        "Ricardo",
        "Beatriz",
        "Duarte",
        "Cláudia",
        "Gonçalo",
        "Marta",
        "André",
        "Teresa",
        "Vasco",
        "Leonor",
        "Sérgio",
    ],
    "en": [
        "Hannah",
        "Liam",
        "Chloe",
        "Owen",
        "Siobhan",
        "Jack",
        "Megan",
        "Callum",
        "Aoife",
        "Daniel",
        "Rebecca",
        "Niall",
    ],
    "de": [
        "Jana",
        "Tobias",
        "Katrin",
        "Lukas",
        "Sabine",
        "Florian",
        "Miriam",
        "Stefan",
        "Lena",
        "Jörg",
        "Anke",
        "Matthias",
    ],
    "it": [
        "Giulia",
        "Marco",
        "Chiara",
        "Davide",
        "Francesca",
        "Luca",
        "Silvia",
        "Matteo",
        "Elisa",
        "Andrea",
        "Valentina",
        "Simone",
    ],
    "es": [
        "Lucía",
        "Javier",
        "Marta",
        "Sergio",
        "Elena",
        "Pablo",
        "Nuria",
        "Álvaro",
        "Irene",
        "Raúl",
        "Carmen",
        "Diego",
    ],
}
LAST: dict[str, list[str]] = {
    "fr": [
        "Martin",
        "Lefèvre",
        "Garnier",
        "Rousseau",
        "Benali",
        "Fournier",
        "Chevalier",
        "Moreau",
        "Girard",
        "Lambert",
        "Bonnet",
        "Mercier",
        "Dupuis",
        "Faure",
        "Roux",
        "Perrin",
        "Masson",
        "Caron",
        "Renaud",
        "Marchand",
        "Colin",
        "Aubert",
        "Vidal",
        "Barbier",
    ],
    "pt": [
        "Silva",
        "Ferreira",
        "Costa",
        "Oliveira",
        "Pereira",
        "Rodrigues",
        "Martins",
        "Sousa",
        "Fernandes",
        "Gonçalves",
        "Lopes",
        "Marques",
        "Almeida",
        "Ribeiro",
        "Carvalho",
        "Pinto",
        "Teixeira",
        "Moreira",
        "Correia",
        "Mendes",
        "Nunes",
        "Soares",
        "Vieira",
        "Machado",
    ],
    "en": [
        "Walsh",
        "Murphy",
        "Taylor",
        "Hughes",
        "Byrne",
        "Clarke",
        "Kelly",
        "Evans",
        "Doyle",
        "Harris",
        "Brennan",
        "Wright",
    ],
    "de": [
        "Becker",
        "Hoffmann",
        "Schulz",
        "Wagner",
        "Krüger",
        "Neumann",
        "Schröder",
        "Braun",
        "Vogel",
        "Hartmann",
        "Lange",
        "Weiß",
    ],
    "it": [
        "Rossi",
        "Ferrari",
        "Esposito",
        "Bianchi",
        "Romano",
        "Colombo",
        "Ricci",
        "Marino",
        "Greco",
        "Bruno",
        "Gallo",
        "Conti",
    ],
    "es": [
        "García",
        "Martínez",
        "López",
        "Sánchez",
        "Romero",
        "Navarro",
        "Torres",
        "Domínguez",
        "Gil",
        "Serrano",
        "Molina",
        "Ortega",
    ],
}
JOBS = [
    "nurse",
    "bus driver",
    "primary teacher",
    "accountant",
    "electrician",
    "pharmacist",
    "bakery owner",
    "software tester",
    "postwoman",
    "physiotherapist",
    "student",
    "retired engineer",
    "shop manager",
    "chef",
    "hairdresser",
    "police officer",
    "architect",
    "warehouse worker",
    "market trader",
    "dental assistant",
    "taxi driver",
    "civil servant",
    "journalist",
    "mechanic",
]
NIGHT_JOBS = [
    "night nurse",
    "petrol-station attendant",
    "baker",
    "security guard",
    "hospital porter",
    "radio presenter",
]
DOMAINS = [
    "mail.example",
    "post.example",
    "inbox.example",
    "webmail.example",
    "correio.example",
    "courriel.example",
    "posteo.example",
    "net.example",
]
AGENTS = {
    "fr": ["Camille", "Yanis", "Léa"],
    "pt": ["Inês", "Tiago", "Beatriz"],
    "en": ["Sophie", "Liam"],
    "de": ["Jana", "Felix"],
    "it": ["Chiara", "Marco"],
    "es": ["Lucía", "Pablo"],
}
SOURCES = {
    "email": "pinvarra-mail",
    "phone": "pinvarra-voice",
    "social": "pinvarra-social",
    "community": "pinvarra-forum",
    "chat": "pinvarra-chat",
    "web": "pinvarra-web",
    "survey": "pinvarra-survey",
}
UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
KEEP = set("ßñÑ")

REPEAT_TOL = [
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
CANCEL_TOL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
GRUMPY_TOL = ["repeat_contact", "silence"]
SILENCE = ["silence"]
SPIKE_REPEAT_TOL = ["sentiment_drop", "silence"]
RISK_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
ONE_TOL = ["sentiment_drop", "high_value_at_risk", "silence"]

PROBLEM_EUR = {
    "no_lane": 42.0,
    "double_charge": 58.0,
    "lane_fault": 34.0,
    "refund": 89.0,
    "club_rate": 38.0,
    "party": 129.0,
}
B2B_EUR = {"invoice": 2140.0, "service_blocked": 0.0, "portal": 0.0, "overbilled": 370.0}

USED: set[str] = set()


def iso(ts: datetime) -> str:
    return ts.strftime("%Y-%m-%dT%H:%M:%SZ")


def ascii_fold(text: str) -> str:
    out = []
    for ch in text.replace("ß", "ss"):
        out.append(UMLAUTS.get(ch, ch))
    norm = unicodedata.normalize("NFKD", "".join(out))
    return "".join(ch for ch in norm if not unicodedata.combining(ch))


def strip_accents(text: str) -> str:
    out = []
    for ch in text:
        if ch in KEEP:
            out.append(ch)
        elif ch in UMLAUTS:
            out.append(UMLAUTS[ch])
        else:
            norm = unicodedata.normalize("NFKD", ch)
            out.append("".join(x for x in norm if not unicodedata.combining(x)) or ch)
    return "".join(out)


def unique(value: str) -> bool:
    if value.lower() in USED:
        return False
    USED.add(value.lower())
    return True


def currency(market: str) -> str:
    return CURRENCY.get(market, "EUR")


def money(lang: str, market: str, eur: float, spoken: bool = False) -> str:
    cur = currency(market)
    value = eur * RATE[cur]
    if cur != "EUR" or value == int(value):
        num = str(round(value))
    else:
        num = f"{value:.2f}" if lang == "en" else f"{value:.2f}".replace(".", ",")
    if spoken:
        words = {
            "EUR": {
                "fr": "euros",
                "pt": "euros",
                "en": "euros",
                "de": "Euro",
                "it": "euro",
                "es": "euros",
            },
            "GBP": {"en": "pounds"},
            "CHF": {
                "fr": "francs",
                "de": "Franken",
                "it": "franchi",
                "en": "francs",
                "pt": "francos",
                "es": "francos",
            },
        }
        return f"{num} {words[cur].get(lang, cur)}"
    if cur == "GBP":
        return f"£{num}"
    if cur == "CHF":
        return f"{num} Fr." if lang == "de" else f"{num} CHF"
    return f"€{num}" if lang == "en" else f"{num} €"


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    first: str
    last: str
    cc: str
    ids: dict[str, str | None]
    centre: str
    truth: dict[str, Any]
    b2b: bool = False
    second: str | None = None


@dataclass
class Row:
    ts: datetime
    order: int
    cust: Cust
    data: dict[str, Any]


@dataclass
class Fam:
    n: int
    name: str
    code: str
    start: datetime
    days: int
    about: str
    expect: dict[str, int]
    rng: random.Random = field(init=False)
    rr: random.Random = field(init=False)
    rows: list[Row] = field(default_factory=list)
    customers: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    counter: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rr = random.Random(SEED * 100 + 50 + self.n)

    def at(self, day: float, hour: float = 0.0) -> datetime:
        ts = self.start + timedelta(days=day, hours=hour)
        return ts.replace(second=self.rng.randrange(60), microsecond=0)

    def when(self, day: int, h0: float, h1: float) -> datetime:
        return self.at(day, self.rng.uniform(h0, h1))


def pick_lang(rng: random.Random) -> str:
    langs = list(LANG_WEIGHTS)
    return rng.choices(langs, weights=[LANG_WEIGHTS[x] for x in langs])[0]


def pick_market(rng: random.Random, lang: str) -> str:
    opts = MARKETS[lang]
    return rng.choices([m for m, _ in opts], weights=[w for _, w in opts])[0]


def centre_for(rng: random.Random, lang: str, market: str) -> str:
    if market == "CH" and lang in CH_CENTRES:
        return rng.choice(CH_CENTRES[lang])
    return str(rng.choice(W.CENTRES[market]))


def make_phone(rng: random.Random, market: str) -> tuple[str, str]:
    cc, prefixes, rest = PHONES[market]
    while True:
        num = "+" + cc + rng.choice(prefixes) + "".join(str(rng.randrange(10)) for _ in range(rest))
        if unique(num):
            return num, cc


def make_email(rng: random.Random, first: str, last: str, domain: str | None = None) -> str:
    f, lname = ascii_fold(first).lower().replace(" ", ""), ascii_fold(last).lower().replace(" ", "")
    for attempt in range(50):
        if domain:
            local = f if attempt == 0 else f"{f}.{lname[0]}" if attempt == 1 else f"{f}{attempt}"
            addr = f"{local}@{domain}"
        else:
            shape = rng.randrange(5)
            num = str(rng.randrange(2, 99))
            local = [
                f"{f}.{lname}",
                f"{f}{lname}{num}",
                f"{f[0]}.{lname}",
                f"{lname}.{f}{num}",
                f"{f}_{lname}",
            ][shape]
            addr = f"{local}@{rng.choice(DOMAINS)}"
        if unique(addr):
            return addr
    raise RuntimeError("no e-mail")


def make_handle(rng: random.Random, first: str, last: str) -> str:
    f, lname = ascii_fold(first).lower(), ascii_fold(last).lower()
    while True:
        shape = rng.randrange(5)
        num = str(rng.randrange(1, 99))
        h = [
            f"{lname}_{f}{num}",
            f"{f}{lname}{num}",
            f"{f}{lname[0]}",
            f"{f}_{lname}",
            f"{f[0]}{lname}{num}",
        ][shape]
        if unique("@" + h):
            return "@" + h


def make_id(f: Fam) -> str:
    while True:
        cid = f"PV{f.code}{f.rng.randrange(1000, 10000)}"
        if unique(cid):
            return cid


def make_case(f: Fam) -> str:
    while True:
        case = f"PV26-{f.rng.randrange(10000, 100000)}"
        if unique(case):
            return case


def person(
    f: Fam,
    persona: str,
    habit: str,
    expected: list[str],
    tolerated: list[str],
    lang: str | None = None,
    market: str | None = None,
    night: bool = False,
    **extra: Any,
) -> Cust:
    rng = f.rng
    lang = lang or pick_lang(rng)
    market = market or pick_market(rng, lang)
    while True:
        first, last = rng.choice(FIRST[lang]), rng.choice(LAST[lang])
        if f"{first} {last}" not in {f"{c.first} {c.last}" for c in f.customers.values()}:
            break
    phone, cc = make_phone(rng, market)
    ids: dict[str, str | None] = {
        "customer_id": make_id(f),
        "email": make_email(rng, first, last),
        "phone": phone,
        "handle": make_handle(rng, first, last),
        "account_id": None,
    }
    centre = centre_for(rng, lang, market)
    truth: dict[str, Any] = {
        "identifiers": ids,
        "expected_rules": expected,
        "tolerated_rules": tolerated,
        "persona": persona,
        "habit": habit,
        "language": lang,
        "country": market,
        "segment": "consumer",
        "name": f"{first} {last}",
        "job": rng.choice(NIGHT_JOBS if night else JOBS),
        "town": centre.split()[0],
    }
    truth.update(extra)
    c = Cust(str(ids["customer_id"]), lang, market, first, last, cc, ids, centre, truth)
    f.customers[c.key] = c
    return c


def roughen(f: Fam, text: str) -> str:
    r = f.rr
    if r.random() < 0.10:
        text = strip_accents(text)
    if r.random() < 1 / 8 and text[:1].isupper() and text[1:2].islower():
        text = text[0].lower() + text[1:]
    if r.random() < 1 / 7:
        words = text.split(" ")
        idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
        if idx:
            i = r.choice(idx)
            w = words[i]
            j = r.randrange(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            text = " ".join(words)
    return text


def mention(text: str) -> str:
    pos = text.rfind("Pinvarra")
    if pos < 0:
        return "@Pinvarra " + text
    if text[pos - 1 : pos] == "@":
        return text
    return text[:pos] + "@" + text[pos:]


def add(
    f: Fam,
    c: Cust,
    ts: datetime,
    channel: str,
    kind: str,
    text: str | None = None,
    subject: str | None = None,
    *,
    out: bool = False,
    scores: dict[str, int] | None = None,
    attrs: dict[str, str] | None = None,
    lang: str | None = None,
    rough: bool = True,
) -> str:
    f.counter += 1
    eid = f"pv118-{f.code.lower()}-{f.counter:05d}"
    if text is not None and not out:
        if rough and channel not in ("phone", "survey"):
            text = roughen(f, text)
        if channel == "social" and not c.b2b:
            text = mention(text)
    attributes: dict[str, str] = {"market": c.market}
    if c.b2b:
        attributes["segment"] = "b2b"
    if attrs:
        attributes.update(attrs)
    if out:
        attributes["agent"] = f.rng.choice(AGENTS[lang or c.lang])
    data: dict[str, Any] = {
        "event_id": eid,
        "occurred_at": iso(ts),
        "channel": channel,
        "kind": kind,
        "direction": "outbound" if out else "inbound",
        "customer": {},
        "text": text,
        "subject": subject,
        "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
        "source": SOURCES[channel],
        "attributes": attributes,
    }
    f.rows.append(Row(ts, f.counter, c, data))
    return eid


def night_safe(f: Fam, ts: datetime) -> datetime:
    """Moves a time out of 22:00-07:00 UTC to 08:00-09:00 the next morning."""
    if ts.hour >= 22:
        base = (ts + timedelta(days=1)).replace(hour=8, minute=0)
    elif ts.hour < 7:
        base = ts.replace(hour=8, minute=0)
    else:
        return ts
    return base + timedelta(minutes=f.rng.randrange(60), seconds=f.rng.randrange(60))


def office(f: Fam, ts: datetime, end_hour: int = 17) -> datetime:
    """Moves a time into office hours (weekdays 08:00-end_hour UTC)."""
    if ts.hour >= end_hour:
        ts = (ts + timedelta(days=1)).replace(hour=8, minute=f.rng.randrange(50))
    elif ts.hour < 8:
        ts = ts.replace(hour=8, minute=f.rng.randrange(50))
    while ts.weekday() >= 5:
        ts = (ts + timedelta(days=1)).replace(hour=8, minute=f.rng.randrange(50))
    return ts


def mins(f: Fam, a: float, b: float) -> timedelta:
    return timedelta(minutes=f.rng.uniform(a, b))


# --- happy acts -------------------------------------------------------------------------

HAPPY_KINDS = [
    "praise",
    "again",
    "gripe",
    "chat",
    "email",
    "phone",
    "buy",
    "view",
    "review",
    "survey",
]


def chat_qa(
    f: Fam, c: Cust, ts: datetime, q: str, a: str, lang: str, thanks: float = 0.6
) -> list[str]:
    ids = [add(f, c, ts, "chat", "chat", q, lang=lang)]
    t2 = ts + mins(f, 1, 6)
    ids.append(add(f, c, t2, "chat", "chat", a, out=True, lang=lang))
    if f.rng.random() < thanks:
        ids.append(
            add(f, c, t2 + mins(f, 1, 4), "chat", "chat", f.rng.choice(W.THANKS[lang]), lang=lang)
        )
    return ids


def buy(
    f: Fam, c: Cust, ts: datetime, table: list[tuple[str, float, str]] | None = None
) -> list[str]:
    label, eur, page = f.rng.choice(table or W.PRODUCTS)
    cur = currency(c.market)
    value = eur * RATE[cur]
    e1 = add(f, c, ts, "web", "page_view", attrs={"page": page})
    e2 = add(
        f,
        c,
        ts + mins(f, 2, 9),
        "web",
        "purchase",
        attrs={"order_value": f"{value:.2f}", "currency": cur, "product": label, "page": page},
    )
    return [e1, e2]


def happy_survey(f: Fam, c: Cust, ts: datetime, lang: str) -> str:
    kind = f.rng.choice(["nps", "csat", "ces"])
    value = {
        "nps": f.rng.choice([9, 10]),
        "csat": f.rng.choice([4, 5]),
        "ces": f.rng.choice([6, 7]),
    }[kind]
    word = f.rng.choice(W.SURVEY_WORD[lang]) or None
    return add(
        f,
        c,
        ts,
        "survey",
        "survey_response",
        word,
        scores={kind: value},
        attrs={"survey": kind},
        rough=False,
    )


def happy(
    f: Fam, c: Cust, ts: datetime, kinds: list[str] | None = None, lang: str | None = None
) -> list[str]:
    lang = lang or c.lang
    kind = f.rng.choice(kinds or HAPPY_KINDS)
    rng = f.rng
    if kind in ("praise", "again", "gripe"):
        table = {"praise": W.PRAISE, "again": W.AGAIN, "gripe": W.GRIPE}[kind]
        text = rng.choice(table[lang]).format(centre=c.centre)
        if rng.random() < 0.5:
            return [add(f, c, ts, "social", rng.choice(["mention", "post"]), text, lang=lang)]
        return [add(f, c, ts, "community", "post", text, lang=lang)]
    if kind == "chat":
        q, a = rng.choice(W.CHAT_QA[lang])
        return chat_qa(f, c, ts, q, a, lang)
    if kind == "email":
        subj, q, a = rng.choice(W.EMAIL_QA[lang])
        e1 = add(f, c, ts, "email", "message", q, subj, lang=lang)
        t2 = night_safe(f, ts + timedelta(hours=rng.uniform(1, 5)))
        e2 = add(f, c, t2, "email", "message", a, "RE: " + subj, out=True, lang=lang)
        return [e1, e2]
    if kind == "phone":
        q, a = rng.choice(W.PHONE_QA[lang])
        e1 = add(f, c, ts, "phone", "call", q, lang=lang)
        e2 = add(f, c, ts + mins(f, 10, 40), "email", "message", a, "Pinvarra", out=True, lang=lang)
        return [e1, e2]
    if kind == "buy":
        return buy(f, c, ts)
    if kind == "view":
        return [add(f, c, ts, "web", "page_view", attrs={"page": rng.choice(W.PAGES)})]
    if kind == "review":
        return [
            add(
                f,
                c,
                ts,
                "web",
                "review",
                rng.choice(W.REVIEW[lang]),
                attrs={"rating": str(rng.choice([4, 5, 5])), "page": "/centres"},
                lang=lang,
            )
        ]
    return [happy_survey(f, c, ts, lang)]


def spread_days(f: Fam, n: int, lo: int, hi: int) -> list[int]:
    pool = list(range(lo, hi + 1))
    if n <= len(pool):
        return sorted(f.rng.sample(pool, n))
    return sorted(f.rng.choices(pool, k=n))


def night_time(f: Fam, day: int) -> datetime:
    """A night moment between 22:12 (day) and 04:30 (day + 1) UTC."""
    return f.at(day, 22.2 + f.rng.uniform(0, 6.3))


# --- shared trouble pieces --------------------------------------------------------------


def problem_text(c: Cust, problem: str, channel: str, lang: str, rng: random.Random) -> str:
    amount = money(lang, c.market, PROBLEM_EUR[problem], spoken=channel == "phone")
    if channel == "phone":
        return str(W.PROBLEM_CALL[lang][problem]).format(amount=amount)
    return str(rng.choice(W.PROBLEM_SHORT[lang][problem])).format(amount=amount)


def raise_problem(
    f: Fam,
    c: Cust,
    ts: datetime,
    problem: str,
    channel: str,
    lang: str,
    case: str | None,
    long_email: bool = False,
) -> str:
    rng = f.rng
    topic = W.TOPIC[lang][problem]
    if long_email:
        subj, body = rng.choice(W.LONG_LETTER[lang])
        sentence = W.PROBLEM_SENTENCE[lang][problem].format(
            amount=money(lang, c.market, PROBLEM_EUR[problem])
        )
        return add(
            f,
            c,
            ts,
            "email",
            "message",
            body.format(sentence=sentence),
            subj.format(topic=topic),
            lang=lang,
        )
    text = problem_text(c, problem, channel, lang, rng)
    if channel == "email":
        return add(
            f,
            c,
            ts,
            "email",
            "message",
            text,
            W.COMPLAINT_SUBJ[lang].format(topic=topic),
            lang=lang,
        )
    if channel == "web":
        return add(
            f, c, ts, "web", "ticket", text, topic, attrs={"page": "/help/contact"}, lang=lang
        )
    if channel == "chat":
        return add(f, c, ts, "chat", "chat", text, lang=lang)
    if channel == "phone":
        return add(f, c, ts, "phone", "call", text, lang=lang)
    return add(f, c, ts, "social", "mention", text, lang=lang)


def acknowledge(
    f: Fam, c: Cust, ts: datetime, channel: str, case: str, lang: str, quality: bool = False
) -> list[str]:
    """The agent's answer to a first contact: in chat, or a 'case opened' e-mail."""
    out: list[str] = []
    if channel == "chat":
        out.append(
            add(
                f,
                c,
                ts + mins(f, 1, 6),
                "chat",
                "chat",
                W.CHAT_CASE[lang].format(case=case),
                out=True,
                lang=lang,
            )
        )
    elif not quality:
        t = night_safe(f, ts + mins(f, 10, 40))
        out.append(
            add(
                f,
                c,
                t,
                "email",
                "message",
                f.rng.choice(W.CASE_OPENED[lang]).format(case=case, first=c.first),
                W.RE_SUBJ[lang].format(case=case),
                out=True,
                lang=lang,
            )
        )
    if quality:
        t = night_safe(f, ts + timedelta(hours=f.rng.uniform(1.5, 2.5)))
        out.append(
            add(
                f,
                c,
                t,
                "email",
                "message",
                W.QUALITY_LEAD[lang].format(case=case, first=c.first),
                W.RE_SUBJ[lang].format(case=case),
                out=True,
                lang=lang,
            )
        )
    return out


def good_news(f: Fam, c: Cust, ts: datetime, case: str, lang: str) -> str:
    return add(
        f,
        c,
        ts,
        "email",
        "message",
        f.rng.choice(W.GOOD_NEWS[lang]).format(case=case, first=c.first),
        W.RE_SUBJ[lang].format(case=case),
        out=True,
        lang=lang,
    )


def confirm(f: Fam, c: Cust, ts: datetime, case: str, lang: str, channel: str) -> str:
    text = f.rng.choice(W.CONFIRM[lang]).format(case=case)
    if channel == "chat":
        return add(f, c, ts, "chat", "chat", text, lang=lang)
    return add(f, c, ts, "email", "message", text, W.RE_SUBJ[lang].format(case=case), lang=lang)


def low_survey(f: Fam, c: Cust, ts: datetime, kind: str, value: int, lang: str) -> str:
    table = W.LOW_NPS if kind == "nps" else W.LOW_CSAT
    word = f.rng.choice(table[lang]) or None
    return add(
        f,
        c,
        ts,
        "survey",
        "survey_response",
        word,
        scores={kind: value},
        attrs={"survey": kind},
        rough=False,
    )


def later_contact(
    f: Fam,
    c: Cust,
    ts: datetime,
    n: int,
    channel: str,
    case: str,
    problem: str,
    lang: str,
    comp: str,
) -> list[str]:
    """The n-th contact (2, 3 or 4) about a problem still open."""
    rng = f.rng
    topic = W.TOPIC[lang][problem]
    if channel == "phone":
        return [
            add(
                f,
                c,
                ts,
                "phone",
                "call",
                W.REPEAT_CALL[lang].format(case=case, topic=topic),
                lang=lang,
            )
        ]
    table = {2: W.REPEAT2, 3: W.REPEAT3, 4: W.REPEAT4}[n]
    text = rng.choice(table[lang]).format(
        case=case, topic=topic.capitalize() if n == 2 else topic, comp=comp
    )
    if channel == "email":
        return [
            add(f, c, ts, "email", "message", text, W.RE_SUBJ[lang].format(case=case), lang=lang)
        ]
    if channel == "web":
        return [
            add(
                f,
                c,
                ts,
                "web",
                "ticket",
                text,
                W.RE_SUBJ[lang].format(case=case),
                attrs={"page": "/help/contact"},
                lang=lang,
            )
        ]
    if channel == "social":
        return [add(f, c, ts, "social", "mention", text, lang=lang)]
    e1 = add(f, c, ts, "chat", "chat", text, lang=lang)
    e2 = add(
        f,
        c,
        ts + mins(f, 1, 5),
        "chat",
        "chat",
        W.URGENT[lang].format(case=case),
        out=True,
        lang=lang,
    )
    return [e1, e2]


def repeat_run(
    f: Fam,
    c: Cust,
    first_ts: datetime,
    count: int,
    first_channel: str,
    problem: str,
    langs: list[str],
    quality: bool,
) -> None:
    rng = f.rng
    case = make_case(f)
    comp = rng.choice(COMPETITORS)
    ids = [raise_problem(f, c, first_ts, problem, first_channel, langs[0], case)]
    acknowledge(f, c, first_ts, first_channel, case, langs[0], quality)
    used = [first_channel]
    ts = first_ts
    for n in range(2, count + 1):
        options = [
            x
            for x in ("email", "chat", "phone", "web", "social")
            if x not in used and (x != "phone" or n == 2)
        ]
        channel = rng.choice(options)
        used.append(channel)
        ts = night_safe(f, ts + timedelta(hours=rng.uniform(4, 40)))
        lang = langs[(n - 1) % len(langs)]
        ids.append(later_contact(f, c, ts, n, channel, case, problem, lang, comp)[0])
    c.truth.update(
        {
            "problem": problem,
            "contacts": count,
            "channels": used,
            "channel": first_channel,
            "booking": case,
            "agent_passed_on": quality,
            "problem_event_ids": ids,
            "competitor": comp if count >= 3 else None,
            "trouble_starts_at": iso(first_ts),
        }
    )


def fixed_case(
    f: Fam, c: Cust, ts: datetime, problem: str, channel: str, lang: str, confirm_lang: str
) -> dict[str, Any]:
    rng = f.rng
    case = make_case(f)
    e1 = raise_problem(f, c, ts, problem, channel, lang, case)
    acknowledge(f, c, ts, channel, case, lang)
    t_fix = night_safe(f, ts + timedelta(hours=rng.uniform(3, 20)))
    good_news(f, c, t_fix, case, lang)
    t_ok = night_safe(f, t_fix + timedelta(hours=rng.uniform(8, 30)))
    conf_channel = rng.choice(["email", "chat"])
    e2 = confirm(f, c, t_ok, case, confirm_lang, conf_channel)
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(ts),
        "fixed_at": iso(t_fix),
        "confirmed_at": iso(t_ok),
        "problem_event_ids": [e1],
        "confirm_event_id": e2,
        "channel": channel,
        "confirm_channel": conf_channel,
    }


def slide(f: Fam, c: Cust, start_day: int, span: int, langs: list[str]) -> None:
    rng = f.rng
    comp = rng.choice(COMPETITORS)
    ids: list[str] = []
    prev: datetime | None = None
    ratings = ["3", "3", "2", "2", "1", "1"]
    for i in range(6):
        ts = f.at(start_day + span * i / 5, rng.uniform(9, 20))
        ts = night_safe(f, ts)
        if prev is not None and ts < prev + timedelta(hours=1):
            ts = night_safe(f, prev + timedelta(hours=rng.uniform(1, 3)))
        prev = ts
        lang = langs[i % len(langs)]
        text = rng.choice(W.SLIDE[lang][i]).format(amount=money(lang, c.market, 40.0), comp=comp)
        channel = rng.choice(["social", "community", "review"])
        if channel == "review":
            ids.append(
                add(
                    f,
                    c,
                    ts,
                    "web",
                    "review",
                    text,
                    attrs={"rating": ratings[i], "page": "/centres"},
                    lang=lang,
                )
            )
        elif channel == "social":
            ids.append(add(f, c, ts, "social", "post", text, lang=lang))
        else:
            ids.append(add(f, c, ts, "community", "post", text, lang=lang))
        if i == 0:
            c.truth["trouble_starts_at"] = iso(ts)
        if i == 3:
            c.truth["fourth_step_at"] = iso(ts)
    c.truth.update({"slide_event_ids": ids, "slide_days": span, "competitor": comp})


# --- families ---------------------------------------------------------------------------


def happy_writers() -> Fam:
    f = Fam(
        1,
        "happy_writers",
        "HW",
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        "households who write happily: day writers, night writers, survey answerers",
        {},
    )
    for _ in range(16):
        c = person(f, "happy", "day writer", [], [])
        for d in spread_days(f, f.rng.randint(5, 8), 0, 9):
            happy(f, c, f.when(d, 7, 19))
    for _ in range(5):
        c = person(f, "happy", "night writer", [], [], night=True)
        for d in spread_days(f, f.rng.randint(2, 4), 0, 8):
            ts = night_time(f, d)
            if f.rng.random() < 0.5:
                text = f.rng.choice(W.NIGHT_POST[c.lang]).format(centre=c.centre)
                add(f, c, ts, f.rng.choice(["social", "community"]), "post", text)
            else:
                q, a = f.rng.choice(W.NIGHT_CHAT_QA[c.lang])
                chat_qa(f, c, ts, q, a, c.lang, thanks=1.0)
        for d in spread_days(f, f.rng.randint(2, 3), 0, 9):
            happy(f, c, f.when(d, 9, 18), ["praise", "buy", "view", "review"])
    for _ in range(5):
        c = person(f, "happy", "answers surveys", [], [])
        for d in spread_days(f, f.rng.randint(3, 6), 0, 9):
            happy_survey(f, c, f.when(d, 8, 20), c.lang)
    return f


def one_bad_day() -> Fam:
    f = Fam(
        2,
        "one_bad_day",
        "BD",
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        "happy households with one angry day",
        {"detractor": 6},
    )
    rng = f.rng
    problems = [p for p in W.PROBLEMS for _ in range(4)]
    rng.shuffle(problems)
    channels = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    long_langs = ["fr", "fr", "pt", "pt"]
    custs: list[tuple[Cust, str | None, datetime, str]] = []
    for i, channel in enumerate(channels):
        lang = long_langs[i] if channel == "long" else None
        c = person(f, "happy_one_bad_day", "one bad day", [], list(SILENCE), lang=lang)
        problem = problems[i]
        bd = rng.randint(2, 9)
        ts = f.when(bd, 8, 20)
        real = "email" if channel == "long" else channel
        case = None if channel == "social" else make_case(f)
        eid = raise_problem(f, c, ts, problem, real, c.lang, case, long_email=channel == "long")
        if case:
            acknowledge(f, c, ts, real, case, c.lang)
        days = [d for d in range(0, 12) if d <= bd - 2 or d >= bd + 3]
        for d in sorted(rng.sample(days, min(len(days), rng.randint(1, 5)))):
            happy(f, c, f.when(d, 8, 20), [k for k in HAPPY_KINDS if k != "survey"])
        c.truth.update(
            {
                "problem": problem,
                "channel": real,
                "booking": case,
                "bad_day_at": iso(ts),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(ts),
                "long_email": channel == "long",
                "agent_fixed": False,
                "apologised": False,
                "nps_given": False,
                "csat_given": False,
            }
        )
        if case:
            custs.append((c, case, ts, real))
    order = list(range(len(custs)))
    rng.shuffle(order)
    for rank, i in enumerate(order):
        c, case, ts, _ = custs[i]
        if rank < 6:
            nps = rng.randint(1, 5)
            sid = low_survey(f, c, ts + mins(f, 100, 140), "nps", nps, c.lang)
            c.truth.update(
                {
                    "persona": "bad_day_detractor",
                    "expected_rules": ["detractor"],
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": sid,
                }
            )
        elif rank < 11:
            csat = rng.randint(1, 2)
            sid = low_survey(f, c, ts + mins(f, 40, 80), "csat", csat, c.lang)
            c.truth.update({"csat_given": True, "csat": csat, "survey_event_id": sid})
    fixed = rng.sample(range(len(custs)), 12)
    for k, i in enumerate(fixed):
        c, case, ts, _ = custs[i]
        assert case is not None
        t = night_safe(f, ts + timedelta(hours=rng.uniform(1, 4)))
        good_news(f, c, t, case, c.lang)
        c.truth["agent_fixed"] = True
        if k < 5:
            t2 = night_safe(f, ts + timedelta(hours=rng.uniform(16, 24)))
            if t2 <= t:
                t2 = t + timedelta(hours=1)
            ch = rng.choice(["chat", "email"])
            text = rng.choice(W.APOLOGY[c.lang])
            if ch == "chat":
                aid = add(f, c, t2, "chat", "chat", text)
            else:
                aid = add(f, c, t2, "email", "message", text, W.RE_SUBJ[c.lang].format(case=case))
            c.truth.update({"apologised": True, "apology_at": iso(t2), "apology_event_id": aid})
    for _ in range(8):
        c = person(f, "happy", "control", [], [])
        for d in spread_days(f, rng.randint(4, 7), 0, 11):
            happy(f, c, f.when(d, 8, 20), [k for k in HAPPY_KINDS if k != "survey"])
    return f


def repeat_contacts() -> Fam:
    f = Fam(
        3,
        "repeat_contacts",
        "RC",
        datetime(2026, 6, 1, tzinfo=UTC),
        10,
        "households raising one problem again and again, and look-alikes",
        {"repeat_contact": 12},
    )
    rng = f.rng
    counts = [2] * 4 + [3] * 4 + [4] * 4
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    quality = [True] * 6 + [False] * 6
    for lst in (counts, firsts, quality):
        rng.shuffle(lst)
    for i in range(12):
        c = person(f, "repeat_contact", "repeats", ["repeat_contact"], list(REPEAT_TOL))
        for _ in range(rng.randint(1, 3)):
            happy(f, c, f.when(0, 7, 12), ["praise", "chat", "buy", "view", "review"])
        ts = f.when(rng.randint(1, 4), 8, 19)
        repeat_run(f, c, ts, counts[i], firsts[i], rng.choice(W.PROBLEMS), [c.lang], quality[i])
    for _ in range(5):
        c = person(f, "resolved_between_contacts", "fixed", [], list(SILENCE))
        for _ in range(rng.randint(1, 2)):
            happy(f, c, f.when(0, 8, 18), ["praise", "buy", "view"])
        ts = f.when(rng.randint(1, 5), 8, 19)
        case = fixed_case(
            f, c, ts, rng.choice(W.PROBLEMS), rng.choice(["web", "email", "chat"]), c.lang, c.lang
        )
        c.truth.update({"problems": [case], "trouble_starts_at": case["raised_at"]})
    for _ in range(3):
        c = person(f, "different_problems", "two problems", [], list(SILENCE))
        p1, p2 = rng.sample(list(W.PROBLEMS), 2)
        t1 = f.when(rng.randint(0, 3), 8, 18)
        t2 = night_safe(f, t1 + timedelta(days=rng.uniform(4, 5)))
        cases = [
            fixed_case(f, c, t1, p1, rng.choice(["web", "email", "chat"]), c.lang, c.lang),
            fixed_case(f, c, t2, p2, rng.choice(["web", "email", "chat"]), c.lang, c.lang),
        ]
        c.truth.update({"problems": cases, "trouble_starts_at": cases[0]["raised_at"]})
    for _ in range(7):
        c = person(f, "happy", "frequent writer", [], [])
        for d in spread_days(f, rng.randint(5, 8), 0, 9):
            happy(
                f, c, f.when(d, 7, 20), ["chat", "chat", "email", "email", "phone", "praise", "buy"]
            )
    return f


def slow_churners() -> Fam:
    f = Fam(
        4,
        "slow_churners",
        "SC",
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
        "households sliding away, leaving, grumbling or steady",
        {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
    )
    rng = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    rng.shuffle(spans)
    nps_idx = set(rng.sample(range(10), 5))
    for i in range(10):
        c = person(f, "slow_churner", "slides", ["sentiment_drop"], list(SLIDER_TOL))
        for d in spread_days(f, rng.randint(4, 5), 0, 10):
            happy(f, c, f.when(d, 8, 20), ["praise", "again", "praise"])
        for d in spread_days(f, rng.randint(2, 4), 0, 10):
            happy(f, c, f.when(d, 8, 20), ["chat", "buy", "view", "review", "email"])
        slide(f, c, rng.randint(12, 16), spans[i], [c.lang])
        c.truth["nps_given"] = False
        if i in nps_idx:
            fourth = datetime.strptime(c.truth["fourth_step_at"], "%Y-%m-%dT%H:%M:%SZ").replace(
                tzinfo=UTC
            )
            t = night_safe(f, fourth + timedelta(hours=rng.uniform(2.5, 3.5)))
            nps = rng.randint(1, 5)
            sid = low_survey(f, c, t, "nps", nps, c.lang)
            c.truth.update(
                {
                    "expected_rules": ["sentiment_drop", "detractor"],
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": sid,
                }
            )
    for _ in range(5):
        c = person(f, "slow_churner", "asks to cancel", ["churn_intent"], list(CANCEL_TOL))
        for d in spread_days(f, rng.randint(4, 6), 0, 15):
            happy(f, c, f.when(d, 8, 20), ["praise", "chat", "buy", "view", "review"])
        ts = f.when(rng.randint(17, 23), 9, 20)
        subj, body = rng.choice(W.CANCEL_ASK[c.lang])
        e1 = add(f, c, ts, "email", "message", body, subj)
        t2 = night_safe(f, ts + timedelta(hours=rng.uniform(1, 5)))
        add(
            f,
            c,
            t2,
            "email",
            "message",
            W.SORRY_GO[c.lang].format(first=c.first),
            "RE: " + subj,
            out=True,
        )
        t3 = night_safe(f, ts + timedelta(hours=rng.uniform(20, 30)))
        e3 = add(
            f,
            c,
            t3,
            "web",
            "cancellation",
            attrs={
                "page": "/account/club",
                "product": "Pinvarra Club, monthly / Club Pinvarra, mensuel",
            },
        )
        c.truth.update(
            {
                "churn_intent_event_id": e1,
                "cancellation_event_id": e3,
                "churn_at": iso(t3),
                "trouble_starts_at": iso(ts),
            }
        )
    for _ in range(6):
        c = person(f, "happy", "steady", [], [])
        for d in spread_days(f, rng.randint(6, 10), 0, 31):
            happy(f, c, f.when(d, 8, 20))
    for _ in range(5):
        c = person(f, "steadily_grumpy", "grumbles", [], list(GRUMPY_TOL))
        day = rng.randint(0, 4)
        ids: list[str] = []
        grumbles = rng.sample(W.GRUMBLES[c.lang], k=min(len(W.GRUMBLES[c.lang]), 7))
        for n in range(rng.randint(5, 7)):
            ts = f.when(day, 8, 21)
            text = grumbles[n % len(grumbles)]
            ch = rng.choice(["social", "community", "web", "review"])
            if ch == "social":
                ids.append(add(f, c, ts, "social", "post", text))
            elif ch == "community":
                ids.append(add(f, c, ts, "community", "post", text))
            elif ch == "web":
                ids.append(add(f, c, ts, "web", "ticket", text, attrs={"page": "/help/contact"}))
            else:
                ids.append(
                    add(f, c, ts, "web", "review", text, attrs={"rating": "3", "page": "/centres"})
                )
            day += rng.randint(1, 3)
        for _ in range(rng.randint(0, 2)):
            buy(f, c, f.when(rng.randint(0, 25), 9, 19))
        first_ts = min(r.ts for r in f.rows if r.data["event_id"] in ids)
        c.truth.update({"grumble_event_ids": ids, "trouble_starts_at": iso(first_ts)})
    for _ in range(5):
        c = person(f, "happy_one_sarcastic_remark", "happy", [], list(SILENCE))
        for d in spread_days(f, rng.randint(3, 6), 0, 16):
            happy(f, c, f.when(d, 8, 20), ["praise", "chat", "buy", "view", "review"])
        ts = f.when(rng.randint(17, 28), 9, 21)
        text = rng.choice(W.SARCASM[c.lang])
        sid = add(f, c, ts, rng.choice(["social", "community"]), "post", text)
        c.truth.update({"sarcasm_event_id": sid, "trouble_starts_at": iso(ts)})
    return f


def quiet_hours() -> Fam:
    f = Fam(
        5,
        "quiet_hours",
        "QH",
        datetime(2026, 8, 28, tzinfo=UTC),
        3,
        "a calm summer weekend with night owls in bursts",
        {},
    )
    rng = f.rng
    for _ in range(16):
        c = person(f, "happy", "day writer", [], [])
        for d in spread_days(f, rng.randint(1, 3), 0, 2):
            happy(f, c, f.when(d, 7, 17.5), ["praise", "chat", "buy", "view", "review", "again"])
    for kind in ["chat", "chat", "web", "web"]:
        c = person(f, "grumbles_once", "grumbles once", [], list(SILENCE))
        ts = f.when(rng.randint(0, 2), 9, 16)
        if rng.random() < 0.5:
            buy(f, c, ts)
        else:
            add(f, c, ts, "web", "page_view", attrs={"page": rng.choice(W.PAGES)})
        t2 = ts + mins(f, 20, 30)
        q, a = rng.choice(W.MILD[c.lang])
        if kind == "chat":
            gid = chat_qa(f, c, t2, q, a, c.lang, thanks=0.5)[0]
        else:
            gid = add(f, c, t2, "web", "ticket", q, attrs={"page": "/help/contact"})
            add(f, c, t2 + mins(f, 30, 90), "email", "message", a, "Pinvarra", out=True)
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(t2)})
    day_owls = set(rng.sample(range(36), 18))
    k = 0
    for night in range(3):
        first = f.at(night + 1, rng.uniform(40, 65) / 60)
        starts = [first, first + mins(f, 28, 33), first + mins(f, 55, 65)]
        for burst, bstart in enumerate(starts, start=1):
            for _ in range(4):
                c = person(f, "night_owl", f"night {night + 1}, burst {burst}", [], [], night=True)
                ts = bstart + mins(f, 0, 9.5)
                if rng.random() < 0.5:
                    q, a = rng.choice(W.NIGHT_CHAT_QA[c.lang])
                    nid = chat_qa(f, c, ts, q, a, c.lang, thanks=1.0)[0]
                else:
                    text = rng.choice(W.NIGHT_POST[c.lang]).format(centre=c.centre)
                    nid = add(f, c, ts, rng.choice(["social", "community"]), "post", text)
                c.truth.update({"burst_at": iso(bstart), "night_event_id": nid})
                if k in day_owls:
                    happy(
                        f,
                        c,
                        f.when(rng.randint(0, 2), 9, 17.5),
                        ["praise", "buy", "view", "review"],
                    )
                k += 1
    return f


BILINGUAL_PAIRS = (
    [("fr", "pt")] * 4
    + [("pt", "fr")] * 4
    + [("fr", "en")] * 2
    + [("pt", "en")] * 2
    + [("pt", "es")] * 2
    + [
        ("en", "fr"),
        ("de", "fr"),
        ("fr", "de"),
        ("es", "pt"),
        ("it", "fr"),
        ("fr", "it"),
        ("de", "pt"),
        ("pt", "de"),
        ("en", "pt"),
        ("it", "pt"),
        ("es", "fr"),
        ("pt", "it"),
        ("fr", "es"),
    ]
)
WHY_SECOND = [
    "works for a company whose head office speaks it",
    "partner's language, used at home",
    "grew up in a family that speaks it",
    "studied there for years",
    "colleagues and friends speak it",
    "lives in a border town",
]


def bilingual() -> Fam:
    f = Fam(
        6,
        "bilingual",
        "BL",
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
        "households writing in two languages",
        {"repeat_contact": 5, "sentiment_drop": 5},
    )
    rng = f.rng
    pairs = list(BILINGUAL_PAIRS)
    rng.shuffle(pairs)
    long_i = next(i for i, p in enumerate(pairs) if p[1] in W.LONG_LETTER)
    pairs.insert(0, pairs.pop(long_i))
    roles = (
        ["bad_long", "bad_email", "bad_chat"]
        + ["happy"] * 12
        + ["repeat"] * 5
        + ["slide"] * 5
        + ["fixed"] * 2
    )
    rep_counts = [2, 2, 3, 3, 4]
    for (l1, l2), role in zip(pairs, roles, strict=True):
        markets = sorted({m for m, _ in MARKETS[l1]} | {m for m, _ in MARKETS[l2]})
        market = rng.choice(markets)
        langs = [l1, l2]
        extra: dict[str, Any] = {"languages": langs, "job_second_language": rng.choice(WHY_SECOND)}
        if role == "happy":
            c = person(f, "happy", "alternates languages", [], [], lang=l1, market=market, **extra)
            for i, d in enumerate(spread_days(f, rng.randint(5, 8), 0, 13)):
                happy(f, c, f.when(d, 8, 20), lang=langs[i % 2])
        elif role == "repeat":
            c = person(
                f,
                "repeat_contact",
                "repeats",
                ["repeat_contact"],
                list(REPEAT_TOL),
                lang=l1,
                market=market,
                **extra,
            )
            for i, d in enumerate(spread_days(f, rng.randint(1, 3), 0, 1)):
                happy(f, c, f.when(d, 8, 18), ["praise", "chat", "buy", "view"], lang=langs[i % 2])
            count = rep_counts.pop()
            ts = f.when(rng.randint(2, 5), 8, 19)
            repeat_run(
                f,
                c,
                ts,
                count,
                rng.choice(["web", "email", "chat"]),
                rng.choice(W.PROBLEMS),
                langs,
                count >= 3,
            )
        elif role == "slide":
            c = person(
                f,
                "slow_churner",
                "slides",
                ["sentiment_drop"],
                list(SLIDER_TOL),
                lang=l1,
                market=market,
                **extra,
            )
            for i, d in enumerate(spread_days(f, 5, 0, 5)):
                happy(f, c, f.when(d, 8, 20), ["praise", "again"], lang=langs[i % 2])
            for i, d in enumerate(spread_days(f, rng.randint(1, 3), 0, 5)):
                happy(f, c, f.when(d, 8, 20), ["chat", "buy", "view"], lang=langs[(i + 1) % 2])
            slide(f, c, rng.randint(7, 8), rng.randint(3, 5), langs)
        elif role == "fixed":
            c = person(
                f,
                "resolved_between_contacts",
                "fixed",
                [],
                list(SILENCE),
                lang=l1,
                market=market,
                **extra,
            )
            happy(f, c, f.when(rng.randint(0, 2), 8, 18), ["praise", "buy"], lang=l1)
            ts = f.when(rng.randint(3, 8), 8, 19)
            fixed = fixed_case(f, c, ts, rng.choice(W.PROBLEMS), "web", l1, l2)
            c.truth.update(
                {
                    "problems": [fixed],
                    "trouble_starts_at": fixed["raised_at"],
                    "confirm_language": l2,
                }
            )
        else:
            c = person(
                f,
                "happy_one_bad_day",
                "one bad day",
                [],
                list(SILENCE),
                lang=l1,
                market=market,
                **extra,
            )
            bd = rng.randint(3, 10)
            ts = f.when(bd, 8, 20)
            problem = rng.choice(W.PROBLEMS)
            channel = "chat" if role == "bad_chat" else "email"
            case = make_case(f)
            eid = raise_problem(f, c, ts, problem, channel, l2, case, long_email=role == "bad_long")
            acknowledge(f, c, ts, channel, case, l2)
            c.truth.update(
                {
                    "problem": problem,
                    "channel": channel,
                    "booking": case,
                    "bad_day_at": iso(ts),
                    "bad_day_event_id": eid,
                    "bad_day_language": l2,
                    "trouble_starts_at": iso(ts),
                    "long_email": role == "bad_long",
                    "agent_fixed": channel == "email",
                    "apologised": False,
                }
            )
            if channel == "email":
                good_news(f, c, night_safe(f, ts + timedelta(hours=rng.uniform(1, 4))), case, l2)
            if role == "bad_email":
                t2 = night_safe(f, ts + timedelta(hours=rng.uniform(18, 24)))
                aid = add(f, c, t2, "chat", "chat", rng.choice(W.APOLOGY[l2]), lang=l2)
                c.truth.update({"apologised": True, "apology_at": iso(t2), "apology_event_id": aid})
            days = [d for d in range(14) if d <= bd - 2 or d >= bd + 3]
            for i, d in enumerate(sorted(rng.sample(days, rng.randint(3, 5)))):
                happy(
                    f,
                    c,
                    f.when(d, 8, 20),
                    ["praise", "chat", "buy", "view", "review"],
                    lang=langs[i % 2],
                )
    return f


ACCOUNTS: list[dict[str, Any]] = [
    {
        "company": "Mutuelle Arvenne",
        "domain": "arvenne-mutuelle.example",
        "site": "insurance",
        "market": "FR",
        "kind": "at_risk",
        "problem": "service_blocked",
        "complainers": 3,
        "contacts": 5,
    },
    {
        "company": "Lusocódigo Software",
        "domain": "lusocodigo.example",
        "site": "software",
        "market": "PT",
        "kind": "at_risk",
        "problem": "invoice",
        "complainers": 3,
        "contacts": 4,
    },
    {
        "company": "Clinique Saint-Ambroise",
        "domain": "clinique-st-ambroise.example",
        "site": "hospital",
        "market": "BE",
        "kind": "at_risk",
        "problem": "portal",
        "complainers": 3,
        "contacts": 5,
    },
    {
        "company": "Commune de Bréval-sur-Aune",
        "domain": "breval-sur-aune.example",
        "site": "municipality",
        "market": "FR",
        "kind": "at_risk",
        "problem": "overbilled",
        "complainers": 4,
        "contacts": 6,
    },
    {
        "company": "Banco Ribeirinho",
        "domain": "bancoribeirinho.example",
        "site": "bank",
        "market": "PT",
        "kind": "at_risk",
        "problem": "invoice",
        "complainers": 4,
        "contacts": 4,
    },
    {
        "company": "Cabinet Delorme & Vasseur",
        "domain": "delorme-vasseur.example",
        "site": "law_firm",
        "market": "FR",
        "kind": "one_unhappy",
        "problem": "service_blocked",
        "complainers": 1,
        "contacts": 3,
    },
    {
        "company": "Lemanis Pharma SA",
        "domain": "lemanis-pharma.example",
        "site": "pharma",
        "market": "CH",
        "kind": "one_unhappy",
        "problem": "overbilled",
        "complainers": 1,
        "contacts": 3,
    },
    {
        "company": "Harrowgate Freight Ltd",
        "domain": "harrowgatefreight.example",
        "site": "logistics",
        "market": "UK",
        "kind": "one_unhappy",
        "problem": "portal",
        "complainers": 1,
        "contacts": 3,
    },
    {
        "company": "Colégio Vale do Amieiro",
        "domain": "colegio-amieiro.example",
        "site": "school",
        "market": "PT",
        "kind": "one_unhappy",
        "problem": "invoice",
        "complainers": 1,
        "contacts": 3,
    },
    {
        "company": "Kirchberg Advisory Sàrl",
        "domain": "kirchberg-advisory.example",
        "site": "consultancy",
        "market": "LU",
        "kind": "mild",
        "problem": None,
        "complainers": 0,
        "contacts": 3,
    },
    {
        "company": "Rheinfeld Energie GmbH",
        "domain": "rheinfeld-energie.example",
        "site": "energy",
        "market": "DE",
        "kind": "mild",
        "problem": None,
        "complainers": 0,
        "contacts": 4,
    },
    {
        "company": "Università di Valderra",
        "domain": "uni-valderra.example",
        "site": "university",
        "market": "IT",
        "kind": "mild",
        "problem": None,
        "complainers": 0,
        "contacts": 4,
    },
    {
        "company": "Hotel Mirador del Turia",
        "domain": "hotelmiradorturia.example",
        "site": "hotel",
        "market": "ES",
        "kind": "happy",
        "problem": None,
        "complainers": 0,
        "contacts": 4,
    },
    {
        "company": "Boutiques Maëline",
        "domain": "maeline.example",
        "site": "retail",
        "market": "FR",
        "kind": "happy",
        "problem": None,
        "complainers": 0,
        "contacts": 4,
    },
    {
        "company": "Associação Juvenil Ponte Nova",
        "domain": "aj-pontenova.example",
        "site": "youth_club",
        "market": "PT",
        "kind": "happy",
        "problem": None,
        "complainers": 0,
        "contacts": 4,
    },
]
ACCOUNT_LANG = {
    "FR": "fr",
    "BE": "fr",
    "LU": "fr",
    "CH": "fr",
    "PT": "pt",
    "UK": "en",
    "DE": "de",
    "IT": "it",
    "ES": "es",
}
JOB_TITLES = [
    "HR manager",
    "office manager",
    "events coordinator",
    "accounts payable clerk",
    "team lead",
    "procurement officer",
    "head of department",
    "executive assistant",
    "works council member",
    "finance controller",
]


def b2b_routine(f: Fam, c: Cust, ts: datetime, happy_contact: bool) -> list[str]:
    rng = f.rng
    kinds = (
        ["chat", "buy", "view", "praise", "survey"] if happy_contact else ["chat", "buy", "view"]
    )
    kind = rng.choice(kinds)
    if kind == "chat":
        q, a = rng.choice(B.CHAT_QA[c.lang])
        return chat_qa(f, c, ts, q, a, c.lang, thanks=0.7)
    if kind == "buy":
        return buy(f, c, ts, B.PRODUCTS)
    if kind == "view":
        return [add(f, c, ts, "web", "page_view", attrs={"page": rng.choice(B.PAGES)})]
    if kind == "praise":
        return [add(f, c, ts, "community", "post", rng.choice(B.PRAISE[c.lang]))]
    return [happy_survey(f, c, ts, c.lang)]


def b2b_accounts() -> Fam:
    f = Fam(
        7,
        "b2b_accounts",
        "BB",
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
        "Pinvarra Events: companies booking team events on account",
        {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    )
    rng = f.rng
    weekdays = [d for d in range(14) if (f.start + timedelta(days=d)).weekday() < 5]
    for spec in ACCOUNTS:
        market = str(spec["market"])
        lang = ACCOUNT_LANG[market]
        while True:
            acc = f"PVE-{market}-{rng.randrange(1000, 10000)}"
            if unique(acc):
                break
        domain = str(spec["domain"])
        kind = str(spec["kind"])
        n = int(spec["contacts"])
        firsts = rng.sample(FIRST[lang], n)
        contacts: list[Cust] = []
        n_unhappy = int(spec["complainers"])
        n_mild = 2 if kind == "mild" else 0
        for i in range(n):
            first, last = firsts[i], rng.choice(LAST[lang])
            phone, cc = make_phone(rng, market)
            title = rng.choice(JOB_TITLES)
            if i < n_unhappy:
                role = "complainer"
                if kind == "at_risk":
                    persona, expected, tolerated = "b2b_unhappy", ["detractor"], list(RISK_TOL)
                    if i == n_unhappy - 1:
                        expected = ["repeat_contact"]
                else:
                    persona, expected, tolerated = "b2b_one_unhappy", ["detractor"], list(ONE_TOL)
            elif i < n_mild:
                role, persona, expected, tolerated = "suggests", "b2b_mild", [], list(SILENCE)
            else:
                role, persona, expected, tolerated = "contact", "b2b_happy", [], []
            ids: dict[str, str | None] = {
                "customer_id": make_id(f),
                "email": make_email(rng, first, last, domain),
                "phone": phone,
                "handle": None,
                "account_id": acc,
            }
            centre = centre_for(rng, lang, market)
            truth: dict[str, Any] = {
                "identifiers": ids,
                "expected_rules": expected,
                "tolerated_rules": tolerated,
                "persona": persona,
                "habit": role,
                "role": role,
                "language": lang,
                "country": market,
                "segment": "b2b",
                "name": f"{first} {last}",
                "job": title,
                "job_title": title,
                "town": centre.split()[0],
                "company": spec["company"],
            }
            c = Cust(
                str(ids["customer_id"]), lang, market, first, last, cc, ids, centre, truth, b2b=True
            )
            f.customers[c.key] = c
            contacts.append(c)
        for c in contacts:
            if c.truth["role"] == "contact":
                for d in spread_days(f, rng.randint(2, 5), 0, len(weekdays) - 1):
                    b2b_routine(f, c, f.when(weekdays[d], 8, 16.5), True)
            else:
                for _ in range(rng.randint(0, 2)):
                    b2b_routine(f, c, f.when(rng.choice([0, 1]), 8, 16.5), False)
        unhappy = contacts[:n_unhappy]
        problem = spec["problem"]
        trouble: str | None = None
        if kind == "at_risk":
            assert isinstance(problem, str)
            case = make_case(f)
            comp = rng.choice(COMPETITORS)
            ts = f.when(2, 8, 16)
            first_c = unhappy[0]
            first_ts = ts
            trouble = iso(ts)
            for i, c in enumerate(unhappy):
                if i == 0:
                    subj = W.COMPLAINT_SUBJ[lang].format(topic=B.TOPIC[lang][problem])
                    body = B.FIRST[lang][problem].format(
                        amount=money(lang, market, B2B_EUR[problem])
                    )
                    eid = add(f, c, ts, "email", "message", body, subj)
                    add(
                        f,
                        c,
                        ts + mins(f, 10, 60),
                        "email",
                        "message",
                        B.ACK[lang].format(first=c.first, case=case),
                        W.RE_SUBJ[lang].format(case=case),
                        out=True,
                    )
                else:
                    ts = office(f, ts + timedelta(hours=rng.uniform(8, 28)))
                    wd = W.WEEKDAY[lang][first_ts.weekday()]
                    body = B.LATER[lang].format(
                        first_name=first_c.first,
                        weekday=wd,
                        case=case,
                        topic=B.TOPIC[lang][problem],
                    )
                    eid = add(f, c, ts, "email", "message", body, W.RE_SUBJ[lang].format(case=case))
                ids_c = [eid]
                c.truth.update(
                    {
                        "problem": problem,
                        "booking": case,
                        "trouble_starts_at": iso(ts),
                        "nps_given": False,
                    }
                )
                if i < len(unhappy) - 1:
                    nps = rng.randint(1, 5)
                    sid = low_survey(f, c, ts + mins(f, 60, 180), "nps", nps, lang)
                    c.truth.update({"nps_given": True, "nps": nps, "survey_event_id": sid})
                else:
                    t2 = office(f, ts + timedelta(hours=rng.uniform(18, 40)))
                    if spec["company"] == "Mutuelle Arvenne":
                        e2 = add(
                            f,
                            c,
                            t2,
                            "email",
                            "message",
                            B.LAST_EMAIL[lang].format(case=case, comp=comp),
                            W.RE_SUBJ[lang].format(case=case),
                        )
                        c.truth["competitor"] = comp
                    else:
                        e2 = add(f, c, t2, "phone", "call", B.LAST_CALL[lang].format(case=case))
                        c.truth["competitor"] = None
                    ids_c.append(e2)
                    c.truth["repeat_event_id"] = e2
                c.truth["complaint_event_ids"] = ids_c
        elif kind == "one_unhappy":
            assert isinstance(problem, str)
            c = unhappy[0]
            case = make_case(f)
            ts = office(f, f.when(rng.randint(3, 7), 8, 16.5))
            trouble = None
            subj = W.COMPLAINT_SUBJ[lang].format(topic=B.TOPIC[lang][problem])
            body = B.FIRST[lang][problem].format(amount=money(lang, market, B2B_EUR[problem]))
            eid = add(f, c, ts, "email", "message", body, subj)
            add(
                f,
                c,
                ts + mins(f, 10, 60),
                "email",
                "message",
                B.ACK[lang].format(first=c.first, case=case),
                W.RE_SUBJ[lang].format(case=case),
                out=True,
            )
            nps = rng.randint(1, 5)
            sid = low_survey(f, c, ts + mins(f, 60, 180), "nps", nps, lang)
            c.truth.update(
                {
                    "problem": problem,
                    "booking": case,
                    "trouble_starts_at": iso(ts),
                    "complaint_event_ids": [eid],
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": sid,
                }
            )
        elif kind == "mild":
            for i, c in enumerate(contacts[:2]):
                ts = office(f, f.when(rng.randint(2, 9), 8, 16), end_hour=16)
                mid = add(
                    f,
                    c,
                    ts,
                    "web",
                    "ticket",
                    B.SUGGEST[lang][i],
                    attrs={"page": "/portal/feedback"},
                )
                add(
                    f,
                    c,
                    night_safe(f, ts + timedelta(hours=rng.uniform(1, 4))),
                    "email",
                    "message",
                    B.SUGGEST_ACK[lang].format(first=c.first),
                    "Pinvarra Events",
                    out=True,
                )
                c.truth.update({"mild_event_id": mid, "trouble_starts_at": iso(ts)})
        f.accounts[acc] = {
            "company": spec["company"],
            "site": spec["site"],
            "contacts": n,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": n_unhappy,
            "unhappy_contact_keys": [c.key for c in unhappy],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": trouble,
            "language": lang,
            "country": market,
        }
    return f


SPIKE_LANGS = ["fr"] * 6 + ["pt"] * 6 + ["en", "en", "de", "de", "it", "it", "es", "es"]
SPIKE_CHANNELS = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
CET = {"FR", "BE", "LU", "CH", "DE", "AT", "IT", "ES"}


def spike_report(f: Fam, c: Cust, ts: datetime, channel: str, text: str) -> str:
    lang = c.lang
    if channel == "social":
        return add(f, c, ts, "social", "mention", text)
    if channel == "community":
        return add(f, c, ts, "community", "post", text)
    if channel == "email":
        return add(f, c, ts, "email", "message", text, W.SPIKE_SUBJ[lang])
    if channel == "web":
        return add(
            f, c, ts, "web", "ticket", text, W.SPIKE_SUBJ[lang], attrs={"page": "/help/contact"}
        )
    eid = add(f, c, ts, "chat", "chat", text)
    add(f, c, ts + mins(f, 1, 4), "chat", "chat", W.SPIKE_CHAT_A[lang], out=True)
    return eid


def topic_spike() -> Fam:
    f = Fam(
        8,
        "topic_spike",
        "TS",
        datetime(2026, 11, 9, tzinfo=UTC),
        7,
        "a calm week, then reminder links blocked as dangerous on Saturday morning",
        {"topic_spike": 1, "repeat_contact": 6},
    )
    rng = f.rng
    for _ in range(40):
        c = person(f, "happy", "day writer", [], [])
        for d in spread_days(f, rng.randint(1, 4), 0, 5):
            ts = f.when(d, 12, 19) if d == 5 else f.when(d, 7, 20)
            happy(f, c, ts, ["praise", "again", "chat", "buy", "view", "review", "survey", "gripe"])
    for lang in ("fr", "pt"):
        c = person(f, "grumbles_once", "grumbles once", [], list(SILENCE), lang=lang)
        q, a = W.CAL_GRUMBLE[lang]
        ts = f.when(0, 9, 17)
        gid = chat_qa(f, c, ts, q, a, lang, thanks=0.5)[0]
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(ts)})
    for lang, hour in (("pt", 9 + 40 / 60), ("fr", 16 + 5 / 60)):
        c = person(f, "grumbles_once", "lone question", [], list(SILENCE), lang=lang)
        q, a = W.LONE_QA[lang]
        ts = f.at(4, hour)
        lid = chat_qa(f, c, ts, q, a, lang, thanks=0.0)[0]
        c.truth.update({"lone_report_event_id": lid, "trouble_starts_at": iso(ts)})
    langs = list(SPIKE_LANGS)
    chans = list(SPIKE_CHANNELS)
    rng.shuffle(langs)
    rng.shuffle(chans)
    regular = [True] * 12 + [False] * 8
    rng.shuffle(regular)
    day = f.start + timedelta(days=5)
    offsets = sorted([0.0, 45.0] + [rng.uniform(0, 45) for _ in range(18)])
    used_text: dict[str, list[str]] = {}
    reporters: list[tuple[Cust, datetime, str, str]] = []
    for i in range(20):
        lang = langs[i]
        c = person(
            f, "spike_reporter", "regular" if regular[i] else "new", [], list(SILENCE), lang=lang
        )
        if regular[i]:
            for _ in range(rng.randint(1, 3)):
                happy(
                    f, c, f.when(2, 8, 17.5), ["praise", "chat", "buy", "view", "email", "review"]
                )
        ts = (day + timedelta(hours=8, minutes=15) + timedelta(minutes=offsets[i])).replace(
            second=rng.randrange(60) if 0 < i < 19 else 0, microsecond=0
        )
        pool = [
            t for t in W.SPIKE_REPORT[lang] if t not in used_text.setdefault(lang, [])
        ] or W.SPIKE_REPORT[lang]
        text = rng.choice(pool)
        used_text[lang].append(text)
        eid = spike_report(f, c, ts, chans[i], text)
        c.truth.update(
            {
                "in_spike": True,
                "regular": regular[i],
                "spike_event_id": eid,
                "spike_channel": chans[i],
                "trouble_starts_at": iso(ts),
                "agent_fixed": False,
                "repeat_event_id": None,
            }
        )
        reporters.append((c, ts, chans[i], eid))
    early = [r for r in reporters if r[1] <= day + timedelta(hours=8, minutes=40)]
    repeat_chans = ["email", "email", "chat", "chat", "community", "community"]
    chosen: list[tuple[tuple[Cust, datetime, str, str], str]] = []
    candidates = list(early)
    rng.shuffle(candidates)
    for ch in repeat_chans:
        pick = next(r for r in candidates if r[2] != ch)
        candidates.remove(pick)
        chosen.append((pick, ch))
    repeat_ids: list[str] = []
    for (c, ts, _, _), ch in chosen:
        t2 = ts + mins(f, 15, 50)
        text = rng.choice(W.SPIKE_REPEAT[c.lang])
        if ch == "email":
            rid = add(f, c, t2, "email", "message", text, "RE: " + W.SPIKE_SUBJ[c.lang])
        elif ch == "community":
            rid = add(f, c, t2, "community", "post", text)
        else:
            rid = add(f, c, t2, "chat", "chat", text)
            add(f, c, t2 + mins(f, 1, 4), "chat", "chat", W.SPIKE_CHAT_A[c.lang], out=True)
        repeat_ids.append(rid)
        c.truth.update(
            {
                "persona": "spike_repeater",
                "expected_rules": ["repeat_contact"],
                "tolerated_rules": list(SPIKE_REPEAT_TOL),
                "repeat_event_id": rid,
            }
        )
    chosen_keys = {p[0][0].key for p in chosen}
    rest = [r for r in reporters if r[0].key not in chosen_keys]
    for c, _, _, _ in rng.sample(rest, 6):
        t = day + timedelta(hours=11, minutes=rng.uniform(5, 20))
        t = t.replace(second=rng.randrange(60), microsecond=0)
        local = (
            ("11h40" if c.lang in ("fr", "pt") else "11:40")
            if c.market in CET
            else ("10h40" if c.lang in ("fr", "pt") else "10:40")
        )
        credit = {"GBP": "£9", "CHF": "9 CHF" if c.lang != "de" else "9 Fr."}.get(
            currency(c.market), "€10" if c.lang == "en" else "10 €"
        )
        add(
            f,
            c,
            t,
            "email",
            "message",
            W.SPIKE_FIXED[c.lang].format(first=c.first, local=local, credit=credit),
            W.SPIKE_FIXED_SUBJ[c.lang],
            out=True,
        )
        c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "bowling booking reminder texts and e-mails link to a test address that phones and browsers block as a dangerous site: the booking cannot be opened and customers fear a scam, error SBX:2207",
        "about": "Pinvarra's Saturday-morning reminders (SMS and e-mail) point at a test environment; customers ask whether it is a scam or a hack and cannot open their bookings",
        "channel": None,
        "start": iso(reporters[0][1]),
        "end": iso(reporters[-1][1]),
        "customers": 20,
        "customer_keys": [r[0].key for r in reporters],
        "event_ids": [r[3] for r in reporters],
        "repeat_event_ids": repeat_ids,
    }
    return f


# --- writing ----------------------------------------------------------------------------


def customer_ref(
    c: Cust, channel: str, first: bool, out: bool, rr: random.Random
) -> dict[str, str | None]:
    ids = c.ids
    ref: dict[str, str | None] = {
        "customer_id": None,
        "email": None,
        "phone": None,
        "handle": None,
        "account_id": ids["account_id"],
    }
    if first or out:
        for k in ("customer_id", "email", "phone", "handle"):
            ref[k] = ids[k]
        return ref
    if channel == "phone":
        phone = str(ids["phone"])
        ref["phone"] = "+" + c.cc + " " + phone[1 + len(c.cc) :] if rr.random() < 0.5 else phone
    elif channel in ("social", "community"):
        if c.b2b:
            ref["email"] = ids["email"]
        else:
            handle = str(ids["handle"])
            ref["handle"] = handle[1:] if rr.random() < 0.2 else handle
    elif channel == "email":
        email = str(ids["email"])
        ref["email"] = email.upper() if rr.random() < 1 / 12 else email
    else:
        ref["customer_id"] = ids["customer_id"]
    return ref


def finish(f: Fam) -> tuple[str, str]:
    rows = sorted(f.rows, key=lambda r: (r.ts, r.order))
    seen: set[str] = set()
    lines = []
    for r in rows:
        if not LIMIT > r.ts >= f.start or r.ts.year != 2026:
            raise ValueError(f"{f.name}: {r.data['event_id']} at {r.ts} outside the family")
        out = r.data["direction"] == "outbound"
        first = not out and r.cust.key not in seen
        if first:
            seen.add(r.cust.key)
        r.data["customer"] = customer_ref(r.cust, r.data["channel"], first, out, f.rr)
        lines.append(json.dumps(r.data, ensure_ascii=False))
    for c in f.customers.values():
        if c.key not in seen:
            raise ValueError(f"{f.name}: {c.key} has no inbound touchpoint")
        if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
            raise ValueError(f"{f.name}: {c.key} both expects and tolerates a rule")
        c.truth.pop("fourth_step_at", None)
    counts: dict[str, int] = {}
    for c in f.customers.values():
        for rule in c.truth["expected_rules"]:
            counts[rule] = counts.get(rule, 0) + 1
    for a in f.accounts.values():
        for rule in a["expected_rules"]:
            counts[rule] = counts.get(rule, 0) + 1
    if f.spike:
        counts["topic_spike"] = 1
    if counts != f.expect:
        raise ValueError(f"{f.name}: expected {counts} != planted {f.expect}")
    end = max(f.start + timedelta(days=f.days), rows[-1].ts + timedelta(hours=1))
    if end > LIMIT + timedelta(hours=1):
        raise ValueError(f"{f.name}: end {end}")
    truth = {
        "config": {
            "family": f.name,
            "about": f.about,
            "business": BUSINESS,
            "days": f.days,
            "seed": SEED * 100 + f.n,
            "written": WRITTEN,
            "set": SET,
            "expected": dict(sorted(counts.items())),
        },
        "start": iso(f.start),
        "end": iso(end),
        "customers": {c.key: c.truth for c in f.customers.values()},
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
    USED.clear()
    for build in FAMILIES:
        f = build()
        jsonl, truth = finish(f)
        (HERE / f"{f.name}.jsonl").write_text(jsonl, encoding="utf-8")
        (HERE / f"{f.name}.truth.json").write_text(truth, encoding="utf-8")
        print(f"{f.name}: {len(f.customers)} customers, {len(f.rows)} touchpoints")


if __name__ == "__main__":
    main()
