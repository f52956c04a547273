# ruff: noqa: E501
"""Generate heldout71: the seventy-first hand-written alert scenarios (report only, blind).

Standard library only, fixed seed, deterministic. Run ``python make_heldout71.py`` from
anywhere; it writes ``<family>.jsonl`` and ``<family>.truth.json`` next to itself and
refuses to write a family whose expected counts differ from the planted ones.
"""

from __future__ import annotations

import json
import random
import re
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

SEED = 20261119
BUSINESS = "Potalia: tree care and garden work booked by app and web (pruning, felling, stump grinding, hedges, lawns, leaves, the Potalia Verde plan), with Potalia Pro for organisations on account"
COMPETITORS = ("Tronkea", "Silvandro")
LANG_WEIGHTS = {"es": 30, "it": 30, "de": 12, "en": 10, "fr": 10, "pt": 8}
MARKETS = {
    "es": ["ES"],
    "it": ["IT", "IT", "IT", "CH"],
    "de": ["DE", "DE", "AT", "CH"],
    "en": ["UK", "UK", "IE"],
    "fr": ["FR", "FR", "BE", "CH", "LU"],
    "pt": ["PT"],
}
ALL_RULES_SLIDE = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
TOL_REPEAT = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
TOL_CANCEL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
TOL_B2B_UNHAPPY = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]

FIRST: dict[str, list[str]] = {
    "es": [
        "Lucía",
        "Carmen",
        "Marta",
        "Irene",
        "Nuria",
        "Rocío",
        "Elena",
        "Pilar",
        "Sara",
        "Alba",
        "Javier",
        "Sergio",
        "Álvaro",
        "Raúl",
        "Iñaki",
        "Pablo",
        "Andrés",
        "Tomás",
        "Rubén",
        "Jorge",
        "Begoña",
        "Montse",
        "Gonzalo",
        "Ainhoa",
    ],
    "it": [
        "Giulia",
        "Chiara",
        "Francesca",
        "Silvia",
        "Elena",
        "Martina",
        "Paola",
        "Valentina",
        "Federica",
        "Alessia",
        "Marco",
        "Luca",
        "Davide",
        "Matteo",
        "Stefano",
        "Andrea",
        "Giorgio",
        "Riccardo",
        "Simone",
        "Fabio",
        "Roberta",
        "Ilaria",
        "Nicola",
        "Emanuele",
    ],
    "de": [
        "Anna",
        "Katrin",
        "Sabine",
        "Julia",
        "Miriam",
        "Petra",
        "Jonas",
        "Lukas",
        "Stefan",
        "Tobias",
        "Markus",
        "Florian",
        "Heike",
        "Dominik",
    ],
    "en": [
        "Emma",
        "Sophie",
        "Claire",
        "Rachel",
        "Niamh",
        "Olivia",
        "James",
        "Tom",
        "Ciarán",
        "Daniel",
        "Mark",
        "Owen",
    ],
    "fr": [
        "Camille",
        "Julie",
        "Élodie",
        "Manon",
        "Claire",
        "Léa",
        "Thomas",
        "Julien",
        "Nicolas",
        "Mathieu",
        "Antoine",
        "Hugo",
    ],
    "pt": [
        "Ana",
        "Inês",
        "Sofia",
        "Beatriz",
        "Marta",
        "Rita",
        "João",
        "Tiago",
        "Rui",
        "Pedro",
        "Miguel",
        "Nuno",
    ],
}
LAST: dict[str, list[str]] = {
    "es": [
        "García",
        "Martín",
        "Navarro",
        "Ibáñez",
        "Castaño",
        "Ortega",
        "Morales",
        "Serrano",
        "Delgado",
        "Peña",
        "Cortés",
        "Vidal",
        "Aguirre",
        "Mendoza",
        "Rubio",
        "Carrasco",
        "Soler",
        "Lozano",
        "Gil",
        "Prieto",
        "Bravo",
        "Cano",
        "Muñoz",
        "Herrera",
    ],
    "it": [
        "Rossi",
        "Bianchi",
        "Ferraro",
        "Colombo",
        "Ricci",
        "Marino",
        "Greco",
        "Bruno",
        "Gallo",
        "Conti",
        "Costa",
        "Mancini",
        "Lombardi",
        "Moretti",
        "Barbieri",
        "Fontana",
        "Santoro",
        "Rinaldi",
        "Caruso",
        "Ferri",
        "Pellegrini",
        "Villa",
        "Serra",
        "Farina",
    ],
    "de": [
        "Müller",
        "Schneider",
        "Fischer",
        "Weber",
        "Becker",
        "Hoffmann",
        "Koch",
        "Richter",
        "Klein",
        "Wolf",
        "Schröder",
        "Neumann",
        "Brandt",
        "Krüger",
    ],
    "en": [
        "Smith",
        "Jones",
        "Taylor",
        "Brown",
        "Walsh",
        "Murphy",
        "Evans",
        "Hughes",
        "Clarke",
        "Byrne",
        "Kelly",
        "Price",
    ],
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Thomas",
        "Robert",
        "Petit",
        "Durand",
        "Leroy",
        "Moreau",
        "Simon",
        "Laurent",
        "Lefèvre",
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
        "Lopes",
    ],
}
JOBS: dict[str, list[str]] = {
    "es": [
        "enfermera",
        "profesor",
        "gestora",
        "electricista",
        "farmacéutica",
        "camionero",
        "administrativa",
        "jubilado",
    ],
    "it": [
        "infermiera",
        "insegnante",
        "commercialista",
        "elettricista",
        "farmacista",
        "geometra",
        "impiegata",
        "pensionato",
    ],
    "de": ["Krankenpflegerin", "Lehrer", "Steuerberaterin", "Elektriker", "Rentner"],
    "en": ["nurse", "teacher", "accountant", "electrician", "retired"],
    "fr": ["infirmière", "professeur", "comptable", "électricien", "retraité"],
    "pt": ["enfermeira", "professor", "contabilista", "eletricista", "reformado"],
}
TOWNS: dict[str, list[str]] = {
    "ES": [
        "Valladolid",
        "Alcalá de Henares",
        "Sant Cugat",
        "Getxo",
        "Dos Hermanas",
        "Pozuelo",
        "Torrelodones",
        "Paterna",
    ],
    "IT": ["Monza", "Treviso", "Lucca", "Bergamo", "Pesaro", "Cuneo", "Frascati", "Vicenza"],
    "CH": ["Lugano", "Bellinzona", "Winterthur", "Lausanne"],
    "DE": ["Freiburg", "Potsdam", "Bamberg", "Münster"],
    "AT": ["Graz", "Linz", "Klosterneuburg"],
    "UK": ["Guildford", "Harrogate", "Bath", "Stockport"],
    "IE": ["Bray", "Naas", "Galway"],
    "FR": ["Angers", "Annecy", "Nantes", "Tours"],
    "BE": ["Namur", "Liège"],
    "LU": ["Esch-sur-Alzette"],
    "PT": ["Braga", "Sintra", "Cascais", "Aveiro"],
}
DOMAINS = [
    "correo.example",
    "buzon.example",
    "posta.example",
    "mailbox.example",
    "webpost.example",
    "netmail.example",
]


def strip_accents(text: str) -> str:
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
        text = text.replace(a, b)
    out = []
    for ch in text:
        if ch in "ñÑß":
            out.append(ch)
            continue
        out.append(
            "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        )
    return "".join(out)


def ascii_slug(text: str) -> str:
    text = strip_accents(text.replace("ñ", "n").replace("ß", "ss")).lower()
    return "".join(ch for ch in text if ch.isalnum())


def money(value: float, market: str) -> str:
    if market == "UK":
        return f"£{round(value * 0.86)}"
    if market == "CH":
        return f"CHF {round(value * 0.94)}"
    if market == "IE":
        return f"€{value:.2f}".replace(".00", "")
    return f"{value:.2f} €".replace(".00", "").replace(".", ",")


def currency(market: str) -> tuple[str, float]:
    if market == "UK":
        return "GBP", 0.86
    if market == "CH":
        return "CHF", 0.94
    return "EUR", 1.0


KEEP = {"Potalia", "Tronkea", "Silvandro", "Verde", "Pro"}


def speech(text: str, lang: str) -> str:
    """A speech-to-text transcript: no punctuation, lower case (but codes, numbers, names; German keeps its nouns)."""
    money_words = {
        "es": ("euros", "libras", "francos"),
        "it": ("euro", "sterline", "franchi"),
        "de": ("Euro", "Pfund", "Franken"),
        "en": ("euros", "pounds", "francs"),
        "fr": ("euros", "livres", "francs"),
        "pt": ("euros", "libras", "francos"),
    }[lang]
    text = re.sub(r"€(\d+(?:[.,]\d+)?)", rf"\1 {money_words[0]}", text)
    text = re.sub(r"(\d+(?:[.,]\d+)?) €", rf"\1 {money_words[0]}", text)
    text = re.sub(r"£(\d+)", rf"\1 {money_words[1]}", text)
    text = re.sub(r"CHF (\d+)", rf"\1 {money_words[2]}", text)
    text = re.sub(r"(^|\s)'|'(?=[\s.,;:!?]|$)", r"\1", text)
    text = re.sub(r"(?<!\d)[.,:]|[.,:](?!\d)|[;!?¿¡\"()]", "", text)
    text = " ".join(text.split())
    if lang != "de":
        text = " ".join(
            w if any(ch.isdigit() for ch in w) or w in KEEP else w.lower() for w in text.split()
        )
    return text


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
    truth: dict[str, Any]


@dataclass
class Row:
    t: datetime
    eid: str
    channel: str
    kind: str
    direction: str
    cust: Cust
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
    planted: dict[str, int]
    rng: random.Random = field(init=False)
    rough: random.Random = field(init=False)
    custs: list[Cust] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    counter: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    def at(self, day: float, hour: float = 0.0) -> datetime:
        return self.start + timedelta(days=day, hours=hour)


USED: set[str] = set()
SOURCES = {
    "email": "potalia-mail",
    "phone": "potalia-voice",
    "social": "potalia-social",
    "community": "potalia-forum",
    "chat": "potalia-chat",
    "web": "potalia-web",
    "survey": "potalia-survey",
}
AGENTS = ["Noelia", "Chiara", "Bruno", "Ester", "Gianni", "Lotte", "Ruth", "Inés"]


def unique(value: str) -> bool:
    if value in USED:
        return False
    USED.add(value)
    return True


def pick_lang(rng: random.Random) -> str:
    return rng.choices(list(LANG_WEIGHTS), weights=list(LANG_WEIGHTS.values()))[0]


def make_phone(rng: random.Random, market: str) -> str:
    def d(n: int) -> str:
        return "".join(str(rng.randint(0, 9)) for _ in range(n))

    table = {
        "ES": lambda: "+34" + rng.choice("67") + d(8),
        "IT": lambda: (
            "+39" + rng.choice(["320", "333", "340", "347", "349", "366", "380", "392"]) + d(7)
        ),
        "DE": lambda: "+49" + rng.choice(["151", "152", "157", "160", "170", "172", "176"]) + d(8),
        "AT": lambda: "+43" + rng.choice(["660", "664", "676", "699"]) + d(7),
        "CH": lambda: "+41" + rng.choice(["76", "77", "78", "79"]) + d(7),
        "UK": lambda: "+447" + rng.choice(["4", "5", "7", "8", "9"]) + d(8),
        "IE": lambda: "+353" + rng.choice(["83", "85", "86", "87", "89"]) + d(7),
        "FR": lambda: "+33" + rng.choice("67") + d(8),
        "BE": lambda: "+32" + rng.choice(["470", "475", "478", "486", "495"]) + d(6),
        "LU": lambda: "+352" + rng.choice(["621", "661", "691"]) + d(6),
        "PT": lambda: "+351" + rng.choice(["91", "92", "93", "96"]) + d(7),
    }
    while True:
        phone = table[market]()
        if unique("p" + phone):
            return phone


def person(
    fam: Fam,
    persona: str,
    habit: str,
    expected: list[str],
    tolerated: list[str],
    lang: str | None = None,
    market: str | None = None,
    account: str | None = None,
    domain: str | None = None,
    firsts_taken: set[str] | None = None,
    **extra: Any,
) -> Cust:
    rng = fam.rng
    lang = lang or pick_lang(rng)
    market = market or rng.choice(MARKETS[lang])
    while True:
        first = rng.choice(FIRST[lang])
        if firsts_taken is not None and first in firsts_taken:
            continue
        last = rng.choice(LAST[lang])
        if unique("n" + first + last + fam.code):
            break
    if firsts_taken is not None:
        firsts_taken.add(first)
    while True:
        key = f"PO{fam.code}{rng.randint(1000, 9999)}"
        if unique("k" + key):
            break
    fs, ls = ascii_slug(first), ascii_slug(last)
    while True:
        if domain:
            email = f"{fs}.{ls}@{domain}" if rng.random() < 0.6 else f"{fs[0]}{ls}@{domain}"
        else:
            email = (
                rng.choice(
                    [
                        f"{fs}.{ls}{rng.randint(1, 99)}",
                        f"{fs}{ls}",
                        f"{ls}.{fs}{rng.randint(60, 99)}",
                        f"{fs[0]}{ls}{rng.randint(1, 999)}",
                    ]
                )
                + "@"
                + rng.choice(DOMAINS)
            )
        if unique("e" + email):
            break
    handle: str | None = None
    if account is None:
        while True:
            handle = "@" + rng.choice(
                [
                    f"{ls}_{fs}{rng.randint(1, 9)}",
                    f"{fs}{ls}{rng.randint(10, 99)}",
                    f"{ls}{fs[0]}",
                    f"{fs}_{ls}",
                    f"{fs}.{ls[:4]}",
                ]
            )
            if unique("h" + handle):
                break
    phone = make_phone(rng, market)
    job = rng.choice(JOBS[lang])
    truth: dict[str, Any] = {
        "identifiers": {
            "customer_id": key,
            "email": email.lower(),
            "phone": phone,
            "handle": handle,
            "account_id": account,
        },
        "expected_rules": sorted(expected),
        "tolerated_rules": sorted(tolerated),
        "persona": persona,
        "habit": habit,
        "language": lang,
        "country": market,
        "segment": "b2b" if account else "consumer",
        "name": f"{first} {last}",
        "job": job,
        "town": rng.choice(TOWNS[market]),
    }
    truth.update(extra)
    c = Cust(key, lang, market, first, last, email, phone, handle, account, truth)
    fam.custs.append(c)
    return c


def roughen(fam: Fam, text: str) -> str:
    r = fam.rough
    if r.random() < 0.1:
        text = strip_accents(text)
    if r.random() < 1 / 8 and text[:1].isupper() and not text[:2].isupper():
        text = text[0].lower() + text[1:]
    if r.random() < 1 / 7:
        words = text.split(" ")
        idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
        if idx:
            i = r.choice(idx)
            w = words[i]
            j = r.randint(1, len(w) - 3)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            text = " ".join(words)
    return text


def add(
    fam: Fam,
    c: Cust,
    t: datetime,
    channel: str,
    kind: str,
    text: str | None = None,
    subject: str | None = None,
    direction: str = "inbound",
    scores: dict[str, int | None] | None = None,
    attrs: dict[str, str] | None = None,
) -> str:
    fam.counter += 1
    eid = f"pt71-{fam.code.lower()}-{fam.counter:05d}"
    a = {"market": c.market}
    if c.account:
        a["segment"] = "b2b"
    if attrs:
        a.update(attrs)
    if direction == "outbound":
        a["agent"] = fam.rng.choice(AGENTS)
    if text and direction == "inbound" and channel not in ("phone", "survey"):
        text = roughen(fam, text)
    if text and channel == "social" and direction == "inbound" and not c.account:
        pos = text.rfind("Potalia")
        text = text[:pos] + "@" + text[pos:] if pos >= 0 else "@Potalia " + text
    sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
    if scores:
        sc.update(scores)
    fam.rows.append(Row(t, eid, channel, kind, direction, c, text, subject, sc, a))
    return eid


# --- time helpers ---------------------------------------------------------------------


def hm(rng: random.Random, lo: float, hi: float) -> float:
    return lo + rng.random() * (hi - lo)


def rmin(t: datetime) -> datetime:
    return t.replace(second=0, microsecond=0)


def out_of_night(rng: random.Random, t: datetime) -> datetime:
    if t.hour >= 22:
        t = (t + timedelta(days=1)).replace(hour=8, minute=rng.randint(0, 59))
    elif t.hour < 7:
        t = t.replace(hour=8, minute=rng.randint(0, 59))
    return rmin(t)


def office(rng: random.Random, t: datetime) -> datetime:
    """Weekdays 08-17 UTC; later moves to the next working morning."""
    if t.hour >= 17:
        t = (t + timedelta(days=1)).replace(hour=8, minute=rng.randint(0, 50))
    elif t.hour < 8:
        t = t.replace(hour=8, minute=rng.randint(0, 50))
    while t.weekday() >= 5:
        t = (t + timedelta(days=1)).replace(hour=8, minute=rng.randint(0, 50))
    return rmin(t)


def fmt(template: str, **kw: Any) -> str:
    return template.format(**kw)


def case_ref(fam: Fam) -> str:
    while True:
        ref = f"PTL-{fam.rng.randint(100000, 999999)}"
        if unique("c" + ref):
            return ref


# --- happy acts -----------------------------------------------------------------------


def happy(fam: Fam, c: Cust, t: datetime, kind: str, lang: str | None = None) -> list[str]:
    """One happy act (with its answers); returns the customer's inbound event ids."""
    rng, lg = fam.rng, lang or c.lang
    ids: list[str] = []
    if kind == "praise":
        pool = W.PRAISE[lg] + W.PRAISE_AGAIN[lg] + W.PRAISE_GRIPE[lg]
        ids.append(add(fam, c, t, rng.choice(["community", "social"]), "post", rng.choice(pool)))
    elif kind == "post":
        ids.append(
            add(fam, c, t, rng.choice(["community", "social"]), "post", rng.choice(W.PRAISE[lg]))
        )
    elif kind == "chat":
        q, a = rng.choice(W.CHAT_Q[lg])
        ids.append(add(fam, c, t, "chat", "chat", q))
        t2 = t + timedelta(minutes=rng.randint(1, 6))
        add(fam, c, t2, "chat", "chat", a, direction="outbound")
        if rng.random() < 0.7:
            ids.append(
                add(
                    fam,
                    c,
                    t2 + timedelta(minutes=rng.randint(1, 3)),
                    "chat",
                    "chat",
                    rng.choice(W.CHAT_THANKS[lg]),
                )
            )
    elif kind == "email":
        s, q, a = rng.choice(W.EMAIL_Q[lg])
        ids.append(add(fam, c, t, "email", "message", q, subject=s))
        add(
            fam,
            c,
            out_of_night(rng, t + timedelta(minutes=rng.randint(60, 300))),
            "email",
            "message",
            a,
            subject="RE: " + s,
            direction="outbound",
        )
    elif kind == "phone":
        q, s, a = rng.choice(W.PHONE_Q[lg])
        ids.append(add(fam, c, t, "phone", "call", q))
        add(
            fam,
            c,
            t + timedelta(minutes=rng.randint(10, 40)),
            "email",
            "message",
            a,
            subject=s,
            direction="outbound",
        )
    elif kind == "purchase":
        name, price = rng.choice(W.PRODUCTS)
        cur, rate = currency(c.market)
        page = "/app/reservar"
        ids.append(add(fam, c, t, "web", "page_view", attrs={"page": rng.choice(W.PAGES)}))
        ids.append(
            add(
                fam,
                c,
                t + timedelta(minutes=rng.randint(3, 15)),
                "web",
                "purchase",
                attrs={
                    "order_value": f"{price * rate:.2f}",
                    "currency": cur,
                    "product": name,
                    "page": page,
                },
            )
        )
    elif kind == "page":
        ids.append(add(fam, c, t, "web", "page_view", attrs={"page": rng.choice(W.PAGES)}))
    elif kind == "review":
        rating, text = rng.choice(W.REVIEW[lg])
        ids.append(
            add(fam, c, t, "web", "review", text, attrs={"rating": rating, "page": "/opiniones"})
        )
    elif kind == "survey":
        which = rng.choice(["nps", "csat", "ces"])
        score = {"nps": rng.randint(9, 10), "csat": rng.randint(4, 5), "ces": rng.randint(6, 7)}[
            which
        ]
        word = rng.choice(W.SURVEY_WORDS[lg]) or None
        ids.append(
            add(
                fam,
                c,
                t,
                "survey",
                "survey_response",
                word,
                scores={which: score},
                attrs={"survey": which},
            )
        )
    return ids


DAY_KINDS = [
    "praise",
    "praise",
    "chat",
    "chat",
    "email",
    "phone",
    "purchase",
    "purchase",
    "page",
    "review",
    "survey",
]
NOSURVEY = [k for k in DAY_KINDS if k != "survey"]


def happy_days(
    fam: Fam,
    c: Cust,
    days: list[int],
    lo: float = 7.0,
    hi: float = 19.0,
    kinds: list[str] | None = None,
) -> list[str]:
    ids: list[str] = []
    for d in days:
        ids += happy(
            fam, c, rmin(fam.at(d, hm(fam.rng, lo, hi))), fam.rng.choice(kinds or NOSURVEY)
        )
    return ids


# --- problems -------------------------------------------------------------------------


def problem_text(
    fam: Fam, c: Cust, problem: str, channel: str, lang: str | None = None
) -> tuple[str, str | None]:
    rng, lg = fam.rng, lang or c.lang
    amt = money(W.AMOUNT[problem], c.market)
    short = fmt(rng.choice(W.SHORT[problem][lg]), amt=amt)
    core = fmt(rng.choice(W.CORE[problem][lg]), amt=amt)
    subj = fmt(W.COMPLAINT_SUBJ[lg], topic=W.TOPIC[problem][lg])
    if channel == "email":
        return f"{rng.choice(W.GREET[lg])}\n\n{core}\n\n{rng.choice(W.CLOSE[lg])}\n{c.first}", subj
    if channel == "web":
        return core, subj
    if channel == "phone":
        return speech(rng.choice(W.PHONE_OPEN[lg]) + " " + core, lg), None
    if channel == "social":
        return short + " " + rng.choice(W.ANGRY_TAIL[lg]), None
    return short, None


def short_of(fam: Fam, c: Cust, problem: str, lang: str) -> str:
    return fmt(fam.rng.choice(W.SHORT[problem][lang]), amt=money(W.AMOUNT[problem], c.market))


def raise_problem(
    fam: Fam,
    c: Cust,
    t: datetime,
    problem: str,
    channel: str,
    lang: str | None = None,
    reply: str = "case",
) -> tuple[str, str]:
    """A first complaint and the agent's answer; returns (event id, case reference)."""
    rng, lg = fam.rng, lang or c.lang
    case = case_ref(fam)
    text, subj = problem_text(fam, c, problem, channel, lg)
    kind = {
        "email": "message",
        "web": "ticket",
        "phone": "call",
        "chat": "chat",
        "social": "mention",
    }[channel]
    attrs = {"page": "/contacto"} if channel == "web" else None
    eid = add(fam, c, t, channel, kind, text, subject=subj, attrs=attrs)
    if channel == "chat":
        add(
            fam,
            c,
            t + timedelta(minutes=rng.randint(1, 4)),
            "chat",
            "chat",
            fmt(W.CHAT_CASE[lg], case=case),
            direction="outbound",
        )
    if reply == "case" and channel != "chat":
        s, b = W.CASE_OPENED[lg]
        add(
            fam,
            c,
            out_of_night(rng, t + timedelta(minutes=rng.randint(10, 40))),
            "email",
            "message",
            fmt(b, case=case, name=c.first),
            subject=fmt(s, case=case),
            direction="outbound",
        )
    elif reply == "quality":
        s, b = W.QUALITY_LEAD[lg]
        add(
            fam,
            c,
            out_of_night(rng, t + timedelta(minutes=rng.randint(90, 150))),
            "email",
            "message",
            fmt(b, case=case, name=c.first),
            subject=fmt(s, case=case),
            direction="outbound",
        )
    return eid, case


def fix_and_confirm(
    fam: Fam,
    c: Cust,
    t: datetime,
    case: str,
    lang: str,
    problem: str,
    channel: str,
    raised_eid: str,
) -> dict[str, Any]:
    rng = fam.rng
    s, b = W.GOOD_NEWS[lang]
    fixed = out_of_night(rng, t + timedelta(hours=hm(rng, 3, 20)))
    add(
        fam,
        c,
        fixed,
        "email",
        "message",
        fmt(b, case=case, name=c.first),
        subject=fmt(s, case=case),
        direction="outbound",
    )
    conf_ch = rng.choice(["email", "chat"])
    conf_t = out_of_night(rng, fixed + timedelta(hours=hm(rng, 8, 30)))
    text = fmt(rng.choice(W.CONFIRM[lang]), case=case)
    ceid = add(
        fam,
        c,
        conf_t,
        conf_ch,
        "message" if conf_ch == "email" else "chat",
        text,
        subject=("RE: " + fmt(s, case=case)) if conf_ch == "email" else None,
    )
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(fixed),
        "confirmed_at": iso(conf_t),
        "problem_event_ids": [raised_eid],
        "confirm_event_id": ceid,
        "channel": channel,
        "confirm_channel": conf_ch,
    }


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


# --- families -------------------------------------------------------------------------


def happy_writers(fam: Fam) -> None:
    rng = fam.rng
    for _ in range(16):
        c = person(fam, "happy", "day writer", [], [])
        happy_days(fam, c, sorted(rng.sample(range(10), rng.randint(5, 8))), kinds=DAY_KINDS)
    for _ in range(5):
        c = person(fam, "happy", "night writer", [], [])
        for d in sorted(rng.sample(range(9), rng.randint(2, 4))):
            t = rmin(fam.at(d, hm(rng, 22.2, 28.5)))
            if rng.random() < 0.5:
                add(
                    fam,
                    c,
                    t,
                    rng.choice(["community", "social"]),
                    "post",
                    rng.choice(W.NIGHT_POST[c.lang]),
                )
            else:
                q, a = rng.choice(W.NIGHT_CHAT[c.lang])
                add(fam, c, t, "chat", "chat", q)
                add(
                    fam,
                    c,
                    t + timedelta(minutes=rng.randint(1, 5)),
                    "chat",
                    "chat",
                    a,
                    direction="outbound",
                )
                add(
                    fam,
                    c,
                    t + timedelta(minutes=rng.randint(6, 9)),
                    "chat",
                    "chat",
                    rng.choice(W.CHAT_THANKS[c.lang]),
                )
        happy_days(
            fam,
            c,
            sorted(rng.sample(range(10), rng.randint(2, 3))),
            9,
            18,
            ["praise", "purchase", "page", "review"],
        )
    for _ in range(5):
        c = person(fam, "happy", "answers surveys", [], [])
        happy_days(fam, c, sorted(rng.sample(range(10), rng.randint(3, 6))), 8, 20, ["survey"])


def one_bad_day(fam: Fam) -> None:
    rng = fam.rng
    channels = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    problems = [p for p in W.PROBLEMS for _ in range(4)]
    rng.shuffle(problems)
    with_case = [i for i, ch in enumerate(channels) if ch != "social"]
    nps = set(rng.sample(with_case, 6))
    csat = set(rng.sample([i for i in with_case if i not in nps], 5))
    good = rng.sample(with_case, 12)
    apologise = set(rng.sample(good, 5))
    long_langs = ["es", "es", "it", "it"]
    for i, ch in enumerate(channels):
        lang = long_langs.pop() if ch == "long" else None
        persona = "bad_day_detractor" if i in nps else "happy_one_bad_day"
        c = person(
            fam,
            persona,
            "one bad day",
            ["detractor"] if i in nps else [],
            ["silence"],
            lang=lang,
            problem=problems[i],
            long_email=ch == "long",
        )
        d = rng.randint(2, 9)
        t = rmin(fam.at(d, hm(rng, 8, 20)))
        channel = "email" if ch == "long" else ch
        if ch == "long":
            case = case_ref(fam)
            amt = money(W.AMOUNT[problems[i]], c.market)
            core = fmt(rng.choice(W.CORE[problems[i]][c.lang]), amt=amt)
            body = fmt(rng.choice(W.LONG_EMAIL[c.lang]), core=core, name=c.first)
            eid = add(
                fam,
                c,
                t,
                "email",
                "message",
                body,
                subject=fmt(W.COMPLAINT_SUBJ[c.lang], topic=W.TOPIC[problems[i]][c.lang]),
            )
            s, b = W.CASE_OPENED[c.lang]
            add(
                fam,
                c,
                out_of_night(rng, t + timedelta(minutes=rng.randint(10, 40))),
                "email",
                "message",
                fmt(b, case=case, name=c.first),
                subject=fmt(s, case=case),
                direction="outbound",
            )
        elif ch == "social":
            text, _ = problem_text(fam, c, problems[i], "social")
            eid, case = add(fam, c, t, "social", "mention", text), ""
        else:
            eid, case = raise_problem(fam, c, t, problems[i], channel)
        c.truth.update(
            {
                "channel": channel,
                "booking": case or None,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(t),
                "problem_event_ids": [eid],
                "nps_given": i in nps,
                "csat_given": i in csat,
                "agent_fixed": i in good,
                "apologised": i in apologise,
            }
        )
        if i in nps:
            sc = rng.randint(1, 5)
            sid = add(
                fam,
                c,
                t + timedelta(minutes=rng.randint(100, 140)),
                "survey",
                "survey_response",
                rng.choice(["", "mal", "malissimo", "no"]) or None,
                scores={"nps": sc},
                attrs={"survey": "nps"},
            )
            c.truth.update({"nps": sc, "survey_event_id": sid})
        if i in csat:
            sc = rng.randint(1, 2)
            sid = add(
                fam,
                c,
                t + timedelta(minutes=rng.randint(40, 80)),
                "survey",
                "survey_response",
                rng.choice(["", "lento", "👎"]) or None,
                scores={"csat": sc},
                attrs={"survey": "csat"},
            )
            c.truth.update({"csat": sc, "survey_event_id": sid})
        if i in good:
            s, b = W.GOOD_NEWS[c.lang]
            add(
                fam,
                c,
                out_of_night(rng, t + timedelta(hours=hm(rng, 1, 4))),
                "email",
                "message",
                fmt(b, case=case, name=c.first),
                subject=fmt(s, case=case),
                direction="outbound",
            )
        if i in apologise:
            at = out_of_night(rng, t + timedelta(hours=hm(rng, 16, 24)))
            ach = rng.choice(["chat", "email"])
            aid = add(
                fam,
                c,
                at,
                ach,
                "chat" if ach == "chat" else "message",
                rng.choice(W.APOLOGY[c.lang]),
                subject=("RE: " + fmt(W.GOOD_NEWS[c.lang][0], case=case))
                if ach == "email"
                else None,
            )
            c.truth.update({"apology_at": iso(at), "apology_event_id": aid})
        days = [x for x in range(12) if x <= d - 2 or x >= d + 3]
        happy_days(fam, c, sorted(rng.sample(days, min(len(days), rng.randint(1, 5)))))
    for _ in range(8):
        c = person(fam, "happy", "control", [], [])
        happy_days(fam, c, sorted(rng.sample(range(12), rng.randint(4, 7))))


def later_contacts(
    fam: Fam,
    c: Cust,
    t: datetime,
    first_channel: str,
    case: str,
    problem: str,
    times: int,
    langs: list[str],
) -> tuple[list[str], str | None]:
    rng = fam.rng
    chans = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != first_channel]
    rng.shuffle(chans)
    ids: list[str] = []
    comp: str | None = None
    for k in range(1, times):
        lg = langs[k % len(langs)]
        t = out_of_night(rng, t + timedelta(hours=hm(rng, 4, 40)))
        ch = chans[k - 1]
        short = short_of(fam, c, problem, lg)
        if k == 2:
            comp = rng.choice(COMPETITORS)
            text = fmt(rng.choice(W.THIRD[lg]), case=case, comp=comp) + " " + short
        elif k == 3:
            text = fmt(rng.choice(W.FOURTH[lg]), case=case, short=short)
        else:
            text = fmt(rng.choice(W.STILL[lg]), case=case, short=short)
        if ch == "phone":
            text = speech(text, lg)
        kind = {
            "email": "message",
            "web": "ticket",
            "phone": "call",
            "chat": "chat",
            "social": "mention",
        }[ch]
        subj = fmt(W.CASE_OPENED[lg][0], case=case) if ch in ("email", "web") else None
        ids.append(
            add(
                fam,
                c,
                t,
                ch,
                kind,
                text,
                subject=subj,
                attrs={"page": "/contacto"} if ch == "web" else None,
            )
        )
        if ch == "chat":
            add(
                fam,
                c,
                t + timedelta(minutes=rng.randint(1, 4)),
                "chat",
                "chat",
                fmt(W.URGENT_CHAT[lg], case=case),
                direction="outbound",
            )
    return ids, comp


def repeat_contacts(fam: Fam) -> None:
    rng = fam.rng
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    rng.shuffle(firsts)
    counts = [2] * 4 + [3] * 4 + [4] * 4
    rng.shuffle(counts)
    quality = set(rng.sample(range(12), 6))
    for i in range(12):
        problem = rng.choice(W.PROBLEMS)
        c = person(
            fam,
            "repeat_contact",
            "repeats",
            ["repeat_contact"],
            TOL_REPEAT,
            problem=problem,
            contacts=counts[i],
        )
        happy_days(fam, c, [0] * rng.randint(1, 3), 7, 12)
        t = rmin(fam.at(rng.randint(1, 4), hm(rng, 8, 19)))
        eid, case = raise_problem(
            fam, c, t, problem, firsts[i], reply="quality" if i in quality else "case"
        )
        later, comp = later_contacts(fam, c, t, firsts[i], case, problem, counts[i], [c.lang])
        c.truth.update(
            {
                "booking": case,
                "channel": firsts[i],
                "trouble_starts_at": iso(t),
                "problem_event_ids": [eid, *later],
                "repeat_event_id": later[0],
                "competitor": comp,
                "agent_passed_on": i in quality,
                "channels": [firsts[i]] + [r.channel for r in fam.rows if r.eid in later],
            }
        )
    for _ in range(5):
        problem = rng.choice(W.PROBLEMS)
        c = person(fam, "resolved_between_contacts", "fixed", [], ["silence"], problem=problem)
        happy_days(fam, c, [0] * rng.randint(1, 2), 7, 12)
        ch = rng.choice(["web", "email", "chat"])
        t = rmin(fam.at(rng.randint(1, 3), hm(rng, 8, 18)))
        eid, case = raise_problem(fam, c, t, problem, ch)
        c.truth.update(
            {
                "booking": case,
                "trouble_starts_at": iso(t),
                "problems": [fix_and_confirm(fam, c, t, case, c.lang, problem, ch, eid)],
            }
        )
        happy_days(fam, c, [rng.randint(7, 9)])
    for _ in range(3):
        p1, p2 = rng.sample(list(W.PROBLEMS), 2)
        c = person(fam, "different_problems", "two problems", [], ["silence"])
        d1 = rng.randint(1, 2)
        fixed = []
        for p, d in ((p1, d1), (p2, d1 + rng.randint(4, 5))):
            ch = rng.choice(["web", "email", "chat"])
            t = rmin(fam.at(d, hm(rng, 8, 17)))
            eid, case = raise_problem(fam, c, t, p, ch)
            fixed.append(fix_and_confirm(fam, c, t, case, c.lang, p, ch, eid))
        c.truth.update({"problems": fixed, "trouble_starts_at": fixed[0]["raised_at"]})
    for _ in range(7):
        c = person(fam, "happy", "frequent writer", [], [])
        happy_days(
            fam,
            c,
            sorted(rng.sample(range(10), rng.randint(5, 8))),
            kinds=["chat", "chat", "email", "email", "phone", "praise", "purchase"],
        )


def slide(
    fam: Fam, c: Cust, d0: int, span: int, langs: list[str]
) -> tuple[list[str], str, datetime]:
    rng = fam.rng
    comp = rng.choice(COMPETITORS)
    ids: list[str] = []
    t = rmin(fam.at(d0, hm(rng, 8, 18)))
    first = t
    ratings = ["3", "3", "2", "2", "1", "1"]
    for k in range(6):
        lg = langs[k % len(langs)]
        if k:
            t = out_of_night(
                rng, max(t + timedelta(hours=1), rmin(fam.at(d0 + span * k / 5, hm(rng, 8, 19))))
            )
        text = fmt(W.SLIDE[lg][k], comp=comp)
        ch = rng.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                add(
                    fam,
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": ratings[k], "page": "/opiniones"},
                )
            )
        else:
            ids.append(add(fam, c, t, ch, "post", text))
    c.truth.update(
        {
            "slide_event_ids": ids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": iso(first),
        }
    )
    return ids, comp, t


def slow_churners(fam: Fam) -> None:
    rng = fam.rng
    spans = [3] + [5] * 5 + [9] * 4
    rng.shuffle(spans)
    nps = set(rng.sample(range(10), 5))
    for i in range(10):
        c = person(
            fam,
            "slow_churner",
            "slides",
            ["sentiment_drop", "detractor"] if i in nps else ["sentiment_drop"],
            ALL_RULES_SLIDE,
        )
        days = sorted(rng.sample(range(11), rng.randint(6, 8)))
        n_praise = rng.randint(4, 5)
        kinds = ["post"] * n_praise + [
            rng.choice(["chat", "purchase", "page", "email"]) for _ in range(len(days) - n_praise)
        ]
        rng.shuffle(kinds)
        for d, k in zip(days, kinds, strict=True):
            happy(fam, c, rmin(fam.at(d, hm(rng, 7, 19))), k)
        ids, _, _ = slide(fam, c, rng.randint(12, 16), spans[i], [c.lang])
        c.truth["nps_given"] = i in nps
        if i in nps:
            step4 = next(r.t for r in fam.rows if r.eid == ids[3])
            sc = rng.randint(1, 5)
            sid = add(
                fam,
                c,
                out_of_night(rng, step4 + timedelta(hours=hm(rng, 2.5, 3.5))),
                "survey",
                "survey_response",
                None,
                scores={"nps": sc},
                attrs={"survey": "nps"},
            )
            c.truth.update({"nps": sc, "survey_event_id": sid})
    for _ in range(5):
        c = person(fam, "slow_churner", "asks to cancel", ["churn_intent"], TOL_CANCEL)
        happy_days(fam, c, sorted(rng.sample(range(16), rng.randint(4, 6))))
        t = rmin(fam.at(rng.randint(17, 23), hm(rng, 8, 20)))
        s, body = rng.choice(W.CANCEL[c.lang])
        eid = add(fam, c, t, "email", "message", body, subject=s)
        s2, b2 = W.SORRY_GO[c.lang]
        add(
            fam,
            c,
            out_of_night(rng, t + timedelta(hours=hm(rng, 1, 5))),
            "email",
            "message",
            fmt(b2, name=c.first),
            subject=s2,
            direction="outbound",
        )
        ct = out_of_night(rng, t + timedelta(hours=hm(rng, 20, 30)))
        cid = add(
            fam,
            c,
            ct,
            "web",
            "cancellation",
            attrs={"page": "/app/cuenta/plan", "product": "Potalia Verde plan / Plan Verde"},
        )
        c.truth.update(
            {
                "churn_intent_event_id": eid,
                "cancellation_event_id": cid,
                "churn_at": iso(ct),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = person(fam, "happy", "steady", [], [])
        happy_days(fam, c, sorted(rng.sample(range(32), rng.randint(6, 10))))
    for _ in range(5):
        c = person(fam, "steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"])
        d = rng.randint(0, 4)
        ids = []
        texts = rng.sample(W.GRUMBLE[c.lang], min(len(W.GRUMBLE[c.lang]), rng.randint(5, 7)))
        for text in texts:
            t = rmin(fam.at(d, hm(rng, 8, 21)))
            ch = rng.choice(["social", "community", "web", "review"])
            if ch == "review":
                ids.append(
                    add(
                        fam,
                        c,
                        t,
                        "web",
                        "review",
                        text,
                        attrs={"rating": "3", "page": "/opiniones"},
                    )
                )
            elif ch == "web":
                ids.append(add(fam, c, t, "web", "ticket", text, attrs={"page": "/contacto"}))
            else:
                ids.append(add(fam, c, t, ch, "post", text))
            d += rng.randint(1, 3)
        happy_days(fam, c, sorted(rng.sample(range(30), rng.randint(0, 2))), kinds=["purchase"])
        c.truth.update(
            {
                "grumble_event_ids": ids,
                "trouble_starts_at": next(iso(r.t) for r in fam.rows if r.eid == ids[0]),
            }
        )
    for _ in range(5):
        c = person(fam, "happy_one_sarcastic_remark", "happy", [], ["silence"])
        happy_days(fam, c, sorted(rng.sample(range(17), rng.randint(3, 6))))
        t = rmin(fam.at(rng.randint(17, 28), hm(rng, 9, 20)))
        sid = add(
            fam, c, t, rng.choice(["social", "community"]), "post", rng.choice(W.SARCASM[c.lang])
        )
        c.truth.update({"sarcasm_event_id": sid})


def quiet_hours(fam: Fam) -> None:
    rng = fam.rng
    for _ in range(16):
        c = person(fam, "happy", "day writer", [], [])
        happy_days(
            fam, c, sorted(rng.sample(range(3), rng.randint(1, 3))), 7, 17.5, kinds=DAY_KINDS
        )
    for i in range(4):
        c = person(fam, "grumbles_once", "grumbles once", [], ["silence"])
        t = rmin(fam.at(rng.randint(0, 2), hm(rng, 9, 16)))
        happy(fam, c, t, rng.choice(["page", "purchase"]))
        t2 = t + timedelta(minutes=rng.randint(20, 30))
        lg = c.lang
        q, a = rng.choice(W.MILD[lg])
        if i < 2:
            gid = add(fam, c, t2, "chat", "chat", q)
            add(
                fam,
                c,
                t2 + timedelta(minutes=rng.randint(1, 5)),
                "chat",
                "chat",
                a,
                direction="outbound",
            )
        else:
            gid = add(fam, c, t2, "web", "ticket", q, subject=None, attrs={"page": "/contacto"})
            s, b = W.FORM_ACK[lg]
            add(
                fam,
                c,
                t2 + timedelta(minutes=rng.randint(60, 180)),
                "email",
                "message",
                fmt(b, name=c.first),
                subject=s,
                direction="outbound",
            )
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(t2)})
    owl = 0
    for night in range(3):
        b0 = rmin(fam.at(night + 1, hm(rng, 0.67, 1.08)))
        starts = [
            b0,
            b0 + timedelta(minutes=rng.randint(28, 33)),
            b0 + timedelta(minutes=rng.randint(55, 65)),
        ]
        for b, bs in enumerate(starts):
            for _ in range(4):
                owl += 1
                c = person(fam, "night_owl", f"night {night + 1}, burst {b + 1}", [], [])
                t = bs + timedelta(minutes=rng.randint(0, 9))
                if rng.random() < 0.5:
                    q, a = rng.choice(W.NIGHT_CHAT[c.lang])
                    nid = add(fam, c, t, "chat", "chat", q)
                    add(
                        fam,
                        c,
                        t + timedelta(minutes=rng.randint(1, 4)),
                        "chat",
                        "chat",
                        a,
                        direction="outbound",
                    )
                    add(
                        fam,
                        c,
                        t + timedelta(minutes=rng.randint(5, 8)),
                        "chat",
                        "chat",
                        rng.choice(W.CHAT_THANKS[c.lang]),
                    )
                else:
                    nid = add(
                        fam,
                        c,
                        t,
                        rng.choice(["community", "social"]),
                        "post",
                        rng.choice(W.NIGHT_POST[c.lang]),
                    )
                c.truth.update({"burst_at": iso(bs), "night_event_id": nid})
                if owl % 2 == 0:
                    happy_days(
                        fam,
                        c,
                        [rng.randint(0, 2)],
                        9,
                        17.5,
                        ["praise", "purchase", "page", "review"],
                    )


PAIRS = [
    ("es", "it"),
    ("it", "es"),
    ("es", "it"),
    ("it", "es"),
    ("es", "en"),
    ("it", "de"),
    ("es", "de"),
    ("it", "en"),
    ("es", "fr"),
    ("it", "fr"),
    ("de", "it"),
    ("en", "es"),
    ("fr", "it"),
    ("pt", "es"),
    ("es", "pt"),
    ("it", "pt"),
    ("de", "es"),
    ("fr", "es"),
    ("en", "it"),
    ("es", "it"),
    ("it", "es"),
    ("es", "en"),
    ("it", "de"),
    ("pt", "it"),
    ("de", "fr"),
    ("es", "it"),
    ("it", "es"),
]
PAIR_MARKET = {
    "es": ["ES"],
    "it": ["IT", "CH"],
    "de": ["DE", "CH", "AT"],
    "en": ["UK", "IE"],
    "fr": ["FR", "BE", "CH", "LU"],
    "pt": ["PT"],
}
SECOND_WHY = {
    "es": "works for a Spanish firm",
    "it": "grew up in Italy",
    "de": "studied in Germany",
    "en": "works in English at an airline",
    "fr": "partner is French",
    "pt": "family in Portugal",
}


def bilingual(fam: Fam) -> None:
    rng = fam.rng
    pairs = list(PAIRS)
    rng.shuffle(pairs)
    # the long German e-mail needs de as the second language
    de_idx = next(i for i, p in enumerate(pairs) if p[1] == "de")
    pairs.insert(22, pairs.pop(de_idx))

    def bp(
        i: int, persona: str, habit: str, exp: list[str], tol: list[str]
    ) -> tuple[Cust, list[str]]:
        a, b = pairs[i]
        market = rng.choice(
            [m for m in PAIR_MARKET[a] + PAIR_MARKET[b] if m in MARKETS[a] or m in MARKETS[b]]
        )
        c = person(
            fam,
            persona,
            habit,
            exp,
            tol,
            lang=a,
            market=market,
            languages=[a, b],
            job_second_language=SECOND_WHY[b],
        )
        return c, [a, b]

    i = 0
    for _ in range(12):
        c, lg = bp(i, "happy", "alternates languages", [], [])
        i += 1
        for k, d in enumerate(sorted(rng.sample(range(14), rng.randint(5, 8)))):
            happy(fam, c, rmin(fam.at(d, hm(rng, 7, 19))), rng.choice(NOSURVEY), lang=lg[k % 2])
    counts = [2, 2, 3, 3, 4]
    for n in counts:
        c, lg = bp(i, "repeat_contact", "repeats", ["repeat_contact"], TOL_REPEAT)
        i += 1
        for d in sorted(rng.sample([0, 1], rng.randint(1, 2))):
            happy(fam, c, rmin(fam.at(d, hm(rng, 8, 18))), rng.choice(NOSURVEY))
        problem = rng.choice(W.PROBLEMS)
        t = rmin(fam.at(rng.randint(2, 5), hm(rng, 8, 18)))
        ch = rng.choice(["web", "email", "chat"])
        eid, case = raise_problem(fam, c, t, problem, ch, reply="quality" if n >= 3 else "case")
        later, comp = later_contacts(fam, c, t, ch, case, problem, n, lg)
        c.truth.update(
            {
                "problem": problem,
                "booking": case,
                "contacts": n,
                "trouble_starts_at": iso(t),
                "problem_event_ids": [eid, *later],
                "repeat_event_id": later[0],
                "competitor": comp,
                "agent_passed_on": n >= 3,
            }
        )
    for _ in range(5):
        c, lg = bp(i, "slow_churner", "slides", ["sentiment_drop"], ALL_RULES_SLIDE)
        i += 1
        days = sorted(rng.sample(range(6), 5))
        for k, d in enumerate(days):
            happy(fam, c, rmin(fam.at(d, hm(rng, 7, 12))), "post", lang=lg[k % 2])
        for k, d in enumerate(sorted(rng.sample(range(6), rng.randint(1, 3)))):
            happy(
                fam,
                c,
                rmin(fam.at(d, hm(rng, 13, 19))),
                rng.choice(["chat", "purchase", "page"]),
                lang=lg[(k + 1) % 2],
            )
        slide(fam, c, rng.randint(7, 8), rng.randint(3, 5), lg)
    for ch in ["long", "email", "chat"]:
        c, lg = bp(i, "happy_one_bad_day", "one bad day", [], ["silence"])
        i += 1
        second = lg[1]
        problem = rng.choice(W.PROBLEMS)
        d = rng.randint(5, 9)
        t = rmin(fam.at(d, hm(rng, 9, 19)))
        if ch == "long":
            case = case_ref(fam)
            core = fmt(rng.choice(W.CORE[problem]["de"]), amt=money(W.AMOUNT[problem], c.market))
            eid = add(
                fam,
                c,
                t,
                "email",
                "message",
                fmt(W.LONG_EMAIL["de"][0], core=core, name=c.first),
                subject=fmt(W.COMPLAINT_SUBJ["de"], topic=W.TOPIC[problem]["de"]),
            )
            s, b = W.CASE_OPENED["de"]
            add(
                fam,
                c,
                t + timedelta(minutes=rng.randint(10, 40)),
                "email",
                "message",
                fmt(b, case=case, name=c.first),
                subject=fmt(s, case=case),
                direction="outbound",
            )
        else:
            eid, case = raise_problem(fam, c, t, problem, ch, lang=second)
        if ch != "chat":
            s, b = W.GOOD_NEWS[second]
            add(
                fam,
                c,
                out_of_night(rng, t + timedelta(hours=hm(rng, 1, 4))),
                "email",
                "message",
                fmt(b, case=case, name=c.first),
                subject=fmt(s, case=case),
                direction="outbound",
            )
        apology = None
        if ch == "email":
            at = out_of_night(rng, t + timedelta(hours=hm(rng, 18, 24)))
            apology = add(fam, c, at, "chat", "chat", rng.choice(W.APOLOGY[second]))
        days = [x for x in range(14) if x <= d - 2 or x >= d + 3]
        for j, dd in enumerate(sorted(rng.sample(days, rng.randint(3, 5)))):
            happy(fam, c, rmin(fam.at(dd, hm(rng, 8, 19))), rng.choice(NOSURVEY), lang=lg[j % 2])
        c.truth.update(
            {
                "problem": problem,
                "booking": case,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "bad_day_language": second,
                "long_email": ch == "long",
                "trouble_starts_at": iso(t),
                "apologised": apology is not None,
                "apology_event_id": apology,
            }
        )
    for _ in range(2):
        c, lg = bp(i, "resolved_between_contacts", "fixed", [], ["silence"])
        i += 1
        problem = rng.choice(W.PROBLEMS)
        happy(fam, c, rmin(fam.at(rng.randint(0, 2), hm(rng, 8, 18))), "praise")
        t = rmin(fam.at(rng.randint(3, 6), hm(rng, 8, 17)))
        eid, case = raise_problem(fam, c, t, problem, "web")
        fx = fix_and_confirm(fam, c, t, case, lg[1], problem, "web", eid)
        c.truth.update(
            {
                "problem": problem,
                "booking": case,
                "problems": [fx],
                "trouble_starts_at": iso(t),
                "confirm_language": lg[1],
            }
        )
        happy(fam, c, rmin(fam.at(rng.randint(11, 13), hm(rng, 8, 18))), "purchase")


ACCOUNTS: list[tuple[str, str, str, str, str, str | None, int, int]] = [
    # (market, lang, company, site, kind, problem, contacts, unhappy)
    (
        "ES",
        "es",
        "Comunidad de Propietarios Jardines del Canal",
        "residential",
        "at_risk",
        "invoice",
        6,
        4,
    ),
    ("ES", "es", "Campus Universitario Ribera Alta", "university", "at_risk", "overbilled", 5, 4),
    ("IT", "it", "Hotel Villa Glicine", "hotel", "at_risk", "portal", 4, 3),
    ("IT", "it", "Istituto Comprensivo Pascoli Nord", "school", "at_risk", "service_blocked", 5, 3),
    ("DE", "de", "Gemeinde Oberaufeld", "municipality", "at_risk", "invoice", 6, 3),
    ("IT", "it", "Camping Pineta Azzurra", "campsite", "one_unhappy", "service_blocked", 3, 1),
    ("ES", "es", "Hospital Comarcal Vega Baja Norte", "hospital", "one_unhappy", "portal", 3, 1),
    (
        "FR",
        "fr",
        "Parc d'activités des Tilleuls",
        "business_park",
        "one_unhappy",
        "overbilled",
        3,
        1,
    ),
    ("UK", "en", "Meadowgate Housing Association", "housing", "one_unhappy", "invoice", 3, 1),
    ("IT", "it", "Condominio Parco dei Cedri", "residential", "mild", None, 4, 0),
    ("DE", "de", "Landhotel Am Lindenhof", "hotel", "mild", None, 3, 0),
    ("ES", "es", "Club de Golf Los Alcornoques", "golf", "mild", None, 4, 0),
    ("PT", "pt", "Hotel Quinta das Camélias", "hotel", "happy", None, 3, 0),
    ("IT", "it", "Comune di Valdalpe", "municipality", "happy", None, 3, 0),
    ("ES", "es", "Colegio Santa Brígida del Monte", "school", "happy", None, 4, 0),
]
TITLES = [
    "Facilities manager",
    "Property administrator",
    "Purchasing officer",
    "Accounts payable",
    "Grounds supervisor",
    "Head of operations",
    "Site manager",
    "Finance assistant",
]


def b2b_routine(fam: Fam, c: Cust, t: datetime, allow_survey: bool) -> None:
    rng = fam.rng
    k = rng.choice(
        ["chat", "purchase", "page", "praise", "survey"]
        if allow_survey
        else ["chat", "purchase", "page"]
    )
    lg = c.lang
    if k == "chat":
        q, a = rng.choice(B.B2B_CHAT_Q[lg])
        add(fam, c, t, "chat", "chat", q)
        t2 = t + timedelta(minutes=rng.randint(1, 6))
        add(fam, c, t2, "chat", "chat", a, direction="outbound")
        if rng.random() < 0.6:
            add(fam, c, t2 + timedelta(minutes=rng.randint(1, 3)), "chat", "chat", B.B2B_THANKS[lg])
    elif k == "purchase":
        name, price = rng.choice(B.B2B_PRODUCTS)
        cur, rate = currency(c.market)
        add(fam, c, t, "web", "page_view", attrs={"page": "/pro/portal/ordenes"})
        add(
            fam,
            c,
            t + timedelta(minutes=rng.randint(3, 12)),
            "web",
            "purchase",
            attrs={
                "order_value": f"{price * rate:.2f}",
                "currency": cur,
                "product": name,
                "page": "/pro/portal/nueva-orden",
            },
        )
    elif k == "page":
        add(
            fam,
            c,
            t,
            "web",
            "page_view",
            attrs={
                "page": rng.choice(["/pro/portal", "/pro/portal/facturas", "/pro/portal/sedes"])
            },
        )
    elif k == "praise":
        add(fam, c, t, "community", "post", rng.choice(B.B2B_PRAISE[lg]))
    else:
        which = rng.choice(["nps", "csat", "ces"])
        score = {"nps": rng.randint(9, 10), "csat": rng.randint(4, 5), "ces": rng.randint(6, 7)}[
            which
        ]
        add(
            fam,
            c,
            t,
            "survey",
            "survey_response",
            None,
            scores={which: score},
            attrs={"survey": which},
        )


def weekday_time(fam: Fam, days: list[int], lo: float = 8.0, hi: float = 16.5) -> datetime:
    rng = fam.rng
    while True:
        d = rng.choice(days)
        t = rmin(fam.at(d, hm(rng, lo, hi)))
        if t.weekday() < 5:
            return t


def b2b_accounts(fam: Fam) -> None:
    rng = fam.rng
    last_email_done: list[bool] = []
    for market, lang, company, site, kind, problem, n, unhappy in ACCOUNTS:
        while True:
            acc = f"PTP-{market}-{rng.randint(1000, 9999)}"
            if unique("a" + acc):
                break
        domain = ascii_slug(company)[:18] + ".example"
        firsts: set[str] = set()
        contacts: list[Cust] = []
        unhappy_keys: list[str] = []
        acct: dict[str, Any] = {
            "company": company,
            "site": site,
            "contacts": n,
            "kind": kind,
            "language": lang,
            "country": market,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": None,
        }
        roles = ["complainer"] * unhappy + (["suggests"] * 2 if kind == "mild" else [])
        roles += ["contact"] * (n - len(roles))
        case = case_ref(fam) if kind in ("at_risk", "one_unhappy") else ""
        t = rmin(fam.at(2, hm(rng, 8.5, 11)))  # Wednesday 14 October
        first_name = ""
        first_t = t
        for idx, role in enumerate(roles):
            title = rng.choice(TITLES)
            last = role == "complainer" and kind == "at_risk" and idx == unhappy - 1
            if role == "contact":
                c = person(
                    fam,
                    "b2b_happy",
                    "contact",
                    [],
                    [],
                    lang=lang,
                    market=market,
                    account=acc,
                    domain=domain,
                    firsts_taken=firsts,
                    company=company,
                    role="contact",
                    job_title=title,
                )
                for _ in range(rng.randint(2, 5)):
                    b2b_routine(fam, c, weekday_time(fam, list(range(14))), True)
                contacts.append(c)
                continue
            if role == "suggests":
                c = person(
                    fam,
                    "b2b_mild",
                    "suggests",
                    [],
                    ["silence"],
                    lang=lang,
                    market=market,
                    account=acc,
                    domain=domain,
                    firsts_taken=firsts,
                    company=company,
                    role="suggests",
                    job_title=title,
                )
                for _ in range(rng.randint(0, 2)):
                    b2b_routine(fam, c, weekday_time(fam, [0, 1]), False)
                st = weekday_time(fam, list(range(2, 10)), 8, 16)
                mid = add(
                    fam,
                    c,
                    st,
                    "web",
                    "ticket",
                    B.B2B_MILD[lang][idx - unhappy],
                    subject=None,
                    attrs={"page": "/pro/contacto"},
                )
                s, b = B.B2B_MILD_ACK[lang]
                add(
                    fam,
                    c,
                    office(rng, st + timedelta(minutes=rng.randint(30, 150))),
                    "email",
                    "message",
                    fmt(b, name=c.first),
                    subject=s,
                    direction="outbound",
                )
                c.truth.update({"mild_event_id": mid, "trouble_starts_at": iso(st)})
                contacts.append(c)
                continue
            if kind == "at_risk":
                exp = ["repeat_contact"] if last else ["detractor"]
                c = person(
                    fam,
                    "b2b_unhappy",
                    "complainer",
                    exp,
                    [r for r in TOL_B2B_UNHAPPY if r not in exp],
                    lang=lang,
                    market=market,
                    account=acc,
                    domain=domain,
                    firsts_taken=firsts,
                    company=company,
                    role="complainer",
                    job_title=title,
                    problem=problem,
                )
            else:
                c = person(
                    fam,
                    "b2b_one_unhappy",
                    "complainer",
                    ["detractor"],
                    ["sentiment_drop", "high_value_at_risk", "silence"],
                    lang=lang,
                    market=market,
                    account=acc,
                    domain=domain,
                    firsts_taken=firsts,
                    company=company,
                    role="complainer",
                    job_title=title,
                    problem=problem,
                )
                t = office(rng, rmin(fam.at(rng.randint(3, 7), hm(rng, 8.5, 16))))
            for _ in range(rng.randint(0, 2)):
                b2b_routine(fam, c, weekday_time(fam, [0, 1]), False)
            assert problem is not None
            core = B.B2B_CORE[problem][lang]
            subj = fmt(W.COMPLAINT_SUBJ[lang], topic=B.B2B_TOPIC[problem][lang])
            if not first_name:
                text = f"{rng.choice(W.GREET[lang])}\n\n{core}\n\n{c.first} {c.last}\n{title}, {company}"
                first_name, first_t = c.first, t
                acct["trouble_starts_at"] = iso(t) if kind == "at_risk" else None
            else:
                wd = (
                    B.THIS_MORNING[lang]
                    if t.date() == first_t.date()
                    else W.WEEKDAYS[lang][first_t.weekday()]
                )
                text = (
                    fmt(B.B2B_LATER[lang], first=first_name, wd=wd, case=case, core=core)
                    + f"\n\n{c.first} {c.last}\n{title}, {company}"
                )
                subj = fmt(B.B2B_ACK[lang][0], case=case)
            eid = add(fam, c, t, "email", "message", text, subject=subj)
            ids = [eid]
            if eid and (idx == 0):
                s, b = B.B2B_ACK[lang]
                add(
                    fam,
                    c,
                    office(rng, t + timedelta(minutes=rng.randint(20, 90))),
                    "email",
                    "message",
                    fmt(b, case=case, name=c.first),
                    subject=fmt(s, case=case),
                    direction="outbound",
                )
            if not last:
                sc = rng.randint(1, 5)
                sid = add(
                    fam,
                    c,
                    office(rng, t + timedelta(hours=hm(rng, 1, 3))),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": sc},
                    attrs={"survey": "nps"},
                )
                c.truth.update({"nps": sc, "survey_event_id": sid, "nps_given": True})
            else:
                t2 = office(rng, t + timedelta(hours=hm(rng, 18, 40)))
                comp: str | None = None
                if not last_email_done:
                    comp = rng.choice(COMPETITORS)
                    s, b = B.B2B_LAST_EMAIL[lang]
                    rid = add(
                        fam,
                        c,
                        t2,
                        "email",
                        "message",
                        fmt(b, case=case, comp=comp),
                        subject=fmt(s, case=case),
                    )
                    last_email_done.append(True)
                else:
                    rid = add(fam, c, t2, "phone", "call", fmt(B.B2B_LAST_CALL[lang], case=case))
                ids.append(rid)
                c.truth.update({"repeat_event_id": rid, "competitor": comp})
            c.truth.update(
                {"complaint_event_ids": ids, "trouble_starts_at": iso(t), "booking": case}
            )
            unhappy_keys.append(c.key)
            contacts.append(c)
            t = office(rng, t + timedelta(hours=hm(rng, 8, 28)))
        acct.update(
            {
                "contact_keys": [c.key for c in contacts],
                "unhappy_contacts": len(unhappy_keys) if kind != "mild" else 0,
                "unhappy_contact_keys": unhappy_keys,
            }
        )
        fam.accounts[acc] = acct


def topic_spike(fam: Fam) -> None:
    rng = fam.rng
    for _ in range(40):
        c = person(fam, "happy", "day writer", [], [])
        for d in sorted(rng.sample(range(6), rng.randint(1, 4))):
            lo, hi = (12.0, 19.0) if d == 5 else (7.0, 19.0)
            happy(fam, c, rmin(fam.at(d, hm(rng, lo, hi))), rng.choice(DAY_KINDS))
    for lg in ("es", "it"):
        c = person(fam, "grumbles_once", "grumbles once", [], ["silence"], lang=lg)
        q, a = W.SLOW_MAP[lg]
        t = rmin(fam.at(0, hm(rng, 9, 17)))
        gid = add(fam, c, t, "chat", "chat", q)
        add(
            fam,
            c,
            t + timedelta(minutes=rng.randint(1, 5)),
            "chat",
            "chat",
            a,
            direction="outbound",
        )
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(t)})
    for lg, hour in (("es", 9 + 40 / 60), ("it", 16 + 5 / 60)):
        c = person(fam, "grumbles_once", "lone question", [], ["silence"], lang=lg)
        q, a = W.LONE_Q[lg]
        t = rmin(fam.at(2, hour))
        lid = add(fam, c, t, "chat", "chat", q)
        add(
            fam,
            c,
            t + timedelta(minutes=rng.randint(2, 6)),
            "chat",
            "chat",
            a,
            direction="outbound",
        )
        c.truth.update({"lone_report_event_id": lid, "trouble_starts_at": iso(t)})
    langs = ["es"] * 6 + ["it"] * 6 + ["de", "de", "en", "en", "fr", "fr", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(langs)
    rng.shuffle(chans)
    regular = set(rng.sample(range(20), 12))
    offsets = sorted([0, 45, *rng.sample(range(1, 45), 18)])
    early = [i for i in range(20) if offsets[i] <= 25]
    repeaters = set(rng.sample(early, 6))
    rep_chans = ["email", "email", "chat", "chat", "community", "community"]
    rng.shuffle(rep_chans)
    fixed = set(rng.sample([i for i in range(20) if i not in repeaters], 6))
    keys, firsts, repeats = [], [], []
    used_text: dict[str, int] = {}
    used_repeat: dict[str, int] = {}
    for i in range(20):
        lg = langs[i]
        rep = i in repeaters
        c = person(
            fam,
            "spike_repeater" if rep else "spike_reporter",
            "regular" if i in regular else "new",
            ["repeat_contact"] if rep else [],
            ["sentiment_drop", "silence"] if rep else ["silence"],
            lang=lg,
            in_spike=True,
            regular=i in regular,
        )
        if i in regular:
            for _ in range(rng.randint(1, 3)):
                happy(fam, c, rmin(fam.at(0, hm(rng, 8, 17.5))), rng.choice(NOSURVEY))
        t = fam.at(3, 7 + 50 / 60) + timedelta(minutes=offsets[i])
        pool = W.SPIKE_REPORT[lg]
        n = used_text.get(lg, 0)
        used_text[lg] = n + 1
        text = pool[n % len(pool)]
        ch = chans[i]
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        subj = (
            {
                "es": "Plano del jardín al revés",
                "it": "Mappa del giardino al contrario",
                "de": "Gartenplan gespiegelt",
                "en": "Garden plan mirrored",
                "fr": "Plan du jardin inversé",
                "pt": "Planta do jardim ao contrário",
            }[lg]
            if ch in ("email", "web")
            else None
        )
        eid = add(
            fam,
            c,
            t,
            ch,
            kind,
            text,
            subject=subj,
            attrs={"page": "/app/jardin"} if ch == "web" else None,
        )
        if ch == "chat":
            add(
                fam,
                c,
                t + timedelta(minutes=rng.randint(1, 4)),
                "chat",
                "chat",
                W.SPIKE_CHAT_ANSWER[lg],
                direction="outbound",
            )
        keys.append(c.key)
        firsts.append(eid)
        c.truth.update({"spike_event_id": eid, "spike_channel": ch, "trouble_starts_at": iso(t)})
        if rep:
            rch = rep_chans.pop()
            if rch == ch:
                rch = "email" if ch != "email" else "chat"
            t2 = t + timedelta(minutes=rng.randint(15, 50))
            rtext = W.SPIKE_REPEAT[lg][used_repeat.get(lg, 0) % len(W.SPIKE_REPEAT[lg])]
            used_repeat[lg] = used_repeat.get(lg, 0) + 1
            rid = add(
                fam,
                c,
                t2,
                rch,
                {"email": "message", "chat": "chat", "community": "post"}[rch],
                rtext,
                subject=("RE: " + subj)
                if rch == "email" and subj
                else (subj if rch == "email" else None),
            )
            if rch == "chat":
                add(
                    fam,
                    c,
                    t2 + timedelta(minutes=rng.randint(1, 3)),
                    "chat",
                    "chat",
                    W.SPIKE_CHAT_ANSWER[lg],
                    direction="outbound",
                )
            repeats.append(rid)
            c.truth.update({"repeat_event_id": rid})
        if i in fixed:
            local = "10:20" if c.market in ("UK", "IE", "PT") else "11:20"
            amt = {"UK": "£13", "CH": "CHF 14"}.get(c.market, "€15" if c.market == "IE" else "15 €")
            s, b = W.SPIKE_FIXED[lg]
            add(
                fam,
                c,
                rmin(fam.at(3, hm(rng, 10.8, 10.95))),
                "email",
                "message",
                fmt(b, name=c.first, t=local, amt=amt),
                subject=s,
                direction="outbound",
            )
        c.truth["agent_fixed"] = i in fixed
    fam.spike = {
        "topic": f"tree-care app garden plans shown mirrored (trees on the wrong side of the garden) so the day's work orders point crews at the wrong trees and hedges, banner error {W.SPIKE_CODE}",
        "about": "Thursday 19 November 2026, 07:50-08:35 UTC: 20 customers report the mirrored garden plan in six languages on five channels",
        "channel": None,
        "start": iso(fam.at(3, 7 + 50 / 60)),
        "end": iso(fam.at(3, 8 + 35 / 60)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": firsts,
        "repeat_event_ids": repeats,
    }


# --- rendering ------------------------------------------------------------------------


def render(fam: Fam) -> tuple[str, str]:
    rows = sorted(fam.rows, key=lambda r: (r.t, r.eid))
    seen: set[str] = set()
    r = random.Random(SEED * 100 + 90 + fam.n)
    lines = []
    for row in rows:
        c = row.cust
        full = {
            "customer_id": c.key,
            "email": c.email,
            "phone": c.phone,
            "handle": c.handle,
            "account_id": c.account,
        }
        if row.direction == "outbound" or c.key not in seen:
            ident = dict(full)
            if row.direction == "inbound":
                seen.add(c.key)
        else:
            ident = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            if row.channel == "phone":
                p = c.phone
                if r.random() < 0.5:
                    cc = {
                        "ES": 3,
                        "IT": 3,
                        "DE": 3,
                        "AT": 3,
                        "CH": 3,
                        "UK": 3,
                        "IE": 4,
                        "FR": 3,
                        "BE": 3,
                        "LU": 4,
                        "PT": 4,
                    }[c.market]
                    p = p[:cc] + " " + p[cc:]
                ident["phone"] = p
            elif row.channel in ("social", "community"):
                if c.handle:
                    ident["handle"] = c.handle if r.random() >= 0.2 else c.handle.lstrip("@")
                else:
                    ident["email"] = c.email
            elif row.channel == "email":
                ident["email"] = c.email.upper() if r.random() < 1 / 12 else c.email
            else:
                ident["customer_id"] = c.key
        rec = {
            "event_id": row.eid,
            "occurred_at": iso(row.t),
            "channel": row.channel,
            "kind": row.kind,
            "direction": row.direction,
            "customer": ident,
            "text": row.text,
            "subject": row.subject,
            "scores": row.scores,
            "source": SOURCES[row.channel],
            "attributes": row.attrs,
        }
        lines.append(json.dumps(rec, ensure_ascii=False))
    start = fam.start
    end = max(start + timedelta(days=fam.days), rows[-1].t + timedelta(hours=1))
    expected: dict[str, int] = {}
    for c in fam.custs:
        for rule in c.truth["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    for a in fam.accounts.values():
        for rule in a["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    if fam.spike:
        expected["topic_spike"] = expected.get("topic_spike", 0) + 1
    if expected != fam.planted:
        raise SystemExit(
            f"{fam.name}: expected counts {expected} differ from the planted {fam.planted}"
        )
    for c in fam.custs:
        if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
            raise SystemExit(f"{fam.name}: {c.key} both expects and tolerates a rule")
        if not any(row.cust is c and row.direction == "inbound" for row in rows):
            raise SystemExit(f"{fam.name}: {c.key} has no inbound touchpoint")
    if rows[0].t < start or end >= datetime(2026, 11, 25, tzinfo=UTC):
        raise SystemExit(f"{fam.name}: a touchpoint outside the family's window")
    truth = {
        "config": {
            "family": fam.name,
            "about": fam.about,
            "business": BUSINESS,
            "days": fam.days,
            "seed": SEED,
            "written": "2026-12-03, by hand, blind (heldout71)",
            "expected": dict(sorted(expected.items())),
        },
        "start": iso(start),
        "end": iso(end),
        "customers": {c.key: c.truth for c in fam.custs},
        "accounts": fam.accounts,
        "spike": fam.spike,
        "journey": {},
        "expectations": {},
    }
    return "\n".join(lines) + "\n", json.dumps(
        truth, ensure_ascii=False, indent=1, sort_keys=True
    ) + "\n"


FAMILIES = [
    (
        "happy_writers",
        "HW",
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        "happy daytime and night writers and survey-only customers",
        {},
        happy_writers,
    ),
    (
        "one_bad_day",
        "BD",
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        "happy customers with one angry moment; six give a detractor NPS",
        {"detractor": 6},
        one_bad_day,
    ),
    (
        "repeat_contacts",
        "RC",
        datetime(2026, 6, 1, tzinfo=UTC),
        10,
        "one open problem raised two to four times; fixed cases; two different problems; frequent writers",
        {"repeat_contact": 12},
        repeat_contacts,
    ),
    (
        "slow_churners",
        "SC",
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
        "six-step slides, leavers who cancel, steady, steadily grumpy and sarcastic customers",
        {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
        slow_churners,
    ),
    (
        "quiet_hours",
        "QH",
        datetime(2026, 8, 28, tzinfo=UTC),
        3,
        "a calm summer weekend with night-owl bursts and four mild grumbles",
        {},
        quiet_hours,
    ),
    (
        "bilingual",
        "BL",
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
        "customers writing in two languages: happy, repeat contacts, slides, bad days, fixed",
        {"repeat_contact": 5, "sentiment_drop": 5},
        bilingual,
    ),
    (
        "b2b_accounts",
        "BB",
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
        "Potalia Pro accounts: five at risk, four with one unhappy contact, three mild, three happy",
        {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
        b2b_accounts,
    ),
    (
        "topic_spike",
        "TS",
        datetime(2026, 11, 16, tzinfo=UTC),
        7,
        "a calm week and one planted incident on Thursday 19 November",
        {"topic_spike": 1, "repeat_contact": 6},
        topic_spike,
    ),
]


def main() -> None:
    for n, (name, code, start, days, about, planted, build) in enumerate(FAMILIES, start=1):
        fam = Fam(name, code, n, start, days, about, planted)
        build(fam)
        jsonl, truth = render(fam)
        (HERE / f"{name}.jsonl").write_text(jsonl, "utf-8")
        (HERE / f"{name}.truth.json").write_text(truth, "utf-8")
        print(
            f"{name}: {len(fam.custs)} customers, {len(fam.rows)} touchpoints, {sum(r.direction == 'outbound' for r in fam.rows)} replies"
        )


if __name__ == "__main__":
    main()
