# ruff: noqa: E501
"""Build tests/scenarios/heldout101/ (Sfrecca, rides by app): eight hand-written families.

Standalone and deterministic (standard library only): ``python make_heldout101.py`` from
anywhere writes ``<family>.jsonl`` and ``<family>.truth.json`` beside this file. Each
customer's persona decides every act first; the words come from ``wording.py`` (consumers,
agents, the spike) and ``wording_b2b.py`` (Sfrecca Business).
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
WRITTEN = "2026-12-04"
BUSINESS = "Sfrecca: taxi and private-hire rides by app and web (rides now or scheduled, airport fixed fares, child seats, Sfrecca Club membership) and Sfrecca Business (company accounts, cost centres, monthly invoices, a portal)"
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
LANG_WEIGHTS = (("it", 30), ("en", 30), ("de", 10), ("fr", 10), ("es", 10), ("pt", 10))

LANG_MARKETS: dict[str, tuple[tuple[str, int], ...]] = {
    "it": (("IT", 80), ("CH", 20)),
    "en": (("UK", 60), ("IE", 30), ("MT", 10)),
    "de": (("DE", 55), ("AT", 25), ("CH", 20)),
    "fr": (("FR", 60), ("BE", 25), ("CH", 10), ("LU", 5)),
    "es": (("ES", 100),),
    "pt": (("PT", 100),),
}

TOWNS: dict[str, list[str]] = {
    "IT": [
        "Milano",
        "Roma",
        "Torino",
        "Bologna",
        "Napoli",
        "Firenze",
        "Genova",
        "Bergamo",
        "Verona",
        "Padova",
    ],
    "UK": ["London", "Manchester", "Leeds", "Bristol", "Birmingham", "Glasgow", "Edinburgh"],
    "IE": ["Dublin", "Cork", "Galway", "Limerick"],
    "MT": ["Valletta", "Sliema", "St Julian's"],
    "DE": ["Berlin", "München", "Hamburg", "Köln", "Frankfurt", "Stuttgart"],
    "AT": ["Wien", "Graz", "Linz", "Salzburg"],
    "CH-it": ["Lugano", "Bellinzona", "Locarno"],
    "CH-de": ["Zürich", "Basel", "Bern"],
    "CH-fr": ["Genève", "Lausanne"],
    "CH-en": ["Zürich", "Genève"],
    "FR": ["Paris", "Lyon", "Marseille", "Toulouse", "Nantes", "Lille"],
    "BE": ["Bruxelles", "Liège", "Namur"],
    "LU": ["Luxembourg"],
    "ES": ["Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Málaga"],
    "PT": ["Lisboa", "Porto", "Braga", "Coimbra", "Faro"],
}

FIRST: dict[str, list[str]] = {
    "it": [
        "Giulia",
        "Chiara",
        "Francesca",
        "Elena",
        "Sara",
        "Martina",
        "Valentina",
        "Alessia",
        "Federica",
        "Laura",
        "Silvia",
        "Paola",
        "Roberta",
        "Ilaria",
        "Marco",
        "Luca",
        "Andrea",
        "Matteo",
        "Stefano",
        "Davide",
        "Simone",
        "Federico",
        "Alessandro",
        "Giorgio",
        "Paolo",
        "Riccardo",
        "Lorenzo",
        "Emanuele",
    ],
    "en": [
        "Emma",
        "Sophie",
        "Olivia",
        "Chloe",
        "Grace",
        "Lucy",
        "Hannah",
        "Amy",
        "Rachel",
        "Niamh",
        "Aoife",
        "Katie",
        "Jess",
        "Megan",
        "James",
        "Tom",
        "Daniel",
        "Ben",
        "Callum",
        "Ryan",
        "Sean",
        "Conor",
        "Jack",
        "Matt",
        "Owen",
        "Rob",
        "Chris",
        "Luke",
    ],
    "de": [
        "Anna",
        "Lena",
        "Julia",
        "Laura",
        "Sarah",
        "Katharina",
        "Miriam",
        "Sabine",
        "Lukas",
        "Jonas",
        "Felix",
        "Tobias",
        "Stefan",
        "Markus",
        "Florian",
        "Matthias",
    ],
    "fr": [
        "Camille",
        "Léa",
        "Manon",
        "Chloé",
        "Julie",
        "Sophie",
        "Claire",
        "Inès",
        "Lucas",
        "Hugo",
        "Thomas",
        "Nicolas",
        "Julien",
        "Antoine",
        "Maxime",
        "Mathieu",
    ],
    "es": [
        "Lucía",
        "María",
        "Paula",
        "Laura",
        "Marta",
        "Carmen",
        "Elena",
        "Irene",
        "Pablo",
        "Javier",
        "Daniel",
        "Alejandro",
        "Sergio",
        "Adrián",
        "Álvaro",
        "Diego",
    ],
    "pt": [
        "Ana",
        "Beatriz",
        "Mariana",
        "Inês",
        "Sofia",
        "Catarina",
        "Joana",
        "Rita",
        "João",
        "Pedro",
        "Tiago",
        "Miguel",
        "Rui",
        "Diogo",
        "Nuno",
        "André",
    ],
}
LAST: dict[str, list[str]] = {
    "it": [
        "Rossi",
        "Bianchi",
        "Ferrari",
        "Esposito",
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
        "Parisi",
        "Villa",
        "Cattaneo",
    ],
    "en": [
        "Smith",
        "Jones",
        "Taylor",
        "Brown",
        "Williams",
        "Wilson",
        "Johnson",
        "Davies",
        "Murphy",
        "Kelly",
        "O'Brien",
        "Walsh",
        "Byrne",
        "Evans",
        "Thomas",
        "Roberts",
        "Walker",
        "Wright",
        "Thompson",
        "White",
        "Hughes",
        "Edwards",
        "Green",
        "Hall",
        "Wood",
        "Clarke",
        "Jackson",
        "Turner",
        "Hill",
        "Moore",
        "Cooper",
        "Ward",
        "Morris",
        "King",
        "Ryan",
        "Doyle",
        "McCarthy",
        "Lynch",
        "Kennedy",
        "Gallagher",
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
        "Schulz",
        "Hoffmann",
        "Koch",
        "Richter",
        "Bauer",
        "Klein",
        "Wolf",
        "Huber",
        "Gruber",
        "Steiner",
        "Brandt",
        "Zimmermann",
    ],
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Thomas",
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
        "Fournier",
        "Girard",
        "Bonnet",
        "Lambert",
        "Fontaine",
        "Rousseau",
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
        "Martín",
        "Jiménez",
        "Ruiz",
        "Hernández",
        "Díaz",
        "Moreno",
        "Muñoz",
        "Álvarez",
        "Romero",
        "Navarro",
        "Torres",
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
        "Almeida",
        "Ribeiro",
        "Pinto",
        "Carvalho",
        "Teixeira",
    ],
}
JOBS = [
    "nurse",
    "teacher",
    "accountant",
    "software developer",
    "shop assistant",
    "student",
    "pharmacist",
    "architect",
    "chef",
    "retired engineer",
    "sales rep",
    "physiotherapist",
    "graphic designer",
    "lawyer",
    "bank clerk",
    "hairdresser",
    "police officer",
    "journalist",
    "consultant",
    "barista",
    "warehouse supervisor",
    "care worker",
    "flight attendant",
]
SECOND_REASON: dict[str, str] = {
    "en": "works remotely for a London firm",
    "it": "married into a family from Bologna",
    "de": "commutes to an office in Munich",
    "fr": "grew up in Lyon",
    "es": "studied in Valencia and kept the habit",
    "pt": "has a partner from Porto",
}
DOMAINS = [
    "posta.example",
    "mail.example",
    "inbox.example",
    "correo.example",
    "web.example",
    "fastpost.example",
    "casella.example",
]

PRODUCTS = (
    ("City ride / Corsa in città", 9.0, 24.0),
    ("Airport fixed fare / Tariffa fissa aeroporto", 35.0, 60.0),
    ("Scheduled ride / Corsa programmata", 12.0, 30.0),
    ("Ride with child seat / Corsa con seggiolino", 12.0, 28.0),
    ("Large car ride / Corsa auto grande", 15.0, 35.0),
)
B2B_PRODUCTS = (
    ("Business ride, account / Corsa aziendale, su conto", 14.0, 40.0),
    ("Airport transfer, guest / Transfer aeroporto, ospite", 40.0, 75.0),
    ("Hourly chauffeur / Autista a ore", 90.0, 180.0),
)
PAGES = ["/", "/club", "/airport", "/rides/history", "/help/fares", "/help/lost-items", "/app"]
B2B_PAGES = [
    "/business/portal/rides",
    "/business/portal/invoices",
    "/business/portal/people",
    "/business/cost-centres",
]
SOURCES = {
    "email": "sfrecca-mail",
    "phone": "sfrecca-voice",
    "social": "sfrecca-social",
    "community": "sfrecca-forum",
    "chat": "sfrecca-chat",
    "web": "sfrecca-web",
    "survey": "sfrecca-survey",
}

TOL_REPEAT = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
TOL_SLIDER = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
TOL_LEAVER = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
TOL_B2B_RISK = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
TOL_B2B_ONE = ["sentiment_drop", "high_value_at_risk", "silence"]

UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def fold(s: str) -> str:
    s = "".join(UMLAUTS.get(ch, ch) for ch in s).replace("ß", "ss")
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if not unicodedata.combining(ch))


def strip_accents(s: str) -> str:
    out: list[str] = []
    for ch in s:
        if ch in UMLAUTS:
            out.append(UMLAUTS[ch])
        elif ch in "ñÑß":
            out.append(ch)
        else:
            out.append(
                "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
            )
    return "".join(out)


def slug(s: str) -> str:
    return "".join(ch for ch in fold(s).lower() if ch.isalnum())


def money(eur: float, market: str, lang: str, spoken: bool = False) -> str:
    if market == "UK":
        v = round(eur * 0.86)
        return f"{v} pounds" if spoken else f"£{v}"
    if market == "CH":
        v = round(eur * 0.94)
        if spoken:
            return f"{v} " + {"it": "franchi", "de": "Franken", "fr": "francs"}.get(lang, "francs")
        return f"CHF {v}"
    whole = abs(eur - round(eur)) < 0.001
    if spoken:
        return f"{round(eur)} euro" if lang != "en" else f"{round(eur)} euros"
    num = f"{round(eur)}" if whole else f"{eur:.2f}"
    if lang == "en":
        return f"€{num}"
    return num.replace(".", ",") + " €"


def currency(market: str) -> tuple[str, float]:
    if market == "UK":
        return "GBP", 0.86
    if market == "CH":
        return "CHF", 0.94
    return "EUR", 1.0


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def weighted(rng: random.Random, pairs: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def out_of_night(t: datetime, rng: random.Random, start_hour: int = 8) -> datetime:
    """Move a time that falls 22:00-07:00 UTC to the next morning (start_hour to +1h)."""
    if t.hour >= 22:
        base = (t + timedelta(days=1)).replace(hour=start_hour, minute=0, second=0)
        return base + timedelta(minutes=rng.randint(0, 59))
    if t.hour < 7:
        return t.replace(hour=start_hour, minute=rng.randint(0, 59), second=0)
    return t


def office(t: datetime, rng: random.Random) -> datetime:
    """Weekdays 08:00-17:00 UTC; otherwise the next working morning."""
    while True:
        if t.weekday() >= 5 or t.hour >= 17:
            t = (t + timedelta(days=1)).replace(hour=8, minute=rng.randint(0, 50), second=0)
            continue
        if t.hour < 8:
            t = t.replace(hour=8, minute=rng.randint(0, 50), second=0)
            continue
        return t


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

    def full_ids(self) -> dict[str, str | None]:
        return {
            "customer_id": self.key,
            "email": self.email,
            "phone": self.phone,
            "handle": self.handle,
            "account_id": self.account,
        }


@dataclass
class Registry:
    """Identifiers already given in the set (nothing is given twice)."""

    used: set[str] = field(default_factory=set)

    def take(self, value: str) -> bool:
        if value.lower() in self.used:
            return False
        self.used.add(value.lower())
        return True


class Fam:
    def __init__(
        self, reg: Registry, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.reg = reg
        self.name = name
        self.code = code
        self.n = n
        self.start = start
        self.days = days
        self.about = about
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.rows: list[dict[str, Any]] = []
        self.custs: dict[str, Cust] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.counter = 0

    # ------------------------------------------------------------ people
    def at(self, day: float, h0: float, h1: float) -> datetime:
        minutes = self.rng.randint(int(h0 * 60), int(h1 * 60) - 1)
        return self.start + timedelta(days=day, minutes=minutes, seconds=self.rng.randint(0, 59))

    def lang(self) -> str:
        return weighted(self.rng, LANG_WEIGHTS)

    def market(self, lang: str) -> str:
        return weighted(self.rng, LANG_MARKETS[lang])

    def phone(self, market: str) -> str:
        r = self.rng

        def d(k: int) -> str:
            return "".join(str(r.randint(0, 9)) for _ in range(k))

        while True:
            num = {
                "IT": "+39"
                + r.choice(["320", "328", "333", "338", "340", "347", "349", "366", "388", "392"])
                + d(7),
                "UK": "+447" + r.choice(["4", "5", "7", "8", "9"]) + d(8),
                "IE": "+3538" + r.choice(["3", "5", "6", "7", "9"]) + d(7),
                "MT": "+356" + r.choice(["79", "99", "77"]) + d(6),
                "DE": "+49" + r.choice(["151", "160", "170", "171", "176", "157"]) + d(8),
                "AT": "+43" + r.choice(["664", "676", "650", "699"]) + d(7),
                "CH": "+41" + r.choice(["76", "77", "78", "79"]) + d(7),
                "FR": "+33" + r.choice(["6", "7"]) + d(8),
                "BE": "+324" + r.choice(["7", "8", "9"]) + d(7),
                "LU": "+352" + r.choice(["621", "661", "691"]) + d(6),
                "ES": "+34" + r.choice(["6", "7"]) + d(8),
                "PT": "+3519" + r.choice(["1", "2", "3", "6"]) + d(7),
            }[market]
            if self.reg.take(num):
                return num

    def email(self, first: str, last: str, domain: str | None = None) -> str:
        r = self.rng
        f, la = slug(first), slug(last)
        for attempt in range(50):
            if domain is not None:
                local = f if attempt == 0 else f"{f}.{la}" if attempt == 1 else f"{f}.{la}{attempt}"
                addr = f"{local}@{domain}"
            else:
                pattern = r.randint(0, 4)
                local = [
                    f"{f}.{la}",
                    f"{f[0]}{la}",
                    f"{f}{la}{r.randint(1, 99)}",
                    f"{la}.{f}",
                    f"{f}_{la}{r.randint(70, 99)}",
                ][pattern]
                addr = f"{local}@{r.choice(DOMAINS)}"
            if self.reg.take(addr):
                return addr
        raise RuntimeError("no e-mail")

    def handle(self, first: str, last: str) -> str:
        r = self.rng
        f, la = slug(first), slug(last)
        while True:
            h = r.choice(
                [
                    f"@{la}_{f}{r.randint(1, 9)}",
                    f"@{f}{la}{r.randint(10, 99)}",
                    f"@{f}{la[0]}",
                    f"@{f}_{la}",
                    f"@{la}{f[0]}{r.randint(1, 9)}",
                ]
            )
            if self.reg.take(h):
                return h

    def new_key(self) -> str:
        while True:
            k = f"SF{self.code}{self.rng.randint(1000, 9999)}"
            if self.reg.take(k):
                return k

    def new_ref(self) -> str:
        while True:
            ref = f"SF{self.rng.randint(1000000, 9999999)}"
            if self.reg.take(ref):
                return ref

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        market: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        account: str | None = None,
        domain: str | None = None,
        first: str | None = None,
        **extra: Any,
    ) -> Cust:
        lang = lang or self.lang()
        market = market or self.market(lang)
        key = self.new_key()
        first_name = first or self.rng.choice(FIRST[lang])
        last = self.rng.choice(LAST[lang])
        email = self.email(first_name, last, domain)
        phone = self.phone(market)
        handle = None if account else self.handle(first_name, last)
        towns = TOWNS.get(f"{market}-{lang}") or TOWNS.get(market) or TOWNS["CH-de"]
        job = extra.pop("job", None) or self.rng.choice(JOBS)
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
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
            "name": f"{first_name} {last}",
            "job": job,
            "town": self.rng.choice(towns),
        }
        truth.update(extra)
        c = Cust(key, lang, market, first_name, last, email, phone, handle, account, truth)
        self.custs[key] = c
        return c

    # ------------------------------------------------------------- rows
    def rough_text(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.10:
            text = strip_accents(text)
        if r.random() < 0.125 and text[:1].isupper() and not text[:3].isupper():
            text = text[:1].lower() + text[1:]
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

    def mention(self, text: str) -> str:
        brand: str = W.BRAND
        pos = text.rfind(brand)
        if pos >= 0:
            return text[:pos] + "@" + text[pos:]
        return "@" + brand + " " + text

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
        rough: bool = True,
    ) -> str:
        self.counter += 1
        eid = f"sf101-{self.code.lower()}-{self.counter:05d}"
        if text is not None and not out:
            if channel == "social" and c.account is None:
                text = self.mention(text)
            if rough and channel not in ("phone", "survey"):
                text = self.rough_text(text)
        if out:
            ids: dict[str, str | None] = c.full_ids()
        else:
            ids = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            if channel == "phone":
                p = c.phone
                if self.rough.random() < 0.5:
                    cc = (
                        len(p)
                        - {
                            "IT": 10,
                            "UK": 10,
                            "IE": 9,
                            "MT": 8,
                            "DE": 11,
                            "AT": 10,
                            "CH": 9,
                            "FR": 9,
                            "BE": 9,
                            "LU": 9,
                            "ES": 9,
                            "PT": 9,
                        }[c.market]
                    )
                    p = p[:cc] + " " + p[cc:]
                ids["phone"] = p
            elif channel in ("social", "community"):
                if c.handle is None:
                    ids["email"] = c.email
                else:
                    ids["handle"] = c.handle if self.rough.random() >= 0.2 else c.handle.lstrip("@")
            elif channel == "email":
                ids["email"] = c.email.upper() if self.rough.random() < 1 / 12 else c.email
            else:
                ids["customer_id"] = c.key
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if attrs:
            a.update(attrs)
        row: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": iso(t),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "customer": ids,
            "text": text,
            "subject": subject,
            "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
            "source": SOURCES[channel],
            "attributes": a,
            "_t": t,
            "_n": self.counter,
            "_key": c.key,
        }
        self.rows.append(row)
        return eid

    # ------------------------------------------------------------ words
    def pick(self, table: dict[str, list[str]], lang: str) -> str:
        return self.rng.choice(table[lang])

    def fill(self, s: str, **kw: str) -> str:
        return s.format(b=W.BRAND, code=W.SPIKE_CODE, **kw)

    def agent(self, lang: str) -> str:
        return str(self.rng.choice(W.AGENTS[lang]))

    def signed(self, text: str, lang: str) -> tuple[str, str]:
        name = self.agent(lang)
        return text + "\n\n" + W.SIGN[lang].format(agent=name), name

    def reply_mail(self, c: Cust, t: datetime, text: str, subject: str, lang: str) -> str:
        body, name = self.signed(text, lang)
        return self.add(c, t, "email", "message", body, subject, out=True, attrs={"agent": name})

    def reply_chat(self, c: Cust, t: datetime, text: str, lang: str) -> str:
        return self.add(c, t, "chat", "chat", text, out=True, attrs={"agent": self.agent(lang)})

    def amounts(self, c: Cust, problem: str, lang: str, spoken: bool = False) -> dict[str, str]:
        a, b = W.PROBLEM_EUR[problem]
        return {"amt": money(a, c.market, lang, spoken), "amt2": money(b, c.market, lang, spoken)}

    # ------------------------------------------------------- happy acts
    def morning(self, t: datetime) -> datetime:
        return out_of_night(t, self.rng, 7)

    def happy(self, c: Cust, t: datetime, kind: str, lang: str | None = None) -> None:
        lang = lang or c.lang
        r = self.rng
        b2b = c.account is not None
        if kind in ("praise", "again", "gripe"):
            table = {"praise": W.PRAISE, "again": W.AGAIN, "gripe": W.GRIPE}[kind]
            if b2b:
                self.add(c, t, "community", "post", self.fill(self.pick(B.PRAISE, lang)))
                return
            ch = r.choice(["social", "community"])
            self.add(
                c, t, ch, "mention" if ch == "social" else "post", self.fill(self.pick(table, lang))
            )
        elif kind == "chat_q":
            q, a = r.choice((B.QUESTIONS if b2b else W.QUESTIONS)[lang])
            self.add(c, t, "chat", "chat", q)
            t2 = t + timedelta(minutes=r.randint(1, 6))
            self.reply_chat(c, t2, a, lang)
            if r.random() < 0.7:
                self.add(
                    c,
                    t2 + timedelta(minutes=r.randint(1, 8)),
                    "chat",
                    "chat",
                    self.pick(B.THANKS if b2b else W.THANKS, lang),
                )
        elif kind == "mail_q":
            q, a = r.choice(W.QUESTIONS[lang])
            self.add(c, t, "email", "message", q, W.SUBJECT_QUESTION[lang])
            t2 = self.morning(t + timedelta(minutes=r.randint(60, 300)))
            self.reply_mail(c, t2, a, "Re: " + W.SUBJECT_QUESTION[lang], lang)
            if r.random() < 0.5:
                self.add(
                    c,
                    self.morning(t2 + timedelta(minutes=r.randint(10, 240))),
                    "email",
                    "message",
                    self.pick(W.THANKS, lang),
                    "Re: " + W.SUBJECT_QUESTION[lang],
                )
        elif kind == "phone_q":
            self.add(c, t, "phone", "call", self.pick(W.PHONE_Q, lang))
            self.reply_mail(
                c,
                t + timedelta(minutes=r.randint(10, 60)),
                W.PHONE_FOLLOWUP[lang][0].format(first=c.first),
                W.SUBJECT_QUESTION[lang],
                lang,
            )
        elif kind == "buy":
            page = r.choice(B2B_PAGES if b2b else PAGES)
            self.add(c, t, "web", "page_view", attrs={"page": page})
            prod, lo, hi = r.choice(B2B_PRODUCTS if b2b else PRODUCTS)
            cur, rate = currency(c.market)
            value = round(r.uniform(lo, hi) * rate, 2)
            self.add(
                c,
                t + timedelta(minutes=r.randint(2, 15)),
                "web",
                "purchase",
                attrs={
                    "order_value": f"{value:.2f}",
                    "currency": cur,
                    "product": prod,
                    "page": "/book",
                },
            )
        elif kind == "view":
            self.add(
                c, t, "web", "page_view", attrs={"page": r.choice(B2B_PAGES if b2b else PAGES)}
            )
        elif kind == "review":
            self.add(
                c,
                t,
                "web",
                "review",
                self.pick(W.REVIEW, lang),
                attrs={"rating": str(r.choice([4, 5, 5])), "page": "/app"},
            )
        elif kind == "survey":
            which = r.choice(["nps", "csat", "ces"])
            score = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[
                which
            ]
            word = self.pick(W.SURVEY_WORDS, lang) or None
            self.add(
                c,
                t,
                "survey",
                "survey_response",
                word,
                scores={which: score},
                attrs={"survey": which},
                rough=False,
            )
        elif kind == "night_post":
            ch = r.choice(["social", "community"])
            self.add(
                c,
                t,
                ch,
                "mention" if ch == "social" else "post",
                self.fill(self.pick(W.NIGHT_POST, lang)),
            )
        elif kind == "night_q":
            q, a = r.choice(W.NIGHT_Q[lang])
            self.add(c, t, "chat", "chat", q)
            t2 = t + timedelta(minutes=r.randint(1, 5))
            self.reply_chat(c, t2, a, lang)
            self.add(
                c,
                t2 + timedelta(minutes=r.randint(1, 4)),
                "chat",
                "chat",
                self.pick(W.THANKS, lang),
            )
        else:
            raise ValueError(kind)

    def happy_days(
        self,
        c: Cust,
        n: int,
        days: list[int],
        kinds: list[str],
        h0: float = 7,
        h1: float = 21,
        lang_cycle: list[str] | None = None,
    ) -> None:
        chosen = sorted(self.rng.sample(days, min(n, len(days))))
        for i, d in enumerate(chosen):
            lang = lang_cycle[i % len(lang_cycle)] if lang_cycle else None
            self.happy(c, self.at(d, h0, h1), self.rng.choice(kinds), lang)

    # -------------------------------------------------------- complaints
    def complaint(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        problem: str,
        lang: str,
        ref: str | None,
        long: bool = False,
    ) -> tuple[str, list[str]]:
        """The first contact about a problem and the agent's reply; returns its event id and the replies'."""
        r = self.rng
        am = self.amounts(c, problem, lang)
        topic = W.TOPIC[problem][lang]
        replies: list[str] = []
        if long:
            text = W.LONG_EMAIL[(lang, problem)].format(b=W.BRAND, full=f"{c.first} {c.last}", **am)
            eid = self.add(
                c, t, "email", "message", text, W.SUBJECT_COMPLAINT[lang].format(topic=topic)
            )
        elif channel == "phone":
            eid = self.add(
                c,
                t,
                "phone",
                "call",
                W.PHONE_COMPLAINT[problem][lang].format(
                    **self.amounts(c, problem, lang, spoken=True)
                ),
            )
        else:
            text = self.fill(self.pick(W.COMPLAINT[problem], lang), **am)
            subject = W.SUBJECT_COMPLAINT[lang].format(topic=topic)
            if channel == "email":
                eid = self.add(c, t, "email", "message", text, subject)
            elif channel == "chat":
                eid = self.add(c, t, "chat", "chat", text)
            elif channel == "web":
                eid = self.add(
                    c, t, "web", "ticket", text, subject, attrs={"page": "/help/contact"}
                )
            elif channel == "social":
                eid = self.add(c, t, "social", "mention", text)
            else:
                raise ValueError(channel)
        if ref is not None:
            if channel == "chat" and not long:
                replies.append(
                    self.reply_chat(
                        c,
                        t + timedelta(minutes=r.randint(1, 4)),
                        W.AGENT_CASE_CHAT[lang].format(ref=ref),
                        lang,
                    )
                )
            else:
                t2 = self.morning(t + timedelta(minutes=r.randint(10, 40)))
                replies.append(
                    self.reply_mail(
                        c,
                        t2,
                        W.AGENT_CASE_MAIL[lang].format(first=c.first, ref=ref, topic=topic),
                        W.SUBJECT_CASE[lang].format(ref=ref),
                        lang,
                    )
                )
        return eid, replies

    def later_contact(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        problem: str,
        lang: str,
        ref: str,
        nth: int,
        comp: str,
    ) -> str:
        am = self.amounts(c, problem, lang, spoken=channel == "phone")
        desc = W.DESC[problem][lang].format(**am)
        if channel == "phone":
            return self.add(c, t, "phone", "call", W.LATER_PHONE[lang].format(ref=ref, desc=desc))
        tpl = W.LATER["second" if nth == 2 else "third" if nth == 3 else "fourth"][lang]
        text = tpl.format(ref=ref, desc=cap(desc), comp=comp)
        if channel == "email":
            return self.add(c, t, "email", "message", text, W.SUBJECT_CASE[lang].format(ref=ref))
        if channel == "chat":
            eid = self.add(c, t, "chat", "chat", text)
            self.reply_chat(
                c,
                t + timedelta(minutes=self.rng.randint(1, 5)),
                W.AGENT_URGENT_CHAT[lang].format(ref=ref),
                lang,
            )
            return eid
        if channel == "web":
            return self.add(
                c,
                t,
                "web",
                "ticket",
                text,
                W.SUBJECT_CASE[lang].format(ref=ref),
                attrs={"page": "/help/contact"},
            )
        return self.add(c, t, "social", "mention", text)

    def good_news(self, c: Cust, t: datetime, ref: str, problem: str, lang: str) -> str:
        """The agent's "good news on case ..., could you confirm" e-mail."""
        text = W.AGENT_GOOD_NEWS[lang].format(ref=ref, fix=W.FIX[problem][lang])
        return self.reply_mail(c, t, text, W.SUBJECT_CASE[lang].format(ref=ref), lang)

    def fixed_case(
        self, c: Cust, t: datetime, channel: str, problem: str, lang: str, confirm_lang: str
    ) -> dict[str, Any]:
        r = self.rng
        ref = self.new_ref()
        eid, _ = self.complaint(c, t, channel, problem, lang, ref)
        t2 = out_of_night(t + timedelta(hours=r.uniform(3, 20)), r)
        self.good_news(c, t2, ref, problem, confirm_lang)
        t3 = out_of_night(t2 + timedelta(hours=r.uniform(8, 30)), r)
        ch = r.choice(["email", "chat"])
        text = self.pick(W.CONFIRM, confirm_lang).format(ref=ref)
        if ch == "email":
            cid = self.add(
                c, t3, "email", "message", text, W.SUBJECT_CASE[confirm_lang].format(ref=ref)
            )
        else:
            cid = self.add(c, t3, "chat", "chat", text)
        return {
            "problem": problem,
            "booking": ref,
            "raised_at": iso(t),
            "fixed_at": iso(t2),
            "confirmed_at": iso(t3),
            "problem_event_ids": [eid],
            "confirm_event_id": cid,
            "channel": channel,
            "confirm_channel": ch,
        }

    def slide(
        self, c: Cust, start_day: float, span: int, langs: list[str]
    ) -> tuple[list[str], datetime, str, datetime]:
        """Six steps of a slide; returns their ids, the first step's time, the competitor, the fourth step's time."""
        r = self.rng
        comp = r.choice(W.COMPETITORS)
        ids: list[str] = []
        t_prev = self.start
        first = fourth = self.start
        ratings = [3, 3, 2, 2, 1, 1]
        for i in range(6):
            lang = langs[i % len(langs)]
            day = start_day + span * i / 5
            t = self.start + timedelta(days=int(day)) + timedelta(hours=r.uniform(8, 20.5))
            if i and t < t_prev + timedelta(hours=1):
                t = t_prev + timedelta(hours=1, minutes=r.randint(5, 90))
            t = out_of_night(t, r)
            text = W.SLIDE[lang][i].format(comp=comp)
            ch = r.choice(["social", "community", "review"])
            if ch == "review":
                eid = self.add(
                    c, t, "web", "review", text, attrs={"rating": str(ratings[i]), "page": "/app"}
                )
            else:
                eid = self.add(c, t, ch, "mention" if ch == "social" else "post", text)
            ids.append(eid)
            if i == 0:
                first = t
            if i == 3:
                fourth = t
            t_prev = t
        return ids, first, comp, fourth

    def low_nps(self, c: Cust, t: datetime, lang: str) -> tuple[str, int]:
        nps = self.rng.randint(1, 5)
        word = self.pick(W.LOW_NPS_WORDS, lang) or None
        return self.add(
            c,
            t,
            "survey",
            "survey_response",
            word,
            scores={"nps": nps},
            attrs={"survey": "nps"},
            rough=False,
        ), nps

    # ------------------------------------------------------------ output
    def finish(self) -> tuple[str, str]:
        rows = sorted(self.rows, key=lambda x: (x["_t"], x["_n"]))
        seen: set[str] = set()
        for row in rows:
            key = row["_key"]
            if row["direction"] == "inbound" and key not in seen:
                seen.add(key)
                row["customer"] = self.custs[key].full_ids()
        for key, c in self.custs.items():
            if key not in seen:
                raise SystemExit(f"{self.name}: {key} has no inbound touchpoint")
            both = set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"])
            if both:
                raise SystemExit(f"{self.name}: {key} expects and tolerates {both}")
        for row in rows:
            t = row["_t"]
            if t.year != 2026 or t >= LIMIT or t < self.start:
                raise SystemExit(f"{self.name}: {row['event_id']} at {t}")
        last = rows[-1]["_t"]
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        if end > LIMIT:
            raise SystemExit(f"{self.name}: end {end}")
        lines = []
        for row in rows:
            out = {k: v for k, v in row.items() if not k.startswith("_")}
            lines.append(json.dumps(out, ensure_ascii=False))
        expected: dict[str, int] = {}
        for c in self.custs.values():
            for rule in c.truth["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        for acc in self.accounts.values():
            for rule in acc["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": BUSINESS,
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": WRITTEN,
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: self.custs[k].truth for k in sorted(self.custs)},
            "accounts": {k: self.accounts[k] for k in sorted(self.accounts)},
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        return "\n".join(lines) + "\n", json.dumps(
            truth, ensure_ascii=False, indent=1, sort_keys=True
        ) + "\n"


def day(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


HAPPY_KINDS = [
    "praise",
    "praise",
    "again",
    "gripe",
    "chat_q",
    "chat_q",
    "mail_q",
    "phone_q",
    "buy",
    "buy",
    "view",
    "review",
    "survey",
]
NO_SURVEY = [k for k in HAPPY_KINDS if k != "survey"]


# ------------------------------------------------------------------ families


def happy_writers(reg: Registry) -> Fam:
    f = Fam(
        reg,
        "happy_writers",
        "HW",
        1,
        day(2026, 3, 23),
        10,
        "happy customers writing by day and by night, and survey answerers",
    )
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, r.randint(5, 8), list(range(10)), HAPPY_KINDS, 7, 19)
    for _ in range(5):
        c = f.person("happy", "night writer")
        nights = sorted(r.sample(range(9), r.randint(2, 4)))
        for d in nights:
            t = (
                f.start
                + timedelta(days=d, hours=22, minutes=12)
                + timedelta(minutes=r.randint(0, 377))
            )
            f.happy(c, t, r.choice(["night_post", "night_q"]))
        f.happy_days(
            c,
            r.randint(2, 3),
            [d for d in range(10) if d not in nights],
            ["praise", "buy", "view", "review"],
            9,
            18,
        )
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        f.happy_days(c, r.randint(3, 6), list(range(10)), ["survey"], 8, 20)
    return f


def one_bad_day(reg: Registry) -> Fam:
    f = Fam(
        reg,
        "one_bad_day",
        "BD",
        2,
        day(2026, 4, 20),
        12,
        "happy customers with one angry day, some with a low score",
    )
    r = f.rng
    slots: list[tuple[str, str, str | None]] = [
        ("long", "no_show", "it"),
        ("long", "detour", "it"),
        ("long", "double_charge", "en"),
        ("long", "airport_fare", "en"),
    ]
    rest = (
        ["no_show"] * 3
        + ["detour"] * 3
        + ["double_charge"] * 3
        + ["airport_fare"] * 3
        + ["lost_item"] * 4
        + ["cancel_fee"] * 4
    )
    r.shuffle(rest)
    channels = ["email", "chat", "social", "web", "phone"] * 4
    slots += [(ch, p, None) for ch, p in zip(channels, rest, strict=True)]
    with_case = [i for i, s in enumerate(slots) if s[0] != "social"]
    nps_set = set(r.sample(with_case, 6))
    csat_set = set(r.sample([i for i in with_case if i not in nps_set], 5))
    good = r.sample(with_case, 12)
    good_set = set(good)
    apology_set = set(r.sample(good, 5))
    for i, (channel, problem, lang) in enumerate(slots):
        persona = "bad_day_detractor" if i in nps_set else "happy_one_bad_day"
        c = f.person(
            persona,
            "one bad day",
            lang,
            expected=["detractor"] if i in nps_set else [],
            tolerated=["silence"],
            problem=problem,
        )
        bd = r.randint(2, 9)
        t = f.at(bd, 8, 20)
        ref = None if channel == "social" else f.new_ref()
        eid, _ = f.complaint(
            c,
            t,
            "email" if channel == "long" else channel,
            problem,
            c.lang,
            ref,
            long=channel == "long",
        )
        days_ok = [d for d in range(12) if d <= bd - 2 or d >= bd + 3]
        f.happy_days(c, r.randint(1, 5), days_ok, NO_SURVEY)
        c.truth.update(
            {
                "channel": "email" if channel == "long" else channel,
                "long_email": channel == "long",
                "booking": ref,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(t),
                "problem_event_ids": [eid],
            }
        )
        c.truth.update(
            {"nps_given": False, "csat_given": False, "agent_fixed": False, "apologised": False}
        )
        if i in nps_set:
            sid, nps = f.low_nps(c, t + timedelta(minutes=r.randint(100, 140)), c.lang)
            c.truth.update({"nps_given": True, "nps": nps, "survey_event_id": sid})
        if i in csat_set:
            cs = r.randint(1, 2)
            sid = f.add(
                c,
                t + timedelta(minutes=r.randint(40, 80)),
                "survey",
                "survey_response",
                f.pick(W.LOW_CSAT_WORDS, c.lang) or None,
                scores={"csat": cs},
                attrs={"survey": "csat"},
                rough=False,
            )
            c.truth.update({"csat_given": True, "csat": cs, "survey_event_id": sid})
        if i in good_set and ref is not None:
            t2 = out_of_night(t + timedelta(hours=r.uniform(1, 4)), r)
            f.good_news(c, t2, ref, problem, c.lang)
            c.truth["agent_fixed"] = True
            if i in apology_set:
                t3 = out_of_night(t + timedelta(hours=r.uniform(16, 24)), r)
                text = f.pick(W.APOLOGY, c.lang).format(ref=ref)
                if r.random() < 0.5:
                    aid = f.add(c, t3, "chat", "chat", text)
                else:
                    aid = f.add(
                        c, t3, "email", "message", text, W.SUBJECT_CASE[c.lang].format(ref=ref)
                    )
                c.truth.update({"apologised": True, "apology_at": iso(t3), "apology_event_id": aid})
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, r.randint(4, 7), list(range(12)), NO_SURVEY)
    return f


def repeat_run(
    f: Fam,
    c: Cust,
    contacts: int,
    first_day: int,
    langs: list[str],
    first_channel: str,
    quality: bool,
) -> None:
    r = f.rng
    problem = r.choice(W.PROBLEMS)
    ref = f.new_ref()
    t = f.at(first_day, 8, 19)
    comp = r.choice(W.COMPETITORS)
    eid, _ = f.complaint(c, t, first_channel, problem, langs[0], ref)
    if quality:
        tq = out_of_night(t + timedelta(hours=r.uniform(1.5, 2.5)), r)
        f.reply_mail(
            c,
            tq,
            W.AGENT_QUALITY[langs[0]].format(first=c.first, ref=ref),
            W.SUBJECT_CASE[langs[0]].format(ref=ref),
            langs[0],
        )
    ids = [eid]
    chans = [first_channel]
    options = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != first_channel]
    r.shuffle(options)
    tp = t
    for k in range(2, contacts + 1):
        tp = out_of_night(tp + timedelta(hours=r.uniform(4, 40)), r, 8)
        ch = options[k - 2]
        lang = langs[(k - 1) % len(langs)]
        ids.append(f.later_contact(c, tp, ch, problem, lang, ref, k, comp))
        chans.append(ch)
    c.truth.update(
        {
            "problem": problem,
            "booking": ref,
            "contacts": contacts,
            "channels": chans,
            "channel": first_channel,
            "problem_event_ids": ids,
            "trouble_starts_at": iso(t),
            "agent_passed_on": quality,
            "competitor": comp if contacts >= 3 else None,
        }
    )


def repeat_contacts(reg: Registry) -> Fam:
    f = Fam(
        reg,
        "repeat_contacts",
        "RC",
        3,
        day(2026, 6, 1),
        10,
        "one open problem raised two to four times, fixed problems, two problems, frequent writers",
    )
    r = f.rng
    counts = [2] * 4 + [3] * 4 + [4] * 4
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    r.shuffle(firsts)
    quality = set(r.sample(range(12), 6))
    for i in range(12):
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=TOL_REPEAT)
        for _ in range(r.randint(1, 3)):
            f.happy(c, f.at(0, 7, 12), r.choice(["praise", "buy", "view", "chat_q"]))
        repeat_run(f, c, counts[i], r.randint(1, 4), [c.lang], firsts[i], i in quality)
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=["silence"])
        f.happy(c, f.at(0, 8, 18), r.choice(["praise", "buy", "view"]))
        case = f.fixed_case(
            c,
            f.at(r.randint(1, 5), 8, 19),
            r.choice(["web", "email", "chat"]),
            r.choice(W.PROBLEMS),
            c.lang,
            c.lang,
        )
        c.truth.update(
            {"problems": [case], "booking": case["booking"], "trouble_starts_at": case["raised_at"]}
        )
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=["silence"])
        p1, p2 = r.sample(W.PROBLEMS, 2)
        d1 = r.randint(0, 3)
        case1 = f.fixed_case(
            c, f.at(d1, 8, 19), r.choice(["web", "email", "chat"]), p1, c.lang, c.lang
        )
        case2 = f.fixed_case(
            c,
            f.at(d1 + r.randint(4, 5), 8, 19),
            r.choice(["web", "email", "chat"]),
            p2,
            c.lang,
            c.lang,
        )
        c.truth.update({"problems": [case1, case2], "trouble_starts_at": case1["raised_at"]})
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.happy_days(
            c,
            r.randint(5, 8),
            list(range(10)),
            ["chat_q", "chat_q", "mail_q", "mail_q", "phone_q", "buy", "praise"],
        )
    return f


def slow_churners(reg: Registry) -> Fam:
    f = Fam(
        reg,
        "slow_churners",
        "SC",
        4,
        day(2026, 7, 6),
        32,
        "sustained slides from a happy baseline, leavers, steady, steadily grumpy and sarcastic customers",
    )
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    r.shuffle(spans)
    nps_set = set(r.sample(range(10), 5))
    for i in range(10):
        exp = ["sentiment_drop", "detractor"] if i in nps_set else ["sentiment_drop"]
        c = f.person("slow_churner", "slides", expected=exp, tolerated=TOL_SLIDER)
        base = sorted(r.sample(range(11), r.randint(4, 5)))
        for d in base:
            f.happy(c, f.at(d, 8, 20), r.choice(["praise", "praise", "again"]))
        f.happy_days(
            c,
            r.randint(2, 4),
            [d for d in range(11) if d not in base],
            ["chat_q", "buy", "view", "review", "mail_q"],
        )
        ids, first, comp, fourth = f.slide(c, r.randint(12, 16), spans[i], [c.lang])
        c.truth.update(
            {
                "slide_event_ids": ids,
                "slide_days": spans[i],
                "competitor": comp,
                "trouble_starts_at": iso(first),
                "nps_given": i in nps_set,
            }
        )
        if i in nps_set:
            sid, nps = f.low_nps(
                c, out_of_night(fourth + timedelta(hours=r.uniform(2.5, 3.5)), r), c.lang
            )
            c.truth.update({"nps": nps, "survey_event_id": sid})
    for _ in range(5):
        c = f.person(
            "slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=TOL_LEAVER
        )
        f.happy_days(c, r.randint(4, 6), list(range(16)), NO_SURVEY)
        t = f.at(r.randint(17, 23), 8, 20)
        eid = f.add(c, t, "email", "message", f.pick(W.LEAVE, c.lang), W.SUBJECT_LEAVE[c.lang])
        t2 = out_of_night(t + timedelta(hours=r.uniform(1, 5)), r)
        f.reply_mail(
            c,
            t2,
            W.AGENT_SORRY_GO[c.lang].format(first=c.first),
            "Re: " + W.SUBJECT_LEAVE[c.lang],
            c.lang,
        )
        t3 = out_of_night(t + timedelta(hours=r.uniform(20, 30)), r)
        cid = f.add(
            c,
            t3,
            "web",
            "cancellation",
            attrs={"page": "/account/club/cancel", "product": "Sfrecca Club"},
        )
        c.truth.update(
            {
                "churn_intent_event_id": eid,
                "cancellation_event_id": cid,
                "churn_at": iso(t3),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, r.randint(6, 10), list(range(32)), HAPPY_KINDS)
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        n = r.randint(5, 7)
        d = r.randint(0, 4)
        grumbles = r.sample(W.GRUMBLE[c.lang], min(n, len(W.GRUMBLE[c.lang])))
        ids = []
        first = f.start
        for k, text in enumerate(grumbles):
            t = f.at(d, 8, 21)
            ch = r.choice(["social", "community", "web", "review"])
            if ch == "web":
                eid = f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"})
            elif ch == "review":
                eid = f.add(c, t, "web", "review", text, attrs={"rating": "3", "page": "/app"})
            else:
                eid = f.add(c, t, ch, "mention" if ch == "social" else "post", text)
            ids.append(eid)
            if k == 0:
                first = t
            d += r.randint(1, 3)
        for _ in range(r.randint(0, 2)):
            f.happy(c, f.at(r.randint(0, 30), 9, 19), "buy")
        c.truth.update({"grumble_event_ids": ids, "trouble_starts_at": iso(first)})
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        f.happy_days(c, r.randint(3, 6), [d for d in range(32) if d < 16], HAPPY_KINDS)
        t = f.at(r.randint(17, 28), 8, 21)
        ch = r.choice(["social", "community"])
        sid = f.add(c, t, ch, "mention" if ch == "social" else "post", f.pick(W.SARCASM, c.lang))
        c.truth.update({"sarcasm_event_id": sid})
    return f


def quiet_hours(reg: Registry) -> Fam:
    f = Fam(
        reg,
        "quiet_hours",
        "QH",
        5,
        day(2026, 8, 28),
        3,
        "a calm summer weekend with night owls in bursts",
    )
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(
            c,
            r.randint(1, 3),
            [0, 1, 2],
            ["praise", "again", "chat_q", "buy", "view", "review", "gripe"],
            7,
            17.5,
        )
    for k in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.at(r.randint(0, 2), 9, 17)
        f.happy(c, t, r.choice(["buy", "view"]))
        q, a = r.choice(W.MILD[c.lang])
        t2 = t + timedelta(minutes=r.randint(20, 30))
        if k < 2:
            gid = f.add(c, t2, "chat", "chat", q)
            f.reply_chat(c, t2 + timedelta(minutes=r.randint(1, 5)), a, c.lang)
        else:
            gid = f.add(c, t2, "web", "ticket", q, attrs={"page": "/help/contact"})
            f.reply_mail(
                c,
                t2 + timedelta(minutes=r.randint(30, 120)),
                a,
                "Re: " + W.SUBJECT_QUESTION[c.lang],
                c.lang,
            )
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(t2)})
    day_act = set(r.sample(range(36), 18))
    idx = 0
    for night in range(3):
        first = f.start + timedelta(days=night + 1, minutes=r.randint(40, 64))
        starts = [
            first,
            first + timedelta(minutes=r.randint(28, 33)),
            first + timedelta(minutes=r.randint(55, 65)),
        ]
        for b, bs in enumerate(starts):
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                t = bs + timedelta(minutes=r.randint(0, 9), seconds=r.randint(0, 59))
                kind = r.choice(["night_post", "night_q"])
                before = f.counter
                f.happy(c, t, kind)
                nid = f"sf101-{f.code.lower()}-{before + 1:05d}"
                c.truth.update({"burst_at": iso(bs), "night_event_id": nid})
                if idx in day_act:
                    f.happy(
                        c,
                        f.at(r.randint(0, 2), 9, 17.5),
                        r.choice(["praise", "buy", "view", "review"]),
                    )
                idx += 1
    return f


def bilingual(reg: Registry) -> Fam:
    f = Fam(reg, "bilingual", "BL", 6, day(2026, 9, 21), 14, "customers who write in two languages")
    r = f.rng
    happy_pairs = [
        ("it", "en"),
        ("en", "it"),
        ("it", "en"),
        ("en", "it"),
        ("it", "de"),
        ("de", "it"),
        ("en", "fr"),
        ("fr", "en"),
        ("it", "es"),
        ("en", "pt"),
        ("pt", "en"),
        ("fr", "it"),
    ]
    repeat_pairs = [("it", "en"), ("en", "it"), ("de", "en"), ("es", "it"), ("it", "fr")]
    slide_pairs = [("en", "it"), ("it", "en"), ("en", "es"), ("fr", "de"), ("pt", "it")]
    bad_pairs = [("en", "it"), ("it", "en"), ("de", "it")]
    fixed_pairs = [("it", "en"), ("en", "de")]

    def who(pair: tuple[str, str], persona: str, habit: str, **kw: Any) -> Cust:
        a, b = pair
        markets = sorted({m for m, _ in LANG_MARKETS[a]} | {m for m, _ in LANG_MARKETS[b]})
        market = weighted(r, LANG_MARKETS[a]) if r.random() < 0.6 else r.choice(markets)
        return f.person(
            persona, habit, a, market, languages=[a, b], job_second_language=SECOND_REASON[b], **kw
        )

    for pair in happy_pairs:
        c = who(pair, "happy", "alternates languages")
        f.happy_days(c, r.randint(5, 8), list(range(14)), NO_SURVEY, lang_cycle=list(pair))
    counts = [2, 2, 3, 3, 4]
    for i, pair in enumerate(repeat_pairs):
        c = who(
            pair, "repeat_contact", "repeats", expected=["repeat_contact"], tolerated=TOL_REPEAT
        )
        for k in range(r.randint(1, 3)):
            f.happy(
                c, f.at(r.randint(0, 1), 8, 18), r.choice(["praise", "buy", "view"]), pair[k % 2]
            )
        repeat_run(
            f,
            c,
            counts[i],
            r.randint(2, 5),
            list(pair),
            r.choice(["web", "email", "chat"]),
            counts[i] >= 3,
        )
    for pair in slide_pairs:
        c = who(pair, "slow_churner", "slides", expected=["sentiment_drop"], tolerated=TOL_SLIDER)
        for k, d in enumerate(sorted(r.sample(range(6), 5))):
            f.happy(c, f.at(d, 8, 20), r.choice(["praise", "again"]), pair[k % 2])
        for k in range(r.randint(1, 3)):
            f.happy(
                c, f.at(r.randint(0, 6), 8, 20), r.choice(["buy", "view", "chat_q"]), pair[k % 2]
            )
        span = r.randint(3, 5)
        ids, first, comp, _ = f.slide(c, r.randint(7, 8), span, list(pair))
        c.truth.update(
            {
                "slide_event_ids": ids,
                "slide_days": span,
                "competitor": comp,
                "trouble_starts_at": iso(first),
            }
        )
    kinds = [("long", "lost_item"), ("email", r.choice(W.PROBLEMS)), ("chat", r.choice(W.PROBLEMS))]
    for (channel, problem), pair in zip(kinds, bad_pairs, strict=True):
        c = who(pair, "happy_one_bad_day", "one bad day", tolerated=["silence"], problem=problem)
        bd = r.randint(4, 9)
        t = f.at(bd, 8, 20)
        ref = f.new_ref()
        second = pair[1]
        eid, _ = f.complaint(
            c,
            t,
            "email" if channel == "long" else channel,
            problem,
            second,
            ref,
            long=channel == "long",
        )
        f.happy_days(
            c, r.randint(2, 5), [d for d in range(14) if d <= bd - 2 or d >= bd + 3], NO_SURVEY
        )
        c.truth.update(
            {
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "bad_day_language": second,
                "booking": ref,
                "channel": "email" if channel == "long" else channel,
                "long_email": channel == "long",
                "trouble_starts_at": iso(t),
                "problem_event_ids": [eid],
                "agent_fixed": channel != "chat",
                "apologised": False,
            }
        )
        if channel != "chat":
            t2 = out_of_night(t + timedelta(hours=r.uniform(1, 4)), r)
            f.good_news(c, t2, ref, problem, second)
        if channel == "email":
            t3 = out_of_night(t + timedelta(hours=r.uniform(18, 24)), r)
            aid = f.add(c, t3, "chat", "chat", f.pick(W.APOLOGY, second).format(ref=ref))
            c.truth.update({"apologised": True, "apology_at": iso(t3), "apology_event_id": aid})
    for pair in fixed_pairs:
        c = who(pair, "resolved_between_contacts", "fixed", tolerated=["silence"])
        f.happy(c, f.at(0, 8, 18), "buy", pair[0])
        case = f.fixed_case(
            c, f.at(r.randint(2, 8), 8, 19), "web", r.choice(W.PROBLEMS), pair[0], pair[1]
        )
        c.truth.update(
            {
                "problems": [case],
                "booking": case["booking"],
                "trouble_starts_at": case["raised_at"],
                "confirm_language": pair[1],
            }
        )
    return f


def b2b_accounts(reg: Registry) -> Fam:
    f = Fam(
        reg,
        "b2b_accounts",
        "BB",
        7,
        day(2026, 10, 12),
        14,
        "Sfrecca Business accounts: at risk, one unhappy contact, mild suggestions, happy",
    )
    r = f.rng
    lang_of = {
        "IT": "it",
        "UK": "en",
        "IE": "en",
        "DE": "de",
        "FR": "fr",
        "ES": "es",
        "PT": "pt",
        "CH": "de",
    }
    plan: list[tuple[str, str, str, str | None, int, int]] = [
        # (market, company, kind, problem, complainers, contacts)
        ("IT", "Trasporti Brenta Logistica", "at_risk", "invoice", 4, 6),
        ("IT", "Studio Legale Vannucci & Ferri", "at_risk", "service_blocked", 3, 4),
        ("UK", "Harrowgate Private Clinic", "at_risk", "portal", 3, 5),
        ("UK", "The Wexley Hotel", "at_risk", "overbilled", 4, 5),
        ("DE", "Brandauer Unternehmensberatung", "at_risk", "invoice", 3, 4),
        ("IE", "Liffeyside Software", "one_unhappy", "service_blocked", 1, 3),
        ("IT", "Ottica Caravaggi", "one_unhappy", "overbilled", 1, 3),
        ("FR", "Cabinet Dufresnoy Architectes", "one_unhappy", "portal", 1, 3),
        ("ES", "Grupo Albariño Seguros", "one_unhappy", "invoice", 1, 3),
        ("IT", "Fonderie Lario", "mild", None, 2, 4),
        ("DE", "Kesselring Messebau", "mild", None, 2, 3),
        ("PT", "Estaleiros Tejo Sul", "mild", None, 2, 4),
        ("IT", "Agenzia Pontevecchio Eventi", "happy", None, 0, 5),
        ("UK", "Pennant & Lowe Surveyors", "happy", None, 0, 4),
        ("CH", "Bergli Treuhand", "happy", None, 0, 3),
    ]
    last_phone = [True, True, False, True, True]
    risk_i = 0

    def routine(c: Cust, days: list[int], n: int, kinds: list[str]) -> None:
        for d in sorted(r.sample(days, min(n, len(days)))):
            f.happy(c, f.at(d, 8, 16.5), r.choice(kinds))

    def complain_and_ack(
        c: Cust, t: datetime, problem: str, lang: str, ref: str, company: str
    ) -> str:
        """A company contact's first complaint by e-mail and the agent's acknowledgement."""
        text = B.COMPLAINT[problem][lang].format(b=W.BRAND)
        eid = f.add(c, t, "email", "message", text, B.SUBJECT[lang].format(company=company))
        ack = B.ACK[lang].format(name=c.first, ref=ref, company=company)
        body, name = f.signed(ack, lang)
        when = t + timedelta(minutes=r.randint(30, 90))
        subject = B.SUBJECT_CASE[lang].format(ref=ref)
        f.add(c, when, "email", "message", body, subject, out=True, attrs={"agent": name})
        return eid

    weekdays = [d for d in range(14) if (f.start + timedelta(days=d)).weekday() < 5]
    for market, company, kind, problem, n_unhappy, n_contacts in plan:
        lang = lang_of[market]
        while True:
            acc = f"SFB-{market}-{r.randint(1000, 9999)}"
            if reg.take(acc):
                break
        domain = B.DOMAINS[company]
        firsts = r.sample(FIRST[lang], n_contacts)
        contacts: list[Cust] = []
        for k in range(n_contacts):
            job = r.choice(B.JOB_TITLES)
            role = "contact"
            persona = "b2b_happy"
            exp: list[str] = []
            tol: list[str] = []
            if kind == "at_risk" and k < n_unhappy:
                role, persona, tol = "complainer", "b2b_unhappy", TOL_B2B_RISK
                exp = ["repeat_contact"] if k == n_unhappy - 1 else ["detractor"]
            elif kind == "one_unhappy" and k == 0:
                role, persona, tol = "complainer", "b2b_one_unhappy", TOL_B2B_ONE
                exp = ["detractor"]
            elif kind == "mild" and k < n_unhappy:
                role, persona, tol = "suggests", "b2b_mild", ["silence"]
            c = f.person(
                persona,
                role,
                lang,
                market,
                expected=exp,
                tolerated=tol,
                account=acc,
                domain=domain,
                first=firsts[k],
                job=job,
                company=company,
                role=role,
                job_title=job,
            )
            contacts.append(c)
        unhappy: list[Cust] = []
        trouble: str | None = None
        if kind == "at_risk" and problem is not None:
            ref = f.new_ref()
            t = f.start + timedelta(days=2, hours=8, minutes=r.randint(10, 300))
            first_c = contacts[0]
            t_first = t
            wd_names = B.WEEKDAY[lang]
            for k in range(n_unhappy):
                c = contacts[k]
                routine(c, [0, 1], r.randint(0, 2), ["chat_q", "buy", "view"])
                if k == 0:
                    eid = complain_and_ack(c, t, problem, lang, ref, company)
                    trouble = iso(t)
                else:
                    same_day = t.date() == t_first.date()
                    wd = wd_names[5] if same_day else wd_names[t_first.weekday()]
                    text = B.LATER[lang][(k - 1) % 2].format(
                        ref=ref, first=first_c.first, wd=wd, desc=cap(B.DESC[problem][lang])
                    )
                    eid = f.add(
                        c, t, "email", "message", text, B.SUBJECT_CASE[lang].format(ref=ref)
                    )
                ids = [eid]
                if k < n_unhappy - 1:
                    sid, nps = f.low_nps(c, t + timedelta(hours=r.uniform(1, 3)), lang)
                    c.truth.update({"nps_given": True, "nps": nps, "survey_event_id": sid})
                else:
                    t2 = office(t + timedelta(hours=r.uniform(18, 40)), r)
                    comp = r.choice(W.COMPETITORS)
                    if last_phone[risk_i]:
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "phone",
                                "call",
                                B.LAST_PHONE[lang].format(ref=ref, desc=B.DESC[problem][lang]),
                            )
                        )
                        c.truth["competitor"] = None
                    else:
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "email",
                                "message",
                                B.LAST_EMAIL[lang].format(
                                    ref=ref, desc=B.DESC[problem][lang], comp=comp
                                ),
                                B.SUBJECT_CASE[lang].format(ref=ref),
                            )
                        )
                        c.truth["competitor"] = comp
                    c.truth.update({"nps_given": False})
                c.truth.update(
                    {
                        "complaint_event_ids": ids,
                        "trouble_starts_at": iso(t),
                        "booking": ref,
                        "problem": problem,
                    }
                )
                unhappy.append(c)
                t = office(t + timedelta(hours=r.uniform(8, 28)), r)
            risk_i += 1
        elif kind == "one_unhappy" and problem is not None:
            c = contacts[0]
            routine(c, [0, 1], r.randint(0, 2), ["chat_q", "buy", "view"])
            ref = f.new_ref()
            t = f.at(r.choice([3, 4, 7]), 8, 16)
            eid = complain_and_ack(c, t, problem, lang, ref, company)
            sid, nps = f.low_nps(c, t + timedelta(hours=r.uniform(1, 3)), lang)
            c.truth.update(
                {
                    "complaint_event_ids": [eid],
                    "trouble_starts_at": iso(t),
                    "booking": ref,
                    "problem": problem,
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": sid,
                }
            )
            unhappy.append(c)
        elif kind == "mild":
            texts = r.sample(B.MILD[lang], 2)
            for k in range(n_unhappy):
                c = contacts[k]
                routine(c, [0, 1], r.randint(0, 2), ["chat_q", "buy", "view"])
                t = f.at(r.choice([2, 3, 4, 7, 8]), 8, 16)
                mid = f.add(
                    c, t, "web", "ticket", texts[k], attrs={"page": "/business/portal/feedback"}
                )
                body, name = f.signed(B.ACK_MILD[lang].format(name=c.first), lang)
                f.add(
                    c,
                    t + timedelta(minutes=r.randint(40, 180)),
                    "email",
                    "message",
                    body,
                    "Re: feedback",
                    out=True,
                    attrs={"agent": name},
                )
                c.truth.update({"mild_event_id": mid, "trouble_starts_at": iso(t)})
        for c in contacts:
            if c.truth["persona"] == "b2b_happy":
                routine(
                    c,
                    weekdays,
                    r.randint(3, 6),
                    ["chat_q", "chat_q", "buy", "buy", "view", "praise", "survey"],
                )
        f.accounts[acc] = {
            "company": company,
            "site": B.SITES[company],
            "contacts": len(contacts),
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": [c.key for c in unhappy],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": trouble if kind == "at_risk" else None,
            "language": lang,
            "country": market,
        }
    return f


def topic_spike(reg: Registry) -> Fam:
    f = Fam(
        reg,
        "topic_spike",
        "TS",
        8,
        day(2026, 11, 9),
        6,
        "a calm week and a planted spike on Saturday morning",
    )
    r = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in sorted(r.sample(range(6), r.randint(1, 4))):
            t = f.at(d, 12, 19) if d == 5 else f.at(d, 7, 21)
            f.happy(c, t, r.choice(HAPPY_KINDS))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.at(0, 9, 18)
        q, a = W.MILD[c.lang][0]
        gid = f.add(c, t, "chat", "chat", q)
        f.reply_chat(c, t + timedelta(minutes=r.randint(1, 5)), a, c.lang)
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(t)})
    for lang, hh, mm in (("it", 9, 40), ("en", 16, 5)):
        c = f.person("grumbles_once", "lone question", lang, tolerated=["silence"])
        t = f.start + timedelta(days=4, hours=hh, minutes=mm)
        q, a = W.LONE_Q[lang][0]
        lid = f.add(c, t, "chat", "chat", q)
        f.reply_chat(c, t + timedelta(minutes=r.randint(2, 6)), a, lang)
        c.truth.update({"lone_report_event_id": lid, "trouble_starts_at": iso(t)})
    langs = ["it"] * 6 + ["en"] * 6 + ["de", "de", "fr", "fr", "es", "es", "pt", "pt"]
    channels = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(langs)
    r.shuffle(channels)
    sat = f.start + timedelta(days=5)
    w0 = sat + timedelta(hours=6, minutes=40)
    offsets = sorted([0, 45, *r.sample(range(1, 45), 18)])
    regular = set(r.sample(range(20), 12))
    early = [i for i in range(20) if offsets[i] <= 25]
    repeaters = set(r.sample(early, 6))
    fixed = set(r.sample([i for i in range(20) if i not in repeaters], 6))
    rep_channels = ["email", "email", "chat", "chat", "community", "community"]
    r.shuffle(rep_channels)

    def post(c: Cust, t: datetime, ch: str, text: str, lang: str, prefix: str) -> str:
        """A spike report or its repeat on one channel (chat answered by an agent)."""
        subject = prefix + W.SPIKE_SUBJECT[lang].format(code=W.SPIKE_CODE)
        if ch == "chat":
            eid = f.add(c, t, "chat", "chat", text)
            answer = W.SPIKE_CHAT_ANSWER[lang].format(code=W.SPIKE_CODE)
            f.reply_chat(c, t + timedelta(minutes=r.randint(1, 4)), answer, lang)
            return eid
        if ch == "email":
            return f.add(c, t, "email", "message", text, subject)
        if ch == "web":
            return f.add(c, t, "web", "ticket", text, subject, attrs={"page": "/help/contact"})
        return f.add(c, t, ch, "mention" if ch == "social" else "post", text)

    keys: list[str] = []
    eids: list[str] = []
    reps: list[str] = []
    used_lang: dict[str, int] = {}
    rc = 0
    for i in range(20):
        lang = langs[i]
        rep = i in repeaters
        persona = "spike_repeater" if rep else "spike_reporter"
        c = f.person(
            persona,
            "regular" if i in regular else "new",
            lang,
            expected=["repeat_contact"] if rep else [],
            tolerated=["silence", "sentiment_drop"] if rep else ["silence"],
        )
        if i in regular:
            for _ in range(r.randint(1, 3)):
                f.happy(
                    c, f.at(2, 8, 17.5), r.choice(["praise", "buy", "view", "chat_q", "mail_q"])
                )
        t = w0 + timedelta(
            minutes=offsets[i], seconds=r.randint(0, 59) if 0 < offsets[i] < 45 else 0
        )
        n = used_lang.get(lang, 0)
        used_lang[lang] = n + 1
        text = W.SPIKE_REPORT[lang][n % len(W.SPIKE_REPORT[lang])].format(
            b=W.BRAND, code=W.SPIKE_CODE
        )
        ch = channels[i]
        eid = post(c, t, ch, text, lang, "")
        keys.append(c.key)
        eids.append(eid)
        c.truth.update(
            {
                "in_spike": True,
                "regular": i in regular,
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
                "agent_fixed": i in fixed,
            }
        )
        if rep:
            ch2 = rep_channels[rc]
            if ch2 == ch:
                ch2 = "email" if ch != "email" else "community"
            rc += 1
            t2 = t + timedelta(minutes=r.randint(15, 50))
            options2 = W.SPIKE_REPEAT[lang]
            text2 = options2[rc % len(options2)].format(code=W.SPIKE_CODE)
            rid = post(c, t2, ch2, text2, lang, "Re: ")
            reps.append(rid)
            c.truth.update({"repeat_event_id": rid})
        if i in fixed:
            tf = sat + timedelta(hours=9, minutes=r.randint(48, 57))
            local = "9:30" if c.market in ("UK", "IE", "PT") else "10:30"
            credit = {"UK": "£9", "CH": "CHF 9"}.get(c.market, "€10" if lang == "en" else "10 €")
            f.reply_mail(
                c,
                tf,
                W.SPIKE_FIXED[lang].format(first=c.first, time=local, amt=credit),
                W.SPIKE_FIXED_SUBJECT[lang],
                lang,
            )
    f.spike = {
        "topic": "ride-hailing app dispatches scheduled rides at the moment of booking instead of the booked time: a car came the evening before, none at the booked hour, ride not found, error SKD/41-7",
        "about": "Saturday morning: riders whose scheduled rides were sent the night before report no car and error SKD/41-7 in six languages on five channels",
        "channel": None,
        "start": iso(w0),
        "end": iso(w0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    return f


FAMILIES = [
    (happy_writers, {}),
    (one_bad_day, {"detractor": 6}),
    (repeat_contacts, {"repeat_contact": 12}),
    (slow_churners, {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5}),
    (quiet_hours, {}),
    (bilingual, {"repeat_contact": 5, "sentiment_drop": 5}),
    (b2b_accounts, {"account_risk": 5, "detractor": 16, "repeat_contact": 5}),
    (topic_spike, {"topic_spike": 1, "repeat_contact": 6}),
]


def main() -> None:
    reg = Registry()
    for build, planted in FAMILIES:
        fam = build(reg)
        jsonl, truth = fam.finish()
        got = json.loads(truth)["config"]["expected"]
        if got != dict(sorted(planted.items())):
            raise SystemExit(f"{fam.name}: expected {got}, planted {planted}")
        (HERE / f"{fam.name}.jsonl").write_text(jsonl, encoding="utf-8")
        (HERE / f"{fam.name}.truth.json").write_text(truth, encoding="utf-8")
        print(f"{fam.name}: {len(fam.custs)} customers, {len(fam.rows)} touchpoints")


if __name__ == "__main__":
    main()
