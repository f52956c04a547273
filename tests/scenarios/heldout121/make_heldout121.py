"""Write tests/scenarios/heldout121/: eight hand-written report families (Risolva).

Standalone and deterministic: standard library only, run as ``python make_heldout121.py``
from anywhere. Each customer's persona decides every act; the wording modules beside
this file hold the words.
"""

# ruff: noqa: E501

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

BRAND = "Risolva"
COMPETITORS = ("Talonzo", "Sohlwerk")
ERROR = "KZ-7719/H"
SEED = 20261114
WRITTEN = "2026-12-05"

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
CANCEL_TOL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
GRUMPY_TOL = ["repeat_contact", "silence"]
SIL = ["silence"]
SPIKE_REPEAT_TOL = ["sentiment_drop", "silence"]
B2B_RISK_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
B2B_ONE_TOL = ["sentiment_drop", "high_value_at_risk", "silence"]

LANG_WEIGHTS = [("fr", 30), ("pt", 30), ("en", 10), ("de", 10), ("es", 10), ("it", 10)]
MARKETS: dict[str, list[str]] = {
    "fr": ["FR", "FR", "FR", "BE", "CH", "LU"],
    "pt": ["PT"],
    "en": ["UK", "UK", "IE"],
    "de": ["DE", "DE", "AT", "CH"],
    "es": ["ES"],
    "it": ["IT", "IT", "CH"],
}
SPOKEN: dict[str, set[str]] = {
    "FR": {"fr"},
    "BE": {"fr"},
    "LU": {"fr", "de", "pt"},
    "CH": {"fr", "de", "it"},
    "PT": {"pt"},
    "UK": {"en"},
    "IE": {"en"},
    "DE": {"de"},
    "AT": {"de"},
    "ES": {"es"},
    "IT": {"it"},
}
PHONE: dict[str, tuple[str, list[str], int]] = {
    "FR": ("33", ["6", "7"], 8),
    "BE": ("32", ["47", "48", "49"], 7),
    "CH": ("41", ["76", "78", "79"], 7),
    "LU": ("352", ["621", "661", "691"], 6),
    "PT": ("351", ["91", "92", "93", "96"], 7),
    "UK": ("44", ["74", "75", "77", "78"], 8),
    "IE": ("353", ["83", "85", "86", "87"], 7),
    "DE": ("49", ["151", "160", "170", "176"], 8),
    "AT": ("43", ["650", "660", "664", "676"], 7),
    "ES": ("34", ["6", "7"], 8),
    "IT": ("39", ["32", "33", "34", "39"], 8),
}
FIRST: dict[str, list[str]] = {
    "fr": [
        "Camille",
        "Léa",
        "Manon",
        "Chloé",
        "Julie",
        "Élodie",
        "Nathalie",
        "Sophie",
        "Hugo",
        "Louis",
        "Thomas",
        "Nicolas",
        "Mathieu",
        "Aurélie",
        "Claire",
        "Sébastien",
        "Yasmine",
        "Karim",
        "Océane",
        "Pauline",
    ],
    "pt": [
        "Ana",
        "Beatriz",
        "Inês",
        "Mariana",
        "Catarina",
        "Sofia",
        "Joana",
        "Rita",
        "João",
        "Pedro",
        "Rui",
        "Miguel",
        "Tiago",
        "Diogo",
        "Filipa",
        "Teresa",
        "Nuno",
        "Sara",
        "Marta",
        "Gonçalo",
    ],
    "en": [
        "Emma",
        "Olivia",
        "Grace",
        "Siobhan",
        "James",
        "Oliver",
        "Conor",
        "Harry",
        "Niamh",
        "Lucy",
    ],
    "de": [
        "Anna",
        "Lena",
        "Julia",
        "Katrin",
        "Jonas",
        "Felix",
        "Stefan",
        "Tobias",
        "Miriam",
        "Sabine",
    ],
    "es": [
        "Lucía",
        "Marta",
        "Carmen",
        "Elena",
        "Javier",
        "Sergio",
        "Pablo",
        "Irene",
        "Raúl",
        "Nerea",
    ],
    "it": [
        "Giulia",
        "Francesca",
        "Chiara",
        "Sara",
        "Luca",
        "Matteo",
        "Davide",
        "Elisa",
        "Paolo",
        "Marta",
    ],
}
SURNAMES: dict[str, list[str]] = {
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Lefèvre",
        "Moreau",
        "Girard",
        "Roux",
        "Fournier",
        "Morel",
        "Mercier",
        "Blanc",
        "Guérin",
        "Faure",
        "Chevalier",
        "Lambert",
        "Bonnet",
        "Perrin",
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
        "Gomes",
        "Lopes",
        "Marques",
        "Almeida",
        "Ribeiro",
        "Pinto",
        "Carvalho",
    ],
    "en": [
        "Walsh",
        "Murphy",
        "Taylor",
        "Brown",
        "Byrne",
        "Evans",
        "Hughes",
        "Kelly",
        "Wright",
        "Cooper",
    ],
    "de": [
        "Müller",
        "Schmidt",
        "Schneider",
        "Fischer",
        "Weber",
        "Becker",
        "Hoffmann",
        "Koch",
        "Wagner",
        "Krause",
    ],
    "es": [
        "García",
        "Martínez",
        "López",
        "Sánchez",
        "Romero",
        "Navarro",
        "Torres",
        "Ruiz",
        "Díaz",
        "Moreno",
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
    ],
}
JOBS: dict[str, list[str]] = {
    "fr": [
        "infirmière",
        "professeur des écoles",
        "comptable",
        "boulanger",
        "architecte",
        "kinésithérapeute",
        "étudiante",
        "commerciale",
    ],
    "pt": [
        "enfermeira",
        "professor",
        "contabilista",
        "engenheira",
        "farmacêutica",
        "estudante",
        "cozinheiro",
        "advogada",
    ],
    "en": ["nurse", "teacher", "accountant", "plumber", "student", "solicitor"],
    "de": ["Pflegerin", "Lehrer", "Buchhalterin", "Ingenieur", "Studentin", "Apotheker"],
    "es": ["enfermera", "profesor", "contable", "arquitecta", "estudiante", "cocinero"],
    "it": ["infermiera", "insegnante", "commercialista", "ingegnere", "studentessa", "cuoco"],
}
TOWNS: dict[str, list[str]] = {
    "FR": ["Lyon", "Lille", "Nantes", "Bordeaux", "Rennes", "Toulouse", "Paris", "Grenoble"],
    "BE": ["Liège", "Namur", "Bruxelles", "Charleroi"],
    "CH": ["Lausanne", "Genève", "Zürich", "Lugano", "Bern"],
    "LU": ["Luxembourg", "Esch-sur-Alzette"],
    "PT": ["Lisboa", "Porto", "Braga", "Coimbra", "Aveiro", "Faro", "Setúbal", "Viseu"],
    "UK": ["Leeds", "Bristol", "York", "Manchester"],
    "IE": ["Dublin", "Cork", "Galway"],
    "DE": ["Köln", "Hamburg", "Leipzig", "München"],
    "AT": ["Wien", "Graz", "Linz"],
    "ES": ["Madrid", "Sevilla", "Valencia", "Bilbao"],
    "IT": ["Milano", "Torino", "Bologna", "Roma"],
}
DOMAINS = [
    "mail.example",
    "post.example",
    "inbox.example",
    "courriel.example",
    "correio.example",
    "web.example",
]
SOURCES = {
    "email": "risolva-mail",
    "phone": "risolva-voice",
    "social": "risolva-social",
    "community": "risolva-forum",
    "chat": "risolva-chat",
    "web": "risolva-web",
    "survey": "risolva-survey",
}

USED: set[str] = set()


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(text: str) -> str:
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
        text = text.replace(a, b)
    out = []
    for ch in text:
        if ch in "ßñÑ":
            out.append(ch)
            continue
        base = unicodedata.normalize("NFD", ch)
        out.append("".join(x for x in base if not unicodedata.combining(x)))
    return "".join(out)


def spoken(text: str) -> str:
    """A speech-to-text transcript: no punctuation, lower-case start."""
    kept = "".join(ch for ch in text if ch not in '.,!?;:«»“„"()')
    kept = " ".join(kept.split())
    return kept[:1].lower() + kept[1:] if kept else kept


def money(market: str, value: float, lang: str) -> str:
    if market == "UK":
        return f"£{round(value * 0.86)}"
    if market == "CH":
        return f"CHF {round(value * 0.94)}"
    if lang == "en":
        return f"€{value:.2f}".replace(".00", "")
    return f"{value:.2f} €".replace(".", ",").replace(",00", "")


def currency(market: str) -> tuple[str, float]:
    if market == "UK":
        return "GBP", 0.86
    if market == "CH":
        return "CHF", 0.94
    return "EUR", 1.0


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    name: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    truth: dict[str, Any]
    langs: list[str] = field(default_factory=list)


@dataclass
class Row:
    at: datetime
    seq: int
    cust: Cust
    data: dict[str, Any]
    out: bool


class Fam:
    def __init__(
        self, n: int, name: str, code: str, start: datetime, days: int, about: str
    ) -> None:
        self.n = n
        self.name = name
        self.code = code
        self.start = start
        self.days = days
        self.about = about
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.rows: list[Row] = []
        self.custs: dict[str, Cust] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.seq = 0

    # -- people ---------------------------------------------------------
    def lang(self) -> str:
        langs = [lang for lang, _ in LANG_WEIGHTS]
        return self.rng.choices(langs, weights=[w for _, w in LANG_WEIGHTS])[0]

    def unique(self, make: Any) -> str:
        while True:
            value = str(make())
            if value.lower() not in USED:
                USED.add(value.lower())
                return value

    def person(
        self,
        persona: str,
        habit: str,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        lang: str | None = None,
        market: str | None = None,
        account: str | None = None,
        domain: str | None = None,
        first: str | None = None,
    ) -> Cust:
        rng = self.rng
        lang = lang or self.lang()
        market = market or rng.choice(MARKETS[lang])
        fn = first or rng.choice(FIRST[lang])
        sn = rng.choice(SURNAMES[lang])
        key = self.unique(lambda: f"RS{self.code}{rng.randint(1000, 9999)}")
        plain_f = strip_accents(fn).lower().replace("ß", "ss")
        plain_s = strip_accents(sn).lower().replace("ß", "ss").replace(" ", "")
        if domain:
            email = self.unique(lambda: f"{plain_f}.{plain_s}@{domain}")
        else:
            email = self.unique(
                lambda: (
                    rng.choice(
                        [
                            f"{plain_f}.{plain_s}",
                            f"{plain_f[0]}{plain_s}",
                            f"{plain_s}.{plain_f}{rng.randint(1, 99)}",
                            f"{plain_f}{rng.randint(70, 99)}",
                        ]
                    )
                    + "@"
                    + rng.choice(DOMAINS)
                )
            )
        cc, prefixes, rest = PHONE[market]
        phone = self.unique(
            lambda: (
                "+"
                + cc
                + rng.choice(prefixes)
                + "".join(str(rng.randint(0, 9)) for _ in range(rest))
            )
        )
        handle: str | None = None
        if account is None:
            handle = self.unique(
                lambda: (
                    "@"
                    + rng.choice(
                        [
                            f"{plain_s}_{plain_f}{rng.randint(1, 9)}",
                            f"{plain_f}{plain_s}{rng.randint(10, 99)}",
                            f"{plain_s}{plain_f[0]}",
                            f"{plain_f}_{plain_s}",
                        ]
                    )
                )
            )
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
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
            "name": f"{fn} {sn}",
            "job": rng.choice(JOBS[lang]),
            "town": rng.choice(TOWNS[market]),
        }
        c = Cust(key, lang, market, f"{fn} {sn}", email, phone, handle, account, truth, [lang])
        self.custs[key] = c
        return c

    # -- touchpoints ----------------------------------------------------
    def at(self, day: int, h0: float, h1: float) -> datetime:
        minutes = self.rng.randint(int(h0 * 60), int(h1 * 60) - 1)
        return self.start + timedelta(days=day, minutes=minutes, seconds=self.rng.randint(0, 59))

    def later(self, t: datetime, m0: float, m1: float) -> datetime:
        return t + timedelta(minutes=self.rng.uniform(m0, m1), seconds=self.rng.randint(0, 59))

    @staticmethod
    def day_only(t: datetime, h0: int = 7, h1: int = 22) -> datetime:
        """Move a time out of the night to the next morning (08:00-09:00)."""
        if t.hour >= h1:
            t = (t + timedelta(days=1)).replace(hour=8, minute=t.minute % 60)
        elif t.hour < h0:
            t = t.replace(hour=8, minute=t.minute % 60)
        return t

    def pick(self, table: dict[str, list[str]], lang: str) -> str:
        return self.rng.choice(table[lang])

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.1:
            text = strip_accents(text)
        if r.random() < 0.125 and text[:1].isupper() and not text[:2].isupper():
            text = text[:1].lower() + text[1:]
        if r.random() < 1 / 7:
            words = text.split(" ")
            spots = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
            if spots:
                i = r.choice(spots)
                w = words[i]
                j = r.randint(1, len(w) - 3)
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
        agent: str | None = None,
    ) -> str:
        self.seq += 1
        eid = f"rs121-{self.code.lower()}-{self.seq:05d}"
        if text is not None and not out:
            if channel == "social" and c.account is None:
                if BRAND in text:
                    i = text.rfind(BRAND)
                    text = text[:i] + "@" + text[i:]
                else:
                    text = "@" + BRAND + " " + text
            if channel not in ("phone", "survey"):
                text = self.roughen(text)
        attributes: dict[str, str] = {"market": c.market}
        if c.account:
            attributes["segment"] = "b2b"
        if attrs:
            attributes.update(attrs)
        if agent:
            attributes["agent"] = agent
        data: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": iso(t),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "text": text,
            "subject": subject,
            "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
            "source": SOURCES[channel],
            "attributes": attributes,
        }
        self.rows.append(Row(t, self.seq, c, data, out))
        return eid

    def agent(self, lang: str) -> str:
        name: str = self.rng.choice(W.AGENTS[lang])
        return name

    def reply(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        table: dict[str, list[str]],
        lang: str | None = None,
        subject: str | None = None,
        **fmt: str,
    ) -> str:
        lang = lang or c.lang
        name = self.agent(lang) if c.account is None else self.rng.choice(B.AGENTS[lang])
        text = self.pick(table, lang).format(agent=name, **fmt)
        kind = "chat" if channel == "chat" else "message"
        return self.add(c, t, channel, kind, text, subject=subject, out=True, agent=name)

    # -- happy acts -----------------------------------------------------
    def purchase(self, c: Cust, t: datetime, b2b: bool = False) -> str:
        page = (
            self.rng.choice(
                ["/repairs/resole", "/repairs/heels", "/repairs/zips", "/repairs/bags", "/prices"]
            )
            if not b2b
            else "/pro/orders"
        )
        self.add(c, t, "web", "page_view", attrs={"page": page})
        prod, price = self.rng.choice(B.PRODUCTS if b2b else W.PRODUCTS)
        cur, rate = currency(c.market)
        return self.add(
            c,
            self.later(t, 2, 9),
            "web",
            "purchase",
            attrs={
                "order_value": f"{price * rate:.2f}",
                "currency": cur,
                "product": prod,
                "page": page,
            },
        )

    def post(self, c: Cust, t: datetime, text: str) -> str:
        if self.rng.random() < 0.55:
            return self.add(c, t, "social", "mention", text)
        return self.add(c, t, "community", "post", text.replace("@" + BRAND, BRAND))

    def happy(
        self,
        c: Cust,
        t: datetime,
        surveys: bool = True,
        lang: str | None = None,
        kinds: list[str] | None = None,
    ) -> str:
        lang = lang or c.lang
        options = kinds or [
            "praise",
            "praise",
            "again",
            "gripe",
            "chat",
            "email",
            "phone",
            "buy",
            "buy",
            "view",
            "review",
        ] + (["survey"] if surveys else [])
        k = self.rng.choice(options)
        if k == "praise":
            return self.post(c, t, self.pick(W.PRAISE, lang).format(brand=BRAND))
        if k == "again":
            return self.post(c, t, self.pick(W.PRAISE_AGAIN, lang).format(brand=BRAND))
        if k == "gripe":
            return self.post(c, t, self.pick(W.PRAISE_GRIPE, lang).format(brand=BRAND))
        if k == "chat":
            e = self.add(c, t, "chat", "chat", self.pick(W.QUESTION_CHAT, lang))
            a = self.later(t, 1, 5)
            self.reply(c, a, "chat", W.ANSWER_CHAT, lang)
            if self.rng.random() < 0.6:
                self.add(c, self.later(a, 1, 3), "chat", "chat", self.pick(W.THANKS, lang))
            return e
        if k == "email":
            subj, body = self.rng.choice(W.EMAIL_QUESTION[lang])
            e = self.add(c, t, "email", "message", body, subject=subj)
            self.reply(
                c,
                self.day_only(self.later(t, 40, 180)),
                "email",
                W.EMAIL_ANSWER,
                lang,
                subject="RE: " + subj,
            )
            return e
        if k == "phone":
            e = self.add(c, t, "phone", "call", self.pick(W.PHONE_QUESTION, lang))
            self.reply(c, self.later(t, 10, 30), "email", W.PHONE_FOLLOWUP, lang)
            return e
        if k == "buy":
            return self.purchase(c, t)
        if k == "view":
            return self.add(c, t, "web", "page_view", attrs={"page": self.rng.choice(W.PAGES)})
        if k == "review":
            return self.add(
                c,
                t,
                "web",
                "review",
                self.pick(W.REVIEW, lang),
                attrs={"rating": self.rng.choice(["5", "5", "4"]), "page": "/reviews"},
            )
        return self.survey(c, t, lang)

    def survey(self, c: Cust, t: datetime, lang: str | None = None) -> str:
        lang = lang or c.lang
        which = self.rng.choice(["nps", "csat", "ces"])
        value = {
            "nps": self.rng.choice([9, 10]),
            "csat": self.rng.choice([4, 5]),
            "ces": self.rng.choice([6, 7]),
        }[which]
        word = self.pick(W.SURVEY_WORD, lang) or None
        return self.add(
            c, t, "survey", "survey_response", word, scores={which: value}, attrs={"survey": which}
        )

    def low_survey(self, c: Cust, t: datetime, which: str, value: int) -> str:
        words = {
            "fr": ["Déçue", "Nul", None],
            "pt": ["Péssimo", "Muito mau", None],
            "en": ["Poor", None],
            "de": ["Schlecht", None],
            "es": ["Fatal", None],
            "it": ["Pessimo", None],
        }
        word = self.rng.choice(words[c.lang])
        return self.add(
            c, t, "survey", "survey_response", word, scores={which: value}, attrs={"survey": which}
        )

    def new_case(self) -> str:
        return self.unique(lambda: f"RV-{self.rng.randint(100000, 999999)}")

    # -- output ---------------------------------------------------------
    def finish(self, expected: dict[str, int]) -> tuple[str, str]:
        rows = sorted(self.rows, key=lambda r: (r.at, r.seq))
        first_in: dict[str, int] = {}
        for r in rows:
            if not r.out and r.cust.key not in first_in:
                first_in[r.cust.key] = r.seq
        lines = []
        for r in rows:
            c = r.cust
            full = r.out or first_in.get(c.key) == r.seq
            ch = r.data["channel"]
            ref: dict[str, Any] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            if full:
                ref.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
            elif ch == "phone":
                ref["phone"] = (
                    c.phone
                    if self.rough.random() < 0.5
                    else c.phone[: len(PHONE[c.market][0]) + 1]
                    + " "
                    + c.phone[len(PHONE[c.market][0]) + 1 :]
                )
            elif ch in ("social", "community"):
                if c.handle:
                    ref["handle"] = c.handle if self.rough.random() < 0.8 else c.handle.lstrip("@")
                else:
                    ref["email"] = c.email
            elif ch == "email":
                ref["email"] = c.email.upper() if self.rough.random() < 1 / 12 else c.email
            else:
                ref["customer_id"] = c.key
            d = dict(r.data)
            d["customer"] = ref
            order = [
                "event_id",
                "occurred_at",
                "channel",
                "kind",
                "direction",
                "customer",
                "text",
                "subject",
                "scores",
                "source",
                "attributes",
            ]
            lines.append(json.dumps({k: d[k] for k in order}, ensure_ascii=False))
            if r.at.year != 2026 or r.at < self.start or r.at >= datetime(2026, 11, 15, tzinfo=UTC):
                raise SystemExit(f"{self.name}: touchpoint out of range {r.data['event_id']}")
        for key in self.custs:
            if key not in first_in:
                raise SystemExit(f"{self.name}: {key} has no inbound touchpoint")
        got: Counter[str] = Counter()
        for c in self.custs.values():
            t = c.truth
            if set(t["expected_rules"]) & set(t["tolerated_rules"]):
                raise SystemExit(f"{self.name}: {c.key} expects and tolerates a rule")
            got.update(t["expected_rules"])
        for a in self.accounts.values():
            got.update(a["expected_rules"])
        if self.spike:
            got["topic_spike"] += 1
        if dict(got) != expected:
            raise SystemExit(f"{self.name}: expected {dict(got)} != planted {expected}")
        end = max(self.start + timedelta(days=self.days), rows[-1].at + timedelta(hours=1))
        if end > datetime(2026, 11, 15, tzinfo=UTC):
            raise SystemExit(f"{self.name}: end out of range")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": f"{BRAND}: shoe, boot and leather-goods repair by post, app and web, with Risolva Pro for firms on account",
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


# -- consumer stories ---------------------------------------------------------


def complaint(
    f: Fam,
    c: Cust,
    t: datetime,
    channel: str,
    problem: str,
    lang: str | None = None,
    long: bool = False,
) -> str:
    lang = lang or c.lang
    rng = f.rng
    _prod, price = rng.choice(W.PRODUCTS)
    amt = money(c.market, price, lang)
    text = W.PROBLEM[problem][lang].format(amt=amt)
    topic = W.PROBLEM_TOPIC[problem][lang]
    subject = W.COMPLAINT_SUBJECT[lang].format(topic=topic)
    if long:
        body = f.pick(W.LONG_EMAIL, lang).format(problem=text, brand=BRAND)
        return f.add(c, t, "email", "message", body, subject=subject)
    if channel == "email":
        body = f.pick(W.SHORT_EMAIL, lang).format(problem=text)
        return f.add(c, t, "email", "message", body[:1].upper() + body[1:], subject=subject)
    if channel == "chat":
        body = f.pick(W.CHAT_COMPLAINT, lang).format(problem=text)
        return f.add(c, t, "chat", "chat", body[:1].upper() + body[1:])
    if channel == "social":
        body = f.pick(W.SOCIAL_COMPLAINT, lang).format(problem=text, brand=BRAND)
        return f.add(c, t, "social", "mention", body[:1].upper() + body[1:])
    if channel == "web":
        return f.add(
            c,
            t,
            "web",
            "ticket",
            f.pick(W.FORM_COMPLAINT, lang).format(problem=text),
            subject=subject,
            attrs={"page": "/help/contact"},
        )
    return f.add(
        c, t, "phone", "call", spoken(f.pick(W.PHONE_COMPLAINT, lang).format(problem=text))
    )


def ack(f: Fam, c: Cust, t: datetime, channel: str, case: str, lang: str | None = None) -> datetime:
    lang = lang or c.lang
    if channel == "chat":
        a = f.later(t, 1, 4)
        f.reply(c, a, "chat", W.AGENT_CHAT_CASE, lang, case=case)
        return a
    a = f.day_only(f.later(t, 10, 40))
    f.reply(
        c,
        a,
        "email",
        W.AGENT_CASE_OPENED,
        lang,
        subject=W.CASE_SUBJECT[lang].format(case=case),
        case=case,
    )
    return a


def later_contact(
    f: Fam,
    c: Cust,
    t: datetime,
    channel: str,
    n: int,
    problem: str,
    case: str,
    comp: str,
    lang: str | None = None,
) -> str:
    lang = lang or c.lang
    _prod, price = f.rng.choice(W.PRODUCTS)
    ptext = W.PROBLEM[problem][lang].format(amt=money(c.market, price, lang))
    if n == 2:
        text = f.pick(W.STILL_OPEN, lang).format(case=case, problem=ptext)
    elif n == 3:
        text = f.pick(W.THIRD_CONTACT, lang).format(case=case, comp=comp)
    else:
        text = f.pick(W.FOURTH_CONTACT, lang).format(case=case, problem=ptext)
    subj = W.CASE_SUBJECT[lang].format(case=case)
    if channel == "email":
        return f.add(c, t, "email", "message", text, subject=subj)
    if channel == "chat":
        e = f.add(c, t, "chat", "chat", text)
        f.reply(c, f.later(t, 1, 4), "chat", W.AGENT_URGENT, lang, case=case)
        return e
    if channel == "phone":
        return f.add(c, t, "phone", "call", spoken(text))
    if channel == "web":
        return f.add(c, t, "web", "ticket", text, subject=subj, attrs={"page": "/help/contact"})
    return f.add(c, t, "social", "mention", text)


def fixed_case(
    f: Fam,
    c: Cust,
    t: datetime,
    channel: str,
    problem: str,
    lang: str | None = None,
    confirm_lang: str | None = None,
) -> dict[str, Any]:
    lang = lang or c.lang
    confirm_lang = confirm_lang or lang
    case = f.new_case()
    e = complaint(f, c, t, channel, problem, lang)
    a = ack(f, c, t, channel, case, lang)
    good = f.day_only(a + timedelta(hours=f.rng.uniform(3, 20)))
    f.reply(
        c,
        good,
        "email",
        W.AGENT_GOOD_NEWS,
        lang,
        subject=W.CASE_SUBJECT[lang].format(case=case),
        case=case,
    )
    conf_at = f.day_only(good + timedelta(hours=f.rng.uniform(8, 30)))
    conf_ch = f.rng.choice(["email", "chat"])
    text = f.pick(W.CONFIRM, confirm_lang).format(case=case)
    if conf_ch == "email":
        ce = f.add(
            c,
            conf_at,
            "email",
            "message",
            text,
            subject=W.CASE_SUBJECT[confirm_lang].format(case=case),
        )
    else:
        ce = f.add(c, conf_at, "chat", "chat", text)
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(good),
        "confirmed_at": iso(conf_at),
        "problem_event_ids": [e],
        "confirm_event_id": ce,
        "channel": channel,
        "confirm_channel": conf_ch,
    }


def happy_days(
    f: Fam, c: Cust, n: int, days: list[int], h0: float = 7, h1: float = 19, surveys: bool = True
) -> list[str]:
    chosen = sorted(f.rng.sample(days, min(n, len(days))))
    return [f.happy(c, f.at(d, h0, h1), surveys=surveys) for d in chosen]


def night_time(f: Fam, d: int) -> datetime:
    return f.start + timedelta(
        days=d, hours=22, minutes=12 + f.rng.randint(0, 378), seconds=f.rng.randint(0, 59)
    )


def night_act(f: Fam, c: Cust, t: datetime) -> str:
    if f.rng.random() < 0.5:
        return f.post(c, t, f.pick(W.NIGHT_POST, c.lang).format(brand=BRAND))
    e = f.add(c, t, "chat", "chat", f.pick(W.NIGHT_QUESTION, c.lang))
    a = f.later(t, 1, 4)
    f.reply(c, a, "chat", W.NIGHT_ANSWER, c.lang)
    f.add(c, f.later(a, 1, 3), "chat", "chat", f.pick(W.THANKS, c.lang))
    return e


def happy_writers() -> Fam:
    f = Fam(
        1,
        "happy_writers",
        "HW",
        day(2026, 3, 9),
        10,
        "happy customers who write often, by day and at night, and survey-only customers",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        happy_days(f, c, f.rng.randint(5, 8), list(range(10)))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in sorted(f.rng.sample(range(9), f.rng.randint(2, 4))):
            night_act(f, c, night_time(f, d))
        for d in sorted(f.rng.sample(range(10), f.rng.randint(2, 3))):
            f.happy(c, f.at(d, 9, 18), kinds=["praise", "buy", "view", "review"])
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in sorted(f.rng.sample(range(10), f.rng.randint(3, 6))):
            f.survey(c, f.at(d, 7, 20))
    return f


def one_bad_day() -> Fam:
    f = Fam(
        2,
        "one_bad_day",
        "BD",
        day(2026, 4, 20),
        12,
        "happy customers with one angry day about one problem, and controls",
    )
    rng = f.rng
    channels = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    problems = [p for p in W.PROBLEM for _ in range(4)]
    rng.shuffle(problems)
    long_langs = ["fr", "fr", "pt", "pt"]
    cased = [i for i, ch in enumerate(channels) if ch != "social"]
    detractors = set(rng.sample(cased, 6))
    csat = set(rng.sample([i for i in cased if i not in detractors], 5))
    good = set(rng.sample(cased, 12))
    apologise = set(rng.sample(sorted(good), 5))
    for i, ch in enumerate(channels):
        det = i in detractors
        c = f.person(
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            ["detractor"] if det else [],
            SIL,
            lang=long_langs.pop() if ch == "long" else None,
        )
        bd = rng.randint(2, 9)
        t = f.at(bd, 8, 20)
        days = [d for d in range(12) if d <= bd - 2 or d >= bd + 3]
        happy_days(f, c, rng.randint(1, 5), days, surveys=False)
        problem = problems[i]
        e = complaint(f, c, t, "email" if ch == "long" else ch, problem, long=ch == "long")
        tr = c.truth
        tr.update(
            problem=problem,
            channel="email" if ch == "long" else ch,
            long_email=ch == "long",
            bad_day_at=iso(t),
            bad_day_event_id=e,
            trouble_starts_at=iso(t),
            problem_event_ids=[e],
            booking=None,
            nps_given=False,
            csat_given=False,
            agent_fixed=False,
            apologised=False,
        )
        if ch == "social":
            continue
        case = f.new_case()
        tr["booking"] = case
        ack(f, c, t, "email" if ch in ("long", "web", "phone") else ch, case)
        if det:
            nps = rng.randint(1, 5)
            s = f.low_survey(c, f.later(t, 100, 140), "nps", nps)
            tr.update(nps_given=True, nps=nps, survey_event_id=s)
        elif i in csat:
            v = rng.randint(1, 2)
            s = f.low_survey(c, f.later(t, 40, 80), "csat", v)
            tr.update(csat_given=True, csat=v, survey_event_id=s)
        if i in good:
            g = f.day_only(t + timedelta(hours=rng.uniform(1, 4)))
            f.reply(
                c,
                g,
                "email",
                W.AGENT_GOOD_NEWS,
                subject=W.CASE_SUBJECT[c.lang].format(case=case),
                case=case,
            )
            tr["agent_fixed"] = True
            if i in apologise:
                at = f.day_only(t + timedelta(hours=rng.uniform(16, 24)))
                at = max(at, g + timedelta(minutes=30))
                if rng.random() < 0.5:
                    ae = f.add(c, at, "chat", "chat", f.pick(W.APOLOGY, c.lang))
                else:
                    ae = f.add(
                        c,
                        at,
                        "email",
                        "message",
                        f.pick(W.APOLOGY, c.lang),
                        subject=W.CASE_SUBJECT[c.lang].format(case=case),
                    )
                tr.update(apologised=True, apology_at=iso(at), apology_event_id=ae)
    for _ in range(8):
        c = f.person("happy", "control")
        happy_days(f, c, rng.randint(4, 7), list(range(12)), surveys=False)
    return f


def repeat_run(
    f: Fam,
    c: Cust,
    first_day: int,
    counts: int,
    first_channel: str,
    quality: bool,
    langs: list[str] | None = None,
) -> None:
    rng = f.rng
    langs = langs or [c.lang]
    problem = rng.choice(list(W.PROBLEM))
    comp = rng.choice(COMPETITORS)
    case = f.new_case()
    t = f.at(first_day, 8, 19)
    t0 = t
    e = complaint(f, c, t, first_channel, problem, langs[0])
    ack(f, c, t, first_channel, case, langs[0])
    if quality:
        q = f.day_only(t + timedelta(minutes=rng.uniform(90, 150)))
        f.reply(
            c,
            q,
            "email",
            W.AGENT_QUALITY_LEAD,
            langs[0],
            subject=W.CASE_SUBJECT[langs[0]].format(case=case),
            case=case,
        )
    others = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != first_channel]
    rng.shuffle(others)
    ids = [e]
    chans = [first_channel]
    for n in range(2, counts + 1):
        t = f.day_only(t + timedelta(hours=rng.uniform(4, 40)))
        ch = others.pop()
        ids.append(later_contact(f, c, t, ch, n, problem, case, comp, langs[(n - 1) % len(langs)]))
        chans.append(ch)
    c.truth.update(
        problem=problem,
        booking=case,
        contacts=counts,
        channels=chans,
        channel=first_channel,
        problem_event_ids=ids,
        trouble_starts_at=iso(t0),
        competitor=comp if counts >= 3 else None,
        agent_passed_on=quality,
    )


def repeat_contacts() -> Fam:
    f = Fam(
        3,
        "repeat_contacts",
        "RC",
        day(2026, 6, 1),
        10,
        "customers who raise the same open problem again, fixed cases, two problems, frequent writers",
    )
    rng = f.rng
    counts = [2] * 4 + [3] * 4 + [4] * 4
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    rng.shuffle(firsts)
    quality = [True] * 6 + [False] * 6
    rng.shuffle(quality)
    for i in range(12):
        c = f.person("repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        for _ in range(rng.randint(1, 3)):
            f.happy(c, f.at(0, 7, 12))
        repeat_run(f, c, rng.randint(1, 4), counts[i], firsts[i], quality[i])
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", [], SIL)
        case = fixed_case(
            f,
            c,
            f.at(rng.randint(1, 5), 8, 19),
            rng.choice(["web", "email", "chat"]),
            rng.choice(list(W.PROBLEM)),
        )
        c.truth.update(
            problems=[case], trouble_starts_at=case["raised_at"], booking=case["booking"]
        )
    for _ in range(3):
        c = f.person("different_problems", "two problems", [], SIL)
        p1, p2 = rng.sample(list(W.PROBLEM), 2)
        d1 = rng.randint(0, 3)
        a = fixed_case(f, c, f.at(d1, 8, 18), rng.choice(["web", "email", "chat"]), p1)
        b = fixed_case(
            f, c, f.at(d1 + rng.randint(4, 5), 8, 18), rng.choice(["web", "email", "chat"]), p2
        )
        c.truth.update(problems=[a, b], trouble_starts_at=a["raised_at"])
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        for d in sorted(rng.sample(range(10), rng.randint(5, 8))):
            f.happy(c, f.at(d, 7, 19), kinds=["chat", "chat", "email", "phone", "praise", "buy"])
    return f


def slide(
    f: Fam, c: Cust, start_day: int, span: int, langs: list[str]
) -> tuple[list[str], str, datetime]:
    rng = f.rng
    comp = rng.choice(COMPETITORS)
    offsets = sorted(rng.sample(range(span * 24 - 2), 5))
    base = f.at(start_day, 8, 12)
    ids = []
    fourth = base
    ratings = ["3", "3", "2", "2", "1", "1"]
    prev = base - timedelta(hours=2)
    for i in range(6):
        t = base if i == 0 else base + timedelta(hours=offsets[i - 1] + rng.uniform(0, 0.9))
        t = f.day_only(t, 8, 21)
        if t < prev + timedelta(hours=1):
            t = prev + timedelta(hours=1, minutes=rng.randint(0, 40))
            t = f.day_only(t, 8, 21)
        prev = t
        lang = langs[i % len(langs)]
        text = W.SLIDE[lang][i].format(brand=BRAND, comp=comp)
        ch = rng.choice(["social", "community", "review"])
        if ch == "review":
            e = f.add(
                c,
                t,
                "web",
                "review",
                text.replace("@" + BRAND, BRAND),
                attrs={"rating": ratings[i], "page": "/reviews"},
            )
        else:
            e = f.post(c, t, text)
        ids.append(e)
        if i == 3:
            fourth = t
    return ids, comp, fourth


def slow_churners() -> Fam:
    f = Fam(
        4,
        "slow_churners",
        "SC",
        day(2026, 7, 6),
        32,
        "sliding customers, leavers, steady, steadily grumpy and sarcastic customers",
    )
    rng = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    rng.shuffle(spans)
    nps_ones = set(rng.sample(range(10), 5))
    for i in range(10):
        det = i in nps_ones
        c = f.person(
            "slow_churner", "slides", ["sentiment_drop"] + (["detractor"] if det else []), SLIDE_TOL
        )
        n_praise = rng.randint(4, 5)
        days = sorted(rng.sample(range(11), n_praise + rng.randint(2, 4)))
        rng.shuffle(days)
        days = sorted(days[:n_praise]) + sorted(days[n_praise:])
        for j, d in enumerate(days):
            if j < n_praise:
                f.happy(c, f.at(d, 7, 19), kinds=["praise", "praise", "again"])
            else:
                f.happy(
                    c,
                    f.at(d, 7, 19),
                    surveys=False,
                    kinds=["chat", "buy", "view", "gripe", "email"],
                )
        sd = rng.randint(12, 16)
        ids, comp, fourth = slide(f, c, sd, spans[i], [c.lang])
        c.truth.update(
            slide_event_ids=ids,
            slide_days=spans[i],
            competitor=comp,
            trouble_starts_at=f.rows[[r.data["event_id"] for r in f.rows].index(ids[0])].data[
                "occurred_at"
            ],
            nps_given=det,
        )
        if det:
            nps = rng.randint(1, 5)
            s = f.low_survey(
                c, f.day_only(fourth + timedelta(hours=rng.uniform(2.5, 3.5))), "nps", nps
            )
            c.truth.update(nps=nps, survey_event_id=s)
    for _ in range(5):
        c = f.person("slow_churner", "asks to cancel", ["churn_intent"], CANCEL_TOL)
        happy_days(f, c, rng.randint(4, 6), list(range(16)), surveys=False)
        t = f.at(rng.randint(17, 23), 8, 19)
        subj, body = rng.choice(W.LEAVE[c.lang])
        e = f.add(c, t, "email", "message", body, subject=subj)
        f.reply(
            c,
            f.day_only(t + timedelta(hours=rng.uniform(1, 5))),
            "email",
            W.AGENT_SORRY_GO,
            subject="RE: " + subj,
        )
        ct = f.day_only(t + timedelta(hours=rng.uniform(20, 30)))
        x = f.add(
            c,
            ct,
            "web",
            "cancellation",
            attrs={"page": "/account/club/cancel", "product": "Risolva Club"},
        )
        c.truth.update(
            churn_intent_event_id=e,
            cancellation_event_id=x,
            churn_at=iso(ct),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        happy_days(f, c, rng.randint(6, 10), list(range(32)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", [], GRUMPY_TOL)
        d = rng.randint(0, 4)
        ids = []
        for _ in range(rng.randint(5, 7)):
            if d > 31:
                break
            t = f.at(d, 8, 20)
            text = f.pick(W.GRUMBLE, c.lang)
            ch = rng.choice(["social", "community", "web", "review"])
            if ch == "web":
                ids.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
            elif ch == "review":
                ids.append(
                    f.add(c, t, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            else:
                ids.append(f.post(c, t, text.format(brand=BRAND)))
            d += rng.randint(1, 3)
        for _ in range(rng.randint(0, 2)):
            f.purchase(c, f.at(rng.randint(0, 31), 9, 19))
        c.truth.update(
            grumble_event_ids=ids,
            trouble_starts_at=f.rows[[r.data["event_id"] for r in f.rows].index(ids[0])].data[
                "occurred_at"
            ],
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", [], SIL)
        happy_days(f, c, rng.randint(3, 6), list(range(16)))
        t = f.at(rng.randint(17, 28), 9, 20)
        e = f.post(c, t, f.pick(W.SARCASM, c.lang).format(brand=BRAND))
        c.truth.update(sarcasm_event_id=e)
    return f


def quiet_hours() -> Fam:
    f = Fam(
        5,
        "quiet_hours",
        "QH",
        day(2026, 8, 28),
        3,
        "a calm summer weekend with night owls in bursts and no spike",
    )
    rng = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in sorted(rng.sample(range(3), rng.randint(1, 3))):
            f.happy(c, f.at(d, 7, 17.5))
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", [], SIL)
        t = f.at(rng.randint(0, 2), 8, 17)
        if rng.random() < 0.5:
            f.purchase(c, t)
        else:
            f.add(c, t, "web", "page_view", attrs={"page": "/kiosks"})
        g = f.later(t, 20, 30)
        text = f.pick(W.MILD, c.lang)
        if i < 2:
            e = f.add(c, g, "chat", "chat", text)
            f.reply(c, f.later(g, 1, 5), "chat", W.MILD_ANSWER)
        else:
            e = f.add(c, g, "web", "ticket", text, attrs={"page": "/help/contact"})
            f.reply(c, f.later(g, 30, 90), "email", W.MILD_ANSWER)
        c.truth.update(grumble_event_id=e, trouble_starts_at=iso(g))
    for night in range(3):
        first = f.start + timedelta(days=night + 1, minutes=rng.randint(40, 64))
        starts = [
            first,
            first + timedelta(minutes=rng.randint(28, 33)),
            first + timedelta(minutes=rng.randint(55, 65)),
        ]
        for b, bs in enumerate(starts):
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                t = bs + timedelta(minutes=rng.uniform(0, 9.5))
                e = night_act(f, c, t)
                c.truth.update(burst_at=iso(bs), night_event_id=e)
                if rng.random() < 0.5:
                    f.happy(c, f.at(rng.randint(0, 2), 9, 17.5), kinds=["praise", "buy", "view"])
    return f


PAIRS = [
    ("fr", "pt"),
    ("pt", "fr"),
    ("fr", "en"),
    ("pt", "en"),
    ("fr", "de"),
    ("pt", "es"),
    ("fr", "es"),
    ("en", "fr"),
    ("de", "fr"),
    ("es", "pt"),
    ("it", "fr"),
    ("pt", "it"),
    ("fr", "it"),
    ("en", "pt"),
    ("de", "pt"),
]


def pair_person(
    f: Fam,
    persona: str,
    habit: str,
    expected: list[str],
    tolerated: list[str],
    pair: tuple[str, str],
) -> Cust:
    a, b = pair
    markets = [m for m, langs in SPOKEN.items() if a in langs or b in langs]
    home = [m for m in MARKETS[a]]
    market = f.rng.choice(home if f.rng.random() < 0.6 else markets)
    c = f.person(persona, habit, expected, tolerated, lang=a, market=market)
    c.langs = [a, b]
    why = [
        "works for a firm in the other country",
        "grew up with both at home",
        "partner speaks the other",
        "studied abroad",
        "parents live in the other country",
    ]
    c.truth.update(languages=[a, b], job_second_language=f.rng.choice(why))
    return c


def bilingual() -> Fam:
    f = Fam(6, "bilingual", "BL", day(2026, 9, 21), 14, "customers who write in two languages")
    rng = f.rng
    for i in range(12):
        c = pair_person(f, "happy", "alternates languages", [], [], PAIRS[i % len(PAIRS)])
        for j, d in enumerate(sorted(rng.sample(range(14), rng.randint(5, 8)))):
            f.happy(c, f.at(d, 7, 19), lang=c.langs[j % 2])
    counts = [2, 2, 3, 3, 4]
    for i in range(5):
        c = pair_person(
            f,
            "repeat_contact",
            "repeats",
            ["repeat_contact"],
            REPEAT_TOL,
            PAIRS[(i + 3) % len(PAIRS)],
        )
        for j in range(rng.randint(1, 3)):
            f.happy(c, f.at(rng.randint(0, 1), 8, 18), lang=c.langs[j % 2])
        repeat_run(
            f,
            c,
            rng.randint(2, 5),
            counts[i],
            rng.choice(["web", "email", "chat"]),
            counts[i] >= 3,
            c.langs,
        )
    for i in range(5):
        c = pair_person(
            f, "slow_churner", "slides", ["sentiment_drop"], SLIDE_TOL, PAIRS[(i + 6) % len(PAIRS)]
        )
        days = sorted(rng.sample(range(6), 5))
        for j, d in enumerate(days):
            f.happy(c, f.at(d, 7, 19), lang=c.langs[j % 2], kinds=["praise", "again"])
        for j in range(rng.randint(1, 3)):
            f.happy(
                c,
                f.at(rng.randint(0, 5), 7, 19),
                lang=c.langs[j % 2],
                kinds=["buy", "chat", "view"],
            )
        ids, comp, _ = slide(f, c, rng.randint(7, 8), rng.randint(3, 5), c.langs)
        c.truth.update(
            slide_event_ids=ids,
            competitor=comp,
            trouble_starts_at=f.rows[[r.data["event_id"] for r in f.rows].index(ids[0])].data[
                "occurred_at"
            ],
        )
    bad = [(("pt", "fr"), "long"), (("en", "pt"), "email"), (("es", "pt"), "chat")]
    for i, (pair, ch) in enumerate(bad):
        c = pair_person(f, "happy_one_bad_day", "one bad day", [], SIL, pair)
        bd = rng.randint(4, 9)
        for j, d in enumerate(
            sorted(
                rng.sample([d for d in range(14) if d <= bd - 2 or d >= bd + 3], rng.randint(2, 4))
            )
        ):
            f.happy(c, f.at(d, 8, 19), lang=c.langs[j % 2], surveys=False)
        t = f.at(bd, 9, 19)
        second = c.langs[1]
        e = complaint(
            f,
            c,
            t,
            "email" if ch == "long" else ch,
            rng.choice(list(W.PROBLEM)),
            second,
            long=ch == "long",
        )
        case = f.new_case()
        ack(f, c, t, "chat" if ch == "chat" else "email", case, second)
        c.truth.update(
            bad_day_at=iso(t),
            bad_day_event_id=e,
            bad_day_language=second,
            booking=case,
            trouble_starts_at=iso(t),
            long_email=ch == "long",
        )
        if ch != "chat":
            g = f.day_only(t + timedelta(hours=rng.uniform(1, 4)))
            f.reply(
                c,
                g,
                "email",
                W.AGENT_GOOD_NEWS,
                second,
                subject=W.CASE_SUBJECT[second].format(case=case),
                case=case,
            )
            c.truth["agent_fixed"] = True
        if i == 1:
            at = f.day_only(t + timedelta(hours=rng.uniform(18, 24)))
            ae = f.add(c, at, "chat", "chat", f.pick(W.APOLOGY, second))
            c.truth.update(apologised=True, apology_event_id=ae, apology_at=iso(at))
    for i in range(2):
        c = pair_person(
            f, "resolved_between_contacts", "fixed", [], SIL, PAIRS[(i + 11) % len(PAIRS)]
        )
        f.happy(c, f.at(0, 9, 18))
        fixed = fixed_case(
            f,
            c,
            f.at(rng.randint(2, 8), 9, 18),
            "web",
            rng.choice(list(W.PROBLEM)),
            c.langs[0],
            c.langs[1],
        )
        c.truth.update(
            problems=[fixed],
            booking=fixed["booking"],
            trouble_starts_at=fixed["raised_at"],
            confirm_language=c.langs[1],
        )
    return f


# -- the business arm ---------------------------------------------------------

ACCOUNTS: list[tuple[str, str, str, str, int, str | None, int]] = [
    # kind, market, lang, site, contacts, problem, complainers
    ("at_risk", "FR", "fr", "hotel", 5, "portal", 3),
    ("at_risk", "PT", "pt", "construction", 4, "invoice", 3),
    ("at_risk", "PT", "pt", "hospital", 4, "service_blocked", 3),
    ("at_risk", "FR", "fr", "theatre", 6, "invoice", 4),
    ("at_risk", "ES", "es", "security", 5, "overbilled", 4),
    ("one_unhappy", "FR", "fr", "construction", 3, "service_blocked", 1),
    ("one_unhappy", "PT", "pt", "hotel", 3, "overbilled", 1),
    ("one_unhappy", "DE", "de", "riding_school", 3, "portal", 1),
    ("one_unhappy", "BE", "fr", "airline", 3, "invoice", 1),
    ("mild", "PT", "pt", "restaurant", 3, None, 0),
    ("mild", "IT", "it", "theatre", 4, None, 0),
    ("mild", "UK", "en", "construction", 4, None, 0),
    ("happy", "FR", "fr", "hospital", 4, None, 0),
    ("happy", "PT", "pt", "security", 4, None, 0),
    ("happy", "ES", "es", "hotel", 4, None, 0),
]
COMPANY = {
    "fr": ["Hôtellerie", "Bâtiments", "Théâtres", "Soins", "Services"],
    "pt": ["Obras", "Hotelaria", "Saúde", "Segurança", "Restauração"],
    "es": ["Seguridad", "Hoteles"],
    "de": ["Reitsport"],
    "it": ["Teatri"],
    "en": ["Builders"],
}
TITLES = [
    "Facilities manager",
    "Site manager",
    "Office manager",
    "Purchasing officer",
    "HR assistant",
    "Head housekeeper",
    "Stage manager",
    "Operations lead",
]


def b2b_accounts() -> Fam:
    f = Fam(
        7,
        "b2b_accounts",
        "BB",
        day(2026, 10, 12),
        14,
        "Risolva Pro firms on account: at-risk accounts, one unhappy contact, mild remarks, happy accounts",
    )
    rng = f.rng
    first_risk: list[str] = []
    for kind, market, lang, site, n, problem, unhappy in ACCOUNTS:
        aid = f.unique(lambda market=market: f"RSP-{market}-{rng.randint(1000, 9999)}")
        if kind == "at_risk" and not first_risk:
            first_risk.append(aid)
        stem = rng.choice(
            [
                "Alvor",
                "Brenna",
                "Corvel",
                "Duarte",
                "Estrela",
                "Ferlan",
                "Granit",
                "Horta",
                "Iberna",
                "Lusa",
                "Marel",
                "Norte",
                "Orla",
                "Prado",
                "Quinta",
                "Ribel",
                "Sável",
            ]
        )
        company = f"{stem} {rng.choice(COMPANY[lang])}"
        domain = f.unique(
            lambda stem=stem: f"{strip_accents(stem).lower()}{rng.randint(1, 99)}.example"
        )
        firsts = rng.sample(FIRST[lang], n)
        contacts: list[Cust] = []
        unhappy_keys: list[str] = []
        for j in range(n):
            comp_role = j < unhappy
            if kind == "at_risk" and comp_role:
                last = j == unhappy - 1
                persona, role = "b2b_unhappy", "complainer"
                exp = ["repeat_contact"] if last else ["detractor"]
                tol = B2B_RISK_TOL
            elif kind == "one_unhappy" and comp_role:
                persona, role, exp, tol = (
                    "b2b_one_unhappy",
                    "complainer",
                    ["detractor"],
                    B2B_ONE_TOL,
                )
            elif kind == "mild" and j < 2:
                persona, role, exp, tol = "b2b_mild", "suggests", [], SIL
            else:
                persona, role, exp, tol = "b2b_happy", "contact", [], []
            c = f.person(
                persona,
                role,
                exp,
                tol,
                lang=lang,
                market=market,
                account=aid,
                domain=domain,
                first=firsts[j],
            )
            title = rng.choice(TITLES)
            c.truth.update(company=company, role=role, job_title=title, job=title)
            contacts.append(c)
            if role == "complainer":
                unhappy_keys.append(c.key)
        # routine acts
        for c in contacts:
            role = c.truth["role"]
            days = (
                [0, 1]
                if role != "contact"
                else [d for d in range(14) if (f.start + timedelta(days=d)).weekday() < 5]
            )
            for _ in range(rng.randint(0, 2) if role != "contact" else rng.randint(2, 5)):
                t = f.at(rng.choice(days), 8, 16.5)
                k = rng.choice(
                    ["chat", "buy", "view"] + (["praise", "survey"] if role == "contact" else [])
                )
                if k == "chat":
                    f.add(c, t, "chat", "chat", f.pick(B.QUESTION, lang))
                    a = f.later(t, 1, 6)
                    f.reply(c, a, "chat", {lang: [B.ANSWER[lang]]}, lang)
                    if rng.random() < 0.6:
                        f.add(c, f.later(a, 1, 3), "chat", "chat", f.pick(W.THANKS, lang))
                elif k == "buy":
                    f.purchase(c, t, b2b=True)
                elif k == "view":
                    f.add(
                        c,
                        t,
                        "web",
                        "page_view",
                        attrs={"page": rng.choice(["/pro/portal", "/pro/invoices", "/pro/orders"])},
                    )
                elif k == "praise":
                    f.add(c, t, "community", "post", f.pick(B.PRAISE, lang))
                else:
                    f.survey(c, t)
        acct: dict[str, Any] = {
            "company": company,
            "site": site,
            "contacts": n,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": unhappy,
            "unhappy_contact_keys": unhappy_keys,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        sign = company
        if kind == "at_risk" and problem:
            case = f.new_case()
            t = f.start + timedelta(days=2, hours=rng.uniform(8, 11))
            first_name = contacts[0].name.split()[0]
            first_t = t
            comp = rng.choice(COMPETITORS)
            for j in range(unhappy):
                c = contacts[j]
                ptext = B.PROBLEM[problem][lang]
                subj = (
                    f"{W.COMPLAINT_SUBJECT[lang].format(topic=B.TOPIC[problem][lang])} ({case})"
                    if j
                    else W.COMPLAINT_SUBJECT[lang].format(topic=B.TOPIC[problem][lang])
                )
                if j == 0:
                    body = B.FIRST[lang].format(
                        problem=ptext[:1].upper() + ptext[1:], sign=f"{c.name}\n{sign}"
                    )
                else:
                    when = B.WHEN[lang][0 if t.date() == first_t.date() else first_t.weekday() + 1]
                    body = B.LATER[lang].format(
                        first=first_name,
                        when=when,
                        case=case,
                        problem=ptext,
                        sign=f"{c.name}\n{sign}",
                    )
                e = f.add(c, t, "email", "message", body, subject=subj)
                ids = [e]
                if j == 0:
                    f.reply(
                        c,
                        f.later(t, 20, 60),
                        "email",
                        {lang: [B.ACK[lang]]},
                        lang,
                        subject=W.CASE_SUBJECT[lang].format(case=case),
                        case=case,
                    )
                    acct["trouble_starts_at"] = iso(t)
                if j < unhappy - 1:
                    s = f.low_survey(c, f.later(t, 60, 180), "nps", rng.randint(1, 5))
                    c.truth.update(nps_given=True, survey_event_id=s)
                else:
                    t2 = office(t + timedelta(hours=rng.uniform(18, 40)))
                    if aid == first_risk[0]:
                        e2 = f.add(
                            c,
                            t2,
                            "email",
                            "message",
                            B.LAST_EMAIL[lang].format(case=case, comp=comp),
                            subject=W.CASE_SUBJECT[lang].format(case=case),
                        )
                        c.truth["competitor"] = comp
                    else:
                        e2 = f.add(c, t2, "phone", "call", B.LAST_CALL[lang].format(case=case))
                    ids.append(e2)
                c.truth.update(
                    complaint_event_ids=ids, problem=problem, booking=case, trouble_starts_at=iso(t)
                )
                t = office(t + timedelta(hours=rng.uniform(8, 28)))
        elif kind == "one_unhappy" and problem:
            c = contacts[0]
            case = f.new_case()
            t = office(f.start + timedelta(days=rng.randint(3, 7), hours=rng.uniform(8, 16)))
            ptext = B.PROBLEM[problem][lang]
            e = f.add(
                c,
                t,
                "email",
                "message",
                B.FIRST[lang].format(
                    problem=ptext[:1].upper() + ptext[1:], sign=f"{c.name}\n{sign}"
                ),
                subject=W.COMPLAINT_SUBJECT[lang].format(topic=B.TOPIC[problem][lang]),
            )
            f.reply(
                c,
                f.later(t, 20, 60),
                "email",
                {lang: [B.ACK[lang]]},
                lang,
                subject=W.CASE_SUBJECT[lang].format(case=case),
                case=case,
            )
            s = f.low_survey(c, f.later(t, 60, 180), "nps", rng.randint(1, 5))
            c.truth.update(
                complaint_event_ids=[e],
                problem=problem,
                booking=case,
                trouble_starts_at=iso(t),
                nps_given=True,
                survey_event_id=s,
            )
        elif kind == "mild":
            for j in range(2):
                c = contacts[j]
                t = office(f.start + timedelta(days=rng.randint(2, 9), hours=rng.uniform(8, 16)))
                e = f.add(c, t, "web", "ticket", B.MILD[lang][j], attrs={"page": "/pro/help"})
                f.reply(c, f.later(t, 30, 120), "email", {lang: [B.MILD_ACK[lang]]}, lang)
                c.truth.update(mild_event_id=e, trouble_starts_at=iso(t))
        f.accounts[aid] = acct
    return f


def office(t: datetime) -> datetime:
    """Move a time into office hours (weekdays 08-17 UTC)."""
    if t.hour >= 17:
        t = (t + timedelta(days=1)).replace(hour=8, minute=t.minute)
    elif t.hour < 8:
        t = t.replace(hour=8, minute=t.minute)
    while t.weekday() >= 5:
        t = (t + timedelta(days=1)).replace(hour=8)
    return t


# -- the spike ----------------------------------------------------------------


def topic_spike() -> Fam:
    f = Fam(
        8,
        "topic_spike",
        "TS",
        day(2026, 11, 9),
        6,
        "a calm week and one planted spike: accounts put on a false security hold",
    )
    rng = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in sorted(rng.sample(range(6), rng.randint(1, 4))):
            f.happy(c, f.at(d, 12, 19) if d == 5 else f.at(d, 7, 19))
    for lang in ("fr", "pt"):
        c = f.person("grumbles_once", "grumbles once", [], SIL, lang=lang)
        t = f.at(0, 9, 17)
        e = f.add(c, t, "chat", "chat", f.pick(W.GRUMBLE_SPIKE_WEEK, lang))
        f.reply(c, f.later(t, 1, 5), "chat", W.MILD_ANSWER)
        c.truth.update(grumble_event_id=e, trouble_starts_at=iso(t))
    for lang, hh in (("fr", 9.6), ("pt", 16.1)):
        c = f.person("grumbles_once", "lone question", [], SIL, lang=lang)
        t = f.start + timedelta(days=4, hours=hh)
        e = f.add(c, t, "chat", "chat", f.pick(W.LONE_QUESTION, lang))
        f.reply(c, f.later(t, 1, 5), "chat", W.LONE_ANSWER)
        c.truth.update(lone_report_event_id=e, trouble_starts_at=iso(t))
    langs = ["fr"] * 6 + ["pt"] * 6 + ["en", "en", "de", "de", "es", "es", "it", "it"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(langs)
    rng.shuffle(chans)
    s0 = datetime(2026, 11, 14, 8, 20, tzinfo=UTC)
    offsets = sorted([0, 45, *rng.sample(range(1, 45), 18)])
    regular = [True] * 12 + [False] * 8
    rng.shuffle(regular)
    keys: list[str] = []
    events: list[str] = []
    early: list[tuple[Cust, datetime, str]] = []
    reporters: list[tuple[Cust, datetime, str]] = []
    for i in range(20):
        c = f.person("spike_reporter", "regular" if regular[i] else "new", [], SIL, lang=langs[i])
        if regular[i]:
            for _ in range(rng.randint(1, 3)):
                f.happy(c, f.at(2, 8, 17.5), kinds=["praise", "buy", "view", "chat", "email"])
        t = s0 + timedelta(
            minutes=offsets[i], seconds=rng.randint(0, 50) if 0 < offsets[i] < 45 else 0
        )
        ch = chans[i]
        text = f.pick(W.SPIKE, c.lang).format(brand=BRAND, code=ERROR)
        if ch == "social":
            e = f.add(c, t, "social", "mention", text)
        elif ch == "community":
            e = f.add(c, t, "community", "post", text)
        elif ch == "chat":
            e = f.add(c, t, "chat", "chat", text)
            f.reply(c, f.later(t, 1, 3), "chat", W.SPIKE_CHAT_ANSWER, code=ERROR)
        elif ch == "email":
            e = f.add(
                c, t, "email", "message", text, subject=W.SPIKE_SUBJECT[c.lang].format(code=ERROR)
            )
        else:
            e = f.add(
                c,
                t,
                "web",
                "ticket",
                text,
                subject=W.SPIKE_SUBJECT[c.lang].format(code=ERROR),
                attrs={"page": "/help/contact"},
            )
        c.truth.update(
            in_spike=True,
            regular=regular[i],
            spike_event_id=e,
            spike_channel=ch,
            trouble_starts_at=iso(t),
            agent_fixed=False,
        )
        keys.append(c.key)
        events.append(e)
        reporters.append((c, t, ch))
        if offsets[i] <= 25:
            early.append((c, t, ch))
    repeats: list[str] = []
    rep_set = rng.sample(early, 6) if len(early) >= 6 else early
    for c, t, ch in rep_set:
        ch2 = rng.choice([x for x in ["email", "chat", "community"] if x != ch])
        t2 = f.later(t, 15, 30)
        text = f.pick(W.SPIKE_REPEAT, c.lang).format(code=ERROR)
        if ch2 == "email":
            e2 = f.add(
                c,
                t2,
                "email",
                "message",
                text,
                subject="RE: " + W.SPIKE_SUBJECT[c.lang].format(code=ERROR),
            )
        elif ch2 == "chat":
            e2 = f.add(c, t2, "chat", "chat", text)
            f.reply(c, f.later(t2, 1, 3), "chat", W.SPIKE_CHAT_ANSWER, code=ERROR)
        else:
            e2 = f.add(c, t2, "community", "post", text)
        c.truth.update(
            persona="spike_repeater",
            expected_rules=["repeat_contact"],
            tolerated_rules=SPIKE_REPEAT_TOL,
            repeat_event_id=e2,
        )
        repeats.append(e2)
    rest = [r for r in reporters if r[0].truth["persona"] == "spike_reporter"]
    for c, _, _ in rng.sample(rest, 6):
        local = {"PT": "11:30", "UK": "11:30", "IE": "11:30"}.get(c.market, "12:30")
        cur = {"UK": "£9", "CH": "CHF 9"}.get(c.market, "10 €" if c.lang != "en" else "€10")
        t3 = datetime(2026, 11, 14, 12, 8, tzinfo=UTC) + timedelta(minutes=rng.randint(0, 9))
        f.reply(
            c,
            t3,
            "email",
            W.SPIKE_FIXED,
            subject=W.SPIKE_SUBJECT[c.lang].format(code=ERROR),
            time=local,
            credit=cur,
        )
        c.truth["agent_fixed"] = True
    f.spike = {
        "topic": f"shoe-repair app puts customers' accounts on a false security hold: repairs hidden, no collection can be booked, couriers hold deliveries, error {ERROR}",
        "about": "Saturday morning: the Risolva app freezes customers' accounts with a false security hold",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": events,
        "repeat_event_ids": repeats,
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
    for build, expected in FAMILIES:
        f = build()
        jsonl, truth = f.finish(expected)
        (HERE / f"{f.name}.jsonl").write_text(jsonl, encoding="utf-8")
        (HERE / f"{f.name}.truth.json").write_text(truth, encoding="utf-8")
        print(f"{f.name}: {len(f.custs)} customers, {jsonl.count(chr(10))} touchpoints")


if __name__ == "__main__":
    main()
