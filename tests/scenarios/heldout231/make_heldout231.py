"""Builds heldout231 (report only, written blind). Standard library only.

Run: python make_heldout231.py (writes <family>.jsonl and <family>.truth.json here).
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
BRAND = "Montavo"
COMPS = ("Assemblio", "Bricoflex")
CODE = "MTV-752"

FIRST = {
    "fr": [
        "Camille",
        "Julien",
        "Léa",
        "Mathieu",
        "Chloé",
        "Antoine",
        "Manon",
        "Hugo",
        "Élodie",
        "Nicolas",
    ],
    "pt": [
        "Inês",
        "João",
        "Beatriz",
        "Tiago",
        "Mariana",
        "Rui",
        "Catarina",
        "Pedro",
        "Sofia",
        "Miguel",
    ],
    "en": ["Emma", "Oliver", "Grace", "Harry", "Niamh", "Liam"],
    "de": ["Anna", "Lukas", "Lena", "Jonas", "Sophie", "Felix"],
    "it": ["Giulia", "Marco", "Chiara", "Luca", "Sara", "Matteo"],
    "es": ["Lucía", "Pablo", "Carmen", "Javier", "Elena", "Diego"],
}
LAST = {
    "fr": ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard", "Roux", "Fournier"],
    "pt": ["Silva", "Santos", "Ferreira", "Pereira", "Costa", "Rodrigues", "Almeida", "Sousa"],
    "en": ["Walsh", "Patel", "Hughes", "Murphy", "Clarke"],
    "de": ["Becker", "Wagner", "Hoffmann", "Schulz", "Krüger"],
    "it": ["Rossi", "Bianchi", "Ricci", "Greco", "Conti"],
    "es": ["García", "López", "Martín", "Navarro", "Romero"],
}
MARKETS = {
    "fr": ["FR", "BE", "CH"],
    "pt": ["PT"],
    "en": ["UK", "IE"],
    "de": ["DE", "AT"],
    "it": ["IT"],
    "es": ["ES"],
}
PREFIX = {
    "FR": "+33 6",
    "BE": "+32 47",
    "CH": "+41 79",
    "PT": "+351 91",
    "UK": "+44 7700",
    "IE": "+353 85",
    "DE": "+49 151",
    "AT": "+43 660",
    "IT": "+39 347",
    "ES": "+34 6",
}
LANG_W = ("fr", "fr", "fr", "pt", "pt", "pt", "en", "de", "it", "es")
PROBLEMS = ("no_show", "damage", "double_charge", "wrong_price")
ALL_TOL = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]


def strip_accents(text: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    ids: dict[str, str | None]
    truth: dict[str, Any]
    b2b: bool = False


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
    start: datetime
    days: int
    about: str
    rng: random.Random
    rough: random.Random
    rows: list[Row] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    n: int = 0
    cases: int = 0


USED: set[str] = set()


def uniq(make: Any) -> str:
    for _ in range(1000):
        value = str(make())
        if value not in USED:
            USED.add(value)
            return value
    raise RuntimeError("no unique value")


def person(
    f: Fam,
    persona: str,
    habit: str,
    lang: str | None = None,
    b2b: bool = False,
    account: str | None = None,
    domain: str | None = None,
) -> Cust:
    r = f.rng
    lang = lang or r.choice(LANG_W)
    market = r.choice(MARKETS[lang])
    first, last = r.choice(FIRST[lang]), r.choice(LAST[lang])
    key = uniq(lambda: f"MV{f.code}{r.randrange(1000, 9999)}")
    base = strip_accents(f"{first}.{last}").lower().replace(" ", "")
    dom = domain or r.choice(["mail.example", "posteo.example", "net.example"])
    email = uniq(lambda: f"{base}{r.randrange(1, 99)}@{dom}")
    pre = PREFIX[market]
    phone = uniq(lambda: f"{pre} {r.randrange(10_000_000, 99_999_999)}")
    handle = (
        None
        if b2b
        else uniq(
            lambda: (
                f"@{strip_accents(last).lower()}_{strip_accents(first).lower()}{r.randrange(1, 99)}"
            )
        )
    )
    ids: dict[str, str | None] = {
        "customer_id": key,
        "email": email,
        "phone": phone,
        "handle": handle,
        "account_id": account,
    }
    canon = {
        "customer_id": key,
        "email": email.lower(),
        "phone": "+" + "".join(ch for ch in phone if ch.isdigit()),
        "handle": handle,
        "account_id": account,
    }
    truth: dict[str, Any] = {
        "identifiers": canon,
        "expected_rules": [],
        "tolerated_rules": [],
        "persona": persona,
        "habit": habit,
        "language": lang,
        "country": market,
        "segment": "b2b" if b2b else "consumer",
        "name": f"{first} {last}",
    }
    c = Cust(key, lang, market, ids, truth, b2b)
    f.custs[key] = c
    return c


def fill(text: str, c: Cust, **kw: str) -> str:
    r = random.Random(hash_str(text + c.key))
    values = {"brand": BRAND, "item": r.choice(W.ITEMS[c.lang]), "code": CODE}
    values.update(kw)
    for k, v in values.items():
        text = text.replace("{" + k + "}", v)
    return text


def hash_str(s: str) -> int:
    h = 7
    for ch in s:
        h = (h * 31 + ord(ch)) % 1_000_000_007
    return h


def roughen(f: Fam, text: str) -> str:
    r = f.rough
    if r.random() < 1 / 7:
        words = text.split(" ")
        idx = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha() and w.islower()]
        if idx:
            i = r.choice(idx)
            w = words[i]
            j = r.randrange(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            text = " ".join(words)
    if r.random() < 1 / 8 and text[:1].isupper() and not text[:2].isupper():
        text = text[0].lower() + text[1:]
    if r.random() < 1 / 10:
        text = strip_accents(text)
    return text


KIND = {
    "email": "message",
    "phone": "call",
    "social": "mention",
    "community": "post",
    "chat": "chat",
    "web": "ticket",
    "survey": "survey_response",
}
SOURCE = {
    "email": "montavo-mail",
    "phone": "montavo-voice",
    "social": "montavo-social",
    "community": "montavo-forum",
    "chat": "montavo-chat",
    "web": "montavo-web",
    "survey": "montavo-survey",
}


def add(
    f: Fam,
    c: Cust,
    t: datetime,
    channel: str,
    text: str | None,
    *,
    kind: str | None = None,
    out: bool = False,
    subject: str | None = None,
    scores: dict[str, int | None] | None = None,
    attrs: dict[str, str] | None = None,
    rough: bool = True,
) -> str:
    f.n += 1
    eid = f"h231-{f.code.lower()}-{f.n:05d}"
    if text is not None and not out and rough and channel not in ("phone", "survey"):
        text = roughen(f, text)
    if text is not None and channel == "social" and not out and "@" + BRAND not in text:
        text = text.replace(BRAND, "@" + BRAND) if BRAND in text else f"@{BRAND} {text}"
    a = {"market": c.market}
    if c.b2b:
        a["segment"] = "b2b"
    if out:
        a["agent"] = f.rng.choice(["Claire", "Rita", "Tom", "Jana", "Paola", "Nuria"])
    a.update(attrs or {})
    sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
    sc.update(scores or {})
    f.rows.append(
        Row(
            t,
            eid,
            c,
            channel,
            kind or KIND[channel],
            "outbound" if out else "inbound",
            text,
            subject,
            sc,
            a,
        )
    )
    return eid


def at(f: Fam, day: int, h0: float, h1: float) -> datetime:
    return f.start + timedelta(days=day, hours=f.rng.uniform(h0, h1))


def mins(t: datetime, a: float, b: float, r: random.Random) -> datetime:
    return t + timedelta(minutes=r.uniform(a, b))


def day_out(t: datetime) -> datetime:
    """Moves a time out of 22:00-07:00 UTC to the next morning."""
    if t.hour >= 22:
        return (t + timedelta(days=1)).replace(hour=8, minute=t.minute)
    if t.hour < 7:
        return t.replace(hour=8)
    return t


def new_case(f: Fam) -> str:
    return uniq(lambda: f"MV-{f.rng.randrange(100000, 999999)}")


def tol(c: Cust, rules: list[str]) -> None:
    c.truth["tolerated_rules"] = sorted(set(c.truth["tolerated_rules"]) | set(rules))


def expect(c: Cust, rule: str) -> None:
    if rule not in c.truth["expected_rules"]:
        c.truth["expected_rules"].append(rule)


def pick(f: Fam, table: dict[str, list[str]], c: Cust, **kw: str) -> str:
    return fill(f.rng.choice(table[c.lang]), c, **kw)


def happy_act(f: Fam, c: Cust, t: datetime, survey: bool = True) -> None:
    r = f.rng
    kinds = ["praise", "again", "gripe", "question", "call", "buy", "review", "joke"] + (
        ["survey"] if survey else []
    )
    k = r.choice(kinds)
    if k == "praise":
        add(f, c, t, r.choice(["social", "community"]), pick(f, W.PRAISE, c))
    elif k == "again":
        add(f, c, t, "community", pick(f, W.AGAIN, c))
    elif k == "gripe":
        add(
            f,
            c,
            t,
            "web",
            pick(f, W.GRIPE, c),
            kind="review",
            attrs={"rating": "4", "page": "/reviews"},
        )
    elif k == "joke":
        add(f, c, t, "social", pick(f, W.JOKE, c))
    elif k == "question":
        add(f, c, t, "chat", pick(f, W.QUESTION, c))
        t2 = mins(t, 1, 6, r)
        add(f, c, t2, "chat", pick(f, W.ANSWER, c), out=True)
        if r.random() < 0.6:
            add(f, c, mins(t2, 1, 4, r), "chat", pick(f, W.THANKS, c))
    elif k == "call":
        add(f, c, t, "phone", pick(f, W.CALL_Q, c))
        add(f, c, mins(t, 10, 40, r), "email", pick(f, W.CALL_FOLLOWUP, c), out=True)
    elif k == "buy":
        name, value = r.choice(W.PRODUCTS)
        add(f, c, t, "web", None, kind="page_view", attrs={"page": "/book"})
        add(
            f,
            c,
            mins(t, 2, 9, r),
            "web",
            None,
            kind="purchase",
            attrs={
                "page": "/book",
                "product": name,
                "order_value": value,
                "currency": "GBP" if c.market == "UK" else ("CHF" if c.market == "CH" else "EUR"),
            },
        )
    elif k == "review":
        add(
            f,
            c,
            t,
            "web",
            pick(f, W.PRAISE, c),
            kind="review",
            attrs={"rating": "5", "page": "/reviews"},
        )
    else:
        add(
            f,
            c,
            t,
            "survey",
            r.choice(W.SURVEY_WORD[c.lang]) or None,
            scores={"nps": r.choice([9, 10]), "csat": 5},
            attrs={"survey": "nps"},
        )


def happy_days(
    f: Fam, c: Cust, n: int, days: list[int], h0: float = 7, h1: float = 19, survey: bool = True
) -> None:
    for d in f.rng.sample(days, min(n, len(days))):
        happy_act(f, c, at(f, d, h0, h1), survey)


def complaint(
    f: Fam, c: Cust, t: datetime, channel: str, prob: str, case: str | None, long: bool = False
) -> str:
    p = W.PROBLEM[c.lang][prob]
    subj = f"{W.SUBJ_COMPLAINT[c.lang]}: {prob.replace('_', ' ')}"
    if channel == "email":
        table = W.LONG_EMAIL if long else W.COMPLAINT_EMAIL
        return add(f, c, t, "email", pick(f, table, c, prob=p), subject=subj)
    if channel == "phone":
        return add(f, c, t, "phone", pick(f, W.COMPLAINT_CALL, c, prob=p))
    if channel == "web":
        return add(
            f, c, t, "web", pick(f, W.COMPLAINT_EMAIL, c, prob=p), attrs={"page": "/contact"}
        )
    return add(f, c, t, channel, pick(f, W.COMPLAINT_SHORT, c, prob=p))


def reply_case(
    f: Fam, c: Cust, t: datetime, channel: str, case: str, quality: bool = False
) -> datetime:
    r = f.rng
    if channel == "chat":
        t2 = mins(t, 1, 5, r)
        add(f, c, t2, "chat", pick(f, W.CASE_OPENED, c, case=case), out=True)
        if not quality:
            return t2
    if quality:
        t2 = day_out(mins(t, 90, 150, r))
        add(
            f,
            c,
            t2,
            "email",
            pick(f, W.QUALITY_LEAD, c, case=case),
            out=True,
            subject=f"{W.SUBJ_RE[c.lang]} {case}",
        )
        return t2
    t2 = day_out(mins(t, 10, 40, r))
    add(
        f,
        c,
        t2,
        "email",
        pick(f, W.CASE_OPENED, c, case=case),
        out=True,
        subject=f"{W.SUBJ_RE[c.lang]} {case}",
    )
    return t2


# ---------------------------------------------------------------- families --
def happy_writers(f: Fam) -> None:
    days = list(range(10))
    for _ in range(16):
        c = person(f, "happy", "day writer")
        happy_days(f, c, f.rng.randint(5, 8), days)
    for _ in range(5):
        c = person(f, "happy", "night writer")
        for d in f.rng.sample(days[:-1], f.rng.randint(2, 4)):
            t = at(f, d, 22.2, 28.5)
            if f.rng.random() < 0.5:
                add(f, c, t, f.rng.choice(["social", "community"]), pick(f, W.NIGHT_POST, c))
            else:
                add(f, c, t, "chat", pick(f, W.NIGHT_Q, c))
                t2 = mins(t, 1, 5, f.rng)
                add(f, c, t2, "chat", pick(f, W.NIGHT_A, c), out=True)
                add(f, c, mins(t2, 1, 4, f.rng), "chat", pick(f, W.THANKS, c))
        happy_days(f, c, f.rng.randint(2, 3), days, 9, 18, survey=False)
    for _ in range(5):
        c = person(f, "happy", "answers surveys")
        for d in f.rng.sample(days, f.rng.randint(3, 6)):
            add(
                f,
                c,
                at(f, d, 8, 20),
                "survey",
                f.rng.choice(W.SURVEY_WORD[c.lang]) or None,
                scores={"nps": f.rng.choice([9, 10])},
                attrs={"survey": "nps"},
            )


def one_bad_day(f: Fam) -> None:
    r = f.rng
    chans = ["long", "email", "chat", "social", "web", "phone"] * 4
    with_case: list[tuple[Cust, datetime, str, str]] = []
    for i, ch in enumerate(chans):
        c = person(f, "happy_one_bad_day", "one bad day")
        tol(c, ["silence"])
        prob = PROBLEMS[i % 4]
        bd = r.randint(2, 9)
        t = at(f, bd, 8, 20)
        ok = [d for d in range(12) if d <= bd - 2 or d >= bd + 3]
        happy_days(f, c, r.randint(1, 5), ok, survey=False)
        channel = "email" if ch == "long" else ch
        case = None if ch == "social" else new_case(f)
        eid = complaint(f, c, t, channel, prob, case, long=ch == "long")
        c.truth.update(
            {
                "problem": prob,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(t),
                "channel": channel,
                "long_email": ch == "long",
                "booking": case,
            }
        )
        if case:
            reply_case(f, c, t, channel, case)
            with_case.append((c, t, case, channel))
    for j, (c, t, case, _ch) in enumerate(with_case):
        if j < 6:
            c.truth["persona"] = "bad_day_detractor"
            nps = r.randint(1, 5)
            sid = add(
                f,
                c,
                mins(t, 100, 140, r),
                "survey",
                None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c.truth.update({"nps_given": True, "nps": nps, "survey_event_id": sid})
            expect(c, "detractor")
        elif j < 11:
            cs = r.randint(1, 2)
            sid = add(
                f,
                c,
                mins(t, 40, 80, r),
                "survey",
                None,
                scores={"csat": cs},
                attrs={"survey": "csat"},
            )
            c.truth.update({"csat_given": True, "csat": cs, "survey_event_id": sid})
        if j % 20 < 12:
            tg = day_out(mins(t, 60, 240, r))
            add(
                f,
                c,
                tg,
                "email",
                pick(f, W.GOOD_NEWS, c, case=case),
                out=True,
                subject=f"{W.SUBJ_RE[c.lang]} {case}",
            )
            c.truth["agent_fixed"] = True
            if j % 20 in (1, 3, 5, 8, 10):
                ta = day_out(t + timedelta(hours=r.uniform(16, 24)))
                aid = add(f, c, ta, r.choice(["chat", "email"]), pick(f, W.APOLOGY, c))
                c.truth.update({"apologised": True, "apology_at": iso(ta), "apology_event_id": aid})
    for _ in range(8):
        c = person(f, "happy", "control")
        happy_days(f, c, r.randint(4, 7), list(range(12)))


def repeat_run(
    f: Fam, c: Cust, prob: str, t: datetime, times: int, first_ch: str, quality: bool, comp: str
) -> datetime:
    r = f.rng
    case = new_case(f)
    eids = [complaint(f, c, t, first_ch, prob, case)]
    reply_case(f, c, t, first_ch, case, quality)
    chans = [x for x in ["email", "chat", "phone", "web", "social"] if x != first_ch]
    r.shuffle(chans)
    tt = t
    for k in range(1, times):
        tt = day_out(tt + timedelta(hours=r.uniform(4, 40)))
        ch = chans[k - 1]
        p = W.PROBLEM[c.lang][prob]
        if k == 2:
            text = pick(f, W.THIRD, c, case=case, comp=comp)
        elif k == 3:
            text = pick(f, W.FOURTH, c, case=case)
        else:
            text = pick(f, W.STILL_OPEN, c, case=case, prob=p)
        subj = f"{W.SUBJ_RE[c.lang]} {case}" if ch == "email" else None
        eids.append(
            add(
                f,
                c,
                tt,
                ch,
                text,
                subject=subj,
                attrs={"page": "/contact"} if ch == "web" else None,
            )
        )
        if ch == "chat":
            add(f, c, mins(tt, 1, 5, r), "chat", pick(f, W.URGENT, c, case=case), out=True)
    c.truth.update(
        {
            "problem": prob,
            "booking": case,
            "contacts": times,
            "problem_event_ids": eids,
            "trouble_starts_at": iso(t),
            "agent_passed_on": quality,
            "competitor": comp if times >= 3 else None,
        }
    )
    return tt


def fixed_run(
    f: Fam, c: Cust, prob: str, t: datetime, ch: str, confirm_lang: str | None = None
) -> dict[str, Any]:
    r = f.rng
    case = new_case(f)
    eid = complaint(f, c, t, ch, prob, case)
    reply_case(f, c, t, ch, case)
    tf = day_out(t + timedelta(hours=r.uniform(3, 20)))
    add(
        f,
        c,
        tf,
        "email",
        pick(f, W.GOOD_NEWS, c, case=case),
        out=True,
        subject=f"{W.SUBJ_RE[c.lang]} {case}",
    )
    tc = day_out(tf + timedelta(hours=r.uniform(8, 30)))
    lang = c.lang
    if confirm_lang:
        c.lang = confirm_lang
    cch = r.choice(["email", "chat"])
    cid = add(f, c, tc, cch, pick(f, W.CONFIRM, c, case=case))
    c.lang = lang
    return {
        "problem": prob,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(tf),
        "confirmed_at": iso(tc),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": ch,
        "confirm_channel": cch,
    }


def repeat_contacts(f: Fam) -> None:
    r = f.rng
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    for i in range(12):
        c = person(f, "repeat_contact", "repeats")
        happy_days(f, c, r.randint(1, 3), [0], 7, 12, survey=False)
        times = (2, 3, 4)[i % 3]
        repeat_run(
            f,
            c,
            PROBLEMS[i % 4],
            at(f, r.randint(1, 4), 8, 19),
            times,
            firsts[i],
            i % 2 == 0,
            COMPS[i % 2],
        )
        expect(c, "repeat_contact")
        tol(c, ALL_TOL)
    for i in range(5):
        c = person(f, "resolved_between_contacts", "fixed")
        tol(c, ["silence"])
        happy_days(f, c, r.randint(1, 2), [0], 7, 12, survey=False)
        t = at(f, r.randint(1, 4), 8, 19)
        c.truth["problems"] = [
            fixed_run(f, c, PROBLEMS[i % 4], t, r.choice(["email", "web", "chat"]))
        ]
        c.truth["trouble_starts_at"] = iso(t)
    for i in range(3):
        c = person(f, "different_problems", "two problems")
        tol(c, ["silence"])
        t1 = at(f, 1, 8, 17)
        t2 = at(f, 5 + (i % 2), 8, 17)
        c.truth["problems"] = [
            fixed_run(f, c, PROBLEMS[i], t1, "email"),
            fixed_run(f, c, PROBLEMS[i + 1], t2, "chat"),
        ]
        c.truth["trouble_starts_at"] = iso(t1)
    for _ in range(7):
        c = person(f, "happy", "frequent writer")
        happy_days(f, c, r.randint(5, 8), list(range(10)))


def slide(
    f: Fam, c: Cust, d0: int, span: int, comp: str, step_lang: list[str] | None = None
) -> list[str]:
    r = f.rng
    t = at(f, d0, 8, 19)
    eids: list[str] = []
    lang = c.lang
    for k in range(6):
        if step_lang:
            c.lang = step_lang[k % len(step_lang)]
        text = fill(W.SLIDE[c.lang][k], c, comp=comp)
        ch = r.choice(["social", "community", "review"])
        if ch == "review":
            eids.append(
                add(
                    f,
                    c,
                    t,
                    "web",
                    text,
                    kind="review",
                    attrs={"rating": str((3, 3, 2, 2, 1, 1)[k]), "page": "/reviews"},
                )
            )
        else:
            eids.append(add(f, c, t, ch, text))
        if k == 3 and c.truth.get("give_nps"):
            nps = r.randint(1, 5)
            sid = add(
                f,
                c,
                day_out(t + timedelta(hours=r.uniform(2.5, 3.5))),
                "survey",
                None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c.truth.update({"nps_given": True, "nps": nps, "survey_event_id": sid})
        t = day_out(t + timedelta(hours=max(1.0, span * 24 / 6 * r.uniform(0.7, 1.2))))
    c.lang = lang
    c.truth.pop("give_nps", None)
    return eids


def slow_churners(f: Fam) -> None:
    r = f.rng
    for i in range(10):
        c = person(f, "slow_churner", "slides")
        for d in r.sample(range(11), r.randint(4, 5)):
            add(f, c, at(f, d, 8, 19), r.choice(["social", "community"]), pick(f, W.PRAISE, c))
        happy_days(f, c, r.randint(2, 4), list(range(11)), survey=False)
        c.truth["give_nps"] = i < 5
        d0 = r.randint(12, 16)
        comp = COMPS[i % 2]
        eids = slide(f, c, d0, (3, 5, 5, 9, 9)[i % 5], comp)
        c.truth.update(
            {
                "slide_event_ids": eids,
                "trouble_starts_at": iso(first_time(f, eids[0])),
                "competitor": comp,
            }
        )
        expect(c, "sentiment_drop")
        if i < 5:
            expect(c, "detractor")
        tol(
            c,
            [
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
    for _ in range(5):
        c = person(f, "slow_churner", "asks to cancel")
        happy_days(f, c, r.randint(4, 6), list(range(16)), survey=False)
        t = at(f, r.randint(17, 23), 8, 18)
        eid = add(f, c, t, "email", pick(f, W.CANCEL, c), subject="Montavo Plus")
        add(
            f,
            c,
            day_out(t + timedelta(hours=r.uniform(1, 5))),
            "email",
            pick(f, W.SORRY_GO, c),
            out=True,
            subject="Re: Montavo Plus",
        )
        tc = day_out(t + timedelta(hours=r.uniform(20, 30)))
        cid = add(
            f,
            c,
            tc,
            "web",
            None,
            kind="cancellation",
            attrs={"page": "/account/plus", "product": "Montavo Plus"},
        )
        c.truth.update(
            {
                "churn_intent_event_id": eid,
                "cancellation_event_id": cid,
                "churn_at": iso(tc),
                "trouble_starts_at": iso(t),
            }
        )
        expect(c, "churn_intent")
        tol(c, ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"])
    for _ in range(6):
        c = person(f, "happy", "steady")
        happy_days(f, c, r.randint(6, 10), list(range(30)))
    for _ in range(5):
        c = person(f, "steadily_grumpy", "grumbles")
        tol(c, ["repeat_contact", "silence"])
        d = r.randint(0, 4)
        eids = []
        for _k in range(r.randint(5, 7)):
            eids.append(
                add(
                    f,
                    c,
                    at(f, d, 8, 20),
                    r.choice(["social", "community", "web"]),
                    pick(f, W.GRUMBLE, c),
                    attrs=None,
                )
            )
            d += r.randint(1, 3)
        c.truth.update(
            {"grumble_event_ids": eids, "trouble_starts_at": iso(first_time(f, eids[0]))}
        )
    for _ in range(5):
        c = person(f, "happy_one_sarcastic_remark", "happy")
        tol(c, ["silence"])
        happy_days(f, c, r.randint(4, 6), list(range(17)), survey=False)
        c.truth["sarcasm_event_id"] = add(
            f, c, at(f, r.randint(17, 28), 9, 19), "social", pick(f, W.SARCASM, c)
        )


def quiet_hours(f: Fam) -> None:
    r = f.rng
    for _ in range(16):
        c = person(f, "happy", "day writer")
        happy_days(f, c, r.randint(1, 3), [0, 1, 2], 7, 17.5)
    for _ in range(4):
        c = person(f, "grumbles_once", "grumbles once")
        tol(c, ["silence"])
        t = at(f, r.randint(0, 2), 9, 17)
        add(f, c, t, "web", None, kind="page_view", attrs={"page": "/book"})
        t2 = mins(t, 20, 30, r)
        ch = r.choice(["chat", "web"])
        gid = add(
            f, c, t2, ch, pick(f, W.GRUMBLE, c), attrs={"page": "/contact"} if ch == "web" else None
        )
        add(
            f,
            c,
            mins(t2, 2, 20, r),
            "chat" if ch == "chat" else "email",
            pick(f, W.ANSWER, c),
            out=True,
        )
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(t2)})
    n = 0
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=r.uniform(40, 65))
        for burst, off in enumerate((0.0, r.uniform(28, 33), r.uniform(55, 65))):
            bt = b0 + timedelta(minutes=off)
            for _ in range(4):
                n += 1
                c = person(f, "night_owl", f"night {night + 1}, burst {burst + 1}")
                t = mins(bt, 0, 10, r)
                if r.random() < 0.5:
                    eid = add(f, c, t, "chat", pick(f, W.NIGHT_Q, c))
                    t2 = mins(t, 1, 4, r)
                    add(f, c, t2, "chat", pick(f, W.NIGHT_A, c), out=True)
                    add(f, c, mins(t2, 1, 3, r), "chat", pick(f, W.THANKS, c))
                else:
                    eid = add(f, c, t, r.choice(["social", "community"]), pick(f, W.NIGHT_POST, c))
                c.truth.update({"burst_at": iso(bt), "night_event_id": eid})
                if n % 2 == 0:
                    happy_act(f, c, at(f, r.randint(0, 2), 9, 17.5), survey=False)


PAIRS = [
    ("fr", "pt"),
    ("pt", "fr"),
    ("fr", "en"),
    ("pt", "es"),
    ("fr", "de"),
    ("pt", "en"),
    ("fr", "it"),
    ("es", "pt"),
    ("de", "fr"),
    ("en", "pt"),
    ("it", "fr"),
]


def bilingual(f: Fam) -> None:
    r = f.rng
    pairs = [PAIRS[i % len(PAIRS)] for i in range(27)]

    def mk(i: int, persona: str, habit: str) -> tuple[Cust, str, str]:
        a, b = pairs[i]
        c = person(f, persona, habit, lang=a)
        c.truth["languages"] = [a, b]
        c.truth["job_second_language"] = r.choice(
            ["works across the border", "partner's language", "grew up in both"]
        )
        return c, a, b

    i = 0
    for _ in range(12):
        c, a, b = mk(i, "happy", "alternates languages")
        i += 1
        for k, d in enumerate(sorted(r.sample(range(14), r.randint(5, 8)))):
            c.lang = (a, b)[k % 2]
            happy_act(f, c, at(f, d, 8, 19), survey=False)
        c.lang = a
    for j in range(5):
        c, a, b = mk(i, "repeat_contact", "repeats")
        i += 1
        happy_days(f, c, r.randint(1, 3), [0, 1], survey=False)
        c.lang = b
        times = (2, 2, 3, 3, 4)[j]
        repeat_run(
            f,
            c,
            PROBLEMS[j % 4],
            at(f, r.randint(2, 5), 8, 18),
            times,
            "email",
            times >= 3,
            COMPS[j % 2],
        )
        c.lang = a
        expect(c, "repeat_contact")
        tol(c, ALL_TOL)
    for j in range(5):
        c, a, b = mk(i, "slow_churner", "slides")
        i += 1
        for k, d in enumerate(range(6)):
            c.lang = (a, b)[k % 2]
            add(f, c, at(f, d, 8, 19), r.choice(["social", "community"]), pick(f, W.PRAISE, c))
        c.lang = a
        happy_days(f, c, r.randint(1, 3), list(range(6)), survey=False)
        comp = COMPS[j % 2]
        eids = slide(f, c, r.randint(7, 8), r.randint(3, 5), comp, [a, b])
        c.truth.update(
            {
                "slide_event_ids": eids,
                "trouble_starts_at": iso(first_time(f, eids[0])),
                "competitor": comp,
            }
        )
        expect(c, "sentiment_drop")
        tol(
            c,
            [
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
    for j in range(3):
        c, a, b = mk(i, "happy_one_bad_day", "one bad day")
        i += 1
        tol(c, ["silence"])
        bd = r.randint(5, 9)
        happy_days(
            f,
            c,
            r.randint(2, 4),
            [d for d in range(14) if d <= bd - 2 or d >= bd + 3],
            survey=False,
        )
        c.lang = b
        t = at(f, bd, 9, 18)
        ch = ("email", "email", "chat")[j]
        case = new_case(f)
        eid = complaint(f, c, t, ch, PROBLEMS[j], case, long=j == 0)
        reply_case(f, c, t, ch, case)
        c.truth.update(
            {
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "bad_day_language": b,
                "booking": case,
                "problem": PROBLEMS[j],
                "trouble_starts_at": iso(t),
            }
        )
        if j == 1:
            ta = day_out(t + timedelta(hours=r.uniform(18, 24)))
            c.truth["apology_event_id"] = add(f, c, ta, "chat", pick(f, W.APOLOGY, c))
        c.lang = a
    for j in range(2):
        c, a, b = mk(i, "resolved_between_contacts", "fixed")
        i += 1
        tol(c, ["silence"])
        t = at(f, r.randint(2, 6), 9, 17)
        c.truth["problems"] = [fixed_run(f, c, PROBLEMS[j + 2], t, "web", confirm_lang=b)]
        c.truth["trouble_starts_at"] = iso(t)


def b2b_accounts(f: Fam) -> None:
    r = f.rng
    plan = [
        ("at_risk", 5, 3, "fr"),
        ("at_risk", 5, 4, "pt"),
        ("at_risk", 4, 3, "pt"),
        ("at_risk", 6, 4, "fr"),
        ("at_risk", 5, 3, "de"),
    ]
    plan += [("one_unhappy", 3, 1, lg) for lg in ("fr", "pt", "it", "es")]
    plan += [("mild", 4, 0, lg) for lg in ("fr", "pt", "en")]
    plan += [("happy", 4, 0, "pt"), ("happy", 3, 0, "fr"), ("happy", 3, 0, "de")]
    sites = [
        "construction",
        "hotel",
        "school",
        "facilities",
        "coworking",
        "hospital",
        "university",
        "retail",
        "bank",
        "agency",
        "municipality",
        "clinic",
        "law firm",
        "insurer",
        "logistics",
    ]
    for n, (kind, size, unhappy, lang) in enumerate(plan):
        acct = uniq(lambda lang=lang: f"MVP-{MARKETS[lang][0]}-{r.randrange(1000, 9999)}")
        dom = f"{sites[n].replace(' ', '')}{n + 1}.example"
        company = f"{sites[n].title()} {r.choice(LAST[lang])}"
        contacts = [
            person(f, "b2b_happy", "contact", lang=lang, b2b=True, account=acct, domain=dom)
            for _ in range(size)
        ]
        for c in contacts:
            c.truth.update(
                {
                    "company": company,
                    "role": "contact",
                    "job_title": r.choice(["Office manager", "Facilities lead", "Buyer"]),
                }
            )
            c.truth["job"] = c.truth["job_title"]
        prob = "invoice" if n % 2 == 0 else "portal"
        unhappy_keys: list[str] = []
        for c in contacts:
            for d in (
                r.sample([0, 1], r.randint(1, 2))
                if kind != "happy"
                else r.sample(range(12), r.randint(3, 5))
            ):
                t = at(f, d, 8, 16.5)
                if r.random() < 0.5:
                    add(f, c, t, "chat", pick(f, W.B2B_Q, c))
                    add(f, c, mins(t, 1, 6, r), "chat", pick(f, W.B2B_A, c), out=True)
                elif kind == "happy" and r.random() < 0.5:
                    add(f, c, t, "community", pick(f, W.B2B_PRAISE, c))
                else:
                    add(f, c, t, "web", None, kind="page_view", attrs={"page": "/pro/portal"})
        if kind == "at_risk":
            case = new_case(f)
            t = f.start + timedelta(days=2, hours=r.uniform(8, 11))
            first_name = ""
            for k, c in enumerate(contacts[:unhappy]):
                c.truth.update(
                    {
                        "persona": "b2b_unhappy",
                        "role": "complainer",
                        "habit": "complainer",
                        "problem": prob,
                        "booking": case,
                    }
                )
                p = W.B2B_PROBLEM[lang][prob]
                if k == 0:
                    eid = add(
                        f,
                        c,
                        t,
                        "email",
                        fill(W.B2B_FIRST[lang][0], c, acct=acct, prob=p),
                        subject=f"{W.SUBJ_COMPLAINT[lang]}: {acct}",
                    )
                    add(
                        f,
                        c,
                        mins(t, 15, 50, r),
                        "email",
                        pick(f, W.B2B_ACK, c, case=case),
                        out=True,
                        subject=f"{W.SUBJ_RE[lang]} {case}",
                    )
                    first_name = c.truth["name"].split()[0]
                else:
                    eid = add(
                        f,
                        c,
                        t,
                        "email",
                        fill(
                            W.B2B_LATER[lang][0],
                            c,
                            name=first_name,
                            day=W.DAYWORD[lang],
                            case=case,
                            prob=p,
                        ),
                        subject=f"{W.SUBJ_RE[lang]} {case}",
                    )
                c.truth.update({"complaint_event_ids": [eid], "trouble_starts_at": iso(t)})
                tol(c, [*ALL_TOL, "account_risk"])
                if k < unhappy - 1:
                    nps = r.randint(1, 5)
                    sid = add(
                        f,
                        c,
                        mins(t, 60, 180, r),
                        "survey",
                        None,
                        scores={"nps": nps},
                        attrs={"survey": "nps"},
                    )
                    c.truth.update({"nps_given": True, "nps": nps, "survey_event_id": sid})
                    expect(c, "detractor")
                else:
                    t2 = t + timedelta(hours=r.uniform(18, 40))
                    t2 = office(t2)
                    comp = COMPS[n % 2]
                    if n == 0:
                        e2 = add(
                            f,
                            c,
                            t2,
                            "email",
                            pick(f, W.B2B_LAST_MAIL, c, case=case, comp=comp),
                            subject=f"{W.SUBJ_RE[lang]} {case}",
                        )
                        c.truth["competitor"] = comp
                    else:
                        e2 = add(f, c, t2, "phone", pick(f, W.B2B_LAST_CALL, c, case=case))
                    c.truth["complaint_event_ids"].append(e2)
                    expect(c, "repeat_contact")
                unhappy_keys.append(c.key)
                t = office(t + timedelta(hours=r.uniform(8, 28)))
        elif kind == "one_unhappy":
            c = contacts[0]
            t = at(f, r.randint(3, 7), 8, 16)
            t = office(t)
            case = new_case(f)
            prob = ("invoice", "portal")[n % 2]
            eid = add(
                f,
                c,
                t,
                "email",
                fill(W.B2B_FIRST[lang][0], c, acct=acct, prob=W.B2B_PROBLEM[lang][prob]),
                subject=f"{W.SUBJ_COMPLAINT[lang]}: {acct}",
            )
            add(
                f,
                c,
                mins(t, 15, 50, r),
                "email",
                pick(f, W.B2B_ACK, c, case=case),
                out=True,
                subject=f"{W.SUBJ_RE[lang]} {case}",
            )
            nps = r.randint(1, 5)
            sid = add(
                f,
                c,
                mins(t, 60, 180, r),
                "survey",
                None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                {
                    "persona": "b2b_one_unhappy",
                    "role": "complainer",
                    "habit": "complainer",
                    "problem": prob,
                    "booking": case,
                    "complaint_event_ids": [eid],
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": sid,
                    "trouble_starts_at": iso(t),
                }
            )
            expect(c, "detractor")
            tol(c, ["sentiment_drop", "high_value_at_risk", "silence"])
            unhappy_keys.append(c.key)
        elif kind == "mild":
            for c in contacts[:2]:
                t = office(at(f, r.randint(2, 9), 8, 16))
                case = new_case(f)
                mid = add(f, c, t, "web", pick(f, W.B2B_SUGGEST, c), attrs={"page": "/pro/contact"})
                add(
                    f,
                    c,
                    mins(t, 20, 90, r),
                    "email",
                    pick(f, W.B2B_ACK, c, case=case),
                    out=True,
                    subject=f"{W.SUBJ_RE[lang]} {case}",
                )
                c.truth.update(
                    {
                        "persona": "b2b_mild",
                        "role": "suggests",
                        "habit": "suggests",
                        "mild_event_id": mid,
                        "trouble_starts_at": iso(t),
                    }
                )
                tol(c, ["silence"])
        f.accounts[acct] = {
            "company": company,
            "site": sites[n],
            "contacts": len(contacts),
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy_keys),
            "unhappy_contact_keys": unhappy_keys,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if kind == "at_risk" else None,
            "trouble_starts_at": iso(f.start + timedelta(days=2)) if kind == "at_risk" else None,
            "language": lang,
            "country": contacts[0].market,
        }
        if kind == "at_risk":
            first = min(
                (
                    row.t
                    for row in f.rows
                    if row.cust.key in unhappy_keys
                    and row.direction == "inbound"
                    and row.channel == "email"
                ),
                default=None,
            )
            f.accounts[acct]["trouble_starts_at"] = iso(first) if first else None


def office(t: datetime) -> datetime:
    while t.weekday() >= 5 or t.hour >= 17 or t.hour < 8:
        t = (
            (t + timedelta(days=1)).replace(hour=8, minute=t.minute)
            if t.hour >= 8 or t.weekday() >= 5
            else t.replace(hour=8)
        )
    return t


def topic_spike(f: Fam) -> None:
    r = f.rng
    for _ in range(40):
        c = person(f, "happy", "day writer")
        for d in r.sample(range(6), r.randint(1, 4)):
            happy_act(f, c, at(f, d, 12 if d == 5 else 8, 19), survey=False)
    for _ in range(2):
        c = person(f, "grumbles_once", "grumbles once")
        tol(c, ["silence"])
        t = at(f, 0, 9, 17)
        gid = add(f, c, t, "chat", pick(f, W.GRUMBLE, c))
        add(f, c, mins(t, 1, 6, r), "chat", pick(f, W.ANSWER, c), out=True)
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(t)})
    for lang, hour in (("fr", 9.6), ("pt", 16.1)):
        c = person(f, "grumbles_once", "lone question", lang=lang)
        tol(c, ["silence"])
        t = f.start + timedelta(days=4, hours=hour)
        lid = add(f, c, t, "chat", pick(f, W.LONE_Q, c))
        add(f, c, mins(t, 2, 6, r), "chat", pick(f, W.LONE_A, c), out=True)
        c.truth.update({"lone_report_event_id": lid, "trouble_starts_at": iso(t)})
    s0 = f.start + timedelta(days=5, hours=7, minutes=50)
    langs = ["fr"] * 6 + ["pt"] * 6 + ["en", "en", "de", "de", "it", "it", "es", "es"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(chans)
    offs = sorted([0.0, 45.0] + [r.uniform(1, 44) for _ in range(18)])
    keys: list[str] = []
    eids: list[str] = []
    reps: list[str] = []
    nrep = 0
    fixed = 0
    for k, lang in enumerate(langs):
        regular = k % 5 < 3
        c = person(f, "spike_reporter", "regular" if regular else "new", lang=lang)
        tol(c, ["silence"])
        if regular:
            happy_act(f, c, at(f, 2, 8, 17.5), survey=False)
        t = s0 + timedelta(minutes=offs[k])
        ch = chans[k]
        text = fill(W.SPIKE_REPORT[lang][k % len(W.SPIKE_REPORT[lang])], c)
        subj = W.SUBJ_COMPLAINT[lang] if ch == "email" else None
        eid = add(
            f, c, t, ch, text, subject=subj, attrs={"page": "/contact"} if ch == "web" else None
        )
        if ch == "chat":
            add(f, c, mins(t, 1, 4, r), "chat", pick(f, W.SPIKE_ANSWER, c), out=True)
        c.truth.update(
            {
                "in_spike": True,
                "regular": regular,
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
            }
        )
        keys.append(c.key)
        eids.append(eid)
        if nrep < 6 and offs[k] <= 25 and k % 2 == 0:
            nrep += 1
            ch2 = ["email", "chat", "community"][nrep % 3]
            if ch2 == ch:
                ch2 = "email" if ch != "email" else "chat"
            t2 = mins(t, 10, 60, r)
            rid = add(
                f,
                c,
                t2,
                ch2,
                pick(f, W.SPIKE_REPEAT, c),
                subject=W.SUBJ_COMPLAINT[lang] if ch2 == "email" else None,
            )
            c.truth.update({"persona": "spike_repeater", "repeat_event_id": rid})
            expect(c, "repeat_contact")
            tol(c, ["sentiment_drop"])
            reps.append(rid)
        elif fixed < 6 and k % 2 == 1:
            fixed += 1
            add(
                f,
                c,
                s0 + timedelta(hours=3, minutes=r.uniform(20, 30)),
                "email",
                pick(f, W.SPIKE_FIXED, c),
                out=True,
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "home-assembly app cancels confirmed same-day bookings on its own with an error while the fitter is at the door; no rebooking possible",
        "about": "the planted incident",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": len(keys),
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def first_time(f: Fam, eid: str) -> datetime:
    return next(row.t for row in f.rows if row.eid == eid)


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


def render(f: Fam) -> tuple[str, str]:
    rows = sorted(f.rows, key=lambda x: (x.t, x.eid))
    seen: set[str] = set()
    lines = []
    for row in rows:
        c = row.cust
        ids = c.ids
        if row.direction == "outbound" or (c.key not in seen):
            ref = dict(ids)
        elif row.channel == "phone":
            ref = {"phone": ids["phone"]}
        elif row.channel in ("social", "community"):
            ref = {"handle": ids["handle"]} if ids["handle"] else {"email": ids["email"]}
        elif row.channel == "email":
            ref = {"email": ids["email"]}
        else:
            ref = {"customer_id": ids["customer_id"]}
        if row.direction == "inbound":
            seen.add(c.key)
        if c.b2b:
            ref["account_id"] = ids["account_id"]
        cust = {k: ref.get(k) for k in ("customer_id", "email", "phone", "handle", "account_id")}
        obj = {
            "event_id": row.eid,
            "occurred_at": iso(row.t),
            "channel": row.channel,
            "kind": row.kind,
            "direction": row.direction,
            "customer": cust,
            "text": row.text,
            "subject": row.subject,
            "scores": row.scores,
            "source": SOURCE[row.channel],
            "attributes": row.attrs,
        }
        lines.append(json.dumps(obj, ensure_ascii=False))
    expected: dict[str, int] = {}
    for c in f.custs.values():
        for rule in c.truth["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
        if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
            raise SystemExit(f"{c.key} both expects and tolerates")
    for a in f.accounts.values():
        for rule in a["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    if f.spike:
        expected["topic_spike"] = 1
    last = rows[-1].t
    end = max(f.start + timedelta(days=f.days), last + timedelta(hours=1))
    if end >= datetime(2026, 11, 15, tzinfo=UTC):
        raise SystemExit(f"{f.name}: past 2026-11-15")
    truth = {
        "config": {
            "family": f.name,
            "about": f.about,
            "business": "Montavo: flat-pack assembly and wall mounting at home, Montavo Plus, Montavo Pro",
            "days": f.days,
            "seed": SEED,
            "written": "2026-12-07",
            "expected": dict(sorted(expected.items())),
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
    for n, (name, code, start, days, build) in enumerate(FAMILIES, 1):
        f = Fam(
            name,
            code,
            datetime.fromisoformat(start).replace(tzinfo=UTC),
            days,
            name.replace("_", " "),
            random.Random(SEED * 100 + n),
            random.Random(SEED * 100 + 50 + n),
        )
        build(f)
        jsonl, truth = render(f)
        (HERE / f"{name}.jsonl").write_text(jsonl, encoding="utf-8")
        (HERE / f"{name}.truth.json").write_text(truth, encoding="utf-8")
        print(name, len(f.custs), len(f.rows), sum(1 for x in f.rows if x.direction == "outbound"))


if __name__ == "__main__":
    main()
