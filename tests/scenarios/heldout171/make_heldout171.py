# ruff: noqa: E501
"""Build heldout171/ (Rutavento, campervan hire): every <family>.jsonl and .truth.json.

Standard library only, fixed seed; run from anywhere: python make_heldout171.py
"""

from __future__ import annotations

import json
import random
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

SEED = 20261206
BRAND = "Rutavento"
COMPS = ["Camperix", "Vanderla"]
PHONE = {
    "ES": ("+34 6", 8),
    "DE": ("+49 15", 9),
    "AT": ("+43 66", 8),
    "CH": ("+41 7", 8),
    "UK": ("+44 7", 9),
    "IE": ("+353 8", 8),
    "FR": ("+33 6", 8),
    "BE": ("+32 47", 7),
    "IT": ("+39 3", 9),
    "PT": ("+351 9", 8),
}
LANG_W = [("es", 30), ("de", 30), ("en", 10), ("fr", 10), ("it", 10), ("pt", 10)]
USED: set[str] = set()
CUT = datetime(2026, 11, 15, tzinfo=UTC)


def pick(rng: random.Random, xs: list[str]) -> str:
    return xs[rng.randrange(len(xs))]


def lang_of(rng: random.Random) -> str:
    return rng.choices([lang for lang, _ in LANG_W], [w for _, w in LANG_W])[0]


def strip_accents(s: str) -> str:
    s = (
        s.replace("ä", "ae")
        .replace("ö", "oe")
        .replace("ü", "ue")
        .replace("Ä", "Ae")
        .replace("Ö", "Oe")
        .replace("Ü", "Ue")
    )
    return "".join(
        ch
        for ch in unicodedata.normalize("NFD", s)
        if unicodedata.category(ch) != "Mn" or ch == "\u0303"
    )


def fill(text: str, **kw: str) -> str:
    for k, v in kw.items():
        text = text.replace("<" + k + ">", v)
    return text


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    truth: dict[str, Any]


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
    n: int
    rng: random.Random = field(init=False)
    rough: random.Random = field(init=False)
    custs: list[Cust] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    cases: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    def at(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def case(self) -> str:
        while True:
            ref = f"RV-{self.rng.randrange(100000, 999999)}"
            if ref not in USED:
                USED.add(ref)
                return ref

    def person(
        self,
        lang: str,
        persona: str,
        habit: str,
        expected: tuple[str, ...] = (),
        tolerated: tuple[str, ...] = (),
        market: str | None = None,
        account: str | None = None,
        domain: str | None = None,
        **extra: Any,
    ) -> Cust:
        rng = self.rng
        mk = market or pick(rng, W.MARKETS[lang])
        while True:
            first, last = pick(rng, W.FIRST[lang]), pick(rng, W.LAST[lang])
            key = f"RV{self.code}{rng.randrange(1000, 9999)}"
            base = strip_accents(f"{first}.{last}").lower().replace(" ", "")
            email = f"{base}{rng.randrange(1, 99)}@{domain or pick(rng, ['correo.example', 'post.example', 'mail.example', 'web.example'])}"
            pre, nd = PHONE[mk]
            phone = pre + "".join(str(rng.randrange(10)) for _ in range(nd))
            handle = (
                None
                if account
                else f"@{strip_accents(last).lower()}_{strip_accents(first).lower()}{rng.randrange(1, 99)}"
            )
            ids = [key, email, phone.replace(" ", ""), handle or ""]
            if not any(i in USED for i in ids if i):
                USED.update(i for i in ids if i)
                break
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": phone.replace(" ", ""),
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": sorted(expected),
            "tolerated_rules": sorted(tolerated),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": mk,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        truth.update(extra)
        c = Cust(key, lang, mk, email, phone, handle, account, truth)
        self.custs.append(c)
        return c

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 1 / 10:
            text = strip_accents(text)
        if r.random() < 1 / 8 and text[:1].isupper() and text[1:2].islower():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = [
                i
                for i, w in enumerate(text.split(" "))
                if len(w) > 4 and w.isalpha() and w.islower()
            ]
            if words:
                parts = text.split(" ")
                i = words[r.randrange(len(words))]
                w = parts[i]
                j = r.randrange(1, len(w) - 2)
                parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(parts)
        return text

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        direction: str = "inbound",
        subject: str | None = None,
        nps: int | None = None,
        csat: int | None = None,
        ces: int | None = None,
        **attrs: str,
    ) -> str:
        assert t.year == 2026 and t < CUT and t >= self.start, (self.name, t)
        eid = f"h171-{self.code.lower()}-{len(self.rows) + 1:05d}"
        if text is not None:
            text = fill(text, brand=BRAND)
            if direction == "inbound" and channel not in ("phone", "survey"):
                text = self.roughen(text)
            if (
                channel == "social"
                and direction == "inbound"
                and not c.account
                and "@" + BRAND not in text
            ):
                text = text.replace(BRAND, "@" + BRAND, 1) if BRAND in text else f"@{BRAND} {text}"
        a = {"market": c.market, **attrs}
        if c.account:
            a["segment"] = "b2b"
        self.rows.append(
            Row(
                t,
                eid,
                c,
                channel,
                kind,
                direction,
                text,
                subject,
                {"nps": nps, "csat": csat, "ces": ces},
                a,
            )
        )
        return eid

    def mark(self, c: Cust, **kw: Any) -> None:
        c.truth.update(kw)

    def write(self) -> tuple[int, int, int]:
        rows = sorted(self.rows, key=lambda r: (r.t, r.eid))
        seen: set[str] = set()
        out: list[str] = []
        for r in rows:
            c = r.cust
            full = r.direction == "outbound" or (r.direction == "inbound" and c.key not in seen)
            if r.direction == "inbound":
                seen.add(c.key)
            ref: dict[str, str | None] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            if full:
                ref.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
            elif r.channel == "phone":
                ref["phone"] = c.phone
            elif r.channel in ("social", "community"):
                if c.handle:
                    ref["handle"] = c.handle if self.rough.random() > 0.2 else c.handle.lstrip("@")
                else:
                    ref["email"] = c.email
            elif r.channel == "email":
                ref["email"] = c.email.upper() if self.rough.random() < 1 / 12 else c.email
            else:
                ref["customer_id"] = c.key
            src = {
                "email": "mail",
                "phone": "voice",
                "social": "social",
                "community": "forum",
                "chat": "chat",
                "web": "web",
                "survey": "survey",
            }[r.channel]
            d: dict[str, Any] = {
                "event_id": r.eid,
                "occurred_at": r.t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "channel": r.channel,
                "kind": r.kind,
                "direction": r.direction,
                "customer": ref,
                "text": r.text,
                "subject": r.subject,
                "scores": r.scores,
                "source": f"rutavento-{src}",
                "attributes": r.attrs,
            }
            out.append(json.dumps(d, ensure_ascii=False))
        for c in self.custs:
            assert c.key in seen, c.key
            assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"])
        (HERE / f"{self.name}.jsonl").write_text("\n".join(out) + "\n", "utf-8")
        expected: Counter[str] = Counter()
        for c in self.custs:
            expected.update(c.truth["expected_rules"])
        for a in self.accounts.values():
            expected.update(a["expected_rules"])
        if self.spike:
            expected["topic_spike"] += 1
        last = rows[-1].t + timedelta(hours=1)
        end = max(self.start + timedelta(days=self.days), last)
        assert end < CUT
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Rutavento: campervan hire by app and web, Rutavento Club membership, Rutavento Flota for companies on account; competitors Camperix and Vanderla",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "2026-12-06",
                "expected": dict(sorted(expected.items())),
            },
            "start": self.start.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "end": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "customers": {c.key: c.truth for c in self.custs},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )
        return len(self.custs), len(rows), sum(1 for r in rows if r.direction == "outbound")


def money(c: Cust, eur: int) -> tuple[str, str]:
    if c.market == "UK":
        return f"{eur * 0.86:.2f}", "GBP"
    if c.market == "CH":
        return f"{eur * 0.94:.2f}", "CHF"
    return f"{eur:.2f}", "EUR"


def happy_act(f: Fam, c: Cust, t: datetime, kinds: str = "pgqbvrac") -> None:
    """One happy act: praise, gripe, question, buy, view, review, again, call."""
    rng, lg = f.rng, c.lang
    k = kinds[rng.randrange(len(kinds))]
    if k == "p":
        f.add(
            c,
            t,
            rng.choice(["social", "community"]),
            rng.choice(["post", "mention"]),
            pick(rng, W.PRAISE[lg]),
        )
    elif k == "a":
        f.add(c, t, "community", "post", pick(rng, W.AGAIN[lg]))
    elif k == "g":
        f.add(c, t, "web", "review", pick(rng, W.GRIPE[lg]), rating="4", page="/reviews")
    elif k == "q":
        f.add(c, t, "chat", "chat", pick(rng, W.QUESTION[lg]))
        f.add(
            c,
            t + timedelta(minutes=rng.randint(1, 6)),
            "chat",
            "chat",
            W.ANSWER[lg][0],
            direction="outbound",
            agent=pick(rng, ["Ana", "Jens", "Marco", "Sofia"]),
        )
        if rng.random() < 0.6:
            f.add(
                c,
                t + timedelta(minutes=rng.randint(7, 12)),
                "chat",
                "chat",
                pick(rng, W.THANKS[lg]),
            )
    elif k == "b":
        prod, eur = W.PRODUCTS[rng.randrange(len(W.PRODUCTS))]
        f.add(c, t, "web", "page_view", page="/vans")
        val, cur = money(c, eur)
        f.add(
            c,
            t + timedelta(minutes=rng.randint(3, 15)),
            "web",
            "purchase",
            order_value=val,
            currency=cur,
            product=prod,
            page="/checkout",
        )
    elif k == "v":
        f.add(c, t, "web", "page_view", page=pick(rng, W.PAGES))
    elif k == "r":
        f.add(c, t, "web", "review", pick(rng, W.REVIEW[lg]), rating="5", page="/reviews")
    else:
        q = pick(rng, W.QUESTION[lg]).lower().rstrip("?").replace(",", "")
        f.add(c, t, "phone", "call", q)
        f.add(
            c,
            t + timedelta(minutes=rng.randint(10, 30)),
            "email",
            "message",
            W.ANSWER[lg][0],
            direction="outbound",
            subject="Rutavento",
            agent="Ana",
        )


def day_hours(
    f: Fam, n: int, days: int, lo: float = 7.0, hi: float = 19.0, first: int = 0
) -> list[datetime]:
    ds = sorted(f.rng.sample(range(first, days), min(n, days - first)))
    return [f.at(d, f.rng.uniform(lo, hi)) for d in ds]


def office(t: datetime) -> datetime:
    while t.weekday() >= 5 or t.hour < 8 or t.hour >= 17:
        t = t + timedelta(hours=1)
        if t.hour >= 17 or t.weekday() >= 5:
            t = (t + timedelta(days=1)).replace(hour=8, minute=t.minute)
    return t


def morning(t: datetime) -> datetime:
    if t.hour >= 22:
        return (t + timedelta(days=1)).replace(hour=8, minute=t.minute % 60)
    if t.hour < 7:
        return t.replace(hour=8)
    return t


def complaint(f: Fam, c: Cust, t: datetime, mode: str, problem: str) -> tuple[str, str | None]:
    """First complaint; returns its event id and the case (None for social)."""
    rng, lg = f.rng, c.lang
    prob = W.PROBLEM[problem][lg]
    text = f"{pick(rng, W.OPEN[lg])} {prob}. {pick(rng, W.CLOSE[lg])}"
    subj = f"{W.SUBJ_COMPLAINT[lg]}: {problem.replace('_', ' ')}"
    case = f.case()
    if mode == "long" and lg in W.LETTER:
        eid = f.add(
            c,
            t,
            "email",
            "message",
            fill(W.LETTER[lg], prob=prob, name=c.truth["name"]),
            subject=subj,
        )
    elif mode in ("long", "email"):
        eid = f.add(c, t, "email", "message", text, subject=subj)
    elif mode == "chat":
        eid = f.add(c, t, "chat", "chat", text)
        f.add(
            c,
            t + timedelta(minutes=rng.randint(1, 5)),
            "chat",
            "chat",
            fill(W.CASE_OPENED[lg], case=case),
            direction="outbound",
            agent="Jens",
        )
        return eid, case
    elif mode == "social":
        return f.add(c, t, "social", "mention", f"{BRAND} {prob} 😡"), None
    elif mode == "web":
        eid = f.add(c, t, "web", "ticket", text, page="/help/contact")
    else:
        eid = f.add(c, t, "phone", "call", fill(W.CALL[lg], prob=prob.lower()))
    f.add(
        c,
        morning(t + timedelta(minutes=rng.randint(10, 40))),
        "email",
        "message",
        fill(W.CASE_OPENED[lg], case=case),
        direction="outbound",
        subject=f"{W.SUBJ_RE[lg]} {case}",
        agent="Sofia",
    )
    return eid, case


def later(
    f: Fam,
    c: Cust,
    t: datetime,
    channel: str,
    case: str,
    problem: str,
    nth: int,
    lang: str | None = None,
) -> str:
    lg = lang or c.lang
    text = f"{fill(W.STILL_OPEN[lg], case=case)} {W.PROBLEM[problem][lg]}."
    comp = COMPS[f.rng.randrange(2)]
    if nth == 3:
        text += " " + fill(W.THIRD[lg], comp=comp)
        c.truth["competitor"] = comp
    if nth == 4:
        text += " " + W.FOURTH[lg]
    t = morning(t)
    if channel == "email":
        return f.add(c, t, "email", "message", text, subject=f"{W.SUBJ_RE[lg]} {case}")
    if channel == "chat":
        eid = f.add(c, t, "chat", "chat", text)
        f.add(
            c,
            t + timedelta(minutes=3),
            "chat",
            "chat",
            fill(W.URGENT[lg], case=case),
            direction="outbound",
            agent="Marco",
        )
        return eid
    if channel == "phone":
        return f.add(
            c, t, "phone", "call", fill(W.CALL[lg], prob=f"{case} {W.PROBLEM[problem][lg].lower()}")
        )
    if channel == "web":
        return f.add(c, t, "web", "ticket", text, page="/help/contact")
    return f.add(c, t, "social", "mention", text)


PROBLEMS = list(W.PROBLEM)
HAPPY_TOL: tuple[str, ...] = ()
REPEAT_TOL = (
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)
SLIDE_TOL = (
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)


def happy_writers(f: Fam) -> None:
    rng = f.rng
    for _ in range(16):
        c = f.person(lang_of(rng), "happy", "day writer")
        for t in day_hours(f, rng.randint(5, 8), 10):
            happy_act(f, c, t)
    for _ in range(5):
        c = f.person(lang_of(rng), "happy", "night writer")
        for d in sorted(rng.sample(range(9), rng.randint(2, 4))):
            t = f.at(d, 22.2 + rng.uniform(0, 6.3))
            if rng.random() < 0.5:
                f.add(c, t, "social", "post", pick(rng, W.NIGHT_POST[c.lang]))
            else:
                f.add(c, t, "chat", "chat", W.NIGHT_Q[c.lang][0])
                f.add(
                    c,
                    t + timedelta(minutes=4),
                    "chat",
                    "chat",
                    W.NIGHT_A[c.lang][0],
                    direction="outbound",
                    agent="Noa",
                )
                f.add(c, t + timedelta(minutes=9), "chat", "chat", pick(rng, W.THANKS[c.lang]))
        for t in day_hours(f, rng.randint(2, 3), 10, 9, 18):
            happy_act(f, c, t, "pbvr")
    for _ in range(5):
        c = f.person(lang_of(rng), "happy", "answers surveys")
        for t in day_hours(f, rng.randint(3, 6), 10):
            s = rng.randrange(3)
            f.add(
                c,
                t,
                "survey",
                "survey_response",
                pick(rng, W.SURVEY_WORD[c.lang]) or None,
                nps=rng.randint(9, 10) if s == 0 else None,
                csat=rng.randint(4, 5) if s == 1 else None,
                ces=rng.randint(6, 7) if s == 2 else None,
                survey=["nps", "csat", "ces"][s],
            )


def one_bad_day(f: Fam) -> None:
    rng = f.rng
    modes = ["long", "email", "chat", "social", "web", "phone"] * 4
    with_case = [i for i, m in enumerate(modes) if m != "social"]
    det = set(rng.sample(with_case, 6))
    csat = set(rng.sample([i for i in with_case if i not in det], 5))
    news = set(rng.sample(with_case, 12))
    sorry = set(rng.sample(sorted(news), 5))
    for i, mode in enumerate(modes):
        lg = rng.choice(["es", "de"]) if mode == "long" else lang_of(rng)
        problem = PROBLEMS[i % 6]
        c = f.person(
            lg,
            "bad_day_detractor" if i in det else "happy_one_bad_day",
            "one bad day",
            ("detractor",) if i in det else (),
            ("silence",),
            problem=problem,
        )
        bad = rng.randint(2, 9)
        t = f.at(bad, rng.uniform(8, 20))
        for d in rng.sample(
            [d for d in range(12) if d <= bad - 2 or d >= bad + 3], rng.randint(1, 5)
        ):
            happy_act(f, c, f.at(d, rng.uniform(7, 19)), "pgqbvrac")
        eid, case = complaint(f, c, t, mode, problem)
        f.mark(
            c,
            bad_day_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            bad_day_event_id=eid,
            trouble_starts_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            booking=case,
            channel=mode,
            long_email=mode == "long",
        )
        if i in det:
            n = rng.randint(1, 5)
            sid = f.add(
                c,
                t + timedelta(minutes=rng.randint(100, 140)),
                "survey",
                "survey_response",
                None,
                nps=n,
                survey="nps",
            )
            f.mark(c, nps_given=True, nps=n, survey_event_id=sid)
        if i in csat:
            n = rng.randint(1, 2)
            sid = f.add(
                c,
                t + timedelta(minutes=rng.randint(40, 80)),
                "survey",
                "survey_response",
                None,
                csat=n,
                survey="csat",
            )
            f.mark(c, csat_given=True, csat=n, survey_event_id=sid)
        if i in news and case:
            f.add(
                c,
                morning(t + timedelta(hours=rng.uniform(1, 4))),
                "email",
                "message",
                fill(W.GOOD_NEWS[c.lang], case=case),
                direction="outbound",
                subject=f"{W.SUBJ_RE[c.lang]} {case}",
                agent="Sofia",
            )
            f.mark(c, agent_fixed=True)
            if i in sorry:
                at = morning(t + timedelta(hours=rng.uniform(16, 24)))
                aid = f.add(
                    c,
                    at,
                    rng.choice(["chat", "email"]),
                    "chat" if rng.random() < 0.5 else "message",
                    W.APOLOGY[c.lang],
                )
                f.mark(c, apologised=True, apology_event_id=aid)
    for _ in range(8):
        c = f.person(lang_of(rng), "happy", "control")
        for t in day_hours(f, rng.randint(4, 7), 12):
            happy_act(f, c, t)


def repeat_contacts(f: Fam) -> None:
    rng = f.rng
    chans = ["email", "chat", "phone", "web", "social"]
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    rng.shuffle(firsts)
    for i in range(12):
        n = [2, 3, 4][i % 3]
        problem = PROBLEMS[i % 6]
        c = f.person(
            lang_of(rng),
            "repeat_contact",
            "repeats",
            ("repeat_contact",),
            REPEAT_TOL,
            problem=problem,
            contacts=n,
            competitor=None,
        )
        for t in day_hours(f, rng.randint(1, 3), 1, 7, 12):
            happy_act(f, c, t, "pbvr")
        t = f.at(rng.randint(1, 4), rng.uniform(8, 19))
        eid, case = complaint(f, c, t, firsts[i], problem)
        first_t = t.strftime("%Y-%m-%dT%H:%M:%SZ")
        ids = [eid]
        if i < 6:
            f.add(
                c,
                morning(t + timedelta(hours=rng.uniform(1.5, 2.5))),
                "email",
                "message",
                fill(W.QUALITY[c.lang], case=case or ""),
                direction="outbound",
                subject=f"{W.SUBJ_RE[c.lang]} {case}",
                agent="Sofia",
            )
        rest = [ch for ch in chans if ch != firsts[i]]
        rng.shuffle(rest)
        for k in range(2, n + 1):
            t = morning(t + timedelta(hours=rng.uniform(4, 40)))
            ids.append(later(f, c, t, rest[k - 2], case or "", problem, k))
        f.mark(
            c,
            booking=case,
            problem_event_ids=ids,
            agent_passed_on=i < 6,
            trouble_starts_at=first_t,
            channels=[firsts[i], *rest[: n - 1]],
        )
    for habit, count, nprob in (("fixed", 5, 1), ("two problems", 3, 2)):
        for _ in range(count):
            c = f.person(
                lang_of(rng),
                "resolved_between_contacts" if nprob == 1 else "different_problems",
                habit,
                (),
                ("silence",),
            )
            probs = rng.sample(PROBLEMS, nprob)
            day = rng.randint(1, 3)
            fixed = []
            for p in probs:
                t = f.at(day, rng.uniform(8, 18))
                eid, case = complaint(f, c, t, "web", p)
                t2 = morning(t + timedelta(hours=rng.uniform(3, 20)))
                f.add(
                    c,
                    t2,
                    "email",
                    "message",
                    fill(W.GOOD_NEWS[c.lang], case=case or ""),
                    direction="outbound",
                    subject=f"{W.SUBJ_RE[c.lang]} {case}",
                    agent="Sofia",
                )
                cid = f.add(
                    c,
                    morning(t2 + timedelta(hours=rng.uniform(8, 30))),
                    "email",
                    "message",
                    fill(W.CONFIRM[c.lang], case=case or ""),
                    subject=f"{W.SUBJ_RE[c.lang]} {case}",
                )
                fixed.append(
                    {
                        "problem": p,
                        "booking": case,
                        "problem_event_ids": [eid],
                        "confirm_event_id": cid,
                    }
                )
                day += rng.randint(4, 5)
            f.mark(c, problems=fixed)
    for _ in range(7):
        c = f.person(lang_of(rng), "happy", "frequent writer")
        for t in day_hours(f, rng.randint(5, 8), 10):
            happy_act(f, c, t, "qqcqv")


def slide(f: Fam, c: Cust, d0: int, span: int, langs: list[str]) -> list[str]:
    rng = f.rng
    comp = COMPS[rng.randrange(2)]
    t = f.at(d0, rng.uniform(9, 14))
    ids = []
    for k in range(6):
        lg = langs[k % len(langs)]
        text = fill(W.SLIDE[lg][k], comp=comp)
        ch = rng.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                f.add(
                    c, t, "web", "review", text, rating=str([3, 3, 2, 2, 1, 1][k]), page="/reviews"
                )
            )
        else:
            ids.append(f.add(c, t, ch, "post" if ch == "community" else "mention", text))
        t = morning(t + timedelta(hours=max(1.0, span * 24 / 6 * rng.uniform(0.7, 1.2))))
    f.mark(c, slide_event_ids=ids, slide_days=span, competitor=comp)
    return ids


def slow_churners(f: Fam) -> None:
    rng = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    for i in range(10):
        nps = i < 5
        c = f.person(
            lang_of(rng),
            "slow_churner",
            "slides",
            ("sentiment_drop", "detractor") if nps else ("sentiment_drop",),
            SLIDE_TOL,
        )
        for t in day_hours(f, rng.randint(4, 5), 11):
            f.add(
                c,
                t,
                rng.choice(["social", "community"]),
                "post",
                pick(rng, W.PRAISE[c.lang] + W.AGAIN[c.lang]),
            )
        for t in day_hours(f, rng.randint(2, 4), 11):
            happy_act(f, c, t, "bvrq")
        d0 = rng.randint(12, 16)
        ids = slide(f, c, d0, spans[i], [c.lang])
        f.mark(c, trouble_starts_at=f.at(d0, 0).strftime("%Y-%m-%dT%H:%M:%SZ"))
        if nps:
            step4 = next(r.t for r in f.rows if r.eid == ids[3])
            n = rng.randint(1, 5)
            sid = f.add(
                c,
                morning(step4 + timedelta(hours=rng.uniform(2.5, 3.5))),
                "survey",
                "survey_response",
                None,
                nps=n,
                survey="nps",
            )
            f.mark(c, nps_given=True, nps=n, survey_event_id=sid)
    for _ in range(5):
        c = f.person(
            lang_of(rng),
            "slow_churner",
            "asks to cancel",
            ("churn_intent",),
            ("sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"),
        )
        for t in day_hours(f, rng.randint(4, 6), 16):
            happy_act(f, c, t)
        t = f.at(rng.randint(17, 23), rng.uniform(8, 18))
        cid = f.add(c, t, "email", "message", W.CANCEL[c.lang], subject="Rutavento Club")
        f.add(
            c,
            morning(t + timedelta(hours=rng.uniform(1, 5))),
            "email",
            "message",
            W.SORRY_GO[c.lang],
            direction="outbound",
            subject="RE: Rutavento Club",
            agent="Sofia",
        )
        x = f.add(
            c,
            morning(t + timedelta(hours=rng.uniform(20, 30))),
            "web",
            "cancellation",
            page="/account/club",
            product="Rutavento Club",
        )
        f.mark(
            c,
            churn_intent_event_id=cid,
            cancellation_event_id=x,
            trouble_starts_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        )
    for _ in range(6):
        c = f.person(lang_of(rng), "happy", "steady")
        for t in day_hours(f, rng.randint(6, 10), 32):
            happy_act(f, c, t)
    for _ in range(5):
        c = f.person(lang_of(rng), "steadily_grumpy", "grumbles", (), ("repeat_contact", "silence"))
        d = rng.randint(0, 4)
        gids = []
        for _k in range(rng.randint(5, 7)):
            ch = rng.choice(["social", "community", "web"])
            gids.append(
                f.add(
                    c,
                    f.at(d, rng.uniform(8, 20)),
                    ch,
                    {"social": "mention", "community": "post", "web": "ticket"}[ch],
                    pick(rng, W.GRUMBLE[c.lang]),
                    page="/help/contact" if ch == "web" else "/feed",
                )
            )
            d += rng.randint(1, 3)
        f.mark(c, grumble_event_ids=gids)
    for _ in range(5):
        c = f.person(lang_of(rng), "happy_one_sarcastic_remark", "happy", (), ("silence",))
        for t in day_hours(f, rng.randint(4, 6), 16):
            happy_act(f, c, t)
        sid = f.add(
            c,
            f.at(rng.randint(17, 28), rng.uniform(9, 20)),
            "social",
            "post",
            pick(rng, W.SARCASM[c.lang]),
        )
        f.mark(c, sarcasm_event_id=sid)


def quiet_hours(f: Fam) -> None:
    rng = f.rng
    for _ in range(16):
        c = f.person(lang_of(rng), "happy", "day writer")
        for t in day_hours(f, rng.randint(1, 3), 3, 7, 17.5):
            happy_act(f, c, t)
    for _ in range(4):
        c = f.person(lang_of(rng), "grumbles_once", "grumbles once", (), ("silence",))
        t = f.at(rng.randrange(3), rng.uniform(9, 17))
        f.add(c, t, "web", "page_view", page="/stations")
        t2 = t + timedelta(minutes=rng.randint(20, 30))
        if rng.random() < 0.5:
            gid = f.add(c, t2, "chat", "chat", W.MILD[c.lang][0])
            f.add(
                c,
                t2 + timedelta(minutes=3),
                "chat",
                "chat",
                W.MILD_ACK[c.lang],
                direction="outbound",
                agent="Jens",
            )
        else:
            gid = f.add(c, t2, "web", "ticket", W.MILD[c.lang][0], page="/help/contact")
            f.add(
                c,
                t2 + timedelta(minutes=25),
                "email",
                "message",
                W.MILD_ACK[c.lang],
                direction="outbound",
                subject="Rutavento",
                agent="Jens",
            )
        f.mark(c, grumble_event_id=gid)
    for night in range(3):
        b0 = f.at(night + 1, rng.uniform(0.67, 1.08))
        for burst, off in enumerate((0, rng.uniform(28, 33), rng.uniform(55, 65))):
            for _ in range(4):
                c = f.person(lang_of(rng), "night_owl", f"night {night + 1}, burst {burst + 1}")
                t = b0 + timedelta(minutes=off + rng.uniform(0, 10))
                if rng.random() < 0.5:
                    nid = f.add(c, t, "social", "post", pick(rng, W.NIGHT_POST[c.lang]))
                else:
                    nid = f.add(c, t, "chat", "chat", W.NIGHT_Q[c.lang][0])
                    f.add(
                        c,
                        t + timedelta(minutes=4),
                        "chat",
                        "chat",
                        W.NIGHT_A[c.lang][0],
                        direction="outbound",
                        agent="Noa",
                    )
                    f.add(c, t + timedelta(minutes=9), "chat", "chat", pick(rng, W.THANKS[c.lang]))
                f.mark(c, burst_at=b0.strftime("%Y-%m-%dT%H:%M:%SZ"), night_event_id=nid)
                if rng.random() < 0.5:
                    happy_act(
                        f, c, f.at(night + (1 if night < 2 else 0), rng.uniform(9, 17.5)), "pbvr"
                    )


def bilingual(f: Fam) -> None:
    rng = f.rng
    pairs = [
        ("es", "de"),
        ("de", "es"),
        ("es", "en"),
        ("de", "en"),
        ("de", "fr"),
        ("es", "pt"),
        ("es", "it"),
        ("de", "it"),
        ("fr", "es"),
        ("it", "de"),
        ("pt", "de"),
        ("en", "es"),
    ]
    k = 0

    def nxt() -> tuple[str, str]:
        nonlocal k
        k += 1
        return pairs[(k - 1) % len(pairs)]

    def hp(c: Cust, t: datetime, lg: str) -> None:
        orig = c.lang
        c.lang = lg
        happy_act(f, c, t)
        c.lang = orig

    for _ in range(12):
        a, b = nxt()
        c = f.person(
            a,
            "happy",
            "alternates languages",
            languages=[a, b],
            job_second_language="works across the border",
        )
        for j, t in enumerate(day_hours(f, rng.randint(5, 8), 14)):
            hp(c, t, [a, b][j % 2])
    for i in range(5):
        a, b = nxt()
        n = [2, 2, 3, 3, 4][i]
        problem = PROBLEMS[i]
        c = f.person(
            a,
            "repeat_contact",
            "repeats",
            ("repeat_contact",),
            REPEAT_TOL,
            languages=[a, b],
            problem=problem,
            contacts=n,
            competitor=None,
        )
        for t in day_hours(f, rng.randint(1, 3), 2, 8, 18):
            hp(c, t, a)
        t = f.at(rng.randint(2, 5), rng.uniform(8, 18))
        eid, case = complaint(f, c, t, "web", problem)
        if n >= 3:
            f.add(
                c,
                morning(t + timedelta(hours=2)),
                "email",
                "message",
                fill(W.QUALITY[a], case=case or ""),
                direction="outbound",
                subject=f"{W.SUBJ_RE[a]} {case}",
                agent="Sofia",
            )
        ids = [eid]
        chs = ["email", "chat", "phone"]
        for j in range(2, n + 1):
            t = morning(t + timedelta(hours=rng.uniform(4, 40)))
            ids.append(later(f, c, t, chs[j - 2], case or "", problem, j, [a, b][(j - 1) % 2]))
        f.mark(c, booking=case, problem_event_ids=ids)
    for _ in range(5):
        a, b = nxt()
        c = f.person(a, "slow_churner", "slides", ("sentiment_drop",), SLIDE_TOL, languages=[a, b])
        for j, t in enumerate(day_hours(f, 5, 6)):
            f.add(c, t, "social", "post", pick(rng, W.PRAISE[[a, b][j % 2]]))
        for t in day_hours(f, rng.randint(1, 3), 6):
            hp(c, t, b)
        slide(f, c, rng.randint(7, 8), rng.randint(3, 5), [a, b])
    for i in range(3):
        a, b = nxt()
        c = f.person(
            a,
            "happy_one_bad_day",
            "one bad day",
            (),
            ("silence",),
            languages=[a, b],
            bad_day_language=b if i else "de",
        )
        for t in day_hours(f, 3, 5):
            hp(c, t, a)
        orig = c.lang
        c.lang = "de" if i == 0 else b
        t = f.at(rng.randint(8, 10), rng.uniform(9, 18))
        eid, case = complaint(f, c, t, ["long", "email", "chat"][i], PROBLEMS[i])
        c.lang = orig
        f.mark(c, bad_day_event_id=eid, booking=case)
    for _ in range(2):
        a, b = nxt()
        c = f.person(a, "resolved_between_contacts", "fixed", (), ("silence",), languages=[a, b])
        t = f.at(rng.randint(2, 6), rng.uniform(9, 17))
        eid, case = complaint(f, c, t, "web", PROBLEMS[rng.randrange(6)])
        t2 = morning(t + timedelta(hours=6))
        f.add(
            c,
            t2,
            "email",
            "message",
            fill(W.GOOD_NEWS[a], case=case or ""),
            direction="outbound",
            subject=f"{W.SUBJ_RE[a]} {case}",
            agent="Sofia",
        )
        cid = f.add(
            c,
            morning(t2 + timedelta(hours=12)),
            "chat",
            "chat",
            fill(W.CONFIRM[b], case=case or ""),
        )
        f.mark(c, problem_event_ids=[eid], confirm_event_id=cid)


def b2b_accounts(f: Fam) -> None:
    rng = f.rng
    plan = [
        ("at_risk", 3, "portal"),
        ("at_risk", 3, "invoice"),
        ("at_risk", 3, "service_blocked"),
        ("at_risk", 4, "invoice"),
        ("at_risk", 4, "overbilled"),
    ]
    plan += [("one_unhappy", 1, p) for p in ("service_blocked", "overbilled", "portal", "invoice")]
    plan += [("mild", 0, "")] * 3 + [("happy", 0, "")] * 3
    langs = [
        "de",
        "es",
        "de",
        "es",
        "fr",
        "de",
        "pt",
        "it",
        "de",
        "es",
        "en",
        "de",
        "pt",
        "de",
        "fr",
    ]
    sites = [
        "film",
        "events",
        "construction",
        "school",
        "facilities",
        "catering",
        "theatre",
        "university",
        "hotel",
        "municipality",
        "sports club",
        "festival",
        "cleaning",
        "orchestra",
        "museum",
    ]
    for n, (kind, unhappy, problem) in enumerate(plan):
        lg = langs[n]
        mk = pick(rng, W.MARKETS[lg])
        acc = f"RVF-{mk}-{rng.randrange(1000, 9999)}"
        dom = f"{sites[n].replace(' ', '')}{n + 1}.example"
        ncont = rng.randint(4, 6) if kind == "at_risk" else rng.randint(3, 4)
        ncont = max(ncont, unhappy + 1)
        contacts: list[Cust] = []
        for j in range(ncont):
            if j < unhappy:
                if kind == "at_risk":
                    last_one = j == unhappy - 1
                    exp = ("repeat_contact",) if last_one else ("detractor",)
                    tol = (
                        "sentiment_drop",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "silence",
                        "account_risk",
                    )
                    c = f.person(
                        lg,
                        "b2b_unhappy",
                        "complainer",
                        exp,
                        tuple(x for x in tol if x not in exp),
                        market=mk,
                        account=acc,
                        domain=dom,
                        role="complainer",
                        company=f"{sites[n].title()} {n + 1}",
                    )
                else:
                    c = f.person(
                        lg,
                        "b2b_one_unhappy",
                        "complainer",
                        ("detractor",),
                        ("sentiment_drop", "high_value_at_risk", "silence"),
                        market=mk,
                        account=acc,
                        domain=dom,
                        role="complainer",
                    )
            elif kind == "mild" and j < 2:
                c = f.person(
                    lg,
                    "b2b_mild",
                    "suggests",
                    (),
                    ("silence",),
                    market=mk,
                    account=acc,
                    domain=dom,
                    role="suggests",
                )
            else:
                c = f.person(
                    lg, "b2b_happy", "contact", market=mk, account=acc, domain=dom, role="contact"
                )
            contacts.append(c)
        for c in contacts:
            routine_days = [0, 1] if c.truth["role"] != "contact" else list(range(14))
            for _ in range(
                rng.randint(0, 2) if c.truth["role"] != "contact" else rng.randint(2, 4)
            ):
                t = office(f.at(rng.choice(routine_days), rng.uniform(8, 16.5)))
                if rng.random() < 0.5:
                    f.add(c, t, "chat", "chat", W.B2B_Q[lg])
                    f.add(
                        c,
                        t + timedelta(minutes=rng.randint(1, 6)),
                        "chat",
                        "chat",
                        W.B2B_A[lg],
                        direction="outbound",
                        agent="Marco",
                    )
                elif c.truth["role"] == "contact" and rng.random() < 0.5:
                    f.add(c, t, "community", "post", W.B2B_PRAISE[lg])
                else:
                    f.add(c, t, "web", "page_view", page="/portal/hires")
        acct: dict[str, Any] = {
            "company": f"{sites[n].title()} {n + 1}",
            "site": sites[n],
            "contacts": ncont,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": unhappy,
            "unhappy_contact_keys": [c.key for c in contacts[:unhappy]],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lg,
            "country": mk,
        }
        if kind == "at_risk":
            t = f.at(2, rng.uniform(8.5, 12))
            case = ""
            first = contacts[0].truth["name"].split()[0]
            prob = W.B2B_PROBLEM[problem][lg]
            acct["trouble_starts_at"] = t.strftime("%Y-%m-%dT%H:%M:%SZ")
            for j, c in enumerate(contacts[:unhappy]):
                if j == 0:
                    case = f.case()
                    eid = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        fill(W.B2B_FIRST[lg], prob=prob),
                        subject=f"{W.SUBJ_COMPLAINT[lg]}: {problem}",
                    )
                    f.add(
                        c,
                        office(t + timedelta(minutes=rng.randint(20, 60))),
                        "email",
                        "message",
                        fill(W.CASE_OPENED[lg], case=case),
                        direction="outbound",
                        subject=f"{W.SUBJ_RE[lg]} {case}",
                        agent="Marco",
                    )
                else:
                    t = office(t + timedelta(hours=rng.uniform(8, 28)))
                    eid = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        fill(W.B2B_MORE[lg], who=first, prob=prob, case=case),
                        subject=f"{W.SUBJ_RE[lg]} {case}",
                    )
                ids = [eid]
                if j < unhappy - 1:
                    n_ = rng.randint(1, 5)
                    sid = f.add(
                        c,
                        office(t + timedelta(hours=rng.uniform(1, 3))),
                        "survey",
                        "survey_response",
                        None,
                        nps=n_,
                        survey="nps",
                    )
                    f.mark(c, nps_given=True, nps=n_, survey_event_id=sid)
                else:
                    t2 = office(t + timedelta(hours=rng.uniform(18, 40)))
                    comp = COMPS[rng.randrange(2)]
                    if n % 2 == 0:
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "email",
                                "message",
                                fill(W.B2B_LAST[lg], case=case, comp=comp),
                                subject=f"{W.SUBJ_RE[lg]} {case}",
                            )
                        )
                        f.mark(c, competitor=comp)
                    else:
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "phone",
                                "call",
                                fill(W.CALL[lg], prob=f"{case} {prob}").lower(),
                            )
                        )
                f.mark(c, complaint_event_ids=ids, booking=case, problem=problem)
        elif kind == "one_unhappy":
            c = contacts[0]
            t = office(f.at(rng.randint(3, 7), rng.uniform(9, 15)))
            case = f.case()
            eid = f.add(
                c,
                t,
                "email",
                "message",
                fill(W.B2B_FIRST[lg], prob=W.B2B_PROBLEM[problem][lg]),
                subject=f"{W.SUBJ_COMPLAINT[lg]}: {problem}",
            )
            f.add(
                c,
                office(t + timedelta(minutes=40)),
                "email",
                "message",
                fill(W.CASE_OPENED[lg], case=case),
                direction="outbound",
                subject=f"{W.SUBJ_RE[lg]} {case}",
                agent="Marco",
            )
            n_ = rng.randint(1, 5)
            sid = f.add(
                c,
                office(t + timedelta(hours=2)),
                "survey",
                "survey_response",
                None,
                nps=n_,
                survey="nps",
            )
            f.mark(
                c,
                complaint_event_ids=[eid],
                nps_given=True,
                nps=n_,
                survey_event_id=sid,
                problem=problem,
                booking=case,
            )
        elif kind == "mild":
            for c in contacts[:2]:
                t = office(f.at(rng.randint(3, 9), rng.uniform(8, 16)))
                mid = f.add(c, t, "web", "ticket", W.B2B_SUGGEST[lg], page="/portal/feedback")
                f.add(
                    c,
                    office(t + timedelta(minutes=50)),
                    "email",
                    "message",
                    W.MILD_ACK[lg],
                    direction="outbound",
                    subject="Rutavento Flota",
                    agent="Marco",
                )
                f.mark(c, mild_event_id=mid)
        f.accounts[acc] = acct


def topic_spike(f: Fam) -> None:
    rng = f.rng
    for _ in range(40):
        c = f.person(lang_of(rng), "happy", "day writer")
        for d in sorted(rng.sample(range(6), rng.randint(1, 4))):
            happy_act(f, c, f.at(d, rng.uniform(12, 19) if d == 5 else rng.uniform(7, 19)))
    for _ in range(2):
        c = f.person(lang_of(rng), "grumbles_once", "grumbles once", (), ("silence",))
        t = f.at(0, rng.uniform(9, 16))
        gid = f.add(c, t, "chat", "chat", W.MILD[c.lang][0])
        f.add(
            c,
            t + timedelta(minutes=3),
            "chat",
            "chat",
            W.MILD_ACK[c.lang],
            direction="outbound",
            agent="Jens",
        )
        f.mark(c, grumble_event_id=gid)
    for lg, h in (("es", 9.6), ("de", 16.1)):
        c = f.person(lg, "grumbles_once", "lone question", (), ("silence",))
        t = f.at(4, h)
        lid = f.add(c, t, "chat", "chat", W.LONE_Q[lg])
        f.add(
            c,
            t + timedelta(minutes=4),
            "chat",
            "chat",
            W.LONE_A[lg],
            direction="outbound",
            agent="Jens",
        )
        f.mark(c, lone_report_event_id=lid)
    langs = ["es"] * 6 + ["de"] * 6 + ["en", "en", "fr", "fr", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(chans)
    offs = sorted(rng.uniform(0, 45) for _ in range(20))
    offs[0], offs[-1] = 0.0, 45.0
    s0 = f.at(5, 9 + 5 / 60)
    order = list(range(20))
    rng.shuffle(order)
    reps = set(sorted(order[:12], key=lambda i: offs[i])[:6])
    keys: list[str] = []
    eids: list[str] = []
    rids: list[str] = []
    fixed = set(rng.sample([i for i in range(20) if i not in reps], 6))
    for i in order:
        lg = langs[i]
        regular = i % 5 < 3
        c = f.person(
            lg,
            "spike_repeater" if i in reps else "spike_reporter",
            "regular" if regular else "new",
            ("repeat_contact",) if i in reps else (),
            ("silence", "sentiment_drop") if i in reps else ("silence",),
            in_spike=True,
            regular=regular,
        )
        if regular:
            for _ in range(rng.randint(1, 2)):
                happy_act(f, c, f.at(2, rng.uniform(8, 17.5)), "pbvr")
        t = s0 + timedelta(minutes=offs[i])
        ch = chans[i]
        text = pick(rng, W.SPIKE[lg])
        if ch == "chat":
            eid = f.add(c, t, "chat", "chat", text)
            f.add(
                c,
                t + timedelta(minutes=2),
                "chat",
                "chat",
                W.SPIKE_CHAT_A[lg],
                direction="outbound",
                agent="Noa",
            )
        elif ch == "email":
            eid = f.add(c, t, "email", "message", text, subject="Check-in")
        elif ch == "web":
            eid = f.add(c, t, "web", "ticket", text, page="/help/contact")
        else:
            eid = f.add(c, t, ch, "mention" if ch == "social" else "post", text)
        keys.append(c.key)
        eids.append(eid)
        f.mark(
            c,
            spike_event_id=eid,
            spike_channel=ch,
            trouble_starts_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        )
        if i in reps:
            ch2 = "email" if ch != "email" else "chat"
            ch2 = (
                ["email", "chat", "community"][len(rids) % 3]
                if ["email", "chat", "community"][len(rids) % 3] != ch
                else ch2
            )
            t2 = t + timedelta(minutes=rng.uniform(10, 50))
            rid = f.add(
                c,
                t2,
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                W.SPIKE_AGAIN[lg],
                subject="Check-in" if ch2 == "email" else None,
            )
            rids.append(rid)
            f.mark(c, repeat_event_id=rid)
        if i in fixed:
            f.add(
                c,
                f.at(5, 11 + rng.uniform(0.1, 0.3)),
                "email",
                "message",
                W.SPIKE_FIXED[lg],
                direction="outbound",
                subject="Rutavento check-in",
                agent="Sofia",
            )
            f.mark(c, agent_fixed=True)
    f.spike = {
        "topic": "campervan app check-in rejects every driving licence at the stations: no van handed over, error DLV-584",
        "about": "the planted incident; score by window and event ids if the pipeline names it otherwise (app, check-in, licence, error code)",
        "channel": None,
        "start": s0.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end": (s0 + timedelta(minutes=45)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "customers": 20,
        "customer_keys": sorted(keys),
        "event_ids": eids,
        "repeat_event_ids": rids,
    }


FAMILIES = [
    (
        "happy_writers",
        "HW",
        datetime(2026, 3, 16, tzinfo=UTC),
        10,
        "happy writers, night writers, survey answerers",
        happy_writers,
    ),
    (
        "one_bad_day",
        "BD",
        datetime(2026, 4, 13, tzinfo=UTC),
        12,
        "happy customers with one angry day",
        one_bad_day,
    ),
    (
        "repeat_contacts",
        "RC",
        datetime(2026, 5, 25, tzinfo=UTC),
        10,
        "open problems raised again",
        repeat_contacts,
    ),
    (
        "slow_churners",
        "SC",
        datetime(2026, 6, 29, tzinfo=UTC),
        32,
        "slides, leavers, grumpy, sarcastic",
        slow_churners,
    ),
    (
        "quiet_hours",
        "QH",
        datetime(2026, 8, 21, tzinfo=UTC),
        3,
        "a calm weekend with night-owl bursts",
        quiet_hours,
    ),
    (
        "bilingual",
        "BL",
        datetime(2026, 9, 14, tzinfo=UTC),
        14,
        "customers writing in two languages",
        bilingual,
    ),
    (
        "b2b_accounts",
        "BB",
        datetime(2026, 10, 5, tzinfo=UTC),
        14,
        "Rutavento Flota company accounts",
        b2b_accounts,
    ),
    (
        "topic_spike",
        "TS",
        datetime(2026, 11, 2, tzinfo=UTC),
        7,
        "a calm week and the planted incident",
        topic_spike,
    ),
]


def main() -> None:
    tot = [0, 0, 0]
    for n, (name, code, start, days, about, build) in enumerate(FAMILIES, 1):
        f = Fam(name, code, start, days, about, n)
        build(f)
        counts = f.write()
        tot = [a + b for a, b in zip(tot, counts, strict=True)]
        print(name, *counts)
    print("total", *tot)


if __name__ == "__main__":
    main()
