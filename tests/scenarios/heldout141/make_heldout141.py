# ruff: noqa: E501
"""Generate heldout141: hand-written alert scenarios for Kornelo (report only, blind).

Standard library only, seeded, deterministic. Run ``python make_heldout141.py``.
"""

from __future__ import annotations

import json
import random
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402
import wording_b2b as B  # noqa: E402

SEED = 20261205
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
LANG_W = (("de", 30), ("en", 30), ("fr", 10), ("it", 10), ("pt", 10), ("es", 10))
MARKETS = {
    "de": ("DE", "DE", "AT", "CH"),
    "en": ("UK", "UK", "IE"),
    "fr": ("FR", "BE", "CH"),
    "it": ("IT", "IT", "CH"),
    "pt": ("PT",),
    "es": ("ES",),
}
PREFIX = {
    "DE": "+49151",
    "AT": "+43664",
    "CH": "+4179",
    "UK": "+447700",
    "IE": "+35387",
    "FR": "+336",
    "BE": "+32470",
    "IT": "+39347",
    "PT": "+35191",
    "ES": "+346",
}
FIRST = {
    "de": (
        "Jonas",
        "Anke",
        "Dirk",
        "Heike",
        "Lukas",
        "Mareike",
        "Sven",
        "Birgit",
        "Till",
        "Ulrike",
        "Kai",
        "Svenja",
        "Florian",
        "Nadine",
        "Ole",
        "Greta",
    ),
    "en": (
        "Oliver",
        "Siobhan",
        "Gareth",
        "Niamh",
        "Callum",
        "Fiona",
        "Rhys",
        "Hannah",
        "Declan",
        "Imogen",
        "Stuart",
        "Aoife",
        "Liam",
        "Becky",
        "Tom",
        "Cara",
    ),
    "fr": ("Camille", "Julien", "Manon", "Thierry", "Elodie", "Benoit"),
    "it": ("Giulia", "Matteo", "Chiara", "Davide", "Elisa", "Paolo"),
    "pt": ("Joana", "Tiago", "Rita", "Nuno", "Ines", "Rui"),
    "es": ("Lucia", "Javier", "Marta", "Sergio", "Nuria", "Pablo"),
}
LAST = {
    "de": (
        "Vogt",
        "Hansen",
        "Kröger",
        "Lindner",
        "Seidel",
        "Brandl",
        "Roth",
        "Pohl",
        "Eder",
        "Kuhn",
    ),
    "en": (
        "Walsh",
        "Pritchard",
        "Doyle",
        "Hughes",
        "Fletcher",
        "Byrne",
        "Moss",
        "Kerr",
        "Nolan",
        "Baxter",
    ),
    "fr": ("Morel", "Girard", "Faure", "Roux"),
    "it": ("Ferri", "Conti", "Galli", "Rinaldi"),
    "pt": ("Lopes", "Antunes", "Pires", "Moura"),
    "es": ("Navarro", "Ortega", "Iglesias", "Vidal"),
}
CUR = {"UK": ("GBP", 0.86), "CH": ("CHF", 0.94)}
SRC = {
    "email": "kornelo-mail",
    "phone": "kornelo-voice",
    "social": "kornelo-social",
    "community": "kornelo-forum",
    "chat": "kornelo-chat",
    "web": "kornelo-web",
    "survey": "kornelo-survey",
}
NO_TOL: list[str] = []
T_REPEAT = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_SLIDE = ["repeat_contact", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_CANCEL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
T_B2B_RISK = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
T_B2B_ONE = ["sentiment_drop", "high_value_at_risk", "silence"]


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


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
    seen: bool = False


@dataclass
class Fam:
    name: str
    code: str
    start: datetime
    days: int
    about: str
    rng: random.Random
    rows: list[dict[str, Any]] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    n: int = 0

    def day(self, d: float, h: float) -> datetime:
        return self.start + timedelta(days=d, hours=h)


USED: set[str] = set()
OWNER: dict[str, Cust] = {}
CASES: set[str] = set()


def once(value: str) -> str:
    if value in USED:
        raise SystemExit(f"identifier reused: {value}")
    USED.add(value)
    return value


def pick_lang(rng: random.Random) -> str:
    return rng.choices([a for a, _ in LANG_W], [w for _, w in LANG_W])[0]


def person(
    f: Fam,
    persona: str,
    habit: str,
    lang: str | None = None,
    expected: list[str] | None = None,
    tolerated: list[str] | None = None,
    account: str | None = None,
    domain: str | None = None,
    market: str | None = None,
) -> Cust:
    rng = f.rng
    lang = lang or pick_lang(rng)
    market = market or rng.choice(MARKETS[lang])
    while True:
        first, last = rng.choice(FIRST[lang]), rng.choice(LAST[lang])
        num = rng.randint(1000, 9999)
        key = f"KO{f.code}{num}"
        base = f"{first}.{last}".lower().replace("ö", "oe").replace("ü", "ue")
        email = f"{base}{num % 97}@{domain or rng.choice(['mailbox.example', 'post.example', 'web.example'])}"
        handle = (
            None if account else f"@{last.lower().replace('ö', 'oe')}_{first.lower()}{num % 89}"
        )
        if key not in USED and email not in USED and handle not in USED:
            break
    once(key)
    once(email)
    phone = once(PREFIX[market] + "".join(str(rng.randint(0, 9)) for _ in range(7)))
    if handle:
        once(handle)
    truth: dict[str, Any] = {
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
    }
    c = Cust(key, lang, market, first, email, phone, handle, account, truth)
    f.custs[key] = c
    return c


def roughen(rng: random.Random, text: str, channel: str) -> str:
    if channel in ("phone", "survey") or not text:
        return text
    if rng.random() < 0.12:
        text = (
            text.replace("ä", "ae")
            .replace("ö", "oe")
            .replace("ü", "ue")
            .replace("é", "e")
            .replace("è", "e")
            .replace("à", "a")
            .replace("ã", "a")
            .replace("ç", "c")
        )
    if rng.random() < 0.12 and text[:1].isupper():
        text = text[:1].lower() + text[1:]
    return text


def add(
    f: Fam,
    c: Cust,
    t: datetime,
    channel: str,
    kind: str,
    text: str | None = None,
    *,
    out: bool = False,
    subject: str | None = None,
    scores: dict[str, int | None] | None = None,
    attrs: dict[str, str] | None = None,
) -> str:
    if t >= LIMIT or t < f.start:
        raise SystemExit(f"{f.name}: time out of window {iso(t)}")
    f.n += 1
    eid = f"ko141-{f.code.lower()}-{f.n:05d}"
    OWNER[eid] = c
    if out or not c.seen:
        ref = {
            "customer_id": c.key,
            "email": c.email,
            "phone": c.phone,
            "handle": c.handle,
            "account_id": c.account,
        }
        if not out:
            c.seen = True
    elif channel == "phone":
        ref = {"phone": c.phone}
    elif channel in ("social", "community"):
        ref = {"handle": c.handle} if c.handle else {"email": c.email}
    elif channel == "email":
        ref = {"email": c.email}
    else:
        ref = {"customer_id": c.key}
    if c.account:
        ref["account_id"] = c.account
    a = {"market": c.market} | (attrs or {})
    if c.account:
        a["segment"] = "b2b"
    if out and channel in ("chat", "email"):
        a["agent"] = f.rng.choice(["Mira", "Jan", "Priya", "Tomás", "Elif"])
    if text and not out:
        text = roughen(f.rng, text.replace("BRAND", W.BRAND), channel)
        if channel == "social" and "@" + W.BRAND not in text:
            text = f"@{W.BRAND} " + text
    f.rows.append(
        {
            "event_id": eid,
            "occurred_at": iso(t),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "customer": ref,
            "text": text,
            "subject": subject,
            "scores": scores or {"nps": None, "csat": None, "ces": None},
            "source": SRC[channel],
            "attributes": a,
        }
    )
    return eid


def tx(table: dict[str, tuple[str, ...]], c: Cust, rng: random.Random, **kw: str) -> str:
    s = rng.choice(table[c.lang])
    for k, v in kw.items():
        s = s.replace(k, v)
    return s


def happy_act(f: Fam, c: Cust, t: datetime, surveys: bool = True) -> None:
    rng = f.rng
    kinds = ["praise", "gripe", "chat", "purchase", "view", "review", "phone"] + (
        ["survey"] if surveys else []
    )
    k = rng.choice(kinds)
    if k == "praise":
        ch = rng.choice(["social", "community"])
        add(f, c, t, ch, "mention" if ch == "social" else "post", tx(W.PRAISE, c, rng))
    elif k == "gripe":
        add(f, c, t, "community", "post", tx(W.GRIPE_PRAISE, c, rng))
    elif k == "chat":
        q, a = rng.choice(W.QUESTION[c.lang])
        add(f, c, t, "chat", "chat", q)
        add(f, c, t + timedelta(minutes=rng.randint(1, 6)), "chat", "chat", a, out=True)
        if rng.random() < 0.6:
            add(
                f,
                c,
                t + timedelta(minutes=rng.randint(7, 12)),
                "chat",
                "chat",
                tx(W.THANKS, c, rng),
            )
    elif k == "phone":
        q, a = rng.choice(W.PHONE_Q[c.lang])
        add(f, c, t, "phone", "call", q)
        add(f, c, t + timedelta(minutes=rng.randint(15, 40)), "email", "message", a, out=True)
    elif k in ("purchase", "view"):
        prod, price = rng.choice(W.PRODUCTS)
        add(f, c, t, "web", "page_view", attrs={"page": rng.choice(W.PAGES)})
        if k == "purchase":
            cur, fac = CUR.get(c.market, ("EUR", 1.0))
            add(
                f,
                c,
                t + timedelta(minutes=rng.randint(2, 9)),
                "web",
                "purchase",
                attrs={
                    "order_value": f"{float(price) * fac:.2f}",
                    "currency": cur,
                    "product": prod,
                    "page": "/checkout",
                },
            )
    elif k == "review":
        add(
            f,
            c,
            t,
            "web",
            "review",
            tx(W.REVIEW, c, rng),
            attrs={"rating": "5", "page": "/muehlen/m2"},
        )
    else:
        s = rng.choice(["nps", "csat", "ces"])
        v = {"nps": rng.randint(9, 10), "csat": rng.randint(4, 5), "ces": rng.randint(6, 7)}[s]
        sc = {"nps": None, "csat": None, "ces": None} | {s: v}
        add(
            f,
            c,
            t,
            "survey",
            "survey_response",
            tx(W.SURVEY_WORD, c, rng) or None,
            scores=sc,
            attrs={"survey": s},
        )


def day_times(f: Fam, n: int, d0: int, d1: int, h0: float = 7, h1: float = 19) -> list[datetime]:
    days = f.rng.sample(range(d0, d1 + 1), min(n, d1 - d0 + 1))
    return sorted(f.day(d, f.rng.uniform(h0, h1)) for d in days)


def new_case(rng: random.Random) -> str:
    while True:
        c = f"KOR-{rng.randint(100000, 999999)}"
        if c not in CASES:
            CASES.add(c)
            return c


def night(t: datetime) -> datetime:
    if t.hour >= 22 or t.hour < 7:
        base = t if t.hour < 7 else t + timedelta(days=1)
        return base.replace(hour=8, minute=t.minute % 60)
    return t


# ---------------------------------------------------------------- families


def happy_writers(f: Fam) -> dict[str, int]:
    for _ in range(16):
        c = person(f, "happy", "day writer")
        for t in day_times(f, f.rng.randint(5, 8), 0, 9):
            happy_act(f, c, t)
    for _ in range(5):
        c = person(f, "happy", "night writer")
        for d in f.rng.sample(range(0, 9), f.rng.randint(2, 4)):
            t = f.day(d, f.rng.uniform(22.2, 28.4))
            if f.rng.random() < 0.5:
                add(f, c, t, "community", "post", tx(W.NIGHT_POST, c, f.rng))
            else:
                q, a = f.rng.choice(W.NIGHT_Q[c.lang])
                add(f, c, t, "chat", "chat", q)
                add(f, c, t + timedelta(minutes=3), "chat", "chat", a, out=True)
                add(f, c, t + timedelta(minutes=8), "chat", "chat", tx(W.THANKS, c, f.rng))
        for t in day_times(f, f.rng.randint(2, 3), 0, 9, 9, 18):
            happy_act(f, c, t, surveys=False)
    for _ in range(5):
        c = person(f, "happy", "answers surveys")
        for t in day_times(f, f.rng.randint(3, 6), 0, 9):
            s = f.rng.choice(["nps", "csat", "ces"])
            v = {
                "nps": f.rng.randint(9, 10),
                "csat": f.rng.randint(4, 5),
                "ces": f.rng.randint(6, 7),
            }[s]
            add(
                f,
                c,
                t,
                "survey",
                "survey_response",
                tx(W.SURVEY_WORD, c, f.rng) or None,
                scores={"nps": None, "csat": None, "ces": None} | {s: v},
                attrs={"survey": s},
            )
    return {}


def complaint(
    f: Fam, c: Cust, t: datetime, problem: str, channel: str, long: bool = False
) -> tuple[str, str | None]:
    rng = f.rng
    text = (
        tx(W.BAD_DAY[c.lang], c, rng)
        if problem not in W.BAD_DAY[c.lang]
        else rng.choice(W.BAD_DAY[c.lang][problem])
    )
    if long and c.lang in W.LONG_MAIL:
        text = W.LONG_MAIL[c.lang].replace("PROBLEM", text).replace("NAME", c.truth["name"])
    case = None if channel == "social" else new_case(rng)
    subj = W.SUBJECT_COMPLAINT[c.lang] + problem.replace("_", " ") if channel == "email" else None
    kind = {
        "email": "message",
        "chat": "chat",
        "social": "mention",
        "web": "ticket",
        "phone": "call",
    }[channel]
    eid = add(
        f,
        c,
        t,
        channel,
        kind,
        text,
        subject=subj,
        attrs={"page": "/hilfe/kontakt"} if channel == "web" else None,
    )
    if case:
        if channel == "chat":
            add(
                f,
                c,
                t + timedelta(minutes=rng.randint(2, 6)),
                "chat",
                "chat",
                W.AGENT_CASE[c.lang].replace("NAME", c.name).replace("CASE", case),
                out=True,
            )
        else:
            add(
                f,
                c,
                t + timedelta(minutes=rng.randint(10, 40)),
                "email",
                "message",
                W.AGENT_CASE[c.lang].replace("NAME", c.name).replace("CASE", case),
                out=True,
                subject=W.SUBJECT_RE[c.lang] + case,
            )
    return eid, case


def one_bad_day(f: Fam) -> dict[str, int]:
    rng = f.rng
    problems = ["wrong_grain", "mill_squeal", "refund", "member_price"] * 6
    channels = ["email"] * 8 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    rng.shuffle(problems)
    det = 0
    csat = 0
    good = 0
    for i in range(24):
        ch = channels[i]
        long = i < 4
        bd = rng.randint(2, 9)
        t = f.day(bd, rng.uniform(8, 20))
        lang = ["de", "de", "en", "en"][i] if long else None
        give_nps = ch != "social" and det < 6 and i % 3 == 1
        c = person(
            f,
            "bad_day_detractor" if give_nps else "happy_one_bad_day",
            "one bad day",
            lang=lang,
            expected=["detractor"] if give_nps else [],
            tolerated=["silence"],
        )
        for d in rng.sample(
            [d for d in range(0, 12) if d <= bd - 2 or d >= bd + 3], rng.randint(1, 5)
        ):
            happy_act(f, c, f.day(d, rng.uniform(8, 19)), surveys=False)
        eid, case = complaint(f, c, t, problems[i], ch, long)
        c.truth |= {
            "problem": problems[i],
            "bad_day_at": iso(t),
            "bad_day_event_id": eid,
            "booking": case,
            "long_email": long,
            "trouble_starts_at": iso(t),
        }
        if give_nps:
            det += 1
            sid = add(
                f,
                c,
                t + timedelta(minutes=rng.randint(100, 140)),
                "survey",
                "survey_response",
                None,
                scores={"nps": rng.randint(1, 5), "csat": None, "ces": None},
                attrs={"survey": "nps"},
            )
            c.truth |= {"nps_given": True, "survey_event_id": sid}
        elif case and csat < 5:
            csat += 1
            add(
                f,
                c,
                t + timedelta(minutes=rng.randint(40, 80)),
                "survey",
                "survey_response",
                None,
                scores={"nps": None, "csat": rng.randint(1, 2), "ces": None},
                attrs={"survey": "csat"},
            )
        if case and good < 12:
            good += 1
            add(
                f,
                c,
                night(t + timedelta(hours=rng.uniform(1, 4))),
                "email",
                "message",
                W.AGENT_GOOD[c.lang].replace("CASE", case),
                out=True,
                subject=W.SUBJECT_RE[c.lang] + case,
            )
            if good <= 5:
                at = night(t + timedelta(hours=rng.uniform(16, 24)))
                aid = add(f, c, at, "chat", "chat", tx(W.APOLOGY, c, rng))
                c.truth |= {"apologised": True, "apology_event_id": aid, "apology_at": iso(at)}
    for _ in range(8):
        c = person(f, "happy", "control")
        for t in day_times(f, rng.randint(4, 7), 0, 11):
            happy_act(f, c, t)
    return {"detractor": 6}


def repeat_run(
    f: Fam,
    c: Cust,
    d0: int,
    times: int,
    first_ch: str,
    lead: bool,
    comp: str | None,
    alt: str | None = None,
) -> None:
    rng = f.rng
    problem = rng.choice(["wrong_grain", "mill_squeal", "refund", "member_price"])
    t = f.day(d0, rng.uniform(8, 19))
    eid, case = complaint(f, c, t, problem, first_ch)
    assert case
    ids = [eid]
    if lead:
        add(
            f,
            c,
            night(t + timedelta(hours=rng.uniform(1.5, 2.5))),
            "email",
            "message",
            W.AGENT_LEAD[c.lang].replace("CASE", case),
            out=True,
            subject=W.SUBJECT_RE[c.lang] + case,
        )
    chans = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != first_ch]
    rng.shuffle(chans)
    langs = [c.lang, alt] if alt else [c.lang]
    for n in range(1, times):
        t = night(t + timedelta(hours=rng.uniform(4, 40)))
        ch = chans[n - 1]
        lang = langs[n % len(langs)]
        table = W.REPEAT4 if n == 3 else W.REPEAT3 if n == 2 else W.REPEAT
        text = rng.choice(table[lang]).replace("CASE", case).replace("COMP", comp or "")
        if ch == "phone":
            text = (
                text.lower()
                .replace(".", "")
                .replace(",", "")
                .replace("?", "")
                .replace(case.lower(), case)
            )
        kind = {
            "email": "message",
            "chat": "chat",
            "phone": "call",
            "web": "ticket",
            "social": "mention",
        }[ch]
        ids.append(
            add(
                f,
                c,
                t,
                ch,
                kind,
                text,
                subject=W.SUBJECT_RE[lang] + case if ch == "email" else None,
                attrs={"page": "/hilfe/kontakt"} if ch == "web" else None,
            )
        )
        if ch == "chat":
            add(
                f,
                c,
                t + timedelta(minutes=3),
                "chat",
                "chat",
                W.AGENT_URGENT[lang].replace("CASE", case),
                out=True,
            )
    c.truth |= {
        "problem": problem,
        "booking": case,
        "problem_event_ids": ids,
        "contacts": times,
        "agent_passed_on": lead,
        "competitor": comp if times >= 3 else None,
    }
    c.truth["trouble_starts_at"] = f.rows[[r["event_id"] for r in f.rows].index(ids[0])][
        "occurred_at"
    ]


def fixed_case(
    f: Fam, c: Cust, t: datetime, ch: str, lang: str, confirm_lang: str
) -> dict[str, Any]:
    rng = f.rng
    problem = rng.choice(["wrong_grain", "mill_squeal", "refund", "member_price"])
    saved = c.lang
    c.lang = lang
    eid, case = complaint(f, c, t, problem, ch)
    assert case
    g = night(t + timedelta(hours=rng.uniform(3, 20)))
    add(
        f,
        c,
        g,
        "email",
        "message",
        W.AGENT_GOOD[lang].replace("CASE", case),
        out=True,
        subject=W.SUBJECT_RE[lang] + case,
    )
    cc = rng.choice(["email", "chat"])
    ct = night(g + timedelta(hours=rng.uniform(8, 30)))
    c.lang = confirm_lang
    cid = add(
        f,
        c,
        ct,
        cc,
        "message" if cc == "email" else "chat",
        tx(W.CONFIRM, c, rng, CASE=case),
        subject=W.SUBJECT_RE[confirm_lang] + case if cc == "email" else None,
    )
    c.lang = saved
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(g),
        "confirmed_at": iso(ct),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": ch,
        "confirm_channel": cc,
    }


def repeat_contacts(f: Fam) -> dict[str, int]:
    rng = f.rng
    counts = [2] * 4 + [3] * 4 + [4] * 4
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    rng.shuffle(firsts)
    for i in range(12):
        c = person(f, "repeat_contact", "repeats", expected=["repeat_contact"], tolerated=T_REPEAT)
        for t in sorted(f.day(0, rng.uniform(7, 12)) for _ in range(rng.randint(1, 3))):
            happy_act(f, c, t, surveys=False)
        repeat_run(
            f,
            c,
            rng.randint(1, 4),
            counts[i],
            firsts[i],
            i % 2 == 0,
            rng.choice(W.COMPETITORS) if counts[i] >= 3 else None,
        )
    for _ in range(5):
        c = person(f, "resolved_between_contacts", "fixed", tolerated=["silence"])
        happy_act(f, c, f.day(0, rng.uniform(8, 12)), surveys=False)
        p = fixed_case(
            f,
            c,
            f.day(rng.randint(1, 4), rng.uniform(8, 18)),
            rng.choice(["web", "email", "chat"]),
            c.lang,
            c.lang,
        )
        c.truth |= {"problems": [p], "trouble_starts_at": p["raised_at"]}
    for _ in range(3):
        c = person(f, "different_problems", "two problems", tolerated=["silence"])
        d = rng.randint(0, 2)
        p1 = fixed_case(f, c, f.day(d, rng.uniform(8, 17)), "email", c.lang, c.lang)
        p2 = fixed_case(
            f, c, f.day(d + rng.randint(4, 5), rng.uniform(8, 17)), "web", c.lang, c.lang
        )
        c.truth |= {"problems": [p1, p2], "trouble_starts_at": p1["raised_at"]}
    for _ in range(7):
        c = person(f, "happy", "frequent writer")
        for t in day_times(f, rng.randint(5, 8), 0, 9):
            happy_act(f, c, t)
    return {"repeat_contact": 12}


def slide(f: Fam, c: Cust, d0: int, span: int, langs: list[str]) -> list[str]:
    rng = f.rng
    comp = rng.choice(W.COMPETITORS)
    ids: list[str] = []
    t = f.day(d0, rng.uniform(8, 18))
    gaps = sorted(rng.uniform(0, span) for _ in range(5))
    times = [t] + [night(t + timedelta(days=g, hours=1 + i)) for i, g in enumerate(gaps)]
    for i in range(1, 6):
        if times[i] <= times[i - 1] + timedelta(hours=1):
            times[i] = times[i - 1] + timedelta(hours=1, minutes=rng.randint(5, 50))
    ratings = ["3", "3", "2", "2", "1", "1"]
    for i, tt in enumerate(times):
        lang = langs[i % len(langs)]
        text = W.SLIDE[lang][i].replace("COMP", comp)
        ch = rng.choice(["social", "community", "web"])
        if ch == "web":
            ids.append(
                add(
                    f,
                    c,
                    tt,
                    "web",
                    "review",
                    text,
                    attrs={"rating": ratings[i], "page": "/shop/getreide"},
                )
            )
        else:
            ids.append(add(f, c, tt, ch, "mention" if ch == "social" else "post", text))
    c.truth |= {
        "slide_event_ids": ids,
        "slide_days": span,
        "competitor": comp,
        "trouble_starts_at": iso(times[0]),
    }
    return ids


def slow_churners(f: Fam) -> dict[str, int]:
    rng = f.rng
    for i in range(10):
        give = i < 5
        c = person(
            f,
            "slow_churner",
            "slides",
            expected=["sentiment_drop"] + (["detractor"] if give else []),
            tolerated=T_SLIDE,
        )
        for t in day_times(f, rng.randint(4, 5), 0, 10, 8, 19):
            add(f, c, t, "community", "post", tx(W.PRAISE, c, rng))
        for t in day_times(f, rng.randint(2, 4), 0, 10, 8, 19):
            happy_act(f, c, t + timedelta(minutes=17), surveys=False)
        ids = slide(f, c, rng.randint(12, 16), [3, 5, 9][i % 3], [c.lang])
        if give:
            st = next(r["occurred_at"] for r in f.rows if r["event_id"] == ids[3])
            t = night(
                datetime.fromisoformat(st.replace("Z", "+00:00"))
                + timedelta(hours=rng.uniform(2.5, 3.5))
            )
            sid = add(
                f,
                c,
                t,
                "survey",
                "survey_response",
                None,
                scores={"nps": rng.randint(1, 5), "csat": None, "ces": None},
                attrs={"survey": "nps"},
            )
            c.truth |= {"nps_given": True, "survey_event_id": sid}
    for _ in range(5):
        c = person(
            f, "slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=T_CANCEL
        )
        for t in day_times(f, rng.randint(4, 6), 0, 15):
            happy_act(f, c, t, surveys=False)
        t = f.day(rng.randint(17, 23), rng.uniform(8, 18))
        rid = add(
            f, c, t, "email", "message", tx(W.CANCEL, c, rng), subject=W.SUBJECT_CANCEL[c.lang]
        )
        add(
            f,
            c,
            night(t + timedelta(hours=rng.uniform(1, 5))),
            "email",
            "message",
            W.AGENT_BYE[c.lang],
            out=True,
            subject="Re: " + W.SUBJECT_CANCEL[c.lang],
        )
        ct = night(t + timedelta(hours=rng.uniform(20, 30)))
        cid = add(
            f,
            c,
            ct,
            "web",
            "cancellation",
            None,
            attrs={"page": "/konto/kuendigen", "product": "Kornelo Abo"},
        )
        c.truth |= {
            "churn_intent_event_id": rid,
            "cancellation_event_id": cid,
            "churn_at": iso(ct),
            "trouble_starts_at": iso(t),
        }
    for _ in range(6):
        c = person(f, "happy", "steady")
        for t in day_times(f, rng.randint(6, 10), 0, 31):
            happy_act(f, c, t)
    for _ in range(5):
        c = person(f, "steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        ids = []
        t = f.day(rng.randint(0, 4), rng.uniform(8, 20))
        for _ in range(rng.randint(5, 7)):
            ch = rng.choice(["social", "community", "web"])
            if ch == "web":
                ids.append(
                    add(
                        f,
                        c,
                        t,
                        "web",
                        "review",
                        tx(W.GRUMBLE, c, rng),
                        attrs={"rating": "3", "page": "/abo"},
                    )
                )
            else:
                ids.append(
                    add(f, c, t, ch, "mention" if ch == "social" else "post", tx(W.GRUMBLE, c, rng))
                )
            t = t + timedelta(days=rng.randint(1, 3), hours=rng.uniform(-2, 2))
        c.truth["grumble_event_ids"] = ids
        c.truth["trouble_starts_at"] = next(
            r["occurred_at"] for r in f.rows if r["event_id"] == ids[0]
        )
    for _ in range(5):
        c = person(f, "happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        for t in day_times(f, rng.randint(3, 5), 0, 16):
            happy_act(f, c, t)
        t = f.day(rng.randint(17, 28), rng.uniform(9, 19))
        sid = add(f, c, t, "social", "mention", tx(W.SARCASM, c, rng))
        c.truth |= {"sarcasm_event_id": sid}
    return {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5}


def quiet_hours(f: Fam) -> dict[str, int]:
    rng = f.rng
    for _ in range(16):
        c = person(f, "happy", "day writer")
        for t in day_times(f, rng.randint(1, 3), 0, 2, 7, 17.5):
            happy_act(f, c, t)
    for _ in range(4):
        c = person(f, "grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.day(rng.randint(0, 2), rng.uniform(9, 17))
        add(f, c, t, "web", "page_view", attrs={"page": "/rezepte"})
        q, a = rng.choice(W.MILD_Q[c.lang])
        g = add(f, c, t + timedelta(minutes=rng.randint(20, 30)), "chat", "chat", q)
        add(f, c, t + timedelta(minutes=33), "chat", "chat", a, out=True)
        c.truth |= {"grumble_event_id": g, "trouble_starts_at": iso(t + timedelta(minutes=20))}
    n = 0
    for night_no in range(3):
        first = f.day(night_no + 1, rng.uniform(0.6, 1.05))
        for burst, off in enumerate((0, rng.uniform(28, 33), rng.uniform(55, 65))):
            bt = first + timedelta(minutes=off)
            for _ in range(4):
                n += 1
                c = person(f, "night_owl", f"night {night_no + 1}, burst {burst + 1}")
                t = bt + timedelta(minutes=rng.uniform(0, 10))
                if rng.random() < 0.5:
                    nid = add(f, c, t, "community", "post", tx(W.NIGHT_POST, c, rng))
                else:
                    q, a = rng.choice(W.NIGHT_Q[c.lang])
                    nid = add(f, c, t, "chat", "chat", q)
                    add(f, c, t + timedelta(minutes=4), "chat", "chat", a, out=True)
                    add(f, c, t + timedelta(minutes=9), "chat", "chat", tx(W.THANKS, c, rng))
                c.truth |= {"burst_at": iso(bt), "night_event_id": nid}
                if rng.random() < 0.5:
                    happy_act(f, c, f.day(night_no + 1, rng.uniform(9, 17.5)), surveys=False)
    f.rows.sort(key=lambda r: r["occurred_at"])
    return {}


PAIRS = [
    ("de", "en"),
    ("en", "de"),
    ("de", "fr"),
    ("fr", "de"),
    ("en", "es"),
    ("de", "it"),
    ("it", "de"),
    ("en", "pt"),
    ("pt", "en"),
    ("en", "fr"),
    ("de", "en"),
    ("en", "de"),
    ("es", "en"),
    ("de", "pt"),
    ("en", "it"),
    ("fr", "en"),
    ("de", "en"),
    ("en", "de"),
    ("de", "es"),
    ("en", "fr"),
    ("de", "en"),
    ("en", "de"),
    ("it", "en"),
    ("de", "fr"),
    ("en", "de"),
    ("pt", "de"),
    ("de", "en"),
]


def bilingual(f: Fam) -> dict[str, int]:
    rng = f.rng
    pairs = list(PAIRS)
    for i in range(27):
        a, b = pairs[i]
        if i < 12:
            c = person(f, "happy", "alternates languages", lang=a)
            for j, t in enumerate(day_times(f, rng.randint(5, 8), 0, 13)):
                c.lang = [a, b][j % 2]
                happy_act(f, c, t)
        elif i < 17:
            c = person(
                f,
                "repeat_contact",
                "repeats",
                lang=a,
                expected=["repeat_contact"],
                tolerated=T_REPEAT,
            )
            for t in day_times(f, rng.randint(1, 3), 0, 1):
                happy_act(f, c, t, surveys=False)
            times = [2, 2, 3, 3, 4][i - 12]
            repeat_run(
                f,
                c,
                rng.randint(2, 5),
                times,
                rng.choice(["email", "web", "chat"]),
                times >= 3,
                rng.choice(W.COMPETITORS) if times >= 3 else None,
                alt=b,
            )
        elif i < 22:
            c = person(
                f, "slow_churner", "slides", lang=a, expected=["sentiment_drop"], tolerated=T_SLIDE
            )
            for j, t in enumerate(day_times(f, 5, 0, 5, 8, 19)):
                c.lang = [a, b][j % 2]
                add(f, c, t, "community", "post", tx(W.PRAISE, c, rng))
            for t in day_times(f, rng.randint(1, 3), 0, 5, 8, 19):
                happy_act(f, c, t + timedelta(minutes=23), surveys=False)
            c.lang = a
            slide(f, c, rng.randint(7, 8), rng.randint(3, 5), [a, b])
        elif i < 25:
            c = person(f, "happy_one_bad_day", "one bad day", lang=a, tolerated=["silence"])
            for t in day_times(f, rng.randint(2, 4), 0, 4):
                happy_act(f, c, t, surveys=False)
            c.lang = "de" if i == 22 else b
            t = f.day(rng.randint(7, 10), rng.uniform(9, 18))
            eid, case = complaint(
                f,
                c,
                t,
                rng.choice(["wrong_grain", "refund"]),
                ["email", "email", "chat"][i - 22],
                long=i == 22,
            )
            if i < 24 and case:
                add(
                    f,
                    c,
                    night(t + timedelta(hours=2)),
                    "email",
                    "message",
                    W.AGENT_GOOD[c.lang].replace("CASE", case),
                    out=True,
                    subject=W.SUBJECT_RE[c.lang] + case,
                )
            if i == 23:
                add(
                    f,
                    c,
                    night(t + timedelta(hours=rng.uniform(18, 24))),
                    "chat",
                    "chat",
                    tx(W.APOLOGY, c, rng),
                )
            c.truth |= {
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "bad_day_language": c.lang,
                "booking": case,
                "trouble_starts_at": iso(t),
                "long_email": i == 22,
            }
            c.lang = a
        else:
            c = person(f, "resolved_between_contacts", "fixed", lang=a, tolerated=["silence"])
            happy_act(f, c, f.day(0, rng.uniform(9, 17)), surveys=False)
            p = fixed_case(f, c, f.day(rng.randint(3, 8), rng.uniform(9, 16)), "web", a, b)
            c.truth |= {"problems": [p], "trouble_starts_at": p["raised_at"], "confirm_language": b}
        c.truth["languages"] = [a, b]
        c.truth["job_second_language"] = rng.choice(
            [
                "works across the border",
                "partner's language at home",
                "studied abroad",
                "grew up with both",
            ]
        )
    return {"repeat_contact": 5, "sentiment_drop": 5}


SITES = (
    "bakery",
    "cafe",
    "school",
    "hotel",
    "canteen",
    "pizzeria",
    "care home",
    "deli",
    "hospital kitchen",
    "caterer",
    "pasta maker",
    "farm shop",
    "patisserie",
    "university",
    "brewery",
)


def office(f: Fam, d: int, rng: random.Random, h0: float = 8, h1: float = 16.5) -> datetime:
    t = f.day(d, rng.uniform(h0, h1))
    while t.weekday() >= 5:
        t += timedelta(days=1)
    return t


def b2b_accounts(f: Fam) -> dict[str, int]:
    rng = f.rng
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    langs = [
        "de",
        "de",
        "en",
        "de",
        "en",
        "fr",
        "it",
        "de",
        "en",
        "pt",
        "es",
        "de",
        "en",
        "de",
        "en",
    ]
    risk_problems = ["invoice", "short_delivery", "portal", "overbilled", "invoice"]
    risk_n = [3, 4, 3, 4, 3]
    det = 0
    rep = 0
    for ai, kind in enumerate(kinds):
        lang = langs[ai]
        market = MARKETS[lang][ai % len(MARKETS[lang])]
        acc = once(f"KBS-{market}-{rng.randint(1000, 9999)}")
        company = (
            f"{rng.choice(['Backhaus', 'Mühle', 'Ofen', 'Korn', 'Brot'])}{ai} {SITES[ai].title()}"
        )
        domain = f"{company.split()[0].lower().replace('ü', 'ue')}-{ai}.example"
        ncont = (
            rng.randint(4, 6)
            if kind == "at_risk"
            else 3
            if kind == "one_unhappy"
            else rng.randint(3, 4)
        )
        nun = risk_n[ai] if kind == "at_risk" else 1 if kind == "one_unhappy" else 0
        keys: list[str] = []
        unhappy: list[str] = []
        case = ""
        first_name = ""
        t = office(f, 2, rng, 8, 10)
        problem = risk_problems[ai] if kind == "at_risk" else rng.choice(list(B.B2B_PROBLEMS))
        for ci in range(ncont):
            role = (
                "complainer" if ci < nun else "suggests" if kind == "mild" and ci < 2 else "contact"
            )
            if role == "complainer" and kind == "at_risk":
                persona, exp, tol = (
                    "b2b_unhappy",
                    (["detractor"] if ci < nun - 1 else ["repeat_contact"]),
                    T_B2B_RISK,
                )
            elif role == "complainer":
                persona, exp, tol = "b2b_one_unhappy", ["detractor"], T_B2B_ONE
            elif role == "suggests":
                persona, exp, tol = "b2b_mild", [], ["silence"]
            else:
                persona, exp, tol = "b2b_happy", [], []
            c = person(
                f,
                persona,
                role,
                lang=lang,
                expected=exp,
                tolerated=tol,
                account=acc,
                domain=domain,
                market=market,
            )
            while c.name in [f.custs[k].name for k in keys]:
                c.name = c.name + "a"
            c.truth |= {
                "company": company,
                "role": role,
                "job_title": rng.choice(
                    ["Head baker", "Purchasing", "Kitchen manager", "Office manager", "Owner"]
                ),
            }
            c.truth["job"] = c.truth["job_title"]
            keys.append(c.key)
            if role == "contact":
                for _ in range(rng.randint(2, 4)):
                    tt = office(f, rng.randint(0, 11), rng)
                    k = rng.choice(["q", "buy", "view", "praise", "survey"])
                    if k == "q":
                        q, a = B.B2B_Q[lang]
                        add(f, c, tt, "chat", "chat", q)
                        add(
                            f,
                            c,
                            tt + timedelta(minutes=rng.randint(1, 6)),
                            "chat",
                            "chat",
                            a,
                            out=True,
                        )
                        add(f, c, tt + timedelta(minutes=9), "chat", "chat", W.THANKS[lang][0])
                    elif k in ("buy", "view"):
                        add(f, c, tt, "web", "page_view", attrs={"page": "/pro/portal"})
                        if k == "buy":
                            cur, fac = CUR.get(market, ("EUR", 1.0))
                            add(
                                f,
                                c,
                                tt + timedelta(minutes=5),
                                "web",
                                "purchase",
                                attrs={
                                    "order_value": f"{1180 * fac:.2f}",
                                    "currency": cur,
                                    "product": "Pallet spelt 1050, 1 t",
                                    "page": "/pro/order",
                                },
                            )
                    elif k == "praise":
                        add(f, c, tt, "community", "post", B.B2B_PRAISE[lang])
                    else:
                        add(
                            f,
                            c,
                            tt,
                            "survey",
                            "survey_response",
                            None,
                            scores={"nps": rng.randint(9, 10), "csat": None, "ces": None},
                            attrs={"survey": "nps"},
                        )
                continue
            add(
                f,
                c,
                office(f, rng.randint(0, 1), rng),
                "web",
                "page_view",
                attrs={"page": "/pro/portal"},
            )
            if role == "suggests":
                tt = office(f, rng.randint(3, 10), rng, 8, 16)
                mid = add(
                    f, c, tt, "web", "ticket", B.B2B_MILD[lang], attrs={"page": "/pro/feedback"}
                )
                add(
                    f,
                    c,
                    tt + timedelta(minutes=rng.randint(20, 90)),
                    "email",
                    "message",
                    B.B2B_ACK[lang].replace("CASE", new_case(rng)),
                    out=True,
                )
                c.truth |= {"mild_event_id": mid, "trouble_starts_at": iso(tt)}
                continue
            if kind == "one_unhappy":
                t = office(f, rng.randint(3, 7), rng, 8, 16)
            elif ci > 0:
                t = t + timedelta(hours=rng.uniform(8, 28))
                t = (
                    t
                    if 8 <= t.hour < 17 and t.weekday() < 5
                    else office(f, (t - f.start).days + 1, rng, 8, 10)
                )
            text = B.B2B_COMPLAINT[lang][problem]
            if ci > 0 and kind == "at_risk":
                text = B.B2B_ALSO[lang].replace("NAME", first_name).replace("CASE", case) + text
            cid = add(
                f,
                c,
                t,
                "email",
                "message",
                text,
                subject=W.SUBJECT_COMPLAINT[lang] + problem.replace("_", " "),
            )
            if ci == 0:
                case = new_case(rng)
                first_name = c.name
                add(
                    f,
                    c,
                    t + timedelta(minutes=rng.randint(20, 60)),
                    "email",
                    "message",
                    B.B2B_ACK[lang].replace("CASE", case),
                    out=True,
                    subject=W.SUBJECT_RE[lang] + case,
                )
            ids = [cid]
            if exp == ["detractor"]:
                det += 1
                sid = add(
                    f,
                    c,
                    t + timedelta(hours=rng.uniform(1, 3)),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": rng.randint(1, 5), "csat": None, "ces": None},
                    attrs={"survey": "nps"},
                )
                c.truth |= {"nps_given": True, "survey_event_id": sid}
            if exp == ["repeat_contact"]:
                rep += 1
                t2 = office(f, (t - f.start).days + rng.randint(1, 2), rng, 8, 16)
                ids.append(add(f, c, t2, "phone", "call", B.B2B_LAST[lang].replace("CASE", case)))
            c.truth |= {
                "complaint_event_ids": ids,
                "trouble_starts_at": iso(t),
                "booking": case or None,
                "problem": problem,
            }
            unhappy.append(c.key)
        f.accounts[acc] = {
            "company": company,
            "site": SITES[ai],
            "contacts": ncont,
            "contact_keys": keys,
            "unhappy_contacts": nun,
            "unhappy_contact_keys": unhappy,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": f.custs[unhappy[0]].truth["trouble_starts_at"]
            if kind == "at_risk"
            else None,
            "language": lang,
            "country": market,
        }
    return {"account_risk": 5, "detractor": det, "repeat_contact": rep}


def topic_spike(f: Fam) -> dict[str, int]:
    rng = f.rng
    for _ in range(40):
        c = person(f, "happy", "day writer")
        for d in rng.sample(range(0, 6), rng.randint(1, 4)):
            happy_act(f, c, f.day(d, rng.uniform(12, 19) if d == 5 else rng.uniform(7, 19)))
    for _ in range(2):
        c = person(f, "grumbles_once", "grumbles once", tolerated=["silence"])
        q, a = rng.choice(W.MILD_Q[c.lang])
        t = f.day(0, rng.uniform(9, 17))
        g = add(f, c, t, "chat", "chat", q)
        add(f, c, t + timedelta(minutes=4), "chat", "chat", a, out=True)
        c.truth |= {"grumble_event_id": g, "trouble_starts_at": iso(t)}
    for lang, h in (("en", 10.2), ("de", 15.6)):
        c = person(f, "grumbles_once", "lone question", lang=lang, tolerated=["silence"])
        q, a = B.LONE_Q[lang]
        t = f.day(4, h)
        g = add(f, c, t, "chat", "chat", q)
        add(f, c, t + timedelta(minutes=5), "chat", "chat", a, out=True)
        c.truth |= {"lone_report_event_id": g, "trouble_starts_at": iso(t)}
    langs = ["de"] * 6 + ["en"] * 6 + ["fr", "fr", "it", "it", "pt", "es", "es", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(chans)
    s0 = f.day(5, 7 + 50 / 60)
    offs = sorted([0.0, 45.0] + [rng.uniform(1, 44) for _ in range(18)])
    keys: list[str] = []
    ids: list[str] = []
    rep_ids: list[str] = []
    nrep = 0
    nfix = 0
    for i in range(20):
        t = s0 + timedelta(minutes=offs[i])
        repeater = nrep < 6 and offs[i] <= 25 and i % 2 == 0
        c = person(
            f,
            "spike_repeater" if repeater else "spike_reporter",
            "regular" if i % 5 < 3 else "new",
            lang=langs[i],
            expected=["repeat_contact"] if repeater else [],
            tolerated=["silence", "sentiment_drop"] if repeater else ["silence"],
        )
        if i % 5 < 3:
            happy_act(f, c, f.day(2, rng.uniform(8, 17.5)), surveys=False)
        ch = chans[i]
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        eid = add(
            f,
            c,
            t,
            ch,
            kind,
            tx(B.SPIKE_REPORT, c, rng),
            subject="GAP0.41-K" if ch == "email" else None,
            attrs={"page": "/hilfe/muehle"} if ch == "web" else None,
        )
        if ch == "chat":
            add(
                f,
                c,
                t + timedelta(minutes=rng.randint(2, 5)),
                "chat",
                "chat",
                B.SPIKE_AGENT_CHAT[c.lang],
                out=True,
            )
        keys.append(c.key)
        ids.append(eid)
        c.truth |= {
            "in_spike": True,
            "regular": i % 5 < 3,
            "spike_event_id": eid,
            "spike_channel": ch,
            "trouble_starts_at": iso(t),
        }
        if repeater:
            nrep += 1
            ch2 = [x for x in ("email", "chat", "community") if x != ch][nrep % 2]
            rid = add(
                f,
                c,
                t + timedelta(minutes=rng.uniform(15, 45)),
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                B.SPIKE_AGAIN[c.lang],
            )
            rep_ids.append(rid)
            c.truth |= {"repeat_event_id": rid}
        elif nfix < 6 and i % 3 == 1:
            nfix += 1
            add(
                f,
                c,
                f.day(5, 11 + rng.uniform(0.6, 0.8)),
                "email",
                "message",
                B.SPIKE_FIXED[c.lang],
                out=True,
            )
            c.truth["agent_fixed"] = True
    if nrep != 6:
        raise SystemExit(f"topic_spike: {nrep} repeaters, not 6")
    f.spike = {
        "topic": B.SPIKE_TOPIC,
        "about": "home mills stall after a firmware push",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=offs[-1])),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": ids,
        "repeat_event_ids": rep_ids,
    }
    return {"topic_spike": 1, "repeat_contact": 6}


FAMILIES = [
    (
        "happy_writers",
        "HW",
        datetime(2026, 3, 16, tzinfo=UTC),
        10,
        happy_writers,
        "happy customers by day, night writers and survey-only customers",
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
        "one open problem raised again and again, fixed cases, frequent writers",
    ),
    (
        "slow_churners",
        "SC",
        datetime(2026, 6, 29, tzinfo=UTC),
        32,
        slow_churners,
        "sliders, leavers, steady, steadily grumpy, sarcastic",
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
        "Kornelo Backstube company accounts",
    ),
    (
        "topic_spike",
        "TS",
        datetime(2026, 11, 2, tzinfo=UTC),
        7,
        topic_spike,
        "a calm week and one planted spike",
    ),
]


def check(f: Fam, expected: dict[str, int]) -> None:
    counted: dict[str, int] = {}
    for c in f.custs.values():
        exp, tol = set(c.truth["expected_rules"]), set(c.truth["tolerated_rules"])
        if exp & tol:
            raise SystemExit(f"{f.name}: {c.key} expects and tolerates {exp & tol}")
        if not any(
            r["direction"] == "inbound" and r["customer"].get("customer_id", "") == c.key
            for r in f.rows
        ):
            raise SystemExit(f"{f.name}: {c.key} has no first inbound touchpoint")
        for r in exp:
            counted[r] = counted.get(r, 0) + 1
    for a in f.accounts.values():
        for r in a["expected_rules"]:
            counted[r] = counted.get(r, 0) + 1
    if f.spike:
        counted["topic_spike"] = 1
    if counted != {k: v for k, v in expected.items() if v}:
        raise SystemExit(f"{f.name}: expected {expected}, planted {counted}")


def main() -> None:
    for n, (name, code, start, days, build, about) in enumerate(FAMILIES, 1):
        f = Fam(name, code, start, days, about, random.Random(SEED * 100 + n))
        expected = build(f)
        check(f, expected)
        f.rows.sort(key=lambda r: (r["occurred_at"], r["event_id"]))
        firsts: set[str] = set()
        for r in f.rows:
            c = OWNER[r["event_id"]]
            if r["direction"] == "inbound" and c.key not in firsts:
                firsts.add(c.key)
                r["customer"] = {
                    "customer_id": c.key,
                    "email": c.email,
                    "phone": c.phone,
                    "handle": c.handle,
                    "account_id": c.account,
                }
        last = datetime.fromisoformat(f.rows[-1]["occurred_at"].replace("Z", "+00:00"))
        end = max(start + timedelta(days=days), last + timedelta(hours=1))
        if end >= LIMIT:
            raise SystemExit(f"{name}: end {iso(end)} too late")
        truth = {
            "config": {
                "family": name,
                "about": about,
                "business": "Kornelo (fresh-milled flour, grain boxes, home mills; Kornelo Backstube for bakeries and kitchens)",
                "days": days,
                "seed": SEED * 100 + n,
                "written": "2026-12-05",
                "expected": expected,
            },
            "start": iso(start),
            "end": iso(end),
            "customers": {k: c.truth for k, c in sorted(f.custs.items())},
            "accounts": f.accounts,
            "spike": f.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{name}.jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in f.rows), "utf-8"
        )
        (HERE / f"{name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )
        print(name, len(f.custs), len(f.rows))


if __name__ == "__main__":
    main()
