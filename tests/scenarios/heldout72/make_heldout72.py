"""Write the heldout72 alert scenarios (Favalia, beehive adoption), blind.

Standard library only; fixed seed; two runs give the same bytes. Run it as
``python make_heldout72.py`` from anywhere. It refuses to write a family whose
expected counts differ from the planted ones.
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

SEED = 20261029
BRAND = "Favalia"
COMPETITORS = ("Apistro", "Wabenhof")
WRITTEN = "2026-12-03"
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
ABOUT_BUSINESS = "Favalia: beehive adoption by app and web for households (hives, honey shares, apiary days, hive cam) and Favalia Pro rooftop hives for organisations on account"

LANG_WEIGHTS = {"fr": 30, "en": 30, "de": 10, "it": 10, "es": 10, "pt": 10}
MARKETS = {
    "fr": ["FR"] * 6 + ["BE", "BE", "CH", "LU"],
    "en": ["UK", "UK", "UK", "IE"],
    "de": ["DE", "DE", "DE", "AT", "CH"],
    "it": ["IT", "IT", "IT", "CH"],
    "es": ["ES"],
    "pt": ["PT"],
}
CURRENCY = {"UK": "GBP", "CH": "CHF"}
RATE = {"EUR": 1.0, "GBP": 0.86, "CHF": 0.94}
UTC_OFFSET_OCT29 = {"UK": 0, "IE": 0, "PT": 0}

FIRST = {
    "fr": [
        "Camille",
        "Élodie",
        "Julien",
        "Mathieu",
        "Sandrine",
        "Nathalie",
        "Thomas",
        "Aurélie",
        "Hélène",
        "Nicolas",
        "Céline",
        "Benoît",
        "Margaux",
        "Léa",
        "Sébastien",
        "Isabelle",
        "Amandine",
        "Grégoire",
        "Chloé",
        "Pauline",
        "Laurent",
        "Maëlle",
        "Étienne",
        "Sylvie",
        "Romain",
        "Manon",
        "Delphine",
        "Antoine",
        "Virginie",
        "Jérôme",
    ],
    "en": [
        "Emma",
        "Oliver",
        "Charlotte",
        "Jack",
        "Sophie",
        "Harry",
        "Amelia",
        "George",
        "Chloe",
        "Callum",
        "Niamh",
        "Liam",
        "Aoife",
        "Rhys",
        "Megan",
        "Dan",
        "Hannah",
        "Sean",
        "Lucy",
        "Tom",
        "Gemma",
        "Ciara",
        "Owen",
        "Zara",
        "Priya",
        "Kieran",
        "Jess",
        "Rory",
        "Beth",
        "Nathan",
    ],
    "de": [
        "Anna",
        "Lukas",
        "Katharina",
        "Jonas",
        "Sabine",
        "Matthias",
        "Lena",
        "Felix",
        "Julia",
        "Tobias",
        "Miriam",
        "Stefan",
        "Laura",
        "Florian",
        "Ines",
        "Markus",
    ],
    "it": [
        "Giulia",
        "Marco",
        "Francesca",
        "Luca",
        "Chiara",
        "Matteo",
        "Sara",
        "Andrea",
        "Valentina",
        "Davide",
        "Elena",
        "Simone",
        "Federica",
        "Alessio",
    ],
    "es": [
        "Lucía",
        "Pablo",
        "María",
        "Javier",
        "Carmen",
        "Sergio",
        "Laura",
        "Álvaro",
        "Marta",
        "Diego",
        "Irene",
        "Raúl",
        "Nuria",
        "Hugo",
    ],
    "pt": [
        "Inês",
        "João",
        "Beatriz",
        "Tiago",
        "Mariana",
        "Rui",
        "Catarina",
        "Pedro",
        "Sofia",
        "Miguel",
        "Ana",
        "Diogo",
        "Rita",
        "Nuno",
    ],
}
LAST = {
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Lefèvre",
        "Moreau",
        "Laurent",
        "Girard",
        "Roux",
        "Fournier",
        "Mercier",
        "Blanchard",
        "Gauthier",
        "Perrin",
        "Chevalier",
        "Lemoine",
        "Faure",
        "Rousseau",
        "Vasseur",
        "Leclerc",
        "Marchand",
        "Barbier",
        "Renaud",
        "Collin",
        "Dupuis",
        "Picard",
        "Masson",
        "Aubert",
        "Lacroix",
        "Brunet",
        "Carpentier",
    ],
    "en": [
        "Smith",
        "Jones",
        "Taylor",
        "Brown",
        "Wilson",
        "Evans",
        "Thomas",
        "Walsh",
        "Murphy",
        "Kelly",
        "Byrne",
        "Roberts",
        "Hughes",
        "Wright",
        "Walker",
        "Green",
        "Hall",
        "Clarke",
        "Doyle",
        "O'Brien",
        "Patel",
        "Lewis",
        "Morgan",
        "Harris",
        "Ryan",
        "Fletcher",
        "Barnes",
        "Kennedy",
        "Shaw",
        "Hunt",
    ],
    "de": [
        "Müller",
        "Schmidt",
        "Schneider",
        "Fischer",
        "Weber",
        "Becker",
        "Hoffmann",
        "Wagner",
        "Koch",
        "Richter",
        "Wolf",
        "Brandt",
        "Zimmermann",
        "Huber",
        "Gruber",
        "Lang",
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
    "es": [
        "García",
        "Martínez",
        "López",
        "Sánchez",
        "Pérez",
        "Gómez",
        "Fernández",
        "Ruiz",
        "Díaz",
        "Moreno",
        "Navarro",
        "Torres",
        "Romero",
        "Castillo",
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
        "Carvalho",
        "Almeida",
        "Lopes",
    ],
}
TOWNS = {
    ("FR", "fr"): [
        "Lyon",
        "Nantes",
        "Rennes",
        "Tours",
        "Dijon",
        "Angers",
        "Toulouse",
        "Lille",
        "Bordeaux",
        "Grenoble",
        "Poitiers",
        "Amiens",
    ],
    ("BE", "fr"): ["Liège", "Namur", "Bruxelles", "Mons", "Charleroi"],
    ("LU", "fr"): ["Luxembourg", "Esch-sur-Alzette"],
    ("CH", "fr"): ["Lausanne", "Genève", "Fribourg", "Neuchâtel"],
    ("CH", "de"): ["Zürich", "Bern", "Basel"],
    ("CH", "it"): ["Lugano", "Bellinzona"],
    ("UK", "en"): [
        "Leeds",
        "Bristol",
        "Norwich",
        "York",
        "Cardiff",
        "Brighton",
        "Sheffield",
        "Exeter",
        "Glasgow",
    ],
    ("IE", "en"): ["Dublin", "Cork", "Galway", "Limerick"],
    ("DE", "de"): ["Köln", "Leipzig", "Freiburg", "Münster", "Hannover", "Kassel"],
    ("AT", "de"): ["Graz", "Linz", "Salzburg", "Wien"],
    ("IT", "it"): ["Bologna", "Torino", "Verona", "Bari", "Parma"],
    ("ES", "es"): ["Zaragoza", "Valencia", "Murcia", "Granada", "Valladolid"],
    ("PT", "pt"): ["Braga", "Coimbra", "Porto", "Aveiro"],
}
JOBS = [
    "nurse",
    "primary teacher",
    "bus driver",
    "accountant",
    "pharmacist",
    "electrician",
    "retired postman",
    "graphic designer",
    "baker",
    "software tester",
    "physiotherapist",
    "librarian",
    "sales rep",
    "student",
    "chef",
    "architect",
    "police officer",
    "hairdresser",
    "farmer",
    "translator",
    "lab technician",
    "dental hygienist",
]
NIGHT_JOBS = [
    "night nurse",
    "warehouse night shift",
    "baker",
    "security guard",
    "ICU nurse",
    "taxi driver",
    "air traffic assistant",
    "hotel night porter",
]
DOMAINS = [
    "mail.example",
    "courriel.example",
    "post.example",
    "inbox.example",
    "webmail.example",
    "maison.example",
]
SOURCES = {
    "email": "favalia-mail",
    "phone": "favalia-voice",
    "social": "favalia-social",
    "community": "favalia-forum",
    "chat": "favalia-chat",
    "web": "favalia-web",
    "survey": "favalia-survey",
}

USED: set[str] = set()


def strip_accents(text: str) -> str:
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
        text = text.replace(a, b)
    out = []
    for ch in text:
        if ch in "ßñÑ":
            out.append(ch)
            continue
        out.append(
            "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        )
    return "".join(out)


def ascii_name(text: str) -> str:
    text = strip_accents(text).replace("ß", "ss").replace("ñ", "n").lower()
    return "".join(ch for ch in text if ch.isalnum())


def currency(country: str) -> str:
    return CURRENCY.get(country, "EUR")


@dataclass
class Cust:
    key: str
    persona: str
    habit: str
    lang: str
    country: str
    segment: str
    first: str
    last: str
    job: str
    town: str
    ids: dict[str, str | None]
    expected: list[str] = field(default_factory=list)
    tolerated: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)


@dataclass
class Fam:
    name: str
    code: str
    n: int
    start: datetime
    days: int
    about: str
    expected: dict[str, int]
    rng: random.Random = field(init=False)
    rr: random.Random = field(init=False)
    custs: list[Cust] = field(default_factory=list)
    rows: list[dict[str, Any]] = field(default_factory=list)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    seq: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rr = random.Random(SEED * 100 + 50 + self.n)


def unique(fam: Fam, make: Any) -> str:
    while True:
        value = make()
        if value.lower() not in USED:
            USED.add(value.lower())
            return str(value)


def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def phone_for(rng: random.Random, country: str) -> str:
    if country == "FR":
        return "+33" + rng.choice("67") + digits(rng, 8)
    if country == "BE":
        return (
            "+324"
            + rng.choice(["70", "75", "77", "78", "79", "85", "86", "88", "94", "96", "97", "98"])
            + digits(rng, 6)
        )
    if country == "CH":
        return "+41" + rng.choice(["75", "76", "77", "78", "79"]) + digits(rng, 7)
    if country == "LU":
        return "+352" + rng.choice(["621", "661", "691"]) + digits(rng, 6)
    if country == "UK":
        return "+447" + rng.choice(["4", "5", "7", "8", "9"]) + digits(rng, 8)
    if country == "IE":
        return "+353" + rng.choice(["83", "85", "86", "87", "89"]) + digits(rng, 7)
    if country == "DE":
        return (
            "+49"
            + rng.choice(
                [
                    "151",
                    "152",
                    "157",
                    "160",
                    "162",
                    "170",
                    "171",
                    "172",
                    "175",
                    "176",
                    "177",
                    "178",
                    "179",
                ]
            )
            + digits(rng, rng.choice([7, 8]))
        )
    if country == "AT":
        return "+43" + rng.choice(["650", "660", "664", "676", "677", "699"]) + digits(rng, 7)
    if country == "IT":
        return (
            "+39"
            + rng.choice(["320", "328", "333", "338", "340", "347", "349", "366", "380", "393"])
            + digits(rng, 7)
        )
    if country == "ES":
        return "+34" + rng.choice("67") + digits(rng, 8)
    return "+351" + rng.choice(["91", "92", "93", "96"]) + digits(rng, 7)


def pick_lang(rng: random.Random) -> str:
    langs = list(LANG_WEIGHTS)
    return rng.choices(langs, weights=[LANG_WEIGHTS[x] for x in langs])[0]


def new_cust(
    fam: Fam,
    persona: str,
    habit: str,
    lang: str | None = None,
    country: str | None = None,
    company: dict[str, Any] | None = None,
    night: bool = False,
) -> Cust:
    rng = fam.rng
    lang = lang or pick_lang(rng)
    country = country or rng.choice(MARKETS[lang])
    first = rng.choice(FIRST[lang])
    last = rng.choice(LAST[lang])
    if company is not None:
        while first in company["firsts"]:
            first = rng.choice(FIRST[lang])
        company["firsts"].add(first)
    town_key = (
        (country, lang) if (country, lang) in TOWNS else next(k for k in TOWNS if k[0] == country)
    )
    town = rng.choice(TOWNS[town_key])
    cid = unique(fam, lambda: f"FV{fam.code}{rng.randint(1000, 9999)}")
    fa, la = ascii_name(first), ascii_name(last)
    if company is not None:
        email = unique(fam, lambda: f"{fa}.{la}@{company['domain']}")
        handle = None
        job = rng.choice(B.JOB_TITLES)
    else:
        forms = [f"{fa}.{la}{{n}}", f"{fa[0]}{la}{{n}}", f"{la}.{fa}{{n}}", f"{fa}{la[:3]}{{n}}"]
        form = rng.choice(forms)
        email = unique(
            fam,
            lambda: (
                form.format(n=rng.choice(["", str(rng.randint(1, 99))])) + "@" + rng.choice(DOMAINS)
            ),
        )
        hforms = [
            f"@{la}_{fa}{{d}}",
            f"@{fa}{la}{{d}}",
            f"@{la}{fa[0]}",
            f"@{fa}_{la}",
            f"@{fa}.{la[:4]}{{d}}",
        ]
        hform = rng.choice(hforms)
        handle = hform.format(d=rng.randint(1, 99))
        if handle.lower() in USED:
            handle = unique(fam, lambda: f"@{fa}{la}{rng.randint(100, 999)}")
        USED.add(handle.lower())
        job = rng.choice(NIGHT_JOBS if night else JOBS)
    phone = unique(fam, lambda: phone_for(rng, country))
    ids: dict[str, str | None] = {
        "customer_id": cid,
        "email": email,
        "phone": phone,
        "handle": handle,
        "account_id": company["account_id"] if company else None,
    }
    c = Cust(
        cid,
        persona,
        habit,
        lang,
        country,
        "b2b" if company else "consumer",
        first,
        last,
        job,
        town,
        ids,
    )
    fam.custs.append(c)
    return c


def new_ref(fam: Fam) -> str:
    return unique(fam, lambda: f"FV-{fam.rng.randint(100000, 999999)}")


# ----- rendering ------------------------------------------------------------------------


def rough(fam: Fam, text: str) -> str:
    r = fam.rr
    if r.random() < 0.10:
        text = strip_accents(text)
    if r.random() < 1 / 8 and text[:1].isupper() and not text[:2].isupper():
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


def mention(text: str) -> str:
    pos = text.rfind(BRAND)
    if pos >= 0:
        return text[:pos] + "@" + text[pos:]
    return "@" + BRAND + " " + text


def add(
    fam: Fam,
    c: Cust,
    t: datetime,
    channel: str,
    kind: str,
    text: str | None = None,
    subject: str | None = None,
    out: bool = False,
    scores: dict[str, int] | None = None,
    attrs: dict[str, str] | None = None,
    agent: str | None = None,
) -> str:
    fam.seq += 1
    eid = f"fv72-{fam.code.lower()}-{fam.seq:05d}"
    if text is not None and not out and channel not in ("phone", "survey"):
        text = rough(fam, text)
        if channel == "social" and c.segment == "consumer":
            text = mention(text)
    a = {"market": c.country}
    if c.segment == "b2b":
        a["segment"] = "b2b"
    if agent:
        a["agent"] = agent
    if attrs:
        a.update(attrs)
    fam.rows.append(
        {
            "event_id": eid,
            "_t": t,
            "_c": c,
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "text": text,
            "subject": subject,
            "scores": {"nps": None, "csat": None, "ces": None, **(scores or {})},
            "source": SOURCES[channel],
            "attributes": a,
        }
    )
    return eid


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def at(fam: Fam, day: float, h0: float, h1: float) -> datetime:
    return fam.start + timedelta(days=day, minutes=fam.rng.randint(int(h0 * 60), int(h1 * 60)))


def mins(fam: Fam, t: datetime, lo: float, hi: float) -> datetime:
    return t + timedelta(minutes=fam.rng.randint(int(lo), int(hi)))


def daylight(fam: Fam, t: datetime, h0: int = 7, h1: int = 21) -> datetime:
    if t.hour >= h1:
        t = (t + timedelta(days=1)).replace(hour=8, minute=fam.rng.randint(0, 59))
    elif t.hour < h0:
        t = t.replace(hour=8, minute=fam.rng.randint(0, 59))
    return t


def office(fam: Fam, t: datetime, h1: int = 17) -> datetime:
    while t.weekday() >= 5 or t.hour >= h1 or t.hour < 8:
        if t.hour >= 8 and (t.hour >= h1 or t.weekday() >= 5):
            t = t + timedelta(days=1)
        t = t.replace(hour=8, minute=fam.rng.randint(0, 50))
    return t


def pick(fam: Fam, c: Cust, options: list[Any]) -> Any:
    fresh = [o for o in options if repr(o) not in c.used]
    choice = fam.rng.choice(fresh or options)
    c.used.add(repr(choice))
    return choice


def agent(fam: Fam, lang: str) -> str:
    return str(fam.rng.choice(W.AGENTS[lang]))


def money(value: float, cur: str) -> str:
    return f"{value * RATE[cur]:.2f}"


def purchase(
    fam: Fam, c: Cust, t: datetime, products: list[tuple[str, float, str]], lag: int
) -> str:
    """A product page view, then the purchase 2-<lag> minutes later."""
    name, price, page = fam.rng.choice(products)
    cur = currency(c.country)
    add(fam, c, t, "web", "page_view", attrs={"page": page})
    attrs = {"product": name, "order_value": money(price, cur), "currency": cur, "page": page}
    return add(fam, c, mins(fam, t, 2, lag), "web", "purchase", attrs=attrs)


# ----- happy acts -----------------------------------------------------------------------

HAPPY_KINDS = [
    "praise",
    "praise",
    "again",
    "gripe",
    "chatq",
    "chatq",
    "emailq",
    "phoneq",
    "buy",
    "buy",
    "view",
    "review",
]


def happy_act(fam: Fam, c: Cust, t: datetime, kind: str, lang: str | None = None) -> str:
    lg = lang or c.lang
    rng = fam.rng
    if kind in ("praise", "again", "gripe"):
        table = {"praise": W.PRAISE, "again": W.AGAIN, "gripe": W.GRIPE}[kind]
        text = pick(fam, c, table[lg])
        if kind == "gripe" and rng.random() < 0.4:
            return add(fam, c, t, "web", "review", text, attrs={"rating": "4", "page": "/reviews"})
        if rng.random() < 0.5:
            return add(fam, c, t, "social", "mention", text)
        return add(fam, c, t, "community", "post", text)
    if kind == "chatq":
        q, a, th = pick(fam, c, W.CHATQ[lg])
        eid = add(fam, c, t, "chat", "chat", q)
        t2 = mins(fam, t, 1, 6)
        add(fam, c, t2, "chat", "chat", a, out=True, agent=agent(fam, lg))
        if th and rng.random() < 0.7:
            add(fam, c, mins(fam, t2, 1, 3), "chat", "chat", th)
        return eid
    if kind == "emailq":
        s, q, a = pick(fam, c, W.EMAILQ[lg])
        ag = agent(fam, lg)
        eid = add(fam, c, t, "email", "message", q.format(first=c.first), subject=s)
        t2 = daylight(fam, mins(fam, t, 60, 300))
        add(
            fam,
            c,
            t2,
            "email",
            "message",
            a.format(first=c.first, agent=ag),
            subject="Re: " + s,
            out=True,
            agent=ag,
        )
        if rng.random() < 0.5:
            add(
                fam,
                c,
                daylight(fam, mins(fam, t2, 30, 180)),
                "email",
                "message",
                W.THANKS_EMAIL[lg],
                subject="Re: " + s,
            )
        return eid
    if kind == "phoneq":
        q, s, a = pick(fam, c, W.PHONEQ[lg])
        ag = agent(fam, lg)
        eid = add(fam, c, t, "phone", "call", q)
        add(
            fam,
            c,
            mins(fam, t, 10, 60),
            "email",
            "message",
            a.format(first=c.first, agent=ag),
            subject=s,
            out=True,
            agent=ag,
        )
        return eid
    if kind == "buy":
        return purchase(fam, c, t, W.PRODUCTS, 10)
    if kind == "view":
        return add(fam, c, t, "web", "page_view", attrs={"page": rng.choice(W.PAGES)})
    if kind == "review":
        rating, text = pick(fam, c, W.REVIEWS[lg])
        return add(
            fam, c, t, "web", "review", text, attrs={"rating": str(rating), "page": "/reviews"}
        )
    if kind == "survey":
        return happy_survey(fam, c, t, lg)
    raise ValueError(kind)


def happy_survey(
    fam: Fam, c: Cust, t: datetime, lang: str, words: dict[str, list[str]] | None = None
) -> str:
    rng = fam.rng
    which = rng.choice(["nps", "csat", "ces"])
    score = {"nps": rng.randint(9, 10), "csat": rng.randint(4, 5), "ces": rng.randint(6, 7)}[which]
    word = rng.choice((words or W.SURVEY_WORDS)[lang])
    return add(
        fam,
        c,
        t,
        "survey",
        "survey_response",
        word or None,
        scores={which: score},
        attrs={"survey": which},
    )


def happy_days(
    fam: Fam,
    c: Cust,
    days: list[int],
    h0: float = 7,
    h1: float = 19,
    kinds: list[str] | None = None,
) -> list[str]:
    out = []
    for d in days:
        out.append(happy_act(fam, c, at(fam, d, h0, h1), fam.rng.choice(kinds or HAPPY_KINDS)))
    return out


def some_days(fam: Fam, lo: int, hi: int, k: int) -> list[int]:
    pool = list(range(lo, hi + 1))
    return sorted(fam.rng.sample(pool, min(k, len(pool))))


# ----- problems -------------------------------------------------------------------------


def desc(c: Cust, problem: str, lang: str | None = None) -> str:
    lg = lang or c.lang
    amt = W.AMOUNTS.get(problem, {}).get(currency(c.country), "")
    return str(W.DESC[problem][lg]).format(amt=amt)


def phone_text(c: Cust, problem: str, lang: str | None = None) -> str:
    lg = lang or c.lang
    amt = W.SPOKEN.get(problem, {}).get(currency(c.country), "")
    return str(W.PHONE[problem][lg]).format(amt=amt)


def social_text(c: Cust, problem: str, lang: str | None = None) -> str:
    lg = lang or c.lang
    if lg in W.SOCIAL[problem]:
        return str(W.SOCIAL[problem][lg])
    return desc(c, problem, lg) + " " + str(W.SOCIAL_TAIL[lg])


def spoken(text: str, lang: str) -> str:
    for ch in '.,!?;:«»"':
        text = text.replace(ch, "")
    text = " ".join(text.split())
    return text if lang == "de" else text.lower()


def complaint(
    fam: Fam,
    c: Cust,
    t: datetime,
    problem: str,
    channel: str,
    ref: str | None,
    lang: str | None = None,
    long_email: bool = False,
) -> str:
    """One complaint on one channel; returns its event id (replies are added by the caller)."""
    lg = lang or c.lang
    topic = W.TOPIC[problem][lg]
    if channel == "email":
        if long_email:
            body = pick(fam, c, W.LONG_EMAIL[lg]).format(
                desc=desc(c, problem, lg), first=c.first, last=c.last
            )
        else:
            body = desc(c, problem, lg) + " " + fam.rng.choice(W.SHORT_CLOSE[lg]) + "\n" + c.first
        return add(
            fam, c, t, "email", "message", body, subject=W.COMPLAINT_SUBJECT[lg].format(t=topic)
        )
    if channel == "chat":
        return add(fam, c, t, "chat", "chat", W.CHAT_OPEN[lg] + " " + desc(c, problem, lg))
    if channel == "social":
        return add(fam, c, t, "social", "mention", social_text(c, problem, lg))
    if channel == "web":
        return add(
            fam,
            c,
            t,
            "web",
            "ticket",
            desc(c, problem, lg) + " " + fam.rng.choice(W.SHORT_CLOSE[lg]),
            subject=W.COMPLAINT_SUBJECT[lg].format(t=topic),
            attrs={"page": "/help/contact"},
        )
    if channel == "phone":
        return add(fam, c, t, "phone", "call", phone_text(c, problem, lg))
    raise ValueError(channel)


def acknowledge(
    fam: Fam, c: Cust, t: datetime, channel: str, ref: str, lang: str | None = None
) -> datetime:
    """Case opened: chat answer 1-4 minutes later, else an e-mail 10-40 minutes later."""
    lg = lang or c.lang
    ag = agent(fam, lg)
    if channel == "chat":
        t2 = mins(fam, t, 1, 4)
        add(fam, c, t2, "chat", "chat", W.CHAT_CASE[lg].format(ref=ref), out=True, agent=ag)
        return t2
    t2 = daylight(fam, mins(fam, t, 10, 40))
    add(
        fam,
        c,
        t2,
        "email",
        "message",
        W.CASE_OPENED[lg].format(first=c.first, ref=ref, agent=ag),
        subject=W.CASE_SUBJECT[lg].format(ref=ref),
        out=True,
        agent=ag,
    )
    return t2


def good_news(fam: Fam, c: Cust, t: datetime, ref: str, lang: str | None = None) -> str:
    lg = lang or c.lang
    ag = agent(fam, lg)
    s, body = W.GOOD_NEWS[lg]
    return add(
        fam,
        c,
        t,
        "email",
        "message",
        body.format(first=c.first, ref=ref, agent=ag),
        subject=s.format(ref=ref),
        out=True,
        agent=ag,
    )


def later_contact(
    fam: Fam,
    c: Cust,
    t: datetime,
    problem: str,
    channel: str,
    ref: str,
    nth: int,
    comp: str,
    lang: str | None = None,
) -> str:
    lg = lang or c.lang
    extra = ""
    if nth == 3:
        extra = " " + W.THIRD[lg].format(comp=comp)
    if nth == 4:
        extra = " " + W.FOURTH[lg]
    if channel == "phone":
        text = W.STILL_OPEN_PHONE[lg].format(ref=ref) + (
            " " + spoken(extra, lg).replace(comp.lower(), comp) if extra else ""
        )
        return add(fam, c, t, "phone", "call", text)
    short = desc(c, problem, lg).split(". ")[0].rstrip(".") + "."
    text = pick(fam, c, W.STILL_OPEN[lg]).format(ref=ref, desc=short) + extra
    if channel == "email":
        return add(fam, c, t, "email", "message", text, subject=W.CASE_SUBJECT[lg].format(ref=ref))
    if channel == "chat":
        eid = add(fam, c, t, "chat", "chat", text)
        add(
            fam,
            c,
            mins(fam, t, 1, 4),
            "chat",
            "chat",
            W.URGENT[lg].format(ref=ref),
            out=True,
            agent=agent(fam, lg),
        )
        return eid
    if channel == "web":
        return add(
            fam,
            c,
            t,
            "web",
            "ticket",
            text,
            subject=W.CASE_SUBJECT[lg].format(ref=ref),
            attrs={"page": "/help/contact"},
        )
    if channel == "social":
        return add(fam, c, t, "social", "mention", text)
    raise ValueError(channel)


def not_night(fam: Fam, t: datetime) -> datetime:
    """Later contacts are moved out of 22:00-07:00 UTC to 08:00-09:00."""
    if t.hour >= 22:
        return (t + timedelta(days=1)).replace(hour=8, minute=fam.rng.randint(0, 59))
    if t.hour < 7:
        return t.replace(hour=8, minute=fam.rng.randint(0, 59))
    return t


def repeat_run(
    fam: Fam,
    c: Cust,
    t0: datetime,
    problem: str,
    first_channel: str,
    n: int,
    quality: bool,
    langs: list[str] | None = None,
) -> None:
    langs = langs or [c.lang]
    ref = new_ref(fam)
    comp = fam.rng.choice(COMPETITORS)
    eids = [complaint(fam, c, t0, problem, first_channel, ref, lang=langs[0])]
    if first_channel == "chat" or not quality:
        acknowledge(fam, c, t0, first_channel, ref, lang=langs[0])
    if quality:
        ag = agent(fam, langs[0])
        s, body = W.QUALITY_LEAD[langs[0]]
        add(
            fam,
            c,
            daylight(fam, mins(fam, t0, 90, 150)),
            "email",
            "message",
            body.format(first=c.first, ref=ref, agent=ag),
            subject=s.format(ref=ref),
            out=True,
            agent=ag,
        )
    others = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != first_channel]
    fam.rng.shuffle(others)
    chans = [first_channel]
    t = t0
    for k in range(2, n + 1):
        t = not_night(fam, t + timedelta(minutes=fam.rng.randint(4 * 60, 40 * 60)))
        ch = others[k - 2]
        chans.append(ch)
        eids.append(
            later_contact(fam, c, t, problem, ch, ref, k, comp, lang=langs[(k - 1) % len(langs)])
        )
    c.extra.update(
        {
            "problem": problem,
            "booking": ref,
            "contacts": n,
            "channels": chans,
            "channel": first_channel,
            "problem_event_ids": eids,
            "agent_passed_on": quality,
            "competitor": comp if n >= 3 else None,
            "trouble_starts_at": iso(t0),
        }
    )


def fixed_case(
    fam: Fam,
    c: Cust,
    t0: datetime,
    problem: str,
    channel: str,
    lang: str | None = None,
    confirm_lang: str | None = None,
) -> dict[str, Any]:
    ref = new_ref(fam)
    eid = complaint(fam, c, t0, problem, channel, ref, lang=lang)
    acknowledge(fam, c, t0, channel, ref, lang=lang)
    t1 = daylight(fam, mins(fam, t0, 180, 1200))
    good_news(fam, c, t1, ref, lang=confirm_lang or lang)
    t2 = daylight(fam, mins(fam, t1, 480, 1800))
    cl = confirm_lang or lang or c.lang
    cch = fam.rng.choice(["email", "chat"])
    if cch == "email":
        ceid = add(
            fam,
            c,
            t2,
            "email",
            "message",
            W.CONFIRM[cl].format(ref=ref),
            subject=W.CASE_SUBJECT[cl].format(ref=ref),
        )
    else:
        ceid = add(fam, c, t2, "chat", "chat", W.CONFIRM[cl].format(ref=ref))
    return {
        "problem": problem,
        "booking": ref,
        "raised_at": iso(t0),
        "fixed_at": iso(t1),
        "confirmed_at": iso(t2),
        "problem_event_ids": [eid],
        "confirm_event_id": ceid,
        "channel": channel,
        "confirm_channel": cch,
    }


def slide(
    fam: Fam, c: Cust, day0: int, span: int, langs: list[str] | None = None, nps: bool = False
) -> None:
    langs = langs or [c.lang]
    comp = fam.rng.choice(COMPETITORS)
    eids = []
    t_prev: datetime | None = None
    t4: datetime | None = None
    for i in range(6):
        lg = langs[i % len(langs)]
        t = at(fam, day0 + span * i / 5, 8, 20)
        if t_prev is not None and t < t_prev + timedelta(hours=1):
            t = t_prev + timedelta(minutes=fam.rng.randint(60, 150))
        t = daylight(fam, t, 7, 21)
        text = W.SLIDE[lg][i].format(comp=comp)
        ch = fam.rng.choice(["social", "community", "review"])
        if ch == "review":
            eids.append(
                add(
                    fam,
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str(W.SLIDE_RATINGS[i]), "page": "/reviews"},
                )
            )
        elif ch == "social":
            eids.append(add(fam, c, t, "social", "mention", text))
        else:
            eids.append(add(fam, c, t, "community", "post", text))
        t_prev = t
        if i == 3:
            t4 = t
    first_t = next(r["_t"] for r in fam.rows if r["event_id"] == eids[0])
    c.extra.update(
        {
            "slide_event_ids": eids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": iso(first_t),
        }
    )
    if nps and t4 is not None:
        ts = daylight(fam, mins(fam, t4, 150, 210))
        score = fam.rng.randint(1, 5)
        sid = add(
            fam,
            c,
            ts,
            "survey",
            "survey_response",
            fam.rng.choice(W.LOW_NPS_WORDS[langs[-1]]) or None,
            scores={"nps": score},
            attrs={"survey": "nps"},
        )
        c.extra.update({"nps_given": True, "nps": score, "survey_event_id": sid})


# ----- families -------------------------------------------------------------------------

TOL_REPEAT = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
TOL_SLIDE = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
TOL_LEAVE = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]


def happy_writers(fam: Fam) -> None:
    for _ in range(16):
        c = new_cust(fam, "happy", "day writer")
        happy_days(
            fam,
            c,
            some_days(fam, 0, fam.days - 1, fam.rng.randint(5, 8)),
            7,
            19,
            [*HAPPY_KINDS, "survey"],
        )
    for _ in range(5):
        c = new_cust(fam, "happy", "night writer", night=True)
        for d in some_days(fam, 0, fam.days - 2, fam.rng.randint(2, 4)):
            t = fam.start + timedelta(days=d, minutes=fam.rng.randint(22 * 60 + 12, 28 * 60 + 30))
            if fam.rng.random() < 0.5:
                text = pick(fam, c, W.NIGHT_POST[c.lang])
                ch, kind = (
                    ("social", "mention") if fam.rng.random() < 0.5 else ("community", "post")
                )
                add(fam, c, t, ch, kind, text)
            else:
                q, a, th = W.NIGHT_CHAT[c.lang][0]
                add(fam, c, t, "chat", "chat", q)
                t2 = mins(fam, t, 1, 5)
                add(fam, c, t2, "chat", "chat", a, out=True, agent=agent(fam, c.lang))
                add(fam, c, mins(fam, t2, 1, 3), "chat", "chat", th)
        happy_days(
            fam,
            c,
            some_days(fam, 0, fam.days - 1, fam.rng.randint(2, 3)),
            9,
            18,
            ["praise", "buy", "view", "review"],
        )
    for _ in range(5):
        c = new_cust(fam, "happy", "answers surveys")
        for d in some_days(fam, 0, fam.days - 1, fam.rng.randint(3, 6)):
            happy_survey(fam, c, at(fam, d, 8, 20), c.lang)


def one_bad_day(fam: Fam) -> None:
    forms = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    problems = [p for p in W.PROBLEMS for _ in range(4)]
    fam.rng.shuffle(problems)
    bad: list[tuple[Cust, str, str, datetime, str]] = []
    long_langs = ["fr", "fr", "en", "en"]
    for form, problem in zip(forms, problems, strict=True):
        lang = long_langs.pop() if form == "long" else None
        c = new_cust(fam, "happy_one_bad_day", "one bad day", lang=lang)
        day = fam.rng.randint(2, 9)
        t = at(fam, day, 8, 20)
        ok_days = [d for d in range(fam.days) if d <= day - 2 or d >= day + 3]
        happy_days(fam, c, sorted(fam.rng.sample(ok_days, fam.rng.randint(1, 5))), 7, 19)
        channel = "email" if form == "long" else form
        ref = None if form == "social" else new_ref(fam)
        eid = complaint(fam, c, t, problem, channel, ref, long_email=form == "long")
        if ref is not None:
            acknowledge(fam, c, t, channel, ref)
        c.tolerated = ["silence"]
        c.extra.update(
            {
                "problem": problem,
                "booking": ref,
                "channel": channel,
                "long_email": form == "long",
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(t),
                "nps_given": False,
                "csat_given": False,
                "agent_fixed": False,
                "apologised": False,
            }
        )
        bad.append((c, problem, channel, t, ref or ""))
    with_case = [b for b in bad if b[4]]
    fam.rng.shuffle(with_case)
    for i, (c, _p, _ch, t, _ref) in enumerate(with_case):
        if i < 6:
            score = fam.rng.randint(1, 5)
            sid = add(
                fam,
                c,
                mins(fam, t, 100, 140),
                "survey",
                "survey_response",
                fam.rng.choice(W.LOW_NPS_WORDS[c.lang]) or None,
                scores={"nps": score},
                attrs={"survey": "nps"},
            )
            c.persona = "bad_day_detractor"
            c.expected = ["detractor"]
            c.extra.update({"nps_given": True, "nps": score, "survey_event_id": sid})
        elif i < 11:
            score = fam.rng.randint(1, 2)
            sid = add(
                fam,
                c,
                mins(fam, t, 40, 80),
                "survey",
                "survey_response",
                fam.rng.choice(W.LOW_CSAT_WORDS[c.lang]) or None,
                scores={"csat": score},
                attrs={"survey": "csat"},
            )
            c.extra.update({"csat_given": True, "csat": score, "survey_event_id": sid})
    fixers = fam.rng.sample(with_case, 12)
    for j, (c, _p, _ch, t, ref) in enumerate(fixers):
        good_news(fam, c, daylight(fam, mins(fam, t, 60, 240)), ref)
        c.extra["agent_fixed"] = True
        if j < 5:
            ta = daylight(fam, mins(fam, t, 16 * 60, 24 * 60), 8, 21)
            ch = fam.rng.choice(["chat", "email"])
            aid = add(
                fam,
                c,
                ta,
                ch,
                "chat" if ch == "chat" else "message",
                W.APOLOGY[c.lang],
                subject=None if ch == "chat" else W.CASE_SUBJECT[c.lang].format(ref=ref),
            )
            c.extra.update({"apologised": True, "apology_at": iso(ta), "apology_event_id": aid})
    for _ in range(8):
        c = new_cust(fam, "happy", "control")
        happy_days(
            fam,
            c,
            some_days(fam, 0, fam.days - 1, fam.rng.randint(4, 7)),
            7,
            19,
            [*HAPPY_KINDS, "survey"],
        )


def repeat_contacts(fam: Fam) -> None:
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    counts = [2] * 4 + [3] * 4 + [4] * 4
    quality = [True] * 6 + [False] * 6
    fam.rng.shuffle(firsts)
    fam.rng.shuffle(quality)
    for i in range(12):
        c = new_cust(fam, "repeat_contact", "repeats")
        happy_days(fam, c, [0] * fam.rng.randint(1, 3), 7, 12, ["praise", "buy", "view", "chatq"])
        t0 = at(fam, fam.rng.randint(1, 4), 8, 19)
        repeat_run(fam, c, t0, fam.rng.choice(W.PROBLEMS), firsts[i], counts[i], quality[i])
        c.expected = ["repeat_contact"]
        c.tolerated = list(TOL_REPEAT)
    for _ in range(5):
        c = new_cust(fam, "resolved_between_contacts", "fixed")
        happy_days(fam, c, some_days(fam, 0, 1, fam.rng.randint(1, 2)), 7, 19)
        case = fixed_case(
            fam,
            c,
            at(fam, fam.rng.randint(1, 4), 8, 19),
            fam.rng.choice(W.PROBLEMS),
            fam.rng.choice(["web", "email", "chat", "phone"]),
        )
        c.tolerated = ["silence"]
        c.extra.update({"problems": [case], "trouble_starts_at": case["raised_at"]})
    for _ in range(3):
        c = new_cust(fam, "different_problems", "two problems")
        happy_days(fam, c, [0], 7, 19)
        p1, p2 = fam.rng.sample(list(W.PROBLEMS), 2)
        d1 = fam.rng.randint(1, 3)
        c1 = fixed_case(fam, c, at(fam, d1, 8, 18), p1, fam.rng.choice(["web", "email", "chat"]))
        c2 = fixed_case(
            fam,
            c,
            at(fam, d1 + fam.rng.randint(4, 5), 8, 18),
            p2,
            fam.rng.choice(["web", "email", "chat", "phone"]),
        )
        c.tolerated = ["silence"]
        c.extra.update({"problems": [c1, c2], "trouble_starts_at": c1["raised_at"]})
    for _ in range(7):
        c = new_cust(fam, "happy", "frequent writer")
        happy_days(
            fam,
            c,
            some_days(fam, 0, fam.days - 1, fam.rng.randint(5, 8)),
            7,
            19,
            ["chatq", "chatq", "emailq", "phoneq", "emailq", "praise", "buy"],
        )


def slow_churners(fam: Fam) -> None:
    spans = [3] + [5] * 5 + [9] * 4
    fam.rng.shuffle(spans)
    nps_who = set(fam.rng.sample(range(10), 5))
    for i in range(10):
        c = new_cust(fam, "slow_churner", "slides")
        days = some_days(fam, 0, 10, fam.rng.randint(6, 9))
        k = fam.rng.randint(4, 5)
        for j, d in enumerate(days):
            happy_act(
                fam,
                c,
                at(fam, d, 7, 19),
                "praise" if j < k else fam.rng.choice(["again", "chatq", "buy", "view", "review"]),
            )
        slide(fam, c, fam.rng.randint(12, 16), spans[i], nps=i in nps_who)
        c.expected = ["sentiment_drop", "detractor"] if i in nps_who else ["sentiment_drop"]
        c.tolerated = list(TOL_SLIDE)
    for _ in range(5):
        c = new_cust(fam, "slow_churner", "asks to cancel")
        happy_days(fam, c, some_days(fam, 0, 15, fam.rng.randint(4, 6)), 7, 19)
        t = at(fam, fam.rng.randint(17, 23), 8, 19)
        s, body = pick(fam, c, W.LEAVE[c.lang])
        eid = add(fam, c, t, "email", "message", body.format(first=c.first, last=c.last), subject=s)
        ag = agent(fam, c.lang)
        s2, b2 = W.SORRY_GO[c.lang]
        add(
            fam,
            c,
            daylight(fam, mins(fam, t, 60, 300)),
            "email",
            "message",
            b2.format(first=c.first, agent=ag),
            subject=s2,
            out=True,
            agent=ag,
        )
        tc = daylight(fam, mins(fam, t, 20 * 60, 30 * 60))
        cid = add(
            fam,
            c,
            tc,
            "web",
            "cancellation",
            attrs={"page": "/my-account/adoption/cancel", "product": W.PRODUCTS[0][0]},
        )
        c.expected = ["churn_intent"]
        c.tolerated = list(TOL_LEAVE)
        c.extra.update(
            {
                "churn_intent_event_id": eid,
                "cancellation_event_id": cid,
                "churn_at": iso(tc),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = new_cust(fam, "happy", "steady")
        happy_days(
            fam,
            c,
            some_days(fam, 0, fam.days - 1, fam.rng.randint(6, 10)),
            7,
            19,
            [*HAPPY_KINDS, "survey"],
        )
    for _ in range(5):
        c = new_cust(fam, "steadily_grumpy", "grumbles")
        gd = float(fam.rng.randint(0, 4))
        gids = []
        texts = fam.rng.sample(W.GRUMPY[c.lang], fam.rng.randint(5, 6))
        for text in texts:
            t = at(fam, gd, 8, 20)
            ch = fam.rng.choice(["social", "community", "web", "review"])
            if ch == "review":
                gids.append(
                    add(fam, c, t, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            elif ch == "web":
                gids.append(
                    add(
                        fam,
                        c,
                        t,
                        "web",
                        "ticket",
                        text,
                        subject=text[:40],
                        attrs={"page": "/help/contact"},
                    )
                )
            else:
                gids.append(add(fam, c, t, ch, "mention" if ch == "social" else "post", text))
            gd += fam.rng.randint(1, 3)
        happy_days(fam, c, some_days(fam, 0, fam.days - 1, fam.rng.randint(0, 2)), 8, 19, ["buy"])
        c.tolerated = ["repeat_contact", "silence"]
        c.extra.update(
            {
                "grumble_event_ids": gids,
                "trouble_starts_at": iso(min(r["_t"] for r in fam.rows if r["event_id"] in gids)),
            }
        )
    for _ in range(5):
        c = new_cust(fam, "happy_one_sarcastic_remark", "happy")
        happy_days(fam, c, some_days(fam, 0, 16, fam.rng.randint(3, 6)), 7, 19)
        t = at(fam, fam.rng.randint(17, 28), 9, 20)
        sid = add(
            fam,
            c,
            t,
            fam.rng.choice(["social", "community"]),
            "post",
            pick(fam, c, W.SARCASM[c.lang]),
        )
        c.tolerated = ["silence"]
        c.extra.update({"sarcasm_event_id": sid, "trouble_starts_at": iso(t)})


def quiet_hours(fam: Fam) -> None:
    for _ in range(16):
        c = new_cust(fam, "happy", "day writer")
        happy_days(
            fam,
            c,
            some_days(fam, 0, 2, fam.rng.randint(1, 3)),
            7,
            17.5,
            ["praise", "chatq", "phoneq", "buy", "view", "review", "gripe"],
        )
    for i in range(4):
        c = new_cust(fam, "grumbles_once", "grumbles once")
        t = at(fam, fam.rng.randint(0, 2), 9, 17)
        happy_act(fam, c, t, fam.rng.choice(["buy", "view"]))
        tg = mins(fam, t, 20, 30)
        q, a = pick(fam, c, W.MILD[c.lang])
        ag = agent(fam, c.lang)
        if i < 2:
            gid = add(fam, c, tg, "chat", "chat", q)
            add(fam, c, mins(fam, tg, 1, 5), "chat", "chat", a, out=True, agent=ag)
        else:
            gid = add(fam, c, tg, "web", "ticket", q, attrs={"page": "/help/contact"})
            s, b = W.FORM_ACK[c.lang]
            add(
                fam,
                c,
                mins(fam, tg, 30, 120),
                "email",
                "message",
                b.format(first=c.first, agent=ag),
                subject=s,
                out=True,
                agent=ag,
            )
        c.tolerated = ["silence"]
        c.extra.update({"grumble_event_id": gid, "trouble_starts_at": iso(tg)})
    for night in range(3):
        base = fam.start + timedelta(days=night + 1, minutes=fam.rng.randint(40, 65))
        offsets = [0, fam.rng.randint(28, 33), fam.rng.randint(55, 65)]
        for b, off in enumerate(offsets):
            burst = base + timedelta(minutes=off)
            for _ in range(4):
                c = new_cust(fam, "night_owl", f"night {night + 1}, burst {b + 1}", night=True)
                t = burst + timedelta(minutes=fam.rng.randint(0, 9))
                if fam.rng.random() < 0.5:
                    q, a, th = W.NIGHT_CHAT[c.lang][0]
                    nid = add(fam, c, t, "chat", "chat", q)
                    t2 = mins(fam, t, 1, 4)
                    add(fam, c, t2, "chat", "chat", a, out=True, agent=agent(fam, c.lang))
                    add(fam, c, mins(fam, t2, 1, 3), "chat", "chat", th)
                else:
                    ch, kind = (
                        ("social", "mention") if fam.rng.random() < 0.5 else ("community", "post")
                    )
                    nid = add(fam, c, t, ch, kind, pick(fam, c, W.NIGHT_POST[c.lang]))
                if fam.rng.random() < 0.5:
                    happy_act(
                        fam,
                        c,
                        at(fam, fam.rng.randint(0, 2), 9, 17.5),
                        fam.rng.choice(["praise", "buy", "view"]),
                    )
                c.extra.update({"burst_at": iso(burst), "night_event_id": nid})


BILINGUAL_WHY = {
    "en": "works for an English-speaking firm",
    "fr": "grew up in a French-speaking family",
    "de": "partner's family speaks German",
    "it": "studied in Italy",
    "es": "lived in Spain for years",
    "pt": "partner is Portuguese",
}
PAIR_MARKETS = {
    frozenset({"fr", "en"}): ["FR", "BE", "LU", "UK", "IE", "CH"],
    frozenset({"fr", "de"}): ["CH", "LU", "BE", "FR", "DE"],
    frozenset({"fr", "it"}): ["CH", "FR", "IT"],
    frozenset({"en", "de"}): ["DE", "AT", "UK", "IE"],
    frozenset({"en", "es"}): ["ES", "UK"],
    frozenset({"en", "pt"}): ["PT", "UK"],
    frozenset({"fr", "es"}): ["ES", "FR"],
    frozenset({"fr", "pt"}): ["PT", "FR", "LU"],
    frozenset({"en", "it"}): ["IT", "IE"],
}


def bilingual(fam: Fam) -> None:
    rng = fam.rng

    def person(persona: str, habit: str, l1: str, l2: str) -> Cust:
        country = rng.choice(PAIR_MARKETS[frozenset({l1, l2})])
        c = new_cust(fam, persona, habit, lang=l1, country=country)
        c.extra.update({"languages": [l1, l2], "job_second_language": BILINGUAL_WHY[l2]})
        return c

    happy_pairs = [
        ("fr", "en"),
        ("en", "fr"),
        ("fr", "en"),
        ("en", "fr"),
        ("fr", "de"),
        ("de", "fr"),
        ("en", "es"),
        ("es", "en"),
        ("fr", "it"),
        ("en", "pt"),
        ("pt", "fr"),
        ("de", "en"),
    ]
    for l1, l2 in happy_pairs:
        c = person("happy", "alternates languages", l1, l2)
        for j, d in enumerate(some_days(fam, 0, fam.days - 1, rng.randint(5, 8))):
            happy_act(
                fam,
                c,
                at(fam, d, 7, 19),
                rng.choice(["praise", "again", "chatq", "emailq", "buy", "review"]),
                lang=[l1, l2][j % 2],
            )
    for (l1, l2), n in zip(
        [("fr", "en"), ("en", "fr"), ("fr", "de"), ("en", "it"), ("es", "fr")],
        [2, 2, 3, 3, 4],
        strict=True,
    ):
        c = person("repeat_contact", "repeats", l1, l2)
        happy_days(
            fam, c, some_days(fam, 0, 1, rng.randint(1, 2)), 7, 19, ["praise", "buy", "view"]
        )
        repeat_run(
            fam,
            c,
            at(fam, rng.randint(2, 5), 8, 19),
            rng.choice(W.PROBLEMS),
            rng.choice(["web", "email", "chat"]),
            n,
            n >= 3,
            langs=[l1, l2],
        )
        c.expected = ["repeat_contact"]
        c.tolerated = list(TOL_REPEAT)
    for l1, l2 in [("fr", "en"), ("en", "fr"), ("de", "fr"), ("en", "de"), ("fr", "es")]:
        c = person("slow_churner", "slides", l1, l2)
        days = some_days(fam, 0, 5, 5)
        for j, d in enumerate(days):
            happy_act(fam, c, at(fam, d, 7, 19), "praise", lang=[l1, l2][j % 2])
        for d in some_days(fam, 0, 5, rng.randint(1, 3)):
            happy_act(fam, c, at(fam, d, 7, 19), rng.choice(["buy", "view", "chatq"]))
        slide(fam, c, rng.randint(7, 8), rng.randint(3, 5), langs=[l1, l2])
        c.expected = ["sentiment_drop"]
        c.tolerated = list(TOL_SLIDE)
    for (l1, l2), form in zip(
        [("de", "fr"), ("pt", "en"), ("it", "fr")], ["long", "email", "chat"], strict=True
    ):
        c = person("happy_one_bad_day", "one bad day", l1, l2)
        day = rng.randint(4, 9)
        ok = [d for d in range(fam.days) if d <= day - 2 or d >= day + 3]
        for j, d in enumerate(sorted(rng.sample(ok, rng.randint(3, 5)))):
            happy_act(
                fam,
                c,
                at(fam, d, 7, 19),
                rng.choice(["praise", "chatq", "buy", "view"]),
                lang=[l1, l2][j % 2],
            )
        problem = rng.choice(W.PROBLEMS)
        t = at(fam, day, 8, 20)
        ch = "email" if form != "chat" else "chat"
        ref = new_ref(fam)
        eid = complaint(fam, c, t, problem, ch, ref, lang=l2, long_email=form == "long")
        acknowledge(fam, c, t, ch, ref, lang=l2)
        c.tolerated = ["silence"]
        c.extra.update(
            {
                "problem": problem,
                "booking": ref,
                "channel": ch,
                "long_email": form == "long",
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "bad_day_language": l2,
                "trouble_starts_at": iso(t),
                "agent_fixed": form != "chat",
                "apologised": form == "email",
            }
        )
        if form != "chat":
            good_news(fam, c, daylight(fam, mins(fam, t, 60, 240)), ref, lang=l2)
        if form == "email":
            ta = daylight(fam, mins(fam, t, 18 * 60, 24 * 60), 8, 21)
            aid = add(fam, c, ta, "chat", "chat", W.APOLOGY[l2])
            c.extra.update({"apology_at": iso(ta), "apology_event_id": aid})
    for l1, l2 in [("fr", "en"), ("en", "fr")]:
        c = person("resolved_between_contacts", "fixed", l1, l2)
        happy_days(fam, c, [0, 1], 7, 19, ["praise", "buy"])
        case = fixed_case(
            fam,
            c,
            at(fam, rng.randint(2, 6), 8, 18),
            rng.choice(W.PROBLEMS),
            "web",
            lang=l1,
            confirm_lang=l2,
        )
        c.tolerated = ["silence"]
        c.extra.update(
            {"problems": [case], "trouble_starts_at": case["raised_at"], "confirm_language": l2}
        )


ACCOUNTS = [
    # kind, contacts, unhappy, problem, market, site, company
    ("at_risk", 5, 3, "missed_visit", "FR", "school", "Lycée Jean-Rostand"),
    ("at_risk", 4, 3, "invoice", "FR", "hotel", "Hôtel des Tanneurs"),
    ("at_risk", 4, 3, "portal", "UK", "offices", "Harbourline Insurance"),
    ("at_risk", 6, 4, "overbilled", "UK", "university", "Northgate College"),
    ("at_risk", 5, 4, "invoice", "DE", "municipality", "Stadtwerke Auenfeld"),
    ("one_unhappy", 3, 1, "missed_visit", "BE", "offices", "Brasserie Coopérative Mosane"),
    ("one_unhappy", 3, 1, "overbilled", "IE", "hotel", "Clontarf Bay Hotel"),
    ("one_unhappy", 3, 1, "portal", "IT", "offices", "Officine Bassani"),
    ("one_unhappy", 3, 1, "invoice", "FR", "retail", "Maison Vernier"),
    ("mild", 3, 0, None, "ES", "logistics", "Logística Ebro"),
    ("mild", 4, 0, None, "UK", "hospital", "St Aldwyn's Hospital Trust"),
    ("mild", 4, 0, None, "CH", "bank", "Banque Cantonale du Lac"),
    ("happy", 4, 0, None, "FR", "town hall", "Mairie de Saint-Aubin"),
    ("happy", 4, 0, None, "PT", "winery", "Quinta do Sobral"),
    ("happy", 4, 0, None, "DE", "architects", "Hollerbusch Architekten"),
]
ACCOUNT_LANG = {
    "FR": "fr",
    "BE": "fr",
    "CH": "fr",
    "UK": "en",
    "IE": "en",
    "DE": "de",
    "IT": "it",
    "ES": "es",
    "PT": "pt",
}


def b2b_routine(fam: Fam, c: Cust, t: datetime, kind: str) -> str:
    lg = c.lang
    if kind == "chat":
        q, a, th = pick(fam, c, B.CO_CHAT[lg])
        eid = add(fam, c, t, "chat", "chat", q)
        t2 = mins(fam, t, 1, 6)
        add(fam, c, t2, "chat", "chat", a, out=True, agent=agent(fam, lg))
        if fam.rng.random() < 0.6:
            add(fam, c, mins(fam, t2, 1, 3), "chat", "chat", th)
        return eid
    if kind == "buy":
        return purchase(fam, c, t, B.PRO_PRODUCTS, 12)
    if kind == "view":
        return add(fam, c, t, "web", "page_view", attrs={"page": fam.rng.choice(B.PRO_PAGES)})
    if kind == "praise":
        return add(fam, c, t, "community", "post", pick(fam, c, B.CO_PRAISE[lg]))
    if kind == "survey":
        return happy_survey(fam, c, t, lg, B.CO_SURVEY)
    raise ValueError(kind)


def weekday_at(fam: Fam, day: int, h0: float, h1: float) -> datetime:
    t = at(fam, day, h0, h1)
    while t.weekday() >= 5:
        t += timedelta(days=1)
    return t


def b2b_accounts(fam: Fam) -> None:
    rng = fam.rng
    for kind, n, unhappy, problem, market, site, company in ACCOUNTS:
        lang = ACCOUNT_LANG[market]
        acc_id = unique(fam, lambda market=market: f"FVP-{market}-{rng.randint(1000, 9999)}")
        domain = ascii_name(company.split()[-1] + company.split()[0])[:14] + ".example"
        co = {"account_id": acc_id, "domain": domain, "firsts": set()}
        contacts = [
            new_cust(fam, "b2b_happy", "contact", lang=lang, country=market, company=co)
            for _ in range(n)
        ]
        for c in contacts:
            c.extra.update({"company": company, "role": "contact", "job_title": c.job})
        complainers = contacts[:unhappy]
        trouble = None
        if kind == "at_risk":
            assert problem is not None
            ref = new_ref(fam)
            comp = rng.choice(COMPETITORS)
            t = fam.start + timedelta(days=2, minutes=rng.randint(8 * 60 + 10, 11 * 60))
            trouble = iso(t)
            first_c = complainers[0]
            first_t = t
            for k, c in enumerate(complainers):
                c.persona, c.habit = "b2b_unhappy", "complainer"
                c.extra["role"] = "complainer"
                for _ in range(rng.randint(0, 2)):
                    b2b_routine(
                        fam,
                        c,
                        at(fam, rng.randint(0, 1), 8, 16.5),
                        rng.choice(["chat", "buy", "view"]),
                    )
                if k > 0:
                    t = office(fam, t + timedelta(minutes=rng.randint(8 * 60, 28 * 60)))
                desc_ = B.CO_DESC[problem][lang]
                if k == 0:
                    body = B.CO_FIRST[lang].format(
                        desc=desc_, first=c.first, last=c.last, title=c.job, company=company
                    )
                else:
                    when = (
                        B.THIS_MORNING[lang]
                        if first_t.date() == t.date()
                        else B.WEEKDAY[lang][first_t.weekday()]
                    )
                    body = B.CO_LATER[lang].format(
                        firstname=first_c.first,
                        when=when,
                        ref=ref,
                        desc=desc_,
                        first=c.first,
                        last=c.last,
                        title=c.job,
                        company=company,
                    )
                topic = B.CO_TOPIC[problem][lang]
                eid = add(
                    fam,
                    c,
                    t,
                    "email",
                    "message",
                    body,
                    subject=W.COMPLAINT_SUBJECT[lang].format(t=topic)
                    if k == 0
                    else W.CASE_SUBJECT[lang].format(ref=ref),
                )
                c.extra.update(
                    {
                        "complaint_event_ids": [eid],
                        "trouble_starts_at": iso(t),
                        "booking": ref,
                        "problem": problem,
                    }
                )
                if k == 0:
                    ag = agent(fam, lang)
                    s, b = B.CO_ACK[lang]
                    add(
                        fam,
                        c,
                        office(fam, mins(fam, t, 20, 90)),
                        "email",
                        "message",
                        b.format(first=c.first, ref=ref, company=company, agent=ag),
                        subject=s.format(topic=topic, ref=ref),
                        out=True,
                        agent=ag,
                    )
                c.tolerated = [
                    "sentiment_drop",
                    "churn_intent",
                    "competitor_mention",
                    "high_value_at_risk",
                    "silence",
                    "account_risk",
                ]
                if k < len(complainers) - 1:
                    score = rng.randint(1, 5)
                    sid = add(
                        fam,
                        c,
                        mins(fam, t, 60, 180),
                        "survey",
                        "survey_response",
                        rng.choice(B.CO_LOW[lang]) or None,
                        scores={"nps": score},
                        attrs={"survey": "nps"},
                    )
                    c.expected = ["detractor"]
                    c.extra.update({"nps_given": True, "nps": score, "survey_event_id": sid})
                else:
                    t2 = office(fam, t + timedelta(minutes=rng.randint(18 * 60, 40 * 60)))
                    if problem == "overbilled":
                        rid = add(
                            fam,
                            c,
                            t2,
                            "email",
                            "message",
                            B.CO_LAST_EMAIL[lang].format(
                                ref=ref,
                                comp=comp,
                                first=c.first,
                                last=c.last,
                                title=c.job,
                                company=company,
                            ),
                            subject=W.CASE_SUBJECT[lang].format(ref=ref),
                        )
                        c.extra["competitor"] = comp
                    else:
                        rid = add(
                            fam,
                            c,
                            t2,
                            "phone",
                            "call",
                            B.CO_LAST_PHONE[lang].format(
                                ref=ref, first=c.first, last=c.last, company=company
                            ),
                        )
                    c.expected = ["repeat_contact"]
                    c.extra.update({"repeat_event_id": rid})
                    c.extra["complaint_event_ids"].append(rid)
                c.tolerated = [r for r in c.tolerated if r not in c.expected]
        elif kind == "one_unhappy":
            assert problem is not None
            c = complainers[0]
            c.persona, c.habit = "b2b_one_unhappy", "complainer"
            c.extra["role"] = "complainer"
            for _ in range(rng.randint(0, 2)):
                b2b_routine(
                    fam, c, at(fam, rng.randint(0, 1), 8, 16.5), rng.choice(["chat", "buy", "view"])
                )
            t = weekday_at(fam, rng.randint(3, 7), 8, 16)
            ref = new_ref(fam)
            topic = B.CO_TOPIC[problem][lang]
            eid = add(
                fam,
                c,
                t,
                "email",
                "message",
                B.CO_FIRST[lang].format(
                    desc=B.CO_DESC[problem][lang],
                    first=c.first,
                    last=c.last,
                    title=c.job,
                    company=company,
                ),
                subject=W.COMPLAINT_SUBJECT[lang].format(t=topic),
            )
            ag = agent(fam, lang)
            s, b = B.CO_ACK[lang]
            add(
                fam,
                c,
                office(fam, mins(fam, t, 20, 90)),
                "email",
                "message",
                b.format(first=c.first, ref=ref, company=company, agent=ag),
                subject=s.format(topic=topic, ref=ref),
                out=True,
                agent=ag,
            )
            score = rng.randint(1, 5)
            sid = add(
                fam,
                c,
                mins(fam, t, 60, 180),
                "survey",
                "survey_response",
                rng.choice(B.CO_LOW[lang]) or None,
                scores={"nps": score},
                attrs={"survey": "nps"},
            )
            c.expected = ["detractor"]
            c.tolerated = ["sentiment_drop", "high_value_at_risk", "silence"]
            c.extra.update(
                {
                    "complaint_event_ids": [eid],
                    "trouble_starts_at": iso(t),
                    "booking": ref,
                    "problem": problem,
                    "nps_given": True,
                    "nps": score,
                    "survey_event_id": sid,
                }
            )
        elif kind == "mild":
            for j, c in enumerate(contacts[:2]):
                c.persona, c.habit = "b2b_mild", "suggests"
                c.extra["role"] = "suggests"
                for _ in range(rng.randint(0, 2)):
                    b2b_routine(
                        fam,
                        c,
                        at(fam, rng.randint(0, 1), 8, 16.5),
                        rng.choice(["chat", "buy", "view"]),
                    )
                t = weekday_at(fam, rng.randint(2, 10), 8, 16)
                mid = add(
                    fam,
                    c,
                    t,
                    "web",
                    "ticket",
                    B.SUGGEST[lang][j],
                    attrs={"page": "/pro/portal/feedback"},
                )
                ag = agent(fam, lang)
                s, b = B.SUGGEST_ACK[lang]
                add(
                    fam,
                    c,
                    office(fam, mins(fam, t, 30, 240)),
                    "email",
                    "message",
                    b.format(first=c.first, agent=ag),
                    subject=s,
                    out=True,
                    agent=ag,
                )
                c.tolerated = ["silence"]
                c.extra.update({"mild_event_id": mid, "trouble_starts_at": iso(t)})
        for c in contacts:
            c.habit = c.extra["role"]
            if c.persona == "b2b_happy":
                for d in some_days(fam, 0, fam.days - 1, rng.randint(2, 5)):
                    t = weekday_at(fam, d, 8, 16.5)
                    if t < fam.start + timedelta(days=fam.days):
                        b2b_routine(
                            fam,
                            c,
                            t,
                            rng.choice(["chat", "chat", "buy", "view", "praise", "survey"]),
                        )
        unhappy_keys = [c.key for c in contacts if c.persona in ("b2b_unhappy", "b2b_one_unhappy")]
        fam.accounts[acc_id] = {
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


SPIKE_START = datetime(2026, 10, 29, 7, 40, tzinfo=UTC)
SPIKE_END = datetime(2026, 10, 29, 8, 25, tzinfo=UTC)


def topic_spike(fam: Fam) -> None:
    rng = fam.rng
    langs = ["fr"] * 6 + ["en"] * 6 + ["de", "de", "it", "it", "es", "es", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(langs)
    rng.shuffle(chans)
    regular = [True] * 12 + [False] * 8
    rng.shuffle(regular)
    span = int((SPIKE_END - SPIKE_START).total_seconds() // 60)
    offs = sorted([0, span, *[rng.randint(1, span - 1) for _ in range(18)]])
    reporters = []
    for i in range(20):
        c = new_cust(fam, "spike_reporter", "regular" if regular[i] else "new", lang=langs[i])
        if regular[i]:
            for d in some_days(fam, 1, 6, rng.randint(1, 4)):
                t = at(fam, d, 8, 17.5)
                if d == 3:
                    t = at(fam, d, 12, 17.5)
                happy_act(fam, c, t, rng.choice(["praise", "chatq", "buy", "view", "review"]))
        t = SPIKE_START + timedelta(minutes=offs[i])
        ch = chans[i]
        text = pick(fam, c, W.SPIKE[c.lang])
        lg = c.lang
        if ch == "email":
            eid = add(
                fam,
                c,
                t,
                "email",
                "message",
                text,
                subject={
                    "fr": "Appli : BZ:5E",
                    "en": "App: BZ:5E",
                    "de": "App: BZ:5E",
                    "it": "App: BZ:5E",
                    "es": "App: BZ:5E",
                    "pt": "App: BZ:5E",
                }[lg],
            )
        elif ch == "chat":
            eid = add(fam, c, t, "chat", "chat", text)
            add(
                fam,
                c,
                mins(fam, t, 1, 3),
                "chat",
                "chat",
                W.SPIKE_CHAT_A[lg],
                out=True,
                agent=agent(fam, lg),
            )
        elif ch == "web":
            eid = add(
                fam, c, t, "web", "ticket", text, subject="BZ:5E", attrs={"page": "/help/contact"}
            )
        elif ch == "social":
            eid = add(fam, c, t, "social", "mention", text)
        else:
            eid = add(fam, c, t, "community", "post", text)
        c.tolerated = ["silence"]
        c.extra.update(
            {
                "in_spike": True,
                "regular": regular[i],
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
            }
        )
        reporters.append((c, t, ch))
    early = [r for r in reporters if r[1] <= SPIKE_START + timedelta(minutes=25)]
    repeaters = rng.sample(early, 6)
    rep_chans = ["email", "email", "chat", "chat", "community", "community"]
    repeat_ids = []
    for (c, t, ch), rch in zip(repeaters, rep_chans, strict=True):
        if rch == ch:
            rch = {"email": "community", "chat": "email", "community": "chat"}[rch]
        t2 = mins(fam, t, 15, 50)
        text = W.SPIKE_REPEAT[c.lang]
        if rch == "email":
            rid = add(fam, c, t2, "email", "message", text, subject="Re: BZ:5E")
        elif rch == "chat":
            rid = add(fam, c, t2, "chat", "chat", text)
            add(
                fam,
                c,
                mins(fam, t2, 1, 3),
                "chat",
                "chat",
                W.SPIKE_CHAT_A[c.lang],
                out=True,
                agent=agent(fam, c.lang),
            )
        else:
            rid = add(fam, c, t2, "community", "post", text)
        c.persona = "spike_repeater"
        c.expected = ["repeat_contact"]
        c.tolerated = ["silence", "sentiment_drop"]
        c.extra["repeat_event_id"] = rid
        repeat_ids.append(rid)
    rest = [r for r in reporters if r not in repeaters]
    for c, _t, _ch in rng.sample(rest, 6):
        ag = agent(fam, c.lang)
        off = UTC_OFFSET_OCT29.get(c.country, 1)
        local = f"{10 + off}:20"
        s, b = W.SPIKE_FIXED[c.lang]
        add(
            fam,
            c,
            datetime(2026, 10, 29, 10, 40 + rng.randint(0, 9), tzinfo=UTC),
            "email",
            "message",
            b.format(first=c.first, local=local, agent=ag),
            subject=s,
            out=True,
            agent=ag,
        )
        c.extra["agent_fixed"] = True
    for _ in range(40):
        c = new_cust(fam, "happy", "day writer")
        for d in some_days(fam, 0, 6, rng.randint(1, 4)):
            happy_act(
                fam, c, at(fam, d, 12, 19) if d == 3 else at(fam, d, 7, 19), rng.choice(HAPPY_KINDS)
            )
    for lg in ("fr", "en"):
        c = new_cust(fam, "grumbles_once", "grumbles once", lang=lg)
        t = at(fam, 0, 9, 16)
        q, a = W.CALM_GRUMBLE[lg]
        gid = add(fam, c, t, "chat", "chat", q)
        add(fam, c, mins(fam, t, 1, 5), "chat", "chat", a, out=True, agent=agent(fam, lg))
        c.tolerated = ["silence"]
        c.extra.update({"grumble_event_id": gid, "trouble_starts_at": iso(t)})
    for lg, hm in (("fr", (9, 40)), ("en", (16, 5))):
        c = new_cust(fam, "grumbles_once", "lone question", lang=lg)
        t = fam.start + timedelta(days=2, hours=hm[0], minutes=hm[1])
        q, a = W.LONE_Q[lg]
        lid = add(fam, c, t, "chat", "chat", q)
        add(fam, c, mins(fam, t, 2, 6), "chat", "chat", a, out=True, agent=agent(fam, lg))
        c.tolerated = ["silence"]
        c.extra.update({"lone_report_event_id": lid, "trouble_starts_at": iso(t)})
    fam.spike = {
        "topic": "beehive-adoption app starts the hive cam sound at full volume on opening, black screen, app frozen, error BZ:5E",
        "about": "the app plays the hive cam's buzzing at full volume as soon as it opens and sticks on a black screen with BZ:5E; phone volume ignored, only a force-close helps",
        "channel": None,
        "start": iso(SPIKE_START),
        "end": iso(SPIKE_END),
        "customers": 20,
        "customer_keys": [r[0].key for r in reporters],
        "event_ids": [r[0].extra["spike_event_id"] for r in reporters],
        "repeat_event_ids": repeat_ids,
    }


# ----- writing --------------------------------------------------------------------------

FAMILIES: list[tuple[str, str, datetime, int, str, dict[str, int], Any]] = [
    (
        "happy_writers",
        "HW",
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        "happy households writing by day and night, and survey answerers",
        {},
        happy_writers,
    ),
    (
        "one_bad_day",
        "BD",
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        "happy households with one angry day",
        {"detractor": 6},
        one_bad_day,
    ),
    (
        "repeat_contacts",
        "RC",
        datetime(2026, 5, 18, tzinfo=UTC),
        10,
        "one problem raised again and again, fixed cases, frequent writers",
        {"repeat_contact": 12},
        repeat_contacts,
    ),
    (
        "slow_churners",
        "SC",
        datetime(2026, 6, 22, tzinfo=UTC),
        32,
        "slides, leavers, steady, grumpy and sarcastic households",
        {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
        slow_churners,
    ),
    (
        "quiet_hours",
        "QH",
        datetime(2026, 8, 14, tzinfo=UTC),
        3,
        "a calm summer weekend with night owls",
        {},
        quiet_hours,
    ),
    (
        "bilingual",
        "BL",
        datetime(2026, 9, 7, tzinfo=UTC),
        14,
        "customers writing in two languages",
        {"repeat_contact": 5, "sentiment_drop": 5},
        bilingual,
    ),
    (
        "b2b_accounts",
        "BB",
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
        "Favalia Pro accounts",
        {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
        b2b_accounts,
    ),
    (
        "topic_spike",
        "TS",
        datetime(2026, 10, 26, tzinfo=UTC),
        7,
        "a calm week and one planted incident",
        {"topic_spike": 1, "repeat_contact": 6},
        topic_spike,
    ),
]


def ident(fam: Fam, c: Cust, channel: str, first: bool) -> dict[str, str | None]:
    ids = c.ids
    ref: dict[str, str | None] = {
        "customer_id": None,
        "email": None,
        "phone": None,
        "handle": None,
        "account_id": ids["account_id"],
    }
    if first:
        ref.update({k: ids[k] for k in ("customer_id", "email", "phone", "handle")})
        return ref
    r = fam.rr
    if channel == "phone":
        p = str(ids["phone"])
        if r.random() < 0.5:
            cc = 4 if p.startswith(("+35",)) else 3
            p = p[:cc] + " " + p[cc:]
        ref["phone"] = p
    elif channel in ("social", "community"):
        if ids["handle"]:
            h = str(ids["handle"])
            ref["handle"] = h[1:] if r.random() < 0.2 else h
        else:
            ref["email"] = ids["email"]
    elif channel == "email":
        e = str(ids["email"])
        ref["email"] = e.upper() if r.random() < 1 / 12 else e
    else:
        ref["customer_id"] = ids["customer_id"]
    return ref


def build(
    spec: tuple[str, str, datetime, int, str, dict[str, int], Any], n: int
) -> tuple[str, str]:
    name, code, start, days, about, expected, fn = spec
    assert start.weekday() == (4 if name == "quiet_hours" else 0), name
    fam = Fam(name, code, n, start, days, about, expected)
    fn(fam)
    fam.rows.sort(key=lambda r: (r["_t"], r["event_id"]))
    seen: set[str] = set()
    lines = []
    for r in fam.rows:
        c: Cust = r["_c"]
        t: datetime = r["_t"]
        if not (t >= start and t < LIMIT and t.year == 2026):
            raise SystemExit(f"{name}: {r['event_id']} at {t} outside the family")
        first = r["direction"] == "outbound" or c.key not in seen
        if r["direction"] == "inbound":
            seen.add(c.key)
        row = {
            "event_id": r["event_id"],
            "occurred_at": iso(t),
            "channel": r["channel"],
            "kind": r["kind"],
            "direction": r["direction"],
            "customer": ident(fam, c, r["channel"], first),
            "text": r["text"],
            "subject": r["subject"],
            "scores": r["scores"],
            "source": r["source"],
            "attributes": r["attributes"],
        }
        lines.append(json.dumps(row, ensure_ascii=False))
    customers: dict[str, Any] = {}
    for c in fam.custs:
        if c.key not in seen:
            raise SystemExit(f"{name}: {c.key} has no inbound touchpoint")
        if set(c.expected) & set(c.tolerated):
            raise SystemExit(
                f"{name}: {c.key} both expects and tolerates {set(c.expected) & set(c.tolerated)}"
            )
        customers[c.key] = {
            "identifiers": dict(c.ids),
            "expected_rules": sorted(c.expected),
            "tolerated_rules": sorted(c.tolerated),
            "persona": c.persona,
            "habit": c.habit,
            "language": c.lang,
            "country": c.country,
            "segment": c.segment,
            "name": f"{c.first} {c.last}",
            "job": c.job,
            "town": c.town,
            **c.extra,
        }
    counts: Counter[str] = Counter()
    for cu in customers.values():
        counts.update(cu["expected_rules"])
    for acc in fam.accounts.values():
        counts.update(acc["expected_rules"])
    if fam.spike:
        counts["topic_spike"] += 1
    if dict(counts) != expected:
        raise SystemExit(
            f"{name}: expected counts {dict(counts)} differ from the planted {expected}"
        )
    end = max(start + timedelta(days=days), fam.rows[-1]["_t"] + timedelta(hours=1))
    if end >= LIMIT:
        raise SystemExit(f"{name}: end {end} too late")
    truth = {
        "config": {
            "family": name,
            "about": about,
            "business": ABOUT_BUSINESS,
            "days": days,
            "seed": SEED * 100 + n,
            "written": WRITTEN,
            "expected": dict(sorted(expected.items())),
        },
        "start": iso(start),
        "end": iso(end),
        "customers": customers,
        "accounts": fam.accounts,
        "spike": fam.spike,
        "journey": {},
        "expectations": {},
    }
    return "\n".join(lines) + "\n", json.dumps(
        truth, ensure_ascii=False, indent=1, sort_keys=True
    ) + "\n"


def main() -> None:
    USED.clear()
    for n, spec in enumerate(FAMILIES, start=1):
        jsonl, truth = build(spec, n)
        (HERE / f"{spec[0]}.jsonl").write_text(jsonl, encoding="utf-8")
        (HERE / f"{spec[0]}.truth.json").write_text(truth, encoding="utf-8")
        print(spec[0], jsonl.count("\n"), "touchpoints")


if __name__ == "__main__":
    main()
