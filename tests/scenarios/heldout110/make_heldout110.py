# ruff: noqa: E501
"""Write tests/scenarios/heldout110/: hand-written alert scenarios, report only, blind.

The business is Atrivo, building (condominium) management by app and web, with
a business arm, Atrivo Pro, on account. Each family's stories are decided here
persona by persona before any word is drawn from wording.py (households and the
spike) or wording_b2b.py (the business arm). Standard library only; two runs
give the same bytes. Run: python make_heldout110.py (from anywhere).
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402
import wording_b2b as B  # noqa: E402

SEED = 20261114
TAG = "at110"
BRAND = W.BRAND
COMPETITORS = ("Scalaria", "Verwalto")
LIMIT = datetime(2026, 12, 1, tzinfo=UTC)
WRITTEN = "2026-12-05, blind, by a helper session (house rules helper_rules_author110)"

LANG_WEIGHTS = {"pt": 30, "it": 30, "en": 10, "de": 10, "fr": 10, "es": 10}
MARKETS: dict[str, list[tuple[str, int]]] = {
    "pt": [("PT", 1)],
    "it": [("IT", 85), ("CH", 15)],
    "en": [("UK", 65), ("IE", 35)],
    "de": [("DE", 60), ("AT", 25), ("CH", 15)],
    "fr": [("FR", 70), ("BE", 20), ("LU", 5), ("CH", 5)],
    "es": [("ES", 1)],
}
TOWNS: dict[str, list[str]] = {
    "PT": [
        "Lisboa",
        "Porto",
        "Braga",
        "Coimbra",
        "Setúbal",
        "Aveiro",
        "Almada",
        "Matosinhos",
        "Faro",
    ],
    "IT": [
        "Milano",
        "Torino",
        "Bologna",
        "Roma",
        "Genova",
        "Verona",
        "Firenze",
        "Bergamo",
        "Padova",
    ],
    "CH-it": ["Lugano", "Bellinzona"],
    "CH-de": ["Zürich", "Basel"],
    "CH-fr": ["Genève", "Lausanne"],
    "UK": ["London", "Manchester", "Bristol", "Leeds"],
    "IE": ["Dublin", "Cork"],
    "DE": ["Berlin", "Hamburg", "München", "Köln", "Leipzig"],
    "AT": ["Wien", "Graz"],
    "FR": ["Lyon", "Paris", "Lille", "Nantes"],
    "BE": ["Bruxelles", "Liège"],
    "LU": ["Luxembourg"],
    "ES": ["Madrid", "Barcelona", "Valencia", "Sevilla"],
}
FIRST_NAMES: dict[str, list[str]] = {
    "pt": [
        "Ana",
        "Beatriz",
        "Inês",
        "Joana",
        "Mariana",
        "Rita",
        "Sofia",
        "Carla",
        "Helena",
        "Teresa",
        "Filipa",
        "Marta",
        "João",
        "Pedro",
        "Rui",
        "Tiago",
        "Miguel",
        "Nuno",
        "Luís",
        "Paulo",
        "Ricardo",
        "André",
        "Bruno",
        "Diogo",
    ],
    "it": [
        "Giulia",
        "Francesca",
        "Chiara",
        "Sara",
        "Martina",
        "Elena",
        "Valentina",
        "Federica",
        "Silvia",
        "Paola",
        "Laura",
        "Alessia",
        "Marco",
        "Luca",
        "Andrea",
        "Matteo",
        "Davide",
        "Simone",
        "Stefano",
        "Paolo",
        "Giorgio",
        "Roberto",
        "Fabio",
        "Lorenzo",
    ],
    "en": [
        "Emma",
        "Olivia",
        "Sophie",
        "Chloe",
        "Lucy",
        "Grace",
        "James",
        "Tom",
        "Daniel",
        "Liam",
        "Ben",
        "Sean",
    ],
    "de": [
        "Anna",
        "Lena",
        "Julia",
        "Katrin",
        "Sabine",
        "Laura",
        "Jonas",
        "Felix",
        "Thomas",
        "Stefan",
        "Markus",
        "Tobias",
    ],
    "fr": [
        "Camille",
        "Léa",
        "Manon",
        "Chloé",
        "Julie",
        "Claire",
        "Lucas",
        "Hugo",
        "Thomas",
        "Nicolas",
        "Julien",
        "Antoine",
    ],
    "es": [
        "Lucía",
        "María",
        "Paula",
        "Carmen",
        "Laura",
        "Marta",
        "Javier",
        "Carlos",
        "Pablo",
        "Sergio",
        "David",
        "Álvaro",
    ],
}
SURNAMES: dict[str, list[str]] = {
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
        "Almeida",
        "Ribeiro",
        "Pinto",
        "Carvalho",
        "Teixeira",
        "Moreira",
        "Correia",
        "Mendes",
        "Nunes",
        "Soares",
        "Vieira",
        "Monteiro",
        "Cardoso",
        "Rocha",
        "Neves",
        "Coelho",
        "Cunha",
        "Pires",
        "Ramos",
        "Reis",
        "Simões",
        "Antunes",
        "Matos",
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
        "Ferrara",
        "Galli",
        "Martini",
        "Leone",
        "Longo",
        "Gentile",
        "Martinelli",
        "Vitale",
        "Serra",
        "Coppola",
        "De Santis",
        "Marchetti",
    ],
    "en": [
        "Smith",
        "Jones",
        "Taylor",
        "Brown",
        "Wilson",
        "Evans",
        "Walsh",
        "Murphy",
        "Byrne",
        "Kelly",
        "Clarke",
        "Hughes",
        "Wright",
        "Hall",
        "Green",
    ],
    "de": [
        "Müller",
        "Schmidt",
        "Schneider",
        "Fischer",
        "Weber",
        "Meyer",
        "Wagner",
        "Becker",
        "Hoffmann",
        "Schulz",
        "Koch",
        "Richter",
        "Wolf",
        "Neumann",
        "Braun",
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
        "Lefebvre",
        "Michel",
        "Garnier",
        "Fournier",
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
        "Navarro",
    ],
}
JOBS = [
    "nurse",
    "teacher",
    "accountant",
    "bus driver",
    "pharmacist",
    "architect",
    "retired",
    "shop owner",
    "software developer",
    "physiotherapist",
    "lawyer",
    "chef",
    "student",
    "engineer",
    "hairdresser",
    "civil servant",
    "dentist",
    "translator",
]
NIGHT_JOBS = [
    "night nurse",
    "baker",
    "security guard",
    "taxi driver",
    "hospital doctor",
    "train dispatcher",
    "radio producer",
]
MAIL_DOMAINS = [
    "mail.example",
    "correio.example",
    "posta.example",
    "inbox.example",
    "web.example",
    "net.example",
]
LANG_NAMES = {
    "pt": "Portuguese",
    "it": "Italian",
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
}
SOURCES = {
    "email": "atrivo-mail",
    "phone": "atrivo-voice",
    "social": "atrivo-social",
    "community": "atrivo-forum",
    "chat": "atrivo-chat",
    "web": "atrivo-web",
    "survey": "atrivo-survey",
}
PROBLEMS = ["no_show", "double_charge", "damage", "refund", "wrong_share", "late_fee"]
REPEAT_TOLERATED = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
SLIDER_TOLERATED = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
LEAVER_TOLERATED = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
B2B_RISK_TOLERATED = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]

USED: set[str] = set()


def unique(make: Any) -> str:
    """Draw values from make() until one is new in the whole set."""
    for _ in range(1000):
        value = str(make())
        if value not in USED:
            USED.add(value)
            return value
    raise RuntimeError("no unique value")


def ascii_fold(text: str) -> str:
    text = text.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    folded = unicodedata.normalize("NFD", text)
    return (
        "".join(ch for ch in folded if not unicodedata.combining(ch))
        .replace("'", "")
        .replace(" ", "")
    )


def strip_accents(text: str) -> str:
    """Accents dropped as a careless typist would (umlauts as ae/oe/ue, ß and ñ kept)."""
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
        text = text.replace(a, b)
    out = []
    for ch in text:
        if ch in "ñÑ":
            out.append(ch)
            continue
        base = unicodedata.normalize("NFD", ch)
        out.append("".join(c for c in base if not unicodedata.combining(c)))
    return "".join(out)


def speech(text: str, lang: str) -> str:
    """A speech-to-text transcript: no punctuation, lower case but for codes, numbers and names."""
    keep = {BRAND, *COMPETITORS}
    words = []
    for raw in text.replace("\n", " ").split():
        w = raw.strip(".,!?;:()'\"")
        if not any(ch.isalnum() for ch in w):
            continue
        if (
            any(ch.isdigit() for ch in w)
            or w in keep
            or (lang == "de" and not (w.isupper() and len(w) > 1))
        ):
            words.append(w)
        else:
            words.append(w.lower())
    return " ".join(words)


def money(market: str, eur: int, lang: str, spoken: bool = False) -> str:
    if market == "UK":
        value = round(eur * 0.86)
        return f"{value} pounds" if spoken else f"£{value}"
    if market == "CH":
        value = round(eur * 0.94)
        if spoken:
            word = {"de": "Franken", "it": "franchi", "fr": "francs"}.get(lang, "francs")
            return f"{value} {word}"
        return f"CHF {value}"
    if spoken:
        word = {"it": "euro", "de": "Euro"}.get(lang, "euros")
        return f"{eur} {word}"
    return f"€{eur}" if lang == "en" else f"{eur} €"


def currency(market: str) -> str:
    return {"UK": "GBP", "CH": "CHF"}.get(market, "EUR")


def price(market: str, eur: int) -> str:
    if market == "UK":
        return f"{eur * 0.86:.2f}"
    if market == "CH":
        return f"{eur * 0.94:.2f}"
    return f"{eur:.2f}"


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def phone_number(rng: random.Random, market: str) -> str:
    def d(n: int) -> str:
        return "".join(str(rng.randint(0, 9)) for _ in range(n))

    if market == "PT":
        return "+351" + "9" + rng.choice("1236") + d(7)
    if market == "IT":
        return "+39" + "3" + rng.choice("23456789") + d(8)
    if market == "CH":
        return "+41" + "7" + rng.choice("5689") + d(7)
    if market == "UK":
        return "+44" + "7" + rng.choice("4579") + d(8)
    if market == "IE":
        return "+353" + "8" + rng.choice("35679") + d(7)
    if market == "DE":
        return (
            "+49"
            + "1"
            + rng.choice(["51", "52", "57", "60", "62", "70", "72", "76"])
            + d(rng.choice([7, 8]))
        )
    if market == "AT":
        return "+43" + "6" + rng.choice(["50", "60", "64", "76", "99"]) + d(7)
    if market == "FR":
        return "+33" + rng.choice("67") + d(8)
    if market == "BE":
        return "+32" + "4" + rng.choice("5789") + d(7)
    if market == "LU":
        return "+352" + "6" + rng.choice("2589") + "1" + d(6)
    return "+34" + "6" + d(8)


def spaced(number: str) -> str:
    for prefix in ("+351", "+353", "+352", "+39", "+41", "+44", "+49", "+43", "+33", "+32", "+34"):
        if number.startswith(prefix):
            return prefix + " " + number[len(prefix) :]
    return number


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
    langs: tuple[str, ...] = ()
    female: bool = False

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Row:
    eid: str
    at: datetime
    cust: Cust
    channel: str
    kind: str
    direction: str
    text: str | None
    subject: str | None
    scores: dict[str, int | None]
    attrs: dict[str, str]


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name = name
        self.code = code
        self.n = n
        self.start = start
        self.days = days
        self.about = about
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.rows: list[Row] = []
        self.custs: dict[str, Cust] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.count = 0

    # -- time -------------------------------------------------------------
    def at(self, day: float, h0: float, h1: float) -> datetime:
        minutes = self.rng.randint(int(h0 * 60), int(h1 * 60))
        return self.start + timedelta(days=day, minutes=minutes)

    def mins(self, t: datetime, lo: float, hi: float) -> datetime:
        return t + timedelta(minutes=self.rng.randint(int(lo), int(hi)))

    def daytime(self, t: datetime) -> datetime:
        """Moved out of the night (22:00-07:00) to 08:00-09:00 the next morning."""
        if t.hour >= 22:
            base = (t + timedelta(days=1)).replace(hour=8, minute=0, second=0)
            return base + timedelta(minutes=self.rng.randint(0, 59))
        if t.hour < 7:
            return t.replace(hour=8, minute=self.rng.randint(0, 59), second=0)
        return t

    def office(self, t: datetime) -> datetime:
        """Moved into office hours (weekdays 08:00-17:00) on the next working morning."""
        while t.weekday() >= 5 or t.hour >= 17 or t.hour < 8:
            if t.hour >= 17 or t.weekday() >= 5:
                t = (t + timedelta(days=1)).replace(
                    hour=8, minute=self.rng.randint(0, 50), second=0
                )
            else:
                t = t.replace(hour=8, minute=self.rng.randint(0, 50), second=0)
        return t

    # -- words ------------------------------------------------------------
    def pick(self, options: list[Any] | tuple[Any, ...]) -> Any:
        return options[self.rng.randrange(len(options))]

    def agent(self, lang: str, b2b: bool = False) -> str:
        return str(self.pick(B.AGENTS[lang] if b2b else W.AGENTS[lang]))

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.10:
            text = strip_accents(text)
        if r.random() < 0.125 and text[:1].isupper() and not text[:2].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = text.split(" ")
            spots = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
            if spots:
                i = spots[r.randrange(len(spots))]
                w = words[i]
                j = r.randint(1, len(w) - 3)
                if w[j] != w[j + 1]:
                    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                    text = " ".join(words)
        return text

    # -- people -----------------------------------------------------------
    def draw_lang(self) -> str:
        langs = list(LANG_WEIGHTS)
        return str(self.rng.choices(langs, weights=[LANG_WEIGHTS[k] for k in langs])[0])

    def draw_market(self, lang: str) -> str:
        options = MARKETS[lang]
        return str(self.rng.choices([m for m, _ in options], weights=[w for _, w in options])[0])

    def town(self, market: str, lang: str) -> str:
        if market == "CH":
            return str(self.pick(TOWNS["CH-" + (lang if lang in ("it", "de", "fr") else "de")]))
        return str(self.pick(TOWNS[market]))

    def person(
        self,
        lang: str,
        persona: str,
        habit: str,
        expected: list[str],
        tolerated: list[str],
        *,
        market: str | None = None,
        job: str | None = None,
        langs: tuple[str, ...] = (),
        company: dict[str, Any] | None = None,
    ) -> Cust:
        rng = self.rng
        market = market or self.draw_market(lang)
        first = str(self.pick(FIRST_NAMES[lang]))
        if company is not None:
            while first in company["firsts"]:
                first = str(self.pick(FIRST_NAMES[lang]))
            company["firsts"].add(first)
        last = str(self.pick(SURNAMES[lang]))
        key = unique(lambda: f"ATV{self.code}{rng.randint(1000, 9999)}")
        f, s = ascii_fold(first).lower(), ascii_fold(last).lower()
        if company is not None:
            email = unique(
                lambda: (
                    f"{f}.{s}@{company['domain']}"
                    if rng.random() < 0.8
                    else f"{f[0]}.{s}@{company['domain']}"
                )
            )
            handle = None
        else:
            shapes = [
                lambda: f"{f}.{s}@{self.pick(MAIL_DOMAINS)}",
                lambda: f"{f}{s}{rng.randint(1, 99)}@{self.pick(MAIL_DOMAINS)}",
                lambda: f"{f}_{s}@{self.pick(MAIL_DOMAINS)}",
                lambda: f"{f[0]}{s}{rng.randint(60, 99)}@{self.pick(MAIL_DOMAINS)}",
            ]
            email = unique(lambda: self.pick(shapes)())
            hshapes = [
                lambda: f"@{s}_{f}{rng.randint(1, 9)}",
                lambda: f"@{f}{s}{rng.randint(10, 99)}",
                lambda: f"@{s}{f[0]}",
                lambda: f"@{f}_{s}",
                lambda: f"@{f}.{s[:4]}",
            ]
            handle = unique(lambda: self.pick(hshapes)())
        phone = unique(lambda: phone_number(rng, market))
        account = company["account"] if company is not None else None
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
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
            "segment": "b2b" if company is not None else "consumer",
            "name": f"{first} {last}",
            "job": job or str(self.pick(JOBS)),
            "town": self.town(market, lang),
        }
        if langs:
            truth["languages"] = list(langs)
        female = FIRST_NAMES[lang].index(first) < len(FIRST_NAMES[lang]) // 2
        c = Cust(
            key, lang, market, first, last, email, phone, handle, account, truth, langs, female
        )
        self.custs[key] = c
        return c

    def case_ref(self) -> str:
        return unique(lambda: f"AT/26/{self.rng.randint(10000, 99999)}")

    # -- touchpoints --------------------------------------------------------
    def add(
        self,
        c: Cust,
        at: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        *,
        out: bool = False,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
        rough: bool = True,
    ) -> str:
        self.count += 1
        eid = f"{TAG}-{self.code.lower()}-{self.count:05d}"
        if text is not None and not out:
            if rough and channel not in ("phone", "survey"):
                text = self.roughen(text)
            if channel == "social" and c.account is None:
                i = text.rfind(BRAND)
                text = text[:i] + "@" + text[i:] if i >= 0 else f"@{BRAND} {text}"
        full_scores: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        full_scores.update(scores or {})
        a = {"market": c.market}
        if c.account is not None:
            a["segment"] = "b2b"
        a.update(attrs or {})
        self.rows.append(
            Row(
                eid,
                at,
                c,
                channel,
                kind,
                "outbound" if out else "inbound",
                text,
                subject,
                full_scores,
                a,
            )
        )
        return eid

    def reply(
        self,
        c: Cust,
        at: datetime,
        channel: str,
        text: str,
        lang: str,
        subject: str | None = None,
        b2b: bool = False,
        agent: str | None = None,
    ) -> str:
        agent = agent or self.agent(lang, b2b)
        kind = "chat" if channel == "chat" else "message"
        return self.add(
            c,
            at,
            channel,
            kind,
            text.replace("{agent}", agent),
            subject,
            out=True,
            attrs={"agent": agent},
        )


# ---------------------------------------------------------------------------
# Happy acts (households)

HAPPY_KINDS = (
    ["praise"] * 3
    + ["again"] * 2
    + [
        "gripe",
        "chat",
        "chat",
        "mail",
        "mail",
        "phone",
        "buy",
        "buy",
        "view",
        "view",
        "review",
        "survey",
    ]
)
NO_SURVEY = [k for k in HAPPY_KINDS if k != "survey"]
LIGHT = ["praise", "again", "buy", "view", "review", "chat"]


def fmt(template: str, c: Cust, **extra: Any) -> str:
    values: dict[str, Any] = {
        "brand": BRAND,
        "first": c.first,
        "full": c.full,
        "town": c.truth["town"],
    }
    values.update(extra)
    out = template
    for k, v in values.items():
        out = out.replace("{" + k + "}", str(v))
    return out


def chat_exchange(
    fam: Fam,
    c: Cust,
    t: datetime,
    question: str,
    answer: str,
    lang: str,
    thanks: list[str],
    p_thanks: float,
    b2b: bool = False,
) -> str:
    """A chat question, the agent's answer 1-6 minutes later, and maybe thanks."""
    eid = fam.add(c, t, "chat", "chat", question)
    ta = fam.mins(t, 1, 6)
    fam.reply(c, ta, "chat", answer, lang, b2b=b2b)
    if fam.rng.random() < p_thanks:
        fam.add(c, fam.mins(ta, 1, 4), "chat", "chat", fam.pick(thanks))
    return eid


def purchase(
    fam: Fam, c: Cust, t: datetime, catalogue: tuple[tuple[str, int, str], ...], lag: int
) -> str:
    """A page view, then the purchase 3 to `lag` minutes later."""
    label, eur, page = fam.pick(catalogue)
    fam.add(c, t, "web", "page_view", attrs={"page": page})
    attrs = {
        "order_value": price(c.market, eur),
        "currency": currency(c.market),
        "product": label,
        "page": page,
    }
    return fam.add(c, fam.mins(t, 3, lag), "web", "purchase", attrs=attrs)


def happy(fam: Fam, c: Cust, t: datetime, kind: str, lang: str | None = None) -> str:
    """One happy act; returns the event id of the customer's own touchpoint."""
    lang = lang or c.lang
    rng = fam.rng
    if kind in ("praise", "again", "gripe"):
        table = {"praise": W.PRAISE, "again": W.AGAIN, "gripe": W.GRIPE_PRAISE}[kind]
        text = fmt(fam.pick(table[lang]), c)
        if kind == "gripe" and rng.random() < 0.5:
            return fam.add(c, t, "web", "review", text, attrs={"rating": "4", "page": "/reviews"})
        if rng.random() < 0.5:
            return fam.add(c, t, "social", "mention", text)
        return fam.add(c, t, "community", "post", text)
    if kind == "review":
        return fam.add(
            c,
            t,
            "web",
            "review",
            fmt(fam.pick(W.REVIEW[lang]), c),
            attrs={"rating": fam.pick(["5", "5", "4"]), "page": "/reviews"},
        )
    if kind == "chat":
        q, a = fam.pick(W.CHAT_Q[lang])
        return chat_exchange(fam, c, t, fmt(q, c), fmt(a, c), lang, W.THANKS[lang], 0.5)
    if kind == "mail":
        subj, q, a = fam.pick(W.MAIL_Q[lang])
        eid = fam.add(c, t, "email", "message", fmt(q, c), subj)
        ta = fam.daytime(fam.mins(t, 40, 180))
        fam.reply(c, ta, "email", fmt(a, c), lang, "Re: " + subj)
        tt = fam.mins(ta, 20, 120)
        if rng.random() < 0.3 and 7 <= tt.hour < 21:
            fam.add(c, tt, "email", "message", fam.pick(W.THANKS[lang]), "Re: " + subj)
        return eid
    if kind == "phone":
        q, a = fam.pick(W.PHONE_Q[lang])
        eid = fam.add(c, t, "phone", "call", q)
        fam.reply(
            c,
            fam.mins(t, 10, 30),
            "email",
            fmt(a, c),
            lang,
            {
                "pt": "A sua chamada",
                "it": "La sua telefonata",
                "en": "Your call",
                "de": "Ihr Anruf",
                "fr": "Votre appel",
                "es": "Su llamada",
            }[lang],
        )
        return eid
    if kind == "buy":
        return purchase(fam, c, t, W.PRODUCTS, 15)
    if kind == "view":
        return fam.add(c, t, "web", "page_view", attrs={"page": fam.pick(W.PAGES)})
    if kind == "survey":
        return happy_survey(fam, c, t, lang)
    raise ValueError(kind)


def happy_survey(fam: Fam, c: Cust, t: datetime, lang: str) -> str:
    which = fam.pick(["nps", "nps", "csat", "ces"])
    score = {
        "nps": fam.rng.randint(9, 10),
        "csat": fam.rng.randint(4, 5),
        "ces": fam.rng.randint(6, 7),
    }[which]
    word = fam.pick(W.SURVEY_WORDS[lang])
    return fam.add(
        c,
        t,
        "survey",
        "survey_response",
        word or None,
        scores={which: score},
        attrs={"survey": which},
    )


def happy_days(
    fam: Fam,
    c: Cust,
    days: list[int],
    n: int,
    h0: float = 7,
    h1: float = 19,
    kinds: list[str] | None = None,
    langs: tuple[str, ...] = (),
) -> list[str]:
    chosen = sorted(fam.rng.sample(days, min(n, len(days))))
    out = []
    for i, d in enumerate(chosen):
        lang = langs[i % len(langs)] if langs else None
        out.append(happy(fam, c, fam.at(d, h0, h1), fam.pick(kinds or HAPPY_KINDS), lang))
    return out


# ---------------------------------------------------------------------------
# Trouble (households)


def problem_message(
    fam: Fam, c: Cust, lang: str, problem: str, channel: str, when: datetime, long: bool = False
) -> tuple[str, str | None]:
    eur = W.PROBLEM_AMOUNT[problem]
    wd = W.WEEKDAYS[lang][(when - timedelta(days=1)).weekday()]
    spoken = channel == "phone"
    desc = fmt(
        fam.pick(W.PROBLEM_DESC[problem][lang]), c, amount=money(c.market, eur, lang, spoken), wd=wd
    )
    topic = W.PROBLEM_TOPIC[problem][lang]
    if channel == "phone":
        return speech(
            f"{fam.pick(W.PHONE_OPEN[lang])} {desc} {fam.pick(W.PHONE_CLOSE[lang])}", lang
        ), None
    subject = W.COMPLAINT_SUBJECT[lang].replace("{topic}", topic)
    if long:
        greet = {"pt": "Exmos. Senhores,", "it": "Spettabile amministrazione,"}.get(
            lang, W.GREET[lang]
        )
        mid = fmt(W.LONG_MID[lang], c, owner=W.OWNER[lang][0 if c.female else 1])
        inner = desc[0].lower() + desc[1:]
        body = f"{greet}\n\n{fam.pick(W.LONG_OPEN[lang])}\n\n{mid} {inner}\n\n{fmt(W.LONG_CLOSE[lang], c)}"
        return body, subject
    demand = fam.pick(W.DEMAND[lang])
    if channel == "email":
        return f"{W.GREET[lang]}\n{desc} {demand}\n{c.first}", subject
    if channel == "social":
        return f"{desc} {fmt(fam.pick(W.SOCIAL_ANGER[lang]), c)}", None
    return f"{desc} {demand}", None


def raise_problem(
    fam: Fam, c: Cust, lang: str, problem: str, channel: str, t: datetime, long: bool = False
) -> str:
    text, subject = problem_message(fam, c, lang, problem, channel, t, long)
    kind = {
        "email": "message",
        "chat": "chat",
        "social": "mention",
        "web": "ticket",
        "phone": "call",
        "community": "post",
    }[channel]
    attrs = {"page": "/app/reports/new"} if channel == "web" else None
    return fam.add(c, t, channel, kind, text, subject, attrs=attrs)


def acknowledge(fam: Fam, c: Cust, lang: str, channel: str, t: datetime, case: str) -> str:
    """The case-opened answer: in chat for a chat, else an e-mail 10-40 minutes later."""
    if channel == "chat":
        return fam.reply(c, fam.mins(t, 1, 4), "chat", fmt(W.CHAT_CASE[lang], c, case=case), lang)
    return fam.reply(
        c,
        fam.daytime(fam.mins(t, 10, 40)),
        "email",
        fmt(W.CASE_OPENED[lang], c, case=case),
        lang,
        W.CASE_SUBJECT[lang].replace("{case}", case),
    )


def later_contact(
    fam: Fam,
    c: Cust,
    lang: str,
    problem: str,
    channel: str,
    t: datetime,
    nth: int,
    case: str,
    comp: str | None,
) -> str:
    short = W.PROBLEM_SHORT[problem][lang]
    table = {2: W.SECOND, 3: W.THIRD, 4: W.FOURTH}[nth]
    core = fmt(fam.pick(table[lang]), c, case=case, short=short, comp=comp or "")
    if channel == "phone":
        return fam.add(
            c,
            t,
            "phone",
            "call",
            speech(f"{fam.pick(W.PHONE_OPEN[lang])} {core} {fam.pick(W.PHONE_CLOSE[lang])}", lang),
        )
    if channel == "email":
        return fam.add(
            c,
            t,
            "email",
            "message",
            f"{W.GREET[lang]}\n{core}\n{c.first}",
            W.CASE_SUBJECT[lang].replace("{case}", case),
        )
    if channel == "chat":
        eid = fam.add(c, t, "chat", "chat", core)
        fam.reply(c, fam.mins(t, 1, 5), "chat", fmt(W.ADDED_URGENT[lang], c, case=case), lang)
        return eid
    if channel == "social":
        return fam.add(c, t, "social", "mention", core)
    return fam.add(c, t, "web", "ticket", core, attrs={"page": "/app/reports/new"})


def fixed_case(
    fam: Fam, c: Cust, problem: str, channel: str, t: datetime, lang: str, lang2: str | None = None
) -> dict[str, Any]:
    """A problem raised, acknowledged, fixed by an agent and confirmed by the customer."""
    lang2 = lang2 or lang
    case = fam.case_ref()
    eid = raise_problem(fam, c, lang, problem, channel, t)
    acknowledge(fam, c, lang, channel, t, case)
    fixed = fam.daytime(fam.mins(t, 180, 1200))
    fam.reply(
        c,
        fixed,
        "email",
        fmt(W.GOOD_NEWS[lang2], c, case=case),
        lang2,
        W.CASE_SUBJECT[lang2].replace("{case}", case),
    )
    confirm_channel = fam.pick(["email", "chat"])
    confirmed = fam.daytime(fam.mins(fixed, 480, 1800))
    text = fmt(fam.pick(W.CONFIRM[lang2]), c, case=case)
    if confirm_channel == "email":
        ceid = fam.add(
            c, confirmed, "email", "message", text, W.CASE_SUBJECT[lang2].replace("{case}", case)
        )
    else:
        ceid = fam.add(c, confirmed, "chat", "chat", text)
        fam.reply(
            c,
            fam.mins(confirmed, 1, 4),
            "chat",
            {
                "pt": "Obrigada nós! {agent}",
                "it": "Grazie a lei! {agent}",
                "en": "Thank you! {agent}",
                "de": "Danke Ihnen! {agent}",
                "fr": "Merci à vous ! {agent}",
                "es": "¡Gracias a usted! {agent}",
            }[lang2],
            lang2,
        )
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(fixed),
        "confirmed_at": iso(confirmed),
        "problem_event_ids": [eid],
        "confirm_event_id": ceid,
        "channel": channel,
        "confirm_channel": confirm_channel,
    }


# ---------------------------------------------------------------------------
# Families


def happy_writers(fam: Fam) -> None:
    rng = fam.rng
    for _ in range(16):
        c = fam.person(fam.draw_lang(), "happy", "day writer", [], [])
        happy_days(fam, c, list(range(10)), rng.randint(5, 8))
    for _ in range(5):
        c = fam.person(
            fam.draw_lang(), "happy", "night writer", [], [], job=str(fam.pick(NIGHT_JOBS))
        )
        nights = sorted(rng.sample(range(9), rng.randint(2, 4)))
        for d in nights:
            t = fam.start + timedelta(days=d, hours=22, minutes=12 + rng.randint(0, 378))
            if rng.random() < 0.5:
                text = fmt(fam.pick(W.NIGHT_POST[c.lang]), c)
                fam.add(
                    c,
                    t,
                    *(("social", "mention") if rng.random() < 0.5 else ("community", "post")),
                    text,
                )
            else:
                q, a = fam.pick(W.NIGHT_CHAT[c.lang])
                fam.add(c, t, "chat", "chat", fmt(q, c))
                ta = fam.mins(t, 1, 4)
                fam.reply(c, ta, "chat", fmt(a, c), c.lang)
                fam.add(c, fam.mins(ta, 1, 3), "chat", "chat", fam.pick(W.THANKS[c.lang]))
        free = [d for d in range(10) if d not in nights and d - 1 not in nights]
        happy_days(fam, c, free, rng.randint(2, 3), 9, 18, ["praise", "buy", "view", "review"])
    for _ in range(5):
        c = fam.person(fam.draw_lang(), "happy", "answers surveys", [], [])
        for d in sorted(rng.sample(range(10), rng.randint(3, 6))):
            happy_survey(fam, c, fam.at(d, 8, 20), c.lang)


def one_bad_day(fam: Fam) -> None:
    rng = fam.rng
    problems = [p for p in PROBLEMS for _ in range(4)]
    channels = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    rng.shuffle(problems)
    long_langs = ["pt", "pt", "it", "it"]
    cased = [i for i, ch in enumerate(channels) if ch != "social"]
    detractors = set(rng.sample(cased, 6))
    csat = set(rng.sample([i for i in cased if i not in detractors], 5))
    good = set(rng.sample(cased, 12))
    apologise = set(rng.sample(sorted(good), 5))
    for i, (problem, channel) in enumerate(zip(problems, channels, strict=True)):
        lang = long_langs.pop(0) if channel == "long" else fam.draw_lang()
        det = i in detractors
        c = fam.person(
            lang,
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            ["detractor"] if det else [],
            ["silence"],
        )
        d = rng.randint(2, 9)
        t = fam.at(d, 8, 20)
        real = "email" if channel == "long" else channel
        eid = raise_problem(fam, c, lang, problem, real, t, long=channel == "long")
        truth = c.truth
        truth.update(
            {
                "problem": problem,
                "channel": real,
                "long_email": channel == "long",
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(t),
                "problem_event_ids": [eid],
            }
        )
        case = None
        if channel != "social":
            case = fam.case_ref()
            acknowledge(fam, c, lang, real, t, case)
        truth["booking"] = case
        truth["nps_given"] = det
        truth["csat_given"] = i in csat
        if det:
            ts = fam.mins(t, 100, 140)
            nps = rng.randint(1, 5)
            truth["nps"] = nps
            truth["survey_event_id"] = fam.add(
                c,
                ts,
                "survey",
                "survey_response",
                fam.pick(W.LOW_NPS[lang]) or None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
        elif i in csat:
            ts = fam.mins(t, 40, 80)
            score = rng.randint(1, 2)
            truth["csat"] = score
            truth["survey_event_id"] = fam.add(
                c,
                ts,
                "survey",
                "survey_response",
                fam.pick(W.LOW_CSAT[lang]) or None,
                scores={"csat": score},
                attrs={"survey": "csat"},
            )
        truth["agent_fixed"] = i in good
        truth["apologised"] = i in apologise
        if i in good and case is not None:
            fam.reply(
                c,
                fam.daytime(fam.mins(t, 60, 240)),
                "email",
                fmt(W.GOOD_NEWS[lang], c, case=case),
                lang,
                W.CASE_SUBJECT[lang].replace("{case}", case),
            )
            if i in apologise:
                ta = fam.daytime(fam.mins(t, 16 * 60, 24 * 60))
                ch = fam.pick(["chat", "email"])
                text = fam.pick(W.APOLOGY[lang])
                aeid = fam.add(
                    c,
                    ta,
                    ch,
                    "chat" if ch == "chat" else "message",
                    text,
                    None if ch == "chat" else W.CASE_SUBJECT[lang].replace("{case}", case),
                )
                truth.update({"apology_at": iso(ta), "apology_event_id": aeid})
        allowed = [x for x in range(12) if x <= d - 2 or x >= d + 3]
        happy_days(fam, c, allowed, rng.randint(1, 5), kinds=NO_SURVEY)
    for _ in range(8):
        c = fam.person(fam.draw_lang(), "happy", "control", [], [])
        happy_days(fam, c, list(range(12)), rng.randint(4, 7))


def repeat_run(
    fam: Fam,
    c: Cust,
    problem: str,
    first_channel: str,
    t: datetime,
    contacts: int,
    passed_on: bool,
    langs: tuple[str, str] | None = None,
) -> None:
    rng = fam.rng

    def lang_at(k: int) -> str:
        return langs[k % 2] if langs else c.lang

    case = fam.case_ref()
    comp = str(fam.pick(COMPETITORS)) if contacts >= 3 else None
    eids = [raise_problem(fam, c, lang_at(0), problem, first_channel, t)]
    if first_channel == "chat" or not passed_on:
        acknowledge(fam, c, lang_at(0), first_channel, t, case)
    if passed_on:
        fam.reply(
            c,
            fam.daytime(fam.mins(t, 90, 150)),
            "email",
            fmt(W.QUALITY_LEAD[lang_at(0)], c, case=case),
            lang_at(0),
            W.CASE_SUBJECT[lang_at(0)].replace("{case}", case),
        )
    others = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != first_channel]
    rng.shuffle(others)
    used = [first_channel]
    when = t
    for k in range(1, contacts):
        when = fam.daytime(when + timedelta(minutes=rng.randint(4 * 60, 40 * 60)))
        ch = others[k - 1]
        used.append(ch)
        eids.append(
            later_contact(
                fam, c, lang_at(k), problem, ch, when, k + 1, case, comp if k + 1 == 3 else None
            )
        )
    c.truth.update(
        {
            "problem": problem,
            "contacts": contacts,
            "channels": used,
            "channel": first_channel,
            "booking": case,
            "agent_passed_on": passed_on,
            "problem_event_ids": eids,
            "competitor": comp,
            "trouble_starts_at": iso(t),
        }
    )


def repeat_contacts(fam: Fam) -> None:
    rng = fam.rng
    counts = [2] * 4 + [3] * 4 + [4] * 4
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    passed = [True] * 6 + [False] * 6
    rng.shuffle(counts)
    rng.shuffle(firsts)
    rng.shuffle(passed)
    for i in range(12):
        c = fam.person(
            fam.draw_lang(), "repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOLERATED
        )
        for _ in range(rng.randint(1, 3)):
            happy(fam, c, fam.at(0, 7, 12), fam.pick(NO_SURVEY))
        repeat_run(
            fam,
            c,
            fam.pick(PROBLEMS),
            firsts[i],
            fam.at(rng.randint(1, 4), 8, 19),
            counts[i],
            passed[i],
        )
    for _ in range(5):
        c = fam.person(fam.draw_lang(), "resolved_between_contacts", "fixed", [], ["silence"])
        happy_days(fam, c, [0, 7, 8, 9], rng.randint(1, 2), kinds=NO_SURVEY)
        t = fam.at(rng.randint(1, 5), 8, 19)
        case = fixed_case(fam, c, fam.pick(PROBLEMS), fam.pick(["web", "email", "chat"]), t, c.lang)
        c.truth.update(
            {
                "problems": [case],
                "trouble_starts_at": case["raised_at"],
                "booking": case["booking"],
                "problem": case["problem"],
            }
        )
    for _ in range(3):
        c = fam.person(fam.draw_lang(), "different_problems", "two problems", [], ["silence"])
        p1, p2 = rng.sample(PROBLEMS, 2)
        d1 = rng.randint(1, 2)
        a = fixed_case(fam, c, p1, fam.pick(["web", "email", "chat"]), fam.at(d1, 8, 18), c.lang)
        b = fixed_case(
            fam,
            c,
            p2,
            fam.pick(["web", "email", "chat"]),
            fam.at(d1 + rng.randint(4, 5), 8, 18),
            c.lang,
        )
        c.truth.update({"problems": [a, b], "trouble_starts_at": a["raised_at"]})
    for _ in range(7):
        c = fam.person(fam.draw_lang(), "happy", "frequent writer", [], [])
        happy_days(
            fam,
            c,
            list(range(10)),
            rng.randint(5, 8),
            kinds=["chat", "chat", "mail", "mail", "phone", "praise", "buy"],
        )


def slide(fam: Fam, c: Cust, start_day: int, span: int, langs: tuple[str, ...], nps: bool) -> None:
    rng = fam.rng
    comp = str(fam.pick(COMPETITORS))
    base = fam.at(start_day, 8, 18)
    eids: list[str] = []
    times: list[datetime] = []
    prev: datetime | None = None
    for i in range(6):
        t = base + timedelta(hours=span * 24 * i / 5 + rng.uniform(-2, 2))
        t = fam.daytime(t.replace(second=0, microsecond=0))
        if prev is not None and t < prev + timedelta(hours=1):
            t = fam.daytime(prev + timedelta(minutes=rng.randint(70, 150)))
        lang = langs[i % len(langs)]
        text = fmt(W.SLIDE[lang][i], c, comp=comp)
        ch = fam.pick(["social", "community", "review"])
        if ch == "review":
            eids.append(
                fam.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][i]), "page": "/reviews"},
                )
            )
        else:
            eids.append(fam.add(c, t, ch, "mention" if ch == "social" else "post", text))
        times.append(t)
        prev = t
    c.truth.update(
        {
            "slide_event_ids": eids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": iso(times[0]),
            "nps_given": nps,
        }
    )
    if nps:
        ts = fam.daytime(fam.mins(times[3], 150, 210))
        score = rng.randint(1, 5)
        c.truth.update(
            {
                "nps": score,
                "survey_event_id": fam.add(
                    c,
                    ts,
                    "survey",
                    "survey_response",
                    fam.pick(W.LOW_NPS[langs[0]]) or None,
                    scores={"nps": score},
                    attrs={"survey": "nps"},
                ),
            }
        )


def slow_churners(fam: Fam) -> None:
    rng = fam.rng
    spans = [3] + [5] * 5 + [9] * 4
    rng.shuffle(spans)
    npsers = set(rng.sample(range(10), 5))
    for i in range(10):
        det = i in npsers
        c = fam.person(
            fam.draw_lang(),
            "slow_churner",
            "slides",
            ["sentiment_drop", *(["detractor"] if det else [])],
            SLIDER_TOLERATED,
        )
        praise_n = rng.randint(4, 5)
        other_n = rng.randint(2, 4)
        days = sorted(rng.sample(range(11), praise_n + other_n))
        kinds = ["praise"] * praise_n + [
            fam.pick(["buy", "view", "chat", "review"]) for _ in range(other_n)
        ]
        rng.shuffle(kinds)
        for d, k in zip(days, kinds, strict=True):
            happy(fam, c, fam.at(d, 8, 20), k)
        slide(fam, c, rng.randint(12, 16), spans[i], (c.lang,), det)
    for _ in range(5):
        c = fam.person(
            fam.draw_lang(), "slow_churner", "asks to cancel", ["churn_intent"], LEAVER_TOLERATED
        )
        happy_days(fam, c, list(range(16)), rng.randint(4, 6), kinds=NO_SURVEY)
        t = fam.at(rng.randint(17, 23), 8, 20)
        subj, body = fam.pick(W.LEAVE[c.lang])
        ask = fam.add(c, t, "email", "message", fmt(body, c), subj)
        fam.reply(
            c,
            fam.daytime(fam.mins(t, 60, 300)),
            "email",
            fmt(W.SORRY_GO[c.lang], c),
            c.lang,
            "Re: " + subj,
        )
        tc = fam.daytime(fam.mins(t, 20 * 60, 30 * 60))
        cancel = fam.add(
            c, tc, "web", "cancellation", attrs={"page": "/app/profile/account", "product": W.PLAN}
        )
        c.truth.update(
            {
                "churn_intent_event_id": ask,
                "cancellation_event_id": cancel,
                "churn_at": iso(tc),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = fam.person(fam.draw_lang(), "happy", "steady", [], [])
        happy_days(fam, c, list(range(32)), rng.randint(6, 10))
    for _ in range(5):
        c = fam.person(
            fam.draw_lang(), "steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"]
        )
        gd = float(rng.randint(0, 4))
        gids: list[str] = []
        first_at: datetime | None = None
        texts = list(W.GRUMBLES[c.lang])
        rng.shuffle(texts)
        for k in range(rng.randint(5, 7)):
            t = fam.at(gd, 8, 20)
            first_at = first_at or t
            text = fmt(texts[k % len(texts)], c)
            ch = fam.pick(["social", "community", "web", "review"])
            if ch == "review":
                gids.append(
                    fam.add(c, t, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            elif ch == "web":
                gids.append(
                    fam.add(c, t, "web", "ticket", text, attrs={"page": "/app/reports/new"})
                )
            else:
                gids.append(fam.add(c, t, ch, "mention" if ch == "social" else "post", text))
            gd += rng.randint(1, 3)
        for _ in range(rng.randint(0, 2)):
            happy(fam, c, fam.at(rng.randint(0, 25), 9, 19), "buy")
        assert first_at is not None
        c.truth.update({"grumble_event_ids": gids, "trouble_starts_at": iso(first_at)})
    for _ in range(5):
        c = fam.person(fam.draw_lang(), "happy_one_sarcastic_remark", "happy", [], ["silence"])
        d = rng.randint(17, 28)
        happy_days(
            fam, c, [x for x in range(32) if abs(x - d) > 1], rng.randint(3, 6), kinds=NO_SURVEY
        )
        t = fam.at(d, 9, 20)
        sid = fam.add(
            c,
            t,
            *(("social", "mention") if rng.random() < 0.5 else ("community", "post")),
            fmt(fam.pick(W.SARCASM[c.lang]), c),
        )
        c.truth.update({"sarcasm_event_id": sid, "trouble_starts_at": iso(t)})


def quiet_hours(fam: Fam) -> None:
    rng = fam.rng
    for _ in range(16):
        c = fam.person(fam.draw_lang(), "happy", "day writer", [], [])
        happy_days(fam, c, [0, 1, 2], rng.randint(1, 3), 7, 17.5)
    for k in range(4):
        c = fam.person(fam.draw_lang(), "grumbles_once", "grumbles once", [], ["silence"])
        d = rng.randint(0, 2)
        t = fam.at(d, 9, 16)
        happy(fam, c, t, fam.pick(["view", "buy"]))
        tg = fam.mins(t, 20, 30)
        text = fmt(fam.pick(W.MILD[c.lang]), c)
        if k < 2:
            gid = fam.add(c, tg, "chat", "chat", text)
            fam.reply(c, fam.mins(tg, 1, 5), "chat", W.MILD_CHAT_ANSWER[c.lang], c.lang)
        else:
            gid = fam.add(c, tg, "web", "ticket", text, attrs={"page": "/app/feedback"})
            subj, body = W.MILD_ACK[c.lang]
            fam.reply(c, fam.mins(tg, 30, 90), "email", fmt(body, c), c.lang, subj)
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(tg)})
    for night in range(3):
        first = fam.start + timedelta(days=night + 1, minutes=rng.randint(40, 65))
        starts = [
            first,
            first + timedelta(minutes=rng.randint(28, 33)),
            first + timedelta(minutes=rng.randint(55, 65)),
        ]
        for b, burst in enumerate(starts):
            for _ in range(4):
                c = fam.person(
                    fam.draw_lang(),
                    "night_owl",
                    f"night {night + 1}, burst {b + 1}",
                    [],
                    [],
                    job=str(fam.pick(NIGHT_JOBS)),
                )
                t = burst + timedelta(minutes=rng.randint(0, 9), seconds=rng.randint(0, 59))
                if rng.random() < 0.5:
                    q, a = fam.pick(W.NIGHT_CHAT[c.lang])
                    nid = fam.add(c, t, "chat", "chat", fmt(q, c))
                    ta = fam.mins(t, 1, 3)
                    fam.reply(c, ta, "chat", fmt(a, c), c.lang)
                    fam.add(c, fam.mins(ta, 1, 3), "chat", "chat", fam.pick(W.THANKS[c.lang]))
                else:
                    nid = fam.add(
                        c,
                        t,
                        *(("social", "mention") if rng.random() < 0.5 else ("community", "post")),
                        fmt(fam.pick(W.NIGHT_POST[c.lang]), c),
                    )
                c.truth.update({"burst_at": iso(burst), "night_event_id": nid})
                if rng.random() < 0.5:
                    happy(
                        fam,
                        c,
                        fam.at(rng.randint(0, 2), 9, 17.5),
                        fam.pick(["praise", "buy", "view", "review"]),
                    )


BILINGUAL_REASONS = [
    "works for a {l2} firm",
    "{l2} partner at home",
    "grew up in a {l2}-speaking town",
    "studied in a {l2}-speaking city",
    "writes to the {l2}-speaking co-owner of the flat",
]


def bilingual(fam: Fam) -> None:
    rng = fam.rng
    groups: list[tuple[str, list[tuple[str, str]]]] = [
        (
            "happy",
            [
                ("pt", "it"),
                ("it", "pt"),
                ("pt", "en"),
                ("it", "en"),
                ("pt", "fr"),
                ("it", "de"),
                ("en", "it"),
                ("de", "pt"),
                ("fr", "it"),
                ("es", "pt"),
                ("pt", "es"),
                ("it", "fr"),
            ],
        ),
        ("repeat", [("pt", "it"), ("it", "pt"), ("pt", "en"), ("it", "es"), ("de", "it")]),
        ("slide", [("it", "pt"), ("pt", "it"), ("en", "pt"), ("it", "en"), ("fr", "pt")]),
        ("bad", [("de", "it"), ("pt", "it"), ("it", "pt")]),
        ("fixed", [("pt", "de"), ("it", "en")]),
    ]
    counts = [2, 2, 3, 3, 4]
    rng.shuffle(counts)
    bad_channels = ["long", "email", "chat"]
    for group, pairs in groups:
        for i, (l1, l2) in enumerate(pairs):
            market = fam.draw_market(fam.pick([l1, l2]))
            reason = str(fam.pick(BILINGUAL_REASONS)).replace("{l2}", LANG_NAMES[l2])
            langs = (l1, l2)
            if group == "happy":
                c = fam.person(
                    l1, "happy", "alternates languages", [], [], market=market, langs=langs
                )
                happy_days(fam, c, list(range(14)), rng.randint(5, 8), langs=langs)
            elif group == "repeat":
                n = counts[i]
                c = fam.person(
                    l1,
                    "repeat_contact",
                    "repeats",
                    ["repeat_contact"],
                    REPEAT_TOLERATED,
                    market=market,
                    langs=langs,
                )
                for k in range(rng.randint(1, 3)):
                    happy(
                        fam, c, fam.at(rng.randint(0, 1), 8, 19), fam.pick(NO_SURVEY), langs[k % 2]
                    )
                repeat_run(
                    fam,
                    c,
                    fam.pick(PROBLEMS),
                    fam.pick(["web", "email", "chat"]),
                    fam.at(rng.randint(2, 5), 8, 19),
                    n,
                    n >= 3,
                    langs,
                )
            elif group == "slide":
                c = fam.person(
                    l1,
                    "slow_churner",
                    "slides",
                    ["sentiment_drop"],
                    SLIDER_TOLERATED,
                    market=market,
                    langs=langs,
                )
                days = sorted(rng.sample(range(6), 5))
                for k, d in enumerate(days):
                    happy(fam, c, fam.at(d, 8, 20), "praise", langs[k % 2])
                for k in range(rng.randint(1, 3)):
                    happy(
                        fam,
                        c,
                        fam.at(rng.randint(0, 6), 8, 20),
                        fam.pick(["buy", "view", "chat"]),
                        langs[k % 2],
                    )
                slide(fam, c, rng.randint(7, 8), rng.randint(3, 5), langs, False)
            elif group == "bad":
                ch = bad_channels[i]
                c = fam.person(
                    l1,
                    "happy_one_bad_day",
                    "one bad day",
                    [],
                    ["silence"],
                    market=market,
                    langs=langs,
                )
                d = rng.randint(3, 10)
                t = fam.at(d, 8, 20)
                real = "email" if ch == "long" else ch
                problem = str(fam.pick(PROBLEMS))
                eid = raise_problem(fam, c, l2, problem, real, t, long=ch == "long")
                case = fam.case_ref()
                acknowledge(fam, c, l2, real, t, case)
                c.truth.update(
                    {
                        "problem": problem,
                        "channel": real,
                        "long_email": ch == "long",
                        "bad_day_at": iso(t),
                        "bad_day_event_id": eid,
                        "bad_day_language": l2,
                        "trouble_starts_at": iso(t),
                        "problem_event_ids": [eid],
                        "booking": case,
                        "nps_given": False,
                        "csat_given": False,
                    }
                )
                if real == "email":
                    fam.reply(
                        c,
                        fam.daytime(fam.mins(t, 60, 240)),
                        "email",
                        fmt(W.GOOD_NEWS[l2], c, case=case),
                        l2,
                        W.CASE_SUBJECT[l2].replace("{case}", case),
                    )
                    c.truth["agent_fixed"] = True
                if ch == "email":
                    ta = fam.daytime(fam.mins(t, 18 * 60, 24 * 60))
                    aeid = fam.add(c, ta, "chat", "chat", fam.pick(W.APOLOGY[l1]))
                    c.truth.update(
                        {"apologised": True, "apology_at": iso(ta), "apology_event_id": aeid}
                    )
                allowed = [x for x in range(14) if x <= d - 2 or x >= d + 3]
                happy_days(fam, c, allowed, rng.randint(3, 6), kinds=NO_SURVEY, langs=langs)
            else:
                c = fam.person(
                    l1,
                    "resolved_between_contacts",
                    "fixed",
                    [],
                    ["silence"],
                    market=market,
                    langs=langs,
                )
                happy_days(
                    fam, c, [0, 1, 10, 11, 12], rng.randint(2, 3), kinds=NO_SURVEY, langs=langs
                )
                case_info = fixed_case(
                    fam, c, fam.pick(PROBLEMS), "web", fam.at(rng.randint(2, 6), 8, 19), l1, l2
                )
                c.truth.update(
                    {
                        "problems": [case_info],
                        "trouble_starts_at": case_info["raised_at"],
                        "confirm_language": l2,
                    }
                )
            c.truth["job_second_language"] = reason


# ---------------------------------------------------------------------------
# The business arm

ACCOUNTS: list[dict[str, Any]] = [
    # company, site, market, language, contacts, kind, problem, complainers
    {
        "company": "Immobiliare Navigli S.r.l.",
        "domain": "navigli-immobiliare.example",
        "site": "property",
        "market": "IT",
        "lang": "it",
        "contacts": 6,
        "kind": "at_risk",
        "problem": "invoice",
        "complainers": 4,
        "last": "phone",
    },
    {
        "company": "Colégio Vale Verde",
        "domain": "colegiovaleverde.example",
        "site": "school",
        "market": "PT",
        "lang": "pt",
        "contacts": 4,
        "kind": "at_risk",
        "problem": "service_blocked",
        "complainers": 3,
        "last": "email",
    },
    {
        "company": "Logistica Padana S.p.A.",
        "domain": "logisticapadana.example",
        "site": "logistics",
        "market": "IT",
        "lang": "it",
        "contacts": 5,
        "kind": "at_risk",
        "problem": "portal",
        "complainers": 3,
        "last": "phone",
    },
    {
        "company": "Wohnbau Elbufer GmbH",
        "domain": "wohnbau-elbufer.example",
        "site": "housing",
        "market": "DE",
        "lang": "de",
        "contacts": 5,
        "kind": "at_risk",
        "problem": "overbilled",
        "complainers": 4,
        "last": "phone",
    },
    {
        "company": "Hotel Miradouro Alfama",
        "domain": "miradouroalfama.example",
        "site": "hotel",
        "market": "PT",
        "lang": "pt",
        "contacts": 5,
        "kind": "at_risk",
        "problem": "invoice",
        "complainers": 3,
        "last": "phone",
    },
    {
        "company": "Bureaux Confluence SAS",
        "domain": "bureaux-confluence.example",
        "site": "offices",
        "market": "FR",
        "lang": "fr",
        "contacts": 3,
        "kind": "one_unhappy",
        "problem": "overbilled",
        "complainers": 1,
        "last": "",
    },
    {
        "company": "Residencial Levante S.L.",
        "domain": "residencial-levante.example",
        "site": "property",
        "market": "ES",
        "lang": "es",
        "contacts": 3,
        "kind": "one_unhappy",
        "problem": "portal",
        "complainers": 1,
        "last": "",
    },
    {
        "company": "Clinica San Rocco",
        "domain": "clinicasanrocco.example",
        "site": "clinic",
        "market": "IT",
        "lang": "it",
        "contacts": 3,
        "kind": "one_unhappy",
        "problem": "service_blocked",
        "complainers": 1,
        "last": "",
    },
    {
        "company": "Harbour Row Coworking Ltd",
        "domain": "harbourrow.example",
        "site": "coworking",
        "market": "UK",
        "lang": "en",
        "contacts": 3,
        "kind": "one_unhappy",
        "problem": "invoice",
        "complainers": 1,
        "last": "",
    },
    {
        "company": "Hotel Bellavista Garda",
        "domain": "bellavistagarda.example",
        "site": "hotel",
        "market": "IT",
        "lang": "it",
        "contacts": 4,
        "kind": "mild",
        "problem": None,
        "complainers": 0,
        "last": "",
    },
    {
        "company": "Farmácias Rio Tejo",
        "domain": "farmaciasriotejo.example",
        "site": "retail",
        "market": "PT",
        "lang": "pt",
        "contacts": 4,
        "kind": "mild",
        "problem": None,
        "complainers": 0,
        "last": "",
    },
    {
        "company": "Wohnstiftung Limmat",
        "domain": "wohnstiftung-limmat.example",
        "site": "foundation",
        "market": "CH",
        "lang": "de",
        "contacts": 3,
        "kind": "mild",
        "problem": None,
        "complainers": 0,
        "last": "",
    },
    {
        "company": "Studentato Ateneo Verde",
        "domain": "ateneoverde.example",
        "site": "student_housing",
        "market": "IT",
        "lang": "it",
        "contacts": 4,
        "kind": "happy",
        "problem": None,
        "complainers": 0,
        "last": "",
    },
    {
        "company": "Imobiliária Douro Norte, Lda.",
        "domain": "douronorte.example",
        "site": "property",
        "market": "PT",
        "lang": "pt",
        "contacts": 4,
        "kind": "happy",
        "problem": None,
        "complainers": 0,
        "last": "",
    },
    {
        "company": "Praxisgemeinschaft Isartal",
        "domain": "praxis-isartal.example",
        "site": "clinic",
        "market": "DE",
        "lang": "de",
        "contacts": 3,
        "kind": "happy",
        "problem": None,
        "complainers": 0,
        "last": "",
    },
]
WEEKDAYS_B2B = [0, 1, 2, 3, 4, 7, 8, 9, 10, 11]


def b2b_routine(fam: Fam, c: Cust, t: datetime, kind: str) -> str:
    lang = c.lang
    if kind == "chat":
        q, a = fam.pick(B.CHAT_Q[lang])
        return chat_exchange(fam, c, t, q, a, lang, B.THANKS[lang], 0.6, b2b=True)
    if kind == "buy":
        return purchase(fam, c, t, B.SERVICES, 20)
    if kind == "view":
        return fam.add(c, t, "web", "page_view", attrs={"page": fam.pick(B.PORTAL_PAGES)})
    if kind == "praise":
        return fam.add(c, t, "community", "post", fam.pick(B.PRAISE[lang]))
    which = fam.pick(["nps", "csat", "ces"])
    score = {
        "nps": fam.rng.randint(9, 10),
        "csat": fam.rng.randint(4, 5),
        "ces": fam.rng.randint(6, 7),
    }[which]
    return fam.add(
        c,
        t,
        "survey",
        "survey_response",
        fam.pick(B.SURVEY_WORDS[lang]) or None,
        scores={which: score},
        attrs={"survey": which},
    )


def b2b_accounts(fam: Fam) -> None:
    rng = fam.rng
    for spec in ACCOUNTS:
        lang = str(spec["lang"])
        market = str(spec["market"])
        account = unique(lambda m=market: f"ATP-{m}-{rng.randint(1000, 9999)}")
        company = {"account": account, "domain": spec["domain"], "firsts": set()}
        kind = str(spec["kind"])
        n_unhappy = int(spec["complainers"])
        n_mild = 2 if kind == "mild" else 0
        keys: list[str] = []
        unhappy_keys: list[str] = []
        complainers: list[Cust] = []
        suggesters: list[Cust] = []
        for k in range(int(spec["contacts"])):
            title = str(fam.pick(B.JOB_TITLES))
            if k < n_unhappy:
                if kind == "at_risk":
                    last = k == n_unhappy - 1
                    c = fam.person(
                        lang,
                        "b2b_unhappy",
                        "complainer",
                        ["repeat_contact"] if last else ["detractor"],
                        B2B_RISK_TOLERATED,
                        market=market,
                        job=title,
                        company=company,
                    )
                else:
                    c = fam.person(
                        lang,
                        "b2b_one_unhappy",
                        "complainer",
                        ["detractor"],
                        ["sentiment_drop", "high_value_at_risk", "silence"],
                        market=market,
                        job=title,
                        company=company,
                    )
                c.truth["role"] = "complainer"
                complainers.append(c)
                unhappy_keys.append(c.key)
            elif k < n_mild:
                c = fam.person(
                    lang,
                    "b2b_mild",
                    "suggests",
                    [],
                    ["silence"],
                    market=market,
                    job=title,
                    company=company,
                )
                c.truth["role"] = "suggests"
                suggesters.append(c)
            else:
                c = fam.person(
                    lang, "b2b_happy", "contact", [], [], market=market, job=title, company=company
                )
                c.truth["role"] = "contact"
                for d in sorted(rng.sample(WEEKDAYS_B2B, rng.randint(2, 5))):
                    b2b_routine(
                        fam,
                        c,
                        fam.at(d, 8, 16.5),
                        fam.pick(["chat", "chat", "buy", "view", "view", "praise", "survey"]),
                    )
            c.truth.update({"company": spec["company"], "job_title": title})
            keys.append(c.key)
        for c in complainers + suggesters:
            for _ in range(rng.randint(0, 2)):
                b2b_routine(
                    fam, c, fam.at(rng.randint(0, 1), 8, 16.5), fam.pick(["chat", "buy", "view"])
                )
        trouble: str | None = None
        problem = spec["problem"]
        comp = str(fam.pick(COMPETITORS))
        if kind == "at_risk":
            assert isinstance(problem, str)
            case = fam.case_ref()
            t = fam.at(2, 8.5, 12)
            first_at = t
            trouble = iso(t)
            for k, c in enumerate(complainers):
                desc = B.DESC[problem][lang]
                subject = (
                    B.COMPLAINT_SUBJECT[lang]
                    .replace("{topic}", B.TOPIC[problem][lang])
                    .replace("{company}", str(spec["company"]))
                )
                if k == 0:
                    body = fmt(
                        B.FIRST[lang],
                        c,
                        desc=desc,
                        title=c.truth["job_title"],
                        company=spec["company"],
                    )
                else:
                    t = fam.office(fam.mins(t, 8 * 60, 28 * 60))
                    wd = (
                        B.TODAY[lang]
                        if t.date() == first_at.date()
                        else W.WEEKDAYS[lang][first_at.weekday()]
                    )
                    body = fmt(
                        B.LATER[lang],
                        c,
                        desc=desc,
                        title=c.truth["job_title"],
                        company=spec["company"],
                        colleague=complainers[0].first,
                        wd=wd,
                        case=case,
                    )
                    subject = W.CASE_SUBJECT[lang].replace("{case}", case)
                eid = fam.add(c, t, "email", "message", body, subject)
                if k == 0:
                    s, b = B.ACK[lang]
                    fam.reply(
                        c,
                        fam.office(fam.mins(t, 15, 60)),
                        "email",
                        fmt(b, c, case=case, company=spec["company"]),
                        lang,
                        s.replace("{case}", case),
                        b2b=True,
                    )
                c.truth.update(
                    {
                        "problem": problem,
                        "booking": case,
                        "complaint_event_ids": [eid],
                        "trouble_starts_at": iso(t),
                    }
                )
                if k < len(complainers) - 1:
                    score = rng.randint(1, 5)
                    sid = fam.add(
                        c,
                        fam.mins(t, 60, 180),
                        "survey",
                        "survey_response",
                        fam.pick(B.LOW_NPS[lang]) or None,
                        scores={"nps": score},
                        attrs={"survey": "nps"},
                    )
                    c.truth.update({"nps_given": True, "nps": score, "survey_event_id": sid})
                else:
                    t2 = fam.office(fam.mins(t, 18 * 60, 40 * 60))
                    if spec["last"] == "email":
                        s, b = B.LAST_EMAIL[lang]
                        rid = fam.add(
                            c,
                            t2,
                            "email",
                            "message",
                            fmt(
                                b,
                                c,
                                case=case,
                                n=len(complainers),
                                comp=comp,
                                title=c.truth["job_title"],
                                company=spec["company"],
                            ),
                            s.replace("{case}", case),
                        )
                        c.truth["competitor"] = comp
                    else:
                        rid = fam.add(
                            c, t2, "phone", "call", B.LAST_PHONE[lang].replace("{case}", case)
                        )
                        c.truth["competitor"] = None
                    c.truth["complaint_event_ids"].append(rid)
                    c.truth.update({"repeat_event_id": rid, "nps_given": False})
        elif kind == "one_unhappy":
            assert isinstance(problem, str)
            c = complainers[0]
            case = fam.case_ref()
            t = fam.office(fam.at(rng.randint(3, 7), 8.5, 16))
            subject = (
                B.COMPLAINT_SUBJECT[lang]
                .replace("{topic}", B.TOPIC[problem][lang])
                .replace("{company}", str(spec["company"]))
            )
            eid = fam.add(
                c,
                t,
                "email",
                "message",
                fmt(
                    B.FIRST[lang],
                    c,
                    desc=B.DESC[problem][lang],
                    title=c.truth["job_title"],
                    company=spec["company"],
                ),
                subject,
            )
            s, b = B.ACK[lang]
            fam.reply(
                c,
                fam.office(fam.mins(t, 15, 60)),
                "email",
                fmt(b, c, case=case, company=spec["company"]),
                lang,
                s.replace("{case}", case),
                b2b=True,
            )
            score = rng.randint(1, 5)
            sid = fam.add(
                c,
                fam.mins(t, 60, 180),
                "survey",
                "survey_response",
                fam.pick(B.LOW_NPS[lang]) or None,
                scores={"nps": score},
                attrs={"survey": "nps"},
            )
            c.truth.update(
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
        for k, c in enumerate(suggesters):
            t = fam.office(fam.at(fam.pick([2, 3, 4, 7, 8, 9, 10]), 8, 16))
            mid = fam.add(
                c,
                t,
                "web",
                "ticket",
                B.SUGGEST[lang][k % len(B.SUGGEST[lang])],
                attrs={"page": "/pro/feedback"},
            )
            s, b = B.SUGGEST_ACK[lang]
            fam.reply(c, fam.office(fam.mins(t, 60, 180)), "email", fmt(b, c), lang, s, b2b=True)
            c.truth.update({"mild_event_id": mid, "trouble_starts_at": iso(t)})
        fam.accounts[account] = {
            "company": spec["company"],
            "site": spec["site"],
            "contacts": len(keys),
            "contact_keys": keys,
            "unhappy_contacts": len(unhappy_keys),
            "unhappy_contact_keys": unhappy_keys,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": trouble,
            "language": lang,
            "country": market,
        }


# ---------------------------------------------------------------------------
# The spike


def topic_spike(fam: Fam) -> None:
    rng = fam.rng
    for _ in range(40):
        c = fam.person(fam.draw_lang(), "happy", "day writer", [], [])
        for d in sorted(rng.sample(range(6), rng.randint(1, 4))):
            happy(fam, c, fam.at(d, 12, 19) if d == 5 else fam.at(d, 7, 19), fam.pick(HAPPY_KINDS))
    for lang in ("pt", "it"):
        c = fam.person(lang, "grumbles_once", "grumbles once", [], ["silence"])
        t = fam.at(0, 9, 17)
        q, a = W.ARCHIVE_GRUMBLE[lang]
        gid = fam.add(c, t, "chat", "chat", q)
        fam.reply(c, fam.mins(t, 1, 5), "chat", a, lang)
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(t)})
    for lang, hm in (("pt", (9, 40)), ("it", (16, 5))):
        c = fam.person(lang, "grumbles_once", "lone question", [], ["silence"])
        t = fam.start + timedelta(days=4, hours=hm[0], minutes=hm[1])
        q, a = W.LONE_Q[lang]
        lid = fam.add(c, t, "chat", "chat", q)
        fam.reply(c, fam.mins(t, 2, 6), "chat", a, lang)
        c.truth.update({"lone_report_event_id": lid, "trouble_starts_at": iso(t)})
    # The spike: Saturday 14 November 2026, 08:20-09:05 UTC.
    spike_start = fam.start + timedelta(days=5, hours=8, minutes=20)
    langs = ["pt"] * 6 + ["it"] * 6 + ["en", "en", "de", "de", "fr", "fr", "es", "es"]
    channels = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(langs)
    rng.shuffle(channels)
    offsets = sorted([0, 45, *[rng.randint(1, 44) for _ in range(18)]])
    regular = [True] * 12 + [False] * 8
    rng.shuffle(regular)
    reporters: list[tuple[Cust, str, datetime, str]] = []
    for i in range(20):
        lang = langs[i]
        c = fam.person(lang, "spike_reporter", "regular" if regular[i] else "new", [], ["silence"])
        if regular[i]:
            for _ in range(rng.randint(1, 3)):
                happy(fam, c, fam.at(2, 8, 17.5), fam.pick(HAPPY_KINDS))
        t = spike_start + timedelta(minutes=offsets[i], seconds=rng.randint(0, 50))
        if i == 0:
            t = spike_start
        if i == 19:
            t = spike_start + timedelta(minutes=45)
        ch = channels[i]
        text = fmt(fam.pick(W.SPIKE[lang]), c, code=W.CODE)
        if ch == "email":
            eid = fam.add(
                c,
                t,
                "email",
                "message",
                f"{W.GREET[lang]}\n{text}\n{c.first}",
                W.SPIKE_SUBJECT[lang].replace("{code}", W.CODE),
            )
        elif ch == "chat":
            eid = fam.add(c, t, "chat", "chat", text)
            fam.reply(c, fam.mins(t, 1, 3), "chat", W.SPIKE_CHAT_ANSWER[lang], lang)
        elif ch == "web":
            eid = fam.add(c, t, "web", "ticket", text, attrs={"page": "/app/reports"})
        else:
            eid = fam.add(c, t, ch, "mention" if ch == "social" else "post", text)
        c.truth.update(
            {
                "in_spike": True,
                "regular": regular[i],
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
                "repeat_event_id": None,
                "agent_fixed": False,
            }
        )
        reporters.append((c, lang, t, ch))
    early = [r for r in reporters if r[2] <= spike_start + timedelta(minutes=25)]
    repeaters = rng.sample(early, 6)
    second_channels = ["email", "email", "chat", "chat", "community", "community"]
    rng.shuffle(second_channels)
    # a second message's channel differs from the first
    for k in range(6):
        if repeaters[k][3] == second_channels[k]:
            for j in range(6):
                if (
                    j != k
                    and repeaters[j][3] != second_channels[k]
                    and repeaters[k][3] != second_channels[j]
                ):
                    second_channels[k], second_channels[j] = second_channels[j], second_channels[k]
                    break
    repeat_ids = []
    for (c, lang, t, first_ch), ch in zip(repeaters, second_channels, strict=True):
        assert ch != first_ch
        t2 = fam.mins(t, 15, 50)
        text = fmt(fam.pick(W.SPIKE_REPEAT[lang]), c, code=W.CODE)
        if ch == "email":
            rid = fam.add(
                c,
                t2,
                "email",
                "message",
                text,
                "RE: " + W.SPIKE_SUBJECT[lang].replace("{code}", W.CODE),
            )
        elif ch == "chat":
            rid = fam.add(c, t2, "chat", "chat", text)
            fam.reply(c, fam.mins(t2, 1, 3), "chat", W.SPIKE_CHAT_ANSWER[lang], lang)
        else:
            rid = fam.add(c, t2, "community", "post", text)
        c.truth.update(
            {
                "persona": "spike_repeater",
                "expected_rules": ["repeat_contact"],
                "tolerated_rules": ["sentiment_drop", "silence"],
                "repeat_event_id": rid,
            }
        )
        repeat_ids.append(rid)
    others = [r for r in reporters if r not in repeaters]
    for c, lang, _t, _ch in rng.sample(others, 6):
        local = "10:52" if c.market in ("PT", "UK", "IE") else "11:52"
        credit = {"UK": "£9", "CH": "CHF 9", "IE": "€10"}.get(c.market, "10 €")
        s, b = W.SPIKE_FIXED[lang]
        fam.reply(
            c,
            fam.start + timedelta(days=5, hours=11, minutes=rng.randint(5, 15)),
            "email",
            fmt(b, c, time=local, credit=credit),
            lang,
            s,
        )
        c.truth["agent_fixed"] = True
    firsts = sorted(reporters, key=lambda r: r[2])
    fam.spike = {
        "topic": "building-management app closes every fault report within a minute as 'resolved by the resident'; reopening fails with error ST/709-R",
        "about": "fault reports auto-closed as resolved, cannot be reopened (ST/709-R)",
        "channel": None,
        "start": iso(firsts[0][2]),
        "end": iso(firsts[-1][2]),
        "customers": 20,
        "customer_keys": [r[0].key for r in firsts],
        "event_ids": [str(r[0].truth["spike_event_id"]) for r in firsts],
        "repeat_event_ids": repeat_ids,
    }


# ---------------------------------------------------------------------------
# Writing

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

FAMILIES: list[tuple[str, str, datetime, int, str, Any]] = [
    (
        "happy_writers",
        "HW",
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        "happy households writing by day and night, and survey answerers",
        happy_writers,
    ),
    (
        "one_bad_day",
        "BD",
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        "happy households with one angry day each, and controls",
        one_bad_day,
    ),
    (
        "repeat_contacts",
        "RC",
        datetime(2026, 6, 1, tzinfo=UTC),
        10,
        "one open problem raised 2-4 times; fixed cases; two problems; frequent writers",
        repeat_contacts,
    ),
    (
        "slow_churners",
        "SC",
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
        "six-step slides, leavers, steady, steadily grumpy and sarcastic households",
        slow_churners,
    ),
    (
        "quiet_hours",
        "QH",
        datetime(2026, 8, 28, tzinfo=UTC),
        3,
        "a calm summer weekend with night-owl bursts and no spike",
        quiet_hours,
    ),
    (
        "bilingual",
        "BL",
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
        "households writing in two languages",
        bilingual,
    ),
    (
        "b2b_accounts",
        "BB",
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
        "Atrivo Pro accounts: at risk, one unhappy, mild and happy",
        b2b_accounts,
    ),
    (
        "topic_spike",
        "TS",
        datetime(2026, 11, 9, tzinfo=UTC),
        7,
        "a calm week and the ST/709-R spike on Saturday 14 November",
        topic_spike,
    ),
]


def identifiers(fam: Fam, row: Row, full: bool, vr: random.Random) -> dict[str, str | None]:
    c = row.cust
    ids: dict[str, str | None] = {
        "customer_id": None,
        "email": None,
        "phone": None,
        "handle": None,
        "account_id": c.account,
    }
    if full:
        ids.update({"customer_id": c.key, "email": c.email, "phone": c.phone, "handle": c.handle})
        return ids
    ch = row.channel
    if ch == "phone":
        ids["phone"] = spaced(c.phone) if vr.random() < 0.5 else c.phone
    elif ch in ("social", "community") and c.handle is not None:
        ids["handle"] = c.handle if vr.random() < 0.8 else c.handle.lstrip("@")
    elif ch in ("social", "community", "email"):
        ids["email"] = c.email.upper() if vr.random() < 1 / 12 else c.email
    else:
        ids["customer_id"] = c.key
    return ids


def write(fam: Fam) -> tuple[int, int]:
    rows = sorted(fam.rows, key=lambda r: (r.at, r.eid))
    vr = random.Random(SEED * 100 + 90 + fam.n)
    seen: set[str] = set()
    lines = []
    for r in rows:
        if r.at < fam.start or r.at >= LIMIT or r.at.year != 2026:
            raise SystemExit(f"{fam.name}: {r.eid} at {r.at} out of range")
        full = r.direction == "outbound" or (r.cust.key not in seen)
        if r.direction == "inbound":
            seen.add(r.cust.key)
        record = {
            "event_id": r.eid,
            "occurred_at": iso(r.at),
            "channel": r.channel,
            "kind": r.kind,
            "direction": r.direction,
            "customer": identifiers(fam, r, full, vr),
            "text": r.text,
            "subject": r.subject,
            "scores": r.scores,
            "source": SOURCES[r.channel],
            "attributes": r.attrs,
        }
        lines.append(json.dumps(record, ensure_ascii=False))
    missing = [k for k in fam.custs if k not in seen]
    if missing:
        raise SystemExit(f"{fam.name}: customers without an inbound touchpoint: {missing}")
    expected: Counter[str] = Counter()
    for key, c in fam.custs.items():
        both = set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"])
        if both:
            raise SystemExit(f"{fam.name}: {key} both expects and tolerates {both}")
        expected.update(c.truth["expected_rules"])
    for a in fam.accounts.values():
        expected.update(a["expected_rules"])
    if fam.spike:
        expected["topic_spike"] += 1
    if dict(expected) != PLANTED[fam.name]:
        raise SystemExit(f"{fam.name}: expected {dict(expected)} != planted {PLANTED[fam.name]}")
    end = max(fam.start + timedelta(days=fam.days), rows[-1].at + timedelta(hours=1))
    if end >= LIMIT:
        raise SystemExit(f"{fam.name}: end {end} out of range")
    truth = {
        "config": {
            "family": fam.name,
            "about": fam.about,
            "business": "Atrivo: building (condominium) management by app and web, with Atrivo Pro on account",
            "days": fam.days,
            "seed": SEED * 100 + fam.n,
            "written": WRITTEN,
            "expected": dict(sorted(expected.items())),
        },
        "start": iso(fam.start),
        "end": iso(end),
        "customers": {k: c.truth for k, c in sorted(fam.custs.items())},
        "accounts": fam.accounts,
        "spike": fam.spike,
        "journey": {},
        "expectations": {},
    }
    (HERE / f"{fam.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (HERE / f"{fam.name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    return len(fam.custs), len(rows)


def main() -> None:
    USED.clear()
    total_c = total_r = 0
    for n, (name, code, start, days, about, build) in enumerate(FAMILIES, start=1):
        fam = Fam(name, code, n, start, days, about)
        build(fam)
        nc, nr = write(fam)
        total_c += nc
        total_r += nr
        print(f"{name}: {nc} customers, {nr} touchpoints")
    print(f"total: {total_c} customers, {total_r} touchpoints")


if __name__ == "__main__":
    main()
