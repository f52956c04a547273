# ruff: noqa: E501
"""Write tests/scenarios/heldout99/: eight hand-written alert families, written blind.

The business is Ninnalo (babysitting and childcare booked by app and web, with a
Ninnalo Club membership and a business arm, Ninnalo Work). Every customer's persona
decides every act; the words come from wording.py and wording_b2b.py beside this file.
Standard library only, deterministic: run it as ``python make_heldout99.py`` from
anywhere; two runs give the same bytes.
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

SEED = 20261114
PREFIX = "nl99"
WRITTEN = "2026-12-04"
BUSINESS = "Ninnalo: babysitting and childcare booked by app and web, Ninnalo Club membership; Ninnalo Work for employers, hotels and event organisers on account"
COMPETITORS = ("Guardolino", "Sittara")
LIMIT = datetime(2026, 11, 16, tzinfo=UTC)

LANG_WEIGHTS: list[tuple[str, int]] = [
    ("fr", 28),
    ("pt", 28),
    ("en", 11),
    ("de", 11),
    ("es", 11),
    ("it", 11),
]

MARKETS: dict[str, list[tuple[str, int]]] = {
    "fr": [("FR", 6), ("BE", 2), ("CH", 1), ("LU", 1)],
    "pt": [("PT", 7), ("LU", 1), ("FR", 1), ("CH", 1)],
    "en": [("UK", 3), ("IE", 2)],
    "de": [("DE", 5), ("AT", 2), ("CH", 2)],
    "es": [("ES", 1)],
    "it": [("IT", 4), ("CH", 1)],
}

# country code, mobile prefixes, digits after the prefix
PHONES: dict[str, tuple[str, list[str], int]] = {
    "FR": ("33", ["6", "7"], 8),
    "BE": ("32", ["47", "48", "49"], 7),
    "CH": ("41", ["76", "77", "78", "79"], 7),
    "LU": ("352", ["621", "661", "691"], 6),
    "PT": ("351", ["91", "92", "93", "96"], 7),
    "UK": ("44", ["74", "75", "77", "78"], 8),
    "IE": ("353", ["83", "85", "86", "87"], 7),
    "DE": ("49", ["151", "160", "170", "176"], 8),
    "AT": ("43", ["650", "664", "676", "699"], 7),
    "ES": ("34", ["6"], 8),
    "IT": ("39", ["320", "333", "347", "380"], 7),
}

TOWNS: dict[str, list[str]] = {
    "FR": [
        "Lyon",
        "Lille",
        "Nantes",
        "Bordeaux",
        "Rennes",
        "Toulouse",
        "Montpellier",
        "Strasbourg",
    ],
    "BE": ["Liège", "Namur", "Bruxelles", "Charleroi"],
    "LU": ["Luxembourg", "Esch-sur-Alzette", "Differdange"],
    "PT": ["Lisboa", "Porto", "Braga", "Coimbra", "Setúbal", "Aveiro", "Faro"],
    "UK": ["Manchester", "Bristol", "Leeds", "London"],
    "IE": ["Dublin", "Cork", "Galway"],
    "DE": ["Köln", "Hamburg", "Leipzig", "Freiburg"],
    "AT": ["Wien", "Graz", "Linz"],
    "ES": ["Madrid", "Valencia", "Sevilla", "Bilbao"],
    "IT": ["Milano", "Torino", "Bologna", "Roma"],
}
CH_TOWNS: dict[str, list[str]] = {
    "fr": ["Genève", "Lausanne", "Fribourg"],
    "pt": ["Genève", "Lausanne"],
    "de": ["Zürich", "Basel", "Bern"],
    "it": ["Lugano", "Bellinzona"],
    "en": ["Zürich"],
    "es": ["Genève"],
}

FEM: dict[str, list[str]] = {
    "fr": [
        "Claire",
        "Sophie",
        "Julie",
        "Aurélie",
        "Élodie",
        "Marion",
        "Céline",
        "Nadia",
        "Hélène",
        "Laure",
        "Amandine",
        "Sarah",
        "Émilie",
        "Pauline",
    ],
    "pt": [
        "Ana",
        "Marta",
        "Sofia",
        "Catarina",
        "Joana",
        "Rita",
        "Filipa",
        "Patrícia",
        "Sara",
        "Daniela",
        "Cláudia",
        "Vera",
        "Raquel",
        "Andreia",
    ],
    "en": ["Emma", "Sarah", "Laura", "Rachel", "Aoife", "Niamh", "Chloe", "Megan"],
    "de": ["Anna", "Julia", "Katrin", "Miriam", "Sabine", "Nina", "Stefanie", "Jana"],
    "es": ["Elena", "Carmen", "Laura", "Cristina", "Paula", "Nuria", "Irene", "Raquel"],
    "it": ["Chiara", "Francesca", "Valentina", "Elisa", "Sara", "Martina", "Silvia", "Federica"],
}
MASC: dict[str, list[str]] = {
    "fr": [
        "Julien",
        "Thomas",
        "Nicolas",
        "Mathieu",
        "Karim",
        "Sébastien",
        "Romain",
        "Olivier",
        "Guillaume",
        "Benoît",
    ],
    "pt": ["João", "Pedro", "Tiago", "Rui", "Nuno", "Miguel", "Ricardo", "Bruno", "André", "Hugo"],
    "en": ["James", "Tom", "Daniel", "Conor", "Ben", "Sean"],
    "de": ["Markus", "Tobias", "Jan", "Felix", "Stefan", "Lukas"],
    "es": ["Javier", "Pablo", "Sergio", "Álvaro", "David", "Jorge"],
    "it": ["Luca", "Marco", "Andrea", "Matteo", "Davide", "Stefano"],
}
SURNAMES: dict[str, list[str]] = {
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Lefèvre",
        "Moreau",
        "Girard",
        "Fontaine",
        "Rousseau",
        "Chevalier",
        "Garnier",
        "Lambert",
        "Faure",
        "Mercier",
        "Blanc",
        "Guérin",
        "Boyer",
        "Roux",
        "Perrin",
        "Marchand",
        "Dupuis",
        "Leclerc",
        "Gauthier",
        "Meunier",
        "Barbier",
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
        "Teixeira",
        "Moreira",
        "Correia",
        "Mendes",
        "Nunes",
        "Soares",
    ],
    "en": [
        "Walsh",
        "Murphy",
        "Taylor",
        "Brown",
        "Evans",
        "Hughes",
        "O'Brien",
        "Kelly",
        "Wilson",
        "Clarke",
        "Byrne",
        "Patel",
    ],
    "de": [
        "Müller",
        "Schmidt",
        "Weber",
        "Wagner",
        "Becker",
        "Hoffmann",
        "Schulz",
        "Koch",
        "Richter",
        "Wolf",
        "Neumann",
        "Krüger",
        "Huber",
        "Gruber",
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
        "Moreno",
        "Castro",
        "Ortega",
        "Delgado",
    ],
    "it": [
        "Rossi",
        "Bianchi",
        "Romano",
        "Colombo",
        "Ricci",
        "Marino",
        "Greco",
        "Bruno",
        "Gallo",
        "Conti",
        "Mancini",
        "Lombardi",
    ],
}

JOBS = [
    "nurse",
    "teacher",
    "pharmacist",
    "architect",
    "bus driver",
    "accountant",
    "shop manager",
    "police officer",
    "software developer",
    "midwife",
    "chef",
    "lawyer",
    "care worker",
    "engineer",
    "journalist",
    "physiotherapist",
    "hairdresser",
    "civil servant",
    "paramedic",
    "baker",
]

LANG_NAMES = {
    "fr": "French",
    "pt": "Portuguese",
    "en": "English",
    "de": "German",
    "es": "Spanish",
    "it": "Italian",
}

MAIL_DOMAINS = [
    "mail.example",
    "post.example",
    "courriel.example",
    "correio.example",
    "inbox.example",
    "webmail.example",
    "familia.example",
    "net.example",
]

SOURCES = {
    "email": "ninnalo-mail",
    "phone": "ninnalo-voice",
    "social": "ninnalo-social",
    "community": "ninnalo-forum",
    "chat": "ninnalo-chat",
    "web": "ninnalo-web",
    "survey": "ninnalo-survey",
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
LEAVE_TOL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
GRUMPY_TOL = ["repeat_contact", "silence"]
B2B_UNHAPPY_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
B2B_ONE_TOL = ["sentiment_drop", "high_value_at_risk", "silence"]

PLANNED: dict[str, dict[str, int]] = {
    "happy_writers": {},
    "one_bad_day": {"detractor": 6},
    "repeat_contacts": {"repeat_contact": 12},
    "slow_churners": {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
    "quiet_hours": {},
    "bilingual": {"repeat_contact": 5, "sentiment_drop": 5},
    "b2b_accounts": {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    "topic_spike": {"topic_spike": 1, "repeat_contact": 6},
}

USED: set[str] = set()


def fresh(value: str) -> bool:
    if value in USED:
        return False
    USED.add(value)
    return True


def ascii_word(text: str) -> str:
    flat = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in flat if ch.isascii() and (ch.isalnum())).lower()


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def money(eur: float, country: str, lang: str, spoken: bool = False) -> str:
    if country == "UK":
        value = round(eur * 0.87)
        return f"{value} pounds" if spoken else f"£{value}"
    if country == "CH":
        value = round(eur * 0.95)
        if spoken:
            word = {
                "fr": "francs",
                "pt": "francos",
                "en": "francs",
                "de": "Franken",
                "es": "francos",
                "it": "franchi",
            }[lang]
            return f"{value} {word}"
        return f"CHF {value}" if lang in ("de", "en") else f"{value} CHF"
    value = round(eur)
    if spoken:
        word = {
            "fr": "euros",
            "pt": "euros",
            "en": "euros",
            "de": "Euro",
            "es": "euros",
            "it": "euro",
        }[lang]
        return f"{value} {word}"
    return f"€{value}" if lang == "en" else f"{value} €"


def currency(country: str) -> tuple[str, float]:
    if country == "UK":
        return "GBP", 0.87
    if country == "CH":
        return "CHF", 0.95
    return "EUR", 1.0


UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}


def strip_accents(text: str) -> str:
    out: list[str] = []
    for ch in text:
        if ch in UMLAUTS:
            out.append(UMLAUTS[ch])
        elif ch in "ßñÑ":
            out.append(ch)
        else:
            parts = unicodedata.normalize("NFD", ch)
            base = "".join(p for p in parts if not unicodedata.combining(p))
            out.append(base or ch)
    return "".join(out)


SPOKEN_DROP = str.maketrans("", "", '.,!?;:«»“”„"()…→')


def transcript(text: str, lang: str, keep: set[str]) -> str:
    """A speech-to-text line: no punctuation, lower case but for names, codes and numbers."""
    words = []
    for word in text.translate(SPOKEN_DROP).split():
        if any(ch.isdigit() for ch in word) or word in keep or word == "I":
            words.append(word)
        elif lang == "de":
            words.append(word.lower() if word.isupper() and len(word) > 1 else word)
        else:
            words.append(word.lower())
    return " ".join(words)


@dataclass
class Cust:
    key: str
    lang: str
    country: str
    first: str
    last: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    sitter: str
    kid: str
    truth: dict[str, Any]
    used: set[str] = field(default_factory=set)

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Row:
    n: int
    at: datetime
    cust: Cust
    channel: str
    kind: str
    out: bool
    text: str | None
    subject: str | None
    scores: dict[str, int | None]
    attrs: dict[str, str]
    event_id: str


class Fam:
    def __init__(
        self, n: int, code: str, name: str, about: str, start: datetime, days: int
    ) -> None:
        self.n = n
        self.code = code
        self.name = name
        self.about = about
        self.start = start
        self.days = days
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.rows: list[Row] = []
        self.custs: list[Cust] = []
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.counter = 0
        self.usage: Counter[str] = Counter()

    # people -------------------------------------------------------------------

    def pick_lang(self) -> str:
        langs = [lang for lang, _ in LANG_WEIGHTS]
        weights = [w for _, w in LANG_WEIGHTS]
        return self.rng.choices(langs, weights)[0]

    def pick_country(self, lang: str) -> str:
        options = MARKETS[lang]
        return self.rng.choices([c for c, _ in options], [w for _, w in options])[0]

    def phone(self, country: str) -> str:
        cc, prefixes, digits = PHONES[country]
        while True:
            number = (
                "+"
                + cc
                + self.rng.choice(prefixes)
                + "".join(str(self.rng.randrange(10)) for _ in range(digits))
            )
            if fresh("phone:" + number):
                return number

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        country: str | None = None,
        *,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        account: str | None = None,
        domain: str | None = None,
        first: str | None = None,
    ) -> Cust:
        lang = lang or self.pick_lang()
        country = country or self.pick_country(lang)
        while True:
            key = f"NL{self.code}{self.rng.randrange(1000, 10000)}"
            if fresh("id:" + key):
                break
        if first is None:
            first = self.rng.choice(FEM[lang] if self.rng.random() < 0.72 else MASC[lang])
        last = self.rng.choice(SURNAMES[lang])
        f_ascii, l_ascii = ascii_word(first), ascii_word(last)
        if domain is not None:
            email = f"{f_ascii}.{l_ascii}@{domain}"
            if not fresh("email:" + email):
                email = f"{f_ascii}.{l_ascii}{self.rng.randrange(2, 9)}@{domain}"
                fresh("email:" + email)
            handle = None
        else:
            while True:
                shape = self.rng.randrange(4)
                local = [
                    f"{f_ascii}.{l_ascii}",
                    f"{f_ascii}{l_ascii}{self.rng.randrange(10, 99)}",
                    f"{f_ascii[0]}{l_ascii}",
                    f"{l_ascii}.{f_ascii}{self.rng.randrange(1, 9)}",
                ][shape]
                email = f"{local}@{self.rng.choice(MAIL_DOMAINS)}"
                if fresh("email:" + email):
                    break
            while True:
                shape = self.rng.randrange(4)
                handle = [
                    f"@{l_ascii}_{f_ascii}{self.rng.randrange(1, 9)}",
                    f"@{f_ascii}{l_ascii}{self.rng.randrange(10, 99)}",
                    f"@{f_ascii[0]}{l_ascii}",
                    f"@{f_ascii}_{l_ascii}",
                ][shape]
                if fresh("handle:" + handle[1:]):
                    break
        phone = self.phone(country)
        town = self.rng.choice(CH_TOWNS[lang] if country == "CH" else TOWNS[country])
        job = self.rng.choice(JOBS)
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
            "country": country,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            "job": job,
            "town": town,
        }
        c = Cust(
            key,
            lang,
            country,
            first,
            last,
            email,
            phone,
            handle,
            account,
            self.rng.choice(W.SITTERS[lang]),
            self.rng.choice(W.KIDS[lang]),
            truth,
        )
        self.custs.append(c)
        return c

    # times --------------------------------------------------------------------

    def at(self, day: float, hour: int, minute: int = 0) -> datetime:
        return self.start + timedelta(
            days=day, hours=hour, minutes=minute, seconds=self.rng.randrange(60)
        )

    def between(self, day: int, h0: float, h1: float) -> datetime:
        minute = self.rng.randrange(int(h0 * 60), int(h1 * 60))
        return self.start + timedelta(days=day, minutes=minute, seconds=self.rng.randrange(60))

    def daylight(self, moment: datetime) -> datetime:
        """Moves a moment between 22:00 and 07:00 to 08:00-09:00 the next morning."""
        if moment.hour >= 22:
            base = (moment + timedelta(days=1)).replace(hour=8, minute=0)
        elif moment.hour < 7:
            base = moment.replace(hour=8, minute=0)
        else:
            return moment
        return base + timedelta(minutes=self.rng.randrange(60), seconds=self.rng.randrange(60))

    def office(self, moment: datetime) -> datetime:
        """Moves a moment outside weekdays 08:00-17:00 to 08:00-09:00 the next working morning."""
        while moment.weekday() >= 5 or moment.hour >= 17 or moment.hour < 8:
            if moment.hour < 8 and moment.weekday() < 5:
                moment = moment.replace(hour=8, minute=self.rng.randrange(60))
            else:
                moment = (moment + timedelta(days=1)).replace(hour=8, minute=self.rng.randrange(60))
        return moment

    def later(self, moment: datetime, lo: float, hi: float) -> datetime:
        return (moment + timedelta(minutes=self.rng.uniform(lo, hi))).replace(microsecond=0)

    # words ------------------------------------------------------------------

    def agent(self, lang: str) -> str:
        name: str = self.rng.choice(W.AGENTS[lang])
        return name

    def ctx(self, c: Cust, lang: str, **extra: str) -> dict[str, str]:
        values = {
            "first": c.first,
            "name": c.name,
            "sitter": c.sitter,
            "kid": c.kid,
            "agent": self.agent(lang),
        }
        values.update(extra)
        return values

    def choose(self, c: Cust, options: list[str]) -> str:
        """A wording the customer has not used yet, among the family's least used."""
        return options[self.choose_index(c, "text:" + options[0][:40], len(options))]

    def choose_index(self, c: Cust, tag: str, size: int) -> int:
        fresh_idx = [i for i in range(size) if f"{tag}#{i}" not in c.used] or list(range(size))
        least = min(self.usage[f"{tag}#{i}"] for i in fresh_idx)
        i = self.rng.choice([i for i in fresh_idx if self.usage[f"{tag}#{i}"] == least])
        c.used.add(f"{tag}#{i}")
        self.usage[f"{tag}#{i}"] += 1
        return i

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.10:
            text = strip_accents(text)
        if r.random() < 1 / 8 and len(text) > 1 and text[0].isupper() and text[1].islower():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = text.split(" ")
            idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
            if idx:
                i = r.choice(idx)
                w = words[i]
                j = r.randrange(1, len(w) - 2)
                if w[j] != w[j + 1]:
                    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    # touchpoints ----------------------------------------------------------------

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
        scores: dict[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
        agent: str | None = None,
        rough: bool = True,
    ) -> str:
        self.counter += 1
        event_id = f"{PREFIX}-{self.code.lower()}-{self.counter:05d}"
        if (
            text is not None
            and not out
            and rough
            and kind in ("message", "chat", "ticket", "post", "mention", "review")
        ):
            text = self.roughen(text)
        if (
            text is not None
            and not out
            and channel == "social"
            and c.account is None
            and "@Ninnalo" not in text
        ):
            pos = text.rfind("Ninnalo")
            text = text[:pos] + "@" + text[pos:] if pos >= 0 else "@Ninnalo " + text
        if text is not None and channel != "social":
            text = text.replace("@Ninnalo", "Ninnalo")
        all_attrs = {"market": c.country}
        if c.account:
            all_attrs["segment"] = "b2b"
        if out and agent:
            all_attrs["agent"] = agent
        all_attrs.update(attrs or {})
        all_scores: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        all_scores.update(scores or {})
        row = Row(
            self.counter,
            at,
            c,
            channel,
            kind,
            out,
            text,
            subject,
            all_scores,
            all_attrs,
            event_id,
        )
        self.rows.append(row)
        return event_id

    def reply(
        self,
        c: Cust,
        at: datetime,
        lang: str,
        channel: str,
        text: str,
        subject: str | None = None,
        agent: str | None = None,
    ) -> str:
        who = agent or self.agent(lang)
        kind = "chat" if channel == "chat" else "message"
        return self.add(
            c, at, channel, kind, text.replace("{agent}", who), subject, out=True, agent=who
        )

    # happy acts -------------------------------------------------------------

    def act(self, c: Cust, when: datetime, what: str, lang: str | None = None) -> list[str]:
        lang = lang or c.lang
        rng = self.rng
        ids: list[str] = []
        v = self.ctx(c, lang)
        if what == "praise":
            table = rng.choices([W.PRAISE, W.PRAISE_AGAIN, W.PRAISE_GRIPE], [5, 2, 2])[0]
            text = self.choose(c, table[lang]).format(**v)
            if rng.random() < 0.5:
                ids.append(self.add(c, when, "social", "mention", text))
            else:
                ids.append(self.add(c, when, "community", "post", text))
        elif what == "chat":
            q, a = W.CHAT_Q[lang][self.choose_index(c, "chat" + lang, len(W.CHAT_Q[lang]))]
            ids.append(self.add(c, when, "chat", "chat", q))
            t = self.later(when, 1, 6)
            self.reply(c, t, lang, "chat", a.format(**v))
            if rng.random() < 0.6:
                ids.append(
                    self.add(c, self.later(t, 1, 3), "chat", "chat", rng.choice(W.THANKS[lang]))
                )
        elif what == "mailq":
            subject, body, answer = W.MAIL_Q[lang][
                self.choose_index(c, "mail" + lang, len(W.MAIL_Q[lang]))
            ]
            ids.append(self.add(c, when, "email", "message", body.format(**v), subject))
            t = self.daylight(self.later(when, 40, 240))
            self.reply(c, t, lang, "email", answer.format(**v), "Re: " + subject, v["agent"])
            if rng.random() < 0.3:
                ids.append(
                    self.add(
                        c,
                        self.daylight(self.later(t, 20, 180)),
                        "email",
                        "message",
                        rng.choice(W.THANKS[lang]),
                        "Re: " + subject,
                    )
                )
        elif what == "call":
            said, follow = W.CALL_Q[lang][self.choose_index(c, "call" + lang, len(W.CALL_Q[lang]))]
            ids.append(self.add(c, when, "phone", "call", said, rough=False))
            self.reply(
                c,
                self.daylight(self.later(when, 15, 60)),
                lang,
                "email",
                follow.format(**v),
                W.CALL_SUBJECT[lang],
                v["agent"],
            )
        elif what == "buy":
            label, eur = rng.choice(W.PRODUCTS[:5]) if rng.random() < 0.85 else W.PRODUCTS[5]
            slug = ascii_word(c.sitter) + "-" + str(rng.randrange(100, 999))
            ids += self.booking(c, when, label, eur, f"/sitters/{slug}", "/bookings/new", 15)
        elif what == "view":
            ids.append(self.add(c, when, "web", "page_view", attrs={"page": rng.choice(W.PAGES)}))
        elif what == "review":
            text, rating = W.REVIEWS[lang][
                self.choose_index(c, "review" + lang, len(W.REVIEWS[lang]))
            ]
            slug = ascii_word(c.sitter) + "-" + str(rng.randrange(100, 999))
            ids.append(
                self.add(
                    c,
                    when,
                    "web",
                    "review",
                    text.format(**v),
                    attrs={"rating": rating, "page": f"/sitters/{slug}"},
                )
            )
        elif what == "survey":
            ids.append(self.happy_survey(c, when, lang))
        elif what == "night_post":
            text = self.choose(c, W.NIGHT_POSTS[lang]).format(**v)
            channel, kind = ("social", "mention") if rng.random() < 0.5 else ("community", "post")
            ids.append(self.add(c, when, channel, kind, text))
        elif what == "night_chat":
            q, a = W.NIGHT_CHAT[lang][self.choose_index(c, "night" + lang, len(W.NIGHT_CHAT[lang]))]
            ids.append(self.add(c, when, "chat", "chat", q))
            t = self.later(when, 1, 5)
            self.reply(c, t, lang, "chat", a)
            ids.append(self.add(c, self.later(t, 1, 3), "chat", "chat", rng.choice(W.THANKS[lang])))
        else:
            raise ValueError(what)
        return ids

    def booking(
        self, c: Cust, when: datetime, label: str, eur: float, view: str, page: str, most: float
    ) -> list[str]:
        """A page view, then the booking (a purchase) 3 to ``most`` minutes later."""
        cur, rate = currency(c.country)
        viewed = self.add(c, when, "web", "page_view", attrs={"page": view})
        attrs = {
            "order_value": f"{eur * rate:.2f}",
            "currency": cur,
            "product": label,
            "page": page,
        }
        return [viewed, self.add(c, self.later(when, 3, most), "web", "purchase", attrs=attrs)]

    def survey(self, c: Cust, when: datetime, kind: str, value: int, word: str | None) -> str:
        return self.add(
            c,
            when,
            "survey",
            "survey_response",
            word,
            scores={kind: value},
            attrs={"survey": kind},
            rough=False,
        )

    def happy_survey(
        self, c: Cust, when: datetime, lang: str, words: dict[str, list[str]] | None = None
    ) -> str:
        kind = self.rng.choice(["nps", "csat", "ces"])
        value = {
            "nps": self.rng.randint(9, 10),
            "csat": self.rng.randint(4, 5),
            "ces": self.rng.randint(6, 7),
        }[kind]
        word = self.rng.choice((words or W.SURVEY_WORDS)[lang]) or None
        return self.survey(c, when, kind, value, word)

    def low_survey(
        self,
        c: Cust,
        when: datetime,
        lang: str,
        kind: str,
        words: dict[str, list[str]] | None = None,
    ) -> str:
        value = self.rng.randint(1, 5) if kind == "nps" else self.rng.randint(1, 2)
        word = self.rng.choice((words or W.LOW_WORDS)[lang]) or None
        return self.survey(c, when, kind, value, word)

    def happy_days(
        self,
        c: Cust,
        days: list[int],
        kinds: list[str],
        h0: float = 7,
        h1: float = 21,
        langs: list[str] | None = None,
    ) -> list[str]:
        ids: list[str] = []
        for i, day in enumerate(sorted(days)):
            lang = langs[i % len(langs)] if langs else None
            ids += self.act(c, self.between(day, h0, h1), self.rng.choice(kinds), lang)
        return ids

    def ref(self) -> str:
        while True:
            value = f"NLC-{self.rng.randrange(100000, 1000000)}"
            if fresh("ref:" + value):
                return value

    # trouble ------------------------------------------------------------------

    def complaint(
        self, c: Cust, when: datetime, lang: str, problem: str, channel: str, long_open: int = 0
    ) -> tuple[str, str]:
        """One first complaint about a problem; returns (event id, channel used)."""
        eur = W.PROBLEM_EUR[problem]
        core = self.rng.choice(W.CORE[problem][lang]).format(
            **self.ctx(c, lang, amount=money(eur, c.country, lang))
        )
        topic = W.TOPIC[problem][lang]
        subject = W.COMPLAINT_SUBJECT[lang].format(topic=topic)
        if channel == "long":
            body = (
                W.LONG_OPEN[lang][long_open]
                + core
                + " "
                + self.rng.choice(W.DEMAND[lang])
                + self.rng.choice(W.LONG_CLOSE[lang]).format(name=c.name)
            )
            return self.add(c, when, "email", "message", body, subject), "email"
        if channel == "email":
            body = (
                self.rng.choice(W.GREET[lang])
                + "\n\n"
                + core
                + " "
                + self.rng.choice(W.DEMAND[lang])
                + "\n\n"
                + c.name
            )
            return self.add(c, when, "email", "message", body, subject), "email"
        if channel == "chat":
            return self.add(
                c, when, "chat", "chat", self.rng.choice(W.CHAT_OPEN[lang]) + core
            ), "chat"
        if channel == "social":
            text = (
                self.rng.choice(W.SOCIAL_OPEN[lang])
                + " "
                + core
                + " "
                + self.rng.choice(W.SOCIAL_END[lang])
            )
            return self.add(c, when, "social", "mention", text), "social"
        if channel == "form":
            return self.add(
                c,
                when,
                "web",
                "ticket",
                core + " " + W.FORM_TAIL[lang],
                topic,
                attrs={"page": "/help/contact"},
            ), "web"
        if channel == "phone":
            spoken = self.rng.choice(W.CORE[problem][lang]).format(
                **self.ctx(c, lang, amount=money(eur, c.country, lang, spoken=True))
            )
            said = (
                self.rng.choice(W.CALL_OPEN[lang])
                + transcript(spoken, lang, {c.sitter, "Ninnalo", "Club"})
                + W.CALL_END[lang]
            )
            return self.add(c, when, "phone", "call", said, rough=False), "phone"
        raise ValueError(channel)

    def acknowledge(self, c: Cust, when: datetime, lang: str, channel: str, ref: str) -> str:
        """The agent's answer to a first complaint: chat in chat, else a 'case opened' e-mail."""
        if channel == "chat":
            return self.reply(
                c,
                self.later(when, 1, 4),
                lang,
                "chat",
                W.CASE_CHAT[lang].format(first=c.first, ref=ref),
            )
        subject, body = W.CASE_MAIL[lang]
        return self.reply(
            c,
            self.daylight(self.later(when, 10, 40)),
            lang,
            "email",
            body.format(first=c.first, ref=ref, agent="{agent}"),
            subject.format(ref=ref),
        )

    def good_news(self, c: Cust, when: datetime, lang: str, problem: str, ref: str) -> str:
        subject, body = W.GOOD_NEWS[lang]
        return self.reply(
            c,
            when,
            lang,
            "email",
            body.format(first=c.first, ref=ref, fix=W.FIX[problem][lang], agent="{agent}"),
            subject.format(ref=ref),
        )

    def confirm(self, c: Cust, when: datetime, lang: str, ref: str) -> tuple[str, str]:
        text = self.rng.choice(W.CONFIRM[lang]).format(ref=ref)
        if self.rng.random() < 0.5:
            return self.add(
                c, when, "email", "message", text, W.CASE_SUBJECT[lang].format(ref=ref)
            ), "email"
        return self.add(c, when, "chat", "chat", text), "chat"

    def later_contact(
        self,
        c: Cust,
        when: datetime,
        lang: str,
        problem: str,
        ref: str,
        number: int,
        channel: str,
        comp: str,
    ) -> str:
        topic = W.TOPIC[problem][lang]
        table = W.REPEAT_2 if number == 2 else W.REPEAT_3 if number == 3 else W.REPEAT_4
        text = self.rng.choice(table[lang]).format(ref=ref, topic=topic, comp=comp)
        if channel == "email":
            body = self.rng.choice(W.GREET[lang]) + "\n\n" + text + "\n\n" + c.name
            return self.add(c, when, "email", "message", body, W.CASE_SUBJECT[lang].format(ref=ref))
        if channel == "chat":
            event = self.add(c, when, "chat", "chat", text)
            self.reply(c, self.later(when, 1, 4), lang, "chat", W.URGENT_CHAT[lang].format(ref=ref))
            return event
        if channel == "phone":
            if number == 2:
                said = W.REPEAT_CALL[lang].format(ref=ref, topic=topic)
            else:
                said = self.rng.choice(W.CALL_OPEN[lang]) + transcript(
                    text, lang, {"Ninnalo", comp}
                )
            return self.add(c, when, "phone", "call", said, rough=False)
        if channel == "web":
            return self.add(
                c,
                when,
                "web",
                "ticket",
                text,
                W.CASE_SUBJECT[lang].format(ref=ref),
                attrs={"page": "/help/contact"},
            )
        if channel == "social":
            return self.add(c, when, "social", "mention", "@Ninnalo " + text)
        raise ValueError(channel)

    # output -----------------------------------------------------------------------

    def identifiers(self) -> dict[int, dict[str, str | None]]:
        refs: dict[int, dict[str, str | None]] = {}
        by_cust: dict[str, list[Row]] = {}
        for row in self.rows:
            by_cust.setdefault(row.cust.key, []).append(row)
        r = self.rough
        for c in self.custs:
            rows = sorted(by_cust.get(c.key, []), key=lambda x: (x.at, x.n))
            first_in = next((x for x in rows if not x.out), None)
            if first_in is None:
                raise SystemExit(f"{c.key} has no inbound touchpoint")
            full: dict[str, str | None] = {
                "customer_id": c.key,
                "email": c.email,
                "phone": c.phone,
                "handle": c.handle,
                "account_id": c.account,
            }
            for row in rows:
                ref: dict[str, str | None] = {
                    "customer_id": None,
                    "email": None,
                    "phone": None,
                    "handle": None,
                    "account_id": c.account,
                }
                if row.out or row is first_in:
                    ref = dict(full)
                elif row.channel == "phone":
                    cc = PHONES[c.country][0]
                    ref["phone"] = (
                        c.phone if r.random() < 0.5 else f"+{cc} {c.phone[1 + len(cc) :]}"
                    )
                elif row.channel in ("social", "community"):
                    if c.handle is None:
                        ref["email"] = c.email
                    else:
                        ref["handle"] = c.handle if r.random() >= 0.2 else c.handle[1:]
                elif row.channel == "email":
                    ref["email"] = c.email.upper() if r.random() < 1 / 12 else c.email
                else:
                    ref["customer_id"] = c.key
                refs[row.n] = ref
        return refs

    def check_expected(self) -> dict[str, int]:
        counts: Counter[str] = Counter()
        for c in self.custs:
            t = c.truth
            if set(t["expected_rules"]) & set(t["tolerated_rules"]):
                raise SystemExit(f"{c.key} both expects and tolerates a rule")
            counts.update(t["expected_rules"])
        for a in self.accounts.values():
            counts.update(a["expected_rules"])
        if self.spike:
            counts["topic_spike"] += 1
        expected = dict(sorted(counts.items()))
        if expected != PLANNED[self.name]:
            raise SystemExit(f"{self.name}: expected {expected}, planned {PLANNED[self.name]}")
        return expected

    def write(self) -> tuple[int, int, int]:
        expected = self.check_expected()
        refs = self.identifiers()
        rows = sorted(self.rows, key=lambda x: (x.at, x.n))
        lines = []
        for row in rows:
            if row.at.year != 2026 or row.at < self.start or row.at >= LIMIT:
                raise SystemExit(f"{row.event_id} at {row.at} is out of range")
            data: dict[str, Any] = {
                "event_id": row.event_id,
                "occurred_at": iso(row.at),
                "channel": row.channel,
                "kind": row.kind,
                "direction": "outbound" if row.out else "inbound",
                "customer": refs[row.n],
                "text": row.text,
                "subject": row.subject,
                "scores": row.scores,
                "source": SOURCES[row.channel],
                "attributes": row.attrs,
            }
            lines.append(json.dumps(data, ensure_ascii=False))
        end = max(self.start + timedelta(days=self.days), rows[-1].at + timedelta(hours=1))
        if end > LIMIT:
            raise SystemExit(f"{self.name} ends after the limit")
        customers = {c.key: c.truth for c in self.custs}
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
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )
        return len(self.custs), len(rows), sum(1 for r in rows if r.out)


def spread(rng: random.Random, items: list[str], counts: list[int]) -> list[str]:
    out = [item for item, n in zip(items, counts, strict=True) for _ in range(n)]
    rng.shuffle(out)
    return out


DAY_KINDS = [
    "praise",
    "praise",
    "praise",
    "chat",
    "chat",
    "mailq",
    "call",
    "buy",
    "buy",
    "view",
    "review",
    "survey",
]
NO_SURVEY = [k for k in DAY_KINDS if k != "survey"]


# families ---------------------------------------------------------------------------


def happy_writers() -> Fam:
    f = Fam(
        1,
        "HW",
        "happy_writers",
        "happy customers only: day writers, night writers, survey answerers",
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.sample(range(10), f.rng.randint(5, 7)), DAY_KINDS, 7, 19)
    for _ in range(5):
        c = f.person("happy", "night writer")
        nights = f.rng.sample(range(9), f.rng.randint(2, 4))
        for d in nights:
            minute = f.rng.randrange(22 * 60 + 12, 28 * 60 + 30)
            f.act(
                c,
                f.start + timedelta(days=d, minutes=minute, seconds=f.rng.randrange(60)),
                f.rng.choice(["night_post", "night_chat"]),
            )
        days = f.rng.sample(range(10), f.rng.randint(2, 3))
        f.happy_days(c, days, ["praise", "buy", "view", "review"], 9, 18)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in sorted(f.rng.sample(range(10), f.rng.randint(3, 6))):
            f.happy_survey(c, f.between(d, 8, 20), c.lang)
    return f


def one_bad_day() -> Fam:
    f = Fam(
        2,
        "BD",
        "one_bad_day",
        "happy customers with one angry day each (a few give a low NPS), and happy controls",
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
    )
    rng = f.rng
    problems = spread(rng, list(W.PROBLEMS), [4] * 6)
    channels = ["long"] * 4 + spread(rng, ["email", "chat", "social", "form", "phone"], [4] * 5)
    long_langs = ["fr", "fr", "pt", "pt"]
    cases: list[tuple[Cust, datetime, str, str, str]] = []
    for i in range(24):
        lang = long_langs[i] if i < 4 else None
        c = f.person("happy_one_bad_day", "one bad day", lang, tolerated=["silence"])
        bad_day = rng.randint(2, 9)
        moment = f.between(bad_day, 8, 20)
        free = [d for d in range(12) if d <= bad_day - 2 or d >= bad_day + 3]
        f.happy_days(c, rng.sample(free, min(len(free), rng.randint(1, 4))), NO_SURVEY)
        problem, channel = problems[i], channels[i]
        event, used = f.complaint(
            c, moment, c.lang, problem, channel, long_open=[0, 1, 0, 1][i] if i < 4 else 0
        )
        ref = f.ref() if channel != "social" else None
        c.truth.update(
            {
                "problem": problem,
                "channel": used,
                "long_email": channel == "long",
                "bad_day_at": iso(moment),
                "bad_day_event_id": event,
                "trouble_starts_at": iso(moment),
                "booking": ref,
                "nps_given": False,
                "csat_given": False,
                "agent_fixed": False,
                "apologised": False,
            }
        )
        if ref is not None:
            f.acknowledge(c, moment, c.lang, used, ref)
            cases.append((c, moment, c.lang, problem, ref))
    order = list(range(len(cases)))
    rng.shuffle(order)
    for pos, k in enumerate(order):
        c, moment, lang, problem, ref = cases[k]
        if pos < 6:
            sid = f.low_survey(c, f.later(moment, 100, 140), lang, "nps")
            c.truth.update(
                {
                    "persona": "bad_day_detractor",
                    "expected_rules": ["detractor"],
                    "nps_given": True,
                    "nps": f.rows[-1].scores["nps"],
                    "survey_event_id": sid,
                }
            )
        elif pos < 11:
            sid = f.low_survey(c, f.later(moment, 40, 80), lang, "csat")
            c.truth.update(
                {"csat_given": True, "csat": f.rows[-1].scores["csat"], "survey_event_id": sid}
            )
    fixed = rng.sample(range(len(cases)), 12)
    for j, k in enumerate(fixed):
        c, moment, lang, problem, ref = cases[k]
        f.good_news(c, f.daylight(f.later(moment, 60, 240)), lang, problem, ref)
        c.truth["agent_fixed"] = True
        if j < 5:
            when = f.daylight(f.later(moment, 16 * 60, 24 * 60))
            text = rng.choice(W.APOLOGY[lang]).format(ref=ref)
            if rng.random() < 0.5:
                aid = f.add(c, when, "chat", "chat", text)
            else:
                aid = f.add(c, when, "email", "message", text, W.CASE_SUBJECT[lang].format(ref=ref))
            c.truth.update({"apologised": True, "apology_at": iso(when), "apology_event_id": aid})
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, rng.sample(range(12), rng.randint(4, 7)), DAY_KINDS)
    return f


def repeat_run(
    f: Fam,
    c: Cust,
    problem: str,
    first_day: int,
    contacts: int,
    first_channel: str,
    langs: list[str],
    passed_on: bool,
) -> None:
    """A problem raised 2-4 times, still open each time, on different channels."""
    rng = f.rng
    ref = f.ref()
    moment = f.between(first_day, 8, 19)
    event, used = f.complaint(c, moment, langs[0], problem, first_channel)
    ids, channels, times = [event], [used], [moment]
    if used == "chat":
        f.acknowledge(c, moment, langs[0], "chat", ref)
    if passed_on:
        subject, body = W.QUALITY_LEAD[langs[0]]
        f.reply(
            c,
            f.daylight(f.later(moment, 90, 150)),
            langs[0],
            "email",
            body.format(first=c.first, ref=ref, agent="{agent}"),
            subject.format(ref=ref),
        )
    elif used != "chat":
        f.acknowledge(c, moment, langs[0], used, ref)
    pool = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != used]
    rng.shuffle(pool)
    comp = rng.choice(COMPETITORS)
    for k in range(2, contacts + 1):
        moment = f.daylight(f.later(moment, 4 * 60, 40 * 60))
        lang = langs[(k - 1) % len(langs)]
        channel = pool[k - 2]
        ids.append(f.later_contact(c, moment, lang, problem, ref, k, channel, comp))
        channels.append(channel)
        times.append(moment)
    c.truth.update(
        {
            "problem": problem,
            "booking": ref,
            "contacts": contacts,
            "channels": channels,
            "channel": channels[0],
            "agent_passed_on": passed_on,
            "problem_event_ids": ids,
            "competitor": comp if contacts >= 3 else None,
            "trouble_starts_at": iso(times[0]),
        }
    )


def fixed_case(
    f: Fam, c: Cust, problem: str, day: int, channel: str, lang: str, confirm_lang: str
) -> dict[str, Any]:
    """A problem raised once, fixed by an agent and confirmed by the customer naming the case."""
    ref = f.ref()
    moment = f.between(day, 8, 19)
    event, used = f.complaint(c, moment, lang, problem, channel)
    f.acknowledge(c, moment, lang, used, ref)
    fixed_at = f.daylight(f.later(moment, 3 * 60, 20 * 60))
    f.good_news(c, fixed_at, confirm_lang, problem, ref)
    confirmed_at = f.daylight(f.later(fixed_at, 8 * 60, 30 * 60))
    cid, cch = f.confirm(c, confirmed_at, confirm_lang, ref)
    return {
        "problem": problem,
        "booking": ref,
        "raised_at": iso(moment),
        "fixed_at": iso(fixed_at),
        "confirmed_at": iso(confirmed_at),
        "problem_event_ids": [event],
        "confirm_event_id": cid,
        "channel": used,
        "confirm_channel": cch,
    }


def repeat_contacts() -> Fam:
    f = Fam(
        3,
        "RC",
        "repeat_contacts",
        "one open problem raised 2-4 times; problems fixed between contacts; two different problems; frequent happy writers",
        datetime(2026, 6, 1, tzinfo=UTC),
        10,
    )
    rng = f.rng
    counts = [int(x) for x in spread(rng, ["2", "3", "4"], [4, 4, 4])]
    firsts = spread(rng, ["form", "email", "chat", "phone"], [5, 3, 3, 1])
    problems = spread(rng, list(W.PROBLEMS), [2] * 6)
    passed = [True] * 6 + [False] * 6
    rng.shuffle(passed)
    for i in range(12):
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=REPEAT_TOL)
        for _ in range(rng.randint(1, 3)):
            f.act(c, f.between(0, 7, 12), rng.choice(NO_SURVEY))
        repeat_run(f, c, problems[i], rng.randint(1, 4), counts[i], firsts[i], [c.lang], passed[i])
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=["silence"])
        f.happy_days(c, rng.sample(range(2), rng.randint(1, 2)), NO_SURVEY)
        case = fixed_case(
            f,
            c,
            rng.choice(W.PROBLEMS),
            rng.randint(2, 5),
            rng.choice(["form", "email", "chat", "phone"]),
            c.lang,
            c.lang,
        )
        c.truth.update({"problems": [case], "trouble_starts_at": case["raised_at"]})
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=["silence"])
        p1, p2 = rng.sample(list(W.PROBLEMS), 2)
        d1 = rng.randint(0, 2)
        case1 = fixed_case(f, c, p1, d1, rng.choice(["email", "chat", "form"]), c.lang, c.lang)
        case2 = fixed_case(
            f, c, p2, d1 + rng.randint(4, 5), rng.choice(["email", "chat", "phone"]), c.lang, c.lang
        )
        c.truth.update({"problems": [case1, case2], "trouble_starts_at": case1["raised_at"]})
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.happy_days(
            c,
            rng.sample(range(10), rng.randint(5, 8)),
            ["chat", "chat", "mailq", "mailq", "call", "call", "praise", "buy"],
        )
    return f


def slide(
    f: Fam, c: Cust, start_day: int, span: int, langs: list[str]
) -> tuple[list[str], list[datetime]]:
    """Six steps from a happy baseline to naming a competitor, over span days."""
    rng = f.rng
    comp = rng.choice(COMPETITORS)
    ids: list[str] = []
    times: list[datetime] = []
    prev: datetime | None = None
    ratings = ["3", "3", "2", "2", "1", "1"]
    for i in range(6):
        day = start_day + round(i * span / 5)
        moment = f.daylight(f.between(day, 8, 21))
        if prev is not None and moment < prev + timedelta(hours=1):
            moment = f.daylight(f.later(prev, 60, 180))
        lang = langs[i % len(langs)]
        text = W.SLIDE[lang][i].format(
            **f.ctx(c, lang, comp=comp, amount=money(W.SLIDE_FEE_EUR, c.country, lang))
        )
        where = rng.choice(["social", "community", "review"])
        if where == "social":
            ids.append(f.add(c, moment, "social", "mention", text))
        elif where == "community":
            ids.append(f.add(c, moment, "community", "post", text))
        else:
            ids.append(
                f.add(
                    c,
                    moment,
                    "web",
                    "review",
                    text,
                    attrs={"rating": ratings[i], "page": "/reviews"},
                )
            )
        times.append(moment)
        prev = moment
    c.truth.update(
        {
            "slide_event_ids": ids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": iso(times[0]),
        }
    )
    return ids, times


def slow_churners() -> Fam:
    f = Fam(
        4,
        "SC",
        "slow_churners",
        "sustained slides from a happy baseline, leavers who cancel, steady, steadily grumpy and sarcastic customers",
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
    )
    rng = f.rng
    spans = [int(x) for x in spread(rng, ["3", "5", "9"], [1, 5, 4])]
    nps = [True] * 5 + [False] * 5
    rng.shuffle(nps)
    for i in range(10):
        expected = ["sentiment_drop", "detractor"] if nps[i] else ["sentiment_drop"]
        c = f.person("slow_churner", "slides", expected=expected, tolerated=SLIDE_TOL)
        days = rng.sample(range(11), rng.randint(6, 9))
        n_praise = rng.randint(4, 5)
        for j, d in enumerate(sorted(days)):
            f.act(
                c,
                f.between(d, 7, 21),
                "praise"
                if j < n_praise
                else rng.choice(["chat", "buy", "view", "review", "mailq"]),
            )
        _, times = slide(f, c, rng.randint(12, 16), spans[i], [c.lang])
        if nps[i]:
            sid = f.low_survey(c, f.daylight(f.later(times[3], 150, 210)), c.lang, "nps")
            c.truth.update(
                {"nps_given": True, "nps": f.rows[-1].scores["nps"], "survey_event_id": sid}
            )
    for _ in range(5):
        c = f.person(
            "slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=LEAVE_TOL
        )
        f.happy_days(c, rng.sample(range(16), rng.randint(4, 6)), NO_SURVEY)
        moment = f.between(rng.randint(17, 23), 8, 20)
        subject, body = rng.choice(W.LEAVE_REQ[c.lang])
        ask = f.add(c, moment, "email", "message", body.format(first=c.first, name=c.name), subject)
        s_subject, s_body = W.SORRY_TO_GO[c.lang]
        f.reply(
            c,
            f.daylight(f.later(moment, 60, 300)),
            c.lang,
            "email",
            s_body.format(first=c.first, agent="{agent}"),
            s_subject,
        )
        churn = f.daylight(f.later(moment, 20 * 60, 30 * 60))
        cancel = f.add(
            c,
            churn,
            "web",
            "cancellation",
            attrs={"page": "/account/membership", "product": "Ninnalo Club"},
        )
        c.truth.update(
            {
                "churn_intent_event_id": ask,
                "cancellation_event_id": cancel,
                "churn_at": iso(churn),
                "trouble_starts_at": iso(moment),
            }
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, rng.sample(range(32), rng.randint(6, 10)), DAY_KINDS)
    for lang in ["fr", "pt", "fr", "pt", "fr"]:
        c = f.person("steadily_grumpy", "grumbles", lang, tolerated=GRUMPY_TOL)
        day = rng.randint(0, 4)
        ids: list[str] = []
        texts = rng.sample(W.GRUMBLES[lang], rng.randint(5, 7))
        for text in texts:
            moment = f.between(day, 8, 21)
            where = rng.choice(["social", "community", "form", "review"])
            if where == "social":
                ids.append(f.add(c, moment, "social", "mention", text))
            elif where == "community":
                ids.append(f.add(c, moment, "community", "post", text))
            elif where == "form":
                ids.append(f.add(c, moment, "web", "ticket", text, attrs={"page": "/help/contact"}))
            else:
                ids.append(
                    f.add(
                        c, moment, "web", "review", text, attrs={"rating": "3", "page": "/reviews"}
                    )
                )
            day += rng.randint(1, 3)
        for _ in range(rng.randint(0, 2)):
            f.act(c, f.between(rng.randint(0, 30), 9, 20), "buy")
        first = min((r for r in f.rows if r.event_id in ids), key=lambda r: r.at)
        c.truth.update({"grumble_event_ids": ids, "trouble_starts_at": iso(first.at)})
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        f.happy_days(c, rng.sample(range(30), rng.randint(4, 6)), NO_SURVEY)
        moment = f.between(rng.randint(17, 28), 9, 21)
        sid = f.add(c, moment, "social", "mention", rng.choice(W.SARCASM[c.lang]))
        c.truth.update({"sarcasm_event_id": sid})
    return f


def quiet_hours() -> Fam:
    f = Fam(
        5,
        "QH",
        "quiet_hours",
        "a calm summer weekend with three bursts of night owls each night, and no spike",
        datetime(2026, 8, 28, tzinfo=UTC),
        3,
    )
    rng = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in sorted(rng.sample(range(3), rng.randint(1, 3))):
            f.act(
                c,
                f.between(d, 7, 17.5),
                rng.choice(["praise", "chat", "buy", "view", "review", "survey"]),
            )
    for kind in ["chat", "chat", "form", "form"]:
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        day = rng.randint(0, 2)
        before = f.between(day, 9, 16)
        f.act(c, before, rng.choice(["buy", "view"]))
        moment = f.later(before, 20, 30)
        remark, answer = rng.choice(W.MILD[c.lang])
        if kind == "chat":
            gid = f.add(c, moment, "chat", "chat", remark)
            f.reply(c, f.later(moment, 1, 5), c.lang, "chat", answer)
        else:
            gid = f.add(c, moment, "web", "ticket", remark, attrs={"page": "/help/feedback"})
            subject, body = W.FORM_ACK[c.lang]
            f.reply(
                c,
                f.daylight(f.later(moment, 30, 120)),
                c.lang,
                "email",
                body.format(first=c.first, answer=answer, agent="{agent}"),
                subject,
            )
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(moment)})
    owls: list[Cust] = []
    for night in range(3):
        first_burst = f.start + timedelta(days=night + 1, minutes=rng.randrange(40, 66))
        starts = [
            first_burst,
            first_burst + timedelta(minutes=rng.randrange(28, 34)),
            first_burst + timedelta(minutes=rng.randrange(55, 66)),
        ]
        for b, burst in enumerate(starts):
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                moment = burst + timedelta(seconds=rng.randrange(0, 600))
                ids = f.act(c, moment, rng.choice(["night_chat", "night_post"]))
                c.truth.update({"burst_at": iso(burst), "night_event_id": ids[0]})
                owls.append(c)
    for c in rng.sample(owls, 18):
        f.act(
            c, f.between(rng.randint(0, 2), 9, 17.5), rng.choice(["praise", "buy", "view", "chat"])
        )
    return f


BILINGUAL_PAIRS: list[tuple[str, str, str]] = [
    ("fr", "pt", "LU"),
    ("pt", "fr", "FR"),
    ("fr", "pt", "CH"),
    ("pt", "fr", "LU"),
    ("fr", "pt", "FR"),
    ("pt", "fr", "CH"),
    ("fr", "pt", "LU"),
    ("pt", "fr", "FR"),
    ("fr", "en", "BE"),
    ("en", "fr", "UK"),
    ("pt", "en", "UK"),
    ("en", "pt", "IE"),
    ("fr", "de", "CH"),
    ("de", "fr", "CH"),
    ("fr", "de", "LU"),
    ("pt", "es", "PT"),
    ("es", "pt", "ES"),
    ("fr", "it", "CH"),
    ("it", "fr", "CH"),
    ("pt", "de", "LU"),
    ("de", "pt", "DE"),
    ("fr", "es", "FR"),
    ("es", "fr", "ES"),
    ("pt", "en", "PT"),
    ("en", "de", "DE"),
    ("de", "en", "AT"),
    ("it", "en", "IT"),
]

WHY = [
    "speaks {a} at home and {b} at work",
    "grew up speaking {a}, writes {b} with the children's school",
    "{a} by birth, {b} with a partner's family",
    "works in {b}, writes {a} when in a hurry",
]


def bilingual() -> Fam:
    f = Fam(
        6,
        "BL",
        "bilingual",
        "customers who write in two languages: happy, repeat contacts, slides, one bad day, fixed between contacts",
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
    )
    rng = f.rng
    pairs = list(BILINGUAL_PAIRS)
    rng.shuffle(pairs)
    roles = (
        ["happy"] * 12
        + ["repeat"] * 5
        + ["slide"] * 5
        + ["bad_long", "bad_email", "bad_chat"]
        + ["fixed"] * 2
    )
    long_at = next(i for i, p in enumerate(pairs) if p[1] in ("fr", "pt"))
    pos = roles.index("bad_long")
    pairs[pos], pairs[long_at] = pairs[long_at], pairs[pos]
    repeat_counts = [2, 2, 3, 3, 4]
    slide_spans = [3, 4, 5, 4, 3]
    r_i = s_i = 0
    for role, (a, b, country) in zip(roles, pairs, strict=True):
        langs = [a, b]
        why = rng.choice(WHY).format(a=LANG_NAMES[a], b=LANG_NAMES[b])
        if role == "happy":
            c = f.person("happy", "alternates languages", a, country)
            f.happy_days(c, rng.sample(range(14), rng.randint(5, 8)), DAY_KINDS, langs=langs)
        elif role == "repeat":
            c = f.person(
                "repeat_contact",
                "repeats",
                a,
                country,
                expected=["repeat_contact"],
                tolerated=REPEAT_TOL,
            )
            f.happy_days(c, rng.sample(range(2), rng.randint(1, 2)), NO_SURVEY, langs=langs)
            contacts = repeat_counts[r_i]
            r_i += 1
            repeat_run(
                f,
                c,
                rng.choice(W.PROBLEMS),
                rng.randint(2, 5),
                contacts,
                rng.choice(["email", "chat", "form"]),
                langs,
                contacts >= 3,
            )
        elif role == "slide":
            c = f.person(
                "slow_churner",
                "slides",
                a,
                country,
                expected=["sentiment_drop"],
                tolerated=SLIDE_TOL,
            )
            days = sorted(rng.sample(range(6), 5))
            for j, d in enumerate(days):
                f.act(c, f.between(d, 7, 21), "praise", langs[j % 2])
            for j, d in enumerate(rng.sample(range(6), rng.randint(1, 3))):
                f.act(
                    c, f.between(d, 7, 21), rng.choice(["buy", "view", "chat"]), langs[(j + 1) % 2]
                )
            slide(f, c, rng.randint(7, 8), slide_spans[s_i], langs)
            s_i += 1
        elif role.startswith("bad_"):
            c = f.person("happy_one_bad_day", "one bad day", a, country, tolerated=["silence"])
            bad_day = rng.randint(4, 9)
            free = [d for d in range(14) if d <= bad_day - 2 or d >= bad_day + 3]
            f.happy_days(c, rng.sample(free, rng.randint(3, 6)), NO_SURVEY, langs=langs)
            moment = f.between(bad_day, 8, 20)
            channel = role[4:]
            problem = rng.choice(W.PROBLEMS)
            event, used = f.complaint(
                c, moment, b, problem, channel, long_open=2 if b == "fr" else 0
            )
            ref = f.ref()
            f.acknowledge(c, moment, b, used, ref)
            c.truth.update(
                {
                    "problem": problem,
                    "channel": used,
                    "long_email": channel == "long",
                    "bad_day_at": iso(moment),
                    "bad_day_event_id": event,
                    "bad_day_language": b,
                    "trouble_starts_at": iso(moment),
                    "booking": ref,
                    "agent_fixed": channel != "chat",
                    "apologised": channel == "email",
                }
            )
            if channel != "chat":
                f.good_news(c, f.daylight(f.later(moment, 60, 240)), b, problem, ref)
            if channel == "email":
                when = f.daylight(f.later(moment, 18 * 60, 24 * 60))
                aid = f.add(c, when, "chat", "chat", rng.choice(W.APOLOGY[b]).format(ref=ref))
                c.truth.update({"apology_at": iso(when), "apology_event_id": aid})
        else:
            c = f.person("resolved_between_contacts", "fixed", a, country, tolerated=["silence"])
            f.happy_days(c, rng.sample(range(3), 2), NO_SURVEY, langs=langs)
            case = fixed_case(f, c, rng.choice(W.PROBLEMS), rng.randint(4, 9), "form", a, b)
            c.truth.update(
                {"problems": [case], "trouble_starts_at": case["raised_at"], "confirm_language": b}
            )
        c.truth.update({"languages": langs, "job_second_language": why})
    return f


# (market, language, company, domain, site, kind, problem, contacts, unhappy)
ACCOUNTS: list[tuple[str, str, str, str, str, str, str | None, int, int]] = [
    (
        "FR",
        "fr",
        "Groupe hospitalier Vallée de l'Erdre",
        "ghve.example",
        "hospital",
        "at_risk",
        "portal",
        5,
        3,
    ),
    ("PT", "pt", "Caixa Ribeira", "caixaribeira.example", "bank", "at_risk", "invoice", 4, 3),
    (
        "CH",
        "fr",
        "Hôtel Belvédère du Léman",
        "belvedere-leman.example",
        "hotel",
        "at_risk",
        "service_blocked",
        5,
        3,
    ),
    (
        "FR",
        "fr",
        "Université Lumière Confluence",
        "ulconfluence.example",
        "university",
        "at_risk",
        "invoice",
        6,
        4,
    ),
    (
        "PT",
        "pt",
        "Códigoverde Software",
        "codigoverde.example",
        "software",
        "at_risk",
        "overbilled",
        5,
        4,
    ),
    (
        "BE",
        "fr",
        "Cabinet Verhaegen & Lenoir",
        "verhaegen-lenoir.example",
        "law_firm",
        "one_unhappy",
        "service_blocked",
        3,
        1,
    ),
    (
        "UK",
        "en",
        "Skybridge Ground Services",
        "skybridge-gs.example",
        "airport_services",
        "one_unhappy",
        "overbilled",
        3,
        1,
    ),
    (
        "FR",
        "fr",
        "Maison Garnier Distribution",
        "maisongarnier.example",
        "retail",
        "one_unhappy",
        "portal",
        3,
        1,
    ),
    (
        "LU",
        "fr",
        "Agence Moselle Événements",
        "moselle-events.example",
        "events",
        "one_unhappy",
        "invoice",
        3,
        1,
    ),
    (
        "ES",
        "es",
        "Consultora Albarrán",
        "albarran-consultora.example",
        "consultancy",
        "mild",
        None,
        4,
        0,
    ),
    ("IT", "it", "Atelier Benedetti Moda", "benedettimoda.example", "fashion", "mild", None, 3, 0),
    (
        "PT",
        "pt",
        "Município de Vila Serena",
        "cm-vilaserena.example",
        "municipality",
        "mild",
        None,
        3,
        0,
    ),
    (
        "FR",
        "fr",
        "Mutuelle Horizon Atlantique",
        "horizon-atlantique.example",
        "insurer",
        "happy",
        None,
        4,
        0,
    ),
    ("DE", "de", "Brandt Pharma", "brandt-pharma.example", "pharma", "happy", None, 4, 0),
    (
        "CH",
        "de",
        "Ingenieurbüro Keller Zug",
        "keller-zug.example",
        "engineering",
        "happy",
        None,
        4,
        0,
    ),
]

JOB_TITLES = [
    "HR manager",
    "Benefits coordinator",
    "Finance controller",
    "Office manager",
    "Head of people",
    "Payroll specialist",
    "Procurement officer",
    "Team assistant",
    "Guest relations manager",
    "Events producer",
]

WEEKDAYS_IN_FORTNIGHT = [0, 1, 2, 3, 4, 7, 8, 9, 10, 11]


def b2b_routine(f: Fam, c: Cust, days: list[int], allow_survey: bool, site: str) -> None:
    rng = f.rng
    lang = c.lang
    for d in sorted(days):
        when = f.between(d, 8, 16.5)
        kinds = ["chat", "chat", "book", "portal"] + (["praise", "survey"] if allow_survey else [])
        what = rng.choice(kinds)
        if what == "chat":
            q, a = B.ROUTINE_CHAT[lang][f.choose_index(c, "b2bchat", len(B.ROUTINE_CHAT[lang]))]
            f.add(c, when, "chat", "chat", q)
            t = f.later(when, 1, 6)
            f.reply(c, t, lang, "chat", a)
            if rng.random() < 0.6:
                f.add(c, f.later(t, 1, 3), "chat", "chat", rng.choice(B.ROUTINE_THANKS[lang]))
        elif what == "book":
            label, eur = B.B2B_PRODUCTS[{"hotel": 1, "events": 2}.get(site, rng.choice([0, 0, 3]))]
            f.booking(c, when, label, eur, "/work/book", "/work/book", 12)
        elif what == "portal":
            f.add(c, when, "web", "page_view", attrs={"page": rng.choice(B.B2B_PAGES)})
        elif what == "praise":
            f.add(c, when, "community", "post", f.choose(c, B.B2B_PRAISE[lang]))
        else:
            f.happy_survey(c, when, lang, B.B2B_SURVEY_WORDS)


def b2b_first_complaint(
    f: Fam, c: Cust, moment: datetime, problem: str, company: str, ref: str
) -> str:
    """A company contact's first complaint e-mail, acknowledged by an agent with the case."""
    lang = c.lang
    topic = B.B2B_TOPIC[problem][lang]
    body = (
        B.B2B_GREET[lang]
        + B.B2B_COMPLAINT[problem][lang]
        + f.rng.choice(B.B2B_CLOSE[lang]).format(first=c.first)
    )
    event = f.add(
        c,
        moment,
        "email",
        "message",
        body,
        B.B2B_SUBJECT[lang].format(company=company, topic=topic),
    )
    ack_subject, ack_body = B.B2B_ACK[lang]
    f.reply(
        c,
        f.later(moment, 10, 40),
        lang,
        "email",
        ack_body.format(first=c.first, ref=ref, agent="{agent}"),
        ack_subject.format(ref=ref),
    )
    return event


def b2b_accounts() -> Fam:
    f = Fam(
        7,
        "BB",
        "b2b_accounts",
        "Ninnalo Work accounts: at risk (several contacts, one problem), one unhappy contact, mild suggestions, happy",
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
    )
    rng = f.rng
    last_by_mail = rng.randrange(5)
    risk_i = 0
    for market, lang, company, domain, site, kind, problem, n_contacts, n_unhappy in ACCOUNTS:
        while True:
            account = f"NLW-{market}-{rng.randrange(1000, 10000)}"
            if fresh("account:" + account):
                break
        firsts = rng.sample(FEM[lang] + MASC[lang], n_contacts)
        contacts: list[Cust] = []
        for k in range(n_contacts):
            if kind == "at_risk" and k < n_unhappy:
                persona, habit, tol = "b2b_unhappy", "complainer", B2B_UNHAPPY_TOL
            elif kind == "one_unhappy" and k == 0:
                persona, habit, tol = "b2b_one_unhappy", "complainer", B2B_ONE_TOL
            elif kind == "mild" and k < 2:
                persona, habit, tol = "b2b_mild", "suggests", ["silence"]
            else:
                persona, habit, tol = "b2b_happy", "contact", []
            c = f.person(
                persona,
                habit,
                lang,
                market,
                tolerated=tol,
                account=account,
                domain=domain,
                first=firsts[k],
            )
            title = rng.choice(JOB_TITLES)
            c.truth.update({"company": company, "role": habit, "job_title": title, "job": title})
            contacts.append(c)
        unhappy_keys: list[str] = []
        trouble: str | None = None
        for c in contacts:
            if c.truth["persona"] == "b2b_happy":
                b2b_routine(f, c, rng.sample(WEEKDAYS_IN_FORTNIGHT, rng.randint(2, 4)), True, site)
            else:
                b2b_routine(f, c, rng.sample([0, 1], rng.randint(0, 2)), False, site)
        if kind == "at_risk":
            assert problem is not None
            ref = f.ref()
            comp = rng.choice(COMPETITORS)
            moment = f.between(2, 8, 12)
            first_moment = moment
            topic = B.B2B_TOPIC[problem][lang]
            restate = B.B2B_COMPLAINT[problem][lang].split(". ")[0].rstrip(".") + "."
            for k in range(n_unhappy):
                c = contacts[k]
                if k == 0:
                    event = b2b_first_complaint(f, c, moment, problem, company, ref)
                    trouble = iso(moment)
                else:
                    moment = f.office(f.later(moment, 8 * 60, 28 * 60))
                    same_day = moment.date() == first_moment.date()
                    weekday = (
                        B.THIS_MORNING[lang]
                        if same_day
                        else B.WEEKDAYS[lang][first_moment.weekday()]
                    )
                    text = rng.choice(B.B2B_FOLLOW[lang]).format(
                        firstc=contacts[0].first,
                        weekday=weekday,
                        ref=ref,
                        topic=topic,
                        restate=restate,
                    )
                    body = (
                        B.B2B_GREET[lang]
                        + text
                        + rng.choice(B.B2B_CLOSE[lang]).format(first=c.first)
                    )
                    event = f.add(
                        c,
                        moment,
                        "email",
                        "message",
                        body,
                        B.B2B_FOLLOW_SUBJECT[lang].format(ref=ref),
                    )
                ids = [event]
                unhappy_keys.append(c.key)
                c.truth.update(
                    {"problem": problem, "booking": ref, "trouble_starts_at": iso(moment)}
                )
                if k < n_unhappy - 1:
                    sid = f.low_survey(c, f.later(moment, 60, 180), lang, "nps", B.B2B_LOW_WORDS)
                    c.truth.update(
                        {
                            "expected_rules": ["detractor"],
                            "nps_given": True,
                            "nps": f.rows[-1].scores["nps"],
                            "survey_event_id": sid,
                        }
                    )
                else:
                    again = f.office(f.later(moment, 18 * 60, 40 * 60))
                    if risk_i == last_by_mail:
                        ids.append(
                            f.add(
                                c,
                                again,
                                "email",
                                "message",
                                B.B2B_LAST_MAIL[lang].format(
                                    ref=ref, topic=topic, comp=comp, first=c.first
                                ),
                                B.B2B_FOLLOW_SUBJECT[lang].format(ref=ref),
                            )
                        )
                        c.truth["competitor"] = comp
                    else:
                        ids.append(
                            f.add(
                                c,
                                again,
                                "phone",
                                "call",
                                rng.choice(B.B2B_LAST_CALL[lang]).format(ref=ref),
                                rough=False,
                            )
                        )
                        c.truth["competitor"] = None
                    c.truth.update({"expected_rules": ["repeat_contact"], "nps_given": False})
                c.truth["complaint_event_ids"] = ids
            risk_i += 1
        elif kind == "one_unhappy":
            assert problem is not None
            c = contacts[0]
            ref = f.ref()
            moment = f.between(rng.choice([3, 4, 7, 8]), 8, 16)
            event = b2b_first_complaint(f, c, moment, problem, company, ref)
            sid = f.low_survey(c, f.later(moment, 60, 180), lang, "nps", B.B2B_LOW_WORDS)
            c.truth.update(
                {
                    "expected_rules": ["detractor"],
                    "problem": problem,
                    "booking": ref,
                    "complaint_event_ids": [event],
                    "nps_given": True,
                    "nps": f.rows[-1].scores["nps"],
                    "survey_event_id": sid,
                    "trouble_starts_at": iso(moment),
                }
            )
            unhappy_keys.append(c.key)
        elif kind == "mild":
            ideas = rng.sample(B.MILD_SUGGEST[lang], 2)
            for k in range(2):
                c = contacts[k]
                moment = f.between(rng.choice([2, 3, 4, 7, 8, 9]), 8, 16)
                mid = f.add(
                    c, moment, "web", "ticket", ideas[k], attrs={"page": "/work/portal/feedback"}
                )
                subject, body = B.MILD_ACK[lang]
                f.reply(
                    c,
                    f.later(moment, 30, 180),
                    lang,
                    "email",
                    body.format(first=c.first, agent="{agent}"),
                    subject,
                )
                c.truth.update({"mild_event_id": mid, "trouble_starts_at": iso(moment)})
        f.accounts[account] = {
            "company": company,
            "site": site,
            "contacts": n_contacts,
            "contact_keys": [c.key for c in contacts],
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
    return f


def topic_spike() -> Fam:
    f = Fam(
        8,
        "TS",
        "topic_spike",
        "a calm week, then one planted spike on Saturday 14 November 2026 in the morning",
        datetime(2026, 11, 9, tzinfo=UTC),
        7,
    )
    rng = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in sorted(rng.sample(range(6), rng.randint(1, 3))):
            when = f.between(d, 12, 19) if d == 5 else f.between(d, 7, 21)
            f.act(c, when, rng.choice(DAY_KINDS))
    for lang in ["fr", "pt"]:
        c = f.person("grumbles_once", "grumbles once", lang, tolerated=["silence"])
        moment = f.between(0, 17, 20)
        text, answer = W.SLOW_SEARCH[lang]
        gid = f.add(c, moment, "chat", "chat", text)
        f.reply(c, f.later(moment, 1, 5), lang, "chat", answer)
        for d in rng.sample([2, 3, 4], rng.randint(0, 2)):
            f.act(c, f.between(d, 8, 20), rng.choice(["buy", "view", "praise"]))
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(moment)})
    for lang, (h, m) in [("fr", (9, 40)), ("pt", (16, 5))]:
        c = f.person("grumbles_once", "lone question", lang, tolerated=["silence"])
        moment = f.start + timedelta(days=4, hours=h, minutes=m)
        q, a = W.LONE_Q[lang]
        lid = f.add(c, moment, "chat", "chat", q)
        f.reply(c, f.later(moment, 2, 6), lang, "chat", a)
        c.truth.update({"lone_report_event_id": lid, "trouble_starts_at": iso(moment)})
    langs = spread(rng, ["fr", "pt", "en", "de", "es", "it"], [6, 6, 2, 2, 2, 2])
    channels = spread(rng, ["social", "chat", "community", "email", "form"], [6, 5, 4, 3, 2])
    regular = [True] * 12 + [False] * 8
    rng.shuffle(regular)
    spike_day = f.start + timedelta(days=5)
    minutes = sorted([5.0, 50.0] + [rng.uniform(5, 50) for _ in range(18)])
    reporters: list[tuple[Cust, datetime, str, str, str]] = []
    for i in range(20):
        lang = langs[i]
        c = f.person(
            "spike_reporter", "regular" if regular[i] else "new", lang, tolerated=["silence"]
        )
        if regular[i]:
            for d in sorted(rng.sample(range(5), rng.randint(1, 3))):
                f.act(c, f.between(d, 8, 17.5), rng.choice(NO_SURVEY))
        moment = (spike_day + timedelta(hours=8, minutes=minutes[i])).replace(
            second=0, microsecond=0
        )
        if 0 < i < 19:
            moment += timedelta(seconds=rng.randrange(60))
        v = f.ctx(c, lang)
        report = f.choose(c, W.SPIKE_REPORT[lang]).format(**v)
        channel = channels[i]
        if channel == "social":
            tail = rng.choice(W.SPIKE_SOCIAL_TAIL[lang])
            sid = f.add(c, moment, "social", "mention", ("@Ninnalo " + report + " " + tail).strip())
            used = "social"
        elif channel == "community":
            sid = f.add(
                c, moment, "community", "post", rng.choice(W.SPIKE_COMMUNITY_OPEN[lang]) + report
            )
            used = "community"
        elif channel == "chat":
            sid = f.add(c, moment, "chat", "chat", report + W.SPIKE_CHAT_TAIL[lang])
            f.reply(c, f.later(moment, 1, 4), lang, "chat", W.SPIKE_CHAT_ANSWER[lang])
            used = "chat"
        elif channel == "email":
            subject, body = W.SPIKE_MAIL[lang]
            sid = f.add(
                c, moment, "email", "message", body.format(report=report, first=c.first), subject
            )
            used = "email"
        else:
            sid = f.add(
                c,
                moment,
                "web",
                "ticket",
                report + W.SPIKE_FORM_TAIL[lang],
                W.SPIKE_MAIL[lang][0],
                attrs={"page": "/help/contact"},
            )
            used = "web"
        c.truth.update(
            {
                "in_spike": True,
                "regular": regular[i],
                "spike_event_id": sid,
                "spike_channel": used,
                "trouble_starts_at": iso(moment),
                "agent_fixed": False,
            }
        )
        reporters.append((c, moment, lang, used, sid))
    early = [
        k for k, r in enumerate(reporters) if r[1] <= spike_day + timedelta(hours=8, minutes=30)
    ]
    repeaters = rng.sample(early, 6)
    repeat_ids: list[str] = []
    second_channels = spread(rng, ["email", "chat", "community"], [2, 2, 2])
    for j, k in enumerate(sorted(repeaters)):
        c, moment, lang, used, _ = reporters[k]
        channel = second_channels[j]
        if channel == used:
            channel = next(ch for ch in ["email", "chat", "community"] if ch != used)
        when = f.later(moment, 15, 50)
        text = rng.choice(W.SPIKE_REPEAT[lang])
        if channel == "email":
            rid = f.add(c, when, "email", "message", text, "Re: " + W.SPIKE_MAIL[lang][0])
        elif channel == "chat":
            rid = f.add(c, when, "chat", "chat", text)
            f.reply(c, f.later(when, 1, 4), lang, "chat", W.SPIKE_CHAT_ANSWER[lang])
        else:
            rid = f.add(c, when, "community", "post", text)
        repeat_ids.append(rid)
        c.truth.update(
            {
                "persona": "spike_repeater",
                "expected_rules": ["repeat_contact"],
                "tolerated_rules": ["sentiment_drop", "silence"],
                "repeat_event_id": rid,
            }
        )
    others = [k for k in range(20) if k not in repeaters]
    for k in rng.sample(others, 6):
        c, moment, lang, used, _ = reporters[k]
        when = spike_day + timedelta(
            hours=11, minutes=rng.randrange(5, 21), seconds=rng.randrange(60)
        )
        local_utc = c.country in ("UK", "IE", "PT")
        local = {
            "fr": "10h30" if local_utc else "11h30",
            "pt": "10h30" if local_utc else "11h30",
            "en": "10:30" if local_utc else "11:30",
            "de": "10:30 Uhr" if local_utc else "11:30 Uhr",
            "es": "10:30" if local_utc else "11:30",
            "it": "10:30" if local_utc else "11:30",
        }[lang]
        subject, body = W.SPIKE_FIX[lang]
        f.reply(
            c,
            when,
            lang,
            "email",
            body.format(
                first=c.first, local=local, voucher=money(5, c.country, lang), agent="{agent}"
            ),
            subject,
        )
        c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "babysitting app turned one-off sitter bookings into weekly series until June: dozens of confirmation e-mails, sitters booked every week, the series cannot be cancelled, error SR/2204",
        "about": "Saturday 14 November 2026, from 08:05 UTC: one-off bookings duplicated into weekly series; cancelling fails with SR/2204",
        "channel": None,
        "start": iso(reporters[0][1]),
        "end": iso(reporters[-1][1]),
        "customers": 20,
        "customer_keys": [r[0].key for r in reporters],
        "event_ids": [r[4] for r in reporters],
        "repeat_event_ids": repeat_ids,
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
    totals = [0, 0, 0]
    for build in FAMILIES:
        fam = build()
        customers, rows, replies = fam.write()
        totals = [totals[0] + customers, totals[1] + rows, totals[2] + replies]
        print(f"{fam.name}: {customers} customers, {rows} touchpoints, {replies} agents' replies")
    print(f"total: {totals[0]} customers, {totals[1]} touchpoints, {totals[2]} agents' replies")


if __name__ == "__main__":
    main()
