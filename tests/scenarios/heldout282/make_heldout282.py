"""Writes heldout282 (Mellora, beehive adoption and raw honey): eight families, blind."""
# ruff: noqa: E501

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

import wording as w  # noqa: E402

SEED = 20260912
WEIGHTS = [30, 30, 10, 10, 10, 10]
COMPS = ("Apizon", "Favodoro")
REPEAT_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
SLIDE_TOL = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
LEAVE_TOL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
USED: set[str] = set()
SOURCES = {
    "email": "mellora-mail",
    "phone": "mellora-voice",
    "social": "mellora-social",
    "community": "mellora-forum",
    "chat": "mellora-chat",
    "web": "mellora-web",
    "survey": "mellora-survey",
}


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    ids: dict[str, str | None]
    truth: dict[str, Any]


@dataclass
class Fam:
    name: str
    code: str
    n: int
    start: datetime
    days: int
    about: str
    rng: random.Random = field(init=False)
    rr: random.Random = field(init=False)
    rows: list[tuple[datetime, int, dict[str, Any]]] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    count: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rr = random.Random(SEED * 100 + 50 + self.n)

    def uniq(self, make: Any) -> str:
        while True:
            v = str(make())
            if v not in USED:
                USED.add(v)
                return v

    def lang(self) -> str:
        return self.rng.choices(w.LANGS, WEIGHTS)[0]

    def person(
        self,
        persona: str,
        habit: str,
        exp: list[str] | None = None,
        tol: list[str] | None = None,
        lang: str | None = None,
        account: str | None = None,
        market: str | None = None,
        **extra: Any,
    ) -> Cust:
        r = self.rng
        lg = lang or self.lang()
        mk = market or r.choice(w.MARKETS[lg])
        first, last = r.choice(w.FIRST[lg]), r.choice(w.LAST[lg])
        key = self.uniq(lambda: f"ML{self.code}{r.randint(1000, 9999)}")
        plain = (
            unicodedata.normalize("NFKD", f"{first}.{last}")
            .encode("ascii", "ignore")
            .decode()
            .lower()
        )
        if account:
            email = self.uniq(
                lambda: f"{plain}{r.randint(1, 99)}@{self.accounts[account]['domain']}"
            )
            handle = None
        else:
            email = self.uniq(
                lambda: (
                    f"{plain}{r.randint(1, 999)}@{r.choice(['mail', 'post', 'correo', 'posteo'])}.example"
                )
            )
            handle = self.uniq(
                lambda: (
                    "@"
                    + r.choice(
                        [
                            f"{plain.replace('.', '_')}{r.randint(1, 99)}",
                            f"{plain.split('.')[0]}{plain.split('.')[1][:3]}{r.randint(1, 99)}",
                        ]
                    )
                )
            )
        phone = self.uniq(
            lambda: w.PHONE[mk] + "".join(str(r.randint(0, 9)) for _ in range(w.PHONE_LEN[mk]))
        )
        ids: dict[str, str | None] = {
            "customer_id": key,
            "email": email,
            "phone": phone,
            "handle": handle,
            "account_id": account,
        }
        truth: dict[str, Any] = {
            "identifiers": dict(ids),
            "expected_rules": exp or [],
            "tolerated_rules": tol or [],
            "persona": persona,
            "habit": habit,
            "language": lg,
            "country": mk,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        truth.update(extra)
        c = Cust(key, lg, mk, ids, truth)
        self.custs[key] = c
        return c

    def t(self, day: float, lo: float, hi: float) -> datetime:
        return self.start + timedelta(days=int(day), hours=self.rng.uniform(lo, hi))

    def rough(self, text: str) -> str:
        r = self.rr
        if r.random() < 0.1:
            text = "".join(
                ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
            )
        if r.random() < 0.125 and text[:1].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 0.14:
            words = [
                i
                for i, x in enumerate(text.split(" "))
                if x.isalpha() and x.islower() and len(x) > 4
            ]
            if words:
                parts = text.split(" ")
                i = r.choice(words)
                x = parts[i]
                j = r.randint(1, len(x) - 3)
                parts[i] = x[:j] + x[j + 1] + x[j] + x[j + 2 :]
                text = " ".join(parts)
        return text

    def add(
        self,
        c: Cust,
        when: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        *,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.count += 1
        eid = f"mh282-{self.code.lower()}-{self.count:05d}"
        if text and not out:
            if channel == "phone":
                text = "".join(ch for ch in text.lower() if ch.isalnum() or ch in " _'").replace(
                    "  ", " "
                )
            elif channel != "survey":
                text = self.rough(text)
        a = {"market": c.market}
        if c.ids["account_id"]:
            a["segment"] = "b2b"
        a.update(attrs or {})
        if out:
            a["agent"] = self.rng.choice(["Anaïs", "Rui", "Miriam", "Tom", "Paula", "Elena"])
        row: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": iso(when),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "customer": {},
            "text": text,
            "subject": subject,
            "scores": scores or {},
            "source": SOURCES[channel],
            "attributes": a,
            "_key": c.key,
        }
        self.rows.append((when, self.count, row))
        return eid

    # --- acts ---------------------------------------------------------------
    def pick(self, table: dict[str, list[str]], lg: str) -> str:
        return self.rng.choice(table[lg])

    def happy(self, c: Cust, when: datetime, lg: str | None = None) -> None:
        lg = lg or c.lang
        r = self.rng
        k = r.randrange(6)
        if k == 0:
            self.add(
                c,
                when,
                "social",
                "mention",
                self.pick(w.W["praise"], lg).replace("Mellora", "@Mellora", 1)
                if "Mellora" in self.pick(w.W["praise"], lg)
                else "@Mellora " + self.pick(w.W["praise"], lg),
            )
        elif k == 1:
            self.add(c, when, "community", "post", self.pick(w.W["praise"], lg))
        elif k == 2:
            self.add(c, when, "chat", "chat", self.pick(w.W["question"], lg))
            self.add(
                c,
                when + timedelta(minutes=r.randint(1, 6)),
                "chat",
                "chat",
                w.W["answer"][lg][0],
                out=True,
            )
            if r.random() < 0.6:
                self.add(
                    c,
                    when + timedelta(minutes=r.randint(7, 10)),
                    "chat",
                    "chat",
                    self.pick(w.W["thanks"], lg),
                )
        elif k == 3:
            self.add(c, when, "web", "page_view", attrs={"page": "/shop/harvest-box"})
            self.add(
                c,
                when + timedelta(minutes=r.randint(3, 15)),
                "web",
                "purchase",
                attrs={
                    "page": "/checkout",
                    "order_value": f"{r.choice([24, 29, 38, 45])}.00",
                    "currency": "GBP" if c.market == "UK" else "EUR",
                    "product": r.choice(
                        ["Harvest box, 6 jars", "Hive adoption, 1 year", "Creamed honey trio"]
                    ),
                },
            )
        elif k == 4:
            self.add(
                c,
                when,
                "web",
                "review",
                self.pick(w.W["praise"], lg),
                attrs={"rating": "5", "page": "/reviews"},
            )
        else:
            self.add(
                c,
                when,
                "survey",
                "survey_response",
                self.pick(w.W["survey"], lg),
                scores={"nps": r.choice([9, 10])},
                attrs={"survey": "nps"},
            )

    def happy_days(self, c: Cust, n: int, days: list[int], lo: float = 8, hi: float = 19) -> None:
        for d in sorted(self.rng.sample(days, min(n, len(days)))):
            self.happy(c, self.t(d, lo, hi))

    def complain(
        self, c: Cust, when: datetime, channel: str, problem: str, lg: str, text: str | None = None
    ) -> str:
        body = text or self.pick(w.COMPLAINT[problem], lg)
        if channel == "email":
            return self.add(
                c,
                when,
                "email",
                "message",
                body,
                subject=f"{w.SUBJECT_COMPLAINT[lg]}: {body.split(',')[0][:40]}",
            )
        if channel == "long":
            return self.add(
                c,
                when,
                "email",
                "message",
                w.LONG_OPEN[lg] + body + "." + w.LONG_CLOSE[lg],
                subject=w.SUBJECT_COMPLAINT[lg],
            )
        if channel == "chat":
            return self.add(c, when, "chat", "chat", body)
        if channel == "social":
            return self.add(c, when, "social", "mention", "@Mellora " + body)
        if channel == "community":
            return self.add(c, when, "community", "post", body)
        if channel == "web":
            return self.add(c, when, "web", "ticket", body, attrs={"page": "/help/contact"})
        return self.add(c, when, "phone", "call", body)

    def agent(
        self, c: Cust, when: datetime, what: str, lg: str, ref: str, channel: str = "email"
    ) -> str:
        text = w.AGENT[what][lg].format(ref=ref)
        subj = w.SUBJECT_RE[lg].format(ref=ref) if channel == "email" else None
        return self.add(
            c,
            self.day_time(when),
            channel,
            "message" if channel == "email" else "chat",
            text,
            out=True,
            subject=subj,
        )

    def day_time(self, when: datetime) -> datetime:
        h = when.hour
        if h >= 22:
            return (when + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 59))
        if h < 7:
            return when.replace(hour=8, minute=self.rng.randint(0, 59))
        return when

    def ref(self) -> str:
        return self.uniq(lambda: f"ML-{self.rng.randint(100000, 999999)}")

    # --- output -------------------------------------------------------------
    def write(self, expected: dict[str, int]) -> None:
        rows = sorted(self.rows, key=lambda x: (x[0], x[1]))
        first_in: set[str] = set()
        out_lines = []
        for when, _, row in rows:
            c = self.custs[row.pop("_key")]
            ch = row["channel"]
            ids = c.ids
            if row["direction"] == "outbound" or c.key not in first_in:
                cust: dict[str, str | None] = {k: v for k, v in ids.items() if v}
                if row["direction"] == "inbound":
                    first_in.add(c.key)
            elif ch == "email":
                cust = {"email": ids["email"]}
            elif ch == "phone":
                cust = {"phone": ids["phone"]}
            elif ch in ("social", "community"):
                cust = {"handle": ids["handle"]} if ids["handle"] else {"email": ids["email"]}
            else:
                cust = {"customer_id": ids["customer_id"]}
            if ids["account_id"]:
                cust["account_id"] = ids["account_id"]
            row["customer"] = cust
            assert when.year == 2026 and when < datetime(2026, 11, 1, tzinfo=UTC), row
            out_lines.append(json.dumps(row, ensure_ascii=False, sort_keys=True))
        got: Counter[str] = Counter()
        for c in self.custs.values():
            assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]), c.key
            assert c.key in first_in, c.key
            got.update(c.truth["expected_rules"])
        for a in self.accounts.values():
            got.update(a["expected_rules"])
        if self.spike:
            got["topic_spike"] += 1
        assert dict(got) == expected, (self.name, dict(got), expected)
        end = max(self.start + timedelta(days=self.days), rows[-1][0] + timedelta(hours=1))
        accounts = {
            k: {x: y for x, y in v.items() if x != "domain"} for k, v in self.accounts.items()
        }
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Mellora: beehive adoption and raw honey by subscription",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "blind, heldout282",
                "expected": dict(sorted(got.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: c.truth for k, c in sorted(self.custs.items())},
            "accounts": accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(out_lines) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


def d0(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


def happy_writers() -> None:
    f = Fam(
        "happy_writers", "HW", 1, d0(2026, 1, 12), 10, "happy day and night writers, survey-only"
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(5, 8), list(range(10)), 7, 19)
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in sorted(f.rng.sample(range(9), f.rng.randint(2, 4))):
            lg = c.lang
            when = f.t(d, 22.2, 28.5)
            if f.rng.random() < 0.5:
                f.add(c, when, "social", "post", w.W["night"][lg][0])
            else:
                f.add(c, when, "chat", "chat", f.pick(w.W["question"], lg))
                f.add(
                    c, when + timedelta(minutes=3), "chat", "chat", w.W["answer"][lg][0], out=True
                )
                f.add(c, when + timedelta(minutes=8), "chat", "chat", f.pick(w.W["thanks"], lg))
        f.happy_days(c, f.rng.randint(2, 3), list(range(10)), 9, 18)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in sorted(f.rng.sample(range(10), f.rng.randint(3, 6))):
            kind = f.rng.choice(["nps", "csat", "ces"])
            sc = (
                {"nps": f.rng.choice([9, 10])}
                if kind == "nps"
                else {"csat": f.rng.choice([4, 5])}
                if kind == "csat"
                else {"ces": f.rng.choice([6, 7])}
            )
            f.add(
                c,
                f.t(d, 8, 20),
                "survey",
                "survey_response",
                f.rng.choice([f.pick(w.W["survey"], c.lang), None]),
                scores=sc,
                attrs={"survey": kind},
            )
    f.write({})


def one_bad_day() -> None:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        d0(2026, 2, 9),
        12,
        "happy customers with one bad day, detractors, controls",
    )
    chans = [ch for ch in ("long", "email", "chat", "social", "web", "phone") for _ in range(4)]
    with_case = [i for i, ch in enumerate(chans) if ch != "social"]
    det = set(f.rng.sample(with_case, 6))
    rest = [i for i in with_case if i not in det]
    csat = set(f.rng.sample(rest, 5))
    good = set(f.rng.sample(with_case, 12))
    apol = set(f.rng.sample(sorted(good), 5))
    for i, ch in enumerate(chans):
        lg = f.lang() if ch != "long" else f.rng.choice(["fr", "pt"])
        problem = w.PROBLEMS[i % 3]
        bad_day = f.rng.randint(3, 8)
        persona = "bad_day_detractor" if i in det else "happy_one_bad_day"
        c = f.person(
            persona,
            "one bad day",
            ["detractor"] if i in det else [],
            ["silence"],
            lang=lg,
            problem=problem,
            long_email=ch == "long",
        )
        days = [d for d in range(12) if d <= bad_day - 2 or d >= bad_day + 3]
        f.happy_days(c, f.rng.randint(1, 5), days)
        when = f.t(bad_day, 8, 20)
        eid = f.complain(c, when, ch, problem, lg)
        c.truth.update(
            bad_day_at=iso(when), bad_day_event_id=eid, trouble_starts_at=iso(when), channel=ch
        )
        ref = None
        if ch != "social":
            ref = f.ref()
            if ch == "chat":
                f.agent(c, when + timedelta(minutes=3), "opened", lg, ref, "chat")
            else:
                f.agent(c, when + timedelta(minutes=f.rng.randint(10, 40)), "opened", lg, ref)
        c.truth["booking"] = ref
        if i in det:
            n = f.rng.randint(1, 5)
            c.truth.update(
                nps_given=True,
                nps=n,
                survey_event_id=f.add(
                    c,
                    when + timedelta(minutes=f.rng.randint(100, 140)),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": n},
                    attrs={"survey": "nps"},
                ),
            )
        if i in csat:
            n = f.rng.randint(1, 2)
            c.truth.update(
                csat_given=True,
                csat=n,
                survey_event_id=f.add(
                    c,
                    when + timedelta(minutes=f.rng.randint(40, 80)),
                    "survey",
                    "survey_response",
                    f.rng.choice([None, "nul", "mau"]),
                    scores={"csat": n},
                    attrs={"survey": "csat"},
                ),
            )
        if i in good and ref:
            f.agent(c, when + timedelta(hours=f.rng.uniform(1, 4)), "good_news", lg, ref)
            c.truth["agent_fixed"] = True
        if i in apol:
            at = f.day_time(when + timedelta(hours=f.rng.uniform(16, 24)))
            c.truth.update(
                apologised=True,
                apology_at=iso(at),
                apology_event_id=f.add(c, at, "chat", "chat", w.W["apology"][lg][0]),
            )
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, f.rng.randint(4, 7), list(range(12)))
    f.write({"detractor": 6})


def repeat_run(
    f: Fam, c: Cust, first_day: int, times: int, escalate: bool, lang_of: Any = None
) -> None:
    problem = f.rng.choice(w.PROBLEMS)
    chans = ["web", "email", "chat", "phone"]
    first_ch = f.rng.choice(chans)
    later = f.rng.sample(
        [x for x in ["email", "chat", "phone", "web", "social"] if x != first_ch], times - 1
    )
    when = f.t(first_day, 8, 19)
    lg0 = lang_of(0) if lang_of else c.lang
    ref = f.ref()
    ids = [f.complain(c, when, first_ch, problem, lg0)]
    if first_ch == "chat":
        f.agent(c, when + timedelta(minutes=3), "opened", lg0, ref, "chat")
    if escalate:
        f.agent(c, when + timedelta(hours=f.rng.uniform(1.5, 2.5)), "escalated", lg0, ref)
    elif first_ch != "chat":
        f.agent(c, when + timedelta(minutes=f.rng.randint(10, 40)), "opened", lg0, ref)
    comp = None
    for k, ch in enumerate(later, start=2):
        when = f.day_time(when + timedelta(hours=f.rng.uniform(4, 40)))
        lg = lang_of(k - 1) if lang_of else c.lang
        text = f.pick(w.STILL_OPEN, lg).format(ref=ref)
        if k == 3:
            comp = f.rng.choice(COMPS)
            text += w.THIRD[lg].format(comp=comp)
        if k == 4:
            text += w.FOURTH[lg]
        if ch == "email":
            ids.append(
                f.add(c, when, "email", "message", text, subject=w.SUBJECT_RE[lg].format(ref=ref))
            )
        elif ch == "social":
            ids.append(f.add(c, when, "social", "mention", "@Mellora " + text))
        else:
            ids.append(f.complain(c, when, ch, problem, lg, text))
        if ch == "chat":
            f.agent(c, when + timedelta(minutes=2), "urgent", lg, ref, "chat")
    c.truth.update(
        problem=problem,
        booking=ref,
        contacts=times,
        problem_event_ids=ids,
        agent_passed_on=escalate,
        competitor=comp,
        trouble_starts_at=f.rows[-1][2]["occurred_at"]
        if False
        else iso(f.start + timedelta(days=first_day)),
        channels=[first_ch, *later],
    )


def fixed_run(f: Fam, c: Cust, day: int, lg1: str, lg2: str) -> dict[str, Any]:
    problem = f.rng.choice(w.PROBLEMS)
    when = f.t(day, 8, 18)
    ref = f.ref()
    pid = f.complain(c, when, "web", problem, lg1)
    f.agent(c, when + timedelta(minutes=f.rng.randint(10, 40)), "opened", lg1, ref)
    fixed = f.day_time(when + timedelta(hours=f.rng.uniform(3, 20)))
    f.agent(c, fixed, "good_news", lg2, ref)
    conf = f.day_time(fixed + timedelta(hours=f.rng.uniform(8, 30)))
    cid = f.add(
        c,
        conf,
        "email",
        "message",
        w.W["confirmed"][lg2][0].format(ref=ref),
        subject=w.SUBJECT_RE[lg2].format(ref=ref),
    )
    return {
        "problem": problem,
        "booking": ref,
        "raised_at": iso(when),
        "fixed_at": iso(fixed),
        "confirmed_at": iso(conf),
        "problem_event_ids": [pid],
        "confirm_event_id": cid,
        "channel": "web",
        "confirm_channel": "email",
    }


def repeat_contacts() -> None:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        d0(2026, 3, 16),
        10,
        "repeat contacts, fixed problems, frequent writers",
    )
    times = [2] * 4 + [3] * 4 + [4] * 4
    esc = set(f.rng.sample(range(12), 6))
    for i, n in enumerate(times):
        c = f.person("repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        f.happy_days(c, 1, [0], 7, 12)
        repeat_run(f, c, f.rng.randint(1, 4), n, i in esc)
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", [], ["silence"])
        f.happy_days(c, 1, [0])
        p = fixed_run(f, c, f.rng.randint(1, 4), c.lang, c.lang)
        c.truth.update(problems=[p], trouble_starts_at=p["raised_at"])
    for _ in range(3):
        c = f.person("different_problems", "two problems", [], ["silence"])
        d = f.rng.randint(1, 3)
        ps = [fixed_run(f, c, d, c.lang, c.lang), fixed_run(f, c, d + 5, c.lang, c.lang)]
        c.truth.update(problems=ps, trouble_starts_at=ps[0]["raised_at"])
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.happy_days(c, f.rng.randint(5, 8), list(range(10)))
    f.write({"repeat_contact": 12})


def slide(f: Fam, c: Cust, start_day: int, span: int, langs: list[str], nps: bool) -> None:
    comp = f.rng.choice(COMPS)
    when = f.t(start_day, 9, 18)
    ids = []
    for k in range(6):
        lg = langs[k % len(langs)]
        text = w.SLIDE[lg][k].format(comp=comp)
        ch = f.rng.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                f.add(
                    c,
                    when,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"},
                )
            )
        elif ch == "social":
            ids.append(f.add(c, when, "social", "mention", "@Mellora " + text))
        else:
            ids.append(f.add(c, when, "community", "post", text))
        if k == 3 and nps:
            n = f.rng.randint(1, 5)
            c.truth.update(
                nps_given=True,
                nps=n,
                survey_event_id=f.add(
                    c,
                    f.day_time(when + timedelta(hours=f.rng.uniform(2.5, 3.5))),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": n},
                    attrs={"survey": "nps"},
                ),
            )
        when = f.day_time(when + timedelta(hours=span * 24 / 6 + f.rng.uniform(1, 3)))
    c.truth.update(
        slide_event_ids=ids,
        slide_days=span,
        competitor=comp,
        trouble_starts_at=f.rows[-1][2]["occurred_at"]
        if False
        else iso(f.start + timedelta(days=start_day)),
    )


def slow_churners() -> None:
    f = Fam(
        "slow_churners", "SC", 4, d0(2026, 4, 13), 30, "sliders, leavers, steady, grumpy, sarcastic"
    )
    for i in range(10):
        nps = i < 5
        c = f.person(
            "slow_churner",
            "slides",
            ["sentiment_drop", "detractor"] if nps else ["sentiment_drop"],
            SLIDE_TOL,
        )
        for d in sorted(f.rng.sample(range(11), f.rng.randint(4, 5))):
            f.add(c, f.t(d, 8, 19), "community", "post", f.pick(w.W["praise"], c.lang))
        f.happy_days(c, f.rng.randint(2, 4), list(range(11)))
        slide(f, c, f.rng.randint(12, 15), f.rng.choice([3, 5, 9]), [c.lang], nps)
    for _ in range(5):
        c = f.person("slow_churner", "asks to cancel", ["churn_intent"], LEAVE_TOL)
        f.happy_days(c, f.rng.randint(4, 6), list(range(16)))
        when = f.t(f.rng.randint(17, 22), 8, 19)
        eid = f.add(c, when, "email", "message", w.CANCEL[c.lang], subject="Club")
        f.agent(c, when + timedelta(hours=f.rng.uniform(1, 5)), "sorry_go", c.lang, "")
        at = f.day_time(when + timedelta(hours=f.rng.uniform(20, 30)))
        cid = f.add(
            c,
            at,
            "web",
            "cancellation",
            attrs={"page": "/account/cancel", "product": "Hive Club membership"},
        )
        c.truth.update(
            churn_intent_event_id=eid,
            cancellation_event_id=cid,
            churn_at=iso(at),
            trouble_starts_at=iso(when),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, f.rng.randint(6, 10), list(range(30)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"])
        d = f.rng.randint(0, 4)
        ids = []
        for _ in range(f.rng.randint(5, 7)):
            ids.append(
                f.add(
                    c,
                    f.t(d, 8, 20),
                    f.rng.choice(["social", "community"]),
                    "post",
                    f.pick(w.W["grumpy"], c.lang),
                )
            )
            d += f.rng.randint(1, 3)
        c.truth.update(
            grumble_event_ids=ids,
            trouble_starts_at=f.rows[-len(ids)][2]["occurred_at"] if False else iso(f.start),
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", [], ["silence"])
        f.happy_days(c, f.rng.randint(4, 6), list(range(30)))
        c.truth["sarcasm_event_id"] = f.add(
            c,
            f.t(f.rng.randint(5, 25), 9, 20),
            "social",
            "mention",
            "@Mellora " + w.W["sarcasm"][c.lang][0],
        )
    f.write({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})


def quiet_hours() -> None:
    f = Fam("quiet_hours", "QH", 5, d0(2026, 5, 15), 3, "calm weekend with night owls")
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(1, 3), [0, 1, 2], 7, 17.5)
    for _ in range(4):
        c = f.person("grumbles_once", "grumbles once", [], ["silence"])
        when = f.t(f.rng.randint(0, 2), 9, 17)
        f.add(c, when, "web", "page_view", attrs={"page": "/apiaries"})
        g = when + timedelta(minutes=f.rng.randint(20, 30))
        c.truth.update(
            grumble_event_id=f.add(c, g, "chat", "chat", w.W["grumble"][c.lang][0]),
            trouble_starts_at=iso(g),
        )
        f.add(c, g + timedelta(minutes=3), "chat", "chat", w.W["answer"][c.lang][0], out=True)
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, hours=f.rng.uniform(0.67, 1.08))
        for b, off in enumerate((0, f.rng.uniform(28, 33), f.rng.uniform(55, 65))):
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                when = b0 + timedelta(minutes=off + f.rng.uniform(0, 10))
                if f.rng.random() < 0.5:
                    eid = f.add(c, when, "social", "post", w.W["night"][c.lang][0])
                else:
                    eid = f.add(c, when, "chat", "chat", f.pick(w.W["question"], c.lang))
                    f.add(
                        c,
                        when + timedelta(minutes=3),
                        "chat",
                        "chat",
                        w.W["answer"][c.lang][0],
                        out=True,
                    )
                    f.add(
                        c,
                        when + timedelta(minutes=7),
                        "chat",
                        "chat",
                        f.pick(w.W["thanks"], c.lang),
                    )
                c.truth.update(burst_at=iso(b0 + timedelta(minutes=off)), night_event_id=eid)
                if f.rng.random() < 0.5:
                    f.happy(c, f.t(night, 9, 17.5))
    f.write({})


PAIRS = [
    ("fr", "pt"),
    ("pt", "fr"),
    ("fr", "en"),
    ("pt", "es"),
    ("fr", "de"),
    ("pt", "en"),
    ("fr", "it"),
    ("pt", "de"),
    ("es", "fr"),
    ("de", "pt"),
    ("en", "fr"),
    ("it", "pt"),
]


def bilingual() -> None:
    f = Fam("bilingual", "BL", 6, d0(2026, 6, 8), 14, "customers who alternate two languages")

    def mk(persona: str, habit: str, exp: list[str], tol: list[str]) -> tuple[Cust, list[str]]:
        pair = list(f.rng.choice(PAIRS))
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

    for _ in range(12):
        c, pair = mk("happy", "alternates languages", [], [])
        for k, d in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            f.happy(c, f.t(d, 8, 19), pair[k % 2])
    for n in (2, 2, 3, 3, 4):
        c, pair = mk("repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        f.happy(c, f.t(0, 8, 12))
        repeat_run(f, c, f.rng.randint(2, 5), n, n >= 3, lambda k, p=pair: p[k % 2])
    for _ in range(5):
        c, pair = mk("slow_churner", "slides", ["sentiment_drop"], SLIDE_TOL)
        for k, d in enumerate(range(5)):
            f.add(c, f.t(d, 8, 19), "community", "post", f.pick(w.W["praise"], pair[k % 2]))
        slide(f, c, f.rng.randint(7, 8), f.rng.randint(3, 5), pair, False)
    for ch in ("long", "email", "chat"):
        c, pair = mk("happy_one_bad_day", "one bad day", [], ["silence"])
        f.happy_days(c, 2, [0, 1, 2, 11, 12])
        when = f.t(6, 9, 18)
        problem = f.rng.choice(w.PROBLEMS)
        eid = f.complain(c, when, ch, problem, pair[1])
        ref = f.ref()
        f.agent(
            c,
            when + timedelta(minutes=f.rng.randint(3, 30)),
            "opened",
            pair[1],
            ref,
            "chat" if ch == "chat" else "email",
        )
        c.truth.update(
            bad_day_at=iso(when),
            bad_day_event_id=eid,
            bad_day_language=pair[1],
            booking=ref,
            problem=problem,
            trouble_starts_at=iso(when),
        )
        if ch != "chat":
            f.agent(c, when + timedelta(hours=2), "good_news", pair[1], ref)
    for _ in range(2):
        c, pair = mk("resolved_between_contacts", "fixed", [], ["silence"])
        p = fixed_run(f, c, f.rng.randint(2, 8), pair[0], pair[1])
        c.truth.update(problems=[p], trouble_starts_at=p["raised_at"])
    f.write({"repeat_contact": 5, "sentiment_drop": 5})


def b2b_accounts() -> None:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        d0(2026, 7, 6),
        14,
        "company accounts: at risk, one unhappy, mild, happy",
    )
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    sites = [
        "hotel",
        "bank",
        "law firm",
        "school",
        "coworking",
        "bakery chain",
        "insurer",
        "clinic",
    ]
    totals: Counter[str] = Counter()
    for i, kind in enumerate(kinds):
        lg = f.lang()
        mk = f.rng.choice(w.MARKETS[lg])
        acc = f.uniq(lambda mk=mk: f"MLC-{mk}-{f.rng.randint(1000, 9999)}")
        company = f"{f.rng.choice(['Atelier', 'Grupo', 'Casa', 'Haus', 'Studio', 'Maison'])} {w.LAST[lg][i % len(w.LAST[lg])]} {i}"
        f.accounts[acc] = {
            "company": company,
            "domain": company.lower().replace(" ", "-") + ".example",
            "site": f.rng.choice(sites),
            "kind": kind,
            "language": lg,
            "country": mk,
            "tolerated_rules": [],
            "same_problem": None,
            "trouble_starts_at": None,
        }
        n_unhappy = {"at_risk": 3 + (i % 2), "one_unhappy": 1}.get(kind, 0)
        n = max(3, n_unhappy + 1) + (1 if kind == "at_risk" and i % 3 == 0 else 0)
        keys, unhappy = [], []
        problem = f.rng.choice(w.B2B_PROBLEMS)
        ref = f.ref()
        when = (
            d0(2026, 7, 8) + timedelta(hours=f.rng.uniform(8, 11))
            if kind == "at_risk"
            else d0(2026, 7, 9 + i % 5) + timedelta(hours=f.rng.uniform(8, 15))
        )
        first_name = ""
        for j in range(n):
            role = (
                "complainer"
                if j < n_unhappy
                else ("suggests" if kind == "mild" and j < 2 else "contact")
            )
            persona = (
                {"at_risk": "b2b_unhappy", "one_unhappy": "b2b_one_unhappy"}.get(kind, "b2b_mild")
                if role == "complainer"
                else ("b2b_mild" if role == "suggests" else "b2b_happy")
            )
            exp: list[str] = []
            tol: list[str] = []
            if persona == "b2b_unhappy":
                tol = [
                    "sentiment_drop",
                    "churn_intent",
                    "competitor_mention",
                    "high_value_at_risk",
                    "silence",
                    "account_risk",
                ]
                exp = ["detractor"] if j < n_unhappy - 1 else ["repeat_contact"]
            elif persona == "b2b_one_unhappy":
                exp, tol = ["detractor"], ["sentiment_drop", "high_value_at_risk", "silence"]
            elif persona == "b2b_mild":
                tol = ["silence"]
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
                job_title="Office manager",
                job="Office manager",
            )
            keys.append(c.key)
            if role != "contact":
                day0 = d0(2026, 7, 6) + timedelta(hours=f.rng.uniform(8, 16))
                f.add(c, day0, "web", "page_view", attrs={"page": "/business/portal"})
            else:
                for d in sorted(
                    f.rng.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], f.rng.randint(1, 3))
                ):
                    f.happy(c, f.t(d, 8, 16))
            if role == "complainer":
                unhappy.append(c.key)
                if j == 0:
                    first_name = c.truth["name"].split()[0]
                    text = w.B2B[problem][lg]
                else:
                    when = f.day_time(when + timedelta(hours=f.rng.uniform(8, 28)))
                    if when.weekday() >= 5:
                        when = when + timedelta(days=7 - when.weekday())
                    text = w.B2B[problem][lg] + w.B2B_SAME[lg].format(first=first_name, ref=ref)
                eid = f.add(c, when, "email", "message", text, subject=w.SUBJECT_COMPLAINT[lg])
                if j == 0:
                    f.agent(c, when + timedelta(minutes=f.rng.randint(15, 50)), "opened", lg, ref)
                ids = [eid]
                if "detractor" in exp:
                    s = f.rng.randint(1, 5)
                    c.truth.update(
                        nps_given=True,
                        nps=s,
                        survey_event_id=f.add(
                            c,
                            when + timedelta(hours=f.rng.uniform(1, 3)),
                            "survey",
                            "survey_response",
                            None,
                            scores={"nps": s},
                            attrs={"survey": "nps"},
                        ),
                    )
                if "repeat_contact" in exp:
                    comp = f.rng.choice(COMPS)
                    again = f.day_time(when + timedelta(hours=f.rng.uniform(18, 40)))
                    if again.weekday() >= 5:
                        again = again + timedelta(days=7 - again.weekday())
                    ids.append(
                        f.add(
                            c,
                            again,
                            "email",
                            "message",
                            w.B2B_LAST[lg].format(ref=ref, comp=comp),
                            subject=w.SUBJECT_RE[lg].format(ref=ref),
                        )
                    )
                    c.truth["competitor"] = comp
                c.truth.update(
                    complaint_event_ids=ids,
                    trouble_starts_at=iso(when),
                    problem=problem,
                    booking=ref,
                )
            elif role == "suggests":
                sw = d0(2026, 7, 9) + timedelta(days=j, hours=f.rng.uniform(8, 16))
                c.truth.update(
                    mild_event_id=f.add(
                        c, sw, "web", "ticket", w.B2B_MILD[lg], attrs={"page": "/business/contact"}
                    ),
                    trouble_starts_at=iso(sw),
                )
            totals.update(exp)
        a = f.accounts[acc]
        a.update(
            contacts=n,
            contact_keys=keys,
            unhappy_contacts=len(unhappy),
            unhappy_contact_keys=unhappy,
            at_risk=kind == "at_risk",
            expected_rules=["account_risk"] if kind == "at_risk" else [],
        )
        if kind == "at_risk":
            a.update(same_problem=problem, trouble_starts_at=iso(d0(2026, 7, 8)))
    f.write({"account_risk": 5, **{k: v for k, v in totals.items()}})


def topic_spike() -> None:
    f = Fam(
        "topic_spike", "TS", 8, d0(2026, 9, 7), 7, "calm week, payment failures on Saturday morning"
    )
    s0 = d0(2026, 9, 12) + timedelta(hours=8, minutes=20)
    regulars = []
    for _ in range(40):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(1, 4), [0, 1, 2, 3, 4], 8, 19)
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", [], ["silence"])
        g = f.t(0, 9, 16)
        c.truth.update(
            grumble_event_id=f.add(c, g, "chat", "chat", w.W["grumble"][c.lang][0]),
            trouble_starts_at=iso(g),
        )
        f.add(c, g + timedelta(minutes=4), "chat", "chat", w.W["answer"][c.lang][0], out=True)
    for h in (9.6, 16.1):
        c = f.person("grumbles_once", "lone question", [], ["silence"])
        q = d0(2026, 9, 11) + timedelta(hours=h)
        c.truth.update(
            lone_report_event_id=f.add(c, q, "chat", "chat", w.LONE[c.lang]),
            trouble_starts_at=iso(q),
        )
        f.add(c, q + timedelta(minutes=5), "chat", "chat", w.AGENT["lone_answer"][c.lang], out=True)
    langs = ["fr"] * 6 + ["pt"] * 6 + ["de", "de", "en", "en", "es", "es", "it", "it"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    offs = sorted(f.rng.uniform(0, 45) for _ in range(20))
    offs[0], offs[-1] = 0.0, 45.0
    order = list(range(20))
    f.rng.shuffle(order)
    keys, eids, reps = [], [], []
    early = [k for k in range(20) if offs[k] <= 15]
    repeaters = set(order[:0]) | set(f.rng.sample(early if len(early) >= 6 else list(range(12)), 6))
    fixed = set(f.rng.sample([k for k in range(20) if k not in repeaters], 6))
    for k in range(20):
        lg = langs[order[k]]
        regular = k % 5 < 3
        persona = "spike_repeater" if k in repeaters else "spike_reporter"
        c = f.person(
            persona,
            "regular" if regular else "new",
            ["repeat_contact"] if k in repeaters else [],
            ["silence", "sentiment_drop"] if k in repeaters else ["silence"],
            lang=lg,
            in_spike=True,
            regular=regular,
        )
        if regular:
            f.happy(c, f.t(2, 8, 17.5))
        when = s0 + timedelta(minutes=offs[k])
        ch = chans[k]
        text = f.pick(w.SPIKE, lg)
        if ch == "email":
            eid = f.add(c, when, "email", "message", text, subject="PAY_4083")
        elif ch == "social":
            eid = f.add(c, when, "social", "mention", "@Mellora " + text)
        elif ch == "chat":
            eid = f.add(c, when, "chat", "chat", text)
            f.add(
                c, when + timedelta(minutes=2), "chat", "chat", w.AGENT["spike_chat"][lg], out=True
            )
        elif ch == "community":
            eid = f.add(c, when, "community", "post", text)
        else:
            eid = f.add(c, when, "web", "ticket", text, attrs={"page": "/help/contact"})
        keys.append(c.key)
        eids.append(eid)
        c.truth.update(spike_event_id=eid, spike_channel=ch, trouble_starts_at=iso(when))
        if k in repeaters:
            ch2 = "chat" if ch != "chat" else "community"
            rid = f.add(
                c,
                when + timedelta(minutes=f.rng.uniform(15, 50)),
                ch2,
                "chat" if ch2 == "chat" else "post",
                w.SPIKE_AGAIN[lg],
            )
            reps.append(rid)
            c.truth["repeat_event_id"] = rid
        if k in fixed:
            f.add(
                c,
                d0(2026, 9, 12) + timedelta(hours=11, minutes=f.rng.randint(8, 17)),
                "email",
                "message",
                w.AGENT["spike_fixed"][lg],
                out=True,
                subject="Mellora",
            )
            c.truth["agent_fixed"] = True
        regulars.append(c.key)
    f.spike = {
        "topic": "honey-subscription checkout rejecting every payment, error PAY_4083",
        "about": "payments",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
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
    for fam in FAMILIES:
        fam()


if __name__ == "__main__":
    main()
