# ruff: noqa: E501
"""Build the heldout56 hand-written alert scenarios (report only, never tune on them).

Standard library only; deterministic (two runs give the same bytes). Run it as
``python make_heldout56.py`` from anywhere: it writes next to itself.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402
import wording_b2b as B  # noqa: E402

SEED = 20261119
WRITTEN = "2026-12-03"
BUSINESS = "Fumentra: household pest control by app and web (treatments, guarantee visits, the Fumentra Escudo yearly plan), with Fumentra Business contracts for firms on account"
LIMIT = datetime(2026, 11, 25, tzinfo=UTC)

MARKETS = {
    "es": [("ES", 1)],
    "en": [("UK", 6), ("IE", 4)],
    "fr": [("FR", 5), ("BE", 3), ("CH", 1), ("LU", 1)],
    "de": [("DE", 6), ("AT", 3), ("CH", 2)],
    "it": [("IT", 5), ("CH", 1)],
    "pt": [("PT", 1)],
}
LANG_WEIGHTS = [("es", 30), ("en", 30), ("fr", 10), ("de", 10), ("it", 10), ("pt", 10)]

FIRST: dict[str, list[str]] = {
    "es": [
        "Lucía",
        "Javier",
        "Marta",
        "Sergio",
        "Carmen",
        "Pablo",
        "Elena",
        "Raúl",
        "Beatriz",
        "Diego",
        "Noelia",
        "Adrián",
        "Pilar",
        "Óscar",
        "Irene",
        "Mario",
        "Rosa",
        "Andrés",
        "Silvia",
        "Hugo",
    ],
    "en": [
        "Sophie",
        "James",
        "Emma",
        "Liam",
        "Grace",
        "Connor",
        "Chloe",
        "Ryan",
        "Megan",
        "Aidan",
        "Lucy",
        "Tom",
        "Niamh",
        "Ben",
        "Ellie",
        "Sean",
        "Hollie",
        "Jack",
        "Ciara",
        "Dan",
    ],
    "fr": ["Camille", "Julien", "Léa", "Antoine", "Manon", "Hugo", "Chloé", "Nicolas"],
    "de": ["Anna", "Lukas", "Katrin", "Felix", "Sabine", "Jonas", "Miriam", "Stefan"],
    "it": ["Giulia", "Marco", "Francesca", "Luca", "Sara", "Matteo", "Elisa", "Paolo"],
    "pt": ["Beatriz", "João", "Mariana", "Tiago", "Catarina", "Miguel", "Rita", "Nuno"],
}
LAST: dict[str, list[str]] = {
    "es": [
        "García",
        "Romero",
        "Navarro",
        "Serrano",
        "Molina",
        "Ortega",
        "Delgado",
        "Castro",
        "Gil",
        "Iglesias",
        "Vidal",
        "Cano",
        "Prieto",
        "Méndez",
        "Herrera",
        "Pascual",
    ],
    "en": [
        "Walsh",
        "Hughes",
        "Murphy",
        "Clarke",
        "Patel",
        "Byrne",
        "Turner",
        "Kelly",
        "Barker",
        "Doyle",
        "Shaw",
        "Lynch",
        "Fox",
        "Ward",
        "Reid",
        "Quinn",
    ],
    "fr": ["Lefèvre", "Moreau", "Girard", "Fontaine", "Chevalier", "Perrin", "Dupuis", "Lambert"],
    "de": ["Becker", "Hoffmann", "Schulz", "Krüger", "Wagner", "Lang", "Vogel", "Brandt"],
    "it": ["Ferrari", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti"],
    "pt": ["Silva", "Ferreira", "Costa", "Martins", "Sousa", "Pereira", "Lopes", "Carvalho"],
}
TOWNS: dict[str, list[str]] = {
    "ES": ["Sevilla", "Zaragoza", "Valencia", "Murcia", "Valladolid", "Málaga", "Bilbao", "Madrid"],
    "UK": ["Leeds", "Bristol", "Norwich", "Sheffield", "Leicester", "Cardiff"],
    "IE": ["Cork", "Galway", "Limerick", "Dublin"],
    "FR": ["Lyon", "Nantes", "Toulouse", "Lille"],
    "BE": ["Liège", "Namur", "Bruxelles"],
    "CH": ["Lausanne", "Zürich", "Lugano", "Bern"],
    "LU": ["Esch-sur-Alzette", "Luxembourg"],
    "DE": ["Köln", "Leipzig", "Hannover", "Nürnberg", "Bremen"],
    "AT": ["Graz", "Linz", "Wien"],
    "IT": ["Bologna", "Torino", "Verona", "Bari"],
    "PT": ["Porto", "Braga", "Coimbra", "Lisboa"],
}
JOBS = [
    "nurse",
    "teacher",
    "electrician",
    "shop owner",
    "accountant",
    "bus driver",
    "student",
    "retired",
    "chef",
    "pharmacist",
    "software developer",
    "hairdresser",
    "warehouse worker",
    "civil servant",
    "architect",
    "physiotherapist",
]
NIGHT_JOBS = ["night nurse", "baker", "warehouse night shift", "security guard", "taxi driver"]
MAIL_DOMAINS = [
    "correo.example",
    "mail.example",
    "posteo.example",
    "inbox.example",
    "webmail.example",
]
PHONE_PLAN = {
    "ES": ("34", ["6", "7"], 8),
    "UK": ("44", ["7"], 9),
    "IE": ("353", ["83", "85", "86", "87", "89"], 7),
    "FR": ("33", ["6", "7"], 8),
    "BE": ("32", ["47", "48", "49"], 7),
    "CH": ("41", ["76", "77", "78", "79"], 7),
    "LU": ("352", ["621", "661", "691"], 6),
    "DE": ("49", ["151", "160", "170", "176"], 8),
    "AT": ("43", ["660", "664", "676", "699"], 7),
    "IT": ("39", ["33", "34", "35", "36"], 8),
    "PT": ("351", ["91", "92", "93", "96"], 7),
}
SOURCES = {
    "email": "fumentra-mail",
    "phone": "fumentra-voice",
    "social": "fumentra-social",
    "community": "fumentra-forum",
    "chat": "fumentra-chat",
    "web": "fumentra-web",
    "survey": "fumentra-survey",
}
LOCAL_OFFSET = {"UK": 0, "IE": 0, "PT": 0}

HAPPY_TOL: list[str] = []
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
B2B_ONE_TOL = ["sentiment_drop", "high_value_at_risk", "silence"]

USED: dict[str, set[str]] = {}
T = TypeVar("T")
CALL_VERBS = [
    ("que escribo", "que llamo"),
    ("Otra vez escribiendo", "Otra vez llamando"),
    ("I'm writing", "I'm calling"),
    ("Third message", "Third call"),
    ("que j'écris", "que j'appelle"),
    ("Troisième message", "Troisième appel"),
    ("Dritte Nachricht", "Dritter Anruf"),
    ("che scrivo", "che chiamo"),
    ("Terzo messaggio", "Terza chiamata"),
    ("que escrevo", "que ligo"),
    ("Terceira mensagem", "Terceira chamada"),
]


def used(kind: str) -> set[str]:
    return USED.setdefault(kind, set())


@dataclass
class Cust:
    key: str
    first: str
    last: str
    lang: str
    market: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    truth: dict[str, Any]
    said: set[str] = field(default_factory=set)


@dataclass
class Row:
    t: datetime
    seq: int
    cust: Cust
    data: dict[str, Any]


@dataclass
class Fam:
    name: str
    code: str
    n: int
    start: datetime
    days: int
    about: str
    rng: random.Random = field(init=False)
    aux: random.Random = field(init=False)
    rows: list[Row] = field(default_factory=list)
    custs: list[Cust] = field(default_factory=list)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    seq: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.aux = random.Random(SEED * 100 + 50 + self.n)

    def at(self, day: float, hour: float = 0.0) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def within(self, day: int, h0: float, h1: float) -> datetime:
        minutes = self.rng.randrange(int(h0 * 60), int(h1 * 60))
        return self.start + timedelta(days=day, minutes=minutes)


def fresh(fam: Fam, c: Cust, options: list[T]) -> T:
    """A choice the customer has not made before, if one is left."""
    left = [o for o in options if repr(o) not in c.said] or options
    choice = fam.rng.choice(left)
    c.said.add(repr(choice))
    return choice


def strip_accents(text: str) -> str:
    out = []
    for ch in text:
        if ch in "ñÑß":
            out.append(ch)
        elif ch in "äöüÄÖÜ":
            out.append({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}[ch])
        else:
            decomposed = unicodedata.normalize("NFD", ch)
            out.append("".join(c for c in decomposed if not unicodedata.combining(c)))
    return "".join(out)


def roughen(fam: Fam, text: str) -> str:
    r = fam.aux
    if r.random() < 0.10:
        text = strip_accents(text)
    if r.random() < 0.125 and text[:1].isupper() and not text.startswith(W.BRAND):
        text = text[0].lower() + text[1:]
    if r.random() < 0.14:
        words = [m for m in re.finditer(r"\b[a-zà-ÿ]{5,}\b", text)]
        if words:
            m = r.choice(words)
            w = m.group(0)
            i = r.randrange(1, len(w) - 2)
            w2 = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
            text = text[: m.start()] + w2 + text[m.end() :]
    return text


def transcript(text: str, lang: str) -> str:
    """A speech-to-text rendering: no punctuation, lower case (German keeps its nouns)."""
    t = re.sub(r"£(\d+)", r"\1 pounds", text)
    t = re.sub(r"€(\d+)", r"\1 euros", t)
    t = re.sub(r"(\d+) €", r"\1 euros", t)
    t = re.sub(r"CHF (\d+)", r"\1 Franken" if lang == "de" else r"\1 francs", t)
    t = re.sub(r"[.,;:!?¡¿\"()«»]", " ", t)
    t = re.sub(r"(^|\s)'|'(\s|$)", r"\1 \2", t)
    if lang != "de":
        t = t.lower()
    t = re.sub(r"\bav(\d{6})\b", r"AV\1", t)
    for name in (W.BRAND, *W.COMPETITORS):
        t = re.sub(name.lower(), name, t)
    return " ".join(t.split())


def pick_lang(rng: random.Random) -> str:
    return rng.choices([lang for lang, _ in LANG_WEIGHTS], [w for _, w in LANG_WEIGHTS])[0]


def pick_market(rng: random.Random, lang: str) -> str:
    opts = MARKETS[lang]
    return rng.choices([m for m, _ in opts], [w for _, w in opts])[0]


def currency(market: str) -> str:
    return {"UK": "GBP", "CH": "CHF"}.get(market, "EUR")


def local_value(eur: float, market: str) -> float:
    cur = currency(market)
    if cur == "GBP":
        return eur * 0.86
    if cur == "CHF":
        return eur * 0.94
    return eur


def money(eur: float, market: str, lang: str) -> str:
    cur = currency(market)
    v = round(local_value(eur, market))
    if cur == "GBP":
        return f"£{v}"
    if cur == "CHF":
        return f"CHF {v}"
    return f"€{v}" if lang == "en" else f"{v} €"


def slug(text: str) -> str:
    return re.sub(r"[^a-z]", "", strip_accents(text).lower())


def new_phone(rng: random.Random, market: str) -> str:
    cc, prefixes, rest = PHONE_PLAN[market]
    while True:
        pre = rng.choice(prefixes)
        digits = pre + "".join(str(rng.randrange(10)) for _ in range(rest))
        full = "+" + cc + digits
        if full not in used("phone"):
            used("phone").add(full)
            return full


def new_case(rng: random.Random) -> str:
    while True:
        ref = f"AV{rng.randrange(100000, 1000000)}"
        if ref not in used("case"):
            used("case").add(ref)
            return ref


def person(
    fam: Fam,
    lang: str,
    persona: str,
    habit: str,
    expected: list[str],
    tolerated: list[str],
    market: str | None = None,
    account: str | None = None,
    domain: str | None = None,
    job: str | None = None,
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
    while True:
        cid = f"FU{fam.code}{rng.randrange(1000, 10000)}"
        if cid not in used("id"):
            used("id").add(cid)
            break
    fs, ls = slug(first), slug(last)
    while True:
        if domain is not None:
            email = f"{fs}.{ls}@{domain}"
            if email in used("email"):
                email = f"{fs}.{ls}{rng.randrange(2, 9)}@{domain}"
        else:
            style = rng.randrange(3)
            local = [
                f"{fs}.{ls}",
                f"{fs}{ls}{rng.randrange(10, 99)}",
                f"{fs[0]}{ls}{rng.randrange(1, 99)}",
            ][style]
            email = f"{local}@{rng.choice(MAIL_DOMAINS)}"
        if email not in used("email"):
            used("email").add(email)
            break
    handle: str | None = None
    if account is None:
        while True:
            style = rng.randrange(4)
            h = [
                f"{ls}_{fs}{rng.randrange(1, 10)}",
                f"{fs}{ls}{rng.randrange(10, 99)}",
                f"{fs}{ls[0]}",
                f"{fs}_{ls}",
            ][style]
            if h not in used("handle"):
                used("handle").add(h)
                handle = "@" + h
                break
    phone = new_phone(rng, market)
    truth: dict[str, Any] = {
        "identifiers": {
            "customer_id": cid,
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
        "job": job or rng.choice(JOBS),
        "town": rng.choice(TOWNS[market]),
    }
    c = Cust(cid, first, last, lang, market, email, phone, handle, account, truth)
    fam.custs.append(c)
    return c


def add(
    fam: Fam,
    c: Cust,
    t: datetime,
    channel: str,
    kind: str,
    text: str | None = None,
    subject: str | None = None,
    outbound: bool = False,
    scores: dict[str, int] | None = None,
    attrs: dict[str, str] | None = None,
    agent: str | None = None,
    rough: bool = True,
) -> str:
    fam.seq += 1
    eid = f"fu56-{fam.code.lower()}-{fam.seq:05d}"
    if text is not None:
        text = text.replace("{brand}", W.BRAND)
        text = re.sub(r"\bde el\b", "del", text)
        if not outbound and channel == "social" and c.account is None:
            if W.BRAND in text:
                i = text.rfind(W.BRAND)
                text = text[:i] + "@" + text[i:]
            else:
                text = "@" + W.BRAND + " " + text
        if not outbound and rough and channel not in ("phone", "survey"):
            text = roughen(fam, text)
    a: dict[str, str] = {"market": c.market}
    if c.account:
        a["segment"] = "b2b"
    if attrs:
        a.update(attrs)
    if agent:
        a["agent"] = agent
    sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
    if scores:
        sc.update(scores)
    data: dict[str, Any] = {
        "event_id": eid,
        "occurred_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "channel": channel,
        "kind": kind,
        "direction": "outbound" if outbound else "inbound",
        "customer": {},
        "text": text,
        "subject": subject,
        "scores": sc,
        "source": SOURCES[channel],
        "attributes": a,
    }
    fam.rows.append(Row(t, fam.seq, c, data))
    return eid


def day_time(t: datetime, rng: random.Random) -> datetime:
    """Move a time out of the night (22:00-07:00 UTC) to 08:00-09:00."""
    if t.hour >= 22:
        base = (t + timedelta(days=1)).replace(hour=8, minute=0, second=0)
        return base + timedelta(minutes=rng.randrange(60))
    if t.hour < 7:
        return t.replace(hour=8, minute=0, second=0) + timedelta(minutes=rng.randrange(60))
    return t


def office_time(t: datetime, rng: random.Random) -> datetime:
    """Move a time into office hours: weekdays 08:00-17:00 UTC."""
    while True:
        if t.weekday() >= 5:
            t = (t + timedelta(days=7 - t.weekday())).replace(
                hour=8, minute=rng.randrange(5, 55), second=0
            )
            continue
        if t.hour >= 17:
            t = (t + timedelta(days=1)).replace(hour=8, minute=rng.randrange(5, 55), second=0)
            continue
        if t.hour < 8:
            t = t.replace(hour=8, minute=rng.randrange(5, 55), second=0)
        return t


def agent_of(fam: Fam, lang: str) -> str:
    agents: list[str] = W.AGENTS[lang]
    return fam.rng.choice(agents)


def mins(rng: random.Random, a: float, b: float) -> timedelta:
    return timedelta(minutes=rng.uniform(a, b) // 1)


# --- happy acts -----------------------------------------------------------------


def product_attrs(
    fam: Fam, c: Cust, table: list[tuple[str, str, float, str]]
) -> tuple[dict[str, str], str]:
    en, es, eur, page = fam.rng.choice(table)
    val = local_value(eur, c.market)
    return {
        "order_value": f"{val:.2f}",
        "currency": currency(c.market),
        "product": f"{en} / {es}",
        "page": page,
    }, page


def happy(
    fam: Fam, c: Cust, t: datetime, kinds: tuple[str, ...], lang: str | None = None
) -> list[str]:
    """One happy act of kind chosen from ``kinds``; returns the customer's inbound event ids."""
    rng = fam.rng
    lang = lang or c.lang
    kind = rng.choice(kinds)
    ids: list[str] = []
    if kind == "praise":
        table = rng.choice([W.PRAISE, W.PRAISE, W.AGAIN, W.GRIPE])
        ch = rng.choice(["social", "community"])
        ids.append(
            add(fam, c, t, ch, "mention" if ch == "social" else "post", fresh(fam, c, table[lang]))
        )
    elif kind == "chat":
        q, a = fresh(fam, c, W.CHAT_QA[lang])
        ids.append(add(fam, c, t, "chat", "chat", q))
        t2 = t + mins(rng, 1, 6)
        add(fam, c, t2, "chat", "chat", a, outbound=True, agent=agent_of(fam, lang))
        if rng.random() < 0.6:
            ids.append(
                add(fam, c, t2 + mins(rng, 1, 3), "chat", "chat", rng.choice(W.THANKS[lang]))
            )
    elif kind == "email":
        subj, q, a = fresh(fam, c, W.EMAIL_QA[lang])
        ids.append(add(fam, c, t, "email", "message", q, subject=subj))
        t2 = day_time(t + mins(rng, 30, 180), rng)
        add(
            fam,
            c,
            t2,
            "email",
            "message",
            a,
            subject="Re: " + subj,
            outbound=True,
            agent=agent_of(fam, lang),
        )
    elif kind == "phone":
        q, a = fresh(fam, c, W.PHONE_QA[lang])
        ids.append(add(fam, c, t, "phone", "call", q))
        add(
            fam,
            c,
            t + mins(rng, 10, 40),
            "email",
            "message",
            a,
            subject=W.BRAND,
            outbound=True,
            agent=agent_of(fam, lang),
        )
    elif kind == "purchase":
        attrs, page = product_attrs(fam, c, W.PRODUCTS)
        ids.append(add(fam, c, t, "web", "page_view", attrs={"page": page}))
        ids.append(add(fam, c, t + mins(rng, 3, 15), "web", "purchase", attrs=attrs))
    elif kind == "page":
        ids.append(add(fam, c, t, "web", "page_view", attrs={"page": rng.choice(W.PAGES)}))
    elif kind == "review":
        ids.append(
            add(
                fam,
                c,
                t,
                "web",
                "review",
                fresh(fam, c, W.REVIEW[lang]),
                attrs={"rating": rng.choice(["5", "5", "4"]), "page": "/opiniones"},
            )
        )
    elif kind == "survey":
        ids.append(survey_happy(fam, c, t, lang))
    else:
        raise ValueError(kind)
    return ids


def low_score(fam: Fam, c: Cust, t: datetime, which: str, score: int, word: str | None) -> str:
    """A low survey score (NPS 1-5 or CSAT 1-2) with a word or nothing."""
    sid = add(
        fam,
        c,
        t,
        "survey",
        "survey_response",
        word or None,
        scores={which: score},
        attrs={"survey": which},
        rough=False,
    )
    c.truth.update({f"{which}_given": True, which: score, "survey_event_id": sid})
    return sid


def survey_happy(fam: Fam, c: Cust, t: datetime, lang: str) -> str:
    rng = fam.rng
    which = rng.choice(["nps", "csat", "ces"])
    score = {"nps": rng.choice([9, 10]), "csat": rng.choice([4, 5]), "ces": rng.choice([6, 7])}[
        which
    ]
    word = rng.choice(W.SURVEY_WORD[lang]) or None
    return add(
        fam,
        c,
        t,
        "survey",
        "survey_response",
        word,
        scores={which: score},
        attrs={"survey": which},
        rough=False,
    )


ALL_HAPPY = ("praise", "chat", "email", "phone", "purchase", "page", "review", "survey")
NO_SURVEY = ("praise", "chat", "email", "phone", "purchase", "page", "review")


def happy_days(
    fam: Fam, c: Cust, days: list[int], h0: float, h1: float, kinds: tuple[str, ...]
) -> None:
    for d in days:
        happy(fam, c, fam.within(d, h0, h1), kinds)


def some_days(rng: random.Random, pool: list[int], n: int) -> list[int]:
    return sorted(rng.sample(pool, min(n, len(pool))))


# --- problems ---------------------------------------------------------------------


def complaint_text(fam: Fam, c: Cust, problem: str, lang: str, channel: str) -> tuple[str, str]:
    subj, texts, socials, _ = W.PROBLEMS[problem][lang]
    amount = money(fam.rng.choice([119.0, 159.0, 99.0, 249.0, 89.0]), c.market, lang)
    if channel == "social":
        text = fam.rng.choice(socials)
    else:
        text = fam.rng.choice(texts)
    text = text.replace("{amount}", amount)
    if channel == "phone":
        text = transcript(text.replace("{brand}", W.BRAND), lang)
    return subj, text


def what(problem: str, lang: str) -> str:
    summary: str = W.PROBLEMS[problem][lang][3]
    return summary


def raise_problem(
    fam: Fam,
    c: Cust,
    t: datetime,
    problem: str,
    channel: str,
    lang: str,
    case: str | None,
    long_text: str | None = None,
) -> tuple[str, datetime]:
    """The customer's complaint and the agent's acknowledgement; returns (event id, ack time)."""
    rng = fam.rng
    subj, text = complaint_text(fam, c, problem, lang, channel)
    if long_text is not None:
        text = long_text.replace("{first}", c.first).replace(
            "{amount}", money(129.0, c.market, lang)
        )
    kind = {
        "email": "message",
        "chat": "chat",
        "social": "mention",
        "web": "ticket",
        "phone": "call",
        "community": "post",
    }[channel]
    attrs = {"page": "/ayuda/reclamacion"} if channel == "web" else None
    eid = add(
        fam,
        c,
        t,
        channel,
        kind,
        text,
        subject=subj if channel in ("email", "web") else None,
        attrs=attrs,
    )
    ack = t
    if case is not None:
        agent = agent_of(fam, lang)
        if channel == "chat":
            ack = t + mins(rng, 1, 4)
            add(
                fam,
                c,
                ack,
                "chat",
                "chat",
                W.LOGGED_CHAT[lang].format(case=case),
                outbound=True,
                agent=agent,
            )
        else:
            ack = day_time(t + mins(rng, 10, 40), rng)
            s, b = W.LOGGED[lang]
            add(
                fam,
                c,
                ack,
                "email",
                "message",
                b.format(
                    first=c.first, what=what(problem, lang), case=case, agent=agent, brand=W.BRAND
                ),
                subject=s.format(case=case),
                outbound=True,
                agent=agent,
            )
    return eid, ack


def send_update(fam: Fam, c: Cust, t: datetime, problem: str, lang: str, case: str) -> str:
    agent = agent_of(fam, lang)
    s, b = W.UPDATE[lang]
    return add(
        fam,
        c,
        t,
        "email",
        "message",
        b.format(first=c.first, case=case, fix=W.FIX[problem][lang], agent=agent),
        subject=s.format(case=case),
        outbound=True,
        agent=agent,
    )


def confirm(fam: Fam, c: Cust, t: datetime, lang: str, case: str, channel: str) -> str:
    text = fam.rng.choice(W.CONFIRM[lang]).format(case=case)
    if channel == "email":
        return add(fam, c, t, "email", "message", text, subject=f"Re: {case}")
    return add(fam, c, t, "chat", "chat", text)


# --- families ---------------------------------------------------------------------


def fam_happy_writers() -> Fam:
    fam = Fam(
        "happy_writers",
        "HW",
        1,
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        "happy customers only: daytime writers, night writers and survey-only customers",
    )
    rng = fam.rng
    for _ in range(16):
        c = person(fam, pick_lang(rng), "happy", "day writer", [], [])
        for d in some_days(rng, list(range(10)), rng.randint(5, 8)):
            happy(fam, c, fam.within(d, 7, 19), ALL_HAPPY)
    for _ in range(5):
        c = person(fam, pick_lang(rng), "happy", "night writer", [], [], job=rng.choice(NIGHT_JOBS))
        for d in some_days(rng, list(range(9)), rng.randint(2, 4)):
            t = fam.at(d, 22.2) + timedelta(minutes=rng.randrange(0, 378))
            if rng.random() < 0.5:
                add(
                    fam,
                    c,
                    t,
                    rng.choice(["social", "community"]),
                    "post",
                    fresh(fam, c, W.NIGHT_POST[c.lang]),
                )
            else:
                q, a = fresh(fam, c, W.NIGHT_CHAT[c.lang])
                add(fam, c, t, "chat", "chat", q)
                t2 = t + mins(rng, 1, 5)
                add(fam, c, t2, "chat", "chat", a, outbound=True, agent=agent_of(fam, c.lang))
                add(fam, c, t2 + mins(rng, 1, 3), "chat", "chat", rng.choice(W.THANKS[c.lang]))
        for d in some_days(rng, list(range(10)), rng.randint(2, 3)):
            happy(fam, c, fam.within(d, 9, 18), ("praise", "purchase", "page", "review"))
    for _ in range(5):
        c = person(fam, pick_lang(rng), "happy", "answers surveys", [], [])
        for d in some_days(rng, list(range(10)), rng.randint(3, 6)):
            survey_happy(fam, c, fam.within(d, 8, 20), c.lang)
    return fam


def fam_one_bad_day() -> Fam:
    fam = Fam(
        "one_bad_day",
        "BD",
        2,
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        "happy customers with one angry moment about one problem, and happy controls",
    )
    rng = fam.rng
    longs = [
        ("es", *W.LONG_EMAIL["es"][0]),
        ("es", *W.LONG_EMAIL["es"][1]),
        ("en", *W.LONG_EMAIL["en"][0]),
        ("en", *W.LONG_EMAIL["en"][1]),
    ]
    problems = [p for p in W.PROBLEM_NAMES for _ in range(4)]
    for _, p, _ in longs:
        problems.remove(p)
    rng.shuffle(problems)
    channels = ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    rng.shuffle(channels)
    plan: list[tuple[str, str, str, str | None]] = [
        (lang, p, "email", txt) for lang, p, txt in longs
    ]
    plan += [(pick_lang(rng), problems[i], channels[i], None) for i in range(20)]
    with_case = [i for i, (_, _, ch, _) in enumerate(plan) if ch != "social"]
    nps_idx = set(rng.sample(with_case, 6))
    rest = [i for i in with_case if i not in nps_idx]
    csat_idx = set(rng.sample(rest, 5))
    upd_idx = set(rng.sample(with_case, 12))
    apol_idx = set(rng.sample(sorted(upd_idx), 5))
    for i, (lang, problem, channel, long_text) in enumerate(plan):
        nps = i in nps_idx
        c = person(
            fam,
            lang,
            "bad_day_detractor" if nps else "happy_one_bad_day",
            "one bad day",
            ["detractor"] if nps else [],
            ["silence"],
        )
        bad_day = rng.randint(2, 9)
        t = fam.within(bad_day, 8, 20)
        pool = [d for d in range(12) if d <= bad_day - 2 or d >= bad_day + 3]
        happy_days(fam, c, some_days(rng, pool, rng.randint(1, 5)), 7, 20, NO_SURVEY)
        case = new_case(rng) if channel != "social" else None
        eid, _ = raise_problem(fam, c, t, problem, channel, lang, case, long_text)
        tr = c.truth
        tr.update(
            {
                "problem": problem,
                "channel": channel,
                "booking": case,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(t),
                "problem_event_ids": [eid],
                "long_email": long_text is not None,
            }
        )
        if nps:
            low_score(
                fam,
                c,
                t + mins(rng, 100, 140),
                "nps",
                rng.randint(1, 5),
                rng.choice(W.LOW_NPS_WORD[lang]) or None,
            )
        if i in csat_idx:
            low_score(
                fam,
                c,
                t + mins(rng, 40, 80),
                "csat",
                rng.randint(1, 2),
                rng.choice(W.LOW_CSAT_WORD[lang]) or None,
            )
        tr["agent_fixed"] = i in upd_idx and case is not None
        if i in upd_idx and case is not None:
            send_update(fam, c, day_time(t + mins(rng, 60, 240), rng), problem, lang, case)
        if i in apol_idx and case is not None:
            ta = day_time(t + mins(rng, 16 * 60, 24 * 60), rng)
            ch = rng.choice(["chat", "email"])
            aid = add(
                fam,
                c,
                ta,
                ch,
                "chat" if ch == "chat" else "message",
                rng.choice(W.APOLOGY[lang]),
                subject=f"Re: {case}" if ch == "email" else None,
            )
            tr.update({"apologised": True, "apology_at": iso(ta), "apology_event_id": aid})
        else:
            tr["apologised"] = False
    for _ in range(8):
        c = person(fam, pick_lang(rng), "happy", "control", [], [])
        happy_days(fam, c, some_days(rng, list(range(12)), rng.randint(4, 7)), 7, 20, NO_SURVEY)
    return fam


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def repeat_run(
    fam: Fam,
    c: Cust,
    problem: str,
    first_t: datetime,
    channels: list[str],
    langs: list[str],
    manager: bool,
    tr_extra: dict[str, Any],
) -> None:
    rng = fam.rng
    case = new_case(rng)
    ids: list[str] = []
    comp = rng.choice(W.COMPETITORS)
    eid, _ = raise_problem(fam, c, first_t, problem, channels[0], langs[0], case)
    ids.append(eid)
    if manager:
        s, b = W.MANAGER[langs[0]]
        agent = agent_of(fam, langs[0])
        add(
            fam,
            c,
            day_time(first_t + mins(rng, 90, 150), rng),
            "email",
            "message",
            b.format(first=c.first, case=case, agent=agent),
            subject=s.format(case=case),
            outbound=True,
            agent=agent,
        )
    t = first_t
    for k in range(1, len(channels)):
        t = day_time(t + mins(rng, 4 * 60, 40 * 60), rng)
        ch, lang = channels[k], langs[k]
        text = W.REPEAT_LATER[lang][k - 1].format(case=case, what=what(problem, lang), comp=comp)
        if ch == "phone":
            for wrote, rang in CALL_VERBS:
                text = text.replace(wrote, rang)
            text = transcript(text, lang)
        kind = {
            "email": "message",
            "chat": "chat",
            "social": "mention",
            "web": "ticket",
            "phone": "call",
        }[ch]
        attrs = {"page": "/ayuda/reclamacion"} if ch == "web" else None
        ids.append(
            add(
                fam,
                c,
                t,
                ch,
                kind,
                text,
                subject=f"Re: {case}" if ch in ("email", "web") else None,
                attrs=attrs,
            )
        )
        if ch == "chat":
            add(
                fam,
                c,
                t + mins(rng, 1, 4),
                "chat",
                "chat",
                W.REPEAT_CHAT_ANSWER[lang].format(case=case),
                outbound=True,
                agent=agent_of(fam, lang),
            )
    c.truth.update(
        {
            "problem": problem,
            "booking": case,
            "contacts": len(channels),
            "channels": channels,
            "channel": channels[0],
            "problem_event_ids": ids,
            "repeat_event_id": ids[1],
            "trouble_starts_at": iso(first_t),
            "competitor": comp if len(channels) >= 3 else None,
            "agent_passed_on": manager,
        }
    )
    c.truth.update(tr_extra)


def fixed_case(
    fam: Fam, c: Cust, t: datetime, problem: str, channel: str, lang: str, confirm_lang: str
) -> dict[str, Any]:
    rng = fam.rng
    case = new_case(rng)
    eid, _ = raise_problem(fam, c, t, problem, channel, lang, case)
    tu = day_time(t + mins(rng, 3 * 60, 20 * 60), rng)
    send_update(fam, c, tu, problem, lang, case)
    tc = day_time(tu + mins(rng, 8 * 60, 30 * 60), rng)
    cch = rng.choice(["email", "chat"])
    cid = confirm(fam, c, tc, confirm_lang, case, cch)
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(tu),
        "confirmed_at": iso(tc),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": channel,
        "confirm_channel": cch,
    }


def fam_repeat_contacts() -> Fam:
    fam = Fam(
        "repeat_contacts",
        "RC",
        3,
        datetime(2026, 6, 1, tzinfo=UTC),
        10,
        "customers who raise one open problem again and again, fixed ones, two-problem ones and frequent happy writers",
    )
    rng = fam.rng
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    rng.shuffle(firsts)
    counts = [2] * 4 + [3] * 4 + [4] * 4
    rng.shuffle(counts)
    managers = set(rng.sample(range(12), 6))
    for i in range(12):
        c = person(fam, pick_lang(rng), "repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        for _ in range(rng.randint(1, 3)):
            happy(fam, c, fam.within(0, 7, 12), NO_SURVEY)
        others = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != firsts[i]]
        rng.shuffle(others)
        chans = [firsts[i], *others[: counts[i] - 1]]
        repeat_run(
            fam,
            c,
            rng.choice(W.PROBLEM_NAMES),
            fam.within(rng.randint(1, 4), 8, 19),
            chans,
            [c.lang] * len(chans),
            i in managers,
            {},
        )
    for _ in range(5):
        c = person(fam, pick_lang(rng), "resolved_between_contacts", "fixed", [], ["silence"])
        happy(fam, c, fam.within(0, 8, 18), NO_SURVEY)
        t = fam.within(rng.randint(1, 4), 8, 19)
        fc = fixed_case(
            fam,
            c,
            t,
            rng.choice(W.PROBLEM_NAMES),
            rng.choice(["email", "web", "chat"]),
            c.lang,
            c.lang,
        )
        c.truth.update(
            {"problems": [fc], "trouble_starts_at": fc["raised_at"], "booking": fc["booking"]}
        )
    for _ in range(3):
        c = person(fam, pick_lang(rng), "different_problems", "two problems", [], ["silence"])
        p1, p2 = rng.sample(list(W.PROBLEM_NAMES), 2)
        d1 = rng.randint(1, 2)
        f1 = fixed_case(
            fam, c, fam.within(d1, 8, 18), p1, rng.choice(["email", "web", "chat"]), c.lang, c.lang
        )
        f2 = fixed_case(
            fam,
            c,
            fam.within(d1 + rng.randint(4, 5), 8, 18),
            p2,
            rng.choice(["email", "web", "chat"]),
            c.lang,
            c.lang,
        )
        c.truth.update({"problems": [f1, f2], "trouble_starts_at": f1["raised_at"]})
    for _ in range(7):
        c = person(fam, pick_lang(rng), "happy", "frequent writer", [], [])
        happy_days(
            fam,
            c,
            some_days(rng, list(range(10)), rng.randint(5, 8)),
            7,
            19,
            ("chat", "chat", "email", "phone", "purchase", "praise"),
        )
    return fam


def public(fam: Fam, c: Cust, t: datetime, ch: str, text: str, rating: str) -> str:
    """A public word: a review with its rating, a social mention or a community post."""
    if ch == "review":
        return add(fam, c, t, "web", "review", text, attrs={"rating": rating, "page": "/opiniones"})
    return add(fam, c, t, ch, "mention" if ch == "social" else "post", text)


def slide(fam: Fam, c: Cust, start_day: int, span: int, langs: list[str]) -> list[str]:
    rng = fam.rng
    comp = rng.choice(W.COMPETITORS)
    ids: list[str] = []
    t = fam.within(start_day, 8, 12)
    step_gap = span * 24 * 60 / 6
    ratings = ["3", "3", "2", "2", "1", "1"]
    for k in range(6):
        if k:
            t = day_time(t + mins(rng, max(60, step_gap * 0.6), max(90, step_gap * 1.2)), rng)
        lang = langs[k % len(langs)]
        text = W.SLIDE[lang][k].replace("{comp}", comp)
        ch = rng.choice(["social", "community", "review"])
        ids.append(public(fam, c, t, ch, text, ratings[k]))
        c.truth.setdefault("_times", []).append(t)
    c.truth.update(
        {
            "slide_event_ids": ids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": iso(c.truth["_times"][0]),
        }
    )
    return ids


def fam_slow_churners() -> Fam:
    fam = Fam(
        "slow_churners",
        "SC",
        4,
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
        "sliding customers, leavers, steady happy, steadily grumpy and one-sarcastic-remark customers",
    )
    rng = fam.rng
    spans = [3] + [5] * 5 + [9] * 4
    rng.shuffle(spans)
    nps_sliders = set(rng.sample(range(10), 5))
    for i in range(10):
        exp = ["sentiment_drop", "detractor"] if i in nps_sliders else ["sentiment_drop"]
        c = person(fam, pick_lang(rng), "slow_churner", "slides", exp, SLIDE_TOL)
        days = some_days(rng, list(range(11)), 8)
        n_praise = rng.randint(4, 5)
        n_other = rng.randint(2, 4)
        for d in days[:n_praise]:
            happy(fam, c, fam.within(d, 8, 20), ("praise",))
        for d in rng.sample(days[n_praise:] or days, min(n_other, len(days[n_praise:]) or 1)):
            happy(fam, c, fam.within(d, 8, 20), ("chat", "purchase", "page", "review"))
        slide(fam, c, rng.randint(12, 16), spans[i], [c.lang])
        times = c.truth.pop("_times")
        if i in nps_sliders:
            low_score(
                fam,
                c,
                day_time(times[3] + mins(rng, 150, 210), rng),
                "nps",
                rng.randint(1, 5),
                rng.choice(W.LOW_NPS_WORD[c.lang]) or None,
            )
    for _ in range(5):
        c = person(
            fam, pick_lang(rng), "slow_churner", "asks to cancel", ["churn_intent"], LEAVE_TOL
        )
        happy_days(fam, c, some_days(rng, list(range(16)), rng.randint(4, 6)), 8, 20, NO_SURVEY)
        t = fam.within(rng.randint(17, 23), 8, 20)
        subj, body = rng.choice(W.LEAVE[c.lang])
        eid = add(fam, c, t, "email", "message", body.format(plan=W.PLAN), subject=subj)
        s, b = W.LEAVE_ANSWER[c.lang]
        agent = agent_of(fam, c.lang)
        add(
            fam,
            c,
            day_time(t + mins(rng, 60, 300), rng),
            "email",
            "message",
            b.format(first=c.first, agent=agent),
            subject=s,
            outbound=True,
            agent=agent,
        )
        tc = day_time(t + mins(rng, 20 * 60, 30 * 60), rng)
        en, es, _, _ = W.PRODUCTS[-1]
        cid = add(
            fam,
            c,
            tc,
            "web",
            "cancellation",
            attrs={"page": "/cuenta/plan/cancelar", "product": f"{en} / {es}"},
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
        c = person(fam, pick_lang(rng), "happy", "steady", [], [])
        happy_days(fam, c, some_days(rng, list(range(32)), rng.randint(6, 10)), 8, 20, ALL_HAPPY)
    for _ in range(5):
        lang = rng.choice(["es", "en"])
        c = person(fam, lang, "steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"])
        d = rng.randint(0, 4)
        texts = rng.sample(W.GRUMBLE[lang], rng.randint(5, 6))
        ids = []
        for k, text in enumerate(texts):
            if k:
                d += rng.randint(1, 3)
            t = fam.within(d, 8, 21)
            ch = rng.choice(["social", "community", "web", "review"])
            if ch == "web":
                ids.append(
                    add(
                        fam,
                        c,
                        t,
                        "web",
                        "ticket",
                        text,
                        subject="Sugerencia" if lang == "es" else "Feedback",
                        attrs={"page": "/ayuda/contacto"},
                    )
                )
            else:
                ids.append(public(fam, c, t, ch, text, "3"))
        for _ in range(rng.randint(0, 2)):
            happy(fam, c, fam.within(rng.randint(0, 30), 9, 19), ("purchase",))
        c.truth.update(
            {
                "grumble_event_ids": ids,
                "trouble_starts_at": iso(min(r.t for r in fam.rows if r.data["event_id"] in ids)),
            }
        )
    for _ in range(5):
        c = person(fam, pick_lang(rng), "happy_one_sarcastic_remark", "happy", [], ["silence"])
        happy_days(fam, c, some_days(rng, list(range(16)), rng.randint(3, 5)), 8, 20, NO_SURVEY)
        t = fam.within(rng.randint(17, 28), 9, 21)
        ch = rng.choice(["social", "community"])
        sid = add(
            fam, c, t, ch, "mention" if ch == "social" else "post", rng.choice(W.SARCASM[c.lang])
        )
        c.truth.update({"sarcasm_event_id": sid, "trouble_starts_at": iso(t)})
    return fam


def fam_quiet_hours() -> Fam:
    fam = Fam(
        "quiet_hours",
        "QH",
        5,
        datetime(2026, 8, 28, tzinfo=UTC),
        3,
        "a calm summer weekend with bursts of happy night owls: no spike",
    )
    rng = fam.rng
    for _ in range(16):
        c = person(fam, pick_lang(rng), "happy", "day writer", [], [])
        for d in some_days(rng, [0, 1, 2], rng.randint(1, 3)):
            happy(
                fam,
                c,
                fam.within(d, 7, 17.5),
                ("praise", "chat", "purchase", "page", "review", "survey"),
            )
    for k in range(4):
        c = person(fam, pick_lang(rng), "grumbles_once", "grumbles once", [], ["silence"])
        t = fam.within(rng.randint(0, 2), 9, 17)
        happy(fam, c, t, ("page", "purchase"))
        tg = t + mins(rng, 20, 30)
        text, ans = rng.choice(W.GRUMBLE_ONCE[c.lang])
        agent = agent_of(fam, c.lang)
        if k < 2:
            gid = add(fam, c, tg, "chat", "chat", text)
            add(fam, c, tg + mins(rng, 1, 5), "chat", "chat", ans, outbound=True, agent=agent)
        else:
            gid = add(
                fam, c, tg, "web", "ticket", text, subject="App", attrs={"page": "/ayuda/contacto"}
            )
            add(
                fam,
                c,
                tg + mins(rng, 30, 120),
                "email",
                "message",
                ans,
                subject="Re: App",
                outbound=True,
                agent=agent,
            )
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(tg)})
    for night in range(3):
        first = fam.at(night + 1, 0) + timedelta(minutes=rng.randint(40, 65))
        starts = [
            first,
            first + timedelta(minutes=rng.randint(28, 33)),
            first + timedelta(minutes=rng.randint(55, 65)),
        ]
        for b, bs in enumerate(starts):
            for _ in range(4):
                c = person(
                    fam,
                    pick_lang(rng),
                    "night_owl",
                    f"night {night + 1}, burst {b + 1}",
                    [],
                    [],
                    job=rng.choice(NIGHT_JOBS),
                )
                t = bs + timedelta(minutes=rng.randrange(0, 10))
                if rng.random() < 0.5:
                    q, a = fresh(fam, c, W.NIGHT_CHAT[c.lang])
                    nid = add(fam, c, t, "chat", "chat", q)
                    t2 = t + mins(rng, 1, 4)
                    add(fam, c, t2, "chat", "chat", a, outbound=True, agent=agent_of(fam, c.lang))
                    add(fam, c, t2 + mins(rng, 1, 3), "chat", "chat", rng.choice(W.THANKS[c.lang]))
                else:
                    ch = rng.choice(["social", "community"])
                    nid = add(
                        fam,
                        c,
                        t,
                        ch,
                        "mention" if ch == "social" else "post",
                        fresh(fam, c, W.NIGHT_POST[c.lang]),
                    )
                c.truth.update({"burst_at": iso(bs), "night_event_id": nid})
                if rng.random() < 0.5:
                    happy(
                        fam,
                        c,
                        fam.within(rng.randint(0, 2), 9, 17.5),
                        ("praise", "purchase", "page"),
                    )
    return fam


BILINGUAL_PAIRS = (
    [("es", "en")] * 4
    + [("en", "es")] * 4
    + [("es", "de")] * 2
    + [("de", "es")]
    + [("es", "fr")] * 2
    + [("fr", "es")]
    + [("en", "fr")] * 2
    + [("en", "de")] * 2
    + [("de", "en")]
    + [("es", "pt")] * 2
    + [("pt", "es")]
    + [("en", "it")]
    + [("it", "en")]
    + [("es", "it")]
    + [("fr", "en")]
    + [("pt", "en")]
)


def pair_market(rng: random.Random, pair: tuple[str, str]) -> str:
    return pick_market(rng, rng.choice(pair))


def fam_bilingual() -> Fam:
    fam = Fam(
        "bilingual",
        "BL",
        6,
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
        "customers writing in two languages: happy alternators, repeat contacts, sliders, one bad day in the second language, fixed between contacts",
    )
    rng = fam.rng
    pairs = list(BILINGUAL_PAIRS)
    rng.shuffle(pairs)
    # the long e-mail writer needs es or en as second language
    li = next(i for i, p in enumerate(pairs) if p[1] in ("es", "en"))
    pairs.insert(0, pairs.pop(li))
    roles = (
        ["bad_long", "bad_email", "bad_chat"]
        + ["happy"] * 12
        + ["repeat"] * 5
        + ["slide"] * 5
        + ["fixed"] * 2
    )
    why = [
        "works in the other language",
        "partner's language",
        "grew up with both",
        "studied abroad",
        "moved for work",
    ]

    def mk(persona: str, habit: str, exp: list[str], tol: list[str], pair: tuple[str, str]) -> Cust:
        c = person(fam, pair[0], persona, habit, exp, tol, market=pair_market(rng, pair))
        c.truth.update({"languages": list(pair), "job_second_language": rng.choice(why)})
        return c

    repeat_counts = [2, 2, 3, 3, 4]
    rng.shuffle(repeat_counts)
    ri = 0
    for role, pair in zip(roles, pairs, strict=True):
        langs = [pair[0], pair[1]]
        if role == "happy":
            c = mk("happy", "alternates languages", [], [], pair)
            for k, d in enumerate(some_days(rng, list(range(14)), rng.randint(5, 8))):
                happy(fam, c, fam.within(d, 8, 20), NO_SURVEY, lang=langs[k % 2])
        elif role == "repeat":
            c = mk("repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL, pair)
            for _ in range(rng.randint(1, 3)):
                happy(fam, c, fam.within(rng.randint(0, 1), 8, 18), NO_SURVEY, lang=langs[0])
            n = repeat_counts[ri]
            ri += 1
            chans = rng.sample(["email", "chat", "phone", "web"], n)
            repeat_run(
                fam,
                c,
                rng.choice(W.PROBLEM_NAMES),
                fam.within(rng.randint(2, 5), 8, 18),
                chans,
                [langs[k % 2] for k in range(n)],
                n >= 3,
                {},
            )
        elif role == "slide":
            c = mk("slow_churner", "slides", ["sentiment_drop"], SLIDE_TOL, pair)
            days = some_days(rng, list(range(6)), 5)
            for k, d in enumerate(days):
                happy(fam, c, fam.within(d, 8, 13), ("praise",), lang=langs[k % 2])
            for _ in range(rng.randint(1, 3)):
                happy(
                    fam,
                    c,
                    fam.within(rng.randint(0, 5), 14, 20),
                    ("chat", "purchase", "page"),
                    lang=rng.choice(langs),
                )
            slide(fam, c, rng.randint(7, 8), rng.randint(3, 5), langs)
            c.truth.pop("_times")
        elif role.startswith("bad"):
            c = mk("happy_one_bad_day", "one bad day", [], ["silence"], pair)
            bd = rng.randint(4, 9)
            pool = [d for d in range(14) if d <= bd - 2 or d >= bd + 3]
            for k, d in enumerate(some_days(rng, pool, rng.randint(3, 5))):
                happy(fam, c, fam.within(d, 8, 20), NO_SURVEY, lang=langs[k % 2])
            t = fam.within(bd, 8, 20)
            second = langs[1]
            case = new_case(rng)
            if role == "bad_long":
                problem, text = W.LONG_EMAIL[second][rng.randrange(2)]
                eid, _ = raise_problem(fam, c, t, problem, "email", second, case, text)
            else:
                problem = rng.choice(W.PROBLEM_NAMES)
                eid, _ = raise_problem(
                    fam, c, t, problem, "email" if role == "bad_email" else "chat", second, case
                )
            c.truth.update(
                {
                    "problem": problem,
                    "booking": case,
                    "bad_day_at": iso(t),
                    "bad_day_event_id": eid,
                    "bad_day_language": second,
                    "trouble_starts_at": iso(t),
                    "long_email": role == "bad_long",
                    "channel": "email" if role != "bad_chat" else "chat",
                }
            )
            c.truth["agent_fixed"] = role != "bad_chat"
            if role != "bad_chat":
                send_update(fam, c, day_time(t + mins(rng, 60, 240), rng), problem, second, case)
            if role == "bad_email":
                ta = day_time(t + mins(rng, 18 * 60, 24 * 60), rng)
                aid = add(fam, c, ta, "chat", "chat", rng.choice(W.APOLOGY[second]))
                c.truth.update({"apologised": True, "apology_at": iso(ta), "apology_event_id": aid})
        else:
            c = mk("resolved_between_contacts", "fixed", [], ["silence"], pair)
            happy(fam, c, fam.within(rng.randint(0, 2), 8, 18), NO_SURVEY, lang=langs[0])
            fc = fixed_case(
                fam,
                c,
                fam.within(rng.randint(3, 7), 8, 18),
                rng.choice(W.PROBLEM_NAMES),
                "web",
                langs[0],
                langs[1],
            )
            c.truth.update(
                {
                    "problems": [fc],
                    "trouble_starts_at": fc["raised_at"],
                    "confirm_language": langs[1],
                    "booking": fc["booking"],
                }
            )
    return fam


def fam_b2b() -> Fam:
    fam = Fam(
        "b2b_accounts",
        "BB",
        7,
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
        "firms on pest-control contracts: at-risk accounts, one unhappy contact, mild suggestions, happy accounts",
    )
    rng = fam.rng
    names: dict[str, list[tuple[str, str]]] = {
        "es": [
            ("Grupo Tapería Sur", "restaurant"),
            ("Panaderías Horno Alto", "bakery"),
            ("Residencia Los Olivos", "care_home"),
            ("Hotel Marítimo Levante", "hotel"),
            ("Comedores Escolares Brisa", "canteen"),
            ("Cervecera del Ebro", "brewery"),
        ],
        "en": [
            ("Harbourside Hotels", "hotel"),
            ("Kettle and Crumb Bakeries", "bakery"),
            ("Northgate Logistics", "warehouse"),
            ("Riverside Care Homes", "care_home"),
            ("Oakfield Academy Trust", "school"),
            ("Greenway Canteens", "canteen"),
        ],
        "fr": [("Brasserie du Quai", "restaurant"), ("Hôtel Les Tilleuls", "hotel")],
        "de": [("Bäckerei Sonnenkorn", "bakery"), ("Lagerhaus Nordring", "warehouse")],
        "it": [("Ristoranti Tre Archi", "restaurant"), ("Mensa Aziendale Fiore", "canteen")],
        "pt": [("Pastelaria Nata Dourada", "bakery"), ("Armazéns Ribeira", "warehouse")],
    }
    taken_names: set[str] = set()

    def company(lang: str) -> tuple[str, str]:
        choice = rng.choice([n for n in names[lang] if n[0] not in taken_names])
        taken_names.add(choice[0])
        return choice

    plan: list[tuple[str, str, int, int, str | None]] = [
        ("at_risk", "es", 4, 3, "missing_reports"),
        ("at_risk", "en", 5, 3, "missed_visits"),
        ("at_risk", "es", 4, 3, "invoice"),
        ("at_risk", "en", 5, 4, "callout_rate"),
        ("at_risk", "en", 6, 4, "invoice"),
        ("one_unhappy", "fr", 3, 1, "callout_rate"),
        ("one_unhappy", "de", 3, 1, "missing_reports"),
        ("one_unhappy", "es", 3, 1, "missed_visits"),
        ("one_unhappy", "pt", 3, 1, "invoice"),
        ("mild", "it", 3, 0, None),
        ("mild", "en", 4, 0, None),
        ("mild", "es", 4, 0, None),
        ("happy", "de", 4, 0, None),
        ("happy", "en", 3, 0, None),
        ("happy", "es", 5, 0, None),
    ]
    last_channels = ["email", "phone", "phone", "phone", "phone"]
    rng.shuffle(last_channels)
    risk_i = 0
    for kind, lang, n_contacts, n_unhappy, problem in plan:
        market = pick_market(rng, lang)
        comp_name, site = company(lang)
        while True:
            acc = f"FB-{market}-{rng.randrange(1000, 10000)}"
            if acc not in used("account"):
                used("account").add(acc)
                break
        domain = slug(comp_name)[:18] + ".example"
        taken_first: set[str] = set()
        contacts: list[Cust] = []
        unhappy: list[Cust] = []
        for k in range(n_contacts):
            if kind == "at_risk" and k < n_unhappy:
                is_last = k == n_unhappy - 1
                persona, role, exp, tol = (
                    "b2b_unhappy",
                    "complainer",
                    ["repeat_contact"] if is_last else ["detractor"],
                    B2B_RISK_TOL,
                )
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
            title = rng.choice(B.JOB_TITLES)
            c = person(
                fam,
                lang,
                persona,
                role,
                exp,
                tol,
                market=market,
                account=acc,
                domain=domain,
                job=title,
                taken_first=taken_first,
            )
            c.truth.update({"company": comp_name, "role": role, "job_title": title})
            contacts.append(c)
            if role == "complainer":
                unhappy.append(c)
            if role == "contact":
                for d in some_days(rng, [0, 1, 2, 3, 4, 7, 8, 9, 10, 11], rng.randint(2, 5)):
                    b2b_routine(
                        fam,
                        c,
                        fam.within(d, 8, 16.5),
                        ("chat", "purchase", "page", "praise", "survey"),
                    )
            else:
                for _ in range(rng.randint(0, 2)):
                    b2b_routine(
                        fam, c, fam.within(rng.randint(0, 1), 8, 16.5), ("chat", "purchase", "page")
                    )
        acct: dict[str, Any] = {
            "company": comp_name,
            "site": site,
            "contacts": len(contacts),
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": [c.key for c in unhappy],
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
            case = new_case(rng)
            t = fam.within(2, 8.5, 12)
            first_t = t
            agent = agent_of(fam, lang)
            for k, c in enumerate(unhappy):
                if k:
                    t = office_time(t + mins(rng, 8 * 60, 28 * 60), rng)
                if k == 0:
                    subj, body = B.B2B_FIRST[problem][lang]
                else:
                    same_day = t.date() == first_t.date()
                    day = B.TODAY[lang] if same_day else B.WEEKDAYS[lang][first_t.weekday()]
                    subj = f"Re: {case}"
                    body = B.B2B_LATER[problem][lang][(k - 1 + risk_i) % 3].format(
                        prev=unhappy[0].first, day=day, case=case
                    )
                eid = add(fam, c, t, "email", "message", body, subject=subj)
                ids = [eid]
                if k == 0:
                    s, b = B.B2B_LOGGED[lang]
                    add(
                        fam,
                        c,
                        t + mins(rng, 10, 40),
                        "email",
                        "message",
                        b.format(
                            first=c.first, case=case, company=comp_name, agent=agent, arm=B.ARM
                        ),
                        subject=s.format(case=case),
                        outbound=True,
                        agent=agent,
                    )
                if k < len(unhappy) - 1:
                    low_score(fam, c, t + mins(rng, 60, 180), "nps", rng.randint(1, 5), None)
                else:
                    t2 = office_time(t + mins(rng, 18 * 60, 40 * 60), rng)
                    comp = rng.choice(W.COMPETITORS)
                    ch = last_channels[risk_i]
                    if ch == "email":
                        ids.append(
                            add(
                                fam,
                                c,
                                t2,
                                "email",
                                "message",
                                B.B2B_LAST_EMAIL[lang].format(case=case, comp=comp),
                                subject=f"Re: {case}",
                            )
                        )
                        c.truth["competitor"] = comp
                    else:
                        ids.append(
                            add(
                                fam, c, t2, "phone", "call", B.B2B_LAST_CALL[lang].format(case=case)
                            )
                        )
                    c.truth["repeat_event_id"] = ids[-1]
                c.truth.update(
                    {
                        "problem": problem,
                        "booking": case,
                        "complaint_event_ids": ids,
                        "trouble_starts_at": iso(t),
                    }
                )
            risk_i += 1
            acct["trouble_starts_at"] = iso(first_t)
        elif kind == "one_unhappy":
            assert problem is not None
            c = unhappy[0]
            case = new_case(rng)
            t = office_time(fam.within(rng.randint(3, 7), 8, 16), rng)
            subj, body = B.B2B_FIRST[problem][lang]
            eid = add(fam, c, t, "email", "message", body, subject=subj)
            agent = agent_of(fam, lang)
            s, b = B.B2B_LOGGED[lang]
            add(
                fam,
                c,
                t + mins(rng, 10, 40),
                "email",
                "message",
                b.format(first=c.first, case=case, company=comp_name, agent=agent, arm=B.ARM),
                subject=s.format(case=case),
                outbound=True,
                agent=agent,
            )
            low_score(fam, c, t + mins(rng, 60, 180), "nps", rng.randint(1, 5), None)
            c.truth.update(
                {
                    "problem": problem,
                    "booking": case,
                    "complaint_event_ids": [eid],
                    "trouble_starts_at": iso(t),
                }
            )
        elif kind == "mild":
            texts = rng.sample(B.B2B_MILD[lang], min(2, len(B.B2B_MILD[lang])))
            for k, c in enumerate(contacts[:2]):
                t = office_time(fam.within(rng.randint(2, 9), 8, 16), rng)
                text = texts[k % len(texts)]
                mid = add(
                    fam,
                    c,
                    t,
                    "web",
                    "ticket",
                    text,
                    subject="Portal",
                    attrs={"page": "/business/portal/feedback"},
                )
                agent = agent_of(fam, lang)
                s, b = B.B2B_MILD_ACK[lang]
                add(
                    fam,
                    c,
                    t + mins(rng, 30, 150),
                    "email",
                    "message",
                    b.format(first=c.first, agent=agent, arm=B.ARM),
                    subject=s,
                    outbound=True,
                    agent=agent,
                )
                c.truth.update({"mild_event_id": mid, "trouble_starts_at": iso(t)})
        fam.accounts[acc] = acct
    return fam


def b2b_routine(fam: Fam, c: Cust, t: datetime, kinds: tuple[str, ...]) -> None:
    rng = fam.rng
    kind = rng.choice(kinds)
    lang = c.lang
    if kind == "chat":
        q, a = fresh(fam, c, B.B2B_CHAT[lang])
        add(fam, c, t, "chat", "chat", q)
        t2 = t + mins(rng, 1, 6)
        add(fam, c, t2, "chat", "chat", a, outbound=True, agent=agent_of(fam, lang))
        if rng.random() < 0.6:
            add(fam, c, t2 + mins(rng, 1, 3), "chat", "chat", rng.choice(B.B2B_THANKS[lang]))
    elif kind == "purchase":
        attrs, page = product_attrs(fam, c, B.B2B_PRODUCTS)
        add(fam, c, t, "web", "page_view", attrs={"page": page})
        add(fam, c, t + mins(rng, 3, 15), "web", "purchase", attrs=attrs)
    elif kind == "page":
        add(fam, c, t, "web", "page_view", attrs={"page": rng.choice(B.B2B_PAGES)})
    elif kind == "praise":
        add(fam, c, t, "community", "post", fresh(fam, c, B.B2B_PRAISE[lang]))
    else:
        survey_happy(fam, c, t, lang)


def fam_topic_spike() -> Fam:
    fam = Fam(
        "topic_spike",
        "TS",
        8,
        datetime(2026, 11, 16, tzinfo=UTC),
        7,
        "a calm week with one planted incident: online booking failing with an error code",
    )
    rng = fam.rng
    code = W.SPIKE_CODE
    for _ in range(40):
        c = person(fam, pick_lang(rng), "happy", "day writer", [], [])
        for d in some_days(rng, list(range(6)), rng.randint(1, 4)):
            h1 = 12.0 if d == 3 else 19.0
            happy(fam, c, fam.within(d, 7, h1), ALL_HAPPY)
    for _ in range(2):
        lang = rng.choice(["es", "en"])
        c = person(fam, lang, "grumbles_once", "grumbles once", [], ["silence"])
        t = fam.within(0, 9, 17)
        text, ans = W.GRUMBLE_ONCE[lang][1]
        gid = add(fam, c, t, "chat", "chat", text)
        add(
            fam,
            c,
            t + mins(rng, 1, 5),
            "chat",
            "chat",
            ans,
            outbound=True,
            agent=agent_of(fam, lang),
        )
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(t)})
    for lang, hour in (("es", 10.25), ("en", 16.67)):
        c = person(fam, lang, "grumbles_once", "lone question", [], ["silence"])
        t = fam.at(2, hour)
        t = t.replace(second=0, microsecond=0)
        q, a = W.LONE_Q[lang]
        lid = add(fam, c, t, "chat", "chat", q)
        add(
            fam, c, t + mins(rng, 2, 5), "chat", "chat", a, outbound=True, agent=agent_of(fam, lang)
        )
        c.truth.update({"lone_report_event_id": lid, "trouble_starts_at": iso(t)})
    spike_start = fam.at(3, 14) + timedelta(minutes=20)
    spike_end = spike_start + timedelta(minutes=45)
    langs = ["es"] * 6 + ["en"] * 6 + ["fr"] * 2 + ["de"] * 2 + ["it"] * 2 + ["pt"] * 2
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(langs)
    rng.shuffle(chans)
    offsets = sorted([0, 45, *[rng.randint(1, 44) for _ in range(18)]])
    regular = set(rng.sample(range(20), 12))
    early = [i for i in range(20) if offsets[i] <= 20]
    repeaters = set(rng.sample(early, 6))
    others = [i for i in range(20) if i not in repeaters]
    fixed = set(rng.sample(others, 6))
    rep_chans = ["email", "email", "chat", "chat", "community", "community"]
    rng.shuffle(rep_chans)
    keys: list[str] = []
    eids: list[str] = []
    reids: list[str] = []
    ri = 0
    decks: dict[str, list[str]] = {}
    for i in range(20):
        lang, ch = langs[i], chans[i]
        rep = i in repeaters
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
                happy(
                    fam, c, fam.within(1, 8, 17.5), ("praise", "chat", "email", "purchase", "page")
                )
        t = spike_start + timedelta(minutes=offsets[i], seconds=0)
        if not decks.get(lang):
            decks[lang] = rng.sample(W.SPIKE_REPORT[lang], len(W.SPIKE_REPORT[lang]))
        text = decks[lang].pop().replace("{code}", code)
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        subj = (
            {
                "es": "Error al reservar",
                "en": "Can't book",
                "fr": "Réservation impossible",
                "de": "Buchung geht nicht",
                "it": "Prenotazione impossibile",
                "pt": "Não consigo marcar",
            }[lang]
            if ch in ("email", "web")
            else None
        )
        attrs = {"page": "/reservar"} if ch == "web" else None
        eid = add(fam, c, t, ch, kind, text, subject=subj, attrs=attrs)
        keys.append(c.key)
        eids.append(eid)
        if ch == "chat":
            add(
                fam,
                c,
                t + mins(rng, 1, 4),
                "chat",
                "chat",
                W.SPIKE_CHAT_ANSWER[lang],
                outbound=True,
                agent=agent_of(fam, lang),
            )
        c.truth.update(
            {
                "in_spike": True,
                "regular": i in regular,
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
            }
        )
        if rep:
            rch = rep_chans[ri]
            ri += 1
            if rch == ch:
                rch = {"email": "chat", "chat": "community", "community": "email"}[rch]
            t2 = t + timedelta(minutes=rng.randint(15, 50))
            rtext = rng.choice(W.SPIKE_REPEAT[lang]).replace("{code}", code)
            rkind = {"chat": "chat", "community": "post", "email": "message"}[rch]
            rid = add(
                fam,
                c,
                t2,
                rch,
                rkind,
                rtext,
                subject=("Re: " + subj)
                if (rch == "email" and subj)
                else (subj if rch == "email" else None),
            )
            if rch == "email" and subj is None:
                fam.rows[-1].data["subject"] = {
                    "es": "Sigue sin funcionar",
                    "en": "Still broken",
                    "fr": "Toujours en panne",
                    "de": "Geht immer noch nicht",
                    "it": "Ancora non va",
                    "pt": "Continua sem funcionar",
                }[lang]
            reids.append(rid)
            c.truth.update({"repeat_event_id": rid})
        if i in fixed:
            fix_utc = fam.at(3, 16.5)
            local = fix_utc + timedelta(hours=LOCAL_OFFSET.get(c.market, 1))
            s, b = W.SPIKE_FIXED[lang]
            agent = agent_of(fam, lang)
            credit = money(15.0, c.market, lang)
            tf = fam.at(3, 17) + timedelta(minutes=rng.randint(5, 15))
            add(
                fam,
                c,
                tf,
                "email",
                "message",
                b.format(first=c.first, since=local.strftime("%H:%M"), credit=credit, agent=agent),
                subject=s,
                outbound=True,
                agent=agent,
            )
            c.truth["agent_fixed"] = True
    fam.spike = {
        "topic": f"pest-control app and website: online booking and rescheduling fail at confirmation with error {code}, so no visit can be booked, moved or cancelled",
        "about": "booking calendar outage",
        "channel": None,
        "start": iso(spike_start),
        "end": iso(spike_end),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reids,
    }
    return fam


# --- rendering -------------------------------------------------------------------


def finish(fam: Fam) -> tuple[str, str]:
    rows = sorted(fam.rows, key=lambda r: (r.t, r.seq))
    seen: set[str] = set()
    aux = fam.aux
    for r in rows:
        c = r.cust
        d = r.data
        ch = d["channel"]
        full = {
            "customer_id": c.key,
            "email": c.email,
            "phone": c.phone,
            "handle": c.handle,
            "account_id": c.account,
        }
        cust: dict[str, str | None] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": c.account,
        }
        if d["direction"] == "outbound" or (c.key not in seen):
            cust.update(full)
            if d["direction"] == "inbound":
                seen.add(c.key)
        elif ch == "phone":
            cust["phone"] = c.phone
        elif ch in ("social", "community"):
            if c.handle:
                cust["handle"] = c.handle
            else:
                cust["email"] = c.email
        elif ch == "email":
            cust["email"] = c.email
        else:
            cust["customer_id"] = c.key
        if cust["phone"] and aux.random() < 0.5:
            cc = PHONE_PLAN[c.market][0]
            cust["phone"] = f"+{cc} {c.phone[len(cc) + 1 :]}"
        if cust["handle"] and aux.random() < 0.2:
            cust["handle"] = cust["handle"].lstrip("@")
        if cust["email"] and aux.random() < 1 / 12:
            cust["email"] = cust["email"].upper()
        d["customer"] = cust
    expected: dict[str, int] = {}
    for c in fam.custs:
        for rule in c.truth["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
        if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
            raise SystemExit(f"{c.key} expects and tolerates a rule")
        if not any(r.cust is c and r.data["direction"] == "inbound" for r in rows):
            raise SystemExit(f"{c.key} has no inbound touchpoint")
    for a in fam.accounts.values():
        for rule in a["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    if fam.spike:
        expected["topic_spike"] = 1
    if expected != PLANTED[fam.name]:
        raise SystemExit(f"{fam.name}: expected {expected} != planted {PLANTED[fam.name]}")
    first_t, last_t = rows[0].t, rows[-1].t
    if first_t < fam.start or first_t.year != 2026 or last_t >= LIMIT:
        raise SystemExit(f"{fam.name}: touchpoint out of range")
    end = max(fam.start + timedelta(days=fam.days), last_t + timedelta(hours=1))
    if end >= LIMIT:
        raise SystemExit(f"{fam.name}: end out of range")
    lines = "".join(json.dumps(r.data, ensure_ascii=False) + "\n" for r in rows)
    truth = {
        "config": {
            "family": fam.name,
            "about": fam.about,
            "business": BUSINESS,
            "days": fam.days,
            "seed": SEED,
            "written": WRITTEN,
            "expected": dict(sorted(expected.items())),
        },
        "start": iso(fam.start),
        "end": iso(end),
        "customers": {c.key: c.truth for c in fam.custs},
        "accounts": fam.accounts,
        "spike": fam.spike,
        "journey": {},
        "expectations": {},
    }
    return lines, json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


PLANTED: dict[str, dict[str, int]] = {
    "happy_writers": {},
    "one_bad_day": {"detractor": 6},
    "repeat_contacts": {"repeat_contact": 12},
    "slow_churners": {"churn_intent": 5, "detractor": 5, "sentiment_drop": 10},
    "quiet_hours": {},
    "bilingual": {"repeat_contact": 5, "sentiment_drop": 5},
    "b2b_accounts": {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    "topic_spike": {"repeat_contact": 6, "topic_spike": 1},
}

FAMILIES: list[Callable[[], Fam]] = [
    fam_happy_writers,
    fam_one_bad_day,
    fam_repeat_contacts,
    fam_slow_churners,
    fam_quiet_hours,
    fam_bilingual,
    fam_b2b,
    fam_topic_spike,
]


def main() -> None:
    USED.clear()
    for build in FAMILIES:
        fam = build()
        lines, truth = finish(fam)
        (HERE / f"{fam.name}.jsonl").write_text(lines, encoding="utf-8")
        (HERE / f"{fam.name}.truth.json").write_text(truth, encoding="utf-8")
        print(f"{fam.name}: {len(fam.custs)} customers, {lines.count(chr(10))} touchpoints")


if __name__ == "__main__":
    main()
