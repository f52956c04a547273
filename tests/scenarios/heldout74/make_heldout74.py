# ruff: noqa: E501
"""Generate heldout74: Fairvio, golf tee times by app (report only, written blind).

Standard library only, fixed seed, deterministic: ``python make_heldout74.py``.
It refuses to write a family whose expected counts differ from the planted ones.
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from collections.abc import Callable
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
BUSINESS = "Fairvio: golf tee times, round packs, buggy hire and lessons by app and web, Fairvio Club membership; Fairvio Corporate: company golf days and client tee times on account"
CUTOFF = datetime(2026, 11, 25, tzinfo=UTC)
YEAR0 = datetime(2026, 1, 1, tzinfo=UTC)

REPEAT_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
SLIDER_TOL = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
LEAVER_TOL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
GRUMPY_TOL = ["repeat_contact", "silence"]
RISK_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
ONE_TOL = ["sentiment_drop", "high_value_at_risk", "silence"]
SILENCE = ["silence"]

SOURCES = {
    "email": "fairvio-mail",
    "phone": "fairvio-voice",
    "social": "fairvio-social",
    "community": "fairvio-forum",
    "chat": "fairvio-chat",
    "web": "fairvio-web",
    "survey": "fairvio-survey",
}
AGENTS = {
    "it": ["Giada", "Lorenzo", "Serena"],
    "fr": ["Luc", "Amandine", "Karim"],
    "en": ["Amelia", "Rory"],
    "de": ["Jonas", "Mareike"],
    "es": ["Rocío", "Iker"],
    "pt": ["Tânia", "Hugo"],
}
DOMAINS = [
    "posta.example",
    "mail.example",
    "casella.example",
    "courriel.example",
    "boite.example",
    "inbox.example",
    "post.example",
    "correo.example",
    "correio.example",
]
LANG_WEIGHTS = {"it": 30, "fr": 30, "en": 10, "de": 10, "es": 10, "pt": 10}
CET = {"IT", "FR", "BE", "LU", "CH", "DE", "AT", "ES"}
UMLAUT = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}

USED_IDS: set[str] = set()
USED_NAMES: set[str] = set()


def strip_accents(text: str, keep: str = "ßñÑ") -> str:
    out = []
    for ch in text:
        if ch in keep:
            out.append(ch)
        elif ch in UMLAUT:
            out.append(UMLAUT[ch])
        else:
            out.append(
                "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
            )
    return "".join(out)


def slug(text: str) -> str:
    return "".join(ch for ch in strip_accents(text, keep="").lower() if ch.isalnum())


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def money(lang: str, market: str, eur: float, spoken: bool = False) -> str:
    if market == "UK":
        return f"{round(eur * 0.86)} pounds" if spoken else f"£{round(eur * 0.86)}"
    if market == "CH":
        return f"{round(eur * 0.94)} franchi" if spoken else f"CHF {round(eur * 0.94)}"
    if lang == "en":
        return f"{round(eur)} euros" if spoken else f"€{round(eur)}"
    return f"{round(eur)} €"


def price(market: str, eur: float) -> tuple[str, str]:
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
    last: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    truth: dict[str, Any]


@dataclass
class Row:
    eid: str
    t: datetime
    channel: str
    kind: str
    out: bool
    cust: str
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

    def at(self, day: int, hour: int, minute: int = 0) -> datetime:
        return self.start + timedelta(days=day, hours=hour, minutes=minute)

    def day_time(self, day: int, h0: int = 7, h1: int = 19) -> datetime:
        return self.at(day, 0) + timedelta(minutes=self.rng.randint(h0 * 60, h1 * 60))


# ---------------------------------------------------------------- people


def pick_lang(rng: random.Random) -> str:
    langs = list(LANG_WEIGHTS)
    return rng.choices(langs, weights=[LANG_WEIGHTS[x] for x in langs])[0]


def unique(rng: random.Random, make: Callable[[], str], what: str) -> str:
    for _ in range(200):
        value = str(make())
        if value not in USED_IDS:
            USED_IDS.add(value)
            return value
    raise SystemExit(f"could not find a unique {what}")


def phone_for(rng: random.Random, market: str) -> str:
    def d(k: int) -> str:
        return "".join(str(rng.randint(0, 9)) for _ in range(k))

    if market == "IT":
        cc, rest = "+39", "3" + rng.choice("2345789") + d(8)
    elif market == "CH":
        cc, rest = "+41", "7" + rng.choice("6789") + d(7)
    elif market == "FR":
        cc, rest = "+33", rng.choice("67") + d(8)
    elif market == "BE":
        cc, rest = "+32", "4" + rng.choice("6789") + d(7)
    elif market == "LU":
        cc, rest = "+352", "6" + rng.choice("269") + "1" + d(6)
    elif market == "UK":
        cc, rest = "+44", "7" + rng.choice("45789") + d(8)
    elif market == "IE":
        cc, rest = "+353", "8" + rng.choice("3567") + d(7)
    elif market == "DE":
        pre = rng.choice(["51", "52", "57", "60", "62", "70", "71", "76"])
        cc, rest = "+49", "1" + pre + d(rng.choice([7, 8]))
    elif market == "AT":
        cc, rest = "+43", "6" + rng.choice(["50", "60", "64", "76", "99"]) + d(7)
    elif market == "ES":
        cc, rest = "+34", "6" + d(8)
    else:
        cc, rest = "+351", "9" + rng.choice("1236") + d(7)
    return cc + (" " if rng.random() < 0.5 else "") + rest


def town_for(rng: random.Random, market: str, lang: str) -> str:
    towns: list[str] = (
        W.TOWNS.get("CH-" + lang, W.TOWNS["CH-de"]) if market == "CH" else W.TOWNS[market]
    )
    return rng.choice(towns)


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
    job: str | None = None,
    **extra: Any,
) -> Cust:
    rng = f.rng
    market = market or rng.choice(W.MARKETS[lang])
    first = last = ""
    for _ in range(200):
        first, last = rng.choice(W.FIRST[lang]), rng.choice(W.LAST[lang])
        if f"{first} {last}" not in USED_NAMES:
            break
    else:
        raise SystemExit("ran out of names")
    USED_NAMES.add(f"{first} {last}")
    key = unique(rng, lambda: f"FV{f.code}{rng.randint(1000, 9999)}", "customer id")
    if domain:
        email = unique(rng, lambda: f"{slug(first)}.{slug(last)}@{domain}", "e-mail")
        handle = None
    else:
        email = unique(
            rng,
            lambda: (
                rng.choice(
                    [
                        f"{slug(first)}.{slug(last)}",
                        f"{slug(first)[0]}{slug(last)}",
                        f"{slug(last)}.{slug(first)}{rng.randint(1, 99)}",
                        f"{slug(first)}{slug(last)}{rng.randint(60, 99)}",
                    ]
                )
                + "@"
                + rng.choice(DOMAINS)
            ),
            "e-mail",
        )
        handle = unique(
            rng,
            lambda: (
                "@"
                + rng.choice(
                    [
                        f"{slug(last)}_{slug(first)}{rng.randint(1, 9)}",
                        f"{slug(first)}{slug(last)}{rng.randint(10, 89)}",
                        f"{slug(last)}{slug(first)[0]}",
                        f"{slug(first)}_{slug(last)}",
                        f"{slug(first)}golf{rng.randint(1, 99)}",
                    ]
                )
            ),
            "handle",
        )
    phone = unique(rng, lambda: phone_for(rng, market), "phone")
    digits = "+" + "".join(ch for ch in phone if ch.isdigit())
    truth: dict[str, Any] = {
        "identifiers": {
            "customer_id": key,
            "email": email,
            "phone": digits,
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
        "job": job or rng.choice(W.JOBS[lang]),
        "town": town_for(rng, market, lang),
    }
    truth.update(extra)
    c = Cust(key, lang, market, first, last, email, phone, handle, account, truth)
    f.custs[key] = c
    return c


def case_ref(f: Fam) -> str:
    return unique(f.rng, lambda: f"FV-{f.rng.randint(100000, 999999)}", "case")


# ---------------------------------------------------------------- touchpoints


def roughen(f: Fam, text: str) -> str:
    rr = f.rr
    if rr.random() < 0.10:
        text = strip_accents(text)
    if rr.random() < 0.125 and text[:1].isupper() and not text[:2].isupper():
        text = text[0].lower() + text[1:]
    if rr.random() < 1 / 7:
        words = text.split(" ")
        idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
        if idx:
            i = rr.choice(idx)
            w = words[i]
            j = rr.randint(1, len(w) - 3)
            if w[j] != w[j + 1]:
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            text = " ".join(words)
    return text


def at_brand(text: str) -> str:
    brand: str = W.BRAND
    pos = text.rfind(brand)
    if pos < 0:
        return "@" + brand + " " + text
    if pos > 0 and text[pos - 1] == "@":
        return text
    return text[:pos] + "@" + text[pos:]


def add(
    f: Fam,
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
    f.counter += 1
    eid = f"fv74-{f.code.lower()}-{f.counter:05d}"
    a = {"market": c.market}
    if c.account:
        a["segment"] = "b2b"
    a.update(attrs or {})
    if out:
        a["agent"] = f.rng.choice(AGENTS[c.lang])
    if text is not None and not out and rough and channel not in ("phone", "survey"):
        text = roughen(f, text)
    if text is not None and channel == "social" and not out and not c.account:
        text = at_brand(text)
    f.rows.append(Row(eid, t, channel, kind, out, c.key, text, subject, scores or {}, a))
    return eid


def morning(f: Fam, t: datetime, late: int = 21) -> datetime:
    """Move a time in the night (from `late` to 07:00) to the next morning 08:00-09:00.

    Agents' e-mails use 21:00; repeat contacts' later contacts 22:00.
    """
    if t.hour >= late:
        return t.replace(hour=8, minute=f.rng.randint(0, 59), second=0) + timedelta(days=1)
    if t.hour < 7:
        return t.replace(hour=8, minute=f.rng.randint(0, 59), second=0)
    return t


def office(f: Fam, t: datetime, h1: int = 17) -> datetime:
    """Company complaints: weekdays 08-h1 UTC, else the next working morning."""
    for _ in range(10):
        if t.weekday() < 5 and 8 <= t.hour < h1:
            return t
        if t.hour >= h1 or t.weekday() >= 5:
            t = (t + timedelta(days=1)).replace(hour=8, minute=f.rng.randint(0, 50), second=0)
        else:
            t = t.replace(hour=8, minute=f.rng.randint(0, 50), second=0)
    raise SystemExit("no office hour found")


def agent_mail(f: Fam, c: Cust, t: datetime, table: dict[str, str], lang: str, case: str) -> None:
    """An agent's e-mail about a case, in the subject's reply form."""
    text = table[lang].format(first=c.first, case=case)
    subject = W.CASE_SUBJECT[lang].format(case=case)
    add(f, c, t, "email", "message", text, subject=subject, out=True)


def pick(f: Fam, table: dict[str, list[str]], lang: str) -> str:
    return f.rng.choice(table[lang])


def chat_qa(f: Fam, c: Cust, t: datetime, q: str, a: str, thanks: list[str]) -> str:
    """A chat question, the agent's answer 1-6 minutes later, and often a thank-you."""
    eid = add(f, c, t, "chat", "chat", q)
    t2 = t + timedelta(minutes=f.rng.randint(1, 6))
    add(f, c, t2, "chat", "chat", a, out=True)
    if f.rng.random() < 0.6:
        when = t2 + timedelta(minutes=f.rng.randint(1, 3))
        add(f, c, when, "chat", "chat", thanks[0] if len(thanks) == 1 else f.rng.choice(thanks))
    return eid


def happy_act(
    f: Fam,
    c: Cust,
    t: datetime,
    surveys: bool = True,
    lang: str | None = None,
    only: list[str] | None = None,
) -> str:
    """One happy act at t; returns its first event id."""
    rng = f.rng
    lang = lang or c.lang
    kinds = only or [
        "praise",
        "praise",
        "again",
        "gripe",
        "chat_q",
        "email_q",
        "phone_q",
        "purchase",
        "purchase",
        "page",
        "review",
    ] + (["survey", "survey"] if surveys else [])
    kind = rng.choice(kinds)
    if kind in ("praise", "again", "gripe"):
        table = {"praise": W.PRAISE, "again": W.PRAISE_AGAIN, "gripe": W.PRAISE_GRIPE}[kind]
        ch = rng.choice(["community", "social"])
        return add(f, c, t, ch, "post" if ch == "community" else "mention", pick(f, table, lang))
    if kind == "chat_q":
        q, a = rng.choice(W.QUESTIONS[lang])
        eid = chat_qa(f, c, t, q, a, W.THANKS[lang])
        return eid
    if kind == "email_q":
        q, a = rng.choice(W.QUESTIONS[lang])
        eid = add(f, c, t, "email", "message", q, subject=q.split(",")[0][:40])
        add(
            f,
            c,
            morning(f, t + timedelta(minutes=rng.randint(20, 90))),
            "email",
            "message",
            a,
            subject="Re: " + q.split(",")[0][:40],
            out=True,
        )
        return eid
    if kind == "phone_q":
        q, a = rng.choice(W.PHONE_Q[lang])
        eid = add(f, c, t, "phone", "call", q)
        add(
            f,
            c,
            morning(f, t + timedelta(minutes=rng.randint(10, 40))),
            "email",
            "message",
            a,
            subject="Fairvio",
            out=True,
        )
        return eid
    if kind == "purchase":
        label, eur, page = rng.choice(W.PRODUCTS)
        eid = add(f, c, t, "web", "page_view", attrs={"page": page})
        value, cur = price(c.market, eur)
        add(
            f,
            c,
            t + timedelta(minutes=rng.randint(2, 15)),
            "web",
            "purchase",
            attrs={"order_value": value, "currency": cur, "product": label, "page": page},
        )
        return eid
    if kind == "page":
        return add(f, c, t, "web", "page_view", attrs={"page": rng.choice(W.PAGES)})
    if kind == "review":
        return add(
            f,
            c,
            t,
            "web",
            "review",
            pick(f, W.REVIEWS, lang),
            attrs={"rating": str(rng.choice([4, 5, 5])), "page": "/reviews"},
        )
    return survey_happy(f, c, t, lang)


def survey_happy(f: Fam, c: Cust, t: datetime, lang: str | None = None) -> str:
    rng = f.rng
    which = rng.choice(["nps", "csat", "ces"])
    score = {"nps": rng.choice([9, 10]), "csat": rng.choice([4, 5]), "ces": rng.choice([6, 7])}[
        which
    ]
    word = rng.choice([*W.SURVEY_WORDS[lang or c.lang], None])
    return add(
        f, c, t, "survey", "survey_response", word, scores={which: score}, attrs={"survey": which}
    )


def happy_days(
    f: Fam, c: Cust, n: int, days: list[int], h0: int = 7, h1: int = 19, surveys: bool = True
) -> list[str]:
    chosen = sorted(f.rng.sample(days, min(n, len(days))))
    return [happy_act(f, c, f.day_time(d, h0, h1), surveys=surveys) for d in chosen]


def problem_text(
    f: Fam, c: Cust, problem: str, channel: str, lang: str | None = None
) -> tuple[str, str | None]:
    lang = lang or c.lang
    amt = money(lang, c.market, W.AMOUNT[problem])
    topic = W.TOPIC[problem][lang]
    if channel == "phone":
        return W.SPOKEN[problem][lang], None
    if channel == "social":
        return W.SOCIAL[problem][lang], None
    core = W.CORE[problem][lang].format(amt=amt)
    if channel == "email":
        body = core + "\n\n" + W.SIGN[lang].format(name=f"{c.first} {c.last}")
        return body, W.COMPLAINT_SUBJECT[lang].format(topic=topic)
    if channel == "web":
        return core, W.COMPLAINT_SUBJECT[lang].format(topic=topic)
    return core, None


def complain(
    f: Fam, c: Cust, t: datetime, problem: str, channel: str, lang: str | None = None
) -> str:
    text, subject = problem_text(f, c, problem, channel, lang)
    kind = {
        "email": "message",
        "web": "ticket",
        "chat": "chat",
        "phone": "call",
        "social": "mention",
        "community": "post",
    }[channel]
    attrs = {"page": "/help/contact"} if channel == "web" else None
    return add(f, c, t, channel, kind, text, subject=subject, attrs=attrs)


def ack(
    f: Fam,
    c: Cust,
    t: datetime,
    channel: str,
    case: str,
    lang: str | None = None,
    quality: bool = False,
) -> datetime:
    """The agent's answer to a first complaint: chat answer, or e-mail; returns its time."""
    rng = f.rng
    lang = lang or c.lang
    if channel == "chat":
        t2 = t + timedelta(minutes=rng.randint(1, 4))
        add(f, c, t2, "chat", "chat", W.CHAT_CASE[lang].format(case=case), out=True)
        if not quality:
            return t2
    if quality:
        t2 = morning(f, t + timedelta(minutes=rng.randint(90, 150)))
        agent_mail(f, c, t2, W.QUALITY_LEAD, lang, case)
        return t2
    t2 = morning(f, t + timedelta(minutes=rng.randint(10, 40)))
    agent_mail(f, c, t2, W.CASE_OPENED, lang, case)
    return t2


def later_contact(
    f: Fam,
    c: Cust,
    t: datetime,
    n: int,
    channel: str,
    case: str,
    problem: str,
    comp: str,
    lang: str | None = None,
) -> str:
    rng = f.rng
    lang = lang or c.lang
    again = W.TOPIC[problem][lang]
    if channel == "phone":
        text = W.LATER_SPOKEN[lang][n].format(case=case, again=again, comp=comp)
        return add(f, c, t, "phone", "call", text)
    text = rng.choice(W.LATER[lang][n]).format(case=case, again=again, comp=comp)
    if channel == "email":
        return add(
            f,
            c,
            t,
            "email",
            "message",
            text + "\n" + W.SIGN[lang].format(name=c.first),
            subject=W.CASE_SUBJECT[lang].format(case=case),
        )
    if channel == "web":
        return add(
            f,
            c,
            t,
            "web",
            "ticket",
            text,
            subject=W.CASE_SUBJECT[lang].format(case=case),
            attrs={"page": "/help/contact"},
        )
    if channel == "chat":
        eid = add(f, c, t, "chat", "chat", text)
        add(
            f,
            c,
            t + timedelta(minutes=rng.randint(1, 5)),
            "chat",
            "chat",
            W.URGENT[lang].format(case=case),
            out=True,
        )
        return eid
    return add(f, c, t, "social", "mention", text)


def fixed_case(
    f: Fam,
    c: Cust,
    day: int,
    problem: str,
    lang: str | None = None,
    confirm_lang: str | None = None,
    channel: str | None = None,
) -> dict[str, Any]:
    """A problem raised, fixed by an agent and confirmed by the customer, naming the case."""
    rng = f.rng
    lang = lang or c.lang
    confirm_lang = confirm_lang or lang
    channel = channel or rng.choice(["web", "email", "chat"])
    case = case_ref(f)
    t = f.day_time(day, 8, 18)
    eid = complain(f, c, t, problem, channel, lang)
    t_ack = ack(f, c, t, channel, case, lang)
    t_fix = morning(f, t_ack + timedelta(hours=rng.randint(3, 20), minutes=rng.randint(0, 59)))
    agent_mail(f, c, t_fix, W.GOOD_NEWS, confirm_lang, case)
    t_conf = morning(f, t_fix + timedelta(hours=rng.randint(8, 30), minutes=rng.randint(0, 59)))
    cch = rng.choice(["email", "chat"])
    ctext = rng.choice(W.CONFIRM[confirm_lang]).format(case=case)
    if cch == "email":
        ceid = add(
            f,
            c,
            t_conf,
            "email",
            "message",
            ctext,
            subject=W.CASE_SUBJECT[confirm_lang].format(case=case),
        )
    else:
        ceid = add(f, c, t_conf, "chat", "chat", ctext)
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(t_fix),
        "confirmed_at": iso(t_conf),
        "problem_event_ids": [eid],
        "confirm_event_id": ceid,
        "channel": channel,
        "confirm_channel": cch,
    }


# ---------------------------------------------------------------- families


def long_letter(f: Fam, c: Cust, t: datetime, problem: str, lang: str) -> str:
    """A long e-mail with the complaint inside a letter (Italian or French)."""
    letter = f.rng.choice(W.LETTERS[lang])
    core = W.CORE[problem][lang].format(amt=money(lang, c.market, W.AMOUNT[problem]))
    text = letter.format(core=core, name=f"{c.first} {c.last}")
    subject = W.COMPLAINT_SUBJECT[lang].format(topic=W.TOPIC[problem][lang])
    return add(f, c, t, "email", "message", text, subject=subject)


def low_survey(
    f: Fam, c: Cust, t: datetime, which: str, score: tuple[int, int], after: tuple[int, int]
) -> tuple[str, int]:
    """A low NPS or CSAT after a bad moment: a word or nothing."""
    value = f.rng.randint(*score)
    when = t + timedelta(minutes=f.rng.randint(*after))
    word = f.rng.choice(W.LOW_WORDS[c.lang]) or None
    sid = add(
        f,
        c,
        when,
        "survey",
        "survey_response",
        word,
        scores={which: value},
        attrs={"survey": which},
    )
    return sid, value


def night_chat(f: Fam, c: Cust, t: datetime, answer_after: tuple[int, int]) -> str:
    """A night chat question, the agent's answer and a thank-you."""
    q, a = f.rng.choice(W.NIGHT_Q[c.lang])
    eid = add(f, c, t, "chat", "chat", q)
    t2 = t + timedelta(minutes=f.rng.randint(*answer_after))
    add(f, c, t2, "chat", "chat", a, out=True)
    when = t2 + timedelta(minutes=f.rng.randint(1, 3))
    add(f, c, when, "chat", "chat", pick(f, W.THANKS, c.lang))
    return eid


def happy_writers(f: Fam) -> None:
    rng = f.rng
    for _ in range(16):
        c = person(f, pick_lang(rng), "happy", "day writer", [], [])
        happy_days(f, c, rng.randint(5, 8), list(range(f.days)))
    for _ in range(5):
        c = person(f, pick_lang(rng), "happy", "night writer", [], [])
        for d in sorted(rng.sample(range(f.days - 1), rng.randint(2, 4))):
            t = f.at(d, 22, 12) + timedelta(minutes=rng.randint(0, 378))
            if rng.random() < 0.5:
                ch = rng.choice(["community", "social"])
                add(
                    f,
                    c,
                    t,
                    ch,
                    "post" if ch == "community" else "mention",
                    pick(f, W.NIGHT_POSTS, c.lang),
                )
            else:
                night_chat(f, c, t, (1, 5))
        for d in sorted(rng.sample(range(f.days), rng.randint(2, 3))):
            happy_act(f, c, f.day_time(d, 9, 18), only=["praise", "purchase", "page", "review"])
    for _ in range(5):
        c = person(f, pick_lang(rng), "happy", "answers surveys", [], [])
        for d in sorted(rng.sample(range(f.days), rng.randint(3, 6))):
            survey_happy(f, c, f.day_time(d, 8, 20))


def one_bad_day(f: Fam) -> None:
    rng = f.rng
    problems = list(W.PROBLEMS) * 4
    rng.shuffle(problems)
    channels = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    long_langs = ["it", "it", "fr", "fr"]
    with_case = [i for i, ch in enumerate(channels) if ch != "social"]
    nps_set = set(rng.sample(with_case, 6))
    csat_set = set(rng.sample([i for i in with_case if i not in nps_set], 5))
    good_set = set(rng.sample(with_case, 12))
    apology_set = set(rng.sample(sorted(good_set), 5))
    for i, (problem, ch) in enumerate(zip(problems, channels, strict=True)):
        lang = long_langs.pop(0) if ch == "long" else pick_lang(rng)
        detractor = i in nps_set
        c = person(
            f,
            lang,
            "bad_day_detractor" if detractor else "happy_one_bad_day",
            "one bad day",
            ["detractor"] if detractor else [],
            SILENCE,
            problem=problem,
        )
        bad = rng.randint(2, 9)
        t = f.day_time(bad, 8, 20)
        days = [d for d in range(f.days) if d <= bad - 2 or d >= bad + 3]
        happy_days(f, c, rng.randint(1, 5), days, surveys=False)
        if ch == "long":
            eid = long_letter(f, c, t, problem, lang)
            real = "email"
        else:
            eid = complain(f, c, t, problem, ch)
            real = ch
        tr = c.truth
        tr.update(
            {
                "channel": real,
                "long_email": ch == "long",
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
        if ch == "social":
            continue
        case = case_ref(f)
        tr["booking"] = case
        ack(f, c, t, real, case)
        if detractor:
            sid, nps = low_survey(f, c, t, "nps", (1, 5), (100, 140))
            tr.update({"nps_given": True, "nps": nps, "survey_event_id": sid})
        if i in csat_set:
            sid, csat = low_survey(f, c, t, "csat", (1, 2), (40, 80))
            tr.update({"csat_given": True, "csat": csat, "survey_event_id": sid})
        if i in good_set:
            t_fix = morning(f, t + timedelta(minutes=rng.randint(60, 240)))
            agent_mail(f, c, t_fix, W.GOOD_NEWS, lang, case)
            tr["agent_fixed"] = True
            if i in apology_set:
                ta = morning(
                    f, t + timedelta(hours=rng.randint(16, 23), minutes=rng.randint(0, 59))
                )
                ach = rng.choice(["chat", "email"])
                atext = pick(f, W.APOLOGY, lang)
                aid = add(
                    f,
                    c,
                    ta,
                    ach,
                    "chat" if ach == "chat" else "message",
                    atext,
                    subject=W.CASE_SUBJECT[lang].format(case=case) if ach == "email" else None,
                )
                tr.update({"apologised": True, "apology_at": iso(ta), "apology_event_id": aid})
    for _ in range(8):
        c = person(f, pick_lang(rng), "happy", "control", [], [])
        happy_days(f, c, rng.randint(4, 7), list(range(f.days)))


def repeat_run(
    f: Fam,
    c: Cust,
    first_day: int,
    n: int,
    first_ch: str,
    quality: bool,
    langs: list[str] | None = None,
) -> None:
    rng = f.rng
    problem = rng.choice(W.PROBLEMS)
    comp = rng.choice(W.COMPETITORS)
    case = case_ref(f)
    lang_at = (lambda k: langs[k % len(langs)]) if langs else (lambda k: c.lang)
    t = f.day_time(first_day, 8, 19)
    eids = [complain(f, c, t, problem, first_ch, lang_at(0))]
    ack(f, c, t, first_ch, case, lang_at(0), quality=quality)
    used = [first_ch]
    pool = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != first_ch]
    rng.shuffle(pool)
    times = [t]
    for k in range(2, n + 1):
        t = morning(f, t + timedelta(hours=rng.randint(4, 40), minutes=rng.randint(0, 59)), late=22)
        ch = pool.pop()
        used.append(ch)
        eids.append(later_contact(f, c, t, k, ch, case, problem, comp, lang_at(k - 1)))
        times.append(t)
    c.truth.update(
        {
            "problem": problem,
            "booking": case,
            "contacts": n,
            "channels": used,
            "channel": first_ch,
            "agent_passed_on": quality,
            "problem_event_ids": eids,
            "competitor": comp if n >= 3 else None,
            "trouble_starts_at": iso(times[0]),
        }
    )


def repeat_contacts(f: Fam) -> None:
    rng = f.rng
    counts = [2] * 4 + [3] * 4 + [4] * 4
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    rng.shuffle(counts)
    rng.shuffle(firsts)
    quality = [True] * 6 + [False] * 6
    rng.shuffle(quality)
    for i in range(12):
        c = person(f, pick_lang(rng), "repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        for _ in range(rng.randint(1, 3)):
            happy_act(f, c, f.day_time(0, 7, 12))
        repeat_run(f, c, rng.randint(1, 4), counts[i], firsts[i], quality[i])
    for _ in range(5):
        c = person(f, pick_lang(rng), "resolved_between_contacts", "fixed", [], SILENCE)
        happy_days(f, c, rng.randint(1, 3), [0, 7, 8, 9])
        case = fixed_case(f, c, rng.randint(1, 5), rng.choice(W.PROBLEMS))
        c.truth.update(
            {"problems": [case], "booking": case["booking"], "trouble_starts_at": case["raised_at"]}
        )
    for _ in range(3):
        c = person(f, pick_lang(rng), "different_problems", "two problems", [], SILENCE)
        p1, p2 = rng.sample(list(W.PROBLEMS), 2)
        d1 = rng.randint(0, 3)
        cases = [fixed_case(f, c, d1, p1), fixed_case(f, c, d1 + rng.randint(4, 5), p2)]
        c.truth.update({"problems": cases, "trouble_starts_at": cases[0]["raised_at"]})
    for _ in range(7):
        c = person(f, pick_lang(rng), "happy", "frequent writer", [], [])
        for d in sorted(rng.sample(range(f.days), rng.randint(5, 8))):
            happy_act(
                f,
                c,
                f.day_time(d),
                only=["chat_q", "chat_q", "email_q", "phone_q", "praise", "purchase"],
            )


def slide(
    f: Fam, c: Cust, start_day: int, span: int, langs: list[str] | None = None
) -> tuple[list[str], list[datetime]]:
    rng = f.rng
    comp = rng.choice(W.COMPETITORS)
    eids: list[str] = []
    times: list[datetime] = []
    prev: datetime | None = None
    ratings = [3, 3, 2, 2, 1, 1]
    for i in range(6):
        lang = langs[i % len(langs)] if langs else c.lang
        day = start_day + round(i * span / 5)
        t = f.day_time(day, 8, 20)
        if prev is not None and t < prev + timedelta(hours=1):
            t = prev + timedelta(hours=1, minutes=rng.randint(5, 90))
        t = morning(f, t)
        text = W.SLIDE[lang][i].format(amt=W.SLIDE_AMOUNT[lang], comp=comp)
        ch = rng.choice(["social", "community", "review"])
        if ch == "review":
            eid = add(
                f,
                c,
                t,
                "web",
                "review",
                text,
                attrs={"rating": str(ratings[i]), "page": "/reviews"},
            )
        else:
            eid = add(f, c, t, ch, "post" if ch == "community" else "mention", text)
        eids.append(eid)
        times.append(t)
        prev = t
    c.truth.update(
        {
            "slide_event_ids": eids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": iso(times[0]),
        }
    )
    return eids, times


def slow_churners(f: Fam) -> None:
    rng = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    rng.shuffle(spans)
    nps_idx = set(rng.sample(range(10), 5))
    for i in range(10):
        exp = ["sentiment_drop", "detractor"] if i in nps_idx else ["sentiment_drop"]
        c = person(f, pick_lang(rng), "slow_churner", "slides", exp, SLIDER_TOL)
        for d in sorted(rng.sample(range(11), rng.randint(4, 5))):
            happy_act(f, c, f.day_time(d), only=["praise", "praise", "again"])
        for d in sorted(rng.sample(range(11), rng.randint(2, 4))):
            happy_act(f, c, f.day_time(d), surveys=False)
        _, times = slide(f, c, rng.randint(12, 16), spans[i])
        c.truth["nps_given"] = i in nps_idx
        if i in nps_idx:
            nps = rng.randint(1, 5)
            sid = add(
                f,
                c,
                morning(f, times[3] + timedelta(minutes=rng.randint(150, 210))),
                "survey",
                "survey_response",
                rng.choice(W.LOW_WORDS[c.lang]) or None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c.truth.update({"nps": nps, "survey_event_id": sid})
    for _ in range(5):
        c = person(
            f, pick_lang(rng), "slow_churner", "asks to cancel", ["churn_intent"], LEAVER_TOL
        )
        happy_days(f, c, rng.randint(4, 6), list(range(16)))
        t = f.day_time(rng.randint(17, 23), 8, 19)
        eid = add(
            f, c, t, "email", "message", pick(f, W.LEAVE, c.lang), subject=W.LEAVE_SUBJECT[c.lang]
        )
        add(
            f,
            c,
            morning(f, t + timedelta(minutes=rng.randint(60, 300))),
            "email",
            "message",
            W.SORRY_GO[c.lang].format(first=c.first),
            subject="Re: " + W.LEAVE_SUBJECT[c.lang],
            out=True,
        )
        tc = morning(f, t + timedelta(minutes=rng.randint(1200, 1800)))
        value, cur = price(c.market, 19.0)
        cid = add(
            f,
            c,
            tc,
            "web",
            "cancellation",
            attrs={
                "page": "/account/club/cancel",
                "product": "Fairvio Club, 1 month / Fairvio Club, 1 mese",
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
        c = person(f, pick_lang(rng), "happy", "steady", [], [])
        happy_days(f, c, rng.randint(6, 10), list(range(f.days)))
    for _ in range(5):
        c = person(f, pick_lang(rng), "steadily_grumpy", "grumbles", [], GRUMPY_TOL)
        d = rng.randint(0, 4)
        grumbles = rng.sample(W.GRUMBLES[c.lang], min(len(W.GRUMBLES[c.lang]), rng.randint(5, 7)))
        eids = []
        for g in grumbles:
            t = f.day_time(d, 8, 20)
            ch = rng.choice(["social", "community", "web", "review"])
            if ch == "review":
                eids.append(
                    add(f, c, t, "web", "review", g, attrs={"rating": "3", "page": "/reviews"})
                )
            elif ch == "web":
                eids.append(
                    add(
                        f, c, t, "web", "ticket", g, subject=g[:30], attrs={"page": "/help/contact"}
                    )
                )
            else:
                eids.append(add(f, c, t, ch, "post" if ch == "community" else "mention", g))
            d += rng.randint(1, 3)
        for _ in range(rng.randint(0, 2)):
            happy_act(f, c, f.day_time(rng.randint(0, 25)), only=["purchase"])
        c.truth.update(
            {
                "grumble_event_ids": eids,
                "trouble_starts_at": iso(min(r.t for r in f.rows if r.eid in eids)),
            }
        )
    for _ in range(5):
        c = person(f, pick_lang(rng), "happy_one_sarcastic_remark", "happy", [], SILENCE)
        happy_days(f, c, rng.randint(4, 7), list(range(16)))
        t = f.day_time(rng.randint(17, 28), 8, 20)
        ch = rng.choice(["social", "community"])
        sid = add(
            f, c, t, ch, "post" if ch == "community" else "mention", pick(f, W.SARCASM, c.lang)
        )
        c.truth.update({"sarcasm_event_id": sid})


def quiet_hours(f: Fam) -> None:
    rng = f.rng
    for _ in range(16):
        c = person(f, pick_lang(rng), "happy", "day writer", [], [])
        for d in sorted(rng.sample(range(3), rng.randint(1, 3))):
            t = f.at(d, 7) + timedelta(minutes=rng.randint(0, 630))
            happy_act(f, c, t)
    for i in range(4):
        c = person(f, pick_lang(rng), "grumbles_once", "grumbles once", [], SILENCE)
        t = f.day_time(rng.randint(0, 2), 9, 17)
        happy_act(f, c, t, only=["purchase", "page"])
        tg = t + timedelta(minutes=rng.randint(20, 30))
        text = pick(f, W.MILD, c.lang)
        if i < 2:
            gid = add(f, c, tg, "chat", "chat", text)
            add(
                f,
                c,
                tg + timedelta(minutes=rng.randint(1, 5)),
                "chat",
                "chat",
                W.MILD_ANSWER[c.lang],
                out=True,
            )
        else:
            gid = add(
                f, c, tg, "web", "ticket", text, subject=text[:30], attrs={"page": "/help/contact"}
            )
            add(
                f,
                c,
                tg + timedelta(minutes=rng.randint(20, 90)),
                "email",
                "message",
                W.FORM_ACK[c.lang].format(first=c.first),
                subject="Fairvio",
                out=True,
            )
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(tg)})
    day_extra = set(rng.sample(range(36), 18))
    k = 0
    for night in (1, 2, 3):
        b1 = f.at(night, 0, rng.randint(40, 65))
        starts = [
            b1,
            b1 + timedelta(minutes=rng.randint(28, 33)),
            b1 + timedelta(minutes=rng.randint(55, 65)),
        ]
        for b, bs in enumerate(starts, start=1):
            for _ in range(4):
                c = person(f, pick_lang(rng), "night_owl", f"night {night}, burst {b}", [], [])
                t = bs + timedelta(minutes=rng.randint(0, 9), seconds=rng.randint(0, 59))
                if rng.random() < 0.5:
                    nid = night_chat(f, c, t, (2, 6))
                else:
                    ch = rng.choice(["community", "social"])
                    nid = add(
                        f,
                        c,
                        t,
                        ch,
                        "post" if ch == "community" else "mention",
                        pick(f, W.NIGHT_POSTS, c.lang),
                    )
                if k in day_extra:
                    happy_act(
                        f, c, f.at(rng.randint(0, 2), 9) + timedelta(minutes=rng.randint(0, 510))
                    )
                c.truth.update({"burst_at": iso(bs), "night_event_id": nid})
                k += 1


PAIRS = (
    [("it", "fr")] * 4
    + [("fr", "it")] * 4
    + [("fr", "en")] * 2
    + [("en", "fr")] * 2
    + [("it", "en")] * 2
    + [
        ("it", "de"),
        ("de", "it"),
        ("fr", "de"),
        ("de", "fr"),
        ("fr", "es"),
        ("es", "fr"),
        ("it", "es"),
        ("pt", "fr"),
        ("fr", "pt"),
        ("es", "it"),
        ("en", "it"),
        ("it", "pt"),
        ("de", "en"),
    ]
)
REASON = {
    "it": "Italian",
    "fr": "French",
    "en": "English",
    "de": "German",
    "es": "Spanish",
    "pt": "Portuguese",
}
BOTH = {
    ("it", "fr"): ["CH"],
    ("fr", "it"): ["CH"],
    ("it", "de"): ["CH"],
    ("de", "it"): ["CH"],
    ("fr", "de"): ["CH", "LU", "BE"],
    ("de", "fr"): ["CH", "LU"],
}


def bilingual(f: Fam) -> None:
    rng = f.rng
    pairs = list(PAIRS)
    rng.shuffle(pairs)
    long_i = next(i for i, p in enumerate(pairs) if p[1] in ("it", "fr"))
    pairs.insert(0, pairs.pop(long_i))
    roles = (
        ["bad_long", "bad_email", "bad_chat"]
        + ["happy"] * 12
        + ["repeat"] * 5
        + ["slide"] * 5
        + ["fixed"] * 2
    )
    rep_counts = [2, 2, 3, 3, 4]
    rng.shuffle(rep_counts)
    for (l1, l2), role in zip(pairs, roles, strict=True):
        market = rng.choice(BOTH.get((l1, l2)) or list(W.MARKETS[l1]) + list(W.MARKETS[l2]))
        extra: dict[str, Any] = {
            "languages": [l1, l2],
            "job_second_language": rng.choice(
                [
                    f"partner speaks {REASON[l2]} at home",
                    f"works for a {REASON[l2]}-speaking firm",
                    f"grew up speaking {REASON[l2]}",
                    f"plays with a {REASON[l2]}-speaking group",
                ]
            ),
        }
        if role == "happy":
            c = person(f, l1, "happy", "alternates languages", [], [], market=market, **extra)
            for j, d in enumerate(sorted(rng.sample(range(f.days), rng.randint(5, 8)))):
                happy_act(f, c, f.day_time(d), lang=(l1, l2)[j % 2])
        elif role == "repeat":
            n = rep_counts.pop()
            c = person(
                f,
                l1,
                "repeat_contact",
                "repeats",
                ["repeat_contact"],
                REPEAT_TOL,
                market=market,
                **extra,
            )
            for j in range(rng.randint(1, 3)):
                happy_act(f, c, f.day_time(rng.randint(0, 1)), lang=(l1, l2)[j % 2])
            repeat_run(
                f,
                c,
                rng.randint(2, 5),
                n,
                rng.choice(["web", "email", "chat"]),
                n >= 3,
                langs=[l1, l2],
            )
        elif role == "slide":
            c = person(
                f,
                l1,
                "slow_churner",
                "slides",
                ["sentiment_drop"],
                SLIDER_TOL,
                market=market,
                **extra,
            )
            for j, d in enumerate(sorted(rng.sample(range(6), 5))):
                happy_act(f, c, f.day_time(d), lang=(l1, l2)[j % 2], only=["praise"])
            for j in range(rng.randint(1, 3)):
                happy_act(f, c, f.day_time(rng.randint(0, 6)), lang=(l2, l1)[j % 2], surveys=False)
            slide(f, c, rng.randint(7, 8), rng.randint(3, 5), langs=[l1, l2])
        elif role == "fixed":
            c = person(
                f, l1, "resolved_between_contacts", "fixed", [], SILENCE, market=market, **extra
            )
            happy_days(f, c, rng.randint(1, 3), [0, 1, 10, 11, 12])
            done = fixed_case(
                f,
                c,
                rng.randint(3, 6),
                rng.choice(W.PROBLEMS),
                lang=l1,
                confirm_lang=l2,
                channel="web",
            )
            c.truth.update(
                {
                    "problems": [done],
                    "booking": done["booking"],
                    "trouble_starts_at": done["raised_at"],
                    "confirm_language": l2,
                }
            )
        else:
            c = person(
                f, l1, "happy_one_bad_day", "one bad day", [], SILENCE, market=market, **extra
            )
            bad = rng.randint(4, 9)
            happy_days(
                f,
                c,
                rng.randint(2, 4),
                [d for d in range(f.days) if d <= bad - 2 or d >= bad + 3],
                surveys=False,
            )
            problem = rng.choice(W.PROBLEMS)
            t = f.day_time(bad, 8, 19)
            case = case_ref(f)
            if role == "bad_long":
                eid = long_letter(f, c, t, problem, l2)
                ch = "email"
            else:
                ch = "email" if role == "bad_email" else "chat"
                eid = complain(f, c, t, problem, ch, l2)
            ack(f, c, t, ch, case, l2)
            fixed = ch == "email"
            if fixed:
                agent_mail(
                    f,
                    c,
                    morning(f, t + timedelta(minutes=rng.randint(60, 240))),
                    W.GOOD_NEWS,
                    l2,
                    case,
                )
            c.truth.update(
                {
                    "problem": problem,
                    "booking": case,
                    "channel": ch,
                    "long_email": role == "bad_long",
                    "bad_day_at": iso(t),
                    "bad_day_event_id": eid,
                    "bad_day_language": l2,
                    "trouble_starts_at": iso(t),
                    "agent_fixed": fixed,
                    "apologised": False,
                }
            )
            if role == "bad_email":
                ta = morning(
                    f, t + timedelta(hours=rng.randint(18, 23), minutes=rng.randint(0, 59))
                )
                aid = add(f, c, ta, "chat", "chat", pick(f, W.APOLOGY, l2))
                c.truth.update({"apologised": True, "apology_at": iso(ta), "apology_event_id": aid})


ACCOUNT_PLAN: list[tuple[str, str, str, int, int, str | None]] = [
    ("at_risk", "IT", "it", 5, 3, "invoice"),
    ("at_risk", "IT", "it", 4, 4, "overbilled"),
    ("at_risk", "FR", "fr", 6, 3, "portal"),
    ("at_risk", "FR", "fr", 5, 3, "service_blocked"),
    ("at_risk", "CH", "fr", 5, 4, "invoice"),
    ("one_unhappy", "IT", "it", 3, 1, "service_blocked"),
    ("one_unhappy", "FR", "fr", 3, 1, "overbilled"),
    ("one_unhappy", "UK", "en", 3, 1, "portal"),
    ("one_unhappy", "ES", "es", 3, 1, "invoice"),
    ("mild", "IT", "it", 4, 0, None),
    ("mild", "BE", "fr", 3, 0, None),
    ("mild", "DE", "de", 4, 0, None),
    ("happy", "IT", "it", 4, 0, None),
    ("happy", "FR", "fr", 4, 0, None),
    ("happy", "PT", "pt", 3, 0, None),
]


def b2b_routine(f: Fam, c: Cust, days: list[int], n: int, surveys: bool) -> None:
    rng = f.rng
    for d in sorted(rng.sample(days, min(n, len(days)))):
        t = f.at(d, 8) + timedelta(minutes=rng.randint(0, 510))
        kind = rng.choice(
            ["chat", "chat", "purchase", "page"] + (["praise", "survey"] if surveys else [])
        )
        if kind == "chat":
            q, a = rng.choice(B.B2B_QUESTIONS[c.lang])
            chat_qa(f, c, t, q, a, [B.B2B_THANKS[c.lang]])
        elif kind == "purchase":
            label, eur, page = rng.choice(B.B2B_PRODUCTS)
            add(f, c, t, "web", "page_view", attrs={"page": page})
            value, cur = price(c.market, eur)
            add(
                f,
                c,
                t + timedelta(minutes=rng.randint(3, 20)),
                "web",
                "purchase",
                attrs={"order_value": value, "currency": cur, "product": label, "page": page},
            )
        elif kind == "page":
            add(f, c, t, "web", "page_view", attrs={"page": rng.choice(B.B2B_PAGES)})
        elif kind == "praise":
            add(f, c, t, "community", "post", rng.choice(B.B2B_PRAISE[c.lang]))
        else:
            survey_happy(f, c, t)


def b2b_complaint(
    f: Fam, c: Cust, t: datetime, problem: str, lang: str, company: str, case: str
) -> str:
    """A company contact's first complaint e-mail and the agent's acknowledgement."""
    sign = W.SIGN[lang].format(name=f"{c.first} {c.last}\n{c.truth['job_title']}, {company}")
    subject = W.COMPLAINT_SUBJECT[lang].format(topic=B.B2B_TOPIC[problem][lang])
    eid = add(
        f, c, t, "email", "message", B.B2B_FIRST[problem][lang] + "\n\n" + sign, subject=subject
    )
    t_ack = office(f, t + timedelta(minutes=f.rng.randint(10, 40)))
    ack_text = B.B2B_ACK[lang].format(first=c.first, case=case, company=company)
    add(
        f,
        c,
        t_ack,
        "email",
        "message",
        ack_text,
        subject=W.CASE_SUBJECT[lang].format(case=case),
        out=True,
    )
    return eid


def low_nps(f: Fam, c: Cust, t: datetime) -> tuple[str, int]:
    """A company complainer's NPS of 1-5, one to three hours after the complaint."""
    nps = f.rng.randint(1, 5)
    when = t + timedelta(minutes=f.rng.randint(60, 180))
    sid = add(
        f, c, when, "survey", "survey_response", None, scores={"nps": nps}, attrs={"survey": "nps"}
    )
    return sid, nps


def b2b_accounts(f: Fam) -> None:
    rng = f.rng
    weekdays = [d for d in range(f.days) if (f.start + timedelta(days=d)).weekday() < 5]
    companies = {lang: list(names) for lang, names in B.COMPANY.items()}
    for kind, market, lang, n_contacts, n_unhappy, problem in ACCOUNT_PLAN:
        company = companies[lang].pop(0)
        domain = slug(company)[:18] + ".example"

        def account_id(m: str = market) -> str:
            return f"FVC-{m}-{rng.randint(1000, 9999)}"

        acc = unique(rng, account_id, "account")
        contacts: list[Cust] = []
        titles = rng.sample(B.TITLES, n_contacts)
        firsts_used: set[str] = set()
        for j in range(n_contacts):
            role = (
                "complainer"
                if j < n_unhappy
                else ("suggests" if kind == "mild" and j < 2 else "contact")
            )
            if kind == "at_risk" and role == "complainer":
                persona, tol = "b2b_unhappy", RISK_TOL
            elif kind == "one_unhappy" and role == "complainer":
                persona, tol = "b2b_one_unhappy", ONE_TOL
            elif role == "suggests":
                persona, tol = "b2b_mild", SILENCE
            else:
                persona, tol = "b2b_happy", []
            for _ in range(50):
                c = person(
                    f,
                    lang,
                    persona,
                    role,
                    [],
                    tol,
                    market=market,
                    account=acc,
                    domain=domain,
                    job=titles[j],
                    company=company,
                    role=role,
                    job_title=titles[j],
                )
                if c.first not in firsts_used:
                    break
                del f.custs[c.key]
            else:
                raise SystemExit("no distinct first name")
            firsts_used.add(c.first)
            contacts.append(c)
        unhappy = [c for c in contacts if c.truth["role"] == "complainer"]
        for c in contacts:
            if c.truth["role"] == "contact":
                b2b_routine(f, c, weekdays, rng.randint(2, 5), surveys=True)
            else:
                b2b_routine(f, c, [0, 1], rng.randint(0, 2), surveys=False)
        trouble: str | None = None
        if kind == "at_risk" and problem:
            case = case_ref(f)
            t = f.at(2, 8) + timedelta(minutes=rng.randint(0, 400))
            trouble = iso(t)
            first = unhappy[0]
            first_t = t
            for k, c in enumerate(unhappy):
                if k == 0:
                    eid = b2b_complaint(f, c, t, problem, lang, company, case)
                else:
                    t = office(
                        f, t + timedelta(hours=rng.randint(8, 28), minutes=rng.randint(0, 59))
                    )
                    wd = (
                        B.WEEKDAY[lang][5]
                        if first_t.date() == t.date()
                        else B.WEEKDAY[lang][first_t.weekday()]
                    )
                    text = rng.choice(B.B2B_LATER[lang]).format(
                        first=first.first, weekday=wd, case=case, again=B.B2B_AGAIN[problem][lang]
                    )
                    eid = add(
                        f,
                        c,
                        t,
                        "email",
                        "message",
                        text + "\n" + W.SIGN[lang].format(name=f"{c.first} {c.last}, {company}"),
                        subject=W.CASE_SUBJECT[lang].format(case=case),
                    )
                c.truth.update(
                    {
                        "complaint_event_ids": [eid],
                        "booking": case,
                        "problem": problem,
                        "trouble_starts_at": iso(t),
                    }
                )
                if k < len(unhappy) - 1:
                    sid, nps = low_nps(f, c, t)
                    c.truth.update(
                        {
                            "expected_rules": ["detractor"],
                            "nps_given": True,
                            "nps": nps,
                            "survey_event_id": sid,
                        }
                    )
                else:
                    t2 = office(
                        f, t + timedelta(hours=rng.randint(18, 40), minutes=rng.randint(0, 59))
                    )
                    comp = rng.choice(W.COMPETITORS)
                    mail = problem == "portal"
                    if mail:
                        text2 = B.B2B_LAST_MAIL[lang].format(
                            case=case, again=B.B2B_AGAIN[problem][lang], comp=comp
                        )
                        eid2 = add(
                            f,
                            c,
                            t2,
                            "email",
                            "message",
                            text2 + "\n" + c.first,
                            subject=W.CASE_SUBJECT[lang].format(case=case),
                        )
                    else:
                        eid2 = add(
                            f,
                            c,
                            t2,
                            "phone",
                            "call",
                            B.B2B_LAST_CALL[lang].format(
                                case=case, again=B.B2B_AGAIN[problem][lang]
                            ),
                        )
                    c.truth.update(
                        {
                            "expected_rules": ["repeat_contact"],
                            "nps_given": False,
                            "competitor": comp if mail else None,
                            "complaint_event_ids": [eid, eid2],
                        }
                    )
        elif kind == "one_unhappy" and problem:
            c = unhappy[0]
            case = case_ref(f)
            t = office(f, f.at(rng.randint(3, 7), 8) + timedelta(minutes=rng.randint(0, 520)))
            trouble = None
            eid = b2b_complaint(f, c, t, problem, lang, company, case)
            sid, nps = low_nps(f, c, t)
            c.truth.update(
                {
                    "expected_rules": ["detractor"],
                    "complaint_event_ids": [eid],
                    "booking": case,
                    "problem": problem,
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": sid,
                    "trouble_starts_at": iso(t),
                }
            )
        elif kind == "mild":
            for j, c in enumerate(c for c in contacts if c.truth["role"] == "suggests"):
                t = f.at(rng.choice([d for d in weekdays if d >= 2]), 8) + timedelta(
                    minutes=rng.randint(0, 470)
                )
                text = B.B2B_SUGGEST[lang][j % 2]
                mid = add(
                    f,
                    c,
                    t,
                    "web",
                    "ticket",
                    text,
                    subject=text[:32],
                    attrs={"page": "/portal/feedback"},
                )
                add(
                    f,
                    c,
                    office(f, t + timedelta(minutes=rng.randint(30, 120))),
                    "email",
                    "message",
                    B.B2B_SUGGEST_ACK[lang].format(first=c.first),
                    subject="Fairvio Corporate",
                    out=True,
                )
                c.truth.update({"mild_event_id": mid, "trouble_starts_at": iso(t)})
        f.accounts[acc] = {
            "company": company,
            "site": B.SITE[company],
            "contacts": len(contacts),
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy),
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


def spike_chat(f: Fam, c: Cust, t: datetime, text: str, lang: str) -> str:
    """A spike report in chat and the agent's answer 1-4 minutes later."""
    eid = add(f, c, t, "chat", "chat", text)
    answer_at = t + timedelta(minutes=f.rng.randint(1, 4))
    add(f, c, answer_at, "chat", "chat", W.SPIKE_CHAT_ANSWER[lang], out=True)
    return eid


def topic_spike(f: Fam) -> None:
    rng = f.rng
    sat = 5
    for _ in range(40):
        c = person(f, pick_lang(rng), "happy", "day writer", [], [])
        for d in sorted(rng.sample(range(6), rng.randint(1, 4))):
            happy_act(f, c, f.day_time(d, 12, 19) if d == sat else f.day_time(d))
    for lang in ("it", "en"):
        c = person(f, lang, "grumbles_once", "grumbles once", [], SILENCE)
        q, a = W.MAP_GRUMBLE[lang]
        t = f.day_time(0, 8, 17)
        gid = add(f, c, t, "chat", "chat", q)
        add(f, c, t + timedelta(minutes=rng.randint(1, 5)), "chat", "chat", a, out=True)
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(t)})
    for lang, (h, m) in (("it", (9, 40)), ("fr", (16, 5))):
        c = person(f, lang, "grumbles_once", "lone question", [], SILENCE)
        q, a = W.LONE_Q[lang]
        t = f.at(4, h, m)
        lid = add(f, c, t, "chat", "chat", q)
        add(f, c, t + timedelta(minutes=rng.randint(2, 6)), "chat", "chat", a, out=True)
        c.truth.update({"lone_report_event_id": lid, "trouble_starts_at": iso(t)})
    langs = ["it"] * 6 + ["fr"] * 6 + ["en", "en", "de", "de", "es", "es", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(langs)
    rng.shuffle(chans)
    s0 = f.at(sat, 7, 40)
    offs = sorted([0, 45, *rng.sample(range(1, 45), 18)])
    regular = [True] * 12 + [False] * 8
    rng.shuffle(regular)
    early = [i for i, o in enumerate(offs) if o <= 25]
    repeaters = set(rng.sample(early, 6))
    fixed = set(rng.sample([i for i in range(20) if i not in repeaters], 6))
    rep_chans = ["email", "email", "chat", "chat", "community", "community"]
    rng.shuffle(rep_chans)
    keys: list[str] = []
    eids: list[str] = []
    reps: list[str] = []
    for i in range(20):
        lang, ch = langs[i], chans[i]
        rep = i in repeaters
        c = person(
            f,
            lang,
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular[i] else "new",
            ["repeat_contact"] if rep else [],
            ["sentiment_drop", "silence"] if rep else SILENCE,
            in_spike=True,
            regular=regular[i],
        )
        if regular[i]:
            for _ in range(rng.randint(1, 3)):
                happy_act(f, c, f.at(2, 8) + timedelta(minutes=rng.randint(0, 570)))
        t = s0 + timedelta(minutes=offs[i], seconds=rng.randint(0, 50) if 0 < offs[i] < 45 else 0)
        text = pick(f, W.SPIKE, lang)
        if ch == "chat":
            eid = spike_chat(f, c, t, text, lang)
        elif ch == "email":
            eid = add(
                f, c, t, "email", "message", text + "\n" + c.first, subject=W.SPIKE_SUBJECT[lang]
            )
        elif ch == "web":
            eid = add(
                f,
                c,
                t,
                "web",
                "ticket",
                text,
                subject=W.SPIKE_SUBJECT[lang],
                attrs={"page": "/app/handicap"},
            )
        else:
            eid = add(f, c, t, ch, "post" if ch == "community" else "mention", text)
        keys.append(c.key)
        eids.append(eid)
        c.truth.update(
            {
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
                "agent_fixed": False,
            }
        )
        if rep:
            rch = rep_chans.pop()
            if rch == ch:
                rch = next(x for x in ("email", "chat", "community") if x != ch)
            t2 = t + timedelta(minutes=rng.randint(15, 50))
            again = pick(f, W.SPIKE_AGAIN, lang)
            if rch == "email":
                rid = add(
                    f,
                    c,
                    t2,
                    "email",
                    "message",
                    again + "\n" + c.first,
                    subject="Re: " + W.SPIKE_SUBJECT[lang],
                )
            elif rch == "chat":
                rid = spike_chat(f, c, t2, again, lang)
            else:
                rid = add(f, c, t2, "community", "post", again)
            reps.append(rid)
            c.truth.update({"repeat_event_id": rid})
        if i in fixed:
            local = "11:30" if c.market in CET else "10:30"
            credit = {"UK": "£9", "CH": "CHF 9"}.get(c.market, "€10" if lang == "en" else "10 €")
            tf = f.at(sat, 10, 38) + timedelta(minutes=rng.randint(0, 9))
            add(
                f,
                c,
                tf,
                "email",
                "message",
                W.SPIKE_FIXED[lang].format(first=c.first, local=local, credit=credit),
                subject=W.SPIKE_SUBJECT[lang],
                out=True,
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": W.SPIKE_TOPIC,
        "about": "handicap index shown as 54.0 after the overnight sync",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }


FAMILIES: list[tuple[str, str, str, int, str, Any, dict[str, int]]] = [
    (
        "happy_writers",
        "HW",
        "2026-03-09",
        10,
        "happy day writers, night writers and survey answerers",
        happy_writers,
        {},
    ),
    (
        "one_bad_day",
        "BD",
        "2026-04-20",
        12,
        "happy customers with one angry day, and controls",
        one_bad_day,
        {"detractor": 6},
    ),
    (
        "repeat_contacts",
        "RC",
        "2026-05-18",
        10,
        "repeat contacts about one open case, fixed cases, two problems, frequent writers",
        repeat_contacts,
        {"repeat_contact": 12},
    ),
    (
        "slow_churners",
        "SC",
        "2026-06-22",
        32,
        "sliders, leavers, steady, steadily grumpy, one sarcastic remark",
        slow_churners,
        {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
    ),
    (
        "quiet_hours",
        "QH",
        "2026-08-14",
        3,
        "a calm summer weekend with night owls in bursts",
        quiet_hours,
        {},
    ),
    (
        "bilingual",
        "BL",
        "2026-09-07",
        14,
        "customers writing in two languages",
        bilingual,
        {"repeat_contact": 5, "sentiment_drop": 5},
    ),
    (
        "b2b_accounts",
        "BB",
        "2026-10-12",
        14,
        "Fairvio Corporate accounts: at risk, one unhappy contact, mild, happy",
        b2b_accounts,
        {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    ),
    (
        "topic_spike",
        "TS",
        "2026-11-09",
        7,
        "a calm week and a planted spike on Saturday morning",
        topic_spike,
        {"topic_spike": 1, "repeat_contact": 6},
    ),
]


def identifiers(c: Cust, row: Row, first: bool) -> dict[str, str | None]:
    ref: dict[str, str | None] = {
        "customer_id": None,
        "email": None,
        "phone": None,
        "handle": None,
        "account_id": c.account,
    }
    if first or row.out:
        ref.update({"customer_id": c.key, "email": c.email, "phone": c.phone, "handle": c.handle})
        return ref
    if row.channel == "phone":
        ref["phone"] = c.phone
    elif row.channel in ("social", "community"):
        if c.handle:
            ref["handle"] = c.handle if c.key[-1] not in "05" else c.handle.lstrip("@")
        else:
            ref["email"] = c.email
    elif row.channel == "email":
        ref["email"] = c.email.upper() if c.key[-1] == "7" and c.key[-2] in "0123456" else c.email
    else:
        ref["customer_id"] = c.key
    return ref


def build(spec: tuple[str, str, str, int, str, Any, dict[str, int]], n: int) -> tuple[str, str]:
    name, code, start, days, about, fn, planted = spec
    f = Fam(name, code, n, datetime.fromisoformat(start).replace(tzinfo=UTC), days, about, planted)
    fn(f)
    rows = sorted(f.rows, key=lambda r: (r.t, r.eid))
    seen: set[str] = set()
    lines = []
    for r in rows:
        c = f.custs[r.cust]
        first = not r.out and r.cust not in seen
        if first:
            seen.add(r.cust)
        rec: dict[str, Any] = {
            "event_id": r.eid,
            "occurred_at": iso(r.t),
            "channel": r.channel,
            "kind": r.kind,
            "direction": "outbound" if r.out else "inbound",
            "customer": identifiers(c, r, first),
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
        lines.append(json.dumps(rec, ensure_ascii=False))
    # refusals
    counts: dict[str, int] = {}
    for c in f.custs.values():
        if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
            raise SystemExit(f"{name}: {c.key} both expects and tolerates a rule")
        if c.key not in seen:
            raise SystemExit(f"{name}: {c.key} has no inbound touchpoint")
        for rule in c.truth["expected_rules"]:
            counts[rule] = counts.get(rule, 0) + 1
    for acc in f.accounts.values():
        for rule in acc["expected_rules"]:
            counts[rule] = counts.get(rule, 0) + 1
    if f.spike:
        counts["topic_spike"] = 1
    if counts != planted:
        raise SystemExit(f"{name}: expected counts {counts} differ from the planted {planted}")
    end = max(f.start + timedelta(days=days), rows[-1].t + timedelta(hours=1))
    for r in rows:
        if not (YEAR0 <= r.t < CUTOFF) or r.t < f.start:
            raise SystemExit(
                f"{name}: {r.eid} at {iso(r.t)} is outside the family or 2026 before 25 November"
            )
    if end >= CUTOFF:
        raise SystemExit(f"{name}: end {iso(end)} too late")
    truth = {
        "config": {
            "family": name,
            "about": about,
            "business": BUSINESS,
            "days": days,
            "seed": SEED * 100 + n,
            "written": WRITTEN,
            "expected": dict(sorted(planted.items())),
        },
        "start": iso(f.start),
        "end": iso(end),
        "customers": {k: c.truth for k, c in sorted(f.custs.items())},
        "accounts": f.accounts,
        "spike": f.spike,
        "journey": {},
        "expectations": {},
    }
    return "\n".join(lines) + "\n", json.dumps(
        truth, ensure_ascii=False, indent=1, sort_keys=True
    ) + "\n"


def main() -> None:
    outputs = [build(spec, n) for n, spec in enumerate(FAMILIES, start=1)]
    for spec, (jsonl, truth) in zip(FAMILIES, outputs, strict=True):
        (HERE / f"{spec[0]}.jsonl").write_text(jsonl, encoding="utf-8")
        (HERE / f"{spec[0]}.truth.json").write_text(truth, encoding="utf-8")
        print(f"{spec[0]}: {jsonl.count(chr(10))} touchpoints")


if __name__ == "__main__":
    main()
