# ruff: noqa: E501
"""Write heldout138: hand-written alert scenarios for Argillo (pottery studios), report only.

Standard library only, seeded and deterministic: ``python make_heldout138.py`` from anywhere.
Refuses inconsistent truth: expected counts that differ from the planted ones, a rule both
expected and tolerated, a reused identifier or event id, a time out of the family's window.
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
import wording_b2b as B  # noqa: E402

SEED = 20261107
BRAND = "Argillo"
CLUB = "Argillo Club"
PRO = "Argillo Atelier"
COMPS = ("Smaltera", "Tonwerkli")
CODE = "QRT·5407"
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
WRITTEN = "2026-12-05"

MARKETS = {
    "it": ["IT", "IT", "IT", "CH"],
    "de": ["DE", "DE", "AT", "CH"],
    "en": ["UK", "IE"],
    "fr": ["FR", "BE", "CH"],
    "es": ["ES"],
    "pt": ["PT"],
}
TOWNS = {
    "IT": ["Milano", "Torino", "Bologna", "Firenze"],
    "CH": ["Zürich", "Lugano", "Basel"],
    "DE": ["München", "Berlin", "Köln", "Leipzig"],
    "AT": ["Wien", "Graz"],
    "UK": ["London", "Bristol"],
    "IE": ["Dublin"],
    "FR": ["Lyon", "Paris"],
    "BE": ["Bruxelles"],
    "ES": ["Madrid", "Barcelona"],
    "PT": ["Lisboa", "Porto"],
}
PHONE = {
    "IT": ("+39", "3", 9),
    "CH": ("+41", "7", 8),
    "DE": ("+49", "15", 9),
    "AT": ("+43", "66", 8),
    "UK": ("+44", "7", 9),
    "IE": ("+353", "8", 8),
    "FR": ("+33", "6", 8),
    "BE": ("+32", "4", 8),
    "ES": ("+34", "6", 8),
    "PT": ("+351", "9", 8),
}
FIRSTS = {
    "it": [
        "Giulia",
        "Chiara",
        "Francesca",
        "Marco",
        "Luca",
        "Elena",
        "Sara",
        "Matteo",
        "Valentina",
        "Davide",
        "Silvia",
        "Paolo",
        "Federica",
        "Alessandro",
        "Marta",
        "Simone",
    ],
    "de": [
        "Anna",
        "Katrin",
        "Julia",
        "Lukas",
        "Jonas",
        "Miriam",
        "Stefanie",
        "Tobias",
        "Sabine",
        "Felix",
        "Hannah",
        "Markus",
        "Claudia",
        "Jan",
        "Lea",
        "Ute",
    ],
    "en": ["Emma", "Sophie", "Rachel", "James", "Tom", "Niamh", "Aoife", "Ben"],
    "fr": ["Camille", "Chloé", "Léa", "Julien", "Nicolas", "Manon", "Élodie"],
    "es": ["Lucía", "Marta", "Carmen", "Javier", "Pablo", "Irene", "Nuria"],
    "pt": ["Inês", "Beatriz", "Joana", "Tiago", "Rui", "Catarina"],
}
SURNAMES = {
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
        "Costa",
        "Mancini",
        "Lombardi",
        "Moretti",
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
        "Koch",
        "Richter",
        "Wolf",
        "Schröder",
        "Neumann",
        "Braun",
        "Zimmermann",
        "Krüger",
    ],
    "en": ["Smith", "Walsh", "Murphy", "Taylor", "Brown", "Kelly", "Evans", "Byrne"],
    "fr": ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Laurent", "Girard"],
    "es": ["García", "López", "Martínez", "Sánchez", "Romero", "Navarro", "Torres"],
    "pt": ["Silva", "Santos", "Ferreira", "Pereira", "Costa", "Oliveira"],
}
AGENTS = {
    "it": ["Giorgia", "Stefano", "Ilaria"],
    "de": ["Maren", "Philipp", "Nele"],
    "en": ["Laura", "Owen"],
    "fr": ["Margaux", "Hugo"],
    "es": ["Alba", "Diego"],
    "pt": ["Rita", "Nuno"],
}
DOMAINS = [
    "posta.example",
    "mailbox.example",
    "webmail.example",
    "inbox.example",
    "correo.example",
    "netz.example",
]
JOBS = [
    "nurse",
    "teacher",
    "accountant",
    "architect",
    "pharmacist",
    "engineer",
    "student",
    "designer",
    "bus driver",
    "lawyer",
    "baker",
    "retired",
]
PRODUCTS = [
    ("Wheel taster, 2 h", 45),
    ("Weekend wheel course", 190),
    ("Paint-your-own mug", 28),
    ("Open studio 10-pass", 150),
    ("Argillo Club month", 59),
    ("Glaze & firing add-on", 18),
    ("Gift voucher", 50),
]
B2B_PRODUCTS = [
    ("Dinner plate 27 cm, 40 pcs", 1160),
    ("Espresso cup set, 40 pcs", 720),
    ("Team workshop, 12 people", 840),
]
PAGES = ["/studios", "/courses", "/open-studio", "/club", "/gift", "/my-pieces"]
SOURCES = {
    "email": "argillo-mail",
    "phone": "argillo-voice",
    "social": "argillo-social",
    "community": "argillo-forum",
    "chat": "argillo-chat",
    "web": "argillo-web",
    "survey": "argillo-survey",
}
HAPPY_KINDS = [
    "praise",
    "praise",
    "again",
    "gripe",
    "question",
    "question",
    "call",
    "purchase",
    "purchase",
    "view",
    "review",
    "survey",
]
PROBLEMS = ["lost_piece", "broken_post", "wrong_glaze", "refund", "club_fee", "firing_fee"]
FEES = {"refund": 190, "club_fee": 59, "firing_fee": 18}
T_REPEAT = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_SLIDE = ["repeat_contact", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_LEAVE = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
T_B2B = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]

USED: set[str] = set()


def unique(value: str) -> str:
    if value.lower() in USED:
        raise SystemExit(f"identifier reused: {value}")
    USED.add(value.lower())
    return value


def ascii_of(text: str) -> str:
    text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if ch.isascii() and ch.isalnum()
    ).lower()


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


def money(eur: float, market: str) -> str:
    if market == "UK":
        return f"£{round(eur * 0.86)}"
    if market == "CH":
        return f"CHF {round(eur * 0.94)}"
    if market == "IE":
        return f"€{round(eur)}"
    return f"{round(eur)} €"


def currency(eur: float, market: str) -> tuple[str, str]:
    if market == "UK":
        return f"{eur * 0.86:.2f}", "GBP"
    if market == "CH":
        return f"{eur * 0.94:.2f}", "CHF"
    return f"{eur:.2f}", "EUR"


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    first: str
    name: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    town: str
    truth: dict[str, Any]
    langs: tuple[str, ...] = ()
    turn: int = 0

    def next_lang(self) -> str:
        if not self.langs:
            return self.lang
        lang = self.langs[self.turn % len(self.langs)]
        self.turn += 1
        return lang


@dataclass
class Row:
    at: datetime
    seq: int
    cust: Cust
    channel: str
    kind: str
    direction: str
    text: str | None
    subject: str | None
    scores: dict[str, int]
    attrs: dict[str, str]
    eid: str
    rough: bool


@dataclass
class Fam:
    name: str
    code: str
    start: datetime
    days: int
    about: str
    rng: random.Random
    rng2: random.Random
    rows: list[Row] = field(default_factory=list)
    custs: list[Cust] = field(default_factory=list)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    planted: Counter[str] = field(default_factory=Counter)

    def at(self, day: int, h0: float, h1: float) -> datetime:
        minutes = self.rng.randrange(int(h0 * 60), int(h1 * 60))
        return self.start + timedelta(days=day, minutes=minutes)


def new_fam(n: int, name: str, code: str, start: datetime, days: int, about: str) -> Fam:
    return Fam(
        name,
        code,
        start,
        days,
        about,
        random.Random(SEED * 100 + n),
        random.Random(SEED * 100 + 50 + n),
    )


def person(
    f: Fam,
    lang: str,
    persona: str,
    habit: str,
    expected: list[str],
    tolerated: list[str],
    market: str | None = None,
    account: str | None = None,
    domain: str | None = None,
    first: str | None = None,
    **extra: Any,
) -> Cust:
    rng = f.rng
    market = market or rng.choice(MARKETS[lang])
    first = first or rng.choice(FIRSTS[lang])
    surname = rng.choice(SURNAMES[lang])
    while True:
        key = f"AG{f.code}{rng.randrange(1000, 10000)}"
        if key.lower() not in USED:
            break
    unique(key)
    a, s = ascii_of(first), ascii_of(surname)
    while True:
        if domain:
            email = f"{a}.{s}{rng.randrange(1, 99) if rng.random() < 0.3 else ''}@{domain}"
        else:
            email = f"{rng.choice([f'{a}.{s}', f'{a}{s[0]}', f'{s}.{a}', f'{a[0]}{s}'])}{rng.randrange(1, 999)}@{rng.choice(DOMAINS)}"
        if email not in USED:
            break
    unique(email)
    cc, prefix, length = PHONE[market]
    while True:
        phone = (
            cc + prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) + 1))
        )
        if phone not in USED:
            break
    unique(phone)
    handle: str | None = None
    if account is None:
        while True:
            handle = "@" + rng.choice(
                [
                    f"{s}_{a}{rng.randrange(1, 9)}",
                    f"{a}{s}{rng.randrange(10, 99)}",
                    f"{s}{a[0]}",
                    f"{a}_{s}",
                    f"{a}.{s[:3]}{rng.randrange(1, 99)}",
                ]
            )
            if handle.lower() not in USED:
                break
        unique(handle)
    town = rng.choice(TOWNS[market])
    if set(expected) & set(tolerated):
        raise SystemExit(f"{key}: a rule both expected and tolerated")
    truth: dict[str, Any] = {
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
        "name": f"{first} {surname}",
        "job": extra.pop("job", rng.choice(JOBS)),
        "town": town,
    }
    truth.update(extra)
    c = Cust(
        key, lang, market, first, f"{first} {surname}", email, phone, handle, account, town, truth
    )
    f.custs.append(c)
    return c


def add(
    f: Fam,
    c: Cust,
    at: datetime,
    channel: str,
    kind: str,
    text: str | None,
    subject: str | None = None,
    out: bool = False,
    scores: dict[str, int] | None = None,
    attrs: dict[str, str] | None = None,
    rough: bool = True,
) -> str:
    eid = unique(f"ag138-{f.code.lower()}-{len(f.rows) + 1:05d}")
    f.rows.append(
        Row(
            at,
            len(f.rows),
            c,
            channel,
            kind,
            "outbound" if out else "inbound",
            text,
            subject,
            scores or {},
            attrs or {},
            eid,
            rough and not out,
        )
    )
    return eid


def agent(f: Fam, lang: str) -> str:
    return f.rng.choice(AGENTS[lang])


def fill(f: Fam, c: Cust, table: dict[str, list[str]], lang: str, **kw: Any) -> str:
    options = table.get(lang) or table["de"]
    kw.setdefault("b", PRO if c.account else BRAND)
    kw.setdefault("club", CLUB)
    kw.setdefault("name", c.first)
    kw.setdefault("agent", agent(f, lang))
    kw.setdefault("studio", c.town)
    kw.setdefault("piece", f.rng.choice(W.PIECES[lang]))
    kw.setdefault("code", CODE)
    return f.rng.choice(options).format(**kw)


def new_ref(f: Fam) -> str:
    while True:
        ref = f"AR-{f.rng.randrange(100000, 1000000)}"
        if ref.lower() not in USED:
            return unique(ref)


def problem_text(f: Fam, c: Cust, lang: str, problem: str) -> str:
    weekday = W.WEEKDAY[lang][f.rng.randrange(0, 5)]
    return W.PROBLEM[lang][problem].format(
        day=weekday,
        piece=f.rng.choice(W.PIECES[lang]),
        fee=money(FEES.get(problem, 0), c.market),
        club=CLUB,
        b=BRAND,
    )


def household(t: datetime, rng: random.Random) -> datetime:
    """Move a household's later contact out of 22:00-07:00 UTC (to 08:00-09:00)."""
    if t.hour >= 21:
        return (t + timedelta(days=1)).replace(hour=8, minute=rng.randrange(60))
    if t.hour < 7:
        return t.replace(hour=8, minute=rng.randrange(60))
    return t


def office(t: datetime, rng: random.Random) -> datetime:
    """Move a company contact's act into office hours (weekdays 08-17 UTC)."""
    if t.hour >= 17:
        t = (t + timedelta(days=1)).replace(hour=8, minute=rng.randrange(60))
    elif t.hour < 8:
        t = t.replace(hour=8, minute=rng.randrange(60))
    while t.weekday() >= 5:
        t = (t + timedelta(days=1)).replace(hour=8, minute=rng.randrange(60))
    return t


def happy(f: Fam, c: Cust, t: datetime, what: str, lang: str | None = None) -> None:
    rng = f.rng
    lang = lang or c.next_lang()
    if what in ("praise", "again"):
        table = W.PRAISE if what == "praise" else W.AGAIN
        channel = rng.choice(["social", "community"])
        add(f, c, t, channel, "post", fill(f, c, table, lang))
    elif what == "gripe":
        if rng.random() < 0.5:
            add(
                f,
                c,
                t,
                "web",
                "review",
                fill(f, c, W.GRIPE, lang),
                attrs={"rating": "4", "page": "/courses"},
            )
        else:
            add(f, c, t, "community", "post", fill(f, c, W.GRIPE, lang))
    elif what == "question":
        add(f, c, t, "chat", "chat", fill(f, c, W.QUESTION, lang))
        a = t + timedelta(minutes=rng.randrange(1, 7))
        add(
            f,
            c,
            a,
            "chat",
            "chat",
            fill(f, c, W.ANSWER, lang),
            out=True,
            attrs={"agent": agent(f, lang)},
        )
        if rng.random() < 0.6:
            add(
                f,
                c,
                a + timedelta(minutes=rng.randrange(1, 6)),
                "chat",
                "chat",
                fill(f, c, W.THANKS, lang),
            )
    elif what == "call":
        add(f, c, t, "phone", "call", fill(f, c, W.CALL_Q, lang), rough=False)
        add(
            f,
            c,
            t + timedelta(minutes=rng.randrange(10, 41)),
            "email",
            "message",
            fill(f, c, W.CALL_FOLLOWUP, lang),
            subject=BRAND,
            out=True,
            attrs={"agent": agent(f, lang)},
        )
    elif what == "purchase":
        product, eur = rng.choice(PRODUCTS)
        page = rng.choice(PAGES[:5])
        add(f, c, t, "web", "page_view", None, attrs={"page": page})
        value, cur = currency(eur, c.market)
        add(
            f,
            c,
            t + timedelta(minutes=rng.randrange(3, 16)),
            "web",
            "purchase",
            None,
            attrs={"order_value": value, "currency": cur, "product": product, "page": page},
        )
    elif what == "view":
        add(f, c, t, "web", "page_view", None, attrs={"page": rng.choice(PAGES)})
    elif what == "review":
        add(
            f,
            c,
            t,
            "web",
            "review",
            fill(f, c, W.REVIEW, lang),
            attrs={"rating": "5", "page": "/courses"},
        )
    elif what == "survey":
        survey(f, c, t, lang)
    else:
        raise SystemExit(f"unknown act {what}")


def survey(f: Fam, c: Cust, t: datetime, lang: str) -> None:
    rng = f.rng
    kind = rng.choice(["nps", "csat", "ces"])
    score = {"nps": rng.choice([9, 10]), "csat": rng.choice([4, 5]), "ces": rng.choice([6, 7])}[
        kind
    ]
    word = rng.choice(W.SURVEY_WORD[lang]) or None
    add(
        f,
        c,
        t,
        "survey",
        "survey_response",
        word,
        scores={kind: score},
        attrs={"survey": kind},
        rough=False,
    )


def happy_days(
    f: Fam, c: Cust, days: list[int], h0: float = 7, h1: float = 19, kinds: list[str] | None = None
) -> None:
    for d in days:
        happy(f, c, f.at(d, h0, h1), f.rng.choice(kinds or HAPPY_KINDS))


def low_score(f: Fam, c: Cust, t: datetime, kind: str, lang: str) -> str:
    rng = f.rng
    score = rng.randrange(1, 6) if kind == "nps" else rng.randrange(1, 3)
    words = {
        "it": ["", "delusa", "pessimo"],
        "de": ["", "enttäuscht", "schlecht"],
        "en": ["", "meh", "poor"],
        "fr": ["", "nul"],
        "es": ["", "fatal"],
        "pt": ["", "mau"],
    }
    word = rng.choice(words[lang]) or None
    c.truth[f"{kind}_given"] = True
    c.truth[kind] = score
    eid = add(
        f,
        c,
        t,
        "survey",
        "survey_response",
        word,
        scores={kind: score},
        attrs={"survey": kind},
        rough=False,
    )
    c.truth["survey_event_id"] = eid
    return eid


def complaint(
    f: Fam, c: Cust, t: datetime, channel: str, problem: str, lang: str, long_mail: bool = False
) -> tuple[str, str | None]:
    """One angry first contact and the agent's answer; returns (event id, case reference)."""
    rng = f.rng
    p = problem_text(f, c, lang, problem)
    subject = W.SUBJECT_COMPLAINT[lang] + W.TOPIC[lang][problem]
    ref: str | None = None
    if channel == "social":
        eid = add(f, c, t, "social", "mention", fill(f, c, W.ANGRY_SOCIAL, lang, p=p))
        return eid, None
    ref = new_ref(f)
    if long_mail:
        eid = add(
            f,
            c,
            t,
            "email",
            "message",
            fill(f, c, W.LONG_MAIL, lang, p=p, full=c.name),
            subject=subject,
        )
    elif channel == "email":
        eid = add(f, c, t, "email", "message", fill(f, c, W.ANGRY_MAIL, lang, p=p), subject=subject)
    elif channel == "chat":
        eid = add(f, c, t, "chat", "chat", fill(f, c, W.ANGRY_CHAT, lang, p=p))
        add(
            f,
            c,
            t + timedelta(minutes=rng.randrange(1, 5)),
            "chat",
            "chat",
            fill(f, c, W.CHAT_CASE, lang, ref=ref),
            out=True,
            attrs={"agent": agent(f, lang)},
        )
        return eid, ref
    elif channel == "web":
        eid = add(
            f,
            c,
            t,
            "web",
            "ticket",
            fill(f, c, W.ANGRY_FORM, lang, p=p),
            subject=subject,
            attrs={"page": "/contact"},
        )
    else:
        eid = add(f, c, t, "phone", "call", fill(f, c, W.ANGRY_CALL, lang, p=p), rough=False)
    reply = household(t + timedelta(minutes=rng.randrange(10, 41)), rng)
    add(
        f,
        c,
        reply,
        "email",
        "message",
        fill(f, c, W.CASE_OPENED, lang, ref=ref),
        subject=W.SUBJECT_RE[lang].format(ref=ref),
        out=True,
        attrs={"agent": agent(f, lang)},
    )
    return eid, ref


def fixed_case(
    f: Fam, c: Cust, t: datetime, channel: str, problem: str, lang: str, confirm_lang: str
) -> dict[str, Any]:
    rng = f.rng
    eid, ref = complaint(f, c, t, channel, problem, lang)
    fixed = household(t + timedelta(hours=rng.uniform(3, 20)), rng)
    add(
        f,
        c,
        fixed,
        "email",
        "message",
        fill(f, c, W.GOOD_NEWS, confirm_lang, ref=ref),
        subject=W.SUBJECT_RE[confirm_lang].format(ref=ref),
        out=True,
        attrs={"agent": agent(f, confirm_lang)},
    )
    conf = household(fixed + timedelta(hours=rng.uniform(8, 30)), rng)
    ch = rng.choice(["email", "chat"])
    cid = add(
        f,
        c,
        conf,
        ch,
        "message" if ch == "email" else "chat",
        fill(f, c, W.CONFIRM, confirm_lang, ref=ref),
        subject=W.SUBJECT_RE[confirm_lang].format(ref=ref) if ch == "email" else None,
    )
    return {
        "problem": problem,
        "booking": ref,
        "raised_at": iso(t),
        "fixed_at": iso(fixed),
        "confirmed_at": iso(conf),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": channel,
        "confirm_channel": ch,
    }


def repeat_run(
    f: Fam, c: Cust, t: datetime, first_channel: str, contacts: int, problem: str, quality: bool
) -> None:
    rng = f.rng
    lang = c.next_lang()
    eid, ref = complaint(f, c, t, first_channel, problem, lang)
    assert ref is not None
    if quality:
        add(
            f,
            c,
            household(t + timedelta(hours=rng.uniform(1.5, 2.5)), rng),
            "email",
            "message",
            fill(f, c, W.QUALITY_LEAD, lang, ref=ref),
            subject=W.SUBJECT_RE[lang].format(ref=ref),
            out=True,
            attrs={"agent": agent(f, lang)},
        )
    ids = [eid]
    channels = [first_channel]
    comp = rng.choice(COMPS) if contacts >= 3 else None
    pool = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != first_channel]
    rng.shuffle(pool)
    when = t
    for n in range(2, contacts + 1):
        when = household(when + timedelta(hours=rng.uniform(4, 40)), rng)
        ch = pool[n - 2]
        lang = c.next_lang()
        p = problem_text(f, c, lang, problem)
        if ch == "phone":
            text = fill(f, c, W.STILL_CALL, lang, ref=ref)
        else:
            text = fill(f, c, W.STILL_OPEN, lang, ref=ref, p=p)
        if n == 3:
            text += " " + fill(f, c, W.THIRD, lang, comp=comp)
        if n == 4:
            text += " " + fill(f, c, W.FOURTH, lang)
        kind = {
            "email": "message",
            "chat": "chat",
            "phone": "call",
            "web": "ticket",
            "social": "post",
        }[ch]
        subject = W.SUBJECT_RE[lang].format(ref=ref) if ch in ("email", "web") else None
        ids.append(
            add(
                f,
                c,
                when,
                ch,
                kind,
                text,
                subject=subject,
                rough=ch != "phone",
                attrs={"page": "/contact"} if ch == "web" else None,
            )
        )
        channels.append(ch)
        if ch == "chat":
            add(
                f,
                c,
                when + timedelta(minutes=rng.randrange(1, 5)),
                "chat",
                "chat",
                fill(f, c, W.URGENT, lang, ref=ref),
                out=True,
                attrs={"agent": agent(f, lang)},
            )
    c.truth.update(
        problem=problem,
        booking=ref,
        contacts=contacts,
        channels=channels,
        channel=first_channel,
        agent_passed_on=quality,
        problem_event_ids=ids,
        competitor=comp,
        trouble_starts_at=iso(t),
    )


def slide(f: Fam, c: Cust, day: int, span: int) -> None:
    rng = f.rng
    comp = rng.choice(COMPS)
    offsets = sorted(rng.uniform(0, span * 24) for _ in range(6))
    t = f.at(day, 8, 12)
    ids: list[str] = []
    last = t
    for n, off in enumerate(offsets):
        when = household(
            max(t + timedelta(hours=off), last + timedelta(hours=1, minutes=rng.randrange(0, 60))),
            rng,
        )
        lang = c.next_lang()
        fee = money(15 if n == 3 else 22, c.market)
        text = fill(f, c, {lang: [W.SLIDE[lang][n]]}, lang, comp=comp, fee=fee)
        ch = rng.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                add(
                    f,
                    c,
                    when,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][n]), "page": "/courses"},
                )
            )
        else:
            ids.append(add(f, c, when, ch, "post", text))
        last = when
        if n == 3 and "detractor" in c.truth["expected_rules"]:
            low_score(
                f, c, household(when + timedelta(hours=rng.uniform(2.5, 3.5)), rng), "nps", lang
            )
    first_step = next(r.at for r in f.rows if r.eid == ids[0])
    c.truth.update(
        slide_event_ids=ids, slide_days=span, competitor=comp, trouble_starts_at=iso(first_step)
    )


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def pick_lang(rng: random.Random) -> str:
    return rng.choices(["it", "de", "en", "fr", "es", "pt"], weights=[30, 30, 10, 10, 10, 10])[0]


# ---------------------------------------------------------------- families


def happy_writers() -> Fam:
    f = new_fam(
        1,
        "happy_writers",
        "HW",
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        "happy customers writing by day, by night and in surveys",
    )
    rng = f.rng
    for _ in range(16):
        c = person(f, pick_lang(rng), "happy", "day writer", [], [])
        happy_days(f, c, sorted(rng.sample(range(10), rng.randrange(5, 9))))
    for _ in range(5):
        c = person(f, pick_lang(rng), "happy", "night writer", [], [])
        nights = sorted(rng.sample(range(9), rng.randrange(2, 5)))
        for d in nights:
            t = f.at(d, 22.2, 28.5)
            if rng.random() < 0.5:
                add(
                    f,
                    c,
                    t,
                    rng.choice(["social", "community"]),
                    "post",
                    fill(f, c, W.NIGHT_POST, c.lang),
                )
            else:
                add(f, c, t, "chat", "chat", fill(f, c, W.NIGHT_Q, c.lang))
                a = t + timedelta(minutes=rng.randrange(1, 7))
                add(
                    f,
                    c,
                    a,
                    "chat",
                    "chat",
                    fill(f, c, W.ANSWER, c.lang),
                    out=True,
                    attrs={"agent": agent(f, c.lang)},
                )
                add(
                    f,
                    c,
                    a + timedelta(minutes=rng.randrange(1, 5)),
                    "chat",
                    "chat",
                    fill(f, c, W.THANKS, c.lang),
                )
        free = [d for d in range(10) if d not in nights]
        happy_days(
            f,
            c,
            sorted(rng.sample(free, rng.randrange(2, 4))),
            9,
            18,
            ["praise", "purchase", "view", "review"],
        )
    for _ in range(5):
        c = person(f, pick_lang(rng), "happy", "answers surveys", [], [])
        for d in sorted(rng.sample(range(10), rng.randrange(3, 7))):
            survey(f, c, f.at(d, 8, 20), c.lang)
    return f


def one_bad_day() -> Fam:
    f = new_fam(
        2,
        "one_bad_day",
        "BD",
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        "happy customers with one angry moment",
    )
    rng = f.rng
    channels = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    problems = PROBLEMS * 4
    rng.shuffle(problems)
    with_case = [i for i, ch in enumerate(channels) if ch != "social"]
    rng.shuffle(with_case)
    detractors = set(with_case[:6])
    csat = set(with_case[6:11])
    good = with_case[:12]
    rng.shuffle(good)
    good_news = set(good)
    apologise = set(good[:5])
    for i, ch in enumerate(channels):
        lang = ["it", "it", "de", "de"][i] if ch == "long" else pick_lang(rng)
        if i in detractors:
            c = person(f, lang, "bad_day_detractor", "one bad day", ["detractor"], ["silence"])
        else:
            c = person(f, lang, "happy_one_bad_day", "one bad day", [], ["silence"])
        bad_day = rng.randrange(2, 10)
        t = f.at(bad_day, 8, 20)
        eid, ref = complaint(
            f, c, t, "email" if ch == "long" else ch, problems[i], lang, long_mail=ch == "long"
        )
        c.truth.update(
            problem=problems[i],
            booking=ref,
            channel="email" if ch == "long" else ch,
            long_email=ch == "long",
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            trouble_starts_at=iso(t),
            agent_fixed=i in good_news,
            apologised=i in apologise,
            nps_given=False,
            csat_given=False,
        )
        if i in detractors:
            low_score(f, c, t + timedelta(minutes=rng.randrange(100, 141)), "nps", lang)
        if i in csat:
            low_score(f, c, t + timedelta(minutes=rng.randrange(40, 81)), "csat", lang)
        if i in good_news and ref:
            g = household(t + timedelta(hours=rng.uniform(1, 4)), rng)
            add(
                f,
                c,
                g,
                "email",
                "message",
                fill(f, c, W.GOOD_NEWS, lang, ref=ref),
                subject=W.SUBJECT_RE[lang].format(ref=ref),
                out=True,
                attrs={"agent": agent(f, lang)},
            )
            if i in apologise:
                ap = household(t + timedelta(hours=rng.uniform(16, 24)), rng)
                ch2 = rng.choice(["chat", "email"])
                aid = add(
                    f,
                    c,
                    ap,
                    ch2,
                    "chat" if ch2 == "chat" else "message",
                    fill(f, c, W.APOLOGY, lang),
                    subject=W.SUBJECT_RE[lang].format(ref=ref) if ch2 == "email" else None,
                )
                c.truth.update(apology_at=iso(ap), apology_event_id=aid)
        free = [d for d in range(12) if d <= bad_day - 2 or d >= bad_day + 3]
        happy_days(
            f,
            c,
            sorted(rng.sample(free, min(len(free), rng.randrange(1, 6)))),
            kinds=[k for k in HAPPY_KINDS if k != "survey"],
        )
    for _ in range(8):
        c = person(f, pick_lang(rng), "happy", "control", [], [])
        happy_days(f, c, sorted(rng.sample(range(12), rng.randrange(4, 8))))
    f.planted["detractor"] = 6
    return f


def repeat_contacts() -> Fam:
    f = new_fam(
        3,
        "repeat_contacts",
        "RC",
        datetime(2026, 5, 18, tzinfo=UTC),
        10,
        "the same open problem raised again, against fixed cases and frequent writers",
    )
    rng = f.rng
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    counts = [2] * 4 + [3] * 4 + [4] * 4
    rng.shuffle(firsts)
    quality = [True] * 6 + [False] * 6
    rng.shuffle(quality)
    for i in range(12):
        c = person(f, pick_lang(rng), "repeat_contact", "repeats", ["repeat_contact"], T_REPEAT)
        for _ in range(rng.randrange(1, 4)):
            happy(f, c, f.at(0, 7, 12), rng.choice(["praise", "purchase", "view", "question"]))
        repeat_run(
            f,
            c,
            f.at(rng.randrange(1, 5), 8, 19),
            firsts[i],
            counts[i],
            rng.choice(PROBLEMS),
            quality[i],
        )
    for _ in range(5):
        c = person(f, pick_lang(rng), "resolved_between_contacts", "fixed", [], ["silence"])
        happy(f, c, f.at(0, 8, 18), "purchase")
        t = f.at(rng.randrange(1, 6), 8, 19)
        case = fixed_case(
            f, c, t, rng.choice(["web", "email", "chat"]), rng.choice(PROBLEMS), c.lang, c.lang
        )
        c.truth.update(problems=[case], trouble_starts_at=case["raised_at"])
    for _ in range(3):
        c = person(f, pick_lang(rng), "different_problems", "two problems", [], ["silence"])
        p1, p2 = rng.sample(PROBLEMS, 2)
        d = rng.randrange(0, 3)
        t1 = f.at(d, 8, 18)
        t2 = f.at(d + rng.randrange(4, 6), 8, 18)
        cases = [
            fixed_case(f, c, t1, "email", p1, c.lang, c.lang),
            fixed_case(f, c, t2, "chat", p2, c.lang, c.lang),
        ]
        c.truth.update(problems=cases, trouble_starts_at=cases[0]["raised_at"])
    for _ in range(7):
        c = person(f, pick_lang(rng), "happy", "frequent writer", [], [])
        happy_days(
            f,
            c,
            sorted(rng.sample(range(10), rng.randrange(5, 9))),
            kinds=["question", "question", "call", "purchase", "praise"],
        )
    f.planted["repeat_contact"] = 12
    return f


def slow_churners() -> Fam:
    f = new_fam(
        4,
        "slow_churners",
        "SC",
        datetime(2026, 6, 22, tzinfo=UTC),
        32,
        "slides from a happy baseline, leavers, steady, grumpy and sarcastic customers",
    )
    rng = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    rng.shuffle(spans)
    for i in range(10):
        expected = ["sentiment_drop", "detractor"] if i < 5 else ["sentiment_drop"]
        c = person(f, pick_lang(rng), "slow_churner", "slides", expected, T_SLIDE, nps_given=i < 5)
        days = sorted(rng.sample(range(11), rng.randrange(6, 10)))
        kinds = ["praise"] * rng.randrange(4, 6)
        kinds += [
            rng.choice(["purchase", "view", "question", "call"])
            for _ in range(len(days) - len(kinds))
        ]
        rng.shuffle(kinds)
        for d, k in zip(days, kinds, strict=False):
            happy(f, c, f.at(d, 7, 19), k)
        slide(f, c, rng.randrange(12, 17), spans[i])
    for _ in range(5):
        c = person(f, pick_lang(rng), "slow_churner", "asks to cancel", ["churn_intent"], T_LEAVE)
        happy_days(
            f,
            c,
            sorted(rng.sample(range(16), rng.randrange(4, 7))),
            kinds=[k for k in HAPPY_KINDS if k != "survey"],
        )
        t = f.at(rng.randrange(17, 24), 8, 18)
        eid = add(f, c, t, "email", "message", fill(f, c, W.LEAVE, c.lang), subject=CLUB)
        add(
            f,
            c,
            household(t + timedelta(hours=rng.uniform(1, 5)), rng),
            "email",
            "message",
            fill(f, c, W.SORRY_GO, c.lang),
            subject="Re: " + CLUB,
            out=True,
            attrs={"agent": agent(f, c.lang)},
        )
        cancel = t + timedelta(hours=rng.uniform(20, 30))
        cid = add(
            f,
            c,
            household(cancel, rng),
            "web",
            "cancellation",
            None,
            attrs={"page": "/account/club", "product": "Argillo Club month"},
        )
        c.truth.update(
            churn_intent_event_id=eid,
            cancellation_event_id=cid,
            churn_at=iso(household(cancel, rng)),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = person(f, pick_lang(rng), "happy", "steady", [], [])
        happy_days(f, c, sorted(rng.sample(range(32), rng.randrange(6, 11))))
    for _ in range(5):
        c = person(
            f, pick_lang(rng), "steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"]
        )
        d = rng.randrange(0, 5)
        ids = []
        for _ in range(rng.randrange(5, 8)):
            ch = rng.choice(["social", "community", "web", "review"])
            text = fill(f, c, W.GRUMBLE, c.lang)
            t = f.at(d, 8, 20)
            if ch == "review":
                ids.append(
                    add(f, c, t, "web", "review", text, attrs={"rating": "3", "page": "/studios"})
                )
            elif ch == "web":
                ids.append(add(f, c, t, "web", "ticket", text, attrs={"page": "/contact"}))
            else:
                ids.append(add(f, c, t, ch, "post", text))
            d += rng.randrange(1, 4)
        for _ in range(rng.randrange(0, 3)):
            happy(f, c, f.at(rng.randrange(0, 30), 9, 18), "purchase")
        c.truth.update(
            grumble_event_ids=ids, trouble_starts_at=iso(min(r.at for r in f.rows if r.eid in ids))
        )
    for _ in range(5):
        c = person(f, pick_lang(rng), "happy_one_sarcastic_remark", "happy", [], ["silence"])
        happy_days(
            f,
            c,
            sorted(rng.sample(range(16), rng.randrange(3, 6))),
            kinds=[k for k in HAPPY_KINDS if k != "survey"],
        )
        t = f.at(rng.randrange(17, 29), 9, 20)
        sid = add(
            f, c, t, rng.choice(["social", "community"]), "post", fill(f, c, W.SARCASM, c.lang)
        )
        c.truth.update(sarcasm_event_id=sid, trouble_starts_at=iso(t))
    f.planted.update({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})
    return f


def quiet_hours() -> Fam:
    f = new_fam(
        5,
        "quiet_hours",
        "QH",
        datetime(2026, 8, 28, tzinfo=UTC),
        3,
        "a calm weekend with night owls in bursts",
    )
    rng = f.rng
    for _ in range(16):
        c = person(f, pick_lang(rng), "happy", "day writer", [], [])
        happy_days(f, c, sorted(rng.sample(range(3), rng.randrange(1, 4))), 7, 17.5)
    for i in range(4):
        c = person(f, pick_lang(rng), "grumbles_once", "grumbles once", [], ["silence"])
        t = f.at(rng.randrange(0, 3), 8, 17)
        happy(f, c, t, "purchase" if i % 2 else "view")
        g = t + timedelta(minutes=rng.randrange(20, 31))
        if i < 2:
            gid = add(f, c, g, "chat", "chat", fill(f, c, W.MILD, c.lang))
            add(
                f,
                c,
                g + timedelta(minutes=rng.randrange(1, 6)),
                "chat",
                "chat",
                fill(f, c, W.MILD_ACK, c.lang),
                out=True,
                attrs={"agent": agent(f, c.lang)},
            )
        else:
            gid = add(
                f, c, g, "web", "ticket", fill(f, c, W.MILD, c.lang), attrs={"page": "/contact"}
            )
            add(
                f,
                c,
                g + timedelta(minutes=rng.randrange(10, 40)),
                "email",
                "message",
                fill(f, c, W.MILD_ACK, c.lang),
                subject=BRAND,
                out=True,
                attrs={"agent": agent(f, c.lang)},
            )
        c.truth.update(grumble_event_id=gid, trouble_starts_at=iso(g))
    for night in range(3):
        first = f.start + timedelta(days=night + 1, minutes=rng.randrange(40, 66))
        starts = [
            first,
            first + timedelta(minutes=rng.randrange(28, 34)),
            first + timedelta(minutes=rng.randrange(55, 66)),
        ]
        for b, s in enumerate(starts):
            for _ in range(4):
                c = person(
                    f, pick_lang(rng), "night_owl", f"night {night + 1}, burst {b + 1}", [], []
                )
                t = s + timedelta(minutes=rng.randrange(0, 10))
                if rng.random() < 0.5:
                    nid = add(f, c, t, "chat", "chat", fill(f, c, W.NIGHT_Q, c.lang))
                    a = t + timedelta(minutes=rng.randrange(1, 5))
                    add(
                        f,
                        c,
                        a,
                        "chat",
                        "chat",
                        fill(f, c, W.ANSWER, c.lang),
                        out=True,
                        attrs={"agent": agent(f, c.lang)},
                    )
                    add(
                        f,
                        c,
                        a + timedelta(minutes=rng.randrange(1, 4)),
                        "chat",
                        "chat",
                        fill(f, c, W.THANKS, c.lang),
                    )
                else:
                    nid = add(
                        f,
                        c,
                        t,
                        rng.choice(["social", "community"]),
                        "post",
                        fill(f, c, W.NIGHT_POST, c.lang),
                    )
                c.truth.update(burst_at=iso(s), night_event_id=nid)
                if rng.random() < 0.5:
                    happy(
                        f,
                        c,
                        f.at(rng.randrange(0, 3), 9, 17.5),
                        rng.choice(["praise", "purchase", "view"]),
                    )
    return f


PAIRS = (
    [("it", "de")] * 4
    + [("de", "it")] * 4
    + [
        ("it", "en"),
        ("en", "it"),
        ("de", "en"),
        ("de", "fr"),
        ("fr", "de"),
        ("it", "fr"),
        ("fr", "it"),
        ("it", "es"),
        ("es", "it"),
        ("de", "pt"),
        ("pt", "de"),
        ("it", "pt"),
        ("en", "de"),
        ("es", "de"),
        ("de", "es"),
        ("it", "de"),
        ("de", "it"),
        ("it", "es"),
        ("de", "fr"),
    ]
)
PAIR_MARKET = {"it": "IT", "de": "DE", "en": "IE", "fr": "BE", "es": "ES", "pt": "PT"}
PAIR_WHY = [
    "grew up in Alto Adige",
    "Swiss parents",
    "works for a German company",
    "studied in Lisbon",
    "partner is Italian",
    "lives near the border",
]


def bilingual() -> Fam:
    f = new_fam(
        6,
        "bilingual",
        "BL",
        datetime(2026, 9, 7, tzinfo=UTC),
        14,
        "customers who write in two languages",
    )
    rng = f.rng
    pairs = PAIRS[:]
    rng.shuffle(pairs)

    def bi(persona: str, habit: str, expected: list[str], tolerated: list[str]) -> Cust:
        a, b = pairs.pop()
        market = (
            "CH"
            if {a, b} <= {"it", "de", "fr"} and rng.random() < 0.5
            else PAIR_MARKET[rng.choice([a, b])]
        )
        c = person(
            f,
            a,
            persona,
            habit,
            expected,
            tolerated,
            market=market,
            languages=[a, b],
            job_second_language=rng.choice(PAIR_WHY),
        )
        c.langs = (a, b)
        return c

    for _ in range(12):
        c = bi("happy", "alternates languages", [], [])
        happy_days(f, c, sorted(rng.sample(range(14), rng.randrange(5, 9))))
    counts = [2, 2, 3, 3, 4]
    for n in counts:
        c = bi("repeat_contact", "repeats", ["repeat_contact"], T_REPEAT)
        for _ in range(rng.randrange(1, 4)):
            happy(
                f, c, f.at(rng.randrange(0, 2), 7, 12), rng.choice(["praise", "purchase", "view"])
            )
        repeat_run(
            f,
            c,
            f.at(rng.randrange(2, 6), 8, 19),
            rng.choice(["web", "email", "chat"]),
            n,
            rng.choice(PROBLEMS),
            n >= 3,
        )
    for _ in range(5):
        c = bi("slow_churner", "slides", ["sentiment_drop"], T_SLIDE)
        days = sorted(rng.sample(range(6), 5))
        for d in days:
            happy(f, c, f.at(d, 7, 19), "praise")
        for _ in range(rng.randrange(1, 4)):
            happy(
                f, c, f.at(rng.randrange(0, 6), 7, 19), rng.choice(["purchase", "view", "question"])
            )
        slide(f, c, rng.randrange(7, 9), rng.randrange(3, 6))
    for kind in ["long", "email", "chat"]:
        c = bi("happy_one_bad_day", "one bad day", [], ["silence"])
        if kind == "long":
            c.langs = ("it", "de")
            c.lang = "it"
            c.truth["language"] = "it"
            c.truth["languages"] = ["it", "de"]
        happy_days(f, c, [0, 1], kinds=["praise", "purchase", "view"])
        second = c.langs[1]
        t = f.at(rng.randrange(4, 9), 8, 19)
        problem = rng.choice(PROBLEMS)
        eid, ref = complaint(
            f, c, t, "email" if kind == "long" else kind, problem, second, long_mail=kind == "long"
        )
        c.truth.update(
            problem=problem,
            booking=ref,
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            bad_day_language=second,
            long_email=kind == "long",
            trouble_starts_at=iso(t),
            agent_fixed=kind != "chat",
            apologised=kind == "email",
        )
        if kind != "chat" and ref:
            g = household(t + timedelta(hours=rng.uniform(1, 4)), rng)
            add(
                f,
                c,
                g,
                "email",
                "message",
                fill(f, c, W.GOOD_NEWS, second, ref=ref),
                subject=W.SUBJECT_RE[second].format(ref=ref),
                out=True,
                attrs={"agent": agent(f, second)},
            )
        if kind == "email":
            ap = household(t + timedelta(hours=rng.uniform(18, 24)), rng)
            aid = add(f, c, ap, "chat", "chat", fill(f, c, W.APOLOGY, second))
            c.truth.update(apology_at=iso(ap), apology_event_id=aid)
        happy_days(f, c, [12, 13], kinds=["praise", "purchase", "view"])
    for _ in range(2):
        c = bi("resolved_between_contacts", "fixed", [], ["silence"])
        happy(f, c, f.at(0, 8, 18), "purchase")
        case = fixed_case(
            f,
            c,
            f.at(rng.randrange(2, 8), 8, 18),
            "web",
            rng.choice(PROBLEMS),
            c.langs[0],
            c.langs[1],
        )
        c.truth.update(
            problems=[case], trouble_starts_at=case["raised_at"], confirm_language=c.langs[1]
        )
    f.planted.update({"repeat_contact": 5, "sentiment_drop": 5})
    return f


COMPANIES = {
    "it": [
        ("Trattoria Il Borgo", "restaurant", "ilborgo.example"),
        ("Hotel Belvedere Lago", "hotel", "belvedere-lago.example"),
        ("Studio Legale Fontana", "law firm", "fontana-legal.example"),
        ("Agriturismo Le Querce", "farm stay", "lequerce.example"),
        ("Pasticceria Dolce Vita", "bakery", "dolcevita-past.example"),
    ],
    "de": [
        ("Gasthaus Zum Anker", "restaurant", "zum-anker.example"),
        ("Hotel Alpenblick", "hotel", "alpenblick-hotel.example"),
        ("Kanzlei Berger & Partner", "law firm", "berger-partner.example"),
        ("Café Kranich", "cafe", "cafe-kranich.example"),
        ("Softwarehaus Nordlicht", "software", "nordlicht-sw.example"),
        ("Weingut Sonnhalde", "winery", "sonnhalde-wein.example"),
    ],
    "en": [("The Copper Kettle", "cafe", "copperkettle.example")],
    "fr": [("Bistrot des Halles", "restaurant", "bistrot-halles.example")],
    "es": [("Restaurante Olivar", "restaurant", "olivar-rest.example")],
    "pt": [("Tasca do Rio", "restaurant", "tascadorio.example")],
}


def b2b_accounts() -> Fam:
    f = new_fam(
        7,
        "b2b_accounts",
        "BB",
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
        "company accounts of the business arm",
    )
    rng = f.rng
    langs = [
        "it",
        "de",
        "it",
        "de",
        "en",
        "it",
        "de",
        "fr",
        "it",
        "de",
        "es",
        "de",
        "it",
        "pt",
        "de",
    ]
    pools = {k: v[:] for k, v in COMPANIES.items()}
    for v in pools.values():
        rng.shuffle(v)
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    at_risk_problems = [
        ("portal", 3),
        ("invoice", 3),
        ("wrong_batch", 3),
        ("invoice", 4),
        ("overbilled", 4),
    ]
    one_problems = ["wrong_batch", "overbilled", "portal", "invoice"]
    order = list(range(15))
    rng.shuffle(order)
    for idx in order:
        kind = kinds[idx]
        lang = langs[idx]
        company, site, domain = pools[lang].pop()
        market = rng.choice(MARKETS[lang])
        while True:
            acc = f"AGA-{market}-{rng.randrange(1000, 10000)}"
            if acc.lower() not in USED:
                break
        unique(acc)
        size = {
            "at_risk": rng.randrange(4, 7),
            "one_unhappy": 3,
            "mild": rng.randrange(3, 5),
            "happy": rng.randrange(3, 5),
        }[kind]
        problem, ncompl, first_t = "", 0, f.start
        if kind == "at_risk":
            problem, ncompl = at_risk_problems.pop()
            size = max(size, ncompl + 1)
        contacts: list[Cust] = []
        used_first: set[str] = set()
        roles: list[str] = []
        for n in range(size):
            if (kind == "at_risk" and n < ncompl) or (kind == "one_unhappy" and n == 0):
                role = "complainer"
            elif kind == "mild" and n < 2:
                role = "suggests"
            else:
                role = "contact"
            roles.append(role)
            if kind == "at_risk" and role == "complainer":
                last = n == ncompl - 1
                expected = ["repeat_contact"] if last else ["detractor"]
                persona, tol = "b2b_unhappy", T_B2B
            elif kind == "one_unhappy" and role == "complainer":
                expected, persona, tol = (
                    ["detractor"],
                    "b2b_one_unhappy",
                    ["sentiment_drop", "high_value_at_risk", "silence"],
                )
            elif role == "suggests":
                expected, persona, tol = [], "b2b_mild", ["silence"]
            else:
                expected, persona, tol = [], "b2b_happy", []
            while True:
                first = rng.choice(FIRSTS[lang])
                if first not in used_first:
                    used_first.add(first)
                    break
            title = rng.choice(
                [
                    "Head chef",
                    "Office manager",
                    "Purchasing",
                    "F&B manager",
                    "Owner",
                    "HR lead",
                    "Accounts",
                ]
            )
            c = person(
                f,
                lang,
                persona,
                role,
                expected,
                tol,
                market=market,
                account=acc,
                domain=domain,
                first=first,
                job=title,
                job_title=title,
                company=company,
                role=role,
            )
            contacts.append(c)
        # routine acts: complaining or suggesting contacts only on Monday or Tuesday, no high score
        for c, role in zip(contacts, roles, strict=True):
            if role == "contact":
                for d in sorted(rng.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], rng.randrange(2, 5))):
                    b2b_routine(
                        f,
                        c,
                        f.at(d, 8, 16.5),
                        rng.choice(["question", "order", "view", "praise", "survey"]),
                    )
            else:
                for _ in range(rng.randrange(0, 3)):
                    b2b_routine(
                        f,
                        c,
                        f.at(rng.randrange(0, 2), 8, 16.5),
                        rng.choice(["question", "order", "view"]),
                    )
        acct: dict[str, Any] = {
            "company": company,
            "site": site,
            "contacts": size,
            "contact_keys": [c.key for c in contacts],
            "language": lang,
            "country": market,
            "kind": kind,
            "tolerated_rules": [],
        }
        unhappy: list[Cust] = []
        if kind == "at_risk":
            comp = rng.choice(COMPS)
            t = f.start + timedelta(days=2, hours=rng.uniform(8, 15))
            ref = new_ref(f)
            first_c = contacts[0]
            complainers = contacts[:ncompl]
            for n, c in enumerate(complainers):
                p = B.PROBLEM[lang][problem].format(b=PRO)
                if n == 0:
                    eid = add(
                        f,
                        c,
                        t,
                        "email",
                        "message",
                        fill(f, c, B.FIRST, lang, p=p),
                        subject=W.SUBJECT_COMPLAINT[lang] + problem,
                    )
                    add(
                        f,
                        c,
                        office(t + timedelta(minutes=rng.randrange(10, 41)), rng),
                        "email",
                        "message",
                        fill(f, c, B.ACK, lang, ref=ref),
                        subject=W.SUBJECT_RE[lang].format(ref=ref),
                        out=True,
                        attrs={"agent": agent(f, lang)},
                    )
                    first_t = t
                else:
                    t = office(t + timedelta(hours=rng.uniform(8, 28)), rng)
                    day = W.WEEKDAY[lang][first_t.weekday()]
                    eid = add(
                        f,
                        c,
                        t,
                        "email",
                        "message",
                        fill(f, c, B.LATER, lang, p=p, first=first_c.first, day=day, ref=ref),
                        subject=W.SUBJECT_RE[lang].format(ref=ref),
                    )
                ids = [eid]
                c.truth.update(problem=problem, booking=ref, trouble_starts_at=iso(t))
                if n < ncompl - 1:
                    low_score(
                        f, c, office(t + timedelta(hours=rng.uniform(1, 3)), rng), "nps", lang
                    )
                else:
                    again = office(t + timedelta(hours=rng.uniform(18, 40)), rng)
                    if problem == "overbilled":
                        ids.append(
                            add(
                                f,
                                c,
                                again,
                                "email",
                                "message",
                                fill(f, c, B.LAST_MAIL, lang, ref=ref, comp=comp),
                                subject=W.SUBJECT_RE[lang].format(ref=ref),
                            )
                        )
                        c.truth["competitor"] = comp
                    else:
                        ids.append(
                            add(
                                f,
                                c,
                                again,
                                "phone",
                                "call",
                                fill(f, c, B.LAST_CALL, lang, ref=ref),
                                rough=False,
                            )
                        )
                c.truth["complaint_event_ids"] = ids
                unhappy.append(c)
            acct.update(
                at_risk=True,
                expected_rules=["account_risk"],
                same_problem=problem,
                trouble_starts_at=iso(first_t),
            )
            f.planted["account_risk"] += 1
            f.planted["detractor"] += ncompl - 1
            f.planted["repeat_contact"] += 1
        elif kind == "one_unhappy":
            c = contacts[0]
            problem = one_problems.pop()
            t = office(f.start + timedelta(days=rng.randrange(3, 8), hours=rng.uniform(8, 16)), rng)
            ref = new_ref(f)
            eid = add(
                f,
                c,
                t,
                "email",
                "message",
                fill(f, c, B.FIRST, lang, p=B.PROBLEM[lang][problem].format(b=PRO)),
                subject=W.SUBJECT_COMPLAINT[lang] + problem,
            )
            add(
                f,
                c,
                office(t + timedelta(minutes=rng.randrange(10, 41)), rng),
                "email",
                "message",
                fill(f, c, B.ACK, lang, ref=ref),
                subject=W.SUBJECT_RE[lang].format(ref=ref),
                out=True,
                attrs={"agent": agent(f, lang)},
            )
            low_score(f, c, office(t + timedelta(hours=rng.uniform(1, 3)), rng), "nps", lang)
            c.truth.update(
                problem=problem, booking=ref, complaint_event_ids=[eid], trouble_starts_at=iso(t)
            )
            unhappy.append(c)
            acct.update(at_risk=False, expected_rules=[], same_problem=None, trouble_starts_at=None)
            f.planted["detractor"] += 1
        else:
            if kind == "mild":
                for c in contacts[:2]:
                    t = office(
                        f.start + timedelta(days=rng.randrange(2, 10), hours=rng.uniform(8, 16)),
                        rng,
                    )
                    mid = add(
                        f,
                        c,
                        t,
                        "web",
                        "ticket",
                        fill(f, c, B.SUGGEST, lang),
                        attrs={"page": "/atelier/contact"},
                    )
                    add(
                        f,
                        c,
                        office(t + timedelta(minutes=rng.randrange(10, 60)), rng),
                        "email",
                        "message",
                        fill(f, c, B.SUGGEST_ACK, lang),
                        subject=PRO,
                        out=True,
                        attrs={"agent": agent(f, lang)},
                    )
                    c.truth.update(mild_event_id=mid, trouble_starts_at=iso(t))
            acct.update(at_risk=False, expected_rules=[], same_problem=None, trouble_starts_at=None)
        acct.update(unhappy_contacts=len(unhappy), unhappy_contact_keys=[c.key for c in unhappy])
        f.accounts[acc] = acct
    return f


def b2b_routine(f: Fam, c: Cust, t: datetime, what: str) -> None:
    rng = f.rng
    lang = c.lang
    if what == "question":
        add(f, c, t, "chat", "chat", fill(f, c, B.ROUTINE_Q, lang))
        a = t + timedelta(minutes=rng.randrange(1, 7))
        add(
            f,
            c,
            a,
            "chat",
            "chat",
            fill(f, c, B.ROUTINE_A, lang),
            out=True,
            attrs={"agent": agent(f, lang)},
        )
        if rng.random() < 0.6:
            add(
                f,
                c,
                a + timedelta(minutes=rng.randrange(1, 5)),
                "chat",
                "chat",
                fill(f, c, W.THANKS, lang),
            )
    elif what == "order":
        product, eur = rng.choice(B2B_PRODUCTS)
        add(f, c, t, "web", "page_view", None, attrs={"page": "/atelier/portal/orders"})
        value, cur = currency(eur, c.market)
        add(
            f,
            c,
            t + timedelta(minutes=rng.randrange(3, 16)),
            "web",
            "purchase",
            None,
            attrs={
                "order_value": value,
                "currency": cur,
                "product": product,
                "page": "/atelier/portal/orders",
            },
        )
    elif what == "view":
        add(
            f,
            c,
            t,
            "web",
            "page_view",
            None,
            attrs={
                "page": rng.choice(
                    ["/atelier/portal", "/atelier/portal/invoices", "/atelier/workshops"]
                )
            },
        )
    elif what == "praise":
        add(f, c, t, "community", "post", fill(f, c, B.PRAISE, lang))
    else:
        survey(f, c, t, lang)


SPIKE_LANGS = ["it"] * 6 + ["de"] * 6 + ["en", "en", "fr", "fr", "es", "es", "pt", "pt"]
SPIKE_CHANNELS = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2


def topic_spike() -> Fam:
    f = new_fam(
        8,
        "topic_spike",
        "TS",
        datetime(2026, 11, 2, tzinfo=UTC),
        7,
        "a calm week and one planted spike",
    )
    rng = f.rng
    for _ in range(40):
        c = person(f, pick_lang(rng), "happy", "day writer", [], [])
        for d in sorted(rng.sample(range(6), rng.randrange(1, 5))):
            if d == 5:
                happy(f, c, f.at(d, 12, 19), rng.choice(HAPPY_KINDS))
            else:
                happy(f, c, f.at(d, 7, 19), rng.choice(HAPPY_KINDS))
    for _ in range(2):
        c = person(f, pick_lang(rng), "grumbles_once", "grumbles once", [], ["silence"])
        t = f.at(0, 9, 17)
        gid = add(f, c, t, "chat", "chat", fill(f, c, W.MILD, c.lang))
        add(
            f,
            c,
            t + timedelta(minutes=rng.randrange(1, 6)),
            "chat",
            "chat",
            fill(f, c, W.MILD_ACK, c.lang),
            out=True,
            attrs={"agent": agent(f, c.lang)},
        )
        c.truth.update(grumble_event_id=gid, trouble_starts_at=iso(t))
    for lang, hm in (("it", (9, 40)), ("de", (16, 5))):
        c = person(f, lang, "grumbles_once", "lone question", [], ["silence"])
        t = f.start + timedelta(days=4, hours=hm[0], minutes=hm[1])
        lid = add(f, c, t, "chat", "chat", fill(f, c, W.LONE_Q, lang))
        add(
            f,
            c,
            t + timedelta(minutes=rng.randrange(2, 6)),
            "chat",
            "chat",
            fill(f, c, W.LONE_A, lang),
            out=True,
            attrs={"agent": agent(f, lang)},
        )
        c.truth.update(lone_report_event_id=lid, trouble_starts_at=iso(t))
    start = f.start + timedelta(days=5, hours=8, minutes=20)
    offsets = sorted([0, 45, *rng.sample(range(1, 45), 18)])
    langs = SPIKE_LANGS[:]
    channels = SPIKE_CHANNELS[:]
    rng.shuffle(langs)
    rng.shuffle(channels)
    regular = [True] * 12 + [False] * 8
    rng.shuffle(regular)
    early = [i for i, o in enumerate(offsets) if o <= 25]
    repeaters = set(rng.sample(early, 6))
    rest = [i for i in range(20) if i not in repeaters]
    fixed = set(rng.sample(rest, 6))
    again_channels = ["email", "email", "chat", "chat", "community", "community"]
    rng.shuffle(again_channels)
    keys: list[str] = []
    first_ids: list[str] = []
    repeat_ids: list[str] = []
    for i in range(20):
        lang = langs[i]
        rep = i in repeaters
        c = person(
            f,
            lang,
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular[i] else "new",
            ["repeat_contact"] if rep else [],
            ["silence", "sentiment_drop"] if rep else ["silence"],
            in_spike=True,
            regular=regular[i],
        )
        if regular[i]:
            for _ in range(rng.randrange(1, 3)):
                happy(
                    f, c, f.at(2, 8, 17.5), rng.choice(["praise", "purchase", "view", "question"])
                )
        t = start + timedelta(
            minutes=offsets[i], seconds=rng.randrange(0, 50) if 0 < offsets[i] < 45 else 0
        )
        ch = channels[i]
        text = fill(f, c, W.SPIKE, lang)
        kind = {
            "social": "post",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        subject = (
            {
                "it": "Pezzi bloccati",
                "de": "Stücke gesperrt",
                "en": "Pieces blocked",
                "fr": "Pièces bloquées",
                "es": "Piezas bloqueadas",
                "pt": "Peças bloqueadas",
            }[lang]
            if ch in ("email", "web")
            else None
        )
        sid = add(
            f,
            c,
            t,
            ch,
            kind,
            text,
            subject=subject,
            attrs={"page": "/my-pieces"} if ch == "web" else None,
        )
        if ch == "chat":
            add(
                f,
                c,
                t + timedelta(minutes=rng.randrange(1, 4)),
                "chat",
                "chat",
                fill(f, c, W.SPIKE_CHAT_ANSWER, lang),
                out=True,
                attrs={"agent": agent(f, lang)},
            )
        keys.append(c.key)
        first_ids.append(sid)
        c.truth.update(
            spike_event_id=sid, spike_channel=ch, trouble_starts_at=iso(t), agent_fixed=i in fixed
        )
        if rep:
            ch2 = again_channels.pop()
            if ch2 == ch:
                ch2 = "email" if ch != "email" else "community"
            t2 = t + timedelta(minutes=rng.randrange(15, 51))
            rid = add(
                f,
                c,
                t2,
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                fill(f, c, W.SPIKE_AGAIN, lang),
                subject=subject and "Re: " + subject if ch2 == "email" else None,
            )
            if ch2 == "chat":
                add(
                    f,
                    c,
                    t2 + timedelta(minutes=rng.randrange(1, 4)),
                    "chat",
                    "chat",
                    fill(f, c, W.SPIKE_CHAT_ANSWER, lang),
                    out=True,
                    attrs={"agent": agent(f, lang)},
                )
            repeat_ids.append(rid)
            c.truth["repeat_event_id"] = rid
        if i in fixed:
            local = "11:40" if c.market in ("UK", "IE", "PT") else "12:40"
            credit = money(10, c.market)
            add(
                f,
                c,
                f.start + timedelta(days=5, hours=11, minutes=rng.randrange(8, 18)),
                "email",
                "message",
                fill(f, c, W.SPIKE_FIXED, lang, local=local, credit=credit),
                subject=BRAND,
                out=True,
                attrs={"agent": agent(f, lang)},
            )
    f.spike = {
        "topic": f"pottery studios' collection system puts every finished piece on glaze quarantine and the app tells customers not to use their pieces for food or drink, error {CODE}",
        "about": "nobody can collect finished pieces at any studio, and customers fear the mugs and bowls they use daily are unsafe",
        "channel": None,
        "start": iso(start),
        "end": iso(start + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": first_ids,
        "repeat_event_ids": repeat_ids,
    }
    f.planted.update({"topic_spike": 1, "repeat_contact": 6})
    return f


# ---------------------------------------------------------------- rendering


def roughen(text: str, rng: random.Random) -> str:
    if rng.random() < 0.1:
        text = strip_accents(text)
    if rng.random() < 0.125 and text[:1].isupper() and text[1:2].islower():
        text = text[0].lower() + text[1:]
    if rng.random() < 1 / 7:
        words = text.split(" ")
        cands = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
        if cands:
            i = rng.choice(cands)
            w = words[i]
            j = rng.randrange(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            text = " ".join(words)
    return text


def at_brand(text: str) -> str:
    pos = text.rfind(BRAND)
    if pos < 0:
        return f"@{BRAND} {text}"
    if pos > 0 and text[pos - 1] == "@":
        return text
    return text[:pos] + "@" + text[pos:]


def render(f: Fam) -> list[dict[str, Any]]:
    rng = f.rng2
    rows = sorted(f.rows, key=lambda r: (r.at, r.seq))
    seen: set[str] = set()
    out: list[dict[str, Any]] = []
    for r in rows:
        c = r.cust
        full = r.direction == "outbound" or (r.direction == "inbound" and c.key not in seen)
        if r.direction == "inbound":
            seen.add(c.key)
        phone = c.phone
        if rng.random() < 0.5:
            cc = PHONE[c.market][0]
            phone = cc + " " + phone[len(cc) :]
        handle = c.handle
        if handle and rng.random() < 0.2:
            handle = handle[1:]
        ident: dict[str, str | None] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": c.account,
        }
        if full:
            ident.update(customer_id=c.key, email=c.email, phone=phone, handle=c.handle)
        elif r.channel == "phone":
            ident["phone"] = phone
        elif r.channel in ("social", "community"):
            if c.account:
                ident["email"] = c.email
            else:
                ident["handle"] = handle
        elif r.channel == "email":
            ident["email"] = c.email.upper() if rng.random() < 1 / 12 else c.email
        else:
            ident["customer_id"] = c.key
        text = r.text
        if text is not None and r.rough:
            text = roughen(text, rng)
        if (
            text is not None
            and r.channel == "social"
            and r.direction == "inbound"
            and not c.account
        ):
            text = at_brand(text)
        attrs = {"market": c.market}
        if c.account:
            attrs["segment"] = "b2b"
        attrs.update(r.attrs)
        scores: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        scores.update(r.scores)
        out.append(
            {
                "event_id": r.eid,
                "occurred_at": iso(r.at),
                "channel": r.channel,
                "kind": r.kind,
                "direction": r.direction,
                "customer": ident,
                "text": text,
                "subject": r.subject,
                "scores": scores,
                "source": SOURCES[r.channel],
                "attributes": attrs,
            }
        )
    return out


def check(f: Fam) -> None:
    expected: Counter[str] = Counter()
    for c in f.custs:
        if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
            raise SystemExit(f"{c.key}: expected and tolerated")
        expected.update(c.truth["expected_rules"])
        if not any(r.cust is c and r.direction == "inbound" for r in f.rows):
            raise SystemExit(f"{c.key}: no inbound touchpoint")
    for a in f.accounts.values():
        expected.update(a["expected_rules"])
    if f.spike:
        expected["topic_spike"] += 1
    if +expected != +f.planted:
        raise SystemExit(f"{f.name}: expected {dict(expected)} but planted {dict(f.planted)}")
    for r in f.rows:
        if not (f.start <= r.at < LIMIT):
            raise SystemExit(f"{f.name}: {r.eid} out of window at {r.at}")


def write(f: Fam) -> tuple[int, int]:
    lines = render(f)
    check(f)
    last = max(r.at for r in f.rows)
    end = max(f.start + timedelta(days=f.days), last + timedelta(hours=1))
    if end >= LIMIT:
        raise SystemExit(f"{f.name}: end {end} too late")
    truth = {
        "config": {
            "family": f.name,
            "about": f.about,
            "business": f"{BRAND} pottery studios with {PRO}",
            "days": f.days,
            "seed": SEED,
            "written": WRITTEN,
            "expected": dict(sorted(f.planted.items())),
        },
        "start": iso(f.start),
        "end": iso(end),
        "customers": {c.key: c.truth for c in f.custs},
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
    return len(f.custs), len(lines)


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
    total_c = total_t = 0
    for build in FAMILIES:
        n_c, n_t = write(build())
        total_c += n_c
        total_t += n_t
        print(f"{build.__name__}: {n_c} customers, {n_t} touchpoints")
    print(f"total: {total_c} customers, {total_t} touchpoints")


if __name__ == "__main__":
    main()
