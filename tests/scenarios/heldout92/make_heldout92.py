# ruff: noqa: E501
"""Build tests/scenarios/heldout92/: the ninety-second hand-written alert set (report only).

Standalone and deterministic (standard library only): ``python make_heldout92.py``
from anywhere writes the eight families beside this file. Stories first: each
customer's persona decides every act; the words come from wording.py (households
and the spike) and wording_b2b.py (Saltora Grupos, groups on account).
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

import wording as W  # noqa: E402
import wording_b2b as B  # noqa: E402

SEED = 20261114
WRITTEN = "2026-12-04"
BUSINESS = "Saltora: trampoline parks by app and web (jump sessions, birthday parties, Saltora Club membership) with a business arm, Saltora Grupos (schools, camps, firms, scouts, hotels, town youth services on account)"

LANG_WEIGHTS = (("pt", 30), ("it", 30), ("en", 10), ("es", 10), ("fr", 10), ("de", 10))

COUNTRIES = {
    "pt": (("PT", 1),),
    "it": (("IT", 8), ("CH", 1)),
    "en": (("UK", 3), ("IE", 2)),
    "es": (("ES", 1),),
    "fr": (("FR", 3), ("BE", 1), ("CH", 1)),
    "de": (("DE", 4), ("AT", 1), ("CH", 1)),
}

TOWNS = {
    ("PT", "pt"): ("Lisboa", "Porto", "Braga", "Coimbra", "Aveiro", "Faro", "Setúbal"),
    ("IT", "it"): ("Milano", "Torino", "Bologna", "Roma", "Napoli", "Firenze", "Verona", "Bari"),
    ("CH", "it"): ("Lugano", "Bellinzona"),
    ("CH", "fr"): ("Genève", "Lausanne"),
    ("CH", "de"): ("Zürich", "Basel"),
    ("UK", "en"): ("Leeds", "Bristol", "Manchester"),
    ("IE", "en"): ("Cork", "Dublin"),
    ("ES", "es"): ("Madrid", "Valencia", "Sevilla", "Bilbao"),
    ("FR", "fr"): ("Lyon", "Toulouse", "Lille", "Nantes"),
    ("BE", "fr"): ("Liège", "Namur"),
    ("AT", "de"): ("Wien", "Graz"),
    ("DE", "de"): ("Köln", "München", "Hamburg", "Leipzig"),
    ("LU", "fr"): ("Luxembourg",),
}

FIRST_NAMES = {
    "pt": (
        "Ana",
        "Joana",
        "Marta",
        "Inês",
        "Sofia",
        "Catarina",
        "Rita",
        "Beatriz",
        "Mariana",
        "Patrícia",
        "Sara",
        "Cláudia",
        "Filipa",
        "Teresa",
        "Helena",
        "Raquel",
        "Rui",
        "João",
        "Pedro",
        "Miguel",
        "Nuno",
        "Tiago",
        "Ricardo",
        "Bruno",
        "Hugo",
        "Luís",
        "Paulo",
        "André",
        "Diogo",
        "Vasco",
    ),
    "it": (
        "Giulia",
        "Francesca",
        "Chiara",
        "Sara",
        "Martina",
        "Valentina",
        "Elena",
        "Federica",
        "Silvia",
        "Alessia",
        "Laura",
        "Paola",
        "Daniela",
        "Serena",
        "Ilaria",
        "Marco",
        "Luca",
        "Andrea",
        "Matteo",
        "Davide",
        "Simone",
        "Stefano",
        "Francesco",
        "Alessandro",
        "Lorenzo",
        "Roberto",
        "Fabio",
        "Giorgio",
        "Nicola",
        "Massimo",
    ),
    "en": (
        "Emma",
        "Sophie",
        "Chloe",
        "Hannah",
        "Rachel",
        "Kate",
        "Aoife",
        "Siobhan",
        "Gemma",
        "Jess",
        "James",
        "Tom",
        "Daniel",
        "Chris",
        "Ben",
        "Liam",
        "Ciarán",
        "Mark",
        "Owen",
    ),
    "es": (
        "Lucía",
        "María",
        "Carmen",
        "Laura",
        "Marta",
        "Elena",
        "Paula",
        "Nuria",
        "Irene",
        "Javier",
        "Pablo",
        "Sergio",
        "David",
        "Álvaro",
        "Raúl",
    ),
    "fr": (
        "Camille",
        "Julie",
        "Claire",
        "Émilie",
        "Céline",
        "Aurélie",
        "Marion",
        "Élodie",
        "Pauline",
        "Nicolas",
        "Julien",
        "Thomas",
        "Antoine",
        "Maxime",
        "Guillaume",
    ),
    "de": (
        "Anna",
        "Julia",
        "Lisa",
        "Katharina",
        "Sarah",
        "Sabine",
        "Nicole",
        "Jana",
        "Miriam",
        "Jonas",
        "Lukas",
        "Felix",
        "Tobias",
        "Stefan",
        "Michael",
    ),
}

SURNAMES = {
    "pt": (
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
        "Vieira",
        "Monteiro",
        "Cardoso",
        "Rocha",
        "Batista",
    ),
    "it": (
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
        "Gallo",
        "Conti",
        "De Luca",
        "Mancini",
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
    ),
    "en": (
        "Smith",
        "Jones",
        "Taylor",
        "Brown",
        "Wilson",
        "Evans",
        "Walsh",
        "Murphy",
        "Kelly",
        "Byrne",
        "Clarke",
        "Hughes",
        "Wright",
        "Hall",
        "Doyle",
        "Ryan",
        "Green",
        "Lynch",
    ),
    "es": (
        "García",
        "Martínez",
        "López",
        "Sánchez",
        "Pérez",
        "Gómez",
        "Ruiz",
        "Díaz",
        "Moreno",
        "Muñoz",
        "Romero",
        "Navarro",
        "Torres",
        "Domínguez",
        "Gil",
    ),
    "fr": (
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
        "Simon",
        "Laurent",
        "Lefèvre",
        "Michel",
        "Fournier",
    ),
    "de": (
        "Müller",
        "Schmidt",
        "Schneider",
        "Fischer",
        "Weber",
        "Meyer",
        "Wagner",
        "Becker",
        "Schulz",
        "Hoffmann",
        "Koch",
        "Richter",
        "Wolf",
        "Schröder",
        "Neumann",
    ),
}

JOBS = (
    "nurse",
    "primary teacher",
    "accountant",
    "pharmacist",
    "bus driver",
    "civil engineer",
    "shop owner",
    "physiotherapist",
    "lawyer",
    "chef",
    "police officer",
    "IT support",
    "architect",
    "hairdresser",
    "postal worker",
    "civil servant",
    "baker",
    "electrician",
    "dentist",
    "call-centre agent",
    "lorry driver",
    "translator",
    "supermarket manager",
    "midwife",
)

AGENTS = {
    "pt": ("Rita", "Miguel", "Sónia", "Hélder"),
    "it": ("Giorgia", "Marco", "Elisa", "Dario"),
    "en": ("Sean", "Amy"),
    "es": ("Nerea", "Iván"),
    "fr": ("Manon", "Hugo"),
    "de": ("Jana", "Timo"),
}

MAIL_DOMAINS = (
    "correio.example",
    "posta.example",
    "mail.example",
    "webmail.example",
    "caixa.example",
    "inbox.example",
    "net.example",
)

SOURCES = {
    "email": "saltora-mail",
    "phone": "saltora-voice",
    "social": "saltora-social",
    "community": "saltora-forum",
    "chat": "saltora-chat",
    "web": "saltora-web",
    "survey": "saltora-survey",
}

# phone: (country code, length of the national number, mobile prefixes)
PHONES = {
    "PT": ("351", 9, ("91", "92", "93", "96")),
    "IT": ("39", 10, ("320", "328", "333", "338", "347", "349")),
    "CH": ("41", 9, ("76", "78", "79")),
    "UK": ("44", 10, ("74", "75", "77", "78", "79")),
    "IE": ("353", 9, ("83", "85", "86", "87")),
    "ES": ("34", 9, ("6",)),
    "FR": ("33", 9, ("6", "7")),
    "BE": ("32", 9, ("47", "48", "49")),
    "AT": ("43", 10, ("664", "676", "699")),
    "DE": ("49", 11, ("151", "160", "170", "176")),
    "LU": ("352", 9, ("621", "661", "691")),
}

BILINGUAL_WHY = (
    "married to someone of the other language",
    "works in a restaurant run by a family of the other language",
    "grew up abroad and went back",
    "did Erasmus there and kept the language with friends",
    "grandparents live there, kids spend summers with them",
    "works at a call centre in the other language",
    "moved for work ten years ago",
)

# ---------------------------------------------------------------- registry

USED: dict[str, set[str]] = {
    "id": set(),
    "email": set(),
    "phone": set(),
    "handle": set(),
    "case": set(),
    "account": set(),
}


def strip_accents(text: str) -> str:
    text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    text = text.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
    out = []
    for ch in text:
        if ch in "ñÑß":
            out.append(ch)
            continue
        base = unicodedata.normalize("NFD", ch)
        out.append("".join(b for b in base if not unicodedata.combining(b)))
    return "".join(out)


def ascii_slug(text: str) -> str:
    return re.sub(r"[^a-z]", "", strip_accents(text).lower().replace("ß", "ss"))


def spoken(template: str, lang: str) -> str:
    """A speech-to-text transcript: no punctuation; lower case but for German nouns."""
    parts = re.split(r"(\{[a-z]+\})", template)
    out = []
    for part in parts:
        if part.startswith("{") and part.endswith("}"):
            out.append(part)
            continue
        part = re.sub(r"[.,!?;:¿¡()\"\n]", " ", part).replace(" - ", " ")
        if lang != "de":
            part = part.lower()
        out.append(part)
    text = re.sub(r"\s+", " ", "".join(out)).strip()
    return text[:1].lower() + text[1:]


# ---------------------------------------------------------------- data


@dataclass
class Cust:
    key: str
    lang: str
    country: str
    segment: str
    first: str
    name: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    town: str
    kid: str
    truth: dict[str, Any] = field(default_factory=dict)


@dataclass
class Row:
    when: datetime
    seq: int
    cust: Cust
    event_id: str
    channel: str
    kind: str
    out: bool
    text: str | None
    subject: str | None
    scores: dict[str, int | None]
    attrs: dict[str, str]


class Fam:
    def __init__(
        self,
        name: str,
        code: str,
        n: int,
        start: datetime,
        days: int,
        about: str,
        planted: dict[str, int],
    ) -> None:
        self.name = name
        self.code = code
        self.n = n
        self.start = start
        self.days = days
        self.about = about
        self.planted = planted
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.rows: list[Row] = []
        self.custs: dict[str, Cust] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.counter = 0

    def at(self, day: float, hours: float) -> datetime:
        return self.start + timedelta(days=day, hours=hours)

    def when(self, day: int, h0: float, h1: float) -> datetime:
        minutes = self.rng.randint(int(h0 * 60), int(h1 * 60))
        return self.start + timedelta(days=day, minutes=minutes)


def pick_weighted(rng: random.Random, pairs: tuple[tuple[str, int], ...]) -> str:
    names = [p[0] for p in pairs]
    weights = [p[1] for p in pairs]
    return rng.choices(names, weights=weights, k=1)[0]


def unique(kind: str, make: Any) -> str:
    for _ in range(1000):
        value = str(make())
        if value not in USED[kind]:
            USED[kind].add(value)
            return value
    raise RuntimeError(f"no unique {kind}")


def new_case(f: Fam) -> str:
    return unique("case", lambda: f"SA{f.rng.randint(2600000, 2699999)}")


def make_phone(rng: random.Random, country: str) -> str:
    cc, length, prefixes = PHONES[country]
    prefix = rng.choice(prefixes)
    rest = "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix)))
    return f"+{cc}{prefix}{rest}"


def make_handle(rng: random.Random, first: str, last: str) -> str:
    a, b = ascii_slug(first), ascii_slug(last)
    shapes = (
        f"{b}_{a}{rng.randint(1, 9)}",
        f"{a}{b}{rng.randint(10, 99)}",
        f"{a}_{b}",
        f"{b}{a[0]}",
        f"{a}.{b[:4]}",
        f"{a}_{b[:3]}{rng.randint(80, 99)}",
    )
    return "@" + rng.choice(shapes)


def person(
    f: Fam,
    lang: str,
    persona: str,
    habit: str,
    expected: list[str],
    tolerated: list[str],
    *,
    country: str | None = None,
    segment: str = "consumer",
    company: str | None = None,
    domain: str | None = None,
    account: str | None = None,
    taken_first: set[str] | None = None,
    job: str | None = None,
) -> Cust:
    rng = f.rng
    if set(expected) & set(tolerated):
        raise ValueError("a rule both expected and tolerated")
    if country is None:
        country = pick_weighted(rng, COUNTRIES[lang])
    while True:
        first = rng.choice(FIRST_NAMES[lang])
        if taken_first is None or first not in taken_first:
            break
    if taken_first is not None:
        taken_first.add(first)
    last = rng.choice(SURNAMES[lang])
    key = unique("id", lambda: f"SA{f.code}{rng.randint(1000, 9999)}")
    if domain is not None:
        email = unique("email", lambda: f"{ascii_slug(first)}.{ascii_slug(last)}@{domain}")
    else:
        email = unique(
            "email",
            lambda: rng.choice(
                (
                    f"{ascii_slug(first)}.{ascii_slug(last)}{rng.randint(1, 99)}@{rng.choice(MAIL_DOMAINS)}",
                    f"{ascii_slug(first)[0]}{ascii_slug(last)}{rng.randint(70, 99)}@{rng.choice(MAIL_DOMAINS)}",
                    f"{ascii_slug(last)}.{ascii_slug(first)}@{rng.choice(MAIL_DOMAINS)}",
                )
            ),
        )
    phone = unique("phone", lambda: make_phone(rng, country))
    handle = None if segment == "b2b" else unique("handle", lambda: make_handle(rng, first, last))
    towns = TOWNS.get((country, lang)) or next(v for (c, _), v in TOWNS.items() if c == country)
    town = rng.choice(towns)
    kid = rng.choice(W.KIDS[lang])
    c = Cust(
        key,
        lang,
        country,
        segment,
        first,
        f"{first} {last}",
        email,
        phone,
        handle,
        account,
        town,
        kid,
    )
    c.truth = {
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
        "country": country,
        "segment": segment,
        "name": f"{first} {last}",
        "job": job if job is not None else rng.choice(JOBS),
        "town": town,
    }
    if company is not None:
        c.truth["company"] = company
    f.custs[key] = c
    return c


def money(c: Cust, eur: float, lang: str | None = None, said: bool = False) -> str:
    lang = lang or c.lang
    if c.country == "UK":
        v = round(eur * 0.86)
        return f"{v} pounds" if said else f"£{v}"
    if c.country == "CH":
        v = round(eur * 0.94)
        if said:
            return {"it": f"{v} franchi", "fr": f"{v} francs", "de": f"{v} Franken"}.get(
                lang, f"{v} francs"
            )
        return f"{v} CHF"
    whole = eur == int(eur)
    num = f"{int(eur)}" if whole else f"{eur:.2f}"
    if said:
        return {
            "pt": f"{num.replace('.', ',')} euros",
            "it": f"{num.replace('.', ',')} euro",
            "de": f"{num.replace('.', ',')} Euro",
        }.get(lang, f"{num} euros")
    if lang == "en":
        return f"€{num}"
    return f"{num.replace('.', ',')} €"


def price(c: Cust, eur: float) -> tuple[str, str]:
    if c.country == "UK":
        return f"{eur * 0.86:.2f}", "GBP"
    if c.country == "CH":
        return f"{eur * 0.94:.2f}", "CHF"
    return f"{eur:.2f}", "EUR"


def fill(f: Fam, c: Cust, lang: str, template: str, **extra: str) -> str:
    values = {
        "park": c.town,
        "kid": c.kid if c.lang == lang else f.rng.choice(W.KIDS[lang]),
        "first": c.first,
        "agent": f.rng.choice(AGENTS[lang]),
        "comp": f.rng.choice(W.COMPETITORS),
        "amount": "",
        "case": "",
        "p": "",
        "t": "",
        "day": "",
        "product": "",
        "who": "",
        "company": str(c.truth.get("company", "")),
        "credit": "",
        "fixed": "",
    }
    values.update(extra)
    return template.format(**values)


def roughen(f: Fam, text: str) -> str:
    r = f.rough
    if r.random() < 0.10:
        text = strip_accents(text)
    if r.random() < 0.125 and text[:1].isupper() and not text.startswith(("WB", "SA")):
        text = text[0].lower() + text[1:]
    if r.random() < 1 / 7:
        words = [(m.start(), m.group()) for m in re.finditer(r"\b[a-zà-ÿ]{5,}\b", text)]
        words = [(i, w) for i, w in words if w.isalpha() and w.islower()]
        if words:
            i, w = r.choice(words)
            j = r.randint(1, len(w) - 3)
            swapped = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            text = text[:i] + swapped + text[i + len(w) :]
    return text


def add(
    f: Fam,
    c: Cust,
    when: datetime,
    channel: str,
    kind: str,
    text: str | None = None,
    subject: str | None = None,
    *,
    out: bool = False,
    scores: dict[str, int | None] | None = None,
    attrs: dict[str, str] | None = None,
    rough: bool = True,
) -> str:
    f.counter += 1
    event_id = f"sa92-{f.code.lower()}-{f.counter:05d}"
    a: dict[str, str] = {"market": c.country}
    if c.segment == "b2b":
        a["segment"] = "b2b"
    if attrs:
        a.update(attrs)
    if out and "agent" not in a:
        a["agent"] = f.rng.choice(AGENTS[c.lang])
    if text is not None and not out:
        if rough and channel not in ("phone", "survey"):
            text = roughen(f, text)
        if channel == "social" and c.segment == "consumer":
            idx = text.rfind("Saltora")
            if idx >= 0 and text[max(0, idx - 1) : idx] != "@":
                text = text[:idx] + "@" + text[idx:]
            elif "@Saltora" not in text:
                text = "@Saltora " + text
    sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
    if scores:
        sc.update(scores)
    f.rows.append(Row(when, f.counter, c, event_id, channel, kind, out, text, subject, sc, a))
    return event_id


def night_safe(f: Fam, t: datetime, lo: int = 8) -> datetime:
    """Moved out of 22:00-07:00 UTC to lo:00-lo+1:00 the next (or same) morning."""
    if t.hour >= 22 or t.hour < 7:
        base = t if t.hour < 7 else t + timedelta(days=1)
        return base.replace(hour=lo, minute=f.rng.randint(0, 59))
    return t


def office(f: Fam, t: datetime) -> datetime:
    """Moved into weekday office hours, 08:00-17:00 UTC."""
    while True:
        if t.weekday() >= 5:
            t = (t + timedelta(days=7 - t.weekday())).replace(hour=8, minute=f.rng.randint(0, 59))
            continue
        if t.hour >= 17:
            t = (t + timedelta(days=1)).replace(hour=8, minute=f.rng.randint(0, 59))
            continue
        if t.hour < 8:
            t = t.replace(hour=8, minute=f.rng.randint(0, 59))
            continue
        return t


def mins(a: float, b: float, rng: random.Random) -> timedelta:
    return timedelta(minutes=rng.randint(int(a), int(b)))


# ---------------------------------------------------------------- acts

HAPPY_KINDS = ("praise", "again", "gripe", "review", "buy", "view", "chat", "mail", "phone")


def happy(
    f: Fam, c: Cust, t: datetime, lang: str | None = None, kinds: tuple[str, ...] = HAPPY_KINDS
) -> list[str]:
    rng = f.rng
    lang = lang or c.lang
    k = rng.choice(kinds)
    ids: list[str] = []
    if k in ("praise", "again", "gripe"):
        table = {"praise": W.PRAISE, "again": W.AGAIN, "gripe": W.GRIPE}[k]
        text = fill(f, c, lang, rng.choice(table[lang]))
        if rng.random() < 0.5:
            ids.append(add(f, c, t, "community", "post", text))
        else:
            ids.append(add(f, c, t, "social", "mention", text))
    elif k == "review":
        text = fill(f, c, lang, rng.choice(W.REVIEW[lang]))
        ids.append(
            add(
                f,
                c,
                t,
                "web",
                "review",
                text,
                attrs={"rating": "5", "page": f"/parks/{ascii_slug(c.town)}"},
            )
        )
    elif k == "buy":
        label, eur = rng.choice(W.PRODUCTS[:9])
        page = "/parties" if "Party" in label else "/club" if "Club" in label else "/sessions"
        ids.append(add(f, c, t, "web", "page_view", attrs={"page": page}))
        value, cur = price(c, eur)
        ids.append(
            add(
                f,
                c,
                t + mins(2, 15, rng),
                "web",
                "purchase",
                attrs={"order_value": value, "currency": cur, "product": label, "page": page},
            )
        )
    elif k == "view":
        ids.append(add(f, c, t, "web", "page_view", attrs={"page": rng.choice(W.PAGES)}))
    elif k == "chat":
        q, a = rng.choice(W.CHATQ[lang])
        ids.append(add(f, c, t, "chat", "chat", fill(f, c, lang, q)))
        t2 = t + mins(1, 4, rng)
        ids.append(add(f, c, t2, "chat", "chat", fill(f, c, lang, a), out=True))
        if rng.random() < 0.7:
            ids.append(add(f, c, t2 + mins(1, 3, rng), "chat", "chat", rng.choice(W.THANKS[lang])))
    elif k == "mail":
        subj, q, a = rng.choice(W.MAILQ[lang])
        ids.append(add(f, c, t, "email", "message", fill(f, c, lang, q), subj))
        t2 = night_safe(f, t + mins(60, 300, rng))
        ids.append(add(f, c, t2, "email", "message", fill(f, c, lang, a), "Re: " + subj, out=True))
    elif k == "phone":
        q, a = rng.choice(W.PHONEQ[lang])
        ids.append(add(f, c, t, "phone", "call", fill(f, c, lang, q)))
        ids.append(
            add(
                f,
                c,
                t + mins(5, 20, rng),
                "email",
                "message",
                fill(f, c, lang, a),
                "Saltora",
                out=True,
            )
        )
    return ids


def happy_survey(
    f: Fam,
    c: Cust,
    t: datetime,
    lang: str | None = None,
    words: dict[str, tuple[str, ...]] | None = None,
) -> str:
    rng = f.rng
    lang = lang or c.lang
    which = rng.choice(("nps", "csat", "ces"))
    score = {"nps": rng.randint(9, 10), "csat": rng.randint(4, 5), "ces": rng.randint(6, 7)}[which]
    word = rng.choice((words or W.SURVEY_WORDS)[lang])
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


def day_times(f: Fam, days: list[int], h0: float, h1: float) -> list[datetime]:
    return sorted(f.when(d, h0, h1) for d in days)


def spread_days(f: Fam, lo: int, hi: int, n: int, avoid: set[int] | None = None) -> list[int]:
    pool = [d for d in range(lo, hi + 1) if not avoid or d not in avoid]
    return sorted(f.rng.sample(pool, min(n, len(pool))))


# ---------------------------------------------------------------- complaints


def problem_text(f: Fam, c: Cust, lang: str, problem: str, phone: bool = False) -> str:
    template = f.rng.choice(W.PROBLEM[lang][problem])
    amounts = {"double_charge": 60.0, "refund": 37.0, "wrong_price": 9.0, "cancel_fee": 25.0}
    eur = amounts.get(problem, 0.0)
    if phone:
        return fill(f, c, lang, spoken(template, lang), amount=money(c, eur, lang, said=True))
    return fill(f, c, lang, template, amount=money(c, eur, lang))


def complaint(f: Fam, c: Cust, t: datetime, lang: str, problem: str, style: str) -> tuple[str, str]:
    """The angry first message; returns (event id, channel)."""
    rng = f.rng
    topic = W.TOPIC[lang][problem]
    if style == "phone":
        p = problem_text(f, c, lang, problem, phone=True)
        return add(
            f, c, t, "phone", "call", fill(f, c, lang, rng.choice(W.PHONE_BAD[lang]), p=p)
        ), "phone"
    p = problem_text(f, c, lang, problem)
    if style == "long":
        body = fill(f, c, lang, rng.choice(W.LONG_EMAIL[lang]), p=p)
        subj = fill(f, c, lang, rng.choice(W.COMPLAINT_SUBJECT[lang]), t=topic)
        return add(f, c, t, "email", "message", body, subj), "email"
    if style == "email":
        body = fill(f, c, lang, rng.choice(W.EMAIL_BAD[lang]), p=p)
        subj = fill(f, c, lang, rng.choice(W.COMPLAINT_SUBJECT[lang]), t=topic)
        return add(f, c, t, "email", "message", body, subj), "email"
    if style == "chat":
        return add(
            f, c, t, "chat", "chat", fill(f, c, lang, rng.choice(W.CHAT_BAD[lang]), p=p)
        ), "chat"
    if style == "social":
        return add(
            f, c, t, "social", "mention", fill(f, c, lang, rng.choice(W.SOCIAL_BAD[lang]), p=p)
        ), "social"
    if style == "form":
        body = fill(f, c, lang, rng.choice(W.FORM_BAD[lang]), p=p, t=topic)
        return add(f, c, t, "web", "ticket", body, topic, attrs={"page": "/contact"}), "web"
    raise ValueError(style)


def case_reply(
    f: Fam, c: Cust, t: datetime, lang: str, problem: str, case: str, channel: str
) -> str:
    """The agent's first answer: in chat for a chat, else the 'case opened' e-mail."""
    rng = f.rng
    if channel == "chat":
        return add(
            f,
            c,
            t + mins(1, 4, rng),
            "chat",
            "chat",
            fill(f, c, lang, W.CHAT_CASE[lang], case=case),
            out=True,
        )
    subj, body = W.CASE_OPENED[lang]
    topic = W.TOPIC[lang][problem]
    return add(
        f,
        c,
        night_safe(f, t + mins(10, 40, rng)),
        "email",
        "message",
        fill(f, c, lang, body, case=case),
        fill(f, c, lang, subj, case=case, t=topic),
        out=True,
    )


def good_news(f: Fam, c: Cust, t: datetime, lang: str, case: str) -> str:
    subj, body = W.GOOD_NEWS[lang]
    return add(
        f,
        c,
        t,
        "email",
        "message",
        fill(f, c, lang, body, case=case),
        fill(f, c, lang, subj, case=case),
        out=True,
    )


def confirm(f: Fam, c: Cust, t: datetime, lang: str, case: str, channel: str) -> str:
    text = fill(f, c, lang, f.rng.choice(W.CONFIRM[lang]), case=case)
    if channel == "chat":
        return add(f, c, t, "chat", "chat", text)
    return add(
        f,
        c,
        t,
        "email",
        "message",
        text,
        "Re: " + fill(f, c, lang, W.GOOD_NEWS[lang][0], case=case),
    )


def low_nps(
    f: Fam, c: Cust, t: datetime, lang: str, words: dict[str, tuple[str, ...]] | None = None
) -> tuple[str, int]:
    score = f.rng.randint(1, 5)
    word = f.rng.choice((words or W.NPS_LOW_WORDS)[lang])
    return add(
        f,
        c,
        t,
        "survey",
        "survey_response",
        word or None,
        scores={"nps": score},
        attrs={"survey": "nps"},
    ), score


def low_csat(f: Fam, c: Cust, t: datetime, lang: str) -> tuple[str, int]:
    score = f.rng.randint(1, 2)
    word = f.rng.choice(W.CSAT_LOW_WORDS[lang])
    return add(
        f,
        c,
        t,
        "survey",
        "survey_response",
        word or None,
        scores={"csat": score},
        attrs={"survey": "csat"},
    ), score


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
B2B_RISK_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]


def later_contact(
    f: Fam, c: Cust, t: datetime, lang: str, problem: str, case: str, nth: int, channel: str
) -> str:
    """A repeat contact's 2nd, 3rd or 4th message on the same open case."""
    rng = f.rng
    topic = W.TOPIC[lang][problem]
    comp = rng.choice(W.COMPETITORS)
    if nth == 3:
        template = rng.choice(W.THIRD[lang])
        c.truth["competitor"] = comp
    elif nth == 4:
        template = W.FOURTH[lang]
    else:
        template = rng.choice(W.STILL_OPEN[lang])
    if channel == "phone":
        p = problem_text(f, c, lang, problem, phone=True)
        text = fill(f, c, lang, spoken(template, lang), case=case, t=topic, p=p, comp=comp)
        return add(f, c, t, "phone", "call", text)
    p = problem_text(f, c, lang, problem)
    text = fill(f, c, lang, template, case=case, t=topic, p=p, comp=comp)
    if channel == "email":
        return add(
            f,
            c,
            t,
            "email",
            "message",
            text,
            fill(f, c, lang, W.CASE_OPENED[lang][0], case=case, t=topic),
        )
    if channel == "chat":
        eid = add(f, c, t, "chat", "chat", text)
        add(
            f,
            c,
            t + mins(1, 4, rng),
            "chat",
            "chat",
            fill(f, c, lang, W.URGENT_CHAT[lang], case=case),
            out=True,
        )
        return eid
    if channel == "web":
        return add(f, c, t, "web", "ticket", text, case, attrs={"page": "/contact"})
    if channel == "social":
        return add(f, c, t, "social", "mention", text)
    raise ValueError(channel)


def repeat_run(
    f: Fam,
    c: Cust,
    first_t: datetime,
    first_style: str,
    problem: str,
    contacts: int,
    langs: list[str],
    quality: bool,
) -> None:
    rng = f.rng
    case = new_case(f)
    eid, channel = complaint(f, c, first_t, langs[0], problem, first_style)
    case_reply(f, c, first_t, langs[0], problem, case, channel)
    if quality:
        subj, body = W.QUALITY_LEAD[langs[0]]
        add(
            f,
            c,
            night_safe(f, first_t + mins(90, 150, rng)),
            "email",
            "message",
            fill(f, c, langs[0], body, case=case),
            fill(f, c, langs[0], subj, case=case),
            out=True,
        )
    events = [eid]
    channels = [channel]
    pool = [ch for ch in ("email", "chat", "phone", "web", "social") if ch != channel]
    rng.shuffle(pool)
    t = first_t
    for nth in range(2, contacts + 1):
        t = t + timedelta(minutes=rng.randint(4 * 60, 40 * 60))
        if t.hour >= 22 or t.hour < 7:
            base = t if t.hour < 7 else t + timedelta(days=1)
            t = base.replace(hour=8, minute=rng.randint(0, 59))
        ch = pool.pop()
        lang = langs[(nth - 1) % len(langs)]
        events.append(later_contact(f, c, t, lang, problem, case, nth, ch))
        channels.append(ch)
    c.truth.update(
        {
            "problem": problem,
            "booking": case,
            "contacts": contacts,
            "channels": channels,
            "channel": channels[0],
            "problem_event_ids": events,
            "trouble_starts_at": iso(first_t),
            "agent_passed_on": quality,
            "competitor": c.truth.get("competitor"),
        }
    )


def fixed_case(
    f: Fam, c: Cust, t: datetime, lang: str, problem: str, style: str, confirm_lang: str
) -> dict[str, Any]:
    rng = f.rng
    case = new_case(f)
    eid, channel = complaint(f, c, t, lang, problem, style)
    case_reply(f, c, t, lang, problem, case, channel)
    t_fix = night_safe(f, t + mins(3 * 60, 20 * 60, rng))
    good_news(f, c, t_fix, confirm_lang, case)
    t_conf = night_safe(f, t_fix + mins(8 * 60, 30 * 60, rng), lo=9)
    conf_channel = rng.choice(("email", "chat"))
    cid = confirm(f, c, t_conf, confirm_lang, case, conf_channel)
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(t_fix),
        "confirmed_at": iso(t_conf),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": channel,
        "confirm_channel": conf_channel,
    }


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# ---------------------------------------------------------------- families


def lang_of(f: Fam) -> str:
    return pick_weighted(f.rng, LANG_WEIGHTS)


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        "happy customers: day writers, night writers and survey-only customers; nothing to warn about",
        {},
    )
    rng = f.rng
    for _ in range(16):
        c = person(f, lang_of(f), "happy", "day writer", [], [])
        for t in day_times(f, spread_days(f, 0, 9, rng.randint(5, 8)), 7, 19):
            if rng.random() < 0.12:
                happy_survey(f, c, t)
            else:
                happy(f, c, t)
    for _ in range(5):
        c = person(f, lang_of(f), "happy", "night writer", [], [])
        nights = spread_days(f, 0, 8, rng.randint(2, 4))
        for d in nights:
            t = f.when(d, 22.2, 28.5)
            if rng.random() < 0.5:
                text = fill(f, c, c.lang, rng.choice(W.NIGHT_POST[c.lang]))
                if rng.random() < 0.5:
                    add(f, c, t, "community", "post", text)
                else:
                    add(f, c, t, "social", "mention", text)
            else:
                q, a = rng.choice(W.NIGHT_CHAT[c.lang])
                add(f, c, t, "chat", "chat", q)
                t2 = t + mins(1, 5, rng)
                add(f, c, t2, "chat", "chat", a, out=True)
                add(f, c, t2 + mins(1, 3, rng), "chat", "chat", rng.choice(W.THANKS[c.lang]))
        for t in day_times(f, spread_days(f, 0, 9, rng.randint(2, 3)), 9, 18):
            happy(f, c, t, kinds=("praise", "again", "buy", "view", "review"))
    for _ in range(5):
        c = person(f, lang_of(f), "happy", "answers surveys", [], [])
        for t in day_times(f, spread_days(f, 0, 9, rng.randint(3, 6)), 8, 20):
            happy_survey(f, c, t)
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        "happy customers with one angry message on one day; six give a detractor NPS",
        {"detractor": 6},
    )
    rng = f.rng
    styles = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["form"] * 4 + ["phone"] * 4
    )
    problems = [p for p in W.PROBLEMS for _ in range(4)]
    rng.shuffle(problems)
    long_langs = ["pt", "pt", "it", "it"]
    plans: list[tuple[str, str, str]] = []
    for style, problem in zip(styles, problems, strict=True):
        lang = long_langs.pop() if style == "long" else lang_of(f)
        plans.append((style, problem, lang))
    with_case = [i for i, p in enumerate(plans) if p[0] != "social"]
    detractors = set(rng.sample(with_case, 6))
    rest = [i for i in with_case if i not in detractors]
    csats = set(rng.sample(rest, 5))
    fixed = set(rng.sample(with_case, 12))
    apologisers = set(rng.sample(sorted(fixed), 5))
    for i, (style, problem, lang) in enumerate(plans):
        det = i in detractors
        c = person(
            f,
            lang,
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            ["detractor"] if det else [],
            ["silence"],
            country="PT" if lang == "pt" else ("IT" if style == "long" else None),
        )
        bad_day = rng.randint(2, 9)
        t = f.when(bad_day, 8, 20)
        avoid = set(range(bad_day - 1, bad_day + 3))
        for ht in day_times(f, spread_days(f, 0, 11, rng.randint(1, 5), avoid), 7, 20):
            happy(f, c, ht)
        eid, channel = complaint(f, c, t, lang, problem, style)
        case = None if style == "social" else new_case(f)
        c.truth.update(
            {
                "problem": problem,
                "channel": channel,
                "booking": case,
                "long_email": style == "long",
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(t),
                "nps_given": False,
                "nps": None,
                "csat_given": False,
                "csat": None,
                "agent_fixed": False,
                "apologised": False,
            }
        )
        if case is None:
            continue
        case_reply(f, c, t, lang, problem, case, channel)
        if det:
            sid, score = low_nps(f, c, t + mins(100, 140, rng), lang)
            c.truth.update({"nps_given": True, "nps": score, "survey_event_id": sid})
        elif i in csats:
            sid, score = low_csat(f, c, t + mins(40, 80, rng), lang)
            c.truth.update({"csat_given": True, "csat": score, "survey_event_id": sid})
        if i in fixed:
            tg = night_safe(f, t + mins(60, 240, rng))
            good_news(f, c, tg, lang, case)
            c.truth["agent_fixed"] = True
            if i in apologisers:
                ta = night_safe(f, t + mins(16 * 60, 24 * 60, rng), lo=9)
                if ta <= tg:
                    ta = tg + mins(60, 120, rng)
                text = rng.choice(W.APOLOGY[lang])
                if rng.random() < 0.5:
                    aid = add(f, c, ta, "chat", "chat", text)
                else:
                    aid = add(
                        f,
                        c,
                        ta,
                        "email",
                        "message",
                        text,
                        "Re: " + fill(f, c, lang, W.GOOD_NEWS[lang][0], case=case),
                    )
                c.truth.update({"apologised": True, "apology_at": iso(ta), "apology_event_id": aid})
    for _ in range(8):
        c = person(f, lang_of(f), "happy", "control", [], [])
        for t in day_times(f, spread_days(f, 0, 11, rng.randint(4, 7)), 7, 20):
            happy(f, c, t)
    return f


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        datetime(2026, 6, 1, tzinfo=UTC),
        10,
        "customers raising one open problem two to four times, with fixed cases, two-problem customers and frequent writers as decoys",
        {"repeat_contact": 12},
    )
    rng = f.rng
    firsts = ["form"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    rng.shuffle(firsts)
    counts = [2] * 4 + [3] * 4 + [4] * 4
    rng.shuffle(counts)
    quality = [True] * 6 + [False] * 6
    rng.shuffle(quality)
    for i in range(12):
        c = person(f, lang_of(f), "repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        for t in day_times(f, [0] * rng.randint(1, 3), 7, 12):
            happy(f, c, t, kinds=("praise", "buy", "view", "chat", "review"))
        t = f.when(rng.randint(1, 4), 8, 19)
        repeat_run(f, c, t, firsts[i], rng.choice(W.PROBLEMS), counts[i], [c.lang], quality[i])
        c.truth.setdefault("competitor", None)
    for _ in range(5):
        c = person(f, lang_of(f), "resolved_between_contacts", "fixed", [], ["silence"])
        for t in day_times(f, spread_days(f, 0, 1, rng.randint(1, 2)), 8, 18):
            happy(f, c, t, kinds=("praise", "buy", "view"))
        t = f.when(rng.randint(2, 5), 8, 19)
        case = fixed_case(
            f, c, t, c.lang, rng.choice(W.PROBLEMS), rng.choice(("form", "email", "chat")), c.lang
        )
        c.truth.update(
            {"problems": [case], "trouble_starts_at": case["raised_at"], "booking": case["booking"]}
        )
    for _ in range(3):
        c = person(f, lang_of(f), "different_problems", "two problems", [], ["silence"])
        p1, p2 = rng.sample(W.PROBLEMS, 2)
        d1 = rng.randint(0, 2)
        c1 = fixed_case(
            f, c, f.when(d1, 9, 18), c.lang, p1, rng.choice(("form", "email", "chat")), c.lang
        )
        c2 = fixed_case(
            f,
            c,
            f.when(d1 + rng.randint(4, 5), 9, 18),
            c.lang,
            p2,
            rng.choice(("form", "email", "chat")),
            c.lang,
        )
        c.truth.update({"problems": [c1, c2], "trouble_starts_at": c1["raised_at"]})
    for _ in range(7):
        c = person(f, lang_of(f), "happy", "frequent writer", [], [])
        for t in day_times(f, spread_days(f, 0, 9, rng.randint(5, 8)), 7, 20):
            happy(f, c, t, kinds=("chat", "chat", "mail", "mail", "phone", "praise", "buy"))
    return f


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
        "sliders from a happy baseline, leavers who cancel Club, steady, steadily grumpy and sarcastic customers",
        {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
    )
    rng = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    rng.shuffle(spans)
    nps_givers = set(rng.sample(range(10), 5))
    for i in range(10):
        exp = ["sentiment_drop"] + (["detractor"] if i in nps_givers else [])
        c = person(f, lang_of(f), "slow_churner", "slides", exp, SLIDE_TOL)
        praise_days = spread_days(f, 0, 10, rng.randint(4, 5))
        for t in day_times(f, praise_days, 8, 20):
            happy(f, c, t, kinds=("praise", "again", "praise"))
        for t in day_times(f, spread_days(f, 0, 10, rng.randint(2, 4)), 8, 20):
            happy(f, c, t, kinds=("buy", "view", "chat", "mail"))
        d0 = rng.randint(12, 16)
        span = spans[i]
        offsets = sorted(rng.sample(range(1, span * 24 - 1), 4))
        base = f.when(d0, 8, 12)
        times = (
            [base]
            + [base + timedelta(hours=o, minutes=rng.randint(0, 50)) for o in offsets]
            + [base + timedelta(days=span, minutes=rng.randint(0, 240))]
        )
        ids: list[str] = []
        comp = rng.choice(W.COMPETITORS)
        prev = None
        ratings = ("3", "3", "2", "2", "1", "1")
        for step, t in enumerate(times):
            t = night_safe(f, t)
            if prev is not None and t < prev + timedelta(hours=1):
                t = prev + timedelta(minutes=rng.randint(60, 120))
            prev = t
            text = fill(f, c, c.lang, W.SLIDE[c.lang][step], amount=money(c, 30.0), comp=comp)
            ch = rng.choice(("social", "community", "review"))
            if ch == "review":
                ids.append(
                    add(
                        f,
                        c,
                        t,
                        "web",
                        "review",
                        text,
                        attrs={"rating": ratings[step], "page": f"/parks/{ascii_slug(c.town)}"},
                    )
                )
            elif ch == "social":
                ids.append(add(f, c, t, "social", "mention", text))
            else:
                ids.append(add(f, c, t, "community", "post", text))
            if step == 3 and i in nps_givers:
                tn = night_safe(f, t + mins(150, 210, rng))
                sid, score = low_nps(f, c, tn, c.lang)
                c.truth.update({"nps_given": True, "nps": score, "survey_event_id": sid})
        c.truth.update(
            {
                "slide_event_ids": ids,
                "slide_days": span,
                "competitor": comp,
                "trouble_starts_at": iso(times[0]),
            }
        )
        c.truth.setdefault("nps_given", False)
    for _ in range(5):
        c = person(f, lang_of(f), "slow_churner", "asks to cancel", ["churn_intent"], LEAVE_TOL)
        for t in day_times(f, spread_days(f, 0, 15, rng.randint(4, 6)), 8, 20):
            happy(f, c, t)
        t = f.when(rng.randint(17, 23), 8, 20)
        subj, body = rng.choice(W.LEAVE[c.lang])
        eid = add(f, c, t, "email", "message", fill(f, c, c.lang, body), subj)
        add(
            f,
            c,
            night_safe(f, t + mins(60, 300, rng)),
            "email",
            "message",
            fill(f, c, c.lang, W.SORRY_GO[c.lang]),
            "Re: " + subj,
            out=True,
        )
        tc = night_safe(f, t + mins(20 * 60, 30 * 60, rng), lo=9)
        value, cur = price(c, 29.0)
        cid = add(
            f,
            c,
            tc,
            "web",
            "cancellation",
            attrs={
                "page": "/account/club",
                "product": "Saltora Club monthly / Saltora Club mensal",
                "order_value": value,
                "currency": cur,
            },
        )
        c.truth.update(
            {
                "churn_intent_event_id": eid,
                "cancellation_event_id": cid,
                "churn_at": iso(tc),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = person(f, lang_of(f), "happy", "steady", [], [])
        for t in day_times(f, spread_days(f, 0, 31, rng.randint(6, 10)), 8, 20):
            happy(f, c, t)
    for _ in range(5):
        c = person(f, lang_of(f), "steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"])
        d = rng.randint(0, 4)
        grumbles = list(W.GRUMPY[c.lang])
        rng.shuffle(grumbles)
        ids = []
        for text in grumbles[: rng.randint(5, 7)]:
            t = f.when(d, 8, 21)
            text = fill(f, c, c.lang, text)
            ch = rng.choice(("social", "community", "form", "review"))
            if ch == "social":
                ids.append(add(f, c, t, "social", "mention", text))
            elif ch == "community":
                ids.append(add(f, c, t, "community", "post", text))
            elif ch == "form":
                ids.append(add(f, c, t, "web", "ticket", text, attrs={"page": "/contact"}))
            else:
                ids.append(
                    add(
                        f,
                        c,
                        t,
                        "web",
                        "review",
                        text,
                        attrs={"rating": "3", "page": f"/parks/{ascii_slug(c.town)}"},
                    )
                )
            d += rng.randint(1, 3)
        for t in day_times(f, spread_days(f, 0, 20, rng.randint(0, 2)), 9, 19):
            happy(f, c, t, kinds=("buy",))
        c.truth.update(
            {
                "grumble_event_ids": ids,
                "trouble_starts_at": iso(min(r.when for r in f.rows if r.event_id in ids)),
            }
        )
    for _ in range(5):
        c = person(f, lang_of(f), "happy_one_sarcastic_remark", "happy", [], ["silence"])
        for t in day_times(f, spread_days(f, 0, 31, rng.randint(4, 6)), 8, 20):
            happy(f, c, t)
        t = f.when(rng.randint(17, 28), 9, 21)
        text = rng.choice(W.SARCASM[c.lang])
        sid = (
            add(f, c, t, "social", "mention", text)
            if rng.random() < 0.6
            else add(f, c, t, "community", "post", text)
        )
        c.truth.update({"sarcasm_event_id": sid})
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        datetime(2026, 8, 28, tzinfo=UTC),
        3,
        "a calm summer weekend with night owls in bursts; nothing to warn about, no spike",
        {},
    )
    rng = f.rng
    for _ in range(16):
        c = person(f, lang_of(f), "happy", "day writer", [], [])
        for t in day_times(f, spread_days(f, 0, 2, rng.randint(1, 3)), 7, 17.5):
            happy(f, c, t)
    for i in range(4):
        c = person(
            f,
            rng.choice(("pt", "it", "pt", "it", "en", "fr", "de")),
            "grumbles_once",
            "grumbles once",
            [],
            ["silence"],
        )
        t = f.when(rng.randint(0, 2), 8, 17)
        label, eur = rng.choice(W.PRODUCTS[:5])
        add(f, c, t, "web", "page_view", attrs={"page": "/sessions"})
        if rng.random() < 0.5:
            value, cur = price(c, eur)
            add(
                f,
                c,
                t + mins(2, 6, rng),
                "web",
                "purchase",
                attrs={
                    "order_value": value,
                    "currency": cur,
                    "product": label,
                    "page": "/sessions",
                },
            )
        q, a = rng.choice(W.MILD[c.lang])
        tg = t + mins(20, 30, rng)
        if i < 2:
            gid = add(f, c, tg, "chat", "chat", fill(f, c, c.lang, q))
            add(f, c, tg + mins(1, 5, rng), "chat", "chat", fill(f, c, c.lang, a), out=True)
        else:
            gid = add(f, c, tg, "web", "ticket", fill(f, c, c.lang, q), attrs={"page": "/contact"})
            subj, body = W.FORM_ACK[c.lang]
            add(
                f,
                c,
                tg + mins(30, 120, rng),
                "email",
                "message",
                fill(f, c, c.lang, body),
                subj,
                out=True,
            )
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(tg)})
    owls = 0
    for night in range(3):
        first = f.at(night + 1, 0) + timedelta(minutes=rng.randint(40, 65))
        starts = [first, first + mins(28, 33, rng), first + mins(55, 65, rng)]
        for burst, start in enumerate(starts):
            for _ in range(4):
                owls += 1
                c = person(
                    f, lang_of(f), "night_owl", f"night {night + 1}, burst {burst + 1}", [], []
                )
                t = start + mins(0, 9, rng)
                if rng.random() < 0.55:
                    q, a = rng.choice(W.NIGHT_CHAT[c.lang])
                    nid = add(f, c, t, "chat", "chat", q)
                    t2 = t + mins(1, 4, rng)
                    add(f, c, t2, "chat", "chat", a, out=True)
                    add(f, c, t2 + mins(1, 3, rng), "chat", "chat", rng.choice(W.THANKS[c.lang]))
                else:
                    text = fill(f, c, c.lang, rng.choice(W.NIGHT_POST[c.lang]))
                    nid = (
                        add(f, c, t, "community", "post", text)
                        if rng.random() < 0.5
                        else add(f, c, t, "social", "mention", text)
                    )
                c.truth.update({"burst_at": iso(start), "night_event_id": nid})
                if owls % 2 == 0:
                    happy(
                        f,
                        c,
                        f.when(rng.randint(0, 2), 9, 17.5),
                        kinds=("praise", "buy", "view", "review"),
                    )
    return f


BILINGUAL_PAIRS = (
    [("pt", "it")] * 4
    + [("it", "pt")] * 4
    + [("pt", "en")] * 2
    + [("it", "en")] * 2
    + [
        ("en", "pt"),
        ("en", "it"),
        ("pt", "es"),
        ("es", "pt"),
        ("it", "es"),
        ("es", "it"),
        ("pt", "fr"),
        ("fr", "pt"),
        ("it", "fr"),
        ("fr", "it"),
        ("it", "de"),
        ("de", "it"),
        ("pt", "de"),
        ("de", "pt"),
        ("en", "fr"),
    ]
)

LANG_MARKETS = {
    "pt": ("PT",),
    "it": ("IT", "CH"),
    "en": ("UK", "IE"),
    "es": ("ES",),
    "fr": ("FR", "BE", "CH", "LU"),
    "de": ("DE", "AT", "CH"),
}


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        6,
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
        "customers writing in two languages: happy alternators, repeat contacts, sliders, one bad day in the second language, fixed between contacts",
        {"repeat_contact": 5, "sentiment_drop": 5},
    )
    rng = f.rng
    pairs = list(BILINGUAL_PAIRS)
    rng.shuffle(pairs)
    long_pair = pairs.pop(pairs.index(("pt", "it")))
    roles = (
        ["happy"] * 12 + ["repeat"] * 5 + ["slide"] * 5 + ["bad_email", "bad_chat"] + ["fixed"] * 2
    )
    rng.shuffle(roles)
    roles.append("bad_long")
    pairs.append(long_pair)
    repeat_counts = [2, 2, 3, 3, 4]
    rng.shuffle(repeat_counts)

    def market(a: str, b: str) -> str:
        both = [m for m in LANG_MARKETS[a] if m in LANG_MARKETS[b]]
        if both and rng.random() < 0.5:
            return rng.choice(both)
        return rng.choice(LANG_MARKETS[a] + LANG_MARKETS[b])

    for role, (a, b) in zip(roles, pairs, strict=True):
        langs = [a, b]
        country = market(a, b)
        if role == "bad_long":
            country = "IT"
        why = rng.choice(BILINGUAL_WHY)
        common = {"languages": langs, "job_second_language": why}
        if role == "happy":
            c = person(f, a, "happy", "alternates languages", [], [], country=country)
            for n, t in enumerate(day_times(f, spread_days(f, 0, 13, rng.randint(5, 8)), 8, 20)):
                happy(
                    f,
                    c,
                    t,
                    lang=langs[n % 2],
                    kinds=("praise", "again", "gripe", "chat", "mail", "buy", "review"),
                )
        elif role == "repeat":
            c = person(
                f, a, "repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL, country=country
            )
            for n, t in enumerate(day_times(f, spread_days(f, 0, 1, rng.randint(1, 2)), 8, 18)):
                happy(f, c, t, lang=langs[n % 2], kinds=("praise", "buy", "chat"))
            count = repeat_counts.pop()
            repeat_run(
                f,
                c,
                f.when(rng.randint(2, 5), 8, 19),
                rng.choice(("form", "email", "chat")),
                rng.choice(W.PROBLEMS),
                count,
                langs,
                count >= 3,
            )
            c.truth.setdefault("competitor", None)
        elif role == "slide":
            c = person(
                f, a, "slow_churner", "slides", ["sentiment_drop"], SLIDE_TOL, country=country
            )
            for n, t in enumerate(day_times(f, spread_days(f, 0, 5, 5), 8, 20)):
                happy(f, c, t, lang=langs[n % 2], kinds=("praise", "again"))
            for n, t in enumerate(day_times(f, spread_days(f, 0, 5, rng.randint(1, 3)), 8, 20)):
                happy(f, c, t, lang=langs[(n + 1) % 2], kinds=("buy", "chat", "view"))
            span = rng.randint(3, 5)
            base = f.when(rng.randint(7, 8), 9, 12)
            offs = sorted(rng.sample(range(2, span * 24 - 2), 4))
            times = (
                [base]
                + [base + timedelta(hours=o) for o in offs]
                + [base + timedelta(days=span, hours=1)]
            )
            ids = []
            comp = rng.choice(W.COMPETITORS)
            prev = None
            for step, t in enumerate(times):
                t = night_safe(f, t)
                if prev is not None and t < prev + timedelta(hours=1):
                    t = prev + mins(60, 120, rng)
                prev = t
                lang = langs[step % 2]
                text = fill(f, c, lang, W.SLIDE[lang][step], amount=money(c, 30.0, lang), comp=comp)
                if rng.random() < 0.5:
                    ids.append(add(f, c, t, "community", "post", text))
                else:
                    ids.append(add(f, c, t, "social", "mention", text))
            c.truth.update(
                {
                    "slide_event_ids": ids,
                    "slide_days": span,
                    "competitor": comp,
                    "trouble_starts_at": iso(times[0]),
                }
            )
        elif role in ("bad_long", "bad_email", "bad_chat"):
            c = person(f, a, "happy_one_bad_day", "one bad day", [], ["silence"], country=country)
            bad = rng.randint(4, 9)
            for n, t in enumerate(
                day_times(
                    f, spread_days(f, 0, 13, rng.randint(3, 5), set(range(bad - 1, bad + 3))), 8, 20
                )
            ):
                happy(f, c, t, lang=langs[n % 2], kinds=("praise", "buy", "chat", "review"))
            t = f.when(bad, 9, 19)
            problem = rng.choice(W.PROBLEMS)
            style = {"bad_long": "long", "bad_email": "email", "bad_chat": "chat"}[role]
            eid, channel = complaint(f, c, t, b, problem, style)
            case = new_case(f)
            case_reply(f, c, t, b, problem, case, channel)
            c.truth.update(
                {
                    "problem": problem,
                    "channel": channel,
                    "booking": case,
                    "long_email": style == "long",
                    "bad_day_at": iso(t),
                    "bad_day_event_id": eid,
                    "bad_day_language": b,
                    "trouble_starts_at": iso(t),
                    "agent_fixed": False,
                    "apologised": False,
                    "nps_given": False,
                    "csat_given": False,
                }
            )
            if style in ("long", "email"):
                tg = night_safe(f, t + mins(60, 240, rng))
                good_news(f, c, tg, b, case)
                c.truth["agent_fixed"] = True
                if style == "email":
                    ta = night_safe(f, t + mins(18 * 60, 24 * 60, rng), lo=9)
                    aid = add(f, c, ta, "chat", "chat", rng.choice(W.APOLOGY[b]))
                    c.truth.update(
                        {"apologised": True, "apology_at": iso(ta), "apology_event_id": aid}
                    )
        else:
            c = person(f, a, "resolved_between_contacts", "fixed", [], ["silence"], country=country)
            for n, t in enumerate(day_times(f, spread_days(f, 0, 2, rng.randint(1, 2)), 8, 18)):
                happy(f, c, t, lang=langs[n % 2], kinds=("praise", "buy", "chat"))
            fixed = fixed_case(
                f, c, f.when(rng.randint(3, 8), 9, 18), a, rng.choice(W.PROBLEMS), "form", b
            )
            c.truth.update(
                {
                    "problems": [fixed],
                    "trouble_starts_at": fixed["raised_at"],
                    "booking": fixed["booking"],
                    "confirm_language": b,
                }
            )
        c.truth.update(common)
    return f


B2B_ACCOUNTS: tuple[tuple[str, str, str, str, str, int, str | None, int], ...] = (
    # (market, language, company, domain, site, contacts, problem, complainers); kind follows
    (
        "IT",
        "it",
        "Comune di Valdoria - Servizio Giovani",
        "comune-valdoria.example",
        "municipality",
        5,
        "portal",
        3,
    ),
    ("PT", "pt", "Colégio Monte Azinhal", "monteazinhal.example", "school", 4, "invoice", 3),
    (
        "DE",
        "de",
        "Grundschule Am Lindenhang",
        "gs-lindenhang.example",
        "school",
        4,
        "service_blocked",
        3,
    ),
    (
        "IT",
        "it",
        "Centro Estivo Girasole Blu",
        "girasoleblu.example",
        "holiday_camp",
        6,
        "invoice",
        4,
    ),
    ("PT", "pt", "Bytecoral Lda", "bytecoral.example", "firm", 5, "overbilled", 4),
    (
        "ES",
        "es",
        "Colegio Sierra Alcarria",
        "sierraalcarria.example",
        "school",
        3,
        "service_blocked",
        1,
    ),
    ("UK", "en", "Harbourview Hotel", "harbourview.example", "hotel", 3, "overbilled", 1),
    (
        "PT",
        "pt",
        "Agrupamento de Escuteiros Ribamar",
        "escuteiros-ribamar.example",
        "scouts",
        3,
        "portal",
        1,
    ),
    ("FR", "fr", "École du Clos Fleuri", "closfleuri.example", "school", 3, "invoice", 1),
    (
        "IT",
        "it",
        "Istituto Comprensivo Valle Argentea",
        "icvalleargentea.example",
        "school",
        4,
        None,
        0,
    ),
    ("CH", "it", "Scuola Elementare Monte Brè Alto", "sebrealto.example", "school", 3, None, 0),
    ("DE", "de", "Nordwind Logistik GmbH", "nordwind-logistik.example", "firm", 3, None, 0),
    ("PT", "pt", "Hotel Dunas Claras", "dunasclaras.example", "hotel", 5, None, 0),
    ("IT", "it", "Gruppo Scout Orsa Minore", "scout-orsaminore.example", "scouts", 4, None, 0),
    ("ES", "es", "Campamentos Pinar Alto", "pinaralto.example", "holiday_camp", 4, None, 0),
)
B2B_KINDS = ("at_risk",) * 5 + ("one_unhappy",) * 4 + ("mild",) * 3 + ("happy",) * 3
JOB_TITLES = (
    "Head teacher",
    "School secretary",
    "Class teacher",
    "Youth worker",
    "Office manager",
    "HR coordinator",
    "Accounts assistant",
    "Camp director",
    "Group leader",
    "Front office manager",
    "Events coordinator",
    "Procurement officer",
    "Deputy head",
    "Activities coordinator",
)
DAY_PREFIX = {"pt": "na ", "it": "", "en": "on ", "es": "el ", "fr": "", "de": "am "}
THIS_MORNING = {
    "pt": "hoje de manhã",
    "it": "stamattina",
    "en": "this morning",
    "es": "esta mañana",
    "fr": "ce matin",
    "de": "heute Morgen",
}


def b2b_routine(f: Fam, c: Cust, t: datetime, surveys: bool = True) -> None:
    rng = f.rng
    lang = c.lang
    k = rng.choice(
        ("chat", "hire", "portal", "praise", "survey") if surveys else ("chat", "hire", "portal")
    )
    if k == "chat":
        q, a = rng.choice(B.CHATQ[lang])
        add(f, c, t, "chat", "chat", q)
        t2 = t + mins(1, 6, rng)
        add(f, c, t2, "chat", "chat", a, out=True)
        if rng.random() < 0.7:
            add(f, c, t2 + mins(1, 3, rng), "chat", "chat", rng.choice(B.THANKS[lang]))
    elif k == "hire":
        label, eur = rng.choice(B.GROUP_PRODUCTS)
        add(f, c, t, "web", "page_view", attrs={"page": "/groups/bookings"})
        value, cur = price(c, eur)
        add(
            f,
            c,
            t + mins(3, 20, rng),
            "web",
            "purchase",
            attrs={
                "order_value": value,
                "currency": cur,
                "product": label,
                "page": "/groups/bookings",
            },
        )
    elif k == "portal":
        add(f, c, t, "web", "page_view", attrs={"page": rng.choice(B.PORTAL_PAGES)})
    elif k == "praise":
        add(f, c, t, "community", "post", rng.choice(B.PRAISE[lang]))
    else:
        happy_survey(f, c, t, words=B.SURVEY_WORDS)


def b2b_first(f: Fam, c: Cust, t: datetime, lang: str, problem: str, case: str) -> str:
    """A company contact's first complaint e-mail and the agent's acknowledgement with the case."""
    topic = B.TOPIC[lang][problem]
    subj, body = B.FIRST[lang]
    eid = add(
        f,
        c,
        t,
        "email",
        "message",
        fill(f, c, lang, body, p=B.PROBLEM[lang][problem]),
        fill(f, c, lang, subj, t=topic),
    )
    asubj, abody = B.ACK[lang]
    add(
        f,
        c,
        office(f, t + mins(20, 60, f.rng)),
        "email",
        "message",
        fill(f, c, lang, abody, case=case),
        fill(f, c, lang, asubj, case=case, t=topic),
        out=True,
    )
    return eid


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
        "Saltora Grupos accounts: five at risk (three or four contacts on one open problem), one-unhappy, mild and happy accounts",
        {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    )
    rng = f.rng
    weekdays = [d for d in range(14) if (f.start + timedelta(days=d)).weekday() < 5]
    emailed_last = False
    for (market, lang, company, domain, site, n_contacts, problem, n_unhappy), kind in zip(
        B2B_ACCOUNTS, B2B_KINDS, strict=True
    ):
        account = unique("account", lambda market=market: f"SG-{market}-{rng.randint(1000, 9999)}")
        taken: set[str] = set()
        keys: list[str] = []
        unhappy: list[str] = []
        acct: dict[str, Any] = {
            "company": company,
            "site": site,
            "language": lang,
            "country": market,
            "kind": kind,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": None,
        }
        contacts: list[Cust] = []
        for j in range(n_contacts):
            title = JOB_TITLES[(j + rng.randint(0, 13)) % len(JOB_TITLES)]
            if kind == "at_risk" and j < n_unhappy:
                last = j == n_unhappy - 1
                exp = ["repeat_contact"] if last else ["detractor"]
                c = person(
                    f,
                    lang,
                    "b2b_unhappy",
                    "complainer",
                    exp,
                    B2B_RISK_TOL,
                    country=market,
                    segment="b2b",
                    company=company,
                    domain=domain,
                    account=account,
                    taken_first=taken,
                    job=title,
                )
                c.truth["role"] = "complainer"
            elif kind == "one_unhappy" and j == 0:
                c = person(
                    f,
                    lang,
                    "b2b_one_unhappy",
                    "complainer",
                    ["detractor"],
                    ["sentiment_drop", "high_value_at_risk", "silence"],
                    country=market,
                    segment="b2b",
                    company=company,
                    domain=domain,
                    account=account,
                    taken_first=taken,
                    job=title,
                )
                c.truth["role"] = "complainer"
            elif kind == "mild" and j < 2:
                c = person(
                    f,
                    lang,
                    "b2b_mild",
                    "suggests",
                    [],
                    ["silence"],
                    country=market,
                    segment="b2b",
                    company=company,
                    domain=domain,
                    account=account,
                    taken_first=taken,
                    job=title,
                )
                c.truth["role"] = "suggests"
            else:
                c = person(
                    f,
                    lang,
                    "b2b_happy",
                    "contact",
                    [],
                    [],
                    country=market,
                    segment="b2b",
                    company=company,
                    domain=domain,
                    account=account,
                    taken_first=taken,
                    job=title,
                )
                c.truth["role"] = "contact"
            c.truth["job_title"] = title
            contacts.append(c)
            keys.append(c.key)
        for c in contacts:
            if c.truth["role"] == "contact":
                for d in sorted(rng.sample(weekdays, rng.randint(2, 5))):
                    b2b_routine(f, c, f.when(d, 8, 16.5))
            else:
                for _ in range(rng.randint(0, 2)):
                    b2b_routine(f, c, f.when(rng.randint(0, 1), 8, 16), surveys=False)
        if kind == "at_risk" and problem is not None:
            complainers = contacts[:n_unhappy]
            case = new_case(f)
            t = f.when(2, 8.5, 11)
            acct["trouble_starts_at"] = iso(t)
            first_t = t
            for j, c in enumerate(complainers):
                p = B.PROBLEM[lang][problem]
                topic = B.TOPIC[lang][problem]
                if j == 0:
                    eid = b2b_first(f, c, t, lang, problem, case)
                else:
                    t = office(f, t + timedelta(minutes=rng.randint(8 * 60, 28 * 60)))
                    day = (
                        THIS_MORNING[lang]
                        if t.date() == first_t.date()
                        else DAY_PREFIX[lang] + W.WEEKDAYS[lang][first_t.weekday()]
                    )
                    subj, body = B.LATER[lang]
                    eid = add(
                        f,
                        c,
                        t,
                        "email",
                        "message",
                        fill(f, c, lang, body, p=p, case=case, who=complainers[0].first, day=day),
                        fill(f, c, lang, subj, case=case, t=topic),
                    )
                c.truth.update(
                    {
                        "problem": problem,
                        "booking": case,
                        "complaint_event_ids": [eid],
                        "trouble_starts_at": iso(t),
                    }
                )
                if j < len(complainers) - 1:
                    sid, score = low_nps(
                        f, c, office(f, t + mins(60, 180, rng)), lang, B.NPS_LOW_WORDS
                    )
                    c.truth.update({"nps_given": True, "nps": score, "survey_event_id": sid})
                else:
                    t2 = office(f, t + timedelta(minutes=rng.randint(18 * 60, 40 * 60)))
                    if not emailed_last:
                        emailed_last = True
                        comp = rng.choice(W.COMPETITORS)
                        s2, b2 = B.LAST_EMAIL[lang]
                        e2 = add(
                            f,
                            c,
                            t2,
                            "email",
                            "message",
                            fill(f, c, lang, b2, case=case, comp=comp),
                            fill(f, c, lang, s2, case=case),
                        )
                        c.truth["competitor"] = comp
                    else:
                        e2 = add(
                            f,
                            c,
                            t2,
                            "phone",
                            "call",
                            fill(f, c, lang, B.LAST_CALL[lang], case=case),
                        )
                        c.truth["competitor"] = None
                    c.truth["complaint_event_ids"].append(e2)
                    c.truth["repeat_event_id"] = e2
                    c.truth["nps_given"] = False
                unhappy.append(c.key)
        elif kind == "one_unhappy" and problem is not None:
            c = contacts[0]
            case = new_case(f)
            t = office(f, f.when(rng.randint(3, 7), 8.5, 15))
            eid = b2b_first(f, c, t, lang, problem, case)
            sid, score = low_nps(f, c, office(f, t + mins(60, 180, rng)), lang, B.NPS_LOW_WORDS)
            c.truth.update(
                {
                    "problem": problem,
                    "booking": case,
                    "complaint_event_ids": [eid],
                    "trouble_starts_at": iso(t),
                    "nps_given": True,
                    "nps": score,
                    "survey_event_id": sid,
                }
            )
            unhappy.append(c.key)
        elif kind == "mild":
            for j, c in enumerate(contacts[:2]):
                t = office(f, f.when(rng.randint(2, 9), 8, 16))
                if t.hour >= 16:
                    t = t.replace(hour=15)
                mid = add(
                    f, c, t, "web", "ticket", B.SUGGEST[lang][j], attrs={"page": "/groups/contact"}
                )
                s, bd = B.SUGGEST_ACK[lang]
                add(
                    f,
                    c,
                    office(f, t + mins(30, 180, rng)),
                    "email",
                    "message",
                    fill(f, c, lang, bd),
                    s,
                    out=True,
                )
                c.truth.update({"mild_event_id": mid, "trouble_starts_at": iso(t)})
        acct.update(
            {
                "contacts": len(keys),
                "contact_keys": keys,
                "unhappy_contacts": len(unhappy),
                "unhappy_contact_keys": unhappy,
            }
        )
        f.accounts[account] = acct
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        datetime(2026, 11, 9, tzinfo=UTC),
        7,
        "a calm week and one planted spike on Saturday 14 November 2026: app-booked sessions cut to five minutes, error WB-05X",
        {"topic_spike": 1, "repeat_contact": 6},
    )
    rng = f.rng
    for _ in range(40):
        c = person(f, lang_of(f), "happy", "day writer", [], [])
        for d in spread_days(f, 0, 5, rng.randint(1, 4)):
            t = f.when(d, 12, 19) if d == 5 else f.when(d, 7, 20)
            happy(f, c, t)
    for lang in ("pt", "it"):
        c = person(f, lang, "grumbles_once", "grumbles once", [], ["silence"])
        q, a = W.TS_GRUMBLE[lang]
        t = f.when(0, 9, 18)
        gid = add(f, c, t, "chat", "chat", q)
        add(f, c, t + mins(1, 4, rng), "chat", "chat", a, out=True)
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(t)})
    for lang, hh in (("pt", 9 + 40 / 60), ("it", 16 + 5 / 60)):
        c = person(
            f,
            lang,
            "grumbles_once",
            "lone question",
            [],
            ["silence"],
            country="PT" if lang == "pt" else "IT",
        )
        q, a = W.LONE_Q[lang]
        t = f.at(4, hh)
        lid = add(f, c, t, "chat", "chat", q)
        add(f, c, t + mins(2, 5, rng), "chat", "chat", a, out=True)
        c.truth.update({"lone_report_event_id": lid, "trouble_starts_at": iso(t)})
    langs = ["pt"] * 6 + ["it"] * 6 + ["en"] * 2 + ["es"] * 2 + ["fr"] * 2 + ["de"] * 2
    channels = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(langs)
    rng.shuffle(channels)
    regular = [True] * 12 + [False] * 8
    rng.shuffle(regular)
    spike_start = datetime(2026, 11, 14, 9, 5, tzinfo=UTC)
    offsets = sorted([0, 45, *rng.sample(range(1, 45), 18)])
    reporters: list[tuple[Cust, datetime, str, str]] = []
    texts_used: dict[str, int] = {}
    for i in range(20):
        lang = langs[i]
        country = "PT" if lang == "pt" else ("IT" if lang == "it" else None)
        c = person(
            f,
            lang,
            "spike_reporter",
            "regular" if regular[i] else "new",
            [],
            ["silence"],
            country=country,
        )
        if regular[i]:
            for _ in range(rng.randint(1, 3)):
                happy(f, c, f.when(2, 8, 17.5), kinds=("buy", "view", "chat", "mail", "praise"))
        t = spike_start + timedelta(minutes=offsets[i])
        ch = channels[i]
        n = texts_used.get(lang, 0)
        texts_used[lang] = n + 1
        text = fill(f, c, lang, W.SPIKE[lang][n % len(W.SPIKE[lang])])
        if ch == "social":
            eid = add(f, c, t, "social", "mention", text)
        elif ch == "chat":
            eid = add(f, c, t, "chat", "chat", text)
            add(f, c, t + mins(1, 3, rng), "chat", "chat", W.SPIKE_CHAT_ANSWER[lang], out=True)
        elif ch == "community":
            eid = add(f, c, t, "community", "post", text)
        elif ch == "email":
            eid = add(f, c, t, "email", "message", text, W.SPIKE_SUBJECT[lang])
        else:
            eid = add(
                f, c, t, "web", "ticket", text, W.SPIKE_SUBJECT[lang], attrs={"page": "/contact"}
            )
        c.truth.update(
            {
                "in_spike": True,
                "regular": regular[i],
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
                "agent_fixed": False,
            }
        )
        reporters.append((c, t, ch, eid))
    early = [r for r in reporters if r[1] <= spike_start + timedelta(minutes=25)]
    repeaters = rng.sample(early, 6)
    again_channels = ["email", "email", "chat", "chat", "community", "community"]
    rng.shuffle(again_channels)
    repeat_ids: list[str] = []
    again_used: dict[str, int] = {}
    for (c, t, ch, _eid), ach in zip(repeaters, again_channels, strict=True):
        if ach == ch:
            ach = next(x for x in ("email", "chat", "community") if x != ch)
        t2 = t + mins(15, 50, rng)
        m = again_used.get(c.lang, 0)
        again_used[c.lang] = m + 1
        text = W.SPIKE_AGAIN[c.lang][m % len(W.SPIKE_AGAIN[c.lang])]
        if ach == "email":
            rid = add(f, c, t2, "email", "message", text, "Re: " + W.SPIKE_SUBJECT[c.lang])
        elif ach == "chat":
            rid = add(f, c, t2, "chat", "chat", text)
            add(f, c, t2 + mins(1, 3, rng), "chat", "chat", W.SPIKE_CHAT_ANSWER[c.lang], out=True)
        else:
            rid = add(f, c, t2, "community", "post", text)
        c.truth.update(
            {
                "persona": "spike_repeater",
                "expected_rules": ["repeat_contact"],
                "tolerated_rules": ["silence", "sentiment_drop"],
                "repeat_event_id": rid,
                "repeat_channel": ach,
            }
        )
        repeat_ids.append(rid)
    rep_keys = {c.key for c, *_ in repeaters}
    others = [r for r in reporters if r[0].key not in rep_keys]
    for c, _t, _ch, _eid in rng.sample(others, 6):
        subj, body = W.WORKS_AGAIN[c.lang]
        credit = money(c, 18.5)
        t3 = datetime(2026, 11, 14, 12, 5, tzinfo=UTC) + mins(0, 10, rng)
        add(
            f,
            c,
            t3,
            "email",
            "message",
            fill(
                f,
                c,
                c.lang,
                body,
                credit=credit,
                fixed="11:40" if c.country in ("UK", "IE") else "12:40",
            ),
            subj,
            out=True,
        )
        c.truth["agent_fixed"] = True
    f.spike = {
        "topic": W.SPIKE_TOPIC,
        "about": "On Saturday 14 November 2026 from 09:05 UTC (10:05 CET), every session booked in the Saltora app runs out five minutes after check-in: wristbands beep red, staff send the children off the trampolines, the app says the session ended with error WB-05X; fixed at 11:40 UTC.",
        "channel": None,
        "start": iso(reporters[0][1]),
        "end": iso(max(r[1] for r in reporters)),
        "customers": len(reporters),
        "customer_keys": [r[0].key for r in reporters],
        "event_ids": [r[3] for r in reporters],
        "repeat_event_ids": repeat_ids,
    }
    return f


# ---------------------------------------------------------------- output


def customer_ref(c: Cust, row: Row, first_inbound: bool) -> dict[str, str | None]:
    ref: dict[str, str | None] = {
        "customer_id": None,
        "email": None,
        "phone": None,
        "handle": None,
        "account_id": c.account,
    }
    if row.out or first_inbound:
        ref.update({"customer_id": c.key, "email": c.email, "phone": c.phone, "handle": c.handle})
        return ref
    r = random.Random(f"{SEED}-{row.event_id}")
    if row.channel == "phone":
        cc = PHONES[c.country][0]
        ref["phone"] = f"+{cc} {c.phone[len(cc) + 1 :]}" if r.random() < 0.5 else c.phone
    elif row.channel in ("social", "community"):
        if c.handle is None:
            ref["email"] = c.email
        else:
            ref["handle"] = c.handle if r.random() >= 0.2 else c.handle.lstrip("@")
    elif row.channel == "email":
        ref["email"] = c.email.upper() if r.random() < 1 / 12 else c.email
    else:
        ref["customer_id"] = c.key
    return ref


def write(f: Fam) -> tuple[int, int]:
    rows = sorted(f.rows, key=lambda r: (r.when, r.seq))
    seen: set[str] = set()
    lines = []
    for row in rows:
        c = row.cust
        first = not row.out and c.key not in seen
        if first:
            seen.add(c.key)
        record: dict[str, Any] = {
            "event_id": row.event_id,
            "occurred_at": iso(row.when),
            "channel": row.channel,
            "kind": row.kind,
            "direction": "outbound" if row.out else "inbound",
            "customer": customer_ref(c, row, first),
            "text": row.text,
            "subject": row.subject,
            "scores": row.scores,
            "source": SOURCES[row.channel],
            "attributes": row.attrs,
        }
        lines.append(json.dumps(record, ensure_ascii=False))
    missing = [k for k in f.custs if k not in seen]
    if missing:
        raise RuntimeError(f"{f.name}: customers without an inbound touchpoint: {missing}")
    for row in rows:
        if (
            row.when.year != 2026
            or row.when < f.start
            or row.when >= datetime(2026, 12, 1, tzinfo=UTC)
        ):
            raise RuntimeError(f"{f.name}: {row.event_id} out of range at {row.when}")
    end = f.start + timedelta(days=f.days)
    last = rows[-1].when + timedelta(hours=1)
    if last > end:
        end = last
    expected: dict[str, int] = {}
    for c in f.custs.values():
        if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
            raise RuntimeError(f"{c.key} expects and tolerates a rule")
        for rule in c.truth["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    for a in f.accounts.values():
        for rule in a["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    if f.spike:
        expected["topic_spike"] = expected.get("topic_spike", 0) + 1
    if expected != f.planted:
        raise RuntimeError(f"{f.name}: expected {expected} but planted {f.planted}")
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
        "customers": {k: c.truth for k, c in f.custs.items()},
        "accounts": f.accounts,
        "spike": f.spike,
        "journey": {},
        "expectations": {},
    }
    (HERE / f"{f.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (HERE / f"{f.name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    return len(f.custs), len(lines)


FAMILIES = (
    happy_writers,
    one_bad_day,
    repeat_contacts,
    slow_churners,
    quiet_hours,
    bilingual,
    b2b_accounts,
    topic_spike,
)


def main() -> None:
    total_c = total_t = 0
    for build in FAMILIES:
        fam = build()
        n_c, n_t = write(fam)
        total_c += n_c
        total_t += n_t
        print(f"{fam.name}: {n_c} customers, {n_t} touchpoints")
    print(f"total: {total_c} customers, {total_t} touchpoints")


if __name__ == "__main__":
    main()
