"""Build tests/scenarios/heldout84/: the eighty-fourth hand-written alert set (report only).

Praiola, surf schools on Atlantic beaches (lessons, camps, board hire, the Praiola Pass)
with a business arm, Praiola Pro. Standard library only; deterministic: two runs give
the same bytes. Run as ``python make_heldout84.py`` from anywhere.
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

SEED = 20261114
BRAND = "Praiola"
COMPS = ["Vaguetta", "Kelpio"]
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
BUSINESS = "Praiola: surf schools on Atlantic beaches (group and private lessons, kids' lessons, week-long surf camps, board and wetsuit hire, session photos, the monthly Praiola Pass), booked by app and web; business arm Praiola Pro (team surf days, school beach days, hotel guest lessons, board fleet hire) on account"

LANG_WEIGHTS: list[tuple[str, int]] = [
    ("fr", 30),
    ("pt", 30),
    ("en", 10),
    ("de", 10),
    ("it", 10),
    ("es", 10),
]
MARKETS: dict[str, list[tuple[str, int]]] = {
    "fr": [("FR", 6), ("BE", 2), ("CH", 1), ("LU", 1)],
    "pt": [("PT", 8), ("LU", 1), ("FR", 1)],
    "en": [("UK", 6), ("IE", 4)],
    "de": [("DE", 6), ("AT", 2), ("CH", 2)],
    "it": [("IT", 8), ("CH", 2)],
    "es": [("ES", 1)],
}

FIRST_NAMES: dict[str, list[str]] = {
    "fr": [
        "Camille",
        "Léa",
        "Manon",
        "Julien",
        "Thomas",
        "Chloé",
        "Inès",
        "Hugo",
        "Mathilde",
        "Nicolas",
        "Sophie",
        "Antoine",
        "Pauline",
        "Maxime",
        "Élodie",
        "Baptiste",
        "Margaux",
        "Romain",
        "Claire",
        "Lucas",
    ],
    "pt": [
        "João",
        "Ana",
        "Mariana",
        "Rui",
        "Beatriz",
        "Tiago",
        "Inês",
        "Pedro",
        "Catarina",
        "Miguel",
        "Sofia",
        "Diogo",
        "Joana",
        "Nuno",
        "Rita",
        "André",
        "Carolina",
        "Gonçalo",
        "Marta",
        "Filipe",
    ],
    "en": ["Emma", "Jack", "Sophie", "Liam", "Chloe", "Callum", "Aoife", "Ciarán", "Hannah", "Tom"],
    "de": [
        "Lena",
        "Jonas",
        "Anna",
        "Felix",
        "Marie",
        "Lukas",
        "Katrin",
        "Tobias",
        "Julia",
        "Stefan",
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
        "Elena",
        "Davide",
    ],
    "es": [
        "Lucía",
        "Javier",
        "Marta",
        "Iñigo",
        "Carmen",
        "Pablo",
        "Ainhoa",
        "Sergio",
        "Elena",
        "Álvaro",
    ],
}
LAST_NAMES: dict[str, list[str]] = {
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Laurent",
        "Lefebvre",
        "Moreau",
        "Garnier",
        "Fontaine",
        "Rousseau",
        "Chevalier",
        "Girard",
        "Bonnet",
        "Lambert",
        "Faure",
        "Mercier",
        "Blanc",
        "Guérin",
        "Henry",
        "Roussel",
        "Perrin",
        "Morin",
        "Lacroix",
        "Etcheverry",
        "Dupuy",
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
    ],
    "en": [
        "Walsh",
        "Murphy",
        "Thompson",
        "Evans",
        "Byrne",
        "Hughes",
        "Kelly",
        "Roberts",
        "Doyle",
        "Price",
        "Carter",
        "Nolan",
    ],
    "de": [
        "Schneider",
        "Fischer",
        "Weber",
        "Becker",
        "Hoffmann",
        "Wagner",
        "Schulz",
        "Koch",
        "Richter",
        "Wolf",
        "Krüger",
        "Lehmann",
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
        "Ferrari",
        "Esposito",
    ],
    "es": [
        "García",
        "Fernández",
        "Etxeberria",
        "Martínez",
        "Ruiz",
        "Gómez",
        "Sánchez",
        "Aguirre",
        "Ortega",
        "Navarro",
        "Castro",
        "Iglesias",
    ],
}
TOWNS: dict[str, list[str]] = {
    "PT": ["Lisboa", "Porto", "Peniche", "Setúbal", "Leiria", "Aveiro", "Faro", "Cascais"],
    "FR": ["Bordeaux", "Bayonne", "Nantes", "Paris", "Toulouse", "Lyon", "Biarritz"],
    "BE": ["Bruxelles", "Liège", "Namur"],
    "LU": ["Luxembourg", "Esch-sur-Alzette", "Differdange"],
    "CH-fr": ["Genève", "Lausanne"],
    "CH-de": ["Zürich", "Bern"],
    "CH-it": ["Lugano"],
    "UK": ["Bristol", "Exeter", "London", "Plymouth"],
    "IE": ["Galway", "Limerick", "Dublin"],
    "DE": ["Köln", "München", "Hamburg", "Freiburg"],
    "AT": ["Wien", "Graz", "Innsbruck"],
    "IT": ["Genova", "Milano", "Torino"],
    "ES": ["Bilbao", "Santander", "San Sebastián", "Madrid"],
}
JOBS = [
    "nurse",
    "teacher",
    "software developer",
    "accountant",
    "electrician",
    "pharmacist",
    "student",
    "baker",
    "bus driver",
    "architect",
    "physiotherapist",
    "chef",
    "lawyer",
    "shop manager",
    "civil servant",
    "firefighter",
    "journalist",
    "dentist",
    "plumber",
    "hairdresser",
]
MAIL_DOMAINS: dict[str, list[str]] = {
    "PT": ["sapo.example", "correio.example", "mail-pt.example"],
    "FR": ["orange.example", "laposte.example", "free.example"],
    "BE": ["skynet.example", "proximus.example"],
    "LU": ["pt-lu.example", "internet.example"],
    "CH": ["bluewin.example", "gmx-ch.example"],
    "UK": ["btinternet.example", "sky.example"],
    "IE": ["eircom.example", "mail-ie.example"],
    "DE": ["web.example", "gmx.example", "t-online.example"],
    "AT": ["aon.example", "chello.example"],
    "IT": ["libero.example", "tiscali.example"],
    "ES": ["telefonica.example", "mail-es.example"],
}
SOURCES = {
    "email": "praiola-mail",
    "phone": "praiola-voice",
    "social": "praiola-social",
    "community": "praiola-forum",
    "chat": "praiola-chat",
    "web": "praiola-web",
    "survey": "praiola-survey",
}

T_REPEAT = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_SLIDE = ["repeat_contact", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_LEAVE = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
T_GRUMPY = ["repeat_contact", "silence"]
T_SILENCE = ["silence"]
T_SPIKE_REPEAT = ["silence", "sentiment_drop"]
T_B2B_UNHAPPY = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
T_B2B_ONE = ["sentiment_drop", "high_value_at_risk", "silence"]


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def fold(s: str) -> str:
    out = unicodedata.normalize("NFD", s.lower())
    return "".join(ch for ch in out if "a" <= ch <= "z")


UMLAUT = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}


def strip_accents(text: str) -> str:
    out = []
    for ch in text:
        if ch in UMLAUT:
            out.append(UMLAUT[ch])
        elif ch in "ñÑß":
            out.append(ch)
        else:
            dec = unicodedata.normalize("NFD", ch)
            out.append("".join(x for x in dec if unicodedata.category(x) != "Mn"))
    return "".join(out)


def wpick(rng: random.Random, items: list[tuple[str, int]]) -> str:
    return rng.choices([k for k, _ in items], weights=[w for _, w in items])[0]


def mins(rng: random.Random, a: int, b: int) -> timedelta:
    return timedelta(minutes=rng.randint(a, b))


def money(lang: str, market: str, eur: int) -> str:
    if market == "UK":
        return f"£{round(eur * 0.86)}"
    if market == "CH":
        n = round(eur * 0.94)
        return f"{n} CHF" if lang in ("fr", "pt", "es") else f"CHF {n}"
    return f"€{eur}" if lang == "en" else f"{eur} €"


def spoken(lang: str, market: str, eur: int) -> str:
    if market == "UK":
        return f"{round(eur * 0.86)} pounds"
    if market == "CH":
        word = {"fr": "francs", "de": "Franken", "it": "franchi", "en": "francs"}.get(
            lang, "francos"
        )
        return f"{round(eur * 0.94)} {word}"
    return f"{eur} " + {"de": "Euro", "it": "euro"}.get(lang, "euros")


def speak(text: str, lang: str, keep: set[str]) -> str:
    """A speech-to-text transcript: no punctuation, lower case but for codes and names."""
    for ch in '.,!?;:«»"“”„()…':
        text = text.replace(ch, " ")
    words = []
    for w in text.split():
        if lang == "de" or any(c.isdigit() for c in w) or w in keep:
            words.append(w)
        else:
            words.append(w.lower())
    return " ".join(words)


def mention(text: str) -> str:
    i = text.rfind(BRAND)
    if i < 0:
        return "@" + BRAND + " " + text
    return text[:i] + "@" + text[i:]


class Registry:
    """Identifiers given in the whole set, so none is given twice."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def take(self, value: str) -> bool:
        if value in self.used:
            return False
        self.used.add(value)
        return True


REG = Registry()


def new_phone(rng: random.Random, market: str) -> tuple[str, str]:
    def digits(n: int) -> str:
        return "".join(str(rng.randint(0, 9)) for _ in range(n))

    while True:
        if market == "PT":
            cc, nat = "351", "9" + rng.choice("1236") + digits(7)
        elif market == "FR":
            cc, nat = "33", rng.choice("67") + digits(8)
        elif market == "BE":
            cc, nat = "32", "4" + rng.choice("6789") + digits(7)
        elif market == "LU":
            cc, nat = "352", "6" + rng.choice(["21", "61", "91"]) + digits(6)
        elif market == "CH":
            cc, nat = "41", "7" + rng.choice("5689") + digits(7)
        elif market == "UK":
            cc, nat = "44", "7" + rng.choice("4589") + digits(8)
        elif market == "IE":
            cc, nat = "353", "8" + rng.choice("35679") + digits(7)
        elif market == "DE":
            cc, nat = (
                "49",
                "1"
                + rng.choice(["51", "52", "60", "62", "70", "71", "76"])
                + digits(rng.choice([7, 8])),
            )
        elif market == "AT":
            cc, nat = "43", "6" + rng.choice(["60", "64", "76", "99"]) + digits(7)
        elif market == "IT":
            cc, nat = "39", "3" + rng.choice(["20", "28", "33", "35", "40", "47", "49"]) + digits(7)
        else:
            cc, nat = "34", rng.choice("67") + digits(8)
        if REG.take("phone:" + cc + nat):
            return cc, nat


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    first: str
    last: str
    email: str
    cc: str
    national: str
    handle: str | None
    account: str | None
    beach: str
    truth: dict[str, Any]
    company: str = ""
    title: str = ""
    langs: tuple[str, ...] = ()
    turn: int = 0

    @property
    def phone(self) -> str:
        return "+" + self.cc + self.national

    @property
    def b2b(self) -> bool:
        return self.account is not None

    def next_lang(self) -> str:
        """Bilinguals alternate act by act; everyone else keeps one language."""
        if not self.langs:
            return self.lang
        lang = self.langs[self.turn % len(self.langs)]
        self.turn += 1
        return lang


@dataclass
class Row:
    t: datetime
    seq: int
    cust: Cust
    body: dict[str, Any]


@dataclass
class Fam:
    n: int
    name: str
    code: str
    start: datetime
    days: int
    about: str
    planted: dict[str, int]
    rng: random.Random = field(init=False)
    rr: random.Random = field(init=False)
    custs: list[Cust] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    seq: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rr = random.Random(SEED * 100 + 50 + self.n)

    # ---- time ---------------------------------------------------------------------
    def at(self, day: int, hour: int, minute: int = 0) -> datetime:
        return self.start + timedelta(days=day, hours=hour, minutes=minute)

    def when_in(self, day: int, h0: float, h1: float) -> datetime:
        m = self.rng.randint(int(h0 * 60), int(h1 * 60) - 1)
        return self.start + timedelta(days=day, minutes=m)

    def awake(self, t: datetime) -> datetime:
        """Out of the night (22:00-07:00 UTC): to the next morning, 08:00-09:00."""
        if t.hour >= 22:
            nxt = t + timedelta(days=1)
            return nxt.replace(hour=8, minute=self.rng.randint(0, 59), second=0)
        if t.hour < 7:
            return t.replace(hour=8, minute=self.rng.randint(0, 59), second=0)
        return t

    def office(self, t: datetime) -> datetime:
        """Into office hours: weekdays 08:00-17:00 UTC, else the next working morning."""
        if t.weekday() < 5 and 8 <= t.hour < 17:
            return t
        day = t if t.hour < 8 else t + timedelta(days=1)
        while day.weekday() >= 5:
            day += timedelta(days=1)
        return day.replace(hour=8, minute=self.rng.randint(0, 59), second=0)

    # ---- people -------------------------------------------------------------------
    def person(
        self,
        persona: str,
        habit: str,
        *,
        lang: str | None = None,
        market: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        company: tuple[str, str, str] | None = None,
        first: str | None = None,
        **extra: Any,
    ) -> Cust:
        rng = self.rng
        lang = lang or wpick(rng, LANG_WEIGHTS)
        market = market or wpick(rng, MARKETS[lang])
        first = first or rng.choice(FIRST_NAMES[lang])
        last = rng.choice(LAST_NAMES[lang])
        while True:
            key = f"PL{self.code}{rng.randint(1000, 9999)}"
            if REG.take("id:" + key):
                break
        f, la = fold(first), fold(last)
        account: str | None = None
        handle: str | None = None
        if company is not None:
            account = company[0]
            email = f"{f}.{la}@{company[1]}"
            if not REG.take("email:" + email):
                email = f"{f}.{la}{rng.randint(2, 9)}@{company[1]}"
                REG.take("email:" + email)
        else:
            while True:
                dom = rng.choice(MAIL_DOMAINS[market])
                shape = rng.randint(0, 3)
                if shape == 0:
                    email = f"{f}.{la}@{dom}"
                elif shape == 1:
                    email = f"{f}{la}{rng.randint(10, 99)}@{dom}"
                elif shape == 2:
                    email = f"{f[0]}{la}@{dom}"
                else:
                    email = f"{la}.{f}{rng.randint(1, 9)}@{dom}"
                if REG.take("email:" + email):
                    break
            while True:
                shape = rng.randint(0, 3)
                if shape == 0:
                    h = f"{la}_{f}{rng.randint(1, 9)}"
                elif shape == 1:
                    h = f"{f}{la}{rng.randint(10, 99)}"
                elif shape == 2:
                    h = f"{f}{la[0]}{rng.choice(['', 'x', 'surf'])}"
                else:
                    h = f"{f}_{la}"
                if REG.take("handle:" + h):
                    handle = "@" + h
                    break
        cc, nat = new_phone(rng, market)
        if market in W.BEACHES:
            beach = rng.choice(W.BEACHES[market])
        else:
            beach = rng.choice(W.BEACHES["PT"] + W.BEACHES["FR"])
        exp = sorted(expected or [])
        tol = sorted(tolerated or [])
        if set(exp) & set(tol):
            raise SystemExit(f"{key}: a rule both expected and tolerated")
        towns = TOWNS.get(f"CH-{lang}", TOWNS["CH-fr"]) if market == "CH" else TOWNS[market]
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": "+" + cc + nat,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": exp,
            "tolerated_rules": tol,
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if company else "consumer",
            "name": f"{first} {last}",
            "job": company[2] if company else rng.choice(JOBS),
            "town": rng.choice(towns),
        }
        truth.update(extra)
        c = Cust(key, lang, market, first, last, email, cc, nat, handle, account, beach, truth)
        if company:
            c.title = company[2]
        self.custs.append(c)
        return c

    def agent(self, lang: str) -> str:
        name: str = self.rng.choice(W.AGENTS[lang])
        return name

    def fill(self, tpl: str, c: Cust, **kw: Any) -> str:
        base: dict[str, Any] = {"brand": BRAND, "beach": c.beach, "first": c.first, "last": c.last}
        base.update(kw)
        return tpl.format_map(base)

    # ---- touchpoints --------------------------------------------------------------
    def rough(self, text: str) -> str:
        r = self.rr
        if r.random() < 0.10:
            text = strip_accents(text)
        if r.random() < 1 / 8 and len(text) > 1 and text[0].isupper() and text[1].islower():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            toks = text.split(" ")
            idx = [i for i, w in enumerate(toks) if len(w) >= 5 and w.isalpha() and w.islower()]
            if idx:
                i = r.choice(idx)
                w = toks[i]
                spots = [j for j in range(1, len(w) - 2) if w[j] != w[j + 1]]
                if spots:
                    j = r.choice(spots)
                    toks[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                    text = " ".join(toks)
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
        attrs: dict[str, str] | None = None,
        agent: str | None = None,
    ) -> str:
        self.seq += 1
        eid = f"pl84-{self.code.lower()}-{self.seq:05d}"
        if text is not None and not out:
            if channel == "social" and not c.b2b:
                text = mention(text)
            if channel not in ("phone", "survey"):
                text = self.rough(text)
        a: dict[str, str] = {"market": c.market}
        if c.b2b:
            a["segment"] = "b2b"
        if attrs:
            a.update(attrs)
        if agent:
            a["agent"] = agent
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        if scores:
            sc.update(scores)
        body: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": iso(t),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "customer": None,
            "text": text,
            "subject": subject,
            "scores": sc,
            "source": SOURCES[channel],
            "attributes": a,
        }
        self.rows.append(Row(t, self.seq, c, body))
        return eid

    def price(self, c: Cust, eur: int) -> dict[str, str]:
        if c.market == "UK":
            return {"order_value": f"{eur * 0.86:.2f}", "currency": "GBP"}
        if c.market == "CH":
            return {"order_value": f"{eur * 0.94:.2f}", "currency": "CHF"}
        return {"order_value": f"{eur:.2f}", "currency": "EUR"}

    # ---- happy acts ---------------------------------------------------------------
    def happy(self, c: Cust, t: datetime, kind: str, lang: str | None = None) -> str:
        rng = self.rng
        lg = lang or c.next_lang()
        if kind == "praise":
            ch = rng.choice(["social", "community"])
            return self.add(
                c,
                t,
                ch,
                "mention" if ch == "social" else "post",
                self.fill(rng.choice(W.PRAISE[lg]), c),
            )
        if kind == "chat":
            q, a = rng.choice(W.CHAT_QA[lg])
            eid = self.add(c, t, "chat", "chat", self.fill(q, c))
            t2 = t + mins(rng, 1, 6)
            self.add(c, t2, "chat", "chat", a, out=True, agent=self.agent(lg))
            if rng.random() < 0.6:
                self.add(c, t2 + mins(rng, 1, 4), "chat", "chat", rng.choice(W.THANKS[lg]))
            return eid
        if kind == "email":
            s, q, a = rng.choice(W.EMAIL_QA[lg])
            eid = self.add(c, t, "email", "message", self.fill(q, c), subject=s)
            ag = self.agent(lg)
            self.add(
                c,
                self.awake(t + mins(rng, 60, 300)),
                "email",
                "message",
                self.fill(a, c, agent=ag),
                subject="Re: " + s,
                out=True,
                agent=ag,
            )
            return eid
        if kind == "phone":
            eid = self.add(c, t, "phone", "call", self.fill(rng.choice(W.PHONE_Q[lg]), c))
            s, txt = W.PHONE_FOLLOW[lg]
            ag = self.agent(lg)
            self.add(
                c,
                t + mins(rng, 10, 60),
                "email",
                "message",
                self.fill(txt, c, agent=ag),
                subject=s,
                out=True,
                agent=ag,
            )
            return eid
        if kind == "buy":
            label, eur, page = rng.choice(W.PRODUCTS)
            self.add(c, t, "web", "page_view", attrs={"page": page})
            return self.add(
                c,
                t + mins(rng, 3, 20),
                "web",
                "purchase",
                attrs=self.price(c, eur) | {"product": label, "page": page},
            )
        if kind == "view":
            return self.add(c, t, "web", "page_view", attrs={"page": rng.choice(W.PAGES)})
        if kind == "review":
            rating, txt = rng.choice(W.REVIEWS[lg])
            return self.add(
                c, t, "web", "review", txt, attrs={"rating": rating, "page": "/reviews"}
            )
        if kind == "survey":
            return self.survey_high(c, t, lg)
        raise ValueError(kind)

    def survey_high(self, c: Cust, t: datetime, lg: str) -> str:
        rng = self.rng
        kind = rng.choice(["nps", "csat", "ces"])
        score = {"nps": rng.randint(9, 10), "csat": rng.randint(4, 5), "ces": rng.randint(6, 7)}[
            kind
        ]
        word = rng.choice(W.SURVEY_WORDS[lg]) or None
        return self.add(
            c, t, "survey", "survey_response", word, scores={kind: score}, attrs={"survey": kind}
        )

    def survey_low(self, c: Cust, t: datetime, lg: str, kind: str) -> tuple[str, int]:
        rng = self.rng
        if kind == "nps":
            score = rng.randint(1, 5)
            word = rng.choice(W.LOW_NPS_WORDS[lg]) or None
        else:
            score = rng.randint(1, 2)
            word = rng.choice(W.LOW_CSAT_WORDS[lg]) or None
        return self.add(
            c, t, "survey", "survey_response", word, scores={kind: score}, attrs={"survey": kind}
        ), score

    def happy_run(
        self,
        c: Cust,
        count: int,
        days: list[int],
        h0: float,
        h1: float,
        kinds: list[tuple[str, int]],
    ) -> list[str]:
        rng = self.rng
        out = []
        chosen = (
            rng.sample(days, count)
            if count <= len(days)
            else [rng.choice(days) for _ in range(count)]
        )
        for d in sorted(chosen):
            out.append(self.happy(c, self.when_in(d, h0, h1), wpick(rng, kinds)))
        return out

    # ---- trouble ------------------------------------------------------------------
    def amounts(self, c: Cust, lg: str, problem: str) -> dict[str, str]:
        eur = W.PROBLEM_EUR[problem]
        return {
            "amount": money(lg, c.market, eur),
            "spoken": spoken(lg, c.market, eur),
            "gist": W.GIST[problem][lg],
        }

    def new_case(self) -> str:
        while True:
            case = f"PRL-{self.rng.randint(100000, 999999)}"
            if REG.take("case:" + case):
                return case

    def complaint(
        self,
        c: Cust,
        t: datetime,
        problem: str,
        channel: str,
        lg: str,
        *,
        ack: bool = True,
        long_variant: int = -1,
    ) -> tuple[str, str | None]:
        """One angry first contact; returns its event id and the case reference."""
        rng = self.rng
        kw = self.amounts(c, lg, problem)
        variants = W.COMPLAINT[problem][lg]
        subject = W.COMPLAINT_PREFIX[lg] + W.SUBJ_TOPIC[problem][lg]
        case: str | None = None if channel == "social" else self.new_case()
        if long_variant >= 0:
            core = self.fill(variants[0], c, **kw)
            text = self.fill(W.LONG_EMAIL[lg][long_variant], c, core=core)
            eid = self.add(c, t, "email", "message", text, subject=subject)
        elif channel == "email":
            eid = self.add(
                c, t, "email", "message", self.fill(rng.choice(variants), c, **kw), subject=subject
            )
        elif channel == "web":
            eid = self.add(
                c,
                t,
                "web",
                "ticket",
                self.fill(rng.choice(variants), c, **kw),
                subject=subject,
                attrs={"page": "/help/contact"},
            )
        elif channel == "social":
            eid = self.add(c, t, "social", "mention", self.fill(rng.choice(variants), c, **kw))
        elif channel == "chat":
            eid = self.add(c, t, "chat", "chat", self.fill(rng.choice(variants), c, **kw))
            self.add(
                c,
                t + mins(rng, 1, 4),
                "chat",
                "chat",
                W.CHAT_CASE[lg].format(case=case),
                out=True,
                agent=self.agent(lg),
            )
        elif channel == "phone":
            tpl = W.PHONE_COMPLAINT[problem].get(lg, W.PHONE_COMPLAINT_GENERIC.get(lg, ""))
            eid = self.add(c, t, "phone", "call", self.fill(tpl, c, **kw))
        else:
            raise ValueError(channel)
        if ack and case is not None and channel != "chat":
            ag = self.agent(lg)
            self.add(
                c,
                self.awake(t + mins(rng, 10, 40)),
                "email",
                "message",
                W.CASE_OPENED[lg].format(first=c.first, case=case, agent=ag),
                subject=W.CASE_SUBJ[lg].format(case=case),
                out=True,
                agent=ag,
            )
        return eid, case

    def day_phrase(self, lg: str, prev: datetime, now: datetime) -> str:
        phrase: str = (
            W.EARLIER_TODAY[lg] if prev.date() == now.date() else W.WEEKDAYS[lg][prev.weekday()]
        )
        return phrase

    def still(
        self,
        c: Cust,
        t: datetime,
        problem: str,
        channel: str,
        lg: str,
        case: str,
        nth: int,
        prev: datetime,
        comp: str,
    ) -> str:
        """A later contact about the same open case (second, third or fourth)."""
        rng = self.rng
        kw = {"case": case, "gist": W.GIST[problem][lg], "day": self.day_phrase(lg, prev, t)}
        text = self.fill(rng.choice(W.STILL[lg]), c, **kw)
        if nth == 3:
            text += " " + rng.choice(W.THIRD[lg]).format(comp=comp)
        if nth == 4:
            text += " " + W.FOURTH[lg]
        if channel == "phone":
            spoken_text = self.fill(W.PHONE_STILL[lg], c, **kw)
            if nth == 3:
                spoken_text += " " + rng.choice(W.THIRD[lg]).format(comp=comp)
            if nth == 4:
                spoken_text += " " + W.FOURTH[lg]
            return self.add(
                c, t, "phone", "call", speak(spoken_text, lg, {case, comp, BRAND, c.beach})
            )
        if channel == "email":
            return self.add(
                c, t, "email", "message", text, subject=W.RE_CASE_SUBJ[lg].format(case=case)
            )
        if channel == "web":
            return self.add(
                c,
                t,
                "web",
                "ticket",
                text,
                subject=W.RE_CASE_SUBJ[lg].format(case=case),
                attrs={"page": "/help/contact"},
            )
        if channel == "social":
            return self.add(c, t, "social", "mention", text)
        if channel == "chat":
            eid = self.add(c, t, "chat", "chat", text)
            self.add(
                c,
                t + mins(rng, 1, 4),
                "chat",
                "chat",
                W.CHAT_URGENT[lg].format(case=case),
                out=True,
                agent=self.agent(lg),
            )
            return eid
        raise ValueError(channel)

    def good_news(self, c: Cust, t: datetime, lg: str, case: str) -> str:
        ag = self.agent(lg)
        return self.add(
            c,
            t,
            "email",
            "message",
            W.GOOD_NEWS[lg].format(first=c.first, case=case, agent=ag),
            subject=W.RE_CASE_SUBJ[lg].format(case=case),
            out=True,
            agent=ag,
        )

    def confirm(self, c: Cust, t: datetime, lg: str, case: str, channel: str) -> str:
        text = self.rng.choice(W.CONFIRM[lg]).format(case=case)
        if channel == "email":
            return self.add(
                c, t, "email", "message", text, subject=W.RE_CASE_SUBJ[lg].format(case=case)
            )
        return self.add(c, t, "chat", "chat", text)

    def fixed_case(
        self, c: Cust, t: datetime, problem: str, channel: str, lg: str, confirm_lg: str
    ) -> dict[str, Any]:
        rng = self.rng
        eid, case = self.complaint(c, t, problem, channel, lg)
        assert case is not None
        fixed = self.awake(t + timedelta(minutes=rng.randint(180, 1200)))
        self.good_news(c, fixed, lg, case)
        conf_ch = rng.choice(["email", "chat"])
        conf_t = self.awake(fixed + timedelta(minutes=rng.randint(480, 1800)))
        ceid = self.confirm(c, conf_t, confirm_lg, case, conf_ch)
        return {
            "problem": problem,
            "booking": case,
            "raised_at": iso(t),
            "fixed_at": iso(fixed),
            "confirmed_at": iso(conf_t),
            "problem_event_ids": [eid],
            "confirm_event_id": ceid,
            "channel": channel,
            "confirm_channel": conf_ch,
        }

    # ---- output -------------------------------------------------------------------
    def ident(self, c: Cust, channel: str, full: bool) -> dict[str, Any]:
        r = self.rr
        ref: dict[str, Any] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": c.account,
        }
        phone = f"+{c.cc} {c.national}" if r.random() < 0.5 else c.phone
        if full:
            ref.update(customer_id=c.key, email=c.email, phone=phone, handle=c.handle)
            return ref
        if channel == "phone":
            ref["phone"] = phone
        elif channel in ("social", "community") and c.handle:
            ref["handle"] = c.handle if r.random() >= 0.2 else c.handle.lstrip("@")
        elif channel in ("email", "social", "community"):
            ref["email"] = c.email.upper() if r.random() < 1 / 12 else c.email
        else:
            ref["customer_id"] = c.key
        return ref

    def write(self) -> tuple[int, int, int]:
        rows = sorted(self.rows, key=lambda r: (r.t, r.seq))
        seen: set[str] = set()
        lines = []
        last = self.start
        for r in rows:
            if r.t < self.start or r.t >= LIMIT or r.t.year != 2026:
                raise SystemExit(f"{self.name}: {r.body['event_id']} at {iso(r.t)} is out of range")
            c = r.cust
            inbound = r.body["direction"] == "inbound"
            full = (not inbound) or c.key not in seen
            if inbound:
                seen.add(c.key)
            body = dict(r.body)
            body["customer"] = self.ident(c, body["channel"], full)
            lines.append(json.dumps(body, ensure_ascii=False))
            last = max(last, r.t)
        for c in self.custs:
            if c.key not in seen:
                raise SystemExit(f"{self.name}: {c.key} has no inbound touchpoint")
        counts: Counter[str] = Counter()
        for c in self.custs:
            counts.update(c.truth["expected_rules"])
        for acc in self.accounts.values():
            counts.update(acc["expected_rules"])
        if self.spike:
            counts["topic_spike"] += 1
        if dict(counts) != self.planted:
            raise SystemExit(f"{self.name}: expected {dict(counts)} but planted {self.planted}")
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        if end > LIMIT:
            raise SystemExit(f"{self.name}: end {iso(end)} too late")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": BUSINESS,
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "2026-12-04, blind, by a helper session (heldout84)",
                "expected": dict(sorted(counts.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {c.key: c.truth for c in self.custs},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        outbound = sum(1 for r in rows if r.body["direction"] == "outbound")
        return len(self.custs), len(rows), outbound


HAPPY_KINDS: list[tuple[str, int]] = [
    ("praise", 3),
    ("chat", 2),
    ("email", 1),
    ("phone", 1),
    ("buy", 2),
    ("view", 1),
    ("review", 1),
    ("survey", 1),
]
PLAIN_KINDS: list[tuple[str, int]] = [
    ("praise", 3),
    ("chat", 2),
    ("email", 1),
    ("phone", 1),
    ("buy", 2),
    ("view", 1),
    ("review", 1),
]
DAY_KINDS: list[tuple[str, int]] = [("praise", 2), ("buy", 2), ("view", 1), ("review", 1)]


def d0(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


# ---- the families ------------------------------------------------------------------


def happy_writers() -> Fam:
    f = Fam(
        1,
        "happy_writers",
        "HW",
        d0(2026, 3, 9),
        10,
        "happy customers only: daytime writers, night writers and survey answerers",
        {},
    )
    rng = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_run(c, rng.randint(5, 8), list(range(10)), 7, 19, HAPPY_KINDS)
    for _ in range(5):
        c = f.person("happy", "night writer")
        nights = rng.sample(range(9), rng.randint(2, 4))
        for nd in sorted(nights):
            t = f.start + timedelta(days=nd, minutes=rng.randint(22 * 60 + 12, 28 * 60 + 30))
            lg = c.lang
            if rng.random() < 0.5:
                ch = rng.choice(["social", "community"])
                f.add(
                    c,
                    t,
                    ch,
                    "mention" if ch == "social" else "post",
                    f.fill(rng.choice(W.NIGHT_POSTS[lg]), c),
                )
            else:
                q, a = rng.choice(W.NIGHT_QA[lg])
                f.add(c, t, "chat", "chat", q)
                t2 = t + mins(rng, 1, 5)
                f.add(c, t2, "chat", "chat", a, out=True, agent=f.agent(lg))
                f.add(c, t2 + mins(rng, 1, 3), "chat", "chat", rng.choice(W.THANKS[lg]))
        free = [d for d in range(10) if d not in nights]
        f.happy_run(c, rng.randint(2, 3), free, 9, 18, DAY_KINDS)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in sorted(rng.sample(range(10), rng.randint(3, 6))):
            f.survey_high(c, f.when_in(d, 8, 20), c.lang)
    return f


def one_bad_day() -> Fam:
    f = Fam(
        2,
        "one_bad_day",
        "BD",
        d0(2026, 4, 20),
        12,
        "happy customers with one angry message on one day, and controls",
        {"detractor": 6},
    )
    rng = f.rng
    channels = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    problems = W.PROBLEMS * 4
    rng.shuffle(problems)
    cased = [i for i, ch in enumerate(channels) if ch != "social"]
    detractors = set(rng.sample(cased, 6))
    csats = set(rng.sample([i for i in cased if i not in detractors], 5))
    good = set(rng.sample(cased, 12))
    sorry = set(rng.sample(sorted(good), 5))
    long_langs = ["fr", "fr", "pt", "pt"]
    for i, ch in enumerate(channels):
        lang = long_langs.pop(0) if ch == "long" else None
        persona = "bad_day_detractor" if i in detractors else "happy_one_bad_day"
        c = f.person(
            persona,
            "one bad day",
            lang=lang,
            expected=["detractor"] if i in detractors else [],
            tolerated=T_SILENCE,
        )
        lg = c.lang
        bd = rng.randint(2, 9)
        t = f.when_in(bd, 8, 20)
        around = [d for d in range(12) if d <= bd - 2 or d >= bd + 3]
        f.happy_run(c, rng.randint(1, 5), around, 8, 20, PLAIN_KINDS)
        p = problems[i]
        long_variant = [0, 1, 0, 1][i] if ch == "long" else -1
        eid, case = f.complaint(
            c, t, p, "email" if ch == "long" else ch, lg, long_variant=long_variant
        )
        tr = c.truth
        tr.update(
            problem=p,
            channel="email" if ch == "long" else ch,
            booking=case,
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            trouble_starts_at=iso(t),
            problem_event_ids=[eid],
            long_email=ch == "long",
            agent_fixed=False,
            apologised=False,
            nps_given=False,
            csat_given=False,
        )
        if i in detractors:
            sid, score = f.survey_low(c, t + mins(rng, 100, 140), lg, "nps")
            tr.update(nps_given=True, nps=score, survey_event_id=sid)
        if i in csats:
            sid, score = f.survey_low(c, t + mins(rng, 40, 80), lg, "csat")
            tr.update(csat_given=True, csat=score, survey_event_id=sid)
        if i in good and case:
            f.good_news(c, f.awake(t + mins(rng, 60, 240)), lg, case)
            tr["agent_fixed"] = True
            if i in sorry:
                at = f.awake(t + mins(rng, 16 * 60, 24 * 60))
                text = rng.choice(W.APOLOGY[lg]).format(case=case)
                if rng.random() < 0.5:
                    aid = f.add(c, at, "chat", "chat", text)
                else:
                    aid = f.add(
                        c,
                        at,
                        "email",
                        "message",
                        text,
                        subject=W.RE_CASE_SUBJ[lg].format(case=case),
                    )
                tr.update(apologised=True, apology_at=iso(at), apology_event_id=aid)
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_run(c, rng.randint(4, 7), list(range(12)), 7, 20, PLAIN_KINDS)
    return f


def repeat_contacts() -> Fam:
    f = Fam(
        3,
        "repeat_contacts",
        "RC",
        d0(2026, 6, 1),
        10,
        "one open problem raised again and again, fixed problems, two problems, frequent writers",
        {"repeat_contact": 12},
    )
    rng = f.rng
    counts = [2] * 4 + [3] * 4 + [4] * 4
    rng.shuffle(counts)
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    rng.shuffle(firsts)
    lead = set(rng.sample(range(12), 6))
    problems = W.PROBLEMS * 2
    rng.shuffle(problems)
    for i in range(12):
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=T_REPEAT)
        lg = c.lang
        comp = rng.choice(COMPS)
        f.happy_run(
            c, rng.randint(1, 3), [0], 7, 12, [("chat", 1), ("buy", 1), ("view", 1), ("praise", 1)]
        )
        p = problems[i]
        t = f.when_in(rng.randint(1, 4), 8, 19)
        first = firsts[i]
        eid, case = f.complaint(c, t, p, first, lg, ack=i not in lead)
        assert case is not None
        if i in lead:
            ag = f.agent(lg)
            f.add(
                c,
                f.awake(t + mins(rng, 90, 150)),
                "email",
                "message",
                W.QUALITY_LEAD[lg].format(first=c.first, case=case, agent=ag),
                subject=W.CASE_SUBJ[lg].format(case=case),
                out=True,
                agent=ag,
            )
        others = rng.sample(
            [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != first], counts[i] - 1
        )
        ids = [eid]
        prev = t
        for nth, ch in enumerate(others, start=2):
            nt = f.awake(prev + mins(rng, 4 * 60, 40 * 60))
            ids.append(f.still(c, nt, p, ch, lg, case, nth, prev, comp))
            prev = nt
        c.truth.update(
            problem=p,
            booking=case,
            contacts=counts[i],
            channel=first,
            channels=[first, *others],
            competitor=comp if counts[i] >= 3 else None,
            agent_passed_on=i in lead,
            problem_event_ids=ids,
            repeat_event_id=ids[1],
            trouble_starts_at=iso(t),
        )
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=T_SILENCE)
        d = rng.randint(1, 5)
        fc = f.fixed_case(
            c,
            f.when_in(d, 8, 19),
            rng.choice(W.PROBLEMS),
            rng.choice(["web", "email", "chat"]),
            c.lang,
            c.lang,
        )
        f.happy_run(c, rng.randint(1, 3), [x for x in range(10) if x != d], 8, 20, PLAIN_KINDS)
        c.truth.update(
            problems=[fc],
            booking=fc["booking"],
            trouble_starts_at=fc["raised_at"],
            problem_event_ids=fc["problem_event_ids"],
        )
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=T_SILENCE)
        p1, p2 = rng.sample(W.PROBLEMS, 2)
        da = rng.randint(1, 2)
        db = da + rng.randint(4, 5)
        c1 = f.fixed_case(
            c, f.when_in(da, 8, 18), p1, rng.choice(["web", "email", "chat"]), c.lang, c.lang
        )
        c2 = f.fixed_case(
            c, f.when_in(db, 8, 14), p2, rng.choice(["web", "email", "chat"]), c.lang, c.lang
        )
        f.happy_run(c, rng.randint(1, 2), [0, da + 2], 8, 20, PLAIN_KINDS)
        c.truth.update(problems=[c1, c2], trouble_starts_at=c1["raised_at"])
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.happy_run(
            c,
            rng.randint(5, 8),
            list(range(10)),
            7,
            20,
            [("chat", 4), ("email", 3), ("phone", 2), ("buy", 1), ("praise", 1)],
        )
    return f


def slide(
    f: Fam, c: Cust, start_day: int, span: int, langs: list[str] | None = None
) -> tuple[list[str], list[datetime]]:
    rng = f.rng
    comp = rng.choice(COMPS)
    t0 = f.when_in(start_day, 8, 20)
    ids: list[str] = []
    times: list[datetime] = []
    prev = t0 - timedelta(hours=2)
    ratings = ["3", "3", "2", "2", "1", "1"]
    for step in range(6):
        target = t0 + timedelta(hours=span * 24 * step / 5) + mins(rng, -90, 90)
        t = f.awake(max(target, prev + timedelta(hours=1)))
        lg = langs[step % len(langs)] if langs else c.lang
        text = f.fill(W.SLIDE[lg][step], c, comp=comp)
        ch = rng.choice(["social", "community", "review"])
        if ch == "review":
            eid = f.add(
                c, t, "web", "review", text, attrs={"rating": ratings[step], "page": "/reviews"}
            )
        else:
            eid = f.add(c, t, ch, "mention" if ch == "social" else "post", text)
        ids.append(eid)
        times.append(t)
        prev = t
    c.truth.update(
        slide_event_ids=ids, slide_days=span, competitor=comp, trouble_starts_at=iso(times[0])
    )
    return ids, times


def slow_churners() -> Fam:
    f = Fam(
        4,
        "slow_churners",
        "SC",
        d0(2026, 7, 6),
        32,
        "slow slides from a happy baseline, leavers who cancel, steady and steadily grumpy customers, one sarcastic post",
        {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
    )
    rng = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    rng.shuffle(spans)
    nps = set(rng.sample(range(10), 5))
    for i in range(10):
        exp = ["sentiment_drop"] + (["detractor"] if i in nps else [])
        c = f.person("slow_churner", "slides", expected=exp, tolerated=T_SLIDE)
        for _ in range(rng.randint(4, 5)):
            f.happy(c, f.when_in(rng.randint(0, 10), 8, 20), "praise")
        for _ in range(rng.randint(2, 4)):
            f.happy(
                c,
                f.when_in(rng.randint(0, 10), 8, 20),
                rng.choice(["chat", "buy", "view", "review", "email"]),
            )
        _, times = slide(f, c, rng.randint(12, 16), spans[i])
        c.truth["nps_given"] = i in nps
        if i in nps:
            sid, score = f.survey_low(c, f.awake(times[3] + mins(rng, 150, 210)), c.lang, "nps")
            c.truth.update(nps=score, survey_event_id=sid)
    for _ in range(5):
        c = f.person("slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=T_LEAVE)
        f.happy_run(c, rng.randint(4, 6), list(range(16)), 8, 20, PLAIN_KINDS)
        t = f.when_in(rng.randint(17, 23), 8, 20)
        s, txt = rng.choice(W.LEAVE[c.lang])
        eid = f.add(c, t, "email", "message", f.fill(txt, c), subject=s)
        ag = f.agent(c.lang)
        f.add(
            c,
            f.awake(t + mins(rng, 60, 300)),
            "email",
            "message",
            W.SORRY_TO_GO[c.lang].format(first=c.first, agent=ag),
            subject="Re: " + s,
            out=True,
            agent=ag,
        )
        ct = f.awake(t + mins(rng, 20 * 60, 30 * 60))
        cid = f.add(
            c, ct, "web", "cancellation", attrs={"page": "/account/pass", "product": "Praiola Pass"}
        )
        c.truth.update(
            churn_intent_event_id=eid,
            cancellation_event_id=cid,
            churn_at=iso(ct),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_run(c, rng.randint(6, 10), list(range(32)), 7, 20, HAPPY_KINDS)
    for _ in range(5):
        c = f.person(
            "steadily_grumpy", "grumbles", lang=rng.choice(["fr", "pt"]), tolerated=T_GRUMPY
        )
        n = rng.randint(5, 7)
        themes = rng.sample(W.GRUMBLES[c.lang], n)
        day = rng.randint(0, 4)
        ids = []
        first_t: datetime | None = None
        for th in themes:
            t = f.when_in(day, 8, 21)
            first_t = first_t or t
            text = f.fill(th, c)
            ch = rng.choice(["social", "community", "web", "review"])
            if ch == "web":
                ids.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
            elif ch == "review":
                ids.append(
                    f.add(c, t, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            else:
                ids.append(f.add(c, t, ch, "mention" if ch == "social" else "post", text))
            day += rng.randint(1, 3)
        for _ in range(rng.randint(0, 2)):
            f.happy(c, f.when_in(rng.randint(0, 20), 9, 19), "buy")
        assert first_t is not None
        c.truth.update(grumble_event_ids=ids, trouble_starts_at=iso(first_t))
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=T_SILENCE)
        f.happy_run(c, rng.randint(3, 6), list(range(16)), 8, 20, PLAIN_KINDS)
        t = f.when_in(rng.randint(17, 28), 8, 21)
        ch = rng.choice(["social", "community"])
        sid = f.add(
            c, t, ch, "mention" if ch == "social" else "post", rng.choice(W.SARCASM[c.lang])
        )
        c.truth.update(sarcasm_event_id=sid)
    return f


def quiet_hours() -> Fam:
    f = Fam(
        5,
        "quiet_hours",
        "QH",
        d0(2026, 8, 28),
        3,
        "a calm summer weekend with night owls in bursts; no spike",
        {},
    )
    rng = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in sorted(rng.sample(range(3), rng.randint(1, 3))):
            f.happy(
                c,
                f.when_in(d, 7, 17.5),
                wpick(rng, [("praise", 2), ("chat", 2), ("buy", 2), ("view", 1), ("review", 1)]),
            )
    for k in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=T_SILENCE)
        t = f.when_in(rng.randint(0, 2), 8, 17)
        f.happy(c, t, rng.choice(["view", "buy"]))
        gt = t + mins(rng, 20, 30)
        q, a = rng.choice(W.MILD[c.lang])
        if k < 2:
            gid = f.add(c, gt, "chat", "chat", f.fill(q, c))
            f.add(c, gt + mins(rng, 2, 6), "chat", "chat", a, out=True, agent=f.agent(c.lang))
        else:
            gid = f.add(c, gt, "web", "ticket", f.fill(q, c), attrs={"page": "/help/contact"})
            s, txt = W.FORM_ACK[c.lang]
            ag = f.agent(c.lang)
            f.add(
                c,
                gt + mins(rng, 20, 90),
                "email",
                "message",
                txt.format(first=c.first, agent=ag),
                subject=s,
                out=True,
                agent=ag,
            )
        c.truth.update(grumble_event_id=gid, trouble_starts_at=iso(gt))
    owls = 0
    for night in range(3):
        b1 = f.at(night + 1, 0, 40) + mins(rng, 0, 25)
        starts = [b1, b1 + mins(rng, 28, 33), b1 + mins(rng, 55, 65)]
        for b, bs in enumerate(starts):
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                t = bs + mins(rng, 0, 9)
                lg = c.lang
                if rng.random() < 0.5:
                    q, a = rng.choice(W.NIGHT_QA[lg])
                    nid = f.add(c, t, "chat", "chat", q)
                    t2 = t + mins(rng, 1, 3)
                    f.add(c, t2, "chat", "chat", a, out=True, agent=f.agent(lg))
                    f.add(c, t2 + mins(rng, 1, 3), "chat", "chat", rng.choice(W.THANKS[lg]))
                else:
                    ch = rng.choice(["social", "community"])
                    nid = f.add(
                        c,
                        t,
                        ch,
                        "mention" if ch == "social" else "post",
                        f.fill(rng.choice(W.NIGHT_POSTS[lg]), c),
                    )
                if owls % 2 == 0:
                    f.happy(
                        c,
                        f.when_in(rng.randint(0, 2), 9, 17.5),
                        rng.choice(["praise", "buy", "view"]),
                    )
                owls += 1
                c.truth.update(burst_at=iso(bs), night_event_id=nid)
    return f


BILINGUAL_PAIRS: list[tuple[str, str, str]] = [
    ("fr", "pt", "FR"),
    ("fr", "pt", "FR"),
    ("fr", "pt", "FR"),
    ("pt", "fr", "FR"),
    ("pt", "fr", "FR"),
    ("pt", "fr", "FR"),
    ("pt", "fr", "LU"),
    ("pt", "fr", "LU"),
    ("fr", "pt", "LU"),
    ("fr", "pt", "BE"),
    ("pt", "fr", "CH"),
    ("fr", "de", "CH"),
    ("de", "fr", "CH"),
    ("fr", "it", "CH"),
    ("it", "fr", "CH"),
    ("pt", "en", "PT"),
    ("pt", "en", "PT"),
    ("en", "pt", "PT"),
    ("pt", "es", "PT"),
    ("es", "pt", "ES"),
    ("fr", "en", "FR"),
    ("en", "fr", "IE"),
    ("fr", "es", "FR"),
    ("pt", "de", "DE"),
    ("de", "pt", "DE"),
    ("pt", "it", "IT"),
    ("fr", "pt", "PT"),
]
WHY_SECOND: dict[str, str] = {
    "pt": "Portuguese family: writes Portuguese with the grandparents and on the family's phone",
    "fr": "grew up in Lyon and works in French",
    "en": "works in English at an IT firm",
    "de": "partner's family is Swiss German",
    "it": "studied in Bologna, still writes Italian with friends",
    "es": "partner is from Bilbao",
}


def bilingual() -> Fam:
    f = Fam(
        6,
        "bilingual",
        "BL",
        d0(2026, 9, 21),
        14,
        "customers who write in two languages: happy, repeat contacts, slides, one bad day in the second language, fixed problems",
        {"repeat_contact": 5, "sentiment_drop": 5},
    )
    rng = f.rng
    pairs = list(BILINGUAL_PAIRS)
    rng.shuffle(pairs)
    # the long e-mail's writer needs French or Portuguese as second language
    li = next(i for i, p in enumerate(pairs) if p[1] in ("fr", "pt"))
    pairs.insert(0, pairs.pop(li))
    roles = (
        ["bad_long", "bad_email", "bad_chat"]
        + ["repeat"] * 5
        + ["slide"] * 5
        + ["fixed"] * 2
        + ["happy"] * 12
    )
    rep_counts = [2, 2, 3, 3, 4]
    for (a, b, market), role in zip(pairs, roles, strict=True):
        extra: dict[str, Any] = {"languages": [a, b], "job_second_language": WHY_SECOND[b]}
        if role == "happy":
            c = f.person("happy", "alternates languages", lang=a, market=market, **extra)
            c.langs = (a, b)
            f.happy_run(c, rng.randint(5, 8), list(range(14)), 7, 20, HAPPY_KINDS)
        elif role == "repeat":
            c = f.person(
                "repeat_contact",
                "repeats",
                lang=a,
                market=market,
                expected=["repeat_contact"],
                tolerated=T_REPEAT,
                **extra,
            )
            c.langs = (a, b)
            f.happy_run(
                c, rng.randint(1, 3), [0, 1], 8, 20, [("chat", 1), ("buy", 1), ("praise", 1)]
            )
            k = rep_counts.pop(0)
            p = rng.choice(W.PROBLEMS)
            comp = rng.choice(COMPS)
            t = f.when_in(rng.randint(2, 5), 8, 19)
            first = rng.choice(["web", "email", "chat", "phone"])
            lg = c.next_lang()
            eid, case = f.complaint(c, t, p, first, lg, ack=k < 3)
            assert case is not None
            if k >= 3:
                ag = f.agent(lg)
                f.add(
                    c,
                    f.awake(t + mins(rng, 90, 150)),
                    "email",
                    "message",
                    W.QUALITY_LEAD[lg].format(first=c.first, case=case, agent=ag),
                    subject=W.CASE_SUBJ[lg].format(case=case),
                    out=True,
                    agent=ag,
                )
            others = rng.sample(
                [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != first], k - 1
            )
            ids = [eid]
            prev = t
            for nth, ch in enumerate(others, start=2):
                nt = f.awake(prev + mins(rng, 4 * 60, 40 * 60))
                ids.append(f.still(c, nt, p, ch, c.next_lang(), case, nth, prev, comp))
                prev = nt
            c.truth.update(
                problem=p,
                booking=case,
                contacts=k,
                channel=first,
                channels=[first, *others],
                competitor=comp if k >= 3 else None,
                agent_passed_on=k >= 3,
                problem_event_ids=ids,
                repeat_event_id=ids[1],
                trouble_starts_at=iso(t),
            )
        elif role == "slide":
            c = f.person(
                "slow_churner",
                "slides",
                lang=a,
                market=market,
                expected=["sentiment_drop"],
                tolerated=T_SLIDE,
                **extra,
            )
            c.langs = (a, b)
            for d in range(5):
                f.happy(c, f.when_in(d + rng.randint(0, 1), 8, 20), "praise")
            for _ in range(rng.randint(1, 3)):
                f.happy(c, f.when_in(rng.randint(0, 5), 8, 20), rng.choice(["chat", "buy", "view"]))
            slide(f, c, rng.randint(7, 8), rng.randint(3, 5), [a, b])
        elif role.startswith("bad"):
            c = f.person(
                "happy_one_bad_day",
                "one bad day",
                lang=a,
                market=market,
                tolerated=T_SILENCE,
                **extra,
            )
            c.langs = (a, b)
            bd = rng.randint(3, 10)
            t = f.when_in(bd, 8, 19)
            f.happy_run(
                c,
                rng.randint(3, 5),
                [d for d in range(14) if d <= bd - 2 or d >= bd + 3],
                8,
                20,
                PLAIN_KINDS,
            )
            p = rng.choice(W.PROBLEMS)
            ch = {"bad_long": "email", "bad_email": "email", "bad_chat": "chat"}[role]
            eid, case = f.complaint(
                c, t, p, ch, b, long_variant=rng.randint(0, 1) if role == "bad_long" else -1
            )
            assert case is not None
            c.truth.update(
                problem=p,
                channel=ch,
                booking=case,
                bad_day_at=iso(t),
                bad_day_event_id=eid,
                bad_day_language=b,
                trouble_starts_at=iso(t),
                problem_event_ids=[eid],
                long_email=role == "bad_long",
                agent_fixed=ch == "email",
                apologised=False,
            )
            if ch == "email":
                f.good_news(c, f.awake(t + mins(rng, 60, 240)), b, case)
            if role == "bad_email":
                at = f.awake(t + mins(rng, 18 * 60, 24 * 60))
                aid = f.add(c, at, "chat", "chat", rng.choice(W.APOLOGY[b]).format(case=case))
                c.truth.update(apologised=True, apology_at=iso(at), apology_event_id=aid)
        else:
            c = f.person(
                "resolved_between_contacts",
                "fixed",
                lang=a,
                market=market,
                tolerated=T_SILENCE,
                **extra,
            )
            c.langs = (a, b)
            d = rng.randint(2, 8)
            case_d = f.fixed_case(c, f.when_in(d, 8, 18), rng.choice(W.PROBLEMS), "web", a, b)
            f.happy_run(c, rng.randint(2, 4), [x for x in range(14) if x != d], 8, 20, PLAIN_KINDS)
            c.truth.update(
                problems=[case_d],
                booking=case_d["booking"],
                confirm_language=b,
                trouble_starts_at=case_d["raised_at"],
                problem_event_ids=case_d["problem_event_ids"],
            )
    return f


# (account suffix, company, domain, site, market, language, kind, problem, contacts, complainers)
COMPANIES: list[tuple[str, str, str, str, str, str, str, str | None, int, int]] = [
    (
        "clinique",
        "Clinique des Dunes",
        "cliniquedesdunes.example",
        "clinic",
        "FR",
        "fr",
        "at_risk",
        "portal",
        4,
        3,
    ),
    (
        "ventoux",
        "Ventoux Informatique",
        "ventoux-info.example",
        "tech",
        "FR",
        "fr",
        "at_risk",
        "invoice",
        5,
        4,
    ),
    (
        "atlantida",
        "Colégio Atlântida",
        "colegioatlantida.example",
        "school",
        "PT",
        "pt",
        "at_risk",
        "service_blocked",
        5,
        3,
    ),
    (
        "marealta",
        "Hotel Maré Alta",
        "hotelmarealta.example",
        "hotel",
        "PT",
        "pt",
        "at_risk",
        "overbilled",
        6,
        4,
    ),
    (
        "brabant",
        "Brabant Events",
        "brabantevents.example",
        "events",
        "BE",
        "fr",
        "at_risk",
        "invoice",
        4,
        3,
    ),
    (
        "embruns",
        "Lycée des Embruns",
        "lycee-embruns.example",
        "school",
        "FR",
        "fr",
        "one_unhappy",
        "service_blocked",
        3,
        1,
    ),
    (
        "lusomar",
        "Farmácias Lusomar",
        "lusomar.example",
        "pharmacy",
        "PT",
        "pt",
        "one_unhappy",
        "portal",
        3,
        1,
    ),
    (
        "kessler",
        "Kessler Engineering",
        "kessler-eng.example",
        "engineering",
        "DE",
        "de",
        "one_unhappy",
        "overbilled",
        3,
        1,
    ),
    (
        "crest",
        "Atlantic Crest Hotel",
        "atlanticcrest.example",
        "hotel",
        "IE",
        "en",
        "one_unhappy",
        "invoice",
        3,
        1,
    ),
    (
        "lemanique",
        "Banque Lémanique",
        "banquelemanique.example",
        "bank",
        "CH",
        "fr",
        "mild",
        None,
        3,
        0,
    ),
    (
        "tecnoporto",
        "Tecnoporto Software",
        "tecnoporto.example",
        "tech",
        "PT",
        "pt",
        "mild",
        None,
        4,
        0,
    ),
    (
        "marea",
        "Studio Marea Design",
        "studiomarea.example",
        "design",
        "IT",
        "it",
        "mild",
        None,
        3,
        0,
    ),
    ("kernow", "Kernow Digital", "kernowdigital.example", "tech", "UK", "en", "happy", None, 4, 0),
    (
        "belharra",
        "Hôtel Belharra",
        "hotelbelharra.example",
        "hotel",
        "FR",
        "fr",
        "happy",
        None,
        5,
        0,
    ),
    (
        "cantabrica",
        "Cantábrica Eventos",
        "cantabricaeventos.example",
        "events",
        "ES",
        "es",
        "happy",
        None,
        4,
        0,
    ),
]
TITLES = [
    "HR manager",
    "Office manager",
    "Events coordinator",
    "Finance controller",
    "Accounts payable clerk",
    "Wellbeing lead",
    "Front office manager",
    "Team lead",
    "Procurement officer",
    "Operations manager",
    "CEO",
    "Facilities manager",
    "Guest relations manager",
    "Deputy director",
]
WORKDAYS = [0, 1, 2, 3, 4, 7, 8, 9, 10, 11]


def b2b_routine(f: Fam, c: Cust, t: datetime, kind: str) -> str:
    rng = f.rng
    lg = c.lang
    if kind == "chat":
        q, a = rng.choice(B.PRO_CHAT_QA[lg])
        eid = f.add(c, t, "chat", "chat", q)
        t2 = t + mins(rng, 1, 6)
        f.add(c, t2, "chat", "chat", a, out=True, agent=f.agent(lg))
        if rng.random() < 0.6:
            f.add(c, t2 + mins(rng, 1, 4), "chat", "chat", rng.choice(W.THANKS[lg]))
        return eid
    if kind == "hire":
        label, eur, page = rng.choice(B.PRO_PRODUCTS)
        f.add(c, t, "web", "page_view", attrs={"page": page})
        return f.add(
            c,
            t + mins(rng, 3, 20),
            "web",
            "purchase",
            attrs=f.price(c, eur) | {"product": label, "page": page},
        )
    if kind == "view":
        return f.add(c, t, "web", "page_view", attrs={"page": rng.choice(B.PRO_PAGES)})
    if kind == "praise":
        return f.add(c, t, "community", "post", rng.choice(B.PRO_PRAISE[lg]))
    if kind == "survey":
        return f.survey_high(c, t, lg)
    raise ValueError(kind)


def b2b_accounts() -> Fam:
    f = Fam(
        7,
        "b2b_accounts",
        "BB",
        d0(2026, 10, 12),
        14,
        "company accounts of Praiola Pro: at risk, one unhappy contact, mild suggestions, happy",
        {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    )
    rng = f.rng
    last_channels = ["email", "phone", "phone", "phone", "phone"]
    rng.shuffle(last_channels)
    at_risk_i = 0
    for (
        _suffix,
        company,
        domain,
        site,
        market,
        lang,
        kind,
        problem,
        n_contacts,
        n_unhappy,
    ) in COMPANIES:
        while True:
            acc = f"PLP-{market}-{rng.randint(1000, 9999)}"
            if REG.take("account:" + acc):
                break
        firsts = rng.sample(FIRST_NAMES[lang], n_contacts)
        titles = rng.sample(TITLES, n_contacts)
        contacts: list[Cust] = []
        n_mild = 2 if kind == "mild" else 0
        for j in range(n_contacts):
            comp_t = (acc, domain, titles[j])
            if j < n_unhappy:
                if kind == "at_risk":
                    c = f.person(
                        "b2b_unhappy",
                        "complainer",
                        lang=lang,
                        market=market,
                        tolerated=T_B2B_UNHAPPY,
                        company=comp_t,
                        first=firsts[j],
                        company_name=company,
                        role="complainer",
                        job_title=titles[j],
                    )
                else:
                    c = f.person(
                        "b2b_one_unhappy",
                        "complainer",
                        lang=lang,
                        market=market,
                        expected=["detractor"],
                        tolerated=T_B2B_ONE,
                        company=comp_t,
                        first=firsts[j],
                        company_name=company,
                        role="complainer",
                        job_title=titles[j],
                    )
            elif j < n_mild:
                c = f.person(
                    "b2b_mild",
                    "suggests",
                    lang=lang,
                    market=market,
                    tolerated=T_SILENCE,
                    company=comp_t,
                    first=firsts[j],
                    company_name=company,
                    role="suggests",
                    job_title=titles[j],
                )
            else:
                c = f.person(
                    "b2b_happy",
                    "contact",
                    lang=lang,
                    market=market,
                    company=comp_t,
                    first=firsts[j],
                    company_name=company,
                    role="contact",
                    job_title=titles[j],
                )
            c.company = company
            c.truth["company"] = c.truth.pop("company_name")
            contacts.append(c)
        # routine acts
        for c in contacts:
            if c.truth["role"] == "contact":
                for d in sorted(rng.sample(WORKDAYS, rng.randint(2, 5))):
                    b2b_routine(
                        f,
                        c,
                        f.when_in(d, 8, 16.5),
                        wpick(
                            rng,
                            [("chat", 3), ("hire", 2), ("view", 2), ("praise", 1), ("survey", 2)],
                        ),
                    )
            else:
                for _ in range(rng.randint(0, 2)):
                    b2b_routine(
                        f,
                        c,
                        f.when_in(rng.randint(0, 1), 8, 16.5),
                        rng.choice(["chat", "hire", "view"]),
                    )
        unhappy = [c for c in contacts if c.truth["role"] == "complainer"]
        account: dict[str, Any] = {
            "company": company,
            "site": site,
            "contacts": n_contacts,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": [c.key for c in unhappy],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        sign_kw = {"company": company}
        if kind == "at_risk":
            assert problem is not None
            t = f.when_in(2, 8, 16)
            first_c = unhappy[0]
            case = f.new_case()
            account["trouble_starts_at"] = iso(t)
            first_t = t
            for k, c in enumerate(unhappy):
                core = B.CORE[problem][lang].format(account=acc, beach=first_c.beach)
                sign = B.SIGN[lang].format(first=c.first, last=c.last, title=c.title, **sign_kw)
                if k == 0:
                    text = B.FIRST[lang].format(core=core) + sign
                    subject = W.COMPLAINT_PREFIX[lang] + B.TOPIC[problem][lang]
                else:
                    t = f.office(t + mins(rng, 8 * 60, 28 * 60))
                    text = (
                        B.LATER[lang].format(
                            case=case,
                            who=first_c.first,
                            when=f.day_phrase(lang, first_t, t),
                            gist=B.GIST[problem][lang],
                            core=core,
                        )
                        + sign
                    )
                    subject = (
                        W.RE_CASE_SUBJ[lang].format(case=case) + " - " + B.TOPIC[problem][lang]
                    )
                eid = f.add(c, t, "email", "message", text, subject=subject)
                if k == 0:
                    ag = f.agent(lang)
                    f.add(
                        c,
                        t + mins(rng, 20, 90),
                        "email",
                        "message",
                        B.ACK[lang].format(first=c.first, case=case, account=acc, agent=ag),
                        subject=W.CASE_SUBJ[lang].format(case=case),
                        out=True,
                        agent=ag,
                    )
                c.truth.update(
                    problem=problem,
                    booking=case,
                    complaint_event_ids=[eid],
                    trouble_starts_at=iso(t),
                    nps_given=False,
                )
                if k < len(unhappy) - 1:
                    sid, score = f.survey_low(c, t + mins(rng, 60, 180), lang, "nps")
                    c.truth["expected_rules"] = ["detractor"]
                    c.truth.update(nps_given=True, nps=score, survey_event_id=sid)
                else:
                    c.truth["expected_rules"] = ["repeat_contact"]
                    t2 = f.office(t + mins(rng, 18 * 60, 40 * 60))
                    ch = last_channels[at_risk_i]
                    at_risk_i += 1
                    comp = rng.choice(COMPS)
                    if ch == "email":
                        text2 = (
                            B.LAST_EMAIL[lang].format(
                                case=case, gist=B.GIST[problem][lang], comp=comp
                            )
                            + sign
                        )
                        rid = f.add(
                            c,
                            t2,
                            "email",
                            "message",
                            text2,
                            subject=W.RE_CASE_SUBJ[lang].format(case=case),
                        )
                        c.truth["competitor"] = comp
                    else:
                        spoken_text = B.LAST_CALL[lang].format(
                            first=c.first,
                            last=c.last,
                            company=company,
                            case=case,
                            gist=B.GIST[problem][lang],
                        )
                        keep = {case, c.first, c.last, *company.split()}
                        rid = f.add(c, t2, "phone", "call", speak(spoken_text, lang, keep))
                        c.truth["competitor"] = None
                    c.truth["complaint_event_ids"] = [eid, rid]
                    c.truth.update(repeat_event_id=rid)
        elif kind == "one_unhappy":
            assert problem is not None
            c = unhappy[0]
            t = f.when_in(rng.choice([3, 4, 7]), 8, 16)
            case = f.new_case()
            core = B.CORE[problem][lang].format(account=acc, beach=c.beach)
            sign = B.SIGN[lang].format(first=c.first, last=c.last, title=c.title, **sign_kw)
            eid = f.add(
                c,
                t,
                "email",
                "message",
                B.FIRST[lang].format(core=core) + sign,
                subject=W.COMPLAINT_PREFIX[lang] + B.TOPIC[problem][lang],
            )
            ag = f.agent(lang)
            f.add(
                c,
                t + mins(rng, 20, 90),
                "email",
                "message",
                B.ACK[lang].format(first=c.first, case=case, account=acc, agent=ag),
                subject=W.CASE_SUBJ[lang].format(case=case),
                out=True,
                agent=ag,
            )
            sid, score = f.survey_low(c, t + mins(rng, 60, 180), lang, "nps")
            c.truth.update(
                problem=problem,
                booking=case,
                complaint_event_ids=[eid],
                trouble_starts_at=iso(t),
                nps_given=True,
                nps=score,
                survey_event_id=sid,
            )
        elif kind == "mild":
            ideas = list(B.SUGGEST[lang])
            for c in contacts[:2]:
                t = f.when_in(rng.choice([2, 3, 4, 7, 8, 9]), 8, 16)
                text = ideas[0] if len(ideas) == 1 else ideas.pop(rng.randrange(len(ideas)))
                mid = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    text,
                    subject=B.SUGGEST_SUBJ[lang],
                    attrs={"page": "/pro/feedback"},
                )
                ag = f.agent(lang)
                f.add(
                    c,
                    t + mins(rng, 30, 120),
                    "email",
                    "message",
                    B.SUGGEST_ACK[lang].format(first=c.first, agent=ag),
                    subject="Re: " + B.SUGGEST_SUBJ[lang],
                    out=True,
                    agent=ag,
                )
                c.truth.update(mild_event_id=mid, trouble_starts_at=iso(t))
        f.accounts[acc] = account
    return f


def topic_spike() -> Fam:
    f = Fam(
        8,
        "topic_spike",
        "TS",
        d0(2026, 11, 9),
        6,
        "a calm week, then on Saturday morning many customers report that the pre-session fitness declaration cannot be signed (WV/0438)",
        {"topic_spike": 1, "repeat_contact": 6},
    )
    rng = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in sorted(rng.sample(range(6), rng.randint(1, 4))):
            if d == 5:
                f.happy(
                    c, f.when_in(d, 12, 19), wpick(rng, [*DAY_KINDS, ("chat", 2), ("survey", 1)])
                )
            else:
                f.happy(c, f.when_in(d, 8, 20), wpick(rng, HAPPY_KINDS))
    for lg in ["fr", "pt"]:
        c = f.person("grumbles_once", "grumbles once", lang=lg, tolerated=T_SILENCE)
        t = f.when_in(0, 8, 12)
        q, a = W.TIDE_QA[lg][0]
        gid = f.add(c, t, "chat", "chat", q)
        f.add(c, t + mins(rng, 2, 6), "chat", "chat", a, out=True, agent=f.agent(lg))
        c.truth.update(grumble_event_id=gid, trouble_starts_at=iso(t))
    for lg, hh, mm in [("fr", 9, 40), ("pt", 16, 5)]:
        c = f.person("grumbles_once", "lone question", lang=lg, tolerated=T_SILENCE)
        t = f.at(4, hh, mm)
        q, a = W.LONE_QA[lg][0]
        lid = f.add(c, t, "chat", "chat", q)
        f.add(c, t + mins(rng, 2, 5), "chat", "chat", a, out=True, agent=f.agent(lg))
        c.truth.update(lone_report_event_id=lid, trouble_starts_at=iso(t))
    langs = ["fr"] * 6 + ["pt"] * 6 + ["en", "en", "de", "de", "it", "it", "es", "es"]
    rng.shuffle(langs)
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(chans)
    regular = [True] * 12 + [False] * 8
    rng.shuffle(regular)
    offs = [0, *sorted(rng.sample(range(1, 45), 18)), 45]
    base = f.at(5, 8, 20)
    times = [base + timedelta(minutes=m) for m in offs]
    early = [i for i in range(20) if times[i] <= f.at(5, 8, 45)]
    repeaters = set(rng.sample(early, 6))
    second = ["email", "email", "chat", "chat", "community", "community"]
    rng.shuffle(second)
    rep_order = sorted(repeaters)
    # a repeater's second channel differs from the first
    for _ in range(50):
        if all(second[k] != chans[i] for k, i in enumerate(rep_order)):
            break
        rng.shuffle(second)
    if any(second[k] == chans[i] for k, i in enumerate(rep_order)):
        raise SystemExit("topic_spike: a repeater's second channel equals the first")
    fixed = set(rng.sample([i for i in range(20) if i not in repeaters], 6))
    unused: dict[tuple[str, str], list[str]] = {}
    keys: list[str] = []
    eids: list[str] = []
    reids: list[str] = []
    for i in range(20):
        lg = langs[i]
        rep = i in repeaters
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular[i] else "new",
            lang=lg,
            expected=["repeat_contact"] if rep else [],
            tolerated=T_SPIKE_REPEAT if rep else T_SILENCE,
        )
        if regular[i]:
            for _ in range(rng.randint(1, 3)):
                f.happy(
                    c, f.when_in(2, 8, 17.5), rng.choice(["chat", "buy", "view", "praise", "email"])
                )
        t = times[i]
        ch = chans[i]
        table = W.SPIKE_REPORT[lg]
        slot = ch if ch in table else "any"
        pool = unused.setdefault((lg, slot), list(table[slot]))
        if not pool:
            pool.extend(table[slot])
        text = f.fill(pool.pop(rng.randrange(len(pool))), c)
        if ch == "social":
            eid = f.add(c, t, "social", "mention", text)
        elif ch == "community":
            eid = f.add(c, t, "community", "post", text)
        elif ch == "email":
            eid = f.add(c, t, "email", "message", text, subject=W.SPIKE_SUBJ[lg])
        elif ch == "web":
            eid = f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"})
        else:
            eid = f.add(c, t, "chat", "chat", text)
            f.add(
                c,
                t + mins(rng, 1, 4),
                "chat",
                "chat",
                W.SPIKE_CHAT_ANSWER[lg],
                out=True,
                agent=f.agent(lg),
            )
        keys.append(c.key)
        eids.append(eid)
        c.truth.update(
            in_spike=True,
            regular=regular[i],
            spike_event_id=eid,
            spike_channel=ch,
            trouble_starts_at=iso(t),
            agent_fixed=False,
        )
        if rep:
            ch2 = second[rep_order.index(i)]
            t2 = t + mins(rng, 15, 50)
            again_pool = unused.setdefault((lg, "again"), list(W.SPIKE_AGAIN[lg]))
            if not again_pool:
                again_pool.extend(W.SPIKE_AGAIN[lg])
            again = again_pool.pop(rng.randrange(len(again_pool)))
            if ch2 == "email":
                rid = f.add(c, t2, "email", "message", again, subject="Re: " + W.SPIKE_SUBJ[lg])
            elif ch2 == "chat":
                rid = f.add(c, t2, "chat", "chat", again)
                f.add(
                    c,
                    t2 + mins(rng, 1, 4),
                    "chat",
                    "chat",
                    W.SPIKE_CHAT_ANSWER[lg],
                    out=True,
                    agent=f.agent(lg),
                )
            else:
                rid = f.add(c, t2, "community", "post", again)
            reids.append(rid)
            c.truth.update(repeat_event_id=rid, repeat_channel=ch2)
        if i in fixed:
            local = "10:40" if c.market in ("PT", "UK", "IE") else "11:40"
            if c.market == "UK":
                credit = "£13"
            elif c.market == "CH":
                credit = "14 CHF" if lg in ("fr", "pt", "es") else "CHF 14"
            else:
                credit = "€15" if lg == "en" else "15 €"
            s, txt = W.SPIKE_FIXED[lg]
            ag = f.agent(lg)
            f.add(
                c,
                f.at(5, 11, 8) + mins(rng, 0, 9),
                "email",
                "message",
                txt.format(first=c.first, time=local, credit=credit, agent=ag),
                subject=s,
                out=True,
                agent=ag,
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "surf-lesson app: the pre-session fitness declaration cannot be signed, error WV/0438 'declaration incomplete', so instructors keep everyone out of the water and lessons are lost",
        "about": "Saturday 14 November 2026, morning UTC: 20 customers in six languages on five channels; 6 write again within the hour",
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
    total = [0, 0, 0]
    for build in FAMILIES:
        fam = build()
        n, rows, out = fam.write()
        total = [total[0] + n, total[1] + rows, total[2] + out]
        print(f"{fam.name}: {n} customers, {rows} touchpoints, {out} agents' replies")
    print(f"total: {total[0]} customers, {total[1]} touchpoints, {total[2]} agents' replies")


if __name__ == "__main__":
    main()
