# ruff: noqa: E501
"""Build the heldout55 hand-written alert scenarios (report only, never tune on them).

Run: python make_heldout55.py (from anywhere). Standard library only, deterministic.
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

import wording as W  # noqa: E402
import wording_b2b as B  # noqa: E402

SEED = 20261119
LIMIT = datetime(2026, 11, 25, tzinfo=UTC)
YEAR0 = datetime(2026, 1, 1, tzinfo=UTC)
WRITTEN = "2026-12-03"

LANG_WEIGHTS = {"it": 30, "fr": 30, "de": 10, "es": 10, "pt": 10, "en": 10}
MARKETS: dict[str, list[tuple[str, int]]] = {
    "it": [("IT", 7), ("CH", 2)],
    "fr": [("FR", 6), ("BE", 2), ("CH", 1), ("LU", 1)],
    "de": [("DE", 6), ("AT", 2), ("CH", 2)],
    "es": [("ES", 1)],
    "pt": [("PT", 4), ("LU", 1)],
    "en": [("UK", 3), ("IE", 1)],
}
# market -> (country code, mobile prefixes, digits after the prefix)
PHONES: dict[str, tuple[str, list[str], int]] = {
    "IT": ("39", ["320", "328", "333", "340", "347", "349", "366", "388"], 7),
    "FR": ("33", ["6", "7"], 8),
    "BE": ("32", ["470", "472", "475", "477", "479", "486", "496"], 6),
    "CH": ("41", ["76", "77", "78", "79"], 7),
    "LU": ("352", ["621", "661", "691"], 6),
    "DE": ("49", ["151", "152", "157", "160", "162", "170", "172", "176"], 8),
    "AT": ("43", ["650", "660", "664", "676", "699"], 7),
    "ES": ("34", ["6", "7"], 8),
    "PT": ("351", ["91", "92", "93", "96"], 7),
    "UK": ("44", ["7"], 9),
    "IE": ("353", ["83", "85", "86", "87", "89"], 7),
}
TOWNS: dict[str, list[str]] = {
    "IT": ["Torino", "Bologna", "Bari", "Verona", "Padova", "Cagliari", "Pescara", "Trento"],
    "FR": ["Lyon", "Nantes", "Lille", "Montpellier", "Rennes", "Dijon", "Tours"],
    "BE": ["Liège", "Namur", "Charleroi", "Bruxelles", "Eupen"],
    "LU": ["Esch-sur-Alzette", "Luxembourg", "Differdange"],
    "DE": ["Leipzig", "Bremen", "Mainz", "Augsburg", "Kiel", "Münster"],
    "AT": ["Graz", "Linz", "Innsbruck"],
    "ES": ["Zaragoza", "Valencia", "Málaga", "Bilbao", "Valladolid"],
    "PT": ["Porto", "Braga", "Coimbra", "Setúbal", "Aveiro"],
    "UK": ["Leeds", "Bristol", "Norwich", "Cardiff", "York"],
    "IE": ["Cork", "Galway", "Limerick"],
}
CH_TOWNS = {
    "it": ["Lugano", "Bellinzona", "Locarno"],
    "fr": ["Genève", "Lausanne", "Neuchâtel"],
    "de": ["Zürich", "Bern", "Luzern"],
}
FIRST: dict[str, list[str]] = {
    "it": [
        "Chiara",
        "Lorenzo",
        "Federica",
        "Matteo",
        "Silvia",
        "Paolo",
        "Valentina",
        "Andrea",
        "Roberta",
        "Stefano",
        "Ilaria",
        "Giorgio",
        "Martina",
        "Luca",
        "Annalisa",
        "Simone",
        "Teresa",
        "Nicola",
    ],
    "fr": [
        "Claire",
        "Thomas",
        "Amandine",
        "Nicolas",
        "Hélène",
        "Antoine",
        "Léa",
        "Sébastien",
        "Nathalie",
        "Mathieu",
        "Élodie",
        "Olivier",
        "Manon",
        "Yannick",
        "Sandrine",
        "Karim",
        "Agathe",
        "Rémi",
    ],
    "de": [
        "Anja",
        "Tobias",
        "Sabine",
        "Florian",
        "Julia",
        "Stefan",
        "Lena",
        "Markus",
        "Petra",
        "Felix",
        "Ute",
        "Jan",
    ],
    "es": [
        "Marta",
        "Javier",
        "Nuria",
        "Pablo",
        "Cristina",
        "Sergio",
        "Elena",
        "Raúl",
        "Beatriz",
        "Iván",
    ],
    "pt": [
        "Joana",
        "Rui",
        "Mariana",
        "Pedro",
        "Catarina",
        "Nuno",
        "Beatriz",
        "Hugo",
        "Sofia",
        "André",
    ],
    "en": ["Emma", "James", "Chloe", "Daniel", "Niamh", "Ryan", "Sophie", "Callum", "Aoife", "Tom"],
}
LAST: dict[str, list[str]] = {
    "it": [
        "Rinaldi",
        "Colombo",
        "Ferraro",
        "Gallo",
        "Conti",
        "Marchetti",
        "Barbieri",
        "Fontana",
        "Santoro",
        "Mariani",
        "Vitale",
        "Lombardi",
        "Caruso",
        "Testa",
        "Pellegrini",
        "Guerra",
    ],
    "fr": [
        "Lefèvre",
        "Moreau",
        "Garnier",
        "Rousseau",
        "Faure",
        "Chevalier",
        "Mercier",
        "Blanc",
        "Guérin",
        "Perrin",
        "Morel",
        "Girard",
        "Bonnet",
        "Lemoine",
        "Roux",
        "Fabre",
    ],
    "de": [
        "Hoffmann",
        "Krüger",
        "Schulte",
        "Wagner",
        "Becker",
        "Lorenz",
        "Vogel",
        "Hahn",
        "Keller",
        "Brandt",
        "Seidel",
        "Frank",
    ],
    "es": [
        "Navarro",
        "Ortega",
        "Serrano",
        "Molina",
        "Delgado",
        "Castro",
        "Ramos",
        "Iglesias",
        "Vidal",
        "Morales",
    ],
    "pt": [
        "Ferreira",
        "Almeida",
        "Carvalho",
        "Ribeiro",
        "Pinto",
        "Sousa",
        "Lopes",
        "Teixeira",
        "Moreira",
        "Correia",
    ],
    "en": [
        "Walsh",
        "Hughes",
        "Bennett",
        "Murphy",
        "Clarke",
        "Doyle",
        "Turner",
        "Kelly",
        "Harris",
        "Byrne",
    ],
}
JOBS = [
    "teacher",
    "nurse",
    "student",
    "accountant",
    "architect",
    "pharmacist",
    "illustrator",
    "shop owner",
    "retired",
    "bus driver",
    "engineer",
    "baker",
    "lawyer",
    "graphic designer",
    "parent at home",
    "physiotherapist",
    "postal worker",
]
MAIL_DOMAINS = [
    "posta.example",
    "mail.example",
    "webmail.example",
    "inbox.example",
    "courrier.example",
    "correo.example",
    "postfach.example",
]
SOURCES = {
    "email": "cartelio-mail",
    "phone": "cartelio-voice",
    "social": "cartelio-social",
    "community": "cartelio-forum",
    "chat": "cartelio-chat",
    "web": "cartelio-web",
    "survey": "cartelio-survey",
}
UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}

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
CANCEL_TOL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
B2B_RISK_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
B2B_ONE_TOL = ["sentiment_drop", "high_value_at_risk", "silence"]

USED: set[str] = set()


def strip_accents(text: str) -> str:
    for a, b in UMLAUTS.items():
        text = text.replace(a, b)
    out = []
    for ch in text:
        if ch in "ñÑß":
            out.append(ch)
            continue
        out.append(
            "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        )
    return "".join(out)


def slug(text: str) -> str:
    return re.sub(r"[^a-z]", "", strip_accents(text).lower())


def spoken(text: str, lang: str) -> str:
    text = text.replace("\n", " ")
    text = re.sub(r"(?<!\d)[:.,]|[:.,](?!\d)|[;!?¿¡\"«»()…]", " ", text)
    words = []
    keep = {W.BRAND, "Club", *W.COMPETITORS}
    for w in text.split():
        if (
            any(ch.isdigit() for ch in w)
            or w in keep
            or (lang == "en" and (w == "I" or w.startswith("I'")))
        ) or (lang == "de" and not (w.isupper() and len(w) > 1)):
            words.append(w)
        else:
            words.append(w.lower())
    return " ".join(words)


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    first: str
    last: str
    email: str
    cc: str
    local: str
    handle: str | None
    account: str | None
    persona: str
    habit: str
    expected: list[str]
    tolerated: list[str]
    job: str
    town: str
    segment: str = "consumer"
    info: dict[str, Any] = field(default_factory=dict)
    order: str = ""
    product: tuple[str, float, str] = ("", 0.0, "")

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def phone(self) -> str:
        return "+" + self.cc + self.local


@dataclass
class Row:
    at: datetime
    eid: str
    cust: Cust
    channel: str
    kind: str
    out: bool
    text: str | None
    subject: str | None
    scores: dict[str, int]
    attrs: dict[str, str]


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
        self.rr = random.Random(SEED * 100 + 50 + n)
        self.custs: list[Cust] = []
        self.rows: list[Row] = []
        self.count = 0
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}

    # ---- helpers -------------------------------------------------------------
    def t(self, day: int, h0: float, h1: float) -> datetime:
        minutes = self.rng.randint(int(h0 * 60), int(h1 * 60) - 1)
        return self.start + timedelta(days=day, minutes=minutes)

    def lang(self) -> str:
        return self.rng.choices(list(LANG_WEIGHTS), weights=list(LANG_WEIGHTS.values()))[0]

    def market(self, lang: str) -> str:
        opts = MARKETS[lang]
        return self.rng.choices([m for m, _ in opts], weights=[w for _, w in opts])[0]

    def unique(self, make: Callable[[], str]) -> str:
        while True:
            value = make()
            if value.lower() not in USED:
                USED.add(value.lower())
                return value

    def ref(self) -> str:
        return self.unique(lambda: f"CT-{self.rng.randint(100000, 999999)}")

    def agent(self, lang: str) -> str:
        names: list[str] = W.AGENTS[lang]
        return self.rng.choice(names)

    def person(
        self,
        persona: str,
        habit: str,
        *,
        lang: str | None = None,
        market: str | None = None,
        expected: Sequence[str] = (),
        tolerated: Sequence[str] = (),
        account: str | None = None,
        domain: str | None = None,
        taken_first: Sequence[str] = (),
        job: str | None = None,
    ) -> Cust:
        lang = lang or self.lang()
        market = market or self.market(lang)
        first = self.rng.choice([x for x in FIRST[lang] if x not in taken_first])
        last = self.rng.choice(LAST[lang])
        key = self.unique(lambda: f"CT{self.code}{self.rng.randint(1000, 9999)}")
        if domain:
            email = self.unique(lambda: f"{slug(first)}.{slug(last)}@{domain}")
        else:
            email = self.unique(
                lambda: self.rng.choice(
                    [
                        f"{slug(first)}.{slug(last)}@{self.rng.choice(MAIL_DOMAINS)}",
                        f"{slug(first)}{slug(last)}{self.rng.randint(1, 99)}@{self.rng.choice(MAIL_DOMAINS)}",
                        f"{slug(first)[0]}.{slug(last)}@{self.rng.choice(MAIL_DOMAINS)}",
                    ]
                )
            )
        cc, prefixes, rest = PHONES[market]
        local = self.unique(
            lambda: (
                self.rng.choice(prefixes)
                + "".join(str(self.rng.randint(0, 9)) for _ in range(rest))
            )
        )
        handle = None
        if account is None:
            handle = self.unique(
                lambda: self.rng.choice(
                    [
                        f"{slug(last)}_{slug(first)}{self.rng.randint(1, 9)}",
                        f"{slug(first)}{slug(last)}{self.rng.randint(10, 99)}",
                        f"{slug(last)}{slug(first)[0]}",
                        f"{slug(first)}_{slug(last)}",
                    ]
                )
            )
        town = self.rng.choice(
            CH_TOWNS.get(lang, CH_TOWNS["de"]) if market == "CH" else TOWNS[market]
        )
        c = Cust(
            key=key,
            lang=lang,
            market=market,
            first=first,
            last=last,
            email=email,
            cc=cc,
            local=local,
            handle=handle,
            account=account,
            persona=persona,
            habit=habit,
            expected=list(expected),
            tolerated=list(tolerated),
            job=job or self.rng.choice(JOBS),
            town=town,
            segment="b2b" if account else "consumer",
        )
        c.product = self.rng.choice(W.PRODUCTS)
        c.order = self.unique(lambda: f"{self.rng.randint(4100000, 4999999)}")
        self.custs.append(c)
        return c

    def money(self, c: Cust, eur: float) -> str:
        if c.market == "UK":
            return f"£{round(eur * 0.86)}"
        if c.market == "CH":
            return f"CHF {round(eur * 0.94)}"
        if c.lang == "en":
            return f"€{eur:.2f}"
        return f"{eur:.2f} €".replace(".", ",")

    def money_spoken(self, c: Cust, eur: float) -> str:
        if c.market == "UK":
            return f"{round(eur * 0.86)} pounds"
        if c.market == "CH":
            return f"{round(eur * 0.94)} " + {"it": "franchi", "fr": "francs", "de": "Franken"}.get(
                c.lang, "francs"
            )
        return f"{round(eur)} " + {
            "it": "euro",
            "fr": "euros",
            "de": "Euro",
            "es": "euros",
            "pt": "euros",
        }.get(c.lang, "euros")

    def fmt(self, template: str, c: Cust, **kw: Any) -> str:
        base: dict[str, Any] = {
            "brand": W.BRAND,
            "club": W.CLUB,
            "biz": B.BIZ,
            "name": c.first,
            "order": c.order,
            "code": W.SPIKE_CODE,
        }
        base.update(kw)
        return template.format(**base)

    def roughen(self, text: str) -> str:
        r = self.rr
        if r.random() < 0.1:
            text = strip_accents(text)
        if r.random() < 0.125 and text[:1].isupper() and not text.startswith(W.BRAND):
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = [(m.start(), m.group()) for m in re.finditer(r"\b[a-zàèéìòùäöüç]{5,}\b", text)]
            if words:
                pos, word = r.choice(words)
                i = r.randint(1, len(word) - 3)
                swapped = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
                text = text[:pos] + swapped + text[pos + len(word) :]
        return text

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
        self.count += 1
        eid = f"ct55-{self.code.lower()}-{self.count:05d}"
        if text is not None and not out and rough and channel not in ("phone", "survey"):
            text = self.roughen(text)
        if text is not None and not out and channel == "social" and c.segment == "consumer":
            idx = text.rfind(W.BRAND)
            text = text[:idx] + "@" + text[idx:] if idx >= 0 else f"@{W.BRAND} " + text
        a = {"market": c.market}
        if c.segment == "b2b":
            a["segment"] = "b2b"
        a.update(attrs or {})
        self.rows.append(Row(at, eid, c, channel, kind, out, text, subject, dict(scores or {}), a))
        return eid

    # ---- time ----------------------------------------------------------------
    def day_only(self, t: datetime, h0: int = 8) -> datetime:
        """Move a time out of the night (22:00-07:00) to the next morning."""
        if t.hour >= 22:
            return (t + timedelta(days=1)).replace(hour=h0, minute=self.rng.randint(0, 59))
        if t.hour < 7:
            return t.replace(hour=h0, minute=self.rng.randint(0, 59))
        return t

    def office(self, t: datetime, last: int = 17) -> datetime:
        while t.weekday() >= 5 or t.hour < 8 or t.hour >= last:
            if t.weekday() < 5 and t.hour < 8:
                t = t.replace(hour=8, minute=self.rng.randint(0, 50))
            else:
                t = (t + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 50))
        return t

    # ---- output --------------------------------------------------------------
    def write(self, expected: dict[str, int]) -> tuple[int, int]:
        for c in self.custs:
            both = set(c.expected) & set(c.tolerated)
            if both:
                raise SystemExit(f"{c.key}: both expected and tolerated {both}")
        counted: dict[str, int] = {}
        for c in self.custs:
            for rule in c.expected:
                counted[rule] = counted.get(rule, 0) + 1
        for acc in self.accounts.values():
            for rule in acc["expected_rules"]:
                counted[rule] = counted.get(rule, 0) + 1
        if self.spike:
            counted["topic_spike"] = 1
        if counted != expected:
            raise SystemExit(f"{self.name}: expected {expected}, planted {counted}")
        rows = sorted(self.rows, key=lambda r: (r.at, r.eid))
        first_in: dict[str, str] = {}
        for r in rows:
            if not r.out and r.cust.key not in first_in:
                first_in[r.cust.key] = r.eid
            if r.at < self.start or r.at < YEAR0 or r.at >= LIMIT:
                raise SystemExit(f"{self.name}: {r.eid} at {r.at} out of range")
        for c in self.custs:
            if c.key not in first_in:
                raise SystemExit(f"{self.name}: {c.key} has no inbound touchpoint")
        lines = []
        for r in rows:
            c = r.cust
            full = {
                "customer_id": c.key,
                "email": c.email,
                "phone": c.phone,
                "handle": ("@" + c.handle) if c.handle else None,
                "account_id": c.account,
            }
            if r.out or first_in[c.key] == r.eid:
                ref = full
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
                        ("+" + c.cc + " " + c.local) if self.rr.random() < 0.5 else c.phone
                    )
                elif r.channel in ("social", "community"):
                    if c.handle:
                        ref["handle"] = c.handle if self.rr.random() < 0.2 else "@" + c.handle
                    else:
                        ref["email"] = c.email
                elif r.channel == "email":
                    ref["email"] = c.email.upper() if self.rr.random() < 1 / 12 else c.email
                else:
                    ref["customer_id"] = c.key
            lines.append(
                json.dumps(
                    {
                        "event_id": r.eid,
                        "occurred_at": iso(r.at),
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
                        "source": SOURCES[r.channel],
                        "attributes": r.attrs,
                    },
                    ensure_ascii=False,
                )
            )
        end = max(self.start + timedelta(days=self.days), rows[-1].at + timedelta(hours=1))
        if end >= LIMIT:
            raise SystemExit(f"{self.name}: end {end} too late")
        customers = {}
        for c in self.custs:
            d: dict[str, Any] = {
                "identifiers": {
                    "customer_id": c.key,
                    "email": c.email.lower(),
                    "phone": c.phone,
                    "handle": ("@" + c.handle) if c.handle else None,
                    "account_id": c.account,
                },
                "expected_rules": sorted(c.expected),
                "tolerated_rules": sorted(c.tolerated),
                "persona": c.persona,
                "habit": c.habit,
                "language": c.lang,
                "country": c.market,
                "segment": c.segment,
                "name": c.name,
                "job": c.job,
                "town": c.town,
            }
            d.update(c.info)
            customers[c.key] = d
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": f"{W.BRAND}: stationery, school and art supplies, ink and toner by app and web, with the {W.CLUB} membership; {B.BIZ} sells office and school supplies to organisations on account. Competitors: {', '.join(W.COMPETITORS)}.",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": WRITTEN,
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": customers,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        return len(self.custs), len(lines)


# ---- acts ---------------------------------------------------------------------


def chat_answer(
    f: Fam, c: Cust, at: datetime, lang: str, answer: str, thanks: float = 0.6
) -> datetime:
    t = agent_chat(f, c, at, lang, answer)
    if f.rng.random() < thanks:
        t += timedelta(minutes=f.rng.randint(1, 3))
        f.add(c, t, "chat", "chat", f.rng.choice(W.THANKS[lang]))
    return t


def agent_mail(f: Fam, c: Cust, at: datetime, lang: str, subject: str, body: str, **kw: Any) -> str:
    agent = f.agent(lang)
    return f.add(
        c,
        at,
        "email",
        "message",
        f.fmt(body, c, agent=agent, **kw),
        f.fmt(subject, c, **kw),
        out=True,
        attrs={"agent": agent},
    )


def purchase(
    f: Fam, c: Cust, at: datetime, products: Sequence[tuple[str, float, str]] = W.PRODUCTS
) -> None:
    label, eur, page = f.rng.choice(products)
    f.add(c, at, "web", "page_view", attrs={"page": page})
    value = eur * f.rng.choice([1, 1, 1, 2])
    cur = {"UK": "GBP", "CH": "CHF"}.get(c.market, "EUR")
    value = value * 0.86 if cur == "GBP" else value * 0.94 if cur == "CHF" else value
    f.add(
        c,
        at + timedelta(minutes=f.rng.randint(3, 12)),
        "web",
        "purchase",
        attrs={"order_value": f"{value:.2f}", "currency": cur, "product": label, "page": page},
    )


def survey(f: Fam, c: Cust, at: datetime, lang: str) -> None:
    kind = f.rng.choice(["nps", "csat", "ces"])
    score = {"nps": f.rng.randint(9, 10), "csat": f.rng.randint(4, 5), "ces": f.rng.randint(6, 7)}[
        kind
    ]
    word = f.rng.choice(W.SURVEY_WORDS[lang]) or None
    f.add(c, at, "survey", "survey_response", word, scores={kind: score}, attrs={"survey": kind})


HAPPY_KINDS = [
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


def happy(
    f: Fam,
    c: Cust,
    at: datetime,
    *,
    lang: str | None = None,
    kinds: Sequence[str] = HAPPY_KINDS,
    surveys: bool = True,
    calls: bool = True,
) -> None:
    lang = lang or c.lang
    allowed = [k for k in kinds if (surveys or k != "survey") and (calls or k != "call")]
    k = f.rng.choice(allowed)
    if k in ("praise", "again"):
        table = W.PRAISE if k == "praise" else W.AGAIN
        ch = f.rng.choice(["community", "social"])
        f.add(
            c,
            at,
            ch,
            "post" if ch == "community" else "mention",
            f.fmt(f.rng.choice(table[lang]), c),
        )
    elif k == "gripe":
        if f.rng.random() < 0.5:
            f.add(c, at, "community", "post", f.fmt(f.rng.choice(W.GRIPE[lang]), c))
        else:
            f.add(
                c,
                at,
                "web",
                "review",
                f.fmt(f.rng.choice(W.GRIPE[lang]), c),
                attrs={"rating": "4", "page": c.product[2]},
            )
    elif k == "chat":
        q, a = f.rng.choice(W.CHAT_Q[lang])
        f.add(c, at, "chat", "chat", q)
        chat_answer(f, c, at, lang, a)
    elif k == "mail":
        subj, q, a = f.rng.choice(W.MAIL_Q[lang])
        f.add(c, at, "email", "message", f.fmt(q, c), f.fmt(subj, c))
        t = f.day_only(at + timedelta(minutes=f.rng.randint(40, 240)))
        agent_mail(f, c, t, lang, "Re: " + subj, a)
    elif k == "call":
        q, a = f.rng.choice(W.CALL_Q[lang])
        f.add(c, at, "phone", "call", q)
        agent_mail(
            f,
            c,
            at + timedelta(minutes=f.rng.randint(10, 30)),
            lang,
            {
                "it": "La sua chiamata",
                "fr": "Votre appel",
                "de": "Ihr Anruf",
                "es": "Tu llamada",
                "pt": "A sua chamada",
                "en": "Your call",
            }[lang],
            a,
        )
    elif k == "buy":
        purchase(f, c, at)
    elif k == "view":
        f.add(c, at, "web", "page_view", attrs={"page": f.rng.choice(W.PAGES)})
    elif k == "review":
        f.add(
            c,
            at,
            "web",
            "review",
            f.fmt(f.rng.choice(W.REVIEW[lang]), c),
            attrs={"rating": f.rng.choice(["5", "5", "4"]), "page": c.product[2]},
        )
    else:
        survey(f, c, at, lang)


def night_act(f: Fam, c: Cust, at: datetime, lang: str | None = None) -> str:
    lang = lang or c.lang
    if f.rng.random() < 0.5:
        ch = f.rng.choice(["community", "social"])
        return f.add(
            c,
            at,
            ch,
            "post" if ch == "community" else "mention",
            f.fmt(f.rng.choice(W.NIGHT_POST[lang]), c),
        )
    q, a = f.rng.choice(W.NIGHT_CHAT[lang])
    eid = f.add(c, at, "chat", "chat", q)
    chat_answer(f, c, at, lang, a, thanks=1.0)
    return eid


def inner(text: str, lang: str) -> str:
    """A core sentence run on after an opener: its first letter lower case (not in German)."""
    first = text.split(" ", 1)[0]
    if lang == "de" or first.isupper() or first.startswith(W.BRAND):
        return text
    return text[:1].lower() + text[1:]


def core(f: Fam, c: Cust, problem: str, lang: str, spoken_form: bool = False) -> str:
    eur = 79.0 if problem == "refund" else c.product[1]
    amt = f.money_spoken(c, eur) if spoken_form else f.money(c, eur)
    text = f.fmt(W.CORE[lang][problem], c, amt=amt)
    return spoken(text, lang) if spoken_form else text


def complain(
    f: Fam, c: Cust, at: datetime, channel: str, problem: str, lang: str, *, long: bool = False
) -> str:
    topic = W.TOPIC[lang][problem]
    subject = f.fmt(W.COMPLAINT_SUBJECT[lang], c, topic=topic)
    if channel == "email":
        if long:
            i = f.rng.randrange(len(W.LONG_MAIL[lang]))
            c.job = {
                ("it", 0): "pharmacy assistant",
                ("it", 1): "retired teacher",
                ("fr", 0): "night baker",
                ("fr", 1): "retired, runs a drawing workshop",
            }[(lang, i)]
            text = f.fmt(W.LONG_MAIL[lang][i], c, core=core(f, c, problem, lang))
        else:
            text = f.fmt(f.rng.choice(W.SHORT_MAIL[lang]), c, core=core(f, c, problem, lang))
        return f.add(c, at, "email", "message", text, subject)
    if channel == "chat":
        return f.add(
            c,
            at,
            "chat",
            "chat",
            f.fmt(f.rng.choice(W.CHAT_OPEN[lang]), c, core=inner(core(f, c, problem, lang), lang)),
        )
    if channel == "social":
        return f.add(
            c,
            at,
            "social",
            "mention",
            core(f, c, problem, lang) + " " + f.fmt(f.rng.choice(W.SOCIAL_END[lang]), c),
        )
    if channel == "web":
        return f.add(
            c,
            at,
            "web",
            "ticket",
            core(f, c, problem, lang) + " " + W.FORM_END[lang],
            subject,
            attrs={"page": "/contatti"},
        )
    return f.add(
        c, at, "phone", "call", f.fmt(W.CALL_OPEN[lang], c, core=core(f, c, problem, lang, True))
    )


def low_score(f: Fam, c: Cust, at: datetime, kind: str, score: int, word: str | None = None) -> str:
    """A low NPS or CSAT survey answer."""
    return f.add(
        c, at, "survey", "survey_response", word, scores={kind: score}, attrs={"survey": kind}
    )


def agent_chat(f: Fam, c: Cust, at: datetime, lang: str, text: str, most: int = 4) -> datetime:
    """An agent's chat answer 1 to ``most`` minutes after ``at``."""
    t = at + timedelta(minutes=f.rng.randint(1, most))
    f.add(c, t, "chat", "chat", text, out=True, attrs={"agent": f.agent(lang)})
    return t


def acknowledge(f: Fam, c: Cust, at: datetime, channel: str, lang: str, ref: str) -> datetime:
    if channel == "chat":
        return agent_chat(f, c, at, lang, f.fmt(W.CHAT_ACK[lang], c, ref=ref))
    t = at + timedelta(minutes=f.rng.randint(10, 40))
    subj, body = W.ACK_MAIL[lang]
    agent_mail(f, c, t, lang, subj, body, ref=ref)
    return t


def good_news(f: Fam, c: Cust, at: datetime, lang: str, ref: str, problem: str) -> str:
    subj, body = W.GOOD_NEWS[lang]
    return agent_mail(f, c, at, lang, subj, body, ref=ref, fix=W.FIX[lang][problem])


def confirm(f: Fam, c: Cust, at: datetime, lang: str, ref: str) -> tuple[str, str]:
    ch = f.rng.choice(["email", "chat"])
    text = f.fmt(f.rng.choice(W.CONFIRM[lang]), c, ref=ref)
    if ch == "email":
        return f.add(c, at, "email", "message", text, "Re: " + ref), ch
    return f.add(c, at, "chat", "chat", text), ch


def later_contact(
    f: Fam,
    c: Cust,
    at: datetime,
    channel: str,
    problem: str,
    lang: str,
    ref: str,
    nth: int,
    comp: str,
) -> str:
    extra = ""
    if nth == 3:
        extra = " " + f.fmt(f.rng.choice(W.THIRD[lang]), c, comp=comp)
    if nth == 4:
        extra = " " + f.fmt(W.FOURTH[lang], c, ref=ref)
    if channel == "phone":
        text = (
            f.fmt(W.CALL_STILL[lang], c, ref=ref, core=core(f, c, problem, lang, True))
            + " "
            + spoken(extra, lang)
        )
        return f.add(c, at, "phone", "call", text.strip())
    text = (
        f.fmt(f.rng.choice(W.STILL_OPEN[lang]), c, ref=ref, core=core(f, c, problem, lang)) + extra
    )
    if channel == "email":
        return f.add(
            c, at, "email", "message", text, "Re: " + f.fmt(W.ACK_MAIL[lang][0], c, ref=ref)
        )
    if channel == "chat":
        eid = f.add(c, at, "chat", "chat", text)
        agent_chat(f, c, at, lang, f.fmt(W.CHAT_URGENT[lang], c, ref=ref))
        return eid
    if channel == "web":
        return f.add(c, at, "web", "ticket", text, "Re: " + ref, attrs={"page": "/contatti"})
    return f.add(c, at, "social", "mention", text)


def distinct_days(f: Fam, n: int, days: Sequence[int]) -> list[int]:
    return sorted(f.rng.sample(list(days), min(n, len(days))))


# ---- families -------------------------------------------------------------------


def happy_writers() -> tuple[int, int]:
    f = Fam(
        1,
        "happy_writers",
        "HW",
        datetime(2026, 3, 2, tzinfo=UTC),
        10,
        "happy daytime writers, night writers and survey answerers on a quiet fortnight in March",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in distinct_days(f, f.rng.randint(5, 8), range(10)):
            happy(f, c, f.t(d, 7, 19))
    for _ in range(5):
        c = f.person("happy", "night writer")
        nights = distinct_days(f, f.rng.randint(2, 4), range(9))
        for d in nights:
            night_act(
                f, c, f.start + timedelta(days=d, hours=22, minutes=12 + f.rng.randint(0, 377))
            )
        for d in distinct_days(f, f.rng.randint(2, 3), [x for x in range(10) if x not in nights]):
            happy(f, c, f.t(d, 9, 18), kinds=["praise", "buy", "view", "review"])
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in distinct_days(f, f.rng.randint(3, 6), range(10)):
            survey(f, c, f.t(d, 8, 20), c.lang)
    return f.write({})


def one_bad_day() -> tuple[int, int]:
    f = Fam(
        2,
        "one_bad_day",
        "BD",
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        "happy customers with one angry day each, and happy controls",
    )
    forms = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    problems = list(W.PROBLEMS) * 4
    f.rng.shuffle(problems)
    long_langs = ["it", "it", "fr", "fr"]
    cased = [i for i, x in enumerate(forms) if x != "social"]
    nps_idx = set(f.rng.sample(cased, 6))
    csat_idx = set(f.rng.sample([i for i in cased if i not in nps_idx], 5))
    news_idx = set(f.rng.sample(cased, 12))
    sorry_idx = set(f.rng.sample(sorted(news_idx), 5))
    for i, form in enumerate(forms):
        lang = long_langs.pop(0) if form == "long" else None
        nps = i in nps_idx
        c = f.person(
            "bad_day_detractor" if nps else "happy_one_bad_day",
            "one bad day",
            lang=lang,
            expected=["detractor"] if nps else [],
            tolerated=["silence"],
        )
        problem = problems[i]
        bd = f.rng.randint(2, 9)
        at = f.t(bd, 8, 20)
        channel = "email" if form == "long" else form
        for d in distinct_days(
            f, f.rng.randint(1, 5), [x for x in range(12) if x <= bd - 2 or x >= bd + 3]
        ):
            happy(f, c, f.t(d, 7, 20), surveys=False)
        eid = complain(f, c, at, channel, problem, c.lang, long=form == "long")
        info: dict[str, Any] = {
            "problem": problem,
            "bad_day_at": iso(at),
            "bad_day_event_id": eid,
            "trouble_starts_at": iso(at),
            "channel": channel,
            "long_email": form == "long",
            "booking": None,
            "agent_fixed": False,
            "apologised": False,
            "nps_given": nps,
            "csat_given": i in csat_idx,
        }
        if channel != "social":
            ref = f.ref()
            info["booking"] = ref
            acknowledge(f, c, at, channel, c.lang, ref)
            if nps:
                score = f.rng.randint(1, 5)
                info["nps"] = score
                info["survey_event_id"] = low_score(
                    f, c, at + timedelta(minutes=f.rng.randint(100, 140)), "nps", score, None
                )
            elif i in csat_idx:
                score = f.rng.randint(1, 2)
                info["csat"] = score
                word = f.rng.choice(["", "lentissimi" if c.lang == "it" else "bof", "👎"]) or None
                info["survey_event_id"] = low_score(
                    f, c, at + timedelta(minutes=f.rng.randint(40, 80)), "csat", score, word
                )
            if i in news_idx:
                good_news(
                    f,
                    c,
                    f.day_only(at + timedelta(minutes=f.rng.randint(60, 240))),
                    c.lang,
                    ref,
                    problem,
                )
                info["agent_fixed"] = True
                if i in sorry_idx:
                    t = f.day_only(at + timedelta(minutes=f.rng.randint(16 * 60, 24 * 60)))
                    ch = f.rng.choice(["chat", "email"])
                    text = f.rng.choice(W.APOLOGY[c.lang])
                    info["apology_event_id"] = f.add(
                        c,
                        t,
                        ch,
                        "chat" if ch == "chat" else "message",
                        text,
                        None if ch == "chat" else "Re: " + ref,
                    )
                    info["apologised"] = True
                    info["apology_at"] = iso(t)
        c.info = info
    for _ in range(8):
        c = f.person("happy", "control")
        for d in distinct_days(f, f.rng.randint(4, 7), range(12)):
            happy(f, c, f.t(d, 7, 20))
    return f.write({"detractor": 6})


def open_case(
    f: Fam,
    c: Cust,
    at: datetime,
    channel: str,
    problem: str,
    lang: str,
    fix_lang: str | None = None,
) -> dict[str, Any]:
    """A problem raised, acknowledged, fixed by an agent and confirmed by the customer."""
    ref = f.ref()
    eid = complain(f, c, at, channel, problem, lang)
    acknowledge(f, c, at, channel, lang, ref)
    fl = fix_lang or lang
    fixed = f.day_only(at + timedelta(minutes=f.rng.randint(3 * 60, 20 * 60)))
    good_news(f, c, fixed, fl, ref, problem)
    conf = f.day_only(fixed + timedelta(minutes=f.rng.randint(8 * 60, 30 * 60)))
    ceid, cch = confirm(f, c, conf, fl, ref)
    return {
        "problem": problem,
        "booking": ref,
        "raised_at": iso(at),
        "fixed_at": iso(fixed),
        "confirmed_at": iso(conf),
        "problem_event_ids": [eid],
        "confirm_event_id": ceid,
        "channel": channel,
        "confirm_channel": cch,
    }


def repeat_run(
    f: Fam,
    c: Cust,
    first_at: datetime,
    first_channel: str,
    times: int,
    problem: str,
    langs: Sequence[str],
    quality: bool,
) -> None:
    ref = f.ref()
    comp = f.rng.choice(W.COMPETITORS)
    eids = [complain(f, c, first_at, first_channel, problem, langs[0])]
    if quality:
        if first_channel == "chat":
            acknowledge(f, c, first_at, "chat", langs[0], ref)
        subj, body = W.QUALITY_MAIL[langs[0]]
        agent_mail(
            f,
            c,
            f.day_only(first_at + timedelta(minutes=f.rng.randint(90, 150))),
            langs[0],
            subj,
            body,
            ref=ref,
        )
    else:
        acknowledge(f, c, first_at, first_channel, langs[0], ref)
    used = [first_channel]
    at = first_at
    for nth in range(2, times + 1):
        at = at + timedelta(minutes=f.rng.randint(4 * 60, 40 * 60))
        if at.hour >= 22 or at.hour < 7:
            at = f.day_only(at, 8)
        ch = f.rng.choice([x for x in ["email", "chat", "phone", "web", "social"] if x not in used])
        used.append(ch)
        eids.append(
            later_contact(f, c, at, ch, problem, langs[(nth - 1) % len(langs)], ref, nth, comp)
        )
    c.info.update(
        {
            "problem": problem,
            "booking": ref,
            "contacts": times,
            "channels": used,
            "channel": first_channel,
            "agent_passed_on": quality,
            "problem_event_ids": eids,
            "competitor": comp if times >= 3 else None,
            "trouble_starts_at": iso(first_at),
        }
    )


def repeat_contacts() -> tuple[int, int]:
    f = Fam(
        3,
        "repeat_contacts",
        "RC",
        datetime(2026, 6, 8, tzinfo=UTC),
        10,
        "customers whose one problem stays open across contacts, fixed cases, two different problems, frequent writers",
    )
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    f.rng.shuffle(firsts)
    times = [2] * 4 + [3] * 4 + [4] * 4
    f.rng.shuffle(times)
    quality = [True] * 6 + [False] * 6
    f.rng.shuffle(quality)
    for i in range(12):
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=REPEAT_TOL)
        for t in sorted(f.t(0, 7, 12) for _ in range(f.rng.randint(1, 3))):
            happy(f, c, t, surveys=False)
        at = f.t(f.rng.randint(1, 4), 8, 19)
        repeat_run(f, c, at, firsts[i], times[i], W.PROBLEMS[i % 6], [c.lang], quality[i])
    for i in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=["silence"])
        happy(f, c, f.t(0, 7, 12), surveys=False)
        at = f.t(f.rng.randint(1, 5), 8, 19)
        case = open_case(
            f, c, at, f.rng.choice(["web", "email", "chat"]), W.PROBLEMS[(i + 2) % 6], c.lang
        )
        c.info.update({"problems": [case], "trouble_starts_at": case["raised_at"]})
    for i in range(3):
        c = f.person("different_problems", "two problems", tolerated=["silence"])
        d1 = f.rng.randint(1, 2)
        a = open_case(
            f, c, f.t(d1, 8, 18), f.rng.choice(["web", "email", "chat"]), W.PROBLEMS[i], c.lang
        )
        b = open_case(
            f,
            c,
            f.t(d1 + f.rng.randint(4, 5), 8, 18),
            f.rng.choice(["web", "email", "chat"]),
            W.PROBLEMS[i + 3],
            c.lang,
        )
        c.info.update({"problems": [a, b], "trouble_starts_at": a["raised_at"]})
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        for d in distinct_days(f, f.rng.randint(5, 8), range(10)):
            happy(f, c, f.t(d, 7, 19), kinds=["chat", "chat", "mail", "call", "buy", "praise"])
    return f.write({"repeat_contact": 12})


def slide(f: Fam, c: Cust, start_day: int, span: int, langs: Sequence[str]) -> None:
    comp = f.rng.choice(W.COMPETITORS)
    t0 = f.t(start_day, 8, 20)
    prev: datetime | None = None
    eids = []
    ratings = ["3", "3", "2", "2", "1", "1"]
    for i in range(6):
        at = t0 + timedelta(minutes=int(span * 24 * 60 * i / 6) + f.rng.randint(0, 120))
        if prev is not None and at < prev + timedelta(hours=1):
            at = prev + timedelta(hours=1, minutes=f.rng.randint(0, 40))
        at = f.day_only(at, 9)
        lang = langs[i % len(langs)]
        text = f.fmt(W.SLIDE[lang][i], c, comp=comp)
        ch = f.rng.choice(["social", "community", "review"])
        if ch == "review":
            eids.append(
                f.add(
                    c, at, "web", "review", text, attrs={"rating": ratings[i], "page": c.product[2]}
                )
            )
        else:
            eids.append(f.add(c, at, ch, "post" if ch == "community" else "mention", text))
        if i == 3 and "detractor" in c.expected:
            score = f.rng.randint(1, 5)
            st = f.day_only(at + timedelta(minutes=f.rng.randint(150, 210)))
            c.info.update(
                {
                    "nps_given": True,
                    "nps": score,
                    "survey_event_id": low_score(f, c, st, "nps", score, None),
                }
            )
        prev = at
    c.info.update(
        {
            "slide_event_ids": eids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": iso(f.rows[[r.eid for r in f.rows].index(eids[0])].at),
        }
    )


def slow_churners() -> tuple[int, int]:
    f = Fam(
        4,
        "slow_churners",
        "SC",
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
        "slow slides from a happy baseline, customers who cancel the Club, steady, steadily grumpy and sarcastic customers",
    )
    spans = [3] + [5] * 5 + [9] * 4
    f.rng.shuffle(spans)
    nps = [True] * 5 + [False] * 5
    f.rng.shuffle(nps)
    for i in range(10):
        c = f.person(
            "slow_churner",
            "slides",
            expected=["sentiment_drop"] + (["detractor"] if nps[i] else []),
            tolerated=SLIDER_TOL,
        )
        n_praise = f.rng.randint(4, 5)
        days = distinct_days(f, n_praise + f.rng.randint(2, 4), range(11))
        kinds = ["praise"] * n_praise + ["other"] * (len(days) - n_praise)
        f.rng.shuffle(kinds)
        for d, k in zip(days, kinds, strict=True):
            happy(
                f,
                c,
                f.t(d, 7, 20),
                kinds=["praise", "again"]
                if k == "praise"
                else ["chat", "buy", "view", "review", "mail"],
            )
        c.info["nps_given"] = nps[i]
        slide(f, c, f.rng.randint(12, 16), spans[i], [c.lang])
    for _ in range(5):
        c = f.person(
            "slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=CANCEL_TOL
        )
        for d in distinct_days(f, f.rng.randint(4, 6), range(16)):
            happy(f, c, f.t(d, 7, 20), surveys=False)
        at = f.t(f.rng.randint(17, 23), 8, 20)
        subj, body = f.rng.choice(W.CANCEL_MAIL[c.lang])
        eid = f.add(c, at, "email", "message", f.fmt(body, c), subj)
        rs, rb = W.CANCEL_REPLY[c.lang]
        agent_mail(f, c, f.day_only(at + timedelta(minutes=f.rng.randint(60, 300))), c.lang, rs, rb)
        ct = f.day_only(at + timedelta(minutes=f.rng.randint(20 * 60, 30 * 60)))
        cid = f.add(
            c, ct, "web", "cancellation", attrs={"page": "/profilo/abbonamento", "product": W.CLUB}
        )
        c.info.update(
            {
                "churn_intent_event_id": eid,
                "cancellation_event_id": cid,
                "churn_at": iso(ct),
                "trouble_starts_at": iso(at),
            }
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        for d in distinct_days(f, f.rng.randint(6, 10), range(32)):
            happy(f, c, f.t(d, 7, 20))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        d = f.rng.randint(0, 4)
        eids = []
        for _k in range(f.rng.randint(5, 7)):
            at = f.t(d, 8, 21)
            text = f.rng.choice(W.GRUMBLE[c.lang])
            ch = f.rng.choice(["social", "community", "web", "review"])
            if ch == "review":
                eids.append(
                    f.add(c, at, "web", "review", text, attrs={"rating": "3", "page": c.product[2]})
                )
            elif ch == "web":
                eids.append(
                    f.add(
                        c,
                        at,
                        "web",
                        "ticket",
                        text,
                        W.NOTE_SUBJECT[c.lang],
                        attrs={"page": "/contatti"},
                    )
                )
            else:
                eids.append(f.add(c, at, ch, "post" if ch == "community" else "mention", text))
            d += f.rng.randint(1, 3)
        for _k in range(f.rng.randint(0, 2)):
            purchase(f, c, f.t(f.rng.randint(0, 31), 8, 20))
        c.info.update(
            {
                "grumble_event_ids": eids,
                "trouble_starts_at": iso(min(r.at for r in f.rows if r.eid in eids)),
            }
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        for d in distinct_days(f, f.rng.randint(3, 6), [x for x in range(32) if not 16 <= x <= 29]):
            happy(f, c, f.t(d, 7, 20), surveys=False)
        at = f.t(f.rng.randint(17, 28), 9, 20)
        ch = f.rng.choice(["social", "community"])
        eid = f.add(
            c,
            at,
            ch,
            "post" if ch == "community" else "mention",
            f.fmt(f.rng.choice(W.SARCASM[c.lang]), c),
        )
        c.info.update({"sarcasm_event_id": eid, "trouble_starts_at": iso(at)})
    return f.write({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})


def quiet_hours() -> tuple[int, int]:
    f = Fam(
        5,
        "quiet_hours",
        "QH",
        datetime(2026, 9, 4, tzinfo=UTC),
        3,
        "a calm weekend with day writers, four mild grumbles and bursts of night owls",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in distinct_days(f, f.rng.randint(1, 3), range(3)):
            happy(f, c, f.t(d, 7, 17.5))
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        at = f.t(f.rng.randint(0, 2), 8, 17)
        if f.rng.random() < 0.5:
            purchase(f, c, at)
        else:
            f.add(c, at, "web", "page_view", attrs={"page": f.rng.choice(W.PAGES)})
        q, a = f.rng.choice(W.MILD[c.lang])
        gt = at + timedelta(minutes=f.rng.randint(20, 30))
        if i < 2:
            eid = f.add(c, gt, "chat", "chat", q)
            chat_answer(f, c, gt, c.lang, a)
        else:
            eid = f.add(
                c,
                gt,
                "web",
                "ticket",
                q,
                W.NOTE_SUBJECT[c.lang],
                attrs={"page": "/contatti"},
            )
            agent_mail(
                f,
                c,
                gt + timedelta(minutes=f.rng.randint(10, 40)),
                c.lang,
                "Re: " + W.NOTE_SUBJECT[c.lang],
                "{name},\n" + a + "\n{agent}, {brand}",
            )
        c.info.update({"grumble_event_id": eid, "trouble_starts_at": iso(gt)})
    day_also = set(f.rng.sample(range(36), 18))
    k = 0
    for night in range(1, 4):
        first = f.start + timedelta(days=night, minutes=40 + f.rng.randint(0, 25))
        starts = [
            first,
            first + timedelta(minutes=f.rng.randint(28, 33)),
            first + timedelta(minutes=f.rng.randint(55, 65)),
        ]
        for b, bs in enumerate(starts, start=1):
            for _ in range(4):
                c = f.person("night_owl", f"night {night}, burst {b}")
                at = bs + timedelta(minutes=f.rng.randint(0, 9))
                c.info.update({"burst_at": iso(bs), "night_event_id": night_act(f, c, at)})
                if k in day_also:
                    happy(
                        f,
                        c,
                        f.t(f.rng.randint(0, 2), 9, 17.5),
                        kinds=["praise", "buy", "view", "review", "chat"],
                    )
                k += 1
    return f.write({})


PAIRS = (
    [("it", "fr")] * 3
    + [("fr", "it")] * 3
    + [
        ("fr", "de"),
        ("fr", "de"),
        ("de", "fr"),
        ("it", "de"),
        ("it", "de"),
        ("de", "it"),
        ("it", "en"),
        ("en", "it"),
        ("fr", "en"),
        ("fr", "en"),
        ("en", "fr"),
        ("es", "fr"),
        ("fr", "es"),
        ("pt", "fr"),
        ("fr", "pt"),
        ("it", "es"),
        ("es", "it"),
        ("pt", "en"),
        ("de", "en"),
        ("es", "pt"),
        ("en", "de"),
    ]
)


def bilingual() -> tuple[int, int]:
    f = Fam(
        6,
        "bilingual",
        "BL",
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
        "customers writing in two languages: happy, repeat contacts, slides, one bad day, fixed cases",
    )
    pairs = list(PAIRS)
    f.rng.shuffle(pairs)
    # the long-letter writer needs Italian or French as second language
    long_pair = next(p for p in pairs if p[1] in ("it", "fr"))
    pairs.remove(long_pair)

    def bperson(persona: str, habit: str, pair: tuple[str, str], **kw: Any) -> Cust:
        markets = sorted({m for lang in pair for m, _ in MARKETS[lang]})
        c = f.person(persona, habit, lang=pair[0], market=f.rng.choice(markets), **kw)
        c.info.update(
            {
                "languages": list(pair),
                "job_second_language": f.rng.choice(
                    [
                        "grew up with a parent from the other country",
                        "works across the border",
                        "studied abroad",
                        "partner's language at home",
                        "works in a multilingual office",
                    ]
                ),
            }
        )
        return c

    for _ in range(12):
        pair = pairs.pop()
        c = bperson("happy", "alternates languages", pair)
        for j, d in enumerate(distinct_days(f, f.rng.randint(5, 8), range(14))):
            happy(f, c, f.t(d, 7, 20), lang=pair[j % 2])
    times = [2, 2, 3, 3, 4]
    for i in range(5):
        pair = pairs.pop()
        c = bperson(
            "repeat_contact", "repeats", pair, expected=["repeat_contact"], tolerated=REPEAT_TOL
        )
        for j, d in enumerate(distinct_days(f, f.rng.randint(1, 3), range(2))):
            happy(f, c, f.t(d, 7, 12), lang=pair[j % 2], surveys=False)
        at = f.t(f.rng.randint(2, 5), 8, 19)
        repeat_run(
            f,
            c,
            at,
            f.rng.choice(["web", "email", "chat"]),
            times[i],
            W.PROBLEMS[i],
            pair,
            times[i] >= 3,
        )
    for _ in range(5):
        pair = pairs.pop()
        c = bperson(
            "slow_churner", "slides", pair, expected=["sentiment_drop"], tolerated=SLIDER_TOL
        )
        praise_days = distinct_days(f, 5, range(6))
        for j, d in enumerate(praise_days):
            happy(f, c, f.t(d, 7, 20), lang=pair[j % 2], kinds=["praise", "again"])
        for j, d in enumerate(distinct_days(f, f.rng.randint(1, 3), range(6))):
            happy(f, c, f.t(d, 7, 20), lang=pair[(j + 1) % 2], kinds=["buy", "view", "chat"])
        c.info["nps_given"] = False
        slide(f, c, f.rng.randint(7, 8), f.rng.randint(3, 5), pair)
    forms = ["long", "email", "chat"]
    for form in forms:
        pair = long_pair if form == "long" else pairs.pop()
        c = bperson("happy_one_bad_day", "one bad day", pair, tolerated=["silence"])
        bd = f.rng.randint(4, 9)
        for j, d in enumerate(
            distinct_days(
                f, f.rng.randint(3, 5), [x for x in range(14) if x <= bd - 2 or x >= bd + 3]
            )
        ):
            happy(f, c, f.t(d, 7, 20), lang=pair[j % 2], surveys=False)
        at = f.t(bd, 8, 20)
        problem = f.rng.choice(W.PROBLEMS)
        ch = "chat" if form == "chat" else "email"
        eid = complain(f, c, at, ch, problem, pair[1], long=form == "long")
        ref = f.ref()
        acknowledge(f, c, at, ch, pair[1], ref)
        info: dict[str, Any] = {
            "problem": problem,
            "booking": ref,
            "bad_day_at": iso(at),
            "bad_day_event_id": eid,
            "bad_day_language": pair[1],
            "trouble_starts_at": iso(at),
            "channel": ch,
            "long_email": form == "long",
            "agent_fixed": ch == "email",
            "apologised": form == "email",
        }
        if ch == "email":
            good_news(
                f,
                c,
                f.day_only(at + timedelta(minutes=f.rng.randint(60, 240))),
                pair[1],
                ref,
                problem,
            )
        if form == "email":
            t = f.day_only(at + timedelta(minutes=f.rng.randint(18 * 60, 24 * 60)))
            info["apology_event_id"] = f.add(c, t, "chat", "chat", f.rng.choice(W.APOLOGY[pair[1]]))
            info["apology_at"] = iso(t)
        c.info.update(info)
    for i in range(2):
        pair = pairs.pop()
        c = bperson("resolved_between_contacts", "fixed", pair, tolerated=["silence"])
        happy(f, c, f.t(0, 8, 18), lang=pair[0], surveys=False)
        case = open_case(
            f,
            c,
            f.t(f.rng.randint(2, 8), 8, 18),
            "web",
            W.PROBLEMS[i + 4],
            pair[0],
            fix_lang=pair[1],
        )
        c.info.update(
            {
                "problems": [case],
                "trouble_starts_at": case["raised_at"],
                "confirm_language": pair[1],
            }
        )
    return f.write({"repeat_contact": 5, "sentiment_drop": 5})


COMPANIES: dict[str, list[tuple[str, str]]] = {
    "it": [
        ("Studio Legale Ferretti Oddone", "law firm"),
        ("Istituto Comprensivo Valdarno", "school"),
        ("Comune di Roccalta", "municipality"),
        ("Architetti Sella Bruni", "architecture"),
        ("Hotel Miralago", "hotel"),
        ("Poliambulatorio San Rocco", "clinic"),
    ],
    "fr": [
        ("Cabinet Vautrin & Associés", "law firm"),
        ("Collège Jules-Ferry de Montval", "school"),
        ("Mairie de Saint-Aubrac", "municipality"),
        ("Atelier Ocre Architectes", "architecture"),
        ("Agence immobilière Terrasse", "estate agency"),
        ("Fiduciaire Lombard Genève", "accountancy"),
    ],
    "de": [
        ("Steuerkanzlei Reuter & Partner", "accountancy"),
        ("Grundschule am Stadtpark", "school"),
    ],
    "es": [("Gestoría Alcántara", "accountancy")],
    "pt": [("Colégio Ribeira Nova", "school")],
    "en": [("Harwood & Pike Solicitors", "law firm")],
}
JOB_TITLES = [
    "Office manager",
    "Head of purchasing",
    "Accounts payable clerk",
    "School secretary",
    "Facilities coordinator",
    "Partner",
    "Executive assistant",
    "Administration officer",
]


def b2b_ack(f: Fam, c: Cust, at: datetime, lang: str, ref: str, company: str) -> None:
    """The agent's acknowledgement of a company complaint, with the case reference."""
    s, b = B.B2B_ACK[lang]
    t = f.office(at + timedelta(minutes=f.rng.randint(20, 90)), 18)
    agent_mail(f, c, t, lang, s, b, ref=ref, company=company)


def b2b_accounts() -> tuple[int, int]:
    f = Fam(
        7,
        "b2b_accounts",
        "BB",
        datetime(2026, 10, 19, tzinfo=UTC),
        14,
        "organisations buying on account: at-risk accounts, one unhappy contact, mild suggestions, happy accounts",
    )
    plan: list[tuple[str, str, str | None, int, int]] = [
        # (kind, language, problem, contacts, unhappy)
        ("at_risk", "it", "portal", 5, 3),
        ("at_risk", "fr", "invoice", 4, 3),
        ("at_risk", "it", "service_blocked", 4, 3),
        ("at_risk", "fr", "overbilled", 6, 4),
        ("at_risk", "de", "invoice", 5, 4),
        ("one_unhappy", "it", "service_blocked", 3, 1),
        ("one_unhappy", "fr", "overbilled", 3, 1),
        ("one_unhappy", "es", "portal", 3, 1),
        ("one_unhappy", "fr", "invoice", 3, 1),
        ("mild", "it", None, 4, 0),
        ("mild", "pt", None, 3, 0),
        ("mild", "fr", None, 4, 0),
        ("happy", "it", None, 4, 0),
        ("happy", "en", None, 4, 0),
        ("happy", "de", None, 4, 0),
    ]
    pools = {lang: list(v) for lang, v in COMPANIES.items()}
    last_channels = ["email"] + ["phone"] * 4
    f.rng.shuffle(last_channels)
    risk_i = 0
    weekdays = [d for d in range(14) if (f.start + timedelta(days=d)).weekday() < 5]

    def routine(c: Cust, days: Sequence[int], allow_survey: bool) -> None:
        for d in days:
            at = f.t(d, 8, 16.5)
            k = f.rng.choice(
                ["chat", "buy", "view", "praise", "survey"]
                if allow_survey
                else ["chat", "buy", "view"]
            )
            if k == "chat":
                q, a = f.rng.choice(B.B2B_CHAT[c.lang])
                f.add(c, at, "chat", "chat", q)
                chat_answer(f, c, at, c.lang, a)
            elif k == "buy":
                purchase(f, c, at, B.B2B_PRODUCTS)
            elif k == "view":
                f.add(c, at, "web", "page_view", attrs={"page": f.rng.choice(B.B2B_PAGES)})
            elif k == "praise":
                f.add(c, at, "community", "post", f.fmt(f.rng.choice(B.B2B_PRAISE[c.lang]), c))
            else:
                survey(f, c, at, c.lang)

    for kind, lang, problem, n_contacts, unhappy in plan:
        company, site = pools[lang].pop(0)
        market = f.market(lang)
        acc = f.unique(lambda market=market: f"CTB-{market}-{f.rng.randint(1000, 9999)}")  # type: ignore[misc]
        domain = slug(company)[:18] + ".example"
        contacts: list[Cust] = []
        for j in range(n_contacts):
            role = "contact"
            if (kind == "at_risk" and j < unhappy) or (kind == "one_unhappy" and j == 0):
                role = "complainer"
            elif kind == "mild" and j < 2:
                role = "suggests"
            title = f.rng.choice(JOB_TITLES)
            persona = (
                {
                    "at_risk": "b2b_unhappy",
                    "one_unhappy": "b2b_one_unhappy",
                    "mild": "b2b_mild",
                }.get(kind, "b2b_happy")
                if role != "contact"
                else "b2b_happy"
            )
            c = f.person(
                persona,
                role,
                lang=lang,
                market=market,
                account=acc,
                domain=domain,
                taken_first=[x.first for x in contacts],
                job=title,
            )
            c.info.update({"company": company, "role": role, "job_title": title})
            contacts.append(c)
        acc_info: dict[str, Any] = {
            "company": company,
            "site": site,
            "contacts": n_contacts,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": unhappy,
            "unhappy_contact_keys": [c.key for c in contacts if c.info["role"] == "complainer"],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        for c in contacts:
            if c.info["role"] == "contact":
                routine(c, distinct_days(f, f.rng.randint(2, 5), weekdays), True)
            else:
                routine(c, distinct_days(f, f.rng.randint(0, 2), [0, 1]), False)
        if kind == "at_risk":
            assert problem is not None
            ref = f.ref()
            comp = f.rng.choice(W.COMPETITORS)
            complainers = contacts[:unhappy]
            at = f.t(2, 8, 16)
            first_at = at
            acc_info["trouble_starts_at"] = iso(at)
            for j, c in enumerate(complainers):
                is_last = j == unhappy - 1
                c.expected = ["repeat_contact"] if is_last else ["detractor"]
                c.tolerated = list(B2B_RISK_TOL)
                core_text = f.fmt(B.B2B_CORE[lang][problem], c)
                subject = f.fmt(W.COMPLAINT_SUBJECT[lang], c, topic=B.B2B_TOPIC[lang][problem])
                if j == 0:
                    text = f.fmt(B.FIRST_MAIL[lang], c, company=company, core=core_text)
                else:
                    at = f.office(at + timedelta(minutes=f.rng.randint(8 * 60, 28 * 60)))
                    day = (
                        B.DAY_WORD[lang][7]
                        if at.date() == first_at.date()
                        else B.DAY_WORD[lang][first_at.weekday()]
                    )
                    text = f.fmt(
                        B.LATER_MAIL[lang],
                        c,
                        first=complainers[0].first,
                        day=day,
                        ref=ref,
                        core=core_text,
                    )
                eids = [
                    f.add(
                        c, at, "email", "message", text, subject if j == 0 else f"{subject} ({ref})"
                    )
                ]
                if j == 0:
                    b2b_ack(f, c, at, lang, ref, company)
                info: dict[str, Any] = {
                    "problem": problem,
                    "booking": ref,
                    "trouble_starts_at": iso(at),
                    "complaint_event_ids": eids,
                }
                if not is_last:
                    score = f.rng.randint(1, 5)
                    info.update(
                        {
                            "nps_given": True,
                            "nps": score,
                            "survey_event_id": low_score(
                                f,
                                c,
                                at + timedelta(minutes=f.rng.randint(60, 180)),
                                "nps",
                                score,
                                None,
                            ),
                        }
                    )
                else:
                    again = f.office(at + timedelta(minutes=f.rng.randint(18 * 60, 40 * 60)))
                    ch = last_channels[risk_i]
                    if ch == "email":
                        eids.append(
                            f.add(
                                c,
                                again,
                                "email",
                                "message",
                                f.fmt(B.LAST_MAIL[lang], c, ref=ref, comp=comp),
                                f"Re: {subject} ({ref})",
                            )
                        )
                        info["competitor"] = comp
                    else:
                        eids.append(
                            f.add(c, again, "phone", "call", f.fmt(B.LAST_CALL[lang], c, ref=ref))
                        )
                        info["competitor"] = None
                    info["channels"] = ["email", ch]
                    info["nps_given"] = False
                c.info.update(info)
            risk_i += 1
        elif kind == "one_unhappy":
            assert problem is not None
            c = contacts[0]
            c.expected = ["detractor"]
            c.tolerated = list(B2B_ONE_TOL)
            ref = f.ref()
            at = f.office(f.t(f.rng.randint(3, 7), 8, 16))
            subject = f.fmt(W.COMPLAINT_SUBJECT[lang], c, topic=B.B2B_TOPIC[lang][problem])
            eid = f.add(
                c,
                at,
                "email",
                "message",
                f.fmt(
                    B.FIRST_MAIL[lang], c, company=company, core=f.fmt(B.B2B_CORE[lang][problem], c)
                ),
                subject,
            )
            b2b_ack(f, c, at, lang, ref, company)
            score = f.rng.randint(1, 5)
            sid = low_score(
                f, c, at + timedelta(minutes=f.rng.randint(60, 180)), "nps", score, None
            )
            c.info.update(
                {
                    "problem": problem,
                    "booking": ref,
                    "trouble_starts_at": iso(at),
                    "complaint_event_ids": [eid],
                    "nps_given": True,
                    "nps": score,
                    "survey_event_id": sid,
                }
            )
        elif kind == "mild":
            for j, c in enumerate(contacts[:2]):
                c.tolerated = ["silence"]
                at = f.office(f.t(f.rng.randint(2, 11), 8, 16), 16)
                eid = f.add(
                    c,
                    at,
                    "web",
                    "ticket",
                    B.B2B_MILD[lang][j % len(B.B2B_MILD[lang])],
                    {
                        "it": "Suggerimento",
                        "fr": "Suggestion",
                        "de": "Vorschlag",
                        "es": "Sugerencia",
                        "pt": "Sugestão",
                        "en": "Suggestion",
                    }[lang],
                    attrs={"page": "/business/contatti"},
                )
                s, b = B.B2B_MILD_ACK[lang]
                agent_mail(
                    f, c, f.office(at + timedelta(minutes=f.rng.randint(60, 240)), 18), lang, s, b
                )
                c.info.update({"mild_event_id": eid, "trouble_starts_at": iso(at)})
        f.accounts[acc] = acc_info
    return f.write({"account_risk": 5, "detractor": 16, "repeat_contact": 5})


def spike_answer(f: Fam, c: Cust, at: datetime) -> None:
    """An agent's chat answer to a spike report: yes, it fails for everyone right now."""
    agent_chat(f, c, at, c.lang, W.SPIKE_CHAT_ANSWER[c.lang], 3)


def topic_spike() -> tuple[int, int]:
    f = Fam(
        8,
        "topic_spike",
        "TS",
        datetime(2026, 11, 16, tzinfo=UTC),
        7,
        "a calm week with one planted incident on a weekday evening",
    )
    spike_day = 3
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in distinct_days(f, f.rng.randint(1, 4), range(6)):
            happy(f, c, f.t(d, 8, 16) if d == spike_day else f.t(d, 8, 20))
    for lang in ("it", "fr"):
        c = f.person("grumbles_once", "grumbles once", lang=lang, tolerated=["silence"])
        q, a = W.GRUMBLE_ONCE_SPIKE[lang]
        at = f.t(0, 9, 17)
        eid = f.add(c, at, "chat", "chat", q)
        chat_answer(f, c, at, lang, a)
        c.info.update({"grumble_event_id": eid, "trouble_starts_at": iso(at)})
    for lang, hm in (("it", (10, 15)), ("fr", (17, 50))):
        c = f.person("grumbles_once", "lone question", lang=lang, tolerated=["silence"])
        q, a = W.LONE_Q[lang]
        at = f.start + timedelta(days=2, hours=hm[0], minutes=hm[1])
        eid = f.add(c, at, "chat", "chat", q)
        chat_answer(f, c, at, lang, a)
        c.info.update({"lone_report_event_id": eid, "trouble_starts_at": iso(at)})
    langs = ["it"] * 6 + ["fr"] * 6 + ["de", "de", "es", "es", "pt", "pt", "en", "en"]
    channels = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(langs)
    f.rng.shuffle(channels)
    s0 = f.start + timedelta(days=spike_day, hours=18, minutes=40)
    offsets = sorted([0, 45, *f.rng.sample(range(1, 45), 18)])
    regular = [True] * 12 + [False] * 8
    f.rng.shuffle(regular)
    early = [i for i, o in enumerate(offsets) if o <= 25]
    repeaters = f.rng.sample(early, 6)
    repeat_channels = ["email", "email", "chat", "chat", "community", "community"]
    others = f.rng.sample([i for i in range(20) if i not in repeaters], 6)
    keys: list[str] = []
    eids: list[str] = []
    reids: list[str] = []
    pools: dict[str, list[str]] = {}
    for i in range(20):
        rep = i in repeaters
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular[i] else "new",
            lang=langs[i],
            expected=["repeat_contact"] if rep else [],
            tolerated=["silence", "sentiment_drop"] if rep else ["silence"],
        )
        if regular[i]:
            for t in sorted(f.t(1, 8, 17.5) for _ in range(f.rng.randint(1, 2))):
                happy(f, c, t, kinds=["praise", "buy", "view", "chat", "mail"])
        at = s0 + timedelta(minutes=offsets[i])
        ch = channels[i]
        if not pools.get(c.lang):
            pools[c.lang] = list(W.SPIKE[c.lang])
            f.rng.shuffle(pools[c.lang])
        text = f.fmt(pools[c.lang].pop(), c)
        subj = f.fmt(W.SPIKE_SUBJECT[c.lang], c)
        if ch == "email":
            eid = f.add(c, at, "email", "message", text, subj)
        elif ch == "web":
            eid = f.add(c, at, "web", "ticket", text, subj, attrs={"page": "/checkout"})
        elif ch == "chat":
            eid = f.add(c, at, "chat", "chat", text)
            spike_answer(f, c, at)
        else:
            eid = f.add(c, at, ch, "post" if ch == "community" else "mention", text)
        keys.append(c.key)
        eids.append(eid)
        info: dict[str, Any] = {
            "in_spike": True,
            "regular": regular[i],
            "spike_event_id": eid,
            "spike_channel": ch,
            "trouble_starts_at": iso(at),
            "agent_fixed": False,
        }
        if rep:
            rch = next(x for x in repeat_channels if x != ch)
            repeat_channels.remove(rch)
            rt = at + timedelta(minutes=f.rng.randint(15, 50))
            rtext = f.fmt(W.SPIKE_AGAIN[c.lang], c)
            if rch == "email":
                rid = f.add(c, rt, "email", "message", rtext, "Re: " + subj)
            elif rch == "chat":
                rid = f.add(c, rt, "chat", "chat", rtext)
                spike_answer(f, c, rt)
            else:
                rid = f.add(c, rt, "community", "post", rtext)
            reids.append(rid)
            info["repeat_event_id"] = rid
        if i in others:
            ft = f.start + timedelta(days=spike_day, hours=21, minutes=f.rng.randint(20, 30))
            local = "21:10" if c.market in ("UK", "PT", "IE") else "22:10"
            amt = {"UK": "£5", "CH": "CHF 5"}.get(c.market, "5 €" if c.lang != "en" else "€5")
            s, b = W.SPIKE_FIXED[c.lang]
            agent_mail(f, c, ft, c.lang, s, b, when=local, amt=amt)
            info["agent_fixed"] = True
        c.info.update(info)
    f.spike = {
        "topic": f"stationery shop checkout fails at the payment step and empties the basket: no order can be placed, error {W.SPIKE_CODE}",
        "about": "app and website checkout outage on a weekday evening",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reids,
    }
    return f.write({"topic_spike": 1, "repeat_contact": 6})


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
    total_c = total_t = 0
    for build in FAMILIES:
        n_c, n_t = build()
        total_c += n_c
        total_t += n_t
        print(f"{build.__name__}: {n_c} customers, {n_t} touchpoints")
    print(f"total: {total_c} customers, {total_t} touchpoints")


if __name__ == "__main__":
    main()
