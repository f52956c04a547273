# ruff: noqa: E501
"""Generate the heldout323 blind set (Fornavo). Standard library only, seeded."""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import wording as W  # noqa: E402

SEED = 20261010
LW = {"de": 30, "en": 30, "es": 10, "fr": 10, "it": 10, "pt": 10}
COUNTER = {"n": 0}
HAPPY_T: list[str] = []


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def speech(text: str) -> str:
    return " ".join("".join(ch for ch in text.lower() if ch.isalnum() or ch in " _").split())


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.rows: list[tuple[datetime, int, dict[str, Any]]] = []
        self.cust: dict[str, dict[str, Any]] = {}
        self.seen: set[str] = set()
        self.accounts: dict[str, Any] = {}
        self.spike: dict[str, Any] = {}
        self.case_n = 0

    def lang(self) -> str:
        return self.rng.choices(list(LW), weights=list(LW.values()))[0]

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        segment: str = "consumer",
        account: str | None = None,
        market: str | None = None,
        email_domain: str | None = None,
    ) -> dict[str, Any]:
        COUNTER["n"] += 1
        k = COUNTER["n"]
        lg = lang or self.lang()
        mk = market or self.rng.choice(W.MARKETS[lg])
        first, last = self.rng.choice(W.FIRST[lg]), self.rng.choice(W.LAST[lg])
        plain = (
            unicodedata.normalize("NFKD", f"{first}.{last}")
            .encode("ascii", "ignore")
            .decode()
            .lower()
        )
        cc, pre, ln = W.PHONE[mk]
        phone = cc + pre + str(100000 + k * 37).zfill(ln - len(pre))[-(ln - len(pre)) :]
        cid = f"FV{self.code}{1000 + k}"
        email = (
            f"{plain}{k}@{email_domain or self.rng.choice(['post', 'mailbox', 'inbox'])}.example"
        )
        handle = None if segment == "b2b" else f"@{plain.replace('.', '_')}{k}"
        c = {
            "key": cid,
            "first": first,
            "lang": lg,
            "market": mk,
            "segment": segment,
            "truth": {
                "identifiers": {
                    "customer_id": cid,
                    "email": email,
                    "phone": phone,
                    "handle": handle,
                    "account_id": account,
                },
                "expected_rules": sorted(expected or []),
                "tolerated_rules": sorted(tolerated or []),
                "persona": persona,
                "habit": habit,
                "language": lg,
                "country": mk,
                "segment": segment,
                "name": f"{first} {last}",
            },
        }
        self.cust[cid] = c
        return c

    def case(self) -> str:
        COUNTER["n"] += 1
        return f"FV-{300000 + COUNTER['n'] * 7}"

    def rough_text(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.1:
            text = "".join(
                ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
            )
        if r.random() < 0.125 and text[:1].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 0.14:
            words = text.split(" ")
            idx = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha() and w.islower()]
            if idx:
                i = r.choice(idx)
                w = words[i]
                j = r.randrange(1, len(w) - 2)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    def add(
        self,
        c: dict[str, Any],
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        out: bool = False,
        scores: dict[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        ids = c["truth"]["identifiers"]
        full = out or c["key"] not in self.seen
        if full:
            cust = {k: v for k, v in ids.items() if v}
        elif channel == "phone":
            cust = {"phone": ids["phone"]}
        elif channel in ("social", "community"):
            cust = {"handle": ids["handle"]} if ids["handle"] else {"email": ids["email"]}
        elif channel == "email":
            cust = {"email": ids["email"]}
        else:
            cust = {"customer_id": ids["customer_id"]}
        if ids["account_id"]:
            cust["account_id"] = ids["account_id"]
        if not out:
            self.seen.add(c["key"])
        if text and not out and channel not in ("phone", "survey"):
            text = self.rough_text(text)
        if text and channel == "phone":
            text = speech(text)
        a = {"market": c["market"], **(attrs or {})}
        if c["segment"] == "b2b":
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(["Lea", "Marco", "Sam", "Inés", "Pauline"])
        eid = f"fv323-{self.code.lower()}-{len(self.rows) + 1:05d}"
        src = {
            "email": "fornavo-mail",
            "phone": "fornavo-voice",
            "social": "fornavo-social",
            "community": "fornavo-forum",
            "chat": "fornavo-chat",
            "web": "fornavo-web",
            "survey": "fornavo-survey",
        }[channel]
        row = {
            "event_id": eid,
            "occurred_at": iso(t),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "customer": cust,
            "text": text,
            "subject": subject,
            "scores": scores or {"nps": None, "csat": None, "ces": None},
            "source": src,
            "attributes": a,
        }
        self.rows.append((t, len(self.rows), row))
        return eid

    def at(self, day: float, lo: float = 8.0, hi: float = 19.0) -> datetime:
        return self.start + timedelta(days=int(day), hours=self.rng.uniform(lo, hi))

    # happy acts -------------------------------------------------------------
    def happy_act(self, c: dict[str, Any], t: datetime, kinds: str = "pqvrsg") -> None:
        lg, k = c["lang"], self.rng.choice(kinds)
        if k == "p":
            txt = self.rng.choice(W.PRAISE[lg])
            ch = self.rng.choice(["social", "community"])
            if ch == "social":
                txt = (
                    txt.replace("Fornavo", "@Fornavo", 1) if "Fornavo" in txt else "@Fornavo " + txt
                )
            self.add(c, t, ch, "mention" if ch == "social" else "post", txt)
        elif k == "g":
            self.add(c, t, "community", "post", self.rng.choice(W.GRIPE[lg]))
        elif k == "q":
            ch = self.rng.choice(["chat", "email", "phone"])
            self.add(
                c,
                t,
                ch,
                {"chat": "chat", "email": "message", "phone": "call"}[ch],
                self.rng.choice(W.QUESTION[lg]),
            )
            t2 = t + timedelta(
                minutes=self.rng.randint(2, 6) if ch != "email" else self.rng.randint(30, 90)
            )
            self.add(
                c,
                t2,
                "chat" if ch == "chat" else "email",
                "chat" if ch == "chat" else "message",
                W.ANSWER[lg],
                out=True,
            )
            if self.rng.random() < 0.6 and ch != "phone":
                self.add(
                    c,
                    t2 + timedelta(minutes=3),
                    "chat" if ch == "chat" else "email",
                    "chat" if ch == "chat" else "message",
                    self.rng.choice(W.THANKS[lg]),
                )
        elif k == "v":
            prod, price = self.rng.choice(W.PRODUCTS)
            self.add(c, t, "web", "page_view", attrs={"page": "/book"})
            self.add(
                c,
                t + timedelta(minutes=self.rng.randint(3, 12)),
                "web",
                "purchase",
                attrs={
                    "order_value": price,
                    "currency": "GBP"
                    if c["market"] in ("UK",)
                    else "CHF"
                    if c["market"] == "CH"
                    else "EUR",
                    "product": prod,
                    "page": "/checkout",
                },
            )
        elif k == "r":
            self.add(
                c,
                t,
                "web",
                "review",
                self.rng.choice(W.REVIEW[lg]),
                attrs={"rating": "5", "page": "/reviews"},
            )
        else:
            self.survey_high(c, t)

    def survey_high(self, c: dict[str, Any], t: datetime) -> None:
        kind = self.rng.choice(["nps", "csat", "ces"])
        val = {
            "nps": self.rng.choice([9, 10]),
            "csat": self.rng.choice([4, 5]),
            "ces": self.rng.choice([6, 7]),
        }[kind]
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        sc[kind] = val
        self.add(
            c,
            t,
            "survey",
            "survey_response",
            self.rng.choice(W.SURVEY_WORD[c["lang"]]) or None,
            scores=sc,
            attrs={"survey": kind},
        )

    def happy_days(
        self,
        c: dict[str, Any],
        n: int,
        days: list[int],
        kinds: str = "pqvrsg",
        lo: float = 7.0,
        hi: float = 19.0,
    ) -> None:
        for d in sorted(self.rng.sample(days, min(n, len(days)))):
            self.happy_act(c, self.at(d, lo, hi), kinds)

    def problem_text(self, c: dict[str, Any], prob: str) -> str:
        return str(self.rng.choice(W.PROBLEM[prob][c["lang"]]))

    def write(self, out: Path, expected: dict[str, int]) -> None:
        rows = [r for _, _, r in sorted(self.rows, key=lambda x: (x[0], x[1]))]
        last = max(t for t, _, _ in self.rows)
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        for c in self.cust.values():
            tr = c["truth"]
            assert not set(tr["expected_rules"]) & set(tr["tolerated_rules"])
        got: dict[str, int] = {}
        for c in self.cust.values():
            for r in c["truth"]["expected_rules"]:
                got[r] = got.get(r, 0) + 1
        for a in self.accounts.values():
            for r in a["expected_rules"]:
                got[r] = got.get(r, 0) + 1
        if self.spike:
            got["topic_spike"] = 1
        assert got == expected, (self.name, got, expected)
        assert last < datetime(2026, 11, 25, tzinfo=UTC)
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Fornavo: oven and hob deep-cleaning at home; Fornavo Club; Fornavo Gastro",
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-08",
                "expected": expected,
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: c["truth"] for k, c in self.cust.items()},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (out / f"{self.name}.jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8"
        )
        (out / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )


def d0(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        d0(2026, 1, 12),
        10,
        "happy day and night writers, survey-only customers",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(5, 8), list(range(10)))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in sorted(f.rng.sample(range(9), 3)):
            f.add(
                c,
                f.at(d, 22.2, 23.8),
                "social",
                "post",
                "@Fornavo " + f.rng.choice(W.NIGHT_POST[c["lang"]]),
            )
        f.happy_days(c, 2, list(range(10)), "pvr", 9, 18)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in sorted(f.rng.sample(range(10), f.rng.randint(3, 6))):
            f.survey_high(c, f.at(d))
    return f


def bad_day(
    f: Fam, c: dict[str, Any], day: int, channel: str, prob: str, long: bool
) -> tuple[datetime, str | None]:
    lg = c["lang"]
    t = f.at(day, 8, 20)
    txt = f.problem_text(c, prob)
    case = None
    if channel == "email":
        if long:
            txt = W.LONG_EMAIL[lg].format(problem=txt, name=c["truth"]["name"])
        eid = f.add(
            c, t, "email", "message", txt, subject=f"{W.SUBJECT[lg]}: {prob.replace('_', ' ')}"
        )
    elif channel == "chat":
        eid = f.add(c, t, "chat", "chat", txt)
    elif channel == "social":
        eid = f.add(c, t, "social", "mention", "@Fornavo " + txt)
    elif channel == "web":
        eid = f.add(c, t, "web", "ticket", txt, attrs={"page": "/help/contact"})
    else:
        eid = f.add(c, t, "phone", "call", txt)
    if channel != "social":
        case = f.case()
        if channel == "chat":
            f.add(
                c,
                t + timedelta(minutes=f.rng.randint(2, 5)),
                "chat",
                "chat",
                W.CASE_OPENED[lg].format(first=c["first"], case=case),
                out=True,
            )
        else:
            f.add(
                c,
                t + timedelta(minutes=f.rng.randint(10, 40)),
                "email",
                "message",
                W.CASE_OPENED[lg].format(first=c["first"], case=case),
                out=True,
            )
    c["truth"].update(
        {
            "bad_day_at": iso(t),
            "bad_day_event_id": eid,
            "problem": prob,
            "channel": channel,
            "booking": case,
            "long_email": long,
            "trouble_starts_at": iso(t),
        }
    )
    return t, case


def day_shift(t: datetime) -> datetime:
    if t.hour >= 22 or t.hour < 7:
        base = t if t.hour < 7 else t + timedelta(days=1)
        return base.replace(hour=8, minute=t.minute % 50)
    return t


def one_bad_day() -> Fam:
    f = Fam("one_bad_day", "BD", 2, d0(2026, 2, 9), 12, "happy customers with one bad day")
    chans = [c for c in ("email", "chat", "social", "web", "phone") for _ in range(4)] + [
        "email"
    ] * 4
    longs = [False] * 20 + [True] * 4
    det, low, good, apo = 0, 0, 0, 0
    for i in range(24):
        lang = ["de", "en", "de", "en"][i - 20] if longs[i] else None
        c = f.person("happy_one_bad_day", "one bad day", lang=lang, tolerated=["silence"])
        day = 2 + i % 8
        f.happy_days(
            c, f.rng.randint(1, 4), [d for d in range(12) if d < day - 1 or d > day + 2], "pqvr"
        )
        t, case = bad_day(f, c, day, chans[i], W.PROBLEMS[i % 4], longs[i])
        if case is None:
            continue
        if det < 6 and i % 3 == 0:
            det += 1
            nps = f.rng.randint(1, 5)
            c["truth"].update(
                {
                    "persona": "bad_day_detractor",
                    "expected_rules": ["detractor"],
                    "nps_given": True,
                    "nps": nps,
                }
            )
            c["truth"]["survey_event_id"] = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(100, 140)),
                "survey",
                "survey_response",
                None,
                scores={"nps": nps, "csat": None, "ces": None},
                attrs={"survey": "nps"},
            )
        elif low < 5 and i % 3 == 1:
            low += 1
            cs = f.rng.randint(1, 2)
            c["truth"].update({"csat_given": True, "csat": cs})
            c["truth"]["survey_event_id"] = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(40, 80)),
                "survey",
                "survey_response",
                None,
                scores={"nps": None, "csat": cs, "ces": None},
                attrs={"survey": "csat"},
            )
        if good < 12:
            good += 1
            f.add(
                c,
                day_shift(t + timedelta(hours=f.rng.uniform(1, 4))),
                "email",
                "message",
                W.GOOD_NEWS[c["lang"]].format(case=case),
                out=True,
            )
            c["truth"]["agent_fixed"] = True
            if apo < 5 and good % 2 == 0:
                apo += 1
                c["truth"]["apology_event_id"] = f.add(
                    c,
                    day_shift(t + timedelta(hours=f.rng.uniform(16, 24))),
                    "chat",
                    "chat",
                    f.rng.choice(W.APOLOGY[c["lang"]]),
                )
                c["truth"]["apologised"] = True
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, f.rng.randint(4, 7), list(range(12)))
    return f


def repeat_run(f: Fam, c: dict[str, Any], day: int, times: int, escalate: bool, prob: str) -> None:
    lg = c["lang"]
    chans = ["web", "email", "chat", "phone", "social"]
    f.rng.shuffle(chans)
    t = f.at(day, 8, 19)
    case = f.case()
    txt = f.problem_text(c, prob)
    ids = [
        f.add(
            c,
            t,
            chans[0],
            {
                "web": "ticket",
                "email": "message",
                "chat": "chat",
                "phone": "call",
                "social": "mention",
            }[chans[0]],
            txt if chans[0] != "social" else "@Fornavo " + txt,
        )
    ]
    if escalate:
        f.add(
            c,
            t + timedelta(hours=f.rng.uniform(1.5, 2.5)),
            "email",
            "message",
            W.ESCALATED[lg].format(first=c["first"], case=case),
            out=True,
        )
    else:
        f.add(
            c,
            t + timedelta(minutes=f.rng.randint(10, 40)),
            "email",
            "message",
            W.CASE_OPENED[lg].format(first=c["first"], case=case),
            out=True,
        )
    comp = None
    for k in range(1, times):
        t = day_shift(t + timedelta(hours=f.rng.uniform(4, 40)))
        ch = chans[k]
        if k == 2:
            comp = f.rng.choice(W.COMPETITORS)
            txt2 = W.THIRD[lg].format(case=case, comp=comp)
        elif k == 3:
            txt2 = W.FOURTH[lg].format(case=case)
        else:
            txt2 = W.STILL_OPEN[lg].format(case=case, problem=txt)
        if ch == "social":
            txt2 = "@Fornavo " + txt2
        ids.append(
            f.add(
                c,
                t,
                ch,
                {
                    "web": "ticket",
                    "email": "message",
                    "chat": "chat",
                    "phone": "call",
                    "social": "mention",
                }[ch],
                txt2,
            )
        )
        if ch == "chat":
            f.add(c, t + timedelta(minutes=3), "chat", "chat", W.URGENT[lg], out=True)
    c["truth"].update(
        {
            "problem": prob,
            "booking": case,
            "contacts": times,
            "channels": chans[:times],
            "agent_passed_on": escalate,
            "problem_event_ids": ids,
            "competitor": comp,
            "trouble_starts_at": f.rows[-1][2]["occurred_at"]
            if False
            else iso(f.rows[[r[2]["event_id"] for r in f.rows].index(ids[0])][0]),
        }
    )


def fixed_run(f: Fam, c: dict[str, Any], day: int, prob: str) -> dict[str, Any]:
    lg = c["lang"]
    t = f.at(day, 8, 18)
    case = f.case()
    e1 = f.add(c, t, "web", "ticket", f.problem_text(c, prob), attrs={"page": "/help/contact"})
    f.add(
        c,
        t + timedelta(minutes=f.rng.randint(10, 40)),
        "email",
        "message",
        W.CASE_OPENED[lg].format(first=c["first"], case=case),
        out=True,
    )
    t2 = day_shift(t + timedelta(hours=f.rng.uniform(3, 20)))
    f.add(c, t2, "email", "message", W.GOOD_NEWS[lg].format(case=case), out=True)
    t3 = day_shift(t2 + timedelta(hours=f.rng.uniform(8, 30)))
    e3 = f.add(c, t3, "email", "message", W.CONFIRM[lg].format(case=case))
    return {
        "problem": prob,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(t2),
        "confirmed_at": iso(t3),
        "problem_event_ids": [e1],
        "confirm_event_id": e3,
        "channel": "web",
        "confirm_channel": "email",
    }


REP_TOL = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        d0(2026, 3, 9),
        10,
        "repeat contacts, fixed problems, two problems, frequent writers",
    )
    for i in range(12):
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=REP_TOL)
        f.happy_days(c, 1, [0], "pvr", 7, 12)
        repeat_run(f, c, 1 + i % 4, 2 + i % 3, i % 2 == 0, W.PROBLEMS[i % 4])
    for i in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=["silence"])
        c["truth"]["problems"] = [fixed_run(f, c, 1 + i, W.PROBLEMS[i % 4])]
    for i in range(3):
        c = f.person("different_problems", "two problems", tolerated=["silence"])
        c["truth"]["problems"] = [
            fixed_run(f, c, 1, W.PROBLEMS[i]),
            fixed_run(f, c, 5 + i % 2, W.PROBLEMS[i + 1]),
        ]
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.happy_days(c, f.rng.randint(5, 8), list(range(10)), "qqqpv")
    return f


def slide(f: Fam, c: dict[str, Any], start_day: int, span: int) -> datetime:
    lg = c["lang"]
    comp = f.rng.choice(W.COMPETITORS)
    ids = []
    t = f.at(start_day, 9, 12)
    step_t = []
    for k, txt in enumerate(W.SLIDE[lg]):
        if k:
            t = day_shift(
                max(
                    t + timedelta(hours=1),
                    f.start + timedelta(days=start_day + span * k / 5, hours=f.rng.uniform(9, 19)),
                )
            )
        txt = txt.format(comp=comp)
        ch = ["social", "community", "web"][k % 3]
        if ch == "web":
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    txt,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"},
                )
            )
        else:
            ids.append(
                f.add(
                    c,
                    t,
                    ch,
                    "mention" if ch == "social" else "post",
                    ("@Fornavo " + txt) if ch == "social" else txt,
                )
            )
        step_t.append(t)
    c["truth"].update(
        {
            "slide_event_ids": ids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": iso(step_t[0]),
        }
    )
    return step_t[3]


SLIDE_TOL = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        d0(2026, 4, 6),
        32,
        "slow churners, leavers, steady, grumpy, sarcastic",
    )
    for i in range(10):
        c = f.person("slow_churner", "slides", expected=["sentiment_drop"], tolerated=SLIDE_TOL)
        f.happy_days(c, 5, list(range(11)), "p")
        f.happy_days(c, 3, list(range(11)), "qvr")
        t4 = slide(f, c, 12 + i % 5, [3, 5, 9][i % 3])
        if i < 5:
            nps = f.rng.randint(1, 5)
            c["truth"]["expected_rules"] = ["detractor", "sentiment_drop"]
            c["truth"].update({"nps_given": True, "nps": nps})
            c["truth"]["survey_event_id"] = f.add(
                c,
                day_shift(t4 + timedelta(hours=f.rng.uniform(2.5, 3.5))),
                "survey",
                "survey_response",
                None,
                scores={"nps": nps, "csat": None, "ces": None},
                attrs={"survey": "nps"},
            )
    for i in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            expected=["churn_intent"],
            tolerated=["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        f.happy_days(c, f.rng.randint(4, 6), list(range(15)))
        t = f.at(17 + i, 9, 17)
        c["truth"]["churn_intent_event_id"] = f.add(
            c, t, "email", "message", W.CANCEL[c["lang"]], subject="Fornavo Club"
        )
        f.add(
            c,
            t + timedelta(hours=f.rng.uniform(1, 5)),
            "email",
            "message",
            W.SORRY_GO[c["lang"]].format(first=c["first"]),
            out=True,
        )
        tc = t + timedelta(hours=f.rng.uniform(20, 30))
        c["truth"]["cancellation_event_id"] = f.add(
            c,
            tc,
            "web",
            "cancellation",
            attrs={"page": "/account/cancel", "product": "Fornavo Club"},
        )
        c["truth"].update({"churn_at": iso(tc), "trouble_starts_at": iso(t)})
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, f.rng.randint(6, 10), list(range(32)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        d = f.rng.randint(0, 4)
        ids = []
        for _k in range(f.rng.randint(5, 7)):
            ids.append(
                f.add(
                    c,
                    f.at(d, 8, 20),
                    f.rng.choice(["community", "web"]),
                    "post",
                    f.rng.choice(W.GRUMBLE[c["lang"]]),
                )
            )
            d += f.rng.randint(1, 3)
        c["truth"]["grumble_event_ids"] = ids
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        f.happy_days(c, f.rng.randint(4, 6), list(range(17)))
        c["truth"]["sarcasm_event_id"] = f.add(
            c,
            f.at(f.rng.randint(17, 28)),
            "social",
            "mention",
            "@Fornavo " + f.rng.choice(W.SARCASM[c["lang"]]),
        )
    return f


def quiet_hours() -> Fam:
    f = Fam("quiet_hours", "QH", 5, d0(2026, 6, 5), 3, "a calm weekend with night-owl bursts")
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(1, 3), [0, 1, 2], "pvrq", 7, 17.5)
    for _ in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.at(f.rng.randint(0, 2), 9, 16)
        f.add(c, t, "web", "page_view", attrs={"page": "/book"})
        c["truth"]["grumble_event_id"] = f.add(
            c,
            t + timedelta(minutes=f.rng.randint(20, 30)),
            "chat",
            "chat",
            f.rng.choice(W.MILD[c["lang"]]),
        )
        f.add(c, t + timedelta(minutes=33), "chat", "chat", W.ANSWER[c["lang"]], out=True)
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=f.rng.randint(40, 65))
        for b, off in enumerate([0, f.rng.randint(28, 33), f.rng.randint(55, 65)]):
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                t = b0 + timedelta(minutes=off + f.rng.uniform(0, 10))
                if f.rng.random() < 0.5:
                    eid = f.add(c, t, "chat", "chat", f.rng.choice(W.QUESTION[c["lang"]]))
                    f.add(
                        c, t + timedelta(minutes=4), "chat", "chat", W.ANSWER[c["lang"]], out=True
                    )
                else:
                    eid = f.add(
                        c, t, "social", "post", "@Fornavo " + f.rng.choice(W.NIGHT_POST[c["lang"]])
                    )
                c["truth"].update(
                    {"burst_at": iso(b0 + timedelta(minutes=off)), "night_event_id": eid}
                )
    return f


PAIRS = [
    ("de", "en"),
    ("en", "de"),
    ("de", "es"),
    ("en", "fr"),
    ("de", "it"),
    ("en", "pt"),
    ("es", "de"),
    ("fr", "en"),
    ("it", "de"),
    ("pt", "en"),
]


def bilingual() -> Fam:
    f = Fam("bilingual", "BL", 6, d0(2026, 7, 6), 14, "customers writing in two languages")

    def mk(
        persona: str, habit: str, exp: list[str], tol: list[str], i: int
    ) -> tuple[dict[str, Any], str]:
        a, b = PAIRS[i % len(PAIRS)]
        c = f.person(persona, habit, lang=a, expected=exp, tolerated=tol)
        c["truth"]["languages"] = [a, b]
        return c, b

    def act(c: dict[str, Any], lg: str, t: datetime, kinds: str = "pqv") -> None:
        keep = c["lang"]
        c["lang"] = lg
        f.happy_act(c, t, kinds)
        c["lang"] = keep

    for i in range(12):
        c, b = mk("happy", "alternates languages", [], [], i)
        for k, d in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            act(c, [c["lang"], b][k % 2], f.at(d))
    for i in range(5):
        c, b = mk("repeat_contact", "repeats", ["repeat_contact"], REP_TOL, i + 3)
        act(c, c["lang"], f.at(0))
        keep = c["lang"]
        c["lang"] = b
        repeat_run(f, c, 2 + i % 3, 2 + i % 3, i % 3 > 0, W.PROBLEMS[i % 4])
        c["lang"] = keep
    for i in range(5):
        c, b = mk("slow_churner", "slides", ["sentiment_drop"], SLIDE_TOL, i + 5)
        for k, d in enumerate(sorted(f.rng.sample(range(6), 5))):
            act(c, [c["lang"], b][k % 2], f.at(d), "p")
        keep = c["lang"]
        c["lang"] = b
        slide(f, c, 7 + i % 2, [3, 5][i % 2])
        c["lang"] = keep
    for i in range(3):
        c, b = mk("happy_one_bad_day", "one bad day", [], ["silence"], i + 1)
        act(c, c["lang"], f.at(1))
        keep = c["lang"]
        c["lang"] = b
        bad_day(
            f, c, 6 + i, ["email", "email", "chat"][i], W.PROBLEMS[i], i == 0 and b in W.LONG_EMAIL
        )
        c["lang"] = keep
        c["truth"]["bad_day_language"] = b
    for i in range(2):
        c, b = mk("resolved_between_contacts", "fixed", [], ["silence"], i + 7)
        c["truth"]["problems"] = [fixed_run(f, c, 3 + i, W.PROBLEMS[i])]
        c["truth"]["confirm_language"] = c["lang"]
    return f


B2B_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        d0(2026, 9, 7),
        14,
        "restaurant and canteen accounts of Fornavo Gastro",
    )
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    probs = ["invoice", "missed_hood", "overbilled", "invoice", "missed_hood"]
    for a, kind in enumerate(kinds):
        lg = ["de", "en", "de", "en", "es", "fr", "it", "pt"][a % 8]
        mkt = W.MARKETS[lg][0]
        aid = f"FVG-{mkt}-{4100 + a}"
        dom = f"kitchen{a}.example"
        n = 4 + a % 3
        contacts = [
            f.person(
                "b2b_happy",
                "contact",
                lang=lg,
                segment="b2b",
                account=aid,
                market=mkt,
                email_domain=dom,
            )
            for _ in range(n)
        ]
        acc = {
            "company": f"Gastro {a + 1}",
            "site": ["restaurant", "canteen", "hotel", "bakery"][a % 4],
            "contacts": n,
            "contact_keys": [c["key"] for c in contacts],
            "unhappy_contacts": 0,
            "unhappy_contact_keys": [],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": None,
            "trouble_starts_at": None,
            "language": lg,
            "country": mkt,
        }
        f.accounts[aid] = acc
        for c in contacts:
            c["truth"].update(
                {
                    "company": acc["company"],
                    "role": "contact",
                    "job_title": "kitchen manager",
                    "job": "kitchen manager",
                }
            )
        unhappy: list[dict[str, Any]] = []
        if kind == "at_risk":
            unhappy = contacts[: 3 + a % 2]
            prob = probs[a]
            acc["same_problem"] = prob
            case = f.case()
            t = d0(2026, 9, 9) + timedelta(hours=f.rng.uniform(8, 12))
            acc["trouble_starts_at"] = iso(t)
            for k, c in enumerate(unhappy):
                txt = (
                    W.B2B_PROBLEM[prob][lg]
                    if k == 0
                    else W.B2B_SAME[lg].format(
                        who=unhappy[0]["first"], case=case, problem=W.B2B_PROBLEM[prob][lg]
                    )
                )
                e = f.add(c, t, "email", "message", txt, subject=f"{W.SUBJECT[lg]}: {case}")
                if k == 0:
                    f.add(
                        c,
                        t + timedelta(minutes=30),
                        "email",
                        "message",
                        W.ACK[lg].format(case=case),
                        out=True,
                    )
                ids = [e]
                last = k == len(unhappy) - 1
                exp = ["repeat_contact"] if last else []
                if not last:
                    nps = f.rng.randint(1, 5)
                    ids.append(
                        f.add(
                            c,
                            t + timedelta(hours=f.rng.uniform(1, 3)),
                            "survey",
                            "survey_response",
                            None,
                            scores={"nps": nps, "csat": None, "ces": None},
                            attrs={"survey": "nps"},
                        )
                    )
                    exp = ["detractor"]
                    c["truth"].update({"nps_given": True, "nps": nps})
                else:
                    t2 = day_shift(t + timedelta(hours=f.rng.uniform(18, 30)))
                    t2 = t2.replace(hour=min(max(t2.hour, 8), 16))
                    ids.append(
                        f.add(
                            c,
                            t2,
                            "email",
                            "message",
                            W.B2B_LAST[lg].format(case=case, comp=f.rng.choice(W.COMPETITORS)),
                        )
                    )
                c["truth"].update(
                    {
                        "persona": "b2b_unhappy",
                        "habit": "complainer",
                        "role": "complainer",
                        "expected_rules": exp,
                        "tolerated_rules": [r for r in B2B_TOL if r not in exp],
                        "complaint_event_ids": ids,
                        "problem": prob,
                        "booking": case,
                        "trouble_starts_at": iso(t),
                    }
                )
                t = t + timedelta(hours=f.rng.uniform(8, 28))
                if t.weekday() >= 5 or t.hour >= 17 or t.hour < 8:
                    t = (t + timedelta(days=2 if t.weekday() == 4 else 1)).replace(hour=9)
        elif kind == "one_unhappy":
            c = contacts[0]
            unhappy = [c]
            prob = probs[a % 3]
            case = f.case()
            t = d0(2026, 9, (10, 11, 14, 15)[a - 5]) + timedelta(hours=f.rng.uniform(9, 15))
            e = f.add(c, t, "email", "message", W.B2B_PROBLEM[prob][lg], subject=W.SUBJECT[lg])
            f.add(
                c,
                t + timedelta(minutes=40),
                "email",
                "message",
                W.ACK[lg].format(case=case),
                out=True,
            )
            nps = f.rng.randint(1, 5)
            s = f.add(
                c,
                t + timedelta(hours=2),
                "survey",
                "survey_response",
                None,
                scores={"nps": nps, "csat": None, "ces": None},
                attrs={"survey": "nps"},
            )
            c["truth"].update(
                {
                    "persona": "b2b_one_unhappy",
                    "habit": "complainer",
                    "role": "complainer",
                    "expected_rules": ["detractor"],
                    "tolerated_rules": ["sentiment_drop", "high_value_at_risk", "silence"],
                    "complaint_event_ids": [e, s],
                    "nps_given": True,
                    "nps": nps,
                    "problem": prob,
                    "trouble_starts_at": iso(t),
                }
            )
        elif kind == "mild":
            for c in contacts[:2]:
                case = f.case()
                t = d0(2026, 9, 14) + timedelta(
                    days=f.rng.randint(0, 3), hours=f.rng.uniform(8, 16)
                )
                e = f.add(
                    c, t, "web", "ticket", W.B2B_SUGGEST[lg], attrs={"page": "/portal/feedback"}
                )
                f.add(
                    c,
                    t + timedelta(hours=1),
                    "email",
                    "message",
                    W.ACK[lg].format(case=case),
                    out=True,
                )
                c["truth"].update(
                    {
                        "persona": "b2b_mild",
                        "habit": "suggests",
                        "role": "suggests",
                        "tolerated_rules": ["silence"],
                        "mild_event_id": e,
                        "trouble_starts_at": iso(t),
                    }
                )
        acc["unhappy_contacts"] = len(unhappy)
        acc["unhappy_contact_keys"] = [c["key"] for c in unhappy]
        for c in contacts:
            if c["truth"]["persona"] == "b2b_happy":
                for d in sorted(f.rng.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], 3)):
                    f.happy_act(c, f.start + timedelta(days=d, hours=f.rng.uniform(8, 16.5)), "qvs")
            else:
                f.happy_act(
                    c,
                    f.start + timedelta(days=f.rng.randint(0, 1), hours=f.rng.uniform(8, 11)),
                    "qv",
                )
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        d0(2026, 10, 5),
        7,
        "a calm week and one planted Saturday-morning spike",
    )
    s0 = d0(2026, 10, 10) + timedelta(hours=7, minutes=40)
    regulars = []
    for _i in range(40):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(1, 4), list(range(5)), "pqvr", 8, 18)
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.at(0, 9, 16)
        c["truth"]["grumble_event_id"] = f.add(
            c, t, "chat", "chat", f.rng.choice(W.MILD[c["lang"]])
        )
        f.add(c, t + timedelta(minutes=4), "chat", "chat", W.ANSWER[c["lang"]], out=True)
    for lg, hh in (("de", 9.6), ("es", 16.1)):
        c = f.person("grumbles_once", "lone question", lang=lg, tolerated=["silence"])
        t = f.start + timedelta(days=4, hours=hh)
        c["truth"]["lone_report_event_id"] = f.add(c, t, "chat", "chat", W.LONE_Q[lg])
        f.add(c, t + timedelta(minutes=5), "chat", "chat", W.LONE_A[lg], out=True)
    langs = ["de"] * 6 + ["en"] * 6 + ["es", "es", "fr", "fr", "it", "pt", "pt", "it"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    keys, eids, reps = [], [], []
    offs = sorted(f.rng.uniform(0, 45) for _ in range(20))
    offs[0], offs[-1] = 0.0, 45.0
    for i in range(20):
        reg = i < 12
        c = f.person(
            "spike_reporter", "regular" if reg else "new", lang=langs[i], tolerated=["silence"]
        )
        if reg:
            regulars.append(c)
            f.happy_act(c, f.start + timedelta(days=2, hours=f.rng.uniform(8, 17.5)), "pv")
        t = s0 + timedelta(minutes=offs[i])
        ch = chans[i]
        txt = f.rng.choice(W.SPIKE[langs[i]]).format(code=W.CODE)
        e = f.add(
            c,
            t,
            ch,
            {
                "social": "mention",
                "chat": "chat",
                "community": "post",
                "email": "message",
                "web": "ticket",
            }[ch],
            ("@Fornavo " + txt) if ch == "social" else txt,
        )
        if ch == "chat":
            f.add(c, t + timedelta(minutes=2), "chat", "chat", W.SPIKE_CHAT[langs[i]], out=True)
        keys.append(c["key"])
        eids.append(e)
        c["truth"].update(
            {
                "in_spike": True,
                "regular": reg,
                "spike_event_id": e,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
            }
        )
        if i % 2 == 0 and i < 12:
            ch2 = "email" if ch != "email" else "chat"
            r = f.add(
                c,
                t + timedelta(minutes=f.rng.uniform(15, 40)),
                ch2,
                "message" if ch2 == "email" else "chat",
                W.SPIKE_AGAIN[langs[i]].format(code=W.CODE),
            )
            reps.append(r)
            c["truth"].update(
                {
                    "persona": "spike_repeater",
                    "expected_rules": ["repeat_contact"],
                    "tolerated_rules": ["sentiment_drop", "silence"],
                    "repeat_event_id": r,
                }
            )
        elif 12 <= i < 18:
            loc = "10:20" if c["market"] in ("UK", "IE", "PT") else "11:20"
            f.add(
                c,
                s0 + timedelta(hours=2, minutes=f.rng.randint(40, 50)),
                "email",
                "message",
                W.SPIKE_FIXED[langs[i]].format(t=loc),
                out=True,
            )
            c["truth"]["agent_fixed"] = True
    f.spike = {
        "topic": "oven-cleaning booking app: every time slot fails at booking and payment, no booking possible, error "
        + W.CODE,
        "about": "booking outage",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
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
        fam = build()
        fam.write(HERE, expected)


if __name__ == "__main__":
    main()
