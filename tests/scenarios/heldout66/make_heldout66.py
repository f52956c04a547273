# ruff: noqa: E501
"""Write the sixty-sixth hand-written alert scenarios (heldout66), blind.

Standard library only, fixed seed, deterministic: ``python make_heldout66.py``
from anywhere writes ``<family>.jsonl`` and ``<family>.truth.json`` next to
this file. It refuses to write a family whose expected counts differ from the
planted ones.
"""

from __future__ import annotations

import itertools
import json
import random
import re
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

SEED = 20260808
SET = "sb66"
WRITTEN = "2026-12-03"
LIMIT = datetime(2026, 11, 25, tzinfo=UTC)
BUSINESS = "Sabbiora: beach umbrellas, sunbeds, Strandkörbe, daybeds and cabins booked by app and web at partner beaches, Sabbiora Plus membership; Sabbiora Business: umbrella blocks on account for hotels, tour operators and others"

SOURCES = {
    "email": "sabbiora-mail",
    "phone": "sabbiora-voice",
    "social": "sabbiora-social",
    "community": "sabbiora-forum",
    "chat": "sabbiora-chat",
    "web": "sabbiora-web",
    "survey": "sabbiora-survey",
}
RATE = {"EUR": 1.0, "GBP": 0.86, "CHF": 0.94}
LANG_WEIGHTS = [("de", 30), ("it", 30), ("es", 15), ("fr", 13), ("en", 12)]
PHONES: dict[str, tuple[str, list[str], int]] = {
    "DE": ("49", ["151", "152", "157", "160", "170", "171", "176"], 8),
    "AT": ("43", ["664", "650", "676", "699"], 7),
    "CH": ("41", ["76", "77", "78", "79"], 7),
    "IT": ("39", ["320", "328", "333", "340", "347", "349", "366", "380"], 7),
    "ES": ("34", ["6", "7"], 8),
    "FR": ("33", ["6", "7"], 8),
    "BE": (
        "32",
        ["470", "472", "475", "477", "478", "484", "486", "488", "493", "495", "497", "499"],
        6,
    ),
    "UK": ("44", ["7"], 9),
    "IE": ("353", ["83", "85", "86", "87", "89"], 7),
    "MT": ("356", ["79", "99", "77"], 6),
}
MAIL_DOMAINS = [
    "mail.example",
    "post.example",
    "posteo.example",
    "libero.example",
    "correo.example",
    "courriel.example",
    "inbox.example",
    "webmail.example",
]
RE_Q = {"de": "AW: ", "it": "R: ", "es": "RE: ", "fr": "RE : ", "en": "Re: "}
UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}

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
TOL_LEAVE = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
TOL_B2B_RISK = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
TOL_B2B_ONE = ["sentiment_drop", "high_value_at_risk", "silence"]

USED: set[str] = set()


def unique(make: Any) -> str:
    for _ in range(1000):
        value = str(make())
        if value not in USED:
            USED.add(value)
            return value
    raise SystemExit("could not make a unique identifier")


def ascii_name(s: str) -> str:
    out = []
    for ch in s.lower():
        if ch in UMLAUTS:
            out.append(UMLAUTS[ch])
            continue
        base = "".join(x for x in unicodedata.normalize("NFD", ch) if not unicodedata.combining(x))
        if base.isalnum():
            out.append(base)
    return "".join(out).replace("ß", "ss")


def strip_accents(s: str) -> str:
    out = []
    for ch in s:
        if ch in UMLAUTS:
            out.append(UMLAUTS[ch])
        elif ch in "ßñÑ":
            out.append(ch)
        else:
            base = "".join(
                x for x in unicodedata.normalize("NFD", ch) if not unicodedata.combining(x)
            )
            out.append(base or ch)
    return "".join(out)


def roughen(text: str, r: random.Random) -> str:
    if r.random() < 0.10:
        text = strip_accents(text)
    if r.random() < 0.125 and text[:1].isupper() and not text[:2].isupper():
        text = text[0].lower() + text[1:]
    if r.random() < 0.14:
        words = [m for m in re.finditer(r"(?<![\w@])[a-zàèéìòùäöüç]{5,}(?!\w)", text)]
        if words:
            m = r.choice(words)
            w = m.group(0)
            i = r.randrange(1, len(w) - 2)
            if w[i] != w[i + 1]:
                w = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
                text = text[: m.start()] + w + text[m.end() :]
    return text


def at_brand(text: str) -> str:
    i = text.rfind(W.BRAND)
    if i < 0:
        return str("@" + W.BRAND + " " + text)
    return str(text[:i] + "@" + text[i:])


def currency(market: str) -> str:
    return {"UK": "GBP", "CH": "CHF"}.get(market, "EUR")


def money(market: str, lang: str, eur: float, spoken: bool = False) -> str:
    cur = currency(market)
    v = round(eur * RATE[cur])
    if cur == "GBP":
        return f"{v} pounds" if spoken else f"£{v}"
    if cur == "CHF":
        if spoken:
            return {"de": f"{v} Franken", "it": f"{v} franchi", "fr": f"{v} francs"}.get(
                lang, f"{v} francs"
            )
        return f"CHF {v}"
    if spoken:
        return {"de": f"{v} Euro", "it": f"{v} euro"}.get(lang, f"{v} euros")
    return f"€{v}" if lang == "en" else f"{v} €"


def weighted(r: random.Random, pairs: list[tuple[str, int]]) -> str:
    return r.choices([p for p, _ in pairs], weights=[w for _, w in pairs])[0]


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    first: str
    last: str
    email: str
    phone: str
    cc: str
    handle: str | None
    account: str | None
    info: dict[str, Any]
    beach: str


@dataclass
class Row:
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
    n: int
    code: str
    name: str
    about: str
    start: datetime
    days: int
    planted: dict[str, int]
    rows: list[Row] = field(default_factory=list)
    customers: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    count: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    def eid(self) -> str:
        self.count += 1
        return f"{SET}-{self.code.lower()}-{self.count:05d}"

    def at(self, day: int, hour: float) -> datetime:
        return self.start + timedelta(days=day, minutes=round(hour * 60))

    def clock(self, day: int, h0: float, h1: float) -> datetime:
        return self.start + timedelta(
            days=day, minutes=self.rng.randint(round(h0 * 60), round(h1 * 60))
        )


def out_of_night(t: datetime, r: random.Random) -> datetime:
    if t.hour >= 22:
        base = (t + timedelta(days=1)).replace(hour=8, minute=0, second=0)
        return base + timedelta(minutes=r.randint(0, 59))
    if t.hour < 7:
        return t.replace(hour=8, minute=0, second=0) + timedelta(minutes=r.randint(0, 59))
    return t


def office(t: datetime, r: random.Random, end_hour: int = 17) -> datetime:
    moved = False
    while t.weekday() >= 5 or t.hour < 8 or t.hour >= end_hour:
        if t.hour >= 8:
            t = t + timedelta(days=1)
        t = t.replace(hour=8, minute=0, second=0)
        moved = True
    if moved:
        t = t + timedelta(minutes=r.randint(0, 50))
    return t


def person(
    f: Fam,
    persona: str,
    habit: str,
    lang: str,
    market: str | None = None,
    expected: list[str] | None = None,
    tolerated: list[str] | None = None,
    account: str | None = None,
    domain: str | None = None,
    first: str | None = None,
    **extra: Any,
) -> Cust:
    r = f.rng
    market = market or weighted(r, W.MARKETS[lang])
    first = first or r.choice(W.FIRST[lang])
    last = r.choice(W.LAST[lang])
    key = unique(lambda: f"SB{f.code}{r.randint(1000, 9999)}")
    fa, la = ascii_name(first), ascii_name(last)
    if domain:
        email = unique(lambda: f"{fa}.{la}@{domain}")
        handle = None
    else:
        email = unique(
            lambda: (
                r.choice(
                    [
                        f"{fa}.{la}",
                        f"{fa}{la}{r.randint(1, 99)}",
                        f"{fa[0]}{la}",
                        f"{la}.{fa}{r.randint(1, 9)}",
                    ]
                )
                + "@"
                + r.choice(MAIL_DOMAINS)
            )
        )
        handle = unique(
            lambda: (
                "@"
                + r.choice(
                    [
                        f"{la}_{fa}{r.randint(1, 9)}",
                        f"{fa}{la}{r.randint(10, 99)}",
                        f"{la}{fa[0]}",
                        f"{fa}_{la}",
                        f"{fa}.{la[:3]}",
                    ]
                )
            )
        )
    cc, prefixes, rest = PHONES[market]
    phone = unique(
        lambda: "+" + cc + r.choice(prefixes) + "".join(str(r.randint(0, 9)) for _ in range(rest))
    )
    town_key = f"{market}-{lang}" if f"{market}-{lang}" in W.TOWNS else market
    if town_key not in W.TOWNS:
        town_key = "CH-de"
    info: dict[str, Any] = {
        "identifiers": {
            "customer_id": key,
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
        "job": extra.pop("job", None) or r.choice(W.JOBS),
        "town": r.choice(W.TOWNS[town_key]),
    }
    info.update(extra)
    c = Cust(
        key,
        lang,
        market,
        first,
        last,
        email,
        phone,
        cc,
        handle,
        account,
        info,
        r.choice(W.BEACHES[lang]),
    )
    f.customers[key] = c
    return c


def add(
    f: Fam,
    c: Cust,
    t: datetime,
    channel: str,
    kind: str,
    text: str | None = None,
    subject: str | None = None,
    direction: str = "inbound",
    scores: dict[str, int] | None = None,
    attrs: dict[str, str] | None = None,
    agent: str | None = None,
    rough: bool = True,
) -> str:
    eid = f.eid()
    a: dict[str, str] = {"market": c.market}
    if c.account:
        a["segment"] = "b2b"
    if agent:
        a["agent"] = agent
    a.update(attrs or {})
    if text is not None and direction == "inbound":
        if channel == "social" and not c.account:
            text = at_brand(text)
        if rough and channel in ("email", "chat", "web", "social", "community"):
            text = roughen(text, f.rough)
    f.rows.append(Row(eid, t, c, channel, kind, direction, text or None, subject, scores or {}, a))
    return eid


def agent_of(f: Fam, lang: str) -> str:
    return str(f.rng.choice(W.AGENTS[lang]))


def ctx(f: Fam, c: Cust, lang: str, **kw: str) -> dict[str, str]:
    d = {
        "name": c.first,
        "beach": c.beach if lang == c.lang else f.rng.choice(W.BEACHES[lang]),
        "fullname": f"{c.first} {c.last}",
        "comp": f.rng.choice(W.COMPETITORS),
    }
    d.update(kw)
    return d


def reply_email(f: Fam, c: Cust, t: datetime, lang: str, subject: str, text: str) -> str:
    ag = agent_of(f, lang)
    return add(
        f,
        c,
        out_of_night(t, f.rng),
        "email",
        "message",
        text.format_map(ctx(f, c, lang, agent=ag)),
        subject,
        direction="outbound",
        agent=ag,
    )


def reply_chat(f: Fam, c: Cust, t: datetime, lang: str, text: str) -> str:
    return add(f, c, t, "chat", "chat", text, direction="outbound", agent=agent_of(f, lang))


def purchase(
    f: Fam, c: Cust, t: datetime, product: tuple[str, float] | None = None, page: str | None = None
) -> tuple[str, datetime]:
    label, eur = product or f.rng.choice(W.PRODUCTS)
    page = page or f.rng.choice(W.PAGES)
    cur = currency(c.market)
    add(f, c, t, "web", "page_view", attrs={"page": page})
    t2 = t + timedelta(minutes=f.rng.randint(2, 15))
    eid = add(
        f,
        c,
        t2,
        "web",
        "purchase",
        attrs={
            "order_value": f"{eur * RATE[cur]:.2f}",
            "currency": cur,
            "product": label,
            "page": page,
        },
    )
    return eid, t2


HAPPY_KINDS = [
    "praise",
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
    "survey",
]


def happy(
    f: Fam, c: Cust, t: datetime, what: str, lang: str | None = None
) -> tuple[list[str], datetime]:
    """One happy act (and its answers); returns the customer's event ids and the last time."""
    r = f.rng
    lang = lang or c.lang
    d = ctx(f, c, lang)
    ids: list[str] = []
    last = t
    if what in ("praise", "again", "gripe"):
        table = {"praise": W.PRAISE, "again": W.AGAIN, "gripe": W.GRIPE}[what][lang]
        ch = r.choice(["social", "community"])
        ids.append(
            add(f, c, t, ch, "mention" if ch == "social" else "post", r.choice(table).format_map(d))
        )
    elif what == "chat_q":
        q, a, thanks = r.choice(W.CHAT_Q[lang])
        ids.append(add(f, c, t, "chat", "chat", q.format_map(d)))
        last = t + timedelta(minutes=r.randint(1, 6))
        reply_chat(f, c, last, lang, a.format_map(d))
        if thanks and r.random() < 0.75:
            last = last + timedelta(minutes=r.randint(1, 4))
            ids.append(add(f, c, last, "chat", "chat", thanks))
    elif what == "email_q":
        subj, q, a = r.choice(W.EMAIL_Q[lang])
        ids.append(add(f, c, t, "email", "message", q.format_map(d), subj))
        last = out_of_night(t + timedelta(minutes=r.randint(30, 180)), r)
        reply_email(f, c, last, lang, RE_Q[lang] + subj, a.format_map(d | {"agent": "{agent}"}))
    elif what == "phone_q":
        q, subj, a = r.choice(W.PHONE_Q[lang])
        ids.append(add(f, c, t, "phone", "call", q.format_map(d)))
        last = t + timedelta(minutes=r.randint(15, 60))
        reply_email(f, c, last, lang, subj, a.format_map(d | {"agent": "{agent}"}))
    elif what == "purchase":
        eid, last = purchase(f, c, t)
        ids.append(eid)
    elif what == "page":
        ids.append(add(f, c, t, "web", "page_view", attrs={"page": r.choice(W.PAGES)}))
    elif what == "review":
        rating, text = r.choice(W.REVIEW[lang])
        ids.append(
            add(f, c, t, "web", "review", text, attrs={"rating": str(rating), "page": "/beaches"})
        )
    elif what == "survey":
        ids.append(happy_survey(f, c, t, lang))
    else:
        raise ValueError(what)
    return ids, last


def happy_survey(
    f: Fam, c: Cust, t: datetime, lang: str, words: dict[str, list[str]] | None = None
) -> str:
    r = f.rng
    kind = r.choice(["nps", "csat", "ces"])
    score = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[kind]
    word = r.choice((words or W.SURVEY_WORDS)[lang])
    return add(
        f,
        c,
        t,
        "survey",
        "survey_response",
        word or None,
        scores={kind: score},
        attrs={"survey": kind},
        rough=False,
    )


def spread_days(r: random.Random, lo: int, hi: int, k: int) -> list[int]:
    return sorted(r.sample(range(lo, hi + 1), k))


def happy_days(
    f: Fam,
    c: Cust,
    days: list[int],
    kinds: list[str],
    h0: float = 7,
    h1: float = 19,
    lang_for: Any = None,
) -> list[str]:
    ids: list[str] = []
    for i, d in enumerate(days):
        lang = lang_for(i) if lang_for else None
        got, _ = happy(f, c, f.clock(d, h0, h1), f.rng.choice(kinds), lang)
        ids += got
    return ids


# --------------------------------------------------------------------------- trouble helpers


def case_ref() -> str:
    rr = random.Random(SEED + len(USED))
    return unique(lambda: f"SB-{rr.randint(100000, 999999)}")


def complaint(
    f: Fam, c: Cust, t: datetime, problem: str, how: str, lang: str, story: int = 0
) -> str:
    """The first contact about a problem: long, email, chat, social, web or phone."""
    r = f.rng
    amt = money(c.market, lang, W.AMOUNT[problem])
    d = ctx(f, c, lang, amt=amt)
    subj = W.COMPLAINT_SUBJECT[lang].format(topic=W.TOPIC[lang][problem])
    if how == "long":
        opening, closing = W.LONG_STORY[lang][story]
        text = (
            opening
            + "\n\n"
            + W.LONG_CORE[lang][problem].format_map(d)
            + "\n\n"
            + closing.format_map(d)
        )
        return add(f, c, t, "email", "message", text, subj, rough=False)
    if how == "email":
        return add(
            f, c, t, "email", "message", r.choice(W.SHORT[lang][problem]).format_map(d), subj
        )
    if how == "chat":
        return add(f, c, t, "chat", "chat", r.choice(W.SHORT[lang][problem]).format_map(d))
    if how == "web":
        return add(
            f,
            c,
            t,
            "web",
            "ticket",
            r.choice(W.SHORT[lang][problem]).format_map(d),
            subj,
            attrs={"page": "/help/contact"},
        )
    if how == "social":
        return add(f, c, t, "social", "mention", W.SOCIAL[lang][problem].format_map(d))
    if how == "phone":
        return add(
            f,
            c,
            t,
            "phone",
            "call",
            W.CALL[lang][problem].format_map(
                d | {"amt": money(c.market, lang, W.AMOUNT[problem], spoken=True)}
            ),
        )
    raise ValueError(how)


def acknowledge(f: Fam, c: Cust, t: datetime, how: str, lang: str, case: str) -> datetime:
    r = f.rng
    if how == "chat":
        t2 = t + timedelta(minutes=r.randint(1, 4))
        reply_chat(f, c, t2, lang, W.CHAT_CASE[lang].format_map(ctx(f, c, lang, case=case)))
        return t2
    subj, text = W.CASE_OPENED[lang]
    t2 = out_of_night(t + timedelta(minutes=r.randint(10, 40)), r)
    reply_email(f, c, t2, lang, subj.format(case=case), text.replace("{case}", case))
    return t2


def good_news(f: Fam, c: Cust, t: datetime, lang: str, case: str, problem: str) -> datetime:
    fix = W.FIX[lang][problem].format(amt=money(c.market, lang, W.AMOUNT[problem]))
    t = out_of_night(t, f.rng)
    reply_email(
        f,
        c,
        t,
        lang,
        W.RE_CASE[lang].format(case=case),
        W.GOOD_NEWS[lang].replace("{case}", case).replace("{fix}", fix),
    )
    return t


def confirm(f: Fam, c: Cust, t: datetime, lang: str, case: str) -> tuple[str, str]:
    t = out_of_night(t, f.rng)
    text = f.rng.choice(W.CONFIRM[lang]).format(case=case)
    if f.rng.random() < 0.5:
        return add(f, c, t, "email", "message", text, W.RE_CASE[lang].format(case=case)), "email"
    return add(f, c, t, "chat", "chat", text), "chat"


def follow_up(
    f: Fam, c: Cust, t: datetime, lang: str, how: str, nth: int, case: str, problem: str, comp: str
) -> str:
    """A later contact (nth = 2, 3 or 4) about an open case."""
    r = f.rng
    restate = W.RESTATE[lang][problem]
    if how == "phone":
        text = W.CALL_FOLLOW[lang].format(
            case=case,
            restate=restate.rstrip(".").lower() if lang != "de" else restate.rstrip("."),
            nth=W.NTH[lang][nth - 1],
        )
        if nth == 3:
            text += " " + W.CALL_COMP[lang].format(comp=comp)
        return add(f, c, t, "phone", "call", text)
    table = {2: W.FOLLOW2, 3: W.FOLLOW3, 4: W.FOLLOW4}[nth][lang]
    text = r.choice(table).format(case=case, restate=restate, comp=comp)
    subj = W.RE_CASE[lang].format(case=case)
    if how == "email":
        return add(f, c, t, "email", "message", text, subj)
    if how == "chat":
        eid = add(f, c, t, "chat", "chat", text)
        reply_chat(
            f,
            c,
            t + timedelta(minutes=r.randint(1, 4)),
            lang,
            W.URGENT_CHAT[lang].format(case=case),
        )
        return eid
    if how == "web":
        return add(f, c, t, "web", "ticket", text, subj, attrs={"page": "/help/contact"})
    if how == "social":
        return add(f, c, t, "social", "mention", text)
    raise ValueError(how)


def slide(
    f: Fam, c: Cust, start: datetime, span_days: int, lang_for: Any, nps: bool
) -> dict[str, Any]:
    r = f.rng
    comp = r.choice(W.COMPETITORS)
    ids: list[str] = []
    t = start
    nps_id = None
    ratings = [3, 3, 2, 2, 1, 1]
    for i in range(6):
        if i:
            target = start + timedelta(hours=span_days * 24 * i / 5 + r.randint(-3, 3))
            t = out_of_night(max(target, t + timedelta(hours=1, minutes=r.randint(0, 50))), r)
        lang = lang_for(i)
        text = W.SLIDE[lang][i].format_map(ctx(f, c, lang, comp=comp))
        how = r.choice(["social", "community", "review"])
        if how == "social":
            ids.append(add(f, c, t, "social", "mention", text))
        elif how == "community":
            ids.append(add(f, c, t, "community", "post", text))
        else:
            ids.append(
                add(
                    f,
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str(ratings[i]), "page": "/beaches"},
                )
            )
        if i == 3 and nps:
            tn = out_of_night(t + timedelta(minutes=r.randint(150, 210)), r)
            nps_id = add(
                f,
                c,
                tn,
                "survey",
                "survey_response",
                None,
                scores={"nps": r.randint(1, 5)},
                attrs={"survey": "nps"},
                rough=False,
            )
            t = max(t, tn)
    return {
        "slide_event_ids": ids,
        "slide_days": span_days,
        "competitor": comp,
        "trouble_starts_at": iso(start),
        "survey_event_id": nps_id,
        "nps_given": nps,
    }


# --------------------------------------------------------------------------- families


SPECS: dict[int, tuple[str, str, str, datetime, int, dict[str, int]]] = {
    1: (
        "HW",
        "happy_writers",
        "happy customers: day writers, night writers and survey answerers",
        datetime(2026, 5, 4, tzinfo=UTC),
        10,
        {},
    ),
    2: (
        "BD",
        "one_bad_day",
        "happy customers with one angry day about one problem",
        datetime(2026, 5, 18, tzinfo=UTC),
        12,
        {"detractor": 6},
    ),
    3: (
        "RC",
        "repeat_contacts",
        "one open problem raised two to four times; fixed cases; two problems; frequent writers",
        datetime(2026, 6, 1, tzinfo=UTC),
        10,
        {"repeat_contact": 12},
    ),
    4: (
        "SC",
        "slow_churners",
        "sliders from a happy baseline to a competitor, leavers, steady, steadily grumpy, one sarcastic remark",
        datetime(2026, 6, 15, tzinfo=UTC),
        32,
        {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
    ),
    5: (
        "QH",
        "quiet_hours",
        "a calm late-summer weekend with night owls in bursts (no spike)",
        datetime(2026, 8, 28, tzinfo=UTC),
        3,
        {},
    ),
    6: (
        "BL",
        "bilingual",
        "customers who write in two languages",
        datetime(2026, 7, 20, tzinfo=UTC),
        14,
        {"repeat_contact": 5, "sentiment_drop": 5},
    ),
    7: (
        "BB",
        "b2b_accounts",
        "Sabbiora Business accounts: at risk, one unhappy contact, mild remarks, happy",
        datetime(2026, 9, 7, tzinfo=UTC),
        14,
        {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    ),
    8: (
        "TS",
        "topic_spike",
        "a calm week, then all-day beach bookings released at noon (RLS_1200) on one Saturday",
        datetime(2026, 8, 3, tzinfo=UTC),
        7,
        {"topic_spike": 1, "repeat_contact": 6},
    ),
}


def new_fam(n: int) -> Fam:
    code, name, about, start, days, planted = SPECS[n]
    return Fam(n, code, name, about, start, days, planted)


def fam_happy_writers() -> Fam:
    f = new_fam(1)
    r = f.rng
    for _ in range(16):
        c = person(f, "happy", "day writer", weighted(r, LANG_WEIGHTS))
        happy_days(f, c, spread_days(r, 0, 9, r.randint(5, 8)), HAPPY_KINDS)
    for _ in range(5):
        c = person(f, "happy", "night writer", weighted(r, LANG_WEIGHTS))
        for night in spread_days(r, 0, 8, r.randint(2, 4)):
            t = f.at(night, 22.2) + timedelta(minutes=r.randint(0, 378))
            if r.random() < 0.5:
                add(
                    f,
                    c,
                    t,
                    r.choice(["social", "community"]),
                    "post",
                    r.choice(W.NIGHT_POST[c.lang]).format_map(ctx(f, c, c.lang)),
                )
            else:
                q, a, thanks = r.choice(W.NIGHT_CHAT[c.lang])
                add(f, c, t, "chat", "chat", q.format_map(ctx(f, c, c.lang)))
                t2 = t + timedelta(minutes=r.randint(1, 5))
                reply_chat(f, c, t2, c.lang, a.format_map(ctx(f, c, c.lang)))
                add(f, c, t2 + timedelta(minutes=r.randint(1, 3)), "chat", "chat", thanks)
        happy_days(
            f,
            c,
            spread_days(r, 0, 9, r.randint(2, 3)),
            ["praise", "purchase", "page", "review"],
            9,
            18,
        )
    for _ in range(5):
        c = person(f, "happy", "answers surveys", weighted(r, LANG_WEIGHTS))
        for d in spread_days(r, 0, 9, r.randint(3, 6)):
            happy_survey(f, c, f.clock(d, 7, 20), c.lang)
    return f


def fam_one_bad_day() -> Fam:
    f = new_fam(2)
    r = f.rng
    hows = ["long", "email", "chat", "social", "web", "phone"]
    long_langs = ["de", "de", "it", "it"]
    people = []
    for i in range(24):
        problem = W.PROBLEMS[i % 6]
        how = hows[i // 4]
        lang = long_langs[i] if how == "long" else weighted(r, LANG_WEIGHTS)
        people.append((problem, how, lang, i))
    with_case = [p for p in people if p[1] != "social"]
    order = list(range(len(with_case)))
    r.shuffle(order)
    nps_set = {with_case[i][3] for i in order[:6]}
    csat_set = {with_case[i][3] for i in order[6:11]}
    order2 = list(range(len(with_case)))
    r.shuffle(order2)
    good_set = [with_case[i][3] for i in order2[:12]]
    apology_set = set(good_set[:5])
    for problem, how, lang, i in people:
        detractor = i in nps_set
        c = person(
            f,
            "bad_day_detractor" if detractor else "happy_one_bad_day",
            "one bad day",
            lang,
            expected=["detractor"] if detractor else [],
            tolerated=["silence"],
            problem=problem,
            channel=how if how != "long" else "email",
            long_email=how == "long",
        )
        bad_day = r.randint(2, 9)
        others = [d for d in range(12) if d <= bad_day - 2 or d >= bad_day + 3]
        happy_days(
            f,
            c,
            sorted(r.sample(others, r.randint(1, 5))),
            [k for k in HAPPY_KINDS if k != "survey"],
        )
        t = f.clock(bad_day, 8, 20)
        eid = complaint(f, c, t, problem, how, lang, story=i % 2)
        info = c.info
        info.update(
            {
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(t),
                "booking": None,
                "nps_given": False,
                "csat_given": False,
                "agent_fixed": False,
                "apologised": False,
            }
        )
        if how == "social":
            continue
        case = case_ref()
        info["booking"] = case
        acknowledge(f, c, t, how, lang, case)
        if detractor:
            tn = t + timedelta(minutes=r.randint(100, 140))
            info.update({"nps_given": True, "nps": r.randint(1, 5)})
            info["survey_event_id"] = add(
                f,
                c,
                tn,
                "survey",
                "survey_response",
                None,
                scores={"nps": info["nps"]},
                attrs={"survey": "nps"},
                rough=False,
            )
        elif i in csat_set:
            tc = t + timedelta(minutes=r.randint(40, 80))
            info.update({"csat_given": True, "csat": r.randint(1, 2)})
            info["survey_event_id"] = add(
                f,
                c,
                tc,
                "survey",
                "survey_response",
                r.choice(W.CSAT_LOW_WORDS[lang]) or None,
                scores={"csat": info["csat"]},
                attrs={"survey": "csat"},
                rough=False,
            )
        if i in good_set:
            good_news(f, c, t + timedelta(minutes=r.randint(60, 240)), lang, case, problem)
            info["agent_fixed"] = True
            if i in apology_set:
                ta = out_of_night(
                    t + timedelta(hours=r.randint(16, 23), minutes=r.randint(0, 59)), r
                )
                text = r.choice(W.APOLOGY[lang])
                if r.random() < 0.5:
                    eid2 = add(f, c, ta, "chat", "chat", text)
                else:
                    eid2 = add(
                        f, c, ta, "email", "message", text, W.RE_CASE[lang].format(case=case)
                    )
                info.update({"apologised": True, "apology_at": iso(ta), "apology_event_id": eid2})
    for _ in range(8):
        c = person(f, "happy", "control", weighted(r, LANG_WEIGHTS))
        happy_days(
            f, c, spread_days(r, 0, 11, r.randint(4, 7)), [k for k in HAPPY_KINDS if k != "survey"]
        )
    return f


def repeat_run(
    f: Fam,
    c: Cust,
    first_t: datetime,
    problem: str,
    first_how: str,
    contacts: int,
    quality: bool,
    lang_for: Any,
) -> None:
    r = f.rng
    case = case_ref()
    comp = r.choice(W.COMPETITORS)
    lang0 = lang_for(0)
    ids = [complaint(f, c, first_t, problem, first_how, lang0)]
    if first_how == "chat":
        t_ack = first_t + timedelta(minutes=r.randint(1, 4))
        reply_chat(f, c, t_ack, lang0, W.CHAT_CASE[lang0].format_map(ctx(f, c, lang0, case=case)))
    if quality:
        reply_email(
            f,
            c,
            out_of_night(first_t + timedelta(minutes=r.randint(90, 150)), r),
            lang0,
            W.RE_CASE[lang0].format(case=case),
            W.QUALITY_LEAD[lang0].replace("{case}", case),
        )
    elif first_how != "chat":
        acknowledge(f, c, first_t, first_how, lang0, case)
    channels = [first_how]
    pool = [h for h in ["email", "chat", "phone", "web", "social"] if h != first_how]
    r.shuffle(pool)
    t = first_t
    for k in range(2, contacts + 1):
        t = t + timedelta(hours=r.randint(4, 40), minutes=r.randint(0, 59))
        if t.hour >= 22 or t.hour < 7:
            base = t if t.hour < 7 else t + timedelta(days=1)
            t = base.replace(hour=8, minute=0) + timedelta(minutes=r.randint(0, 59))
        how = pool.pop()
        channels.append(how)
        ids.append(follow_up(f, c, t, lang_for(k - 1), how, k, case, problem, comp))
    c.info.update(
        {
            "problem": problem,
            "booking": case,
            "contacts": contacts,
            "channels": channels,
            "channel": first_how,
            "problem_event_ids": ids,
            "competitor": comp if contacts >= 3 else None,
            "trouble_starts_at": iso(first_t),
            "agent_passed_on": quality,
        }
    )


def fixed_case(
    f: Fam, c: Cust, t: datetime, problem: str, how: str, lang: str, fix_lang: str
) -> dict[str, Any]:
    r = f.rng
    case = case_ref()
    eid = complaint(f, c, t, problem, how, lang)
    acknowledge(f, c, t, how, lang, case)
    tf = good_news(f, c, t + timedelta(hours=r.randint(3, 20)), fix_lang, case, problem)
    tc = tf + timedelta(hours=r.randint(8, 30))
    cid, ch = confirm(f, c, tc, fix_lang, case)
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(tf),
        "confirmed_at": iso(out_of_night(tc, r)),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": how,
        "confirm_channel": ch,
    }


def fam_repeat_contacts() -> Fam:
    f = new_fam(3)
    r = f.rng
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    r.shuffle(firsts)
    counts = [2] * 4 + [3] * 4 + [4] * 4
    quality = [False] * 4 + [False, False, True, True] + [True] * 4
    for i in range(12):
        c = person(
            f,
            "repeat_contact",
            "repeats",
            weighted(r, LANG_WEIGHTS),
            expected=["repeat_contact"],
            tolerated=TOL_REPEAT,
        )
        for _ in range(r.randint(1, 3)):
            happy(f, c, f.clock(0, 7, 12), r.choice(["praise", "purchase", "page", "chat_q"]))
        t = f.clock(r.randint(1, 4), 8, 19)
        repeat_run(
            f, c, t, W.PROBLEMS[i % 6], firsts[i], counts[i], quality[i], lambda k, c=c: c.lang
        )
    for i in range(5):
        c = person(
            f,
            "resolved_between_contacts",
            "fixed",
            weighted(r, LANG_WEIGHTS),
            tolerated=["silence"],
        )
        happy_days(f, c, spread_days(r, 0, 1, r.randint(1, 2)), ["praise", "purchase", "page"])
        t = f.clock(r.randint(2, 5), 8, 19)
        case = fixed_case(
            f,
            c,
            t,
            W.PROBLEMS[(i + 2) % 6],
            r.choice(["email", "web", "chat", "phone"]),
            c.lang,
            c.lang,
        )
        c.info.update({"problems": [case], "trouble_starts_at": case["raised_at"]})
    for i in range(3):
        c = person(
            f,
            "different_problems",
            "two problems",
            weighted(r, LANG_WEIGHTS),
            tolerated=["silence"],
        )
        t1 = f.clock(r.randint(0, 2), 8, 18)
        p1, p2 = W.PROBLEMS[i], W.PROBLEMS[i + 3]
        case1 = fixed_case(f, c, t1, p1, r.choice(["email", "web"]), c.lang, c.lang)
        t2 = t1 + timedelta(days=r.randint(4, 5), hours=r.randint(-2, 2))
        case2 = fixed_case(
            f, c, out_of_night(t2, r), p2, r.choice(["chat", "email", "web"]), c.lang, c.lang
        )
        c.info.update({"problems": [case1, case2], "trouble_starts_at": case1["raised_at"]})
    for _ in range(7):
        c = person(f, "happy", "frequent writer", weighted(r, LANG_WEIGHTS))
        happy_days(
            f,
            c,
            spread_days(r, 0, 9, r.randint(5, 8)),
            ["chat_q", "chat_q", "email_q", "phone_q", "chat_q", "purchase", "praise"],
        )
    return f


def fam_slow_churners() -> Fam:
    f = new_fam(4)
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    r.shuffle(spans)
    nps = [True] * 5 + [False] * 5
    r.shuffle(nps)
    for i in range(10):
        exp = ["sentiment_drop"] + (["detractor"] if nps[i] else [])
        c = person(
            f,
            "slow_churner",
            "slides",
            weighted(r, LANG_WEIGHTS),
            expected=exp,
            tolerated=TOL_SLIDE,
        )
        n_praise, n_other = r.randint(4, 5), r.randint(2, 4)
        days = spread_days(r, 0, 10, n_praise + n_other)
        kinds = ["praise"] * n_praise + [
            r.choice(["purchase", "chat_q", "page", "again", "email_q"]) for _ in range(n_other)
        ]
        r.shuffle(kinds)
        for d, k in zip(days, kinds, strict=True):
            happy(f, c, f.clock(d, 8, 20), k)
        start = f.clock(r.randint(12, 16), 9, 19)
        c.info.update(slide(f, c, start, spans[i], lambda k, c=c: c.lang, nps[i]))
    for _ in range(5):
        c = person(
            f,
            "slow_churner",
            "asks to cancel",
            weighted(r, LANG_WEIGHTS),
            expected=["churn_intent"],
            tolerated=TOL_LEAVE,
        )
        happy_days(
            f, c, spread_days(r, 0, 15, r.randint(4, 6)), [k for k in HAPPY_KINDS if k != "survey"]
        )
        t = f.clock(r.randint(17, 23), 8, 20)
        subj, text = r.choice(W.LEAVE[c.lang])
        ask = add(f, c, t, "email", "message", text.format_map(ctx(f, c, c.lang)), subj)
        s2, t2 = W.SORRY_GO[c.lang]
        reply_email(f, c, t + timedelta(minutes=r.randint(60, 300)), c.lang, s2, t2)
        tc = t + timedelta(hours=r.randint(20, 29), minutes=r.randint(0, 59))
        cancel = add(
            f,
            c,
            tc,
            "web",
            "cancellation",
            None,
            attrs={"page": "/account/plus", "product": W.PRODUCTS[-1][0]},
        )
        c.info.update(
            {
                "churn_intent_event_id": ask,
                "cancellation_event_id": cancel,
                "churn_at": iso(tc),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = person(f, "happy", "steady", weighted(r, LANG_WEIGHTS))
        happy_days(f, c, spread_days(r, 0, 31, r.randint(6, 10)), HAPPY_KINDS)
    for _ in range(5):
        c = person(
            f,
            "steadily_grumpy",
            "grumbles",
            weighted(r, LANG_WEIGHTS),
            tolerated=["repeat_contact", "silence"],
        )
        gday = r.randint(0, 4)
        ids = []
        grumbles = list(W.GRUMBLES[c.lang])
        r.shuffle(grumbles)
        for g in range(r.randint(5, 7)):
            t = f.clock(gday, 8, 21)
            text = grumbles[g % len(grumbles)]
            how = r.choice(["social", "community", "web", "review"])
            if how == "social":
                ids.append(add(f, c, t, "social", "mention", text))
            elif how == "community":
                ids.append(add(f, c, t, "community", "post", text))
            elif how == "web":
                ids.append(
                    add(
                        f,
                        c,
                        t,
                        "web",
                        "ticket",
                        text,
                        W.COMPLAINT_SUBJECT[c.lang].format(topic="App"),
                        attrs={"page": "/help/contact"},
                    )
                )
            else:
                ids.append(
                    add(f, c, t, "web", "review", text, attrs={"rating": "3", "page": "/beaches"})
                )
            gday += r.randint(1, 3)
        for _ in range(r.randint(0, 2)):
            purchase(f, c, f.clock(r.randint(0, 25), 9, 18))
        c.info.update(
            {
                "grumble_event_ids": ids,
                "trouble_starts_at": iso(min(row.t for row in f.rows if row.eid == ids[0])),
            }
        )
    for _ in range(5):
        c = person(
            f,
            "happy_one_sarcastic_remark",
            "happy",
            weighted(r, LANG_WEIGHTS),
            tolerated=["silence"],
        )
        happy_days(
            f, c, spread_days(r, 0, 30, r.randint(3, 6)), [k for k in HAPPY_KINDS if k != "survey"]
        )
        t = f.clock(r.randint(17, 28), 9, 20)
        eid = add(f, c, t, r.choice(["social", "community"]), "post", r.choice(W.SARCASM[c.lang]))
        c.info.update({"sarcasm_event_id": eid, "trouble_starts_at": iso(t)})
    return f


def fam_quiet_hours() -> Fam:
    f = new_fam(5)
    r = f.rng
    for _ in range(16):
        c = person(f, "happy", "day writer", weighted(r, LANG_WEIGHTS))
        happy_days(f, c, spread_days(r, 0, 2, r.randint(1, 3)), HAPPY_KINDS, 7, 17.5)
    hows = ["chat", "chat", "web", "web"]
    for how in hows:
        c = person(
            f, "grumbles_once", "grumbles once", weighted(r, LANG_WEIGHTS), tolerated=["silence"]
        )
        t = f.clock(r.randint(0, 2), 8, 17)
        if r.random() < 0.5:
            _, t = purchase(f, c, t)
        else:
            add(f, c, t, "web", "page_view", attrs={"page": r.choice(W.PAGES)})
        t = t + timedelta(minutes=r.randint(20, 30))
        text, answer = r.choice(W.MILD[c.lang])
        if how == "chat":
            eid = add(f, c, t, "chat", "chat", text)
            reply_chat(f, c, t + timedelta(minutes=r.randint(1, 5)), c.lang, answer)
        else:
            eid = add(f, c, t, "web", "ticket", text, attrs={"page": "/help/contact"})
            s, a = W.ACK[c.lang]
            reply_email(f, c, t + timedelta(minutes=r.randint(20, 90)), c.lang, s, a)
        c.info.update({"grumble_event_id": eid, "trouble_starts_at": iso(t)})
    for night in range(3):
        b1 = f.at(night + 1, 0) + timedelta(minutes=r.randint(40, 65))
        b2 = b1 + timedelta(minutes=r.randint(28, 33))
        b3 = b1 + timedelta(minutes=r.randint(55, 65))
        for m, bstart in enumerate([b1, b2, b3], start=1):
            for _ in range(4):
                c = person(
                    f,
                    "night_owl",
                    f"night {night + 1}, burst {m}",
                    weighted(r, LANG_WEIGHTS),
                    burst_at=iso(bstart),
                )
                t = bstart + timedelta(minutes=r.randint(0, 9), seconds=r.randint(0, 59))
                if r.random() < 0.5:
                    q, a, thanks = r.choice(W.NIGHT_CHAT[c.lang])
                    eid = add(f, c, t, "chat", "chat", q.format_map(ctx(f, c, c.lang)))
                    t2 = t + timedelta(minutes=r.randint(1, 3))
                    reply_chat(f, c, t2, c.lang, a.format_map(ctx(f, c, c.lang)))
                    add(f, c, t2 + timedelta(minutes=r.randint(1, 3)), "chat", "chat", thanks)
                else:
                    eid = add(
                        f,
                        c,
                        t,
                        r.choice(["social", "community"]),
                        "post",
                        r.choice(W.NIGHT_POST[c.lang]).format_map(ctx(f, c, c.lang)),
                    )
                c.info["night_event_id"] = eid
                if r.random() < 0.5:
                    happy(
                        f,
                        c,
                        f.clock(r.randint(0, 2), 9, 17.5),
                        r.choice(["praise", "purchase", "page", "review"]),
                    )
    return f


PAIRS = (
    [("de", "it")] * 4
    + [("it", "de")] * 4
    + [("de", "en")] * 2
    + [("it", "en")] * 2
    + [("es", "it")] * 2
    + [("it", "es"), ("de", "fr")]
    + [("fr", "de")] * 2
    + [("fr", "it")] * 2
    + [
        ("en", "de"),
        ("es", "de"),
        ("it", "fr"),
        ("en", "it"),
        ("es", "en"),
        ("de", "es"),
        ("fr", "en"),
    ]
)


def fam_bilingual() -> Fam:
    f = new_fam(6)
    r = f.rng
    pairs = list(PAIRS)
    r.shuffle(pairs)
    long_i = next(i for i, p in enumerate(pairs) if p[1] == "de")
    long_pair = pairs.pop(long_i)
    roles = (
        ["happy"] * 12 + ["repeat"] * 5 + ["slide"] * 5 + ["bad_email", "bad_chat"] + ["fixed"] * 2
    )
    assert len(roles) == len(pairs)

    def bil(persona: str, habit: str, p: tuple[str, str], **kw: Any) -> Cust:
        market = weighted(r, W.MARKETS[p[0]] + W.MARKETS[p[1]])
        return person(
            f,
            persona,
            habit,
            p[0],
            market=market,
            languages=list(p),
            job_second_language=r.choice(W.SECOND_REASON[p[1]]),
            **kw,
        )

    rep_counts = [2, 2, 3, 3, 4]
    ri = 0
    for role, p in zip(roles, pairs, strict=True):

        def alt(k: int, p: tuple[str, str] = p) -> str:
            return p[k % 2]

        if role == "happy":
            c = bil("happy", "alternates languages", p)
            happy_days(f, c, spread_days(r, 0, 13, r.randint(5, 8)), HAPPY_KINDS, lang_for=alt)
        elif role == "repeat":
            c = bil(
                "repeat_contact", "repeats", p, expected=["repeat_contact"], tolerated=TOL_REPEAT
            )
            for _ in range(r.randint(1, 3)):
                happy(
                    f,
                    c,
                    f.clock(r.randint(0, 1), 8, 18),
                    r.choice(["praise", "purchase", "page"]),
                    p[r.randint(0, 1)],
                )
            n = rep_counts[ri]
            ri += 1
            repeat_run(
                f,
                c,
                f.clock(r.randint(2, 5), 8, 19),
                r.choice(W.PROBLEMS),
                r.choice(["web", "email", "chat"]),
                n,
                n >= 3,
                alt,
            )
        elif role == "slide":
            c = bil("slow_churner", "slides", p, expected=["sentiment_drop"], tolerated=TOL_SLIDE)
            days = spread_days(r, 0, 5, 5)
            for k, d in enumerate(days):
                happy(f, c, f.clock(d, 8, 20), "praise", p[k % 2])
            for k in range(r.randint(1, 3)):
                happy(
                    f,
                    c,
                    f.clock(r.randint(0, 5), 8, 20),
                    r.choice(["purchase", "chat_q", "page"]),
                    p[(k + 1) % 2],
                )
            c.info.update(slide(f, c, f.clock(r.randint(7, 8), 9, 19), r.randint(3, 5), alt, False))
        elif role in ("bad_email", "bad_chat"):
            c = bil("happy_one_bad_day", "one bad day", p, tolerated=["silence"])
            bad_one(f, c, p, "email" if role == "bad_email" else "chat", 0)
        else:
            c = bil("resolved_between_contacts", "fixed", p, tolerated=["silence"])
            happy_days(f, c, spread_days(r, 0, 2, 2), ["praise", "purchase"], lang_for=alt)
            case = fixed_case(
                f, c, f.clock(r.randint(3, 7), 8, 18), r.choice(W.PROBLEMS), "web", p[0], p[1]
            )
            c.info.update(
                {
                    "problems": [case],
                    "trouble_starts_at": case["raised_at"],
                    "confirm_language": p[1],
                }
            )
    c = bil("happy_one_bad_day", "one bad day", long_pair, tolerated=["silence"])
    bad_one(f, c, long_pair, "long", 2)
    return f


def bad_one(f: Fam, c: Cust, p: tuple[str, str], how: str, story: int) -> None:
    r = f.rng
    lang = p[1]
    for k in range(r.randint(2, 4)):
        happy(
            f,
            c,
            f.clock(r.choice([0, 1, 2, 10, 11, 12]), 8, 19),
            r.choice(["praise", "purchase", "page", "chat_q"]),
            p[k % 2],
        )
    problem = r.choice(W.PROBLEMS)
    t = f.clock(r.randint(5, 7), 9, 19)
    eid = complaint(f, c, t, problem, how, lang, story=story)
    case = case_ref()
    acknowledge(f, c, t, how, lang, case)
    c.info.update(
        {
            "problem": problem,
            "booking": case,
            "bad_day_at": iso(t),
            "bad_day_event_id": eid,
            "bad_day_language": lang,
            "trouble_starts_at": iso(t),
            "long_email": how == "long",
            "channel": "email" if how == "long" else how,
            "agent_fixed": how != "chat",
            "apologised": False,
        }
    )
    if how != "chat":
        good_news(f, c, t + timedelta(minutes=r.randint(60, 240)), lang, case, problem)
    if how == "email":
        ta = out_of_night(t + timedelta(hours=r.randint(18, 23), minutes=r.randint(0, 59)), r)
        c.info.update(
            {
                "apologised": True,
                "apology_at": iso(ta),
                "apology_event_id": add(f, c, ta, "chat", "chat", r.choice(W.APOLOGY[lang])),
            }
        )


def fam_b2b() -> Fam:
    f = new_fam(7)
    r = f.rng
    last_email_account = "a5"
    for key, market, lang, company, site, domain, kind, problem, n, n_unhappy in B.ACCOUNTS:
        acct = unique(lambda market=market: f"SBB-{market}-{r.randint(1000, 9999)}")
        firsts = r.sample(W.FIRST[lang], n)
        titles = r.sample(B.JOB_TITLES, n)
        contacts: list[Cust] = []
        for i in range(n):
            unhappy = i < n_unhappy
            mild = kind == "mild" and i < 2
            if kind == "at_risk" and unhappy:
                persona, role = "b2b_unhappy", "complainer"
                exp = ["repeat_contact"] if i == n_unhappy - 1 else ["detractor"]
                tol = [x for x in TOL_B2B_RISK if x not in exp]
            elif kind == "one_unhappy" and unhappy:
                persona, role, exp, tol = (
                    "b2b_one_unhappy",
                    "complainer",
                    ["detractor"],
                    TOL_B2B_ONE,
                )
            elif mild:
                persona, role, exp, tol = "b2b_mild", "suggests", [], ["silence"]
            else:
                persona, role, exp, tol = "b2b_happy", "contact", [], []
            c = person(
                f,
                persona,
                role,
                lang,
                market=market,
                expected=exp,
                tolerated=tol,
                account=acct,
                domain=domain,
                first=firsts[i],
                job=titles[i],
                company=company,
                role=role,
                job_title=titles[i],
            )
            contacts.append(c)
        unhappy_keys = [c.key for c in contacts[:n_unhappy]]
        f.accounts[acct] = {
            "company": company,
            "site": site,
            "contacts": n,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": n_unhappy,
            "unhappy_contact_keys": unhappy_keys,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        for c in contacts:
            if c.info["persona"] == "b2b_happy":
                for _ in range(r.randint(1, 4)):
                    b2b_routine(f, c, True)
            else:
                for _ in range(r.randint(0, 2)):
                    b2b_routine(f, c, False)
        if kind == "at_risk":
            assert problem is not None
            t = f.clock(2, 8, 12)
            f.accounts[acct]["trouble_starts_at"] = iso(t)
            case = case_ref()
            first_c = contacts[0]
            for i, c in enumerate(contacts[:n_unhappy]):
                topic = B.TOPIC[lang][problem]
                if i == 0:
                    subj, text = B.FIRST[lang][problem]
                    eid = add(
                        f,
                        c,
                        t,
                        "email",
                        "message",
                        text.format(name=c.first, company=company),
                        subj,
                    )
                    ack_s, ack_t = B.ACK[lang]
                    ta = office(t + timedelta(minutes=r.randint(10, 60)), r)
                    reply_email(
                        f,
                        c,
                        ta,
                        lang,
                        ack_s.format(topic=topic, case=case),
                        ack_t.replace("{case}", case).replace("{company}", company),
                    )
                else:
                    t = office(t + timedelta(hours=r.randint(8, 28), minutes=r.randint(0, 59)), r)
                    first_t = datetime.fromisoformat(
                        f.accounts[acct]["trouble_starts_at"].replace("Z", "+00:00")
                    )
                    day = (
                        B.LATER_TODAY[lang]
                        if first_t.date() == t.date()
                        else {"de": "am ", "es": "el "}.get(lang, "")
                        + W.WEEKDAYS[lang][first_t.weekday()]
                    )
                    restate = B.RESTATE[lang][problem][(i - 1) % len(B.RESTATE[lang][problem])]
                    text = r.choice(B.LATER[lang]).format(
                        first=first_c.first,
                        day=day,
                        case=case,
                        restate=restate,
                        name=c.first,
                        company=company,
                    )
                    eid = add(f, c, t, "email", "message", text, f"{topic} ({case})")
                ids = [eid]
                c.info.update({"booking": case, "problem": problem, "trouble_starts_at": iso(t)})
                if i < n_unhappy - 1:
                    tn = t + timedelta(minutes=r.randint(60, 180))
                    nps = r.randint(1, 5)
                    c.info.update(
                        {
                            "nps_given": True,
                            "nps": nps,
                            "survey_event_id": add(
                                f,
                                c,
                                tn,
                                "survey",
                                "survey_response",
                                None,
                                scores={"nps": nps},
                                attrs={"survey": "nps"},
                                rough=False,
                            ),
                        }
                    )
                else:
                    t2 = office(t + timedelta(hours=r.randint(18, 40), minutes=r.randint(0, 59)), r)
                    comp = r.choice(W.COMPETITORS)
                    if key == last_email_account:
                        ids.append(
                            add(
                                f,
                                c,
                                t2,
                                "email",
                                "message",
                                B.LAST_EMAIL[lang].format(
                                    case=case, comp=comp, name=c.first, company=company
                                ),
                                f"{topic} ({case})",
                            )
                        )
                        c.info["competitor"] = comp
                    else:
                        ids.append(
                            add(
                                f,
                                c,
                                t2,
                                "phone",
                                "call",
                                B.LAST_CALL[lang].format(case=case, name=c.first, company=company),
                            )
                        )
                        c.info["competitor"] = None
                    c.info.update({"nps_given": False})
                c.info["complaint_event_ids"] = ids
        elif kind == "one_unhappy":
            assert problem is not None
            c = contacts[0]
            t = office(f.clock(r.randint(3, 7), 8, 16), r)
            case = case_ref()
            subj, text = B.FIRST[lang][problem]
            eid = add(f, c, t, "email", "message", text.format(name=c.first, company=company), subj)
            ack_s, ack_t = B.ACK[lang]
            reply_email(
                f,
                c,
                office(t + timedelta(minutes=r.randint(10, 60)), r),
                lang,
                ack_s.format(topic=B.TOPIC[lang][problem], case=case),
                ack_t.replace("{case}", case).replace("{company}", company),
            )
            nps = r.randint(1, 5)
            sid = add(
                f,
                c,
                t + timedelta(minutes=r.randint(60, 180)),
                "survey",
                "survey_response",
                None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
                rough=False,
            )
            c.info.update(
                {
                    "booking": case,
                    "problem": problem,
                    "trouble_starts_at": iso(t),
                    "complaint_event_ids": [eid],
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": sid,
                }
            )
        elif kind == "mild":
            for i, c in enumerate(contacts[:2]):
                t = office(f.clock(r.randint(2, 9), 8, 16), r, 16)
                eid = add(
                    f,
                    c,
                    t,
                    "web",
                    "ticket",
                    B.MILD[lang][i],
                    B.MILD_SUBJECT[lang],
                    attrs={"page": "/business/contact"},
                )
                s, a = B.MILD_ACK[lang]
                reply_email(f, c, office(t + timedelta(minutes=r.randint(30, 120)), r), lang, s, a)
                c.info.update({"mild_event_id": eid, "trouble_starts_at": iso(t)})
    return f


def b2b_routine(f: Fam, c: Cust, happy_contact: bool) -> None:
    r = f.rng
    lang = c.lang
    if happy_contact:
        day = r.choice([d for d in range(14) if (f.start + timedelta(days=d)).weekday() < 5])
        what = r.choice(["chat", "hire", "page", "praise", "survey", "chat", "hire"])
    else:
        day = r.choice([0, 1])
        what = r.choice(["chat", "hire", "page"])
    t = f.clock(day, 8, 16.5)
    if what == "chat":
        q, a, thanks = r.choice(B.CHAT_Q[lang])
        add(f, c, t, "chat", "chat", q)
        t2 = t + timedelta(minutes=r.randint(1, 6))
        reply_chat(f, c, t2, lang, a)
        if r.random() < 0.7:
            add(f, c, t2 + timedelta(minutes=r.randint(1, 4)), "chat", "chat", thanks)
    elif what == "hire":
        purchase(f, c, t, r.choice(B.HIRES), r.choice(B.PAGES))
    elif what == "page":
        add(f, c, t, "web", "page_view", attrs={"page": r.choice(B.PAGES)})
    elif what == "praise":
        add(f, c, t, "community", "post", r.choice(B.PRAISE[lang]))
    else:
        happy_survey(f, c, t, lang, B.SURVEY_WORDS)


def spike_message(f: Fam, c: Cust, t: datetime, ch: str, text: str) -> str:
    """A report (or second message) about the spike; chats get the agent's answer."""
    kind = {
        "social": "mention",
        "chat": "chat",
        "community": "post",
        "email": "message",
        "web": "ticket",
    }[ch]
    subject = W.SPIKE_SUBJECT[c.lang] if ch in ("email", "web") else None
    attrs = {"page": "/help/contact"} if ch == "web" else None
    eid = add(f, c, t, ch, kind, text, subject, attrs=attrs)
    if ch == "chat":
        reply_chat(
            f, c, t + timedelta(minutes=f.rng.randint(1, 4)), c.lang, W.SPIKE_CHAT_ANSWER[c.lang]
        )
    return eid


def fam_topic_spike() -> Fam:
    f = new_fam(8)
    r = f.rng
    for _ in range(40):
        c = person(f, "happy", "day writer", weighted(r, LANG_WEIGHTS))
        for d in spread_days(r, 0, 5, r.randint(1, 4)):
            t = f.clock(d, 13, 19) if d == 5 else f.clock(d, 7, 19)
            happy(f, c, t, r.choice(HAPPY_KINDS))
    for lang in ("de", "it"):
        c = person(f, "grumbles_once", "grumbles once", lang, tolerated=["silence"])
        q, a = W.MAP_GRUMBLE[lang]
        t = f.clock(0, 9, 17)
        eid = add(f, c, t, "chat", "chat", q)
        reply_chat(f, c, t + timedelta(minutes=r.randint(1, 5)), lang, a)
        c.info.update({"grumble_event_id": eid, "trouble_starts_at": iso(t)})
    for lang, hour in (("it", 9 + 40 / 60), ("de", 16 + 5 / 60)):
        c = person(f, "grumbles_once", "lone question", lang, tolerated=["silence"])
        q, a = W.LONE_Q[lang]
        t = f.at(4, hour)
        eid = add(f, c, t, "chat", "chat", q)
        reply_chat(f, c, t + timedelta(minutes=r.randint(1, 4)), lang, a)
        c.info.update({"lone_report_event_id": eid, "trouble_starts_at": iso(t)})
    langs = ["de"] * 6 + ["it"] * 6 + ["es"] * 3 + ["fr"] * 3 + ["en"] * 2
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(langs)
    r.shuffle(chans)
    regular = [True] * 12 + [False] * 8
    r.shuffle(regular)
    s0 = f.at(5, 10 + 5 / 60)
    offsets = [0, 45, *r.sample(range(1, 45), 18)]
    offsets.sort()
    early = [i for i, o in enumerate(offsets) if o <= 25]
    repeaters = set(r.sample(early, 6))
    others = [i for i in range(20) if i not in repeaters]
    fixed = set(r.sample(others, 6))
    texts_used: dict[str, int] = {}
    keys: list[str] = []
    eids: list[str] = []
    reps: list[str] = []
    firsts: dict[int, tuple[Cust, datetime, str]] = {}
    for i in range(20):
        lang = langs[i]
        rep = i in repeaters
        c = person(
            f,
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular[i] else "new",
            lang,
            expected=["repeat_contact"] if rep else [],
            tolerated=["silence", "sentiment_drop"] if rep else ["silence"],
            in_spike=True,
            regular=regular[i],
        )
        if regular[i]:
            for _ in range(r.randint(1, 3)):
                happy(
                    f,
                    c,
                    f.clock(2, 8, 17.5),
                    r.choice(["praise", "purchase", "page", "chat_q", "email_q", "review"]),
                )
        t = s0 + timedelta(minutes=offsets[i], seconds=0 if i in (0, 19) else r.randint(0, 59))
        k = texts_used.get(lang, 0)
        texts_used[lang] = k + 1
        text = W.SPIKE[lang][k % len(W.SPIKE[lang])]
        ch = chans[i]
        eid = spike_message(f, c, t, ch, text)
        keys.append(c.key)
        eids.append(eid)
        c.info.update(
            {
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
                "agent_fixed": False,
            }
        )
        if rep:
            firsts[i] = (c, t, ch)
        elif i in fixed:
            subj, body = W.SPIKE_FIXED[lang]
            credit = {"GBP": "£9", "CHF": "CHF 10"}.get(
                currency(c.market), "€10" if lang == "en" else "10 €"
            )
            tf = f.at(5, 12 + 38 / 60) + timedelta(minutes=r.randint(0, 9))
            reply_email(f, c, tf, lang, subj, body.replace("{credit}", credit))
            c.info["agent_fixed"] = True
    # the six second messages: e-mail 2, chat 2, community 2, each on another channel than the first
    order = sorted(firsts)
    plans = list(
        itertools.permutations(["email", "email", "chat", "chat", "community", "community"])
    )
    r.shuffle(plans)
    plan = next(pl for pl in plans if all(pl[j] != firsts[i][2] for j, i in enumerate(order)))
    for j, i in enumerate(order):
        c, t0, _ = firsts[i]
        ch = plan[j]
        t = t0 + timedelta(minutes=r.randint(15, 50))
        eid = spike_message(f, c, t, ch, r.choice(W.SPIKE_REPEAT[c.lang]))
        c.info.update({"repeat_event_id": eid, "repeat_channel": ch})
        reps.append(eid)
    f.spike = {
        "topic": "beach-booking app releases paid all-day umbrella, sunbed and Strandkorb bookings at noon: families find their places given away, error RLS_1200",
        "about": "Saturday 8 August 2026 from 12:00 beach time (10:00 UTC): every all-day booking marked released, beach staff give the places to walk-ins; fixed at 14:20 beach time",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    return f


# --------------------------------------------------------------------------- output


def identifiers(f: Fam) -> list[dict[str, Any]]:
    rows = sorted(f.rows, key=lambda row: (row.t, row.eid))
    seen: set[str] = set()
    r = f.rough
    out = []
    for row in rows:
        c = row.cust
        full = row.direction == "outbound" or c.key not in seen
        if row.direction == "inbound":
            seen.add(c.key)
        cu: dict[str, str | None] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": c.account,
        }
        if full:
            cu.update(
                {"customer_id": c.key, "email": c.email, "phone": c.phone, "handle": c.handle}
            )
        elif row.channel == "phone":
            cu["phone"] = (
                c.phone if r.random() < 0.5 else "+" + c.cc + " " + c.phone[1 + len(c.cc) :]
            )
        elif row.channel in ("social", "community"):
            if c.handle:
                cu["handle"] = c.handle if r.random() < 0.8 else c.handle.lstrip("@")
            else:
                cu["email"] = c.email
        elif row.channel == "email":
            cu["email"] = c.email.upper() if r.random() < 1 / 12 else c.email
        else:
            cu["customer_id"] = c.key
        scores = {
            "nps": row.scores.get("nps"),
            "csat": row.scores.get("csat"),
            "ces": row.scores.get("ces"),
        }
        out.append(
            {
                "event_id": row.eid,
                "occurred_at": iso(row.t),
                "channel": row.channel,
                "kind": row.kind,
                "direction": row.direction,
                "customer": cu,
                "text": row.text,
                "subject": row.subject,
                "scores": scores,
                "source": SOURCES[row.channel],
                "attributes": row.attrs,
            }
        )
    return out


def write(f: Fam) -> tuple[int, int]:
    lines = identifiers(f)
    for row in f.rows:
        if not (f.start <= row.t < LIMIT) or row.t.year != 2026:
            raise SystemExit(f"{f.name}: {row.eid} at {iso(row.t)} outside the family's time")
    inbound = {row.cust.key for row in f.rows if row.direction == "inbound"}
    got: Counter[str] = Counter()
    for key, c in f.customers.items():
        if key not in inbound:
            raise SystemExit(f"{f.name}: {key} has no inbound touchpoint")
        if set(c.info["expected_rules"]) & set(c.info["tolerated_rules"]):
            raise SystemExit(f"{f.name}: {key} expects and tolerates the same rule")
        got.update(c.info["expected_rules"])
    for acc in f.accounts.values():
        got.update(acc["expected_rules"])
    if f.spike:
        got["topic_spike"] += 1
    if dict(got) != f.planted:
        raise SystemExit(f"{f.name}: expected {dict(got)} but planted {f.planted}")
    last = max(row.t for row in f.rows)
    end = max(f.start + timedelta(days=f.days), last + timedelta(hours=1))
    if end >= LIMIT:
        raise SystemExit(f"{f.name}: end {iso(end)} too late")
    truth = {
        "config": {
            "family": f.name,
            "about": f.about,
            "business": BUSINESS,
            "days": f.days,
            "seed": SEED * 100 + f.n,
            "written": WRITTEN,
            "expected": dict(sorted(f.planted.items())),
        },
        "start": iso(f.start),
        "end": iso(end),
        "customers": {k: c.info for k, c in f.customers.items()},
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
    return len(f.customers), len(lines)


FAMILIES = [
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
    for build in FAMILIES:
        f = build()
        n, m = write(f)
        print(f"{f.name}: {n} customers, {m} touchpoints")


if __name__ == "__main__":
    main()
