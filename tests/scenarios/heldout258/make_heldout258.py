"""Generate heldout258 (Caldaro, hot-tub hire), written blind. Standard library only, seeded."""

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
CODE = "HTQ:319"
COMPS = ("Ondara", "Sprudelix")
TOLERATE_REPEAT = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
TOLERATE_SLIDE = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
TOLERATE_LEAVE = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    first: str
    last: str
    ids: dict[str, str | None]
    truth: dict[str, Any]


@dataclass
class Row:
    t: datetime
    cust: Cust
    channel: str
    kind: str
    direction: str
    text: str | None
    subject: str | None
    scores: dict[str, int | None]
    attrs: dict[str, str]
    eid: str


@dataclass
class Fam:
    name: str
    code: str
    n: int
    start: datetime
    days: int
    about: str
    rows: list[Row] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, Any] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    def at(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=int(day), hours=hour)

    def uniq(self, make: Any) -> str:
        while True:
            v = str(make())
            if v not in USED:
                USED.add(v)
                return v

    def lang(self) -> str:
        return self.rng.choices(W.LANGS, weights=W.WEIGHTS)[0]

    def person(
        self,
        lang: str,
        persona: str,
        habit: str,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        market: str | None = None,
        account: str | None = None,
        domain: str | None = None,
    ) -> Cust:
        r = self.rng
        first, last = r.choice(W.FIRST[lang]), r.choice(W.LAST[lang])
        mk = market or r.choice(W.MARKETS[lang])
        key = self.uniq(lambda: f"CL{self.code}{r.randint(1000, 9999)}")
        base = strip(f"{first}.{last}").lower().replace(" ", "")
        email = self.uniq(
            lambda: (
                f"{base}{r.randint(1, 99)}@{domain or r.choice(['mailbox', 'webpost', 'inbox'])}.example"
            )
        )
        pre = W.PHONE[mk]
        phone = self.uniq(
            lambda: (
                pre
                + "".join(
                    str(r.randint(0, 9))
                    for _ in range(12 - len(pre) + (1 if mk in ("DE", "AT") else 0))
                )
            )
        )
        handle = (
            None
            if account
            else self.uniq(
                lambda: f"@{strip(first).lower()}_{strip(last).lower()}{r.randint(1, 99)}"
            )
        )
        ids: dict[str, str | None] = {
            "customer_id": key,
            "email": email,
            "phone": phone,
            "handle": handle,
            "account_id": account,
        }
        truth = {
            "identifiers": ids,
            "expected_rules": expected or [],
            "tolerated_rules": tolerated or [],
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": mk,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        c = Cust(key, lang, mk, first, last, ids, truth)
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
        scores: dict[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        eid = f"cl258-{self.code.lower()}-{len(self.rows) + 1:05d}"
        a = {"market": c.market, **(attrs or {})}
        if c.ids["account_id"]:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(W.AGENTS)
            if text:
                text = text.replace("{agent}", a["agent"])
        elif text and channel not in ("phone", "survey"):
            text = self.roughen(text)
        sc = {"nps": None, "csat": None, "ces": None, **(scores or {})}
        self.rows.append(
            Row(t, c, channel, kind, "outbound" if out else "inbound", text, subject, sc, a, eid)
        )
        return eid

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.1:
            text = strip(text)
        if r.random() < 0.125 and text[:1].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
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

    def write(self) -> None:
        self.rows.sort(key=lambda x: (x.t, x.eid))
        seen: set[str] = set()
        lines = []
        for row in self.rows:
            c = row.cust
            full = row.direction == "outbound" or (c.key not in seen)
            if row.direction == "inbound":
                seen.add(c.key)
            ids: dict[str, str | None] = dict.fromkeys(
                ("customer_id", "email", "phone", "handle", "account_id")
            )
            if full:
                ids.update(c.ids)
            elif row.channel == "phone":
                ids["phone"] = c.ids["phone"]
            elif row.channel in ("social", "community"):
                if c.ids["handle"]:
                    ids["handle"] = c.ids["handle"]
                else:
                    ids["email"] = c.ids["email"]
            elif row.channel == "email":
                ids["email"] = c.ids["email"]
            else:
                ids["customer_id"] = c.ids["customer_id"]
            if c.ids["account_id"]:
                ids["account_id"] = c.ids["account_id"]
            tp = {
                "event_id": row.eid,
                "occurred_at": row.t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "channel": row.channel,
                "kind": row.kind,
                "direction": row.direction,
                "customer": ids,
                "text": row.text,
                "subject": row.subject,
                "scores": row.scores,
                "source": f"caldaro-{row.channel}",
                "attributes": row.attrs,
            }
            lines.append(json.dumps(tp, ensure_ascii=False, sort_keys=True))
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
        last = self.rows[-1].t
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        expected: dict[str, int] = {}
        for c in self.custs.values():
            for rule in c.truth["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        for acc in self.accounts.values():
            for rule in acc["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Caldaro hot-tub hire",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "blind, 2026-12-07",
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: c.truth for k, c in sorted(self.custs.items())},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )


USED: set[str] = set()


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def strip(text: str) -> str:
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
        text = text.replace(a, b)
    return "".join(
        ch
        for ch in unicodedata.normalize("NFD", text)
        if not unicodedata.combining(ch) or ch == "\u0303"
    )


def fmt(c: Cust, text: str, **kw: str) -> str:
    return (
        text.replace("{first}", c.first).format_map({"agent": "{agent}", **kw})
        if "{" in text
        else text
    )


def phone_text(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum() or ch in " €£:-").replace("  ", " ")


def ref(f: Fam) -> str:
    return f.uniq(lambda: f"CL-{f.rng.randint(100000, 999999)}")


def happy_acts(
    f: Fam, c: Cust, days: list[int], lo: float = 7, hi: float = 19, surveys: bool = True
) -> None:
    r = f.rng
    for d in days:
        t = f.at(d, r.uniform(lo, hi))
        kinds = ["praise", "gripe", "chat", "email", "phone", "buy", "view", "review"] + (
            ["survey"] if surveys else []
        )
        k = r.choice(kinds)
        L = c.lang
        if k == "praise":
            txt = r.choice(W.PRAISE[L])
            f.add(
                c,
                t,
                "social",
                "mention",
                txt
                if "Caldaro" not in txt
                else txt.replace("Caldaro", "@Caldaro", 1)
                if r.random() < 0
                else txt.replace("Caldaro", "@Caldaro"),
            )
        elif k == "gripe":
            f.add(c, t, "community", "post", r.choice(W.GRIPE_PRAISE[L]))
        elif k in ("chat", "email"):
            f.add(c, t, k, "chat" if k == "chat" else "message", r.choice(W.QUESTION[L]))
            f.add(
                c,
                t + timedelta(minutes=r.randint(2, 6) if k == "chat" else r.randint(30, 90)),
                k,
                "chat" if k == "chat" else "message",
                fmt(c, W.ANSWER[L]),
                out=True,
            )
            if r.random() < 0.6:
                f.add(
                    c,
                    t + timedelta(minutes=r.randint(95, 120)),
                    k,
                    "chat" if k == "chat" else "message",
                    r.choice(W.THANKS[L]),
                )
        elif k == "phone":
            f.add(c, t, "phone", "call", phone_text(r.choice(W.QUESTION[L])))
            f.add(
                c,
                t + timedelta(minutes=r.randint(10, 30)),
                "email",
                "message",
                fmt(c, W.ANSWER[L]),
                out=True,
            )
        elif k in ("buy", "view"):
            i = r.randrange(len(W.PRODUCTS))
            f.add(c, t, "web", "page_view", attrs={"page": "/tubs"})
            if k == "buy":
                f.add(
                    c,
                    t + timedelta(minutes=r.randint(3, 15)),
                    "web",
                    "purchase",
                    attrs={
                        "page": "/checkout",
                        "product": W.PRODUCTS[i],
                        "order_value": f"{W.PRICES[i]:.2f}",
                        "currency": "GBP"
                        if c.market == "UK"
                        else "CHF"
                        if c.market == "CH"
                        else "EUR",
                    },
                )
        elif k == "review":
            f.add(
                c,
                t,
                "web",
                "review",
                r.choice(W.PRAISE[L]),
                attrs={"rating": "5", "page": "/reviews"},
            )
        else:
            survey(f, c, t)


def survey(f: Fam, c: Cust, t: datetime) -> None:
    r = f.rng
    kind = r.choice(["nps", "csat", "ces"])
    val = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[kind]
    f.add(
        c,
        t,
        "survey",
        "survey_response",
        r.choice(W.SURVEY_WORD[c.lang]) or None,
        scores={kind: val},
        attrs={"survey": kind},
    )


def days_apart(f: Fam, n: int, lo: int, hi: int, avoid: set[int] | None = None) -> list[int]:
    pool = [d for d in range(lo, hi + 1) if d not in (avoid or set())]
    return sorted(f.rng.sample(pool, min(n, len(pool))))


def office(t: datetime) -> datetime:
    if t.hour >= 22 or t.hour < 7:
        nxt = t if t.hour < 7 else t + timedelta(days=1)
        return nxt.replace(hour=8, minute=t.minute % 60)
    return t


def complaint(f: Fam, c: Cust, t: datetime, problem: str, channel: str, long: bool = False) -> str:
    L, r = c.lang, f.rng
    text = r.choice(W.PROBLEM[problem][L])
    subj = W.SUBJECT[L].format(topic=W.TOPIC[L])
    if channel == "email":
        if long:
            head, tail = W.LETTER[L]
            text = head + text + tail.replace("{name}", f"{c.first} {c.last}")
        return f.add(c, t, "email", "message", text, subject=subj)
    if channel == "chat":
        return f.add(c, t, "chat", "chat", text)
    if channel == "social":
        return f.add(c, t, "social", "mention", "@Caldaro " + text)
    if channel == "web":
        return f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"})
    return f.add(c, t, "phone", "call", phone_text(text))


def one_bad_day(f: Fam) -> None:
    r = f.rng
    chans = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    probs = [p for p in W.PROBLEMS for _ in range(4)]
    r.shuffle(probs)
    cased: list[Cust] = []
    for i, ch in enumerate(chans):
        lang = ("de" if i % 2 else "en") if ch == "long" else f.lang()
        c = f.person(lang, "happy_one_bad_day", "one bad day", tolerated=["silence"])
        bd = r.randint(2, 9)
        happy_acts(
            f, c, days_apart(f, r.randint(1, 5), 0, 11, set(range(bd - 1, bd + 3))), surveys=False
        )
        t = f.at(bd, r.uniform(8, 20))
        channel = "email" if ch == "long" else ch
        eid = complaint(f, c, t, probs[i], channel, long=ch == "long")
        c.truth.update(
            {
                "problem": probs[i],
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(t),
                "channel": channel,
                "long_email": ch == "long",
                "booking": None,
            }
        )
        if channel == "social":
            continue
        rf = ref(f)
        c.truth["booking"] = rf
        if channel == "chat":
            f.add(
                c,
                t + timedelta(minutes=r.randint(2, 6)),
                "chat",
                "chat",
                fmt(c, W.CASE_OPENED[c.lang], ref=rf),
                out=True,
            )
        else:
            f.add(
                c,
                t + timedelta(minutes=r.randint(10, 40)),
                "email",
                "message",
                fmt(c, W.CASE_OPENED[c.lang], ref=rf),
                out=True,
            )
        c.truth["_t"] = t
        cased.append(c)
    r.shuffle(cased)
    for i, c in enumerate(cased):
        t = c.truth.pop("_t")
        if i < 6:
            nps = r.randint(1, 5)
            e = f.add(
                c,
                t + timedelta(minutes=r.randint(100, 140)),
                "survey",
                "survey_response",
                None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                {
                    "persona": "bad_day_detractor",
                    "expected_rules": ["detractor"],
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": e,
                }
            )
        elif i < 11:
            cs = r.randint(1, 2)
            e = f.add(
                c,
                t + timedelta(minutes=r.randint(40, 80)),
                "survey",
                "survey_response",
                None,
                scores={"csat": cs},
                attrs={"survey": "csat"},
            )
            c.truth.update({"csat_given": True, "csat": cs, "survey_event_id": e})
        if i >= 2 and i < 14:
            g = office(t + timedelta(hours=r.uniform(1, 4)))
            f.add(
                c,
                g,
                "email",
                "message",
                fmt(c, W.GOOD_NEWS[c.lang], ref=c.truth["booking"]),
                out=True,
            )
            c.truth["agent_fixed"] = True
            if i < 7:
                a = office(t + timedelta(hours=r.uniform(16, 24)))
                e = f.add(c, a, "chat", "chat", W.APOLOGY[c.lang])
                c.truth.update({"apologised": True, "apology_at": iso(a), "apology_event_id": e})
    for _ in range(8):
        c = f.person(f.lang(), "happy", "control")
        happy_acts(f, c, days_apart(f, r.randint(4, 7), 0, 11))


def repeat_run(f: Fam, c: Cust, first_day: float, contacts: int, escalate: bool, comp: str) -> None:
    r = f.rng
    problem = r.choice(W.PROBLEMS)
    rf = ref(f)
    t = f.at(first_day, r.uniform(8, 19))
    ch0 = r.choice(["web", "email", "chat", "phone"])
    eids = [complaint(f, c, t, problem, ch0)]
    if ch0 == "chat":
        f.add(
            c,
            t + timedelta(minutes=3),
            "chat",
            "chat",
            fmt(c, W.CASE_OPENED[c.lang], ref=rf),
            out=True,
        )
    if escalate:
        f.add(
            c,
            t + timedelta(hours=r.uniform(1.5, 2.5)),
            "email",
            "message",
            fmt(c, W.ESCALATED[c.lang], ref=rf),
            out=True,
        )
    elif ch0 != "chat":
        f.add(
            c,
            t + timedelta(minutes=r.randint(10, 40)),
            "email",
            "message",
            fmt(c, W.CASE_OPENED[c.lang], ref=rf),
            out=True,
        )
    chans = [x for x in ["email", "chat", "phone", "web", "social"] if x != ch0]
    r.shuffle(chans)
    for k in range(1, contacts):
        t = office(t + timedelta(hours=r.uniform(4, 40)))
        base = r.choice(W.PROBLEM[problem][c.lang])
        text = r.choice(W.STILL_OPEN[c.lang]).format(ref=rf, problem=base)
        if k == 2:
            text += W.THIRD[c.lang].format(comp=comp)
        if k == 3:
            text += W.FOURTH[c.lang]
        ch = chans[k - 1]
        if ch == "phone":
            eids.append(f.add(c, t, "phone", "call", phone_text(text)))
        elif ch == "social":
            eids.append(f.add(c, t, "social", "mention", "@Caldaro " + text))
        elif ch == "web":
            eids.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
        elif ch == "chat":
            eids.append(f.add(c, t, "chat", "chat", text))
            f.add(
                c,
                t + timedelta(minutes=4),
                "chat",
                "chat",
                fmt(c, W.URGENT[c.lang], ref=rf),
                out=True,
            )
        else:
            eids.append(f.add(c, t, "email", "message", text, subject=f"Re: {rf}"))
    c.truth.update(
        {
            "problem": problem,
            "booking": rf,
            "contacts": contacts,
            "channels": [ch0, *chans[: contacts - 1]],
            "agent_passed_on": escalate,
            "problem_event_ids": eids,
            "competitor": comp if contacts >= 3 else None,
            "trouble_starts_at": iso(f.at(first_day, 0)),
        }
    )


def fixed_run(f: Fam, c: Cust, day: float, lang2: str | None = None) -> dict[str, Any]:
    r = f.rng
    problem = r.choice(W.PROBLEMS)
    rf = ref(f)
    t = f.at(day, r.uniform(8, 18))
    e = complaint(f, c, t, problem, "web")
    f.add(
        c,
        t + timedelta(minutes=r.randint(10, 40)),
        "email",
        "message",
        fmt(c, W.CASE_OPENED[c.lang], ref=rf),
        out=True,
    )
    g = office(t + timedelta(hours=r.uniform(3, 20)))
    L2 = lang2 or c.lang
    f.add(c, g, "email", "message", fmt(c, W.GOOD_NEWS[L2], ref=rf), out=True)
    cf = office(g + timedelta(hours=r.uniform(8, 30)))
    ch = r.choice(["email", "chat"])
    ce = f.add(c, cf, ch, "message" if ch == "email" else "chat", W.CONFIRM[L2].format(ref=rf))
    return {
        "problem": problem,
        "booking": rf,
        "raised_at": iso(t),
        "fixed_at": iso(g),
        "confirmed_at": iso(cf),
        "problem_event_ids": [e],
        "confirm_event_id": ce,
        "channel": "web",
        "confirm_channel": ch,
    }


def repeat_contacts(f: Fam) -> None:
    r = f.rng
    counts = [2] * 4 + [3] * 4 + [4] * 4
    esc = [True, False] * 6
    for i, n in enumerate(counts):
        c = f.person(f.lang(), "repeat_contact", "repeats", ["repeat_contact"], TOLERATE_REPEAT)
        happy_acts(f, c, [0], 7, 12, surveys=False)
        repeat_run(f, c, r.randint(1, 4), n, esc[i], COMPS[i % 2])
    for _ in range(5):
        c = f.person(f.lang(), "resolved_between_contacts", "fixed", tolerated=["silence"])
        happy_acts(f, c, [0], 7, 12, surveys=False)
        c.truth["problems"] = [fixed_run(f, c, r.randint(1, 4))]
    for _ in range(3):
        c = f.person(f.lang(), "different_problems", "two problems", tolerated=["silence"])
        d = r.randint(1, 3)
        c.truth["problems"] = [fixed_run(f, c, d), fixed_run(f, c, d + r.randint(4, 5))]
    for _ in range(7):
        c = f.person(f.lang(), "happy", "frequent writer")
        happy_acts(f, c, days_apart(f, r.randint(5, 8), 0, 9), surveys=False)


def slide(f: Fam, c: Cust, d0: int, span: int, langs: list[str] | None = None) -> list[str]:
    r = f.rng
    eids = []
    comp = r.choice(COMPS)
    t = f.at(d0, r.uniform(9, 12))
    for k in range(6):
        L = langs[k % len(langs)] if langs else c.lang
        text = W.SLIDE[L][k].format(comp=comp)
        where = r.choice(["social", "community", "review"])
        if where == "social":
            eids.append(f.add(c, t, "social", "mention", "@Caldaro " + text))
        elif where == "community":
            eids.append(f.add(c, t, "community", "post", text))
        else:
            eids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"},
                )
            )
        if k == 3:
            c.truth["_t4"] = t
        t = office(t + timedelta(hours=max(1.0, span * 24 / 6 * r.uniform(0.7, 1.1))))
    c.truth.update(
        {
            "slide_event_ids": eids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": iso(f.at(d0, 0)),
        }
    )
    return eids


def slow_churners(f: Fam) -> None:
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    for i in range(10):
        c = f.person(f.lang(), "slow_churner", "slides", ["sentiment_drop"], TOLERATE_SLIDE)
        for d in days_apart(f, r.randint(4, 5), 0, 10):
            f.add(
                c,
                f.at(d, r.uniform(8, 20)),
                "social",
                "mention",
                r.choice(W.PRAISE[c.lang]).replace("Caldaro", "@Caldaro")
                if "Caldaro" in r.choice(W.PRAISE[c.lang])
                else "@Caldaro " + r.choice(W.PRAISE[c.lang]),
            )
        happy_acts(f, c, days_apart(f, r.randint(2, 4), 0, 10), surveys=False)
        slide(f, c, r.randint(12, 16), spans[i])
        t4 = c.truth.pop("_t4")
        if i < 5:
            nps = r.randint(1, 5)
            e = f.add(
                c,
                office(t4 + timedelta(hours=r.uniform(2.5, 3.5))),
                "survey",
                "survey_response",
                None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                {
                    "expected_rules": ["sentiment_drop", "detractor"],
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": e,
                }
            )
    for _ in range(5):
        c = f.person(f.lang(), "slow_churner", "asks to cancel", ["churn_intent"], TOLERATE_LEAVE)
        happy_acts(f, c, days_apart(f, r.randint(4, 6), 0, 15), surveys=False)
        t = f.at(r.randint(17, 23), r.uniform(8, 18))
        e = f.add(c, t, "email", "message", W.CANCEL[c.lang], subject="Caldaro Comfort")
        f.add(
            c,
            office(t + timedelta(hours=r.uniform(1, 5))),
            "email",
            "message",
            fmt(c, W.SORRY_GO[c.lang]),
            out=True,
        )
        ct = office(t + timedelta(hours=r.uniform(20, 30)))
        ce = f.add(
            c,
            ct,
            "web",
            "cancellation",
            attrs={"page": "/account/membership", "product": "Comfort membership, month"},
        )
        c.truth.update(
            {
                "churn_intent_event_id": e,
                "cancellation_event_id": ce,
                "churn_at": iso(ct),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = f.person(f.lang(), "happy", "steady")
        happy_acts(f, c, days_apart(f, r.randint(6, 10), 0, 30))
    for _ in range(5):
        c = f.person(
            f.lang(), "steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"]
        )
        d = r.randint(0, 4)
        eids = []
        for _k in range(r.randint(5, 7)):
            where = r.choice(["social", "community", "web"])
            text = r.choice(W.GRUMBLE[c.lang])
            t = f.at(d, r.uniform(8, 20))
            if where == "social":
                eids.append(f.add(c, t, "social", "mention", "@Caldaro " + text))
            elif where == "community":
                eids.append(f.add(c, t, "community", "post", text))
            else:
                eids.append(
                    f.add(c, t, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            d += r.randint(1, 3)
        c.truth.update(
            {
                "grumble_event_ids": eids,
                "trouble_starts_at": f.rows[-len(eids) :][0].t.isoformat()[:19] + "Z"
                if eids
                else None,
            }
        )
    for _ in range(5):
        c = f.person(f.lang(), "happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        happy_acts(f, c, days_apart(f, r.randint(3, 5), 0, 15), surveys=False)
        e = f.add(
            c,
            f.at(r.randint(17, 28), r.uniform(9, 19)),
            "social",
            "mention",
            "@Caldaro " + W.SARCASM[c.lang],
        )
        c.truth["sarcasm_event_id"] = e


def happy_writers(f: Fam) -> None:
    r = f.rng
    for _ in range(16):
        c = f.person(f.lang(), "happy", "day writer")
        happy_acts(f, c, days_apart(f, r.randint(5, 8), 0, 9))
    for _ in range(5):
        c = f.person(f.lang(), "happy", "night writer")
        for d in days_apart(f, r.randint(2, 4), 0, 8):
            t = f.at(d, 22.2 + r.uniform(0, 6.2))
            if r.random() < 0.5:
                f.add(c, t, "social", "post", r.choice(W.NIGHT[c.lang]))
            else:
                f.add(c, t, "chat", "chat", r.choice(W.NIGHT_Q[c.lang]))
                f.add(
                    c, t + timedelta(minutes=3), "chat", "chat", fmt(c, W.ANSWER[c.lang]), out=True
                )
                f.add(c, t + timedelta(minutes=6), "chat", "chat", r.choice(W.THANKS[c.lang]))
        happy_acts(f, c, days_apart(f, r.randint(2, 3), 0, 9), 9, 18, surveys=False)
    for _ in range(5):
        c = f.person(f.lang(), "happy", "answers surveys")
        for d in days_apart(f, r.randint(3, 6), 0, 9):
            survey(f, c, f.at(d, r.uniform(8, 20)))


def quiet_hours(f: Fam) -> None:
    r = f.rng
    for _ in range(16):
        c = f.person(f.lang(), "happy", "day writer")
        happy_acts(f, c, days_apart(f, r.randint(1, 3), 0, 2), 7, 17.5)
    for k in range(4):
        c = f.person(f.lang(), "grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.at(r.randint(0, 2), r.uniform(9, 16))
        f.add(c, t, "web", "page_view", attrs={"page": "/tubs"})
        t2 = t + timedelta(minutes=r.randint(20, 30))
        if k < 2:
            e = f.add(c, t2, "chat", "chat", W.MILD[c.lang])
            f.add(c, t2 + timedelta(minutes=3), "chat", "chat", fmt(c, W.ANSWER[c.lang]), out=True)
        else:
            e = f.add(c, t2, "web", "ticket", W.MILD[c.lang], attrs={"page": "/help/contact"})
            f.add(
                c,
                t2 + timedelta(minutes=25),
                "email",
                "message",
                fmt(c, W.CASE_OPENED[c.lang], ref=ref(f)),
                out=True,
            )
        c.truth.update({"grumble_event_id": e, "trouble_starts_at": iso(t2)})
    for night in range(3):
        b0 = f.at(night + 1, 0) + timedelta(minutes=r.randint(40, 65))
        for b, off in enumerate((0, r.randint(28, 33), r.randint(55, 65))):
            bs = b0 + timedelta(minutes=off)
            for _ in range(4):
                c = f.person(f.lang(), "night_owl", f"night {night + 1}, burst {b + 1}")
                t = bs + timedelta(minutes=r.uniform(0, 10))
                if r.random() < 0.5:
                    e = f.add(c, t, "social", "post", r.choice(W.NIGHT[c.lang]))
                else:
                    e = f.add(c, t, "chat", "chat", r.choice(W.NIGHT_Q[c.lang]))
                    f.add(
                        c,
                        t + timedelta(minutes=3),
                        "chat",
                        "chat",
                        fmt(c, W.ANSWER[c.lang]),
                        out=True,
                    )
                    f.add(c, t + timedelta(minutes=6), "chat", "chat", r.choice(W.THANKS[c.lang]))
                c.truth.update({"burst_at": iso(bs), "night_event_id": e})
                if r.random() < 0.5:
                    happy_acts(f, c, [r.randint(0, 2)], 9, 17.5, surveys=False)


def bilingual(f: Fam) -> None:
    r = f.rng
    pairs = [
        ("de", "en"),
        ("en", "de"),
        ("de", "fr"),
        ("en", "es"),
        ("de", "it"),
        ("en", "pt"),
        ("es", "de"),
        ("fr", "en"),
        ("it", "de"),
        ("pt", "en"),
        ("de", "en"),
        ("en", "de"),
    ]

    def mk(
        i: int, persona: str, habit: str, exp: list[str] | None = None, tol: list[str] | None = None
    ) -> Cust:
        a, b = pairs[i % len(pairs)]
        c = f.person(a, persona, habit, exp, tol, market=r.choice(W.MARKETS[a] + W.MARKETS[b]))
        c.truth.update(
            {
                "languages": [a, b],
                "job_second_language": r.choice(
                    ["works abroad", "partner's language", "grew up there"]
                ),
            }
        )
        return c

    def alt(c: Cust, days: list[int]) -> None:
        a, b = c.truth["languages"]
        for i, d in enumerate(days):
            c.lang = a if i % 2 == 0 else b
            happy_acts(f, c, [d], surveys=False)
        c.lang = a

    for i in range(12):
        alt(mk(i, "happy", "alternates languages"), days_apart(f, r.randint(5, 8), 0, 13))
    for i, n in enumerate([2, 2, 3, 3, 4]):
        c = mk(i + 3, "repeat_contact", "repeats", ["repeat_contact"], TOLERATE_REPEAT)
        alt(c, days_apart(f, r.randint(1, 3), 0, 1))
        c.lang = c.truth["languages"][1]
        repeat_run(f, c, r.randint(2, 5), n, n >= 3, COMPS[i % 2])
        c.lang = c.truth["languages"][0]
    for i in range(5):
        c = mk(i + 6, "slow_churner", "slides", ["sentiment_drop"], TOLERATE_SLIDE)
        a, b = c.truth["languages"]
        for k, d in enumerate(days_apart(f, 5, 0, 5)):
            L = a if k % 2 == 0 else b
            f.add(
                c,
                f.at(d, r.uniform(8, 20)),
                "social",
                "mention",
                "@Caldaro " + r.choice(W.PRAISE[L]).replace("Caldaro", "").strip(" .!,"),
            )
        alt(c, days_apart(f, r.randint(1, 3), 0, 5))
        slide(f, c, r.randint(7, 8), r.randint(3, 5), [a, b])
        c.truth.pop("_t4", None)
    for i in range(3):
        c = mk(i + 1, "happy_one_bad_day", "one bad day", tol=["silence"])
        alt(c, days_apart(f, 3, 0, 4))
        b = c.truth["languages"][1]
        c.lang = b if i > 0 else "de"
        t = f.at(r.randint(8, 11), r.uniform(9, 18))
        ch = ["email", "email", "chat"][i]
        p = r.choice(W.PROBLEMS)
        if i == 0 and "de" not in c.truth["languages"]:
            c.truth["languages"] = [c.truth["languages"][0], "de"]
        e = complaint(f, c, t, p, ch, long=i == 0)
        rf = ref(f)
        f.add(
            c,
            t + timedelta(minutes=20 if ch == "email" else 3),
            ch,
            "message" if ch == "email" else "chat",
            fmt(c, W.CASE_OPENED[c.lang], ref=rf),
            out=True,
        )
        c.truth.update(
            {
                "problem": p,
                "bad_day_at": iso(t),
                "bad_day_event_id": e,
                "bad_day_language": c.lang,
                "booking": rf,
                "trouble_starts_at": iso(t),
                "long_email": i == 0,
            }
        )
        if ch == "email":
            f.add(
                c,
                office(t + timedelta(hours=2)),
                "email",
                "message",
                fmt(c, W.GOOD_NEWS[c.lang], ref=rf),
                out=True,
            )
        if i == 1:
            a_t = office(t + timedelta(hours=r.uniform(18, 24)))
            c.truth.update(
                {
                    "apologised": True,
                    "apology_at": iso(a_t),
                    "apology_event_id": f.add(c, a_t, "chat", "chat", W.APOLOGY[c.lang]),
                }
            )
        c.lang = c.truth["languages"][0]
    for i in range(2):
        c = mk(i + 8, "resolved_between_contacts", "fixed", tol=["silence"])
        alt(c, days_apart(f, 2, 0, 2))
        c.truth["problems"] = [fixed_run(f, c, r.randint(4, 9), c.truth["languages"][1])]
        c.truth["confirm_language"] = c.truth["languages"][1]


B2B_PROBLEM = {
    "invoice": {
        "de": "Die Rechnungen für unsere Hotelanlage tragen noch den alten Firmennamen und keine Bestellnummer, die Buchhaltung lehnt sie ab.",
        "en": "Your invoices still show our old company name and no PO number, accounts payable rejects every one.",
    },
    "portal": {
        "de": "Im Firmenportal werden keine laufenden Mieten angezeigt, wir können nichts zur Abholung anmelden und die Kosten laufen weiter.",
        "en": "The business portal shows no active hires, so we can't request collection and the charges keep running.",
    },
    "overbilled": {
        "de": "Wir zahlen Tagespreise statt unseres vereinbarten Wochenpreises für die Eventpools.",
        "en": "We're billed daily rates instead of our agreed weekly rate for the event tubs.",
    },
}
B2B_LATER = {
    "de": "Wie {who} am {day} schon geschrieben hat (Vorgang {ref}): ",
    "en": "As {who} wrote on {day} (case {ref}): ",
}
B2B_LAST = {
    "de": "vorgang {ref} ist immer noch nicht gelöst mehrere kollegen haben schon geschrieben mein chef sagt wir wechseln den anbieter wenn das diese woche nicht klappt",
    "en": "case {ref} is still not fixed several of my colleagues have written my boss says we'll move the account if it isn't sorted this week",
}
B2B_LAST_MAIL = {
    "de": "Vorgang {ref} ist weiterhin offen. Der Einkauf hat bereits bei {comp} angefragt.",
    "en": "Case {ref} is still open. Procurement has already asked {comp} for their rates.",
}
B2B_SUGGEST = {
    "de": "Vorschlag: könntet ihr die Mietkosten nach Projektnummer exportierbar machen?",
    "en": "Suggestion: could the delivery note show the date of the last water test?",
}
B2B_Q = {
    "de": "Können wir für nächste Woche zwei zusätzliche Pools für die Hotelterrasse reservieren?",
    "en": "Could we add two more tubs to next week's event booking?",
}


def b2b_accounts(f: Fam) -> None:
    r = f.rng
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    at_probs = ["invoice", "portal", "invoice", "overbilled", "portal"]
    sites = [
        "hotel",
        "events",
        "holiday lets",
        "spa",
        "campsite",
        "wedding venue",
        "gym",
        "university",
    ]
    for i, kind in enumerate(kinds):
        L = "de" if i % 2 == 0 else "en"
        mk = r.choice(W.MARKETS[L])
        acc = f.uniq(lambda mk=mk: f"CLE-{mk}-{r.randint(1000, 9999)}")
        company = f"{r.choice(W.LAST[L])} {r.choice(['Hotels', 'Events', 'Resorts', 'Ferienhäuser' if L == 'de' else 'Lodges'])}"
        dom = strip(company.split()[0]).lower() + str(i)
        n = {
            "at_risk": r.randint(4, 6),
            "one_unhappy": 3,
            "mild": r.randint(3, 4),
            "happy": r.randint(3, 4),
        }[kind]
        nun = {"at_risk": 3 if i < 3 else 4, "one_unhappy": 1, "mild": 0, "happy": 0}[kind]
        contacts: list[Cust] = []
        firsts: set[str] = set()
        for _j in range(n):
            while True:
                c = f.person(L, "b2b_happy", "contact", market=mk, account=acc, domain=dom)
                if c.first not in firsts:
                    break
                del f.custs[c.key]
            firsts.add(c.first)
            c.truth.update(
                {
                    "company": company,
                    "role": "contact",
                    "job_title": r.choice(
                        ["Facilities manager", "Event lead", "Operations", "Purchasing"]
                    ),
                }
            )
            c.truth["job"] = c.truth["job_title"]
            contacts.append(c)
        unhappy = contacts[:nun]
        for c in contacts[nun:]:
            role_mild = kind == "mild" and contacts.index(c) < nun + 2
            for d in days_apart(f, r.randint(1, 3), 0, 1 if role_mild else 11, {5, 6}):
                t = f.at(d, r.uniform(8, 16.5))
                f.add(c, t, "chat", "chat", B2B_Q[L])
                f.add(
                    c,
                    t + timedelta(minutes=r.randint(1, 6)),
                    "chat",
                    "chat",
                    fmt(c, W.ANSWER[L]),
                    out=True,
                )
                if not role_mild and r.random() < 0.5:
                    survey(f, c, t + timedelta(hours=2))
            if role_mild:
                t = f.at(r.choice([2, 3, 4, 7]), r.uniform(8, 16))
                e = f.add(
                    c, t, "web", "ticket", B2B_SUGGEST[L], attrs={"page": "/business/feedback"}
                )
                f.add(
                    c,
                    t + timedelta(minutes=30),
                    "email",
                    "message",
                    fmt(c, W.CASE_OPENED[L], ref=ref(f)),
                    out=True,
                )
                c.truth.update(
                    {
                        "persona": "b2b_mild",
                        "habit": "suggests",
                        "role": "suggests",
                        "mild_event_id": e,
                        "trouble_starts_at": iso(t),
                        "tolerated_rules": ["silence"],
                    }
                )
        a: dict[str, Any] = {
            "company": company,
            "site": r.choice(sites),
            "contacts": n,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": nun,
            "unhappy_contact_keys": [c.key for c in unhappy],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": None,
            "trouble_starts_at": None,
            "language": L,
            "country": mk,
        }
        if kind == "at_risk":
            p = at_probs[i]
            rf = ref(f)
            t = f.at(2, r.uniform(8, 11))
            a.update({"same_problem": p, "trouble_starts_at": iso(t)})
            for j, c in enumerate(unhappy):
                text = B2B_PROBLEM[p][L]
                if j:
                    text = (
                        B2B_LATER[L].format(
                            who=unhappy[0].first,
                            day="Mittwoch" if L == "de" else "Wednesday",
                            ref=rf,
                        )
                        + text
                    )
                e = f.add(
                    c,
                    t,
                    "email",
                    "message",
                    text,
                    subject=f"{'Beschwerde' if L == 'de' else 'Complaint'}: {rf}",
                )
                if j == 0:
                    f.add(
                        c,
                        t + timedelta(minutes=40),
                        "email",
                        "message",
                        fmt(c, W.CASE_OPENED[L], ref=rf),
                        out=True,
                    )
                tol = [
                    "sentiment_drop",
                    "churn_intent",
                    "competitor_mention",
                    "high_value_at_risk",
                    "silence",
                    "account_risk",
                ]
                c.truth.update(
                    {
                        "persona": "b2b_unhappy",
                        "habit": "complainer",
                        "role": "complainer",
                        "problem": p,
                        "booking": rf,
                        "complaint_event_ids": [e],
                        "trouble_starts_at": iso(t),
                        "tolerated_rules": tol,
                    }
                )
                if j < len(unhappy) - 1:
                    nps = r.randint(1, 5)
                    se = f.add(
                        c,
                        t + timedelta(hours=r.uniform(1, 3)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": nps},
                        attrs={"survey": "nps"},
                    )
                    c.truth.update(
                        {
                            "expected_rules": ["detractor"],
                            "nps_given": True,
                            "nps": nps,
                            "survey_event_id": se,
                        }
                    )
                else:
                    t2 = t + timedelta(hours=r.uniform(18, 40))
                    while t2.weekday() >= 5 or not 8 <= t2.hour < 17:
                        t2 = office(t2 + timedelta(hours=1))
                    if j == 2:
                        e2 = f.add(
                            c,
                            t2,
                            "email",
                            "message",
                            B2B_LAST_MAIL[L].format(ref=rf, comp=COMPS[i % 2]),
                            subject=f"Re: {rf}",
                        )
                        c.truth["competitor"] = COMPS[i % 2]
                    else:
                        e2 = f.add(c, t2, "phone", "call", B2B_LAST[L].format(ref=rf))
                    c.truth.update(
                        {"expected_rules": ["repeat_contact"], "complaint_event_ids": [e, e2]}
                    )
                t = t + timedelta(hours=r.uniform(8, 28))
                while t.weekday() >= 5 or not 8 <= t.hour < 17:
                    t = office(t + timedelta(hours=1))
        elif kind == "one_unhappy":
            c = unhappy[0]
            p = r.choice(list(B2B_PROBLEM))
            rf = ref(f)
            t = f.at(r.choice([3, 4, 7, 8]), r.uniform(8, 15))
            e = f.add(
                c,
                t,
                "email",
                "message",
                B2B_PROBLEM[p][L],
                subject=f"{'Beschwerde' if L == 'de' else 'Complaint'}: {rf}",
            )
            f.add(
                c,
                t + timedelta(minutes=45),
                "email",
                "message",
                fmt(c, W.CASE_OPENED[L], ref=rf),
                out=True,
            )
            nps = r.randint(1, 5)
            se = f.add(
                c,
                t + timedelta(hours=2),
                "survey",
                "survey_response",
                None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                {
                    "persona": "b2b_one_unhappy",
                    "habit": "complainer",
                    "role": "complainer",
                    "problem": p,
                    "booking": rf,
                    "complaint_event_ids": [e],
                    "trouble_starts_at": iso(t),
                    "expected_rules": ["detractor"],
                    "tolerated_rules": ["sentiment_drop", "high_value_at_risk", "silence"],
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": se,
                }
            )
        f.accounts[acc] = a


def topic_spike(f: Fam) -> None:
    r = f.rng
    regulars: list[Cust] = []
    for _ in range(40):
        c = f.person(f.lang(), "happy", "day writer")
        happy_acts(f, c, days_apart(f, r.randint(1, 4), 0, 4), surveys=False)
    for _ in range(2):
        c = f.person(f.lang(), "grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.at(0, r.uniform(9, 16))
        e = f.add(c, t, "chat", "chat", r.choice(W.GRUMBLE[c.lang]))
        f.add(c, t + timedelta(minutes=3), "chat", "chat", fmt(c, W.ANSWER[c.lang]), out=True)
        c.truth.update({"grumble_event_id": e, "trouble_starts_at": iso(t)})
    for L, h in (("de", 9.6), ("en", 16.1)):
        c = f.person(L, "grumbles_once", "lone question", tolerated=["silence"])
        t = f.at(4, h)
        e = f.add(c, t, "chat", "chat", W.LONE_Q[L])
        f.add(c, t + timedelta(minutes=4), "chat", "chat", fmt(c, W.LONE_A[L]), out=True)
        c.truth.update({"lone_report_event_id": e, "trouble_starts_at": iso(t)})
    s0 = f.at(5, 8) + timedelta(minutes=20)
    langs = ["de"] * 6 + ["en"] * 6 + ["es", "es", "fr", "fr", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(langs)
    r.shuffle(chans)
    offs = sorted([0, 45] + [r.randint(1, 44) for _ in range(18)])
    keys, eids, reps = [], [], []
    early = [i for i, o in enumerate(offs) if o <= 25]
    rep_idx = set(r.sample(early, 6))
    fixed_idx = set(r.sample([i for i in range(20) if i not in rep_idx], 6))
    for i in range(20):
        L = langs[i]
        regular = i < 12
        c = f.person(L, "spike_reporter", "regular" if regular else "new", tolerated=["silence"])
        if regular:
            regulars.append(c)
            happy_acts(f, c, days_apart(f, r.randint(1, 3), 2, 4), 8, 17.5, surveys=False)
        t = s0 + timedelta(minutes=offs[i])
        text = r.choice(W.SPIKE[L]).format(code=CODE)
        ch = chans[i]
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
            "@Caldaro " + text if ch == "social" else text,
            attrs={"page": "/help/contact"} if ch == "web" else None,
        )
        if ch == "chat":
            f.add(c, t + timedelta(minutes=2), "chat", "chat", W.SPIKE_CHAT[L], out=True)
        c.truth.update(
            {
                "in_spike": True,
                "regular": regular,
                "spike_event_id": e,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
            }
        )
        keys.append(c.key)
        eids.append(e)
        if i in rep_idx:
            ch2 = r.choice([x for x in ("email", "chat", "community") if x != ch])
            e2 = f.add(
                c,
                t + timedelta(minutes=r.randint(15, 50)),
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                W.SPIKE_AGAIN[L].format(code=CODE),
            )
            reps.append(e2)
            c.truth.update(
                {
                    "persona": "spike_repeater",
                    "expected_rules": ["repeat_contact"],
                    "tolerated_rules": ["silence", "sentiment_drop"],
                    "repeat_event_id": e2,
                }
            )
        if i in fixed_idx:
            f.add(
                c,
                f.at(5, 11) + timedelta(minutes=r.randint(8, 17)),
                "email",
                "message",
                fmt(c, W.WORKS[L]),
                out=True,
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": f"hot-tub app remote heat-up failing for every tub: heaters cannot be started from the app, error {CODE}",
        "about": "remote heat-up outage",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }


FAMILIES = [
    (
        "happy_writers",
        "HW",
        datetime(2026, 2, 2, tzinfo=UTC),
        10,
        happy_writers,
        "happy customers, day and night writers, survey-only",
    ),
    (
        "one_bad_day",
        "BD",
        datetime(2026, 3, 2, tzinfo=UTC),
        12,
        one_bad_day,
        "happy customers with one bad day",
    ),
    (
        "repeat_contacts",
        "RC",
        datetime(2026, 4, 6, tzinfo=UTC),
        10,
        repeat_contacts,
        "repeat contacts about one open problem",
    ),
    (
        "slow_churners",
        "SC",
        datetime(2026, 5, 4, tzinfo=UTC),
        32,
        slow_churners,
        "slides, leavers, steady, grumpy, sarcastic",
    ),
    (
        "quiet_hours",
        "QH",
        datetime(2026, 8, 14, tzinfo=UTC),
        3,
        quiet_hours,
        "a calm weekend with night-owl bursts",
    ),
    (
        "bilingual",
        "BL",
        datetime(2026, 6, 8, tzinfo=UTC),
        14,
        bilingual,
        "customers alternating two languages",
    ),
    (
        "b2b_accounts",
        "BB",
        datetime(2026, 10, 5, tzinfo=UTC),
        14,
        b2b_accounts,
        "Caldaro Events accounts",
    ),
    (
        "topic_spike",
        "TS",
        datetime(2026, 9, 14, tzinfo=UTC),
        7,
        topic_spike,
        "a calm week and a Saturday-morning outage",
    ),
]


def main() -> None:
    for n, (name, code, start, days, build, about) in enumerate(FAMILIES, 1):
        f = Fam(name, code, n, start, days, about)
        build(f)
        f.write()


if __name__ == "__main__":
    main()
