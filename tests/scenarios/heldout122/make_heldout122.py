# ruff: noqa: E501
"""Build tests/scenarios/heldout122/ (Vidralo, glass repair at home; Vidralo Pro for firms).

Standalone and deterministic: standard library only, one seeded random.Random per family.
Run as ``python make_heldout122.py`` from anywhere.
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

import wording as W  # noqa: E402
import wording_b2b as WB  # noqa: E402

SEED = 20261114
LIMIT = datetime(2026, 11, 17, tzinfo=UTC)
LANGS = ["de", "es", "en", "fr", "it", "pt"]
LANG_WEIGHTS = [30, 30, 10, 10, 10, 10]
MARKETS: dict[str, list[str]] = {
    "de": ["DE", "DE", "AT", "CH"],
    "es": ["ES"],
    "en": ["UK", "UK", "IE"],
    "fr": ["FR", "FR", "BE", "CH"],
    "it": ["IT", "IT", "CH"],
    "pt": ["PT"],
}
PHONE: dict[str, tuple[str, list[str], int]] = {
    "ES": ("+34", ["6", "7"], 8),
    "DE": ("+49", ["151", "160", "170", "176"], 8),
    "AT": ("+43", ["664", "676", "699"], 7),
    "CH": ("+41", ["76", "78", "79"], 7),
    "UK": ("+44", ["7"], 9),
    "IE": ("+353", ["83", "85", "87"], 7),
    "FR": ("+33", ["6", "7"], 8),
    "BE": ("+32", ["47", "48", "49"], 7),
    "IT": ("+39", ["33", "34", "38"], 8),
    "PT": ("+351", ["91", "93", "96"], 7),
    "LU": ("+352", ["621", "661", "691"], 6),
}
FIRST: dict[str, list[str]] = {
    "de": [
        "Anja",
        "Jürgen",
        "Katrin",
        "Matthias",
        "Sabine",
        "Tobias",
        "Ulrike",
        "Felix",
        "Miriam",
        "Stefan",
        "Helga",
        "Lukas",
        "Nadine",
        "Björn",
        "Franziska",
    ],
    "es": [
        "Lucía",
        "Javier",
        "Marta",
        "Álvaro",
        "Nuria",
        "Sergio",
        "Rocío",
        "Iñaki",
        "Carmen",
        "Pablo",
        "Irene",
        "Óscar",
        "Begoña",
        "Raúl",
        "Ainhoa",
    ],
    "en": ["Hannah", "Gareth", "Siobhan", "Liam", "Chloe", "Owen", "Fiona"],
    "fr": ["Camille", "Julien", "Élodie", "Mathieu", "Aurélie", "Hugo", "Manon"],
    "it": ["Giulia", "Matteo", "Chiara", "Davide", "Francesca", "Lorenzo", "Sara"],
    "pt": ["Inês", "João", "Beatriz", "Tiago", "Mariana", "Rui", "Catarina"],
}
LAST: dict[str, list[str]] = {
    "de": [
        "Bauer",
        "Krüger",
        "Hoffmann",
        "Schäfer",
        "Wagner",
        "Lehmann",
        "Vogel",
        "Brandt",
        "Keller",
        "Seidel",
        "Ziegler",
        "Winkler",
        "Möller",
        "Haas",
        "Engel",
    ],
    "es": [
        "García",
        "Moreno",
        "Ruiz",
        "Navarro",
        "Serrano",
        "Ortega",
        "Castillo",
        "Romero",
        "Gil",
        "Vidal",
        "Iglesias",
        "Santos",
        "Cano",
        "Prieto",
        "Lozano",
    ],
    "en": ["Hughes", "Murphy", "Walsh", "Clarke", "Doyle", "Price", "Kelly"],
    "fr": ["Lefèvre", "Moreau", "Girard", "Fontaine", "Roux", "Mercier", "Blanc"],
    "it": ["Rossi", "Ferrari", "Greco", "Conti", "Marino", "Galli", "Testa"],
    "pt": ["Silva", "Ferreira", "Costa", "Martins", "Sousa", "Lopes", "Pereira"],
}
TOWNS: dict[str, list[str]] = {
    "ES": ["Madrid", "Zaragoza", "Valencia", "Bilbao", "Málaga"],
    "DE": ["Kassel", "Leipzig", "Bochum", "Freiburg", "Bremen"],
    "AT": ["Graz", "Linz", "Wien"],
    "CH": ["Bern", "Luzern", "Lugano", "Lausanne"],
    "UK": ["Leeds", "Bristol", "Cardiff"],
    "IE": ["Cork", "Galway"],
    "FR": ["Lille", "Nantes", "Lyon"],
    "BE": ["Liège", "Namur"],
    "IT": ["Bergamo", "Bologna", "Torino"],
    "PT": ["Braga", "Porto", "Coimbra"],
    "LU": ["Esch-sur-Alzette"],
}
JOBS = [
    "nurse",
    "teacher",
    "electrician",
    "accountant",
    "retired",
    "baker",
    "student",
    "bus driver",
    "pharmacist",
    "graphic designer",
    "chef",
    "vet",
]
SOURCE = {
    "email": "vidralo-mail",
    "phone": "vidralo-voice",
    "social": "vidralo-social",
    "community": "vidralo-forum",
    "chat": "vidralo-chat",
    "web": "vidralo-web",
    "survey": "vidralo-survey",
}
SILENCE_ONLY = ["silence"]
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
B2B_RISK_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
B2B_ONE_TOL = ["sentiment_drop", "high_value_at_risk", "silence"]

USED: set[str] = set()
CASES: list[int] = [0]


def uniq(value: str) -> str:
    if value in USED:
        raise ValueError(f"identifier given twice: {value}")
    USED.add(value)
    return value


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(text: str) -> str:
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
        text = text.replace(a, b)
    out = []
    for ch in text:
        if ch in "ñÑß":
            out.append(ch)
            continue
        out.append(
            "".join(c for c in unicodedata.normalize("NFD", ch) if unicodedata.category(c) != "Mn")
        )
    return "".join(out)


def speech(text: str) -> str:
    for ch in '.,!?;:()¿¡"':
        text = text.replace(ch, " ")
    text = " ".join(text.replace("\n", " ").split())
    return text[:1].lower() + text[1:]


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    first: str
    last: str
    email: str
    phone: str
    phone_spaced: str
    handle: str | None
    account: str | None
    truth: dict[str, Any]


@dataclass
class Row:
    t: datetime
    eid: str
    cust: Cust
    channel: str
    kind: str
    direction: str
    text: str | None
    subject: str | None
    scores: dict[str, int | None]
    attrs: dict[str, str]


@dataclass
class Fam:
    name: str
    code: str
    n: int
    start: datetime
    days: int
    about: str
    rng: random.Random = field(init=False)
    rr: random.Random = field(init=False)
    rows: list[Row] = field(default_factory=list)
    custs: list[Cust] = field(default_factory=list)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    counter: int = 0
    planted: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rr = random.Random(SEED * 100 + 50 + self.n)

    def at(self, day: float, hour: int, minute: int) -> datetime:
        return self.start + timedelta(days=day, hours=hour, minutes=minute)

    def pick(self, table: dict[str, list[str]], lang: str) -> str:
        return self.rng.choice(table.get(lang) or table["en"])


def fill(text: str, **kw: str) -> str:
    kw.setdefault("b", W.BRAND)
    for k, v in kw.items():
        text = text.replace("{" + k + "}", v)
    return text


def new_case() -> str:
    CASES[0] += 1
    return uniq(f"VD-{(CASES[0] * 7919 + 318204) % 900000 + 100000}")


def person(
    fam: Fam,
    lang: str,
    persona: str,
    habit: str,
    market: str | None = None,
    account: str | None = None,
    email_domain: str | None = None,
) -> Cust:
    rng = fam.rng
    market = market or rng.choice(MARKETS[lang])
    while True:
        first = rng.choice(FIRST[lang])
        last = rng.choice(LAST[lang])
        num = rng.randint(1, 99)
        base = (
            strip_accents(f"{first}.{last}")
            .lower()
            .replace("ß", "ss")
            .replace("ñ", "n")
            .replace(" ", "")
        )
        email = f"{base}{num}@{email_domain or rng.choice(['mail.example', 'post.example', 'correo.example', 'web.example'])}"
        if email_domain:
            email = f"{strip_accents(first).lower()}.{strip_accents(last).lower()}@{email_domain}"
        if email not in USED:
            break
    while True:
        key = f"VD{fam.code}{rng.randint(1000, 9999)}"
        if key not in USED:
            break
    uniq(key)
    uniq(email)
    cc, prefixes, rest = PHONE[market]
    while True:
        pre = rng.choice(prefixes)
        digits = pre + "".join(str(rng.randint(0, 9)) for _ in range(rest))
        phone = cc + digits
        if phone not in USED:
            uniq(phone)
            break
    handle: str | None = None
    if account is None:
        a = strip_accents(last).lower().replace("ß", "ss").replace("ñ", "n")
        b = strip_accents(first).lower().replace("ß", "ss").replace("ñ", "n")
        for cand in (
            f"@{a}_{b}{rng.randint(1, 9)}",
            f"@{b}{a}{rng.randint(10, 99)}",
            f"@{b[:1]}{a}{rng.randint(100, 999)}",
        ):
            if cand not in USED:
                handle = uniq(cand)
                break
    c = Cust(key, lang, market, first, last, email, phone, f"{cc} {digits}", handle, account, {})
    c.truth = {
        "identifiers": {
            "customer_id": key,
            "email": email,
            "phone": phone,
            "handle": handle,
            "account_id": account,
        },
        "expected_rules": [],
        "tolerated_rules": [],
        "persona": persona,
        "habit": habit,
        "language": lang,
        "country": market,
        "segment": "b2b" if account else "consumer",
        "name": f"{first} {last}",
        "job": rng.choice(JOBS),
        "town": rng.choice(TOWNS[market]),
    }
    fam.custs.append(c)
    return c


def roughen(fam: Fam, text: str) -> str:
    rr = fam.rr
    if rr.random() < 0.1:
        text = strip_accents(text)
    if rr.random() < 0.125 and text[:1].isupper() and not text[:2].isupper():
        text = text[:1].lower() + text[1:]
    if rr.random() < 1 / 7:
        words = text.split(" ")
        cands = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
        if cands:
            i = rr.choice(cands)
            w = words[i]
            j = rr.randint(1, len(w) - 3)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            text = " ".join(words)
    return text


def add(
    fam: Fam,
    c: Cust,
    t: datetime,
    channel: str,
    kind: str,
    text: str | None = None,
    subject: str | None = None,
    out: bool = False,
    scores: dict[str, int | None] | None = None,
    attrs: dict[str, str] | None = None,
) -> str:
    fam.counter += 1
    eid = f"vd122-{fam.code.lower()}-{fam.counter:05d}"
    if text is not None and not out:
        if channel == "social" and c.account is None:
            if W.BRAND in text:
                i = text.rfind(W.BRAND)
                text = text[:i] + "@" + text[i:]
            else:
                text = f"@{W.BRAND} {text}"
        if channel not in ("phone", "survey"):
            text = roughen(fam, text)
    a = {"market": c.market}
    if c.account:
        a["segment"] = "b2b"
    a.update(attrs or {})
    sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
    sc.update(scores or {})
    if t >= LIMIT or t < fam.start:
        raise ValueError(f"{eid} outside the family: {t}")
    fam.rows.append(
        Row(t, eid, c, channel, kind, "outbound" if out else "inbound", text, subject, sc, a)
    )
    return eid


def agent(fam: Fam) -> str:
    return str(fam.rng.choice(W.AGENTS))


def morning(fam: Fam, t: datetime) -> datetime:
    """Move a time out of 22:00-07:00 UTC to 08:00-09:00 the next morning."""
    if t.hour >= 22:
        t = (t + timedelta(days=1)).replace(hour=8, minute=fam.rng.randint(0, 59))
    elif t.hour < 7:
        t = t.replace(hour=8, minute=fam.rng.randint(0, 59))
    return t


def office(fam: Fam, t: datetime) -> datetime:
    """Move a time into weekday office hours 08-17 UTC."""
    if t.hour >= 17:
        t = (t + timedelta(days=1)).replace(hour=8, minute=fam.rng.randint(5, 55))
    elif t.hour < 8:
        t = t.replace(hour=8, minute=fam.rng.randint(5, 55))
    while t.weekday() >= 5:
        t = (t + timedelta(days=1)).replace(hour=8, minute=fam.rng.randint(5, 55))
    return t


def money(c: Cust, eur: float) -> tuple[str, str]:
    if c.market == "UK":
        return f"{eur * 0.86:.2f}", "GBP"
    if c.market == "CH":
        return f"{eur * 0.94:.2f}", "CHF"
    return f"{eur:.2f}", "EUR"


def spoken_amount(c: Cust, eur: float) -> str:
    if c.market == "UK":
        return f"£{round(eur * 0.86)}"
    if c.market == "CH":
        return f"CHF {round(eur * 0.94)}"
    return f"{eur:.0f} €" if c.lang != "en" else f"€{eur:.0f}"


def happy(
    fam: Fam,
    c: Cust,
    t: datetime,
    surveys: bool = False,
    b2b: bool = False,
    lang: str | None = None,
) -> None:
    rng = fam.rng
    lang = lang or c.lang
    acts = [
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
    ]
    if b2b:
        acts = ["chat", "chat", "buy", "view", "praise"]
    if surveys:
        acts += ["survey"]
    act = rng.choice(acts)
    if act == "praise":
        table = WB.PRAISE if b2b else W.PRAISE
        add(
            fam,
            c,
            t,
            "community" if b2b or rng.random() < 0.5 else "social",
            "post",
            fill(fam.pick(table, lang)),
        )
    elif act == "again":
        add(
            fam,
            c,
            t,
            rng.choice(["community", "social"]),
            "post",
            fill(fam.pick(W.PRAISE_AGAIN, lang)),
        )
    elif act == "gripe":
        add(fam, c, t, "community", "post", fill(fam.pick(W.PRAISE_GRIPE, lang)))
    elif act == "chat":
        q = fam.pick(WB.QUESTION if b2b else W.QUESTION, lang)
        add(fam, c, t, "chat", "chat", fill(q))
        ans = WB.ANSWER[lang] if b2b else fam.pick(W.ANSWER, lang)
        t2 = t + timedelta(minutes=rng.randint(1, 6))
        ag = agent(fam)
        add(fam, c, t2, "chat", "chat", fill(ans, agent=ag), out=True, attrs={"agent": ag})
        if rng.random() < 0.6:
            add(
                fam,
                c,
                t2 + timedelta(minutes=rng.randint(1, 3)),
                "chat",
                "chat",
                fam.pick(W.THANKS, lang),
            )
    elif act == "email":
        q = fill(fam.pick(W.QUESTION, lang))
        add(fam, c, t, "email", "message", q, subject=q.split("?")[0].split(",")[0][:40])
        t2 = morning(fam, t + timedelta(minutes=rng.randint(20, 180)))
        ag = agent(fam)
        add(
            fam,
            c,
            t2,
            "email",
            "message",
            fill(fam.pick(W.ANSWER, lang), agent=ag),
            subject="Re: " + W.BRAND,
            out=True,
            attrs={"agent": ag},
        )
    elif act == "phone":
        add(fam, c, t, "phone", "call", fill(fam.pick(W.PHONE_Q, lang), name=c.first))
        ag = agent(fam)
        add(
            fam,
            c,
            t + timedelta(minutes=rng.randint(10, 40)),
            "email",
            "message",
            fill(fam.pick(W.PHONE_FOLLOW, lang), first=c.first, agent=ag),
            subject=W.BRAND,
            out=True,
            attrs={"agent": ag},
        )
    elif act in ("buy", "view", "review"):
        prods = WB.PRODUCTS if b2b else W.PRODUCTS
        name, page, eur = rng.choice(prods)
        add(fam, c, t, "web", "page_view", attrs={"page": page})
        if act == "buy":
            value, cur = money(c, eur)
            add(
                fam,
                c,
                t + timedelta(minutes=rng.randint(3, 15)),
                "web",
                "purchase",
                attrs={"order_value": value, "currency": cur, "product": name, "page": page},
            )
        elif act == "review":
            add(
                fam,
                c,
                t + timedelta(minutes=rng.randint(2, 9)),
                "web",
                "review",
                fill(fam.pick(W.REVIEW, lang)),
                attrs={"rating": rng.choice(["5", "5", "4"]), "page": page},
            )
    else:
        survey(fam, c, t, lang)


def survey(fam: Fam, c: Cust, t: datetime, lang: str | None = None) -> str:
    rng = fam.rng
    kind = rng.choice(["nps", "csat", "ces"])
    val = {"nps": rng.randint(9, 10), "csat": rng.randint(4, 5), "ces": rng.randint(6, 7)}[kind]
    word = fam.pick(W.SURVEY_WORD, lang or c.lang)
    return add(
        fam,
        c,
        t,
        "survey",
        "survey_response",
        word or None,
        scores={kind: val},
        attrs={"survey": kind},
    )


def day_time(fam: Fam, day: int, lo: int = 7, hi: int = 20) -> datetime:
    return fam.at(day, fam.rng.randint(lo, hi), fam.rng.randint(0, 59))


def happy_days(
    fam: Fam, c: Cust, days: list[int], lo: int = 7, hi: int = 19, surveys: bool = False
) -> None:
    for d in days:
        happy(fam, c, day_time(fam, d, lo, hi), surveys=surveys)


def choose_days(fam: Fam, pool: list[int], n: int) -> list[int]:
    return sorted(fam.rng.sample(pool, min(n, len(pool))))


def lang_of(fam: Fam) -> str:
    return fam.rng.choices(LANGS, LANG_WEIGHTS)[0]


def topic(problem: str, lang: str) -> str:
    return str(W.PROBLEM_TOPIC[problem][W.LANG_INDEX[lang]])


def problem_text(fam: Fam, c: Cust, problem: str, lang: str) -> str:
    return fill(fam.pick(W.PROBLEM[problem], lang), amt=spoken_amount(c, 150))


# ---------------------------------------------------------------- families


def happy_writers(fam: Fam) -> None:
    for _ in range(16):
        c = person(fam, lang_of(fam), "happy", "day writer")
        happy_days(
            fam, c, choose_days(fam, list(range(fam.days)), fam.rng.randint(5, 8)), surveys=True
        )
    for _ in range(5):
        c = person(fam, lang_of(fam), "happy", "night writer")
        nights = choose_days(fam, list(range(fam.days - 1)), fam.rng.randint(2, 4))
        for d in nights:
            t = fam.at(d, 22, 12) + timedelta(minutes=fam.rng.randint(0, 378))
            if fam.rng.random() < 0.5:
                add(
                    fam,
                    c,
                    t,
                    fam.rng.choice(["social", "community"]),
                    "post",
                    fill(fam.pick(W.NIGHT_POST, c.lang)),
                )
            else:
                add(fam, c, t, "chat", "chat", fam.pick(W.NIGHT_Q, c.lang))
                t2 = t + timedelta(minutes=fam.rng.randint(1, 5))
                ag = agent(fam)
                add(
                    fam,
                    c,
                    t2,
                    "chat",
                    "chat",
                    fill(fam.pick(W.NIGHT_A, c.lang), agent=ag),
                    out=True,
                    attrs={"agent": ag},
                )
                add(fam, c, t2 + timedelta(minutes=2), "chat", "chat", fam.pick(W.THANKS, c.lang))
        free = [d for d in range(fam.days) if d not in nights and d - 1 not in nights]
        for d in choose_days(fam, free, fam.rng.randint(2, 3)):
            happy(fam, c, day_time(fam, d, 9, 17))
    for _ in range(5):
        c = person(fam, lang_of(fam), "happy", "answers surveys")
        for d in choose_days(fam, list(range(fam.days)), fam.rng.randint(3, 6)):
            survey(fam, c, day_time(fam, d, 8, 19))


def bad_moment(
    fam: Fam, c: Cust, t: datetime, channel: str, problem: str, lang: str, long_email: bool = False
) -> tuple[str, str | None]:
    """The one angry message; returns its event id and the case (None: no reply)."""
    rng = fam.rng
    pt = problem_text(fam, c, problem, lang)
    name = f"{c.first} {c.last}"
    end = fill(fam.pick(W.ANGRY_END, lang))
    case: str | None = None if channel == "social" else new_case()
    if long_email:
        text = fill(fam.pick(W.LONG_EMAIL, lang), problem=pt, name=name)
        eid = add(
            fam,
            c,
            t,
            "email",
            "message",
            text,
            subject=W.COMPLAINT_SUBJ[lang].replace("{topic}", topic(problem, lang)),
        )
    elif channel == "email":
        eid = add(
            fam,
            c,
            t,
            "email",
            "message",
            f"{pt}. {end}",
            subject=W.COMPLAINT_SUBJ[lang].replace("{topic}", topic(problem, lang)),
        )
    elif channel == "phone":
        eid = add(
            fam,
            c,
            t,
            "phone",
            "call",
            speech(fill(fam.pick(W.CALL_COMPLAINT, lang), name=c.first, problem=pt)),
        )
    elif channel == "web":
        eid = add(
            fam,
            c,
            t,
            "web",
            "ticket",
            f"{pt}. {end}",
            subject=topic(problem, lang),
            attrs={"page": "/help/contact"},
        )
    elif channel == "social":
        eid = add(fam, c, t, "social", "mention", f"{pt}. {end} {W.BRAND}")
    else:
        eid = add(fam, c, t, "chat", "chat", f"{pt}. {end}")
    ag = agent(fam)
    if case and channel == "chat":
        add(
            fam,
            c,
            t + timedelta(minutes=rng.randint(1, 4)),
            "chat",
            "chat",
            fill(fam.pick(W.CASE_OPENED, lang), first=c.first, case=case, agent=ag),
            out=True,
            attrs={"agent": ag},
        )
    elif case:
        add(
            fam,
            c,
            t + timedelta(minutes=rng.randint(10, 40)),
            "email",
            "message",
            fill(fam.pick(W.CASE_OPENED, lang), first=c.first, case=case, agent=ag),
            subject=W.CASE_SUBJ[lang].replace("{case}", case),
            out=True,
            attrs={"agent": ag},
        )
    return eid, case


def one_bad_day(fam: Fam) -> None:
    rng = fam.rng
    problems = [p for p in W.PROBLEM for _ in range(4)]
    rng.shuffle(problems)
    channels = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    langs = ["es", "es", "de", "de"] + [lang_of(fam) for _ in range(20)]
    with_case = [i for i, ch in enumerate(channels) if ch != "social"]
    detr = set(rng.sample(with_case, 6))
    rest = [i for i in with_case if i not in detr]
    csat = set(rng.sample(rest, 5))
    good = set(rng.sample(with_case, 12))
    apol = set(rng.sample(sorted(good), 5))
    for i, ch in enumerate(channels):
        lang = langs[i]
        c = person(
            fam, lang, "bad_day_detractor" if i in detr else "happy_one_bad_day", "one bad day"
        )
        d = rng.randint(2, 9)
        t = day_time(fam, d, 8, 19)
        pool = [x for x in range(fam.days) if x <= d - 2 or x >= d + 3]
        happy_days(fam, c, choose_days(fam, pool, rng.randint(1, 5)))
        eid, case = bad_moment(
            fam, c, t, "email" if ch == "long" else ch, problems[i], lang, long_email=ch == "long"
        )
        tr = c.truth
        tr.update(
            {
                "problem": problems[i],
                "channel": "email" if ch == "long" else ch,
                "booking": case,
                "long_email": ch == "long",
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(t),
                "problem_event_ids": [eid],
                "tolerated_rules": list(SILENCE_ONLY),
                "nps_given": i in detr,
                "csat_given": i in csat,
                "agent_fixed": i in good,
                "apologised": i in apol,
            }
        )
        if i in detr:
            nps = rng.randint(1, 5)
            sid = add(
                fam,
                c,
                t + timedelta(minutes=rng.randint(100, 140)),
                "survey",
                "survey_response",
                fam.pick(W.DETRACTOR_WORD, lang) or None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            tr.update({"nps": nps, "survey_event_id": sid, "expected_rules": ["detractor"]})
        if i in csat:
            v = rng.randint(1, 2)
            sid = add(
                fam,
                c,
                t + timedelta(minutes=rng.randint(40, 80)),
                "survey",
                "survey_response",
                fam.pick(W.LOW_CSAT_WORD, lang) or None,
                scores={"csat": v},
                attrs={"survey": "csat"},
            )
            tr.update({"csat": v, "survey_event_id": sid})
        if i in good and case:
            ag = agent(fam)
            add(
                fam,
                c,
                morning(fam, t + timedelta(minutes=rng.randint(60, 240))),
                "email",
                "message",
                fill(fam.pick(W.GOOD_NEWS, lang), first=c.first, case=case, agent=ag),
                subject=W.CASE_SUBJ[lang].replace("{case}", case),
                out=True,
                attrs={"agent": ag},
            )
        if i in apol:
            ta = morning(fam, t + timedelta(hours=rng.randint(16, 23), minutes=rng.randint(0, 59)))
            ch2 = rng.choice(["chat", "email"])
            aid = add(
                fam,
                c,
                ta,
                ch2,
                "chat" if ch2 == "chat" else "message",
                fam.pick(W.APOLOGY, lang),
                subject=None if ch2 == "chat" else W.CASE_SUBJ[lang].replace("{case}", case or ""),
            )
            tr.update({"apology_at": iso(ta), "apology_event_id": aid})
    for _ in range(8):
        c = person(fam, lang_of(fam), "happy", "control")
        happy_days(fam, c, choose_days(fam, list(range(fam.days)), rng.randint(4, 7)))


def repeat_run(
    fam: Fam,
    c: Cust,
    first_t: datetime,
    problem: str,
    times: int,
    langs: list[str],
    quality: bool,
    first_channel: str,
) -> None:
    rng = fam.rng
    lang = langs[0]
    case = new_case()
    pt = problem_text(fam, c, problem, lang)
    subj = W.COMPLAINT_SUBJ[lang].replace("{topic}", topic(problem, lang))
    ids = []
    if first_channel == "phone":
        ids.append(
            add(
                fam,
                c,
                first_t,
                "phone",
                "call",
                speech(fill(fam.pick(W.CALL_COMPLAINT, lang), name=c.first, problem=pt)),
            )
        )
    elif first_channel == "chat":
        ids.append(add(fam, c, first_t, "chat", "chat", pt))
    elif first_channel == "web":
        ids.append(
            add(
                fam,
                c,
                first_t,
                "web",
                "ticket",
                pt,
                subject=topic(problem, lang),
                attrs={"page": "/help/contact"},
            )
        )
    else:
        ids.append(add(fam, c, first_t, "email", "message", pt, subject=subj))
    ag = agent(fam)
    if first_channel == "chat":
        add(
            fam,
            c,
            first_t + timedelta(minutes=rng.randint(1, 4)),
            "chat",
            "chat",
            fill(fam.pick(W.CASE_OPENED, lang), first=c.first, case=case, agent=ag),
            out=True,
            attrs={"agent": ag},
        )
    if quality:
        add(
            fam,
            c,
            morning(fam, first_t + timedelta(minutes=rng.randint(90, 150))),
            "email",
            "message",
            fill(fam.pick(W.QUALITY_LEAD, lang), first=c.first, case=case, agent=ag),
            subject=W.CASE_SUBJ[lang].replace("{case}", case),
            out=True,
            attrs={"agent": ag},
        )
    elif first_channel != "chat":
        add(
            fam,
            c,
            first_t + timedelta(minutes=rng.randint(10, 40)),
            "email",
            "message",
            fill(fam.pick(W.CASE_OPENED, lang), first=c.first, case=case, agent=ag),
            subject=W.CASE_SUBJ[lang].replace("{case}", case),
            out=True,
            attrs={"agent": ag},
        )
    channels = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != first_channel]
    rng.shuffle(channels)
    t = first_t
    comp = rng.choice(W.COMPETITORS)
    for k in range(1, times):
        lang = langs[k % len(langs)]
        t = morning(fam, t + timedelta(hours=rng.randint(4, 40), minutes=rng.randint(0, 59)))
        ch = channels[k - 1]
        text = fill(
            fam.pick(W.STILL_OPEN, lang), case=case, problem=problem_text(fam, c, problem, lang)
        )
        if k == 2:
            text += " " + fill(fam.pick(W.THIRD_LINE, lang), comp=comp)
        if k == 3:
            text += " " + fam.pick(W.FOURTH_LINE, lang)
        if ch == "phone":
            ids.append(add(fam, c, t, "phone", "call", speech(text)))
        elif ch == "chat":
            ids.append(add(fam, c, t, "chat", "chat", text))
            ag = agent(fam)
            add(
                fam,
                c,
                t + timedelta(minutes=rng.randint(1, 5)),
                "chat",
                "chat",
                fill(fam.pick(W.ADDED_URGENT, lang), case=case, agent=ag),
                out=True,
                attrs={"agent": ag},
            )
        elif ch == "web":
            ids.append(
                add(fam, c, t, "web", "ticket", text, subject=case, attrs={"page": "/help/contact"})
            )
        elif ch == "social":
            ids.append(add(fam, c, t, "social", "mention", text + " " + W.BRAND))
        else:
            ids.append(
                add(
                    fam,
                    c,
                    t,
                    "email",
                    "message",
                    text,
                    subject=W.CASE_SUBJ[lang].replace("{case}", case),
                )
            )
    c.truth.update(
        {
            "problem": problem,
            "booking": case,
            "contacts": times,
            "channels": [first_channel, *channels[: times - 1]],
            "problem_event_ids": ids,
            "repeat_event_id": ids[1],
            "trouble_starts_at": iso(first_t),
            "agent_passed_on": quality,
            "competitor": comp if times >= 3 else None,
            "expected_rules": ["repeat_contact"],
            "tolerated_rules": list(REPEAT_TOL),
        }
    )


def fixed_case(
    fam: Fam, c: Cust, t: datetime, problem: str, lang: str, lang2: str, channel: str
) -> dict[str, Any]:
    rng = fam.rng
    case = new_case()
    pt = problem_text(fam, c, problem, lang)
    if channel == "web":
        eid = add(
            fam,
            c,
            t,
            "web",
            "ticket",
            pt,
            subject=topic(problem, lang),
            attrs={"page": "/help/contact"},
        )
    elif channel == "chat":
        eid = add(fam, c, t, "chat", "chat", pt)
    else:
        eid = add(
            fam,
            c,
            t,
            "email",
            "message",
            pt,
            subject=W.COMPLAINT_SUBJ[lang].replace("{topic}", topic(problem, lang)),
        )
    ag = agent(fam)
    add(
        fam,
        c,
        t + timedelta(minutes=rng.randint(10, 40)),
        "email",
        "message",
        fill(fam.pick(W.CASE_OPENED, lang), first=c.first, case=case, agent=ag),
        subject=W.CASE_SUBJ[lang].replace("{case}", case),
        out=True,
        attrs={"agent": ag},
    )
    tf = morning(fam, t + timedelta(hours=rng.randint(3, 20)))
    add(
        fam,
        c,
        tf,
        "email",
        "message",
        fill(fam.pick(W.GOOD_NEWS, lang2), first=c.first, case=case, agent=ag),
        subject=W.CASE_SUBJ[lang2].replace("{case}", case),
        out=True,
        attrs={"agent": ag},
    )
    tc = morning(fam, tf + timedelta(hours=rng.randint(8, 30)))
    cch = rng.choice(["email", "chat"])
    cid = add(
        fam,
        c,
        tc,
        cch,
        "message" if cch == "email" else "chat",
        fill(fam.pick(W.CONFIRM_FIXED, lang2), case=case),
        subject=W.CASE_SUBJ[lang2].replace("{case}", case) if cch == "email" else None,
    )
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(tf),
        "confirmed_at": iso(tc),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": channel,
        "confirm_channel": cch,
    }


def repeat_contacts(fam: Fam) -> None:
    rng = fam.rng
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    rng.shuffle(firsts)
    times = [2] * 4 + [3] * 4 + [4] * 4
    rng.shuffle(times)
    quality = set(rng.sample(range(12), 6))
    probs = list(W.PROBLEM)
    for i in range(12):
        c = person(fam, lang_of(fam), "repeat_contact", "repeats")
        for _ in range(rng.randint(1, 3)):
            happy(fam, c, fam.at(0, rng.randint(7, 11), rng.randint(0, 59)))
        repeat_run(
            fam,
            c,
            day_time(fam, rng.randint(1, 4), 8, 18),
            probs[i % 6],
            times[i],
            [c.lang],
            i in quality,
            firsts[i],
        )
    for i in range(5):
        c = person(fam, lang_of(fam), "resolved_between_contacts", "fixed")
        happy(fam, c, day_time(fam, 0, 7, 12))
        p = fixed_case(
            fam,
            c,
            day_time(fam, rng.randint(1, 5), 8, 18),
            probs[(i + 2) % 6],
            c.lang,
            c.lang,
            rng.choice(["web", "email", "chat"]),
        )
        c.truth.update(
            {
                "problems": [p],
                "problem": p["problem"],
                "booking": p["booking"],
                "trouble_starts_at": p["raised_at"],
                "tolerated_rules": list(SILENCE_ONLY),
            }
        )
    for i in range(3):
        c = person(fam, lang_of(fam), "different_problems", "two problems")
        d = rng.randint(0, 2)
        p1 = fixed_case(fam, c, day_time(fam, d, 8, 18), probs[i], c.lang, c.lang, "email")
        p2 = fixed_case(
            fam, c, day_time(fam, d + rng.randint(4, 5), 8, 18), probs[i + 3], c.lang, c.lang, "web"
        )
        c.truth.update(
            {
                "problems": [p1, p2],
                "trouble_starts_at": p1["raised_at"],
                "tolerated_rules": list(SILENCE_ONLY),
            }
        )
    for _ in range(7):
        c = person(fam, lang_of(fam), "happy", "frequent writer")
        for d in choose_days(fam, list(range(fam.days)), rng.randint(5, 8)):
            t = day_time(fam, d, 8, 18)
            happy(fam, c, t)


def slide(fam: Fam, c: Cust, start: datetime, span: int, langs: list[str], nps: bool) -> None:
    rng = fam.rng
    comp = rng.choice(W.COMPETITORS)
    offsets = sorted(rng.sample(range(span * 24 - 6), 6))
    ids = []
    ratings = ["3", "3", "2", "2", "1", "1"]
    prev = start - timedelta(hours=2)
    t4 = start
    for k in range(6):
        lang = langs[k % len(langs)]
        t = morning(
            fam, start + timedelta(hours=offsets[k] - offsets[0], minutes=rng.randint(0, 59))
        )
        if t < prev + timedelta(hours=1):
            t = morning(fam, prev + timedelta(hours=1, minutes=rng.randint(0, 40)))
        prev = t
        text = fill(W.SLIDE[lang][k], comp=comp)
        ch = rng.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                add(
                    fam,
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": ratings[k], "page": rng.choice(W.PAGES)},
                )
            )
        else:
            ids.append(add(fam, c, t, ch, "post" if ch == "community" else "mention", text))
        if k == 3:
            t4 = t
    tr = c.truth
    tr.update(
        {
            "slide_event_ids": ids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": iso(start),
            "expected_rules": ["sentiment_drop"],
            "tolerated_rules": list(SLIDE_TOL),
        }
    )
    if nps:
        v = rng.randint(1, 5)
        sid = add(
            fam,
            c,
            morning(fam, t4 + timedelta(minutes=rng.randint(150, 210))),
            "survey",
            "survey_response",
            fam.pick(W.DETRACTOR_WORD, langs[0]) or None,
            scores={"nps": v},
            attrs={"survey": "nps"},
        )
        tr.update(
            {
                "nps_given": True,
                "nps": v,
                "survey_event_id": sid,
                "expected_rules": ["detractor", "sentiment_drop"],
            }
        )


def praise_block(fam: Fam, c: Cust, days: list[int], n_praise: int, langs: list[str]) -> None:
    rng = fam.rng
    for k, d in enumerate(days):
        lang = langs[k % len(langs)]
        t = day_time(fam, d, 8, 19)
        if k < n_praise:
            add(
                fam,
                c,
                t,
                rng.choice(["community", "social"]),
                "post",
                fill(fam.pick(W.PRAISE if k % 2 == 0 else W.PRAISE_AGAIN, lang)),
            )
        else:
            happy(fam, c, t, lang=lang)


def slow_churners(fam: Fam) -> None:
    rng = fam.rng
    spans = [3] + [5] * 5 + [9] * 4
    rng.shuffle(spans)
    nps = set(rng.sample(range(10), 5))
    for i in range(10):
        c = person(fam, lang_of(fam), "slow_churner", "slides")
        n_p = rng.randint(4, 5)
        praise_block(
            fam, c, choose_days(fam, list(range(11)), n_p + rng.randint(2, 4)), n_p, [c.lang]
        )
        slide(fam, c, day_time(fam, rng.randint(12, 16), 8, 18), spans[i], [c.lang], i in nps)
    for _ in range(5):
        c = person(fam, lang_of(fam), "slow_churner", "asks to cancel")
        happy_days(fam, c, choose_days(fam, list(range(16)), rng.randint(4, 6)))
        t = day_time(fam, rng.randint(17, 23), 8, 18)
        eid = add(
            fam,
            c,
            t,
            "email",
            "message",
            fill(fam.pick(W.CANCEL_REQ, c.lang)),
            subject=f"{W.BRAND} Plus",
        )
        ag = agent(fam)
        add(
            fam,
            c,
            morning(fam, t + timedelta(hours=rng.randint(1, 5))),
            "email",
            "message",
            fill(fam.pick(W.SORRY_GO, c.lang), first=c.first, agent=ag),
            subject=f"Re: {W.BRAND} Plus",
            out=True,
            attrs={"agent": ag},
        )
        tc = morning(fam, t + timedelta(hours=rng.randint(20, 30)))
        cid = add(
            fam,
            c,
            tc,
            "web",
            "cancellation",
            attrs={"page": "/account/plus", "product": f"{W.BRAND} Plus"},
        )
        c.truth.update(
            {
                "churn_intent_event_id": eid,
                "cancellation_event_id": cid,
                "churn_at": iso(tc),
                "trouble_starts_at": iso(t),
                "expected_rules": ["churn_intent"],
                "tolerated_rules": list(CANCEL_TOL),
            }
        )
    for _ in range(6):
        c = person(fam, lang_of(fam), "happy", "steady")
        happy_days(fam, c, choose_days(fam, list(range(fam.days)), rng.randint(6, 10)))
    for _ in range(5):
        c = person(fam, lang_of(fam), "steadily_grumpy", "grumbles")
        d = rng.randint(0, 4)
        ids = []
        first = None
        for _k in range(rng.randint(5, 7)):
            t = day_time(fam, d, 8, 19)
            first = first or t
            ch = rng.choice(["social", "community", "web", "review"])
            text = fill(fam.pick(W.GRUMBLE, c.lang))
            if ch == "review":
                ids.append(
                    add(
                        fam,
                        c,
                        t,
                        "web",
                        "review",
                        text,
                        attrs={"rating": "3", "page": rng.choice(W.PAGES)},
                    )
                )
            elif ch == "web":
                ids.append(add(fam, c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
            else:
                ids.append(add(fam, c, t, ch, "post" if ch == "community" else "mention", text))
            d += rng.randint(1, 3)
        for _k in range(rng.randint(0, 2)):
            name, page, eur = rng.choice(W.PRODUCTS)
            value, cur = money(c, eur)
            add(
                fam,
                c,
                day_time(fam, rng.randint(0, 20), 8, 18),
                "web",
                "purchase",
                attrs={"order_value": value, "currency": cur, "product": name, "page": page},
            )
        c.truth.update(
            {
                "grumble_event_ids": ids,
                "trouble_starts_at": iso(first or fam.start),
                "tolerated_rules": list(GRUMPY_TOL),
            }
        )
    for _ in range(5):
        c = person(fam, lang_of(fam), "happy_one_sarcastic_remark", "happy")
        happy_days(fam, c, choose_days(fam, list(range(16)), rng.randint(3, 6)))
        t = day_time(fam, rng.randint(17, 28), 8, 20)
        sid = add(
            fam,
            c,
            t,
            rng.choice(["social", "community"]),
            "post",
            fill(fam.pick(W.SARCASM, c.lang)),
        )
        c.truth.update({"sarcasm_event_id": sid, "tolerated_rules": list(SILENCE_ONLY)})


def quiet_hours(fam: Fam) -> None:
    rng = fam.rng
    for _ in range(16):
        c = person(fam, lang_of(fam), "happy", "day writer")
        for d in choose_days(fam, [0, 1, 2], rng.randint(1, 3)):
            happy(
                fam,
                c,
                fam.at(d, rng.randint(7, 16), rng.randint(0, 59))
                + timedelta(minutes=rng.randint(0, 30)),
            )
    for k in range(4):
        c = person(fam, lang_of(fam), "grumbles_once", "grumbles once")
        t = day_time(fam, rng.randint(0, 2), 9, 16)
        _name, page, _eur = rng.choice(W.PRODUCTS)
        add(fam, c, t, "web", "page_view", attrs={"page": page})
        tg = t + timedelta(minutes=rng.randint(20, 30))
        text = fam.pick(W.QUIET_GRUMBLE, c.lang)
        ag = agent(fam)
        if k < 2:
            gid = add(fam, c, tg, "chat", "chat", text)
            add(
                fam,
                c,
                tg + timedelta(minutes=rng.randint(1, 5)),
                "chat",
                "chat",
                fill(fam.pick(W.QUIET_ACK, c.lang), agent=ag),
                out=True,
                attrs={"agent": ag},
            )
        else:
            gid = add(fam, c, tg, "web", "ticket", text, attrs={"page": "/help/contact"})
            add(
                fam,
                c,
                tg + timedelta(minutes=rng.randint(15, 50)),
                "email",
                "message",
                fill(fam.pick(W.QUIET_ACK, c.lang), agent=ag),
                subject=W.BRAND,
                out=True,
                attrs={"agent": ag},
            )
        c.truth.update(
            {
                "grumble_event_id": gid,
                "trouble_starts_at": iso(tg),
                "tolerated_rules": list(SILENCE_ONLY),
            }
        )
    n = 0
    for night in (1, 2, 3):
        b0 = fam.at(night, 0, rng.randint(40, 65))
        starts = [
            b0,
            b0 + timedelta(minutes=rng.randint(28, 33)),
            b0 + timedelta(minutes=rng.randint(55, 65)),
        ]
        for bi, bs in enumerate(starts):
            for _ in range(4):
                n += 1
                c = person(fam, lang_of(fam), "night_owl", f"night {night}, burst {bi + 1}")
                t = bs + timedelta(minutes=rng.randint(0, 9), seconds=rng.randint(0, 59))
                if rng.random() < 0.5:
                    nid = add(fam, c, t, "chat", "chat", fam.pick(W.NIGHT_Q, c.lang))
                    ag = agent(fam)
                    add(
                        fam,
                        c,
                        t + timedelta(minutes=rng.randint(2, 5)),
                        "chat",
                        "chat",
                        fill(fam.pick(W.NIGHT_A, c.lang), agent=ag),
                        out=True,
                        attrs={"agent": ag},
                    )
                    add(
                        fam,
                        c,
                        t + timedelta(minutes=rng.randint(6, 8)),
                        "chat",
                        "chat",
                        fam.pick(W.THANKS, c.lang),
                    )
                else:
                    nid = add(
                        fam,
                        c,
                        t,
                        rng.choice(["social", "community"]),
                        "post",
                        fill(fam.pick(W.NIGHT_POST, c.lang)),
                    )
                if n % 2 == 0:
                    d = rng.choice([x for x in (0, 1, 2) if x != night - 1] or [0])
                    happy(fam, c, fam.at(d, rng.randint(9, 16), rng.randint(0, 59)))
                c.truth.update({"burst_at": iso(bs), "night_event_id": nid})


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
        ("es", "de"),
    ]
)
PAIR_MARKET = {"es": "ES", "de": "DE", "en": "IE", "fr": "BE", "it": "CH", "pt": "PT"}


def bilingual(fam: Fam) -> None:
    rng = fam.rng
    pairs = list(PAIRS)
    rng.shuffle(pairs)
    # the long German e-mail needs German second
    bad = [p for p in pairs if p[1] == "de"][:1]
    for bp in bad:
        pairs.remove(bp)
    pairs = bad + pairs

    def mk(pair: tuple[str, str], persona: str, habit: str) -> Cust:
        c = person(fam, pair[0], persona, habit, market=PAIR_MARKET[rng.choice(pair)])
        c.truth.update(
            {
                "languages": list(pair),
                "job_second_language": rng.choice(
                    [
                        "grew up abroad",
                        "partner's language",
                        "works across the border",
                        "studied abroad",
                    ]
                ),
            }
        )
        return c

    it = iter(pairs)
    # bad days first (the first pair has German second)
    for k in range(3):
        pair = next(it)
        c = mk(pair, "happy_one_bad_day", "one bad day")
        d = rng.randint(4, 9)
        t = day_time(fam, d, 8, 18)
        pool = [x for x in range(fam.days) if x <= d - 2 or x >= d + 3]
        for j, dd in enumerate(choose_days(fam, pool, rng.randint(3, 5))):
            happy(fam, c, day_time(fam, dd, 8, 19), lang=pair[j % 2])
        ch = ["email", "email", "chat"][k]
        prob = rng.choice(list(W.PROBLEM))
        eid, case = bad_moment(fam, c, t, ch, prob, pair[1], long_email=k == 0)
        if ch == "email" and case:
            ag = agent(fam)
            add(
                fam,
                c,
                morning(fam, t + timedelta(minutes=rng.randint(60, 240))),
                "email",
                "message",
                fill(fam.pick(W.GOOD_NEWS, pair[1]), first=c.first, case=case, agent=ag),
                subject=W.CASE_SUBJ[pair[1]].replace("{case}", case),
                out=True,
                attrs={"agent": ag},
            )
        c.truth.update(
            {
                "problem": prob,
                "booking": case,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "bad_day_language": pair[1],
                "trouble_starts_at": iso(t),
                "long_email": k == 0,
                "tolerated_rules": list(SILENCE_ONLY),
            }
        )
        if k == 1:
            ta = morning(fam, t + timedelta(hours=rng.randint(18, 23)))
            aid = add(fam, c, ta, "chat", "chat", fam.pick(W.APOLOGY, pair[1]))
            c.truth.update({"apologised": True, "apology_at": iso(ta), "apology_event_id": aid})
    for _ in range(12):
        pair = next(it)
        c = mk(pair, "happy", "alternates languages")
        for j, d in enumerate(choose_days(fam, list(range(fam.days)), rng.randint(5, 8))):
            happy(fam, c, day_time(fam, d, 8, 19), lang=pair[j % 2])
    times = [2, 2, 3, 3, 4]
    for k in range(5):
        pair = next(it)
        c = mk(pair, "repeat_contact", "repeats")
        for j in range(rng.randint(1, 3)):
            happy(fam, c, day_time(fam, rng.randint(0, 1), 8, 18), lang=pair[j % 2])
        repeat_run(
            fam,
            c,
            day_time(fam, rng.randint(2, 5), 8, 18),
            rng.choice(list(W.PROBLEM)),
            times[k],
            list(pair),
            times[k] >= 3,
            rng.choice(["email", "web", "chat"]),
        )
    for _ in range(5):
        pair = next(it)
        c = mk(pair, "slow_churner", "slides")
        praise_block(fam, c, choose_days(fam, list(range(6)), 5 + rng.randint(1, 1)), 5, list(pair))
        for j in range(rng.randint(0, 2)):
            happy(fam, c, day_time(fam, rng.randint(0, 5), 8, 19), lang=pair[j % 2])
        slide(fam, c, day_time(fam, rng.randint(7, 8), 8, 18), rng.randint(3, 5), list(pair), False)
    for _ in range(2):
        pair = next(it)
        c = mk(pair, "resolved_between_contacts", "fixed")
        happy(fam, c, day_time(fam, 0, 8, 18))
        p = fixed_case(
            fam,
            c,
            day_time(fam, rng.randint(2, 8), 8, 18),
            rng.choice(list(W.PROBLEM)),
            pair[0],
            pair[1],
            "web",
        )
        c.truth.update(
            {
                "problems": [p],
                "problem": p["problem"],
                "booking": p["booking"],
                "confirm_language": pair[1],
                "trouble_starts_at": p["raised_at"],
                "tolerated_rules": list(SILENCE_ONLY),
            }
        )


COMPANIES: list[tuple[str, str, str, str]] = [
    # name, domain, site, market
    ("Hausverwaltung Lindner GmbH", "lindner-hv.example", "facilities", "DE"),
    ("Stadtwerke Oberaue", "oberaue-stadt.example", "municipality", "DE"),
    ("Tiendas Alameda S.L.", "alameda-tiendas.example", "retail", "ES"),
    ("Colegio Santa Brígida", "csbrigida.example", "school", "ES"),
    ("Agence Vitrine Moulin", "moulin-agence.example", "offices", "FR"),
    ("Bäckerei Rautenberg KG", "rautenberg-baeckerei.example", "retail", "DE"),
    ("Hotel Mirasol", "hotelmirasol.example", "hotel", "ES"),
    ("Loja Ribeira Lda", "ribeira-loja.example", "retail", "PT"),
    ("Studio Legale Ferri", "ferri-legale.example", "offices", "IT"),
    ("Praxis am Markt", "praxis-markt.example", "clinic", "DE"),
    ("Kellerman Estates", "kellerman-estates.example", "facilities", "UK"),
    ("Clínica Dental Arosa", "arosa-dental.example", "clinic", "PT"),
    ("Möbelhaus Steiner", "steiner-moebel.example", "retail", "AT"),
    ("Autohaus Brenner", "brenner-auto.example", "dealership", "DE"),
    ("Brady Hospitality", "brady-hosp.example", "hotel", "IE"),
]
MARKET_LANG = {
    "DE": "de",
    "AT": "de",
    "ES": "es",
    "FR": "fr",
    "PT": "pt",
    "IT": "it",
    "UK": "en",
    "IE": "en",
}


def b2b_accounts(fam: Fam) -> None:
    rng = fam.rng
    plan: list[tuple[str, int, str | None, int]] = [
        ("at_risk", 5, "portal", 3),
        ("at_risk", 4, "invoice", 4),
        ("at_risk", 5, "invoice", 3),
        ("at_risk", 6, "overbilled", 4),
        ("at_risk", 5, "service_blocked", 3),
        ("one_unhappy", 3, "service_blocked", 1),
        ("one_unhappy", 3, "overbilled", 1),
        ("one_unhappy", 3, "portal", 1),
        ("one_unhappy", 3, "invoice", 1),
        ("mild", 4, None, 0),
        ("mild", 3, None, 0),
        ("mild", 4, None, 0),
        ("happy", 4, None, 0),
        ("happy", 3, None, 0),
        ("happy", 4, None, 0),
    ]
    last_channels = ["email", "phone", "phone", "phone", "phone"]
    risk_i = 0
    for (kind, n_contacts, problem, n_unhappy), (company, domain, site, market) in zip(
        plan, COMPANIES, strict=True
    ):
        lang = MARKET_LANG[market]
        acc = uniq(f"VDP-{market}-{rng.randint(1000, 9999)}")
        contacts: list[Cust] = []
        firsts: set[str] = set()
        while len(contacts) < n_contacts:
            c = person(
                fam, lang, "b2b_happy", "contact", market=market, account=acc, email_domain=domain
            )
            if c.first in firsts:
                # first names distinct within a company: drop and redo
                fam.custs.pop()
                continue
            firsts.add(c.first)
            title = rng.choice(WB.TITLES)
            c.truth.update(
                {"company": company, "role": "contact", "job_title": title, "job": title}
            )
            contacts.append(c)
        unhappy = contacts[:n_unhappy]
        happy_cs = contacts[n_unhappy:]
        suggest = contacts[:2] if kind == "mild" else []
        for c in happy_cs:
            if c in suggest:
                continue
            for d in choose_days(fam, [0, 1, 2, 3, 4, 7, 8, 9, 10, 11], rng.randint(2, 5)):
                t = fam.at(d, rng.randint(8, 15), rng.randint(0, 59)) + timedelta(
                    minutes=rng.randint(0, 30)
                )
                if rng.random() < 0.2:
                    survey(fam, c, t)
                else:
                    happy(fam, c, t, b2b=True)
        for c in unhappy + suggest:
            for _ in range(rng.randint(0, 2)):
                t = fam.at(rng.randint(0, 1), rng.randint(8, 15), rng.randint(0, 59))
                happy(fam, c, t, b2b=True)
        for c in suggest:
            t = fam.at(rng.randint(2, 9), rng.randint(8, 15), rng.randint(0, 59))
            t = office(fam, t)
            mid = add(
                fam,
                c,
                t,
                "web",
                "ticket",
                fam.pick(WB.SUGGEST, lang),
                attrs={"page": "/pro/feedback"},
            )
            ag = agent(fam)
            add(
                fam,
                c,
                t + timedelta(minutes=rng.randint(30, 120)),
                "email",
                "message",
                WB.SUGGEST_ACK[lang].replace("{first}", c.first).replace("{agent}", ag),
                subject="Vidralo Pro",
                out=True,
                attrs={"agent": ag},
            )
            c.truth.update(
                {
                    "persona": "b2b_mild",
                    "habit": "suggests",
                    "role": "suggests",
                    "mild_event_id": mid,
                    "trouble_starts_at": iso(t),
                    "tolerated_rules": list(SILENCE_ONLY),
                }
            )
        info: dict[str, Any] = {
            "company": company,
            "site": site,
            "contacts": n_contacts,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": n_unhappy,
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
        if kind == "one_unhappy" and problem:
            c = unhappy[0]
            t = office(fam, fam.at(rng.randint(3, 7), rng.randint(8, 16), rng.randint(0, 59)))
            case = new_case()
            eid = add(
                fam,
                c,
                t,
                "email",
                "message",
                WB.FIRST[lang]
                .replace(
                    "{problem}",
                    WB.PROBLEM[problem][lang][:1].upper() + WB.PROBLEM[problem][lang][1:],
                )
                .replace("{name}", f"{c.first} {c.last}")
                .replace("{title}", c.truth["job_title"])
                .replace("{company}", company),
                subject=W.COMPLAINT_SUBJ[lang].replace("{topic}", problem.replace("_", " ")),
            )
            ag = agent(fam)
            add(
                fam,
                c,
                t + timedelta(minutes=rng.randint(15, 60)),
                "email",
                "message",
                WB.ACK[lang]
                .replace("{first}", c.first)
                .replace("{case}", case)
                .replace("{agent}", ag),
                subject=W.CASE_SUBJ[lang].replace("{case}", case),
                out=True,
                attrs={"agent": ag},
            )
            v = rng.randint(1, 5)
            sid = add(
                fam,
                c,
                t + timedelta(minutes=rng.randint(60, 180)),
                "survey",
                "survey_response",
                None,
                scores={"nps": v},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                {
                    "persona": "b2b_one_unhappy",
                    "habit": "complainer",
                    "role": "complainer",
                    "problem": problem,
                    "booking": case,
                    "complaint_event_ids": [eid],
                    "nps_given": True,
                    "nps": v,
                    "survey_event_id": sid,
                    "trouble_starts_at": iso(t),
                    "expected_rules": ["detractor"],
                    "tolerated_rules": list(B2B_ONE_TOL),
                }
            )
        if kind == "at_risk" and problem:
            case = new_case()
            t = fam.at(2, rng.randint(8, 11), rng.randint(0, 59))  # Wednesday 14 October
            first_c = unhappy[0]
            info["trouble_starts_at"] = iso(t)
            for j, c in enumerate(unhappy):
                if j > 0:
                    t = office(
                        fam, t + timedelta(hours=rng.randint(8, 28), minutes=rng.randint(0, 59))
                    )
                p = WB.PROBLEM[problem][lang]
                if j == 0:
                    text = (
                        WB.FIRST[lang]
                        .replace("{problem}", p[:1].upper() + p[1:])
                        .replace("{name}", f"{c.first} {c.last}")
                        .replace("{title}", c.truth["job_title"])
                        .replace("{company}", company)
                    )
                    subj = W.COMPLAINT_SUBJ[lang].replace("{topic}", problem.replace("_", " "))
                else:
                    dname = WB.DAYS[lang][(fam.start + timedelta(days=2)).weekday()]
                    text = (
                        WB.LATER[lang]
                        .replace("{first}", first_c.first)
                        .replace("{day}", dname)
                        .replace("{case}", case)
                        .replace("{problem}", p)
                        .replace("{name}", f"{c.first} {c.last}")
                        .replace("{company}", company)
                    )
                    subj = W.CASE_SUBJ[lang].replace("{case}", case)
                eid = add(fam, c, t, "email", "message", text, subject=subj)
                if j == 0:
                    ag = agent(fam)
                    add(
                        fam,
                        c,
                        t + timedelta(minutes=rng.randint(15, 60)),
                        "email",
                        "message",
                        WB.ACK[lang]
                        .replace("{first}", c.first)
                        .replace("{case}", case)
                        .replace("{agent}", ag),
                        subject=W.CASE_SUBJ[lang].replace("{case}", case),
                        out=True,
                        attrs={"agent": ag},
                    )
                tr = c.truth
                tr.update(
                    {
                        "persona": "b2b_unhappy",
                        "habit": "complainer",
                        "role": "complainer",
                        "problem": problem,
                        "booking": case,
                        "complaint_event_ids": [eid],
                        "trouble_starts_at": iso(t),
                        "tolerated_rules": list(B2B_RISK_TOL),
                    }
                )
                if j < len(unhappy) - 1:
                    v = rng.randint(1, 5)
                    sid = add(
                        fam,
                        c,
                        t + timedelta(minutes=rng.randint(60, 180)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": v},
                        attrs={"survey": "nps"},
                    )
                    tr.update(
                        {
                            "nps_given": True,
                            "nps": v,
                            "survey_event_id": sid,
                            "expected_rules": ["detractor"],
                        }
                    )
                else:
                    t2 = office(fam, t + timedelta(hours=rng.randint(18, 40)))
                    comp = rng.choice(W.COMPETITORS)
                    if last_channels[risk_i] == "email":
                        rid = add(
                            fam,
                            c,
                            t2,
                            "email",
                            "message",
                            WB.LAST_EMAIL[lang]
                            .replace("{case}", case)
                            .replace("{comp}", comp)
                            .replace("{name}", f"{c.first} {c.last}")
                            .replace("{company}", company),
                            subject=W.CASE_SUBJ[lang].replace("{case}", case),
                        )
                        tr["competitor"] = comp
                    else:
                        rid = add(
                            fam,
                            c,
                            t2,
                            "phone",
                            "call",
                            WB.LAST_CALL[lang]
                            .replace("{case}", case)
                            .replace("{name}", c.first)
                            .replace("{company}", company),
                        )
                    tr.update(
                        {
                            "repeat_event_id": rid,
                            "complaint_event_ids": [eid, rid],
                            "expected_rules": ["repeat_contact"],
                        }
                    )
            risk_i += 1
        fam.accounts[acc] = info


def topic_spike(fam: Fam) -> None:
    rng = fam.rng
    for _ in range(40):
        c = person(fam, lang_of(fam), "happy", "day writer")
        for d in choose_days(fam, list(range(6)), rng.randint(1, 4)):
            happy(fam, c, day_time(fam, d, 12, 18) if d == 5 else day_time(fam, d, 7, 19))
    for _ in range(2):
        c = person(fam, rng.choice(["es", "de"]), "grumbles_once", "grumbles once")
        t = day_time(fam, 0, 9, 17)
        gid = add(fam, c, t, "chat", "chat", fam.pick(W.SPIKE_GRUMBLE, c.lang))
        ag = agent(fam)
        add(
            fam,
            c,
            t + timedelta(minutes=rng.randint(1, 5)),
            "chat",
            "chat",
            fill(fam.pick(W.QUIET_ACK, c.lang), agent=ag),
            out=True,
            attrs={"agent": ag},
        )
        c.truth.update(
            {
                "grumble_event_id": gid,
                "trouble_starts_at": iso(t),
                "tolerated_rules": list(SILENCE_ONLY),
            }
        )
    for lang, hh, mm in (("es", 9, 40), ("de", 16, 5)):
        c = person(fam, lang, "grumbles_once", "lone question")
        t = fam.at(4, hh, mm)
        lid = add(fam, c, t, "chat", "chat", W.LONE_Q[lang][0])
        ag = agent(fam)
        add(
            fam,
            c,
            t + timedelta(minutes=rng.randint(2, 6)),
            "chat",
            "chat",
            fill(W.LONE_A[lang][0], agent=ag),
            out=True,
            attrs={"agent": ag},
        )
        c.truth.update(
            {
                "lone_report_event_id": lid,
                "trouble_starts_at": iso(t),
                "tolerated_rules": list(SILENCE_ONLY),
            }
        )
    langs = ["es"] * 6 + ["de"] * 6 + ["en", "en", "fr", "fr", "it", "it", "pt", "pt"]
    rng.shuffle(langs)
    channels = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(channels)
    mins = sorted([0, 45, *rng.sample(range(1, 45), 18)])
    regular = set(rng.sample(range(20), 12))
    early = [i for i in range(20) if mins[i] <= 25]
    repeaters = set(early[:6]) if len(early) >= 6 else set(range(6))
    others = [i for i in range(20) if i not in repeaters]
    fixed = set(rng.sample(others, 6))
    spike_start = fam.at(5, 8, 20)
    keys: list[str] = []
    eids: list[str] = []
    rep_ids: list[str] = []
    rep_channels = ["email", "email", "chat", "chat", "community", "community"]
    rng.shuffle(rep_channels)
    for i in range(20):
        lang = langs[i]
        rep = i in repeaters
        c = person(
            fam,
            lang,
            "spike_repeater" if rep else "spike_reporter",
            "regular" if i in regular else "new",
        )
        if i in regular:
            for _ in range(rng.randint(1, 3)):
                happy(fam, c, fam.at(2, 8, 0) + timedelta(minutes=rng.randint(0, 570)))
        t = spike_start + timedelta(minutes=mins[i], seconds=rng.randint(0, 50))
        if mins[i] == 45:
            t = spike_start + timedelta(minutes=45)
        text = fill(fam.pick(W.SPIKE, lang), code=W.SPIKE_CODE)
        ch = channels[i]
        if ch == "social":
            eid = add(fam, c, t, "social", "mention", text)
        elif ch == "community":
            eid = add(fam, c, t, "community", "post", text)
        elif ch == "email":
            eid = add(fam, c, t, "email", "message", text, subject=f"{W.SPIKE_CODE} App")
        elif ch == "web":
            eid = add(fam, c, t, "web", "ticket", text, attrs={"page": "/help/contact"})
        else:
            eid = add(fam, c, t, "chat", "chat", text)
            ag = agent(fam)
            add(
                fam,
                c,
                t + timedelta(minutes=rng.randint(1, 3)),
                "chat",
                "chat",
                fill(fam.pick(W.SPIKE_CHAT_ANSWER, lang), agent=ag),
                out=True,
                attrs={"agent": ag},
            )
        keys.append(c.key)
        eids.append(eid)
        tr = c.truth
        tr.update(
            {
                "in_spike": True,
                "regular": i in regular,
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
                "tolerated_rules": list(SILENCE_ONLY),
            }
        )
        if rep:
            ch2 = next((x for x in rep_channels if x != ch), "email")
            rep_channels.remove(ch2) if ch2 in rep_channels else None
            t2 = t + timedelta(minutes=rng.randint(15, 50))
            text2 = fill(fam.pick(W.SPIKE_REPEAT, lang), code=W.SPIKE_CODE)
            if ch2 == "chat":
                rid = add(fam, c, t2, "chat", "chat", text2)
            elif ch2 == "community":
                rid = add(fam, c, t2, "community", "post", text2)
            else:
                rid = add(fam, c, t2, "email", "message", text2, subject=f"{W.SPIKE_CODE}")
            rep_ids.append(rid)
            tr.update(
                {
                    "repeat_event_id": rid,
                    "expected_rules": ["repeat_contact"],
                    "tolerated_rules": ["sentiment_drop", "silence"],
                }
            )
        if i in fixed:
            ag = agent(fam)
            local = "10:25" if c.market in ("UK", "IE", "PT") else "11:25"
            credit = {"UK": "£9", "CH": "CHF 9"}.get(c.market, "€10" if lang == "en" else "10 €")
            add(
                fam,
                c,
                fam.at(5, 10, 48) + timedelta(minutes=rng.randint(0, 9)),
                "email",
                "message",
                fill(
                    fam.pick(W.SPIKE_FIXED, lang), first=c.first, t=local, credit=credit, agent=ag
                ),
                subject=f"{W.SPIKE_CODE}",
                out=True,
                attrs={"agent": ag},
            )
            tr["agent_fixed"] = True
    fam.spike = {
        "topic": f"glazier app 'call my fitter' button connects to a fax tone, fitter unreachable on visit day, error {W.SPIKE_CODE}",
        "about": "Vidralo app call button to the fitter fails",
        "channel": None,
        "start": iso(spike_start),
        "end": iso(spike_start + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": rep_ids,
    }


# ---------------------------------------------------------------- output


def finish(fam: Fam, planted: dict[str, int]) -> None:
    rows = sorted(fam.rows, key=lambda r: (r.t, r.eid))
    seen: set[str] = set()
    lines = []
    for r in rows:
        c = r.cust
        cust: dict[str, str | None] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": c.account,
        }
        full = r.direction == "outbound" or c.key not in seen
        if r.direction == "inbound":
            seen.add(c.key)
        if full:
            cust.update(
                {"customer_id": c.key, "email": c.email, "phone": c.phone, "handle": c.handle}
            )
        elif r.channel == "phone":
            cust["phone"] = c.phone_spaced if fam.rr.random() < 0.5 else c.phone
        elif r.channel in ("social", "community"):
            if c.handle:
                cust["handle"] = c.handle if fam.rr.random() < 0.8 else c.handle.lstrip("@")
            else:
                cust["email"] = c.email
        elif r.channel == "email":
            cust["email"] = c.email.upper() if fam.rr.random() < 1 / 12 else c.email
        else:
            cust["customer_id"] = c.key
        rec: dict[str, Any] = {
            "event_id": r.eid,
            "occurred_at": iso(r.t),
            "channel": r.channel,
            "kind": r.kind,
            "direction": r.direction,
            "customer": cust,
            "text": r.text,
            "subject": r.subject,
            "scores": r.scores,
            "source": SOURCE[r.channel],
            "attributes": r.attrs,
        }
        lines.append(json.dumps(rec, ensure_ascii=False))
    for c in fam.custs:
        if c.key not in seen:
            raise ValueError(f"{c.key} has no inbound touchpoint")
        bad = set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"])
        if bad:
            raise ValueError(f"{c.key} expects and tolerates {bad}")
    counts: Counter[str] = Counter()
    for c in fam.custs:
        counts.update(c.truth["expected_rules"])
    for a in fam.accounts.values():
        counts.update(a["expected_rules"])
    if fam.spike:
        counts["topic_spike"] += 1
    if dict(counts) != planted:
        raise ValueError(f"{fam.name}: expected {dict(counts)} != planted {planted}")
    end = max(fam.start + timedelta(days=fam.days), rows[-1].t + timedelta(hours=1))
    if end >= LIMIT:
        raise ValueError("end too late")
    truth = {
        "config": {
            "family": fam.name,
            "about": fam.about,
            "business": "Vidralo (glass repair and glazing at home by app and web) and Vidralo Pro (glazing for firms on account)",
            "days": fam.days,
            "seed": SEED * 100 + fam.n,
            "written": "2026-12-05, blind, heldout122",
            "expected": dict(sorted(counts.items())),
        },
        "start": iso(fam.start),
        "end": iso(end),
        "customers": {c.key: c.truth for c in fam.custs},
        "accounts": fam.accounts,
        "spike": fam.spike,
        "journey": {},
        "expectations": {},
    }
    (HERE / f"{fam.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (HERE / f"{fam.name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )


def main() -> None:
    d = datetime
    specs: list[tuple[str, str, datetime, int, str, Any, dict[str, int]]] = [
        (
            "happy_writers",
            "HW",
            d(2026, 3, 9, tzinfo=UTC),
            10,
            "happy daytime and night writers and survey answerers",
            happy_writers,
            {},
        ),
        (
            "one_bad_day",
            "BD",
            d(2026, 4, 20, tzinfo=UTC),
            12,
            "happy customers with one angry message",
            one_bad_day,
            {"detractor": 6},
        ),
        (
            "repeat_contacts",
            "RC",
            d(2026, 6, 1, tzinfo=UTC),
            10,
            "one problem raised again and again; fixed cases; frequent writers",
            repeat_contacts,
            {"repeat_contact": 12},
        ),
        (
            "slow_churners",
            "SC",
            d(2026, 7, 6, tzinfo=UTC),
            32,
            "slides, leavers, steady, grumpy and sarcastic customers",
            slow_churners,
            {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
        ),
        (
            "quiet_hours",
            "QH",
            d(2026, 8, 28, tzinfo=UTC),
            3,
            "a calm weekend with night-owl bursts",
            quiet_hours,
            {},
        ),
        (
            "bilingual",
            "BL",
            d(2026, 9, 21, tzinfo=UTC),
            14,
            "customers writing in two languages",
            bilingual,
            {"repeat_contact": 5, "sentiment_drop": 5},
        ),
        (
            "b2b_accounts",
            "BB",
            d(2026, 10, 12, tzinfo=UTC),
            14,
            "Vidralo Pro accounts",
            b2b_accounts,
            {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
        ),
        (
            "topic_spike",
            "TS",
            d(2026, 11, 9, tzinfo=UTC),
            7,
            "a calm week and the planted spike on Saturday 14 November",
            topic_spike,
            {"topic_spike": 1, "repeat_contact": 6},
        ),
    ]
    for n, (name, code, start, days, about, build, planted) in enumerate(specs, start=1):
        fam = Fam(name, code, n, start, days, about)
        build(fam)
        finish(fam, planted)


if __name__ == "__main__":
    main()
