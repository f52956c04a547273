# ruff: noqa: E501
"""Generate tests/scenarios/heldout81/: Foliaro, bookbinding and book restoration by post.

Hand-written alert scenarios, written blind, for reporting only. Standard library only,
deterministic (fixed seeds): two runs write the same bytes. Run: python make_heldout81.py
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
SET = "heldout81"
BUSINESS = (
    "Foliaro: bookbinding and book restoration by post (bibles, family record books, "
    "cookbooks, photo albums, theses, gold-foil titles, slipcases), a Foliaro Club membership "
    "(yearly, lower prices and free return postage); business arm Foliaro Pro binds registers, "
    "minute books, theses and guest books for organisations on account with a portal"
)
WRITTEN = "2026-12-04, blind"
LAST_DAY = datetime(2026, 11, 25, tzinfo=UTC)

LANG_WEIGHTS = {"fr": 30, "pt": 30, "en": 10, "de": 10, "it": 10, "es": 10}
MARKETS: dict[str, list[str]] = {
    "fr": ["FR", "FR", "FR", "BE", "CH", "LU"],
    "pt": ["PT"],
    "en": ["UK", "UK", "IE"],
    "de": ["DE", "DE", "AT", "CH"],
    "it": ["IT", "IT", "CH"],
    "es": ["ES"],
}
MARKET_LANGS: dict[str, list[str]] = {
    "FR": ["fr"],
    "BE": ["fr", "de"],
    "CH": ["fr", "de", "it"],
    "LU": ["fr", "de"],
    "PT": ["pt"],
    "UK": ["en"],
    "IE": ["en"],
    "DE": ["de"],
    "AT": ["de"],
    "IT": ["it"],
    "ES": ["es"],
}
FIRST: dict[str, list[str]] = {
    "fr": [
        "Camille",
        "Hélène",
        "Julien",
        "Sophie",
        "Thomas",
        "Élodie",
        "Nicolas",
        "Manon",
        "Arnaud",
        "Céline",
        "Mathieu",
        "Aurélie",
        "Benoît",
        "Claire",
        "Damien",
        "Isabelle",
        "Laurent",
        "Nathalie",
        "Olivier",
        "Sandrine",
        "Yannick",
        "Margaux",
        "Rémi",
        "Chloé",
    ],
    "pt": [
        "Ana",
        "João",
        "Mariana",
        "Pedro",
        "Inês",
        "Tiago",
        "Beatriz",
        "Rui",
        "Catarina",
        "Miguel",
        "Sofia",
        "Nuno",
        "Joana",
        "Ricardo",
        "Filipa",
        "Bruno",
        "Conceição",
        "Duarte",
        "Leonor",
        "Gonçalo",
        "Raquel",
        "Hugo",
        "Teresa",
        "Vasco",
    ],
    "en": [
        "Emma",
        "James",
        "Olivia",
        "Liam",
        "Sarah",
        "Daniel",
        "Megan",
        "Connor",
        "Rachel",
        "Tom",
        "Aoife",
        "Gareth",
    ],
    "de": [
        "Lena",
        "Jonas",
        "Anna",
        "Felix",
        "Katrin",
        "Matthias",
        "Julia",
        "Stefan",
        "Sabine",
        "Lukas",
        "Miriam",
        "Tobias",
    ],
    "it": [
        "Giulia",
        "Marco",
        "Chiara",
        "Luca",
        "Francesca",
        "Andrea",
        "Elena",
        "Davide",
        "Sara",
        "Matteo",
        "Paola",
        "Simone",
    ],
    "es": [
        "Lucía",
        "Javier",
        "Marta",
        "Pablo",
        "Irene",
        "Sergio",
        "Carmen",
        "Álvaro",
        "Nuria",
        "Diego",
        "Elena",
        "Raúl",
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
        "Roux",
        "Fournier",
        "Mercier",
        "Blanc",
        "Chevalier",
        "Faure",
        "Gauthier",
        "Perrin",
        "Morel",
        "Lambert",
        "Bonnet",
        "Rousseau",
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
        "Marques",
        "Almeida",
        "Ribeiro",
        "Pinto",
        "Carvalho",
        "Teixeira",
    ],
    "en": [
        "Smith",
        "Murphy",
        "Walsh",
        "Taylor",
        "Evans",
        "Byrne",
        "Hughes",
        "Kelly",
        "Clarke",
        "Doyle",
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
        "Wolf",
    ],
    "it": [
        "Rossi",
        "Russo",
        "Bianchi",
        "Romano",
        "Colombo",
        "Ricci",
        "Marino",
        "Greco",
        "Bruno",
        "Gallo",
    ],
    "es": [
        "García",
        "Martínez",
        "López",
        "Sánchez",
        "Pérez",
        "Gómez",
        "Fernández",
        "Ruiz",
        "Díaz",
        "Moreno",
    ],
}
TOWNS: dict[str, list[str]] = {
    "FR": ["Lille", "Nantes", "Rennes", "Dijon", "Tours", "Grenoble"],
    "BE": ["Liège", "Namur", "Bruxelles"],
    "CH": ["Lausanne", "Fribourg", "Lugano", "Bern"],
    "LU": ["Esch-sur-Alzette", "Luxembourg"],
    "PT": ["Porto", "Braga", "Coimbra", "Lisboa", "Aveiro", "Évora"],
    "UK": ["Leeds", "Bristol", "York"],
    "IE": ["Cork", "Galway"],
    "DE": ["Bremen", "Leipzig", "Freiburg"],
    "AT": ["Graz", "Linz"],
    "IT": ["Torino", "Bologna", "Padova"],
    "ES": ["Valencia", "Zaragoza", "Salamanca"],
}
JOBS = [
    "nurse",
    "teacher",
    "retired postman",
    "accountant",
    "pharmacist",
    "bus driver",
    "student",
    "librarian",
    "farmer",
    "baker",
    "civil servant",
    "architect",
    "shop owner",
    "engineer",
    "cook",
    "retired teacher",
    "market trader",
    "hairdresser",
    "carer",
    "lawyer",
]
# country code, mobile prefixes, national number length (prefix included)
PHONE: dict[str, tuple[str, list[str], int]] = {
    "FR": ("33", ["6", "7"], 9),
    "BE": ("32", ["47", "48", "49"], 9),
    "CH": ("41", ["76", "78", "79"], 9),
    "LU": ("352", ["621", "661", "691"], 9),
    "PT": ("351", ["91", "92", "93", "96"], 9),
    "UK": ("44", ["7"], 10),
    "IE": ("353", ["83", "85", "87"], 9),
    "DE": ("49", ["151", "160", "170", "176"], 11),
    "AT": ("43", ["664", "676", "699"], 10),
    "IT": ("39", ["33", "34", "32"], 10),
    "ES": ("34", ["6", "7"], 9),
}
CODES = {
    "happy_writers": "HW",
    "one_bad_day": "BD",
    "repeat_contacts": "RC",
    "slow_churners": "SC",
    "quiet_hours": "QH",
    "bilingual": "BL",
    "b2b_accounts": "BB",
    "topic_spike": "TS",
}
SOURCES = {
    "email": "foliaro-mail",
    "phone": "foliaro-voice",
    "social": "foliaro-social",
    "community": "foliaro-forum",
    "chat": "foliaro-chat",
    "web": "foliaro-web",
    "survey": "foliaro-survey",
}
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
B2B_COMPLAINER_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
B2B_ONE_TOL = ["sentiment_drop", "high_value_at_risk", "silence"]

USED: set[str] = set()
EVENT_NO = [0]


def unique(rng: random.Random, make: Any) -> str:
    for _ in range(500):
        value = str(make())
        if value not in USED:
            USED.add(value)
            return value
    raise RuntimeError("could not draw a unique identifier")


def strip_accents(text: str) -> str:
    table = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
    out = []
    for ch in text:
        if ch in table:
            out.append(table[ch])
        elif ch in "ßñÑ":
            out.append(ch)
        else:
            out.append(
                "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
            )
    return "".join(out)


def roughen(rng: random.Random, text: str) -> str:
    if rng.random() < 0.10:
        text = strip_accents(text)
    if rng.random() < 0.125 and text[:1].isupper() and not text[1:2].isupper():
        text = text[0].lower() + text[1:]
    if rng.random() < 0.14:
        words = text.split(" ")
        idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
        if idx:
            i = rng.choice(idx)
            w = words[i]
            j = rng.randrange(1, len(w) - 2)
            if w[j] != w[j + 1]:
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
    return text


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def money(market: str, euros: float, spoken: bool = False, lang: str = "fr") -> str:
    if market == "UK":
        v = round(euros * 0.86)
        return f"{v} pounds" if spoken else f"£{v}"
    if market == "CH":
        v = round(euros * 0.94)
        if spoken:
            return f"{v} Franken" if lang == "de" else f"{v} francs"
        return f"CHF {v}"
    v2 = round(euros)
    if spoken:
        return f"{v2} euros" if lang != "de" else f"{v2} Euro"
    return f"€{v2}" if lang == "en" else f"{v2} €"


def currency(market: str, euros: float) -> tuple[str, str]:
    if market == "UK":
        return f"{euros * 0.86:.2f}", "GBP"
    if market == "CH":
        return f"{euros * 0.94:.2f}", "CHF"
    return f"{euros:.2f}", "EUR"


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
    at: datetime
    no: int
    eid: str
    cust: Cust
    channel: str
    kind: str
    out: bool
    text: str | None
    subject: str | None
    scores: dict[str, int]
    attrs: dict[str, str]
    ids: str


class Fam:
    def __init__(self, name: str, n: int, start: datetime, days: int, about: str) -> None:
        self.name = name
        self.code = CODES[name]
        self.n = n
        self.rng = random.Random(SEED * 100 + n)
        self.rr = random.Random(SEED * 100 + 50 + n)
        self.start = start
        self.days = days
        self.about = about
        self.rows: list[Row] = []
        self.custs: dict[str, Cust] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}

    # ---- people -------------------------------------------------------
    def lang(self) -> str:
        return self.rng.choices(list(LANG_WEIGHTS), weights=list(LANG_WEIGHTS.values()))[0]

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        market: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        **extra: Any,
    ) -> Cust:
        rng = self.rng
        lang = lang or self.lang()
        market = market or rng.choice(MARKETS[lang])
        first = rng.choice(FIRST[lang])
        last = rng.choice(LAST[lang])
        key = unique(rng, lambda: f"FL{self.code}{rng.randrange(1000, 10000)}")
        base = (
            strip_accents(f"{first}.{last}")
            .lower()
            .replace(" ", "")
            .replace("ß", "ss")
            .replace("ñ", "n")
        )
        domains = [
            "mail.example",
            "correo.example",
            "posteo.example",
            "net.example",
            "caixa.example",
            "boite.example",
        ]
        email = unique(
            rng,
            lambda: f"{base}{rng.choice(['', str(rng.randrange(1, 99))])}@{rng.choice(domains)}",
        )
        cc, prefixes, length = PHONE[market]
        phone = unique(rng, lambda: self.phone_number(cc, prefixes, length))
        b1 = strip_accents(last).lower().replace("ß", "ss").replace("ñ", "n")
        b2 = strip_accents(first).lower().replace("ß", "ss").replace("ñ", "n")
        handle = unique(
            rng,
            lambda: rng.choice(
                [
                    f"@{b1}_{b2}{rng.randrange(1, 9)}",
                    f"@{b2}{b1}{rng.randrange(10, 99)}",
                    f"@{b2}_{b1}",
                    f"@{b1}{b2[0]}{rng.randrange(1, 99)}",
                ]
            ),
        )
        c = Cust(key, lang, market, first, last, email, phone, handle, None, {})
        c.truth = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": phone,
                "handle": handle,
                "account_id": None,
            },
            "expected_rules": sorted(expected or []),
            "tolerated_rules": sorted(tolerated or []),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "consumer",
            "name": f"{first} {last}",
            "job": rng.choice(JOBS),
            "town": rng.choice(TOWNS[market]),
        }
        c.truth.update(extra)
        self.custs[key] = c
        return c

    def phone_number(self, cc: str, prefixes: list[str], length: int) -> str:
        p = self.rng.choice(prefixes)
        return f"+{cc}{p}" + "".join(str(self.rng.randrange(10)) for _ in range(length - len(p)))

    # ---- touchpoints --------------------------------------------------
    def add(
        self,
        c: Cust,
        at: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        out: bool = False,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
        agent: str | None = None,
    ) -> str:
        EVENT_NO[0] += 1
        eid = f"fl81-{self.code.lower()}-{EVENT_NO[0]:05d}"
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        a.update(attrs or {})
        if agent:
            a["agent"] = agent
        if text is not None and not out:
            if channel not in ("phone", "survey"):
                text = roughen(self.rr, text)
            if channel == "social" and not c.account:
                pos = text.rfind("Foliaro")
                text = text[:pos] + "@" + text[pos:] if pos >= 0 else "@Foliaro " + text
        if out:
            ids = "all"
        elif channel == "phone":
            ids = "phone"
        elif channel in ("social", "community"):
            ids = "email" if c.account else "handle"
        elif channel == "email":
            ids = "email"
        else:
            ids = "id"
        self.rows.append(
            Row(at, EVENT_NO[0], eid, c, channel, kind, out, text, subject, scores or {}, a, ids)
        )
        return eid

    def agent(self, lang: str) -> str:
        agents: list[str] = W.AGENTS[lang]
        return self.rng.choice(agents)

    def t(self, day: float, h0: float, h1: float) -> datetime:
        return self.start + timedelta(
            days=int(day), minutes=self.rng.randrange(int(h0 * 60), int(h1 * 60))
        )

    def morning(self, t: datetime) -> datetime:
        if t.hour >= 22:
            base = (t + timedelta(days=1)).replace(hour=8, minute=0, second=0)
            return base + timedelta(minutes=self.rng.randrange(0, 60))
        if t.hour < 7:
            return t.replace(hour=8, minute=self.rng.randrange(0, 60), second=0)
        return t

    def office(self, t: datetime) -> datetime:
        for _ in range(10):
            if t.weekday() >= 5:
                t = (t + timedelta(days=7 - t.weekday())).replace(
                    hour=8, minute=self.rng.randrange(5, 55)
                )
            elif t.hour >= 17:
                t = (t + timedelta(days=1)).replace(hour=8, minute=self.rng.randrange(5, 55))
            elif t.hour < 8:
                t = t.replace(hour=8, minute=self.rng.randrange(5, 55))
            else:
                return t
        return t

    def ref(self) -> str:
        return unique(self.rng, lambda: f"FL-{self.rng.randrange(100000, 1000000)}")

    # ---- happy acts ---------------------------------------------------
    def happy(self, c: Cust, t: datetime, kind: str | None = None, lang: str | None = None) -> None:
        rng = self.rng
        lg = lang or c.lang
        kind = kind or rng.choice(
            [
                "praise",
                "praise",
                "again",
                "gripe",
                "chat",
                "chat",
                "mail",
                "call",
                "buy",
                "buy",
                "view",
                "review",
                "survey",
            ]
        )
        if kind in ("praise", "again", "gripe"):
            table = {"praise": W.PRAISE, "again": W.AGAIN, "gripe": W.GRIPE}[kind]
            ch = rng.choice(["social", "community"])
            self.add(c, t, ch, "mention" if ch == "social" else "post", rng.choice(table[lg]))
        elif kind == "chat":
            q, a, th = rng.choice(W.CHAT_Q[lg])
            self.add(c, t, "chat", "chat", q)
            t2 = t + timedelta(minutes=rng.randrange(1, 7))
            self.add(c, t2, "chat", "chat", a, out=True, agent=self.agent(lg))
            if rng.random() < 0.6:
                self.add(c, t2 + timedelta(minutes=rng.randrange(1, 4)), "chat", "chat", th)
        elif kind == "mail":
            s, q, a = rng.choice(W.MAIL_Q[lg])
            self.add(c, t, "email", "message", q.format(first=c.first), subject=s)
            ag = self.agent(lg)
            self.add(
                c,
                self.morning(t + timedelta(minutes=rng.randrange(30, 180))),
                "email",
                "message",
                a.format(first=c.first, agent=ag),
                subject="RE: " + s,
                out=True,
                agent=ag,
            )
        elif kind == "call":
            tr, s, a = rng.choice(W.CALL_Q[lg])
            self.add(c, t, "phone", "call", tr)
            ag = self.agent(lg)
            self.add(
                c,
                self.morning(t + timedelta(minutes=rng.randrange(20, 60))),
                "email",
                "message",
                a.format(first=c.first, agent=ag),
                subject=s,
                out=True,
                agent=ag,
            )
        elif kind == "buy":
            name, price = rng.choice(W.PRODUCTS)
            page = rng.choice(W.PAGES)
            self.add(c, t, "web", "page_view", attrs={"page": page})
            value, cur = currency(c.market, price)
            self.add(
                c,
                t + timedelta(minutes=rng.randrange(3, 16)),
                "web",
                "purchase",
                attrs={"order_value": value, "currency": cur, "product": name, "page": page},
            )
        elif kind == "view":
            self.add(c, t, "web", "page_view", attrs={"page": rng.choice(W.PAGES)})
        elif kind == "review":
            self.add(
                c,
                t,
                "web",
                "review",
                rng.choice(W.REVIEW[lg]),
                attrs={"rating": str(rng.choice([4, 5, 5])), "page": "/avis"},
            )
        else:
            self.survey_happy(c, t, lg)

    def survey_happy(self, c: Cust, t: datetime, lg: str) -> None:
        rng = self.rng
        which = rng.choice(["nps", "csat", "ces"])
        score = {"nps": rng.choice([9, 10]), "csat": rng.choice([4, 5]), "ces": rng.choice([6, 7])}[
            which
        ]
        word = rng.choice(W.SURVEY_WORDS[lg])
        self.add(
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
        n: int,
        days: list[int],
        h0: float = 7,
        h1: float = 19,
        kinds: list[str] | None = None,
    ) -> None:
        picked = self.rng.sample(days, min(n, len(days)))
        for d in sorted(picked):
            self.happy(c, self.t(d, h0, h1), self.rng.choice(kinds) if kinds else None)

    # ---- trouble helpers ---------------------------------------------
    def amount(self, c: Cust, problem: str, spoken: bool = False, lang: str | None = None) -> str:
        eur = {"double_charge": 189, "refund": 75, "wrong_price": 22}.get(problem, 0)
        return money(c.market, eur, spoken, lang or c.lang)

    def complaint(
        self,
        c: Cust,
        t: datetime,
        problem: str,
        channel: str,
        lang: str | None = None,
        long_text: str | None = None,
    ) -> str:
        lg = lang or c.lang
        rng = self.rng
        if channel == "phone":
            return self.add(
                c,
                t,
                "phone",
                "call",
                W.CALL_BAD[lg][problem].format(amt=self.amount(c, problem, True, lg)),
            )
        if channel == "social":
            return self.add(
                c,
                t,
                "social",
                "mention",
                W.SOCIAL_BAD[lg][problem].format(amt=self.amount(c, problem, False, lg)),
            )
        text = long_text or rng.choice(W.COMPLAINT[lg][problem])
        text = text.format(amt=self.amount(c, problem, False, lg), first=c.first)
        subj = W.COMPLAINT_SUBJECT[lg].format(topic=W.TOPIC[lg][problem])
        if channel == "email":
            return self.add(c, t, "email", "message", text, subject=subj)
        if channel == "web":
            return self.add(c, t, "web", "ticket", text, subject=subj, attrs={"page": "/contact"})
        return self.add(c, t, "chat", "chat", text)

    def case_reply(
        self, c: Cust, t: datetime, channel: str, ref: str, lang: str | None = None
    ) -> datetime:
        lg = lang or c.lang
        ag = self.agent(lg)
        if channel == "chat":
            t2 = t + timedelta(minutes=self.rng.randrange(1, 5))
            self.add(c, t2, "chat", "chat", W.CHAT_CASE[lg].format(ref=ref), out=True, agent=ag)
            return t2
        s, body = W.CASE_OPENED[lg]
        t2 = self.morning(t + timedelta(minutes=self.rng.randrange(10, 41)))
        self.add(
            c,
            t2,
            "email",
            "message",
            body.format(first=c.first, ref=ref, agent=ag),
            subject=s.format(ref=ref),
            out=True,
            agent=ag,
        )
        return t2

    def good_news(self, c: Cust, t: datetime, ref: str, lang: str | None = None) -> datetime:
        lg = lang or c.lang
        ag = self.agent(lg)
        s, body = W.GOOD_NEWS[lg]
        self.add(
            c,
            t,
            "email",
            "message",
            body.format(first=c.first, ref=ref, agent=ag),
            subject=s.format(ref=ref),
            out=True,
            agent=ag,
        )
        return t

    def confirm(self, c: Cust, t: datetime, ref: str, lang: str | None = None) -> tuple[str, str]:
        lg = lang or c.lang
        ch = self.rng.choice(["email", "chat"])
        text = W.CONFIRM[lg].format(ref=ref)
        if ch == "email":
            return self.add(
                c, t, "email", "message", text, subject=W.GOOD_NEWS[lg][0].format(ref=ref)
            ), ch
        return self.add(c, t, "chat", "chat", text), ch

    # ---- output -------------------------------------------------------
    def finish(self, planted: dict[str, int]) -> None:
        self.rows.sort(key=lambda r: (r.at, r.no))
        seen: set[str] = set()
        for r in self.rows:
            if not r.out and r.cust.key not in seen:
                r.ids = "all"
                seen.add(r.cust.key)
        expected: Counter[str] = Counter()
        for c in self.custs.values():
            if c.key not in seen:
                raise SystemExit(f"{self.name}: {c.key} has no inbound touchpoint")
            both = set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"])
            if both:
                raise SystemExit(f"{self.name}: {c.key} expects and tolerates {both}")
            expected.update(c.truth["expected_rules"])
        for a in self.accounts.values():
            expected.update(a["expected_rules"])
        if self.spike:
            expected["topic_spike"] += 1
        if dict(expected) != planted:
            raise SystemExit(f"{self.name}: expected {dict(expected)} != planted {planted}")
        lines = []
        for r in self.rows:
            if not (self.start <= r.at < LAST_DAY) or r.at.year != 2026:
                raise SystemExit(f"{self.name}: {r.eid} at {r.at} out of range")
            lines.append(json.dumps(self.render(r), ensure_ascii=False, sort_keys=False))
        end = self.start + timedelta(days=self.days)
        last = self.rows[-1].at + timedelta(hours=1)
        end = max(end, last)
        if end >= LAST_DAY:
            raise SystemExit(f"{self.name}: end {end} too late")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": BUSINESS,
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": WRITTEN,
                "expected": dict(sorted(planted.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: c.truth for k, c in sorted(self.custs.items())},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )

    def render(self, r: Row) -> dict[str, Any]:
        c = r.cust
        rng = self.rr
        cust: dict[str, str | None] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": c.account,
        }
        if r.ids == "all":
            cust.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
        elif r.ids == "phone":
            cc = PHONE[c.market][0]
            cust["phone"] = c.phone if rng.random() < 0.5 else f"+{cc} {c.phone[len(cc) + 1 :]}"
        elif r.ids == "handle" and c.handle:
            cust["handle"] = c.handle if rng.random() < 0.8 else c.handle.lstrip("@")
        elif r.ids == "email":
            cust["email"] = c.email if rng.random() > 1 / 12 else c.email.upper()
        else:
            cust["customer_id"] = c.key
        return {
            "event_id": r.eid,
            "occurred_at": iso(r.at),
            "channel": r.channel,
            "kind": r.kind,
            "direction": "outbound" if r.out else "inbound",
            "customer": cust,
            "text": r.text,
            "subject": r.subject,
            "scores": {
                "nps": r.scores.get("nps"),
                "csat": r.scores.get("csat"),
                "ces": r.scores.get("ces"),
            },
            "source": SOURCES[r.channel],
            "attributes": r.attrs,
        }


def d(y: int, m: int, day: int) -> datetime:
    return datetime(y, m, day, tzinfo=UTC)


# ==== families ==========================================================


def happy_writers() -> None:
    f = Fam(
        "happy_writers",
        1,
        d(2026, 3, 9),
        10,
        "happy customers writing by day and night, and survey answerers",
    )
    days = list(range(10))
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(5, 8), days)
    for _ in range(5):
        c = f.person("happy", "night writer")
        nights = sorted(f.rng.sample(days[:-1], f.rng.randint(2, 4)))
        for n in nights:
            t = (
                f.start
                + timedelta(days=n, hours=22, minutes=12)
                + timedelta(minutes=f.rng.randrange(0, 378))
            )
            if f.rng.random() < 0.5:
                f.add(
                    c,
                    t,
                    f.rng.choice(["social", "community"]),
                    "post",
                    f.rng.choice(W.NIGHT_POST[c.lang]),
                )
            else:
                q, a, th = f.rng.choice(W.NIGHT_CHAT[c.lang])
                f.add(c, t, "chat", "chat", q)
                f.add(
                    c,
                    t + timedelta(minutes=f.rng.randrange(2, 8)),
                    "chat",
                    "chat",
                    a,
                    out=True,
                    agent=f.agent(c.lang),
                )
                f.add(c, t + timedelta(minutes=f.rng.randrange(9, 14)), "chat", "chat", th)
        free = [x for x in days if x not in nights]
        f.happy_days(c, f.rng.randint(2, 3), free, 9, 18, ["praise", "buy", "view", "review"])
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for dd in sorted(f.rng.sample(days, f.rng.randint(3, 6))):
            f.survey_happy(c, f.t(dd, 8, 20), c.lang)
    f.finish({})


LONG_IDX = {("fr", "damage"): 0, ("fr", "delay"): 1, ("pt", "damage"): 0, ("pt", "refund"): 1}


def one_bad_day() -> None:
    f = Fam(
        "one_bad_day", 2, d(2026, 4, 20), 12, "happy customers with one bad day about one problem"
    )
    rng = f.rng
    plan: list[tuple[str, str, str | None]] = [
        ("long", "damage", "fr"),
        ("long", "delay", "fr"),
        ("long", "damage", "pt"),
        ("long", "refund", "pt"),
    ]
    rest = (
        ["damage"] * 2
        + ["delay"] * 3
        + ["refund"] * 3
        + ["not_collected"] * 4
        + ["double_charge"] * 4
        + ["wrong_price"] * 4
    )
    rng.shuffle(rest)
    channels = ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    for ch, pr in zip(channels, rest, strict=True):
        plan.append((ch, pr, None))
    rng.shuffle(plan)
    with_case = [i for i, p in enumerate(plan) if p[0] != "social"]
    nps_idx = set(rng.sample(with_case, 6))
    csat_idx = set(rng.sample([i for i in with_case if i not in nps_idx], 5))
    news_idx = rng.sample(with_case, 12)
    apol_idx = set(rng.sample(news_idx, 5))
    for i, (ch, pr, lg) in enumerate(plan):
        det = i in nps_idx
        c = f.person(
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            lang=lg,
            expected=["detractor"] if det else [],
            tolerated=["silence"],
            problem=pr,
        )
        bad_day = rng.randint(2, 9)
        t = f.t(bad_day, 8, 20)
        long_text = None
        if ch == "long":
            long_text = W.LONG_MAIL[c.lang][LONG_IDX[(c.lang, pr)]]
        real_ch = "email" if ch == "long" else ch
        ev = f.complaint(c, t, pr, real_ch, long_text=long_text)
        c.truth.update(
            bad_day_at=iso(t),
            bad_day_event_id=ev,
            trouble_starts_at=iso(t),
            channel=real_ch,
            long_email=ch == "long",
            booking=None,
            agent_fixed=False,
            apologised=False,
            nps_given=det,
            csat_given=i in csat_idx,
        )
        free = [x for x in range(12) if x <= bad_day - 2 or x >= bad_day + 3]
        f.happy_days(
            c,
            rng.randint(1, 5),
            free,
            kinds=["praise", "again", "gripe", "chat", "mail", "buy", "view", "review"],
        )
        if ch == "social":
            continue
        ref = f.ref()
        c.truth["booking"] = ref
        f.case_reply(c, t, real_ch, ref)
        if det:
            nps = rng.randint(1, 5)
            se = f.add(
                c,
                t + timedelta(minutes=rng.randrange(100, 141)),
                "survey",
                "survey_response",
                rng.choice(W.LOW_CSAT[c.lang]) or None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c.truth.update(nps=nps, survey_event_id=se)
        if i in csat_idx:
            cs = rng.randint(1, 2)
            se = f.add(
                c,
                t + timedelta(minutes=rng.randrange(40, 81)),
                "survey",
                "survey_response",
                rng.choice(W.LOW_CSAT[c.lang]) or None,
                scores={"csat": cs},
                attrs={"survey": "csat"},
            )
            c.truth.update(csat=cs, survey_event_id=se)
        if i in news_idx:
            f.good_news(c, f.morning(t + timedelta(minutes=rng.randrange(60, 241))), ref)
            c.truth["agent_fixed"] = True
        if i in apol_idx:
            ta = f.morning(t + timedelta(minutes=rng.randrange(16 * 60, 24 * 60)))
            ach = rng.choice(["chat", "email"])
            ae = f.add(
                c,
                ta,
                ach,
                "chat" if ach == "chat" else "message",
                W.APOLOGY[c.lang],
                subject=None if ach == "chat" else W.GOOD_NEWS[c.lang][0].format(ref=ref),
            )
            c.truth.update(apologised=True, apology_at=iso(ta), apology_event_id=ae)
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, rng.randint(4, 7), list(range(12)))
    f.finish({"detractor": 6})


def repeat_run(
    f: Fam,
    c: Cust,
    problem: str,
    first_day: int,
    contacts: int,
    first_ch: str,
    quality: bool,
    langs: list[str] | None = None,
) -> None:
    rng = f.rng
    langs = langs or [c.lang]
    ref = f.ref()
    t = f.t(first_day, 8, 19)
    lg0 = langs[0]
    ev0 = f.complaint(c, t, problem, first_ch, lang=lg0)
    events = [ev0]
    if first_ch == "chat" or not quality:
        f.case_reply(c, t, first_ch, ref, lang=lg0)
    if quality:
        ag = f.agent(lg0)
        s, body = W.QUALITY_LEAD[lg0]
        f.add(
            c,
            f.morning(t + timedelta(minutes=rng.randrange(90, 151))),
            "email",
            "message",
            body.format(first=c.first, ref=ref, agent=ag),
            subject=s.format(ref=ref),
            out=True,
            agent=ag,
        )
    used = {first_ch}
    comp = rng.choice(W.COMPETITORS)
    tt = t
    for k in range(1, contacts):
        lg = langs[k % len(langs)]
        tt = f.morning(tt + timedelta(minutes=rng.randrange(4 * 60, 40 * 60)))
        ch = rng.choice([x for x in ["email", "chat", "phone", "web", "social"] if x not in used])
        used.add(ch)
        restate = W.RESTATE[lg][problem]
        if ch == "phone":
            text = W.LATER_CALL[lg][k - 1].format(
                ref=ref, comp=comp, restate=restate.lower().replace(".", "").replace(",", "")
            )
            ev = f.add(c, tt, "phone", "call", text)
        else:
            text = W.LATER[lg][k - 1].format(ref=ref, comp=comp, restate=restate)
            if ch == "email":
                ev = f.add(
                    c, tt, "email", "message", text, subject=W.GOOD_NEWS[lg][0].format(ref=ref)
                )
            elif ch == "web":
                ev = f.add(
                    c,
                    tt,
                    "web",
                    "ticket",
                    text,
                    subject=W.COMPLAINT_SUBJECT[lg].format(topic=W.TOPIC[lg][problem]),
                    attrs={"page": "/contact"},
                )
            elif ch == "chat":
                ev = f.add(c, tt, "chat", "chat", text)
                f.add(
                    c,
                    tt + timedelta(minutes=rng.randrange(1, 5)),
                    "chat",
                    "chat",
                    W.URGENT_CHAT[lg].format(ref=ref),
                    out=True,
                    agent=f.agent(lg),
                )
            else:
                ev = f.add(c, tt, "social", "mention", text)
        events.append(ev)
    c.truth.update(
        problem=problem,
        booking=ref,
        contacts=contacts,
        channels=sorted(used),
        channel=first_ch,
        agent_passed_on=quality,
        problem_event_ids=events,
        trouble_starts_at=iso(t),
        competitor=comp if contacts >= 3 else None,
        repeat_event_id=events[1],
    )


def fixed_case(
    f: Fam,
    c: Cust,
    problem: str,
    day: int,
    ch: str,
    lang: str | None = None,
    confirm_lang: str | None = None,
) -> dict[str, Any]:
    rng = f.rng
    ref = f.ref()
    t = f.t(day, 8, 19)
    ev = f.complaint(c, t, problem, ch, lang=lang)
    f.case_reply(c, t, ch, ref, lang=lang)
    tf = f.morning(t + timedelta(minutes=rng.randrange(3 * 60, 20 * 60)))
    f.good_news(c, tf, ref, lang=confirm_lang or lang)
    tc = f.morning(tf + timedelta(minutes=rng.randrange(8 * 60, 30 * 60)))
    ce, cch = f.confirm(c, tc, ref, lang=confirm_lang or lang)
    return {
        "problem": problem,
        "booking": ref,
        "raised_at": iso(t),
        "fixed_at": iso(tf),
        "confirmed_at": iso(tc),
        "problem_event_ids": [ev],
        "confirm_event_id": ce,
        "channel": ch,
        "confirm_channel": cch,
    }


def repeat_contacts() -> None:
    f = Fam(
        "repeat_contacts",
        3,
        d(2026, 5, 18),
        10,
        "open problems raised again, fixed cases, two different problems, frequent writers",
    )
    rng = f.rng
    counts = [2] * 4 + [3] * 4 + [4] * 4
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    rng.shuffle(firsts)
    quality = set(rng.sample(range(12), 6))
    probs = list(W.PROBLEMS) * 2
    rng.shuffle(probs)
    for i in range(12):
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=REPEAT_TOL)
        for _ in range(rng.randint(1, 3)):
            f.happy(c, f.t(0, 7, 12), rng.choice(["praise", "chat", "buy", "view"]))
        repeat_run(f, c, probs[i], rng.randint(1, 4), counts[i], firsts[i], i in quality)
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=["silence"])
        for _ in range(rng.randint(1, 3)):
            f.happy(c, f.t(0, 7, 12), rng.choice(["praise", "chat", "buy", "view"]))
        case = fixed_case(
            f, c, rng.choice(W.PROBLEMS), rng.randint(1, 4), rng.choice(["email", "web", "chat"])
        )
        c.truth.update(
            problems=[case],
            problem=case["problem"],
            booking=case["booking"],
            trouble_starts_at=case["raised_at"],
        )
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=["silence"])
        p1, p2 = rng.sample(list(W.PROBLEMS), 2)
        d1 = rng.randint(0, 3)
        c1 = fixed_case(f, c, p1, d1, rng.choice(["email", "web", "chat"]))
        c2 = fixed_case(f, c, p2, d1 + rng.randint(4, 5), rng.choice(["email", "web", "chat"]))
        c.truth.update(problems=[c1, c2], trouble_starts_at=c1["raised_at"])
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.happy_days(
            c,
            rng.randint(5, 8),
            list(range(10)),
            kinds=["chat", "chat", "mail", "mail", "call", "praise", "buy"],
        )
    f.finish({"repeat_contact": 12})


def slide(f: Fam, c: Cust, start_day: int, span: int, langs: list[str], nps: bool) -> None:
    rng = f.rng
    comp = rng.choice(W.COMPETITORS)
    t = f.t(start_day, 8, 20)
    t0 = t
    step_gap = span * 24 * 60 / 6
    events = []
    ratings = [3, 3, 2, 2, 1, 1]
    for k in range(6):
        lg = langs[k % len(langs)]
        text = W.SLIDE[lg][k].format(comp=comp)
        ch = rng.choice(["social", "community", "review"])
        if ch == "review":
            ev = f.add(
                c, t, "web", "review", text, attrs={"rating": str(ratings[k]), "page": "/avis"}
            )
        else:
            ev = f.add(c, t, ch, "mention" if ch == "social" else "post", text)
        events.append(ev)
        if k == 3 and nps:
            ts = f.morning(t + timedelta(minutes=rng.randrange(150, 211)))
            score = rng.randint(1, 5)
            se = f.add(
                c,
                ts,
                "survey",
                "survey_response",
                None,
                scores={"nps": score},
                attrs={"survey": "nps"},
            )
            c.truth.update(nps_given=True, nps=score, survey_event_id=se)
        t = f.morning(t + timedelta(minutes=max(60, int(step_gap * rng.uniform(0.6, 1.2)))))
    c.truth.update(
        slide_event_ids=events, slide_days=span, competitor=comp, trouble_starts_at=iso(t0)
    )


def slow_churners() -> None:
    f = Fam(
        "slow_churners",
        4,
        d(2026, 6, 22),
        32,
        "slow slides from a happy baseline, leavers, steady, steadily grumpy, sarcastic",
    )
    rng = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    rng.shuffle(spans)
    nps_idx = set(rng.sample(range(10), 5))
    for i in range(10):
        exp = ["sentiment_drop"] + (["detractor"] if i in nps_idx else [])
        c = f.person("slow_churner", "slides", expected=exp, tolerated=SLIDE_TOL, nps_given=False)
        f.happy_days(c, rng.randint(4, 5), list(range(11)), kinds=["praise", "again"])
        f.happy_days(c, rng.randint(2, 4), list(range(11)), kinds=["chat", "buy", "view", "mail"])
        slide(f, c, rng.randint(12, 16), spans[i], [c.lang], i in nps_idx)
    for _ in range(5):
        c = f.person(
            "slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=LEAVER_TOL
        )
        f.happy_days(c, rng.randint(4, 6), list(range(16)))
        t = f.t(rng.randint(17, 23), 8, 20)
        s, body = rng.choice(W.CANCEL[c.lang])
        ev = f.add(c, t, "email", "message", body.format(first=c.first), subject=s)
        ag = f.agent(c.lang)
        gs, gb = W.SORRY_GO[c.lang]
        f.add(
            c,
            f.morning(t + timedelta(minutes=rng.randrange(60, 301))),
            "email",
            "message",
            gb.format(first=c.first, agent=ag),
            subject=gs,
            out=True,
            agent=ag,
        )
        tc = f.morning(t + timedelta(minutes=rng.randrange(20 * 60, 30 * 60)))
        ce = f.add(
            c,
            tc,
            "web",
            "cancellation",
            attrs={"page": "/club/resilier", "product": "Foliaro Club"},
        )
        c.truth.update(
            churn_intent_event_id=ev,
            cancellation_event_id=ce,
            churn_at=iso(tc),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, rng.randint(6, 10), list(range(32)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        day = rng.randint(0, 4)
        evs = []
        grumbles = rng.sample(W.GRUMBLES[c.lang], min(len(W.GRUMBLES[c.lang]), 5))
        n = rng.randint(5, 7)
        for k in range(n):
            text = grumbles[k % len(grumbles)]
            t = f.t(day, 8, 21)
            ch = rng.choice(["social", "community", "web", "review"])
            if ch == "review":
                ev = f.add(c, t, "web", "review", text, attrs={"rating": "3", "page": "/avis"})
            elif ch == "web":
                ev = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    text,
                    subject=W.COMPLAINT_SUBJECT[c.lang].format(topic="app"),
                    attrs={"page": "/contact"},
                )
            else:
                ev = f.add(c, t, ch, "mention" if ch == "social" else "post", text)
            evs.append(ev)
            if k == 0:
                c.truth["trouble_starts_at"] = iso(t)
            day += rng.randint(1, 3)
        for _ in range(rng.randint(0, 2)):
            f.happy(c, f.t(rng.randint(0, 30), 8, 20), "buy")
        c.truth["grumble_event_ids"] = evs
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        f.happy_days(c, rng.randint(3, 6), list(range(16)))
        t = f.t(rng.randint(17, 28), 8, 21)
        ev = f.add(c, t, "social", "mention", rng.choice(W.SARCASM[c.lang]))
        c.truth.update(sarcasm_event_id=ev, trouble_starts_at=iso(t))
    f.finish({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})


def quiet_hours() -> None:
    f = Fam("quiet_hours", 5, d(2026, 8, 14), 3, "a calm summer weekend with night owls in bursts")
    rng = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        for dd in sorted(rng.sample(range(3), rng.randint(1, 3))):
            f.happy(
                c, f.t(dd, 7, 17.5), rng.choice(["praise", "chat", "buy", "view", "review", "mail"])
            )
    for k in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.t(rng.randint(0, 2), 8, 17)
        f.happy(c, t, rng.choice(["buy", "view"]))
        tg = t + timedelta(minutes=rng.randrange(20, 31))
        text = rng.choice(W.MILD[c.lang])
        if k < 2:
            ev = f.add(c, tg, "chat", "chat", text)
            f.add(
                c,
                tg + timedelta(minutes=rng.randrange(1, 6)),
                "chat",
                "chat",
                W.MILD_ANSWER[c.lang],
                out=True,
                agent=f.agent(c.lang),
            )
        else:
            ev = f.add(
                c,
                tg,
                "web",
                "ticket",
                text,
                attrs={"page": "/contact"},
            )
            ag = f.agent(c.lang)
            s, body = W.MILD_ACK[c.lang]
            f.add(
                c,
                tg + timedelta(minutes=rng.randrange(20, 90)),
                "email",
                "message",
                body.format(first=c.first, agent=ag),
                subject="RE: " + s,
                out=True,
                agent=ag,
            )
        c.truth.update(grumble_event_id=ev, trouble_starts_at=iso(tg))
    owl = 0
    day_acts = set(rng.sample(range(36), 18))
    for night in (1, 2, 3):
        first = f.start + timedelta(days=night, minutes=rng.randrange(40, 66))
        starts = [
            first,
            first + timedelta(minutes=rng.randrange(28, 34)),
            first + timedelta(minutes=rng.randrange(55, 66)),
        ]
        for b, bs in enumerate(starts, 1):
            for _ in range(4):
                c = f.person("night_owl", f"night {night}, burst {b}")
                t = bs + timedelta(minutes=rng.randrange(0, 10))
                if rng.random() < 0.5:
                    q, a, th = rng.choice(W.NIGHT_CHAT[c.lang])
                    ev = f.add(c, t, "chat", "chat", q)
                    f.add(
                        c,
                        t + timedelta(minutes=rng.randrange(2, 6)),
                        "chat",
                        "chat",
                        a,
                        out=True,
                        agent=f.agent(c.lang),
                    )
                    f.add(c, t + timedelta(minutes=rng.randrange(7, 12)), "chat", "chat", th)
                else:
                    ch = rng.choice(["social", "community"])
                    ev = f.add(
                        c,
                        t,
                        ch,
                        "mention" if ch == "social" else "post",
                        rng.choice(W.NIGHT_POST[c.lang]),
                    )
                c.truth.update(burst_at=iso(bs), night_event_id=ev)
                if owl in day_acts:
                    f.happy(
                        c, f.t(rng.randint(0, 2), 9, 17.5), rng.choice(["praise", "buy", "view"])
                    )
                owl += 1
    f.finish({})


def bilingual() -> None:
    f = Fam("bilingual", 6, d(2026, 9, 7), 14, "customers writing in two languages")
    rng = f.rng
    pairs = (
        [("fr", "pt")] * 4
        + [("pt", "fr")] * 4
        + [("fr", "en")] * 2
        + [("pt", "en")] * 2
        + [("en", "fr")] * 2
        + [
            ("de", "fr"),
            ("fr", "de"),
            ("pt", "es"),
            ("es", "pt"),
            ("it", "fr"),
            ("fr", "it"),
            ("en", "pt"),
            ("de", "pt"),
            ("es", "fr"),
            ("it", "pt"),
            ("pt", "de"),
            ("de", "en"),
            ("en", "es"),
        ]
    )
    rng.shuffle(pairs)

    def who(
        persona: str,
        habit: str,
        pair: tuple[str, str],
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
    ) -> Cust:
        markets = [m for m in MARKETS[pair[0]] + MARKETS[pair[1]]]
        both = [m for m in markets if pair[0] in MARKET_LANGS[m] and pair[1] in MARKET_LANGS[m]]
        market = rng.choice(both or markets)
        c = f.person(
            persona,
            habit,
            lang=pair[0],
            market=market,
            expected=expected,
            tolerated=tolerated,
            languages=list(pair),
            job_second_language=rng.choice(W.BILINGUAL_WHY),
        )
        c.langs = list(pair)
        return c

    pit = iter(pairs)
    for _ in range(12):
        c = who("happy", "alternates languages", next(pit))
        picked = sorted(rng.sample(range(14), rng.randint(5, 8)))
        for k, dd in enumerate(picked):
            f.happy(c, f.t(dd, 7, 19), lang=c.langs[k % 2])
    counts = [2, 2, 3, 3, 4]
    probs = rng.sample(list(W.PROBLEMS), 5)
    for i in range(5):
        c = who("repeat_contact", "repeats", next(pit), ["repeat_contact"], REPEAT_TOL)
        for _ in range(rng.randint(1, 3)):
            f.happy(c, f.t(rng.randint(0, 1), 7, 12), rng.choice(["praise", "chat", "buy", "view"]))
        repeat_run(
            f,
            c,
            probs[i],
            rng.randint(2, 5),
            counts[i],
            rng.choice(["web", "email", "chat"]),
            counts[i] >= 3,
            c.langs,
        )
    for _ in range(5):
        c = who("slow_churner", "slides", next(pit), ["sentiment_drop"], SLIDE_TOL)
        c.truth["nps_given"] = False
        for k, dd in enumerate(sorted(rng.sample(range(6), 5))):
            f.happy(c, f.t(dd, 7, 19), "praise", lang=c.langs[k % 2])
        for k in range(rng.randint(1, 3)):
            f.happy(
                c,
                f.t(rng.randint(0, 5), 7, 19),
                rng.choice(["chat", "buy", "view"]),
                lang=c.langs[(k + 1) % 2],
            )
        slide(f, c, rng.randint(7, 8), rng.randint(3, 5), c.langs, False)
    rest = list(pit)
    # bad days in the second language: the long e-mail needs French or Portuguese second
    rest.sort(key=lambda p: p[1] not in ("fr", "pt"))
    bad = rest[:3]
    if bad[0][1] not in ("fr", "pt"):
        raise SystemExit("bilingual: no pair with French or Portuguese second for the long e-mail")
    fixed = rest[3:5]
    for k, pair in enumerate(bad):
        c = who("happy_one_bad_day", "one bad day", pair, [], ["silence"])
        lg2 = c.langs[1]
        pr = rng.choice(["damage", "refund", "delay"]) if k == 0 else rng.choice(W.PROBLEMS)
        bd = rng.randint(3, 9)
        t = f.t(bd, 8, 20)
        ch = ["email", "email", "chat"][k]
        long_text = None
        if k == 0:
            long_text = W.LONG_MAIL[lg2][0 if lg2 == "fr" else 1]
            pr = "damage" if lg2 == "fr" else "refund"
        ev = f.complaint(c, t, pr, ch, lang=lg2, long_text=long_text)
        ref = f.ref()
        f.case_reply(c, t, ch, ref, lang=lg2)
        c.truth.update(
            problem=pr,
            bad_day_at=iso(t),
            bad_day_event_id=ev,
            bad_day_language=lg2,
            trouble_starts_at=iso(t),
            booking=ref,
            long_email=k == 0,
            channel=ch,
            agent_fixed=k < 2,
            apologised=k == 1,
        )
        if k < 2:
            f.good_news(c, f.morning(t + timedelta(minutes=rng.randrange(60, 241))), ref, lang=lg2)
        if k == 1:
            ta = f.morning(t + timedelta(minutes=rng.randrange(18 * 60, 24 * 60)))
            ae = f.add(c, ta, "chat", "chat", W.APOLOGY[lg2])
            c.truth.update(apology_at=iso(ta), apology_event_id=ae)
        free = [x for x in range(14) if x <= bd - 2 or x >= bd + 3]
        for j, dd in enumerate(sorted(rng.sample(free, rng.randint(3, 5)))):
            f.happy(
                c,
                f.t(dd, 7, 19),
                rng.choice(["praise", "chat", "buy", "view", "review"]),
                lang=c.langs[j % 2],
            )
    for pair in fixed:
        c = who("resolved_between_contacts", "fixed", pair, [], ["silence"])
        for j in range(rng.randint(1, 3)):
            f.happy(
                c,
                f.t(rng.randint(0, 1), 7, 19),
                rng.choice(["praise", "buy", "view"]),
                lang=c.langs[j % 2],
            )
        case = fixed_case(
            f,
            c,
            rng.choice(W.PROBLEMS),
            rng.randint(2, 6),
            "web",
            lang=c.langs[0],
            confirm_lang=c.langs[1],
        )
        c.truth.update(
            problems=[case],
            problem=case["problem"],
            booking=case["booking"],
            trouble_starts_at=case["raised_at"],
            confirm_language=c.langs[1],
        )
    f.finish({"repeat_contact": 5, "sentiment_drop": 5})


def b2b_accounts() -> None:
    f = Fam(
        "b2b_accounts",
        7,
        d(2026, 10, 12),
        14,
        "organisations on account: at-risk accounts, one unhappy contact, mild remarks, happy",
    )
    rng = f.rng
    # (kind, market, lang, site, company, domain, contacts, complainers, problem)
    plan: list[tuple[str, str, str, str, str, str, int, int, str | None]] = [
        (
            "at_risk",
            "FR",
            "fr",
            "notary",
            "Étude Marchand & Roussel",
            "marchand-roussel.example",
            5,
            3,
            "invoice",
        ),
        (
            "at_risk",
            "BE",
            "fr",
            "municipality",
            "Commune de Ferrières-sur-Ourthe",
            "ferrieres-commune.example",
            4,
            3,
            "portal",
        ),
        (
            "at_risk",
            "PT",
            "pt",
            "university",
            "Faculdade de Letras do Minho",
            "letras-minho.example",
            6,
            4,
            "invoice",
        ),
        (
            "at_risk",
            "PT",
            "pt",
            "municipality",
            "Junta de Freguesia de Cedofeita Nova",
            "jf-cedofeita.example",
            4,
            3,
            "service_blocked",
        ),
        (
            "at_risk",
            "DE",
            "de",
            "university",
            "Hochschule Weserland",
            "hs-weserland.example",
            5,
            4,
            "overbilled",
        ),
        (
            "one_unhappy",
            "FR",
            "fr",
            "archive",
            "Archives paroissiales de Vézelin",
            "archives-vezelin.example",
            3,
            1,
            "service_blocked",
        ),
        (
            "one_unhappy",
            "PT",
            "pt",
            "hotel",
            "Hotel Solar das Camélias",
            "solarcamelias.example",
            3,
            1,
            "overbilled",
        ),
        (
            "one_unhappy",
            "UK",
            "en",
            "hotel",
            "The Harrowgate Arms",
            "harrowgatearms.example",
            3,
            1,
            "portal",
        ),
        (
            "one_unhappy",
            "IT",
            "it",
            "law_firm",
            "Studio Legale Ferraresi",
            "studioferraresi.example",
            3,
            1,
            "invoice",
        ),
        (
            "mild",
            "PT",
            "pt",
            "school",
            "Colégio Vale do Sousa",
            "colegiovalesousa.example",
            3,
            2,
            None,
        ),
        ("mild", "ES", "es", "publisher", "Ediciones Tres Hojas", "treshojas.example", 4, 2, None),
        ("mild", "AT", "de", "museum", "Heimatmuseum Murtal", "museum-murtal.example", 3, 2, None),
        ("happy", "IE", "en", "hotel", "Kilbrack House Hotel", "kilbrackhouse.example", 4, 0, None),
        (
            "happy",
            "CH",
            "fr",
            "architects",
            "Atelier Baud Architectes",
            "baud-archi.example",
            5,
            0,
            None,
        ),
        (
            "happy",
            "FR",
            "fr",
            "library",
            "Bibliothèque du Val-Sèvre",
            "biblio-valsevre.example",
            4,
            0,
            None,
        ),
    ]
    mail_acc = rng.randrange(5)
    n_risk = 0

    def routine(c: Cust, days: list[int], n: int, allow_survey: bool) -> None:
        for dd in sorted(rng.sample(days, min(n, len(days)))):
            t = f.t(dd, 8, 16.5)
            kinds = ["chat", "buy", "view"] + (["praise", "survey"] if allow_survey else [])
            k = rng.choice(kinds)
            lg = c.lang
            if k == "chat":
                q, a, th = rng.choice(B.B2B_CHAT[lg])
                f.add(c, t, "chat", "chat", q)
                t2 = t + timedelta(minutes=rng.randrange(1, 7))
                f.add(c, t2, "chat", "chat", a, out=True, agent=f.agent(lg))
                if rng.random() < 0.6:
                    f.add(c, t2 + timedelta(minutes=rng.randrange(1, 4)), "chat", "chat", th)
            elif k == "buy":
                name, price = rng.choice(B.B2B_PRODUCTS)
                page = rng.choice(B.B2B_PAGES)
                f.add(c, t, "web", "page_view", attrs={"page": page})
                v, cur = currency(c.market, price)
                f.add(
                    c,
                    t + timedelta(minutes=rng.randrange(3, 16)),
                    "web",
                    "purchase",
                    attrs={"order_value": v, "currency": cur, "product": name, "page": page},
                )
            elif k == "view":
                f.add(c, t, "web", "page_view", attrs={"page": rng.choice(B.B2B_PAGES)})
            elif k == "praise":
                f.add(c, t, "community", "post", rng.choice(B.B2B_PRAISE[lg]))
            else:
                f.survey_happy(c, t, lg)

    weekdays = [x for x in range(14) if (f.start + timedelta(days=x)).weekday() < 5]
    for kind, market, lang, site, company, domain, ncont, nunh, problem in plan:
        acc = unique(rng, lambda m=market: f"FLP-{m}-{rng.randrange(1000, 10000)}")
        names: set[str] = set()
        contacts: list[Cust] = []
        for _ in range(ncont):
            c = f.person("b2b_happy", "contact", lang=lang, market=market)
            for _ in range(20):
                if c.first not in names:
                    break
                c.first = rng.choice(FIRST[lang])
            names.add(c.first)
            USED.discard(c.email)
            c.email = unique(
                rng,
                lambda c=c, domain=domain: (
                    f"{strip_accents(c.first).lower()}.{strip_accents(c.last).lower().replace('ß', 'ss')}@{domain}"
                ),
            )
            c.handle = None
            c.account = acc
            title = rng.choice(B.JOB_TITLES)
            c.truth.update(
                name=f"{c.first} {c.last}",
                segment="b2b",
                company=company,
                role="contact",
                job_title=title,
                job=title,
            )
            c.truth["identifiers"].update(email=c.email, handle=None, account_id=acc)
            contacts.append(c)
        unhappy = contacts[:nunh]
        acc_truth: dict[str, Any] = {
            "company": company,
            "site": site,
            "contacts": ncont,
            "contact_keys": sorted(c.key for c in contacts),
            "unhappy_contacts": nunh if kind in ("at_risk", "one_unhappy") else 0,
            "unhappy_contact_keys": sorted(c.key for c in unhappy)
            if kind in ("at_risk", "one_unhappy")
            else [],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        for c in contacts[nunh:]:
            routine(c, weekdays, rng.randint(2, 5), True)
        for c in unhappy:
            routine(c, [0, 1], rng.randint(0, 2), False)
        if kind == "at_risk":
            assert problem is not None
            ref = f.ref()
            t = f.t(2, 8, 12)
            first_t = t
            acc_truth["trouble_starts_at"] = iso(t)
            boss = unhappy[0]
            ack_s, ack_body = B.B2B_ACK[lang]
            by_mail = n_risk == mail_acc
            n_risk += 1
            for k, c in enumerate(unhappy):
                last = k == len(unhappy) - 1
                c.truth.update(
                    persona="b2b_unhappy",
                    habit="complainer",
                    role="complainer",
                    expected_rules=["repeat_contact"] if last else ["detractor"],
                    tolerated_rules=sorted(B2B_COMPLAINER_TOL),
                    booking=ref,
                    problem=problem,
                )
                subj = B.B2B_SUBJECT[lang].format(topic=B.B2B_TOPIC[lang][problem])
                if k == 0:
                    ev = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        B.B2B_FIRST[lang][problem].format(first=c.first),
                        subject=subj,
                    )
                    ag = f.agent(lang)
                    f.add(
                        c,
                        f.office(t + timedelta(minutes=rng.randrange(20, 90))),
                        "email",
                        "message",
                        ack_body.format(first=c.first, ref=ref, agent=ag),
                        subject=ack_s.format(ref=ref),
                        out=True,
                        agent=ag,
                    )
                else:
                    t = f.office(t + timedelta(minutes=rng.randrange(8 * 60, 28 * 60)))
                    same_day = t.date() == first_t.date()
                    wd = B.WEEKDAY[lang][7 if same_day else (f.start + timedelta(days=2)).weekday()]
                    ev = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        B.B2B_LATER[lang][problem].format(
                            first=c.first, boss=boss.first, day=wd, ref=ref
                        ),
                        subject=subj,
                    )
                evs = [ev]
                c.truth.update(trouble_starts_at=iso(t))
                if not last:
                    score = rng.randint(1, 5)
                    se = f.add(
                        c,
                        t + timedelta(minutes=rng.randrange(60, 181)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": score},
                        attrs={"survey": "nps"},
                    )
                    c.truth.update(nps_given=True, nps=score, survey_event_id=se)
                else:
                    t2 = f.office(t + timedelta(minutes=rng.randrange(18 * 60, 40 * 60)))
                    comp = rng.choice(W.COMPETITORS)
                    if by_mail:
                        ev2 = f.add(
                            c,
                            t2,
                            "email",
                            "message",
                            B.B2B_LAST_MAIL[lang].format(ref=ref, comp=comp, first=c.first),
                            subject=ack_s.format(ref=ref),
                        )
                        c.truth["competitor"] = comp
                    else:
                        ev2 = f.add(c, t2, "phone", "call", B.B2B_LAST_CALL[lang].format(ref=ref))
                        c.truth["competitor"] = None
                    evs.append(ev2)
                    c.truth["repeat_event_id"] = ev2
                c.truth["complaint_event_ids"] = evs
        elif kind == "one_unhappy":
            assert problem is not None
            c = unhappy[0]
            ref = f.ref()
            t = f.office(f.t(rng.randint(3, 7), 8, 16))
            subj = B.B2B_SUBJECT[lang].format(topic=B.B2B_TOPIC[lang][problem])
            ev = f.add(
                c,
                t,
                "email",
                "message",
                B.B2B_FIRST[lang][problem].format(first=c.first),
                subject=subj,
            )
            ag = f.agent(lang)
            s, body = B.B2B_ACK[lang]
            f.add(
                c,
                f.office(t + timedelta(minutes=rng.randrange(20, 90))),
                "email",
                "message",
                body.format(first=c.first, ref=ref, agent=ag),
                subject=s.format(ref=ref),
                out=True,
                agent=ag,
            )
            score = rng.randint(1, 5)
            se = f.add(
                c,
                t + timedelta(minutes=rng.randrange(60, 181)),
                "survey",
                "survey_response",
                None,
                scores={"nps": score},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                persona="b2b_one_unhappy",
                habit="complainer",
                role="complainer",
                expected_rules=["detractor"],
                tolerated_rules=sorted(B2B_ONE_TOL),
                booking=ref,
                problem=problem,
                complaint_event_ids=[ev],
                trouble_starts_at=iso(t),
                nps_given=True,
                nps=score,
                survey_event_id=se,
            )
        elif kind == "mild":
            for k, c in enumerate(unhappy):
                t = f.t(rng.choice([x for x in weekdays if x >= 2]), 8, 16)
                ev = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    B.B2B_MILD[lang][k % 2],
                    attrs={"page": "/pro/contact"},
                )
                ag = f.agent(lang)
                s, body = B.B2B_MILD_ACK[lang]
                f.add(
                    c,
                    f.office(t + timedelta(minutes=rng.randrange(30, 180))),
                    "email",
                    "message",
                    body.format(first=c.first, agent=ag),
                    subject="RE: " + s,
                    out=True,
                    agent=ag,
                )
                c.truth.update(
                    persona="b2b_mild",
                    habit="suggests",
                    role="suggests",
                    tolerated_rules=["silence"],
                    mild_event_id=ev,
                    trouble_starts_at=iso(t),
                )
        f.accounts[acc] = acc_truth
    f.finish({"account_risk": 5, "detractor": 16, "repeat_contact": 5})


def topic_spike() -> None:
    f = Fam(
        "topic_spike",
        8,
        d(2026, 11, 9),
        7,
        "a calm week and one planted incident reported by twenty customers within the hour",
    )
    rng = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        for dd in sorted(rng.sample(range(6), rng.randint(1, 4))):
            t = f.t(dd, 12, 19) if dd == 5 else f.t(dd, 7, 19)
            f.happy(c, t)
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.t(0, 8, 17)
        ev = f.add(c, t, "chat", "chat", W.SPIKE_GRUMBLE[c.lang])
        f.add(
            c,
            t + timedelta(minutes=rng.randrange(1, 6)),
            "chat",
            "chat",
            W.MILD_ANSWER[c.lang],
            out=True,
            agent=f.agent(c.lang),
        )
        c.truth.update(grumble_event_id=ev, trouble_starts_at=iso(t))
    for lg, hm in (("fr", (9, 40)), ("pt", (16, 5))):
        c = f.person("grumbles_once", "lone question", lang=lg, tolerated=["silence"])
        t = f.start + timedelta(days=2, hours=hm[0], minutes=hm[1])
        q, a = W.LONE_Q[lg]
        ev = f.add(c, t, "chat", "chat", q)
        f.add(
            c,
            t + timedelta(minutes=rng.randrange(2, 6)),
            "chat",
            "chat",
            a,
            out=True,
            agent=f.agent(lg),
        )
        c.truth.update(lone_report_event_id=ev, trouble_starts_at=iso(t))
    langs = ["fr"] * 6 + ["pt"] * 6 + ["en", "en", "de", "de", "it", "it", "es", "es"]
    rng.shuffle(langs)
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(chans)
    s0 = f.start + timedelta(days=3, hours=9, minutes=20)
    offs = sorted([0, 45, *rng.sample(range(1, 45), 18)])
    regular = set(rng.sample(range(20), 12))
    early = [i for i in range(20) if offs[i] <= 25]
    rep = set(rng.sample(early, 6))
    fixed = set(rng.sample([i for i in range(20) if i not in rep], 6))
    rep_ch = ["email", "email", "chat", "chat", "community", "community"]
    rep_list = sorted(rep)
    for _ in range(500):
        rng.shuffle(rep_ch)
        if all(rep_ch[j] != chans[i] for j, i in enumerate(rep_list)):
            break
    else:
        raise SystemExit("topic_spike: could not give the repeaters other channels")
    rep_plan = dict(zip(rep_list, rep_ch, strict=True))
    keys, evs, revs = [], [], []
    seen_text: dict[str, int] = {}
    for i in range(20):
        lg = langs[i]
        isrep = i in rep
        c = f.person(
            "spike_repeater" if isrep else "spike_reporter",
            "regular" if i in regular else "new",
            lang=lg,
            expected=["repeat_contact"] if isrep else [],
            tolerated=["silence", "sentiment_drop"] if isrep else ["silence"],
        )
        if i in regular:
            for _ in range(rng.randint(1, 3)):
                f.happy(c, f.t(1, 8, 17.5), rng.choice(["praise", "chat", "buy", "view", "mail"]))
        t = s0 + timedelta(minutes=offs[i])
        k = seen_text.get(lg, 0)
        seen_text[lg] = k + 1
        text = W.SPIKE_REPORT[lg][k % len(W.SPIKE_REPORT[lg])]
        ch = chans[i]
        if ch == "email":
            ev = f.add(c, t, "email", "message", text, subject=W.SPIKE_SUBJECT[lg])
        elif ch == "web":
            ev = f.add(
                c, t, "web", "ticket", text, subject=W.SPIKE_SUBJECT[lg], attrs={"page": "/contact"}
            )
        elif ch == "chat":
            ev = f.add(c, t, "chat", "chat", text)
            f.add(
                c,
                t + timedelta(minutes=rng.randrange(1, 4)),
                "chat",
                "chat",
                W.SPIKE_CHAT_ANSWER[lg],
                out=True,
                agent=f.agent(lg),
            )
        else:
            ev = f.add(c, t, ch, "mention" if ch == "social" else "post", text)
        keys.append(c.key)
        evs.append(ev)
        c.truth.update(
            in_spike=True,
            regular=i in regular,
            spike_event_id=ev,
            spike_channel=ch,
            trouble_starts_at=iso(t),
            agent_fixed=i in fixed,
        )
        if isrep:
            rc = rep_plan[i]
            tr = t + timedelta(minutes=rng.randrange(15, 51))
            rtext = rng.choice(W.SPIKE_REPEAT[lg])
            if rc == "email":
                rev = f.add(c, tr, "email", "message", rtext, subject="RE: " + W.SPIKE_SUBJECT[lg])
            elif rc == "chat":
                rev = f.add(c, tr, "chat", "chat", rtext)
                f.add(
                    c,
                    tr + timedelta(minutes=rng.randrange(1, 4)),
                    "chat",
                    "chat",
                    W.SPIKE_CHAT_ANSWER[lg],
                    out=True,
                    agent=f.agent(lg),
                )
            else:
                rev = f.add(c, tr, "community", "post", rtext)
            revs.append(rev)
            c.truth["repeat_event_id"] = rev
        if i in fixed:
            ag = f.agent(lg)
            s, body = W.SPIKE_FIXED[lg]
            f.add(
                c,
                s0.replace(hour=12, minute=38) + timedelta(minutes=rng.randrange(0, 10)),
                "email",
                "message",
                body.format(first=c.first, agent=ag),
                subject=s,
                out=True,
                agent=ag,
            )
    f.spike = {
        "topic": W.SPIKE_TOPIC,
        "about": "the app's gold-foil lettering proofs show placeholder Latin text instead of each customer's title, with error DOR~0917, so no order can go to gilding",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": evs,
        "repeat_event_ids": revs,
    }
    f.finish({"topic_spike": 1, "repeat_contact": 6})


def main() -> None:
    happy_writers()
    one_bad_day()
    repeat_contacts()
    slow_churners()
    quiet_hours()
    bilingual()
    b2b_accounts()
    topic_spike()


if __name__ == "__main__":
    main()
