"""Build the heldout27 report-only scenario set (Stampello, photo books and prints).

Standard library only, seeded, deterministic: ``python make_heldout27.py`` from
anywhere writes ``<family>.jsonl`` and ``<family>.truth.json`` next to this file.
The stories decide every act first; the wording modules only give the words.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording_business as wb  # noqa: E402
import wording_happy as wh  # noqa: E402
import wording_trouble as wt  # noqa: E402

BRAND = "Stampello"
COMPETITORS = ("Bildora", "Papyrel")
SEED = 20261028
WRITTEN = "2026-12-01"
BUSINESS = (
    f"{BRAND}: photo books, prints, calendars and wall art (app and web), Club membership, "
    f"{BRAND} Pro for firms"
)
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)

LANG_WEIGHTS = {"en": 28, "fr": 26, "de": 12, "es": 12, "it": 11, "pt": 11}
MARKETS: dict[str, list[tuple[str, int]]] = {
    "en": [("UK", 3), ("IE", 1)],
    "fr": [("FR", 6), ("BE", 2), ("CH", 1), ("LU", 1)],
    "de": [("DE", 4), ("AT", 1), ("CH", 1)],
    "es": [("ES", 1)],
    "it": [("IT", 4), ("CH", 1)],
    "pt": [("PT", 1)],
}
CITIES: dict[str, list[str]] = {
    "UK": [
        "London",
        "Leeds",
        "Bristol",
        "Manchester",
        "Glasgow",
        "Cardiff",
        "Brighton",
        "Norwich",
        "York",
    ],
    "IE": ["Dublin", "Cork", "Galway", "Limerick"],
    "FR": [
        "Paris",
        "Lyon",
        "Nantes",
        "Lille",
        "Bordeaux",
        "Toulouse",
        "Rennes",
        "Montpellier",
        "Annecy",
    ],
    "BE": ["Bruxelles", "Liège", "Namur", "Charleroi"],
    "LU": ["Luxembourg", "Esch-sur-Alzette", "Differdange"],
    "CH-fr": ["Genève", "Lausanne", "Fribourg", "Neuchâtel"],
    "CH-de": ["Zürich", "Bern", "Basel"],
    "CH-it": ["Lugano", "Bellinzona"],
    "DE": ["Berlin", "Hamburg", "München", "Köln", "Leipzig"],
    "AT": ["Wien", "Graz", "Linz"],
    "ES": ["Madrid", "Sevilla", "Valencia", "Bilbao"],
    "IT": ["Milano", "Torino", "Bologna", "Napoli"],
    "PT": ["Lisboa", "Porto", "Braga", "Coimbra"],
}
# market -> (country code, first digits, digits after them)
PHONES: dict[str, tuple[str, list[str], int]] = {
    "UK": ("44", ["77", "78", "79", "74"], 8),
    "IE": ("353", ["83", "85", "86", "87"], 7),
    "FR": ("33", ["6", "7"], 8),
    "BE": ("32", ["47", "48", "49"], 7),
    "LU": ("352", ["621", "661", "691"], 6),
    "CH": ("41", ["76", "78", "79"], 7),
    "DE": ("49", ["151", "160", "171", "176"], 8),
    "AT": ("43", ["660", "664", "676"], 7),
    "ES": ("34", ["6"], 8),
    "IT": ("39", ["33", "34", "32"], 8),
    "PT": ("351", ["91", "93", "96"], 7),
}
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "en": (
        [
            "Emma",
            "Sophie",
            "Chloe",
            "Grace",
            "Hannah",
            "Aoife",
            "Niamh",
            "Lucy",
            "Megan",
            "Rachel",
            "Zara",
            "Priya",
        ],
        [
            "Liam",
            "Oliver",
            "James",
            "Conor",
            "Tom",
            "Harry",
            "Ciarán",
            "Daniel",
            "Ryan",
            "Sam",
            "Aidan",
            "Rohan",
        ],
        [
            "Walsh",
            "Patel",
            "Hughes",
            "Murphy",
            "Carter",
            "O'Brien",
            "Bennett",
            "Kelly",
            "Shaw",
            "Doyle",
            "Price",
            "Byrne",
            "Turner",
            "Fletcher",
        ],
    ),
    "fr": (
        [
            "Camille",
            "Léa",
            "Manon",
            "Chloé",
            "Inès",
            "Julie",
            "Sarah",
            "Élodie",
            "Margaux",
            "Nathalie",
            "Aurélie",
            "Sandrine",
        ],
        [
            "Lucas",
            "Hugo",
            "Julien",
            "Thomas",
            "Maxime",
            "Nicolas",
            "Antoine",
            "Mathieu",
            "Karim",
            "Olivier",
            "Sébastien",
            "Romain",
        ],
        [
            "Martin",
            "Bernard",
            "Lefèvre",
            "Moreau",
            "Girard",
            "Dubois",
            "Lambert",
            "Fontaine",
            "Rousseau",
            "Mercier",
            "Perrin",
            "Chevalier",
            "Benali",
            "Peeters",
        ],
    ),
    "de": (
        ["Anna", "Julia", "Katrin", "Sabine", "Lena", "Miriam"],
        ["Jonas", "Felix", "Markus", "Stefan", "Lukas", "Tobias"],
        ["Huber", "Schneider", "Becker", "Wagner", "Hofmann", "Brunner", "Keller"],
    ),
    "es": (
        ["Lucía", "Carmen", "Marta", "Laura", "Paula", "Elena"],
        ["Javier", "Pablo", "Sergio", "Álvaro", "Diego", "Hugo"],
        ["García", "Martínez", "López", "Sánchez", "Romero", "Navarro", "Ruiz"],
    ),
    "it": (
        ["Giulia", "Chiara", "Francesca", "Sara", "Elena", "Martina"],
        ["Luca", "Marco", "Davide", "Matteo", "Andrea", "Simone"],
        ["Rossi", "Bianchi", "Ferrari", "Esposito", "Colombo", "Ricci", "Greco"],
    ),
    "pt": (
        ["Inês", "Beatriz", "Mariana", "Joana", "Catarina", "Rita"],
        ["João", "Tiago", "Rui", "Miguel", "Pedro", "Duarte"],
        ["Silva", "Santos", "Ferreira", "Pereira", "Costa", "Oliveira", "Sousa"],
    ),
}
AGENTS = {
    "en": ["Becky", "Marcus", "Siobhan", "Dev"],
    "fr": ["Claire", "Yanis", "Amandine", "Loïc"],
    "de": ["Jana", "Timo"],
    "es": ["Nuria", "Rubén"],
    "it": ["Alessia", "Fabio"],
    "pt": ["Sofia", "Nuno"],
}
MAIL_DOMAINS = [
    "mailbox.example",
    "post.example",
    "inbox.example",
    "webmail.example",
    "maison.example",
    "correo.example",
]
SOURCES = {
    "email": "stampello-mail",
    "phone": "stampello-voice",
    "social": "stampello-social",
    "community": "stampello-forum",
    "chat": "stampello-chat",
    "web": "stampello-web",
    "survey": "stampello-survey",
}
SUBJ_Q = {
    "en": "Question",
    "fr": "Question",
    "de": "Frage",
    "es": "Consulta",
    "it": "Domanda",
    "pt": "Pergunta",
}
SUBJ_FEEDBACK = {
    "en": "App feedback",
    "fr": "Avis sur l'appli",
    "de": "Feedback zur App",
    "es": "Opinión sobre la app",
    "it": "Feedback sull'app",
    "pt": "Opinião sobre a app",
}
SUBJ_SUGGEST = {
    "en": "Suggestion",
    "fr": "Suggestion",
    "de": "Vorschlag",
    "es": "Sugerencia",
    "it": "Suggerimento",
    "pt": "Sugestão",
}
PERCENT = {
    "en": "percent",
    "fr": "pour cent",
    "de": "Prozent",
    "es": "por ciento",
    "it": "per cento",
    "pt": "por cento",
}
CH_LANG = {
    "Photo Léman Sàrl": "fr",
    "Fotostudio Aare": "de",
    "Agence Lavaux Immobilier": "fr",
    "Kita Sonnenhof": "de",
}
MARKET_LANG = {
    "UK": "en",
    "IE": "en",
    "FR": "fr",
    "BE": "fr",
    "LU": "fr",
    "DE": "de",
    "AT": "de",
    "ES": "es",
    "IT": "it",
    "PT": "pt",
}

QUIET = ["silence"]
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
SPIKE_REPEAT_TOL = ["sentiment_drop", "silence"]
AT_RISK_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
ONE_UNHAPPY_TOL = ["sentiment_drop", "high_value_at_risk", "silence"]

HAPPY_KINDS = [
    "praise",
    "mention",
    "again",
    "gripe",
    "question",
    "phone_q",
    "purchase",
    "page_view",
    "review",
    "survey",
]
HAPPY_WEIGHTS = [3.0, 1.0, 1.5, 1.0, 2.0, 1.0, 1.5, 1.5, 1.0, 1.0]
FREQUENT_WEIGHTS = [1.0, 0.3, 0.5, 0.3, 4.0, 2.0, 0.5, 0.5, 0.3, 0.3]


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def ascii_fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", ascii_fold(text).lower())


def out_of_night(t: datetime, rng: random.Random) -> datetime:
    """Move a time that falls between 22:00 and 07:00 UTC to the next morning."""
    if t.hour >= 22:
        t = (t + timedelta(days=1)).replace(hour=7, minute=0, second=0)
        return t + timedelta(minutes=rng.randint(3, 90), seconds=rng.randint(0, 59))
    if t.hour < 7:
        t = t.replace(hour=7, minute=0, second=0)
        return t + timedelta(minutes=rng.randint(3, 90), seconds=rng.randint(0, 59))
    return t


@dataclass
class Person:
    key: str
    lang: str
    market: str
    fem: bool
    first: str
    last: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    city: str
    project: str
    amount: float
    order: str
    company: str | None = None
    project_idx: int = 0
    truth: dict[str, Any] = field(default_factory=dict)

    @property
    def idents(self) -> dict[str, str | None]:
        return {
            "customer_id": self.key,
            "email": self.email,
            "phone": self.phone,
            "handle": self.handle,
            "account_id": self.account,
        }


class Registry:
    """Identifiers and references unique in the whole set."""

    def __init__(self) -> None:
        self.used: dict[str, bool] = {}

    def take(self, value: str) -> bool:
        if value in self.used:
            return False
        self.used[value] = True
        return True


@dataclass
class Event:
    seq: int
    who: Person
    at: datetime
    channel: str
    kind: str
    text: str | None
    subject: str | None
    out: bool
    scores: dict[str, int]
    attrs: dict[str, Any]
    event_id: str


class Fam:
    """One family: its people, their acts, and the truth."""

    def __init__(
        self, reg: Registry, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.reg = reg
        self.name = name
        self.code = code
        self.rng = random.Random(SEED * 100 + n)
        self.start = start
        self.days = days
        self.about = about
        self.people: list[Person] = []
        self.events: list[Event] = []
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.planted: dict[str, int] = {}
        self.seed_n = n

    # ---- time ----
    def at(self, day: float, h0: float, h1: float) -> datetime:
        hours = self.rng.uniform(h0, h1)
        return self.start + timedelta(days=day, hours=hours, seconds=self.rng.randint(0, 59))

    def later(self, t: datetime, m0: float, m1: float) -> datetime:
        return t + timedelta(minutes=self.rng.uniform(m0, m1), seconds=self.rng.randint(0, 59))

    # ---- people ----
    def pick_lang(self) -> str:
        langs = list(LANG_WEIGHTS)
        return self.rng.choices(langs, weights=[LANG_WEIGHTS[x] for x in langs])[0]

    def pick_market(self, lang: str) -> str:
        options = MARKETS[lang]
        return self.rng.choices([m for m, _ in options], weights=[w for _, w in options])[0]

    def city_for(self, market: str, lang: str) -> str:
        if market == "CH":
            return self.rng.choice(
                CITIES[f"CH-{lang}"] if f"CH-{lang}" in CITIES else CITIES["CH-fr"]
            )
        return self.rng.choice(CITIES[market])

    def new_phone(self, market: str) -> str:
        cc, firsts, rest = PHONES[market]
        while True:
            number = (
                "+"
                + cc
                + self.rng.choice(firsts)
                + "".join(str(self.rng.randint(0, 9)) for _ in range(rest))
            )
            if self.reg.take("phone:" + number):
                return number

    def new_ref(self) -> str:
        while True:
            ref = f"ST-{self.rng.randint(100000, 999999)}"
            if self.reg.take("ref:" + ref):
                return ref

    def person(
        self,
        lang: str | None = None,
        market: str | None = None,
        domain: str | None = None,
        account: str | None = None,
        company: str | None = None,
        taken_first: list[str] | None = None,
    ) -> Person:
        lang = lang or self.pick_lang()
        market = market or self.pick_market(lang)
        fem = self.rng.random() < 0.55
        fems, mascs, lasts = NAMES[lang]
        while True:
            first = self.rng.choice(fems if fem else mascs)
            if taken_first is None or first not in taken_first:
                break
        if taken_first is not None:
            taken_first.append(first)
        last = self.rng.choice(lasts)
        key = f"SM{self.code}{len(self.people) + 1:04d}"
        while True:
            if domain is not None:
                email = f"{slug(first)}.{slug(last)}@{domain}"
            else:
                number = self.rng.randint(1, 999)
                email = f"{slug(first)}.{slug(last)}{number}@{self.rng.choice(MAIL_DOMAINS)}"
            if self.reg.take("email:" + email):
                break
        handle = None
        if domain is None:
            while True:
                handle = f"@{slug(first)}_{slug(last)[:5]}{self.rng.randint(10, 9999)}"
                if self.reg.take("handle:" + handle):
                    break
        project_idx = self.rng.randrange(len(wh.PROJECTS[lang]))
        project = wh.PROJECTS[lang][project_idx]
        order = f"#{self.rng.randint(4000000, 4999999)}"
        p = Person(
            key=key,
            lang=lang,
            market=market,
            fem=fem,
            first=first,
            last=last,
            email=email,
            phone=self.new_phone(market),
            handle=handle,
            account=account,
            city=self.city_for(market, lang),
            project=project,
            amount=round(self.rng.uniform(18, 95), 2),
            order=order,
            company=company,
            project_idx=project_idx,
        )
        p.truth = {
            "identifiers": {k: v for k, v in p.idents.items()},
            "expected_rules": [],
            "tolerated_rules": [],
            "persona": "happy",
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
        }
        self.people.append(p)
        return p

    def set(
        self,
        p: Person,
        persona: str,
        expected: Sequence[str] = (),
        tolerated: Sequence[str] = (),
        **extra: Any,
    ) -> None:
        p.truth["persona"] = persona
        p.truth["expected_rules"] = list(expected)
        p.truth["tolerated_rules"] = list(tolerated)
        p.truth.update(extra)

    # ---- words ----
    def money(self, p: Person, eur: float | None = None) -> str:
        v = p.amount if eur is None else eur
        if p.market == "UK":
            return f"£{v * 0.9:.2f}"
        if p.market == "CH":
            return f"CHF {v * 0.95:.2f}"
        if p.lang == "en":
            return f"€{v:.2f}"
        return f"{v:.2f}".replace(".", ",") + " €"

    def dear(self, p: Person) -> str:
        f = p.fem
        return {
            "en": f"Dear {'Ms' if f else 'Mr'} {p.last}",
            "fr": f"Bonjour {'Madame' if f else 'Monsieur'} {p.last}",
            "de": f"{'Sehr geehrte Frau' if f else 'Sehr geehrter Herr'} {p.last}",
            "es": f"{'Estimada Sra.' if f else 'Estimado Sr.'} {p.last}",
            "it": f"Gentile {'Sig.ra' if f else 'Sig.'} {p.last}",
            "pt": f"{'Cara Sra.' if f else 'Caro Sr.'} {p.last}",
        }[p.lang if p.lang in AGENTS else "en"]

    def fill(
        self, p: Person, tpl: str, lang: str | None = None, colleague_fem: bool = False, **kw: Any
    ) -> str:
        lang = lang or p.lang
        values: dict[str, Any] = {
            "brand": BRAND,
            "city": p.city,
            "project": wh.PROJECTS[lang][p.project_idx % len(wh.PROJECTS[lang])],
            "name": p.first,
            "amount": self.money(p),
            "order": p.order,
            "agent": self.rng.choice(AGENTS[lang]),
            "comp": self.rng.choice(COMPETITORS),
            "company": p.company or "",
        }
        values.update(kw)
        text = tpl.format_map(values)
        text = re.sub(
            r"\[\[([^|\]]*)\|([^\]]*)\]\]", lambda m: m.group(1) if p.fem else m.group(2), text
        )
        text = re.sub(
            r"<<([^|>]*)\|([^>]*)>>", lambda m: m.group(1) if colleague_fem else m.group(2), text
        )
        return text

    def styled(self, text: str, lang: str) -> str:
        """People's own writing: dropped accents, lower-case starts, swapped letters."""
        r = self.rng.random()
        if r < 0.1:
            if lang == "de":
                for a, b in (
                    ("ä", "ae"),
                    ("ö", "oe"),
                    ("ü", "ue"),
                    ("Ä", "Ae"),
                    ("Ö", "Oe"),
                    ("Ü", "Ue"),
                    ("ß", "ss"),
                ):
                    text = text.replace(a, b)
            parts = text.split("ñ")
            text = "ñ".join(
                "".join(
                    c for c in unicodedata.normalize("NFKD", part) if not unicodedata.combining(c)
                )
                for part in parts
            )
            text = unicodedata.normalize("NFC", text)
        if self.rng.random() < 0.12 and text[:1].isupper() and text[1:2].islower():
            text = text[0].lower() + text[1:]
        if self.rng.random() < 0.1:
            words = text.split(" ")
            idx = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha() and w.islower()]
            if idx:
                i = self.rng.choice(idx)
                w = words[i]
                j = self.rng.randint(1, len(w) - 3)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    def spoken(self, p: Person, text: str, lang: str, opener: bool = True) -> str:
        """A call as speech-to-text: lower case, no punctuation, no emoji."""
        if opener:
            text = self.fill(p, self.rng.choice(wt.PHONE_OPENER[lang]), lang) + " " + text
        text = re.sub(r"ST-(\d{6})", r"st \1", text)
        text = text.replace("%", " " + PERCENT[lang])
        text = text.replace("€", " euros").replace("£", " pounds ")
        text = "".join(c for c in text if ord(c) < 0x2000)
        text = re.sub(r"[^\w\s']", " ", text.lower())
        return re.sub(r"\s+", " ", text).strip()

    # ---- events ----
    def ev(
        self,
        p: Person,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        out: bool = False,
        scores: dict[str, int] | None = None,
        attrs: dict[str, Any] | None = None,
        lang: str | None = None,
        opener: bool = True,
    ) -> str:
        lang = lang or p.lang
        if text is not None and not out:
            text = (
                self.spoken(p, text, lang, opener)
                if channel == "phone"
                else self.styled(text, lang)
            )
        eid = f"st27-{self.code.lower()}-{len(self.events) + 1:05d}"
        self.events.append(
            Event(
                len(self.events),
                p,
                t,
                channel,
                kind,
                text,
                subject,
                out,
                scores or {},
                attrs or {},
                eid,
            )
        )
        return eid

    def say(self, p: Person, pool: dict[str, list[str]], lang: str | None = None, **kw: Any) -> str:
        lang = lang or p.lang
        return self.fill(p, self.rng.choice(pool[lang]), lang, **kw)

    def reply_subject(self, lang: str, ref: str) -> str:
        return f"{self.rng.choice(wt.REPLY_PREFIX[lang])} {wt.SUBJ_CASE[lang].format(ref=ref)}"

    # ---- happy acts ----
    def happy(
        self,
        p: Person,
        t: datetime,
        kind: str | None = None,
        lang: str | None = None,
        weights: list[float] | None = None,
        surveys: bool = True,
    ) -> str:
        lang = lang or p.lang
        if kind is None:
            w = list(weights or HAPPY_WEIGHTS)
            if not surveys:
                w[HAPPY_KINDS.index("survey")] = 0.0
            kind = self.rng.choices(HAPPY_KINDS, weights=w)[0]
        r = self.rng
        if kind in ("praise", "again", "gripe"):
            pool = {"praise": wh.PRAISE, "again": wh.AGAIN, "gripe": wh.GRIPE}[kind]
            ch = r.choice(["social", "community"])
            return self.ev(p, t, ch, "post", self.say(p, pool, lang), lang=lang)
        if kind == "mention":
            return self.ev(p, t, "social", "mention", self.say(p, wh.MENTION, lang), lang=lang)
        if kind == "question":
            q, a = r.choice(wh.QUESTIONS[lang])
            return self.question(p, t, q, a, lang, wh.THANKS)
        if kind == "phone_q":
            return self.ev(
                p,
                t,
                "phone",
                "call",
                self.fill(p, r.choice(wh.PHONE_Q[lang]), lang),
                lang=lang,
                opener=False,
            )
        if kind == "purchase":
            code, price = r.choice(wh.PRODUCTS)
            page = "/checkout"
            self.ev(p, t, "web", "page_view", attrs={"page": r.choice(wh.PAGES)}, lang=lang)
            return self.ev(
                p,
                self.later(t, 2, 15),
                "web",
                "purchase",
                attrs={"page": page, **self.price(p, code, price)},
                lang=lang,
            )
        if kind == "page_view":
            return self.ev(p, t, "web", "page_view", attrs={"page": r.choice(wh.PAGES)}, lang=lang)
        if kind == "review":
            return self.ev(
                p,
                t,
                "web",
                "review",
                self.say(p, wh.REVIEW, lang),
                attrs={"rating": r.choice([4, 5, 5])},
                lang=lang,
            )
        if kind == "night_post":
            return self.ev(
                p,
                t,
                r.choice(["social", "community"]),
                "post",
                self.say(p, wh.NIGHT_POST, lang),
                lang=lang,
            )
        if kind == "night_q":
            q, a = r.choice(wh.NIGHT_Q[lang])
            return self.question(p, t, q, a, lang, wh.THANKS, channel="chat")
        return self.high_score(p, t, lang)

    def price(self, p: Person, code: str, eur: float) -> dict[str, Any]:
        if p.market == "UK":
            return {"order_value": f"{eur * 0.9:.2f}", "currency": "GBP", "product": code}
        if p.market == "CH":
            return {"order_value": f"{eur * 0.95:.2f}", "currency": "CHF", "product": code}
        return {"order_value": f"{eur:.2f}", "currency": "EUR", "product": code}

    def high_score(self, p: Person, t: datetime, lang: str) -> str:
        which = self.rng.choice(["nps", "csat", "ces"])
        score = {
            "nps": self.rng.choice([9, 10, 10]),
            "csat": self.rng.choice([4, 5, 5]),
            "ces": self.rng.choice([6, 7]),
        }[which]
        text: str | None = None
        if self.rng.random() < 0.6:
            text = self.say(p, wh.SURVEY_WORDS, lang)
        return self.ev(
            p,
            t,
            "survey",
            "survey_response",
            text,
            scores={which: score},
            attrs={"survey": which},
            lang=lang,
        )

    def question(
        self,
        p: Person,
        t: datetime,
        q: str,
        a: str,
        lang: str,
        thanks: dict[str, list[str]],
        channel: str | None = None,
    ) -> str:
        ch = channel or self.rng.choice(["chat", "chat", "email"])
        agent = self.rng.choice(AGENTS[lang])
        if ch == "chat":
            eid = self.ev(p, t, "chat", "chat", self.fill(p, q, lang), lang=lang)
            ta = self.later(t, 1, 6)
            self.ev(p, ta, "chat", "chat", self.fill(p, a, lang, agent=agent), out=True, lang=lang)
            self.ev(
                p,
                self.later(ta, 1, 8),
                "chat",
                "chat",
                self.fill(p, self.rng.choice(thanks[lang]), lang, agent=agent),
                lang=lang,
            )
            return eid
        subj = SUBJ_Q[lang]
        eid = self.ev(p, t, "email", "message", self.fill(p, q, lang), subject=subj, lang=lang)
        ta = self.later(t, 20, 90)
        self.ev(
            p,
            ta,
            "email",
            "message",
            self.fill(p, a, lang, agent=agent),
            subject=f"RE: {subj}",
            out=True,
            lang=lang,
        )
        self.ev(
            p,
            self.later(ta, 10, 60),
            "email",
            "message",
            self.fill(p, self.rng.choice(thanks[lang]), lang, agent=agent),
            subject=f"RE: {subj}",
            lang=lang,
        )
        return eid

    def happy_around(
        self,
        p: Person,
        n: int,
        day0: float,
        day1: float,
        h0: float,
        h1: float,
        avoid: Sequence[tuple[datetime, float, float]] = (),
        surveys: bool = True,
        weights: list[float] | None = None,
    ) -> list[str]:
        """n happy acts on random days, none within (before, after) hours of the times to avoid."""
        ids: list[str] = []
        tries = 0
        while len(ids) < n and tries < 500:
            tries += 1
            t = self.at(self.rng.uniform(day0, day1) // 1, h0, h1)
            if any(
                -before * 3600 <= (t - x).total_seconds() <= after * 3600
                for x, before, after in avoid
            ):
                continue
            ids.append(self.happy(p, t, surveys=surveys, weights=weights))
        return ids

    # ---- trouble ----
    def complaint(
        self,
        p: Person,
        t: datetime,
        problem: str,
        channel: str,
        lang: str | None = None,
        long_email: bool = False,
    ) -> str:
        lang = lang or p.lang
        amount = self.money(p)
        if problem == "double_charge":
            amount = self.money(p, [5.99, 7.99, 9.99][int(p.amount) % 3])
        elif problem == "voucher_refused":
            amount = self.money(p, [25.0, 50.0, 75.0, 100.0][int(p.amount) % 4])
        body = self.fill(p, self.rng.choice(wt.ANGRY[problem][lang]), lang, amount=amount)
        pshort = wt.PSHORT[problem][lang]
        subj = wt.SUBJ_COMPLAINT[lang].format(pshort=pshort)
        if long_email:
            head, tail = self.rng.choice(wt.LONG_EMAIL[lang])
            body = self.fill(p, head, lang) + "\n\n" + body + "\n\n" + self.fill(p, tail, lang)
            return self.ev(p, t, "email", "message", body, subject=subj, lang=lang)
        if channel == "email":
            return self.ev(p, t, "email", "message", body, subject=subj, lang=lang)
        if channel == "web":
            return self.ev(p, t, "web", "ticket", body, subject=subj, lang=lang)
        if channel == "phone":
            return self.ev(p, t, "phone", "call", body, lang=lang)
        if channel == "chat":
            return self.ev(p, t, "chat", "chat", body, lang=lang)
        return self.ev(p, t, "social", "post", body, lang=lang)

    def agent_mail(
        self,
        p: Person,
        t: datetime,
        pool: dict[str, list[str]],
        ref: str,
        lang: str | None = None,
        **kw: Any,
    ) -> str:
        lang = lang or p.lang
        text = self.fill(
            p, self.rng.choice(pool[lang]), lang, dear=self.dear_in(p, lang), ref=ref, **kw
        )
        return self.ev(
            p,
            t,
            "email",
            "message",
            text,
            subject=self.reply_subject(lang, ref),
            out=True,
            lang=lang,
        )

    def dear_in(self, p: Person, lang: str) -> str:
        saved = p.lang
        p.lang = lang
        try:
            return self.dear(p)
        finally:
            p.lang = saved

    def low_score(
        self, p: Person, t: datetime, which: str, lang: str | None = None
    ) -> tuple[str, int]:
        lang = lang or p.lang
        score = self.rng.randint(1, 5) if which == "nps" else self.rng.randint(1, 2)
        words = self.say(p, wt.LOW_WORDS, lang)
        eid = self.ev(
            p,
            t,
            "survey",
            "survey_response",
            words or None,
            scores={which: score},
            attrs={"survey": which},
            lang=lang,
        )
        return eid, score

    def fixed_case(
        self, p: Person, t: datetime, problem: str, lang: str, confirm_lang: str | None = None
    ) -> dict[str, Any]:
        """A problem raised, a case opened, fixed by the agent, confirmed by the customer."""
        ch = self.rng.choice(["email", "chat", "web", "phone"])
        first = self.complaint(p, t, problem, ch, lang)
        ref = self.new_ref()
        self.agent_mail(p, self.later(t, 5, 30), wt.CASE_OPENED, ref, lang)
        fixed = out_of_night(t + timedelta(hours=self.rng.uniform(3, 20)), self.rng)
        self.agent_mail(p, fixed, wt.SORTED, ref, lang, pfix=wt.PFIX[problem][lang])
        cl = confirm_lang or lang
        confirmed = out_of_night(fixed + timedelta(hours=self.rng.uniform(8, 30)), self.rng)
        text = self.fill(p, self.rng.choice(wt.CONFIRM[cl]), cl, ref=ref)
        if self.rng.random() < 0.5:
            cid = self.ev(
                p, confirmed, "email", "message", text, subject=self.reply_subject(cl, ref), lang=cl
            )
            cch = "email"
        else:
            cid = self.ev(p, confirmed, "chat", "chat", text, lang=cl)
            cch = "chat"
        return {
            "problem": problem,
            "booking": ref,
            "raised_at": iso(t),
            "fixed_at": iso(fixed),
            "confirmed_at": iso(confirmed),
            "problem_event_ids": [first],
            "confirm_event_id": cid,
            "channel": cch,
        }

    def repeat_story(
        self,
        p: Person,
        t: datetime,
        problem: str,
        contacts: int,
        langs: Sequence[str],
        passed_on: bool,
    ) -> dict[str, Any]:
        """One open problem raised `contacts` times, each on another channel."""
        channels = ["email", "chat", "phone", "social", "web"]
        ref = self.new_ref()
        ids: list[str] = []
        used: list[str] = []
        ch = self.rng.choice(channels)
        lang = langs[0]
        ids.append(self.complaint(p, t, problem, ch, lang))
        used.append(ch)
        if passed_on:
            self.agent_mail(p, self.later(t, 90, 150), wt.PASSED_ON, ref, lang)
        else:
            self.agent_mail(p, self.later(t, 5, 30), wt.CASE_OPENED, ref, lang)
        cur = t
        for k in range(1, contacts):
            cur = out_of_night(cur + timedelta(hours=self.rng.uniform(3, 40)), self.rng)
            lang = langs[k % len(langs)]
            ch = self.rng.choice([c for c in channels if c != used[-1]])
            used.append(ch)
            pool = wt.FOLLOW2 if k == 1 else wt.FOLLOW3 if k == 2 else wt.FOLLOW4
            pshort = wt.PSHORT[problem][lang]
            text = self.fill(
                p, self.rng.choice(pool[lang]), lang, ref=ref, pshort=pshort[0].upper() + pshort[1:]
            )
            if ch == "email":
                eid = self.ev(
                    p,
                    cur,
                    "email",
                    "message",
                    text,
                    subject=self.reply_subject(lang, ref),
                    lang=lang,
                )
            elif ch == "web":
                eid = self.ev(
                    p,
                    cur,
                    "web",
                    "ticket",
                    text,
                    subject=wt.SUBJ_CASE[lang].format(ref=ref),
                    lang=lang,
                )
            elif ch == "phone":
                eid = self.ev(p, cur, "phone", "call", text, lang=lang)
            elif ch == "chat":
                eid = self.ev(p, cur, "chat", "chat", text, lang=lang)
            else:
                eid = self.ev(p, cur, "social", "post", text, lang=lang)
            ids.append(eid)
        return {
            "booking": ref,
            "problem_event_ids": ids,
            "channels": used,
            "contacts": contacts,
            "agent_passed_on": passed_on,
        }

    def slide(
        self, p: Person, start_day: float, span: int, langs: Sequence[str]
    ) -> list[tuple[str, datetime]]:
        out: list[tuple[str, datetime]] = []
        for i in range(6):
            lang = langs[i % len(langs)]
            t = self.at(start_day + round(i * span / 5), 8, 21)
            text = self.fill(p, self.rng.choice(wt.SLIDE[lang][i]), lang)
            ch = self.rng.choice(["social", "community", "chat", "review"])
            if ch == "review":
                eid = self.ev(
                    p,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": 3 if i < 2 else 2 if i < 4 else 1},
                    lang=lang,
                )
            elif ch == "chat":
                eid = self.ev(p, t, "chat", "chat", text, lang=lang)
            else:
                eid = self.ev(p, t, ch, "post", text, lang=lang)
            out.append((eid, t))
        return out

    # ---- writing ----
    def write(self, directory: Path) -> tuple[int, int]:
        events = sorted(self.events, key=lambda e: (e.at, e.seq))
        for e in events:
            if e.at >= LIMIT or e.at.year != 2026:
                raise SystemExit(f"{self.name}: {e.event_id} at {e.at} is out of range")
        seen: dict[str, bool] = {}
        lines: list[str] = []
        for e in events:
            p = e.who
            cust: dict[str, str | None]
            if e.out or p.key not in seen:
                cust = dict(p.idents)
            elif e.channel == "phone":
                ph = p.phone
                if self.rng.random() < 0.3:
                    cc = PHONES[p.market][0]
                    ph = f"+{cc} {ph[len(cc) + 1 :]}"
                cust = {"phone": ph}
            elif e.channel in ("social", "community"):
                if p.handle:
                    cust = {"handle": p.handle if self.rng.random() < 0.8 else p.handle.lstrip("@")}
                else:
                    cust = {"email": p.email}
            elif e.channel == "email":
                cust = {"email": p.email.upper() if self.rng.random() < 0.1 else p.email}
            else:
                cust = {"customer_id": p.key}
            if p.account:
                cust["account_id"] = p.account
            seen[p.key] = True
            full: dict[str, str | None] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": None,
            }
            full.update(cust)
            attrs: dict[str, Any] = {"market": p.market}
            if p.account:
                attrs["segment"] = "b2b"
            attrs.update(e.attrs)
            scores: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
            scores.update(e.scores)
            row = {
                "event_id": e.event_id,
                "occurred_at": iso(e.at),
                "channel": e.channel,
                "kind": e.kind,
                "direction": "outbound" if e.out else "inbound",
                "customer": full,
                "text": e.text,
                "subject": e.subject,
                "scores": scores,
                "source": SOURCES[e.channel],
                "attributes": {k: str(v) for k, v in attrs.items()},
            }
            lines.append(json.dumps(row, ensure_ascii=False))
        expected: dict[str, int] = {}
        for p in self.people:
            for rule in p.truth["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        for acc in self.accounts.values():
            for rule in acc["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        expected = dict(sorted(expected.items()))
        if expected != dict(sorted(self.planted.items())):
            raise SystemExit(f"{self.name}: expected {expected} but planted {self.planted}")
        end = self.start + timedelta(days=self.days)
        last = events[-1].at + timedelta(hours=1)
        end = max(end, last)
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": BUSINESS,
                "days": self.days,
                "seed": SEED * 100 + self.seed_n,
                "written": WRITTEN,
                "expected": expected,
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {p.key: p.truth for p in self.people},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (directory / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (directory / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        return len(self.people), len(lines)


# ---------------------------------------------------------------- families


def happy_writers(f: Fam) -> None:
    for _ in range(160):
        p = f.person()
        f.set(p, "happy", habit="day writer")
        f.happy_around(p, f.rng.randint(5, 9), 0, 10, 7, 21.5)
    for _ in range(48):
        p = f.person()
        f.set(p, "happy", habit="night writer")
        n = f.rng.randint(4, 7)
        nights = f.rng.randint(2, min(4, n))
        f.happy_around(p, n - nights, 0, 10, 8, 21)
        for _ in range(nights):
            t = f.at(f.rng.randint(0, 8), 22.17, 28.5)
            f.happy(p, t, kind=f.rng.choice(["night_post", "night_q"]))
    for _ in range(52):
        p = f.person()
        f.set(p, "happy", habit="answers surveys")
        for _ in range(f.rng.randint(3, 6)):
            f.high_score(p, f.at(f.rng.randint(0, 9), 7, 21.5), p.lang)
    f.planted = {}


def bad_day(
    f: Fam,
    p: Person,
    day: float,
    problem: str,
    channel: str,
    lang: str,
    long_email: bool,
    survey: str | None,
    sorted_mail: bool,
    apology: bool,
    happy_n: int,
    surveys: bool = False,
) -> None:
    """Happy but for one angry moment (and maybe a low score, a fix and an apology)."""
    t = f.at(day, 8, 20)
    eid = f.complaint(p, t, problem, channel, lang, long_email)
    info: dict[str, Any] = {
        "problem": problem,
        "bad_day_at": iso(t),
        "bad_day_event_id": eid,
        "channel": "email" if long_email else channel,
        "long_email": long_email,
        "agent_fixed": sorted_mail,
        "apologised": False,
    }
    avoid: list[tuple[datetime, float, float]] = [(t, 11, 7)]
    if survey == "csat":
        sid, score = f.low_score(p, f.later(t, 40, 80), "csat", lang)
        info.update(csat_given=True, csat=score, survey_event_id=sid)
    elif survey == "nps":
        sid, score = f.low_score(p, f.later(t, 100, 140), "nps", lang)
        info.update(nps_given=True, nps=score, survey_event_id=sid)
    if sorted_mail:
        ref = f.new_ref()
        fixed = f.later(t, 60, 240)
        f.agent_mail(p, fixed, wt.SORTED, ref, lang, pfix=wt.PFIX[problem][lang])
        info["booking"] = ref
        if apology:
            ta = out_of_night(t + timedelta(hours=f.rng.uniform(16, 26)), f.rng)
            text = f.fill(p, f.rng.choice(wt.APOLOGY[lang]), lang)
            if f.rng.random() < 0.6:
                aid = f.ev(p, ta, "chat", "chat", text, lang=lang)
            else:
                aid = f.ev(
                    p, ta, "email", "message", text, subject=f.reply_subject(lang, ref), lang=lang
                )
            info.update(apologised=True, apology_at=iso(ta), apology_event_id=aid)
            avoid.append((ta, 8, 4))
    p.truth.update(info)
    f.happy_around(p, happy_n, 0, f.days, 7.5, 21, avoid=avoid, surveys=surveys)


def one_bad_day(f: Fam) -> None:
    channels = (
        ["long"] * 60
        + ["email"] * 48
        + ["chat"] * 45
        + ["social"] * 42
        + ["web"] * 30
        + ["phone"] * 27
    )
    f.rng.shuffle(channels)
    surveys = ["csat"] * 58 + ["nps"] * 34 + [""] * (252 - 92)
    f.rng.shuffle(surveys)
    fixes = [True] * 144 + [False] * 108
    f.rng.shuffle(fixes)
    apologies = 0
    for i in range(252):
        p = f.person()
        problem = wt.PROBLEMS[i % 6]
        survey = surveys[i] or None
        if survey == "nps":
            f.set(p, "bad_day_detractor", ["detractor"], QUIET)
        else:
            f.set(p, "happy_one_bad_day", [], QUIET)
        apology = fixes[i] and apologies < 84 and f.rng.random() < 0.65
        apologies += int(apology)
        ch = channels[i]
        bad_day(
            f,
            p,
            f.rng.randint(2, 9),
            problem,
            "email" if ch == "long" else ch,
            p.lang,
            ch == "long",
            survey,
            fixes[i],
            apology,
            f.rng.randint(3, 5),
        )
    for _ in range(96):
        p = f.person()
        f.set(p, "happy", habit="control")
        f.happy_around(p, f.rng.randint(4, 7), 0, 12, 7, 21.5)
    f.planted = {"detractor": 34}


def repeat_contacts(f: Fam) -> None:
    counts = [2] * 36 + [3] * 42 + [4] * 26
    f.rng.shuffle(counts)
    for i, contacts in enumerate(counts):
        p = f.person()
        f.set(p, "repeat_contact", ["repeat_contact"], REPEAT_TOL)
        f.happy_around(p, f.rng.randint(1, 3), 0, 1, 8, 20)
        t = f.at(f.rng.randint(1, 4), 8, 20)
        problem = wt.PROBLEMS[i % 6]
        story = f.repeat_story(p, t, problem, contacts, [p.lang], passed_on=i % 2 == 0)
        p.truth.update(problem=problem, trouble_starts_at=iso(t), **story)
    for i in range(42):
        p = f.person()
        f.set(p, "resolved_between_contacts", [], QUIET)
        f.happy_around(p, f.rng.randint(1, 3), 0, 1, 8, 20)
        t = f.at(f.rng.randint(1, 5), 8, 19)
        case = f.fixed_case(p, t, wt.PROBLEMS[i % 6], p.lang)
        p.truth.update(
            problem=case["problem"], problems=[case], trouble_starts_at=case["raised_at"]
        )
        f.happy_around(p, 1, 8, 10, 9, 20)
    for i in range(32):
        p = f.person()
        f.set(p, "different_problems", [], QUIET)
        f.happy_around(p, 1, 0, 1, 8, 12)
        t1 = f.at(f.rng.uniform(0.5, 2) // 1 + 1, 8, 14)
        t2 = t1 + timedelta(days=f.rng.uniform(4, 5.5))
        t2 = out_of_night(t2, f.rng)
        a = wt.PROBLEMS[i % 6]
        b = wt.PROBLEMS[(i + 2) % 6]
        cases = [f.fixed_case(p, t1, a, p.lang), f.fixed_case(p, t2, b, p.lang)]
        p.truth.update(problems=cases, trouble_starts_at=cases[0]["raised_at"])
    for _ in range(112):
        p = f.person()
        f.set(p, "happy", habit="frequent writer")
        f.happy_around(p, f.rng.randint(5, 8), 0, 10, 7.5, 21, weights=FREQUENT_WEIGHTS)
    f.planted = {"repeat_contact": 104}


def slider(
    f: Fam,
    p: Person,
    langs: Sequence[str],
    happy_days: tuple[int, int],
    praise_n: int,
    other_n: int,
    slide_day: int,
    span: int,
    nps: bool,
) -> None:
    for k in range(praise_n):
        lang = langs[k % len(langs)]
        f.happy(
            p,
            f.at(f.rng.randint(*happy_days), 8, 21),
            kind=f.rng.choice(["praise", "praise", "again"]),
            lang=lang,
        )
    for k in range(other_n):
        lang = langs[(k + 1) % len(langs)]
        f.happy(
            p,
            f.at(f.rng.randint(*happy_days), 8, 21),
            kind=f.rng.choice(["question", "purchase", "review", "mention"]),
            lang=lang,
        )
    steps = f.slide(p, slide_day, span, langs)
    p.truth.update(
        habit="slides",
        slide_event_ids=[e for e, _ in steps],
        slide_days=span,
        trouble_starts_at=iso(steps[0][1]),
    )
    if nps:
        sid, score = f.low_score(p, steps[3][1] + timedelta(hours=f.rng.uniform(2.5, 3.5)), "nps")
        p.truth.update(nps_given=True, nps=score, survey_event_id=sid)


def slow_churners(f: Fam) -> None:
    spans = [3, 5, 7, 9] * 20
    for i in range(78):
        p = f.person()
        nps = i < 26
        f.set(
            p,
            "slow_churner",
            ["sentiment_drop", "detractor"] if nps else ["sentiment_drop"],
            SLIDER_TOL,
        )
        slider(
            f,
            p,
            [p.lang],
            (0, 10),
            f.rng.randint(4, 5),
            f.rng.randint(2, 4),
            f.rng.randint(12, 18),
            spans[i],
            nps,
        )
    for _ in range(34):
        p = f.person()
        f.set(p, "slow_churner", ["churn_intent"], LEAVER_TOL, habit="asks to cancel")
        f.happy_around(p, f.rng.randint(4, 6), 0, 13, 8, 21, surveys=False)
        t = f.at(f.rng.randint(15, 25), 8, 19)
        rid = f.ev(
            p, t, "email", "message", f.say(p, wt.CANCEL_REQ), subject=wt.SUBJ_CANCEL[p.lang]
        )
        ref = f.new_ref()
        f.agent_mail(p, f.later(t, 60, 300), wt.CANCEL_SELF, ref)
        tc = out_of_night(t + timedelta(hours=f.rng.uniform(20, 30)), f.rng)
        reason = f.say(p, wt.CANCEL_REASON)
        cid = f.ev(p, tc, "web", "cancellation", reason or None, attrs={"page": "/account/close"})
        p.truth.update(
            churn_intent_event_id=rid,
            cancellation_event_id=cid,
            churn_at=iso(tc),
            trouble_starts_at=iso(t),
            booking=ref,
        )
    for _ in range(72):
        p = f.person()
        f.set(p, "happy", habit="steady")
        f.happy_around(p, f.rng.randint(6, 10), 0, 32, 7.5, 21)
    for _ in range(38):
        p = f.person()
        f.set(p, "steadily_grumpy", [], GRUMPY_TOL)
        day = f.rng.randint(0, 3)
        ids = []
        pool = list(wt.GRUMPY[p.lang])
        f.rng.shuffle(pool)
        for k in range(f.rng.randint(5, 8)):
            if day > 31:
                break
            text = f.fill(p, pool[k % len(pool)])
            ch = f.rng.choice(["social", "community", "chat"])
            ids.append(f.ev(p, f.at(day, 8, 21), ch, "chat" if ch == "chat" else "post", text))
            day += f.rng.randint(2, 5)
        for _ in range(f.rng.randint(0, 2)):
            f.happy(
                p, f.at(f.rng.randint(0, 31), 9, 20), kind=f.rng.choice(["page_view", "purchase"])
            )
        p.truth["grumble_event_ids"] = ids
    for _ in range(42):
        p = f.person()
        f.set(p, "happy_one_sarcastic_remark", [], QUIET)
        t = f.at(f.rng.randint(3, 28), 9, 21)
        sid = f.ev(p, t, f.rng.choice(["social", "community"]), "post", f.say(p, wt.SARCASM))
        p.truth["sarcasm_event_id"] = sid
        f.happy_around(p, f.rng.randint(4, 7), 0, 32, 8, 21, avoid=[(t, 6, 6)], surveys=False)
    f.planted = {"sentiment_drop": 78, "detractor": 26, "churn_intent": 34}


def grumble_once(f: Fam, p: Person, t: datetime) -> str:
    text = f.say(p, wt.GRUMBLE_ONCE)
    if f.rng.random() < 0.55:
        gid = f.ev(p, t, "chat", "chat", text)
        f.ev(p, f.later(t, 2, 8), "chat", "chat", f.say(p, wt.GRUMBLE_ANSWER), out=True)
    else:
        gid = f.ev(p, t, "web", "ticket", text, subject=SUBJ_FEEDBACK[p.lang])
        f.agent_mail(p, f.later(t, 20, 120), wt.FORM_ACK, f.new_ref())
    p.truth["grumble_event_id"] = gid
    return gid


def quiet_hours(f: Fam) -> None:
    for _ in range(156):
        p = f.person()
        f.set(p, "happy", habit="day writer")
        f.happy_around(p, f.rng.randint(1, 4), 0, 3, 7, 18.5)
    for _ in range(24):
        p = f.person()
        f.set(p, "grumbles_once", [], QUIET)
        grumble_once(f, p, f.at(f.rng.randint(0, 2), 8, 18))
    for night in range(1, 4):
        hour = f.rng.uniform(1.17, 1.45)
        for burst in range(3):
            start = f.start + timedelta(days=night, hours=hour)
            hour += f.rng.uniform(0.47, 0.6)
            for _ in range(5):
                p = f.person()
                f.set(
                    p,
                    "night_owl",
                    [],
                    [],
                    habit=f"night {night}, burst {burst + 1}",
                    burst_at=iso(start),
                )
                t = start + timedelta(seconds=f.rng.randint(0, 590))
                f.happy(p, t, kind=f.rng.choice(["night_q", "night_post", "night_post"]))
                if f.rng.random() < 0.34:
                    f.happy(
                        p,
                        f.at(f.rng.randint(0, 2), 9, 18),
                        kind=f.rng.choice(["praise", "purchase", "page_view"]),
                    )
    f.planted = {}


BILINGUAL_PAIRS: list[tuple[str, str, list[str], int]] = [
    ("en", "fr", ["FR", "BE", "CH"], 32),
    ("fr", "en", ["UK", "IE"], 30),
    ("en", "de", ["DE", "AT"], 20),
    ("fr", "de", ["DE", "CH"], 18),
    ("en", "es", ["ES"], 16),
    ("fr", "es", ["ES"], 14),
    ("en", "it", ["IT"], 14),
    ("fr", "it", ["IT", "CH"], 16),
    ("de", "en", ["UK", "IE"], 14),
    ("es", "fr", ["FR"], 16),
    ("it", "fr", ["FR", "BE"], 14),
    ("pt", "fr", ["LU", "FR"], 20),
]


def bilingual(f: Fam) -> None:
    people: list[tuple[Person, list[str]]] = []
    for a, b, markets, n in BILINGUAL_PAIRS:
        for _ in range(n):
            p = f.person(lang=a, market=f.rng.choice(markets))
            people.append((p, [a, b]))
    f.rng.shuffle(people)
    roles = ["happy"] * 118 + ["repeat"] * 40 + ["slide"] * 28 + ["bad"] * 24 + ["fixed"] * 14
    counts = [2] * 14 + [3] * 14 + [4] * 12
    rc = 0
    bd = 0
    for (p, langs), role in zip(people, roles, strict=True):
        p.truth["languages"] = langs
        if role == "happy":
            f.set(p, "happy", habit="alternates languages")
            for k in range(f.rng.randint(5, 8)):
                f.happy(p, f.at(f.rng.randint(0, 13), 8, 21), lang=langs[k % 2])
        elif role == "repeat":
            f.set(p, "repeat_contact", ["repeat_contact"], REPEAT_TOL)
            for k in range(f.rng.randint(1, 3)):
                f.happy(p, f.at(f.rng.randint(0, 1), 8, 20), lang=langs[k % 2], surveys=False)
            t = f.at(f.rng.randint(2, 6), 8, 20)
            problem = wt.PROBLEMS[rc % 6]
            story = f.repeat_story(p, t, problem, counts[rc], langs, passed_on=rc % 2 == 0)
            p.truth.update(problem=problem, trouble_starts_at=iso(t), **story)
            rc += 1
        elif role == "slide":
            f.set(p, "slow_churner", ["sentiment_drop"], SLIDER_TOL)
            slider(
                f,
                p,
                langs,
                (0, 5),
                5,
                f.rng.randint(1, 3),
                f.rng.randint(6, 8),
                f.rng.choice([3, 4, 5]),
                False,
            )
        elif role == "bad":
            f.set(p, "happy_one_bad_day", [], QUIET, bad_day_language=langs[1])
            sorted_mail = bd % 2 == 0
            bad_day(
                f,
                p,
                f.rng.randint(3, 10),
                wt.PROBLEMS[bd % 6],
                f.rng.choice(["email", "chat", "social", "web"]),
                langs[1],
                bd < 8,
                None,
                sorted_mail,
                sorted_mail and bd % 4 == 0,
                f.rng.randint(3, 5),
            )
            bd += 1
        else:
            f.set(p, "resolved_between_contacts", [], QUIET, confirm_language=langs[1])
            f.happy(p, f.at(f.rng.randint(0, 2), 8, 20), lang=langs[1])
            case = f.fixed_case(
                p,
                f.at(f.rng.randint(3, 8), 8, 19),
                wt.PROBLEMS[f.rng.randint(0, 5)],
                langs[0],
                langs[1],
            )
            p.truth.update(
                problem=case["problem"], problems=[case], trouble_starts_at=case["raised_at"]
            )
            f.happy(p, f.at(12, 9, 20), lang=langs[0])
    f.planted = {"repeat_contact": 40, "sentiment_drop": 28}


ACCOUNT_MARKETS = (
    ["UK"] * 11
    + ["FR"] * 11
    + ["IE"] * 4
    + ["BE"] * 5
    + ["CH"] * 4
    + ["DE"] * 4
    + ["AT"] * 2
    + ["ES"] * 3
    + ["IT"] * 4
    + ["PT"] * 3
)


def weekday_at(f: Fam, day: int, h0: float, h1: float) -> datetime:
    while (f.start + timedelta(days=day)).weekday() >= 5:
        day += 1
    return f.at(day, h0, h1)


def office_next(f: Fam, t: datetime) -> datetime:
    """The same time if it is a weekday 08-15 UTC, else the next working morning."""
    while True:
        if t.weekday() < 5 and 8 <= t.hour < 15:
            return t
        if t.hour >= 15 or t.weekday() >= 5:
            t = (t + timedelta(days=1)).replace(hour=8, minute=0, second=0) + timedelta(
                minutes=f.rng.randint(5, 100)
            )
        else:
            t = t.replace(hour=8, minute=0, second=0) + timedelta(minutes=f.rng.randint(5, 100))


def routine(f: Fam, p: Person, n: int, before: datetime | None, surveys: bool) -> None:
    """Routine company acts on weekdays 08-16:30, all at least 14 h before `before`."""
    done = 0
    tries = 0
    while done < n and tries < 300:
        tries += 1
        last_day = 13 if before is None else int((before - f.start).total_seconds() // 86400)
        t = weekday_at(f, f.rng.randint(0, max(0, last_day)), 8, 16.5)
        if t.weekday() >= 5 or (before is not None and (before - t).total_seconds() < 14 * 3600):
            continue
        kinds = ["chat_q", "email_q", "phone_q", "addon", "page", "praise"] + (
            ["survey"] if surveys else []
        )
        kind = f.rng.choice(kinds)
        if kind in ("chat_q", "email_q"):
            q, a = f.rng.choice(wb.B2B_QUESTIONS[p.lang])
            f.question(
                p, t, q, a, p.lang, wb.B2B_THANKS, channel="chat" if kind == "chat_q" else "email"
            )
        elif kind == "phone_q":
            f.ev(p, t, "phone", "call", f.say(p, wb.B2B_PHONE_Q), opener=False)
        elif kind == "addon":
            code, price = f.rng.choice(wb.ADDONS)
            f.ev(p, t, "web", "page_view", attrs={"page": f.rng.choice(wb.B2B_PAGES)})
            f.ev(
                p,
                f.later(t, 2, 12),
                "web",
                "purchase",
                attrs={"page": "/pro/checkout", **f.price(p, code, price)},
            )
        elif kind == "page":
            f.ev(p, t, "web", "page_view", attrs={"page": f.rng.choice(wb.B2B_PAGES)})
        elif kind == "praise":
            f.ev(p, t, "community", "post", f.say(p, wb.B2B_PRAISE))
        else:
            f.high_score(p, t, p.lang)
        done += 1


def b2b_accounts(f: Fam) -> None:
    markets = list(ACCOUNT_MARKETS)
    f.rng.shuffle(markets)
    kinds = ["at_risk"] * 12 + ["one_unhappy"] * 14 + ["mild"] * 7 + ["happy"] * 18
    company_pool = {m: list(v) for m, v in wb.COMPANIES.items()}
    complainers_n = [3] * 7 + [4] * 5
    f.rng.shuffle(complainers_n)
    last_channels = ["email"] * 5 + ["phone"] * 7
    f.rng.shuffle(last_channels)
    ar = 0
    planted = {"account_risk": 12, "detractor": 0, "repeat_contact": 12}
    for i, kind in enumerate(kinds):
        market = markets[i]
        company, site = company_pool[market].pop(0)
        lang = CH_LANG[company] if market == "CH" else MARKET_LANG[market]
        acc_id = f"STP-{market}-{f.rng.randint(1000, 9999)}"
        while not f.reg.take("acc:" + acc_id):
            acc_id = f"STP-{market}-{f.rng.randint(1000, 9999)}"
        domain = slug(company) + ".example"
        n = f.rng.randint(4, 6) if kind == "at_risk" else f.rng.randint(3, 6)
        firsts: list[str] = []
        contacts = [f.person(lang, market, domain, acc_id, company, firsts) for _ in range(n)]
        acc: dict[str, Any] = {
            "company": company,
            "site": site,
            "contacts": n,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": 0,
            "unhappy_contact_keys": [],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        for c in contacts:
            f.set(c, "b2b_happy", [], [], company=company, role="contact")
        if kind == "at_risk":
            problem = wb.B2B_PROBLEMS[ar % 4]
            k = complainers_n[ar]
            comp = contacts[:k]
            t = weekday_at(f, f.rng.randint(1, 3), 8, 15)
            ref = f.new_ref()
            first = comp[0]
            starts = t
            for j, c in enumerate(comp):
                if j == 0:
                    text = f.fill(c, f.rng.choice(wb.COMPLAINT_FIRST[problem][lang]))
                else:
                    text = f.fill(
                        c,
                        f.rng.choice(wb.COMPLAINT_LATER[lang]),
                        colleague_fem=first.fem,
                        first=first.first,
                        weekday=wb.WEEKDAYS[lang][starts.weekday()],
                        ref=ref,
                        pshort=wb.B2B_PSHORT[problem][lang],
                    )
                subj = (
                    wt.SUBJ_COMPLAINT[lang].format(pshort=wb.B2B_PSHORT[problem][lang])
                    if j == 0
                    else f.reply_subject(lang, ref)
                )
                eid = f.ev(c, t, "email", "message", text, subject=subj)
                ids = [eid]
                if j == 0:
                    ack = f.fill(c, f.rng.choice(wb.B2B_ACK[lang]), dear=f.dear(c), ref=ref)
                    f.ev(
                        c,
                        f.later(t, 20, 90),
                        "email",
                        "message",
                        ack,
                        subject=f.reply_subject(lang, ref),
                        out=True,
                    )
                info: dict[str, Any] = {
                    "role": "complainer",
                    "problem": problem,
                    "booking": ref,
                    "trouble_starts_at": iso(t),
                }
                if j < k - 1:
                    sid, score = f.low_score(c, f.later(t, 60, 180), "nps")
                    info.update(nps_given=True, nps=score, survey_event_id=sid)
                    f.set(c, "b2b_unhappy", ["detractor"], AT_RISK_TOL, company=company)
                    planted["detractor"] += 1
                else:
                    t2 = office_next(f, t + timedelta(hours=f.rng.uniform(18, 40)))
                    text2 = f.fill(c, f.rng.choice(wb.COMPLAINT_LAST[lang]), ref=ref)
                    if last_channels[ar] == "email":
                        rid = f.ev(
                            c, t2, "email", "message", text2, subject=f.reply_subject(lang, ref)
                        )
                    else:
                        rid = f.ev(c, t2, "phone", "call", text2)
                    ids.append(rid)
                    info.update(repeat_event_id=rid, channel=last_channels[ar])
                    f.set(c, "b2b_unhappy", ["repeat_contact"], AT_RISK_TOL, company=company)
                info["complaint_event_ids"] = ids
                c.truth.update(info)
                routine(f, c, f.rng.randint(1, 3), t, False)
                t = office_next(f, t + timedelta(hours=f.rng.uniform(8, 28)))
            acc.update(
                unhappy_contacts=k,
                unhappy_contact_keys=[c.key for c in comp],
                same_problem=problem,
                trouble_starts_at=iso(starts),
            )
            for c in contacts[k:]:
                routine(f, c, f.rng.randint(2, 5), None, True)
            ar += 1
        elif kind == "one_unhappy":
            c = contacts[0]
            problem = wb.B2B_PROBLEMS[i % 4]
            t = weekday_at(f, f.rng.randint(3, 10), 8, 15)
            eid = f.ev(
                c,
                t,
                "email",
                "message",
                f.fill(c, f.rng.choice(wb.COMPLAINT_FIRST[problem][lang])),
                subject=wt.SUBJ_COMPLAINT[lang].format(pshort=wb.B2B_PSHORT[problem][lang]),
            )
            info = {
                "role": "complainer",
                "problem": problem,
                "complaint_event_ids": [eid],
                "trouble_starts_at": iso(t),
            }
            if i % 2 == 0:
                ref = f.new_ref()
                ack = f.fill(c, f.rng.choice(wb.B2B_ACK[lang]), dear=f.dear(c), ref=ref)
                f.ev(
                    c,
                    f.later(t, 20, 90),
                    "email",
                    "message",
                    ack,
                    subject=f.reply_subject(lang, ref),
                    out=True,
                )
                info["booking"] = ref
            sid, score = f.low_score(c, f.later(t, 60, 180), "nps")
            info.update(nps_given=True, nps=score, survey_event_id=sid)
            f.set(c, "b2b_one_unhappy", ["detractor"], ONE_UNHAPPY_TOL, company=company)
            c.truth.update(info)
            planted["detractor"] += 1
            routine(f, c, f.rng.randint(1, 3), t, False)
            acc.update(unhappy_contacts=1, unhappy_contact_keys=[c.key])
            for c in contacts[1:]:
                routine(f, c, f.rng.randint(2, 5), None, True)
        elif kind == "mild":
            for c in contacts[:2]:
                t = weekday_at(f, f.rng.randint(2, 10), 8, 15)
                mid = f.ev(
                    c,
                    t,
                    "web",
                    "ticket",
                    f.fill(c, f.rng.choice(wb.MILD[lang])),
                    subject=SUBJ_SUGGEST[lang],
                )
                f.agent_mail(c, f.later(t, 30, 150), wt.FORM_ACK, f.new_ref())
                f.set(c, "b2b_mild", [], QUIET, company=company, role="suggests", mild_event_id=mid)
                routine(f, c, f.rng.randint(1, 3), t, False)
            for c in contacts[2:]:
                routine(f, c, f.rng.randint(2, 5), None, True)
        else:
            for c in contacts:
                routine(f, c, f.rng.randint(2, 5), None, True)
        f.accounts[acc_id] = acc
    f.planted = planted


SPIKE_LANGS = ["en"] * 16 + ["fr"] * 14 + ["de"] * 6 + ["es"] * 5 + ["it"] * 5 + ["pt"] * 4
SPIKE_CHANNELS = ["social"] * 16 + ["chat"] * 11 + ["community"] * 10 + ["email"] * 8 + ["web"] * 5


def topic_spike(f: Fam) -> None:
    spike_day = 2  # Wednesday 28 October 2026
    w0 = f.start + timedelta(days=spike_day, hours=19, minutes=8)
    for _ in range(226):
        p = f.person()
        f.set(p, "happy", habit="day writer")
        f.happy_around(p, f.rng.randint(1, 4), 0, 7, 7.5, 21)
    for _ in range(26):
        p = f.person()
        f.set(p, "grumbles_once", [], QUIET)
        day = f.rng.choice([0, 1, 3, 4, 5, 6])
        grumble_once(f, p, f.at(day, 8, 20))
    for lang, day in (("en", 0), ("fr", 1)):
        p = f.person(lang=lang)
        f.set(p, "grumbles_once", [], QUIET)
        t = f.at(day, 18, 21)
        lid = f.ev(p, t, "chat", "chat", f.say(p, wt.LONE_Q))
        f.ev(p, f.later(t, 2, 7), "chat", "chat", f.say(p, wt.LONE_ANSWER), out=True)
        p.truth["lone_report_event_id"] = lid
    langs = list(SPIKE_LANGS)
    chans = list(SPIKE_CHANNELS)
    f.rng.shuffle(langs)
    f.rng.shuffle(chans)
    offsets = sorted(f.rng.uniform(0, 43) for _ in range(50))
    offsets[0], offsets[-1] = 0.0, 43.0
    roles = ["repeat"] * 16 + ["fixed"] * 12 + ["plain"] * 22
    f.rng.shuffle(roles)
    keys: list[str] = []
    first_ids: list[str] = []
    repeat_ids: list[str] = []
    for i in range(50):
        lang = langs[i]
        p = f.person(lang=lang)
        regular = i % 50 < 34
        if regular:
            f.happy_around(p, f.rng.randint(1, 3), 0, 2, 8, 18)
        t = w0 + timedelta(minutes=offsets[i], seconds=f.rng.randint(0, 59) if 0 < i < 49 else 0)
        text = f.say(p, wt.SPIKE)
        ch = chans[i]
        if ch == "email":
            sid = f.ev(p, t, "email", "message", text, subject="S-713")
        elif ch == "web":
            sid = f.ev(
                p, t, "web", "ticket", text, subject=wt.SUBJ_COMPLAINT[lang].format(pshort="S-713")
            )
        elif ch == "chat":
            sid = f.ev(p, t, "chat", "chat", text)
        else:
            sid = f.ev(p, t, ch, "post", text)
        keys.append(p.key)
        first_ids.append(sid)
        info: dict[str, Any] = {
            "in_spike": True,
            "regular": regular,
            "spike_event_id": sid,
            "spike_channel": ch,
            "trouble_starts_at": iso(t),
        }
        if roles[i] == "repeat":
            t2 = f.later(t, 15, 50)
            ch2 = f.rng.choice([c for c in ["social", "chat", "community", "email"] if c != ch])
            text2 = f.say(p, wt.SPIKE_AGAIN)
            if ch2 == "email":
                rid = f.ev(p, t2, "email", "message", text2, subject="S-713")
            elif ch2 == "chat":
                rid = f.ev(p, t2, "chat", "chat", text2)
            else:
                rid = f.ev(p, t2, ch2, "post", text2)
            repeat_ids.append(rid)
            info["repeat_event_id"] = rid
            f.set(p, "spike_repeater", ["repeat_contact"], SPIKE_REPEAT_TOL)
        else:
            f.set(p, "spike_reporter", [], QUIET)
            if roles[i] == "fixed":
                tf = f.start + timedelta(days=spike_day + 1, hours=f.rng.uniform(7, 9))
                f.agent_mail(p, tf, wt.SPIKE_FIXED, f.new_ref())
                info["agent_fixed"] = True
        p.truth.update(info)
    f.spike = {
        "topic": "photo uploads fail with error S-713 and projects do not save (app and web)",
        "about": f"Wednesday 28 October 2026, {iso(w0)} to {iso(w0 + timedelta(minutes=43))}: "
        "50 customers report error S-713",
        "channel": None,
        "start": iso(w0),
        "end": iso(w0 + timedelta(minutes=43)),
        "customers": 50,
        "customer_keys": keys,
        "event_ids": first_ids,
        "repeat_event_ids": repeat_ids,
    }
    f.planted = {"repeat_contact": 16, "topic_spike": 1}


# name, code, start, days, builder, about
FAMILY_TABLE: list[tuple[str, str, datetime, int, Callable[[Fam], None], str]] = [
    (
        "happy_writers",
        "HW",
        datetime(2026, 3, 2, tzinfo=UTC),
        10,
        happy_writers,
        "happy day writers, night writers and survey-only customers",
    ),
    (
        "one_bad_day",
        "BD",
        datetime(2026, 4, 13, tzinfo=UTC),
        12,
        one_bad_day,
        "happy customers with one angry moment, some low scores, fixes and apologies",
    ),
    (
        "repeat_contacts",
        "RC",
        datetime(2026, 5, 11, tzinfo=UTC),
        10,
        repeat_contacts,
        "open problems raised 2-4 times, fixed cases, two problems, frequent writers",
    ),
    (
        "slow_churners",
        "SC",
        datetime(2026, 6, 1, tzinfo=UTC),
        32,
        slow_churners,
        "six-step slides, leavers who cancel, steady, grumpy and sarcastic customers",
    ),
    (
        "quiet_hours",
        "QH",
        datetime(2026, 8, 7, tzinfo=UTC),
        3,
        quiet_hours,
        "a calm summer weekend with night-owl bursts",
    ),
    (
        "bilingual",
        "BL",
        datetime(2026, 9, 7, tzinfo=UTC),
        14,
        bilingual,
        "customers who write in two languages",
    ),
    (
        "b2b_accounts",
        "BB",
        datetime(2026, 10, 5, tzinfo=UTC),
        14,
        b2b_accounts,
        "Stampello Pro accounts: at risk, one unhappy, mild, happy",
    ),
    (
        "topic_spike",
        "TS",
        datetime(2026, 10, 26, tzinfo=UTC),
        7,
        topic_spike,
        "a calm week and an upload-error spike on Wednesday 28 October",
    ),
]


def main() -> None:
    reg = Registry()
    total_c = 0
    total_t = 0
    for n, (name, code, start, days, build, about) in enumerate(FAMILY_TABLE, start=1):
        fam = Fam(reg, name, code, n, start, days, about)
        build(fam)
        c, t = fam.write(HERE)
        total_c += c
        total_t += t
        print(f"{name}: {c} customers, {t} touchpoints")
    print(f"total: {total_c} customers, {total_t} touchpoints")


if __name__ == "__main__":
    main()
