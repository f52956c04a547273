# ruff: noqa: E501
"""Generate heldout70: the seventieth hand-written alert scenarios (report only, written blind).

Standard library only, fixed seed, deterministic. Run ``python make_heldout70.py`` from anywhere;
it writes ``<family>.jsonl`` and ``<family>.truth.json`` next to itself and refuses to write a
family whose expected counts differ from the planted ones.
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
WRITTEN = "2026-12-03"
BUSINESS = "Lanivo: yarn, knitting and crochet kits, needles, patterns, an app with video lessons and Saturday live classes, and a Lanivo Club monthly box (member prices); business arm Lanivo Werkstatt selling craft supplies to schools, care homes, theatres, craft cafés and shops on account with a portal"
LIMIT = datetime(2026, 11, 25, tzinfo=UTC)

LANGS = ["de", "en", "fr", "it", "es", "pt"]
LANG_WEIGHTS = [30, 30, 10, 10, 10, 10]
MARKETS: dict[str, list[tuple[str, int]]] = {
    "de": [("DE", 5), ("AT", 2), ("CH", 2)],
    "en": [("UK", 4), ("IE", 2)],
    "fr": [("FR", 3), ("BE", 2), ("LU", 1), ("CH", 1)],
    "it": [("IT", 4), ("CH", 1)],
    "es": [("ES", 1)],
    "pt": [("PT", 1)],
}
PHONES: dict[str, tuple[str, list[str], int]] = {
    "DE": ("+49", ["151", "160", "172", "176"], 8),
    "AT": ("+43", ["664", "676", "699"], 7),
    "CH": ("+41", ["76", "78", "79"], 7),
    "UK": ("+44", ["7700", "7712", "7845"], 6),
    "IE": ("+353", ["83", "85", "87"], 7),
    "FR": ("+33", ["6", "7"], 8),
    "BE": ("+32", ["470", "477", "486"], 6),
    "LU": ("+352", ["621", "661", "691"], 6),
    "IT": ("+39", ["333", "347", "320"], 7),
    "ES": ("+34", ["6", "7"], 8),
    "PT": ("+351", ["91", "93", "96"], 7),
}
TOWNS: dict[str, list[str]] = {
    "DE": ["Köln", "Leipzig", "Bielefeld", "Freiburg", "Rostock", "Kassel", "Augsburg"],
    "AT": ["Graz", "Linz", "Innsbruck", "Wien"],
    "CH": ["Bern", "Luzern", "Lausanne", "Lugano", "Winterthur"],
    "UK": ["Leeds", "Bristol", "Norwich", "Cardiff", "York", "Stockport"],
    "IE": ["Cork", "Galway", "Limerick", "Dublin"],
    "FR": ["Lyon", "Nantes", "Lille", "Rennes"],
    "BE": ["Liège", "Namur", "Bruxelles"],
    "LU": ["Esch-sur-Alzette", "Luxembourg"],
    "IT": ["Bologna", "Torino", "Verona", "Bari"],
    "ES": ["Zaragoza", "Valencia", "Oviedo", "Murcia"],
    "PT": ["Braga", "Coimbra", "Porto", "Faro"],
}
FIRST: dict[str, list[str]] = {
    "de": [
        "Sabine",
        "Ute",
        "Monika",
        "Julia",
        "Anja",
        "Birgit",
        "Lena",
        "Hannah",
        "Petra",
        "Katja",
        "Ingrid",
        "Miriam",
        "Tobias",
        "Jens",
        "Stefan",
        "Heike",
        "Carola",
        "Dörte",
        "Annika",
        "Renate",
        "Uwe",
        "Marlene",
    ],
    "en": [
        "Claire",
        "Siobhan",
        "Emma",
        "Rachel",
        "Joanne",
        "Gemma",
        "Aoife",
        "Niamh",
        "Hannah",
        "Lucy",
        "Karen",
        "Bethan",
        "Tom",
        "Gareth",
        "Fiona",
        "Helen",
        "Jess",
        "Maureen",
        "Daniel",
        "Orla",
        "Kirsty",
        "Paul",
    ],
    "fr": [
        "Claire",
        "Sophie",
        "Nathalie",
        "Élodie",
        "Isabelle",
        "Margaux",
        "Julien",
        "Camille",
        "Amélie",
        "Brigitte",
    ],
    "it": [
        "Giulia",
        "Francesca",
        "Elena",
        "Silvia",
        "Paola",
        "Marco",
        "Federica",
        "Rosa",
        "Anna",
        "Chiara",
    ],
    "es": [
        "Carmen",
        "Lucía",
        "Marta",
        "Pilar",
        "Nuria",
        "Elena",
        "Javier",
        "Rocío",
        "Ana",
        "Begoña",
    ],
    "pt": [
        "Ana",
        "Joana",
        "Marta",
        "Sofia",
        "Rita",
        "Helena",
        "Catarina",
        "Rui",
        "Beatriz",
        "Teresa",
    ],
}
LAST: dict[str, list[str]] = {
    "de": [
        "Becker",
        "Hoffmann",
        "Schulze",
        "Krüger",
        "Wagner",
        "Neumann",
        "Lehmann",
        "Hartmann",
        "Vogel",
        "Brandt",
        "Seidel",
        "Kühn",
        "Winkler",
        "Busch",
        "Haas",
        "Roth",
        "Engel",
        "Peters",
    ],
    "en": [
        "Walsh",
        "Turner",
        "Hughes",
        "Murphy",
        "O'Brien",
        "Evans",
        "Clarke",
        "Kennedy",
        "Price",
        "Doyle",
        "Bennett",
        "Lynch",
        "Shaw",
        "Morgan",
        "Fox",
        "Byrne",
        "Reid",
        "Ellis",
    ],
    "fr": [
        "Moreau",
        "Lefèvre",
        "Girard",
        "Bonnet",
        "Dupont",
        "Lambert",
        "Fontaine",
        "Rousseau",
        "Mercier",
        "Blanc",
    ],
    "it": [
        "Ricci",
        "Marino",
        "Greco",
        "Bruno",
        "Gallo",
        "Conti",
        "Costa",
        "Fontana",
        "Moretti",
        "Barbieri",
    ],
    "es": [
        "García",
        "Martín",
        "Sánchez",
        "Romero",
        "Navarro",
        "Gil",
        "Serrano",
        "Molina",
        "Ortega",
        "Delgado",
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
        "Lopes",
    ],
}
JOBS = [
    "nurse",
    "primary teacher",
    "retired",
    "student",
    "accountant",
    "bus driver",
    "pharmacist",
    "librarian",
    "midwife",
    "graphic designer",
    "shop assistant",
    "engineer",
    "physiotherapist",
    "social worker",
    "civil servant",
    "hairdresser",
    "receptionist",
    "postwoman",
]
NIGHT_JOBS = [
    "night nurse",
    "baker",
    "care worker on nights",
    "new parent",
    "security guard",
    "student with insomnia",
]
DOMAINS = [
    "mailbox.example",
    "post.example",
    "webmail.example",
    "inbox.example",
    "netz.example",
    "correo.example",
]
SOURCES = {
    "email": "lanivo-mail",
    "phone": "lanivo-voice",
    "social": "lanivo-social",
    "community": "lanivo-forum",
    "chat": "lanivo-chat",
    "web": "lanivo-web",
    "survey": "lanivo-survey",
}

HAPPY_TOL: list[str] = []
SILENCE = ["silence"]
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


def unique(value: str) -> bool:
    if value in USED:
        return False
    USED.add(value)
    return True


def iso(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(text: str) -> str:
    table = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
    out = []
    for ch in text:
        if ch in table:
            out.append(table[ch])
        elif ch in "ßñÑ":
            out.append(ch)
        else:
            base = unicodedata.normalize("NFD", ch)
            out.append(base[0] if base and base[0].isascii() else ch)
    return "".join(out)


def out_of_night(dt: datetime, rng: random.Random) -> datetime:
    if dt.hour >= 22:
        nxt = (dt + timedelta(days=1)).replace(hour=8, minute=0, second=0)
        return nxt + timedelta(minutes=rng.randint(0, 59))
    if dt.hour < 7:
        return dt.replace(hour=8, minute=0, second=0) + timedelta(minutes=rng.randint(0, 59))
    return dt


def office(dt: datetime, rng: random.Random) -> datetime:
    """Move a time into office hours (weekdays 08-17 UTC), to the next working morning."""
    if dt.weekday() < 5 and 8 <= dt.hour < 17:
        return dt
    nxt = dt if dt.hour < 8 else dt + timedelta(days=1)
    while nxt.weekday() >= 5:
        nxt += timedelta(days=1)
    return nxt.replace(hour=8, minute=0, second=0) + timedelta(minutes=rng.randint(5, 70))


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


@dataclass
class Row:
    seq: int
    at: datetime
    cust: Cust
    channel: str
    kind: str
    outbound: bool
    text: str | None
    subject: str | None
    scores: dict[str, int | None]
    attrs: dict[str, str]
    event_id: str


@dataclass
class Fam:
    name: str
    code: str
    n: int
    start: datetime
    days: int
    about: str
    planted: dict[str, int]
    rng: random.Random = field(init=False)
    rough: random.Random = field(init=False)
    rows: list[Row] = field(default_factory=list)
    customers: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    # ---- people -----------------------------------------------------------------------
    def lang(self) -> str:
        return self.rng.choices(LANGS, LANG_WEIGHTS)[0]

    def market(self, lang: str) -> str:
        opts = MARKETS[lang]
        return self.rng.choices([m for m, _ in opts], [w for _, w in opts])[0]

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        market: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        account: str | None = None,
        domain: str | None = None,
        job: str | None = None,
        **extra: Any,
    ) -> Cust:
        rng = self.rng
        lang = lang or self.lang()
        market = market or self.market(lang)
        while True:
            first = rng.choice(FIRST[lang])
            last = rng.choice(LAST[lang])
            if domain is not None and any(
                c.first == first and c.account == account for c in self.customers.values()
            ):
                continue
            break
        while True:
            key = f"LV{self.code}{rng.randint(1000, 9999)}"
            if unique("id:" + key):
                break
        ascii_first = strip_accents(first).lower().replace("'", "").replace("é", "e")
        ascii_last = strip_accents(last).lower().replace("'", "").replace(" ", "")
        ascii_first = unicodedata.normalize("NFD", ascii_first).encode("ascii", "ignore").decode()
        ascii_last = unicodedata.normalize("NFD", ascii_last).encode("ascii", "ignore").decode()
        while True:
            if domain is not None:
                email = f"{ascii_first}.{ascii_last}@{domain}"
                if not unique("email:" + email):
                    email = f"{ascii_first}.{ascii_last}{rng.randint(2, 9)}@{domain}"
                    if not unique("email:" + email):
                        continue
            else:
                shape = rng.randint(0, 3)
                local = [
                    f"{ascii_first}.{ascii_last}",
                    f"{ascii_first[0]}{ascii_last}{rng.randint(1, 99)}",
                    f"{ascii_last}.{ascii_first}{rng.randint(60, 99)}",
                    f"{ascii_first}{ascii_last[:3]}{rng.randint(1, 999)}",
                ][shape]
                email = f"{local}@{rng.choice(DOMAINS)}"
                if not unique("email:" + email):
                    continue
            break
        cc, prefixes, digits = PHONES[market]
        while True:
            phone = (
                cc + rng.choice(prefixes) + "".join(str(rng.randint(0, 9)) for _ in range(digits))
            )
            if unique("phone:" + phone):
                break
        handle: str | None = None
        if domain is None:
            while True:
                shape = rng.randint(0, 3)
                h = [
                    f"@{ascii_last}_{ascii_first}{rng.randint(1, 9)}",
                    f"@{ascii_first}{ascii_last}{rng.randint(10, 99)}",
                    f"@{ascii_first}_strickt"
                    if lang == "de"
                    else f"@{ascii_first}knits{rng.randint(1, 99)}",
                    f"@{ascii_first[:4]}{ascii_last[:4]}",
                ][shape]
                if unique("handle:" + h.lower()):
                    handle = h
                    break
        town = rng.choice(TOWNS[market])
        job = job or rng.choice(JOBS)
        c = Cust(key, lang, market, first, last, email, phone, handle, account, {})
        c.truth = {
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
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            "job": job,
            "town": town,
        }
        c.truth.update(extra)
        self.customers[key] = c
        return c

    # ---- touchpoints ------------------------------------------------------------------
    def add(
        self,
        c: Cust,
        at: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        outbound: bool = False,
        scores: dict[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        if text is not None and not outbound and channel not in ("phone", "survey"):
            text = self.roughen(text)
        if (
            text is not None
            and not outbound
            and channel == "social"
            and c.account is None
            and "@Lanivo" not in text
        ):
            idx = text.rfind("Lanivo")
            text = text[:idx] + "@" + text[idx:] if idx >= 0 else "@Lanivo " + text
        eid = f"lv70-{self.code.lower()}-{len(self.rows) + 10001:05d}"
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        a.update(attrs or {})
        self.rows.append(
            Row(
                len(self.rows),
                at,
                c,
                channel,
                kind,
                outbound,
                text,
                subject,
                dict(scores or {}),
                a,
                eid,
            )
        )
        return eid

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.10:
            text = strip_accents(text)
        if r.random() < 0.125 and text[:1].isupper() and not text.startswith("Lanivo"):
            text = text[0].lower() + text[1:]
        if r.random() < 0.14:
            words = text.split(" ")
            cands = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
            if cands:
                i = r.choice(cands)
                w = words[i]
                j = r.randint(1, len(w) - 3)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    def agent(self, lang: str) -> str:
        return str(self.rng.choice(W.AGENTS[lang]))

    def at(self, day: int, h0: float, h1: float) -> datetime:
        minutes = self.rng.randint(int(h0 * 60), int(h1 * 60))
        return self.start + timedelta(days=day, minutes=minutes)

    # ---- money ------------------------------------------------------------------------
    def money(self, c: Cust, eur: float) -> str:
        if c.market == "UK":
            return f"£{round(eur * 0.86)}"
        if c.market == "CH":
            return f"CHF {round(eur * 0.94)}"
        if c.lang == "en":
            return f"€{eur:.2f}"
        return f"{eur:.2f} €".replace(".", ",")

    def spoken(self, c: Cust, eur: float) -> str:
        if c.market == "UK":
            return f"{round(eur * 0.86)} pounds"
        if c.market == "CH":
            return f"{round(eur * 0.94)} " + (
                "Franken" if c.lang == "de" else "francs" if c.lang in ("fr", "en") else "franchi"
            )
        word = {
            "de": "Euro",
            "en": "euros",
            "fr": "euros",
            "it": "euro",
            "es": "euros",
            "pt": "euros",
        }[c.lang]
        return f"{round(eur)} {word}"

    def purchase_attrs(self, c: Cust, prod: tuple[str, float], page: str) -> dict[str, str]:
        value = prod[1]
        cur = "EUR"
        if c.market == "UK":
            value, cur = prod[1] * 0.86, "GBP"
        elif c.market == "CH":
            value, cur = prod[1] * 0.94, "CHF"
        return {"order_value": f"{value:.2f}", "currency": cur, "product": prod[0], "page": page}

    def case(self) -> str:
        while True:
            ref = f"LV-{self.rng.randint(100000, 999999)}"
            if unique("case:" + ref):
                return ref

    # ---- routine happy acts ---------------------------------------------------------------
    def happy(
        self,
        c: Cust,
        at: datetime,
        kinds: list[str] | None = None,
        b2b: bool = False,
        surveys: bool = True,
    ) -> None:
        rng = self.rng
        lang = c.lang
        if b2b:
            kinds = kinds or ["chat", "purchase", "page", "praise", "survey"]
        else:
            kinds = kinds or [
                "praise",
                "praise",
                "again",
                "gripe",
                "chat",
                "chat",
                "email",
                "phone",
                "purchase",
                "purchase",
                "page",
                "review",
                "survey",
            ]
        if not surveys:
            kinds = [k for k in kinds if k != "survey"]
        kind = rng.choice(kinds)
        if kind == "praise":
            table = B.PRAISE[lang] if b2b else W.PRAISE[lang]
            ch = "community" if b2b else rng.choice(["community", "social"])
            self.add(c, at, ch, "post" if ch == "community" else "mention", rng.choice(table))
        elif kind == "again":
            ch = rng.choice(["community", "social"])
            self.add(
                c, at, ch, "post" if ch == "community" else "mention", rng.choice(W.AGAIN[lang])
            )
        elif kind == "gripe":
            ch = rng.choice(["community", "social", "web"])
            if ch == "web":
                self.add(
                    c,
                    at,
                    "web",
                    "review",
                    rng.choice(W.GRIPE[lang]),
                    attrs={"rating": "4", "page": rng.choice(W.PAGES[:6])},
                )
            else:
                self.add(
                    c, at, ch, "post" if ch == "community" else "mention", rng.choice(W.GRIPE[lang])
                )
        elif kind == "chat":
            q, a, t = rng.choice(B.CHAT_Q[lang] if b2b else W.CHAT_Q[lang])
            self.add(c, at, "chat", "chat", q)
            t1 = at + timedelta(minutes=rng.randint(1, 6))
            self.add(c, t1, "chat", "chat", a, outbound=True, attrs={"agent": self.agent(lang)})
            if rng.random() < 0.7:
                self.add(c, t1 + timedelta(minutes=rng.randint(1, 5)), "chat", "chat", t)
        elif kind == "email":
            s, q, a = rng.choice(W.EMAIL_Q[lang])
            body = q + (c.first if q.endswith(", ") else "")
            self.add(c, at, "email", "message", body, subject=s)
            t1 = out_of_night(at + timedelta(minutes=rng.randint(30, 180)), rng)
            self.add(
                c,
                t1,
                "email",
                "message",
                a,
                subject="Re: " + s,
                outbound=True,
                attrs={"agent": self.agent(lang)},
            )
        elif kind == "phone":
            q, a = rng.choice(W.PHONE_Q[lang])
            self.add(c, at, "phone", "call", q.format(name=c.first))
            t1 = at + timedelta(minutes=rng.randint(5, 30))
            self.add(
                c,
                t1,
                "email",
                "message",
                a,
                subject={
                    "de": "Ihr Anruf",
                    "en": "Your call",
                    "fr": "Votre appel",
                    "it": "La sua chiamata",
                    "es": "Tu llamada",
                    "pt": "A sua chamada",
                }[lang],
                outbound=True,
                attrs={"agent": self.agent(lang)},
            )
        elif kind == "purchase":
            prods = B.PRODUCTS if b2b else W.PRODUCTS
            pages = B.PAGES if b2b else W.PAGES
            prod = rng.choice(prods)
            page = rng.choice(pages[:4])
            self.add(c, at, "web", "page_view", attrs={"page": page})
            self.add(
                c,
                at + timedelta(minutes=rng.randint(2, 15)),
                "web",
                "purchase",
                attrs=self.purchase_attrs(c, prod, page),
            )
        elif kind == "page":
            self.add(
                c, at, "web", "page_view", attrs={"page": rng.choice(B.PAGES if b2b else W.PAGES)}
            )
        elif kind == "review":
            rating, text = rng.choice(W.REVIEW[lang])
            self.add(
                c,
                at,
                "web",
                "review",
                text,
                attrs={"rating": rating, "page": rng.choice(W.PAGES[:6])},
            )
        elif kind == "survey":
            self.survey_happy(c, at)

    def survey_happy(self, c: Cust, at: datetime) -> None:
        rng = self.rng
        which = rng.choice(["nps", "csat", "ces"])
        val = {"nps": rng.randint(9, 10), "csat": rng.randint(4, 5), "ces": rng.randint(6, 7)}[
            which
        ]
        word = rng.choice(W.SURVEY_WORDS[c.lang])
        self.add(
            c,
            at,
            "survey",
            "survey_response",
            word or None,
            scores={which: val},
            attrs={"survey": which},
        )

    def happy_days(
        self, c: Cust, days: list[int], h0: float = 7, h1: float = 19, **kw: Any
    ) -> None:
        for d in days:
            self.happy(c, self.at(d, h0, h1), **kw)

    # ---- output -----------------------------------------------------------------------
    def finish(self) -> tuple[str, str]:
        rng = self.rough
        self.rows.sort(key=lambda r: (r.at, r.seq))
        seen: set[str] = set()
        lines = []
        for r in self.rows:
            c = r.cust
            ids: dict[str, str | None] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            if r.outbound or c.key not in seen:
                ids.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
                if not r.outbound:
                    seen.add(c.key)
            elif r.channel == "phone":
                ids["phone"] = c.phone if rng.random() < 0.5 else self.spaced(c.phone, c.market)
            elif r.channel in ("social", "community"):
                if c.handle is None:
                    ids["email"] = c.email
                else:
                    ids["handle"] = c.handle if rng.random() < 0.8 else c.handle.lstrip("@")
            elif r.channel == "email":
                ids["email"] = c.email.upper() if rng.random() < 0.08 else c.email
            else:
                ids["customer_id"] = c.key
            if r.at < self.start or r.at >= LIMIT or r.at.year != 2026:
                raise SystemExit(f"{self.name}: touchpoint out of range {r.at}")
            scores: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
            scores.update(r.scores)
            lines.append(
                json.dumps(
                    {
                        "event_id": r.event_id,
                        "occurred_at": iso(r.at),
                        "channel": r.channel,
                        "kind": r.kind,
                        "direction": "outbound" if r.outbound else "inbound",
                        "customer": ids,
                        "text": r.text,
                        "subject": r.subject,
                        "scores": scores,
                        "source": SOURCES[r.channel],
                        "attributes": r.attrs,
                    },
                    ensure_ascii=False,
                )
            )
        for c in self.customers.values():
            if c.key not in seen:
                raise SystemExit(f"{self.name}: {c.key} has no inbound touchpoint")
            if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
                raise SystemExit(f"{self.name}: {c.key} both expects and tolerates a rule")
        counts: Counter[str] = Counter()
        for c in self.customers.values():
            counts.update(c.truth["expected_rules"])
        for a in self.accounts.values():
            counts.update(a["expected_rules"])
        if self.spike:
            counts["topic_spike"] += 1
        if dict(counts) != self.planted:
            raise SystemExit(f"{self.name}: expected {dict(counts)} != planted {self.planted}")
        end = self.start + timedelta(days=self.days)
        last = self.rows[-1].at + timedelta(hours=1)
        end = max(end, last)
        if end >= LIMIT:
            raise SystemExit(f"{self.name}: end out of range")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": BUSINESS,
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": WRITTEN,
                "expected": dict(sorted(counts.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: c.truth for k, c in sorted(self.customers.items())},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        return "\n".join(lines) + "\n", json.dumps(
            truth, ensure_ascii=False, indent=1, sort_keys=True
        ) + "\n"

    @staticmethod
    def spaced(phone: str, market: str) -> str:
        cc = PHONES[market][0]
        return cc + " " + phone[len(cc) :]


def spoken_line(line: str) -> str:
    """A written sentence as the call transcript has it: no punctuation, no shouting capitals."""
    words = [
        w.lower() if w.isupper() and len(w) > 1 else w
        for w in line.replace(",", "").rstrip(".").split()
    ]
    words[0] = words[0][0].lower() + words[0][1:]
    return " ".join(words)


def day0(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


def problem_text(f: Fam, c: Cust, problem: str, form: str) -> str:
    prod = f.rng.choice(W.PRODUCTS[:9])
    eur = 27.0 if problem == "double_charge" else prod[1]
    label = prod[0].split(" / ")[1 if c.lang == "de" else 0]
    if form == "phone":
        return str(W.PHONE[c.lang][problem]).format(name=c.first, amount=f.spoken(c, eur))
    if form == "social":
        return str(W.SOCIAL[c.lang][problem])
    return str(f.rng.choice(W.SHORT[c.lang][problem])).format(prod=label, amount=f.money(c, eur))


def complaint_subject(c: Cust, problem: str) -> str:
    return str(W.COMPLAINT_SUBJ[c.lang]).format(topic=W.TOPIC[c.lang][problem])


def open_case(f: Fam, c: Cust, at: datetime, channel: str) -> str:
    """Answer a first complaint with a case: in chat, or by e-mail 10-40 minutes later."""
    ref = f.case()
    if channel == "chat":
        f.add(
            c,
            at + timedelta(minutes=f.rng.randint(1, 4)),
            "chat",
            "chat",
            W.CHAT_CASE[c.lang].format(case=ref),
            outbound=True,
            attrs={"agent": f.agent(c.lang)},
        )
    else:
        s, b = W.CASE_OPENED[c.lang][0]
        ag = f.agent(c.lang)
        f.add(
            c,
            out_of_night(at + timedelta(minutes=f.rng.randint(10, 40)), f.rng),
            "email",
            "message",
            b.format(first=c.first, case=ref, agent=ag),
            subject=s.format(case=ref),
            outbound=True,
            attrs={"agent": ag},
        )
    return ref


def complain(f: Fam, c: Cust, at: datetime, problem: str, channel: str) -> str:
    if channel == "email":
        return f.add(
            c,
            at,
            "email",
            "message",
            problem_text(f, c, problem, "short"),
            subject=complaint_subject(c, problem),
        )
    if channel == "web":
        return f.add(
            c,
            at,
            "web",
            "ticket",
            problem_text(f, c, problem, "short"),
            subject=complaint_subject(c, problem),
            attrs={"page": "/help/contact"},
        )
    if channel == "chat":
        return f.add(c, at, "chat", "chat", problem_text(f, c, problem, "short"))
    if channel == "phone":
        return f.add(c, at, "phone", "call", problem_text(f, c, problem, "phone"))
    if channel == "social":
        return f.add(c, at, "social", "mention", problem_text(f, c, problem, "social"))
    raise ValueError(channel)


def good_news(
    f: Fam, c: Cust, at: datetime, ref: str, problem: str, lang: str | None = None
) -> str:
    lang = lang or c.lang
    s, b = W.GOOD_NEWS[lang]
    ag = f.agent(lang)
    return f.add(
        c,
        out_of_night(at, f.rng),
        "email",
        "message",
        b.format(first=c.first, case=ref, fix=W.FIX[lang][problem], agent=ag),
        subject=s.format(case=ref),
        outbound=True,
        attrs={"agent": ag},
    )


def confirm(f: Fam, c: Cust, at: datetime, ref: str, channel: str, lang: str | None = None) -> str:
    lang = lang or c.lang
    text = f.rng.choice(W.CONFIRM[lang]).format(case=ref)
    at = out_of_night(at, f.rng)
    if channel == "email":
        return f.add(
            c,
            at,
            "email",
            "message",
            text,
            subject={
                "de": "AW: ",
                "en": "Re: ",
                "fr": "RE : ",
                "it": "R: ",
                "es": "RE: ",
                "pt": "RE: ",
            }[lang]
            + ref,
        )
    return f.add(c, at, "chat", "chat", text)


# ======================================================================================
# families
# ======================================================================================


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        day0(2026, 3, 9),
        10,
        "happy customers by day and night, and survey-only customers: nothing to warn about",
        {},
    )
    rng = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, sorted(rng.sample(range(10), rng.randint(5, 8))))
    for _ in range(5):
        c = f.person("happy", "night writer", job=rng.choice(NIGHT_JOBS))
        nights = sorted(rng.sample(range(9), rng.randint(2, 4)))
        for d in nights:
            at = (
                f.start
                + timedelta(days=d, hours=22, minutes=12)
                + timedelta(minutes=rng.randint(0, 378))
            )
            if rng.random() < 0.5:
                f.add(
                    c,
                    at,
                    rng.choice(["community", "social"]),
                    "post",
                    rng.choice(W.NIGHT_POST[c.lang]),
                )
            else:
                q, a, t = rng.choice(W.NIGHT_CHAT[c.lang])
                f.add(c, at, "chat", "chat", q)
                f.add(
                    c,
                    at + timedelta(minutes=rng.randint(1, 5)),
                    "chat",
                    "chat",
                    a,
                    outbound=True,
                    attrs={"agent": f.agent(c.lang)},
                )
                f.add(c, at + timedelta(minutes=rng.randint(6, 9)), "chat", "chat", t)
        days = [d for d in range(10) if d not in nights]
        f.happy_days(
            c,
            sorted(rng.sample(days, rng.randint(2, 3))),
            9,
            18,
            kinds=["praise", "purchase", "page", "review"],
        )
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in sorted(rng.sample(range(10), rng.randint(3, 6))):
            f.survey_happy(c, f.at(d, 8, 19))
    # night posts go on social as mentions, not posts
    for r in f.rows:
        if r.channel == "social" and r.kind == "post":
            r.kind = "mention"
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        day0(2026, 4, 20),
        12,
        "happy customers with one angry message on one day; six give a low NPS",
        {"detractor": 6},
    )
    rng = f.rng
    channels = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    problems = [p for p in W.PROBLEMS for _ in range(4)]
    rng.shuffle(problems)
    long_langs = ["de", "de", "en", "en"]
    cased: list[tuple[Cust, datetime, str, str]] = []
    for i, ch in enumerate(channels):
        lang = long_langs[i] if ch == "long" else None
        c = f.person("happy_one_bad_day", "one bad day", lang=lang, tolerated=SILENCE)
        prob = problems[i]
        bad = f.at(rng.randint(2, 9), 8, 20)
        bd = (bad - f.start).days
        okdays = [d for d in range(12) if d <= bd - 2 or d >= bd + 3]
        f.happy_days(c, sorted(rng.sample(okdays, rng.randint(1, 5))), surveys=False)
        if ch == "long":
            letter = W.LONG_EMAIL[c.lang][long_langs[:i].count(c.lang)]
            text = letter.format(
                complaint=problem_text(f, c, prob, "short"), name=f"{c.first} {c.last}"
            )
            eid = f.add(c, bad, "email", "message", text, subject=complaint_subject(c, prob))
            real = "email"
        else:
            eid = complain(f, c, bad, prob, ch)
            real = ch
        c.truth.update(
            problem=prob,
            channel=real,
            bad_day_at=iso(bad),
            bad_day_event_id=eid,
            long_email=ch == "long",
            booking=None,
            trouble_starts_at=iso(bad),
            nps_given=False,
            csat_given=False,
            agent_fixed=False,
            apologised=False,
        )
        if real != "social":
            ref = open_case(f, c, bad, real)
            c.truth["booking"] = ref
            cased.append((c, bad, ref, prob))
    rng.shuffle(cased)
    for c, bad, _ref, _p in cased[:6]:
        c.truth.update(persona="bad_day_detractor", expected_rules=["detractor"])
        nps = rng.randint(1, 5)
        sid = f.add(
            c,
            bad + timedelta(minutes=rng.randint(100, 140)),
            "survey",
            "survey_response",
            rng.choice(W.LOW_CSAT[c.lang]) or None,
            scores={"nps": nps},
            attrs={"survey": "nps"},
        )
        c.truth.update(nps_given=True, nps=nps, survey_event_id=sid)
    for c, bad, _ref, _p in cased[6:11]:
        cs = rng.randint(1, 2)
        sid = f.add(
            c,
            bad + timedelta(minutes=rng.randint(40, 80)),
            "survey",
            "survey_response",
            rng.choice(W.LOW_CSAT[c.lang]) or None,
            scores={"csat": cs},
            attrs={"survey": "csat"},
        )
        c.truth.update(csat_given=True, csat=cs, survey_event_id=sid)
    fixed = list(cased)
    rng.shuffle(fixed)
    for k, (c, bad, ref, prob) in enumerate(fixed[:12]):
        good_news(f, c, bad + timedelta(minutes=rng.randint(60, 240)), ref, prob)
        c.truth["agent_fixed"] = True
        if k < 5:
            at = out_of_night(
                bad + timedelta(hours=rng.randint(16, 23), minutes=rng.randint(0, 59)), rng
            )
            ch = rng.choice(["chat", "email"])
            text = rng.choice(W.APOLOGY[c.lang])
            aid = f.add(
                c,
                at,
                ch,
                "chat" if ch == "chat" else "message",
                text,
                subject=("Re: " + ref) if ch == "email" else None,
            )
            c.truth.update(apologised=True, apology_at=iso(at), apology_event_id=aid)
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, sorted(rng.sample(range(12), rng.randint(4, 7))))
    return f


def repeat_run(
    f: Fam,
    c: Cust,
    first_day: int,
    n_contacts: int,
    first_channel: str,
    lead: bool,
    langs: list[str] | None = None,
) -> None:
    rng = f.rng
    prob = rng.choice(W.PROBLEMS)
    langs = langs or [c.lang]
    at = f.at(first_day, 8, 19)
    l0 = langs[0]
    saved = c.lang
    c.lang = l0
    eid = complain(f, c, at, prob, first_channel)
    ref = f.case()
    ag = f.agent(l0)
    if first_channel == "chat":
        f.add(
            c,
            at + timedelta(minutes=rng.randint(1, 4)),
            "chat",
            "chat",
            W.CHAT_CASE[l0].format(case=ref),
            outbound=True,
            attrs={"agent": ag},
        )
    if lead:
        s, b = W.QUALITY_LEAD[l0]
        f.add(
            c,
            out_of_night(at + timedelta(minutes=rng.randint(90, 150)), rng),
            "email",
            "message",
            b.format(first=c.first, case=ref, agent=ag),
            subject=s.format(case=ref),
            outbound=True,
            attrs={"agent": ag},
        )
    elif first_channel != "chat":
        s, b = W.CASE_OPENED[l0][0]
        f.add(
            c,
            out_of_night(at + timedelta(minutes=rng.randint(10, 40)), rng),
            "email",
            "message",
            b.format(first=c.first, case=ref, agent=ag),
            subject=s.format(case=ref),
            outbound=True,
            attrs={"agent": ag},
        )
    ids = [eid]
    chans = [first_channel]
    pool = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != first_channel]
    rng.shuffle(pool)
    competitor = None
    t = at
    for k in range(1, n_contacts):
        lang = langs[k % len(langs)]
        c.lang = lang
        t = t + timedelta(hours=rng.randint(4, 40), minutes=rng.randint(0, 59))
        if t.hour >= 22 or t.hour < 7:
            t = out_of_night(t, rng)
        ch = pool[k - 1]
        restate = W.TOPIC[lang][prob]
        if ch == "phone":
            text = W.LATER_PHONE[lang].format(
                name=c.first, case=ref, restate=restate.replace(",", "")
            )
        else:
            text = rng.choice(W.LATER[lang]).format(
                case=ref, restate=restate[0].upper() + restate[1:] + "."
            )
        if k == 2:
            competitor = rng.choice(W.COMPETITORS)
            line = rng.choice(W.THIRD[lang]).format(comp=competitor)
            text += " " + (spoken_line(line) if ch == "phone" else line)
        if k == 3:
            text += " " + (spoken_line(W.FOURTH[lang]) if ch == "phone" else W.FOURTH[lang])
        kind = {
            "email": "message",
            "chat": "chat",
            "phone": "call",
            "web": "ticket",
            "social": "mention",
        }[ch]
        subj = (
            (
                {
                    "de": "Vorgang ",
                    "en": "Case ",
                    "fr": "Demande ",
                    "it": "Segnalazione ",
                    "es": "Incidencia ",
                    "pt": "Pedido ",
                }[lang]
                + ref
            )
            if ch in ("email", "web")
            else None
        )
        ids.append(
            f.add(
                c,
                t,
                ch,
                kind,
                text,
                subject=subj,
                attrs={"page": "/help/contact"} if ch == "web" else None,
            )
        )
        chans.append(ch)
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=rng.randint(1, 4)),
                "chat",
                "chat",
                W.CHAT_URGENT[lang].format(case=ref),
                outbound=True,
                attrs={"agent": f.agent(lang)},
            )
    c.lang = saved
    c.truth.update(
        problem=prob,
        booking=ref,
        contacts=n_contacts,
        channels=chans,
        channel=first_channel,
        problem_event_ids=ids,
        repeat_event_id=ids[1],
        competitor=competitor,
        agent_passed_on=lead,
        trouble_starts_at=iso(at),
    )


def fixed_case(
    f: Fam, c: Cust, day: int, channel: str, raise_lang: str, confirm_lang: str
) -> dict[str, Any]:
    rng = f.rng
    prob = rng.choice(W.PROBLEMS)
    at = f.at(day, 8, 18)
    saved = c.lang
    c.lang = raise_lang
    eid = complain(f, c, at, prob, channel)
    ref = open_case(f, c, at, channel)
    fix_at = out_of_night(at + timedelta(hours=rng.randint(3, 20)), rng)
    good_news(f, c, fix_at, ref, prob, lang=confirm_lang)
    cch = rng.choice(["email", "chat"])
    cat = out_of_night(fix_at + timedelta(hours=rng.randint(8, 30)), rng)
    cid = confirm(f, c, cat, ref, cch, lang=confirm_lang)
    c.lang = saved
    return {
        "problem": prob,
        "booking": ref,
        "raised_at": iso(at),
        "fixed_at": iso(fix_at),
        "confirmed_at": iso(cat),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": channel,
        "confirm_channel": cch,
    }


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        day0(2026, 6, 1),
        10,
        "customers raising one open problem two to four times; fixed cases; frequent happy writers",
        {"repeat_contact": 12},
    )
    rng = f.rng
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    rng.shuffle(firsts)
    counts = [2] * 4 + [3] * 4 + [4] * 4
    rng.shuffle(counts)
    leads = [True] * 6 + [False] * 6
    rng.shuffle(leads)
    for i in range(12):
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=REPEAT_TOL)
        for _ in range(rng.randint(1, 3)):
            f.happy(c, f.at(0, 7, 12), surveys=False)
        repeat_run(f, c, rng.randint(1, 4), counts[i], firsts[i], leads[i])
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=SILENCE)
        f.happy(c, f.at(0, 8, 18), surveys=False)
        case = fixed_case(
            f, c, rng.randint(1, 5), rng.choice(["web", "email", "chat"]), c.lang, c.lang
        )
        c.truth.update(problems=[case], trouble_starts_at=case["raised_at"])
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=SILENCE)
        d1 = rng.randint(0, 3)
        cases = [fixed_case(f, c, d1, rng.choice(["web", "email", "chat"]), c.lang, c.lang)]
        case2 = fixed_case(
            f, c, d1 + rng.randint(4, 5), rng.choice(["web", "email"]), c.lang, c.lang
        )
        while case2["problem"] == cases[0]["problem"]:
            case2["problem"] = rng.choice(W.PROBLEMS)
        cases.append(case2)
        c.truth.update(problems=cases, trouble_starts_at=cases[0]["raised_at"])
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.happy_days(
            c,
            sorted(rng.sample(range(10), rng.randint(5, 8))),
            kinds=["chat", "chat", "email", "email", "phone", "purchase", "praise"],
        )
    return f


def slide_run(f: Fam, c: Cust, start_day: int, span: int, langs: list[str]) -> None:
    rng = f.rng
    t = f.at(start_day, 8, 19)
    ids = []
    comp = rng.choice(W.COMPETITORS)
    ratings = ["3", "3", "2", "2", "1", "1"]
    gaps = sorted(rng.sample(range(1, span * 24 - 2), 5))
    first_at = t
    fourth = t
    for k in range(6):
        lang = langs[k % len(langs)]
        at = (
            first_at
            if k == 0
            else max(
                first_at + timedelta(hours=gaps[k - 1], minutes=rng.randint(0, 50)),
                t + timedelta(hours=1, minutes=rng.randint(0, 30)),
            )
        )
        at = out_of_night(at, rng)
        t = at
        text = W.SLIDE[lang][k].format(comp=comp)
        ch = rng.choice(["social", "community", "review"])
        if ch == "review":
            eid = f.add(
                c,
                at,
                "web",
                "review",
                text,
                attrs={"rating": ratings[k], "page": rng.choice(W.PAGES[:6])},
            )
        else:
            eid = f.add(c, at, ch, "post" if ch == "community" else "mention", text)
        ids.append(eid)
        if k == 3:
            fourth = at
    c.truth.update(
        slide_event_ids=ids, slide_days=span, competitor=comp, trouble_starts_at=iso(first_at)
    )
    c.truth["_fourth"] = iso(fourth)


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        day0(2026, 7, 6),
        32,
        "happy customers sliding over days, leavers who cancel, steady, steadily grumpy and sarcastic customers",
        {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
    )
    rng = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    rng.shuffle(spans)
    for i in range(10):
        c = f.person("slow_churner", "slides", expected=["sentiment_drop"], tolerated=SLIDE_TOL)
        npraise = rng.randint(4, 5)
        acts = ["praise"] * npraise + ["other"] * rng.randint(2, 4)
        rng.shuffle(acts)
        days = sorted(rng.sample(range(11), len(acts)))
        for act, d in zip(acts, days, strict=True):
            if act == "praise":
                f.happy(c, f.at(d, 7, 20), kinds=["praise", "again"])
            else:
                f.happy(c, f.at(d, 7, 20), kinds=["chat", "purchase", "page", "review"])
        slide_run(f, c, rng.randint(12, 16), spans[i], [c.lang])
        if i < 5:
            fourth = datetime.fromisoformat(c.truth["_fourth"].replace("Z", "+00:00"))
            at = out_of_night(fourth + timedelta(minutes=rng.randint(150, 210)), rng)
            nps = rng.randint(1, 5)
            sid = f.add(
                c,
                at,
                "survey",
                "survey_response",
                rng.choice(W.LOW_CSAT[c.lang]) or None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                expected_rules=["detractor", "sentiment_drop"],
                nps_given=True,
                nps=nps,
                survey_event_id=sid,
            )
        del c.truth["_fourth"]
    for _ in range(5):
        c = f.person(
            "slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=LEAVE_TOL
        )
        f.happy_days(c, sorted(rng.sample(range(16), rng.randint(4, 6))), surveys=False)
        at = f.at(rng.randint(17, 23), 8, 19)
        s, b = rng.choice(W.LEAVE[c.lang])
        eid = f.add(c, at, "email", "message", b, subject=s)
        ag = f.agent(c.lang)
        f.add(
            c,
            out_of_night(at + timedelta(minutes=rng.randint(60, 300)), rng),
            "email",
            "message",
            W.SORRY[c.lang].format(first=c.first, agent=ag),
            subject="Re: " + s,
            outbound=True,
            attrs={"agent": ag},
        )
        cat = out_of_night(
            at + timedelta(hours=rng.randint(20, 29), minutes=rng.randint(0, 59)), rng
        )
        cid = f.add(
            c, cat, "web", "cancellation", attrs={"page": "/account/club", "product": "Lanivo Club"}
        )
        c.truth.update(
            churn_intent_event_id=eid,
            cancellation_event_id=cid,
            churn_at=iso(cat),
            trouble_starts_at=iso(at),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, sorted(rng.sample(range(32), rng.randint(6, 10))))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=GRUMPY_TOL)
        d = rng.randint(0, 4)
        gids = []
        first = None
        for g in rng.sample(W.GRUMBLES[c.lang], min(len(W.GRUMBLES[c.lang]), rng.randint(5, 7))):
            at = f.at(d, 8, 21)
            first = first or at
            ch = rng.choice(["social", "community", "web", "review"])
            if ch == "review":
                gids.append(
                    f.add(
                        c,
                        at,
                        "web",
                        "review",
                        g,
                        attrs={"rating": "3", "page": rng.choice(W.PAGES[:6])},
                    )
                )
            elif ch == "web":
                gids.append(f.add(c, at, "web", "ticket", g, attrs={"page": "/help/contact"}))
            else:
                gids.append(f.add(c, at, ch, "post" if ch == "community" else "mention", g))
            d += rng.randint(1, 3)
        for _ in range(rng.randint(0, 2)):
            f.happy(c, f.at(rng.randint(0, 30), 9, 18), kinds=["purchase"])
        c.truth.update(grumble_event_ids=gids, trouble_starts_at=iso(first) if first else None)
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=SILENCE)
        sd = rng.randint(17, 28)
        f.happy_days(
            c, sorted(rng.sample([d for d in range(32) if abs(d - sd) > 1], rng.randint(4, 6)))
        )
        at = f.at(sd, 9, 20)
        sid = f.add(
            c, at, rng.choice(["social", "community"]), "post", rng.choice(W.SARCASM[c.lang])
        )
        c.truth.update(sarcasm_event_id=sid, trouble_starts_at=iso(at))
    for r in f.rows:
        if r.channel == "social" and r.kind == "post":
            r.kind = "mention"
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        day0(2026, 8, 28),
        3,
        "a calm summer weekend with night owls in three bursts a night and four mild grumbles",
        {},
    )
    rng = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in sorted(rng.sample(range(3), rng.randint(1, 3))):
            f.happy(
                c,
                f.at(d, 7, 17.5),
                kinds=["praise", "again", "chat", "purchase", "page", "review", "gripe"],
            )
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=SILENCE)
        at = f.at(rng.randint(0, 2), 8, 17)
        f.add(c, at, "web", "page_view", attrs={"page": rng.choice(W.PAGES)})
        q, a = rng.choice(W.MILD[c.lang])
        gat = at + timedelta(minutes=rng.randint(20, 30))
        if i < 2:
            gid = f.add(c, gat, "chat", "chat", q)
            f.add(
                c,
                gat + timedelta(minutes=rng.randint(1, 5)),
                "chat",
                "chat",
                a,
                outbound=True,
                attrs={"agent": f.agent(c.lang)},
            )
        else:
            gid = f.add(c, gat, "web", "ticket", q, attrs={"page": "/help/contact"})
            ag = f.agent(c.lang)
            f.add(
                c,
                gat + timedelta(minutes=rng.randint(20, 90)),
                "email",
                "message",
                a + "\n\n" + ag,
                subject={
                    "de": "Ihre Nachricht",
                    "en": "Your message",
                    "fr": "Votre message",
                    "it": "Il suo messaggio",
                    "es": "Tu mensaje",
                    "pt": "A sua mensagem",
                }[c.lang],
                outbound=True,
                attrs={"agent": ag},
            )
        c.truth.update(grumble_event_id=gid, trouble_starts_at=iso(gat))
    owl = 0
    for night in range(1, 4):
        b0 = f.start + timedelta(days=night, minutes=rng.randint(40, 65))
        starts = [
            b0,
            b0 + timedelta(minutes=rng.randint(28, 33)),
            b0 + timedelta(minutes=rng.randint(55, 65)),
        ]
        for b, bs in enumerate(starts, 1):
            for _ in range(4):
                owl += 1
                c = f.person("night_owl", f"night {night}, burst {b}", job=rng.choice(NIGHT_JOBS))
                at = bs + timedelta(minutes=rng.randint(0, 9))
                if rng.random() < 0.5:
                    q, a, t = rng.choice(W.NIGHT_CHAT[c.lang])
                    nid = f.add(c, at, "chat", "chat", q)
                    f.add(
                        c,
                        at + timedelta(minutes=rng.randint(1, 4)),
                        "chat",
                        "chat",
                        a,
                        outbound=True,
                        attrs={"agent": f.agent(c.lang)},
                    )
                    f.add(c, at + timedelta(minutes=rng.randint(5, 8)), "chat", "chat", t)
                else:
                    nid = f.add(
                        c,
                        at,
                        rng.choice(["community", "social"]),
                        "post",
                        rng.choice(W.NIGHT_POST[c.lang]),
                    )
                c.truth.update(burst_at=iso(bs), night_event_id=nid)
                if owl % 2 == 0:
                    f.happy(
                        c,
                        f.at(rng.randint(0, 2), 9, 17.5),
                        kinds=["praise", "purchase", "page", "review"],
                    )
    for r in f.rows:
        if r.channel == "social" and r.kind == "post":
            r.kind = "mention"
    return f


PAIRS: list[tuple[str, str, str, str]] = [
    ("de", "en", "DE", "works for a US software firm"),
    ("de", "en", "AT", "English-speaking partner"),
    ("de", "en", "CH", "studies in English"),
    ("de", "en", "DE", "British mother"),
    ("en", "de", "DE", "moved to Hamburg for work"),
    ("en", "de", "AT", "married an Austrian"),
    ("en", "de", "CH", "works in Zurich"),
    ("en", "de", "UK", "German grandmother, practising"),
    ("de", "fr", "CH", "lives in Biel"),
    ("de", "fr", "LU", "works in Luxembourg"),
    ("en", "fr", "UK", "French partner"),
    ("fr", "de", "BE", "German-speaking East Belgium"),
    ("de", "it", "CH", "Ticino in-laws"),
    ("de", "it", "DE", "Italian father"),
    ("it", "de", "CH", "works in Zug"),
    ("en", "es", "UK", "lived in Seville"),
    ("en", "es", "ES", "retired to Alicante"),
    ("es", "en", "IE", "nurse in Dublin"),
    ("en", "pt", "PT", "lives in the Algarve"),
    ("pt", "en", "UK", "moved to Manchester"),
    ("de", "es", "ES", "runs a bar in Mallorca"),
    ("es", "de", "DE", "engineer in Stuttgart"),
    ("fr", "en", "FR", "English teacher"),
    ("it", "en", "IT", "tour guide"),
    ("de", "pt", "PT", "retired to Porto"),
    ("pt", "de", "LU", "works in Luxembourg"),
    ("en", "it", "IE", "Italian wife"),
]


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        6,
        day0(2026, 9, 21),
        14,
        "customers writing in two languages: happy, repeat contacts, sliders, one bad day, fixed between contacts",
        {"repeat_contact": 5, "sentiment_drop": 5},
    )
    rng = f.rng
    pairs = list(PAIRS)
    rng.shuffle(pairs)
    # the long German e-mail needs German as the second language
    de2 = next(i for i, p in enumerate(pairs) if p[1] == "de")
    pairs.insert(0, pairs.pop(de2))
    roles = (
        ["badlong", "bademail", "badchat"]
        + ["happy"] * 12
        + ["repeat"] * 5
        + ["slide"] * 5
        + ["fixed"] * 2
    )
    rep_counts = [2, 2, 3, 3, 4]
    for role, (l1, l2, market, why) in zip(roles, pairs, strict=True):
        extra: dict[str, Any] = {"languages": [l1, l2], "job_second_language": why}
        if role == "happy":
            c = f.person("happy", "alternates languages", lang=l1, market=market, **extra)
            for k, d in enumerate(sorted(rng.sample(range(14), rng.randint(5, 8)))):
                c.lang = [l1, l2][k % 2]
                f.happy(c, f.at(d, 7, 20))
            c.lang = l1
        elif role == "repeat":
            c = f.person(
                "repeat_contact",
                "repeats",
                lang=l1,
                market=market,
                expected=["repeat_contact"],
                tolerated=REPEAT_TOL,
                **extra,
            )
            for _ in range(rng.randint(1, 3)):
                f.happy(c, f.at(rng.randint(0, 1), 7, 19), surveys=False)
            n = rep_counts.pop(0)
            repeat_run(
                f,
                c,
                rng.randint(2, 5),
                n,
                rng.choice(["web", "email", "chat"]),
                n >= 3,
                langs=[l1, l2],
            )
        elif role == "slide":
            c = f.person(
                "slow_churner",
                "slides",
                lang=l1,
                market=market,
                expected=["sentiment_drop"],
                tolerated=SLIDE_TOL,
                **extra,
            )
            days = sorted(rng.sample(range(6), 5))
            for k, d in enumerate(days):
                c.lang = [l1, l2][k % 2]
                f.happy(c, f.at(d, 7, 20), kinds=["praise", "again"])
            for _ in range(rng.randint(1, 3)):
                c.lang = rng.choice([l1, l2])
                f.happy(c, f.at(rng.randint(0, 6), 7, 20), kinds=["chat", "purchase", "page"])
            c.lang = l1
            slide_run(f, c, rng.randint(7, 8), rng.randint(3, 5), [l2, l1])
            del c.truth["_fourth"]
        elif role == "fixed":
            c = f.person(
                "resolved_between_contacts",
                "fixed",
                lang=l1,
                market=market,
                tolerated=SILENCE,
                **extra,
            )
            f.happy(c, f.at(0, 8, 18), surveys=False)
            case = fixed_case(f, c, rng.randint(2, 8), "web", l1, l2)
            c.truth.update(
                problems=[case], trouble_starts_at=case["raised_at"], confirm_language=l2
            )
        else:
            c = f.person(
                "happy_one_bad_day",
                "one bad day",
                lang=l1,
                market=market,
                tolerated=SILENCE,
                **extra,
            )
            bd = rng.randint(3, 10)
            okdays = [d for d in range(14) if d <= bd - 2 or d >= bd + 3]
            for k, d in enumerate(sorted(rng.sample(okdays, rng.randint(3, 5)))):
                c.lang = [l1, l2][k % 2]
                f.happy(c, f.at(d, 8, 19), surveys=False)
            c.lang = l2
            prob = rng.choice(W.PROBLEMS)
            bad = f.at(bd, 8, 20)
            if role == "badlong":
                text = W.LONG_EMAIL["de"][1].format(
                    complaint=problem_text(f, c, prob, "short"), name=f"{c.first} {c.last}"
                )
                eid = f.add(c, bad, "email", "message", text, subject=complaint_subject(c, prob))
                ch = "email"
            else:
                ch = "email" if role == "bademail" else "chat"
                eid = complain(f, c, bad, prob, ch)
            ref = open_case(f, c, bad, ch)
            c.truth.update(
                problem=prob,
                channel=ch,
                booking=ref,
                bad_day_at=iso(bad),
                bad_day_event_id=eid,
                bad_day_language=l2,
                long_email=role == "badlong",
                trouble_starts_at=iso(bad),
                agent_fixed=ch == "email",
                apologised=False,
            )
            if ch == "email":
                good_news(f, c, bad + timedelta(minutes=rng.randint(60, 240)), ref, prob)
            if role == "bademail":
                at = out_of_night(bad + timedelta(hours=rng.randint(18, 23)), rng)
                aid = f.add(c, at, "chat", "chat", rng.choice(W.APOLOGY[l2]))
                c.truth.update(apologised=True, apology_at=iso(at), apology_event_id=aid)
            c.lang = l1
    for r in f.rows:
        if r.channel == "social" and r.kind == "post":
            r.kind = "mention"
    return f


ACCOUNTS: list[tuple[str, str, str, str, str, int, str, str | None, int]] = [
    # company, site, market, lang, domain, contacts, kind, problem, unhappy
    (
        "Gesamtschule Am Lindenhof",
        "school",
        "DE",
        "de",
        "gs-lindenhof.example",
        4,
        "at_risk",
        "portal",
        3,
    ),
    (
        "Atelier Costumes Lumière",
        "theatre",
        "FR",
        "fr",
        "costumes-lumiere.example",
        5,
        "at_risk",
        "invoice",
        3,
    ),
    (
        "Brookfield Care Homes",
        "care_home",
        "UK",
        "en",
        "brookfieldcare.example",
        4,
        "at_risk",
        "service_blocked",
        3,
    ),
    (
        "Seniorenstift Rosenhöhe",
        "care_home",
        "DE",
        "de",
        "rosenhoehe.example",
        6,
        "at_risk",
        "invoice",
        4,
    ),
    (
        "St Brigid's Community College",
        "school",
        "IE",
        "en",
        "stbrigids-cc.example",
        5,
        "at_risk",
        "overbilled",
        4,
    ),
    (
        "Wollcafé Maschenwerk",
        "craft_cafe",
        "AT",
        "de",
        "maschenwerk.example",
        3,
        "one_unhappy",
        "service_blocked",
        1,
    ),
    (
        "Harbourside Theatre Workshop",
        "theatre",
        "UK",
        "en",
        "harbourside-theatre.example",
        3,
        "one_unhappy",
        "overbilled",
        1,
    ),
    (
        "Cooperativa Filo Rosso",
        "craft_cafe",
        "IT",
        "it",
        "filorosso.example",
        3,
        "one_unhappy",
        "portal",
        1,
    ),
    (
        "Volkshochschule Nordstadt",
        "adult_education",
        "DE",
        "de",
        "vhs-nordstadt.example",
        3,
        "one_unhappy",
        "invoice",
        1,
    ),
    ("Colegio Santa Clara", "school", "ES", "es", "colegiosantaclara.example", 4, "mild", None, 0),
    ("Pembroke Yarn Shop", "retailer", "UK", "en", "pembrokeyarn.example", 3, "mild", None, 0),
    (
        "Kita Sonnenblume",
        "kindergarten",
        "CH",
        "de",
        "kita-sonnenblume.example",
        4,
        "mild",
        None,
        0,
    ),
    ("Lar da Ribeira", "care_home", "PT", "pt", "lar-ribeira.example", 4, "happy", None, 0),
    (
        "Stadttheater Weiden Werkstätten",
        "theatre",
        "DE",
        "de",
        "theater-weiden.example",
        4,
        "happy",
        None,
        0,
    ),
    ("Threadwise Crafts", "retailer", "UK", "en", "threadwise.example", 4, "happy", None, 0),
]
TITLES = [
    "Head of Art",
    "Activities Coordinator",
    "Wardrobe Supervisor",
    "Procurement Officer",
    "Office Manager",
    "Textiles Teacher",
    "Bursar",
    "Workshop Manager",
    "Care Home Manager",
    "Finance Assistant",
    "Deputy Head",
    "Shop Owner",
    "Volunteer Coordinator",
]


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        day0(2026, 10, 12),
        14,
        "organisations on account: five at risk with one shared problem, four with one unhappy contact, mild suggestions, happy accounts",
        {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    )
    rng = f.rng
    routine_days = [d for d in range(14) if (f.start + timedelta(days=d)).weekday() < 5]
    last_email_done = False
    for company, site, market, lang, domain, n, kind, prob, unhappy in ACCOUNTS:
        while True:
            acc = f"LVW-{market}-{rng.randint(1000, 9999)}"
            if unique("acc:" + acc):
                break
        contacts: list[Cust] = []
        roles = (
            ["complainer"] * unhappy
            if kind in ("at_risk", "one_unhappy")
            else (["suggests"] * 2 if kind == "mild" else [])
        )
        roles += ["contact"] * (n - len(roles))
        for role in roles:
            persona = (
                {"at_risk": "b2b_unhappy", "one_unhappy": "b2b_one_unhappy", "mild": "b2b_mild"}[
                    kind
                ]
                if role != "contact"
                else "b2b_happy"
            )
            tol = (
                B2B_RISK_TOL
                if persona == "b2b_unhappy"
                else B2B_ONE_TOL
                if persona == "b2b_one_unhappy"
                else SILENCE
                if persona == "b2b_mild"
                else []
            )
            title = rng.choice(TITLES)
            c = f.person(
                persona,
                role,
                lang=lang,
                market=market,
                tolerated=tol,
                account=acc,
                domain=domain,
                job=title,
                company=company,
                role=role,
                job_title=title,
            )
            contacts.append(c)
        complainers = [c for c in contacts if c.truth["role"] != "contact"]
        for c in contacts:
            if c.truth["role"] == "contact":
                for d in sorted(rng.sample(routine_days, rng.randint(2, 5))):
                    f.happy(c, f.at(d, 8, 16.5), b2b=True)
            else:
                for _ in range(rng.randint(0, 2)):
                    f.happy(
                        c,
                        f.at(rng.randint(0, 1), 8, 16.5),
                        kinds=["chat", "purchase", "page"],
                        b2b=True,
                    )
        acc_truth: dict[str, Any] = {
            "company": company,
            "site": site,
            "contacts": n,
            "contact_keys": sorted(c.key for c in contacts),
            "unhappy_contacts": unhappy,
            "unhappy_contact_keys": sorted(c.key for c in complainers if kind != "mild"),
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        if kind == "at_risk":
            assert prob is not None
            t = f.start + timedelta(days=2, hours=rng.randint(8, 11), minutes=rng.randint(0, 59))
            ref = ""
            first_c = complainers[0]
            acc_truth["trouble_starts_at"] = iso(t)
            for k, c in enumerate(complainers):
                if k == 0:
                    s, b = B.FIRST[lang][prob]
                    eid = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        b.format(name=c.first + " " + c.last, company=company),
                        subject=s,
                    )
                    ref = f.case()
                    s2, b2 = B.ACK[lang]
                    ag = f.agent(lang)
                    f.add(
                        c,
                        office(t + timedelta(minutes=rng.randint(20, 90)), rng),
                        "email",
                        "message",
                        b2.format(first=c.first, case=ref, agent=ag),
                        subject=s2.format(subject=s, case=ref),
                        outbound=True,
                        attrs={"agent": ag},
                    )
                else:
                    t = office(t + timedelta(hours=rng.randint(8, 28)), rng)
                    dayname = B.WEEKDAY[lang][
                        datetime.fromisoformat(
                            first_c.truth["trouble_starts_at"].replace("Z", "+00:00")
                        ).weekday()
                    ]
                    text = B.LATER[lang][(k - 1) % len(B.LATER[lang])].format(
                        first=first_c.first,
                        day=dayname,
                        case=ref,
                        restate=B.RESTATE[lang][prob],
                        name=c.first + " " + c.last,
                        company=company,
                    )
                    eid = f.add(
                        c, t, "email", "message", text, subject=f"{ref}: {B.FIRST[lang][prob][0]}"
                    )
                c.truth.update(
                    complaint_event_ids=[eid], trouble_starts_at=iso(t), booking=ref, problem=prob
                )
                if k < len(complainers) - 1:
                    nps = rng.randint(1, 5)
                    sid = f.add(
                        c,
                        t + timedelta(minutes=rng.randint(60, 180)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": nps},
                        attrs={"survey": "nps"},
                    )
                    c.truth.update(
                        expected_rules=["detractor"], nps_given=True, nps=nps, survey_event_id=sid
                    )
                else:
                    t2 = office(t + timedelta(hours=rng.randint(18, 40)), rng)
                    if not last_email_done and lang in B.LAST_EMAIL:
                        last_email_done = True
                        comp = rng.choice(W.COMPETITORS)
                        rid = f.add(
                            c,
                            t2,
                            "email",
                            "message",
                            B.LAST_EMAIL[lang].format(
                                case=ref, comp=comp, name=c.first + " " + c.last, company=company
                            ),
                            subject=f"{ref}: {B.FIRST[lang][prob][0]}",
                        )
                        c.truth["competitor"] = comp
                        ch = "email"
                    else:
                        rid = f.add(
                            c,
                            t2,
                            "phone",
                            "call",
                            B.LAST_CALL[lang].format(case=ref, name=c.first, company=company),
                        )
                        c.truth["competitor"] = None
                        ch = "phone"
                    c.truth["complaint_event_ids"].append(rid)
                    c.truth.update(
                        expected_rules=["repeat_contact"], repeat_event_id=rid, repeat_channel=ch
                    )
                    c.truth["tolerated_rules"] = sorted(set(B2B_RISK_TOL))
        elif kind == "one_unhappy":
            assert prob is not None
            c = complainers[0]
            t = f.at(rng.choice([3, 4, 7]), 8, 16)
            s, b = B.FIRST[lang][prob]
            eid = f.add(
                c,
                t,
                "email",
                "message",
                b.format(name=c.first + " " + c.last, company=company),
                subject=s,
            )
            ref = f.case()
            s2, b2 = B.ACK[lang]
            ag = f.agent(lang)
            f.add(
                c,
                office(t + timedelta(minutes=rng.randint(20, 90)), rng),
                "email",
                "message",
                b2.format(first=c.first, case=ref, agent=ag),
                subject=s2.format(subject=s, case=ref),
                outbound=True,
                attrs={"agent": ag},
            )
            nps = rng.randint(1, 5)
            sid = f.add(
                c,
                t + timedelta(minutes=rng.randint(60, 180)),
                "survey",
                "survey_response",
                None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                expected_rules=["detractor"],
                complaint_event_ids=[eid],
                booking=ref,
                problem=prob,
                nps_given=True,
                nps=nps,
                survey_event_id=sid,
                trouble_starts_at=iso(t),
            )
        elif kind == "mild":
            for k, c in enumerate(complainers):
                t = f.at(rng.choice([2, 3, 4, 8, 9]), 8, 16)
                mid = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    B.MILD[lang][k % len(B.MILD[lang])],
                    attrs={"page": "/pro/contact"},
                )
                ag = f.agent(lang)
                f.add(
                    c,
                    t + timedelta(minutes=rng.randint(30, 120)),
                    "email",
                    "message",
                    B.MILD_ACK[lang].format(first=c.first, agent=ag),
                    subject={
                        "de": "Ihr Vorschlag",
                        "en": "Your suggestion",
                        "es": "Tu sugerencia",
                    }.get(lang, "Re"),
                    outbound=True,
                    attrs={"agent": ag},
                )
                c.truth.update(mild_event_id=mid, trouble_starts_at=iso(t))
        f.accounts[acc] = acc_truth
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        day0(2026, 11, 9),
        7,
        "a calm week, then Saturday's live class failing to load for everyone in a 45-minute window",
        {"topic_spike": 1, "repeat_contact": 6},
    )
    rng = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in sorted(rng.sample(range(6), rng.randint(1, 4))):
            if d == 5:
                f.happy(c, f.at(d, 12, 19), kinds=["praise", "purchase", "page", "review", "chat"])
            else:
                f.happy(
                    c,
                    f.at(d, 7, 19),
                    kinds=[
                        "praise",
                        "again",
                        "gripe",
                        "chat",
                        "email",
                        "purchase",
                        "page",
                        "review",
                        "survey",
                    ],
                )
    for lang in ("de", "en"):
        c = f.person("grumbles_once", "grumbles once", lang=lang, tolerated=SILENCE)
        at = f.at(0, 9, 17)
        q, a = W.CALM_GRUMBLE[lang]
        gid = f.add(c, at, "chat", "chat", q)
        f.add(
            c,
            at + timedelta(minutes=rng.randint(1, 5)),
            "chat",
            "chat",
            a,
            outbound=True,
            attrs={"agent": f.agent(lang)},
        )
        c.truth.update(grumble_event_id=gid, trouble_starts_at=iso(at))
    for lang, hh, mm in (("en", 9, 40), ("de", 16, 5)):
        c = f.person("grumbles_once", "lone question", lang=lang, tolerated=SILENCE)
        at = f.start + timedelta(days=4, hours=hh, minutes=mm)
        q, a = W.LONE_Q[lang]
        lid = f.add(c, at, "chat", "chat", q)
        f.add(
            c,
            at + timedelta(minutes=rng.randint(2, 6)),
            "chat",
            "chat",
            a,
            outbound=True,
            attrs={"agent": f.agent(lang)},
        )
        c.truth.update(lone_report_event_id=lid, trouble_starts_at=iso(at))
    langs = ["de"] * 6 + ["en"] * 6 + ["fr", "fr", "it", "it", "es", "es", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(langs)
    rng.shuffle(chans)
    sat = f.start + timedelta(days=5)
    w0 = sat + timedelta(hours=8, minutes=20)
    offsets = [0, 45, *sorted(rng.randint(1, 44) for _ in range(18))]
    rng.shuffle(offsets)
    regular = [True] * 12 + [False] * 8
    rng.shuffle(regular)
    reporters: list[tuple[Cust, datetime, str, str]] = []
    for i in range(20):
        lang = langs[i]
        c = f.person(
            "spike_reporter", "regular" if regular[i] else "new", lang=lang, tolerated=SILENCE
        )
        if regular[i]:
            for d in sorted(rng.sample([2, 3, 4], rng.randint(1, 3))):
                f.happy(c, f.at(d, 8, 17.5), kinds=["praise", "chat", "email", "purchase", "page"])
        at = w0 + timedelta(minutes=offsets[i])
        ch = chans[i]
        text = rng.choice(W.SPIKE[lang])
        if ch != "social":
            text = text.replace("@Lanivo ", "")
        if ch == "email":
            eid = f.add(c, at, "email", "message", text, subject=W.SPIKE_SUBJ[lang])
        elif ch == "web":
            eid = f.add(
                c, at, "web", "ticket", text, subject=W.SPIKE_SUBJ[lang], attrs={"page": "/live"}
            )
        elif ch == "chat":
            eid = f.add(c, at, "chat", "chat", text)
            f.add(
                c,
                at + timedelta(minutes=rng.randint(1, 3)),
                "chat",
                "chat",
                W.SPIKE_CHAT_ANSWER[lang],
                outbound=True,
                attrs={"agent": f.agent(lang)},
            )
        else:
            eid = f.add(c, at, ch, "post" if ch == "community" else "mention", text)
        c.truth.update(
            in_spike=True,
            regular=regular[i],
            spike_event_id=eid,
            spike_channel=ch,
            trouble_starts_at=iso(at),
            agent_fixed=False,
        )
        reporters.append((c, at, ch, eid))
    early = [r for r in reporters if r[1] <= w0 + timedelta(minutes=25)]
    rng.shuffle(early)
    rep_chans = ["email", "email", "chat", "chat", "community", "community"]
    repeats: list[str] = []
    used = set()
    for c, at, ch, _eid in early:
        if len(repeats) == 6:
            break
        for rc in rep_chans:
            if rc != ch:
                rep_chans.remove(rc)
                t2 = at + timedelta(minutes=rng.randint(15, 50))
                text = rng.choice(W.SPIKE_REPEAT[c.lang])
                if rc == "email":
                    rid = f.add(
                        c, t2, "email", "message", text, subject="Re: " + W.SPIKE_SUBJ[c.lang]
                    )
                elif rc == "chat":
                    rid = f.add(c, t2, "chat", "chat", text)
                    f.add(
                        c,
                        t2 + timedelta(minutes=rng.randint(1, 3)),
                        "chat",
                        "chat",
                        W.SPIKE_CHAT_ANSWER[c.lang],
                        outbound=True,
                        attrs={"agent": f.agent(c.lang)},
                    )
                else:
                    rid = f.add(c, t2, "community", "post", text)
                c.truth.update(
                    persona="spike_repeater",
                    expected_rules=["repeat_contact"],
                    tolerated_rules=["sentiment_drop", "silence"],
                    repeat_event_id=rid,
                    repeat_channel=rc,
                )
                repeats.append(rid)
                used.add(c.key)
                break
    if len(repeats) != 6:
        raise SystemExit("topic_spike: not enough early reporters for six repeats")
    others = [r for r in reporters if r[0].key not in used]
    rng.shuffle(others)
    for c, _at, _ch, _eid in others[:6]:
        s, b = W.SPIKE_FIXED[c.lang]
        local = "10:40" if c.market in ("UK", "IE", "PT") else "11:40"
        credit = (
            "£7"
            if c.market == "UK"
            else "CHF 8"
            if c.market == "CH"
            else ("€8" if c.lang == "en" else "8 €")
        )
        ag = f.agent(c.lang)
        f.add(
            c,
            sat + timedelta(hours=11, minutes=rng.randint(8, 17)),
            "email",
            "message",
            b.format(first=c.first, local=local, credit=credit, agent=ag),
            subject=s,
            outbound=True,
            attrs={"agent": ag},
        )
        c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "knitting app's Saturday live class will not load for anyone: black screen, then 'stream could not be loaded', error 0x3E7B",
        "about": "live class / video stream failing in the app and on the website during the Saturday class",
        "channel": None,
        "start": iso(w0),
        "end": iso(w0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": sorted(r[0].key for r in reporters),
        "event_ids": sorted(r[3] for r in reporters),
        "repeat_event_ids": sorted(repeats),
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
    for build in FAMILIES:
        fam = build()
        jsonl, truth = fam.finish()
        (HERE / f"{fam.name}.jsonl").write_text(jsonl, encoding="utf-8")
        (HERE / f"{fam.name}.truth.json").write_text(truth, encoding="utf-8")
        print(
            f"{fam.name}: {len(fam.customers)} customers, {len(fam.rows)} touchpoints, {sum(r.outbound for r in fam.rows)} agents' replies"
        )


if __name__ == "__main__":
    main()
