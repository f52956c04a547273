"""Write heldout269 (Blitzora, photo booth hire): eight families, written blind.

Standard library only, seeded; run ``python make_heldout269.py`` from anywhere.
"""

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
TODAY_LIMIT = datetime(2026, 11, 20, tzinfo=UTC)
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
TOL_B2B = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
TOL_B2B_ONE = ["sentiment_drop", "high_value_at_risk", "silence"]
SOURCES = {
    "email": "blitzora-mail",
    "phone": "blitzora-voice",
    "social": "blitzora-social",
    "community": "blitzora-forum",
    "chat": "blitzora-chat",
    "web": "blitzora-web",
    "survey": "blitzora-survey",
}
AGENTS = ["Nadia", "Óscar", "Henrike", "Pablo", "Greta", "Luca", "Joana", "Amélie"]
USED: set[str] = set()


def fold(text: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    name: str
    ids: dict[str, str | None]
    persona: str
    habit: str
    expected: list[str]
    tolerated: list[str]
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Fam:
    name: str
    code: str
    start: datetime
    days: int
    rng: random.Random
    rr: random.Random
    about: str
    rows: list[dict[str, Any]] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    n: int = 0

    def pick_lang(self) -> str:
        return self.rng.choices(W.LANGS, W.WEIGHTS)[0]

    def person(
        self,
        lang: str,
        persona: str,
        habit: str,
        expected: list[str],
        tolerated: list[str],
        market: str | None = None,
        account: str | None = None,
        company: str | None = None,
        **extra: Any,
    ) -> Cust:
        r = self.rng
        mk = market or r.choice(W.MARKETS[lang])
        while True:
            key = f"BZ{self.code}{r.randint(1000, 9999)}"
            first, last = r.choice(W.FIRST[lang]), r.choice(W.LAST[lang])
            f, la = fold(first).lower(), fold(last).lower().replace(" ", "")
            if company:
                dom = fold(company).lower().replace(" ", "").replace("'", "") + ".example"
                email = f"{f}.{la}@{dom}"
            else:
                email = f"{f}{r.choice(['.', '_', ''])}{la}{r.randint(1, 99)}@{r.choice(['mailo', 'correo', 'postfach', 'webmail'])}.example"
            phone = W.PREFIX[mk] + "".join(str(r.randint(0, 9)) for _ in range(W.DIGITS[mk]))
            handle = (
                None
                if company
                else "@"
                + r.choice(
                    [f"{la}_{f}{r.randint(1, 9)}", f"{f}{la}{r.randint(10, 99)}", f"{f}_{la}"]
                )
            )
            keys = [key, email, phone.replace(" ", ""), handle or ""]
            if not any(k in USED for k in keys if k):
                USED.update(k for k in keys if k)
                break
        ids: dict[str, str | None] = {
            "customer_id": key,
            "email": email,
            "phone": phone,
            "handle": handle,
            "account_id": account,
        }
        c = Cust(
            key, lang, mk, f"{first} {last}", ids, persona, habit, expected, tolerated, dict(extra)
        )
        if company:
            c.extra["company"] = company
        self.custs[key] = c
        return c

    def add(
        self,
        c: Cust,
        t: float,
        channel: str,
        kind: str,
        text: str | None = None,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.n += 1
        eid = f"bz269-{self.code.lower()}-{self.n:05d}"
        a = {"market": c.market}
        if c.ids["account_id"]:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(AGENTS)
        a.update(attrs or {})
        if text and not out and channel != "phone":
            text = self.roughen(text)
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        sc.update(scores or {})
        self.rows.append(
            {
                "_t": t,
                "_n": self.n,
                "_c": c.key,
                "_out": out,
                "event_id": eid,
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "text": text,
                "subject": subject,
                "scores": sc,
                "source": SOURCES[channel],
                "attributes": a,
            }
        )
        return eid

    def roughen(self, text: str) -> str:
        r = self.rr
        if r.random() < 0.1:
            text = fold(text)
        if r.random() < 1 / 8:
            text = text[:1].lower() + text[1:]
        if r.random() < 1 / 7:
            words = [i for i, w in enumerate(text.split(" ")) if len(w) > 4 and w.isalpha()]
            if words:
                parts = text.split(" ")
                i = r.choice(words)
                w = parts[i]
                j = r.randint(1, len(w) - 3)
                parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(parts)
        return text

    def iso(self, t: float) -> str:
        return (self.start + timedelta(hours=t)).strftime("%Y-%m-%dT%H:%M:%SZ")

    def at(self, day: int, h0: float, h1: float) -> float:
        return day * 24 + self.rng.uniform(h0, h1)


def case(f: Fam) -> str:
    while True:
        b = f"BZ-{f.rng.randint(100000, 999999)}"
        if b not in USED:
            USED.add(b)
            return b


def happy_act(f: Fam, c: Cust, t: float, surveys: bool = True) -> None:
    r, lg = f.rng, c.lang
    kinds = ["praise", "again", "gripe", "chat", "call", "buy", "view", "review"] + (
        ["survey"] if surveys else []
    )
    k = r.choice(kinds)
    if k in ("praise", "again", "gripe"):
        table = {"praise": W.PRAISE, "again": W.AGAIN, "gripe": W.GRIPE}[k]
        text = r.choice(table[lg])
        if r.random() < 0.5 and not c.ids["account_id"]:
            f.add(c, t, "social", "mention", "@Blitzora " + text)
        else:
            f.add(c, t, "community", "post", text)
    elif k == "chat":
        f.add(c, t, "chat", "chat", r.choice(W.QUESTION[lg]))
        f.add(c, t + r.uniform(0.02, 0.1), "chat", "chat", W.ANSWER[lg], out=True)
        if r.random() < 0.6:
            f.add(c, t + r.uniform(0.12, 0.2), "chat", "chat", r.choice(W.THANKS[lg]))
    elif k == "call":
        f.add(c, t, "phone", "call", W.CALL_Q[lg])
        f.add(
            c,
            t + r.uniform(0.3, 1.5),
            "email",
            "message",
            W.CALL_FOLLOW[lg],
            out=True,
            subject="Blitzora",
        )
    elif k in ("buy", "view"):
        page = r.choice(W.PAGES)
        f.add(c, t, "web", "page_view", attrs={"page": page})
        if k == "buy":
            prod, val = r.choice(W.PRODUCTS)
            f.add(
                c,
                t + r.uniform(0.05, 0.3),
                "web",
                "purchase",
                attrs={
                    "page": "/checkout",
                    "product": prod,
                    "order_value": val,
                    "currency": W.CURRENCY.get(c.market, "EUR"),
                },
            )
    elif k == "review":
        f.add(
            c, t, "web", "review", r.choice(W.REVIEW[lg]), attrs={"rating": "5", "page": "/reviews"}
        )
    else:
        f.add(
            c,
            t,
            "survey",
            "survey_response",
            scores={"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)},
            attrs={"survey": "nps"},
        )


def happy_days(
    f: Fam, c: Cust, n: int, days: list[int], h0: float = 7, h1: float = 19, surveys: bool = True
) -> None:
    for d in sorted(f.rng.sample(days, min(n, len(days)))):
        happy_act(f, c, f.at(d, h0, h1), surveys)


def day_out(t: float) -> float:
    h = t % 24
    if h >= 22:
        return t - h + 24 + 8 + (h - 22) / 4
    if h < 7:
        return t - h + 8 + h / 7
    return t


def complaint(
    f: Fam, c: Cust, t: float, channel: str, problem: str, lang: str | None = None
) -> tuple[str, str | None]:
    """One angry contact; returns (event id, case reference or None)."""
    lg = lang or c.lang
    p = W.PROBLEM[lg][problem]
    r = f.rng
    b: str | None = case(f)
    if channel == "long":
        eid = f.add(
            c, t, "email", "message", W.LETTER[lg].format(p=p, n=c.name), subject=W.SUBJECT[lg]
        )
        f.add(
            c,
            day_out(t + r.uniform(1, 4)),
            "email",
            "message",
            W.CASE[lg].format(b=b),
            out=True,
            subject=f"{W.SUBJECT[lg]} {b}",
        )
    elif channel in ("email", "web"):
        text = r.choice(W.ANGRY[lg]).format(p=p)
        eid = f.add(
            c,
            t,
            channel,
            "message" if channel == "email" else "ticket",
            text,
            subject=W.SUBJECT[lg] if channel == "email" else None,
            attrs=None if channel == "email" else {"page": "/help/contact"},
        )
        f.add(
            c,
            day_out(t + r.uniform(1, 4)),
            "email",
            "message",
            W.CASE[lg].format(b=b),
            out=True,
            subject=f"{W.SUBJECT[lg]} {b}",
        )
    elif channel == "chat":
        eid = f.add(c, t, "chat", "chat", r.choice(W.ANGRY[lg]).format(p=p))
        f.add(c, t + r.uniform(0.03, 0.1), "chat", "chat", W.CASE[lg].format(b=b), out=True)
    elif channel == "phone":
        eid = f.add(c, t, "phone", "call", W.CALL_ANGRY[lg].format(p=p))
        f.add(
            c,
            t + r.uniform(0.5, 2),
            "email",
            "message",
            W.CASE[lg].format(b=b),
            out=True,
            subject=f"{W.SUBJECT[lg]} {b}",
        )
    else:
        eid = f.add(c, t, "social", "mention", "@Blitzora " + r.choice(W.ANGRY[lg]).format(p=p))
        b = None
    return eid, b


PROBLEMS = ["no_show", "printer", "deposit", "double_charge", "gallery_lost", "wrong_price"]


def happy_writers(f: Fam) -> None:
    for _ in range(16):
        c = f.person(f.pick_lang(), "happy", "day writer", [], [])
        happy_days(f, c, f.rng.randint(5, 8), list(range(f.days)))
    for _ in range(5):
        c = f.person(f.pick_lang(), "happy", "night writer", [], [])
        for d in sorted(f.rng.sample(range(f.days - 1), f.rng.randint(2, 4))):
            t = d * 24 + f.rng.uniform(22.2, 28.5)
            ch = f.rng.choice(["community", "social"])
            text = f.rng.choice(W.NIGHT[c.lang])
            f.add(
                c,
                t,
                ch,
                "post" if ch == "community" else "mention",
                text if ch == "community" else "@Blitzora " + text,
            )
    for _ in range(5):
        c = f.person(f.pick_lang(), "happy", "answers surveys", [], [])
        for d in sorted(f.rng.sample(range(f.days), f.rng.randint(1, 2))):
            f.add(
                c,
                f.at(d, 8, 20),
                "survey",
                "survey_response",
                scores={
                    "nps": f.rng.randint(9, 10),
                    "csat": f.rng.randint(4, 5),
                    "ces": f.rng.randint(6, 7),
                },
                attrs={"survey": "nps"},
            )


def one_bad_day(f: Fam) -> None:
    r = f.rng
    chans = [ch for ch in ["long", "email", "chat", "social", "web", "phone"] for _ in range(4)]
    r.shuffle(chans)
    with_case = [i for i, ch in enumerate(chans) if ch != "social"]
    detr = set(r.sample(with_case, 6))
    rest = [i for i in with_case if i not in detr]
    low = set(r.sample(rest, 5))
    good = set(r.sample(with_case, 12))
    apol = set(r.sample([i for i in with_case if chans[i] in ("email", "chat", "web")], 5))
    for i, ch in enumerate(chans):
        lang = r.choice(["es", "de"]) if ch == "long" and i % 2 else f.pick_lang()
        problem = PROBLEMS[i % 6]
        is_d = i in detr
        c = f.person(
            lang,
            "bad_day_detractor" if is_d else "happy_one_bad_day",
            "one bad day",
            ["detractor"] if is_d else [],
            ["silence"],
            problem=problem,
            long_email=ch == "long",
        )
        bd = r.randint(2, 9)
        ok_days = [d for d in range(f.days) if d <= bd - 2 or d >= bd + 3]
        happy_days(f, c, r.randint(1, 5), ok_days, surveys=False)
        t = f.at(bd, 8, 20)
        eid, b = complaint(f, c, t, ch, problem)
        c.extra.update(
            bad_day_at=f.iso(t),
            bad_day_event_id=eid,
            booking=b,
            channel=ch,
            trouble_starts_at=f.iso(t),
        )
        if is_d:
            s = f.add(
                c,
                t + r.uniform(5, 7),
                "survey",
                "survey_response",
                scores={"nps": r.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.extra.update(nps_given=True, nps=f.rows[-1]["scores"]["nps"], survey_event_id=s)
        elif i in low:
            s = f.add(
                c,
                t + r.uniform(5, 7),
                "survey",
                "survey_response",
                scores={"csat": r.randint(1, 2)},
                attrs={"survey": "csat"},
            )
            c.extra.update(csat_given=True, csat=f.rows[-1]["scores"]["csat"], survey_event_id=s)
        if i in good and b:
            f.add(
                c,
                day_out(t + r.uniform(26, 60)),
                "email",
                "message",
                W.GOOD_NEWS[c.lang].format(b=b),
                out=True,
                subject=b,
            )
            c.extra["agent_fixed"] = True
        if i in apol:
            ta = t + r.uniform(18, 24)
            a = f.add(c, day_out(ta), "chat", "chat", W.APOLOGY[c.lang])
            c.extra.update(apologised=True, apology_at=f.iso(day_out(ta)), apology_event_id=a)
    for _ in range(8):
        c = f.person(f.pick_lang(), "happy", "control", [], [])
        happy_days(f, c, r.randint(2, 5), list(range(f.days)))


def repeat_run(
    f: Fam, c: Cust, t: float, n: int, problem: str, chans: list[str], escalate: bool
) -> None:
    r, lg = f.rng, c.lang
    eid, b = complaint(f, c, t, chans[0], problem)
    ids = [eid]
    for k in range(1, n):
        t = day_out(t + r.uniform(4, 40))
        ch = chans[k]
        if ch == "phone":
            ids.append(f.add(c, t, "phone", "call", W.CALL_REPEAT[lg].format(b=b)))
        else:
            text = W.REPEAT[lg][min(k - 1, 2)].format(b=b, p=W.PROBLEM[lg][problem])
            kind = {"email": "message", "chat": "chat", "web": "ticket", "community": "post"}[ch]
            ids.append(
                f.add(
                    c,
                    t,
                    ch,
                    kind,
                    text,
                    subject=W.SUBJECT[lg] if ch == "email" else None,
                    attrs={"page": "/help/contact"} if ch == "web" else None,
                )
            )
        if k == 1 and escalate:
            f.add(
                c,
                day_out(t + r.uniform(1, 3)),
                "email",
                "message",
                W.ESCALATED[lg].format(b=b),
                out=True,
                subject=b,
            )
    comp = (
        {"es": "Clicksy", "en": "Clicksy", "fr": "Clicksy", "pt": "Clicksy"}.get(lg, "Posenwerk")
        if n >= 3
        else None
    )
    c.extra.update(
        problem=problem,
        booking=b,
        problem_event_ids=ids,
        contacts=n,
        channels=chans[:n],
        agent_passed_on=escalate,
        competitor=comp,
        trouble_starts_at=f.rows[[row["event_id"] for row in f.rows].index(ids[0])]["_t"],
    )
    c.extra["trouble_starts_at"] = f.iso(c.extra["trouble_starts_at"])


def fixed_run(
    f: Fam, c: Cust, t: float, problem: str, ch: str, confirm_lang: str | None = None
) -> None:
    r = f.rng
    eid, b = complaint(f, c, t, ch, problem)
    tf = day_out(t + r.uniform(20, 40))
    f.add(c, tf, "email", "message", W.GOOD_NEWS[c.lang].format(b=b), out=True, subject=b)
    cl = confirm_lang or c.lang
    tc = day_out(tf + r.uniform(1, 6))
    ce = f.add(c, tc, "email", "message", W.CONFIRM[cl].format(b=b), subject=b)
    c.extra.setdefault("problems", []).append(
        {
            "problem": problem,
            "booking": b,
            "raised_at": f.iso(t),
            "fixed_at": f.iso(tf),
            "confirmed_at": f.iso(tc),
            "problem_event_ids": [eid],
            "confirm_event_id": ce,
            "channel": ch,
            "confirm_channel": "email",
        }
    )
    c.extra.setdefault("trouble_starts_at", f.iso(t))


def repeat_contacts(f: Fam) -> None:
    r = f.rng
    counts = [2] * 4 + [3] * 4 + [4] * 4
    esc = set(r.sample(range(12), 6))
    for i, n in enumerate(counts):
        c = f.person(f.pick_lang(), "repeat_contact", "repeats", ["repeat_contact"], TOL_REPEAT)
        happy_days(f, c, r.randint(1, 3), [0], 7, 12, surveys=False)
        chans = r.sample(["email", "chat", "web", "phone", "community"], 4)
        chans[0] = (
            r.choice(["web", "email", "chat", "phone"]) if chans[0] == "community" else chans[0]
        )
        repeat_run(f, c, f.at(r.randint(1, 4), 8, 19), n, PROBLEMS[i % 6], chans, i in esc)
    for i in range(5):
        c = f.person(f.pick_lang(), "resolved_between_contacts", "fixed", [], ["silence"])
        happy_days(f, c, r.randint(1, 2), [0], surveys=False)
        fixed_run(
            f,
            c,
            f.at(r.randint(1, 4), 8, 19),
            PROBLEMS[(i + 2) % 6],
            r.choice(["web", "email", "chat"]),
        )
        c.extra["problem"] = c.extra["problems"][0]["problem"]
    for i in range(3):
        c = f.person(f.pick_lang(), "different_problems", "two problems", [], ["silence"])
        d1 = r.randint(1, 3)
        e1, b1 = complaint(f, c, f.at(d1, 8, 19), r.choice(["email", "chat"]), PROBLEMS[i])
        e2, b2 = complaint(
            f, c, f.at(d1 + r.randint(3, 5), 8, 19), r.choice(["web", "phone"]), PROBLEMS[i + 3]
        )
        c.extra.update(
            problem_event_ids=[e1, e2],
            booking=b1,
            second_booking=b2,
            problem=PROBLEMS[i],
            second_problem=PROBLEMS[i + 3],
        )
    for _ in range(7):
        c = f.person(f.pick_lang(), "happy", "frequent writer", [], [])
        happy_days(f, c, r.randint(6, 9), list(range(f.days)))


def slow_churners(f: Fam) -> None:
    r = f.rng
    for i in range(10):
        nps = i < 5
        c = f.person(
            f.pick_lang(),
            "slow_churner",
            "slides",
            ["sentiment_drop"] + (["detractor"] if nps else []),
            [x for x in TOL_SLIDE],
        )
        days = r.sample(range(11), r.randint(4, 5))
        for d in sorted(days):
            text = r.choice(W.PRAISE[c.lang])
            f.add(c, f.at(d, 8, 20), "community", "post", text)
        happy_days(f, c, r.randint(2, 4), [d for d in range(11) if d not in days], surveys=False)
        d0 = r.randint(12, 16)
        ids = []
        t = f.at(d0, 8, 20)
        for step, text in enumerate(W.SLIDE[c.lang]):
            ch = r.choice(["community", "social", "chat"]) if step < 5 else "community"
            if ch == "social":
                text = "@Blitzora " + text
            ids.append(
                f.add(
                    c, t, ch, {"community": "post", "social": "mention", "chat": "chat"}[ch], text
                )
            )
            if ch == "chat":
                f.add(c, t + 0.05, "chat", "chat", W.GRUMBLE_ANS[c.lang], out=True)
            if step == 4 and nps:
                s = f.add(
                    c,
                    t + r.uniform(2, 5),
                    "survey",
                    "survey_response",
                    scores={"nps": r.randint(1, 5)},
                    attrs={"survey": "nps"},
                )
                c.extra.update(nps_given=True, nps=f.rows[-1]["scores"]["nps"], survey_event_id=s)
            t = f.at(d0 + 2 * (step + 1), 8, 20)
        c.extra.update(
            slide_event_ids=ids,
            slide_days=12,
            trouble_starts_at=f.iso(f.rows[[x["event_id"] for x in f.rows].index(ids[0])]["_t"]),
            competitor="Clicksy" if c.lang in ("es", "en", "fr", "pt") else "Posenwerk",
        )
    for _ in range(5):
        c = f.person(f.pick_lang(), "slow_churner", "asks to cancel", ["churn_intent"], TOL_LEAVE)
        happy_days(f, c, r.randint(3, 5), list(range(10)), surveys=False)
        for d in sorted(r.sample(range(11, 18), 2)):
            f.add(c, f.at(d, 8, 20), "community", "post", r.choice(W.GRUMPY[c.lang]))
        t = f.at(r.randint(19, 24), 8, 18)
        ci = f.add(c, t, "email", "message", W.CANCEL[c.lang], subject="Blitzora Plus")
        f.add(
            c,
            day_out(t + r.uniform(1, 4)),
            "email",
            "message",
            W.SORRY_GO[c.lang],
            out=True,
            subject="Blitzora Plus",
        )
        tc = day_out(t + r.uniform(5, 8))
        ce = f.add(
            c,
            tc,
            "web",
            "cancellation",
            attrs={"page": "/account/close", "product": "Blitzora Plus"},
        )
        c.extra.update(
            churn_intent_event_id=ci,
            cancellation_event_id=ce,
            churn_at=f.iso(tc),
            trouble_starts_at=f.iso(t),
        )
    for _ in range(6):
        c = f.person(f.pick_lang(), "happy", "steady", [], [])
        happy_days(f, c, r.randint(5, 8), list(range(f.days)))
    for _ in range(5):
        c = f.person(
            f.pick_lang(), "steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"]
        )
        ids = [
            f.add(c, f.at(d, 8, 20), "community", "post", r.choice(W.GRUMPY[c.lang]))
            for d in sorted(r.sample(range(f.days), r.randint(4, 6)))
        ]
        c.extra.update(
            grumble_event_ids=ids,
            trouble_starts_at=f.iso(f.rows[[x["event_id"] for x in f.rows].index(ids[0])]["_t"]),
        )
    for _ in range(5):
        c = f.person(f.pick_lang(), "happy_one_sarcastic_remark", "happy", [], ["silence"])
        happy_days(f, c, r.randint(3, 5), list(range(f.days)), surveys=False)
        c.extra["sarcasm_event_id"] = f.add(
            c, f.at(r.randint(5, 25), 9, 20), "social", "mention", "@Blitzora " + W.SARCASM[c.lang]
        )


def quiet_hours(f: Fam) -> None:
    r = f.rng
    for _ in range(16):
        c = f.person(f.pick_lang(), "happy", "day writer", [], [])
        happy_days(f, c, r.randint(1, 3), [0, 1, 2], 7, 17.5)
    for _ in range(4):
        c = f.person(f.pick_lang(), "grumbles_once", "grumbles once", [], ["silence"])
        t = f.at(r.randint(0, 2), 9, 17)
        f.add(c, t, "web", "page_view", attrs={"page": "/booths"})
        g = f.add(c, t + r.uniform(0.3, 0.5), "chat", "chat", W.GRUMBLE[c.lang])
        f.add(c, t + 0.55, "chat", "chat", W.GRUMBLE_ANS[c.lang], out=True)
        c.extra.update(grumble_event_id=g, trouble_starts_at=f.iso(t + 0.4))
    n = 0
    for night in range(3):
        for burst, h in enumerate([0.85, 2.2, 3.5]):
            bt = (night + 1) * 24 + h + r.uniform(0, 0.1)
            for _ in range(4):
                n += 1
                c = f.person(
                    f.pick_lang(), "night_owl", f"night {night + 1}, burst {burst + 1}", [], []
                )
                t = bt + r.uniform(0, 10 / 60)
                text = r.choice(W.NIGHT[c.lang])
                ch = r.choice(["community", "social", "chat"])
                if ch == "chat":
                    e = f.add(c, t, "chat", "chat", r.choice(W.QUESTION[c.lang]))
                    f.add(c, t + 0.05, "chat", "chat", W.ANSWER[c.lang], out=True)
                else:
                    e = f.add(
                        c,
                        t,
                        ch,
                        "post" if ch == "community" else "mention",
                        text if ch == "community" else "@Blitzora " + text,
                    )
                c.extra.update(burst_at=f.iso(bt), night_event_id=e)


PAIRS = [
    ("es", "de"),
    ("de", "es"),
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
    ("es", "fr"),
    ("de", "pt"),
    ("es", "de"),
    ("de", "es"),
    ("en", "de"),
    ("es", "en"),
    ("de", "fr"),
    ("it", "es"),
    ("es", "de"),
    ("de", "es"),
    ("pt", "de"),
    ("fr", "es"),
    ("es", "it"),
]


def bilingual(f: Fam) -> None:
    r = f.rng
    pairs = PAIRS[:]
    r.shuffle(pairs)
    plan = ["happy"] * 12 + ["repeat"] * 5 + ["slide"] * 5 + ["bad"] * 3 + ["fixed"] * 2
    for kind, (l1, l2) in zip(plan, pairs, strict=True):
        if kind == "happy":
            c = f.person(l1, "happy", "alternates languages", [], [])
        elif kind == "repeat":
            c = f.person(l1, "repeat_contact", "repeats", ["repeat_contact"], TOL_REPEAT)
        elif kind == "slide":
            c = f.person(l1, "slow_churner", "slides", ["sentiment_drop"], TOL_SLIDE)
        elif kind == "bad":
            c = f.person(l1, "happy_one_bad_day", "one bad day", [], ["silence"])
        else:
            c = f.person(l1, "resolved_between_contacts", "fixed", [], ["silence"])
        c.extra.update(
            languages=[l1, l2],
            job_second_language=r.choice(
                ["works abroad", "partner's family", "studied there", "border town"]
            ),
        )
        if kind == "happy":
            for k, d in enumerate(sorted(r.sample(range(f.days), r.randint(4, 7)))):
                c.lang = [l1, l2][k % 2]
                happy_act(f, c, f.at(d, 8, 20))
        elif kind == "repeat":
            happy_days(f, c, 1, [0], surveys=False)
            chans = r.sample(["email", "chat", "web", "phone"], 4)
            n = r.randint(2, 4)
            t = f.at(r.randint(1, 5), 8, 19)
            c.lang = l1
            repeat_run(f, c, t, n, r.choice(PROBLEMS), chans, False)
        elif kind == "slide":
            for k, d in enumerate(range(6)):
                lg = [l1, l2][k % 2]
                f.add(c, f.at(d, 8, 20), "community", "post", r.choice(W.PRAISE[lg]))
            c.lang = l1
            happy_days(f, c, r.randint(1, 3), list(range(6)), surveys=False)
            ids = []
            d0 = r.randint(7, 8)
            for step in range(6):
                lg = [l1, l2][step % 2]
                ids.append(
                    f.add(
                        c,
                        f.at(d0 + step * 4 // 6, 8 + step * 2, 9 + step * 2),
                        "community",
                        "post",
                        W.SLIDE[lg][step],
                    )
                )
            c.extra.update(
                slide_event_ids=ids,
                trouble_starts_at=f.iso(
                    f.rows[[x["event_id"] for x in f.rows].index(ids[0])]["_t"]
                ),
            )
        elif kind == "bad":
            happy_days(f, c, r.randint(2, 3), [0, 1, 2, 3], surveys=False)
            t = f.at(r.randint(7, 11), 9, 19)
            eid, b = complaint(
                f, c, t, r.choice(["long", "email", "chat"]), r.choice(PROBLEMS), lang=l2
            )
            c.extra.update(
                bad_day_at=f.iso(t),
                bad_day_event_id=eid,
                bad_day_language=l2,
                booking=b,
                trouble_starts_at=f.iso(t),
            )
        else:
            happy_days(f, c, 1, [0, 1], surveys=False)
            c.lang = l1
            fixed_run(
                f, c, f.at(r.randint(3, 6), 9, 17), r.choice(PROBLEMS), "web", confirm_lang=l2
            )
        c.lang = l1


def b2b_accounts(f: Fam) -> None:
    r = f.rng
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    probs = ["invoice", "portal", "overbilled", "invoice", "portal"]
    for i, kind in enumerate(kinds):
        lang = r.choice(["es", "de"]) if i % 3 != 2 else r.choice(W.LANGS)
        market = r.choice(W.MARKETS[lang])
        acc = f"BZE-{market}-{r.randint(1000, 9999)}"
        co = W.COMPANIES[i]
        unhappy = (3 if i % 2 else 4) if kind == "at_risk" else (1 if kind == "one_unhappy" else 0)
        ncont = max(3, unhappy + r.randint(1, 2))
        cs: list[Cust] = []
        for k in range(ncont):
            if kind == "at_risk" and k < unhappy:
                last = k == unhappy - 1
                exp = ["repeat_contact"] if last else ["detractor"]
                c = f.person(
                    lang,
                    "b2b_unhappy",
                    "complainer",
                    exp,
                    [x for x in TOL_B2B],
                    market=market,
                    account=acc,
                    company=co,
                    role="complainer",
                )
            elif kind == "one_unhappy" and k == 0:
                c = f.person(
                    lang,
                    "b2b_one_unhappy",
                    "complainer",
                    ["detractor"],
                    TOL_B2B_ONE,
                    market=market,
                    account=acc,
                    company=co,
                    role="complainer",
                )
            elif kind == "mild" and k < 2:
                c = f.person(
                    lang,
                    "b2b_mild",
                    "suggests",
                    [],
                    ["silence"],
                    market=market,
                    account=acc,
                    company=co,
                    role="suggests",
                )
            else:
                c = f.person(
                    lang,
                    "b2b_happy",
                    "contact",
                    [],
                    [],
                    market=market,
                    account=acc,
                    company=co,
                    role="contact",
                )
            cs.append(c)
        for c in cs:
            if c.persona == "b2b_happy":
                for d in sorted(r.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], r.randint(2, 4))):
                    happy_act(f, c, f.at(d, 8, 16.5))
            else:
                for d in r.sample([0, 1], r.randint(0, 2)):
                    f.add(c, f.at(d, 8, 16), "web", "page_view", attrs={"page": "/events/portal"})
        fields: dict[str, Any] = {
            "company": co,
            "site": r.choice(["hotel", "events", "congress", "catering", "municipality"]),
            "contacts": ncont,
            "contact_keys": [c.key for c in cs],
            "kind": kind,
            "language": lang,
            "country": market,
            "tolerated_rules": [],
            "same_problem": None,
            "trouble_starts_at": None,
        }
        comp_keys = [c.key for c in cs if c.persona in ("b2b_unhappy", "b2b_one_unhappy")]
        if kind == "at_risk":
            p = probs[i]
            t = f.at(2, 8, 12)
            b = case(f)
            first = cs[0]
            fields.update(same_problem=p, trouble_starts_at=f.iso(t))
            for k, c in enumerate(cs[:unhappy]):
                text = (
                    W.B2B_FIRST[lang].format(co=co, p=W.B2B_PROBLEM[lang][p])
                    if k == 0
                    else W.B2B_MORE[lang].format(
                        f=first.name.split()[0], b=b, p=W.B2B_PROBLEM[lang][p]
                    )
                )
                e = f.add(c, t, "email", "message", text, subject=f"{co}: {b}" if k else co)
                if k == 0:
                    f.add(
                        c,
                        t + r.uniform(0.5, 2),
                        "email",
                        "message",
                        W.B2B_ACK[lang].format(b=b, co=co),
                        out=True,
                        subject=b,
                    )
                ids = [e]
                if k < unhappy - 1:
                    s = f.add(
                        c,
                        t + r.uniform(1, 3),
                        "survey",
                        "survey_response",
                        scores={"nps": r.randint(1, 5)},
                        attrs={"survey": "nps"},
                    )
                    c.extra.update(
                        nps_given=True, nps=f.rows[-1]["scores"]["nps"], survey_event_id=s
                    )
                else:
                    t2 = t + r.uniform(18, 40)
                    t2 = t2 - t2 % 24 + min(max(t2 % 24, 8), 16)
                    if r.random() < 0.5:
                        ids.append(
                            f.add(
                                c, t2, "email", "message", W.B2B_LAST[lang].format(b=b), subject=b
                            )
                        )
                    else:
                        ids.append(f.add(c, t2, "phone", "call", W.CALL_REPEAT[lang].format(b=b)))
                c.extra.update(
                    complaint_event_ids=ids,
                    booking=b,
                    problem=p,
                    trouble_starts_at=f.iso(t),
                    job_title=r.choice(
                        ["Event manager", "Office manager", "Buyer", "Marketing lead"]
                    ),
                )
                t = t + r.uniform(8, 28)
                t = t - t % 24 + min(max(t % 24, 8), 16)
            fields.update(
                expected_rules=["account_risk"],
                at_risk=True,
                unhappy_contacts=unhappy,
                unhappy_contact_keys=comp_keys,
            )
        else:
            for c in cs:
                if c.persona == "b2b_one_unhappy":
                    p = r.choice(["invoice", "portal", "overbilled"])
                    t = f.at(r.randint(3, 7), 8, 16)
                    b = case(f)
                    e = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        W.B2B_FIRST[lang].format(co=co, p=W.B2B_PROBLEM[lang][p]),
                        subject=co,
                    )
                    f.add(
                        c,
                        t + r.uniform(0.5, 2),
                        "email",
                        "message",
                        W.B2B_ACK[lang].format(b=b, co=co),
                        out=True,
                        subject=b,
                    )
                    s = f.add(
                        c,
                        t + r.uniform(2.5, 4),
                        "survey",
                        "survey_response",
                        scores={"nps": r.randint(1, 5)},
                        attrs={"survey": "nps"},
                    )
                    c.extra.update(
                        nps_given=True,
                        nps=f.rows[-1]["scores"]["nps"],
                        survey_event_id=s,
                        complaint_event_ids=[e],
                        booking=b,
                        problem=p,
                        trouble_starts_at=f.iso(t),
                    )
                elif c.persona == "b2b_mild":
                    t = f.at(r.randint(3, 9), 8, 16)
                    e = f.add(
                        c,
                        t,
                        "web",
                        "ticket",
                        r.choice(W.SUGGEST[lang]),
                        attrs={"page": "/events/feedback"},
                    )
                    f.add(
                        c,
                        t + r.uniform(1, 3),
                        "email",
                        "message",
                        W.B2B_ACK[lang].format(b=case(f), co=co),
                        out=True,
                        subject=co,
                    )
                    c.extra.update(mild_event_id=e, trouble_starts_at=f.iso(t))
            fields.update(
                expected_rules=[],
                at_risk=False,
                unhappy_contacts=len(comp_keys),
                unhappy_contact_keys=comp_keys,
            )
        f.accounts[acc] = fields


def topic_spike(f: Fam) -> None:
    r = f.rng
    for _ in range(40):
        c = f.person(f.pick_lang(), "happy", "day writer", [], [])
        for d in sorted(r.sample(range(6), r.randint(1, 4))):
            happy_act(f, c, f.at(d, 12, 19) if d == 5 else f.at(d, 7, 20))
    for _ in range(2):
        c = f.person(f.pick_lang(), "grumbles_once", "grumbles once", [], ["silence"])
        t = f.at(0, 9, 17)
        g = f.add(c, t, "chat", "chat", W.GRUMBLE[c.lang])
        f.add(c, t + 0.06, "chat", "chat", W.GRUMBLE_ANS[c.lang], out=True)
        c.extra.update(grumble_event_id=g, trouble_starts_at=f.iso(t))
    for lg, h in (("es", 9.6), ("de", 16.1)):
        c = f.person(lg, "grumbles_once", "lone question", [], ["silence"])
        t = 4 * 24 + h
        q = f.add(c, t, "chat", "chat", W.LONE_Q[lg])
        f.add(c, t + 0.05, "chat", "chat", W.LONE_A[lg], out=True)
        c.extra.update(lone_report_event_id=q, trouble_starts_at=f.iso(t))
    langs = ["es"] * 6 + ["de"] * 6 + ["en", "en", "fr", "fr", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(langs)
    r.shuffle(chans)
    s0 = 5 * 24 + 8 + 20 / 60
    times = sorted([s0, s0 + 0.75] + [s0 + r.uniform(0, 0.75) for _ in range(18)])
    early = [i for i, t in enumerate(times) if t <= s0 + 25 / 60]
    reps = set(r.sample(early, 6))
    fixed = set(r.sample([i for i in range(20) if i not in reps], 6))
    keys, eids, rids = [], [], []
    for i in range(20):
        regular = i < 12
        rep = i in reps
        c = f.person(
            langs[i],
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular else "new",
            ["repeat_contact"] if rep else [],
            ["silence", "sentiment_drop"] if rep else ["silence"],
            in_spike=True,
            regular=regular,
        )
        if regular:
            for _ in range(r.randint(1, 2)):
                happy_act(f, c, f.at(2, 8, 17.5))
        t, ch = times[i], chans[i]
        text = r.choice(W.SPIKE[c.lang])
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
            "@Blitzora " + text if ch == "social" else text,
            subject="BTH.E52" if ch == "email" else None,
            attrs={"page": "/help/contact"} if ch == "web" else None,
        )
        if ch == "chat":
            f.add(c, t + 0.04, "chat", "chat", W.SPIKE_CHAT_ANS[c.lang], out=True)
        keys.append(c.key)
        eids.append(e)
        c.extra.update(spike_event_id=e, spike_channel=ch, trouble_starts_at=f.iso(t))
        if rep:
            ch2 = r.choice([x for x in ["email", "chat", "community"] if x != ch])
            k2 = {"email": "message", "chat": "chat", "community": "post"}[ch2]
            e2 = f.add(
                c,
                t + r.uniform(0.25, 0.8),
                ch2,
                k2,
                W.SPIKE_AGAIN[c.lang],
                subject="BTH.E52" if ch2 == "email" else None,
            )
            rids.append(e2)
            c.extra["repeat_event_id"] = e2
        elif i in fixed:
            f.add(
                c,
                5 * 24 + 11 + r.uniform(0.1, 0.3),
                "email",
                "message",
                W.WORKS_AGAIN[c.lang],
                out=True,
                subject="Blitzora",
            )
            c.extra["agent_fixed"] = True
    f.spike = {
        "topic": "photo booth activation fails in the app: booths cannot be started, error BTH.E52",
        "about": "booth activation",
        "channel": None,
        "start": f.iso(times[0]),
        "end": f.iso(times[-1]),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": rids,
    }


FAMILIES = [
    (
        "happy_writers",
        "HW",
        datetime(2026, 2, 2, tzinfo=UTC),
        10,
        happy_writers,
        "happy day and night writers and survey-only customers",
    ),
    (
        "one_bad_day",
        "BD",
        datetime(2026, 3, 9, tzinfo=UTC),
        12,
        one_bad_day,
        "happy customers with one bad day",
    ),
    (
        "repeat_contacts",
        "RC",
        datetime(2026, 4, 13, tzinfo=UTC),
        10,
        repeat_contacts,
        "open problems raised again",
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
        datetime(2026, 6, 19, tzinfo=UTC),
        3,
        quiet_hours,
        "a calm weekend with night owls in bursts",
    ),
    (
        "bilingual",
        "BL",
        datetime(2026, 7, 6, tzinfo=UTC),
        14,
        bilingual,
        "customers alternating two languages",
    ),
    (
        "b2b_accounts",
        "BB",
        datetime(2026, 9, 7, tzinfo=UTC),
        14,
        b2b_accounts,
        "Blitzora Events accounts",
    ),
    (
        "topic_spike",
        "TS",
        datetime(2026, 10, 5, tzinfo=UTC),
        7,
        topic_spike,
        "a calm week and a Saturday spike",
    ),
]


def channel_ids(c: Cust, channel: str, rr: random.Random) -> dict[str, str | None]:
    ids = c.ids
    out: dict[str, str | None] = {
        "customer_id": None,
        "email": None,
        "phone": None,
        "handle": None,
        "account_id": ids["account_id"],
    }
    if channel == "phone":
        out["phone"] = ids["phone"]
    elif channel in ("social", "community"):
        if ids["handle"]:
            h = str(ids["handle"])
            out["handle"] = h if rr.random() > 0.2 else h.lstrip("@")
        else:
            out["email"] = ids["email"]
    elif channel == "email":
        e = str(ids["email"])
        out["email"] = e.upper() if rr.random() < 1 / 12 else e
    else:
        out["customer_id"] = ids["customer_id"]
    return out


def write(f: Fam) -> None:
    f.rows.sort(key=lambda x: (x["_t"], x["_n"]))
    seen: set[str] = set()
    lines = []
    for row in f.rows:
        c = f.custs[row.pop("_c")]
        t = row.pop("_t")
        row.pop("_n")
        out = row.pop("_out")
        if out or c.key not in seen:
            cust = dict(c.ids)
        else:
            cust = channel_ids(c, row["channel"], f.rr)
        if not out:
            seen.add(c.key)
        when = f.start + timedelta(hours=t)
        assert datetime(2026, 1, 1, tzinfo=UTC) <= when < TODAY_LIMIT, (f.name, when)
        rec = {
            "event_id": row["event_id"],
            "occurred_at": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "channel": row["channel"],
            "kind": row["kind"],
            "direction": row["direction"],
            "customer": cust,
            "text": row["text"],
            "subject": row["subject"],
            "scores": row["scores"],
            "source": row["source"],
            "attributes": row["attributes"],
        }
        lines.append(json.dumps(rec, ensure_ascii=False, sort_keys=False))
        last = when
    (HERE / f"{f.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    expected: dict[str, int] = {}
    customers: dict[str, dict[str, Any]] = {}
    for c in f.custs.values():
        assert not set(c.expected) & set(c.tolerated), c.key
        assert c.key in seen, c.key
        for rule in c.expected:
            expected[rule] = expected.get(rule, 0) + 1
        ids = dict(c.ids)
        ids["phone"] = str(ids["phone"]).replace(" ", "")
        customers[c.key] = {
            "identifiers": ids,
            "expected_rules": c.expected,
            "tolerated_rules": c.tolerated,
            "persona": c.persona,
            "habit": c.habit,
            "language": c.lang,
            "country": c.market,
            "segment": "b2b" if c.ids["account_id"] else "consumer",
            "name": c.name,
        } | c.extra
    for a in f.accounts.values():
        for rule in a["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    if f.spike:
        expected["topic_spike"] = 1
    end = max(f.start + timedelta(days=f.days), last + timedelta(hours=1))
    truth = {
        "config": {
            "family": f.name,
            "about": f.about,
            "business": "Blitzora: photo booth hire (Blitzora Plus; Blitzora Events on account)",
            "days": f.days,
            "seed": SEED,
            "written": "2026-12-07",
            "expected": dict(sorted(expected.items())),
        },
        "start": f.start.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "customers": customers,
        "accounts": f.accounts,
        "spike": f.spike,
        "journey": {},
        "expectations": {},
    }
    (HERE / f"{f.name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )


def main() -> None:
    for n, (name, code, start, days, build, about) in enumerate(FAMILIES, 1):
        f = Fam(
            name,
            code,
            start,
            days,
            random.Random(SEED * 100 + n),
            random.Random(SEED * 100 + 50 + n),
            about,
        )
        build(f)
        write(f)


if __name__ == "__main__":
    main()
