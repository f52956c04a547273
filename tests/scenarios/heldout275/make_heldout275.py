# ruff: noqa: E501
"""Write heldout275's families (Pulibin, wheelie-bin washing). Standard library only."""

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

SEED = 20260919
BRAND = "Pulibin"
COMPS = ("Bidonix", "Tonnelo")
SOURCES = {
    "email": "pulibin-mail",
    "phone": "pulibin-voice",
    "social": "pulibin-social",
    "community": "pulibin-forum",
    "chat": "pulibin-chat",
    "web": "pulibin-web",
    "survey": "pulibin-survey",
}
AGENTS = ("Alessia", "Ben", "Nadia", "Oscar")
HAPPY_TOL: list[str] = []


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    name: str
    ids: dict[str, str | None]
    truth: dict[str, Any]


@dataclass
class Row:
    at: datetime
    eid: str
    cust: Cust
    data: dict[str, Any]


@dataclass
class Fam:
    name: str
    code: str
    n: int
    start: datetime
    days: int
    rng: random.Random = field(init=False)
    rough: random.Random = field(init=False)
    rows: list[Row] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, Any] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    count: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)


USED: set[str] = set()


def uniq(v: str) -> str:
    while v in USED:
        v = v + "x" if not v[-1].isdigit() else v + "1"
    USED.add(v)
    return v


def lang_pick(f: Fam) -> str:
    return f.rng.choices(W.LANGS, weights=(30, 30, 10, 10, 10, 10))[0]


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def roughen(f: Fam, s: str) -> str:
    r = f.rough
    if r.random() < 0.10:
        s = strip_accents(s)
    if r.random() < 0.125 and s[:1].isupper():
        s = s[0].lower() + s[1:]
    if r.random() < 1 / 7:
        words = [
            i for i, w in enumerate(s.split(" ")) if w.isalpha() and w.islower() and len(w) > 4
        ]
        if words:
            parts = s.split(" ")
            i = r.choice(words)
            w = parts[i]
            j = r.randrange(1, len(w) - 2)
            parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            s = " ".join(parts)
    return s


def speech(s: str) -> str:
    out = "".join(c for c in s if c.isalnum() or c in " '+-€£").lower()
    return " ".join(out.split())


def pick(f: Fam, table: dict[str, list[str]], lang: str) -> str:
    return f.rng.choice(table[lang])


def person(
    f: Fam,
    lang: str,
    persona: str,
    habit: str,
    expected: list[str],
    tolerated: list[str],
    account: str | None = None,
    market: str | None = None,
) -> Cust:
    r = f.rng
    first, last = r.choice(W.FIRST[lang]), r.choice(W.LAST[lang])
    mk = market or r.choice(W.MARKETS[lang])
    key = uniq(f"PB{f.code}{r.randrange(1000, 10000)}")
    slug = strip_accents(f"{first}.{last}").lower().replace("'", "")
    dom = (
        f"{account.lower()}.example"
        if account
        else r.choice(["posta.example", "mail.example", "inbox.example"])
    )
    email = uniq(f"{slug}{r.randrange(1, 99)}@{dom}")
    pre, n = W.PHONE[mk]
    phone = uniq(pre + "".join(str(r.randrange(10)) for _ in range(n)))
    handle = (
        None
        if account
        else uniq("@" + strip_accents(f"{last}_{first}").lower() + str(r.randrange(1, 90)))
    )
    ids: dict[str, str | None] = {
        "customer_id": key,
        "email": email,
        "phone": phone,
        "handle": handle,
        "account_id": account,
    }
    norm_phone = "+" + "".join(c for c in phone if c.isdigit())
    truth: dict[str, Any] = {
        "identifiers": {
            "customer_id": key,
            "email": email.lower(),
            "phone": norm_phone,
            "handle": handle,
            "account_id": account,
        },
        "expected_rules": sorted(expected),
        "tolerated_rules": sorted(t for t in tolerated if t not in expected),
        "persona": persona,
        "habit": habit,
        "language": lang,
        "country": mk,
        "segment": "b2b" if account else "consumer",
        "name": f"{first} {last}",
    }
    c = Cust(key, lang, mk, f"{first} {last}", ids, truth)
    f.custs[key] = c
    return c


def add(
    f: Fam,
    c: Cust,
    at: datetime,
    channel: str,
    kind: str,
    text: str | None,
    *,
    out: bool = False,
    subject: str | None = None,
    scores: dict[str, int | None] | None = None,
    attrs: dict[str, str] | None = None,
) -> str:
    f.count += 1
    eid = f"pb275-{f.code.lower()}-{f.count:05d}"
    if text and not out and channel == "phone":
        text = speech(text)
    elif text and not out and channel != "survey":
        text = roughen(f, text)
    a = {"market": c.market}
    if c.ids["account_id"]:
        a["segment"] = "b2b"
    if out:
        a["agent"] = f.rng.choice(AGENTS)
    a.update(attrs or {})
    data: dict[str, Any] = {
        "event_id": eid,
        "occurred_at": at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "channel": channel,
        "kind": kind,
        "direction": "outbound" if out else "inbound",
        "text": text,
        "subject": subject,
        "scores": scores or {"nps": None, "csat": None, "ces": None},
        "source": SOURCES[channel],
        "attributes": a,
    }
    f.rows.append(Row(at, eid, c, data))
    return eid


def at(f: Fam, day: float, h0: float = 8, h1: float = 19) -> datetime:
    return f.start + timedelta(days=int(day), hours=f.rng.uniform(h0, h1))


def later(t: datetime, m0: float, m1: float, f: Fam) -> datetime:
    return t + timedelta(minutes=f.rng.uniform(m0, m1))


def dayize(t: datetime) -> datetime:
    if t.hour >= 22:
        return (t + timedelta(days=1)).replace(hour=8, minute=t.minute)
    if t.hour < 7:
        return t.replace(hour=8)
    return t


def happy_act(f: Fam, c: Cust, t: datetime) -> None:
    lang, r = c.lang, f.rng
    k = r.choice(["praise", "praise", "chat", "buy", "view", "review"])
    if k == "praise":
        ch = r.choice(["social", "community"])
        text = pick(f, W.PRAISE, lang)
        if ch == "social" and "@" + BRAND not in text:
            text = text.replace(BRAND, "@" + BRAND) if BRAND in text else "@" + BRAND + " " + text
        add(f, c, t, ch, "post" if ch == "community" else "mention", text)
    elif k == "chat":
        add(f, c, t, "chat", "chat", pick(f, W.QUESTION, lang))
        t2 = later(t, 1, 6, f)
        add(f, c, t2, "chat", "chat", pick(f, W.ANSWER, lang), out=True)
        if r.random() < 0.6:
            add(f, c, later(t2, 1, 4, f), "chat", "chat", pick(f, W.THANKS, lang))
    elif k == "buy":
        add(f, c, t, "web", "page_view", None, attrs={"page": "/plans/fresco"})
        add(
            f,
            c,
            later(t, 2, 9, f),
            "web",
            "purchase",
            None,
            attrs={
                "order_value": r.choice(["14.90", "19.00", "24.50"]),
                "currency": "GBP"
                if c.market in ("UK",)
                else ("CHF" if c.market == "CH" else "EUR"),
                "product": r.choice(
                    ["Single wash, 2 bins", "Fresco monthly, 3 bins", "Deep clean, food caddy"]
                ),
                "page": "/book",
            },
        )
    elif k == "view":
        add(
            f,
            c,
            t,
            "web",
            "page_view",
            None,
            attrs={"page": r.choice(["/rounds", "/account", "/how-it-works"])},
        )
    else:
        add(
            f,
            c,
            t,
            "web",
            "review",
            pick(f, W.REVIEW, lang),
            attrs={"rating": "5", "page": "/reviews"},
        )


def happy_days(f: Fam, c: Cust, n: int, days: list[int], h0: float = 7, h1: float = 19) -> None:
    for d in f.rng.sample(days, min(n, len(days))):
        happy_act(f, c, at(f, d, h0, h1))


def survey(
    f: Fam,
    c: Cust,
    t: datetime,
    nps: int | None = None,
    csat: int | None = None,
    ces: int | None = None,
    word: str = "",
) -> str:
    kind = "nps" if nps is not None else ("csat" if csat is not None else "ces")
    return add(
        f,
        c,
        t,
        "survey",
        "survey_response",
        word or None,
        scores={"nps": nps, "csat": csat, "ces": ces},
        attrs={"survey": kind},
    )


def newref(f: Fam) -> str:
    return uniq(f"PB-{f.rng.randrange(100000, 1000000)}")


def complaint(
    f: Fam, c: Cust, t: datetime, channel: str, problem: str, long_email: bool = False
) -> tuple[str, str | None]:
    lang = c.lang
    text = f.rng.choice(W.COMPLAINT[lang][problem])
    ref: str | None = newref(f)
    subj = f"{W.SUBJECT_COMPLAINT[lang]}: {problem.replace('_', ' ')}"
    if long_email:
        head, tail = f.rng.choice(W.LETTER[lang])
        eid = add(f, c, t, "email", "message", head + text + tail, subject=subj)
    elif channel == "email":
        eid = add(f, c, t, "email", "message", text, subject=subj)
    elif channel == "chat":
        eid = add(f, c, t, "chat", "chat", text)
        add(
            f,
            c,
            later(t, 1, 5, f),
            "chat",
            "chat",
            pick(f, W.CASE_OPENED, lang).format(ref=ref),
            out=True,
        )
        return eid, ref
    elif channel == "social":
        eid = add(f, c, t, "social", "mention", "@" + BRAND + " " + text)
        return eid, None
    elif channel == "web":
        eid = add(f, c, t, "web", "ticket", text, attrs={"page": "/help/contact"})
    else:
        eid = add(f, c, t, "phone", "call", text)
    add(
        f,
        c,
        dayize(later(t, 10, 40, f)),
        "email",
        "message",
        pick(f, W.CASE_OPENED, lang).format(ref=ref),
        out=True,
        subject=f"{W.SUBJECT_RE[lang]} {ref}",
    )
    return eid, ref


# ---------------------------------------------------------------- families --
def happy_writers(f: Fam) -> None:
    for _ in range(16):
        c = person(f, lang_pick(f), "happy", "day writer", [], [])
        happy_days(f, c, f.rng.randint(5, 8), list(range(10)))
    for _ in range(5):
        c = person(f, lang_pick(f), "happy", "night writer", [], [])
        for d in f.rng.sample(range(9), f.rng.randint(2, 4)):
            t = at(f, d, 22.2, 23.9)
            if f.rng.random() < 0.5:
                add(f, c, t, "social", "mention", "@" + BRAND + " " + pick(f, W.NIGHT_POST, c.lang))
            else:
                add(f, c, t, "chat", "chat", pick(f, W.NIGHT_Q, c.lang))
                t2 = later(t, 2, 6, f)
                add(f, c, t2, "chat", "chat", pick(f, W.NIGHT_A, c.lang), out=True)
                add(f, c, later(t2, 1, 3, f), "chat", "chat", pick(f, W.THANKS, c.lang))
        happy_days(f, c, 2, list(range(10)), 9, 18)
    for _ in range(5):
        c = person(f, lang_pick(f), "happy", "answers surveys", [], [])
        for d in f.rng.sample(range(10), f.rng.randint(3, 6)):
            which = f.rng.randrange(3)
            w = pick(f, W.SURVEY_WORD, c.lang)
            t = at(f, d)
            if which == 0:
                survey(f, c, t, nps=f.rng.choice([9, 10]), word=w)
            elif which == 1:
                survey(f, c, t, csat=f.rng.choice([4, 5]), word=w)
            else:
                survey(f, c, t, ces=f.rng.choice([6, 7]), word=w)


def one_bad_day(f: Fam) -> None:
    chans = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    with_case = [i for i, ch in enumerate(chans) if ch != "social"]
    det = set(f.rng.sample(with_case, 6))
    low = set(f.rng.sample([i for i in with_case if i not in det], 5))
    good = f.rng.sample(with_case, 12)
    apol = set(good[:5])
    for i, ch in enumerate(chans):
        lang = f.rng.choice(["it", "en"]) if ch == "long" else lang_pick(f)
        persona = "bad_day_detractor" if i in det else "happy_one_bad_day"
        c = person(f, lang, persona, "one bad day", ["detractor"] if i in det else [], ["silence"])
        bd = f.rng.randint(2, 9)
        happy_days(f, c, f.rng.randint(1, 5), [d for d in range(12) if d <= bd - 2 or d >= bd + 3])
        t = at(f, bd, 8, 20)
        problem = W.PROBLEMS[i % 6]
        eid, ref = complaint(f, c, t, ch, problem, ch == "long")
        c.truth.update(
            problem=problem,
            bad_day_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            bad_day_event_id=eid,
            booking=ref,
            long_email=ch == "long",
            channel=ch,
        )
        if i in det:
            c.truth.update(nps_given=True, nps=f.rng.randint(1, 5))
            c.truth["survey_event_id"] = survey(f, c, later(t, 100, 140, f), nps=c.truth["nps"])
        if i in low:
            c.truth.update(csat_given=True, csat=f.rng.randint(1, 2))
            c.truth["survey_event_id"] = survey(f, c, later(t, 40, 80, f), csat=c.truth["csat"])
        if i in good and ref:
            tg = dayize(later(t, 60, 240, f))
            add(
                f,
                c,
                tg,
                "email",
                "message",
                pick(f, W.GOOD_NEWS, lang).format(ref=ref),
                out=True,
                subject=f"{W.SUBJECT_RE[lang]} {ref}",
            )
            c.truth["agent_fixed"] = True
            if i in apol:
                ta = dayize(later(t, 16 * 60, 24 * 60, f))
                c.truth.update(
                    apologised=True,
                    apology_event_id=add(f, c, ta, "chat", "chat", pick(f, W.APOLOGY, lang)),
                )
    for _ in range(8):
        c = person(f, lang_pick(f), "happy", "control", [], [])
        happy_days(f, c, f.rng.randint(4, 7), list(range(12)))


REP_TOL = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]


def repeat_run(f: Fam, c: Cust, first_day: int, n: int, escalate: bool, first_ch: str) -> None:
    lang = c.lang
    problem = f.rng.choice(W.PROBLEMS)
    t = at(f, first_day, 8, 19)
    eid, ref = complaint(f, c, t, first_ch if first_ch != "social" else "web", problem)
    assert ref
    if escalate:
        add(
            f,
            c,
            later(t, 90, 150, f),
            "email",
            "message",
            pick(f, W.QUALITY_LEAD, lang).format(ref=ref),
            out=True,
            subject=f"{W.SUBJECT_RE[lang]} {ref}",
        )
    ids = [eid]
    chans = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != first_ch]
    f.rng.shuffle(chans)
    comp = None
    for k in range(1, n):
        t = dayize(t + timedelta(hours=f.rng.uniform(4, 40)))
        text = pick(f, W.STILL_OPEN, lang).format(ref=ref)
        if k == 2:
            comp = f.rng.choice(COMPS)
            text += W.THIRD[lang].format(comp=comp)
        if k == 3:
            text += W.FOURTH[lang]
        ch = chans[k - 1]
        if ch == "email":
            ids.append(
                add(f, c, t, "email", "message", text, subject=f"{W.SUBJECT_RE[lang]} {ref}")
            )
        elif ch == "chat":
            ids.append(add(f, c, t, "chat", "chat", text))
            add(
                f,
                c,
                later(t, 1, 5, f),
                "chat",
                "chat",
                pick(f, W.URGENT, lang).format(ref=ref),
                out=True,
            )
        elif ch == "phone":
            ids.append(add(f, c, t, "phone", "call", text))
        elif ch == "web":
            ids.append(add(f, c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
        else:
            ids.append(add(f, c, t, "social", "mention", "@" + BRAND + " " + text))
    c.truth.update(
        problem=problem,
        booking=ref,
        contacts=n,
        agent_passed_on=escalate,
        problem_event_ids=ids,
        competitor=comp,
        trouble_starts_at=None,
    )


def fixed_run(f: Fam, c: Cust, day: int) -> dict[str, Any]:
    lang = c.lang
    problem = f.rng.choice(W.PROBLEMS)
    t = at(f, day, 8, 17)
    eid, ref = complaint(f, c, t, "web", problem)
    tg = dayize(later(t, 180, 1200, f))
    add(
        f,
        c,
        tg,
        "email",
        "message",
        pick(f, W.GOOD_NEWS, lang).format(ref=ref),
        out=True,
        subject=f"{W.SUBJECT_RE[lang]} {ref}",
    )
    tc = dayize(later(tg, 480, 1800, f))
    ceid = add(
        f,
        c,
        tc,
        "email",
        "message",
        pick(f, W.CONFIRM, lang).format(ref=ref),
        subject=f"{W.SUBJECT_RE[lang]} {ref}",
    )
    return {
        "problem": problem,
        "booking": ref,
        "problem_event_ids": [eid],
        "confirm_event_id": ceid,
    }


def repeat_contacts(f: Fam) -> None:
    counts = [2] * 4 + [3] * 4 + [4] * 4
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    f.rng.shuffle(firsts)
    for i, n in enumerate(counts):
        c = person(f, lang_pick(f), "repeat_contact", "repeats", ["repeat_contact"], REP_TOL)
        happy_days(f, c, f.rng.randint(1, 3), [0], 7, 12)
        repeat_run(f, c, f.rng.randint(1, 4), n, i % 2 == 0, firsts[i])
    for _ in range(5):
        c = person(f, lang_pick(f), "resolved_between_contacts", "fixed", [], ["silence"])
        c.truth["problems"] = [fixed_run(f, c, f.rng.randint(1, 5))]
    for _ in range(3):
        c = person(f, lang_pick(f), "different_problems", "two problems", [], ["silence"])
        d = f.rng.randint(0, 2)
        c.truth["problems"] = [fixed_run(f, c, d), fixed_run(f, c, d + 5)]
    for _ in range(7):
        c = person(f, lang_pick(f), "happy", "frequent writer", [], [])
        for d in f.rng.sample(range(10), f.rng.randint(5, 8)):
            t = at(f, d)
            add(f, c, t, "chat", "chat", pick(f, W.QUESTION, c.lang))
            add(f, c, later(t, 1, 6, f), "chat", "chat", pick(f, W.ANSWER, c.lang), out=True)


def slide(
    f: Fam, c: Cust, start_day: int, span: int, bilingual: tuple[str, str] | None = None
) -> list[str]:
    ids = []
    comp = f.rng.choice(COMPS)
    t = at(f, start_day, 8, 12)
    for k in range(6):
        lang = bilingual[k % 2] if bilingual else c.lang
        text = W.SLIDE[lang][k].format(comp=comp)
        ch = f.rng.choice(["social", "community", "review"])
        if ch == "social":
            ids.append(add(f, c, t, "social", "mention", "@" + BRAND + " " + text))
        elif ch == "community":
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
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"},
                )
            )
        t = dayize(t + timedelta(hours=max(1.0, span * 24 / 6 * f.rng.uniform(0.6, 1.0))))
    c.truth.update(slide_event_ids=ids, competitor=comp, slide_days=span)
    return ids


SLIDE_TOL = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]


def slow_churners(f: Fam) -> None:
    for i in range(10):
        nps = i < 5
        c = person(
            f,
            lang_pick(f),
            "slow_churner",
            "slides",
            ["sentiment_drop"] + (["detractor"] if nps else []),
            SLIDE_TOL,
        )
        for d in f.rng.sample(range(11), f.rng.randint(4, 5)):
            t = at(f, d)
            text = pick(f, W.PRAISE, c.lang)
            add(f, c, t, "community", "post", text)
        happy_days(f, c, f.rng.randint(2, 4), list(range(11)))
        ids = slide(f, c, f.rng.randint(12, 16), [3, 5, 9][i % 3])
        if nps:
            fourth = next(r.at for r in f.rows if r.eid == ids[3])
            c.truth.update(nps_given=True, nps=f.rng.randint(1, 5))
            c.truth["survey_event_id"] = survey(
                f, c, dayize(later(fourth, 150, 210, f)), nps=c.truth["nps"]
            )
    for _ in range(5):
        c = person(
            f,
            lang_pick(f),
            "slow_churner",
            "asks to cancel",
            ["churn_intent"],
            ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        happy_days(f, c, f.rng.randint(4, 6), list(range(16)))
        t = at(f, f.rng.randint(17, 23), 8, 17)
        ce = add(f, c, t, "email", "message", pick(f, W.CANCEL, c.lang), subject="Fresco")
        add(
            f,
            c,
            dayize(later(t, 60, 300, f)),
            "email",
            "message",
            pick(f, W.SORRY_GO, c.lang),
            out=True,
            subject="Re: Fresco",
        )
        tc = later(t, 20 * 60, 30 * 60, f)
        cx = add(
            f,
            c,
            tc,
            "web",
            "cancellation",
            None,
            attrs={"page": "/account/plan", "product": "Fresco monthly"},
        )
        c.truth.update(
            churn_intent_event_id=ce,
            cancellation_event_id=cx,
            churn_at=tc.strftime("%Y-%m-%dT%H:%M:%SZ"),
        )
    for _ in range(6):
        c = person(f, lang_pick(f), "happy", "steady", [], [])
        happy_days(f, c, f.rng.randint(6, 10), list(range(30)))
    for _ in range(5):
        c = person(
            f, lang_pick(f), "steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"]
        )
        d = f.rng.randint(0, 4)
        ids = []
        for _k in range(f.rng.randint(5, 7)):
            ids.append(
                add(
                    f,
                    c,
                    at(f, d),
                    f.rng.choice(["community", "web"]),
                    "post",
                    pick(f, W.GRUMBLE, c.lang),
                )
            )
            d += f.rng.randint(1, 3)
        c.truth["grumble_event_ids"] = ids
    for _ in range(5):
        c = person(f, lang_pick(f), "happy_one_sarcastic_remark", "happy", [], ["silence"])
        happy_days(f, c, f.rng.randint(4, 6), list(range(16)))
        c.truth["sarcasm_event_id"] = add(
            f,
            c,
            at(f, f.rng.randint(17, 28)),
            "social",
            "mention",
            "@" + BRAND + " " + pick(f, W.SARCASM, c.lang),
        )


def quiet_hours(f: Fam) -> None:
    for _ in range(16):
        c = person(f, lang_pick(f), "happy", "day writer", [], [])
        happy_days(f, c, f.rng.randint(1, 3), [0, 1, 2], 7, 17.5)
    for _ in range(4):
        c = person(f, lang_pick(f), "grumbles_once", "grumbles once", [], ["silence"])
        t = at(f, f.rng.randint(0, 2), 9, 17)
        add(f, c, t, "web", "page_view", None, attrs={"page": "/rounds"})
        t2 = later(t, 20, 30, f)
        c.truth["grumble_event_id"] = add(f, c, t2, "chat", "chat", pick(f, W.MILD, c.lang))
        add(f, c, later(t2, 1, 5, f), "chat", "chat", pick(f, W.FORM_ACK, c.lang), out=True)
    for night in range(3):
        base = f.start + timedelta(days=night + 1, minutes=f.rng.uniform(40, 65))
        for b, off in enumerate((0, f.rng.uniform(28, 33), f.rng.uniform(55, 65))):
            bs = base + timedelta(minutes=off)
            for _ in range(4):
                c = person(
                    f, lang_pick(f), "night_owl", f"night {night + 1}, burst {b + 1}", [], []
                )
                t = later(bs, 0, 10, f)
                c.truth["burst_at"] = bs.strftime("%Y-%m-%dT%H:%M:%SZ")
                if f.rng.random() < 0.5:
                    c.truth["night_event_id"] = add(
                        f,
                        c,
                        t,
                        "social",
                        "mention",
                        "@" + BRAND + " " + pick(f, W.NIGHT_POST, c.lang),
                    )
                else:
                    c.truth["night_event_id"] = add(
                        f, c, t, "chat", "chat", pick(f, W.NIGHT_Q, c.lang)
                    )
                    t2 = later(t, 2, 6, f)
                    add(f, c, t2, "chat", "chat", pick(f, W.NIGHT_A, c.lang), out=True)
                    add(f, c, later(t2, 1, 3, f), "chat", "chat", pick(f, W.THANKS, c.lang))
                if f.rng.random() < 0.5:
                    happy_act(f, c, at(f, f.rng.randint(0, 2), 9, 17.5))


PAIRS = [
    ("it", "en"),
    ("en", "it"),
    ("it", "de"),
    ("en", "fr"),
    ("it", "es"),
    ("en", "pt"),
    ("de", "it"),
    ("es", "en"),
    ("fr", "it"),
    ("pt", "en"),
    ("it", "fr"),
    ("en", "es"),
]


def bilingual(f: Fam) -> None:
    k = 0

    def pair() -> tuple[str, str]:
        nonlocal k
        k += 1
        return PAIRS[(k * 5) % len(PAIRS)]

    for _ in range(12):
        p = pair()
        c = person(f, p[0], "happy", "alternates languages", [], [])
        c.truth["languages"] = list(p)
        for j, d in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            c.lang = p[j % 2]
            happy_act(f, c, at(f, d))
        c.lang = p[0]
    for i in range(5):
        p = pair()
        c = person(f, p[0], "repeat_contact", "repeats", ["repeat_contact"], REP_TOL)
        c.truth["languages"] = list(p)
        happy_days(f, c, f.rng.randint(1, 3), [0, 1])
        c.lang = p[1]
        repeat_run(f, c, f.rng.randint(2, 5), [2, 2, 3, 3, 4][i], i >= 2, "email")
        c.lang = p[0]
    for _ in range(5):
        p = pair()
        c = person(f, p[0], "slow_churner", "slides", ["sentiment_drop"], SLIDE_TOL)
        c.truth["languages"] = list(p)
        for j, d in enumerate(range(5)):
            add(f, c, at(f, d), "community", "post", pick(f, W.PRAISE, p[j % 2]))
        happy_days(f, c, f.rng.randint(1, 3), list(range(6)))
        slide(f, c, f.rng.randint(7, 8), f.rng.randint(3, 5), p)
    for j in range(3):
        p = pair()
        c = person(f, p[0], "happy_one_bad_day", "one bad day", [], ["silence"])
        c.truth["languages"] = list(p)
        happy_days(f, c, 3, [0, 1, 2, 10, 11, 12])
        c.lang = p[1]
        t = at(f, 6, 9, 18)
        eid, ref = complaint(f, c, t, ["email", "chat", "web"][j], f.rng.choice(W.PROBLEMS))
        c.truth.update(bad_day_event_id=eid, bad_day_language=p[1], booking=ref)
        c.lang = p[0]
    for _ in range(2):
        p = pair()
        c = person(f, p[0], "resolved_between_contacts", "fixed", [], ["silence"])
        c.truth["languages"] = list(p)
        c.truth["problems"] = [fixed_run(f, c, f.rng.randint(2, 8))]


SITES = [
    "restaurant",
    "hotel",
    "school",
    "care home",
    "campsite",
    "food market",
    "hospital kitchen",
    "housing block",
]


def b2b_accounts(f: Fam) -> None:
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    unhappy_tol = [
        "sentiment_drop",
        "churn_intent",
        "competitor_mention",
        "high_value_at_risk",
        "silence",
        "account_risk",
    ]
    for a, kind in enumerate(kinds):
        lang = lang_pick(f)
        mk = f.rng.choice(W.MARKETS[lang])
        acc = uniq(f"PBP-{mk}-{f.rng.randrange(1000, 10000)}")
        n_contacts = f.rng.randint(4, 6) if kind == "at_risk" else f.rng.randint(3, 4)
        n_bad = (3 if a < 3 else 4) if kind == "at_risk" else (1 if kind == "one_unhappy" else 0)
        problem = W.B2B_PROBLEMS[a % 4]
        contacts: list[Cust] = []
        for i in range(n_contacts):
            if i < n_bad and kind == "at_risk":
                last = i == n_bad - 1
                c = person(
                    f,
                    lang,
                    "b2b_unhappy",
                    "complainer",
                    ["detractor"] if not last else ["repeat_contact"],
                    unhappy_tol,
                    account=acc,
                    market=mk,
                )
            elif i < n_bad:
                c = person(
                    f,
                    lang,
                    "b2b_one_unhappy",
                    "complainer",
                    ["detractor"],
                    ["sentiment_drop", "high_value_at_risk", "silence"],
                    account=acc,
                    market=mk,
                )
            elif kind == "mild" and i < 2:
                c = person(f, lang, "b2b_mild", "suggests", [], ["silence"], account=acc, market=mk)
            else:
                c = person(f, lang, "b2b_happy", "contact", [], [], account=acc, market=mk)
            c.truth["company"] = acc
            contacts.append(c)
            if c.truth["persona"] == "b2b_happy":
                for d in f.rng.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], f.rng.randint(2, 4)):
                    t = at(f, d, 8, 16.5)
                    if f.rng.random() < 0.5:
                        add(f, c, t, "community", "post", pick(f, W.B2B_PRAISE, lang))
                    else:
                        survey(f, c, t, nps=f.rng.choice([9, 10]))
        ref = newref(f)
        t = f.start + timedelta(days=2, hours=f.rng.uniform(8, 11))
        unhappy = [c for c in contacts if c.truth["persona"] in ("b2b_unhappy", "b2b_one_unhappy")]
        if kind == "one_unhappy":
            t = f.start + timedelta(days=f.rng.randint(7, 11), hours=f.rng.uniform(8, 15))
        for i, c in enumerate(unhappy):
            text = W.B2B_COMPLAINT[lang][problem]
            if i:
                text = (
                    W.B2B_ALSO[lang].format(
                        first=unhappy[0].name.split()[0], when=W.B2B_WHEN[lang], ref=ref
                    )
                    + text
                )
            eid = add(
                f, c, t, "email", "message", text, subject=f"{W.SUBJECT_COMPLAINT[lang]}: {problem}"
            )
            c.truth.update(
                complaint_event_ids=[eid],
                problem=problem,
                booking=ref,
                trouble_starts_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            )
            if i == 0:
                add(
                    f,
                    c,
                    later(t, 20, 60, f),
                    "email",
                    "message",
                    pick(f, W.CASE_OPENED, lang).format(ref=ref),
                    out=True,
                    subject=f"{W.SUBJECT_RE[lang]} {ref}",
                )
            if "detractor" in c.truth["expected_rules"]:
                c.truth.update(nps_given=True, nps=f.rng.randint(1, 5))
                c.truth["survey_event_id"] = survey(f, c, later(t, 60, 180, f), nps=c.truth["nps"])
            t = t + timedelta(hours=f.rng.choice([22, 24, 25]))
        if kind == "at_risk":
            c = unhappy[-1]
            t2 = c.truth["trouble_starts_at"]
            tt = datetime.fromisoformat(t2.replace("Z", "+00:00")) + timedelta(days=1)
            tt = tt.replace(hour=f.rng.randint(8, 15))
            while tt.weekday() >= 5:
                tt += timedelta(days=1)
            comp = f.rng.choice(COMPS)
            c.truth["complaint_event_ids"].append(
                add(f, c, tt, "phone", "call", W.B2B_FINAL[lang].format(ref=ref, comp=comp))
            )
            c.truth["competitor"] = comp
        if kind == "mild":
            for c in contacts[:2]:
                tm = at(f, f.rng.randint(1, 4), 8, 16)
                c.truth["mild_event_id"] = add(
                    f,
                    c,
                    tm,
                    "web",
                    "ticket",
                    pick(f, W.B2B_MILD, lang),
                    attrs={"page": "/pro/feedback"},
                )
                add(
                    f,
                    c,
                    later(tm, 30, 90, f),
                    "email",
                    "message",
                    pick(f, W.FORM_ACK, lang),
                    out=True,
                    subject="Feedback",
                )
        f.accounts[acc] = {
            "company": acc,
            "site": f.rng.choice(SITES),
            "contacts": len(contacts),
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": [c.key for c in unhappy],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": unhappy[0].truth["trouble_starts_at"]
            if kind == "at_risk"
            else None,
            "language": lang,
            "country": mk,
        }


def topic_spike(f: Fam) -> None:
    for _ in range(40):
        c = person(f, lang_pick(f), "happy", "day writer", [], [])
        for d in f.rng.sample(range(6), f.rng.randint(1, 4)):
            happy_act(f, c, at(f, d, 12, 19) if d == 5 else at(f, d))
    for _ in range(2):
        c = person(f, lang_pick(f), "grumbles_once", "grumbles once", [], ["silence"])
        t = at(f, 0, 9, 16)
        c.truth["grumble_event_id"] = add(f, c, t, "chat", "chat", pick(f, W.MILD, c.lang))
        add(f, c, later(t, 1, 5, f), "chat", "chat", pick(f, W.FORM_ACK, c.lang), out=True)
    for lang, h in (("it", 9.6), ("en", 16.1)):
        c = person(f, lang, "grumbles_once", "lone question", [], ["silence"])
        t = f.start + timedelta(days=4, hours=h)
        c.truth["lone_report_event_id"] = add(f, c, t, "chat", "chat", pick(f, W.LONE_Q, lang))
        add(f, c, later(t, 2, 6, f), "chat", "chat", pick(f, W.LONE_A, lang), out=True)
    s0 = f.start + timedelta(days=5, hours=7, minutes=40)
    langs = ["it"] * 6 + ["en"] * 6 + ["de"] * 2 + ["es"] * 2 + ["fr"] * 2 + ["pt"] * 2
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    offs = sorted(f.rng.uniform(0, 45) for _ in range(20))
    offs[0], offs[-1] = 0.0, 45.0
    ev, rep, keys = [], [], []
    for i in range(20):
        regular = i % 5 < 3
        lang = langs[i]
        persona = "spike_repeater" if i in (0, 2, 4, 6, 8, 10) else "spike_reporter"
        c = person(
            f,
            lang,
            persona,
            "regular" if regular else "new",
            ["repeat_contact"] if persona == "spike_repeater" else [],
            ["silence"] + (["sentiment_drop"] if persona == "spike_repeater" else []),
        )
        if regular:
            happy_act(f, c, at(f, 2, 8, 17.5))
        t = s0 + timedelta(minutes=offs[i])
        text = pick(f, W.SPIKE, lang)
        ch = chans[i]
        if ch == "social":
            eid = add(f, c, t, "social", "mention", "@" + BRAND + " " + text)
        elif ch == "chat":
            eid = add(f, c, t, "chat", "chat", text)
            add(f, c, later(t, 1, 4, f), "chat", "chat", pick(f, W.SPIKE_CHAT, lang), out=True)
        elif ch == "community":
            eid = add(f, c, t, "community", "post", text)
        elif ch == "email":
            eid = add(f, c, t, "email", "message", text, subject="PB+772")
        else:
            eid = add(f, c, t, "web", "ticket", text, attrs={"page": "/help/contact"})
        ev.append(eid)
        keys.append(c.key)
        c.truth.update(
            in_spike=True,
            regular=regular,
            spike_event_id=eid,
            spike_channel=ch,
            trouble_starts_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        )
        if persona == "spike_repeater":
            t2 = later(t, 15, 50, f)
            ch2 = "email" if ch != "email" else "chat"
            r = add(
                f,
                c,
                t2,
                ch2,
                "message" if ch2 == "email" else "chat",
                pick(f, W.SPIKE_AGAIN, lang),
                subject="PB+772" if ch2 == "email" else None,
            )
            c.truth["repeat_event_id"] = r
            rep.append(r)
        elif i in (1, 3, 5, 7, 9, 11):
            local = "11:30" if c.market in ("UK", "IE", "PT") else "12:30"
            add(
                f,
                c,
                s0 + timedelta(hours=3, minutes=f.rng.uniform(20, 30)),
                "email",
                "message",
                pick(f, W.WORKS_AGAIN, lang).format(t=local, cur="£" if c.market == "UK" else "€"),
                out=True,
                subject="PB+772",
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "slot booking in the app fails at confirmation with error PB+772: no wash can be booked",
        "about": "app, booking, slot, error, PB+772",
        "channel": None,
        "start": s0.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end": (s0 + timedelta(minutes=45)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": ev,
        "repeat_event_ids": rep,
    }


FAMILIES = [
    ("happy_writers", "HW", datetime(2026, 2, 2, tzinfo=UTC), 10, happy_writers),
    ("one_bad_day", "BD", datetime(2026, 3, 9, tzinfo=UTC), 12, one_bad_day),
    ("repeat_contacts", "RC", datetime(2026, 4, 13, tzinfo=UTC), 12, repeat_contacts),
    ("slow_churners", "SC", datetime(2026, 5, 4, tzinfo=UTC), 32, slow_churners),
    ("quiet_hours", "QH", datetime(2026, 6, 12, tzinfo=UTC), 3, quiet_hours),
    ("bilingual", "BL", datetime(2026, 7, 6, tzinfo=UTC), 14, bilingual),
    ("b2b_accounts", "BB", datetime(2026, 8, 3, tzinfo=UTC), 14, b2b_accounts),
    ("topic_spike", "TS", datetime(2026, 9, 14, tzinfo=UTC), 7, topic_spike),
]


def write(f: Fam) -> None:
    f.rows.sort(key=lambda r: (r.at, r.eid))
    seen: set[str] = set()
    lines = []
    for r in f.rows:
        c = r.cust
        ids = c.ids
        if r.data["direction"] == "outbound" or c.key not in seen:
            cust = dict(ids)
            if r.data["direction"] == "inbound":
                seen.add(c.key)
        else:
            ch = r.data["channel"]
            cust = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": ids["account_id"],
            }
            if ch == "phone":
                cust["phone"] = ids["phone"]
            elif ch in ("social", "community"):
                cust["handle" if ids["handle"] else "email"] = ids["handle"] or ids["email"]
            elif ch == "email":
                cust["email"] = ids["email"]
            else:
                cust["customer_id"] = ids["customer_id"]
        d = dict(r.data)
        d["customer"] = cust
        lines.append(json.dumps(d, ensure_ascii=False, sort_keys=True))
    (HERE / f"{f.name}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    expected: dict[str, int] = {}
    for c in f.custs.values():
        for rule in c.truth["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
        first = next(r for r in f.rows if r.cust is c)
        c.truth.setdefault("trouble_starts_at", None)
        if c.truth["trouble_starts_at"] is None and c.truth["persona"] not in (
            "happy",
            "b2b_happy",
            "night_owl",
        ):
            c.truth["trouble_starts_at"] = first.data["occurred_at"]
    if f.accounts:
        expected["account_risk"] = sum(1 for a in f.accounts.values() if a["at_risk"])
    if f.spike:
        expected["topic_spike"] = 1
    end = max(f.start + timedelta(days=f.days), f.rows[-1].at + timedelta(hours=1))
    truth = {
        "config": {
            "family": f.name,
            "about": f"heldout275 {f.name}",
            "business": "Pulibin, wheelie-bin washing",
            "days": f.days,
            "seed": SEED * 100 + f.n,
            "written": "2026-12-07",
            "expected": dict(sorted(expected.items())),
        },
        "start": f.start.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "customers": {k: c.truth for k, c in sorted(f.custs.items())},
        "accounts": f.accounts,
        "spike": f.spike,
        "journey": {},
        "expectations": {},
    }
    (HERE / f"{f.name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
    )


def main() -> None:
    for n, (name, code, start, days, build) in enumerate(FAMILIES, 1):
        f = Fam(name, code, n, start, days)
        build(f)
        write(f)


if __name__ == "__main__":
    main()
