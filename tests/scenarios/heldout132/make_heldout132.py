# ruff: noqa: E501
"""Generate heldout132: hand-written alert scenarios for Pianelo (report only, blind).

Standard library only, seeded and deterministic. Run: python make_heldout132.py
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402
import wording_b2b as B  # noqa: E402

SEED = 20261107
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
SOURCES = {
    "email": "pianelo-mail",
    "phone": "pianelo-voice",
    "social": "pianelo-social",
    "community": "pianelo-forum",
    "chat": "pianelo-chat",
    "web": "pianelo-web",
    "survey": "pianelo-survey",
}

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
TOL_CANCEL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
TOL_GRUMPY = ["repeat_contact", "silence"]
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


def unique(value: str) -> str:
    if value in USED:
        raise SystemExit(f"identifier reused: {value}")
    USED.add(value)
    return value


def fresh(make: Callable[[], str]) -> str:
    while True:
        value = make()
        if value not in USED:
            return unique(value)


def ascii_name(text: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    ).lower()


def strip_accents(text: str) -> str:
    table = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
    out = []
    for ch in text:
        if ch in table:
            out.append(table[ch])
        elif ch in "ñÑß":
            out.append(ch)
        else:
            out.append(
                "".join(
                    c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)
                )
            )
    return "".join(out)


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
    t: datetime
    seq: int
    cust: Cust
    data: dict[str, Any]


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
    customers: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    planted: Counter[str] = field(default_factory=Counter)
    seq: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    def at(self, d: float, h: int, m: int = 0) -> datetime:
        return self.start + timedelta(days=d, hours=h, minutes=m)

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        market: str | None = None,
        account: str | None = None,
        email_domain: str | None = None,
    ) -> Cust:
        r = self.rng
        if lang is None:
            lang = r.choices(W.LANGS, weights=[30, 30, 10, 10, 10, 10])[0]
        market = market or r.choice(W.MARKETS[lang])
        while True:
            first, last = r.choice(W.FIRST[lang]), r.choice(W.LAST[lang])
            key = f"PN{self.code}{r.randint(1000, 9999)}"
            if key not in USED:
                break
        unique(key)
        cc, pre, length = W.PHONE[market]
        email = fresh(
            lambda: (
                f"{ascii_name(first)}.{ascii_name(last).replace(' ', '')}{r.randint(2, 98)}@{email_domain or r.choice(['correo', 'posteo', 'mailbox', 'webpost'])}.example"
            )
        )
        phone = fresh(lambda: cc + pre + "".join(str(r.randint(0, 9)) for _ in range(length)))
        handle = (
            None
            if account
            else fresh(lambda: f"@{ascii_name(last)}_{ascii_name(first)}{r.randint(1, 999)}")
        )
        exp = sorted(expected or [])
        tol = sorted(tolerated or [])
        if set(exp) & set(tol):
            raise SystemExit(f"{key}: rule both expected and tolerated")
        for rule in exp:
            self.planted[rule] += 1
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
            "name": f"{first} {last}",
        }
        c = Cust(key, lang, market, first, last, email, phone, handle, account, truth)
        self.customers[key] = c
        return c

    def add(
        self,
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
        if t >= LIMIT or t < self.start or t.year != 2026:
            raise SystemExit(f"{self.name}: time out of window {t}")
        self.seq += 1
        eid = unique(f"pn132-{self.code.lower()}-{self.seq:05d}")
        if text and not out and channel not in ("phone", "survey"):
            text = self.roughen(text)
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(W.AGENTS)
            if text:
                text = text.replace("{agent}", a["agent"])
        a.update(attrs or {})
        data: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "text": text,
            "subject": subject,
            "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
            "source": SOURCES[channel],
            "attributes": a,
        }
        self.rows.append(Row(t, self.seq, c, data))
        return eid

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.10:
            text = strip_accents(text)
        if r.random() < 0.12 and text[:1].isupper() and not text[:2].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 0.14:
            words = [
                i
                for i, w in enumerate(text.split(" "))
                if w.isalpha() and w.islower() and len(w) > 4
            ]
            if words:
                parts = text.split(" ")
                i = r.choice(words)
                w = parts[i]
                j = r.randint(1, len(w) - 3)
                parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(parts)
        return text

    def write(self) -> tuple[int, int]:
        rows = sorted(self.rows, key=lambda row: (row.t, row.seq))
        seen: set[str] = set()
        lines = []
        for row in rows:
            c = row.cust
            ch = row.data["channel"]
            full = row.data["direction"] == "outbound" or c.key not in seen
            if row.data["direction"] == "inbound":
                seen.add(c.key)
            ref: dict[str, Any] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            if full:
                ref.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
            elif ch == "phone":
                ref["phone"] = c.phone
            elif ch in ("social", "community"):
                if c.handle:
                    ref["handle"] = c.handle
                else:
                    ref["email"] = c.email
            elif ch == "email":
                ref["email"] = c.email
            else:
                ref["customer_id"] = c.key
            lines.append(
                json.dumps(row.data | {"customer": ref}, ensure_ascii=False, sort_keys=True)
            )
        for c in self.customers.values():
            if c.key not in seen:
                raise SystemExit(f"{c.key}: no inbound touchpoint")
        expected = Counter(r for c in self.customers.values() for r in c.truth["expected_rules"])
        for a in self.accounts.values():
            for r in a["expected_rules"]:
                expected[r] += 1
        if self.spike:
            expected["topic_spike"] += 1
        if expected != self.planted:
            raise SystemExit(
                f"{self.name}: expected {dict(expected)} != planted {dict(self.planted)}"
            )
        last = rows[-1].t + timedelta(hours=1)
        end = max(self.start + timedelta(days=self.days), last)
        if end >= LIMIT:
            raise SystemExit(f"{self.name}: end out of window")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Pianelo (piano hire, tuning and moving; Pianelo Stage for organisations)",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "2026-12-05, blind",
                "expected": dict(sorted(expected.items())),
            },
            "start": self.start.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "end": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "customers": {k: c.truth for k, c in sorted(self.customers.items())},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )
        return len(self.customers), len(lines)


def pick(r: random.Random, table: dict[str, list[str]], lang: str) -> str:
    return r.choice(table[lang])


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def daytime(t: datetime) -> datetime:
    if t.hour >= 22 or t.hour < 7:
        base = t if t.hour < 7 else t + timedelta(days=1)
        return base.replace(hour=8, minute=t.minute % 60)
    return t


CASES: set[int] = set()


def case_ref(r: random.Random) -> str:
    while True:
        n = r.randint(100000, 999999)
        if n not in CASES:
            CASES.add(n)
            return f"PN-{n}"


def happy_act(f: Fam, c: Cust, t: datetime, surveys: bool = True) -> None:
    r, lang = f.rng, c.lang
    kinds = ["praise", "praise", "gripe", "question", "call", "purchase", "page", "review"] + (
        ["survey"] if surveys else []
    )
    k = r.choice(kinds)
    if k == "praise":
        ch = r.choice(["social", "community"])
        text = pick(r, W.PRAISE, lang)
        if ch == "social" and c.handle:
            text = (
                text.replace("Pianelo", "@Pianelo", 1) if "Pianelo" in text else "@Pianelo " + text
            )
        f.add(c, t, ch, "post" if ch == "community" else "mention", text)
    elif k == "gripe":
        f.add(c, t, "community", "post", pick(r, W.PRAISE_GRIPE, lang))
    elif k == "question":
        f.add(c, t, "chat", "chat", pick(r, W.QUESTION, lang))
        f.add(
            c,
            t + timedelta(minutes=r.randint(1, 6)),
            "chat",
            "chat",
            pick(r, W.ANSWER, lang),
            out=True,
        )
        if r.random() < 0.6:
            f.add(
                c, t + timedelta(minutes=r.randint(8, 12)), "chat", "chat", pick(r, W.THANKS, lang)
            )
    elif k == "call":
        f.add(c, t, "phone", "call", pick(r, W.CALL_Q, lang))
        f.add(
            c,
            t + timedelta(minutes=r.randint(20, 50)),
            "email",
            "message",
            pick(r, W.ANSWER, lang),
            subject="Pianelo",
            out=True,
        )
    elif k == "purchase":
        prod, price = r.choice(W.PRODUCTS)
        page = r.choice(W.PAGES)
        f.add(c, t, "web", "page_view", attrs={"page": page})
        cur, val = (
            ("GBP", f"{float(price) * 0.86:.2f}")
            if c.market in ("UK",)
            else (("CHF", f"{float(price) * 0.94:.2f}") if c.market == "CH" else ("EUR", price))
        )
        f.add(
            c,
            t + timedelta(minutes=r.randint(3, 15)),
            "web",
            "purchase",
            attrs={"order_value": val, "currency": cur, "product": prod, "page": page},
        )
    elif k == "page":
        f.add(c, t, "web", "page_view", attrs={"page": r.choice(W.PAGES)})
    elif k == "review":
        f.add(
            c,
            t,
            "web",
            "review",
            pick(r, W.REVIEW, lang),
            attrs={"rating": "5", "page": "/reviews"},
        )
    else:
        sk = r.choice(["nps", "csat", "ces"])
        score = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[sk]
        f.add(
            c,
            t,
            "survey",
            "survey_response",
            pick(r, W.SURVEY_WORD, lang) or None,
            scores={sk: score},
            attrs={"survey": sk},
        )


def happy_days(
    f: Fam, c: Cust, n: int, days: list[int], h0: int = 7, h1: int = 19, surveys: bool = True
) -> None:
    for d in sorted(f.rng.sample(days, min(n, len(days)))):
        happy_act(f, c, f.at(d, f.rng.randint(h0, h1), f.rng.randint(0, 59)), surveys)


def complaint(
    f: Fam,
    c: Cust,
    t: datetime,
    problem: str,
    channel: str,
    lang: str | None = None,
    long_email: bool = False,
) -> tuple[str, str | None]:
    r = f.rng
    lang = lang or c.lang
    p = W.PROBLEM[problem][lang]
    subj = f"{W.COMPLAINT_SUBJECT[lang]}: {p[:40]}"
    case = None if channel == "social" else case_ref(r)
    if long_email:
        eid = f.add(
            c, t, "email", "message", r.choice(W.LONG_EMAIL[lang]).format(p=p), subject=subj
        )
    elif channel == "email":
        eid = f.add(c, t, "email", "message", pick(r, W.ANGRY, lang).format(p=p), subject=subj)
    elif channel == "chat":
        eid = f.add(c, t, "chat", "chat", pick(r, W.ANGRY, lang).format(p=p))
        f.add(
            c,
            t + timedelta(minutes=r.randint(1, 5)),
            "chat",
            "chat",
            W.CHAT_CASE[lang].format(case=case),
            out=True,
        )
        return eid, case
    elif channel == "social":
        eid = f.add(c, t, "social", "mention", "@Pianelo " + pick(r, W.ANGRY, lang).format(p=p))
        return eid, case
    elif channel == "web":
        eid = f.add(
            c,
            t,
            "web",
            "ticket",
            pick(r, W.ANGRY, lang).format(p=p),
            attrs={"page": "/help/contact"},
        )
    else:
        eid = f.add(c, t, "phone", "call", W.ANGRY_CALL[lang].format(p=p))
    f.add(
        c,
        t + timedelta(minutes=r.randint(10, 40)),
        "email",
        "message",
        W.CASE_OPENED[lang].format(first=c.first, case=case, agent="{agent}"),
        subject=W.CASE_SUBJECT[lang].format(case=case),
        out=True,
    )
    return eid, case


def later_contact(
    f: Fam,
    c: Cust,
    t: datetime,
    channel: str,
    case: str,
    problem: str,
    extra: str,
    lang: str | None = None,
) -> str:
    r = f.rng
    lang = lang or c.lang
    p = W.PROBLEM[problem][lang]
    if channel == "phone":
        return f.add(
            c,
            t,
            "phone",
            "call",
            W.STILL_CALL[lang].format(case=case, p=p) + extra.rstrip(".").lower().replace("!", ""),
        )
    text = pick(r, W.STILL_OPEN, lang).format(case=case, p=p) + extra
    if channel == "email":
        return f.add(c, t, "email", "message", text, subject=W.CASE_SUBJECT[lang].format(case=case))
    if channel == "chat":
        eid = f.add(c, t, "chat", "chat", text)
        f.add(
            c,
            t + timedelta(minutes=r.randint(1, 5)),
            "chat",
            "chat",
            W.CHAT_URGENT[lang].format(case=case),
            out=True,
        )
        return eid
    if channel == "social":
        return f.add(c, t, "social", "mention", "@Pianelo " + text)
    return f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"})


def repeat_run(f: Fam, c: Cust, d0: int, times: int, langs: list[str] | None = None) -> None:
    r = f.rng
    problem = r.choice(W.PROBLEMS)
    first_ch = r.choice(["web", "email", "chat", "phone"])
    lang0 = langs[0] if langs else c.lang
    t = t0 = f.at(d0, r.randint(8, 18), r.randint(0, 59))
    eid, case = complaint(f, c, t, problem, first_ch, lang=lang0)
    assert case
    ids = [eid]
    comp = r.choice(W.COMPETITORS) if times >= 3 else None
    if times >= 3:
        f.add(
            c,
            t + timedelta(minutes=r.randint(90, 150)),
            "email",
            "message",
            W.QUALITY_LEAD[lang0].format(first=c.first, case=case, agent="{agent}"),
            subject=W.CASE_SUBJECT[lang0].format(case=case),
            out=True,
        )
    chans = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != first_ch]
    r.shuffle(chans)
    for i in range(1, times):
        t = daytime(t + timedelta(hours=r.randint(4, 40)))
        lang = langs[i % len(langs)] if langs else c.lang
        extra = ""
        if i == 2 and comp:
            extra = W.THIRD[lang].format(comp=comp)
        if i == 3:
            extra = W.FOURTH[lang]
        ids.append(later_contact(f, c, t, chans[i - 1], case, problem, extra, lang))
    c.truth.update(
        problem=problem,
        booking=case,
        contacts=times,
        channel=first_ch,
        problem_event_ids=ids,
        trouble_starts_at=iso(t0),
        competitor=comp,
        agent_passed_on=times >= 3,
    )


def fixed_case(
    f: Fam, c: Cust, t: datetime, lang: str | None = None, lang2: str | None = None
) -> dict[str, Any]:
    r = f.rng
    problem = r.choice(W.PROBLEMS)
    lang = lang or c.lang
    eid, case = complaint(f, c, t, problem, "web", lang=lang)
    fixed = t + timedelta(hours=r.randint(3, 20))
    f.add(
        c,
        fixed,
        "email",
        "message",
        W.GOOD_NEWS[lang].format(first=c.first, case=case, agent="{agent}"),
        subject=W.CASE_SUBJECT[lang].format(case=case),
        out=True,
    )
    conf_t = daytime(fixed + timedelta(hours=r.randint(8, 30)))
    ch = r.choice(["email", "chat"])
    cl = lang2 or lang
    cid = f.add(
        c,
        conf_t,
        ch,
        "message" if ch == "email" else "chat",
        W.CONFIRM[cl].format(case=case),
        subject=W.CASE_SUBJECT[cl].format(case=case) if ch == "email" else None,
    )
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(fixed),
        "confirmed_at": iso(conf_t),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": "web",
        "confirm_channel": ch,
    }


def slide(f: Fam, c: Cust, d0: int, span: int, langs: list[str] | None = None) -> list[str]:
    r = f.rng
    comp = r.choice(W.COMPETITORS)
    ids = []
    offs = sorted(r.sample(range(span * 24), 6)) if span * 24 >= 6 else list(range(6))
    t_prev = None
    for i in range(6):
        lang = langs[i % len(langs)] if langs else c.lang
        t = daytime(f.at(d0, 9) + timedelta(hours=offs[i]))
        if t_prev and t < t_prev + timedelta(hours=1):
            t = daytime(t_prev + timedelta(hours=1, minutes=r.randint(0, 30)))
        t_prev = t
        text = W.SLIDE[lang][i].format(comp=comp)
        ch = r.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][i]), "page": "/reviews"},
                )
            )
        elif ch == "social":
            ids.append(f.add(c, t, "social", "mention", "@Pianelo " + text))
        else:
            ids.append(f.add(c, t, "community", "post", text))
    c.truth.update(
        slide_event_ids=ids,
        slide_days=span,
        competitor=comp,
        trouble_starts_at=min(
            row.data["occurred_at"] for row in f.rows if row.data["event_id"] in ids
        ),
    )
    return ids


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        datetime(2026, 3, 16, tzinfo=UTC),
        10,
        "happy day and night writers and survey answerers",
    )
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        happy_days(f, c, r.randint(5, 8), list(range(10)))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in sorted(r.sample(range(9), r.randint(2, 4))):
            t = f.at(d, 22, r.randint(12, 59)) + timedelta(minutes=r.randint(0, 360))
            if r.random() < 0.5:
                text = pick(r, W.NIGHT_POST, c.lang)
                f.add(
                    c,
                    t,
                    "social",
                    "mention",
                    text.replace("Pianelo", "@Pianelo", 1)
                    if "Pianelo" in text
                    else "@Pianelo " + text,
                )
            else:
                f.add(c, t, "chat", "chat", pick(r, W.NIGHT_Q, c.lang))
                f.add(
                    c,
                    t + timedelta(minutes=r.randint(2, 6)),
                    "chat",
                    "chat",
                    pick(r, W.ANSWER, c.lang),
                    out=True,
                )
                f.add(
                    c,
                    t + timedelta(minutes=r.randint(8, 12)),
                    "chat",
                    "chat",
                    pick(r, W.THANKS, c.lang),
                )
        happy_days(f, c, r.randint(2, 3), list(range(10)), 9, 17, surveys=False)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in sorted(r.sample(range(10), r.randint(3, 6))):
            sk = r.choice(["nps", "csat", "ces"])
            val = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[sk]
            f.add(
                c,
                f.at(d, r.randint(8, 19), r.randint(0, 59)),
                "survey",
                "survey_response",
                pick(r, W.SURVEY_WORD, c.lang) or None,
                scores={sk: val},
                attrs={"survey": sk},
            )
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        datetime(2026, 4, 13, tzinfo=UTC),
        12,
        "happy customers with one bad day",
    )
    r = f.rng
    plan = [("long", "es"), ("long", "es"), ("long", "de"), ("long", "de")] + [
        (ch, None) for ch in ("email", "chat", "social", "web", "phone") for _ in range(4)
    ]
    problems = [p for p in W.PROBLEMS for _ in range(4)]
    r.shuffle(problems)
    with_case = [i for i, (ch, _) in enumerate(plan) if ch != "social"]
    det = set(r.sample(with_case, 6))
    rest = [i for i in with_case if i not in det]
    low_csat = set(r.sample(rest, 5))
    good = r.sample(with_case, 12)
    apolog = set(good[:5])
    for i, (ch, lang) in enumerate(plan):
        persona = "bad_day_detractor" if i in det else "happy_one_bad_day"
        c = f.person(
            persona,
            "one bad day",
            lang=lang,
            expected=["detractor"] if i in det else [],
            tolerated=["silence"],
        )
        bd = r.randint(2, 9)
        t = f.at(bd, r.randint(8, 19), r.randint(0, 59))
        days = [d for d in range(12) if d <= bd - 2 or d >= bd + 3]
        happy_days(f, c, r.randint(1, 5), days, surveys=False)
        eid, case = complaint(
            f, c, t, problems[i], "email" if ch == "long" else ch, long_email=ch == "long"
        )
        c.truth.update(
            problem=problems[i],
            booking=case,
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            long_email=ch == "long",
            channel="email" if ch == "long" else ch,
            trouble_starts_at=iso(t),
            nps_given=False,
            csat_given=False,
            agent_fixed=i in good,
            apologised=False,
        )
        if i in det:
            n = r.randint(1, 5)
            sid = f.add(
                c,
                t + timedelta(minutes=r.randint(100, 140)),
                "survey",
                "survey_response",
                None,
                scores={"nps": n},
                attrs={"survey": "nps"},
            )
            c.truth.update(nps_given=True, nps=n, survey_event_id=sid)
        elif i in low_csat:
            n = r.randint(1, 2)
            sid = f.add(
                c,
                t + timedelta(minutes=r.randint(40, 80)),
                "survey",
                "survey_response",
                r.choice(["", "mal", "schlecht", "bad"]) or None,
                scores={"csat": n},
                attrs={"survey": "csat"},
            )
            c.truth.update(csat_given=True, csat=n, survey_event_id=sid)
        if i in good:
            lang2 = c.lang
            f.add(
                c,
                daytime(t + timedelta(minutes=r.randint(60, 240))),
                "email",
                "message",
                W.GOOD_NEWS[lang2].format(first=c.first, case=case, agent="{agent}"),
                subject=W.CASE_SUBJECT[lang2].format(case=case),
                out=True,
            )
            if i in apolog:
                at = daytime(t + timedelta(hours=r.randint(16, 24)))
                aid = f.add(c, at, "chat", "chat", pick(r, W.APOLOGY, c.lang))
                c.truth.update(apologised=True, apology_at=iso(at), apology_event_id=aid)
    for _ in range(8):
        c = f.person("happy", "control")
        happy_days(f, c, r.randint(4, 7), list(range(12)), surveys=False)
    return f


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        datetime(2026, 5, 25, tzinfo=UTC),
        10,
        "repeat contacts, fixed cases, two problems, frequent writers",
    )
    r = f.rng
    for times in [2] * 4 + [3] * 4 + [4] * 4:
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=TOL_REPEAT)
        happy_days(f, c, r.randint(1, 3), [0], 7, 11, surveys=False)
        repeat_run(f, c, r.randint(1, 4), times)
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=["silence"])
        happy_days(f, c, r.randint(1, 2), [0], 7, 11, surveys=False)
        p = fixed_case(f, c, f.at(r.randint(1, 4), r.randint(8, 18), r.randint(0, 59)))
        c.truth.update(problems=[p], trouble_starts_at=p["raised_at"])
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=["silence"])
        d = r.randint(0, 3)
        p1 = fixed_case(f, c, f.at(d, r.randint(8, 18), r.randint(0, 59)))
        p2 = fixed_case(f, c, f.at(d + r.randint(4, 5), r.randint(8, 12), r.randint(0, 59)))
        c.truth.update(problems=[p1, p2], trouble_starts_at=p1["raised_at"])
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        for d in sorted(r.sample(range(10), r.randint(5, 8))):
            t = f.at(d, r.randint(8, 18), r.randint(0, 59))
            if r.random() < 0.7:
                f.add(c, t, "chat", "chat", pick(r, W.QUESTION, c.lang))
                f.add(
                    c,
                    t + timedelta(minutes=r.randint(1, 6)),
                    "chat",
                    "chat",
                    pick(r, W.ANSWER, c.lang),
                    out=True,
                )
            else:
                happy_act(f, c, t, surveys=False)
    return f


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        datetime(2026, 6, 29, tzinfo=UTC),
        32,
        "sliding churners, leavers, steady, grumpy, sarcastic",
    )
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    nps_who = set(r.sample(range(10), 5))
    for i in range(10):
        exp = ["sentiment_drop"] + (["detractor"] if i in nps_who else [])
        c = f.person("slow_churner", "slides", expected=exp, tolerated=TOL_SLIDE)
        for d in sorted(r.sample(range(11), 4 + r.randint(0, 1))):
            t = f.at(d, r.randint(8, 19), r.randint(0, 59))
            text = pick(r, W.PRAISE, c.lang)
            if r.random() < 0.5:
                f.add(
                    c,
                    t,
                    "social",
                    "mention",
                    text.replace("Pianelo", "@Pianelo", 1)
                    if "Pianelo" in text
                    else "@Pianelo " + text,
                )
            else:
                f.add(c, t, "community", "post", text)
        happy_days(f, c, r.randint(2, 4), list(range(11)), surveys=False)
        ids = slide(f, c, r.randint(12, 16), spans[i])
        c.truth["nps_given"] = i in nps_who
        if i in nps_who:
            fourth = next(row.t for row in f.rows if row.data["event_id"] == ids[3])
            n = r.randint(1, 5)
            sid = f.add(
                c,
                daytime(fourth + timedelta(minutes=r.randint(150, 210))),
                "survey",
                "survey_response",
                None,
                scores={"nps": n},
                attrs={"survey": "nps"},
            )
            c.truth.update(nps=n, survey_event_id=sid)
    for _ in range(5):
        c = f.person(
            "slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=TOL_CANCEL
        )
        happy_days(f, c, r.randint(4, 6), list(range(16)), surveys=False)
        t = f.at(r.randint(17, 23), r.randint(8, 18), r.randint(0, 59))
        cid = f.add(c, t, "email", "message", W.CANCEL[c.lang], subject="Pianelo Plus")
        f.add(
            c,
            daytime(t + timedelta(minutes=r.randint(60, 300))),
            "email",
            "message",
            W.SORRY_GO[c.lang].format(first=c.first, agent="{agent}"),
            subject="Re: Pianelo Plus",
            out=True,
        )
        ct = t + timedelta(hours=r.randint(20, 30))
        xid = f.add(
            c, ct, "web", "cancellation", attrs={"page": "/account/plan", "product": "Pianelo Plus"}
        )
        c.truth.update(
            churn_intent_event_id=cid,
            cancellation_event_id=xid,
            churn_at=iso(ct),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        happy_days(f, c, r.randint(6, 10), list(range(30)), surveys=False)
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=TOL_GRUMPY)
        t = f.at(r.randint(0, 4), r.randint(8, 19), r.randint(0, 59))
        ids = []
        for _ in range(r.randint(5, 7)):
            ch = r.choice(["social", "community", "web", "review"])
            text = pick(r, W.GRUMBLE, c.lang)
            if ch == "social":
                ids.append(f.add(c, t, "social", "mention", "@Pianelo " + text))
            elif ch == "community":
                ids.append(f.add(c, t, "community", "post", text))
            elif ch == "web":
                ids.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
            else:
                ids.append(
                    f.add(c, t, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            t = daytime(t + timedelta(days=r.randint(1, 3), minutes=r.randint(-90, 90)))
        c.truth.update(
            grumble_event_ids=ids,
            trouble_starts_at=f.rows[[row.data["event_id"] for row in f.rows].index(ids[0])].data[
                "occurred_at"
            ],
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        happy_days(f, c, r.randint(4, 6), list(range(16)), surveys=False)
        sid = f.add(
            c,
            f.at(r.randint(17, 28), r.randint(9, 20), r.randint(0, 59)),
            "social",
            "mention",
            "@Pianelo " + pick(r, W.SARCASM, c.lang),
        )
        c.truth.update(sarcasm_event_id=sid)
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        datetime(2026, 8, 21, tzinfo=UTC),
        3,
        "a calm weekend with night owls",
    )
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        happy_days(f, c, r.randint(1, 3), [0, 1, 2], 7, 17, surveys=False)
    for _ in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.at(r.randint(0, 2), r.randint(9, 16), r.randint(0, 59))
        f.add(c, t, "web", "page_view", attrs={"page": "/tuning/book"})
        gt = t + timedelta(minutes=r.randint(20, 30))
        if r.random() < 0.5:
            gid = f.add(c, gt, "chat", "chat", W.MILD[c.lang])
            f.add(
                c,
                gt + timedelta(minutes=3),
                "chat",
                "chat",
                W.MILD_ACK[c.lang].format(first=c.first, agent="{agent}"),
                out=True,
            )
        else:
            gid = f.add(c, gt, "web", "ticket", W.MILD[c.lang], attrs={"page": "/help/contact"})
            f.add(
                c,
                gt + timedelta(minutes=25),
                "email",
                "message",
                W.MILD_ACK[c.lang].format(first=c.first, agent="{agent}"),
                subject="Pianelo",
                out=True,
            )
        c.truth.update(grumble_event_id=gid, trouble_starts_at=iso(gt))
    for night in range(3):
        b0 = f.at(night + 1, 0, r.randint(40, 65))
        for b, off in enumerate([0, r.randint(28, 33), r.randint(55, 65)]):
            bs = b0 + timedelta(minutes=off)
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                t = bs + timedelta(minutes=r.randint(0, 9))
                if r.random() < 0.5:
                    nid = f.add(c, t, "chat", "chat", pick(r, W.NIGHT_Q, c.lang))
                    f.add(
                        c,
                        t + timedelta(minutes=2),
                        "chat",
                        "chat",
                        pick(r, W.ANSWER, c.lang),
                        out=True,
                    )
                    f.add(c, t + timedelta(minutes=6), "chat", "chat", pick(r, W.THANKS, c.lang))
                else:
                    text = pick(r, W.NIGHT_POST, c.lang)
                    nid = f.add(
                        c,
                        t,
                        "social",
                        "mention",
                        text.replace("Pianelo", "@Pianelo", 1)
                        if "Pianelo" in text
                        else "@Pianelo " + text,
                    )
                c.truth.update(burst_at=iso(bs), night_event_id=nid)
                if r.random() < 0.5:
                    happy_act(
                        f,
                        c,
                        f.at(r.randint(0, 2), r.randint(9, 16), r.randint(0, 59)),
                        surveys=False,
                    )
    return f


PAIRS = [
    ("es", "de"),
    ("de", "es"),
    ("es", "en"),
    ("de", "en"),
    ("en", "es"),
    ("de", "fr"),
    ("fr", "de"),
    ("es", "pt"),
    ("pt", "es"),
    ("es", "it"),
    ("it", "de"),
    ("de", "it"),
]


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        6,
        datetime(2026, 9, 14, tzinfo=UTC),
        14,
        "customers writing in two languages",
    )
    r = f.rng

    def pair(i: int) -> list[str]:
        return list(PAIRS[i % len(PAIRS)])

    n = 0
    for _ in range(12):
        langs = pair(n)
        n += 1
        c = f.person("happy", "alternates languages", lang=langs[0])
        c.truth.update(languages=langs, job_second_language="works for a firm abroad")
        for k, d in enumerate(sorted(r.sample(range(14), r.randint(5, 8)))):
            c.lang = langs[k % 2]
            happy_act(f, c, f.at(d, r.randint(8, 19), r.randint(0, 59)), surveys=False)
        c.lang = langs[0]
    for times in [2, 2, 3, 3, 4]:
        langs = pair(n)
        n += 1
        c = f.person(
            "repeat_contact",
            "repeats",
            lang=langs[0],
            expected=["repeat_contact"],
            tolerated=TOL_REPEAT,
        )
        c.truth.update(languages=langs, job_second_language="partner's language at home")
        happy_days(f, c, r.randint(1, 3), [0, 1], 8, 12, surveys=False)
        repeat_run(f, c, r.randint(2, 5), times, langs=langs)
    for _ in range(5):
        langs = pair(n)
        n += 1
        c = f.person(
            "slow_churner",
            "slides",
            lang=langs[0],
            expected=["sentiment_drop"],
            tolerated=TOL_SLIDE,
        )
        c.truth.update(languages=langs, job_second_language="studied abroad")
        for k, d in enumerate(sorted(r.sample(range(6), 5))):
            lang = langs[k % 2]
            text = pick(r, W.PRAISE, lang)
            f.add(c, f.at(d, r.randint(8, 19), r.randint(0, 59)), "community", "post", text)
        happy_days(f, c, r.randint(1, 3), list(range(6)), surveys=False)
        slide(f, c, r.randint(7, 8), r.randint(3, 5), langs=langs)
    for k in range(3):
        langs = [["es", "de"], ["de", "es"], ["en", "es"]][k]
        c = f.person("happy_one_bad_day", "one bad day", lang=langs[0], tolerated=["silence"])
        c.truth.update(languages=langs, job_second_language="moved countries")
        happy_days(f, c, r.randint(2, 4), [0, 1, 2, 10, 11, 12, 13], surveys=False)
        t = f.at(r.randint(5, 7), r.randint(9, 18), r.randint(0, 59))
        ch = ["long", "email", "chat"][k]
        eid, case = complaint(
            f,
            c,
            t,
            r.choice(W.PROBLEMS),
            "email" if ch == "long" else ch,
            lang=langs[1],
            long_email=ch == "long",
        )
        c.truth.update(
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            bad_day_language=langs[1],
            booking=case,
            long_email=ch == "long",
            trouble_starts_at=iso(t),
        )
        if ch != "chat":
            f.add(
                c,
                daytime(t + timedelta(hours=2)),
                "email",
                "message",
                W.GOOD_NEWS[langs[1]].format(first=c.first, case=case, agent="{agent}"),
                subject=W.CASE_SUBJECT[langs[1]].format(case=case),
                out=True,
            )
        if ch == "email":
            aid = f.add(
                c,
                daytime(t + timedelta(hours=r.randint(18, 24))),
                "chat",
                "chat",
                pick(r, W.APOLOGY, langs[1]),
            )
            c.truth.update(apologised=True, apology_event_id=aid)
    for _ in range(2):
        langs = pair(n)
        n += 1
        c = f.person("resolved_between_contacts", "fixed", lang=langs[0], tolerated=["silence"])
        c.truth.update(languages=langs, job_second_language="bilingual household")
        p = fixed_case(
            f,
            c,
            f.at(r.randint(2, 8), r.randint(9, 17), r.randint(0, 59)),
            lang=langs[0],
            lang2=langs[1],
        )
        c.truth.update(problems=[p], trouble_starts_at=p["raised_at"], confirm_language=langs[1])
    return f


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        datetime(2026, 10, 5, tzinfo=UTC),
        14,
        "Pianelo Stage company accounts",
    )
    r = f.rng
    kinds = (
        [
            ("at_risk", 3, "portal"),
            ("at_risk", 3, "invoice"),
            ("at_risk", 3, "service_blocked"),
            ("at_risk", 4, "invoice"),
            ("at_risk", 4, "overbilled"),
        ]
        + [("one_unhappy", 1, p) for p in ("service_blocked", "overbilled", "portal", "invoice")]
        + [("mild", 0, None)] * 3
        + [("happy", 0, None)] * 3
    )
    langs = [
        "de",
        "es",
        "en",
        "de",
        "es",
        "de",
        "es",
        "en",
        "de",
        "es",
        "de",
        "en",
        "es",
        "de",
        "es",
    ]
    markets = {"de": ["DE", "AT", "CH"], "es": ["ES"], "en": ["UK", "IE"]}
    wd = {
        "es": ["lunes", "martes", "miércoles", "jueves", "viernes"],
        "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
        "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    }
    for ai, (kind, unhappy, problem) in enumerate(kinds):
        lang = langs[ai]
        market = r.choice(markets[lang])
        acc = unique(f"PNS-{market}-{r.randint(1000, 9999)}")
        site = B.SITES[ai % len(B.SITES)]
        company = f"{r.choice(['Aula', 'Forum', 'Haus', 'Casa', 'Hall'])} {r.choice(W.LAST[lang])} {['GmbH', 'SL', 'Ltd'][['de', 'es', 'en'].index(lang)]}"
        domain = ascii_name(company).replace(" ", "-") + f"-{ai}"
        n = {
            "at_risk": r.randint(max(4, unhappy + 1), 6),
            "one_unhappy": 3,
            "mild": r.randint(3, 4),
            "happy": r.randint(3, 4),
        }[kind]
        contacts = []
        firsts: set[str] = set()
        for k in range(n):
            if kind == "at_risk" and k < unhappy:
                persona, exp, tol, role = (
                    "b2b_unhappy",
                    ["detractor"] if k < unhappy - 1 else ["repeat_contact"],
                    TOL_B2B_RISK,
                    "complainer",
                )
            elif kind == "one_unhappy" and k == 0:
                persona, exp, tol, role = (
                    "b2b_one_unhappy",
                    ["detractor"],
                    TOL_B2B_ONE,
                    "complainer",
                )
            elif kind == "mild" and k < 2:
                persona, exp, tol, role = "b2b_mild", [], ["silence"], "suggests"
            else:
                persona, exp, tol, role = "b2b_happy", [], [], "contact"
            while True:
                c = f.person(
                    persona,
                    role,
                    lang=lang,
                    expected=exp,
                    tolerated=tol,
                    market=market,
                    account=acc,
                    email_domain=domain,
                )
                if c.first not in firsts:
                    break
                del f.customers[c.key]
                for rule in exp:
                    f.planted[rule] -= 1
            firsts.add(c.first)
            c.truth.update(
                company=company,
                role=role,
                job_title=[
                    "Facilities manager",
                    "Music director",
                    "Office manager",
                    "Events lead",
                    "Head of procurement",
                    "Caretaker",
                ][k % 6],
            )
            c.truth["job"] = c.truth["job_title"]
            contacts.append(c)
        unhappy_keys: list[str] = []
        if kind == "at_risk":
            assert problem
            t = f.at(2, r.randint(8, 11), r.randint(0, 59))
            case = case_ref(r)
            prev = None
            for k, c in enumerate(contacts[:unhappy]):
                happy_days_b2b(f, c, r.randint(0, 2))
                p = B.B2B_PROBLEM[problem][lang]
                if k == 0:
                    eid = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        B.COMPLAINT[lang].format(p=p, first=c.first),
                        subject=f"{W.COMPLAINT_SUBJECT[lang]}: {company}",
                    )
                    f.add(
                        c,
                        t + timedelta(minutes=r.randint(20, 60)),
                        "email",
                        "message",
                        B.ACK[lang].format(first=c.first, case=case, agent="{agent}"),
                        subject=W.CASE_SUBJECT[lang].format(case=case),
                        out=True,
                    )
                else:
                    eid = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        B.LATER[lang].format(
                            prev=prev,
                            day=wd[lang][(t - timedelta(hours=20)).weekday() % 5],
                            case=case,
                            p=p,
                            first=c.first,
                        ),
                        subject=W.CASE_SUBJECT[lang].format(case=case),
                    )
                ids = [eid]
                if k < unhappy - 1:
                    nps = r.randint(1, 5)
                    sid = f.add(
                        c,
                        t + timedelta(minutes=r.randint(60, 180)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": nps},
                        attrs={"survey": "nps"},
                    )
                    c.truth.update(nps_given=True, nps=nps, survey_event_id=sid)
                else:
                    lt = office(t + timedelta(hours=r.randint(18, 40)))
                    if k == unhappy - 1 and ai == 0:
                        comp = r.choice(W.COMPETITORS)
                        ids.append(
                            f.add(
                                c,
                                lt,
                                "email",
                                "message",
                                B.LAST_EMAIL[lang].format(case=case, comp=comp),
                                subject=W.CASE_SUBJECT[lang].format(case=case),
                            )
                        )
                        c.truth["competitor"] = comp
                    else:
                        ids.append(
                            f.add(c, lt, "phone", "call", B.LAST_CALL[lang].format(case=case))
                        )
                c.truth.update(
                    problem=problem, booking=case, complaint_event_ids=ids, trouble_starts_at=iso(t)
                )
                unhappy_keys.append(c.key)
                prev = c.first
                t = office(t + timedelta(hours=r.randint(8, 28)))
            f.planted["account_risk"] += 1
        elif kind == "one_unhappy":
            assert problem
            c = contacts[0]
            happy_days_b2b(f, c, r.randint(0, 2))
            t = office(f.at(r.randint(3, 7), r.randint(8, 15), r.randint(0, 59)))
            case = case_ref(r)
            eid = f.add(
                c,
                t,
                "email",
                "message",
                B.COMPLAINT[lang].format(p=B.B2B_PROBLEM[problem][lang], first=c.first),
                subject=f"{W.COMPLAINT_SUBJECT[lang]}: {company}",
            )
            f.add(
                c,
                t + timedelta(minutes=40),
                "email",
                "message",
                B.ACK[lang].format(first=c.first, case=case, agent="{agent}"),
                subject=W.CASE_SUBJECT[lang].format(case=case),
                out=True,
            )
            nps = r.randint(1, 5)
            sid = f.add(
                c,
                t + timedelta(minutes=r.randint(60, 180)),
                "survey",
                "survey_response",
                None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                problem=problem,
                booking=case,
                complaint_event_ids=[eid],
                nps_given=True,
                nps=nps,
                survey_event_id=sid,
                trouble_starts_at=iso(t),
            )
            unhappy_keys.append(c.key)
        elif kind == "mild":
            for c in contacts[:2]:
                happy_days_b2b(f, c, r.randint(0, 2))
                t = office(f.at(r.randint(3, 9), r.randint(8, 15), r.randint(0, 59)))
                mid = f.add(c, t, "web", "ticket", B.MILD[lang], attrs={"page": "/stage/feedback"})
                f.add(
                    c,
                    t + timedelta(minutes=30),
                    "email",
                    "message",
                    W.MILD_ACK[lang].format(first=c.first, agent="{agent}"),
                    subject="Pianelo Stage",
                    out=True,
                )
                c.truth.update(mild_event_id=mid, trouble_starts_at=iso(t))
        for c in contacts:
            if c.truth["role"] == "contact":
                for _ in range(r.randint(2, 5)):
                    b2b_routine(
                        f, c, office(f.at(r.randint(0, 11), r.randint(8, 16), r.randint(0, 30)))
                    )
        at_risk = kind == "at_risk"
        f.accounts[acc] = {
            "company": company,
            "site": site,
            "contacts": len(contacts),
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy_keys),
            "unhappy_contact_keys": unhappy_keys,
            "at_risk": at_risk,
            "expected_rules": ["account_risk"] if at_risk else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if at_risk else None,
            "trouble_starts_at": contacts[0].truth.get("trouble_starts_at") if at_risk else None,
            "language": lang,
            "country": market,
        }
    return f


def office(t: datetime) -> datetime:
    while t.weekday() >= 5 or t.hour < 8 or t.hour >= 17:
        if t.hour >= 17 or t.weekday() >= 5:
            t = (t + timedelta(days=1)).replace(hour=8)
        else:
            t = t.replace(hour=8)
    return t


def happy_days_b2b(f: Fam, c: Cust, n: int) -> None:
    for _ in range(n):
        b2b_routine(
            f,
            c,
            f.at(f.rng.randint(0, 1), f.rng.randint(8, 11), f.rng.randint(0, 59)),
            no_scores=True,
        )


def b2b_routine(f: Fam, c: Cust, t: datetime, no_scores: bool = False) -> None:
    r, lang = f.rng, c.lang
    k = r.choice(
        ["q", "hire", "page"] if no_scores else ["q", "q", "hire", "page", "praise", "survey"]
    )
    if k == "q":
        f.add(c, t, "chat", "chat", B.ROUTINE_Q[lang])
        f.add(
            c, t + timedelta(minutes=r.randint(1, 6)), "chat", "chat", B.ROUTINE_A[lang], out=True
        )
        if r.random() < 0.5:
            f.add(c, t + timedelta(minutes=10), "chat", "chat", pick(r, W.THANKS, lang))
    elif k == "hire":
        f.add(c, t, "web", "page_view", attrs={"page": "/stage/grand-hire"})
        f.add(
            c,
            t + timedelta(minutes=8),
            "web",
            "purchase",
            attrs={
                "order_value": "420.00",
                "currency": "GBP" if c.market == "UK" else ("CHF" if c.market == "CH" else "EUR"),
                "product": "Grand piano hire, event / Alquiler piano de cola, evento",
                "page": "/stage/grand-hire",
            },
        )
    elif k == "page":
        f.add(c, t, "web", "page_view", attrs={"page": "/stage/portal"})
    elif k == "praise":
        f.add(c, t, "community", "post", B.PRAISE[lang])
    else:
        sk = r.choice(["nps", "csat", "ces"])
        f.add(
            c,
            t,
            "survey",
            "survey_response",
            None,
            scores={
                sk: {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[sk]
            },
            attrs={"survey": sk},
        )


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        datetime(2026, 11, 2, tzinfo=UTC),
        7,
        "a calm week and one planted spike",
    )
    r = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in sorted(r.sample(range(6), r.randint(1, 4))):
            happy_act(
                f,
                c,
                f.at(d, r.randint(12, 18) if d == 5 else r.randint(7, 19), r.randint(0, 59)),
                surveys=False,
            )
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.at(0, r.randint(9, 16), r.randint(0, 59))
        gid = f.add(c, t, "chat", "chat", W.MILD[c.lang])
        f.add(
            c,
            t + timedelta(minutes=3),
            "chat",
            "chat",
            W.MILD_ACK[c.lang].format(first=c.first, agent="{agent}"),
            out=True,
        )
        c.truth.update(grumble_event_id=gid, trouble_starts_at=iso(t))
    for lang, h, m in (("es", 9, 40), ("de", 16, 5)):
        c = f.person("grumbles_once", "lone question", lang=lang, tolerated=["silence"])
        t = f.at(4, h, m)
        lid = f.add(c, t, "chat", "chat", W.LONE_Q[lang])
        f.add(
            c,
            t + timedelta(minutes=4),
            "chat",
            "chat",
            W.LONE_A[lang].format(agent="{agent}"),
            out=True,
        )
        c.truth.update(lone_report_event_id=lid, trouble_starts_at=iso(t))
    s0 = f.at(5, 8, 15)
    langs = ["es"] * 6 + ["de"] * 6 + ["en", "en", "fr", "fr", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(chans)
    offs = sorted([0, 45, *r.sample(range(1, 45), 18)])
    order = list(range(20))
    r.shuffle(order)
    early = [i for i in range(20) if offs[i] <= 25]
    repeaters = set(r.sample(early, 6))
    rest = [i for i in range(20) if i not in repeaters]
    fixed = set(r.sample(rest, 6))
    keys, eids, reids = [], [], []
    for i in range(20):
        lang = langs[order[i]]
        regular = i % 5 != 0
        rep = i in repeaters
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular else "new",
            lang=lang,
            expected=["repeat_contact"] if rep else [],
            tolerated=["silence", "sentiment_drop"] if rep else ["silence"],
        )
        if regular:
            for _ in range(r.randint(1, 2)):
                happy_act(f, c, f.at(2, r.randint(8, 17), r.randint(0, 30)), surveys=False)
        t = s0 + timedelta(minutes=offs[i])
        text = pick(r, W.SPIKE, lang)
        ch = chans[i]
        if ch == "social":
            eid = f.add(c, t, "social", "mention", "@Pianelo " + text)
        elif ch == "chat":
            eid = f.add(c, t, "chat", "chat", text)
            f.add(
                c,
                t + timedelta(minutes=r.randint(1, 4)),
                "chat",
                "chat",
                W.SPIKE_CHAT[lang],
                out=True,
            )
        elif ch == "community":
            eid = f.add(c, t, "community", "post", text)
        elif ch == "email":
            eid = f.add(c, t, "email", "message", text, subject="RNT-LK9")
        else:
            eid = f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"})
        c.truth.update(
            in_spike=True,
            regular=regular,
            spike_event_id=eid,
            spike_channel=ch,
            trouble_starts_at=iso(t),
            agent_fixed=i in fixed,
        )
        keys.append(c.key)
        eids.append(eid)
        if rep:
            ch2 = r.choice([x for x in ("email", "chat", "community") if x != ch])
            t2 = t + timedelta(minutes=r.randint(15, 40))
            again = W.SPIKE_AGAIN[lang]
            if ch2 == "email":
                rid = f.add(c, t2, "email", "message", again, subject="RNT-LK9")
            elif ch2 == "chat":
                rid = f.add(c, t2, "chat", "chat", again)
            else:
                rid = f.add(c, t2, "community", "post", again)
            c.truth["repeat_event_id"] = rid
            reids.append(rid)
        if i in fixed:
            f.add(
                c,
                f.at(5, 11, r.randint(8, 17)),
                "email",
                "message",
                W.SPIKE_FIXED[lang].format(first=c.first, agent="{agent}"),
                subject="RNT-LK9",
                out=True,
            )
    f.spike = {
        "topic": "hired digital pianos locked silent as 'hire paused' though paid, error RNT-LK9",
        "about": "Pianelo's rental-lock service wrongly locks hired digital pianos",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=offs[-1])),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reids,
    }
    f.planted["topic_spike"] += 1
    return f


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
    total_c = total_t = 0
    for make in FAMILIES:
        f = make()
        nc, nt = f.write()
        total_c += nc
        total_t += nt
        print(f"{f.name}: {nc} customers, {nt} touchpoints")
    print(f"total: {total_c} customers, {total_t} touchpoints")


if __name__ == "__main__":
    main()
