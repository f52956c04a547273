# ruff: noqa: E501
"""Build the heldout52 scenario families (report only, never tune on them).

Standard library only. Run ``python make_heldout52.py`` from anywhere: it
imports its wording modules from its own directory and writes
``<family>.jsonl`` and ``<family>.truth.json`` next to itself. Two runs give
the same bytes.
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
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import wording_b2b as B  # noqa: E402
import wording_happy as H  # noqa: E402
import wording_trouble as T  # noqa: E402

SEED = 20261029
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
WRITTEN = "2026-12-02"
BUSINESS = "Tagliora: hair salons and barbers booked by app and web (deposits, Tagliora Club membership, hair-care shop); business arm Tagliora Backstage (hair and make-up teams on account)"

# ---------------------------------------------------------------- people

FIRST = {
    "de": (
        [
            "Anna",
            "Julia",
            "Katharina",
            "Sabine",
            "Lena",
            "Miriam",
            "Claudia",
            "Sandra",
            "Jasmin",
            "Petra",
            "Franziska",
            "Melanie",
            "Hannah",
            "Nicole",
            "Verena",
            "Birgit",
            "Tanja",
            "Laura",
            "Carina",
            "Elif",
            "Marlene",
            "Ines",
            "Daniela",
            "Stefanie",
            "Johanna",
        ],
        [
            "Thomas",
            "Michael",
            "Stefan",
            "Jan",
            "Markus",
            "Florian",
            "Tobias",
            "Andreas",
            "Matthias",
            "Kevin",
            "Daniel",
            "Lukas",
            "Felix",
            "Christian",
            "Oliver",
            "Sebastian",
            "Yusuf",
            "Dominik",
            "Philipp",
            "Martin",
        ],
    ),
    "it": (
        [
            "Giulia",
            "Francesca",
            "Chiara",
            "Sara",
            "Valentina",
            "Federica",
            "Martina",
            "Elisa",
            "Alessandra",
            "Silvia",
            "Paola",
            "Roberta",
            "Laura",
            "Serena",
            "Ilenia",
            "Beatrice",
            "Claudia",
            "Monica",
            "Eleonora",
            "Simona",
            "Noemi",
            "Rita",
            "Lucia",
            "Veronica",
        ],
        [
            "Marco",
            "Luca",
            "Andrea",
            "Matteo",
            "Alessandro",
            "Davide",
            "Simone",
            "Stefano",
            "Fabio",
            "Giorgio",
            "Paolo",
            "Riccardo",
            "Lorenzo",
            "Emanuele",
            "Nicola",
            "Massimo",
            "Pietro",
            "Daniele",
            "Filippo",
            "Tommaso",
        ],
    ),
    "en": (
        [
            "Sarah",
            "Emma",
            "Claire",
            "Niamh",
            "Sophie",
            "Laura",
            "Rachel",
            "Chloe",
            "Aoife",
            "Gemma",
            "Hannah",
        ],
        ["James", "Daniel", "Conor", "Liam", "Tom", "Ben", "Ciaran", "Owen", "Matt", "Sean"],
    ),
    "fr": (
        [
            "Camille",
            "Léa",
            "Manon",
            "Julie",
            "Sophie",
            "Chloé",
            "Élodie",
            "Aurélie",
            "Marion",
            "Pauline",
            "Amandine",
        ],
        [
            "Thomas",
            "Nicolas",
            "Julien",
            "Maxime",
            "Antoine",
            "Hugo",
            "Mathieu",
            "Romain",
            "Kevin",
            "Olivier",
        ],
    ),
    "es": (
        [
            "Lucía",
            "María",
            "Laura",
            "Marta",
            "Paula",
            "Cristina",
            "Elena",
            "Sara",
            "Alba",
            "Nuria",
            "Raquel",
        ],
        [
            "Javier",
            "David",
            "Sergio",
            "Pablo",
            "Álvaro",
            "Carlos",
            "Jorge",
            "Adrián",
            "Rubén",
            "Iván",
        ],
    ),
    "pt": (
        [
            "Ana",
            "Beatriz",
            "Mariana",
            "Inês",
            "Joana",
            "Catarina",
            "Sofia",
            "Rita",
            "Marta",
            "Carolina",
        ],
        ["João", "Pedro", "Tiago", "Rui", "Miguel", "Diogo", "Ricardo", "Nuno", "André", "Bruno"],
    ),
}

LAST = {
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
        "Richter",
        "Klein",
        "Wolf",
        "Schröder",
        "Neumann",
        "Schwarz",
        "Zimmermann",
        "Braun",
        "Krüger",
        "Hartmann",
        "Lange",
        "Werner",
        "Krause",
        "Lehmann",
        "Köhler",
        "Huber",
        "Gruber",
        "Steiner",
        "Brunner",
        "Moser",
        "Egger",
        "Keller",
        "Frei",
        "Graf",
        "Baumann",
        "Aydin",
        "Kovacevic",
        "Nowak",
        "Yilmaz",
        "Demir",
        "Lorenz",
        "Pichler",
        "Lindner",
        "Vogel",
        "Seidel",
        "Haas",
        "Berger",
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
        "Mancini",
        "Costa",
        "Giordano",
        "Rizzo",
        "Lombardi",
        "Moretti",
        "Barbieri",
        "Fontana",
        "Santoro",
        "Mariani",
        "Rinaldi",
        "Caruso",
        "Ferrara",
        "Galli",
        "Martini",
        "Leone",
        "Longo",
        "Gentile",
        "Martinelli",
        "Vitale",
        "Serra",
        "Coppola",
        "De Santis",
        "D'Angelo",
        "Marchetti",
        "Parisi",
        "Villa",
        "Conte",
        "Ferri",
        "Fabbri",
        "Bassi",
        "Pellegrini",
        "Palumbo",
        "Sanna",
        "Farina",
        "Rizzi",
    ],
    "en": [
        "Smith",
        "Jones",
        "Taylor",
        "Brown",
        "Williams",
        "Wilson",
        "Murphy",
        "Kelly",
        "O'Brien",
        "Byrne",
        "Walsh",
        "Evans",
        "Roberts",
        "Hughes",
        "Ryan",
        "Doyle",
        "Clarke",
        "Patel",
        "Wright",
        "McCarthy",
        "Lynch",
        "Hall",
        "Green",
    ],
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Robert",
        "Richard",
        "Petit",
        "Durand",
        "Leroy",
        "Moreau",
        "Simon",
        "Laurent",
        "Lefebvre",
        "Michel",
        "Garcia",
        "Bertrand",
        "Roux",
        "Vincent",
        "Fournier",
        "Morel",
        "Girard",
        "Mercier",
        "Dupont",
        "Lambert",
        "Peeters",
        "Janssens",
        "Maes",
    ],
    "es": [
        "García",
        "Rodríguez",
        "González",
        "Fernández",
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
        "Domínguez",
        "Vázquez",
        "Ramos",
        "Gil",
        "Serrano",
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
    ],
}

MARKETS = {
    "de": [("DE", 60), ("AT", 25), ("CH", 15)],
    "it": [("IT", 85), ("CH", 15)],
    "en": [("UK", 70), ("IE", 30)],
    "fr": [("FR", 60), ("BE", 25), ("CH", 10), ("LU", 5)],
    "es": [("ES", 100)],
    "pt": [("PT", 100)],
}

TOWNS = {
    "DE": [
        "Freiburg",
        "Leipzig",
        "Münster",
        "Augsburg",
        "Kassel",
        "Mainz",
        "Bremen",
        "Nürnberg",
        "Heidelberg",
        "Erfurt",
        "Regensburg",
        "Potsdam",
        "Bielefeld",
        "Karlsruhe",
    ],
    "AT": ["Graz", "Linz", "Salzburg", "Innsbruck", "Klagenfurt", "Wien-Neubau", "St. Pölten"],
    "IT": [
        "Bologna",
        "Torino",
        "Verona",
        "Padova",
        "Bergamo",
        "Parma",
        "Firenze",
        "Bari",
        "Trento",
        "Modena",
        "Brescia",
        "Pescara",
        "Udine",
    ],
    "UK": [
        "Leeds",
        "Bristol",
        "Nottingham",
        "Brighton",
        "Cardiff",
        "York",
        "Sheffield",
        "Edinburgh",
    ],
    "IE": ["Cork", "Galway", "Limerick", "Dublin 6", "Kilkenny"],
    "FR": ["Lyon", "Nantes", "Rennes", "Lille", "Grenoble", "Tours", "Dijon", "Montpellier"],
    "BE": ["Liège", "Namur", "Ixelles", "Charleroi", "Mons"],
    "LU": ["Luxembourg-Ville", "Esch-sur-Alzette"],
    "ES": [
        "Zaragoza",
        "Valencia",
        "Bilbao",
        "Málaga",
        "Valladolid",
        "Alicante",
        "Granada",
        "Murcia",
    ],
    "PT": ["Lisboa", "Porto", "Braga", "Coimbra", "Aveiro", "Setúbal", "Faro"],
    "CH": ["Zürich", "Bern", "Basel", "Luzern", "Winterthur", "St. Gallen"],
}
TOWNS_BY_LANG = {
    ("CH", "it"): ["Lugano", "Bellinzona", "Locarno"],
    ("CH", "fr"): ["Lausanne", "Genève", "Neuchâtel", "Fribourg"],
    ("IT", "de"): ["Bozen", "Meran", "Brixen"],
    ("LU", "de"): ["Luxembourg-Ville", "Ettelbruck"],
}

DOMAINS = {
    "DE": ["web.example", "gmx.example", "t-online.example", "posteo.example", "mailbox.example"],
    "AT": ["gmx.example", "aon.example", "chello.example"],
    "CH": ["bluewin.example", "gmx.example", "sunrise.example"],
    "IT": [
        "libero.example",
        "tiscali.example",
        "alice.example",
        "virgilio.example",
        "gmail.example",
    ],
    "UK": ["btinternet.example", "outlook.example", "gmail.example"],
    "IE": ["eircom.example", "gmail.example"],
    "FR": ["orange.example", "free.example", "laposte.example"],
    "BE": ["skynet.example", "telenet.example"],
    "LU": ["post.example", "pt.example"],
    "ES": ["telefonica.example", "gmail.example", "yahoo.example"],
    "PT": ["sapo.example", "clix.example", "gmail.example"],
}

# (country code, mobile prefixes, digits after the prefix)
PHONES = {
    "DE": ("49", ["151", "152", "160", "170", "171", "176", "178"], 8),
    "AT": ("43", ["664", "660", "676", "699", "650"], 7),
    "CH": ("41", ["76", "77", "78", "79"], 7),
    "IT": ("39", ["320", "328", "333", "338", "347", "349", "366", "380", "392"], 7),
    "UK": ("44", ["74", "75", "77", "78", "79"], 8),
    "IE": ("353", ["83", "85", "86", "87", "89"], 7),
    "FR": ("33", ["6", "7"], 8),
    "BE": ("32", ["470", "472", "475", "477", "479", "485", "486", "488", "494", "496", "498"], 6),
    "LU": ("352", ["621", "661", "671", "691"], 6),
    "ES": ("34", ["6", "7"], 8),
    "PT": ("351", ["91", "92", "93", "96"], 7),
}

JOBS = [
    "nurse",
    "bus driver",
    "primary school teacher",
    "software developer",
    "accountant",
    "shop assistant",
    "pharmacist",
    "electrician",
    "student",
    "retired",
    "architect",
    "chef",
    "physiotherapist",
    "police officer",
    "baker",
    "social worker",
    "engineer",
    "journalist",
    "logistics clerk",
    "dental assistant",
    "bank clerk",
    "translator",
    "farmer",
    "call-centre agent",
    "lab technician",
]
NIGHT_JOBS = [
    "nurse on night shifts",
    "new parent",
    "baker",
    "hotel night porter",
    "taxi driver",
    "security guard",
    "student",
    "freelance illustrator",
]

LANG_NAME = {
    "de": "German",
    "it": "Italian",
    "en": "English",
    "fr": "French",
    "es": "Spanish",
    "pt": "Portuguese",
}

SOURCE = {
    "email": "tagliora-mail",
    "phone": "tagliora-voice",
    "social": "tagliora-social",
    "community": "tagliora-forum",
    "chat": "tagliora-chat",
    "web": "tagliora-web",
    "survey": "tagliora-survey",
}

# Identifiers already given, over the whole set.
TAKEN: set[str] = set()


def take(value: str) -> bool:
    if value in TAKEN:
        return False
    TAKEN.add(value)
    return True


def ascii_fold(text: str) -> str:
    text = (
        text.replace("ß", "ss")
        .replace("ä", "ae")
        .replace("ö", "oe")
        .replace("ü", "ue")
        .replace("Ä", "Ae")
        .replace("Ö", "Oe")
        .replace("Ü", "Ue")
    )
    norm = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in norm if not unicodedata.combining(ch))


def slug(text: str) -> str:
    return "".join(ch for ch in ascii_fold(text).lower() if ch.isalnum())


def money(eur: float, market: str, lang: str, spoken: bool = False) -> str:
    if market == "UK":
        n = round(eur * 0.87)
        return f"{n} pounds" if spoken else f"£{n}"
    if market == "CH":
        n = round(eur * 0.95)
        if spoken:
            return {"de": f"{n} Franken", "it": f"{n} franchi"}.get(lang, f"{n} francs")
        return f"{n} CHF" if lang == "fr" else f"CHF {n}"
    n = round(eur)
    if spoken:
        return {"de": f"{n} Euro", "it": f"{n} euro", "en": f"{n} euro"}.get(lang, f"{n} euros")
    return f"€{n}" if lang == "en" else f"{n} €"


def currency(market: str) -> str:
    return {"UK": "GBP", "CH": "CHF"}.get(market, "EUR")


def price(eur: float, market: str) -> str:
    if market == "UK":
        return f"{round(eur * 0.87):.2f}"
    if market == "CH":
        return f"{round(eur * 0.95):.2f}"
    return f"{eur:.2f}"


def iso(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# ---------------------------------------------------------------- records


@dataclass
class Cust:
    key: str
    first: str
    last: str
    female: bool
    lang: str
    market: str
    town: str
    stylist: str
    comp: str
    email: str
    phone: str
    handle: str | None
    job: str
    account: str | None = None
    segment: str = "consumer"
    persona: str = "happy"
    habit: str = "day writer"
    expected: list[str] = field(default_factory=list)
    tolerated: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)


@dataclass
class Row:
    eid: str
    when: datetime
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
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name = name
        self.code = code
        self.start = start
        self.days = days
        self.about = about
        self.rng = random.Random(SEED * 100 + n)
        self.rng2 = random.Random(SEED * 100 + 50 + n)
        self.customers: list[Cust] = []
        self.rows: list[Row] = []
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.counter = 10000

    # -- times
    def at(self, day: float, hour: int, minute: int = 0) -> datetime:
        return self.start + timedelta(
            days=day, hours=hour, minutes=minute, seconds=self.rng.randint(0, 59)
        )

    def day_time(self, day: int, h0: float, h1: float) -> datetime:
        lo, hi = int(h0 * 60), int(h1 * 60) - 1
        return self.start + timedelta(
            days=day, minutes=self.rng.randint(lo, hi), seconds=self.rng.randint(0, 59)
        )

    def night_time(self, night: int) -> datetime:
        return self.start + timedelta(
            days=night,
            minutes=self.rng.randint(22 * 60 + 10, 28 * 60 + 30),
            seconds=self.rng.randint(0, 59),
        )

    def out_of_night(self, dt: datetime) -> datetime:
        if dt.hour >= 22:
            nxt = dt + timedelta(days=1)
            return nxt.replace(hour=8, minute=self.rng.randint(0, 59))
        if dt.hour < 7:
            return dt.replace(hour=8, minute=self.rng.randint(0, 59))
        return dt

    def office(self, dt: datetime, last_hour: int = 17) -> datetime:
        while dt.weekday() >= 5 or dt.hour >= last_hour or dt.hour < 8:
            if dt.weekday() >= 5 or dt.hour >= last_hour:
                dt = (dt + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 50))
            else:
                dt = dt.replace(hour=8, minute=self.rng.randint(0, 50))
        return dt

    def mins(self, a: int, b: int) -> timedelta:
        return timedelta(minutes=self.rng.randint(a, b), seconds=self.rng.randint(0, 59))

    # -- people
    def person(
        self,
        lang: str | None = None,
        market: str | None = None,
        female: bool | None = None,
        account: str | None = None,
        domain: str | None = None,
        job: str | None = None,
        taken_first: set[str] | None = None,
    ) -> Cust:
        rng = self.rng
        if lang is None:
            lang = rng.choices(list(LANG_WEIGHTS), weights=list(LANG_WEIGHTS.values()))[0]
        if market is None:
            opts = MARKETS[lang]
            market = rng.choices([m for m, _ in opts], weights=[w for _, w in opts])[0]
        if female is None:
            female = rng.random() < 0.6
        names = FIRST[lang][0 if female else 1]
        while True:
            first = rng.choice(names)
            last = rng.choice(LAST[lang])
            if taken_first is not None and first in taken_first:
                continue
            break
        if taken_first is not None:
            taken_first.add(first)
        towns = TOWNS_BY_LANG.get((market, lang), TOWNS[market])
        town = rng.choice(towns)
        while True:
            key = f"TG{self.code}{rng.randint(1000, 9999)}"
            if take("id:" + key):
                break
        f, la = slug(first), slug(last)
        n = 0
        while True:
            if domain is not None:
                local = f"{f}.{la}" if n == 0 else f"{f}.{la}{n}"
                email = f"{local}@{domain}"
            else:
                style = rng.randint(0, 4)
                num = rng.randint(1, 99)
                local = [
                    f"{f}.{la}",
                    f"{f}{la}{num}",
                    f"{f[0]}.{la}",
                    f"{la}.{f}",
                    f"{f}_{la}{num}",
                ][style]
                email = f"{local}@{rng.choice(DOMAINS[market])}"
            if take("email:" + email):
                break
            n += 1
        cc, prefixes, rest = PHONES[market]
        while True:
            digits = rng.choice(prefixes) + "".join(str(rng.randint(0, 9)) for _ in range(rest))
            phone = f"+{cc}{digits}"
            if take("phone:" + phone):
                break
        handle = None
        if account is None:
            while True:
                style = rng.randint(0, 4)
                num = rng.randint(1, 99)
                handle = [
                    f"{f}{la}{num}",
                    f"{la}_{f}",
                    f"{f}.{la[0]}",
                    f"{f}_{la}{num % 10}",
                    f"{la}{f[:3]}",
                ][style]
                if take("handle:" + handle):
                    break
        c = Cust(
            key=key,
            first=first,
            last=last,
            female=female,
            lang=lang,
            market=market,
            town=town,
            stylist=rng.choice(H.STYLISTS[lang]),
            comp=rng.choice(H.COMPETITORS),
            email=email,
            phone=phone,
            handle=handle,
            job=job or rng.choice(JOBS),
            account=account,
            segment="b2b" if account else "consumer",
        )
        self.customers.append(c)
        return c

    def case(self) -> str:
        while True:
            ref = f"TG-{self.rng.randint(100000, 999999)}"
            if take("case:" + ref):
                return ref

    # -- touchpoints
    def add(
        self,
        c: Cust,
        when: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        out: bool = False,
        scores: dict[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
        rough: bool = True,
    ) -> str:
        self.counter += 1
        eid = f"tg52-{self.code.lower()}-{self.counter:05d}"
        at: dict[str, str] = {"market": c.market}
        if c.segment == "b2b":
            at["segment"] = "b2b"
        if attrs:
            at.update(attrs)
        if text is not None and not out:
            if channel == "social" and c.segment == "consumer":
                text = at_mention(text)
            if rough and channel not in ("phone", "survey"):
                text = roughen(text, self.rng2)
        self.rows.append(
            Row(
                eid=eid,
                when=when,
                cust=c,
                channel=channel,
                kind=kind,
                direction="outbound" if out else "inbound",
                text=text,
                subject=subject,
                scores=scores or {"nps": None, "csat": None, "ces": None},
                attrs=at,
            )
        )
        return eid


LANG_WEIGHTS = {"de": 30, "it": 30, "en": 10, "fr": 10, "es": 10, "pt": 10}


def at_mention(text: str) -> str:
    i = text.rfind("Tagliora")
    if i < 0:
        return "@Tagliora " + text
    return text[:i] + "@" + text[i:]


def strip_accents(text: str) -> str:
    out = []
    for ch in text:
        if ch in "ßñÑ":
            out.append(ch)
            continue
        if ch in "äöüÄÖÜ":
            out.append({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}[ch])
            continue
        norm = unicodedata.normalize("NFD", ch)
        out.append("".join(x for x in norm if not unicodedata.combining(x)))
    return "".join(out)


def roughen(text: str, rng: random.Random) -> str:
    """Dropped accents, a lower-case start, two swapped letters: sometimes."""
    if rng.random() < 0.10:
        text = strip_accents(text)
    if (
        rng.random() < 0.12
        and text[:1].isalpha()
        and text[:1].isupper()
        and not text.startswith("Tagliora")
    ):
        text = text[0].lower() + text[1:]
    if rng.random() < 0.14:
        words = text.split(" ")
        spots = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
        if spots:
            i = rng.choice(spots)
            w = words[i]
            j = rng.randint(1, len(w) - 3)
            if w[j] != w[j + 1]:
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
    return text


def fill(template: str, c: Cust, **extra: Any) -> str:
    ctx: dict[str, Any] = {
        "first": c.first,
        "last": c.last,
        "town": c.town,
        "stylist": c.stylist,
        "comp": c.comp,
        "o": "a" if c.female else "o",
        "e": "e" if c.female else "",
    }
    ctx.update(extra)
    return template.format_map(ctx)


def agent(fam: Fam, lang: str) -> tuple[str, str]:
    name = fam.rng.choice(H.AGENTS[lang])
    return name, H.SIGN[lang].format(agent=name)


def pick(fam: Fam, c: Cust, table: str, options: list[Any]) -> Any:
    free = [i for i in range(len(options)) if f"{table}:{i}" not in c.used]
    if not free:
        free = list(range(len(options)))
    i = fam.rng.choice(free)
    c.used.add(f"{table}:{i}")
    return options[i]


# ---------------------------------------------------------------- happy acts

CONSUMER_KINDS = [
    ("praise", 3),
    ("again", 1),
    ("gripe", 1),
    ("chat", 3),
    ("mail", 1),
    ("call", 1),
    ("buy", 3),
    ("view", 2),
    ("review", 1),
]
FREQUENT_KINDS = [("chat", 4), ("mail", 3), ("call", 2), ("buy", 1), ("view", 1), ("praise", 1)]


def happy_kind(fam: Fam, surveys: bool = False, kinds: list[tuple[str, int]] | None = None) -> str:
    opts = list(kinds or CONSUMER_KINDS)
    if surveys:
        opts.append(("survey", 2))
    return fam.rng.choices([k for k, _ in opts], weights=[w for _, w in opts])[0]


def survey(
    fam: Fam, c: Cust, when: datetime, typ: str, value: int, words: list[str], p_word: float = 0.55
) -> str:
    text = fam.rng.choice(words) if fam.rng.random() < p_word else None
    scores: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
    scores[typ] = value
    return fam.add(
        c,
        when,
        "survey",
        "survey_response",
        text,
        scores=scores,
        attrs={"survey": typ},
        rough=False,
    )


TABLES = {
    "praise": H.PRAISE,
    "again": H.PRAISE_AGAIN,
    "gripe": H.PRAISE_GRIPE,
    "night_post": H.NIGHT_POST,
    "chat": H.CHAT_Q,
    "night_chat": H.NIGHT_CHAT,
    "mail": H.MAIL_Q,
    "call": H.CALL_Q,
    "review": H.REVIEWS,
}


def spent(c: Cust, kind: str, lang: str) -> bool:
    """True when the customer has already used every wording of this kind."""
    if kind not in TABLES:
        return False
    return all(f"{kind}{lang}:{i}" in c.used for i in range(len(TABLES[kind][lang])))


def happy(fam: Fam, c: Cust, when: datetime, kind: str, lang: str | None = None) -> str:
    """One happy act (with the agent's answer and a thanks where it has them)."""
    lang = lang or c.lang
    rng = fam.rng
    if spent(c, kind, lang):
        other = {"night_post": "night_chat", "night_chat": "night_post"}.get(kind)
        kind = other if other and not spent(c, other, lang) else rng.choice(["buy", "view"])
    if kind in ("praise", "again", "gripe", "night_post"):
        table = {
            "praise": H.PRAISE,
            "again": H.PRAISE_AGAIN,
            "gripe": H.PRAISE_GRIPE,
            "night_post": H.NIGHT_POST,
        }[kind][lang]
        text = fill(pick(fam, c, kind + lang, table), c)
        ch = rng.choice(["social", "community"])
        return fam.add(c, when, ch, "mention" if ch == "social" else "post", text)
    if kind in ("chat", "night_chat"):
        table = H.CHAT_Q[lang] if kind == "chat" else H.NIGHT_CHAT[lang]
        q, a = pick(fam, c, kind + lang, table)
        eid, t = ask_chat(fam, c, when, lang, fill(q, c), fill(a, c))
        if rng.random() < (0.6 if kind == "chat" else 0.7):
            fam.add(c, t + fam.mins(1, 3), "chat", "chat", fill(rng.choice(H.THANKS[lang]), c))
        return eid
    if kind == "mail":
        subj, body, ans = pick(fam, c, "mail" + lang, H.MAIL_Q[lang])
        eid = fam.add(c, when, "email", "message", fill(body, c), subject=subj)
        t = fam.out_of_night(when + fam.mins(60, 300))
        agent_mail(fam, c, t, lang, (T.REPLY[lang] + subj, ans))
        return eid
    if kind == "call":
        said, fsubj, fbody = pick(fam, c, "call" + lang, H.CALL_Q[lang])
        eid = fam.add(c, when, "phone", "call", fill(said, c))
        t = fam.out_of_night(when + fam.mins(10, 60))
        agent_mail(fam, c, t, lang, (fsubj, fbody))
        return eid
    if kind == "buy":
        products = B.PRODUCTS if c.segment == "b2b" else H.PRODUCTS
        label, eur, page = rng.choice(products)
        eid = fam.add(c, when, "web", "page_view", attrs={"page": page})
        attrs = {
            "order_value": price(eur, c.market),
            "currency": currency(c.market),
            "product": label,
            "page": page,
        }
        fam.add(c, when + fam.mins(2, 15), "web", "purchase", attrs=attrs)
        return eid
    if kind == "view":
        pages = B.PAGES if c.segment == "b2b" else H.PAGES
        return fam.add(c, when, "web", "page_view", attrs={"page": rng.choice(pages)})
    if kind == "review":
        rating, text = pick(fam, c, "review" + lang, H.REVIEWS[lang])
        return fam.add(
            c,
            when,
            "web",
            "review",
            fill(text, c),
            attrs={"rating": str(rating), "page": rng.choice(H.REVIEW_PAGES)},
        )
    if kind == "survey":
        typ = rng.choice(["nps", "csat", "ces"])
        value = {
            "nps": rng.choice([9, 10, 10]),
            "csat": rng.choice([4, 5, 5]),
            "ces": rng.choice([6, 7]),
        }[typ]
        return survey(fam, c, when, typ, value, H.SURVEY_WORDS[lang][typ])
    raise ValueError(kind)


def b2b_routine(fam: Fam, c: Cust, when: datetime, kind: str) -> str:
    lang = c.lang
    rng = fam.rng
    if kind == "praise" and all(f"b2bpraise:{i}" in c.used for i in range(len(B.PRAISE[lang]))):
        kind = "view"
    if kind == "chat" and all(f"b2bchat:{i}" in c.used for i in range(len(B.CHAT_Q[lang]))):
        kind = "buy"
    if kind == "chat":
        q, a = pick(fam, c, "b2bchat", B.CHAT_Q[lang])
        eid, t = ask_chat(fam, c, when, lang, q, a, 1, 6)
        if rng.random() < 0.6:
            fam.add(c, t + fam.mins(1, 4), "chat", "chat", rng.choice(B.THANKS[lang]))
        return eid
    if kind == "praise":
        return fam.add(c, when, "community", "post", pick(fam, c, "b2bpraise", B.PRAISE[lang]))
    return happy(fam, c, when, kind)


# ---------------------------------------------------------------- trouble


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def pctx(c: Cust, problem: str, lang: str, spoken: bool = False, day: str = "") -> dict[str, str]:
    amt = T.AMOUNT[problem]
    return {
        "amt": money(amt, c.market, lang, spoken),
        "paid": money(68, c.market, lang, spoken),
        "should": money(58, c.market, lang, spoken),
        "day": day,
    }


FORM_CHANNEL = {
    "long": "email",
    "mail": "email",
    "chat": "chat",
    "social": "social",
    "form": "web",
    "call": "phone",
}


def problem_contact(
    fam: Fam, c: Cust, when: datetime, problem: str, form: str, lang: str
) -> tuple[str, str | None]:
    """The first complaint about a problem; returns its event id and e-mail subject."""
    p = T.P[problem][lang]
    if form == "long":
        day = H.WEEKDAYS[lang][(when - timedelta(days=2)).weekday()]
        ctx = pctx(c, problem, lang, day=day)
        body = "\n\n".join(
            [
                fill(pick(fam, c, "longopen", T.LONG_OPEN[lang]), c, **ctx),
                fill(T.LONG_CORE[lang][problem], c, **ctx),
                fill(pick(fam, c, "longclose", T.LONG_CLOSE[lang]), c, **ctx),
            ]
        )
        subject = T.LONG_SUBJECT[lang].format(topic=p["topic"])
        return fam.add(c, when, "email", "message", body, subject=subject), subject
    if form == "mail":
        subject = fam.rng.choice(T.SUBJECT[lang]).format(topic=p["topic"])
        return fam.add(
            c,
            when,
            "email",
            "message",
            fill(p["mail"], c, **pctx(c, problem, lang)),
            subject=subject,
        ), subject
    if form == "chat":
        return fam.add(c, when, "chat", "chat", fill(p["chat"], c, **pctx(c, problem, lang))), None
    if form == "social":
        return fam.add(
            c, when, "social", "mention", fill(p["social"], c, **pctx(c, problem, lang))
        ), None
    if form == "form":
        return fam.add(
            c,
            when,
            "web",
            "ticket",
            fill(p["form"], c, **pctx(c, problem, lang)),
            subject=p["topic"],
            attrs={"page": "/help/contact"},
        ), p["topic"]
    if form == "call":
        return fam.add(
            c, when, "phone", "call", fill(p["call"], c, **pctx(c, problem, lang, spoken=True))
        ), None
    raise ValueError(form)


def agent_mail(
    fam: Fam, c: Cust, when: datetime, lang: str, template: tuple[str, str], **extra: Any
) -> tuple[str, str]:
    """An agent's e-mail from a (subject, body) template; returns its id and subject."""
    name, sign = agent(fam, lang)
    subject = fill(template[0], c, **extra)
    body = fill(template[1], c, sign=sign, **extra)
    eid = fam.add(
        c, when, "email", "message", body, subject=subject, out=True, attrs={"agent": name}
    )
    return eid, subject


def agent_chat(fam: Fam, c: Cust, when: datetime, lang: str, text: str) -> str:
    name, _ = agent(fam, lang)
    return fam.add(c, when, "chat", "chat", text, out=True, attrs={"agent": name})


def ask_chat(
    fam: Fam, c: Cust, when: datetime, lang: str, text: str, answer: str, a: int = 1, b: int = 5
) -> tuple[str, datetime]:
    """A chat message and the agent's answer a-b minutes later."""
    eid = fam.add(c, when, "chat", "chat", text)
    name, _ = agent(fam, lang)
    t = when + fam.mins(a, b)
    fam.add(c, t, "chat", "chat", answer, out=True, attrs={"agent": name})
    return eid, t


def case_reply(
    fam: Fam, c: Cust, when: datetime, chat: bool, case: str, lang: str
) -> tuple[str, str]:
    """The agent's 'case opened' answer: in chat, or by e-mail 10-40 minutes later."""
    if chat:
        eid = agent_chat(fam, c, when + fam.mins(1, 4), lang, T.CHAT_CASE[lang].format(case=case))
        return eid, T.CASE_OPENED[lang][0].format(case=case)
    t = fam.out_of_night(when + fam.mins(10, 40))
    return agent_mail(fam, c, t, lang, T.CASE_OPENED[lang], case=case)


def escalate(fam: Fam, c: Cust, when: datetime, case: str, lang: str) -> tuple[str, str]:
    manager = fam.rng.choice(T.MANAGERS[lang])
    t = fam.out_of_night(when + fam.mins(90, 150))
    return agent_mail(fam, c, t, lang, T.ESCALATED[lang], case=case, manager=manager)


def good_news(
    fam: Fam, c: Cust, when: datetime, case: str, problem: str, lang: str
) -> tuple[str, str]:
    fix = fill(T.P[problem][lang]["fix"], c, **pctx(c, problem, lang))
    return agent_mail(fam, c, when, lang, T.GOOD_NEWS[lang], case=case, fix=fix)


def confirm(
    fam: Fam, c: Cust, when: datetime, channel: str, case: str, lang: str, subject: str
) -> str:
    text = fill(pick(fam, c, "confirm" + lang, T.CONFIRM[lang]), c, case=case)
    if channel == "email":
        return fam.add(c, when, "email", "message", text, subject=T.REPLY[lang] + subject)
    return ask_chat(fam, c, when, lang, text, T.CONFIRM_ANSWER[lang], 1, 3)[0]


def apology_chat(fam: Fam, c: Cust, at: datetime, text: str, lang: str) -> str:
    """An apology the day after, in chat, and the agent's kind answer."""
    return ask_chat(fam, c, at, lang, text, T.APOLOGY_ANSWER[lang], 1, 4)[0]


def later_contact(
    fam: Fam,
    c: Cust,
    when: datetime,
    channel: str,
    n: int,
    problem: str,
    case: str,
    lang: str,
    case_subject: str,
) -> str:
    """A later contact about the same open case (n = 2, 3 or 4)."""
    restate = fill(T.P[problem][lang]["restate"], c, **pctx(c, problem, lang))
    if channel == "phone":
        said = fill(T.LATER_CALL[lang][n], c, case=case, restate=restate)
        return fam.add(c, when, "phone", "call", said)
    text = fill(
        pick(fam, c, f"later{n}{lang}", T.LATER[lang][n]), c, case=case, restate=cap(restate)
    )
    if channel == "email":
        return fam.add(c, when, "email", "message", text, subject=case_subject)
    if channel == "chat":
        return ask_chat(fam, c, when, lang, text, T.LATER_CHAT_ANSWER[lang].format(case=case))[0]
    if channel == "web":
        return fam.add(
            c, when, "web", "ticket", text, subject=case, attrs={"page": "/help/contact"}
        )
    if channel == "social":
        return fam.add(c, when, "social", "mention", text)
    raise ValueError(channel)


def low_survey(fam: Fam, c: Cust, when: datetime, typ: str, lang: str) -> tuple[str, int]:
    if typ == "nps":
        value = fam.rng.randint(1, 5)
        return survey(fam, c, when, "nps", value, T.LOW_NPS[lang], 0.6), value
    value = fam.rng.randint(1, 2)
    return survey(fam, c, when, "csat", value, T.LOW_CSAT[lang], 0.5), value


def slide_text(c: Cust, k: int, lang: str) -> str:
    a = T.SLIDE_AMOUNTS
    return fill(
        T.SLIDE[lang][k],
        c,
        m_club=money(a["m_club"], c.market, lang),
        m_tone=money(a["m_tone"], c.market, lang),
        m_long=money(a["m_long"], c.market, lang),
    )


def slide(
    fam: Fam, c: Cust, first_day: int, span: int, langs: list[str]
) -> list[tuple[str, datetime]]:
    """Six steps over span days; channel social, community or a review."""
    steps: list[tuple[str, datetime]] = []
    prev: datetime | None = None
    for k in range(6):
        day = first_day + round(k * span / 5)
        t = fam.day_time(day, 8, 21)
        if prev is not None and t < prev + timedelta(hours=1):
            t = prev + fam.mins(60, 150)
        t = fam.out_of_night(t)
        lang = langs[k % len(langs)]
        text = slide_text(c, k, lang)
        ch = fam.rng.choice(["social", "community", "review"])
        if ch == "review":
            eid = fam.add(
                c,
                t,
                "web",
                "review",
                text,
                attrs={"rating": str(T.SLIDE_RATINGS[k]), "page": "/salons/reviews"},
            )
        else:
            eid = fam.add(c, t, ch, "mention" if ch == "social" else "post", text)
        steps.append((eid, t))
        prev = t
    return steps


# ---------------------------------------------------------------- families

HAPPY_NONE: list[str] = []
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
CANCEL_TOL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
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


def days_between(fam: Fam, lo: int, hi: int, k: int, avoid: set[int] | None = None) -> list[int]:
    pool = [d for d in range(lo, hi) if not avoid or d not in avoid]
    return sorted(fam.rng.sample(pool, min(k, len(pool))))


def build_happy_writers() -> Fam:
    fam = Fam(
        "happy_writers",
        "HW",
        1,
        datetime(2026, 3, 2, tzinfo=UTC),
        10,
        "happy customers only: daytime writers, night writers, survey answerers",
    )
    rng = fam.rng
    for _ in range(16):
        c = fam.person()
        c.persona, c.habit = "happy", "day writer"
        for d in days_between(fam, 0, 10, rng.randint(5, 8)):
            happy(fam, c, fam.day_time(d, 7, 19), happy_kind(fam, surveys=True))
    for _ in range(5):
        c = fam.person(job=rng.choice(NIGHT_JOBS))
        c.persona, c.habit = "happy", "night writer"
        for n in days_between(fam, 0, 9, rng.randint(2, 4)):
            happy(fam, c, fam.night_time(n), rng.choice(["night_post", "night_chat"]))
        for d in days_between(fam, 0, 10, rng.randint(2, 3)):
            happy(fam, c, fam.day_time(d, 9, 18), rng.choice(["praise", "buy", "view", "review"]))
    for _ in range(5):
        c = fam.person()
        c.persona, c.habit = "happy", "answers surveys"
        for d in days_between(fam, 0, 10, rng.randint(3, 6)):
            happy(fam, c, fam.day_time(d, 8, 20), "survey")
    return fam


BAD_FORMS = ["long", "mail", "chat", "social", "form", "call"]


def build_one_bad_day() -> Fam:
    fam = Fam(
        "one_bad_day",
        "BD",
        2,
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        "happy customers with one angry message on one day, and controls",
    )
    rng = fam.rng
    long_langs = ["de", "de", "it", "it"]
    bad: list[tuple[Cust, str, str]] = []
    for i in range(24):
        problem = T.PROBLEMS[i % 6]
        form = BAD_FORMS[(i + i // 6) % 6]
        c = fam.person(lang=long_langs.pop(0) if form == "long" else None)
        bad.append((c, problem, form))
    with_case = [c.key for c, _, f in bad if f != "social"]
    rng.shuffle(with_case)
    nps_keys, csat_keys = set(with_case[:6]), set(with_case[6:11])
    good_keys = set(rng.sample(sorted(with_case), 12))
    sorry_keys = set(rng.sample(sorted(good_keys), 5))
    for c, problem, form in bad:
        bd = rng.randint(2, 9)
        when = fam.day_time(bd, 8, 20)
        eid, _ = problem_contact(fam, c, when, problem, form, c.lang)
        c.habit = "one bad day"
        c.tolerated = list(SILENCE)
        x: dict[str, Any] = {
            "problem": problem,
            "channel": FORM_CHANNEL[form],
            "long_email": form == "long",
            "bad_day_at": iso(when),
            "bad_day_event_id": eid,
            "trouble_starts_at": iso(when),
            "booking": None,
            "agent_fixed": False,
            "apologised": False,
            "nps_given": False,
            "csat_given": False,
        }
        if form != "social":
            case = fam.case()
            x["booking"] = case
            case_reply(fam, c, when, form == "chat", case, c.lang)
            if c.key in nps_keys:
                sid, v = low_survey(
                    fam, c, fam.out_of_night(when + fam.mins(100, 140)), "nps", c.lang
                )
                x.update(nps_given=True, nps=v, survey_event_id=sid)
            elif c.key in csat_keys:
                sid, v = low_survey(
                    fam, c, fam.out_of_night(when + fam.mins(40, 80)), "csat", c.lang
                )
                x.update(csat_given=True, csat=v, survey_event_id=sid)
            if c.key in good_keys:
                gt = fam.out_of_night(when + fam.mins(60, 240))
                _, gsubj = good_news(fam, c, gt, case, problem, c.lang)
                x["agent_fixed"] = True
                if c.key in sorry_keys:
                    at = fam.out_of_night(when + fam.mins(16 * 60, 24 * 60))
                    if at <= gt:
                        at = gt + fam.mins(30, 90)
                    text = fill(pick(fam, c, "sorry", T.APOLOGY[c.lang]), c)
                    if rng.random() < 0.5:
                        aid = apology_chat(fam, c, at, text, c.lang)
                    else:
                        aid = fam.add(
                            c, at, "email", "message", text, subject=T.REPLY[c.lang] + gsubj
                        )
                    x.update(apologised=True, apology_at=iso(at), apology_event_id=aid)
        if x["nps_given"]:
            c.persona = "bad_day_detractor"
            c.expected = ["detractor"]
        else:
            c.persona = "happy_one_bad_day"
        c.extra.update(x)
        avoid = {d for d in range(12) if bd - 2 < d < bd + 3}
        for d in days_between(fam, 0, 12, rng.randint(1, 5), avoid):
            happy(fam, c, fam.day_time(d, 7, 20), happy_kind(fam))
    for _ in range(8):
        c = fam.person()
        c.persona, c.habit = "happy", "control"
        for d in days_between(fam, 0, 12, rng.randint(4, 7)):
            happy(fam, c, fam.day_time(d, 7, 20), happy_kind(fam))
    return fam


FIRST_FORM_CHANNEL = {"form": "web", "mail": "email", "chat": "chat", "call": "phone"}


def fixed_case(
    fam: Fam, c: Cust, when: datetime, problem: str, form: str, raise_lang: str, confirm_lang: str
) -> dict[str, Any]:
    """A problem raised, fixed by an agent and confirmed by the customer."""
    rng = fam.rng
    eid, _ = problem_contact(fam, c, when, problem, form, raise_lang)
    case = fam.case()
    case_reply(fam, c, when, form == "chat", case, raise_lang)
    ft = fam.out_of_night(when + fam.mins(3 * 60, 20 * 60))
    _, gsubj = good_news(fam, c, ft, case, problem, raise_lang)
    ct = fam.out_of_night(ft + fam.mins(8 * 60, 30 * 60))
    ch = rng.choice(["email", "chat"])
    cid = confirm(fam, c, ct, ch, case, confirm_lang, gsubj)
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(when),
        "fixed_at": iso(ft),
        "confirmed_at": iso(ct),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": FIRST_FORM_CHANNEL[form],
        "confirm_channel": ch,
    }


def repeat_run(
    fam: Fam,
    c: Cust,
    when: datetime,
    problem: str,
    form: str,
    n: int,
    escalated: bool,
    langs: list[str],
) -> None:
    rng = fam.rng
    lang0 = langs[0]
    eid, _ = problem_contact(fam, c, when, problem, form, lang0)
    case = fam.case()
    if escalated:
        if form == "chat":
            case_reply(fam, c, when, True, case, lang0)
        _, subject = escalate(fam, c, when, case, lang0)
    else:
        _, subject = case_reply(fam, c, when, form == "chat", case, lang0)
    if escalated or form != "chat":
        subject = T.REPLY[lang0] + subject
    first_channel = FIRST_FORM_CHANNEL[form]
    pool = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != first_channel]
    rng.shuffle(pool)
    channels = [first_channel]
    ids = [eid]
    t = when
    for k in range(2, n + 1):
        t = fam.out_of_night(t + fam.mins(4 * 60, 40 * 60))
        ch = pool[k - 2]
        lang = langs[(k - 1) % len(langs)]
        ids.append(later_contact(fam, c, t, ch, k, problem, case, lang, subject))
        channels.append(ch)
    c.persona, c.habit = "repeat_contact", "repeats"
    c.expected = ["repeat_contact"]
    c.tolerated = list(REPEAT_TOL)
    c.extra.update(
        {
            "problem": problem,
            "booking": case,
            "contacts": n,
            "channels": channels,
            "channel": first_channel,
            "agent_passed_on": escalated,
            "problem_event_ids": ids,
            "competitor": c.comp if n >= 3 else None,
            "trouble_starts_at": iso(when),
        }
    )


def build_repeat_contacts() -> Fam:
    fam = Fam(
        "repeat_contacts",
        "RC",
        3,
        datetime(2026, 6, 8, tzinfo=UTC),
        10,
        "repeat contacts about one open case, fixed cases, two different problems, frequent writers",
    )
    rng = fam.rng
    firsts = ["form"] * 5 + ["mail"] * 3 + ["chat"] * 3 + ["call"]
    counts = [2] * 4 + [3] * 4 + [4] * 4
    rng.shuffle(firsts)
    rng.shuffle(counts)
    escal = set(rng.sample(range(12), 6))
    for i in range(12):
        c = fam.person()
        for _ in range(rng.randint(1, 3)):
            happy(fam, c, fam.day_time(0, 7, 12), rng.choice(["praise", "chat", "buy", "view"]))
        when = fam.day_time(rng.randint(1, 4), 8, 19)
        repeat_run(fam, c, when, T.PROBLEMS[i % 6], firsts[i], counts[i], i in escal, [c.lang])
    for _ in range(5):
        c = fam.person()
        for _ in range(rng.randint(1, 3)):
            happy(fam, c, fam.day_time(0, 7, 12), rng.choice(["praise", "chat", "buy", "view"]))
        when = fam.day_time(rng.randint(1, 4), 8, 19)
        fx = fixed_case(
            fam,
            c,
            when,
            rng.choice(T.PROBLEMS),
            rng.choice(["form", "mail", "chat", "call"]),
            c.lang,
            c.lang,
        )
        c.persona, c.habit, c.tolerated = "resolved_between_contacts", "fixed", list(SILENCE)
        c.extra.update({"problems": [fx], "trouble_starts_at": fx["raised_at"]})
    for _ in range(3):
        c = fam.person()
        for _ in range(rng.randint(1, 2)):
            happy(fam, c, fam.day_time(0, 7, 12), rng.choice(["praise", "chat", "buy", "view"]))
        p1, p2 = rng.sample(list(T.PROBLEMS), 2)
        d1 = rng.randint(1, 2)
        fx1 = fixed_case(
            fam,
            c,
            fam.day_time(d1, 8, 18),
            p1,
            rng.choice(["form", "mail", "chat"]),
            c.lang,
            c.lang,
        )
        fx2 = fixed_case(
            fam,
            c,
            fam.day_time(d1 + rng.randint(4, 5), 8, 18),
            p2,
            rng.choice(["form", "mail", "chat"]),
            c.lang,
            c.lang,
        )
        c.persona, c.habit, c.tolerated = "different_problems", "two problems", list(SILENCE)
        c.extra.update({"problems": [fx1, fx2], "trouble_starts_at": fx1["raised_at"]})
    for _ in range(7):
        c = fam.person()
        c.persona, c.habit = "happy", "frequent writer"
        for d in days_between(fam, 0, 10, rng.randint(5, 8)):
            happy(
                fam, c, fam.day_time(d, 7, 20), happy_kind(fam, surveys=True, kinds=FREQUENT_KINDS)
            )
    return fam


def slider(fam: Fam, c: Cust, first_day: int, span: int, langs: list[str], nps: bool) -> None:
    steps = slide(fam, c, first_day, span, langs)
    c.persona, c.habit = "slow_churner", "slides"
    c.expected = ["sentiment_drop"]
    c.tolerated = list(SLIDE_TOL)
    x: dict[str, Any] = {
        "slide_event_ids": [e for e, _ in steps],
        "slide_days": span,
        "competitor": c.comp,
        "trouble_starts_at": iso(steps[0][1]),
        "nps_given": nps,
    }
    if nps:
        sid, v = low_survey(
            fam, c, fam.out_of_night(steps[3][1] + fam.mins(150, 210)), "nps", langs[3 % len(langs)]
        )
        x.update(nps=v, survey_event_id=sid)
        c.expected = ["detractor", "sentiment_drop"]
    c.extra.update(x)


def build_slow_churners() -> Fam:
    fam = Fam(
        "slow_churners",
        "SC",
        4,
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
        "sliders from a happy baseline, leavers, steady, steadily grumpy and sarcastic customers",
    )
    rng = fam.rng
    spans = [3] + [5] * 5 + [9] * 4
    rng.shuffle(spans)
    nps_ix = set(rng.sample(range(10), 5))
    for i in range(10):
        c = fam.person()
        for d in days_between(fam, 0, 11, rng.randint(4, 5)):
            happy(fam, c, fam.day_time(d, 8, 20), rng.choice(["praise", "praise", "again"]))
        for d in days_between(fam, 0, 11, rng.randint(2, 4)):
            happy(
                fam,
                c,
                fam.day_time(d, 8, 20),
                rng.choice(["chat", "buy", "view", "review", "mail"]),
            )
        slider(fam, c, rng.randint(12, 16), spans[i], [c.lang], i in nps_ix)
    for _ in range(5):
        c = fam.person()
        for d in days_between(fam, 0, 16, rng.randint(4, 6)):
            happy(fam, c, fam.day_time(d, 8, 20), happy_kind(fam))
        ask = fam.day_time(rng.randint(17, 23), 8, 20)
        subj, body = pick(fam, c, "cancel", T.CANCEL[c.lang])
        aid = fam.add(c, ask, "email", "message", fill(body, c), subject=subj)
        agent_mail(fam, c, fam.out_of_night(ask + fam.mins(60, 300)), c.lang, T.SORRY_GO[c.lang])
        ct = fam.out_of_night(ask + fam.mins(20 * 60, 30 * 60))
        cid = fam.add(
            c, ct, "web", "cancellation", attrs={"page": "/club/cancel", "product": H.CLUB}
        )
        c.persona, c.habit = "slow_churner", "asks to cancel"
        c.expected, c.tolerated = ["churn_intent"], list(CANCEL_TOL)
        c.extra.update(
            {
                "churn_intent_event_id": aid,
                "cancellation_event_id": cid,
                "churn_at": iso(ct),
                "trouble_starts_at": iso(ask),
            }
        )
    for _ in range(6):
        c = fam.person()
        c.persona, c.habit = "happy", "steady"
        for d in days_between(fam, 0, 32, rng.randint(6, 10)):
            happy(fam, c, fam.day_time(d, 7, 20), happy_kind(fam, surveys=True))
    for _ in range(5):
        c = fam.person()
        d = rng.randint(0, 4)
        ids: list[str] = []
        order = list(range(7))
        rng.shuffle(order)
        first_t: datetime | None = None
        for k in range(rng.randint(5, 7)):
            text = fill(T.GRUMBLES[c.lang][order[k]], c)
            t = fam.day_time(d, 8, 21)
            first_t = first_t or t
            ch = rng.choice(["social", "community", "form", "review"])
            if ch == "form":
                ids.append(fam.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
            elif ch == "review":
                ids.append(
                    fam.add(
                        c,
                        t,
                        "web",
                        "review",
                        text,
                        attrs={"rating": "3", "page": "/salons/reviews"},
                    )
                )
            else:
                ids.append(fam.add(c, t, ch, "mention" if ch == "social" else "post", text))
            d += rng.randint(1, 3)
        for pd in days_between(fam, 0, 32, rng.randint(0, 2)):
            happy(fam, c, fam.day_time(pd, 9, 19), "buy")
        c.persona, c.habit, c.tolerated = "steadily_grumpy", "grumbles", list(GRUMPY_TOL)
        assert first_t is not None
        c.extra.update({"grumble_event_ids": ids, "trouble_starts_at": iso(first_t)})
    for _ in range(5):
        c = fam.person()
        sd = rng.randint(17, 28)
        for d in days_between(fam, 0, 32, rng.randint(4, 7), {sd}):
            happy(fam, c, fam.day_time(d, 8, 20), happy_kind(fam))
        t = fam.day_time(sd, 9, 20)
        sid = fam.add(
            c, t, "social", "mention", fill(pick(fam, c, "sarcasm", T.SARCASM[c.lang]), c)
        )
        c.persona, c.habit, c.tolerated = "happy_one_sarcastic_remark", "happy", list(SILENCE)
        c.extra.update({"sarcasm_event_id": sid, "trouble_starts_at": iso(t)})
    return fam


def build_quiet_hours() -> Fam:
    fam = Fam(
        "quiet_hours",
        "QH",
        5,
        datetime(2026, 9, 4, tzinfo=UTC),
        3,
        "a calm weekend with night owls in three bursts a night; no spike",
    )
    rng = fam.rng
    for _ in range(16):
        c = fam.person()
        c.persona, c.habit = "happy", "day writer"
        for d in days_between(fam, 0, 3, rng.randint(1, 3)):
            happy(
                fam,
                c,
                fam.day_time(d, 7, 17.5),
                rng.choice(["praise", "again", "chat", "buy", "view", "review"]),
            )
    for k in range(4):
        c = fam.person()
        d = rng.randint(0, 2)
        t0 = fam.day_time(d, 9, 17)
        happy(fam, c, t0, rng.choice(["buy", "view"]))
        t = t0 + fam.mins(20, 30)
        if k < 2:
            q, a = H.MILD_CHAT[c.lang][0]
            gid, _ = ask_chat(fam, c, t, c.lang, fill(q, c), fill(a, c))
        else:
            gid = fam.add(
                c,
                t,
                "web",
                "ticket",
                fill(pick(fam, c, "mildform", H.MILD_FORM[c.lang]), c),
                attrs={"page": "/help/contact"},
            )
            agent_mail(fam, c, fam.out_of_night(t + fam.mins(30, 120)), c.lang, H.MILD_ACK[c.lang])
        c.persona, c.habit, c.tolerated = "grumbles_once", "grumbles once", list(SILENCE)
        c.extra.update({"grumble_event_id": gid, "trouble_starts_at": iso(t)})
    owls: list[Cust] = []
    for night in (1, 2, 3):
        b1 = fam.start + timedelta(days=night, minutes=rng.randint(40, 65))
        starts = [
            b1,
            b1 + timedelta(minutes=rng.randint(28, 33)),
            b1 + timedelta(minutes=rng.randint(55, 65)),
        ]
        for m, b in enumerate(starts, 1):
            for _ in range(4):
                c = fam.person(job=rng.choice(NIGHT_JOBS))
                t = b + timedelta(minutes=rng.randint(0, 9), seconds=rng.randint(0, 59))
                eid = happy(fam, c, t, rng.choice(["night_chat", "night_post"]))
                c.persona, c.habit = "night_owl", f"night {night}, burst {m}"
                c.extra.update({"burst_at": iso(b), "night_event_id": eid})
                owls.append(c)
    for c in rng.sample(owls, 18):
        happy(
            fam,
            c,
            fam.day_time(rng.randint(0, 2), 9, 17.5),
            rng.choice(["praise", "buy", "view", "review"]),
        )
    return fam


BL_REASONS = [
    "works across the border and writes {l2} with colleagues",
    "{l2}-speaking partner at home",
    "grew up with a {l2}-speaking mother",
    "studied in a {l2}-speaking city and kept the habit",
    "lives in a bilingual town",
]
BL_HAPPY = [
    ("de", "it", "IT"),
    ("de", "it", "CH"),
    ("de", "en", "DE"),
    ("de", "fr", "CH"),
    ("it", "de", "IT"),
    ("it", "de", "CH"),
    ("it", "en", "IT"),
    ("it", "es", "ES"),
    ("en", "it", "UK"),
    ("fr", "de", "LU"),
    ("es", "de", "DE"),
    ("pt", "fr", "LU"),
]
BL_REPEAT = [
    ("de", "it", "IT", 2),
    ("it", "de", "CH", 2),
    ("de", "en", "AT", 3),
    ("it", "fr", "CH", 3),
    ("en", "de", "IE", 4),
]
BL_SLIDE = [
    ("it", "de", "IT"),
    ("de", "it", "CH"),
    ("de", "pt", "DE"),
    ("it", "en", "IT"),
    ("fr", "it", "BE"),
]
BL_BAD = [("it", "de", "IT", "long"), ("es", "it", "ES", "mail"), ("en", "de", "DE", "chat")]
BL_FIXED = [("de", "it", "IT"), ("pt", "de", "PT")]


def bilingual_person(fam: Fam, l1: str, l2: str, market: str) -> Cust:
    c = fam.person(lang=l1, market=market)
    c.extra.update(
        {
            "languages": [l1, l2],
            "job_second_language": fam.rng.choice(BL_REASONS).format(l2=LANG_NAME[l2]),
        }
    )
    return c


def alternate(
    fam: Fam, c: Cust, days: list[int], langs: list[str], kinds: list[str] | None = None
) -> None:
    for k, d in enumerate(days):
        kind = fam.rng.choice(kinds) if kinds else happy_kind(fam)
        happy(fam, c, fam.day_time(d, 7, 20), kind, langs[k % 2])


def build_bilingual() -> Fam:
    fam = Fam(
        "bilingual",
        "BL",
        6,
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
        "customers writing in two languages: happy, repeat contacts, sliders, one bad day, fixed cases",
    )
    rng = fam.rng
    for l1, l2, m in BL_HAPPY:
        c = bilingual_person(fam, l1, l2, m)
        c.persona, c.habit = "happy", "alternates languages"
        alternate(fam, c, days_between(fam, 0, 14, rng.randint(5, 8)), [l1, l2])
    for l1, l2, m, n in BL_REPEAT:
        c = bilingual_person(fam, l1, l2, m)
        alternate(
            fam,
            c,
            days_between(fam, 0, 2, rng.randint(1, 2)),
            [l1, l2],
            ["praise", "chat", "buy", "view"],
        )
        when = fam.day_time(rng.randint(2, 5), 8, 19)
        repeat_run(
            fam,
            c,
            when,
            rng.choice(T.PROBLEMS),
            rng.choice(["form", "mail", "chat"]),
            n,
            n >= 3,
            [l1, l2],
        )
    for l1, l2, m in BL_SLIDE:
        c = bilingual_person(fam, l1, l2, m)
        days = sorted(rng.sample(range(6), 5))
        for k, d in enumerate(days):
            happy(
                fam, c, fam.day_time(d, 8, 20), "praise" if k % 2 == 0 else "again", [l1, l2][k % 2]
            )
        alternate(
            fam,
            c,
            days_between(fam, 0, 6, rng.randint(1, 3)),
            [l2, l1],
            ["chat", "buy", "view", "review"],
        )
        slider(fam, c, rng.randint(7, 8), rng.randint(3, 5), [l1, l2], False)
    for l1, l2, m, form in BL_BAD:
        c = bilingual_person(fam, l1, l2, m)
        bd = rng.randint(5, 9)
        when = fam.day_time(bd, 8, 20)
        problem = rng.choice(T.PROBLEMS)
        eid, _ = problem_contact(fam, c, when, problem, form, l2)
        case = fam.case()
        case_reply(fam, c, when, form == "chat", case, l2)
        x: dict[str, Any] = {
            "problem": problem,
            "channel": FORM_CHANNEL[form],
            "long_email": form == "long",
            "bad_day_at": iso(when),
            "bad_day_event_id": eid,
            "bad_day_language": l2,
            "trouble_starts_at": iso(when),
            "booking": case,
            "agent_fixed": False,
            "apologised": False,
            "nps_given": False,
            "csat_given": False,
        }
        if form in ("long", "mail"):
            gt = fam.out_of_night(when + fam.mins(60, 240))
            good_news(fam, c, gt, case, problem, l2)
            x["agent_fixed"] = True
        if form == "mail":
            at = fam.out_of_night(when + fam.mins(18 * 60, 24 * 60))
            text = fill(pick(fam, c, "sorry", T.APOLOGY[l1]), c)
            aid = apology_chat(fam, c, at, text, l1)
            x.update(apologised=True, apology_at=iso(at), apology_event_id=aid)
        c.persona, c.habit, c.tolerated = "happy_one_bad_day", "one bad day", list(SILENCE)
        c.extra.update(x)
        avoid = {d for d in range(14) if bd - 2 < d < bd + 3}
        alternate(fam, c, days_between(fam, 0, 14, rng.randint(3, 6), avoid), [l1, l2])
    for l1, l2, m in BL_FIXED:
        c = bilingual_person(fam, l1, l2, m)
        alternate(
            fam, c, days_between(fam, 0, 3, rng.randint(1, 2)), [l1, l2], ["praise", "buy", "view"]
        )
        fx = fixed_case(
            fam, c, fam.day_time(rng.randint(3, 8), 8, 18), rng.choice(T.PROBLEMS), "form", l1, l2
        )
        c.persona, c.habit, c.tolerated = "resolved_between_contacts", "fixed", list(SILENCE)
        c.extra.update(
            {"problems": [fx], "trouble_starts_at": fx["raised_at"], "confirm_language": l2}
        )
    return fam


def build_b2b_accounts() -> Fam:
    fam = Fam(
        "b2b_accounts",
        "BB",
        7,
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
        "company accounts of the business arm: at risk, one unhappy contact, mild suggestions, happy",
    )
    rng = fam.rng
    weekdays = [d for d in range(14) if (fam.start + timedelta(days=d)).weekday() < 5]
    for ai, (market, lang, company, domain, site, kind, problem, ncont, ncompl) in enumerate(
        B.ACCOUNTS
    ):
        while True:
            acc = f"TGB-{market}-{rng.randint(1000, 9999)}"
            if take("account:" + acc):
                break
        town = rng.choice(TOWNS_BY_LANG.get((market, lang), TOWNS[market]))
        firsts: set[str] = set()
        contacts: list[Cust] = []
        for _ in range(ncont):
            titles = B.JOB_TITLES[lang]
            title = rng.choice(titles["common"] + titles[B.SITE_GROUP[site]] * 2)
            c = fam.person(
                lang=lang, market=market, account=acc, domain=domain, job=title, taken_first=firsts
            )
            c.town = town
            c.extra.update({"company": company, "job_title": title})
            contacts.append(c)
        complainers = contacts[:ncompl]
        suggesters = contacts[:2] if kind == "mild" else []
        for c in contacts:
            if c in complainers or c in suggesters:
                for _ in range(rng.randint(0, 2)):
                    b2b_routine(
                        fam,
                        c,
                        fam.day_time(rng.randint(0, 1), 8, 16.5),
                        rng.choice(["chat", "buy", "view"]),
                    )
                continue
            c.persona, c.habit = "b2b_happy", "contact"
            c.extra["role"] = "contact"
            for d in sorted(rng.sample(weekdays, rng.randint(2, 5))):
                b2b_routine(
                    fam,
                    c,
                    fam.day_time(d, 8, 16.5),
                    rng.choice(["chat", "chat", "buy", "view", "view", "praise", "survey"]),
                )
        sign_ctx = {"company": company, "diff": money(B.DIFF, market, lang)}
        first_t: datetime | None = None
        if kind == "at_risk":
            assert problem is not None
            texts = B.C[problem][lang]
            case = fam.case()
            asubj = B.ACK[lang][0]
            t = fam.office(fam.day_time(2, 8, 15))
            first_t = t
            for j, c in enumerate(complainers):
                if j > 0:
                    t = fam.office(t + fam.mins(8 * 60, 28 * 60))
                ctx = dict(sign_ctx, job_title=c.extra["job_title"], case=case)
                if j == 0:
                    eid = fam.add(
                        c,
                        t,
                        "email",
                        "message",
                        fill(texts["first"], c, **ctx),
                        subject=texts["subject"],
                    )
                    agent_mail(
                        fam, c, fam.office(t + fam.mins(10, 40)), lang, B.ACK[lang], case=case
                    )
                else:
                    said_same, said_day = (
                        B.SAID[lang][1],
                        B.SAID[lang][0].format(day=H.WEEKDAYS[lang][first_t.weekday()]),
                    )
                    said = said_same if t.date() == first_t.date() else said_day
                    eid = fam.add(
                        c,
                        t,
                        "email",
                        "message",
                        fill(
                            texts["later"][j - 1],
                            c,
                            colleague=complainers[0].first,
                            said=said,
                            **ctx,
                        ),
                        subject=f"{texts['subject']} – {case}",
                    )
                c.persona, c.habit, c.tolerated = "b2b_unhappy", "complainer", list(AT_RISK_TOL)
                x: dict[str, Any] = {
                    "role": "complainer",
                    "problem": problem,
                    "booking": case,
                    "complaint_event_ids": [eid],
                    "trouble_starts_at": iso(t),
                    "competitor": None,
                }
                if j < len(complainers) - 1:
                    sid, v = low_survey(
                        fam, c, fam.out_of_night(t + fam.mins(60, 180)), "nps", lang
                    )
                    c.expected = ["detractor"]
                    x.update(nps_given=True, nps=v, survey_event_id=sid)
                else:
                    t2 = fam.office(t + fam.mins(18 * 60, 40 * 60))
                    comp = rng.choice(H.COMPETITORS)
                    if ai == 1:
                        rid = fam.add(
                            c,
                            t2,
                            "email",
                            "message",
                            fill(B.LAST_MAIL[lang], c, restate=texts["restate"], comp=comp, **ctx),
                            subject=T.REPLY[lang] + asubj.format(case=case),
                        )
                        x["competitor"] = comp
                    else:
                        rid = fam.add(
                            c,
                            t2,
                            "phone",
                            "call",
                            fill(B.LAST_CALL[lang], c, restate=texts["restate"], **ctx),
                        )
                    c.expected = ["repeat_contact"]
                    x.update(
                        nps_given=False,
                        repeat_event_id=rid,
                        complaint_event_ids=[eid, rid],
                        repeat_channel="email" if ai == 1 else "phone",
                    )
                c.extra.update(x)
        elif kind == "one_unhappy":
            assert problem is not None
            c = complainers[0]
            texts = B.C[problem][lang]
            case = fam.case()
            t = fam.office(fam.day_time(rng.randint(3, 7), 8, 17))
            ctx = dict(sign_ctx, job_title=c.extra["job_title"], case=case)
            eid = fam.add(
                c, t, "email", "message", fill(texts["first"], c, **ctx), subject=texts["subject"]
            )
            agent_mail(fam, c, fam.office(t + fam.mins(10, 40)), lang, B.ACK[lang], case=case)
            sid, v = low_survey(fam, c, fam.out_of_night(t + fam.mins(60, 180)), "nps", lang)
            c.persona, c.habit = "b2b_one_unhappy", "complainer"
            c.expected, c.tolerated = ["detractor"], list(ONE_UNHAPPY_TOL)
            c.extra.update(
                {
                    "role": "complainer",
                    "problem": problem,
                    "booking": case,
                    "complaint_event_ids": [eid],
                    "trouble_starts_at": iso(t),
                    "nps_given": True,
                    "nps": v,
                    "survey_event_id": sid,
                }
            )
        elif kind == "mild":
            for c, what in zip(suggesters, ["calendar", "names"], strict=True):
                t = fam.office(fam.day_time(rng.randint(2, 9), 8, 16), last_hour=16)
                mid = fam.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    B.MILD[what][lang],
                    attrs={"page": "/backstage/portal/feedback"},
                )
                agent_mail(fam, c, fam.office(t + fam.mins(30, 120)), lang, B.MILD_ACK[lang])
                c.persona, c.habit, c.tolerated = "b2b_mild", "suggests", list(SILENCE)
                c.extra.update(
                    {"role": "suggests", "mild_event_id": mid, "trouble_starts_at": iso(t)}
                )
        unhappy = [c.key for c in complainers]
        fam.accounts[acc] = {
            "company": company,
            "site": site,
            "contacts": ncont,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": unhappy,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": iso(first_t) if first_t else None,
            "language": lang,
            "country": market,
        }
    return fam


def spike_post(fam: Fam, c: Cust, t: datetime, ch: str, text: str) -> str:
    """A spike report or second message on one channel (chats answered)."""
    lang = c.lang
    if ch in ("email", "web"):
        kind, attrs = ("message", None) if ch == "email" else ("ticket", {"page": "/help/contact"})
        return fam.add(c, t, ch, kind, text, subject=T.SPIKE_SUBJECT[lang], attrs=attrs)
    if ch == "chat":
        return ask_chat(fam, c, t, lang, text, T.SPIKE_CHAT_ANSWER[lang], 1, 4)[0]
    return fam.add(c, t, ch, "mention" if ch == "social" else "post", text)


def build_topic_spike() -> Fam:
    fam = Fam(
        "topic_spike",
        "TS",
        8,
        datetime(2026, 10, 26, tzinfo=UTC),
        7,
        "a calm week and one planted spike of reports about one fault",
    )
    rng = fam.rng
    spike_day = 3
    for _ in range(40):
        c = fam.person()
        c.persona, c.habit = "happy", "day writer"
        for d in days_between(fam, 0, 7, rng.randint(1, 4)):
            happy(fam, c, fam.day_time(d, 7, 15 if d == spike_day else 21), happy_kind(fam))
    for lang in ("de", "it"):
        c = fam.person(lang=lang)
        t = fam.day_time(0, 10, 16)
        q, a = H.MILD_CHAT[lang][1]
        gid, _ = ask_chat(fam, c, t, lang, fill(q, c), fill(a, c))
        c.persona, c.habit, c.tolerated = "grumbles_once", "grumbles once", list(SILENCE)
        c.extra.update({"grumble_event_id": gid, "trouble_starts_at": iso(t)})
    for lang, hh, mm in (("de", 9, 20), ("it", 16, 45)):
        c = fam.person(lang=lang)
        t = fam.at(2, hh, mm)
        q, a = T.LONE_QUESTION[lang]
        lid, _ = ask_chat(fam, c, t, lang, q, a, 2, 5)
        c.persona, c.habit, c.tolerated = "grumbles_once", "lone question", list(SILENCE)
        c.extra.update({"lone_report_event_id": lid, "trouble_starts_at": iso(t)})
    langs = ["de"] * 6 + ["it"] * 6 + ["en", "en", "fr", "fr", "es", "es", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(langs)
    rng.shuffle(chans)
    base = fam.start + timedelta(days=spike_day, hours=17, minutes=40)
    offs = [
        0,
        *sorted(rng.sample(range(60, 25 * 60), 9)),
        *sorted(rng.sample(range(25 * 60 + 1, 45 * 60), 9)),
        45 * 60,
    ]
    times = [base + timedelta(seconds=s) for s in offs]
    regular = set(rng.sample(range(20), 12))
    seen = dict.fromkeys(H.LANGS, 0)
    reporters: list[tuple[Cust, str, datetime, str]] = []
    for i in range(20):
        lang = langs[i]
        c = fam.person(lang=lang)
        if i in regular:
            for d in days_between(fam, 0, spike_day, rng.randint(1, 3)):
                happy(fam, c, fam.day_time(d, 8, 17.5), happy_kind(fam))
        text = T.SPIKE_REPORT[lang][seen[lang] % len(T.SPIKE_REPORT[lang])]
        seen[lang] += 1
        ch, t = chans[i], times[i]
        eid = spike_post(fam, c, t, ch, text)
        c.persona, c.habit, c.tolerated = (
            "spike_reporter",
            "regular" if i in regular else "new",
            list(SILENCE),
        )
        c.extra.update(
            {
                "in_spike": True,
                "regular": i in regular,
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
                "agent_fixed": False,
            }
        )
        reporters.append((c, eid, t, ch))
    early = [i for i in range(20) if times[i] <= base + timedelta(minutes=25)]
    rep_ix = sorted(rng.sample(early, 6))
    rep_chans = ["email", "email", "chat", "chat", "community", "community"]
    while any(reporters[i][3] == ch for i, ch in zip(rep_ix, rep_chans, strict=True)):
        rng.shuffle(rep_chans)
    repeat_ids: list[str] = []
    for i, ch in zip(rep_ix, rep_chans, strict=True):
        c, _, t, _ = reporters[i]
        lang = c.lang
        t2 = t + fam.mins(15, 50)
        text = pick(fam, c, "spikerep", T.SPIKE_REPEAT[lang])
        rid = spike_post(fam, c, t2, ch, text)
        c.persona = "spike_repeater"
        c.expected, c.tolerated = ["repeat_contact"], ["sentiment_drop", "silence"]
        c.extra.update({"repeat_event_id": rid})
        repeat_ids.append(rid)
    others = [i for i in range(20) if i not in rep_ix]
    for i in sorted(rng.sample(others, 6)):
        c = reporters[i][0]
        lang = c.lang
        t = fam.start + timedelta(
            days=spike_day + 1, hours=7, minutes=rng.randint(30, 50), seconds=rng.randint(0, 59)
        )
        local = "21:10" if c.market in ("UK", "IE", "PT") else "22:10"
        credit = {"UK": "£5", "CH": "CHF 5", "IE": "€5"}.get(c.market, "5 €")
        agent_mail(fam, c, t, lang, T.SPIKE_FIXED[lang], fixed=local, credit=credit)
        c.extra["agent_fixed"] = True
    fam.spike = {
        "topic": T.SPIKE_TOPIC,
        "about": "one fault of the booking app and website, reported by 20 customers in six languages on five channels within about 45 minutes",
        "channel": None,
        "start": iso(times[0]),
        "end": iso(times[-1]),
        "customers": 20,
        "customer_keys": [r[0].key for r in reporters],
        "event_ids": [r[1] for r in reporters],
        "repeat_event_ids": repeat_ids,
    }
    return fam


# ---------------------------------------------------------------- output

PLANTED: dict[str, dict[str, int]] = {
    "happy_writers": {},
    "one_bad_day": {"detractor": 6},
    "repeat_contacts": {"repeat_contact": 12},
    "slow_churners": {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
    "quiet_hours": {},
    "bilingual": {"repeat_contact": 5, "sentiment_drop": 5},
    "b2b_accounts": {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    "topic_spike": {"topic_spike": 1, "repeat_contact": 6},
}


def phone_as_written(c: Cust, rng: random.Random) -> str:
    cc = PHONES[c.market][0]
    rest = c.phone[1 + len(cc) :]
    return f"+{cc} {rest}" if rng.random() < 0.5 else c.phone


def identifiers(r: Row, full: bool, rng: random.Random) -> dict[str, str | None]:
    c = r.cust
    ids: dict[str, str | None] = {
        "customer_id": None,
        "email": None,
        "phone": None,
        "handle": None,
        "account_id": c.account,
    }
    if full:
        ids.update(
            customer_id=c.key,
            email=c.email,
            phone=phone_as_written(c, rng),
            handle=("@" + c.handle) if c.handle else None,
        )
        return ids
    if r.channel == "phone":
        ids["phone"] = phone_as_written(c, rng)
    elif r.channel in ("social", "community"):
        if c.handle:
            ids["handle"] = c.handle if rng.random() < 0.2 else "@" + c.handle
        else:
            ids["email"] = c.email
    elif r.channel == "email":
        ids["email"] = c.email.upper() if rng.random() < 1 / 12 else c.email
    else:
        ids["customer_id"] = c.key
    return ids


def truth_customer(c: Cust) -> dict[str, Any]:
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
        "name": f"{c.first} {c.last}",
        "job": c.job,
        "town": c.town,
    }
    d.update(c.extra)
    return d


def write(fam: Fam, n: int) -> None:
    rows = sorted(fam.rows, key=lambda r: (r.when, r.eid))
    first_in: dict[str, str] = {}
    for r in rows:
        if r.direction == "inbound" and r.cust.key not in first_in:
            first_in[r.cust.key] = r.eid
    for c in fam.customers:
        if c.key not in first_in:
            raise SystemExit(f"{fam.name}: {c.key} has no inbound touchpoint")
        if set(c.expected) & set(c.tolerated):
            raise SystemExit(f"{fam.name}: {c.key} both expects and tolerates")
    lines = []
    for r in rows:
        if not (fam.start <= r.when < LIMIT) or r.when.year != 2026:
            raise SystemExit(f"{fam.name}: {r.eid} at {r.when} is out of range")
        full = r.direction == "outbound" or first_in[r.cust.key] == r.eid
        rec = {
            "event_id": r.eid,
            "occurred_at": iso(r.when),
            "channel": r.channel,
            "kind": r.kind,
            "direction": r.direction,
            "customer": identifiers(r, full, fam.rng2),
            "text": r.text,
            "subject": r.subject,
            "scores": r.scores,
            "source": SOURCE[r.channel],
            "attributes": r.attrs,
        }
        lines.append(json.dumps(rec, ensure_ascii=False))
    end = max(fam.start + timedelta(days=fam.days), rows[-1].when + timedelta(hours=1))
    if end >= LIMIT:
        raise SystemExit(f"{fam.name}: end {end} too late")
    customers = {c.key: truth_customer(c) for c in fam.customers}
    expected: dict[str, int] = {}
    for tc in customers.values():
        for rule in tc["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    for a in fam.accounts.values():
        for rule in a["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    if fam.spike:
        expected["topic_spike"] = expected.get("topic_spike", 0) + 1
    expected = dict(sorted(expected.items()))
    if expected != dict(sorted(PLANTED[fam.name].items())):
        raise SystemExit(f"{fam.name}: expected {expected}, planted {PLANTED[fam.name]}")
    truth = {
        "config": {
            "family": fam.name,
            "about": fam.about,
            "business": BUSINESS,
            "days": fam.days,
            "seed": SEED * 100 + n,
            "written": WRITTEN,
            "expected": expected,
        },
        "start": iso(fam.start),
        "end": iso(end),
        "customers": customers,
        "accounts": fam.accounts,
        "spike": fam.spike,
        "journey": {},
        "expectations": {},
    }
    (HERE / f"{fam.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (HERE / f"{fam.name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )


FAMILIES = [
    build_happy_writers,
    build_one_bad_day,
    build_repeat_contacts,
    build_slow_churners,
    build_quiet_hours,
    build_bilingual,
    build_b2b_accounts,
    build_topic_spike,
]


def main() -> None:
    TAKEN.clear()
    for n, build in enumerate(FAMILIES, 1):
        fam = build()
        write(fam, n)
        print(f"{fam.name}: {len(fam.customers)} customers, {len(fam.rows)} touchpoints")


if __name__ == "__main__":
    main()
