"""Build heldout204: eight families of Carrivo touchpoints and their truth (standard library only).

Run: python make_heldout204.py (from anywhere). Never tune on what it writes.
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

SEED = 20261031
MARKETS = {
    "en": ["UK", "IE"],
    "fr": ["FR", "BE", "CH", "LU"],
    "de": ["DE", "AT", "CH"],
    "it": ["IT", "CH"],
    "pt": ["PT"],
    "es": ["ES"],
}
PREFIX = {
    "UK": ("+447", 9),
    "IE": ("+3538", 8),
    "FR": ("+336", 8),
    "BE": ("+324", 8),
    "CH": ("+417", 8),
    "LU": ("+3526", 8),
    "DE": ("+4915", 9),
    "AT": ("+43664", 7),
    "IT": ("+393", 9),
    "PT": ("+3519", 8),
    "ES": ("+346", 8),
}
LANG_WEIGHTS = {"en": 30, "fr": 30, "de": 10, "it": 10, "pt": 10, "es": 10}
SOURCES = {
    "email": "carrivo-mail",
    "phone": "carrivo-voice",
    "social": "carrivo-social",
    "community": "carrivo-forum",
    "chat": "carrivo-chat",
    "web": "carrivo-web",
    "survey": "carrivo-survey",
}
COUNTER = {"n": 0, "case": 0}


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    first: str
    ids: dict[str, str | None]
    truth: dict[str, Any]


@dataclass
class Fam:
    name: str
    code: str
    start: datetime
    days: int
    rng: random.Random
    rough: random.Random
    rows: list[dict[str, Any]] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, Any] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    seq: int = 0


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def pick(rng: random.Random, table: W.Table, lang: str, **kw: str) -> str:
    return str(rng.choice(table[lang]).format(**kw))


def strip_accents(text: str) -> str:
    text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    return "".join(
        c
        for c in unicodedata.normalize("NFD", text)
        if unicodedata.category(c) != "Mn" or c == "\u0303"
    )


def roughen(fam: Fam, text: str) -> str:
    r = fam.rough
    if r.random() < 1 / 7:
        words = text.split(" ")
        idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
        if idx:
            i = r.choice(idx)
            w = words[i]
            j = r.randrange(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            text = " ".join(words)
    if r.random() < 1 / 8 and text[:1].isupper():
        text = text[0].lower() + text[1:]
    if r.random() < 1 / 10:
        text = strip_accents(text)
    return text


def daytime(t: datetime) -> datetime:
    """Move a time out of the night (22:00-07:00 UTC) to the next morning 08:xx."""
    if t.hour >= 22:
        t = t + timedelta(days=1)
    if t.hour >= 22 or t.hour < 7:
        return t.replace(hour=8, minute=t.minute, second=0)
    return t


def person(
    fam: Fam,
    lang: str,
    persona: str,
    habit: str,
    expected: list[str],
    tolerated: list[str],
    market: str | None = None,
    account: str | None = None,
    handle: bool = True,
    **extra: Any,
) -> Cust:
    rng = fam.rng
    COUNTER["n"] += 1
    n = COUNTER["n"]
    first = rng.choice(W.FIRST_NAMES[lang])
    last = rng.choice(W.LAST_NAMES[lang])
    market = market or rng.choice(MARKETS[lang])
    pre, digits = PREFIX[market]
    phone = pre + f"{n:04d}" + "".join(str(rng.randrange(10)) for _ in range(digits - 4))
    base = strip_accents(f"{first}.{last}".lower()).replace(" ", "")
    email = f"{base}{n}@{account.lower() if account else rng.choice(['mailbox', 'postino', 'correo', 'courriel'])}.example"
    key = f"CV{fam.code}{1000 + n:04d}"
    hnd = f"@{strip_accents(first.lower())}_{strip_accents(last.lower())}{n}" if handle else None
    ids: dict[str, str | None] = {
        "customer_id": key,
        "email": email,
        "phone": phone,
        "handle": hnd,
        "account_id": account,
    }
    truth: dict[str, Any] = {
        "identifiers": dict(ids),
        "expected_rules": expected,
        "tolerated_rules": tolerated,
        "persona": persona,
        "habit": habit,
        "language": lang,
        "country": market,
        "segment": "b2b" if account else "consumer",
        "name": f"{first} {last}",
        "job": None,
        "town": None,
    }
    truth.update(extra)
    c = Cust(key, lang, market, first, ids, truth)
    fam.custs[key] = c
    return c


def add(
    fam: Fam,
    c: Cust,
    t: datetime,
    channel: str,
    kind: str,
    text: str | None = None,
    *,
    subject: str | None = None,
    out: bool = False,
    scores: dict[str, int] | None = None,
    attrs: dict[str, str] | None = None,
    rough: bool = True,
) -> str:
    fam.seq += 1
    eid = f"h204-{fam.code.lower()}-{fam.seq:05d}"
    if text is not None and not out and rough and channel not in ("phone", "survey"):
        text = roughen(fam, text)
    a = {"market": c.market}
    if c.ids["account_id"]:
        a["segment"] = "b2b"
    if out:
        a["agent"] = fam.rng.choice(["Nadia", "Tom", "Élise", "Jens", "Paola", "Rui", "Sara"])
    a.update(attrs or {})
    fam.rows.append(
        {
            "event_id": eid,
            "occurred_at": iso(t),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "customer": c.key,
            "text": text,
            "subject": subject,
            "scores": scores or {},
            "source": SOURCES[channel],
            "attributes": a,
        }
    )
    return eid


def reply(
    fam: Fam, c: Cust, t: datetime, channel: str, kind: str, text: str, subject: str | None = None
) -> str:
    """An agent's reply (outbound, carrying all the customer's identifiers)."""
    return add(fam, c, t, channel, kind, text, subject=subject, out=True)


def new_case() -> str:
    COUNTER["case"] += 1
    return f"CV-{400000 + COUNTER['case'] * 37:06d}"


def at(fam: Fam, day: float, h0: float, h1: float) -> datetime:
    return fam.start + timedelta(days=int(day), hours=fam.rng.uniform(h0, h1))


def happy_act(fam: Fam, c: Cust, t: datetime) -> None:
    rng, lang = fam.rng, c.lang
    b2b = c.ids["account_id"] is not None
    kind = rng.choice(
        ["praise", "again", "gripe", "chat", "buy", "view", "review", "phone", "survey"]
    )
    if b2b and kind in ("again", "gripe", "review", "phone"):
        kind = "chat"
    if kind in ("praise", "again", "gripe"):
        table = {"praise": W.PRAISE, "again": W.AGAIN, "gripe": W.PRAISE_GRIPE}[kind]
        text = pick(rng, table, lang)
        if rng.random() < 0.5:
            if W.BRAND in text:
                i = text.rfind(W.BRAND)
                text = text[:i] + "@" + text[i:]
            else:
                text = "@Carrivo " + text
            add(fam, c, t, "social", "mention", text)
        else:
            add(fam, c, t, "community", "post", text)
    elif kind == "chat":
        q = pick(rng, W.B2B_Q if b2b else W.QUESTION, lang)
        add(fam, c, t, "chat", "chat", q)
        reply(
            fam,
            c,
            t + timedelta(minutes=rng.randint(1, 6)),
            "chat",
            "chat",
            pick(rng, W.B2B_A if b2b else W.ANSWER, lang),
        )
        if rng.random() < 0.6:
            add(
                fam,
                c,
                t + timedelta(minutes=rng.randint(7, 12)),
                "chat",
                "chat",
                pick(rng, W.THANKS, lang),
            )
    elif kind == "buy":
        prod = rng.choice(W.PRODUCTS["en"]) + " / " + rng.choice(W.PRODUCTS[lang])
        add(fam, c, t, "web", "page_view", attrs={"page": "/hire"})
        cur = "GBP" if c.market == "UK" else "CHF" if c.market == "CH" else "EUR"
        add(
            fam,
            c,
            t + timedelta(minutes=rng.randint(3, 15)),
            "web",
            "purchase",
            attrs={
                "order_value": f"{rng.randint(29, 149)}.00",
                "currency": cur,
                "product": prod,
                "page": "/checkout",
            },
        )
    elif kind == "view":
        add(
            fam,
            c,
            t,
            "web",
            "page_view",
            attrs={
                "page": rng.choice(["/roof-boxes", "/bike-carriers", "/club", "/fitting-points"])
            },
        )
    elif kind == "review":
        add(
            fam,
            c,
            t,
            "web",
            "review",
            pick(rng, W.REVIEW, lang),
            attrs={"rating": "5", "page": "/reviews"},
        )
    elif kind == "phone":
        add(fam, c, t, "phone", "call", pick(rng, W.PHONE_Q, lang))
        reply(
            fam,
            c,
            daytime(t + timedelta(minutes=rng.randint(10, 40))),
            "email",
            "message",
            pick(rng, W.PHONE_FOLLOW, lang),
        )
    else:
        survey(fam, c, t)


def low_score(fam: Fam, c: Cust, t: datetime, which: str, score: int) -> str:
    """A low survey score, given without a word."""
    return add(
        fam, c, t, "survey", "survey_response", None, scores={which: score}, attrs={"survey": which}
    )


def survey(fam: Fam, c: Cust, t: datetime) -> None:
    rng = fam.rng
    which = rng.choice(["nps", "csat", "ces"])
    score = {"nps": rng.randint(9, 10), "csat": rng.randint(4, 5), "ces": rng.randint(6, 7)}[which]
    add(
        fam,
        c,
        t,
        "survey",
        "survey_response",
        pick(rng, W.SURVEY_WORD, c.lang) or None,
        scores={which: score},
        attrs={"survey": which},
    )


def happy_days(fam: Fam, c: Cust, n: int, days: list[int], h0: float = 7, h1: float = 19) -> None:
    for d in sorted(fam.rng.sample(days, min(n, len(days)))):
        happy_act(fam, c, at(fam, d, h0, h1))


def lang_of(fam: Fam) -> str:
    return fam.rng.choices(list(LANG_WEIGHTS), weights=list(LANG_WEIGHTS.values()))[0]


def complaint(
    fam: Fam, c: Cust, t: datetime, problem: str, channel: str, long_email: bool = False
) -> str:
    rng, lang = fam.rng, c.lang
    text = pick(rng, W.PROBLEM[problem], lang)
    subj = W.COMPLAINT_SUBJECT[lang][0] + W.PROBLEM_NAME[lang][W.PROBLEMS.index(problem)]
    if channel == "email":
        body = pick(rng, W.LONG_EMAIL, lang, problem=text) if long_email else text
        return add(fam, c, t, "email", "message", body, subject=subj)
    if channel == "phone":
        low = "".join(ch for ch in text.lower() if ch.isalnum() or ch in " €£'")
        return add(fam, c, t, "phone", "call", pick(rng, W.CALL_COMPLAINT, lang, problem_low=low))
    if channel == "social":
        return add(fam, c, t, "social", "mention", "@Carrivo " + text)
    if channel == "web":
        return add(fam, c, t, "web", "ticket", text, subject=subj, attrs={"page": "/help/contact"})
    return add(fam, c, t, channel, "chat" if channel == "chat" else "post", text)


def ack(fam: Fam, c: Cust, t: datetime, case: str, channel: str) -> str:
    if channel == "chat":
        return reply(
            fam,
            c,
            t + timedelta(minutes=fam.rng.randint(1, 5)),
            "chat",
            "chat",
            pick(fam.rng, W.CASE_OPENED, c.lang, first=c.first, case=case),
        )
    return reply(
        fam,
        c,
        daytime(t + timedelta(minutes=fam.rng.randint(10, 40))),
        "email",
        "message",
        pick(fam.rng, W.CASE_OPENED, c.lang, first=c.first, case=case),
        W.CASE_SUBJECT[c.lang][0] + case,
    )


# ---------------------------------------------------------------- families --
def happy_writers(fam: Fam) -> None:
    for _ in range(16):
        c = person(fam, lang_of(fam), "happy", "day writer", [], [])
        happy_days(fam, c, fam.rng.randint(5, 8), list(range(10)))
    for _ in range(5):
        c = person(fam, lang_of(fam), "happy", "night writer", [], [])
        for d in sorted(fam.rng.sample(range(9), fam.rng.randint(2, 4))):
            t = fam.start + timedelta(days=d, hours=22, minutes=fam.rng.randint(12, 380))
            if fam.rng.random() < 0.5:
                add(
                    fam,
                    c,
                    t,
                    "social",
                    "mention",
                    pick(fam.rng, W.NIGHT_POST, c.lang).replace(W.BRAND, "@" + W.BRAND, 1),
                )
            else:
                add(fam, c, t, "chat", "chat", pick(fam.rng, W.NIGHT_Q, c.lang))
                reply(
                    fam,
                    c,
                    t + timedelta(minutes=3),
                    "chat",
                    "chat",
                    pick(fam.rng, W.NIGHT_A, c.lang),
                )
                add(
                    fam,
                    c,
                    t + timedelta(minutes=8),
                    "chat",
                    "chat",
                    pick(fam.rng, W.THANKS, c.lang),
                )
        happy_days(fam, c, fam.rng.randint(2, 3), list(range(10)), 9, 18)
    for _ in range(5):
        c = person(fam, lang_of(fam), "happy", "answers surveys", [], [])
        for d in sorted(fam.rng.sample(range(10), fam.rng.randint(3, 6))):
            survey(fam, c, at(fam, d, 8, 19))


def one_bad_day(fam: Fam) -> None:
    rng = fam.rng
    channels = (
        ["email_long"] * 4
        + ["email"] * 4
        + ["chat"] * 4
        + ["social"] * 4
        + ["web"] * 4
        + ["phone"] * 4
    )
    with_case = [i for i, ch in enumerate(channels) if ch != "social"]
    detr = set(rng.sample(with_case, 6))
    csat = set(rng.sample([i for i in with_case if i not in detr], 5))
    fixed = set(rng.sample(with_case, 12))
    sorry = set(rng.sample(sorted(fixed), 5))
    for i, ch in enumerate(channels):
        lang = ("en", "fr")[i % 2] if ch == "email_long" else lang_of(fam)
        problem = W.PROBLEMS[i % 6]
        persona = "bad_day_detractor" if i in detr else "happy_one_bad_day"
        c = person(
            fam,
            lang,
            persona,
            "one bad day",
            ["detractor"] if i in detr else [],
            ["silence"],
            problem=problem,
        )
        bad = rng.randint(2, 9)
        happy_days(
            fam, c, rng.randint(1, 5), [d for d in range(12) if d <= bad - 2 or d >= bad + 3]
        )
        t = at(fam, bad, 8, 20)
        channel = "email" if ch == "email_long" else ch
        eid = complaint(fam, c, t, problem, channel, long_email=ch == "email_long")
        c.truth.update(
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            channel=channel,
            long_email=ch == "email_long",
            trouble_starts_at=iso(t),
        )
        case = None
        if ch != "social":
            case = new_case()
            ack(fam, c, t, case, channel)
        c.truth["booking"] = case
        if i in detr:
            s = low_score(
                fam, c, t + timedelta(minutes=rng.randint(100, 140)), "nps", rng.randint(1, 5)
            )
            c.truth.update(nps_given=True, survey_event_id=s)
        elif i in csat:
            s = low_score(
                fam, c, t + timedelta(minutes=rng.randint(40, 80)), "csat", rng.randint(1, 2)
            )
            c.truth.update(csat_given=True, survey_event_id=s)
        if i in fixed and case:
            reply(
                fam,
                c,
                daytime(t + timedelta(hours=rng.uniform(1, 4))),
                "email",
                "message",
                pick(rng, W.GOOD_NEWS, lang, case=case),
                W.CASE_SUBJECT[lang][0] + case,
            )
            c.truth["agent_fixed"] = True
            if i in sorry:
                ta = daytime(t + timedelta(hours=rng.uniform(16, 24)))
                c.truth.update(
                    apologised=True,
                    apology_at=iso(ta),
                    apology_event_id=add(fam, c, ta, "chat", "chat", pick(rng, W.APOLOGY, lang)),
                )
    for _ in range(8):
        c = person(fam, lang_of(fam), "happy", "control", [], [])
        happy_days(fam, c, rng.randint(4, 7), list(range(12)))


REPEAT_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]


def repeat_run(
    fam: Fam,
    c: Cust,
    lang_seq: list[str],
    contacts: int,
    first_day: int,
    problem: str,
    passed_on: bool,
) -> None:
    rng = fam.rng
    chans = ["web", "email", "chat", "phone"]
    first_ch = rng.choice(chans)
    t = at(fam, first_day, 8, 19)
    case = new_case()
    c.lang = lang_seq[0]
    ids = [complaint(fam, c, t, problem, first_ch)]
    if passed_on:
        if first_ch == "chat":
            ack(fam, c, t, case, "chat")
        reply(
            fam,
            c,
            daytime(t + timedelta(hours=rng.uniform(1.5, 2.5))),
            "email",
            "message",
            pick(rng, W.PASSED_ON, c.lang, first=c.first, case=case),
            W.CASE_SUBJECT[c.lang][0] + case,
        )
    else:
        ack(fam, c, t, case, first_ch)
    later = rng.sample(
        [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != first_ch], contacts - 1
    )
    comp = rng.choice(W.COMPETITORS)
    for k, ch in enumerate(later, start=2):
        t = daytime(t + timedelta(hours=rng.uniform(4, 40)))
        c.lang = lang_seq[(k - 1) % len(lang_seq)]
        text = pick(
            rng, W.STILL_OPEN, c.lang, case=case, problem=pick(rng, W.PROBLEM[problem], c.lang)
        )
        if k == 3:
            text += pick(rng, W.THIRD, c.lang, comp=comp)
        if k == 4:
            text += pick(rng, W.FOURTH, c.lang)
        if ch == "phone":
            text = "".join(x for x in text.lower() if x.isalnum() or x in " -€£'")
            ids.append(add(fam, c, t, "phone", "call", text))
        elif ch == "social":
            ids.append(add(fam, c, t, "social", "mention", "@Carrivo " + text))
        elif ch == "web":
            ids.append(
                add(fam, c, t, "web", "ticket", text, subject=case, attrs={"page": "/help/contact"})
            )
        elif ch == "email":
            ids.append(
                add(fam, c, t, "email", "message", text, subject=W.CASE_SUBJECT[c.lang][0] + case)
            )
        else:
            ids.append(add(fam, c, t, "chat", "chat", text))
            reply(
                fam,
                c,
                t + timedelta(minutes=rng.randint(1, 5)),
                "chat",
                "chat",
                pick(rng, W.URGENT, c.lang, case=case),
            )
    c.lang = lang_seq[0]
    c.truth.update(
        problem=problem,
        booking=case,
        contacts=contacts,
        channels=[first_ch, *later],
        agent_passed_on=passed_on,
        problem_event_ids=ids,
        competitor=comp if contacts >= 3 else None,
    )


def fixed_case(
    fam: Fam, c: Cust, day: int, problem: str, lang2: str | None = None
) -> dict[str, Any]:
    rng = fam.rng
    t = at(fam, day, 8, 18)
    case = new_case()
    eid = complaint(fam, c, t, problem, "web")
    ack(fam, c, t, case, "web")
    tf = daytime(t + timedelta(hours=rng.uniform(3, 20)))
    reply(
        fam,
        c,
        tf,
        "email",
        "message",
        pick(rng, W.GOOD_NEWS, c.lang, case=case),
        W.CASE_SUBJECT[c.lang][0] + case,
    )
    tc = daytime(tf + timedelta(hours=rng.uniform(8, 30)))
    lang = lang2 or c.lang
    ch = rng.choice(["email", "chat"])
    cid = add(
        fam,
        c,
        tc,
        ch,
        "message" if ch == "email" else "chat",
        pick(rng, W.CONFIRM, lang, case=case),
        subject=(W.CASE_SUBJECT[lang][0] + case) if ch == "email" else None,
    )
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(tf),
        "confirmed_at": iso(tc),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": "web",
        "confirm_channel": ch,
    }


def repeat_contacts(fam: Fam) -> None:
    rng = fam.rng
    counts = [2] * 4 + [3] * 4 + [4] * 4
    passed = set(rng.sample(range(12), 6))
    for i, n in enumerate(counts):
        lang = lang_of(fam)
        c = person(fam, lang, "repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        happy_days(fam, c, rng.randint(1, 3), [0], 7, 12)
        repeat_run(fam, c, [lang], n, rng.randint(1, 4), W.PROBLEMS[i % 6], i in passed)
        c.truth["trouble_starts_at"] = fam.rows[-1]["occurred_at"]
    for i in range(5):
        c = person(fam, lang_of(fam), "resolved_between_contacts", "fixed", [], ["silence"])
        happy_days(fam, c, 2, [0, 6, 7])
        c.truth["problems"] = [fixed_case(fam, c, rng.randint(1, 4), W.PROBLEMS[i])]
    for i in range(3):
        c = person(fam, lang_of(fam), "different_problems", "two problems", [], ["silence"])
        c.truth["problems"] = [
            fixed_case(fam, c, 1, W.PROBLEMS[i]),
            fixed_case(fam, c, 5, W.PROBLEMS[i + 3]),
        ]
    for _ in range(7):
        c = person(fam, lang_of(fam), "happy", "frequent writer", [], [])
        happy_days(fam, c, rng.randint(5, 8), list(range(10)))


def slide(fam: Fam, c: Cust, start_day: int, span: int, langs: list[str], nps: bool) -> None:
    rng = fam.rng
    comp = rng.choice(W.COMPETITORS)
    t = at(fam, start_day, 8, 18)
    ids = []
    for k in range(6):
        lang = langs[k % len(langs)]
        if k:
            t = daytime(t + timedelta(hours=max(1.0, span * 24 / 6 * rng.uniform(0.6, 1.3))))
        text = W.SLIDE[lang][k].format(comp=comp)
        ch = rng.choice(["social", "community", "review"])
        if ch == "social":
            ids.append(add(fam, c, t, "social", "mention", "@Carrivo " + text))
        elif ch == "community":
            ids.append(add(fam, c, t, "community", "post", text))
        else:
            ids.append(
                add(
                    fam,
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"},
                )
            )
        if k == 3 and nps:
            s = low_score(
                fam,
                c,
                daytime(t + timedelta(hours=rng.uniform(2.5, 3.5))),
                "nps",
                rng.randint(1, 5),
            )
            c.truth.update(nps_given=True, survey_event_id=s)
    c.truth.update(
        slide_event_ids=ids,
        slide_days=span,
        competitor=comp,
        trouble_starts_at=ids
        and fam.rows[[r["event_id"] for r in fam.rows].index(ids[0])]["occurred_at"],
    )


SLIDE_TOL = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]


def praise_posts(fam: Fam, c: Cust, n: int, days: range, langs: list[str]) -> None:
    for k, d in enumerate(sorted(fam.rng.sample(list(days), n))):
        text = pick(fam.rng, W.PRAISE, langs[k % len(langs)])
        add(fam, c, at(fam, d, 8, 20), "community", "post", text)


def slow_churners(fam: Fam) -> None:
    rng = fam.rng
    spans = [3] + [5] * 5 + [9] * 4
    for i, span in enumerate(spans):
        lang = lang_of(fam)
        nps = i % 2 == 0
        c = person(
            fam,
            lang,
            "slow_churner",
            "slides",
            ["sentiment_drop", *(["detractor"] if nps else [])],
            SLIDE_TOL,
        )
        praise_posts(fam, c, rng.randint(4, 5), range(11), [lang])
        happy_days(fam, c, rng.randint(2, 4), list(range(11)))
        slide(fam, c, rng.randint(12, 16), span, [lang], nps)
    for _ in range(5):
        c = person(
            fam,
            lang_of(fam),
            "slow_churner",
            "asks to cancel",
            ["churn_intent"],
            ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        happy_days(fam, c, rng.randint(4, 6), list(range(16)))
        t = at(fam, rng.randint(17, 23), 8, 18)
        e = add(fam, c, t, "email", "message", pick(rng, W.CANCEL, c.lang), subject="Carrivo Club")
        reply(
            fam,
            c,
            daytime(t + timedelta(hours=rng.uniform(1, 5))),
            "email",
            "message",
            pick(rng, W.SORRY_GO, c.lang, first=c.first),
            "Re: Carrivo Club",
        )
        tc = daytime(t + timedelta(hours=rng.uniform(20, 30)))
        x = add(
            fam,
            c,
            tc,
            "web",
            "cancellation",
            attrs={"page": "/account/membership", "product": "Carrivo Club"},
        )
        c.truth.update(
            churn_intent_event_id=e,
            cancellation_event_id=x,
            churn_at=iso(tc),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = person(fam, lang_of(fam), "happy", "steady", [], [])
        happy_days(fam, c, rng.randint(6, 10), list(range(32)))
    for _ in range(5):
        c = person(
            fam, lang_of(fam), "steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"]
        )
        d = rng.randint(0, 4)
        ids = []
        for _k in range(rng.randint(5, 7)):
            ch = rng.choice(["social", "community", "web"])
            text = pick(rng, W.GRUMBLE, c.lang)
            t = at(fam, d, 8, 20)
            if ch == "social":
                ids.append(add(fam, c, t, "social", "mention", "@Carrivo " + text))
            elif ch == "community":
                ids.append(add(fam, c, t, "community", "post", text))
            else:
                ids.append(
                    add(fam, c, t, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            d += rng.randint(1, 3)
        c.truth.update(
            grumble_event_ids=ids,
            trouble_starts_at=fam.rows[[r["event_id"] for r in fam.rows].index(ids[0])][
                "occurred_at"
            ],
        )
    for _ in range(5):
        c = person(fam, lang_of(fam), "happy_one_sarcastic_remark", "happy", [], ["silence"])
        happy_days(fam, c, rng.randint(3, 6), list(range(16)))
        c.truth["sarcasm_event_id"] = add(
            fam,
            c,
            at(fam, rng.randint(17, 28), 9, 20),
            "social",
            "mention",
            "@Carrivo " + pick(rng, W.SARCASM, c.lang),
        )


def quiet_hours(fam: Fam) -> None:
    rng = fam.rng
    for _ in range(16):
        c = person(fam, lang_of(fam), "happy", "day writer", [], [])
        happy_days(fam, c, rng.randint(1, 3), [0, 1, 2], 7, 17.5)
    for i in range(4):
        c = person(fam, lang_of(fam), "grumbles_once", "grumbles once", [], ["silence"])
        t = at(fam, rng.randint(0, 2), 8, 17)
        add(fam, c, t, "web", "page_view", attrs={"page": "/fitting-points"})
        t2 = t + timedelta(minutes=rng.randint(20, 30))
        if i < 2:
            e = add(fam, c, t2, "chat", "chat", pick(rng, W.MILD, c.lang))
            reply(fam, c, t2 + timedelta(minutes=3), "chat", "chat", pick(rng, W.MILD_ACK, c.lang))
        else:
            e = add(
                fam,
                c,
                t2,
                "web",
                "ticket",
                pick(rng, W.MILD, c.lang),
                attrs={"page": "/help/contact"},
            )
            reply(
                fam,
                c,
                t2 + timedelta(minutes=25),
                "email",
                "message",
                pick(rng, W.MILD_ACK, c.lang),
            )
        c.truth.update(grumble_event_id=e, trouble_starts_at=iso(t2))
    for night in range(3):
        b0 = fam.start + timedelta(days=night + 1, minutes=rng.randint(40, 65))
        for burst, off in enumerate([0, rng.randint(28, 33), rng.randint(55, 65)]):
            bt = b0 + timedelta(minutes=off)
            for _ in range(4):
                c = person(
                    fam, lang_of(fam), "night_owl", f"night {night + 1}, burst {burst + 1}", [], []
                )
                t = bt + timedelta(minutes=rng.uniform(0, 10))
                if rng.random() < 0.5:
                    e = add(fam, c, t, "chat", "chat", pick(rng, W.NIGHT_Q, c.lang))
                    reply(
                        fam,
                        c,
                        t + timedelta(minutes=2),
                        "chat",
                        "chat",
                        pick(rng, W.NIGHT_A, c.lang),
                    )
                    add(
                        fam,
                        c,
                        t + timedelta(minutes=6),
                        "chat",
                        "chat",
                        pick(rng, W.THANKS, c.lang),
                    )
                else:
                    e = add(fam, c, t, "community", "post", pick(rng, W.NIGHT_POST, c.lang))
                c.truth.update(burst_at=iso(bt), night_event_id=e)
                if rng.random() < 0.5:
                    happy_act(fam, c, at(fam, rng.randint(0, 2), 9, 17.5))


BIL_PAIRS = [
    ("en", "fr"),
    ("fr", "en"),
    ("fr", "de"),
    ("en", "es"),
    ("fr", "it"),
    ("en", "pt"),
    ("de", "fr"),
    ("it", "fr"),
    ("pt", "fr"),
    ("es", "en"),
]


def bilingual(fam: Fam) -> None:
    rng = fam.rng
    n = 0

    def pair() -> tuple[str, str]:
        nonlocal n
        n += 1
        return BIL_PAIRS[n % len(BIL_PAIRS)]

    for _ in range(12):
        a, b = pair()
        c = person(fam, a, "happy", "alternates languages", [], [], languages=[a, b])
        for k, d in enumerate(sorted(rng.sample(range(14), rng.randint(5, 8)))):
            c.lang = (a, b)[k % 2]
            happy_act(fam, c, at(fam, d, 8, 19))
        c.lang = a
    for i, cnt in enumerate([2, 2, 3, 3, 4]):
        a, b = pair()
        c = person(
            fam, a, "repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL, languages=[a, b]
        )
        happy_days(fam, c, rng.randint(1, 3), [0, 1])
        repeat_run(fam, c, [a, b], cnt, rng.randint(2, 5), W.PROBLEMS[i], cnt >= 3)
    for _ in range(5):
        a, b = pair()
        c = person(
            fam, a, "slow_churner", "slides", ["sentiment_drop"], SLIDE_TOL, languages=[a, b]
        )
        praise_posts(fam, c, 5, range(6), [a, b])
        happy_days(fam, c, rng.randint(1, 3), list(range(6)))
        slide(fam, c, rng.randint(7, 8), rng.randint(3, 5), [a, b], False)
    for i in range(3):
        a, b = pair()
        c = person(
            fam,
            a,
            "happy_one_bad_day",
            "one bad day",
            [],
            ["silence"],
            languages=[a, b],
            bad_day_language=b,
        )
        happy_days(fam, c, 3, [0, 1, 2, 10, 11, 12])
        c.lang = b
        t = at(fam, 6, 9, 18)
        ch = ["email", "email", "chat"][i]
        eid = complaint(fam, c, t, W.PROBLEMS[i + 2], ch, long_email=i == 0)
        case = new_case()
        ack(fam, c, t, case, ch)
        if ch == "email":
            reply(
                fam,
                c,
                daytime(t + timedelta(hours=2)),
                "email",
                "message",
                pick(rng, W.GOOD_NEWS, b, case=case),
                W.CASE_SUBJECT[b][0] + case,
            )
        c.lang = a
        c.truth.update(
            bad_day_at=iso(t), bad_day_event_id=eid, booking=case, trouble_starts_at=iso(t)
        )
    for i in range(2):
        a, b = pair()
        c = person(
            fam,
            a,
            "resolved_between_contacts",
            "fixed",
            [],
            ["silence"],
            languages=[a, b],
            confirm_language=b,
        )
        happy_days(fam, c, 2, [0, 12, 13])
        c.truth["problems"] = [fixed_case(fam, c, 3 + i, W.PROBLEMS[i], lang2=b)]


def office(fam: Fam, day: int) -> datetime:
    t = at(fam, day, 8, 16.5)
    while t.weekday() >= 5:
        t += timedelta(days=1)
    return t


def b2b_accounts(fam: Fam) -> None:
    rng = fam.rng
    plan = (
        [
            ("at_risk", 3, "portal"),
            ("at_risk", 3, "invoice"),
            ("at_risk", 3, "service_blocked"),
            ("at_risk", 4, "invoice"),
            ("at_risk", 4, "overbilled"),
        ]
        + [("one_unhappy", 1, p) for p in W.B2B_PROBLEMS]
        + [("mild", 0, "")] * 3
        + [("happy", 0, "")] * 3
    )
    langs = [
        "en",
        "fr",
        "fr",
        "en",
        "de",
        "fr",
        "en",
        "it",
        "es",
        "pt",
        "en",
        "fr",
        "de",
        "fr",
        "en",
    ]
    for k, (kind, unhappy, problem) in enumerate(plan):
        lang = langs[k]
        market = MARKETS[lang][0]
        acc = f"CVF-{market}-{3100 + k * 7:04d}"
        company = W.COMPANIES[k]
        size = (
            rng.randint(4, 6) if kind == "at_risk" else 3 if kind != "mild" else rng.randint(3, 4)
        )
        keys, unhappy_keys = [], []
        trouble = None
        case = new_case() if unhappy else ""
        comp = rng.choice(W.COMPETITORS)
        first_name = ""
        first_day = 2
        last_t = fam.start
        for j in range(size):
            role = (
                "complainer"
                if j < unhappy
                else "suggests"
                if kind == "mild" and j < 2
                else "contact"
            )
            if kind == "at_risk" and role == "complainer":
                c = person(
                    fam,
                    lang,
                    "b2b_unhappy",
                    "complainer",
                    ["detractor"] if j < unhappy - 1 else ["repeat_contact"],
                    [
                        "sentiment_drop",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "silence",
                        "account_risk",
                    ],
                    market=market,
                    account=acc.lower(),
                    handle=False,
                    company=company,
                    role=role,
                )
            elif role == "complainer":
                c = person(
                    fam,
                    lang,
                    "b2b_one_unhappy",
                    "complainer",
                    ["detractor"],
                    ["sentiment_drop", "high_value_at_risk", "silence"],
                    market=market,
                    account=acc.lower(),
                    handle=False,
                    company=company,
                    role=role,
                )
            elif role == "suggests":
                c = person(
                    fam,
                    lang,
                    "b2b_mild",
                    "suggests",
                    [],
                    ["silence"],
                    market=market,
                    account=acc.lower(),
                    handle=False,
                    company=company,
                    role=role,
                )
            else:
                c = person(
                    fam,
                    lang,
                    "b2b_happy",
                    "contact",
                    [],
                    [],
                    market=market,
                    account=acc.lower(),
                    handle=False,
                    company=company,
                    role=role,
                )
            c.ids["account_id"] = acc
            c.truth["identifiers"]["account_id"] = acc
            keys.append(c.key)
            if role == "contact":
                for d in sorted(rng.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], rng.randint(3, 5))):
                    t = office(fam, d)
                    if rng.random() < 0.8:
                        happy_act(fam, c, t)
                    else:
                        add(fam, c, t, "community", "post", pick(rng, W.B2B_PRAISE, lang))
                continue
            for d in range(rng.randint(0, 2)):
                add(fam, c, office(fam, d), "web", "page_view", attrs={"page": "/fleet/portal"})
            if role == "suggests":
                t = office(fam, rng.randint(2, 9))
                e = add(
                    fam,
                    c,
                    t,
                    "web",
                    "ticket",
                    pick(rng, W.B2B_SUGGEST, lang),
                    attrs={"page": "/fleet/contact"},
                )
                reply(
                    fam,
                    c,
                    t + timedelta(minutes=30),
                    "email",
                    "message",
                    pick(rng, W.MILD_ACK, lang),
                )
                c.truth.update(mild_event_id=e, trouble_starts_at=iso(t))
                continue
            unhappy_keys.append(c.key)
            ptext = W.B2B_PROBLEM[problem][lang][0]
            if kind == "one_unhappy":
                t = office(fam, rng.randint(3, 7))
                e = add(
                    fam,
                    c,
                    t,
                    "email",
                    "message",
                    pick(rng, W.B2B_FIRST, lang, problem=ptext, first=c.first, company=company),
                    subject=W.COMPLAINT_SUBJECT[lang][0] + company,
                )
                ack(fam, c, t, case, "email")
                s = low_score(
                    fam, c, t + timedelta(hours=rng.uniform(1, 3)), "nps", rng.randint(1, 5)
                )
                c.truth.update(
                    complaint_event_ids=[e],
                    survey_event_id=s,
                    nps_given=True,
                    problem=problem,
                    booking=case,
                    trouble_starts_at=iso(t),
                )
                continue
            if j == 0:
                t = fam.start + timedelta(days=first_day, hours=rng.uniform(8, 11))
                e = add(
                    fam,
                    c,
                    t,
                    "email",
                    "message",
                    pick(rng, W.B2B_FIRST, lang, problem=ptext, first=c.first, company=company),
                    subject=W.COMPLAINT_SUBJECT[lang][0] + company,
                )
                ack(fam, c, t, case, "email")
                trouble = iso(t)
                first_name = c.first
            else:
                t = last_t + timedelta(hours=rng.uniform(8, 28))
                t = daytime(t)
                while t.weekday() >= 5 or t.hour >= 17:
                    t = (t + timedelta(days=1)).replace(hour=8, minute=rng.randint(0, 59))
                day = W.WEEKDAY[lang][min(4, first_day)]
                e = add(
                    fam,
                    c,
                    t,
                    "email",
                    "message",
                    pick(
                        rng, W.B2B_LATER, lang, other=first_name, day=day, case=case, problem=ptext
                    ),
                    subject=W.CASE_SUBJECT[lang][0] + case,
                )
            ids = [e]
            last_t = t
            if j < unhappy - 1:
                s = low_score(
                    fam, c, t + timedelta(hours=rng.uniform(1, 3)), "nps", rng.randint(1, 5)
                )
                c.truth.update(survey_event_id=s, nps_given=True)
            else:
                t2 = t + timedelta(hours=rng.uniform(18, 40))
                t2 = daytime(t2)
                while t2.weekday() >= 5 or t2.hour >= 17:
                    t2 = (t2 + timedelta(days=1)).replace(hour=9, minute=rng.randint(0, 59))
                if k == 0:
                    ids.append(
                        add(
                            fam,
                            c,
                            t2,
                            "email",
                            "message",
                            pick(rng, W.B2B_LAST_MAIL, lang, case=case, comp=comp),
                            subject=W.CASE_SUBJECT[lang][0] + case,
                        )
                    )
                    c.truth["competitor"] = comp
                else:
                    ids.append(
                        add(
                            fam, c, t2, "phone", "call", pick(rng, W.B2B_LAST_CALL, lang, case=case)
                        )
                    )
            c.truth.update(
                complaint_event_ids=ids, problem=problem, booking=case, trouble_starts_at=iso(t)
            )
        fam.accounts[acc] = {
            "company": company,
            "site": [
                "roofing",
                "events",
                "electrical",
                "plumbing",
                "construction",
                "landscaping",
                "scaffolding",
                "facilities",
                "hotel",
                "cleaning",
            ][k % 10],
            "contacts": len(keys),
            "contact_keys": keys,
            "unhappy_contacts": len(unhappy_keys) if kind != "mild" else 0,
            "unhappy_contact_keys": unhappy_keys,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": trouble,
            "language": lang,
            "country": market,
        }


def topic_spike(fam: Fam) -> None:
    rng = fam.rng
    for _ in range(40):
        c = person(fam, lang_of(fam), "happy", "day writer", [], [])
        for d in sorted(rng.sample(range(6), rng.randint(1, 4))):
            happy_act(fam, c, at(fam, d, 12, 19) if d == 5 else at(fam, d, 7, 19))
    for _ in range(2):
        c = person(fam, lang_of(fam), "grumbles_once", "grumbles once", [], ["silence"])
        t = at(fam, 0, 9, 17)
        e = add(fam, c, t, "chat", "chat", pick(rng, W.MILD, c.lang))
        reply(fam, c, t + timedelta(minutes=4), "chat", "chat", pick(rng, W.MILD_ACK, c.lang))
        c.truth.update(grumble_event_id=e, trouble_starts_at=iso(t))
    for lang, hh in (("fr", 9.6), ("en", 15.1)):
        c = person(fam, lang, "grumbles_once", "lone question", [], ["silence"])
        t = fam.start + timedelta(days=4, hours=hh)
        e = add(fam, c, t, "chat", "chat", pick(rng, W.LONE_Q, lang))
        add(fam, c, t + timedelta(minutes=5), "chat", "chat", pick(rng, W.LONE_A, lang), out=True)
        c.truth.update(lone_report_event_id=e, trouble_starts_at=iso(t))
    s0 = fam.start + timedelta(days=5, hours=8, minutes=40)
    langs = ["en"] * 6 + ["fr"] * 6 + ["de", "de", "it", "it", "pt", "pt", "es", "es"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(chans)
    offs = sorted([0, 45] + [rng.randint(1, 44) for _ in range(18)])
    order = list(range(20))
    rng.shuffle(order)
    keys, eids, reps = [], [], []
    repeaters = set([i for i in order if offs[i] <= 25][:6])
    fixed = set([i for i in order if i not in repeaters][:6])
    for i in range(20):
        lang = langs[order[i]]
        rep = i in repeaters
        c = person(
            fam,
            lang,
            "spike_repeater" if rep else "spike_reporter",
            "regular" if i % 5 < 3 else "new",
            ["repeat_contact"] if rep else [],
            ["silence", "sentiment_drop"] if rep else ["silence"],
            in_spike=True,
            regular=i % 5 < 3,
        )
        if i % 5 < 3:
            happy_act(fam, c, at(fam, 2, 8, 17.5))
        t = s0 + timedelta(minutes=offs[i], seconds=rng.randint(0, 50) if 0 < offs[i] < 45 else 0)
        text = pick(rng, W.SPIKE_CODE if rng.random() < 0.6 else W.SPIKE_PLAIN, lang, code=W.CODE)
        ch = chans[i]
        if ch == "social":
            e = add(fam, c, t, "social", "mention", "@Carrivo " + text)
        elif ch == "chat":
            e = add(fam, c, t, "chat", "chat", text)
            reply(fam, c, t + timedelta(minutes=2), "chat", "chat", pick(rng, W.SPIKE_ANSWER, lang))
        elif ch == "community":
            e = add(fam, c, t, "community", "post", text)
        elif ch == "email":
            e = add(
                fam,
                c,
                t,
                "email",
                "message",
                text,
                subject=W.COMPLAINT_SUBJECT[lang][0] + "Carrivo app",
            )
        else:
            e = add(fam, c, t, "web", "ticket", text, attrs={"page": "/help/contact"})
        keys.append(c.key)
        eids.append(e)
        c.truth.update(spike_event_id=e, spike_channel=ch, trouble_starts_at=iso(t))
        if rep:
            ch2 = rng.choice([x for x in ["email", "chat", "community"] if x != ch])
            t2 = t + timedelta(minutes=rng.randint(10, 60))
            r = add(
                fam,
                c,
                t2,
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                pick(rng, W.SPIKE_REPEAT, lang, code=W.CODE),
            )
            reps.append(r)
            c.truth["repeat_event_id"] = r
        if i in fixed:
            reply(
                fam,
                c,
                fam.start + timedelta(days=5, hours=11, minutes=rng.randint(8, 17)),
                "email",
                "message",
                pick(rng, W.SPIKE_FIXED, lang),
                "Carrivo app",
            )
            c.truth["agent_fixed"] = True
    fam.spike = {
        "topic": "roof-box hire app's vehicle fit check rejects every car: no booking can be finished, error "
        + W.CODE,
        "about": "the planted incident",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }


FAMILIES = [
    ("happy_writers", "HW", "2026-03-09", 10, happy_writers),
    ("one_bad_day", "BD", "2026-04-20", 12, one_bad_day),
    ("repeat_contacts", "RC", "2026-06-01", 10, repeat_contacts),
    ("slow_churners", "SC", "2026-07-06", 32, slow_churners),
    ("quiet_hours", "QH", "2026-08-28", 3, quiet_hours),
    ("bilingual", "BL", "2026-09-21", 14, bilingual),
    ("b2b_accounts", "BB", "2026-10-12", 14, b2b_accounts),
    ("topic_spike", "TS", "2026-10-26", 7, topic_spike),
]


def finish(fam: Fam) -> None:
    rows = sorted(fam.rows, key=lambda r: (r["occurred_at"], r["event_id"]))
    seen: set[str] = set()
    with (HERE / f"{fam.name}.jsonl").open("w", encoding="utf-8") as out:
        for r in rows:
            c = fam.custs[r["customer"]]
            ids = c.ids
            if r["direction"] == "outbound" or (c.key not in seen):
                ref: dict[str, str | None] = {k: v for k, v in ids.items() if v}
                if r["direction"] == "inbound":
                    seen.add(c.key)
            else:
                ch = r["channel"]
                if ch == "phone":
                    ref = {"phone": ids["phone"]}
                elif ch in ("social", "community"):
                    ref = {"handle": ids["handle"]} if ids["handle"] else {"email": ids["email"]}
                elif ch == "email":
                    ref = {"email": ids["email"]}
                else:
                    ref = {"customer_id": ids["customer_id"]}
                if ids["account_id"]:
                    ref["account_id"] = ids["account_id"]
            r = dict(r, customer=ref)
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    end = max(
        fam.start + timedelta(days=fam.days),
        datetime.strptime(rows[-1]["occurred_at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        + timedelta(hours=1),
    )
    assert end < datetime(2026, 11, 15, tzinfo=UTC)
    expected: dict[str, int] = {}
    for c in fam.custs.values():
        assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"])
        for rule in c.truth["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    for a in fam.accounts.values():
        for rule in a["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    if fam.spike:
        expected["topic_spike"] = 1
    truth = {
        "config": {
            "family": fam.name,
            "about": "heldout204, written blind; never tune on it",
            "business": "Carrivo (roof boxes, roof bars, bike carriers, snow chains on hire) and Carrivo Fleet",
            "days": fam.days,
            "seed": SEED,
            "written": "2026-12-06",
            "expected": dict(sorted(expected.items())),
        },
        "start": iso(fam.start),
        "end": iso(end),
        "customers": {k: c.truth for k, c in sorted(fam.custs.items())},
        "accounts": fam.accounts,
        "spike": fam.spike,
        "journey": {},
        "expectations": {},
    }
    (HERE / f"{fam.name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )


def main() -> None:
    for n, (name, code, start, days, build) in enumerate(FAMILIES, start=1):
        t0 = datetime.strptime(start, "%Y-%m-%d").replace(tzinfo=UTC)
        assert t0.weekday() == (4 if name == "quiet_hours" else 0), name
        fam = Fam(
            name, code, t0, days, random.Random(SEED * 100 + n), random.Random(SEED * 100 + 50 + n)
        )
        build(fam)
        finish(fam)


if __name__ == "__main__":
    main()
