# ruff: noqa: E501
"""Generate tests/scenarios/heldout75/: the seventy-fifth hand-written alert set (report only).

Standard library only, fixed seed, deterministic. Run ``python make_heldout75.py`` from anywhere.
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

SEED = 20261114
WRITTEN = "2026-12-03"
BUSINESS = "Passolo: children's shoes sold by app and web with an in-app foot scan (A4 sheet), home or shop delivery, a Grow Plan membership; Passolo Escola: class packs for schools, nurseries and clubs on account"
LANGS = ["en", "pt", "fr", "de", "it", "es"]
LANG_WEIGHTS = [30, 30, 10, 10, 10, 10]
MARKETS: dict[str, list[tuple[str, int]]] = {
    "en": [("UK", 3), ("IE", 1)],
    "pt": [("PT", 1)],
    "fr": [("FR", 3), ("BE", 1), ("CH", 1), ("LU", 1)],
    "de": [("DE", 3), ("AT", 1), ("CH", 1)],
    "it": [("IT", 3), ("CH", 1)],
    "es": [("ES", 1)],
}
FIRST: dict[str, list[str]] = {
    "en": [
        "Emma",
        "Olivia",
        "Sophie",
        "Chloe",
        "Hannah",
        "Jess",
        "Laura",
        "Rachel",
        "Aoife",
        "Siobhan",
        "Niamh",
        "James",
        "Tom",
        "Dan",
        "Chris",
        "Mark",
        "Liam",
        "Sean",
        "Ciaran",
        "Gemma",
        "Kirsty",
        "Becky",
        "Rob",
        "Gareth",
        "Priya",
        "Aisha",
        "Zoe",
        "Lucy",
        "Amy",
        "Katie",
    ],
    "pt": [
        "Ana",
        "Inês",
        "Sofia",
        "Beatriz",
        "Mariana",
        "Joana",
        "Catarina",
        "Rita",
        "Marta",
        "Sara",
        "Filipa",
        "Carla",
        "João",
        "Pedro",
        "Tiago",
        "Rui",
        "Miguel",
        "Nuno",
        "Bruno",
        "Ricardo",
        "Diogo",
        "André",
        "Daniela",
        "Cláudia",
        "Patrícia",
        "Vera",
    ],
    "fr": [
        "Camille",
        "Léa",
        "Manon",
        "Julie",
        "Chloé",
        "Sarah",
        "Aurélie",
        "Élodie",
        "Thomas",
        "Nicolas",
        "Julien",
        "Maxime",
    ],
    "de": [
        "Anna",
        "Lena",
        "Julia",
        "Katharina",
        "Sabine",
        "Stefanie",
        "Jana",
        "Miriam",
        "Jonas",
        "Lukas",
        "Tobias",
        "Florian",
        "Markus",
        "Sebastian",
    ],
    "it": [
        "Giulia",
        "Francesca",
        "Chiara",
        "Sara",
        "Valentina",
        "Elena",
        "Federica",
        "Marco",
        "Luca",
        "Andrea",
        "Matteo",
        "Davide",
    ],
    "es": [
        "Lucía",
        "María",
        "Laura",
        "Marta",
        "Paula",
        "Elena",
        "Cristina",
        "Raquel",
        "Javier",
        "David",
        "Sergio",
        "Pablo",
    ],
}
SURNAMES: dict[str, list[str]] = {
    "en": [
        "Walker",
        "Hughes",
        "Patel",
        "Murphy",
        "OBrien",
        "Kelly",
        "Evans",
        "Jones",
        "Taylor",
        "Brown",
        "Wilson",
        "Roberts",
        "Byrne",
        "Doyle",
        "Clarke",
        "Wright",
        "Green",
        "Hall",
        "Khan",
        "Lewis",
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
        "Almeida",
        "Ribeiro",
        "Pinto",
        "Carvalho",
        "Teixeira",
        "Moreira",
    ],
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Durand",
        "Lefebvre",
        "Moreau",
        "Laurent",
        "Simon",
        "Lemaire",
        "Fontaine",
        "Rousseau",
        "Girard",
    ],
    "de": [
        "Müller",
        "Schmidt",
        "Schneider",
        "Fischer",
        "Weber",
        "Wagner",
        "Becker",
        "Hoffmann",
        "Schulz",
        "Koch",
        "Richter",
        "Wolf",
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
    ],
    "es": [
        "García",
        "Fernández",
        "López",
        "Martínez",
        "Sánchez",
        "Pérez",
        "Gómez",
        "Martín",
        "Ruiz",
        "Díaz",
        "Moreno",
        "Navarro",
    ],
}
TOWNS: dict[str, list[str]] = {
    "UK": ["Leeds", "Bristol", "Cardiff", "Norwich", "Leicester", "Brighton", "Glasgow", "Reading"],
    "IE": ["Cork", "Galway", "Limerick", "Dublin"],
    "PT": ["Lisboa", "Porto", "Braga", "Coimbra", "Setúbal", "Aveiro", "Faro", "Viseu"],
    "FR": ["Lyon", "Nantes", "Lille", "Rennes"],
    "BE": ["Liège", "Namur"],
    "LU": ["Luxembourg", "Esch-sur-Alzette"],
    "DE": ["Köln", "Leipzig", "Freiburg", "Hamburg"],
    "AT": ["Graz", "Linz"],
    "IT": ["Bologna", "Torino", "Verona", "Bari"],
    "ES": ["Valencia", "Zaragoza", "Sevilla", "Bilbao"],
    "CH-fr": ["Lausanne", "Genève"],
    "CH-de": ["Zürich", "Bern"],
    "CH-it": ["Lugano", "Bellinzona"],
}
JOBS = [
    "nurse",
    "teacher",
    "bus driver",
    "accountant",
    "pharmacist",
    "software developer",
    "hairdresser",
    "chef",
    "shop manager",
    "physiotherapist",
    "police officer",
    "architect",
    "electrician",
    "lab technician",
    "care worker",
    "postal worker",
    "social worker",
    "dentist",
    "farmer",
    "graphic designer",
]
DOMAINS = ["mail.example", "correio.example", "post.example", "inbox.example", "webmail.example"]
# market -> (country code, mobile prefixes, digits after the prefix)
PHONES: dict[str, tuple[str, list[str], int]] = {
    "UK": ("44", ["74", "75", "77", "78", "79"], 8),
    "IE": ("353", ["83", "85", "86", "87"], 7),
    "PT": ("351", ["91", "92", "93", "96"], 7),
    "FR": ("33", ["6", "7"], 8),
    "BE": ("32", ["47", "48", "49"], 7),
    "LU": ("352", ["621", "661", "691"], 6),
    "DE": ("49", ["151", "160", "172", "176"], 8),
    "AT": ("43", ["650", "664", "676"], 7),
    "IT": ("39", ["320", "333", "347", "389"], 7),
    "ES": ("34", ["6", "7"], 8),
    "CH": ("41", ["76", "78", "79"], 7),
}
SOURCES = {
    "email": "passolo-mail",
    "phone": "passolo-voice",
    "social": "passolo-social",
    "community": "passolo-forum",
    "chat": "passolo-chat",
    "web": "passolo-web",
    "survey": "passolo-survey",
}
KIND_OF = {
    "email": "message",
    "phone": "call",
    "chat": "chat",
    "social": "mention",
    "community": "post",
    "web": "ticket",
    "survey": "survey_response",
}

T_REPEAT = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_SLIDE = ["repeat_contact", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_CANCEL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
T_GRUMPY = ["repeat_contact", "silence"]
T_SILENCE = ["silence"]
T_B2B_RISK = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
T_B2B_ONE = ["sentiment_drop", "high_value_at_risk", "silence"]

USED: set[str] = set()
REFS: set[str] = set()


def fresh(value: str) -> bool:
    if value in USED:
        return False
    USED.add(value)
    return True


def ascii_name(text: str) -> str:
    text = text.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    norm = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in norm if ch.isascii() and ch.isalnum()).lower()


def strip_accents(text: str) -> str:
    table = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
    out = []
    for ch in text:
        if ch in table:
            out.append(table[ch])
        elif ch in "ßñÑ":
            out.append(ch)
        else:
            norm = unicodedata.normalize("NFKD", ch)
            out.append("".join(c for c in norm if not unicodedata.combining(c)))
    return "".join(out)


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Cust:
    key: str
    lang: str
    country: str
    first: str
    last: str
    email: str
    phone: str
    handle: str | None
    account_id: str | None
    truth: dict[str, Any]


@dataclass
class Row:
    t: datetime
    seq: int
    cust: Cust
    rec: dict[str, Any]


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
    rows: list[Row] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    counter: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rr = random.Random(SEED * 100 + 50 + self.n)

    # ------------------------------------------------------------ people
    def lang(self) -> str:
        return self.rng.choices(LANGS, LANG_WEIGHTS)[0]

    def market(self, lang: str) -> str:
        ms = MARKETS[lang]
        return self.rng.choices([m for m, _ in ms], [w for _, w in ms])[0]

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        country: str | None = None,
        account: str | None = None,
        domain: str | None = None,
        first: str | None = None,
    ) -> Cust:
        lang = lang or self.lang()
        country = country or self.market(lang)
        rng = self.rng
        for _ in range(200):
            key = f"PS{self.code}{rng.randint(1000, 9999)}"
            if fresh("id:" + key):
                break
        else:
            raise SystemExit("no free customer id")
        fn = first or rng.choice(FIRST[lang])
        ln = rng.choice(SURNAMES[lang])
        a_fn, a_ln = ascii_name(fn), ascii_name(ln)
        email = ""
        for i in range(200):
            if domain:
                cand = f"{a_fn}.{a_ln}@{domain}" if i == 0 else f"{a_fn}.{a_ln}{i}@{domain}"
            else:
                pat = rng.randint(0, 3)
                num = rng.randint(1, 99)
                local = [
                    f"{a_fn}.{a_ln}",
                    f"{a_fn}{a_ln}{num}",
                    f"{a_fn[0]}{a_ln}",
                    f"{a_ln}.{a_fn}{num}",
                ][pat]
                cand = f"{local}@{rng.choice(DOMAINS)}"
            if fresh("email:" + cand):
                email = cand
                break
        if not email:
            raise SystemExit("no free e-mail")
        cc, prefixes, nd = PHONES[country]
        phone = ""
        for _ in range(200):
            cand = (
                "+" + cc + rng.choice(prefixes) + "".join(str(rng.randint(0, 9)) for _ in range(nd))
            )
            if fresh("phone:" + cand):
                phone = cand
                break
        if not phone:
            raise SystemExit("no free phone")
        handle: str | None = None
        if account is None:
            for _ in range(200):
                pat = rng.randint(0, 3)
                num = rng.randint(1, 99)
                cand = (
                    "@"
                    + [
                        f"{a_ln}_{a_fn}{num % 10}",
                        f"{a_fn}{a_ln}{num}",
                        f"{a_fn}{a_ln[0]}",
                        f"{a_fn}_{a_ln}",
                    ][pat]
                )
                if fresh("handle:" + cand.lower()):
                    handle = cand
                    break
            if handle is None:
                raise SystemExit("no free handle")
        town_key = (
            f"CH-{lang if lang in ('fr', 'de', 'it') else 'de'}" if country == "CH" else country
        )
        c = Cust(key, lang, country, fn, ln, email, phone, handle, account, {})
        c.truth = {
            "identifiers": {
                "customer_id": key,
                "email": email.lower(),
                "phone": phone,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": [],
            "tolerated_rules": [],
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": country,
            "segment": "b2b" if account else "consumer",
            "name": f"{fn} {ln}",
            "job": rng.choice(JOBS),
            "town": rng.choice(TOWNS[town_key]),
        }
        self.custs[key] = c
        return c

    # ------------------------------------------------------------ rows
    def rough(self, text: str) -> str:
        rr = self.rr
        if rr.random() < 0.10:
            text = strip_accents(text)
        if rr.random() < 0.125 and text[:1].isupper() and not text[1:2].isupper():
            text = text[0].lower() + text[1:]
        if rr.random() < 1 / 7:
            words = text.split(" ")
            idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
            if idx:
                i = rr.choice(idx)
                w = words[i]
                j = rr.randint(1, len(w) - 3)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str | None = None,
        text: str | None = None,
        subject: str | None = None,
        out: bool = False,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
        agent: str | None = None,
    ) -> str:
        self.counter += 1
        eid = f"ps75-{self.code.lower()}-{self.counter:05d}"
        if text is not None and not out and channel not in ("phone", "survey"):
            text = self.rough(text)
        if text is not None and not out and channel == "social" and c.account_id is None:
            pos = text.rfind("Passolo")
            text = text[:pos] + "@" + text[pos:] if pos >= 0 else "@Passolo " + text
        a = {"market": c.country}
        if c.account_id:
            a["segment"] = "b2b"
        if attrs:
            a.update(attrs)
        if out:
            a["agent"] = agent or self.rng.choice(W.AGENTS)
        rec: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": iso(t),
            "channel": channel,
            "kind": kind or KIND_OF[channel],
            "direction": "outbound" if out else "inbound",
            "customer": {},
            "text": text,
            "subject": subject,
            "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
            "source": SOURCES[channel],
            "attributes": a,
        }
        self.rows.append(Row(t, self.counter, c, rec))
        return eid

    def at(self, day: float, hour: int = 0, minute: int = 0) -> datetime:
        return self.start + timedelta(days=day, hours=hour, minutes=minute)

    def daytime(self, day: int, h0: float = 7.0, h1: float = 21.0) -> datetime:
        return self.start + timedelta(
            days=day, minutes=self.rng.randint(int(h0 * 60), int(h1 * 60))
        )

    def ref(self) -> str:
        for _ in range(500):
            r = f"PS-{self.rng.randint(100000, 999999)}"
            if r not in REFS:
                REFS.add(r)
                return r
        raise SystemExit("no free reference")


def awake(t: datetime) -> datetime:
    """Move a household's or agent's time out of 22:00-07:00 UTC (to 08:00-09:00)."""
    if t.hour >= 22:
        t = (t + timedelta(days=1)).replace(hour=8, minute=t.minute % 60)
    elif t.hour < 7:
        t = t.replace(hour=8)
    return t


def office(t: datetime) -> datetime:
    """Move a time into weekday office hours, 08-17 UTC."""
    for _ in range(10):
        if t.hour >= 17:
            t = (t + timedelta(days=1)).replace(hour=8, minute=t.minute % 50)
        elif t.hour < 8:
            t = t.replace(hour=8, minute=t.minute % 50)
        if t.weekday() >= 5:
            t = (t + timedelta(days=7 - t.weekday())).replace(hour=8, minute=t.minute % 50)
            continue
        if 8 <= t.hour < 17:
            return t
    raise SystemExit("office time loop")


def money(c: Cust, eur: float, spoken: bool = False) -> str:
    if c.country == "UK":
        v = round(eur * 0.86)
        return f"{v} pounds" if spoken else f"£{v}"
    if c.country == "CH":
        v = round(eur * 0.94)
        word = {"de": "Franken", "it": "franchi", "fr": "francs"}.get(c.lang, "francs")
        return f"{v} {word}" if spoken else f"CHF {v}"
    if spoken:
        return f"{round(eur)} {'Euro' if c.lang == 'de' else 'euro' if c.lang == 'it' else 'euros'}"
    if c.lang == "en":
        return f"€{eur:.2f}"
    return f"{eur:.2f} €".replace(".", ",")


def currency(c: Cust, eur: float) -> tuple[str, str]:
    if c.country == "UK":
        return "GBP", f"{eur * 0.86:.2f}"
    if c.country == "CH":
        return "CHF", f"{eur * 0.94:.2f}"
    return "EUR", f"{eur:.2f}"


def pick(f: Fam, table: dict[str, list[Any]], lang: str) -> Any:
    return f.rng.choice(table[lang])


# ---------------------------------------------------------------- happy acts
def happy(
    f: Fam, c: Cust, t: datetime, kinds: list[str] | None = None, surveys: bool = True
) -> datetime:
    """One happy act at t; returns the time of its last touchpoint."""
    rng = f.rng
    menu = kinds or [
        "praise",
        "praise",
        "again",
        "gripe",
        "question",
        "question",
        "phone",
        "purchase",
        "purchase",
        "view",
        "review",
    ] + (["survey"] if surveys else [])
    k = rng.choice(menu)
    lang = c.lang
    if k == "praise":
        ch = "community" if c.account_id else rng.choice(["social", "community"])
        f.add(c, t, ch, text=pick(f, W.PRAISE, lang))
    elif k == "again":
        f.add(c, t, rng.choice(["social", "community"]), text=pick(f, W.AGAIN, lang))
    elif k == "gripe":
        f.add(c, t, rng.choice(["community", "social"]), text=pick(f, W.GRIPE, lang))
    elif k == "question":
        q, a, th = pick(f, W.QUESTIONS, lang)
        if rng.random() < 0.65:
            f.add(c, t, "chat", text=q)
            t = t + timedelta(minutes=rng.randint(1, 6))
            f.add(c, t, "chat", text=a, out=True)
            if rng.random() < 0.7:
                t = t + timedelta(minutes=rng.randint(1, 4))
                f.add(c, t, "chat", text=th)
        else:
            f.add(c, t, "email", text=q, subject=q[:40])
            t = awake(t + timedelta(minutes=rng.randint(30, 180)))
            f.add(c, t, "email", text=a, subject="Re: " + q[:40], out=True)
            if rng.random() < 0.5:
                t = t + timedelta(minutes=rng.randint(10, 90))
                f.add(c, t, "email", text=th, subject="Re: " + q[:40])
    elif k == "phone":
        q, a = pick(f, W.PHONE_Q, lang)
        f.add(c, t, "phone", text=q)
        t = t + timedelta(minutes=rng.randint(8, 40))
        f.add(
            c,
            t,
            "email",
            text=a,
            subject={"en": "Your call today", "pt": "A sua chamada"}.get(lang, "Passolo"),
            out=True,
        )
    elif k == "purchase":
        name, price = rng.choice(W.PRODUCTS)
        page = rng.choice(W.PAGES[:6])
        f.add(c, t, "web", "page_view", attrs={"page": page})
        t = t + timedelta(minutes=rng.randint(2, 15))
        cur, val = currency(c, price)
        f.add(
            c,
            t,
            "web",
            "purchase",
            attrs={"order_value": val, "currency": cur, "product": name, "page": "/checkout"},
        )
    elif k == "view":
        f.add(c, t, "web", "page_view", attrs={"page": rng.choice(W.PAGES)})
    elif k == "review":
        f.add(
            c,
            t,
            "web",
            "review",
            text=pick(f, W.REVIEW, lang),
            attrs={"rating": str(rng.choice([4, 5, 5])), "page": rng.choice(W.PAGES[2:6])},
        )
    else:
        survey(f, c, t)
    return t


def survey(f: Fam, c: Cust, t: datetime) -> None:
    rng = f.rng
    kind = rng.choice(["nps", "csat", "ces"])
    val = {"nps": rng.choice([9, 10]), "csat": rng.choice([4, 5]), "ces": rng.choice([6, 7])}[kind]
    words = B.B2B_SURVEY_WORDS if c.account_id else W.SURVEY_WORDS
    text = rng.choice(words[c.lang]) or None
    f.add(c, t, "survey", text=text, scores={kind: val}, attrs={"survey": kind})


def happy_days(
    f: Fam,
    c: Cust,
    days: list[int],
    h0: float = 7.0,
    h1: float = 19.0,
    surveys: bool = True,
    kinds: list[str] | None = None,
) -> None:
    for d in days:
        happy(f, c, f.daytime(d, h0, h1), kinds=kinds, surveys=surveys)


def some_days(f: Fam, lo: int, hi: int, n: int, avoid: set[int] | None = None) -> list[int]:
    pool = [d for d in range(lo, hi + 1) if not avoid or d not in avoid]
    return sorted(f.rng.sample(pool, min(n, len(pool))))


def fill(text: str, **kw: str) -> str:
    for k, v in kw.items():
        text = text.replace("{" + k + "}", v)
    return text


# ---------------------------------------------------------------- complaints
def complaint_text(
    f: Fam, c: Cust, problem: str, channel: str, amount: float
) -> tuple[str, str | None]:
    subj, written, spoken, _ = W.COMPLAINT[problem][c.lang]
    amt = money(c, amount)
    core = fill(f.rng.choice(written), amt=amt)
    lang = c.lang
    if channel == "phone":
        return fill(spoken, amt=money(c, amount, spoken=True)), None
    if channel == "long_email":
        body = fill(f.rng.choice(W.LONG_EMAIL[lang]), core=core, name=c.first)
        return body, W.COMPLAINT_SUBJECT[lang] + subj
    if channel == "email":
        return core + " " + f.rng.choice(W.SHORT_EMAIL_END[lang]), W.COMPLAINT_SUBJECT[lang] + subj
    if channel == "chat":
        return f.rng.choice(W.CHAT_OPEN[lang]) + " " + core, None
    if channel == "social":
        return core + " Passolo", None
    return core, W.COMPLAINT_SUBJECT[lang] + subj


def what(c: Cust, problem: str, amount: float) -> str:
    return fill(W.COMPLAINT[problem][c.lang][3], amt=money(c, amount))


def raise_problem(
    f: Fam, c: Cust, t: datetime, problem: str, channel: str, amount: float, quality: bool = False
) -> tuple[str, str | None, datetime]:
    """The first contact and the agent's answer; returns (event id, case ref or None, last time)."""
    text, subj = complaint_text(f, c, problem, channel, amount)
    ch = "email" if channel == "long_email" else channel
    kind = "ticket" if ch == "web" else None
    attrs = {"page": "/help/contact"} if ch == "web" else None
    eid = f.add(c, t, ch, kind, text=text, subject=subj, attrs=attrs)
    if ch == "social":
        return eid, None, t
    ref = f.ref()
    lang = c.lang
    last = t
    if ch == "chat":
        last = t + timedelta(minutes=f.rng.randint(1, 4))
        f.add(c, last, "chat", text=fill(W.CHAT_CASE[lang], ref=ref), out=True)
    if quality:
        last = awake(t + timedelta(minutes=f.rng.randint(90, 150)))
        f.add(
            c,
            last,
            "email",
            text=fill(W.QUALITY_LEAD[lang], ref=ref, name=c.first, first=f.rng.choice(W.AGENTS)),
            subject=fill(W.CASE_SUBJECT[lang], ref=ref),
            out=True,
        )
    elif ch != "chat":
        last = awake(t + timedelta(minutes=f.rng.randint(10, 40)))
        f.add(
            c,
            last,
            "email",
            text=fill(W.CASE_OPENED[lang], ref=ref, name=c.first, first=f.rng.choice(W.AGENTS)),
            subject=fill(W.CASE_SUBJECT[lang], ref=ref),
            out=True,
        )
    return eid, ref, last


def good_news(f: Fam, c: Cust, t: datetime, ref: str, problem: str, lang: str | None = None) -> str:
    lang = lang or c.lang
    return f.add(
        c,
        t,
        "email",
        text=fill(
            W.GOOD_NEWS[lang],
            ref=ref,
            name=c.first,
            fix=W.FIX[problem][lang],
            first=f.rng.choice(W.AGENTS),
        ),
        subject=fill(W.CASE_SUBJECT[lang], ref=ref),
        out=True,
    )


def confirm(f: Fam, c: Cust, t: datetime, ref: str, channel: str, lang: str | None = None) -> str:
    lang = lang or c.lang
    text = fill(f.rng.choice(W.CONFIRM[lang]), ref=ref)
    return f.add(
        c,
        t,
        channel,
        text=text,
        subject=fill(W.CASE_SUBJECT[lang], ref=ref) if channel == "email" else None,
    )


def amount_for(problem: str, f: Fam) -> float:
    return {"double_charge": 54.90, "refund": 64.90, "wrong_price": 46.90}.get(
        problem, f.rng.choice([44.90, 54.90, 64.90])
    )


# ================================================================ families
def happy_writers() -> Fam:
    f = Fam(
        1,
        "happy_writers",
        "HW",
        datetime(2026, 3, 2, tzinfo=UTC),
        10,
        "happy households: praise, questions answered, purchases, happy surveys; night writers; survey-only",
        {},
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        happy_days(f, c, some_days(f, 0, 9, f.rng.randint(5, 8)))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in some_days(f, 0, 8, f.rng.randint(2, 4)):
            t = f.start + timedelta(days=d, hours=22, minutes=f.rng.randint(12, 389))
            if f.rng.random() < 0.5:
                f.add(
                    c, t, f.rng.choice(["social", "community"]), text=pick(f, W.NIGHT_POSTS, c.lang)
                )
            else:
                q, a, th = pick(f, W.NIGHT_QUESTIONS, c.lang)
                f.add(c, t, "chat", text=q)
                t2 = t + timedelta(minutes=f.rng.randint(1, 5))
                f.add(c, t2, "chat", text=a, out=True)
                f.add(c, t2 + timedelta(minutes=f.rng.randint(1, 3)), "chat", text=th)
        happy_days(
            f,
            c,
            some_days(f, 0, 9, f.rng.randint(2, 3)),
            9,
            18,
            kinds=["praise", "purchase", "view", "review"],
        )
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in some_days(f, 0, 9, f.rng.randint(3, 6)):
            survey(f, c, f.daytime(d, 8, 20))
    return f


BAD_CHANNELS = ["long_email", "email", "chat", "social", "web", "phone"]


def one_bad_day() -> Fam:
    f = Fam(
        2,
        "one_bad_day",
        "BD",
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        "happy households with one angry message on one day; six of them give a low NPS",
        {"detractor": 6},
    )
    rng = f.rng
    combos = [(W.PROBLEMS[(i + j) % 6], BAD_CHANNELS[j]) for i in range(4) for j in range(6)]
    rng.shuffle(combos)
    long_langs = ["en", "en", "pt", "pt"]
    cased: list[tuple[Cust, datetime, str, str]] = []
    for problem, channel in combos:
        lang = long_langs.pop() if channel == "long_email" else None
        c = f.person("happy_one_bad_day", "one bad day", lang=lang)
        day = rng.randint(2, 9)
        t = f.daytime(day, 8, 20)
        amt = amount_for(problem, f)
        eid, ref, _last = raise_problem(f, c, t, problem, channel, amt)
        c.truth.update(
            {
                "problem": problem,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(t),
                "booking": ref,
                "channel": "email" if channel == "long_email" else channel,
                "long_email": channel == "long_email",
                "tolerated_rules": list(T_SILENCE),
                "problem_event_ids": [eid],
                "nps_given": False,
                "csat_given": False,
                "agent_fixed": False,
                "apologised": False,
            }
        )
        avoid = set(range(day - 1, day + 3))
        happy_days(f, c, some_days(f, 0, 11, rng.randint(1, 5), avoid), surveys=False)
        if ref:
            cased.append((c, t, ref, problem))
    rng.shuffle(cased)
    for i, (c, t, _ref, _problem) in enumerate(cased):
        if i < 6:
            ts = t + timedelta(minutes=rng.randint(100, 140))
            nps = rng.randint(1, 5)
            sid = f.add(
                c,
                ts,
                "survey",
                text=rng.choice(["", "", {"en": "not great", "pt": "mau"}.get(c.lang, "")]) or None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                {
                    "persona": "bad_day_detractor",
                    "expected_rules": ["detractor"],
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": sid,
                }
            )
        elif i < 11:
            ts = t + timedelta(minutes=rng.randint(40, 80))
            cs = rng.randint(1, 2)
            sid = f.add(
                c,
                ts,
                "survey",
                text=rng.choice(["", {"en": "slow", "pt": "lento"}.get(c.lang, "")]) or None,
                scores={"csat": cs},
                attrs={"survey": "csat"},
            )
            c.truth.update({"csat_given": True, "csat": cs, "survey_event_id": sid})
    rng.shuffle(cased)
    for i, (c, t, ref, problem) in enumerate(cased[:12]):
        tg = awake(t + timedelta(minutes=rng.randint(60, 240)))
        good_news(f, c, tg, ref, problem)
        c.truth["agent_fixed"] = True
        if i < 5:
            ta = awake(t + timedelta(minutes=rng.randint(16 * 60, 24 * 60)))
            ch = rng.choice(["chat", "email"])
            aid = f.add(
                c,
                ta,
                ch,
                text=pick(f, W.APOLOGY, c.lang),
                subject=fill(W.CASE_SUBJECT[c.lang], ref=ref) if ch == "email" else None,
            )
            c.truth.update({"apologised": True, "apology_at": iso(ta), "apology_event_id": aid})
    for _ in range(8):
        c = f.person("happy", "control")
        happy_days(f, c, some_days(f, 0, 11, rng.randint(4, 7)), surveys=False)
    return f


LATER_CHANNELS = ["email", "chat", "phone", "web", "social"]


def later_contact(
    f: Fam,
    c: Cust,
    t: datetime,
    ref: str,
    problem: str,
    amount: float,
    nth: int,
    channel: str,
    lang: str | None = None,
) -> str:
    lang = lang or c.lang
    wh = fill(W.COMPLAINT[problem][lang][3], amt=money(c, amount, spoken=channel == "phone"))
    comp = f.rng.choice(W.COMPETITORS)
    if channel == "phone":
        text = fill(W.STILL_OPEN_SPOKEN[lang], ref=ref, what=wh)
        if nth == 3:
            text += " " + fill(f.rng.choice(W.THIRD_LINE[lang]), comp=comp).rstrip(".").replace(
                ",", ""
            ).lower().replace(comp.lower(), comp)
        if nth == 4:
            text += " " + W.FOURTH_LINE[lang].rstrip(".").lower()
    else:
        text = fill(f.rng.choice(W.STILL_OPEN[lang]), ref=ref, what=wh)
        if nth == 3:
            text += " " + fill(f.rng.choice(W.THIRD_LINE[lang]), comp=comp)
        if nth == 4:
            text += " " + W.FOURTH_LINE[lang]
        if channel == "social":
            text += " Passolo"
    kind = "ticket" if channel == "web" else None
    eid = f.add(
        c,
        t,
        channel,
        kind,
        text=text,
        subject=fill(W.CASE_SUBJECT[lang], ref=ref) if channel in ("email", "web") else None,
        attrs={"page": "/help/contact"} if channel == "web" else None,
    )
    if nth == 3:
        c.truth["competitor"] = comp
    if channel == "chat":
        f.add(
            c,
            t + timedelta(minutes=f.rng.randint(1, 4)),
            "chat",
            text=fill(W.URGENT[lang], ref=ref),
            out=True,
        )
    return eid


def repeat_run(
    f: Fam,
    c: Cust,
    t0: datetime,
    problem: str,
    first_channel: str,
    times: int,
    quality: bool,
    langs: list[str] | None = None,
) -> None:
    rng = f.rng
    amt = amount_for(problem, f)
    eid, ref, _ = raise_problem(f, c, t0, problem, first_channel, amt, quality=quality)
    assert ref is not None
    ids = [eid]
    used = {first_channel}
    t = t0
    for nth in range(2, times + 1):
        t = awake(t + timedelta(minutes=rng.randint(4 * 60, 40 * 60)))
        ch = rng.choice([x for x in LATER_CHANNELS if x not in used])
        used.add(ch)
        lang = langs[(nth - 1) % len(langs)] if langs else None
        ids.append(later_contact(f, c, t, ref, problem, amt, nth, ch, lang))
    c.truth.update(
        {
            "problem": problem,
            "booking": ref,
            "contacts": times,
            "channels": sorted(used),
            "channel": first_channel,
            "trouble_starts_at": iso(t0),
            "problem_event_ids": ids,
            "agent_passed_on": quality,
            "expected_rules": ["repeat_contact"],
            "tolerated_rules": list(T_REPEAT),
        }
    )
    c.truth.setdefault("competitor", None)


def fixed_case(
    f: Fam, c: Cust, t0: datetime, problem: str, channel: str, confirm_lang: str | None = None
) -> dict[str, Any]:
    rng = f.rng
    amt = amount_for(problem, f)
    eid, ref, _ = raise_problem(f, c, t0, problem, channel, amt)
    assert ref is not None
    tf = awake(t0 + timedelta(minutes=rng.randint(180, 1200)))
    good_news(f, c, tf, ref, problem, confirm_lang)
    tc = awake(tf + timedelta(minutes=rng.randint(480, 1800)))
    cch = rng.choice(["email", "chat"])
    cid = confirm(f, c, tc, ref, cch, confirm_lang)
    return {
        "problem": problem,
        "booking": ref,
        "raised_at": iso(t0),
        "fixed_at": iso(tf),
        "confirmed_at": iso(tc),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": channel,
        "confirm_channel": cch,
    }


def repeat_contacts() -> Fam:
    f = Fam(
        3,
        "repeat_contacts",
        "RC",
        datetime(2026, 6, 1, tzinfo=UTC),
        10,
        "households raising one open problem 2-4 times; fixed cases; two different problems; frequent writers",
        {"repeat_contact": 12},
    )
    rng = f.rng
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    rng.shuffle(firsts)
    times = [2] * 4 + [3] * 4 + [4] * 4
    rng.shuffle(times)
    quality = [True] * 6 + [False] * 6
    rng.shuffle(quality)
    for i in range(12):
        c = f.person("repeat_contact", "repeats")
        happy_days(f, c, [0] * rng.randint(1, 3), 7, 12, surveys=False)
        t0 = f.daytime(rng.randint(1, 4), 8, 19)
        repeat_run(f, c, t0, W.PROBLEMS[i % 6], firsts[i], times[i], quality[i])
    for i in range(5):
        c = f.person("resolved_between_contacts", "fixed")
        happy_days(f, c, some_days(f, 0, 1, 1), surveys=False)
        t0 = f.daytime(rng.randint(1, 5), 8, 19)
        case = fixed_case(f, c, t0, W.PROBLEMS[(i + 2) % 6], rng.choice(["web", "email", "chat"]))
        c.truth.update(
            {
                "problems": [case],
                "trouble_starts_at": case["raised_at"],
                "tolerated_rules": list(T_SILENCE),
            }
        )
    for i in range(3):
        c = f.person("different_problems", "two problems")
        t0 = f.daytime(rng.randint(0, 2), 8, 18)
        a = fixed_case(f, c, t0, W.PROBLEMS[i], rng.choice(["web", "email"]))
        t1 = f.daytime((t0 - f.start).days + rng.randint(4, 5), 8, 14)
        b = fixed_case(f, c, t1, W.PROBLEMS[i + 3], rng.choice(["chat", "email"]))
        c.truth.update(
            {
                "problems": [a, b],
                "trouble_starts_at": a["raised_at"],
                "tolerated_rules": list(T_SILENCE),
            }
        )
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        happy_days(
            f,
            c,
            some_days(f, 0, 9, rng.randint(5, 8)),
            kinds=["question", "question", "question", "phone", "purchase", "praise"],
        )
    return f


def slide(f: Fam, c: Cust, start_day: int, span: int, langs: list[str] | None = None) -> None:
    rng = f.rng
    comp = rng.choice(W.COMPETITORS)
    t = f.daytime(start_day, 8, 18)
    ids: list[str] = []
    ratings = [3, 3, 2, 2, 1, 1]
    step_gap = span * 24 * 60 // 6
    nps_id = None
    for i in range(6):
        lang = langs[i % len(langs)] if langs else c.lang
        text = fill(W.SLIDE[lang][i], comp=comp)
        ch = rng.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    text=text,
                    attrs={"rating": str(ratings[i]), "page": rng.choice(W.PAGES[2:6])},
                )
            )
        else:
            ids.append(
                f.add(
                    c,
                    t,
                    ch,
                    text=text + (" Passolo" if ch == "social" and "Passolo" not in text else ""),
                )
            )
        if i == 3 and c.truth.get("nps_due"):
            ts = awake(t + timedelta(minutes=rng.randint(150, 210)))
            nps = rng.randint(1, 5)
            nps_id = f.add(c, ts, "survey", scores={"nps": nps}, attrs={"survey": "nps"})
            c.truth.update(
                {
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": nps_id,
                    "expected_rules": ["sentiment_drop", "detractor"],
                }
            )
            t = max(t, ts)
        t = awake(t + timedelta(minutes=max(60, step_gap + rng.randint(-120, 120))))
    c.truth.pop("nps_due", None)
    c.truth.update({"slide_event_ids": ids, "slide_days": span, "competitor": comp})


def slow_churners() -> Fam:
    f = Fam(
        4,
        "slow_churners",
        "SC",
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
        "slow slide from a happy baseline; leavers; steady; steadily grumpy; one sarcastic remark",
        {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
    )
    rng = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    rng.shuffle(spans)
    for i in range(10):
        c = f.person("slow_churner", "slides")
        days = some_days(f, 0, 10, rng.randint(6, 9))
        n_praise = rng.randint(4, 5)
        for j, d in enumerate(days):
            happy(
                f,
                c,
                f.daytime(d, 7, 19),
                kinds=["praise", "again"]
                if j < n_praise
                else ["question", "purchase", "view", "review", "phone"],
            )
        c.truth.update(
            {
                "expected_rules": ["sentiment_drop"],
                "tolerated_rules": list(T_SLIDE),
                "nps_given": False,
            }
        )
        if i < 5:
            c.truth["nps_due"] = True
        n0 = len(f.rows)
        slide(f, c, rng.randint(12, 16), spans[i])
        c.truth["trouble_starts_at"] = f.rows[n0].rec["occurred_at"]
    for _ in range(5):
        c = f.person("slow_churner", "asks to cancel")
        happy_days(f, c, some_days(f, 0, 15, rng.randint(4, 6)), surveys=False)
        t = f.daytime(rng.randint(17, 23), 8, 19)
        subj, text = pick(f, W.CANCEL_ASK, c.lang)
        cid = f.add(c, t, "email", text=text, subject=subj)
        tr = awake(t + timedelta(minutes=rng.randint(60, 300)))
        f.add(
            c,
            tr,
            "email",
            text=fill(W.CANCEL_REPLY[c.lang], name=c.first, first=rng.choice(W.AGENTS)),
            subject="Re: " + subj,
            out=True,
        )
        tc = awake(t + timedelta(minutes=rng.randint(20 * 60, 30 * 60)))
        xid = f.add(
            c, tc, "web", "cancellation", attrs={"page": "/account/plan", "product": "Grow Plan"}
        )
        c.truth.update(
            {
                "expected_rules": ["churn_intent"],
                "tolerated_rules": list(T_CANCEL),
                "churn_intent_event_id": cid,
                "cancellation_event_id": xid,
                "churn_at": iso(tc),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        happy_days(f, c, some_days(f, 0, 31, rng.randint(6, 10)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles")
        n = min(rng.randint(5, 7), len(W.GRUMBLES[c.lang]))
        grumbles = rng.sample(W.GRUMBLES[c.lang], n)
        d = rng.randint(0, 4)
        ids = []
        for g in grumbles:
            t = f.daytime(d, 7, 21)
            ch = rng.choice(["social", "community", "web", "review"])
            if ch == "review":
                ids.append(
                    f.add(
                        c,
                        t,
                        "web",
                        "review",
                        text=g,
                        attrs={"rating": "3", "page": rng.choice(W.PAGES[2:6])},
                    )
                )
            elif ch == "web":
                ids.append(f.add(c, t, "web", "ticket", text=g, attrs={"page": "/help/contact"}))
            else:
                ids.append(f.add(c, t, ch, text=g + (" Passolo" if ch == "social" else "")))
            d += rng.randint(1, 3)
        for _ in range(rng.randint(0, 2)):
            happy(f, c, f.daytime(rng.randint(0, 30), 9, 19), kinds=["purchase"])
        c.truth.update({"tolerated_rules": list(T_GRUMPY), "grumble_event_ids": ids})
        c.truth["trouble_starts_at"] = min(
            r.rec["occurred_at"] for r in f.rows if r.rec["event_id"] in ids
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy")
        happy_days(f, c, some_days(f, 0, 16, rng.randint(3, 5)))
        t = f.daytime(rng.randint(17, 28), 8, 20)
        sid = f.add(c, t, rng.choice(["social", "community"]), text=pick(f, W.SARCASM, c.lang))
        c.truth.update(
            {
                "tolerated_rules": list(T_SILENCE),
                "sarcasm_event_id": sid,
                "trouble_starts_at": iso(t),
            }
        )
    return f


def quiet_hours() -> Fam:
    f = Fam(
        5,
        "quiet_hours",
        "QH",
        datetime(2026, 8, 28, tzinfo=UTC),
        3,
        "a calm late-summer weekend: day customers, four mild grumbles, night owls in three bursts a night",
        {},
    )
    rng = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in some_days(f, 0, 2, rng.randint(1, 3)):
            happy(f, c, f.daytime(d, 7, 17.5))
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once")
        t = happy(f, c, f.daytime(rng.randint(0, 2), 8, 17), kinds=["purchase", "view"])
        t = t + timedelta(minutes=rng.randint(20, 30))
        q, a = pick(f, W.MILD, c.lang)
        if i < 2:
            gid = f.add(c, t, "chat", text=q)
            f.add(c, t + timedelta(minutes=rng.randint(1, 5)), "chat", text=a, out=True)
        else:
            gid = f.add(c, t, "web", "ticket", text=q, attrs={"page": "/help/contact"})
            f.add(
                c,
                t + timedelta(minutes=rng.randint(20, 60)),
                "email",
                text=a,
                subject="Passolo",
                out=True,
            )
        c.truth.update(
            {
                "tolerated_rules": list(T_SILENCE),
                "grumble_event_id": gid,
                "trouble_starts_at": iso(t),
            }
        )
    n = 0
    for night in range(1, 4):
        b0 = f.start + timedelta(days=night, minutes=rng.randint(40, 65))
        starts = [
            b0,
            b0 + timedelta(minutes=rng.randint(28, 33)),
            b0 + timedelta(minutes=rng.randint(55, 65)),
        ]
        for bi, bs in enumerate(starts):
            for _ in range(4):
                n += 1
                c = f.person("night_owl", "")
                t = bs + timedelta(minutes=rng.randint(0, 9), seconds=rng.randint(0, 59))
                if rng.random() < 0.5:
                    q, a, th = pick(f, W.NIGHT_QUESTIONS, c.lang)
                    nid = f.add(c, t, "chat", text=q)
                    t2 = t + timedelta(minutes=rng.randint(1, 4))
                    f.add(c, t2, "chat", text=a, out=True)
                    f.add(c, t2 + timedelta(minutes=rng.randint(1, 3)), "chat", text=th)
                else:
                    nid = f.add(
                        c,
                        t,
                        rng.choice(["social", "community"]),
                        text=pick(f, W.NIGHT_POSTS, c.lang),
                    )
                c.truth.update(
                    {
                        "habit": f"night {night}, burst {bi + 1}",
                        "burst_at": iso(bs),
                        "night_event_id": nid,
                    }
                )
                if n % 2 == 0:
                    happy(
                        f,
                        c,
                        f.daytime(rng.randint(0, 2), 9, 17.5),
                        kinds=["praise", "purchase", "view", "review"],
                    )
    return f


PAIRS = (
    [("en", "pt")] * 4
    + [("pt", "en")] * 4
    + [
        ("pt", "fr"),
        ("fr", "pt"),
        ("en", "de"),
        ("de", "en"),
        ("pt", "es"),
        ("es", "pt"),
        ("en", "it"),
        ("it", "en"),
        ("en", "fr"),
        ("fr", "en"),
        ("pt", "de"),
        ("de", "pt"),
        ("en", "es"),
        ("es", "en"),
        ("pt", "it"),
        ("it", "pt"),
        ("en", "pt"),
        ("pt", "en"),
        ("en", "es"),
    ]
)
PAIR_MARKET = {
    frozenset(("en", "pt")): ["PT", "UK", "IE", "PT"],
    frozenset(("pt", "fr")): ["LU", "FR"],
    frozenset(("en", "de")): ["DE", "CH"],
    frozenset(("pt", "es")): ["PT", "ES"],
    frozenset(("en", "it")): ["IT"],
    frozenset(("en", "fr")): ["BE", "FR"],
    frozenset(("pt", "de")): ["CH", "DE"],
    frozenset(("en", "es")): ["ES", "UK"],
    frozenset(("pt", "it")): ["IT", "CH"],
}
SECOND_WHY = [
    "works at an international school",
    "married to a native speaker",
    "grew up in the other country",
    "studied abroad",
    "the children's father speaks it at home",
    "works for a multinational",
    "moved here twelve years ago",
]


def bilingual() -> Fam:
    f = Fam(
        6,
        "bilingual",
        "BL",
        datetime(2026, 9, 7, tzinfo=UTC),
        14,
        "customers writing in two languages: happy alternators, repeat contacts, slides, bad days, fixed cases",
        {"repeat_contact": 5, "sentiment_drop": 5},
    )
    rng = f.rng
    pairs = list(PAIRS[:27])
    # the long-e-mail bad day needs English or Portuguese as its second language
    bad_pairs = [("pt", "en"), ("en", "pt"), ("fr", "pt")]
    for p in bad_pairs:
        pairs.remove(p)
    rng.shuffle(pairs)
    pairs = pairs[:24]

    def bi(persona: str, habit: str, pair: tuple[str, str]) -> Cust:
        country = rng.choice(PAIR_MARKET[frozenset(pair)])
        c = f.person(persona, habit, lang=pair[0], country=country)
        c.truth.update({"languages": list(pair), "job_second_language": rng.choice(SECOND_WHY)})
        return c

    def as_lang(c: Cust, lang: str) -> Cust:
        return Cust(
            c.key,
            lang,
            c.country,
            c.first,
            c.last,
            c.email,
            c.phone,
            c.handle,
            c.account_id,
            c.truth,
        )

    idx = 0
    for _ in range(12):
        pair = pairs[idx]
        idx += 1
        c = bi("happy", "alternates languages", pair)
        for j, d in enumerate(some_days(f, 0, 13, rng.randint(5, 8))):
            happy(f, as_lang(c, pair[j % 2]), f.daytime(d, 7, 19))
    times = [2, 2, 3, 3, 4]
    for i in range(5):
        pair = pairs[idx]
        idx += 1
        c = bi("repeat_contact", "repeats", pair)
        happy_days(f, c, some_days(f, 0, 1, rng.randint(1, 2)), surveys=False)
        t0 = f.daytime(rng.randint(2, 5), 8, 19)
        repeat_run(
            f,
            c,
            t0,
            W.PROBLEMS[(i + 1) % 6],
            rng.choice(["web", "email", "chat"]),
            times[i],
            times[i] >= 3,
            langs=list(pair),
        )
    for _ in range(5):
        pair = pairs[idx]
        idx += 1
        c = bi("slow_churner", "slides", pair)
        days = some_days(f, 0, 5, 5)
        for j, d in enumerate(days):
            happy(f, as_lang(c, pair[j % 2]), f.daytime(d, 7, 19), kinds=["praise", "again"])
        for j, d in enumerate(some_days(f, 0, 6, rng.randint(1, 3))):
            happy(
                f,
                as_lang(c, pair[j % 2]),
                f.daytime(d, 7, 19),
                kinds=["question", "purchase", "view"],
            )
        c.truth.update(
            {
                "expected_rules": ["sentiment_drop"],
                "tolerated_rules": list(T_SLIDE),
                "nps_given": False,
            }
        )
        n0 = len(f.rows)
        slide(f, c, rng.randint(7, 8), rng.randint(3, 5), langs=list(pair))
        c.truth["trouble_starts_at"] = f.rows[n0].rec["occurred_at"]
    for k, pair in enumerate(bad_pairs):
        c = bi("happy_one_bad_day", "one bad day", pair)
        c2 = as_lang(c, pair[1])
        day = rng.randint(4, 9)
        avoid = set(range(day - 1, day + 3))
        for j, d in enumerate(some_days(f, 0, 13, rng.randint(3, 5), avoid)):
            happy(f, as_lang(c, pair[j % 2]), f.daytime(d, 7, 19), surveys=False)
        t = f.daytime(day, 8, 20)
        channel = ["long_email", "email", "chat"][k]
        problem = W.PROBLEMS[k + 2]
        eid, ref, _ = raise_problem(f, c2, t, problem, channel, amount_for(problem, f))
        assert ref is not None
        c.truth.update(
            {
                "problem": problem,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "bad_day_language": pair[1],
                "booking": ref,
                "long_email": channel == "long_email",
                "trouble_starts_at": iso(t),
                "tolerated_rules": list(T_SILENCE),
                "agent_fixed": False,
                "apologised": False,
            }
        )
        if channel != "chat":
            good_news(f, c2, awake(t + timedelta(minutes=rng.randint(60, 240))), ref, problem)
            c.truth["agent_fixed"] = True
        if channel == "email":
            ta = awake(t + timedelta(minutes=rng.randint(18 * 60, 24 * 60)))
            aid = f.add(c2, ta, "chat", text=pick(f, W.APOLOGY, pair[1]))
            c.truth.update({"apologised": True, "apology_at": iso(ta), "apology_event_id": aid})
    for i in range(2):
        pair = pairs[idx]
        idx += 1
        c = bi("resolved_between_contacts", "fixed", pair)
        happy_days(f, c, some_days(f, 0, 2, 2), surveys=False)
        case = fixed_case(
            f,
            c,
            f.daytime(rng.randint(3, 7), 8, 18),
            W.PROBLEMS[i * 3],
            "web",
            confirm_lang=pair[1],
        )
        c.truth.update(
            {
                "problems": [case],
                "trouble_starts_at": case["raised_at"],
                "confirm_language": pair[1],
                "tolerated_rules": list(T_SILENCE),
            }
        )
    return f


# ---------------------------------------------------------------- the business arm
ACCOUNTS: list[tuple[str, str, str, str, int, str, str | None, int]] = [
    # (market, lang, company, site, contacts, kind, problem, complainers)
    ("UK", "en", "Hollins Green Primary Academy", "primary_school", 6, "at_risk", "invoice", 4),
    ("PT", "pt", "Clube Desportivo Vale do Sado", "sports_club", 5, "at_risk", "overbilled", 4),
    ("PT", "pt", "Jardim de Infância Os Pequenos Passos", "nursery", 5, "at_risk", "portal", 3),
    ("IE", "en", "Ballinroe Community Childcare", "nursery", 4, "at_risk", "service_blocked", 3),
    ("FR", "fr", "École Les Tilleuls", "primary_school", 4, "at_risk", "invoice", 3),
    ("DE", "de", "Kita Sonnenblume Leipzig", "nursery", 3, "one_unhappy", "service_blocked", 1),
    ("UK", "en", "Redbank Juniors FC", "sports_club", 3, "one_unhappy", "overbilled", 1),
    ("IT", "it", "Scuola Primaria Girasole", "primary_school", 3, "one_unhappy", "portal", 1),
    ("ES", "es", "Escuela de Danza Almendro", "dance_school", 3, "one_unhappy", "invoice", 1),
    ("PT", "pt", "Colégio Quinta das Amendoeiras", "primary_school", 4, "mild", None, 0),
    ("UK", "en", "Oakridge Forest School", "forest_school", 3, "mild", None, 0),
    ("CH", "de", "Tagesschule Lindenhof", "primary_school", 3, "mild", None, 0),
    ("PT", "pt", "Escola Básica do Alto da Serra", "primary_school", 5, "happy", None, 0),
    ("UK", "en", "St Brigid's Swimming Club", "swimming_club", 4, "happy", None, 0),
    ("AT", "de", "Ballettschule Pirouette Graz", "dance_school", 4, "happy", None, 0),
]
TITLES = [
    "School business manager",
    "Head teacher",
    "Office manager",
    "Class teacher",
    "PE lead",
    "Nursery manager",
    "Club secretary",
    "Finance officer",
    "Deputy head",
    "Administrator",
]


def routine(f: Fam, c: Cust, t: datetime, menu: list[str]) -> None:
    rng = f.rng
    k = rng.choice(menu)
    if k == "question":
        q, a, th = pick(f, B.B2B_QUESTIONS, c.lang)
        f.add(c, t, "chat", text=q)
        t2 = t + timedelta(minutes=rng.randint(1, 6))
        f.add(c, t2, "chat", text=a, out=True)
        if rng.random() < 0.7:
            f.add(c, t2 + timedelta(minutes=rng.randint(1, 4)), "chat", text=th)
    elif k == "purchase":
        f.add(c, t, "web", "page_view", attrs={"page": "/escola/orders"})
        name, price = rng.choice(B.B2B_PRODUCTS)
        cur, val = currency(c, price)
        f.add(
            c,
            t + timedelta(minutes=rng.randint(3, 20)),
            "web",
            "purchase",
            attrs={
                "order_value": val,
                "currency": cur,
                "product": name,
                "page": "/escola/checkout",
            },
        )
    elif k == "view":
        f.add(c, t, "web", "page_view", attrs={"page": rng.choice(B.B2B_PAGES)})
    elif k == "praise":
        f.add(c, t, "community", text=pick(f, B.B2B_PRAISE, c.lang))
    else:
        survey(f, c, t)


def wk(f: Fam, day: int, h0: float = 8.0, h1: float = 16.5) -> datetime:
    t = f.daytime(day, h0, h1)
    if t.weekday() >= 5:
        t = t + timedelta(days=7 - t.weekday())
    return t


def b2b_accounts() -> Fam:
    f = Fam(
        7,
        "b2b_accounts",
        "BB",
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
        "schools, nurseries and clubs on account: at-risk accounts, one unhappy contact, mild suggestions, happy accounts",
        {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    )
    rng = f.rng
    for market, lang, company, site, n_contacts, kind, problem, n_compl in ACCOUNTS:
        for _ in range(100):
            acc = f"PSE-{market}-{rng.randint(1000, 9999)}"
            if fresh("account:" + acc):
                break
        domain = ascii_name(company.split(" ")[0] + company.split(" ")[-1]) + ".example"
        firsts = rng.sample(FIRST[lang], n_contacts)
        contacts: list[Cust] = []
        for j in range(n_contacts):
            c = f.person(
                "b2b_happy",
                "contact",
                lang=lang,
                country=market,
                account=acc,
                domain=domain,
                first=firsts[j],
            )
            title = TITLES[(j + len(f.accounts)) % len(TITLES)]
            c.truth.update(
                {"company": company, "role": "contact", "job_title": title, "job": title}
            )
            contacts.append(c)
        unhappy: list[Cust] = []
        trouble = None
        if kind == "at_risk":
            assert problem is not None
            ref = f.ref()
            subj_topic, first_text, later_text, restate = B.B2B_COMPLAINT[problem][lang]
            compl = contacts[:n_compl]
            t = wk(f, 2, 8, 11)
            trouble = iso(t)
            first_c = compl[0]
            first_t = t
            for k, c in enumerate(compl):
                for _ in range(rng.randint(0, 2)):
                    routine(f, c, wk(f, rng.randint(0, 1)), ["question", "purchase", "view"])
                if k == 0:
                    text = first_text
                else:
                    t = office(t + timedelta(minutes=rng.randint(8 * 60, 28 * 60)))
                    same = t.date() == first_t.date()
                    day = B.THIS_MORNING[lang] if same else B.ON_DAY[lang][first_t.weekday()]
                    text = fill(later_text, first_name=first_c.first, day=day, ref=ref)
                body = (
                    text
                    + f"\n\n{B.B2B_SIGN[lang]},\n{c.first} {c.last}\n{c.truth['job_title']}, {company}"
                )
                subj = (
                    W.COMPLAINT_SUBJECT[lang] + subj_topic
                    if k == 0
                    else fill(W.CASE_SUBJECT[lang], ref=ref)
                )
                eid = f.add(c, t, "email", text=body, subject=subj)
                c.truth.update(
                    {
                        "persona": "b2b_unhappy",
                        "habit": "complainer",
                        "role": "complainer",
                        "problem": problem,
                        "booking": ref,
                        "complaint_event_ids": [eid],
                        "trouble_starts_at": iso(t),
                        "tolerated_rules": list(T_B2B_RISK),
                    }
                )
                if k == 0:
                    f.add(
                        c,
                        office(t + timedelta(minutes=rng.randint(20, 90))),
                        "email",
                        text=fill(
                            B.B2B_ACK[lang],
                            name=c.first,
                            ref=ref,
                            company=company,
                            agent=rng.choice(W.AGENTS),
                        ),
                        subject=fill(W.CASE_SUBJECT[lang], ref=ref),
                        out=True,
                    )
                if k < n_compl - 1:
                    ts = t + timedelta(minutes=rng.randint(60, 180))
                    nps = rng.randint(1, 5)
                    sid = f.add(c, ts, "survey", scores={"nps": nps}, attrs={"survey": "nps"})
                    c.truth.update(
                        {
                            "expected_rules": ["detractor"],
                            "nps_given": True,
                            "nps": nps,
                            "survey_event_id": sid,
                        }
                    )
                else:
                    t2 = office(t + timedelta(minutes=rng.randint(18 * 60, 40 * 60)))
                    comp = rng.choice(W.COMPETITORS)
                    ch = "email" if market == "FR" else "phone"
                    if ch == "email":
                        e2 = f.add(
                            c,
                            t2,
                            "email",
                            text=fill(B.LAST_EMAIL[lang], ref=ref, what=restate, comp=comp),
                            subject=fill(W.CASE_SUBJECT[lang], ref=ref),
                        )
                        c.truth["competitor"] = comp
                    else:
                        e2 = f.add(
                            c, t2, "phone", text=fill(B.LAST_CALL[lang], ref=ref, what=restate)
                        )
                        c.truth["competitor"] = None
                    c.truth["complaint_event_ids"].append(e2)
                    c.truth.update({"expected_rules": ["repeat_contact"], "nps_given": False})
                unhappy.append(c)
            for c in contacts[n_compl:]:
                for _ in range(rng.randint(2, 5)):
                    routine(
                        f,
                        c,
                        wk(f, rng.randint(0, 13)),
                        ["question", "purchase", "view", "praise", "survey"],
                    )
        elif kind == "one_unhappy":
            assert problem is not None
            c = contacts[0]
            for _ in range(rng.randint(0, 2)):
                routine(f, c, wk(f, rng.randint(0, 1)), ["question", "purchase", "view"])
            t = office(f.daytime(rng.randint(3, 7), 8, 17))
            subj_topic, first_text, _later, _r = B.B2B_COMPLAINT[problem][lang]
            ref = f.ref()
            body = (
                first_text
                + f"\n\n{B.B2B_SIGN[lang]},\n{c.first} {c.last}\n{c.truth['job_title']}, {company}"
            )
            eid = f.add(c, t, "email", text=body, subject=W.COMPLAINT_SUBJECT[lang] + subj_topic)
            f.add(
                c,
                office(t + timedelta(minutes=rng.randint(20, 90))),
                "email",
                text=fill(
                    B.B2B_ACK[lang],
                    name=c.first,
                    ref=ref,
                    company=company,
                    agent=rng.choice(W.AGENTS),
                ),
                subject=fill(W.CASE_SUBJECT[lang], ref=ref),
                out=True,
            )
            nps = rng.randint(1, 5)
            sid = f.add(
                c,
                t + timedelta(minutes=rng.randint(60, 180)),
                "survey",
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                {
                    "persona": "b2b_one_unhappy",
                    "habit": "complainer",
                    "role": "complainer",
                    "problem": problem,
                    "booking": ref,
                    "complaint_event_ids": [eid],
                    "trouble_starts_at": iso(t),
                    "expected_rules": ["detractor"],
                    "tolerated_rules": list(T_B2B_ONE),
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": sid,
                }
            )
            unhappy.append(c)
            for c in contacts[1:]:
                for _ in range(rng.randint(2, 5)):
                    routine(
                        f,
                        c,
                        wk(f, rng.randint(0, 13)),
                        ["question", "purchase", "view", "praise", "survey"],
                    )
        elif kind == "mild":
            for j, c in enumerate(contacts):
                if j < 2:
                    for _ in range(rng.randint(0, 2)):
                        routine(f, c, wk(f, rng.randint(0, 1)), ["question", "purchase", "view"])
                    t = wk(f, rng.randint(2, 12), 8, 16)
                    mid = f.add(
                        c,
                        t,
                        "web",
                        "ticket",
                        text=B.MILD_B2B[lang][j],
                        attrs={"page": "/escola/portal"},
                    )
                    f.add(
                        c,
                        office(t + timedelta(minutes=rng.randint(30, 240))),
                        "email",
                        text=fill(B.MILD_ACK[lang], name=c.first, agent=rng.choice(W.AGENTS)),
                        subject="Passolo Escola",
                        out=True,
                    )
                    c.truth.update(
                        {
                            "persona": "b2b_mild",
                            "habit": "suggests",
                            "role": "suggests",
                            "mild_event_id": mid,
                            "trouble_starts_at": iso(t),
                            "tolerated_rules": list(T_SILENCE),
                        }
                    )
                else:
                    for _ in range(rng.randint(2, 5)):
                        routine(
                            f,
                            c,
                            wk(f, rng.randint(0, 13)),
                            ["question", "purchase", "view", "praise", "survey"],
                        )
        else:
            for c in contacts:
                for _ in range(rng.randint(2, 5)):
                    routine(
                        f,
                        c,
                        wk(f, rng.randint(0, 13)),
                        ["question", "purchase", "view", "praise", "survey"],
                    )
        f.accounts[acc] = {
            "company": company,
            "site": site,
            "contacts": n_contacts,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy) if kind != "mild" else 0,
            "unhappy_contact_keys": [c.key for c in unhappy],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": trouble,
            "language": lang,
            "country": market,
        }
    return f


def topic_spike() -> Fam:
    f = Fam(
        8,
        "topic_spike",
        "TS",
        datetime(2026, 11, 9, tzinfo=UTC),
        7,
        "a calm week and one planted incident on Saturday morning",
        {"topic_spike": 1, "repeat_contact": 6},
    )
    rng = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in some_days(f, 0, 5, rng.randint(1, 4)):
            happy(f, c, f.daytime(d, 12, 19) if d == 5 else f.daytime(d, 7, 19))
    for lang in ("en", "pt"):
        c = f.person("grumbles_once", "grumbles once", lang=lang)
        q, a = W.SPIKE_GRUMBLE[lang]
        t = f.daytime(0, 9, 17)
        gid = f.add(c, t, "chat", text=q)
        f.add(c, t + timedelta(minutes=rng.randint(1, 5)), "chat", text=a, out=True)
        c.truth.update(
            {
                "tolerated_rules": list(T_SILENCE),
                "grumble_event_id": gid,
                "trouble_starts_at": iso(t),
            }
        )
    for lang, (h, m) in (("en", (9, 40)), ("pt", (16, 5))):
        c = f.person("grumbles_once", "lone question", lang=lang)
        q, a = W.LONE_Q[lang]
        t = f.at(4, h, m)
        lid = f.add(c, t, "chat", text=q)
        f.add(c, t + timedelta(minutes=rng.randint(2, 5)), "chat", text=a, out=True)
        c.truth.update(
            {
                "tolerated_rules": list(T_SILENCE),
                "lone_report_event_id": lid,
                "trouble_starts_at": iso(t),
            }
        )
    langs = ["en"] * 6 + ["pt"] * 6 + ["fr", "fr", "de", "de", "it", "it", "es", "es"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(langs)
    rng.shuffle(chans)
    minutes = sorted([*rng.sample(range(1, 45), 18), 0, 45])
    spike_start = f.at(5, 9, 20)
    keys: list[str] = []
    eids: list[str] = []
    reps: list[str] = []
    regular = [True] * 12 + [False] * 8
    rng.shuffle(regular)
    early = [i for i in range(20) if minutes[i] <= 25]
    repeaters = set(rng.sample(early, 6))
    rest = [i for i in range(20) if i not in repeaters]
    fixed = set(rng.sample(rest, 6))
    rep_pool = ["email", "chat", "community"] * 2
    rng.shuffle(rep_pool)
    for i in range(20):
        lang = langs[i]
        c = f.person("spike_reporter", "regular" if regular[i] else "new", lang=lang)
        if regular[i]:
            for d in some_days(f, 2, 4, rng.randint(1, 3)):
                happy(f, c, f.daytime(d, 8, 17.5))
        t = spike_start + timedelta(minutes=minutes[i], seconds=rng.randint(0, 59))
        ch = chans[i]
        text = rng.choice(W.SPIKE_REPORT[lang])
        if ch == "social":
            text += " Passolo"
        eid = f.add(
            c,
            t,
            ch,
            "ticket" if ch == "web" else None,
            text=text,
            subject=W.SPIKE_SUBJECT[lang] if ch in ("email", "web") else None,
            attrs={"page": "/scan"} if ch == "web" else None,
        )
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=rng.randint(1, 3)),
                "chat",
                text=W.SPIKE_CHAT_ANSWER[lang],
                out=True,
            )
        keys.append(c.key)
        eids.append(eid)
        c.truth.update(
            {
                "in_spike": True,
                "regular": regular[i],
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
                "tolerated_rules": list(T_SILENCE),
                "agent_fixed": False,
            }
        )
        if i in repeaters:
            ch2 = next((x for x in rep_pool if x != ch), rep_pool[0])
            rep_pool.remove(ch2)
            t2 = t + timedelta(minutes=rng.randint(15, 50))
            rid = f.add(
                c,
                t2,
                ch2,
                text=rng.choice(W.SPIKE_REPEAT[lang]),
                subject=W.SPIKE_SUBJECT[lang] if ch2 == "email" else None,
            )
            if ch2 == "chat":
                f.add(
                    c,
                    t2 + timedelta(minutes=rng.randint(1, 3)),
                    "chat",
                    text=W.SPIKE_CHAT_ANSWER[lang],
                    out=True,
                )
            reps.append(rid)
            c.truth.update(
                {
                    "persona": "spike_repeater",
                    "repeat_event_id": rid,
                    "expected_rules": ["repeat_contact"],
                    "tolerated_rules": ["silence", "sentiment_drop"],
                }
            )
        if i in fixed:
            tf = f.at(5, 12, rng.randint(18, 27))
            local = "11:50" if c.country in ("UK", "IE", "PT") else "12:50"
            credit = {"UK": "£9", "CH": "CHF 9"}.get(c.country, "10 €" if lang != "en" else "€10")
            f.add(
                c,
                tf,
                "email",
                text=fill(
                    W.SPIKE_FIXED[lang],
                    name=c.first,
                    local=local,
                    credit=credit,
                    first=rng.choice(W.AGENTS),
                ),
                subject=W.SPIKE_SUBJECT[lang],
                out=True,
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": f"children's-shoe app foot scan measures every foot as EU 48 (31.5 cm): no right size can be chosen, warning {W.SPIKE_CODE}",
        "about": "the app's foot scan gives the same adult size for every child, warning "
        + W.SPIKE_CODE,
        "channel": None,
        "start": min(f.custs[k].truth["trouble_starts_at"] for k in keys),
        "end": max(f.custs[k].truth["trouble_starts_at"] for k in keys),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    return f


# ---------------------------------------------------------------- output
def finish(f: Fam) -> tuple[str, str]:
    rows = sorted(f.rows, key=lambda r: (r.t, r.seq))
    seen: set[str] = set()
    rr = f.rr
    lines = []
    for r in rows:
        c = r.cust
        rec = r.rec
        full = {
            "customer_id": c.key,
            "email": c.email,
            "phone": c.phone,
            "handle": c.handle,
            "account_id": c.account_id,
        }
        inbound = rec["direction"] == "inbound"
        if rec["direction"] == "outbound" or (inbound and c.key not in seen):
            ref = full
        else:
            ch = rec["channel"]
            ref = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account_id,
            }
            if ch == "phone":
                cc = PHONES[c.country][0]
                ref["phone"] = (
                    "+" + cc + " " + c.phone[1 + len(cc) :] if rr.random() < 0.5 else c.phone
                )
            elif ch in ("social", "community"):
                if c.handle:
                    ref["handle"] = c.handle if rr.random() >= 0.2 else c.handle.lstrip("@")
                else:
                    ref["email"] = c.email
            elif ch == "email":
                ref["email"] = c.email.upper() if rr.random() < 1 / 12 else c.email
            else:
                ref["customer_id"] = c.key
        if inbound:
            seen.add(c.key)
        rec["customer"] = ref
        lines.append(json.dumps(rec, ensure_ascii=False))
    if not rows:
        raise SystemExit(f"{f.name}: no rows")
    for c in f.custs.values():
        if c.key not in seen:
            raise SystemExit(f"{f.name}: {c.key} has no inbound touchpoint")
        if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
            raise SystemExit(f"{f.name}: {c.key} expects and tolerates a rule")
    first, last = rows[0].t, rows[-1].t
    if first < f.start or first.year != 2026 or last >= datetime(2026, 11, 25, tzinfo=UTC):
        raise SystemExit(f"{f.name}: touchpoint out of range")
    end = max(f.start + timedelta(days=f.days), last + timedelta(hours=1))
    if end >= datetime(2026, 11, 25, tzinfo=UTC):
        raise SystemExit(f"{f.name}: end out of range")
    expected: dict[str, int] = {}
    for c in f.custs.values():
        for rule in c.truth["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    for a in f.accounts.values():
        for rule in a["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    if f.spike:
        expected["topic_spike"] = expected.get("topic_spike", 0) + 1
    if expected != f.planted:
        raise SystemExit(f"{f.name}: expected {expected} differs from planted {f.planted}")
    customers = {}
    for c in f.custs.values():
        t = dict(c.truth)
        t["expected_rules"] = sorted(t["expected_rules"])
        t["tolerated_rules"] = sorted(t["tolerated_rules"])
        customers[c.key] = t
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
    out: dict[str, tuple[str, str]] = {}
    for build in FAMILIES:
        f = build()
        out[f.name] = finish(f)
    for name, (jsonl, truth) in out.items():
        (HERE / f"{name}.jsonl").write_text(jsonl, encoding="utf-8")
        (HERE / f"{name}.truth.json").write_text(truth, encoding="utf-8")
        print(f"{name}: {jsonl.count(chr(10))} touchpoints")


if __name__ == "__main__":
    main()
