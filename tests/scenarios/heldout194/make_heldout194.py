"""Build heldout194/ (report only, written blind): python make_heldout194.py."""

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

from wording import (  # noqa: E402
    AGENTS,
    BRAND,
    CODE,
    COMPETITORS,
    FIRST,
    LAST,
    MARKETS,
    PHONE,
    PRODUCTS,
    WEEKDAY,
    W,
)

SEED = 20261194
LANG_W = {"de": 30, "fr": 28, "es": 12, "en": 10, "it": 10, "pt": 10}
PROBLEMS = ("problem_missed", "problem_double", "problem_damage", "problem_fee")
USED: set[str] = set()
CASES: list[int] = [0]
EVENTS: list[int] = [0]
CURRENCY = {"UK": "GBP", "CH": "CHF"}


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def unique(value: str) -> str:
    n = 2
    base = value
    while value in USED:
        value = f"{base}{n}"
        n += 1
    USED.add(value)
    return value


def strip_accents(text: str) -> str:
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
        text = text.replace(a, b)
    keep = {"ß", "ñ", "Ñ"}
    return "".join(ch if ch in keep else unicodedata.normalize("NFKD", ch)[0] for ch in text)


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
    about: str
    rng: random.Random
    rough: random.Random
    rows: list[dict[str, Any]] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)

    def lang(self) -> str:
        return self.rng.choices(list(LANG_W), weights=list(LANG_W.values()))[0]

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
        lg = lang or self.lang()
        mk = market or self.rng.choice(MARKETS[lg])
        first = self.rng.choice(FIRST[lg])
        last = self.rng.choice(LAST[lg])
        key = unique(f"HM{self.code}{self.rng.randint(1000, 9999)}")
        plain = strip_accents(f"{first}.{last}").lower()
        dom = (
            account.split("-")[-1].lower() + "-firm.example"
            if account
            else self.rng.choice(["post.example", "mailbox.example", "web.example"])
        )
        email = unique(f"{plain}{self.rng.randint(1, 99)}@{dom}")
        phone = unique(f"{PHONE[mk]}{self.rng.randint(1000000, 9999999)}")
        handle = (
            None
            if account
            else unique(
                "@" + strip_accents(f"{last}_{first}").lower() + str(self.rng.randint(1, 9))
            )
        )
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": "+" + "".join(ch for ch in phone if ch.isdigit()),
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": expected,
            "tolerated_rules": tolerated,
            "persona": persona,
            "habit": habit,
            "language": lg,
            "country": mk,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        truth.update(extra)
        c = Cust(key, lg, mk, first, email, phone, handle, account, truth)
        self.custs[key] = c
        return c

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        **attrs: str,
    ) -> str:
        EVENTS[0] += 1
        eid = f"h194-{self.code.lower()}-{EVENTS[0]:05d}"
        if text is not None:
            text = text.replace("{brand}", BRAND).replace("{code}", CODE).replace("{name}", c.name)
            if not out and channel not in ("phone", "survey"):
                text = self.roughen(text)
            if channel == "social" and not out and c.account is None:
                text = (
                    text.replace(BRAND, "@" + BRAND) if BRAND in text else "@" + BRAND + " " + text
                )
        a = {"market": c.market, **attrs}
        if c.account:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(AGENTS)
            if text is not None:
                text = text.replace("{agent}", a["agent"])
        self.rows.append(
            {
                "event_id": eid,
                "occurred_at": t,
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "cust": c.key,
                "text": text,
                "subject": subject,
                "scores": scores or {},
                "source": f"humora-{channel}",
                "attributes": a,
            }
        )
        return eid

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 1 / 10:
            text = strip_accents(text)
        if r.random() < 1 / 8 and text[:1].isupper() and not text[:2].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = text.split(" ")
            idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
            if idx:
                i = r.choice(idx)
                w = words[i]
                j = r.randint(1, len(w) - 3)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    def pick(self, c: Cust, table: str, **kw: str) -> str:
        text: str = self.rng.choice(W[c.lang][table])
        for k, v in kw.items():
            text = text.replace("{" + k + "}", v)
        return text

    def case(self) -> str:
        CASES[0] += 1
        return f"HM-{400000 + CASES[0] * 137:06d}"

    def day(self, d: int, h0: float = 7, h1: float = 20) -> datetime:
        return self.start + timedelta(days=d, hours=self.rng.uniform(h0, h1))

    # -- acts ---------------------------------------------------------------
    def happy(self, c: Cust, t: datetime, survey: bool = True) -> None:
        m = self.rng.random
        k = self.rng.randrange(9 if survey else 8)
        if k == 0:
            self.add(c, t, "social", "mention", self.pick(c, "praise"))
        elif k == 1:
            self.add(c, t, "community", "post", self.pick(c, "again" if m() < 0.5 else "praise"))
        elif k == 2:
            self.add(c, t, "web", "review", self.pick(c, "gripe"), rating="4", page="/reviews")
        elif k == 3:
            self.add(c, t, "chat", "chat", self.pick(c, "question"))
            t2 = t + timedelta(minutes=self.rng.randint(1, 6))
            self.add(c, t2, "chat", "chat", self.pick(c, "answer"), out=True)
            if m() < 0.6:
                self.add(c, t2 + timedelta(minutes=2), "chat", "chat", self.pick(c, "thanks"))
        elif k == 4:
            self.add(c, t, "phone", "call", self.pick(c, "call"))
            self.add(
                c, t + timedelta(minutes=20), "email", "message", self.pick(c, "answer"), out=True
            )
        elif k == 5:
            self.add(c, t, "web", "page_view", None, page="/bins")
            price = self.rng.choice([14.9, 19.9, 9.5])
            cur = CURRENCY.get(c.market, "EUR")
            self.add(
                c,
                t + timedelta(minutes=4),
                "web",
                "purchase",
                None,
                order_value=f"{price:.2f}",
                currency=cur,
                product=self.rng.choice(PRODUCTS),
                page="/checkout",
            )
        elif k == 6:
            self.add(
                c,
                t,
                "web",
                "page_view",
                None,
                page=self.rng.choice(["/account", "/compost", "/calendar"]),
            )
        elif k == 7:
            self.add(c, t, "web", "review", self.pick(c, "praise"), rating="5", page="/reviews")
        else:
            self.add(
                c,
                t,
                "survey",
                "survey_response",
                self.pick(c, "survey") or None,
                scores={"nps": self.rng.randint(9, 10)},
                survey="nps",
            )

    def dayshift(self, t: datetime) -> datetime:
        if t.hour >= 21:
            return (t + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 59))
        if t.hour < 7:
            return t.replace(hour=8, minute=self.rng.randint(0, 59))
        return t

    def complaint(
        self, c: Cust, t: datetime, channel: str, problem: str, long: bool = False
    ) -> str:
        p = self.pick(c, problem)
        if long:
            text = self.pick(c, "long_email", problem=p).replace("{name}", c.truth["name"])
            return self.add(c, t, "email", "message", text, subject=self.pick(c, "subject_c"))
        if channel == "phone":
            return self.add(
                c, t, "phone", "call", "".join(ch for ch in p.lower() if ch not in ".,!?:;")
            )
        kinds = {
            "email": "message",
            "chat": "chat",
            "social": "mention",
            "web": "ticket",
            "community": "post",
        }
        subj = self.pick(c, "subject_c") if channel == "email" else None
        if channel == "web":
            return self.add(c, t, channel, kinds[channel], p, subject=subj, page="/help/contact")
        return self.add(c, t, channel, kinds[channel], p, subject=subj)

    # -- output ---------------------------------------------------------------
    def write(self, expected: dict[str, int]) -> None:
        self.rows.sort(key=lambda r: (r["occurred_at"], r["event_id"]))
        got: dict[str, int] = {}
        for c in self.custs.values():
            for rule in c.truth["expected_rules"]:
                got[rule] = got.get(rule, 0) + 1
            assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]), c.key
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                got[rule] = got.get(rule, 0) + 1
        if self.spike:
            got["topic_spike"] = 1
        assert got == expected, (self.name, got, expected)
        seen: set[str] = set()
        lines = []
        limit = datetime(2026, 11, 15, tzinfo=UTC)
        for r in self.rows:
            c = self.custs[r["cust"]]
            t = r["occurred_at"]
            assert self.start <= t < limit, (self.name, t)
            ch = r["channel"]
            full = r["direction"] == "outbound" or (c.key not in seen)
            ref: dict[str, str | None] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            if full:
                ref.update(
                    customer_id=c.key,
                    email=c.email,
                    phone=c.phone.replace(" ", ""),
                    handle=c.handle,
                )
            elif ch == "phone":
                ref["phone"] = c.phone if self.rough.random() < 0.5 else c.phone.replace(" ", "")
            elif ch in ("social", "community"):
                if c.handle:
                    ref["handle"] = c.handle if self.rough.random() < 0.8 else c.handle.lstrip("@")
                else:
                    ref["email"] = c.email
            elif ch == "email":
                ref["email"] = c.email.upper() if self.rough.random() < 1 / 12 else c.email
            else:
                ref["customer_id"] = c.key
            if r["direction"] == "inbound":
                seen.add(c.key)
            tp = {
                "event_id": r["event_id"],
                "occurred_at": iso(t),
                "channel": ch,
                "kind": r["kind"],
                "direction": r["direction"],
                "customer": ref,
                "text": r["text"],
                "subject": r["subject"],
                "scores": {"nps": None, "csat": None, "ces": None, **r["scores"]},
                "source": r["source"],
                "attributes": r["attributes"],
            }
            lines.append(json.dumps(tp, ensure_ascii=False))
        assert all(k in seen for k in self.custs), self.name
        end = max(
            self.start + timedelta(days=self.days),
            self.rows[-1]["occurred_at"] + timedelta(hours=1),
        )
        assert end < limit
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Humora: food-waste and garden-waste bin collection and compost by app and web, Humora Plus membership; Humora Pro for companies on account. Competitors Kompazo, Verdisco.",
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-06",
                "expected": expected,
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: c.truth for k, c in sorted(self.custs.items())},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


def fam(n: int, name: str, code: str, start: str, days: int, about: str) -> Fam:
    return Fam(
        name,
        code,
        datetime.fromisoformat(start).replace(tzinfo=UTC),
        days,
        about,
        random.Random(SEED * 100 + n),
        random.Random(SEED * 100 + 50 + n),
    )


SIL = ["silence"]
REP_TOL = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
SLIDE_TOL = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
LEAVE_TOL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]


def happy_writers() -> None:
    f = fam(1, "happy_writers", "HW", "2026-03-16", 10, "happy customers only")
    for _ in range(16):
        c = f.person("happy", "day writer", [], [])
        for d in f.rng.sample(range(10), f.rng.randint(5, 8)):
            f.happy(c, f.day(d, 7, 19))
    for _ in range(5):
        c = f.person("happy", "night writer", [], [])
        for d in f.rng.sample(range(9), f.rng.randint(2, 4)):
            t = f.start + timedelta(days=d, hours=22, minutes=f.rng.randint(12, 380))
            if f.rng.random() < 0.5:
                f.add(c, t, "social", "post", f.pick(c, "night_post"))
            else:
                f.add(c, t, "chat", "chat", f.pick(c, "night_q"))
                f.add(c, t + timedelta(minutes=4), "chat", "chat", f.pick(c, "answer"), out=True)
                f.add(c, t + timedelta(minutes=7), "chat", "chat", f.pick(c, "thanks"))
        for d in f.rng.sample(range(10), f.rng.randint(2, 3)):
            f.happy(c, f.day(d, 9, 18), survey=False)
    for _ in range(5):
        c = f.person("happy", "answers surveys", [], [])
        for d in f.rng.sample(range(10), f.rng.randint(3, 6)):
            kind = f.rng.choice(["nps", "csat", "ces"])
            score = {
                "nps": f.rng.randint(9, 10),
                "csat": f.rng.randint(4, 5),
                "ces": f.rng.randint(6, 7),
            }[kind]
            f.add(
                c,
                f.day(d, 8, 19),
                "survey",
                "survey_response",
                f.pick(c, "survey") or None,
                scores={kind: score},
                survey=kind,
            )
    f.write({})


def one_bad_day() -> None:
    f = fam(2, "one_bad_day", "BD", "2026-04-13", 12, "happy customers with one bad day")
    chans = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    with_case: list[tuple[Cust, datetime, str]] = []
    for i, ch in enumerate(chans):
        lang = ("de" if i % 2 else "fr") if ch == "long" else None
        c = f.person("happy_one_bad_day", "one bad day", [], SIL, lang=lang)
        bd = f.rng.randint(2, 9)
        t = f.day(bd, 8, 20)
        problem = PROBLEMS[i % 4]
        eid = f.complaint(c, t, "email" if ch == "long" else ch, problem, long=ch == "long")
        days = [d for d in range(12) if d <= bd - 2 or d >= bd + 3]
        for d in f.rng.sample(days, f.rng.randint(1, 5)):
            f.happy(c, f.day(d), survey=False)
        c.truth.update(
            problem=problem,
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            long_email=ch == "long",
            channel="email" if ch == "long" else ch,
            booking=None,
        )
        if ch == "social":
            continue
        case = f.case()
        c.truth["booking"] = case
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=3),
                "chat",
                "chat",
                f.pick(c, "case_opened", case=case),
                out=True,
            )
        else:
            f.add(
                c,
                t + timedelta(minutes=f.rng.randint(10, 40)),
                "email",
                "message",
                f.pick(c, "case_opened", case=case),
                out=True,
                subject=f.pick(c, "subject_re", case=case),
            )
        with_case.append((c, t, case))
    f.rng.shuffle(with_case)
    for j, (c, t, case) in enumerate(with_case):
        if j < 6:
            st = t + timedelta(minutes=f.rng.randint(100, 140))
            sid = f.add(
                c,
                st,
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                survey="nps",
            )
            c.truth.update(
                persona="bad_day_detractor",
                expected_rules=["detractor"],
                nps_given=True,
                survey_event_id=sid,
            )
        elif j < 11:
            st = t + timedelta(minutes=f.rng.randint(40, 80))
            sid = f.add(
                c,
                st,
                "survey",
                "survey_response",
                None,
                scores={"csat": f.rng.randint(1, 2)},
                survey="csat",
            )
            c.truth.update(csat_given=True, survey_event_id=sid)
        if 4 <= j < 16:
            gt = f.dayshift(t + timedelta(hours=f.rng.uniform(1, 4)))
            f.add(
                c,
                gt,
                "email",
                "message",
                f.pick(c, "good_news", case=case),
                out=True,
                subject=f.pick(c, "subject_re", case=case),
            )
            c.truth["agent_fixed"] = True
            if j < 9:
                at = f.dayshift(t + timedelta(hours=f.rng.uniform(16, 24)))
                aid = f.add(c, at, "chat", "chat", f.pick(c, "apology"))
                c.truth.update(apologised=True, apology_at=iso(at), apology_event_id=aid)
    for _ in range(8):
        c = f.person("happy", "control", [], [])
        for d in f.rng.sample(range(12), f.rng.randint(4, 7)):
            f.happy(c, f.day(d))
    f.write({"detractor": 6})


def repeat_run(
    f: Fam, c: Cust, first: datetime, n: int, problem: str, passed: bool, chan0: str = "web"
) -> None:
    case = f.case()
    e0 = f.complaint(c, first, chan0, problem)
    ids = [e0]
    if passed:
        f.add(
            c,
            first + timedelta(hours=f.rng.uniform(1.5, 2.5)),
            "email",
            "message",
            f.pick(c, "passed", case=case),
            out=True,
            subject=f.pick(c, "subject_re", case=case),
        )
    else:
        f.add(
            c,
            first + timedelta(minutes=f.rng.randint(10, 40)),
            "email",
            "message",
            f.pick(c, "case_opened", case=case),
            out=True,
            subject=f.pick(c, "subject_re", case=case),
        )
    t = first
    chans = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != chan0]
    f.rng.shuffle(chans)
    comp = None
    for k in range(1, n):
        t = f.dayshift(t + timedelta(hours=f.rng.uniform(4, 40)))
        table = "still" if k == 1 else ("third" if k == 2 else "fourth")
        comp = f.rng.choice(COMPETITORS) if k == 2 else comp
        text = f.pick(c, table, case=case, comp=comp or "")
        ch = chans[k - 1]
        if ch == "phone":
            ids.append(
                f.add(
                    c, t, "phone", "call", "".join(x for x in text.lower() if x not in ".,!?:;()")
                )
            )
        else:
            kinds = {"email": "message", "chat": "chat", "web": "ticket", "social": "mention"}
            ids.append(
                f.add(
                    c,
                    t,
                    ch,
                    kinds[ch],
                    text,
                    subject=f.pick(c, "subject_re", case=case) if ch == "email" else None,
                )
            )
            if ch == "chat":
                f.add(
                    c,
                    t + timedelta(minutes=3),
                    "chat",
                    "chat",
                    f.pick(c, "urgent", case=case),
                    out=True,
                )
    c.truth.update(
        problem=problem,
        booking=case,
        contacts=n,
        problem_event_ids=ids,
        agent_passed_on=passed,
        competitor=comp if n >= 3 else None,
        trouble_starts_at=iso(first),
    )


def fixed_case(f: Fam, c: Cust, t: datetime, problem: str, chan: str = "web") -> dict[str, Any]:
    case = f.case()
    e = f.complaint(c, t, chan, problem)
    f.add(
        c,
        t + timedelta(minutes=f.rng.randint(10, 40)),
        "email",
        "message",
        f.pick(c, "case_opened", case=case),
        out=True,
        subject=f.pick(c, "subject_re", case=case),
    )
    ft = f.dayshift(t + timedelta(hours=f.rng.uniform(3, 20)))
    f.add(
        c,
        ft,
        "email",
        "message",
        f.pick(c, "good_news", case=case),
        out=True,
        subject=f.pick(c, "subject_re", case=case),
    )
    ct = f.dayshift(ft + timedelta(hours=f.rng.uniform(8, 30)))
    cch = f.rng.choice(["email", "chat"])
    ce = f.add(
        c,
        ct,
        cch,
        "message" if cch == "email" else "chat",
        f.pick(c, "confirm", case=case),
        subject=f.pick(c, "subject_re", case=case) if cch == "email" else None,
    )
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(ft),
        "confirmed_at": iso(ct),
        "problem_event_ids": [e],
        "confirm_event_id": ce,
        "channel": chan,
        "confirm_channel": cch,
    }


def repeat_contacts() -> None:
    f = fam(3, "repeat_contacts", "RC", "2026-05-25", 10, "repeat contacts and controls")
    for i in range(12):
        c = f.person("repeat_contact", "repeats", ["repeat_contact"], REP_TOL)
        for _ in range(f.rng.randint(1, 3)):
            f.happy(c, f.day(0, 7, 12), survey=False)
        n = (2, 3, 4)[i % 3]
        repeat_run(
            f,
            c,
            f.day(f.rng.randint(1, 4), 8, 19),
            n,
            PROBLEMS[i % 4],
            passed=i % 2 == 0,
            chan0=["web", "email", "chat", "web"][i % 4],
        )
    for i in range(5):
        c = f.person("resolved_between_contacts", "fixed", [], SIL)
        f.happy(c, f.day(0), survey=False)
        p = fixed_case(f, c, f.day(f.rng.randint(1, 4), 8, 18), PROBLEMS[i % 4])
        c.truth.update(problems=[p], trouble_starts_at=p["raised_at"])
    for i in range(3):
        c = f.person("different_problems", "two problems", [], SIL)
        p1 = fixed_case(f, c, f.day(1, 8, 18), PROBLEMS[i % 4])
        p2 = fixed_case(
            f, c, f.day(f.rng.randint(5, 6), 8, 18), PROBLEMS[(i + 1) % 4], chan="email"
        )
        c.truth.update(problems=[p1, p2], trouble_starts_at=p1["raised_at"])
    for _ in range(7):
        c = f.person("happy", "frequent writer", [], [])
        for d in f.rng.sample(range(10), f.rng.randint(5, 8)):
            f.happy(c, f.day(d))
    f.write({"repeat_contact": 12})


def slide(f: Fam, c: Cust, d0: int, span: int, langs: list[str] | None = None) -> list[str]:
    comp = f.rng.choice(COMPETITORS)
    ids = []
    t = f.day(d0, 8, 18)
    ratings = ["3", "3", "2", "2", "1", "1"]
    for s in range(6):
        if s:
            t = f.dayshift(
                max(
                    t + timedelta(hours=1),
                    f.start + timedelta(days=d0 + span * s / 5, hours=f.rng.uniform(8, 19)),
                )
            )
        lg = langs[s % 2] if langs else c.lang
        text = f.rng.choice(W[lg]["slide"][s : s + 1]).replace("{comp}", comp)
        ch = f.rng.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(f.add(c, t, "web", "review", text, rating=ratings[s], page="/reviews"))
        else:
            ids.append(f.add(c, t, ch, "mention" if ch == "social" else "post", text))
    c.truth.update(
        slide_event_ids=ids,
        slide_days=span,
        competitor=comp,
        trouble_starts_at=iso(f.rows[-6]["occurred_at"]),
    )
    return ids


def slow_churners() -> None:
    f = fam(
        4,
        "slow_churners",
        "SC",
        "2026-06-29",
        32,
        "slow churners, leavers, steady, grumpy, sarcastic",
    )
    for i in range(10):
        c = f.person("slow_churner", "slides", ["sentiment_drop"], SLIDE_TOL)
        for d in f.rng.sample(range(11), f.rng.randint(4, 5)):
            f.add(c, f.day(d, 8, 20), "social", "mention", f.pick(c, "praise"))
        for d in f.rng.sample(range(11), f.rng.randint(2, 4)):
            f.happy(c, f.day(d, 8, 20), survey=False)
        ids = slide(f, c, f.rng.randint(12, 16), (3, 5, 9, 5, 9, 5, 9, 5, 9, 5)[i])
        if i < 5:
            st = next(r["occurred_at"] for r in f.rows if r["event_id"] == ids[3])
            sid = f.add(
                c,
                f.dayshift(st + timedelta(hours=f.rng.uniform(2.5, 3.5))),
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                survey="nps",
            )
            c.truth.update(
                expected_rules=["sentiment_drop", "detractor"], nps_given=True, survey_event_id=sid
            )
    for _ in range(5):
        c = f.person("slow_churner", "asks to cancel", ["churn_intent"], LEAVE_TOL)
        for d in f.rng.sample(range(12), f.rng.randint(4, 6)):
            f.happy(c, f.day(d), survey=False)
        t = f.day(f.rng.randint(17, 23), 8, 19)
        e = f.add(c, t, "email", "message", f.pick(c, "cancel"), subject="Humora Plus")
        f.add(
            c,
            f.dayshift(t + timedelta(hours=f.rng.uniform(1, 5))),
            "email",
            "message",
            f.pick(c, "sorry_go"),
            out=True,
            subject="Re: Humora Plus",
        )
        ct = f.dayshift(t + timedelta(hours=f.rng.uniform(20, 30)))
        x = f.add(c, ct, "web", "cancellation", None, page="/account/cancel", product="Humora Plus")
        c.truth.update(
            churn_intent_event_id=e,
            cancellation_event_id=x,
            churn_at=iso(ct),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = f.person("happy", "steady", [], [])
        for d in f.rng.sample(range(32), f.rng.randint(8, 12)):
            f.happy(c, f.day(d))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"])
        d = f.rng.randint(0, 4)
        ids = []
        for _ in range(f.rng.randint(5, 7)):
            ch = f.rng.choice(["social", "community", "web"])
            text = f.pick(c, "grumble")
            if ch == "web":
                ids.append(
                    f.add(c, f.day(d, 8, 20), "web", "review", text, rating="3", page="/reviews")
                )
            else:
                ids.append(
                    f.add(c, f.day(d, 8, 20), ch, "mention" if ch == "social" else "post", text)
                )
            d += f.rng.randint(1, 3)
        c.truth.update(
            grumble_event_ids=ids,
            trouble_starts_at=iso(min(r["occurred_at"] for r in f.rows if r["event_id"] in ids)),
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", [], SIL)
        for d in f.rng.sample(range(17), f.rng.randint(3, 5)):
            f.happy(c, f.day(d))
        s = f.add(c, f.day(f.rng.randint(17, 28), 9, 20), "social", "mention", f.pick(c, "sarcasm"))
        c.truth["sarcasm_event_id"] = s
    f.write({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})


def quiet_hours() -> None:
    f = fam(5, "quiet_hours", "QH", "2026-08-21", 3, "a calm weekend with night owls")
    for _ in range(16):
        c = f.person("happy", "day writer", [], [])
        for d in f.rng.sample(range(3), f.rng.randint(1, 3)):
            f.happy(c, f.day(d, 7, 17.5), survey=False)
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", [], SIL)
        t = f.day(f.rng.randint(0, 2), 8, 17)
        f.add(c, t, "web", "page_view", None, page="/account")
        gt = t + timedelta(minutes=f.rng.randint(20, 30))
        if i < 2:
            g = f.add(c, gt, "chat", "chat", f.pick(c, "mild"))
            f.add(c, gt + timedelta(minutes=3), "chat", "chat", f.pick(c, "mild_ans"), out=True)
        else:
            g = f.add(c, gt, "web", "ticket", f.pick(c, "mild"), page="/help/contact")
            f.add(
                c, gt + timedelta(minutes=25), "email", "message", f.pick(c, "mild_ans"), out=True
            )
        c.truth.update(grumble_event_id=g, trouble_starts_at=iso(gt))
    n = 0
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=f.rng.randint(40, 65))
        for b, off in enumerate((0, f.rng.randint(28, 33), f.rng.randint(55, 65))):
            bt = b0 + timedelta(minutes=off)
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}", [], [])
                t = bt + timedelta(minutes=f.rng.uniform(0, 10))
                if f.rng.random() < 0.5:
                    e = f.add(c, t, "chat", "chat", f.pick(c, "night_q"))
                    f.add(
                        c, t + timedelta(minutes=3), "chat", "chat", f.pick(c, "answer"), out=True
                    )
                    f.add(c, t + timedelta(minutes=6), "chat", "chat", f.pick(c, "thanks"))
                else:
                    e = f.add(c, t, "social", "post", f.pick(c, "night_post"))
                if n % 2 == 0:
                    f.happy(c, f.day(f.rng.randint(0, 2), 9, 17.5), survey=False)
                n += 1
                c.truth.update(burst_at=iso(bt), night_event_id=e)
    f.write({})


PAIRS = [
    ("de", "fr"),
    ("fr", "de"),
    ("de", "en"),
    ("fr", "en"),
    ("de", "it"),
    ("fr", "es"),
    ("de", "pt"),
    ("fr", "it"),
    ("en", "de"),
    ("es", "fr"),
    ("it", "de"),
    ("pt", "fr"),
]


def bilingual() -> None:
    f = fam(6, "bilingual", "BL", "2026-09-14", 14, "customers writing in two languages")

    def bi(
        persona: str, habit: str, exp: list[str], tol: list[str], i: int
    ) -> tuple[Cust, list[str]]:
        pair = list(PAIRS[i % len(PAIRS)])
        c = f.person(
            persona,
            habit,
            exp,
            tol,
            lang=pair[0],
            languages=pair,
            job_second_language=f.rng.choice(
                ["partner's language", "grew up there", "works across the border"]
            ),
        )
        return c, pair

    for i in range(12):
        c, pair = bi("happy", "alternates languages", [], [], i)
        for k, d in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            c.lang = pair[k % 2]
            f.happy(c, f.day(d))
        c.lang = pair[0]
    for i in range(5):
        c, pair = bi("repeat_contact", "repeats", ["repeat_contact"], REP_TOL, i + 3)
        f.happy(c, f.day(f.rng.randint(0, 1)), survey=False)
        n = (2, 2, 3, 3, 4)[i]
        c.lang = pair[1]
        repeat_run(f, c, f.day(f.rng.randint(2, 5), 8, 19), n, PROBLEMS[i % 4], passed=n >= 3)
        c.lang = pair[0]
    for i in range(5):
        c, pair = bi("slow_churner", "slides", ["sentiment_drop"], SLIDE_TOL, i + 1)
        for k, d in enumerate(range(6)):
            f.add(c, f.day(d, 8, 20), "social", "mention", f.rng.choice(W[pair[k % 2]]["praise"]))
        f.happy(c, f.day(f.rng.randint(0, 5)), survey=False)
        slide(f, c, f.rng.randint(7, 8), f.rng.randint(3, 5), langs=pair)
    for i in range(3):
        c, pair = bi("happy_one_bad_day", "one bad day", [], SIL, i + 6)
        for d in f.rng.sample(range(3), 2):
            f.happy(c, f.day(d), survey=False)
        c.lang = pair[1]
        t = f.day(f.rng.randint(6, 9), 8, 19)
        e = f.complaint(c, t, "email" if i < 2 else "chat", PROBLEMS[i], long=i == 0)
        case = f.case()
        f.add(
            c,
            t + timedelta(minutes=20),
            "email",
            "message",
            f.pick(c, "case_opened", case=case),
            out=True,
        )
        if i < 2:
            f.add(
                c,
                f.dayshift(t + timedelta(hours=3)),
                "email",
                "message",
                f.pick(c, "good_news", case=case),
                out=True,
            )
        if i == 1:
            f.add(c, f.dayshift(t + timedelta(hours=20)), "chat", "chat", f.pick(c, "apology"))
        c.truth.update(
            bad_day_at=iso(t),
            bad_day_event_id=e,
            bad_day_language=pair[1],
            problem=PROBLEMS[i],
            booking=case,
        )
        c.lang = pair[0]
    for i in range(2):
        c, pair = bi("resolved_between_contacts", "fixed", [], SIL, i + 9)
        f.happy(c, f.day(1), survey=False)
        p = fixed_case(f, c, f.day(4, 8, 18), PROBLEMS[i + 2])
        c.truth.update(problems=[p], confirm_language=pair[1], trouble_starts_at=p["raised_at"])
    f.write({"repeat_contact": 5, "sentiment_drop": 5})


def b2b_accounts() -> None:
    f = fam(7, "b2b_accounts", "BB", "2026-10-05", 14, "companies on account")
    plan = [
        ("at_risk", 5, 3, "de"),
        ("at_risk", 4, 3, "fr"),
        ("at_risk", 5, 3, "de"),
        ("at_risk", 6, 4, "fr"),
        ("at_risk", 5, 4, "es"),
    ]
    plan += [("one_unhappy", 3, 1, lg) for lg in ("de", "fr", "it", "en")]
    plan += [("mild", n, 0, lg) for n, lg in ((3, "de"), (4, "fr"), (4, "pt"))]
    plan += [("happy", n, 0, lg) for n, lg in ((4, "de"), (4, "fr"), (3, "es"))]
    sites = [
        "facilities",
        "hotel",
        "school",
        "canteen",
        "hospital",
        "catering",
        "office",
        "municipality",
        "university",
        "bakery",
        "restaurant",
        "care home",
        "brewery",
        "market",
        "stadium",
    ]
    for ai, (kind, n, unhappy, lg) in enumerate(plan):
        mk = f.rng.choice(MARKETS[lg])
        acc = unique(f"HMP-{mk}-{f.rng.randint(1000, 9999)}")
        company = f"{sites[ai].title()} {f.rng.choice(LAST[lg])}"
        problem = "invoice" if ai % 2 == 0 else "portal"
        contacts: list[Cust] = []
        exp: list[str]
        tol: list[str]
        for k in range(n):
            role = (
                "complainer"
                if k < unhappy
                else ("suggests" if kind == "mild" and k < 2 else "contact")
            )
            if kind == "at_risk" and role == "complainer":
                persona, exp, tol = (
                    "b2b_unhappy",
                    [],
                    [
                        "sentiment_drop",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "silence",
                        "account_risk",
                    ],
                )
            elif role == "complainer":
                persona, exp, tol = (
                    "b2b_one_unhappy",
                    [],
                    ["sentiment_drop", "high_value_at_risk", "silence"],
                )
            elif role == "suggests":
                persona, exp, tol = "b2b_mild", [], SIL
            else:
                persona, exp, tol = "b2b_happy", [], []
            c = f.person(
                persona,
                role,
                exp,
                tol,
                lang=lg,
                account=acc,
                market=mk,
                company=company,
                role=role,
                job_title=f.rng.choice(
                    ["Facilities manager", "Office manager", "Head of kitchen", "Accounts payable"]
                ),
            )
            c.truth["job"] = c.truth["job_title"]
            contacts.append(c)
            for _ in range(f.rng.randint(1, 3) if role == "contact" else f.rng.randint(0, 2)):
                t = f.day(
                    f.rng.randint(0, 11) if role == "contact" else f.rng.randint(0, 1), 8, 16.5
                )
                while t.weekday() >= 5:
                    t += timedelta(days=1)
                if f.rng.random() < 0.6:
                    f.add(c, t, "chat", "chat", f.pick(c, "b2b_q"))
                    f.add(
                        c,
                        t + timedelta(minutes=f.rng.randint(1, 6)),
                        "chat",
                        "chat",
                        f.pick(c, "b2b_ans"),
                        out=True,
                    )
                    if role == "contact" and f.rng.random() < 0.5:
                        f.add(c, t + timedelta(minutes=8), "chat", "chat", f.pick(c, "thanks"))
                else:
                    f.add(c, t, "web", "page_view", None, page="/pro/portal")
        acc_t: dict[str, Any] = {
            "company": company,
            "site": sites[ai],
            "contacts": n,
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
        f.accounts[acc] = acc_t
        if kind == "at_risk":
            case = f.case()
            t = f.start + timedelta(days=2, hours=f.rng.uniform(8, 11))
            acc_t["trouble_starts_at"] = iso(t)
            for k, c in enumerate(contacts[:unhappy]):
                if k:
                    t = t + timedelta(hours=f.rng.uniform(8, 28))
                    while t.hour < 8 or t.hour >= 17 or t.weekday() >= 5:
                        t += timedelta(hours=1)
                    text = (
                        f.pick(c, "b2b_again", first=contacts[0].name, day=WEEKDAY[lg], case=case)
                        + " "
                        + f.pick(c, "b2b_" + problem, case=case)
                    )
                else:
                    text = f.pick(c, "b2b_" + problem, case=case)
                e = f.add(
                    c,
                    t,
                    "email",
                    "message",
                    text.replace("  ", " "),
                    subject=f.pick(c, "subject_re", case=case),
                )
                ids = [e]
                if k == 0:
                    f.add(
                        c,
                        t + timedelta(minutes=30),
                        "email",
                        "message",
                        f.pick(c, "case_opened", case=case),
                        out=True,
                        subject=f.pick(c, "subject_re", case=case),
                    )
                if k < unhappy - 1:
                    s = f.add(
                        c,
                        t + timedelta(hours=f.rng.uniform(1, 3)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": f.rng.randint(1, 5)},
                        survey="nps",
                    )
                    c.truth.update(expected_rules=["detractor"], nps_given=True, survey_event_id=s)
                else:
                    lt = t + timedelta(hours=f.rng.uniform(18, 40))
                    while lt.hour < 8 or lt.hour >= 17 or lt.weekday() >= 5:
                        lt += timedelta(hours=1)
                    comp = COMPETITORS[ai % 2]
                    ids.append(
                        f.add(
                            c,
                            lt,
                            "email",
                            "message",
                            f.pick(c, "b2b_last", case=case, comp=comp),
                            subject=f.pick(c, "subject_re", case=case),
                        )
                    )
                    c.truth.update(expected_rules=["repeat_contact"], competitor=comp)
                c.truth.update(
                    complaint_event_ids=ids, trouble_starts_at=iso(t), problem=problem, booking=case
                )
        elif kind == "one_unhappy":
            c = contacts[0]
            case = f.case()
            t = f.start + timedelta(days=f.rng.randint(3, 4), hours=f.rng.uniform(8, 16))
            e = f.add(
                c,
                t,
                "email",
                "message",
                f.pick(c, "b2b_" + problem, case=case),
                subject=f.pick(c, "subject_c"),
            )
            f.add(
                c,
                t + timedelta(minutes=40),
                "email",
                "message",
                f.pick(c, "case_opened", case=case),
                out=True,
            )
            s = f.add(
                c,
                t + timedelta(hours=2),
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                survey="nps",
            )
            c.truth.update(
                expected_rules=["detractor"],
                nps_given=True,
                survey_event_id=s,
                complaint_event_ids=[e],
                trouble_starts_at=iso(t),
                problem=problem,
                booking=case,
            )
        elif kind == "mild":
            for c in contacts[:2]:
                t = f.start + timedelta(days=f.rng.choice([2, 3, 7, 8]), hours=f.rng.uniform(8, 16))
                e = f.add(c, t, "web", "ticket", f.pick(c, "suggest"), page="/pro/feedback")
                f.add(
                    c,
                    t + timedelta(minutes=50),
                    "email",
                    "message",
                    f.pick(c, "mild_ans"),
                    out=True,
                )
                c.truth.update(mild_event_id=e, trouble_starts_at=iso(t))
        for c in contacts:
            if c.truth["role"] == "contact" and f.rng.random() < 0.5:
                f.add(
                    c,
                    f.day(f.rng.choice([0, 1, 7, 8, 9]), 9, 16),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": f.rng.randint(9, 10)},
                    survey="nps",
                )
            if not any(r["cust"] == c.key and r["direction"] == "inbound" for r in f.rows):
                f.add(c, f.day(1, 9, 15), "web", "page_view", None, page="/pro/portal")
    f.write({"account_risk": 5, "detractor": 16, "repeat_contact": 5})


def topic_spike() -> None:
    f = fam(8, "topic_spike", "TS", "2026-11-02", 7, "a calm week and the planted incident")
    for _ in range(40):
        c = f.person("happy", "day writer", [], [])
        for d in f.rng.sample(range(6), f.rng.randint(2, 5)):
            f.happy(c, f.day(d, 12, 19) if d == 5 else f.day(d))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", [], SIL)
        t = f.day(0, 9, 17)
        g = f.add(c, t, "chat", "chat", f.pick(c, "mild"))
        f.add(c, t + timedelta(minutes=3), "chat", "chat", f.pick(c, "mild_ans"), out=True)
        c.truth.update(grumble_event_id=g, trouble_starts_at=iso(t))
    for lg, h in (("fr", 9.6), ("de", 16.1)):
        c = f.person("grumbles_once", "lone question", [], SIL, lang=lg)
        t = f.start + timedelta(days=4, hours=h)
        g = f.add(c, t, "chat", "chat", f.pick(c, "lone"))
        f.add(c, t + timedelta(minutes=4), "chat", "chat", f.pick(c, "lone_ans"), out=True)
        c.truth.update(lone_report_event_id=g, trouble_starts_at=iso(t))
    s0 = datetime(2026, 11, 7, 7, 25, tzinfo=UTC)
    langs = ["de"] * 6 + ["fr"] * 6 + ["en", "en", "it", "it", "pt", "pt", "es", "es"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    offs = sorted([0, 45] + [f.rng.randint(1, 44) for _ in range(18)])
    keys, ids, reps = [], [], []
    reporters: list[tuple[Cust, datetime, str]] = []
    for i in range(20):
        regular = i % 5 != 4 and i < 15
        c = f.person(
            "spike_reporter",
            "regular" if regular else "new",
            [],
            SIL,
            lang=langs[i],
            in_spike=True,
            regular=regular,
        )
        if regular:
            f.happy(c, f.day(2, 8, 17.5), survey=False)
        t = s0 + timedelta(minutes=offs[i])
        ch = chans[i]
        text = f.pick(c, "spike")
        kinds = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }
        e = f.add(
            c, t, ch, kinds[ch], text, subject=f.pick(c, "subject_c") if ch == "email" else None
        )
        if ch == "chat":
            f.add(c, t + timedelta(minutes=2), "chat", "chat", f.pick(c, "spike_ans"), out=True)
        keys.append(c.key)
        ids.append(e)
        c.truth.update(spike_event_id=e, spike_channel=ch, trouble_starts_at=iso(t))
        reporters.append((c, t, ch))
    early = [r for r in reporters if r[1] <= s0 + timedelta(minutes=25)]
    for c, t, ch in f.rng.sample(early, 6):
        nch = f.rng.choice([x for x in ("email", "chat", "community") if x != ch])
        rt = t + timedelta(minutes=f.rng.randint(10, 50))
        r = f.add(
            c,
            rt,
            nch,
            {"email": "message", "chat": "chat", "community": "post"}[nch],
            f.pick(c, "spike_again"),
        )
        reps.append(r)
        c.truth.update(
            persona="spike_repeater",
            expected_rules=["repeat_contact"],
            tolerated_rules=["sentiment_drop", "silence"],
            repeat_event_id=r,
        )
    others = [r for r in reporters if "repeat_event_id" not in r[0].truth]
    for c, _t, _ch in f.rng.sample(others, 6):
        f.add(
            c,
            datetime(2026, 11, 7, 11, f.rng.randint(8, 17), tzinfo=UTC),
            "email",
            "message",
            f.pick(c, "fixed_spike"),
            out=True,
        )
        c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "compost-bin collection app: bins' tags not recognised by the lorries, collections skipped and marked 'bin not presented', error "
        + CODE,
        "about": "the planted incident",
        "channel": None,
        "start": iso(reporters[0][1]),
        "end": iso(reporters[-1][1]),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": ids,
        "repeat_event_ids": sorted(reps),
    }
    f.write({"topic_spike": 1, "repeat_contact": 6})


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
    for build in FAMILIES:
        build()


if __name__ == "__main__":
    main()
