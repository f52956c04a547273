# ruff: noqa: E501
"""Build heldout46: hand-written alert scenarios, written blind, for a report only.

Standard library only. Deterministic: two runs write the same bytes. Run it as
``python make_heldout46.py`` from anywhere; it writes next to itself.
"""

from __future__ import annotations

import json
import random
import string
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402
import wording_b2b as WB  # noqa: E402

SEED = 20261029
WRITTEN = "2026-12-02"
BUSINESS = "Cordelio: musical-instrument hire and rent-to-own by app and web (pianos, strings, wind, drums; courier delivery or partner-shop pick-up and return, deposits, a Cordelio Plus membership, video lessons in the app's lesson room), and Cordelio Pro hiring concert instruments to institutions on account"
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)

FAMILIES = [
    ("happy_writers", "HW", datetime(2026, 3, 2, tzinfo=UTC), 10),
    ("one_bad_day", "BD", datetime(2026, 4, 20, tzinfo=UTC), 12),
    ("repeat_contacts", "RC", datetime(2026, 5, 18, tzinfo=UTC), 10),
    ("slow_churners", "SC", datetime(2026, 6, 8, tzinfo=UTC), 32),
    ("quiet_hours", "QH", datetime(2026, 8, 14, tzinfo=UTC), 3),
    ("bilingual", "BL", datetime(2026, 9, 7, tzinfo=UTC), 14),
    ("b2b_accounts", "BB", datetime(2026, 10, 12, tzinfo=UTC), 14),
    ("topic_spike", "TS", datetime(2026, 10, 26, tzinfo=UTC), 7),
]

LANG_WEIGHTS = [("de", 30), ("fr", 30), ("en", 10), ("es", 10), ("it", 10), ("pt", 10)]
MARKETS = {
    "de": [("DE", 6), ("AT", 2), ("CH", 2), ("LU", 1)],
    "fr": [("FR", 6), ("BE", 2), ("CH", 2), ("LU", 1)],
    "en": [("UK", 3), ("IE", 1)],
    "es": [("ES", 1)],
    "it": [("IT", 3), ("CH", 1)],
    "pt": [("PT", 1)],
}
MARKET_LANGS = {
    "DE": ["de"],
    "AT": ["de"],
    "CH": ["de", "fr", "it"],
    "LU": ["de", "fr"],
    "FR": ["fr"],
    "BE": ["fr"],
    "UK": ["en"],
    "IE": ["en"],
    "ES": ["es"],
    "IT": ["it"],
    "PT": ["pt"],
}

FIRST = {
    "de": [
        "Katrin",
        "Jonas",
        "Sabine",
        "Florian",
        "Anja",
        "Matthias",
        "Lea",
        "Tobias",
        "Miriam",
        "Stefan",
        "Julia",
        "Andreas",
        "Nadine",
        "Benedikt",
        "Carina",
        "Dominik",
        "Verena",
        "Lukas",
        "Heike",
        "Moritz",
        "Simone",
        "Felix",
        "Ute",
        "Jan",
        "Birgit",
        "Tim",
        "Kerstin",
        "Philipp",
        "Franziska",
        "Markus",
    ],
    "fr": [
        "Camille",
        "Julien",
        "Sophie",
        "Thomas",
        "Élodie",
        "Nicolas",
        "Claire",
        "Mathieu",
        "Aurélie",
        "Sébastien",
        "Manon",
        "Guillaume",
        "Céline",
        "Antoine",
        "Pauline",
        "Romain",
        "Isabelle",
        "Maxime",
        "Hélène",
        "Benoît",
        "Laure",
        "Cédric",
        "Anaïs",
        "Olivier",
        "Margaux",
        "Yannick",
        "Nathalie",
        "François",
        "Chloé",
        "Damien",
    ],
    "en": [
        "Emma",
        "James",
        "Sarah",
        "Liam",
        "Rachel",
        "Owen",
        "Niamh",
        "Daniel",
        "Hannah",
        "Conor",
        "Laura",
        "Tom",
    ],
    "es": [
        "Lucía",
        "Javier",
        "Marta",
        "Pablo",
        "Elena",
        "Sergio",
        "Nuria",
        "Álvaro",
        "Carmen",
        "Raúl",
        "Irene",
        "Diego",
    ],
    "it": [
        "Giulia",
        "Marco",
        "Chiara",
        "Luca",
        "Francesca",
        "Andrea",
        "Sara",
        "Matteo",
        "Valentina",
        "Davide",
        "Elisa",
        "Paolo",
    ],
    "pt": [
        "Inês",
        "João",
        "Beatriz",
        "Tiago",
        "Mariana",
        "Rui",
        "Catarina",
        "Miguel",
        "Sofia",
        "Nuno",
        "Rita",
        "Pedro",
    ],
}
LAST = {
    "de": [
        "Hartmann",
        "Vogel",
        "Kröger",
        "Lindner",
        "Seidel",
        "Brandt",
        "Kühn",
        "Ziegler",
        "Winkler",
        "Busch",
        "Albrecht",
        "Pohl",
        "Engel",
        "Sommer",
        "Haas",
        "Graf",
        "Lorenz",
        "Fuchs",
        "Scholz",
        "Brenner",
        "Möller",
        "Jung",
        "Keller",
        "Roth",
        "Weiß",
        "Berger",
        "Huber",
        "Maurer",
        "Riedl",
        "Straub",
    ],
    "fr": [
        "Lefèvre",
        "Girard",
        "Bonnet",
        "Dupuis",
        "Mercier",
        "Lambert",
        "Fontaine",
        "Rousseau",
        "Chevalier",
        "Garnier",
        "Faure",
        "Perrin",
        "Morel",
        "Gauthier",
        "Renaud",
        "Collet",
        "Masson",
        "Barbier",
        "Roux",
        "Picard",
        "Leclerc",
        "Aubert",
        "Noël",
        "Marchand",
        "Brunet",
        "Caron",
        "Huet",
        "Vasseur",
        "Jacquet",
        "Lemaire",
    ],
    "en": [
        "Walsh",
        "Hughes",
        "Byrne",
        "Clarke",
        "Murphy",
        "Turner",
        "Doyle",
        "Patel",
        "Fletcher",
        "Kelly",
        "Reid",
        "Morgan",
    ],
    "es": [
        "Navarro",
        "Ortega",
        "Romero",
        "Castillo",
        "Vidal",
        "Serrano",
        "Molina",
        "Iglesias",
        "Cano",
        "Prieto",
        "Lozano",
        "Rubio",
    ],
    "it": [
        "Ferrari",
        "Galli",
        "Conti",
        "Marini",
        "Barbieri",
        "Fontana",
        "Rinaldi",
        "Caruso",
        "Mariani",
        "Ferri",
        "Longo",
        "Leone",
    ],
    "pt": [
        "Ferreira",
        "Carvalho",
        "Pinto",
        "Sousa",
        "Ribeiro",
        "Teixeira",
        "Moreira",
        "Correia",
        "Lopes",
        "Mendes",
        "Nunes",
        "Cardoso",
    ],
}
TOWNS = {
    "DE": [
        "Leipzig",
        "Freiburg",
        "Münster",
        "Kassel",
        "Regensburg",
        "Bonn",
        "Erfurt",
        "Kiel",
        "Augsburg",
        "Mainz",
    ],
    "AT": ["Graz", "Linz", "Salzburg", "Innsbruck", "Wien"],
    "CH": ["Bern", "Lausanne", "Lugano", "Winterthur", "Fribourg"],
    "LU": ["Esch-sur-Alzette", "Differdange", "Luxembourg"],
    "FR": [
        "Nantes",
        "Grenoble",
        "Dijon",
        "Tours",
        "Rennes",
        "Metz",
        "Reims",
        "Angers",
        "Annecy",
        "Nancy",
    ],
    "BE": ["Namur", "Liège", "Charleroi", "Mons"],
    "UK": ["Bristol", "Leeds", "Norwich", "Cardiff", "York"],
    "IE": ["Galway", "Cork", "Limerick"],
    "ES": ["Zaragoza", "Valladolid", "Murcia", "Gijón"],
    "IT": ["Bologna", "Padova", "Bergamo", "Verona"],
    "PT": ["Braga", "Coimbra", "Aveiro", "Setúbal"],
}
JOBS = [
    "nurse",
    "primary teacher",
    "electrician",
    "accountant",
    "pharmacist",
    "bus driver",
    "architect",
    "physiotherapist",
    "baker",
    "software tester",
    "dental hygienist",
    "librarian",
    "police officer",
    "translator",
    "shop manager",
    "social worker",
    "carpenter",
    "midwife",
    "engineer",
    "hairdresser",
]
NIGHT_JOBS = [
    "night nurse",
    "hospital porter",
    "baker",
    "petrol-station cashier",
    "air-traffic assistant",
    "care worker on nights",
]
AGENTS = {
    "de": ["Svenja", "Malte", "Ines", "Kai"],
    "fr": ["Léa", "Hugo", "Sarah", "Bastien"],
    "en": ["Megan", "Rob"],
    "es": ["Ana", "Óscar"],
    "it": ["Silvia", "Giorgio"],
    "pt": ["Joana", "André"],
}
PHONE = {
    "DE": ("49", ["151", "160", "170", "176"], 8),
    "AT": ("43", ["664", "676", "699"], 7),
    "CH": ("41", ["76", "78", "79"], 7),
    "LU": ("352", ["621", "661", "691"], 6),
    "FR": ("33", ["6", "7"], 8),
    "BE": ("32", ["470", "477", "486"], 6),
    "UK": ("44", ["7700", "7911", "7848"], 6),
    "IE": ("353", ["85", "86", "87"], 7),
    "ES": ("34", ["6", "7"], 8),
    "IT": ("39", ["333", "347", "320"], 7),
    "PT": ("351", ["91", "93", "96"], 7),
}
MAIL_DOMAINS = [
    "post.example",
    "mailbox.example",
    "webmail.example",
    "inbox.example",
    "netz.example",
    "courrier.example",
]
SOURCES = {
    "email": "cordelio-mail",
    "phone": "cordelio-voice",
    "social": "cordelio-social",
    "community": "cordelio-forum",
    "chat": "cordelio-chat",
    "web": "cordelio-web",
    "survey": "cordelio-survey",
}

R_SILENCE = ["silence"]
T_REPEAT = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_SLIDER = ["repeat_contact", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_LEAVER = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
T_GRUMPY = ["repeat_contact", "silence"]
T_B2B_RISK = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
T_B2B_ONE = ["sentiment_drop", "high_value_at_risk", "silence"]

USED_IDS: set[str] = set()


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(text: str) -> str:
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
        text = text.replace(a, b)
    out = []
    for ch in text:
        if ch in "ßñÑ":
            out.append(ch)
            continue
        d = unicodedata.normalize("NFD", ch)
        out.append(
            "".join(c for c in d if unicodedata.category(c) != "Mn")
            if len(d) > 1 and ch.isalpha()
            else ch
        )
    return "".join(out)


def ascii_name(text: str) -> str:
    return "".join(c for c in strip_accents(text).lower().replace("ß", "ss") if c.isalnum())


def fill(template: str, **kw: str) -> str:
    names = [f[1] for f in string.Formatter().parse(template) if f[1]]
    for n in names:
        if n not in kw:
            raise KeyError(f"{n} missing for {template[:50]!r}")
    return template.format(**kw)


def dst(t: datetime) -> bool:
    return datetime(2026, 3, 29, 1, tzinfo=UTC) <= t < datetime(2026, 10, 25, 1, tzinfo=UTC)


def local(t: datetime, market: str) -> datetime:
    base = 0 if market in ("UK", "IE", "PT") else 1
    return t + timedelta(hours=base + (1 if dst(t) else 0))


def money(eur: str, market: str, lang: str) -> str:
    value = float(eur)
    if market == "UK":
        return f"£{round(value * 0.86)}"
    if market == "CH":
        return f"CHF {round(value * 0.94)}"
    whole = value == int(value)
    if lang == "en":
        return f"€{int(value)}" if whole else f"€{value:.2f}"
    s = f"{int(value)}" if whole else f"{value:.2f}".replace(".", ",")
    return f"{s} €"


def currency(market: str) -> tuple[str, float]:
    return {"UK": ("GBP", 0.86), "CH": ("CHF", 0.94)}.get(market, ("EUR", 1.0))


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


@dataclass
class Row:
    seq: int
    t: datetime
    cust: str
    data: dict[str, Any]


@dataclass
class Fam:
    name: str
    code: str
    start: datetime
    days: int
    rng: random.Random
    rough: random.Random
    custs: dict[str, Cust] = field(default_factory=dict)
    rows: list[Row] = field(default_factory=list)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    about: str = ""
    used_names: set[str] = field(default_factory=set)

    # ------------------------------------------------------------ people
    def lang(self) -> str:
        return self.rng.choices([lang for lang, _ in LANG_WEIGHTS], [w for _, w in LANG_WEIGHTS])[0]

    def market(self, lang: str) -> str:
        ms = MARKETS[lang]
        return self.rng.choices([m for m, _ in ms], [w for _, w in ms])[0]

    def uid(self, make: Any) -> str:
        while True:
            v = make()
            if v not in USED_IDS:
                USED_IDS.add(v)
                return v

    def phone_for(self, market: str) -> str:
        cc, prefixes, n = PHONE[market]
        return self.uid(
            lambda: (
                "+"
                + cc
                + self.rng.choice(prefixes)
                + "".join(self.rng.choice("0123456789") for _ in range(n))
            )
        )

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        market: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        job: str | None = None,
        company: tuple[str, str, str] | None = None,
        **extra: Any,
    ) -> Cust:
        lang = lang or self.lang()
        market = market or self.market(lang)
        while True:
            first = self.rng.choice(FIRST[lang])
            last = self.rng.choice(LAST[lang])
            if company is not None and first in self.used_names:
                continue
            if (first, last) not in [(c.first, c.last) for c in self.custs.values()]:
                break
        if company is not None:
            self.used_names.add(first)
        key = self.uid(lambda: f"CD{self.code}{self.rng.randint(1000, 9999)}")
        a, b = ascii_name(first), ascii_name(last)
        if company is not None:
            account, _cname, domain = company
            email = self.uid(lambda: f"{a}.{b}@{domain}")
            handle = None
            segment = "b2b"
        else:
            account = None
            email = self.uid(
                lambda: (
                    self.rng.choice(
                        [f"{a}.{b}", f"{a[0]}{b}", f"{a}{b}{self.rng.randint(2, 99)}", f"{b}.{a}"]
                    )
                    + "@"
                    + self.rng.choice(MAIL_DOMAINS)
                )
            )
            handle = self.uid(
                lambda: (
                    "@"
                    + self.rng.choice(
                        [
                            f"{b}_{a}{self.rng.randint(1, 9)}",
                            f"{a}{b}{self.rng.randint(10, 99)}",
                            f"{b}{a[0]}",
                            f"{a}_{b}",
                            f"{a}.{b[:3]}",
                        ]
                    )
                )
            )
            segment = "consumer"
        phone = self.phone_for(market)
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
            "segment": segment,
            "name": f"{first} {last}",
            "job": job or self.rng.choice(JOBS),
            "town": self.rng.choice(TOWNS[market]),
        }
        truth.update(extra)
        c = Cust(key, lang, market, first, last, email, phone, handle, account, segment, truth)
        self.custs[key] = c
        return c

    # ------------------------------------------------------------ rows
    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.10:
            text = strip_accents(text)
        if r.random() < 0.125 and text[:1].isupper() and not text.startswith(("VRM", "CD-")):
            text = text[0].lower() + text[1:]
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

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        outbound: bool = False,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
        rough: bool = True,
    ) -> str:
        if t >= LIMIT or t.year != 2026 or t < self.start:
            raise ValueError(f"{self.name}: time out of range {t}")
        seq = len(self.rows) + 1
        eid = f"cd46-{self.code.lower()}-{seq:05d}"
        if text is not None and not outbound:
            if c.segment == "consumer" and channel == "social":
                if "@Cordelio" not in text:
                    i = text.rfind("Cordelio")
                    text = text[:i] + "@" + text[i:] if i >= 0 else "@Cordelio " + text
            else:
                text = text.replace("@Cordelio", "Cordelio")
            if rough and channel not in ("phone", "survey"):
                text = self.roughen(text)
        a = {"market": c.market}
        if c.segment == "b2b":
            a["segment"] = "b2b"
        a.update(attrs or {})
        data: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": iso(t),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if outbound else "inbound",
            "customer": {},
            "text": text,
            "subject": subject,
            "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
            "source": SOURCES[channel],
            "attributes": a,
        }
        self.rows.append(Row(seq, t, c.key, data))
        return eid

    def at(self, day: float, h0: float, h1: float) -> datetime:
        return self.start + timedelta(
            days=day, minutes=self.rng.randint(int(h0 * 60), int(h1 * 60) - 1)
        )

    def agent(self, lang: str) -> str:
        return self.rng.choice(AGENTS[lang])

    def case(self) -> str:
        return self.uid(lambda: f"CD-{self.rng.randint(100000, 999999)}")

    # ------------------------------------------------------------ happy acts
    def purchase(
        self, c: Cust, t: datetime, products: list[tuple[str, str, str]] | None = None
    ) -> str:
        label, eur, page = self.rng.choice(products or W.PRODUCTS)
        cur, rate = currency(c.market)
        self.add(
            c,
            t - timedelta(minutes=self.rng.randint(3, 15)),
            "web",
            "page_view",
            attrs={"page": page},
        )
        return self.add(
            c,
            t,
            "web",
            "purchase",
            attrs={
                "order_value": f"{float(eur) * rate:.2f}",
                "currency": cur,
                "product": label,
                "page": page,
            },
        )

    def chat_q(
        self,
        c: Cust,
        t: datetime,
        table: dict[str, list[tuple[str, str]]],
        thanks: dict[str, list[str]],
    ) -> str:
        q, a = self.rng.choice(table[c.lang])
        eid = self.add(c, t, "chat", "chat", q)
        t2 = t + timedelta(minutes=self.rng.randint(1, 6))
        self.add(c, t2, "chat", "chat", a, outbound=True, attrs={"agent": self.agent(c.lang)})
        if self.rng.random() < 0.6:
            self.add(
                c,
                t2 + timedelta(minutes=self.rng.randint(1, 3)),
                "chat",
                "chat",
                self.rng.choice(thanks[c.lang]),
            )
        return eid

    def happy_act(
        self, c: Cust, t: datetime, surveys: bool = False, kinds: list[str] | None = None
    ) -> str:
        lang = c.lang
        kinds = kinds or [
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
        k = self.rng.choice(kinds)
        b = {"b": W.BRAND}
        if k in ("praise", "again", "gripe"):
            table = {"praise": W.PRAISE, "again": W.PRAISE_AGAIN, "gripe": W.PRAISE_GRIPE}[k]
            text = fill(self.rng.choice(table[lang]), **b)
            ch = self.rng.choice(["social", "community", "community"])
            return self.add(c, t, ch, "mention" if ch == "social" else "post", text)
        if k == "chat":
            return self.chat_q(c, t, W.CHAT_Q, W.THANKS)
        if k == "email":
            subj, q, a = self.rng.choice(W.EMAIL_Q[lang])
            eid = self.add(c, t, "email", "message", q, subject=subj)
            t2 = self.day_time(t + timedelta(minutes=self.rng.randint(40, 240)))
            self.add(
                c,
                t2,
                "email",
                "message",
                fill(a, agent=self.agent(lang), **b),
                subject="RE: " + subj,
                outbound=True,
                attrs={"agent": self.agent(lang)},
            )
            return eid
        if k == "phone":
            tr, subj, body = self.rng.choice(W.PHONE_Q[lang])
            eid = self.add(c, t, "phone", "call", tr)
            ag = self.agent(lang)
            self.add(
                c,
                t + timedelta(minutes=self.rng.randint(8, 30)),
                "email",
                "message",
                fill(body, agent=ag, **b),
                subject=subj,
                outbound=True,
                attrs={"agent": ag},
            )
            return eid
        if k == "buy":
            return self.purchase(c, t)
        if k == "view":
            return self.add(c, t, "web", "page_view", attrs={"page": self.rng.choice(W.PAGES)})
        if k == "review":
            rating, text = self.rng.choice(W.REVIEW[lang])
            return self.add(
                c,
                t,
                "web",
                "review",
                text,
                attrs={"rating": rating, "page": self.rng.choice(W.PAGES[:4])},
            )
        return self.happy_survey(c, t)

    def happy_survey(self, c: Cust, t: datetime) -> str:
        kind = self.rng.choice(["nps", "csat", "ces"])
        score = {
            "nps": self.rng.choice([9, 10, 10]),
            "csat": self.rng.choice([4, 5, 5]),
            "ces": self.rng.choice([6, 7]),
        }[kind]
        word = self.rng.choice(W.SURVEY_WORDS[c.lang])
        return self.add(
            c,
            t,
            "survey",
            "survey_response",
            word or None,
            scores={kind: score},
            attrs={"survey": kind},
        )

    def day_time(self, t: datetime) -> datetime:
        """Move a reply or later contact out of 22:00-07:00 UTC, to 08:00-09:00."""
        if t.hour >= 22:
            t = (t + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 59))
        elif t.hour < 7:
            t = t.replace(hour=8, minute=self.rng.randint(0, 59))
        return t

    def happy_days(
        self,
        c: Cust,
        days: list[int],
        h0: float = 7,
        h1: float = 19,
        surveys: bool = False,
        kinds: list[str] | None = None,
    ) -> list[str]:
        return [self.happy_act(c, self.at(d, h0, h1), surveys, kinds) for d in sorted(days)]

    def pick_days(self, n: int, lo: int, hi: int, avoid: list[int] | None = None) -> list[int]:
        pool = [d for d in range(lo, hi) if d not in (avoid or [])]
        return sorted(self.rng.sample(pool, min(n, len(pool))))

    # ------------------------------------------------------------ trouble acts
    def ctx(self, c: Cust, problem: str, t: datetime) -> dict[str, str]:
        day = W.WEEKDAYS[c.lang][(local(t, c.market) - timedelta(days=1)).weekday()]
        return {"amt": money(W.PROBLEM_AMOUNT[problem], c.market, c.lang), "day": day, "b": W.BRAND}

    def complaint(
        self, c: Cust, t: datetime, problem: str, how: str, lang: str | None = None
    ) -> str:
        lang = lang or c.lang
        cc = Cust(
            c.key,
            lang,
            c.market,
            c.first,
            c.last,
            c.email,
            c.phone,
            c.handle,
            c.account,
            c.segment,
            c.truth,
        )
        kw = self.ctx(cc, problem, t)
        core = fill(self.rng.choice(W.CORE[problem][lang]), **kw)
        topic = W.TOPIC[problem][lang]
        subj = fill(W.COMPLAINT_SUBJECT[lang], topic=topic)
        if how == "long":
            return self.add(
                c,
                t,
                "email",
                "message",
                fill(self.rng.choice(W.LONG_EMAIL[lang]), core=core, first=c.first, b=W.BRAND),
                subject=subj,
            )
        if how == "email":
            return self.add(
                c,
                t,
                "email",
                "message",
                fill(self.rng.choice(W.SHORT_EMAIL[lang]), core=core, first=c.first),
                subject=subj,
            )
        if how == "chat":
            return self.add(
                c, t, "chat", "chat", fill(self.rng.choice(W.CHAT_COMPLAINT[lang]), core=core)
            )
        if how == "social":
            return self.add(c, t, "social", "mention", W.SOCIAL_COMPLAINT[problem][lang])
        if how == "form":
            return self.add(
                c,
                t,
                "web",
                "ticket",
                fill(W.WEBFORM_INTRO[lang], topic=topic) + core,
                attrs={"page": "/help/contact"},
            )
        return self.add(c, t, "phone", "call", fill(W.PHONE_CORE[problem][lang], amt=kw["amt"]))

    def case_reply(
        self, c: Cust, t: datetime, how: str, case: str, lang: str | None = None
    ) -> datetime:
        lang = lang or c.lang
        ag = self.agent(lang)
        if how == "chat":
            t2 = t + timedelta(minutes=self.rng.randint(1, 4))
            self.add(
                c,
                t2,
                "chat",
                "chat",
                fill(W.CHAT_CASE[lang], case=case),
                outbound=True,
                attrs={"agent": ag},
            )
            return t2
        subj, body = W.CASE_OPENED[lang]
        t2 = self.day_time(t + timedelta(minutes=self.rng.randint(10, 40)))
        self.add(
            c,
            t2,
            "email",
            "message",
            fill(body, case=case, first=c.first, agent=ag, b=W.BRAND),
            subject=fill(subj, case=case),
            outbound=True,
            attrs={"agent": ag},
        )
        return t2

    def good_news(
        self, c: Cust, t: datetime, case: str, problem: str, lang: str | None = None
    ) -> str:
        lang = lang or c.lang
        ag = self.agent(lang)
        subj, body = W.GOOD_NEWS[lang]
        fix = W.FIX[problem][lang]
        return self.add(
            c,
            t,
            "email",
            "message",
            fill(body, case=case, first=c.first, agent=ag, b=W.BRAND, fix=fix),
            subject=fill(subj, case=case),
            outbound=True,
            attrs={"agent": ag},
        )

    def confirm(self, c: Cust, t: datetime, case: str, lang: str | None = None) -> tuple[str, str]:
        lang = lang or c.lang
        text = fill(self.rng.choice(W.CONFIRM[lang]), case=case)
        if self.rng.random() < 0.5:
            return self.add(c, t, "email", "message", text, subject=f"RE: {case}"), "email"
        return self.add(c, t, "chat", "chat", text), "chat"

    # ------------------------------------------------------------ output
    def finish(self, expected_counts: dict[str, int]) -> tuple[str, str]:
        rows = sorted(self.rows, key=lambda r: (r.t, r.seq))
        first_in: dict[str, int] = {}
        for r in rows:
            if r.data["direction"] == "inbound" and r.cust not in first_in:
                first_in[r.cust] = r.seq
        for key in self.custs:
            if key not in first_in:
                raise ValueError(f"{self.name}: {key} has no inbound touchpoint")
        idr = random.Random(SEED * 100 + 77 + [f[0] for f in FAMILIES].index(self.name))
        for r in rows:
            c = self.custs[r.cust]
            d = r.data
            if r.seq == first_in[c.key] or d["direction"] == "outbound":
                cust = {
                    "customer_id": c.key,
                    "email": c.email,
                    "phone": c.phone,
                    "handle": c.handle,
                    "account_id": c.account,
                }
            else:
                cust = {
                    "customer_id": None,
                    "email": None,
                    "phone": None,
                    "handle": None,
                    "account_id": c.account,
                }
                ch = d["channel"]
                if ch == "phone":
                    cc = PHONE[c.market][0]
                    cust["phone"] = (
                        c.phone if idr.random() < 0.5 else f"+{cc} {c.phone[1 + len(cc) :]}"
                    )
                elif ch in ("social", "community"):
                    if c.handle:
                        cust["handle"] = c.handle if idr.random() < 0.8 else c.handle.lstrip("@")
                    else:
                        cust["email"] = c.email
                elif ch == "email":
                    cust["email"] = c.email.upper() if idr.random() < 1 / 12 else c.email
                else:
                    cust["customer_id"] = c.key
            d["customer"] = cust
        # truth
        last = max(r.t for r in rows)
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        if end >= LIMIT:
            raise ValueError("end too late")
        counts: dict[str, int] = {}
        for c in self.custs.values():
            exp, tol = c.truth["expected_rules"], c.truth["tolerated_rules"]
            if set(exp) & set(tol):
                raise ValueError(f"{c.key} expects and tolerates")
            for rule in exp:
                counts[rule] = counts.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                counts[rule] = counts.get(rule, 0) + 1
        if self.spike:
            counts["topic_spike"] = counts.get("topic_spike", 0) + 1
        if counts != expected_counts:
            raise ValueError(f"{self.name}: expected {expected_counts}, got {counts}")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": BUSINESS,
                "days": self.days,
                "seed": SEED,
                "written": WRITTEN,
                "expected": dict(sorted(counts.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: self.custs[k].truth for k in sorted(self.custs)},
            "accounts": {k: self.accounts[k] for k in sorted(self.accounts)},
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        lines = "".join(json.dumps(r.data, ensure_ascii=False) + "\n" for r in rows)
        return lines, json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


# ================================================================ families


def happy_writers(f: Fam) -> dict[str, int]:
    f.about = "happy customers only: daytime writers, night writers and survey answerers"
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.pick_days(f.rng.randint(5, 8), 0, 10), surveys=True)
    for _ in range(5):
        c = f.person("happy", "night writer", job=f.rng.choice(NIGHT_JOBS))
        nights = f.pick_days(f.rng.randint(2, 4), 0, 9)
        for n in nights:
            t = (
                f.start
                + timedelta(days=n, hours=22, minutes=12)
                + timedelta(minutes=f.rng.randint(0, 378))
            )
            if f.rng.random() < 0.5:
                f.add(
                    c,
                    t,
                    f.rng.choice(["social", "community"]),
                    "post",
                    fill(f.rng.choice(W.NIGHT_POST[c.lang]), b=W.BRAND),
                )
            else:
                f.chat_q(c, t, W.NIGHT_CHAT, W.THANKS)
        f.happy_days(
            c,
            f.pick_days(f.rng.randint(2, 3), 0, 10, nights),
            9,
            18,
            kinds=["praise", "buy", "view", "review"],
        )
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in f.pick_days(f.rng.randint(3, 6), 0, 10):
            f.happy_survey(c, f.at(d, 8, 20))
    return {}


BAD_HOWS = ["long", "email", "chat", "social", "form", "phone"]


def one_bad_day(f: Fam) -> dict[str, int]:
    f.about = "happy customers with one angry day, detractors among them, and happy controls"
    plan = [(W.PROBLEMS[(i % 6 + i // 6) % 6], BAD_HOWS[i % 6]) for i in range(24)]
    f.rng.shuffle(plan)
    long_langs = ["de", "de", "fr", "fr"]
    with_case = [i for i, (_, how) in enumerate(plan) if how != "social"]
    nps_ix = f.rng.sample(with_case, 6)
    rest = [i for i in with_case if i not in nps_ix]
    csat_ix = f.rng.sample(rest, 5)
    news_ix = f.rng.sample(with_case, 12)
    apol_ix = f.rng.sample(news_ix, 5)
    for i, (problem, how) in enumerate(plan):
        lang = long_langs.pop() if how == "long" else None
        det = i in nps_ix
        c = f.person(
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            lang=lang,
            expected=["detractor"] if det else [],
            tolerated=R_SILENCE,
            problem=problem,
            long_email=how == "long",
        )
        bad_day = f.rng.randint(2, 9)
        t = f.at(bad_day, 8, 20)
        eid = f.complaint(c, t, problem, how)
        tr = c.truth
        tr.update(
            {
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(t),
                "channel": how,
                "booking": None,
                "nps_given": det,
                "csat_given": i in csat_ix,
                "agent_fixed": i in news_ix,
                "apologised": i in apol_ix,
            }
        )
        avoid = list(range(bad_day - 1, bad_day + 3))
        f.happy_days(c, f.pick_days(f.rng.randint(1, 5), 0, 12, avoid))
        if how == "social":
            continue
        case = f.case()
        tr["booking"] = case
        f.case_reply(c, t, how, case)
        if det:
            n = f.rng.randint(1, 5)
            tr["nps"] = n
            tr["survey_event_id"] = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(100, 140)),
                "survey",
                "survey_response",
                f.rng.choice(W.LOW_NPS_WORDS[c.lang]) or None,
                scores={"nps": n},
                attrs={"survey": "nps"},
            )
        if i in csat_ix:
            n = f.rng.randint(1, 2)
            tr["csat"] = n
            tr["survey_event_id"] = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(40, 80)),
                "survey",
                "survey_response",
                f.rng.choice(W.LOW_CSAT_WORDS[c.lang]) or None,
                scores={"csat": n},
                attrs={"survey": "csat"},
            )
        if i in news_ix:
            f.good_news(c, f.day_time(t + timedelta(minutes=f.rng.randint(60, 240))), case, problem)
        if i in apol_ix:
            ta = f.day_time(t + timedelta(minutes=f.rng.randint(16 * 60, 24 * 60)))
            text = f.rng.choice(W.APOLOGY[c.lang])
            if f.rng.random() < 0.5:
                tr["apology_event_id"] = f.add(c, ta, "chat", "chat", text)
            else:
                tr["apology_event_id"] = f.add(
                    c, ta, "email", "message", text, subject=f"RE: {case}"
                )
            tr["apology_at"] = iso(ta)
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, f.pick_days(f.rng.randint(4, 7), 0, 12))
    return {"detractor": 6}


LATER_CHANNELS = ["email", "chat", "phone", "form", "social"]


def later_contact(
    f: Fam,
    c: Cust,
    t: datetime,
    n: int,
    problem: str,
    case: str,
    how: str,
    comp: str | None,
    lang: str | None = None,
) -> str:
    lang = lang or c.lang
    short = W.CORE_SHORT[problem][lang]
    if how == "phone":
        return f.add(
            c,
            t,
            "phone",
            "call",
            fill(W.PHONE_STILL[lang], case=case, core_short_lower=short.rstrip(".").lower()),
        )
    if n == 2:
        text = fill(f.rng.choice(W.STILL_OPEN[lang]), case=case, core_short=short)
    elif n == 3:
        text = fill(f.rng.choice(W.THIRD[lang]), case=case, core_short=short, comp=comp or "")
    else:
        text = fill(W.FOURTH[lang], case=case, core_short=short)
    if how == "email":
        return f.add(c, t, "email", "message", text, subject=f"RE: {case}")
    if how == "chat":
        eid = f.add(c, t, "chat", "chat", text)
        f.add(
            c,
            t + timedelta(minutes=f.rng.randint(1, 4)),
            "chat",
            "chat",
            fill(W.CHAT_URGENT[lang], case=case),
            outbound=True,
            attrs={"agent": f.agent(lang)},
        )
        return eid
    if how == "form":
        return f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"})
    return f.add(c, t, "social", "mention", text + " @Cordelio")


def repeat_run(
    f: Fam,
    c: Cust,
    first_day: int,
    first_how: str,
    times: int,
    lead: bool,
    langs: list[str] | None = None,
) -> None:
    problem = f.rng.choice(W.PROBLEMS)
    case = f.case()
    comp = f.rng.choice(W.COMPETITORS) if times >= 3 else None
    t = f.at(first_day, 8, 19)
    lang0 = langs[0] if langs else c.lang
    ids = [f.complaint(c, t, problem, first_how, lang0)]
    f.case_reply(c, t, first_how, case, lang0)
    if lead:
        subj, body = W.QUALITY_LEAD[lang0]
        ag = f.agent(lang0)
        f.add(
            c,
            f.day_time(t + timedelta(minutes=f.rng.randint(90, 150))),
            "email",
            "message",
            fill(body, case=case, first=c.first, agent=ag, b=W.BRAND),
            subject=fill(subj, case=case),
            outbound=True,
            attrs={"agent": ag},
        )
    chans = [h for h in LATER_CHANNELS if h != first_how]
    f.rng.shuffle(chans)
    tt = t
    for n in range(2, times + 1):
        tt = f.day_time(tt + timedelta(minutes=f.rng.randint(4 * 60, 40 * 60)))
        lang = langs[(n - 1) % len(langs)] if langs else c.lang
        ids.append(later_contact(f, c, tt, n, problem, case, chans[n - 2], comp, lang))
    c.truth.update(
        {
            "problem": problem,
            "booking": case,
            "contacts": times,
            "channels": [first_how, *chans[: times - 1]],
            "agent_passed_on": lead,
            "problem_event_ids": ids,
            "competitor": comp,
            "trouble_starts_at": iso(t),
        }
    )


def fixed_case(
    f: Fam,
    c: Cust,
    day: int,
    problem: str,
    how: str,
    lang: str | None = None,
    confirm_lang: str | None = None,
) -> dict[str, Any]:
    case = f.case()
    t = f.at(day, 8, 18)
    eid = f.complaint(c, t, problem, how, lang)
    f.case_reply(c, t, how, case, lang)
    tf = f.day_time(t + timedelta(minutes=f.rng.randint(3 * 60, 20 * 60)))
    f.good_news(c, tf, case, problem, lang)
    tc = f.day_time(tf + timedelta(minutes=f.rng.randint(8 * 60, 30 * 60)))
    ceid, cch = f.confirm(c, tc, case, confirm_lang or lang)
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(tf),
        "confirmed_at": iso(tc),
        "problem_event_ids": [eid],
        "confirm_event_id": ceid,
        "channel": how,
        "confirm_channel": cch,
    }


def repeat_contacts(f: Fam) -> dict[str, int]:
    f.about = "open problems raised two to four times, fixed problems, two different problems, frequent writers"
    firsts = ["form"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    f.rng.shuffle(firsts)
    times = [2] * 4 + [3] * 4 + [4] * 4
    f.rng.shuffle(times)
    leads = [True] * 6 + [False] * 6
    f.rng.shuffle(leads)
    for i in range(12):
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=T_REPEAT)
        for _ in range(f.rng.randint(1, 3)):
            f.happy_act(c, f.at(0, 7, 12))
        repeat_run(f, c, f.rng.randint(1, 4), firsts[i], times[i], leads[i])
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=R_SILENCE)
        f.happy_days(c, f.pick_days(f.rng.randint(1, 3), 0, 2))
        p = fixed_case(
            f,
            c,
            f.rng.randint(2, 5),
            f.rng.choice(W.PROBLEMS),
            f.rng.choice(["form", "email", "chat"]),
        )
        c.truth.update(
            {"problems": [p], "trouble_starts_at": p["raised_at"], "booking": p["booking"]}
        )
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=R_SILENCE)
        f.happy_act(c, f.at(0, 8, 18))
        p1, p2 = f.rng.sample(list(W.PROBLEMS), 2)
        d1 = f.rng.randint(1, 3)
        a = fixed_case(f, c, d1, p1, f.rng.choice(["form", "email", "chat"]))
        b = fixed_case(f, c, d1 + f.rng.randint(4, 5), p2, f.rng.choice(["form", "email", "chat"]))
        c.truth.update({"problems": [a, b], "trouble_starts_at": a["raised_at"]})
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.happy_days(
            c,
            f.pick_days(f.rng.randint(5, 8), 0, 10),
            kinds=["chat", "chat", "email", "email", "phone", "buy", "praise"],
        )
    return {"repeat_contact": 12}


def slide(f: Fam, c: Cust, start_day: int, span: int, langs: list[str], nps: bool) -> None:
    comp = f.rng.choice(W.COMPETITORS)
    ratings = ["3", "3", "2", "2", "1", "1"]
    t = f.at(start_day, 8, 20)
    step_gap = span * 24 * 60 // 6
    ids = []
    for i in range(6):
        if i:
            t = f.day_time(
                t + timedelta(minutes=max(60, f.rng.randint(step_gap // 2, step_gap * 3 // 2)))
            )
        lang = langs[i % len(langs)]
        text = fill(W.SLIDE[lang][i], b=W.BRAND, comp=comp)
        ch = f.rng.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": ratings[i], "page": f.rng.choice(W.PAGES[:4])},
                )
            )
        else:
            ids.append(f.add(c, t, ch, "mention" if ch == "social" else "post", text))
        if i == 3 and nps:
            n = f.rng.randint(1, 5)
            c.truth.update({"nps": n, "nps_given": True})
            c.truth["survey_event_id"] = f.add(
                c,
                f.day_time(t + timedelta(minutes=f.rng.randint(150, 210))),
                "survey",
                "survey_response",
                None,
                scores={"nps": n},
                attrs={"survey": "nps"},
            )
    first_step = next(r.data["occurred_at"] for r in f.rows if r.data["event_id"] == ids[0])
    c.truth.update(
        {
            "slide_event_ids": ids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": first_step,
        }
    )


def slow_churners(f: Fam) -> dict[str, int]:
    f.about = "slow slides from a happy baseline, leavers who cancel, steady and steadily grumpy customers, sarcasm"
    spans = [3] + [5] * 5 + [9] * 4
    f.rng.shuffle(spans)
    nps = [True] * 5 + [False] * 5
    f.rng.shuffle(nps)
    for i in range(10):
        c = f.person(
            "slow_churner",
            "slides",
            expected=["sentiment_drop"] + (["detractor"] if nps[i] else []),
            tolerated=T_SLIDER,
        )
        days = f.pick_days(f.rng.randint(6, 9), 0, 11)
        n_praise = f.rng.randint(4, 5)
        for j, d in enumerate(days):
            f.happy_act(
                c,
                f.at(d, 7, 20),
                kinds=["praise", "again"] if j < n_praise else ["chat", "buy", "view", "email"],
            )
        slide(f, c, f.rng.randint(12, 16), spans[i], [c.lang], nps[i])
    for _ in range(5):
        c = f.person(
            "slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=T_LEAVER
        )
        f.happy_days(c, f.pick_days(f.rng.randint(4, 6), 0, 16))
        t = f.at(f.rng.randint(17, 23), 8, 20)
        subj, body = f.rng.choice(W.LEAVE[c.lang])
        eid = f.add(c, t, "email", "message", fill(body, plus=W.PLUS, first=c.first), subject=subj)
        s2, b2 = W.SORRY_TO_SEE_YOU_GO[c.lang]
        ag = f.agent(c.lang)
        f.add(
            c,
            f.day_time(t + timedelta(minutes=f.rng.randint(60, 300))),
            "email",
            "message",
            fill(b2, first=c.first, plus=W.PLUS, agent=ag, b=W.BRAND),
            subject=s2,
            outbound=True,
            attrs={"agent": ag},
        )
        tc = t + timedelta(minutes=f.rng.randint(20 * 60, 30 * 60))
        ceid = f.add(
            c,
            tc,
            "web",
            "cancellation",
            attrs={"page": "/account/membership", "product": "Cordelio Plus membership"},
        )
        c.truth.update(
            {
                "churn_intent_event_id": eid,
                "cancellation_event_id": ceid,
                "churn_at": iso(tc),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, f.pick_days(f.rng.randint(6, 10), 0, 32))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=T_GRUMPY)
        d = f.rng.randint(0, 4)
        ids = []
        pool = list(W.GRUMBLES[c.lang])
        f.rng.shuffle(pool)
        for j in range(f.rng.randint(5, 7)):
            text = pool[j % len(pool)]
            t = f.at(d, 8, 21)
            ch = f.rng.choice(["social", "community", "form", "review"])
            if ch == "form":
                ids.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
            elif ch == "review":
                ids.append(
                    f.add(
                        c,
                        t,
                        "web",
                        "review",
                        text,
                        attrs={"rating": "3", "page": f.rng.choice(W.PAGES[:4])},
                    )
                )
            else:
                ids.append(f.add(c, t, ch, "mention" if ch == "social" else "post", text))
            d += f.rng.randint(1, 3)
        for _ in range(f.rng.randint(0, 2)):
            f.purchase(c, f.at(f.rng.randint(0, 30), 9, 19))
        c.truth.update(
            {
                "grumble_event_ids": ids,
                "trouble_starts_at": next(
                    r.data["occurred_at"] for r in f.rows if r.data["event_id"] == ids[0]
                ),
            }
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=R_SILENCE)
        sd = f.rng.randint(17, 28)
        f.happy_days(c, f.pick_days(f.rng.randint(3, 6), 0, 32, [sd - 1, sd, sd + 1]))
        t = f.at(sd, 9, 21)
        ch = f.rng.choice(["social", "community"])
        c.truth["sarcasm_event_id"] = f.add(
            c,
            t,
            ch,
            "mention" if ch == "social" else "post",
            fill(f.rng.choice(W.SARCASM[c.lang]), b=W.BRAND),
        )
    return {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5}


def quiet_hours(f: Fam) -> dict[str, int]:
    f.about = "a calm summer weekend with night owls in three bursts a night and no spike"
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.pick_days(f.rng.randint(1, 3), 0, 3), 7, 17.5)
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=R_SILENCE)
        t = f.at(f.rng.randint(0, 2), 8, 17)
        if f.rng.random() < 0.5:
            f.purchase(c, t)
        else:
            f.add(c, t, "web", "page_view", attrs={"page": "/shops/partner-shops"})
        q, a = f.rng.choice(W.MILD[c.lang])
        tg = t + timedelta(minutes=f.rng.randint(20, 30))
        if i < 2:
            eid = f.add(c, tg, "chat", "chat", q)
            f.add(
                c,
                tg + timedelta(minutes=f.rng.randint(1, 5)),
                "chat",
                "chat",
                a,
                outbound=True,
                attrs={"agent": f.agent(c.lang)},
            )
        else:
            eid = f.add(c, tg, "web", "ticket", q, attrs={"page": "/help/contact"})
            s, b = W.FORM_ACK[c.lang]
            ag = f.agent(c.lang)
            f.add(
                c,
                tg + timedelta(minutes=f.rng.randint(30, 90)),
                "email",
                "message",
                fill(b, first=c.first, agent=ag, b=W.BRAND),
                subject=s,
                outbound=True,
                attrs={"agent": ag},
            )
        c.truth.update({"grumble_event_id": eid, "trouble_starts_at": iso(tg)})
    for night in range(3):
        first = f.start + timedelta(days=night + 1, minutes=f.rng.randint(40, 65))
        starts = [
            first,
            first + timedelta(minutes=f.rng.randint(28, 33)),
            first + timedelta(minutes=f.rng.randint(55, 65)),
        ]
        for burst, bs in enumerate(starts):
            for _ in range(4):
                c = f.person(
                    "night_owl",
                    f"night {night + 1}, burst {burst + 1}",
                    job=f.rng.choice(NIGHT_JOBS),
                )
                t = bs + timedelta(minutes=f.rng.randint(0, 9))
                if f.rng.random() < 0.5:
                    eid = f.chat_q(c, t, W.NIGHT_CHAT, W.THANKS)
                else:
                    eid = f.add(
                        c,
                        t,
                        f.rng.choice(["social", "community"]),
                        "post",
                        fill(f.rng.choice(W.NIGHT_POST[c.lang]), b=W.BRAND),
                    )
                c.truth.update({"burst_at": iso(bs), "night_event_id": eid})
                if f.rng.random() < 0.5:
                    d = f.rng.choice([x for x in range(3) if x != night])
                    f.happy_act(c, f.at(d, 9, 17.5), kinds=["praise", "buy", "view"])
    return {}


PAIRS = (
    [("de", "fr")] * 5
    + [("fr", "de")] * 4
    + [("de", "en")] * 2
    + [("fr", "en")] * 2
    + [
        ("en", "fr"),
        ("de", "it"),
        ("it", "de"),
        ("fr", "es"),
        ("es", "fr"),
        ("fr", "pt"),
        ("pt", "fr"),
        ("de", "es"),
        ("fr", "it"),
        ("en", "de"),
        ("de", "pt"),
        ("it", "fr"),
        ("es", "de"),
        ("pt", "de"),
    ]
)
PAIR_MARKETS = {
    "de": ["DE", "AT", "CH", "LU"],
    "fr": ["FR", "BE", "CH", "LU"],
    "en": ["UK", "IE"],
    "es": ["ES"],
    "it": ["IT", "CH"],
    "pt": ["PT", "LU"],
}
SECOND_WHY = {
    "en": "works for an English-speaking company",
    "de": "grew up with a German-speaking parent",
    "fr": "studied in France",
    "es": "partner is Spanish",
    "it": "family from Ticino / Italy",
    "pt": "grandparents are Portuguese",
}


def bilingual(f: Fam) -> dict[str, int]:
    f.about = "customers who write in two languages: happy, repeat contacts, slides, one bad day, fixed problems"
    pairs = list(PAIRS)
    f.rng.shuffle(pairs)
    # the three bad-day customers first: their second language must have long-letter wording for the German one
    bad = [p for p in pairs if p == ("fr", "de")][:1]
    for p in bad:
        pairs.remove(p)
    pairs = bad + pairs

    def make(persona: str, habit: str, pair: tuple[str, str], **kw: Any) -> Cust:
        market = f.rng.choice(
            [
                m
                for m in PAIR_MARKETS[pair[0]] + PAIR_MARKETS[pair[1]]
                if pair[0] in MARKET_LANGS[m] or pair[1] in MARKET_LANGS[m]
            ]
        )
        c = f.person(
            persona,
            habit,
            lang=pair[0],
            market=market,
            languages=list(pair),
            job_second_language=SECOND_WHY[pair[1]],
            **kw,
        )
        return c

    def alt(c: Cust, i: int) -> Cust:
        lang = c.truth["languages"][i % 2]
        return Cust(
            c.key,
            lang,
            c.market,
            c.first,
            c.last,
            c.email,
            c.phone,
            c.handle,
            c.account,
            c.segment,
            c.truth,
        )

    # 3 happy with one bad day in their second language
    hows = ["long", "email", "chat"]
    for k in range(3):
        pair = pairs.pop(0) if k == 0 else next(p for p in pairs if p[1] in ("de", "fr"))
        if k:
            pairs.remove(pair)
        c = make("happy_one_bad_day", "one bad day", pair, tolerated=R_SILENCE)
        bd = f.rng.randint(4, 9)
        for j, d in enumerate(f.pick_days(f.rng.randint(3, 5), 0, 14, list(range(bd - 1, bd + 3)))):
            f.happy_act(alt(c, j), f.at(d, 7, 19))
        problem = f.rng.choice(W.PROBLEMS)
        t = f.at(bd, 8, 20)
        eid = f.complaint(c, t, problem, hows[k], pair[1])
        case = f.case()
        f.case_reply(c, t, hows[k], case, pair[1])
        c.truth.update(
            {
                "problem": problem,
                "booking": case,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "bad_day_language": pair[1],
                "trouble_starts_at": iso(t),
                "long_email": hows[k] == "long",
            }
        )
        if hows[k] != "chat":
            f.good_news(
                c, f.day_time(t + timedelta(minutes=f.rng.randint(60, 240))), case, problem, pair[1]
            )
            c.truth["agent_fixed"] = True
        if hows[k] == "email":
            ta = f.day_time(t + timedelta(minutes=f.rng.randint(18 * 60, 24 * 60)))
            c.truth.update(
                {
                    "apology_event_id": f.add(
                        c, ta, "chat", "chat", f.rng.choice(W.APOLOGY[pair[1]])
                    ),
                    "apology_at": iso(ta),
                    "apologised": True,
                }
            )
    for _ in range(12):
        c = make("happy", "alternates languages", pairs.pop(0))
        for j, d in enumerate(f.pick_days(f.rng.randint(5, 8), 0, 14)):
            f.happy_act(alt(c, j), f.at(d, 7, 19))
    times = [2, 2, 3, 3, 4]
    for k in range(5):
        pair = pairs.pop(0)
        c = make("repeat_contact", "repeats", pair, expected=["repeat_contact"], tolerated=T_REPEAT)
        for j in range(f.rng.randint(1, 3)):
            f.happy_act(alt(c, j), f.at(f.rng.randint(0, 1), 7, 12))
        repeat_run(
            f,
            c,
            f.rng.randint(2, 5),
            f.rng.choice(["form", "email", "chat"]),
            times[k],
            times[k] >= 3,
            list(pair),
        )
    for _ in range(5):
        pair = pairs.pop(0)
        c = make("slow_churner", "slides", pair, expected=["sentiment_drop"], tolerated=T_SLIDER)
        days = f.pick_days(f.rng.randint(6, 8), 0, 6)
        for j, d in enumerate(days):
            f.happy_act(
                alt(c, j),
                f.at(d, 7, 20),
                kinds=["praise", "again"] if j < 5 else ["chat", "buy", "view"],
            )
        slide(f, c, f.rng.randint(7, 8), f.rng.randint(3, 5), list(pair), False)
    for _ in range(2):
        pair = pairs.pop(0)
        c = make("resolved_between_contacts", "fixed", pair, tolerated=R_SILENCE)
        f.happy_days(c, f.pick_days(f.rng.randint(1, 3), 0, 3))
        p = fixed_case(
            f, c, f.rng.randint(3, 8), f.rng.choice(W.PROBLEMS), "form", pair[0], pair[1]
        )
        c.truth.update(
            {
                "problems": [p],
                "trouble_starts_at": p["raised_at"],
                "booking": p["booking"],
                "confirm_language": pair[1],
            }
        )
    if pairs:
        raise ValueError("pairs left")
    return {"repeat_contact": 5, "sentiment_drop": 5}


ACCOUNTS = [
    # kind, market, lang, company, site, contacts, complainers, problem, last by phone
    (
        "at_risk",
        "FR",
        "fr",
        "École de musique Les Tilleuls",
        "music_school",
        5,
        3,
        "service_blocked",
        True,
    ),
    ("at_risk", "DE", "de", "Kammerorchester Saalbrücke e.V.", "orchestra", 4, 4, "invoice", False),
    ("at_risk", "BE", "fr", "Événements Lumière SRL", "event_agency", 6, 3, "portal", True),
    ("at_risk", "AT", "de", "Dompfarre St. Veit", "church", 5, 4, "overbilled", True),
    ("at_risk", "DE", "de", "Stadttheater Wallhausen", "theatre", 5, 3, "portal", True),
    ("one_unhappy", "CH", "de", "Grandhotel Seeblick AG", "hotel", 3, 1, "overbilled", False),
    (
        "one_unhappy",
        "FR",
        "fr",
        "Conservatoire de Beaulieu",
        "conservatoire",
        3,
        1,
        "invoice",
        False,
    ),
    ("one_unhappy", "IT", "it", "Lanterna Film Produzioni", "film", 3, 1, "service_blocked", False),
    (
        "one_unhappy",
        "UK",
        "en",
        "Harrowgate University Music Dept",
        "university",
        3,
        1,
        "portal",
        False,
    ),
    ("mild", "ES", "es", "Eventos Marea S.L.", "event_agency", 4, 0, None, False),
    ("mild", "PT", "pt", "Escola Artística do Vale", "school", 3, 0, None, False),
    ("mild", "DE", "de", "Chorgemeinschaft Nordufer", "choir", 4, 0, None, False),
    ("happy", "FR", "fr", "Festival des Remparts", "festival", 4, 0, None, False),
    ("happy", "DE", "de", "Tonstudio Kellerklang GmbH", "recording_studio", 3, 0, None, False),
    ("happy", "IE", "en", "Shannonside Cruises Ltd", "cruise_line", 4, 0, None, False),
]
JOB_TITLES = [
    "events manager",
    "orchestra manager",
    "office manager",
    "head of music",
    "accounts payable clerk",
    "production coordinator",
    "facilities manager",
    "director",
    "stage manager",
    "music teacher",
]


def office(f: Fam, day: int, h0: float = 8, h1: float = 16.5) -> datetime:
    t = f.at(day, h0, h1)
    while t.weekday() >= 5:
        t += timedelta(days=1)
    return t


def next_office(t: datetime) -> datetime:
    while t.weekday() >= 5 or t.hour >= 17 or t.hour < 8:
        if t.hour >= 17 or t.weekday() >= 5:
            t = (t + timedelta(days=1)).replace(hour=8, minute=t.minute % 50)
        else:
            t = t.replace(hour=8, minute=t.minute % 50)
    return t


def b2b_routine(f: Fam, c: Cust, t: datetime, high: bool) -> None:
    k = f.rng.choice(
        ["chat", "buy", "view", "praise", "survey"] if high else ["chat", "buy", "view"]
    )
    if k == "chat":
        f.chat_q(c, t, WB.CHAT_Q, WB.THANKS)
    elif k == "buy":
        f.purchase(c, t, WB.PRODUCTS)
    elif k == "view":
        f.add(c, t, "web", "page_view", attrs={"page": f.rng.choice(WB.PAGES)})
    elif k == "praise":
        f.add(c, t, "community", "post", fill(f.rng.choice(WB.PRAISE[c.lang]), pro=WB.PRO))
    else:
        f.happy_survey(c, t)


def b2b_ack(f: Fam, c: Cust, t: datetime, lang: str, case: str) -> None:
    """The agent's e-mail acknowledging a company complaint with its case reference."""
    s, b = WB.ACK[lang]
    ag = f.agent(lang)
    f.add(
        c,
        t + timedelta(minutes=f.rng.randint(20, 90)),
        "email",
        "message",
        fill(b, case=case, first=c.first, agent=ag, pro=WB.PRO),
        subject=fill(s, case=case),
        outbound=True,
        attrs={"agent": ag},
    )


def b2b_accounts(f: Fam) -> dict[str, int]:
    f.about = "institutions on account: at-risk accounts, one unhappy contact, mild suggestions, happy accounts"
    comp_cycle = list(W.COMPETITORS)
    for kind, market, lang, company, site, n, n_bad, problem, last_phone in ACCOUNTS:
        acc = f.uid(lambda m=market: f"CDP-{m}-{f.rng.randint(1000, 9999)}")
        domain = ascii_name(company.split(" ")[0] + company.split(" ")[-1]) + ".example"
        f.used_names = set()
        contacts: list[Cust] = []
        for i in range(n):
            if kind == "at_risk" and i < n_bad:
                is_last = i == n_bad - 1
                persona, exp, tol, role = (
                    "b2b_unhappy",
                    ["repeat_contact"] if is_last else ["detractor"],
                    T_B2B_RISK,
                    "complainer",
                )
            elif kind == "one_unhappy" and i == 0:
                persona, exp, tol, role = "b2b_one_unhappy", ["detractor"], T_B2B_ONE, "complainer"
            elif kind == "mild" and i < 2:
                persona, exp, tol, role = "b2b_mild", [], R_SILENCE, "suggests"
            else:
                persona, exp, tol, role = "b2b_happy", [], [], "contact"
            title = f.rng.choice(JOB_TITLES)
            c = f.person(
                persona,
                role,
                lang=lang,
                market=market,
                expected=exp,
                tolerated=tol,
                job=title,
                company=(acc, company, domain),
                company_name=company,
                role=role,
                job_title=title,
            )
            c.truth["company"] = c.truth.pop("company_name")
            contacts.append(c)
        unhappy = [c for c in contacts if c.truth["role"] == "complainer"]
        trouble = None
        for c in contacts:
            role = c.truth["role"]
            if role == "contact":
                for d in f.pick_days(f.rng.randint(2, 5), 0, 12):
                    b2b_routine(f, c, office(f, d), True)
            else:
                for d in f.pick_days(f.rng.randint(0, 2), 0, 2):
                    b2b_routine(f, c, office(f, d, 8, 12), False)
        if kind == "at_risk":
            case = f.case()
            t = office(f, 2, 8.5, 11)
            first1 = unhappy[0]
            for j, c in enumerate(unhappy):
                if j == 0:
                    body = fill(WB.FIRST[problem][lang], first=c.first, company=company)
                    eid = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        body,
                        subject=fill(W.COMPLAINT_SUBJECT[lang], topic=WB.TOPIC[problem][lang]),
                    )
                    b2b_ack(f, c, t, lang, case)
                    trouble = iso(t)
                else:
                    t = next_office(t + timedelta(minutes=f.rng.randint(8 * 60, 28 * 60)))
                    day = W.WEEKDAYS[lang][
                        datetime.fromisoformat(trouble.replace("Z", "+00:00")).weekday()
                    ]
                    body = fill(
                        WB.LATER[lang],
                        first1=first1.first,
                        day=day,
                        case=case,
                        short=WB.SHORT[problem][lang],
                        first=c.first,
                        company=company,
                    )
                    eid = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        body,
                        subject=fill(W.COMPLAINT_SUBJECT[lang], topic=WB.TOPIC[problem][lang])
                        + f" ({case})",
                    )
                ids = [eid]
                if j < len(unhappy) - 1:
                    nps = f.rng.randint(1, 5)
                    c.truth.update(
                        {
                            "nps": nps,
                            "nps_given": True,
                            "survey_event_id": f.add(
                                c,
                                t + timedelta(minutes=f.rng.randint(60, 180)),
                                "survey",
                                "survey_response",
                                None,
                                scores={"nps": nps},
                                attrs={"survey": "nps"},
                            ),
                        }
                    )
                else:
                    t2 = next_office(t + timedelta(minutes=f.rng.randint(18 * 60, 40 * 60)))
                    comp = comp_cycle[0]
                    comp_cycle.reverse()
                    if last_phone:
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "phone",
                                "call",
                                fill(
                                    WB.LAST_PHONE[lang], first=c.first, company=company, case=case
                                ),
                            )
                        )
                        c.truth["competitor"] = None
                    else:
                        s, b = WB.LAST_EMAIL[lang]
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "email",
                                "message",
                                fill(b, case=case, comp=comp, first=c.first, company=company),
                                subject=fill(s, case=case),
                            )
                        )
                        c.truth["competitor"] = comp
                c.truth.update(
                    {
                        "problem": problem,
                        "booking": case,
                        "complaint_event_ids": ids,
                        "trouble_starts_at": iso(t),
                    }
                )
        elif kind == "one_unhappy":
            c = unhappy[0]
            case = f.case()
            t = office(f, f.rng.randint(3, 7), 8.5, 16)
            eid = f.add(
                c,
                t,
                "email",
                "message",
                fill(WB.FIRST[problem][lang], first=c.first, company=company),
                subject=fill(W.COMPLAINT_SUBJECT[lang], topic=WB.TOPIC[problem][lang]),
            )
            b2b_ack(f, c, t, lang, case)
            nps = f.rng.randint(1, 5)
            sid = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(100, 180)),
                "survey",
                "survey_response",
                None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                {
                    "problem": problem,
                    "booking": case,
                    "complaint_event_ids": [eid],
                    "trouble_starts_at": iso(t),
                    "nps": nps,
                    "nps_given": True,
                    "survey_event_id": sid,
                }
            )
        elif kind == "mild":
            for c, idea in zip(
                [c for c in contacts if c.truth["role"] == "suggests"],
                ["reminder", "serials"],
                strict=True,
            ):
                t = office(f, f.rng.randint(3, 9), 8, 16)
                eid = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    WB.MILD[idea][lang],
                    attrs={"page": "/pro/portal/feedback"},
                )
                s, b = WB.MILD_ACK[lang]
                ag = f.agent(lang)
                f.add(
                    c,
                    t + timedelta(minutes=f.rng.randint(40, 180)),
                    "email",
                    "message",
                    fill(b, first=c.first, agent=ag, pro=WB.PRO),
                    subject=s,
                    outbound=True,
                    attrs={"agent": ag},
                )
                c.truth.update({"mild_event_id": eid, "trouble_starts_at": iso(t)})
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
            "trouble_starts_at": trouble if kind == "at_risk" else None,
            "language": lang,
            "country": market,
        }
    return {"account_risk": 5, "detractor": 16, "repeat_contact": 5}


def topic_spike(f: Fam) -> dict[str, int]:
    f.about = "a calm week and one planted spike of a single fault on several channels and in six languages"
    spike_day = 3
    w0 = f.start + timedelta(days=spike_day, hours=17, minutes=20)
    w1 = w0 + timedelta(minutes=45)
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in f.pick_days(f.rng.randint(1, 4), 0, 7):
            t = f.at(d, 8, 15) if d == spike_day else f.at(d, 7, 19)
            f.happy_act(c, t)
    for lang in ("de", "fr"):
        c = f.person("grumbles_once", "grumbles once", lang=lang, tolerated=R_SILENCE)
        q, a = W.GRUMBLE_CALM[lang]
        t = f.at(0, 9, 16)
        eid = f.add(c, t, "chat", "chat", q)
        f.add(
            c,
            t + timedelta(minutes=f.rng.randint(1, 5)),
            "chat",
            "chat",
            a,
            outbound=True,
            attrs={"agent": f.agent(lang)},
        )
        c.truth.update({"grumble_event_id": eid, "trouble_starts_at": iso(t)})
    for lang, hour in (("fr", 9.5), ("de", 16)):
        c = f.person("grumbles_once", "lone question", lang=lang, tolerated=R_SILENCE)
        q, a = W.LONE_Q[lang]
        t = f.at(spike_day - 1, hour, hour + 0.5)
        eid = f.add(c, t, "chat", "chat", q)
        f.add(
            c,
            t + timedelta(minutes=f.rng.randint(2, 6)),
            "chat",
            "chat",
            a,
            outbound=True,
            attrs={"agent": f.agent(lang)},
        )
        c.truth.update({"lone_report_event_id": eid, "trouble_starts_at": iso(t)})
    langs = ["de"] * 6 + ["fr"] * 6 + ["en", "en", "es", "es", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["form"] * 2
    f.rng.shuffle(langs)
    f.rng.shuffle(chans)
    offs = sorted([0, 45] + [f.rng.randint(1, 44) for _ in range(18)])
    regular = [True] * 12 + [False] * 8
    f.rng.shuffle(regular)
    early = [i for i, o in enumerate(offs) if o <= 25]
    rep_ix = f.rng.sample(early, 6)
    fix_ix = f.rng.sample([i for i in range(20) if i not in rep_ix], 6)
    rep_chans = ["email", "email", "chat", "chat", "community", "community"]
    f.rng.shuffle(rep_chans)
    keys, eids, reps = [], [], []
    used_text: dict[str, int] = {}
    for i in range(20):
        lang = langs[i]
        rep = i in rep_ix
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular[i] else "new",
            lang=lang,
            expected=["repeat_contact"] if rep else [],
            tolerated=["sentiment_drop", "silence"] if rep else R_SILENCE,
            in_spike=True,
            regular=regular[i],
        )
        if regular[i]:
            for d in f.pick_days(f.rng.randint(1, 3), 0, 2):
                f.happy_act(c, f.at(d, 8, 17.5))
        t = w0 + timedelta(minutes=offs[i], seconds=f.rng.randint(0, 59) if 0 < offs[i] < 45 else 0)
        k = used_text.get(lang, 0)
        used_text[lang] = k + 1
        text = W.SPIKE_REPORT[lang][k % len(W.SPIKE_REPORT[lang])]
        ch = chans[i]
        if ch == "social":
            eid = f.add(c, t, "social", "mention", text)
        elif ch == "chat":
            eid = f.add(c, t, "chat", "chat", text)
            f.add(
                c,
                t + timedelta(minutes=f.rng.randint(1, 3)),
                "chat",
                "chat",
                W.SPIKE_CHAT_ANSWER[lang],
                outbound=True,
                attrs={"agent": f.agent(lang)},
            )
        elif ch == "community":
            eid = f.add(c, t, "community", "post", text)
        elif ch == "email":
            eid = f.add(c, t, "email", "message", text, subject=SPIKE_SUBJECT[lang])
        else:
            eid = f.add(c, t, "web", "ticket", text, attrs={"page": "/lessons/video"})
        keys.append(c.key)
        eids.append(eid)
        c.truth.update({"spike_event_id": eid, "spike_channel": ch, "trouble_starts_at": iso(t)})
        if rep:
            rch = rep_chans.pop()
            if rch == ch:
                rch = "email" if ch != "email" else "chat"
            t2 = t + timedelta(minutes=f.rng.randint(15, 50))
            rtext = f.rng.choice(W.SPIKE_REPEAT[lang])
            if rch == "email":
                r = f.add(c, t2, "email", "message", rtext, subject=SPIKE_SUBJECT[lang])
            elif rch == "chat":
                r = f.add(c, t2, "chat", "chat", rtext)
            else:
                r = f.add(c, t2, "community", "post", rtext)
            reps.append(r)
            c.truth["repeat_event_id"] = r
        if i in fix_ix:
            s, b = W.SPIKE_FIXED[lang]
            ag = f.agent(lang)
            fixed_utc = f.start + timedelta(days=spike_day, hours=19, minutes=40)
            lt = local(fixed_utc, c.market).strftime("%H:%M")
            amt = {"UK": "£4", "CH": "CHF 5"}.get(c.market, "5 €" if lang != "en" else "€5")
            f.add(
                c,
                f.start + timedelta(days=spike_day, hours=20, minutes=f.rng.randint(5, 15)),
                "email",
                "message",
                fill(b, first=c.first, time=lt, amt=amt, agent=ag, b=W.BRAND),
                subject=s,
                outbound=True,
                attrs={"agent": ag},
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": W.SPIKE_TOPIC,
        "about": "the app's video lesson room fails to open for everyone during one evening's lessons",
        "channel": None,
        "start": iso(w0),
        "end": iso(w1),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    return {"topic_spike": 1, "repeat_contact": 6}


SPIKE_SUBJECT = {
    "de": "Videostunde geht nicht",
    "fr": "Cours vidéo impossible",
    "en": "Lesson won't start",
    "es": "No puedo entrar a la clase",
    "it": "Lezione non parte",
    "pt": "Não consigo entrar na aula",
}

BUILDERS = {
    "happy_writers": happy_writers,
    "one_bad_day": one_bad_day,
    "repeat_contacts": repeat_contacts,
    "slow_churners": slow_churners,
    "quiet_hours": quiet_hours,
    "bilingual": bilingual,
    "b2b_accounts": b2b_accounts,
    "topic_spike": topic_spike,
}


def main() -> None:
    USED_IDS.clear()
    for n, (name, code, start, days) in enumerate(FAMILIES, start=1):
        f = Fam(
            name,
            code,
            start,
            days,
            random.Random(SEED * 100 + n),
            random.Random(SEED * 100 + 50 + n),
        )
        expected = BUILDERS[name](f)
        lines, truth = f.finish(expected)
        (HERE / f"{name}.jsonl").write_text(lines, encoding="utf-8")
        (HERE / f"{name}.truth.json").write_text(truth, encoding="utf-8")
        print(f"{name}: {len(f.custs)} customers, {len(f.rows)} touchpoints")


if __name__ == "__main__":
    main()
