# ruff: noqa: E501
"""Write tests/scenarios/heldout117/ (report only, written blind): eight families of Brisalto.

Standard library only; deterministic (two runs give the same bytes). Run as
``python make_heldout117.py`` from anywhere: it imports its wording modules from its
own directory and writes beside itself.
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

import wording as w  # noqa: E402
import wording_b2b as wb  # noqa: E402

SEED = 20261114
WRITTEN = "2026-12-05"
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
YEAR_START = datetime(2026, 1, 1, tzinfo=UTC)
COMPETITORS = ("Fresquino", "Klimafuchs")
BUSINESS = (
    "Brisalto: air conditioners and heat pumps installed and serviced by app and web for "
    "households (split units, heat pumps, yearly service visits, repairs, filter packs, the "
    "Brisalto Link controller and app, the monthly Brisalto Care plan), with a business arm, "
    "Brisalto Pro, servicing firms' units on maintenance contracts with a portal"
)

LANG_WEIGHTS: list[tuple[str, int]] = [
    ("es", 30),
    ("en", 30),
    ("fr", 10),
    ("de", 10),
    ("it", 10),
    ("pt", 10),
]
MARKETS: dict[str, list[tuple[str, int]]] = {
    "es": [("ES", 1)],
    "en": [("UK", 7), ("IE", 3)],
    "fr": [("FR", 7), ("BE", 2), ("CH", 1)],
    "de": [("DE", 6), ("AT", 3), ("CH", 1)],
    "it": [("IT", 9), ("CH", 1)],
    "pt": [("PT", 1)],
}

FIRST: dict[str, list[str]] = {
    "es": [
        "Lucía",
        "Carmen",
        "Elena",
        "Paula",
        "Marta",
        "Sara",
        "Irene",
        "Nuria",
        "Javier",
        "Sergio",
        "Álvaro",
        "Pablo",
        "Raúl",
        "Diego",
        "Jorge",
        "Rocío",
        "Ainhoa",
        "Íñigo",
        "Begoña",
        "Tomás",
    ],
    "en": [
        "Emma",
        "Olivia",
        "Sophie",
        "Hannah",
        "Chloe",
        "Aoife",
        "Niamh",
        "Grace",
        "James",
        "Oliver",
        "Harry",
        "Callum",
        "Liam",
        "Conor",
        "Daniel",
        "Rachel",
        "Megan",
        "Ciarán",
        "Laura",
        "Ben",
    ],
    "fr": [
        "Camille",
        "Léa",
        "Manon",
        "Chloé",
        "Julie",
        "Hugo",
        "Lucas",
        "Théo",
        "Nicolas",
        "Élodie",
        "Mathilde",
        "Antoine",
    ],
    "de": [
        "Anna",
        "Lena",
        "Sophie",
        "Katharina",
        "Julia",
        "Jonas",
        "Lukas",
        "Felix",
        "Maximilian",
        "Sabine",
        "Jürgen",
        "Birgit",
    ],
    "it": [
        "Giulia",
        "Chiara",
        "Francesca",
        "Sara",
        "Martina",
        "Luca",
        "Marco",
        "Andrea",
        "Davide",
        "Federica",
        "Alessio",
        "Paola",
    ],
    "pt": [
        "Inês",
        "Beatriz",
        "Mariana",
        "Ana",
        "Catarina",
        "João",
        "Tiago",
        "Rui",
        "Pedro",
        "Filipa",
        "Gonçalo",
        "Sofia",
    ],
}
LAST: dict[str, list[str]] = {
    "es": [
        "García",
        "Martínez",
        "López",
        "Sánchez",
        "Romero",
        "Navarro",
        "Torres",
        "Domínguez",
        "Vázquez",
        "Ramos",
        "Gil",
        "Serrano",
        "Molina",
        "Ortega",
        "Delgado",
        "Castro",
        "Ortiz",
        "Rubio",
        "Marín",
        "Iglesias",
        "Medina",
        "Garrido",
        "Cortés",
        "Santos",
    ],
    "en": [
        "Smith",
        "Walsh",
        "Byrne",
        "Taylor",
        "Brown",
        "Murphy",
        "Kelly",
        "Wilson",
        "Evans",
        "Thompson",
        "O'Brien",
        "Hughes",
        "Patel",
        "Clarke",
        "Reid",
        "Doyle",
        "Harris",
        "Lynch",
        "Murray",
        "Quinn",
        "Fletcher",
        "Barnes",
        "Gallagher",
        "Shaw",
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
        "Lefèvre",
        "Girard",
        "Fontaine",
        "Chevalier",
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
        "Richter",
        "Huber",
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
        "Conti",
        "De Luca",
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
    ],
}
TOWNS: dict[str, list[str]] = {
    "ES": [
        "Madrid",
        "Valencia",
        "Sevilla",
        "Zaragoza",
        "Málaga",
        "Murcia",
        "Alicante",
        "Córdoba",
        "Valladolid",
        "Bilbao",
        "Granada",
        "Castellón",
    ],
    "UK": [
        "Leeds",
        "Bristol",
        "Manchester",
        "Nottingham",
        "Cardiff",
        "Brighton",
        "Sheffield",
        "Norwich",
    ],
    "IE": ["Dublin", "Cork", "Galway", "Limerick", "Kilkenny"],
    "FR": ["Lyon", "Toulouse", "Montpellier", "Nantes", "Bordeaux", "Marseille"],
    "BE": ["Liège", "Namur", "Charleroi"],
    "DE": ["Köln", "Stuttgart", "Leipzig", "Nürnberg", "Freiburg", "Hannover"],
    "AT": ["Graz", "Linz", "Salzburg", "Wien"],
    "IT": ["Bologna", "Torino", "Verona", "Bari", "Padova", "Firenze"],
    "PT": ["Lisboa", "Porto", "Braga", "Coimbra", "Faro"],
    "LU": ["Luxembourg", "Esch-sur-Alzette"],
}
TOWNS_CH: dict[str, list[str]] = {
    "de": ["Zürich", "Basel", "Bern"],
    "fr": ["Genève", "Lausanne"],
    "it": ["Lugano"],
}
JOBS: list[str] = [
    "nurse",
    "teacher",
    "electrician",
    "accountant",
    "bus driver",
    "pharmacist",
    "software developer",
    "shop assistant",
    "architect",
    "retired",
    "student",
    "physiotherapist",
    "chef",
    "civil servant",
    "graphic designer",
    "paramedic",
    "lawyer",
    "hairdresser",
    "warehouse supervisor",
    "vet",
]
# country code, mobile prefixes, national length
PHONE: dict[str, tuple[str, list[str], int]] = {
    "ES": ("34", ["6", "7"], 9),
    "UK": ("44", ["7"], 10),
    "IE": ("353", ["83", "85", "86", "87", "89"], 9),
    "FR": ("33", ["6", "7"], 9),
    "BE": ("32", ["47", "48", "49"], 9),
    "CH": ("41", ["76", "77", "78", "79"], 9),
    "DE": ("49", ["151", "152", "157", "160", "170", "171", "172", "176"], 11),
    "AT": ("43", ["664", "660", "676", "699"], 10),
    "IT": ("39", ["32", "33", "34", "35", "36", "38"], 10),
    "PT": ("351", ["91", "92", "93", "96"], 9),
    "LU": ("352", ["621", "661", "691"], 9),
}
MAIL_DOMAINS = [
    "correo.example",
    "buzon.example",
    "posteo.example",
    "mailbox.example",
    "inbox.example",
    "webpost.example",
    "hogar.example",
    "maison.example",
]
SOURCES = {
    "email": "brisalto-mail",
    "phone": "brisalto-voice",
    "social": "brisalto-social",
    "community": "brisalto-forum",
    "chat": "brisalto-chat",
    "web": "brisalto-web",
    "survey": "brisalto-survey",
}
UNITS: dict[str, tuple[str, str, str]] = {
    "es": ("euros", "libras", "francos"),
    "en": ("euros", "pounds", "francs"),
    "fr": ("euros", "livres", "francs"),
    "de": ("Euro", "Pfund", "Franken"),
    "it": ("euro", "sterline", "franchi"),
    "pt": ("euros", "libras", "francos"),
}
SECOND_LANGUAGE_WHY: dict[str, list[str]] = {
    "es": ["partner is from Valencia", "works for a Spanish bank", "grew up in Seville"],
    "en": ["works for an Irish software firm", "studied in Manchester", "partner is from Leeds"],
    "fr": ["grew up in Lyon", "works for a French insurer"],
    "de": ["works for a German car-parts maker", "mother is from Graz"],
    "it": ["mother is from Turin", "works for an Italian shipping line"],
    "pt": ["husband is from Porto", "grew up in Lisbon"],
}

REPEAT_TOLERATED = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
SLIDER_TOLERATED = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
LEAVER_TOLERATED = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
B2B_RISK_TOLERATED = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
B2B_ONE_TOLERATED = ["sentiment_drop", "high_value_at_risk", "silence"]

USED: dict[str, set[str]] = {
    "id": set(),
    "email": set(),
    "phone": set(),
    "handle": set(),
    "ref": set(),
    "account": set(),
}


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def ascii_fold(text: str) -> str:
    text = text.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    folded = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


def slug(text: str) -> str:
    return "".join(ch for ch in ascii_fold(text).lower() if ch.isalnum())


UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}


def strip_accents(text: str) -> str:
    out: list[str] = []
    for ch in text:
        if ch in "ßñÑ":
            out.append(ch)
        elif ch in UMLAUTS:
            out.append(UMLAUTS[ch])
        else:
            out.append(
                "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
            )
    return "".join(out)


PUNCT = ".,;:!?¡¿\"«»“”„()…'’"


def transcribe(text: str, lang: str, keep: set[str]) -> str:
    """A speech-to-text transcript: no punctuation, lower case but for codes, numbers, names (German keeps its nouns)."""
    words: list[str] = []
    for tok in text.replace("...", " ").replace("—", " ").replace(" - ", " ").split():
        core = tok.strip(PUNCT)
        if not core:
            continue
        if (
            lang == "de"
            or core in keep
            or any(ch.isdigit() for ch in core)
            or (lang == "en" and core.split("'")[0] == "I")
        ):
            words.append(core)
        else:
            words.append(core.lower())
    return " ".join(words)


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
    at: datetime
    seq: int
    cust: Cust
    tp: dict[str, Any]
    inbound: bool
    variant: dict[str, bool] = field(default_factory=dict)


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
        self.count = 0

    def day_at(self, day: int, h0: float, h1: float) -> datetime:
        minutes = self.rng.randint(int(h0 * 60), int(h1 * 60) - 1)
        return self.start + timedelta(days=day, minutes=minutes, seconds=self.rng.randint(0, 59))

    def at(self, day: int, hour: int, minute: int, second: int = 0) -> datetime:
        return self.start + timedelta(days=day, hours=hour, minutes=minute, seconds=second)

    def mins(self, a: int, b: int) -> timedelta:
        return timedelta(minutes=self.rng.randint(a, b), seconds=self.rng.randint(0, 59))

    def hours(self, a: float, b: float) -> timedelta:
        return timedelta(
            minutes=self.rng.randint(int(a * 60), int(b * 60)), seconds=self.rng.randint(0, 59)
        )

    def morning(self, t: datetime) -> datetime:
        """Moved out of the night (22:00-07:00 UTC) to 08:00-09:00 the next morning."""
        if t.hour >= 22:
            base = (t + timedelta(days=1)).replace(hour=8, minute=0, second=0)
        elif t.hour < 7:
            base = t.replace(hour=8, minute=0, second=0)
        else:
            return t
        return base + self.mins(0, 59)

    def office(self, t: datetime) -> datetime:
        """Moved into office hours (weekdays 08-17 UTC), to the next working morning."""
        if t.weekday() < 5 and 8 <= t.hour < 17:
            return t
        base = t.replace(hour=8, minute=0, second=0)
        if t.hour >= 17 or t.weekday() >= 5:
            base += timedelta(days=1)
        while base.weekday() >= 5:
            base += timedelta(days=1)
        return base + self.mins(0, 59)


# ---------------------------------------------------------------- people
def pick_lang(f: Fam) -> str:
    return f.rng.choices([lg for lg, _ in LANG_WEIGHTS], weights=[wt for _, wt in LANG_WEIGHTS])[0]


def pick_market(f: Fam, lang: str) -> str:
    options = MARKETS[lang]
    return f.rng.choices([m for m, _ in options], weights=[wt for _, wt in options])[0]


def new_id(f: Fam) -> str:
    while True:
        key = f"BZ{f.code}{f.rng.randint(1000, 9999)}"
        if key not in USED["id"]:
            USED["id"].add(key)
            return key


def new_phone(f: Fam, market: str) -> str:
    cc, prefixes, length = PHONE[market]
    while True:
        prefix = f.rng.choice(prefixes)
        digits = prefix + "".join(str(f.rng.randint(0, 9)) for _ in range(length - len(prefix)))
        phone = f"+{cc}{digits}"
        if phone not in USED["phone"]:
            USED["phone"].add(phone)
            return phone


def new_email(f: Fam, first: str, last: str, domain: str | None) -> str:
    a, b = slug(first), slug(last)
    while True:
        if domain is not None:
            local = f.rng.choice([f"{a}.{b}", f"{a}", f"{a[0]}.{b}"])
            dom = domain
        else:
            local = f.rng.choice(
                [
                    f"{a}.{b}{f.rng.randint(1, 99)}",
                    f"{a[0]}{b}",
                    f"{b}.{a}{f.rng.randint(60, 99)}",
                    f"{a}{b[:3]}{f.rng.randint(1, 9)}",
                ]
            )
            dom = f.rng.choice(MAIL_DOMAINS)
        email = f"{local}@{dom}"
        if email not in USED["email"]:
            USED["email"].add(email)
            return email


def new_handle(f: Fam, first: str, last: str) -> str:
    a, b = slug(first), slug(last)
    while True:
        handle = f.rng.choice(
            [
                f"{b}_{a}{f.rng.randint(1, 9)}",
                f"{a}{b}{f.rng.randint(10, 99)}",
                f"{a}{b[0]}",
                f"{a}_{b}",
                f"{b}{a[:3]}",
            ]
        )
        if handle not in USED["handle"]:
            USED["handle"].add(handle)
            return "@" + handle


def new_ref(f: Fam) -> str:
    while True:
        ref = f"BZ-{f.rng.randint(100000, 999999)}"
        if ref not in USED["ref"]:
            USED["ref"].add(ref)
            return ref


def person(
    f: Fam,
    persona: str,
    habit: str,
    expected: list[str],
    tolerated: list[str],
    *,
    lang: str | None = None,
    market: str | None = None,
    first: str | None = None,
    account: str | None = None,
    domain: str | None = None,
    **extra: Any,
) -> Cust:
    lang = lang or pick_lang(f)
    market = market or pick_market(f, lang)
    first = first or f.rng.choice(FIRST[lang])
    last = f.rng.choice(LAST[lang])
    key = new_id(f)
    email = new_email(f, first, last, domain)
    phone = new_phone(f, market)
    handle = None if account else new_handle(f, first, last)
    town = f.rng.choice(TOWNS_CH[lang] if market == "CH" else TOWNS[market])
    truth: dict[str, Any] = {
        "identifiers": {
            "customer_id": key,
            "email": email,
            "phone": phone,
            "handle": handle,
            "account_id": account,
        },
        "expected_rules": list(expected),
        "tolerated_rules": list(tolerated),
        "persona": persona,
        "habit": habit,
        "language": lang,
        "country": market,
        "segment": "b2b" if account else "consumer",
        "name": f"{first} {last}",
        "job": f.rng.choice(JOBS),
        "town": town,
    }
    truth.update(extra)
    c = Cust(key, lang, market, first, last, email, phone, handle, account, truth)
    f.custs[key] = c
    return c


# ---------------------------------------------------------------- touchpoints
def at_brand(text: str) -> str:
    i = text.rfind("Brisalto")
    if i < 0:
        return "@Brisalto " + text
    return text[:i] + "@" + text[i:]


def roughen(f: Fam, text: str) -> str:
    r = f.rough
    if r.random() < 0.10:
        text = strip_accents(text)
    if r.random() < 0.125:
        head = text.split(" ", 1)[0]
        if head[:1].isupper() and not head.isupper() and "@" not in head:
            text = text[0].lower() + text[1:]
    if r.random() < 1 / 7:
        words = text.split(" ")
        spots = [i for i, wd in enumerate(words) if len(wd) >= 5 and wd.isalpha() and wd.islower()]
        if spots:
            i = r.choice(spots)
            wd = words[i]
            j = r.randint(1, len(wd) - 3)
            if wd[j] != wd[j + 1]:
                words[i] = wd[:j] + wd[j + 1] + wd[j] + wd[j + 2 :]
                text = " ".join(words)
    return text


KINDS = {
    "email": "message",
    "phone": "call",
    "chat": "chat",
    "community": "post",
    "social": "mention",
    "survey": "survey_response",
}


def add(
    f: Fam,
    c: Cust,
    t: datetime,
    channel: str,
    text: str | None = None,
    subject: str | None = None,
    *,
    kind: str | None = None,
    out: bool = False,
    agent: str | None = None,
    scores: dict[str, int] | None = None,
    attrs: dict[str, str] | None = None,
) -> str:
    if not (YEAR_START <= t < LIMIT) or t < f.start:
        raise SystemExit(f"{f.name}: touchpoint at {iso(t)} outside the family or 2026")
    f.count += 1
    eid = f"bz117-{f.code.lower()}-{f.count:05d}"
    if text is not None and not out:
        if channel == "social" and c.account is None:
            text = at_brand(text)
        if channel not in ("phone", "survey"):
            text = roughen(f, text)
    attributes: dict[str, str] = {"market": c.market}
    if c.account:
        attributes["segment"] = "b2b"
    if agent:
        attributes["agent"] = agent
    attributes.update(attrs or {})
    sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
    sc.update(scores or {})
    tp: dict[str, Any] = {
        "event_id": eid,
        "occurred_at": iso(t),
        "channel": channel,
        "kind": kind or KINDS.get(channel, "message"),
        "direction": "outbound" if out else "inbound",
        "customer": {},
        "text": text,
        "subject": subject,
        "scores": sc,
        "source": SOURCES[channel],
        "attributes": attributes,
    }
    variant = {
        "space": f.rough.random() < 0.5,
        "no_at": f.rough.random() < 0.2,
        "caps": f.rough.random() < 1 / 12,
    }
    f.rows.append(Row(t, f.count, c, tp, not out, variant))
    return eid


def ident(row: Row, first_inbound: bool) -> dict[str, str | None]:
    c = row.cust
    full: dict[str, str | None] = {
        "customer_id": c.key,
        "email": c.email,
        "phone": c.phone,
        "handle": c.handle,
        "account_id": c.account,
    }
    if not row.inbound or first_inbound:
        return full
    ref: dict[str, str | None] = {
        "customer_id": None,
        "email": None,
        "phone": None,
        "handle": None,
        "account_id": c.account,
    }
    channel = row.tp["channel"]
    if channel == "phone":
        cc = PHONE[c.market][0]
        ref["phone"] = f"+{cc} {c.phone[len(cc) + 1 :]}" if row.variant["space"] else c.phone
    elif channel in ("social", "community"):
        if c.handle:
            ref["handle"] = c.handle[1:] if row.variant["no_at"] else c.handle
        else:
            ref["email"] = c.email
    elif channel == "email":
        ref["email"] = c.email.upper() if row.variant["caps"] else c.email
    else:
        ref["customer_id"] = c.key
    return ref


def agent_of(f: Fam, lang: str) -> str:
    agent: str = f.rng.choice(w.AGENTS[lang])
    return agent


def money(eur: int, market: str, lang: str) -> str:
    if market == "UK":
        return f"£{round(eur * 0.86)}"
    if market == "CH":
        return f"CHF {round(eur * 0.94)}"
    if market == "IE" or lang == "en":
        return f"€{eur}"
    return f"{eur} €"


def spoken(eur: int, market: str, lang: str) -> str:
    euros, pounds, francs = UNITS[lang]
    if market == "UK":
        return f"{round(eur * 0.86)} {pounds}"
    if market == "CH":
        return f"{round(eur * 0.94)} {francs}"
    return f"{eur} {euros}"


def price(eur: int, market: str) -> tuple[str, str]:
    if market == "UK":
        return f"{eur * 0.86:.2f}", "GBP"
    if market == "CH":
        return f"{eur * 0.94:.2f}", "CHF"
    return f"{eur:.2f}", "EUR"


def keep_words(c: Cust) -> set[str]:
    return {"Brisalto", "Care", "Link", "Pro", c.first, c.last, *COMPETITORS}


# ---------------------------------------------------------------- happy acts
def view_and_buy(f: Fam, c: Cust, t: datetime, products: list[tuple[str, int, str]]) -> str:
    """A page view, then the purchase 5-25 minutes later; returns the page view's id."""
    label, eur, page = f.rng.choice(products)
    value, currency = price(eur, c.market)
    eid = add(f, c, t, "web", kind="page_view", attrs={"page": page})
    purchase = {"order_value": value, "currency": currency, "product": label, "page": page}
    add(f, c, t + f.mins(5, 25), "web", kind="purchase", attrs=purchase)
    return eid


def survey(f: Fam, c: Cust, t: datetime, lang: str | None = None) -> str:
    lang = lang or c.lang
    kind = f.rng.choice(["nps", "csat", "ces"])
    value = {"nps": f.rng.randint(9, 10), "csat": f.rng.randint(4, 5), "ces": f.rng.randint(6, 7)}[
        kind
    ]
    word = f.rng.choice(w.SURVEY_WORDS[lang]) or None
    return add(f, c, t, "survey", word, scores={kind: value}, attrs={"survey": kind})


def chat_pair(
    f: Fam, c: Cust, t: datetime, q: str, a: str, lang: str, thanks: dict[str, list[str]]
) -> str:
    agent = agent_of(f, lang)
    eid = add(f, c, t, "chat", q)
    t2 = t + f.mins(1, 5)
    add(f, c, t2, "chat", a.format(agent=agent), out=True, agent=agent)
    if f.rng.random() < 0.6:
        add(f, c, t2 + f.mins(1, 4), "chat", f.rng.choice(thanks[lang]))
    return eid


def happy_act(
    f: Fam,
    c: Cust,
    t: datetime,
    *,
    lang: str | None = None,
    kinds: list[str] | None = None,
    surveys: bool = True,
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
    kind = f.rng.choice(options)
    if kind in ("praise", "again", "gripe"):
        table = {"praise": w.PRAISE, "again": w.PRAISE_AGAIN, "gripe": w.PRAISE_GRIPE}[kind]
        channel = f.rng.choice(["social", "community"])
        return add(f, c, t, channel, f.rng.choice(table[lang]))
    if kind == "chat":
        q, a = f.rng.choice(w.CHAT_Q[lang])
        return chat_pair(f, c, t, q, a, lang, w.THANKS)
    if kind == "email":
        subject, body, answer = f.rng.choice(w.EMAIL_Q[lang])
        agent = agent_of(f, lang)
        eid = add(f, c, t, "email", body.format(name=c.first), subject)
        add(
            f,
            c,
            f.morning(t + f.mins(30, 180)),
            "email",
            answer.format(name=c.first, agent=agent),
            "RE: " + subject,
            out=True,
            agent=agent,
        )
        return eid
    if kind == "phone":
        call, subject, body = f.rng.choice(w.PHONE_Q[lang])
        agent = agent_of(f, lang)
        eid = add(f, c, t, "phone", call)
        add(
            f,
            c,
            f.morning(t + f.mins(10, 40)),
            "email",
            body.format(name=c.first, agent=agent),
            subject,
            out=True,
            agent=agent,
        )
        return eid
    if kind == "buy":
        return view_and_buy(f, c, t, w.PRODUCTS[:6] if f.rng.random() < 0.9 else w.PRODUCTS)
    if kind == "view":
        return add(f, c, t, "web", kind="page_view", attrs={"page": f.rng.choice(w.PAGES)})
    if kind == "review":
        rating, text = f.rng.choice(w.REVIEWS[lang])
        return add(
            f, c, t, "web", text, kind="review", attrs={"rating": rating, "page": "/reviews"}
        )
    return survey(f, c, t, lang)


def happy_days(
    f: Fam, c: Cust, days: list[int], h0: float = 7, h1: float = 19, **kw: Any
) -> list[str]:
    return [happy_act(f, c, f.day_at(d, h0, h1), **kw) for d in sorted(days)]


def night_act(f: Fam, c: Cust, t: datetime) -> str:
    if f.rng.random() < 0.5:
        return add(
            f, c, t, f.rng.choice(["social", "community"]), f.rng.choice(w.NIGHT_POSTS[c.lang])
        )
    q, a = f.rng.choice(w.NIGHT_CHAT[c.lang])
    return chat_pair(f, c, t, q, a, c.lang, w.THANKS)


# ---------------------------------------------------------------- trouble
def core_text(f: Fam, c: Cust, problem: str, lang: str, *, call: bool = False) -> str:
    text: str = f.rng.choice(w.CORE[lang][problem])
    if problem in w.PROBLEM_EUR:
        eur = w.PROBLEM_EUR[problem]
        text = text.format(amt=spoken(eur, c.market, lang) if call else money(eur, c.market, lang))
    return text


def complaint(f: Fam, c: Cust, t: datetime, problem: str, channel: str, lang: str) -> str:
    """The first message about a problem, on its channel; returns the event id."""
    core = core_text(f, c, problem, lang, call=channel == "phone")
    topic = w.TOPIC[lang][problem]
    subject = w.COMPLAINT_SUBJECT[lang].format(topic=topic)
    if channel == "long_email":
        body = f.rng.choice(w.LONG_LETTER[lang]).format(core=core, name=c.first, surname=c.last)
        return add(f, c, t, "email", body, subject)
    if channel == "email":
        body = f"{f.rng.choice(w.GREET[lang])}\n\n{core} {f.rng.choice(w.ANGER[lang])} {f.rng.choice(w.ASK[lang])}\n\n{c.first}"
        return add(f, c, t, "email", body, subject)
    if channel == "chat":
        return add(f, c, t, "chat", f"{core} {f.rng.choice(w.ANGER[lang])}")
    if channel == "social":
        return add(f, c, t, "social", f"{core} {f.rng.choice(w.ANGER[lang])} Brisalto")
    if channel == "web":
        return add(
            f,
            c,
            t,
            "web",
            f"{core} {f.rng.choice(w.ASK[lang])}",
            kind="ticket",
            attrs={"page": "/help/contact"},
        )
    said = transcribe(f"{core} {f.rng.choice(w.ASK[lang])}", lang, keep_words(c))
    return add(f, c, t, "phone", f"{f.rng.choice(w.CALL_OPEN[lang])} {said}")


def case_reply(f: Fam, c: Cust, t: datetime, channel: str, lang: str, ref: str) -> str | None:
    agent = agent_of(f, lang)
    if channel == "social":
        return None
    if channel == "chat":
        return add(
            f,
            c,
            t + f.mins(1, 4),
            "chat",
            w.CHAT_CASE[lang].format(name=c.first, ref=ref, agent=agent),
            out=True,
            agent=agent,
        )
    body = f.rng.choice(w.CASE_OPENED[lang]).format(name=c.first, ref=ref, agent=agent)
    return add(
        f,
        c,
        f.morning(t + f.mins(10, 40)),
        "email",
        body,
        w.CASE_SUBJECT[lang].format(ref=ref),
        out=True,
        agent=agent,
    )


def good_news(f: Fam, c: Cust, t: datetime, problem: str, lang: str, ref: str) -> str:
    agent = agent_of(f, lang)
    body = w.GOOD_NEWS[lang].format(name=c.first, ref=ref, fix=w.FIX[lang][problem], agent=agent)
    return add(f, c, t, "email", body, w.RE_SUBJECT[lang].format(ref=ref), out=True, agent=agent)


def confirm(f: Fam, c: Cust, t: datetime, lang: str, ref: str) -> tuple[str, str]:
    channel = f.rng.choice(["email", "chat"])
    text = f.rng.choice(w.CONFIRM[lang]).format(ref=ref)
    subject = w.RE_SUBJECT[lang].format(ref=ref) if channel == "email" else None
    return add(f, c, t, channel, text, subject), channel


def later_contact(
    f: Fam,
    c: Cust,
    t: datetime,
    problem: str,
    channel: str,
    lang: str,
    ref: str,
    nth: int,
    comp: str | None,
) -> str:
    """The nth contact (2, 3 or 4) about a problem still open."""
    core = core_text(f, c, problem, lang, call=channel == "phone")
    if nth == 2:
        text = f.rng.choice(w.REPEAT_2[lang]).format(ref=ref, core=core)
    elif nth == 3:
        text = f.rng.choice(w.REPEAT_3[lang]).format(ref=ref, core=core, comp=comp)
    else:
        text = f.rng.choice(w.REPEAT_4[lang]).format(ref=ref)
    if channel == "email":
        return add(f, c, t, "email", text, w.RE_SUBJECT[lang].format(ref=ref))
    if channel == "phone":
        return add(
            f,
            c,
            t,
            "phone",
            f"{f.rng.choice(w.CALL_OPEN[lang])} {transcribe(text, lang, keep_words(c))}",
        )
    if channel == "web":
        return add(f, c, t, "web", text, kind="ticket", attrs={"page": "/help/contact"})
    if channel == "social":
        return add(f, c, t, "social", text + " Brisalto")
    eid = add(f, c, t, "chat", text)
    agent = agent_of(f, lang)
    add(
        f,
        c,
        t + f.mins(1, 4),
        "chat",
        w.URGENT_CHAT[lang].format(ref=ref, agent=agent),
        out=True,
        agent=agent,
    )
    return eid


def repeat_run(
    f: Fam,
    c: Cust,
    t0: datetime,
    problem: str,
    first_channel: str,
    n: int,
    langs: list[str],
    quality: bool,
    gap: tuple[float, float] = (4, 40),
) -> dict[str, Any]:
    """A problem raised n times (the later ones naming the case), nothing fixed."""
    ref = new_ref(f)
    lang0 = langs[0]
    ids = [complaint(f, c, t0, problem, first_channel, lang0)]
    if first_channel == "chat":
        case_reply(f, c, t0, "chat", lang0, ref)
    agent = agent_of(f, lang0)
    if quality:
        add(
            f,
            c,
            f.morning(t0 + f.hours(1.5, 2.5)),
            "email",
            w.QUALITY_LEAD[lang0].format(name=c.first, ref=ref, agent=agent),
            w.CASE_SUBJECT[lang0].format(ref=ref),
            out=True,
            agent=agent,
        )
    elif first_channel != "chat":
        case_reply(f, c, t0, "email", lang0, ref)
    others = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != first_channel]
    f.rng.shuffle(others)
    comp = f.rng.choice(COMPETITORS) if n >= 3 else None
    t = t0
    channels = [first_channel]
    for k in range(1, n):
        t = f.morning(t + f.hours(*gap))
        ch = others[k - 1]
        channels.append(ch)
        ids.append(later_contact(f, c, t, problem, ch, langs[k % len(langs)], ref, k + 1, comp))
    return {
        "problem": problem,
        "booking": ref,
        "contacts": n,
        "channels": channels,
        "channel": first_channel,
        "problem_event_ids": ids,
        "agent_passed_on": quality,
        "competitor": comp,
        "trouble_starts_at": iso(t0),
    }


def fixed_case(
    f: Fam,
    c: Cust,
    t0: datetime,
    problem: str,
    channel: str,
    lang: str,
    fix_lang: str | None = None,
) -> dict[str, Any]:
    """A problem raised once, fixed by an agent and confirmed by the customer naming the case."""
    ref = new_ref(f)
    fix_lang = fix_lang or lang
    eid = complaint(f, c, t0, problem, channel, lang)
    case_reply(f, c, t0, "chat" if channel == "chat" else "email", lang, ref)
    fixed_at = f.morning(t0 + f.hours(3, 20))
    good_news(f, c, fixed_at, problem, fix_lang, ref)
    confirmed_at = f.morning(fixed_at + f.hours(8, 30))
    conf_id, conf_channel = confirm(f, c, confirmed_at, fix_lang, ref)
    return {
        "problem": problem,
        "booking": ref,
        "raised_at": iso(t0),
        "fixed_at": iso(fixed_at),
        "confirmed_at": iso(confirmed_at),
        "problem_event_ids": [eid],
        "confirm_event_id": conf_id,
        "channel": channel,
        "confirm_channel": conf_channel,
    }


def slide(
    f: Fam, c: Cust, start_day: int, span: int, langs: list[str]
) -> tuple[list[str], datetime, datetime]:
    """Six steps, each at least an hour after the one before; returns ids, first and fourth step times."""
    ids: list[str] = []
    prev: datetime | None = None
    times: list[datetime] = []
    comp = f.rng.choice(COMPETITORS)
    ratings = ["3", "3", "2", "2", "1", "1"]
    for i in range(6):
        t = f.day_at(start_day + round(span * i / 5), 8, 21)
        if prev is not None and t < prev + timedelta(hours=1):
            t = prev + timedelta(hours=1) + f.mins(0, 120)
        t = f.morning(t)
        prev = t
        times.append(t)
        lang = langs[i % len(langs)]
        text = w.SLIDE[lang][i].format(comp=comp)
        channel = f.rng.choice(["social", "community", "review"])
        if channel == "review":
            ids.append(
                add(
                    f,
                    c,
                    t,
                    "web",
                    text,
                    kind="review",
                    attrs={"rating": ratings[i], "page": "/reviews"},
                )
            )
        else:
            ids.append(add(f, c, t, channel, text))
    c.truth["competitor"] = comp
    return ids, times[0], times[3]


def low_nps(f: Fam, c: Cust, t: datetime) -> tuple[str, int]:
    nps = f.rng.randint(1, 5)
    return add(
        f,
        c,
        t,
        "survey",
        f.rng.choice(w.LOW_CSAT_WORDS[c.lang]) or None,
        scores={"nps": nps},
        attrs={"survey": "nps"},
    ), nps


# ---------------------------------------------------------------- writing
def finish(f: Fam, planted: dict[str, int]) -> None:
    customers = {k: c.truth for k, c in f.custs.items()}
    expected: Counter[str] = Counter()
    for key, truth in customers.items():
        both = set(truth["expected_rules"]) & set(truth["tolerated_rules"])
        if both:
            raise SystemExit(f"{f.name}: {key} both expects and tolerates {both}")
        expected.update(truth["expected_rules"])
    for acc in f.accounts.values():
        expected.update(acc["expected_rules"])
    if f.spike:
        expected["topic_spike"] += 1
    if dict(expected) != planted:
        raise SystemExit(f"{f.name}: expected {dict(expected)} but planted {planted}")
    rows = sorted(f.rows, key=lambda r: (r.at, r.seq))
    seen: set[str] = set()
    lines: list[str] = []
    for row in rows:
        first = row.inbound and row.cust.key not in seen
        if row.inbound:
            seen.add(row.cust.key)
        row.tp["customer"] = ident(row, first)
        lines.append(json.dumps(row.tp, ensure_ascii=False))
    missing = set(f.custs) - seen
    if missing:
        raise SystemExit(f"{f.name}: customers without an inbound touchpoint: {sorted(missing)}")
    end = f.start + timedelta(days=f.days)
    last = rows[-1].at + timedelta(hours=1)
    end = max(end, last)
    if end > LIMIT:
        raise SystemExit(f"{f.name}: end {iso(end)} after {iso(LIMIT)}")
    truth = {
        "config": {
            "family": f.name,
            "about": f.about,
            "business": BUSINESS,
            "days": f.days,
            "seed": SEED * 100 + f.n,
            "written": WRITTEN,
            "expected": dict(sorted(expected.items())),
        },
        "start": iso(f.start),
        "end": iso(end),
        "customers": customers,
        "accounts": f.accounts,
        "spike": f.spike,
        "journey": {},
        "expectations": {},
    }
    (HERE / f"{f.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (HERE / f"{f.name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(
        f"{f.name}: {len(customers)} customers, {len(lines)} touchpoints, {sum(not r.inbound for r in rows)} agents' replies"
    )


# ---------------------------------------------------------------- families
def happy_writers() -> None:
    f = Fam(
        1,
        "happy_writers",
        "HW",
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        "happy households: day writers, night writers, survey answerers",
    )
    for _ in range(16):
        c = person(f, "happy", "day writer", [], [])
        happy_days(f, c, f.rng.sample(range(10), f.rng.randint(5, 8)))
    for _ in range(5):
        c = person(f, "happy", "night writer", [], [])
        for d in sorted(f.rng.sample(range(9), f.rng.randint(2, 4))):
            night_act(
                f,
                c,
                f.at(d, 22, 12)
                + timedelta(minutes=f.rng.randint(0, 377), seconds=f.rng.randint(0, 59)),
            )
        happy_days(
            f,
            c,
            f.rng.sample(range(10), f.rng.randint(2, 3)),
            9,
            18,
            kinds=["praise", "buy", "view", "review"],
        )
    for _ in range(5):
        c = person(f, "happy", "answers surveys", [], [])
        for d in sorted(f.rng.sample(range(10), f.rng.randint(3, 6))):
            survey(f, c, f.day_at(d, 8, 20))
    finish(f, {})


def one_bad_day() -> None:
    f = Fam(
        2,
        "one_bad_day",
        "BD",
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        "happy households with one angry message on one day; some give a low score",
    )
    problems = [p for p in w.PROBLEMS for _ in range(4)]
    f.rng.shuffle(problems)
    channels = [
        ch for ch in ("long_email", "email", "chat", "social", "web", "phone") for _ in range(4)
    ]
    f.rng.shuffle(channels)
    long_langs = ["es", "es", "en", "en"]
    cased: list[tuple[Cust, datetime, str, str, str]] = []
    for i in range(24):
        channel, problem = channels[i], problems[i]
        lang = long_langs.pop() if channel == "long_email" else None
        c = person(
            f,
            "happy_one_bad_day",
            "one bad day",
            [],
            ["silence"],
            lang=lang,
            problem=problem,
            channel="email" if channel == "long_email" else channel,
            long_email=channel == "long_email",
        )
        bad = f.rng.randint(2, 9)
        t = f.day_at(bad, 8, 20)
        calm = [d for d in range(12) if d <= bad - 2 or d >= bad + 3]
        happy_days(f, c, f.rng.sample(calm, min(len(calm), f.rng.randint(1, 5))), surveys=False)
        eid = complaint(f, c, t, problem, channel, c.lang)
        ref = new_ref(f) if channel != "social" else None
        if ref is not None:
            case_reply(f, c, t, "chat" if channel == "chat" else "email", c.lang, ref)
            cased.append((c, t, problem, ref, channel))
        c.truth.update(
            {
                "booking": ref,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(t),
                "problem_event_ids": [eid],
                "agent_fixed": False,
                "apologised": False,
                "nps_given": False,
                "csat_given": False,
            }
        )
    order = list(range(len(cased)))
    f.rng.shuffle(order)
    for rank, i in enumerate(order):
        c, t, _, _, _ = cased[i]
        if rank < 6:
            sid, nps = low_nps(f, c, t + f.mins(100, 140))
            c.truth.update(
                {
                    "persona": "bad_day_detractor",
                    "expected_rules": ["detractor"],
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": sid,
                }
            )
        elif rank < 11:
            csat = f.rng.randint(1, 2)
            sid = add(
                f,
                c,
                t + f.mins(40, 80),
                "survey",
                f.rng.choice(w.LOW_CSAT_WORDS[c.lang]) or None,
                scores={"csat": csat},
                attrs={"survey": "csat"},
            )
            c.truth.update({"csat_given": True, "csat": csat, "survey_event_id": sid})
    fixed = f.rng.sample(range(len(cased)), 12)
    for n, i in enumerate(fixed):
        c, t, problem, ref, _ = cased[i]
        good_news(f, c, f.morning(t + f.hours(1, 4)), problem, c.lang, ref)
        c.truth["agent_fixed"] = True
        if n < 5:
            ta = f.morning(t + f.hours(16, 24))
            channel = f.rng.choice(["chat", "email"])
            subject = w.RE_SUBJECT[c.lang].format(ref=ref) if channel == "email" else None
            aid = add(f, c, ta, channel, f.rng.choice(w.APOLOGY[c.lang]), subject)
            c.truth.update({"apologised": True, "apology_at": iso(ta), "apology_event_id": aid})
    for _ in range(8):
        c = person(f, "happy", "control", [], [])
        happy_days(f, c, f.rng.sample(range(12), f.rng.randint(4, 7)))
    finish(f, {"detractor": 6})


def repeat_contacts() -> None:
    f = Fam(
        3,
        "repeat_contacts",
        "RC",
        datetime(2026, 6, 1, tzinfo=UTC),
        10,
        "households raising one problem again and again, problems fixed between contacts, frequent happy writers",
    )
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    counts = [2] * 4 + [3] * 4 + [4] * 4
    f.rng.shuffle(firsts)
    f.rng.shuffle(counts)
    quality = set(f.rng.sample(range(12), 6))
    for i in range(12):
        c = person(f, "repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOLERATED)
        for _ in range(f.rng.randint(1, 3)):
            happy_act(f, c, f.day_at(0, 7, 12), surveys=False)
        t0 = f.day_at(f.rng.randint(1, 4), 8, 19)
        gap = (4.0, 40.0) if counts[i] < 4 else (4.0, 30.0)
        c.truth.update(
            repeat_run(
                f, c, t0, w.PROBLEMS[i % 6], firsts[i], counts[i], [c.lang], i in quality, gap
            )
        )
    for i in range(5):
        c = person(f, "resolved_between_contacts", "fixed", [], ["silence"])
        d = f.rng.randint(1, 5)
        for _ in range(f.rng.randint(1, 3)):
            happy_act(f, c, f.day_at(f.rng.randint(0, d - 1), 7, 19), surveys=False)
        case = fixed_case(
            f,
            c,
            f.day_at(d, 8, 19),
            w.PROBLEMS[(i + 2) % 6],
            f.rng.choice(["web", "email", "chat", "phone"]),
            c.lang,
        )
        c.truth.update(
            {
                "problem": case["problem"],
                "booking": case["booking"],
                "problems": [case],
                "trouble_starts_at": case["raised_at"],
            }
        )
    for i in range(3):
        c = person(f, "different_problems", "two problems", [], ["silence"])
        d1 = f.rng.randint(0, 2)
        d2 = d1 + f.rng.randint(4, 5)
        p1, p2 = w.PROBLEMS[i], w.PROBLEMS[i + 3]
        case1 = fixed_case(
            f, c, f.day_at(d1, 8, 19), p1, f.rng.choice(["web", "email", "chat"]), c.lang
        )
        case2 = fixed_case(
            f, c, f.day_at(d2, 8, 19), p2, f.rng.choice(["web", "email", "chat", "phone"]), c.lang
        )
        c.truth.update({"problems": [case1, case2], "trouble_starts_at": case1["raised_at"]})
    for _ in range(7):
        c = person(f, "happy", "frequent writer", [], [])
        happy_days(
            f,
            c,
            f.rng.sample(range(10), f.rng.randint(5, 8)),
            kinds=["chat", "chat", "email", "email", "phone", "praise", "buy"],
        )
    finish(f, {"repeat_contact": 12})


def slow_churners() -> None:
    f = Fam(
        4,
        "slow_churners",
        "SC",
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
        "households sliding from praise to a competitor, leavers who cancel, steady, steadily grumpy and sarcastic ones",
    )
    spans = [3] + [5] * 5 + [9] * 4
    f.rng.shuffle(spans)
    nps_givers = set(f.rng.sample(range(10), 5))
    for i in range(10):
        expected = ["sentiment_drop", "detractor"] if i in nps_givers else ["sentiment_drop"]
        c = person(f, "slow_churner", "slides", expected, SLIDER_TOLERATED)
        days = sorted(f.rng.sample(range(11), f.rng.randint(4, 5)))
        for d in days:
            add(
                f,
                c,
                f.day_at(d, 8, 20),
                f.rng.choice(["social", "community"]),
                f.rng.choice(w.PRAISE[c.lang]),
            )
        happy_days(
            f,
            c,
            f.rng.sample(range(11), f.rng.randint(2, 4)),
            kinds=["chat", "buy", "view", "review", "email"],
        )
        start = f.rng.randint(12, 16)
        ids, first, fourth = slide(f, c, start, spans[i], [c.lang])
        c.truth.update(
            {
                "slide_event_ids": ids,
                "slide_days": spans[i],
                "trouble_starts_at": iso(first),
                "nps_given": i in nps_givers,
            }
        )
        if i in nps_givers:
            sid, nps = low_nps(f, c, f.morning(fourth + f.hours(2.5, 3.5)))
            c.truth.update({"nps": nps, "survey_event_id": sid})
    for _ in range(5):
        c = person(f, "slow_churner", "asks to cancel", ["churn_intent"], LEAVER_TOLERATED)
        happy_days(f, c, f.rng.sample(range(16), f.rng.randint(4, 6)), surveys=False)
        t = f.day_at(f.rng.randint(17, 23), 8, 20)
        body = w.LEAVE_BODY[c.lang].format(
            reason=f.rng.choice(w.LEAVE_REASON[c.lang]), name=c.first
        )
        ask = add(f, c, t, "email", body, w.LEAVE_SUBJECT[c.lang])
        agent = agent_of(f, c.lang)
        add(
            f,
            c,
            f.morning(t + f.hours(1, 5)),
            "email",
            w.LEAVE_ANSWER[c.lang].format(name=c.first, agent=agent),
            "RE: " + w.LEAVE_SUBJECT[c.lang],
            out=True,
            agent=agent,
        )
        tc = f.morning(t + f.hours(20, 30))
        cancel = add(
            f,
            c,
            tc,
            "web",
            kind="cancellation",
            attrs={"page": "/account/care/cancel", "product": "Brisalto Care"},
        )
        c.truth.update(
            {
                "churn_intent_event_id": ask,
                "cancellation_event_id": cancel,
                "churn_at": iso(tc),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = person(f, "happy", "steady", [], [])
        happy_days(f, c, f.rng.sample(range(32), f.rng.randint(6, 10)))
    for _ in range(5):
        c = person(
            f,
            "steadily_grumpy",
            "grumbles",
            [],
            ["repeat_contact", "silence"],
            lang=f.rng.choice(["es", "en"]),
        )
        grumbles = f.rng.sample(w.GRUMBLES[c.lang], f.rng.randint(5, 7))
        d = f.rng.randint(0, 4)
        gids: list[str] = []
        first_at: datetime | None = None
        for text in grumbles:
            t = f.day_at(d, 8, 21)
            first_at = first_at or t
            channel = f.rng.choice(["social", "community", "web", "review"])
            if channel == "web":
                gids.append(
                    add(f, c, t, "web", text, kind="ticket", attrs={"page": "/help/contact"})
                )
            elif channel == "review":
                gids.append(
                    add(
                        f,
                        c,
                        t,
                        "web",
                        text,
                        kind="review",
                        attrs={"rating": "3", "page": "/reviews"},
                    )
                )
            else:
                gids.append(add(f, c, t, channel, text))
            d += f.rng.randint(1, 3)
        for _ in range(f.rng.randint(0, 2)):
            happy_act(f, c, f.day_at(f.rng.randint(0, 31), 8, 20), kinds=["buy"])
        c.truth.update(
            {"grumble_event_ids": gids, "trouble_starts_at": iso(first_at) if first_at else None}
        )
    for _ in range(5):
        c = person(f, "happy_one_sarcastic_remark", "happy", [], ["silence"])
        happy_days(f, c, f.rng.sample(range(32), f.rng.randint(4, 7)), surveys=False)
        t = f.day_at(f.rng.randint(17, 28), 9, 21)
        sid = add(f, c, t, "social", f.rng.choice(w.SARCASM[c.lang]))
        c.truth.update({"sarcasm_event_id": sid})
    finish(f, {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})


def quiet_hours() -> None:
    f = Fam(
        5,
        "quiet_hours",
        "QH",
        datetime(2026, 8, 28, tzinfo=UTC),
        3,
        "a calm summer weekend with bursts of night owls; no spike",
    )
    for _ in range(16):
        c = person(f, "happy", "day writer", [], [])
        happy_days(f, c, f.rng.sample(range(3), f.rng.randint(1, 3)), 7, 17.5)
    for i in range(4):
        c = person(f, "grumbles_once", "grumbles once", [], ["silence"])
        t = f.day_at(f.rng.randint(0, 2), 8, 17)
        happy_act(f, c, t, kinds=["view", "buy"])
        tg = t + f.mins(20, 30)
        q, a = f.rng.choice(w.MILD[c.lang])
        agent = agent_of(f, c.lang)
        if i < 2:
            gid = add(f, c, tg, "chat", q)
            add(f, c, tg + f.mins(1, 5), "chat", a.format(agent=agent), out=True, agent=agent)
        else:
            gid = add(f, c, tg, "web", q, kind="ticket", attrs={"page": "/help/contact"})
            add(
                f,
                c,
                tg + f.mins(10, 40),
                "email",
                f"{a.format(agent=agent)}",
                w.MILD_ACK_SUBJECT[c.lang],
                out=True,
                agent=agent,
            )
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(tg)})
    owls = 0
    day_actors = set(f.rng.sample(range(36), 18))
    for night in range(3):
        b1 = f.at(night + 1, 0, 40) + timedelta(minutes=f.rng.randint(0, 25))
        bursts = [
            b1,
            b1 + timedelta(minutes=f.rng.randint(28, 33)),
            b1 + timedelta(minutes=f.rng.randint(55, 65)),
        ]
        for b, start in enumerate(bursts):
            for _ in range(4):
                c = person(
                    f, "night_owl", f"night {night + 1}, burst {b + 1}", [], [], burst_at=iso(start)
                )
                nid = night_act(
                    f,
                    c,
                    start + timedelta(minutes=f.rng.randint(0, 9), seconds=f.rng.randint(0, 59)),
                )
                c.truth["night_event_id"] = nid
                if owls in day_actors:
                    happy_act(
                        f,
                        c,
                        f.day_at(f.rng.randint(0, 2), 9, 17.5),
                        kinds=["praise", "buy", "view", "review"],
                    )
                owls += 1
    finish(f, {})


PAIRS = (
    [("es", "en")] * 5
    + [("en", "es")] * 5
    + [
        ("es", "fr"),
        ("fr", "es"),
        ("en", "fr"),
        ("de", "en"),
        ("en", "de"),
        ("es", "it"),
        ("it", "es"),
        ("es", "pt"),
        ("pt", "es"),
        ("en", "pt"),
        ("pt", "en"),
        ("fr", "de"),
        ("de", "fr"),
        ("it", "en"),
        ("en", "it"),
        ("fr", "en"),
        ("es", "de"),
    ]
)


def bilingual() -> None:
    f = Fam(
        6,
        "bilingual",
        "BL",
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
        "customers who write in two languages, act by act",
    )
    pairs = list(PAIRS)
    f.rng.shuffle(pairs)
    roles = (
        ["happy"] * 12
        + ["repeat"] * 5
        + ["slide"] * 5
        + ["bad_long", "bad_email", "bad_chat"]
        + ["fixed"] * 2
    )
    # the long e-mail needs a letter in the second language
    long_i = next(i for i, p in enumerate(pairs) if p[1] in w.LONG_LETTER)
    pairs.insert(roles.index("bad_long"), pairs.pop(long_i))
    repeat_counts = [2, 2, 3, 3, 4]
    f.rng.shuffle(repeat_counts)
    problems = list(w.PROBLEMS)
    f.rng.shuffle(problems)
    for i, role in enumerate(roles):
        a, b = pairs[i]
        markets = (
            [m for m, _ in MARKETS[a]]
            + [m for m, _ in MARKETS[b]]
            + (["LU"] if {a, b} == {"fr", "de"} else [])
        )
        market = f.rng.choice(sorted(set(markets)))
        langs = [a, b]
        extra: dict[str, Any] = {
            "languages": langs,
            "job_second_language": f.rng.choice(SECOND_LANGUAGE_WHY[b]),
        }
        if role == "happy":
            c = person(f, "happy", "alternates languages", [], [], lang=a, market=market, **extra)
            for k, d in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
                happy_act(f, c, f.day_at(d, 7, 19), lang=langs[k % 2])
        elif role == "repeat":
            c = person(
                f,
                "repeat_contact",
                "repeats",
                ["repeat_contact"],
                REPEAT_TOLERATED,
                lang=a,
                market=market,
                **extra,
            )
            for k in range(f.rng.randint(1, 3)):
                happy_act(
                    f, c, f.day_at(f.rng.randint(0, 1), 7, 19), lang=langs[k % 2], surveys=False
                )
            n = repeat_counts.pop()
            t0 = f.day_at(f.rng.randint(2, 5), 8, 19)
            run = repeat_run(
                f,
                c,
                t0,
                problems[i % 6],
                f.rng.choice(["web", "email", "chat", "phone"]),
                n,
                langs,
                n >= 3,
            )
            c.truth.update(run)
        elif role == "slide":
            c = person(
                f,
                "slow_churner",
                "slides",
                ["sentiment_drop"],
                SLIDER_TOLERATED,
                lang=a,
                market=market,
                **extra,
            )
            days = sorted(f.rng.sample(range(6), 5))
            for k, d in enumerate(days):
                add(
                    f,
                    c,
                    f.day_at(d, 8, 20),
                    f.rng.choice(["social", "community"]),
                    f.rng.choice(w.PRAISE[langs[k % 2]]),
                )
            for k in range(f.rng.randint(1, 3)):
                happy_act(
                    f,
                    c,
                    f.day_at(f.rng.randint(0, 5), 8, 20),
                    lang=langs[(k + 1) % 2],
                    kinds=["chat", "buy", "view", "email"],
                )
            span = f.rng.randint(3, 5)
            ids, first, _ = slide(f, c, f.rng.randint(7, 8), span, langs)
            c.truth.update(
                {"slide_event_ids": ids, "slide_days": span, "trouble_starts_at": iso(first)}
            )
        elif role.startswith("bad"):
            c = person(
                f,
                "happy_one_bad_day",
                "one bad day",
                [],
                ["silence"],
                lang=a,
                market=market,
                **extra,
            )
            bad = f.rng.randint(3, 10)
            calm = [d for d in range(14) if d <= bad - 2 or d >= bad + 3]
            for k, d in enumerate(sorted(f.rng.sample(calm, f.rng.randint(3, 5)))):
                happy_act(f, c, f.day_at(d, 7, 19), lang=langs[k % 2], surveys=False)
            channel = {"bad_long": "long_email", "bad_email": "email", "bad_chat": "chat"}[role]
            problem = problems[i % 6]
            t = f.day_at(bad, 8, 20)
            eid = complaint(f, c, t, problem, channel, b)
            ref = new_ref(f)
            case_reply(f, c, t, "chat" if channel == "chat" else "email", b, ref)
            c.truth.update(
                {
                    "problem": problem,
                    "booking": ref,
                    "channel": "email" if channel == "long_email" else channel,
                    "long_email": channel == "long_email",
                    "bad_day_at": iso(t),
                    "bad_day_event_id": eid,
                    "bad_day_language": b,
                    "trouble_starts_at": iso(t),
                    "problem_event_ids": [eid],
                    "agent_fixed": channel != "chat",
                    "apologised": False,
                }
            )
            if channel != "chat":
                good_news(f, c, f.morning(t + f.hours(1, 4)), problem, b, ref)
            if channel == "email":
                ta = f.morning(t + f.hours(18, 24))
                aid = add(f, c, ta, "chat", f.rng.choice(w.APOLOGY[b]))
                c.truth.update({"apologised": True, "apology_at": iso(ta), "apology_event_id": aid})
        else:
            c = person(
                f,
                "resolved_between_contacts",
                "fixed",
                [],
                ["silence"],
                lang=a,
                market=market,
                **extra,
            )
            d = f.rng.randint(3, 8)
            for k in range(f.rng.randint(2, 4)):
                happy_act(
                    f, c, f.day_at(f.rng.randint(0, d - 1), 7, 19), lang=langs[k % 2], surveys=False
                )
            case = fixed_case(f, c, f.day_at(d, 8, 19), problems[i % 6], "web", a, fix_lang=b)
            c.truth.update(
                {
                    "problem": case["problem"],
                    "booking": case["booking"],
                    "problems": [case],
                    "confirm_language": b,
                    "trouble_starts_at": case["raised_at"],
                }
            )
    finish(f, {"repeat_contact": 5, "sentiment_drop": 5})


WEEKDAYS_B2B = [0, 1, 2, 3, 4, 7, 8, 9, 10, 11]


def b2b_act(f: Fam, c: Cust, t: datetime, *, surveys: bool) -> str:
    lang = c.lang
    options = ["chat", "chat", "order", "order", "portal", "praise"] + (
        ["survey", "survey"] if surveys else []
    )
    kind = f.rng.choice(options)
    if kind == "chat":
        q, a = f.rng.choice(wb.CHAT_Q[lang])
        return chat_pair(f, c, t, q, a, lang, wb.THANKS)
    if kind == "order":
        return view_and_buy(f, c, t, wb.PRODUCTS)
    if kind == "portal":
        return add(f, c, t, "web", kind="page_view", attrs={"page": f.rng.choice(wb.PAGES)})
    if kind == "praise":
        return add(f, c, t, "community", f.rng.choice(wb.PRAISE[lang]))
    return survey(f, c, t, lang)


def b2b_accounts() -> None:
    f = Fam(
        7,
        "b2b_accounts",
        "BB",
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
        "Brisalto Pro: firms' contacts on maintenance contracts; at-risk accounts where several contacts complain about one problem",
    )
    again_by_email = {"A3"}
    for (
        key,
        company,
        domain,
        site,
        market,
        lang,
        kind,
        problem,
        n_contacts,
        n_unhappy,
    ) in wb.ACCOUNTS:
        while True:
            acc_id = f"BZP-{market}-{f.rng.randint(1000, 9999)}"
            if acc_id not in USED["account"]:
                USED["account"].add(acc_id)
                break
        firsts = f.rng.sample(FIRST[lang], n_contacts)
        titles = f.rng.sample(wb.JOB_TITLES, n_contacts)
        contacts: list[Cust] = []
        unhappy: list[str] = []
        account: dict[str, Any] = {
            "company": company,
            "site": site,
            "contacts": n_contacts,
            "contact_keys": [],
            "unhappy_contacts": n_unhappy,
            "unhappy_contact_keys": [],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        for j in range(n_contacts):
            if kind in ("at_risk", "one_unhappy") and j < n_unhappy:
                last = kind == "at_risk" and j == n_unhappy - 1
                if kind == "at_risk":
                    persona, habit = "b2b_unhappy", "complainer"
                    expected, tolerated = (
                        (["repeat_contact"], B2B_RISK_TOLERATED)
                        if last
                        else (["detractor"], B2B_RISK_TOLERATED)
                    )
                else:
                    persona, habit, expected, tolerated = (
                        "b2b_one_unhappy",
                        "complainer",
                        ["detractor"],
                        B2B_ONE_TOLERATED,
                    )
                role = "complainer"
            elif kind == "mild" and j < 2:
                persona, habit, expected, tolerated, role = (
                    "b2b_mild",
                    "suggests",
                    [],
                    ["silence"],
                    "suggests",
                )
            else:
                persona, habit, expected, tolerated, role = (
                    "b2b_happy",
                    "contact",
                    [],
                    [],
                    "contact",
                )
            c = person(
                f,
                persona,
                habit,
                expected,
                tolerated,
                lang=lang,
                market=market,
                first=firsts[j],
                account=acc_id,
                domain=domain,
                company=company,
                role=role,
                job_title=titles[j],
            )
            c.truth["job"] = titles[j]
            contacts.append(c)
            account["contact_keys"].append(c.key)
            if role == "complainer":
                unhappy.append(c.key)
        account["unhappy_contact_keys"] = unhappy
        # routine acts
        for c in contacts:
            if c.truth["role"] == "contact":
                for d in sorted(f.rng.sample(WEEKDAYS_B2B, f.rng.randint(2, 5))):
                    b2b_act(f, c, f.day_at(d, 8, 16.5), surveys=True)
            else:
                for _ in range(f.rng.randint(0, 2)):
                    b2b_act(f, c, f.day_at(f.rng.randint(0, 1), 8, 16.5), surveys=False)
        complainers = [c for c in contacts if c.truth["role"] == "complainer"]
        if kind == "at_risk" and problem is not None:
            ref = new_ref(f)
            t = f.day_at(2, 8, 16)
            first_t = t
            first_name = complainers[0].first
            for j, c in enumerate(complainers):
                if j > 0:
                    t = f.office(t + f.hours(8, 28))
                core = f.rng.choice(wb.CORE_RISK[lang][problem])
                if j == 0:
                    body = wb.FIRST_BODY[lang].format(
                        core=core,
                        ask=wb.ASK[lang],
                        name=c.first,
                        title=c.truth["job_title"],
                        company=company,
                    )
                    subject = wb.COMPLAINT_SUBJECT[lang].format(topic=wb.TOPIC[lang][problem])
                else:
                    when = (
                        wb.THIS_MORNING[lang]
                        if t.date() == first_t.date()
                        else wb.WEEKDAYS[lang][first_t.weekday()]
                    )
                    body = wb.LATER_BODY[lang].format(
                        first=first_name,
                        when=when,
                        ref=ref,
                        core=core,
                        name=c.first,
                        title=c.truth["job_title"],
                        company=company,
                    )
                    subject = wb.RE_SUBJECT[lang].format(ref=ref)
                eid = add(f, c, t, "email", body, subject)
                ids = [eid]
                if j == 0:
                    agent = agent_of(f, lang)
                    add(
                        f,
                        c,
                        t + f.mins(10, 40),
                        "email",
                        wb.ACK[lang].format(name=c.first, ref=ref, company=company, agent=agent),
                        wb.CASE_SUBJECT[lang].format(ref=ref),
                        out=True,
                        agent=agent,
                    )
                c.truth.update(
                    {
                        "problem": problem,
                        "booking": ref,
                        "trouble_starts_at": iso(t),
                        "nps_given": False,
                    }
                )
                if j < len(complainers) - 1:
                    sid, nps = low_nps(f, c, t + f.hours(1, 3))
                    c.truth.update({"nps_given": True, "nps": nps, "survey_event_id": sid})
                else:
                    t2 = f.office(t + f.hours(18, 40))
                    if key in again_by_email:
                        comp = f.rng.choice(COMPETITORS)
                        body2 = wb.AGAIN_EMAIL[lang].format(
                            ref=ref,
                            comp=comp,
                            name=c.first,
                            title=c.truth["job_title"],
                            company=company,
                        )
                        ids.append(
                            add(f, c, t2, "email", body2, wb.RE_SUBJECT[lang].format(ref=ref))
                        )
                        c.truth["competitor"] = comp
                    else:
                        ids.append(
                            add(
                                f,
                                c,
                                t2,
                                "phone",
                                wb.AGAIN_CALL[lang].format(ref=ref, name=c.first, company=company),
                            )
                        )
                        c.truth["competitor"] = None
                c.truth["complaint_event_ids"] = ids
            account["trouble_starts_at"] = iso(first_t)
        elif kind == "one_unhappy" and problem is not None:
            c = complainers[0]
            ref = new_ref(f)
            t = f.office(f.day_at(f.rng.randint(3, 7), 8, 16))
            core = wb.CORE_ONE[lang][problem]
            body = wb.FIRST_BODY[lang].format(
                core=core,
                ask=wb.ASK[lang],
                name=c.first,
                title=c.truth["job_title"],
                company=company,
            )
            eid = add(
                f,
                c,
                t,
                "email",
                body,
                wb.COMPLAINT_SUBJECT[lang].format(topic=wb.TOPIC[lang][problem]),
            )
            agent = agent_of(f, lang)
            add(
                f,
                c,
                t + f.mins(10, 40),
                "email",
                wb.ACK[lang].format(name=c.first, ref=ref, company=company, agent=agent),
                wb.CASE_SUBJECT[lang].format(ref=ref),
                out=True,
                agent=agent,
            )
            sid, nps = low_nps(f, c, t + f.hours(1, 3))
            c.truth.update(
                {
                    "problem": problem,
                    "booking": ref,
                    "complaint_event_ids": [eid],
                    "trouble_starts_at": iso(t),
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": sid,
                }
            )
        elif kind == "mild":
            for j, c in enumerate([x for x in contacts if x.truth["role"] == "suggests"]):
                t = f.office(f.day_at(f.rng.choice([2, 3, 4, 7, 8, 9]), 8, 16))
                mid = add(
                    f,
                    c,
                    t,
                    "web",
                    wb.MILD[lang][j],
                    kind="ticket",
                    attrs={"page": "/pro/portal/feedback"},
                )
                agent = agent_of(f, lang)
                add(
                    f,
                    c,
                    t + f.mins(20, 90),
                    "email",
                    wb.MILD_ACK[lang].format(name=c.first, agent=agent),
                    wb.MILD_ACK_SUBJECT[lang],
                    out=True,
                    agent=agent,
                )
                c.truth.update({"mild_event_id": mid, "trouble_starts_at": iso(t)})
        f.accounts[acc_id] = account
    finish(f, {"account_risk": 5, "detractor": 16, "repeat_contact": 5})


def topic_spike() -> None:
    f = Fam(
        8,
        "topic_spike",
        "TS",
        datetime(2026, 11, 9, tzinfo=UTC),
        6,
        "a calm week, then many households at once: units beeping with a false BZ:F27 service alarm",
    )
    for _ in range(40):
        c = person(f, "happy", "day writer", [], [])
        for d in sorted(f.rng.sample(range(6), f.rng.randint(1, 4))):
            happy_act(f, c, f.day_at(d, 12, 19) if d == 5 else f.day_at(d, 7, 19))
    for lang in ("es", "en"):
        c = person(f, "grumbles_once", "grumbles once", [], ["silence"], lang=lang)
        q, a = w.SLOW_SCHEDULES[lang]
        t = f.day_at(0, 9, 17)
        gid = add(f, c, t, "chat", q)
        agent = agent_of(f, lang)
        add(f, c, t + f.mins(1, 5), "chat", a.format(agent=agent), out=True, agent=agent)
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(t)})
    for lang, (hh, mm) in (("es", (9, 40)), ("en", (16, 5))):
        c = person(f, "grumbles_once", "lone question", [], ["silence"], lang=lang)
        q, a = w.LONE_Q[lang]
        t = f.at(4, hh, mm)
        lid = add(f, c, t, "chat", q)
        agent = agent_of(f, lang)
        add(f, c, t + f.mins(2, 5), "chat", a.format(agent=agent), out=True, agent=agent)
        c.truth.update({"lone_report_event_id": lid, "trouble_starts_at": iso(t)})
    langs = ["es"] * 6 + ["en"] * 6 + ["fr"] * 2 + ["de"] * 2 + ["it"] * 2 + ["pt"] * 2
    channels = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(langs)
    f.rng.shuffle(channels)
    spike_start, spike_end = f.at(5, 8, 5), f.at(5, 8, 50)
    inner = sorted(
        spike_start + timedelta(seconds=f.rng.randint(60, 45 * 60 - 60)) for _ in range(18)
    )
    times = [spike_start, *inner, spike_end]
    order = list(range(20))
    f.rng.shuffle(order)
    regular = set(f.rng.sample(range(20), 12))
    reporters: list[tuple[Cust, datetime, str, str]] = []
    pools = {lg: f.rng.sample(texts, len(texts)) for lg, texts in w.SPIKE_REPORT.items()}
    for i in range(20):
        lang, channel, t = langs[i], channels[i], times[order[i]]
        c = person(
            f,
            "spike_reporter",
            "regular" if i in regular else "new",
            [],
            ["silence"],
            lang=lang,
            in_spike=True,
            regular=i in regular,
            spike_channel=channel,
        )
        if i in regular:
            for _ in range(f.rng.randint(1, 3)):
                happy_act(f, c, f.day_at(2, 8, 17.5))
        text = pools[lang].pop()
        if channel == "email":
            eid = add(f, c, t, "email", text, w.SPIKE_SUBJECT[lang])
        elif channel == "web":
            eid = add(f, c, t, "web", text, kind="ticket", attrs={"page": "/help/contact"})
        elif channel == "social":
            eid = add(f, c, t, "social", text)
        else:
            eid = add(f, c, t, channel, text)
        if channel == "chat":
            agent = agent_of(f, lang)
            add(
                f,
                c,
                t + f.mins(1, 3),
                "chat",
                w.SPIKE_CHAT_ANSWER[lang].format(agent=agent),
                out=True,
                agent=agent,
            )
        c.truth.update({"spike_event_id": eid, "trouble_starts_at": iso(t), "agent_fixed": False})
        reporters.append((c, t, channel, eid))
    early = [r for r in reporters if r[1] <= f.at(5, 8, 30)]
    f.rng.shuffle(early)
    again = ["email", "email", "chat", "chat", "community", "community"]
    repeaters: list[Cust] = []
    repeat_ids: list[str] = []
    for ch in again:
        pick = next(r for r in early if r[2] != ch and r[0] not in repeaters)
        c, t, _, _ = pick
        t2 = t + f.mins(15, 49)
        text = f.rng.choice(w.SPIKE_REPEAT[c.lang])
        if ch == "email":
            rid = add(f, c, t2, "email", text, w.SPIKE_SUBJECT[c.lang])
        else:
            rid = add(f, c, t2, ch, text)
        if ch == "chat":
            agent = agent_of(f, c.lang)
            add(
                f,
                c,
                t2 + f.mins(1, 3),
                "chat",
                w.SPIKE_CHAT_ANSWER[c.lang].format(agent=agent),
                out=True,
                agent=agent,
            )
        c.truth.update(
            {
                "persona": "spike_repeater",
                "expected_rules": ["repeat_contact"],
                "tolerated_rules": ["silence", "sentiment_drop"],
                "repeat_event_id": rid,
            }
        )
        repeaters.append(c)
        repeat_ids.append(rid)
    rest = [r for r in reporters if r[0] not in repeaters]
    for c, _, _, _ in f.rng.sample(rest, 6):
        agent = agent_of(f, c.lang)
        local = "11:20" if c.market in ("UK", "IE", "PT") else "12:20"
        credit = {"UK": "£9", "IE": "€10", "CH": "CHF 9"}.get(c.market, "10 €")
        body = w.SPIKE_FIXED[c.lang].format(name=c.first, time=local, credit=credit, agent=agent)
        add(
            f,
            c,
            f.at(5, 11, 28) + f.mins(0, 9),
            "email",
            body,
            w.SPIKE_FIXED_SUBJECT[c.lang],
            out=True,
            agent=agent,
        )
        c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "Brisalto Link controllers make indoor units beep every minute with a false service-overdue alarm, code BZ:F27, that only the fuse box silences",
        "about": "air-conditioner and heat-pump units beeping every minute, F27 on the display and a red 'service overdue BZ:F27' banner in the app that cannot be dismissed, after a faulty filter reminder sent to every Link controller",
        "channel": None,
        "start": iso(spike_start),
        "end": iso(spike_end),
        "customers": 20,
        "customer_keys": [r[0].key for r in reporters],
        "event_ids": [r[3] for r in reporters],
        "repeat_event_ids": repeat_ids,
    }
    finish(f, {"topic_spike": 1, "repeat_contact": 6})


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
        build()


if __name__ == "__main__":
    main()
