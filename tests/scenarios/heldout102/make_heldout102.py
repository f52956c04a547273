# ruff: noqa: E501
"""Write tests/scenarios/heldout102/: eight hand-written alert families, report only.

Scolvia: drain unblocking, CCTV drain surveys, septic-tank emptying and gutter
clearing booked by app and web, for households (with the yearly Scolvia Care plan)
and, as Scolvia Pro, for firms on account. Standard library only, deterministic:
``python make_heldout102.py`` from anywhere writes the same bytes every time.
"""

from __future__ import annotations

import itertools
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
BRAND = "Scolvia"
COMPETITORS = ("Tubiko", "Rohrflink")
SPIKE_CODE = "QTE/49-b"
WRITTEN = "2026-12-04"
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)

SOURCES = {
    "email": "scolvia-mail",
    "phone": "scolvia-voice",
    "social": "scolvia-social",
    "community": "scolvia-forum",
    "chat": "scolvia-chat",
    "web": "scolvia-web",
    "survey": "scolvia-survey",
}

MARKETS: dict[str, list[tuple[str, int]]] = {
    "pt": [("PT", 8), ("LU", 1)],
    "de": [("DE", 6), ("AT", 2), ("CH", 2)],
    "en": [("UK", 3), ("IE", 2)],
    "fr": [("FR", 3), ("BE", 2), ("CH", 1), ("LU", 1)],
    "es": [("ES", 1)],
    "it": [("IT", 4), ("CH", 1)],
}

# country code, mobile prefixes, national digits
PHONES: dict[str, tuple[str, list[str], int]] = {
    "PT": ("351", ["91", "92", "93", "96"], 9),
    "LU": ("352", ["621", "661", "691"], 9),
    "DE": ("49", ["151", "152", "157", "160", "162", "170", "171", "176"], 11),
    "AT": ("43", ["660", "664", "676", "699"], 10),
    "CH": ("41", ["76", "77", "78", "79"], 9),
    "UK": ("44", ["74", "75", "77", "78", "79"], 10),
    "IE": ("353", ["83", "85", "86", "87", "89"], 9),
    "FR": ("33", ["6", "7"], 9),
    "BE": ("32", ["470", "475", "485", "496"], 9),
    "ES": ("34", ["6", "7"], 9),
    "IT": ("39", ["320", "328", "333", "340", "347", "349"], 10),
}

MAIL_DOMAINS: dict[str, list[str]] = {
    "pt": ["correio.example", "sapo-mail.example", "caixa.example"],
    "de": ["postfach.example", "webmail-de.example", "gmx-post.example"],
    "en": ["mailbox.example", "inbox-uk.example"],
    "fr": ["courriel.example", "boite.example"],
    "es": ["correo.example", "buzon.example"],
    "it": ["posta.example", "casella.example"],
}

FIRST: dict[str, list[str]] = {
    "pt": [
        "Ana",
        "Beatriz",
        "Carla",
        "Daniela",
        "Filipa",
        "Inês",
        "Joana",
        "Mariana",
        "Patrícia",
        "Rita",
        "Sofia",
        "Teresa",
        "Catarina",
        "Helena",
        "Luísa",
        "André",
        "Bruno",
        "Diogo",
        "Duarte",
        "Fernando",
        "Gonçalo",
        "Hugo",
        "João",
        "Miguel",
        "Nuno",
        "Pedro",
        "Ricardo",
        "Rui",
        "Tomás",
        "Vasco",
        "Sérgio",
        "Marco",
    ],
    "de": [
        "Anna",
        "Birgit",
        "Claudia",
        "Doris",
        "Eva",
        "Franziska",
        "Heike",
        "Jana",
        "Katja",
        "Lena",
        "Monika",
        "Nina",
        "Sabine",
        "Tanja",
        "Ute",
        "Andreas",
        "Bernd",
        "Christian",
        "Dirk",
        "Florian",
        "Jens",
        "Jürgen",
        "Klaus",
        "Lukas",
        "Markus",
        "Matthias",
        "Olaf",
        "Sven",
        "Thomas",
        "Uwe",
        "Stefan",
        "Tobias",
    ],
    "en": [
        "Claire",
        "Emma",
        "Fiona",
        "Grace",
        "Jess",
        "Niamh",
        "Sarah",
        "Aidan",
        "Ben",
        "Callum",
        "Dan",
        "Liam",
        "Mark",
        "Rory",
        "Tom",
    ],
    "fr": [
        "Amélie",
        "Camille",
        "Élodie",
        "Julie",
        "Manon",
        "Sophie",
        "Aurélien",
        "Bastien",
        "Julien",
        "Mathieu",
        "Nicolas",
        "Olivier",
        "Yannick",
    ],
    "es": [
        "Alba",
        "Carmen",
        "Elena",
        "Lucía",
        "Marta",
        "Nuria",
        "Alberto",
        "Javier",
        "Jorge",
        "Pablo",
        "Raúl",
        "Sergio",
    ],
    "it": [
        "Chiara",
        "Elisa",
        "Francesca",
        "Giulia",
        "Sara",
        "Valentina",
        "Alessandro",
        "Andrea",
        "Fabio",
        "Lorenzo",
        "Matteo",
        "Stefano",
    ],
}

SURNAMES: dict[str, list[str]] = {
    "pt": [
        "Almeida",
        "Barros",
        "Cardoso",
        "Carvalho",
        "Costa",
        "Ferreira",
        "Fonseca",
        "Gomes",
        "Lopes",
        "Machado",
        "Marques",
        "Matos",
        "Mendes",
        "Moreira",
        "Nunes",
        "Oliveira",
        "Pereira",
        "Pinto",
        "Ribeiro",
        "Rocha",
        "Santos",
        "Sousa",
        "Teixeira",
        "Vieira",
        "Correia",
        "Antunes",
    ],
    "de": [
        "Bauer",
        "Becker",
        "Brandt",
        "Fischer",
        "Frank",
        "Hartmann",
        "Hoffmann",
        "Keller",
        "Koch",
        "Krause",
        "Lange",
        "Lehmann",
        "Meyer",
        "Neumann",
        "Richter",
        "Schäfer",
        "Schmitt",
        "Schulz",
        "Schwarz",
        "Vogel",
        "Wagner",
        "Weber",
        "Wolf",
        "Zimmermann",
        "Huber",
        "Gruber",
    ],
    "en": [
        "Brennan",
        "Byrne",
        "Collins",
        "Doyle",
        "Evans",
        "Hughes",
        "Kelly",
        "Murphy",
        "Walsh",
        "Wilson",
        "Carter",
        "Price",
    ],
    "fr": [
        "Bernard",
        "Dubois",
        "Faure",
        "Fontaine",
        "Girard",
        "Lambert",
        "Lefèvre",
        "Mercier",
        "Moreau",
        "Renard",
        "Roux",
        "Vincent",
    ],
    "es": [
        "Castro",
        "Delgado",
        "Fuentes",
        "Herrera",
        "Iglesias",
        "Molina",
        "Navarro",
        "Ortega",
        "Rubio",
        "Serrano",
        "Torres",
        "Vidal",
    ],
    "it": [
        "Bianchi",
        "Colombo",
        "Conti",
        "De Luca",
        "Ferrari",
        "Galli",
        "Greco",
        "Marino",
        "Ricci",
        "Rinaldi",
        "Romano",
        "Villa",
    ],
}

TOWNS: dict[str, list[str]] = {
    "PT": [
        "Lisboa",
        "Porto",
        "Braga",
        "Setúbal",
        "Coimbra",
        "Aveiro",
        "Leiria",
        "Faro",
        "Viseu",
        "Almada",
    ],
    "LU": ["Luxembourg", "Esch-sur-Alzette", "Differdange"],
    "DE": [
        "Kassel",
        "Bielefeld",
        "Münster",
        "Freiburg",
        "Leipzig",
        "Hannover",
        "Augsburg",
        "Mainz",
        "Erfurt",
    ],
    "AT": ["Graz", "Linz", "Salzburg", "Wien"],
    "CH": ["Basel", "Bern", "Winterthur", "Lausanne", "Lugano"],
    "UK": ["Leeds", "Bristol", "Norwich", "York"],
    "IE": ["Cork", "Galway", "Limerick"],
    "FR": ["Lyon", "Nantes", "Rennes", "Tours"],
    "BE": ["Liège", "Namur", "Bruxelles"],
    "ES": ["Zaragoza", "Valladolid", "Málaga", "Murcia"],
    "IT": ["Bologna", "Verona", "Padova", "Bergamo"],
}

JOBS = [
    "nurse",
    "teacher",
    "electrician",
    "accountant",
    "pharmacist",
    "bus driver",
    "architect",
    "shop manager",
    "software developer",
    "physiotherapist",
    "retired",
    "social worker",
    "chef",
    "dental hygienist",
    "lawyer",
    "farmer",
    "librarian",
    "postal worker",
    "engineer",
    "hairdresser",
]
NIGHT_JOBS = [
    "night nurse",
    "baker",
    "taxi driver",
    "petrol-station cashier",
    "hospital porter",
    "security guard",
]
SECOND_LANG_WHY = [
    "works for a firm run in {l2}",
    "married to a {l2} speaker",
    "studied in a {l2}-speaking country",
    "grew up speaking {l2} at home",
    "colleagues write in {l2}",
    "lived ten years where {l2} is spoken",
]
LANG_NAMES = {
    "pt": "Portuguese",
    "de": "German",
    "en": "English",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
}

TOL_REPEAT = [
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "sentiment_drop",
    "silence",
]
TOL_SLIDER = [
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "repeat_contact",
    "silence",
]
TOL_LEAVER = ["competitor_mention", "high_value_at_risk", "sentiment_drop", "silence"]
TOL_GRUMPY = ["repeat_contact", "silence"]
TOL_SILENCE = ["silence"]
TOL_SPIKE_REPEAT = ["sentiment_drop", "silence"]
TOL_B2B_RISK = [
    "account_risk",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "sentiment_drop",
    "silence",
]
TOL_B2B_ONE = ["high_value_at_risk", "sentiment_drop", "silence"]

HAPPY_KINDS = (
    "praise",
    "again",
    "gripe",
    "chat",
    "email",
    "phone",
    "buy",
    "page",
    "review",
    "survey",
)

USED: dict[str, set[str]] = {
    "id": set(),
    "email": set(),
    "phone": set(),
    "handle": set(),
    "case": set(),
    "account": set(),
}


def iso(ts: datetime) -> str:
    return ts.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def ascii_fold(text: str) -> str:
    text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    norm = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in norm if not unicodedata.combining(ch))


def strip_accents(text: str) -> str:
    """German umlauts as ae/oe/ue, other accents dropped; ß and ñ kept."""
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
        text = text.replace(a, b)
    out = []
    for ch in text:
        if ch in "ñÑß":
            out.append(ch)
            continue
        norm = unicodedata.normalize("NFD", ch)
        out.append("".join(c for c in norm if not unicodedata.combining(c)))
    return "".join(out)


def currency(market: str) -> str:
    return {"UK": "GBP", "CH": "CHF"}.get(market, "EUR")


def convert(eur: float, market: str) -> int:
    rate = {"GBP": 0.87, "CHF": 0.95}.get(currency(market), 1.0)
    return round(eur * rate)


SPOKEN_UNITS = {
    "EUR": {"pt": "euros", "de": "Euro", "en": "euros", "fr": "euros", "es": "euros", "it": "euro"},
    "GBP": {
        "pt": "libras",
        "de": "Pfund",
        "en": "pounds",
        "fr": "livres",
        "es": "libras",
        "it": "sterline",
    },
    "CHF": {
        "pt": "francos",
        "de": "Franken",
        "en": "francs",
        "fr": "francs",
        "es": "francos",
        "it": "franchi",
    },
}


def money(lang: str, market: str, eur: float, spoken: bool = False) -> str:
    cur = currency(market)
    val = convert(eur, market)
    if spoken:
        return f"{val} {SPOKEN_UNITS[cur][lang]}"
    if cur == "GBP":
        return f"£{val}"
    if cur == "CHF":
        return f"CHF {val}"
    return f"€{val}" if lang == "en" else f"{val} €"


def big_money(lang: str, market: str, eur: float) -> str:
    """A quote a hundred times too high, written as the app shows it."""
    cur = currency(market)
    val = convert(eur, market) * 100
    whole = f"{val:,}"
    if cur == "GBP":
        return f"£{whole}.00"
    if cur == "CHF":
        return f"CHF {whole.replace(',', chr(39))}.00"
    if lang == "en":
        return f"€{whole}.00"
    if lang == "fr":
        return f"{whole.replace(',', ' ')},00 €"
    return f"{whole.replace(',', '.')},00 €"


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    first: str
    name: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    segment: str
    truth: dict[str, Any] = field(default_factory=dict)


@dataclass
class Fam:
    name: str
    code: str
    start: datetime
    days: int
    about: str
    rng: random.Random
    rough: random.Random
    rows: list[tuple[datetime, int, str, dict[str, Any]]] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    counter: int = 0
    planted: dict[str, int] = field(default_factory=dict)

    def at(self, day: float, hour: float = 0.0) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def when(self, day: int, h0: float, h1: float) -> datetime:
        minute = self.rng.randint(int(h0 * 60), int(h1 * 60) - 1)
        return self.start + timedelta(days=day, minutes=minute)


def unique(kind: str, make: Any) -> str:
    for _ in range(1000):
        value = str(make())
        if value not in USED[kind]:
            USED[kind].add(value)
            return value
    raise RuntimeError(f"no unique {kind}")


def pick_market(r: random.Random, lang: str) -> str:
    options = MARKETS[lang]
    return r.choices([m for m, _ in options], weights=[w for _, w in options])[0]


def person(
    f: Fam,
    lang: str,
    persona: str,
    habit: str,
    expected: list[str] | None = None,
    tolerated: list[str] | None = None,
    market: str | None = None,
    account: str | None = None,
    domain: str | None = None,
    first: str | None = None,
    job: str | None = None,
) -> Cust:
    r = f.rng
    market = market or pick_market(r, lang)
    first = first or r.choice(FIRST[lang])
    surname = r.choice(SURNAMES[lang])
    name = f"{first} {surname}"
    fa = ascii_fold(first.lower()).replace(" ", "")
    sa = ascii_fold(surname.lower()).replace(" ", "")
    key = unique("id", lambda: f"SV{f.code}{r.randint(1000, 9999)}")
    if domain:
        email = unique(
            "email",
            lambda: (
                f"{fa}.{sa}@{domain}"
                if r.random() < 0.7
                else f"{fa[0]}{sa}{r.randint(1, 9)}@{domain}"
            ),
        )
    else:
        dom = r.choice(MAIL_DOMAINS[lang])
        email = unique(
            "email",
            lambda: r.choice(
                [
                    f"{fa}.{sa}{r.randint(1, 99)}@{dom}",
                    f"{fa}{sa[0]}{r.randint(10, 999)}@{dom}",
                    f"{sa}.{fa}{r.randint(1, 9)}@{dom}",
                ]
            ),
        )
    cc, prefixes, digits = PHONES[market]

    def mk_phone() -> str:
        pre = r.choice(prefixes)
        rest = "".join(str(r.randint(0, 9)) for _ in range(digits - len(pre)))
        return f"+{cc}{pre}{rest}"

    phone = unique("phone", mk_phone)
    handle: str | None = None
    if account is None:
        handle = unique(
            "handle",
            lambda: r.choice(
                [
                    f"@{sa}_{fa}{r.randint(1, 9)}",
                    f"@{fa}{sa}{r.randint(10, 99)}",
                    f"@{fa}_{sa}",
                    f"@{sa}{fa[0]}",
                    f"@{fa}.{sa[:4]}{r.randint(1, 99)}",
                ]
            ),
        )
    segment = "b2b" if account else "consumer"
    c = Cust(key, lang, market, first, name, email, phone, handle, account, segment)
    exp = sorted(expected or [])
    tol = sorted(tolerated or [])
    c.truth = {
        "identifiers": {
            "customer_id": key,
            "email": email.lower(),
            "phone": phone,
            "handle": handle,
            "account_id": account,
        },
        "expected_rules": exp,
        "tolerated_rules": tol,
        "persona": persona,
        "habit": habit,
        "language": lang,
        "country": market,
        "segment": segment,
        "name": name,
        "job": job or r.choice(JOBS),
        "town": r.choice(TOWNS[market]),
    }
    f.custs[key] = c
    return c


def roughen(f: Fam, text: str) -> str:
    r = f.rough
    if r.random() < 0.10:
        text = strip_accents(text)
    if r.random() < 0.125 and text[:1].isupper() and not text.split(" ")[0].isupper():
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


def at_brand(text: str) -> str:
    pos = text.rfind(BRAND)
    if pos < 0:
        return f"@{BRAND} {text}"
    return text[:pos] + "@" + text[pos:]


def add(
    f: Fam,
    c: Cust,
    ts: datetime,
    channel: str,
    kind: str,
    text: str | None = None,
    subject: str | None = None,
    out: bool = False,
    scores: dict[str, int] | None = None,
    attrs: dict[str, str] | None = None,
    agent: str | None = None,
) -> str:
    f.counter += 1
    eid = f"sv102-{f.code.lower()}-{f.counter:05d}"
    a: dict[str, str] = {"market": c.market}
    if c.segment == "b2b":
        a["segment"] = "b2b"
    if attrs:
        a.update(attrs)
    if agent:
        a["agent"] = agent
    if text is not None and not out:
        if channel not in ("phone", "survey"):
            text = roughen(f, text)
        if channel == "social" and c.segment == "consumer":
            text = at_brand(text)
    sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
    if scores:
        sc.update(scores)
    row: dict[str, Any] = {
        "event_id": eid,
        "occurred_at": iso(ts),
        "channel": channel,
        "kind": kind,
        "direction": "outbound" if out else "inbound",
        "customer": {},
        "text": text,
        "subject": subject,
        "scores": sc,
        "source": SOURCES[channel],
        "attributes": a,
    }
    f.rows.append((ts, f.counter, c.key, row))
    return eid


def unnight(f: Fam, ts: datetime) -> datetime:
    if ts.hour >= 22:
        base = (ts + timedelta(days=1)).replace(hour=8, minute=0, second=0)
        return base + timedelta(minutes=f.rng.randint(0, 55))
    if ts.hour < 7:
        return ts.replace(hour=8, minute=0, second=0) + timedelta(minutes=f.rng.randint(0, 55))
    return ts


def office(f: Fam, ts: datetime, last_hour: int = 17) -> datetime:
    while ts.weekday() >= 5 or ts.hour >= last_hour or ts.hour < 8:
        if ts.hour < 8 and ts.weekday() < 5:
            ts = ts.replace(hour=8, minute=0, second=0) + timedelta(minutes=f.rng.randint(0, 50))
        else:
            ts = (ts + timedelta(days=1)).replace(hour=8, minute=0, second=0) + timedelta(
                minutes=f.rng.randint(0, 50)
            )
    return ts


def sign(lang: str, agent: str, pro: bool = False) -> str:
    table: dict[str, str] = B.SIGN_PRO if pro else W.SIGN
    return table[lang].format(agent=agent)


def agent_for(f: Fam, lang: str) -> str:
    names: list[str] = W.AGENTS[lang]
    return f.rng.choice(names)


# ---------------------------------------------------------------- happy acts


def chat_answered(
    f: Fam, c: Cust, ts: datetime, qa: list[tuple[str, str]], lang: str, thanks: list[str]
) -> None:
    """A chat question, the agent's answer 1-6 minutes later and often a thank-you."""
    r = f.rng
    q, a = r.choice(qa)
    add(f, c, ts, "chat", "chat", q)
    t2 = ts + timedelta(minutes=r.randint(1, 6))
    add(f, c, t2, "chat", "chat", a, out=True, agent=agent_for(f, lang))
    if r.random() < 0.6:
        add(f, c, t2 + timedelta(minutes=r.randint(1, 4)), "chat", "chat", r.choice(thanks))


def purchase(
    f: Fam,
    c: Cust,
    ts: datetime,
    products: list[tuple[str, int, str]],
    view_page: str | None,
    max_wait: int,
) -> None:
    """A page view, then the booking a few minutes later."""
    r = f.rng
    label, eur, page = r.choice(products)
    add(f, c, ts, "web", "page_view", attrs={"page": view_page or page})
    val = eur * {"GBP": 0.87, "CHF": 0.95}.get(currency(c.market), 1.0)
    attrs = {"order_value": f"{val:.2f}", "currency": currency(c.market), "product": label}
    attrs["page"] = page
    add(f, c, ts + timedelta(minutes=r.randint(3, max_wait)), "web", "purchase", attrs=attrs)


def happy_act(f: Fam, c: Cust, ts: datetime, kind: str, lang: str | None = None) -> None:
    r = f.rng
    lg = lang or c.lang
    if kind in ("praise", "again", "gripe"):
        table = {"praise": W.PRAISE, "again": W.AGAIN, "gripe": W.GRIPE}[kind][lg]
        if r.random() < 0.55:
            add(f, c, ts, "social", "mention", r.choice(table))
        else:
            add(f, c, ts, "community", "post", r.choice(table))
    elif kind == "chat":
        chat_answered(f, c, ts, W.CHAT_QA[lg], lg, W.THANKS[lg])
    elif kind == "email":
        subj, q, a = r.choice(W.EMAIL_QA[lg])
        add(f, c, ts, "email", "message", q.format(first=c.first), subject=subj)
        t2 = unnight(f, ts + timedelta(minutes=r.randint(40, 240)))
        ag = agent_for(f, lg)
        add(
            f,
            c,
            t2,
            "email",
            "message",
            a.format(first=c.first, sign=sign(lg, ag)),
            subject=f"RE: {subj}",
            out=True,
            agent=ag,
        )
        if r.random() < 0.4:
            t3 = unnight(f, t2 + timedelta(minutes=r.randint(20, 300)))
            add(f, c, t3, "email", "message", r.choice(W.THANKS[lg]), subject=f"RE: RE: {subj}")
    elif kind == "phone":
        said, subj, follow = r.choice(W.PHONE_QA[lg])
        add(f, c, ts, "phone", "call", said)
        ag = agent_for(f, lg)
        add(
            f,
            c,
            ts + timedelta(minutes=r.randint(10, 40)),
            "email",
            "message",
            follow.format(first=c.first, sign=sign(lg, ag)),
            subject=subj,
            out=True,
            agent=ag,
        )
    elif kind == "buy":
        purchase(f, c, ts, W.PRODUCTS, None, 15)
    elif kind == "page":
        add(f, c, ts, "web", "page_view", attrs={"page": r.choice(W.PAGES)})
    elif kind == "review":
        add(
            f,
            c,
            ts,
            "web",
            "review",
            r.choice(W.PRAISE[lg] + W.AGAIN[lg]),
            attrs={"rating": r.choice(["5", "5", "4"]), "page": "/reviews"},
        )
    elif kind == "survey":
        survey_happy(f, c, ts, lg)
    else:
        raise ValueError(kind)


def survey_happy(f: Fam, c: Cust, ts: datetime, lang: str) -> None:
    r = f.rng
    which = r.choice(["nps", "csat", "ces"])
    score = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[which]
    word = r.choice(W.SURVEY_HAPPY[lang]) or None
    add(f, c, ts, "survey", "survey_response", word, scores={which: score}, attrs={"survey": which})


def happy_days(
    f: Fam,
    c: Cust,
    days: list[int],
    kinds: tuple[str, ...],
    h0: float = 7,
    h1: float = 21,
    langs: list[str] | None = None,
) -> None:
    for i, d in enumerate(days):
        lang = langs[i % len(langs)] if langs else None
        happy_act(f, c, f.when(d, h0, h1), f.rng.choice(kinds), lang)


# ---------------------------------------------------------------- problems


def new_case(f: Fam) -> str:
    return unique("case", lambda: f"SVC-{f.rng.randint(100000, 999999)}")


def complaint_text(f: Fam, c: Cust, problem: str, lang: str, spoken: bool = False) -> str:
    amount = money(lang, c.market, W.PROBLEM_AMOUNT[problem], spoken)
    if spoken:
        said: str = W.PROBLEM_SPOKEN[problem][lang]
        return said.format(amount=amount)
    written: list[str] = W.PROBLEM_WRITTEN[problem][lang]
    return f.rng.choice(written).format(amount=amount)


def first_contact(
    f: Fam,
    c: Cust,
    ts: datetime,
    problem: str,
    channel: str,
    lang: str,
    case: str | None,
    long_email: bool = False,
) -> str:
    """The first message about a problem; returns its event id."""
    subj = W.COMPLAINT_PREFIX[lang] + W.PROBLEM_SUBJECT[problem][lang]
    if channel == "email":
        body = complaint_text(f, c, problem, lang)
        if long_email:
            body = f.rng.choice(W.LONG_EMAIL[lang]).format(complaint=body, name=c.name)
        else:
            body = f"{body}\n\n{c.first}"
        return add(f, c, ts, "email", "message", body, subject=subj)
    if channel == "web":
        return add(
            f,
            c,
            ts,
            "web",
            "ticket",
            complaint_text(f, c, problem, lang),
            subject=W.PROBLEM_SUBJECT[problem][lang],
            attrs={"page": "/help/contact"},
        )
    if channel == "chat":
        return add(f, c, ts, "chat", "chat", complaint_text(f, c, problem, lang))
    if channel == "phone":
        return add(f, c, ts, "phone", "call", complaint_text(f, c, problem, lang, spoken=True))
    if channel == "social":
        return add(f, c, ts, "social", "mention", complaint_text(f, c, problem, lang))
    raise ValueError(channel)


def case_mail(
    f: Fam,
    c: Cust,
    ts: datetime,
    lang: str,
    template: str,
    case: str,
    ag: str | None = None,
    pro: bool = False,
) -> str:
    """An agent's e-mail about a case, the reference in its subject."""
    ag = ag or agent_for(f, lang)
    body = template.format(first=c.first, case=case, sign=sign(lang, ag, pro))
    subject = f"{W.REPLY_PREFIX[lang]}{case}"
    return add(f, c, ts, "email", "message", body, subject=subject, out=True, agent=ag)


def answer_case(
    f: Fam, c: Cust, ts: datetime, channel: str, lang: str, case: str, quality: bool = False
) -> datetime:
    """The agent's reply naming the case; returns when it went out."""
    r = f.rng
    ag = agent_for(f, lang)
    if channel == "chat":
        t = ts + timedelta(minutes=r.randint(1, 4))
        add(f, c, t, "chat", "chat", W.CHAT_CASE[lang].format(case=case), out=True, agent=ag)
        if not quality:
            return t
    if quality:
        t = unnight(f, ts + timedelta(minutes=r.randint(90, 150)))
        case_mail(f, c, t, lang, W.QUALITY_LEAD[lang], case, ag)
        return t
    t = unnight(f, ts + timedelta(minutes=r.randint(10, 40)))
    case_mail(f, c, t, lang, W.CASE_OPENED[lang], case, ag)
    return t


def good_news(f: Fam, c: Cust, ts: datetime, lang: str, case: str) -> str:
    return case_mail(f, c, ts, lang, W.GOOD_NEWS[lang], case)


def confirm(f: Fam, c: Cust, ts: datetime, lang: str, case: str, channel: str) -> str:
    text = f.rng.choice(W.CONFIRM[lang]).format(case=case)
    if channel == "email":
        return add(f, c, ts, "email", "message", text, subject=f"{W.REPLY_PREFIX[lang]}{case}")
    return add(f, c, ts, "chat", "chat", text)


def later_contact(
    f: Fam,
    c: Cust,
    ts: datetime,
    problem: str,
    channel: str,
    lang: str,
    case: str,
    nth: int,
    comp: str,
) -> str:
    """Contact number nth (2, 3 or 4) about a problem still open."""
    short = W.PROBLEM_SHORT[problem][lang]
    table = {2: W.REPEAT_SECOND, 3: W.REPEAT_THIRD, 4: W.REPEAT_FOURTH}[nth]
    text = f.rng.choice(table[lang]).format(case=case, short=short, comp=comp)
    if channel == "phone":
        said = W.SPOKEN_LATER[lang].format(case=case, short=short, nth=W.NTH[lang][nth - 1])
        return add(f, c, ts, "phone", "call", said)
    if channel == "email":
        return add(
            f,
            c,
            ts,
            "email",
            "message",
            f"{text}\n\n{c.first}",
            subject=f"{W.REPLY_PREFIX[lang]}{case}",
        )
    if channel == "web":
        return add(f, c, ts, "web", "ticket", text, subject=case, attrs={"page": "/help/contact"})
    if channel == "chat":
        eid = add(f, c, ts, "chat", "chat", text)
        add(
            f,
            c,
            ts + timedelta(minutes=f.rng.randint(1, 5)),
            "chat",
            "chat",
            W.CHAT_URGENT[lang].format(case=case),
            out=True,
            agent=agent_for(f, lang),
        )
        return eid
    return add(f, c, ts, "social", "mention", text)


def repeat_run(
    f: Fam,
    c: Cust,
    start: datetime,
    problem: str,
    channels: list[str],
    langs: list[str],
    quality: bool,
) -> None:
    """A problem raised len(channels) times, still open."""
    r = f.rng
    case = new_case(f)
    comp = r.choice(COMPETITORS)
    ids = [first_contact(f, c, start, problem, channels[0], langs[0], case)]
    answer_case(f, c, start, channels[0], langs[0], case, quality)
    ts = start
    for n in range(2, len(channels) + 1):
        ts = ts + timedelta(hours=r.uniform(4, 40))
        if ts.hour >= 22 or ts.hour < 7:
            base = ts if ts.hour < 7 else ts + timedelta(days=1)
            ts = base.replace(hour=8, minute=r.randint(0, 59), second=0)
        ids.append(
            later_contact(
                f, c, ts, problem, channels[n - 1], langs[(n - 1) % len(langs)], case, n, comp
            )
        )
    c.truth.update(
        {
            "problem": problem,
            "booking": case,
            "contacts": len(channels),
            "channels": channels,
            "channel": channels[0],
            "agent_passed_on": quality,
            "problem_event_ids": ids,
            "competitor": comp if len(channels) >= 3 else None,
            "trouble_starts_at": iso(start),
        }
    )


def fixed_case(
    f: Fam,
    c: Cust,
    start: datetime,
    problem: str,
    channel: str,
    lang: str,
    confirm_lang: str,
    confirm_channel: str | None = None,
) -> dict[str, Any]:
    r = f.rng
    case = new_case(f)
    eid = first_contact(f, c, start, problem, channel, lang, case)
    t = answer_case(f, c, start, channel, lang, case)
    fixed_at = unnight(f, t + timedelta(hours=r.uniform(3, 20)))
    good_news(f, c, fixed_at, confirm_lang, case)
    cch = confirm_channel or r.choice(["email", "chat"])
    conf_at = unnight(f, fixed_at + timedelta(hours=r.uniform(8, 30)))
    cid = confirm(f, c, conf_at, confirm_lang, case, cch)
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(start),
        "fixed_at": iso(fixed_at),
        "confirmed_at": iso(conf_at),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": channel,
        "confirm_channel": cch,
    }


def nps_low(f: Fam, c: Cust, ts: datetime, lang: str) -> tuple[str, int]:
    score = f.rng.randint(1, 5)
    word = f.rng.choice(W.SURVEY_LOW[lang]) or None
    return add(
        f, c, ts, "survey", "survey_response", word, scores={"nps": score}, attrs={"survey": "nps"}
    ), score


def slide(f: Fam, c: Cust, first_day: float, span: int, langs: list[str], nps: bool) -> None:
    r = f.rng
    comp = r.choice(COMPETITORS)
    ratings = ["3", "3", "2", "2", "1", "1"]
    ids: list[str] = []
    prev: datetime | None = None
    first_ts = f.start
    for i in range(6):
        lang = langs[i % len(langs)]
        ts = f.at(first_day + span * i / 5) + timedelta(hours=r.uniform(8, 20))
        ts = ts.replace(second=0, microsecond=0)
        if prev is not None and ts < prev + timedelta(hours=1):
            ts = prev + timedelta(hours=1, minutes=r.randint(0, 40))
        ts = unnight(f, ts)
        text = W.SLIDE[lang][i].format(comp=comp)
        ch = r.choice(["social", "community", "review"])
        if ch == "social":
            ids.append(add(f, c, ts, "social", "mention", text))
        elif ch == "community":
            ids.append(add(f, c, ts, "community", "post", text))
        else:
            ids.append(
                add(
                    f,
                    c,
                    ts,
                    "web",
                    "review",
                    text,
                    attrs={"rating": ratings[i], "page": "/reviews"},
                )
            )
        prev = ts
        if i == 0:
            first_ts = ts
        if i == 3 and nps:
            sid, score = nps_low(
                f, c, unnight(f, ts + timedelta(minutes=r.randint(150, 210))), lang
            )
            c.truth.update({"nps_given": True, "nps": score, "survey_event_id": sid})
    c.truth.update(
        {
            "slide_event_ids": ids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": iso(first_ts),
        }
    )


# ---------------------------------------------------------------- families


def langs_for(r: random.Random, n: int) -> list[str]:
    return r.choices(["pt", "de", "en", "fr", "es", "it"], weights=[30, 30, 10, 10, 10, 10], k=n)


def spaced_days(r: random.Random, pool: list[int], n: int) -> list[int]:
    n = min(n, len(pool))
    return sorted(r.sample(pool, n))


def fam_happy_writers(f: Fam) -> None:
    r = f.rng
    for lang in langs_for(r, 16):
        c = person(f, lang, "happy", "day writer")
        happy_days(f, c, spaced_days(r, list(range(10)), r.randint(5, 8)), HAPPY_KINDS, 7, 19)
    for lang in langs_for(r, 5):
        c = person(f, lang, "happy", "night writer", job=r.choice(NIGHT_JOBS))
        nights = spaced_days(r, list(range(9)), r.randint(2, 4))
        for d in nights:
            ts = f.at(d, 22.2) + timedelta(minutes=r.randint(0, 377))
            if r.random() < 0.5:
                text = r.choice(W.NIGHT_POSTS[lang])
                if r.random() < 0.5:
                    add(f, c, ts, "social", "mention", text)
                else:
                    add(f, c, ts, "community", "post", text)
            else:
                q, a = r.choice(W.NIGHT_QA[lang])
                add(f, c, ts, "chat", "chat", q)
                t2 = ts + timedelta(minutes=r.randint(1, 5))
                add(f, c, t2, "chat", "chat", a, out=True, agent=agent_for(f, lang))
                add(
                    f,
                    c,
                    t2 + timedelta(minutes=r.randint(1, 3)),
                    "chat",
                    "chat",
                    r.choice(W.THANKS[lang]),
                )
        days = [d for d in range(10) if d not in nights and d - 1 not in nights]
        happy_days(
            f, c, spaced_days(r, days, r.randint(2, 3)), ("praise", "buy", "page", "review"), 9, 18
        )
    for lang in langs_for(r, 5):
        c = person(f, lang, "happy", "answers surveys")
        for d in spaced_days(r, list(range(10)), r.randint(3, 6)):
            survey_happy(f, c, f.when(d, 8, 20), lang)


def fam_one_bad_day(f: Fam) -> None:
    r = f.rng
    problems = [p for p in W.PROBLEMS for _ in range(4)]
    r.shuffle(problems)
    channels = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    langs = langs_for(r, 24)
    for i in range(4):
        langs[i] = "pt" if i < 2 else "de"
    people: list[tuple[Cust, datetime, str, str | None]] = []
    with_case: list[int] = []
    for i in range(24):
        lang = langs[i]
        c = person(f, lang, "happy_one_bad_day", "one bad day", tolerated=TOL_SILENCE)
        day = r.randint(2, 9)
        ts = f.when(day, 8, 20)
        ch = channels[i]
        case = None if ch == "social" else new_case(f)
        eid = first_contact(
            f,
            c,
            ts,
            problems[i],
            "email" if ch == "long" else ch,
            lang,
            case,
            long_email=ch == "long",
        )
        if case:
            answer_case(f, c, ts, "email" if ch == "long" else ch, lang, case)
            with_case.append(i)
        pool = [d for d in range(12) if d <= day - 2 or d >= day + 3]
        happy_days(
            f,
            c,
            spaced_days(r, pool, r.randint(1, 5)),
            tuple(k for k in HAPPY_KINDS if k != "survey"),
        )
        c.truth.update(
            {
                "problem": problems[i],
                "booking": case,
                "channel": "email" if ch == "long" else ch,
                "long_email": ch == "long",
                "bad_day_at": iso(ts),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(ts),
                "nps_given": False,
                "csat_given": False,
                "agent_fixed": False,
                "apologised": False,
            }
        )
        people.append((c, ts, lang, case))
    r.shuffle(with_case)
    detr, csat = with_case[:6], with_case[6:11]
    for i in detr:
        c, ts, lang, _ = people[i]
        c.truth["persona"] = "bad_day_detractor"
        c.truth["expected_rules"] = ["detractor"]
        sid, score = nps_low(f, c, ts + timedelta(minutes=r.randint(100, 140)), lang)
        c.truth.update({"nps_given": True, "nps": score, "survey_event_id": sid})
    for i in csat:
        c, ts, lang, _ = people[i]
        score = r.randint(1, 2)
        sid = add(
            f,
            c,
            ts + timedelta(minutes=r.randint(40, 80)),
            "survey",
            "survey_response",
            r.choice(W.SURVEY_LOW[lang]) or None,
            scores={"csat": score},
            attrs={"survey": "csat"},
        )
        c.truth.update({"csat_given": True, "csat": score, "survey_event_id": sid})
    fixed = sorted(r.sample(with_case, 12))
    sorry = set(r.sample(fixed, 5))
    for i in fixed:
        c, ts, lang, case = people[i]
        assert case
        good_news(f, c, unnight(f, ts + timedelta(minutes=r.randint(60, 240))), lang, case)
        c.truth["agent_fixed"] = True
        if i in sorry:
            at = unnight(f, ts + timedelta(hours=r.uniform(16, 24)))
            text = r.choice(W.APOLOGY[lang])
            if r.random() < 0.5:
                aid = add(f, c, at, "chat", "chat", text)
            else:
                aid = add(
                    f,
                    c,
                    at,
                    "email",
                    "message",
                    f"{text}\n\n{c.first}",
                    subject=f"{W.REPLY_PREFIX[lang]}{case}",
                )
            c.truth.update({"apologised": True, "apology_at": iso(at), "apology_event_id": aid})
    for lang in langs_for(r, 8):
        c = person(f, lang, "happy", "control")
        happy_days(f, c, spaced_days(r, list(range(12)), r.randint(4, 7)), HAPPY_KINDS)


def distinct_channels(r: random.Random, first: str, n: int) -> list[str]:
    rest = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != first]
    r.shuffle(rest)
    return [first, *rest[: n - 1]]


def fam_repeat_contacts(f: Fam) -> None:
    r = f.rng
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    r.shuffle(firsts)
    counts = [2] * 4 + [3] * 4 + [4] * 4
    r.shuffle(counts)
    problems = [p for p in W.PROBLEMS for _ in range(2)]
    r.shuffle(problems)
    quality = [True] * 6 + [False] * 6
    r.shuffle(quality)
    for i, lang in enumerate(langs_for(r, 12)):
        c = person(f, lang, "repeat_contact", "repeats", ["repeat_contact"], TOL_REPEAT)
        for _ in range(r.randint(1, 3)):
            happy_act(f, c, f.when(0, 7, 12), r.choice(("praise", "chat", "buy", "page")))
        start = f.when(r.randint(1, 4), 8, 19)
        repeat_run(
            f, c, start, problems[i], distinct_channels(r, firsts[i], counts[i]), [lang], quality[i]
        )
    for lang in langs_for(r, 5):
        c = person(f, lang, "resolved_between_contacts", "fixed", tolerated=TOL_SILENCE)
        happy_act(f, c, f.when(0, 8, 18), r.choice(("praise", "buy", "page")))
        start = f.when(r.randint(1, 4), 8, 19)
        case = fixed_case(
            f,
            c,
            start,
            r.choice(W.PROBLEMS),
            r.choice(["web", "email", "chat", "phone"]),
            lang,
            lang,
        )
        c.truth.update(
            {"problems": [case], "trouble_starts_at": case["raised_at"], "booking": case["booking"]}
        )
    for lang in langs_for(r, 3):
        c = person(f, lang, "different_problems", "two problems", tolerated=TOL_SILENCE)
        p1, p2 = r.sample(list(W.PROBLEMS), 2)
        d1 = r.randint(0, 1)
        s1 = f.when(d1, 9, 18)
        s2 = f.when(d1 + r.randint(4, 5), 9, 18)
        a = fixed_case(f, c, s1, p1, r.choice(["web", "email"]), lang, lang)
        b = fixed_case(f, c, s2, p2, r.choice(["chat", "phone"]), lang, lang)
        c.truth.update({"problems": [a, b], "trouble_starts_at": a["raised_at"]})
    for lang in langs_for(r, 7):
        c = person(f, lang, "happy", "frequent writer")
        happy_days(
            f,
            c,
            spaced_days(r, list(range(10)), r.randint(5, 8)),
            ("chat", "chat", "email", "email", "phone", "buy", "praise"),
        )


def fam_slow_churners(f: Fam) -> None:
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    r.shuffle(spans)
    nps = [True] * 5 + [False] * 5
    r.shuffle(nps)
    for i, lang in enumerate(langs_for(r, 10)):
        c = person(
            f,
            lang,
            "slow_churner",
            "slides",
            ["detractor", "sentiment_drop"] if nps[i] else ["sentiment_drop"],
            TOL_SLIDER,
        )
        c.truth.update({"nps_given": False})
        days = spaced_days(r, list(range(11)), r.randint(6, 9))
        n_praise = r.randint(4, 5)
        for j, d in enumerate(days):
            kind = (
                r.choice(("praise", "again", "gripe", "praise"))
                if j < n_praise
                else r.choice(("buy", "chat", "page", "review", "email"))
            )
            happy_act(f, c, f.when(d, 8, 20), kind)
        slide(f, c, r.randint(12, 16), spans[i], [lang], nps[i])
    for lang in langs_for(r, 5):
        c = person(f, lang, "slow_churner", "asks to cancel", ["churn_intent"], TOL_LEAVER)
        happy_days(f, c, spaced_days(r, list(range(16)), r.randint(4, 6)), HAPPY_KINDS)
        ask = f.when(r.randint(17, 23), 8, 20)
        subj, body = r.choice(W.LEAVER[lang])
        eid = add(f, c, ask, "email", "message", body.format(name=c.name), subject=subj)
        ag = agent_for(f, lang)
        t = unnight(f, ask + timedelta(minutes=r.randint(60, 300)))
        add(
            f,
            c,
            t,
            "email",
            "message",
            W.SORRY_GO[lang].format(first=c.first, sign=sign(lang, ag)),
            subject=f"RE: {subj}",
            out=True,
            agent=ag,
        )
        cancel = unnight(f, ask + timedelta(hours=r.uniform(20, 30)))
        cid = add(
            f,
            c,
            cancel,
            "web",
            "cancellation",
            attrs={
                "page": "/account/plan/cancel",
                "product": "Scolvia Care, yearly / Plano Scolvia Care, anual",
            },
        )
        c.truth.update(
            {
                "churn_intent_event_id": eid,
                "cancellation_event_id": cid,
                "churn_at": iso(cancel),
                "trouble_starts_at": iso(ask),
            }
        )
    for lang in langs_for(r, 6):
        c = person(f, lang, "happy", "steady")
        happy_days(f, c, spaced_days(r, list(range(32)), r.randint(6, 10)), HAPPY_KINDS)
    for lang in langs_for(r, 5):
        c = person(f, lang, "steadily_grumpy", "grumbles", tolerated=TOL_GRUMPY)
        d = r.randint(0, 4)
        ids = []
        grumbles = list(W.GRUMBLES[lang])
        r.shuffle(grumbles)
        for k in range(r.randint(5, 7)):
            ts = f.when(d, 8, 21)
            text = grumbles[k % len(grumbles)]
            ch = r.choice(["social", "community", "web", "review"])
            if ch == "social":
                ids.append(add(f, c, ts, "social", "mention", text))
            elif ch == "community":
                ids.append(add(f, c, ts, "community", "post", text))
            elif ch == "web":
                ids.append(add(f, c, ts, "web", "ticket", text, attrs={"page": "/help/contact"}))
            else:
                ids.append(
                    add(f, c, ts, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            if k == 0:
                c.truth["trouble_starts_at"] = iso(ts)
            d += r.randint(1, 3)
        for _ in range(r.randint(0, 2)):
            happy_act(f, c, f.when(r.randint(0, 30), 9, 19), "buy")
        c.truth["grumble_event_ids"] = ids
    for lang in langs_for(r, 5):
        c = person(f, lang, "happy_one_sarcastic_remark", "happy", tolerated=TOL_SILENCE)
        sd = r.randint(17, 28)
        happy_days(
            f,
            c,
            spaced_days(r, [d for d in range(32) if abs(d - sd) > 1], r.randint(4, 7)),
            HAPPY_KINDS,
        )
        ts = f.when(sd, 9, 21)
        text = r.choice(W.SARCASM[lang])
        sid = (
            add(f, c, ts, "social", "mention", text)
            if r.random() < 0.6
            else add(f, c, ts, "community", "post", text)
        )
        c.truth.update({"sarcasm_event_id": sid, "trouble_starts_at": iso(ts)})


def fam_quiet_hours(f: Fam) -> None:
    r = f.rng
    for lang in langs_for(r, 16):
        c = person(f, lang, "happy", "day writer")
        for d in spaced_days(r, [0, 1, 2], r.randint(1, 3)):
            happy_act(f, c, f.when(d, 7, 17.5), r.choice(HAPPY_KINDS))
    for i, lang in enumerate(langs_for(r, 4)):
        c = person(f, lang, "grumbles_once", "grumbles once", tolerated=TOL_SILENCE)
        ts = f.when(r.randint(0, 2), 8, 17)
        happy_act(f, c, ts, r.choice(("buy", "page")))
        t2 = ts + timedelta(minutes=r.randint(20, 30))
        text, answer = r.choice(W.MILD[lang])
        ag = agent_for(f, lang)
        if i < 2:
            gid = add(f, c, t2, "chat", "chat", text)
            add(
                f,
                c,
                t2 + timedelta(minutes=r.randint(1, 5)),
                "chat",
                "chat",
                answer,
                out=True,
                agent=ag,
            )
        else:
            gid = add(f, c, t2, "web", "ticket", text, attrs={"page": "/help/contact"})
            add(
                f,
                c,
                t2 + timedelta(minutes=r.randint(30, 120)),
                "email",
                "message",
                W.FORM_ACK[lang].format(first=c.first, sign=sign(lang, ag)),
                subject="RE: " + text[:40],
                out=True,
                agent=ag,
            )
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(t2)})
    owls = [person(f, lang, "night_owl", "night") for lang in langs_for(r, 36)]
    r.shuffle(owls)
    k = 0
    for night in range(3):
        first = f.at(night + 1) + timedelta(minutes=r.randint(40, 65))
        starts = [
            first,
            first + timedelta(minutes=r.randint(28, 33)),
            first + timedelta(minutes=r.randint(55, 65)),
        ]
        for b, st in enumerate(starts):
            for _ in range(4):
                c = owls[k]
                k += 1
                ts = st + timedelta(minutes=r.randint(0, 9))
                if r.random() < 0.5:
                    q, a = r.choice(W.NIGHT_QA[c.lang])
                    nid = add(f, c, ts, "chat", "chat", q)
                    t2 = ts + timedelta(minutes=r.randint(1, 4))
                    add(f, c, t2, "chat", "chat", a, out=True, agent=agent_for(f, c.lang))
                    add(
                        f,
                        c,
                        t2 + timedelta(minutes=r.randint(1, 3)),
                        "chat",
                        "chat",
                        r.choice(W.THANKS[c.lang]),
                    )
                else:
                    text = r.choice(W.NIGHT_POSTS[c.lang])
                    nid = (
                        add(f, c, ts, "social", "mention", text)
                        if r.random() < 0.5
                        else add(f, c, ts, "community", "post", text)
                    )
                c.truth.update(
                    {
                        "habit": f"night {night + 1}, burst {b + 1}",
                        "burst_at": iso(st),
                        "night_event_id": nid,
                    }
                )
    for c in owls[:18]:
        happy_act(
            f, c, f.when(r.randint(0, 2), 9, 17.5), r.choice(("praise", "buy", "page", "review"))
        )


BILINGUAL_PAIRS = (
    [("pt", "de")] * 4
    + [("de", "pt")] * 4
    + [("pt", "en")] * 2
    + [("en", "pt")] * 2
    + [("de", "en")] * 2
    + [
        ("de", "fr"),
        ("fr", "de"),
        ("pt", "es"),
        ("es", "pt"),
        ("pt", "fr"),
        ("it", "de"),
        ("de", "it"),
        ("en", "de"),
        ("fr", "pt"),
        ("it", "pt"),
        ("es", "de"),
        ("pt", "it"),
        ("de", "es"),
    ]
)


def bilingual_person(
    f: Fam,
    pair: tuple[str, str],
    persona: str,
    habit: str,
    expected: list[str] | None = None,
    tolerated: list[str] | None = None,
) -> Cust:
    r = f.rng
    l1, l2 = pair
    options = sorted({m for m, _ in MARKETS[l1]} | {m for m, _ in MARKETS[l2]})
    c = person(f, l1, persona, habit, expected, tolerated, market=r.choice(options))
    c.truth.update(
        {
            "languages": [l1, l2],
            "job_second_language": r.choice(SECOND_LANG_WHY).format(l2=LANG_NAMES[l2]),
        }
    )
    return c


def fam_bilingual(f: Fam) -> None:
    r = f.rng
    pairs = list(BILINGUAL_PAIRS)
    r.shuffle(pairs)
    # the long German e-mail needs a second language German
    de_second = next(i for i, p in enumerate(pairs) if p[1] == "de")
    pairs.insert(0, pairs.pop(de_second))
    bad = pairs[:3]
    rest = pairs[3:]
    for pair, how in zip(bad, ["long", "email", "chat"], strict=True):
        c = bilingual_person(f, pair, "happy_one_bad_day", "one bad day", tolerated=TOL_SILENCE)
        l1, l2 = pair
        day = r.randint(4, 10)
        ts = f.when(day, 8, 20)
        problem = r.choice(W.PROBLEMS)
        case = new_case(f)
        eid = first_contact(
            f,
            c,
            ts,
            problem,
            "chat" if how == "chat" else "email",
            l2,
            case,
            long_email=how == "long",
        )
        answer_case(f, c, ts, "chat" if how == "chat" else "email", l2, case)
        pool = [d for d in range(14) if d <= day - 2 or d >= day + 3]
        happy_days(
            f,
            c,
            spaced_days(r, pool, r.randint(3, 5)),
            tuple(k for k in HAPPY_KINDS if k != "survey"),
            langs=[l1, l2],
        )
        c.truth.update(
            {
                "problem": problem,
                "booking": case,
                "channel": "chat" if how == "chat" else "email",
                "long_email": how == "long",
                "bad_day_at": iso(ts),
                "bad_day_event_id": eid,
                "bad_day_language": l2,
                "trouble_starts_at": iso(ts),
                "agent_fixed": how != "chat",
                "apologised": False,
            }
        )
        if how != "chat":
            good_news(f, c, unnight(f, ts + timedelta(minutes=r.randint(60, 240))), l2, case)
        if how == "email":
            at = unnight(f, ts + timedelta(hours=r.uniform(18, 24)))
            aid = add(f, c, at, "chat", "chat", r.choice(W.APOLOGY[l2]))
            c.truth.update({"apologised": True, "apology_at": iso(at), "apology_event_id": aid})
    for pair in rest[:12]:
        c = bilingual_person(f, pair, "happy", "alternates languages")
        happy_days(
            f, c, spaced_days(r, list(range(14)), r.randint(5, 8)), HAPPY_KINDS, langs=list(pair)
        )
    counts = [2, 2, 3, 3, 4]
    r.shuffle(counts)
    for pair, n in zip(rest[12:17], counts, strict=True):
        c = bilingual_person(f, pair, "repeat_contact", "repeats", ["repeat_contact"], TOL_REPEAT)
        for d in spaced_days(r, [0, 1], r.randint(1, 2)):
            happy_act(f, c, f.when(d, 8, 18), r.choice(("praise", "buy", "chat")), pair[d % 2])
        start = f.when(r.randint(2, 5), 8, 19)
        repeat_run(
            f,
            c,
            start,
            r.choice(W.PROBLEMS),
            distinct_channels(r, r.choice(["web", "email", "chat"]), n),
            list(pair),
            n >= 3,
        )
    for pair in rest[17:22]:
        c = bilingual_person(f, pair, "slow_churner", "slides", ["sentiment_drop"], TOL_SLIDER)
        days = spaced_days(r, list(range(6)), 5)
        for j, d in enumerate(days):
            happy_act(f, c, f.when(d, 8, 20), r.choice(("praise", "again", "gripe")), pair[j % 2])
        for d in spaced_days(r, list(range(6)), r.randint(1, 3)):
            happy_act(f, c, f.when(d, 8, 20), r.choice(("buy", "chat", "page")), pair[d % 2])
        slide(f, c, r.randint(7, 8), r.randint(3, 5), list(pair), False)
    for pair in rest[22:24]:
        c = bilingual_person(f, pair, "resolved_between_contacts", "fixed", tolerated=TOL_SILENCE)
        happy_act(f, c, f.when(r.randint(0, 1), 8, 18), r.choice(("praise", "buy")), pair[0])
        start = f.when(r.randint(2, 8), 8, 18)
        fixed = fixed_case(f, c, start, r.choice(W.PROBLEMS), "web", pair[0], pair[1])
        c.truth.update(
            {
                "problems": [fixed],
                "trouble_starts_at": fixed["raised_at"],
                "booking": fixed["booking"],
                "confirm_language": pair[1],
            }
        )
    assert len(rest) == 24


ACCOUNTS: list[tuple[str, str, str, str, str, int, int]] = [
    # market, company, domain, site, kind, contacts, unhappy (problem in kind for at-risk)
    (
        "DE",
        "Hotelgruppe Lindenhof GmbH",
        "lindenhof-hotels.example",
        "hotel",
        "at_risk:portal",
        5,
        3,
    ),
    (
        "DE",
        "Stadtwerke Obertal",
        "stadtwerke-obertal.example",
        "municipality",
        "at_risk:invoice",
        6,
        4,
    ),
    (
        "PT",
        "Tascas do Largo, Lda.",
        "tascasdolargo.example",
        "restaurant",
        "at_risk:service_blocked",
        4,
        3,
    ),
    (
        "PT",
        "Condomínios Atlântico Gestão",
        "atlantico-gestao.example",
        "property_manager",
        "at_risk:overbilled",
        5,
        4,
    ),
    (
        "FR",
        "Centre commercial Les Saules",
        "les-saules.example",
        "shopping_centre",
        "at_risk:invoice",
        4,
        3,
    ),
    (
        "DE",
        "Seniorenresidenz Am Park",
        "residenz-ampark.example",
        "care_home",
        "one_unhappy:portal",
        3,
        1,
    ),
    (
        "PT",
        "Escola Básica Quinta Nova",
        "eb-quintanova.example",
        "school",
        "one_unhappy:invoice",
        3,
        1,
    ),
    (
        "UK",
        "Harbour Lane Brewery Ltd",
        "harbourlane.example",
        "brewery",
        "one_unhappy:overbilled",
        3,
        1,
    ),
    (
        "ES",
        "Camping Río Claro",
        "campingrioclaro.example",
        "campsite",
        "one_unhappy:service_blocked",
        3,
        1,
    ),
    ("DE", "Bäckerei Körner & Söhne", "koerner-baeckerei.example", "bakery", "mild", 3, 0),
    ("IT", "Palestre Vita Srl", "palestrevita.example", "gym", "mild", 4, 0),
    ("AT", "Thermenhotel Kogl", "kogl-therme.example", "hotel", "mild", 4, 0),
    ("DE", "Autohaus Bremer", "autohaus-bremer.example", "car_dealer", "happy", 4, 0),
    ("PT", "Hospital Privado da Ria", "hp-ria.example", "hospital", "happy", 4, 0),
    ("IE", "Quayside Offices Ltd", "quayside.example", "office_park", "happy", 4, 0),
]
MARKET_LANG = {
    "DE": "de",
    "AT": "de",
    "PT": "pt",
    "FR": "fr",
    "UK": "en",
    "IE": "en",
    "ES": "es",
    "IT": "it",
}
JOB_TITLES = [
    "facilities manager",
    "head chef",
    "operations manager",
    "accounts payable clerk",
    "site manager",
    "general manager",
    "maintenance lead",
    "office manager",
    "procurement officer",
    "property manager",
    "caretaker",
]
SITES = {
    "pt": ["Lisboa", "Matosinhos", "Cascais", "Almada"],
    "de": ["Nord", "Innenstadt", "Ost", "Süd"],
    "fr": ["bâtiment B", "parking nord"],
    "en": ["Block C", "the east wing"],
    "es": ["la zona norte"],
    "it": ["sede nord"],
}


def b2b_routine(f: Fam, c: Cust, ts: datetime, kind: str) -> None:
    r = f.rng
    lang = c.lang
    if kind == "chat":
        chat_answered(f, c, ts, B.PRO_CHAT_QA[lang], lang, B.PRO_THANKS[lang])
    elif kind == "book":
        purchase(f, c, ts, B.PRO_PRODUCTS, "/pro/schedule", 12)
    elif kind == "page":
        add(f, c, ts, "web", "page_view", attrs={"page": r.choice(B.PRO_PAGES)})
    elif kind == "praise":
        add(f, c, ts, "community", "post", r.choice(B.PRO_PRAISE[lang]))
    elif kind == "survey":
        survey_happy(f, c, ts, lang)
    else:
        raise ValueError(kind)


def pro_ack(f: Fam, c: Cust, ts: datetime, lang: str, case: str) -> None:
    """Scolvia Pro's acknowledgement of a complaint, 10-60 minutes after it."""
    ag = agent_for(f, lang)
    t = ts + timedelta(minutes=f.rng.randint(10, 60))
    case_mail(f, c, t, lang, B.PRO_ACK[lang], case, ag, pro=True)


def weekdays(f: Fam) -> list[int]:
    return [d for d in range(f.days) if f.at(d).weekday() < 5]


def fam_b2b(f: Fam) -> None:
    r = f.rng
    wd = weekdays(f)
    for market, company, domain, site, kindspec, n, unhappy in ACCOUNTS:
        lang = MARKET_LANG[market]
        kind, _, problem = kindspec.partition(":")
        acc = unique("account", lambda m=market: f"SVP-{m}-{r.randint(1000, 9999)}")
        firsts = r.sample(FIRST[lang], n)
        contacts: list[Cust] = []
        for k in range(n):
            title = r.choice(JOB_TITLES)
            if kind == "at_risk" and k < unhappy:
                persona, habit, exp, tol = "b2b_unhappy", "complainer", ["detractor"], TOL_B2B_RISK
                if k == unhappy - 1:
                    exp = ["repeat_contact"]
            elif kind == "one_unhappy" and k == 0:
                persona, habit, exp, tol = (
                    "b2b_one_unhappy",
                    "complainer",
                    ["detractor"],
                    TOL_B2B_ONE,
                )
            elif kind == "mild" and k < 2:
                persona, habit, exp, tol = "b2b_mild", "suggests", [], TOL_SILENCE
            else:
                persona, habit, exp, tol = "b2b_happy", "contact", [], []
            c = person(
                f,
                lang,
                persona,
                habit,
                exp,
                tol,
                market=market,
                account=acc,
                domain=domain,
                first=firsts[k],
                job=title,
            )
            c.truth.update({"company": company, "role": habit, "job_title": title})
            contacts.append(c)
        unhappy_keys: list[str] = []
        trouble: str | None = None
        if kind == "at_risk":
            complainers = contacts[:unhappy]
            case = new_case(f)
            comp = r.choice(COMPETITORS)
            ts = f.at(2, 8) + timedelta(minutes=r.randint(0, 200))
            trouble = iso(ts)
            first_name = complainers[0].first
            first_day = ts.weekday()
            for k, c in enumerate(complainers):
                for _ in range(r.randint(0, 2)):
                    b2b_routine(
                        f, c, f.when(r.choice([0, 1]), 8, 16.5), r.choice(("chat", "book", "page"))
                    )
                if k == 0:
                    body = B.PRO_COMPLAINT[problem][lang].format(first=c.first)
                    pro_ack(f, c, ts, lang, case)
                else:
                    ts = office(f, ts + timedelta(hours=r.uniform(8, 28)))
                    on_day, today = B.FOLLOW_WHEN[lang]
                    when = (
                        on_day.format(day=B.WEEKDAYS[lang][first_day])
                        if ts.date() != f.at(2).date()
                        else today
                    )
                    body = B.PRO_FOLLOW[lang].format(
                        colleague=first_name,
                        when=when,
                        case=case,
                        restate=B.PRO_RESTATE[problem][lang],
                        site=r.choice(SITES[lang]),
                        first=c.first,
                    )
                subj = (
                    W.COMPLAINT_PREFIX[lang]
                    + B.PRO_SUBJECT[problem][lang]
                    + ("" if k == 0 else f" ({case})")
                )
                eid = add(f, c, ts, "email", "message", body, subject=subj)
                c.truth.update(
                    {
                        "problem": problem,
                        "booking": case,
                        "complaint_event_ids": [eid],
                        "trouble_starts_at": iso(ts),
                    }
                )
                unhappy_keys.append(c.key)
                if k < len(complainers) - 1:
                    sid, score = nps_low(f, c, ts + timedelta(minutes=r.randint(60, 180)), lang)
                    c.truth.update({"nps_given": True, "nps": score, "survey_event_id": sid})
                else:
                    again = office(f, ts + timedelta(hours=r.uniform(18, 40)))
                    if problem == "portal":
                        rid = add(
                            f,
                            c,
                            again,
                            "email",
                            "message",
                            B.PRO_LAST_EMAIL[lang].format(case=case, comp=comp, first=c.first),
                            subject=f"{W.REPLY_PREFIX[lang]}{case}",
                        )
                        c.truth.update({"competitor": comp, "channel": "email"})
                    else:
                        rid = add(
                            f, c, again, "phone", "call", B.PRO_LAST_CALL[lang].format(case=case)
                        )
                        c.truth.update({"competitor": None, "channel": "phone"})
                    c.truth.update({"repeat_event_id": rid, "nps_given": False})
                    c.truth["complaint_event_ids"].append(rid)
        elif kind == "one_unhappy":
            c = contacts[0]
            for _ in range(r.randint(0, 2)):
                b2b_routine(
                    f, c, f.when(r.choice([0, 1]), 8, 16.5), r.choice(("chat", "book", "page"))
                )
            case = new_case(f)
            ts = office(f, f.when(r.choice([d for d in wd if 3 <= d <= 7]), 8, 17))
            eid = add(
                f,
                c,
                ts,
                "email",
                "message",
                B.PRO_COMPLAINT[problem][lang].format(first=c.first),
                subject=W.COMPLAINT_PREFIX[lang] + B.PRO_SUBJECT[problem][lang],
            )
            pro_ack(f, c, ts, lang, case)
            sid, score = nps_low(f, c, ts + timedelta(minutes=r.randint(60, 180)), lang)
            c.truth.update(
                {
                    "problem": problem,
                    "booking": case,
                    "complaint_event_ids": [eid],
                    "trouble_starts_at": iso(ts),
                    "nps_given": True,
                    "nps": score,
                    "survey_event_id": sid,
                }
            )
            unhappy_keys.append(c.key)
        elif kind == "mild":
            for j, c in enumerate(contacts[:2]):
                for _ in range(r.randint(0, 2)):
                    b2b_routine(
                        f, c, f.when(r.choice([0, 1]), 8, 16.5), r.choice(("chat", "book", "page"))
                    )
                ts = f.when(r.choice([d for d in wd if d >= 2]), 8, 16)
                text = B.PRO_MILD[lang][j]
                mid = add(f, c, ts, "web", "ticket", text, attrs={"page": "/pro/feedback"})
                ag = agent_for(f, lang)
                add(
                    f,
                    c,
                    office(f, ts + timedelta(minutes=r.randint(30, 240))),
                    "email",
                    "message",
                    B.PRO_MILD_ACK[lang].format(first=c.first, sign=sign(lang, ag, True)),
                    subject="RE: " + text[:45],
                    out=True,
                    agent=ag,
                )
                c.truth.update({"mild_event_id": mid, "trouble_starts_at": iso(ts)})
        for c in contacts:
            if c.truth["persona"] != "b2b_happy":
                continue
            for d in spaced_days(r, wd, r.randint(3, 6)):
                b2b_routine(
                    f,
                    c,
                    f.when(d, 8, 16.5),
                    r.choice(("chat", "chat", "book", "page", "praise", "survey")),
                )
        f.accounts[acc] = {
            "company": company,
            "site": site,
            "contacts": n,
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


def asked_and_answered(f: Fam, c: Cust, ts: datetime, q: str, a: str, lo: int, hi: int) -> str:
    """A chat question answered by an agent lo-hi minutes later; returns the question's id."""
    eid = add(f, c, ts, "chat", "chat", q)
    t2 = ts + timedelta(minutes=f.rng.randint(lo, hi))
    add(f, c, t2, "chat", "chat", a, out=True, agent=agent_for(f, c.lang))
    return eid


def fam_topic_spike(f: Fam) -> None:
    r = f.rng
    sat = 5
    for lang in langs_for(r, 40):
        c = person(f, lang, "happy", "day writer")
        for d in spaced_days(r, list(range(6)), r.randint(1, 4)):
            if d == sat:
                happy_act(
                    f,
                    c,
                    f.when(d, 12, 19),
                    r.choice(("praise", "again", "buy", "page", "review", "survey", "chat")),
                )
            else:
                happy_act(f, c, f.when(d, 7, 20), r.choice(HAPPY_KINDS))
    for lang in ("pt", "de"):
        c = person(f, lang, "grumbles_once", "grumbles once", tolerated=TOL_SILENCE)
        ts = f.when(0, 9, 17)
        q, a = W.SLOW_MAP[lang]
        gid = asked_and_answered(f, c, ts, q, a, 1, 5)
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(ts)})
    for lang, hour in (("pt", 9 + 40 / 60), ("de", 16 + 5 / 60)):
        c = person(f, lang, "grumbles_once", "lone question", tolerated=TOL_SILENCE)
        ts = f.at(4, hour)
        q, a = W.LONE_QA[lang]
        lid = asked_and_answered(f, c, ts, q, a, 2, 6)
        c.truth.update({"lone_report_event_id": lid, "trouble_starts_at": iso(ts)})
    langs = ["pt"] * 6 + ["de"] * 6 + ["en"] * 2 + ["fr"] * 2 + ["es"] * 2 + ["it"] * 2
    r.shuffle(langs)
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(chans)
    minutes = [0, *sorted(r.sample(range(1, 45), 18)), 45]
    regular = [True] * 12 + [False] * 8
    r.shuffle(regular)
    base = f.at(sat, 8 + 20 / 60)
    reporters: list[tuple[Cust, datetime, str]] = []
    keys, eids, rep_ids = [], [], []
    for i in range(20):
        lang = langs[i]
        c = person(
            f, lang, "spike_reporter", "regular" if regular[i] else "new", tolerated=TOL_SILENCE
        )
        if regular[i]:
            for _ in range(r.randint(1, 2)):
                happy_act(
                    f, c, f.when(2, 8, 17.5), r.choice(("praise", "buy", "page", "email", "chat"))
                )
        ts = base + timedelta(minutes=minutes[i], seconds=r.randint(0, 59) if 0 < i < 19 else 0)
        big = big_money(lang, c.market, 149)
        text = r.choice(W.SPIKE[lang]).format(big=big, code=SPIKE_CODE)
        ch = chans[i]
        if ch == "social":
            eid = add(f, c, ts, "social", "mention", text)
        elif ch == "community":
            eid = add(f, c, ts, "community", "post", text)
        elif ch == "email":
            eid = add(
                f,
                c,
                ts,
                "email",
                "message",
                f"{text}\n\n{c.first}",
                subject=W.SPIKE_SUBJECT[lang].format(big=big, code=SPIKE_CODE),
            )
        elif ch == "web":
            eid = add(
                f, c, ts, "web", "ticket", text, subject=SPIKE_CODE, attrs={"page": "/help/contact"}
            )
        else:
            eid = add(f, c, ts, "chat", "chat", text)
            add(
                f,
                c,
                ts + timedelta(minutes=r.randint(1, 4)),
                "chat",
                "chat",
                W.SPIKE_CHAT[lang],
                out=True,
                agent=agent_for(f, lang),
            )
        c.truth.update(
            {
                "in_spike": True,
                "regular": regular[i],
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": iso(ts),
                "agent_fixed": False,
            }
        )
        reporters.append((c, ts, ch))
        keys.append(c.key)
        eids.append(eid)
    early = [i for i, (_, ts, _) in enumerate(reporters) if ts <= base + timedelta(minutes=25)]
    again = r.sample(early, 6)
    second = ["email", "email", "chat", "chat", "community", "community"]
    order = sorted(again)
    perm = next(
        p
        for p in itertools.permutations(second)
        if all(p[k] != reporters[i][2] for k, i in enumerate(order))
    )
    for i, ch2 in zip(order, perm, strict=True):
        c, ts, ch = reporters[i]
        t2 = ts + timedelta(minutes=r.randint(15, 50))
        big = big_money(c.lang, c.market, 149)
        text = r.choice(W.SPIKE_AGAIN[c.lang]).format(big=big, code=SPIKE_CODE)
        if ch2 == "email":
            rid = add(
                f,
                c,
                t2,
                "email",
                "message",
                f"{text}\n\n{c.first}",
                subject=W.SPIKE_SUBJECT[c.lang].format(big=big, code=SPIKE_CODE),
            )
        elif ch2 == "chat":
            rid = add(f, c, t2, "chat", "chat", text)
            add(
                f,
                c,
                t2 + timedelta(minutes=r.randint(1, 4)),
                "chat",
                "chat",
                W.SPIKE_CHAT[c.lang],
                out=True,
                agent=agent_for(f, c.lang),
            )
        else:
            rid = add(f, c, t2, "community", "post", text)
        c.truth.update(
            {
                "persona": "spike_repeater",
                "expected_rules": ["repeat_contact"],
                "tolerated_rules": TOL_SPIKE_REPEAT,
                "repeat_event_id": rid,
            }
        )
        rep_ids.append(rid)
    others = [i for i in range(20) if i not in again]
    for i in r.sample(others, 6):
        c, ts, ch = reporters[i]
        lang = c.lang
        local = "10:30" if c.market in ("PT", "UK", "IE") else "11:30"
        credit = money(lang, c.market, 15)
        subj, body = W.SPIKE_FIXED[lang]
        ag = agent_for(f, lang)
        add(
            f,
            c,
            f.at(sat, 11 + 5 / 60) + timedelta(minutes=r.randint(0, 15)),
            "email",
            "message",
            body.format(first=c.first, time=local, credit=credit, sign=sign(lang, ag)),
            subject=subj,
            out=True,
            agent=ag,
        )
        c.truth["agent_fixed"] = True
    f.spike = {
        "topic": f"drain-service app quotes a hundred times too high (decimal point lost): emergency call-outs priced in the thousands, tariff line {SPIKE_CODE}, nobody can book from the app",
        "about": "households trying to book an emergency unblocking on Saturday morning see quotes of 14,900 instead of 149, with the tariff line "
        + SPIKE_CODE,
        "channel": None,
        "start": iso(base),
        "end": iso(base + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": rep_ids,
    }


# ---------------------------------------------------------------- writing


def finalise(f: Fam) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    rows = sorted(f.rows, key=lambda t: (t[0], t[1]))
    seen: set[str] = set()
    out: list[dict[str, Any]] = []
    r = f.rough
    for _ts, _, key, row in rows:
        c = f.custs[key]
        ref: dict[str, str | None] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": c.account,
        }
        full = row["direction"] == "outbound" or (key not in seen)
        if row["direction"] == "inbound":
            seen.add(key)
        if full:
            ref.update(
                {"customer_id": c.key, "email": c.email, "phone": c.phone, "handle": c.handle}
            )
        else:
            ch = row["channel"]
            if ch == "phone":
                cc = PHONES[c.market][0]
                ref["phone"] = c.phone if r.random() < 0.5 else f"+{cc} {c.phone[len(cc) + 1 :]}"
            elif ch in ("social", "community"):
                if c.handle:
                    ref["handle"] = c.handle if r.random() < 0.8 else c.handle.lstrip("@")
                else:
                    ref["email"] = c.email
            elif ch == "email":
                ref["email"] = c.email.upper() if r.random() < 1 / 12 else c.email
            else:
                ref["customer_id"] = c.key
        row["customer"] = ref
        out.append(row)
    last = max(ts for ts, _, _, _ in rows)
    end = max(f.start + timedelta(days=f.days), last + timedelta(hours=1))
    expected: Counter[str] = Counter()
    for c in f.custs.values():
        expected.update(c.truth["expected_rules"])
    for a in f.accounts.values():
        expected.update(a["expected_rules"])
    if f.spike:
        expected["topic_spike"] += 1
    if dict(expected) != f.planted:
        raise SystemExit(f"{f.name}: expected {dict(expected)} but planted {f.planted}")
    for c in f.custs.values():
        both = set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"])
        if both:
            raise SystemExit(f"{f.name}: {c.key} expects and tolerates {both}")
        if c.key not in seen:
            raise SystemExit(f"{f.name}: {c.key} has no inbound touchpoint")
    for ts, _, _, _ in rows:
        if ts.year != 2026 or ts < f.start or ts >= LIMIT:
            raise SystemExit(f"{f.name}: touchpoint at {ts} out of range")
    if end > LIMIT:
        raise SystemExit(f"{f.name}: end {end} out of range")
    truth = {
        "config": {
            "family": f.name,
            "about": f.about,
            "business": "Scolvia (drains, septic tanks and gutters by app and web; Scolvia Care plan; Scolvia Pro for firms on account)",
            "days": f.days,
            "seed": SEED,
            "written": WRITTEN,
            "expected": dict(sorted(expected.items())),
        },
        "start": iso(f.start),
        "end": iso(end),
        "customers": {k: f.custs[k].truth for k in sorted(f.custs)},
        "accounts": f.accounts,
        "spike": f.spike,
        "journey": {},
        "expectations": {},
    }
    return out, truth


FAMILIES: list[tuple[str, str, str, int, str, Any, dict[str, int]]] = [
    (
        "happy_writers",
        "HW",
        "2026-03-09",
        10,
        "happy day writers, night writers and survey-only customers: nothing to warn about",
        fam_happy_writers,
        {},
    ),
    (
        "one_bad_day",
        "BD",
        "2026-04-20",
        12,
        "happy customers with one angry moment each, some with a low score; controls",
        fam_one_bad_day,
        {"detractor": 6},
    ),
    (
        "repeat_contacts",
        "RC",
        "2026-06-01",
        10,
        "open problems raised two to four times; fixed cases; two different problems; frequent writers",
        fam_repeat_contacts,
        {"repeat_contact": 12},
    ),
    (
        "slow_churners",
        "SC",
        "2026-07-06",
        32,
        "six-step slides from a happy baseline, leavers who cancel Care, steady, steadily grumpy and sarcastic customers",
        fam_slow_churners,
        {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
    ),
    (
        "quiet_hours",
        "QH",
        "2026-08-28",
        3,
        "a calm late-summer weekend with night owls in bursts after midnight; no spike",
        fam_quiet_hours,
        {},
    ),
    (
        "bilingual",
        "BL",
        "2026-09-21",
        14,
        "customers writing in two languages: happy, repeat contacts, slides, bad days, fixed cases",
        fam_bilingual,
        {"repeat_contact": 5, "sentiment_drop": 5},
    ),
    (
        "b2b_accounts",
        "BB",
        "2026-10-12",
        14,
        "Scolvia Pro accounts: five at risk with one problem, four with one unhappy contact, three with mild suggestions, three happy",
        fam_b2b,
        {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    ),
    (
        "topic_spike",
        "TS",
        "2026-11-09",
        6,
        "a calm week and, on Saturday 14 November 2026, app quotes a hundred times too high",
        fam_topic_spike,
        {"topic_spike": 1, "repeat_contact": 6},
    ),
]


def main() -> None:
    for n, (name, code, start, days, about, build, planted) in enumerate(FAMILIES, start=1):
        f = Fam(
            name=name,
            code=code,
            start=datetime.fromisoformat(start).replace(tzinfo=UTC),
            days=days,
            about=about,
            rng=random.Random(SEED * 100 + n),
            rough=random.Random(SEED * 100 + 50 + n),
            planted=planted,
        )
        build(f)
        rows, truth = finalise(f)
        lines = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
        (HERE / f"{name}.jsonl").write_text(lines, encoding="utf-8")
        (HERE / f"{name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        print(
            f"{name}: {len(truth['customers'])} customers, {len(rows)} touchpoints, {sum(1 for x in rows if x['direction'] == 'outbound')} replies"
        )


if __name__ == "__main__":
    main()
