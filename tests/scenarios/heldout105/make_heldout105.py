# ruff: noqa: E501
"""Write tests/scenarios/heldout105/: eight hand-written alert families, blind.

Sanguro: blood tests booked by app and web at sampling points or at home, a
Sanguro Plus membership, and Sanguro Work (occupational blood tests for firms
on account). Standard library only; deterministic (one random.Random per
family, one more per family for roughening and identifier variants).
Run as ``python make_heldout105.py`` from anywhere.
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402
import wording_b2b as B  # noqa: E402

SEED = 20261114
WRITTEN = "2026-12-04"
BUSINESS = "Sanguro: blood tests by app and web at sampling points or at home, Sanguro Plus membership; Sanguro Work: occupational blood tests for firms on account"
LIMIT = datetime(2026, 11, 17, tzinfo=UTC)

FIRST: dict[str, list[str]] = {
    "de": [
        "Lukas",
        "Anna",
        "Jonas",
        "Lea",
        "Felix",
        "Hannah",
        "Tobias",
        "Sabine",
        "Matthias",
        "Katrin",
        "Jürgen",
        "Birgit",
        "Stefan",
        "Claudia",
        "Niklas",
        "Miriam",
        "Dominik",
        "Ute",
        "Florian",
        "Julia",
        "Markus",
        "Heike",
        "Sven",
        "Petra",
        "Tim",
        "Laura",
        "Benedikt",
        "Johanna",
        "Kai",
        "Vanessa",
    ],
    "it": [
        "Giulia",
        "Marco",
        "Francesca",
        "Luca",
        "Sara",
        "Alessandro",
        "Chiara",
        "Matteo",
        "Elena",
        "Davide",
        "Valentina",
        "Andrea",
        "Martina",
        "Simone",
        "Federica",
        "Stefano",
        "Silvia",
        "Paolo",
        "Anna",
        "Roberto",
        "Laura",
        "Giorgio",
        "Elisa",
        "Fabio",
        "Ilaria",
        "Riccardo",
        "Paola",
        "Massimo",
        "Beatrice",
        "Emanuele",
    ],
    "en": [
        "Oliver",
        "Amelia",
        "Jack",
        "Sophie",
        "Harry",
        "Chloe",
        "George",
        "Emily",
        "Liam",
        "Aoife",
        "Conor",
        "Niamh",
        "Tom",
        "Grace",
    ],
    "fr": [
        "Camille",
        "Lucas",
        "Manon",
        "Hugo",
        "Léa",
        "Louis",
        "Chloé",
        "Nathan",
        "Inès",
        "Julien",
        "Élodie",
        "Thomas",
    ],
    "es": [
        "Lucía",
        "Javier",
        "María",
        "Pablo",
        "Carmen",
        "Sergio",
        "Laura",
        "Daniel",
        "Marta",
        "Álvaro",
        "Elena",
        "Raúl",
    ],
    "pt": [
        "Ana",
        "João",
        "Beatriz",
        "Tiago",
        "Marta",
        "Pedro",
        "Catarina",
        "Rui",
        "Sofia",
        "Miguel",
        "Inês",
        "Nuno",
    ],
}
LAST: dict[str, list[str]] = {
    "de": [
        "Müller",
        "Schneider",
        "Fischer",
        "Weber",
        "Wagner",
        "Becker",
        "Hoffmann",
        "Schäfer",
        "Koch",
        "Richter",
        "Klein",
        "Wolf",
        "Neumann",
        "Schwarz",
        "Zimmermann",
        "Braun",
        "Krüger",
        "Hartmann",
        "Lange",
        "Schmitt",
        "Werner",
        "Krause",
        "Meier",
        "Lehmann",
        "Huber",
        "Kaiser",
        "Fuchs",
        "Vogel",
        "Keller",
        "Günther",
        "Berger",
        "Winkler",
        "Lorenz",
        "Baumann",
        "Albrecht",
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
        "Rinaldi",
        "Caruso",
        "Galli",
        "Martini",
        "Leone",
        "Longo",
        "Gentile",
        "Vitale",
        "Serra",
        "Coppola",
        "Parisi",
    ],
    "en": [
        "Smith",
        "Jones",
        "Taylor",
        "Brown",
        "Wilson",
        "Evans",
        "Roberts",
        "Walsh",
        "Murphy",
        "Kelly",
        "O'Brien",
        "Byrne",
        "Ryan",
        "Clarke",
        "Hughes",
        "Wright",
    ],
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Robert",
        "Richard",
        "Petit",
        "Durand",
        "Leroy",
        "Moreau",
        "Simon",
        "Laurent",
        "Lefèvre",
        "Michel",
        "Fontaine",
        "Rousseau",
        "Mercier",
    ],
    "es": [
        "García",
        "Fernández",
        "González",
        "Rodríguez",
        "López",
        "Martínez",
        "Sánchez",
        "Pérez",
        "Gómez",
        "Jiménez",
        "Ruiz",
        "Hernández",
        "Díaz",
        "Moreno",
        "Muñoz",
        "Álvarez",
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
        "Alves",
        "Ribeiro",
    ],
}
MARKETS: dict[str, list[tuple[str, int]]] = {
    "de": [("DE", 6), ("AT", 2), ("CH", 2)],
    "it": [("IT", 8), ("CH", 2)],
    "en": [("UK", 6), ("IE", 4)],
    "fr": [("FR", 6), ("BE", 3), ("LU", 1), ("CH", 1)],
    "es": [("ES", 1)],
    "pt": [("PT", 1)],
}
TOWNS: dict[str, list[str]] = {
    "DE-de": ["Köln", "Bonn", "Hamburg", "Leipzig", "Münster", "Freiburg", "Kassel"],
    "AT-de": ["Wien", "Graz", "Linz", "Salzburg"],
    "CH-de": ["Zürich", "Basel", "Bern", "Luzern"],
    "CH-it": ["Lugano", "Bellinzona", "Locarno"],
    "CH-fr": ["Genève", "Lausanne"],
    "IT-it": ["Milano", "Torino", "Bologna", "Verona", "Bari", "Firenze", "Padova"],
    "UK-en": ["Leeds", "York", "Bristol", "Norwich"],
    "IE-en": ["Dublin", "Cork", "Galway"],
    "FR-fr": ["Lyon", "Lille", "Nantes", "Toulouse"],
    "BE-fr": ["Liège", "Namur", "Bruxelles"],
    "LU-fr": ["Luxembourg", "Esch-sur-Alzette"],
    "ES-es": ["Málaga", "Valencia", "Zaragoza", "Sevilla"],
    "PT-pt": ["Porto", "Braga", "Coimbra", "Lisboa"],
}
PHONES: dict[str, tuple[str, list[str], int]] = {
    "DE": (
        "49",
        ["151", "152", "157", "160", "162", "170", "171", "172", "175", "176", "177", "178", "179"],
        8,
    ),
    "AT": ("43", ["650", "660", "664", "676", "680", "699"], 7),
    "CH": ("41", ["76", "77", "78", "79"], 7),
    "IT": (
        "39",
        ["320", "328", "329", "333", "338", "340", "347", "348", "349", "366", "380", "392"],
        7,
    ),
    "UK": (
        "44",
        ["7700", "7711", "7723", "7740", "7759", "7788", "7812", "7833", "7909", "7917"],
        6,
    ),
    "IE": ("353", ["83", "85", "86", "87", "89"], 7),
    "FR": ("33", ["6", "7"], 8),
    "BE": (
        "32",
        ["470", "472", "475", "477", "478", "479", "484", "486", "488", "495", "497", "499"],
        6,
    ),
    "LU": ("352", ["621", "628", "661", "671", "691"], 6),
    "ES": ("34", ["6", "7"], 8),
    "PT": ("351", ["91", "92", "93", "96"], 7),
}
DOMAINS: dict[str, list[str]] = {
    "de": ["gmx.example", "web.example", "posteo.example", "t-online.example"],
    "it": ["libero.example", "virgilio.example", "tiscali.example", "alice.example"],
    "en": ["btinternet.example", "eircom.example", "outlook.example"],
    "fr": ["orange.example", "free.example", "laposte.example"],
    "es": ["telefonica.example", "yahoo.example"],
    "pt": ["sapo.example", "clix.example"],
}
JOBS = [
    "teacher",
    "bus driver",
    "accountant",
    "software developer",
    "pharmacist",
    "retired",
    "student",
    "electrician",
    "shop owner",
    "physiotherapist",
    "warehouse worker",
    "architect",
    "cook",
    "lawyer",
    "hairdresser",
    "translator",
    "police officer",
    "gardener",
]
NIGHT_JOBS = [
    "night-shift nurse",
    "petrol station attendant",
    "new parent",
    "baker",
    "taxi driver",
    "insomniac retiree",
]
SOURCES = {
    "email": "sanguro-mail",
    "phone": "sanguro-voice",
    "social": "sanguro-social",
    "community": "sanguro-forum",
    "chat": "sanguro-chat",
    "web": "sanguro-web",
    "survey": "sanguro-survey",
}
CET_MARKETS = {"DE", "AT", "CH", "IT", "FR", "BE", "LU", "ES"}
REPEAT_TOL = [
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "sentiment_drop",
    "silence",
]
SLIDE_TOL = [
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "repeat_contact",
    "silence",
]
CANCEL_TOL = ["competitor_mention", "high_value_at_risk", "sentiment_drop", "silence"]
B2B_COMPLAIN_TOL = [
    "account_risk",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "sentiment_drop",
    "silence",
]
PRICES = {
    "double_charge": (89, 0),
    "refund": (59, 0),
    "wrong_price": (69, 49),
    "redraw": (39, 0),
    "no_show": (89, 0),
    "results_late": (34, 0),
}
USED: set[str] = set()


def ascii_slug(text: str) -> str:
    norm = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in norm if ch.isalnum() and ord(ch) < 128).lower()


def strip_accents(text: str) -> str:
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
        text = text.replace(a, b)
    out = []
    for ch in text:
        if ch in "ßñÑ":
            out.append(ch)
            continue
        out.append(
            "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        )
    return "".join(out)


def roughen(text: str, rng: random.Random) -> str:
    if rng.random() < 0.10:
        text = strip_accents(text)
    if rng.random() < 0.125 and text[:1].isupper() and not text.startswith(("Sanguro", "ORD")):
        text = text[0].lower() + text[1:]
    if rng.random() < 1 / 7:
        words = text.split(" ")
        idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
        if idx:
            i = rng.choice(idx)
            w = words[i]
            j = rng.randrange(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            text = " ".join(words)
    return text


def money(eur: float, market: str, lang: str, spoken: bool = False) -> str:
    if market == "UK":
        n = round(eur * 0.86)
        return f"{n} pounds" if spoken else f"£{n}"
    if market == "CH":
        n = round(eur * 0.94)
        if spoken:
            return f"{n} " + {"de": "Franken", "it": "franchi", "fr": "francs"}.get(lang, "francs")
        return f"CHF {n}"
    n = round(eur)
    if spoken:
        return f"{n} " + {"de": "Euro", "it": "euro"}.get(lang, "euros")
    return f"€{n}" if lang == "en" else f"{n} €"


def currency(market: str) -> str:
    return {"UK": "GBP", "CH": "CHF"}.get(market, "EUR")


def price(eur: float, market: str) -> str:
    factor = {"UK": 0.86, "CH": 0.94}.get(market, 1.0)
    return f"{eur * factor:.2f}"


def whole(t: datetime) -> datetime:
    return t.replace(second=0, microsecond=0)


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    first: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    truth: dict[str, Any]


@dataclass
class Row:
    t: datetime
    seq: int
    cust: Cust
    out: bool
    data: dict[str, Any]


@dataclass
class Fam:
    name: str
    code: str
    n: int
    start: datetime
    days: int
    about: str
    rng: random.Random = field(init=False)
    rough: random.Random = field(init=False)
    rows: list[Row] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    seq: int = 0
    cases: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    def at(self, day: float, hour: float) -> datetime:
        return whole(self.start + timedelta(days=int(day), hours=hour))

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
        rough: bool = True,
    ) -> str:
        self.seq += 1
        t = t.replace(second=0, microsecond=0)
        eid = f"sg105-{self.code.lower()}-{self.seq:05d}"
        if text is not None and rough and not out and channel not in ("phone", "survey"):
            text = roughen(text, self.rough)
        if text is not None and channel == "social" and not out:
            if "Sanguro" in text:
                i = text.rfind("Sanguro")
                text = text[:i] + "@" + text[i:]
            else:
                text = "@Sanguro " + text
        a: dict[str, str] = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if attrs:
            a.update(attrs)
        if agent:
            a["agent"] = agent
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        if scores:
            sc.update(scores)
        data: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": iso(t),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "customer": {},
            "text": text,
            "subject": subject,
            "scores": sc,
            "source": SOURCES[channel],
            "attributes": a,
        }
        self.rows.append(Row(t, self.seq, c, out, data))
        return eid

    def case(self) -> str:
        while True:
            ref = f"SG-{self.rng.randrange(100000, 999999)}"
            if ref not in USED:
                USED.add(ref)
                return ref


def pick(table: dict[str, list[Any]], lang: str, rng: random.Random) -> Any:
    return rng.choice(table[lang])


def draw_lang(rng: random.Random) -> str:
    lang: str = rng.choices(W.LANGS, weights=[30, 30, 10, 10, 10, 10])[0]
    return lang


def draw_market(rng: random.Random, lang: str) -> str:
    opts = MARKETS[lang]
    return rng.choices([m for m, _ in opts], weights=[w for _, w in opts])[0]


def unique(make: Callable[[], str]) -> str:
    for _ in range(500):
        v = make()
        if v not in USED:
            USED.add(v)
            return v
    raise RuntimeError("no unique identifier")


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
    first: str | None = None,
    job: str | None = None,
    **extra: Any,
) -> Cust:
    rng = f.rng
    lang = lang or draw_lang(rng)
    market = market or draw_market(rng, lang)
    fn = first or rng.choice(FIRST[lang])
    ln = rng.choice(LAST[lang])
    a, b = ascii_slug(fn), ascii_slug(ln)
    cid = unique(lambda: f"SG{f.code}{rng.randrange(1000, 9999)}")
    if domain:
        email = unique(
            lambda: rng.choice([f"{a}.{b}", f"{a[0]}.{b}", f"{a}{b[:1]}"]) + "@" + domain
        )
    else:
        email = unique(
            lambda: (
                rng.choice(
                    [
                        f"{a}.{b}",
                        f"{a[0]}{b}",
                        f"{b}.{a}{rng.randrange(10, 99)}",
                        f"{a}{b}{rng.randrange(60, 99)}",
                        f"{a}_{b}",
                    ]
                )
                + "@"
                + rng.choice(DOMAINS[lang])
            )
        )
    cc, prefixes, rest = PHONES[market]
    phone = unique(
        lambda: (
            "+" + cc + rng.choice(prefixes) + "".join(str(rng.randrange(10)) for _ in range(rest))
        )
    )
    handle: str | None = None
    if not account:
        handle = unique(
            lambda: (
                "@"
                + rng.choice(
                    [
                        f"{b}_{a}{rng.randrange(1, 9)}",
                        f"{a}{b}{rng.randrange(10, 99)}",
                        f"{b}{a[0]}",
                        f"{a}_{b}",
                    ]
                )
            )
        )
    towns = TOWNS.get(f"{market}-{lang}") or next(
        v for k, v in TOWNS.items() if k.startswith(market + "-")
    )
    town = rng.choice(towns)
    truth: dict[str, Any] = {
        "identifiers": {
            "customer_id": cid,
            "email": email.lower(),
            "phone": phone,
            "handle": handle,
            "account_id": account,
        },
        "expected_rules": sorted(expected or []),
        "tolerated_rules": sorted(tolerated or []),
        "persona": persona,
        "habit": habit,
        "language": lang,
        "country": market,
        "segment": "b2b" if account else "consumer",
        "name": f"{fn} {ln}",
        "job": job or rng.choice(JOBS),
        "town": town,
    }
    truth.update(extra)
    c = Cust(cid, lang, market, fn, email, phone, handle, account, truth)
    f.custs[cid] = c
    return c


def agent(f: Fam, lang: str) -> str:
    name: str = f.rng.choice(W.AGENTS[lang])
    return name


def day_time(f: Fam, t: datetime, lo: float = 7.5, hi: float = 8.5) -> datetime:
    """Move a time out of 22:00-07:00 UTC to the next morning."""
    if t.hour >= 22:
        base = (t + timedelta(days=1)).replace(hour=0, minute=0)
    elif t.hour < 7:
        base = t.replace(hour=0, minute=0)
    else:
        return t
    return whole(base + timedelta(hours=lo + f.rng.random() * (hi - lo)))


def office_time(f: Fam, t: datetime, lo: float = 8.0, hi: float = 17.0) -> datetime:
    """Move a time into weekday office hours (the next working morning)."""
    if t.weekday() < 5 and lo <= t.hour + t.minute / 60 < hi:
        return t
    base = t.replace(hour=0, minute=0)
    if t.hour + t.minute / 60 >= hi:
        base += timedelta(days=1)
    while base.weekday() >= 5:
        base += timedelta(days=1)
    return whole(base + timedelta(hours=lo + f.rng.random()))


def rnd(f: Fam, day: int, lo: float, hi: float) -> datetime:
    return f.at(day, lo + f.rng.random() * (hi - lo))


def mins(f: Fam, lo: float, hi: float) -> timedelta:
    return timedelta(minutes=round(lo + f.rng.random() * (hi - lo)))


# --- acts -------------------------------------------------------------------


def chat_q(
    f: Fam,
    c: Cust,
    t: datetime,
    lang: str,
    night: bool = False,
    thanks: float = 0.7,
    b2b: bool = False,
) -> None:
    table = B.B_CHATQ if b2b else (W.NIGHT_CHAT if night else W.CHATQ)
    q, a = pick(table, lang, f.rng)
    f.add(c, t, "chat", "chat", q)
    ta = t + mins(f, 1, 6)
    f.add(c, ta, "chat", "chat", a, out=True, agent=agent(f, lang))
    if f.rng.random() < thanks:
        f.add(
            c,
            ta + mins(f, 1, 4),
            "chat",
            "chat",
            pick(B.B_THANKS if b2b else W.THANKS, lang, f.rng),
        )


def mail_q(f: Fam, c: Cust, t: datetime, lang: str) -> None:
    subj, q, a = pick(W.MAILQ, lang, f.rng)
    f.add(c, t, "email", "message", q, subject=subj)
    ta = day_time(f, t + mins(f, 60, 300))
    f.add(
        c,
        ta,
        "email",
        "message",
        a,
        subject=W.RE_PREFIX[lang] + subj,
        out=True,
        agent=agent(f, lang),
    )


def call_q(f: Fam, c: Cust, t: datetime, lang: str) -> None:
    q, a = pick(W.CALLQ, lang, f.rng)
    f.add(c, t, "phone", "call", q.format(name=c.first))
    f.add(
        c,
        t + mins(f, 10, 40),
        "email",
        "message",
        a,
        subject={
            "de": "Ihr Anruf bei Sanguro",
            "it": "La sua chiamata a Sanguro",
            "en": "Your call to Sanguro",
            "fr": "Votre appel",
            "es": "Tu llamada",
            "pt": "A sua chamada",
        }[lang],
        out=True,
        agent=agent(f, lang),
    )


def purchase(f: Fam, c: Cust, t: datetime, b2b: bool = False) -> None:
    prods = B.B_PRODUCTS if b2b else W.PRODUCTS
    label, eur = f.rng.choice(prods)
    page = f.rng.choice(B.B_PAGES if b2b else W.PAGES)
    f.add(c, t, "web", "page_view", attrs={"page": page})
    f.add(
        c,
        t + mins(f, 3, 15),
        "web",
        "purchase",
        attrs={
            "order_value": price(eur, c.market),
            "currency": currency(c.market),
            "product": label,
            "page": "/work/portal/order" if b2b else "/app/checkout",
        },
    )


def page(f: Fam, c: Cust, t: datetime, b2b: bool = False) -> None:
    f.add(c, t, "web", "page_view", attrs={"page": f.rng.choice(B.B_PAGES if b2b else W.PAGES)})


def review(f: Fam, c: Cust, t: datetime, lang: str) -> None:
    f.add(
        c,
        t,
        "web",
        "review",
        pick(W.REVIEW, lang, f.rng),
        attrs={"rating": str(f.rng.choice([4, 5, 5])), "page": "/reviews"},
    )


def survey(f: Fam, c: Cust, t: datetime, lang: str) -> None:
    kind = f.rng.choice(["nps", "csat", "ces"])
    score = {
        "nps": f.rng.choice([9, 10]),
        "csat": f.rng.choice([4, 5]),
        "ces": f.rng.choice([6, 7]),
    }[kind]
    word = pick(W.SURVEY_WORDS, lang, f.rng)
    f.add(
        c,
        t,
        "survey",
        "survey_response",
        word or None,
        scores={kind: score},
        attrs={"survey": kind},
    )


def praise(
    f: Fam, c: Cust, t: datetime, lang: str, table: dict[str, list[str]] | None = None
) -> None:
    text = pick(table or W.PRAISE, lang, f.rng)
    if f.rng.random() < 0.5:
        f.add(c, t, "social", "mention", text)
    else:
        f.add(c, t, "community", "post", text)


HAPPY_KINDS = [
    "praise",
    "again",
    "gripe",
    "chat",
    "mail",
    "call",
    "purchase",
    "page",
    "review",
    "survey",
]


def happy_act(f: Fam, c: Cust, t: datetime, lang: str, kinds: list[str]) -> None:
    k = f.rng.choice(kinds)
    if k == "praise":
        praise(f, c, t, lang)
    elif k == "again":
        praise(f, c, t, lang, W.AGAIN)
    elif k == "gripe":
        praise(f, c, t, lang, W.GRIPE)
    elif k == "chat":
        chat_q(f, c, t, lang)
    elif k == "mail":
        mail_q(f, c, t, lang)
    elif k == "call":
        call_q(f, c, t, lang)
    elif k == "purchase":
        purchase(f, c, t)
    elif k == "page":
        page(f, c, t)
    elif k == "review":
        review(f, c, t, lang)
    else:
        survey(f, c, t, lang)


def happy_days(
    f: Fam,
    c: Cust,
    days: list[int],
    lo: float = 7.0,
    hi: float = 19.0,
    kinds: list[str] | None = None,
    langs: list[str] | None = None,
) -> None:
    ks = kinds or [k for k in HAPPY_KINDS if k != "survey"]
    for i, d in enumerate(sorted(days)):
        lang = langs[i % len(langs)] if langs else c.lang
        happy_act(f, c, rnd(f, d, lo, hi), lang, ks)


def some_days(f: Fam, pool: list[int], n: int) -> list[int]:
    n = min(n, len(pool))
    return sorted(f.rng.sample(pool, n))


# --- trouble ------------------------------------------------------------------


def fill(text: str, c: Cust, lang: str, problem: str = "", spoken: bool = False, **kw: str) -> str:
    eur, eur2 = PRICES.get(problem, (0, 0))
    return text.format(
        amt=money(eur, c.market, lang, spoken),
        amt2=money(eur2, c.market, lang, spoken),
        name=c.first,
        brand=W.BRAND,
        **kw,
    )


def complaint(f: Fam, c: Cust, t: datetime, lang: str, problem: str, channel: str) -> str:
    """The first raising of a problem; returns the event id."""
    core = fill(f.rng.choice(W.CORE[lang][problem]), c, lang, problem)
    topic = W.TOPIC[lang][problem]
    if channel == "long":
        body = f.rng.choice(W.LONG[lang]).replace("{complaint}", core)
        return f.add(
            c,
            t,
            "email",
            "message",
            body + "\n" + c.first,
            subject=W.SUBJECT_COMPLAINT[lang].format(topic=topic),
        )
    if channel == "email":
        text = f"{pick(W.ANGRY_OPEN, lang, f.rng)}\n{core}\n{pick(W.ANGRY_CLOSE, lang, f.rng)}\n{c.first}"
        return f.add(
            c, t, "email", "message", text, subject=W.SUBJECT_COMPLAINT[lang].format(topic=topic)
        )
    if channel == "web":
        return f.add(
            c,
            t,
            "web",
            "ticket",
            f"{core} {pick(W.ANGRY_CLOSE, lang, f.rng)}",
            subject=topic,
            attrs={"page": "/help/contact"},
        )
    if channel == "chat":
        return f.add(c, t, "chat", "chat", f"{core} {pick(W.ANGRY_CLOSE, lang, f.rng)}")
    if channel == "social":
        return f.add(c, t, "social", "mention", f.rng.choice(W.SOCIAL[lang][problem]))
    text = " ".join(
        [
            pick(W.CALL_OPEN, lang, f.rng),
            W.CALL_CORE[lang][problem],
            pick(W.CALL_CLOSE, lang, f.rng),
        ]
    )
    return f.add(c, t, "phone", "call", fill(text, c, lang, problem, spoken=True))


def answer_case(f: Fam, c: Cust, t: datetime, lang: str, channel: str, case: str) -> str:
    """Agent's first answer with the case: a chat answer or a 'case opened' e-mail."""
    ag = agent(f, lang)
    if channel == "chat":
        return f.add(
            c,
            t + mins(f, 1, 4),
            "chat",
            "chat",
            pick(W.CHAT_CASE, lang, f.rng).format(case=case),
            out=True,
            agent=ag,
        )
    tt = day_time(f, t + mins(f, 10, 40))
    return f.add(
        c,
        tt,
        "email",
        "message",
        pick(W.CASE_OPENED, lang, f.rng).format(case=case, name=c.first, agent=ag),
        subject=W.SUBJECT_AGENT[lang].format(case=case),
        out=True,
        agent=ag,
    )


def good_news(f: Fam, c: Cust, t: datetime, lang: str, case: str) -> str:
    ag = agent(f, lang)
    return f.add(
        c,
        t,
        "email",
        "message",
        pick(W.GOOD_NEWS, lang, f.rng).format(case=case, name=c.first, agent=ag),
        subject=W.SUBJECT_AGENT[lang].format(case=case),
        out=True,
        agent=ag,
    )


def confirm(f: Fam, c: Cust, t: datetime, lang: str, case: str, channel: str) -> str:
    text = pick(W.CONFIRM, lang, f.rng).format(case=case)
    if channel == "chat":
        return f.add(c, t, "chat", "chat", text)
    return f.add(
        c, t, "email", "message", text, subject=pick(W.SUBJECT_CASE, lang, f.rng).format(case=case)
    )


def fixed_case(
    f: Fam,
    c: Cust,
    t: datetime,
    lang: str,
    problem: str,
    channel: str,
    confirm_lang: str | None = None,
) -> dict[str, Any]:
    case = f.case()
    e1 = complaint(f, c, t, lang, problem, channel)
    answer_case(f, c, t, lang, channel, case)
    cl = confirm_lang or lang
    tg = day_time(f, t + mins(f, 180, 1200))
    good_news(f, c, tg, cl, case)
    cch = f.rng.choice(["email", "chat"])
    tc = day_time(f, tg + mins(f, 480, 1800))
    e2 = confirm(f, c, tc, cl, case, cch)
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(tg),
        "confirmed_at": iso(tc),
        "problem_event_ids": [e1],
        "confirm_event_id": e2,
        "channel": "email" if channel == "long" else channel,
        "confirm_channel": cch,
    }


def later_contact(
    f: Fam,
    c: Cust,
    t: datetime,
    lang: str,
    channel: str,
    idx: int,
    case: str,
    problem: str,
    comp: str,
) -> str:
    """A repeat contact's second, third or fourth message on the same open case."""
    topic = W.TOPIC[lang][problem]
    table = W.REPEAT2 if idx == 1 else W.REPEAT3 if idx == 2 else W.REPEAT4
    text = pick(table, lang, f.rng).format(case=case, topic=topic, comp=comp)
    if channel == "phone":
        spoken = W.REPEAT_CALL[lang][0].format(case=case, topic=topic)
        if idx == 2:
            spoken += " " + W.CALL_THIRD[lang].format(comp=comp)
        elif idx == 3:
            spoken += " " + W.CALL_FOURTH[lang]
        return f.add(c, t, "phone", "call", spoken)
    if channel == "email":
        return f.add(
            c,
            t,
            "email",
            "message",
            text,
            subject=pick(W.SUBJECT_CASE, lang, f.rng).format(case=case),
        )
    if channel == "web":
        return f.add(c, t, "web", "ticket", text, subject=case, attrs={"page": "/help/contact"})
    if channel == "social":
        return f.add(c, t, "social", "mention", text)
    eid = f.add(c, t, "chat", "chat", text)
    f.add(
        c,
        t + mins(f, 1, 4),
        "chat",
        "chat",
        pick(W.URGENT, lang, f.rng).format(case=case),
        out=True,
        agent=agent(f, lang),
    )
    return eid


def repeat_run(
    f: Fam,
    c: Cust,
    t0: datetime,
    langs: list[str],
    n: int,
    first_channel: str,
    problem: str,
    quality: bool,
) -> None:
    case = f.case()
    comp = f.rng.choice(W.COMPETITORS)
    ids = [complaint(f, c, t0, langs[0], problem, first_channel)]
    if first_channel == "chat" or not quality:
        answer_case(f, c, t0, langs[0], first_channel, case)
    if quality:
        ag = agent(f, langs[0])
        f.add(
            c,
            day_time(f, t0 + mins(f, 90, 150)),
            "email",
            "message",
            pick(W.QUALITY, langs[0], f.rng).format(case=case, name=c.first, agent=ag),
            subject=W.SUBJECT_AGENT[langs[0]].format(case=case),
            out=True,
            agent=ag,
        )
    others = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != first_channel]
    f.rng.shuffle(others)
    t = t0
    for i in range(1, n):
        t = t + mins(f, 240, 2400)
        if t.hour >= 22 or t.hour < 7:
            t = day_time(f, t, 8.0, 9.0)
        lang = langs[i % len(langs)]
        ids.append(later_contact(f, c, t, lang, others[i - 1], i, case, problem, comp))
    c.truth.update(
        {
            "problem": problem,
            "booking": case,
            "contacts": n,
            "channels": [first_channel if first_channel != "long" else "email", *others[: n - 1]],
            "problem_event_ids": ids,
            "agent_passed_on": quality,
            "competitor": comp if n >= 3 else None,
            "trouble_starts_at": iso(t0),
        }
    )


def low_survey(f: Fam, c: Cust, t: datetime, lang: str, kind: str, score: int) -> str:
    """A low score after trouble, with a word or nothing."""
    word = pick(W.LOW_WORDS, lang, f.rng) or None
    return f.add(
        c, t, "survey", "survey_response", word, scores={kind: score}, attrs={"survey": kind}
    )


def slide(f: Fam, c: Cust, t0: datetime, span: int, langs: list[str], nps: bool) -> None:
    comp = f.rng.choice(W.COMPETITORS)
    steps_by_lang = {lg: f.rng.choice(W.SLIDE[lg]) for lg in langs}
    ratings = [3, 3, 2, 2, 1, 1]
    ids: list[str] = []
    t = t0
    times: list[datetime] = []
    for i in range(6):
        target = t0 + timedelta(hours=span * 24 * i / 5) + mins(f, -60, 60)
        if times:
            target = max(target, times[-1] + mins(f, 60, 120))
        target = day_time(f, target, 8.0, 10.0)
        times.append(target)
    for i, t in enumerate(times):
        lang = langs[i % len(langs)]
        text = steps_by_lang[lang][i].format(comp=comp)
        ch = f.rng.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str(ratings[i]), "page": "/reviews"},
                )
            )
        elif ch == "social":
            ids.append(f.add(c, t, "social", "mention", text))
        else:
            ids.append(f.add(c, t, "community", "post", text))
    extra: dict[str, Any] = {
        "slide_event_ids": ids,
        "slide_days": span,
        "competitor": comp,
        "trouble_starts_at": iso(times[0]),
    }
    if nps:
        ts = day_time(f, times[3] + mins(f, 150, 210))
        score = f.rng.randint(1, 5)
        extra.update(
            {
                "nps_given": True,
                "nps": score,
                "survey_event_id": f.add(
                    c,
                    ts,
                    "survey",
                    "survey_response",
                    pick(W.LOW_WORDS, langs[0], f.rng) or None,
                    scores={"nps": score},
                    attrs={"survey": "nps"},
                ),
            }
        )
    else:
        extra["nps_given"] = False
    c.truth.update(extra)


# --- families -----------------------------------------------------------------


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        "daytime and night writers and survey answerers, all happy",
    )
    for _ in range(16):
        c = person(f, "happy", "day writer")
        happy_days(f, c, some_days(f, list(range(10)), f.rng.randint(5, 8)), kinds=HAPPY_KINDS)
    for _ in range(5):
        c = person(f, "happy", "night writer", job=f.rng.choice(NIGHT_JOBS))
        nights = some_days(f, list(range(9)), f.rng.randint(2, 4))
        for d in nights:
            t = f.at(d, 22.2 + f.rng.random() * 6.3)
            if f.rng.random() < 0.5:
                praise(f, c, t, c.lang, W.NIGHT_POST)
            else:
                chat_q(f, c, t, c.lang, night=True, thanks=1.0)
        for d in some_days(f, [d for d in range(10) if d not in nights], f.rng.randint(2, 3)):
            happy_act(f, c, rnd(f, d, 9, 18), c.lang, ["praise", "purchase", "page", "review"])
    for _ in range(5):
        c = person(f, "happy", "answers surveys")
        for d in some_days(f, list(range(10)), f.rng.randint(3, 6)):
            survey(f, c, rnd(f, d, 8, 20), c.lang)
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        "happy customers with one angry day about one problem; happy controls",
    )
    channels = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    problems = [p for p in W.PROBLEMS for _ in range(4)]
    f.rng.shuffle(problems)
    long_langs = ["de", "de", "it", "it"]
    with_case = [i for i, ch in enumerate(channels) if ch != "social"]
    nps_set = set(f.rng.sample(with_case, 6))
    csat_set = set(f.rng.sample([i for i in with_case if i not in nps_set], 5))
    good_set = set(f.rng.sample(with_case, 12))
    apol_set = set(f.rng.sample(sorted(good_set), 5))
    for i, ch in enumerate(channels):
        lang = long_langs.pop(0) if ch == "long" else None
        det = i in nps_set
        c = person(
            f,
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            lang=lang,
            expected=["detractor"] if det else [],
            tolerated=["silence"],
        )
        problem = problems[i]
        d = f.rng.randint(2, 9)
        tb = rnd(f, d, 8, 20)
        pool = [x for x in range(12) if x <= d - 2 or x >= d + 3]
        happy_days(f, c, some_days(f, pool, f.rng.randint(1, 5)))
        eid = complaint(f, c, tb, c.lang, problem, ch)
        case: str | None = None
        extra: dict[str, Any] = {
            "problem": problem,
            "channel": "email" if ch == "long" else ch,
            "long_email": ch == "long",
            "bad_day_at": iso(tb),
            "bad_day_event_id": eid,
            "trouble_starts_at": iso(tb),
            "problem_event_ids": [eid],
        }
        if ch != "social":
            case = f.case()
            answer_case(f, c, tb, c.lang, ch, case)
        extra["booking"] = case
        extra["nps_given"] = det
        if det:
            score = f.rng.randint(1, 5)
            extra["nps"] = score
            extra["survey_event_id"] = low_survey(
                f, c, tb + mins(f, 100, 140), c.lang, "nps", score
            )
        extra["csat_given"] = i in csat_set
        if i in csat_set:
            score = f.rng.randint(1, 2)
            extra["csat"] = score
            extra["survey_event_id"] = low_survey(f, c, tb + mins(f, 40, 80), c.lang, "csat", score)
        extra["agent_fixed"] = i in good_set
        extra["apologised"] = i in apol_set
        if case and i in good_set:
            good_news(f, c, day_time(f, tb + mins(f, 60, 240)), c.lang, case)
            if i in apol_set:
                ta = day_time(f, tb + mins(f, 960, 1440))
                text = pick(W.APOLOGY, c.lang, f.rng).format(case=case)
                if f.rng.random() < 0.5:
                    extra["apology_event_id"] = f.add(c, ta, "chat", "chat", text)
                else:
                    extra["apology_event_id"] = f.add(
                        c,
                        ta,
                        "email",
                        "message",
                        text,
                        subject=pick(W.SUBJECT_CASE, c.lang, f.rng).format(case=case),
                    )
                extra["apology_at"] = iso(ta)
        c.truth.update(extra)
    for _ in range(8):
        c = person(f, "happy", "control")
        happy_days(f, c, some_days(f, list(range(12)), f.rng.randint(4, 7)))
    return f


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        datetime(2026, 6, 1, tzinfo=UTC),
        10,
        "the same open problem raised 2-4 times; problems fixed between contacts; frequent happy writers",
    )
    counts = [2] * 4 + [3] * 4 + [4] * 4
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    f.rng.shuffle(counts)
    f.rng.shuffle(firsts)
    quality = [True] * 6 + [False] * 6
    f.rng.shuffle(quality)
    for i in range(12):
        c = person(
            f, "repeat_contact", "repeats", expected=["repeat_contact"], tolerated=REPEAT_TOL
        )
        happy_days(f, c, [0] * f.rng.randint(1, 3), lo=7, hi=12)
        t0 = rnd(f, f.rng.randint(1, 4), 8, 19)
        repeat_run(f, c, t0, [c.lang], counts[i], firsts[i], W.PROBLEMS[i % 6], quality[i])
    for i in range(5):
        c = person(f, "resolved_between_contacts", "fixed", tolerated=["silence"])
        happy_days(f, c, some_days(f, [0, 6, 7, 8, 9], f.rng.randint(1, 3)))
        t0 = rnd(f, f.rng.randint(1, 5), 8, 19)
        case = fixed_case(
            f,
            c,
            t0,
            c.lang,
            W.PROBLEMS[(i + 2) % 6],
            f.rng.choice(["web", "email", "chat", "phone"]),
        )
        c.truth.update(
            {"problems": [case], "booking": case["booking"], "trouble_starts_at": case["raised_at"]}
        )
    for _ in range(3):
        c = person(f, "different_problems", "two problems", tolerated=["silence"])
        p1, p2 = f.rng.sample(list(W.PROBLEMS), 2)
        d1 = f.rng.randint(1, 2)
        c1 = fixed_case(f, c, rnd(f, d1, 8, 18), c.lang, p1, f.rng.choice(["web", "email", "chat"]))
        c2 = fixed_case(
            f,
            c,
            rnd(f, d1 + f.rng.randint(4, 5), 8, 18),
            c.lang,
            p2,
            f.rng.choice(["web", "email", "chat", "phone"]),
        )
        c.truth.update({"problems": [c1, c2], "trouble_starts_at": c1["raised_at"]})
    for _ in range(7):
        c = person(f, "happy", "frequent writer")
        happy_days(
            f,
            c,
            some_days(f, list(range(10)), f.rng.randint(5, 8)),
            kinds=["chat", "chat", "mail", "mail", "call", "purchase", "praise"],
        )
    return f


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
        "sliders from a happy baseline, leavers, steady, steadily grumpy and sarcastic customers",
    )
    spans = [3] + [5] * 5 + [9] * 4
    f.rng.shuffle(spans)
    nps = [True] * 5 + [False] * 5
    f.rng.shuffle(nps)
    for i in range(10):
        c = person(
            f,
            "slow_churner",
            "slides",
            expected=["sentiment_drop"] + (["detractor"] if nps[i] else []),
            tolerated=SLIDE_TOL,
        )
        days = some_days(f, list(range(11)), 9)
        np_ = f.rng.randint(4, 5)
        for d in days[:np_]:
            praise(f, c, rnd(f, d, 7, 20), c.lang, f.rng.choice([W.PRAISE, W.PRAISE, W.AGAIN]))
        happy_days(
            f,
            c,
            days[np_ : np_ + f.rng.randint(2, 4)],
            kinds=["chat", "mail", "purchase", "page", "review"],
        )
        slide(f, c, rnd(f, f.rng.randint(12, 16), 8, 19), spans[i], [c.lang], nps[i])
    for _ in range(5):
        c = person(
            f, "slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=CANCEL_TOL
        )
        happy_days(f, c, some_days(f, list(range(17)), f.rng.randint(4, 6)))
        t = rnd(f, f.rng.randint(17, 23), 8, 19)
        subj, text = pick(W.CANCEL, c.lang, f.rng)
        e1 = f.add(c, t, "email", "message", text.format(name=c.first), subject=subj)
        ag = agent(f, c.lang)
        f.add(
            c,
            day_time(f, t + mins(f, 60, 300)),
            "email",
            "message",
            pick(W.SORRY, c.lang, f.rng).format(name=c.first, agent=ag),
            subject=W.RE_PREFIX[c.lang] + subj,
            out=True,
            agent=ag,
        )
        tc = day_time(f, t + mins(f, 1200, 1800))
        e2 = f.add(
            c,
            tc,
            "web",
            "cancellation",
            attrs={"page": "/account/plus/cancel", "product": "Sanguro Plus"},
        )
        c.truth.update(
            {
                "churn_intent_event_id": e1,
                "cancellation_event_id": e2,
                "churn_at": iso(tc),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = person(f, "happy", "steady")
        happy_days(f, c, some_days(f, list(range(32)), f.rng.randint(6, 10)))
    for _ in range(5):
        c = person(f, "steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        d = f.rng.randint(0, 4)
        topics = list(range(len(W.GRUMBLES[c.lang])))
        f.rng.shuffle(topics)
        ids = []
        first_t: datetime | None = None
        for k in range(f.rng.randint(5, 7)):
            t = rnd(f, d, 8, 21)
            first_t = first_t or t
            text = W.GRUMBLES[c.lang][topics[k % len(topics)]]
            ch = f.rng.choice(["social", "community", "web", "review"])
            if ch == "social":
                ids.append(f.add(c, t, "social", "mention", text))
            elif ch == "community":
                ids.append(f.add(c, t, "community", "post", text))
            elif ch == "web":
                ids.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
            else:
                ids.append(
                    f.add(c, t, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            d += f.rng.randint(1, 3)
        for _ in range(f.rng.randint(0, 2)):
            purchase(f, c, rnd(f, f.rng.randint(0, 30), 9, 19))
        assert first_t is not None
        c.truth.update({"grumble_event_ids": ids, "trouble_starts_at": iso(first_t)})
    for _ in range(5):
        c = person(f, "happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        ds = f.rng.randint(17, 28)
        happy_days(
            f, c, some_days(f, [d for d in range(32) if abs(d - ds) > 1], f.rng.randint(3, 6))
        )
        t = rnd(f, ds, 9, 20)
        eid = f.add(c, t, "social", "mention", pick(W.SARCASM, c.lang, f.rng))
        c.truth.update({"sarcasm_event_id": eid, "trouble_starts_at": iso(t)})
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        datetime(2026, 8, 28, tzinfo=UTC),
        3,
        "a calm weekend: day customers, four mild grumbles, nightly bursts of night owls (no spike)",
    )
    for _ in range(16):
        c = person(f, "happy", "day writer")
        happy_days(
            f, c, some_days(f, [0, 1, 2], f.rng.randint(1, 3)), lo=7, hi=17.5, kinds=HAPPY_KINDS
        )
    for i in range(4):
        c = person(f, "grumbles_once", "grumbles once", tolerated=["silence"])
        t = rnd(f, f.rng.randint(0, 2), 8, 17)
        if f.rng.random() < 0.5:
            purchase(f, c, t)
        else:
            page(f, c, t)
        tg = t + mins(f, 20, 30)
        q, a = pick(W.MILD, c.lang, f.rng)
        ag = agent(f, c.lang)
        if i < 2:
            eid = f.add(c, tg, "chat", "chat", q)
            f.add(c, tg + mins(f, 1, 5), "chat", "chat", a, out=True, agent=ag)
        else:
            eid = f.add(c, tg, "web", "ticket", q, attrs={"page": "/help/contact"})
            f.add(
                c,
                tg + mins(f, 30, 90),
                "email",
                "message",
                a,
                subject={
                    "de": "Ihre Nachricht",
                    "it": "Il suo messaggio",
                    "en": "Your message",
                    "fr": "Votre message",
                    "es": "Tu mensaje",
                    "pt": "A sua mensagem",
                }[c.lang],
                out=True,
                agent=ag,
            )
        c.truth.update({"grumble_event_id": eid, "trouble_starts_at": iso(tg)})
    day_acts = set(f.rng.sample(range(36), 18))
    n = 0
    for night in range(3):
        s = f.at(night + 1, 0) + mins(f, 40, 65)
        starts = [s, s + mins(f, 28, 33), s + mins(f, 55, 65)]
        for b, bs in enumerate(starts):
            for _ in range(4):
                c = person(
                    f,
                    "night_owl",
                    f"night {night + 1}, burst {b + 1}",
                    job=f.rng.choice(NIGHT_JOBS),
                )
                t = bs + mins(f, 0, 10)
                if f.rng.random() < 0.5:
                    chat_q(f, c, t, c.lang, night=True, thanks=1.0)
                else:
                    praise(f, c, t, c.lang, W.NIGHT_POST)
                if n in day_acts:
                    happy_act(
                        f,
                        c,
                        rnd(f, f.rng.randint(0, 2), 9, 17.5),
                        c.lang,
                        ["praise", "purchase", "page", "chat"],
                    )
                c.truth.update({"burst_at": iso(bs)})
                n += 1
    return f


PAIRS = (
    [("de", "it")] * 4
    + [("it", "de")] * 4
    + [("de", "en")] * 2
    + [("it", "en")] * 2
    + [("en", "it")] * 2
    + [
        ("de", "fr"),
        ("fr", "de"),
        ("it", "fr"),
        ("fr", "it"),
        ("it", "es"),
        ("es", "it"),
        ("de", "es"),
        ("pt", "it"),
        ("de", "pt"),
        ("it", "pt"),
        ("en", "de"),
        ("es", "de"),
        ("pt", "de"),
    ]
)
SECOND_WHY = {
    "de": "works for a German firm",
    "it": "Italian partner and in-laws",
    "en": "works in English at an international company",
    "fr": "grew up in Lausanne",
    "es": "Spanish mother",
    "pt": "Portuguese father",
}


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        6,
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
        "customers who write in two languages: happy, repeat contacts, sliders, one bad day, fixed",
    )
    pairs = list(PAIRS)
    f.rng.shuffle(pairs)
    # the long German bad-day e-mail needs German as second language
    long_idx = next(i for i, p in enumerate(pairs) if p[1] == "de")
    pairs.insert(0, pairs.pop(long_idx))
    roles = (
        ["bad_long", "bad_email", "bad_chat"]
        + ["repeat"] * 5
        + ["slide"] * 5
        + ["fixed"] * 2
        + ["happy"] * 12
    )
    counts = [2, 2, 3, 3, 4]
    for (l1, l2), role in zip(pairs, roles, strict=True):
        market = draw_market(f.rng, f.rng.choice([l1, l2]))
        common: dict[str, Any] = {"languages": [l1, l2], "job_second_language": SECOND_WHY[l2]}
        if role == "happy":
            c = person(f, "happy", "alternates languages", lang=l1, market=market, **common)
            happy_days(f, c, some_days(f, list(range(14)), f.rng.randint(5, 8)), langs=[l1, l2])
        elif role == "repeat":
            c = person(
                f,
                "repeat_contact",
                "repeats",
                lang=l1,
                market=market,
                expected=["repeat_contact"],
                tolerated=REPEAT_TOL,
                **common,
            )
            happy_days(f, c, some_days(f, [0, 1], f.rng.randint(1, 2)))
            n = counts.pop(0)
            repeat_run(
                f,
                c,
                rnd(f, f.rng.randint(2, 5), 8, 19),
                [l1, l2],
                n,
                f.rng.choice(["web", "email", "chat"]),
                f.rng.choice(list(W.PROBLEMS)),
                n >= 3,
            )
        elif role == "slide":
            c = person(
                f,
                "slow_churner",
                "slides",
                lang=l1,
                market=market,
                expected=["sentiment_drop"],
                tolerated=SLIDE_TOL,
                **common,
            )
            days = some_days(f, list(range(6)), 5)
            for k, d in enumerate(days):
                praise(f, c, rnd(f, d, 7, 20), [l1, l2][k % 2])
            happy_days(
                f,
                c,
                some_days(f, list(range(6)), f.rng.randint(1, 3)),
                kinds=["chat", "purchase", "page"],
                langs=[l2, l1],
            )
            slide(f, c, rnd(f, f.rng.randint(7, 8), 8, 19), f.rng.randint(3, 5), [l1, l2], False)
        elif role == "fixed":
            c = person(
                f,
                "resolved_between_contacts",
                "fixed",
                lang=l1,
                market=market,
                tolerated=["silence"],
                **common,
            )
            happy_days(f, c, some_days(f, [0, 1, 10, 11, 12], f.rng.randint(1, 3)), langs=[l1, l2])
            fc = fixed_case(
                f,
                c,
                rnd(f, f.rng.randint(3, 7), 8, 18),
                l1,
                f.rng.choice(list(W.PROBLEMS)),
                "web",
                confirm_lang=l2,
            )
            c.truth.update(
                {
                    "problems": [fc],
                    "booking": fc["booking"],
                    "confirm_language": l2,
                    "trouble_starts_at": fc["raised_at"],
                }
            )
        else:
            ch = {"bad_long": "long", "bad_email": "email", "bad_chat": "chat"}[role]
            c = person(
                f,
                "happy_one_bad_day",
                "one bad day",
                lang=l1,
                market=market,
                tolerated=["silence"],
                **common,
            )
            d = f.rng.randint(4, 9)
            tb = rnd(f, d, 8, 20)
            happy_days(
                f,
                c,
                some_days(
                    f, [x for x in range(14) if x <= d - 2 or x >= d + 3], f.rng.randint(2, 5)
                ),
                langs=[l1],
            )
            problem = f.rng.choice(list(W.PROBLEMS))
            eid = complaint(f, c, tb, l2, problem, ch)
            case = f.case()
            answer_case(f, c, tb, l2, ch, case)
            extra: dict[str, Any] = {
                "problem": problem,
                "booking": case,
                "channel": "email" if ch == "long" else ch,
                "long_email": ch == "long",
                "bad_day_at": iso(tb),
                "bad_day_event_id": eid,
                "bad_day_language": l2,
                "trouble_starts_at": iso(tb),
                "agent_fixed": ch != "chat",
                "apologised": ch == "email",
            }
            if ch != "chat":
                good_news(f, c, day_time(f, tb + mins(f, 60, 240)), l2, case)
            if ch == "email":
                ta = day_time(f, tb + mins(f, 1080, 1440))
                extra["apology_event_id"] = f.add(
                    c, ta, "chat", "chat", pick(W.APOLOGY, l2, f.rng).format(case=case)
                )
                extra["apology_at"] = iso(ta)
            c.truth.update(extra)
    return f


ACCOUNTS: list[tuple[str, str, str, str, str, int, str | None, int]] = [
    ("DE", "de", "Kraemer Logistik GmbH", "logistics", "at_risk", 4, "portal", 3),
    ("IT", "it", "Comune di Castelrivo", "municipality", "at_risk", 5, "invoice", 3),
    ("FR", "fr", "Bâtiments Roussel SA", "construction", "at_risk", 5, "service_blocked", 3),
    ("DE", "de", "Busverkehr Lindtal GmbH", "bus_company", "at_risk", 6, "invoice", 4),
    (
        "IT",
        "it",
        "Pulizie Ospedaliere Brenta Srl",
        "hospital_cleaning",
        "at_risk",
        6,
        "overbilled",
        4,
    ),
    ("AT", "de", "Backhaus Steirer GmbH", "bakery_chain", "one_unhappy", 3, "service_blocked", 1),
    ("IT", "it", "Chimica Olona SpA", "chemicals", "one_unhappy", 3, "overbilled", 1),
    ("ES", "es", "Hoteles Costa Lumbre SL", "hotel", "one_unhappy", 3, "portal", 1),
    (
        "UK",
        "en",
        "Skyside Airport Services Ltd",
        "airport_services",
        "one_unhappy",
        3,
        "invoice",
        1,
    ),
    ("CH", "de", "Brauerei Zollbrück AG", "brewery", "mild", 3, None, 0),
    ("IT", "it", "Istituto Comprensivo Ponte Alto", "school", "mild", 4, None, 0),
    ("PT", "pt", "Vigilância Atlântida Lda", "security", "mild", 4, None, 0),
    ("DE", "de", "Druckhaus Elbstrand GmbH", "printing", "happy", 3, None, 0),
    ("IE", "en", "Greenrun Waste Ltd", "waste", "happy", 3, None, 0),
    ("IT", "it", "Ristorazione Lario Srl", "catering", "happy", 4, None, 0),
]
B_JOBS = [
    "HR manager",
    "fleet manager",
    "accounts payable clerk",
    "occupational health officer",
    "site manager",
    "office manager",
    "procurement lead",
    "shift supervisor",
    "safety officer",
    "payroll administrator",
]


def account_id(f: Fam, market: str) -> str:
    while True:
        acc = f"SGW-{market}-{f.rng.randrange(1000, 9999)}"
        if acc not in USED:
            USED.add(acc)
            return acc


def b2b_routine(f: Fam, c: Cust, days: list[int], surveys: bool = True) -> None:
    for d in days:
        t = rnd(f, d, 8, 16.5)
        k = f.rng.choice(
            ["chat", "order", "page", "praise", "survey"] if surveys else ["chat", "order", "page"]
        )
        if k == "chat":
            chat_q(f, c, t, c.lang, b2b=True)
        elif k == "order":
            purchase(f, c, t, b2b=True)
        elif k == "page":
            page(f, c, t, b2b=True)
        elif k == "praise":
            f.add(c, t, "community", "post", pick(B.B_PRAISE, c.lang, f.rng))
        else:
            survey(f, c, t, c.lang)


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
        "Sanguro Work accounts: five at risk, four with one unhappy contact, three with mild suggestions, three happy",
    )
    weekdays = [d for d in range(14) if (f.start + timedelta(days=d)).weekday() < 5]
    last_channels = ["email"] + ["phone"] * 4
    f.rng.shuffle(last_channels)
    for market, lang, company, site, kind, ncont, problem, nunhappy in ACCOUNTS:
        acc = account_id(f, market)
        domain = ascii_slug(company)[:20] + ".example"
        firsts = f.rng.sample(FIRST[lang], ncont)
        jobs = f.rng.sample(B_JOBS, ncont)
        contacts: list[Cust] = []
        unhappy: list[Cust] = []
        for k in range(ncont):
            role = "contact"
            persona = "b2b_happy"
            exp: list[str] = []
            tol: list[str] = []
            if kind == "at_risk" and k < nunhappy:
                role, persona = "complainer", "b2b_unhappy"
                exp = ["repeat_contact"] if k == nunhappy - 1 else ["detractor"]
                tol = B2B_COMPLAIN_TOL
            elif kind == "one_unhappy" and k == 0:
                role, persona, exp, tol = (
                    "complainer",
                    "b2b_one_unhappy",
                    ["detractor"],
                    ["high_value_at_risk", "sentiment_drop", "silence"],
                )
            elif kind == "mild" and k < 2:
                role, persona, tol = "suggests", "b2b_mild", ["silence"]
            c = person(
                f,
                persona,
                role,
                lang=lang,
                market=market,
                expected=exp,
                tolerated=tol,
                account=acc,
                domain=domain,
                first=firsts[k],
                job=jobs[k],
                company=company,
                role=role,
                job_title=jobs[k],
            )
            contacts.append(c)
            if role == "complainer":
                unhappy.append(c)
            if role == "contact":
                b2b_routine(f, c, some_days(f, weekdays, f.rng.randint(2, 6)))
            else:
                b2b_routine(f, c, some_days(f, [0, 1], f.rng.randint(0, 2)), surveys=False)
        info: dict[str, Any] = {
            "company": company,
            "site": site,
            "contacts": ncont,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": [c.key for c in unhappy],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        if kind == "at_risk" and problem:
            case = f.case()
            t = rnd(f, 2, 8, 16)
            info["trouble_starts_at"] = iso(t)
            first_c = unhappy[0]
            later_shift = f.rng.randrange(3)
            first_t = t
            for k, c in enumerate(unhappy):
                topic = B.B_TOPIC[lang][problem]
                if k == 0:
                    text = B.B_FIRST[lang][problem].format(name=c.first)
                else:
                    same_day = t.date() == first_t.date()
                    dayword = (
                        B.B_DAYWORD[lang][5] if same_day else B.B_DAYWORD[lang][first_t.weekday()]
                    )
                    text = B.B_LATER[lang][(k - 1 + later_shift) % len(B.B_LATER[lang])].format(
                        first=first_c.first, day=dayword, case=case, topic=topic, name=c.first
                    )
                eid = f.add(
                    c,
                    t,
                    "email",
                    "message",
                    text,
                    subject=B.B_SUBJECT[lang].format(topic=topic)
                    if k == 0
                    else pick(W.SUBJECT_CASE, lang, f.rng).format(case=case),
                )
                ids = [eid]
                if k == 0:
                    ag = agent(f, lang)
                    f.add(
                        c,
                        office_time(f, t + mins(f, 20, 90)),
                        "email",
                        "message",
                        B.B_ACK[lang].format(name=c.first, case=case, agent=ag),
                        subject=W.SUBJECT_AGENT[lang].format(case=case),
                        out=True,
                        agent=ag,
                    )
                if k < len(unhappy) - 1:
                    score = f.rng.randint(1, 5)
                    sid = f.add(
                        c,
                        t + mins(f, 60, 180),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": score},
                        attrs={"survey": "nps"},
                    )
                    c.truth.update({"nps_given": True, "nps": score, "survey_event_id": sid})
                else:
                    t2 = office_time(f, t + mins(f, 1080, 2400))
                    ch = last_channels.pop()
                    comp = f.rng.choice(W.COMPETITORS)
                    if ch == "email":
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "email",
                                "message",
                                B.B_LAST_MAIL[lang].format(
                                    case=case, topic=topic, comp=comp, name=c.first
                                ),
                                subject=pick(W.SUBJECT_CASE, lang, f.rng).format(case=case),
                            )
                        )
                        c.truth["competitor"] = comp
                    else:
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "phone",
                                "call",
                                B.B_LAST_CALL[lang].format(
                                    case=case, topic=topic, name=c.first, company=company
                                ),
                            )
                        )
                        c.truth["competitor"] = None
                    c.truth.update({"nps_given": False, "repeat_event_id": ids[-1]})
                c.truth.update(
                    {
                        "problem": problem,
                        "booking": case,
                        "complaint_event_ids": ids,
                        "trouble_starts_at": iso(t),
                    }
                )
                t = office_time(f, t + mins(f, 480, 1680))
        elif kind == "one_unhappy" and problem:
            c = unhappy[0]
            case = f.case()
            t = office_time(f, rnd(f, f.rng.randint(3, 7), 8, 16))
            topic = B.B_TOPIC[lang][problem]
            eid = f.add(
                c,
                t,
                "email",
                "message",
                B.B_FIRST[lang][problem].format(name=c.first),
                subject=B.B_SUBJECT[lang].format(topic=topic),
            )
            ag = agent(f, lang)
            f.add(
                c,
                office_time(f, t + mins(f, 20, 90)),
                "email",
                "message",
                B.B_ACK[lang].format(name=c.first, case=case, agent=ag),
                subject=W.SUBJECT_AGENT[lang].format(case=case),
                out=True,
                agent=ag,
            )
            score = f.rng.randint(1, 5)
            sid = f.add(
                c,
                t + mins(f, 60, 180),
                "survey",
                "survey_response",
                None,
                scores={"nps": score},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                {
                    "problem": problem,
                    "booking": case,
                    "complaint_event_ids": [eid],
                    "nps_given": True,
                    "nps": score,
                    "survey_event_id": sid,
                    "trouble_starts_at": iso(t),
                }
            )
        elif kind == "mild":
            for k, c in enumerate(contacts[:2]):
                t = rnd(f, f.rng.choice(weekdays[2:]), 8, 16)
                eid = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    B.B_MILD[lang][k],
                    attrs={"page": "/work/portal/feedback"},
                )
                ag = agent(f, lang)
                f.add(
                    c,
                    office_time(f, t + mins(f, 30, 180)),
                    "email",
                    "message",
                    B.B_MILD_ACK[lang].format(name=c.first, agent=ag),
                    subject={
                        "de": "Ihr Vorschlag",
                        "it": "Il suo suggerimento",
                        "pt": "A sua sugestão",
                    }.get(lang, "Your suggestion"),
                    out=True,
                    agent=ag,
                )
                c.truth.update({"mild_event_id": eid, "trouble_starts_at": iso(t)})
        f.accounts[acc] = info
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        datetime(2026, 11, 9, tzinfo=UTC),
        7,
        "a calm week and, on Saturday 14 November, app bookings reaching sampling points without their tests (ORD/E-27)",
    )
    for _ in range(40):
        c = person(f, "happy", "day writer")
        for d in some_days(f, list(range(6)), f.rng.randint(1, 4)):
            lo, hi = (12.0, 19.0) if d == 5 else (7.0, 19.0)
            happy_act(f, c, rnd(f, d, lo, hi), c.lang, HAPPY_KINDS)
    for lang in ("de", "it"):
        c = person(f, "grumbles_once", "grumbles once", lang=lang, tolerated=["silence"])
        q, a = W.CALM_GRUMBLE[lang]
        t = rnd(f, 0, 9, 17)
        eid = f.add(c, t, "chat", "chat", q)
        f.add(c, t + mins(f, 1, 5), "chat", "chat", a, out=True, agent=agent(f, lang))
        c.truth.update({"grumble_event_id": eid, "trouble_starts_at": iso(t)})
    for lang, hour in (("de", 9 + 40 / 60), ("it", 16 + 5 / 60)):
        c = person(f, "grumbles_once", "lone question", lang=lang, tolerated=["silence"])
        q, a = W.LONE_Q[lang]
        t = f.at(4, hour)
        eid = f.add(c, t, "chat", "chat", q)
        f.add(c, t + mins(f, 2, 6), "chat", "chat", a, out=True, agent=agent(f, lang))
        c.truth.update({"lone_report_event_id": eid, "trouble_starts_at": iso(t)})
    langs = ["de"] * 6 + ["it"] * 6 + ["en", "en", "fr", "fr", "es", "es", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(langs)
    f.rng.shuffle(chans)
    regular = [True] * 12 + [False] * 8
    f.rng.shuffle(regular)
    s0 = f.at(5, 8 + 5 / 60)
    offsets = sorted([0, 45, *f.rng.sample(range(1, 45), 18)])
    order = list(range(20))
    early = [i for i in order if offsets[i] <= 25]
    repeaters = set(f.rng.sample(early, 6))
    fixed = set(f.rng.sample([i for i in order if i not in repeaters], 6))
    rep_chans = ["email", "email", "chat", "chat", "community", "community"]
    f.rng.shuffle(rep_chans)
    decks: dict[str, list[str]] = {}
    keys: list[str] = []
    eids: list[str] = []
    reps: list[str] = []
    for i in range(20):
        lang, ch = langs[i], chans[i]
        rep = i in repeaters
        c = person(
            f,
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular[i] else "new",
            lang=lang,
            expected=["repeat_contact"] if rep else [],
            tolerated=["sentiment_drop", "silence"] if rep else ["silence"],
            in_spike=True,
            regular=regular[i],
        )
        if regular[i]:
            first = f.at(2, 8) + mins(f, 0, 570)
            happy_act(f, c, first, lang, ["praise", "chat", "purchase", "page", "review"])
            for d in some_days(f, [3, 4], f.rng.randint(0, 2)):
                happy_act(
                    f, c, rnd(f, d, 8, 18), lang, ["praise", "chat", "purchase", "page", "review"]
                )
        t = s0 + timedelta(minutes=offsets[i])
        if not decks.get(lang):
            decks[lang] = f.rng.sample(W.SPIKE_REPORT[lang], len(W.SPIKE_REPORT[lang]))
        text = decks[lang].pop()
        if ch == "social":
            eid = f.add(c, t, "social", "mention", text)
        elif ch == "community":
            eid = f.add(c, t, "community", "post", text)
        elif ch == "email":
            eid = f.add(c, t, "email", "message", text, subject=W.SPIKE_SUBJECT[lang])
        elif ch == "web":
            eid = f.add(
                c,
                t,
                "web",
                "ticket",
                text,
                subject=W.SPIKE_SUBJECT[lang],
                attrs={"page": "/help/contact"},
            )
        else:
            eid = f.add(c, t, "chat", "chat", text)
            f.add(
                c,
                t + mins(f, 1, 4),
                "chat",
                "chat",
                W.SPIKE_CHAT_ANSWER[lang],
                out=True,
                agent=agent(f, lang),
            )
        keys.append(c.key)
        eids.append(eid)
        extra: dict[str, Any] = {
            "spike_event_id": eid,
            "spike_channel": ch,
            "trouble_starts_at": iso(t),
            "agent_fixed": i in fixed,
        }
        if rep:
            rc = next(x for x in rep_chans if x != ch)
            rep_chans.remove(rc)
            tr = t + mins(f, 15, 50)
            rtext = pick(W.SPIKE_REPEAT, lang, f.rng)
            if rc == "email":
                rid = f.add(
                    c,
                    tr,
                    "email",
                    "message",
                    rtext,
                    subject=W.RE_PREFIX[lang] + W.SPIKE_SUBJECT[lang],
                )
            elif rc == "chat":
                rid = f.add(c, tr, "chat", "chat", rtext)
                f.add(
                    c,
                    tr + mins(f, 1, 4),
                    "chat",
                    "chat",
                    W.SPIKE_CHAT_ANSWER[lang],
                    out=True,
                    agent=agent(f, lang),
                )
            else:
                rid = f.add(c, tr, "community", "post", rtext)
            reps.append(rid)
            extra["repeat_event_id"] = rid
        if i in fixed:
            ag = agent(f, lang)
            local = "10:40" if c.market in ("UK", "IE", "PT") else "11:40"
            amt = {"UK": "£13", "CH": "CHF 14"}.get(c.market, "€15" if lang == "en" else "15 €")
            f.add(
                c,
                f.at(5, 11 + 5 / 60) + mins(f, 0, 10),
                "email",
                "message",
                W.SPIKE_FIXED[lang].format(name=c.first, time=local, amt=amt, agent=ag),
                subject=W.SPIKE_FIXED_SUBJECT[lang],
                out=True,
                agent=ag,
            )
        c.truth.update(extra)
    f.spike = {
        "topic": "blood-test app bookings reach sampling points without their tests (empty lab order): nurses cannot draw blood, fasting customers sent home, error ORD/E-27",
        "about": "Saturday-morning fault of Sanguro's booking link to its sampling points",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    return f


# --- output ---------------------------------------------------------------------


def finalize(f: Fam) -> tuple[str, str]:
    rows = sorted(f.rows, key=lambda r: (r.t, r.seq))
    first_in: set[str] = set()
    lines = []
    rr = f.rough
    for r in rows:
        c = r.cust
        if r.t.year != 2026 or r.t < f.start or r.t >= LIMIT:
            raise SystemExit(f"{f.name}: touchpoint out of range {r.t}")
        full = {
            "customer_id": c.key,
            "email": c.email,
            "phone": c.phone,
            "handle": c.handle,
            "account_id": c.account,
        }
        if r.out or (not r.out and c.key not in first_in):
            ident = dict(full)
            if not r.out:
                first_in.add(c.key)
        else:
            ch = r.data["channel"]
            ident = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            if ch == "phone":
                cc = PHONES[c.market][0]
                ident["phone"] = (
                    ("+" + cc + " " + c.phone[1 + len(cc) :]) if rr.random() < 0.5 else c.phone
                )
            elif ch in ("social", "community"):
                if c.handle:
                    ident["handle"] = c.handle if rr.random() < 0.8 else c.handle.lstrip("@")
                else:
                    ident["email"] = c.email
            elif ch == "email":
                ident["email"] = c.email.upper() if rr.random() < 1 / 12 else c.email
            else:
                ident["customer_id"] = c.key
        r.data["customer"] = ident
        lines.append(json.dumps(r.data, ensure_ascii=False))
    for k, c in f.custs.items():
        if k not in first_in:
            raise SystemExit(f"{f.name}: {k} has no inbound touchpoint")
        if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
            raise SystemExit(f"{f.name}: {k} expects and tolerates a rule")
    end = f.start + timedelta(days=f.days)
    last = rows[-1].t + timedelta(hours=1)
    end = max(end, last)
    if end >= LIMIT:
        raise SystemExit(f"{f.name}: end {end} too late")
    expected: Counter[str] = Counter()
    for c in f.custs.values():
        expected.update(c.truth["expected_rules"])
    for a in f.accounts.values():
        expected.update(a["expected_rules"])
    if f.spike:
        expected["topic_spike"] += 1
    want = PLANTED[f.name]
    if dict(expected) != want:
        raise SystemExit(f"{f.name}: expected {dict(expected)} != planted {want}")
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
        "customers": {k: f.custs[k].truth for k in sorted(f.custs)},
        "accounts": f.accounts,
        "spike": f.spike,
        "journey": {},
        "expectations": {},
    }
    return "\n".join(lines) + "\n", json.dumps(
        truth, ensure_ascii=False, indent=1, sort_keys=True
    ) + "\n"


PLANTED: dict[str, dict[str, int]] = {
    "happy_writers": {},
    "one_bad_day": {"detractor": 6},
    "repeat_contacts": {"repeat_contact": 12},
    "slow_churners": {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
    "quiet_hours": {},
    "bilingual": {"repeat_contact": 5, "sentiment_drop": 5},
    "b2b_accounts": {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    "topic_spike": {"topic_spike": 1, "repeat_contact": 6},
}
FAMILIES: list[Callable[[], Fam]] = [
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
        jsonl, truth = finalize(f)
        (HERE / f"{f.name}.jsonl").write_text(jsonl, "utf-8")
        (HERE / f"{f.name}.truth.json").write_text(truth, "utf-8")
        print(f"{f.name}: {len(f.custs)} customers, {len(f.rows)} touchpoints")


if __name__ == "__main__":
    main()
