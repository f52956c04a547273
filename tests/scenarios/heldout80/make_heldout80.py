"""Build heldout80's eight families (Rivestra, written blind; report only).

Standard library only, fixed seed: two runs write the same bytes. Run it as
``python make_heldout80.py`` from anywhere. It refuses to write a family whose
expected counts differ from the planted ones.
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import random
import string
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
SET_END = datetime(2026, 11, 25, tzinfo=UTC)
BUSINESS = "Rivestra: sofa, armchair and chair reupholstery and loose covers made to measure, collected and returned by van, fabrics chosen in an app (swatches by post, a fabric preview), a Fabric Care plan; Rivestra Contract reupholsters seating for firms on account. Competitors Imbottix and Sofalbo."
COMPETITORS = ["Imbottix", "Sofalbo"]

LANG_W = {"it": 30, "en": 30, "fr": 10, "de": 10, "pt": 10, "es": 10}
MARKETS: dict[str, list[tuple[str, int]]] = {
    "it": [("IT", 5), ("CH", 1)],
    "en": [("UK", 3), ("IE", 1)],
    "fr": [("FR", 3), ("BE", 1), ("CH", 1), ("LU", 1)],
    "de": [("DE", 3), ("AT", 1), ("CH", 1)],
    "pt": [("PT", 1)],
    "es": [("ES", 1)],
}
# country code, mobile prefixes, digits after the prefix
PHONES: dict[str, tuple[str, list[str], int]] = {
    "IT": ("39", ["320", "328", "333", "340", "347", "349", "366", "388"], 7),
    "CH": ("41", ["76", "77", "78", "79"], 7),
    "UK": ("44", ["7700", "7712", "7723", "7811", "7908", "7956"], 6),
    "IE": ("353", ["83", "85", "86", "87"], 7),
    "FR": ("33", ["6", "7"], 8),
    "BE": ("32", ["470", "472", "475", "486", "496"], 6),
    "LU": ("352", ["621", "661", "691"], 6),
    "DE": ("49", ["151", "160", "170", "171", "176", "157"], 8),
    "AT": ("43", ["650", "664", "676", "699"], 7),
    "PT": ("351", ["91", "92", "93", "96"], 7),
    "ES": ("34", ["6", "7"], 8),
}
TOWNS = {
    "IT": [
        "Bologna",
        "Torino",
        "Bari",
        "Padova",
        "Verona",
        "Napoli",
        "Genova",
        "Parma",
        "Lecce",
        "Trento",
    ],
    "CH": ["Lugano", "Bellinzona", "Locarno", "Genève", "Lausanne", "Zürich", "Bern", "Basel"],
    "UK": ["Leeds", "Bristol", "Norwich", "York", "Cardiff", "Brighton", "Sheffield", "Exeter"],
    "IE": ["Cork", "Galway", "Limerick", "Dublin"],
    "FR": ["Lyon", "Nantes", "Lille", "Rennes", "Bordeaux", "Dijon"],
    "BE": ["Namur", "Liège", "Bruxelles"],
    "LU": ["Luxembourg", "Esch-sur-Alzette"],
    "DE": ["Köln", "Leipzig", "Freiburg", "Münster", "Bremen", "Kassel"],
    "AT": ["Graz", "Linz", "Innsbruck", "Wien"],
    "PT": ["Porto", "Braga", "Setúbal", "Coimbra", "Lisboa", "Aveiro"],
    "ES": ["Zaragoza", "Sevilla", "Valladolid", "Getafe", "Murcia", "Gijón"],
}
FIRST = {
    "it": [
        "Giulia",
        "Marco",
        "Chiara",
        "Luca",
        "Francesca",
        "Davide",
        "Elena",
        "Matteo",
        "Sara",
        "Alessandro",
        "Paola",
        "Stefano",
        "Martina",
        "Riccardo",
        "Federica",
        "Giorgio",
        "Silvia",
        "Andrea",
        "Valentina",
        "Tommaso",
        "Ilaria",
        "Simone",
        "Roberta",
        "Fabio",
    ],
    "en": [
        "Sophie",
        "James",
        "Emma",
        "Oliver",
        "Chloe",
        "Daniel",
        "Grace",
        "Liam",
        "Hannah",
        "Tom",
        "Megan",
        "Ciarán",
        "Aoife",
        "Rachel",
        "Ben",
        "Lucy",
        "Sean",
        "Katie",
        "Jack",
        "Niamh",
        "Harry",
        "Zoe",
        "Owen",
        "Amy",
    ],
    "fr": [
        "Camille",
        "Julien",
        "Manon",
        "Théo",
        "Léa",
        "Hugo",
        "Chloé",
        "Antoine",
        "Inès",
        "Mathieu",
        "Sarah",
        "Nicolas",
    ],
    "de": [
        "Lena",
        "Jonas",
        "Anna",
        "Felix",
        "Laura",
        "Lukas",
        "Julia",
        "Tobias",
        "Katharina",
        "Moritz",
        "Sophie",
        "Jan",
    ],
    "pt": [
        "Inês",
        "Rui",
        "Beatriz",
        "Tiago",
        "Mariana",
        "João",
        "Catarina",
        "Pedro",
        "Sofia",
        "Miguel",
        "Rita",
        "André",
    ],
    "es": [
        "Lucía",
        "Diego",
        "Marta",
        "Javier",
        "Carmen",
        "Pablo",
        "Laura",
        "Sergio",
        "Elena",
        "Álvaro",
        "Nuria",
        "Raúl",
    ],
}
LAST = {
    "it": [
        "Rossi",
        "Bianchi",
        "Ferrari",
        "Russo",
        "Colombo",
        "Ricci",
        "Marino",
        "Greco",
        "Bruno",
        "Gallo",
        "Conti",
        "Costa",
        "Giordano",
        "Mancini",
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
    ],
    "en": [
        "Smith",
        "Jones",
        "Taylor",
        "Brown",
        "Walsh",
        "Murphy",
        "Evans",
        "Thomas",
        "Wilson",
        "Roberts",
        "O'Brien",
        "Byrne",
        "Hughes",
        "Clarke",
        "Patel",
        "Wright",
        "Kelly",
        "Green",
        "Hall",
        "Ryan",
        "Hill",
        "Moore",
        "Ward",
        "Doyle",
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
        "Michel",
        "Garnier",
        "Faure",
        "Rousseau",
    ],
    "de": [
        "Müller",
        "Schmidt",
        "Schneider",
        "Fischer",
        "Weber",
        "Becker",
        "Wagner",
        "Hoffmann",
        "Schäfer",
        "Koch",
        "Richter",
        "Krüger",
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
        "Lopes",
    ],
    "es": [
        "García",
        "Martínez",
        "López",
        "Sánchez",
        "Pérez",
        "Gómez",
        "Martín",
        "Jiménez",
        "Ruiz",
        "Hernández",
        "Díaz",
        "Moreno",
    ],
}
JOBS = [
    "nurse",
    "teacher",
    "electrician",
    "accountant",
    "shop owner",
    "bus driver",
    "pharmacist",
    "graphic designer",
    "retired",
    "student",
    "chef",
    "software developer",
    "architect",
    "hairdresser",
    "police officer",
    "physiotherapist",
    "baker",
    "lawyer",
    "carer",
    "engineer",
]
AGENTS = {
    "it": ["Giada", "Paolo", "Serena"],
    "en": ["Hannah", "Rob", "Priya"],
    "fr": ["Aurélie", "Karim"],
    "de": ["Miriam", "Jens"],
    "pt": ["Joana", "Nuno"],
    "es": ["Irene", "Óscar"],
}
DOMAINS = [
    "posta.example",
    "mailbox.example",
    "webmail.example",
    "inbox.example",
    "correo.example",
    "netmail.example",
]
SOURCES = {
    "email": "rivestra-mail",
    "phone": "rivestra-voice",
    "social": "rivestra-social",
    "community": "rivestra-forum",
    "chat": "rivestra-chat",
    "web": "rivestra-web",
    "survey": "rivestra-survey",
}
CET_MARKETS = {"IT", "CH", "FR", "BE", "LU", "DE", "AT", "ES"}

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
TOL_CANCEL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
TOL_GRUMPY = ["repeat_contact", "silence"]
TOL_SIL = ["silence"]
TOL_SPIKE_REP = ["sentiment_drop", "silence"]
TOL_B2B_RISK = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
TOL_B2B_ONE = ["sentiment_drop", "high_value_at_risk", "silence"]

USED: dict[str, set[str]] = {
    "id": set(),
    "email": set(),
    "phone": set(),
    "handle": set(),
    "case": set(),
    "account": set(),
}


class _Keep(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(text: str, **kw: str) -> str:
    return text.format_map(_Keep(kw))


def ascii_slug(text: str) -> str:
    t = text.replace("ß", "ss").replace("'", "").replace(" ", "")
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
        t = t.replace(a, b)
    t = unicodedata.normalize("NFD", t)
    return "".join(ch for ch in t if ch in string.ascii_letters + string.digits).lower()


def strip_accents(text: str) -> str:
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
        text = text.replace(a, b)
    out = []
    for ch in text:
        if ch in "ñÑß" or ord(ch) > 0x2000:
            out.append(ch)
            continue
        out.append(
            "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        )
    return "".join(out)


def money(market: str, eur: int) -> str:
    if market == "UK":
        return f"£{round(eur * 0.86)}"
    if market == "CH":
        return f"CHF {round(eur * 0.94)}"
    if market == "IE":
        return f"€{eur}"
    return f"{eur} €"


def money_spoken(market: str, eur: int, lang: str) -> str:
    if market == "UK":
        return f"{round(eur * 0.86)} pounds"
    if market == "CH":
        word = {"it": "franchi", "de": "Franken", "fr": "francs"}.get(lang, "francs")
        return f"{round(eur * 0.94)} {word}"
    return f"{eur} {'euros' if lang in ('en', 'fr', 'pt', 'es') else 'euro'}"


def transcript(text: str, lang: str) -> str:
    """A speech-to-text transcript: no punctuation, capitals of anger lost."""
    words = []
    start = True
    for raw in text.replace("\n", " ").split():
        tok = raw.strip('.,!?;:()"«»¿¡')
        end = raw[-1:] in ".!?" if raw else False
        if not tok:
            continue
        if any(ch.isdigit() for ch in tok):
            pass
        elif tok.isupper() and len(tok) > 1:
            tok = tok.lower()
        elif (
            start
            and lang != "de"
            and tok not in ("I", "Rivestra", "I'm", "I've")
            and tok[:1].isupper()
            and not tok[1:2].isupper()
        ):
            tok = tok[:1].lower() + tok[1:]
        words.append(tok)
        start = end
    return " ".join(words)


def hm(t: datetime) -> str:
    return t.strftime("%H:%M")


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    first: str
    last: str
    email: str
    phone_cc: str
    phone_rest: str
    handle: str | None
    account: str | None
    segment: str
    truth: dict[str, Any]

    @property
    def phone(self) -> str:
        return "+" + self.phone_cc + self.phone_rest


@dataclass
class Row:
    seq: int
    eid: str
    t: datetime
    cust: Cust
    channel: str
    kind: str
    direction: str
    text: str | None
    subject: str | None
    scores: dict[str, int]
    attrs: dict[str, str]


@dataclass
class Fam:
    name: str
    code: str
    n: int
    start: datetime
    days: int
    about: str
    planned: dict[str, int]
    rng: random.Random = field(init=False)
    rng2: random.Random = field(init=False)
    rows: list[Row] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rng2 = random.Random(SEED * 100 + 50 + self.n)

    def at(self, day: float, h0: float, h1: float | None = None) -> datetime:
        hour = h0 if h1 is None else self.rng.uniform(h0, h1)
        return self.start + timedelta(days=int(day), minutes=round(hour * 60))

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        out: bool = False,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
        rough: bool = True,
    ) -> str:
        eid = f"rv80-{self.code.lower()}-{len(self.rows) + 1:05d}"
        a = {"market": c.market}
        if c.segment == "b2b":
            a["segment"] = "b2b"
        a.update(attrs or {})
        if text is not None and not out:
            if channel == "social" and c.segment == "consumer":
                text = at_brand(text)
            if rough and channel not in ("phone", "survey"):
                text = self.roughen(text)
        if out and text is not None:
            name = self.rng.choice(AGENTS[c.lang])
            text = fill(text, agent=name)
            a["agent"] = name
        self.rows.append(
            Row(
                len(self.rows),
                eid,
                t.replace(second=0, microsecond=0),
                c,
                channel,
                kind,
                "outbound" if out else "inbound",
                text,
                subject,
                dict(scores or {}),
                a,
            )
        )
        return eid

    def roughen(self, text: str) -> str:
        r = self.rng2
        if r.random() < 0.1:
            text = strip_accents(text)
        if r.random() < 0.125 and text[:1].isupper() and not text[1:2].isupper():
            text = text[:1].lower() + text[1:]
        if r.random() < 0.14:
            words = text.split(" ")
            idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
            if idx:
                i = r.choice(idx)
                w = words[i]
                j = r.randrange(1, len(w) - 2)
                if w[j] != w[j + 1]:
                    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text


def at_brand(text: str) -> str:
    i = text.rfind("Rivestra")
    if i >= 0:
        if text[i - 1 : i] == "@":
            return text
        return text[:i] + "@" + text[i:]
    return "@Rivestra " + text


def mins(f: Fam, a: float, b: float) -> timedelta:
    return timedelta(minutes=round(f.rng.uniform(a, b)))


def out_of_night(f: Fam, t: datetime) -> datetime:
    if t.hour >= 22:
        return (t + timedelta(days=1)).replace(hour=8, minute=f.rng.randrange(0, 60))
    if t.hour < 7:
        return t.replace(hour=8, minute=f.rng.randrange(0, 60))
    return t


def office(f: Fam, t: datetime) -> datetime:
    """Weekdays 08-17 UTC, else the next working morning."""
    if t.hour >= 17:
        t = (t + timedelta(days=1)).replace(hour=8, minute=f.rng.randrange(0, 50))
    elif t.hour < 8:
        t = t.replace(hour=8, minute=f.rng.randrange(0, 50))
    while t.weekday() >= 5:
        t = (t + timedelta(days=1)).replace(hour=8, minute=f.rng.randrange(0, 50))
    return t


def wpick(r: random.Random, weights: dict[str, int]) -> str:
    keys = list(weights)
    return r.choices(keys, [weights[k] for k in keys])[0]


def new_case(r: random.Random) -> str:
    for _ in range(1000):
        ref = f"RV-{r.randrange(100000, 999999)}"
        if ref not in USED["case"]:
            USED["case"].add(ref)
            return ref
    raise RuntimeError("no case reference left")


def person(
    f: Fam,
    persona: str,
    habit: str,
    lang: str | None = None,
    market: str | None = None,
    expected: list[str] | None = None,
    tolerated: list[str] | None = None,
    account: str | None = None,
    domain: str | None = None,
    first: str | None = None,
    **extra: Any,
) -> Cust:
    r = f.rng
    lang = lang or wpick(r, LANG_W)
    if market is None:
        ms = MARKETS[lang]
        market = r.choices([m for m, _ in ms], [w for _, w in ms])[0]
    for _ in range(500):
        key = f"RV{f.code}{r.randrange(1000, 9999)}"
        if key not in USED["id"]:
            break
    else:
        raise RuntimeError("no id left")
    fn = first or r.choice(FIRST[lang])
    ln = r.choice(LAST[lang])
    for _ in range(500):
        style = r.randrange(4)
        a, b = ascii_slug(fn), ascii_slug(ln)
        local = [
            f"{a}.{b}",
            f"{a}{b}{r.randrange(1, 99)}",
            f"{a[0]}{b}",
            f"{b}.{a}{r.randrange(1, 9)}",
        ][style]
        email = f"{local}@{domain or r.choice(DOMAINS)}"
        if email not in USED["email"]:
            break
    else:
        raise RuntimeError("no e-mail left")
    cc, prefixes, ndig = PHONES[market]
    for _ in range(500):
        rest = r.choice(prefixes) + "".join(str(r.randrange(10)) for _ in range(ndig))
        if cc + rest not in USED["phone"]:
            break
    else:
        raise RuntimeError("no phone left")
    handle: str | None = None
    if account is None:
        for _ in range(500):
            a, b = ascii_slug(fn), ascii_slug(ln)
            handle = (
                "@"
                + [
                    f"{b}_{a}{r.randrange(1, 9)}",
                    f"{a}{b}{r.randrange(10, 99)}",
                    f"{a}_{b}",
                    f"{b}{a[0]}",
                    f"{a}.{b[:3]}",
                ][r.randrange(5)]
            )
            if handle not in USED["handle"]:
                break
        else:
            raise RuntimeError("no handle left")
        USED["handle"].add(handle)
    USED["id"].add(key)
    USED["email"].add(email)
    USED["phone"].add(cc + rest)
    exp = sorted(expected or [])
    tol = sorted(tolerated or [])
    truth: dict[str, Any] = {
        "identifiers": {
            "customer_id": key,
            "email": email,
            "phone": "+" + cc + rest,
            "handle": handle,
            "account_id": account,
        },
        "expected_rules": exp,
        "tolerated_rules": tol,
        "persona": persona,
        "habit": habit,
        "language": lang,
        "country": market,
        "segment": "b2b" if account else "consumer",
        "name": f"{fn} {ln}",
        "job": r.choice(JOBS),
        "town": r.choice(TOWNS[market]),
    }
    truth.update(extra)
    c = Cust(
        key,
        lang,
        market,
        fn,
        ln,
        email,
        cc,
        rest,
        handle,
        account,
        "b2b" if account else "consumer",
        truth,
    )
    f.custs[key] = c
    return c


# ---------------------------------------------------------------- happy acts

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


def purchase_attrs(c: Cust, name: str, eur: int, page: str) -> dict[str, str]:
    if c.market == "UK":
        val, cur = eur * 0.86, "GBP"
    elif c.market == "CH":
        val, cur = eur * 0.94, "CHF"
    else:
        val, cur = float(eur), "EUR"
    return {"order_value": f"{val:.2f}", "currency": cur, "product": name, "page": page}


def happy(f: Fam, c: Cust, t: datetime, kind: str, lang: str | None = None) -> str:
    r = f.rng
    L = lang or c.lang
    if kind in ("praise", "again", "gripe"):
        table = {"praise": W.PRAISE, "again": W.PRAISE_AGAIN, "gripe": W.PRAISE_GRIPE}[kind]
        ch = r.choice(["social", "community"]) if c.handle else "community"
        return f.add(c, t, ch, "mention" if ch == "social" else "post", r.choice(table[L]))
    if kind == "chat":
        q, a = r.choice(W.CHAT_Q[L])
        eid = f.add(c, t, "chat", "chat", q)
        t2 = t + mins(f, 1, 6)
        f.add(c, t2, "chat", "chat", a, out=True)
        if r.random() < 0.6:
            f.add(c, t2 + mins(f, 1, 4), "chat", "chat", r.choice(W.THANKS[L]))
        return eid
    if kind == "email":
        subj, q, a = r.choice(W.EMAIL_Q[L])
        eid = f.add(c, t, "email", "message", q, subject=subj)
        f.add(
            c,
            out_of_night(f, t + mins(f, 60, 300)),
            "email",
            "message",
            a,
            subject="Re: " + subj,
            out=True,
        )
        return eid
    if kind == "phone":
        q, a = r.choice(W.PHONE_Q[L])
        eid = f.add(c, t, "phone", "call", q)
        f.add(c, out_of_night(f, t + mins(f, 10, 40)), "email", "message", a, out=True)
        return eid
    if kind == "buy":
        name, eur, page = r.choice(W.PRODUCTS)
        f.add(c, t, "web", "page_view", attrs={"page": page})
        return f.add(
            c, t + mins(f, 5, 25), "web", "purchase", attrs=purchase_attrs(c, name, eur, page)
        )
    if kind == "view":
        return f.add(c, t, "web", "page_view", attrs={"page": r.choice(W.PAGES)})
    if kind == "review":
        rating, text = r.choice(W.REVIEW[L])
        return f.add(c, t, "web", "review", text, attrs={"rating": rating, "page": "/recensioni"})
    if kind == "survey":
        s = r.choice(["nps", "csat", "ces"])
        val = {"nps": r.choice([9, 10]), "csat": r.choice([4, 5]), "ces": r.choice([6, 7])}[s]
        word = r.choice(W.SURVEY_WORDS[L])
        return f.add(
            c, t, "survey", "survey_response", word or None, scores={s: val}, attrs={"survey": s}
        )
    raise ValueError(kind)


def happy_days(
    f: Fam,
    c: Cust,
    n: int,
    days: list[int],
    h0: float = 7,
    h1: float = 19,
    kinds: list[str] | None = None,
    langs: list[str] | None = None,
) -> list[str]:
    r = f.rng
    pool = kinds or HAPPY_KINDS
    chosen = sorted(r.sample(days, min(n, len(days))))
    out = []
    for i, d in enumerate(chosen):
        lang = langs[i % len(langs)] if langs else None
        out.append(happy(f, c, f.at(d, h0, h1), r.choice(pool), lang))
    return out


NO_SURVEY = [k for k in HAPPY_KINDS if k != "survey"]


# ---------------------------------------------------------------- problems


def problem_text(f: Fam, c: Cust, problem: str, lang: str, spoken: bool = False) -> tuple[str, str]:
    topic, text = f.rng.choice(W.PROBLEMS[problem][lang])
    eur = W.PROBLEM_DEPOSIT_EUR.get(problem, 0)
    amt = money_spoken(c.market, eur, lang) if spoken else money(c.market, eur)
    return topic, fill(text, amt=amt)


def raise_problem(
    f: Fam,
    c: Cust,
    t: datetime,
    problem: str,
    channel: str,
    lang: str,
    case: str | None,
    long_email: bool = False,
    quality: bool = False,
) -> str:
    """One complaint on a channel, with the agent's reply (none on social)."""
    r = f.rng
    topic, text = problem_text(f, c, problem, lang, spoken=channel == "phone")
    subj = fill(W.COMPLAINT_SUBJECT[lang], topic=topic)
    if channel == "email":
        body = (
            fill(r.choice(W.LONG_EMAIL[lang]), complaint=text, name=f"{c.first} {c.last}")
            if long_email
            else text
        )
        eid = f.add(c, t, "email", "message", body, subject=subj)
    elif channel == "chat":
        eid = f.add(c, t, "chat", "chat", text)
        f.add(
            c,
            t + mins(f, 1, 4),
            "chat",
            "chat",
            fill(r.choice(W.AGENT_CHAT_CASE[lang]), case=case or ""),
            out=True,
        )
    elif channel == "web":
        eid = f.add(c, t, "web", "ticket", text, subject=subj, attrs={"page": "/assistenza"})
    elif channel == "phone":
        eid = f.add(c, t, "phone", "call", W.CALL_OPEN[lang] + " " + transcript(text, lang))
    elif channel == "social":
        eid = f.add(c, t, "social", "mention", text)
    else:
        raise ValueError(channel)
    if channel in ("email", "web", "phone") and case:
        tq = (
            out_of_night(f, t + mins(f, 90, 150))
            if quality
            else out_of_night(f, t + mins(f, 10, 40))
        )
        f.add(
            c,
            tq,
            "email",
            "message",
            fill(
                r.choice((W.AGENT_QUALITY_LEAD if quality else W.AGENT_CASE_OPENED)[lang]),
                first=c.first,
                case=case,
            ),
            subject=fill(W.CASE_SUBJECT[lang], case=case),
            out=True,
        )
    elif channel == "chat" and case and quality:
        f.add(
            c,
            out_of_night(f, t + mins(f, 90, 150)),
            "email",
            "message",
            fill(r.choice(W.AGENT_QUALITY_LEAD[lang]), first=c.first, case=case),
            subject=fill(W.CASE_SUBJECT[lang], case=case),
            out=True,
        )
    return eid


def later_contact(
    f: Fam, c: Cust, t: datetime, nth: int, channel: str, lang: str, case: str, comp: str | None
) -> str:
    r = f.rng
    if nth == 2:
        topic = r.choice(W.PROBLEMS[c.truth["problem"]][lang])[0]
        text = fill(r.choice(W.REPEAT_SECOND[lang]), case=case, topic=topic[:1].upper() + topic[1:])
    elif nth == 3:
        text = fill(r.choice(W.REPEAT_THIRD[lang]), case=case, comp=comp or "")
    else:
        text = fill(r.choice(W.REPEAT_FOURTH[lang]), case=case)
    subj = fill(W.CASE_SUBJECT[lang], case=case)
    if channel == "email":
        return f.add(c, t, "email", "message", text, subject=subj)
    if channel == "chat":
        eid = f.add(c, t, "chat", "chat", text)
        f.add(
            c,
            t + mins(f, 1, 5),
            "chat",
            "chat",
            fill(r.choice(W.AGENT_URGENT[lang]), case=case),
            out=True,
        )
        return eid
    if channel == "phone":
        return f.add(c, t, "phone", "call", transcript(text, lang))
    if channel == "web":
        return f.add(c, t, "web", "ticket", text, subject=subj, attrs={"page": "/assistenza"})
    return f.add(c, t, "social", "mention", text)


def fix_and_confirm(
    f: Fam, c: Cust, t_raised: datetime, problem: str, channel: str, lang: str, confirm_lang: str
) -> dict[str, Any]:
    r = f.rng
    case = new_case(r)
    eid = raise_problem(f, c, t_raised, problem, channel, lang, case)
    t_fix = out_of_night(f, t_raised + mins(f, 180, 1200))
    f.add(
        c,
        t_fix,
        "email",
        "message",
        fill(r.choice(W.AGENT_GOOD_NEWS[confirm_lang]), first=c.first, case=case),
        subject=fill(W.CASE_SUBJECT[confirm_lang], case=case),
        out=True,
    )
    t_conf = out_of_night(f, t_fix + mins(f, 480, 1800))
    cch = r.choice(["email", "chat"])
    ctext = fill(r.choice(W.CONFIRM[confirm_lang]), case=case)
    ceid = f.add(
        c,
        t_conf,
        cch,
        "message" if cch == "email" else "chat",
        ctext,
        subject=fill(W.CASE_SUBJECT[confirm_lang], case=case) if cch == "email" else None,
    )
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t_raised),
        "fixed_at": iso(t_fix),
        "confirmed_at": iso(t_conf),
        "problem_event_ids": [eid],
        "confirm_event_id": ceid,
        "channel": channel,
        "confirm_channel": cch,
    }


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def survey(f: Fam, c: Cust, t: datetime, kind: str, val: int, lang: str | None = None) -> str:
    L = lang or c.lang
    table = W.LOW_NPS_WORDS if kind == "nps" else W.LOW_CSAT_WORDS
    word = f.rng.choice(table[L])
    return f.add(
        c, t, "survey", "survey_response", word or None, scores={kind: val}, attrs={"survey": kind}
    )


# ---------------------------------------------------------------- families


def happy_writers(f: Fam) -> None:
    r = f.rng
    for _ in range(16):
        c = person(f, "happy", "day writer")
        happy_days(f, c, r.randint(5, 8), list(range(10)))
    for _ in range(5):
        c = person(f, "happy", "night writer")
        nights = sorted(r.sample(range(9), r.randint(2, 4)))
        for d in nights:
            t = f.at(d, 22.2, 28.5)
            if r.random() < 0.55:
                f.add(
                    c, t, r.choice(["social", "community"]), "post", r.choice(W.NIGHT_POST[c.lang])
                )
            else:
                q, a = r.choice(W.NIGHT_CHAT[c.lang])
                f.add(c, t, "chat", "chat", q)
                t2 = t + mins(f, 1, 5)
                f.add(c, t2, "chat", "chat", a, out=True)
                f.add(c, t2 + mins(f, 1, 3), "chat", "chat", r.choice(W.THANKS[c.lang]))
        happy_days(
            f,
            c,
            r.randint(2, 3),
            [d for d in range(10) if d not in nights],
            9,
            18,
            ["praise", "buy", "view", "review"],
        )
    for _ in range(5):
        c = person(f, "happy", "answers surveys")
        happy_days(f, c, r.randint(3, 6), list(range(10)), 8, 20, ["survey"])
    fix_social_kinds(f)


def fix_social_kinds(f: Fam) -> None:
    for row in f.rows:
        if row.channel == "social" and row.kind == "post":
            row.kind = "mention"
        if row.channel == "community" and row.kind == "mention":
            row.kind = "post"


def one_bad_day(f: Fam) -> None:
    r = f.rng
    problems = [p for p in W.PROBLEMS for _ in range(4)]
    r.shuffle(problems)
    channels = (
        ["long", "long", "long", "long"]
        + ["email"] * 4
        + ["chat"] * 4
        + ["social"] * 4
        + ["web"] * 4
        + ["phone"] * 4
    )
    long_langs = ["it", "it", "en", "en"]
    with_case = [i for i, ch in enumerate(channels) if ch != "social"]
    order = with_case[:]
    r.shuffle(order)
    detr = set(order[:6])
    csat = set(order[6:11])
    good = set(r.sample(with_case, 12))
    apol = set(r.sample(sorted(good), 5))
    for i, ch in enumerate(channels):
        lang = long_langs[i] if ch == "long" else None
        persona = "bad_day_detractor" if i in detr else "happy_one_bad_day"
        exp = ["detractor"] if i in detr else []
        c = person(f, persona, "one bad day", lang=lang, expected=exp, tolerated=TOL_SIL)
        d = r.randint(2, 9)
        t = f.at(d, 8, 20)
        case = None if ch == "social" else new_case(r)
        channel = "email" if ch == "long" else ch
        eid = raise_problem(f, c, t, problems[i], channel, c.lang, case, long_email=ch == "long")
        days_ok = [x for x in range(12) if x <= d - 2 or x >= d + 3]
        happy_days(f, c, r.randint(1, 5), days_ok, 7, 20, NO_SURVEY)
        extra: dict[str, Any] = {
            "problem": problems[i],
            "booking": case,
            "bad_day_at": iso(t),
            "bad_day_event_id": eid,
            "trouble_starts_at": iso(t),
            "channel": channel,
            "long_email": ch == "long",
            "agent_fixed": i in good,
            "apologised": i in apol,
            "nps_given": i in detr,
            "csat_given": i in csat,
        }
        if i in detr:
            v = r.randint(1, 5)
            extra.update(
                nps=v,
                survey_event_id=survey(f, c, out_of_night(f, t + mins(f, 100, 140)), "nps", v),
            )
        if i in csat:
            v = r.randint(1, 2)
            extra.update(
                csat=v,
                survey_event_id=survey(f, c, out_of_night(f, t + mins(f, 40, 80)), "csat", v),
            )
        if i in good and case:
            tg = out_of_night(f, t + mins(f, 60, 240))
            f.add(
                c,
                tg,
                "email",
                "message",
                fill(r.choice(W.AGENT_GOOD_NEWS[c.lang]), first=c.first, case=case),
                subject=fill(W.CASE_SUBJECT[c.lang], case=case),
                out=True,
            )
            if i in apol:
                ta = out_of_night(f, max(t + mins(f, 960, 1440), tg + timedelta(minutes=30)))
                ach = r.choice(["chat", "email"])
                aeid = f.add(
                    c,
                    ta,
                    ach,
                    "chat" if ach == "chat" else "message",
                    r.choice(W.APOLOGY[c.lang]),
                    subject=fill(W.CASE_SUBJECT[c.lang], case=case) if ach == "email" else None,
                )
                extra.update(apology_at=iso(ta), apology_event_id=aeid)
        c.truth.update(extra)
    for _ in range(8):
        c = person(f, "happy", "control")
        happy_days(f, c, r.randint(4, 7), list(range(12)))
    fix_social_kinds(f)


def repeat_run(
    f: Fam,
    c: Cust,
    t0: datetime,
    ncontacts: int,
    first_channel: str,
    quality: bool,
    langs: list[str],
) -> None:
    r = f.rng
    case = new_case(r)
    comp = r.choice(COMPETITORS) if ncontacts >= 3 else None
    problem = c.truth["problem"]
    eids = [raise_problem(f, c, t0, problem, first_channel, langs[0], case, quality=quality)]
    pool = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != first_channel]
    r.shuffle(pool)
    t = t0
    channels = [first_channel]
    for k in range(2, ncontacts + 1):
        t = out_of_night(f, t + mins(f, 240, 2400))
        ch = pool[k - 2]
        channels.append(ch)
        eids.append(later_contact(f, c, t, k, ch, langs[(k - 1) % len(langs)], case, comp))
    c.truth.update(
        booking=case,
        competitor=comp,
        contacts=ncontacts,
        channels=channels,
        channel=first_channel,
        problem_event_ids=eids,
        trouble_starts_at=iso(t0),
        agent_passed_on=quality,
    )


def repeat_contacts(f: Fam) -> None:
    r = f.rng
    counts = [2] * 4 + [3] * 4 + [4] * 4
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    r.shuffle(firsts)
    quality = set(r.sample(range(12), 6))
    probs = list(W.PROBLEMS)
    for i in range(12):
        c = person(
            f,
            "repeat_contact",
            "repeats",
            expected=["repeat_contact"],
            tolerated=TOL_REPEAT,
            problem=probs[i % 6],
        )
        for _ in range(r.randint(1, 3)):
            happy(f, c, f.at(0, 7, 12), r.choice(NO_SURVEY))
        repeat_run(f, c, f.at(r.randint(1, 4), 8, 19), counts[i], firsts[i], i in quality, [c.lang])
    for i in range(5):
        c = person(f, "resolved_between_contacts", "fixed", tolerated=TOL_SIL)
        happy_days(f, c, r.randint(1, 3), [0, 1], 8, 18, NO_SURVEY)
        t = f.at(r.randint(2, 5), 8, 19)
        fx = fix_and_confirm(
            f, c, t, probs[(i + 2) % 6], r.choice(["web", "email", "chat"]), c.lang, c.lang
        )
        c.truth.update(
            problem=fx["problem"],
            problems=[fx],
            booking=fx["booking"],
            trouble_starts_at=fx["raised_at"],
        )
    for _ in range(3):
        c = person(f, "different_problems", "two problems", tolerated=TOL_SIL)
        d = r.randint(1, 3)
        p1, p2 = r.sample(probs, 2)
        fx1 = fix_and_confirm(f, c, f.at(d, 8, 18), p1, r.choice(["web", "email"]), c.lang, c.lang)
        fx2 = fix_and_confirm(
            f, c, f.at(d + r.randint(4, 5), 8, 18), p2, r.choice(["chat", "email"]), c.lang, c.lang
        )
        c.truth.update(problems=[fx1, fx2], trouble_starts_at=fx1["raised_at"])
    for _ in range(7):
        c = person(f, "happy", "frequent writer")
        happy_days(
            f,
            c,
            r.randint(5, 8),
            list(range(10)),
            7,
            19,
            ["chat", "chat", "email", "email", "phone", "buy", "praise"],
        )
    fix_social_kinds(f)


def slide(f: Fam, c: Cust, t0: datetime, span: int, langs: list[str]) -> list[str]:
    r = f.rng
    comp = r.choice(COMPETITORS)
    eids = []
    gaps = sorted(r.uniform(0, span * 24 * 60) for _ in range(5))
    t = t0
    times = [t0]
    for g in gaps:
        cand = t0 + timedelta(minutes=round(g))
        cand = max(cand, times[-1] + timedelta(minutes=60 + r.randrange(30)))
        times.append(out_of_night(f, cand))
    for k, t in enumerate(times):
        lang = langs[k % len(langs)]
        eur = 40
        text = fill(W.SLIDE[lang][k], comp=comp, amt=money(c.market, eur))
        ch = r.choice(["social", "community", "review"])
        if ch == "review":
            eids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": W.SLIDE_RATINGS[k], "page": "/recensioni"},
                )
            )
        else:
            eids.append(f.add(c, t, ch, "mention" if ch == "social" else "post", text))
    c.truth.update(
        slide_event_ids=eids, slide_days=span, competitor=comp, trouble_starts_at=iso(times[0])
    )
    c.truth["_slide_times"] = times
    return eids


def slow_churners(f: Fam) -> None:
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    r.shuffle(spans)
    nps_idx = set(r.sample(range(10), 5))
    for i in range(10):
        exp = ["sentiment_drop"] + (["detractor"] if i in nps_idx else [])
        c = person(f, "slow_churner", "slides", expected=exp, tolerated=TOL_SLIDE)
        praise_days = r.sample(range(11), r.randint(4, 5))
        for d in praise_days:
            happy(f, c, f.at(d, 8, 20), r.choice(["praise", "praise", "again"]))
        happy_days(
            f,
            c,
            r.randint(2, 4),
            [d for d in range(11) if d not in praise_days],
            8,
            20,
            ["chat", "buy", "view", "email", "review"],
        )
        slide(f, c, f.at(r.randint(12, 16), 8, 19), spans[i], [c.lang])
        times = c.truth.pop("_slide_times")
        c.truth["nps_given"] = i in nps_idx
        if i in nps_idx:
            v = r.randint(1, 5)
            c.truth.update(
                nps=v,
                survey_event_id=survey(
                    f, c, out_of_night(f, times[3] + mins(f, 150, 210)), "nps", v
                ),
            )
    for i in range(5):
        c = person(
            f, "slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=TOL_CANCEL
        )
        happy_days(f, c, r.randint(4, 6), list(range(16)), 8, 20, NO_SURVEY)
        t = f.at(r.randint(17, 23), 8, 20)
        subj, text = W.CANCEL_REQUEST[c.lang][i % len(W.CANCEL_REQUEST[c.lang])]
        eid = f.add(c, t, "email", "message", text, subject=subj)
        f.add(
            c,
            out_of_night(f, t + mins(f, 60, 300)),
            "email",
            "message",
            fill(r.choice(W.AGENT_SORRY_GO[c.lang]), first=c.first),
            subject="Re: " + subj,
            out=True,
        )
        tc = out_of_night(f, t + mins(f, 1200, 1800))
        ceid = f.add(
            c,
            tc,
            "web",
            "cancellation",
            attrs={
                "page": "/profilo/abbonamento",
                "product": "Fabric Care plan / Piano Cura Tessuti",
            },
        )
        c.truth.update(
            churn_intent_event_id=eid,
            cancellation_event_id=ceid,
            churn_at=iso(tc),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = person(f, "happy", "steady")
        happy_days(f, c, r.randint(6, 10), list(range(30)))
    for _ in range(5):
        c = person(f, "steadily_grumpy", "grumbles", tolerated=TOL_GRUMPY)
        d = r.randint(0, 4)
        g = list(W.GRUMBLES[c.lang])
        r.shuffle(g)
        eids = []
        first_t: datetime | None = None
        for k in range(r.randint(5, 7)):
            t = f.at(d, 8, 21)
            first_t = first_t or t
            ch = r.choice(["social", "community", "web_form", "review"])
            text = g[k % len(g)]
            if ch == "web_form":
                eids.append(
                    f.add(
                        c,
                        t,
                        "web",
                        "ticket",
                        text,
                        subject=text.split(",")[0][:40],
                        attrs={"page": "/assistenza"},
                    )
                )
            elif ch == "review":
                eids.append(
                    f.add(c, t, "web", "review", text, attrs={"rating": "3", "page": "/recensioni"})
                )
            else:
                eids.append(f.add(c, t, ch, "mention" if ch == "social" else "post", text))
            d += r.randint(1, 3)
        for _ in range(r.randint(0, 2)):
            happy(f, c, f.at(r.randint(0, 28), 9, 19), "buy")
        c.truth.update(grumble_event_ids=eids, trouble_starts_at=iso(first_t) if first_t else None)
    for _ in range(5):
        c = person(f, "happy_one_sarcastic_remark", "happy", tolerated=TOL_SIL)
        dsar = r.randint(17, 28)
        happy_days(
            f, c, r.randint(4, 7), [d for d in range(30) if abs(d - dsar) > 1], 8, 20, NO_SURVEY
        )
        ch = r.choice(["social", "community"])
        c.truth.update(
            sarcasm_event_id=f.add(
                c,
                f.at(dsar, 9, 20),
                ch,
                "mention" if ch == "social" else "post",
                r.choice(W.SARCASM[c.lang]),
            )
        )
    fix_social_kinds(f)


def quiet_hours(f: Fam) -> None:
    r = f.rng
    for _ in range(16):
        c = person(f, "happy", "day writer")
        for d in sorted(r.sample(range(3), r.randint(1, 3))):
            happy(f, c, f.at(d, 7, 17.5), r.choice(NO_SURVEY))
    for i in range(4):
        c = person(f, "grumbles_once", "grumbles once", tolerated=TOL_SIL)
        t = f.at(r.randint(0, 2), 9, 17)
        happy(f, c, t, r.choice(["buy", "view"]))
        tg = f.rows[-1].t + mins(f, 20, 30)
        q, a = r.choice(W.MILD_GRUMBLE[c.lang])
        if i < 2:
            eid = f.add(c, tg, "chat", "chat", q)
            f.add(c, tg + mins(f, 1, 5), "chat", "chat", a, out=True)
        else:
            eid = f.add(
                c,
                tg,
                "web",
                "ticket",
                q,
                subject=q.split(",")[0][:40],
                attrs={"page": "/assistenza"},
            )
            f.add(
                c,
                tg + mins(f, 30, 120),
                "email",
                "message",
                fill(r.choice(W.FORM_ACK[c.lang])),
                out=True,
            )
        c.truth.update(grumble_event_id=eid, trouble_starts_at=iso(tg))
    owl = 0
    for night in range(1, 4):
        b1 = f.at(night, 0.667, 1.083)
        starts = [b1, b1 + mins(f, 28, 33), b1 + mins(f, 55, 65)]
        for b, bt in enumerate(starts):
            for _ in range(4):
                owl += 1
                c = person(f, "night_owl", f"night {night}, burst {b + 1}")
                t = bt + mins(f, 0, 9)
                if r.random() < 0.5:
                    q, a = r.choice(W.NIGHT_CHAT[c.lang])
                    eid = f.add(c, t, "chat", "chat", q)
                    t2 = t + mins(f, 1, 4)
                    f.add(c, t2, "chat", "chat", a, out=True)
                    f.add(c, t2 + mins(f, 1, 3), "chat", "chat", r.choice(W.THANKS[c.lang]))
                else:
                    ch = r.choice(["social", "community"])
                    eid = f.add(
                        c,
                        t,
                        ch,
                        "mention" if ch == "social" else "post",
                        r.choice(W.NIGHT_POST[c.lang]),
                    )
                if owl % 2 == 0:
                    happy(
                        f,
                        c,
                        f.at(r.randint(0, 2), 9, 17.5),
                        r.choice(["praise", "buy", "view", "review"]),
                    )
                c.truth.update(burst_at=iso(bt), night_event_id=eid)
    fix_social_kinds(f)


BIL_PAIRS = (
    [("it", "en")] * 4
    + [("en", "it")] * 4
    + [("it", "fr")] * 2
    + [("fr", "it")] * 2
    + [("en", "fr")] * 2
    + [("de", "en")] * 2
    + [
        ("en", "de"),
        ("it", "de"),
        ("it", "de"),
        ("de", "it"),
        ("pt", "en"),
        ("en", "pt"),
        ("es", "en"),
        ("en", "es"),
        ("it", "es"),
        ("es", "it"),
        ("pt", "es"),
    ]
)
SECOND_WHY = [
    "works for a firm that writes in that language",
    "partner's family language",
    "grew up abroad",
    "studied there",
    "uses the app in that language",
    "lives near the border",
]


def bilingual(f: Fam) -> None:
    r = f.rng
    pairs = list(BIL_PAIRS)
    long_pair = pairs.pop(0)  # it/en: the long e-mail in English
    r.shuffle(pairs)
    groups = (
        ["happy"] * 12 + ["repeat"] * 5 + ["slide"] * 5 + ["bad_short", "bad_chat"] + ["fixed"] * 2
    )
    assert len(groups) + 1 == 27
    plan = [("bad_long", long_pair), *zip(groups, pairs, strict=True)]
    rep_counts = [2, 2, 3, 3, 4]
    ri = 0
    probs = list(W.PROBLEMS)
    for g, (l1, l2) in plan:
        ms = MARKETS[l1]
        market = r.choices([m for m, _ in ms], [w for _, w in ms])[0]
        extra: dict[str, Any] = {"languages": [l1, l2], "job_second_language": r.choice(SECOND_WHY)}
        if g == "happy":
            c = person(f, "happy", "alternates languages", l1, market, **extra)
            happy_days(f, c, r.randint(5, 8), list(range(14)), 8, 20, langs=[l1, l2])
        elif g == "repeat":
            n = rep_counts[ri]
            ri += 1
            c = person(
                f,
                "repeat_contact",
                "repeats",
                l1,
                market,
                ["repeat_contact"],
                TOL_REPEAT,
                problem=probs[ri],
                **extra,
            )
            for k in range(r.randint(1, 3)):
                happy(f, c, f.at(r.randint(0, 1), 8, 19), r.choice(NO_SURVEY), [l1, l2][k % 2])
            repeat_run(
                f,
                c,
                f.at(r.randint(2, 5), 8, 18),
                n,
                r.choice(["web", "email", "chat"]),
                n >= 3,
                [l1, l2],
            )
        elif g == "slide":
            c = person(
                f, "slow_churner", "slides", l1, market, ["sentiment_drop"], TOL_SLIDE, **extra
            )
            for k, d in enumerate(sorted(r.sample(range(6), 5))):
                happy(f, c, f.at(d, 8, 20), "praise", [l1, l2][k % 2])
            for k in range(r.randint(1, 3)):
                happy(
                    f,
                    c,
                    f.at(r.randint(0, 5), 8, 20),
                    r.choice(["buy", "view", "chat"]),
                    [l2, l1][k % 2],
                )
            slide(f, c, f.at(r.randint(7, 8), 9, 18), r.randint(3, 5), [l1, l2])
            c.truth.pop("_slide_times")
        elif g.startswith("bad"):
            c = person(
                f,
                "happy_one_bad_day",
                "one bad day",
                l1,
                market,
                None,
                TOL_SIL,
                bad_day_language=l2,
                **extra,
            )
            d = r.randint(4, 9)
            t = f.at(d, 9, 19)
            case = new_case(r)
            ch = "chat" if g == "bad_chat" else "email"
            p = r.choice(probs)
            eid = raise_problem(f, c, t, p, ch, l2, case, long_email=g == "bad_long")
            happy_days(
                f,
                c,
                r.randint(3, 5),
                [x for x in range(14) if x <= d - 2 or x >= d + 3],
                8,
                20,
                NO_SURVEY,
                [l1, l2],
            )
            fixed = ch == "email"
            if fixed:
                f.add(
                    c,
                    out_of_night(f, t + mins(f, 60, 240)),
                    "email",
                    "message",
                    fill(r.choice(W.AGENT_GOOD_NEWS[l2]), first=c.first, case=case),
                    subject=fill(W.CASE_SUBJECT[l2], case=case),
                    out=True,
                )
            apol = g == "bad_short"
            c.truth.update(
                problem=p,
                booking=case,
                bad_day_at=iso(t),
                bad_day_event_id=eid,
                trouble_starts_at=iso(t),
                channel=ch,
                long_email=g == "bad_long",
                agent_fixed=fixed,
                apologised=apol,
            )
            if apol:
                ta = out_of_night(f, t + mins(f, 1080, 1440))
                c.truth.update(
                    apology_at=iso(ta),
                    apology_event_id=f.add(c, ta, "chat", "chat", r.choice(W.APOLOGY[l2])),
                )
        else:
            c = person(
                f,
                "resolved_between_contacts",
                "fixed",
                l1,
                market,
                None,
                TOL_SIL,
                confirm_language=l2,
                **extra,
            )
            happy_days(f, c, r.randint(1, 3), [0, 1, 2], 8, 19, NO_SURVEY, [l2, l1])
            fx = fix_and_confirm(f, c, f.at(r.randint(3, 7), 9, 18), r.choice(probs), "web", l1, l2)
            c.truth.update(
                problem=fx["problem"],
                problems=[fx],
                booking=fx["booking"],
                trouble_starts_at=fx["raised_at"],
            )
    fix_social_kinds(f)


SITES = {
    "restaurant": {
        "it": "Trattoria {n}",
        "en": "The {n} Kitchen",
        "fr": "Brasserie {n}",
        "de": "Gasthaus {n}",
        "pt": "Restaurante {n}",
        "es": "Restaurante {n}",
    },
    "hotel": {
        "it": "Hotel {n}",
        "en": "{n} House Hotel",
        "fr": "Hôtel {n}",
        "de": "Hotel {n}",
        "pt": "Hotel {n}",
        "es": "Hotel {n}",
    },
    "cinema": {
        "it": "Cinema {n}",
        "en": "{n} Picturehouse",
        "fr": "Cinéma {n}",
        "de": "Kino {n}",
        "pt": "Cinema {n}",
        "es": "Cines {n}",
    },
    "theatre": {
        "it": "Teatro {n}",
        "en": "{n} Theatre",
        "fr": "Théâtre {n}",
        "de": "Theater {n}",
        "pt": "Teatro {n}",
        "es": "Teatro {n}",
    },
    "office": {
        "it": "{n} Consulting srl",
        "en": "{n} Partners Ltd",
        "fr": "{n} Conseil",
        "de": "{n} Beratung GmbH",
        "pt": "{n} Consultores",
        "es": "{n} Asesores",
    },
    "care_home": {
        "it": "RSA {n}",
        "en": "{n} Care Home",
        "fr": "EHPAD {n}",
        "de": "Seniorenheim {n}",
        "pt": "Lar {n}",
        "es": "Residencia {n}",
    },
    "bar": {
        "it": "Bar {n}",
        "en": "The {n} Arms",
        "fr": "Café {n}",
        "de": "Bar {n}",
        "pt": "Café {n}",
        "es": "Bar {n}",
    },
    "university": {
        "it": "Università {n}",
        "en": "{n} College",
        "fr": "Université {n}",
        "de": "Hochschule {n}",
        "pt": "Universidade {n}",
        "es": "Universidad {n}",
    },
    "municipality": {
        "it": "Comune di {n}",
        "en": "{n} Town Council",
        "fr": "Mairie de {n}",
        "de": "Stadt {n}",
        "pt": "Câmara de {n}",
        "es": "Ayuntamiento de {n}",
    },
    "clinic": {
        "it": "Poliambulatorio {n}",
        "en": "{n} Clinic",
        "fr": "Clinique {n}",
        "de": "Praxisklinik {n}",
        "pt": "Clínica {n}",
        "es": "Clínica {n}",
    },
}
COMPANY_WORDS = [
    "Aurora",
    "Belvedere",
    "Cedro",
    "Delfino",
    "Girasole",
    "Lanterna",
    "Mirto",
    "Orsa",
    "Quercia",
    "Rondine",
    "Stella",
    "Tiglio",
    "Vela",
    "Zefiro",
    "Ginepro",
]
TITLES = [
    "Operations manager",
    "Head of facilities",
    "Venue manager",
    "Accounts payable clerk",
    "General manager",
    "Maintenance lead",
    "Purchasing officer",
    "Front office manager",
    "Office manager",
    "Finance assistant",
]


def b2b_accounts(f: Fam) -> None:
    r = f.rng
    spec: list[tuple[str, str | None, int, int]] = [
        ("at_risk", "portal", 4, 3),
        ("at_risk", "invoice", 5, 3),
        ("at_risk", "certificate", 5, 3),
        ("at_risk", "invoice", 5, 4),
        ("at_risk", "overbilled", 6, 4),
        ("one_unhappy", "certificate", 3, 1),
        ("one_unhappy", "overbilled", 3, 1),
        ("one_unhappy", "portal", 3, 1),
        ("one_unhappy", "invoice", 3, 1),
        ("mild", None, 3, 0),
        ("mild", None, 4, 0),
        ("mild", None, 4, 0),
        ("happy", None, 4, 0),
        ("happy", None, 4, 0),
        ("happy", None, 3, 0),
    ]
    langs = ["it"] * 5 + ["en"] * 4 + ["fr", "fr", "de", "de", "pt", "es"]
    r.shuffle(langs)
    sites = list(SITES)
    words = list(COMPANY_WORDS)
    r.shuffle(words)
    last_channels = ["email"] + ["phone"] * 4
    r.shuffle(last_channels)
    risk_i = 0
    one_days = [3, 4, 7, 8]
    r.shuffle(one_days)
    weekdays = [d for d in range(12) if (f.start + timedelta(days=d)).weekday() < 5]
    for ai, (kind, problem, ncont, nunh) in enumerate(spec):
        lang = langs[ai]
        ms = MARKETS[lang]
        market = r.choices([m for m, _ in ms], [w for _, w in ms])[0]
        site = (
            sites[ai % len(sites)]
            if kind != "at_risk"
            else ["restaurant", "hotel", "cinema", "theatre", "care_home"][ai]
        )
        company = fill(SITES[site][lang], n=words[ai])
        domain = ascii_slug(company)[:20] + ".example"
        for _ in range(500):
            acc = f"RVC-{market}-{r.randrange(1000, 9999)}"
            if acc not in USED["account"]:
                USED["account"].add(acc)
                break
        firsts = r.sample(FIRST[lang], ncont)
        contacts: list[Cust] = []
        for k in range(ncont):
            title = TITLES[(ai + k) % len(TITLES)]
            if kind == "at_risk" and k < nunh:
                is_last = k == nunh - 1
                exp = ["repeat_contact"] if is_last else ["detractor"]
                c = person(
                    f,
                    "b2b_unhappy",
                    "complainer",
                    lang,
                    market,
                    exp,
                    TOL_B2B_RISK,
                    acc,
                    domain,
                    firsts[k],
                    company=company,
                    role="complainer",
                    job_title=title,
                )
            elif kind == "one_unhappy" and k == 0:
                c = person(
                    f,
                    "b2b_one_unhappy",
                    "complainer",
                    lang,
                    market,
                    ["detractor"],
                    TOL_B2B_ONE,
                    acc,
                    domain,
                    firsts[k],
                    company=company,
                    role="complainer",
                    job_title=title,
                )
            elif kind == "mild" and k < 2:
                c = person(
                    f,
                    "b2b_mild",
                    "suggests",
                    lang,
                    market,
                    None,
                    TOL_SIL,
                    acc,
                    domain,
                    firsts[k],
                    company=company,
                    role="suggests",
                    job_title=title,
                )
            else:
                c = person(
                    f,
                    "b2b_happy",
                    "contact",
                    lang,
                    market,
                    None,
                    None,
                    acc,
                    domain,
                    firsts[k],
                    company=company,
                    role="contact",
                    job_title=title,
                )
            c.truth["job"] = title
            contacts.append(c)
        for c in contacts:
            if c.truth["role"] == "contact":
                for _ in range(r.randint(2, 6)):
                    b2b_routine(f, c, f.at(r.choice(weekdays), 8, 16.5), True)
            else:
                for _ in range(r.randint(0, 2)):
                    b2b_routine(f, c, f.at(r.randint(0, 1), 8, 16.5), False)
        acc_truth: dict[str, Any] = {
            "company": company,
            "site": site,
            "contacts": ncont,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": nunh,
            "unhappy_contact_keys": [c.key for c in contacts if c.truth["role"] == "complainer"],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        if kind == "at_risk" and problem:
            case = new_case(r)
            t = f.at(2, 8.5, 11)
            first_t = t
            comp = r.choice(COMPETITORS)
            topic, text1, restated = B.B2B_PROBLEMS[problem][lang]
            subj = fill(B.B2B_SUBJECT[lang], topic=topic)
            for k in range(nunh):
                c = contacts[k]
                if k == 0:
                    eid = f.add(c, t, "email", "message", text1, subject=subj)
                    f.add(
                        c,
                        office(f, t + mins(f, 20, 60)),
                        "email",
                        "message",
                        fill(B.B2B_ACK[lang], first=c.first, case=case),
                        subject=fill(W.CASE_SUBJECT[lang], case=case),
                        out=True,
                    )
                else:
                    t = office(f, t + mins(f, 480, 1680))
                    when = (
                        B.THIS_MORNING[lang]
                        if t.date() == first_t.date()
                        else fill(B.WHEN_DAY[lang], day=B.WEEKDAY[lang][first_t.weekday()])
                    )
                    eid = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        fill(
                            B.LATER_COMPLAINT[lang],
                            first1=contacts[0].first,
                            when=when,
                            case=case,
                            restated=restated,
                        ),
                        subject=fill(W.CASE_SUBJECT[lang], case=case),
                    )
                ids = [eid]
                c.truth.update(
                    booking=case, problem=problem, trouble_starts_at=iso(t), complaint_event_ids=ids
                )
                if k < nunh - 1:
                    v = r.randint(1, 5)
                    c.truth.update(
                        nps_given=True,
                        nps=v,
                        survey_event_id=survey(f, c, t + mins(f, 60, 180), "nps", v),
                    )
                else:
                    t2 = office(f, t + mins(f, 1080, 2400))
                    ch = last_channels[risk_i]
                    if ch == "email":
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "email",
                                "message",
                                fill(B.LAST_EMAIL[lang], case=case, comp=comp),
                                subject=fill(W.CASE_SUBJECT[lang], case=case),
                            )
                        )
                        c.truth["competitor"] = comp
                    else:
                        ids.append(
                            f.add(c, t2, "phone", "call", fill(B.LAST_CALL[lang], case=case))
                        )
                        c.truth["competitor"] = None
                    c.truth["nps_given"] = False
            risk_i += 1
            acc_truth["trouble_starts_at"] = iso(first_t)
        elif kind == "one_unhappy" and problem:
            c = contacts[0]
            case = new_case(r)
            t = office(f, f.at(one_days.pop(), 8.5, 16))
            topic, text1, _ = B.B2B_PROBLEMS[problem][lang]
            eid = f.add(
                c, t, "email", "message", text1, subject=fill(B.B2B_SUBJECT[lang], topic=topic)
            )
            f.add(
                c,
                office(f, t + mins(f, 20, 60)),
                "email",
                "message",
                fill(B.B2B_ACK[lang], first=c.first, case=case),
                subject=fill(W.CASE_SUBJECT[lang], case=case),
                out=True,
            )
            v = r.randint(1, 5)
            c.truth.update(
                booking=case,
                problem=problem,
                trouble_starts_at=iso(t),
                complaint_event_ids=[eid],
                nps_given=True,
                nps=v,
                survey_event_id=survey(f, c, t + mins(f, 60, 180), "nps", v),
            )
        elif kind == "mild":
            for k in range(2):
                c = contacts[k]
                q, a = B.MILD[lang][k]
                t = f.at(r.choice([d for d in weekdays if d >= 2]), 8, 16)
                eid = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    q,
                    subject=q[:40],
                    attrs={"page": "/contract/portal/feedback"},
                )
                f.add(c, office(f, t + mins(f, 30, 150)), "email", "message", fill(a), out=True)
                c.truth.update(mild_event_id=eid, trouble_starts_at=iso(t))
        f.accounts[acc] = acc_truth
    fix_social_kinds(f)


def b2b_routine(f: Fam, c: Cust, t: datetime, may_score: bool) -> None:
    r = f.rng
    L = c.lang
    kinds = (
        ["chat", "chat", "buy", "view", "praise", "survey"]
        if may_score
        else ["chat", "buy", "view"]
    )
    k = r.choice(kinds)
    if k == "chat":
        q, a = r.choice(B.B2B_CHAT[L])
        f.add(c, t, "chat", "chat", q)
        t2 = t + mins(f, 1, 6)
        f.add(c, t2, "chat", "chat", a, out=True)
        if r.random() < 0.6:
            f.add(c, t2 + mins(f, 1, 4), "chat", "chat", r.choice(B.B2B_THANKS[L]))
    elif k == "buy":
        name, eur, page = r.choice(B.B2B_PRODUCTS)
        f.add(c, t, "web", "page_view", attrs={"page": page})
        f.add(c, t + mins(f, 5, 25), "web", "purchase", attrs=purchase_attrs(c, name, eur, page))
    elif k == "view":
        f.add(c, t, "web", "page_view", attrs={"page": r.choice(B.PORTAL_PAGES)})
    elif k == "praise":
        f.add(c, t, "community", "post", r.choice(B.B2B_PRAISE[L]))
    else:
        happy(f, c, t, "survey")


def topic_spike(f: Fam) -> None:
    r = f.rng
    for _ in range(40):
        c = person(f, "happy", "day writer")
        for d in sorted(r.sample(range(6), r.randint(1, 4))):
            h0, h1 = (12.0, 19.0) if d == 5 else (7.0, 20.0)
            happy(f, c, f.at(d, h0, h1), r.choice(HAPPY_KINDS))
    for lang in ("it", "en"):
        c = person(f, "grumbles_once", "grumbles once", lang, tolerated=TOL_SIL)
        q, a = W.CALM_GRUMBLE[lang][0]
        t = f.at(0, 9, 16)
        eid = f.add(c, t, "chat", "chat", q)
        f.add(c, t + mins(f, 1, 5), "chat", "chat", a, out=True)
        c.truth.update(grumble_event_id=eid, trouble_starts_at=iso(t))
    for lang, hour in (("it", 9 + 40 / 60), ("en", 16 + 5 / 60)):
        c = person(f, "grumbles_once", "lone question", lang, tolerated=TOL_SIL)
        q, a = W.LONE_QUESTION[lang][0]
        t = f.at(4, hour)
        eid = f.add(c, t, "chat", "chat", q)
        f.add(c, t + mins(f, 2, 4), "chat", "chat", a, out=True)
        c.truth.update(lone_report_event_id=eid, trouble_starts_at=iso(t))
    langs = ["it"] * 6 + ["en"] * 6 + ["fr", "fr", "de", "de", "pt", "pt", "es", "es"]
    r.shuffle(langs)
    channels = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(channels)
    spike_start = f.start + timedelta(days=5, hours=8, minutes=20)
    offsets = sorted([0, 45, *r.sample(range(1, 45), 18)])
    regular = set(r.sample(range(20), 12))
    early = [i for i in range(20) if offsets[i] <= 25]
    repeaters = set(r.sample(early, 6))
    others = [i for i in range(20) if i not in repeaters]
    fixed = set(r.sample(others, 6))
    keys: list[str] = []
    eids: list[str] = []
    rep_eids: list[str] = []
    rep_channels = ["email", "email", "chat", "chat", "community", "community"]
    r.shuffle(rep_channels)
    ri = 0
    for i in range(20):
        lang = langs[i]
        rep = i in repeaters
        c = person(
            f,
            "spike_repeater" if rep else "spike_reporter",
            "regular" if i in regular else "new",
            lang,
            expected=["repeat_contact"] if rep else [],
            tolerated=TOL_SPIKE_REP if rep else TOL_SIL,
        )
        if i in regular:
            for _ in range(r.randint(1, 3)):
                happy(f, c, f.at(2, 8, 17.5), r.choice(NO_SURVEY))
        t = spike_start + timedelta(minutes=offsets[i])
        ch = channels[i]
        text = r.choice(W.SPIKE_REPORT[lang])
        if ch == "chat":
            eid = f.add(c, t, "chat", "chat", text)
            f.add(
                c, t + mins(f, 1, 3), "chat", "chat", r.choice(W.SPIKE_CHAT_ANSWER[lang]), out=True
            )
        elif ch == "email":
            eid = f.add(c, t, "email", "message", text, subject=W.SPIKE_SUBJECT[lang])
        elif ch == "web":
            eid = f.add(
                c,
                t,
                "web",
                "ticket",
                text,
                subject=W.SPIKE_SUBJECT[lang],
                attrs={"page": "/prova-tessuto"},
            )
        else:
            eid = f.add(c, t, ch, "mention" if ch == "social" else "post", text)
        keys.append(c.key)
        eids.append(eid)
        extra: dict[str, Any] = {
            "in_spike": True,
            "regular": i in regular,
            "spike_event_id": eid,
            "spike_channel": ch,
            "trouble_starts_at": iso(t),
            "agent_fixed": i in fixed,
        }
        if rep:
            rch = rep_channels[ri] if rep_channels[ri] != ch else rep_channels[(ri + 1) % 6]
            if rch == ch:
                rch = "email" if ch != "email" else "chat"
            ri += 1
            t2 = t + mins(f, 15, 50)
            rtext = r.choice(W.SPIKE_AGAIN[lang])
            if rch == "chat":
                reid = f.add(c, t2, "chat", "chat", rtext)
                f.add(
                    c,
                    t2 + mins(f, 1, 3),
                    "chat",
                    "chat",
                    r.choice(W.SPIKE_CHAT_ANSWER[lang]),
                    out=True,
                )
            elif rch == "email":
                reid = f.add(
                    c, t2, "email", "message", rtext, subject="Re: " + W.SPIKE_SUBJECT[lang]
                )
            else:
                reid = f.add(c, t2, "community", "post", rtext)
            rep_eids.append(reid)
            extra.update(repeat_event_id=reid)
        if i in fixed:
            local = "11:40" if c.market in CET_MARKETS else "10:40"
            credit = {"UK": "£9", "CH": "CHF 9", "IE": "€10"}.get(c.market, "10 €")
            tf = f.start + timedelta(days=5, hours=11, minutes=r.randint(8, 17))
            f.add(
                c,
                tf,
                "email",
                "message",
                fill(r.choice(W.SPIKE_FIXED[lang]), first=c.first, time=local, credit=credit),
                subject=W.SPIKE_FIXED_SUBJECT[lang],
                out=True,
            )
        c.truth.update(extra)
    f.spike = {
        "topic": W.SPIKE_ABOUT,
        "about": W.SPIKE_ABOUT,
        "channel": None,
        "start": iso(spike_start),
        "end": iso(spike_start + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": rep_eids,
    }
    fix_social_kinds(f)


# ---------------------------------------------------------------- writing


def identifiers(f: Fam) -> list[dict[str, Any]]:
    rows = sorted(f.rows, key=lambda x: (x.t, x.seq))
    seen: set[str] = set()
    r = f.rng2
    out = []
    for row in rows:
        c = row.cust
        full = {
            "customer_id": c.key,
            "email": c.email,
            "phone": c.phone,
            "handle": c.handle,
            "account_id": c.account,
        }
        if row.direction == "outbound" or (row.direction == "inbound" and c.key not in seen):
            cust = full
            if row.direction == "inbound":
                seen.add(c.key)
        else:
            cust = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            if row.channel == "phone":
                cust["phone"] = f"+{c.phone_cc} {c.phone_rest}" if r.random() < 0.5 else c.phone
            elif row.channel in ("social", "community") and c.handle:
                cust["handle"] = c.handle if r.random() >= 0.2 else c.handle.lstrip("@")
            elif row.channel in ("social", "community", "email"):
                cust["email"] = c.email.upper() if r.random() < 1 / 12 else c.email
            else:
                cust["customer_id"] = c.key
        out.append(
            {
                "event_id": row.eid,
                "occurred_at": iso(row.t),
                "channel": row.channel,
                "kind": row.kind,
                "direction": row.direction,
                "customer": cust,
                "text": row.text,
                "subject": row.subject,
                "scores": {
                    "nps": row.scores.get("nps"),
                    "csat": row.scores.get("csat"),
                    "ces": row.scores.get("ces"),
                },
                "source": SOURCES[row.channel],
                "attributes": row.attrs,
            }
        )
    return out


def expected_counts(f: Fam) -> dict[str, int]:
    counts: dict[str, int] = {}
    for c in f.custs.values():
        for rule in c.truth["expected_rules"]:
            counts[rule] = counts.get(rule, 0) + 1
    for a in f.accounts.values():
        for rule in a["expected_rules"]:
            counts[rule] = counts.get(rule, 0) + 1
    if f.spike:
        counts["topic_spike"] = counts.get("topic_spike", 0) + 1
    return dict(sorted(counts.items()))


def write(f: Fam) -> tuple[int, int, int]:
    got = expected_counts(f)
    if got != f.planned:
        raise SystemExit(f"{f.name}: expected counts {got} differ from the planted {f.planned}")
    inbound = {row.cust.key for row in f.rows if row.direction == "inbound"}
    for c in f.custs.values():
        if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
            raise SystemExit(f"{f.name}: {c.key} both expects and tolerates a rule")
        if c.key not in inbound:
            raise SystemExit(f"{f.name}: {c.key} has no inbound touchpoint")
    for row in f.rows:
        if row.t < f.start or row.t >= SET_END or row.t.year != 2026:
            raise SystemExit(f"{f.name}: {row.eid} at {row.t} is outside the family's dates")
    lines = identifiers(f)
    last = max(row.t for row in f.rows)
    end = max(f.start + timedelta(days=f.days), last + timedelta(hours=1))
    if end >= SET_END:
        raise SystemExit(f"{f.name}: end {end} too late")
    truth = {
        "config": {
            "family": f.name,
            "about": f.about,
            "business": BUSINESS,
            "days": f.days,
            "seed": SEED * 100 + f.n,
            "written": "2026-12-04, blind (heldout80)",
            "expected": f.planned,
        },
        "start": iso(f.start),
        "end": iso(end),
        "customers": {c.key: c.truth for c in f.custs.values()},
        "accounts": f.accounts,
        "spike": f.spike,
        "journey": {},
        "expectations": {},
    }
    (HERE / f"{f.name}.jsonl").write_text(
        "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), "utf-8"
    )
    (HERE / f"{f.name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
    )
    return len(f.custs), len(lines), sum(1 for x in lines if x["direction"] == "outbound")


def d(y: int, m: int, day: int) -> datetime:
    return datetime(y, m, day, tzinfo=UTC)


FAMILIES: list[tuple[str, str, datetime, int, str, dict[str, int], Any]] = [
    (
        "happy_writers",
        "HW",
        d(2026, 3, 9),
        10,
        "happy daytime writers, night writers and survey answerers",
        {},
        happy_writers,
    ),
    (
        "one_bad_day",
        "BD",
        d(2026, 4, 20),
        12,
        "happy customers with one angry message on one day",
        {"detractor": 6},
        one_bad_day,
    ),
    (
        "repeat_contacts",
        "RC",
        d(2026, 6, 1),
        10,
        "one open problem raised 2-4 times, fixed problems, two problems, frequent writers",
        {"repeat_contact": 12},
        repeat_contacts,
    ),
    (
        "slow_churners",
        "SC",
        d(2026, 7, 6),
        32,
        "slides from a happy baseline, leavers, steady, steadily grumpy, sarcastic",
        {"churn_intent": 5, "detractor": 5, "sentiment_drop": 10},
        slow_churners,
    ),
    (
        "quiet_hours",
        "QH",
        d(2026, 8, 28),
        3,
        "a calm late-summer weekend with night-owl bursts",
        {},
        quiet_hours,
    ),
    (
        "bilingual",
        "BL",
        d(2026, 9, 21),
        14,
        "customers writing in two languages",
        {"repeat_contact": 5, "sentiment_drop": 5},
        bilingual,
    ),
    (
        "b2b_accounts",
        "BB",
        d(2026, 10, 12),
        14,
        "Rivestra Contract accounts: at risk, one unhappy, mild, happy",
        {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
        b2b_accounts,
    ),
    (
        "topic_spike",
        "TS",
        d(2026, 11, 9),
        7,
        "a calm week and one planted Saturday-morning incident",
        {"repeat_contact": 6, "topic_spike": 1},
        topic_spike,
    ),
]


def main() -> None:
    total = [0, 0, 0]
    for n, (name, code, start, days, about, planned, build) in enumerate(FAMILIES, start=1):
        f = Fam(name, code, n, start, days, about, planned)
        build(f)
        counts = write(f)
        total = [a + b for a, b in zip(total, counts, strict=True)]
        print(
            f"{name}: {counts[0]} customers, {counts[1]} touchpoints, {counts[2]} agents' replies"
        )
    print(f"total: {total[0]} customers, {total[1]} touchpoints, {total[2]} agents' replies")


if __name__ == "__main__":
    main()
