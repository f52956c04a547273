"""Build heldout179/ (Valixo, luggage storage): every <family>.jsonl and truth. Report only."""

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

from wording import COMPETITORS, FIRST, LANGS, LAST, MARKETS, PHONE, W  # noqa: E402

SEED = 20261206
SILENCE = ["silence"]
OWN = {
    "email": "valixo-mail",
    "phone": "valixo-voice",
    "social": "valixo-social",
    "community": "valixo-forum",
    "chat": "valixo-chat",
    "web": "valixo-web",
    "survey": "valixo-survey",
}
KIND = {
    "email": "message",
    "phone": "call",
    "social": "mention",
    "community": "post",
    "chat": "chat",
    "web": "ticket",
}


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    name: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    truth: dict[str, Any]


@dataclass
class Fam:
    name: str
    code: str
    start: datetime
    days: int
    rng: random.Random
    rough: random.Random
    custs: list[Cust] = field(default_factory=list)
    rows: list[dict[str, Any]] = field(default_factory=list)
    n: int = 0
    cases: int = 0


USED: set[str] = set()


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def roughen(f: Fam, text: str) -> str:
    r = f.rough
    if r.random() < 0.1:
        text = strip_accents(text)
    if r.random() < 0.13 and text[:1].isupper():
        text = text[0].lower() + text[1:]
    if r.random() < 1 / 7:
        words = [
            i for i, w in enumerate(text.split(" ")) if w.isalpha() and w.islower() and len(w) > 4
        ]
        if words:
            parts = text.split(" ")
            i = r.choice(words)
            w = parts[i]
            j = r.randrange(1, len(w) - 2)
            parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            text = " ".join(parts)
    return text


def person(
    f: Fam,
    lang: str,
    persona: str,
    habit: str,
    account: str | None = None,
    market: str | None = None,
) -> Cust:
    r = f.rng
    f.n += 1
    key = f"VX{f.code}{1000 + f.n * 7 + r.randrange(7)}"
    first, last = r.choice(FIRST[lang]), r.choice(LAST[lang])
    mk = market or r.choice(MARKETS[lang])
    base = strip_accents(f"{first}.{last}").lower()
    email = (
        f"{base}{f.n}{f.code.lower()}@{'acme-' + account.lower() if account else 'mail'}.example"
    )
    phone = PHONE[mk] + "".join(str(r.randrange(10)) for _ in range(12 - len(PHONE[mk]) + 1))
    while phone in USED:
        phone = phone[:-1] + str(r.randrange(10))
    USED.add(phone)
    handle = (
        None
        if account
        else f"@{strip_accents(last).lower()}_{strip_accents(first).lower()}{f.n}{f.code.lower()}"
    )
    truth: dict[str, Any] = {
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
        "country": mk,
        "segment": "b2b" if account else "consumer",
        "name": f"{first} {last}",
    }
    c = Cust(key, lang, mk, f"{first} {last}", email, phone, handle, account, truth)
    f.custs.append(c)
    return c


def pick(f: Fam, c: Cust, table: str, lang: str | None = None) -> str:
    return f.rng.choice(W[lang or c.lang][table])


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
    scores: dict[str, int] | None = None,
    attrs: dict[str, str] | None = None,
) -> str:
    f.n += 1
    eid = f"h179-{f.code.lower()}-{len(f.rows) + 1:05d}"
    if text is not None and not out:
        if channel == "phone":
            text = "".join(ch for ch in text.lower() if ch.isalnum() or ch in " -'").strip()
            text = " ".join(text.split())
        else:
            text = roughen(f, text)
    a = {"market": c.market} | (attrs or {})
    if c.account:
        a["segment"] = "b2b"
    if out:
        a["agent"] = "support"
    f.rows.append(
        {
            "event_id": eid,
            "occurred_at": t,
            "channel": channel,
            "kind": kind or KIND.get(channel, "message"),
            "direction": "outbound" if out else "inbound",
            "cust": c,
            "text": text,
            "subject": subject,
            "scores": scores or {},
            "source": OWN[channel],
            "attributes": a,
        }
    )
    return eid


def ref_for(c: Cust, channel: str, full: bool) -> dict[str, Any]:
    if full:
        return {
            "customer_id": c.key,
            "email": c.email,
            "phone": c.phone,
            "handle": c.handle,
            "account_id": c.account,
        }
    base: dict[str, Any] = {
        "customer_id": None,
        "email": None,
        "phone": None,
        "handle": None,
        "account_id": c.account,
    }
    if channel == "phone":
        base["phone"] = c.phone
    elif channel in ("social", "community"):
        if c.handle:
            base["handle"] = c.handle
        else:
            base["email"] = c.email
    elif channel == "email":
        base["email"] = c.email
    else:
        base["customer_id"] = c.key
    return base


def at(f: Fam, day: int, h0: float, h1: float) -> datetime:
    return f.start + timedelta(days=day, hours=f.rng.uniform(h0, h1))


def mins(a: float, b: float, r: random.Random) -> timedelta:
    return timedelta(minutes=r.uniform(a, b))


def case(f: Fam) -> str:
    f.cases += 1
    return f"VX-{f.code}{f.rng.randrange(10, 99)}{f.cases:03d}"


def fill(text: str, ref: str = "", comp: str = "") -> str:
    return text.replace("VX-CASE", ref).replace("COMP", comp)


def happy(f: Fam, c: Cust, day: int, h0: float = 8, h1: float = 19) -> None:
    r = f.rng
    t = at(f, day, h0, h1)
    what = r.choice(["praise", "praise", "gripe", "question", "purchase", "view", "survey"])
    if what in ("praise", "gripe"):
        ch = r.choice(["social", "community", "web"])
        text = pick(f, c, what)
        if ch == "social" and "Valixo" not in text:
            text = "@Valixo " + text
        elif ch == "social":
            text = text.replace("Valixo", "@Valixo", 1)
        add(
            f,
            c,
            t,
            ch,
            text,
            kind="review" if ch == "web" else None,
            attrs={"rating": "5", "page": "/reviews"} if ch == "web" else None,
        )
    elif what == "question":
        ch = r.choice(["chat", "email", "phone"])
        add(f, c, t, ch, pick(f, c, "question"))
        t2 = t + mins(2, 30, r)
        add(f, c, t2, "email" if ch == "phone" else ch, pick(f, c, "answer"), out=True)
        if r.random() < 0.6:
            add(f, c, t2 + mins(2, 20, r), "email" if ch == "phone" else ch, pick(f, c, "thanks"))
    elif what == "purchase":
        add(f, c, t, "web", None, kind="page_view", attrs={"page": "/storage"})
        add(
            f,
            c,
            t + mins(2, 9, r),
            "web",
            None,
            kind="purchase",
            attrs={
                "order_value": f"{r.choice([6, 8, 12, 15])}.00",
                "currency": "GBP" if c.market == "UK" else "CHF" if c.market == "CH" else "EUR",
                "product": "Bag storage, 1 day",
                "page": "/checkout",
            },
        )
    elif what == "view":
        add(
            f,
            c,
            t,
            "web",
            None,
            kind="page_view",
            attrs={"page": r.choice(["/shops", "/plus", "/delivery"])},
        )
    else:
        add(
            f,
            c,
            t,
            "survey",
            r.choice(["", "top", "👍"]) or None,
            kind="survey_response",
            scores={"nps": r.choice([9, 10])},
            attrs={"survey": "nps"},
        )


def happy_days(f: Fam, c: Cust, n: int, days: list[int]) -> None:
    for d in sorted(f.rng.sample(days, min(n, len(days)))):
        happy(f, c, d)


def complain(
    f: Fam, c: Cust, t: datetime, problem: int, ch: str, long: bool = False, lang: str | None = None
) -> tuple[str, str | None, datetime]:
    r = f.rng
    lang = lang or c.lang
    text = W[lang]["complaint"][problem]
    subj = None
    if long:
        text = f"{W[lang]['letter_open'][0]}\n\n{text}.\n\n{W[lang]['letter_close'][0]}\n{c.name}"
    if ch == "email":
        subj = W[lang]["subject"][0]
    if ch == "social":
        text = "@Valixo " + text
    eid = add(f, c, t, ch, text, subject=subj, attrs={"page": "/help"} if ch == "web" else None)
    if ch == "social":
        return eid, None, t
    ref = case(f)
    ta = t + (mins(1, 5, r) if ch == "chat" else mins(10, 40, r))
    add(
        f,
        c,
        ta,
        "chat" if ch == "chat" else "email",
        fill(W[lang]["case_opened"][0], ref),
        out=True,
        subject=fill(W[lang]["subject"][1], ref),
    )
    return eid, ref, ta


def day_shift(t: datetime) -> datetime:
    if t.hour >= 22:
        return (t + timedelta(days=1)).replace(hour=8, minute=t.minute)
    if t.hour < 7:
        return t.replace(hour=8)
    return t


def lang_of(r: random.Random) -> str:
    return r.choices(LANGS, weights=[30, 30, 10, 10, 10, 10])[0]


def happy_writers(f: Fam) -> None:
    r = f.rng
    for _ in range(16):
        c = person(f, lang_of(r), "happy", "day writer")
        happy_days(f, c, r.randint(5, 8), list(range(10)))
    for _ in range(5):
        c = person(f, lang_of(r), "happy", "night writer")
        for d in r.sample(range(9), r.randint(2, 4)):
            t = f.start + timedelta(days=d, hours=22, minutes=r.randint(12, 300))
            if r.random() < 0.5:
                add(f, c, t, "social", "@Valixo " + pick(f, c, "night"))
            else:
                add(f, c, t, "chat", pick(f, c, "question"))
                add(f, c, t + mins(2, 6, r), "chat", pick(f, c, "answer"), out=True)
                add(f, c, t + mins(8, 15, r), "chat", pick(f, c, "thanks"))
        happy_days(f, c, r.randint(2, 3), list(range(10)))
    for _ in range(5):
        c = person(f, lang_of(r), "happy", "answers surveys")
        for d in sorted(r.sample(range(10), r.randint(3, 6))):
            s = r.choice(
                [{"nps": r.choice([9, 10])}, {"csat": r.choice([4, 5])}, {"ces": r.choice([6, 7])}]
            )
            add(
                f,
                c,
                at(f, d, 8, 19),
                "survey",
                r.choice(["", "top", "🙂"]) or None,
                kind="survey_response",
                scores=s,
                attrs={"survey": next(iter(s))},
            )


def one_bad_day(f: Fam) -> None:
    r = f.rng
    chans = (
        ["email"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    longs = [True] * 4 + [False] * 20
    with_case = []
    for i in range(24):
        c = person(
            f,
            lang_of(r) if not longs[i] else r.choice(["en", "it"]),
            "happy_one_bad_day",
            "one bad day",
        )
        bad = r.randint(2, 9)
        happy_days(f, c, r.randint(1, 5), [d for d in range(12) if d < bad - 1 or d > bad + 2])
        t = at(f, bad, 8, 20)
        p = i % 5
        eid, ref, ta = complain(f, c, t, p, chans[i], long=longs[i])
        c.truth.update(
            {
                "tolerated_rules": list(SILENCE),
                "problem": p,
                "bad_day_at": t,
                "bad_day_event_id": eid,
                "booking": ref,
                "channel": chans[i],
                "long_email": longs[i],
            }
        )
        if ref:
            with_case.append((c, t, ta, ref))
    r.shuffle(with_case)
    for j, (c, t, ta, ref) in enumerate(with_case):
        if j < 6:
            eid = add(
                f,
                c,
                t + mins(100, 140, r),
                "survey",
                None,
                kind="survey_response",
                scores={"nps": r.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                {
                    "persona": "bad_day_detractor",
                    "expected_rules": ["detractor"],
                    "nps_given": True,
                    "survey_event_id": eid,
                }
            )
        elif j < 11:
            eid = add(
                f,
                c,
                t + mins(40, 80, r),
                "survey",
                None,
                kind="survey_response",
                scores={"csat": r.randint(1, 2)},
                attrs={"survey": "csat"},
            )
            c.truth.update({"csat_given": True, "survey_event_id": eid})
        if j < 12:
            tg = day_shift(ta + timedelta(hours=r.uniform(1, 4)))
            add(
                f,
                c,
                tg,
                "email",
                fill(pick(f, c, "good_news"), ref),
                out=True,
                subject=fill(W[c.lang]["subject"][1], ref),
            )
            c.truth["agent_fixed"] = True
            if j < 5:
                eid = add(
                    f,
                    c,
                    day_shift(t + timedelta(hours=r.uniform(16, 24))),
                    r.choice(["chat", "email"]),
                    pick(f, c, "apology"),
                )
                c.truth.update({"apologised": True, "apology_event_id": eid})
    for _ in range(8):
        c = person(f, lang_of(r), "happy", "control")
        happy_days(f, c, r.randint(4, 7), list(range(12)))


def repeat_run(f: Fam, c: Cust, first_day: int, times: int, passed: bool) -> None:
    r = f.rng
    t = at(f, first_day, 8, 19)
    ch0 = r.choice(["web", "email", "chat", "phone"])
    p = r.randrange(5)
    eid, ref, _ta = complain(f, c, t, p, ch0)
    if passed:
        add(f, c, t + mins(90, 150, r), "email", fill(pick(f, c, "passed_on"), ref or ""), out=True)
    comp = r.choice(COMPETITORS)
    ids = [eid]
    chans = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != ch0]
    r.shuffle(chans)
    tt = t
    for k in range(2, times + 1):
        tt = day_shift(tt + timedelta(hours=r.uniform(4, 40)))
        table = "third" if k == 3 else "fourth" if k == 4 else "still_open"
        text = fill(pick(f, c, table), ref or "", comp)
        ch = chans[k - 2]
        if ch == "social":
            text = "@Valixo " + text
        ids.append(add(f, c, tt, ch, text))
        if ch == "chat":
            add(
                f,
                c,
                tt + mins(1, 5, r),
                "chat",
                fill(pick(f, c, "case_opened"), ref or ""),
                out=True,
            )
    c.truth.update(
        {
            "expected_rules": ["repeat_contact"],
            "tolerated_rules": [
                "sentiment_drop",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
            "problem": p,
            "booking": ref,
            "contacts": times,
            "problem_event_ids": ids,
            "agent_passed_on": passed,
            "competitor": comp if times >= 3 else None,
            "trouble_starts_at": t,
        }
    )


def fixed_run(f: Fam, c: Cust, day: int, lang2: str | None = None) -> dict[str, Any]:
    r = f.rng
    t = at(f, day, 8, 18)
    p = r.randrange(5)
    eid, ref, ta = complain(f, c, t, p, "web")
    tg = day_shift(ta + timedelta(hours=r.uniform(3, 20)))
    lang = lang2 or c.lang
    add(f, c, tg, "email", fill(W[lang]["good_news"][0], ref or ""), out=True)
    ch = r.choice(["email", "chat"])
    ce = add(
        f,
        c,
        day_shift(tg + timedelta(hours=r.uniform(8, 30))),
        ch,
        fill(W[lang]["confirm"][0], ref or ""),
    )
    return {
        "problem": p,
        "booking": ref,
        "raised_at": t,
        "problem_event_ids": [eid],
        "confirm_event_id": ce,
        "channel": "web",
        "confirm_channel": ch,
    }


def repeat_contacts(f: Fam) -> None:
    r = f.rng
    for i in range(12):
        c = person(f, lang_of(r), "repeat_contact", "repeats")
        happy_days(f, c, r.randint(1, 2), [0])
        repeat_run(f, c, r.randint(1, 4), [2, 3, 4][i % 3], i < 6)
    for _ in range(5):
        c = person(f, lang_of(r), "resolved_between_contacts", "fixed")
        happy_days(f, c, 2, [0, 7, 8])
        c.truth.update(
            {"tolerated_rules": list(SILENCE), "problems": [fixed_run(f, c, r.randint(1, 4))]}
        )
    for _ in range(3):
        c = person(f, lang_of(r), "different_problems", "two problems")
        c.truth.update(
            {"tolerated_rules": list(SILENCE), "problems": [fixed_run(f, c, 1), fixed_run(f, c, 6)]}
        )
    for _ in range(7):
        c = person(f, lang_of(r), "happy", "frequent writer")
        happy_days(f, c, r.randint(6, 9), list(range(10)))


def slide(f: Fam, c: Cust, start_day: int, span: int, langs: list[str]) -> list[str]:
    r = f.rng
    comp = r.choice(COMPETITORS)
    ids = []
    t = at(f, start_day, 8, 18)
    for k in range(6):
        lang = langs[k % len(langs)]
        text = fill(W[lang]["slide"][k], comp=comp)
        ch = r.choice(["social", "community", "web"])
        if ch == "social":
            text = "@Valixo " + text
        ids.append(
            add(
                f,
                c,
                t,
                ch,
                text,
                kind="review" if ch == "web" else None,
                attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"}
                if ch == "web"
                else None,
            )
        )
        t = day_shift(t + timedelta(hours=max(1.0, span * 24 / 6 * r.uniform(0.6, 1.2))))
    c.truth.update({"slide_event_ids": ids, "slide_days": span, "competitor": comp})
    return ids


def praise_posts(f: Fam, c: Cust, n: int, days: list[int], langs: list[str]) -> None:
    for k, d in enumerate(sorted(f.rng.sample(days, n))):
        lang = langs[k % len(langs)]
        add(f, c, at(f, d, 8, 19), "community", pick(f, c, "praise", lang))


def slow_churners(f: Fam) -> None:
    r = f.rng
    for i in range(10):
        c = person(f, lang_of(r), "slow_churner", "slides")
        praise_posts(f, c, r.randint(4, 5), list(range(11)), [c.lang])
        happy_days(f, c, r.randint(2, 4), list(range(11)))
        ids = slide(f, c, r.randint(12, 16), [3, 5, 9][i % 3], [c.lang])
        c.truth.update(
            {
                "expected_rules": ["sentiment_drop"],
                "tolerated_rules": [
                    "repeat_contact",
                    "churn_intent",
                    "competitor_mention",
                    "high_value_at_risk",
                    "silence",
                ],
                "trouble_starts_at": f.rows[-6]["occurred_at"],
            }
        )
        if i < 5:
            tail = next(row for row in f.rows if row["event_id"] == ids[3])["occurred_at"]
            eid = add(
                f,
                c,
                day_shift(tail + timedelta(hours=r.uniform(2.5, 3.5))),
                "survey",
                None,
                kind="survey_response",
                scores={"nps": r.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                {
                    "expected_rules": ["sentiment_drop", "detractor"],
                    "nps_given": True,
                    "survey_event_id": eid,
                }
            )
    for _ in range(5):
        c = person(f, lang_of(r), "slow_churner", "asks to cancel")
        happy_days(f, c, r.randint(4, 6), list(range(15)))
        t = at(f, r.randint(17, 23), 8, 18)
        e1 = add(f, c, t, "email", pick(f, c, "cancel"), subject="Valixo Plus")
        add(
            f,
            c,
            day_shift(t + timedelta(hours=r.uniform(1, 5))),
            "email",
            pick(f, c, "sorry_go"),
            out=True,
        )
        tc = day_shift(t + timedelta(hours=r.uniform(20, 30)))
        e2 = add(
            f,
            c,
            tc,
            "web",
            None,
            kind="cancellation",
            attrs={"page": "/account/plus", "product": "Valixo Plus"},
        )
        c.truth.update(
            {
                "expected_rules": ["churn_intent"],
                "tolerated_rules": [
                    "sentiment_drop",
                    "competitor_mention",
                    "high_value_at_risk",
                    "silence",
                ],
                "churn_intent_event_id": e1,
                "cancellation_event_id": e2,
                "churn_at": tc,
                "trouble_starts_at": t,
            }
        )
    for _ in range(6):
        c = person(f, lang_of(r), "happy", "steady")
        happy_days(f, c, r.randint(6, 10), list(range(32)))
    for _ in range(5):
        c = person(f, lang_of(r), "steadily_grumpy", "grumbles")
        d = r.randint(0, 4)
        ids = []
        for _k in range(r.randint(5, 7)):
            ch = r.choice(["social", "community", "web"])
            text = pick(f, c, "grumble")
            ids.append(
                add(
                    f,
                    c,
                    at(f, d, 8, 19),
                    ch,
                    ("@Valixo " + text) if ch == "social" else text,
                    kind="ticket" if ch == "web" else None,
                    attrs={"page": "/help"} if ch == "web" else None,
                )
            )
            d += r.randint(1, 3)
        c.truth.update({"tolerated_rules": ["repeat_contact", "silence"], "grumble_event_ids": ids})
    for _ in range(5):
        c = person(f, lang_of(r), "happy_one_sarcastic_remark", "happy")
        happy_days(f, c, r.randint(4, 6), list(range(17)))
        eid = add(
            f, c, at(f, r.randint(17, 28), 9, 19), "social", "@Valixo " + pick(f, c, "sarcasm")
        )
        c.truth.update({"tolerated_rules": list(SILENCE), "sarcasm_event_id": eid})


def quiet_hours(f: Fam) -> None:
    r = f.rng
    for _ in range(16):
        c = person(f, lang_of(r), "happy", "day writer")
        for d in r.sample(range(3), r.randint(1, 3)):
            happy(f, c, d, 7, 17.5)
    for _ in range(4):
        c = person(f, lang_of(r), "grumbles_once", "grumbles once")
        t = at(f, r.randint(0, 2), 9, 16)
        add(f, c, t, "web", None, kind="page_view", attrs={"page": "/shops"})
        ch = r.choice(["chat", "web"])
        eid = add(
            f,
            c,
            t + mins(20, 30, r),
            ch,
            pick(f, c, "grumble"),
            kind="ticket" if ch == "web" else None,
        )
        add(
            f,
            c,
            t + mins(32, 40, r),
            "chat" if ch == "chat" else "email",
            pick(f, c, "answer"),
            out=True,
        )
        c.truth.update({"tolerated_rules": list(SILENCE), "grumble_event_id": eid})
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=r.randint(40, 65))
        for b, off in enumerate([0, r.randint(28, 33), r.randint(55, 65)]):
            bt = b0 + timedelta(minutes=off)
            for _ in range(4):
                c = person(f, lang_of(r), "night_owl", f"night {night + 1}, burst {b + 1}")
                t = bt + mins(0, 10, r)
                if r.random() < 0.5:
                    eid = add(f, c, t, "social", "@Valixo " + pick(f, c, "night"))
                else:
                    eid = add(f, c, t, "chat", pick(f, c, "question"))
                    add(f, c, t + mins(2, 5, r), "chat", pick(f, c, "answer"), out=True)
                    add(f, c, t + mins(6, 12, r), "chat", pick(f, c, "thanks"))
                c.truth.update({"burst_at": bt, "night_event_id": eid})
                if r.random() < 0.5:
                    happy(f, c, r.randint(0, 2), 9, 17.5)


def bilingual(f: Fam) -> None:
    r = f.rng
    pairs = [
        ("it", "en"),
        ("en", "it"),
        ("it", "fr"),
        ("en", "de"),
        ("it", "de"),
        ("en", "es"),
        ("pt", "en"),
        ("fr", "it"),
        ("de", "en"),
        ("es", "it"),
    ]
    for i in range(27):
        a, b = pairs[i % len(pairs)]
        persona = (
            ["happy"] * 12
            + ["repeat_contact"] * 5
            + ["slow_churner"] * 5
            + ["happy_one_bad_day"] * 3
            + ["resolved_between_contacts"] * 2
        )
        p = persona[i]
        c = person(f, a, p, "alternates languages")
        c.truth.update({"languages": [a, b], "job_second_language": "works abroad"})
        if p == "happy":
            for k, d in enumerate(sorted(r.sample(range(14), r.randint(5, 8)))):
                c.lang = [a, b][k % 2]
                happy(f, c, d)
            c.lang = a
        elif p == "repeat_contact":
            happy_days(f, c, 2, [0, 1])
            c.lang = b
            repeat_run(f, c, r.randint(2, 5), [2, 2, 3, 3, 4][i - 12], i - 12 >= 2)
            c.lang = a
            c.truth["habit"] = "repeats"
        elif p == "slow_churner":
            praise_posts(f, c, 5, list(range(6)), [a, b])
            slide(f, c, r.randint(7, 8), r.randint(3, 5), [a, b])
            c.truth.update(
                {
                    "habit": "slides",
                    "expected_rules": ["sentiment_drop"],
                    "tolerated_rules": [
                        "repeat_contact",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "silence",
                    ],
                    "trouble_starts_at": f.rows[-6]["occurred_at"],
                }
            )
        elif p == "happy_one_bad_day":
            happy_days(f, c, 3, [0, 1, 2, 10, 11])
            t = at(f, 6, 9, 18)
            eid, ref, _ta = complain(
                f, c, t, r.randrange(5), ["email", "email", "chat"][i - 22], long=i == 22, lang=b
            )
            c.truth.update(
                {
                    "habit": "one bad day",
                    "tolerated_rules": list(SILENCE),
                    "bad_day_at": t,
                    "bad_day_event_id": eid,
                    "bad_day_language": b,
                    "booking": ref,
                }
            )
        else:
            c.truth.update(
                {
                    "habit": "fixed",
                    "tolerated_rules": list(SILENCE),
                    "problems": [fixed_run(f, c, r.randint(2, 6), b)],
                }
            )


def b2b_accounts(f: Fam) -> None:
    r = f.rng
    accounts: dict[str, Any] = {}
    plan = (
        [
            ("at_risk", 4, 0),
            ("at_risk", 4, 1),
            ("at_risk", 5, 2),
            ("at_risk", 5, 0),
            ("at_risk", 6, 1),
        ]
        + [("one_unhappy", 3, i % 3) for i in range(4)]
        + [("mild", 4, 0)] * 3
        + [("happy", 3, 0)] * 3
    )
    for ai, (kind, n, prob) in enumerate(plan):
        lang = [
            "it",
            "en",
            "it",
            "en",
            "de",
            "it",
            "fr",
            "pt",
            "es",
            "en",
            "it",
            "de",
            "en",
            "it",
            "es",
        ][ai]
        mk = MARKETS[lang][0]
        acc = f"VXB-{mk}-{4100 + ai * 13}"
        contacts = [
            person(f, lang, "b2b_happy", "contact", account=acc, market=mk) for _ in range(n)
        ]
        unhappy: list[str] = []
        start = None
        for c in contacts:
            c.truth.update(
                {
                    "company": f"Hotel {c.name.split()[1]} {ai}",
                    "role": "contact",
                    "job_title": "front office",
                }
            )
            for _ in range(r.randint(1, 3)):
                d = r.choice([0, 1]) if kind != "happy" else r.randint(0, 11)
                t = at(f, d, 8, 16.5)
                add(f, c, t, "chat", pick(f, c, "b2b_q"))
                add(f, c, t + mins(1, 6, r), "chat", pick(f, c, "answer"), out=True)
        if kind == "at_risk":
            comp = contacts[: 3 if n < 5 else 4]
            t = f.start + timedelta(days=2, hours=r.uniform(8, 11))
            start = t
            ref = ""
            for k, c in enumerate(comp):
                text = W[lang]["b2b_complaint"][prob]
                if k:
                    text = f"{comp[0].name.split()[0]}, {ref}: " + text
                eid = add(f, c, t, "email", text, subject=W[lang]["subject"][0])
                if k == 0:
                    ref = case(f)
                    add(
                        f,
                        c,
                        t + mins(20, 60, r),
                        "email",
                        fill(W[lang]["case_opened"][0], ref),
                        out=True,
                    )
                ids = [eid]
                if k < len(comp) - 1:
                    s = add(
                        f,
                        c,
                        t + timedelta(hours=r.uniform(1, 3)),
                        "survey",
                        None,
                        kind="survey_response",
                        scores={"nps": r.randint(1, 5)},
                        attrs={"survey": "nps"},
                    )
                    c.truth.update(
                        {"expected_rules": ["detractor"], "nps_given": True, "survey_event_id": s}
                    )
                else:
                    t2 = t + timedelta(hours=r.uniform(18, 40))
                    t2 = t2.replace(hour=min(max(t2.hour, 8), 16))
                    if t2.weekday() >= 5:
                        t2 += timedelta(days=7 - t2.weekday())
                    ids.append(
                        add(
                            f,
                            c,
                            t2,
                            "email",
                            fill(W[lang]["b2b_again"][0], ref, r.choice(COMPETITORS)),
                        )
                    )
                    c.truth.update({"expected_rules": ["repeat_contact"]})
                c.truth.update(
                    {
                        "persona": "b2b_unhappy",
                        "role": "complainer",
                        "habit": "complainer",
                        "tolerated_rules": [
                            "sentiment_drop",
                            "churn_intent",
                            "competitor_mention",
                            "high_value_at_risk",
                            "silence",
                            "account_risk",
                        ],
                        "complaint_event_ids": ids,
                        "booking": ref,
                        "trouble_starts_at": t,
                    }
                )
                unhappy.append(c.key)
                t = t + timedelta(hours=r.uniform(8, 28))
                t = t.replace(hour=min(max(t.hour, 8), 16))
                if t.weekday() >= 5:
                    t += timedelta(days=7 - t.weekday())
        elif kind == "one_unhappy":
            c = contacts[0]
            t = at(f, r.randint(3, 7) if r.random() else 3, 8, 16)
            if t.weekday() >= 5:
                t += timedelta(days=7 - t.weekday())
            eid = add(
                f, c, t, "email", W[lang]["b2b_complaint"][prob], subject=W[lang]["subject"][0]
            )
            ref = case(f)
            add(f, c, t + mins(20, 60, r), "email", fill(W[lang]["case_opened"][0], ref), out=True)
            s = add(
                f,
                c,
                t + timedelta(hours=r.uniform(1, 3)),
                "survey",
                None,
                kind="survey_response",
                scores={"nps": r.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                {
                    "persona": "b2b_one_unhappy",
                    "role": "complainer",
                    "habit": "complainer",
                    "expected_rules": ["detractor"],
                    "tolerated_rules": ["sentiment_drop", "high_value_at_risk", "silence"],
                    "complaint_event_ids": [eid],
                    "survey_event_id": s,
                    "booking": ref,
                }
            )
            unhappy.append(c.key)
        elif kind == "mild":
            for c in contacts[:2]:
                t = at(f, r.randint(2, 4), 8, 16)
                eid = add(
                    f,
                    c,
                    t,
                    "web",
                    W[lang]["b2b_suggest"][0],
                    kind="ticket",
                    attrs={"page": "/business/help"},
                )
                add(f, c, t + mins(20, 90, r), "email", W[lang]["answer"][0], out=True)
                c.truth.update(
                    {
                        "persona": "b2b_mild",
                        "role": "suggests",
                        "habit": "suggests",
                        "tolerated_rules": list(SILENCE),
                        "mild_event_id": eid,
                    }
                )
        accounts[acc] = {
            "company": contacts[0].truth["company"],
            "site": "hotel",
            "contacts": n,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": unhappy,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": ["invoice", "portal", "service_blocked"][prob]
            if kind == "at_risk"
            else None,
            "trouble_starts_at": start,
            "language": lang,
            "country": mk,
        }
    f.accounts = accounts  # type: ignore[attr-defined]


def topic_spike(f: Fam) -> dict[str, Any]:
    r = f.rng
    for _ in range(40):
        c = person(f, lang_of(r), "happy", "day writer")
        happy_days(f, c, r.randint(2, 4), list(range(5)))
    for _ in range(2):
        c = person(f, lang_of(r), "grumbles_once", "grumbles once")
        t = at(f, 0, 9, 16)
        eid = add(f, c, t, "chat", pick(f, c, "grumble"))
        add(f, c, t + mins(2, 6, r), "chat", pick(f, c, "answer"), out=True)
        c.truth.update({"tolerated_rules": list(SILENCE), "grumble_event_id": eid})
    for lang, h in (("it", 9.67), ("en", 16.08)):
        c = person(f, lang, "grumbles_once", "lone question")
        t = f.start + timedelta(days=4, hours=h)
        eid = add(f, c, t, "chat", W[lang]["lone"][0])
        add(f, c, t + mins(2, 6, r), "chat", W[lang]["lone_answer"][0], out=True)
        c.truth.update({"tolerated_rules": list(SILENCE), "lone_report_event_id": eid})
    s0 = f.start + timedelta(days=5, hours=9, minutes=20)
    langs = ["it"] * 6 + ["en"] * 6 + ["fr", "fr", "de", "de", "pt", "pt", "es", "es"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(chans)
    offs = sorted([0.0, 45.0] + [r.uniform(1, 44) for _ in range(18)])
    keys: list[str] = []
    eids: list[str] = []
    reps: list[str] = []
    for i, lang in enumerate(langs):
        regular = i < 12
        c = person(f, lang, "spike_reporter", "regular" if regular else "new")
        if regular:
            happy(f, c, 2, 8, 17.5)
        t = s0 + timedelta(minutes=offs[i])
        ch = chans[i]
        text = pick(f, c, "spike")
        if ch == "social":
            text = text.replace("Valixo", "@Valixo", 1) if "Valixo" in text else "@Valixo " + text
        eid = add(
            f,
            c,
            t,
            ch,
            text,
            subject=W[lang]["subject"][0] if ch == "email" else None,
            kind="ticket" if ch == "web" else None,
        )
        if ch == "chat":
            add(f, c, t + mins(1, 4, r), "chat", W[lang]["spike_answer"][0], out=True)
        keys.append(c.key)
        eids.append(eid)
        c.truth.update(
            {
                "tolerated_rules": list(SILENCE),
                "in_spike": True,
                "regular": regular,
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": t,
            }
        )
        if offs[i] <= 25 and len(reps) < 6 and i % 2 == 0:
            ch2 = r.choice([x for x in ["email", "chat", "community"] if x != ch])
            rid = add(f, c, t + mins(10, 60, r), ch2, pick(f, c, "spike_again"))
            reps.append(rid)
            c.truth.update(
                {
                    "persona": "spike_repeater",
                    "expected_rules": ["repeat_contact"],
                    "tolerated_rules": ["silence", "sentiment_drop"],
                    "repeat_event_id": rid,
                }
            )
        elif i % 3 == 1:
            add(
                f,
                c,
                s0 + timedelta(hours=3, minutes=r.randint(0, 9)),
                "email",
                W[lang]["spike_fixed"][0],
                out=True,
            )
            c.truth["agent_fixed"] = True
    return {
        "topic": "luggage-storage app: security seal won't register at drop-off, shops refuse bags, error code in app",
        "about": "the planted incident",
        "channel": None,
        "start": s0,
        "end": s0 + timedelta(minutes=45),
        "customers": len(keys),
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def jsonable(v: Any) -> Any:
    if isinstance(v, datetime):
        return iso(v)
    if isinstance(v, dict):
        return {k: jsonable(x) for k, x in v.items()}
    if isinstance(v, list):
        return [jsonable(x) for x in v]
    return v


FAMILIES = [
    ("happy_writers", "HW", datetime(2026, 3, 16, tzinfo=UTC), 10, happy_writers),
    ("one_bad_day", "BD", datetime(2026, 4, 13, tzinfo=UTC), 12, one_bad_day),
    ("repeat_contacts", "RC", datetime(2026, 5, 25, tzinfo=UTC), 10, repeat_contacts),
    ("slow_churners", "SC", datetime(2026, 6, 29, tzinfo=UTC), 32, slow_churners),
    ("quiet_hours", "QH", datetime(2026, 8, 21, tzinfo=UTC), 3, quiet_hours),
    ("bilingual", "BL", datetime(2026, 9, 14, tzinfo=UTC), 14, bilingual),
    ("b2b_accounts", "BB", datetime(2026, 10, 5, tzinfo=UTC), 14, b2b_accounts),
    ("topic_spike", "TS", datetime(2026, 11, 2, tzinfo=UTC), 7, topic_spike),
]


def build(i: int, name: str, code: str, start: datetime, days: int, fn: Any) -> None:
    f = Fam(
        name, code, start, days, random.Random(SEED * 100 + i), random.Random(SEED * 100 + 50 + i)
    )
    spike = fn(f) or {}
    f.rows.sort(key=lambda row: (row["occurred_at"], row["event_id"]))
    seen: set[str] = set()
    lines = []
    for row in f.rows:
        c: Cust = row.pop("cust")
        full = row["direction"] == "outbound" or c.key not in seen
        if row["direction"] == "inbound":
            seen.add(c.key)
        row["customer"] = ref_for(c, row["channel"], full)
        row["occurred_at"] = iso(row["occurred_at"])
        lines.append(json.dumps(row, ensure_ascii=False, sort_keys=True))
    last = max(datetime.fromisoformat(row["occurred_at"].replace("Z", "+00:00")) for row in f.rows)
    end = max(start + timedelta(days=days), last + timedelta(hours=1))
    assert end < datetime(2026, 11, 15, tzinfo=UTC), name
    expected: dict[str, int] = {}
    for c in f.custs:
        assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]), c.key
        for rule in c.truth["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    accounts: dict[str, Any] = getattr(f, "accounts", {})
    for a in accounts.values():
        for rule in a["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    if spike:
        expected["topic_spike"] = 1
    truth = {
        "config": {
            "family": name,
            "about": "heldout179, Valixo luggage storage; report only",
            "business": "Valixo",
            "days": days,
            "seed": SEED,
            "written": "2026-12-06",
            "expected": expected,
        },
        "start": iso(start),
        "end": iso(end),
        "customers": {c.key: jsonable(c.truth) for c in f.custs},
        "accounts": jsonable(accounts),
        "spike": jsonable(spike),
        "journey": {},
        "expectations": {},
    }
    (HERE / f"{name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (HERE / f"{name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )


def main() -> None:
    for i, fam in enumerate(FAMILIES, start=1):
        build(i, *fam)


if __name__ == "__main__":
    main()
