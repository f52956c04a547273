# ruff: noqa: E501
"""Build heldout233 (report only, written blind): python make_heldout233.py."""

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

SEED = 20261107
AGENTS = ["Lena", "Marco", "Sofía", "Paul", "Aylin", "Tomás"]
CTR = {"n": 0}


def nxt() -> int:
    CTR["n"] += 1
    return CTR["n"]


def ascii_of(s: str) -> str:
    s = (
        s.replace("ä", "ae")
        .replace("ö", "oe")
        .replace("ü", "ue")
        .replace("Ä", "Ae")
        .replace("Ö", "Oe")
        .replace("Ü", "Ue")
    )
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch) or ch == "̃"
    )


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    first: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    truth: dict[str, Any]
    second: str = ""


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
    rows: list[dict[str, Any]] = field(default_factory=list)
    custs: list[Cust] = field(default_factory=list)
    accounts: dict[str, Any] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    count: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    def lang(self) -> str:
        return str(self.rng.choices(W.LANGS, weights=(30, 30, 10, 10, 10, 10))[0])

    def person(
        self,
        persona: str,
        habit: str,
        expected: tuple[str, ...] = (),
        tolerated: tuple[str, ...] = (),
        lang: str | None = None,
        account: str | None = None,
        domain: str | None = None,
    ) -> Cust:
        r = self.rng
        lg = lang or self.lang()
        market = r.choice(W.MARKETS[lg])
        first = r.choice(W.FIRST[lg])
        last = r.choice(W.LAST[lg])
        k = nxt()
        key = f"PK{self.code}{1000 + k * 7 % 9000:04d}{k % 10}"
        a_first, a_last = ascii_of(first).lower(), ascii_of(last).lower()
        email = (
            f"{a_first}.{a_last}{k}@{domain or r.choice(['postbox', 'mailo', 'webmail'])}.example"
        )
        phone = f"{W.PREFIX[market]}{r.randint(1000000, 9999999)}{k % 10}"
        handle = (
            None if account else r.choice([f"@{a_last}_{a_first}{k}", f"@{a_first}{a_last[:3]}{k}"])
        )
        c = Cust(key, lg, market, first, email, phone, handle, account, {})
        c.truth = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": "+" + "".join(ch for ch in phone if ch.isdigit()),
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": list(expected),
            "tolerated_rules": list(tolerated),
            "persona": persona,
            "habit": habit,
            "language": lg,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        self.custs.append(c)
        return c

    def at(self, day: float, h0: float, h1: float) -> datetime:
        return self.start + timedelta(days=day, hours=self.rng.uniform(h0, h1))

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None,
        direction: str = "inbound",
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
        lang: str | None = None,
    ) -> str:
        self.count += 1
        eid = f"h233-{self.code.lower()}-{self.count:05d}"
        a = {"market": c.market} | (attrs or {})
        if c.account:
            a["segment"] = "b2b"
        if direction == "outbound":
            a["agent"] = self.rng.choice(AGENTS)
        src = {
            "email": "parkonda-mail",
            "phone": "parkonda-voice",
            "social": "parkonda-social",
            "community": "parkonda-forum",
            "chat": "parkonda-chat",
            "web": "parkonda-web",
            "survey": "parkonda-survey",
        }[channel]
        self.rows.append(
            {
                "event_id": eid,
                "occurred_at": t,
                "channel": channel,
                "kind": kind,
                "direction": direction,
                "c": c,
                "text": text,
                "subject": subject,
                "scores": scores or {},
                "source": src,
                "attributes": a,
            }
        )
        return eid

    # ---------------------------------------------------------------- acts --
    def happy(
        self, c: Cust, day: float, h0: float = 7, h1: float = 20, lang: str | None = None
    ) -> None:
        r = self.rng
        lg = lang or c.lang
        t = self.at(day, h0, h1)
        what = r.choice(
            ["praise", "again", "gripe", "question", "call", "purchase", "review", "joke", "survey"]
        )
        if what in ("praise", "again", "gripe", "joke"):
            table = {"praise": W.PRAISE, "again": W.AGAIN, "gripe": W.GRIPE, "joke": W.JOKE}[what][
                lg
            ]
            text = r.choice(table)
            if c.handle and r.random() < 0.5:
                self.add(
                    c,
                    t,
                    "social",
                    "post",
                    "@Parkonda " + text
                    if "Parkonda" not in text
                    else text.replace("Parkonda", "@Parkonda", 1),
                    lang=lg,
                )
            else:
                self.add(c, t, "community", "post", text, lang=lg)
        elif what == "question":
            self.add(c, t, "chat", "chat", r.choice(W.QUESTION[lg]), lang=lg)
            self.add(
                c,
                t + timedelta(minutes=r.randint(1, 6)),
                "chat",
                "chat",
                W.ANSWER[lg].format(name=c.first, agent=r.choice(AGENTS)),
                "outbound",
            )
            if r.random() < 0.6:
                self.add(
                    c,
                    t + timedelta(minutes=r.randint(8, 12)),
                    "chat",
                    "chat",
                    r.choice(W.THANKS[lg]),
                    lang=lg,
                )
        elif what == "call":
            self.add(c, t, "phone", "call", r.choice(W.CALL_Q[lg]), lang=lg)
            self.add(
                c,
                t + timedelta(minutes=r.randint(20, 50)),
                "email",
                "message",
                W.ANSWER[lg].format(name=c.first, agent=r.choice(AGENTS)),
                "outbound",
            )
        elif what == "purchase":
            self.add(c, t, "web", "page_view", None, attrs={"page": "/book"})
            cur = {"UK": "GBP", "CH": "CHF"}.get(c.market, "EUR")
            self.add(
                c,
                t + timedelta(minutes=r.randint(2, 9)),
                "web",
                "purchase",
                None,
                attrs={
                    "order_value": f"{r.randint(6, 120)}.{r.choice(['00', '50', '90'])}",
                    "currency": cur,
                    "product": r.choice(W.PRODUCTS),
                    "page": "/checkout",
                },
            )
        elif what == "review":
            self.add(
                c,
                t,
                "web",
                "review",
                r.choice(W.PRAISE[lg]),
                attrs={"rating": "5", "page": "/reviews"},
                lang=lg,
            )
        else:
            self.survey(c, t, happy=True, lang=lg)

    def survey(
        self, c: Cust, t: datetime, happy: bool, nps: int | None = None, lang: str | None = None
    ) -> str:
        r = self.rng
        lg = lang or c.lang
        if nps is not None:
            return self.add(
                c,
                t,
                "survey",
                "survey_response",
                None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
        kind = r.choice(["nps", "csat", "ces"])
        val = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[kind]
        word = r.choice(W.SURVEY_WORD[lg]) or None
        return self.add(
            c, t, "survey", "survey_response", word, scores={kind: val}, attrs={"survey": kind}
        )

    def complaint(
        self,
        c: Cust,
        t: datetime,
        problem: str,
        channel: str,
        lang: str | None = None,
        long: bool = False,
    ) -> str:
        lg = lang or c.lang
        text = W.COMPLAINT[lg][problem].format(garage=self.rng.choice(W.GARAGES))
        if long and lg in W.LONG_EMAIL:
            text = W.LONG_EMAIL[lg].format(
                garage=self.rng.choice(W.GARAGES), complaint=text, name=c.first
            )
        if channel == "phone":
            return self.add(
                c, t, "phone", "call", W.CALL_COMPLAINT[lg].format(name=c.first), lang=lg
            )
        kind = {
            "email": "message",
            "chat": "chat",
            "web": "ticket",
            "social": "mention",
            "community": "post",
        }[channel]
        if channel == "social":
            text = "@Parkonda " + text
        attrs = {"page": "/help/contact"} if channel == "web" else None
        subj = f"{W.SUBJECT[lg]}: {problem.replace('_', ' ')}" if channel == "email" else None
        return self.add(c, t, channel, kind, text, subject=subj, attrs=attrs, lang=lg)

    def reply(
        self,
        c: Cust,
        t: datetime,
        table: dict[str, str],
        case: str,
        channel: str = "email",
        lang: str | None = None,
    ) -> str:
        lg = lang or c.lang
        kind = "chat" if channel == "chat" else "message"
        return self.add(
            c,
            t,
            channel,
            kind,
            table[lg].format(name=c.first, case=case, agent=self.rng.choice(AGENTS)),
            "outbound",
        )

    # ------------------------------------------------------------- output --
    def finish(self) -> tuple[str, str]:
        rows = sorted(self.rows, key=lambda x: (x["occurred_at"], x["event_id"]))
        seen: set[str] = set()
        out = []
        for row in rows:
            c: Cust = row["c"]
            full = {
                "customer_id": c.key,
                "email": c.email,
                "phone": c.phone,
                "handle": c.handle,
                "account_id": c.account,
            }
            ch = row["channel"]
            if row["direction"] == "outbound" or (
                row["direction"] == "inbound" and c.key not in seen
            ):
                ref = full
                if row["direction"] == "inbound":
                    seen.add(c.key)
            elif ch == "phone":
                ref = {"phone": c.phone}
            elif ch in ("social", "community"):
                ref = {"handle": c.handle} if c.handle else {"email": c.email}
            elif ch == "email":
                ref = {"email": c.email.upper() if self.rough.random() < 0.08 else c.email}
            else:
                ref = {"customer_id": c.key}
            if c.account:
                ref = ref | {"account_id": c.account}
            cref = {
                k: ref.get(k) for k in ("customer_id", "email", "phone", "handle", "account_id")
            }
            text = row["text"]
            if text and row["direction"] == "inbound" and ch not in ("phone", "survey"):
                text = self.roughen(text)
            out.append(
                {
                    "event_id": row["event_id"],
                    "occurred_at": iso(row["occurred_at"]),
                    "channel": ch,
                    "kind": row["kind"],
                    "direction": row["direction"],
                    "customer": cref,
                    "text": text,
                    "subject": row["subject"],
                    "scores": {"nps": None, "csat": None, "ces": None} | row["scores"],
                    "source": row["source"],
                    "attributes": row["attributes"],
                }
            )
        for c in self.custs:
            if c.key not in seen:
                raise SystemExit(f"{c.key} has no inbound touchpoint")
            bad = set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"])
            if bad:
                raise SystemExit(f"{c.key} expects and tolerates {bad}")
        last = max(r["occurred_at"] for r in rows)
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        if end >= datetime(2026, 11, 15, tzinfo=UTC):
            raise SystemExit("too late")
        expected: dict[str, int] = {}
        for c in self.custs:
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
                "business": "Parkonda (parking spaces by app and web; Parkonda Plus; Parkonda Business on account)",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "2026-12-07",
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {c.key: c.truth for c in self.custs},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        jl = "".join(json.dumps(o, ensure_ascii=False, sort_keys=False) + "\n" for o in out)
        return jl, json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n"

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.1:
            text = ascii_of(text)
        if r.random() < 1 / 7:
            words = text.split(" ")
            idx = [i for i, w in enumerate(words) if w.isalpha() and w.islower() and len(w) >= 5]
            if idx:
                i = r.choice(idx)
                w = words[i]
                j = r.randint(1, len(w) - 3)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        if r.random() < 0.125 and text[:1].isupper():
            text = text[0].lower() + text[1:]
        return text


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
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in r.sample(range(f.days), r.randint(6, 9)):
            f.happy(c, d, 7, 19)
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in r.sample(range(f.days - 1), r.randint(2, 4)):
            t = f.at(d, 22.2, 28.5)
            if r.random() < 0.5:
                f.add(c, t, "community", "post", r.choice(W.NIGHT_POST[c.lang]))
            else:
                f.add(c, t, "chat", "chat", W.NIGHT_Q[c.lang][0])
                f.add(
                    c,
                    t + timedelta(minutes=r.randint(2, 6)),
                    "chat",
                    "chat",
                    W.NIGHT_A[c.lang].format(name=c.first, agent=r.choice(AGENTS)),
                    "outbound",
                )
                f.add(
                    c,
                    t + timedelta(minutes=r.randint(8, 12)),
                    "chat",
                    "chat",
                    r.choice(W.THANKS[c.lang]),
                )
        for d in r.sample(range(f.days), 2):
            f.happy(c, d, 9, 18)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in r.sample(range(f.days), r.randint(3, 6)):
            f.survey(c, f.at(d, 8, 20), happy=True)


def one_bad_day(f: Fam) -> None:
    r = f.rng
    channels = ["long", "email", "chat", "social", "web", "phone"] * 4
    r.shuffle(channels)
    det = 0
    for i, ch in enumerate(channels):
        problem = W.PROBLEMS[i % 6]
        lang = r.choice(["es", "de"]) if ch == "long" else None
        bad_day = r.randint(2, 9)
        give_nps = ch != "social" and det < 6 and r.random() < 0.45
        if give_nps:
            det += 1
        persona = "bad_day_detractor" if give_nps else "happy_one_bad_day"
        c = f.person(
            persona, "one bad day", ("detractor",) if give_nps else (), ("silence",), lang=lang
        )
        for d in r.sample(
            [d for d in range(f.days) if d < bad_day - 1 or d > bad_day + 2], r.randint(1, 5)
        ):
            f.happy(c, d)
        t = f.at(bad_day, 8, 20)
        channel = "email" if ch == "long" else ch
        eid = f.complaint(c, t, problem, channel, long=ch == "long")
        case = f"PK-{100000 + nxt() * 37 % 900000}"
        c.truth.update(
            {
                "problem": problem,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "long_email": ch == "long",
                "channel": channel,
                "booking": None if ch == "social" else case,
                "trouble_starts_at": iso(t),
            }
        )
        if ch == "social":
            continue
        f.reply(
            c,
            t + timedelta(minutes=r.randint(3, 40)),
            W.CASE_OPENED,
            case,
            "chat" if ch == "chat" else "email",
        )
        if give_nps:
            c.truth.update({"nps_given": True, "nps": r.randint(1, 5)})
            c.truth["survey_event_id"] = f.survey(
                c, t + timedelta(minutes=r.randint(100, 140)), False, nps=c.truth["nps"]
            )
        if r.random() < 0.6:
            g = t + timedelta(hours=r.uniform(1, 4))
            f.reply(c, g, W.GOOD_NEWS, case)
            c.truth["agent_fixed"] = True
            if r.random() < 0.45:
                a = t + timedelta(hours=r.uniform(16, 24))
                c.truth.update(
                    {
                        "apologised": True,
                        "apology_at": iso(a),
                        "apology_event_id": f.add(c, a, "chat", "chat", W.APOLOGY[c.lang]),
                    }
                )
    for _ in range(8):
        c = f.person("happy", "control")
        for d in r.sample(range(f.days), r.randint(4, 7)):
            f.happy(c, d)


def repeat_run(f: Fam, c: Cust, day: float, times: int, langs: list[str], passed_on: bool) -> None:
    r = f.rng
    problem = r.choice(W.PROBLEMS)
    case = f"PK-{100000 + nxt() * 37 % 900000}"
    comp = r.choice(W.COMPETITORS)
    chans = r.sample(["email", "chat", "phone", "web", "social"], times)
    t = f.at(day, 8, 19)
    eids = [f.complaint(c, t, problem, chans[0], lang=langs[0])]
    f.reply(
        c,
        t + timedelta(minutes=r.randint(10, 40)),
        W.CASE_OPENED,
        case,
        "chat" if chans[0] == "chat" else "email",
        lang=langs[0],
    )
    if passed_on:
        f.reply(c, t + timedelta(hours=r.uniform(1.5, 2.5)), W.ESCALATED, case, lang=langs[0])
    first = t
    for k in range(1, times):
        t = t + timedelta(hours=r.uniform(4, 40))
        if t.hour >= 22 or t.hour < 7:
            t = (t + timedelta(hours=10)).replace(hour=8, minute=r.randint(0, 59))
        lg = langs[k % len(langs)]
        ch = chans[k]
        text = W.REPEAT[lg][min(k - 1, 2)].format(
            case=case,
            comp=comp,
            complaint=W.COMPLAINT[lg][problem].format(garage=r.choice(W.GARAGES)),
        )
        if ch == "phone":
            text = (
                ascii_of(text)
                .lower()
                .replace(".", "")
                .replace(",", "")
                .replace(":", "")
                .replace("?", "")
            )
            eids.append(f.add(c, t, "phone", "call", text, lang=lg))
        elif ch == "social":
            eids.append(f.add(c, t, "social", "mention", "@Parkonda " + text, lang=lg))
        else:
            kind = {"email": "message", "chat": "chat", "web": "ticket"}[ch]
            eids.append(
                f.add(
                    c,
                    t,
                    ch,
                    kind,
                    text,
                    subject=f"RE: {case}" if ch == "email" else None,
                    attrs={"page": "/help/contact"} if ch == "web" else None,
                    lang=lg,
                )
            )
            if ch == "chat":
                f.reply(c, t + timedelta(minutes=r.randint(1, 5)), W.URGENT, case, "chat", lang=lg)
    c.truth.update(
        {
            "problem": problem,
            "booking": case,
            "contacts": times,
            "channels": chans,
            "agent_passed_on": passed_on,
            "problem_event_ids": eids,
            "competitor": comp if times >= 3 else None,
            "trouble_starts_at": iso(first),
        }
    )


def fixed_run(f: Fam, c: Cust, day: float, lang1: str, lang2: str) -> dict[str, Any]:
    r = f.rng
    problem = r.choice(W.PROBLEMS)
    case = f"PK-{100000 + nxt() * 37 % 900000}"
    t = f.at(day, 8, 18)
    eid = f.complaint(c, t, problem, "web", lang=lang1)
    f.reply(c, t + timedelta(minutes=r.randint(10, 40)), W.CASE_OPENED, case, lang=lang1)
    g = t + timedelta(hours=r.uniform(3, 20))
    if g.hour >= 22 or g.hour < 7:
        g = g.replace(hour=9) + timedelta(days=1 if g.hour >= 22 else 0)
    f.reply(c, g, W.GOOD_NEWS, case, lang=lang1)
    k = g + timedelta(hours=r.uniform(8, 30))
    if k.hour >= 22 or k.hour < 7:
        k = k.replace(hour=10) + timedelta(days=1 if k.hour >= 22 else 0)
    ch = r.choice(["email", "chat"])
    ce = f.add(
        c,
        k,
        ch,
        "message" if ch == "email" else "chat",
        W.CONFIRM[lang2].format(case=case),
        subject=f"RE: {case}" if ch == "email" else None,
        lang=lang2,
    )
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(g),
        "confirmed_at": iso(k),
        "problem_event_ids": [eid],
        "confirm_event_id": ce,
        "channel": "web",
        "confirm_channel": ch,
    }


def repeat_contacts(f: Fam) -> None:
    r = f.rng
    for i in range(12):
        c = f.person("repeat_contact", "repeats", ("repeat_contact",), REPEAT_TOL)
        f.happy(c, 0, 7, 12)
        repeat_run(
            f,
            c,
            r.randint(1, 4),
            2 + i % 3 + (1 if i >= 9 else 0) if i < 12 else 2,
            [c.lang],
            i % 2 == 0,
        )
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", (), ("silence",))
        f.happy(c, 0)
        c.truth["problems"] = [fixed_run(f, c, r.randint(1, 3), c.lang, c.lang)]
    for _ in range(3):
        c = f.person("different_problems", "two problems", (), ("silence",))
        d = r.randint(1, 2)
        c.truth["problems"] = [
            fixed_run(f, c, d, c.lang, c.lang),
            fixed_run(f, c, d + r.randint(4, 5), c.lang, c.lang),
        ]
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        for d in r.sample(range(f.days), r.randint(5, 8)):
            f.happy(c, d)


def slide(f: Fam, c: Cust, day: int, span: int, langs: list[str]) -> list[str]:
    r = f.rng
    comp = r.choice(W.COMPETITORS)
    eids = []
    t = f.at(day, 9, 12)
    for k in range(6):
        lg = langs[k % len(langs)]
        text = W.SLIDE[lg][k].format(comp=comp)
        ch = r.choice(["social", "community", "review"])
        if ch == "social" and c.handle:
            eids.append(f.add(c, t, "social", "post", "@Parkonda " + text, lang=lg))
        elif ch == "review":
            eids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"},
                    lang=lg,
                )
            )
        else:
            eids.append(f.add(c, t, "community", "post", text, lang=lg))
        if k == 3:
            c.truth["_step4"] = t
        t = t + timedelta(hours=max(1.0, span * 24 / 6 * r.uniform(0.6, 1.2)))
        if t.hour >= 22 or t.hour < 7:
            t = t.replace(hour=r.randint(8, 11)) + timedelta(days=1 if t.hour >= 22 else 0)
    c.truth.update({"slide_event_ids": eids, "slide_days": span, "competitor": comp})
    return eids


def slow_churners(f: Fam) -> None:
    r = f.rng
    for i in range(10):
        det = i < 5
        c = f.person(
            "slow_churner",
            "slides",
            ("sentiment_drop", "detractor") if det else ("sentiment_drop",),
            SLIDE_TOL,
        )
        for d in r.sample(range(11), r.randint(4, 5)):
            f.add(
                c, f.at(d, 8, 20), "community", "post", r.choice(W.PRAISE[c.lang] + W.AGAIN[c.lang])
            )
        for d in r.sample(range(11), r.randint(2, 4)):
            f.happy(c, d)
            if f.rows[-1]["channel"] == "survey":
                f.rows.pop()
                f.count -= 1
        day = r.randint(12, 16)
        eids = slide(f, c, day, [3, 5, 5, 9][i % 4], [c.lang])
        step4 = c.truth.pop("_step4")
        c.truth["trouble_starts_at"] = iso(
            f.rows[[x["event_id"] for x in f.rows].index(eids[0])]["occurred_at"]
        )
        if det:
            n = r.randint(1, 5)
            c.truth.update(
                {
                    "nps_given": True,
                    "nps": n,
                    "survey_event_id": f.survey(
                        c, step4 + timedelta(hours=r.uniform(2.5, 3.5)), False, nps=n
                    ),
                }
            )
    for _ in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            ("churn_intent",),
            ("sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"),
        )
        for d in r.sample(range(16), r.randint(4, 6)):
            f.happy(c, d)
        t = f.at(r.randint(17, 23), 8, 18)
        e = f.add(
            c, t, "email", "message", W.CANCEL[c.lang].format(name=c.first), subject="Parkonda Plus"
        )
        f.reply(c, t + timedelta(hours=r.uniform(1, 3)), W.SORRY_GO, "")
        x = f.add(
            c,
            t + timedelta(hours=r.uniform(20, 30)),
            "web",
            "cancellation",
            None,
            attrs={"page": "/account/cancel", "product": "Parkonda Plus"},
        )
        c.truth.update(
            {
                "churn_intent_event_id": e,
                "cancellation_event_id": x,
                "churn_at": iso(t + timedelta(hours=20)),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        for d in r.sample(range(f.days), r.randint(6, 10)):
            f.happy(c, d)
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", (), ("repeat_contact", "silence"))
        d = r.randint(0, 4)
        ids = []
        for _k in range(r.randint(5, 7)):
            ch = r.choice(["community", "web"])
            ids.append(
                f.add(
                    c,
                    f.at(d, 8, 20),
                    ch,
                    "post" if ch == "community" else "ticket",
                    r.choice(W.GRUMBLE[c.lang]),
                    attrs={"page": "/help/contact"} if ch == "web" else None,
                )
            )
            d += r.randint(1, 3)
        c.truth.update(
            {"grumble_event_ids": ids, "trouble_starts_at": iso(f.rows[-len(ids)]["occurred_at"])}
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", (), ("silence",))
        for d in r.sample(range(16), r.randint(3, 5)):
            f.happy(c, d)
        c.truth["sarcasm_event_id"] = f.add(
            c,
            f.at(r.randint(17, 28), 9, 20),
            "social",
            "post",
            r.choice(W.SARCASM[c.lang]).replace("Parkonda", "@Parkonda"),
        )


def quiet_hours(f: Fam) -> None:
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in r.sample(range(3), r.randint(1, 3)):
            f.happy(c, d, 7, 17.5)
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", (), ("silence",))
        t = f.at(r.randint(0, 2), 9, 17)
        f.add(c, t, "web", "page_view", None, attrs={"page": "/search"})
        g = t + timedelta(minutes=r.randint(20, 30))
        if i < 2:
            e = f.add(c, g, "chat", "chat", W.MILD[c.lang])
            f.add(
                c,
                g + timedelta(minutes=3),
                "chat",
                "chat",
                W.ANSWER[c.lang].format(name=c.first, agent="Lena"),
                "outbound",
            )
        else:
            e = f.add(c, g, "web", "ticket", W.MILD[c.lang], attrs={"page": "/help/contact"})
            f.reply(
                c, g + timedelta(minutes=15), W.CASE_OPENED, f"PK-{100000 + nxt() * 37 % 900000}"
            )
        c.truth.update({"grumble_event_id": e, "trouble_starts_at": iso(g)})
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=r.randint(40, 65))
        for b, off in enumerate((0, r.randint(28, 33), r.randint(55, 65))):
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                t = b0 + timedelta(minutes=off + r.uniform(0, 10))
                if r.random() < 0.5:
                    e = f.add(c, t, "community", "post", r.choice(W.NIGHT_POST[c.lang]))
                else:
                    e = f.add(c, t, "chat", "chat", W.NIGHT_Q[c.lang][0])
                    f.add(
                        c,
                        t + timedelta(minutes=3),
                        "chat",
                        "chat",
                        W.NIGHT_A[c.lang].format(name=c.first, agent="Paul"),
                        "outbound",
                    )
                    f.add(c, t + timedelta(minutes=9), "chat", "chat", r.choice(W.THANKS[c.lang]))
                c.truth.update({"burst_at": iso(b0 + timedelta(minutes=off)), "night_event_id": e})
                if r.random() < 0.5:
                    f.happy(c, night, 9, 17.5)


def bilingual(f: Fam) -> None:
    r = f.rng
    pairs = [
        ("es", "de"),
        ("de", "es"),
        ("es", "en"),
        ("de", "en"),
        ("de", "fr"),
        ("es", "pt"),
        ("it", "es"),
        ("de", "it"),
        ("fr", "es"),
        ("pt", "de"),
        ("en", "de"),
        ("es", "it"),
    ]
    why = "works for a company in the other language"

    def bp(persona: str, habit: str, exp: tuple[str, ...], tol: tuple[str, ...], i: int) -> Cust:
        a, b = pairs[i % len(pairs)]
        c = f.person(persona, habit, exp, tol, lang=a)
        c.second = b
        c.truth.update({"languages": [a, b], "job_second_language": why})
        return c

    for i in range(12):
        c = bp("happy", "alternates languages", (), (), i)
        for k, d in enumerate(r.sample(range(f.days), r.randint(5, 8))):
            f.happy(c, d, lang=[c.lang, c.second][k % 2])
    for i in range(5):
        c = bp("repeat_contact", "repeats", ("repeat_contact",), REPEAT_TOL, i + 3)
        f.happy(c, r.randint(0, 1), 7, 12)
        times = [2, 2, 3, 3, 4][i]
        repeat_run(f, c, r.randint(2, 5), times, [c.lang, c.second], times >= 3)
    for i in range(5):
        c = bp("slow_churner", "slides", ("sentiment_drop",), SLIDE_TOL, i + 6)
        for k, d in enumerate(r.sample(range(6), 5)):
            f.add(
                c,
                f.at(d, 8, 20),
                "community",
                "post",
                r.choice(W.PRAISE[[c.lang, c.second][k % 2]]),
            )
        for d in r.sample(range(6), r.randint(1, 3)):
            f.happy(c, d)
            if f.rows[-1]["channel"] == "survey":
                f.rows.pop()
                f.count -= 1
        eids = slide(f, c, r.randint(7, 8), r.randint(3, 5), [c.lang, c.second])
        c.truth.pop("_step4")
        c.truth["trouble_starts_at"] = iso(
            f.rows[[x["event_id"] for x in f.rows].index(eids[0])]["occurred_at"]
        )
    for i in range(3):
        c = bp("happy_one_bad_day", "one bad day", (), ("silence",), [1, 0, 2][i])
        for d in r.sample([0, 1, 2, 9, 10, 11], 3):
            f.happy(c, d)
        t = f.at(5, 9, 18)
        ch = ["email", "email", "chat"][i]
        problem = r.choice(W.PROBLEMS)
        eid = f.complaint(c, t, problem, ch, lang=c.second, long=i == 0)
        case = f"PK-{100000 + nxt() * 37 % 900000}"
        f.reply(c, t + timedelta(minutes=20), W.CASE_OPENED, case, ch, lang=c.second)
        c.truth.update(
            {
                "problem": problem,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "bad_day_language": c.second,
                "booking": case,
                "trouble_starts_at": iso(t),
            }
        )
        if i < 2:
            f.reply(c, t + timedelta(hours=2), W.GOOD_NEWS, case, lang=c.second)
        else:
            c.truth["apology_event_id"] = f.add(
                c, t + timedelta(hours=20), "chat", "chat", W.APOLOGY[c.second]
            )
    for i in range(2):
        c = bp("resolved_between_contacts", "fixed", (), ("silence",), i + 4)
        f.happy(c, 0)
        c.truth["problems"] = [fixed_run(f, c, r.randint(2, 6), c.lang, c.second)]
        c.truth["confirm_language"] = c.second


def b2b_accounts(f: Fam) -> None:
    r = f.rng
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    langs = [
        "de",
        "de",
        "es",
        "es",
        "fr",
        "de",
        "it",
        "pt",
        "en",
        "de",
        "es",
        "pt",
        "de",
        "en",
        "de",
    ]
    for i, kind in enumerate(kinds):
        lg = langs[i]
        mk = W.MARKETS[lg][0]
        acc = f"PKB-{mk}-{2000 + i * 37}"
        dom = f"firma{i}-{r.choice(['bau', 'logistik', 'klinik', 'hotel', 'event'])}"
        n = {
            "at_risk": r.randint(4, 6),
            "one_unhappy": 3,
            "mild": r.randint(3, 4),
            "happy": r.randint(3, 4),
        }[kind]
        contacts: list[Cust] = []
        unhappy: list[str] = []
        ncomp = (4 if i < 2 else 3) if kind == "at_risk" else (1 if kind == "one_unhappy" else 0)
        for j in range(n):
            role = (
                "complainer"
                if j < ncomp
                else ("suggests" if kind == "mild" and j < 2 else "contact")
            )
            if role == "complainer" and kind == "at_risk":
                last = j == ncomp - 1
                exp: tuple[str, ...] = ("repeat_contact",) if last else ("detractor",)
                tol: tuple[str, ...] = (
                    "sentiment_drop",
                    "churn_intent",
                    "competitor_mention",
                    "high_value_at_risk",
                    "silence",
                    "account_risk",
                )
                c = f.person(
                    "b2b_unhappy", "complainer", exp, tol, lang=lg, account=acc, domain=dom
                )
            elif role == "complainer":
                c = f.person(
                    "b2b_one_unhappy",
                    "complainer",
                    ("detractor",),
                    ("sentiment_drop", "high_value_at_risk", "silence"),
                    lang=lg,
                    account=acc,
                    domain=dom,
                )
            elif role == "suggests":
                c = f.person(
                    "b2b_mild", "suggests", (), ("silence",), lang=lg, account=acc, domain=dom
                )
            else:
                c = f.person("b2b_happy", "contact", lang=lg, account=acc, domain=dom)
            c.market = mk
            c.truth["country"] = mk
            c.truth.update(
                {
                    "company": dom,
                    "role": role,
                    "job_title": "Facility manager",
                    "job": "Facility manager",
                }
            )
            contacts.append(c)
            if role == "complainer":
                unhappy.append(c.key)
        case = f"PK-{100000 + nxt() * 37 % 900000}"
        t = f.start + timedelta(days=2, hours=r.uniform(8, 10))
        tmpl = r.choice(W.B2B_COMPLAINT[lg])
        for j, c in enumerate(contacts):
            role = c.truth["role"]
            if role == "contact" or r.random() < 0.5:
                for _k in range(r.randint(1, 3) if role == "contact" else 1):
                    day = r.randint(0, 1) if role != "contact" else r.randint(0, 11)
                    while (f.start + timedelta(days=day)).weekday() >= 5:
                        day += 1
                    q = f.at(day, 8, 16.5)
                    f.add(c, q, "chat", "chat", W.B2B_Q[lg])
                    f.reply(c, q + timedelta(minutes=r.randint(1, 6)), W.ANSWER, "", "chat")
                    if role == "contact" and r.random() < 0.4:
                        f.survey(c, q + timedelta(hours=2), happy=True)
            if role == "complainer":
                if kind == "one_unhappy":
                    t = f.start + timedelta(days=r.randint(3, 7), hours=r.uniform(8, 16))
                    while t.weekday() >= 5:
                        t += timedelta(days=1)
                prev = "" if j == 0 else W.B2B_PREV[lg].format(first=contacts[0].first)
                e = f.add(
                    c,
                    t,
                    "email",
                    "message",
                    tmpl.format(prev=prev, case=case),
                    subject=f"{W.SUBJECT[lg]}: {case}",
                )
                if j == 0:
                    f.reply(c, t + timedelta(minutes=r.randint(20, 50)), W.CASE_OPENED, case)
                c.truth.update(
                    {"complaint_event_ids": [e], "trouble_starts_at": iso(t), "booking": case}
                )
                last = kind == "at_risk" and j == ncomp - 1
                if not last:
                    nps = r.randint(1, 5)
                    c.truth.update(
                        {
                            "nps_given": True,
                            "nps": nps,
                            "survey_event_id": f.survey(
                                c, t + timedelta(hours=r.uniform(1, 3)), False, nps=nps
                            ),
                        }
                    )
                else:
                    t2 = t + timedelta(hours=r.uniform(18, 40))
                    t2 = office(t2)
                    comp = r.choice(W.COMPETITORS)
                    e2 = f.add(
                        c,
                        t2,
                        "email",
                        "message",
                        W.B2B_LAST[lg].format(case=case, comp=comp),
                        subject=f"RE: {case}",
                    )
                    c.truth["complaint_event_ids"].append(e2)
                    c.truth["competitor"] = comp
                t = t + timedelta(hours=r.uniform(8, 28))
                t = office(t)
            elif role == "suggests":
                s = f.start + timedelta(days=r.randint(2, 9), hours=r.uniform(8, 16))
                while s.weekday() >= 5:
                    s += timedelta(days=1)
                e = f.add(
                    c, s, "web", "ticket", W.B2B_MILD[lg], attrs={"page": "/business/feedback"}
                )
                f.reply(
                    c,
                    s + timedelta(minutes=30),
                    W.CASE_OPENED,
                    f"PK-{100000 + nxt() * 37 % 900000}",
                )
                c.truth.update({"mild_event_id": e, "trouble_starts_at": iso(s)})
        f.accounts[acc] = {
            "company": dom,
            "site": r.choice(["construction", "hotel", "facilities", "school"]),
            "contacts": n,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": unhappy,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": "invoice" if kind == "at_risk" else None,
            "trouble_starts_at": c_first_trouble(contacts) if kind == "at_risk" else None,
            "language": lg,
            "country": mk,
        }


def office(t: datetime) -> datetime:
    if t.hour < 8:
        t = t.replace(hour=9)
    elif t.hour >= 17:
        t = (t + timedelta(days=1)).replace(hour=9)
    while t.weekday() >= 5:
        t += timedelta(days=1)
    return t


def c_first_trouble(contacts: list[Cust]) -> str:
    return str(
        min(c.truth["trouble_starts_at"] for c in contacts if c.truth.get("trouble_starts_at"))
    )


def topic_spike(f: Fam) -> None:
    r = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in r.sample(range(6), r.randint(3, 6)):
            f.happy(c, d, 12 if d == 5 else 7, 19)
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", (), ("silence",))
        t = f.at(0, 9, 17)
        e = f.add(c, t, "chat", "chat", W.MILD[c.lang])
        f.add(
            c,
            t + timedelta(minutes=4),
            "chat",
            "chat",
            W.ANSWER[c.lang].format(name=c.first, agent="Aylin"),
            "outbound",
        )
        c.truth.update({"grumble_event_id": e, "trouble_starts_at": iso(t)})
    for lg in ("es", "de"):
        c = f.person("grumbles_once", "lone question", (), ("silence",), lang=lg)
        t = f.at(4, 9, 17)
        e = f.add(c, t, "chat", "chat", r.choice(W.QUESTION[lg]))
        f.add(
            c,
            t + timedelta(minutes=4),
            "chat",
            "chat",
            W.ANSWER[lg].format(name=c.first, agent="Aylin"),
            "outbound",
        )
        c.truth.update({"lone_report_event_id": e, "trouble_starts_at": iso(t)})
    s0 = datetime(2026, 11, 7, 9, 5, tzinfo=UTC)
    langs = ["es"] * 6 + ["de"] * 6 + ["en", "en", "fr", "fr", "it", "it", "pt", "pt"]
    r.shuffle(langs)
    offs = sorted([0, 45] + [r.uniform(1, 44) for _ in range(18)])
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(chans)
    keys, eids, reps = [], [], []
    early = [i for i, o in enumerate(offs) if o <= 25]
    repeaters = set(r.sample(early, 6))
    for i, (lg, off, ch) in enumerate(zip(langs, offs, chans, strict=True)):
        regular = i < 12
        c = f.person(
            "spike_repeater" if i in repeaters else "spike_reporter",
            "regular" if regular else "new",
            ("repeat_contact",) if i in repeaters else (),
            ("silence", "sentiment_drop") if i in repeaters else ("silence",),
            lang=lg,
        )
        if regular:
            f.happy(c, 2, 8, 17.5)
        t = s0 + timedelta(minutes=off)
        text = r.choice(W.SPIKE[lg])
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        if ch == "social":
            text = (
                "@Parkonda " + text
                if "Parkonda" not in text
                else text.replace("Parkonda", "@Parkonda", 1)
            )
        e = f.add(
            c,
            t,
            ch,
            kind,
            text,
            subject="RSV" if ch == "email" else None,
            attrs={"page": "/help/contact"} if ch == "web" else None,
        )
        if ch == "chat":
            f.reply(c, t + timedelta(minutes=r.randint(2, 5)), W.SPIKE_A, "", "chat")
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
        if i in repeaters:
            ch2 = r.choice([x for x in ("email", "chat", "community") if x != ch])
            t2 = t + timedelta(minutes=r.uniform(10, 60))
            e2 = f.add(
                c,
                t2,
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                W.SPIKE_AGAIN[lg],
            )
            reps.append(e2)
            c.truth["repeat_event_id"] = e2
    f.spike = {
        "topic": "parking app shows every booking as cancelled (error RSV-729): drivers cannot get in",
        "about": "the planted incident, Saturday 7 November 2026",
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
        datetime(2026, 3, 2, tzinfo=UTC),
        10,
        happy_writers,
        "happy customers only",
    ),
    (
        "one_bad_day",
        "BD",
        datetime(2026, 4, 6, tzinfo=UTC),
        12,
        one_bad_day,
        "happy customers with one bad day",
    ),
    (
        "repeat_contacts",
        "RC",
        datetime(2026, 5, 11, tzinfo=UTC),
        10,
        repeat_contacts,
        "open problems raised again",
    ),
    (
        "slow_churners",
        "SC",
        datetime(2026, 6, 15, tzinfo=UTC),
        32,
        slow_churners,
        "slides, leavers, grumpy, sarcastic",
    ),
    (
        "quiet_hours",
        "QH",
        datetime(2026, 8, 14, tzinfo=UTC),
        3,
        quiet_hours,
        "a calm weekend with night bursts",
    ),
    (
        "bilingual",
        "BL",
        datetime(2026, 9, 7, tzinfo=UTC),
        14,
        bilingual,
        "customers writing in two languages",
    ),
    ("b2b_accounts", "BB", datetime(2026, 10, 5, tzinfo=UTC), 14, b2b_accounts, "company accounts"),
    (
        "topic_spike",
        "TS",
        datetime(2026, 11, 2, tzinfo=UTC),
        7,
        topic_spike,
        "a calm week and the planted incident",
    ),
]


def main() -> None:
    for n, (name, code, start, days, build, about) in enumerate(FAMILIES, 1):
        f = Fam(name, code, n, start, days, about)
        build(f)
        jl, truth = f.finish()
        (HERE / f"{name}.jsonl").write_text(jl, encoding="utf-8")
        (HERE / f"{name}.truth.json").write_text(truth, encoding="utf-8")
        print(
            name, len(f.custs), len(f.rows), sum(1 for x in f.rows if x["direction"] == "outbound")
        )


if __name__ == "__main__":
    main()
