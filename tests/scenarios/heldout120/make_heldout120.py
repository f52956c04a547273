# ruff: noqa: E501
"""Build tests/scenarios/heldout120/ (Pagaldo), written blind. Standard library only.

Run as ``python make_heldout120.py`` from anywhere; two runs give the same bytes.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402
import wording_b2b as B  # noqa: E402

SEED = 20261114
BRAND = W.BRAND
WRITTEN = "2026-12-05"
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
LANG_WEIGHTS = {"es": 30, "it": 30, "en": 10, "fr": 10, "de": 10, "pt": 10}
MARKETS: dict[str, list[tuple[str, int]]] = {
    "es": [("ES", 1)],
    "it": [("IT", 5), ("CH", 1)],
    "en": [("UK", 3), ("IE", 2)],
    "fr": [("FR", 3), ("BE", 1), ("CH", 1)],
    "de": [("DE", 3), ("AT", 2), ("CH", 1)],
    "pt": [("PT", 1)],
}
PHONES: dict[str, tuple[str, str, int]] = {
    "ES": ("+34", "6", 8),
    "IT": ("+39", "3", 9),
    "UK": ("+44", "7", 9),
    "IE": ("+353", "8", 8),
    "FR": ("+33", "6", 8),
    "BE": ("+32", "4", 8),
    "DE": ("+49", "15", 9),
    "AT": ("+43", "66", 8),
    "CH": ("+41", "7", 8),
    "PT": ("+351", "9", 8),
}
FIRST: dict[str, list[str]] = {
    "es": [
        "Lucía",
        "Javier",
        "Marta",
        "Sergio",
        "Carmen",
        "Álvaro",
        "Nerea",
        "Iñaki",
        "Rocío",
        "Pablo",
        "Elena",
        "Raúl",
        "Ainhoa",
        "Diego",
        "Begoña",
        "Óscar",
        "Irene",
        "Adrián",
    ],
    "it": [
        "Giulia",
        "Luca",
        "Francesca",
        "Matteo",
        "Chiara",
        "Davide",
        "Sara",
        "Lorenzo",
        "Elisa",
        "Stefano",
        "Federica",
        "Andrea",
        "Martina",
        "Paolo",
        "Silvia",
        "Riccardo",
        "Valentina",
        "Nicolò",
    ],
    "en": ["Emma", "James", "Sophie", "Conor", "Hannah", "Liam", "Grace", "Owen"],
    "fr": ["Camille", "Julien", "Léa", "Thomas", "Manon", "Hugo", "Chloé", "Nicolas"],
    "de": ["Anna", "Lukas", "Katrin", "Jonas", "Miriam", "Felix", "Jana", "Tobias"],
    "pt": ["Inês", "João", "Beatriz", "Tiago", "Mariana", "Rui", "Catarina", "Nuno"],
}
LAST: dict[str, list[str]] = {
    "es": [
        "García",
        "Fernández",
        "López",
        "Martín",
        "Sánchez",
        "Iglesias",
        "Rubio",
        "Navarro",
        "Castro",
        "Ortega",
        "Gil",
        "Vidal",
        "Prieto",
        "Suárez",
        "Herrero",
        "Peña",
    ],
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
        "Mancini",
        "Lombardi",
        "Moretti",
        "Fontana",
    ],
    "en": ["Walsh", "Murphy", "Taylor", "Hughes", "Byrne", "Evans", "Kelly", "Price"],
    "fr": ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard", "Roux", "Fontaine"],
    "de": ["Müller", "Schneider", "Fischer", "Weber", "Wagner", "Becker", "Hoffmann", "Krüger"],
    "pt": ["Silva", "Santos", "Ferreira", "Pereira", "Costa", "Rodrigues", "Martins", "Sousa"],
}
TOWNS: dict[str, list[str]] = {
    "ES": ["Oviedo", "Gijón", "Valencia", "Sevilla", "Bilbao", "Zaragoza", "Girona", "Málaga"],
    "IT": ["Verona", "Trento", "Bergamo", "Firenze", "Torino", "Padova", "Brescia", "Genova"],
    "UK": ["Bristol", "Leeds", "Inverness", "Cardiff"],
    "IE": ["Galway", "Cork", "Limerick"],
    "FR": ["Annecy", "Lyon", "Grenoble", "Bordeaux"],
    "BE": ["Namur", "Liège"],
    "DE": ["München", "Nürnberg", "Regensburg", "Freiburg"],
    "AT": ["Innsbruck", "Lienz", "Salzburg"],
    "CH": ["Lugano", "Luzern", "Genève"],
    "PT": ["Porto", "Coimbra", "Lisboa", "Tomar"],
}
JOBS = [
    "nurse",
    "teacher",
    "engineer",
    "shop owner",
    "student",
    "accountant",
    "chef",
    "bus driver",
    "designer",
    "physiotherapist",
    "electrician",
    "retired",
    "journalist",
    "pharmacist",
]
DOMAINS = ["correo.example", "posta.example", "mailbox.example", "webmail.example", "inbox.example"]
SOURCES = {
    "email": "pagaldo-mail",
    "phone": "pagaldo-voice",
    "social": "pagaldo-social",
    "community": "pagaldo-forum",
    "chat": "pagaldo-chat",
    "web": "pagaldo-web",
    "survey": "pagaldo-survey",
}
CURRENCY = {"UK": ("GBP", 0.86), "CH": ("CHF", 0.94)}
TOL_REPEAT = [
    "competitor_mention",
    "churn_intent",
    "high_value_at_risk",
    "sentiment_drop",
    "silence",
]
TOL_SLIDE = [
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "repeat_contact",
    "silence",
]
TOL_LEAVE = ["competitor_mention", "high_value_at_risk", "sentiment_drop", "silence"]
TOL_B2B_RISK = [
    "account_risk",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "sentiment_drop",
    "silence",
]
PROBLEMS = ["shuttle_no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee"]
USED: set[str] = set()


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


@dataclass
class Row:
    eid: str
    cust: Cust
    t: datetime
    channel: str
    kind: str
    out: bool
    text: str | None
    subject: str | None
    scores: dict[str, int]
    attrs: dict[str, str]


@dataclass
class Fam:
    n: int
    name: str
    code: str
    start: datetime
    days: int
    about: str
    rng: random.Random = field(init=False)
    rr: random.Random = field(init=False)
    rows: list[Row] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    count: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rr = random.Random(SEED * 100 + 50 + self.n)


def ascii_fold(s: str) -> str:
    return (
        "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
        .lower()
        .replace(" ", "")
        .replace("'", "")
    )


def unique(make: Callable[[], str]) -> str:
    for _ in range(1000):
        v = make()
        if v not in USED:
            USED.add(v)
            return v
    raise RuntimeError("no unique value")


def strip_accents(text: str) -> str:
    out = []
    for ch in text:
        if ch in "äöüÄÖÜ":
            out.append({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}[ch])
        elif ch in "ñÑß":
            out.append(ch)
        else:
            out.append(
                "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
            )
    return "".join(out)


def roughen(rr: random.Random, text: str) -> str:
    if rr.random() < 0.1:
        text = strip_accents(text)
    if rr.random() < 0.125 and text[:1].isupper() and not text.startswith(BRAND):
        text = text[0].lower() + text[1:]
    if rr.random() < 0.14:
        words = [m for m in re.finditer(r"\b[a-zà-ÿ]{5,}\b", text)]
        if words:
            m = rr.choice(words)
            w = m.group(0)
            i = rr.randrange(1, len(w) - 2)
            w2 = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
            text = text[: m.start()] + w2 + text[m.end() :]
    return text


def speech(text: str, lang: str) -> str:
    text = re.sub(r"[.,;:!?¿¡()\n]+", " ", text)
    words = [
        w if (lang == "de" or any(c.isdigit() for c in w) or w == BRAND) else w.lower()
        for w in text.split()
    ]
    return " ".join(words)


def pick_lang(rng: random.Random) -> str:
    langs = list(LANG_WEIGHTS)
    return rng.choices(langs, [LANG_WEIGHTS[x] for x in langs])[0]


def person(
    f: Fam,
    lang: str,
    persona: str,
    habit: str,
    expected: Sequence[str] = (),
    tolerated: Sequence[str] = (),
    market: str | None = None,
    account: str | None = None,
    company: str | None = None,
    **extra: Any,
) -> Cust:
    rng = f.rng
    if market is None:
        ms = MARKETS[lang]
        market = rng.choices([m for m, _ in ms], [w for _, w in ms])[0]
    first = rng.choice(FIRST[lang])
    last = rng.choice(LAST[lang])
    key = unique(lambda: f"PG{f.code}{rng.randrange(1000, 10000)}")
    if company is not None:
        dom = re.sub(r"[^a-z0-9]", "", ascii_fold(company))[:18] + ".example"
        while f"{ascii_fold(first)}.{ascii_fold(last)}@{dom}" in USED:
            first, last = rng.choice(FIRST[lang]), rng.choice(LAST[lang])
        email = unique(lambda: f"{ascii_fold(first)}.{ascii_fold(last)}@{dom}")
        handle: str | None = None
    else:
        email = unique(
            lambda: (
                f"{ascii_fold(first)}.{ascii_fold(last)}{rng.randrange(1, 99)}@{rng.choice(DOMAINS)}"
            )
        )
        pats = [
            lambda: f"@{ascii_fold(last)}_{ascii_fold(first)}{rng.randrange(1, 9)}",
            lambda: f"@{ascii_fold(first)}{ascii_fold(last)}{rng.randrange(10, 99)}",
            lambda: f"@{ascii_fold(first)}_{ascii_fold(last)[:5]}",
            lambda: f"@{ascii_fold(last)}{ascii_fold(first)[0]}{rng.randrange(1, 99)}",
        ]
        handle = unique(lambda: rng.choice(pats)())
    cc, pre, n = PHONES[market]
    phone = unique(lambda: cc + pre + "".join(str(rng.randrange(10)) for _ in range(n)))
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
        "name": f"{first} {last}",
        "job": rng.choice(JOBS),
        "town": rng.choice(TOWNS[market]),
    }
    truth.update(extra)
    c = Cust(key, lang, market, first, last, email, phone, handle, account, truth)
    f.custs[key] = c
    return c


def add(
    f: Fam,
    c: Cust,
    t: datetime,
    ch: str,
    kind: str,
    text: str | None = None,
    subject: str | None = None,
    *,
    out: bool = False,
    scores: dict[str, int] | None = None,
    attrs: dict[str, str] | None = None,
) -> str:
    f.count += 1
    eid = f"pg120-{f.code.lower()}-{f.count:05d}"
    a: dict[str, str] = {"market": c.market}
    if c.account:
        a["segment"] = "b2b"
    a.update(attrs or {})
    if out:
        a["agent"] = f.rng.choice(W.AGENTS[c.lang])
        if text:
            text = text.replace("{ag}", a["agent"])
    if text is not None and not out:
        if ch == "social" and c.account is None:
            if "@" + BRAND not in text:
                i = text.rfind(BRAND)
                text = text[:i] + "@" + text[i:] if i >= 0 else f"@{BRAND} " + text
        else:
            text = text.replace("@" + BRAND, BRAND)
        if ch not in ("phone", "survey"):
            text = roughen(f.rr, text)
    f.rows.append(Row(eid, c, t, ch, kind, out, text, subject, scores or {}, a))
    return eid


def pick(f: Fam, table: dict[str, list[str]], lang: str) -> str:
    return f.rng.choice(table[lang])


def fmt(s: str, **kw: str) -> str:
    kw.setdefault("b", BRAND)
    for k, v in kw.items():
        s = s.replace("{" + k + "}", v)
    return s


def at(f: Fam, day: float, h0: float, h1: float) -> datetime:
    mins = f.rng.randrange(int(h0 * 60), int(h1 * 60))
    return f.start + timedelta(days=day, minutes=mins)


def mins(f: Fam, lo: int, hi: int) -> timedelta:
    return timedelta(minutes=f.rng.randrange(lo, hi + 1))


def unnight(f: Fam, t: datetime) -> datetime:
    if t.hour >= 22:
        return (t + timedelta(days=1)).replace(hour=8, minute=f.rng.randrange(60))
    if t.hour < 7:
        return t.replace(hour=8, minute=f.rng.randrange(60))
    return t


def office(f: Fam, t: datetime) -> datetime:
    while True:
        if t.weekday() >= 5 or t.hour >= 17:
            t = (t + timedelta(days=1)).replace(hour=8, minute=f.rng.randrange(60))
            continue
        if t.hour < 8:
            t = t.replace(hour=8, minute=f.rng.randrange(60))
        return t


def case_ref() -> str:
    rng = random.Random(len(USED) * 7919 + SEED)
    return unique(lambda: f"PG/26-{rng.randrange(10000, 100000)}")


def money(c: Cust, eur: float) -> tuple[str, str]:
    cur, k = CURRENCY.get(c.market, ("EUR", 1.0))
    return f"{eur * k:.2f}", cur


# ---------------------------------------------------------------- happy acts


def happy(
    f: Fam, c: Cust, t: datetime, surveys: bool = True, kinds: Sequence[str] | None = None
) -> None:
    rng, lang = f.rng, c.lang
    opts = list(
        kinds
        or [
            "praise",
            "praise",
            "again",
            "gripe",
            "chat",
            "mail",
            "phone",
            "buy",
            "buy",
            "view",
            "review",
        ]
    )
    if surveys and kinds is None:
        opts.append("survey")
    k = rng.choice(opts)
    if k in ("praise", "again", "gripe"):
        table = {"praise": W.PRAISE, "again": W.PRAISE_AGAIN, "gripe": W.PRAISE_GRIPE}[k]
        ch = rng.choice(["community", "social"])
        add(
            f,
            c,
            t,
            ch,
            "post" if ch == "community" else rng.choice(["mention", "post"]),
            fmt(pick(f, table, lang)),
        )
    elif k == "chat":
        q, a = rng.choice(W.QUESTIONS[lang])
        add(f, c, t, "chat", "chat", q)
        t2 = t + mins(f, 1, 6)
        add(f, c, t2, "chat", "chat", a, out=True)
        if rng.random() < 0.6:
            add(f, c, t2 + mins(f, 1, 4), "chat", "chat", pick(f, W.THANKS, lang))
    elif k == "mail":
        q, a = rng.choice(W.QUESTIONS[lang])
        add(f, c, t, "email", "message", q[0].upper() + q[1:], q[:40])
        add(f, c, t + mins(f, 60, 300), "email", "message", a, "Re: " + q[:40], out=True)
    elif k == "phone":
        q, a = rng.choice(W.PHONE_Q[lang])
        add(f, c, t, "phone", "call", q)
        add(f, c, t + mins(f, 10, 40), "email", "message", a, out=True)
    elif k in ("buy", "view"):
        prod, eur = rng.choice(W.PRODUCTS)
        page = rng.choice(W.PAGES)
        add(f, c, t, "web", "page_view", attrs={"page": page})
        if k == "buy":
            v, cur = money(c, eur)
            add(
                f,
                c,
                t + mins(f, 3, 15),
                "web",
                "purchase",
                attrs={"order_value": v, "currency": cur, "product": prod, "page": "/checkout"},
            )
    elif k == "review":
        add(
            f,
            c,
            t,
            "web",
            "review",
            pick(f, W.REVIEWS, lang),
            attrs={"rating": rng.choice(["4", "5", "5"]), "page": "/reviews"},
        )
    else:
        survey(f, c, t)


def survey(f: Fam, c: Cust, t: datetime) -> None:
    rng = f.rng
    s = rng.choice(["nps", "csat", "ces"])
    val = {"nps": rng.choice([9, 10]), "csat": rng.choice([4, 5]), "ces": rng.choice([6, 7])}[s]
    word = pick(f, W.SURVEY_WORDS, c.lang)
    add(f, c, t, "survey", "survey_response", word or None, scores={s: val}, attrs={"survey": s})


def spread_days(f: Fam, n: int, lo: int, hi: int) -> list[int]:
    days = list(range(lo, hi + 1))
    return sorted(f.rng.sample(days, min(n, len(days))))


# ---------------------------------------------------------------- complaints


def problem_text(lang: str, problem: str) -> tuple[str, str]:
    topic, p = W.PROBLEMS[lang][problem]
    return topic, fmt(p)


def cap(s: str) -> str:
    return s[0].upper() + s[1:]


def complaint(
    f: Fam, c: Cust, t: datetime, mode: str, problem: str, lang: str | None = None
) -> str:
    lang = lang or c.lang
    topic, p = problem_text(lang, problem)
    subj = W.SUBJECT_COMPLAINT[lang].replace("{topic}", topic)
    if mode == "long":
        return add(
            f,
            c,
            t,
            "email",
            "message",
            fmt(pick(f, W.LONG_EMAIL, lang), p=p, name=c.truth["name"]),
            subj,
        )
    if mode == "short":
        return add(f, c, t, "email", "message", fmt(pick(f, W.SHORT_EMAIL, lang), p=p), subj)
    if mode == "chat":
        return add(f, c, t, "chat", "chat", fmt(pick(f, W.CHAT, lang), p=p))
    if mode == "social":
        return add(f, c, t, "social", "mention", fmt(pick(f, W.SOCIAL, lang), p=p))
    if mode == "form":
        return add(
            f,
            c,
            t,
            "web",
            "ticket",
            fmt(pick(f, W.FORM, lang), P=cap(p)),
            subj,
            attrs={"page": "/help/contact"},
        )
    return add(f, c, t, "phone", "call", speech(fmt(pick(f, W.CALL, lang), p=p), lang))


def reply(
    f: Fam,
    c: Cust,
    t: datetime,
    table: dict[str, list[str]],
    case: str,
    lang: str | None = None,
    ch: str = "email",
) -> str:
    lang = lang or c.lang
    text = fmt(pick(f, table, lang), first=c.first, case=case)
    subj = W.SUBJECT_CASE[lang].replace("{case}", case) if ch == "email" else None
    return add(f, c, t, ch, "message" if ch == "email" else "chat", text, subj, out=True)


# ---------------------------------------------------------------- families


def happy_writers() -> Fam:
    f = Fam(
        1,
        "happy_writers",
        "HW",
        datetime(2026, 4, 20, tzinfo=UTC),
        10,
        "happy customers writing by day and by night, and survey-only customers",
    )
    for _ in range(16):
        c = person(f, pick_lang(f.rng), "happy", "day writer")
        for d in spread_days(f, f.rng.randint(5, 8), 0, 9):
            happy(f, c, at(f, d, 7, 19))
    for _ in range(5):
        c = person(f, pick_lang(f.rng), "happy", "night writer")
        for d in spread_days(f, f.rng.randint(2, 4), 0, 8):
            t = at(f, d, 22.2, 23.9) if f.rng.random() < 0.5 else at(f, d + 1, 0, 4.5)
            if f.rng.random() < 0.5:
                add(
                    f,
                    c,
                    t,
                    f.rng.choice(["community", "social"]),
                    "post",
                    fmt(pick(f, W.NIGHT_POSTS, c.lang)),
                )
            else:
                q, a = f.rng.choice(W.NIGHT_Q[c.lang])
                add(f, c, t, "chat", "chat", q)
                add(f, c, t + mins(f, 1, 5), "chat", "chat", a, out=True)
                add(f, c, t + mins(f, 7, 10), "chat", "chat", pick(f, W.THANKS, c.lang))
        for d in spread_days(f, f.rng.randint(2, 3), 0, 9):
            happy(f, c, at(f, d, 9, 18), surveys=False, kinds=["praise", "buy", "view", "review"])
    for _ in range(5):
        c = person(f, pick_lang(f.rng), "happy", "answers surveys")
        for d in spread_days(f, f.rng.randint(3, 6), 0, 9):
            survey(f, c, at(f, d, 8, 20))
    return f


def one_bad_day() -> Fam:
    f = Fam(
        2,
        "one_bad_day",
        "BD",
        datetime(2026, 5, 11, tzinfo=UTC),
        12,
        "happy customers with one angry day, some detractors, and controls",
    )
    rng = f.rng
    modes = [m for m in ["long", "short", "chat", "social", "form", "call"] for _ in range(4)]
    probs = [p for p in PROBLEMS for _ in range(4)]
    rng.shuffle(probs)
    cased = [i for i, m in enumerate(modes) if m != "social"]
    nps_set = set(rng.sample(cased, 6))
    csat_set = set(rng.sample([i for i in cased if i not in nps_set], 5))
    good_set = set(rng.sample(cased, 12))
    apol_set = set(rng.sample(sorted(good_set), 5))
    long_langs = ["es", "es", "it", "it"]
    for i, mode in enumerate(modes):
        lang = long_langs.pop() if mode == "long" else pick_lang(rng)
        det = i in nps_set
        c = person(
            f,
            lang,
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            ["detractor"] if det else [],
            ["silence"],
            problem=probs[i],
            long_email=mode == "long",
            channel={"long": "email", "short": "email", "call": "phone", "form": "web"}.get(
                mode, mode
            ),
        )
        d = rng.randint(2, 9)
        t = at(f, d, 8, 20)
        eid = complaint(f, c, t, mode, probs[i])
        c.truth.update(
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            trouble_starts_at=iso(t),
            booking=None,
            nps_given=det,
            csat_given=i in csat_set,
            agent_fixed=i in good_set,
            apologised=i in apol_set,
        )
        if mode != "social":
            case = case_ref()
            c.truth["booking"] = case
            if mode == "chat":
                reply(f, c, t + mins(f, 1, 4), W.CHAT_CASE, case, ch="chat")
            else:
                reply(f, c, t + mins(f, 10, 40), W.CASE_OPENED, case)
            if det:
                n = rng.randint(1, 5)
                c.truth.update(
                    nps=n,
                    survey_event_id=add(
                        f,
                        c,
                        t + mins(f, 100, 140),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": n},
                        attrs={"survey": "nps"},
                    ),
                )
            elif i in csat_set:
                n = rng.randint(1, 2)
                c.truth.update(
                    csat=n,
                    survey_event_id=add(
                        f,
                        c,
                        t + mins(f, 40, 80),
                        "survey",
                        "survey_response",
                        pick(f, W.LOW_CSAT_WORDS, lang) or None,
                        scores={"csat": n},
                        attrs={"survey": "csat"},
                    ),
                )
            if i in good_set:
                reply(f, c, unnight(f, t + mins(f, 60, 240)), W.GOOD_NEWS, case)
            if i in apol_set:
                ta = unnight(f, t + mins(f, 16 * 60, 24 * 60))
                ch = rng.choice(["chat", "email"])
                c.truth.update(
                    apology_at=iso(ta),
                    apology_event_id=add(
                        f,
                        c,
                        ta,
                        ch,
                        "chat" if ch == "chat" else "message",
                        pick(f, W.APOLOGY, lang),
                    ),
                )
        ok = [x for x in range(12) if x <= d - 2 or x >= d + 3]
        for x in sorted(rng.sample(ok, min(len(ok), rng.randint(1, 5)))):
            happy(f, c, at(f, x, 8, 20), surveys=False)
    for _ in range(8):
        c = person(f, pick_lang(rng), "happy", "control")
        for x in spread_days(f, rng.randint(4, 7), 0, 11):
            happy(f, c, at(f, x, 8, 20))
    return f


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def later_text(f: Fam, c: Cust, n: int, case: str, problem: str, lang: str, comp: str) -> str:
    _, p = problem_text(lang, problem)
    table = {2: W.REPEAT_2, 3: W.REPEAT_3, 4: W.REPEAT_4}[n]
    return fmt(pick(f, table, lang), case=case, p=p, P=cap(p), comp=comp)


def repeat_run(
    f: Fam,
    c: Cust,
    t0: datetime,
    first_ch: str,
    n: int,
    problem: str,
    lead: bool,
    langs: Sequence[str],
) -> None:
    rng = f.rng
    case = case_ref()
    comp = rng.choice(W.COMPETITORS)
    mode = {"web": "form", "email": "short", "chat": "chat", "phone": "call"}[first_ch]
    ids = [complaint(f, c, t0, mode, problem, langs[0])]
    if first_ch == "chat":
        reply(f, c, t0 + mins(f, 1, 4), W.CHAT_CASE, case, langs[0], ch="chat")
    elif not lead:
        reply(f, c, t0 + mins(f, 10, 40), W.CASE_OPENED, case, langs[0])
    if lead:
        reply(f, c, unnight(f, t0 + mins(f, 90, 150)), W.QUALITY_LEAD, case, langs[0])
    chans = [x for x in ["email", "chat", "phone", "web", "social"] if x != first_ch]
    rng.shuffle(chans)
    t = t0
    for k in range(2, n + 1):
        t = unnight(f, t + mins(f, 4 * 60, 40 * 60))
        lang = langs[(k - 1) % len(langs)]
        ch = chans[k - 2]
        text = later_text(f, c, k, case, problem, lang, comp)
        if ch == "email":
            ids.append(
                add(f, c, t, "email", "message", text, W.SUBJECT_CASE[lang].replace("{case}", case))
            )
        elif ch == "chat":
            ids.append(add(f, c, t, "chat", "chat", text))
            add(
                f,
                c,
                t + mins(f, 1, 4),
                "chat",
                "chat",
                W.ADDED_URGENT[lang].replace("{case}", case),
                out=True,
            )
        elif ch == "phone":
            ids.append(add(f, c, t, "phone", "call", speech(text, lang)))
        elif ch == "web":
            ids.append(
                add(
                    f,
                    c,
                    t,
                    "web",
                    "ticket",
                    text,
                    W.SUBJECT_CASE[lang].replace("{case}", case),
                    attrs={"page": "/help/contact"},
                )
            )
        else:
            ids.append(add(f, c, t, "social", "mention", text))
    c.truth.update(
        problem=problem,
        booking=case,
        contacts=n,
        channels=[first_ch, *chans[: n - 1]],
        channel=first_ch,
        agent_passed_on=lead,
        problem_event_ids=ids,
        trouble_starts_at=iso(t0),
        competitor=comp if n >= 3 else None,
    )


def fixed_case(
    f: Fam, c: Cust, t0: datetime, problem: str, ch: str, lang: str, confirm_lang: str
) -> dict[str, Any]:
    rng = f.rng
    case = case_ref()
    mode = {"web": "form", "email": "short", "chat": "chat"}[ch]
    eid = complaint(f, c, t0, mode, problem, lang)
    if ch == "chat":
        reply(f, c, t0 + mins(f, 1, 4), W.CHAT_CASE, case, lang, ch="chat")
    else:
        reply(f, c, t0 + mins(f, 10, 40), W.CASE_OPENED, case, lang)
    tf = unnight(f, t0 + mins(f, 3 * 60, 20 * 60))
    reply(f, c, tf, W.GOOD_NEWS, case, lang)
    tc = unnight(f, tf + mins(f, 8 * 60, 30 * 60))
    cch = rng.choice(["email", "chat"])
    text = fmt(pick(f, W.CONFIRM, confirm_lang), case=case)
    ce = add(
        f,
        c,
        tc,
        cch,
        "message" if cch == "email" else "chat",
        text,
        W.SUBJECT_CASE[confirm_lang].replace("{case}", case) if cch == "email" else None,
    )
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t0),
        "fixed_at": iso(tf),
        "confirmed_at": iso(tc),
        "problem_event_ids": [eid],
        "confirm_event_id": ce,
        "channel": ch,
        "confirm_channel": cch,
    }


def repeat_contacts() -> Fam:
    f = Fam(
        3,
        "repeat_contacts",
        "RC",
        datetime(2026, 6, 1, tzinfo=UTC),
        10,
        "repeat contacts about one open problem, problems fixed between contacts, two different problems, frequent writers",
    )
    rng = f.rng
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    counts = [2] * 4 + [3] * 4 + [4] * 4
    rng.shuffle(firsts)
    rng.shuffle(counts)
    leads = set(rng.sample(range(12), 6))
    for i in range(12):
        c = person(f, pick_lang(rng), "repeat_contact", "repeats", ["repeat_contact"], TOL_REPEAT)
        for _ in range(rng.randint(1, 3)):
            happy(f, c, at(f, 0, 7, 12), surveys=False)
        repeat_run(
            f,
            c,
            at(f, rng.randint(1, 4), 8, 19),
            firsts[i],
            counts[i],
            rng.choice(PROBLEMS),
            i in leads,
            [c.lang],
        )
    for _ in range(5):
        c = person(f, pick_lang(rng), "resolved_between_contacts", "fixed", [], ["silence"])
        happy(f, c, at(f, 0, 8, 18), surveys=False)
        pr = fixed_case(
            f,
            c,
            at(f, rng.randint(1, 5), 8, 19),
            rng.choice(PROBLEMS),
            rng.choice(["web", "email", "chat"]),
            c.lang,
            c.lang,
        )
        c.truth.update(problems=[pr], trouble_starts_at=pr["raised_at"])
    for _ in range(3):
        c = person(f, pick_lang(rng), "different_problems", "two problems", [], ["silence"])
        p1, p2 = rng.sample(PROBLEMS, 2)
        d1 = rng.randint(0, 2)
        a = fixed_case(
            f, c, at(f, d1, 8, 18), p1, rng.choice(["web", "email", "chat"]), c.lang, c.lang
        )
        b = fixed_case(
            f,
            c,
            at(f, d1 + rng.randint(4, 5), 8, 18),
            p2,
            rng.choice(["web", "email", "chat"]),
            c.lang,
            c.lang,
        )
        c.truth.update(problems=[a, b], trouble_starts_at=a["raised_at"])
    for _ in range(7):
        c = person(f, pick_lang(rng), "happy", "frequent writer")
        for d in spread_days(f, rng.randint(5, 8), 0, 9):
            happy(f, c, at(f, d, 8, 19), kinds=["chat", "chat", "mail", "phone", "praise", "buy"])
    return f


def slide(f: Fam, c: Cust, start: datetime, span: int, langs: Sequence[str], nps: bool) -> None:
    rng = f.rng
    comp = rng.choice(W.COMPETITORS)
    ids: list[str] = []
    t = start
    ratings = ["3", "3", "2", "2", "1", "1"]
    for i in range(6):
        if i:
            t = unnight(
                f,
                max(
                    start + timedelta(hours=i * span * 24 / 5.0) + mins(f, 0, 90),
                    t + timedelta(hours=1),
                ),
            )
        lang = langs[i % len(langs)]
        text = fmt(W.SLIDE[lang][i], comp=comp)
        ch = rng.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                add(
                    f, c, t, "web", "review", text, attrs={"rating": ratings[i], "page": "/reviews"}
                )
            )
        else:
            ids.append(add(f, c, t, ch, "post" if ch == "community" else "mention", text))
        if i == 3 and nps:
            n = rng.randint(1, 5)
            c.truth.update(
                nps_given=True,
                nps=n,
                survey_event_id=add(
                    f,
                    c,
                    unnight(f, t + mins(f, 150, 210)),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": n},
                    attrs={"survey": "nps"},
                ),
            )
    c.truth.update(
        slide_event_ids=ids, slide_days=span, competitor=comp, trouble_starts_at=iso(start)
    )


def slow_churners() -> Fam:
    f = Fam(
        4,
        "slow_churners",
        "SC",
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
        "sliding churners, leavers, steady, steadily grumpy and sarcastic customers",
    )
    rng = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    rng.shuffle(spans)
    nps_set = set(rng.sample(range(10), 5))
    for i in range(10):
        det = i in nps_set
        c = person(
            f,
            pick_lang(rng),
            "slow_churner",
            "slides",
            ["sentiment_drop", *(["detractor"] if det else [])],
            TOL_SLIDE,
            nps_given=det,
        )
        days = spread_days(f, rng.randint(6, 9), 0, 10)
        n_praise = rng.randint(4, 5)
        for j, d in enumerate(days):
            happy(
                f,
                c,
                at(f, d, 8, 20),
                surveys=False,
                kinds=["praise", "again"] if j < n_praise else ["buy", "view", "chat", "review"],
            )
        slide(f, c, at(f, rng.randint(12, 16), 8, 19), spans[i], [c.lang], det)
    for _ in range(5):
        c = person(f, pick_lang(rng), "slow_churner", "asks to cancel", ["churn_intent"], TOL_LEAVE)
        for d in spread_days(f, rng.randint(4, 6), 0, 15):
            happy(f, c, at(f, d, 8, 20), surveys=False)
        t = at(f, rng.randint(17, 23), 8, 19)
        e1 = add(f, c, t, "email", "message", fmt(pick(f, W.LEAVE, c.lang)), "Club " + BRAND)
        add(
            f,
            c,
            unnight(f, t + mins(f, 60, 300)),
            "email",
            "message",
            fmt(pick(f, W.SORRY_GO, c.lang), first=c.first),
            "Re: Club " + BRAND,
            out=True,
        )
        tc = unnight(f, t + mins(f, 20 * 60, 30 * 60))
        e2 = add(
            f,
            c,
            tc,
            "web",
            "cancellation",
            attrs={"page": "/account/club", "product": BRAND + " Club"},
        )
        c.truth.update(
            churn_intent_event_id=e1,
            cancellation_event_id=e2,
            churn_at=iso(tc),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = person(f, pick_lang(rng), "happy", "steady")
        for d in spread_days(f, rng.randint(6, 10), 0, 31):
            happy(f, c, at(f, d, 8, 20))
    for _ in range(5):
        c = person(
            f, pick_lang(rng), "steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"]
        )
        d = rng.randint(0, 4)
        ids = []
        for _g in range(rng.randint(5, 7)):
            t = at(f, d, 8, 21)
            text = fmt(pick(f, W.GRUMBLES, c.lang))
            ch = rng.choice(["social", "community", "web", "review"])
            if ch == "web":
                ids.append(add(f, c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
            elif ch == "review":
                ids.append(
                    add(f, c, t, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            else:
                ids.append(add(f, c, t, ch, "post" if ch == "community" else "mention", text))
            d += rng.randint(1, 3)
        for _p in range(rng.randint(0, 2)):
            happy(f, c, at(f, rng.randint(0, 28), 8, 20), kinds=["buy"])
        c.truth.update(
            grumble_event_ids=ids, trouble_starts_at=min(iso(r.t) for r in f.rows if r.eid in ids)
        )
    for _ in range(5):
        c = person(f, pick_lang(rng), "happy_one_sarcastic_remark", "happy", [], ["silence"])
        for d in spread_days(f, rng.randint(3, 6), 0, 15):
            happy(f, c, at(f, d, 8, 20), surveys=False)
        t = at(f, rng.randint(17, 28), 9, 20)
        c.truth.update(
            sarcasm_event_id=add(
                f,
                c,
                t,
                rng.choice(["social", "community"]),
                "post",
                fmt(pick(f, W.SARCASM, c.lang)),
            ),
            trouble_starts_at=iso(t),
        )
    return f


def quiet_hours() -> Fam:
    f = Fam(
        5,
        "quiet_hours",
        "QH",
        datetime(2026, 8, 28, tzinfo=UTC),
        3,
        "a calm summer weekend with night owls in bursts",
    )
    rng = f.rng
    for _ in range(16):
        c = person(f, pick_lang(rng), "happy", "day writer")
        for d in spread_days(f, rng.randint(1, 3), 0, 2):
            happy(f, c, at(f, d, 7, 17.5))
    for i in range(4):
        c = person(f, pick_lang(rng), "grumbles_once", "grumbles once", [], ["silence"])
        t = at(f, rng.randint(0, 2), 9, 17)
        happy(f, c, t, kinds=["view", "buy"])
        q, a = rng.choice(W.MILD[c.lang])
        t2 = t + mins(f, 20, 30)
        if i < 2:
            e = add(f, c, t2, "chat", "chat", q)
            add(f, c, t2 + mins(f, 1, 5), "chat", "chat", a, out=True)
        else:
            e = add(f, c, t2, "web", "ticket", cap(q), attrs={"page": "/help/contact"})
            add(f, c, t2 + mins(f, 30, 90), "email", "message", a, out=True)
        c.truth.update(grumble_event_id=e, trouble_starts_at=iso(t2))
    for night in (1, 2, 3):
        b0 = f.start + timedelta(days=night, minutes=rng.randint(40, 65))
        for burst, off in enumerate([0, rng.randint(28, 33), rng.randint(55, 65)], start=1):
            bs = b0 + timedelta(minutes=off)
            for _ in range(4):
                c = person(f, pick_lang(rng), "night_owl", f"night {night}, burst {burst}")
                t = bs + mins(f, 0, 9)
                if rng.random() < 0.5:
                    q, a = rng.choice(W.NIGHT_Q[c.lang])
                    e = add(f, c, t, "chat", "chat", q)
                    add(f, c, t + mins(f, 1, 4), "chat", "chat", a, out=True)
                    add(f, c, t + mins(f, 5, 8), "chat", "chat", pick(f, W.THANKS, c.lang))
                else:
                    e = add(
                        f,
                        c,
                        t,
                        rng.choice(["community", "social"]),
                        "post",
                        fmt(pick(f, W.NIGHT_POSTS, c.lang)),
                    )
                c.truth.update(burst_at=iso(bs), night_event_id=e)
    owls = [c for c in f.custs.values() if c.truth["persona"] == "night_owl"]
    for c in rng.sample(owls, 18):
        happy(f, c, at(f, rng.randint(0, 2), 9, 17.5), kinds=["praise", "buy", "view", "review"])
    return f


PAIRS = (
    [("es", "it")] * 3
    + [("it", "es")] * 3
    + [
        ("es", "en"),
        ("it", "en"),
        ("en", "es"),
        ("es", "fr"),
        ("it", "fr"),
        ("fr", "it"),
        ("es", "pt"),
        ("pt", "es"),
        ("it", "de"),
        ("de", "it"),
        ("es", "de"),
        ("en", "it"),
        ("it", "pt"),
        ("es", "it"),
        ("it", "es"),
        ("es", "en"),
        ("fr", "es"),
        ("it", "de"),
        ("es", "de"),
        ("de", "es"),
        ("pt", "it"),
    ]
)
SECOND_WHY = {
    "es": "Spanish partner",
    "it": "grew up in Italy",
    "en": "works for a British firm",
    "fr": "studied in Lyon",
    "de": "German mother",
    "pt": "Portuguese grandparents",
}
PAIR_MARKET = {"es": "ES", "it": "IT", "en": "UK", "fr": "FR", "de": "DE", "pt": "PT"}


def bilingual() -> Fam:
    f = Fam(
        6,
        "bilingual",
        "BL",
        datetime(2026, 9, 14, tzinfo=UTC),
        14,
        "customers who write in two languages",
    )
    rng = f.rng
    pairs = list(PAIRS)
    rng.shuffle(pairs)
    roles = ["happy"] * 12 + ["repeat"] * 5 + ["slide"] * 5 + ["bad"] * 3 + ["fixed"] * 2
    # the long German bad-day e-mail needs a pair with German second
    bad_long = next(i for i, p in enumerate(pairs) if p[1] == "de")
    pairs.insert(roles.index("bad"), pairs.pop(bad_long))
    rep_counts = [2, 2, 3, 3, 4]
    bad_modes = ["chat", "short", "long"]
    for role, (l1, l2) in zip(roles, pairs, strict=True):
        market = rng.choice([PAIR_MARKET[l1], PAIR_MARKET[l2]])
        extra: dict[str, Any] = {"languages": [l1, l2], "job_second_language": SECOND_WHY[l2]}
        if role == "happy":
            c = person(f, l1, "happy", "alternates languages", market=market, **extra)
            for j, d in enumerate(spread_days(f, rng.randint(5, 8), 0, 13)):
                c.lang = (l1, l2)[j % 2]
                happy(f, c, at(f, d, 8, 20))
            c.lang = l1
        elif role == "repeat":
            c = person(
                f,
                l1,
                "repeat_contact",
                "repeats",
                ["repeat_contact"],
                TOL_REPEAT,
                market=market,
                **extra,
            )
            for _ in range(rng.randint(1, 3)):
                happy(f, c, at(f, rng.randint(0, 1), 8, 18), surveys=False)
            n = rep_counts.pop()
            repeat_run(
                f,
                c,
                at(f, rng.randint(2, 5), 8, 18),
                rng.choice(["web", "email", "chat"]),
                n,
                rng.choice(PROBLEMS),
                n >= 3,
                [l1, l2],
            )
        elif role == "slide":
            c = person(
                f,
                l1,
                "slow_churner",
                "slides",
                ["sentiment_drop"],
                TOL_SLIDE,
                market=market,
                **extra,
            )
            days = spread_days(f, rng.randint(6, 7), 0, 5)
            for j, d in enumerate(days):
                c.lang = (l1, l2)[j % 2]
                happy(
                    f,
                    c,
                    at(f, d, 8, 20),
                    surveys=False,
                    kinds=["praise"] if j < 5 else ["buy", "chat"],
                )
            c.lang = l1
            slide(f, c, at(f, rng.randint(7, 8), 8, 18), rng.randint(3, 5), [l1, l2], False)
        elif role == "bad":
            mode = bad_modes.pop()
            c = person(
                f, l1, "happy_one_bad_day", "one bad day", [], ["silence"], market=market, **extra
            )
            d = rng.randint(4, 9)
            for x in sorted(rng.sample([x for x in range(14) if x <= d - 2 or x >= d + 3], 3)):
                c.lang = (l1, l2)[x % 2]
                happy(f, c, at(f, x, 8, 20), surveys=False)
            c.lang = l1
            t = at(f, d, 9, 18)
            prob = rng.choice(PROBLEMS)
            eid = complaint(f, c, t, mode, prob, l2)
            case = case_ref()
            if mode == "chat":
                reply(f, c, t + mins(f, 1, 4), W.CHAT_CASE, case, l2, ch="chat")
            else:
                reply(f, c, t + mins(f, 10, 40), W.CASE_OPENED, case, l2)
                reply(f, c, unnight(f, t + mins(f, 60, 240)), W.GOOD_NEWS, case, l2)
            c.truth.update(
                problem=prob,
                booking=case,
                bad_day_at=iso(t),
                bad_day_event_id=eid,
                bad_day_language=l2,
                trouble_starts_at=iso(t),
                long_email=mode == "long",
                apologised=mode == "short",
            )
            if mode == "short":
                ta = unnight(f, t + mins(f, 18 * 60, 24 * 60))
                c.truth.update(
                    apology_at=iso(ta),
                    apology_event_id=add(f, c, ta, "chat", "chat", pick(f, W.APOLOGY, l2)),
                )
        else:
            c = person(
                f, l1, "resolved_between_contacts", "fixed", [], ["silence"], market=market, **extra
            )
            happy(f, c, at(f, 0, 8, 18), surveys=False)
            pr = fixed_case(
                f, c, at(f, rng.randint(2, 8), 8, 18), rng.choice(PROBLEMS), "web", l1, l2
            )
            c.truth.update(problems=[pr], trouble_starts_at=pr["raised_at"], confirm_language=l2)
    return f


def b2b_accounts() -> Fam:
    f = Fam(
        7,
        "b2b_accounts",
        "BB",
        datetime(2026, 10, 5, tzinfo=UTC),
        14,
        "group-trip accounts of schools, hotels, event firms and councils",
    )
    rng = f.rng
    plan: dict[int, tuple[str, int, str | None, int]] = {
        0: ("at_risk", 5, "invoice", 4),
        1: ("at_risk", 6, "overbilled", 4),
        4: ("at_risk", 4, "portal", 3),
        6: ("at_risk", 5, "service_blocked", 3),
        13: ("at_risk", 5, "invoice", 3),
        2: ("one_unhappy", 3, "service_blocked", 1),
        5: ("one_unhappy", 3, "overbilled", 1),
        9: ("one_unhappy", 3, "portal", 1),
        11: ("one_unhappy", 3, "invoice", 1),
        3: ("mild", 4, None, 0),
        8: ("mild", 4, None, 0),
        14: ("mild", 3, None, 0),
        7: ("happy", 4, None, 0),
        10: ("happy", 4, None, 0),
        12: ("happy", 3, None, 0),
    }
    last_calls = ["phone", "phone", "email", "phone", "phone"]
    for idx in sorted(plan):
        kind, size, prob, unhappy = plan[idx]
        company, site, lang, market = B.COMPANIES[idx]
        acc = account_id(rng, market)
        contacts: list[Cust] = []
        for j in range(size):
            title = B.JOB_TITLES[(idx + j) % len(B.JOB_TITLES)]
            if kind == "at_risk" and j < unhappy:
                persona, habit, exp, tol = (
                    "b2b_unhappy",
                    "complainer",
                    (["repeat_contact"] if j == unhappy - 1 else ["detractor"]),
                    TOL_B2B_RISK,
                )
            elif kind == "one_unhappy" and j == 0:
                persona, habit, exp, tol = (
                    "b2b_one_unhappy",
                    "complainer",
                    ["detractor"],
                    ["high_value_at_risk", "sentiment_drop", "silence"],
                )
            elif kind == "mild" and j < 2:
                persona, habit, exp, tol = "b2b_mild", "suggests", [], ["silence"]
            else:
                persona, habit, exp, tol = "b2b_happy", "contact", [], []
            while True:
                c = person(
                    f,
                    lang,
                    persona,
                    habit,
                    exp,
                    tol,
                    market=market,
                    account=acc,
                    company=company,
                    company_name=company,
                    role=habit,
                    job_title=title,
                )
                if c.first not in [x.first for x in contacts]:
                    break
                del f.custs[c.key]
            c.truth["company"] = c.truth.pop("company_name")
            c.truth["job"] = title
            contacts.append(c)
        quiet = [c for c in contacts if c.truth["persona"] != "b2b_happy"]
        for c in contacts:
            if c in quiet:
                for _ in range(rng.randint(0, 2)):
                    routine(f, c, at(f, rng.randint(0, 1), 8, 16.5), high=False)
            else:
                for d in spread_days(f, rng.randint(2, 5), 0, 11):
                    if (f.start + timedelta(days=d)).weekday() < 5:
                        routine(f, c, at(f, d, 8, 16.5), high=True)
        unhappy_keys: list[str] = []
        trouble: str | None = None
        if kind == "at_risk" and prob is not None:
            case = case_ref()
            t = at(f, 2, 8, 11)
            trouble = iso(t)
            p = B.B2B_PROBLEMS[lang][prob]
            first = contacts[0]
            wd = B.WEEKDAYS[lang][t.weekday()]
            for j in range(unhappy):
                c = contacts[j]
                unhappy_keys.append(c.key)
                if j == 0:
                    text = fmt(
                        B.FIRST_COMPLAINT[lang],
                        p=cap(p),
                        name=c.truth["name"],
                        title=c.truth["job_title"],
                        company=company,
                    )
                else:
                    t = office(f, t + mins(f, 8 * 60, 28 * 60))
                    text = fmt(
                        B.LATER_COMPLAINT[lang],
                        case=case,
                        first=first.first,
                        day=wd,
                        p=p,
                        name=c.truth["name"],
                        company=company,
                    )
                ids = [
                    add(
                        f,
                        c,
                        t,
                        "email",
                        "message",
                        text,
                        W.SUBJECT_COMPLAINT[lang].replace("{topic}", company)
                        if j == 0
                        else W.SUBJECT_CASE[lang].replace("{case}", case),
                    )
                ]
                if j == 0:
                    add(
                        f,
                        c,
                        t + mins(f, 10, 60),
                        "email",
                        "message",
                        fmt(B.ACK[lang], first=c.first, case=case, company=company),
                        W.SUBJECT_CASE[lang].replace("{case}", case),
                        out=True,
                    )
                if j < unhappy - 1:
                    n = rng.randint(1, 5)
                    c.truth.update(
                        nps_given=True,
                        nps=n,
                        survey_event_id=add(
                            f,
                            c,
                            t + mins(f, 60, 180),
                            "survey",
                            "survey_response",
                            None,
                            scores={"nps": n},
                            attrs={"survey": "nps"},
                        ),
                    )
                else:
                    t2 = office(f, t + mins(f, 18 * 60, 40 * 60))
                    comp = rng.choice(W.COMPETITORS)
                    how = last_calls.pop()
                    if how == "email":
                        ids.append(
                            add(
                                f,
                                c,
                                t2,
                                "email",
                                "message",
                                fmt(
                                    B.LAST_EMAIL[lang],
                                    case=case,
                                    comp=comp,
                                    name=c.truth["name"],
                                    company=company,
                                ),
                                W.SUBJECT_CASE[lang].replace("{case}", case),
                            )
                        )
                        c.truth["competitor"] = comp
                    else:
                        ids.append(
                            add(
                                f,
                                c,
                                t2,
                                "phone",
                                "call",
                                fmt(B.LAST_CALL[lang], case=case, company=company),
                            )
                        )
                        c.truth["competitor"] = None
                c.truth.update(
                    problem=prob, booking=case, complaint_event_ids=ids, trouble_starts_at=iso(t)
                )
        elif kind == "one_unhappy" and prob is not None:
            c = contacts[0]
            unhappy_keys.append(c.key)
            case = case_ref()
            t = at(f, rng.choice([3, 4, 7]), 8, 16)
            e = add(
                f,
                c,
                t,
                "email",
                "message",
                fmt(
                    B.FIRST_COMPLAINT[lang],
                    p=cap(B.B2B_PROBLEMS[lang][prob]),
                    name=c.truth["name"],
                    title=c.truth["job_title"],
                    company=company,
                ),
                W.SUBJECT_COMPLAINT[lang].replace("{topic}", company),
            )
            add(
                f,
                c,
                t + mins(f, 10, 60),
                "email",
                "message",
                fmt(B.ACK[lang], first=c.first, case=case, company=company),
                W.SUBJECT_CASE[lang].replace("{case}", case),
                out=True,
            )
            n = rng.randint(1, 5)
            c.truth.update(
                problem=prob,
                booking=case,
                complaint_event_ids=[e],
                trouble_starts_at=iso(t),
                nps_given=True,
                nps=n,
                survey_event_id=add(
                    f,
                    c,
                    t + mins(f, 60, 180),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": n},
                    attrs={"survey": "nps"},
                ),
            )
        elif kind == "mild":
            for j in range(2):
                c = contacts[j]
                d = rng.choice([2, 3, 4, 7, 8])
                t = at(f, d, 8, 16)
                e = add(
                    f,
                    c,
                    t,
                    "web",
                    "ticket",
                    B.MILD[lang][j],
                    attrs={"page": "/groups/portal/feedback"},
                )
                add(
                    f,
                    c,
                    t + mins(f, 60, 240),
                    "email",
                    "message",
                    fmt(B.MILD_ACK[lang], first=c.first),
                    out=True,
                )
                c.truth.update(mild_event_id=e, trouble_starts_at=iso(t))
        f.accounts[acc] = {
            "company": company,
            "site": site,
            "contacts": len(contacts),
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": unhappy if kind != "mild" else 0,
            "unhappy_contact_keys": unhappy_keys,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if kind == "at_risk" else None,
            "trouble_starts_at": trouble,
            "language": lang,
            "country": market,
        }
    return f


def account_id(rng: random.Random, market: str) -> str:
    return unique(lambda: f"PGG-{market}-{rng.randrange(1000, 10000)}")


def routine(f: Fam, c: Cust, t: datetime, high: bool) -> None:
    rng, lang = f.rng, c.lang
    opts = ["chat", "buy", "view"] + (["praise", "survey"] if high else [])
    k = rng.choice(opts)
    if k == "chat":
        q, a = rng.choice(B.QUESTIONS[lang])
        add(f, c, t, "chat", "chat", q)
        t2 = t + mins(f, 1, 6)
        add(f, c, t2, "chat", "chat", a, out=True)
        if rng.random() < 0.6:
            add(f, c, t2 + mins(f, 1, 4), "chat", "chat", B.THANKS[lang])
    elif k in ("buy", "view"):
        add(f, c, t, "web", "page_view", attrs={"page": "/groups/portal"})
        if k == "buy":
            prod, eur = rng.choice(B.PRODUCTS)
            v, cur = money(c, eur)
            add(
                f,
                c,
                t + mins(f, 3, 15),
                "web",
                "purchase",
                attrs={
                    "order_value": v,
                    "currency": cur,
                    "product": prod,
                    "page": "/groups/portal/book",
                },
            )
    elif k == "praise":
        add(f, c, t, "community", "post", rng.choice(B.PRAISE[lang]))
    else:
        survey(f, c, t)


def topic_spike() -> Fam:
    f = Fam(
        8,
        "topic_spike",
        "TS",
        datetime(2026, 11, 9, tzinfo=UTC),
        5,
        "a calm week and one planted spike on Saturday morning",
    )
    rng = f.rng
    for _ in range(40):
        c = person(f, pick_lang(rng), "happy", "day writer")
        for d in spread_days(f, rng.randint(1, 4), 0, 5):
            happy(f, c, at(f, d, 12, 19) if d == 5 else at(f, d, 7, 20))
    for lang in ("es", "it"):
        c = person(f, lang, "grumbles_once", "grumbles once", [], ["silence"])
        q, a = W.CALM_GRUMBLE[lang]
        t = at(f, 0, 9, 17)
        e = add(f, c, t, "chat", "chat", q)
        add(f, c, t + mins(f, 1, 5), "chat", "chat", a, out=True)
        c.truth.update(grumble_event_id=e, trouble_starts_at=iso(t))
    for lang, hm in (("es", (9, 40)), ("it", (16, 5))):
        c = person(f, lang, "grumbles_once", "lone question", [], ["silence"])
        q, a = W.LONE_Q[lang]
        t = f.start + timedelta(days=4, hours=hm[0], minutes=hm[1])
        e = add(f, c, t, "chat", "chat", q)
        add(f, c, t + mins(f, 2, 6), "chat", "chat", a, out=True)
        c.truth.update(lone_report_event_id=e, trouble_starts_at=iso(t))
    langs = ["es"] * 6 + ["it"] * 6 + ["en", "en", "fr", "fr", "de", "de", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(langs)
    rng.shuffle(chans)
    s0 = datetime(2026, 11, 14, 8, 40, tzinfo=UTC)
    offs = sorted([0, 45, *rng.sample(range(1, 45), 18)])
    early = [i for i in range(20) if offs[i] <= 25]
    rep = set(rng.sample(early, 6))
    fixed = set(rng.sample([i for i in range(20) if i not in rep], 6))
    rep_chans = ["email", "email", "chat", "chat", "community", "community"]
    rep_sorted = sorted(rep)
    while any(rc == chans[i] for rc, i in zip(rep_chans, rep_sorted, strict=True)):
        rng.shuffle(rep_chans)
    rep_of = dict(zip(rep_sorted, rep_chans, strict=True))
    keys, eids, reids = [], [], []
    for i in range(20):
        regular = i < 12
        lang = langs[i]
        c = person(
            f,
            lang,
            "spike_repeater" if i in rep else "spike_reporter",
            "regular" if regular else "new",
            ["repeat_contact"] if i in rep else [],
            ["sentiment_drop", "silence"] if i in rep else ["silence"],
            in_spike=True,
            regular=regular,
        )
        if regular:
            for _ in range(rng.randint(1, 2)):
                happy(
                    f,
                    c,
                    at(f, 2, 8, 17.5),
                    surveys=False,
                    kinds=["mail", "buy", "view", "praise", "chat"],
                )
        t = s0 + timedelta(minutes=offs[i])
        text = fmt(pick(f, W.SPIKE_REPORT, lang), code=W.SPIKE_CODE)
        ch = chans[i]
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        e = add(
            f,
            c,
            t,
            ch,
            kind,
            text,
            "Test SOS " + W.SPIKE_CODE if ch in ("email", "web") else None,
            attrs={"page": "/help/contact"} if ch == "web" else None,
        )
        if ch == "chat":
            add(f, c, t + mins(f, 1, 3), "chat", "chat", W.SPIKE_CHAT_ANSWER[lang], out=True)
        keys.append(c.key)
        eids.append(e)
        c.truth.update(
            spike_event_id=e, spike_channel=ch, trouble_starts_at=iso(t), agent_fixed=i in fixed
        )
        if i in rep:
            rc = rep_of[i]
            t2 = t + mins(f, 15, 50)
            text = fmt(pick(f, W.SPIKE_REPEAT, lang), code=W.SPIKE_CODE)
            r = add(
                f,
                c,
                t2,
                rc,
                {"email": "message", "chat": "chat", "community": "post"}[rc],
                text,
                "Re: Test SOS " + W.SPIKE_CODE if rc == "email" else None,
            )
            reids.append(r)
            c.truth["repeat_event_id"] = r
        if i in fixed:
            local = "11:10" if c.market in ("UK", "IE", "PT") else "12:10"
            cur = {"UK": "£9", "CH": "CHF 9"}.get(
                c.market, "10 €" if lang in ("es", "fr", "de", "it", "pt") else "€10"
            )
            tf = datetime(2026, 11, 14, 11, 38, tzinfo=UTC) + mins(f, 0, 9)
            add(
                f,
                c,
                tf,
                "email",
                "message",
                fmt(W.SPIKE_FIXED[lang], first=c.first, t=local, cr=cur),
                "Test SOS " + W.SPIKE_CODE,
                out=True,
            )
    f.spike = {
        "topic": "kayak-hire app's pre-launch SOS check fails at every launch point, so staff will not release boats: error "
        + W.SPIKE_CODE,
        "about": "the app's SOS test, required before boats are handed out, fails with "
        + W.SPIKE_CODE
        + " on Saturday morning; groups wait on the bank",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reids,
    }
    return f


# ---------------------------------------------------------------- output


def ref(c: Cust, ch: str, full: bool, rr: random.Random) -> dict[str, str | None]:
    r: dict[str, str | None] = {
        "customer_id": None,
        "email": None,
        "phone": None,
        "handle": None,
        "account_id": c.account,
    }
    if full:
        r.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
    elif ch == "phone":
        cc = PHONES[c.market][0]
        r["phone"] = cc + " " + c.phone[len(cc) :] if rr.random() < 0.5 else c.phone
    elif ch in ("social", "community"):
        if c.handle:
            r["handle"] = c.handle.lstrip("@") if rr.random() < 0.2 else c.handle
        else:
            r["email"] = c.email
    elif ch == "email":
        r["email"] = c.email.upper() if rr.random() < 0.08 else c.email
    else:
        r["customer_id"] = c.key
    return r


def expected_counts(f: Fam) -> dict[str, int]:
    out: dict[str, int] = {}
    for c in f.custs.values():
        for r in c.truth["expected_rules"]:
            out[r] = out.get(r, 0) + 1
    for a in f.accounts.values():
        for r in a["expected_rules"]:
            out[r] = out.get(r, 0) + 1
    if f.spike:
        out["topic_spike"] = 1
    return dict(sorted(out.items()))


PLANTED = {
    "happy_writers": {},
    "one_bad_day": {"detractor": 6},
    "repeat_contacts": {"repeat_contact": 12},
    "slow_churners": {"churn_intent": 5, "detractor": 5, "sentiment_drop": 10},
    "quiet_hours": {},
    "bilingual": {"repeat_contact": 5, "sentiment_drop": 5},
    "b2b_accounts": {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    "topic_spike": {"repeat_contact": 6, "topic_spike": 1},
}


def write(f: Fam) -> None:
    exp = expected_counts(f)
    if exp != PLANTED[f.name]:
        raise SystemExit(f"{f.name}: expected {exp} != planted {PLANTED[f.name]}")
    rows = sorted(f.rows, key=lambda r: (r.t, int(r.eid.rsplit("-", 1)[1])))
    seen: set[str] = set()
    lines = []
    for r in rows:
        if r.t.year != 2026 or r.t >= LIMIT or r.t < f.start:
            raise SystemExit(f"{f.name}: {r.eid} at {r.t} out of range")
        full = r.out or r.cust.key not in seen
        if not r.out:
            seen.add(r.cust.key)
        obj = {
            "event_id": r.eid,
            "occurred_at": iso(r.t),
            "channel": r.channel,
            "kind": r.kind,
            "direction": "outbound" if r.out else "inbound",
            "customer": ref(r.cust, r.channel, full, f.rr),
            "text": r.text,
            "subject": r.subject,
            "scores": {
                "nps": r.scores.get("nps"),
                "csat": r.scores.get("csat"),
                "ces": r.scores.get("ces"),
            },
            "source": SOURCES[r.channel],
            "attributes": r.attrs,
        }
        lines.append(json.dumps(obj, ensure_ascii=False))
    for c in f.custs.values():
        if c.key not in seen:
            raise SystemExit(f"{f.name}: {c.key} has no inbound touchpoint")
        if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
            raise SystemExit(f"{f.name}: {c.key} expects and tolerates a rule")
    end = max(f.start + timedelta(days=f.days), rows[-1].t + timedelta(hours=1))
    if end >= LIMIT:
        raise SystemExit(f"{f.name}: end {end} too late")
    truth = {
        "config": {
            "family": f.name,
            "about": f.about,
            "business": BRAND
            + " (kayak, canoe and paddle-board hire and trips; Pagaldo Grupos for groups on account)",
            "days": f.days,
            "seed": SEED * 100 + f.n,
            "written": WRITTEN,
            "expected": exp,
        },
        "start": iso(f.start),
        "end": iso(end),
        "customers": {k: c.truth for k, c in sorted(f.custs.items())},
        "accounts": f.accounts,
        "spike": f.spike,
        "journey": {},
        "expectations": {},
    }
    (HERE / f"{f.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (HERE / f"{f.name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )


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
        write(build())


if __name__ == "__main__":
    main()
