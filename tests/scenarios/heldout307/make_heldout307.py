"""Generate heldout307 (Calamora, written blind): eight families, JSONL plus truth."""

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

SEED = 20261010
CODE = "CLM_4471"
COMPS = ("Scriptel", "Federwerk")
PROBLEMS = ("no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee")
CC = {
    "DE": "49",
    "AT": "43",
    "CH": "41",
    "UK": "44",
    "IE": "353",
    "ES": "34",
    "FR": "33",
    "BE": "32",
    "IT": "39",
    "PT": "351",
}
CUR = {"UK": "GBP", "CH": "CHF"}
WEEKDAY = {
    "de": "Mittwoch",
    "en": "Wednesday",
    "es": "miércoles",
    "fr": "mercredi",
    "it": "mercoledì",
    "pt": "quarta-feira",
}
SRC = {
    "email": "calamora-mail",
    "phone": "calamora-voice",
    "social": "calamora-social",
    "community": "calamora-forum",
    "chat": "calamora-chat",
    "web": "calamora-web",
    "survey": "calamora-survey",
}
AGENTS = ("Mira", "Ben", "Lucía", "Élodie", "Paolo", "Rita")
SERIAL = [0]


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    name: str
    ids: dict[str, str | None]
    truth: dict[str, Any]
    segment: str = "consumer"


@dataclass
class Row:
    t: datetime
    c: Cust
    d: dict[str, Any]
    inbound: bool


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

    def lang(self) -> str:
        return self.rng.choices(W.LANGS, W.WEIGHTS)[0]

    def person(
        self,
        persona: str,
        habit: str,
        expected: list[str],
        tolerated: list[str],
        lang: str | None = None,
        account: str | None = None,
        market: str | None = None,
    ) -> Cust:
        lg = lang or self.lang()
        mk = market or self.rng.choice(W.MARKETS[lg])
        SERIAL[0] += 1
        s = SERIAL[0]
        first = W.FIRST[lg][s % len(W.FIRST[lg])]
        last = W.LAST[lg][(s // 3) % len(W.LAST[lg])]
        key = f"CL{self.code}{1000 + s:04d}"
        plain = strip(f"{first}.{last}").lower()
        email = f"{plain}{s}@" + (
            f"{account.lower()}.example"
            if account
            else self.rng.choice(("post.example", "mailbox.example", "inkwell.example"))
        )
        phone = f"+{CC[mk]}{7 if mk in ('UK', 'DE', 'AT', 'CH') else 6}{s:08d}"
        handle = None if account else f"@{plain.replace('.', '_')}{s}"
        c = Cust(
            key,
            lg,
            mk,
            f"{first} {last}",
            {
                "customer_id": key,
                "email": email,
                "phone": phone,
                "handle": handle,
                "account_id": account,
            },
            {},
        )
        c.segment = "b2b" if account else "consumer"
        c.truth = {
            "identifiers": dict(c.ids),
            "expected_rules": expected,
            "tolerated_rules": tolerated,
            "persona": persona,
            "habit": habit,
            "language": lg,
            "country": mk,
            "segment": c.segment,
            "name": c.name,
        }
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
    ) -> str:
        self.count += 1
        eid = f"cl307-{self.code.lower()}-{self.count:05d}"
        a = {"market": c.market}
        if c.segment == "b2b":
            a["segment"] = "b2b"
        if out:
            a["agent"] = AGENTS[self.count % len(AGENTS)]
        a.update(attrs or {})
        if text is not None and not out and channel not in ("phone", "survey"):
            text = self.roughen(text)
        d: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "customer": {},
            "text": text,
            "subject": subject,
            "scores": scores or {},
            "source": SRC[channel],
            "attributes": a,
        }
        self.rows.append(Row(t, c, d, not out))
        return eid

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.1:
            text = strip(text)
        if r.random() < 0.125 and text[:1].isupper() and not text.startswith("@"):
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = text.split(" ")
            cand = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha() and w.islower()]
            if cand:
                i = cand[r.randrange(len(cand))]
                w = words[i]
                j = r.randrange(1, len(w) - 2)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    def write(self) -> None:
        self.rows.sort(key=lambda r: (r.t, r.d["event_id"]))
        seen: set[str] = set()
        for r in self.rows:
            ids = r.c.ids
            ch = r.d["channel"]
            if not r.inbound or r.c.key not in seen:
                cust: dict[str, str | None] = {k: v for k, v in ids.items() if v}
                if r.inbound:
                    seen.add(r.c.key)
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
            r.d["customer"] = cust
        last = self.rows[-1].t
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        expected: dict[str, int] = {}
        for c in self.custs.values():
            assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]), c.key
            for rule in c.truth["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        assert last < datetime(2026, 11, 1, tzinfo=UTC)
        truth = {
            "config": {
                "family": self.name,
                "business": "Calamora: fountain pens, inks, nib repair by post; Calamora Club membership; Calamora Office for firms",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "blind, heldout307",
                "expected": expected,
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: c.truth for k, c in self.custs.items()},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        with open(HERE / f"{self.name}.jsonl", "w", encoding="utf-8") as f:
            for r in self.rows:
                f.write(json.dumps(r.d, ensure_ascii=False) + "\n")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


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


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def at(f: Fam, day: float, h0: float, h1: float) -> datetime:
    return f.start + timedelta(days=int(day), hours=f.rng.uniform(h0, h1))


def mins(f: Fam, a: float, b: float) -> timedelta:
    return timedelta(minutes=f.rng.uniform(a, b))


def morning(t: datetime) -> datetime:
    if t.hour >= 22:
        return (t + timedelta(days=1)).replace(hour=8, minute=t.minute % 60)
    if t.hour < 7:
        return t.replace(hour=8)
    return t


def happy_act(f: Fam, c: Cust, t: datetime) -> None:
    lg = c.lang
    k = f.rng.randrange(6)
    if k == 5 and c.truth["persona"] != "happy" and c.truth["persona"] != "b2b_happy":
        k = 0
    if k == 0:
        f.add(c, t, "social", "mention", f.rng.choice(W.PRAISE[lg]))
    elif k == 1:
        f.add(c, t, "chat", "chat", f.rng.choice(W.QUESTION[lg]))
        t2 = t + mins(f, 1, 6)
        f.add(c, t2, "chat", "chat", W.ANSWER[lg], out=True)
        if f.rng.random() < 0.6:
            f.add(c, t2 + mins(f, 1, 4), "chat", "chat", f.rng.choice(W.THANKS[lg]))
    elif k == 2:
        p, v = f.rng.choice(W.PRODUCTS)
        f.add(c, t, "web", "page_view", attrs={"page": "/shop"})
        f.add(
            c,
            t + mins(f, 3, 20),
            "web",
            "purchase",
            attrs={
                "order_value": f"{v:.2f}",
                "currency": CUR.get(c.market, "EUR"),
                "product": p,
                "page": "/checkout",
            },
        )
    elif k == 3:
        f.add(c, t, "web", "review", W.REVIEW[lg], attrs={"rating": "5", "page": "/reviews"})
    elif k == 4:
        f.add(
            c, t, "community", "post", f.rng.choice(W.PRAISE[lg]).replace("@Calamora", "Calamora")
        )
    else:
        f.add(
            c,
            t,
            "survey",
            "survey_response",
            None,
            scores={"nps": f.rng.choice((9, 10))},
            attrs={"survey": "nps"},
        )


def happy_days(f: Fam, c: Cust, n: int, days: list[int], h0: float = 7, h1: float = 20) -> None:
    for d in f.rng.sample(days, min(n, len(days))):
        happy_act(f, c, at(f, d, h0, h1))


REF = [100000]


def ref() -> str:
    REF[0] += 7
    return f"CLM-{REF[0]}"


def complain(
    f: Fam, c: Cust, t: datetime, channel: str, problem: str, long: bool = False
) -> tuple[str, str | None]:
    lg = c.lang
    p = W.PROBLEM[lg][problem]
    r: str | None = ref()
    if channel == "email":
        text = W.LONG[lg].format(p=p) if long else f.rng.choice(W.ANGRY[lg]).format(p=p)
        eid = f.add(c, t, "email", "message", text, subject=W.SUBJ[lg].format(t=W.TOPIC[problem]))
        f.add(
            c,
            morning(t + mins(f, 10, 40)),
            "email",
            "message",
            W.CASE[lg].format(ref=r),
            subject=r,
            out=True,
        )
    elif channel == "chat":
        eid = f.add(c, t, "chat", "chat", f.rng.choice(W.ANGRY[lg]).format(p=p))
        f.add(c, t + mins(f, 1, 5), "chat", "chat", W.CASE[lg].format(ref=r), out=True)
    elif channel == "phone":
        eid = f.add(c, t, "phone", "call", W.CALL[lg].format(p=p))
        f.add(
            c,
            morning(t + mins(f, 10, 40)),
            "email",
            "message",
            W.CASE[lg].format(ref=r),
            subject=r,
            out=True,
        )
    elif channel == "web":
        eid = f.add(
            c,
            t,
            "web",
            "ticket",
            f.rng.choice(W.ANGRY[lg]).format(p=p),
            attrs={"page": "/help/contact"},
        )
        f.add(
            c,
            morning(t + mins(f, 10, 40)),
            "email",
            "message",
            W.CASE[lg].format(ref=r),
            subject=r,
            out=True,
        )
    else:
        eid = f.add(c, t, "social", "mention", "@Calamora " + f.rng.choice(W.ANGRY[lg]).format(p=p))
        r = None
    return eid, r


def happy_writers() -> Fam:
    f = Fam("happy_writers", "HW", 1, datetime(2026, 2, 9, tzinfo=UTC), 10)
    for _ in range(16):
        c = f.person("happy", "day writer", [], [])
        happy_days(f, c, f.rng.randint(5, 8), list(range(10)))
    for _ in range(5):
        c = f.person("happy", "night writer", [], [])
        for d in f.rng.sample(range(9), f.rng.randint(2, 4)):
            t = at(f, d, 22.2, 28.5)
            if f.rng.random() < 0.6:
                f.add(c, t, "social", "post", f.rng.choice(W.NIGHT[c.lang]))
            else:
                f.add(c, t, "chat", "chat", f.rng.choice(W.QUESTION[c.lang]))
                f.add(c, t + mins(f, 2, 6), "chat", "chat", W.ANSWER[c.lang], out=True)
                f.add(c, t + mins(f, 7, 10), "chat", "chat", f.rng.choice(W.THANKS[c.lang]))
        happy_days(f, c, f.rng.randint(2, 3), list(range(10)), 9, 18)
    for _ in range(5):
        c = f.person("happy", "answers surveys", [], [])
        for d in f.rng.sample(range(10), f.rng.randint(3, 6)):
            kind = f.rng.choice(("nps", "csat", "ces"))
            sc = (
                {"nps": f.rng.choice((9, 10))}
                if kind == "nps"
                else {"csat": f.rng.choice((4, 5))}
                if kind == "csat"
                else {"ces": f.rng.choice((6, 7))}
            )
            f.add(
                c,
                at(f, d, 8, 20),
                "survey",
                "survey_response",
                f.rng.choice(("", "👍", "top")) or None,
                scores=sc,
                attrs={"survey": kind},
            )
    return f


def one_bad_day() -> Fam:
    f = Fam("one_bad_day", "BD", 2, datetime(2026, 3, 9, tzinfo=UTC), 12)
    chans = ["long", "email", "chat", "social", "web", "phone"] * 4
    f.rng.shuffle(chans)
    with_case = []
    for i, ch in enumerate(chans):
        c = f.person("happy_one_bad_day", "one bad day", [], ["silence"])
        bd = f.rng.randint(2, 9)
        happy_days(f, c, f.rng.randint(1, 5), [d for d in range(12) if d <= bd - 2 or d >= bd + 3])
        t = at(f, bd, 8, 20)
        prob = PROBLEMS[i % 6]
        eid, r = complain(f, c, t, "email" if ch == "long" else ch, prob, long=ch == "long")
        c.truth.update(
            {
                "problem": prob,
                "channel": ch,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "booking": r,
                "long_email": ch == "long",
                "trouble_starts_at": iso(t),
            }
        )
        if r:
            with_case.append((c, t, r))
    f.rng.shuffle(with_case)
    for j, (c, t, r) in enumerate(with_case):
        if j < 6:
            s = f.add(
                c,
                t + mins(f, 100, 140),
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                {
                    "persona": "bad_day_detractor",
                    "expected_rules": ["detractor"],
                    "nps_given": True,
                    "survey_event_id": s,
                }
            )
        elif j < 11:
            s = f.add(
                c,
                t + mins(f, 40, 80),
                "survey",
                "survey_response",
                f.rng.choice(W.CSAT_WORD[c.lang]) or None,
                scores={"csat": f.rng.randint(1, 2)},
                attrs={"survey": "csat"},
            )
            c.truth.update({"csat_given": True, "survey_event_id": s})
        if 6 <= j < 18:
            f.add(
                c,
                morning(t + mins(f, 60, 240)),
                "email",
                "message",
                W.GOOD[c.lang].format(ref=r),
                subject=r,
                out=True,
            )
            c.truth["agent_fixed"] = True
            if j < 11:
                a = f.add(c, morning(t + mins(f, 960, 1440)), "chat", "chat", W.APOLOGY[c.lang])
                c.truth.update({"apologised": True, "apology_event_id": a})
    for _ in range(8):
        c = f.person("happy", "control", [], [])
        happy_days(f, c, f.rng.randint(4, 7), list(range(12)))
    return f


def repeat_run(
    f: Fam, c: Cust, t: datetime, prob: str, n: int, escalate: bool, chans: list[str]
) -> None:
    lg = c.lang
    first, r = complain(f, c, t, chans[0], prob)
    assert r
    if escalate:
        f.add(
            c,
            morning(t + mins(f, 90, 150)),
            "email",
            "message",
            W.ESCALATED[lg].format(ref=r),
            subject=r,
            out=True,
        )
    ids = [first]
    comp = None
    for k in range(1, n):
        t = morning(t + timedelta(hours=f.rng.uniform(4, 40)))
        text = W.STILL[lg].format(ref=r, p=W.PROBLEM[lg][prob])
        if k == 2:
            comp = COMPS[f.rng.randrange(2)]
            text += W.THIRD[lg].format(c=comp)
        if k == 3:
            text += W.FOURTH[lg]
        ch = chans[k]
        kind = {
            "email": "message",
            "chat": "chat",
            "phone": "call",
            "web": "ticket",
            "social": "mention",
        }[ch]
        if ch == "phone":
            text = text.lower().replace(",", "").replace(".", "").replace("?", "").replace("!", "")
        if ch == "social":
            text = "@Calamora " + text
        ids.append(
            f.add(
                c,
                t,
                ch,
                kind,
                text,
                subject=f"RE: {r}" if ch == "email" else None,
                attrs={"page": "/help/contact"} if ch == "web" else None,
            )
        )
        if ch == "chat":
            f.add(c, t + mins(f, 1, 4), "chat", "chat", W.URGENT[lg].format(ref=r), out=True)
    c.truth.update(
        {
            "problem": prob,
            "booking": r,
            "contacts": n,
            "channels": chans[:n],
            "agent_passed_on": escalate,
            "problem_event_ids": ids,
            "competitor": comp,
        }
    )


def fixed_case(f: Fam, c: Cust, t: datetime, prob: str, ch: str) -> dict[str, Any]:
    eid, r = complain(f, c, t, ch, prob)
    assert r
    t2 = morning(t + timedelta(hours=f.rng.uniform(3, 20)))
    f.add(c, t2, "email", "message", W.GOOD[c.lang].format(ref=r), subject=r, out=True)
    t3 = morning(t2 + timedelta(hours=f.rng.uniform(8, 30)))
    cch = f.rng.choice(("email", "chat"))
    ce = f.add(
        c,
        t3,
        cch,
        "message" if cch == "email" else "chat",
        W.CONFIRM[c.lang].format(ref=r),
        subject=f"RE: {r}" if cch == "email" else None,
    )
    return {
        "problem": prob,
        "booking": r,
        "raised_at": iso(t),
        "fixed_at": iso(t2),
        "confirmed_at": iso(t3),
        "problem_event_ids": [eid],
        "confirm_event_id": ce,
        "channel": ch,
        "confirm_channel": cch,
    }


REP_TOL = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]


def repeat_contacts() -> Fam:
    f = Fam("repeat_contacts", "RC", 3, datetime(2026, 4, 20, tzinfo=UTC), 10)
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    for i in range(12):
        c = f.person("repeat_contact", "repeats", ["repeat_contact"], REP_TOL)
        happy_days(f, c, f.rng.randint(1, 3), [0], 7, 12)
        t = at(f, f.rng.randint(1, 4), 8, 19)
        rest = [x for x in ("email", "chat", "phone", "web", "social") if x != firsts[i]]
        f.rng.shuffle(rest)
        repeat_run(f, c, t, PROBLEMS[i % 6], 2 + i % 3, i % 2 == 0, [firsts[i], *rest])
        c.truth["trouble_starts_at"] = iso(t)
    for i in range(5):
        c = f.person("resolved_between_contacts", "fixed", [], ["silence"])
        happy_days(f, c, 2, [0, 1])
        t = at(f, f.rng.randint(2, 5), 8, 18)
        c.truth["problems"] = [
            fixed_case(f, c, t, PROBLEMS[i], f.rng.choice(("email", "chat", "web")))
        ]
        c.truth["trouble_starts_at"] = iso(t)
    for i in range(3):
        c = f.person("different_problems", "two problems", [], ["silence"])
        t = at(f, 1, 8, 18)
        c.truth["problems"] = [
            fixed_case(f, c, t, PROBLEMS[i], "email"),
            fixed_case(f, c, at(f, 5 + i % 2, 8, 18), PROBLEMS[i + 3], "chat"),
        ]
        c.truth["trouble_starts_at"] = iso(t)
    for _ in range(7):
        c = f.person("happy", "frequent writer", [], [])
        happy_days(f, c, f.rng.randint(5, 8), list(range(10)))
    return f


def slide(f: Fam, c: Cust, d0: int, span: int, nps: bool) -> None:
    lg = c.lang
    comp = COMPS[f.rng.randrange(2)]
    t = at(f, d0, 9, 12)
    ids = []
    for k, line in enumerate(W.SLIDE[lg]):
        if k:
            t = morning(
                max(
                    t + timedelta(hours=1, minutes=f.rng.randint(0, 50)),
                    f.start + timedelta(days=d0 + span * k / 5, hours=f.rng.uniform(9, 19)),
                )
            )
        ch = ("social", "community", "web")[k % 3]
        text = line.format(c=comp)
        if ch == "social":
            text = "@Calamora " + text
        ids.append(
            f.add(
                c,
                t,
                ch,
                {"social": "mention", "community": "post", "web": "review"}[ch],
                text,
                attrs={"rating": str((3, 3, 2, 2, 1, 1)[k]), "page": "/reviews"}
                if ch == "web"
                else None,
            )
        )
        if k == 3 and nps:
            s = f.add(
                c,
                morning(t + mins(f, 150, 210)),
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth.update({"nps_given": True, "survey_event_id": s})
            c.truth["expected_rules"] = ["sentiment_drop", "detractor"]
    c.truth.update(
        {
            "slide_event_ids": ids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": d(f, ids[0]),
        }
    )


def d(f: Fam, eid: str) -> str:
    return next(str(r.d["occurred_at"]) for r in f.rows if r.d["event_id"] == eid)


def slow_churners() -> Fam:
    f = Fam("slow_churners", "SC", 4, datetime(2026, 5, 4, tzinfo=UTC), 32)
    for i in range(10):
        c = f.person(
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
        for dd in f.rng.sample(range(11), f.rng.randint(4, 5)):
            f.add(c, at(f, dd, 8, 20), "social", "mention", f.rng.choice(W.PRAISE[c.lang]))
        happy_days(f, c, f.rng.randint(2, 4), list(range(11)))
        slide(f, c, f.rng.randint(12, 16), (3, 5, 9)[i % 3], i < 5)
    for _ in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            ["churn_intent"],
            ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        happy_days(f, c, f.rng.randint(4, 6), list(range(15)))
        t = at(f, f.rng.randint(17, 23), 8, 18)
        e = f.add(c, t, "email", "message", W.CANCEL[c.lang], subject="Calamora Club")
        f.add(
            c,
            morning(t + timedelta(hours=f.rng.uniform(1, 5))),
            "email",
            "message",
            W.SORRY[c.lang],
            subject="RE: Calamora Club",
            out=True,
        )
        t3 = morning(t + timedelta(hours=f.rng.uniform(20, 30)))
        x = f.add(
            c,
            t3,
            "web",
            "cancellation",
            attrs={"page": "/account/club", "product": "Calamora Club"},
        )
        c.truth.update(
            {
                "churn_intent_event_id": e,
                "cancellation_event_id": x,
                "churn_at": iso(t3),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = f.person("happy", "steady", [], [])
        happy_days(f, c, f.rng.randint(6, 10), list(range(32)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"])
        dd = f.rng.randint(0, 4)
        ids = []
        for _k in range(f.rng.randint(5, 7)):
            ch = f.rng.choice(("social", "community", "web"))
            text = f.rng.choice(W.GRUMBLE[c.lang])
            ids.append(
                f.add(
                    c,
                    at(f, dd, 9, 20),
                    ch,
                    {"social": "mention", "community": "post", "web": "review"}[ch],
                    ("@Calamora " + text) if ch == "social" else text,
                    attrs={"rating": "3", "page": "/reviews"} if ch == "web" else None,
                )
            )
            dd += f.rng.randint(1, 3)
        c.truth.update({"grumble_event_ids": ids, "trouble_starts_at": d(f, ids[0])})
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", [], ["silence"])
        happy_days(f, c, f.rng.randint(4, 6), list(range(17)))
        c.truth["sarcasm_event_id"] = f.add(
            c, at(f, f.rng.randint(17, 28), 9, 20), "social", "mention", W.SARCASM[c.lang]
        )
    return f


def quiet_hours() -> Fam:
    f = Fam("quiet_hours", "QH", 5, datetime(2026, 6, 19, tzinfo=UTC), 3)
    for _ in range(16):
        c = f.person("happy", "day writer", [], [])
        happy_days(f, c, f.rng.randint(1, 3), [0, 1, 2], 7, 17.5)
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", [], ["silence"])
        t = at(f, i % 3, 9, 16)
        f.add(c, t, "web", "page_view", attrs={"page": "/inks"})
        t2 = t + mins(f, 20, 30)
        if i < 2:
            g = f.add(c, t2, "chat", "chat", W.MILD[c.lang])
            f.add(c, t2 + mins(f, 1, 5), "chat", "chat", W.ANSWER[c.lang], out=True)
        else:
            g = f.add(c, t2, "web", "ticket", W.MILD[c.lang], attrs={"page": "/help/contact"})
            f.add(
                c,
                t2 + mins(f, 15, 40),
                "email",
                "message",
                W.ACK[c.lang].format(ref=ref()),
                out=True,
            )
        c.truth.update({"grumble_event_id": g, "trouble_starts_at": iso(t2)})
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=f.rng.uniform(40, 65))
        for b, off in enumerate((0, f.rng.uniform(28, 33), f.rng.uniform(55, 65))):
            bs = b0 + timedelta(minutes=off)
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}", [], [])
                t = bs + mins(f, 0, 10)
                if f.rng.random() < 0.5:
                    e = f.add(c, t, "social", "post", f.rng.choice(W.NIGHT[c.lang]))
                else:
                    e = f.add(c, t, "chat", "chat", f.rng.choice(W.QUESTION[c.lang]))
                    f.add(c, t + mins(f, 2, 5), "chat", "chat", W.ANSWER[c.lang], out=True)
                    f.add(c, t + mins(f, 6, 9), "chat", "chat", f.rng.choice(W.THANKS[c.lang]))
                c.truth.update({"burst_at": iso(bs), "night_event_id": e})
                if f.rng.random() < 0.5 and night < 2:
                    happy_act(f, c, at(f, night + 1, 9, 17.5))
    return f


def bilingual() -> Fam:
    f = Fam("bilingual", "BL", 6, datetime(2026, 7, 13, tzinfo=UTC), 14)
    pairs = [
        ("de", "en"),
        ("en", "de"),
        ("de", "fr"),
        ("en", "es"),
        ("de", "it"),
        ("en", "pt"),
        ("fr", "de"),
        ("es", "en"),
        ("it", "de"),
        ("pt", "en"),
        ("de", "es"),
        ("en", "fr"),
    ]
    k = 0

    def mk(persona: str, habit: str, exp: list[str], tol: list[str]) -> tuple[Cust, str]:
        nonlocal k
        a, b = pairs[k % len(pairs)]
        k += 1
        c = f.person(persona, habit, exp, tol, lang=a)
        c.truth["languages"] = [a, b]
        c.truth["job_second_language"] = "works abroad / partner's language"
        return c, b

    def in_lang(c: Cust, lg: str) -> Cust:
        twin = Cust(c.key, lg, c.market, c.name, c.ids, c.truth, c.segment)
        return twin

    for _ in range(12):
        c, b = mk("happy", "alternates languages", [], [])
        for j, dd in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            happy_act(f, c if j % 2 == 0 else in_lang(c, b), at(f, dd, 8, 20))
    for i in range(5):
        c, b = mk("repeat_contact", "repeats", ["repeat_contact"], REP_TOL)
        happy_days(f, c, 2, [0, 1])
        t = at(f, f.rng.randint(2, 5), 9, 18)
        n = (2, 2, 3, 3, 4)[i]
        r0, r1 = f.count, len(f.rows)
        repeat_run(f, c, t, PROBLEMS[i], n, n >= 3, ["web", "email", "chat", "phone"])
        del r0
        rows = f.rows[r1:]
        # later contacts alternate into the second language
        inbound = [r for r in rows if r.inbound]
        ref_ = str(c.truth["booking"])
        for j, r in enumerate(inbound):
            if j % 2 == 1:
                lg = b
                text = W.STILL[lg].format(ref=ref_, p=W.PROBLEM[lg][PROBLEMS[i]])
                if j == 3:
                    text += W.FOURTH[lg]
                if r.d["channel"] == "phone":
                    text = (
                        text.lower()
                        .replace(",", "")
                        .replace(".", "")
                        .replace("?", "")
                        .replace("!", "")
                    )
                r.d["text"] = text
        c.truth["trouble_starts_at"] = iso(t)
    for _ in range(5):
        c, b = mk(
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
        for j, dd in enumerate(range(6)):
            if dd == 5 and j:
                break
            f.add(
                c if j % 2 == 0 else in_lang(c, b),
                at(f, dd, 8, 20),
                "social",
                "mention",
                f.rng.choice(W.PRAISE[c.lang if j % 2 == 0 else b]),
            )
        happy_days(f, c, f.rng.randint(1, 3), list(range(6)))
        n0 = len(f.rows)
        slide(f, c, f.rng.randint(7, 8), f.rng.choice((3, 5)), False)
        for j, r in enumerate(f.rows[n0:]):
            if j % 2 == 1:
                text = W.SLIDE[b][j].format(c=c.truth["competitor"])
                r.d["text"] = ("@Calamora " + text) if r.d["channel"] == "social" else text
    for i, ch in enumerate(("long", "email", "chat")):
        c, b = mk("happy_one_bad_day", "one bad day", [], ["silence"])
        happy_days(f, c, 3, [0, 1, 2, 3])
        t = at(f, 8, 9, 18)
        cb = in_lang(c, b)
        eid, rr = complain(
            f, cb, t, "email" if ch == "long" else ch, PROBLEMS[i + 2], long=ch == "long"
        )
        if ch != "chat":
            f.add(
                cb,
                morning(t + mins(f, 60, 240)),
                "email",
                "message",
                W.GOOD[b].format(ref=rr),
                subject=rr,
                out=True,
            )
        if ch == "email":
            c.truth["apology_event_id"] = f.add(
                cb, morning(t + mins(f, 1080, 1440)), "chat", "chat", W.APOLOGY[b]
            )
        c.truth.update(
            {
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "bad_day_language": b,
                "booking": rr,
                "trouble_starts_at": iso(t),
            }
        )
    for i in range(2):
        c, b = mk("resolved_between_contacts", "fixed", [], ["silence"])
        happy_days(f, c, 2, [0, 1, 2])
        t = at(f, 5, 9, 17)
        n0 = len(f.rows)
        c.truth["problems"] = [fixed_case(f, c, t, PROBLEMS[i], "web")]
        c.truth["confirm_language"] = b
        for r in f.rows[n0:]:
            if r.inbound and r.d["event_id"] == c.truth["problems"][0]["confirm_event_id"]:
                r.d["text"] = W.CONFIRM[b].format(ref=c.truth["problems"][0]["booking"])
        c.truth["trouble_starts_at"] = iso(t)
    return f


def b2b_accounts() -> Fam:
    f = Fam("b2b_accounts", "BB", 7, datetime(2026, 8, 31, tzinfo=UTC), 14)
    kinds = [
        ("at_risk", 3, "invoice"),
        ("at_risk", 3, "portal"),
        ("at_risk", 3, "service_blocked"),
        ("at_risk", 4, "overbilled"),
        ("at_risk", 4, "invoice"),
        ("one_unhappy", 1, "portal"),
        ("one_unhappy", 1, "overbilled"),
        ("one_unhappy", 1, "invoice"),
        ("one_unhappy", 1, "service_blocked"),
        ("mild", 0, ""),
        ("mild", 0, ""),
        ("mild", 0, ""),
        ("happy", 0, ""),
        ("happy", 0, ""),
        ("happy", 0, ""),
    ]
    sites = (
        "law firm",
        "bank",
        "hotel",
        "school",
        "municipality",
        "university",
        "consultancy",
        "museum",
    )
    for n, (kind, unhappy, prob) in enumerate(kinds):
        lg = f.lang()
        mk = f.rng.choice(W.MARKETS[lg])
        acc = f"CLO-{mk}-{3000 + n * 17}"
        size = max(unhappy + 1, f.rng.randint(3, 5)) if kind == "at_risk" else f.rng.randint(3, 4)
        keys: list[str] = []
        unhappy_keys: list[str] = []
        for j in range(size):
            if kind == "at_risk" and j < unhappy:
                c = f.person(
                    "b2b_unhappy",
                    "complainer",
                    [],
                    [
                        "sentiment_drop",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "silence",
                        "account_risk",
                    ],
                    lang=lg,
                    account=acc,
                    market=mk,
                )
            elif kind == "one_unhappy" and j == 0:
                c = f.person(
                    "b2b_one_unhappy",
                    "complainer",
                    ["detractor"],
                    ["sentiment_drop", "high_value_at_risk", "silence"],
                    lang=lg,
                    account=acc,
                    market=mk,
                )
            elif kind == "mild" and j < 2:
                c = f.person(
                    "b2b_mild", "suggests", [], ["silence"], lang=lg, account=acc, market=mk
                )
            else:
                c = f.person("b2b_happy", "contact", [], [], lang=lg, account=acc, market=mk)
            c.truth.update(
                {
                    "company": f"{sites[n % 8].title()} {n}",
                    "role": c.truth["habit"],
                    "job_title": ("Office manager", "Procurement lead", "Assistant")[j % 3],
                }
            )
            c.truth["job"] = c.truth["job_title"]
            keys.append(c.key)
            if c.truth["persona"] in ("b2b_unhappy", "b2b_one_unhappy"):
                unhappy_keys.append(c.key)
        cs = [f.custs[k] for k in keys]
        for c in cs:
            if c.truth["persona"] == "b2b_happy":
                for dd in f.rng.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], f.rng.randint(2, 4)):
                    happy_act(f, c, at(f, dd, 8, 16.5))
            else:
                for _ in range(f.rng.randint(0, 2)):
                    f.add(
                        c,
                        at(f, f.rng.randint(0, 1), 8, 16),
                        "web",
                        "page_view",
                        attrs={"page": "/office/orders"},
                    )
        acct: dict[str, Any] = {
            "company": cs[0].truth["company"],
            "site": sites[n % 8],
            "contacts": size,
            "contact_keys": keys,
            "unhappy_contacts": len(unhappy_keys),
            "unhappy_contact_keys": unhappy_keys,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lg,
            "country": mk,
        }
        if kind == "at_risk":
            t = f.start + timedelta(days=2, hours=f.rng.uniform(8, 11))
            acct["trouble_starts_at"] = iso(t)
            r = ref()
            firstname = cs[0].name.split()[0]
            for j in range(unhappy):
                c = cs[j]
                if j:
                    t = t + timedelta(hours=f.rng.uniform(8, 28))
                    while t.hour < 8 or t.hour >= 17 or t.weekday() >= 5:
                        t = (
                            (t + timedelta(days=1)).replace(hour=8)
                            if t.hour >= 17 or t.weekday() >= 5
                            else t.replace(hour=8)
                        )
                p = W.B2B[lg][prob]
                text = (
                    W.B2B_FIRST[lg].format(p=p)
                    if j == 0
                    else W.B2B_LATER[lg].format(n=firstname, d=WEEKDAY[lg], ref=r, p=p)
                )
                e = f.add(
                    c,
                    t,
                    "email",
                    "message",
                    text,
                    subject=W.SUBJ[lg].format(t=acc) if j == 0 else f"RE: {r}",
                )
                if j == 0:
                    f.add(
                        c,
                        t + mins(f, 20, 60),
                        "email",
                        "message",
                        W.CASE[lg].format(ref=r),
                        subject=r,
                        out=True,
                    )
                ids = [e]
                if j < unhappy - 1:
                    s = f.add(
                        c,
                        t + mins(f, 60, 180),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": f.rng.randint(1, 5)},
                        attrs={"survey": "nps"},
                    )
                    c.truth.update(
                        {"nps_given": True, "survey_event_id": s, "expected_rules": ["detractor"]}
                    )
                else:
                    t2 = t + timedelta(hours=f.rng.uniform(18, 40))
                    while t2.hour < 8 or t2.hour >= 17 or t2.weekday() >= 5:
                        t2 = (
                            (t2 + timedelta(days=1)).replace(hour=9)
                            if t2.hour >= 17 or t2.weekday() >= 5
                            else t2.replace(hour=9)
                        )
                    ids.append(f.add(c, t2, "phone", "call", W.B2B_LAST[lg].format(ref=r.lower())))
                    c.truth["expected_rules"] = ["repeat_contact"]
                    c.truth["tolerated_rules"] = [
                        x for x in c.truth["tolerated_rules"] if x != "repeat_contact"
                    ]
                c.truth.update(
                    {
                        "problem": prob,
                        "booking": r,
                        "complaint_event_ids": ids,
                        "trouble_starts_at": iso(t),
                    }
                )
        elif kind == "one_unhappy":
            c = cs[0]
            t = at(f, f.rng.randint(3, 4), 9, 15)
            r = ref()
            e = f.add(
                c,
                t,
                "email",
                "message",
                W.B2B_FIRST[lg].format(p=W.B2B[lg][prob]),
                subject=W.SUBJ[lg].format(t=acc),
            )
            f.add(
                c,
                t + mins(f, 20, 60),
                "email",
                "message",
                W.CASE[lg].format(ref=r),
                subject=r,
                out=True,
            )
            s = f.add(
                c,
                t + mins(f, 60, 180),
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                {
                    "problem": prob,
                    "booking": r,
                    "complaint_event_ids": [e],
                    "nps_given": True,
                    "survey_event_id": s,
                    "trouble_starts_at": iso(t),
                }
            )
        elif kind == "mild":
            for c in cs[:2]:
                t = at(f, f.rng.randint(2, 4), 8, 16)
                e = f.add(c, t, "web", "ticket", W.SUGGEST[lg], attrs={"page": "/office/feedback"})
                f.add(
                    c,
                    t + mins(f, 30, 90),
                    "email",
                    "message",
                    W.ACK[lg].format(ref=ref()),
                    out=True,
                )
                c.truth.update({"mild_event_id": e, "trouble_starts_at": iso(t)})
        f.accounts[acc] = acct
    return f


def topic_spike() -> Fam:
    f = Fam("topic_spike", "TS", 8, datetime(2026, 10, 5, tzinfo=UTC), 7)
    s0 = datetime(2026, 10, 10, 8, 40, tzinfo=UTC)
    for _ in range(40):
        c = f.person("happy", "day writer", [], [])
        for dd in f.rng.sample(range(6), f.rng.randint(1, 4)):
            happy_act(f, c, at(f, dd, 12, 19) if dd == 5 else at(f, dd, 7, 20))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", [], ["silence"])
        t = at(f, 0, 9, 16)
        g = f.add(c, t, "chat", "chat", W.MILD[c.lang])
        f.add(c, t + mins(f, 2, 5), "chat", "chat", W.ANSWER[c.lang], out=True)
        c.truth.update({"grumble_event_id": g, "trouble_starts_at": iso(t)})
    for lg, h in (("de", 9.6), ("en", 16.1)):
        c = f.person("grumbles_once", "lone question", [], ["silence"], lang=lg)
        t = f.start + timedelta(days=4, hours=h)
        g = f.add(c, t, "chat", "chat", W.LONE_Q[lg])
        f.add(c, t + mins(f, 2, 5), "chat", "chat", W.LONE_A[lg], out=True)
        c.truth.update({"lone_report_event_id": g, "trouble_starts_at": iso(t)})
    langs = ["de"] * 6 + ["en"] * 6 + ["es", "es", "fr", "fr", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    offs = sorted([0.0, 45.0] + [f.rng.uniform(0, 45) for _ in range(18)])
    keys, eids, reps = [], [], []
    early = [i for i in range(20) if offs[i] <= 25]
    rep_idx = set(f.rng.sample(early, 6))
    fix_idx = set(f.rng.sample([i for i in range(20) if i not in rep_idx], 6))
    for i in range(20):
        regular = i % 5 < 3
        c = f.person(
            "spike_reporter", "regular" if regular else "new", [], ["silence"], lang=langs[i]
        )
        if regular:
            happy_act(f, c, at(f, 2, 8, 17.5))
        t = s0 + timedelta(minutes=offs[i])
        ch = chans[i]
        text = f.rng.choice(W.SPIKE[c.lang]).format(code=CODE)
        if ch == "social" and "@Calamora" not in text:
            text = "@Calamora " + text
        if ch != "social":
            text = text.replace("@Calamora ", "")
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        e = f.add(
            c,
            t,
            ch,
            kind,
            text,
            subject="Checkout" if ch == "email" else None,
            attrs={"page": "/help/contact"} if ch == "web" else None,
        )
        if ch == "chat":
            f.add(c, t + mins(f, 1, 4), "chat", "chat", W.SPIKE_ANS[c.lang], out=True)
        keys.append(c.key)
        eids.append(e)
        c.truth.update(
            {
                "in_spike": True,
                "regular": regular,
                "spike_event_id": e,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
            }
        )
        if i in rep_idx:
            ch2 = {
                "social": "email",
                "chat": "community",
                "community": "chat",
                "email": "chat",
                "web": "email",
            }[ch]
            t2 = t + mins(f, 15, 50)
            r = f.add(
                c,
                t2,
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                W.SPIKE_AGAIN[c.lang].format(code=CODE),
                subject="Checkout" if ch2 == "email" else None,
            )
            reps.append(r)
            c.truth.update(
                {
                    "persona": "spike_repeater",
                    "expected_rules": ["repeat_contact"],
                    "tolerated_rules": ["silence", "sentiment_drop"],
                    "repeat_event_id": r,
                }
            )
        elif i in fix_idx:
            f.add(
                c,
                datetime(2026, 10, 10, 10, 25, tzinfo=UTC) + mins(f, 0, 9),
                "email",
                "message",
                W.WORKS[c.lang],
                subject="Calamora",
                out=True,
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": f"online checkout refuses every payment: no order can be placed, error {CODE}",
        "about": "payments",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    return f


FAMILIES = (
    happy_writers,
    one_bad_day,
    repeat_contacts,
    slow_churners,
    quiet_hours,
    bilingual,
    b2b_accounts,
    topic_spike,
)


def main() -> None:
    for make in FAMILIES:
        make().write()


if __name__ == "__main__":
    main()
