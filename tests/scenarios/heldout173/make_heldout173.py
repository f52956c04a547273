# ruff: noqa: E501
"""Build heldout173 (Kraxora, bouldering gyms): every <family>.jsonl and .truth.json. Report only."""

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

SEED = 20261206
CODE = "WVR-" + "286"
LANGS = ["en", "fr", "de", "it", "pt", "es"]
WEIGHTS = [30, 30, 10, 10, 10, 10]
MARKETS = {
    "en": ["UK", "UK", "IE"],
    "fr": ["FR", "FR", "BE", "CH", "LU"],
    "de": ["DE", "DE", "AT", "CH"],
    "it": ["IT", "IT", "CH"],
    "pt": ["PT"],
    "es": ["ES"],
}
FIRST = {
    "en": ["Olivia", "Jack", "Amelia", "Harry", "Siobhan", "Liam", "Priya", "Tom"],
    "fr": ["Camille", "Lucas", "Manon", "Hugo", "Léa", "Théo", "Chloé", "Nathan"],
    "de": ["Lena", "Jonas", "Mia", "Felix"],
    "it": ["Giulia", "Marco", "Sara", "Luca"],
    "pt": ["Inês", "Tiago", "Beatriz", "Rui"],
    "es": ["Lucía", "Pablo", "Marta", "Diego"],
}
LAST = {
    "en": ["Walsh", "Patel", "Hughes", "Byrne", "Carter", "Moss"],
    "fr": ["Martin", "Girard", "Lefèvre", "Roux", "Fabre", "Dubois"],
    "de": ["Köhler", "Brandt", "Weber", "Seidel"],
    "it": ["Ferri", "Conti", "Galli", "Rinaldi"],
    "pt": ["Sousa", "Lopes", "Pinto", "Matos"],
    "es": ["Navarro", "Ruiz", "Ortega", "Gil"],
}
PHONE = {
    "UK": ("+447", 9),
    "IE": ("+3538", 8),
    "FR": ("+336", 8),
    "BE": ("+324", 8),
    "CH": ("+417", 8),
    "LU": ("+3526", 8),
    "DE": ("+4915", 9),
    "AT": ("+43664", 7),
    "IT": ("+393", 9),
    "PT": ("+3519", 8),
    "ES": ("+346", 8),
}
AGENTS = ["Maud (Kraxora)", "Dev (Kraxora)", "Nora (Kraxora)", "Ruben (Kraxora)"]
COMPS = ["Griffpunkt", "Escalume"]
SPARE = ["customer_id", "email", "phone", "handle", "account_id"]


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
    gym: str
    truth: dict[str, Any] = field(default_factory=dict)


@dataclass
class Fam:
    name: str
    code: str
    start: datetime
    days: int
    rng: random.Random
    rough: random.Random
    about: str
    rows: list[dict[str, Any]] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)
    n: int = 0
    cases: int = 0

    def at(self, day: float, lo: float, hi: float) -> datetime:
        h = self.rng.uniform(lo, hi)
        return self.start + timedelta(days=int(day), hours=h)

    def case(self) -> str:
        self.cases += 1
        return f"KX-{self.code.upper()}{self.rng.randint(1000, 9999)}{self.cases:02d}"

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        account: str | None = None,
        market: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
    ) -> Cust:
        rng = self.rng
        lang = lang or rng.choices(LANGS, WEIGHTS)[0]
        market = market or rng.choice(MARKETS[lang])
        while True:
            first, last = rng.choice(FIRST[lang]), rng.choice(LAST[lang])
            slug = strip(f"{first}.{last}").lower().replace(" ", "") + str(rng.randint(2, 99))
            if slug not in self.used:
                self.used.add(slug)
                break
        n = len(self.custs) + 1
        key = f"KX{self.code.upper()}{n:04d}"
        pre, digits = PHONE[market]
        phone = pre + "".join(str(rng.randint(0, 9)) for _ in range(digits))
        dom = (
            "kraxteam-" + account.lower().replace("-", "") + ".example"
            if account
            else rng.choice(["mailo.example", "posteo.example", "webpost.example"])
        )
        handle = None if account or rng.random() < 0.25 else "@" + slug.replace(".", "_")
        c = Cust(
            key,
            lang,
            market,
            f"{first} {last}",
            f"{slug}@{dom}",
            phone,
            handle,
            account,
            rng.choice(W.GYMS[market]),
        )
        c.truth = {
            "identifiers": {
                "customer_id": key,
                "email": c.email,
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
            "town": c.gym,
        }
        self.custs[key] = c
        return c

    def say(self, table: dict[str, list[str]], c: Cust, **kw: str) -> str:
        options = table.get(c.lang) or table["en"]
        values = {
            "gym": c.gym,
            "name": c.name.split()[0],
            "agent": self.rng.choice(AGENTS),
            "case": "",
            "comp": self.rng.choice(COMPS),
            "code": CODE,
            "problem_short": "",
            "first": "",
            "day": "",
        }
        values.update(kw)
        return self.rng.choice(options).format_map(values)

    def add(
        self,
        t: datetime,
        c: Cust,
        channel: str,
        kind: str,
        text: str | None = None,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.n += 1
        eid = f"h173-{self.code}-{self.n:05d}"
        if text and not out and channel not in ("phone", "survey"):
            text = roughen(text, self.rough)
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(AGENTS)
        a.update(attrs or {})
        self.rows.append(
            {
                "event_id": eid,
                "occurred_at": t,
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "cust": c,
                "text": text,
                "subject": subject,
                "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
                "source": "kraxora-" + channel,
                "attributes": a,
            }
        )
        return eid


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
        ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn" or ch == "̃"
    )


def roughen(text: str, rng: random.Random) -> str:
    if rng.random() < 0.1:
        text = unicodedata.normalize("NFC", strip(text))
    if rng.random() < 0.13 and text[:1].isupper():
        text = text[:1].lower() + text[1:]
    if rng.random() < 1 / 7:
        words = [
            i for i, w in enumerate(text.split(" ")) if w.isalpha() and w.islower() and len(w) > 4
        ]
        if words:
            parts = text.split(" ")
            i = rng.choice(words)
            w = parts[i]
            j = rng.randint(1, len(w) - 3)
            parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            text = " ".join(parts)
    return text


def reply(f: Fam, t: datetime, c: Cust, channel: str, text: str) -> str:
    return f.add(t, c, channel, "chat" if channel == "chat" else "message", text, out=True)


def happy_act(f: Fam, c: Cust, t: datetime) -> None:
    r = f.rng.random()
    if r < 0.25:
        f.add(
            t,
            c,
            f.rng.choice(["social", "community"]),
            "post" if f.rng.random() < 0.5 else "mention",
            f.say(f.rng.choice([W.PRAISE, W.PRAISE, W.GRIPE_PRAISE]), c),
        )
    elif r < 0.5:
        ch = f.rng.choice(["chat", "email"])
        f.add(t, c, ch, "chat" if ch == "chat" else "message", f.say(W.QUESTION, c))
        t2 = t + timedelta(minutes=f.rng.randint(2, 40))
        reply(f, t2, c, ch, f.say(W.ANSWER, c))
        if f.rng.random() < 0.6:
            f.add(
                t2 + timedelta(minutes=f.rng.randint(1, 20)),
                c,
                ch,
                "chat" if ch == "chat" else "message",
                f.say(W.THANKS, c),
            )
    elif r < 0.75:
        f.add(t, c, "web", "page_view", attrs={"page": "/passes"})
        price = f.rng.choice(["14.00", "89.00", "39.00"])
        f.add(
            t + timedelta(minutes=f.rng.randint(2, 15)),
            c,
            "web",
            "purchase",
            attrs={
                "order_value": price,
                "currency": "GBP"
                if c.market in ("UK",)
                else ("CHF" if c.market == "CH" else "EUR"),
                "product": f.rng.choice(["Day pass", "10-visit card", "Intro course"]),
                "page": "/checkout",
            },
        )
    elif r < 0.88:
        f.add(t, c, "web", "review", f.say(W.REVIEW, c), attrs={"rating": "5", "page": "/reviews"})
    else:
        f.add(
            t,
            c,
            "survey",
            "survey_response",
            f.say(W.SURVEY_WORD, c) or None,
            scores=f.rng.choice(
                [
                    {"nps": f.rng.randint(9, 10)},
                    {"csat": f.rng.randint(4, 5)},
                    {"ces": f.rng.randint(6, 7)},
                ]
            ),
            attrs={"survey": "nps"},
        )


def happy_days(
    f: Fam, c: Cust, n: int, lo: int, hi: int, h0: float = 7.0, h1: float = 20.0
) -> None:
    for d in f.rng.sample(range(lo, hi), min(n, hi - lo)):
        happy_act(f, c, f.at(d, h0, h1))


def day_hours(t: datetime) -> datetime:
    if t.hour >= 22 or t.hour < 7:
        base = t if t.hour < 7 else t + timedelta(days=1)
        return base.replace(hour=8, minute=t.minute % 60)
    return t


PROBLEMS = ["double_charge", "refund", "no_entry", "wrong_price", "cancel_fee", "injury_mat"]
QUIET = ["silence"]
REPEAT_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]


def problem_text(f: Fam, c: Cust, p: str) -> str:
    return f.say(W.PROBLEM[p], c)


def short(c: Cust, p: str) -> str:
    return str(W.SHORT[c.lang][p])


def complaint(f: Fam, c: Cust, t: datetime, p: str, ch: str, long: bool = False) -> str:
    if ch == "phone":
        return f.add(t, c, "phone", "call", f.say(W.CALL, c, problem_short=short(c, p)))
    if long:
        return f.add(
            t,
            c,
            "email",
            "message",
            f.say(W.LONG, c, problem_short=short(c, p)),
            subject="Complaint" if c.lang == "en" else "Réclamation",
        )
    kind = {
        "email": "message",
        "chat": "chat",
        "social": "mention",
        "web": "ticket",
        "community": "post",
    }[ch]
    return f.add(
        t,
        c,
        ch,
        kind,
        problem_text(f, c, p),
        attrs={"page": "/help/contact"} if ch == "web" else None,
    )


def repeat_story(f: Fam, c: Cust, day: int, contacts: int, chans: list[str]) -> None:
    p = f.rng.choice(PROBLEMS)
    case = f.case()
    t = f.at(day, 8, 19)
    ids = [complaint(f, c, t, p, chans[0])]
    lead = contacts >= 3
    reply(
        f,
        t + timedelta(minutes=f.rng.randint(90, 150) if lead else f.rng.randint(10, 40)),
        c,
        "chat" if chans[0] == "chat" else "email",
        f.say(W.QUALITY_LEAD if lead else W.CASE_OPENED, c, case=case),
    )
    for k in range(1, contacts):
        t = day_hours(t + timedelta(hours=f.rng.uniform(4, 40)))
        table = W.THIRD if k == 2 else (W.FOURTH if k == 3 else W.STILL_OPEN)
        ch = chans[k]
        txt = f.say(table, c, case=case, problem_short=short(c, p).capitalize())
        if ch == "phone":
            txt = txt.lower().replace(".", "").replace(",", "").replace(":", "")
        ids.append(
            f.add(
                t,
                c,
                ch,
                {
                    "email": "message",
                    "chat": "chat",
                    "phone": "call",
                    "web": "ticket",
                    "social": "mention",
                }[ch],
                txt,
                attrs={"page": "/help/contact"} if ch == "web" else None,
            )
        )
    c.truth.update(
        problem=p,
        booking=case,
        contacts=contacts,
        channels=chans[:contacts],
        problem_event_ids=ids,
        agent_passed_on=lead,
    )


def fixed_story(f: Fam, c: Cust, day: int, ch: str) -> dict[str, Any]:
    p = f.rng.choice(PROBLEMS)
    case = f.case()
    t = f.at(day, 8, 18)
    e = complaint(f, c, t, p, ch)
    reply(
        f,
        t + timedelta(minutes=f.rng.randint(10, 40)),
        c,
        "email",
        f.say(W.CASE_OPENED, c, case=case),
    )
    t2 = day_hours(t + timedelta(hours=f.rng.uniform(3, 20)))
    reply(f, t2, c, "email", f.say(W.GOOD_NEWS, c, case=case))
    t3 = day_hours(t2 + timedelta(hours=f.rng.uniform(8, 30)))
    cch = f.rng.choice(["email", "chat"])
    e2 = f.add(t3, c, cch, "message" if cch == "email" else "chat", f.say(W.CONFIRM, c, case=case))
    return {
        "problem": p,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(t2),
        "confirmed_at": iso(t3),
        "problem_event_ids": [e],
        "confirm_event_id": e2,
        "channel": ch,
        "confirm_channel": cch,
    }


def slide(f: Fam, c: Cust, day: int, span: int, nps: bool) -> None:
    t = f.at(day, 9, 18)
    ids = []
    steps = W.SLIDE.get(c.lang) or W.SLIDE["en"]
    comp = f.rng.choice(COMPS)
    for k, s in enumerate(steps):
        ch = f.rng.choice(["social", "community", "web"])
        txt = s.format_map({"gym": c.gym, "comp": comp})
        if ch == "web":
            ids.append(
                f.add(
                    t,
                    c,
                    "web",
                    "review",
                    roughen(txt, f.rough),
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"},
                )
            )
        else:
            ids.append(f.add(t, c, ch, "post", txt))
        if k == 3 and nps:
            e = f.add(
                day_hours(t + timedelta(hours=f.rng.uniform(2.5, 3.5))),
                c,
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth.update(nps_given=True, survey_event_id=e)
        t = day_hours(t + timedelta(hours=max(1.0, span * 24 / 6 * f.rng.uniform(0.7, 1.2))))
    c.truth.update(
        slide_event_ids=ids,
        slide_days=span,
        competitor=comp,
        trouble_starts_at=iso(f.rows[-6]["occurred_at"]),
    )


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def happy_writers(f: Fam) -> None:
    for _ in range(16):
        c = f.person("happy", "day writer")
        happy_days(f, c, f.rng.randint(5, 8), 0, 10, 7, 19)
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in f.rng.sample(range(0, 9), f.rng.randint(2, 4)):
            t = f.at(d, 22.2, 28.5)
            if f.rng.random() < 0.5:
                f.add(t, c, "social", "post", f.say(W.NIGHT, c))
            else:
                f.add(t, c, "chat", "chat", f.say(W.NIGHT_Q, c))
                reply(f, t + timedelta(minutes=3), c, "chat", f.say(W.ANSWER, c))
                f.add(t + timedelta(minutes=6), c, "chat", "chat", f.say(W.THANKS, c))
        happy_days(f, c, 3, 0, 10, 9, 18)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in f.rng.sample(range(10), f.rng.randint(3, 6)):
            f.add(
                f.at(d, 8, 20),
                c,
                "survey",
                "survey_response",
                f.say(W.SURVEY_WORD, c) or None,
                scores=f.rng.choice(
                    [
                        {"nps": f.rng.randint(9, 10)},
                        {"csat": f.rng.randint(4, 5)},
                        {"ces": f.rng.randint(6, 7)},
                    ]
                ),
                attrs={"survey": "nps"},
            )


def one_bad_day(f: Fam) -> None:
    chans = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    with_case = [i for i, ch in enumerate(chans) if ch != "social"]
    det = set(f.rng.sample(with_case, 6))
    csat = set(f.rng.sample([i for i in with_case if i not in det], 5))
    good = set(f.rng.sample(with_case, 12))
    for i, ch in enumerate(chans):
        lang = f.rng.choice(["en", "fr"]) if ch == "long" else None
        c = f.person(
            "bad_day_detractor" if i in det else "happy_one_bad_day",
            "one bad day",
            lang=lang,
            expected=["detractor"] if i in det else [],
            tolerated=QUIET,
        )
        bd = f.rng.randint(2, 9)
        happy_days(f, c, f.rng.randint(1, 5), 0, bd - 1)
        p = PROBLEMS[i % 6]
        t = f.at(bd, 8, 20)
        e = complaint(f, c, t, p, "email" if ch == "long" else ch, long=ch == "long")
        c.truth.update(
            problem=p,
            bad_day_at=iso(t),
            bad_day_event_id=e,
            long_email=ch == "long",
            trouble_starts_at=iso(t),
            channel=ch,
        )
        if ch != "social":
            case = f.case()
            c.truth["booking"] = case
            reply(
                f,
                t + timedelta(minutes=f.rng.randint(10, 40)),
                c,
                "chat" if ch == "chat" else "email",
                f.say(W.CASE_OPENED, c, case=case),
            )
            if i in det:
                c.truth.update(
                    nps_given=True,
                    survey_event_id=f.add(
                        t + timedelta(minutes=f.rng.randint(100, 140)),
                        c,
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": f.rng.randint(1, 5)},
                        attrs={"survey": "nps"},
                    ),
                )
            elif i in csat:
                c.truth.update(
                    csat_given=True,
                    survey_event_id=f.add(
                        t + timedelta(minutes=f.rng.randint(40, 80)),
                        c,
                        "survey",
                        "survey_response",
                        f.rng.choice(["nul", "bad", None]),
                        scores={"csat": f.rng.randint(1, 2)},
                        attrs={"survey": "csat"},
                    ),
                )
            if i in good:
                reply(
                    f,
                    day_hours(t + timedelta(hours=f.rng.uniform(1, 4))),
                    c,
                    "email",
                    f.say(W.GOOD_NEWS, c, case=case),
                )
                c.truth["agent_fixed"] = True
        else:
            c.truth["booking"] = None
        if i % 5 == 0:
            ta = day_hours(t + timedelta(hours=f.rng.uniform(16, 24)))
            c.truth.update(
                apologised=True,
                apology_at=iso(ta),
                apology_event_id=f.add(ta, c, "chat", "chat", f.say(W.APOLOGY, c)),
            )
        happy_days(f, c, f.rng.randint(0, 2), min(bd + 3, 11), 12)
    for _ in range(8):
        c = f.person("happy", "control")
        happy_days(f, c, f.rng.randint(4, 7), 0, 12)


def repeat_contacts(f: Fam) -> None:
    first = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    counts = [2] * 4 + [3] * 4 + [4] * 4
    f.rng.shuffle(counts)
    for i in range(12):
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=REPEAT_TOL)
        happy_days(f, c, f.rng.randint(1, 3), 0, 1, 7, 12)
        others = [x for x in ["email", "chat", "phone", "web", "social"] if x != first[i]]
        f.rng.shuffle(others)
        repeat_story(f, c, f.rng.randint(1, 4), counts[i], [first[i], *others])
        c.truth["trouble_starts_at"] = iso(
            f.rows[[r["event_id"] for r in f.rows].index(c.truth["problem_event_ids"][0])][
                "occurred_at"
            ]
        )
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=QUIET)
        happy_days(f, c, 2, 0, 2)
        c.truth["problems"] = [
            fixed_story(f, c, f.rng.randint(2, 5), f.rng.choice(["web", "email", "chat"]))
        ]
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=QUIET)
        d = f.rng.randint(1, 3)
        c.truth["problems"] = [
            fixed_story(f, c, d, "web"),
            fixed_story(f, c, d + f.rng.randint(4, 5), "email"),
        ]
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        for d in f.rng.sample(range(10), f.rng.randint(5, 8)):
            t = f.at(d, 8, 19)
            ch = f.rng.choice(["chat", "email", "phone"])
            if ch == "phone":
                f.add(
                    t,
                    c,
                    "phone",
                    "call",
                    "hi just a quick one can i bring a friend on my plus card on sunday",
                )
                reply(f, t + timedelta(minutes=20), c, "email", f.say(W.ANSWER, c))
            else:
                f.add(t, c, ch, "chat" if ch == "chat" else "message", f.say(W.QUESTION, c))
                reply(f, t + timedelta(minutes=f.rng.randint(2, 30)), c, ch, f.say(W.ANSWER, c))


def slow_churners(f: Fam) -> None:
    spans = [3] + [5] * 5 + [9] * 4
    nps = set(f.rng.sample(range(10), 5))
    for i in range(10):
        c = f.person(
            "slow_churner",
            "slides",
            expected=["sentiment_drop"] + (["detractor"] if i in nps else []),
            tolerated=[
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
        for d in f.rng.sample(range(11), f.rng.randint(4, 5)):
            f.add(
                f.at(d, 8, 20), c, f.rng.choice(["social", "community"]), "post", f.say(W.PRAISE, c)
            )
        happy_days(f, c, f.rng.randint(2, 4), 0, 11)
        slide(f, c, f.rng.randint(12, 16), spans[i], i in nps)
    for _ in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            expected=["churn_intent"],
            tolerated=["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        happy_days(f, c, f.rng.randint(4, 6), 0, 16)
        t = f.at(f.rng.randint(17, 23), 8, 19)
        e = f.add(
            t,
            c,
            "email",
            "message",
            f.say(W.CHURN, c),
            subject="Cancel Kraxora Plus" if c.lang == "en" else "Résiliation",
        )
        reply(
            f, day_hours(t + timedelta(hours=f.rng.uniform(1, 5))), c, "email", f.say(W.SORRY_GO, c)
        )
        tc = t + timedelta(hours=f.rng.uniform(20, 30))
        ec = f.add(
            tc,
            c,
            "web",
            "cancellation",
            attrs={"page": "/account/cancel", "product": "Kraxora Plus"},
        )
        c.truth.update(
            churn_intent_event_id=e,
            cancellation_event_id=ec,
            churn_at=iso(tc),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        happy_days(f, c, f.rng.randint(6, 10), 0, 32)
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        t = f.at(f.rng.randint(0, 4), 8, 20)
        ids = []
        for _k in range(f.rng.randint(5, 7)):
            ch = f.rng.choice(["social", "community", "web"])
            ids.append(
                f.add(
                    t,
                    c,
                    ch,
                    "review" if ch == "web" else "post",
                    f.say(W.GRUMBLE, c),
                    attrs={"rating": "3", "page": "/reviews"} if ch == "web" else None,
                )
            )
            t = day_hours(t + timedelta(days=f.rng.randint(1, 3), hours=f.rng.uniform(-2, 2)))
        c.truth.update(
            grumble_event_ids=ids, trouble_starts_at=iso(f.rows[-len(ids)]["occurred_at"])
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=QUIET)
        happy_days(f, c, f.rng.randint(4, 6), 0, 32)
        c.truth["sarcasm_event_id"] = f.add(
            f.at(f.rng.randint(17, 28), 9, 20), c, "social", "post", f.say(W.SARCASM, c)
        )


def quiet_hours(f: Fam) -> None:
    for _ in range(16):
        c = f.person("happy", "day writer")
        happy_days(f, c, f.rng.randint(1, 3), 0, 3, 7, 17.5)
    for _ in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=QUIET)
        t = f.at(f.rng.randint(0, 2), 9, 16)
        f.add(t, c, "web", "page_view", attrs={"page": "/gyms"})
        ch = f.rng.choice(["chat", "web"])
        e = f.add(
            t + timedelta(minutes=f.rng.randint(20, 30)),
            c,
            ch,
            "chat" if ch == "chat" else "ticket",
            f.say(W.GRUMBLE, c),
            attrs={"page": "/help"} if ch == "web" else None,
        )
        reply(
            f, t + timedelta(minutes=35), c, "chat" if ch == "chat" else "email", f.say(W.ANSWER, c)
        )
        c.truth.update(grumble_event_id=e, trouble_starts_at=iso(t))
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=f.rng.randint(40, 65))
        for b, off in enumerate([0, f.rng.randint(28, 33), f.rng.randint(55, 65)]):
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                t = b0 + timedelta(minutes=off + f.rng.uniform(0, 10))
                if f.rng.random() < 0.5:
                    e = f.add(t, c, "social", "post", f.say(W.NIGHT, c))
                else:
                    e = f.add(t, c, "chat", "chat", f.say(W.NIGHT_Q, c))
                    reply(f, t + timedelta(minutes=4), c, "chat", f.say(W.ANSWER, c))
                    f.add(t + timedelta(minutes=8), c, "chat", "chat", f.say(W.THANKS, c))
                c.truth.update(burst_at=iso(b0 + timedelta(minutes=off)), night_event_id=e)
                if f.rng.random() < 0.5:
                    happy_act(f, c, f.at(f.rng.randint(0, 2), 9, 17.5))


PAIRS = [
    ("en", "fr"),
    ("fr", "en"),
    ("fr", "de"),
    ("en", "es"),
    ("fr", "it"),
    ("fr", "pt"),
    ("de", "en"),
    ("it", "fr"),
    ("pt", "en"),
    ("es", "fr"),
]


def bilingual(f: Fam) -> None:
    def pair(i: int, persona: str, habit: str, **kw: Any) -> tuple[Cust, str, str]:
        a, b = PAIRS[i % len(PAIRS)]
        c = f.person(persona, habit, lang=a, **kw)
        c.truth.update(languages=[a, b], job_second_language="works across the border")
        return c, a, b

    for i in range(12):
        c, a, b = pair(i, "happy", "alternates languages")
        for k, d in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            c.lang = [a, b][k % 2]
            happy_act(f, c, f.at(d, 8, 20))
        c.lang = a
    for i in range(5):
        c, a, b = pair(
            i + 3, "repeat_contact", "repeats", expected=["repeat_contact"], tolerated=REPEAT_TOL
        )
        happy_days(f, c, 2, 0, 2)
        n = [2, 2, 3, 3, 4][i]
        chans = ["web", "email", "chat", "phone"]
        p = f.rng.choice(PROBLEMS)
        case = f.case()
        t = f.at(f.rng.randint(2, 5), 8, 18)
        ids = []
        for k in range(n):
            c.lang = [a, b][k % 2]
            if k == 0:
                ids.append(complaint(f, c, t, p, "web"))
                reply(
                    f,
                    t + timedelta(minutes=30 if n < 3 else 120),
                    c,
                    "email",
                    f.say(W.CASE_OPENED if n < 3 else W.QUALITY_LEAD, c, case=case),
                )
            else:
                t = day_hours(t + timedelta(hours=f.rng.uniform(4, 40)))
                txt = f.say([W.STILL_OPEN, W.STILL_OPEN, W.THIRD, W.FOURTH][k], c, case=case)
                if chans[k] == "phone":
                    txt = txt.lower().replace(".", "").replace(",", "").replace(":", "")
                ids.append(
                    f.add(
                        t,
                        c,
                        chans[k],
                        {"email": "message", "chat": "chat", "phone": "call"}[chans[k]],
                        txt,
                    )
                )
        c.lang = a
        c.truth.update(
            problem=p,
            booking=case,
            contacts=n,
            problem_event_ids=ids,
            trouble_starts_at=iso(
                f.rows[[r["event_id"] for r in f.rows].index(ids[0])]["occurred_at"]
            ),
        )
    for i in range(5):
        c, a, b = pair(
            i + 5,
            "slow_churner",
            "slides",
            expected=["sentiment_drop"],
            tolerated=[
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
        for k, d in enumerate(range(0, 6)):
            if k < 5:
                c.lang = [a, b][k % 2]
                f.add(f.at(d, 9, 20), c, "social", "post", f.say(W.PRAISE, c))
        c.lang = b
        happy_days(f, c, 2, 0, 6)
        c.lang = a
        slide(f, c, f.rng.randint(7, 8), 4, False)
    for i in range(3):
        c, a, b = pair(i, "happy_one_bad_day", "one bad day", tolerated=QUIET)
        happy_days(f, c, 3, 0, 5)
        c.lang = b
        p = f.rng.choice(PROBLEMS)
        t = f.at(f.rng.randint(7, 9), 9, 18)
        e = complaint(f, c, t, p, ["email", "email", "chat"][i], long=i == 0 and b in W.LONG)
        case = f.case()
        reply(
            f,
            t + timedelta(minutes=25),
            c,
            "chat" if i == 2 else "email",
            f.say(W.CASE_OPENED, c, case=case),
        )
        c.lang = a
        c.truth.update(
            problem=p,
            booking=case,
            bad_day_at=iso(t),
            bad_day_event_id=e,
            bad_day_language=b,
            trouble_starts_at=iso(t),
        )
        happy_days(f, c, 2, 11, 14)
    for i in range(2):
        c, a, b = pair(i + 6, "resolved_between_contacts", "fixed", tolerated=QUIET)
        happy_days(f, c, 2, 0, 3)
        c.truth["problems"] = [fixed_story(f, c, f.rng.randint(4, 8), "web")]


DAYS = {
    "en": ["on Monday", "on Tuesday", "on Wednesday", "this morning"],
    "fr": ["lundi", "mardi", "mercredi", "ce matin"],
    "de": ["Montag", "Dienstag", "Mittwoch", "heute Morgen"],
}


def b2b_accounts(f: Fam) -> None:
    plan = [
        ("at_risk", 4, "invoice", "DE"),
        ("at_risk", 5, "portal", "FR"),
        ("at_risk", 6, "service_blocked", "UK"),
        ("at_risk", 5, "overbilled", "FR"),
        ("at_risk", 4, "invoice", "UK"),
    ]
    plan += [
        ("one_unhappy", 3, p, m)
        for p, m in [
            ("portal", "BE"),
            ("invoice", "IE"),
            ("overbilled", "FR"),
            ("service_blocked", "AT"),
        ]
    ]
    plan += [("mild", 4, "", "FR"), ("mild", 3, "", "UK"), ("mild", 4, "", "CH")]
    plan += [("happy", 4, "", "UK"), ("happy", 4, "", "FR"), ("happy", 3, "", "DE")]
    lang_of = {"DE": "de", "AT": "de", "FR": "fr", "BE": "fr", "CH": "fr", "UK": "en", "IE": "en"}
    sites = [
        "software",
        "hospital",
        "bank",
        "logistics",
        "agency",
        "school",
        "insurer",
        "retail",
        "lab",
        "council",
        "hotel",
        "law firm",
        "engineering",
        "studio",
        "brewery",
    ]
    for n, (kind, size, prob, mkt) in enumerate(plan):
        acc = f"KXT-{mkt}-{f.rng.randint(1000, 9999)}"
        lang = lang_of[mkt]
        comp = f.rng.choice(COMPS)
        complainers = (
            (3 if size == 4 and n != 4 else 4)
            if kind == "at_risk"
            else (1 if kind == "one_unhappy" else (2 if kind == "mild" else 0))
        )
        keys, bad = [], []
        case = f.case()
        t = f.start + timedelta(days=2, hours=f.rng.uniform(8, 11))
        first = ""
        for k in range(size):
            role = (
                "complainer"
                if k < complainers and kind in ("at_risk", "one_unhappy")
                else ("suggests" if k < complainers else "contact")
            )
            persona = (
                {
                    "at_risk": "b2b_unhappy",
                    "one_unhappy": "b2b_one_unhappy",
                    "mild": "b2b_mild",
                    "happy": "b2b_happy",
                }[kind]
                if role != "contact"
                else "b2b_happy"
            )
            last = kind == "at_risk" and k == complainers - 1
            exp: list[str] = []
            tol: list[str] = []
            if role == "complainer" and kind == "at_risk":
                exp = ["repeat_contact"] if last else ["detractor"]
                tol = [
                    "sentiment_drop",
                    "churn_intent",
                    "competitor_mention",
                    "high_value_at_risk",
                    "silence",
                    "account_risk",
                ]
            elif role == "complainer":
                exp, tol = ["detractor"], ["sentiment_drop", "high_value_at_risk", "silence"]
            elif role == "suggests":
                tol = QUIET
            c = f.person(
                persona, role, lang=lang, account=acc, market=mkt, expected=exp, tolerated=tol
            )
            c.truth.update(
                company=f"{sites[n].title()} {mkt} Ltd",
                role=role,
                job_title="Office manager",
                job="Office manager",
            )
            keys.append(c.key)
            for d in (
                f.rng.sample([0, 1], f.rng.randint(0, 2))
                if role != "contact"
                else f.rng.sample(range(10), f.rng.randint(3, 5))
            ):
                if (f.start + timedelta(days=d)).weekday() >= 5:
                    continue
                tq = f.at(d, 8, 16.5)
                f.add(tq, c, "chat", "chat", f.say(W.B2B_Q, c))
                reply(f, tq + timedelta(minutes=f.rng.randint(1, 6)), c, "chat", f.say(W.ANSWER, c))
                if role == "contact" and f.rng.random() < 0.4:
                    f.add(
                        tq + timedelta(minutes=30),
                        c,
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": f.rng.randint(9, 10)},
                        attrs={"survey": "nps"},
                    )
            if role == "complainer":
                bad.append(c.key)
                if kind == "one_unhappy":
                    t = f.at(f.rng.randint(3, 7) if n % 2 else 3, 9, 16)
                    if t.weekday() >= 5:
                        t += timedelta(days=2)
                e = f.add(
                    t,
                    c,
                    "email",
                    "message",
                    f.say(W.B2B_COMPLAINT[prob], c)
                    if k == 0
                    else f.say(
                        W.B2B_AGAIN,
                        c,
                        case=case,
                        first=first,
                        day=f.rng.choice(DAYS[lang]),
                        comp=comp,
                    ).split(":")[0]
                    + ". "
                    + f.say(W.B2B_COMPLAINT[prob], c),
                    subject=f"Case {case}" if k else "Complaint",
                )
                ids = [e]
                if k == 0:
                    first = c.name.split()[0]
                    reply(
                        f,
                        t + timedelta(minutes=f.rng.randint(20, 60)),
                        c,
                        "email",
                        f.say(W.CASE_OPENED, c, case=case),
                    )
                if not last:
                    c.truth["survey_event_id"] = f.add(
                        t + timedelta(hours=f.rng.uniform(1, 3)),
                        c,
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": f.rng.randint(1, 5)},
                        attrs={"survey": "nps"},
                    )
                else:
                    t2 = t + timedelta(hours=f.rng.uniform(18, 40))
                    while t2.weekday() >= 5 or not 8 <= t2.hour < 17:
                        t2 = (t2 + timedelta(days=1)).replace(hour=9)
                    ids.append(
                        f.add(
                            t2,
                            c,
                            "email",
                            "message",
                            f.say(
                                W.B2B_AGAIN, c, case=case, first=first, day=DAYS[lang][3], comp=comp
                            ),
                            subject=f"Case {case}",
                        )
                    )
                    c.truth["competitor"] = comp
                c.truth.update(
                    complaint_event_ids=ids, booking=case, trouble_starts_at=iso(t), problem=prob
                )
                t = t + timedelta(hours=f.rng.uniform(8, 28))
                while t.weekday() >= 5 or not 8 <= t.hour < 17:
                    t = (t + timedelta(days=1)).replace(hour=9)
            elif role == "suggests":
                ts = f.at(f.rng.randint(3, 9), 8, 16)
                if ts.weekday() >= 5:
                    ts += timedelta(days=2)
                c.truth["mild_event_id"] = f.add(
                    ts, c, "web", "ticket", f.say(W.B2B_MILD, c), attrs={"page": "/team/feedback"}
                )
                reply(f, ts + timedelta(minutes=40), c, "email", f.say(W.ANSWER, c))
        f.accounts[acc] = {
            "company": f"{sites[n].title()} {mkt} Ltd",
            "site": sites[n],
            "contacts": size,
            "contact_keys": keys,
            "unhappy_contacts": len(bad),
            "unhappy_contact_keys": bad,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if kind == "at_risk" else None,
            "trouble_starts_at": f.custs[bad[0]].truth["trouble_starts_at"]
            if kind == "at_risk"
            else None,
            "language": lang,
            "country": mkt,
        }


def topic_spike(f: Fam) -> None:
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in f.rng.sample(range(6), f.rng.randint(1, 4)):
            happy_act(f, c, f.at(d, 12 if d == 5 else 7, 19))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=QUIET)
        t = f.at(0, 9, 17)
        e = f.add(t, c, "chat", "chat", f.say(W.GRUMBLE, c))
        reply(f, t + timedelta(minutes=5), c, "chat", f.say(W.ANSWER, c))
        c.truth.update(grumble_event_id=e, trouble_starts_at=iso(t))
    for lang, h in [("fr", 9.6), ("en", 16.1)]:
        c = f.person("grumbles_once", "lone question", lang=lang, tolerated=QUIET)
        t = f.start + timedelta(days=4, hours=h)
        txt = (
            "Bonjour, hier l'appli m'a redemandé de signer la décharge, je l'ai fait et c'est passé. Faut-il le refaire a chaque fois ?"
            if lang == "fr"
            else "hi, the app asked me to re-sign my waiver yesterday, did it and got in fine. do I need to do that every visit?"
        )
        e = f.add(t, c, "chat", "chat", txt)
        reply(
            f,
            t + timedelta(minutes=4),
            c,
            "chat",
            "No, once a year is enough, yours is valid till next autumn. " + f.rng.choice(AGENTS)
            if lang == "en"
            else "Non, une fois par an suffit. " + f.rng.choice(AGENTS),
        )
        c.truth.update(lone_report_event_id=e, trouble_starts_at=iso(t))
    s0 = f.start + timedelta(days=5, hours=9, minutes=5)
    langs = ["fr"] * 6 + ["en"] * 6 + ["de"] * 2 + ["it"] * 2 + ["pt"] * 2 + ["es"] * 2
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    offs = sorted([0, 45] + [f.rng.randint(1, 44) for _ in range(18)])
    keys, ids, rids = [], [], []
    rset = set(f.rng.sample([i for i in range(20) if offs[i] <= 35], 6))
    for i in range(20):
        regular = i < 12
        c = f.person(
            "spike_reporter", "regular" if regular else "new", lang=langs[i], tolerated=QUIET
        )
        if regular:
            happy_act(f, c, f.at(2, 8, 17.5))
        t = s0 + timedelta(minutes=offs[i])
        ch = chans[i]
        txt = f.say(W.SPIKE, c)
        if ch == "social" and "Kraxora" not in txt:
            txt = "@Kraxora " + txt
        e = f.add(
            t,
            c,
            ch,
            {
                "social": "mention",
                "chat": "chat",
                "community": "post",
                "email": "message",
                "web": "ticket",
            }[ch],
            txt,
            attrs={"page": "/help"} if ch == "web" else None,
        )
        if ch == "chat":
            reply(f, t + timedelta(minutes=2), c, "chat", f.say(W.SPIKE_CHAT_ANSWER, c))
        keys.append(c.key)
        ids.append(e)
        c.truth.update(
            in_spike=True,
            regular=regular,
            spike_event_id=e,
            spike_channel=ch,
            trouble_starts_at=iso(t),
        )
        if i in rset:
            ch2 = {
                "social": "email",
                "chat": "community",
                "community": "chat",
                "email": "chat",
                "web": "email",
            }[ch]
            r = f.add(
                t + timedelta(minutes=f.rng.randint(10, 60)),
                c,
                ch2,
                "message" if ch2 == "email" else ("chat" if ch2 == "chat" else "post"),
                f.say(W.SPIKE_AGAIN, c),
            )
            rids.append(r)
            c.truth.update(
                persona="spike_repeater",
                repeat_event_id=r,
                expected_rules=["repeat_contact"],
                tolerated_rules=["silence", "sentiment_drop"],
            )
        elif i % 3 == 1:
            reply(
                f,
                s0 + timedelta(hours=2, minutes=f.rng.randint(3, 12)),
                c,
                "email",
                "Waiver checks work again since 11:40, today's visit is on us. "
                + f.rng.choice(AGENTS),
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "climbing-gym app tells members their safety waiver is missing: desk refuses entry, re-signing fails",
        "about": "the planted incident",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": ids,
        "repeat_event_ids": rids,
    }


FAMILIES: list[tuple[str, str, str, int, Any, str]] = [
    ("happy_writers", "hw", "2026-03-09", 10, happy_writers, "happy writers only"),
    ("one_bad_day", "bd", "2026-04-06", 12, one_bad_day, "happy customers with one bad day"),
    ("repeat_contacts", "rc", "2026-05-18", 10, repeat_contacts, "open problems raised again"),
    ("slow_churners", "sc", "2026-06-22", 32, slow_churners, "slides, leavers, grumpy, sarcastic"),
    ("quiet_hours", "qh", "2026-08-14", 3, quiet_hours, "a calm weekend with night-owl bursts"),
    ("bilingual", "bl", "2026-09-07", 14, bilingual, "customers in two languages"),
    ("b2b_accounts", "bb", "2026-10-05", 14, b2b_accounts, "Kraxora Team accounts"),
    ("topic_spike", "ts", "2026-11-02", 7, topic_spike, "a calm week and the planted incident"),
]


def ids_for(r: dict[str, Any], full: bool) -> dict[str, str | None]:
    c: Cust = r["cust"]
    out: dict[str, str | None] = dict.fromkeys(SPARE)
    if full:
        out.update(
            customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle, account_id=c.account
        )
        return out
    ch = r["channel"]
    if ch == "phone":
        out["phone"] = c.phone
    elif ch in ("social", "community"):
        if c.handle:
            out["handle"] = c.handle
        else:
            out["email"] = c.email
    elif ch == "email":
        out["email"] = c.email
    else:
        out["customer_id"] = c.key
    out["account_id"] = c.account
    return out


def build(n: int, spec: tuple[str, str, str, int, Any, str]) -> None:
    name, code, start, days, fn, about = spec
    f = Fam(
        name,
        code,
        datetime.fromisoformat(start).replace(tzinfo=UTC),
        days,
        random.Random(SEED * 100 + n),
        random.Random(SEED * 100 + 50 + n),
        about,
    )
    fn(f)
    f.rows.sort(key=lambda r: (r["occurred_at"], r["event_id"]))
    seen: set[str] = set()
    lines = []
    for r in f.rows:
        c = r["cust"]
        full = r["direction"] == "outbound" or (r["direction"] == "inbound" and c.key not in seen)
        if r["direction"] == "inbound":
            seen.add(c.key)
        t = r["occurred_at"]
        assert t.year == 2026 and t < datetime(2026, 11, 15, tzinfo=UTC) and t >= f.start, (name, t)
        rec = {
            "event_id": r["event_id"],
            "occurred_at": iso(t),
            "channel": r["channel"],
            "kind": r["kind"],
            "direction": r["direction"],
            "customer": ids_for(r, full),
            "text": r["text"],
            "subject": r["subject"],
            "scores": r["scores"],
            "source": r["source"],
            "attributes": r["attributes"],
        }
        lines.append(json.dumps(rec, ensure_ascii=False))
    end = max(f.start + timedelta(days=days), f.rows[-1]["occurred_at"] + timedelta(hours=1))
    expected: dict[str, int] = {}
    for c in f.custs.values():
        assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]), c.key
        assert c.key in seen, c.key
        for rule in c.truth["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    for a in f.accounts.values():
        for rule in a["expected_rules"]:
            expected[rule] = expected.get(rule, 0) + 1
    if f.spike:
        expected["topic_spike"] = 1
    truth = {
        "config": {
            "family": name,
            "about": about,
            "business": "Kraxora (bouldering and climbing gyms; Kraxora Team for companies)",
            "days": days,
            "seed": SEED * 100 + n,
            "written": "2026-12-06",
            "expected": expected,
        },
        "start": iso(f.start),
        "end": iso(end),
        "customers": {k: c.truth for k, c in f.custs.items()},
        "accounts": f.accounts,
        "spike": f.spike,
        "journey": {},
        "expectations": {},
    }
    (HERE / f"{name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (HERE / f"{name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(
        name,
        len(f.custs),
        len(lines),
        sum(1 for r in f.rows if r["direction"] == "outbound"),
        expected,
    )


def main() -> None:
    for n, spec in enumerate(FAMILIES, start=1):
        build(n, spec)


if __name__ == "__main__":
    main()
