"""Build heldout218/ (Nadelora, sewing-machine hire): eight families and their truth.

Standard library only, fixed seed, one random.Random per family. Written blind.
Run: python make_heldout218.py (from anywhere).
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from random import Random
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402

SEED = 20261207
LANG_WEIGHTS = {"de": 30, "fr": 30, "en": 10, "it": 10, "pt": 10, "es": 10}
MARKETS = {
    "de": ["DE", "DE", "AT", "CH"],
    "fr": ["FR", "FR", "BE", "CH"],
    "en": ["UK", "IE"],
    "it": ["IT"],
    "pt": ["PT"],
    "es": ["ES"],
}
PREFIX = {
    "DE": "+49 151",
    "AT": "+43 660",
    "CH": "+41 79",
    "FR": "+33 6",
    "BE": "+32 470",
    "UK": "+44 7700",
    "IE": "+353 85",
    "IT": "+39 333",
    "PT": "+351 91",
    "ES": "+34 6",
}
COMPETITORS = ("Filanzo", "Stichvia")
ALL_TOL = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
END_LIMIT = datetime(2026, 11, 15, tzinfo=UTC)


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
    ts: datetime
    eid: str
    cust: Cust
    channel: str
    kind: str
    direction: str
    text: str | None
    subject: str | None
    scores: dict[str, int | None]
    attrs: dict[str, str]


class Counter:
    def __init__(self) -> None:
        self.customer = 0
        self.case = 0


COUNTER = Counter()


@dataclass
class Fam:
    name: str
    code: str
    start: datetime
    days: int
    about: str
    rng: Random
    rough: Random
    custs: list[Cust] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    n: int = 0

    def at(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def pick_lang(self) -> str:
        langs = list(LANG_WEIGHTS)
        return self.rng.choices(langs, weights=[LANG_WEIGHTS[x] for x in langs])[0]

    def person(
        self,
        persona: str,
        habit: str,
        expected: list[str],
        tolerated: list[str],
        lang: str | None = None,
        account: str | None = None,
        market: str | None = None,
        **extra: Any,
    ) -> Cust:
        COUNTER.customer += 1
        k = COUNTER.customer
        lang = lang or self.pick_lang()
        market = market or self.rng.choice(MARKETS[lang])
        first = self.rng.choice(W.FIRST[lang])
        last = self.rng.choice(W.LAST[lang])
        plain = strip_accents(f"{first}.{last}").lower()
        key = f"ND{self.code}{1000 + k:04d}"
        if account:
            email = f"{plain}{k}@{account.lower()}.example"
            handle = None
        else:
            email = f"{plain}{k}@{self.rng.choice(['post', 'mail', 'web', 'net'])}.example"
            handle = self.rng.choice(
                [
                    f"@{strip_accents(last).lower()}_{strip_accents(first).lower()}{k}",
                    f"@{strip_accents(first).lower()}{k}",
                    None,
                ]
            )
        phone = f"{PREFIX[market]} {k:03d} {(k * 7919) % 10000:04d}"
        ids = {
            "customer_id": key,
            "email": email.lower(),
            "phone": "+" + "".join(ch for ch in phone if ch.isdigit()),
            "handle": handle,
            "account_id": account,
        }
        truth: dict[str, Any] = {
            "identifiers": ids,
            "expected_rules": expected,
            "tolerated_rules": tolerated,
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        truth.update(extra)
        c = Cust(key, lang, market, first, last, email, phone, handle, account, truth)
        self.custs.append(c)
        return c

    def add(
        self,
        c: Cust,
        ts: datetime,
        channel: str,
        kind: str,
        text: str | None,
        direction: str = "inbound",
        subject: str | None = None,
        scores: dict[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
        lang: str | None = None,
    ) -> str:
        self.n += 1
        eid = f"h218-{self.code.lower()}-{self.n:05d}"
        if text is not None and direction == "inbound" and channel not in ("phone", "survey"):
            text = self.roughen(text)
        if (
            text is not None
            and channel == "social"
            and direction == "inbound"
            and not c.account
            and "Nadelora" not in text
        ):
            text = "@Nadelora " + text
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        a.update(attrs or {})
        if direction == "outbound":
            a.setdefault("agent", self.rng.choice(["Svenja", "Margaux", "Noah", "Elif", "Bruno"]))
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        sc.update(scores or {})
        self.rows.append(Row(ts, eid, c, channel, kind, direction, text, subject, sc, a))
        return eid

    def roughen(self, text: str) -> str:
        r = self.rough.random()
        if r < 0.1:
            text = strip_accents(text)
        if self.rough.random() < 1 / 8 and text[:1].isupper() and not text.startswith(("@", "ND")):
            text = text[0].lower() + text[1:]
        if self.rough.random() < 1 / 7:
            words = [
                i
                for i, w in enumerate(text.split(" "))
                if w.isalpha() and w.islower() and len(w) > 4
            ]
            if words:
                parts = text.split(" ")
                i = self.rough.choice(words)
                w = parts[i]
                j = self.rough.randrange(1, len(w) - 2)
                parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(parts)
        return text

    def say(self, table: W.T, lang: str, **kw: str) -> str:
        return self.rng.choice(table[lang]).format(**kw)


def strip_accents(text: str) -> str:
    table = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
    out = "".join(table.get(ch, ch) for ch in text)
    return "".join(
        ch
        for ch in unicodedata.normalize("NFD", out)
        if unicodedata.category(ch) != "Mn" or ch == "\u0303"
    )


def new_case() -> str:
    COUNTER.case += 1
    return f"ND-{(COUNTER.case * 7331) % 900000 + 100000:06d}"


def day_time(f: Fam, day: int, lo: float = 7.0, hi: float = 19.0) -> datetime:
    return f.at(day, f.rng.uniform(lo, hi))


def out_of_night(ts: datetime, f: Fam) -> datetime:
    if ts.hour >= 22:
        return (ts + timedelta(days=1)).replace(hour=8, minute=f.rng.randrange(60))
    if ts.hour < 7:
        return ts.replace(hour=8, minute=f.rng.randrange(60))
    return ts


def mins(f: Fam, lo: float, hi: float) -> timedelta:
    return timedelta(minutes=f.rng.uniform(lo, hi))


def happy_act(f: Fam, c: Cust, ts: datetime, lang: str | None = None) -> None:
    lang = lang or c.lang
    k = f.rng.randrange(8)
    if k == 0:
        f.add(c, ts, "social", "post", f.say(W.PRAISE, lang))
    elif k == 1:
        f.add(c, ts, "community", "post", f.say(W.PRAISE_AGAIN, lang))
    elif k == 2:
        f.add(
            c,
            ts,
            "web",
            "review",
            f.say(W.PRAISE_GRIPE, lang),
            attrs={"rating": "4", "page": "/reviews"},
        )
    elif k == 3:
        f.add(c, ts, "chat", "chat", f.say(W.QUESTION, lang))
        t2 = ts + mins(f, 1, 6)
        f.add(c, t2, "chat", "chat", f.say(W.ANSWER, lang), direction="outbound")
        if f.rng.random() < 0.6:
            f.add(c, t2 + mins(f, 1, 4), "chat", "chat", f.say(W.THANKS, lang))
    elif k == 4:
        f.add(c, ts, "phone", "call", f.say(W.CALL_QUESTION, lang))
        f.add(
            c,
            ts + mins(f, 15, 50),
            "email",
            "message",
            f.say(W.CALL_FOLLOWUP, lang),
            direction="outbound",
        )
    elif k == 5:
        prod = f.rng.choice(W.PRODUCTS)
        f.add(c, ts, "web", "page_view", None, attrs={"page": "/machines"})
        cur, val = (
            ("GBP", "34.00")
            if c.market == "UK"
            else (("CHF", "38.00") if c.market == "CH" else ("EUR", "39.00"))
        )
        f.add(
            c,
            ts + mins(f, 3, 20),
            "web",
            "purchase",
            None,
            attrs={"order_value": val, "currency": cur, "product": prod, "page": "/checkout"},
        )
    elif k == 6:
        f.add(
            c, ts, "web", "review", f.say(W.REVIEW, lang), attrs={"rating": "5", "page": "/reviews"}
        )
    else:
        f.add(
            c,
            ts,
            "web",
            "page_view",
            None,
            attrs={"page": f.rng.choice(["/machines", "/plus", "/help/needles"])},
        )


def happy_acts(
    f: Fam,
    c: Cust,
    n: int,
    days: list[int],
    lo: float = 7.0,
    hi: float = 19.0,
    langs: list[str] | None = None,
) -> None:
    chosen = sorted(f.rng.sample(days, min(n, len(days))))
    for i, d in enumerate(chosen):
        happy_act(f, c, day_time(f, d, lo, hi), langs[i % len(langs)] if langs else None)


def survey(
    f: Fam,
    c: Cust,
    ts: datetime,
    nps: int | None = None,
    csat: int | None = None,
    ces: int | None = None,
    word: str | None = None,
) -> str:
    name = "nps" if nps is not None else ("csat" if csat is not None else "ces")
    return f.add(
        c,
        ts,
        "survey",
        "survey_response",
        word or None,
        scores={"nps": nps, "csat": csat, "ces": ces},
        attrs={"survey": name},
    )


def happy_survey(f: Fam, c: Cust, ts: datetime) -> None:
    k = f.rng.randrange(3)
    word = f.say(W.SURVEY_WORD, c.lang)
    if k == 0:
        survey(f, c, ts, nps=f.rng.choice([9, 10]), word=word)
    elif k == 1:
        survey(f, c, ts, csat=f.rng.choice([4, 5]), word=word)
    else:
        survey(f, c, ts, ces=f.rng.choice([6, 7]), word=word)


def complaint(
    f: Fam,
    c: Cust,
    ts: datetime,
    channel: str,
    problem: str,
    case: str | None,
    lang: str,
    long_email: bool = False,
) -> str:
    text = f.say(W.PROBLEM[problem], lang)
    if channel == "phone":
        text = text.lower().replace(",", "").replace(".", "").replace("?", "").replace("!", "")
        return f.add(c, ts, "phone", "call", text)
    if channel == "email":
        if long_email:
            text = f.say(W.LONG_EMAIL, lang, problem=text, name=f"{c.first} {c.last}")
        return (
            f.add(
                c,
                ts,
                "email",
                "message",
                text,
                subject=f.say(W.SUBJ_COMPLAINT, lang, case=case or ""),
            )
            if case
            else f.add(c, ts, "email", "message", text)
        )
    if channel == "chat":
        return f.add(c, ts, "chat", "chat", text)
    if channel == "web":
        return f.add(c, ts, "web", "ticket", text, attrs={"page": "/help/contact"})
    if channel == "social":
        return f.add(c, ts, "social", "mention", text)
    return f.add(c, ts, channel, "post", text)


def reply(f: Fam, c: Cust, ts: datetime, channel: str, table: W.T, case: str, lang: str) -> str:
    text = f.say(table, lang, case=case, first=c.first)
    if channel == "chat":
        return f.add(c, ts, "chat", "chat", text, direction="outbound")
    return f.add(
        c,
        ts,
        "email",
        "message",
        text,
        direction="outbound",
        subject=f.say(W.SUBJ_REPLY, lang, case=case),
    )


def later(f: Fam, c: Cust, ts: datetime, channel: str, text: str, case: str, lang: str) -> str:
    if channel == "phone":
        text = (
            text.lower()
            .replace(",", "")
            .replace(".", "")
            .replace(":", "")
            .replace("?", "")
            .replace("!", "")
        )
        return f.add(c, ts, "phone", "call", text.replace(case.lower(), case))
    if channel == "email":
        return f.add(c, ts, "email", "message", text, subject=f.say(W.SUBJ_REPLY, lang, case=case))
    if channel == "chat":
        return f.add(c, ts, "chat", "chat", text)
    if channel == "web":
        return f.add(c, ts, "web", "ticket", text, attrs={"page": "/help/contact"})
    return f.add(c, ts, channel, "mention" if channel == "social" else "post", text)


PROBLEMS = ["no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee"]


# ---------------------------------------------------------------- families --
def happy_writers(f: Fam) -> None:
    for _ in range(16):
        c = f.person("happy", "day writer", [], [])
        happy_acts(f, c, f.rng.randint(6, 8), list(range(10)))
    for _ in range(5):
        c = f.person("happy", "night writer", [], [])
        for d in f.rng.sample(range(9), f.rng.randint(2, 3)):
            ts = f.at(d, f.rng.uniform(22.2, 28.5))
            if f.rng.random() < 0.5:
                f.add(c, ts, "social", "post", f.say(W.NIGHT_POST, c.lang))
            else:
                f.add(c, ts, "chat", "chat", f.say(W.NIGHT_QUESTION, c.lang))
                t2 = ts + mins(f, 2, 8)
                f.add(c, t2, "chat", "chat", f.say(W.NIGHT_ANSWER, c.lang), direction="outbound")
                f.add(c, t2 + mins(f, 1, 3), "chat", "chat", f.say(W.THANKS, c.lang))
        happy_acts(f, c, 2, list(range(10)), 9, 18)
    for _ in range(5):
        c = f.person("happy", "answers surveys", [], [])
        for d in sorted(f.rng.sample(range(10), f.rng.randint(3, 5))):
            happy_survey(f, c, day_time(f, d))


def bad_day(
    f: Fam,
    c: Cust,
    problem: str,
    mode: str,
    day: int,
    lang: str,
    detractor: bool,
    csat: bool,
    fixed: bool,
    apologise: bool,
) -> None:
    ts = day_time(f, day, 8, 20)
    channel = {"long_email": "email", "email": "email"}.get(mode, mode)
    case = None if mode == "social" else new_case()
    eid = complaint(f, c, ts, channel, problem, case, lang, long_email=mode == "long_email")
    c.truth.update(
        {
            "problem": problem,
            "bad_day_at": iso(ts),
            "bad_day_event_id": eid,
            "trouble_starts_at": iso(ts),
            "channel": channel,
            "booking": case,
            "long_email": mode == "long_email",
        }
    )
    if case:
        reply(
            f,
            c,
            ts + mins(f, 10, 40) if channel != "chat" else ts + mins(f, 1, 5),
            "chat" if channel == "chat" else "email",
            W.CASE_OPENED,
            case,
            lang,
        )
    if detractor:
        c.truth["survey_event_id"] = survey(f, c, ts + mins(f, 100, 140), nps=f.rng.randint(1, 5))
        c.truth["nps_given"] = True
    elif csat:
        c.truth["survey_event_id"] = survey(
            f, c, ts + mins(f, 40, 80), csat=f.rng.randint(1, 2), word=f.say(W.LOW_CSAT, lang)
        )
        c.truth["csat_given"] = True
    if fixed and case:
        t = out_of_night(ts + timedelta(hours=f.rng.uniform(1, 4)), f)
        reply(f, c, t, "email", W.GOOD_NEWS, case, lang)
        c.truth["agent_fixed"] = True
        if apologise:
            t3 = out_of_night(ts + timedelta(hours=f.rng.uniform(16, 24)), f)
            ch = f.rng.choice(["chat", "email"])
            c.truth["apology_event_id"] = f.add(
                c, t3, ch, "chat" if ch == "chat" else "message", f.say(W.APOLOGY, lang)
            )
            c.truth["apologised"] = True
            c.truth["apology_at"] = iso(t3)


def one_bad_day(f: Fam) -> None:
    modes = ["long_email", "email", "chat", "social", "web", "phone"]
    slots = [(p, m) for p in PROBLEMS for m in modes[:4]]
    f.rng.shuffle(slots)
    slots = [(slots[i][0], modes[i % 6]) for i in range(24)]
    with_case = [i for i, s in enumerate(slots) if s[1] != "social"]
    det = set(with_case[:6])
    cs = set(with_case[6:11])
    fixed = set(with_case[8:20])
    apol = set(with_case[8:13])
    for i, (p, m) in enumerate(slots):
        lang = f.rng.choice(["de", "fr"]) if m == "long_email" and i % 2 == 0 else f.pick_lang()
        d = f.rng.randint(2, 9)
        exp = ["detractor"] if i in det else []
        c = f.person(
            "bad_day_detractor" if i in det else "happy_one_bad_day",
            "one bad day",
            exp,
            ["silence"],
            lang=lang,
        )
        okdays = [x for x in range(12) if x <= d - 2 or x >= d + 3]
        happy_acts(f, c, f.rng.randint(1, 4), okdays)
        bad_day(f, c, p, m, d, lang, i in det, i in cs, i in fixed, i in apol)
    for _ in range(8):
        c = f.person("happy", "control", [], [])
        happy_acts(f, c, f.rng.randint(5, 8), list(range(12)))


def repeat_run(
    f: Fam,
    c: Cust,
    first: datetime,
    problem: str,
    contacts: int,
    lang_of: list[str],
    escalate: bool,
) -> None:
    case = new_case()
    channels = ["email", "chat", "phone", "web", "social"]
    f.rng.shuffle(channels)
    first_ch = f.rng.choice(["web", "email", "chat"])
    channels = [first_ch] + [x for x in channels if x != first_ch]
    comp = f.rng.choice(COMPETITORS)
    ids = [complaint(f, c, first, first_ch, problem, case, lang_of[0])]
    if first_ch == "chat":
        reply(f, c, first + mins(f, 1, 5), "chat", W.CASE_OPENED, case, lang_of[0])
    if escalate:
        reply(f, c, first + mins(f, 90, 150), "email", W.ESCALATED, case, lang_of[0])
    elif first_ch != "chat":
        reply(f, c, first + mins(f, 10, 40), "email", W.CASE_OPENED, case, lang_of[0])
    ts = first
    for i in range(1, contacts):
        ts = out_of_night(ts + timedelta(hours=f.rng.uniform(4, 30)), f)
        lang = lang_of[i % len(lang_of)]
        table = W.STILL_OPEN if i == 1 else (W.THIRD if i == 2 else W.FOURTH)
        ch = channels[i]
        ids.append(later(f, c, ts, ch, f.say(table, lang, case=case, comp=comp), case, lang))
        if ch == "chat":
            reply(f, c, ts + mins(f, 1, 5), "chat", W.URGENT, case, lang)
    c.truth.update(
        {
            "problem": problem,
            "booking": case,
            "contacts": contacts,
            "channels": channels[:contacts],
            "problem_event_ids": ids,
            "trouble_starts_at": iso(first),
            "agent_passed_on": escalate,
            "competitor": comp if contacts >= 3 else None,
        }
    )


def fixed_run(
    f: Fam, c: Cust, first: datetime, problem: str, lang: str, lang2: str
) -> dict[str, Any]:
    case = new_case()
    ch = f.rng.choice(["web", "email"])
    eid = complaint(f, c, first, ch, problem, case, lang)
    reply(f, c, first + mins(f, 10, 40), "email", W.CASE_OPENED, case, lang)
    fx = out_of_night(first + timedelta(hours=f.rng.uniform(3, 20)), f)
    reply(f, c, fx, "email", W.GOOD_NEWS, case, lang)
    cf = out_of_night(fx + timedelta(hours=f.rng.uniform(8, 30)), f)
    cch = f.rng.choice(["email", "chat"])
    text = f.say(W.CONFIRM, lang2, case=case)
    ceid = f.add(
        c,
        cf,
        cch,
        "message" if cch == "email" else "chat",
        text,
        subject=f.say(W.SUBJ_REPLY, lang2, case=case) if cch == "email" else None,
    )
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(first),
        "fixed_at": iso(fx),
        "confirmed_at": iso(cf),
        "problem_event_ids": [eid],
        "confirm_event_id": ceid,
        "channel": ch,
        "confirm_channel": cch,
    }


def repeat_contacts(f: Fam) -> None:
    counts = [2] * 4 + [3] * 4 + [4] * 4
    for i, n in enumerate(counts):
        c = f.person("repeat_contact", "repeats", ["repeat_contact"], list(ALL_TOL))
        happy_acts(f, c, f.rng.randint(1, 3), [0], 7, 12)
        repeat_run(
            f,
            c,
            day_time(f, f.rng.randint(1, 3), 8, 19),
            f.rng.choice(PROBLEMS),
            n,
            [c.lang],
            i % 2 == 0,
        )
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", [], ["silence"])
        happy_acts(f, c, f.rng.randint(1, 2), [0])
        c.truth["problems"] = [
            fixed_run(
                f,
                c,
                day_time(f, f.rng.randint(1, 3), 8, 18),
                f.rng.choice(PROBLEMS),
                c.lang,
                c.lang,
            )
        ]
    for _ in range(3):
        c = f.person("different_problems", "two problems", [], ["silence"])
        p1, p2 = f.rng.sample(PROBLEMS, 2)
        c.truth["problems"] = [
            fixed_run(f, c, day_time(f, 1, 8, 18), p1, c.lang, c.lang),
            fixed_run(f, c, day_time(f, f.rng.randint(5, 6), 8, 18), p2, c.lang, c.lang),
        ]
    for _ in range(7):
        c = f.person("happy", "frequent writer", [], [])
        happy_acts(f, c, f.rng.randint(6, 9), list(range(10)))


def slide(f: Fam, c: Cust, start_day: int, span: int, langs: list[str]) -> list[str]:
    comp = f.rng.choice(COMPETITORS)
    ids: list[str] = []
    ts = day_time(f, start_day, 8, 19)
    ratings = ["3", "3", "2", "2", "1", "1"]
    for step in range(6):
        if step:
            gap = max(1.0, span * 24 / 5 * f.rng.uniform(0.7, 1.2))
            ts = out_of_night(ts + timedelta(hours=gap), f)
        lang = langs[step % len(langs)]
        text = W.SLIDE[lang][step].format(comp=comp)
        ch = f.rng.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                f.add(
                    c,
                    ts,
                    "web",
                    "review",
                    text,
                    attrs={"rating": ratings[step], "page": "/reviews"},
                )
            )
        else:
            ids.append(f.add(c, ts, ch, "post", text))
        if step == 3:
            c.truth["step4_at"] = iso(ts)
    c.truth.update(
        {
            "slide_event_ids": ids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": c.truth.get("trouble_starts_at")
            or iso(datetime.fromisoformat(c.truth.get("step4_at", iso(ts)).replace("Z", "+00:00"))),
        }
    )
    return ids


def slow_churners(f: Fam) -> None:
    spans = [3] + [5] * 5 + [9] * 4
    for i in range(10):
        exp = ["sentiment_drop"] + (["detractor"] if i < 5 else [])
        c = f.person(
            "slow_churner",
            "slides",
            exp,
            [
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
        for d in sorted(f.rng.sample(range(11), f.rng.randint(4, 5))):
            f.add(
                c,
                day_time(f, d),
                f.rng.choice(["social", "community"]),
                "post",
                f.say(W.PRAISE, c.lang),
            )
        happy_acts(f, c, f.rng.randint(2, 4), list(range(11)))
        sd = f.rng.randint(12, 16)
        ids = slide(f, c, sd, spans[i], [c.lang])
        first = next(r.ts for r in f.rows if r.eid == ids[0])
        c.truth["trouble_starts_at"] = iso(first)
        c.truth.pop("step4_at", None)
        if i < 5:
            s4 = next(r.ts for r in f.rows if r.eid == ids[3])
            c.truth["survey_event_id"] = survey(
                f,
                c,
                out_of_night(s4 + timedelta(hours=f.rng.uniform(2.5, 3.5)), f),
                nps=f.rng.randint(1, 5),
            )
            c.truth["nps_given"] = True
    for _ in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            ["churn_intent"],
            ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        happy_acts(f, c, f.rng.randint(4, 6), list(range(16)))
        ts = day_time(f, f.rng.randint(17, 23), 8, 18)
        eid = f.add(c, ts, "email", "message", f.say(W.CANCEL_ASK, c.lang), subject="Nadelora Plus")
        reply_ts = out_of_night(ts + timedelta(hours=f.rng.uniform(1, 5)), f)
        f.add(
            c,
            reply_ts,
            "email",
            "message",
            f.say(W.CANCEL_REPLY, c.lang, first=c.first),
            direction="outbound",
            subject="Re: Nadelora Plus",
        )
        ct = out_of_night(ts + timedelta(hours=f.rng.uniform(20, 30)), f)
        cid = f.add(
            c,
            ct,
            "web",
            "cancellation",
            None,
            attrs={"page": "/account/plus/cancel", "product": "Nadelora Plus"},
        )
        c.truth.update(
            {
                "churn_intent_event_id": eid,
                "cancellation_event_id": cid,
                "churn_at": iso(ct),
                "trouble_starts_at": iso(ts),
            }
        )
    for _ in range(6):
        c = f.person("happy", "steady", [], [])
        happy_acts(f, c, f.rng.randint(6, 10), list(range(32)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"])
        d = f.rng.randint(0, 4)
        ids = []
        for _g in range(f.rng.randint(5, 7)):
            ch = f.rng.choice(["social", "community", "web", "review"])
            text = f.say(W.GRUMBLE, c.lang)
            ts = day_time(f, d, 8, 20)
            if ch == "review":
                ids.append(
                    f.add(c, ts, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            elif ch == "web":
                ids.append(f.add(c, ts, "web", "ticket", text, attrs={"page": "/help/contact"}))
            else:
                ids.append(f.add(c, ts, ch, "post", text))
            d += f.rng.randint(1, 3)
        c.truth.update(
            {
                "grumble_event_ids": ids,
                "trouble_starts_at": iso(min(r.ts for r in f.rows if r.eid in ids)),
            }
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", [], ["silence"])
        happy_acts(f, c, f.rng.randint(3, 5), list(range(16)))
        c.truth["sarcasm_event_id"] = f.add(
            c, day_time(f, f.rng.randint(17, 28), 9, 20), "social", "post", f.say(W.SARCASM, c.lang)
        )


def quiet_hours(f: Fam) -> None:
    for _ in range(16):
        c = f.person("happy", "day writer", [], [])
        happy_acts(f, c, f.rng.randint(1, 3), [0, 1, 2], 7, 17.5)
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", [], ["silence"])
        ts = day_time(f, f.rng.randint(0, 2), 8, 16)
        f.add(c, ts, "web", "page_view", None, attrs={"page": "/pickup-points"})
        t2 = ts + mins(f, 20, 30)
        if i < 2:
            eid = f.add(c, t2, "chat", "chat", f.say(W.MILD, c.lang))
            f.add(
                c,
                t2 + mins(f, 1, 5),
                "chat",
                "chat",
                f.say(W.MILD_ACK, c.lang),
                direction="outbound",
            )
        else:
            eid = f.add(
                c, t2, "web", "ticket", f.say(W.MILD, c.lang), attrs={"page": "/help/contact"}
            )
            f.add(
                c,
                t2 + mins(f, 20, 60),
                "email",
                "message",
                f.say(W.MILD_ACK, c.lang),
                direction="outbound",
            )
        c.truth.update({"grumble_event_id": eid, "trouble_starts_at": iso(t2)})
    for night in range(3):
        b0 = f.at(night + 1, f.rng.uniform(0.67, 1.08))
        for burst, off in enumerate([0.0, f.rng.uniform(28, 33), f.rng.uniform(55, 65)]):
            bs = b0 + timedelta(minutes=off)
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {burst + 1}", [], [])
                ts = bs + mins(f, 0, 10)
                if f.rng.random() < 0.5:
                    eid = f.add(c, ts, "social", "post", f.say(W.NIGHT_POST, c.lang))
                else:
                    eid = f.add(c, ts, "chat", "chat", f.say(W.NIGHT_QUESTION, c.lang))
                    t2 = ts + mins(f, 2, 6)
                    f.add(
                        c, t2, "chat", "chat", f.say(W.NIGHT_ANSWER, c.lang), direction="outbound"
                    )
                    f.add(c, t2 + mins(f, 1, 3), "chat", "chat", f.say(W.THANKS, c.lang))
                c.truth.update({"burst_at": iso(bs), "night_event_id": eid})
                if f.rng.random() < 0.5:
                    happy_act(f, c, day_time(f, f.rng.randint(0, 2), 9, 17.5))


PAIRS = [
    ("de", "fr"),
    ("fr", "de"),
    ("de", "en"),
    ("fr", "en"),
    ("de", "it"),
    ("fr", "it"),
    ("de", "es"),
    ("fr", "pt"),
    ("en", "de"),
    ("it", "fr"),
    ("pt", "fr"),
    ("es", "de"),
]
PAIR_MARKET = {
    frozenset(("de", "fr")): "CH",
    frozenset(("fr", "en")): "BE",
    frozenset(("de", "en")): "DE",
    frozenset(("de", "it")): "CH",
    frozenset(("fr", "it")): "CH",
    frozenset(("de", "es")): "DE",
    frozenset(("fr", "pt")): "FR",
    frozenset(("it", "fr")): "CH",
    frozenset(("es", "de")): "ES",
}


def bilingual(f: Fam) -> None:
    roles = ["happy"] * 12 + ["repeat"] * 5 + ["slide"] * 5 + ["bad"] * 3 + ["fixed"] * 2
    counts = iter([2, 2, 3, 3, 4])
    bad_modes = iter(["long_email", "email", "chat"])
    for i, role in enumerate(roles):
        a, b = PAIRS[i % len(PAIRS)]
        market = PAIR_MARKET.get(frozenset((a, b)), f.rng.choice(MARKETS[a]))
        langs = [a, b]
        extra: dict[str, Any] = {
            "languages": langs,
            "job_second_language": f.rng.choice(
                ["works across the border", "partner's language", "grew up there", "studies there"]
            ),
        }
        if role == "happy":
            c = f.person("happy", "alternates languages", [], [], lang=a, market=market, **extra)
            happy_acts(f, c, f.rng.randint(5, 8), list(range(14)), langs=langs)
        elif role == "repeat":
            n = next(counts)
            c = f.person(
                "repeat_contact",
                "repeats",
                ["repeat_contact"],
                list(ALL_TOL),
                lang=a,
                market=market,
                **extra,
            )
            happy_acts(f, c, f.rng.randint(1, 3), [0, 1], langs=langs)
            repeat_run(
                f,
                c,
                day_time(f, f.rng.randint(2, 5), 8, 18),
                f.rng.choice(PROBLEMS),
                n,
                langs,
                n >= 3,
            )
        elif role == "slide":
            c = f.person(
                "slow_churner",
                "slides",
                ["sentiment_drop"],
                [
                    "repeat_contact",
                    "churn_intent",
                    "competitor_mention",
                    "high_value_at_risk",
                    "silence",
                ],
                lang=a,
                market=market,
                **extra,
            )
            for j, d in enumerate(range(0, 6, 1)):
                if j < 5:
                    f.add(
                        c,
                        day_time(f, d),
                        f.rng.choice(["social", "community"]),
                        "post",
                        f.say(W.PRAISE, langs[j % 2]),
                    )
            happy_acts(f, c, f.rng.randint(1, 3), list(range(6)), langs=langs)
            ids = slide(f, c, f.rng.randint(7, 8), f.rng.choice([3, 5]), langs)
            c.truth["trouble_starts_at"] = iso(next(r.ts for r in f.rows if r.eid == ids[0]))
            c.truth.pop("step4_at", None)
        elif role == "bad":
            m = next(bad_modes)
            c = f.person(
                "happy_one_bad_day", "one bad day", [], ["silence"], lang=a, market=market, **extra
            )
            d = f.rng.randint(5, 9)
            happy_acts(
                f,
                c,
                f.rng.randint(2, 4),
                [x for x in range(14) if x <= d - 2 or x >= d + 3],
                langs=langs,
            )
            bad_day(f, c, f.rng.choice(PROBLEMS), m, d, b, False, False, m != "chat", m == "email")
            c.truth["bad_day_language"] = b
        else:
            c = f.person(
                "resolved_between_contacts",
                "fixed",
                [],
                ["silence"],
                lang=a,
                market=market,
                **extra,
            )
            happy_acts(f, c, 2, [0, 1], langs=langs)
            c.truth["problems"] = [
                fixed_run(
                    f, c, day_time(f, f.rng.randint(3, 6), 8, 18), f.rng.choice(PROBLEMS), a, b
                )
            ]
            c.truth["confirm_language"] = b


B2B_SITES = [
    "costume workshop",
    "theatre",
    "upholstery",
    "school",
    "university",
    "hotel",
    "film",
    "bridal",
    "uniforms",
    "sailmaker",
    "municipality",
    "fashion college",
    "curtain maker",
    "outdoor gear",
    "furniture",
]


def office(f: Fam, ts: datetime) -> datetime:
    while ts.weekday() >= 5 or ts.hour >= 17 or ts.hour < 8:
        ts = (
            (ts + timedelta(days=1)).replace(hour=8, minute=f.rng.randrange(60))
            if ts.hour >= 17 or ts.weekday() >= 5
            else ts.replace(hour=8, minute=f.rng.randrange(60))
        )
    return ts


def b2b_routine(f: Fam, c: Cust, days: list[int], n: int) -> None:
    for d in sorted(f.rng.sample(days, min(n, len(days)))):
        ts = f.at(d, f.rng.uniform(8, 16.5))
        k = f.rng.randrange(4)
        if k == 0:
            f.add(c, ts, "chat", "chat", f.say(W.B2B_QUESTION, c.lang))
            f.add(
                c, ts + mins(f, 1, 6), "chat", "chat", f.say(W.ANSWER, c.lang), direction="outbound"
            )
            if f.rng.random() < 0.5:
                f.add(c, ts + mins(f, 8, 12), "chat", "chat", f.say(W.THANKS, c.lang))
        elif k == 1:
            f.add(c, ts, "web", "page_view", None, attrs={"page": "/pro/portal"})
            f.add(
                c,
                ts + mins(f, 3, 15),
                "web",
                "purchase",
                None,
                attrs={
                    "order_value": "420.00",
                    "currency": "CHF"
                    if c.market == "CH"
                    else ("GBP" if c.market == "UK" else "EUR"),
                    "product": "Industrie-Overlock / Surjeteuse industrielle",
                    "page": "/pro/checkout",
                },
            )
        elif k == 2:
            f.add(c, ts, "community", "post", f.say(W.B2B_PRAISE, c.lang))
        else:
            happy_survey(f, c, ts)


def b2b_accounts(f: Fam) -> None:
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    at_risk_spec = [
        ("invoice", 3),
        ("portal", 3),
        ("service_blocked", 3),
        ("invoice", 4),
        ("overbilled", 4),
    ]
    acc_langs = [
        "de",
        "fr",
        "de",
        "fr",
        "de",
        "de",
        "fr",
        "en",
        "it",
        "fr",
        "de",
        "pt",
        "es",
        "de",
        "fr",
    ]
    weekdays = [0, 1, 2, 3, 4, 7, 8, 9, 10, 11]
    for ai, kind in enumerate(kinds):
        lang = acc_langs[ai]
        market = f.rng.choice(MARKETS[lang])
        acc = f"NDP-{market}-{4100 + ai * 37:04d}"
        company = f"{W.LAST[lang][ai % len(W.LAST[lang])]} {B2B_SITES[ai].title()}"
        n = {
            "at_risk": f.rng.randint(4, 6),
            "one_unhappy": 3,
            "mild": f.rng.randint(3, 4),
            "happy": f.rng.randint(3, 4),
        }[kind]
        if kind == "at_risk":
            n = max(n, at_risk_spec[ai][1] + 1)
        firsts = f.rng.sample(W.FIRST[lang], n)
        contacts: list[Cust] = []
        for j in range(n):
            if kind == "at_risk" and j < at_risk_spec[ai][1]:
                last_one = j == at_risk_spec[ai][1] - 1
                c = f.person(
                    "b2b_unhappy",
                    "complainer",
                    ["repeat_contact"] if last_one else ["detractor"],
                    [*ALL_TOL, "account_risk"],
                    lang=lang,
                    account=acc,
                    market=market,
                    company=company,
                    role="complainer",
                )
            elif kind == "one_unhappy" and j == 0:
                c = f.person(
                    "b2b_one_unhappy",
                    "complainer",
                    ["detractor"],
                    ["sentiment_drop", "high_value_at_risk", "silence"],
                    lang=lang,
                    account=acc,
                    market=market,
                    company=company,
                    role="complainer",
                )
            elif kind == "mild" and j < 2:
                c = f.person(
                    "b2b_mild",
                    "suggests",
                    [],
                    ["silence"],
                    lang=lang,
                    account=acc,
                    market=market,
                    company=company,
                    role="suggests",
                )
            else:
                c = f.person(
                    "b2b_happy",
                    "contact",
                    [],
                    [],
                    lang=lang,
                    account=acc,
                    market=market,
                    company=company,
                    role="contact",
                )
            c.first = firsts[j]
            c.truth["name"] = f"{c.first} {c.last}"
            c.truth["job_title"] = f.rng.choice(
                [
                    "workshop manager",
                    "buyer",
                    "office manager",
                    "head of wardrobe",
                    "facilities lead",
                ]
            )
            c.truth["job"] = c.truth["job_title"]
            contacts.append(c)
        unhappy: list[str] = []
        trouble = None
        if kind == "at_risk":
            problem, k = at_risk_spec[ai]
            case = new_case()
            ts = f.at(2, f.rng.uniform(8.5, 11))
            first_name = contacts[0].first
            for j in range(k):
                c = contacts[j]
                b2b_routine(f, c, [0, 1], f.rng.randint(0, 2))
                ptext = f.say(W.B2B_PROBLEM[problem], lang)
                if j == 0:
                    text = ptext
                    trouble = iso(ts)
                else:
                    ts = office(
                        f,
                        ts + timedelta(hours=f.rng.uniform(8, 28)),
                    )
                    text = f.say(
                        W.B2B_LATER,
                        lang,
                        other=first_name,
                        day=W.DAYS[lang][2],
                        case=case,
                        problem=ptext,
                    )
                eid = f.add(
                    c,
                    ts,
                    "email",
                    "message",
                    text,
                    subject=f.say(W.SUBJ_COMPLAINT, lang, case=case),
                )
                if j == 0:
                    f.add(
                        c,
                        ts + mins(f, 20, 60),
                        "email",
                        "message",
                        f.say(W.B2B_ACK, lang, case=case, first=c.first),
                        direction="outbound",
                        subject=f.say(W.SUBJ_REPLY, lang, case=case),
                    )
                ids = [eid]
                if j < k - 1:
                    c.truth["survey_event_id"] = survey(
                        f, c, ts + mins(f, 60, 180), nps=f.rng.randint(1, 5)
                    )
                    c.truth["nps_given"] = True
                else:
                    t2 = office(f, ts + timedelta(hours=f.rng.uniform(18, 40)))
                    if ai == 0:
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "email",
                                "message",
                                f.say(W.B2B_LAST_MAIL, lang, case=case, comp=COMPETITORS[0]),
                                subject=f.say(W.SUBJ_REPLY, lang, case=case),
                            )
                        )
                        c.truth["competitor"] = COMPETITORS[0]
                    else:
                        ids.append(
                            f.add(c, t2, "phone", "call", f.say(W.B2B_LAST_CALL, lang, case=case))
                        )
                c.truth.update(
                    {
                        "problem": problem,
                        "booking": case,
                        "complaint_event_ids": ids,
                        "trouble_starts_at": iso(ts),
                    }
                )
                unhappy.append(c.key)
            for c in contacts[k:]:
                b2b_routine(f, c, weekdays, f.rng.randint(2, 4))
        elif kind == "one_unhappy":
            c = contacts[0]
            b2b_routine(f, c, [0, 1], f.rng.randint(0, 2))
            problem = f.rng.choice(list(W.B2B_PROBLEM))
            case = new_case()
            ts = f.at(f.rng.randint(3, 7), f.rng.uniform(8.5, 15))
            ts = office(f, ts)
            eid = f.add(
                c,
                ts,
                "email",
                "message",
                f.say(W.B2B_PROBLEM[problem], lang),
                subject=f.say(W.SUBJ_COMPLAINT, lang, case=case),
            )
            f.add(
                c,
                ts + mins(f, 20, 60),
                "email",
                "message",
                f.say(W.B2B_ACK, lang, case=case, first=c.first),
                direction="outbound",
                subject=f.say(W.SUBJ_REPLY, lang, case=case),
            )
            c.truth["survey_event_id"] = survey(
                f, c, ts + mins(f, 60, 180), nps=f.rng.randint(1, 5)
            )
            c.truth.update(
                {
                    "problem": problem,
                    "booking": case,
                    "complaint_event_ids": [eid],
                    "trouble_starts_at": iso(ts),
                    "nps_given": True,
                }
            )
            unhappy.append(c.key)
            for c in contacts[1:]:
                b2b_routine(f, c, weekdays, f.rng.randint(2, 4))
        elif kind == "mild":
            for j, c in enumerate(contacts):
                if j < 2:
                    b2b_routine(f, c, [0, 1], f.rng.randint(0, 2))
                    ts = f.at(f.rng.randint(3, 9), f.rng.uniform(8, 16))
                    ts = office(f, ts)
                    eid = f.add(
                        c,
                        ts,
                        "web",
                        "ticket",
                        f.say(W.B2B_SUGGEST, lang),
                        attrs={"page": "/pro/feedback"},
                    )
                    f.add(
                        c,
                        ts + mins(f, 30, 90),
                        "email",
                        "message",
                        f.say(W.MILD_ACK, lang),
                        direction="outbound",
                    )
                    c.truth.update({"mild_event_id": eid, "trouble_starts_at": iso(ts)})
                else:
                    b2b_routine(f, c, weekdays, f.rng.randint(2, 4))
        else:
            for c in contacts:
                b2b_routine(f, c, weekdays, f.rng.randint(2, 5))
        f.accounts[acc] = {
            "company": company,
            "site": B2B_SITES[ai],
            "contacts": n,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": unhappy,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": at_risk_spec[ai][0] if kind == "at_risk" else None,
            "trouble_starts_at": trouble,
            "language": lang,
            "country": market,
        }


def topic_spike(f: Fam) -> None:
    for _ in range(40):
        c = f.person("happy", "day writer", [], [])
        for d in sorted(f.rng.sample(range(6), f.rng.randint(2, 5))):
            happy_act(f, c, day_time(f, d, 12, 19) if d == 5 else day_time(f, d))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", [], ["silence"])
        ts = day_time(f, 0, 9, 16)
        eid = f.add(c, ts, "chat", "chat", f.say(W.MILD, c.lang))
        f.add(
            c, ts + mins(f, 1, 5), "chat", "chat", f.say(W.MILD_ACK, c.lang), direction="outbound"
        )
        c.truth.update({"grumble_event_id": eid, "trouble_starts_at": iso(ts)})
    for lang, hour in (("fr", 9.67), ("de", 16.08)):
        c = f.person("grumbles_once", "lone question", [], ["silence"], lang=lang)
        ts = f.at(4, hour)
        eid = f.add(c, ts, "chat", "chat", f.say(W.LONE_Q, lang))
        f.add(c, ts + mins(f, 2, 6), "chat", "chat", f.say(W.LONE_A, lang), direction="outbound")
        c.truth.update({"lone_report_event_id": eid, "trouble_starts_at": iso(ts)})
    langs = ["de"] * 6 + ["fr"] * 6 + ["en", "en", "it", "it", "pt", "pt", "es", "es"]
    channels = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(langs)
    f.rng.shuffle(channels)
    offsets = sorted([0.0, 45.0] + [f.rng.uniform(1, 44) for _ in range(18)])
    start = f.at(5, 9 + 5 / 60)
    keys: list[str] = []
    eids: list[str] = []
    reps: list[str] = []
    early = [i for i, o in enumerate(offsets) if o <= 25]
    repeaters = set(f.rng.sample(early, 6))
    rest = [i for i in range(20) if i not in repeaters]
    fixed = set(f.rng.sample(rest, 6))
    rep_channels = iter(["email", "email", "chat", "chat", "community", "community"])
    for i in range(20):
        regular = i < 12
        persona = "spike_repeater" if i in repeaters else "spike_reporter"
        c = f.person(
            persona,
            "regular" if regular else "new",
            ["repeat_contact"] if i in repeaters else [],
            ["silence", "sentiment_drop"] if i in repeaters else ["silence"],
            lang=langs[i],
            in_spike=True,
            regular=regular,
        )
        if regular:
            for _ in range(f.rng.randint(1, 2)):
                happy_act(f, c, f.at(2, f.rng.uniform(8, 17.5)))
        ts = start + timedelta(minutes=offsets[i])
        ch = channels[i]
        text = f.say(W.SPIKE_REPORT, c.lang)
        if ch == "social":
            eid = f.add(c, ts, "social", "mention", text)
        elif ch == "chat":
            eid = f.add(c, ts, "chat", "chat", text)
            f.add(
                c,
                ts + mins(f, 1, 3),
                "chat",
                "chat",
                f.say(W.SPIKE_CHAT_ANSWER, c.lang),
                direction="outbound",
            )
        elif ch == "community":
            eid = f.add(c, ts, "community", "post", text)
        elif ch == "email":
            eid = f.add(c, ts, "email", "message", text, subject="NDL-628")
        else:
            eid = f.add(c, ts, "web", "ticket", text, attrs={"page": "/help/contact"})
        keys.append(c.key)
        eids.append(eid)
        c.truth.update({"spike_event_id": eid, "spike_channel": ch, "trouble_starts_at": iso(ts)})
        if i in repeaters:
            rc = next(rep_channels)
            if rc == ch:
                rc = "web"
            t2 = ts + mins(f, 10, 35)
            r = later(f, c, t2, rc, f.say(W.SPIKE_REPEAT, c.lang), "NDL-628", c.lang)
            reps.append(r)
            c.truth["repeat_event_id"] = r
        if i in fixed:
            f.add(
                c,
                f.at(5, 12 + f.rng.uniform(8, 17) / 60),
                "email",
                "message",
                f.say(W.SPIKE_FIXED, c.lang),
                direction="outbound",
                subject="NDL-628",
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "sewing-machine hire app marks every running hire as overdue and threatens late fees, error NDL-628",
        "about": "false overdue notices on running hires in the app",
        "channel": None,
        "start": iso(start),
        "end": iso(start + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }


def iso(ts: datetime) -> str:
    return ts.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def ref(c: Cust, row: Row, first: bool) -> dict[str, str | None]:
    full: dict[str, str | None] = {
        "customer_id": c.key,
        "email": c.email,
        "phone": c.phone,
        "handle": c.handle,
        "account_id": c.account,
    }
    if first or row.direction == "outbound":
        return full
    out: dict[str, str | None] = {
        "customer_id": None,
        "email": None,
        "phone": None,
        "handle": None,
        "account_id": c.account,
    }
    if row.channel == "phone":
        out["phone"] = c.phone
    elif row.channel in ("social", "community"):
        if c.handle:
            out["handle"] = c.handle
        else:
            out["email"] = c.email
    elif row.channel == "email":
        out["email"] = c.email
    else:
        out["customer_id"] = c.key
    return out


SOURCES = {
    "email": "nadelora-mail",
    "phone": "nadelora-voice",
    "social": "nadelora-social",
    "community": "nadelora-forum",
    "chat": "nadelora-chat",
    "web": "nadelora-web",
    "survey": "nadelora-survey",
}

FAMILIES = [
    (
        "happy_writers",
        "HW",
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        happy_writers,
        "happy customers by day and night, survey-only ones",
    ),
    (
        "one_bad_day",
        "BD",
        datetime(2026, 4, 13, tzinfo=UTC),
        12,
        one_bad_day,
        "happy customers with one angry moment",
    ),
    (
        "repeat_contacts",
        "RC",
        datetime(2026, 5, 25, tzinfo=UTC),
        10,
        repeat_contacts,
        "problems raised again while open, fixed ones, frequent writers",
    ),
    (
        "slow_churners",
        "SC",
        datetime(2026, 6, 29, tzinfo=UTC),
        32,
        slow_churners,
        "slides, leavers, steady, grumpy, sarcastic",
    ),
    (
        "quiet_hours",
        "QH",
        datetime(2026, 8, 21, tzinfo=UTC),
        3,
        quiet_hours,
        "a calm weekend with night-owl bursts",
    ),
    (
        "bilingual",
        "BL",
        datetime(2026, 9, 14, tzinfo=UTC),
        14,
        bilingual,
        "customers writing in two languages",
    ),
    (
        "b2b_accounts",
        "BB",
        datetime(2026, 10, 5, tzinfo=UTC),
        14,
        b2b_accounts,
        "company accounts of Nadelora Atelier Pro",
    ),
    (
        "topic_spike",
        "TS",
        datetime(2026, 11, 2, tzinfo=UTC),
        7,
        topic_spike,
        "a calm week and the planted incident",
    ),
]


def build(n: int, name: str, code: str, start: datetime, days: int, fn: Any, about: str) -> None:
    f = Fam(name, code, start, days, about, Random(SEED * 100 + n), Random(SEED * 100 + 50 + n))
    fn(f)
    f.rows.sort(key=lambda r: (r.ts, r.eid))
    seen: set[str] = set()
    lines = []
    for r in f.rows:
        if r.ts < start or r.ts >= END_LIMIT:
            raise SystemExit(f"{name}: {r.eid} out of range {r.ts}")
        first = r.direction == "inbound" and r.cust.key not in seen
        if first:
            seen.add(r.cust.key)
        obj = {
            "event_id": r.eid,
            "occurred_at": iso(r.ts),
            "channel": r.channel,
            "kind": r.kind,
            "direction": r.direction,
            "customer": ref(r.cust, r, first),
            "text": r.text,
            "subject": r.subject,
            "scores": r.scores,
            "source": SOURCES[r.channel],
            "attributes": r.attrs,
        }
        lines.append(json.dumps(obj, ensure_ascii=False, sort_keys=False))
    expected: dict[str, int] = {}
    for c in f.custs:
        if c.key not in seen:
            raise SystemExit(f"{name}: {c.key} has no inbound touchpoint")
        if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
            raise SystemExit(f"{name}: {c.key} expects and tolerates")
        for rule in c.truth["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    for acc in f.accounts.values():
        for rule in acc["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    if f.spike:
        expected["topic_spike"] = 1
    end = max(start + timedelta(days=days), f.rows[-1].ts + timedelta(hours=1))
    if end >= END_LIMIT:
        end = END_LIMIT - timedelta(minutes=1)
    truth = {
        "config": {
            "family": name,
            "about": about,
            "business": "Nadelora (sewing-machine hire; business arm Nadelora Atelier Pro)",
            "days": days,
            "seed": SEED * 100 + n,
            "written": "2026-12-06",
            "expected": dict(sorted(expected.items())),
        },
        "start": iso(start),
        "end": iso(end),
        "customers": {c.key: c.truth for c in f.custs},
        "accounts": f.accounts,
        "spike": f.spike,
        "journey": {},
        "expectations": {},
    }
    (HERE / f"{name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (HERE / f"{name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(
        name,
        len(f.custs),
        len(f.rows),
        sum(1 for r in f.rows if r.direction == "outbound"),
        dict(sorted(expected.items())),
    )


def main() -> None:
    for n, (name, code, start, days, fn, about) in enumerate(FAMILIES, 1):
        build(n, name, code, start, days, fn, about)


if __name__ == "__main__":
    main()
