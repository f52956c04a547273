# ruff: noqa: E501
"""Write tests/scenarios/heldout103/ (report only, written blind): Mantelo, party and event hire.

Standalone and deterministic: ``python make_heldout103.py`` from anywhere writes the
eight families (``<family>.jsonl`` and ``<family>.truth.json``) beside this file, from
the wording modules beside it. Standard library only.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording_b2b as wb  # noqa: E402
import wording_happy as wh  # noqa: E402
import wording_trouble as wt  # noqa: E402

SEED = 20261114
BRAND = "Mantelo"
COMPETITORS = ("Festonia", "Banketto")
WRITTEN = "2026-12-04, blind, by a helper session (heldout103)"
CUTOFF = datetime(2026, 11, 16, tzinfo=UTC)
SOURCES = {
    "email": "mantelo-mail",
    "phone": "mantelo-voice",
    "social": "mantelo-social",
    "community": "mantelo-forum",
    "chat": "mantelo-chat",
    "web": "mantelo-web",
    "survey": "mantelo-survey",
}
LANG_WEIGHTS = {"es": 30, "fr": 30, "en": 10, "de": 10, "pt": 10, "it": 10}
LANG_NAME = {
    "es": "Spanish",
    "fr": "French",
    "en": "English",
    "de": "German",
    "pt": "Portuguese",
    "it": "Italian",
}

MARKETS: dict[str, list[tuple[str, int]]] = {
    "es": [("ES", 1)],
    "fr": [("FR", 6), ("BE", 2), ("CH", 1), ("LU", 1)],
    "en": [("UK", 7), ("IE", 3)],
    "de": [("DE", 6), ("AT", 3), ("CH", 2)],
    "pt": [("PT", 1)],
    "it": [("IT", 6), ("CH", 1)],
}
#: UTC offset in November (for the spike's "works again since" local time)
NOV_OFFSET = {
    "ES": 1,
    "FR": 1,
    "BE": 1,
    "LU": 1,
    "CH": 1,
    "DE": 1,
    "AT": 1,
    "IT": 1,
    "UK": 0,
    "IE": 0,
    "PT": 0,
}

TOWNS: dict[str, list[str]] = {
    "ES": [
        "Valencia",
        "Zaragoza",
        "Sevilla",
        "Murcia",
        "Valladolid",
        "Alicante",
        "Córdoba",
        "Gijón",
        "Vitoria",
        "Granada",
        "Salamanca",
        "Logroño",
        "Pamplona",
        "Castellón",
        "Toledo",
        "Cáceres",
    ],
    "FR": [
        "Lyon",
        "Nantes",
        "Rennes",
        "Toulouse",
        "Lille",
        "Montpellier",
        "Dijon",
        "Angers",
        "Tours",
        "Grenoble",
        "Reims",
        "Limoges",
    ],
    "BE": ["Liège", "Namur", "Charleroi", "Mons", "Bruxelles"],
    "LU": ["Luxembourg", "Esch-sur-Alzette", "Differdange"],
    "CH-fr": ["Lausanne", "Genève", "Fribourg", "Neuchâtel"],
    "CH-de": ["Zürich", "Bern", "Basel", "Luzern"],
    "CH-it": ["Lugano", "Bellinzona"],
    "UK": ["Leeds", "Bristol", "Norwich", "Exeter", "York", "Cardiff"],
    "IE": ["Cork", "Galway", "Limerick", "Dublin"],
    "DE": ["Freiburg", "Leipzig", "Münster", "Kassel", "Regensburg", "Bremen"],
    "AT": ["Graz", "Linz", "Salzburg", "Innsbruck"],
    "PT": ["Porto", "Braga", "Coimbra", "Aveiro", "Setúbal", "Leiria"],
    "IT": ["Bologna", "Verona", "Padova", "Bari", "Torino", "Perugia"],
}

FIRST: dict[str, list[str]] = {
    "es": [
        "Lucía",
        "Javier",
        "Carmen",
        "Álvaro",
        "Nuria",
        "Sergio",
        "Rocío",
        "Iván",
        "Elena",
        "Pablo",
        "Marta",
        "Óscar",
        "Beatriz",
        "Raúl",
        "Ainhoa",
        "Diego",
        "Inés",
        "Jorge",
        "Alba",
        "Tomás",
        "Pilar",
        "Héctor",
        "Noelia",
        "Adrián",
        "Sonia",
        "Gonzalo",
        "Irene",
        "Marcos",
        "Eva",
        "Rafael",
        "Celia",
        "Mario",
        "Lorena",
        "Íñigo",
        "Rosa",
        "Víctor",
    ],
    "fr": [
        "Camille",
        "Julien",
        "Élodie",
        "Thomas",
        "Manon",
        "Nicolas",
        "Aurélie",
        "Hugo",
        "Claire",
        "Mathieu",
        "Inès",
        "Romain",
        "Chloé",
        "Antoine",
        "Léa",
        "Maxime",
        "Pauline",
        "Guillaume",
        "Céline",
        "Benoît",
        "Margaux",
        "Olivier",
        "Sandrine",
        "Théo",
        "Justine",
        "Cédric",
        "Amélie",
        "Lucas",
        "Hélène",
        "François",
        "Sarah",
        "Loïc",
        "Agathe",
        "Yannick",
        "Émilie",
        "Bastien",
    ],
    "en": [
        "Emma",
        "James",
        "Sophie",
        "Oliver",
        "Chloe",
        "Harry",
        "Grace",
        "Liam",
        "Megan",
        "Connor",
        "Hannah",
        "Niamh",
        "Owen",
        "Aoife",
        "Ruth",
        "Callum",
    ],
    "de": [
        "Anna",
        "Lukas",
        "Julia",
        "Felix",
        "Lena",
        "Jonas",
        "Katrin",
        "Tobias",
        "Miriam",
        "Stefan",
        "Sabine",
        "Florian",
        "Nina",
        "Matthias",
        "Carina",
        "Dominik",
    ],
    "pt": [
        "Inês",
        "João",
        "Mariana",
        "Tiago",
        "Beatriz",
        "Rui",
        "Catarina",
        "Pedro",
        "Sofia",
        "Diogo",
        "Ana",
        "Nuno",
        "Rita",
        "Bruno",
        "Joana",
        "Hugo",
    ],
    "it": [
        "Giulia",
        "Marco",
        "Chiara",
        "Luca",
        "Francesca",
        "Davide",
        "Elisa",
        "Matteo",
        "Sara",
        "Andrea",
        "Valentina",
        "Simone",
        "Federica",
        "Paolo",
        "Martina",
        "Stefano",
    ],
}
LAST: dict[str, list[str]] = {
    "es": [
        "García",
        "Navarro",
        "Ortega",
        "Rubio",
        "Molina",
        "Delgado",
        "Castro",
        "Ortiz",
        "Marín",
        "Sanz",
        "Iglesias",
        "Medina",
        "Garrido",
        "Cortés",
        "Lozano",
        "Guerrero",
        "Prieto",
        "Méndez",
        "Calvo",
        "Gallego",
        "Vidal",
        "Herrera",
        "Peña",
        "Campos",
        "Vega",
        "Fuentes",
        "Carrasco",
        "Caballero",
        "Nieto",
        "Pascual",
    ],
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Moreau",
        "Laurent",
        "Simon",
        "Michel",
        "Lefèvre",
        "Leroy",
        "Roux",
        "David",
        "Bertrand",
        "Morel",
        "Fournier",
        "Girard",
        "Bonnet",
        "Dupont",
        "Lambert",
        "Fontaine",
        "Rousseau",
        "Vincent",
        "Muller",
        "Lefebvre",
        "Faure",
        "André",
        "Mercier",
        "Blanc",
        "Guérin",
        "Boyer",
        "Chevalier",
    ],
    "en": [
        "Walker",
        "Hughes",
        "Fletcher",
        "Byrne",
        "Murphy",
        "Kelly",
        "Thompson",
        "Ashworth",
        "Doyle",
        "Pearson",
        "Kavanagh",
        "Holt",
        "Reid",
        "Barker",
    ],
    "de": [
        "Schneider",
        "Becker",
        "Hoffmann",
        "Wagner",
        "Krüger",
        "Lehmann",
        "Brandt",
        "Vogel",
        "Keller",
        "Frank",
        "Berger",
        "Huber",
        "Winkler",
        "Lorenz",
    ],
    "pt": [
        "Silva",
        "Santos",
        "Ferreira",
        "Pereira",
        "Costa",
        "Rodrigues",
        "Martins",
        "Sousa",
        "Fernandes",
        "Gomes",
        "Lopes",
        "Marques",
        "Ribeiro",
        "Carvalho",
    ],
    "it": [
        "Rossi",
        "Bianchi",
        "Ferrari",
        "Esposito",
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
MAIL_DOMAINS = {
    "es": ["correo.example", "buzon.example", "mimail.example"],
    "fr": ["courriel.example", "laposte.example", "boite.example"],
    "en": ["mail.example", "inbox.example"],
    "de": ["post.example", "mailbox.example"],
    "pt": ["caixa.example", "correio.example"],
    "it": ["posta.example", "casella.example"],
}
JOBS = [
    "nurse",
    "primary teacher",
    "accountant",
    "bus driver",
    "pharmacist",
    "electrician",
    "physiotherapist",
    "shop assistant",
    "civil servant",
    "software developer",
    "architect",
    "hairdresser",
    "student",
    "retired",
    "chef",
    "police officer",
    "lab technician",
    "translator",
    "farmer",
    "dental hygienist",
    "social worker",
    "estate agent",
]
NIGHT_JOBS = [
    "night nurse",
    "hospital porter on nights",
    "petrol-station night clerk",
    "baker",
    "security guard",
    "taxi driver",
    "air-traffic assistant",
]
SECOND_LANGUAGE_WHY = [
    "grew up with a {l2}-speaking mother",
    "studied three years in a {l2}-speaking city",
    "partner's family speaks {l2}",
    "works for a {l2}-speaking employer",
    "lived abroad for years and kept {l2} for writing",
]

PHONE_SPEC: dict[str, tuple[str, list[str], int]] = {
    "ES": ("34", ["6", "7"], 8),
    "FR": ("33", ["6", "7"], 8),
    "BE": ("32", ["47", "48", "49"], 7),
    "LU": ("352", ["621", "661", "691"], 6),
    "CH": ("41", ["76", "77", "78", "79"], 7),
    "UK": ("44", ["74", "75", "77", "78", "79"], 8),
    "IE": ("353", ["83", "85", "86", "87", "89"], 7),
    "DE": ("49", ["151", "152", "160", "170", "171", "176"], 8),
    "AT": ("43", ["650", "660", "664", "676", "699"], 7),
    "PT": ("351", ["91", "92", "93", "96"], 7),
    "IT": ("39", ["320", "328", "333", "340", "347", "349"], 7),
}

USED: set[str] = set()

Json = dict[str, Any]


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    first: str
    last: str
    email: str
    phone: str
    phone_written: str
    handle: str | None
    account: str | None
    truth: Json
    used_texts: set[str] = field(default_factory=set)

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Row:
    eid: str
    at: datetime
    seq: int
    cust: Cust
    channel: str
    kind: str
    direction: str
    text: str | None
    subject: str | None
    scores: dict[str, int | None]
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
        self.rows: list[Row] = []
        self.custs: dict[str, Cust] = {}
        self.accounts: dict[str, Json] = {}
        self.spike: Json = {}
        self.counter = 0
        self.used_texts: dict[str, int] = {}

    def t(self, day: float, hour: int = 0, minute: int = 0) -> datetime:
        return self.start + timedelta(days=day, hours=hour, minutes=minute)


# --- small helpers ------------------------------------------------------------------


def iso(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def fill(template: str, **kw: Any) -> str:
    return template.format(**kw)


def ascii_fold(text: str) -> str:
    folded = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in folded if not unicodedata.combining(ch)).lower().replace("ß", "ss")


def pick_lang(rng: random.Random) -> str:
    langs = list(LANG_WEIGHTS)
    return rng.choices(langs, weights=[LANG_WEIGHTS[x] for x in langs])[0]


def pick_market(rng: random.Random, lang: str) -> str:
    options = MARKETS[lang]
    return rng.choices([m for m, _ in options], weights=[w for _, w in options])[0]


def town_for(rng: random.Random, market: str, lang: str) -> str:
    if market == "CH":
        return rng.choice(TOWNS[f"CH-{lang}" if lang in ("fr", "de", "it") else "CH-de"])
    return rng.choice(TOWNS[market])


def money(eur: float, market: str, lang: str, spoken: bool = False) -> str:
    if market == "UK":
        v = round(eur * 0.87)
        return f"{v} pounds" if spoken else f"£{v}"
    if market == "CH":
        v = round(eur * 0.95)
        if spoken:
            word = {"de": "Franken", "fr": "francs", "it": "franchi", "en": "francs"}.get(
                lang, "francos"
            )
            return f"{v} {word}"
        return f"CHF {v}" if lang == "en" else f"{v} CHF"
    v = round(eur)
    if spoken:
        word = {"de": "Euro", "it": "euro"}.get(lang, "euros")
        return f"{v} {word}"
    return f"€{v}" if lang == "en" else f"{v} €"


def price_attrs(eur: float, market: str) -> tuple[str, str]:
    if market == "UK":
        return f"{eur * 0.87:.2f}", "GBP"
    if market == "CH":
        return f"{eur * 0.95:.2f}", "CHF"
    return f"{eur:.2f}", "EUR"


def unique(candidate: str) -> bool:
    if candidate in USED:
        return False
    USED.add(candidate)
    return True


def new_case(rng: random.Random) -> str:
    while True:
        case = f"MT/26/{rng.randint(10000, 99999)}"
        if unique(case):
            return case


def new_order(rng: random.Random) -> str:
    while True:
        order = f"P-{rng.randint(3000000, 3999999)}"
        if unique(order):
            return order


def new_phone(rng: random.Random, market: str) -> tuple[str, str]:
    cc, prefixes, rest = PHONE_SPEC[market]
    while True:
        national = rng.choice(prefixes) + "".join(str(rng.randint(0, 9)) for _ in range(rest))
        canonical = f"+{cc}{national}"
        if unique(canonical):
            written = f"+{cc} {national}" if rng.random() < 0.5 else canonical
            return canonical, written


UMLAUT = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}


def strip_accents(text: str, lang: str) -> str:
    out: list[str] = []
    for ch in text:
        if lang == "de" and ch in UMLAUT:
            out.append(UMLAUT[ch])
        elif ch in "ñÑß":
            out.append(ch)
        else:
            out.append(
                "".join(x for x in unicodedata.normalize("NFD", ch) if not unicodedata.combining(x))
            )
    return "".join(out)


def roughen(text: str, lang: str, rr: random.Random) -> str:
    if rr.random() < 0.10:
        text = strip_accents(text, lang)
    if rr.random() < 0.125 and text[:1].isupper() and not text.startswith(BRAND):
        text = text[0].lower() + text[1:]
    if rr.random() < 1 / 7:
        words = [
            m
            for m in re.finditer(r"(?<![\w/-])[a-zà-ÿ]{5,}(?![\w/-])", text)
            if BRAND.lower() not in m.group(0)
        ]
        if words:
            m = rr.choice(words)
            w = m.group(0)
            i = rr.randint(1, len(w) - 2)
            if w[i] != w[i + 1]:
                w = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
                text = text[: m.start()] + w + text[m.end() :]
    return text


KEEP_CAPS = {BRAND, *COMPETITORS, "Club", "Events", "I", "I'm", "I've"}


def spoken(text: str, lang: str) -> str:
    """A speech-to-text transcript: no punctuation, no sentence capitals (German keeps its nouns)."""
    out: list[str] = []
    start = True
    for tok in text.replace("\n", " ").split():
        word = tok
        letters = re.sub(r"[^A-Za-zÀ-ÿ]", "", word)
        if (
            len(letters) >= 2
            and letters.isupper()
            and not any(ch.isdigit() for ch in word)
            and letters not in KEEP_CAPS
        ):
            word = word.lower()
        elif start and lang != "de" and word[:1].isupper() and letters not in KEEP_CAPS:
            word = word[0].lower() + word[1:]
        elif (
            start
            and lang == "de"
            and word.rstrip(",.")
            in (
                "Ja",
                "Guten",
                "Ich",
                "Das",
                "Die",
                "Der",
                "Wir",
                "Sie",
                "Es",
                "Bitte",
                "Mein",
                "Heute",
                "Als",
                "Ist",
                "Zum",
                "Vor",
                "Um",
                "In",
                "Jedes",
                "Niemand",
                "Hier",
            )
        ):
            word = word.lower()
        start = bool(re.search(r"[.!?]$", tok))
        out.append(word)
    joined = " ".join(out)
    joined = re.sub(r"(?<![A-Za-zÀ-ÿ])'|'(?![A-Za-zÀ-ÿ])", "", joined)
    joined = re.sub(r"(?<!\d)[.,:;]|[.,:;](?!\d)", "", joined)
    joined = re.sub(r"[!?¡¿()\"«»“„”]", "", joined)
    return re.sub(r"\s+", " ", joined).strip()


def at_brand(text: str) -> str:
    idx = text.rfind(BRAND)
    if idx < 0:
        return f"@{BRAND} {text}"
    return text[:idx] + "@" + text[idx:]


def night_safe(fam: Fam, dt: datetime, first_hour: int = 8) -> datetime:
    """Moves a time out of 22:00-07:00 UTC to the next morning (first_hour to first_hour+1)."""
    if dt.hour >= 22:
        base = (dt + timedelta(days=1)).replace(hour=first_hour, minute=0, second=0)
        return base + timedelta(minutes=fam.rng.randint(0, 59))
    if dt.hour < 7:
        base = dt.replace(hour=first_hour, minute=0, second=0)
        return base + timedelta(minutes=fam.rng.randint(0, 59))
    return dt


def office_safe(fam: Fam, dt: datetime) -> datetime:
    """Moves a time into weekday office hours 08-17 UTC (to the next working morning)."""
    moved = False
    if dt.hour >= 17:
        dt = (dt + timedelta(days=1)).replace(hour=8, minute=0, second=0)
        moved = True
    elif dt.hour < 8:
        dt = dt.replace(hour=8, minute=0, second=0)
        moved = True
    while dt.weekday() >= 5:
        dt = (dt + timedelta(days=1)).replace(hour=8, minute=0, second=0)
        moved = True
    if moved:
        dt += timedelta(minutes=fam.rng.randint(5, 75))
    return dt


def choose_text(fam: Fam, c: Cust, options: list[str]) -> str:
    """One of the options, preferring what nobody in the family wrote yet, never twice for one customer if avoidable."""
    fresh = [o for o in options if o not in c.used_texts] or options
    fewest = min(fam.used_texts.get(o, 0) for o in fresh)
    text = fam.rng.choice([o for o in fresh if fam.used_texts.get(o, 0) == fewest])
    c.used_texts.add(text)
    fam.used_texts[text] = fam.used_texts.get(text, 0) + 1
    return text


# --- people ---------------------------------------------------------------------------


def person(
    fam: Fam,
    lang: str,
    persona: str,
    habit: str,
    expected: list[str],
    tolerated: list[str],
    *,
    market: str | None = None,
    job: str | None = None,
    account: str | None = None,
    company_domain: str | None = None,
    taken_first: set[str] | None = None,
) -> Cust:
    rng = fam.rng
    market = market or pick_market(rng, lang)
    while True:
        first = rng.choice(FIRST[lang])
        if taken_first is None or first not in taken_first:
            break
    if taken_first is not None:
        taken_first.add(first)
    last = rng.choice(LAST[lang])
    f, lname = ascii_fold(first).replace(" ", ""), ascii_fold(last).replace(" ", "")
    while True:
        key = f"ML{fam.code}{rng.randint(1000, 9999)}"
        if unique(key):
            break
    if company_domain:
        email = f"{f}.{lname}@{company_domain}.example"
        if not unique(email):
            email = f"{f}.{lname}{rng.randint(2, 9)}@{company_domain}.example"
            USED.add(email)
    else:
        domain = rng.choice(MAIL_DOMAINS[lang])
        while True:
            style = rng.randint(0, 3)
            local = [
                f"{f}.{lname}",
                f"{f}{lname}{rng.randint(10, 99)}",
                f"{f[0]}{lname}{rng.randint(1, 9)}",
                f"{lname}.{f}",
            ][style]
            email = f"{local}@{domain}"
            if unique(email):
                break
    handle: str | None = None
    if not company_domain:
        while True:
            style = rng.randint(0, 3)
            h = [
                f"{lname}_{f}{rng.randint(1, 9)}",
                f"{f}{lname}{rng.randint(10, 99)}",
                f"{lname}{f[0]}",
                f"{f}_{lname}",
            ][style]
            handle = "@" + h
            if unique(handle):
                break
    phone, phone_written = new_phone(rng, market)
    truth: Json = {
        "identifiers": {
            "customer_id": key,
            "email": email,
            "phone": phone,
            "handle": handle,
            "account_id": account,
        },
        "expected_rules": sorted(expected),
        "tolerated_rules": sorted(tolerated),
        "persona": persona,
        "habit": habit,
        "language": lang,
        "country": market,
        "segment": "b2b" if account else "consumer",
        "name": f"{first} {last}",
        "job": job or rng.choice(JOBS),
        "town": town_for(rng, market, lang),
    }
    c = Cust(key, lang, market, first, last, email, phone, phone_written, handle, account, truth)
    fam.custs[key] = c
    return c


# --- touchpoints ----------------------------------------------------------------------


def add(
    fam: Fam,
    c: Cust,
    at: datetime,
    channel: str,
    kind: str,
    text: str | None = None,
    subject: str | None = None,
    *,
    lang: str | None = None,
    out: bool = False,
    scores: dict[str, int | None] | None = None,
    attrs: dict[str, str] | None = None,
    rough: bool = True,
) -> str:
    fam.counter += 1
    eid = f"ml103-{fam.code.lower()}-{fam.counter:05d}"
    if text and not out and rough and channel not in ("phone", "survey"):
        text = roughen(text, lang or c.lang, fam.rr)
    if text and not out and channel == "social":
        text = at_brand(text)
    a = {"market": c.market}
    if c.account:
        a["segment"] = "b2b"
    a.update(attrs or {})
    sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
    sc.update(scores or {})
    fam.rows.append(
        Row(
            eid,
            at,
            fam.counter,
            c,
            channel,
            kind,
            "outbound" if out else "inbound",
            text or None,
            subject,
            sc,
            a,
        )
    )
    return eid


def reply(
    fam: Fam,
    c: Cust,
    at: datetime,
    channel: str,
    template: str,
    subject: str | None = None,
    *,
    lang: str | None = None,
    **kw: Any,
) -> str:
    lang = lang or c.lang
    agent = fam.rng.choice(wh.AGENTS[lang])
    text = fill(template, first=c.first, agent=agent, **kw)
    subj = fill(subject, **kw) if subject else None
    return add(
        fam,
        c,
        at,
        channel,
        "message" if channel == "email" else "chat",
        text,
        subj,
        out=True,
        attrs={"agent": agent},
    )


def email_reply_time(fam: Fam, at: datetime, lo_min: int, hi_min: int) -> datetime:
    return night_safe(fam, at + timedelta(minutes=fam.rng.randint(lo_min, hi_min)))


# --- happy acts -----------------------------------------------------------------------

ACT_WEIGHTS = {
    "praise": 4,
    "again": 2,
    "gripe": 2,
    "chat": 4,
    "email": 2,
    "phone": 1,
    "purchase": 4,
    "page": 3,
    "review": 2,
    "survey": 2,
}


def happy_act(
    fam: Fam,
    c: Cust,
    at: datetime,
    *,
    lang: str | None = None,
    kinds: list[str] | None = None,
    surveys: bool = True,
) -> None:
    rng = fam.rng
    lang = lang or c.lang
    options = kinds or [k for k in ACT_WEIGHTS if surveys or k != "survey"]
    kind = rng.choices(options, weights=[ACT_WEIGHTS[k] for k in options])[0]
    if kind in ("praise", "again", "gripe"):
        table = {"praise": wh.PRAISE, "again": wh.AGAIN, "gripe": wh.GRIPE}[kind][lang]
        text = choose_text(fam, c, table)
        if rng.random() < 0.5:
            add(fam, c, at, "social", "mention", text, lang=lang)
        else:
            add(fam, c, at, "community", "post", text, lang=lang)
    elif kind == "chat":
        q, a = rng.choice(wh.CHAT_QA[lang])
        add(fam, c, at, "chat", "chat", q, lang=lang)
        ans_at = at + timedelta(minutes=rng.randint(1, 4))
        reply(fam, c, ans_at, "chat", a, lang=lang)
        if rng.random() < 0.6:
            add(
                fam,
                c,
                ans_at + timedelta(minutes=rng.randint(1, 3)),
                "chat",
                "chat",
                rng.choice(wh.THANKS[lang]),
                lang=lang,
            )
    elif kind == "email":
        subj, body, answer = rng.choice(wh.EMAIL_QA[lang])
        add(fam, c, at, "email", "message", fill(body, name=c.name), subj, lang=lang)
        reply(
            fam,
            c,
            email_reply_time(fam, at, 60, 300),
            "email",
            answer,
            "RE: " + subj,
            lang=lang,
            deposit=money(200, c.market, lang),
        )
    elif kind == "phone":
        call, subj, answer = rng.choice(wh.PHONE_QA[lang])
        add(fam, c, at, "phone", "call", call, lang=lang)
        reply(fam, c, email_reply_time(fam, at, 10, 60), "email", answer, subj, lang=lang)
    elif kind == "purchase":
        purchase(fam, c, at)
    elif kind == "page":
        if rng.random() < 0.6:
            _, _, _, slug = rng.choice(wh.PRODUCTS)
            page = f"/catalogo/{slug}"
        else:
            page = rng.choice(wh.OTHER_PAGES)
        add(fam, c, at, "web", "page_view", attrs={"page": page})
    elif kind == "review":
        text, rating = rng.choice(wh.REVIEWS[lang])
        _, label, _, slug = rng.choice(wh.PRODUCTS)
        add(
            fam,
            c,
            at,
            "web",
            "review",
            text,
            lang=lang,
            attrs={"rating": rating, "page": f"/catalogo/{slug}", "product": label},
        )
    else:
        happy_survey(fam, c, at, lang)


def purchase(fam: Fam, c: Cust, at: datetime) -> str:
    rng = fam.rng
    _, label, eur, slug = rng.choice(wh.PRODUCTS)
    qty = rng.randint(1, 5) if eur < 40 else 1
    page = f"/catalogo/{slug}"
    add(fam, c, at, "web", "page_view", attrs={"page": page})
    value, currency = price_attrs(eur * qty, c.market)
    return add(
        fam,
        c,
        at + timedelta(minutes=rng.randint(3, 15)),
        "web",
        "purchase",
        attrs={"order_value": value, "currency": currency, "product": label, "page": page},
    )


def happy_survey(fam: Fam, c: Cust, at: datetime, lang: str | None = None) -> str:
    rng = fam.rng
    lang = lang or c.lang
    which = rng.choice(["nps", "csat", "ces"])
    value = {"nps": rng.randint(9, 10), "csat": rng.randint(4, 5), "ces": rng.randint(6, 7)}[which]
    word = rng.choice(wh.SURVEY_WORDS[lang])
    return add(
        fam,
        c,
        at,
        "survey",
        "survey_response",
        word or None,
        scores={which: value},
        attrs={"survey": which},
    )


def day_acts(fam: Fam, c: Cust, days: list[int], lo: int = 7, hi: int = 19, **kw: Any) -> None:
    for d in days:
        happy_act(fam, c, fam.t(d, fam.rng.randint(lo, hi), fam.rng.randint(0, 59)), **kw)


# --- trouble ---------------------------------------------------------------------------


def problem_amount(c: Cust, problem: str, lang: str, spoken_form: bool = False) -> str:
    return money(wt.PROBLEM_EUR[problem], c.market, lang, spoken_form)


def complaint(fam: Fam, c: Cust, at: datetime, channel: str, problem: str, lang: str) -> str:
    """The first message about a consumer problem, on one channel."""
    rng = fam.rng
    core_t = rng.choice(wt.CORE[problem][lang])
    core = fill(core_t, amount=problem_amount(c, problem, lang))
    if channel == "email":
        subj = fill(wt.SUBJECT_COMPLAINT[lang], topic=wt.TOPIC[problem][lang])
        body = f"{rng.choice(wt.EMAIL_OPEN[lang])}\n\n{core}\n\n{rng.choice(wt.EMAIL_CLOSE[lang])}\n{c.name}"
        return add(fam, c, at, "email", "message", body, subj, lang=lang)
    if channel == "chat":
        return add(
            fam,
            c,
            at,
            "chat",
            "chat",
            f"{rng.choice(wt.CHAT_OPEN[lang])} {core}".strip(),
            lang=lang,
        )
    if channel == "social":
        return add(
            fam, c, at, "social", "mention", f"{core} {rng.choice(wt.SOCIAL_TAIL[lang])}", lang=lang
        )
    if channel == "web":
        text = fill(wt.FORM_PREFIX[lang], order=new_order(rng)) + core
        return add(fam, c, at, "web", "ticket", text, lang=lang, attrs={"page": "/ayuda/contacto"})
    spoken_core = fill(core_t, amount=problem_amount(c, problem, lang, True))
    call = f"{rng.choice(wt.PHONE_OPEN[lang])} {spoken(spoken_core, lang)} {rng.choice(wt.PHONE_CLOSE[lang])}"
    return add(fam, c, at, "phone", "call", call, lang=lang)


def acknowledge(
    fam: Fam, c: Cust, at: datetime, channel: str, case: str, lang: str, quality: bool = False
) -> datetime:
    """The agent's answer with the case: in chat for chats, else by e-mail. Returns its time."""
    rng = fam.rng
    last = at
    if channel == "chat":
        last = at + timedelta(minutes=rng.randint(1, 4))
        reply(fam, c, last, "chat", wt.CASE_CHAT[lang], lang=lang, case=case)
    if quality:
        last = night_safe(fam, at + timedelta(minutes=rng.randint(90, 150)))
        subj, body = wt.QUALITY_EMAIL[lang]
        reply(fam, c, last, "email", body, subj, lang=lang, case=case)
    elif channel != "chat":
        last = email_reply_time(fam, at, 10, 40)
        subj, body = wt.CASE_EMAIL[lang]
        reply(fam, c, last, "email", body, subj, lang=lang, case=case)
    return last


def good_news(fam: Fam, c: Cust, at: datetime, case: str, problem: str, lang: str) -> str:
    subj, body = wt.GOOD_NEWS[lang]
    return reply(fam, c, at, "email", body, subj, lang=lang, case=case, fix=wt.FIX[problem][lang])


def confirm(fam: Fam, c: Cust, at: datetime, case: str, lang: str, channel: str) -> str:
    text = fill(fam.rng.choice(wt.CONFIRM[lang]), case=case)
    if channel == "email":
        return add(
            fam, c, at, "email", "message", text, fill(wt.SUBJECT_CASE[lang], case=case), lang=lang
        )
    return add(fam, c, at, "chat", "chat", text, lang=lang)


def follow_up(
    fam: Fam,
    c: Cust,
    at: datetime,
    channel: str,
    nth: int,
    problem: str,
    case: str,
    lang: str,
    comp: str | None,
) -> str:
    """A later contact about the same open problem (nth = 2, 3 or 4)."""
    rng = fam.rng
    table = {2: wt.SECOND, 3: wt.THIRD}.get(nth, wt.FOURTH)[lang]
    restate_t = wt.RESTATE[problem][lang]
    tmpl = rng.choice(table)
    text = fill(
        tmpl,
        case=case,
        comp=comp or "",
        restate=fill(restate_t, amount=problem_amount(c, problem, lang)),
    )
    if channel == "email":
        return add(
            fam,
            c,
            at,
            "email",
            "message",
            text + f"\n\n{c.name}",
            fill(wt.SUBJECT_CASE[lang], case=case),
            lang=lang,
        )
    if channel == "chat":
        eid = add(fam, c, at, "chat", "chat", text, lang=lang)
        reply(
            fam,
            c,
            at + timedelta(minutes=rng.randint(1, 4)),
            "chat",
            wt.URGENT_CHAT[lang],
            lang=lang,
            case=case,
        )
        return eid
    if channel == "phone":
        said = fill(
            tmpl,
            case=case,
            comp=comp or "",
            restate=fill(restate_t, amount=problem_amount(c, problem, lang, True)),
        )
        return add(
            fam,
            c,
            at,
            "phone",
            "call",
            f"{rng.choice(wt.PHONE_OPEN[lang])} {spoken(said, lang)}",
            lang=lang,
        )
    if channel == "social":
        return add(fam, c, at, "social", "mention", text, lang=lang)
    return add(fam, c, at, "web", "ticket", text, lang=lang, attrs={"page": "/ayuda/contacto"})


def later(fam: Fam, prev: datetime, lo_h: float, hi_h: float) -> datetime:
    return night_safe(
        fam, prev + timedelta(minutes=fam.rng.randint(int(lo_h * 60), int(hi_h * 60)))
    )


def low_survey(fam: Fam, c: Cust, at: datetime, which: str, lang: str) -> tuple[str, int]:
    rng = fam.rng
    if which == "nps":
        value = rng.randint(1, 5)
        word = rng.choice(wt.LOW_NPS_WORDS[lang])
    else:
        value = rng.randint(1, 2)
        word = rng.choice(wt.LOW_CSAT_WORDS[lang])
    eid = add(
        fam,
        c,
        at,
        "survey",
        "survey_response",
        word or None,
        scores={which: value},
        attrs={"survey": which},
    )
    return eid, value


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
AT_RISK_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
ONE_UNHAPPY_TOL = ["sentiment_drop", "high_value_at_risk", "silence"]


def tol(base: list[str], expected: list[str]) -> list[str]:
    return [r for r in base if r not in expected]


# --- families ---------------------------------------------------------------------------


def happy_writers(fam: Fam) -> None:
    rng = fam.rng
    for _ in range(16):
        c = person(fam, pick_lang(rng), "happy", "day writer", [], [])
        day_acts(fam, c, sorted(rng.sample(range(fam.days), rng.randint(5, 8))), 7, 19)
    for _ in range(5):
        lang = pick_lang(rng)
        c = person(fam, lang, "happy", "night writer", [], [], job=rng.choice(NIGHT_JOBS))
        nights = sorted(rng.sample(range(fam.days - 1), rng.randint(2, 4)))
        for d in nights:
            if rng.random() < 0.4:
                at = fam.t(d, 22, rng.randint(12, 59))
            else:
                at = fam.t(d + 1, rng.randint(0, 3), rng.randint(0, 59))
            night_act(fam, c, at)
        free = [d for d in range(fam.days) if d not in nights]
        day_acts(
            fam,
            c,
            sorted(rng.sample(free, rng.randint(2, 3))),
            9,
            17,
            kinds=["praise", "purchase", "page", "review"],
        )
    for _ in range(5):
        c = person(fam, pick_lang(rng), "happy", "answers surveys", [], [])
        for d in sorted(rng.sample(range(fam.days), rng.randint(3, 6))):
            happy_survey(fam, c, fam.t(d, rng.randint(8, 20), rng.randint(0, 59)))


def night_act(fam: Fam, c: Cust, at: datetime) -> str:
    rng = fam.rng
    if rng.random() < 0.5:
        text = choose_text(fam, c, wh.NIGHT_POSTS[c.lang])
        if rng.random() < 0.5:
            return add(fam, c, at, "community", "post", text)
        return add(fam, c, at, "social", "mention", text)
    q, a = rng.choice(wh.NIGHT_CHAT_QA[c.lang])
    eid = add(fam, c, at, "chat", "chat", q)
    ans = at + timedelta(minutes=rng.randint(1, 4))
    reply(fam, c, ans, "chat", a)
    add(
        fam,
        c,
        ans + timedelta(minutes=rng.randint(1, 3)),
        "chat",
        "chat",
        rng.choice(wh.THANKS[c.lang]),
    )
    return eid


def one_bad_day(fam: Fam) -> None:
    rng = fam.rng
    slots: list[tuple[str, str, str | None]] = [("long", p, lg) for lg, p, _, _ in wt.LONG_EMAILS]
    pool = (
        ["no_show"] * 3
        + ["damage"] * 3
        + ["double_charge"] * 3
        + ["cancel_fee"] * 3
        + ["refund"] * 4
        + ["wrong_price"] * 4
    )
    rng.shuffle(pool)
    channels = [ch for ch in ("email", "chat", "social", "web", "phone") for _ in range(4)]
    slots += [(ch, p, None) for ch, p in zip(channels, pool, strict=True)]
    with_case = [i for i, s in enumerate(slots) if s[0] != "social"]
    nps_set = set(rng.sample(with_case, 6))
    csat_set = set(rng.sample([i for i in with_case if i not in nps_set], 5))
    news_set = set(rng.sample(with_case, 12))
    apology_set = set(rng.sample(sorted(news_set), 5))
    long_i = 0
    for i, (channel, problem, fixed_lang) in enumerate(slots):
        lang = fixed_lang or pick_lang(rng)
        detractor = i in nps_set
        c = person(
            fam,
            lang,
            "bad_day_detractor" if detractor else "happy_one_bad_day",
            "one bad day",
            ["detractor"] if detractor else [],
            ["silence"],
            job="baker" if channel == "long" and problem == "double_charge" else None,
        )
        bad_day = rng.randint(2, 9)
        bad_at = fam.t(bad_day, rng.randint(8, 20), rng.randint(0, 59))
        days = [d for d in range(fam.days) if d <= bad_day - 2 or d >= bad_day + 3]
        day_acts(fam, c, sorted(rng.sample(days, rng.randint(1, 5))), 7, 20, surveys=False)
        if channel == "long":
            _, _, subj, body = wt.LONG_EMAILS[long_i]
            long_i += 1
            bad_eid = add(
                fam,
                c,
                bad_at,
                "email",
                "message",
                fill(body, name=c.name, amount=problem_amount(c, problem, lang)),
                subj,
            )
            reply_channel = "email"
        else:
            bad_eid = complaint(fam, c, bad_at, channel, problem, lang)
            reply_channel = channel
        case: str | None = None
        if channel != "social":
            case = new_case(rng)
            acknowledge(fam, c, bad_at, reply_channel, case, lang)
        tr = c.truth
        tr.update(
            {
                "problem": problem,
                "channel": "email" if channel == "long" else channel,
                "booking": case,
                "bad_day_at": iso(bad_at),
                "bad_day_event_id": bad_eid,
                "trouble_starts_at": iso(bad_at),
                "long_email": channel == "long",
                "problem_event_ids": [bad_eid],
            }
        )
        tr.update(
            {"nps_given": False, "csat_given": False, "agent_fixed": False, "apologised": False}
        )
        if detractor:
            eid, value = low_survey(
                fam, c, bad_at + timedelta(minutes=rng.randint(100, 140)), "nps", lang
            )
            tr.update({"nps_given": True, "nps": value, "survey_event_id": eid})
        elif i in csat_set:
            eid, value = low_survey(
                fam, c, bad_at + timedelta(minutes=rng.randint(40, 80)), "csat", lang
            )
            tr.update({"csat_given": True, "csat": value, "survey_event_id": eid})
        if case and i in news_set:
            good_news(fam, c, later(fam, bad_at, 1, 4), case, problem, lang)
            tr["agent_fixed"] = True
            if i in apology_set:
                ap_at = later(fam, bad_at, 16, 24)
                ap_channel = rng.choice(["chat", "email"])
                text = rng.choice(wt.APOLOGY[lang])
                if ap_channel == "email":
                    ap = add(
                        fam,
                        c,
                        ap_at,
                        "email",
                        "message",
                        text + f"\n{c.first}",
                        fill(wt.SUBJECT_CASE[lang], case=case),
                    )
                else:
                    ap = add(fam, c, ap_at, "chat", "chat", text)
                tr.update({"apologised": True, "apology_at": iso(ap_at), "apology_event_id": ap})
    for _ in range(8):
        c = person(fam, pick_lang(rng), "happy", "control", [], [])
        day_acts(fam, c, sorted(rng.sample(range(fam.days), rng.randint(4, 7))), 7, 20)


def repeat_run(
    fam: Fam,
    c: Cust,
    problem: str,
    count: int,
    first_channel: str,
    first_at: datetime,
    quality: bool,
    langs: list[str],
) -> None:
    """A problem raised count times, each on another channel, the case still open."""
    rng = fam.rng
    case = new_case(rng)
    comp = rng.choice(COMPETITORS) if count >= 3 else None
    first_eid = complaint(fam, c, first_at, first_channel, problem, langs[0])
    last_ack = acknowledge(fam, c, first_at, first_channel, case, langs[0], quality)
    others = [ch for ch in ("email", "chat", "phone", "web", "social") if ch != first_channel]
    rng.shuffle(others)
    channels = [first_channel, *others[: count - 1]]
    eids = [first_eid]
    prev = first_at
    for nth in range(2, count + 1):
        at = later(fam, prev, 4, 40)
        if at <= last_ack:
            at = last_ack + timedelta(minutes=rng.randint(30, 90))
        lang = langs[(nth - 1) % len(langs)]
        eids.append(follow_up(fam, c, at, channels[nth - 1], nth, problem, case, lang, comp))
        prev = at
    c.truth.update(
        {
            "problem": problem,
            "booking": case,
            "contacts": count,
            "channels": channels,
            "channel": first_channel,
            "problem_event_ids": eids,
            "trouble_starts_at": iso(first_at),
            "competitor": comp,
            "agent_passed_on": quality,
        }
    )


def fixed_case(
    fam: Fam, c: Cust, problem: str, channel: str, at: datetime, lang: str, confirm_lang: str
) -> Json:
    rng = fam.rng
    case = new_case(rng)
    eid = complaint(fam, c, at, channel, problem, lang)
    ack = acknowledge(fam, c, at, channel, case, lang)
    fixed_at = later(fam, max(at, ack), 3, 20)
    good_news(fam, c, fixed_at, case, problem, confirm_lang)
    confirmed_at = later(fam, fixed_at, 8, 30)
    confirm_channel = rng.choice(["email", "chat"])
    ceid = confirm(fam, c, confirmed_at, case, confirm_lang, confirm_channel)
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(at),
        "fixed_at": iso(fixed_at),
        "confirmed_at": iso(confirmed_at),
        "problem_event_ids": [eid],
        "confirm_event_id": ceid,
        "channel": channel,
        "confirm_channel": confirm_channel,
    }


def repeat_contacts(fam: Fam) -> None:
    rng = fam.rng
    counts = [2] * 4 + [3] * 4 + [4] * 4
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    rng.shuffle(firsts)
    problems = list(wt.PROBLEMS) * 2
    rng.shuffle(problems)
    quality = {i for i in range(12) if counts[i] == 4} | set(
        rng.sample([i for i in range(12) if counts[i] == 3], 2)
    )
    for i in range(12):
        lang = pick_lang(rng)
        c = person(fam, lang, "repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        day_acts(fam, c, [0] * rng.randint(1, 3), 7, 11, surveys=False)
        first_at = fam.t(rng.randint(1, 4), rng.randint(8, 19), rng.randint(0, 59))
        repeat_run(fam, c, problems[i], counts[i], firsts[i], first_at, i in quality, [lang])
    for _ in range(5):
        lang = pick_lang(rng)
        c = person(fam, lang, "resolved_between_contacts", "fixed", [], ["silence"])
        day_acts(
            fam, c, sorted(rng.sample(range(fam.days), rng.randint(1, 3))), 7, 19, surveys=False
        )
        at = fam.t(rng.randint(1, 5), rng.randint(8, 18), rng.randint(0, 59))
        case = fixed_case(
            fam, c, rng.choice(wt.PROBLEMS), rng.choice(["web", "email", "chat"]), at, lang, lang
        )
        c.truth.update(
            {"problems": [case], "trouble_starts_at": case["raised_at"], "booking": case["booking"]}
        )
    for _ in range(3):
        lang = pick_lang(rng)
        c = person(fam, lang, "different_problems", "two problems", [], ["silence"])
        p1, p2 = rng.sample(list(wt.PROBLEMS), 2)
        d1 = rng.randint(1, 2)
        a1 = fam.t(d1, rng.randint(8, 17), rng.randint(0, 59))
        a2 = fam.t(d1 + rng.randint(4, 5), rng.randint(8, 17), rng.randint(0, 59))
        cases = [
            fixed_case(fam, c, p1, rng.choice(["web", "email", "chat"]), a1, lang, lang),
            fixed_case(fam, c, p2, rng.choice(["web", "email", "chat"]), a2, lang, lang),
        ]
        c.truth.update({"problems": cases, "trouble_starts_at": cases[0]["raised_at"]})
    for _ in range(7):
        c = person(fam, pick_lang(rng), "happy", "frequent writer", [], [])
        day_acts(
            fam,
            c,
            sorted(rng.sample(range(fam.days), rng.randint(5, 8))),
            7,
            19,
            kinds=["chat", "email", "phone", "chat", "purchase", "praise"],
        )


def slide(
    fam: Fam, c: Cust, start_at: datetime, span_days: int, langs: list[str]
) -> tuple[list[str], list[datetime], str]:
    rng = fam.rng
    comp = rng.choice(COMPETITORS)
    eids: list[str] = []
    times: list[datetime] = []
    prev = start_at - timedelta(hours=2)
    for i in range(6):
        lang = langs[i % len(langs)]
        at = start_at + timedelta(hours=span_days * 24 * i / 5 + rng.uniform(-2, 2))
        at = night_safe(fam, at, 9)
        if at < prev + timedelta(hours=1):
            at = prev + timedelta(minutes=rng.randint(60, 120))
        step = choose_text(fam, c, [variant[i] for variant in wt.SLIDE[lang]])
        text = fill(step, amount=money(48, c.market, lang), comp=comp)
        channel = rng.choice(["social", "community", "review"])
        if channel == "review":
            _, label, _, slug = rng.choice(wh.PRODUCTS)
            eid = add(
                fam,
                c,
                at,
                "web",
                "review",
                text,
                lang=lang,
                attrs={
                    "rating": str([3, 3, 2, 2, 1, 1][i]),
                    "page": f"/catalogo/{slug}",
                    "product": label,
                },
            )
        elif channel == "social":
            eid = add(fam, c, at, "social", "mention", text, lang=lang)
        else:
            eid = add(fam, c, at, "community", "post", text, lang=lang)
        eids.append(eid)
        times.append(at)
        prev = at
    return eids, times, comp


def slow_churners(fam: Fam) -> None:
    rng = fam.rng
    spans = [3] + [5] * 5 + [9] * 4
    rng.shuffle(spans)
    nps_set = set(rng.sample(range(10), 5))
    for i in range(10):
        lang = pick_lang(rng)
        exp = ["sentiment_drop", "detractor"] if i in nps_set else ["sentiment_drop"]
        c = person(fam, lang, "slow_churner", "slides", exp, tol(SLIDE_TOL, exp))
        praise_days = sorted(rng.sample(range(11), rng.randint(4, 5)))
        day_acts(fam, c, praise_days, 8, 20, kinds=["praise", "again"])
        day_acts(
            fam,
            c,
            sorted(rng.sample(range(11), rng.randint(2, 4))),
            8,
            20,
            kinds=["chat", "email", "purchase", "page", "review", "phone"],
        )
        start_at = fam.t(rng.randint(12, 16), rng.randint(9, 19), rng.randint(0, 59))
        eids, times, comp = slide(fam, c, start_at, spans[i], [lang])
        c.truth.update(
            {
                "slide_event_ids": eids,
                "slide_days": spans[i],
                "competitor": comp,
                "trouble_starts_at": iso(times[0]),
                "nps_given": i in nps_set,
            }
        )
        if i in nps_set:
            eid, value = low_survey(fam, c, later(fam, times[3], 2.5, 3.5), "nps", lang)
            c.truth.update({"nps": value, "survey_event_id": eid})
    for _ in range(5):
        lang = pick_lang(rng)
        c = person(fam, lang, "slow_churner", "asks to cancel", ["churn_intent"], LEAVE_TOL)
        day_acts(fam, c, sorted(rng.sample(range(16), rng.randint(4, 6))), 8, 20)
        ask_at = fam.t(rng.randint(17, 23), rng.randint(8, 20), rng.randint(0, 59))
        subj, body = rng.choice(wt.LEAVE[lang])
        ask = add(fam, c, ask_at, "email", "message", fill(body, name=c.name), subj)
        rsubj, rbody = wt.LEAVE_REPLY[lang]
        reply(fam, c, email_reply_time(fam, ask_at, 60, 300), "email", rbody, rsubj)
        cancel_at = later(fam, ask_at, 20, 30)
        cancel = add(
            fam,
            c,
            cancel_at,
            "web",
            "cancellation",
            attrs={"page": "/cuenta/club/baja", "product": "Mantelo Club"},
        )
        c.truth.update(
            {
                "churn_intent_event_id": ask,
                "cancellation_event_id": cancel,
                "churn_at": iso(cancel_at),
                "trouble_starts_at": iso(ask_at),
            }
        )
    for _ in range(6):
        c = person(fam, pick_lang(rng), "happy", "steady", [], [])
        day_acts(fam, c, sorted(rng.sample(range(fam.days), rng.randint(6, 10))), 8, 20)
    for _ in range(5):
        lang = pick_lang(rng)
        c = person(fam, lang, "steadily_grumpy", "grumbles", [], GRUMPY_TOL)
        n = min(rng.randint(5, 7), len(wt.GRUMBLES[lang]))
        texts = rng.sample(wt.GRUMBLES[lang], n)
        d = rng.randint(0, 4)
        g_eids: list[str] = []
        first_at: datetime | None = None
        for text in texts:
            at = fam.t(d, rng.randint(8, 21), rng.randint(0, 59))
            first_at = first_at or at
            channel = rng.choice(["social", "community", "web", "review"])
            if channel == "review":
                _, label, _, slug = rng.choice(wh.PRODUCTS)
                g_eids.append(
                    add(
                        fam,
                        c,
                        at,
                        "web",
                        "review",
                        text,
                        attrs={"rating": "3", "page": f"/catalogo/{slug}", "product": label},
                    )
                )
            elif channel == "web":
                g_eids.append(
                    add(fam, c, at, "web", "ticket", text, attrs={"page": "/ayuda/contacto"})
                )
            elif channel == "social":
                g_eids.append(add(fam, c, at, "social", "mention", text))
            else:
                g_eids.append(add(fam, c, at, "community", "post", text))
            d += rng.randint(1, 3)
        for _ in range(rng.randint(0, 2)):
            purchase(fam, c, fam.t(rng.randint(0, 30), rng.randint(9, 18), rng.randint(0, 59)))
        assert first_at is not None
        c.truth.update({"grumble_event_ids": g_eids, "trouble_starts_at": iso(first_at)})
    for _ in range(5):
        lang = pick_lang(rng)
        c = person(fam, lang, "happy_one_sarcastic_remark", "happy", [], ["silence"])
        day_acts(fam, c, sorted(rng.sample(range(17), rng.randint(3, 6))), 8, 20)
        at = fam.t(rng.randint(17, 28), rng.randint(10, 21), rng.randint(0, 59))
        eid = add(fam, c, at, "social", "mention", choose_text(fam, c, wt.SARCASM[lang]))
        c.truth.update({"sarcasm_event_id": eid})


def quiet_hours(fam: Fam) -> None:
    rng = fam.rng
    for _ in range(16):
        c = person(fam, pick_lang(rng), "happy", "day writer", [], [])
        for d in sorted(rng.sample(range(3), rng.randint(1, 3))):
            at = fam.t(d, 7, rng.randint(0, 630))
            happy_act(
                fam,
                c,
                at,
                kinds=["praise", "again", "chat", "purchase", "page", "review", "survey", "email"],
            )
    for i in range(4):
        lang = pick_lang(rng)
        c = person(fam, lang, "grumbles_once", "grumbles once", [], ["silence"])
        at = fam.t(rng.randint(0, 2), rng.randint(9, 16), rng.randint(0, 59))
        if rng.random() < 0.5:
            purchase(fam, c, at)
        else:
            add(fam, c, at, "web", "page_view", attrs={"page": "/catalogo"})
        g_at = at + timedelta(minutes=rng.randint(20, 30))
        text, chat_answer, ack = rng.choice(wh.MILD[lang])
        if i < 2:
            eid = add(fam, c, g_at, "chat", "chat", text)
            reply(fam, c, g_at + timedelta(minutes=rng.randint(1, 4)), "chat", chat_answer)
        else:
            eid = add(fam, c, g_at, "web", "ticket", text, attrs={"page": "/ayuda/contacto"})
            reply(
                fam,
                c,
                g_at + timedelta(minutes=rng.randint(30, 90)),
                "email",
                ack,
                wh.MILD_ACK_SUBJECT[lang],
            )
        c.truth.update({"grumble_event_id": eid, "trouble_starts_at": iso(g_at)})
    for night in range(3):
        burst1 = fam.t(night + 1, 0, rng.randint(40, 65))
        bursts = [
            burst1,
            burst1 + timedelta(minutes=rng.randint(28, 33)),
            burst1 + timedelta(minutes=rng.randint(55, 65)),
        ]
        for b, burst_at in enumerate(bursts):
            for _ in range(4):
                lang = pick_lang(rng)
                c = person(
                    fam,
                    lang,
                    "night_owl",
                    f"night {night + 1}, burst {b + 1}",
                    [],
                    [],
                    job=rng.choice(NIGHT_JOBS),
                )
                eid = night_act(
                    fam,
                    c,
                    burst_at + timedelta(minutes=rng.randint(0, 9), seconds=rng.randint(0, 59)),
                )
                c.truth.update({"burst_at": iso(burst_at), "night_event_id": eid})
    owls = [c for c in fam.custs.values() if c.truth["persona"] == "night_owl"]
    for c in rng.sample(owls, 18):
        happy_act(
            fam,
            c,
            fam.t(rng.randint(0, 2), 9, rng.randint(0, 510)),
            kinds=["praise", "purchase", "page", "review"],
        )


BILINGUAL_PAIRS = (
    [("es", "fr")] * 4
    + [("fr", "es")] * 4
    + [("es", "en")] * 2
    + [("en", "es")]
    + [("fr", "en")] * 2
    + [("en", "fr")]
    + [
        ("es", "pt"),
        ("pt", "es"),
        ("fr", "de"),
        ("de", "fr"),
        ("es", "it"),
        ("it", "fr"),
        ("fr", "it"),
        ("pt", "fr"),
        ("de", "es"),
        ("it", "es"),
        ("es", "de"),
        ("fr", "pt"),
        ("en", "it"),
    ]
)


def bilingual(fam: Fam) -> None:
    rng = fam.rng
    pairs = list(BILINGUAL_PAIRS)
    rng.shuffle(pairs)
    long_pair = next(p for p in pairs if p[1] in ("es", "fr"))
    pairs.remove(long_pair)

    def mk(pair: tuple[str, str], persona: str, habit: str, exp: list[str], tl: list[str]) -> Cust:
        l1, l2 = pair
        market = rng.choice([m for m, _ in MARKETS[l1]] + [m for m, _ in MARKETS[l2]])
        c = person(fam, l1, persona, habit, exp, tl, market=market)
        c.truth.update(
            {
                "languages": [l1, l2],
                "job_second_language": fill(rng.choice(SECOND_LANGUAGE_WHY), l2=LANG_NAME[l2]),
            }
        )
        return c

    for _ in range(12):
        pair = pairs.pop()
        c = mk(pair, "happy", "alternates languages", [], [])
        for k, d in enumerate(sorted(rng.sample(range(fam.days), rng.randint(5, 8)))):
            happy_act(fam, c, fam.t(d, rng.randint(7, 20), rng.randint(0, 59)), lang=pair[k % 2])
    for count in (2, 2, 3, 3, 4):
        pair = pairs.pop()
        c = mk(pair, "repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        for k, d in enumerate([rng.randint(0, 1) for _ in range(rng.randint(1, 3))]):
            happy_act(
                fam,
                c,
                fam.t(d, rng.randint(7, 11), rng.randint(0, 59)),
                lang=pair[k % 2],
                surveys=False,
            )
        first_at = fam.t(rng.randint(2, 5), rng.randint(8, 19), rng.randint(0, 59))
        repeat_run(
            fam,
            c,
            rng.choice(wt.PROBLEMS),
            count,
            rng.choice(["web", "email", "chat"]),
            first_at,
            count >= 3,
            [pair[0], pair[1]],
        )
    for _ in range(5):
        pair = pairs.pop()
        c = mk(
            pair, "slow_churner", "slides", ["sentiment_drop"], tol(SLIDE_TOL, ["sentiment_drop"])
        )
        for k, d in enumerate(sorted(rng.sample(range(6), 5))):
            happy_act(
                fam,
                c,
                fam.t(d, rng.randint(8, 20), rng.randint(0, 59)),
                lang=pair[k % 2],
                kinds=["praise", "again"],
            )
        for k, d in enumerate(sorted(rng.sample(range(6), rng.randint(1, 3)))):
            happy_act(
                fam,
                c,
                fam.t(d, rng.randint(8, 20), rng.randint(0, 59)),
                lang=pair[(k + 1) % 2],
                kinds=["chat", "purchase", "page", "review"],
            )
        span = rng.randint(3, 5)
        start_at = fam.t(rng.randint(7, 8), rng.randint(9, 19), rng.randint(0, 59))
        eids, times, comp = slide(fam, c, start_at, span, [pair[0], pair[1]])
        c.truth.update(
            {
                "slide_event_ids": eids,
                "slide_days": span,
                "competitor": comp,
                "trouble_starts_at": iso(times[0]),
            }
        )
    for kind in ("long", "email", "chat"):
        pair = long_pair if kind == "long" else pairs.pop()
        l1, l2 = pair
        c = mk(pair, "happy_one_bad_day", "one bad day", [], ["silence"])
        bad_day = rng.randint(3, 10)
        days = [d for d in range(fam.days) if d <= bad_day - 2 or d >= bad_day + 3]
        for d in sorted(rng.sample(days, rng.randint(2, 4))):
            happy_act(
                fam, c, fam.t(d, rng.randint(8, 20), rng.randint(0, 59)), lang=l1, surveys=False
            )
        bad_at = fam.t(bad_day, rng.randint(8, 20), rng.randint(0, 59))
        case = new_case(rng)
        if kind == "long":
            _, problem, subj, body = rng.choice([e for e in wt.LONG_EMAILS if e[0] == l2])
            eid = add(
                fam,
                c,
                bad_at,
                "email",
                "message",
                fill(body, name=c.name, amount=problem_amount(c, problem, l2)),
                subj,
                lang=l2,
            )
        else:
            problem = rng.choice(wt.PROBLEMS)
            eid = complaint(fam, c, bad_at, kind, problem, l2)
        acknowledge(fam, c, bad_at, "chat" if kind == "chat" else "email", case, l2)
        c.truth.update(
            {
                "problem": problem,
                "booking": case,
                "bad_day_at": iso(bad_at),
                "bad_day_event_id": eid,
                "bad_day_language": l2,
                "trouble_starts_at": iso(bad_at),
                "long_email": kind == "long",
                "channel": "chat" if kind == "chat" else "email",
                "agent_fixed": kind != "chat",
                "apologised": kind == "email",
            }
        )
        if kind != "chat":
            good_news(fam, c, later(fam, bad_at, 1, 4), case, problem, l2)
        if kind == "email":
            ap_at = later(fam, bad_at, 18, 24)
            ap = add(fam, c, ap_at, "chat", "chat", rng.choice(wt.APOLOGY[l2]), lang=l2)
            c.truth.update({"apology_at": iso(ap_at), "apology_event_id": ap})
    for _ in range(2):
        pair = pairs.pop()
        c = mk(pair, "resolved_between_contacts", "fixed", [], ["silence"])
        for d in sorted(rng.sample(range(fam.days), rng.randint(1, 3))):
            happy_act(
                fam,
                c,
                fam.t(d, rng.randint(8, 20), rng.randint(0, 59)),
                lang=pair[0],
                surveys=False,
            )
        at = fam.t(rng.randint(2, 8), rng.randint(8, 18), rng.randint(0, 59))
        fixed = fixed_case(fam, c, rng.choice(wt.PROBLEMS), "web", at, pair[0], pair[1])
        c.truth.update(
            {
                "problems": [fixed],
                "trouble_starts_at": fixed["raised_at"],
                "booking": fixed["booking"],
                "confirm_language": pair[1],
            }
        )
    assert not pairs


#: (language, company index, kind, problem, contacts, unhappy contacts, market)
ACCOUNT_PLAN: list[tuple[str, int, str, str | None, int, int, str]] = [
    ("es", 0, "at_risk", "invoice", 6, 4, "ES"),
    ("es", 1, "at_risk", "overbilled", 4, 3, "ES"),
    ("fr", 0, "at_risk", "service_blocked", 5, 3, "FR"),
    ("fr", 1, "at_risk", "portal", 5, 4, "FR"),
    ("de", 0, "at_risk", "invoice", 5, 3, "DE"),
    ("es", 2, "one_unhappy", "service_blocked", 3, 1, "ES"),
    ("fr", 2, "one_unhappy", "overbilled", 3, 1, "BE"),
    ("en", 0, "one_unhappy", "portal", 3, 1, "UK"),
    ("it", 0, "one_unhappy", "invoice", 3, 1, "IT"),
    ("es", 3, "mild", None, 3, 0, "ES"),
    ("fr", 3, "mild", None, 4, 0, "FR"),
    ("pt", 0, "mild", None, 3, 0, "PT"),
    ("fr", 4, "happy", None, 4, 0, "CH"),
    ("de", 1, "happy", None, 4, 0, "AT"),
    ("pt", 1, "happy", None, 4, 0, "PT"),
]


def b2b_routine(fam: Fam, c: Cust, at: datetime, kinds: list[str]) -> None:
    rng = fam.rng
    kind = rng.choice(kinds)
    if kind == "chat":
        q, a = rng.choice(wb.B2B_CHAT[c.lang])
        order = new_order(rng)
        add(fam, c, at, "chat", "chat", fill(q, order=order))
        ans = at + timedelta(minutes=rng.randint(1, 6))
        reply(fam, c, ans, "chat", a, order=order)
        if rng.random() < 0.6:
            add(
                fam,
                c,
                ans + timedelta(minutes=rng.randint(1, 4)),
                "chat",
                "chat",
                rng.choice(wh.THANKS[c.lang]),
            )
    elif kind == "hire":
        label, eur, slug = rng.choice(wb.B2B_PRODUCTS)
        page = f"/empresas/catalogo/{slug}"
        add(fam, c, at, "web", "page_view", attrs={"page": page})
        value, currency = price_attrs(eur, c.market)
        add(
            fam,
            c,
            at + timedelta(minutes=rng.randint(4, 20)),
            "web",
            "purchase",
            attrs={"order_value": value, "currency": currency, "product": label, "page": page},
        )
    elif kind == "portal":
        add(fam, c, at, "web", "page_view", attrs={"page": rng.choice(wb.PORTAL_PAGES)})
    elif kind == "praise":
        add(fam, c, at, "community", "post", choose_text(fam, c, wb.B2B_PRAISE[c.lang]))
    else:
        happy_survey(fam, c, at)


def weekday_time(fam: Fam, days: list[int], lo_min: int = 0, hi_min: int = 510) -> datetime:
    d = fam.rng.choice([x for x in days if (fam.start + timedelta(days=x)).weekday() < 5])
    return fam.t(d, 8, fam.rng.randint(lo_min, hi_min))


def b2b_accounts(fam: Fam) -> None:
    rng = fam.rng
    weekdays = [d for d in range(fam.days) if (fam.start + timedelta(days=d)).weekday() < 5]
    last_email_done = False
    for lang, ci, kind, problem, n_contacts, n_unhappy, market in ACCOUNT_PLAN:
        company, site, domain = wb.COMPANIES[lang][ci]
        while True:
            acc = f"MLE-{market}-{rng.randint(1000, 9999)}"
            if unique(acc):
                break
        taken: set[str] = set()
        contacts: list[Cust] = []
        for k in range(n_contacts):
            title = rng.choice(wb.JOB_TITLES)
            if kind == "at_risk" and k < n_unhappy:
                is_last = k == n_unhappy - 1
                exp = ["repeat_contact"] if is_last else ["detractor"]
                c = person(
                    fam,
                    lang,
                    "b2b_unhappy",
                    "complainer",
                    exp,
                    tol(AT_RISK_TOL, exp),
                    market=market,
                    job=title,
                    account=acc,
                    company_domain=domain,
                    taken_first=taken,
                )
            elif kind == "one_unhappy" and k == 0:
                c = person(
                    fam,
                    lang,
                    "b2b_one_unhappy",
                    "complainer",
                    ["detractor"],
                    ONE_UNHAPPY_TOL,
                    market=market,
                    job=title,
                    account=acc,
                    company_domain=domain,
                    taken_first=taken,
                )
            elif kind == "mild" and k < 2:
                c = person(
                    fam,
                    lang,
                    "b2b_mild",
                    "suggests",
                    [],
                    ["silence"],
                    market=market,
                    job=title,
                    account=acc,
                    company_domain=domain,
                    taken_first=taken,
                )
            else:
                c = person(
                    fam,
                    lang,
                    "b2b_happy",
                    "contact",
                    [],
                    [],
                    market=market,
                    job=title,
                    account=acc,
                    company_domain=domain,
                    taken_first=taken,
                )
            c.truth.update({"company": company, "role": c.truth["habit"], "job_title": title})
            contacts.append(c)
        for c in contacts:
            if c.truth["habit"] == "contact":
                for _ in range(rng.randint(2, 5)):
                    b2b_routine(
                        fam,
                        c,
                        weekday_time(fam, weekdays),
                        ["chat", "chat", "hire", "portal", "praise", "survey"],
                    )
            else:
                for _ in range(rng.randint(0, 2)):
                    b2b_routine(fam, c, weekday_time(fam, [0, 1]), ["chat", "hire", "portal"])
        account: Json = {
            "company": company,
            "site": site,
            "contacts": n_contacts,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": n_unhappy,
            "unhappy_contact_keys": [c.key for c in contacts[:n_unhappy]],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        if kind == "at_risk":
            assert problem is not None
            b2b_at_risk(
                fam, contacts[:n_unhappy], problem, company, account, use_email=not last_email_done
            )
            last_email_done = True
        elif kind == "one_unhappy":
            assert problem is not None
            c = contacts[0]
            at = fam.t(rng.choice([3, 4, 7]), rng.randint(9, 15), rng.randint(0, 59))
            eid, case = b2b_first(fam, c, at, problem, company)
            s_eid, value = low_survey(
                fam, c, at + timedelta(minutes=rng.randint(60, 180)), "nps", lang
            )
            c.truth.update(
                {
                    "problem": problem,
                    "booking": case,
                    "complaint_event_ids": [eid],
                    "trouble_starts_at": iso(at),
                    "nps_given": True,
                    "nps": value,
                    "survey_event_id": s_eid,
                }
            )
        elif kind == "mild":
            for c in contacts[:2]:
                at = weekday_time(fam, [d for d in weekdays if d >= 2], 0, 480)
                eid = add(
                    fam,
                    c,
                    at,
                    "web",
                    "ticket",
                    rng.choice(wb.SUGGESTIONS[lang]),
                    attrs={"page": "/empresas/portal/contacto"},
                )
                subj, body = wb.SUGGESTION_ACK[lang]
                reply(fam, c, at + timedelta(minutes=rng.randint(30, 120)), "email", body, subj)
                c.truth.update({"mild_event_id": eid, "trouble_starts_at": iso(at)})
        fam.accounts[acc] = account


def b2b_first(fam: Fam, c: Cust, at: datetime, problem: str, company: str) -> tuple[str, str]:
    subj, body = wb.FIRST_COMPLAINT[problem][c.lang]
    text = fill(
        body + wb.SIGN,
        amount=money(wb.B2B_EUR[problem], c.market, c.lang),
        name=c.name,
        job_title=c.truth["job_title"],
        company=company,
    )
    eid = add(fam, c, at, "email", "message", text, fill(subj, company=company))
    case = new_case(fam.rng)
    asubj, abody = wb.B2B_ACK[c.lang]
    reply(
        fam,
        c,
        at + timedelta(minutes=fam.rng.randint(10, 40)),
        "email",
        abody,
        asubj,
        case=case,
        company=company,
    )
    return eid, case


def b2b_at_risk(
    fam: Fam, complainers: list[Cust], problem: str, company: str, account: Json, use_email: bool
) -> None:
    rng = fam.rng
    lang = complainers[0].lang
    first = complainers[0]
    first_at = fam.t(2, rng.randint(8, 10), rng.randint(0, 59))
    eid, case = b2b_first(fam, first, first_at, problem, company)
    account["trouble_starts_at"] = iso(first_at)
    restate = wb.B2B_RESTATE[problem][lang]
    prev = first_at
    events: list[tuple[Cust, datetime, str]] = [(first, first_at, eid)]
    for c in complainers[1:]:
        at = office_safe(fam, prev + timedelta(minutes=rng.randint(8 * 60, 28 * 60)))
        when = (
            wb.THIS_MORNING[lang]
            if at.date() == first_at.date()
            else wb.WEEKDAY_WHEN[lang][first_at.weekday()]
        )
        subj, body = rng.choice(wb.LATER_COMPLAINT[lang])
        text = fill(
            body + wb.SIGN,
            colleague=first.first,
            when=when,
            case=case,
            restate=restate,
            name=c.name,
            job_title=c.truth["job_title"],
            company=company,
        )
        events.append(
            (
                c,
                at,
                add(fam, c, at, "email", "message", text, fill(subj, case=case, company=company)),
            )
        )
        prev = at
    for c, at, ev in events:
        c.truth.update(
            {
                "problem": problem,
                "booking": case,
                "complaint_event_ids": [ev],
                "trouble_starts_at": iso(at),
                "nps_given": False,
            }
        )
    for c, at, _ in events[:-1]:
        s_eid, value = low_survey(fam, c, at + timedelta(minutes=rng.randint(60, 180)), "nps", lang)
        c.truth.update({"nps_given": True, "nps": value, "survey_event_id": s_eid})
    last, last_at, _ = events[-1]
    again = office_safe(fam, last_at + timedelta(minutes=rng.randint(18 * 60, 40 * 60)))
    if use_email:
        comp = rng.choice(COMPETITORS)
        subj, body = wb.LAST_EMAIL[lang]
        text = fill(
            body + wb.SIGN,
            case=case,
            restate=restate,
            comp=comp,
            name=last.name,
            job_title=last.truth["job_title"],
            company=company,
        )
        r_eid = add(fam, last, again, "email", "message", text, fill(subj, case=case))
        last.truth["competitor"] = comp
    else:
        said = fill(wb.LAST_CALL[lang], company=company, case=case, restate=restate)
        r_eid = add(fam, last, again, "phone", "call", spoken(said, lang))
        last.truth["competitor"] = None
    last.truth["complaint_event_ids"].append(r_eid)
    last.truth.update(
        {"repeat_event_id": r_eid, "repeat_channel": "email" if use_email else "phone"}
    )


def topic_spike(fam: Fam) -> None:
    rng = fam.rng
    for _ in range(40):
        c = person(fam, pick_lang(rng), "happy", "day writer", [], [])
        for d in sorted(rng.sample(range(6), rng.randint(1, 4))):
            at = (
                fam.t(d, rng.randint(12, 18), rng.randint(0, 59))
                if d == 5
                else fam.t(d, rng.randint(7, 20), rng.randint(0, 59))
            )
            happy_act(fam, c, at)
    for lang in ("es", "fr"):
        c = person(fam, lang, "grumbles_once", "grumbles once", [], ["silence"])
        at = fam.t(0, rng.randint(10, 15), rng.randint(0, 59))
        text, answer = wt.CALM_GRUMBLE[lang]
        eid = add(fam, c, at, "chat", "chat", text)
        reply(fam, c, at + timedelta(minutes=rng.randint(1, 4)), "chat", answer)
        c.truth.update({"grumble_event_id": eid, "trouble_starts_at": iso(at)})
    for lang, hh, mm in (("es", 9, 40), ("fr", 16, 5)):
        c = person(fam, lang, "grumbles_once", "lone question", [], ["silence"])
        at = fam.t(4, hh, mm)
        q, a = wt.LONE_QUESTION[lang]
        eid = add(fam, c, at, "chat", "chat", q)
        reply(fam, c, at + timedelta(minutes=rng.randint(2, 5)), "chat", a)
        c.truth.update({"lone_report_event_id": eid, "trouble_starts_at": iso(at)})
    langs = ["es"] * 6 + ["fr"] * 6 + ["en", "en", "de", "de", "it", "it", "pt", "pt"]
    rng.shuffle(langs)
    channels = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(channels)
    minutes = [5, 30, *rng.sample(range(6, 30), 8), 50, *rng.sample(range(31, 50), 9)]
    minutes.sort()
    regular = set(rng.sample(range(20), 12))
    early = [i for i in range(20) if minutes[i] <= 30]
    second_channels = ["email", "email", "chat", "chat", "community", "community"]
    while True:
        repeaters = rng.sample(early, 6)
        rng.shuffle(second_channels)
        if all(channels[r] != ch for r, ch in zip(repeaters, second_channels, strict=True)):
            break
    second_of = dict(zip(repeaters, second_channels, strict=True))
    fixed = set(rng.sample([i for i in range(20) if i not in second_of], 6))
    keys: list[str] = []
    firsts: list[str] = []
    repeats: list[str] = []
    for i in range(20):
        lang = langs[i]
        rep = i in second_of
        c = person(
            fam,
            lang,
            "spike_repeater" if rep else "spike_reporter",
            "regular" if i in regular else "new",
            ["repeat_contact"] if rep else [],
            ["sentiment_drop", "silence"] if rep else ["silence"],
        )
        if i in regular:
            for _ in range(rng.randint(1, 3)):
                happy_act(
                    fam,
                    c,
                    fam.t(2, 8, rng.randint(0, 570)),
                    kinds=["chat", "email", "purchase", "page", "praise"],
                )
        at = fam.t(5, 8, minutes[i]) + timedelta(seconds=rng.randint(0, 59))
        eid = spike_message(
            fam,
            c,
            at,
            channels[i],
            choose_text(fam, c, wt.SPIKE_REPORT[lang]),
            wt.SPIKE_SUBJECT[lang],
        )
        keys.append(c.key)
        firsts.append(eid)
        c.truth.update(
            {
                "in_spike": True,
                "regular": i in regular,
                "spike_event_id": eid,
                "spike_channel": channels[i],
                "trouble_starts_at": iso(at),
                "agent_fixed": i in fixed,
            }
        )
        if rep:
            r_at = at + timedelta(minutes=rng.randint(15, 50))
            r_eid = spike_message(
                fam,
                c,
                r_at,
                second_of[i],
                choose_text(fam, c, wt.SPIKE_REPEAT[lang]),
                wt.SPIKE_REPEAT_SUBJECT[lang],
            )
            repeats.append(r_eid)
            c.truth.update({"repeat_event_id": r_eid})
        if i in fixed:
            fixed_local = fam.t(5, 10, 40) + timedelta(hours=NOV_OFFSET[c.market])
            subj, body = wt.SPIKE_FIXED[lang]
            reply(
                fam,
                c,
                fam.t(5, 11, rng.randint(5, 15)),
                "email",
                body,
                subj,
                time=fixed_local.strftime("%H:%M"),
                credit=money(10, c.market, lang),
            )
    report_times = [r.at for r in fam.rows if r.eid in firsts]
    fam.spike = {
        "topic": wt.SPIKE_TOPIC,
        "about": f"Saturday 14 November 2026, morning UTC: {BRAND}'s app rewrites orders' delivery address to the billing address and blocks edits with error {wt.SPIKE_CODE}; vans go to customers' homes instead of party venues",
        "channel": None,
        "start": iso(min(report_times)),
        "end": iso(max(report_times)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": firsts,
        "repeat_event_ids": repeats,
    }


def spike_message(fam: Fam, c: Cust, at: datetime, channel: str, text: str, subject: str) -> str:
    if channel == "email":
        return add(fam, c, at, "email", "message", text + f"\n\n{c.name}", subject)
    if channel == "chat":
        eid = add(fam, c, at, "chat", "chat", text)
        reply(
            fam,
            c,
            at + timedelta(minutes=fam.rng.randint(1, 3)),
            "chat",
            wt.SPIKE_CHAT_ANSWER[c.lang],
        )
        return eid
    if channel == "web":
        return add(fam, c, at, "web", "ticket", text, attrs={"page": "/ayuda/contacto"})
    if channel == "social":
        return add(fam, c, at, "social", "mention", text)
    return add(fam, c, at, "community", "post", text)


# --- writing ---------------------------------------------------------------------------

FAMILIES: list[tuple[str, str, str, int, str, Any, dict[str, int]]] = [
    (
        "happy_writers",
        "HW",
        "2026-03-23",
        10,
        "happy day writers, night writers and survey answerers",
        happy_writers,
        {},
    ),
    (
        "one_bad_day",
        "BD",
        "2026-04-20",
        12,
        "happy customers with one angry day about one of six problems, and controls",
        one_bad_day,
        {"detractor": 6},
    ),
    (
        "repeat_contacts",
        "RC",
        "2026-06-01",
        10,
        "problems raised two to four times, fixed cases, two different problems, frequent writers",
        repeat_contacts,
        {"repeat_contact": 12},
    ),
    (
        "slow_churners",
        "SC",
        "2026-07-06",
        32,
        "slow slides from a happy baseline, leavers, steady, steadily grumpy and sarcastic customers",
        slow_churners,
        {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
    ),
    (
        "quiet_hours",
        "QH",
        "2026-08-28",
        3,
        "a calm summer weekend with night-owl bursts and four mild grumbles",
        quiet_hours,
        {},
    ),
    (
        "bilingual",
        "BL",
        "2026-09-21",
        14,
        "customers writing in two languages: happy, repeat contacts, slides, one bad day, fixed",
        bilingual,
        {"repeat_contact": 5, "sentiment_drop": 5},
    ),
    (
        "b2b_accounts",
        "BB",
        "2026-10-12",
        14,
        "Mantelo Events accounts: five at risk, four with one unhappy contact, three with mild suggestions, three happy",
        b2b_accounts,
        {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    ),
    (
        "topic_spike",
        "TS",
        "2026-11-09",
        7,
        "a calm week and the planted spike on Saturday 14 November: delivery addresses rewritten, error ADR/77-B",
        topic_spike,
        {"topic_spike": 1, "repeat_contact": 6},
    ),
]


def identifiers(fam: Fam, row: Row, full: bool) -> Json:
    c = row.cust
    ids: Json = {
        "customer_id": None,
        "email": None,
        "phone": None,
        "handle": None,
        "account_id": c.account,
    }
    if full:
        ids.update(
            {"customer_id": c.key, "email": c.email, "phone": c.phone_written, "handle": c.handle}
        )
    elif row.channel == "phone":
        ids["phone"] = c.phone_written
    elif row.channel in ("social", "community"):
        if c.handle:
            ids["handle"] = c.handle if fam.rr.random() >= 0.2 else c.handle.lstrip("@")
        else:
            ids["email"] = c.email
    elif row.channel == "email":
        ids["email"] = c.email.upper() if fam.rr.random() < 1 / 12 else c.email
    else:
        ids["customer_id"] = c.key
    return ids


def expected_counts(fam: Fam) -> dict[str, int]:
    counts: dict[str, int] = {}
    for c in fam.custs.values():
        for r in c.truth["expected_rules"]:
            counts[r] = counts.get(r, 0) + 1
    for a in fam.accounts.values():
        for r in a["expected_rules"]:
            counts[r] = counts.get(r, 0) + 1
    if fam.spike:
        counts["topic_spike"] = 1
    return dict(sorted(counts.items()))


def build(n: int, spec: tuple[str, str, str, int, str, Any, dict[str, int]]) -> Fam:
    name, code, start, days, about, fn, planned = spec
    fam = Fam(n, name, code, datetime.fromisoformat(start).replace(tzinfo=UTC), days, about)
    fn(fam)
    got = expected_counts(fam)
    if got != dict(sorted(planned.items())):
        raise SystemExit(f"{name}: expected {got}, planned {planned}")
    for c in fam.custs.values():
        both = set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"])
        if both:
            raise SystemExit(f"{name}: {c.key} both expects and tolerates {both}")
        if not any(r.cust is c and r.direction == "inbound" for r in fam.rows):
            raise SystemExit(f"{name}: {c.key} has no inbound touchpoint")
    for r in fam.rows:
        if not (fam.start <= r.at < CUTOFF):
            raise SystemExit(f"{name}: {r.eid} at {r.at} outside the family")
    return fam


def write(fam: Fam) -> None:
    rows = sorted(fam.rows, key=lambda r: (r.at, r.seq))
    first_in: dict[str, str] = {}
    for r in rows:
        if r.direction == "inbound" and r.cust.key not in first_in:
            first_in[r.cust.key] = r.eid
    lines: list[str] = []
    for r in rows:
        full = r.direction == "outbound" or first_in[r.cust.key] == r.eid
        obj: Json = {
            "event_id": r.eid,
            "occurred_at": iso(r.at),
            "channel": r.channel,
            "kind": r.kind,
            "direction": r.direction,
            "customer": identifiers(fam, r, full),
            "text": r.text,
            "subject": r.subject,
            "scores": r.scores,
            "source": SOURCES[r.channel],
            "attributes": r.attrs,
        }
        lines.append(json.dumps(obj, ensure_ascii=False))
    (HERE / f"{fam.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    end = fam.start + timedelta(days=fam.days)
    last = rows[-1].at + timedelta(hours=1)
    end = max(end, last)
    if end > CUTOFF:
        raise SystemExit(f"{fam.name}: end {end} too late")
    truth: Json = {
        "config": {
            "family": fam.name,
            "about": fam.about,
            "business": f"{BRAND}: party and event kit hire for households (Mantelo Club membership) and, on account, Mantelo Events for firms; competitors {COMPETITORS[0]} and {COMPETITORS[1]} (invented)",
            "days": fam.days,
            "seed": SEED * 100 + fam.n,
            "written": WRITTEN,
            "expected": expected_counts(fam),
        },
        "start": iso(fam.start),
        "end": iso(end),
        "customers": {k: c.truth for k, c in sorted(fam.custs.items())},
        "accounts": dict(sorted(fam.accounts.items())),
        "spike": fam.spike,
        "journey": {},
        "expectations": {},
    }
    (HERE / f"{fam.name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )


def main() -> None:
    for n, spec in enumerate(FAMILIES, start=1):
        write(build(n, spec))


if __name__ == "__main__":
    main()
