# ruff: noqa: E501
"""Build heldout42: a blind, hand-written, report-only alert scenario set.

Business: Fontiva, water delivered at home (spring and mineral water in glass and
18 L bottles with a deposit, filter jugs and cartridges, sparkling makers with CO2
cylinder exchange, a Club subscription) with a business arm (office coolers,
bottle deliveries, sanitisation visits). Competitors (invented): Sorgivo, Limpora.

Standard library only, seeded, deterministic: ``python make_heldout42.py`` writes
``<family>.jsonl`` and ``<family>.truth.json`` next to this file.
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

import wording as wd  # noqa: E402
import wording_b2b as wb  # noqa: E402

BRAND = "Fontiva"
COMPS = ("Sorgivo", "Limpora")
SEED = 20261105
WRITTEN = "2026-12-02"
CODE = "SLT-562"
BUSINESS = "Fontiva: water delivered at home (glass and 18 L bottles with a deposit, filters, sparkling makers, Club subscription) and office coolers for companies"
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)

LANG_WEIGHTS = {"en": 30, "it": 30, "fr": 10, "es": 10, "pt": 10, "de": 10}
MARKETS: dict[str, list[tuple[str, int]]] = {
    "en": [("UK", 3), ("IE", 2)],
    "it": [("IT", 4), ("CH", 1)],
    "fr": [("FR", 4), ("BE", 2), ("CH", 1), ("LU", 1)],
    "es": [("ES", 1)],
    "pt": [("PT", 1)],
    "de": [("DE", 3), ("AT", 2), ("CH", 1), ("LU", 1)],
}
FIRST: dict[str, list[str]] = {
    "en": [
        "Emma",
        "Oliver",
        "Siobhan",
        "Liam",
        "Charlotte",
        "Jack",
        "Aoife",
        "Harry",
        "Grace",
        "Connor",
        "Megan",
        "Tom",
        "Niamh",
        "Callum",
        "Priya",
        "Ruth",
        "Declan",
        "Hannah",
        "Sean",
        "Chloe",
        "Ben",
        "Orla",
        "Dan",
        "Fiona",
        "Gareth",
        "Imogen",
    ],
    "it": [
        "Giulia",
        "Marco",
        "Chiara",
        "Luca",
        "Francesca",
        "Alessandro",
        "Sara",
        "Matteo",
        "Elena",
        "Davide",
        "Martina",
        "Simone",
        "Valentina",
        "Andrea",
        "Federica",
        "Giorgio",
        "Silvia",
        "Paolo",
        "Ilaria",
        "Stefano",
        "Alessia",
        "Riccardo",
        "Beatrice",
        "Lorenzo",
        "Noemi",
        "Tommaso",
    ],
    "fr": [
        "Camille",
        "Julien",
        "Léa",
        "Thomas",
        "Manon",
        "Nicolas",
        "Chloé",
        "Antoine",
        "Inès",
        "Mathieu",
        "Élodie",
        "Hugo",
        "Sophie",
        "Romain",
    ],
    "es": [
        "Lucía",
        "Javier",
        "Marta",
        "Pablo",
        "Carmen",
        "Diego",
        "Elena",
        "Sergio",
        "Laura",
        "Álvaro",
        "Nuria",
        "Raúl",
    ],
    "pt": [
        "Inês",
        "João",
        "Beatriz",
        "Tiago",
        "Mariana",
        "Rui",
        "Catarina",
        "Pedro",
        "Rita",
        "Miguel",
        "Joana",
        "Nuno",
    ],
    "de": [
        "Anna",
        "Lukas",
        "Julia",
        "Felix",
        "Lena",
        "Jonas",
        "Sophie",
        "Tobias",
        "Katharina",
        "Florian",
        "Miriam",
        "Stefan",
    ],
}
LAST: dict[str, list[str]] = {
    "en": [
        "Walsh",
        "Thompson",
        "Murphy",
        "Clarke",
        "Hughes",
        "Byrne",
        "Patel",
        "Kelly",
        "Robinson",
        "Doyle",
        "Evans",
        "Kennedy",
        "Shaw",
        "Fitzgerald",
        "Bennett",
        "Lynch",
        "Harper",
        "Quinn",
        "Morgan",
        "Brennan",
    ],
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
        "Caruso",
    ],
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Lefèvre",
        "Moreau",
        "Girard",
        "Fournier",
        "Lambert",
        "Rousseau",
        "Mercier",
        "Blanc",
        "Garnier",
        "Faure",
        "Chevalier",
    ],
    "es": [
        "García",
        "Fernández",
        "López",
        "Martínez",
        "Sánchez",
        "Romero",
        "Navarro",
        "Torres",
        "Ruiz",
        "Jiménez",
        "Molina",
        "Ortega",
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
        "Gomes",
        "Lopes",
        "Marques",
    ],
    "de": [
        "Müller",
        "Schmidt",
        "Weber",
        "Wagner",
        "Becker",
        "Hoffmann",
        "Schäfer",
        "Koch",
        "Richter",
        "Bauer",
        "Huber",
        "Gruber",
    ],
}
TOWNS: dict[str, list[str]] = {
    "UK": [
        "Leeds",
        "Bristol",
        "Manchester",
        "Norwich",
        "Cardiff",
        "Brighton",
        "Nottingham",
        "Glasgow",
    ],
    "IE": ["Dublin", "Cork", "Galway", "Limerick", "Kilkenny"],
    "IT": ["Milano", "Torino", "Bologna", "Roma", "Verona", "Bari", "Firenze", "Padova", "Napoli"],
    "CH": ["Lugano", "Bellinzona", "Genève", "Lausanne", "Zürich", "Basel"],
    "FR": ["Lyon", "Nantes", "Lille", "Toulouse", "Rennes"],
    "BE": ["Bruxelles", "Liège", "Namur"],
    "LU": ["Luxembourg", "Esch-sur-Alzette", "Differdange"],
    "ES": ["Madrid", "Valencia", "Sevilla", "Zaragoza", "Bilbao"],
    "PT": ["Lisboa", "Porto", "Braga", "Coimbra"],
    "DE": ["Berlin", "Köln", "Hamburg", "Leipzig", "München"],
    "AT": ["Wien", "Graz", "Linz", "Salzburg"],
}
JOBS = [
    "nurse",
    "teacher",
    "accountant",
    "bus driver",
    "software developer",
    "chef",
    "pharmacist",
    "electrician",
    "architect",
    "student",
    "retired",
    "shop owner",
    "physiotherapist",
    "journalist",
    "graphic designer",
    "lawyer",
    "baker",
    "bartender",
    "warehouse worker",
    "translator",
    "call-centre agent",
    "dentist",
    "plumber",
    "civil servant",
]
AGENTS: dict[str, list[str]] = {
    "en": ["Sophie", "Mark", "Aisling", "Raj"],
    "it": ["Elisa", "Gianluca", "Marta", "Fabio"],
    "fr": ["Nadia", "Luc"],
    "es": ["Irene", "Óscar"],
    "pt": ["Sofia", "André"],
    "de": ["Jana", "Markus"],
}
DOMAINS = [
    "mailbox.example",
    "posta.example",
    "inbox.example",
    "correo.example",
    "webmail.example",
    "home.example",
]
PHONE: dict[str, tuple[str, list[str], int]] = {
    # market: (country code, leading digits, further random digits)
    "UK": ("44", ["7"], 9),
    "IE": ("353", ["83", "85", "86", "87"], 7),
    "IT": ("39", ["3"], 9),
    "CH": ("41", ["76", "77", "78", "79"], 7),
    "FR": ("33", ["6", "7"], 8),
    "BE": ("32", ["47", "48", "49"], 7),
    "LU": ("352", ["621", "661", "691"], 6),
    "ES": ("34", ["6"], 8),
    "PT": ("351", ["91", "92", "93", "96"], 7),
    "DE": ("49", ["15", "16", "17"], 9),
    "AT": ("43", ["664", "676", "699"], 7),
}
SOURCES = {
    "email": "fontiva-mail",
    "phone": "fontiva-voice",
    "social": "fontiva-social",
    "community": "fontiva-forum",
    "chat": "fontiva-chat",
    "web": "fontiva-web",
    "survey": "fontiva-survey",
}
CET_MARKETS = {"IT", "CH", "FR", "BE", "LU", "ES", "DE", "AT"}

USED: set[str] = set()

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
LEAVER_TOL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
GRUMPY_TOL = ["repeat_contact", "silence"]
AT_RISK_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
ONE_UNHAPPY_TOL = ["sentiment_drop", "high_value_at_risk", "silence"]


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(text: str) -> str:
    out = []
    for ch in text:
        if ch in "ßñÑ":
            out.append(ch)
            continue
        if ch in "äöüÄÖÜ":
            out.append({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}[ch])
            continue
        base = unicodedata.normalize("NFD", ch)
        out.append("".join(b for b in base if not unicodedata.combining(b)) or ch)
    return "".join(out)


def slug(text: str) -> str:
    return "".join(ch for ch in strip_accents(text).lower() if ch.isalnum())


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def speech(text: str, keep: set[str], lang: str) -> str:
    """A speech-to-text transcript: no punctuation; lower case but names and numbers.

    German keeps its capital nouns but loses sentence-initial capitals."""
    words = []
    start = True
    for w in text.replace("\n", " ").split():
        ends = w[-1:] in ".!?"
        for ch in '.,;:!?"()«»¿¡':
            w = w.replace(ch, "")
        if not w or w in ("-", "–"):
            start = start or ends
            continue
        german_noun = lang == "de" and not w.isupper() and not start
        if any(d.isdigit() for d in w) or w in keep or german_noun:
            words.append(w)
        else:
            words.append(w.lower())
        start = ends
    return " ".join(words)


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
    persona: str
    habit: str
    expected: list[str]
    tolerated: list[str]
    segment: str
    job: str
    town: str
    cc: str
    extra: dict[str, Any] = field(default_factory=dict)
    langs: list[str] = field(default_factory=list)


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name = name
        self.code = code
        self.n = n
        self.rng = random.Random(SEED * 100 + n)
        self.vrng = random.Random(SEED * 100 + 50 + n)
        self.start = start
        self.days = days
        self.about = about
        self.events: list[dict[str, Any]] = []
        self.custs: dict[str, Cust] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.seq = 0
        self.planted: dict[str, int] = {}

    # ---- people -------------------------------------------------------------------
    def unique(self, make: Any) -> str:
        for _ in range(1000):
            value = str(make())
            if value.lower() not in USED:
                USED.add(value.lower())
                return value
        raise RuntimeError("no unique value")

    def lang(self) -> str:
        langs = list(LANG_WEIGHTS)
        return self.rng.choices(langs, weights=[LANG_WEIGHTS[k] for k in langs])[0]

    def market(self, lang: str) -> str:
        names = [m for m, _ in MARKETS[lang]]
        return self.rng.choices(names, weights=[w for _, w in MARKETS[lang]])[0]

    def phone_number(self, market: str) -> tuple[str, str]:
        cc, leads, rest = PHONE[market]

        def make() -> str:
            return (
                "+"
                + cc
                + self.rng.choice(leads)
                + "".join(str(self.rng.randint(0, 9)) for _ in range(rest))
            )

        return self.unique(make), cc

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        *,
        market: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        account: str | None = None,
        domain: str | None = None,
        first: str | None = None,
        job: str | None = None,
    ) -> Cust:
        rng = self.rng
        lang = lang or self.lang()
        market = market or self.market(lang)
        first = first or rng.choice(FIRST[lang])
        last = rng.choice(LAST[lang])
        key = self.unique(lambda: f"FV{self.code}{rng.randint(1000, 9999)}")
        f, lname = slug(first), slug(last)
        if domain:
            email = self.unique(
                lambda: (
                    f"{f}.{lname}@{domain}"
                    if rng.random() < 0.8
                    else f"{f[0]}{lname}{rng.randint(2, 9)}@{domain}"
                )
            )
            handle = None
        else:
            email = self.unique(
                lambda: (
                    rng.choice(
                        [
                            f"{f}.{lname}",
                            f"{f}{lname}{rng.randint(10, 99)}",
                            f"{f[0]}.{lname}{rng.randint(1, 999)}",
                            f"{lname}.{f}",
                        ]
                    )
                    + "@"
                    + rng.choice(DOMAINS)
                )
            )
            handle = self.unique(
                lambda: (
                    "@"
                    + rng.choice(
                        [
                            f"{f}_{lname[:4]}",
                            f"{lname}_{f}{rng.randint(1, 999)}",
                            f"{f}{lname}{rng.randint(80, 99)}",
                            f"{f[0]}{lname}",
                            f"{f}.{lname}",
                            f"{f}{rng.randint(1, 99)}",
                        ]
                    )
                )
            )
        phone, cc = self.phone_number(market)
        town = rng.choice(TOWNS[market])
        if market == "CH":
            town = {
                "it": rng.choice(["Lugano", "Bellinzona", "Locarno"]),
                "fr": rng.choice(["Genève", "Lausanne"]),
                "de": rng.choice(["Zürich", "Basel", "Bern"]),
            }.get(lang, "Lugano")
        c = Cust(
            key=key,
            first=first,
            last=last,
            lang=lang,
            market=market,
            email=email,
            phone=phone,
            handle=handle,
            account=account,
            persona=persona,
            habit=habit,
            expected=list(expected or []),
            tolerated=list(tolerated or []),
            segment="b2b" if account else "consumer",
            job=job or rng.choice(JOBS),
            town=town,
            cc=cc,
        )
        c.langs = [lang]
        self.custs[key] = c
        return c

    # ---- time ---------------------------------------------------------------------
    def at(self, day: float, h0: float, h1: float) -> datetime:
        minutes = self.rng.randint(int(h0 * 60), int(h1 * 60) - 1)
        return self.start + timedelta(days=day, minutes=minutes, seconds=self.rng.randint(0, 59))

    def mins(self, t: datetime, m0: float, m1: float) -> datetime:
        return t + timedelta(seconds=self.rng.randint(int(m0 * 60), int(m1 * 60)))

    def day_of(self, t: datetime) -> int:
        return (t - self.start).days

    def out_of_night(self, t: datetime) -> datetime:
        if t.hour >= 22:
            base = (t + timedelta(days=1)).replace(hour=8, minute=0, second=0)
        elif t.hour < 7:
            base = t.replace(hour=8, minute=0, second=0)
        else:
            return t
        return base + timedelta(minutes=self.rng.randint(0, 59), seconds=self.rng.randint(0, 59))

    def office(self, t: datetime) -> datetime:
        """Weekdays 08-17 UTC; otherwise the next working morning."""
        if t.weekday() < 5 and 8 <= t.hour < 17:
            return t
        d = t if t.hour < 8 else t + timedelta(days=1)
        while d.weekday() >= 5:
            d += timedelta(days=1)
        return d.replace(hour=8, minute=self.rng.randint(0, 59), second=self.rng.randint(0, 59))

    # ---- touchpoints --------------------------------------------------------------
    def fill(self, text: str, c: Cust, lang: str | None = None, **kw: Any) -> str:
        lang = lang or c.lang
        base = {
            "brand": BRAND,
            "first": c.first,
            "agent": self.rng.choice(AGENTS[lang]),
            "code": CODE,
        }
        base.update(kw)
        return text.format(**base)

    def roughen(self, text: str) -> str:
        rng = self.vrng
        if rng.random() < 0.10:
            text = strip_accents(text)
        if rng.random() < 0.125 and text[:1].isalpha():
            text = text[:1].lower() + text[1:]
        if rng.random() < 1 / 7:
            words = text.split(" ")
            cands = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
            if cands:
                i = rng.choice(cands)
                w = words[i]
                j = rng.randint(1, len(w) - 3)
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
        *,
        out: bool = False,
        scores: dict[str, int] | None = None,
        attrs: dict[str, Any] | None = None,
        agent: str | None = None,
    ) -> str:
        self.seq += 1
        eid = f"fv42-{self.code.lower()}-{self.seq:05d}"
        if text is not None and not out:
            if c.segment == "consumer" and channel == "social":
                if f"@{BRAND}" in text:
                    pass
                elif BRAND in text:
                    i = text.rindex(BRAND)
                    text = text[:i] + "@" + text[i:]
                else:
                    text = f"@{BRAND} " + text
            else:
                text = text.replace(f"@{BRAND}", BRAND)
            if channel not in ("phone", "survey"):
                text = self.roughen(text)
        a: dict[str, Any] = {"market": c.market}
        if c.segment == "b2b":
            a["segment"] = "b2b"
        if agent:
            a["agent"] = agent
        a.update({k: str(v) for k, v in (attrs or {}).items()})
        self.events.append(
            {
                "_t": t,
                "_c": c,
                "_seq": self.seq,
                "event_id": eid,
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "text": text,
                "subject": subject,
                "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
                "source": SOURCES[channel],
                "attributes": a,
            }
        )
        return eid

    # ---- money --------------------------------------------------------------------
    def money(self, eur: float, c: Cust, spoken: bool = False) -> str:
        if c.market == "UK":
            v = round(eur * 0.86)
            return f"{v} pounds" if spoken else f"£{v}"
        if c.market == "CH":
            v = round(eur * 0.94)
            word = {"it": "franchi", "fr": "francs", "de": "Franken"}.get(c.lang, "francs")
            return f"{v} {word}" if spoken else f"CHF {v}"
        euros, cents = int(eur), round((eur - int(eur)) * 100)
        if spoken:
            return f"{euros} euro {cents}" if cents else f"{euros} euro"
        if c.lang == "en":
            return f"€{eur:.2f}"
        return f"{eur:.2f}".replace(".", ",") + " €"

    def price_attrs(self, c: Cust, eur: float, product: str, page: str) -> dict[str, Any]:
        if c.market == "UK":
            return {
                "order_value": f"{eur * 0.86:.2f}",
                "currency": "GBP",
                "product": product,
                "page": page,
            }
        if c.market == "CH":
            return {
                "order_value": f"{eur * 0.94:.2f}",
                "currency": "CHF",
                "product": product,
                "page": page,
            }
        return {"order_value": f"{eur:.2f}", "currency": "EUR", "product": product, "page": page}

    # ---- happy acts ---------------------------------------------------------------
    def agent_name(self, lang: str) -> str:
        return self.rng.choice(AGENTS[lang])

    def pair(self, s: str) -> list[str]:
        return s.split("|")

    def happy(
        self, c: Cust, t: datetime, kinds: list[str] | None = None, lang: str | None = None
    ) -> str:
        """One happy act (and the agent's answer and thanks where it has them); returns the act's id."""
        rng = self.rng
        lang = lang or c.lang
        w = wd.W[lang]
        kinds = kinds or [
            "praise",
            "praise",
            "again",
            "gripe",
            "chat_q",
            "chat_q",
            "email_q",
            "phone_q",
            "purchase",
            "purchase",
            "page",
            "review",
        ]
        k = rng.choice(kinds)
        if k in ("praise", "again", "gripe"):
            text = self.fill(rng.choice(w[k]), c, lang)
            if rng.random() < 0.55:
                return self.add(c, t, "social", "mention", text)
            return self.add(c, t, "community", "post", text)
        if k == "chat_q":
            q, a = self.pair(rng.choice(w["chat_q"]))
            ag = self.agent_name(lang)
            eid = self.add(c, t, "chat", "chat", self.fill(q, c, lang))
            t2 = self.mins(t, 1, 6)
            self.add(c, t2, "chat", "chat", self.fill(a, c, lang, agent=ag), out=True, agent=ag)
            if rng.random() < 0.6:
                self.add(
                    c,
                    self.mins(t2, 1, 4),
                    "chat",
                    "chat",
                    self.fill(rng.choice(w["thanks"]), c, lang, agent=ag),
                )
            return eid
        if k == "email_q":
            s, q, a = self.pair(rng.choice(w["email_q"]))
            ag = self.agent_name(lang)
            eid = self.add(c, t, "email", "message", self.fill(q, c, lang), self.fill(s, c, lang))
            t2 = self.out_of_night(self.mins(t, 40, 300))
            self.add(
                c,
                t2,
                "email",
                "message",
                self.fill(a, c, lang, agent=ag),
                "RE: " + self.fill(s, c, lang),
                out=True,
                agent=ag,
            )
            if rng.random() < 0.5:
                self.add(
                    c,
                    self.out_of_night(self.mins(t2, 20, 180)),
                    "email",
                    "message",
                    self.fill(rng.choice(w["thanks"]), c, lang, agent=ag),
                    "RE: " + self.fill(s, c, lang),
                )
            return eid
        if k == "phone_q":
            q, a = self.pair(rng.choice(w["phone_q"]))
            ag = self.agent_name(lang)
            eid = self.add(c, t, "phone", "call", self.fill(q, c, lang))
            self.add(
                c,
                self.mins(t, 8, 40),
                "email",
                "message",
                self.fill(a, c, lang, agent=ag),
                {
                    "en": "Following your call",
                    "it": "Come da telefonata",
                    "fr": "Suite à votre appel",
                    "es": "Sobre tu llamada",
                    "pt": "Na sequência da sua chamada",
                    "de": "Zu Ihrem Anruf",
                }[lang],
                out=True,
                agent=ag,
            )
            return eid
        if k == "purchase":
            product, price = rng.choice(wd.PRODUCTS)
            page = rng.choice(wd.PAGES[:3] + wd.PAGES[6:7])
            self.add(c, t, "web", "page_view", attrs={"page": page})
            qty = rng.choice([1, 1, 2, 3])
            return self.add(
                c,
                self.mins(t, 2, 9),
                "web",
                "purchase",
                attrs=self.price_attrs(c, price * qty, product, page),
            )
        if k == "page":
            return self.add(c, t, "web", "page_view", attrs={"page": rng.choice(wd.PAGES)})
        if k == "review":
            rating = rng.choice([5, 5, 4])
            text = self.fill(rng.choice(w["review5" if rating == 5 else "review4"]), c, lang)
            return self.add(
                c, t, "web", "review", text, attrs={"rating": rating, "page": "/reviews"}
            )
        if k == "survey":
            return self.happy_survey(c, t, lang)
        raise ValueError(k)

    def happy_survey(self, c: Cust, t: datetime, lang: str | None = None) -> str:
        rng = self.rng
        lang = lang or c.lang
        kind = rng.choice(["nps", "nps", "csat", "ces"])
        score = {
            "nps": rng.choice([9, 10, 10]),
            "csat": rng.choice([4, 5, 5]),
            "ces": rng.choice([6, 7]),
        }[kind]
        word = rng.choice(wd.W[lang]["survey"])
        return self.add(
            c,
            t,
            "survey",
            "survey_response",
            word or None,
            scores={kind: score},
            attrs={"survey": kind},
        )

    def spread(
        self,
        c: Cust,
        n: int,
        days: list[int],
        h0: float = 7,
        h1: float = 19,
        kinds: list[str] | None = None,
    ) -> list[str]:
        """n happy acts on different days among days."""
        picked = sorted(self.rng.sample(days, min(n, len(days))))
        return [self.happy(c, self.at(d, h0, h1), kinds) for d in picked]

    # ---- complaints ---------------------------------------------------------------
    def clause(self, c: Cust, problem: str, lang: str, spoken: bool = False) -> str:
        opts = wd.CLAUSE[lang][problem]
        s: str = self.rng.choice(opts)
        amounts = {
            "no_show": (38.4, 0.0),
            "double_charge": (24.9, 0.0),
            "damage": (0.0, 0.0),
            "refund": (19.2, 0.0),
            "wrong_price": (7.5, 9.9),
            "cancel_fee": (7.5, 0.0),
        }[problem]
        when = f"{self.rng.randint(9, 17)}:{self.rng.choice(['05', '12', '27', '38', '42', '51'])}"
        return s.format(
            amt=self.money(amounts[0], c, spoken), amt2=self.money(amounts[1], c, spoken), when=when
        )

    def complain(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        problem: str,
        lang: str | None = None,
        long: bool = False,
    ) -> str:
        """One angry first message about a problem; returns its id."""
        rng = self.rng
        lang = lang or c.lang
        wrap = wd.WRAP[lang]
        cl = self.clause(c, problem, lang, spoken=channel == "phone")
        topic = wd.TOPIC[lang][problem]
        subject = self.fill(rng.choice(wrap["subject"]), c, lang, topic=topic)
        if long:
            body = self.fill(rng.choice(wd.LONG[lang]), c, lang, clause=cl)
            return self.add(c, t, "email", "message", body, subject)
        if channel == "phone":
            text = self.fill(rng.choice(wrap["phone"]), c, lang, clause=cl)
            return self.add(c, t, "phone", "call", speech(text, {BRAND, c.first, *COMPS}, lang))
        text = self.fill(rng.choice(wrap[channel]), c, lang, clause=cl, Clause=cap(cl))
        if channel == "email":
            return self.add(c, t, "email", "message", text, subject)
        if channel == "chat":
            return self.add(c, t, "chat", "chat", text)
        if channel == "social":
            return self.add(c, t, "social", "mention", text)
        if channel == "web":
            return self.add(c, t, "web", "ticket", text, subject, attrs={"page": "/help/contact"})
        raise ValueError(channel)

    def new_ref(self) -> str:
        return self.unique(lambda: f"FV-{self.rng.randint(100000, 999999)}")

    def ack(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        ref: str,
        lang: str | None = None,
        passed_on: bool = False,
    ) -> datetime:
        """The agent's answer to a first complaint; returns its time."""
        lang = lang or c.lang
        a = wd.AGENT[lang]
        ag = self.agent_name(lang)
        if passed_on:
            t2 = self.out_of_night(self.mins(t, 90, 150))
            self.add(
                c,
                t2,
                "email",
                "message",
                self.fill(a["passed_on"], c, lang, ref=ref, agent=ag),
                self.fill(a["case_subject"], c, lang, ref=ref),
                out=True,
                agent=ag,
            )
            return t2
        if channel == "chat":
            t2 = self.mins(t, 1, 4)
            self.add(
                c,
                t2,
                "chat",
                "chat",
                self.fill(a["chat_case"], c, lang, ref=ref),
                out=True,
                agent=ag,
            )
            return t2
        t2 = self.out_of_night(self.mins(t, 10, 40))
        self.add(
            c,
            t2,
            "email",
            "message",
            self.fill(a["case"], c, lang, ref=ref, agent=ag),
            self.fill(a["case_subject"], c, lang, ref=ref),
            out=True,
            agent=ag,
        )
        return t2

    def good_news(
        self, c: Cust, t: datetime, ref: str, problem: str, lang: str | None = None
    ) -> str:
        lang = lang or c.lang
        a = wd.AGENT[lang]
        ag = self.agent_name(lang)
        return self.add(
            c,
            t,
            "email",
            "message",
            self.fill(a["good_news"], c, lang, ref=ref, agent=ag, fix=wd.FIX[lang][problem]),
            self.fill(a["good_news_subject"], c, lang, ref=ref),
            out=True,
            agent=ag,
        )

    def later(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        nth: int,
        ref: str,
        problem: str,
        comp: str,
        lang: str | None = None,
    ) -> str:
        rng = self.rng
        lang = lang or c.lang
        key = {2: "second", 3: "third", 4: "fourth"}[nth]
        still = wd.STILL[lang][problem]
        text = self.fill(
            rng.choice(wd.LATER[lang][key]),
            c,
            lang,
            ref=ref,
            still=still,
            Still=cap(still),
            comp=comp,
        )
        if channel == "phone":
            return self.add(
                c, t, "phone", "call", speech(text, {BRAND, c.first, ref, *COMPS}, lang)
            )
        if channel == "email":
            subj = {
                "en": "RE: Case",
                "it": "R: Pratica",
                "fr": "TR : Dossier",
                "es": "RE: Incidencia",
                "pt": "RE: Processo",
                "de": "AW: Vorgang",
            }[lang]
            return self.add(c, t, "email", "message", text, f"{subj} {ref}")
        if channel == "chat":
            return self.add(c, t, "chat", "chat", text)
        if channel == "social":
            return self.add(c, t, "social", "mention", text)
        if channel == "web":
            return self.add(c, t, "web", "ticket", text, ref, attrs={"page": "/help/contact"})
        raise ValueError(channel)

    def confirm(self, c: Cust, t: datetime, ref: str, channel: str, lang: str | None = None) -> str:
        lang = lang or c.lang
        text = self.fill(self.rng.choice(wd.W[lang]["confirm"]), c, lang, ref=ref)
        if channel == "chat":
            return self.add(c, t, "chat", "chat", text)
        return self.add(c, t, "email", "message", text, f"RE: {ref}")

    # ---- output -------------------------------------------------------------------
    def finalize(self) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        self.events.sort(key=lambda e: (e["_t"], e["_seq"]))
        seen: set[str] = set()
        lines: list[dict[str, Any]] = []
        vr = self.vrng
        for e in self.events:
            c: Cust = e["_c"]
            t: datetime = e["_t"]
            if t.year != 2026 or t >= LIMIT or t < self.start:
                raise SystemExit(f"{self.name}: touchpoint out of range {t}")
            full = e["direction"] == "outbound" or (
                c.key not in seen and e["direction"] == "inbound"
            )
            if e["direction"] == "inbound":
                seen.add(c.key)
            cust: dict[str, Any] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            ch = e["channel"]
            if full:
                cust.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
            elif ch == "phone":
                cust["phone"] = (
                    c.phone if vr.random() < 0.5 else f"+{c.cc} {c.phone[len(c.cc) + 1 :]}"
                )
            elif ch in ("social", "community") and c.handle:
                cust["handle"] = c.handle if vr.random() < 0.8 else c.handle.lstrip("@")
            elif ch in ("social", "community", "email"):
                cust["email"] = c.email.upper() if vr.random() < 1 / 12 else c.email
            else:
                cust["customer_id"] = c.key
            lines.append(
                {
                    "event_id": e["event_id"],
                    "occurred_at": iso(t),
                    "channel": ch,
                    "kind": e["kind"],
                    "direction": e["direction"],
                    "customer": cust,
                    "text": e["text"],
                    "subject": e["subject"],
                    "scores": e["scores"],
                    "source": e["source"],
                    "attributes": e["attributes"],
                }
            )
        for c in self.custs.values():
            if c.key not in seen:
                raise SystemExit(f"{self.name}: {c.key} has no inbound touchpoint")
            both = set(c.expected) & set(c.tolerated)
            if both:
                raise SystemExit(f"{self.name}: {c.key} expects and tolerates {both}")
        last = self.events[-1]["_t"]
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        if end >= LIMIT:
            raise SystemExit(f"{self.name}: end out of range")
        expected: dict[str, int] = {}
        for c in self.custs.values():
            for r in c.expected:
                expected[r] = expected.get(r, 0) + 1
        for a in self.accounts.values():
            for r in a["expected_rules"]:
                expected[r] = expected.get(r, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        expected = dict(sorted(expected.items()))
        if expected != dict(sorted(self.planted.items())):
            raise SystemExit(f"{self.name}: expected {expected} != planted {self.planted}")
        customers: dict[str, Any] = {}
        for c in self.custs.values():
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
            customers[c.key] = d
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": BUSINESS,
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": WRITTEN,
                "expected": expected,
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": customers,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        return lines, truth


def d0(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


# ==== families ======================================================================


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        d0(2026, 3, 9),
        10,
        "happy customers who write a lot: daytime writers, night writers, survey answerers",
    )
    days = list(range(10))
    for _ in range(18):
        c = f.person("happy", "day writer")
        f.spread(
            c,
            f.rng.randint(5, 8),
            days,
            7,
            19,
            [
                "praise",
                "praise",
                "again",
                "again",
                "gripe",
                "chat_q",
                "chat_q",
                "email_q",
                "phone_q",
                "purchase",
                "purchase",
                "page",
                "review",
                "survey",
            ],
        )
    for _ in range(5):
        c = f.person("happy", "night writer")
        c.job = f.rng.choice(["nurse", "baker", "bartender", "security guard", "new parent"])
        nights = sorted(f.rng.sample(days[:-1], f.rng.randint(2, 4)))
        for d in nights:
            t = f.at(d, 22.2, 28.5)
            lang = c.lang
            if f.rng.random() < 0.5:
                text = f.fill(f.rng.choice(wd.W[lang]["night_post"]), c)
                if f.rng.random() < 0.5:
                    f.add(c, t, "social", "mention", text)
                else:
                    f.add(c, t, "community", "post", text)
            else:
                q, a = f.pair(f.rng.choice(wd.W[lang]["night_chat"]))
                ag = f.agent_name(lang)
                f.add(c, t, "chat", "chat", f.fill(q, c))
                t2 = f.mins(t, 1, 5)
                f.add(c, t2, "chat", "chat", f.fill(a, c, agent=ag), out=True, agent=ag)
                f.add(
                    c,
                    f.mins(t2, 1, 3),
                    "chat",
                    "chat",
                    f.fill(f.rng.choice(wd.W[lang]["thanks"]), c, agent=ag),
                )
        free = [d for d in days if d not in nights]
        f.spread(c, f.rng.randint(2, 3), free, 9, 18, ["praise", "purchase", "page", "review"])
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in sorted(f.rng.sample(days, f.rng.randint(3, 6))):
            f.happy_survey(c, f.at(d, 7, 20))
    f.planted = {}
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        d0(2026, 4, 20),
        12,
        "happy customers with one angry day about one problem, some with a low score, good news and an apology",
    )
    rng = f.rng
    channels = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    problems = [wd.PROBLEMS[i % 6] for i in range(24)]
    rng.shuffle(problems)
    with_case = [i for i, ch in enumerate(channels) if ch != "social"]
    nps_idx = set(rng.sample(with_case, 6))
    csat_idx = set(rng.sample([i for i in with_case if i not in nps_idx], 5))
    news_idx = set(rng.sample(with_case, 12))
    apology_idx = set(rng.sample(sorted(news_idx), 5))
    long_langs = ["en", "en", "it", "it"]
    for i, ch in enumerate(channels):
        lang = long_langs[i] if ch == "long" else None
        det = i in nps_idx
        c = f.person(
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            lang,
            expected=["detractor"] if det else [],
            tolerated=["silence"],
        )
        bd = rng.randint(2, 9)
        free = [d for d in range(12) if d <= bd - 2 or d >= bd + 3]
        f.spread(
            c,
            rng.randint(1, 5),
            free,
            7,
            20,
            [
                "praise",
                "praise",
                "again",
                "gripe",
                "chat_q",
                "email_q",
                "phone_q",
                "purchase",
                "purchase",
                "page",
                "review",
            ],
        )
        t = f.at(bd, 8, 20)
        problem = problems[i]
        channel = "email" if ch == "long" else ch
        eid = f.complain(c, t, channel, problem, long=ch == "long")
        ref = None if ch == "social" else f.new_ref()
        c.extra.update(
            problem=problem,
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            channel=channel,
            long_email=ch == "long",
            booking=ref,
            trouble_starts_at=iso(t),
            agent_fixed=False,
            apologised=False,
            nps_given=False,
            csat_given=False,
        )
        if ref is None:
            continue
        f.ack(c, t, channel, ref)
        if det:
            nps = rng.randint(1, 5)
            sid = f.add(
                c,
                f.mins(t, 100, 140),
                "survey",
                "survey_response",
                rng.choice(wd.W[c.lang]["low_csat"]) or None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c.extra.update(nps_given=True, nps=nps, survey_event_id=sid)
        elif i in csat_idx:
            cs = rng.randint(1, 2)
            sid = f.add(
                c,
                f.mins(t, 40, 80),
                "survey",
                "survey_response",
                rng.choice(wd.W[c.lang]["low_csat"]) or None,
                scores={"csat": cs},
                attrs={"survey": "csat"},
            )
            c.extra.update(csat_given=True, csat=cs, survey_event_id=sid)
        if i in news_idx:
            f.good_news(c, f.out_of_night(f.mins(t, 60, 240)), ref, problem)
            c.extra["agent_fixed"] = True
            if i in apology_idx:
                ta = f.out_of_night(f.mins(t, 16 * 60, 24 * 60))
                text = f.fill(rng.choice(wd.W[c.lang]["apology"]), c, ref=ref)
                aid = (
                    f.add(c, ta, "chat", "chat", text)
                    if rng.random() < 0.5
                    else f.add(c, ta, "email", "message", text, f"RE: {ref}")
                )
                c.extra.update(apologised=True, apology_at=iso(ta), apology_event_id=aid)
    for _ in range(8):
        c = f.person("happy", "control")
        f.spread(c, rng.randint(4, 7), list(range(12)), 7, 20)
    f.planted = {"detractor": 6}
    return f


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        d0(2026, 6, 1),
        10,
        "problems raised again and again while open, fixed problems, two different problems, frequent happy writers",
    )
    rng = f.rng
    counts = [2] * 4 + [3] * 4 + [4] * 4
    rng.shuffle(counts)
    passed = set(rng.sample(range(12), 6))
    for i, n in enumerate(counts):
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=REPEAT_TOL)
        for _ in range(rng.randint(1, 3)):
            f.happy(c, f.at(0, 7, 12), ["praise", "chat_q", "purchase", "page", "again"])
        problem = rng.choice(wd.PROBLEMS)
        first_ch = rng.choice(["email", "chat", "phone", "web"])
        others = [x for x in ["email", "chat", "phone", "web", "social"] if x != first_ch]
        rng.shuffle(others)
        chans = [first_ch, *others[: n - 1]]
        t = f.at(rng.randint(1, 4), 8, 19)
        ref = f.new_ref()
        comp = rng.choice(COMPS)
        ids = [f.complain(c, t, first_ch, problem)]
        f.ack(c, t, first_ch, ref, passed_on=i in passed)
        c.extra.update(
            problem=problem,
            booking=ref,
            contacts=n,
            channels=chans,
            agent_passed_on=i in passed,
            trouble_starts_at=iso(t),
            competitor=comp if n >= 3 else None,
        )
        for k in range(2, n + 1):
            t = f.out_of_night(t + timedelta(minutes=rng.randint(4 * 60, 40 * 60)))
            ids.append(f.later(c, t, chans[k - 1], k, ref, problem, comp))
        c.extra["problem_event_ids"] = ids
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=["silence"])
        f.spread(c, rng.randint(1, 3), [0, 1], 7, 18)
        problem = rng.choice(wd.PROBLEMS)
        ch = rng.choice(["email", "chat", "phone", "web"])
        t = f.at(rng.randint(2, 5), 8, 19)
        ref = f.new_ref()
        pid = f.complain(c, t, ch, problem)
        f.ack(c, t, ch, ref)
        tf = f.out_of_night(f.mins(t, 180, 1200))
        f.good_news(c, tf, ref, problem)
        cch = rng.choice(["email", "chat"])
        tc = f.out_of_night(f.mins(tf, 480, 1800))
        cid = f.confirm(c, tc, ref, cch)
        c.extra.update(
            problem=problem,
            booking=ref,
            channel=ch,
            confirm_channel=cch,
            problem_event_ids=[pid],
            confirm_event_id=cid,
            trouble_starts_at=iso(t),
            problems=[
                {
                    "problem": problem,
                    "booking": ref,
                    "raised_at": iso(t),
                    "fixed_at": iso(tf),
                    "confirmed_at": iso(tc),
                    "problem_event_ids": [pid],
                    "confirm_event_id": cid,
                    "channel": ch,
                    "confirm_channel": cch,
                }
            ],
        )
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=["silence"])
        f.spread(c, rng.randint(1, 2), [0], 7, 12)
        probs = rng.sample(list(wd.PROBLEMS), 2)
        d1 = rng.randint(1, 3)
        cases = []
        for j, problem in enumerate(probs):
            day = d1 if j == 0 else d1 + rng.randint(4, 5)
            ch = rng.choice(["email", "chat", "phone", "web"])
            t = f.at(day, 8, 18)
            ref = f.new_ref()
            pid = f.complain(c, t, ch, problem)
            f.ack(c, t, ch, ref)
            tf = f.out_of_night(f.mins(t, 180, 900))
            f.good_news(c, tf, ref, problem)
            cch = rng.choice(["email", "chat"])
            tc = f.out_of_night(f.mins(tf, 300, 1200))
            cid = f.confirm(c, tc, ref, cch)
            cases.append(
                {
                    "problem": problem,
                    "booking": ref,
                    "raised_at": iso(t),
                    "fixed_at": iso(tf),
                    "confirmed_at": iso(tc),
                    "problem_event_ids": [pid],
                    "confirm_event_id": cid,
                    "channel": ch,
                    "confirm_channel": cch,
                }
            )
        c.extra.update(problems=cases, trouble_starts_at=cases[0]["raised_at"])
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.spread(
            c,
            rng.randint(5, 8),
            list(range(10)),
            7,
            19,
            ["chat_q", "chat_q", "chat_q", "email_q", "email_q", "phone_q", "praise", "purchase"],
        )
    f.planted = {"repeat_contact": 12}
    return f


def slide(f: Fam, c: Cust, day0: int, span: int, langs: list[str]) -> list[str]:
    """Six steps from day0 over span days; returns their ids (the fourth's time in extra)."""
    rng = f.rng
    ids: list[str] = []
    base = f.at(day0, 8, 20)
    offsets = sorted(rng.sample(range(span * 24), 6))
    prev: datetime | None = None
    first: datetime | None = None
    comp = rng.choice(COMPS)
    ratings = [3, 3, 2, 2, 1, 1]
    for k in range(6):
        lang = langs[k % len(langs)]
        t = f.out_of_night(
            base + timedelta(hours=offsets[k] - offsets[0], minutes=rng.randint(0, 50))
        )
        if prev is not None and t < prev + timedelta(hours=1):
            t = f.out_of_night(prev + timedelta(hours=1, minutes=rng.randint(5, 50)))
        prev = t
        first = first or t
        text = f.fill(wd.SLIDE[lang][k], c, lang, comp=comp)
        where = rng.choice(["social", "community", "review"])
        if where == "social":
            ids.append(f.add(c, t, "social", "mention", text))
        elif where == "community":
            ids.append(f.add(c, t, "community", "post", text))
        else:
            ids.append(
                f.add(c, t, "web", "review", text, attrs={"rating": ratings[k], "page": "/reviews"})
            )
        if k == 3:
            c.extra["_fourth"] = t
    c.extra.update(
        slide_event_ids=ids,
        slide_days=span,
        competitor=comp,
        trouble_starts_at=iso(first) if first else None,
    )
    return ids


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        d0(2026, 7, 6),
        32,
        "sliding customers, leavers, steady happy, steadily grumpy and sarcastic customers",
    )
    rng = f.rng
    nps_who = set(rng.sample(range(10), 5))
    for i in range(10):
        det = i in nps_who
        c = f.person(
            "slow_churner",
            "slides",
            expected=["sentiment_drop", "detractor"] if det else ["sentiment_drop"],
            tolerated=SLIDER_TOL,
        )
        days = list(range(11))
        praise_days = sorted(rng.sample(days, rng.randint(4, 5)))
        for d in praise_days:
            f.happy(c, f.at(d, 8, 20), ["praise", "praise", "again"])
        f.spread(c, rng.randint(2, 4), days, 8, 20, ["chat_q", "purchase", "page", "email_q"])
        day0 = rng.randint(12, 16)
        span = rng.choice([3, 5, 7, 9])
        slide(f, c, day0, span, [c.lang])
        fourth: datetime = c.extra.pop("_fourth")
        c.extra["nps_given"] = det
        if det:
            nps = rng.randint(1, 5)
            sid = f.add(
                c,
                f.out_of_night(f.mins(fourth, 150, 210)),
                "survey",
                "survey_response",
                rng.choice(wd.W[c.lang]["low_csat"]) or None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c.extra.update(nps=nps, survey_event_id=sid)
    for _ in range(5):
        c = f.person(
            "slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=LEAVER_TOL
        )
        f.spread(c, rng.randint(4, 6), list(range(16)), 8, 20)
        t = f.at(rng.randint(17, 23), 8, 20)
        lang = c.lang
        subj = {
            "en": "Cancel my Club",
            "it": "Disdetta Club",
            "fr": "Résiliation Club",
            "es": "Cancelar Club",
            "pt": "Cancelar Club",
            "de": "Kündigung Club",
        }[lang]
        eid = f.add(c, t, "email", "message", f.fill(rng.choice(wd.W[lang]["leave"]), c), subj)
        ag = f.agent_name(lang)
        f.add(
            c,
            f.out_of_night(f.mins(t, 60, 300)),
            "email",
            "message",
            f.fill(wd.AGENT[lang]["sorry_go"], c, agent=ag),
            "RE: " + subj,
            out=True,
            agent=ag,
        )
        tc = f.out_of_night(f.mins(t, 20 * 60, 30 * 60))
        cid = f.add(
            c,
            tc,
            "web",
            "cancellation",
            attrs={"page": "/app/account/plan/cancel", "product": "Fontiva Club"},
        )
        c.extra.update(
            churn_intent_event_id=eid,
            cancellation_event_id=cid,
            churn_at=iso(tc),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.spread(c, rng.randint(6, 10), list(range(32)), 8, 20)
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=GRUMPY_TOL)
        d = rng.randint(0, 4)
        ids = []
        texts = rng.sample(wd.GRUMPY[c.lang], min(len(wd.GRUMPY[c.lang]), rng.randint(5, 7)))
        for text in texts:
            t = f.at(d, 8, 21)
            text = f.fill(text, c)
            where = rng.choice(["social", "community", "web", "review"])
            if where == "social":
                ids.append(f.add(c, t, "social", "mention", text))
            elif where == "community":
                ids.append(f.add(c, t, "community", "post", text))
            elif where == "web":
                ids.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
            else:
                ids.append(
                    f.add(c, t, "web", "review", text, attrs={"rating": 3, "page": "/reviews"})
                )
            d += rng.randint(1, 3)
        for _ in range(rng.randint(0, 2)):
            f.happy(c, f.at(rng.randint(0, 30), 9, 19), ["purchase"])
        c.extra.update(
            grumble_event_ids=ids,
            trouble_starts_at=iso(next(e["_t"] for e in f.events if e["event_id"] == ids[0])),
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        sd = rng.randint(17, 28)
        f.spread(
            c,
            rng.randint(3, 6),
            [d for d in range(32) if abs(d - sd) > 1],
            8,
            20,
            ["praise", "again", "chat_q", "purchase", "page", "review", "survey"],
        )
        t = f.at(sd, 9, 20)
        sid = f.add(c, t, "social", "mention", f.fill(rng.choice(wd.SARCASM[c.lang]), c))
        c.extra.update(sarcasm_event_id=sid)
    f.planted = {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5}
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        d0(2026, 8, 28),
        3,
        "a calm weekend: day customers, mild grumbles and bursts of night owls",
    )
    rng = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in sorted(rng.sample([0, 1, 2], rng.randint(1, 3))):
            f.happy(
                c,
                f.at(d, 7, 17.5),
                ["praise", "again", "purchase", "page", "review", "chat_q", "survey"],
            )
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.at(rng.randint(0, 2), 8, 17)
        f.happy(c, t, ["page", "purchase"])
        q, a = f.pair(rng.choice(wd.QUIET[c.lang]))
        tg = f.mins(t, 20, 30)
        ag = f.agent_name(c.lang)
        if i < 2:
            gid = f.add(c, tg, "chat", "chat", f.fill(q, c))
            f.add(c, f.mins(tg, 2, 6), "chat", "chat", f.fill(a, c, agent=ag), out=True, agent=ag)
        else:
            gid = f.add(c, tg, "web", "ticket", f.fill(q, c), attrs={"page": "/help/contact"})
            f.add(
                c,
                f.mins(tg, 30, 90),
                "email",
                "message",
                f.fill(wd.AGENT[c.lang]["ack"], c, agent=ag),
                {
                    "en": "Your feedback",
                    "it": "La tua segnalazione",
                    "fr": "Votre retour",
                    "es": "Tu comentario",
                    "pt": "O seu comentário",
                    "de": "Ihr Hinweis",
                }[c.lang],
                out=True,
                agent=ag,
            )
        c.extra.update(grumble_event_id=gid, trouble_starts_at=iso(tg))
    day_owls = set(rng.sample(range(36), 18))
    k = 0
    for night in (1, 2, 3):
        first = f.start + timedelta(days=night, minutes=rng.randint(40, 65))
        starts = [
            first,
            first + timedelta(minutes=rng.randint(28, 33)),
            first + timedelta(minutes=rng.randint(55, 65)),
        ]
        for b, bs in enumerate(starts, 1):
            for _ in range(4):
                c = f.person("night_owl", f"night {night}, burst {b}")
                t = bs + timedelta(seconds=rng.randint(0, 599))
                lang = c.lang
                if rng.random() < 0.5:
                    q, a = f.pair(rng.choice(wd.W[lang]["night_chat"]))
                    ag = f.agent_name(lang)
                    nid = f.add(c, t, "chat", "chat", f.fill(q, c))
                    t2 = f.mins(t, 1, 4)
                    f.add(c, t2, "chat", "chat", f.fill(a, c, agent=ag), out=True, agent=ag)
                    f.add(
                        c,
                        f.mins(t2, 1, 3),
                        "chat",
                        "chat",
                        f.fill(rng.choice(wd.W[lang]["thanks"]), c, agent=ag),
                    )
                else:
                    text = f.fill(rng.choice(wd.W[lang]["night_post"]), c)
                    nid = (
                        f.add(c, t, "social", "mention", text)
                        if rng.random() < 0.5
                        else f.add(c, t, "community", "post", text)
                    )
                if k in day_owls:
                    f.happy(
                        c,
                        f.at(rng.randint(0, 2), 9, 17.5),
                        ["praise", "purchase", "page", "review"],
                    )
                c.extra.update(burst_at=iso(bs), night_event_id=nid)
                k += 1
    f.planted = {}
    return f


PAIRS: list[tuple[str, str]] = [
    ("en", "it"),
    ("en", "it"),
    ("en", "it"),
    ("en", "it"),
    ("it", "en"),
    ("it", "en"),
    ("it", "en"),
    ("it", "en"),
    ("it", "fr"),
    ("it", "fr"),
    ("fr", "it"),
    ("fr", "it"),
    ("it", "de"),
    ("it", "de"),
    ("de", "it"),
    ("en", "es"),
    ("es", "en"),
    ("en", "pt"),
    ("pt", "en"),
    ("en", "de"),
    ("de", "en"),
    ("it", "es"),
    ("es", "it"),
    ("it", "pt"),
    ("fr", "de"),
    ("de", "fr"),
    ("pt", "es"),
]


def bilingual_market(f: Fam, a: str, b: str) -> str:
    both = {a, b}
    if both == {"it", "de"} or both == {"it", "fr"} or both == {"fr", "de"}:
        return f.rng.choice(["CH", "CH", "IT" if "it" in both else "LU"])
    if both == {"en", "it"}:
        return f.rng.choice(["UK", "IE", "IT", "UK"])
    if both == {"es", "pt"}:
        return f.rng.choice(["ES", "PT"])
    if "en" in both:
        other = (both - {"en"}).pop()
        return f.rng.choice(["UK", "IE", f.market(other)])
    return f.market(a)


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        6,
        d0(2026, 9, 21),
        14,
        "customers who write in two languages: happy, repeat contacts, sliders, one bad day, fixed problems",
    )
    rng = f.rng
    pairs = list(PAIRS)
    rng.shuffle(pairs)
    roles = ["happy"] * 12 + ["repeat"] * 5 + ["slide"] * 5 + ["bad"] * 3 + ["fixed"] * 2
    # the long bad-day e-mail (the first "bad" one) needs English or Italian as the second language
    bad_long = roles.index("bad")
    if pairs[bad_long][1] not in ("en", "it"):
        swap = next(i for i, p in enumerate(pairs) if p[1] in ("en", "it") and roles[i] == "happy")
        pairs[bad_long], pairs[swap] = pairs[swap], pairs[bad_long]
    repeat_counts = [2, 2, 3, 3, 4]
    rng.shuffle(repeat_counts)
    bad_kinds = ["long", "email", "chat"]
    bad_seen = 0
    rep_seen = 0
    for i, (l1, l2) in enumerate(pairs):
        role = roles[i]
        market = bilingual_market(f, l1, l2)
        langs = [l1, l2]
        if role == "happy":
            c = f.person("happy", "alternates languages", l1, market=market)
            c.langs = langs
            for j, d in enumerate(sorted(rng.sample(range(14), rng.randint(5, 8)))):
                f.happy(c, f.at(d, 7, 20), lang=langs[j % 2])
        elif role == "repeat":
            c = f.person(
                "repeat_contact",
                "repeats",
                l1,
                market=market,
                expected=["repeat_contact"],
                tolerated=REPEAT_TOL,
            )
            c.langs = langs
            for j in range(rng.randint(1, 3)):
                f.happy(
                    c,
                    f.at(rng.randint(0, 1), 8, 19),
                    ["praise", "chat_q", "purchase", "page"],
                    lang=langs[j % 2],
                )
            n = repeat_counts[rep_seen]
            rep_seen += 1
            problem = rng.choice(wd.PROBLEMS)
            chans = rng.sample(["email", "chat", "phone", "web", "social"], n)
            if chans[0] == "social":
                chans[0], chans[1] = chans[1], chans[0]
            t = f.at(rng.randint(2, 5), 8, 19)
            ref = f.new_ref()
            comp = rng.choice(COMPS)
            ids = [f.complain(c, t, chans[0], problem, lang=l1)]
            f.ack(c, t, chans[0], ref, lang=l1, passed_on=n >= 3)
            for k in range(2, n + 1):
                t = f.out_of_night(t + timedelta(minutes=rng.randint(4 * 60, 40 * 60)))
                ids.append(
                    f.later(c, t, chans[k - 1], k, ref, problem, comp, lang=langs[(k - 1) % 2])
                )
            c.extra.update(
                problem=problem,
                booking=ref,
                contacts=n,
                channels=chans,
                agent_passed_on=n >= 3,
                problem_event_ids=ids,
                trouble_starts_at=iso(next(e["_t"] for e in f.events if e["event_id"] == ids[0])),
                competitor=comp if n >= 3 else None,
            )
        elif role == "slide":
            c = f.person(
                "slow_churner",
                "slides",
                l1,
                market=market,
                expected=["sentiment_drop"],
                tolerated=SLIDER_TOL,
            )
            c.langs = langs
            for j, d in enumerate(sorted(rng.sample(range(6), 5))):
                f.happy(c, f.at(d, 8, 20), ["praise", "praise", "again"], lang=langs[j % 2])
            for j in range(rng.randint(1, 3)):
                f.happy(
                    c,
                    f.at(rng.randint(0, 5), 8, 20),
                    ["chat_q", "purchase", "page"],
                    lang=langs[(j + 1) % 2],
                )
            slide(f, c, rng.randint(7, 8), rng.randint(3, 5), langs)
            c.extra.pop("_fourth")
        elif role == "bad":
            kind = "long" if i == bad_long else [k for k in bad_kinds if k != "long"][bad_seen % 2]
            if kind != "long":
                bad_seen += 1
            c = f.person(
                "happy_one_bad_day", "one bad day", l1, market=market, tolerated=["silence"]
            )
            c.langs = langs
            bd = rng.randint(5, 9)
            free = [d for d in range(14) if d <= bd - 2 or d >= bd + 3]
            for j, d in enumerate(sorted(rng.sample(free, rng.randint(3, 5)))):
                f.happy(c, f.at(d, 8, 20), lang=langs[j % 2])
            problem = rng.choice(wd.PROBLEMS)
            t = f.at(bd, 9, 19)
            channel = "chat" if kind == "chat" else "email"
            eid = f.complain(c, t, channel, problem, lang=l2, long=kind == "long")
            ref = f.new_ref()
            f.ack(c, t, channel, ref, lang=l2)
            c.extra.update(
                problem=problem,
                bad_day_at=iso(t),
                bad_day_event_id=eid,
                bad_day_language=l2,
                channel=channel,
                long_email=kind == "long",
                booking=ref,
                trouble_starts_at=iso(t),
                agent_fixed=channel == "email",
                apologised=False,
                nps_given=False,
                csat_given=False,
            )
            if channel == "email":
                f.good_news(c, f.out_of_night(f.mins(t, 60, 240)), ref, problem, lang=l2)
                if kind == "email":
                    ta = f.out_of_night(f.mins(t, 18 * 60, 24 * 60))
                    aid = f.add(
                        c,
                        ta,
                        "chat",
                        "chat",
                        f.fill(rng.choice(wd.W[l2]["apology"]), c, l2, ref=ref),
                    )
                    c.extra.update(apologised=True, apology_at=iso(ta), apology_event_id=aid)
        else:
            c = f.person(
                "resolved_between_contacts", "fixed", l1, market=market, tolerated=["silence"]
            )
            c.langs = langs
            f.spread(c, rng.randint(1, 3), [0, 1, 2], 8, 19)
            problem = rng.choice(wd.PROBLEMS)
            ch = rng.choice(["email", "chat", "web"])
            t = f.at(rng.randint(3, 7), 8, 19)
            ref = f.new_ref()
            pid = f.complain(c, t, ch, problem, lang=l1)
            f.ack(c, t, ch, ref, lang=l1)
            tf = f.out_of_night(f.mins(t, 180, 1200))
            f.good_news(c, tf, ref, problem, lang=l2)
            cch = rng.choice(["email", "chat"])
            tc = f.out_of_night(f.mins(tf, 480, 1800))
            cid = f.confirm(c, tc, ref, cch, lang=l2)
            c.extra.update(
                problem=problem,
                booking=ref,
                channel=ch,
                confirm_channel=cch,
                confirm_language=l2,
                problem_event_ids=[pid],
                confirm_event_id=cid,
                trouble_starts_at=iso(t),
                problems=[
                    {
                        "problem": problem,
                        "booking": ref,
                        "raised_at": iso(t),
                        "fixed_at": iso(tf),
                        "confirmed_at": iso(tc),
                        "problem_event_ids": [pid],
                        "confirm_event_id": cid,
                        "channel": ch,
                        "confirm_channel": cch,
                    }
                ],
            )
        c.extra.update(languages=langs, job_second_language=rng.choice(wd.SECOND_LANGUAGE))
    f.planted = {"repeat_contact": 5, "sentiment_drop": 5}
    return f


ACCOUNTS: list[tuple[str, str, str, str, str, str | None, int, int]] = [
    # market, lang, company, site, kind, problem, contacts, unhappy
    ("UK", "en", "Harbourline Freight Ltd", "logistics", "at_risk", "invoice", 5, 3),
    ("IT", "it", "Hotel Villa Ortensia", "hotel", "at_risk", "service_blocked", 4, 3),
    ("IT", "it", "Istituto Comprensivo Galvani", "school", "at_risk", "portal", 4, 3),
    ("IE", "en", "Shannon Precision Castings", "factory", "at_risk", "overbilled", 6, 4),
    ("CH", "it", "Laboratorio Analisi Ceresio SA", "laboratory", "at_risk", "invoice", 5, 4),
    ("UK", "en", "Northgate Contact Services", "call_centre", "one_unhappy", "portal", 3, 1),
    ("FR", "fr", "Les Tables Lyonnaises", "restaurants", "one_unhappy", "overbilled", 3, 1),
    ("ES", "es", "Limpiezas Brillamar SL", "cleaning", "one_unhappy", "service_blocked", 3, 1),
    ("DE", "de", "Kantwerk Software GmbH", "software", "one_unhappy", "invoice", 3, 1),
    ("IT", "it", "Studio Architetti Orsolini", "architects", "mild", None, 4, 0),
    ("PT", "pt", "Transportes Rodoluz", "bus_company", "mild", None, 3, 0),
    ("AT", "de", "Kraftraum Fitness GmbH", "gym_chain", "mild", None, 4, 0),
    ("UK", "en", "Penrose Home Stores", "retail", "happy", None, 4, 0),
    ("BE", "fr", "Bâtiments Verhoeven SA", "construction", "happy", None, 4, 0),
    ("IT", "it", "Cooperativa Agricola Valtenna", "farm_coop", "happy", None, 3, 0),
]


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        d0(2026, 10, 12),
        14,
        "company accounts: at risk (several contacts, one problem), one unhappy contact, mild suggestions, happy",
    )
    rng = f.rng
    workdays = [d for d in range(14) if (f.start + timedelta(days=d)).weekday() < 5]
    last_phone = {1, 2, 3, 4}  # at-risk accounts whose last contact calls; account 0 e-mails
    for ai, (market, lang, company, site, kind, problem, n, unhappy) in enumerate(ACCOUNTS):
        acc = f.unique(lambda market=market: f"FVB-{market}-{rng.randint(1000, 9999)}")
        domain = slug(company)[:18] + ".example"
        used_first: set[str] = set()
        contacts: list[Cust] = []
        for j in range(n):
            first = rng.choice([x for x in FIRST[lang] if x not in used_first])
            used_first.add(first)
            title = wb.JOB_TITLES[(ai + j * 3) % len(wb.JOB_TITLES)]
            if kind == "at_risk" and j < unhappy:
                role, persona = "complainer", "b2b_unhappy"
            elif kind == "one_unhappy" and j == 0:
                role, persona = "complainer", "b2b_one_unhappy"
            elif kind == "mild" and j < 2:
                role, persona = "suggests", "b2b_mild"
            else:
                role, persona = "contact", "b2b_happy"
            c = f.person(
                persona,
                role,
                lang,
                market=market,
                account=acc,
                domain=domain,
                first=first,
                job=title,
            )
            c.extra.update(company=company, role=role, job_title=title)
            contacts.append(c)
        for c in contacts:
            if c.persona == "b2b_happy":
                for d in sorted(rng.sample(workdays, rng.randint(2, 5))):
                    b2b_routine(f, c, f.at(d, 8, 16.5), happy=True)
            else:
                for _ in range(rng.randint(0, 2)):
                    b2b_routine(f, c, f.at(rng.randint(0, 1), 8, 16.5), happy=False)
        acc_truth: dict[str, Any] = {
            "company": company,
            "site": site,
            "contacts": n,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": unhappy,
            "unhappy_contact_keys": [c.key for c in contacts if c.extra["role"] == "complainer"],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        t_cl = wb.T[lang]
        if kind == "at_risk" and problem is not None:
            comp = rng.choice(COMPS)
            ref = f.new_ref()
            complainers = contacts[:unhappy]
            t = f.at(2, 8.5, 12)
            first_t = t
            cl = wb.CLAUSE[lang][problem].format(month=wb.MONTH[lang])
            topic = wb.TOPIC[lang][problem]
            for j, c in enumerate(complainers):
                if j == 0:
                    eid = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        f.fill(
                            rng.choice(t_cl["first"]),
                            c,
                            sig=signature(c, company),
                            clause=cl,
                            Clause=cap(cl),
                        ),
                        f.fill(rng.choice(t_cl["first_subject"]), c, topic=topic, company=company),
                    )
                    ag = f.agent_name(lang)
                    f.add(
                        c,
                        f.office(f.mins(t, 20, 90)),
                        "email",
                        "message",
                        f.fill(t_cl["ack"][0], c, ref=ref, company=company, agent=ag),
                        f.fill(t_cl["ack_subject"][0], c, ref=ref, company=company),
                        out=True,
                        agent=ag,
                    )
                else:
                    t = f.office(t + timedelta(minutes=rng.randint(8 * 60, 28 * 60)))
                    wk = 5 if t.date() == first_t.date() else first_t.weekday()
                    eid = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        f.fill(
                            rng.choice(t_cl["later"]),
                            c,
                            sig=signature(c, company),
                            clause=cl,
                            ref=ref,
                            first1=complainers[0].first,
                            weekday=wb.WEEKDAY[lang][wk],
                        ),
                        f.fill(t_cl["later_subject"][0], c, ref=ref, topic=topic),
                    )
                ids = [eid]
                c.expected = ["detractor"] if j < unhappy - 1 else ["repeat_contact"]
                c.tolerated = list(AT_RISK_TOL)
                c.extra.update(
                    problem=problem,
                    booking=ref,
                    trouble_starts_at=iso(t),
                    nps_given=j < unhappy - 1,
                )
                if j < unhappy - 1:
                    nps = rng.randint(1, 5)
                    sid = f.add(
                        c,
                        f.mins(t, 60, 180),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": nps},
                        attrs={"survey": "nps"},
                    )
                    c.extra.update(nps=nps, survey_event_id=sid)
                else:
                    t2 = f.office(t + timedelta(minutes=rng.randint(18 * 60, 40 * 60)))
                    if ai in last_phone:
                        text = f.fill(t_cl["last_phone"][0], c, ref=ref, company=company)
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "phone",
                                "call",
                                speech(text, {BRAND, c.first, ref, *COMPS, *company.split()}, lang),
                            )
                        )
                    else:
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "email",
                                "message",
                                f.fill(
                                    t_cl["last_email"][0],
                                    c,
                                    ref=ref,
                                    comp=comp,
                                    sig=signature(c, company),
                                ),
                                f.fill(t_cl["later_subject"][0], c, ref=ref, topic=topic),
                            )
                        )
                        c.extra["competitor"] = comp
                    c.extra["repeat_event_id"] = ids[-1]
                c.extra["complaint_event_ids"] = ids
            acc_truth["trouble_starts_at"] = iso(first_t)
        elif kind == "one_unhappy" and problem is not None:
            c = contacts[0]
            t = f.at(rng.choice([d for d in workdays if 2 <= d <= 9]), 8.5, 16)
            ref = f.new_ref()
            cl = wb.CLAUSE[lang][problem].format(month=wb.MONTH[lang])
            eid = f.add(
                c,
                t,
                "email",
                "message",
                f.fill(
                    rng.choice(t_cl["first"]),
                    c,
                    sig=signature(c, company),
                    clause=cl,
                    Clause=cap(cl),
                ),
                f.fill(
                    rng.choice(t_cl["first_subject"]),
                    c,
                    topic=wb.TOPIC[lang][problem],
                    company=company,
                ),
            )
            ag = f.agent_name(lang)
            f.add(
                c,
                f.office(f.mins(t, 20, 90)),
                "email",
                "message",
                f.fill(t_cl["ack"][0], c, ref=ref, company=company, agent=ag),
                f.fill(t_cl["ack_subject"][0], c, ref=ref, company=company),
                out=True,
                agent=ag,
            )
            nps = rng.randint(1, 5)
            sid = f.add(
                c,
                f.mins(t, 60, 180),
                "survey",
                "survey_response",
                None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c.expected = ["detractor"]
            c.tolerated = list(ONE_UNHAPPY_TOL)
            c.extra.update(
                problem=problem,
                booking=ref,
                trouble_starts_at=iso(t),
                complaint_event_ids=[eid],
                nps_given=True,
                nps=nps,
                survey_event_id=sid,
            )
        elif kind == "mild":
            for j, c in enumerate(contacts[:2]):
                t = f.at(rng.choice([d for d in workdays if d >= 2]), 8, 16.5)
                mild = t_cl["mild"][j % len(t_cl["mild"])]
                mid = f.add(
                    c, t, "web", "ticket", mild, attrs={"page": "/business/portal/feedback"}
                )
                ag = f.agent_name(lang)
                f.add(
                    c,
                    f.office(f.mins(t, 30, 180)),
                    "email",
                    "message",
                    f.fill(t_cl["mild_ack"][0], c, agent=ag),
                    "RE: " + mild.split(":")[0],
                    out=True,
                    agent=ag,
                )
                c.tolerated = ["silence"]
                c.extra.update(mild_event_id=mid, trouble_starts_at=iso(t))
        f.accounts[acc] = acc_truth
    f.planted = {"account_risk": 5, "detractor": 16, "repeat_contact": 5}
    return f


def signature(c: Cust, company: str) -> str:
    return f"{c.first} {c.last}\n{cap(c.extra['job_title'])}, {company}"


def b2b_routine(f: Fam, c: Cust, t: datetime, happy: bool) -> None:
    rng = f.rng
    lang = c.lang
    t_cl = wb.T[lang]
    kinds = (
        ["chat", "chat", "purchase", "page", "praise", "survey"]
        if happy
        else ["chat", "purchase", "page"]
    )
    k = rng.choice(kinds)
    if k == "chat":
        q, a = f.pair(rng.choice(t_cl["chat_q"]))
        ag = f.agent_name(lang)
        f.add(c, t, "chat", "chat", f.fill(q, c))
        t2 = f.mins(t, 1, 6)
        f.add(c, t2, "chat", "chat", f.fill(a, c, agent=ag), out=True, agent=ag)
        if rng.random() < 0.6:
            f.add(
                c, f.mins(t2, 1, 4), "chat", "chat", f.fill(rng.choice(t_cl["thanks"]), c, agent=ag)
            )
    elif k == "purchase":
        product, price = rng.choice(wb.B2B_PRODUCTS)
        page = rng.choice(wb.B2B_PAGES)
        f.add(c, t, "web", "page_view", attrs={"page": page})
        f.add(
            c,
            f.mins(t, 2, 9),
            "web",
            "purchase",
            attrs=f.price_attrs(c, price * rng.choice([1, 2, 3]), product, page),
        )
    elif k == "page":
        f.add(c, t, "web", "page_view", attrs={"page": rng.choice(wb.B2B_PAGES)})
    elif k == "praise":
        f.add(c, t, "community", "post", f.fill(rng.choice(t_cl["praise"]), c))
    else:
        kind = rng.choice(["nps", "csat", "ces"])
        score = {"nps": rng.choice([9, 10]), "csat": rng.choice([4, 5]), "ces": rng.choice([6, 7])}[
            kind
        ]
        f.add(
            c,
            t,
            "survey",
            "survey_response",
            rng.choice(t_cl["survey"]) or None,
            scores={kind: score},
            attrs={"survey": kind},
        )


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        d0(2026, 10, 30),
        7,
        "a calm week, then a planted spike: the app cannot book delivery slots",
    )
    rng = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        f.spread(c, rng.randint(1, 4), list(range(6)), 7, 19)
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.at(3, 9, 17)
        q, a = f.pair(rng.choice(wd.QUIET[c.lang]))
        ag = f.agent_name(c.lang)
        gid = f.add(c, t, "chat", "chat", f.fill(q, c))
        f.add(c, f.mins(t, 2, 6), "chat", "chat", f.fill(a, c, agent=ag), out=True, agent=ag)
        c.extra.update(grumble_event_id=gid, trouble_starts_at=iso(t))
    for lang, hh, mm in (("en", 9, 20), ("it", 15, 10)):
        c = f.person("grumbles_once", "lone question", lang, tolerated=["silence"])
        t = f.start + timedelta(days=5, hours=hh, minutes=mm)
        q, a = f.pair(wd.SPIKE[lang]["lone"][0])
        ag = f.agent_name(lang)
        lid = f.add(c, t, "chat", "chat", f.fill(q, c))
        f.add(c, f.mins(t, 2, 5), "chat", "chat", f.fill(a, c, agent=ag), out=True, agent=ag)
        c.extra.update(lone_report_event_id=lid, trouble_starts_at=iso(t))
    langs = ["en"] * 6 + ["it"] * 6 + ["fr", "fr", "es", "es", "pt", "pt", "de", "de"]
    rng.shuffle(langs)
    channels = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(channels)
    s0 = f.start + timedelta(days=6, hours=9, minutes=35)
    offs = sorted([0, 45, *rng.sample(range(1, 45), 18)])
    regular = set(rng.sample(range(20), 12))
    reporters: list[tuple[Cust, datetime, str, str]] = []
    for i in range(20):
        lang = langs[i]
        c = f.person(
            "spike_reporter", "regular" if i in regular else "new", lang, tolerated=["silence"]
        )
        if i in regular:
            for _ in range(rng.randint(1, 3)):
                f.happy(c, f.at(4, 8, 18), ["praise", "chat_q", "purchase", "page", "again"])
        t = s0 + timedelta(minutes=offs[i], seconds=rng.randint(0, 50) if 0 < offs[i] < 45 else 0)
        ch = channels[i]
        text = f.fill(rng.choice(wd.SPIKE[lang]["report"]), c)
        if ch == "social":
            eid = f.add(c, t, "social", "mention", text)
        elif ch == "community":
            eid = f.add(c, t, "community", "post", text)
        elif ch == "chat":
            eid = f.add(c, t, "chat", "chat", text)
            ag = f.agent_name(lang)
            f.add(
                c,
                f.mins(t, 1, 3),
                "chat",
                "chat",
                f.fill(wd.SPIKE[lang]["we_know"][0], c, agent=ag),
                out=True,
                agent=ag,
            )
        elif ch == "email":
            eid = f.add(
                c, t, "email", "message", text, f.fill(rng.choice(wd.SPIKE[lang]["subject"]), c)
            )
        else:
            eid = f.add(
                c,
                t,
                "web",
                "ticket",
                text,
                f.fill(rng.choice(wd.SPIKE[lang]["subject"]), c),
                attrs={"page": "/help/contact"},
            )
        c.extra.update(
            in_spike=True,
            regular=i in regular,
            spike_event_id=eid,
            spike_channel=ch,
            trouble_starts_at=iso(t),
            agent_fixed=False,
        )
        reporters.append((c, t, ch, eid))
    early = [r for r in reporters if r[1] <= s0 + timedelta(minutes=25)]
    rep = rng.sample(early, 6)
    second = ["email", "email", "chat", "chat", "community", "community"]
    for _ in range(200):
        if all(ch2 != r[2] for r, ch2 in zip(rep, second, strict=True)):
            break
        rng.shuffle(second)
    else:
        raise SystemExit("no second channels")
    rep_ids: list[str] = []
    for (c, t, _, _), ch2 in zip(rep, second, strict=True):
        t2 = f.mins(t, 15, 50)
        text = f.fill(rng.choice(wd.SPIKE[c.lang]["repeat"]), c)
        if ch2 == "email":
            rid = f.add(
                c, t2, "email", "message", text, "RE: " + f.fill(wd.SPIKE[c.lang]["subject"][0], c)
            )
        elif ch2 == "chat":
            rid = f.add(c, t2, "chat", "chat", text)
        else:
            rid = f.add(c, t2, "community", "post", text)
        c.persona = "spike_repeater"
        c.expected = ["repeat_contact"]
        c.tolerated = ["sentiment_drop", "silence"]
        c.extra.update(repeat_event_id=rid)
        rep_ids.append(rid)
    rest = [r for r in reporters if r not in rep]
    for c, _, _, _ in rng.sample(rest, 6):
        t = f.start + timedelta(
            days=6, hours=12, minutes=rng.randint(5, 20), seconds=rng.randint(0, 59)
        )
        local = "12:50" if c.market in CET_MARKETS else "11:50"
        credit = {"UK": "£3", "CH": "CHF 3"}.get(c.market, "3 €" if c.lang != "en" else "€3")
        ag = f.agent_name(c.lang)
        f.add(
            c,
            t,
            "email",
            "message",
            f.fill(wd.SPIKE[c.lang]["fixed"][0], c, agent=ag, local=local, credit=credit),
            f.fill(wd.SPIKE[c.lang]["fixed_subject"][0], c),
            out=True,
            agent=ag,
        )
        c.extra["agent_fixed"] = True
    f.spike = {
        "topic": f"home water delivery app cannot book delivery slots: no order can be placed, error {CODE}",
        "about": "slot booking down in the app and on the website",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": [r[0].key for r in reporters],
        "event_ids": [r[3] for r in reporters],
        "repeat_event_ids": rep_ids,
    }
    f.planted = {"repeat_contact": 6, "topic_spike": 1}
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
    USED.clear()
    for build in FAMILIES:
        fam = build()
        lines, truth = fam.finalize()
        with (HERE / f"{fam.name}.jsonl").open("w", encoding="utf-8", newline="\n") as fh:
            for line in lines:
                fh.write(json.dumps(line, ensure_ascii=False) + "\n")
        (HERE / f"{fam.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        print(
            f"{fam.name}: {len(fam.custs)} customers, {len(lines)} touchpoints, expected {truth['config']['expected']}"
        )


if __name__ == "__main__":
    main()
