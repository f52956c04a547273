# ruff: noqa: E501
"""Build the heldout77 scenario families (Cartuvo, printer ink and toner). Standard library only.

Run ``python make_heldout77.py`` from anywhere: it writes ``<family>.jsonl`` and
``<family>.truth.json`` next to itself. Deterministic (fixed seeds). It refuses to write a
family whose expected counts differ from the planted ones.
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402
import wording_b2b as B  # noqa: E402

SEED = 20261112
BUSINESS = "Cartuvo: printer ink, toner and paper by app and web, with the Cartuvo Auto plan (a connector reads the printer's ink level and sends cartridges before they run dry) and free recycling envelopes; business arm Cartuvo Office (toner contracts and leased multifunction printers for organisations on account, a portal, monthly invoices). Competitors (invented): Tonerix, Pigmalo."
WRITTEN = "2026-12-03, blind, by a helper session"
LIMIT = datetime(2026, 11, 25, tzinfo=UTC)

LANG_WEIGHTS = {"fr": 30, "it": 30, "en": 10, "de": 10, "pt": 10, "es": 10}
MARKETS: dict[str, list[tuple[str, int]]] = {
    "fr": [("FR", 6), ("BE", 2), ("CH", 2), ("LU", 1)],
    "it": [("IT", 8), ("CH", 2)],
    "en": [("UK", 3), ("IE", 2)],
    "de": [("DE", 5), ("AT", 2), ("CH", 2)],
    "pt": [("PT", 1)],
    "es": [("ES", 1)],
}
FIRST: dict[str, list[str]] = {
    "fr": [
        "Camille",
        "Julien",
        "Sophie",
        "Nicolas",
        "Élodie",
        "Mathieu",
        "Claire",
        "Thomas",
        "Aurélie",
        "Sébastien",
        "Manon",
        "Romain",
        "Céline",
        "Antoine",
        "Laure",
        "Hugo",
        "Nathalie",
        "Benoît",
        "Chloé",
        "Pierre",
        "Émilie",
        "Damien",
        "Inès",
        "Yannick",
    ],
    "it": [
        "Giulia",
        "Marco",
        "Francesca",
        "Luca",
        "Chiara",
        "Alessandro",
        "Elena",
        "Davide",
        "Sara",
        "Matteo",
        "Valentina",
        "Andrea",
        "Federica",
        "Simone",
        "Silvia",
        "Lorenzo",
        "Martina",
        "Stefano",
        "Paola",
        "Giorgio",
        "Ilaria",
        "Riccardo",
        "Roberta",
        "Fabio",
    ],
    "en": [
        "Emma",
        "James",
        "Sophie",
        "Oliver",
        "Chloe",
        "Daniel",
        "Hannah",
        "Liam",
        "Grace",
        "Conor",
        "Aoife",
        "Tom",
        "Rachel",
        "Sean",
        "Megan",
        "Ciara",
    ],
    "de": [
        "Anna",
        "Lukas",
        "Julia",
        "Felix",
        "Laura",
        "Jonas",
        "Lea",
        "Tobias",
        "Sarah",
        "Florian",
        "Katrin",
        "Stefan",
        "Miriam",
        "Jan",
        "Sabine",
        "Moritz",
    ],
    "pt": [
        "Ana",
        "João",
        "Inês",
        "Tiago",
        "Mariana",
        "Pedro",
        "Beatriz",
        "Rui",
        "Catarina",
        "Miguel",
        "Sofia",
        "Nuno",
        "Joana",
        "Bruno",
        "Rita",
        "Hugo",
    ],
    "es": [
        "Lucía",
        "Javier",
        "Marta",
        "Pablo",
        "Elena",
        "Sergio",
        "Laura",
        "Álvaro",
        "Carmen",
        "Diego",
        "Paula",
        "Raúl",
        "Irene",
        "Jorge",
        "Nuria",
        "Adrián",
    ],
}
LAST: dict[str, list[str]] = {
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Lefèvre",
        "Moreau",
        "Girard",
        "Lambert",
        "Fontaine",
        "Rousseau",
        "Chevalier",
        "Mercier",
        "Blanc",
        "Garnier",
        "Faure",
        "Perrin",
        "Morel",
        "Gauthier",
        "Roux",
        "Masson",
        "Picard",
        "Renaud",
        "Leclerc",
        "Dumont",
        "Marchand",
    ],
    "it": [
        "Rossi",
        "Russo",
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
        "De Luca",
        "Mancini",
        "Costa",
        "Giordano",
        "Rizzo",
        "Lombardi",
        "Moretti",
        "Barbieri",
        "Fontana",
        "Santoro",
        "Mariani",
    ],
    "en": [
        "Smith",
        "Jones",
        "Taylor",
        "Brown",
        "Walsh",
        "Murphy",
        "Kelly",
        "Evans",
        "Hughes",
        "Byrne",
        "Clarke",
        "Wright",
        "Ryan",
        "Hall",
        "O'Brien",
        "Lynch",
    ],
    "de": [
        "Müller",
        "Schmidt",
        "Schneider",
        "Fischer",
        "Weber",
        "Wagner",
        "Becker",
        "Hoffmann",
        "Koch",
        "Richter",
        "Wolf",
        "Schäfer",
        "Bauer",
        "Krüger",
        "Huber",
        "Gruber",
    ],
    "pt": [
        "Silva",
        "Santos",
        "Ferreira",
        "Pereira",
        "Oliveira",
        "Costa",
        "Rodrigues",
        "Martins",
        "Sousa",
        "Fernandes",
        "Gonçalves",
        "Gomes",
        "Lopes",
        "Marques",
        "Almeida",
        "Ribeiro",
    ],
    "es": [
        "García",
        "Fernández",
        "López",
        "Martínez",
        "Sánchez",
        "Pérez",
        "Gómez",
        "Ruiz",
        "Díaz",
        "Moreno",
        "Muñoz",
        "Álvarez",
        "Romero",
        "Navarro",
        "Torres",
        "Domínguez",
    ],
}
TOWNS: dict[str, list[str]] = {
    "FR": [
        "Lyon",
        "Nantes",
        "Toulouse",
        "Lille",
        "Rennes",
        "Grenoble",
        "Dijon",
        "Bordeaux",
        "Annecy",
        "Tours",
    ],
    "BE": ["Liège", "Namur", "Bruxelles", "Charleroi"],
    "CH-fr": ["Genève", "Lausanne", "Neuchâtel"],
    "CH-it": ["Lugano", "Bellinzona", "Locarno"],
    "CH-de": ["Zürich", "Bern", "Basel"],
    "LU": ["Luxembourg", "Esch-sur-Alzette"],
    "IT": [
        "Torino",
        "Bologna",
        "Verona",
        "Bari",
        "Padova",
        "Firenze",
        "Napoli",
        "Brescia",
        "Parma",
        "Trento",
    ],
    "UK": ["Leeds", "Bristol", "Norwich", "Cardiff"],
    "IE": ["Cork", "Galway", "Dublin"],
    "DE": ["Köln", "Leipzig", "Freiburg", "Hannover"],
    "AT": ["Graz", "Linz", "Wien"],
    "PT": ["Porto", "Braga", "Coimbra", "Lisboa"],
    "ES": ["Valencia", "Zaragoza", "Sevilla", "Bilbao"],
}
JOBS = [
    "nurse",
    "teacher",
    "electrician",
    "accountant",
    "student",
    "retired teacher",
    "baker",
    "bus driver",
    "architect",
    "graphic designer",
    "lawyer",
    "social worker",
    "engineer",
    "shop assistant",
    "midwife",
    "translator",
    "farmer",
    "journalist",
    "chef",
    "postal worker",
]
DOMAINS = [
    "mail.example",
    "posta.example",
    "courriel.example",
    "web.example",
    "correo.example",
    "net.example",
    "inbox.example",
]
AGENTS = [
    "Margaux",
    "Lorenzo",
    "Inès",
    "Beatrice",
    "Karim",
    "Noemi",
    "Paul",
    "Giada",
    "Sandra",
    "Tiago",
    "Helena",
    "Oscar",
]
SOURCES = {
    "email": "cartuvo-mail",
    "phone": "cartuvo-voice",
    "social": "cartuvo-social",
    "community": "cartuvo-forum",
    "chat": "cartuvo-chat",
    "web": "cartuvo-web",
    "survey": "cartuvo-survey",
}
SPOKEN = {
    "EUR": {"fr": "euros", "it": "euro", "en": "euros", "de": "Euro", "pt": "euros", "es": "euros"},
    "GBP": {
        "fr": "livres",
        "it": "sterline",
        "en": "pounds",
        "de": "Pfund",
        "pt": "libras",
        "es": "libras",
    },
    "CHF": {
        "fr": "francs",
        "it": "franchi",
        "en": "francs",
        "de": "Franken",
        "pt": "francos",
        "es": "francos",
    },
}
AUTO_FEE = 6.99
UMLAUT = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}

TOL: dict[str, list[str]] = {
    "happy": [],
    "night_owl": [],
    "b2b_happy": [],
    "happy_one_bad_day": ["silence"],
    "bad_day_detractor": ["silence"],
    "happy_one_sarcastic_remark": ["silence"],
    "grumbles_once": ["silence"],
    "resolved_between_contacts": ["silence"],
    "different_problems": ["silence"],
    "b2b_mild": ["silence"],
    "spike_reporter": ["silence"],
    "spike_repeater": ["sentiment_drop", "silence"],
    "repeat_contact": [
        "sentiment_drop",
        "churn_intent",
        "competitor_mention",
        "high_value_at_risk",
        "silence",
    ],
    "slides": [
        "repeat_contact",
        "churn_intent",
        "competitor_mention",
        "high_value_at_risk",
        "silence",
    ],
    "cancels": ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
    "steadily_grumpy": ["repeat_contact", "silence"],
    "b2b_unhappy": [
        "sentiment_drop",
        "churn_intent",
        "competitor_mention",
        "high_value_at_risk",
        "silence",
        "account_risk",
    ],
    "b2b_one_unhappy": ["sentiment_drop", "high_value_at_risk", "silence"],
}

USED: set[str] = set()


def strip_accents(text: str) -> str:
    out = []
    for ch in text:
        if ch in UMLAUT:
            out.append(UMLAUT[ch])
        elif ch in "ñÑß":
            out.append(ch)
        else:
            out.append(
                "".join(x for x in unicodedata.normalize("NFD", ch) if not unicodedata.combining(x))
            )
    return "".join(out)


def slug(text: str) -> str:
    return "".join(ch for ch in strip_accents(text).lower() if ch.isalnum())


def unique(rng: random.Random, make: Any) -> str:
    for _ in range(1000):
        value = str(make())
        if value not in USED:
            USED.add(value)
            return value
    raise RuntimeError("could not find a unique identifier")


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def phone_for(rng: random.Random, market: str) -> str:
    if market == "FR":
        return "+33" + rng.choice("67") + digits(rng, 8)
    if market == "BE":
        return "+324" + rng.choice("789") + digits(rng, 7)
    if market == "CH":
        return "+417" + rng.choice("5689") + digits(rng, 7)
    if market == "LU":
        return "+3526" + rng.choice("269") + "1" + digits(rng, 6)
    if market == "IT":
        return "+393" + rng.choice("234") + digits(rng, 8)
    if market == "UK":
        return "+447" + rng.choice("45789") + digits(rng, 8)
    if market == "IE":
        return "+3538" + rng.choice("3579") + digits(rng, 7)
    if market == "DE":
        return (
            "+491"
            + rng.choice(["51", "52", "60", "62", "70", "71", "76"])
            + digits(rng, rng.choice([7, 8]))
        )
    if market == "AT":
        return "+436" + rng.choice(["50", "60", "64", "76", "99"]) + digits(rng, 7)
    if market == "PT":
        return "+3519" + rng.choice("1236") + digits(rng, 7)
    return "+34" + rng.choice("67") + digits(rng, 8)


CC = ["353", "352", "351", "44", "49", "43", "41", "39", "34", "33", "32"]


def spaced_phone(phone: str) -> str:
    for cc in CC:
        if phone.startswith("+" + cc):
            return "+" + cc + " " + phone[len(cc) + 1 :]
    return phone


def currency(market: str) -> str:
    return {"UK": "GBP", "CH": "CHF"}.get(market, "EUR")


def local_value(eur: float, market: str) -> float:
    cur = currency(market)
    if cur == "GBP":
        return eur * 0.86
    if cur == "CHF":
        return eur * 0.94
    return eur


def fmt_amt(eur: float, market: str, lang: str) -> str:
    cur = currency(market)
    if cur == "GBP":
        return f"£{round(eur * 0.86)}"
    if cur == "CHF":
        return f"CHF {round(eur * 0.94)}"
    if lang == "en":
        return f"€{eur:.2f}"
    return f"{eur:.2f}".replace(".", ",") + " €"


def spoken_amt(eur: float, market: str, lang: str) -> str:
    cur = currency(market)
    return f"{round(local_value(eur, market))} {SPOKEN[cur][lang]}"


@dataclass
class Cust:
    key: str
    first: str
    last: str
    lang: str
    market: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    truth: dict[str, Any]


@dataclass
class Row:
    t: datetime
    n: int
    cust: Cust
    d: dict[str, Any]


@dataclass
class Fam:
    n: int
    name: str
    code: str
    start: datetime
    days: int
    about: str
    planned: dict[str, int]
    rng: random.Random = field(init=False)
    rr: random.Random = field(init=False)
    rows: list[Row] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    count: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rr = random.Random(SEED * 100 + 50 + self.n)

    def at(self, day: float, hour: float = 0.0) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def rand_time(self, day: int, h0: float, h1: float) -> datetime:
        return self.at(day, self.rng.uniform(h0, h1)).replace(second=0, microsecond=0)

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        out: bool = False,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
        agent: str | None = None,
    ) -> str:
        self.count += 1
        eid = f"h77-{self.code.lower()}-{self.count:05d}"
        t = t.replace(second=0, microsecond=0) + timedelta(seconds=self.rng.randrange(60))
        if text is not None and not out:
            text = self.roughen(text, channel)
            if channel == "social" and c.account is None:
                text = at_brand(text)
        a: dict[str, str] = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if attrs:
            a.update(attrs)
        if agent:
            a["agent"] = agent
        d: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "customer": {},
            "text": text,
            "subject": subject,
            "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
            "source": SOURCES[channel],
            "attributes": a,
        }
        self.rows.append(Row(t, self.count, c, d))
        return eid

    def roughen(self, text: str, channel: str) -> str:
        if channel in ("phone", "survey") or not text:
            return text
        r = self.rr
        if r.random() < 0.10:
            text = strip_accents(text)
        if r.random() < 0.125 and text[0].isupper() and not text.startswith("Cartuvo"):
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


def at_brand(text: str) -> str:
    pos = text.rfind("Cartuvo")
    if pos >= 0:
        return text[:pos] + "@" + text[pos:]
    return "@Cartuvo " + text


def weighted(rng: random.Random, items: list[tuple[str, int]]) -> str:
    total = sum(w for _, w in items)
    x = rng.uniform(0, total)
    for item, w in items:
        x -= w
        if x <= 0:
            return item
    return items[-1][0]


def pick_lang(rng: random.Random) -> str:
    return weighted(rng, list(LANG_WEIGHTS.items()))


def person(
    f: Fam,
    persona: str,
    habit: str,
    expected: list[str],
    lang: str | None = None,
    market: str | None = None,
    tol: str | None = None,
    account: str | None = None,
    domain: str | None = None,
    **extra: Any,
) -> Cust:
    rng = f.rng
    lang = lang or pick_lang(rng)
    market = market or weighted(rng, MARKETS[lang])
    key = unique(rng, lambda: f"CV{f.code}{rng.randrange(1000, 10000)}")
    company_firsts = (
        {f.custs[k].first for k in f.accounts[account]["contact_keys"]} if account else set()
    )
    first = rng.choice(FIRST[lang])
    for _ in range(50):
        if first not in company_firsts:
            break
        first = rng.choice(FIRST[lang])
    last = rng.choice(LAST[lang])
    if account and domain:
        email = unique(rng, lambda: f"{slug(first)}.{slug(last)}@{domain}")
        handle = None
    else:
        email = unique(
            rng, lambda: f"{slug(first)}.{slug(last)}{rng.randrange(1, 99)}@{rng.choice(DOMAINS)}"
        )
        shapes = [
            lambda: f"@{slug(last)}_{slug(first)}{rng.randrange(1, 10)}",
            lambda: f"@{slug(first)}{slug(last)}{rng.randrange(10, 99)}",
            lambda: f"@{slug(first)}_{slug(last)}",
            lambda: f"@{slug(last)}{slug(first)[0]}{rng.randrange(1, 9)}",
        ]
        handle = unique(rng, lambda: rng.choice(shapes)())
    phone = unique(rng, lambda: phone_for(rng, market))
    town_key = f"CH-{lang if lang in ('fr', 'it') else 'de'}" if market == "CH" else market
    tolerated = list(TOL[tol or persona])
    truth: dict[str, Any] = {
        "identifiers": {
            "customer_id": key,
            "email": email,
            "phone": phone,
            "handle": handle,
            "account_id": account,
        },
        "expected_rules": sorted(expected),
        "tolerated_rules": tolerated,
        "persona": persona,
        "habit": habit,
        "language": lang,
        "country": market,
        "segment": "b2b" if account else "consumer",
        "name": f"{first} {last}",
        "job": rng.choice(JOBS),
        "town": rng.choice(TOWNS[town_key]),
    }
    truth.update(extra)
    c = Cust(key, first, last, lang, market, email, phone, handle, account, truth)
    f.custs[key] = c
    return c


def new_ref(rng: random.Random) -> str:
    return unique(rng, lambda: f"CT-{rng.randrange(100000, 1000000)}")


def out_of_night(f: Fam, t: datetime) -> datetime:
    """Move a time between 22:00 and 07:00 UTC to 08:00-09:00 the next morning."""
    if t.hour >= 22:
        base = (t + timedelta(days=1)).replace(hour=8, minute=0, second=0, microsecond=0)
        return base + timedelta(minutes=f.rng.randrange(60))
    if t.hour < 7:
        base = t.replace(hour=8, minute=0, second=0, microsecond=0)
        return base + timedelta(minutes=f.rng.randrange(60))
    return t


def office(f: Fam, t: datetime, h0: int = 8, h1: int = 17) -> datetime:
    """Move a time into weekday office hours (the next working morning)."""
    for _ in range(10):
        if t.weekday() < 5 and h0 <= t.hour < h1:
            return t
        if t.weekday() < 5 and t.hour < h0:
            t = t.replace(hour=h0, minute=f.rng.randrange(0, 50))
            continue
        t = (t + timedelta(days=1)).replace(hour=h0, minute=f.rng.randrange(0, 50))
    return t


def pick(rng: random.Random, table: dict[str, list[Any]], lang: str) -> Any:
    return rng.choice(table[lang])


def agent(f: Fam) -> str:
    return f.rng.choice(AGENTS)


def product(f: Fam, c: Cust) -> dict[str, str]:
    label, eur, _code = f.rng.choice(W.PRODUCTS[:7] if f.rng.random() < 0.9 else W.PRODUCTS)
    return {
        "order_value": f"{local_value(eur, c.market):.2f}",
        "currency": currency(c.market),
        "product": label,
    }


# ---------- happy acts ----------


def act(f: Fam, c: Cust, t: datetime, kind: str, lang: str | None = None) -> str:
    """One happy act of the given kind at t; returns the customer's (first) event id."""
    rng = f.rng
    lang = lang or c.lang
    if kind in ("praise", "again", "gripe"):
        table = {"praise": W.PRAISE, "again": W.AGAIN, "gripe": W.GRIPE}[kind]
        ch = rng.choice(["community", "social"])
        return f.add(c, t, ch, "post" if ch == "community" else "mention", pick(rng, table, lang))
    if kind == "chat_q":
        q, a = pick(rng, W.CHAT_Q, lang)
        eid = f.add(c, t, "chat", "chat", q)
        t2 = t + timedelta(minutes=rng.randint(1, 6))
        f.add(c, t2, "chat", "chat", a, out=True, agent=agent(f))
        if rng.random() < 0.6:
            f.add(
                c,
                t2 + timedelta(minutes=rng.randint(1, 3)),
                "chat",
                "chat",
                pick(rng, W.THANKS, lang),
            )
        return eid
    if kind == "mail_q":
        subj, body, ans = pick(rng, W.MAIL_Q, lang)
        eid = f.add(c, t, "email", "message", body.format(name=c.first), subject=subj)
        ag = agent(f)
        t2 = out_of_night(f, t + timedelta(minutes=rng.randint(60, 300)))
        f.add(
            c,
            t2,
            "email",
            "message",
            ans.format(name=c.first, agent=ag),
            subject="RE: " + subj,
            out=True,
            agent=ag,
        )
        return eid
    if kind == "call_q":
        text, subj, body = pick(rng, W.CALL_Q, lang)
        eid = f.add(c, t, "phone", "call", text)
        ag = agent(f)
        f.add(
            c,
            t + timedelta(minutes=rng.randint(10, 40)),
            "email",
            "message",
            body.format(name=c.first, agent=ag),
            subject=subj,
            out=True,
            agent=ag,
        )
        return eid
    if kind == "purchase":
        eid = f.add(c, t, "web", "page_view", attrs={"page": rng.choice(W.PAGES[:4])})
        attrs = product(f, c) | {"page": "/checkout"}
        f.add(c, t + timedelta(minutes=rng.randint(3, 15)), "web", "purchase", attrs=attrs)
        return eid
    if kind == "page":
        return f.add(c, t, "web", "page_view", attrs={"page": rng.choice(W.PAGES)})
    if kind == "review":
        return f.add(
            c,
            t,
            "web",
            "review",
            pick(rng, W.REVIEW, lang),
            attrs={"rating": str(rng.choice([4, 5, 5])), "page": "/reviews"},
        )
    if kind == "survey":
        which = rng.choice(["nps", "csat", "ces"])
        score = {"nps": rng.choice([9, 10]), "csat": rng.choice([4, 5]), "ces": rng.choice([6, 7])}[
            which
        ]
        word = pick(rng, W.SURVEY_WORD, lang) or None
        return f.add(
            c, t, "survey", "survey_response", word, scores={which: score}, attrs={"survey": which}
        )
    raise ValueError(kind)


HAPPY_KINDS = [
    "praise",
    "again",
    "gripe",
    "chat_q",
    "mail_q",
    "call_q",
    "purchase",
    "purchase",
    "page",
    "review",
    "survey",
]
NO_SURVEY = [k for k in HAPPY_KINDS if k != "survey"]


def happy_acts(
    f: Fam, c: Cust, days: list[int], n: int, kinds: list[str], h0: float = 7, h1: float = 19
) -> list[str]:
    chosen = sorted(f.rng.sample(days, min(n, len(days))))
    return [act(f, c, f.rand_time(d, h0, h1), f.rng.choice(kinds)) for d in chosen]


# ---------- trouble ----------


CASE_FACTS: dict[tuple[str, str], tuple[str, float, int]] = {}
WRONG_MODEL_CODES = [("TN-2420", 59.90), ("104", 39.90), ("963 XL", 34.90)]
LEAKING_CODES = [("603 XL", 21.90), ("305 XL", 27.50), ("963 XL", 34.90)]


def facts(f: Fam, c: Cust, problem: str, t: datetime) -> tuple[str, float, int]:
    """The cartridge, its price and the weekday of a case, fixed at its first telling."""
    key = (c.key, problem)
    if key not in CASE_FACTS:
        if problem == "wrong_model":
            code, eur = f.rng.choice(WRONG_MODEL_CODES)
        elif problem == "leaking":
            code, eur = f.rng.choice(LEAKING_CODES)
        else:
            _, eur, code = f.rng.choice(W.PRODUCTS[:5])
        if problem == "double_charge":
            eur = AUTO_FEE
        CASE_FACTS[key] = (code, eur, (t - timedelta(days=1)).weekday())
    return CASE_FACTS[key]


def core(f: Fam, c: Cust, problem: str, t: datetime, lang: str | None = None) -> str:
    lang = lang or c.lang
    code, eur, wd = facts(f, c, problem, t)
    text: str = f.rng.choice(W.CORE[lang][problem])
    return text.format(day=W.WEEKDAYS[lang][wd], prod=code, amt=fmt_amt(eur, c.market, lang))


def call_core(f: Fam, c: Cust, problem: str, t: datetime, lang: str | None = None) -> str:
    lang = lang or c.lang
    _code, eur, wd = facts(f, c, problem, t)
    text: str = W.CALL_CORE[lang][problem]
    return text.format(day=W.WEEKDAYS[lang][wd].lower(), amt=spoken_amt(eur, c.market, lang))


def about_call(lang: str, problem: str) -> str:
    """What a later call is about, said in a few words ("it's about the leaking cartridge")."""
    short: str = W.CALL_SHORT[lang][problem]
    about: str = W.CALL_ABOUT[lang]
    if lang == "pt":
        return about + short
    return about + " " + short


def complaint(
    f: Fam, c: Cust, problem: str, t: datetime, channel: str, lang: str | None = None
) -> str:
    """The first (or only) complaint about a problem, on one channel."""
    rng = f.rng
    lang = lang or c.lang
    subj = W.COMPLAINT_WORD[lang] + W.TOPIC[lang][problem]
    if channel == "long_email":
        body = rng.choice(W.LONG_MAIL[lang]).format(core=core(f, c, problem, t, lang), name=c.first)
        return f.add(c, t, "email", "message", body, subject=W.LONG_SUBJECT[lang])
    if channel == "email":
        body = rng.choice(W.SHORT_MAIL[lang]).format(
            core=core(f, c, problem, t, lang), name=c.first
        )
        return f.add(c, t, "email", "message", body, subject=subj)
    if channel == "chat":
        return f.add(c, t, "chat", "chat", core(f, c, problem, t, lang))
    if channel == "social":
        return f.add(c, t, "social", "mention", core(f, c, problem, t, lang))
    if channel == "web":
        body = rng.choice(W.WEB_FORM[lang]).format(core=core(f, c, problem, t, lang))
        return f.add(c, t, "web", "ticket", body, subject=subj, attrs={"page": "/help/contact"})
    if channel == "phone":
        return f.add(c, t, "phone", "call", call_core(f, c, problem, t, lang))
    raise ValueError(channel)


def acknowledge(
    f: Fam, c: Cust, t: datetime, channel: str, ref: str, lang: str | None = None
) -> datetime:
    """The agent's answer to a first complaint: chat answer, or a 'case opened' e-mail."""
    lang = lang or c.lang
    ag = agent(f)
    if channel == "chat":
        t2 = t + timedelta(minutes=f.rng.randint(1, 4))
        f.add(c, t2, "chat", "chat", W.CHAT_CASE[lang].format(ref=ref), out=True, agent=ag)
        return t2
    subj, body = W.CASE_OPENED[lang]
    t2 = out_of_night(f, t + timedelta(minutes=f.rng.randint(10, 40)))
    f.add(
        c,
        t2,
        "email",
        "message",
        body.format(name=c.first, ref=ref, agent=ag),
        subject=subj.format(ref=ref),
        out=True,
        agent=ag,
    )
    return t2


def good_news(f: Fam, c: Cust, t: datetime, problem: str, ref: str, lang: str | None = None) -> str:
    lang = lang or c.lang
    ag = agent(f)
    subj, body = W.GOOD_NEWS[lang]
    return f.add(
        c,
        t,
        "email",
        "message",
        body.format(name=c.first, ref=ref, agent=ag, fix=W.FIX[lang][problem]),
        subject=subj.format(ref=ref),
        out=True,
        agent=ag,
    )


def later_contact(
    f: Fam,
    c: Cust,
    problem: str,
    t: datetime,
    channel: str,
    ref: str,
    nth: int,
    comp: str | None,
    lang: str | None = None,
) -> str:
    rng = f.rng
    lang = lang or c.lang
    if channel == "phone":
        parts = [W.STILL_CALL[lang].format(ref=ref), about_call(lang, problem)]
        if nth == 3 and comp:
            parts.append(W.THIRD_CALL[lang].format(comp=comp))
        if nth == 4:
            parts.append(W.FOURTH_CALL[lang])
        return f.add(c, t, "phone", "call", " ".join(parts))
    text = rng.choice(W.STILL[lang]).format(ref=ref, core=core(f, c, problem, t, lang))
    if nth == 3 and comp:
        text += " " + rng.choice(W.THIRD[lang]).format(comp=comp)
    if nth == 4:
        text += " " + rng.choice(W.FOURTH[lang])
    if channel == "email":
        return f.add(
            c,
            t,
            "email",
            "message",
            text + "\n" + c.first,
            subject=W.STILL_SUBJECT[lang].format(ref=ref),
        )
    if channel == "chat":
        eid = f.add(c, t, "chat", "chat", text)
        f.add(
            c,
            t + timedelta(minutes=rng.randint(1, 4)),
            "chat",
            "chat",
            W.CHAT_ADDED[lang].format(ref=ref),
            out=True,
            agent=agent(f),
        )
        return eid
    if channel == "web":
        return f.add(
            c,
            t,
            "web",
            "ticket",
            text,
            subject=W.STILL_SUBJECT[lang].format(ref=ref),
            attrs={"page": "/help/contact"},
        )
    if channel == "social":
        return f.add(c, t, "social", "mention", text)
    raise ValueError(channel)


def confirm(f: Fam, c: Cust, t: datetime, ref: str, lang: str | None = None) -> tuple[str, str]:
    lang = lang or c.lang
    ch = f.rng.choice(["email", "chat"])
    text = pick(f.rng, W.CONFIRM, lang).format(ref=ref)
    if ch == "email":
        return f.add(
            c, t, "email", "message", text, subject=W.STILL_SUBJECT[lang].format(ref=ref)
        ), ch
    return f.add(c, t, "chat", "chat", text), ch


def fixed_case(
    f: Fam,
    c: Cust,
    day: int,
    problem: str,
    channel: str,
    lang1: str | None = None,
    lang2: str | None = None,
) -> dict[str, Any]:
    """A problem raised, fixed by an agent and confirmed by the customer."""
    rng = f.rng
    lang1 = lang1 or c.lang
    lang2 = lang2 or lang1
    ref = new_ref(rng)
    t = f.rand_time(day, 8, 19)
    eid = complaint(f, c, problem, t, channel, lang1)
    t_ack = acknowledge(f, c, t, channel, ref, lang1)
    t_fix = out_of_night(f, t_ack + timedelta(hours=rng.uniform(3, 20)))
    good_news(f, c, t_fix, problem, ref, lang2)
    t_conf = out_of_night(f, t_fix + timedelta(hours=rng.uniform(8, 30)))
    ceid, cch = confirm(f, c, t_conf, ref, lang2)
    return {
        "problem": problem,
        "booking": ref,
        "raised_at": iso(t),
        "fixed_at": iso(t_fix),
        "confirmed_at": iso(t_conf),
        "problem_event_ids": [eid],
        "confirm_event_id": ceid,
        "channel": channel,
        "confirm_channel": cch,
    }


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


# ---------- families ----------


def happy_writers() -> Fam:
    f = Fam(
        1,
        "happy_writers",
        "HW",
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        "happy customers writing by day and by night, and survey-only customers",
        {},
    )
    rng = f.rng
    for _ in range(16):
        c = person(f, "happy", "day writer", [])
        happy_acts(f, c, list(range(10)), rng.randint(5, 8), HAPPY_KINDS)
    for _ in range(5):
        c = person(f, "happy", "night writer", [])
        nights = sorted(rng.sample(range(9), rng.randint(2, 4)))
        for d in nights:
            t = f.at(d, 22.2 + rng.uniform(0, 6.3)).replace(second=0, microsecond=0)
            if rng.random() < 0.5:
                ch = rng.choice(["community", "social"])
                f.add(
                    c,
                    t,
                    ch,
                    "post" if ch == "community" else "mention",
                    pick(rng, W.NIGHT_POST, c.lang),
                )
            else:
                q, a = pick(rng, W.NIGHT_Q, c.lang)
                f.add(c, t, "chat", "chat", q)
                f.add(
                    c,
                    t + timedelta(minutes=rng.randint(1, 5)),
                    "chat",
                    "chat",
                    a,
                    out=True,
                    agent=agent(f),
                )
                f.add(
                    c,
                    t + timedelta(minutes=rng.randint(6, 9)),
                    "chat",
                    "chat",
                    pick(rng, W.THANKS, c.lang),
                )
        happy_acts(
            f,
            c,
            [d for d in range(10) if d not in nights],
            rng.randint(2, 3),
            ["praise", "purchase", "page", "review"],
            9,
            18,
        )
    for _ in range(5):
        c = person(f, "happy", "answers surveys", [])
        happy_acts(f, c, list(range(10)), rng.randint(3, 6), ["survey"])
    return f


def one_bad_day() -> Fam:
    f = Fam(
        2,
        "one_bad_day",
        "BD",
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        "happy customers with one angry day",
        {"detractor": 6},
    )
    rng = f.rng
    problems = [p for p in W.PROBLEMS for _ in range(4)]
    channels = [
        ch for ch in ["long_email", "email", "chat", "social", "web", "phone"] for _ in range(4)
    ]
    rng.shuffle(problems)
    rng.shuffle(channels)
    with_case = [i for i, ch in enumerate(channels) if ch != "social"]
    rng.shuffle(with_case)
    nps_set = set(with_case[:6])
    csat_set = set(with_case[6:11])
    rng.shuffle(with_case)
    news_set = with_case[:12]
    apol_set = set(news_set[:5])
    long_langs = ["fr", "fr", "it", "it"]
    for i in range(24):
        ch = channels[i]
        lang = long_langs.pop() if ch == "long_email" else None
        detr = i in nps_set
        c = person(
            f,
            "bad_day_detractor" if detr else "happy_one_bad_day",
            "one bad day",
            ["detractor"] if detr else [],
            lang=lang,
        )
        bad_day = rng.randint(2, 9)
        t = f.rand_time(bad_day, 8, 20)
        eid = complaint(f, c, problems[i], t, ch)
        ok_days = [d for d in range(12) if d <= bad_day - 2 or d >= bad_day + 3]
        happy_acts(f, c, ok_days, rng.randint(1, 5), NO_SURVEY)
        tr: dict[str, Any] = {
            "problem": problems[i],
            "channel": "email" if ch == "long_email" else ch,
            "long_email": ch == "long_email",
            "bad_day_at": iso(t),
            "bad_day_event_id": eid,
            "trouble_starts_at": iso(t),
            "booking": None,
            "agent_fixed": False,
            "apologised": False,
            "nps_given": False,
            "csat_given": False,
        }
        if ch != "social":
            ref = new_ref(rng)
            tr["booking"] = ref
            acknowledge(f, c, t, "chat" if ch == "chat" else "email", ref)
            if i in nps_set:
                nps = rng.randint(1, 5)
                tr |= {
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": f.add(
                        c,
                        t + timedelta(minutes=rng.randint(100, 140)),
                        "survey",
                        "survey_response",
                        pick(rng, W.LOW_NPS_WORD, c.lang) or None,
                        scores={"nps": nps},
                        attrs={"survey": "nps"},
                    ),
                }
            if i in csat_set:
                cs = rng.randint(1, 2)
                tr |= {
                    "csat_given": True,
                    "csat": cs,
                    "survey_event_id": f.add(
                        c,
                        t + timedelta(minutes=rng.randint(40, 80)),
                        "survey",
                        "survey_response",
                        pick(rng, W.LOW_CSAT_WORD, c.lang) or None,
                        scores={"csat": cs},
                        attrs={"survey": "csat"},
                    ),
                }
            if i in news_set:
                good_news(
                    f, c, out_of_night(f, t + timedelta(hours=rng.uniform(1, 4))), problems[i], ref
                )
                tr["agent_fixed"] = True
                if i in apol_set:
                    ta = out_of_night(f, t + timedelta(hours=rng.uniform(16, 24)))
                    ach = rng.choice(["chat", "email"])
                    text = pick(rng, W.APOLOGY, c.lang)
                    aid = f.add(
                        c,
                        ta,
                        ach,
                        "chat" if ach == "chat" else "message",
                        text,
                        subject=W.STILL_SUBJECT[c.lang].format(ref=ref) if ach == "email" else None,
                    )
                    tr |= {"apologised": True, "apology_at": iso(ta), "apology_event_id": aid}
        c.truth.update(tr)
    for _ in range(8):
        c = person(f, "happy", "control", [])
        happy_acts(f, c, list(range(12)), rng.randint(4, 7), HAPPY_KINDS)
    return f


def repeat_run(
    f: Fam,
    c: Cust,
    first_day: int,
    n_contacts: int,
    quality: bool,
    first_channel: str,
    langs: list[str] | None = None,
) -> None:
    rng = f.rng
    langs = langs or [c.lang]
    problem = rng.choice(W.PROBLEMS)
    ref = new_ref(rng)
    t = f.rand_time(first_day, 8, 19)
    eid = complaint(f, c, problem, t, first_channel, langs[0])
    acknowledge(f, c, t, first_channel if first_channel == "chat" else "email", ref, langs[0])
    if quality:
        subj, body = W.QUALITY_LEAD[langs[0]]
        ag = agent(f)
        f.add(
            c,
            out_of_night(f, t + timedelta(hours=rng.uniform(1.5, 2.5))),
            "email",
            "message",
            body.format(name=c.first, ref=ref, agent=ag),
            subject=subj.format(ref=ref),
            out=True,
            agent=ag,
        )
    others = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != first_channel]
    rng.shuffle(others)
    comp = rng.choice(W.COMPETITORS) if n_contacts >= 3 else None
    ids = [eid]
    tt = t
    for k in range(2, n_contacts + 1):
        tt = out_of_night(f, tt + timedelta(hours=rng.uniform(4, 40)))
        ids.append(
            later_contact(
                f, c, problem, tt, others[k - 2], ref, k, comp, langs[(k - 1) % len(langs)]
            )
        )
    c.truth.update(
        {
            "problem": problem,
            "booking": ref,
            "contacts": n_contacts,
            "channels": [first_channel, *others[: n_contacts - 1]],
            "problem_event_ids": ids,
            "trouble_starts_at": iso(t),
            "competitor": comp,
            "agent_passed_on": quality,
        }
    )


def repeat_contacts() -> Fam:
    f = Fam(
        3,
        "repeat_contacts",
        "RC",
        datetime(2026, 6, 1, tzinfo=UTC),
        10,
        "the same open problem raised again, against fixed cases and frequent writers",
        {"repeat_contact": 12},
    )
    rng = f.rng
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    counts = [2] * 4 + [3] * 4 + [4] * 4
    quality = [True] * 6 + [False] * 6
    rng.shuffle(firsts)
    rng.shuffle(quality)
    for i in range(12):
        c = person(f, "repeat_contact", "repeats", ["repeat_contact"])
        happy_acts(f, c, [0], 1, NO_SURVEY, 7, 12)
        for _ in range(rng.randint(0, 2)):
            act(f, c, f.rand_time(0, 7, 12), rng.choice(["page", "purchase", "chat_q"]))
        repeat_run(f, c, rng.randint(1, 4), counts[i], quality[i], firsts[i])
    for _ in range(5):
        c = person(f, "resolved_between_contacts", "fixed", [])
        happy_acts(f, c, [0, 1], rng.randint(1, 2), NO_SURVEY)
        case = fixed_case(
            f,
            c,
            rng.randint(2, 4),
            rng.choice(W.PROBLEMS),
            rng.choice(["web", "email", "chat", "phone"]),
        )
        c.truth.update(
            {"problems": [case], "trouble_starts_at": case["raised_at"], "booking": case["booking"]}
        )
        happy_acts(f, c, [8, 9], 1, NO_SURVEY)
    for _ in range(3):
        c = person(f, "different_problems", "two problems", [])
        p1, p2 = rng.sample(list(W.PROBLEMS), 2)
        d1 = rng.randint(0, 1)
        cases = [
            fixed_case(f, c, d1, p1, rng.choice(["web", "email", "chat"])),
            fixed_case(f, c, d1 + rng.randint(4, 5), p2, rng.choice(["web", "email", "phone"])),
        ]
        c.truth.update({"problems": cases, "trouble_starts_at": cases[0]["raised_at"]})
    for _ in range(7):
        c = person(f, "happy", "frequent writer", [])
        happy_acts(
            f,
            c,
            list(range(10)),
            rng.randint(5, 8),
            ["chat_q", "chat_q", "mail_q", "mail_q", "call_q", "purchase", "praise"],
        )
    return f


def slide(
    f: Fam, c: Cust, start_day: int, span: int, langs: list[str] | None = None, nps: bool = False
) -> None:
    rng = f.rng
    langs = langs or [c.lang]
    comp = rng.choice(W.COMPETITORS)
    ratings = [3, 3, 2, 2, 1, 1]
    t = f.rand_time(start_day, 8, 20)
    step = span * 24 / 5
    ids = []
    t4 = t
    for k in range(6):
        if k:
            t = out_of_night(
                f,
                max(
                    t + timedelta(hours=1),
                    f.at(start_day, 8) + timedelta(hours=step * k + rng.uniform(-3, 3)),
                ),
            )
        lang = langs[k % len(langs)]
        text = W.SLIDE[lang][k].format(comp=comp)
        ch = rng.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str(ratings[k]), "page": "/reviews"},
                )
            )
        else:
            ids.append(f.add(c, t, ch, "post" if ch == "community" else "mention", text))
        if k == 3:
            t4 = t
    first_t = next(r.t for r in f.rows if r.d["event_id"] == ids[0])
    c.truth.update(
        {
            "slide_event_ids": ids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": iso(first_t),
        }
    )
    if nps:
        score = rng.randint(1, 5)
        eid = f.add(
            c,
            out_of_night(f, t4 + timedelta(hours=rng.uniform(2.5, 3.5))),
            "survey",
            "survey_response",
            pick(rng, W.LOW_NPS_WORD, langs[0]) or None,
            scores={"nps": score},
            attrs={"survey": "nps"},
        )
        c.truth.update({"nps_given": True, "nps": score, "survey_event_id": eid})


def slow_churners() -> Fam:
    f = Fam(
        4,
        "slow_churners",
        "SC",
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
        "a slow slide from happy, leavers, steady, steadily grumpy and sarcastic customers",
        {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
    )
    rng = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    rng.shuffle(spans)
    nps_idx = set(rng.sample(range(10), 5))
    for i in range(10):
        exp = ["sentiment_drop"] + (["detractor"] if i in nps_idx else [])
        c = person(f, "slow_churner", "slides", exp, tol="slides")
        days = rng.sample(range(11), rng.randint(4, 5))
        for d in sorted(days):
            act(f, c, f.rand_time(d, 7, 20), "praise")
        happy_acts(
            f,
            c,
            [d for d in range(11) if d not in days],
            rng.randint(2, 4),
            ["chat_q", "purchase", "page", "review", "mail_q"],
        )
        slide(f, c, rng.randint(12, 16), spans[i], nps=i in nps_idx)
    for _ in range(5):
        c = person(f, "slow_churner", "asks to cancel", ["churn_intent"], tol="cancels")
        happy_acts(f, c, list(range(16)), rng.randint(4, 6), NO_SURVEY)
        t = f.rand_time(rng.randint(17, 23), 8, 20)
        subj, body = pick(rng, W.CANCEL, c.lang)
        eid = f.add(c, t, "email", "message", body.format(name=c.first), subject=subj)
        ag = agent(f)
        s2, b2 = W.SORRY_GO[c.lang]
        f.add(
            c,
            out_of_night(f, t + timedelta(hours=rng.uniform(1, 5))),
            "email",
            "message",
            b2.format(name=c.first, agent=ag),
            subject=s2,
            out=True,
            agent=ag,
        )
        tc = t + timedelta(hours=rng.uniform(20, 30))
        cid = f.add(
            c,
            tc,
            "web",
            "cancellation",
            attrs={
                "page": "/account/auto/cancel",
                "product": "Auto plan monthly / Forfait Auto mensuel",
            },
        )
        c.truth.update(
            {
                "churn_intent_event_id": eid,
                "cancellation_event_id": cid,
                "churn_at": iso(tc),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = person(f, "happy", "steady", [])
        happy_acts(f, c, list(range(32)), rng.randint(6, 10), HAPPY_KINDS)
    for _ in range(5):
        c = person(f, "steadily_grumpy", "grumbles", [])
        n = rng.randint(5, 6)
        texts = rng.sample(W.GRUMBLE[c.lang], n)
        gd = float(rng.randint(0, 4))
        ids = []
        first_t = None
        for text in texts:
            t = f.at(gd, rng.uniform(8, 20)).replace(second=0, microsecond=0)
            first_t = first_t or t
            ch = rng.choice(["social", "community", "web", "review"])
            if ch == "review":
                ids.append(
                    f.add(c, t, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            elif ch == "web":
                ids.append(
                    f.add(
                        c,
                        t,
                        "web",
                        "ticket",
                        text,
                        subject=text.split(".")[0][:60],
                        attrs={"page": "/help/contact"},
                    )
                )
            else:
                ids.append(f.add(c, t, ch, "post" if ch == "community" else "mention", text))
            gd += rng.randint(1, 3)
        for _ in range(rng.randint(0, 2)):
            act(f, c, f.rand_time(rng.randint(0, 25), 8, 20), "purchase")
        assert first_t is not None
        c.truth.update({"grumble_event_ids": ids, "trouble_starts_at": iso(first_t)})
    for _ in range(5):
        c = person(f, "happy_one_sarcastic_remark", "happy", [])
        happy_acts(f, c, list(range(16)), rng.randint(3, 6), HAPPY_KINDS)
        t = f.rand_time(rng.randint(17, 28), 8, 20)
        ch = rng.choice(["social", "community"])
        eid = f.add(
            c, t, ch, "post" if ch == "community" else "mention", pick(rng, W.SARCASM, c.lang)
        )
        c.truth.update({"sarcasm_event_id": eid, "trouble_starts_at": iso(t)})
    return f


def quiet_hours() -> Fam:
    f = Fam(
        5,
        "quiet_hours",
        "QH",
        datetime(2026, 8, 28, tzinfo=UTC),
        3,
        "a calm summer weekend with night owls in bursts; no spike",
        {},
    )
    rng = f.rng
    for _ in range(16):
        c = person(f, "happy", "day writer", [])
        happy_acts(
            f,
            c,
            [0, 1, 2],
            rng.randint(1, 3),
            ["praise", "again", "chat_q", "purchase", "page", "review", "survey", "gripe"],
            7,
            17.5,
        )
    mild_channels = ["chat", "chat", "web", "web"]
    for ch in mild_channels:
        c = person(f, "grumbles_once", "grumbles once", [])
        d = rng.randint(0, 2)
        t0 = f.rand_time(d, 8, 16)
        act(f, c, t0, rng.choice(["page", "purchase"]))
        t = t0 + timedelta(minutes=rng.randint(20, 30))
        text, ans = pick(rng, W.MILD, c.lang)
        if ch == "chat":
            eid = f.add(c, t, "chat", "chat", text)
            f.add(
                c,
                t + timedelta(minutes=rng.randint(1, 6)),
                "chat",
                "chat",
                ans,
                out=True,
                agent=agent(f),
            )
        else:
            eid = f.add(
                c,
                t,
                "web",
                "ticket",
                text,
                subject=text[:50].rsplit(" ", 1)[0],
                attrs={"page": "/help/contact"},
            )
            subj, body = W.FORM_ACK[c.lang]
            ag = agent(f)
            f.add(
                c,
                out_of_night(f, t + timedelta(minutes=rng.randint(30, 120))),
                "email",
                "message",
                body.format(name=c.first, agent=ag),
                subject=subj,
                out=True,
                agent=ag,
            )
        c.truth.update({"grumble_event_id": eid, "trouble_starts_at": iso(t)})
    by_day = 0
    for night in (1, 2, 3):
        b1 = f.at(night, 0.0) + timedelta(minutes=rng.randint(40, 65))
        bursts = [
            b1,
            b1 + timedelta(minutes=rng.randint(28, 33)),
            b1 + timedelta(minutes=rng.randint(55, 65)),
        ]
        for bi, b in enumerate(bursts, start=1):
            for _ in range(4):
                c = person(f, "night_owl", f"night {night}, burst {bi}", [])
                t = b + timedelta(minutes=rng.randint(0, 9))
                if rng.random() < 0.5:
                    q, a = pick(rng, W.NIGHT_Q, c.lang)
                    eid = f.add(c, t, "chat", "chat", q)
                    f.add(
                        c,
                        t + timedelta(minutes=rng.randint(1, 4)),
                        "chat",
                        "chat",
                        a,
                        out=True,
                        agent=agent(f),
                    )
                    f.add(
                        c,
                        t + timedelta(minutes=rng.randint(5, 8)),
                        "chat",
                        "chat",
                        pick(rng, W.THANKS, c.lang),
                    )
                else:
                    ch = rng.choice(["community", "social"])
                    eid = f.add(
                        c,
                        t,
                        ch,
                        "post" if ch == "community" else "mention",
                        pick(rng, W.NIGHT_POST, c.lang),
                    )
                c.truth.update({"burst_at": iso(b), "night_event_id": eid})
                if by_day < 18 and rng.random() < 0.55:
                    by_day += 1
                    act(
                        f,
                        c,
                        f.rand_time(rng.randint(0, 2), 9, 17.5),
                        rng.choice(["praise", "purchase", "page", "review"]),
                    )
    return f


BILINGUAL_PAIRS: list[tuple[str, str, str]] = [
    ("fr", "it", "CH"),
    ("it", "fr", "CH"),
    ("fr", "it", "CH"),
    ("it", "fr", "CH"),
    ("fr", "en", "FR"),
    ("it", "en", "IT"),
    ("fr", "de", "LU"),
    ("de", "fr", "CH"),
    ("it", "de", "CH"),
    ("fr", "pt", "LU"),
    ("pt", "fr", "FR"),
    ("es", "fr", "FR"),
    ("fr", "es", "ES"),
    ("en", "fr", "BE"),
    ("it", "es", "IT"),
    ("en", "it", "UK"),
    ("fr", "en", "BE"),
    ("it", "fr", "IT"),
    ("de", "it", "CH"),
    ("pt", "it", "IT"),
    ("es", "it", "ES"),
    ("fr", "it", "FR"),
    ("it", "en", "IE"),
    ("en", "fr", "UK"),
    ("fr", "de", "BE"),
    ("it", "pt", "PT"),
    ("de", "en", "DE"),
]
SECOND_WHY = [
    "grew up across the border",
    "works in the other language",
    "partner's language at home",
    "studied abroad",
    "family on the other side",
    "colleagues write in it",
]


def bilingual() -> Fam:
    f = Fam(
        6,
        "bilingual",
        "BL",
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
        "customers who write in two languages",
        {"repeat_contact": 5, "sentiment_drop": 5},
    )
    rng = f.rng
    pairs = list(BILINGUAL_PAIRS)
    long_pair = next(p for p in pairs if p[1] in ("fr", "it"))
    pairs.remove(long_pair)
    rng.shuffle(pairs)
    roles = (
        ["happy"] * 12 + ["repeat"] * 5 + ["slide"] * 5 + ["bad_short", "bad_chat"] + ["fixed"] * 2
    )
    rep_counts = [2, 2, 3, 3, 4]
    for role, (l1, l2, mk) in zip(["bad_long", *roles], [long_pair, *pairs], strict=True):
        extra: dict[str, Any] = {
            "languages": [l1, l2],
            "job_second_language": rng.choice(SECOND_WHY),
        }
        langs = [l1, l2]
        if role == "happy":
            c = person(f, "happy", "alternates languages", [], lang=l1, market=mk, **extra)
            days = sorted(rng.sample(range(14), rng.randint(5, 8)))
            for k, d in enumerate(days):
                act(f, c, f.rand_time(d, 7, 20), rng.choice(NO_SURVEY), langs[k % 2])
        elif role == "repeat":
            n = rep_counts.pop()
            c = person(
                f, "repeat_contact", "repeats", ["repeat_contact"], lang=l1, market=mk, **extra
            )
            for k, d in enumerate(sorted(rng.sample([0, 1], rng.randint(1, 2)))):
                act(
                    f,
                    c,
                    f.rand_time(d, 8, 18),
                    rng.choice(["praise", "purchase", "chat_q"]),
                    langs[k % 2],
                )
            repeat_run(
                f, c, rng.randint(2, 5), n, n >= 3, rng.choice(["web", "email", "chat"]), langs
            )
        elif role == "slide":
            c = person(
                f,
                "slow_churner",
                "slides",
                ["sentiment_drop"],
                lang=l1,
                market=mk,
                tol="slides",
                **extra,
            )
            pd = sorted(rng.sample(range(6), 5))
            for k, d in enumerate(pd):
                act(f, c, f.rand_time(d, 8, 20), "praise", langs[k % 2])
            for k, d in enumerate(sorted(rng.sample(range(6), rng.randint(1, 3)))):
                act(
                    f,
                    c,
                    f.rand_time(d, 8, 20),
                    rng.choice(["purchase", "chat_q", "page"]),
                    langs[(k + 1) % 2],
                )
            slide(f, c, rng.randint(7, 8), rng.randint(3, 5), langs)
        elif role.startswith("bad"):
            c = person(f, "happy_one_bad_day", "one bad day", [], lang=l1, market=mk, **extra)
            bd = rng.randint(4, 9)
            ok = [d for d in range(14) if d <= bd - 2 or d >= bd + 3]
            for k, d in enumerate(sorted(rng.sample(ok, rng.randint(3, 5)))):
                act(f, c, f.rand_time(d, 8, 20), rng.choice(NO_SURVEY), langs[k % 2])
            problem = rng.choice(W.PROBLEMS)
            t = f.rand_time(bd, 9, 19)
            ch = {"bad_long": "long_email", "bad_short": "email", "bad_chat": "chat"}[role]
            eid = complaint(f, c, problem, t, ch, l2)
            ref = new_ref(rng)
            acknowledge(f, c, t, "chat" if ch == "chat" else "email", ref, l2)
            tr: dict[str, Any] = {
                "problem": problem,
                "booking": ref,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "bad_day_language": l2,
                "long_email": ch == "long_email",
                "trouble_starts_at": iso(t),
                "agent_fixed": ch != "chat",
                "apologised": False,
            }
            if ch != "chat":
                good_news(
                    f, c, out_of_night(f, t + timedelta(hours=rng.uniform(1, 4))), problem, ref, l2
                )
            if role == "bad_short":
                ta = out_of_night(f, t + timedelta(hours=rng.uniform(18, 24)))
                aid = f.add(c, ta, "chat", "chat", pick(rng, W.APOLOGY, l2))
                tr |= {"apologised": True, "apology_at": iso(ta), "apology_event_id": aid}
            c.truth.update(tr)
        else:
            c = person(f, "resolved_between_contacts", "fixed", [], lang=l1, market=mk, **extra)
            for k, d in enumerate(sorted(rng.sample([0, 1, 2], rng.randint(1, 3)))):
                act(f, c, f.rand_time(d, 8, 20), rng.choice(NO_SURVEY), langs[k % 2])
            case = fixed_case(f, c, rng.randint(3, 6), rng.choice(W.PROBLEMS), "web", l1, l2)
            c.truth.update(
                {
                    "problems": [case],
                    "booking": case["booking"],
                    "trouble_starts_at": case["raised_at"],
                    "confirm_language": l2,
                }
            )
    return f


ACCOUNTS: list[dict[str, Any]] = [
    {
        "company": "Cabinet Vasseur Avocats",
        "site": "law_firm",
        "lang": "fr",
        "market": "FR",
        "kind": "at_risk",
        "problem": "invoice",
        "contacts": 5,
        "unhappy": 3,
        "last": "phone",
    },
    {
        "company": "Istituto Comprensivo Galilei",
        "site": "school",
        "lang": "it",
        "market": "IT",
        "kind": "at_risk",
        "problem": "service_blocked",
        "contacts": 4,
        "unhappy": 3,
        "last": "phone",
    },
    {
        "company": "Brenner Ingenieure GmbH",
        "site": "engineering",
        "lang": "de",
        "market": "DE",
        "kind": "at_risk",
        "problem": "portal",
        "contacts": 6,
        "unhappy": 3,
        "last": "email",
    },
    {
        "company": "Comune di Castelverde",
        "site": "municipality",
        "lang": "it",
        "market": "IT",
        "kind": "at_risk",
        "problem": "overbilled",
        "contacts": 5,
        "unhappy": 4,
        "last": "phone",
    },
    {
        "company": "Fiduciaire Arnaud & Lemoine",
        "site": "accounting",
        "lang": "fr",
        "market": "FR",
        "kind": "at_risk",
        "problem": "invoice",
        "contacts": 6,
        "unhappy": 4,
        "last": "phone",
    },
    {
        "company": "Agence immobilière Mosane",
        "site": "estate_agency",
        "lang": "fr",
        "market": "BE",
        "kind": "one_unhappy",
        "problem": "service_blocked",
        "contacts": 3,
        "unhappy": 1,
    },
    {
        "company": "Gestoría Albéniz",
        "site": "accounting",
        "lang": "es",
        "market": "ES",
        "kind": "one_unhappy",
        "problem": "overbilled",
        "contacts": 3,
        "unhappy": 1,
    },
    {
        "company": "Lousã & Reis Arquitetos",
        "site": "architecture",
        "lang": "pt",
        "market": "PT",
        "kind": "one_unhappy",
        "problem": "portal",
        "contacts": 3,
        "unhappy": 1,
    },
    {
        "company": "Harrow Lane Surgery",
        "site": "medical_practice",
        "lang": "en",
        "market": "UK",
        "kind": "one_unhappy",
        "problem": "invoice",
        "contacts": 3,
        "unhappy": 1,
    },
    {
        "company": "Studio Notarile Bernasconi",
        "site": "notary",
        "lang": "it",
        "market": "CH",
        "kind": "mild",
        "problem": None,
        "contacts": 4,
        "unhappy": 0,
    },
    {
        "company": "Hotel Miradouro",
        "site": "hotel",
        "lang": "pt",
        "market": "PT",
        "kind": "mild",
        "problem": None,
        "contacts": 3,
        "unhappy": 0,
    },
    {
        "company": "Lycée Saint-Exupéry",
        "site": "school",
        "lang": "fr",
        "market": "FR",
        "kind": "mild",
        "problem": None,
        "contacts": 4,
        "unhappy": 0,
    },
    {
        "company": "Logistica Adriatica Srl",
        "site": "logistics",
        "lang": "it",
        "market": "IT",
        "kind": "happy",
        "problem": None,
        "contacts": 4,
        "unhappy": 0,
    },
    {
        "company": "Kanzlei Hofmann & Partner",
        "site": "law_firm",
        "lang": "de",
        "market": "DE",
        "kind": "happy",
        "problem": None,
        "contacts": 3,
        "unhappy": 0,
    },
    {
        "company": "Hotel Las Acacias",
        "site": "hotel",
        "lang": "es",
        "market": "ES",
        "kind": "happy",
        "problem": None,
        "contacts": 3,
        "unhappy": 0,
    },
]
JOB_TITLES = [
    "Office manager",
    "Accounts payable clerk",
    "Facilities coordinator",
    "IT administrator",
    "Head of administration",
    "Receptionist",
    "Procurement officer",
    "Practice manager",
    "Executive assistant",
    "Partner",
]


def weekday_time(f: Fam, days: list[int], h0: float = 8, h1: float = 16.5) -> datetime:
    wd = [d for d in days if f.at(d).weekday() < 5]
    return f.rand_time(f.rng.choice(wd), h0, h1)


def b2b_routine(f: Fam, c: Cust, t: datetime, happy: bool) -> None:
    rng = f.rng
    lang = c.lang
    kinds = ["chat", "order", "page"] + (["praise", "survey"] if happy else [])
    k = rng.choice(kinds)
    if k == "chat":
        q, a = pick(rng, B.B_CHAT_Q, lang)
        f.add(c, t, "chat", "chat", q)
        t2 = t + timedelta(minutes=rng.randint(1, 6))
        f.add(c, t2, "chat", "chat", a, out=True, agent=agent(f))
        if rng.random() < 0.6:
            f.add(
                c,
                t2 + timedelta(minutes=rng.randint(1, 3)),
                "chat",
                "chat",
                pick(rng, B.B_THANKS, lang),
            )
    elif k == "order":
        f.add(c, t, "web", "page_view", attrs={"page": "/pro/shop/toner"})
        label, eur = rng.choice(B.B_PRODUCTS)
        f.add(
            c,
            t + timedelta(minutes=rng.randint(3, 12)),
            "web",
            "purchase",
            attrs={
                "order_value": f"{local_value(eur, c.market):.2f}",
                "currency": currency(c.market),
                "product": label,
                "page": "/pro/checkout",
            },
        )
    elif k == "page":
        f.add(c, t, "web", "page_view", attrs={"page": rng.choice(B.B_PAGES)})
    elif k == "praise":
        f.add(c, t, "community", "post", pick(rng, B.B_PRAISE, lang))
    else:
        which = rng.choice(["nps", "csat", "ces"])
        score = {"nps": rng.choice([9, 10]), "csat": rng.choice([4, 5]), "ces": rng.choice([6, 7])}[
            which
        ]
        f.add(
            c,
            t,
            "survey",
            "survey_response",
            pick(rng, B.B_SURVEY_WORD, lang) or None,
            scores={which: score},
            attrs={"survey": which},
        )


def b2b_ack(f: Fam, c: Cust, t: datetime, ref: str) -> None:
    subj, body = B.B_ACK[c.lang]
    ag = agent(f)
    f.add(
        c,
        office(f, t + timedelta(minutes=f.rng.randint(15, 50))),
        "email",
        "message",
        body.format(name=c.first, ref=ref, agent=ag),
        subject=subj.format(ref=ref),
        out=True,
        agent=ag,
    )


def b2b_accounts() -> Fam:
    f = Fam(
        7,
        "b2b_accounts",
        "BB",
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
        "company accounts: at risk, one unhappy contact, mild suggestions, happy",
        {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    )
    rng = f.rng
    for spec in ACCOUNTS:
        lang = spec["lang"]
        market = spec["market"]
        acc = unique(rng, lambda m=market: f"CTO-{m}-{rng.randrange(1000, 10000)}")
        domain = slug(spec["company"])[:18] + ".example"
        kind = spec["kind"]
        f.accounts[acc] = {
            "company": spec["company"],
            "site": spec["site"],
            "contacts": spec["contacts"],
            "contact_keys": [],
            "unhappy_contacts": spec["unhappy"],
            "unhappy_contact_keys": [],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": spec["problem"] if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        roles: list[str] = []
        if kind == "at_risk":
            roles = ["complainer"] * spec["unhappy"] + ["contact"] * (
                spec["contacts"] - spec["unhappy"]
            )
        elif kind == "one_unhappy":
            roles = ["complainer", "contact", "contact"]
        elif kind == "mild":
            roles = ["suggests", "suggests"] + ["contact"] * (spec["contacts"] - 2)
        else:
            roles = ["contact"] * spec["contacts"]
        complainers: list[Cust] = []
        for role in roles:
            if role == "complainer" and kind == "at_risk":
                persona, exp = "b2b_unhappy", ["detractor"]
            elif role == "complainer":
                persona, exp = "b2b_one_unhappy", ["detractor"]
            elif role == "suggests":
                persona, exp = "b2b_mild", []
            else:
                persona, exp = "b2b_happy", []
            title = rng.choice(JOB_TITLES)
            c = person(
                f,
                persona,
                role,
                exp,
                lang=lang,
                market=market,
                account=acc,
                domain=domain,
                company=spec["company"],
                role=role,
                job_title=title,
            )
            c.truth["job"] = title
            f.accounts[acc]["contact_keys"].append(c.key)
            if role == "complainer":
                f.accounts[acc]["unhappy_contact_keys"].append(c.key)
                complainers.append(c)
            if role == "contact":
                for _ in range(rng.randint(2, 5)):
                    b2b_routine(f, c, weekday_time(f, list(range(14))), happy=True)
            else:
                for _ in range(rng.randint(0, 2)):
                    b2b_routine(f, c, weekday_time(f, [0, 1], 8, 16), happy=False)
            if role == "suggests":
                t = weekday_time(f, list(range(2, 12)), 8, 16)
                eid = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    pick(rng, B.B_MILD, lang),
                    subject="Suggestion",
                    attrs={"page": "/pro/portal/contact"},
                )
                subj, body = W.FORM_ACK[lang]
                ag = agent(f)
                f.add(
                    c,
                    office(f, t + timedelta(minutes=rng.randint(30, 150))),
                    "email",
                    "message",
                    body.format(name=c.first, agent=ag),
                    subject=subj,
                    out=True,
                    agent=ag,
                )
                c.truth.update({"mild_event_id": eid, "trouble_starts_at": iso(t)})
        if kind == "one_unhappy":
            c = complainers[0]
            problem = spec["problem"]
            t = weekday_time(f, list(range(3, 8)), 8, 17)
            ref = new_ref(rng)
            eid = f.add(
                c,
                t,
                "email",
                "message",
                B.B_COMPLAINT[lang][problem].format(name=c.first),
                subject=W.COMPLAINT_WORD[lang] + B.B_TOPIC[lang][problem],
            )
            b2b_ack(f, c, t, ref)
            score = rng.randint(1, 5)
            sid = f.add(
                c,
                t + timedelta(hours=rng.uniform(1, 3)),
                "survey",
                "survey_response",
                None,
                scores={"nps": score},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                {
                    "problem": problem,
                    "booking": ref,
                    "complaint_event_ids": [eid],
                    "trouble_starts_at": iso(t),
                    "nps_given": True,
                    "nps": score,
                    "survey_event_id": sid,
                }
            )
        if kind == "at_risk":
            problem = spec["problem"]
            ref = new_ref(rng)
            comp = rng.choice(W.COMPETITORS)
            t = f.at(2, rng.uniform(8.5, 11)).replace(second=0, microsecond=0)
            first_t = t
            first = complainers[0]
            for k, c in enumerate(complainers):
                if k == 0:
                    eid = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        B.B_COMPLAINT[lang][problem].format(name=c.first),
                        subject=W.COMPLAINT_WORD[lang] + B.B_TOPIC[lang][problem],
                    )
                    b2b_ack(f, c, t, ref)
                else:
                    prev = t
                    t = office(f, t + timedelta(hours=rng.uniform(8, 28)))
                    if t.date() == first_t.date():
                        day = B.B_THIS_MORNING[lang]
                    else:
                        day = B.B_ON_DAY[lang].format(day=W.WEEKDAYS[lang][first_t.weekday()])
                    assert t > prev
                    text = B.B_LATER[lang].format(
                        first=first.first,
                        day=day,
                        ref=ref,
                        restate=B.B_RESTATE[lang][problem],
                        name=c.first,
                    )
                    eid = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        text,
                        subject=W.STILL_SUBJECT[lang].format(ref=ref),
                    )
                ids = [eid]
                last = k == len(complainers) - 1
                tr: dict[str, Any] = {
                    "problem": problem,
                    "booking": ref,
                    "trouble_starts_at": iso(t),
                    "nps_given": False,
                }
                if not last:
                    score = rng.randint(1, 5)
                    sid = f.add(
                        c,
                        t + timedelta(hours=rng.uniform(1, 3)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": score},
                        attrs={"survey": "nps"},
                    )
                    tr |= {"nps_given": True, "nps": score, "survey_event_id": sid}
                else:
                    c.truth["expected_rules"] = ["repeat_contact"]
                    t2 = office(f, t + timedelta(hours=rng.uniform(18, 40)))
                    if spec["last"] == "email":
                        text = B.B_LAST_MAIL[lang].format(
                            ref=ref, restate=B.B_RESTATE[lang][problem], comp=comp, name=c.first
                        )
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "email",
                                "message",
                                text,
                                subject=W.STILL_SUBJECT[lang].format(ref=ref),
                            )
                        )
                        tr["competitor"] = comp
                    else:
                        text = B.B_LAST_CALL[lang].format(
                            name=c.first, company=spec["company"], ref=ref
                        )
                        ids.append(f.add(c, t2, "phone", "call", text))
                        tr["competitor"] = None
                    tr["repeat_event_id"] = ids[-1]
                tr["complaint_event_ids"] = ids
                c.truth.update(tr)
            f.accounts[acc]["trouble_starts_at"] = iso(first_t)
    return f


def topic_spike() -> Fam:
    f = Fam(
        8,
        "topic_spike",
        "TS",
        datetime(2026, 11, 9, tzinfo=UTC),
        7,
        "a calm week and one planted spike",
        {"topic_spike": 1, "repeat_contact": 6},
    )
    rng = f.rng
    for _ in range(40):
        c = person(f, "happy", "day writer", [])
        n = rng.randint(1, 4)
        for d in sorted(rng.sample(range(6), n)):
            h0, h1 = (12.0, 19.0) if d == 5 else (7.0, 19.0)
            act(f, c, f.rand_time(d, h0, h1), rng.choice(HAPPY_KINDS))
    for lang in ("fr", "it"):
        c = person(f, "grumbles_once", "grumbles once", [], lang=lang)
        t = f.rand_time(0, 9, 16)
        text, ans = pick(rng, W.SPIKE_GRUMBLE, lang)
        eid = f.add(c, t, "chat", "chat", text)
        f.add(
            c,
            t + timedelta(minutes=rng.randint(1, 5)),
            "chat",
            "chat",
            ans,
            out=True,
            agent=agent(f),
        )
        c.truth.update({"grumble_event_id": eid, "trouble_starts_at": iso(t)})
    for lang, hour in (("fr", 9 + 40 / 60), ("it", 16 + 5 / 60)):
        c = person(f, "grumbles_once", "lone question", [], lang=lang)
        t = f.at(2, hour)
        q, a = pick(rng, W.LONE_Q, lang)
        eid = f.add(c, t, "chat", "chat", q)
        f.add(
            c, t + timedelta(minutes=rng.randint(2, 6)), "chat", "chat", a, out=True, agent=agent(f)
        )
        c.truth.update({"lone_report_event_id": eid, "trouble_starts_at": iso(t)})
    langs = ["fr"] * 6 + ["it"] * 6 + ["en", "en", "de", "de", "pt", "pt", "es", "es"]
    channels = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(langs)
    rng.shuffle(channels)
    s0 = f.at(3, 7 + 25 / 60)
    offsets = sorted([0, 45, *rng.sample(range(1, 45), 18)])
    regular = [True] * 12 + [False] * 8
    rng.shuffle(regular)
    event_ids: list[str] = []
    keys: list[str] = []
    reporters: list[tuple[Cust, datetime, str, str]] = []
    for i in range(20):
        c = person(
            f,
            "spike_reporter",
            "regular" if regular[i] else "new",
            [],
            lang=langs[i],
            in_spike=True,
            regular=regular[i],
        )
        if regular[i]:
            for d in sorted(rng.sample([0, 1, 2], rng.randint(1, 3))):
                act(f, c, f.rand_time(d, 8, 17.5), rng.choice(NO_SURVEY))
        t = s0 + timedelta(minutes=offsets[i])
        ch = channels[i]
        text = pick(rng, W.SPIKE, c.lang)
        if ch == "email":
            eid = f.add(
                c, t, "email", "message", text + "\n" + c.first, subject=W.SPIKE_SUBJECT[c.lang]
            )
        elif ch == "web":
            eid = f.add(
                c,
                t,
                "web",
                "ticket",
                text,
                subject=W.SPIKE_SUBJECT[c.lang],
                attrs={"page": "/help/contact"},
            )
        elif ch == "chat":
            eid = f.add(c, t, "chat", "chat", text)
            f.add(
                c,
                t + timedelta(minutes=rng.randint(1, 4)),
                "chat",
                "chat",
                W.SPIKE_CHAT_ANSWER[c.lang],
                out=True,
                agent=agent(f),
            )
        else:
            eid = f.add(c, t, ch, "post" if ch == "community" else "mention", text)
        event_ids.append(eid)
        keys.append(c.key)
        c.truth.update(
            {
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
                "agent_fixed": False,
            }
        )
        reporters.append((c, t, ch, eid))
    early = [r for r in reporters if r[1] <= s0 + timedelta(minutes=25)]
    rng.shuffle(early)
    rep_channels = ["email", "email", "chat", "chat", "community", "community"]
    repeat_ids: list[str] = []
    repeaters = set()
    for c, t, ch, _eid in early:
        if not rep_channels:
            break
        opts = [x for x in rep_channels if x != ch]
        if not opts:
            continue
        rch = opts[0]
        rep_channels.remove(rch)
        t2 = t + timedelta(minutes=rng.randint(15, 50))
        text = pick(rng, W.SPIKE_AGAIN, c.lang)
        if rch == "email":
            rid = f.add(
                c,
                t2,
                "email",
                "message",
                text + "\n" + c.first,
                subject="RE: " + W.SPIKE_SUBJECT[c.lang],
            )
        elif rch == "chat":
            rid = f.add(c, t2, "chat", "chat", text)
            f.add(
                c,
                t2 + timedelta(minutes=rng.randint(1, 4)),
                "chat",
                "chat",
                W.SPIKE_CHAT_ANSWER[c.lang],
                out=True,
                agent=agent(f),
            )
        else:
            rid = f.add(c, t2, "community", "post", text)
        repeat_ids.append(rid)
        repeaters.add(c.key)
        c.truth.update(
            {
                "persona": "spike_repeater",
                "expected_rules": ["repeat_contact"],
                "tolerated_rules": list(TOL["spike_repeater"]),
                "repeat_event_id": rid,
            }
        )
    if rep_channels:
        raise RuntimeError("not enough early spike reporters for the repeats")
    others = [r for r in reporters if r[0].key not in repeaters]
    rng.shuffle(others)
    for c, _t, _ch, _eid in others[:6]:
        # fixed at 09:40 UTC: 09:40 local in the UK, Ireland and Portugal, 10:40 elsewhere
        local = "09:40" if c.market in ("UK", "IE", "PT") else "10:40"
        credit = fmt_amt(10.0, c.market, c.lang).replace(",00", "").replace(".00", "")
        ag = agent(f)
        subj, body = W.SPIKE_FIXED[c.lang]
        f.add(
            c,
            f.at(3, 10 + rng.randint(8, 17) / 60),
            "email",
            "message",
            body.format(name=c.first, time=local, credit=credit, agent=ag),
            subject=subj,
            out=True,
            agent=ag,
        )
        c.truth["agent_fixed"] = True
    times = [r.t for r in f.rows if r.d["event_id"] in set(event_ids)]
    f.spike = {
        "topic": W.SPIKE_TOPIC,
        "about": "Thursday 12 November 2026: the Cartuvo Auto connector sends phantom print jobs to home printers",
        "channel": None,
        "start": iso(min(times)),
        "end": iso(max(times)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": event_ids,
        "repeat_event_ids": repeat_ids,
    }
    return f


# ---------- output ----------


def finish(f: Fam) -> tuple[str, str]:
    rows = sorted(f.rows, key=lambda r: (r.t, r.n))
    seen: set[str] = set()
    rr = f.rr
    for r in rows:
        c = r.cust
        d = r.d
        full = d["direction"] == "outbound" or (c.key not in seen and d["direction"] == "inbound")
        if d["direction"] == "inbound":
            seen.add(c.key)
        ref: dict[str, Any] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": c.account,
        }
        if full:
            ref |= {"customer_id": c.key, "email": c.email, "phone": c.phone, "handle": c.handle}
        else:
            ch = d["channel"]
            if ch == "phone":
                ref["phone"] = spaced_phone(c.phone) if rr.random() < 0.5 else c.phone
            elif ch in ("social", "community"):
                if c.handle:
                    ref["handle"] = c.handle if rr.random() >= 0.2 else c.handle.lstrip("@")
                else:
                    ref["email"] = c.email
            elif ch == "email":
                ref["email"] = c.email.upper() if rr.random() < 1 / 12 else c.email
            else:
                ref["customer_id"] = c.key
        d["customer"] = ref
        if r.t >= LIMIT or r.t < f.start or r.t.year != 2026:
            raise RuntimeError(f"{f.name}: touchpoint out of range {d['event_id']} {r.t}")
    for c in f.custs.values():
        if c.key not in seen:
            raise RuntimeError(f"{f.name}: {c.key} has no inbound touchpoint")
        if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
            raise RuntimeError(f"{f.name}: {c.key} expects and tolerates a rule")
    expected: Counter[str] = Counter()
    for c in f.custs.values():
        expected.update(c.truth["expected_rules"])
    for a in f.accounts.values():
        expected.update(a["expected_rules"])
    if f.spike:
        expected["topic_spike"] += 1
    if dict(expected) != f.planned:
        raise RuntimeError(f"{f.name}: expected {dict(expected)} != planted {f.planned}")
    end = max(f.at(f.days), rows[-1].t + timedelta(hours=1))
    if end >= LIMIT:
        raise RuntimeError(f"{f.name}: end out of range")
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
        "end": iso(end.replace(second=0, microsecond=0)),
        "customers": {k: f.custs[k].truth for k in sorted(f.custs)},
        "accounts": f.accounts,
        "spike": f.spike,
        "journey": {},
        "expectations": {},
    }
    lines = "".join(json.dumps(r.d, ensure_ascii=False) + "\n" for r in rows)
    return lines, json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


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
        lines, truth = finish(f)
        (HERE / f"{f.name}.jsonl").write_text(lines, encoding="utf-8")
        (HERE / f"{f.name}.truth.json").write_text(truth, encoding="utf-8")
        print(f"{f.name}: {len(f.custs)} customers, {len(f.rows)} touchpoints")


if __name__ == "__main__":
    main()
