"""Build tests/scenarios/heldout100/: eight hand-written alert scenario families (blind).

Standalone and deterministic: standard library only, seeded, two runs give the same
bytes. Run as ``python make_heldout100.py`` from anywhere.
"""

# ruff: noqa: E501

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

BRAND = "Ritrava"
COMPETITORS = ("Klickwerk", "Portrello")
SEED = 20261114
WRITTEN = "2026-12-04"
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
LANG_WEIGHTS = {"de": 30, "fr": 30, "en": 10, "es": 10, "it": 10, "pt": 10}
MARKETS: dict[str, list[tuple[str, int]]] = {
    "de": [("DE", 55), ("AT", 25), ("CH", 20)],
    "fr": [("FR", 55), ("BE", 20), ("CH", 15), ("LU", 10)],
    "en": [("UK", 65), ("IE", 35)],
    "es": [("ES", 100)],
    "it": [("IT", 85), ("CH", 15)],
    "pt": [("PT", 100)],
}
TOWNS: dict[str, list[str]] = {
    "DE": ["Leipzig", "Freiburg", "Münster", "Kassel", "Regensburg", "Bonn"],
    "AT": ["Graz", "Linz", "Innsbruck", "Salzburg"],
    "CH-de": ["Bern", "Basel", "Zürich", "Luzern"],
    "CH-fr": ["Lausanne", "Genève", "Fribourg"],
    "CH-it": ["Lugano", "Bellinzona"],
    "FR": ["Lyon", "Nantes", "Annecy", "Rennes", "Dijon"],
    "BE": ["Liège", "Namur", "Bruxelles", "Charleroi"],
    "LU": ["Luxembourg", "Esch-sur-Alzette"],
    "UK": ["Leeds", "Bristol", "York", "Norwich"],
    "IE": ["Cork", "Galway", "Dublin"],
    "ES": ["Valencia", "Zaragoza", "Bilbao", "Murcia"],
    "IT": ["Torino", "Bologna", "Verona", "Bari"],
    "PT": ["Porto", "Braga", "Coimbra", "Aveiro"],
}
FIRST: dict[str, list[str]] = {
    "de": [
        "Anna",
        "Lukas",
        "Miriam",
        "Jonas",
        "Katrin",
        "Felix",
        "Sabine",
        "Tobias",
        "Lena",
        "Markus",
        "Julia",
        "Stefan",
        "Nina",
        "Florian",
        "Carina",
        "Matthias",
        "Sophie",
        "Daniel",
        "Theresa",
        "Benedikt",
        "Verena",
        "Moritz",
    ],
    "fr": [
        "Camille",
        "Julien",
        "Léa",
        "Thomas",
        "Manon",
        "Nicolas",
        "Élodie",
        "Antoine",
        "Chloé",
        "Mathieu",
        "Sarah",
        "Guillaume",
        "Aurélie",
        "Romain",
        "Pauline",
        "Maxime",
        "Inès",
        "Hugo",
        "Margaux",
        "Benoît",
        "Gaëlle",
        "Loïc",
    ],
    "en": [
        "Emma",
        "James",
        "Olivia",
        "Liam",
        "Charlotte",
        "Ciarán",
        "Aoife",
        "Harry",
        "Sophie",
        "Daniel",
        "Niamh",
        "Tom",
    ],
    "es": [
        "Lucía",
        "Javier",
        "Marta",
        "Pablo",
        "Elena",
        "Sergio",
        "Carmen",
        "Diego",
        "Nuria",
        "Álvaro",
        "Irene",
    ],
    "it": [
        "Giulia",
        "Marco",
        "Chiara",
        "Luca",
        "Francesca",
        "Matteo",
        "Sara",
        "Davide",
        "Elisa",
        "Andrea",
        "Paola",
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
        "Miguel",
        "Leonor",
    ],
}
LAST: dict[str, list[str]] = {
    "de": [
        "Hoffmann",
        "Becker",
        "Schulz",
        "Wagner",
        "Krüger",
        "Neumann",
        "Brandt",
        "Vogel",
        "Lorenz",
        "Hartmann",
        "Pichler",
        "Gruber",
        "Huber",
        "Frei",
        "Meier",
        "Zimmermann",
        "Winkler",
        "Seidl",
        "Baumann",
        "Kessler",
    ],
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Lefèvre",
        "Moreau",
        "Laurent",
        "Girard",
        "Roux",
        "Fontaine",
        "Chevalier",
        "Perrin",
        "Lambert",
        "Dupont",
        "Marchand",
        "Renard",
        "Gauthier",
        "Peeters",
        "Janssens",
        "Weber",
        "Muller",
    ],
    "en": [
        "Walsh",
        "Thompson",
        "Murphy",
        "Clarke",
        "Hughes",
        "Byrne",
        "Patel",
        "Kelly",
        "Evans",
        "Doyle",
    ],
    "es": [
        "García",
        "Fernández",
        "López",
        "Martín",
        "Sánchez",
        "Romero",
        "Navarro",
        "Torres",
        "Ruiz",
        "Ortega",
    ],
    "it": [
        "Rossi",
        "Bianchi",
        "Colombo",
        "Ferrari",
        "Russo",
        "Greco",
        "Conti",
        "Marino",
        "Gallo",
        "Fontana",
    ],
    "pt": [
        "Silva",
        "Santos",
        "Ferreira",
        "Pereira",
        "Costa",
        "Oliveira",
        "Rodrigues",
        "Martins",
        "Sousa",
        "Carvalho",
    ],
}
JOBS = [
    "nurse",
    "teacher",
    "bus driver",
    "accountant",
    "pharmacist",
    "IT support",
    "baker",
    "engineer",
    "student",
    "retired",
    "shop owner",
    "architect",
    "midwife",
    "police officer",
    "chef",
    "physiotherapist",
    "lawyer",
    "gardener",
]
NIGHT_JOBS = [
    "night nurse",
    "baker",
    "petrol-station night shift",
    "paramedic",
    "parent of a newborn",
    "air-traffic controller",
]
AGENTS: dict[str, list[str]] = {
    "de": ["Jana", "Timo", "Lea"],
    "fr": ["Camille", "Hugo", "Inès"],
    "en": ["Megan", "Rory"],
    "es": ["Paula", "Rubén"],
    "it": ["Silvia", "Enrico"],
    "pt": ["Rita", "Nuno"],
}
MAIL_DOMAINS: dict[str, list[str]] = {
    "de": ["postfach.example", "webmail-de.example", "netzpost.example"],
    "fr": ["courriel.example", "boite-mail.example", "lamaison.example"],
    "en": ["inbox.example", "mailbox-uk.example"],
    "es": ["correo.example", "buzon.example"],
    "it": ["posta.example", "casella.example"],
    "pt": ["correio.example", "caixa.example"],
}
SOURCES = {
    "email": "ritrava-mail",
    "phone": "ritrava-voice",
    "social": "ritrava-social",
    "community": "ritrava-forum",
    "chat": "ritrava-chat",
    "web": "ritrava-web",
    "survey": "ritrava-survey",
}
FAMILIES = [
    "happy_writers",
    "one_bad_day",
    "repeat_contacts",
    "slow_churners",
    "quiet_hours",
    "bilingual",
    "b2b_accounts",
    "topic_spike",
]
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
LEAVER_TOL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
B2B_RISK_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
B2B_ONE_TOL = ["sentiment_drop", "high_value_at_risk", "silence"]

USED: dict[str, set[str]] = {
    "id": set(),
    "email": set(),
    "phone": set(),
    "handle": set(),
    "case": set(),
    "account": set(),
}


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def ascii_name(s: str) -> str:
    s = (
        s.replace("ä", "ae")
        .replace("ö", "oe")
        .replace("ü", "ue")
        .replace("Ä", "Ae")
        .replace("Ö", "Oe")
        .replace("Ü", "Ue")
        .replace("ß", "ss")
    )
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(ch for ch in s.lower() if ch.isalnum())


def strip_accents(text: str) -> str:
    table = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
    out: list[str] = []
    for ch in text:
        if ch in table:
            out.append(table[ch])
        elif ch in "ßñÑ":
            out.append(ch)
        else:
            decomposed = unicodedata.normalize("NFD", ch)
            base = "".join(c for c in decomposed if not unicodedata.combining(c))
            out.append(unicodedata.normalize("NFC", base) if base else ch)
    return "".join(out)


def fill(template: str, **kw: str) -> str:
    return template.format_map({"b": BRAND, **kw})


def money(eur: float, market: str, lang: str, spoken: bool = False) -> str:
    if market == "UK":
        v = round(eur * 0.86)
        return f"{v} pounds" if spoken else f"£{v}"
    if market == "CH":
        v = round(eur * 0.94)
        if spoken:
            return {"de": f"{v} Franken", "fr": f"{v} francs", "it": f"{v} franchi"}.get(
                lang, f"{v} francs"
            )
        return f"{v} CHF" if lang == "fr" else f"CHF {v}"
    whole = eur == int(eur)
    if spoken:
        word = {
            "de": "Euro",
            "en": "euros",
            "fr": "euros",
            "es": "euros",
            "it": "euro",
            "pt": "euros",
        }[lang]
        return f"{int(eur) if whole else str(eur).replace('.', ',')} {word}"
    num = f"{int(eur)}" if whole else f"{eur:.2f}".replace(".", ",")
    if lang == "en":
        return f"€{num}" if whole else f"€{eur:.2f}"
    return f"{num} €"


def currency(market: str) -> str:
    return {"UK": "GBP", "CH": "CHF"}.get(market, "EUR")


def price(eur: float, market: str) -> str:
    if market == "UK":
        return f"{eur * 0.86:.2f}"
    if market == "CH":
        return f"{eur * 0.94:.2f}"
    return f"{eur:.2f}"


FUNCTION_WORDS = {
    "Ich",
    "Die",
    "Der",
    "Das",
    "Mir",
    "Wir",
    "Und",
    "Auf",
    "Ihr",
    "Zum",
    "Bei",
    "Beim",
    "Eine",
    "Ein",
    "Wozu",
    "Dritter",
    "Drei",
    "Es",
    "Wie",
    "Für",
    "Naja",
    "Immer",
    "Nochmal",
}


def transcript(text: str, lang: str) -> str:
    """A written sentence as speech-to-text gives it: no punctuation, lower case."""
    keep = {BRAND, *COMPETITORS, "Family", "Pass"}
    out: list[str] = []
    for raw in text.replace("\n", " ").split():
        tok = raw.strip(".,!?;:()\"«»'“”")
        tok = tok.replace("?", "").replace("!", "")
        if not tok or all(not ch.isalnum() for ch in tok):
            continue
        if any(ch.isdigit() for ch in tok) or tok in keep:
            out.append(tok)
        elif tok.isupper() and len(tok) > 1:
            out.append(tok.lower())
        elif lang == "de":
            out.append(tok.lower() if tok in FUNCTION_WORDS else tok)
        else:
            out.append(tok.lower())
    return " ".join(out)


def mention(text: str) -> str:
    text = text.replace("@" + BRAND + " ", "")
    idx = text.rfind(BRAND)
    if idx >= 0:
        return text[:idx] + "@" + text[idx:]
    return "@" + BRAND + " " + text


def plain(text: str) -> str:
    return text.replace("@" + BRAND + " ", "")


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

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Fam:
    name: str
    code: str
    start: datetime
    days: int
    about: str
    rng: random.Random
    rough: random.Random
    rows: list[dict[str, Any]] = field(default_factory=list)
    customers: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    counter: int = 0

    def day(self, d: int, h0: float, h1: float) -> datetime:
        minutes = self.rng.randint(int(h0 * 60), int(h1 * 60))
        return self.start + timedelta(days=d, minutes=minutes, seconds=self.rng.randint(0, 59))


def pick_lang(rng: random.Random) -> str:
    langs = list(LANG_WEIGHTS)
    return rng.choices(langs, weights=[LANG_WEIGHTS[x] for x in langs])[0]


def pick_market(rng: random.Random, lang: str) -> str:
    opts = MARKETS[lang]
    return rng.choices([m for m, _ in opts], weights=[w for _, w in opts])[0]


def town(rng: random.Random, market: str, lang: str) -> str:
    if market == "CH":
        key = "CH-" + (lang if lang in ("de", "fr", "it") else "de")
        return rng.choice(TOWNS[key])
    return rng.choice(TOWNS[market])


def make_phone(rng: random.Random, market: str) -> str:
    def digits(n: int) -> str:
        return "".join(str(rng.randint(0, 9)) for _ in range(n))

    while True:
        if market == "DE":
            p = "+49" + rng.choice(["151", "152", "160", "162", "170", "176", "177"]) + digits(8)
        elif market == "AT":
            p = "+43" + rng.choice(["660", "664", "676", "699"]) + digits(7)
        elif market == "CH":
            p = "+41" + rng.choice(["76", "77", "78", "79"]) + digits(7)
        elif market == "FR":
            p = "+33" + rng.choice(["6", "7"]) + digits(8)
        elif market == "BE":
            p = "+32" + rng.choice(["470", "475", "486", "494"]) + digits(6)
        elif market == "LU":
            p = "+352" + rng.choice(["621", "661", "691"]) + digits(6)
        elif market == "UK":
            p = "+447" + rng.choice(["4", "5", "7", "8", "9"]) + digits(8)
        elif market == "IE":
            p = "+353" + rng.choice(["83", "85", "86", "87"]) + digits(7)
        elif market == "ES":
            p = "+346" + digits(8)
        elif market == "IT":
            p = "+39" + rng.choice(["320", "333", "340", "347", "389"]) + digits(7)
        else:
            p = "+351" + rng.choice(["91", "92", "93", "96"]) + digits(7)
        if p not in USED["phone"]:
            USED["phone"].add(p)
            return p


def cc_len(phone: str) -> int:
    for cc in ("352", "353", "351"):
        if phone[1:].startswith(cc):
            return 3
    return 2


def new_customer(
    fam: Fam,
    lang: str | None = None,
    market: str | None = None,
    persona: str = "happy",
    habit: str = "day writer",
    expected: list[str] | None = None,
    tolerated: list[str] | None = None,
    account: str | None = None,
    company_domain: str | None = None,
    job: str | None = None,
    first_taken: set[str] | None = None,
) -> Cust:
    rng = fam.rng
    lang = lang or pick_lang(rng)
    market = market or pick_market(rng, lang)
    while True:
        cid = f"RV{fam.code}{rng.randint(1000, 9999)}"
        if cid not in USED["id"]:
            USED["id"].add(cid)
            break
    while True:
        first = rng.choice(FIRST[lang])
        if first_taken is None or first not in first_taken:
            break
    if first_taken is not None:
        first_taken.add(first)
    last = rng.choice(LAST[lang])
    a, z = ascii_name(first), ascii_name(last)
    while True:
        if company_domain:
            local = rng.choice([f"{a}.{z}", f"{a[0]}.{z}", f"{a}{z[0]}"])
            email = f"{local}@{company_domain}"
        else:
            local = rng.choice(
                [
                    f"{a}.{z}",
                    f"{a[0]}{z}{rng.randint(1, 99)}",
                    f"{z}.{a}{rng.randint(70, 99)}",
                    f"{a}{z}",
                ]
            )
            email = f"{local}@{rng.choice(MAIL_DOMAINS[lang])}"
        if email not in USED["email"]:
            USED["email"].add(email)
            break
    handle: str | None = None
    if company_domain is None:
        while True:
            h = rng.choice(
                [
                    f"{z}_{a}{rng.randint(1, 9)}",
                    f"{a}{z}{rng.randint(10, 99)}",
                    f"{z}{a[0]}",
                    f"{a}_{z}",
                    f"{a}.{z[:4]}",
                ]
            )
            if h not in USED["handle"]:
                USED["handle"].add(h)
                handle = "@" + h
                break
    phone = make_phone(rng, market)
    tr: dict[str, Any] = {
        "identifiers": {
            "customer_id": cid,
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
        "job": job or rng.choice(JOBS),
        "town": town(rng, market, lang),
    }
    c = Cust(cid, lang, market, first, last, email, phone, handle, account, tr)
    fam.customers[cid] = c
    return c


def roughen(fam: Fam, text: str) -> str:
    r = fam.rough
    if r.random() < 0.10:
        text = strip_accents(text)
    if r.random() < 0.125 and text[:1].isupper() and text[1:2].islower():
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


KIND = {
    "email": "message",
    "phone": "call",
    "social": "mention",
    "community": "post",
    "chat": "chat",
    "survey": "survey_response",
}


def add(
    fam: Fam,
    c: Cust,
    t: datetime,
    channel: str,
    kind: str | None = None,
    text: str | None = None,
    subject: str | None = None,
    outbound: bool = False,
    scores: dict[str, int] | None = None,
    attrs: dict[str, str] | None = None,
    rough: bool = True,
) -> str:
    fam.counter += 1
    eid = f"rv100-{fam.code.lower()}-{fam.counter:05d}"
    if text is not None and not outbound:
        text = mention(text) if channel == "social" and c.account is None else plain(text)
        if rough and channel not in ("phone", "survey"):
            text = roughen(fam, text)
    a: dict[str, str] = {"market": c.market}
    if c.account:
        a["segment"] = "b2b"
    if outbound:
        a["agent"] = fam.rng.choice(AGENTS[c.lang])
    a.update(attrs or {})
    row: dict[str, Any] = {
        "event_id": eid,
        "occurred_at": iso(t),
        "channel": channel,
        "kind": kind or KIND.get(channel, "message"),
        "direction": "outbound" if outbound else "inbound",
        "customer": {},
        "text": text,
        "subject": subject,
        "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
        "source": SOURCES[channel],
        "attributes": a,
        "_t": t,
        "_c": c.key,
        "_n": fam.counter,
    }
    fam.rows.append(row)
    return eid


def morning(fam: Fam, t: datetime, lo: int = 7, hi: int = 21) -> datetime:
    """Moved out of the night: a time between hi and lo goes to the next morning."""
    if t.hour >= hi:
        nxt = (t + timedelta(days=1)).replace(hour=lo, minute=fam.rng.randint(5, 55))
        return nxt
    if t.hour < lo:
        return t.replace(hour=lo, minute=fam.rng.randint(5, 55))
    return t


def office(fam: Fam, t: datetime, lo: int = 8, hi: int = 17) -> datetime:
    while t.weekday() >= 5 or t.hour >= hi or t.hour < lo:
        if t.hour >= hi or t.weekday() >= 5:
            t = (t + timedelta(days=1)).replace(hour=lo, minute=fam.rng.randint(2, 50))
        else:
            t = t.replace(hour=lo, minute=fam.rng.randint(2, 50))
    return t


def new_case(rng: random.Random) -> str:
    while True:
        ref = f"RV-{rng.randint(100000, 999999)}"
        if ref not in USED["case"]:
            USED["case"].add(ref)
            return ref


def reply_email(fam: Fam, c: Cust, t: datetime, pair: tuple[str, str], **kw: str) -> str:
    subject, body = pair
    return add(
        fam,
        c,
        t,
        "email",
        text=fill(body, first=c.first, **kw),
        subject=fill(subject, **kw),
        outbound=True,
    )


# ---- happy acts ---------------------------------------------------------------------


def happy_act(
    fam: Fam,
    c: Cust,
    t: datetime,
    surveys: bool = True,
    kinds: list[str] | None = None,
    lang: str | None = None,
) -> list[str]:
    rng = fam.rng
    lg = lang or c.lang
    choices = kinds or [
        "praise",
        "praise",
        "again",
        "gripe",
        "chat_q",
        "chat_q",
        "email_q",
        "phone_q",
        "purchase",
        "purchase",
        "page",
        "review",
    ] + (["survey"] if surveys else [])
    what = rng.choice(choices)
    ids: list[str] = []
    if what in ("praise", "again", "gripe"):
        table = {"praise": W.PRAISE, "again": W.PRAISE_AGAIN, "gripe": W.PRAISE_GRIPE}[what]
        ch = rng.choice(["social", "community"])
        ids.append(add(fam, c, t, ch, text=fill(rng.choice(table[lg]))))
    elif what == "chat_q":
        q, a = rng.choice(W.QUESTIONS[lg])
        ids.append(add(fam, c, t, "chat", text=q))
        t2 = t + timedelta(minutes=rng.randint(1, 6))
        add(fam, c, t2, "chat", text=a, outbound=True)
        if rng.random() < 0.6:
            ids.append(
                add(
                    fam,
                    c,
                    t2 + timedelta(minutes=rng.randint(1, 4)),
                    "chat",
                    text=rng.choice(W.THANKS[lg]),
                )
            )
    elif what == "email_q":
        q, a = rng.choice(W.QUESTIONS[lg])
        subj = q.split("?")[0][:40].strip()
        ids.append(add(fam, c, t, "email", text=q, subject=subj))
        t2 = morning(fam, t + timedelta(minutes=rng.randint(25, 150)))
        add(fam, c, t2, "email", text=a, subject="Re: " + subj, outbound=True)
    elif what == "phone_q":
        q, a = rng.choice(W.PHONE_Q[lg])
        ids.append(add(fam, c, t, "phone", text=q))
        add(
            fam,
            c,
            t + timedelta(minutes=rng.randint(5, 20)),
            "email",
            text=a,
            subject=BRAND,
            outbound=True,
        )
    elif what == "purchase":
        label, eur, page = rng.choice(W.PRODUCTS)
        ids.append(add(fam, c, t, "web", "page_view", attrs={"page": page}))
        ids.append(
            add(
                fam,
                c,
                t + timedelta(minutes=rng.randint(2, 10)),
                "web",
                "purchase",
                attrs={
                    "page": page,
                    "product": label,
                    "order_value": price(eur, c.market),
                    "currency": currency(c.market),
                },
            )
        )
    elif what == "page":
        ids.append(add(fam, c, t, "web", "page_view", attrs={"page": rng.choice(W.PAGES)}))
    elif what == "review":
        ids.append(
            add(
                fam,
                c,
                t,
                "web",
                "review",
                text=rng.choice(W.REVIEWS[lg]),
                attrs={"rating": rng.choice(["5", "5", "4"]), "page": "/reviews"},
            )
        )
    else:
        ids.append(happy_survey(fam, c, t, lg))
    return ids


def happy_survey(fam: Fam, c: Cust, t: datetime, lang: str | None = None) -> str:
    rng = fam.rng
    kind = rng.choice(["nps", "csat", "ces"])
    score = {"nps": rng.randint(9, 10), "csat": rng.randint(4, 5), "ces": rng.randint(6, 7)}[kind]
    words = rng.choice(W.SURVEY_WORDS[lang or c.lang])
    return add(
        fam, c, t, "survey", text=words or None, scores={kind: score}, attrs={"survey": kind}
    )


def low_survey(
    fam: Fam, c: Cust, t: datetime, kind: str, lang: str | None = None
) -> tuple[str, int]:
    rng = fam.rng
    score = rng.randint(1, 5) if kind == "nps" else rng.randint(1, 2)
    words = rng.choice(W.LOW_SURVEY_WORDS[lang or c.lang])
    return add(
        fam, c, t, "survey", text=words or None, scores={kind: score}, attrs={"survey": kind}
    ), score


def spread_days(rng: random.Random, days: list[int], n: int) -> list[int]:
    return sorted(rng.sample(days, min(n, len(days))))


# ---- complaints ---------------------------------------------------------------------


def complaint_text(
    fam: Fam, c: Cust, problem: str, t: datetime, lang: str | None = None, spoken: bool = False
) -> str:
    lg = lang or c.lang
    tmpl = fam.rng.choice(W.COMPLAINT[lg][problem])
    return fill(
        tmpl,
        amt=money(W.PROBLEM_AMOUNT[problem], c.market, lg, spoken),
        day=W.WEEKDAYS[lg][t.weekday()],
    )


def first_contact(
    fam: Fam,
    c: Cust,
    t: datetime,
    channel: str,
    problem: str,
    lang: str | None = None,
    long_email: bool = False,
) -> str:
    lg = lang or c.lang
    short = W.SHORT[lg][problem]
    if channel == "phone":
        text = (
            fill(W.CALL_OPEN[lg], name=c.name)
            + " "
            + transcript(complaint_text(fam, c, problem, t, lg, spoken=True), lg)
        )
        return add(fam, c, t, "phone", text=text)
    body = complaint_text(fam, c, problem, t, lg)
    if channel == "email":
        if long_email:
            body = fill(fam.rng.choice(W.LONG_EMAIL[lg]), complaint=body, name=c.name)
        return add(
            fam, c, t, "email", text=body, subject=fill(W.COMPLAINT_SUBJECT[lg], short=short)
        )
    if channel == "web":
        return add(
            fam,
            c,
            t,
            "web",
            "ticket",
            text=body,
            subject=fill(W.COMPLAINT_SUBJECT[lg], short=short),
            attrs={"page": "/contact"},
        )
    return add(fam, c, t, channel, text=body)


def later_contact(
    fam: Fam,
    c: Cust,
    t: datetime,
    channel: str,
    n: int,
    problem: str,
    case: str,
    comp: str | None,
    lang: str | None = None,
) -> str:
    lg = lang or c.lang
    short = W.SHORT[lg][problem]
    table = W.AGAIN if n == 2 else W.THIRD if n == 3 else W.FOURTH
    text = fill(fam.rng.choice(table[lg]), case=case, short=short, comp=comp or "")
    if channel == "phone":
        return add(
            fam, c, t, "phone", text=fill(W.CALL_OPEN[lg], name=c.name) + " " + transcript(text, lg)
        )
    if channel == "email":
        return add(fam, c, t, "email", text=text, subject=fill(W.REPLY_SUBJECT[lg], case=case))
    if channel == "web":
        return add(
            fam,
            c,
            t,
            "web",
            "ticket",
            text=text,
            subject=fill(W.REPLY_SUBJECT[lg], case=case),
            attrs={"page": "/contact"},
        )
    eid = add(fam, c, t, channel, text=text)
    if channel == "chat":
        add(
            fam,
            c,
            t + timedelta(minutes=fam.rng.randint(1, 5)),
            "chat",
            text=fill(W.URGENT[lg], case=case),
            outbound=True,
        )
    return eid


def acknowledge(
    fam: Fam, c: Cust, t: datetime, channel: str, case: str, lang: str | None = None
) -> None:
    lg = lang or c.lang
    if channel == "chat":
        add(
            fam,
            c,
            t + timedelta(minutes=fam.rng.randint(1, 4)),
            "chat",
            text=fill(W.CHAT_CASE[lg], case=case),
            outbound=True,
        )
    elif channel != "social":
        reply_email(
            fam,
            c,
            morning(fam, t + timedelta(minutes=fam.rng.randint(10, 40))),
            W.CASE_OPENED[lg],
            case=case,
        )


def fixed_case(
    fam: Fam,
    c: Cust,
    t: datetime,
    channel: str,
    problem: str,
    confirm_lang: str | None = None,
    lang: str | None = None,
) -> dict[str, Any]:
    """A problem raised, fixed and confirmed (naming the case)."""
    rng = fam.rng
    lg = lang or c.lang
    cl = confirm_lang or lg
    case = new_case(rng)
    eid = first_contact(fam, c, t, channel, problem, lg)
    acknowledge(fam, c, t, channel, case, lg)
    t_fix = morning(fam, t + timedelta(hours=rng.uniform(3, 20)))
    reply_email(fam, c, t_fix, W.GOOD_NEWS[cl], case=case, fix=W.FIX[cl][problem])
    t_conf = morning(fam, t_fix + timedelta(hours=rng.uniform(8, 30)))
    conf_channel = rng.choice(["email", "chat"])
    text = fill(rng.choice(W.CONFIRM[cl]), case=case)
    if conf_channel == "email":
        conf = add(fam, c, t_conf, "email", text=text, subject=fill(W.REPLY_SUBJECT[cl], case=case))
    else:
        conf = add(fam, c, t_conf, "chat", text=text)
        add(
            fam,
            c,
            t_conf + timedelta(minutes=rng.randint(1, 4)),
            "chat",
            text=rng.choice(W.THANKS[cl]),
            outbound=True,
        )
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(t_fix),
        "confirmed_at": iso(t_conf),
        "problem_event_ids": [eid],
        "confirm_event_id": conf,
        "channel": channel,
        "confirm_channel": conf_channel,
    }


def repeat_run(
    fam: Fam,
    c: Cust,
    t0: datetime,
    first_channel: str,
    problem: str,
    contacts: int,
    quality: bool,
    langs: list[str] | None = None,
) -> None:
    rng = fam.rng

    def lg_of(i: int) -> str:
        return langs[i % 2] if langs else c.lang

    case = new_case(rng)
    comp = rng.choice(COMPETITORS) if contacts >= 3 else None
    ids = [first_contact(fam, c, t0, first_channel, problem, lg_of(0))]
    if first_channel == "chat":
        add(
            fam,
            c,
            t0 + timedelta(minutes=rng.randint(1, 4)),
            "chat",
            text=fill(W.CHAT_CASE[lg_of(0)], case=case),
            outbound=True,
        )
    if quality:
        reply_email(
            fam,
            c,
            morning(fam, t0 + timedelta(minutes=rng.randint(90, 150))),
            W.QUALITY_LEAD[lg_of(0)],
            case=case,
        )
    elif first_channel != "chat":
        reply_email(
            fam,
            c,
            morning(fam, t0 + timedelta(minutes=rng.randint(10, 40))),
            W.CASE_OPENED[lg_of(0)],
            case=case,
        )
    pool = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != first_channel]
    rng.shuffle(pool)
    channels = [first_channel]
    t = t0
    for n in range(2, contacts + 1):
        t = t + timedelta(hours=rng.uniform(4, 40))
        if t.hour >= 22 or t.hour < 7:
            base = t if t.hour < 7 else t + timedelta(days=1)
            t = base.replace(hour=8, minute=rng.randint(0, 59))
        ch = pool.pop()
        channels.append(ch)
        ids.append(later_contact(fam, c, t, ch, n, problem, case, comp, lg_of(n - 1)))
    c.truth.update(
        {
            "problem": problem,
            "booking": case,
            "contacts": contacts,
            "channels": channels,
            "channel": first_channel,
            "problem_event_ids": ids,
            "agent_passed_on": quality,
            "competitor": comp,
            "trouble_starts_at": iso(t0),
        }
    )


def slide(fam: Fam, c: Cust, d0: int, span: int, nps: bool, langs: list[str] | None = None) -> None:
    rng = fam.rng

    def lg_of(i: int) -> str:
        return langs[i % 2] if langs else c.lang

    comp = rng.choice(COMPETITORS)
    offsets = sorted([0.0, float(span), *(rng.uniform(0, span) for _ in range(4))])
    base_hour = rng.uniform(9, 14)
    times: list[datetime] = []
    for off in offsets:
        t = fam.start + timedelta(days=d0 + off, hours=base_hour)
        t = t.replace(second=rng.randint(0, 59))
        t = morning(fam, t, 8, 21)
        if times and t < times[-1] + timedelta(hours=1):
            t = times[-1] + timedelta(hours=1, minutes=rng.randint(5, 50))
            t = morning(fam, t, 8, 21)
        times.append(t)
    chosen = {lg: rng.choice(W.SLIDE[lg]) for lg in sorted(set(langs or [c.lang]))}
    ids: list[str] = []
    ratings = ["3", "3", "2", "2", "1", "1"]
    for i, t in enumerate(times):
        text = fill(chosen[lg_of(i)][i], comp=comp)
        ch = rng.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                add(
                    fam,
                    c,
                    t,
                    "web",
                    "review",
                    text=text,
                    attrs={"rating": ratings[i], "page": "/reviews"},
                )
            )
        else:
            ids.append(add(fam, c, t, ch, text=text))
    c.truth.update(
        {
            "slide_event_ids": ids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": iso(times[0]),
        }
    )
    if nps:
        t = morning(fam, times[3] + timedelta(minutes=rng.randint(150, 210)), 8, 21)
        eid, score = low_survey(fam, c, t, "nps", lg_of(3))
        c.truth.update({"nps_given": True, "nps": score, "survey_event_id": eid})


# ---- families -----------------------------------------------------------------------


def happy_writers(fam: Fam) -> None:
    rng = fam.rng
    days = list(range(fam.days))
    for _ in range(16):
        c = new_customer(fam)
        for d in spread_days(rng, days, rng.randint(5, 8)):
            happy_act(fam, c, fam.day(d, 7, 19))
    for _ in range(5):
        c = new_customer(fam, habit="night writer", job=rng.choice(NIGHT_JOBS))
        nights = spread_days(rng, days[:-1], rng.randint(2, 4))
        night_ids: list[str] = []
        for d in nights:
            t = fam.day(d, 22.2, 28.5)
            night_ids += night_act(fam, c, t)
        for d in spread_days(rng, [x for x in days if x not in nights], rng.randint(2, 3)):
            happy_act(fam, c, fam.day(d, 9, 18), kinds=["praise", "purchase", "page", "review"])
        c.truth["night_event_ids"] = night_ids
    for _ in range(5):
        c = new_customer(fam, habit="answers surveys")
        for d in spread_days(rng, days, rng.randint(3, 6)):
            happy_survey(fam, c, fam.day(d, 8, 20))


def night_act(fam: Fam, c: Cust, t: datetime, lang: str | None = None) -> list[str]:
    rng = fam.rng
    lg = lang or c.lang
    if rng.random() < 0.5:
        return [
            add(
                fam,
                c,
                t,
                rng.choice(["social", "community"]),
                text=fill(rng.choice(W.NIGHT_POST[lg])),
            )
        ]
    q, a = rng.choice(W.NIGHT_Q[lg])
    ids = [add(fam, c, t, "chat", text=q)]
    t2 = t + timedelta(minutes=rng.randint(1, 6))
    add(fam, c, t2, "chat", text=a, outbound=True)
    ids.append(
        add(
            fam, c, t2 + timedelta(minutes=rng.randint(1, 3)), "chat", text=rng.choice(W.THANKS[lg])
        )
    )
    return ids


def one_bad_day(fam: Fam) -> None:
    rng = fam.rng
    problems = [p for p in W.PROBLEMS for _ in range(4)]
    rng.shuffle(problems)
    channels = (
        ["long_email"] * 4
        + ["email"] * 4
        + ["chat"] * 4
        + ["social"] * 4
        + ["web"] * 4
        + ["phone"] * 4
    )
    long_langs = ["de", "de", "fr", "fr"]
    with_case = [i for i, ch in enumerate(channels) if ch != "social"]
    rng.shuffle(with_case)
    nps_set = set(with_case[:6])
    csat_set = set(with_case[6:11])
    good = with_case[:]
    rng.shuffle(good)
    good_set = set(good[:12])
    apol_set = set(good[:5])
    for i, ch in enumerate(channels):
        lang = long_langs.pop() if ch == "long_email" else None
        persona = "bad_day_detractor" if i in nps_set else "happy_one_bad_day"
        c = new_customer(
            fam,
            lang=lang,
            persona=persona,
            habit="one bad day",
            expected=["detractor"] if i in nps_set else [],
            tolerated=["silence"],
        )
        bd = rng.randint(2, 9)
        t = fam.day(bd, 8, 20)
        ok_days = [d for d in range(fam.days) if d <= bd - 2 or d >= bd + 3]
        for d in spread_days(rng, ok_days, rng.randint(1, 5)):
            happy_act(fam, c, fam.day(d, 7, 21), surveys=False)
        problem = problems[i]
        channel = "email" if ch == "long_email" else ch
        eid = first_contact(fam, c, t, channel, problem, long_email=ch == "long_email")
        case = new_case(rng) if ch != "social" else None
        if case:
            acknowledge(fam, c, t, channel, case)
        c.truth.update(
            {
                "problem": problem,
                "booking": case,
                "channel": channel,
                "long_email": ch == "long_email",
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(t),
                "nps_given": False,
                "csat_given": False,
                "agent_fixed": False,
                "apologised": False,
            }
        )
        if i in nps_set:
            sid, score = low_survey(fam, c, t + timedelta(minutes=rng.randint(100, 140)), "nps")
            c.truth.update({"nps_given": True, "nps": score, "survey_event_id": sid})
        if i in csat_set:
            sid, score = low_survey(fam, c, t + timedelta(minutes=rng.randint(40, 80)), "csat")
            c.truth.update({"csat_given": True, "csat": score, "survey_event_id": sid})
        if i in good_set and case:
            reply_email(
                fam,
                c,
                morning(fam, t + timedelta(hours=rng.uniform(1, 4))),
                W.GOOD_NEWS[c.lang],
                case=case,
                fix=W.FIX[c.lang][problem],
            )
            c.truth["agent_fixed"] = True
            if i in apol_set:
                ta = morning(fam, t + timedelta(hours=rng.uniform(16, 24)))
                ach = rng.choice(["chat", "email"])
                aid = add(
                    fam,
                    c,
                    ta,
                    ach,
                    text=rng.choice(W.APOLOGY[c.lang]),
                    subject=fill(W.REPLY_SUBJECT[c.lang], case=case) if ach == "email" else None,
                )
                c.truth.update({"apologised": True, "apology_at": iso(ta), "apology_event_id": aid})
    for _ in range(8):
        c = new_customer(fam, habit="control")
        for d in spread_days(rng, list(range(fam.days)), rng.randint(4, 7)):
            happy_act(fam, c, fam.day(d, 7, 21), surveys=False)


def repeat_contacts(fam: Fam) -> None:
    rng = fam.rng
    counts = [2] * 4 + [3] * 4 + [4] * 4
    rng.shuffle(counts)
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    rng.shuffle(firsts)
    quality = [True] * 6 + [False] * 6
    rng.shuffle(quality)
    for i in range(12):
        c = new_customer(
            fam,
            persona="repeat_contact",
            habit="repeats",
            expected=["repeat_contact"],
            tolerated=REPEAT_TOL,
        )
        for _ in range(rng.randint(1, 3)):
            happy_act(fam, c, fam.day(0, 7, 12), surveys=False)
        t0 = fam.day(rng.randint(1, 4), 8, 19)
        repeat_run(fam, c, t0, firsts[i], rng.choice(W.PROBLEMS), counts[i], quality[i])
    for _ in range(5):
        c = new_customer(
            fam, persona="resolved_between_contacts", habit="fixed", tolerated=["silence"]
        )
        for _ in range(rng.randint(1, 3)):
            happy_act(fam, c, fam.day(0, 7, 12), surveys=False)
        t0 = fam.day(rng.randint(1, 4), 8, 19)
        case = fixed_case(
            fam, c, t0, rng.choice(["web", "email", "chat", "phone"]), rng.choice(W.PROBLEMS)
        )
        c.truth.update(
            {"problems": [case], "trouble_starts_at": case["raised_at"], "booking": case["booking"]}
        )
    for _ in range(3):
        c = new_customer(
            fam, persona="different_problems", habit="two problems", tolerated=["silence"]
        )
        happy_act(fam, c, fam.day(0, 7, 12), surveys=False)
        p1, p2 = rng.sample(list(W.PROBLEMS), 2)
        d1 = rng.randint(1, 2)
        a = fixed_case(fam, c, fam.day(d1, 8, 18), rng.choice(["web", "email", "chat"]), p1)
        b = fixed_case(
            fam,
            c,
            fam.day(d1 + rng.randint(4, 5), 8, 18),
            rng.choice(["web", "email", "chat", "phone"]),
            p2,
        )
        c.truth.update({"problems": [a, b], "trouble_starts_at": a["raised_at"]})
    for _ in range(7):
        c = new_customer(fam, habit="frequent writer")
        for d in spread_days(rng, list(range(fam.days)), rng.randint(5, 8)):
            happy_act(
                fam,
                c,
                fam.day(d, 7, 20),
                kinds=["chat_q", "chat_q", "email_q", "email_q", "phone_q", "praise", "purchase"],
            )


def slow_churners(fam: Fam) -> None:
    rng = fam.rng
    spans = [3] + [5] * 5 + [9] * 4
    rng.shuffle(spans)
    nps = [True] * 5 + [False] * 5
    rng.shuffle(nps)
    for i in range(10):
        c = new_customer(
            fam,
            persona="slow_churner",
            habit="slides",
            expected=["sentiment_drop"] + (["detractor"] if nps[i] else []),
            tolerated=SLIDE_TOL,
        )
        n_praise = rng.randint(4, 5)
        n_other = rng.randint(2, 4)
        order = ["post"] * n_praise + ["other"] * n_other
        rng.shuffle(order)
        for what, d in zip(
            order, spread_days(rng, list(range(11)), n_praise + n_other), strict=True
        ):
            kinds = (
                ["praise", "praise", "again"]
                if what == "post"
                else ["purchase", "page", "review", "chat_q"]
            )
            happy_act(fam, c, fam.day(d, 8, 20), kinds=kinds)
        slide(fam, c, rng.randint(12, 16), spans[i], nps[i])
        c.truth.setdefault("nps_given", False)
    for _ in range(5):
        c = new_customer(
            fam,
            persona="slow_churner",
            habit="asks to cancel",
            expected=["churn_intent"],
            tolerated=LEAVER_TOL,
        )
        for d in spread_days(rng, list(range(16)), rng.randint(4, 6)):
            happy_act(fam, c, fam.day(d, 8, 20), surveys=False)
        t = fam.day(rng.randint(17, 23), 8, 20)
        subj, body = rng.choice(W.LEAVE[c.lang])
        eid = add(fam, c, t, "email", text=body, subject=subj)
        t2 = morning(fam, t + timedelta(hours=rng.uniform(1, 5)))
        add(
            fam,
            c,
            t2,
            "email",
            text=fill(W.SORRY_GO[c.lang], first=c.first),
            subject="Re: " + subj,
            outbound=True,
        )
        t3 = morning(fam, t2 + timedelta(hours=rng.uniform(20, 30)), 8, 21)
        cid = add(
            fam,
            c,
            t3,
            "web",
            "cancellation",
            attrs={"page": "/account/family-pass", "product": "Family Pass"},
        )
        c.truth.update(
            {
                "churn_intent_event_id": eid,
                "cancellation_event_id": cid,
                "churn_at": iso(t3),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = new_customer(fam, habit="steady")
        for d in spread_days(rng, list(range(fam.days)), rng.randint(6, 10)):
            happy_act(fam, c, fam.day(d, 8, 20))
    for _ in range(5):
        c = new_customer(
            fam,
            persona="steadily_grumpy",
            habit="grumbles",
            tolerated=["repeat_contact", "silence"],
        )
        d = rng.randint(0, 4)
        grumbles = rng.sample(W.GRUMPY[c.lang], min(len(W.GRUMPY[c.lang]), rng.randint(5, 7)))
        ids: list[str] = []
        first_t: datetime | None = None
        for g in grumbles:
            t = fam.day(d, 8, 21)
            first_t = first_t or t
            ch = rng.choice(["social", "community", "web", "review"])
            if ch == "web":
                ids.append(add(fam, c, t, "web", "ticket", text=g, attrs={"page": "/contact"}))
            elif ch == "review":
                ids.append(
                    add(
                        fam,
                        c,
                        t,
                        "web",
                        "review",
                        text=g,
                        attrs={"rating": "3", "page": "/reviews"},
                    )
                )
            else:
                ids.append(add(fam, c, t, ch, text=g))
            d += rng.randint(1, 3)
        for _ in range(rng.randint(0, 2)):
            happy_act(fam, c, fam.day(rng.randint(0, 30), 9, 19), kinds=["purchase"])
        assert first_t is not None
        c.truth.update({"grumble_event_ids": ids, "trouble_starts_at": iso(first_t)})
    for _ in range(5):
        c = new_customer(
            fam, persona="happy_one_sarcastic_remark", habit="happy", tolerated=["silence"]
        )
        for d in spread_days(rng, list(range(16)), rng.randint(3, 6)):
            happy_act(
                fam, c, fam.day(d, 8, 20), kinds=["praise", "purchase", "page", "chat_q", "review"]
            )
        t = fam.day(rng.randint(17, 28), 9, 20)
        sid = add(
            fam, c, t, rng.choice(["social", "community"]), text=fill(rng.choice(W.SARCASM[c.lang]))
        )
        c.truth.update({"sarcasm_event_id": sid})


def quiet_hours(fam: Fam) -> None:
    rng = fam.rng
    for _ in range(16):
        c = new_customer(fam)
        for d in spread_days(rng, [0, 1, 2], rng.randint(1, 3)):
            happy_act(fam, c, fam.day(d, 7, 17.5))
    for i in range(4):
        c = new_customer(fam, persona="grumbles_once", habit="grumbles once", tolerated=["silence"])
        d = rng.randint(0, 2)
        t = fam.day(d, 9, 17)
        happy_act(fam, c, t, kinds=["page", "purchase"])
        t2 = t + timedelta(minutes=rng.randint(20, 30))
        text, answer = rng.choice(W.GRUMBLE_ONCE[c.lang])
        if i < 2:
            gid = add(fam, c, t2, "chat", text=text)
            add(
                fam,
                c,
                t2 + timedelta(minutes=rng.randint(2, 6)),
                "chat",
                text=answer,
                outbound=True,
            )
        else:
            gid = add(fam, c, t2, "web", "ticket", text=text, attrs={"page": "/contact"})
            reply_email(fam, c, t2 + timedelta(minutes=rng.randint(30, 90)), W.FORM_ACK[c.lang])
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(t2)})
    owls = 0
    for night in range(3):
        base = fam.start + timedelta(days=night + 1, minutes=rng.randint(40, 65))
        starts = [
            base,
            base + timedelta(minutes=rng.randint(28, 33)),
            base + timedelta(minutes=rng.randint(55, 65)),
        ]
        for b, bs in enumerate(starts):
            for _ in range(4):
                owls += 1
                c = new_customer(
                    fam,
                    persona="night_owl",
                    habit=f"night {night + 1}, burst {b + 1}",
                    job=rng.choice(NIGHT_JOBS),
                )
                t = bs + timedelta(seconds=rng.randint(0, 9 * 60 + 59))
                ids = night_act(fam, c, t)
                c.truth.update({"burst_at": iso(bs), "night_event_id": ids[0]})
                if owls % 2 == 0:
                    happy_act(
                        fam,
                        c,
                        fam.day(rng.randint(0, 2), 9, 17.5),
                        kinds=["praise", "purchase", "page", "chat_q"],
                    )


PAIRS = (
    [("de", "fr")] * 4
    + [("fr", "de")] * 5
    + [
        ("de", "en"),
        ("de", "en"),
        ("fr", "en"),
        ("fr", "en"),
        ("en", "fr"),
        ("de", "it"),
        ("it", "de"),
        ("fr", "it"),
        ("fr", "es"),
        ("es", "fr"),
        ("de", "pt"),
        ("pt", "fr"),
        ("fr", "pt"),
        ("en", "de"),
        ("de", "es"),
        ("it", "fr"),
        ("es", "de"),
        ("pt", "de"),
    ]
)
WHY_SECOND = {
    "de": "works for a German-speaking employer",
    "fr": "grew up in Romandy, speaks French with family",
    "en": "works for an English-speaking firm",
    "es": "partner is from Spain, Spanish at home",
    "it": "studied in Bologna, writes Italian with friends",
    "pt": "parents are Portuguese",
}


def bilingual(fam: Fam) -> None:
    rng = fam.rng
    pairs = PAIRS[:]
    rng.shuffle(pairs)
    # the German long e-mail needs German as the second language
    idx = next(i for i, p in enumerate(pairs) if p == ("fr", "de"))
    pairs.insert(0, pairs.pop(idx))
    roles = (
        ["bad_long", "bad_email", "bad_chat"]
        + ["repeat"] * 5
        + ["slide"] * 5
        + ["fixed"] * 2
        + ["happy"] * 12
    )
    for role, (l1, l2) in zip(roles, pairs, strict=True):
        markets = [m for m, _ in MARKETS[l1]] + [m for m, _ in MARKETS[l2]]
        market = rng.choice(markets)
        langs = [l1, l2]
        if role == "repeat":
            c = new_customer(
                fam, l1, market, "repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL
            )
        elif role == "slide":
            c = new_customer(
                fam, l1, market, "slow_churner", "slides", ["sentiment_drop"], SLIDE_TOL
            )
        elif role == "fixed":
            c = new_customer(fam, l1, market, "resolved_between_contacts", "fixed", [], ["silence"])
        elif role.startswith("bad"):
            c = new_customer(fam, l1, market, "happy_one_bad_day", "one bad day", [], ["silence"])
        else:
            c = new_customer(fam, l1, market, "happy", "alternates languages")
        c.truth.update({"languages": langs, "job_second_language": WHY_SECOND[l2]})
        if role == "happy":
            for j, d in enumerate(spread_days(rng, list(range(fam.days)), rng.randint(5, 8))):
                happy_act(fam, c, fam.day(d, 7, 21), lang=langs[j % 2])
        elif role == "repeat":
            for j in range(rng.randint(1, 3)):
                happy_act(
                    fam, c, fam.day(rng.randint(0, 1), 7, 12), surveys=False, lang=langs[j % 2]
                )
            n = [2, 2, 3, 3, 4][
                sum(1 for x in fam.customers.values() if x.truth["persona"] == "repeat_contact") - 1
            ]
            repeat_run(
                fam,
                c,
                fam.day(rng.randint(2, 5), 8, 19),
                rng.choice(["web", "email", "chat"]),
                rng.choice(W.PROBLEMS),
                n,
                n >= 3,
                langs,
            )
        elif role == "slide":
            days = spread_days(rng, list(range(6)), 5)
            for j, d in enumerate(days):
                happy_act(fam, c, fam.day(d, 8, 20), kinds=["praise", "again"], lang=langs[j % 2])
            for j in range(rng.randint(1, 3)):
                happy_act(
                    fam,
                    c,
                    fam.day(rng.randint(0, 5), 8, 20),
                    kinds=["purchase", "page", "chat_q"],
                    lang=langs[(j + 1) % 2],
                )
            slide(fam, c, rng.randint(7, 8), rng.randint(3, 5), False, langs)
        elif role == "fixed":
            for j in range(rng.randint(2, 3)):
                happy_act(
                    fam, c, fam.day(rng.randint(0, 3), 8, 20), surveys=False, lang=langs[j % 2]
                )
            case = fixed_case(
                fam,
                c,
                fam.day(rng.randint(4, 8), 8, 18),
                "web",
                rng.choice(W.PROBLEMS),
                confirm_lang=l2,
                lang=l1,
            )
            c.truth.update(
                {
                    "problems": [case],
                    "booking": case["booking"],
                    "trouble_starts_at": case["raised_at"],
                    "confirm_language": l2,
                }
            )
        else:
            bd = rng.randint(4, 10)
            t = fam.day(bd, 8, 20)
            for j, d in enumerate(
                spread_days(
                    rng,
                    [d for d in range(fam.days) if d <= bd - 2 or d >= bd + 3],
                    rng.randint(3, 5),
                )
            ):
                happy_act(fam, c, fam.day(d, 8, 20), surveys=False, lang=langs[j % 2])
            problem = rng.choice(W.PROBLEMS)
            channel = "chat" if role == "bad_chat" else "email"
            eid = first_contact(fam, c, t, channel, problem, l2, long_email=role == "bad_long")
            ref = new_case(rng)
            acknowledge(fam, c, t, channel, ref, l2)
            c.truth.update(
                {
                    "problem": problem,
                    "booking": ref,
                    "channel": channel,
                    "long_email": role == "bad_long",
                    "bad_day_at": iso(t),
                    "bad_day_event_id": eid,
                    "bad_day_language": l2,
                    "trouble_starts_at": iso(t),
                    "agent_fixed": channel == "email",
                    "apologised": False,
                }
            )
            if channel == "email":
                reply_email(
                    fam,
                    c,
                    morning(fam, t + timedelta(hours=rng.uniform(1, 4))),
                    W.GOOD_NEWS[l2],
                    case=ref,
                    fix=W.FIX[l2][problem],
                )
            if role == "bad_email":
                ta = morning(fam, t + timedelta(hours=rng.uniform(18, 24)))
                aid = add(fam, c, ta, "chat", text=rng.choice(W.APOLOGY[l2]))
                c.truth.update({"apologised": True, "apology_at": iso(ta), "apology_event_id": aid})


ACCOUNTS: list[dict[str, Any]] = [
    {
        "company": "Brenner Voss Rechtsanwälte",
        "domain": "brenner-voss.example",
        "site": "law_firm",
        "lang": "de",
        "market": "DE",
        "kind": "at_risk",
        "problem": "portal",
        "contacts": 5,
        "complainers": 3,
    },
    {
        "company": "Marktgemeinde Kirchbichl",
        "old": "Gemeinde Kirchbichl",
        "domain": "kirchbichl-gv.example",
        "site": "municipality",
        "lang": "de",
        "market": "AT",
        "kind": "at_risk",
        "problem": "invoice",
        "contacts": 4,
        "complainers": 3,
    },
    {
        "company": "Hôtel Les Tilleuls Annecy",
        "old": "SARL Tilleuls Hôtellerie",
        "domain": "tilleuls-annecy.example",
        "site": "hotel",
        "lang": "fr",
        "market": "FR",
        "kind": "at_risk",
        "problem": "invoice",
        "contacts": 6,
        "complainers": 4,
    },
    {
        "company": "Lycée privé Saint-Exupère",
        "domain": "st-exupere-lycee.example",
        "site": "school",
        "lang": "fr",
        "market": "FR",
        "kind": "at_risk",
        "problem": "overbilled",
        "contacts": 5,
        "complainers": 4,
    },
    {
        "company": "Atelier Zénith Events",
        "domain": "zenith-events.example",
        "site": "events",
        "lang": "fr",
        "market": "BE",
        "kind": "at_risk",
        "problem": "service_blocked",
        "contacts": 5,
        "complainers": 3,
    },
    {
        "company": "Hollmann Architekten",
        "domain": "hollmann-arch.example",
        "site": "architects",
        "lang": "de",
        "market": "DE",
        "kind": "one_unhappy",
        "problem": "service_blocked",
        "contacts": 3,
    },
    {
        "company": "Mutuelle Alpine Conseil",
        "domain": "mutuelle-alpine.example",
        "site": "insurance",
        "lang": "fr",
        "market": "FR",
        "kind": "one_unhappy",
        "problem": "overbilled",
        "contacts": 3,
    },
    {
        "company": "Harcourt & Lyle Estates",
        "domain": "harcourt-lyle.example",
        "site": "estate_agents",
        "lang": "en",
        "market": "UK",
        "kind": "one_unhappy",
        "problem": "portal",
        "contacts": 3,
    },
    {
        "company": "Inmobiliaria Costaluz",
        "old": "Costaluz Gestión SL",
        "domain": "costaluz.example",
        "site": "real_estate",
        "lang": "es",
        "market": "ES",
        "kind": "one_unhappy",
        "problem": "invoice",
        "contacts": 3,
    },
    {
        "company": "Sartoria Ventresca",
        "domain": "ventresca-moda.example",
        "site": "fashion",
        "lang": "it",
        "market": "IT",
        "kind": "mild",
        "contacts": 4,
    },
    {
        "company": "Hotel Miradouro Alfama",
        "domain": "miradouro-alfama.example",
        "site": "hotel",
        "lang": "pt",
        "market": "PT",
        "kind": "mild",
        "contacts": 4,
    },
    {
        "company": "Banque Privée Mosel",
        "domain": "bp-mosel.example",
        "site": "bank",
        "lang": "fr",
        "market": "LU",
        "kind": "mild",
        "contacts": 3,
    },
    {
        "company": "Praxisklinik Seefeld",
        "domain": "praxisklinik-seefeld.example",
        "site": "clinic",
        "lang": "de",
        "market": "CH",
        "kind": "happy",
        "contacts": 4,
    },
    {
        "company": "Kornfeld Robotics",
        "domain": "kornfeld-robotics.example",
        "site": "startup",
        "lang": "de",
        "market": "DE",
        "kind": "happy",
        "contacts": 4,
    },
    {
        "company": "Institut Supérieur Lémanique",
        "domain": "isl-formation.example",
        "site": "university",
        "lang": "fr",
        "market": "FR",
        "kind": "happy",
        "contacts": 3,
    },
]
TITLES = [
    "Office Manager",
    "HR Business Partner",
    "Marketing Lead",
    "Assistant to the Partners",
    "Events Coordinator",
    "Accounts Payable",
    "Communications Officer",
    "Facilities Manager",
    "Head of People",
    "Executive Assistant",
]


def b2b_routine(fam: Fam, c: Cust, t: datetime, scores: bool = True) -> None:
    rng = fam.rng
    what = rng.choice(["chat", "chat", "book", "page", "praise"] + (["survey"] if scores else []))
    if what == "chat":
        q, a = rng.choice(B.B2B_QUESTIONS[c.lang])
        add(fam, c, t, "chat", text=q)
        t2 = t + timedelta(minutes=rng.randint(1, 6))
        add(fam, c, t2, "chat", text=a, outbound=True)
        if rng.random() < 0.6:
            add(
                fam,
                c,
                t2 + timedelta(minutes=rng.randint(1, 4)),
                "chat",
                text=rng.choice(B.B2B_THANKS[c.lang]),
            )
    elif what == "book":
        label, eur, page = rng.choice(B.B2B_PRODUCTS)
        add(fam, c, t, "web", "page_view", attrs={"page": page})
        add(
            fam,
            c,
            t + timedelta(minutes=rng.randint(2, 12)),
            "web",
            "purchase",
            attrs={
                "page": page,
                "product": label,
                "order_value": price(eur, c.market),
                "currency": currency(c.market),
            },
        )
    elif what == "page":
        add(fam, c, t, "web", "page_view", attrs={"page": rng.choice(B.B2B_PAGES)})
    elif what == "praise":
        add(fam, c, t, "community", text=fill(rng.choice(B.B2B_PRAISE[c.lang])))
    else:
        kind = rng.choice(["nps", "csat", "ces"])
        score = {"nps": rng.randint(9, 10), "csat": rng.randint(4, 5), "ces": rng.randint(6, 7)}[
            kind
        ]
        words = rng.choice(B.B2B_SURVEY_WORDS[c.lang])
        add(fam, c, t, "survey", text=words or None, scores={kind: score}, attrs={"survey": kind})


def weekdays(fam: Fam) -> list[int]:
    return [d for d in range(fam.days) if (fam.start + timedelta(days=d)).weekday() < 5]


def b2b_accounts(fam: Fam) -> None:
    rng = fam.rng
    wdays = weekdays(fam)
    for spec in ACCOUNTS:
        while True:
            acc = f"RVB-{spec['market']}-{rng.randint(1000, 9999)}"
            if acc not in USED["account"]:
                USED["account"].add(acc)
                break
        taken: set[str] = set()
        titles = rng.sample(TITLES, spec["contacts"])
        contacts: list[Cust] = []
        kind = spec["kind"]
        n_unhappy = spec.get("complainers", 1 if kind == "one_unhappy" else 0)
        for k in range(spec["contacts"]):
            if kind == "at_risk" and k < n_unhappy:
                last = k == n_unhappy - 1
                persona, role = "b2b_unhappy", "complainer"
                exp = ["repeat_contact"] if last else ["detractor"]
                tol = B2B_RISK_TOL
            elif kind == "one_unhappy" and k == 0:
                persona, role, exp, tol = (
                    "b2b_one_unhappy",
                    "complainer",
                    ["detractor"],
                    B2B_ONE_TOL,
                )
            elif kind == "mild" and k < 2:
                persona, role, exp, tol = "b2b_mild", "suggests", [], ["silence"]
            else:
                persona, role, exp, tol = "b2b_happy", "contact", [], []
            c = new_customer(
                fam,
                spec["lang"],
                spec["market"],
                persona,
                role,
                exp,
                tol,
                account=acc,
                company_domain=spec["domain"],
                job=titles[k],
                first_taken=taken,
            )
            c.truth.update({"company": spec["company"], "role": role, "job_title": titles[k]})
            contacts.append(c)
        unhappy = [c for c in contacts if c.truth["role"] == "complainer"]
        trouble: str | None = None
        for c in contacts:
            if c.truth["role"] == "contact":
                for d in spread_days(rng, wdays, rng.randint(2, 5)):
                    b2b_routine(fam, c, fam.day(d, 8, 16.5))
            else:
                for _ in range(rng.randint(0, 2)):
                    b2b_routine(fam, c, fam.day(rng.choice([0, 1]), 8, 16.5), scores=False)
        if kind == "at_risk":
            problem = spec["problem"]
            case = new_case(rng)
            t = fam.day(2, 8.5, 15)
            trouble = iso(t)
            first = unhappy[0]
            kw = {"company": spec["company"], "company_old": spec.get("old", ""), "case": case}
            for i, c in enumerate(unhappy):
                if i == 0:
                    subj, body = B.B2B_FIRST[c.lang][problem]
                    eid = add(
                        fam,
                        c,
                        t,
                        "email",
                        text=fill(body, name=c.name, **kw),
                        subject=fill(subj, **kw),
                    )
                    reply_email(
                        fam,
                        c,
                        office(fam, t + timedelta(minutes=rng.randint(20, 90))),
                        B.B2B_ACK[c.lang],
                        case=case,
                    )
                else:
                    t = office(fam, t + timedelta(hours=rng.uniform(8, 28)))
                    when_today, when_day = B.WHEN[c.lang]
                    first_t = datetime.fromisoformat(str(trouble).replace("Z", "+00:00"))
                    when = (
                        when_today
                        if first_t.date() == t.date()
                        else fill(when_day, day=W.WEEKDAYS[c.lang][first_t.weekday()])
                    )
                    subj, body = B.B2B_LATER[c.lang][problem][(i - 1) % 2]
                    eid = add(
                        fam,
                        c,
                        t,
                        "email",
                        text=fill(body, name=c.name, colleague=first.first, when=when, **kw),
                        subject=fill(subj, **kw),
                    )
                ids = [eid]
                c.truth.update(
                    {
                        "complaint_event_ids": ids,
                        "trouble_starts_at": iso(t),
                        "booking": case,
                        "problem": problem,
                    }
                )
                if i < len(unhappy) - 1:
                    sid, score = low_survey(
                        fam, c, office(fam, t + timedelta(minutes=rng.randint(60, 180))), "nps"
                    )
                    c.truth.update({"nps_given": True, "nps": score, "survey_event_id": sid})
                else:
                    t_last = office(fam, t + timedelta(hours=rng.uniform(18, 40)))
                    short = B.B2B_SHORT[c.lang][problem]
                    comp = rng.choice(COMPETITORS)
                    if spec["company"].startswith("Hôtel"):
                        subj, body = B.B2B_FINAL_EMAIL[c.lang]
                        rid = add(
                            fam,
                            c,
                            t_last,
                            "email",
                            text=fill(body, name=c.name, short=short, comp=comp, **kw),
                            subject=fill(subj, **kw),
                        )
                        c.truth["competitor"] = comp
                    else:
                        rid = add(
                            fam,
                            c,
                            t_last,
                            "phone",
                            text=fill(B.B2B_FINAL_CALL[c.lang], name=c.name, short=short, **kw),
                        )
                        c.truth["competitor"] = None
                    ids.append(rid)
                    c.truth.update({"repeat_event_id": rid, "nps_given": False})
        elif kind == "one_unhappy":
            c = unhappy[0]
            problem = spec["problem"]
            case = new_case(rng)
            t = fam.day(rng.choice([d for d in wdays if 3 <= d <= 7]), 8.5, 16)
            subj, body = B.B2B_FIRST[c.lang][problem]
            kw = {"company": spec["company"], "company_old": spec.get("old", ""), "case": case}
            eid = add(
                fam, c, t, "email", text=fill(body, name=c.name, **kw), subject=fill(subj, **kw)
            )
            reply_email(
                fam,
                c,
                office(fam, t + timedelta(minutes=rng.randint(20, 90))),
                B.B2B_ACK[c.lang],
                case=case,
            )
            sid, score = low_survey(
                fam, c, office(fam, t + timedelta(minutes=rng.randint(60, 180))), "nps"
            )
            c.truth.update(
                {
                    "complaint_event_ids": [eid],
                    "trouble_starts_at": iso(t),
                    "booking": case,
                    "problem": problem,
                    "nps_given": True,
                    "nps": score,
                    "survey_event_id": sid,
                }
            )
        elif kind == "mild":
            texts = (
                rng.sample(B.B2B_MILD[spec["lang"]], 1) * 2
                if len(B.B2B_MILD[spec["lang"]]) == 1
                else B.B2B_MILD[spec["lang"]][:2]
            )
            for c, text in zip(
                [x for x in contacts if x.truth["role"] == "suggests"], texts, strict=True
            ):
                t = fam.day(rng.choice([d for d in wdays if d >= 2]), 8, 16)
                mid = add(
                    fam, c, t, "web", "ticket", text=text, attrs={"page": "/business/contact"}
                )
                reply_email(
                    fam,
                    c,
                    office(fam, t + timedelta(minutes=rng.randint(30, 120))),
                    W.FORM_ACK[c.lang],
                )
                c.truth.update({"mild_event_id": mid, "trouble_starts_at": iso(t)})
        fam.accounts[acc] = {
            "company": spec["company"],
            "site": spec["site"],
            "contacts": len(contacts),
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": [c.key for c in unhappy],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": spec["problem"] if kind == "at_risk" else None,
            "trouble_starts_at": trouble,
            "language": spec["lang"],
            "country": spec["market"],
        }


def topic_spike(fam: Fam) -> None:
    rng = fam.rng
    for _ in range(40):
        c = new_customer(fam)
        for d in spread_days(rng, list(range(6)), rng.randint(1, 4)):
            happy_act(fam, c, fam.day(d, 12, 19) if d == 5 else fam.day(d, 7, 21))
    for lang in ("de", "fr"):
        c = new_customer(
            fam, lang=lang, persona="grumbles_once", habit="grumbles once", tolerated=["silence"]
        )
        t = fam.day(0, 9, 17)
        text, answer = W.SLOW_GALLERY[lang]
        gid = add(fam, c, t, "chat", text=text)
        add(fam, c, t + timedelta(minutes=rng.randint(2, 6)), "chat", text=answer, outbound=True)
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(t)})
    for lang, hm in (("fr", 9 + 40 / 60), ("de", 16 + 5 / 60)):
        c = new_customer(
            fam, lang=lang, persona="grumbles_once", habit="lone question", tolerated=["silence"]
        )
        t = fam.start + timedelta(days=4, minutes=round(hm * 60))
        q, a = W.LONE_Q[lang]
        lid = add(fam, c, t, "chat", text=q)
        add(fam, c, t + timedelta(minutes=rng.randint(2, 5)), "chat", text=a, outbound=True)
        c.truth.update({"lone_report_event_id": lid, "trouble_starts_at": iso(t)})
    langs = ["de"] * 6 + ["fr"] * 6 + ["en", "en", "es", "es", "it", "it", "pt", "pt"]
    channels = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(langs)
    rng.shuffle(channels)
    regular = [True] * 12 + [False] * 8
    rng.shuffle(regular)
    spike_day = fam.start + timedelta(days=5)
    minutes = [10, 55, *sorted(rng.randint(10, 55) for _ in range(18))]
    rng.shuffle(minutes)
    reporters: list[tuple[Cust, datetime, str, str]] = []
    used_texts: dict[str, list[str]] = {}
    for i in range(20):
        lang = langs[i]
        c = new_customer(fam, lang=lang, habit="regular" if regular[i] else "new")
        if regular[i]:
            for _ in range(rng.randint(1, 3)):
                happy_act(fam, c, fam.day(2, 8, 17.5), surveys=False)
        t = spike_day + timedelta(hours=8, minutes=minutes[i], seconds=rng.randint(0, 59))
        pool = used_texts.setdefault(lang, [])
        if not pool:
            pool.extend(W.SPIKE[lang])
            rng.shuffle(pool)
        text = pool.pop()
        ch = channels[i]
        if ch == "email":
            eid = add(fam, c, t, "email", text=text, subject=W.SPIKE_SUBJECT[lang])
        elif ch == "web":
            eid = add(
                fam,
                c,
                t,
                "web",
                "ticket",
                text=text,
                subject=W.SPIKE_SUBJECT[lang],
                attrs={"page": "/contact"},
            )
        else:
            eid = add(fam, c, t, ch, text=text)
            if ch == "chat":
                add(
                    fam,
                    c,
                    t + timedelta(minutes=rng.randint(1, 3)),
                    "chat",
                    text=W.SPIKE_CHAT_ANSWER[lang],
                    outbound=True,
                )
        c.truth.update(
            {
                "persona": "spike_reporter",
                "in_spike": True,
                "regular": regular[i],
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
                "tolerated_rules": ["silence"],
            }
        )
        reporters.append((c, t, ch, eid))
    early = [r for r in reporters if r[1] <= spike_day + timedelta(hours=8, minutes=35, seconds=59)]
    rng.shuffle(early)
    repeaters = early[:6]
    again_channels = ["email", "email", "chat", "chat", "community", "community"]
    rng.shuffle(again_channels)
    repeat_ids: list[str] = []
    for (c, t, ch, _), ch2 in zip(repeaters, again_channels, strict=True):
        if ch2 == ch:
            ch2 = next(x for x in ("email", "chat", "community") if x != ch)
        t2 = t + timedelta(minutes=rng.randint(15, 50))
        text = rng.choice(W.SPIKE_AGAIN[c.lang])
        if ch2 == "email":
            rid = add(fam, c, t2, "email", text=text, subject="Re: " + W.SPIKE_SUBJECT[c.lang])
        else:
            rid = add(fam, c, t2, ch2, text=text)
            if ch2 == "chat":
                add(
                    fam,
                    c,
                    t2 + timedelta(minutes=rng.randint(1, 3)),
                    "chat",
                    text=W.SPIKE_CHAT_ANSWER[c.lang],
                    outbound=True,
                )
        repeat_ids.append(rid)
        c.truth.update(
            {
                "persona": "spike_repeater",
                "expected_rules": ["repeat_contact"],
                "tolerated_rules": ["sentiment_drop", "silence"],
                "repeat_event_id": rid,
            }
        )
    rest = [r for r in reporters if r not in repeaters]
    rng.shuffle(rest)
    for c, _, _, _ in rest[:6]:
        t = spike_day + timedelta(hours=11, minutes=rng.randint(8, 17), seconds=rng.randint(0, 59))
        local = "10:40" if c.market in ("UK", "IE", "PT") else "11:40"
        credit = {"UK": "£13", "CH": "CHF 14"}.get(c.market, "€15" if c.lang == "en" else "15 €")
        reply_email(fam, c, t, W.SPIKE_FIXED[c.lang], time=local, credit=credit)
        c.truth["agent_fixed"] = True
    fam.spike = {
        "topic": "portrait-studio gallery app delivers every purchased photo mirrored (flipped left to right), banner 'orientation check failed OR-27X': downloads, Christmas cards and print orders unusable",
        "about": "Saturday-morning fault in Ritrava's gallery and print-preview service after the week's Christmas mini-session galleries were released",
        "channel": None,
        "start": iso(spike_day + timedelta(hours=8, minutes=10)),
        "end": iso(spike_day + timedelta(hours=8, minutes=55, seconds=59)),
        "customers": 20,
        "customer_keys": [r[0].key for r in reporters],
        "event_ids": [r[3] for r in reporters],
        "repeat_event_ids": repeat_ids,
    }


# ---- assembly -----------------------------------------------------------------------

SPECS: dict[str, tuple[datetime, int, str]] = {
    "happy_writers": (
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        "happy daytime and night writers and survey-only customers; nothing to warn about",
    ),
    "one_bad_day": (
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        "happy customers with one angry message on one day; some give a low NPS",
    ),
    "repeat_contacts": (
        datetime(2026, 6, 1, tzinfo=UTC),
        10,
        "one open problem raised 2-4 times; fixed problems; two problems; frequent writers",
    ),
    "slow_churners": (
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
        "sliders from a happy baseline, leavers who cancel the Family Pass, steady, grumpy and sarcastic customers",
    ),
    "quiet_hours": (
        datetime(2026, 8, 28, tzinfo=UTC),
        3,
        "a calm summer weekend with bursts of night owls; no spike",
    ),
    "bilingual": (
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
        "customers who write in two languages: happy, repeat contacts, sliders, one bad day, fixed",
    ),
    "b2b_accounts": (
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
        "Ritrava Business accounts: five at risk, one unhappy contact, mild suggestions, happy",
    ),
    "topic_spike": (
        datetime(2026, 11, 9, tzinfo=UTC),
        5,
        "a calm week and the planted spike on Saturday 14 November 2026 (OR-27X)",
    ),
}
BUILDERS = {
    "happy_writers": happy_writers,
    "one_bad_day": one_bad_day,
    "repeat_contacts": repeat_contacts,
    "slow_churners": slow_churners,
    "quiet_hours": quiet_hours,
    "bilingual": bilingual,
    "b2b_accounts": b2b_accounts,
    "topic_spike": topic_spike,
}
CH_FIELDS = {"phone": "phone", "social": "handle", "community": "handle", "email": "email"}


def finish(fam: Fam) -> tuple[str, str]:
    rows = sorted(fam.rows, key=lambda r: (r["_t"], r["_n"]))
    seen: set[str] = set()
    r2 = fam.rough
    lines: list[str] = []
    for r in rows:
        c = fam.customers[r["_c"]]
        full = {
            "customer_id": c.key,
            "email": c.email,
            "phone": c.phone,
            "handle": c.handle,
            "account_id": c.account,
        }
        if r["direction"] == "outbound" or (r["_c"] not in seen):
            ref = dict(full)
            if r["direction"] == "inbound":
                seen.add(r["_c"])
        else:
            ref = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            want = CH_FIELDS.get(r["channel"], "customer_id")
            if want == "handle" and c.handle is None:
                want = "email"
            if want == "phone":
                ref["phone"] = (
                    c.phone
                    if r2.random() < 0.5
                    else c.phone[: 1 + cc_len(c.phone)] + " " + c.phone[1 + cc_len(c.phone) :]
                )
            elif want == "handle":
                assert c.handle is not None
                ref["handle"] = c.handle if r2.random() < 0.8 else c.handle[1:]
            elif want == "email":
                ref["email"] = c.email.upper() if r2.random() < 1 / 12 else c.email
            else:
                ref["customer_id"] = c.key
        r["customer"] = ref
        out = {k: v for k, v in r.items() if not k.startswith("_")}
        if r["_t"] >= LIMIT or r["_t"] < fam.start:
            raise SystemExit(
                f"{fam.name}: touchpoint out of range {r['event_id']} {r['occurred_at']}"
            )
        lines.append(json.dumps(out, ensure_ascii=False, sort_keys=False))
    missing = [k for k in fam.customers if k not in seen]
    if missing:
        raise SystemExit(f"{fam.name}: customers without inbound touchpoint: {missing}")
    expected: dict[str, int] = {}
    for c in fam.customers.values():
        if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
            raise SystemExit(f"{fam.name}: {c.key} expects and tolerates a rule")
        for rule in c.truth["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    for a in fam.accounts.values():
        for rule in a["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    if fam.spike:
        expected["topic_spike"] = 1
    if expected != PLANTED[fam.name]:
        raise SystemExit(f"{fam.name}: expected {expected} != planted {PLANTED[fam.name]}")
    last = rows[-1]["_t"]
    end = max(fam.start + timedelta(days=fam.days), last + timedelta(hours=1))
    if end >= LIMIT:
        raise SystemExit(f"{fam.name}: end {end} too late")
    truth = {
        "config": {
            "family": fam.name,
            "about": fam.about,
            "business": "Ritrava (portrait photo studios, galleries and prints; Ritrava Business on account)",
            "days": fam.days,
            "seed": SEED,
            "written": WRITTEN,
            "expected": dict(sorted(expected.items())),
        },
        "start": iso(fam.start),
        "end": iso(end),
        "customers": {k: c.truth for k, c in sorted(fam.customers.items())},
        "accounts": dict(sorted(fam.accounts.items())),
        "spike": fam.spike,
        "journey": {},
        "expectations": {},
    }
    return "\n".join(lines) + "\n", json.dumps(
        truth, ensure_ascii=False, indent=1, sort_keys=True
    ) + "\n"


def main() -> None:
    for n, name in enumerate(FAMILIES, start=1):
        start, days, about = SPECS[name]
        fam = Fam(
            name,
            CODES[name],
            start,
            days,
            about,
            random.Random(SEED * 100 + n),
            random.Random(SEED * 100 + 50 + n),
        )
        BUILDERS[name](fam)
        jsonl, truth = finish(fam)
        (HERE / f"{name}.jsonl").write_text(jsonl, encoding="utf-8")
        (HERE / f"{name}.truth.json").write_text(truth, encoding="utf-8")


if __name__ == "__main__":
    main()
