"""Build heldout43: blind, hand-written, report-only alert scenarios (standard library only).

Run as ``python make_heldout43.py`` from anywhere; it writes ``<family>.jsonl`` and
``<family>.truth.json`` next to itself. Seeded: two runs give the same bytes.
"""

from __future__ import annotations

# ruff: noqa: E501
import json
import random
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402
import wording_b2b as B  # noqa: E402

SEED = 20261107
BRAND = "Werkaro"
COMPS = ("Maquilo", "Schraubix")
WRITTEN = "2026-12-02"
BUSINESS = (
    "Werkaro: tool and garden-machine hire by app and web (power tools, floor sanders, tile cutters, "
    "carpet cleaners, pressure washers, garden machines, scaffold towers), delivered and collected or "
    "picked up at depot counters and 24h lockers with a card deposit, and a Plus membership; a business "
    "arm, Werkaro Pro, hiring site machines to firms on account. Competitors (invented): Maquilo, Schraubix."
)
LANGS = ["es", "de", "en", "fr", "it", "pt"]
WEIGHTS = [30, 30, 10, 10, 10, 10]
MARKETS: dict[str, list[tuple[str, int]]] = {
    "es": [("ES", 1)],
    "de": [("DE", 5), ("AT", 3), ("CH", 2)],
    "en": [("UK", 3), ("IE", 2)],
    "fr": [("FR", 3), ("BE", 2), ("CH", 1), ("LU", 1)],
    "it": [("IT", 4), ("CH", 1)],
    "pt": [("PT", 1)],
}
PHONE: dict[str, tuple[str, int, list[str]]] = {
    "ES": ("+34", 9, ["6", "7"]),
    "DE": ("+49", 11, ["151", "160", "170", "176"]),
    "AT": ("+43", 10, ["664", "676", "699"]),
    "CH": ("+41", 9, ["76", "78", "79"]),
    "UK": ("+44", 10, ["7"]),
    "IE": ("+353", 9, ["83", "85", "86", "87"]),
    "FR": ("+33", 9, ["6", "7"]),
    "BE": ("+32", 9, ["47", "48", "49"]),
    "LU": ("+352", 9, ["621", "661", "691"]),
    "IT": ("+39", 10, ["3"]),
    "PT": ("+351", 9, ["91", "92", "93", "96"]),
}
TOWNS: dict[str, list[str]] = {
    "ES": [
        "Getafe",
        "Sevilla",
        "Zaragoza",
        "Valladolid",
        "Murcia",
        "Gijón",
        "Alcalá de Henares",
        "Málaga",
    ],
    "DE": ["Leipzig", "Bielefeld", "Freiburg", "Kassel", "Mainz", "Rostock", "Würzburg"],
    "AT": ["Graz", "Linz", "Salzburg", "Wels"],
    "CH": ["Winterthur", "Lugano", "Fribourg", "Basel"],
    "UK": ["Leeds", "Bristol", "Norwich", "Liverpool"],
    "IE": ["Cork", "Galway", "Limerick"],
    "FR": ["Grenoble", "Nantes", "Dijon", "Tours"],
    "BE": ["Liège", "Namur", "Eupen"],
    "LU": ["Esch-sur-Alzette", "Differdange"],
    "IT": ["Bergamo", "Verona", "Modena", "Lecce"],
    "PT": ["Setúbal", "Braga", "Aveiro", "Faro"],
}
NAMES: dict[str, tuple[list[str], list[str]]] = {
    "es": (
        [
            "Lucía",
            "Javier",
            "Marta",
            "Álvaro",
            "Carmen",
            "Sergio",
            "Nuria",
            "Raúl",
            "Elena",
            "Diego",
            "Pilar",
            "Jorge",
            "Ainhoa",
            "Rubén",
            "Beatriz",
            "Óscar",
            "Irene",
            "Pablo",
            "Rosa",
            "Adrián",
        ],
        [
            "García",
            "Martínez",
            "López",
            "Sánchez",
            "Romero",
            "Navarro",
            "Torres",
            "Domínguez",
            "Gil",
            "Ortega",
            "Moreno",
            "Castillo",
            "Iglesias",
            "Cabrera",
            "Molina",
            "Herrera",
            "Vidal",
            "Fuentes",
        ],
    ),
    "de": (
        [
            "Jonas",
            "Lena",
            "Tobias",
            "Katrin",
            "Felix",
            "Miriam",
            "Lukas",
            "Sabine",
            "Florian",
            "Anja",
            "Matthias",
            "Julia",
            "Stefan",
            "Carina",
            "Dominik",
            "Heike",
            "Moritz",
            "Nadine",
            "Bernd",
            "Ute",
        ],
        [
            "Müller",
            "Schneider",
            "Becker",
            "Hoffmann",
            "Wagner",
            "Krüger",
            "Lehmann",
            "Köhler",
            "Brandt",
            "Vogel",
            "Schulte",
            "Fuchs",
            "Hartmann",
            "Zimmermann",
            "Lorenz",
            "Kaiser",
            "Seidel",
            "Winkler",
        ],
    ),
    "en": (
        [
            "Chloe",
            "Liam",
            "Aoife",
            "Ryan",
            "Hannah",
            "Declan",
            "Gemma",
            "Owen",
            "Siobhan",
            "Ben",
            "Fiona",
            "Kieran",
        ],
        [
            "Walsh",
            "Thompson",
            "Byrne",
            "Hughes",
            "Kelly",
            "Patel",
            "Murray",
            "Doyle",
            "Evans",
            "Brennan",
        ],
    ),
    "fr": (
        [
            "Camille",
            "Julien",
            "Manon",
            "Hugo",
            "Pauline",
            "Thomas",
            "Élodie",
            "Nicolas",
            "Chloé",
            "Antoine",
        ],
        [
            "Lefèvre",
            "Moreau",
            "Girard",
            "Fontaine",
            "Lambert",
            "Rousseau",
            "Mercier",
            "Dupont",
            "Renard",
            "Peeters",
        ],
    ),
    "it": (
        [
            "Chiara",
            "Matteo",
            "Giulia",
            "Lorenzo",
            "Sara",
            "Davide",
            "Elisa",
            "Andrea",
            "Francesca",
            "Simone",
        ],
        [
            "Bianchi",
            "Colombo",
            "Ricci",
            "Marino",
            "Greco",
            "Galli",
            "Conti",
            "Fontana",
            "Rinaldi",
            "Barbieri",
        ],
    ),
    "pt": (
        [
            "Beatriz",
            "Tiago",
            "Mariana",
            "Rui",
            "Catarina",
            "João",
            "Inês",
            "Pedro",
            "Sofia",
            "Miguel",
        ],
        [
            "Silva",
            "Ferreira",
            "Costa",
            "Santos",
            "Oliveira",
            "Pereira",
            "Rodrigues",
            "Almeida",
            "Carvalho",
            "Lopes",
        ],
    ),
}
JOBS = [
    "nurse",
    "electrician",
    "teacher",
    "bus driver",
    "accountant",
    "baker",
    "physiotherapist",
    "warehouse worker",
    "graphic designer",
    "pharmacist",
    "chef",
    "retired",
    "student",
    "police officer",
    "architect",
    "hairdresser",
]
DOMAINS = [
    "correo.example",
    "posteo.example",
    "mailhaus.example",
    "inbox.example",
    "webpost.example",
]
SOURCES = {
    "email": "werkaro-mail",
    "phone": "werkaro-voice",
    "social": "werkaro-social",
    "community": "werkaro-forum",
    "chat": "werkaro-chat",
    "web": "werkaro-web",
    "survey": "werkaro-survey",
}
REPLY_SUBJECT = {lang: W.GOOD_NEWS[lang][0] for lang in LANGS}
CET_MARKETS = {"ES", "DE", "AT", "CH", "FR", "BE", "LU", "IT"}

REPEAT_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
SLIDE_TOL = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
LEAVER_TOL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
B2B_RISK_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
B2B_ONE_TOL = ["sentiment_drop", "high_value_at_risk", "silence"]

_ids: set[str] = set()


def unique(make: Callable[[], object]) -> str:
    for _ in range(1000):
        value = str(make())
        if value.lower() not in _ids:
            _ids.add(value.lower())
            return value
    raise RuntimeError("no unique value")


def ascii_name(text: str) -> str:
    text = text.replace("ü", "ue").replace("ö", "oe").replace("ä", "ae").replace("ß", "ss")
    text = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower().replace(" ", "")


def strip_accents(text: str) -> str:
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
        text = text.replace(a, b)
    out = []
    for ch in text:
        if ch in "ñÑß":
            out.append(ch)
            continue
        dec = unicodedata.normalize("NFD", ch)
        out.append("".join(c for c in dec if not unicodedata.combining(c)) or ch)
    return unicodedata.normalize("NFC", "".join(out))


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def money(eur: float, market: str, lang: str, spoken: bool = False) -> str:
    if market == "UK":
        n = round(eur * 0.86)
        return f"{n} pounds" if spoken else f"£{n}"
    if market == "CH":
        n = round(eur * 0.94)
        word = {"de": "Franken", "fr": "francs", "it": "franchi"}.get(lang, "francs")
        return f"{n} {word}" if spoken else f"CHF {n}"
    n = round(eur)
    if spoken:
        return f"{n} " + {"de": "Euro", "it": "euro"}.get(lang, "euros")
    if lang == "en":
        return f"€{n}"
    return f"{n} €"


def spoken(text: str) -> str:
    for ch in ".,!?¿¡:;()":
        text = text.replace(ch, "")
    text = " ".join(text.split())
    return text[:1].lower() + text[1:]


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
    langs: list[str] = field(default_factory=list)


@dataclass
class Row:
    seq: int
    t: datetime
    cust: Cust
    channel: str
    kind: str
    direction: str
    text: str | None
    subject: str | None
    scores: dict[str, int | None]
    attributes: dict[str, str]
    event_id: str


class Fam:
    def __init__(
        self,
        n: int,
        name: str,
        code: str,
        start: datetime,
        days: int,
        about: str,
        expected: dict[str, int],
    ) -> None:
        self.n = n
        self.name = name
        self.code = code
        self.start = start
        self.days = days
        self.about = about
        self.expected = expected
        self.rng = random.Random(SEED * 100 + n)
        self.vr = random.Random(SEED * 100 + 50 + n)
        self.rows: list[Row] = []
        self.customers: dict[str, Cust] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}

    # -- people -------------------------------------------------------------
    def lang(self) -> str:
        return self.rng.choices(LANGS, WEIGHTS)[0]

    def market(self, lang: str) -> str:
        options = MARKETS[lang]
        return self.rng.choices([m for m, _ in options], [w for _, w in options])[0]

    def phone(self, market: str) -> str:
        cc, digits, leads = PHONE[market]

        def make() -> str:
            lead = self.rng.choice(leads)
            return (
                cc + lead + "".join(str(self.rng.randrange(10)) for _ in range(digits - len(lead)))
            )

        return unique(make)

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        market: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        firm: tuple[str, str, str, set[str]] | None = None,
        **extra: Any,
    ) -> Cust:
        lang = lang or self.lang()
        market = market or self.market(lang)
        firsts, lasts = NAMES[lang]
        first = self.rng.choice(firsts)
        if firm is not None:
            used = firm[3]
            first = self.rng.choice([f for f in firsts if f not in used] or firsts)
            used.add(first)
        last = self.rng.choice(lasts)
        a, b = ascii_name(first), ascii_name(last)
        key = unique(lambda: f"WK{self.code}{self.rng.randrange(1000, 10000)}")
        if firm is not None:
            domain = firm[1]
            email = unique(lambda: f"{a}.{b}@{domain}")
            handle = None
            account: str | None = firm[0]
        else:
            email = unique(
                lambda: (
                    self.rng.choice(
                        [
                            f"{a}.{b}",
                            f"{a}{b}{self.rng.randrange(10, 99)}",
                            f"{a[0]}{b}",
                            f"{b}.{a}",
                        ]
                    )
                    + "@"
                    + self.rng.choice(DOMAINS)
                )
            )
            handle = unique(
                lambda: (
                    "@"
                    + self.rng.choice(
                        [
                            f"{a}_{b}",
                            f"{b}{a[0]}",
                            f"{a}{b}{self.rng.randrange(10, 99)}",
                            f"{a}.{b}",
                            f"{b}_{a}{self.rng.randrange(1, 9)}",
                        ]
                    )
                )
            )
            account = None
        phone = self.phone(market)
        expected = expected or []
        tolerated = tolerated or []
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
            "segment": "b2b" if firm is not None else "consumer",
            "name": f"{first} {last}",
            "job": self.rng.choice(JOBS),
            "town": self.rng.choice(TOWNS[market]),
        }
        truth.update(extra)
        c = Cust(key, lang, market, first, last, email, phone, handle, account, truth, [lang])
        self.customers[key] = c
        return c

    # -- times --------------------------------------------------------------
    def at(self, day: float, h0: float, h1: float) -> datetime:
        minutes = self.rng.uniform(h0 * 60, h1 * 60)
        return self.start + timedelta(days=day, minutes=minutes, seconds=self.rng.randrange(60))

    def mins(self, t: datetime, lo: float, hi: float) -> datetime:
        return t + timedelta(minutes=self.rng.uniform(lo, hi), seconds=self.rng.randrange(60))

    def day_out(self, t: datetime) -> datetime:
        """Out of 22:00-07:00: to 08:00-09:00 the next (or same) morning."""
        if t.hour >= 22:
            base = (t + timedelta(days=1)).replace(hour=8, minute=0, second=0)
        elif t.hour < 7:
            base = t.replace(hour=8, minute=0, second=0)
        else:
            return t
        return base + timedelta(minutes=self.rng.randrange(60), seconds=self.rng.randrange(60))

    def office(self, t: datetime, last_hour: int = 17) -> datetime:
        while t.weekday() >= 5 or t.hour >= last_hour or t.hour < 8:
            if t.hour >= 8 or t.weekday() >= 5:
                t = (t + timedelta(days=1)).replace(hour=8, minute=0, second=0)
            else:
                t = t.replace(hour=8, minute=0, second=0)
            t += timedelta(minutes=self.rng.randrange(60), seconds=self.rng.randrange(60))
        return t

    # -- touchpoints ----------------------------------------------------------
    def roughen(self, text: str) -> str:
        if self.vr.random() < 0.1:
            text = strip_accents(text)
        if self.vr.random() < 1 / 8 and text[:1].isupper() and not text.startswith(BRAND):
            text = text[:1].lower() + text[1:]
        if self.vr.random() < 1 / 7:
            words = text.split(" ")
            cands = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
            if cands:
                i = self.vr.choice(cands)
                w = words[i]
                j = self.vr.randrange(1, len(w) - 2)
                if w[j] != w[j + 1]:
                    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                    text = " ".join(words)
        return text

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
        eid = f"wk43-{self.code.lower()}-{len(self.rows) + 1:05d}"
        attributes = {"market": c.market}
        if c.account:
            attributes["segment"] = "b2b"
        attributes.update(attrs or {})
        if text is not None and not out:
            if channel == "social" and not c.account:
                pos = text.rfind(BRAND)
                text = text[:pos] + "@" + text[pos:] if pos >= 0 else f"@{BRAND} {text}"
            if rough and channel not in ("phone", "survey"):
                text = self.roughen(text)
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        sc.update(scores or {})
        self.rows.append(
            Row(
                len(self.rows),
                t,
                c,
                channel,
                kind,
                "outbound" if out else "inbound",
                text,
                subject,
                sc,
                attributes,
                eid,
            )
        )
        return eid

    def fmt(self, c: Cust, template: str, lang: str | None = None, **kw: str) -> str:
        lang = lang or c.lang
        values = {
            "brand": BRAND,
            "first": c.first,
            "agent": self.rng.choice(W.AGENTS[lang]),
            "comp": COMPS[0],
        }
        values.update(kw)
        return template.format(**values)

    def agent_mail(
        self, c: Cust, t: datetime, subject: str, text: str, lang: str | None = None
    ) -> str:
        lang = lang or c.lang
        agent = self.rng.choice(W.AGENTS[lang])
        body = self.fmt(c, text, lang, agent=agent)
        return self.add(
            c,
            t,
            "email",
            "message",
            body,
            self.fmt(c, subject, lang),
            out=True,
            attrs={"agent": agent},
        )

    def agent_chat(self, c: Cust, t: datetime, text: str, lang: str | None = None) -> str:
        lang = lang or c.lang
        agent = self.rng.choice(W.AGENTS[lang])
        return self.add(
            c,
            t,
            "chat",
            "chat",
            self.fmt(c, text, lang, agent=agent),
            out=True,
            attrs={"agent": agent},
        )

    # -- happy acts -----------------------------------------------------------
    def happy(
        self,
        c: Cust,
        t: datetime,
        kind: str | None = None,
        lang: str | None = None,
        survey: bool = False,
    ) -> str:
        lang = lang or c.lang
        kinds = [
            "praise",
            "praise",
            "again",
            "gripe",
            "chat",
            "chat",
            "mail",
            "phone",
            "purchase",
            "purchase",
            "page",
            "review",
        ]
        if survey:
            kinds.append("survey")
        k = kind or self.rng.choice(kinds)
        r = self.rng
        if k in ("praise", "again", "gripe"):
            table = {"praise": W.PRAISE, "again": W.AGAIN, "gripe": W.GRIPE_PRAISE}[k]
            ch = r.choice(["social", "community"])
            return self.add(
                c,
                t,
                ch,
                "mention" if ch == "social" else "post",
                self.fmt(c, r.choice(table[lang]), lang),
            )
        if k == "chat":
            q, a = r.choice(W.QA_CHAT[lang])
            eid = self.add(c, t, "chat", "chat", self.fmt(c, q, lang))
            t2 = self.mins(t, 1, 6)
            agent = r.choice(W.AGENTS[lang])
            self.add(
                c,
                t2,
                "chat",
                "chat",
                self.fmt(c, a, lang, agent=agent),
                out=True,
                attrs={"agent": agent},
            )
            if r.random() < 0.6:
                self.add(
                    c,
                    self.mins(t2, 1, 3),
                    "chat",
                    "chat",
                    self.fmt(c, r.choice(W.THANKS[lang]), lang, agent=agent),
                )
            return eid
        if k == "mail":
            s, q, a = r.choice(W.QA_MAIL[lang])
            eid = self.add(c, t, "email", "message", self.fmt(c, q, lang), s)
            self.agent_mail(c, self.day_out(self.mins(t, 60, 300)), "RE: " + s, a, lang)
            return eid
        if k == "phone":
            q, a = r.choice(W.QA_PHONE[lang])
            eid = self.add(c, t, "phone", "call", self.fmt(c, q, lang))
            self.agent_mail(
                c,
                self.mins(t, 10, 60),
                {
                    "es": "Tu llamada",
                    "de": "Ihr Anruf",
                    "en": "Your call",
                    "fr": "Votre appel",
                    "it": "La sua chiamata",
                    "pt": "A sua chamada",
                }[lang],
                a,
                lang,
            )
            return eid
        if k == "purchase":
            prod, price, page = r.choice(W.PRODUCTS)
            self.add(c, t, "web", "page_view", attrs={"page": page})
            return self.add(
                c, self.mins(t, 3, 15), "web", "purchase", attrs=self.order(c, prod, price, page)
            )
        if k == "page":
            return self.add(c, t, "web", "page_view", attrs={"page": r.choice(W.PAGES)})
        if k == "review":
            rating, text = r.choice(W.REVIEW[lang])
            return self.add(
                c,
                t,
                "web",
                "review",
                self.fmt(c, text, lang),
                attrs={"rating": rating, "page": "/reviews"},
            )
        return self.survey_happy(c, t, lang)

    def order(self, c: Cust, prod: str, price: float, page: str) -> dict[str, str]:
        cur = {"UK": "GBP", "CH": "CHF"}.get(c.market, "EUR")
        value = price * {"GBP": 0.86, "CHF": 0.94}.get(cur, 1.0)
        return {"order_value": f"{value:.2f}", "currency": cur, "product": prod, "page": page}

    def survey_happy(self, c: Cust, t: datetime, lang: str | None = None) -> str:
        lang = lang or c.lang
        which = self.rng.choice(["nps", "csat", "ces"])
        score = {
            "nps": self.rng.choice([9, 10]),
            "csat": self.rng.choice([4, 5]),
            "ces": self.rng.choice([6, 7]),
        }[which]
        word = self.rng.choice(W.SURVEY_WORDS[lang])
        return self.add(
            c,
            t,
            "survey",
            "survey_response",
            word or None,
            scores={which: score},
            attrs={"survey": which},
        )

    def happy_days(
        self,
        c: Cust,
        days: list[int],
        h0: float = 7,
        h1: float = 19,
        survey: bool = False,
        kinds: list[str] | None = None,
        alt: bool = False,
    ) -> list[str]:
        out = []
        for i, d in enumerate(days):
            lang = c.langs[i % len(c.langs)] if alt else c.lang
            out.append(
                self.happy(
                    c, self.at(d, h0, h1), self.rng.choice(kinds) if kinds else None, lang, survey
                )
            )
        return out

    # -- problems -------------------------------------------------------------
    def account_id(self, market: str) -> str:
        return unique(lambda: f"WKP-{market}-{self.rng.randrange(1000, 10000)}")

    def ref(self) -> str:
        return unique(lambda: f"WK-{self.rng.randrange(100000, 1000000)}")

    def topic(self, c: Cust, problem: str, lang: str | None = None) -> str:
        lang = lang or c.lang
        return str(W.TOPIC[lang][problem]).format(
            amount=money(W.PROBLEM_EUR[problem], c.market, lang)
        )

    def complaint(
        self, c: Cust, t: datetime, channel: str, problem: str, lang: str | None = None
    ) -> str:
        """The first angry message on a channel (email, chat, form, phone, social)."""
        lang = lang or c.lang
        amount = money(W.PROBLEM_EUR[problem], c.market, lang)
        if channel == "phone":
            text = W.BAD_PHONE[lang][problem].format(
                amount=money(W.PROBLEM_EUR[problem], c.market, lang, spoken=True)
            )
            return self.add(c, t, "phone", "call", text)
        if channel == "social":
            return self.add(
                c,
                t,
                "social",
                "mention",
                self.fmt(c, W.BAD_SOCIAL[lang][problem], lang, amount=amount),
            )
        text = self.fmt(c, self.rng.choice(W.BAD[lang][problem]), lang, amount=amount)
        if channel == "chat":
            return self.add(c, t, "chat", "chat", text)
        subject = W.COMPLAINT_SUBJECT[lang].format(topic=self.topic(c, problem, lang))
        if channel == "form":
            return self.add(c, t, "web", "ticket", text, subject, attrs={"page": "/help/contact"})
        return self.add(c, t, "email", "message", text, subject)

    def ack(self, c: Cust, t: datetime, channel: str, ref: str, lang: str | None = None) -> str:
        lang = lang or c.lang
        if channel == "chat":
            return self.agent_chat(
                c, self.mins(t, 1, 6), W.CHAT_CASE[lang].replace("{ref}", ref), lang
            )
        s, text = W.CASE_OPENED[lang]
        return self.agent_mail(
            c,
            self.day_out(self.mins(t, 10, 40)),
            s.replace("{ref}", ref),
            text.replace("{ref}", ref),
            lang,
        )

    def later_contact(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        problem: str,
        ref: str,
        k: int,
        comp: str,
        lang: str | None = None,
    ) -> str:
        """Contact number k+1 (k >= 1) about an open problem."""
        lang = lang or c.lang
        topic = self.topic(c, problem, lang)
        if channel == "phone":
            text = W.STILL_OPEN_PHONE[lang].format(ref=ref, topic=topic)
            if k == 2:
                text += " " + spoken(self.rng.choice(W.THIRD[lang]).format(comp=comp))
            if k == 3:
                text = spoken(W.FOURTH[lang]) + " " + text
            return self.add(c, t, "phone", "call", text)
        text = self.rng.choice(W.STILL_OPEN[lang]).format(ref=ref, topic=topic)
        if k == 2:
            text += ". " + self.rng.choice(W.THIRD[lang]).format(comp=comp)
        if k == 3:
            text = W.FOURTH[lang] + " " + text
        if channel == "chat":
            eid = self.add(c, t, "chat", "chat", text)
            self.agent_chat(
                c, self.mins(t, 1, 6), W.LATER_CHAT_REPLY[lang].replace("{ref}", ref), lang
            )
            return eid
        if channel == "social":
            return self.add(c, t, "social", "mention", f"{BRAND} " + text)
        subject = REPLY_SUBJECT[lang].format(ref=ref)
        if channel == "form":
            return self.add(c, t, "web", "ticket", text, subject, attrs={"page": "/help/contact"})
        return self.add(c, t, "email", "message", text, subject)

    def good_news(self, c: Cust, t: datetime, ref: str, lang: str | None = None) -> str:
        lang = lang or c.lang
        s, text = W.GOOD_NEWS[lang]
        return self.agent_mail(c, t, s.replace("{ref}", ref), text.replace("{ref}", ref), lang)

    def confirm(self, c: Cust, t: datetime, ref: str, channel: str, lang: str | None = None) -> str:
        lang = lang or c.lang
        text = self.rng.choice(W.CONFIRM[lang]).format(ref=ref)
        if channel == "chat":
            return self.add(c, t, "chat", "chat", text)
        return self.add(c, t, "email", "message", text, REPLY_SUBJECT[lang].format(ref=ref))

    def fixed_case(
        self,
        c: Cust,
        t: datetime,
        problem: str,
        channel: str,
        lang: str | None = None,
        confirm_lang: str | None = None,
    ) -> dict[str, Any]:
        ref = self.ref()
        e1 = self.complaint(c, t, channel, problem, lang)
        self.ack(c, t, channel, ref, lang)
        fixed = self.day_out(self.mins(t, 180, 1200))
        self.good_news(c, fixed, ref, confirm_lang or lang)
        cch = self.rng.choice(["email", "chat"])
        conf_t = self.day_out(self.mins(fixed, 480, 1800))
        e2 = self.confirm(c, conf_t, ref, cch, confirm_lang or lang)
        return {
            "problem": problem,
            "booking": ref,
            "raised_at": iso(t),
            "fixed_at": iso(fixed),
            "confirmed_at": iso(conf_t),
            "problem_event_ids": [e1],
            "confirm_event_id": e2,
            "channel": channel,
            "confirm_channel": cch,
        }

    def nps_low(self, c: Cust, t: datetime, lang: str | None = None) -> tuple[str, int]:
        lang = lang or c.lang
        score = self.rng.randint(1, 5)
        word = self.rng.choice(W.NPS_LOW[lang])
        return self.add(
            c,
            t,
            "survey",
            "survey_response",
            word or None,
            scores={"nps": score},
            attrs={"survey": "nps"},
        ), score

    # -- output ---------------------------------------------------------------
    def finalize(self) -> tuple[str, str]:
        rows = sorted(self.rows, key=lambda r: (r.t, r.seq))
        seen: set[str] = set()
        lines = []
        for r in rows:
            c = r.cust
            full = {
                "customer_id": c.key,
                "email": c.email,
                "phone": c.phone,
                "handle": c.handle,
                "account_id": c.account,
            }
            if r.direction == "outbound" or c.key not in seen:
                ref = dict(full)
            else:
                ref = {
                    "customer_id": None,
                    "email": None,
                    "phone": None,
                    "handle": None,
                    "account_id": c.account,
                }
                if r.channel == "phone":
                    p = c.phone
                    cc = PHONE[c.market][0]
                    ref["phone"] = cc + " " + p[len(cc) :] if self.vr.random() < 0.5 else p
                elif r.channel in ("social", "community") and c.handle:
                    ref["handle"] = c.handle if self.vr.random() >= 0.2 else c.handle.lstrip("@")
                elif r.channel in ("social", "community", "email"):
                    ref["email"] = c.email.upper() if self.vr.random() < 1 / 12 else c.email
                else:
                    ref["customer_id"] = c.key
            if r.direction == "inbound":
                seen.add(c.key)
            obj = {
                "event_id": r.event_id,
                "occurred_at": iso(r.t),
                "channel": r.channel,
                "kind": r.kind,
                "direction": r.direction,
                "customer": ref,
                "text": r.text,
                "subject": r.subject,
                "scores": r.scores,
                "source": SOURCES[r.channel],
                "attributes": r.attributes,
            }
            lines.append(json.dumps(obj, ensure_ascii=False))
        last = rows[-1].t
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        self.check(rows, end)
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": BUSINESS,
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": WRITTEN,
                "expected": self.expected,
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: c.truth for k, c in self.customers.items()},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        return "\n".join(lines) + "\n", json.dumps(
            truth, ensure_ascii=False, indent=1, sort_keys=True
        ) + "\n"

    def check(self, rows: list[Row], end: datetime) -> None:
        counts: dict[str, int] = {}
        for c in self.customers.values():
            both = set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"])
            if both:
                raise SystemExit(f"{self.name}: {c.key} expects and tolerates {both}")
            for rule in c.truth["expected_rules"]:
                counts[rule] = counts.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                counts[rule] = counts.get(rule, 0) + 1
        if self.spike:
            counts["topic_spike"] = counts.get("topic_spike", 0) + 1
        if counts != self.expected:
            raise SystemExit(f"{self.name}: expected {self.expected}, planted {counts}")
        inbound = {r.cust.key for r in rows if r.direction == "inbound"}
        if inbound != set(self.customers):
            raise SystemExit(f"{self.name}: customers without inbound touchpoints")
        lo, hi = datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 11, 15, tzinfo=UTC)
        if rows[0].t < max(lo, self.start) or rows[-1].t >= hi or end >= hi:
            raise SystemExit(f"{self.name}: touchpoint out of range")


def d0(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


def spread_days(f: Fam, n: int, lo: int, hi: int, avoid: set[int] | None = None) -> list[int]:
    pool = [d for d in range(lo, hi + 1) if d not in (avoid or set())]
    return sorted(f.rng.sample(pool, min(n, len(pool))))


# ---------------------------------------------------------------------------
def happy_writers() -> Fam:
    f = Fam(
        1,
        "happy_writers",
        "HW",
        d0(2026, 3, 16),
        10,
        "happy customers only: daytime writers, night writers and survey answerers",
        {},
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, spread_days(f, f.rng.randint(5, 8), 0, 9), 7, 19, survey=True)
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in spread_days(f, f.rng.randint(2, 4), 0, 8):
            t = f.at(d, 22.2, 28.5)
            if f.rng.random() < 0.5:
                f.add(
                    c,
                    t,
                    f.rng.choice(["social", "community"]),
                    "post",
                    f.fmt(c, f.rng.choice(W.NIGHT_POST[c.lang])),
                )
            else:
                q, a = f.rng.choice(W.NIGHT_Q[c.lang])
                f.add(c, t, "chat", "chat", q)
                t2 = f.mins(t, 1, 5)
                f.agent_chat(c, t2, a)
                f.add(c, f.mins(t2, 1, 3), "chat", "chat", f.fmt(c, f.rng.choice(W.THANKS[c.lang])))
        f.happy_days(
            c,
            spread_days(f, f.rng.randint(2, 3), 0, 9),
            9,
            18,
            kinds=["praise", "purchase", "page", "review"],
        )
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in spread_days(f, f.rng.randint(3, 6), 0, 9):
            f.survey_happy(c, f.at(d, 8, 20))
    return f


def one_bad_day() -> Fam:
    f = Fam(
        2,
        "one_bad_day",
        "BD",
        d0(2026, 4, 13),
        12,
        "happy customers with one bad day about one problem; some give a low NPS",
        {"detractor": 6},
    )
    channels = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["form"] * 4 + ["phone"] * 4
    )
    problems = list(W.PROBLEMS) * 4
    f.rng.shuffle(problems)
    with_case = [i for i, ch in enumerate(channels) if ch != "social"]
    detr = set(f.rng.sample(with_case, 6))
    csat = set(f.rng.sample([i for i in with_case if i not in detr], 5))
    good = set(f.rng.sample(with_case, 12))
    sorry = set(f.rng.sample(sorted(good), 5))
    long_langs = ["es", "es", "de", "de"]
    for i, (ch, problem) in enumerate(zip(channels, problems, strict=True)):
        lang = long_langs.pop(0) if ch == "long" else None
        persona = "bad_day_detractor" if i in detr else "happy_one_bad_day"
        c = f.person(
            persona,
            "one bad day",
            lang=lang,
            expected=["detractor"] if i in detr else [],
            tolerated=["silence"],
        )
        day = f.rng.randint(2, 9)
        t = f.at(day, 8, 20)
        avoid = {d for d in range(day - 1, day + 3)}
        f.happy_days(c, spread_days(f, f.rng.randint(1, 5), 0, 11, avoid))
        if ch == "long":
            opening, closing = f.rng.choice(W.LONG_WRAP[c.lang])
            amount = money(W.PROBLEM_EUR[problem], c.market, c.lang)
            body = (
                f.fmt(c, opening)
                + "\n\n"
                + f.fmt(c, W.BAD[c.lang][problem][0], amount=amount)
                + "\n\n"
                + f.fmt(c, closing)
            )
            subject = W.COMPLAINT_SUBJECT[c.lang].format(topic=f.topic(c, problem))
            eid = f.add(c, t, "email", "message", body, subject)
        else:
            eid = f.complaint(c, t, ch, problem)
        ref = None
        truth = c.truth
        if ch != "social":
            ref = f.ref()
            f.ack(c, t, "chat" if ch == "chat" else "email", ref)
        truth.update(
            {
                "problem": problem,
                "channel": "email" if ch == "long" else ch,
                "booking": ref,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(t),
                "long_email": ch == "long",
            }
        )
        truth.update(
            {"nps_given": False, "csat_given": False, "agent_fixed": False, "apologised": False}
        )
        if i in detr:
            sid, score = f.nps_low(c, f.mins(t, 100, 140))
            truth.update({"nps_given": True, "nps": score, "survey_event_id": sid})
        if i in csat:
            score = f.rng.choice([1, 2])
            word = f.rng.choice(W.CSAT_LOW[c.lang])
            sid = f.add(
                c,
                f.mins(t, 40, 80),
                "survey",
                "survey_response",
                word or None,
                scores={"csat": score},
                attrs={"survey": "csat"},
            )
            truth.update({"csat_given": True, "csat": score, "survey_event_id": sid})
        if i in good and ref:
            gt = f.day_out(f.mins(t, 60, 240))
            f.good_news(c, gt, ref)
            truth["agent_fixed"] = True
            if i in sorry:
                at = f.day_out(f.mins(t, 16 * 60, 24 * 60))
                at = max(at, gt + timedelta(hours=1))
                if f.rng.random() < 0.5:
                    aid = f.add(c, at, "chat", "chat", f.rng.choice(W.APOLOGY[c.lang]))
                else:
                    aid = f.add(
                        c,
                        at,
                        "email",
                        "message",
                        f.rng.choice(W.APOLOGY[c.lang]),
                        REPLY_SUBJECT[c.lang].format(ref=ref),
                    )
                truth.update({"apologised": True, "apology_at": iso(at), "apology_event_id": aid})
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, spread_days(f, f.rng.randint(4, 7), 0, 11))
    return f


def repeat_run(
    f: Fam, c: Cust, first_day: int, count: int, first_ch: str, escalate: bool, alt: bool = False
) -> None:
    problem = f.rng.choice(W.PROBLEMS)
    ref = f.ref()
    t = f.at(first_day, 8, 19)
    lang0 = c.langs[0]
    e1 = f.complaint(c, t, first_ch, problem, lang0)
    if first_ch == "chat" or not escalate:
        f.ack(c, t, first_ch, ref, lang0)
    if escalate:
        s, text = W.ESCALATED[lang0]
        f.agent_mail(
            c,
            f.day_out(f.mins(t, 90, 150)),
            s.replace("{ref}", ref),
            text.replace("{ref}", ref),
            lang0,
        )
    others = [ch for ch in ["email", "chat", "phone", "form", "social"] if ch != first_ch]
    later = f.rng.sample(others, count - 1)
    ids = [e1]
    comp = f.rng.choice(COMPS)
    tk = t
    for k, ch in enumerate(later, start=1):
        tk = f.day_out(tk + timedelta(hours=f.rng.uniform(4, 40)))
        lang = c.langs[k % len(c.langs)] if alt else lang0
        ids.append(f.later_contact(c, tk, ch, problem, ref, k, comp, lang))
    c.truth.update(
        {
            "problem": problem,
            "contacts": count,
            "channels": [first_ch, *later],
            "channel": first_ch,
            "booking": ref,
            "agent_passed_on": escalate,
            "problem_event_ids": ids,
            "competitor": comp if count >= 3 else None,
            "trouble_starts_at": iso(t),
        }
    )


def repeat_contacts() -> Fam:
    f = Fam(
        3,
        "repeat_contacts",
        "RC",
        d0(2026, 5, 25),
        10,
        "repeat contacts about one open problem, fixed problems, two different problems, frequent writers",
        {"repeat_contact": 12},
    )
    counts = [2] * 4 + [3] * 4 + [4] * 4
    f.rng.shuffle(counts)
    firsts = ["form"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    f.rng.shuffle(firsts)
    esc = set(f.rng.sample(range(12), 6))
    for i in range(12):
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=REPEAT_TOL)
        f.happy_days(c, [0] * f.rng.randint(1, 3), 7, 12)
        repeat_run(f, c, f.rng.randint(1, 4), counts[i], firsts[i], i in esc)
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=["silence"])
        f.happy_days(c, [0] * f.rng.randint(1, 3), 7, 12)
        t = f.at(f.rng.randint(1, 5), 8, 19)
        case = f.fixed_case(c, t, f.rng.choice(W.PROBLEMS), f.rng.choice(["form", "email", "chat"]))
        c.truth.update(
            {"problems": [case], "trouble_starts_at": case["raised_at"], "booking": case["booking"]}
        )
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=["silence"])
        f.happy_days(c, [0] * f.rng.randint(1, 2), 7, 12)
        p1, p2 = f.rng.sample(list(W.PROBLEMS), 2)
        d1 = f.rng.randint(1, 2)
        case1 = f.fixed_case(c, f.at(d1, 8, 19), p1, f.rng.choice(["form", "email", "chat"]))
        case2 = f.fixed_case(
            c,
            f.at(d1 + f.rng.randint(4, 5), 8, 19),
            p2,
            f.rng.choice(["form", "email", "chat", "phone"]),
        )
        c.truth.update({"problems": [case1, case2], "trouble_starts_at": case1["raised_at"]})
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.happy_days(
            c,
            spread_days(f, f.rng.randint(5, 8), 0, 9),
            kinds=["chat", "chat", "mail", "mail", "phone", "phone", "purchase", "praise"],
        )
    return f


def slide(f: Fam, c: Cust, start_day: int, span: int, nps: bool, alt: bool = False) -> None:
    t = f.at(start_day, 8, 20)
    ids = []
    ratings = ["3", "3", "2", "2", "1", "1"]
    comp = f.rng.choice(COMPS)
    first = t
    for i in range(6):
        if i:
            target = first + timedelta(days=span * i / 5, minutes=f.rng.uniform(-90, 90))
            t = f.day_out(max(target, t + timedelta(hours=1, minutes=f.rng.randrange(30))))
        lang = c.langs[i % len(c.langs)] if alt else c.lang
        text = f.fmt(c, W.SLIDE[lang][i], lang, comp=comp)
        ch = f.rng.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                f.add(c, t, "web", "review", text, attrs={"rating": ratings[i], "page": "/reviews"})
            )
        else:
            ids.append(f.add(c, t, ch, "mention" if ch == "social" else "post", text))
        if i == 3 and nps:
            sid, score = f.nps_low(c, f.day_out(f.mins(t, 150, 210)), lang)
            c.truth.update({"nps_given": True, "nps": score, "survey_event_id": sid})
    c.truth.update(
        {
            "slide_event_ids": ids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": iso(first),
        }
    )


def slow_churners() -> Fam:
    f = Fam(
        4,
        "slow_churners",
        "SC",
        d0(2026, 6, 29),
        32,
        "slow slides from a happy baseline, leavers, steady and steadily grumpy customers, one sarcastic remark",
        {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
    )
    spans = [3] + [5] * 5 + [9] * 4
    f.rng.shuffle(spans)
    nps = set(f.rng.sample(range(10), 5))
    for i in range(10):
        exp = ["sentiment_drop", "detractor"] if i in nps else ["sentiment_drop"]
        c = f.person(
            "slow_churner", "slides", expected=exp, tolerated=SLIDE_TOL, nps_given=i in nps
        )
        n_praise = f.rng.randint(4, 5)
        n_other = f.rng.randint(2, 4)
        days = spread_days(f, n_praise + n_other, 0, 10)
        kinds = [f.rng.choice(["praise", "praise", "again", "gripe"]) for _ in range(n_praise)]
        kinds += [
            f.rng.choice(["chat", "mail", "phone", "purchase", "page", "review"])
            for _ in range(n_other)
        ]
        f.rng.shuffle(kinds)
        for d, kind in zip(days, kinds, strict=True):
            f.happy(c, f.at(d, 8, 20), kind)
        slide(f, c, f.rng.randint(12, 16), spans[i], i in nps)
    for _ in range(5):
        c = f.person(
            "slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=LEAVER_TOL
        )
        f.happy_days(c, spread_days(f, f.rng.randint(4, 6), 0, 15))
        t = f.at(f.rng.randint(17, 23), 8, 20)
        s, text = f.rng.choice(W.LEAVE[c.lang])
        e1 = f.add(c, t, "email", "message", f.fmt(c, text), s)
        s2, t2 = W.SORRY_GO[c.lang]
        f.agent_mail(c, f.day_out(f.mins(t, 60, 300)), s2, t2)
        ct = f.day_out(f.mins(t, 20 * 60, 30 * 60))
        e2 = f.add(
            c,
            ct,
            "web",
            "cancellation",
            attrs={
                "page": "/account/plus/cancel",
                "product": "Werkaro Plus, monthly / Werkaro Plus, mensual",
            },
        )
        c.truth.update(
            {
                "churn_intent_event_id": e1,
                "cancellation_event_id": e2,
                "churn_at": iso(ct),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, spread_days(f, f.rng.randint(6, 10), 0, 31))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        n = f.rng.randint(5, 7)
        texts = f.rng.sample(W.GRUMBLES[c.lang], min(n, len(W.GRUMBLES[c.lang])))
        d = f.rng.randint(0, 4)
        ids = []
        first = None
        for text in texts:
            t = f.at(d, 8, 21)
            first = first or t
            ch = f.rng.choice(["social", "community", "form", "review"])
            body = f.fmt(c, text)
            if ch == "review":
                ids.append(
                    f.add(c, t, "web", "review", body, attrs={"rating": "3", "page": "/reviews"})
                )
            elif ch == "form":
                ids.append(f.add(c, t, "web", "ticket", body, attrs={"page": "/help/contact"}))
            else:
                ids.append(f.add(c, t, ch, "mention" if ch == "social" else "post", body))
            d += f.rng.randint(1, 3)
        for _ in range(f.rng.randint(0, 2)):
            f.happy(c, f.at(f.rng.randint(0, 31), 9, 19), "purchase")
        c.truth.update(
            {"grumble_event_ids": ids, "trouble_starts_at": iso(first) if first else None}
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        f.happy_days(c, spread_days(f, f.rng.randint(4, 7), 0, 31))
        t = f.at(f.rng.randint(17, 28), 9, 21)
        sid = f.add(c, t, "social", "mention", f.fmt(c, f.rng.choice(W.SARCASM[c.lang])))
        c.truth.update({"sarcasm_event_id": sid})
    return f


def quiet_hours() -> Fam:
    f = Fam(
        5,
        "quiet_hours",
        "QH",
        d0(2026, 8, 21),
        3,
        "a calm summer weekend: daytime customers, four mild grumbles, night owls in bursts (no spike)",
        {},
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in spread_days(f, f.rng.randint(1, 3), 0, 2):
            f.happy(
                c,
                f.at(d, 7, 17.5),
                f.rng.choice(["praise", "chat", "purchase", "page", "review", "again", "mail"]),
            )
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t0 = f.at(f.rng.randint(0, 2), 9, 17)
        f.happy(c, t0, f.rng.choice(["purchase", "page"]))
        t = f.mins(t0, 20, 30)
        text, answer = f.rng.choice(W.GRUMBLE_ONCE[c.lang])
        if i < 2:
            gid = f.add(c, t, "chat", "chat", text)
            f.agent_chat(c, f.mins(t, 1, 6), answer)
        else:
            gid = f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"})
            s, body = W.FORM_ACK[c.lang]
            f.agent_mail(c, f.mins(t, 10, 40), s, body)
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(t)})
    day_owls = set(f.rng.sample(range(36), 18))
    owl = 0
    for night in range(3):
        base = f.start + timedelta(days=night + 1, minutes=f.rng.uniform(40, 65))
        starts = [
            base,
            base + timedelta(minutes=f.rng.uniform(28, 33)),
            base + timedelta(minutes=f.rng.uniform(55, 65)),
        ]
        for b, bs in enumerate(starts, start=1):
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b}")
                t = f.mins(bs, 0, 9)
                if f.rng.random() < 0.5:
                    q, a = f.rng.choice(W.NIGHT_Q[c.lang])
                    nid = f.add(c, t, "chat", "chat", q)
                    t2 = f.mins(t, 1, 4)
                    f.agent_chat(c, t2, a)
                    f.add(
                        c,
                        f.mins(t2, 1, 3),
                        "chat",
                        "chat",
                        f.fmt(c, f.rng.choice(W.THANKS[c.lang])),
                    )
                else:
                    nid = f.add(
                        c,
                        t,
                        f.rng.choice(["social", "community"]),
                        "post",
                        f.fmt(c, f.rng.choice(W.NIGHT_POST[c.lang])),
                    )
                c.truth.update({"burst_at": iso(bs), "night_event_id": nid})
                if owl in day_owls:
                    f.happy(
                        c,
                        f.at(f.rng.randint(0, 2), 9, 17.5),
                        f.rng.choice(["praise", "purchase", "page"]),
                    )
                owl += 1
    return f


BILINGUAL_PAIRS = (
    [("es", "de")] * 4
    + [("de", "es")] * 4
    + [("es", "en")] * 2
    + [("en", "es")] * 2
    + [("de", "en")] * 2
    + [
        ("de", "fr"),
        ("fr", "de"),
        ("es", "pt"),
        ("pt", "es"),
        ("es", "it"),
        ("it", "es"),
        ("de", "it"),
        ("en", "de"),
        ("fr", "es"),
        ("it", "de"),
        ("pt", "de"),
        ("es", "fr"),
        ("de", "pt"),
    ]
)


def bilingual() -> Fam:
    f = Fam(
        6,
        "bilingual",
        "BL",
        d0(2026, 9, 14),
        14,
        "customers who write in two languages: happy, repeat contacts, slides, one bad day, fixed between contacts",
        {"repeat_contact": 5, "sentiment_drop": 5},
    )
    pairs = list(BILINGUAL_PAIRS)
    f.rng.shuffle(pairs)
    long_pair = next(p for p in pairs if p[1] in ("es", "de"))
    pairs.remove(long_pair)
    roles = (
        ["bad_long"]
        + ["happy"] * 12
        + ["repeat"] * 5
        + ["slide"] * 5
        + ["bad_mail", "bad_chat"]
        + ["fixed"] * 2
    )
    pairs.insert(0, long_pair)
    rep_counts = [2, 2, 3, 3, 4]
    f.rng.shuffle(rep_counts)

    def make(persona: str, habit: str, pair: tuple[str, str], **kw: Any) -> Cust:
        market = f.market(f.rng.choice(pair))
        c = f.person(
            persona,
            habit,
            lang=pair[0],
            market=market,
            languages=list(pair),
            job_second_language=W.SECOND_LANGUAGE[pair[1]],
            **kw,
        )
        c.langs = list(pair)
        return c

    for role, pair in zip(roles, pairs, strict=True):
        if role == "happy":
            c = make("happy", "alternates languages", pair)
            f.happy_days(c, spread_days(f, f.rng.randint(5, 8), 0, 13), alt=True, survey=True)
        elif role == "repeat":
            c = make(
                "repeat_contact", "repeats", pair, expected=["repeat_contact"], tolerated=REPEAT_TOL
            )
            f.happy_days(c, [f.rng.randint(0, 1) for _ in range(f.rng.randint(1, 3))], alt=True)
            n = rep_counts.pop()
            repeat_run(
                f,
                c,
                f.rng.randint(2, 5),
                n,
                f.rng.choice(["form", "email", "chat"]),
                n >= 3,
                alt=True,
            )
        elif role == "slide":
            c = make(
                "slow_churner", "slides", pair, expected=["sentiment_drop"], tolerated=SLIDE_TOL
            )
            days = spread_days(f, 6, 0, 5)
            for j, d in enumerate(days[:5]):
                f.happy(
                    c, f.at(d, 8, 20), f.rng.choice(["praise", "again", "praise"]), c.langs[j % 2]
                )
            for j in range(f.rng.randint(1, 3)):
                f.happy(
                    c,
                    f.at(f.rng.randint(0, 5), 8, 20),
                    f.rng.choice(["chat", "purchase", "page"]),
                    c.langs[(j + 1) % 2],
                )
            slide(f, c, f.rng.randint(7, 8), f.rng.randint(3, 5), False, alt=True)
        elif role.startswith("bad"):
            c = make("happy_one_bad_day", "one bad day", pair, tolerated=["silence"])
            day = f.rng.randint(4, 9)
            t = f.at(day, 8, 20)
            f.happy_days(
                c,
                spread_days(f, f.rng.randint(2, 4), 0, 13, set(range(day - 1, day + 3))),
                alt=True,
            )
            problem = f.rng.choice(W.PROBLEMS)
            lang2 = pair[1]
            ref = f.ref()
            if role == "bad_long":
                opening, closing = f.rng.choice(W.LONG_WRAP[lang2])
                amount = money(W.PROBLEM_EUR[problem], c.market, lang2)
                body = (
                    f.fmt(c, opening, lang2)
                    + "\n\n"
                    + f.fmt(c, W.BAD[lang2][problem][0], lang2, amount=amount)
                    + "\n\n"
                    + f.fmt(c, closing, lang2)
                )
                eid = f.add(
                    c,
                    t,
                    "email",
                    "message",
                    body,
                    W.COMPLAINT_SUBJECT[lang2].format(topic=f.topic(c, problem, lang2)),
                )
                ch = "email"
            else:
                ch = "email" if role == "bad_mail" else "chat"
                eid = f.complaint(c, t, ch, problem, lang2)
            f.ack(c, t, ch, ref, lang2)
            c.truth.update(
                {
                    "problem": problem,
                    "channel": ch,
                    "booking": ref,
                    "bad_day_at": iso(t),
                    "bad_day_event_id": eid,
                    "bad_day_language": lang2,
                    "long_email": role == "bad_long",
                    "trouble_starts_at": iso(t),
                    "agent_fixed": ch == "email",
                    "apologised": False,
                }
            )
            if ch == "email":
                gt = f.day_out(f.mins(t, 60, 240))
                f.good_news(c, gt, ref, lang2)
            if role == "bad_mail":
                at = f.day_out(f.mins(t, 18 * 60, 24 * 60))
                aid = f.add(c, at, "chat", "chat", f.rng.choice(W.APOLOGY[lang2]))
                c.truth.update({"apologised": True, "apology_at": iso(at), "apology_event_id": aid})
        else:
            c = make("resolved_between_contacts", "fixed", pair, tolerated=["silence"])
            f.happy_days(c, spread_days(f, f.rng.randint(2, 4), 0, 3), alt=True)
            case = f.fixed_case(
                c,
                f.at(f.rng.randint(5, 9), 8, 19),
                f.rng.choice(W.PROBLEMS),
                "form",
                pair[0],
                pair[1],
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


def pro_routine(f: Fam, c: Cust, t: datetime, survey: bool = True) -> None:
    r = f.rng
    kinds = ["chat", "chat", "purchase", "page", "praise"] + (["survey"] if survey else [])
    k = r.choice(kinds)
    lang = c.lang
    if k == "chat":
        q, a = r.choice(B.PRO_QA[lang])
        f.add(c, t, "chat", "chat", q)
        t2 = f.mins(t, 1, 6)
        f.agent_chat(c, t2, a.replace("{brand}", BRAND))
        if r.random() < 0.6:
            f.add(c, f.mins(t2, 1, 3), "chat", "chat", r.choice(B.PRO_THANKS[lang]))
    elif k == "purchase":
        prod, price, page = r.choice(B.PRO_PRODUCTS)
        f.add(c, t, "web", "page_view", attrs={"page": page})
        f.add(c, f.mins(t, 3, 15), "web", "purchase", attrs=f.order(c, prod, price, page))
    elif k == "page":
        f.add(c, t, "web", "page_view", attrs={"page": r.choice(B.PRO_PAGES)})
    elif k == "praise":
        f.add(c, t, "community", "post", r.choice(B.PRO_PRAISE[lang]).format(brand=BRAND))
    else:
        which = r.choice(["nps", "csat", "ces"])
        score = {"nps": r.choice([9, 10]), "csat": r.choice([4, 5]), "ces": r.choice([6, 7])}[which]
        f.add(
            c,
            t,
            "survey",
            "survey_response",
            r.choice(B.PRO_SURVEY_WORDS[lang]) or None,
            scores={which: score},
            attrs={"survey": which},
        )


def b2b_accounts() -> Fam:
    f = Fam(
        7,
        "b2b_accounts",
        "BB",
        d0(2026, 10, 5),
        14,
        "company accounts: at risk (several contacts, one problem), one unhappy contact, mild suggestions, happy",
        {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    )
    plan: list[tuple[str, str | None, int]] = [
        ("at_risk", "invoice", 3),
        ("at_risk", "service_blocked", 3),
        ("at_risk", "portal", 3),
        ("at_risk", "overbilled", 4),
        ("at_risk", "invoice", 4),
    ]
    plan += [("one_unhappy", p, 1) for p in ("portal", "overbilled", "service_blocked", "invoice")]
    plan += [("mild", None, 0)] * 3 + [("happy", None, 0)] * 3
    f.rng.shuffle(plan)
    used_companies: set[str] = set()
    last_mail = f.rng.randrange(5)
    risk_i = 0
    weekdays = [d for d in range(14) if (f.start + timedelta(days=d)).weekday() < 5]
    for kind, problem, n_unhappy in plan:
        while True:
            lang = f.lang()
            options = [co for co in B.COMPANIES[lang] if co[0] not in used_companies]
            if options:
                break
        company, site = f.rng.choice(options)
        used_companies.add(company)
        market = f.market(lang)
        acc = f.account_id(market)
        domain = (
            ascii_name(company)
            .replace("gmbh", "")
            .replace("ltd", "")
            .replace("srl", "")
            .replace("lda", "")
        )
        domain = "".join(ch for ch in domain if ch.isalnum()) + ".example"
        used_first: set[str] = set()
        co = (acc, domain, company, used_first)
        if kind == "at_risk":
            n_contacts = n_unhappy + f.rng.randint(1, 2)
        elif kind == "one_unhappy":
            n_contacts = 3
        else:
            n_contacts = f.rng.randint(3, 4)
        contacts: list[Cust] = []
        unhappy: list[Cust] = []
        titles = f.rng.sample(B.JOB_TITLES, n_contacts)
        for j in range(n_contacts):
            extra = {"company": company, "job_title": titles[j]}
            if kind == "at_risk" and j < n_unhappy:
                last = j == n_unhappy - 1
                c = f.person(
                    "b2b_unhappy",
                    "complainer",
                    lang,
                    market,
                    expected=["repeat_contact"] if last else ["detractor"],
                    tolerated=B2B_RISK_TOL,
                    firm=co,
                    role="complainer",
                    **extra,
                )
                unhappy.append(c)
            elif kind == "one_unhappy" and j == 0:
                c = f.person(
                    "b2b_one_unhappy",
                    "complainer",
                    lang,
                    market,
                    expected=["detractor"],
                    tolerated=B2B_ONE_TOL,
                    firm=co,
                    role="complainer",
                    **extra,
                )
                unhappy.append(c)
            elif kind == "mild" and j < 2:
                c = f.person(
                    "b2b_mild",
                    "suggests",
                    lang,
                    market,
                    tolerated=["silence"],
                    firm=co,
                    role="suggests",
                    **extra,
                )
            else:
                c = f.person("b2b_happy", "contact", lang, market, firm=co, role="contact", **extra)
            c.truth["job"] = titles[j]
            contacts.append(c)
        trouble = None
        for c in contacts:
            role = c.truth["role"]
            if role == "contact":
                for d in f.rng.sample(weekdays, f.rng.randint(2, 5)):
                    pro_routine(f, c, f.at(d, 8, 16.5))
            else:
                for _ in range(f.rng.randint(0, 2)):
                    pro_routine(f, c, f.at(f.rng.randint(0, 1), 8, 16.5), survey=False)
        if kind == "at_risk" and problem:
            assert problem is not None
            ref = f.ref()
            t = f.at(2, 8, 12)
            trouble = t
            first = unhappy[0]
            ids_by: dict[str, list[str]] = {}
            for j, c in enumerate(unhappy):
                if j:
                    t = f.office(t + timedelta(hours=f.rng.uniform(8, 28)))
                topic = B.PRO_TOPIC[lang][problem]
                if j == 0:
                    text = B.PRO_FIRST[lang][problem]
                    subject = W.COMPLAINT_SUBJECT[lang].format(topic=topic)
                else:
                    when = (
                        B.THIS_MORNING[lang]
                        if t.date() == trouble.date()
                        else B.WEEKDAY[lang][trouble.weekday()]
                    )
                    text = B.PRO_LATER[lang].format(
                        colleague=first.first, when=when, ref=ref, topic=topic
                    )
                    subject = REPLY_SUBJECT[lang].format(ref=ref)
                eid = f.add(c, t, "email", "message", text, subject)
                ids_by[c.key] = [eid]
                if j == 0:
                    s, body = B.PRO_ACK[lang]
                    f.agent_mail(
                        c,
                        f.office(f.mins(t, 10, 40)),
                        s.replace("{ref}", ref),
                        body.replace("{ref}", ref),
                    )
                if j < len(unhappy) - 1:
                    sid, score = f.nps_low(c, f.mins(t, 60, 180))
                    c.truth.update({"nps_given": True, "nps": score, "survey_event_id": sid})
                c.truth.update({"problem": problem, "booking": ref, "trouble_starts_at": iso(t)})
            lastc = unhappy[-1]
            t2 = f.office(t + timedelta(hours=f.rng.uniform(18, 40)))
            topic = B.PRO_TOPIC[lang][problem]
            if risk_i == last_mail:
                comp = f.rng.choice(COMPS)
                eid = f.add(
                    lastc,
                    t2,
                    "email",
                    "message",
                    B.PRO_LAST_MAIL[lang].format(ref=ref, topic=topic, comp=comp),
                    REPLY_SUBJECT[lang].format(ref=ref),
                )
                lastc.truth["competitor"] = comp
            else:
                eid = f.add(
                    lastc, t2, "phone", "call", B.PRO_LAST_CALL[lang].format(ref=ref, topic=topic)
                )
            ids_by[lastc.key].append(eid)
            for c in unhappy:
                c.truth["complaint_event_ids"] = ids_by[c.key]
            risk_i += 1
        elif kind == "one_unhappy" and problem:
            c = unhappy[0]
            t = f.office(f.at(f.rng.randint(2, 8), 8, 17))
            ref = f.ref()
            eid = f.add(
                c,
                t,
                "email",
                "message",
                B.PRO_FIRST[lang][problem],
                W.COMPLAINT_SUBJECT[lang].format(topic=B.PRO_TOPIC[lang][problem]),
            )
            s, body = B.PRO_ACK[lang]
            f.agent_mail(
                c, f.office(f.mins(t, 10, 40)), s.replace("{ref}", ref), body.replace("{ref}", ref)
            )
            sid, score = f.nps_low(c, f.mins(t, 60, 180))
            c.truth.update(
                {
                    "problem": problem,
                    "booking": ref,
                    "trouble_starts_at": iso(t),
                    "complaint_event_ids": [eid],
                    "nps_given": True,
                    "nps": score,
                    "survey_event_id": sid,
                }
            )
        elif kind == "mild":
            texts = f.rng.sample(B.PRO_MILD[lang], 2)
            for c, text in zip(contacts[:2], texts, strict=True):
                t = f.office(f.at(f.rng.randint(2, 10), 8, 16.5), 16)
                mid = f.add(c, t, "web", "ticket", text, attrs={"page": "/pro/portal/feedback"})
                s, body = B.PRO_MILD_ACK[lang]
                f.agent_mail(c, f.office(f.mins(t, 10, 40)), s, body)
                c.truth.update({"mild_event_id": mid, "trouble_starts_at": iso(t)})
        f.accounts[acc] = {
            "company": company,
            "site": site,
            "contacts": len(contacts),
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": [c.key for c in unhappy],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": iso(trouble) if trouble else None,
            "language": lang,
            "country": market,
        }
    return f


def topic_spike() -> Fam:
    f = Fam(
        8,
        "topic_spike",
        "TS",
        d0(2026, 11, 2),
        7,
        "a calm week and one planted spike of reports about one app failure",
        {"topic_spike": 1, "repeat_contact": 6},
    )
    spike_day = 5
    s0 = f.start + timedelta(days=spike_day, hours=8, minutes=10)
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in spread_days(f, f.rng.randint(1, 4), 0, 5):
            f.happy(c, f.at(d, 12, 19) if d == spike_day else f.at(d, 7, 19))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.at(0, 9, 18)
        q, a = f.rng.choice(W.SPIKE_GRUMBLE[c.lang])
        gid = f.add(c, t, "chat", "chat", q)
        f.agent_chat(c, f.mins(t, 1, 6), a)
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(t)})
    for lang, hm in (("es", (9, 40)), ("de", (16, 5))):
        c = f.person("grumbles_once", "lone question", lang=lang, tolerated=["silence"])
        t = f.start + timedelta(days=4, hours=hm[0], minutes=hm[1])
        q, a = W.LONE_Q[lang]
        lid = f.add(c, t, "chat", "chat", q)
        f.agent_chat(c, f.mins(t, 1, 5), a)
        c.truth.update({"lone_report_event_id": lid, "trouble_starts_at": iso(t)})
    langs = ["es"] * 6 + ["de"] * 6 + ["en", "en", "fr", "fr", "it", "it", "pt", "pt"]
    f.rng.shuffle(langs)
    channels = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["form"] * 2
    f.rng.shuffle(channels)
    offsets = sorted([0.0, 45.0] + [f.rng.uniform(0.5, 44.5) for _ in range(18)])
    times = [s0 + timedelta(minutes=round(o, 2)) for o in offsets]
    times = [t.replace(microsecond=0) for t in times]
    regular = set(f.rng.sample(range(20), 12))
    early = [i for i in range(20) if times[i] <= s0 + timedelta(minutes=25)]
    repeaters = f.rng.sample(early, 6)
    second = ["email", "email", "chat", "chat", "community", "community"]
    for _ in range(50):
        f.rng.shuffle(second)
        if all(second[k] != channels[i] for k, i in enumerate(repeaters)):
            break
    else:
        raise SystemExit("no second channels")
    fixed = set(f.rng.sample([i for i in range(20) if i not in repeaters], 6))
    keys, eids, reids = [], [], []
    for i in range(20):
        rep = i in repeaters
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if i in regular else "new",
            lang=langs[i],
            expected=["repeat_contact"] if rep else [],
            tolerated=["silence", "sentiment_drop"] if rep else ["silence"],
            in_spike=True,
            regular=i in regular,
        )
        if i in regular:
            for _ in range(f.rng.randint(1, 3)):
                f.happy(c, f.at(2, 8, 17.5))
        t = times[i]
        ch = channels[i]
        text = f.fmt(c, f.rng.choice(W.SPIKE_REPORT[c.lang]))
        if ch == "chat":
            eid = f.add(c, t, "chat", "chat", text)
            f.agent_chat(c, f.mins(t, 1, 4), W.SPIKE_CHAT_ANSWER[c.lang])
        elif ch == "email":
            eid = f.add(c, t, "email", "message", text, W.SPIKE_SUBJECT[c.lang])
        elif ch == "form":
            eid = f.add(
                c,
                t,
                "web",
                "ticket",
                text,
                W.SPIKE_SUBJECT[c.lang],
                attrs={"page": "/help/contact"},
            )
        else:
            eid = f.add(c, t, ch, "mention" if ch == "social" else "post", text)
        keys.append(c.key)
        eids.append(eid)
        c.truth.update(
            {
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
                "agent_fixed": i in fixed,
            }
        )
        if rep:
            ch2 = second[repeaters.index(i)]
            t2 = f.mins(t, 15, 50)
            again = f.rng.choice(W.SPIKE_AGAIN[c.lang])
            if ch2 == "email":
                rid = f.add(c, t2, "email", "message", again, "RE: " + W.SPIKE_SUBJECT[c.lang])
            elif ch2 == "chat":
                rid = f.add(c, t2, "chat", "chat", again)
                f.agent_chat(c, f.mins(t2, 1, 4), W.SPIKE_CHAT_ANSWER[c.lang])
            else:
                rid = f.add(c, t2, "community", "post", again)
            reids.append(rid)
            c.truth["repeat_event_id"] = rid
        if i in fixed:
            since = "11:40" if c.market in CET_MARKETS else "10:40"
            credit = money(10, c.market, c.lang)
            s, body = W.SPIKE_FIXED[c.lang]
            f.agent_mail(
                c,
                f.start + timedelta(days=spike_day, hours=11, minutes=f.rng.uniform(6, 20)),
                s,
                body.replace("{since}", since).replace("{credit}", credit),
            )
    f.spike = {
        "topic": "tool-hire app pick-up codes rejected at depot counters and lockers: no hire can be collected, error PKP-431",
        "about": "Saturday-morning reports that the app's pick-up QR code is refused by depot scanners and 24h lockers",
        "channel": None,
        "start": iso(times[0]),
        "end": iso(times[-1]),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reids,
    }
    return f


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
        fam = build()
        jsonl, truth = fam.finalize()
        (HERE / f"{fam.name}.jsonl").write_text(jsonl, encoding="utf-8")
        (HERE / f"{fam.name}.truth.json").write_text(truth, encoding="utf-8")
        print(f"{fam.name}: {len(fam.customers)} customers, {len(fam.rows)} touchpoints")


if __name__ == "__main__":
    main()
