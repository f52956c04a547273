"""Write heldout316 (Lanuvia, alpaca and llama treks), written blind. Standard library only."""

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

SEED = 20260919
BRAND = "Lanuvia"
COMPETITORS = ("Pacora", "Andevo")
CODE = "TK@4-58"
AGENTS = ["Rosa", "Ben", "Ilaria", "Tom", "Greta", "Paulo"]
CC = {
    "UK": ("44", "7700", 6),
    "IE": ("353", "85", 7),
    "IT": ("39", "347", 7),
    "CH": ("41", "79", 7),
    "DE": ("49", "151", 8),
    "AT": ("43", "664", 7),
    "ES": ("34", "6", 8),
    "FR": ("33", "6", 8),
    "BE": ("32", "470", 6),
    "PT": ("351", "91", 7),
}
REPEAT_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
COUNTER: dict[str, int] = {}


def nxt(kind: str) -> int:
    COUNTER[kind] = COUNTER.get(kind, 0) + 1
    return COUNTER[kind]


def fold(s: str) -> str:
    s = s.replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def strip_accents(s: str) -> str:
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
        s = s.replace(a, b)
    keep = {"ñ": "\0", "ß": "\1"}
    for a, b in keep.items():
        s = s.replace(a, b)
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    for a, b in keep.items():
        s = s.replace(b, a)
    return s


def speech(text: str, lang: str) -> str:
    out = "".join(c for c in text if c not in '.,!?:;"()¿¡')
    return (
        out
        if lang == "de"
        else " ".join(w if any(ch.isdigit() for ch in w) else w.lower() for w in out.split())
    )


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    first: str
    ids: dict[str, str | None]
    truth: dict[str, Any]
    b2b: bool = False


@dataclass
class Row:
    t: datetime
    seq: int
    cust: Cust
    d: dict[str, Any]


@dataclass
class Fam:
    name: str
    code: str
    start: datetime
    days: int
    n: int
    about: str
    rng: random.Random = field(init=False)
    rough: random.Random = field(init=False)
    rows: list[Row] = field(default_factory=list)
    custs: list[Cust] = field(default_factory=list)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    def at(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def pick(self, table: dict[str, list[str]], lang: str) -> str:
        return self.rng.choice(table[lang])

    def lang(self) -> str:
        return self.rng.choices(W.LANGS, W.WEIGHTS)[0]


def person(
    f: Fam,
    persona: str,
    habit: str,
    lang: str | None = None,
    expected: list[str] | None = None,
    tolerated: list[str] | None = None,
    market: str | None = None,
    account: str | None = None,
    company: str | None = None,
) -> Cust:
    lg = lang or f.lang()
    mk = market or f.rng.choice(W.MARKETS[lg])
    first = f.rng.choice(W.FIRST[lg])
    last = f.rng.choice(W.LAST[lg])
    k = nxt("cust")
    key = f"LV{f.code}{1000 + k * 7:04d}"
    fl = fold(f"{first}.{last}").lower().replace(" ", "")
    if company:
        email = f"{fold(first).lower()}.{fold(last).lower()}{k}@{company}.example"
        handle = None
    else:
        email = f"{fl}{k}@{f.rng.choice(['mailbox', 'postino', 'webpost', 'inboxly'])}.example"
        handle = "@" + fold(f"{last}_{first}").lower() + str(k)
    cc, pre, width = CC[mk]
    phone = f"+{cc}{pre}{(k * 7919) % (10**width):0{width}d}"
    ids: dict[str, str | None] = {
        "customer_id": key,
        "email": email,
        "phone": phone,
        "handle": handle,
        "account_id": account,
    }
    truth: dict[str, Any] = {
        "identifiers": dict(ids),
        "expected_rules": sorted(expected or []),
        "tolerated_rules": sorted(tolerated or []),
        "persona": persona,
        "habit": habit,
        "language": lg,
        "country": mk,
        "segment": "b2b" if account else "consumer",
        "name": f"{first} {last}",
    }
    c = Cust(key, lg, mk, first, ids, truth, b2b=account is not None)
    f.custs.append(c)
    return c


def roughen(f: Fam, text: str) -> str:
    r = f.rough
    if r.random() < 0.1:
        text = strip_accents(text)
    if r.random() < 1 / 8 and text[:1].isupper():
        text = text[0].lower() + text[1:]
    if r.random() < 1 / 7:
        words = text.split(" ")
        cand = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
        if cand:
            i = r.choice(cand)
            w = words[i]
            j = r.randrange(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            text = " ".join(words)
    return text


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
) -> str:
    eid = f"lv316-{f.code.lower()}-{len(f.rows) + 1:05d}"
    if text is not None and not out and channel not in ("phone", "survey"):
        if channel == "social" and kind == "mention":
            text = text.replace(BRAND, "@" + BRAND, 1) if BRAND in text else f"@{BRAND} {text}"
        text = roughen(f, text)
    a = {"market": c.market}
    if c.b2b:
        a["segment"] = "b2b"
    if out:
        a["agent"] = f.rng.choice(AGENTS)
    a.update(attrs or {})
    src = {
        "email": "mail",
        "phone": "voice",
        "social": "social",
        "community": "forum",
        "chat": "chat",
        "web": "web",
        "survey": "survey",
    }[channel]
    d: dict[str, Any] = {
        "event_id": eid,
        "occurred_at": iso(t),
        "channel": channel,
        "kind": kind,
        "direction": "outbound" if out else "inbound",
        "customer": {},
        "text": text,
        "subject": subject,
        "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
        "source": f"lanuvia-{src}",
        "attributes": a,
    }
    f.rows.append(Row(t, len(f.rows), c, d))
    return eid


def daytime(f: Fam, t: datetime) -> datetime:
    if t.hour >= 22:
        return (t + timedelta(days=1)).replace(hour=8, minute=f.rng.randrange(60))
    if t.hour < 7:
        return t.replace(hour=8, minute=f.rng.randrange(60))
    return t


def office(f: Fam, t: datetime) -> datetime:
    while t.weekday() >= 5 or t.hour >= 17 or t.hour < 8:
        t = (
            (t + timedelta(days=1)).replace(hour=8, minute=f.rng.randrange(60))
            if t.hour >= 8 or t.weekday() >= 5
            else t.replace(hour=8, minute=f.rng.randrange(60))
        )
    return t


def price(c: Cust, eur: int) -> tuple[str, str]:
    if c.market == "UK":
        return f"{eur * 0.86:.2f}", "GBP"
    if c.market == "CH":
        return f"{eur * 0.94:.2f}", "CHF"
    return f"{eur:.2f}", "EUR"


def ref() -> str:
    return f"LV-{400000 + nxt('ref') * 37:06d}"


def happy(f: Fam, c: Cust, t: datetime, surveys: bool = True, night: bool = False) -> None:
    r = f.rng
    kinds = ["praise", "chat", "phone", "buy", "view", "review", "gripe"] + (
        ["survey"] if surveys else []
    )
    if night:
        kinds = ["night_post", "night_chat"]
    k = r.choice(kinds)
    lg = c.lang

    def m(mins: int) -> datetime:
        return t + timedelta(minutes=mins)

    if k == "praise":
        if r.random() < 0.6:
            add(f, c, t, "social", "mention", f.pick(W.PRAISE, lg))
        else:
            add(f, c, t, "community", "post", f.pick(W.PRAISE, lg))
    elif k == "gripe":
        add(f, c, t, "community", "post", f.pick(W.GRIPE_PRAISE, lg))
    elif k in ("chat", "night_chat"):
        q = f.pick(W.NIGHT_Q if night else W.QUESTION, lg)
        add(f, c, t, "chat", "chat", q)
        add(f, c, m(r.randint(1, 6)), "chat", "chat", f.pick(W.ANSWER, lg), out=True)
        if r.random() < 0.6:
            add(f, c, m(r.randint(8, 12)), "chat", "chat", f.pick(W.THANKS, lg))
    elif k == "night_post":
        add(f, c, t, "social", "mention", f.pick(W.NIGHT_POST, lg))
    elif k == "phone":
        add(f, c, t, "phone", "call", f.pick(W.PHONE_Q, lg))
        add(
            f,
            c,
            m(r.randint(10, 60)),
            "email",
            "message",
            W.FOLLOWUP[lg],
            subject="Lanuvia",
            out=True,
        )
    elif k == "buy":
        name, eur = r.choice(W.PRODUCTS)
        page = r.choice(W.PAGES[:3])
        add(f, c, t, "web", "page_view", attrs={"page": page})
        v, cur = price(c, eur)
        add(
            f,
            c,
            m(r.randint(3, 15)),
            "web",
            "purchase",
            attrs={"order_value": v, "currency": cur, "product": name, "page": page},
        )
    elif k == "view":
        add(f, c, t, "web", "page_view", attrs={"page": r.choice(W.PAGES)})
    elif k == "review":
        add(
            f,
            c,
            t,
            "web",
            "review",
            f.pick(W.REVIEW, lg),
            attrs={"rating": r.choice(["5", "5", "4"]), "page": "/treks"},
        )
    else:
        survey(f, c, t)


def survey(f: Fam, c: Cust, t: datetime) -> None:
    r = f.rng
    kind = r.choice(["nps", "csat", "ces"])
    val = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[kind]
    word = f.pick(W.SURVEY_WORD, c.lang) or None
    add(f, c, t, "survey", "survey_response", word, scores={kind: val}, attrs={"survey": kind})


def day_acts(
    f: Fam,
    c: Cust,
    n: int,
    d0: int,
    d1: int,
    h0: float = 7,
    h1: float = 19,
    surveys: bool = True,
    avoid: set[int] | None = None,
) -> None:
    days = [d for d in range(d0, d1 + 1) if d not in (avoid or set())]
    for d in sorted(f.rng.sample(days, min(n, len(days)))):
        happy(f, c, f.at(d, f.rng.uniform(h0, h1)), surveys)


def complaint(
    f: Fam,
    c: Cust,
    t: datetime,
    channel: str,
    problem: str,
    lang: str | None = None,
    long: bool = False,
) -> str:
    lg = lang or c.lang
    p = W.PROBLEM[lg][problem]
    subj = W.SUBJECT[lg].format(t=W.TOPIC[lg][problem])
    if long:
        return add(f, c, t, "email", "message", f.pick(W.LONG_EMAIL, lg).format(p=p), subject=subj)
    if channel == "email":
        return add(f, c, t, "email", "message", p, subject=subj)
    if channel == "chat":
        return add(f, c, t, "chat", "chat", p)
    if channel == "social":
        return add(f, c, t, "social", "mention", p)
    if channel == "web":
        return add(f, c, t, "web", "ticket", p, subject=subj, attrs={"page": "/help/contact"})
    return add(f, c, t, "phone", "call", speech(W.PHONE_PROBLEM[lg].format(p=p), lg))


def reply(f: Fam, c: Cust, t: datetime, channel: str, text: str, lang: str) -> str:
    if channel == "chat":
        return add(f, c, t, "chat", "chat", text, out=True)
    return add(
        f,
        c,
        daytime(f, t),
        "email",
        "message",
        text,
        subject=f"Lanuvia {text.split()[0]}",
        out=True,
    )


def later_text(f: Fam, lg: str, rf: str, problem: str, n: int, comp: str) -> str:
    if n == 3:
        return W.THIRD[lg].format(ref=rf, comp=comp)
    if n == 4:
        return W.FOURTH[lg].format(ref=rf)
    return f.pick(W.STILL_OPEN, lg).format(ref=rf, p=W.PROBLEM[lg][problem])


def later(f: Fam, c: Cust, t: datetime, channel: str, text: str, lg: str, rf: str) -> str:
    if channel == "phone":
        return add(f, c, t, "phone", "call", speech(text, lg))
    if channel == "email":
        return add(f, c, t, "email", "message", text, subject=f"RE: {rf}")
    if channel == "chat":
        e = add(f, c, t, "chat", "chat", text)
        add(
            f,
            c,
            t + timedelta(minutes=f.rng.randint(1, 5)),
            "chat",
            "chat",
            W.URGENT[lg].format(ref=rf),
            out=True,
        )
        return e
    if channel == "web":
        return add(f, c, t, "web", "ticket", text, subject=rf, attrs={"page": "/help/contact"})
    return add(f, c, t, "social", "mention", text)


def fixed_case(
    f: Fam, c: Cust, t: datetime, channel: str, problem: str, lg: str, lg2: str | None = None
) -> dict[str, Any]:
    r = f.rng
    rf = ref()
    e = complaint(f, c, t, channel, problem, lg)
    reply(
        f,
        c,
        t + timedelta(minutes=r.randint(10, 40))
        if channel != "chat"
        else t + timedelta(minutes=r.randint(1, 5)),
        channel,
        W.CASE_OPENED[lg].format(ref=rf),
        lg,
    )
    l2 = lg2 or lg
    tg = daytime(f, t + timedelta(hours=r.uniform(3, 20)))
    add(f, c, tg, "email", "message", W.GOOD_NEWS[l2].format(ref=rf), subject=f"RE: {rf}", out=True)
    tc = daytime(f, tg + timedelta(hours=r.uniform(8, 30)))
    ch = r.choice(["email", "chat"])
    ce = add(
        f,
        c,
        tc,
        ch,
        "message" if ch == "email" else "chat",
        f.pick(W.CONFIRM, l2).format(ref=rf),
        subject=f"RE: {rf}" if ch == "email" else None,
    )
    return {
        "problem": problem,
        "booking": rf,
        "raised_at": iso(t),
        "fixed_at": iso(tg),
        "confirmed_at": iso(tc),
        "problem_event_ids": [e],
        "confirm_event_id": ce,
        "channel": channel,
        "confirm_channel": ch,
    }


def repeat_run(
    f: Fam, c: Cust, t0: datetime, first_ch: str, n: int, escalate: bool, lg_of: list[str]
) -> None:
    r = f.rng
    problem = r.choice(W.PROBLEMS)
    rf = ref()
    comp = r.choice(COMPETITORS)
    events = [complaint(f, c, t0, first_ch, problem, lg_of[0])]
    if first_ch == "chat":
        add(
            f,
            c,
            t0 + timedelta(minutes=r.randint(1, 5)),
            "chat",
            "chat",
            W.CASE_OPENED[lg_of[0]].format(ref=rf),
            out=True,
        )
    if escalate:
        add(
            f,
            c,
            daytime(f, t0 + timedelta(hours=r.uniform(1.5, 2.5))),
            "email",
            "message",
            W.ESCALATED[lg_of[0]].format(ref=rf),
            subject=f"RE: {rf}",
            out=True,
        )
    elif first_ch != "chat":
        reply(
            f,
            c,
            t0 + timedelta(minutes=r.randint(10, 40)),
            "email",
            W.CASE_OPENED[lg_of[0]].format(ref=rf),
            lg_of[0],
        )
    chans = [x for x in ["email", "chat", "phone", "web", "social"] if x != first_ch]
    r.shuffle(chans)
    t = t0
    for i in range(2, n + 1):
        t = daytime(f, t + timedelta(hours=r.uniform(4, 40)))
        lg = lg_of[(i - 1) % len(lg_of)]
        events.append(later(f, c, t, chans[i - 2], later_text(f, lg, rf, problem, i, comp), lg, rf))
    c.truth.update(
        {
            "problem": problem,
            "booking": rf,
            "contacts": n,
            "channels": [first_ch, *chans[: n - 1]],
            "agent_passed_on": escalate,
            "problem_event_ids": events,
            "competitor": comp if n >= 3 else None,
            "trouble_starts_at": iso(t0),
        }
    )


def slide(f: Fam, c: Cust, d0: int, span: int, langs: list[str]) -> datetime:
    r = f.rng
    comp = r.choice(COMPETITORS)
    ratings = ["3", "3", "2", "2", "1", "1"]
    t = f.at(d0, r.uniform(8, 19))
    ids, times = [], []
    for i in range(6):
        if i:
            t = daytime(f, max(t + timedelta(hours=1), f.at(d0 + span * i / 5, r.uniform(8, 20))))
        lg = langs[i % len(langs)]
        text = W.SLIDE[lg][i].format(comp=comp)
        ch = r.choice(["social", "community", "review"])
        if ch == "social":
            ids.append(add(f, c, t, "social", "mention", text))
        elif ch == "community":
            ids.append(add(f, c, t, "community", "post", text))
        else:
            ids.append(
                add(f, c, t, "web", "review", text, attrs={"rating": ratings[i], "page": "/treks"})
            )
        times.append(t)
    c.truth.update(
        {
            "slide_event_ids": ids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": iso(times[0]),
        }
    )
    return times[3]


def write(f: Fam, expected: dict[str, int]) -> tuple[int, int]:
    f.rows.sort(key=lambda x: (x.t, x.seq))
    seen: set[str] = set()
    for row in f.rows:
        c, d = row.cust, row.d
        ids = c.ids
        full = {k: v for k, v in ids.items() if v}
        if d["direction"] == "outbound" or (c.key not in seen):
            cust = full
            if d["direction"] == "inbound":
                seen.add(c.key)
        else:
            ch = d["channel"]
            if ch == "phone":
                ph = str(ids["phone"])
                cust = {
                    "phone": ph
                    if row.seq % 2
                    else ph[: len(CC[c.market][0]) + 1] + " " + ph[len(CC[c.market][0]) + 1 :]
                }
            elif ch in ("social", "community"):
                h = ids["handle"]
                cust = (
                    {"handle": (h if row.seq % 5 else h.lstrip("@"))}
                    if h
                    else {"email": str(ids["email"])}
                )
            elif ch == "email":
                em = str(ids["email"])
                cust = {"email": em.upper() if row.seq % 12 == 0 else em}
            else:
                cust = {"customer_id": c.key}
            if ids["account_id"]:
                cust["account_id"] = str(ids["account_id"])
        d["customer"] = cust
    got: dict[str, int] = {}
    for c in f.custs:
        for rule in c.truth["expected_rules"]:
            got[rule] = got.get(rule, 0) + 1
        assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]), c.key
        assert c.key in seen, c.key
    for a in f.accounts.values():
        for rule in a["expected_rules"]:
            got[rule] = got.get(rule, 0) + 1
    if f.spike:
        got["topic_spike"] = 1
    assert got == expected, (f.name, got, expected)
    last = f.rows[-1].t
    assert f.rows[0].t >= f.start and last < datetime(2026, 11, 1, tzinfo=UTC), f.name
    end = max(f.start + timedelta(days=f.days), last + timedelta(hours=1))
    with open(HERE / f"{f.name}.jsonl", "w", encoding="utf-8") as out:
        for row in f.rows:
            out.write(json.dumps(row.d, ensure_ascii=False) + "\n")
    truth = {
        "config": {
            "family": f.name,
            "about": f.about,
            "business": "Lanuvia: alpaca and llama treks on partner farms, farm shop by post, Lanuvia Amici membership, Lanuvia Team days for companies on account",
            "days": f.days,
            "seed": SEED * 100 + f.n,
            "written": "2026-12-08, blind",
            "expected": expected,
        },
        "start": iso(f.start),
        "end": iso(end),
        "customers": {c.key: c.truth for c in f.custs},
        "accounts": f.accounts,
        "spike": f.spike,
        "journey": {},
        "expectations": {},
    }
    (HERE / f"{f.name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    return len(f.custs), len(f.rows)


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        datetime(2026, 1, 12, tzinfo=UTC),
        10,
        1,
        "happy day and night writers, survey-only customers",
    )
    for _ in range(16):
        day_acts(f, person(f, "happy", "day writer"), f.rng.randint(5, 8), 0, 9)
    for _ in range(5):
        c = person(f, "happy", "night writer")
        for d in f.rng.sample(range(0, 9), f.rng.randint(2, 4)):
            h = f.rng.uniform(22.2, 28.5)
            happy(f, c, f.at(d, h), night=True)
        day_acts(f, c, f.rng.randint(2, 3), 0, 9, 9, 18, surveys=False)
    for _ in range(5):
        c = person(f, "happy", "answers surveys")
        for d in f.rng.sample(range(10), f.rng.randint(3, 6)):
            survey(f, c, f.at(d, f.rng.uniform(8, 20)))
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        datetime(2026, 2, 9, tzinfo=UTC),
        12,
        2,
        "happy customers with one bad day",
    )
    r = f.rng
    chans = [ch for ch in ("long", "email", "chat", "social", "web", "phone") for _ in range(4)]
    with_case = [i for i, ch in enumerate(chans) if ch != "social"]
    det = set(r.sample(with_case, 6))
    csat = set(r.sample([i for i in with_case if i not in det], 5))
    good = r.sample(with_case, 12)
    sorry = set(good[:5])
    for i, ch in enumerate(chans):
        lg = r.choice(["en", "it"]) if ch == "long" else None
        c = person(
            f,
            "bad_day_detractor" if i in det else "happy_one_bad_day",
            "one bad day",
            lang=lg,
            expected=["detractor"] if i in det else [],
            tolerated=["silence"],
        )
        bd = r.randint(2, 9)
        day_acts(f, c, r.randint(1, 5), 0, 11, surveys=False, avoid={bd - 1, bd, bd + 1, bd + 2})
        t = f.at(bd, r.uniform(8, 20))
        problem = W.PROBLEMS[i % 6]
        e = complaint(f, c, t, "email" if ch == "long" else ch, problem, long=ch == "long")
        rf = None
        if ch != "social":
            rf = ref()
            reply(
                f,
                c,
                t + timedelta(minutes=r.randint(1, 5) if ch == "chat" else r.randint(10, 40)),
                "chat" if ch == "chat" else "email",
                W.CASE_OPENED[c.lang].format(ref=rf),
                c.lang,
            )
        c.truth.update(
            {
                "problem": problem,
                "booking": rf,
                "channel": ch,
                "long_email": ch == "long",
                "bad_day_at": iso(t),
                "bad_day_event_id": e,
                "trouble_starts_at": iso(t),
                "nps_given": i in det,
                "csat_given": i in csat,
            }
        )
        if i in det:
            v = r.randint(1, 5)
            s = add(
                f,
                c,
                t + timedelta(minutes=r.randint(100, 140)),
                "survey",
                "survey_response",
                None,
                scores={"nps": v},
                attrs={"survey": "nps"},
            )
            c.truth.update({"nps": v, "survey_event_id": s})
        if i in csat:
            v = r.randint(1, 2)
            s = add(
                f,
                c,
                t + timedelta(minutes=r.randint(40, 80)),
                "survey",
                "survey_response",
                f.pick(W.LOW_CSAT, c.lang) or None,
                scores={"csat": v},
                attrs={"survey": "csat"},
            )
            c.truth.update({"csat": v, "survey_event_id": s})
        if i in good:
            add(
                f,
                c,
                daytime(f, t + timedelta(hours=r.uniform(1, 4))),
                "email",
                "message",
                W.GOOD_NEWS[c.lang].format(ref=rf),
                subject=f"RE: {rf}",
                out=True,
            )
        c.truth["agent_fixed"] = i in good
        c.truth["apologised"] = i in sorry
        if i in sorry:
            ta = daytime(f, t + timedelta(hours=r.uniform(16, 24)))
            ch2 = r.choice(["chat", "email"])
            a = add(
                f,
                c,
                ta,
                ch2,
                "chat" if ch2 == "chat" else "message",
                f.pick(W.APOLOGY, c.lang),
                subject=f"RE: {rf}" if ch2 == "email" else None,
            )
            c.truth.update({"apology_at": iso(ta), "apology_event_id": a})
    for _ in range(8):
        day_acts(f, person(f, "happy", "control"), r.randint(4, 7), 0, 11)
    return f


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        3,
        "repeat contacts about one open problem, fixed cases, frequent writers",
    )
    r = f.rng
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    r.shuffle(firsts)
    counts = [2] * 4 + [3] * 4 + [4] * 4
    esc = set(r.sample(range(12), 6))
    for i in range(12):
        c = person(
            f, "repeat_contact", "repeats", expected=["repeat_contact"], tolerated=REPEAT_TOL
        )
        for _ in range(r.randint(1, 3)):
            happy(f, c, f.at(0, r.uniform(7, 12)), surveys=False)
        repeat_run(
            f, c, f.at(r.randint(1, 4), r.uniform(8, 19)), firsts[i], counts[i], i in esc, [c.lang]
        )
    for _ in range(5):
        c = person(f, "resolved_between_contacts", "fixed", tolerated=["silence"])
        happy(f, c, f.at(0, r.uniform(8, 18)), surveys=False)
        case = fixed_case(
            f,
            c,
            f.at(r.randint(1, 5), r.uniform(8, 18)),
            r.choice(["email", "web", "chat"]),
            r.choice(W.PROBLEMS),
            c.lang,
        )
        c.truth.update({"problems": [case], "trouble_starts_at": case["raised_at"]})
    for _ in range(3):
        c = person(f, "different_problems", "two problems", tolerated=["silence"])
        d = r.randint(0, 1)
        p1, p2 = r.sample(list(W.PROBLEMS), 2)
        a = fixed_case(f, c, f.at(d, r.uniform(8, 16)), "email", p1, c.lang)
        b = fixed_case(
            f, c, f.at(d + r.randint(4, 5), r.uniform(8, 16)), r.choice(["web", "chat"]), p2, c.lang
        )
        c.truth.update({"problems": [a, b], "trouble_starts_at": a["raised_at"]})
    for _ in range(7):
        c = person(f, "happy", "frequent writer")
        for d in sorted(r.sample(range(10), r.randint(5, 8))):
            happy(f, c, f.at(d, r.uniform(8, 19)), surveys=False)
    return f


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        datetime(2026, 4, 6, tzinfo=UTC),
        32,
        4,
        "slow slides, leavers, steady, grumpy and sarcastic customers",
    )
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    det = set(r.sample(range(10), 5))
    for i in range(10):
        c = person(
            f,
            "slow_churner",
            "slides",
            expected=["sentiment_drop"] + (["detractor"] if i in det else []),
            tolerated=[
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
        for d in r.sample(range(11), r.randint(4, 5)):
            add(f, c, f.at(d, r.uniform(8, 19)), "social", "mention", f.pick(W.PRAISE, c.lang))
        day_acts(f, c, r.randint(2, 4), 0, 10, surveys=False)
        t4 = slide(f, c, r.randint(12, 16), spans[i], [c.lang])
        c.truth["nps_given"] = i in det
        if i in det:
            v = r.randint(1, 5)
            s = add(
                f,
                c,
                daytime(f, t4 + timedelta(hours=r.uniform(2.5, 3.5))),
                "survey",
                "survey_response",
                None,
                scores={"nps": v},
                attrs={"survey": "nps"},
            )
            c.truth.update({"nps": v, "survey_event_id": s})
    for _ in range(5):
        c = person(
            f,
            "slow_churner",
            "asks to cancel",
            expected=["churn_intent"],
            tolerated=["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        day_acts(f, c, r.randint(4, 6), 0, 15)
        t = f.at(r.randint(17, 23), r.uniform(8, 19))
        e = add(f, c, t, "email", "message", f.pick(W.LEAVE, c.lang), subject="Amici")
        add(
            f,
            c,
            daytime(f, t + timedelta(hours=r.uniform(1, 5))),
            "email",
            "message",
            W.SORRY_GO[c.lang],
            subject="RE: Amici",
            out=True,
        )
        tc = daytime(f, t + timedelta(hours=r.uniform(20, 30)))
        x = add(
            f,
            c,
            tc,
            "web",
            "cancellation",
            attrs={"page": "/account/membership", "product": "Lanuvia Amici membership"},
        )
        c.truth.update(
            {
                "churn_intent_event_id": e,
                "cancellation_event_id": x,
                "churn_at": iso(tc),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        day_acts(f, person(f, "happy", "steady"), r.randint(6, 10), 0, 31)
    for _ in range(5):
        c = person(f, "steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        gd = float(r.randint(0, 4))
        ids: list[str] = []
        first_t = f.at(gd, 8)
        for _ in range(r.randint(5, 7)):
            t = f.at(gd, r.uniform(8, 20))
            first_t = min(first_t, t) if ids else t
            text = f.pick(W.GRUMBLE, c.lang)
            ch = r.choice(["social", "community", "web", "review"])
            if ch == "social":
                ids.append(add(f, c, t, "social", "mention", text))
            elif ch == "community":
                ids.append(add(f, c, t, "community", "post", text))
            elif ch == "web":
                ids.append(add(f, c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
            else:
                ids.append(
                    add(f, c, t, "web", "review", text, attrs={"rating": "3", "page": "/treks"})
                )
            gd += r.randint(1, 3)
        c.truth.update({"grumble_event_ids": ids, "trouble_starts_at": iso(first_t)})
    for _ in range(5):
        c = person(f, "happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        day_acts(f, c, r.randint(4, 6), 0, 16)
        c.truth["sarcasm_event_id"] = add(
            f,
            c,
            f.at(r.randint(17, 28), r.uniform(9, 20)),
            "social",
            "mention",
            f.pick(W.SARCASM, c.lang),
        )
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        datetime(2026, 6, 5, tzinfo=UTC),
        3,
        5,
        "a calm weekend with night owls in bursts",
    )
    r = f.rng
    for _ in range(16):
        day_acts(f, person(f, "happy", "day writer"), r.randint(1, 3), 0, 2, 7, 17.5)
    for i in range(4):
        c = person(f, "grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.at(r.randint(0, 2), r.uniform(9, 16))
        add(f, c, t, "web", "page_view", attrs={"page": "/farms/nearby"})
        t2 = t + timedelta(minutes=r.randint(20, 30))
        if i < 2:
            g = add(f, c, t2, "chat", "chat", W.MILD[c.lang])
            add(
                f,
                c,
                t2 + timedelta(minutes=r.randint(1, 5)),
                "chat",
                "chat",
                W.ACK[c.lang],
                out=True,
            )
        else:
            g = add(f, c, t2, "web", "ticket", W.MILD[c.lang], attrs={"page": "/help/contact"})
            add(
                f,
                c,
                t2 + timedelta(minutes=r.randint(15, 60)),
                "email",
                "message",
                W.ACK[c.lang],
                subject="Lanuvia",
                out=True,
            )
        c.truth.update({"grumble_event_id": g, "trouble_starts_at": iso(t2)})
    for night in range(3):
        b0 = f.at(night + 1, r.uniform(0.67, 1.08))
        for burst, off in enumerate((0.0, r.uniform(28, 33), r.uniform(55, 65))):
            bs = b0 + timedelta(minutes=off)
            for _ in range(4):
                c = person(f, "night_owl", f"night {night + 1}, burst {burst + 1}")
                t = bs + timedelta(minutes=r.uniform(0, 10))
                n0 = len(f.rows)
                happy(f, c, t, night=True)
                c.truth.update({"burst_at": iso(bs), "night_event_id": f.rows[n0].d["event_id"]})
                if r.random() < 0.5:
                    happy(f, c, f.at(r.randint(0, 2), r.uniform(9, 17.5)), surveys=False)
    return f


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        datetime(2026, 7, 6, tzinfo=UTC),
        14,
        6,
        "customers who write in two languages",
    )
    r = f.rng
    others = ["de", "es", "fr", "pt"]

    def pair() -> list[str]:
        a = r.choice(["en", "it"])
        b = r.choice(["it" if a == "en" else "en", *others])
        return [a, b] if r.random() < 0.7 else [b, a]

    def mk(persona: str, habit: str, exp: list[str], tol: list[str]) -> tuple[Cust, list[str]]:
        p = pair()
        c = person(
            f,
            persona,
            habit,
            lang=p[0],
            expected=exp,
            tolerated=tol,
            market=r.choice(W.MARKETS[p[0]] + W.MARKETS[p[1]]),
        )
        c.truth.update(
            {
                "languages": p,
                "job_second_language": r.choice(
                    [
                        "works across the border",
                        "partner's language",
                        "studied abroad",
                        "grandparents' language",
                    ]
                ),
            }
        )
        return c, p

    def alt(c: Cust, p: list[str], n: int, d0: int, d1: int) -> None:
        for i, d in enumerate(sorted(r.sample(range(d0, d1 + 1), min(n, d1 - d0 + 1)))):
            c.lang = p[i % 2]
            happy(f, c, f.at(d, r.uniform(8, 19)), surveys=False)
        c.lang = p[0]

    for _ in range(12):
        c, p = mk("happy", "alternates languages", [], [])
        alt(c, p, r.randint(5, 8), 0, 13)
    for n, esc in ((2, False), (2, False), (3, True), (3, True), (4, True)):
        c, p = mk("repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        alt(c, p, r.randint(1, 3), 0, 1)
        repeat_run(
            f,
            c,
            f.at(r.randint(2, 5), r.uniform(8, 18)),
            r.choice(["web", "email", "chat"]),
            n,
            esc,
            p,
        )
    for _ in range(5):
        c, p = mk(
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
        )
        for i, d in enumerate(range(6)):
            add(f, c, f.at(d, r.uniform(8, 19)), "social", "mention", f.pick(W.PRAISE, p[i % 2]))
        alt(c, p, r.randint(1, 3), 0, 5)
        slide(f, c, r.randint(7, 8), r.randint(3, 5), p)
    for kind in ("long", "email", "chat"):
        c, p = mk("happy_one_bad_day", "one bad day", [], ["silence"])
        alt(c, p, r.randint(2, 4), 0, 4)
        t = f.at(r.randint(6, 9), r.uniform(9, 18))
        problem = r.choice(W.PROBLEMS)
        e = complaint(
            f, c, t, "email" if kind == "long" else kind, problem, lang=p[1], long=kind == "long"
        )
        rf = ref()
        reply(
            f,
            c,
            t + timedelta(minutes=r.randint(1, 5) if kind == "chat" else r.randint(10, 40)),
            "chat" if kind == "chat" else "email",
            W.CASE_OPENED[p[1]].format(ref=rf),
            p[1],
        )
        if kind != "chat":
            add(
                f,
                c,
                daytime(f, t + timedelta(hours=r.uniform(1, 4))),
                "email",
                "message",
                W.GOOD_NEWS[p[1]].format(ref=rf),
                subject=f"RE: {rf}",
                out=True,
            )
        c.truth.update(
            {
                "problem": problem,
                "booking": rf,
                "bad_day_at": iso(t),
                "bad_day_event_id": e,
                "bad_day_language": p[1],
                "long_email": kind == "long",
                "trouble_starts_at": iso(t),
                "apologised": kind == "email",
            }
        )
        if kind == "email":
            ta = daytime(f, t + timedelta(hours=r.uniform(18, 24)))
            c.truth["apology_event_id"] = add(f, c, ta, "chat", "chat", f.pick(W.APOLOGY, p[1]))
    for _ in range(2):
        c, p = mk("resolved_between_contacts", "fixed", [], ["silence"])
        alt(c, p, 2, 0, 2)
        case = fixed_case(
            f, c, f.at(r.randint(4, 8), r.uniform(9, 16)), "web", r.choice(W.PROBLEMS), p[0], p[1]
        )
        c.truth.update(
            {"problems": [case], "trouble_starts_at": case["raised_at"], "confirm_language": p[1]}
        )
    return f


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        datetime(2026, 8, 3, tzinfo=UTC),
        14,
        7,
        "Lanuvia Team accounts: at risk, one unhappy, mild, happy",
    )
    r = f.rng
    sites = [
        "bank",
        "software",
        "school",
        "hospital",
        "agency",
        "insurer",
        "council",
        "retail",
        "law firm",
        "logistics",
        "university",
        "hotel",
        "pharma",
        "energy",
        "publisher",
    ]
    jobs = [
        "Office Manager",
        "HR Business Partner",
        "People Lead",
        "Executive Assistant",
        "Finance Controller",
        "Team Lead",
    ]

    def account(kind: str, n: int, i: int) -> tuple[str, str, str, list[Cust]]:
        lg = r.choices(W.LANGS, W.WEIGHTS)[0]
        mk = r.choice(W.MARKETS[lg])
        aid = f"LVT-{mk}-{2000 + nxt('acct') * 13:04d}"
        comp = f"{sites[i].replace(' ', '')}{nxt('dom')}"
        cs: list[Cust] = []
        for _ in range(n):
            c = person(f, "b2b_happy", "contact", lang=lg, market=mk, account=aid, company=comp)
            jt = r.choice(jobs)
            c.truth.update({"company": comp, "role": "contact", "job_title": jt, "job": jt})
            cs.append(c)
        f.accounts[aid] = {
            "company": comp,
            "site": sites[i],
            "contacts": n,
            "contact_keys": [c.key for c in cs],
            "unhappy_contacts": 0,
            "unhappy_contact_keys": [],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": None,
            "trouble_starts_at": None,
            "language": lg,
            "country": mk,
        }
        return aid, lg, comp, cs

    def routine(c: Cust, days: list[int], n: int, surveys: bool) -> None:
        for d in r.sample(days, min(n, len(days))):
            t = f.at(d, r.uniform(8, 16.5))
            k = r.choice(["chat", "buy", "view", "praise"] + (["survey"] if surveys else []))
            if k == "chat":
                add(f, c, t, "chat", "chat", f.pick(W.B2B_Q, c.lang))
                add(
                    f,
                    c,
                    t + timedelta(minutes=r.randint(1, 6)),
                    "chat",
                    "chat",
                    f.pick(W.ANSWER, c.lang),
                    out=True,
                )
                if r.random() < 0.5:
                    add(
                        f,
                        c,
                        t + timedelta(minutes=r.randint(8, 12)),
                        "chat",
                        "chat",
                        f.pick(W.THANKS, c.lang),
                    )
            elif k == "buy":
                add(f, c, t, "web", "page_view", attrs={"page": "/team/book"})
                v, cur = price(c, W.B2B_PRODUCT[1])
                add(
                    f,
                    c,
                    t + timedelta(minutes=r.randint(5, 20)),
                    "web",
                    "purchase",
                    attrs={
                        "order_value": v,
                        "currency": cur,
                        "product": W.B2B_PRODUCT[0],
                        "page": "/team/book",
                    },
                )
            elif k == "view" or (k == "praise" and not surveys):
                add(f, c, t, "web", "page_view", attrs={"page": "/team/portal"})
            elif k == "praise":
                add(f, c, t, "community", "post", f.pick(W.B2B_PRAISE, c.lang))
            else:
                survey(f, c, t)

    weekdays = [d for d in range(14) if (f.start + timedelta(days=d)).weekday() < 5]
    unhappy_tol = [
        "sentiment_drop",
        "churn_intent",
        "competitor_mention",
        "high_value_at_risk",
        "silence",
        "account_risk",
    ]
    problems = ["portal", "invoice", "service_blocked", "invoice", "overbilled"]
    for i, nbad in enumerate((3, 3, 3, 4, 4)):
        aid, lg, _comp, cs = account("at_risk", r.randint(nbad + 1, 6), i)
        problem = problems[i]
        rf = ref()
        bad = cs[:nbad]
        t = f.at(2, r.uniform(8.5, 11))
        first = bad[0]
        ids = []
        for j, c in enumerate(bad):
            c.truth.update(
                {
                    "persona": "b2b_unhappy",
                    "habit": "complainer",
                    "role": "complainer",
                    "tolerated_rules": sorted(unhappy_tol),
                    "problem": problem,
                    "booking": rf,
                    "trouble_starts_at": iso(t),
                }
            )
            routine(c, [0, 1], r.randint(0, 2), False)
            p = W.B2B_PROBLEM[lg][problem]
            if j == 0:
                e = add(f, c, t, "email", "message", p, subject=W.SUBJECT[lg].format(t=problem))
                add(
                    f,
                    c,
                    t + timedelta(minutes=r.randint(20, 90)),
                    "email",
                    "message",
                    W.CASE_OPENED[lg].format(ref=rf),
                    subject=f"RE: {rf}",
                    out=True,
                )
            else:
                wd = W.WEEKDAY[lg][(f.start + timedelta(days=2)).weekday()]
                e = add(
                    f,
                    c,
                    t,
                    "email",
                    "message",
                    W.B2B_LATER[lg].format(first=first.first, day=wd, ref=rf, p=p),
                    subject=f"RE: {rf}",
                )
            ids.append(e)
            c.truth["complaint_event_ids"] = [e]
            if j < nbad - 1:
                v = r.randint(1, 5)
                s = add(
                    f,
                    c,
                    office(f, t + timedelta(hours=r.uniform(1, 3))),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": v},
                    attrs={"survey": "nps"},
                )
                c.truth.update(
                    {
                        "expected_rules": ["detractor"],
                        "nps": v,
                        "survey_event_id": s,
                        "nps_given": True,
                    }
                )
            else:
                t2 = office(f, t + timedelta(hours=r.uniform(18, 40)))
                if i == 0:
                    e2 = add(
                        f,
                        c,
                        t2,
                        "email",
                        "message",
                        W.B2B_LAST_EMAIL[lg].format(ref=rf, comp=r.choice(COMPETITORS)),
                        subject=f"RE: {rf}",
                    )
                else:
                    e2 = add(f, c, t2, "phone", "call", W.B2B_LAST_CALL[lg].format(ref=rf))
                c.truth["complaint_event_ids"] = [e, e2]
                c.truth.update({"expected_rules": ["repeat_contact"], "nps_given": False})
            t = office(f, t + timedelta(hours=r.uniform(8, 28)))
        for c in cs[nbad:]:
            routine(c, weekdays, r.randint(2, 4), True)
        f.accounts[aid].update(
            {
                "unhappy_contacts": nbad,
                "unhappy_contact_keys": [c.key for c in bad],
                "same_problem": problem,
                "trouble_starts_at": bad[0].truth["trouble_starts_at"],
            }
        )
    for i in range(4):
        aid, lg, _comp, cs = account("one_unhappy", 3, 5 + i)
        c = cs[0]
        problem = ["service_blocked", "overbilled", "portal", "invoice"][i]
        rf = ref()
        t = f.at(r.randint(3, 7), r.uniform(8.5, 15))
        t = office(f, t)
        routine(c, [0, 1], r.randint(0, 2), False)
        e = add(
            f,
            c,
            t,
            "email",
            "message",
            W.B2B_PROBLEM[lg][problem],
            subject=W.SUBJECT[lg].format(t=problem),
        )
        add(
            f,
            c,
            t + timedelta(minutes=r.randint(20, 90)),
            "email",
            "message",
            W.CASE_OPENED[lg].format(ref=rf),
            subject=f"RE: {rf}",
            out=True,
        )
        v = r.randint(1, 5)
        s = add(
            f,
            c,
            t + timedelta(hours=r.uniform(1, 3)),
            "survey",
            "survey_response",
            None,
            scores={"nps": v},
            attrs={"survey": "nps"},
        )
        c.truth.update(
            {
                "persona": "b2b_one_unhappy",
                "habit": "complainer",
                "role": "complainer",
                "expected_rules": ["detractor"],
                "tolerated_rules": ["high_value_at_risk", "sentiment_drop", "silence"],
                "problem": problem,
                "booking": rf,
                "complaint_event_ids": [e],
                "nps": v,
                "nps_given": True,
                "survey_event_id": s,
                "trouble_starts_at": iso(t),
            }
        )
        for o in cs[1:]:
            routine(o, weekdays, r.randint(2, 4), True)
        f.accounts[aid].update({"unhappy_contacts": 1, "unhappy_contact_keys": [c.key]})
    for i in range(3):
        aid, lg, _comp, cs = account("mild", r.randint(3, 4), 9 + i)
        for c in cs[:2]:
            routine(c, [0, 1], r.randint(0, 2), False)
            t = f.at(r.choice(weekdays[2:]), r.uniform(8, 16))
            m = add(
                f,
                c,
                t,
                "web",
                "ticket",
                f.pick(W.B2B_SUGGEST, lg),
                attrs={"page": "/team/feedback"},
            )
            add(
                f,
                c,
                t + timedelta(minutes=r.randint(30, 120)),
                "email",
                "message",
                W.ACK[lg],
                subject="Lanuvia Team",
                out=True,
            )
            c.truth.update(
                {
                    "persona": "b2b_mild",
                    "habit": "suggests",
                    "role": "suggests",
                    "tolerated_rules": ["silence"],
                    "mild_event_id": m,
                    "trouble_starts_at": iso(t),
                }
            )
        for c in cs[2:]:
            routine(c, weekdays, r.randint(2, 4), True)
    for i in range(3):
        aid, lg, _comp, cs = account("happy", r.randint(3, 5), 12 + i)
        for c in cs:
            routine(c, weekdays, r.randint(2, 4), True)
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        datetime(2026, 9, 14, tzinfo=UTC),
        7,
        8,
        "a calm week and a Saturday-morning spike",
    )
    r = f.rng
    for _ in range(40):
        c = person(f, "happy", "day writer")
        for d in r.sample(range(6), r.randint(1, 4)):
            happy(f, c, f.at(d, r.uniform(12, 19) if d == 5 else r.uniform(8, 19)), surveys=False)
    for _ in range(2):
        c = person(f, "grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.at(0, r.uniform(9, 17))
        g = add(f, c, t, "chat", "chat", W.MILD[c.lang])
        add(f, c, t + timedelta(minutes=r.randint(1, 5)), "chat", "chat", W.ACK[c.lang], out=True)
        c.truth.update({"grumble_event_id": g, "trouble_starts_at": iso(t)})
    for lg, h in (("it", 9 + 40 / 60), ("en", 16 + 5 / 60)):
        c = person(f, "grumbles_once", "lone question", lang=lg, tolerated=["silence"])
        t = f.at(4, h)
        g = add(f, c, t, "chat", "chat", W.LONE_Q[lg])
        add(f, c, t + timedelta(minutes=r.randint(2, 6)), "chat", "chat", W.LONE_A[lg], out=True)
        c.truth.update({"lone_report_event_id": g, "trouble_starts_at": iso(t)})
    langs = ["en"] * 6 + ["it"] * 6 + ["de", "de", "es", "es", "fr", "fr", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(langs)
    r.shuffle(chans)
    s0 = f.at(5, 8 + 20 / 60)
    offs = sorted([0.0, 45.0] + [r.uniform(1, 44) for _ in range(18)])
    early = [i for i in range(20) if offs[i] <= 25]
    rep = set(r.sample(early, 6))
    fixd = set(r.sample([i for i in range(20) if i not in rep], 6))
    keys, evs, reps = [], [], []
    regs = set(r.sample(range(20), 12))
    for i in range(20):
        regular = i in regs
        c = person(
            f,
            "spike_repeater" if i in rep else "spike_reporter",
            "regular" if regular else "new",
            lang=langs[i],
            expected=["repeat_contact"] if i in rep else [],
            tolerated=["silence", "sentiment_drop"] if i in rep else ["silence"],
        )
        if regular:
            for _ in range(r.randint(1, 3)):
                happy(f, c, f.at(2, r.uniform(8, 17.5)), surveys=False)
        t = s0 + timedelta(minutes=offs[i])
        text = f.pick(W.SPIKE, c.lang).format(code=CODE)
        ch = chans[i]
        if ch == "social":
            e = add(f, c, t, "social", "mention", text)
        elif ch == "community":
            e = add(f, c, t, "community", "post", text)
        elif ch == "email":
            e = add(f, c, t, "email", "message", text, subject=CODE)
        elif ch == "web":
            e = add(f, c, t, "web", "ticket", text, attrs={"page": "/help/contact"})
        else:
            e = add(f, c, t, "chat", "chat", text)
            add(
                f,
                c,
                t + timedelta(minutes=r.randint(1, 4)),
                "chat",
                "chat",
                W.SPIKE_CHAT[c.lang],
                out=True,
            )
        keys.append(c.key)
        evs.append(e)
        c.truth.update(
            {
                "in_spike": True,
                "regular": regular,
                "spike_event_id": e,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
            }
        )
        if i in rep:
            ch2 = r.choice([x for x in ("email", "chat", "community") if x != ch])
            t2 = t + timedelta(minutes=r.uniform(15, 50))
            txt = W.SPIKE_AGAIN[c.lang].format(code=CODE)
            e2 = add(
                f,
                c,
                t2,
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                txt,
                subject=CODE if ch2 == "email" else None,
            )
            reps.append(e2)
            c.truth["repeat_event_id"] = e2
        c.truth["agent_fixed"] = i in fixd
        if i in fixd:
            add(
                f,
                c,
                f.at(5, r.uniform(11 + 8 / 60, 11 + 17 / 60)),
                "email",
                "message",
                W.SPIKE_FIXED[c.lang],
                subject="Lanuvia",
                out=True,
            )
    f.spike = {
        "topic": f"alpaca-trek app: ticket QR refused at farm gate scanners, nobody can check in, error {CODE}",
        "about": "tickets refused at farm gates",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": evs,
        "repeat_event_ids": reps,
    }
    return f


FAMILIES = [
    (happy_writers, {}),
    (one_bad_day, {"detractor": 6}),
    (repeat_contacts, {"repeat_contact": 12}),
    (slow_churners, {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5}),
    (quiet_hours, {}),
    (bilingual, {"repeat_contact": 5, "sentiment_drop": 5}),
    (b2b_accounts, {"account_risk": 5, "detractor": 16, "repeat_contact": 5}),
    (topic_spike, {"topic_spike": 1, "repeat_contact": 6}),
]


def main() -> None:
    for build, expected in FAMILIES:
        print(build.__name__, *write(build(), expected))


if __name__ == "__main__":
    main()
