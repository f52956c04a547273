# ruff: noqa: E501
"""Write heldout312 (Flipperra, pinball and arcade machine hire): blind, seeded, stdlib only."""

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

SEED = 20261017
LIMIT = datetime(2026, 11, 20, tzinfo=UTC)
PHONE = {
    "IT": "+39 3",
    "CH": "+41 7",
    "DE": "+49 15",
    "AT": "+43 66",
    "UK": "+44 7",
    "IE": "+353 8",
    "ES": "+34 6",
    "FR": "+33 6",
    "BE": "+32 47",
    "PT": "+351 9",
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
TOL_LEAVE = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
TOL_B2B_RISK = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
TOL_B2B_ONE = ["sentiment_drop", "high_value_at_risk", "silence"]
COUNTER = {"n": 0, "ref": 0}


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    ids: dict[str, Any]
    truth: dict[str, Any]


@dataclass
class Row:
    t: datetime
    cust: Cust
    channel: str
    kind: str
    text: str | None
    subject: str | None
    outbound: bool
    scores: dict[str, int]
    attrs: dict[str, str]
    eid: str = ""


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
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, Any] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    seq: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    def lang(self) -> str:
        return self.rng.choices(W.LANGS, W.WEIGHTS)[0]

    def pick(self, table: Any, lang: str) -> str:
        return str(self.rng.choice(table[lang]))

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        market: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        account: str | None = None,
        company: str | None = None,
    ) -> Cust:
        lang = lang or self.lang()
        market = market or self.rng.choice(W.MARKETS[lang])
        COUNTER["n"] += 1
        n = COUNTER["n"]
        first = self.rng.choice(W.FIRST[lang])
        last = self.rng.choice(W.LAST[lang])
        plain = strip(first + last).lower().replace(" ", "")
        key = f"FP{self.code}{1000 + n}"
        dom = (
            company.lower().replace(" ", "") + ".example"
            if company
            else self.rng.choice(("posta", "mail", "web", "correo", "net"))
            + str(n % 7)
            + ".example"
        )
        email = f"{strip(first).lower()}.{strip(last).lower()}{n}@{dom}".replace(" ", "")
        digits = f"{(n * 7919) % 10_000_000:07d}"
        phone = PHONE[market] + str(n % 10) + digits
        handle = None if account else f"@{plain}{n}"
        ids = {
            "customer_id": key,
            "email": email,
            "phone": phone,
            "handle": handle,
            "account_id": account,
        }
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": "+" + "".join(ch for ch in phone if ch.isdigit()),
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": expected or [],
            "tolerated_rules": tolerated or [],
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        c = Cust(key, lang, market, ids, truth)
        self.custs[key] = c
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
    ) -> Row:
        if not out and text and channel not in ("phone", "survey"):
            text = roughen(self.rough, text)
        if channel == "phone" and text:
            text = speech(text)
        a = {"market": c.market}
        if c.ids["account_id"]:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(
                ("Ilaria", "Moritz", "Aoife", "Rocío", "Margaux", "Duarte")
            )
        a.update(attrs or {})
        r = Row(t, c, channel, kind, text, subject, out, scores or {}, a)
        self.seq += 1
        r.eid = f"fp312-{self.code.lower()}-{self.seq:05d}"
        self.rows.append(r)
        return r

    def ref(self) -> str:
        COUNTER["ref"] += 1
        return f"FP-{300000 + COUNTER['ref'] * 37}"

    def at(self, day: float, h0: float, h1: float) -> datetime:
        return self.start + timedelta(days=int(day), minutes=int(self.rng.uniform(h0, h1) * 60))

    # ---- acts ---------------------------------------------------------------
    def happy(self, c: Cust, t: datetime, night: bool = False) -> None:
        lang = c.lang
        m = timedelta(minutes=1)
        if night:
            if self.rng.random() < 0.5:
                self.add(
                    c,
                    t,
                    "social",
                    "post",
                    W.NIGHT_POST[lang][self.rng.randrange(len(W.NIGHT_POST[lang]))].format(
                        b="@" + W.BRAND
                    ),
                )
            else:
                self.add(c, t, "chat", "chat", self.pick(W.NIGHT_Q, lang))
                self.add(
                    c, t + m * self.rng.randint(1, 5), "chat", "chat", W.NIGHT_A[lang], out=True
                )
                self.add(
                    c, t + m * self.rng.randint(7, 12), "chat", "chat", self.pick(W.THANKS, lang)
                )
            return
        k = self.rng.randrange(8)
        if k == 0:
            self.add(c, t, "social", "mention", self.pick(W.PRAISE, lang).format(b="@" + W.BRAND))
        elif k == 1:
            self.add(c, t, "community", "post", self.pick(W.PRAISE, lang).format(b=W.BRAND))
        elif k == 2:
            self.add(c, t, "chat", "chat", self.pick(W.QUESTION, lang))
            self.add(c, t + m * self.rng.randint(1, 6), "chat", "chat", W.ANSWER[lang], out=True)
            if self.rng.random() < 0.6:
                self.add(
                    c, t + m * self.rng.randint(8, 14), "chat", "chat", self.pick(W.THANKS, lang)
                )
        elif k == 3:
            self.add(c, t, "phone", "call", self.pick(W.CALL_Q, lang))
            self.add(
                c,
                t + m * self.rng.randint(10, 40),
                "email",
                "message",
                W.CALL_FOLLOW[lang],
                out=True,
            )
        elif k == 4:
            prod, price = self.rng.choice(W.PRODUCTS)
            self.add(c, t, "web", "page_view", attrs={"page": self.rng.choice(W.PAGES)})
            self.add(
                c,
                t + m * self.rng.randint(3, 15),
                "web",
                "purchase",
                attrs=money(c.market, prod, price),
            )
        elif k == 5:
            self.add(
                c,
                t,
                "web",
                "review",
                self.pick(W.REVIEW, lang),
                scores={},
                attrs={"rating": "5", "page": "/reviews"},
            )
        elif k == 6:
            self.add(c, t, "community", "post", self.pick(W.PRAISE_GRIPE, lang).format(b=W.BRAND))
        else:
            self.add(c, t, "web", "page_view", attrs={"page": self.rng.choice(W.PAGES)})

    def survey_good(self, c: Cust, t: datetime) -> None:
        kind = self.rng.choice(("nps", "csat", "ces"))
        val = {
            "nps": self.rng.randint(9, 10),
            "csat": self.rng.randint(4, 5),
            "ces": self.rng.randint(6, 7),
        }[kind]
        self.add(
            c,
            t,
            "survey",
            "survey_response",
            self.pick(W.SURVEY_WORD, c.lang) or None,
            scores={kind: val},
            attrs={"survey": kind},
        )

    def happy_days(
        self,
        c: Cust,
        n: int,
        d0: int,
        d1: int,
        h0: float = 7,
        h1: float = 19,
        avoid: set[int] | None = None,
    ) -> None:
        pool = [d for d in range(d0, d1 + 1) if d not in (avoid or set())]
        for d in sorted(self.rng.sample(pool, min(n, len(pool)))):
            self.happy(c, self.at(d, h0, h1))

    def complaint(
        self, c: Cust, t: datetime, problem: str, channel: str, long_email: bool = False
    ) -> tuple[Row, str | None]:
        lang = c.lang
        p = self.rng.choice(W.PROBLEM[lang][problem])
        subj = W.COMPLAINT_SUBJECT[lang].format(t=W.TOPIC[lang][problem])
        if long_email:
            r = self.add(
                c,
                t,
                "email",
                "message",
                self.rng.choice(W.LONG_EMAIL[lang]).format(p=p, n=c.truth["name"]),
                subject=subj,
            )
        elif channel == "social":
            r = self.add(
                c,
                t,
                "social",
                "mention",
                self.rng.choice(W.SOCIAL_COMPLAINT[lang]).format(b="@" + W.BRAND, p=p),
            )
            return r, None
        elif channel == "email":
            r = self.add(
                c, t, "email", "message", self.pick(W.COMPLAINT, lang).format(p=p), subject=subj
            )
        elif channel == "chat":
            r = self.add(c, t, "chat", "chat", self.pick(W.COMPLAINT, lang).format(p=p))
        elif channel == "web":
            r = self.add(
                c,
                t,
                "web",
                "ticket",
                self.pick(W.COMPLAINT, lang).format(p=p),
                subject=subj,
                attrs={"page": "/help/contact"},
            )
        else:
            r = self.add(c, t, "phone", "call", self.pick(W.COMPLAINT, lang).format(p=p))
        ref = self.ref()
        if channel == "chat":
            self.add(
                c,
                t + timedelta(minutes=self.rng.randint(1, 5)),
                "chat",
                "chat",
                W.CASE_OPENED[lang].format(ref=ref),
                out=True,
            )
        return r, ref


def strip(s: str) -> str:
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


def roughen(rng: random.Random, text: str) -> str:
    if rng.random() < 0.1:
        text = unicodedata.normalize("NFC", strip(text))
    if rng.random() < 0.125 and text[:1].isupper():
        text = text[0].lower() + text[1:]
    if rng.random() < 1 / 7:
        words = [
            i for i, w in enumerate(text.split(" ")) if len(w) > 4 and w.isalpha() and w.islower()
        ]
        if words:
            parts = text.split(" ")
            i = rng.choice(words)
            w = parts[i]
            j = rng.randrange(1, len(w) - 2)
            parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            text = " ".join(parts)
    return text


def speech(text: str) -> str:
    out = "".join(ch for ch in text if ch not in ".,!?;:'\"()")
    return " ".join(
        w
        if (w[:1].isupper() and w[1:2].islower() and False)
        or any(ch.isdigit() for ch in w)
        or (w.isupper() and len(w) > 1 and "-" in w)
        else w.lower()
        for w in out.split()
    )


def money(market: str, prod: str, price: int) -> dict[str, str]:
    if market == "UK":
        return {
            "order_value": f"{price * 0.86:.2f}",
            "currency": "GBP",
            "product": prod,
            "page": "/checkout",
        }
    if market == "CH":
        return {
            "order_value": f"{price * 0.94:.2f}",
            "currency": "CHF",
            "product": prod,
            "page": "/checkout",
        }
    return {"order_value": f"{price:.2f}", "currency": "EUR", "product": prod, "page": "/checkout"}


def night_fix(t: datetime) -> datetime:
    if t.hour >= 22:
        return t.replace(hour=8, minute=t.minute % 60) + timedelta(days=1)
    if t.hour < 7:
        return t.replace(hour=8, minute=t.minute % 60)
    return t


# ---- families -----------------------------------------------------------------
def happy_writers(f: Fam) -> None:
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(5, 8), 0, f.days - 1)
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in sorted(f.rng.sample(range(f.days - 1), f.rng.randint(2, 4))):
            f.happy(
                c, f.start + timedelta(days=d, hours=22, minutes=f.rng.randint(12, 360)), night=True
            )
        f.happy_days(c, f.rng.randint(2, 3), 0, f.days - 1, 9, 18)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in sorted(f.rng.sample(range(f.days), f.rng.randint(3, 6))):
            f.survey_good(c, f.at(d, 8, 20))


def one_bad_day(f: Fam) -> None:
    chans = ["long", "email", "chat", "social", "web", "phone"] * 4
    nps_slots = set(range(6))
    csat_slots = set(range(6, 11))
    good_slots = set(range(12))
    k = 0
    for i, ch in enumerate(chans):
        lang = f.rng.choice(("it", "de")) if ch == "long" else None
        c = f.person("happy_one_bad_day", "one bad day", lang=lang, tolerated=["silence"])
        bad = 2 + i % 8
        problem = W.PROBLEMS[i % 6]
        t = f.at(bad, 8, 20)
        f.happy_days(c, f.rng.randint(1, 5), 0, f.days - 1, avoid=set(range(bad - 1, bad + 3)))
        r, ref = f.complaint(
            c, t, problem, "email" if ch == "long" else ch, long_email=ch == "long"
        )
        c.truth.update(
            bad_day_at=iso(t),
            bad_day_event_id=r.eid,
            problem=problem,
            channel=ch if ch != "long" else "email",
            long_email=ch == "long",
            booking=ref,
        )
        if ref is None:
            continue
        if ch != "chat":
            f.add(
                c,
                t + timedelta(minutes=f.rng.randint(10, 40)),
                "email",
                "message",
                W.CASE_OPENED[c.lang].format(ref=ref),
                subject=W.CASE_SUBJ[c.lang].format(ref=ref),
                out=True,
            )
        if k in nps_slots:
            s = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(100, 140)),
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                persona="bad_day_detractor",
                expected_rules=["detractor"],
                nps_given=True,
                nps=s.scores["nps"],
                survey_event_id=s.eid,
            )
        elif k in csat_slots:
            s = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(40, 80)),
                "survey",
                "survey_response",
                f.pick(W.LOW_WORD, c.lang) or None,
                scores={"csat": f.rng.randint(1, 2)},
                attrs={"survey": "csat"},
            )
            c.truth.update(csat_given=True, csat=s.scores["csat"], survey_event_id=s.eid)
        if k in good_slots:
            g = night_fix(t + timedelta(minutes=f.rng.randint(60, 240)))
            f.add(
                c,
                g,
                "email",
                "message",
                W.GOOD_NEWS[c.lang].format(ref=ref),
                subject=W.RE[c.lang] + W.CASE_SUBJ[c.lang].format(ref=ref),
                out=True,
            )
            c.truth["agent_fixed"] = True
            if k % 12 < 5:
                a = night_fix(t + timedelta(hours=f.rng.uniform(16, 24)))
                ap = f.add(c, a, "chat", "chat", f.pick(W.APOLOGY, c.lang))
                c.truth.update(apologised=True, apology_at=iso(a), apology_event_id=ap.eid)
        k += 1
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, f.rng.randint(4, 7), 0, f.days - 1)


def repeat_run(
    f: Fam,
    c: Cust,
    t: datetime,
    n: int,
    escalate: bool,
    problem: str,
    langs: list[str] | None = None,
) -> None:
    chans = ["web", "email", "chat", "phone"]
    first = chans[n % 4]
    r, ref = f.complaint(c, t, problem, first)
    assert ref
    ev = [r.eid]
    if escalate:
        f.add(
            c,
            night_fix(t + timedelta(minutes=f.rng.randint(90, 150))),
            "email",
            "message",
            W.ESCALATED[c.lang].format(ref=ref),
            subject=W.CASE_SUBJ[c.lang].format(ref=ref),
            out=True,
        )
    elif first != "chat":
        f.add(
            c,
            t + timedelta(minutes=f.rng.randint(10, 40)),
            "email",
            "message",
            W.CASE_OPENED[c.lang].format(ref=ref),
            subject=W.CASE_SUBJ[c.lang].format(ref=ref),
            out=True,
        )
    later = [x for x in ("email", "chat", "phone", "web", "social") if x != first]
    f.rng.shuffle(later)
    comp = None
    for i in range(1, n):
        t = night_fix(t + timedelta(hours=f.rng.uniform(4, 40)))
        lang = langs[i % 2] if langs else c.lang
        p = f.rng.choice(W.PROBLEM[lang][problem])
        text = f.rng.choice(W.STILL_OPEN[lang]).format(ref=ref, p=p[0].upper() + p[1:] + ".")
        if i == 2:
            comp = f.rng.choice(W.COMPETITORS)
            text += W.THIRD[lang].format(c=comp)
        if i == 3:
            text += W.FOURTH[lang]
        ch = later[i - 1]
        kind = {
            "email": "message",
            "chat": "chat",
            "phone": "call",
            "web": "ticket",
            "social": "mention",
        }[ch]
        if ch == "social":
            text = "@" + W.BRAND + " " + text
        rr = f.add(
            c,
            t,
            ch,
            kind,
            text,
            subject=W.RE[lang] + W.CASE_SUBJ[lang].format(ref=ref)
            if ch in ("email", "web")
            else None,
        )
        ev.append(rr.eid)
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=f.rng.randint(1, 4)),
                "chat",
                "chat",
                W.URGENT[lang].format(ref=ref),
                out=True,
            )
    c.truth.update(
        problem=problem,
        booking=ref,
        contacts=n,
        problem_event_ids=ev,
        agent_passed_on=escalate,
        competitor=comp,
        trouble_starts_at=c.truth.get("trouble_starts_at")
        or iso(datetime.fromisoformat(f.rows[-1].t.isoformat())),
        channels=[first, *later[: n - 1]],
    )


def fixed_case(
    f: Fam, c: Cust, t: datetime, problem: str, confirm_lang: str | None = None
) -> dict[str, Any]:
    r, ref = f.complaint(c, t, problem, "web")
    assert ref
    f.add(
        c,
        t + timedelta(minutes=f.rng.randint(10, 40)),
        "email",
        "message",
        W.CASE_OPENED[c.lang].format(ref=ref),
        subject=W.CASE_SUBJ[c.lang].format(ref=ref),
        out=True,
    )
    g = night_fix(t + timedelta(hours=f.rng.uniform(3, 20)))
    f.add(
        c,
        g,
        "email",
        "message",
        W.GOOD_NEWS[c.lang].format(ref=ref),
        subject=W.RE[c.lang] + W.CASE_SUBJ[c.lang].format(ref=ref),
        out=True,
    )
    cl = confirm_lang or c.lang
    ct = night_fix(g + timedelta(hours=f.rng.uniform(8, 30)))
    ch = f.rng.choice(("email", "chat"))
    cr = f.add(
        c,
        ct,
        ch,
        "message" if ch == "email" else "chat",
        f.rng.choice(W.CONFIRM[cl]).format(ref=ref),
        subject=W.RE[cl] + W.CASE_SUBJ[cl].format(ref=ref) if ch == "email" else None,
    )
    return {
        "problem": problem,
        "booking": ref,
        "raised_at": iso(t),
        "fixed_at": iso(g),
        "confirmed_at": iso(ct),
        "problem_event_ids": [r.eid],
        "confirm_event_id": cr.eid,
        "channel": "web",
        "confirm_channel": ch,
    }


def repeat_contacts(f: Fam) -> None:
    counts = [2, 3, 4] * 4
    for i, n in enumerate(counts):
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=TOL_REPEAT)
        for _ in range(f.rng.randint(1, 3)):
            f.happy(c, f.at(0, 7, 12))
        t = f.at(1 + i % 4, 8, 19)
        c.truth["trouble_starts_at"] = iso(t)
        repeat_run(f, c, t, n, i % 2 == 0, W.PROBLEMS[i % 6])
    for i in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=["silence"])
        f.happy(c, f.at(0, 8, 16))
        t = f.at(1 + i % 3, 8, 18)
        c.truth.update(problems=[fixed_case(f, c, t, W.PROBLEMS[i])], trouble_starts_at=iso(t))
    for i in range(3):
        c = f.person("different_problems", "two problems", tolerated=["silence"])
        t1 = f.at(1, 8, 17)
        t2 = f.at(5 + i % 2, 8, 17)
        c.truth.update(
            problems=[fixed_case(f, c, t1, W.PROBLEMS[i]), fixed_case(f, c, t2, W.PROBLEMS[i + 3])],
            trouble_starts_at=iso(t1),
        )
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.happy_days(c, f.rng.randint(5, 8), 0, f.days - 1)


def slide(
    f: Fam, c: Cust, d0: int, span: int, langs: list[str] | None = None, nps: bool = False
) -> None:
    t = f.at(d0, 9, 17)
    ev = []
    comp = f.rng.choice(W.COMPETITORS)
    step_gap = span / 5
    for i in range(6):
        lang = langs[i % 2] if langs else c.lang
        text = W.SLIDE[lang][i].format(c=comp)
        ch = f.rng.choice(("social", "community", "review"))
        if ch == "social":
            r = f.add(c, t, "social", "post", "@" + W.BRAND + " " + text)
        elif ch == "community":
            r = f.add(c, t, "community", "post", text)
        else:
            r = f.add(
                c,
                t,
                "web",
                "review",
                text,
                attrs={"rating": str((3, 3, 2, 2, 1, 1)[i]), "page": "/reviews"},
            )
        ev.append(r.eid)
        if i == 3 and nps:
            s = f.add(
                c,
                night_fix(t + timedelta(hours=f.rng.uniform(2.5, 3.5))),
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                expected_rules=["sentiment_drop", "detractor"],
                nps_given=True,
                nps=s.scores["nps"],
                survey_event_id=s.eid,
            )
        t = night_fix(t + timedelta(days=step_gap, hours=f.rng.uniform(1, 4)))
    c.truth.update(
        slide_event_ids=ev,
        slide_days=span,
        competitor=comp,
        trouble_starts_at=iso(f.rows[[r.eid for r in f.rows].index(ev[0])].t),
    )


def slow_churners(f: Fam) -> None:
    spans = [3] + [5] * 5 + [9] * 4
    for i in range(10):
        c = f.person("slow_churner", "slides", expected=["sentiment_drop"], tolerated=TOL_SLIDE)
        for d in sorted(f.rng.sample(range(11), f.rng.randint(4, 5))):
            f.add(
                c,
                f.at(d, 8, 20),
                "social",
                "mention",
                f.pick(W.PRAISE, c.lang).format(b="@" + W.BRAND),
            )
        f.happy_days(c, f.rng.randint(2, 4), 0, 10)
        slide(f, c, 12 + i % 5, spans[i], nps=i % 2 == 0)
    for i in range(5):
        c = f.person(
            "slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=TOL_LEAVE
        )
        f.happy_days(c, f.rng.randint(4, 6), 0, 15)
        t = f.at(17 + i, 8, 18)
        r = f.add(
            c,
            t,
            "email",
            "message",
            f.pick(W.CANCEL_ASK, c.lang).format(club=W.CLUB),
            subject="Club",
        )
        f.add(
            c,
            night_fix(t + timedelta(hours=f.rng.uniform(1, 5))),
            "email",
            "message",
            W.SORRY_GO[c.lang],
            subject=W.RE[c.lang] + "Club",
            out=True,
        )
        ct = night_fix(t + timedelta(hours=f.rng.uniform(20, 30)))
        x = f.add(c, ct, "web", "cancellation", attrs={"page": "/club/cancel", "product": W.CLUB})
        c.truth.update(
            churn_intent_event_id=r.eid,
            cancellation_event_id=x.eid,
            churn_at=iso(ct),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, f.rng.randint(6, 10), 0, f.days - 1)
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        d = f.rng.randint(0, 4)
        ev = []
        for _ in range(f.rng.randint(5, 7)):
            ch = f.rng.choice(("social", "community", "web"))
            text = f.pick(W.GRUMBLE, c.lang)
            t = f.at(d, 9, 20)
            if ch == "web":
                r = f.add(c, t, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
            else:
                r = f.add(
                    c, t, ch, "post", ("@" + W.BRAND + " " + text) if ch == "social" else text
                )
            ev.append(r.eid)
            d += f.rng.randint(1, 3)
        c.truth.update(
            grumble_event_ids=ev,
            trouble_starts_at=iso(f.rows[[r.eid for r in f.rows].index(ev[0])].t),
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        f.happy_days(c, f.rng.randint(4, 6), 0, 16)
        r = f.add(
            c,
            f.at(f.rng.randint(17, 28), 9, 20),
            "social",
            "mention",
            "@" + W.BRAND + " " + f.pick(W.SARCASM, c.lang),
        )
        c.truth["sarcasm_event_id"] = r.eid


def quiet_hours(f: Fam) -> None:
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(1, 3), 0, 2, 7, 17.5)
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.at(i % 3, 9, 16)
        f.add(c, t, "web", "page_view", attrs={"page": "/delivery-slots"})
        g = t + timedelta(minutes=f.rng.randint(20, 30))
        if i < 2:
            r = f.add(c, g, "chat", "chat", f.pick(W.MILD, c.lang))
            f.add(c, g + timedelta(minutes=3), "chat", "chat", W.FORM_ACK[c.lang], out=True)
        else:
            r = f.add(
                c, g, "web", "ticket", f.pick(W.MILD, c.lang), attrs={"page": "/help/contact"}
            )
            f.add(c, g + timedelta(minutes=25), "email", "message", W.FORM_ACK[c.lang], out=True)
        c.truth.update(grumble_event_id=r.eid, trouble_starts_at=iso(g))
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=f.rng.randint(40, 65))
        for burst, off in enumerate((0, f.rng.randint(28, 33), f.rng.randint(55, 65))):
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {burst + 1}")
                t = b0 + timedelta(minutes=off + f.rng.randint(0, 9))
                n0 = len(f.rows)
                f.happy(c, t, night=True)
                c.truth.update(
                    burst_at=iso(b0 + timedelta(minutes=off)), night_event_id=f.rows[n0].eid
                )
                if f.rng.random() < 0.5:
                    f.happy(c, f.at(night + (1 if night < 2 else 0), 9, 17.5))


def bilingual(f: Fam) -> None:
    pairs = [
        ("it", "de"),
        ("de", "it"),
        ("it", "en"),
        ("de", "en"),
        ("it", "fr"),
        ("de", "fr"),
        ("it", "es"),
        ("de", "pt"),
        ("en", "it"),
        ("fr", "de"),
        ("es", "it"),
        ("pt", "de"),
    ]
    mk = {
        ("it", "de"): "CH",
        ("de", "it"): "CH",
        ("de", "fr"): "CH",
        ("fr", "de"): "CH",
        ("it", "fr"): "CH",
    }
    idx = 0

    def who(
        persona: str, habit: str, expected: list[str] | None = None, tol: list[str] | None = None
    ) -> tuple[Cust, list[str]]:
        nonlocal idx
        a, b = pairs[idx % len(pairs)]
        idx += 1
        c = f.person(
            persona, habit, lang=a, market=mk.get((a, b)), expected=expected, tolerated=tol
        )
        c.truth.update(
            languages=[a, b],
            job_second_language=f.rng.choice(
                (
                    "works across the border",
                    "partner's family language",
                    "studied abroad",
                    "colleagues' language",
                )
            ),
        )
        return c, [a, b]

    for _ in range(12):
        c, ls = who("happy", "alternates languages")
        for j, d in enumerate(sorted(f.rng.sample(range(f.days), f.rng.randint(5, 8)))):
            c.lang = ls[j % 2]
            f.happy(c, f.at(d, 8, 19))
        c.lang = ls[0]
    for i, n in enumerate((2, 2, 3, 3, 4)):
        c, ls = who("repeat_contact", "repeats", ["repeat_contact"], TOL_REPEAT)
        f.happy(c, f.at(0, 8, 18))
        t = f.at(2 + i % 4, 8, 18)
        c.truth["trouble_starts_at"] = iso(t)
        repeat_run(f, c, t, n, n >= 3, W.PROBLEMS[i], langs=ls)
    for i in range(5):
        c, ls = who("slow_churner", "slides", ["sentiment_drop"], TOL_SLIDE)
        for j, d in enumerate(range(6)):
            f.add(
                c,
                f.at(d, 8, 20),
                "social",
                "mention",
                f.pick(W.PRAISE, ls[j % 2]).format(b="@" + W.BRAND),
            )
        f.happy_days(c, f.rng.randint(1, 3), 0, 5)
        slide(f, c, 7 + i % 2, f.rng.randint(3, 5), langs=ls)
    for i, ch in enumerate(("long", "email", "chat")):
        c, ls = who("happy_one_bad_day", "one bad day", tol=["silence"])
        if ch == "long":
            c.truth["languages"] = ls = [ls[0], "de"] if ls[0] != "de" else ["it", "de"]
        f.happy_days(c, 3, 0, 4)
        c.lang = ls[1]
        t = f.at(8 + i, 9, 18)
        r, ref = f.complaint(
            c, t, W.PROBLEMS[i + 1], "email" if ch == "long" else ch, long_email=ch == "long"
        )
        assert ref
        if ch != "chat":
            f.add(
                c,
                t + timedelta(minutes=20),
                "email",
                "message",
                W.CASE_OPENED[c.lang].format(ref=ref),
                subject=W.CASE_SUBJ[c.lang].format(ref=ref),
                out=True,
            )
            f.add(
                c,
                night_fix(t + timedelta(hours=2)),
                "email",
                "message",
                W.GOOD_NEWS[c.lang].format(ref=ref),
                subject=W.RE[c.lang] + W.CASE_SUBJ[c.lang].format(ref=ref),
                out=True,
            )
        if ch == "email":
            a = night_fix(t + timedelta(hours=f.rng.uniform(18, 24)))
            ap = f.add(c, a, "chat", "chat", f.pick(W.APOLOGY, c.lang))
            c.truth.update(apologised=True, apology_at=iso(a), apology_event_id=ap.eid)
        c.truth.update(
            bad_day_at=iso(t),
            bad_day_event_id=r.eid,
            bad_day_language=c.lang,
            booking=ref,
            long_email=ch == "long",
        )
        c.lang = ls[0]
    for i in range(2):
        c, ls = who("resolved_between_contacts", "fixed", tol=["silence"])
        t = f.at(3 + i * 4, 9, 17)
        c.truth.update(
            problems=[fixed_case(f, c, t, W.PROBLEMS[i + 3], confirm_lang=ls[1])],
            confirm_language=ls[1],
            trouble_starts_at=iso(t),
        )


def office(f: Fam, day: int, h0: float = 8, h1: float = 16.5) -> datetime:
    t = f.at(day, h0, h1)
    while t.weekday() >= 5:
        t += timedelta(days=1)
    return t


def b2b_accounts(f: Fam) -> None:
    kinds = (
        [("at_risk", 3), ("at_risk", 3), ("at_risk", 3), ("at_risk", 4), ("at_risk", 4)]
        + [("one_unhappy", 1)] * 4
        + [("mild", 2)] * 3
        + [("happy", 0)] * 3
    )
    risk_problems = ["portal", "invoice", "service_blocked", "invoice", "overbilled"]
    for a, (kind, unhappy) in enumerate(kinds):
        lang = f.lang()
        market = f.rng.choice(W.MARKETS[lang])
        COUNTER["n"] += 1
        company = f.rng.choice(W.COMPANY_NAME[lang]).format(n=COUNTER["n"])
        acc = f"FPV-{market}-{4000 + COUNTER['n']}"
        n_contacts = (
            max(unhappy + 1, f.rng.randint(3, 5)) if kind == "at_risk" else f.rng.randint(3, 4)
        )
        keys: list[str] = []
        unhappy_keys: list[str] = []
        problem = (
            risk_problems[a]
            if kind == "at_risk"
            else (f.rng.choice(W.B2B_PROBLEMS) if kind == "one_unhappy" else None)
        )
        first_name = ""
        ref = ""
        t_first = None
        for j in range(n_contacts):
            role = (
                "complainer"
                if j < unhappy and kind != "mild"
                else ("suggests" if kind == "mild" and j < 2 else "contact")
            )
            if role == "complainer":
                persona, tol = (
                    ("b2b_unhappy", TOL_B2B_RISK)
                    if kind == "at_risk"
                    else ("b2b_one_unhappy", TOL_B2B_ONE)
                )
                exp = ["detractor"]
            elif role == "suggests":
                persona, tol, exp = "b2b_mild", ["silence"], []
            else:
                persona, tol, exp = "b2b_happy", [], []
            c = f.person(
                persona,
                role,
                lang=lang,
                market=market,
                expected=list(exp),
                tolerated=list(tol),
                account=acc,
                company=company,
            )
            c.truth.update(
                company=company,
                role=role,
                job_title=f.rng.choice(
                    (
                        "Venue manager",
                        "Bar manager",
                        "Office manager",
                        "Finance lead",
                        "Duty manager",
                    )
                ),
            )
            c.truth["job"] = c.truth["job_title"]
            keys.append(c.key)
            if role == "contact":
                for d in sorted(f.rng.sample(range(0, 12), f.rng.randint(2, 4))):
                    t = office(f, d)
                    if f.rng.random() < 0.5:
                        f.add(c, t, "chat", "chat", f.pick(W.B2B_ROUTINE_Q, lang))
                        f.add(
                            c,
                            t + timedelta(minutes=f.rng.randint(1, 6)),
                            "chat",
                            "chat",
                            W.ANSWER[lang],
                            out=True,
                        )
                    elif f.rng.random() < 0.5:
                        f.add(c, t, "community", "post", f.pick(W.B2B_PRAISE, lang).format(b=W.ARM))
                    else:
                        f.survey_good(c, t)
                continue
            f.add(
                c,
                office(f, f.rng.randint(0, 1)),
                "web",
                "page_view",
                attrs={"page": "/venue/portal"},
            )
            if role == "suggests":
                t = office(f, 3 + j * 2, 8, 16)
                r = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    f.pick(W.B2B_MILD, lang),
                    attrs={"page": "/venue/feedback"},
                )
                f.add(c, t + timedelta(minutes=30), "email", "message", W.FORM_ACK[lang], out=True)
                c.truth.update(mild_event_id=r.eid, trouble_starts_at=iso(t))
                continue
            assert problem
            p = W.B2B_PROBLEM[lang][problem].format(ARM=W.ARM)
            unhappy_keys.append(c.key)
            if kind == "at_risk":
                t = (
                    datetime(2026, 9, 9, 8, 0, tzinfo=UTC)
                    + timedelta(minutes=f.rng.randint(0, 120))
                    if j == 0
                    else office(f, 0) + timedelta(0)
                )
                if j > 0:
                    assert t_first
                    t = t_first + timedelta(hours=f.rng.uniform(8, 28) * j)
                    while t.weekday() >= 5 or not 8 <= t.hour < 17:
                        t = (
                            (t + timedelta(days=1)).replace(hour=8, minute=f.rng.randint(5, 55))
                            if t.hour >= 17 or t.weekday() >= 5
                            else t.replace(hour=8, minute=f.rng.randint(5, 55))
                        )
            else:
                t = office(f, f.rng.randint(3, 7), 8, 16)
            if j == 0:
                ref = f.ref()
                first_name = c.truth["name"].split()[0]
                t_first = t
                text = W.B2B_FIRST[lang].format(p=p)
            else:
                text = W.B2B_LATER[lang].format(p=p, who=first_name, ref=ref)
            r = f.add(
                c,
                t,
                "email",
                "message",
                text,
                subject=W.COMPLAINT_SUBJECT[lang].format(t=problem.replace("_", " ")),
            )
            ev = [r.eid]
            if j == 0:
                f.add(
                    c,
                    t + timedelta(minutes=f.rng.randint(20, 50)),
                    "email",
                    "message",
                    W.B2B_ACK[lang].format(ref=ref),
                    subject=W.CASE_SUBJ[lang].format(ref=ref),
                    out=True,
                )
            comp = None
            if kind == "at_risk" and j == unhappy - 1:
                t2 = t + timedelta(hours=f.rng.uniform(18, 40))
                while t2.weekday() >= 5 or not 8 <= t2.hour < 17:
                    t2 += timedelta(hours=1)
                if a == 0:
                    comp = f.rng.choice(W.COMPETITORS)
                    r2 = f.add(
                        c,
                        t2,
                        "email",
                        "message",
                        W.B2B_LAST_MAIL[lang].format(ref=ref, c=comp),
                        subject=W.RE[lang] + W.CASE_SUBJ[lang].format(ref=ref),
                    )
                else:
                    r2 = f.add(c, t2, "phone", "call", W.B2B_LAST_CALL[lang].format(ref=ref))
                ev.append(r2.eid)
                c.truth["expected_rules"] = (
                    ["detractor", "repeat_contact"] if False else ["repeat_contact"]
                )
            else:
                s = f.add(
                    c,
                    t + timedelta(minutes=f.rng.randint(60, 180)),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": f.rng.randint(1, 5)},
                    attrs={"survey": "nps"},
                )
                c.truth.update(nps_given=True, nps=s.scores["nps"], survey_event_id=s.eid)
            c.truth.update(
                problem=problem,
                booking=ref,
                complaint_event_ids=ev,
                competitor=comp,
                trouble_starts_at=iso(t),
            )
        f.accounts[acc] = {
            "company": company,
            "site": f.rng.choice(W.COMPANY_KIND),
            "contacts": len(keys),
            "contact_keys": keys,
            "unhappy_contacts": len(unhappy_keys),
            "unhappy_contact_keys": unhappy_keys,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": iso(t_first) if kind == "at_risk" and t_first else None,
            "language": lang,
            "country": market,
        }


def topic_spike(f: Fam) -> None:
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in sorted(f.rng.sample(range(6), f.rng.randint(1, 4))):
            f.happy(c, f.at(d, 12 if d == 5 else 8, 19))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.at(0, 9, 16)
        r = f.add(c, t, "chat", "chat", f.pick(W.GRUMBLE, c.lang))
        f.add(c, t + timedelta(minutes=3), "chat", "chat", W.FORM_ACK[c.lang], out=True)
        c.truth.update(grumble_event_id=r.eid, trouble_starts_at=iso(t))
    for lang, hh in (("it", 9.6), ("de", 16.1)):
        c = f.person("grumbles_once", "lone question", lang=lang, tolerated=["silence"])
        t = f.start + timedelta(days=4, hours=hh)
        r = f.add(c, t, "chat", "chat", W.LONE_Q[lang])
        f.add(c, t + timedelta(minutes=4), "chat", "chat", W.LONE_A[lang], out=True)
        c.truth.update(lone_report_event_id=r.eid, trouble_starts_at=iso(t))
    s0 = datetime(2026, 10, 17, 8, 20, tzinfo=UTC)
    langs = ["it"] * 6 + ["de"] * 6 + ["en", "en", "es", "es", "fr", "fr", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    offs = sorted([0, 45] + [f.rng.randint(1, 44) for _ in range(18)])
    keys, evs, reps = [], [], []
    rep_count = fixed = 0
    for i in range(20):
        regular = i < 12
        c = f.person(
            "spike_reporter", "regular" if regular else "new", lang=langs[i], tolerated=["silence"]
        )
        if regular:
            for _ in range(f.rng.randint(1, 3)):
                f.happy(c, f.at(2, 8, 17.5))
        t = s0 + timedelta(minutes=offs[i])
        ch = chans[i]
        text = f.pick(W.SPIKE, c.lang).format(
            code=W.CODE, b="@" + W.BRAND if ch == "social" else W.BRAND
        )
        if ch == "social" and "@" not in text:
            text = "@" + W.BRAND + " " + text
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        r = f.add(c, t, ch, kind, text, subject=W.CODE if ch in ("email", "web") else None)
        if ch == "chat":
            f.add(c, t + timedelta(minutes=2), "chat", "chat", W.SPIKE_CHAT_A[c.lang], out=True)
        keys.append(c.key)
        evs.append(r.eid)
        c.truth.update(
            in_spike=True,
            regular=regular,
            spike_event_id=r.eid,
            spike_channel=ch,
            trouble_starts_at=iso(t),
        )
        if (rep_count < 6 and offs[i] <= 15 and i % 2 == 0) or (
            rep_count < 6 and 15 < offs[i] <= 25
        ):
            rep_count += 1
            ch2 = ("email", "chat", "community")[rep_count % 3]
            if ch2 == ch:
                ch2 = "email" if ch != "email" else "chat"
            t2 = t + timedelta(minutes=f.rng.randint(15, 30))
            r2 = f.add(
                c,
                t2,
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                W.SPIKE_AGAIN[c.lang].format(code=W.CODE),
            )
            reps.append(r2.eid)
            c.truth.update(
                persona="spike_repeater",
                expected_rules=["repeat_contact"],
                tolerated_rules=["silence", "sentiment_drop"],
                repeat_event_id=r2.eid,
            )
        elif fixed < 6 and ch != "social":
            fixed += 1
            local = "10:55" if c.market in ("UK", "IE", "PT") else "11:55"
            f.add(
                c,
                datetime(2026, 10, 17, 11, 10 + fixed, tzinfo=UTC),
                "email",
                "message",
                W.WORKS_AGAIN[c.lang].format(t=local),
                subject=W.CODE,
                out=True,
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": f"arcade machine licence check fails: machines locked on a licence screen, error {W.CODE}",
        "about": "hired pinball and arcade machines refuse to start, in homes and venues",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": evs,
        "repeat_event_ids": reps,
    }


FAMILIES: list[tuple[str, str, str, int, Any, str]] = [
    (
        "happy_writers",
        "HW",
        "2026-01-12",
        10,
        happy_writers,
        "happy day and night writers and survey answerers",
    ),
    ("one_bad_day", "BD", "2026-02-09", 12, one_bad_day, "happy customers with one bad day"),
    (
        "repeat_contacts",
        "RC",
        "2026-03-09",
        10,
        repeat_contacts,
        "repeat contacts about one open problem",
    ),
    (
        "slow_churners",
        "SC",
        "2026-04-13",
        32,
        slow_churners,
        "slides, leavers, steady, grumpy, sarcastic",
    ),
    ("quiet_hours", "QH", "2026-06-19", 3, quiet_hours, "a calm weekend with night-owl bursts"),
    ("bilingual", "BL", "2026-07-06", 14, bilingual, "customers writing in two languages"),
    ("b2b_accounts", "BB", "2026-09-07", 14, b2b_accounts, "venue accounts of the business arm"),
    (
        "topic_spike",
        "TS",
        "2026-10-12",
        7,
        topic_spike,
        "a calm week and one Saturday-morning spike",
    ),
]


def write(f: Fam) -> tuple[int, int]:
    f.rows.sort(key=lambda r: (r.t, r.eid))
    seen_in: set[str] = set()
    lines = []
    for r in f.rows:
        assert r.t.year == 2026 and r.t < LIMIT, r.eid
        c = r.cust
        full = r.outbound or c.key not in seen_in
        if not r.outbound:
            seen_in.add(c.key)
        ids = dict(c.ids)
        if not full:
            keep = {
                "phone": ["phone"],
                "social": ["handle"],
                "community": ["handle"],
                "email": ["email"],
            }.get(r.channel, ["customer_id"])
            if c.ids["account_id"] and r.channel in ("social", "community"):
                keep = ["email"]
            ids = {k: (v if k in keep else None) for k, v in c.ids.items()}
            if c.ids["account_id"]:
                ids["account_id"] = c.ids["account_id"]
            if ids.get("email") and f.rough.random() < 1 / 12:
                ids["email"] = str(ids["email"]).upper()
            if ids.get("handle") and f.rough.random() < 0.2:
                ids["handle"] = str(ids["handle"]).lstrip("@")
        lines.append(
            json.dumps(
                {
                    "event_id": r.eid,
                    "occurred_at": iso(r.t),
                    "channel": r.channel,
                    "kind": r.kind,
                    "direction": "outbound" if r.outbound else "inbound",
                    "customer": ids,
                    "text": r.text,
                    "subject": r.subject,
                    "scores": {
                        "nps": r.scores.get("nps"),
                        "csat": r.scores.get("csat"),
                        "ces": r.scores.get("ces"),
                    },
                    "source": f"flipperra-{r.channel}",
                    "attributes": r.attrs,
                },
                ensure_ascii=False,
            )
        )
    (HERE / f"{f.name}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    expected: dict[str, int] = {}
    for c in f.custs.values():
        for rule in c.truth["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
        assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]), c.key
        assert any(r.cust is c and not r.outbound for r in f.rows), c.key
    for acc in f.accounts.values():
        for rule in acc["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    if f.spike:
        expected["topic_spike"] = 1
    end = max(f.start + timedelta(days=f.days), f.rows[-1].t + timedelta(hours=1))
    truth = {
        "config": {
            "family": f.name,
            "about": f.about,
            "business": "Flipperra: pinball and arcade machine hire (Flipperra Club; Flipperra Venue on account)",
            "days": f.days,
            "seed": SEED * 100 + f.n,
            "written": "heldout312, blind",
            "expected": dict(sorted(expected.items())),
        },
        "start": iso(f.start),
        "end": iso(end),
        "customers": {k: c.truth for k, c in f.custs.items()},
        "accounts": f.accounts,
        "spike": f.spike,
        "journey": {},
        "expectations": {},
    }
    (HERE / f"{f.name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
    )
    return len(f.custs), len(lines)


def main() -> None:
    COUNTER["n"] = 0
    COUNTER["ref"] = 0
    for n, (name, code, start, days, build, about) in enumerate(FAMILIES, 1):
        f = Fam(name, code, n, datetime.fromisoformat(start).replace(tzinfo=UTC), days, about)
        build(f)
        print(name, *write(f))


if __name__ == "__main__":
    main()
