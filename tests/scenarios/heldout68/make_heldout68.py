"""Build tests/scenarios/heldout68/ (Zolleto, rented vegetable-garden plots), written blind.

Standard library only, fixed seed, deterministic. Run: python make_heldout68.py
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import random
import sys
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402
import wording_b2b as B  # noqa: E402

SEED = 20261114
BUSINESS = "Zolleto: rented vegetable-garden plots by app and web (seasonal plots, seedlings, tended-for-you, workshops, Zolleto Club); Zolleto Team: plots, class plots and workshops for organisations on account"
COMPETITORS = ("Huertix", "Verdacampo")
LANG_W = {"it": 30, "es": 30, "pt": 10, "de": 10, "fr": 10, "en": 10}
MARKETS: dict[str, list[tuple[str, int]]] = {
    "it": [("IT", 8), ("CH", 2)],
    "es": [("ES", 1)],
    "pt": [("PT", 1)],
    "de": [("DE", 5), ("AT", 3), ("CH", 2)],
    "fr": [("FR", 5), ("BE", 3), ("CH", 1), ("LU", 1)],
    "en": [("UK", 1), ("IE", 1)],
}
PHONE = {
    "IT": ("39", "3", 9),
    "CH": ("41", "7", 8),
    "ES": ("34", "6", 8),
    "PT": ("351", "9", 8),
    "DE": ("49", "15", 9),
    "AT": ("43", "66", 8),
    "FR": ("33", "6", 8),
    "BE": ("32", "47", 7),
    "LU": ("352", "6", 8),
    "UK": ("44", "7", 9),
    "IE": ("353", "8", 8),
}
UTC_PLUS = {
    "IT": 1,
    "CH": 1,
    "ES": 1,
    "DE": 1,
    "AT": 1,
    "FR": 1,
    "BE": 1,
    "LU": 1,
    "PT": 0,
    "UK": 0,
    "IE": 0,
}
SOURCE = {
    "email": "zolleto-mail",
    "phone": "zolleto-voice",
    "social": "zolleto-social",
    "community": "zolleto-forum",
    "chat": "zolleto-chat",
    "web": "zolleto-web",
    "survey": "zolleto-survey",
}
HAPPY_TOL: tuple[str, ...] = ()
REPEAT_TOL = (
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)
SLIDE_TOL = (
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)
LEAVE_TOL = ("sentiment_drop", "competitor_mention", "high_value_at_risk", "silence")
B2B_UNHAPPY_TOL = (
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
)
B2B_ONE_TOL = ("sentiment_drop", "high_value_at_risk", "silence")
END_LIMIT = datetime(2026, 11, 25, tzinfo=UTC)

USED: set[str] = set()


def unique(r: random.Random, make: Any) -> str:
    for _ in range(1000):
        v = str(make(r))
        if v not in USED:
            USED.add(v)
            return v
    raise RuntimeError("no unique value")


def ascii_fold(s: str) -> str:
    s = s.replace("ß", "ss")
    return "".join(
        ch for ch in unicodedata.normalize("NFD", s) if not unicodedata.combining(ch)
    ).lower()


UMLAUT = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}


def strip_accents(s: str) -> str:
    out = []
    for ch in s:
        if ch in UMLAUT:
            out.append(UMLAUT[ch])
        elif ch in "ñÑß":
            out.append(ch)
        else:
            out.append(
                "".join(x for x in unicodedata.normalize("NFD", ch) if not unicodedata.combining(x))
            )
    return "".join(out)


def roughen(r: random.Random, text: str) -> str:
    if r.random() < 0.1:
        text = strip_accents(text)
    if r.random() < 0.125 and text[:1].isupper() and not text.startswith(("Zolleto", "PM")):
        text = text[0].lower() + text[1:]
    if r.random() < 1 / 7:
        words = text.split(" ")
        cands = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
        if cands:
            i = r.choice(cands)
            w = words[i]
            j = r.randrange(1, len(w) - 2)
            if w[j] != w[j + 1]:
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            text = " ".join(words)
    return text


def at_brand(text: str) -> str:
    if "@Zolleto" in text:
        return text
    i = text.rfind("Zolleto")
    if i >= 0:
        return text[:i] + "@" + text[i:]
    return "@Zolleto " + text


def money(market: str, lang: str, eur: float, spoken: bool = False) -> str:
    if market == "UK":
        v = round(eur * 0.86)
        return f"{v} pounds" if spoken else f"£{v}"
    if market == "CH":
        v = round(eur * 0.94)
        if spoken:
            return f"{v} " + {"it": "franchi", "de": "Franken"}.get(lang, "francs")
        return f"CHF {v}"
    if spoken:
        return f"{round(eur)} " + {"it": "euro", "de": "Euro"}.get(lang, "euros")
    whole = eur == int(eur)
    if lang == "en":
        return f"€{eur:.0f}" if whole else f"€{eur:.2f}"
    s = f"{eur:.0f}" if whole else f"{eur:.2f}".replace(".", ",")
    return f"{s} €"


def price_attrs(market: str, eur: float) -> dict[str, str]:
    if market == "UK":
        return {"order_value": f"{eur * 0.86:.2f}", "currency": "GBP"}
    if market == "CH":
        return {"order_value": f"{eur * 0.94:.2f}", "currency": "CHF"}
    return {"order_value": f"{eur:.2f}", "currency": "EUR"}


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    first: str
    full: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    segment: str
    truth: dict[str, Any]
    langs: tuple[str, ...] = ()


@dataclass
class Row:
    t: datetime
    seq: int
    key: str
    eid: str
    channel: str
    kind: str
    out: bool
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
    rng: random.Random = field(init=False)
    rough: random.Random = field(init=False)
    rows: list[Row] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    seq: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)


def pick_lang(r: random.Random) -> str:
    return r.choices(list(LANG_W), weights=list(LANG_W.values()))[0]


def pick_market(r: random.Random, lang: str) -> str:
    ms = MARKETS[lang]
    return r.choices([m for m, _ in ms], weights=[w for _, w in ms])[0]


def make_phone(r: random.Random, market: str) -> str:
    cc, prefix, n = PHONE[market]
    return unique(
        r, lambda rr: "+" + cc + prefix + "".join(str(rr.randrange(10)) for _ in range(n))
    )


def person(
    f: Fam,
    persona: str,
    habit: str,
    lang: str | None = None,
    market: str | None = None,
    expected: Sequence[str] = (),
    tolerated: Sequence[str] = (),
    account: str | None = None,
    domain: str | None = None,
    taken_first: set[str] | None = None,
) -> Cust:
    r = f.rng
    lang = lang or pick_lang(r)
    market = market or pick_market(r, lang)
    fem = r.random() < 0.55
    pool = (W.FIRST_F if fem else W.FIRST_M)[lang]
    first = r.choice(pool)
    if taken_first is not None:
        while first in taken_first:
            first = r.choice(W.FIRST_F[lang] + W.FIRST_M[lang])
        taken_first.add(first)
    sur = r.choice(W.SURNAMES[lang])
    full = f"{first} {sur}"
    key = unique(r, lambda rr: f"ZO{f.code}{rr.randrange(1000, 10000)}")
    if domain:
        email = unique(r, lambda rr: f"{ascii_fold(first)}@{domain}.example")
        handle = None
    else:
        dom = r.choice(
            ["posta.example", "correo.example", "mail.example", "webmail.example", "inbox.example"]
        )
        email = unique(
            r,
            lambda rr: (
                f"{ascii_fold(first)}.{ascii_fold(sur).replace(' ', '')}{rr.randrange(1, 99)}@{dom}"
            ),
        )
        handle = unique(
            r,
            lambda rr: rr.choice(
                [
                    f"@{ascii_fold(sur)}_{ascii_fold(first)}{rr.randrange(1, 9)}",
                    f"@{ascii_fold(first)}{ascii_fold(sur)}{rr.randrange(10, 99)}",
                    f"@{ascii_fold(first)}_{ascii_fold(sur)[:4]}",
                    f"@orto_{ascii_fold(first)}{rr.randrange(1, 99)}",
                ]
            ).replace(" ", ""),
        )
    phone = make_phone(r, market)
    towns = W.TOWNS[market]
    exp = list(expected)
    tol = [t for t in tolerated if t not in exp]
    truth: dict[str, Any] = {
        "identifiers": {
            "customer_id": key,
            "email": email,
            "phone": phone,
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
        "name": full,
        "job": r.choice(W.JOBS[lang]),
        "town": r.choice(towns),
    }
    c = Cust(
        key,
        lang,
        market,
        first,
        full,
        email,
        phone,
        handle,
        account,
        "b2b" if account else "consumer",
        truth,
    )
    f.custs[key] = c
    return c


def agent(f: Fam, lang: str) -> str:
    return str(f.rng.choice(W.AGENTS[lang]))


def add(
    f: Fam,
    c: Cust,
    t: datetime,
    channel: str,
    kind: str,
    text: str | None = None,
    subject: str | None = None,
    *,
    out: bool = False,
    scores: dict[str, int] | None = None,
    attrs: dict[str, str] | None = None,
    by: str | None = None,
) -> str:
    f.seq += 1
    eid = f"z68-{f.code.lower()}-{f.seq:05d}"
    a = {"market": c.market}
    if c.segment == "b2b":
        a["segment"] = "b2b"
    if attrs:
        a.update(attrs)
    if by:
        a["agent"] = by
    if text is not None and not out:
        if channel == "social" and c.segment != "b2b":
            text = at_brand(text)
        if channel not in ("phone", "survey"):
            text = roughen(f.rough, text)
    f.rows.append(Row(t, f.seq, c.key, eid, channel, kind, out, text, subject, scores or {}, a))
    return eid


# ---- time helpers -------------------------------------------------------------------


def t_at(f: Fam, day: float, h0: float, h1: float) -> datetime:
    m = f.rng.uniform(h0 * 60, h1 * 60)
    return f.start + timedelta(days=int(day), minutes=int(m), seconds=f.rng.randrange(60))


def mins(f: Fam, t: datetime, a: float, b: float) -> datetime:
    return t + timedelta(minutes=f.rng.uniform(a, b))


def daytime(f: Fam, t: datetime) -> datetime:
    """Move a household's act out of 22:00-07:00 (to 08:00-09:00 the next morning)."""
    if t.hour >= 22:
        base = (t + timedelta(days=1)).replace(hour=8, minute=0, second=0)
        return base + timedelta(minutes=f.rng.uniform(0, 60))
    if t.hour < 7:
        return t.replace(hour=8, minute=0, second=0) + timedelta(minutes=f.rng.uniform(0, 60))
    return t


def morning(f: Fam, t: datetime) -> datetime:
    """An agent's e-mail that would fall in the night waits for the morning."""
    if t.hour >= 21:
        return (t + timedelta(days=1)).replace(hour=7, minute=30, second=0) + timedelta(
            minutes=f.rng.uniform(0, 60)
        )
    if t.hour < 7:
        return t.replace(hour=7, minute=30, second=0) + timedelta(minutes=f.rng.uniform(0, 60))
    return t


def office(f: Fam, t: datetime, last: int = 17) -> datetime:
    """Move to office hours on a weekday (08:00-last UTC)."""
    while True:
        if t.weekday() >= 5:
            t = (t + timedelta(days=7 - t.weekday())).replace(
                hour=8, minute=0, second=0
            ) + timedelta(minutes=f.rng.uniform(0, 50))
            continue
        if t.hour < 8:
            t = t.replace(hour=8, minute=0, second=0) + timedelta(minutes=f.rng.uniform(0, 50))
        if t.hour >= last:
            t = (t + timedelta(days=1)).replace(hour=8, minute=0, second=0) + timedelta(
                minutes=f.rng.uniform(0, 50)
            )
            continue
        return t


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def fmt(s: str, **kw: str) -> str:
    return s.format(**kw)


# ---- acts ------------------------------------------------------------------------------


def chat_qa(f: Fam, c: Cust, t: datetime, q: str, a: str, thanks: str, lang: str) -> str:
    eid = add(f, c, t, "chat", "chat", q)
    t2 = mins(f, t, 1, 6)
    add(f, c, t2, "chat", "chat", a, out=True, by=agent(f, lang))
    if thanks and f.rng.random() < 0.75:
        add(f, c, mins(f, t2, 1, 4), "chat", "chat", thanks)
    return eid


def mail_reply(
    f: Fam,
    c: Cust,
    t: datetime,
    subject: str,
    text: str,
    lang: str,
    a: float = 30,
    b: float = 180,
    by: str | None = None,
) -> str:
    return add(
        f,
        c,
        morning(f, mins(f, t, a, b)),
        "email",
        "message",
        text,
        subject,
        out=True,
        by=by or agent(f, lang),
    )


def buy(
    f: Fam, c: Cust, t: datetime, products: Sequence[tuple[str, float, str]] = W.PRODUCTS
) -> str:
    label, eur, page = f.rng.choice(list(products))
    add(f, c, t, "web", "page_view", attrs={"page": page})
    return add(
        f,
        c,
        mins(f, t, 3, 15),
        "web",
        "purchase",
        attrs={"page": page, "product": label, **price_attrs(c.market, eur)},
    )


def post(f: Fam, c: Cust, t: datetime, text: str) -> str:
    if f.rng.random() < 0.5:
        return add(f, c, t, "community", "post", text)
    return add(f, c, t, "social", "mention", text)


def happy(f: Fam, c: Cust, t: datetime, acts: Sequence[str], lang: str | None = None) -> str:
    r = f.rng
    lang = lang or c.lang
    act = r.choice(list(acts))
    if act == "praise":
        return post(f, c, t, r.choice(W.PRAISE[lang]))
    if act == "again":
        return post(f, c, t, r.choice(W.AGAIN[lang]))
    if act == "gripe":
        return add(f, c, t, "community", "post", r.choice(W.GRIPE[lang]))
    if act == "chat":
        q, a, th = r.choice(W.CHATQ[lang])
        return chat_qa(f, c, t, q, a, th, lang)
    if act == "mail":
        s, q, a = r.choice(W.MAILQ[lang])
        eid = add(f, c, t, "email", "message", fmt(q, name=c.full), s)
        mail_reply(
            f, c, t, "Re: " + s, fmt(a, name=c.first, agent=(ag := agent(f, lang))), lang, by=ag
        )
        return eid
    if act == "call":
        q, a = r.choice(W.CALLQ[lang])
        eid = add(f, c, t, "phone", "call", q)
        mail_reply(
            f,
            c,
            t,
            "Zolleto",
            fmt(a, name=c.first, agent=(ag := agent(f, lang))),
            lang,
            10,
            40,
            by=ag,
        )
        return eid
    if act == "buy":
        return buy(f, c, t)
    if act == "view":
        return add(f, c, t, "web", "page_view", attrs={"page": r.choice(W.PAGES)})
    if act == "review":
        rating, text = r.choice(W.REVIEW[lang])
        return add(
            f, c, t, "web", "review", text, attrs={"rating": str(rating), "page": "/recensioni"}
        )
    if act == "survey":
        return survey_happy(f, c, t, lang)
    raise ValueError(act)


def survey_happy(f: Fam, c: Cust, t: datetime, lang: str) -> str:
    r = f.rng
    which = r.choice(["nps", "csat", "ces"])
    score = {"nps": r.choice([9, 10]), "csat": r.choice([4, 5]), "ces": r.choice([6, 7])}[which]
    word = r.choice(W.SURVEY_WORDS[lang])
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


DAY_ACTS = (
    "praise",
    "praise",
    "again",
    "gripe",
    "chat",
    "chat",
    "mail",
    "call",
    "buy",
    "buy",
    "view",
    "review",
    "survey",
)
NO_SURVEY = (
    "praise",
    "praise",
    "again",
    "gripe",
    "chat",
    "chat",
    "mail",
    "call",
    "buy",
    "view",
    "review",
)


def spread_days(f: Fam, lo: int, hi: int, n: int, avoid: Sequence[int] = ()) -> list[int]:
    days = [d for d in range(lo, hi + 1) if d not in avoid]
    n = min(n, len(days))
    return sorted(f.rng.sample(days, n))


# ---- the six consumer problems ---------------------------------------------------------


def case_ref(f: Fam) -> str:
    return unique(f.rng, lambda rr: f"ZL-{rr.randrange(100000, 1000000)}")


def prob_kw(c: Cust, problem: str, lang: str) -> dict[str, str]:
    eur = W.PROBLEM_EUR[problem]
    return {"amount": money(c.market, lang, eur), "spoken": money(c.market, lang, eur, True)}


def complain(
    f: Fam, c: Cust, t: datetime, problem: str, channel: str, lang: str, long_letter: bool = False
) -> tuple[str, str | None]:
    """The first complaint and the business's first answer; returns (event id, case or None)."""
    p = W.PROB[problem][lang]
    kw = prob_kw(c, problem, lang)
    topic = p["topic"]
    case: str | None = None
    if channel == "social":
        return add(f, c, t, "social", "mention", fmt(p["social"], **kw)), None
    case = case_ref(f)
    if channel == "chat":
        eid = add(f, c, t, "chat", "chat", fmt(p["chat"], **kw))
        add(
            f,
            c,
            mins(f, t, 1, 4),
            "chat",
            "chat",
            fmt(W.CHAT_CASE[lang], case=case),
            out=True,
            by=agent(f, lang),
        )
        return eid, case
    if channel == "email":
        body = fmt(p["mail"], **kw)
        if long_letter:
            body = fmt(f.rng.choice(W.LONG[lang]), complaint=body, name=c.full)
        eid = add(f, c, t, "email", "message", body, fmt(W.SUBJ_COMPLAINT[lang], topic=topic))
    elif channel == "web":
        eid = add(
            f,
            c,
            t,
            "web",
            "ticket",
            fmt(p["mail"], **kw),
            fmt(W.SUBJ_COMPLAINT[lang], topic=topic),
            attrs={"page": "/aiuto/segnala"},
        )
    else:
        eid = add(f, c, t, "phone", "call", fmt(p["call"], **kw))
    s, txt = W.CASE_OPENED[lang]
    add(
        f,
        c,
        morning(f, mins(f, t, 10, 40)),
        "email",
        "message",
        fmt(txt, name=c.first, case=case, agent=(ag := agent(f, lang))),
        fmt(s, topic=topic, case=case),
        out=True,
        by=ag,
    )
    return eid, case


def later_contact(
    f: Fam,
    c: Cust,
    t: datetime,
    channel: str,
    problem: str,
    case: str,
    nth: int,
    lang: str,
    comp: str | None,
) -> str:
    p = W.PROB[problem][lang]
    kw = prob_kw(c, problem, lang)
    restate = fmt(p["chat"], **kw)
    extra = ""
    if nth == 3 and comp:
        extra = " " + fmt(f.rng.choice(W.THIRD[lang]), comp=comp)
    if nth == 4:
        extra = " " + fmt(W.FOURTH[lang], case=case)
    if channel == "phone":
        spoken = fmt(W.STILL_OPEN_CALL[lang], case=case)
        if extra:
            spoken += " " + extra.strip().lower().replace(".", "").replace(",", "")
        return add(f, c, t, "phone", "call", spoken)
    text = fmt(f.rng.choice(W.STILL_OPEN[lang]), case=case, restate=restate)
    if extra and text[-1] not in ".!?":
        text += "."
    text += extra
    if channel == "chat":
        eid = add(f, c, t, "chat", "chat", text)
        add(
            f,
            c,
            mins(f, t, 1, 5),
            "chat",
            "chat",
            fmt(W.CHAT_URGENT[lang], case=case),
            out=True,
            by=agent(f, lang),
        )
        return eid
    if channel == "email":
        return add(f, c, t, "email", "message", text, fmt(W.SUBJ_CASE[lang], case=case))
    if channel == "web":
        return add(
            f,
            c,
            t,
            "web",
            "ticket",
            text,
            fmt(W.SUBJ_CASE[lang], case=case),
            attrs={"page": "/aiuto/segnala"},
        )
    return add(f, c, t, "social", "mention", text)


def fixed_case(
    f: Fam, c: Cust, t: datetime, problem: str, lang1: str, lang2: str, channel: str
) -> dict[str, Any]:
    eid, case = complain(f, c, t, problem, channel, lang1)
    assert case
    t_fix = daytime(f, morning(f, t + timedelta(hours=f.rng.uniform(3, 20))))
    add(
        f,
        c,
        t_fix,
        "email",
        "message",
        fmt(W.GOOD_NEWS[lang2], name=c.first, case=case, agent=(ag := agent(f, lang2))),
        fmt(W.SUBJ_CASE[lang2], case=case),
        out=True,
        by=ag,
    )
    t_conf = daytime(f, t_fix + timedelta(hours=f.rng.uniform(8, 30)))
    conf_channel = f.rng.choice(["email", "chat"])
    text = fmt(f.rng.choice(W.CONFIRM[lang2]), case=case)
    if conf_channel == "email":
        ceid = add(f, c, t_conf, "email", "message", text, fmt(W.SUBJ_CASE[lang2], case=case))
    else:
        ceid = add(f, c, t_conf, "chat", "chat", text)
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(t_fix),
        "confirmed_at": iso(t_conf),
        "problem_event_ids": [eid],
        "confirm_event_id": ceid,
        "channel": channel,
        "confirm_channel": conf_channel,
    }


# ---- families ----------------------------------------------------------------------------


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        datetime(2026, 3, 23, tzinfo=UTC),
        10,
        "happy customers: day writers, night writers and survey answerers",
    )
    for _ in range(16):
        c = person(f, "happy", "day writer")
        for d in spread_days(f, 0, 9, f.rng.randint(5, 8)):
            happy(f, c, t_at(f, d, 7, 19), DAY_ACTS)
    for _ in range(5):
        c = person(f, "happy", "night writer")
        nights = spread_days(f, 0, 8, f.rng.randint(2, 4))
        for d in nights:
            t = t_at(f, d, 22.2, 28.5)
            if f.rng.random() < 0.5:
                post(f, c, t, f.rng.choice(W.NIGHT_POST[c.lang]))
            else:
                q, a, th = f.rng.choice(W.NIGHT_CHAT[c.lang])
                chat_qa(f, c, t, q, a, th, c.lang)
        for d in spread_days(f, 0, 9, f.rng.randint(2, 3)):
            happy(f, c, t_at(f, d, 9, 18), ("praise", "buy", "view", "review"))
    for _ in range(5):
        c = person(f, "happy", "answers surveys")
        for d in spread_days(f, 0, 9, f.rng.randint(3, 6)):
            survey_happy(f, c, t_at(f, d, 8, 20), c.lang)
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        "happy customers with one angry day about one problem, and controls",
    )
    r = f.rng
    probs = [p for p in W.PROBLEMS for _ in range(4)]
    r.shuffle(probs)
    chans = [ch for ch in ("long", "email", "chat", "social", "web", "phone") for _ in range(4)]
    long_langs = ["it", "it", "es", "es"]
    plans: list[tuple[str, str]] = list(zip(probs, chans, strict=True))
    with_case = [i for i, (_, ch) in enumerate(plans) if ch != "social"]
    nps_idx = set(r.sample(with_case, 6))
    rest = [i for i in with_case if i not in nps_idx]
    csat_idx = set(r.sample(rest, 5))
    good_idx = r.sample(with_case, 12)
    apol_idx = set(r.sample(good_idx, 5))
    for i, (problem, ch) in enumerate(plans):
        lang = long_langs.pop() if ch == "long" else None
        det = i in nps_idx
        c = person(
            f,
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            lang=lang,
            expected=("detractor",) if det else (),
            tolerated=("silence",),
        )
        bd = r.randint(2, 9)
        t = t_at(f, bd, 8, 20)
        for d in spread_days(f, 0, 11, r.randint(1, 5), avoid=list(range(bd - 1, bd + 3))):
            happy(f, c, t_at(f, d, 8, 20), NO_SURVEY)
        channel = "email" if ch == "long" else ch
        eid, case = complain(f, c, t, problem, channel, c.lang, long_letter=(ch == "long"))
        tr = c.truth
        tr.update(
            problem=problem,
            booking=case,
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            trouble_starts_at=iso(t),
            channel=channel,
            long_email=ch == "long",
            problem_event_ids=[eid],
        )
        if det:
            nps = r.randint(1, 5)
            sid = add(
                f,
                c,
                mins(f, t, 100, 140),
                "survey",
                "survey_response",
                r.choice(W.LOW_NPS_WORDS[c.lang]) or None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            tr.update(nps_given=True, nps=nps, survey_event_id=sid)
        elif i in csat_idx:
            cs = r.randint(1, 2)
            sid = add(
                f,
                c,
                mins(f, t, 40, 80),
                "survey",
                "survey_response",
                r.choice(W.LOW_CSAT_WORDS[c.lang]) or None,
                scores={"csat": cs},
                attrs={"survey": "csat"},
            )
            tr.update(csat_given=True, csat=cs, survey_event_id=sid)
        if i in good_idx and case:
            tg = daytime(f, morning(f, t + timedelta(hours=r.uniform(1, 4))))
            add(
                f,
                c,
                tg,
                "email",
                "message",
                fmt(W.GOOD_NEWS[c.lang], name=c.first, case=case, agent=(ag := agent(f, c.lang))),
                fmt(W.SUBJ_CASE[c.lang], case=case),
                out=True,
                by=ag,
            )
            tr["agent_fixed"] = True
            if i in apol_idx:
                ta = daytime(f, t + timedelta(hours=r.uniform(16, 24)))
                text = r.choice(W.APOLOGY[c.lang])
                if r.random() < 0.5:
                    aid = add(f, c, ta, "chat", "chat", text)
                    add(
                        f,
                        c,
                        mins(f, ta, 1, 5),
                        "chat",
                        "chat",
                        {
                            "it": "Nessun problema, capiamo benissimo.",
                            "es": "No pasa nada, lo entendemos.",
                            "pt": "Não faz mal, percebemos.",
                            "de": "Kein Problem, wir verstehen das.",
                            "fr": "Aucun souci, on comprend.",
                            "en": "No worries at all, we understand.",
                        }[c.lang],
                        out=True,
                        by=agent(f, c.lang),
                    )
                else:
                    aid = add(
                        f, c, ta, "email", "message", text, fmt(W.SUBJ_CASE[c.lang], case=case)
                    )
                tr.update(apologised=True, apology_at=iso(ta), apology_event_id=aid)
    for _ in range(8):
        c = person(f, "happy", "control")
        for d in spread_days(f, 0, 11, r.randint(4, 7)):
            happy(f, c, t_at(f, d, 8, 20), DAY_ACTS)
    return f


def repeat_run(
    f: Fam,
    c: Cust,
    t0: datetime,
    problem: str,
    first_channel: str,
    n: int,
    lang_of: Sequence[str],
    quality: bool,
) -> None:
    r = f.rng
    eid, case = complain(f, c, t0, problem, first_channel, lang_of[0])
    assert case
    lang0 = lang_of[0]
    if quality:
        add(
            f,
            c,
            morning(f, t0 + timedelta(hours=r.uniform(1.5, 2.5))),
            "email",
            "message",
            fmt(W.QUALITY_LEAD[lang0], name=c.first, case=case, agent=(ag := agent(f, lang0))),
            fmt(W.SUBJ_CASE[lang0], case=case),
            out=True,
            by=ag,
        )
    comp = r.choice(COMPETITORS) if n >= 3 else None
    chans = [ch for ch in ("email", "chat", "phone", "web", "social") if ch != first_channel]
    r.shuffle(chans)
    ids = [eid]
    t = t0
    for k in range(2, n + 1):
        t = t + timedelta(hours=r.uniform(4, 40))
        if t.hour >= 22 or t.hour < 7:
            t = daytime(f, t)
        ids.append(
            later_contact(
                f, c, t, chans[k - 2], problem, case, k, lang_of[(k - 1) % len(lang_of)], comp
            )
        )
    c.truth.update(
        problem=problem,
        booking=case,
        contacts=n,
        channels=[first_channel, *chans[: n - 1]],
        channel=first_channel,
        problem_event_ids=ids,
        trouble_starts_at=iso(t0),
        competitor=comp,
        agent_passed_on=quality,
    )


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        datetime(2026, 5, 18, tzinfo=UTC),
        10,
        "repeat contacts about one open problem, fixed problems, two problems, frequent writers",
    )
    r = f.rng
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    counts = [2] * 4 + [3] * 4 + [4] * 4
    r.shuffle(firsts)
    r.shuffle(counts)
    quality = set(r.sample(range(12), 6))
    for i in range(12):
        c = person(
            f, "repeat_contact", "repeats", expected=("repeat_contact",), tolerated=REPEAT_TOL
        )
        for _ in range(r.randint(1, 3)):
            happy(f, c, t_at(f, 0, 7, 12), NO_SURVEY)
        t0 = t_at(f, r.randint(1, 4), 8, 19)
        repeat_run(f, c, t0, r.choice(W.PROBLEMS), firsts[i], counts[i], [c.lang], i in quality)
    for _ in range(5):
        c = person(f, "resolved_between_contacts", "fixed", tolerated=("silence",))
        for d in spread_days(f, 0, 1, r.randint(1, 2)):
            happy(f, c, t_at(f, d, 8, 18), NO_SURVEY)
        t0 = t_at(f, r.randint(2, 5), 8, 19)
        fc = fixed_case(
            f, c, t0, r.choice(W.PROBLEMS), c.lang, c.lang, r.choice(["email", "web", "chat"])
        )
        c.truth.update(
            problems=[fc],
            problem=fc["problem"],
            booking=fc["booking"],
            trouble_starts_at=fc["raised_at"],
            problem_event_ids=fc["problem_event_ids"],
        )
    for _ in range(3):
        c = person(f, "different_problems", "two problems", tolerated=("silence",))
        p1, p2 = r.sample(list(W.PROBLEMS), 2)
        t1 = t_at(f, r.randint(0, 3), 8, 18)
        fc1 = fixed_case(f, c, t1, p1, c.lang, c.lang, r.choice(["email", "web", "chat"]))
        t2 = daytime(f, t1 + timedelta(days=r.randint(4, 5), hours=r.uniform(-2, 2)))
        fc2 = fixed_case(f, c, t2, p2, c.lang, c.lang, r.choice(["email", "web", "chat"]))
        c.truth.update(problems=[fc1, fc2], trouble_starts_at=fc1["raised_at"])
    for _ in range(7):
        c = person(f, "happy", "frequent writer")
        for d in spread_days(f, 0, 9, r.randint(5, 8)):
            happy(
                f, c, t_at(f, d, 8, 19), ("chat", "chat", "mail", "mail", "call", "buy", "praise")
            )
    return f


def slide(f: Fam, c: Cust, day0: int, span: int, langs: Sequence[str], with_nps: bool) -> None:
    r = f.rng
    comp = r.choice(COMPETITORS)
    t = t_at(f, day0, 8, 19)
    ids: list[str] = []
    trouble = t
    for i in range(6):
        if i:
            t = t + timedelta(hours=max(1.0, span * 24 / 5 + r.uniform(-3, 3)))
            t = daytime(f, t)
        if i == 0:
            trouble = t
        lang = langs[i % len(langs)]
        text = fmt(W.SLIDE[lang][i], comp=comp, amount=money(c.market, lang, 30))
        how = r.choice(["social", "community", "review"])
        if how == "review":
            ids.append(
                add(
                    f,
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str(W.SLIDE_RATINGS[i]), "page": "/recensioni"},
                )
            )
        elif how == "social":
            ids.append(add(f, c, t, "social", "mention", text))
        else:
            ids.append(add(f, c, t, "community", "post", text))
        if i == 3 and with_nps:
            nps = r.randint(1, 5)
            ts = daytime(f, t + timedelta(hours=r.uniform(2.5, 3.5)))
            sid = add(
                f,
                c,
                ts,
                "survey",
                "survey_response",
                r.choice(W.LOW_NPS_WORDS[c.lang]) or None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c.truth.update(nps_given=True, nps=nps, survey_event_id=sid)
    c.truth.update(
        slide_event_ids=ids, slide_days=span, competitor=comp, trouble_starts_at=iso(trouble)
    )


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        datetime(2026, 6, 22, tzinfo=UTC),
        32,
        "slow slides, leavers, steady, steadily grumpy and sarcastic customers",
    )
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    r.shuffle(spans)
    nps_set = set(r.sample(range(10), 5))
    for i in range(10):
        exp = ("sentiment_drop", "detractor") if i in nps_set else ("sentiment_drop",)
        c = person(f, "slow_churner", "slides", expected=exp, tolerated=SLIDE_TOL)
        np_ = r.randint(4, 5)
        no = r.randint(2, 4)
        for d in spread_days(f, 0, 10, np_):
            post(f, c, t_at(f, d, 8, 20), r.choice(W.PRAISE[c.lang]))
        for d in spread_days(f, 0, 10, no):
            happy(f, c, t_at(f, d, 8, 20), ("chat", "buy", "view", "mail"))
        slide(f, c, r.randint(12, 16), spans[i], [c.lang], i in nps_set)
    for _ in range(5):
        c = person(
            f, "slow_churner", "asks to cancel", expected=("churn_intent",), tolerated=LEAVE_TOL
        )
        for d in spread_days(f, 0, 15, r.randint(4, 6)):
            happy(f, c, t_at(f, d, 8, 20), NO_SURVEY)
        t = t_at(f, r.randint(17, 23), 8, 20)
        s, body = r.choice(W.LEAVE[c.lang])
        eid = add(f, c, t, "email", "message", fmt(body, name=c.full), s)
        tr = daytime(f, morning(f, t + timedelta(hours=r.uniform(1, 5))))
        add(
            f,
            c,
            tr,
            "email",
            "message",
            fmt(W.SORRY_GO[c.lang], name=c.first, agent=(ag := agent(f, c.lang))),
            "Re: " + s,
            out=True,
            by=ag,
        )
        tc = daytime(f, t + timedelta(hours=r.uniform(20, 30)))
        cid = add(
            f,
            c,
            tc,
            "web",
            "cancellation",
            attrs={
                "page": "/account/club",
                "product": "Zolleto Club membership / Iscrizione Zolleto Club",
            },
        )
        c.truth.update(
            churn_intent_event_id=eid,
            cancellation_event_id=cid,
            churn_at=iso(tc),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = person(f, "happy", "steady")
        for d in spread_days(f, 0, 31, r.randint(6, 10)):
            happy(f, c, t_at(f, d, 8, 20), DAY_ACTS)
    for _ in range(5):
        c = person(f, "steadily_grumpy", "grumbles", tolerated=("repeat_contact", "silence"))
        d = r.randint(0, 4)
        ids = []
        texts = list(W.GRUMPY[c.lang])
        r.shuffle(texts)
        for k in range(r.randint(5, 7)):
            t = t_at(f, d, 8, 20)
            text = texts[k % len(texts)]
            how = r.choice(["social", "community", "web", "review"])
            if how == "web":
                ids.append(add(f, c, t, "web", "ticket", text, attrs={"page": "/aiuto/segnala"}))
            elif how == "review":
                ids.append(
                    add(
                        f, c, t, "web", "review", text, attrs={"rating": "3", "page": "/recensioni"}
                    )
                )
            elif how == "social":
                ids.append(add(f, c, t, "social", "mention", text))
            else:
                ids.append(add(f, c, t, "community", "post", text))
            d += r.randint(1, 3)
            if d > 31:
                break
        for _ in range(r.randint(0, 2)):
            buy(f, c, t_at(f, r.randint(0, 30), 9, 18))
        c.truth.update(
            grumble_event_ids=ids,
            trouble_starts_at=iso(min(row.t for row in f.rows if row.eid in ids)),
        )
    for _ in range(5):
        c = person(f, "happy_one_sarcastic_remark", "happy", tolerated=("silence",))
        sd = r.randint(17, 28)
        for d in spread_days(f, 0, 31, r.randint(4, 7), avoid=[sd]):
            happy(f, c, t_at(f, d, 8, 20), DAY_ACTS)
        t = t_at(f, sd, 9, 20)
        sid = post(f, c, t, r.choice(W.SARCASM[c.lang]))
        c.truth.update(sarcasm_event_id=sid, trouble_starts_at=iso(t))
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        datetime(2026, 8, 14, tzinfo=UTC),
        3,
        "a calm summer weekend with night owls in short bursts",
    )
    r = f.rng
    for _ in range(16):
        c = person(f, "happy", "day writer")
        for d in spread_days(f, 0, 2, r.randint(1, 3)):
            happy(f, c, t_at(f, d, 7, 17.5), ("praise", "chat", "buy", "view", "review", "again"))
    for k in range(4):
        c = person(f, "grumbles_once", "grumbles once", tolerated=("silence",))
        d = r.randint(0, 2)
        t = t_at(f, d, 8, 17)
        if r.random() < 0.5:
            buy(f, c, t)
        else:
            add(f, c, t, "web", "page_view", attrs={"page": r.choice(W.PAGES)})
        tg = mins(f, t, 20, 30)
        q, a = r.choice(W.MILD[c.lang])
        if k < 2:
            gid = add(f, c, tg, "chat", "chat", q)
            add(f, c, mins(f, tg, 1, 5), "chat", "chat", a, out=True, by=agent(f, c.lang))
        else:
            gid = add(f, c, tg, "web", "ticket", q, attrs={"page": "/aiuto/app"})
            mail_reply(
                f,
                c,
                tg,
                "Zolleto",
                fmt(W.FORM_ACK[c.lang], name=c.first, agent=(ag := agent(f, c.lang))),
                c.lang,
                20,
                90,
                by=ag,
            )
        c.truth.update(grumble_event_id=gid, trouble_starts_at=iso(tg))
    for night in range(1, 4):
        b1 = f.start + timedelta(days=night, minutes=r.uniform(40, 65))
        starts = [
            b1,
            b1 + timedelta(minutes=r.uniform(28, 33)),
            b1 + timedelta(minutes=r.uniform(55, 65)),
        ]
        for b, bs in enumerate(starts, 1):
            for _ in range(4):
                c = person(f, "night_owl", f"night {night}, burst {b}")
                t = bs + timedelta(minutes=r.uniform(0, 10))
                if r.random() < 0.5:
                    q, a, th = r.choice(W.NIGHT_CHAT[c.lang])
                    nid = chat_qa(f, c, t, q, a, th, c.lang)
                else:
                    nid = post(f, c, t, r.choice(W.NIGHT_POST[c.lang]))
                c.truth.update(burst_at=iso(bs), night_event_id=nid)
                if r.random() < 0.5:
                    happy(f, c, t_at(f, r.randint(0, 2), 9, 17.5), ("praise", "buy", "view"))
    return f


BL_PAIRS = [
    ("it", "es", "IT"),
    ("it", "es", "ES"),
    ("it", "es", "IT"),
    ("it", "es", "ES"),
    ("es", "it", "ES"),
    ("es", "it", "IT"),
    ("es", "it", "ES"),
    ("es", "it", "ES"),
    ("it", "en", "IE"),
    ("es", "en", "UK"),
    ("it", "de", "CH"),
    ("de", "it", "CH"),
    ("es", "pt", "PT"),
    ("pt", "es", "ES"),
    ("it", "fr", "CH"),
    ("fr", "it", "IT"),
    ("es", "fr", "FR"),
    ("fr", "es", "BE"),
    ("en", "it", "IT"),
    ("en", "es", "ES"),
    ("de", "es", "AT"),
    ("es", "de", "DE"),
    ("pt", "it", "PT"),
    ("it", "pt", "IT"),
    ("de", "fr", "LU"),
    ("fr", "de", "CH"),
    ("en", "pt", "PT"),
]
SECOND_WHY = {
    "it": "Italian partner",
    "es": "grew up in Spain",
    "pt": "Portuguese family",
    "de": "works for a German firm",
    "fr": "studied in France",
    "en": "English at work",
}


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        6,
        datetime(2026, 9, 7, tzinfo=UTC),
        14,
        "customers who write in two languages",
    )
    r = f.rng
    pairs = list(BL_PAIRS)
    # the long-letter writer needs Italian or Spanish as the second language; keep index 0 for it
    long_pair = pairs.pop(0)
    r.shuffle(pairs)
    pairs.insert(0, long_pair)
    roles = (
        ["bad_long"]
        + ["happy"] * 12
        + ["repeat"] * 5
        + ["slide"] * 5
        + ["bad_mail", "bad_chat"]
        + ["fixed"] * 2
    )
    counts = iter([2, 2, 3, 3, 4])
    quality_n = iter([False, False, True, True, True])
    for (l1, l2, market), role in zip(pairs, roles, strict=True):
        langs = (l1, l2)

        def mk(
            persona: str,
            habit: str,
            expected: Sequence[str] = (),
            tolerated: Sequence[str] = (),
            l1: str = l1,
            market: str = market,
        ) -> Cust:
            c = person(
                f, persona, habit, lang=l1, market=market, expected=expected, tolerated=tolerated
            )
            return c

        if role == "happy":
            c = mk("happy", "alternates languages")
            for k, d in enumerate(spread_days(f, 0, 13, r.randint(5, 8))):
                happy(f, c, t_at(f, d, 8, 20), NO_SURVEY, lang=langs[k % 2])
        elif role == "repeat":
            c = mk("repeat_contact", "repeats", ("repeat_contact",), REPEAT_TOL)
            for d in spread_days(f, 0, 1, r.randint(1, 3)):
                happy(f, c, t_at(f, d, 8, 18), NO_SURVEY)
            repeat_run(
                f,
                c,
                t_at(f, r.randint(2, 5), 8, 19),
                r.choice(W.PROBLEMS),
                r.choice(["web", "email", "chat"]),
                next(counts),
                langs,
                next(quality_n),
            )
        elif role == "slide":
            c = mk("slow_churner", "slides", ("sentiment_drop",), SLIDE_TOL)
            for k, d in enumerate(spread_days(f, 0, 5, 5)):
                post(f, c, t_at(f, d, 8, 20), r.choice(W.PRAISE[langs[k % 2]]))
            for d in spread_days(f, 0, 5, r.randint(1, 3)):
                happy(f, c, t_at(f, d, 8, 20), ("chat", "buy", "view"))
            slide(f, c, r.randint(7, 8), r.randint(3, 5), langs, False)
        elif role.startswith("bad"):
            c = mk("happy_one_bad_day", "one bad day", (), ("silence",))
            bd = r.randint(4, 10)
            for k, d in enumerate(
                spread_days(f, 0, 13, r.randint(3, 5), avoid=list(range(bd - 1, bd + 3)))
            ):
                happy(f, c, t_at(f, d, 8, 20), NO_SURVEY, lang=langs[k % 2])
            t = t_at(f, bd, 9, 19)
            channel = "chat" if role == "bad_chat" else "email"
            problem = r.choice(W.PROBLEMS)
            eid, case = complain(f, c, t, problem, channel, l2, long_letter=role == "bad_long")
            c.truth.update(
                problem=problem,
                booking=case,
                bad_day_at=iso(t),
                bad_day_event_id=eid,
                bad_day_language=l2,
                trouble_starts_at=iso(t),
                long_email=role == "bad_long",
                channel=channel,
                problem_event_ids=[eid],
            )
            if channel == "email" and case:
                tg = daytime(f, morning(f, t + timedelta(hours=r.uniform(1, 4))))
                add(
                    f,
                    c,
                    tg,
                    "email",
                    "message",
                    fmt(W.GOOD_NEWS[l2], name=c.first, case=case, agent=(ag := agent(f, l2))),
                    fmt(W.SUBJ_CASE[l2], case=case),
                    out=True,
                    by=ag,
                )
                c.truth["agent_fixed"] = True
                if role == "bad_mail":
                    ta = daytime(f, t + timedelta(hours=r.uniform(18, 24)))
                    aid = add(f, c, ta, "chat", "chat", r.choice(W.APOLOGY[l2]))
                    c.truth.update(apologised=True, apology_at=iso(ta), apology_event_id=aid)
        else:
            c = mk("resolved_between_contacts", "fixed", (), ("silence",))
            for d in spread_days(f, 0, 2, r.randint(1, 2)):
                happy(f, c, t_at(f, d, 8, 18), NO_SURVEY)
            fc = fixed_case(
                f, c, t_at(f, r.randint(3, 8), 8, 18), r.choice(W.PROBLEMS), l1, l2, "web"
            )
            c.truth.update(
                problems=[fc],
                problem=fc["problem"],
                booking=fc["booking"],
                trouble_starts_at=fc["raised_at"],
                problem_event_ids=fc["problem_event_ids"],
                confirm_language=l2,
            )
        c.truth.update(languages=[l1, l2], job_second_language=SECOND_WHY[l2])
    return f


B2B_PLAN: list[tuple[str, int, str, int, str | None, int]] = [
    # (lang, company index, kind, contacts, problem, complainers)
    ("it", 0, "at_risk", 6, "invoice", 4),
    ("it", 1, "at_risk", 5, "overbilled", 4),
    ("es", 0, "at_risk", 4, "invoice", 3),
    ("es", 2, "at_risk", 5, "service_blocked", 3),
    ("de", 0, "at_risk", 5, "portal", 3),
    ("it", 2, "one_unhappy", 3, "service_blocked", 1),
    ("es", 3, "one_unhappy", 3, "overbilled", 1),
    ("pt", 0, "one_unhappy", 3, "portal", 1),
    ("fr", 0, "one_unhappy", 3, "invoice", 1),
    ("it", 3, "mild", 3, None, 0),
    ("es", 4, "mild", 4, None, 0),
    ("pt", 1, "mild", 3, None, 0),
    ("it", 4, "happy", 4, None, 0),
    ("de", 1, "happy", 4, None, 0),
    ("en", 0, "happy", 4, None, 0),
]
B2B_MARKET = {"it": "IT", "es": "ES", "pt": "PT", "de": "DE", "fr": "BE", "en": "IE"}


def b2b_routine(f: Fam, c: Cust, t: datetime) -> None:
    r = f.rng
    act = r.choice(["chat", "buy", "view"])
    if act == "chat":
        q, a, th = r.choice(B.CHATQ[c.lang])
        chat_qa(f, c, t, q, a, th, c.lang)
    elif act == "buy":
        buy(f, c, t, B.B2B_PRODUCTS)
    else:
        add(f, c, t, "web", "page_view", attrs={"page": r.choice(B.PORTAL_PAGES)})


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
        "Zolleto Team accounts: at-risk accounts, one unhappy contact, mild remarks, happy accounts",
    )
    r = f.rng
    weekdays = [d for d in range(14) if (f.start + timedelta(days=d)).weekday() < 5]
    for lang, ci, kind, n, problem, nc in B2B_PLAN:
        company, domain, site = B.COMPANIES[lang][ci]
        market = B2B_MARKET[lang]
        acc = unique(r, lambda rr, m=market: f"ZLT-{m}-{rr.randrange(1000, 10000)}")
        taken: set[str] = set()
        contacts: list[Cust] = []
        for k in range(n):
            if k < nc:
                if kind == "at_risk":
                    persona, habit = "b2b_unhappy", "complainer"
                    last = k == nc - 1
                    exp: tuple[str, ...] = ("repeat_contact",) if last else ("detractor",)
                    tol: tuple[str, ...] = B2B_UNHAPPY_TOL
                else:
                    persona, habit, exp, tol = (
                        "b2b_one_unhappy",
                        "complainer",
                        ("detractor",),
                        B2B_ONE_TOL,
                    )
            elif kind == "mild" and k < 2:
                persona, habit, exp, tol = "b2b_mild", "suggests", (), ("silence",)
            else:
                persona, habit, exp, tol = "b2b_happy", "contact", (), ()
            c = person(
                f,
                persona,
                habit,
                lang=lang,
                market=market,
                expected=exp,
                tolerated=tol,
                account=acc,
                domain=domain,
                taken_first=taken,
            )
            title = B.TITLES[(ci * 3 + k) % len(B.TITLES)]
            c.truth.update(company=company, role=habit, job_title=title, job=title)
            contacts.append(c)
        unhappy = [c for c in contacts if c.truth["persona"] in ("b2b_unhappy", "b2b_one_unhappy")]
        trouble: datetime | None = None
        case = ""
        if kind == "at_risk" and problem:
            case = case_ref(f)
            t = office(f, f.start + timedelta(days=2, hours=r.uniform(8, 11)))
            first_t = t
            trouble = t
            for k, c in enumerate(unhappy):
                for _ in range(r.randint(0, 2)):
                    b2b_routine(f, c, t_at(f, r.randint(0, 1), 8, 16.5))
                if k == 0:
                    text = B.COMPLAINT[problem][lang]
                    eid = add(
                        f,
                        c,
                        t,
                        "email",
                        "message",
                        text,
                        fmt(W.SUBJ_COMPLAINT[lang], topic=B.TOPIC[problem][lang]),
                    )
                    add(
                        f,
                        c,
                        mins(f, t, 10, 60),
                        "email",
                        "message",
                        fmt(B.ACK[lang], name=c.first, case=case, agent=(ag := agent(f, lang))),
                        fmt(W.SUBJ_CASE[lang], case=case),
                        out=True,
                        by=ag,
                    )
                else:
                    t = office(f, t + timedelta(hours=r.uniform(8, 28)))
                    same_day = t.date() == first_t.date()
                    day = B.THIS_MORNING[lang] if same_day else B.WEEKDAYS[lang][first_t.weekday()]
                    text = fmt(
                        B.LATER[lang],
                        case=case,
                        first=unhappy[0].first,
                        day=day,
                        restate=B.COMPLAINT[problem][lang],
                    )
                    eid = add(f, c, t, "email", "message", text, fmt(W.SUBJ_CASE[lang], case=case))
                ids = [eid]
                t_c = t
                if k < len(unhappy) - 1:
                    nps = r.randint(1, 5)
                    sid = add(
                        f,
                        c,
                        office(f, t + timedelta(hours=r.uniform(1, 3)), 18),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": nps},
                        attrs={"survey": "nps"},
                    )
                    c.truth.update(nps_given=True, nps=nps, survey_event_id=sid)
                else:
                    t2 = office(f, t + timedelta(hours=r.uniform(18, 40)))
                    comp = r.choice(COMPETITORS)
                    if ci == 0 and lang == "it":
                        ids.append(
                            add(
                                f,
                                c,
                                t2,
                                "email",
                                "message",
                                fmt(B.LAST_MAIL[lang], case=case, comp=comp),
                                fmt(W.SUBJ_CASE[lang], case=case),
                            )
                        )
                        c.truth["competitor"] = comp
                    else:
                        ids.append(
                            add(f, c, t2, "phone", "call", fmt(B.LAST_CALL[lang], case=case))
                        )
                        c.truth["competitor"] = None
                c.truth.update(
                    complaint_event_ids=ids,
                    problem=problem,
                    booking=case,
                    trouble_starts_at=iso(t_c),
                )
        elif kind == "one_unhappy" and problem:
            c = unhappy[0]
            case = case_ref(f)
            for _ in range(r.randint(0, 2)):
                b2b_routine(f, c, t_at(f, r.randint(0, 1), 8, 16.5))
            t = office(f, t_at(f, r.randint(3, 7), 8, 16))
            eid = add(
                f,
                c,
                t,
                "email",
                "message",
                B.COMPLAINT[problem][lang],
                fmt(W.SUBJ_COMPLAINT[lang], topic=B.TOPIC[problem][lang]),
            )
            add(
                f,
                c,
                mins(f, t, 10, 60),
                "email",
                "message",
                fmt(B.ACK[lang], name=c.first, case=case, agent=(ag := agent(f, lang))),
                fmt(W.SUBJ_CASE[lang], case=case),
                out=True,
                by=ag,
            )
            nps = r.randint(1, 5)
            sid = add(
                f,
                c,
                office(f, t + timedelta(hours=r.uniform(1, 3)), 18),
                "survey",
                "survey_response",
                None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                complaint_event_ids=[eid],
                problem=problem,
                booking=case,
                trouble_starts_at=iso(t),
                nps_given=True,
                nps=nps,
                survey_event_id=sid,
            )
        for c in contacts:
            p = c.truth["persona"]
            if p == "b2b_mild":
                for _ in range(r.randint(0, 2)):
                    b2b_routine(f, c, t_at(f, r.randint(0, 1), 8, 16.5))
                t = office(f, t_at(f, r.choice([d for d in weekdays if d >= 2]), 8, 16), 16)
                mid = add(
                    f,
                    c,
                    t,
                    "web",
                    "ticket",
                    r.choice(B.MILD[lang]),
                    attrs={"page": "/team/suggerimenti"},
                )
                add(
                    f,
                    c,
                    mins(f, t, 30, 120),
                    "email",
                    "message",
                    fmt(B.MILD_ACK[lang], name=c.first, agent=(ag := agent(f, lang))),
                    "Zolleto Team",
                    out=True,
                    by=ag,
                )
                c.truth.update(mild_event_id=mid, trouble_starts_at=iso(t))
            elif p == "b2b_happy":
                for d in r.sample(weekdays, r.randint(3, 5)):
                    t = t_at(f, d, 8, 16.5)
                    what = r.random()
                    if what < 0.15:
                        add(f, c, t, "community", "post", r.choice(B.PRAISE[lang]))
                    elif what < 0.3:
                        which = r.choice(["nps", "csat", "ces"])
                        score = {
                            "nps": r.choice([9, 10]),
                            "csat": r.choice([4, 5]),
                            "ces": r.choice([6, 7]),
                        }[which]
                        add(
                            f,
                            c,
                            t,
                            "survey",
                            "survey_response",
                            None,
                            scores={which: score},
                            attrs={"survey": which},
                        )
                    else:
                        b2b_routine(f, c, t)
        keys = [c.key for c in contacts]
        ukeys = [c.key for c in unhappy]
        at_risk = kind == "at_risk"
        f.accounts[acc] = {
            "company": company,
            "site": site,
            "contacts": len(keys),
            "contact_keys": keys,
            "unhappy_contacts": len(ukeys),
            "unhappy_contact_keys": ukeys,
            "at_risk": at_risk,
            "expected_rules": ["account_risk"] if at_risk else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if at_risk else None,
            "trouble_starts_at": iso(trouble) if trouble else None,
            "language": lang,
            "country": market,
        }
    return f


SPIKE_LANGS = ["it"] * 6 + ["es"] * 6 + ["pt"] * 2 + ["de"] * 2 + ["fr"] * 2 + ["en"] * 2
SPIKE_CHANNELS = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        datetime(2026, 11, 9, tzinfo=UTC),
        7,
        "a calm week and one planted incident on Saturday 14 November 2026",
    )
    r = f.rng
    for _ in range(40):
        c = person(f, "happy", "day writer")
        for d in spread_days(f, 0, 5, r.randint(1, 4)):
            t = t_at(f, d, 12, 19) if d == 5 else t_at(f, d, 8, 19)
            happy(f, c, t, ("praise", "chat", "buy", "view", "review", "again", "survey"))
    for lang in ("it", "es"):
        c = person(f, "grumbles_once", "grumbles once", lang=lang, tolerated=("silence",))
        t = t_at(f, 0, 9, 17)
        q, a = W.CALM_GRUMBLE[lang]
        gid = add(f, c, t, "chat", "chat", q)
        add(f, c, mins(f, t, 1, 5), "chat", "chat", a, out=True, by=agent(f, lang))
        c.truth.update(grumble_event_id=gid, trouble_starts_at=iso(t))
    for lang, hh, mm in (("it", 9, 40), ("es", 16, 5)):
        c = person(f, "grumbles_once", "lone question", lang=lang, tolerated=("silence",))
        t = f.start + timedelta(days=4, hours=hh, minutes=mm)
        q, a = W.LONE_Q[lang]
        lid = add(f, c, t, "chat", "chat", q)
        add(f, c, mins(f, t, 1, 5), "chat", "chat", a, out=True, by=agent(f, lang))
        c.truth.update(lone_report_event_id=lid, trouble_starts_at=iso(t))
    langs = list(SPIKE_LANGS)
    chans = list(SPIKE_CHANNELS)
    r.shuffle(langs)
    r.shuffle(chans)
    s0 = datetime(2026, 11, 14, 8, 40, tzinfo=UTC)
    offsets = sorted([0, 45] + [r.randint(1, 44) for _ in range(18)])
    regular = set(r.sample(range(20), 12))
    early = [i for i in range(20) if offsets[i] <= 25]
    repeaters = set(r.sample(early, 6))
    fixed = set(r.sample([i for i in range(20) if i not in repeaters], 6))
    keys: list[str] = []
    eids: list[str] = []
    reids: list[str] = []
    per_lang: dict[str, int] = {}
    first_at: dict[str, datetime] = {}
    for i in range(20):
        lang = langs[i]
        rep = i in repeaters
        c = person(
            f,
            "spike_repeater" if rep else "spike_reporter",
            "regular" if i in regular else "new",
            lang=lang,
            expected=("repeat_contact",) if rep else (),
            tolerated=("silence", "sentiment_drop") if rep else ("silence",),
        )
        if i in regular:
            for d in spread_days(f, 2, 4, r.randint(1, 3)):
                happy(f, c, t_at(f, d, 8, 17.5), ("chat", "buy", "view", "praise"))
        t = s0 + timedelta(
            minutes=offsets[i], seconds=r.randrange(60) if 0 < offsets[i] < 45 else 0
        )
        k = per_lang.get(lang, 0)
        per_lang[lang] = k + 1
        text = W.SPIKE[lang][k % len(W.SPIKE[lang])]
        ch = chans[i]
        if ch == "social":
            eid = add(f, c, t, "social", "mention", text)
        elif ch == "community":
            eid = add(f, c, t, "community", "post", text)
        elif ch == "email":
            eid = add(f, c, t, "email", "message", text, W.SPIKE_SUBJ[lang])
        elif ch == "web":
            eid = add(
                f, c, t, "web", "ticket", text, W.SPIKE_SUBJ[lang], attrs={"page": "/aiuto/app"}
            )
        else:
            eid = add(f, c, t, "chat", "chat", text)
            add(
                f,
                c,
                mins(f, t, 1, 3),
                "chat",
                "chat",
                W.SPIKE_CHAT_ANSWER[lang],
                out=True,
                by=agent(f, lang),
            )
        keys.append(c.key)
        eids.append(eid)
        c.truth.update(
            in_spike=True,
            regular=i in regular,
            spike_event_id=eid,
            spike_channel=ch,
            trouble_starts_at=iso(t),
        )
        first_at[c.key] = t
        if i in fixed:
            tf = datetime(2026, 11, 14, 11, 5, tzinfo=UTC) + timedelta(minutes=r.uniform(0, 12))
            local = f"{10 + UTC_PLUS[c.market]}:40"
            add(
                f,
                c,
                tf,
                "email",
                "message",
                fmt(
                    W.SPIKE_FIXED[lang],
                    name=c.first,
                    time=local,
                    amount=money(c.market, lang, 15),
                    agent=(ag := agent(f, lang)),
                ),
                W.SPIKE_SUBJ[lang],
                out=True,
                by=ag,
            )
            c.truth["agent_fixed"] = True
    # the six second messages: e-mail 2, chat 2, community 2, never on the first channel
    reps = [f.custs[keys[i]] for i in sorted(repeaters)]
    plan = assign_second(r, [c.truth["spike_channel"] for c in reps])
    per_lang_again: dict[str, int] = {}
    for c, ch2 in zip(reps, plan, strict=True):
        t2 = mins(f, first_at[c.key], 15, 50)
        k2 = per_lang_again.get(c.lang, 0)
        per_lang_again[c.lang] = k2 + 1
        text = W.SPIKE_AGAIN[c.lang][k2 % len(W.SPIKE_AGAIN[c.lang])]
        if ch2 == "email":
            rid = add(f, c, t2, "email", "message", text, "Re: " + W.SPIKE_SUBJ[c.lang])
        elif ch2 == "chat":
            rid = add(f, c, t2, "chat", "chat", text)
            add(
                f,
                c,
                mins(f, t2, 1, 3),
                "chat",
                "chat",
                W.SPIKE_CHAT_ANSWER[c.lang],
                out=True,
                by=agent(f, c.lang),
            )
        else:
            rid = add(f, c, t2, "community", "post", text)
        reids.append(rid)
        c.truth.update(repeat_event_id=rid, problem_event_ids=[c.truth["spike_event_id"], rid])
    f.spike = {
        "topic": W.SPIKE_TOPIC,
        "about": "the 'my plot' page of the Zolleto app opens another member's plot; error PM/48 (planted, Saturday 14 November 2026)",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reids,
    }
    return f


def assign_second(r: random.Random, firsts: list[str]) -> list[str]:
    pool = ["email", "email", "chat", "chat", "community", "community"]
    for _ in range(1000):
        r.shuffle(pool)
        if all(a != b for a, b in zip(pool, firsts, strict=True)):
            return list(pool)
    raise RuntimeError("no second-channel plan")


# ---- output ------------------------------------------------------------------------------

PLANNED: dict[str, dict[str, int]] = {
    "happy_writers": {},
    "one_bad_day": {"detractor": 6},
    "repeat_contacts": {"repeat_contact": 12},
    "slow_churners": {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
    "quiet_hours": {},
    "bilingual": {"repeat_contact": 5, "sentiment_drop": 5},
    "b2b_accounts": {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    "topic_spike": {"topic_spike": 1, "repeat_contact": 6},
}


def expected_counts(f: Fam) -> dict[str, int]:
    out: dict[str, int] = {}
    for c in f.custs.values():
        for rule in c.truth["expected_rules"]:
            out[rule] = out.get(rule, 0) + 1
    for a in f.accounts.values():
        for rule in a["expected_rules"]:
            out[rule] = out.get(rule, 0) + 1
    if f.spike:
        out["topic_spike"] = out.get("topic_spike", 0) + 1
    return dict(sorted(out.items()))


def refs(f: Fam) -> list[dict[str, Any]]:
    f.rows.sort(key=lambda row: (row.t, row.seq))
    seen: set[str] = set()
    out: list[dict[str, Any]] = []
    rr = f.rough
    for row in f.rows:
        c = f.custs[row.key]
        full = {
            "customer_id": c.key,
            "email": c.email,
            "phone": c.phone,
            "handle": c.handle,
            "account_id": c.account,
        }
        if row.out or row.key not in seen:
            ref = dict(full)
            if not row.out:
                seen.add(row.key)
        else:
            ref = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            if row.channel == "phone":
                cc = PHONE[c.market][0]
                ref["phone"] = (
                    c.phone if rr.random() < 0.5 else "+" + cc + " " + c.phone[1 + len(cc) :]
                )
            elif row.channel in ("social", "community"):
                if c.handle:
                    ref["handle"] = c.handle if rr.random() < 0.8 else c.handle.lstrip("@")
                else:
                    ref["email"] = c.email
            elif row.channel == "email":
                ref["email"] = c.email if rr.random() >= 1 / 12 else c.email.upper()
            else:
                ref["customer_id"] = c.key
        tp: dict[str, Any] = {
            "event_id": row.eid,
            "occurred_at": iso(row.t),
            "channel": row.channel,
            "kind": row.kind,
            "direction": "outbound" if row.out else "inbound",
            "customer": ref,
            "text": row.text,
            "subject": row.subject,
            "scores": {
                "nps": row.scores.get("nps"),
                "csat": row.scores.get("csat"),
                "ces": row.scores.get("ces"),
            },
            "source": SOURCE[row.channel],
            "attributes": row.attrs,
        }
        out.append(tp)
    return out


def write(f: Fam) -> tuple[int, int, int]:
    exp = expected_counts(f)
    if exp != dict(sorted(PLANNED[f.name].items())):
        raise SystemExit(
            f"{f.name}: expected counts {exp} differ from the planted {PLANNED[f.name]}"
        )
    for c in f.custs.values():
        if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
            raise SystemExit(f"{f.name}: {c.key} both expects and tolerates a rule")
        if not any(row.key == c.key and not row.out for row in f.rows):
            raise SystemExit(f"{f.name}: {c.key} has no inbound touchpoint")
    tps = refs(f)
    last = max(row.t for row in f.rows)
    end = max(f.start + timedelta(days=f.days), last + timedelta(hours=1))
    for row in f.rows:
        if row.t.year != 2026 or row.t < f.start or row.t >= END_LIMIT:
            raise SystemExit(f"{f.name}: {row.eid} at {row.t} out of range")
    if end >= END_LIMIT:
        raise SystemExit(f"{f.name}: end {end} too late")
    truth = {
        "config": {
            "family": f.name,
            "about": f.about,
            "business": BUSINESS,
            "days": f.days,
            "seed": SEED * 100 + f.n,
            "written": "2026-12-03, blind (heldout68)",
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
    with (HERE / f"{f.name}.jsonl").open("w", encoding="utf-8", newline="\n") as fh:
        for tp in tps:
            fh.write(json.dumps(tp, ensure_ascii=False, sort_keys=False) + "\n")
    (HERE / f"{f.name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
        encoding="utf-8",
        newline="\n",
    )
    return len(f.custs), len(tps), sum(1 for row in f.rows if row.out)


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
    tot = [0, 0, 0]
    for build in FAMILIES:
        n = write(build())
        print(f"{build.__name__}: {n[0]} customers, {n[1]} touchpoints, {n[2]} agents' replies")
        tot = [a + b for a, b in zip(tot, n, strict=True)]
    print(f"total: {tot[0]} customers, {tot[1]} touchpoints, {tot[2]} agents' replies")


if __name__ == "__main__":
    main()
