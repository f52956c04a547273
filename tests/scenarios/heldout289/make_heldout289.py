"""Write heldout289: eight hand-planned families for Grembio (school uniforms), blind.

Standard library only; seeded; one random.Random per family (and one more for roughening).
Run: python make_heldout289.py (from anywhere).
"""

from __future__ import annotations

# ruff: noqa: E501
import json
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from random import Random
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import wording as W  # noqa: E402

SEED = 20260912
LIMIT = datetime(2026, 11, 1, tzinfo=UTC)
LANGS = ["pt", "it", "de", "en", "es", "fr"]
LANG_W = [30, 30, 10, 10, 10, 10]
MARKETS: dict[str, list[tuple[str, int]]] = {
    "pt": [("PT", 9), ("CH", 1)],
    "it": [("IT", 8), ("CH", 2)],
    "de": [("DE", 6), ("AT", 3), ("CH", 1)],
    "en": [("UK", 7), ("IE", 3)],
    "es": [("ES", 1)],
    "fr": [("FR", 6), ("BE", 3), ("CH", 1)],
}
PHONE: dict[str, tuple[str, list[str], int]] = {
    "PT": ("+351", ["91", "92", "93", "96"], 7),
    "IT": ("+39", ["320", "333", "347", "389"], 7),
    "DE": ("+49", ["151", "160", "170", "176"], 8),
    "AT": ("+43", ["664", "676", "699"], 7),
    "CH": ("+41", ["76", "78", "79"], 7),
    "UK": ("+44", ["7700", "7911", "7456"], 6),
    "IE": ("+353", ["83", "85", "87"], 7),
    "ES": ("+34", ["6", "7"], 8),
    "FR": ("+33", ["6", "7"], 8),
    "BE": ("+32", ["470", "475", "486"], 6),
}
FIRST: dict[str, list[str]] = {
    "pt": [
        "Ana",
        "Joana",
        "Inês",
        "Marta",
        "Rita",
        "Sofia",
        "Catarina",
        "Beatriz",
        "Carla",
        "Filipa",
        "Teresa",
        "Patrícia",
        "João",
        "Rui",
        "Tiago",
        "Pedro",
        "Nuno",
        "Miguel",
        "Hugo",
        "Bruno",
        "Sandra",
        "Helena",
        "Raquel",
        "Diogo",
        "Sara",
        "Vera",
        "Luís",
        "André",
    ],
    "it": [
        "Giulia",
        "Francesca",
        "Chiara",
        "Sara",
        "Valentina",
        "Elena",
        "Silvia",
        "Federica",
        "Martina",
        "Paola",
        "Laura",
        "Alessandra",
        "Marco",
        "Luca",
        "Andrea",
        "Matteo",
        "Davide",
        "Stefano",
        "Simone",
        "Paolo",
        "Roberta",
        "Ilaria",
        "Monica",
        "Fabio",
        "Cristina",
        "Serena",
        "Giorgio",
        "Anna",
    ],
    "de": [
        "Anna",
        "Katrin",
        "Julia",
        "Sabine",
        "Nicole",
        "Stefanie",
        "Jana",
        "Miriam",
        "Thomas",
        "Stefan",
        "Jan",
        "Markus",
        "Tobias",
        "Lena",
        "Sandra",
        "Daniel",
    ],
    "en": [
        "Emma",
        "Sarah",
        "Claire",
        "Rachel",
        "Hannah",
        "Laura",
        "Gemma",
        "Siobhan",
        "James",
        "Mark",
        "Tom",
        "Ciaran",
        "Rob",
        "Louise",
        "Kate",
        "Niamh",
    ],
    "es": [
        "Lucía",
        "Marta",
        "Elena",
        "Carmen",
        "Laura",
        "Irene",
        "Nuria",
        "Paula",
        "Javier",
        "Sergio",
        "Pablo",
        "Álvaro",
        "Raquel",
        "Cristina",
        "Andrés",
        "Beatriz",
    ],
    "fr": [
        "Camille",
        "Julie",
        "Claire",
        "Sophie",
        "Aurélie",
        "Céline",
        "Émilie",
        "Marine",
        "Nicolas",
        "Julien",
        "Thomas",
        "Maxime",
        "Élodie",
        "Laure",
        "Hélène",
        "Antoine",
    ],
}
LAST: dict[str, list[str]] = {
    "pt": [
        "Silva",
        "Santos",
        "Ferreira",
        "Pereira",
        "Oliveira",
        "Costa",
        "Rodrigues",
        "Martins",
        "Jesus",
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
        "Ferrara",
        "Galli",
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
        "Klein",
        "Wolf",
        "Neumann",
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
        "Byrne",
        "Wilson",
        "Kelly",
        "Hughes",
        "Ryan",
        "Clarke",
        "Doyle",
        "Hall",
        "Price",
    ],
    "es": [
        "García",
        "Martínez",
        "López",
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
        "Garcia",
        "Roux",
    ],
}
TOWNS: dict[str, list[str]] = {
    "PT": ["Lisboa", "Porto", "Braga", "Coimbra", "Setúbal", "Aveiro", "Faro"],
    "IT": ["Milano", "Torino", "Bologna", "Roma", "Napoli", "Verona", "Bari"],
    "CH": ["Lugano", "Zürich", "Genève", "Bern"],
    "DE": ["Köln", "Leipzig", "Hamburg", "München"],
    "AT": ["Wien", "Graz", "Linz"],
    "UK": ["Leeds", "Bristol", "Manchester"],
    "IE": ["Dublin", "Cork", "Galway"],
    "ES": ["Madrid", "Valencia", "Sevilla", "Bilbao"],
    "FR": ["Lyon", "Nantes", "Lille"],
    "BE": ["Bruxelles", "Liège", "Namur"],
}
JOBS = [
    "nurse",
    "teacher",
    "accountant",
    "shop owner",
    "bus driver",
    "pharmacist",
    "engineer",
    "baker",
    "civil servant",
    "hairdresser",
    "lawyer",
    "cook",
]
AGENTS = ["Inês", "Marco", "Rita", "Giulia", "Jonas", "Laura", "Nuno", "Chiara"]
DOMAINS = ["mail.example", "correio.example", "posta.example", "inbox.example", "web.example"]
SOURCE = {
    "email": "grembio-mail",
    "phone": "grembio-voice",
    "social": "grembio-social",
    "community": "grembio-forum",
    "chat": "grembio-chat",
    "web": "grembio-web",
    "survey": "grembio-survey",
}
FX = {"UK": ("GBP", 0.86), "CH": ("CHF", 0.94)}

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
TOL_GRUMPY = ["repeat_contact", "silence"]
TOL_SILENCE = ["silence"]
TOL_B2B_RISK = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
TOL_B2B_ONE = ["sentiment_drop", "high_value_at_risk", "silence"]

USED: set[str] = set()


def unique(value: str) -> bool:
    if value.lower() in USED:
        return False
    USED.add(value.lower())
    return True


def strip_accents(text: str) -> str:
    out = []
    for ch in text:
        if ch in "ßñÑ":
            out.append(ch)
            continue
        if ch in "äöüÄÖÜ":
            out.append({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}[ch])
            continue
        out.append(
            "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        )
    return "".join(out)


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    truth: dict[str, Any]
    email: str
    phone: str
    handle: str | None
    account: str | None = None
    second: str | None = None


@dataclass
class Row:
    t: datetime
    eid: str
    cust: Cust
    channel: str
    kind: str
    out: bool
    text: str | None
    subject: str | None
    scores: dict[str, int]
    attrs: dict[str, str]


@dataclass
class Fam:
    name: str
    code: str
    n: int
    start: datetime
    days: int
    about: str
    rng: Random = field(init=False)
    rough: Random = field(init=False)
    rows: list[Row] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    counter: int = 0

    def __post_init__(self) -> None:
        self.rng = Random(SEED * 100 + self.n)
        self.rough = Random(SEED * 100 + 50 + self.n)

    # ---------------------------------------------------------------- people --
    def lang(self) -> str:
        return self.rng.choices(LANGS, LANG_W)[0]

    def market(self, lang: str) -> str:
        ms = MARKETS[lang]
        return self.rng.choices([m for m, _ in ms], [w for _, w in ms])[0]

    def phone(self, market: str) -> str:
        while True:
            cc, prefixes, n = PHONE[market]
            digits = self.rng.choice(prefixes) + "".join(
                str(self.rng.randrange(10)) for _ in range(n)
            )
            if unique(cc + digits):
                return cc + digits

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        market: str | None = None,
        segment: str = "consumer",
        account: str | None = None,
        company_domain: str | None = None,
    ) -> Cust:
        lang = lang or self.lang()
        market = market or self.market(lang)
        while True:
            first = self.rng.choice(FIRST[lang])
            last = self.rng.choice(LAST[lang])
            base = strip_accents(f"{first}.{last}".lower()).replace(" ", "").replace("ß", "ss")
            dom = company_domain or self.rng.choice(DOMAINS)
            email = f"{base}{self.rng.randrange(1, 99) if company_domain is None else ''}@{dom}"
            if unique(email):
                break
        while True:
            key = f"GB{self.code}{self.rng.randrange(1000, 9999)}"
            if unique(key):
                break
        handle: str | None = None
        if segment == "consumer":
            while True:
                b = strip_accents(
                    self.rng.choice(
                        [
                            f"{last}_{first}{self.rng.randrange(1, 9)}",
                            f"{first}{last}{self.rng.randrange(10, 99)}",
                            f"{first}_{last[:4]}",
                        ]
                    ).lower()
                ).replace(" ", "")
                if unique("@" + b):
                    handle = "@" + b
                    break
        ph = self.phone(market)
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email.lower(),
                "phone": ph,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": [],
            "tolerated_rules": [],
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": segment,
            "name": f"{first} {last}",
            "job": self.rng.choice(JOBS),
            "town": self.rng.choice(TOWNS[market]),
        }
        c = Cust(key, lang, market, truth, email, ph, handle, account)
        self.custs[key] = c
        return c

    # ----------------------------------------------------------------- words --
    def pick(self, table: dict[str, list[str]], lang: str, **kw: str) -> str:
        text = self.rng.choice(table[lang])
        kw.setdefault("brand", W.BRAND)
        kw.setdefault("plan", W.PLAN)
        return text.format(**kw)

    def amount(self, c: Cust, eur: float) -> str:
        if c.market == "UK":
            return f"£{round(eur * 0.86)}"
        if c.market == "CH":
            return f"CHF {round(eur * 0.94)}"
        if c.lang in ("en",):
            return f"€{eur:.2f}"
        return f"{eur:.2f} €".replace(".", ",")

    def problem(self, c: Cust, prob: str, lang: str | None = None) -> str:
        lang = lang or c.lang
        return self.pick(
            W.PROBLEM_TEXT[prob],
            lang,
            amt=self.amount(c, self.rng.choice([24.5, 32.0, 45.0, 59.0, 69.0])),
        )

    def ref(self) -> str:
        while True:
            r = f"GB-{self.rng.randrange(100000, 999999)}"
            if unique(r):
                return r

    def roughen(self, text: str, c: Cust) -> str:
        r = self.rough
        if r.random() < 0.1:
            text = strip_accents(text)
        if r.random() < 1 / 8 and text[:1].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = [
                i
                for i, w in enumerate(text.split(" "))
                if w.isalpha() and w.islower() and len(w) > 4
            ]
            if words:
                parts = text.split(" ")
                i = r.choice(words)
                w = parts[i]
                j = r.randrange(1, len(w) - 2)
                parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(parts)
        return text

    # ------------------------------------------------------------------ rows --
    def add(
        self,
        t: datetime,
        c: Cust,
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
        eid = f"gb289-{self.code.lower()}-{self.counter:05d}"
        if text and not out and rough and channel not in ("phone", "survey"):
            text = self.roughen(text, c)
        if text and channel == "social" and not out and c.truth["segment"] == "consumer":
            if W.BRAND in text:
                i = text.rfind(W.BRAND)
                text = text[:i] + "@" + text[i:]
            else:
                text = "@" + W.BRAND + " " + text
        a = {"market": c.market}
        if c.truth["segment"] == "b2b":
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(AGENTS)
        a.update(attrs or {})
        if t >= LIMIT or t.year != 2026 or t < self.start:
            raise SystemExit(f"{eid} out of range: {t}")
        self.rows.append(Row(t, eid, c, channel, kind, out, text, subject, scores or {}, a))
        return eid

    def purchase(self, t: datetime, c: Cust, pro: bool = False) -> str:
        label, eur = self.rng.choice(W.PRO_PRODUCTS if pro else W.PRODUCTS)
        cur, fx = FX.get(c.market, ("EUR", 1.0))
        page = self.rng.choice(W.PRO_PAGES if pro else W.PAGES)
        self.add(
            t - timedelta(minutes=self.rng.randint(3, 15)),
            c,
            "web",
            "page_view",
            attrs={"page": page},
        )
        return self.add(
            t,
            c,
            "web",
            "purchase",
            attrs={
                "order_value": f"{eur * fx:.2f}",
                "currency": cur,
                "product": label,
                "page": page,
            },
        )

    def survey(self, t: datetime, c: Cust, kind: str, value: int, words: str = "") -> str:
        return self.add(
            t,
            c,
            "survey",
            "survey_response",
            text=words or None,
            scores={kind: value},
            attrs={"survey": kind},
        )

    def happy_act(
        self, t: datetime, c: Cust, lang: str | None = None, surveys: bool = True
    ) -> None:
        lang = lang or c.lang
        r = self.rng
        kinds = ["praise", "again", "gripe", "chat", "email", "phone", "buy", "view", "review"] + (
            ["survey"] if surveys else []
        )
        k = r.choice(kinds)
        m = timedelta(minutes=1)
        if k in ("praise", "again", "gripe"):
            table = {"praise": W.PRAISE, "again": W.AGAIN, "gripe": W.GRIPE}[k]
            ch = r.choice(["social", "community"])
            self.add(t, c, ch, "mention" if ch == "social" else "post", self.pick(table, lang))
        elif k == "chat":
            self.add(t, c, "chat", "chat", self.pick(W.QUESTIONS, lang))
            self.add(
                t + m * r.randint(1, 6), c, "chat", "chat", self.pick(W.ANSWERS, lang), out=True
            )
            if r.random() < 0.6:
                self.add(t + m * r.randint(8, 12), c, "chat", "chat", self.pick(W.THANKS, lang))
        elif k == "email":
            self.add(
                t,
                c,
                "email",
                "message",
                self.pick(W.QUESTIONS, lang),
                subject=self.pick({lang: [W.PLAN, W.BRAND]}, lang),
            )
            self.add(
                t + m * r.randint(30, 120),
                c,
                "email",
                "message",
                self.pick(W.ANSWERS, lang),
                out=True,
            )
        elif k == "phone":
            self.add(t, c, "phone", "call", self.pick(W.CALL_QUESTIONS, lang))
            self.add(
                t + m * r.randint(10, 30),
                c,
                "email",
                "message",
                self.pick(W.CALL_FOLLOWUP, lang),
                out=True,
            )
        elif k == "buy":
            self.purchase(t, c)
        elif k == "view":
            self.add(t, c, "web", "page_view", attrs={"page": r.choice(W.PAGES)})
        elif k == "review":
            self.add(
                t,
                c,
                "web",
                "review",
                self.pick(W.REVIEW, lang),
                attrs={"rating": "5", "page": r.choice(W.PAGES)},
            )
        else:
            self.happy_survey(t, c, lang)

    def happy_survey(self, t: datetime, c: Cust, lang: str | None = None) -> None:
        lang = lang or c.lang
        kind = self.rng.choice(["nps", "csat", "ces"])
        v = {
            "nps": self.rng.randint(9, 10),
            "csat": self.rng.randint(4, 5),
            "ces": self.rng.randint(6, 7),
        }[kind]
        self.survey(t, c, kind, v, self.pick(W.SURVEY_WORDS, lang))

    def at(self, day: float, h0: float = 7.0, h1: float = 19.0) -> datetime:
        h = self.rng.uniform(h0, h1)
        return self.start + timedelta(days=int(day), hours=h)

    def day_time(self, t: datetime) -> datetime:
        """Move a time out of the night (22-07 UTC) to 08:00-09:00."""
        if t.hour >= 22:
            return (t + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 59))
        if t.hour < 7:
            return t.replace(hour=8, minute=self.rng.randint(0, 59))
        return t

    def office(self, t: datetime) -> datetime:
        while t.weekday() >= 5 or t.hour >= 17 or t.hour < 8:
            if t.hour >= 17 or t.weekday() >= 5:
                t = (t + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(5, 50))
            else:
                t = t.replace(hour=8, minute=self.rng.randint(5, 50))
        return t

    # ------------------------------------------------------------ complaints --
    def complaint(
        self,
        t: datetime,
        c: Cust,
        prob: str,
        channel: str,
        lang: str | None = None,
        long: bool = False,
    ) -> tuple[str, str | None]:
        """One angry contact on `channel`; returns (event id, case reference or None)."""
        lang = lang or c.lang
        p = self.problem(c, prob, lang)
        subj = W.COMPLAINT_SUBJECT[lang].format(topic=W.SUBJECT_TOPIC[prob][lang])
        m = timedelta(minutes=1)
        if channel == "social":
            return self.add(t, c, "social", "mention", self.pick(W.SOCIAL_FRAME, lang, p=p)), None
        ref = self.ref()
        if channel == "email":
            text = (
                self.pick(W.LONG_EMAIL, lang, p=p) if long else self.pick(W.ANGRY_FRAME, lang, p=p)
            )
            eid = self.add(t, c, "email", "message", text, subject=subj)
        elif channel == "chat":
            eid = self.add(t, c, "chat", "chat", self.pick(W.ANGRY_FRAME, lang, p=p))
            self.add(
                t + m * self.rng.randint(1, 5),
                c,
                "chat",
                "chat",
                self.pick(W.CHAT_CASE, lang, ref=ref),
                out=True,
            )
            return eid, ref
        elif channel == "web":
            eid = self.add(
                t,
                c,
                "web",
                "ticket",
                self.pick(W.ANGRY_FRAME, lang, p=p),
                subject=subj,
                attrs={"page": "/contacto"},
            )
        else:
            eid = self.add(t, c, "phone", "call", self.pick(W.CALL_FRAME, lang, p=p))
        self.add(
            self.day_time(t + m * self.rng.randint(10, 40)),
            c,
            "email",
            "message",
            self.pick(W.CASE_OPENED, lang, ref=ref),
            subject=W.CASE_SUBJECT[lang].format(ref=ref),
            out=True,
        )
        return eid, ref

    def later_contact(
        self,
        t: datetime,
        c: Cust,
        prob: str,
        channel: str,
        ref: str,
        n: int,
        comp: str,
        lang: str | None = None,
    ) -> str:
        lang = lang or c.lang
        p = self.problem(c, prob, lang)
        if n == 3:
            text = self.pick(W.THIRD_CONTACT, lang, ref=ref, comp=comp)
        elif n == 4:
            text = self.pick(W.FOURTH_CONTACT, lang, ref=ref)
        else:
            text = self.pick(W.STILL_OPEN, lang, ref=ref, p=p)
        subj = W.CASE_SUBJECT[lang].format(ref=ref)
        if channel == "phone":
            return self.add(t, c, "phone", "call", self.pick(W.CALL_STILL, lang, ref=ref, p=p))
        if channel == "email":
            return self.add(t, c, "email", "message", text, subject=subj)
        if channel == "chat":
            eid = self.add(t, c, "chat", "chat", text)
            self.add(
                t + timedelta(minutes=self.rng.randint(1, 5)),
                c,
                "chat",
                "chat",
                self.pick(W.URGENT, lang, ref=ref),
                out=True,
            )
            return eid
        if channel == "web":
            return self.add(t, c, "web", "ticket", text, subject=subj, attrs={"page": "/contacto"})
        return self.add(t, c, "social", "mention", text)

    # ---------------------------------------------------------------- output --
    def write(self, expected_counts: dict[str, int]) -> tuple[int, int, int]:
        self.rows.sort(key=lambda r: (r.t, r.eid))
        seen: set[str] = set()
        lines = []
        for r in self.rows:
            c = r.cust
            full = r.out or (c.key not in seen)
            if not r.out:
                seen.add(c.key)
            ref: dict[str, str | None]
            if full:
                ref = {
                    "customer_id": c.key,
                    "email": c.email,
                    "phone": c.phone,
                    "handle": c.handle,
                    "account_id": c.account,
                }
            else:
                ref = {
                    "customer_id": None,
                    "email": None,
                    "phone": None,
                    "handle": None,
                    "account_id": c.account,
                }
                if r.channel == "phone":
                    ref["phone"] = (
                        c.phone
                        if self.rough.random() < 0.5
                        else c.phone.replace(PHONE[c.market][0], PHONE[c.market][0] + " ", 1)
                    )
                elif r.channel in ("social", "community"):
                    if c.handle:
                        ref["handle"] = (
                            c.handle if self.rough.random() > 0.2 else c.handle.lstrip("@")
                        )
                    else:
                        ref["email"] = c.email
                elif r.channel == "email":
                    ref["email"] = c.email.upper() if self.rough.random() < 1 / 12 else c.email
                else:
                    ref["customer_id"] = c.key
            src = SOURCE[r.channel]
            rec = {
                "event_id": r.eid,
                "occurred_at": iso(r.t),
                "channel": r.channel,
                "kind": r.kind,
                "direction": "outbound" if r.out else "inbound",
                "customer": ref,
                "text": r.text,
                "subject": r.subject,
                "scores": {
                    "nps": r.scores.get("nps"),
                    "csat": r.scores.get("csat"),
                    "ces": r.scores.get("ces"),
                },
                "source": src,
                "attributes": r.attrs,
            }
            lines.append(json.dumps(rec, ensure_ascii=False))
        for c in self.custs.values():
            if c.key not in seen:
                raise SystemExit(f"{c.key} has no inbound touchpoint")
            if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
                raise SystemExit(f"{c.key} expects and tolerates")
        got: dict[str, int] = {}
        for c in self.custs.values():
            for rule in c.truth["expected_rules"]:
                got[rule] = got.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                got[rule] = got.get(rule, 0) + 1
        if self.spike:
            got["topic_spike"] = 1
        if got != expected_counts:
            raise SystemExit(f"{self.name}: expected {expected_counts}, planted {got}")
        end = max(self.start + timedelta(days=self.days), self.rows[-1].t + timedelta(hours=1))
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": f"{W.BRAND}: school uniforms and kids' sportswear by app and web, {W.PLAN} membership, {W.PRO} for schools and clubs on account",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "2026-12-07, blind",
                "expected": expected_counts,
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
        return len(self.custs), len(lines), sum(1 for r in self.rows if r.out)


def d(y: int, mo: int, day: int) -> datetime:
    return datetime(y, mo, day, tzinfo=UTC)


# =============================================================== families ==
def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        d(2026, 1, 12),
        10,
        "happy customers writing by day, by night and only in surveys",
    )
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        for day in sorted(r.sample(range(10), r.randint(5, 8))):
            f.happy_act(f.at(day, 7, 19), c)
    for _ in range(5):
        c = f.person("happy", "night writer")
        for day in sorted(r.sample(range(9), r.randint(2, 4))):
            t = (
                f.start
                + timedelta(days=day, hours=22, minutes=12)
                + timedelta(minutes=r.randint(0, 370))
            )
            if r.random() < 0.5:
                f.add(t, c, "social", "mention", f.pick(W.NIGHT_POSTS, c.lang))
            else:
                f.add(t, c, "chat", "chat", f.pick(W.NIGHT_CHAT, c.lang))
                f.add(
                    t + timedelta(minutes=r.randint(1, 5)),
                    c,
                    "chat",
                    "chat",
                    f.pick(W.NIGHT_ANSWER, c.lang),
                    out=True,
                )
                f.add(
                    t + timedelta(minutes=r.randint(7, 10)),
                    c,
                    "chat",
                    "chat",
                    f.pick(W.THANKS, c.lang),
                )
        for day in r.sample(range(10), r.randint(2, 3)):
            f.happy_act(f.at(day, 9, 18), c, surveys=False)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for day in sorted(r.sample(range(10), r.randint(3, 6))):
            f.happy_survey(f.at(day, 8, 20), c)
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        d(2026, 2, 9),
        12,
        "happy customers with one bad day each, and controls",
    )
    r = f.rng
    channels = ["long", "email", "chat", "social", "web", "phone"] * 4
    probs = [W.PROBLEMS[i % 6] for i in range(24)]
    r.shuffle(probs)
    with_case = [i for i, ch in enumerate(channels) if ch != "social"]
    nps_i = set(r.sample(with_case, 6))
    rest = [i for i in with_case if i not in nps_i]
    csat_i = set(r.sample(rest, 5))
    good_i = r.sample(with_case, 12)
    apol_i = set(r.sample(good_i, 5))
    for i, ch in enumerate(channels):
        persona = "bad_day_detractor" if i in nps_i else "happy_one_bad_day"
        c = f.person(persona, "one bad day")
        c.truth["tolerated_rules"] = list(TOL_SILENCE)
        if i in nps_i:
            c.truth["expected_rules"] = ["detractor"]
        bad = r.randint(2, 9)
        t = f.at(bad, 8, 20)
        for day in r.sample(
            [x for x in range(12) if x <= bad - 2 or x >= bad + 3], r.randint(1, 5)
        ):
            f.happy_act(f.at(day, 7, 20), c, surveys=False)
        eid, ref = f.complaint(t, c, probs[i], "email" if ch == "long" else ch, long=ch == "long")
        c.truth.update(
            {
                "problem": probs[i],
                "channel": ch if ch != "long" else "email",
                "long_email": ch == "long",
                "booking": ref,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(t),
                "nps_given": False,
                "csat_given": False,
                "agent_fixed": False,
                "apologised": False,
            }
        )
        if i in nps_i:
            n = r.randint(1, 5)
            sid = f.survey(
                t + timedelta(minutes=r.randint(100, 140)),
                c,
                "nps",
                n,
                f.pick(W.NPS_LOW_WORDS, c.lang),
            )
            c.truth.update({"nps_given": True, "nps": n, "survey_event_id": sid})
        if i in csat_i:
            n = r.randint(1, 2)
            sid = f.survey(
                t + timedelta(minutes=r.randint(40, 80)),
                c,
                "csat",
                n,
                f.pick(W.LOW_CSAT_WORDS, c.lang),
            )
            c.truth.update({"csat_given": True, "csat": n, "survey_event_id": sid})
        if i in good_i and ref:
            f.add(
                f.day_time(t + timedelta(minutes=r.randint(60, 240))),
                c,
                "email",
                "message",
                f.pick(W.GOOD_NEWS, c.lang, ref=ref),
                subject=W.CASE_SUBJECT[c.lang].format(ref=ref),
                out=True,
            )
            c.truth["agent_fixed"] = True
            if i in apol_i:
                ta = f.day_time(t + timedelta(hours=r.uniform(16, 24)))
                aid = f.add(ta, c, r.choice(["chat", "email"]), "chat", f.pick(W.APOLOGY, c.lang))
                if f.rows[-1].channel == "email":
                    f.rows[-1].kind = "message"
                c.truth.update({"apologised": True, "apology_at": iso(ta), "apology_event_id": aid})
    for _ in range(8):
        c = f.person("happy", "control")
        for day in r.sample(range(12), r.randint(4, 7)):
            f.happy_act(f.at(day, 7, 20), c, surveys=False)
    return f


def repeat_run(
    f: Fam,
    c: Cust,
    t0: datetime,
    prob: str,
    first: str,
    times: int,
    passed_on: bool,
    lang2: str | None = None,
) -> None:
    r = f.rng
    comp = r.choice(W.COMPETITORS)
    eid, ref = f.complaint(t0, c, prob, first)
    assert ref is not None
    ids = [eid]
    if passed_on:
        f.add(
            t0 + timedelta(minutes=r.randint(90, 150)),
            c,
            "email",
            "message",
            f.pick(W.QUALITY_LEAD, c.lang, ref=ref),
            subject=W.CASE_SUBJECT[c.lang].format(ref=ref),
            out=True,
        )
    used = {first}
    t = t0
    langs = [c.lang, lang2 or c.lang]
    for n in range(2, times + 1):
        t = f.day_time(t + timedelta(hours=r.uniform(4, 40)))
        ch = r.choice([x for x in ["email", "chat", "phone", "web", "social"] if x not in used])
        used.add(ch)
        ids.append(f.later_contact(t, c, prob, ch, ref, n, comp, lang=langs[(n - 1) % 2]))
    c.truth.update(
        {
            "problem": prob,
            "contacts": times,
            "channels": sorted(used),
            "channel": first,
            "booking": ref,
            "agent_passed_on": passed_on,
            "problem_event_ids": ids,
            "competitor": comp if times >= 3 else None,
            "trouble_starts_at": iso(t0),
        }
    )


def fixed_run(
    f: Fam, c: Cust, t0: datetime, prob: str, first: str, lang2: str | None = None
) -> dict[str, Any]:
    r = f.rng
    eid, ref = f.complaint(t0, c, prob, first)
    assert ref is not None
    tf = f.day_time(t0 + timedelta(hours=r.uniform(3, 20)))
    f.add(
        tf,
        c,
        "email",
        "message",
        f.pick(W.GOOD_NEWS, lang2 or c.lang, ref=ref),
        subject=W.CASE_SUBJECT[lang2 or c.lang].format(ref=ref),
        out=True,
    )
    tc = f.day_time(tf + timedelta(hours=r.uniform(8, 30)))
    ch = r.choice(["email", "chat"])
    cid = f.add(
        tc,
        c,
        ch,
        "message" if ch == "email" else "chat",
        f.pick(W.CONFIRM, lang2 or c.lang, ref=ref),
        subject=W.CASE_SUBJECT[lang2 or c.lang].format(ref=ref) if ch == "email" else None,
    )
    return {
        "problem": prob,
        "booking": ref,
        "raised_at": iso(t0),
        "fixed_at": iso(tf),
        "confirmed_at": iso(tc),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": first,
        "confirm_channel": ch,
    }


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        d(2026, 3, 9),
        10,
        "the same open problem raised again, fixed problems, two problems, frequent writers",
    )
    r = f.rng
    times = [2] * 4 + [3] * 4 + [4] * 4
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    r.shuffle(firsts)
    passed = set(r.sample(range(12), 6))
    for i in range(12):
        c = f.person("repeat_contact", "repeats")
        c.truth["expected_rules"] = ["repeat_contact"]
        c.truth["tolerated_rules"] = list(TOL_REPEAT)
        for _ in range(r.randint(1, 3)):
            f.happy_act(f.at(0, 7, 12), c, surveys=False)
        repeat_run(
            f, c, f.at(r.randint(1, 4), 8, 19), W.PROBLEMS[i % 6], firsts[i], times[i], i in passed
        )
    for i in range(5):
        c = f.person("resolved_between_contacts", "fixed")
        c.truth["tolerated_rules"] = list(TOL_SILENCE)
        f.happy_act(f.at(0, 8, 12), c, surveys=False)
        p = fixed_run(
            f,
            c,
            f.at(r.randint(1, 5), 8, 18),
            W.PROBLEMS[(i + 2) % 6],
            r.choice(["web", "email", "chat"]),
        )
        c.truth.update({"problems": [p], "trouble_starts_at": p["raised_at"]})
    for _ in range(3):
        c = f.person("different_problems", "two problems")
        c.truth["tolerated_rules"] = list(TOL_SILENCE)
        p1, p2 = r.sample(W.PROBLEMS, 2)
        d1 = r.randint(0, 3)
        a = fixed_run(f, c, f.at(d1, 8, 17), p1, r.choice(["web", "email"]))
        b = fixed_run(f, c, f.at(d1 + r.randint(4, 5), 8, 17), p2, r.choice(["chat", "email"]))
        c.truth.update({"problems": [a, b], "trouble_starts_at": a["raised_at"]})
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        for day in r.sample(range(10), r.randint(5, 8)):
            t = f.at(day, 8, 19)
            if r.random() < 0.6:
                f.add(t, c, "chat", "chat", f.pick(W.QUESTIONS, c.lang))
                f.add(
                    t + timedelta(minutes=r.randint(1, 6)),
                    c,
                    "chat",
                    "chat",
                    f.pick(W.ANSWERS, c.lang),
                    out=True,
                )
                f.add(
                    t + timedelta(minutes=r.randint(8, 12)),
                    c,
                    "chat",
                    "chat",
                    f.pick(W.THANKS, c.lang),
                )
            else:
                f.happy_act(t, c, surveys=False)
    return f


def slide(f: Fam, c: Cust, first_day: int, span: int, langs: list[str]) -> list[str]:
    r = f.rng
    comp = r.choice(W.COMPETITORS)
    t = f.at(first_day, 8, 12)
    ids = []
    gaps = sorted(r.uniform(0, span) for _ in range(5))
    times = [t] + [f.day_time(t + timedelta(days=g)) for g in gaps]
    for k in range(1, 6):
        if times[k] < times[k - 1] + timedelta(hours=1):
            times[k] = f.day_time(times[k - 1] + timedelta(hours=1, minutes=r.randint(0, 50)))
    ratings = ["3", "3", "2", "2", "1", "1"]
    for k in range(6):
        lang = langs[k % len(langs)]
        text = W.SLIDE[lang][k].format(comp=comp)
        ch = r.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                f.add(
                    times[k],
                    c,
                    "web",
                    "review",
                    text,
                    attrs={"rating": ratings[k], "page": "/avaliacoes"},
                )
            )
        else:
            ids.append(f.add(times[k], c, ch, "mention" if ch == "social" else "post", text))
    c.truth.update(
        {
            "slide_event_ids": ids,
            "slide_days": sorted({(x - f.start).days for x in times}),
            "competitor": comp,
            "trouble_starts_at": iso(times[0]),
        }
    )
    return ids


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        d(2026, 4, 6),
        32,
        "slides from praise to anger, leavers, steady, grumpy and sarcastic customers",
    )
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    nps_i = set(r.sample(range(10), 5))
    for i in range(10):
        c = f.person("slow_churner", "slides")
        c.truth["expected_rules"] = ["sentiment_drop"] + (["detractor"] if i in nps_i else [])
        c.truth["tolerated_rules"] = list(TOL_SLIDER)
        for day in sorted(r.sample(range(11), r.randint(4, 5))):
            f.add(
                f.at(day, 8, 20),
                c,
                r.choice(["social", "community"]),
                "post",
                f.pick(W.PRAISE, c.lang),
            )
            if f.rows[-1].channel == "social":
                f.rows[-1].kind = "mention"
        for day in r.sample(range(11), r.randint(2, 4)):
            f.happy_act(f.at(day, 8, 20), c, surveys=False)
        ids = slide(f, c, r.randint(12, 16), spans[i], [c.lang])
        c.truth["nps_given"] = i in nps_i
        if i in nps_i:
            fourth = next(x for x in f.rows if x.eid == ids[3]).t
            n = r.randint(1, 5)
            sid = f.survey(
                f.day_time(fourth + timedelta(hours=r.uniform(2.5, 3.5))),
                c,
                "nps",
                n,
                f.pick(W.NPS_LOW_WORDS, c.lang),
            )
            c.truth.update({"nps": n, "survey_event_id": sid})
    for _ in range(5):
        c = f.person("slow_churner", "asks to cancel")
        c.truth["expected_rules"] = ["churn_intent"]
        c.truth["tolerated_rules"] = list(TOL_LEAVER)
        for day in r.sample(range(16), r.randint(4, 6)):
            f.happy_act(f.at(day, 8, 20), c, surveys=False)
        t = f.at(r.randint(17, 23), 8, 18)
        eid = f.add(t, c, "email", "message", f.pick(W.CANCEL_REQUEST, c.lang), subject=W.PLAN)
        f.add(
            f.day_time(t + timedelta(hours=r.uniform(1, 5))),
            c,
            "email",
            "message",
            f.pick(W.SORRY_GO, c.lang),
            subject="RE: " + W.PLAN,
            out=True,
        )
        tc = f.day_time(t + timedelta(hours=r.uniform(20, 30)))
        cid = f.add(tc, c, "web", "cancellation", attrs={"page": "/conta/plano", "product": W.PLAN})
        c.truth.update(
            {
                "churn_intent_event_id": eid,
                "cancellation_event_id": cid,
                "churn_at": iso(tc),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        for day in r.sample(range(32), r.randint(6, 10)):
            f.happy_act(f.at(day, 8, 20), c)
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles")
        c.truth["tolerated_rules"] = list(TOL_GRUMPY)
        day = r.randint(0, 4)
        ids = []
        for _ in range(r.randint(5, 7)):
            t = f.at(day, 8, 20)
            ch = r.choice(["social", "community", "web", "review"])
            text = f.pick(W.GRUMBLES, c.lang)
            if ch == "review":
                ids.append(
                    f.add(t, c, "web", "review", text, attrs={"rating": "3", "page": "/avaliacoes"})
                )
            elif ch == "web":
                ids.append(f.add(t, c, "web", "ticket", text, attrs={"page": "/contacto"}))
            else:
                ids.append(f.add(t, c, ch, "mention" if ch == "social" else "post", text))
            day += r.randint(1, 3)
        for _ in range(r.randint(0, 2)):
            f.purchase(f.at(r.randint(0, 20), 9, 18), c)
        c.truth.update(
            {
                "grumble_event_ids": ids,
                "trouble_starts_at": iso(min(x.t for x in f.rows if x.eid in ids)),
            }
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy")
        c.truth["tolerated_rules"] = list(TOL_SILENCE)
        for day in r.sample(range(30), r.randint(4, 6)):
            f.happy_act(f.at(day, 8, 20), c, surveys=False)
        sid = f.add(
            f.at(r.randint(5, 25), 9, 20), c, "social", "mention", f.pick(W.SARCASM, c.lang)
        )
        c.truth["sarcasm_event_id"] = sid
    return f


def quiet_hours() -> Fam:
    f = Fam("quiet_hours", "QH", 5, d(2026, 5, 22), 3, "a calm weekend with night owls in bursts")
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        for day in sorted(r.sample(range(3), r.randint(1, 3))):
            f.happy_act(f.at(day, 7, 17.5), c)
    for _ in range(4):
        c = f.person("grumbles_once", "grumbles once")
        c.truth["tolerated_rules"] = list(TOL_SILENCE)
        t = f.at(r.randint(0, 2), 9, 17)
        f.purchase(t, c)
        tg = t + timedelta(minutes=r.randint(20, 30))
        if r.random() < 0.5:
            gid = f.add(tg, c, "chat", "chat", f.pick(W.MILD_GRUMBLE, c.lang))
            f.add(
                tg + timedelta(minutes=r.randint(1, 5)),
                c,
                "chat",
                "chat",
                f.pick(W.MILD_ANSWER, c.lang),
                out=True,
            )
        else:
            gid = f.add(
                tg, c, "web", "ticket", f.pick(W.MILD_GRUMBLE, c.lang), attrs={"page": "/contacto"}
            )
            f.add(
                tg + timedelta(minutes=r.randint(20, 60)),
                c,
                "email",
                "message",
                f.pick(W.MILD_ANSWER, c.lang),
                out=True,
            )
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(tg)})
    for night in range(3):
        first = f.start + timedelta(days=night + 1, minutes=r.randint(40, 65))
        starts = [
            first,
            first + timedelta(minutes=r.randint(28, 33)),
            first + timedelta(minutes=r.randint(55, 65)),
        ]
        for b, bs in enumerate(starts):
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                t = bs + timedelta(minutes=r.uniform(0, 10))
                if r.random() < 0.5:
                    nid = f.add(t, c, "social", "mention", f.pick(W.NIGHT_POSTS, c.lang))
                else:
                    nid = f.add(t, c, "chat", "chat", f.pick(W.NIGHT_CHAT, c.lang))
                    f.add(
                        t + timedelta(minutes=r.randint(1, 4)),
                        c,
                        "chat",
                        "chat",
                        f.pick(W.NIGHT_ANSWER, c.lang),
                        out=True,
                    )
                    f.add(
                        t + timedelta(minutes=r.randint(6, 9)),
                        c,
                        "chat",
                        "chat",
                        f.pick(W.THANKS, c.lang),
                    )
                c.truth.update({"burst_at": iso(bs), "night_event_id": nid})
                if r.random() < 0.5:
                    f.happy_act(f.at(r.randint(0, 2), 9, 17.5), c, surveys=False)
    return f


PAIRS = [
    ("pt", "it"),
    ("it", "pt"),
    ("pt", "es"),
    ("it", "de"),
    ("pt", "en"),
    ("it", "fr"),
    ("pt", "fr"),
    ("it", "en"),
    ("es", "pt"),
    ("de", "it"),
    ("fr", "it"),
    ("en", "pt"),
    ("pt", "de"),
    ("it", "es"),
    ("pt", "it"),
    ("it", "pt"),
    ("es", "it"),
    ("fr", "pt"),
    ("it", "en"),
    ("pt", "es"),
    ("it", "de"),
    ("de", "pt"),
    ("pt", "fr"),
    ("en", "it"),
    ("it", "pt"),
    ("pt", "it"),
    ("it", "fr"),
]
PAIR_MARKET = {"pt": "PT", "it": "IT", "de": "DE", "en": "IE", "es": "ES", "fr": "FR"}


def bilingual() -> Fam:
    f = Fam("bilingual", "BL", 6, d(2026, 6, 15), 14, "customers who write in two languages")
    r = f.rng
    pairs = list(PAIRS)
    idx = 0

    def who(persona: str, habit: str) -> Cust:
        nonlocal idx
        a, b = pairs[idx]
        idx += 1
        m = r.choice(
            [PAIR_MARKET[a], PAIR_MARKET[b], "CH"]
            if {a, b} <= {"it", "de", "fr"}
            else [PAIR_MARKET[a], PAIR_MARKET[b]]
        )
        c = f.person(persona, habit, lang=a, market=m)
        c.second = b
        c.truth.update(
            {
                "languages": [a, b],
                "job_second_language": r.choice(
                    [
                        "works for a company in the other country",
                        "grew up with the other language",
                        "partner's language at home",
                        "kids at an international school",
                    ]
                ),
            }
        )
        return c

    for _ in range(12):
        c = who("happy", "alternates languages")
        assert c.second
        for k, day in enumerate(sorted(r.sample(range(14), r.randint(5, 8)))):
            f.happy_act(f.at(day, 8, 20), c, lang=[c.lang, c.second][k % 2])
    counts = [2, 2, 3, 3, 4]
    for i in range(5):
        c = who("repeat_contact", "repeats")
        assert c.second
        c.truth["expected_rules"] = ["repeat_contact"]
        c.truth["tolerated_rules"] = list(TOL_REPEAT)
        for _ in range(r.randint(1, 3)):
            f.happy_act(f.at(r.randint(0, 1), 8, 18), c, surveys=False)
        repeat_run(
            f,
            c,
            f.at(r.randint(2, 5), 8, 18),
            W.PROBLEMS[i],
            r.choice(["web", "email", "chat"]),
            counts[i],
            counts[i] >= 3,
            lang2=c.second,
        )
    for _ in range(5):
        c = who("slow_churner", "slides")
        assert c.second
        c.truth["expected_rules"] = ["sentiment_drop"]
        c.truth["tolerated_rules"] = list(TOL_SLIDER)
        for k, day in enumerate(range(5)):
            f.add(
                f.at(day, 9, 20),
                c,
                "community",
                "post",
                f.pick(W.PRAISE, [c.lang, c.second][k % 2]),
            )
        for _ in range(r.randint(1, 3)):
            f.happy_act(f.at(r.randint(0, 5), 8, 20), c, surveys=False)
        slide(f, c, r.randint(7, 8), r.randint(3, 5), [c.lang, c.second])
    bad_channels = ["long", "email", "chat"]
    for i in range(3):
        c = who("happy_one_bad_day", "one bad day")
        assert c.second
        c.truth["tolerated_rules"] = list(TOL_SILENCE)
        for day in r.sample(range(4), 2):
            f.happy_act(f.at(day, 8, 20), c, lang=c.lang, surveys=False)
        t = f.at(r.randint(6, 9), 9, 18)
        ch = bad_channels[i]
        prob = W.PROBLEMS[i + 2]
        eid, ref = f.complaint(
            t, c, prob, "email" if ch == "long" else ch, lang=c.second, long=ch == "long"
        )
        c.truth.update(
            {
                "problem": prob,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "bad_day_language": c.second,
                "booking": ref,
                "long_email": ch == "long",
                "agent_fixed": ch != "chat",
                "apologised": False,
            }
        )
        if ch != "chat" and ref:
            f.add(
                f.day_time(t + timedelta(hours=r.uniform(1, 4))),
                c,
                "email",
                "message",
                f.pick(W.GOOD_NEWS, c.second, ref=ref),
                subject=W.CASE_SUBJECT[c.second].format(ref=ref),
                out=True,
            )
        if ch == "email":
            ta = f.day_time(t + timedelta(hours=r.uniform(18, 24)))
            aid = f.add(ta, c, "chat", "chat", f.pick(W.APOLOGY, c.second))
            c.truth.update({"apologised": True, "apology_at": iso(ta), "apology_event_id": aid})
        for day in r.sample(range(12, 14), 1):
            f.happy_act(f.at(day, 8, 20), c, lang=c.lang, surveys=False)
    for i in range(2):
        c = who("resolved_between_contacts", "fixed")
        assert c.second
        c.truth["tolerated_rules"] = list(TOL_SILENCE)
        f.happy_act(f.at(1, 8, 18), c, surveys=False)
        p = fixed_run(f, c, f.at(r.randint(3, 6), 9, 17), W.PROBLEMS[i + 4], "web", lang2=c.second)
        c.truth.update(
            {"problems": [p], "trouble_starts_at": p["raised_at"], "confirm_language": c.second}
        )
    return f


B2B_ACCOUNTS: list[tuple[str, str, str, str, str]] = [
    # kind, language, market, site, company
    ("at_risk", "pt", "PT", "school", "Agrupamento de Escolas do Alto Lumiar"),
    ("at_risk", "it", "IT", "school", "Istituto Comprensivo Ponte Ruffo"),
    ("at_risk", "pt", "PT", "club", "Clube Desportivo Ribeirinha"),
    ("at_risk", "it", "IT", "club", "ASD Polisportiva Valsessa"),
    ("at_risk", "de", "DE", "school", "Grundschule am Lindenhang"),
    ("one_unhappy", "pt", "PT", "choir", "Coro Infantil Vozes do Tejo"),
    ("one_unhappy", "it", "CH", "school", "Scuola Media Castagnola"),
    ("one_unhappy", "es", "ES", "school", "Colegio Alameda Norte"),
    ("one_unhappy", "fr", "BE", "club", "Royal Étoile Sportive Jambes"),
    ("mild", "it", "IT", "nursery", "Scuola dell'Infanzia Girasole"),
    ("mild", "pt", "PT", "school", "Colégio Quinta das Faias"),
    ("mild", "en", "IE", "school", "St Brigid's National School"),
    ("happy", "it", "IT", "club", "US Calcio Borgoleone"),
    ("happy", "pt", "PT", "club", "Academia de Judo Marés"),
    ("happy", "de", "AT", "school", "Volksschule Kirchfeld"),
]
TITLES = [
    "school bursar",
    "head teacher",
    "club secretary",
    "office manager",
    "PE coordinator",
    "treasurer",
]


def b2b_accounts() -> Fam:
    f = Fam("b2b_accounts", "BB", 7, d(2026, 7, 20), 14, "schools and clubs buying on account")
    r = f.rng
    risk_probs = ["invoice", "portal", "service_blocked", "overbilled", "invoice"]
    risk_n = [3, 3, 3, 4, 4]
    one_probs = ["service_blocked", "overbilled", "portal", "invoice"]
    ri = oi = 0
    wed = f.start + timedelta(days=2)
    for n, (kind, lang, market, site, company) in enumerate(B2B_ACCOUNTS):
        while True:
            acc = f"GBE-{market}-{r.randrange(1000, 9999)}"
            if unique(acc):
                break
        dom = strip_accents(company.lower()).replace("'", "").replace(" ", "")[:14] + ".example"
        unique(dom)
        size = {
            "at_risk": r.randint(4, 6),
            "one_unhappy": 3,
            "mild": r.randint(3, 4),
            "happy": r.randint(3, 4),
        }[kind]
        if kind == "at_risk":
            size = max(size, risk_n[ri] + 1)
        contacts: list[Cust] = []
        firsts: set[str] = set()
        for _ in range(size):
            while True:
                c = f.person(
                    "b2b_happy",
                    "contact",
                    lang=lang,
                    market=market,
                    segment="b2b",
                    account=acc,
                    company_domain=dom,
                )
                fn = c.truth["name"].split()[0]
                if fn not in firsts:
                    firsts.add(fn)
                    break
                del f.custs[c.key]
            title = r.choice(TITLES)
            c.truth.update(
                {"company": company, "role": "contact", "job_title": title, "job": title}
            )
            contacts.append(c)
        unhappy: list[Cust] = []
        acct: dict[str, Any] = {
            "company": company,
            "site": site,
            "contacts": size,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": 0,
            "unhappy_contact_keys": [],
            "at_risk": kind == "at_risk",
            "expected_rules": [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        if kind == "at_risk":
            prob = risk_probs[ri]
            k = risk_n[ri]
            ri += 1
            unhappy = contacts[:k]
            ref = f.ref()
            t = f.office(wed + timedelta(hours=r.uniform(8, 15)))
            comp = r.choice(W.COMPETITORS)
            first_name = unhappy[0].truth["name"].split()[0]
            for j, c in enumerate(unhappy):
                c.truth.update(
                    {
                        "persona": "b2b_unhappy",
                        "habit": "complainer",
                        "role": "complainer",
                        "tolerated_rules": list(TOL_B2B_RISK),
                        "problem": prob,
                        "booking": ref,
                        "trouble_starts_at": iso(t),
                    }
                )
                p = f.pick(W.B2B_TEXT[prob], lang)
                if j == 0:
                    eid = f.add(
                        t,
                        c,
                        "email",
                        "message",
                        f.pick(W.B2B_FIRST, lang, company=company, p=p),
                        subject=W.COMPLAINT_SUBJECT[lang].format(topic=W.PRO),
                    )
                    f.add(
                        f.office(t + timedelta(minutes=r.randint(30, 120))),
                        c,
                        "email",
                        "message",
                        f.pick(W.B2B_ACK, lang, ref=ref),
                        subject=W.CASE_SUBJECT[lang].format(ref=ref),
                        out=True,
                    )
                else:
                    eid = f.add(
                        t,
                        c,
                        "email",
                        "message",
                        f.pick(
                            W.B2B_LATER, lang, who=first_name, day=W.WEEKDAY[lang][2], ref=ref, p=p
                        ),
                        subject=W.CASE_SUBJECT[lang].format(ref=ref),
                    )
                ids = [eid]
                if j < k - 1:
                    n_ = r.randint(1, 5)
                    sid = f.survey(f.office(t + timedelta(hours=r.uniform(1, 3))), c, "nps", n_)
                    c.truth.update(
                        {
                            "expected_rules": ["detractor"],
                            "nps_given": True,
                            "nps": n_,
                            "survey_event_id": sid,
                        }
                    )
                else:
                    tl = f.office(t + timedelta(hours=r.uniform(18, 40)))
                    if ri == 1:
                        ids.append(
                            f.add(
                                tl,
                                c,
                                "email",
                                "message",
                                f.pick(W.B2B_LAST_MAIL, lang, ref=ref, comp=comp),
                                subject=W.CASE_SUBJECT[lang].format(ref=ref),
                            )
                        )
                        c.truth["competitor"] = comp
                    else:
                        ids.append(
                            f.add(tl, c, "phone", "call", f.pick(W.B2B_LAST_CALL, lang, ref=ref))
                        )
                    c.truth["expected_rules"] = ["repeat_contact"]
                c.truth["tolerated_rules"] = [
                    x for x in TOL_B2B_RISK if x not in c.truth["expected_rules"]
                ]
                c.truth["complaint_event_ids"] = ids
                if j == 0:
                    acct["trouble_starts_at"] = iso(t)
                t = f.office(t + timedelta(hours=r.uniform(8, 28)))
            acct.update({"expected_rules": ["account_risk"], "same_problem": prob})
        elif kind == "one_unhappy":
            prob = one_probs[oi]
            oi += 1
            c = contacts[0]
            unhappy = [c]
            ref = f.ref()
            t = f.office(f.start + timedelta(days=r.randint(3, 7), hours=r.uniform(8, 16)))
            eid = f.add(
                t,
                c,
                "email",
                "message",
                f.pick(W.B2B_FIRST, lang, company=company, p=f.pick(W.B2B_TEXT[prob], lang)),
                subject=W.COMPLAINT_SUBJECT[lang].format(topic=W.BRAND + " " + W.PRO),
            )
            f.add(
                f.office(t + timedelta(minutes=r.randint(30, 120))),
                c,
                "email",
                "message",
                f.pick(W.B2B_ACK, lang, ref=ref),
                subject=W.CASE_SUBJECT[lang].format(ref=ref),
                out=True,
            )
            n_ = r.randint(1, 5)
            sid = f.survey(f.office(t + timedelta(hours=r.uniform(1, 3))), c, "nps", n_)
            c.truth.update(
                {
                    "persona": "b2b_one_unhappy",
                    "habit": "complainer",
                    "role": "complainer",
                    "expected_rules": ["detractor"],
                    "tolerated_rules": list(TOL_B2B_ONE),
                    "problem": prob,
                    "booking": ref,
                    "complaint_event_ids": [eid],
                    "nps_given": True,
                    "nps": n_,
                    "survey_event_id": sid,
                    "trouble_starts_at": iso(t),
                }
            )
        elif kind == "mild":
            for c in contacts[:2]:
                t = f.office(f.start + timedelta(days=r.randint(2, 9), hours=r.uniform(8, 16)))
                mid = f.add(
                    t,
                    c,
                    "web",
                    "ticket",
                    f.pick(W.B2B_SUGGEST, lang),
                    attrs={"page": "/escola/portal"},
                )
                f.add(
                    f.office(t + timedelta(minutes=r.randint(40, 180))),
                    c,
                    "email",
                    "message",
                    f.pick(W.B2B_SUGGEST_ACK, lang),
                    out=True,
                )
                c.truth.update(
                    {
                        "persona": "b2b_mild",
                        "habit": "suggests",
                        "role": "suggests",
                        "tolerated_rules": list(TOL_SILENCE),
                        "mild_event_id": mid,
                        "trouble_starts_at": iso(t),
                    }
                )
        acct["unhappy_contacts"] = len(unhappy)
        acct["unhappy_contact_keys"] = [c.key for c in unhappy]
        f.accounts[acc] = acct
        for c in contacts:
            routine = c.truth["persona"] == "b2b_happy"
            acts = r.randint(2, 5) if routine else r.randint(0, 2)
            for _ in range(acts):
                day = r.randint(0, 13) if routine else r.randint(0, 1)
                t = f.start + timedelta(days=day, hours=r.uniform(8, 16.5))
                while t.weekday() >= 5:
                    t += timedelta(days=1)
                act = r.choice(["chat", "buy", "view"] + (["praise", "survey"] if routine else []))
                if act == "chat":
                    f.add(t, c, "chat", "chat", f.pick(W.B2B_QUESTION, lang))
                    f.add(
                        t + timedelta(minutes=r.randint(1, 6)),
                        c,
                        "chat",
                        "chat",
                        f.pick(W.ANSWERS, lang),
                        out=True,
                    )
                    if r.random() < 0.6:
                        f.add(
                            t + timedelta(minutes=r.randint(8, 12)),
                            c,
                            "chat",
                            "chat",
                            f.pick(W.THANKS, lang),
                        )
                elif act == "buy":
                    f.purchase(t, c, pro=True)
                elif act == "view":
                    f.add(t, c, "web", "page_view", attrs={"page": r.choice(W.PRO_PAGES)})
                elif act == "praise":
                    f.add(t, c, "community", "post", f.pick(W.B2B_PRAISE, lang))
                else:
                    f.happy_survey(t, c, lang)
        _ = n
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike", "TS", 8, d(2026, 9, 7), 7, "a calm week, then one Saturday-morning incident"
    )
    r = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        for _ in range(r.randint(1, 4)):
            day = r.randint(0, 5)
            f.happy_act(f.at(day, 12 if day == 5 else 7, 19), c)
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once")
        c.truth["tolerated_rules"] = list(TOL_SILENCE)
        t = f.at(0, 9, 16)
        gid = f.add(t, c, "chat", "chat", f.pick(W.CALM_GRUMBLE, c.lang))
        f.add(
            t + timedelta(minutes=r.randint(1, 5)),
            c,
            "chat",
            "chat",
            f.pick(W.MILD_ANSWER, c.lang),
            out=True,
        )
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(t)})
    for lang, hh in (("pt", 9.67), ("it", 16.08)):
        c = f.person("grumbles_once", "lone question", lang=lang)
        c.truth["tolerated_rules"] = list(TOL_SILENCE)
        t = f.start + timedelta(days=4, hours=hh)
        lid = f.add(t, c, "chat", "chat", f.pick(W.LONE_QUESTION, lang))
        f.add(t + timedelta(minutes=3), c, "chat", "chat", f.pick(W.LONE_ANSWER, lang), out=True)
        c.truth.update({"lone_report_event_id": lid, "trouble_starts_at": iso(t)})
    s0 = d(2026, 9, 12) + timedelta(hours=9, minutes=5)
    langs = ["pt"] * 6 + ["it"] * 6 + ["de", "de", "en", "en", "es", "es", "fr", "fr"]
    r.shuffle(langs)
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(chans)
    offs = sorted([0, 45] + [r.randint(1, 44) for _ in range(18)])
    reporters: list[tuple[Cust, datetime, str, str]] = []
    for i in range(20):
        regular = i < 12
        c = f.person("spike_reporter", "regular" if regular else "new", lang=langs[i])
        c.truth["tolerated_rules"] = list(TOL_SILENCE)
        if regular:
            for _ in range(r.randint(1, 3)):
                f.happy_act(f.at(2, 8, 17.5), c, surveys=False)
        t = s0 + timedelta(minutes=offs[i], seconds=r.randint(0, 50) if 0 < offs[i] < 45 else 0)
        ch = chans[i]
        text = f.pick(W.SPIKE_REPORT, c.lang, code=W.CODE)
        if ch == "social":
            eid = f.add(t, c, "social", "mention", text)
        elif ch == "community":
            eid = f.add(t, c, "community", "post", text)
        elif ch == "chat":
            eid = f.add(t, c, "chat", "chat", text)
            f.add(
                t + timedelta(minutes=r.randint(1, 3)),
                c,
                "chat",
                "chat",
                f.pick(W.SPIKE_CHAT_ANSWER, c.lang),
                out=True,
            )
        elif ch == "email":
            eid = f.add(t, c, "email", "message", text, subject=W.CODE)
        else:
            eid = f.add(t, c, "web", "ticket", text, attrs={"page": "/checkout"})
        c.truth.update(
            {
                "in_spike": True,
                "regular": regular,
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
                "agent_fixed": False,
            }
        )
        reporters.append((c, t, ch, eid))
    early = [x for x in reporters if x[1] <= s0 + timedelta(minutes=30)]
    rep = r.sample(early, 6)
    rep_ids = []
    second = ["email", "email", "chat", "chat", "community", "community"]
    for (c, t, ch, _), ch2 in zip(rep, second, strict=True):
        if ch2 == ch:
            ch2 = "web"
        t2 = t + timedelta(minutes=r.randint(15, 50))
        text = f.pick(W.SPIKE_AGAIN, c.lang, code=W.CODE)
        if ch2 == "chat":
            rid = f.add(t2, c, "chat", "chat", text)
            f.add(
                t2 + timedelta(minutes=2),
                c,
                "chat",
                "chat",
                f.pick(W.SPIKE_CHAT_ANSWER, c.lang),
                out=True,
            )
        elif ch2 == "email":
            rid = f.add(t2, c, "email", "message", text, subject=W.CODE)
        elif ch2 == "web":
            rid = f.add(t2, c, "web", "ticket", text, attrs={"page": "/checkout"})
        else:
            rid = f.add(t2, c, "community", "post", text)
        c.truth.update(
            {
                "persona": "spike_repeater",
                "expected_rules": ["repeat_contact"],
                "tolerated_rules": ["sentiment_drop", "silence"],
                "repeat_event_id": rid,
            }
        )
        rep_ids.append(rid)
    others = [x for x in reporters if x not in rep]
    for c, _t, _ch, _e in r.sample(others, 6):
        local = "11:20" if c.market in ("UK", "IE", "PT") else "12:20"
        credit = {"UK": "£4", "CH": "CHF 5"}.get(c.market, "5 €" if c.lang != "en" else "€5")
        f.add(
            s0 + timedelta(hours=2, minutes=r.randint(5, 14)),
            c,
            "email",
            "message",
            f.pick(W.SPIKE_FIXED, c.lang, time=local, credit=credit),
            subject=W.CODE,
            out=True,
        )
        c.truth["agent_fixed"] = True
    f.spike = {
        "topic": f"school-uniform shop checkout refuses every card payment on app and web: no order can be paid, error {W.CODE}",
        "about": "checkout / payment failure",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": [x[0].key for x in reporters],
        "event_ids": [x[3] for x in reporters],
        "repeat_event_ids": rep_ids,
    }
    return f


FAMILIES: list[tuple[Any, dict[str, int]]] = [
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
    USED.clear()
    tot = [0, 0, 0]
    for build, exp in FAMILIES:
        fam = build()
        n = fam.write(exp)
        print(fam.name, *n)
        tot = [a + b for a, b in zip(tot, n, strict=True)]
    print("total", *tot)


if __name__ == "__main__":
    main()
