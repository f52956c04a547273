# ruff: noqa: E501
"""Write tests/scenarios/heldout115/: the hundred-and-fifteenth hand-written alert set.

Standalone and deterministic (standard library only): ``python make_heldout115.py``
from anywhere writes the eight families beside this file. Two runs give the same bytes.
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
WRITTEN = "2026-12-05"
EV = "qd115"
LAST_ALLOWED = datetime(2026, 11, 15, tzinfo=UTC)
BUSINESS = "Quadrelo: watch and clock repair and servicing by app and web (Quadrelo Care plan), with a business arm, Quadrelo Trade, repairing on account for jewellers, hotels, museums and municipalities"

LANG_W: list[tuple[str, int]] = [
    ("pt", 30),
    ("es", 30),
    ("en", 10),
    ("de", 10),
    ("it", 10),
    ("fr", 10),
]
MARKETS: dict[str, list[tuple[str, int]]] = {
    "pt": [("PT", 9), ("LU", 1), ("CH", 1)],
    "es": [("ES", 1)],
    "en": [("UK", 3), ("IE", 1)],
    "de": [("DE", 3), ("AT", 1), ("CH", 1)],
    "it": [("IT", 4), ("CH", 1)],
    "fr": [("FR", 3), ("BE", 1), ("LU", 1), ("CH", 1)],
}
MAIN_MARKET = {"pt": "PT", "es": "ES", "en": "UK", "de": "DE", "it": "IT", "fr": "FR"}
CURRENCY = {"UK": "GBP", "CH": "CHF"}
RATE = {"EUR": 1.0, "GBP": 0.86, "CHF": 0.94}
UTC_OFFSET_NOV = {"PT": 0, "UK": 0, "IE": 0}

PHONES: dict[str, tuple[str, list[str], int]] = {
    "PT": ("351", ["91", "92", "93", "96"], 7),
    "ES": ("34", ["61", "62", "63", "64", "65", "66", "67", "68", "69", "71"], 7),
    "UK": ("44", ["74", "75", "77", "78", "79"], 8),
    "IE": ("353", ["83", "85", "86", "87", "89"], 7),
    "DE": ("49", ["151", "152", "157", "160", "170", "171", "176", "179"], 8),
    "AT": ("43", ["650", "660", "664", "676", "699"], 7),
    "CH": ("41", ["76", "77", "78", "79"], 7),
    "IT": ("39", ["320", "328", "333", "340", "347", "349", "366"], 7),
    "FR": ("33", ["6", "7"], 8),
    "BE": ("32", ["470", "472", "475", "477", "485", "495"], 6),
    "LU": ("352", ["621", "661", "691"], 6),
}

FIRST: dict[str, list[str]] = {
    "pt": [
        "Ana",
        "Beatriz",
        "Catarina",
        "Inês",
        "Joana",
        "Mariana",
        "Rita",
        "Sofia",
        "Teresa",
        "Filipa",
        "Leonor",
        "Carla",
        "João",
        "Pedro",
        "Miguel",
        "Tiago",
        "Rui",
        "Nuno",
        "Duarte",
        "Gonçalo",
        "Ricardo",
        "Vasco",
        "Hugo",
        "Bruno",
    ],
    "es": [
        "Lucía",
        "María",
        "Carmen",
        "Paula",
        "Laura",
        "Marta",
        "Elena",
        "Sara",
        "Irene",
        "Nuria",
        "Rocío",
        "Alba",
        "Javier",
        "Alejandro",
        "David",
        "Pablo",
        "Sergio",
        "Álvaro",
        "Jorge",
        "Raúl",
        "Adrián",
        "Diego",
        "Íñigo",
        "Rubén",
    ],
    "en": [
        "Emma",
        "Olivia",
        "Sophie",
        "Grace",
        "Chloe",
        "Niamh",
        "James",
        "Oliver",
        "Jack",
        "Harry",
        "Liam",
        "Conor",
    ],
    "de": [
        "Anna",
        "Lena",
        "Laura",
        "Julia",
        "Katharina",
        "Sabine",
        "Lukas",
        "Jonas",
        "Felix",
        "Tobias",
        "Stefan",
        "Markus",
    ],
    "it": [
        "Giulia",
        "Francesca",
        "Chiara",
        "Sara",
        "Martina",
        "Elisa",
        "Marco",
        "Luca",
        "Andrea",
        "Matteo",
        "Davide",
        "Simone",
    ],
    "fr": [
        "Camille",
        "Léa",
        "Manon",
        "Chloé",
        "Julie",
        "Sarah",
        "Lucas",
        "Hugo",
        "Thomas",
        "Nicolas",
        "Julien",
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
        "Sousa",
        "Fernandes",
        "Gonçalves",
        "Gomes",
        "Lopes",
        "Marques",
        "Alves",
        "Ribeiro",
        "Pinto",
        "Carvalho",
        "Teixeira",
        "Moreira",
        "Correia",
        "Mendes",
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
        "Ibáñez",
        "Castaño",
    ],
    "en": [
        "Smith",
        "Jones",
        "Taylor",
        "Brown",
        "Walsh",
        "Murphy",
        "Evans",
        "Wilson",
        "Byrne",
        "Hughes",
        "Kelly",
        "Clarke",
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
        "Schäfer",
        "Koch",
        "Bauer",
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
    ],
}
DOMAINS: dict[str, list[str]] = {
    "pt": ["correio.example", "sapo.example", "mail.example"],
    "es": ["correo.example", "mail.example", "telefonica.example"],
    "en": ["mail.example", "inbox.example"],
    "de": ["post.example", "web.example", "mail.example"],
    "it": ["posta.example", "libero.example"],
    "fr": ["courriel.example", "orange.example"],
}
TOWNS: dict[str, list[str]] = {
    "PT": ["Lisboa", "Porto", "Braga", "Coimbra", "Setúbal", "Faro", "Aveiro", "Barreiro"],
    "ES": ["Madrid", "Valencia", "Sevilla", "Zaragoza", "Bilbao", "Málaga", "Oviedo", "Murcia"],
    "UK": ["Leeds", "Bristol", "Manchester", "Norwich", "Cardiff"],
    "IE": ["Dublin", "Cork", "Galway"],
    "DE": ["Berlin", "Köln", "Leipzig", "Hamburg", "Freiburg"],
    "AT": ["Wien", "Graz", "Linz"],
    "CH": ["Zürich", "Genève", "Lugano", "Bern"],
    "IT": ["Torino", "Bologna", "Napoli", "Verona"],
    "FR": ["Lyon", "Nantes", "Lille", "Toulouse"],
    "BE": ["Bruxelles", "Liège", "Namur"],
    "LU": ["Luxembourg", "Esch-sur-Alzette"],
}
JOBS = [
    "nurse",
    "teacher",
    "accountant",
    "cook",
    "engineer",
    "student",
    "retired",
    "pharmacist",
    "bus driver",
    "designer",
    "shop owner",
    "lawyer",
    "electrician",
    "physiotherapist",
    "journalist",
    "postal worker",
]
NIGHT_JOBS = [
    "night nurse",
    "petrol-station night attendant",
    "railway signaller",
    "baker",
    "new parent",
    "call-centre night shift",
]
LANG_NAME = {
    "pt": "Portuguese",
    "es": "Spanish",
    "en": "English",
    "de": "German",
    "it": "Italian",
    "fr": "French",
}
SOURCE = {
    "email": "mail",
    "phone": "voice",
    "social": "social",
    "community": "forum",
    "chat": "chat",
    "web": "web",
    "survey": "survey",
}
UMLAUT = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}

TOL_REPEAT = [
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "sentiment_drop",
    "silence",
]
TOL_SLIDE = [
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "repeat_contact",
    "silence",
]
TOL_LEAVE = ["competitor_mention", "high_value_at_risk", "sentiment_drop", "silence"]
TOL_GRUMPY = ["repeat_contact", "silence"]
TOL_SILENCE = ["silence"]
TOL_SPIKE_REPEAT = ["sentiment_drop", "silence"]
TOL_B2B_UNHAPPY = [
    "account_risk",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "sentiment_drop",
    "silence",
]
TOL_B2B_ONE = ["high_value_at_risk", "sentiment_drop", "silence"]
HAPPY = ("praise", "again", "gripe", "chat_q", "email_q", "phone_q", "purchase", "page", "review")


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def ascii_fold(s: str) -> str:
    s = "".join(UMLAUT.get(ch, ch) for ch in s)
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def strip_accents(s: str) -> str:
    out = []
    for ch in s:
        if ch in UMLAUT:
            out.append(UMLAUT[ch])
        elif ch in "ßñÑ":
            out.append(ch)
        else:
            out.append(
                "".join(
                    c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)
                )
            )
    return unicodedata.normalize("NFC", "".join(out))


def plain(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def money(eur: int, market: str, lang: str, spoken: bool = False) -> str:
    cur = CURRENCY.get(market, "EUR")
    n = round(eur * RATE[cur])
    if cur == "GBP":
        return f"{n} pounds" if spoken else f"£{n}"
    if cur == "CHF":
        if spoken:
            word = {"de": "Franken", "it": "franchi", "pt": "francos", "es": "francos"}.get(
                lang, "francs"
            )
            return f"{n} {word}"
        return f"{n} CHF" if lang in ("de", "fr", "it") else f"CHF {n}"
    if spoken:
        return f"{n} " + {"de": "Euro", "it": "euro"}.get(lang, "euros")
    return f"€{n}" if lang == "en" else f"{n} €"


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
    segment: str
    truth: dict[str, Any]
    used: set[str] = field(default_factory=set)


@dataclass
class Row:
    n: int
    eid: str
    at: datetime
    cust: Cust
    channel: str
    kind: str
    out: bool
    text: str | None
    subject: str | None
    scores: dict[str, int]
    attrs: dict[str, str]


class Registry:
    """Every identifier given in the set, so that none is given twice."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def take(self, value: str) -> bool:
        if value.lower() in self.used:
            return False
        self.used.add(value.lower())
        return True


REG = Registry()


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name = name
        self.code = code
        self.rng = random.Random(SEED * 100 + n)
        self.rr = random.Random(SEED * 100 + 50 + n)
        self.start = start
        self.days = days
        self.about = about
        self.rows: list[Row] = []
        self.custs: list[Cust] = []
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.planted: dict[str, int] = {}

    # ---------------------------------------------------------- time
    def t(self, day: float, h0: float, h1: float) -> datetime:
        base = self.start + timedelta(days=int(day))
        sec = self.rng.randint(int(h0 * 3600), int(h1 * 3600))
        return base + timedelta(seconds=sec)

    def after(self, t: datetime, m0: float, m1: float) -> datetime:
        return t + timedelta(seconds=self.rng.randint(int(m0 * 60), int(m1 * 60)))

    def out_of_night(self, t: datetime) -> datetime:
        if t.hour >= 22:
            day = (t + timedelta(days=1)).replace(hour=0, minute=0, second=0)
        elif t.hour < 7:
            day = t.replace(hour=0, minute=0, second=0)
        else:
            return t
        return day + timedelta(seconds=self.rng.randint(8 * 3600, 9 * 3600))

    def office(self, t: datetime) -> datetime:
        """Weekdays 08-17 UTC; anything else moves to the next working morning."""
        while True:
            if t.weekday() < 5 and 8 <= t.hour < 17:
                return t
            day = t.replace(hour=0, minute=0, second=0)
            if t.weekday() < 5 and t.hour < 8:
                t = day + timedelta(seconds=self.rng.randint(8 * 3600, 9 * 3600))
                continue
            t = day + timedelta(days=1, seconds=self.rng.randint(8 * 3600, 9 * 3600))

    # ---------------------------------------------------------- people
    def lang(self) -> str:
        return self.rng.choices([lg for lg, _ in LANG_W], [w for _, w in LANG_W])[0]

    def market(self, lang: str) -> str:
        opts = MARKETS[lang]
        return self.rng.choices([m for m, _ in opts], [w for _, w in opts])[0]

    def phone(self, market: str) -> str:
        cc, prefixes, rest = PHONES[market]
        while True:
            num = (
                "+"
                + cc
                + self.rng.choice(prefixes)
                + "".join(str(self.rng.randint(0, 9)) for _ in range(rest))
            )
            if REG.take(num):
                return num

    def ref(self) -> str:
        while True:
            r = f"QD-{self.rng.randint(1000000, 9999999)}"
            if REG.take(r):
                return r

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        market: str | None = None,
        *,
        account: str | None = None,
        domain: str | None = None,
        first: str | None = None,
        job: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        **extra: Any,
    ) -> Cust:
        lg = lang or self.lang()
        mk = market or self.market(lg)
        while True:
            key = f"QD{self.code}{self.rng.randint(10000, 99999)}"
            if REG.take(key):
                break
        fn = first or self.rng.choice(FIRST[lg])
        ln = self.rng.choice(LAST[lg])
        f_a, l_a = ascii_fold(fn).lower(), ascii_fold(ln).lower().replace(" ", "")
        while True:
            if domain:
                email = f"{f_a}.{l_a}@{domain}"
            else:
                shape = self.rng.randrange(4)
                num = self.rng.randint(1, 99)
                local = [
                    f"{f_a}.{l_a}",
                    f"{f_a}{l_a}{num}",
                    f"{f_a[0]}{l_a}{num}",
                    f"{l_a}.{f_a}{num}",
                ][shape]
                email = f"{local}@{self.rng.choice(DOMAINS[lg])}"
            if REG.take(email):
                break
            if domain:
                l_a = l_a + str(self.rng.randint(1, 9))
        handle: str | None = None
        if account is None:
            while True:
                shape = self.rng.randrange(5)
                num = self.rng.randint(1, 99)
                h = ["@{l}_{f}{n}", "@{f}{l}{n}", "@{l}{fi}", "@{f}_{l}", "@{f}.{l}{n}"][
                    shape
                ].format(l=l_a, f=f_a, n=num, fi=f_a[0])
                if REG.take(h):
                    handle = h
                    break
        if mk == "CH":
            town = {"de": "Zürich", "fr": "Genève", "it": "Lugano"}.get(
                lg, self.rng.choice(["Genève", "Zürich", "Bern"])
            )
        else:
            town = self.rng.choice(TOWNS[mk])
        c = Cust(
            key,
            lg,
            mk,
            fn,
            ln,
            email,
            self.phone(mk),
            handle,
            account,
            "b2b" if account else "consumer",
            {},
        )
        c.truth = {
            "identifiers": {
                "customer_id": key,
                "email": email.lower(),
                "phone": c.phone,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": sorted(expected or []),
            "tolerated_rules": sorted(tolerated or []),
            "persona": persona,
            "habit": habit,
            "language": lg,
            "country": mk,
            "segment": c.segment,
            "name": f"{fn} {ln}",
            "job": job or self.rng.choice(JOBS),
            "town": town,
        }
        c.truth.update(extra)
        self.custs.append(c)
        return c

    def pick(self, c: Cust, options: list[str]) -> str:
        fresh = [o for o in options if o not in c.used]
        choice = self.rng.choice(fresh or options)
        c.used.add(choice)
        return choice

    def pick_i(self, c: Cust, tag: str, n: int) -> int:
        fresh = [i for i in range(n) if f"{tag}{i}" not in c.used]
        i = self.rng.choice(fresh or list(range(n)))
        c.used.add(f"{tag}{i}")
        return i

    def agent(self, lang: str) -> str:
        names: list[str] = W.AGENTS[lang]
        return self.rng.choice(names)

    # ---------------------------------------------------------- touchpoints
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
        n = len(self.rows) + 1
        eid = f"{EV}-{self.code.lower()}-{n:05d}"
        if text is not None and not out:
            if channel == "social" and c.segment == "consumer":
                if W.BRAND in text.replace(W.BRAND + " Care", "").replace(W.BRAND + " Trade", ""):
                    i = max(
                        i
                        for i in range(len(text))
                        if text.startswith(W.BRAND, i) and not text.startswith(W.BRAND + " Care", i)
                    )
                    text = text[:i] + "@" + text[i:]
                else:
                    text = "@" + W.BRAND + " " + text
            if rough:
                text = self.roughen(text)
        a = {"market": c.market}
        if c.segment == "b2b":
            a["segment"] = "b2b"
        a.update(attrs or {})
        self.rows.append(
            Row(n, eid, at, c, channel, kind, out, text, subject, dict(scores or {}), a)
        )
        return eid

    def roughen(self, text: str) -> str:
        r = self.rr
        if r.random() < 0.10:
            text = strip_accents(text)
        if r.random() < 0.125 and text[:1].isupper() and not text.startswith("@"):
            second = text[1:2]
            if not second.isupper():
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

    def email_body(self, c: Cust, lang: str, body: str, agent: str) -> str:
        return f"{W.HELLO[lang].format(name=c.first)}\n\n{body}\n\n{W.BYE[lang]}\n{agent}\n{W.SIGN[lang]}"

    def reply_mail(self, c: Cust, at: datetime, lang: str, subject: str, body: str) -> str:
        ag = self.agent(lang)
        return self.add(
            c,
            at,
            "email",
            "message",
            self.email_body(c, lang, body, ag),
            subject,
            out=True,
            attrs={"agent": ag},
        )

    def reply_chat(self, c: Cust, at: datetime, lang: str, text: str) -> str:
        ag = self.agent(lang)
        return self.add(c, at, "chat", "chat", text.format(agent=ag), out=True, attrs={"agent": ag})

    def mail_time(self, t: datetime) -> datetime:
        return self.out_of_night(t)

    # ---------------------------------------------------------- happy acts
    def purchase(
        self,
        c: Cust,
        at: datetime,
        products: list[tuple[str, int]] | None = None,
        page: str | None = None,
    ) -> list[str]:
        label, eur = self.rng.choice(products or W.PRODUCTS)
        pg = page or self.rng.choice(W.PAGES[:6])
        cur = CURRENCY.get(c.market, "EUR")
        v = self.add(c, at, "web", "page_view", attrs={"page": pg})
        p = self.add(
            c,
            self.after(at, 2, 10),
            "web",
            "purchase",
            attrs={
                "order_value": f"{eur * RATE[cur]:.2f}",
                "currency": cur,
                "product": label,
                "page": pg,
            },
        )
        return [v, p]

    def happy(self, c: Cust, at: datetime, kind: str, lang: str | None = None) -> list[str]:
        lg = lang or c.lang
        r = self.rng
        if kind in ("praise", "again", "gripe"):
            table = {"praise": W.PRAISE, "again": W.PRAISE_AGAIN, "gripe": W.PRAISE_GRIPE}[kind][lg]
            text = self.pick(c, table)
            if c.handle and r.random() < 0.5:
                return [self.add(c, at, "social", "mention", text)]
            return [self.add(c, at, "community", "post", text)]
        if kind == "chat_q":
            q, a = W.QUESTIONS[lg][self.pick_i(c, "q" + lg, len(W.QUESTIONS[lg]))]
            ids = [self.add(c, at, "chat", "chat", q)]
            t2 = self.after(at, 1, 6)
            ids.append(self.reply_chat(c, t2, lg, a))
            if r.random() < 0.6:
                ids.append(
                    self.add(c, self.after(t2, 1, 5), "chat", "chat", self.pick(c, W.THANKS[lg]))
                )
            return ids
        if kind == "email_q":
            q, a = W.QUESTIONS[lg][self.pick_i(c, "q" + lg, len(W.QUESTIONS[lg]))]
            subj = r.choice(W.EMAIL_Q_SUBJECT[lg])
            ids = [self.add(c, at, "email", "message", q, subj)]
            ids.append(
                self.reply_mail(
                    c,
                    self.mail_time(self.after(at, 30, 180)),
                    lg,
                    W.EMAIL_A_SUBJECT[lg].format(subject=subj),
                    a.replace(" {agent}", ""),
                )
            )
            return ids
        if kind == "phone_q":
            q, follow = W.PHONE_Q[lg][self.pick_i(c, "p" + lg, len(W.PHONE_Q[lg]))]
            ids = [self.add(c, at, "phone", "call", q, rough=False)]
            ids.append(
                self.reply_mail(
                    c, self.mail_time(self.after(at, 10, 40)), lg, W.CALL_SUBJECT[lg], follow
                )
            )
            return ids
        if kind == "purchase":
            return self.purchase(c, at)
        if kind == "page":
            return [self.add(c, at, "web", "page_view", attrs={"page": r.choice(W.PAGES)})]
        if kind == "review":
            rating, text = W.REVIEWS[lg][self.pick_i(c, "r" + lg, len(W.REVIEWS[lg]))]
            return [
                self.add(
                    c, at, "web", "review", text, attrs={"rating": str(rating), "page": "/reviews"}
                )
            ]
        if kind == "survey":
            return [self.survey(c, at, lg)]
        raise ValueError(kind)

    def survey(
        self, c: Cust, at: datetime, lang: str, words: dict[str, list[str]] | None = None
    ) -> str:
        r = self.rng
        kind = r.choice(["nps", "csat", "ces"])
        score = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[kind]
        word = r.choice((words or W.SURVEY_WORDS)[lang]) or None
        return self.add(
            c,
            at,
            "survey",
            "survey_response",
            word,
            scores={kind: score},
            attrs={"survey": kind},
            rough=False,
        )

    def low_survey(
        self, c: Cust, at: datetime, lang: str, kind: str, score: int, words: dict[str, list[str]]
    ) -> str:
        word = self.rng.choice(words[lang]) or None
        return self.add(
            c,
            at,
            "survey",
            "survey_response",
            word,
            scores={kind: score},
            attrs={"survey": kind},
            rough=False,
        )

    def happy_days(
        self,
        c: Cust,
        days: list[int],
        h0: float = 7,
        h1: float = 21,
        kinds: tuple[str, ...] = HAPPY,
    ) -> list[str]:
        ids: list[str] = []
        for d in days:
            ids += self.happy(c, self.t(d, h0, h1), self.rng.choice(kinds))
        return ids

    # ---------------------------------------------------------- trouble
    def complaint(
        self, c: Cust, at: datetime, problem: str, channel: str, lang: str | None = None
    ) -> str:
        lg = lang or c.lang
        eur = W.PROBLEM_EUR[problem]
        if channel == "phone":
            text = W.CALL[problem][lg].format(amt=money(eur, c.market, lg, spoken=True))
            return self.add(c, at, "phone", "call", text, rough=False)
        text = self.pick(c, W.COMPLAINT[problem][lg]).format(amt=money(eur, c.market, lg))
        if channel == "email":
            subj = W.COMPLAINT_SUBJECT[lg].format(topic=W.TOPIC[problem][lg])
            if self.rng.random() < 0.6:
                text = f"{text}\n\n{c.first}"
            return self.add(c, at, "email", "message", text, subj)
        if channel == "chat":
            return self.add(c, at, "chat", "chat", text)
        if channel == "social":
            return self.add(c, at, "social", "mention", text)
        if channel == "web":
            return self.add(c, at, "web", "ticket", text, attrs={"page": "/help/contact"})
        raise ValueError(channel)

    def long_email(self, c: Cust, at: datetime, problem: str, frame: int) -> str:
        lg, opening, closing = W.LONG_EMAIL[frame]
        core = W.COMPLAINT[problem][lg][0].format(amt=money(W.PROBLEM_EUR[problem], c.market, lg))
        body = f"{opening}\n\n{core}\n\n{closing.format(name=c.first + ' ' + c.last)}"
        subj = self.rng.choice(W.LONG_EMAIL_SUBJECT[lg]).format(topic=W.TOPIC[problem][lg])
        return self.add(c, at, "email", "message", body, subj)

    def case_reply(self, c: Cust, at: datetime, channel: str, ref: str, lang: str) -> str:
        if channel == "chat":
            return self.reply_chat(
                c, self.after(at, 1, 4), lang, W.CHAT_CASE[lang].replace("{ref}", ref)
            )
        subj, body = W.CASE_OPENED[lang]
        return self.reply_mail(
            c,
            self.mail_time(self.after(at, 10, 40)),
            lang,
            subj.format(ref=ref),
            body.format(ref=ref),
        )

    def good_news(self, c: Cust, at: datetime, problem: str, ref: str, lang: str) -> str:
        subj, body = W.GOOD_NEWS[lang]
        return self.reply_mail(
            c, at, lang, subj.format(ref=ref), body.format(ref=ref, fix=W.FIX[problem][lang])
        )

    def confirm(self, c: Cust, at: datetime, ref: str, lang: str, channel: str) -> str:
        text = self.pick(c, W.CONFIRM[lang]).format(ref=ref)
        if channel == "chat":
            return self.add(c, at, "chat", "chat", text)
        return self.add(c, at, "email", "message", text, W.CONFIRM_SUBJECT[lang].format(ref=ref))

    # ---------------------------------------------------------- output
    def write(self) -> tuple[int, int, int]:
        self.check_planted()
        rows = sorted(self.rows, key=lambda r: (r.at, r.n))
        seen: set[str] = set()
        lines = []
        rr = random.Random(SEED * 100 + 90 + len(self.code) + sum(map(ord, self.code)))
        for row in rows:
            c = row.cust
            full = row.out or (c.key not in seen)
            if not row.out:
                seen.add(c.key)
            cust: dict[str, str | None] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            if full:
                cust.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
            elif row.channel == "phone":
                cc = PHONES[c.market][0]
                cust["phone"] = (
                    ("+" + cc + " " + c.phone[len(cc) + 1 :]) if rr.random() < 0.5 else c.phone
                )
            elif row.channel in ("social", "community"):
                if c.handle:
                    cust["handle"] = c.handle if rr.random() >= 0.2 else c.handle.lstrip("@")
                else:
                    cust["email"] = c.email
            elif row.channel == "email":
                cust["email"] = c.email.upper() if rr.random() < 1 / 12 else c.email
            else:
                cust["customer_id"] = c.key
            if row.at < self.start or row.at >= LAST_ALLOWED or row.at.year != 2026:
                raise SystemExit(f"{row.eid}: time {row.at} outside the family")
            obj = {
                "event_id": row.eid,
                "occurred_at": iso(row.at),
                "channel": row.channel,
                "kind": row.kind,
                "direction": "outbound" if row.out else "inbound",
                "customer": cust,
                "text": row.text,
                "subject": row.subject,
                "scores": {
                    "nps": row.scores.get("nps"),
                    "csat": row.scores.get("csat"),
                    "ces": row.scores.get("ces"),
                },
                "source": "quadrelo-" + SOURCE[row.channel],
                "attributes": row.attrs,
            }
            lines.append(json.dumps(obj, ensure_ascii=False))
        for c in self.custs:
            if c.key not in seen:
                raise SystemExit(f"{c.key}: no inbound touchpoint")
            if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
                raise SystemExit(f"{c.key}: a rule both expected and tolerated")
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
        end = self.start + timedelta(days=self.days)
        last = rows[-1].at + timedelta(hours=1)
        end = max(end, last)
        if end > LAST_ALLOWED:
            raise SystemExit(f"{self.name}: end {end} too late")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": BUSINESS,
                "days": self.days,
                "seed": SEED,
                "written": WRITTEN,
                "expected": dict(sorted(self.planted.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {c.key: c.truth for c in self.custs},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        text = json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True)
        (HERE / f"{self.name}.truth.json").write_text(text + "\n", "utf-8")
        return len(self.custs), len(rows), sum(1 for r in rows if r.out)

    def check_planted(self) -> None:
        counts: dict[str, int] = {}
        for c in self.custs:
            for rule in c.truth["expected_rules"]:
                counts[rule] = counts.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                counts[rule] = counts.get(rule, 0) + 1
        if self.spike:
            counts["topic_spike"] = 1
        if counts != self.planted:
            raise SystemExit(f"{self.name}: expected {counts} but planted {self.planted}")


def spread_days(
    rng: random.Random, lo: int, hi: int, n: int, avoid: set[int] | None = None
) -> list[int]:
    pool = [d for d in range(lo, hi + 1) if d not in (avoid or set())]
    return sorted(rng.sample(pool, min(n, len(pool))))


# ====================================================================== families


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        "happy customers: daytime writers, night writers and survey-only customers; nothing to warn about",
    )
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in spread_days(r, 0, 9, r.randint(5, 8)):
            f.happy(c, f.t(d, 7, 19), r.choice((*HAPPY, "survey", "praise", "again")))
    for _ in range(5):
        c = f.person("happy", "night writer", job=r.choice(NIGHT_JOBS))
        nights = spread_days(r, 0, 8, r.randint(2, 4))
        for d in nights:
            at = f.t(d, 22.2, 23.9) if r.random() < 0.4 else f.t(d + 1, 0, 4.5)
            if r.random() < 0.5:
                text = f.pick(c, W.NIGHT_POSTS[c.lang])
                if r.random() < 0.5:
                    f.add(c, at, "social", "mention", text)
                else:
                    f.add(c, at, "community", "post", text)
            else:
                q, a = W.NIGHT_Q[c.lang][f.pick_i(c, "n", len(W.NIGHT_Q[c.lang]))]
                f.add(c, at, "chat", "chat", q)
                t2 = f.after(at, 1, 5)
                f.reply_chat(c, t2, c.lang, a)
                f.add(c, f.after(t2, 1, 4), "chat", "chat", f.pick(c, W.THANKS[c.lang]))
        for d in spread_days(r, 0, 9, r.randint(2, 3)):
            f.happy(c, f.t(d, 9, 18), r.choice(("praise", "purchase", "page", "review")))
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in spread_days(r, 0, 9, r.randint(3, 6)):
            f.survey(c, f.t(d, 8, 20), c.lang)
    f.planted = {}
    return f


BD_CHANNELS = ("long", "email", "chat", "social", "web", "phone")


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        datetime(2026, 4, 6, tzinfo=UTC),
        12,
        "happy customers with one angry message on one day about one of six problems; six give a low NPS",
    )
    r = f.rng
    pairs = [(W.PROBLEMS[p], BD_CHANNELS[(p + k) % 6]) for k in range(4) for p in range(6)]
    r.shuffle(pairs)
    long_frames = [0, 1, 3, 4]
    with_case = [i for i, (_, ch) in enumerate(pairs) if ch != "social"]
    r.shuffle(with_case)
    nps_set = set(with_case[:6])
    csat_set = set(with_case[6:11])
    good_set = set(r.sample(with_case, 12))
    apology_set = set(r.sample(sorted(good_set), 5))
    for i, (problem, ch) in enumerate(pairs):
        lang: str | None = None
        frame = -1
        if ch == "long":
            frame = long_frames.pop(0)
            lang = W.LONG_EMAIL[frame][0]
        persona = "bad_day_detractor" if i in nps_set else "happy_one_bad_day"
        c = f.person(
            persona,
            "one bad day",
            lang,
            expected=["detractor"] if i in nps_set else [],
            tolerated=TOL_SILENCE,
        )
        bad_day = r.randint(2, 9)
        at = f.t(bad_day, 8, 20)
        acts = [d for d in range(0, 12) if d <= bad_day - 2 or d >= bad_day + 3]
        for d in spread_days(r, 0, 11, r.randint(1, 5), avoid=set(range(12)) - set(acts)):
            f.happy(c, f.t(d, 7, 21), r.choice(HAPPY))
        if ch == "long":
            eid = f.long_email(c, at, problem, frame)
        else:
            eid = f.complaint(c, at, problem, ch)
        ref = None if ch == "social" else f.ref()
        t = {
            "problem": problem,
            "channel": "email" if ch == "long" else ch,
            "booking": ref,
            "bad_day_at": iso(at),
            "bad_day_event_id": eid,
            "problem_event_ids": [eid],
            "trouble_starts_at": iso(at),
            "long_email": ch == "long",
            "agent_fixed": False,
            "apologised": False,
            "nps_given": False,
            "csat_given": False,
        }
        if ref is not None:
            rch = "chat" if ch == "chat" else "email"
            f.case_reply(c, at, rch, ref, c.lang)
            if i in nps_set:
                score = r.randint(1, 5)
                sid = f.low_survey(c, f.after(at, 100, 140), c.lang, "nps", score, W.NPS_LOW_WORDS)
                t.update(nps_given=True, nps=score, survey_event_id=sid)
            elif i in csat_set:
                score = r.randint(1, 2)
                sid = f.low_survey(c, f.after(at, 40, 80), c.lang, "csat", score, W.CSAT_LOW_WORDS)
                t.update(csat_given=True, csat=score, survey_event_id=sid)
            if i in good_set:
                gt = f.out_of_night(f.after(at, 60, 240))
                f.good_news(c, gt, problem, ref, c.lang)
                t["agent_fixed"] = True
                if i in apology_set:
                    at2 = f.out_of_night(f.after(at, 16 * 60, 24 * 60))
                    at2 = max(at2, f.after(gt, 20, 60))
                    text = f.pick(c, W.APOLOGY[c.lang]).format(ref=ref)
                    if r.random() < 0.5:
                        aid = f.add(c, at2, "chat", "chat", text)
                    else:
                        aid = f.add(
                            c,
                            at2,
                            "email",
                            "message",
                            text,
                            W.CONFIRM_SUBJECT[c.lang].format(ref=ref),
                        )
                    t.update(apologised=True, apology_at=iso(at2), apology_event_id=aid)
        c.truth.update(t)
    for _ in range(8):
        c = f.person("happy", "control")
        for d in spread_days(r, 0, 11, r.randint(4, 7)):
            f.happy(c, f.t(d, 7, 21), r.choice((*HAPPY, "survey")))
    f.planted = {"detractor": 6}
    return f


LATER_CHANNELS = ("email", "chat", "phone", "web", "social")


def open_problem_run(
    f: Fam,
    c: Cust,
    first_at: datetime,
    first_ch: str,
    problem: str,
    contacts: int,
    langs: list[str],
    quality: bool,
) -> dict[str, Any]:
    """A problem raised ``contacts`` times, still open; returns the truth fields."""
    r = f.rng
    ref = f.ref()
    lg0 = langs[0]
    first = f.complaint(c, first_at, problem, first_ch, lg0)
    ids = [first]
    if first_ch == "chat":
        f.reply_chat(c, f.after(first_at, 1, 4), lg0, W.CHAT_CASE[lg0].replace("{ref}", ref))
    if quality:
        s, b = W.QUALITY_LEAD[lg0]
        f.reply_mail(
            c, f.mail_time(f.after(first_at, 90, 150)), lg0, s.format(ref=ref), b.format(ref=ref)
        )
    elif first_ch != "chat":
        f.case_reply(c, first_at, "email", ref, lg0)
    used = {first_ch}
    t = first_at
    competitor = None
    channels = [first_ch]
    for k in range(2, contacts + 1):
        lg = langs[(k - 1) % len(langs)]
        opts = [
            ch
            for ch in LATER_CHANNELS
            if ch not in used
            and not (ch == "phone" and k != 2)
            and not (ch == "social" and c.handle is None)
        ]
        ch = r.choice(opts)
        used.add(ch)
        channels.append(ch)
        t = f.out_of_night(f.after(t, 4 * 60, 40 * 60))
        what = W.WHAT[problem][lg]
        if ch == "phone":
            eid = f.add(
                c, t, "phone", "call", W.FOLLOW_CALL[lg].format(ref=ref, what=what), rough=False
            )
        else:
            if k == 2:
                text = r.choice(W.FOLLOW2[lg]).format(ref=ref, what=what)
            elif k == 3:
                competitor = r.choice(W.COMPETITORS)
                text = r.choice(W.FOLLOW3[lg]).format(ref=ref, what=what, comp=competitor)
            else:
                text = r.choice(W.FOLLOW4[lg]).format(ref=ref, what=what)
            if ch == "email":
                eid = f.add(c, t, "email", "message", text, W.CONFIRM_SUBJECT[lg].format(ref=ref))
            elif ch == "chat":
                eid = f.add(c, t, "chat", "chat", text)
                f.reply_chat(c, f.after(t, 1, 5), lg, W.URGENT_CHAT[lg].replace("{ref}", ref))
            elif ch == "web":
                eid = f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"})
            else:
                eid = f.add(c, t, "social", "mention", text)
        ids.append(eid)
    return {
        "problem": problem,
        "booking": ref,
        "contacts": contacts,
        "channels": channels,
        "channel": first_ch,
        "problem_event_ids": ids,
        "repeat_event_id": ids[1],
        "trouble_starts_at": iso(first_at),
        "agent_passed_on": quality,
        "competitor": competitor,
    }


def fixed_case(
    f: Fam, c: Cust, at: datetime, problem: str, ch: str, lang: str, confirm_lang: str
) -> dict[str, Any]:
    r = f.rng
    ref = f.ref()
    eid = f.complaint(c, at, problem, ch, lang)
    f.case_reply(c, at, "chat" if ch == "chat" else "email", ref, lang)
    gt = f.out_of_night(f.after(at, 3 * 60, 20 * 60))
    f.good_news(c, gt, problem, ref, confirm_lang)
    ct = f.out_of_night(f.after(gt, 8 * 60, 30 * 60))
    cch = r.choice(["email", "chat"])
    cid = f.confirm(c, ct, ref, confirm_lang, cch)
    return {
        "problem": problem,
        "booking": ref,
        "raised_at": iso(at),
        "fixed_at": iso(gt),
        "confirmed_at": iso(ct),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": ch,
        "confirm_channel": cch,
    }


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        datetime(2026, 5, 18, tzinfo=UTC),
        10,
        "customers whose one problem stays open over 2-4 contacts, customers whose problem is fixed between contacts, two different problems, and frequent happy writers",
    )
    r = f.rng
    counts = [2] * 4 + [3] * 4 + [4] * 4
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    quality = [True] * 6 + [False] * 6
    r.shuffle(counts)
    r.shuffle(firsts)
    r.shuffle(quality)
    for i in range(12):
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=TOL_REPEAT)
        for _ in range(r.randint(1, 3)):
            f.happy(c, f.t(0, 7, 12), r.choice(HAPPY))
        problem = W.PROBLEMS[i % 6]
        at = f.t(r.randint(1, 4), 8, 19)
        c.truth.update(
            open_problem_run(f, c, at, firsts[i], problem, counts[i], [c.lang], quality[i])
        )
    for i in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=TOL_SILENCE)
        for _ in range(r.randint(1, 3)):
            f.happy(c, f.t(0, 7, 12), r.choice(HAPPY))
        at = f.t(r.randint(1, 4), 8, 19)
        case = fixed_case(
            f, c, at, W.PROBLEMS[(i + 2) % 6], r.choice(["web", "email", "chat"]), c.lang, c.lang
        )
        c.truth.update(
            problems=[case],
            booking=case["booking"],
            trouble_starts_at=case["raised_at"],
            problem=case["problem"],
        )
    for i in range(3):
        c = f.person("different_problems", "two problems", tolerated=TOL_SILENCE)
        f.happy(c, f.t(0, 7, 12), r.choice(HAPPY))
        at1 = f.t(1, 8, 17)
        at2 = f.t(1 + r.randint(4, 5), 8, 17)
        p1, p2 = W.PROBLEMS[i], W.PROBLEMS[i + 3]
        c1 = fixed_case(f, c, at1, p1, r.choice(["web", "email"]), c.lang, c.lang)
        c2 = fixed_case(f, c, at2, p2, r.choice(["chat", "email"]), c.lang, c.lang)
        c.truth.update(problems=[c1, c2], trouble_starts_at=c1["raised_at"])
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        for d in spread_days(r, 0, 9, r.randint(5, 8)):
            f.happy(
                c,
                f.t(d, 7, 20),
                r.choice(
                    ("chat_q", "chat_q", "email_q", "email_q", "phone_q", "praise", "purchase")
                ),
            )
    f.planted = {"repeat_contact": 12}
    return f


def slide(f: Fam, c: Cust, d0: int, span: int, langs: list[str], nps: bool) -> dict[str, Any]:
    r = f.rng
    variant = r.randrange(len(W.SLIDE[langs[0]]))
    comp = r.choice(W.COMPETITORS)
    ratings = [3, 3, 2, 2, 1, 1]
    ids: list[str] = []
    days: list[str] = []
    t_prev: datetime | None = None
    fourth: datetime | None = None
    sid = None
    score = None
    for i in range(6):
        lg = langs[i % len(langs)]
        steps = W.SLIDE[lg][variant % len(W.SLIDE[lg])]
        text = steps[i].format(amt=money(W.SLIDE_FEE_EUR, c.market, lg), comp=comp)
        at = f.t(d0 + (i * span) // 5, 8, 21)
        if t_prev is not None and at < t_prev + timedelta(hours=1):
            at = t_prev + timedelta(minutes=r.randint(60, 150))
        at = f.out_of_night(at)
        t_prev = at
        ch = r.choice(["social", "community", "review"])
        if ch == "review":
            eid = f.add(
                c, at, "web", "review", text, attrs={"rating": str(ratings[i]), "page": "/reviews"}
            )
        elif ch == "social":
            eid = f.add(c, at, "social", "mention", text)
        else:
            eid = f.add(c, at, "community", "post", text)
        ids.append(eid)
        days.append(iso(at)[:10])
        if i == 3:
            fourth = at
    if nps and fourth is not None:
        score = r.randint(1, 5)
        sid = f.low_survey(
            c,
            f.out_of_night(f.after(fourth, 150, 210)),
            langs[3 % len(langs)],
            "nps",
            score,
            W.NPS_LOW_WORDS,
        )
    out: dict[str, Any] = {
        "slide_event_ids": ids,
        "slide_days": span,
        "competitor": comp,
        "trouble_starts_at": iso(f.rows[[row.eid for row in f.rows].index(ids[0])].at),
        "nps_given": nps,
    }
    if sid is not None:
        out.update(nps=score, survey_event_id=sid)
    return out


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        datetime(2026, 6, 22, tzinfo=UTC),
        32,
        "sliding churners, customers who ask to cancel, steady happy customers, steadily grumpy customers and one sarcastic remark",
    )
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    r.shuffle(spans)
    nps = [True] * 5 + [False] * 5
    r.shuffle(nps)
    for i in range(10):
        exp = ["sentiment_drop"] + (["detractor"] if nps[i] else [])
        c = f.person("slow_churner", "slides", expected=exp, tolerated=TOL_SLIDE)
        days = spread_days(r, 0, 10, r.randint(6, 9))
        praise_n = r.randint(4, 5)
        for j, d in enumerate(days):
            if j < praise_n:
                f.happy(c, f.t(d, 8, 20), r.choice(("praise", "praise", "again", "gripe")))
            else:
                f.happy(
                    c, f.t(d, 8, 20), r.choice(("chat_q", "purchase", "page", "review", "email_q"))
                )
        c.truth.update(slide(f, c, r.randint(12, 16), spans[i], [c.lang], nps[i]))
    for _ in range(5):
        c = f.person(
            "slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=TOL_LEAVE
        )
        for d in spread_days(r, 0, 15, r.randint(4, 6)):
            f.happy(c, f.t(d, 8, 20), r.choice(HAPPY))
        at = f.t(r.randint(17, 23), 8, 19)
        eid = f.add(c, at, "email", "message", f.pick(c, W.LEAVE[c.lang]), W.LEAVE_SUBJECT[c.lang])
        f.reply_mail(
            c,
            f.mail_time(f.after(at, 60, 300)),
            c.lang,
            "RE: " + W.LEAVE_SUBJECT[c.lang],
            W.SORRY_GO[c.lang],
        )
        ct = f.out_of_night(f.after(at, 20 * 60, 30 * 60))
        cid = f.add(
            c,
            ct,
            "web",
            "cancellation",
            attrs={
                "page": "/account/care/cancel",
                "product": "Quadrelo Care, yearly / Quadrelo Care, anual",
            },
        )
        c.truth.update(
            churn_intent_event_id=eid,
            cancellation_event_id=cid,
            churn_at=iso(ct),
            trouble_starts_at=iso(at),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        for d in spread_days(r, 0, 31, r.randint(6, 10)):
            f.happy(c, f.t(d, 7, 21), r.choice((*HAPPY, "survey")))
    for _ in range(5):
        lg = r.choice(["pt", "es", "pt", "es", "en", "de"])
        c = f.person("steadily_grumpy", "grumbles", lg, tolerated=TOL_GRUMPY)
        d = r.randint(0, 4)
        ids = []
        for _k in range(r.randint(5, 7) if lg in ("pt", "es") else 3):
            text = f.pick(c, W.GRUMPY[lg])
            at = f.t(d, 8, 21)
            ch = r.choice(["social", "community", "web", "review"])
            if ch == "review":
                ids.append(
                    f.add(c, at, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            elif ch == "web":
                ids.append(f.add(c, at, "web", "ticket", text, attrs={"page": "/help/contact"}))
            elif ch == "social":
                ids.append(f.add(c, at, "social", "mention", text))
            else:
                ids.append(f.add(c, at, "community", "post", text))
            d += r.randint(1, 3)
        for _k in range(r.randint(0, 2)):
            f.purchase(c, f.t(r.randint(0, 20), 9, 19))
        c.truth.update(
            grumble_event_ids=ids,
            trouble_starts_at=iso(f.rows[[row.eid for row in f.rows].index(ids[0])].at),
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=TOL_SILENCE)
        for d in spread_days(r, 0, 16, r.randint(3, 6)):
            f.happy(c, f.t(d, 8, 20), r.choice(HAPPY))
        at = f.t(r.randint(17, 28), 9, 21)
        text = f.pick(c, W.SARCASM[c.lang])
        sid = (
            f.add(c, at, "social", "mention", text)
            if r.random() < 0.6
            else f.add(c, at, "community", "post", text)
        )
        c.truth.update(sarcasm_event_id=sid, trouble_starts_at=iso(at))
    f.planted = {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5}
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        datetime(2026, 8, 14, tzinfo=UTC),
        3,
        "a calm summer weekend: day customers, four mild grumbles and nightly bursts of night owls; no spike",
    )
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in spread_days(r, 0, 2, r.randint(1, 3)):
            f.happy(c, f.t(d, 7, 17.5), r.choice(HAPPY))
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=TOL_SILENCE)
        d = r.randint(0, 2)
        at = f.t(d, 8, 17)
        if r.random() < 0.5:
            f.purchase(c, at)
        else:
            f.add(c, at, "web", "page_view", attrs={"page": "/shops"})
        gt = f.after(at, 20, 30)
        text, answer = r.choice(W.MILD[c.lang])
        if i < 2:
            gid = f.add(c, gt, "chat", "chat", text)
            f.reply_chat(c, f.after(gt, 1, 6), c.lang, answer)
        else:
            gid = f.add(c, gt, "web", "ticket", text, attrs={"page": "/help/feedback"})
            s, b = W.WEB_ACK[c.lang]
            f.reply_mail(
                c,
                f.mail_time(f.after(gt, 30, 120)),
                c.lang,
                s,
                b.format(answer=answer.replace(" {agent}", "")),
            )
        c.truth.update(grumble_event_id=gid, trouble_starts_at=iso(gt))
    owls = 0
    daytime = set(r.sample(range(36), 18))
    for night in range(3):
        first = f.t(night + 1, 40 / 60, 65 / 60)
        starts = [first, f.after(first, 28, 33), f.after(first, 55, 65)]
        for b, bs in enumerate(starts):
            for _ in range(4):
                c = f.person(
                    "night_owl", f"night {night + 1}, burst {b + 1}", job=r.choice(NIGHT_JOBS)
                )
                at = f.after(bs, 0, 9.5)
                if r.random() < 0.5:
                    q, a = W.NIGHT_Q[c.lang][f.pick_i(c, "n", len(W.NIGHT_Q[c.lang]))]
                    nid = f.add(c, at, "chat", "chat", q)
                    t2 = f.after(at, 1, 4)
                    f.reply_chat(c, t2, c.lang, a)
                    f.add(c, f.after(t2, 1, 3), "chat", "chat", f.pick(c, W.THANKS[c.lang]))
                else:
                    text = f.pick(c, W.NIGHT_POSTS[c.lang])
                    nid = (
                        f.add(c, at, "social", "mention", text)
                        if r.random() < 0.5
                        else f.add(c, at, "community", "post", text)
                    )
                if owls in daytime:
                    f.happy(
                        c,
                        f.t(r.randint(0, 2), 9, 17.5),
                        r.choice(("praise", "purchase", "page", "review")),
                    )
                c.truth.update(burst_at=iso(bs), night_event_id=nid)
                owls += 1
    f.planted = {}
    return f


BL_PAIRS = (
    [("pt", "es")] * 4
    + [("es", "pt")] * 4
    + [("pt", "en")] * 2
    + [("es", "en")] * 2
    + [("en", "pt")] * 2
    + [
        ("pt", "fr"),
        ("fr", "pt"),
        ("es", "de"),
        ("de", "es"),
        ("es", "it"),
        ("it", "es"),
        ("pt", "de"),
        ("en", "es"),
        ("fr", "es"),
        ("it", "pt"),
        ("de", "pt"),
        ("es", "fr"),
        ("pt", "it"),
    ]
)
BL_REASONS = [
    "lives in {m} and writes {l2} at work",
    "grew up with a {l2}-speaking parent",
    "studied in a {l2}-speaking country and keeps writing in it",
    "partner's family speaks {l2}; shares the account",
    "works for a company whose support language is {l2}",
]


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        6,
        datetime(2026, 9, 7, tzinfo=UTC),
        14,
        "customers writing in two languages: happy ones, repeat contacts, sliders, a bad day in the second language and problems fixed between contacts",
    )
    r = f.rng
    pairs = list(BL_PAIRS)
    r.shuffle(pairs)
    # the long e-mail is written in Portuguese: give that role to a pair whose second language is Portuguese
    long_i = next(i for i, p in enumerate(pairs) if p[1] == "pt")
    roles = (
        ["happy"] * 12 + ["repeat"] * 5 + ["slide"] * 5 + ["short_email", "chat"] + ["fixed"] * 2
    )
    rest = [i for i in range(27) if i != long_i]
    r.shuffle(rest)
    plan: dict[int, str] = {long_i: "long"}
    for i, role in zip(rest, roles, strict=True):
        plan[i] = role
    rep_counts = [2, 2, 3, 3, 4]
    r.shuffle(rep_counts)
    for i in range(27):
        l1, l2 = pairs[i]
        mk = f.market(r.choice([l1, l2]))
        role = plan[i]
        extra: dict[str, Any] = {
            "languages": [l1, l2],
            "job_second_language": r.choice(BL_REASONS).format(m=mk, l2=LANG_NAME[l2]),
        }
        langs = [l1, l2]
        if role == "happy":
            c = f.person("happy", "alternates languages", l1, mk, **extra)
            for j, d in enumerate(spread_days(r, 0, 13, r.randint(5, 8))):
                f.happy(c, f.t(d, 7, 21), r.choice(HAPPY), langs[j % 2])
        elif role == "repeat":
            c = f.person(
                "repeat_contact",
                "repeats",
                l1,
                mk,
                expected=["repeat_contact"],
                tolerated=TOL_REPEAT,
                **extra,
            )
            for j in range(r.randint(1, 3)):
                f.happy(c, f.t(r.randint(0, 1), 7, 20), r.choice(HAPPY), langs[j % 2])
            n = rep_counts.pop()
            at = f.t(r.randint(2, 5), 8, 19)
            c.truth.update(
                open_problem_run(
                    f,
                    c,
                    at,
                    r.choice(["web", "email", "chat"]),
                    r.choice(W.PROBLEMS),
                    n,
                    langs,
                    n >= 3,
                )
            )
        elif role == "slide":
            c = f.person(
                "slow_churner",
                "slides",
                l1,
                mk,
                expected=["sentiment_drop"],
                tolerated=TOL_SLIDE,
                **extra,
            )
            days = spread_days(r, 0, 5, r.randint(6, 6))
            others = r.randint(1, 3)
            for j, d in enumerate(days[:5]):
                f.happy(c, f.t(d, 8, 20), r.choice(("praise", "praise", "again")), langs[j % 2])
            for j in range(others):
                f.happy(
                    c,
                    f.t(r.randint(0, 5), 8, 20),
                    r.choice(("chat_q", "purchase", "page")),
                    langs[(j + 1) % 2],
                )
            c.truth.update(slide(f, c, r.randint(7, 8), r.randint(3, 5), langs, False))
        elif role in ("long", "short_email", "chat"):
            c = f.person("happy_one_bad_day", "one bad day", l1, mk, tolerated=TOL_SILENCE, **extra)
            bad_day = r.randint(4, 9)
            for j, d in enumerate(
                spread_days(r, 0, 13, r.randint(3, 5), avoid=set(range(bad_day - 1, bad_day + 3)))
            ):
                f.happy(c, f.t(d, 7, 21), r.choice(HAPPY), langs[j % 2])
            at = f.t(bad_day, 9, 19)
            problem = r.choice(W.PROBLEMS)
            ref = f.ref()
            if role == "long":
                eid = f.long_email(c, at, problem, 2)
            else:
                eid = f.complaint(c, at, problem, "email" if role == "short_email" else "chat", l2)
            f.case_reply(c, at, "chat" if role == "chat" else "email", ref, l2)
            t: dict[str, Any] = {
                "problem": problem,
                "booking": ref,
                "bad_day_at": iso(at),
                "bad_day_event_id": eid,
                "bad_day_language": l2,
                "problem_event_ids": [eid],
                "trouble_starts_at": iso(at),
                "long_email": role == "long",
                "agent_fixed": False,
                "apologised": False,
                "nps_given": False,
                "csat_given": False,
                "channel": "chat" if role == "chat" else "email",
            }
            if role != "chat":
                gt = f.out_of_night(f.after(at, 60, 240))
                f.good_news(c, gt, problem, ref, l2)
                t["agent_fixed"] = True
            if role == "short_email":
                at2 = f.out_of_night(f.after(at, 18 * 60, 24 * 60))
                aid = f.add(c, at2, "chat", "chat", f.pick(c, W.APOLOGY[l2]).format(ref=ref))
                t.update(apologised=True, apology_at=iso(at2), apology_event_id=aid)
            c.truth.update(t)
        else:
            c = f.person(
                "resolved_between_contacts", "fixed", l1, mk, tolerated=TOL_SILENCE, **extra
            )
            for j, d in enumerate(spread_days(r, 0, 2, r.randint(1, 2))):
                f.happy(c, f.t(d, 7, 20), r.choice(HAPPY), langs[j % 2])
            at = f.t(r.randint(3, 8), 9, 18)
            case = fixed_case(f, c, at, r.choice(W.PROBLEMS), "web", l1, l2)
            c.truth.update(
                problems=[case],
                booking=case["booking"],
                trouble_starts_at=case["raised_at"],
                problem=case["problem"],
                confirm_language=l2,
            )
    f.planted = {"repeat_contact": 5, "sentiment_drop": 5}
    return f


ACCOUNTS: list[tuple[str, str, str, str, str | None, int]] = [
    # (company, site, market, kind, problem, contacts)
    ("Ourivesaria Teixeira & Filhos", "jeweller", "PT", "at_risk", "invoice", 5),
    ("Almacenes Garrido", "department_store", "ES", "at_risk", "portal", 4),
    ("Ayuntamiento de Villaseca del Río", "municipality", "ES", "at_risk", "overbilled", 6),
    ("Hotel Miradouro do Sado", "hotel", "PT", "at_risk", "service_blocked", 5),
    ("Auktionshaus Brenner", "auction_house", "DE", "at_risk", "invoice", 5),
    ("Casa de Penhores Almeida", "pawnbroker", "PT", "one_unhappy", "portal", 3),
    ("Antigüedades Lozano", "antiques", "ES", "one_unhappy", "service_blocked", 3),
    ("Museo Civico di Cervara", "museum", "IT", "one_unhappy", "overbilled", 3),
    ("Bijouterie Marchal", "jeweller", "FR", "one_unhappy", "invoice", 3),
    ("Relojería Campoy", "watch_shop", "ES", "mild", None, 3),
    ("Ashbury College", "university", "UK", "mild", None, 4),
    ("Linha do Vale, comboio histórico", "heritage_railway", "PT", "mild", None, 4),
    ("Joyería Benítez", "jeweller", "ES", "happy", None, 4),
    ("Uhren Kessler AG", "watch_shop", "CH", "happy", None, 4),
    ("Seguradora Atlântida", "insurer", "PT", "happy", None, 3),
]
ACCOUNT_LANG = {"PT": "pt", "ES": "es", "DE": "de", "IT": "it", "FR": "fr", "UK": "en", "CH": "de"}


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        datetime(2026, 9, 28, tzinfo=UTC),
        14,
        "Quadrelo Trade accounts: five at risk (3-4 contacts complaining about one problem), four with one unhappy contact, three with mild suggestions, three happy",
    )
    r = f.rng
    n_unhappy = {"Ourivesaria Teixeira & Filhos": 4, "Ayuntamiento de Villaseca del Río": 4}
    for company, site, mk, kind, problem, n in ACCOUNTS:
        lg = ACCOUNT_LANG[mk]
        while True:
            acc = f"QTR-{mk}-{r.randint(10000, 99999)}"
            if REG.take(acc):
                break
        dom = (
            (ascii_fold(company) if lg == "de" else plain(company))
            .lower()
            .replace("&", "")
            .replace(",", "")
            .replace("  ", " ")
            .split(" ")
        )
        domain = "-".join(w for w in dom[:3] if w) + ".example"
        firsts = r.sample(FIRST[lg], n)
        unhappy = 0
        if kind == "at_risk":
            unhappy = n_unhappy.get(company, 3)
        elif kind == "one_unhappy":
            unhappy = 1
        contacts: list[Cust] = []
        titles = r.sample(B.JOB_TITLES, n)
        for j in range(n):
            if kind == "at_risk" and j < unhappy:
                role, persona = "complainer", "b2b_unhappy"
                last = j == unhappy - 1
                exp = ["repeat_contact"] if last else ["detractor"]
                tol = TOL_B2B_UNHAPPY
            elif kind == "one_unhappy" and j == 0:
                role, persona, exp, tol = (
                    "complainer",
                    "b2b_one_unhappy",
                    ["detractor"],
                    TOL_B2B_ONE,
                )
            elif kind == "mild" and j < 2:
                role, persona, exp, tol = "suggests", "b2b_mild", [], TOL_SILENCE
            else:
                role, persona, exp, tol = "contact", "b2b_happy", [], []
            c = f.person(
                persona,
                role,
                lg,
                mk,
                account=acc,
                domain=domain,
                first=firsts[j],
                job=titles[j],
                expected=exp,
                tolerated=tol,
                company=company,
                role=role,
                job_title=titles[j],
            )
            contacts.append(c)
        keys = [c.key for c in contacts]
        unhappy_keys = [c.key for c in contacts if c.truth["role"] == "complainer"]
        acct: dict[str, Any] = {
            "company": company,
            "site": site,
            "contacts": n,
            "contact_keys": keys,
            "unhappy_contacts": unhappy,
            "unhappy_contact_keys": unhappy_keys,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lg,
            "country": mk,
        }
        f.accounts[acc] = acct
        # routine acts
        for c in contacts:
            role = c.truth["role"]
            if role == "contact":
                for d in spread_days(r, 0, 13, r.randint(2, 5), avoid={5, 6, 12, 13}):
                    at = f.t(d, 8, 16.5)
                    b2b_routine(f, c, at, with_survey=True)
            else:
                for _ in range(r.randint(0, 2)):
                    b2b_routine(f, c, f.t(r.randint(0, 1), 8, 16.5), with_survey=False)
        if kind == "at_risk" and problem is not None:
            ref = f.ref()
            t = f.t(2, 8, 11)
            acct["trouble_starts_at"] = iso(t)
            first_c = contacts[0]
            comps: list[str] = []
            comp = r.choice(W.COMPETITORS)
            t0 = t
            for j in range(unhappy):
                c = contacts[j]
                subj = B.B2B_SUBJECT[problem][lg]
                if j == 0:
                    text = B.B2B_FIRST[problem][lg].format(name=f"{c.first} {c.last}")
                else:
                    t = f.office(f.after(t, 8 * 60, 28 * 60))
                    same_day = t.date() == t0.date()
                    when = (
                        B.THIS_MORNING[lg]
                        if same_day and t0.hour < 12
                        else B.WEEKDAY[lg][t0.weekday()]
                    )
                    text = r.choice(B.B2B_LATER[lg]).format(
                        first=first_c.first,
                        when=when,
                        ref=ref,
                        what=B.B2B_WHAT[problem][lg],
                        name=c.first,
                    )
                    subj = f"{subj} [{ref}]"
                eid = f.add(c, t, "email", "message", text, subj, rough=False)
                comps.append(eid)
                if j == 0:
                    s, b = B.B2B_ACK[lg]
                    ag = f.agent(lg)
                    f.add(
                        c,
                        f.after(t, 20, 60),
                        "email",
                        "message",
                        b.format(name=c.first, ref=ref, agent=ag),
                        s.format(subject=subj, ref=ref),
                        out=True,
                        attrs={"agent": ag},
                    )
                c.truth.update(
                    complaint_event_ids=[eid],
                    trouble_starts_at=iso(t),
                    booking=ref,
                    problem=problem,
                )
                if j < unhappy - 1:
                    score = r.randint(1, 5)
                    sid = f.low_survey(c, f.after(t, 100, 180), lg, "nps", score, B.B2B_NPS_WORDS)
                    c.truth.update(nps_given=True, nps=score, survey_event_id=sid)
                else:
                    t2 = f.office(f.after(t, 18 * 60, 40 * 60))
                    what = B.B2B_WHAT[problem][lg]
                    if len([a for a in f.accounts.values() if a["kind"] == "at_risk"]) == 1:
                        rid = f.add(
                            c,
                            t2,
                            "email",
                            "message",
                            B.B2B_LAST_EMAIL[lg].format(
                                ref=ref, what=what, comp=comp, name=c.first
                            ),
                            f"RE: {B.B2B_SUBJECT[problem][lg]} [{ref}]",
                            rough=False,
                        )
                        c.truth["competitor"] = comp
                    else:
                        rid = f.add(
                            c,
                            t2,
                            "phone",
                            "call",
                            B.B2B_LAST_CALL[lg].format(ref=ref, what=what),
                            rough=False,
                        )
                        c.truth["competitor"] = None
                    c.truth.update(
                        repeat_event_id=rid, complaint_event_ids=[eid, rid], nps_given=False
                    )
        elif kind == "one_unhappy" and problem is not None:
            c = contacts[0]
            ref = f.ref()
            t = f.office(f.t(r.choice([3, 4, 7, 8, 9]), 8, 16))
            subj = B.B2B_SUBJECT[problem][lg]
            eid = f.add(
                c,
                t,
                "email",
                "message",
                B.B2B_FIRST[problem][lg].format(name=f"{c.first} {c.last}"),
                subj,
                rough=False,
            )
            s, b = B.B2B_ACK[lg]
            ag = f.agent(lg)
            f.add(
                c,
                f.after(t, 20, 60),
                "email",
                "message",
                b.format(name=c.first, ref=ref, agent=ag),
                s.format(subject=subj, ref=ref),
                out=True,
                attrs={"agent": ag},
            )
            score = r.randint(1, 5)
            sid = f.low_survey(c, f.after(t, 100, 180), lg, "nps", score, B.B2B_NPS_WORDS)
            c.truth.update(
                complaint_event_ids=[eid],
                trouble_starts_at=iso(t),
                booking=ref,
                problem=problem,
                nps_given=True,
                nps=score,
                survey_event_id=sid,
            )
        elif kind == "mild":
            for j, kind_s in enumerate(r.sample(["export", "photos"], 2)):
                c = contacts[j]
                t = f.office(f.t(r.randint(2, 11), 8, 16))
                mid = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    B.B2B_SUGGEST[kind_s][lg],
                    attrs={"page": "/trade/feedback"},
                    rough=False,
                )
                s, b = B.B2B_SUGGEST_ACK[lg]
                ag = f.agent(lg)
                f.add(
                    c,
                    f.office(f.after(t, 60, 240)),
                    "email",
                    "message",
                    b.format(name=c.first, agent=ag),
                    s,
                    out=True,
                    attrs={"agent": ag},
                )
                c.truth.update(mild_event_id=mid, trouble_starts_at=iso(t))
    f.planted = {"account_risk": 5, "detractor": 16, "repeat_contact": 5}
    return f


def b2b_routine(f: Fam, c: Cust, at: datetime, with_survey: bool) -> None:
    r = f.rng
    lg = c.lang
    kinds = ["chat", "hire", "page"] + (["praise", "survey"] if with_survey else [])
    k = r.choice(kinds)
    if k == "chat":
        q, a = r.choice(B.B2B_QUESTIONS[lg])
        f.add(c, at, "chat", "chat", q, rough=False)
        t2 = f.after(at, 1, 6)
        f.reply_chat(c, t2, lg, a)
        if r.random() < 0.7:
            f.add(c, f.after(t2, 1, 4), "chat", "chat", r.choice(B.B2B_THANKS[lg]), rough=False)
    elif k == "hire":
        f.purchase(c, at, B.TRADE_PRODUCTS, r.choice(B.TRADE_PAGES[:4]))
    elif k == "page":
        f.add(c, at, "web", "page_view", attrs={"page": r.choice(B.TRADE_PAGES)})
    elif k == "praise":
        f.add(c, at, "community", "post", r.choice(B.B2B_PRAISE[lg]), rough=False)
    else:
        f.survey(c, at, lg, B.B2B_SURVEY_WORDS)


SPIKE_LANGS = ["pt"] * 6 + ["es"] * 6 + ["en"] * 2 + ["de"] * 2 + ["it"] * 2 + ["fr"] * 2
SPIKE_CHANNELS = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
EURO_MARKETS = {
    "pt": ["PT"],
    "es": ["ES"],
    "en": ["UK", "IE"],
    "de": ["DE", "AT"],
    "it": ["IT"],
    "fr": ["FR", "BE", "LU"],
}
CREDIT = {"EUR": "10 €", "GBP": "£9", "CHF": "CHF 9"}


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        datetime(2026, 11, 9, tzinfo=UTC),
        6,
        "a calm week and one planted spike on Saturday 14 November 2026: repair quotes marked accepted by themselves, declining fails with error QT/914",
    )
    r = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in spread_days(r, 0, 5, r.randint(1, 4)):
            at = f.t(d, 12, 19) if d == 5 else f.t(d, 7, 20)
            f.happy(c, at, r.choice((*HAPPY, "survey")))
    for lg in ("pt", "es"):
        c = f.person("grumbles_once", "grumbles once", lg, tolerated=TOL_SILENCE)
        at = f.t(0, 9, 16)
        text, answer = W.SPIKE_WEEK_GRUMBLE[lg]
        gid = f.add(c, at, "chat", "chat", text)
        f.reply_chat(c, f.after(at, 2, 6), lg, answer)
        c.truth.update(grumble_event_id=gid, trouble_starts_at=iso(at))
    for lg, hh in (("pt", 9 + 40 / 60), ("es", 16 + 5 / 60)):
        c = f.person("grumbles_once", "lone question", lg, tolerated=TOL_SILENCE)
        at = f.start + timedelta(days=4, hours=hh)
        q, a = W.LONE_Q[lg]
        lid = f.add(c, at, "chat", "chat", q)
        f.reply_chat(c, f.after(at, 2, 6), lg, a)
        c.truth.update(lone_report_event_id=lid, trouble_starts_at=iso(at))
    langs = list(SPIKE_LANGS)
    chans = list(SPIKE_CHANNELS)
    r.shuffle(langs)
    r.shuffle(chans)
    spike_start = datetime(2026, 11, 14, 9, 5, tzinfo=UTC)
    offsets = sorted([0, 45, *r.sample(range(1, 45), 18)])
    regular = set(r.sample(range(20), 12))
    reps = [i for i in range(20) if offsets[i] <= 30]
    repeaters = set(r.sample(reps, 6))
    fixed_pool = [i for i in range(20) if i not in repeaters]
    fixed = set(r.sample(fixed_pool, 6))
    keys: list[str] = []
    said: dict[str, int] = {}
    eids: list[str] = []
    rep_ids: list[str] = []
    for i in range(20):
        lg = langs[i]
        mk = r.choice(EURO_MARKETS[lg])
        ch = chans[i]
        persona = "spike_repeater" if i in repeaters else "spike_reporter"
        c = f.person(
            persona,
            "regular" if i in regular else "new",
            lg,
            mk,
            expected=["repeat_contact"] if i in repeaters else [],
            tolerated=TOL_SPIKE_REPEAT if i in repeaters else TOL_SILENCE,
        )
        if ch == "social" and c.handle is None:
            raise SystemExit("spike reporter without handle")
        if i in regular:
            for _ in range(r.randint(1, 3)):
                at0 = f.t(2, 8, 17.5)
                f.happy(c, at0, r.choice(("praise", "purchase", "page", "email_q", "chat_q")))
        at = spike_start + timedelta(minutes=offsets[i], seconds=r.randint(0, 50))
        if offsets[i] in (0, 45):
            at = spike_start + timedelta(minutes=offsets[i])
        text = W.SPIKE_REPORT[lg][said.get(lg, 0) % len(W.SPIKE_REPORT[lg])]
        said[lg] = said.get(lg, 0) + 1
        if ch == "email":
            eid = f.add(c, at, "email", "message", text, r.choice(W.SPIKE_SUBJECT[lg]))
        elif ch == "chat":
            eid = f.add(c, at, "chat", "chat", text)
            f.reply_chat(c, f.after(at, 1, 4), lg, W.SPIKE_CHAT_ANSWER[lg])
        elif ch == "community":
            eid = f.add(c, at, "community", "post", text)
        elif ch == "social":
            eid = f.add(c, at, "social", "mention", text)
        else:
            eid = f.add(c, at, "web", "ticket", text, attrs={"page": "/quotes"})
        keys.append(c.key)
        eids.append(eid)
        t: dict[str, Any] = {
            "in_spike": True,
            "regular": i in regular,
            "spike_event_id": eid,
            "spike_channel": ch,
            "trouble_starts_at": iso(at),
            "agent_fixed": False,
        }
        if i in repeaters:
            opts = [x for x in ("email", "chat", "community") if x != ch]
            ch2 = r.choice(opts)
            at2 = f.after(at, 15, 30)
            text2 = W.SPIKE_REPEAT[lg][said.get("r" + lg, 0) % len(W.SPIKE_REPEAT[lg])]
            said["r" + lg] = said.get("r" + lg, 0) + 1
            if ch2 == "email":
                rid = f.add(
                    c, at2, "email", "message", text2, "RE: " + r.choice(W.SPIKE_SUBJECT[lg])
                )
            elif ch2 == "chat":
                rid = f.add(c, at2, "chat", "chat", text2)
            else:
                rid = f.add(c, at2, "community", "post", text2)
            rep_ids.append(rid)
            t.update(repeat_event_id=rid, repeat_channel=ch2)
        if i in fixed:
            cur = CURRENCY.get(mk, "EUR")
            local = "11:40" if UTC_OFFSET_NOV.get(mk, 1) == 0 else "12:40"
            s, b = W.SPIKE_FIXED[lg]
            f.reply_mail(
                c,
                datetime(2026, 11, 14, 12, 5, tzinfo=UTC) + timedelta(seconds=r.randint(0, 600)),
                lg,
                s,
                b.format(local=local, credit=CREDIT[cur]),
            )
            t["agent_fixed"] = True
        c.truth.update(t)
    f.spike = {
        "topic": "watch-repair app marks repair quotes as accepted by itself and declining fails with error QT/914: work the customer never approved is about to start",
        "about": "Quadrelo app and website, quotes screen (accept / decline a repair quote)",
        "channel": None,
        "start": iso(spike_start),
        "end": iso(spike_start + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": rep_ids,
    }
    f.planted = {"topic_spike": 1, "repeat_contact": 6}
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
    total = [0, 0, 0]
    for build in FAMILIES:
        fam = build()
        counts = fam.write()
        total = [a + b for a, b in zip(total, counts, strict=True)]
        print(
            f"{fam.name}: {counts[0]} customers, {counts[1]} touchpoints, {counts[2]} agents' replies"
        )
    print(f"total: {total[0]} customers, {total[1]} touchpoints, {total[2]} agents' replies")


if __name__ == "__main__":
    main()
