"""Build heldout226/ (blind, report only) from wording.py. Standard library only."""

# ruff: noqa: E501

from __future__ import annotations

import json
import random
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402

SEED = 20261207
BRAND = "Pulvera"
COMPS = ("Tostano", "Bohnwerk")
CHANNEL_KIND = {
    "email": "message",
    "phone": "call",
    "web": "ticket",
    "community": "post",
    "social": "mention",
    "chat": "chat",
    "survey": "survey_response",
}
SOURCE = {
    "email": "pulvera-mail",
    "phone": "pulvera-voice",
    "web": "pulvera-web",
    "community": "pulvera-forum",
    "social": "pulvera-social",
    "chat": "pulvera-chat",
    "survey": "pulvera-survey",
}
DOUBLES = ("en", "en", "de", "de", "de", "en", "fr", "it", "pt", "es")
ACCENTS = str.maketrans("äöüéèêàâçíóúáãõñìò", "aoueeeaacioúaaonio")


@dataclass
class Cust:
    key: str
    lang: str
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
    rng: random.Random
    rough: random.Random
    rows: list[tuple[datetime, int, Cust, dict[str, Any]]] = field(default_factory=list)
    custs: list[Cust] = field(default_factory=list)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    n: int = 0
    used: set[str] = field(default_factory=set)

    def eid(self) -> str:
        self.n += 1
        return f"h226-{self.code.lower()}-{self.n:05d}"

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        account: str | None = None,
    ) -> Cust:
        lang = lang or self.rng.choice(DOUBLES)
        firsts, lasts = W.NAMES[lang]
        market, prefix = W.MARKET[lang]
        key = f"PV{self.code}{len(self.custs) + 1:04d}"
        first, last = self.rng.choice(firsts), self.rng.choice(lasts)
        slug = (
            (first + "." + last).lower().translate(ACCENTS)
            + self.code.lower()
            + str(len(self.custs) + 1)
        )
        email = f"{slug}@{'firma' + account.lower() if account else 'mail'}.example"
        phone = (
            prefix
            + f"{self.code.encode()[0] % 10}{len(self.custs) + 1:04d}"
            + f"{self.rng.randrange(1000, 9999)}"
        )
        handle = None if account else "@" + slug.replace(".", "_")
        c = Cust(key, lang, f"{first} {last}", email, phone, handle, account, {})
        c.truth = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": phone,
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
            "name": c.name,
        }
        self.custs.append(c)
        return c

    def add(
        self,
        t: datetime,
        c: Cust,
        channel: str,
        text: str,
        *,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int | None] | None = None,
        kind: str | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        eid = self.eid()
        if not out and channel not in ("phone", "survey") and text:
            text = self.roughen(text)
        if channel == "social" and not out and BRAND not in text:
            text = "@" + BRAND + " " + text
        elif channel == "social" and not out:
            text = text.replace(BRAND, "@" + BRAND, 1)
        a = {"market": c.truth["country"]} | (attrs or {})
        if c.account:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(["Nora", "Tim", "Ines", "Marc"])
        row: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "channel": channel,
            "kind": kind or CHANNEL_KIND[channel],
            "direction": "outbound" if out else "inbound",
            "text": text,
            "subject": subject,
            "scores": scores or {"nps": None, "csat": None, "ces": None},
            "source": SOURCE[channel],
            "attributes": a,
        }
        self.rows.append((t, self.n, c, row))
        return eid

    def roughen(self, text: str) -> str:
        r = self.rough.random()
        if r < 0.14:
            words = [
                i
                for i, w in enumerate(text.split(" "))
                if w.isalpha() and w.islower() and len(w) > 4
            ]
            if words:
                parts = text.split(" ")
                i = self.rough.choice(words)
                w = parts[i]
                j = self.rough.randrange(1, len(w) - 2)
                parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(parts)
        elif r < 0.26:
            text = text[0].lower() + text[1:]
        elif r < 0.36:
            text = text.translate(ACCENTS)
        return text

    def at(self, day: int, h0: float, h1: float) -> datetime:
        return self.start + timedelta(days=day, hours=self.rng.uniform(h0, h1))


def fmt(s: str, **kw: str) -> str:
    return s.format(b=BRAND, **kw)


def pick(rng: random.Random, table: dict[str, list[str]], lang: str) -> str:
    return fmt(rng.choice(table[lang]))


def happy_act(f: Fam, c: Cust, t: datetime) -> None:
    r, lang = f.rng, c.lang
    k = r.randrange(8)
    if k == 0:
        f.add(t, c, r.choice(["social", "community"]), pick(r, W.PRAISE, lang))
    elif k == 1:
        f.add(t, c, "community", pick(r, W.AGAIN, lang))
    elif k == 2:
        f.add(
            t,
            c,
            "web",
            pick(r, W.GRIPE, lang),
            kind="review",
            attrs={"rating": "4", "page": "/reviews"},
        )
    elif k in (3, 4):
        f.add(t, c, "chat", pick(r, W.QUESTION, lang))
        f.add(t + timedelta(minutes=r.randint(1, 6)), c, "chat", W.ANSWER[lang][0], out=True)
        if r.random() < 0.6:
            f.add(t + timedelta(minutes=r.randint(8, 12)), c, "chat", pick(r, W.THANKS, lang))
    elif k == 5:
        f.add(t, c, "phone", W.CALL_Q[lang][0])
        f.add(
            t + timedelta(minutes=r.randint(20, 50)),
            c,
            "email",
            W.ANSWER[lang][0],
            out=True,
            subject="Pulvera",
        )
    elif k == 6:
        f.add(t, c, "web", "", kind="page_view", attrs={"page": "/shop"})
        p = r.choice(W.PRODUCTS)
        f.add(
            t + timedelta(minutes=r.randint(3, 15)),
            c,
            "web",
            "",
            kind="purchase",
            attrs={
                "page": "/checkout",
                "product": p,
                "order_value": f"{r.randint(12, 49)}.90",
                "currency": "GBP" if lang == "en" else "EUR",
            },
        )
    else:
        f.add(
            t,
            c,
            "survey",
            r.choice(W.SURVEY_WORD[lang]),
            scores={"nps": r.choice([9, 10]), "csat": None, "ces": None},
            attrs={"survey": "nps"},
        )


def happy_days(f: Fam, c: Cust, n: int, days: list[int], h0: float = 7, h1: float = 19) -> None:
    for d in sorted(f.rng.sample(days, min(n, len(days)))):
        happy_act(f, c, f.at(d, h0, h1))


def case(f: Fam) -> str:
    while True:
        ref = f"PV-{f.rng.randrange(100000, 999999)}"
        if ref not in f.used:
            f.used.add(ref)
            return ref


def daytime(t: datetime) -> datetime:
    if t.hour >= 22:
        return (t + timedelta(days=1)).replace(hour=8, minute=t.minute % 50)
    if t.hour < 7:
        return t.replace(hour=8, minute=t.minute % 50)
    return t


NO_RULES: list[str] = []
SIL = ["silence"]
REP_TOL = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]


def problem_text(lang: str, prob: str) -> str:
    return str(W.PROBLEM[lang][prob])


def fam_happy(f: Fam) -> None:
    for _ in range(16):
        happy_days(f, f.person("happy", "day writer"), f.rng.randint(5, 8), list(range(10)))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in f.rng.sample(range(9), f.rng.randint(2, 4)):
            t = f.start + timedelta(days=d, hours=22, minutes=f.rng.randint(12, 300))
            if f.rng.random() < 0.5:
                f.add(t, c, "social", fmt(W.NIGHT_POST[c.lang][0]))
            else:
                f.add(t, c, "chat", W.NIGHT_Q[c.lang][0])
                f.add(t + timedelta(minutes=3), c, "chat", W.ANSWER[c.lang][0], out=True)
                f.add(t + timedelta(minutes=9), c, "chat", pick(f.rng, W.THANKS, c.lang))
        happy_days(f, c, 2, list(range(10)), 9, 18)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in sorted(f.rng.sample(range(10), f.rng.randint(3, 6))):
            f.add(
                f.at(d, 8, 19),
                c,
                "survey",
                f.rng.choice(W.SURVEY_WORD[c.lang]),
                scores={"nps": None, "csat": f.rng.choice([4, 5]), "ces": None},
                attrs={"survey": "csat"},
            )


PROBS = ["no_show", "double_charge", "broken_machine", "refund", "wrong_price"]


def fam_bad_day(f: Fam) -> None:
    chans = ["long", "email", "chat", "social", "web", "phone"] * 4
    f.rng.shuffle(chans)
    detractors = 0
    for i, ch in enumerate(chans):
        lang = ("es", "de")[i % 2] if ch == "long" else None
        c = f.person("happy_one_bad_day", "one bad day", lang=lang, tolerated=SIL)
        day = 2 + i % 8
        prob = PROBS[i % 5]
        t = f.at(day, 8, 20)
        text = problem_text(c.lang, prob)
        ref = case(f) if ch != "social" else None
        if ch == "long":
            e = f.add(
                t,
                c,
                "email",
                W.LONG_OPEN[c.lang] + text + W.LONG_CLOSE[c.lang],
                subject=f"{W.SUBJ_COMPLAINT[c.lang]}: {prob}",
            )
        elif ch == "phone":
            e = f.add(t, c, "phone", text.lower().replace(",", "").replace(".", ""))
        elif ch == "web":
            e = f.add(t, c, "web", text, kind="ticket", attrs={"page": "/help/contact"})
        else:
            e = f.add(t, c, ch, text, subject=W.SUBJ_COMPLAINT[c.lang] if ch == "email" else None)
        c.truth.update(
            problem=prob,
            bad_day_at=row_time(t),
            bad_day_event_id=e,
            booking=ref,
            trouble_starts_at=row_time(t),
            channel=ch,
        )
        if ref:
            out = "chat" if ch == "chat" else "email"
            f.add(
                t + timedelta(minutes=f.rng.randint(10, 40) if out == "email" else 3),
                c,
                out,
                fmt(W.CASE_OPENED[c.lang], c=ref),
                out=True,
                subject=f"{W.SUBJ_RE[c.lang]} {ref}",
            )
            if detractors < 6 and i % 3 == 0:
                detractors += 1
                c.truth["persona"] = "bad_day_detractor"
                c.truth["expected_rules"] = ["detractor"]
                nps = f.rng.randint(1, 5)
                s = f.add(
                    t + timedelta(minutes=f.rng.randint(100, 140)),
                    c,
                    "survey",
                    "",
                    scores={"nps": nps, "csat": None, "ces": None},
                    attrs={"survey": "nps"},
                )
                c.truth.update(nps_given=True, nps=nps, survey_event_id=s)
            elif i % 3 == 1:
                gt = daytime(t + timedelta(hours=f.rng.uniform(1, 4)))
                f.add(
                    gt,
                    c,
                    "email",
                    fmt(W.GOOD_NEWS[c.lang], c=ref),
                    out=True,
                    subject=f"{W.SUBJ_RE[c.lang]} {ref}",
                )
                if i % 2:
                    a = f.add(
                        daytime(t + timedelta(hours=f.rng.uniform(16, 24))),
                        c,
                        "chat",
                        W.APOLOGY[c.lang],
                    )
                    c.truth.update(apologised=True, apology_event_id=a)
        others = [d for d in range(12) if d < day - 2 or d > day + 3]
        happy_days(f, c, f.rng.randint(1, 5), others)
    assert detractors == 6, detractors
    for _ in range(8):
        happy_days(f, f.person("happy", "control"), f.rng.randint(4, 7), list(range(12)))


def row_time(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def repeat_run(f: Fam, c: Cust, prob: str, times: int, day0: int, comp: str) -> None:
    chans = ["web", "email", "chat", "phone", "social"]
    f.rng.shuffle(chans)
    ref = case(f)
    t = f.at(day0, 8, 19)
    first = row_time(t)
    ids = []
    ch = chans[0]
    ids.append(
        f.add(
            t,
            c,
            ch,
            problem_text(c.lang, prob),
            kind="ticket" if ch == "web" else None,
            attrs={"page": "/help/contact"} if ch == "web" else None,
        )
    )
    if times >= 3:
        f.add(
            daytime(t + timedelta(hours=f.rng.uniform(1.5, 2.5))),
            c,
            "email",
            fmt(W.QUALITY_LEAD[c.lang], c=ref),
            out=True,
            subject=f"{W.SUBJ_RE[c.lang]} {ref}",
        )
    else:
        f.add(
            t + timedelta(minutes=f.rng.randint(10, 40)),
            c,
            "email",
            fmt(W.CASE_OPENED[c.lang], c=ref),
            out=True,
            subject=f"{W.SUBJ_RE[c.lang]} {ref}",
        )
    for k in range(1, times):
        t = daytime(t + timedelta(hours=f.rng.uniform(4, 40)))
        ch = chans[k]
        text = fmt(W.STILL_OPEN[c.lang], c=ref, prob=problem_text(c.lang, prob))
        if k == 2:
            text += fmt(W.THIRD[c.lang], comp=comp)
        if k == 3:
            text += W.FOURTH[c.lang]
        if ch == "phone":
            text = text.lower().replace(",", "").replace(".", "").replace(ref.lower(), ref)
        ids.append(
            f.add(
                t,
                c,
                ch,
                text,
                subject=f"{W.SUBJ_RE[c.lang]} {ref}" if ch == "email" else None,
                kind="ticket" if ch == "web" else None,
            )
        )
        if ch == "chat":
            f.add(t + timedelta(minutes=3), c, "chat", fmt(W.URGENT[c.lang], c=ref), out=True)
    c.truth.update(
        problem=prob,
        booking=ref,
        contacts=times,
        problem_event_ids=ids,
        competitor=comp if times >= 3 else None,
        trouble_starts_at=first,
    )


def fixed_run(f: Fam, c: Cust, prob: str, day0: int, lang2: str | None = None) -> dict[str, Any]:
    ref = case(f)
    t = f.at(day0, 8, 18)
    e = f.add(
        t, c, "web", problem_text(c.lang, prob), kind="ticket", attrs={"page": "/help/contact"}
    )
    f.add(
        t + timedelta(minutes=f.rng.randint(10, 40)),
        c,
        "email",
        fmt(W.CASE_OPENED[c.lang], c=ref),
        out=True,
        subject=f"{W.SUBJ_RE[c.lang]} {ref}",
    )
    g = daytime(t + timedelta(hours=f.rng.uniform(3, 20)))
    f.add(
        g,
        c,
        "email",
        fmt(W.GOOD_NEWS[c.lang], c=ref),
        out=True,
        subject=f"{W.SUBJ_RE[c.lang]} {ref}",
    )
    cl = lang2 or c.lang
    k = daytime(g + timedelta(hours=f.rng.uniform(8, 30)))
    cf = f.add(k, c, "email", fmt(W.CONFIRM[cl], c=ref), subject=f"{W.SUBJ_RE[cl]} {ref}")
    return {
        "problem": prob,
        "booking": ref,
        "raised_at": row_time(t),
        "problem_event_ids": [e],
        "confirm_event_id": cf,
    }


def fam_repeat(f: Fam) -> None:
    for i, times in enumerate([2] * 4 + [3] * 4 + [4] * 4):
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=REP_TOL)
        happy_act(f, c, f.at(0, 7, 12))
        repeat_run(f, c, PROBS[i % 5], times, 1 + i % 4, COMPS[i % 2])
    for i in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=SIL)
        happy_act(f, c, f.at(0, 7, 12))
        c.truth["problems"] = [fixed_run(f, c, PROBS[i], 1 + i % 3)]
    for i in range(3):
        c = f.person("different_problems", "two problems", tolerated=SIL)
        c.truth["problems"] = [fixed_run(f, c, PROBS[i], 1), fixed_run(f, c, PROBS[i + 2], 6)]
    for _ in range(7):
        happy_days(f, f.person("happy", "frequent writer"), f.rng.randint(5, 8), list(range(10)))


def slide(
    f: Fam, c: Cust, day0: int, span: int, comp: str, lang_of: list[str] | None = None
) -> list[str]:
    ids = []
    t = f.at(day0, 8, 18)
    for k in range(6):
        lang = lang_of[k % 2] if lang_of else c.lang
        text = fmt(W.SLIDE[lang][k], comp=comp)
        ch = ["social", "community", "web"][k % 3]
        ids.append(
            f.add(
                t,
                c,
                ch,
                text,
                kind="review" if ch == "web" else None,
                attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"}
                if ch == "web"
                else None,
            )
        )
        if k == 3 and c.truth["expected_rules"].count("detractor"):
            s = f.add(
                daytime(t + timedelta(hours=f.rng.uniform(2.5, 3.5))),
                c,
                "survey",
                "",
                scores={"nps": f.rng.randint(1, 5), "csat": None, "ces": None},
                attrs={"survey": "nps"},
            )
            c.truth["survey_event_id"] = s
        t = daytime(t + timedelta(hours=max(1.5, span * 24 / 6 * f.rng.uniform(0.6, 1.1))))
    c.truth.update(
        slide_event_ids=ids,
        trouble_starts_at=f.rows[-1][3]["occurred_at"],
        competitor=comp,
        slide_days=span,
    )
    return ids


SLIDE_TOL = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]


def fam_slow(f: Fam) -> None:
    for i in range(10):
        exp = ["sentiment_drop"] + (["detractor"] if i < 5 else [])
        c = f.person("slow_churner", "slides", expected=exp, tolerated=SLIDE_TOL)
        for d in sorted(f.rng.sample(range(11), 5)):
            f.add(
                f.at(d, 8, 19),
                c,
                f.rng.choice(["social", "community"]),
                pick(f.rng, W.PRAISE, c.lang),
            )
        happy_days(f, c, f.rng.randint(2, 4), list(range(11)))
        slide(f, c, 12 + i % 5, [3, 5, 9][i % 3], COMPS[i % 2])
    for _ in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            expected=["churn_intent"],
            tolerated=["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        happy_days(f, c, f.rng.randint(4, 6), list(range(16)))
        t = f.at(f.rng.randint(17, 23), 8, 17)
        e = f.add(t, c, "email", W.LEAVE[c.lang], subject="Pulvera Club")
        f.add(
            daytime(t + timedelta(hours=f.rng.uniform(1, 5))),
            c,
            "email",
            W.SORRY_GO[c.lang],
            out=True,
            subject="Pulvera Club",
        )
        x = f.add(
            daytime(t + timedelta(hours=f.rng.uniform(20, 30))),
            c,
            "web",
            "",
            kind="cancellation",
            attrs={"page": "/account/cancel", "product": "Pulvera Club"},
        )
        c.truth.update(
            churn_intent_event_id=e, cancellation_event_id=x, churn_at=f.rows[-1][3]["occurred_at"]
        )
    for _ in range(6):
        happy_days(f, f.person("happy", "steady"), f.rng.randint(6, 10), list(range(32)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        d = f.rng.randint(0, 4)
        ids = []
        for _k in range(f.rng.randint(5, 7)):
            ids.append(
                f.add(
                    f.at(d, 8, 20),
                    c,
                    f.rng.choice(["social", "community", "web"]),
                    pick(f.rng, W.GRUMBLE, c.lang),
                )
            )
            d += f.rng.randint(1, 3)
        c.truth["grumble_event_ids"] = ids
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=SIL)
        happy_days(f, c, f.rng.randint(4, 6), list(range(16)))
        c.truth["sarcasm_event_id"] = f.add(
            f.at(f.rng.randint(17, 28), 9, 19), c, "social", W.SARCASM[c.lang]
        )


def fam_quiet(f: Fam) -> None:
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in f.rng.sample(range(3), f.rng.randint(1, 3)):
            happy_act(f, c, f.at(d, 7, 17.5))
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=SIL)
        t = f.at(i % 3, 9, 17)
        f.add(t, c, "web", "", kind="page_view", attrs={"page": "/shop"})
        g = t + timedelta(minutes=f.rng.randint(20, 30))
        if i < 2:
            c.truth["grumble_event_id"] = f.add(g, c, "chat", W.SLOW_GRUMBLE[c.lang])
            f.add(g + timedelta(minutes=4), c, "chat", W.ANSWER[c.lang][0], out=True)
        else:
            c.truth["grumble_event_id"] = f.add(
                g, c, "web", W.SLOW_GRUMBLE[c.lang], kind="ticket", attrs={"page": "/help/contact"}
            )
            f.add(
                g + timedelta(minutes=30),
                c,
                "email",
                fmt(W.CASE_OPENED[c.lang], c=case(f)),
                out=True,
            )
    owls = [
        f.person(
            "night_owl",
            "",
        )
        for _ in range(36)
    ]
    for n in range(3):
        b0 = f.start + timedelta(days=n + 1, minutes=f.rng.randint(40, 65))
        for m, off in enumerate([0, f.rng.randint(28, 33), f.rng.randint(55, 65)]):
            for o in owls[n * 12 + m * 4 : n * 12 + m * 4 + 4]:
                o.truth["habit"] = f"night {n + 1}, burst {m + 1}"
                t = b0 + timedelta(minutes=off + f.rng.randint(0, 9))
                o.truth["burst_at"] = row_time(b0 + timedelta(minutes=off))
                if f.rng.random() < 0.5:
                    o.truth["night_event_id"] = f.add(t, o, "social", fmt(W.NIGHT_POST[o.lang][0]))
                else:
                    o.truth["night_event_id"] = f.add(t, o, "chat", W.NIGHT_Q[o.lang][0])
                    f.add(t + timedelta(minutes=3), o, "chat", W.ANSWER[o.lang][0], out=True)
                    f.add(t + timedelta(minutes=8), o, "chat", pick(f.rng, W.THANKS, o.lang))
    for o in owls[::2]:
        happy_act(f, o, f.at(f.rng.randint(0, 2), 9, 17.5))


def fam_bilingual(f: Fam) -> None:
    pairs = [
        ("es", "de"),
        ("de", "es"),
        ("de", "en"),
        ("en", "de"),
        ("es", "en"),
        ("fr", "de"),
        ("it", "es"),
        ("pt", "es"),
        ("de", "fr"),
        ("en", "it"),
    ]

    def pair(i: int) -> tuple[str, str]:
        return pairs[i % len(pairs)]

    for i in range(12):
        a, b = pair(i)
        c = f.person("happy", "alternates languages", lang=a)
        c.truth["languages"] = [a, b]
        for j, d in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            c.lang = (a, b)[j % 2]
            happy_act(f, c, f.at(d, 8, 19))
        c.lang = a
    for i in range(5):
        a, b = pair(i + 3)
        c = f.person(
            "repeat_contact", "repeats", lang=a, expected=["repeat_contact"], tolerated=REP_TOL
        )
        c.truth["languages"] = [a, b]
        happy_act(f, c, f.at(0, 8, 18))
        repeat_run(f, c, PROBS[i], [2, 2, 3, 3, 4][i], 2 + i % 3, COMPS[i % 2])
    for i in range(5):
        a, b = pair(i + 1)
        c = f.person(
            "slow_churner", "slides", lang=a, expected=["sentiment_drop"], tolerated=SLIDE_TOL
        )
        c.truth["languages"] = [a, b]
        for j, d in enumerate(range(6)):
            f.add(f.at(d, 8, 19), c, "community", pick(f.rng, W.PRAISE, (a, b)[j % 2]))
        slide(f, c, 7 + i % 2, 3 + i % 3, COMPS[i % 2], [a, b])
    for i in range(3):
        a, b = pair(i + 5)
        c = f.person("happy_one_bad_day", "one bad day", lang=a, tolerated=SIL)
        c.truth.update(languages=[a, b], bad_day_language=b)
        happy_days(f, c, 3, [0, 1, 2, 10, 11, 12])
        t = f.at(6, 9, 18)
        text = (
            (W.LONG_OPEN[b] + problem_text(b, PROBS[i]) + W.LONG_CLOSE[b])
            if i == 0
            else problem_text(b, PROBS[i])
        )
        c.truth["bad_day_event_id"] = f.add(
            t,
            c,
            "chat" if i == 2 else "email",
            text,
            subject=W.SUBJ_COMPLAINT[b] if i < 2 else None,
        )
        ref = case(f)
        f.add(
            t + timedelta(minutes=20),
            c,
            "chat" if i == 2 else "email",
            fmt(W.CASE_OPENED[b], c=ref),
            out=True,
        )
    for i in range(2):
        a, b = pair(i + 7)
        c = f.person("resolved_between_contacts", "fixed", lang=a, tolerated=SIL)
        c.truth.update(languages=[a, b], problems=[fixed_run(f, c, PROBS[i], 3, b)])


def fam_b2b(f: Fam) -> None:
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    langs = [
        "de",
        "en",
        "de",
        "es",
        "fr",
        "de",
        "it",
        "pt",
        "en",
        "de",
        "es",
        "fr",
        "de",
        "en",
        "pt",
    ]
    probs = ["invoice", "portal", "overbilled", "invoice", "portal"]
    for n, (kind, lang) in enumerate(zip(kinds, langs, strict=True)):
        acc = f"PVB-{W.MARKET[lang][0]}-{4100 + n}"
        size = [4, 4, 5, 5, 4][n] if kind == "at_risk" else 3 if kind != "mild" else 4
        if kind == "happy":
            size = 4
        contacts = [f.person("b2b_happy", "contact", lang=lang, account=acc) for _ in range(size)]
        unhappy: list[Cust] = []
        for c in contacts:
            c.truth["company"] = f"Kontor {n + 1}"
            for d in f.rng.sample([0, 1], f.rng.randint(0, 2)):
                t = f.at(d, 8, 16.5)
                f.add(t, c, "chat", W.B2B_Q[lang])
                f.add(
                    t + timedelta(minutes=f.rng.randint(1, 6)),
                    c,
                    "chat",
                    W.ANSWER[lang][0],
                    out=True,
                )
        if kind == "happy" or kind == "one_unhappy":
            for c in contacts[1:]:
                happy_act(f, c, f.at(f.rng.randint(2, 11), 8, 16))
                if f.rng.random() < 0.5:
                    f.add(
                        f.at(f.rng.randint(2, 11), 9, 16),
                        c,
                        "survey",
                        "",
                        scores={"nps": f.rng.choice([9, 10]), "csat": None, "ces": None},
                        attrs={"survey": "nps"},
                    )
        acct: dict[str, Any] = {
            "company": f"Kontor {n + 1}",
            "kind": kind,
            "contacts": size,
            "contact_keys": [c.key for c in contacts],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "language": lang,
            "country": W.MARKET[lang][0],
            "same_problem": None,
            "trouble_starts_at": None,
        }
        if kind == "at_risk":
            prob = probs[n]
            ref = case(f)
            nun = 3 if n < 3 else 4
            t = f.start + timedelta(days=2, hours=f.rng.uniform(8, 12))
            acct["trouble_starts_at"] = row_time(t)
            for k, c in enumerate(contacts[:nun]):
                last = k == nun - 1
                c.truth.update(
                    persona="b2b_unhappy",
                    habit="complainer",
                    role="complainer",
                    expected_rules=["detractor"] if not last else ["repeat_contact"],
                    tolerated_rules=[
                        "sentiment_drop",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "silence",
                        "account_risk",
                    ],
                    problem=prob,
                    booking=ref,
                )
                text = (
                    (W.B2B_LATER[lang].format(first=contacts[0].name.split()[0]) if k else "")
                    + W.B2B_PROBLEM[lang][prob]
                    + f" ({ref})"
                )
                e = f.add(t, c, "email", text, subject=f"{W.SUBJ_COMPLAINT[lang]} {ref}")
                c.truth["complaint_event_ids"] = [e]
                if k == 0:
                    f.add(
                        t + timedelta(minutes=40),
                        c,
                        "email",
                        fmt(W.CASE_OPENED[lang], c=ref),
                        out=True,
                    )
                if not last:
                    f.add(
                        t + timedelta(hours=f.rng.uniform(1, 3)),
                        c,
                        "survey",
                        "",
                        scores={"nps": f.rng.randint(1, 5), "csat": None, "ces": None},
                        attrs={"survey": "nps"},
                    )
                else:
                    t2 = t + timedelta(hours=f.rng.uniform(18, 30))
                    t2 = t2 if t2.weekday() < 5 else t2 + timedelta(days=7 - t2.weekday())
                    t2 = t2.replace(hour=min(max(t2.hour, 8), 16))
                    ch = "email" if n == 0 else "phone"
                    c.truth["complaint_event_ids"].append(
                        f.add(t2, c, ch, fmt(W.B2B_LAST[lang], c=ref, comp=COMPS[n % 2]))
                    )
                t = t + timedelta(hours=f.rng.uniform(8, 28))
                t = t if t.weekday() < 5 else t + timedelta(days=7 - t.weekday())
                t = t.replace(hour=min(max(t.hour, 8), 16))
                unhappy.append(c)
            acct["same_problem"] = prob
        elif kind == "one_unhappy":
            c = contacts[0]
            ref = case(f)
            c.truth.update(
                persona="b2b_one_unhappy",
                habit="complainer",
                role="complainer",
                expected_rules=["detractor"],
                tolerated_rules=["sentiment_drop", "high_value_at_risk", "silence"],
            )
            t = f.at(3 + n % 5, 9, 15)
            f.add(
                t,
                c,
                "email",
                W.B2B_PROBLEM[lang][probs[n % 3]] + f" ({ref})",
                subject=f"{W.SUBJ_COMPLAINT[lang]} {ref}",
            )
            f.add(t + timedelta(minutes=30), c, "email", fmt(W.CASE_OPENED[lang], c=ref), out=True)
            f.add(
                t + timedelta(hours=2),
                c,
                "survey",
                "",
                scores={"nps": f.rng.randint(1, 5), "csat": None, "ces": None},
                attrs={"survey": "nps"},
            )
            unhappy.append(c)
        elif kind == "mild":
            for c in contacts[:2]:
                c.truth.update(
                    persona="b2b_mild",
                    habit="suggests",
                    role="suggests",
                    tolerated_rules=["silence"],
                )
                t = f.at(f.rng.randint(2, 10), 9, 15)
                c.truth["mild_event_id"] = f.add(
                    t, c, "web", W.B2B_MILD[lang], kind="ticket", attrs={"page": "/portal/feedback"}
                )
                f.add(
                    t + timedelta(minutes=45),
                    c,
                    "email",
                    fmt(W.CASE_OPENED[lang], c=case(f)),
                    out=True,
                )
        have = {r[2].key for r in f.rows}
        for c in contacts:
            if c.key not in have:
                t = f.at(f.rng.randint(7, 11), 8, 16)
                f.add(t, c, "chat", W.B2B_Q[lang])
                f.add(
                    t + timedelta(minutes=f.rng.randint(1, 6)),
                    c,
                    "chat",
                    W.ANSWER[lang][0],
                    out=True,
                )
        acct.update(unhappy_contacts=len(unhappy), unhappy_contact_keys=[c.key for c in unhappy])
        f.accounts[acc] = acct


def fam_spike(f: Fam) -> None:
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in f.rng.sample(range(6), f.rng.randint(1, 4)):
            happy_act(f, c, f.at(d, 12 if d == 5 else 7, 19))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=SIL)
        t = f.at(0, 9, 16)
        c.truth["grumble_event_id"] = f.add(t, c, "chat", W.SLOW_GRUMBLE[c.lang])
        f.add(t + timedelta(minutes=3), c, "chat", W.ANSWER[c.lang][0], out=True)
    for lang, h in (("es", 9.6), ("de", 16.1)):
        c = f.person("grumbles_once", "lone question", lang=lang, tolerated=SIL)
        t = f.start + timedelta(days=4, hours=h)
        c.truth["lone_report_event_id"] = f.add(t, c, "chat", W.LONE_Q[lang])
        f.add(t + timedelta(minutes=4), c, "chat", W.LONE_A[lang], out=True)
    s0 = f.start + timedelta(days=5, hours=8, minutes=5)
    langs = ["de"] * 6 + ["en"] * 6 + ["fr", "fr", "it", "it", "pt", "pt", "es", "es"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    offs = sorted([0, 45, *f.rng.sample(range(1, 45), 18)])
    keys, ids, reps = [], [], []
    for i, (lang, ch, off) in enumerate(zip(langs, chans, offs, strict=True)):
        again = i < 12 and i % 2 == 0
        c = f.person(
            "spike_repeater" if again else "spike_reporter",
            "regular" if i % 3 else "new",
            lang=lang,
            expected=["topic_spike", "repeat_contact"] if again else ["topic_spike"],
            tolerated=["silence", "sentiment_drop"] if again else SIL,
        )
        if i % 3:
            happy_act(f, c, f.at(2, 8, 17.5))
        t = s0 + timedelta(minutes=off)
        text = f.rng.choice(W.SPIKE[lang])
        e = f.add(
            t,
            c,
            ch,
            text,
            kind="ticket" if ch == "web" else None,
            subject="CRM-608" if ch == "email" else None,
        )
        keys.append(c.key)
        ids.append(e)
        c.truth.update(
            in_spike=True, spike_event_id=e, spike_channel=ch, trouble_starts_at=row_time(t)
        )
        if ch == "chat":
            f.add(t + timedelta(minutes=2), c, "chat", W.SPIKE_CHAT[lang], out=True)
        if again:
            ch2 = "email" if ch != "email" else "chat"
            r = f.add(
                t + timedelta(minutes=f.rng.randint(10, 50)),
                c,
                ch2,
                W.SPIKE_AGAIN[lang],
                subject="CRM-608" if ch2 == "email" else None,
            )
            reps.append(r)
            c.truth["repeat_event_id"] = r
        elif i % 4 == 1:
            f.add(
                s0 + timedelta(hours=3, minutes=f.rng.randint(0, 9)),
                c,
                "email",
                W.SPIKE_FIXED[lang],
                out=True,
                subject="CRM-608",
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "rented espresso machines locked after an overnight firmware update, no coffee can be made, error CRM-608",
        "about": "the planted incident",
        "channel": None,
        "start": row_time(s0),
        "end": row_time(s0 + timedelta(minutes=45)),
        "customers": len(keys),
        "customer_keys": keys,
        "event_ids": ids,
        "repeat_event_ids": reps,
    }


FAMILIES = [
    ("happy_writers", "HW", datetime(2026, 3, 16, tzinfo=UTC), 10, fam_happy),
    ("one_bad_day", "BD", datetime(2026, 4, 13, tzinfo=UTC), 12, fam_bad_day),
    ("repeat_contacts", "RC", datetime(2026, 5, 25, tzinfo=UTC), 10, fam_repeat),
    ("slow_churners", "SC", datetime(2026, 6, 29, tzinfo=UTC), 32, fam_slow),
    ("quiet_hours", "QH", datetime(2026, 8, 21, tzinfo=UTC), 3, fam_quiet),
    ("bilingual", "BL", datetime(2026, 9, 14, tzinfo=UTC), 14, fam_bilingual),
    ("b2b_accounts", "BB", datetime(2026, 10, 5, tzinfo=UTC), 14, fam_b2b),
    ("topic_spike", "TS", datetime(2026, 11, 2, tzinfo=UTC), 7, fam_spike),
]


def finish(f: Fam) -> None:
    f.rows.sort(key=lambda r: (r[0], r[1]))
    seen: set[str] = set()
    lines = []
    for t, _n, c, row in f.rows:
        ids = c.truth["identifiers"]
        if row["direction"] == "outbound" or c.key not in seen:
            ref = {k: v for k, v in ids.items() if v}
        else:
            ch = row["channel"]
            if ch == "email":
                ref = {"email": c.email}
            elif ch == "phone":
                ref = {"phone": c.phone}
            elif ch in ("social", "community"):
                ref = {"handle": c.handle} if c.handle else {"email": c.email}
            else:
                ref = {"customer_id": c.key}
            if c.account:
                ref["account_id"] = c.account
        if row["direction"] == "inbound":
            seen.add(c.key)
        out = {
            "event_id": row["event_id"],
            "occurred_at": row_time(t),
            "channel": row["channel"],
            "kind": row["kind"],
            "direction": row["direction"],
            "customer": ref,
        }
        out.update({k: row[k] for k in ("text", "subject", "scores", "source", "attributes")})
        if not out["text"]:
            out["text"] = None
        lines.append(json.dumps(out, ensure_ascii=False, sort_keys=True))
    last = f.rows[-1][0] + timedelta(hours=1)
    end = max(f.start + timedelta(days=f.days), last)
    assert end < datetime(2026, 11, 15, tzinfo=UTC)
    expected: dict[str, int] = {}
    for c in f.custs:
        assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]), c.key
        for rule in c.truth["expected_rules"]:
            if rule != "topic_spike":
                expected[rule] = expected.get(rule, 0) + 1
    for a in f.accounts.values():
        for rule in a["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    if f.spike:
        expected["topic_spike"] = 1
    truth = {
        "config": {
            "family": f.name,
            "business": "Pulvera (coffee subscriptions, espresso-machine rental, office coffee on account)",
            "days": f.days,
            "seed": SEED,
            "written": "blind",
            "expected": expected,
        },
        "start": row_time(f.start),
        "end": row_time(end),
        "customers": {c.key: c.truth for c in f.custs},
        "accounts": f.accounts,
        "spike": f.spike,
        "journey": {},
        "expectations": {},
    }
    (HERE / f"{f.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (HERE / f"{f.name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )


def main() -> None:
    for n, (name, code, start, days, build) in enumerate(FAMILIES, 1):
        f = Fam(
            name,
            code,
            start,
            days,
            random.Random(SEED * 100 + n),
            random.Random(SEED * 100 + 50 + n),
        )
        build(f)
        finish(f)
        print(name, len(f.custs), len(f.rows))


if __name__ == "__main__":
    main()
