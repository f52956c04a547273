# ruff: noqa: E501
"""Generate heldout62/: the sixty-second hand-written alert scenarios (report only, blind).

Standard library only, deterministic (fixed seeds): ``python make_heldout62.py`` from anywhere.
Refuses to write a family whose expected counts differ from the planted ones.
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
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402
import wording_b2b as B  # noqa: E402

SEED = 20261111
WRITTEN = "2026-12-03"
BUSINESS = "Certalia: energy performance certificates for homes being sold or let (visits by an assessor booked in an app or on the web, certificate registered with the official register, Certalia Casa yearly plan for small landlords); Certalia Pro for estate agencies, letting agents, property managers, housing co-operatives, municipalities and developers on account. Competitors: Termio, Quadrella."
LIMIT = datetime(2026, 11, 25, tzinfo=UTC)

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

LANG_WEIGHTS = [("es", 30), ("de", 30), ("it", 10), ("fr", 10), ("en", 10), ("pt", 10)]
MARKETS = {
    "es": ["ES"],
    "de": ["DE", "DE", "DE", "AT", "CH"],
    "it": ["IT", "IT", "CH"],
    "fr": ["FR", "FR", "BE", "CH", "LU"],
    "en": ["UK", "UK", "IE"],
    "pt": ["PT"],
}
# country code, mobile prefixes, digits after the prefix
PHONES: dict[str, tuple[str, list[str], int]] = {
    "ES": ("+34", ["6", "7"], 8),
    "DE": ("+49", ["151", "160", "170", "176"], 8),
    "AT": ("+43", ["664", "676", "650"], 7),
    "CH": ("+41", ["76", "78", "79"], 7),
    "IT": ("+39", ["333", "347", "320"], 7),
    "FR": ("+33", ["6", "7"], 8),
    "BE": ("+32", ["470", "486", "497"], 6),
    "LU": ("+352", ["621", "661", "691"], 6),
    "UK": ("+44", ["7"], 9),
    "IE": ("+353", ["83", "85", "87"], 7),
    "PT": ("+351", ["91", "93", "96"], 7),
}
FIRST: dict[str, list[str]] = {
    "es": [
        "Lucía",
        "Marta",
        "Rocío",
        "Nerea",
        "Ainhoa",
        "Pilar",
        "Carmen",
        "Irene",
        "Elena",
        "Sara",
        "Javier",
        "Iker",
        "Sergio",
        "Pablo",
        "Álvaro",
        "Rubén",
        "Andrés",
        "Diego",
        "Manuel",
        "Raúl",
        "Begoña",
        "Inés",
        "Gonzalo",
        "Marina",
    ],
    "de": [
        "Jana",
        "Katrin",
        "Sabine",
        "Lena",
        "Anja",
        "Miriam",
        "Ute",
        "Carina",
        "Tobias",
        "Florian",
        "Jörg",
        "Matthias",
        "Dennis",
        "Stefan",
        "Lukas",
        "Bernd",
        "Heike",
        "Nils",
        "Sophie",
        "Maximilian",
        "Ralf",
        "Theresa",
        "Dominik",
        "Petra",
    ],
    "it": [
        "Giulia",
        "Chiara",
        "Francesca",
        "Valentina",
        "Marco",
        "Luca",
        "Davide",
        "Paolo",
        "Silvia",
        "Matteo",
        "Elisa",
        "Stefano",
    ],
    "fr": [
        "Camille",
        "Élodie",
        "Sandrine",
        "Manon",
        "Julien",
        "Thomas",
        "Nicolas",
        "Bastien",
        "Aurélie",
        "Mathieu",
        "Claire",
        "Hugo",
    ],
    "en": [
        "Emma",
        "Sophie",
        "Niamh",
        "Hannah",
        "James",
        "Ciarán",
        "Tom",
        "Gareth",
        "Rachel",
        "Liam",
        "Aoife",
        "Dan",
    ],
    "pt": [
        "Inês",
        "Beatriz",
        "Joana",
        "Rita",
        "Tiago",
        "Rui",
        "Duarte",
        "Nuno",
        "Catarina",
        "Filipa",
        "Miguel",
        "Sofia",
    ],
}
LAST: dict[str, list[str]] = {
    "es": [
        "Ortega",
        "Navarro",
        "Iglesias",
        "Castro",
        "Vidal",
        "Campos",
        "Herrero",
        "Lozano",
        "Cano",
        "Prieto",
        "Méndez",
        "Calvo",
        "Gallego",
        "Rubio",
        "Molina",
        "Serrano",
        "Peña",
        "Fuentes",
        "Pascual",
        "Aguilar",
        "Crespo",
        "Santana",
        "Vega",
        "Nieto",
    ],
    "de": [
        "Krüger",
        "Hoffmann",
        "Schuster",
        "Lange",
        "Brandt",
        "Vogel",
        "Winkler",
        "Haas",
        "Sommer",
        "Graf",
        "Busch",
        "Lorenz",
        "Ziegler",
        "Kaiser",
        "Fuchs",
        "Peters",
        "Roth",
        "Engel",
        "Hahn",
        "Keller",
        "Pohl",
        "Seidel",
        "Arnold",
        "Frank",
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
        "Lombardi",
        "Rinaldi",
    ],
    "fr": [
        "Girard",
        "Bonnet",
        "Dupuis",
        "Lambert",
        "Fontaine",
        "Rousseau",
        "Mercier",
        "Blanc",
        "Guérin",
        "Faure",
        "Chevalier",
        "Perrin",
    ],
    "en": [
        "Walsh",
        "Hughes",
        "Doyle",
        "Price",
        "Murphy",
        "Bennett",
        "Kelly",
        "Shaw",
        "Byrne",
        "Fletcher",
        "Quinn",
        "Palmer",
    ],
    "pt": [
        "Ferreira",
        "Sousa",
        "Carvalho",
        "Pinto",
        "Ribeiro",
        "Teixeira",
        "Moreira",
        "Correia",
        "Mendes",
        "Nunes",
        "Lopes",
        "Marques",
    ],
}
TOWNS = {
    "ES": ["Zaragoza", "Valladolid", "Málaga", "Murcia", "Gijón", "Vitoria", "Alicante", "Granada"],
    "DE": ["Kassel", "Münster", "Augsburg", "Leipzig", "Kiel", "Freiburg", "Bielefeld"],
    "AT": ["Graz", "Linz", "Salzburg"],
    "CH": ["Luzern", "Lugano", "Fribourg", "Winterthur"],
    "IT": ["Verona", "Parma", "Bari", "Torino"],
    "FR": ["Nantes", "Lille", "Dijon", "Rennes"],
    "BE": ["Namur", "Liège"],
    "LU": ["Esch-sur-Alzette"],
    "UK": ["Leeds", "Bristol", "Cardiff"],
    "IE": ["Galway", "Cork"],
    "PT": ["Braga", "Coimbra", "Aveiro", "Faro"],
}
JOBS = [
    "nurse",
    "teacher",
    "electrician",
    "accountant",
    "shop owner",
    "bus driver",
    "pharmacist",
    "retired",
    "software developer",
    "cook",
    "civil servant",
    "hairdresser",
    "warehouse worker",
    "physiotherapist",
    "translator",
    "small landlord",
]
AGENTS = {
    "es": ["Marina", "Óscar", "Lidia"],
    "de": ["Katja", "Jonas", "Svenja"],
    "it": ["Federica", "Andrea"],
    "fr": ["Océane", "Rémi"],
    "en": ["Holly", "Ross"],
    "pt": ["Mariana", "Bruno"],
}
DOMAINS = [
    "correo.example",
    "mailbox.example",
    "posteo.example",
    "webmail.example",
    "inbox.example",
    "netmail.example",
]
SOURCES = {
    "email": "certalia-mail",
    "phone": "certalia-voice",
    "social": "certalia-social",
    "community": "certalia-forum",
    "chat": "certalia-chat",
    "web": "certalia-web",
    "survey": "certalia-survey",
}
CODES = {
    "happy_writers": "HW",
    "one_bad_day": "BD",
    "repeat_contacts": "RC",
    "slow_churners": "SC",
    "quiet_hours": "QH",
    "bilingual": "BL",
    "b2b_accounts": "BB",
    "topic_spike": "TS",
}
TZ_OFFSET = {"UK": 0, "IE": 0, "PT": 0}

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
B2B_UNHAPPY_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
B2B_ONE_TOL = ["sentiment_drop", "high_value_at_risk", "silence"]

USED: set[str] = set()


def uniq(make: Any) -> str:
    for _ in range(1000):
        value = str(make())
        if value.lower() not in USED:
            USED.add(value.lower())
            return value
    raise RuntimeError("could not make a unique identifier")


def ascii_fold(text: str) -> str:
    text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))


def strip_accents(text: str) -> str:
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
        text = text.replace(a, b)
    out = []
    for ch in text:
        if ch in "ñÑß":
            out.append(ch)
        else:
            out.append(
                "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
            )
    return "".join(out)


class Fill(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


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
    persona: str
    habit: str
    expected: list[str] = field(default_factory=list)
    tolerated: list[str] = field(default_factory=list)
    account: str | None = None
    company: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Fam:
    name: str
    n: int
    start: datetime
    days: int
    about: str
    rng: random.Random = field(init=False)
    rough: random.Random = field(init=False)
    custs: dict[str, Cust] = field(default_factory=dict)
    rows: list[dict[str, Any]] = field(default_factory=list)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    counter: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    @property
    def code(self) -> str:
        return CODES[self.name]

    def at(self, day: float, hour: int, minute: int = 0) -> datetime:
        return self.start + timedelta(days=day, hours=hour, minutes=minute)


def pick_lang(f: Fam) -> str:
    return f.rng.choices([lang for lang, _ in LANG_WEIGHTS], [w for _, w in LANG_WEIGHTS])[0]


def make_phone(f: Fam, market: str) -> str:
    cc, prefixes, n = PHONES[market]
    return uniq(
        lambda: cc + f.rng.choice(prefixes) + "".join(str(f.rng.randint(0, 9)) for _ in range(n))
    )


def person(
    f: Fam,
    persona: str,
    habit: str,
    lang: str | None = None,
    market: str | None = None,
    company: tuple[str, str, str] | None = None,
) -> Cust:
    lang = lang or pick_lang(f)
    market = market or f.rng.choice(MARKETS[lang])
    key = uniq(lambda: f"CT{f.code}{f.rng.randint(1000, 9999)}")
    first = f.rng.choice(FIRST[lang])
    last = f.rng.choice(LAST[lang])
    fa, la = ascii_fold(first.lower()), ascii_fold(last.lower())
    handle: str | None
    if company is None:
        email = uniq(
            lambda: (
                f.rng.choice(
                    [
                        f"{fa}.{la}{f.rng.randint(1, 99)}",
                        f"{fa[0]}{la}{f.rng.randint(10, 999)}",
                        f"{la}.{fa}{f.rng.randint(1, 9)}",
                    ]
                )
                + "@"
                + f.rng.choice(DOMAINS)
            )
        )
        handle = uniq(
            lambda: (
                "@"
                + f.rng.choice(
                    [
                        f"{la}_{fa}{f.rng.randint(1, 9)}",
                        f"{fa}{la}{f.rng.randint(10, 99)}",
                        f"{la}{fa[0]}{f.rng.randint(1, 99)}",
                        f"{fa}_{la}{f.rng.randint(1, 9)}",
                    ]
                )
            )
        )
    else:
        email = uniq(lambda: f"{fa}.{la}@{company[1]}")
        handle = None
    c = Cust(
        key=key,
        lang=lang,
        market=market,
        first=first,
        last=last,
        email=email,
        phone=make_phone(f, market),
        handle=handle,
        persona=persona,
        habit=habit,
    )
    c.extra["town"] = f.rng.choice(TOWNS[market])
    c.extra["job"] = f.rng.choice(JOBS)
    if company is not None:
        c.account, c.company = company[0], company[2]
    f.custs[key] = c
    return c


def money(c: Cust, eur: int, spoken: bool = False, lang: str | None = None) -> str:
    lang = lang or c.lang
    if c.market == "UK":
        v = round(eur * 0.86)
        return f"{v} pounds" if spoken else f"£{v}"
    if c.market == "CH":
        v = round(eur * 0.94)
        if lang == "de":
            return f"{v} Franken"
        return (
            f"{v} " + {"fr": "francs", "it": "franchi"}.get(lang, "francos")
            if spoken
            else f"{v} CHF"
        )
    if spoken:
        return (
            f"{eur} "
            + {
                "es": "euros",
                "de": "Euro",
                "it": "euro",
                "fr": "euros",
                "en": "euro",
                "pt": "euros",
            }[lang]
        )
    return f"€{eur}" if lang == "en" else f"{eur} €"


def currency(c: Cust) -> str:
    return {"UK": "GBP", "CH": "CHF"}.get(c.market, "EUR")


def value(c: Cust, eur: int) -> str:
    factor = {"GBP": 0.86, "CHF": 0.94}.get(currency(c), 1.0)
    return f"{eur * factor:.2f}"


def fill(f: Fam, c: Cust, text: str, **kw: str) -> str:
    d = Fill(
        brand=W.BRAND, name=c.first, agent=f.rng.choice(AGENTS[c.lang]), company=c.company or ""
    )
    d.update(kw)
    return text.format_map(d)


def roughen(f: Fam, text: str) -> str:
    r = f.rough
    if r.random() < 0.1:
        text = strip_accents(text)
    if r.random() < 1 / 8 and text[:1].isupper() and not text.startswith(W.BRAND):
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


def social(text: str) -> str:
    if "@" + W.BRAND in text:
        return text
    pos = text.rfind(W.BRAND)
    if pos >= 0:
        return text[:pos] + "@" + text[pos:]
    return f"@{W.BRAND} {text}"


def add(
    f: Fam,
    c: Cust,
    when: datetime,
    channel: str,
    kind: str,
    text: str | None = None,
    subject: str | None = None,
    out: bool = False,
    scores: dict[str, int] | None = None,
    attrs: dict[str, str] | None = None,
) -> str:
    if when.year != 2026 or when < f.start or when >= LIMIT:
        raise ValueError(f"{f.name}: touchpoint out of range {when}")
    f.counter += 1
    eid = f"ct62-{f.code.lower()}-{f.counter:05d}"
    if text is not None and not out and channel not in ("phone", "survey"):
        text = roughen(f, text)
    if text is not None and channel == "social" and not out and c.account is None:
        text = social(text)
    a = {"market": c.market}
    if c.account:
        a["segment"] = "b2b"
    if out:
        a["agent"] = f.rng.choice(AGENTS[c.lang])
    a.update(attrs or {})
    f.rows.append(
        {
            "_c": c.key,
            "_out": out,
            "event_id": eid,
            "when": when,
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "text": text,
            "subject": subject,
            "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
            "source": SOURCES[channel],
            "attributes": a,
        }
    )
    return eid


def mins(f: Fam, lo: float, hi: float) -> timedelta:
    return timedelta(minutes=f.rng.uniform(lo, hi))


def daytime(t: datetime) -> datetime:
    """Move a time out of 22:00-07:00 UTC, to 08:00-09:00 the next morning."""
    if t.hour >= 22:
        return (t + timedelta(days=1)).replace(hour=8, minute=t.minute % 60)
    if t.hour < 7:
        return t.replace(hour=8, minute=t.minute % 60)
    return t


def office(t: datetime) -> datetime:
    """Move a time into office hours (weekdays 08-17 UTC)."""
    while True:
        if t.weekday() >= 5:
            t = (t + timedelta(days=7 - t.weekday())).replace(hour=8, minute=t.minute)
            continue
        if t.hour >= 17:
            t = (t + timedelta(days=1)).replace(hour=8, minute=t.minute)
            continue
        if t.hour < 8:
            t = t.replace(hour=8)
        return t


def case_ref(f: Fam) -> str:
    return uniq(lambda: f"CA-26-{f.rng.randint(10000, 99999)}")


def pick(f: Fam, table: dict[str, list[Any]], lang: str) -> Any:
    return f.rng.choice(table[lang])


def buy(
    f: Fam, c: Cust, t: datetime, product: str, eur: int, seen: str, page: str, after: timedelta
) -> str:
    """A page view, then the purchase a few minutes later."""
    add(f, c, t, "web", "page_view", attrs={"page": seen})
    attrs = {
        "order_value": value(c, eur),
        "currency": currency(c),
        "product": product,
        "page": page,
    }
    return add(f, c, t + after, "web", "purchase", attrs=attrs)


HAPPY_KINDS = [
    "praise",
    "praise",
    "again",
    "gripe",
    "chat",
    "chat",
    "email",
    "phone",
    "buy",
    "buy",
    "view",
    "review",
    "survey",
]


def happy(
    f: Fam, c: Cust, t: datetime, kinds: list[str] | None = None, lang: str | None = None
) -> str:
    lang = lang or c.lang
    kind = f.rng.choice(kinds or HAPPY_KINDS)
    if kind in ("praise", "again", "gripe"):
        table = {"praise": W.PRAISE, "again": W.AGAIN, "gripe": W.GRIPE}[kind]
        ch = f.rng.choice(["community", "social"])
        return add(
            f,
            c,
            t,
            ch,
            "post" if ch == "community" else "mention",
            fill(f, c, pick(f, table, lang)),
        )
    if kind == "chat":
        q, a, th = pick(f, W.CHAT_Q, lang)
        eid = add(f, c, t, "chat", "chat", q)
        t2 = t + mins(f, 1, 6)
        add(f, c, t2, "chat", "chat", a, out=True)
        if f.rng.random() < 0.7:
            add(f, c, t2 + mins(f, 0.5, 3), "chat", "chat", th)
        return eid
    if kind == "email":
        s, q, a = pick(f, W.EMAIL_Q, lang)
        eid = add(f, c, t, "email", "message", fill(f, c, q), subject=s)
        add(
            f,
            c,
            daytime(t + mins(f, 40, 240)),
            "email",
            "message",
            fill(f, c, a),
            subject="RE: " + s,
            out=True,
        )
        return eid
    if kind == "phone":
        q, a = pick(f, W.PHONE_Q, lang)
        eid = add(f, c, t, "phone", "call", q)
        add(f, c, t + mins(f, 15, 60), "email", "message", fill(f, c, a), subject=W.BRAND, out=True)
        return eid
    if kind == "buy":
        prod, eur = f.rng.choice(W.PRODUCTS)
        return buy(f, c, t, prod, eur, f.rng.choice(W.PAGES), "/checkout", mins(f, 2, 15))
    if kind == "view":
        return add(f, c, t, "web", "page_view", attrs={"page": f.rng.choice(W.PAGES)})
    if kind == "review":
        return add(
            f,
            c,
            t,
            "web",
            "review",
            pick(f, W.REVIEW, lang),
            attrs={"rating": f.rng.choice(["5", "5", "4"]), "page": "/reviews"},
        )
    return survey_happy(f, c, t, lang)


def survey_happy(f: Fam, c: Cust, t: datetime, lang: str | None = None) -> str:
    which = f.rng.choice(["nps", "csat", "ces"])
    score = {"nps": f.rng.randint(9, 10), "csat": f.rng.randint(4, 5), "ces": f.rng.randint(6, 7)}[
        which
    ]
    word = pick(f, W.SURVEY_WORDS, lang or c.lang)
    return add(
        f,
        c,
        t,
        "survey",
        "survey_response",
        word or None,
        scores={which: score},
        attrs={"survey": which},
    )


def day_times(f: Fam, days: list[int], n: int, lo: int = 7, hi: int = 19) -> list[datetime]:
    chosen = sorted(f.rng.sample(days, min(n, len(days))))
    return [f.at(d, f.rng.randint(lo, hi - 1), f.rng.randint(0, 59)) for d in chosen]


def base(c: Cust) -> dict[str, Any]:
    return {
        "identifiers": {
            "customer_id": c.key,
            "email": c.email.lower(),
            "phone": c.phone,
            "handle": c.handle,
            "account_id": c.account,
        },
        "expected_rules": sorted(c.expected),
        "tolerated_rules": sorted(c.tolerated),
        "persona": c.persona,
        "habit": c.habit,
        "language": c.lang,
        "country": c.market,
        "segment": "b2b" if c.account else "consumer",
        "name": f"{c.first} {c.last}",
    } | c.extra


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# ---------------------------------------------------------------- problems (consumers)


def complaint(
    f: Fam,
    c: Cust,
    t: datetime,
    problem: str,
    channel: str,
    lang: str | None = None,
    long: bool = False,
) -> tuple[str, str | None, str]:
    """One angry contact about a problem; returns (event id, case or None, reply event id or '')."""
    lang = lang or c.lang
    eur = f.rng.choice([95, 129, 139, 149])
    amt, spoken = money(c, eur, lang=lang), money(c, eur, spoken=True, lang=lang)
    core = fill(f, c, pick(f, W.CORE[lang], problem), amount=amt)
    topic = W.TOPIC[lang][problem]
    case: str | None = case_ref(f)
    reply = ""
    if channel == "email":
        if long:
            subj, body = pick(f, W.LONG_EMAIL, lang)
            eid = add(f, c, t, "email", "message", fill(f, c, body, core=core), subject=subj)
        else:
            sign = {
                "es": "\n\n{name}",
                "de": "\n\nGruß {name}",
                "it": "\n\n{name}",
                "fr": "\n\n{name}",
                "en": "\n\n{name}",
                "pt": "\n\n{name}",
            }[lang]
            eid = add(
                f,
                c,
                t,
                "email",
                "message",
                fill(f, c, core + sign),
                subject=W.SUBJ_COMPLAINT[lang].format(topic=topic),
            )
    elif channel == "web":
        eid = add(f, c, t, "web", "ticket", core, subject=topic, attrs={"page": "/help/contact"})
    elif channel == "phone":
        eid = add(
            f,
            c,
            t,
            "phone",
            "call",
            fill(f, c, W.PHONE_PROBLEM[lang][problem], amount_spoken=spoken),
        )
    elif channel == "chat":
        eid = add(f, c, t, "chat", "chat", fill(f, c, W.CHAT_PROBLEM[lang][problem], amount=amt))
        reply = add(
            f,
            c,
            t + mins(f, 1, 4),
            "chat",
            "chat",
            fill(f, c, W.AGENT_CHAT_CASE[lang], case=case or ""),
            out=True,
        )
    else:
        eid = add(
            f, c, t, "social", "mention", fill(f, c, W.SOCIAL_PROBLEM[lang][problem], amount=amt)
        )
        case = None
    if channel in ("email", "web", "phone") and case:
        opened = fill(f, c, W.AGENT_OPENED[lang], case=case)
        reply = add(
            f,
            c,
            t + mins(f, 10, 40),
            "email",
            "message",
            opened,
            subject=W.SUBJ_RE[lang].format(case=case),
            out=True,
        )
    return eid, case, reply


def later_contact(
    f: Fam,
    c: Cust,
    t: datetime,
    nth: int,
    case: str,
    problem: str,
    channel: str,
    lang: str,
    comp: str,
) -> str:
    topic = W.TOPIC[lang][problem]
    if channel == "phone":
        table = {2: W.STILL_CALL, 3: W.THIRD_CALL}.get(nth, W.FOURTH_CALL)
        return add(f, c, t, "phone", "call", fill(f, c, table[lang], case=case, comp=comp))
    table2 = {2: W.STILL, 3: W.THIRD}.get(nth, W.FOURTH)
    text = fill(f, c, pick(f, table2, lang), case=case, topic=topic, comp=comp)
    if channel == "email":
        return add(
            f,
            c,
            t,
            "email",
            "message",
            text + "\n\n" + c.first,
            subject=W.SUBJ_RE[lang].format(case=case),
        )
    if channel == "chat":
        eid = add(f, c, t, "chat", "chat", text)
        add(
            f,
            c,
            t + mins(f, 1, 4),
            "chat",
            "chat",
            fill(f, c, W.AGENT_URGENT[lang], case=case),
            out=True,
        )
        return eid
    if channel == "web":
        return add(f, c, t, "web", "ticket", text, subject=case, attrs={"page": "/help/contact"})
    return add(f, c, t, "social", "mention", text)


def good_news(f: Fam, c: Cust, t: datetime, case: str, problem: str, lang: str) -> str:
    return add(
        f,
        c,
        t,
        "email",
        "message",
        fill(f, c, W.AGENT_GOOD[lang], case=case, fix=W.FIX[lang][problem]),
        subject=W.SUBJ_RE[lang].format(case=case),
        out=True,
    )


def confirm(f: Fam, c: Cust, t: datetime, case: str, lang: str, channel: str) -> str:
    text = fill(f, c, pick(f, W.CONFIRM, lang), case=case)
    if channel == "email":
        return add(f, c, t, "email", "message", text, subject=W.SUBJ_RE[lang].format(case=case))
    return add(f, c, t, "chat", "chat", text)


# ---------------------------------------------------------------- families


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        1,
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        "happy households only: day writers, night writers, survey answerers",
    )
    for _ in range(16):
        c = person(f, "happy", "day writer")
        for t in day_times(f, list(range(10)), f.rng.randint(5, 8), 7, 19):
            happy(f, c, t)
    for _ in range(5):
        c = person(f, "happy", "night writer")
        nights = sorted(f.rng.sample(range(9), f.rng.randint(2, 4)))
        for d in nights:
            t = f.at(d, 22, 12) + mins(f, 0, 378)
            if f.rng.random() < 0.5:
                add(
                    f,
                    c,
                    t,
                    f.rng.choice(["community", "social"]),
                    "post",
                    fill(f, c, pick(f, W.NIGHT_POST, c.lang)),
                )
            else:
                q, a, th = pick(f, W.NIGHT_CHAT, c.lang)
                add(f, c, t, "chat", "chat", q)
                add(f, c, t + mins(f, 1, 5), "chat", "chat", a, out=True)
                add(f, c, t + mins(f, 6, 9), "chat", "chat", th)
        free = [d for d in range(10) if d not in nights and d - 1 not in nights]
        for t in day_times(f, free, f.rng.randint(2, 3), 9, 18):
            happy(f, c, t, ["praise", "buy", "view", "review"])
    for _ in range(5):
        c = person(f, "happy", "answers surveys")
        for t in day_times(f, list(range(10)), f.rng.randint(3, 6), 8, 20):
            survey_happy(f, c, t)
    return f


LOW_WORDS = {
    "es": ["", "fatal", "muy mal", "vergonzoso"],
    "de": ["", "schlecht", "enttäuschend", "mies"],
    "it": ["", "pessimo"],
    "fr": ["", "nul"],
    "en": ["", "poor"],
    "pt": ["", "péssimo"],
}
CHANNEL_PLAN = (
    ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
)


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        2,
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        "happy households with one angry message on one day; some give a low NPS or CSAT",
    )
    problems = [p for p in W.PROBLEMS for _ in range(4)]
    f.rng.shuffle(problems)
    long_langs = ["es", "es", "de", "de"]
    with_case: list[Cust] = []
    for i, ch in enumerate(CHANNEL_PLAN):
        lang = long_langs[i] if ch == "long" else None
        c = person(f, "happy_one_bad_day", "one bad day", lang=lang)
        c.tolerated = ["silence"]
        d = f.rng.randint(2, 9)
        t = f.at(d, f.rng.randint(8, 19), f.rng.randint(0, 59))
        problem = problems[i]
        channel = "email" if ch == "long" else ch
        eid, case, _ = complaint(f, c, t, problem, channel, long=(ch == "long"))
        c.extra.update(
            {
                "problem": problem,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "booking": case,
                "channel": channel,
                "long_email": ch == "long",
                "trouble_starts_at": iso(t),
                "agent_fixed": False,
                "apologised": False,
            }
        )
        days = [x for x in range(12) if x <= d - 2 or x >= d + 3]
        for tt in day_times(f, days, f.rng.randint(1, 5), 8, 19):
            happy(f, c, tt, [k for k in HAPPY_KINDS if k != "survey"])
        c.extra["_t"] = t
        if case:
            with_case.append(c)
    f.rng.shuffle(with_case)
    for c in with_case[:6]:
        t = c.extra["_t"] + mins(f, 100, 140)
        nps = f.rng.randint(1, 5)
        sid = add(
            f,
            c,
            t,
            "survey",
            "survey_response",
            f.rng.choice(LOW_WORDS[c.lang]) or None,
            scores={"nps": nps},
            attrs={"survey": "nps"},
        )
        c.persona, c.expected = "bad_day_detractor", ["detractor"]
        c.extra.update({"nps_given": True, "nps": nps, "survey_event_id": sid})
    for c in with_case[6:11]:
        t = c.extra["_t"] + mins(f, 40, 80)
        csat = f.rng.randint(1, 2)
        sid = add(
            f,
            c,
            t,
            "survey",
            "survey_response",
            f.rng.choice(LOW_WORDS[c.lang]) or None,
            scores={"csat": csat},
            attrs={"survey": "csat"},
        )
        c.extra.update({"csat_given": True, "csat": csat, "survey_event_id": sid})
    fixed = f.rng.sample(with_case, 12)
    for j, c in enumerate(fixed):
        t = daytime(c.extra["_t"] + mins(f, 60, 240))
        good_news(f, c, t, c.extra["booking"], c.extra["problem"], c.lang)
        c.extra["agent_fixed"] = True
        if j < 5:
            ta = daytime(c.extra["_t"] + mins(f, 16 * 60, 24 * 60))
            ta = max(ta, t + timedelta(minutes=30))
            ch = f.rng.choice(["chat", "email"])
            text = pick(f, W.APOLOGY, c.lang)
            if ch == "email":
                aid = add(
                    f,
                    c,
                    ta,
                    "email",
                    "message",
                    text,
                    subject=W.SUBJ_RE[c.lang].format(case=c.extra["booking"]),
                )
            else:
                aid = add(f, c, ta, "chat", "chat", text)
            c.extra.update({"apologised": True, "apology_at": iso(ta), "apology_event_id": aid})
    for _ in range(8):
        c = person(f, "happy", "control")
        for t in day_times(f, list(range(12)), f.rng.randint(4, 7), 8, 19):
            happy(f, c, t, [k for k in HAPPY_KINDS if k != "survey"])
    return f


LATER_CHANNELS = ["email", "chat", "phone", "web", "social"]
FIRST_PLAN = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]


def repeat_run(
    f: Fam, c: Cust, first_day: int, contacts: int, first_channel: str, lead: bool, langs: list[str]
) -> None:
    problem = f.rng.choice(W.PROBLEMS)
    comp = f.rng.choice(W.COMPETITORS)
    t = f.at(first_day, f.rng.randint(8, 18), f.rng.randint(0, 59))
    eid, case, _ = complaint(f, c, t, problem, first_channel, lang=langs[0])
    assert case is not None
    ids = [eid]
    if lead:
        add(
            f,
            c,
            t + mins(f, 90, 150),
            "email",
            "message",
            fill(f, c, W.AGENT_LEAD[langs[0]], case=case),
            subject=W.SUBJ_RE[langs[0]].format(case=case),
            out=True,
        )
    channels = [ch for ch in LATER_CHANNELS if ch != first_channel]
    f.rng.shuffle(channels)
    tt = t
    for k in range(2, contacts + 1):
        tt = daytime(tt + mins(f, 4 * 60, 40 * 60))
        lang = langs[(k - 1) % len(langs)]
        ids.append(later_contact(f, c, tt, k, case, problem, channels[k - 2], lang, comp))
    c.extra.update(
        {
            "problem": problem,
            "booking": case,
            "contacts": contacts,
            "channels": [first_channel, *channels[: contacts - 1]],
            "problem_event_ids": ids,
            "trouble_starts_at": iso(t),
            "agent_passed_on": lead,
            "competitor": comp if contacts >= 3 else None,
        }
    )


def fixed_case(
    f: Fam, c: Cust, t: datetime, first_channel: str, lang: str, confirm_lang: str
) -> dict[str, Any]:
    problem = f.rng.choice(W.PROBLEMS)
    eid, case, _ = complaint(f, c, t, problem, first_channel, lang=lang)
    assert case is not None
    tg = daytime(t + mins(f, 3 * 60, 20 * 60))
    good_news(f, c, tg, case, problem, lang)
    tc = daytime(tg + mins(f, 8 * 60, 30 * 60))
    ch = f.rng.choice(["email", "chat"])
    cid = confirm(f, c, tc, case, confirm_lang, ch)
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(tg),
        "confirmed_at": iso(tc),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": first_channel,
        "confirm_channel": ch,
    }


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        3,
        datetime(2026, 6, 1, tzinfo=UTC),
        10,
        "households raising one open problem 2-4 times; fixed cases; two problems; frequent writers",
    )
    counts = [2] * 4 + [3] * 4 + [4] * 4
    f.rng.shuffle(counts)
    firsts = list(FIRST_PLAN)
    f.rng.shuffle(firsts)
    leads = [True] * 6 + [False] * 6
    f.rng.shuffle(leads)
    for i in range(12):
        c = person(f, "repeat_contact", "repeats")
        c.expected, c.tolerated = ["repeat_contact"], list(REPEAT_TOL)
        for _ in range(f.rng.randint(1, 3)):
            happy(
                f,
                c,
                f.at(0, f.rng.randint(7, 11), f.rng.randint(0, 59)),
                [k for k in HAPPY_KINDS if k != "survey"],
            )
        repeat_run(f, c, f.rng.randint(1, 4), counts[i], firsts[i], leads[i], [c.lang])
    for _ in range(5):
        c = person(f, "resolved_between_contacts", "fixed")
        c.tolerated = ["silence"]
        happy(
            f,
            c,
            f.at(0, f.rng.randint(8, 16), f.rng.randint(0, 59)),
            [k for k in HAPPY_KINDS if k != "survey"],
        )
        t = f.at(f.rng.randint(1, 5), f.rng.randint(8, 18), f.rng.randint(0, 59))
        case = fixed_case(f, c, t, f.rng.choice(["email", "web", "chat", "phone"]), c.lang, c.lang)
        c.extra.update(
            {"problems": [case], "trouble_starts_at": case["raised_at"], "booking": case["booking"]}
        )
    for _ in range(3):
        c = person(f, "different_problems", "two problems")
        c.tolerated = ["silence"]
        t1 = f.at(f.rng.randint(1, 2), f.rng.randint(8, 17), f.rng.randint(0, 59))
        p1 = fixed_case(f, c, t1, f.rng.choice(["email", "web"]), c.lang, c.lang)
        t2 = t1 + timedelta(days=f.rng.randint(4, 5), hours=f.rng.randint(-2, 2))
        p2 = fixed_case(f, c, t2, f.rng.choice(["chat", "phone"]), c.lang, c.lang)
        while p2["problem"] == p1["problem"]:
            p2["problem"] = f.rng.choice(W.PROBLEMS)
        c.extra.update({"problems": [p1, p2], "trouble_starts_at": p1["raised_at"]})
    for _ in range(7):
        c = person(f, "happy", "frequent writer")
        for t in day_times(f, list(range(10)), f.rng.randint(5, 8), 8, 19):
            happy(f, c, t, ["chat", "chat", "email", "phone", "chat", "buy", "praise"])
    return f


def slide(f: Fam, c: Cust, start_day: int, span: int, langs: list[str]) -> list[str]:
    ids = []
    comp = f.rng.choice(W.COMPETITORS)
    offsets = sorted(f.rng.sample(range(0, span * 24 - 2), 5))
    t0 = f.at(start_day, f.rng.randint(9, 18), f.rng.randint(0, 59))
    times = [t0]
    for o in offsets:
        times.append(t0 + timedelta(hours=o + 1))
    ratings = ["3", "3", "2", "2", "1", "1"]
    prev = None
    for k in range(6):
        t = daytime(times[k])
        if prev is not None and t < prev + timedelta(hours=1):
            t = prev + timedelta(hours=1, minutes=f.rng.randint(0, 50))
            t = daytime(t)
        prev = t
        lang = langs[k % len(langs)]
        text = fill(f, c, W.SLIDE[lang][k], comp=comp)
        ch = f.rng.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                add(
                    f, c, t, "web", "review", text, attrs={"rating": ratings[k], "page": "/reviews"}
                )
            )
        else:
            ids.append(add(f, c, t, ch, "mention" if ch == "social" else "post", text))
    c.extra.update(
        {
            "slide_event_ids": ids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": iso(prev_first(f, ids)),
        }
    )
    return ids


def prev_first(f: Fam, ids: list[str]) -> datetime:
    times: list[datetime] = [r["when"] for r in f.rows if r["event_id"] in ids]
    return min(times)


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        4,
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
        "sliding households, leavers who cancel, steady, steadily grumpy and sarcastic customers",
    )
    spans = [3] + [5] * 5 + [9] * 4
    f.rng.shuffle(spans)
    nps_idx = set(f.rng.sample(range(10), 5))
    for i in range(10):
        c = person(f, "slow_churner", "slides")
        c.expected, c.tolerated = ["sentiment_drop"], list(SLIDE_TOL)
        praise_days = sorted(f.rng.sample(range(11), f.rng.randint(4, 5)))
        for d in praise_days:
            happy(
                f,
                c,
                f.at(d, f.rng.randint(8, 19), f.rng.randint(0, 59)),
                ["praise", "praise", "again"],
            )
        for t in day_times(
            f, [d for d in range(11) if d not in praise_days], f.rng.randint(2, 4), 8, 19
        ):
            happy(f, c, t, ["chat", "buy", "view", "review", "email"])
        ids = slide(f, c, f.rng.randint(12, 16), spans[i], [c.lang])
        if i in nps_idx:
            fourth = next(r["when"] for r in f.rows if r["event_id"] == ids[3])
            t = daytime(fourth + mins(f, 150, 210))
            nps = f.rng.randint(1, 5)
            sid = add(
                f,
                c,
                t,
                "survey",
                "survey_response",
                None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c.expected = ["detractor", "sentiment_drop"]
            c.extra.update({"nps_given": True, "nps": nps, "survey_event_id": sid})
    for _ in range(5):
        c = person(f, "slow_churner", "asks to cancel")
        c.expected, c.tolerated = ["churn_intent"], list(CANCEL_TOL)
        for t in day_times(f, list(range(16)), f.rng.randint(4, 6), 8, 19):
            happy(f, c, t, [k for k in HAPPY_KINDS if k != "survey"])
        t = f.at(f.rng.randint(17, 23), f.rng.randint(8, 18), f.rng.randint(0, 59))
        s, body = pick(f, W.CANCEL_REQ, c.lang)
        rid = add(f, c, t, "email", "message", fill(f, c, body), subject=s)
        add(
            f,
            c,
            daytime(t + mins(f, 60, 300)),
            "email",
            "message",
            fill(f, c, W.AGENT_SORRY[c.lang]),
            subject="RE: " + s,
            out=True,
        )
        tc = daytime(t + mins(f, 20 * 60, 30 * 60))
        cid = add(
            f,
            c,
            tc,
            "web",
            "cancellation",
            attrs={"page": "/account/plan", "product": W.PRODUCTS[4][0]},
        )
        c.extra.update(
            {
                "churn_intent_event_id": rid,
                "cancellation_event_id": cid,
                "churn_at": iso(tc),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = person(f, "happy", "steady")
        for t in day_times(f, list(range(32)), f.rng.randint(6, 10), 8, 19):
            happy(f, c, t)
    for _ in range(5):
        c = person(f, "steadily_grumpy", "grumbles")
        c.tolerated = ["repeat_contact", "silence"]
        d = f.rng.randint(0, 4)
        ids = []
        for _k in range(f.rng.randint(5, 7)):
            t = f.at(d, f.rng.randint(8, 20), f.rng.randint(0, 59))
            text = pick(f, W.GRUMBLES, c.lang)
            ch = f.rng.choice(["social", "community", "web", "review"])
            if ch == "review":
                ids.append(
                    add(f, c, t, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            elif ch == "web":
                ids.append(add(f, c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
            else:
                ids.append(add(f, c, t, ch, "mention" if ch == "social" else "post", text))
            d += f.rng.randint(1, 3)
        for _k in range(f.rng.randint(0, 2)):
            happy(
                f,
                c,
                f.at(f.rng.randint(0, 30), f.rng.randint(8, 19), f.rng.randint(0, 59)),
                ["buy"],
            )
        c.extra.update({"grumble_event_ids": ids, "trouble_starts_at": iso(prev_first(f, ids))})
    for _ in range(5):
        c = person(f, "happy_one_sarcastic_remark", "happy")
        c.tolerated = ["silence"]
        sd = f.rng.randint(17, 28)
        for t in day_times(
            f, [d for d in range(32) if abs(d - sd) > 1], f.rng.randint(4, 7), 8, 19
        ):
            happy(f, c, t)
        t = f.at(sd, f.rng.randint(9, 20), f.rng.randint(0, 59))
        sid = add(
            f,
            c,
            t,
            f.rng.choice(["social", "community"]),
            "post",
            fill(f, c, pick(f, W.SARCASM, c.lang)),
        )
        c.extra.update({"sarcasm_event_id": sid, "trouble_starts_at": iso(t)})
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        5,
        datetime(2026, 8, 28, tzinfo=UTC),
        3,
        "a calm summer weekend with night owls in bursts; no spike",
    )
    for _ in range(16):
        c = person(f, "happy", "day writer")
        for d in sorted(f.rng.sample(range(3), f.rng.randint(1, 3))):
            happy(f, c, f.at(d, 7, 0) + mins(f, 0, 630))
    for k in range(4):
        c = person(f, "grumbles_once", "grumbles once")
        c.tolerated = ["silence"]
        t = f.at(f.rng.randint(0, 2), f.rng.randint(9, 16), f.rng.randint(0, 59))
        happy(f, c, t, ["buy", "view"])
        tg = t + mins(f, 20, 30)
        q, a = pick(f, W.MILD, c.lang)
        if k < 2:
            gid = add(f, c, tg, "chat", "chat", q)
            add(f, c, tg + mins(f, 2, 6), "chat", "chat", a, out=True)
        else:
            gid = add(f, c, tg, "web", "ticket", q, attrs={"page": "/help/contact"})
            add(
                f,
                c,
                tg + mins(f, 30, 120),
                "email",
                "message",
                fill(f, c, "{name}, " + a),
                subject=W.BRAND,
                out=True,
            )
        c.extra.update({"grumble_event_id": gid, "trouble_starts_at": iso(tg)})
    for night in range(1, 4):
        first = f.at(night, 0, 40) + mins(f, 0, 25)
        starts = [first, first + mins(f, 28, 33), first + mins(f, 55, 65)]
        for b, bs in enumerate(starts, 1):
            for _ in range(4):
                c = person(f, "night_owl", f"night {night}, burst {b}")
                t = bs + mins(f, 0, 10)
                if f.rng.random() < 0.5:
                    nid = add(
                        f,
                        c,
                        t,
                        f.rng.choice(["community", "social"]),
                        "post",
                        fill(f, c, pick(f, W.NIGHT_POST, c.lang)),
                    )
                else:
                    q, a, th = pick(f, W.NIGHT_CHAT, c.lang)
                    nid = add(f, c, t, "chat", "chat", q)
                    add(f, c, t + mins(f, 1, 4), "chat", "chat", a, out=True)
                    add(f, c, t + mins(f, 5, 8), "chat", "chat", th)
                c.extra.update({"burst_at": iso(bs), "night_event_id": nid})
    owls = [c for c in f.custs.values() if c.persona == "night_owl"]
    for c in f.rng.sample(owls, 18):
        happy(
            f,
            c,
            f.at(f.rng.randint(0, 2), 9, 0) + mins(f, 0, 510),
            ["praise", "buy", "view", "chat"],
        )
    return f


PAIRS = (
    [("es", "de")] * 4
    + [("de", "es")] * 4
    + [
        ("es", "en"),
        ("es", "en"),
        ("en", "es"),
        ("en", "es"),
        ("de", "en"),
        ("de", "en"),
        ("de", "fr"),
        ("fr", "de"),
        ("es", "pt"),
        ("pt", "es"),
        ("es", "it"),
        ("it", "es"),
        ("de", "it"),
        ("en", "de"),
        ("fr", "es"),
        ("it", "de"),
        ("pt", "de"),
        ("es", "fr"),
        ("de", "pt"),
    ]
)
PAIR_MARKET = {"es": "ES", "de": "DE", "en": "IE", "fr": "BE", "it": "IT", "pt": "PT"}
SECOND_WHY = [
    "works for a company in the other language",
    "grew up with a parent from the other country",
    "partner speaks the other language",
    "studied abroad",
    "lives near the border",
    "writes for a parent who reads only the other language",
]


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        6,
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
        "customers who write in two languages",
    )
    pairs = list(PAIRS)
    f.rng.shuffle(pairs)
    # the long German bad-day e-mail needs German as second language
    i_de = next(i for i, p in enumerate(pairs) if p[1] == "de")
    pairs.insert(0, pairs.pop(i_de))

    def mk(persona: str, habit: str, pair: tuple[str, str]) -> Cust:
        market = f.rng.choice([PAIR_MARKET[pair[0]], PAIR_MARKET[pair[1]]])
        c = person(f, persona, habit, lang=pair[0], market=market)
        c.extra.update({"languages": list(pair), "job_second_language": f.rng.choice(SECOND_WHY)})
        return c

    bad = [mk("happy_one_bad_day", "one bad day", pairs[k]) for k in range(3)]
    for k, c in enumerate(bad):
        c.tolerated = ["silence"]
        second = c.extra["languages"][1]
        for j, t in enumerate(
            day_times(f, [0, 1, 2, 3, 10, 11, 12, 13], f.rng.randint(3, 5), 8, 19)
        ):
            happy(
                f, c, t, [x for x in HAPPY_KINDS if x != "survey"], lang=c.extra["languages"][j % 2]
            )
        t = f.at(f.rng.randint(5, 8), f.rng.randint(9, 18), f.rng.randint(0, 59))
        problem = f.rng.choice(W.PROBLEMS)
        channel = ["email", "email", "chat"][k]
        eid, case, _ = complaint(f, c, t, problem, channel, lang=second, long=(k == 0))
        assert case is not None
        c.extra.update(
            {
                "problem": problem,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "bad_day_language": second,
                "booking": case,
                "channel": channel,
                "long_email": k == 0,
                "trouble_starts_at": iso(t),
                "agent_fixed": channel == "email",
                "apologised": k == 1,
            }
        )
        if channel == "email":
            good_news(f, c, daytime(t + mins(f, 60, 240)), case, problem, second)
        if k == 1:
            ta = daytime(t + mins(f, 18 * 60, 24 * 60))
            aid = add(f, c, ta, "chat", "chat", pick(f, W.APOLOGY, second))
            c.extra.update({"apology_at": iso(ta), "apology_event_id": aid})
    rest = pairs[3:]
    for k in range(12):
        c = mk("happy", "alternates languages", rest[k])
        for j, t in enumerate(day_times(f, list(range(14)), f.rng.randint(5, 8), 8, 19)):
            happy(f, c, t, lang=c.extra["languages"][j % 2])
    counts = [2, 2, 3, 3, 4]
    for k in range(5):
        c = mk("repeat_contact", "repeats", rest[12 + k])
        c.expected, c.tolerated = ["repeat_contact"], list(REPEAT_TOL)
        for j in range(f.rng.randint(1, 3)):
            happy(
                f,
                c,
                f.at(f.rng.randint(0, 1), f.rng.randint(8, 18), f.rng.randint(0, 59)),
                [x for x in HAPPY_KINDS if x != "survey"],
                lang=c.extra["languages"][j % 2],
            )
        repeat_run(
            f,
            c,
            f.rng.randint(2, 5),
            counts[k],
            f.rng.choice(["web", "email", "chat"]),
            counts[k] >= 3,
            c.extra["languages"],
        )
    for k in range(5):
        pair = rest[17 + k] if 17 + k < len(rest) else f.rng.choice(PAIRS)
        c = mk("slow_churner", "slides", pair)
        c.expected, c.tolerated = ["sentiment_drop"], list(SLIDE_TOL)
        praise_days = sorted(f.rng.sample(range(6), 5))
        for j, d in enumerate(praise_days):
            happy(
                f,
                c,
                f.at(d, f.rng.randint(8, 19), f.rng.randint(0, 59)),
                ["praise", "again"],
                lang=c.extra["languages"][j % 2],
            )
        for j, t in enumerate(day_times(f, list(range(6)), f.rng.randint(1, 3), 8, 19)):
            happy(f, c, t, ["buy", "chat", "view"], lang=c.extra["languages"][(j + 1) % 2])
        slide(f, c, f.rng.randint(7, 8), f.rng.choice([3, 4, 5]), c.extra["languages"])
    for k in range(2):
        pair = rest[22 + k] if 22 + k < len(rest) else f.rng.choice(PAIRS)
        c = mk("resolved_between_contacts", "fixed", pair)
        c.tolerated = ["silence"]
        happy(f, c, f.at(0, f.rng.randint(9, 17), f.rng.randint(0, 59)), ["buy", "praise"])
        t = f.at(f.rng.randint(2, 6), f.rng.randint(9, 17), f.rng.randint(0, 59))
        fixed = fixed_case(f, c, t, "web", c.extra["languages"][0], c.extra["languages"][1])
        c.extra.update(
            {
                "problems": [fixed],
                "trouble_starts_at": fixed["raised_at"],
                "booking": fixed["booking"],
                "confirm_language": c.extra["languages"][1],
            }
        )
    return f


COMPANY_NAMES = {
    "es": [
        "Inmobiliaria Albero",
        "Gestión Patrimonial Doria",
        "Ayuntamiento de Villaseca",
        "Alquileres Norte Urbano",
        "Residencias Campus Mediterráneo",
        "Promociones Iruela",
    ],
    "de": [
        "Hausverwaltung Lindner & Partner",
        "Wohnungsgenossenschaft Auental eG",
        "Immobilien Brückmann GmbH",
        "Stadtwerke Wohnen Hollfeld",
        "Tannberg Hausverwaltung",
        "Studentenwohnheime Nordring",
    ],
    "fr": ["Agence Immobilière Clairval", "Gestion Locative Perrault"],
    "it": ["Immobiliare Corte Alta", "Gestioni Residenziali Fiume"],
    "pt": ["Imobiliária Ponte Velha"],
    "en": ["Harrowgate Lettings"],
}
COMPANY_SITE = {
    "Inmobiliaria Albero": "estate_agency",
    "Gestión Patrimonial Doria": "property_manager",
    "Ayuntamiento de Villaseca": "municipality",
    "Alquileres Norte Urbano": "letting_agency",
    "Residencias Campus Mediterráneo": "student_housing",
    "Promociones Iruela": "developer",
    "Hausverwaltung Lindner & Partner": "property_manager",
    "Wohnungsgenossenschaft Auental eG": "housing_coop",
    "Immobilien Brückmann GmbH": "estate_agency",
    "Stadtwerke Wohnen Hollfeld": "municipality",
    "Tannberg Hausverwaltung": "property_manager",
    "Studentenwohnheime Nordring": "student_housing",
    "Agence Immobilière Clairval": "estate_agency",
    "Gestion Locative Perrault": "letting_agency",
    "Immobiliare Corte Alta": "estate_agency",
    "Gestioni Residenziali Fiume": "property_manager",
    "Imobiliária Ponte Velha": "estate_agency",
    "Harrowgate Lettings": "letting_agency",
}
JOB_TITLES = [
    "Branch Manager",
    "Lettings Coordinator",
    "Property Manager",
    "Accounts Payable",
    "Office Manager",
    "Sales Negotiator",
    "Portfolio Manager",
    "Maintenance Coordinator",
    "Procurement Officer",
]
# (language, market, kind, contacts, complainers, problem)
ACCOUNTS = [
    ("es", "ES", "at_risk", 4, 3, "invoice"),
    ("de", "DE", "at_risk", 5, 3, "portal"),
    ("fr", "FR", "at_risk", 4, 3, "service_blocked"),
    ("es", "ES", "at_risk", 5, 4, "overbilled"),
    ("de", "DE", "at_risk", 6, 4, "invoice"),
    ("de", "AT", "one_unhappy", 3, 1, "overbilled"),
    ("it", "IT", "one_unhappy", 3, 1, "portal"),
    ("es", "ES", "one_unhappy", 3, 1, "invoice"),
    ("pt", "PT", "one_unhappy", 3, 1, "service_blocked"),
    ("de", "DE", "mild", 3, 0, ""),
    ("en", "UK", "mild", 4, 0, ""),
    ("it", "IT", "mild", 3, 0, ""),
    ("es", "ES", "happy", 4, 0, ""),
    ("de", "CH", "happy", 5, 0, ""),
    ("fr", "BE", "happy", 4, 0, ""),
]


def b2b_routine(f: Fam, c: Cust, t: datetime, high_score: bool = True) -> None:
    kind = f.rng.choice(
        ["chat", "chat", "buy", "view", "praise", "survey"]
        if high_score
        else ["chat", "buy", "view"]
    )
    lang = c.lang
    if kind == "chat":
        q, a = pick(f, B.B2B_CHAT_Q, lang)
        add(f, c, t, "chat", "chat", q)
        t2 = t + mins(f, 1, 6)
        add(f, c, t2, "chat", "chat", a, out=True)
        if f.rng.random() < 0.6:
            add(f, c, t2 + mins(f, 1, 3), "chat", "chat", pick(f, B.B2B_THANKS, lang))
    elif kind == "buy":
        prod, eur = f.rng.choice(B.B2B_PRODUCTS)
        buy(f, c, t, prod, eur, "/pro/orders", "/pro/orders", mins(f, 3, 20))
    elif kind == "view":
        add(f, c, t, "web", "page_view", attrs={"page": f.rng.choice(B.B2B_PAGES)})
    elif kind == "praise":
        add(f, c, t, "community", "post", fill(f, c, pick(f, B.B2B_PRAISE, lang)))
    else:
        survey_happy(f, c, t, lang)


def b2b_first(f: Fam, c: Cust, t: datetime, lang: str, problem: str, case: str) -> str:
    """A company contact's first complaint e-mail and the agent's acknowledgement with the case."""
    topic = B.B2B_TOPIC[lang][problem]
    subject = W.SUBJ_COMPLAINT[lang].format(topic=topic[:1].upper() + topic[1:])
    eid = add(
        f, c, t, "email", "message", fill(f, c, B.B2B_COMPLAINT[lang][problem]), subject=subject
    )
    ack = fill(f, c, B.B2B_ACK[lang], case=case)
    add(
        f,
        c,
        office(t + mins(f, 20, 90)),
        "email",
        "message",
        ack,
        subject=W.SUBJ_RE[lang].format(case=case),
        out=True,
    )
    return eid


def low_nps(f: Fam, c: Cust, t: datetime) -> None:
    nps = f.rng.randint(1, 5)
    sid = add(
        f, c, t, "survey", "survey_response", None, scores={"nps": nps}, attrs={"survey": "nps"}
    )
    c.expected = ["detractor"]
    c.extra.update({"nps_given": True, "nps": nps, "survey_event_id": sid})


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        7,
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
        "Certalia Pro accounts: at-risk accounts, one unhappy contact, mild suggestions, happy accounts",
    )
    used_names: set[str] = set()
    weekdays = [d for d in range(14) if (f.start + timedelta(days=d)).weekday() < 5]
    for lang, market, kind, n, unhappy, problem in ACCOUNTS:
        company = next(x for x in COMPANY_NAMES[lang] if x not in used_names)
        used_names.add(company)
        slug = (
            "-".join(
                [w for w in ascii_fold(company.lower()).split() if w.isalpha() and len(w) > 2][:2]
            )
            + ".example"
        )
        acc = uniq(lambda market=market: f"CTP-{market}-{f.rng.randint(1000, 9999)}")
        contacts: list[Cust] = []
        firsts: set[str] = set()
        for _ in range(n):
            while True:
                c = person(
                    f,
                    "b2b_happy",
                    "contact",
                    lang=lang,
                    market=market,
                    company=(acc, slug, company),
                )
                if c.first not in firsts:
                    break
                del f.custs[c.key]
            firsts.add(c.first)
            title = f.rng.choice(JOB_TITLES)
            c.extra.update(
                {"company": company, "role": "contact", "job_title": title, "job": title}
            )
            contacts.append(c)
        acct: dict[str, Any] = {
            "company": company,
            "site": COMPANY_SITE[company],
            "contacts": n,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": unhappy,
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
        f.accounts[acc] = acct
        active = contacts[:unhappy] if unhappy else (contacts[:2] if kind == "mild" else [])
        for c in contacts:
            if c in active:
                for _ in range(f.rng.randint(0, 2)):
                    b2b_routine(
                        f, c, f.at(f.rng.randint(0, 1), 8, 0) + mins(f, 0, 510), high_score=False
                    )
            else:
                for d in sorted(f.rng.sample(weekdays, f.rng.randint(2, 5))):
                    b2b_routine(f, c, f.at(d, 8, 0) + mins(f, 0, 510))
        if kind == "at_risk":
            t = f.at(2, f.rng.randint(8, 11), f.rng.randint(0, 59))
            case = case_ref(f)
            first_name = active[0].first
            first_day = B.WEEKDAY[lang][t.weekday()]
            acct["trouble_starts_at"] = iso(t)
            topic = B.B2B_TOPIC[lang][problem]
            comp = f.rng.choice(W.COMPETITORS)
            for k, c in enumerate(active):
                c.persona, c.habit = "b2b_unhappy", "complainer"
                c.extra["role"] = "complainer"
                c.tolerated = list(B2B_UNHAPPY_TOL)
                if k == 0:
                    eid = b2b_first(f, c, t, lang, problem, case)
                else:
                    t = office(t + mins(f, 8 * 60, 28 * 60))
                    text = fill(
                        f,
                        c,
                        pick(f, B.B2B_LATER, lang),
                        first=first_name,
                        day=first_day,
                        case=case,
                        topic=topic,
                        topic_cap=topic[:1].upper() + topic[1:],
                    )
                    eid = add(
                        f, c, t, "email", "message", text, subject=W.SUBJ_RE[lang].format(case=case)
                    )
                ids = [eid]
                c.extra.update(
                    {
                        "complaint_event_ids": ids,
                        "trouble_starts_at": iso(t),
                        "booking": case,
                        "problem": problem,
                    }
                )
                if k < len(active) - 1:
                    low_nps(f, c, office(t + mins(f, 60, 180)))
                else:
                    t2 = office(t + mins(f, 18 * 60, 40 * 60))
                    by_mail = not any(x.get("_last_mail") for x in f.accounts.values())
                    if by_mail:
                        acct["_last_mail"] = True
                        rid = add(
                            f,
                            c,
                            t2,
                            "email",
                            "message",
                            fill(f, c, B.B2B_LAST_EMAIL[lang], case=case, topic=topic, comp=comp),
                            subject=W.SUBJ_RE[lang].format(case=case),
                        )
                        c.extra["competitor"] = comp
                    else:
                        rid = add(
                            f, c, t2, "phone", "call", fill(f, c, B.B2B_LAST_CALL[lang], case=case)
                        )
                    ids.append(rid)
                    c.expected = ["repeat_contact"]
            acct["unhappy_contact_keys"] = [c.key for c in active]
        elif kind == "one_unhappy":
            c = active[0]
            c.persona, c.habit = "b2b_one_unhappy", "complainer"
            c.extra["role"] = "complainer"
            c.tolerated = list(B2B_ONE_TOL)
            c.expected = ["detractor"]
            t = office(f.at(f.rng.randint(3, 7), f.rng.randint(8, 15), f.rng.randint(0, 59)))
            case = case_ref(f)
            eid = b2b_first(f, c, t, lang, problem, case)
            low_nps(f, c, office(t + mins(f, 60, 180)))
            c.extra.update(
                {
                    "complaint_event_ids": [eid],
                    "trouble_starts_at": iso(t),
                    "booking": case,
                    "problem": problem,
                }
            )
            acct["unhappy_contact_keys"] = [c.key]
        elif kind == "mild":
            for k, c in enumerate(active):
                c.persona, c.habit = "b2b_mild", "suggests"
                c.extra["role"] = "suggests"
                c.tolerated = ["silence"]
                t = office(f.at(f.rng.randint(2, 9), f.rng.randint(8, 15), f.rng.randint(0, 59)))
                mid = add(
                    f, c, t, "web", "ticket", B.B2B_MILD[lang][k], attrs={"page": "/pro/feedback"}
                )
                add(
                    f,
                    c,
                    office(t + mins(f, 30, 180)),
                    "email",
                    "message",
                    fill(f, c, B.B2B_MILD_ACK[lang]),
                    subject=W.BRAND + " Pro",
                    out=True,
                )
                c.extra.update({"mild_event_id": mid, "trouble_starts_at": iso(t)})
        for c in contacts:
            c.habit = c.extra["role"]
    for acct in f.accounts.values():
        acct.pop("_last_mail", None)
    return f


SPIKE_LANGS = ["es"] * 6 + ["de"] * 6 + ["it"] * 2 + ["fr"] * 2 + ["en"] * 2 + ["pt"] * 2
SPIKE_CHANNELS = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        8,
        datetime(2026, 11, 9, tzinfo=UTC),
        7,
        "a calm week and one planted incident on Wednesday 11 November 2026",
    )
    spike_start = datetime(2026, 11, 11, 7, 20, tzinfo=UTC)
    spike_day = 2
    for _ in range(40):
        c = person(f, "happy", "day writer")
        for d in sorted(f.rng.sample(range(6), f.rng.randint(1, 4))):
            lo = 12 if d == spike_day else 8
            happy(f, c, f.at(d, lo, 0) + mins(f, 0, (19 - lo) * 60))
    for lang in ("es", "de"):
        c = person(f, "grumbles_once", "grumbles once", lang=lang)
        c.tolerated = ["silence"]
        t = f.at(0, f.rng.randint(9, 16), f.rng.randint(0, 59))
        q, a = W.SPIKE_WEEK_GRUMBLE[lang]
        gid = add(f, c, t, "chat", "chat", q)
        add(f, c, t + mins(f, 2, 6), "chat", "chat", a, out=True)
        c.extra.update({"grumble_event_id": gid, "trouble_starts_at": iso(t)})
    for lang, hh, mm in (("es", 9, 40), ("de", 16, 5)):
        c = person(f, "grumbles_once", "lone question", lang=lang)
        c.tolerated = ["silence"]
        t = f.at(1, hh, mm)
        q, a = W.LONE_Q[lang]
        lid = add(f, c, t, "chat", "chat", q)
        add(f, c, t + mins(f, 2, 5), "chat", "chat", a, out=True)
        c.extra.update({"lone_report_event_id": lid, "trouble_starts_at": iso(t)})
    langs = list(SPIKE_LANGS)
    chans = list(SPIKE_CHANNELS)
    f.rng.shuffle(langs)
    f.rng.shuffle(chans)
    offsets = sorted([0, 45, *f.rng.sample(range(1, 45), 18)])
    reporters: list[tuple[Cust, datetime, str, str]] = []
    regular_flags = [True] * 12 + [False] * 8
    f.rng.shuffle(regular_flags)
    for i in range(20):
        lang = langs[i]
        c = person(f, "spike_reporter", "regular" if regular_flags[i] else "new", lang=lang)
        c.tolerated = ["silence"]
        if regular_flags[i]:
            for d in sorted(f.rng.sample([0, 1], f.rng.randint(1, 2))):
                happy(f, c, f.at(d, 8, 0) + mins(f, 0, 570))
        t = spike_start + timedelta(
            minutes=offsets[i], seconds=f.rng.randint(0, 50) if 0 < offsets[i] < 45 else 0
        )
        ch = chans[i]
        text = pick(f, W.SPIKE_REPORT, lang)
        if ch == "email":
            eid = add(f, c, t, "email", "message", text, subject=W.SPIKE_SUBJECT[lang])
        elif ch == "web":
            eid = add(
                f,
                c,
                t,
                "web",
                "ticket",
                text,
                subject=W.SPIKE_SUBJECT[lang],
                attrs={"page": "/my-visit"},
            )
        elif ch == "chat":
            eid = add(f, c, t, "chat", "chat", text)
            add(f, c, t + mins(f, 1, 4), "chat", "chat", W.SPIKE_CHAT_ANSWER[lang], out=True)
        else:
            eid = add(f, c, t, ch, "mention" if ch == "social" else "post", text)
        c.extra.update(
            {
                "in_spike": True,
                "regular": regular_flags[i],
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
            }
        )
        reporters.append((c, t, ch, eid))
    early = [r for r in reporters if r[1] <= spike_start + timedelta(minutes=25)]
    rep_channels = ["email", "email", "chat", "chat", "community", "community"]
    f.rng.shuffle(rep_channels)
    repeaters = []
    chosen = f.rng.sample(early, 6)
    for c, t, ch, _eid in chosen:
        rch = next(x for x in rep_channels if x != ch)
        rep_channels.remove(rch)
        tr = t + mins(f, 15, 50)
        text = pick(f, W.SPIKE_REPEAT, c.lang)
        if rch == "email":
            rid = add(f, c, tr, "email", "message", text, subject="RE: " + W.SPIKE_SUBJECT[c.lang])
        elif rch == "chat":
            rid = add(f, c, tr, "chat", "chat", text)
            add(f, c, tr + mins(f, 1, 3), "chat", "chat", W.SPIKE_CHAT_ANSWER[c.lang], out=True)
        else:
            rid = add(f, c, tr, "community", "post", text)
        c.persona = "spike_repeater"
        c.expected, c.tolerated = ["repeat_contact"], ["sentiment_drop", "silence"]
        c.extra["repeat_event_id"] = rid
        repeaters.append(rid)
    others = [r for r in reporters if r[0].persona == "spike_reporter"]
    for c, _t, _ch, _eid in f.rng.sample(others, 6):
        local = "09:30" if c.market in TZ_OFFSET else "10:30"
        credit = {"GBP": "£13", "CHF": "CHF 14"}.get(
            currency(c), "15 €" if c.lang != "en" else "€15"
        )
        s, body = W.SPIKE_FIXED[c.lang]
        add(
            f,
            c,
            datetime(2026, 11, 11, 9, 40, tzinfo=UTC) + mins(f, 0, 10),
            "email",
            "message",
            fill(f, c, body, time=local, credit=credit),
            subject=s,
            out=True,
        )
        c.extra["agent_fixed"] = True
    f.spike = {
        "topic": W.SPIKE_TOPIC,
        "about": "the app's My visit page dates every booked visit 01/01/1970, error 9F-07; reschedule does nothing",
        "channel": None,
        "start": iso(min(r[1] for r in reporters)),
        "end": iso(max(r[1] for r in reporters)),
        "customers": 20,
        "customer_keys": sorted(r[0].key for r in reporters),
        "event_ids": [r[3] for r in reporters],
        "repeat_event_ids": repeaters,
    }
    return f


# ---------------------------------------------------------------- output


def finish(f: Fam) -> tuple[str, str]:
    rows = sorted(f.rows, key=lambda r: (r["when"], r["event_id"]))
    seen_inbound: set[str] = set()
    lines = []
    for r in rows:
        c = f.custs[r["_c"]]
        full = {
            "customer_id": c.key,
            "email": c.email,
            "phone": c.phone,
            "handle": c.handle,
            "account_id": c.account,
        }
        ids: dict[str, str | None] = dict.fromkeys(full)
        if r["_out"] or c.key not in seen_inbound:
            ids.update(full)
            if not r["_out"]:
                seen_inbound.add(c.key)
        else:
            ch = r["channel"]
            if ch == "phone":
                ids["phone"] = (
                    c.phone
                    if f.rough.random() < 0.5
                    else c.phone[: len(PHONES[c.market][0])]
                    + " "
                    + c.phone[len(PHONES[c.market][0]) :]
                )
            elif ch in ("social", "community"):
                if c.handle:
                    ids["handle"] = c.handle if f.rough.random() >= 0.2 else c.handle.lstrip("@")
                else:
                    ids["email"] = c.email
            elif ch == "email":
                ids["email"] = c.email.upper() if f.rough.random() < 1 / 12 else c.email
            else:
                ids["customer_id"] = c.key
            ids["account_id"] = c.account
        tp = {
            "event_id": r["event_id"],
            "occurred_at": iso(r["when"]),
            "channel": r["channel"],
            "kind": r["kind"],
            "direction": r["direction"],
            "customer": ids,
            "text": r["text"],
            "subject": r["subject"],
            "scores": r["scores"],
            "source": r["source"],
            "attributes": r["attributes"],
        }
        lines.append(json.dumps(tp, ensure_ascii=False))
    for c in f.custs.values():
        if c.key not in seen_inbound:
            raise ValueError(f"{f.name}: {c.key} has no inbound touchpoint")
        both = set(c.expected) & set(c.tolerated)
        if both:
            raise ValueError(f"{f.name}: {c.key} expects and tolerates {both}")
    expected: dict[str, int] = {}
    for c in f.custs.values():
        for rule in c.expected:
            expected[rule] = expected.get(rule, 0) + 1
    for a in f.accounts.values():
        for rule in a["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    if f.spike:
        expected["topic_spike"] = 1
    if expected != PLANTED[f.name]:
        raise ValueError(f"{f.name}: expected {expected} but planted {PLANTED[f.name]}")
    last = rows[-1]["when"]
    end = max(f.start + timedelta(days=f.days), last + timedelta(hours=1))
    if end >= LIMIT:
        raise ValueError(f"{f.name}: end {end} too late")
    customers = {}
    for c in f.custs.values():
        c.extra.pop("_t", None)
        customers[c.key] = base(c)
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
    return "\n".join(lines) + "\n", json.dumps(
        truth, ensure_ascii=False, indent=1, sort_keys=True
    ) + "\n"


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
        f = build()
        jsonl, truth = finish(f)
        (HERE / f"{f.name}.jsonl").write_text(jsonl, encoding="utf-8")
        (HERE / f"{f.name}.truth.json").write_text(truth, encoding="utf-8")
        print(f"{f.name}: {len(f.custs)} customers, {len(f.rows)} touchpoints")


if __name__ == "__main__":
    main()
