# ruff: noqa: E501
"""Write heldout298 (Ludorra board-game cafés), written blind. Standard library only."""

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
from wording import W  # noqa: E402

SEED = 20260912
CODE = "LD7-Q2"
COMPS = ["Meeplora", "Tischwerk"]
LANGS = ["it", "de", "en", "fr", "es", "pt"]
WEIGHTS = [30, 30, 10, 10, 10, 10]
MARKETS = {
    "it": ["IT", "IT", "CH"],
    "de": ["DE", "DE", "AT", "CH"],
    "en": ["UK", "IE"],
    "fr": ["FR", "BE"],
    "es": ["ES"],
    "pt": ["PT"],
}
PREFIX = {
    "IT": "+39 3",
    "CH": "+41 7",
    "DE": "+49 15",
    "AT": "+43 66",
    "UK": "+44 7",
    "IE": "+353 8",
    "FR": "+33 6",
    "BE": "+32 4",
    "ES": "+34 6",
    "PT": "+351 9",
}
FIRST = {
    "it": [
        "Giulia",
        "Marco",
        "Chiara",
        "Luca",
        "Francesca",
        "Davide",
        "Sara",
        "Matteo",
        "Elena",
        "Paolo",
    ],
    "de": [
        "Lena",
        "Jonas",
        "Katrin",
        "Felix",
        "Miriam",
        "Tobias",
        "Anja",
        "Stefan",
        "Paula",
        "Henrik",
    ],
    "en": ["Emma", "Oliver", "Grace", "Tom", "Niamh", "Callum"],
    "fr": ["Camille", "Hugo", "Léa", "Julien", "Manon", "Bastien"],
    "es": ["Lucía", "Pablo", "Marta", "Javier", "Irene", "Diego"],
    "pt": ["Inês", "João", "Beatriz", "Rui", "Marta", "Tiago"],
}
LAST = {
    "it": [
        "Ferrari",
        "Colombo",
        "Ricci",
        "Marino",
        "Greco",
        "Bruno",
        "Gallo",
        "Conti",
        "Costa",
        "Fontana",
    ],
    "de": [
        "Becker",
        "Hoffmann",
        "Schulz",
        "Wagner",
        "Keller",
        "Fuchs",
        "Vogel",
        "Krüger",
        "Brandt",
        "Lang",
    ],
    "en": ["Walsh", "Hughes", "Murphy", "Clarke", "Evans", "Byrne"],
    "fr": ["Martin", "Dubois", "Lefèvre", "Moreau", "Girard", "Roux"],
    "es": ["García", "Torres", "Navarro", "Romero", "Ruiz", "Molina"],
    "pt": ["Silva", "Santos", "Ferreira", "Costa", "Oliveira", "Pereira"],
}
CUR = {"UK": ("GBP", 0.86), "CH": ("CHF", 0.94)}
PROBLEMS = ["p_no_table", "p_double_charge", "p_club", "p_deposit"]


def strip_accents(text: str) -> str:
    text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    return "".join(
        ch
        for ch in unicodedata.normalize("NFD", text)
        if unicodedata.category(ch) != "Mn" or ch == "\u0303"
    )


def speech(text: str) -> str:
    keep = "".join(ch if ch.isalnum() or ch in " -€£'" else " " for ch in text)
    return " ".join(keep.lower().split())


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    truth: dict[str, Any]


@dataclass
class Row:
    t: datetime
    cust: Cust
    out: bool
    data: dict[str, Any]


@dataclass
class Fam:
    name: str
    code: str
    start: datetime
    days: int
    n: int
    about: str
    rng: random.Random = field(init=False)
    rr: random.Random = field(init=False)
    rows: list[Row] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    seq: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rr = random.Random(SEED * 100 + 50 + self.n)

    def at(self, day: float, hour: float) -> datetime:
        t = self.start + timedelta(days=day, hours=hour)
        return t.replace(second=0, microsecond=0)

    def lang(self) -> str:
        return self.rng.choices(LANGS, WEIGHTS)[0]

    def person(
        self,
        persona: str,
        habit: str,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        lang: str | None = None,
        account: str | None = None,
        market: str | None = None,
        **extra: Any,
    ) -> Cust:
        lg = lang or self.lang()
        mk = market or self.rng.choice(MARKETS[lg])
        while True:
            key = f"LD{self.code.upper()}{self.rng.randint(1000, 9999)}"
            if key not in USED:
                break
        USED.add(key)
        first, last = self.rng.choice(FIRST[lg]), self.rng.choice(LAST[lg])
        base = strip_accents(f"{first}.{last}").lower().replace(" ", "")
        dom = (
            account.split("-")[-1].lower() + "-firm.example"
            if account
            else self.rng.choice(["posta", "mail", "web", "inbox"]) + ".example"
        )
        email = f"{base}{key[-4:]}@{dom}"
        pre = PREFIX[mk]
        digits = "".join(str(self.rng.randint(0, 9)) for _ in range(8))
        phone = f"{pre}{digits}"
        handle = (
            None
            if account
            else f"@{strip_accents(last).lower()}_{strip_accents(first).lower()}{key[-4:]}"
        )
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": "+" + "".join(ch for ch in phone if ch.isdigit()),
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": sorted(expected or []),
            "tolerated_rules": sorted(tolerated or []),
            "persona": persona,
            "habit": habit,
            "language": lg,
            "country": mk,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        truth.update(extra)
        c = Cust(key, lg, mk, email, phone, handle, account, truth)
        self.custs[key] = c
        return c

    def say(self, c: Cust, table: str, **fmt: str) -> str:
        opts = W[table].get(c.lang) or W[table]["en"]
        text = self.rng.choice(opts)
        return text.format(code=CODE, **fmt) if fmt or "{code}" in text else text

    def rough(self, text: str) -> str:
        if self.rr.random() < 0.1:
            text = strip_accents(text)
        if self.rr.random() < 1 / 8 and text[:1].isupper():
            text = text[0].lower() + text[1:]
        if self.rr.random() < 1 / 7:
            words = [
                i
                for i, w in enumerate(text.split(" "))
                if w.isalpha() and w.islower() and len(w) > 4
            ]
            if words:
                parts = text.split(" ")
                i = self.rr.choice(words)
                w = parts[i]
                j = self.rr.randint(1, len(w) - 3)
                parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(parts)
        return text

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        *,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        extra_attrs: dict[str, str] | None = None,
        **attrs: str,
    ) -> str:
        self.seq += 1
        eid = f"ld298-{self.code}-{self.seq:05d}"
        if text is not None and not out:
            text = (
                speech(text)
                if channel == "phone"
                else (text if channel == "survey" else self.rough(text))
            )
            if channel == "social" and "@Ludorra" not in text:
                text = (
                    text.replace("Ludorra", "@Ludorra", 1)
                    if "Ludorra" in text
                    else "@Ludorra " + text
                )
        a = {"market": c.market, **(extra_attrs or {}), **attrs}
        if c.account:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(["Alessia", "Jan", "Sofia", "Marc", "Nadia"])
        src = {
            "email": "mail",
            "phone": "voice",
            "social": "social",
            "community": "forum",
            "chat": "chat",
            "web": "web",
            "survey": "survey",
        }[channel]
        data: dict[str, Any] = {
            "event_id": eid,
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "text": text,
            "subject": subject,
            "scores": {"nps": None, "csat": None, "ces": None, **(scores or {})},
            "source": f"ludorra-{src}",
            "attributes": a,
        }
        self.rows.append(Row(t, c, out, data))
        return eid

    def case(self) -> str:
        while True:
            ref = f"LD-{self.rng.randint(100000, 999999)}"
            if ref not in USED:
                USED.add(ref)
                return ref

    # ---- acts -------------------------------------------------------------
    def happy_act(self, c: Cust, t: datetime, surveys: bool = True) -> None:
        r = self.rng.random()
        if r < 0.3:
            ch = self.rng.choice(["social", "community"])
            self.add(
                c,
                t,
                ch,
                "mention" if ch == "social" else "post",
                self.say(c, self.rng.choice(["praise", "praise", "gripe_praise"])),
            )
        elif r < 0.5:
            self.add(c, t, "chat", "chat", self.say(c, "question"))
            self.add(
                c,
                t + timedelta(minutes=self.rng.randint(1, 6)),
                "chat",
                "chat",
                self.say(c, "answer"),
                out=True,
            )
            if self.rng.random() < 0.6:
                self.add(
                    c,
                    t + timedelta(minutes=self.rng.randint(7, 10)),
                    "chat",
                    "chat",
                    self.say(c, "thanks"),
                )
        elif r < 0.6:
            self.add(c, t, "phone", "call", self.say(c, "question"))
            self.add(
                c,
                t + timedelta(minutes=self.rng.randint(15, 40)),
                "email",
                "message",
                self.say(c, "answer"),
                out=True,
            )
        elif r < 0.85:
            self.add(c, t, "web", "page_view", page="/book")
            cur, f = CUR.get(c.market, ("EUR", 1.0))
            self.add(
                c,
                t + timedelta(minutes=self.rng.randint(2, 9)),
                "web",
                "purchase",
                order_value=f"{round(self.rng.choice([12, 18, 24, 36]) * f, 2):.2f}",
                currency=cur,
                product=self.rng.choice(
                    ["Table, 4 players, 3 h", "Table, 6 players, evening", "Ludorra Club, monthly"]
                ),
                page="/checkout",
            )
        elif r < 0.93 or not surveys:
            self.add(c, t, "web", "review", self.say(c, "praise"), rating="5", page="/reviews")
        else:
            self.survey_happy(c, t)

    def survey_happy(self, c: Cust, t: datetime) -> None:
        kind = self.rng.choice(["nps", "csat", "ces"])
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
            self.say(c, "survey") or None,
            scores={kind: val},
            survey=kind,
        )

    def dayt(self, day: int, lo: float = 7.0, hi: float = 21.0) -> datetime:
        return self.at(day, self.rng.uniform(lo, hi))

    def happy_days(
        self, c: Cust, n: int, d0: int, d1: int, avoid: set[int] | None = None, surveys: bool = True
    ) -> None:
        days = [d for d in range(d0, d1 + 1) if d not in (avoid or set())]
        for d in sorted(self.rng.sample(days, min(n, len(days)))):
            self.happy_act(c, self.dayt(d, 7, 19), surveys)

    def complaint(
        self, c: Cust, t: datetime, channel: str, problem: str, long: bool = False
    ) -> tuple[str, str | None]:
        text = self.say(c, problem)
        if long and c.lang in W["long_open"]:
            text = self.say(c, "long_open") + text + "." + self.say(c, "long_close")
        kind = {
            "email": "message",
            "chat": "chat",
            "social": "mention",
            "web": "ticket",
            "phone": "call",
            "community": "post",
        }[channel]
        attrs = {"page": "/help"} if channel == "web" else {}
        eid = self.add(
            c,
            t,
            channel,
            kind,
            text,
            subject="Reclamo" if channel == "email" else None,
            extra_attrs=attrs,
        )
        if channel == "social":
            return eid, None
        ref = self.case()
        if channel == "chat":
            self.add(
                c,
                t + timedelta(minutes=self.rng.randint(2, 6)),
                "chat",
                "chat",
                self.say(c, "case_opened", case=ref),
                out=True,
            )
        else:
            self.add(
                c,
                self.morning(t + timedelta(minutes=self.rng.randint(10, 40))),
                "email",
                "message",
                self.say(c, "case_opened", case=ref),
                out=True,
                subject=ref,
            )
        return eid, ref

    def morning(self, t: datetime) -> datetime:
        if t.hour >= 22:
            return (t + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 59))
        if t.hour < 7:
            return t.replace(hour=8, minute=self.rng.randint(0, 59))
        return t

    def write(self) -> None:
        self.rows.sort(key=lambda r: (r.t, r.data["event_id"]))
        seen: set[str] = set()
        out = []
        for r in self.rows:
            c = r.cust
            full = {
                "customer_id": c.key,
                "email": c.email,
                "phone": c.phone,
                "handle": c.handle,
                "account_id": c.account,
            }
            ch = r.data["channel"]
            if r.out or c.key not in seen:
                ref = full
            elif ch == "phone":
                ref = {"phone": c.phone}
            elif ch in ("social", "community"):
                ref = {"handle": c.handle} if c.handle else {"email": c.email}
            elif ch == "email":
                ref = {"email": c.email}
            else:
                ref = {"customer_id": c.key}
            if c.account:
                ref = {**ref, "account_id": c.account}
            if not r.out:
                seen.add(c.key)
            base = {
                k: v
                for k, v in {
                    "customer_id": None,
                    "email": None,
                    "phone": None,
                    "handle": None,
                    "account_id": None,
                }.items()
            }
            d = {
                "event_id": r.data["event_id"],
                "occurred_at": r.t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                **r.data,
                "customer": {**base, **ref},
            }
            out.append(json.dumps(d, ensure_ascii=False))
        (HERE / f"{self.name}.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")
        expected: dict[str, int] = {}
        for c in self.custs.values():
            for rule in c.truth["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
            assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"])
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        last = self.rows[-1].t
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        assert last < datetime(2026, 11, 20, tzinfo=UTC)
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Ludorra: board-game cafés with table booking, Ludorra Club membership, Ludorra Team for companies",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "blind, 2026-12-07",
                "expected": dict(sorted(expected.items())),
            },
            "start": self.start.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "end": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "customers": {k: c.truth for k, c in sorted(self.custs.items())},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


USED: set[str] = set()
SILENCE = ["silence"]
REPEAT_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]


def d(y: int, m: int, day: int) -> datetime:
    return datetime(y, m, day, tzinfo=UTC)


def happy_writers(f: Fam) -> None:
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(5, 8), 0, f.days - 1)
    for _ in range(5):
        c = f.person("happy", "night writer")
        for day in sorted(f.rng.sample(range(f.days - 1), f.rng.randint(2, 4))):
            t = f.at(day, 22.2 + f.rng.uniform(0, 6.3))
            if f.rng.random() < 0.5:
                f.add(c, t, "social", "post", f.say(c, "night"))
            else:
                f.add(c, t, "chat", "chat", f.say(c, "night_q"))
                f.add(c, t + timedelta(minutes=3), "chat", "chat", f.say(c, "night_a"), out=True)
                f.add(c, t + timedelta(minutes=6), "chat", "chat", f.say(c, "thanks"))
        f.happy_days(c, f.rng.randint(2, 3), 0, f.days - 1, surveys=False)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for day in sorted(f.rng.sample(range(f.days), f.rng.randint(3, 6))):
            f.survey_happy(c, f.dayt(day, 8, 20))


def one_bad_day(f: Fam) -> None:
    chans = ["long", "email", "chat", "social", "web", "phone"]
    plan = [(ch, i) for ch in chans for i in range(4)]
    with_case = [i for i, (ch, _) in enumerate(plan) if ch != "social"]
    det = set(f.rng.sample(with_case, 6))
    low = set(f.rng.sample([i for i in with_case if i not in det], 5))
    good = f.rng.sample(with_case, 12)
    apol = set(good[:5])
    for i, (ch, _) in enumerate(plan):
        lang = f.rng.choice(["it", "de"]) if ch == "long" else None
        problem = f.rng.choice(PROBLEMS)
        persona = "bad_day_detractor" if i in det else "happy_one_bad_day"
        c = f.person(
            persona,
            "one bad day",
            ["detractor"] if i in det else [],
            SILENCE,
            lang=lang,
            problem=problem,
            long_email=ch == "long",
        )
        bd = f.rng.randint(2, 9)
        f.happy_days(
            c, f.rng.randint(1, 5), 0, f.days - 1, avoid={bd - 1, bd, bd + 1, bd + 2}, surveys=False
        )
        t = f.at(bd, f.rng.uniform(8, 20))
        eid, ref = f.complaint(c, t, "email" if ch == "long" else ch, problem, long=ch == "long")
        c.truth.update(
            bad_day_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            bad_day_event_id=eid,
            booking=ref,
            trouble_starts_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            channel=ch,
        )
        if i in det:
            n = f.rng.randint(1, 5)
            s = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(100, 140)),
                "survey",
                "survey_response",
                None,
                scores={"nps": n},
                survey="nps",
            )
            c.truth.update(nps_given=True, nps=n, survey_event_id=s)
        elif i in low:
            n = f.rng.randint(1, 2)
            s = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(40, 80)),
                "survey",
                "survey_response",
                None,
                scores={"csat": n},
                survey="csat",
            )
            c.truth.update(csat_given=True, csat=n, survey_event_id=s)
        if i in good and ref:
            f.add(
                c,
                f.morning(t + timedelta(hours=f.rng.uniform(1, 4))),
                "email",
                "message",
                f.say(c, "good_news", case=ref),
                out=True,
                subject=ref,
            )
            c.truth["agent_fixed"] = True
        if i in apol:
            ta = f.morning(t + timedelta(hours=f.rng.uniform(16, 24)))
            a = f.add(c, ta, "chat", "chat", f.say(c, "apology"))
            c.truth.update(
                apologised=True, apology_event_id=a, apology_at=ta.strftime("%Y-%m-%dT%H:%M:%SZ")
            )
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, f.rng.randint(4, 7), 0, f.days - 1, surveys=False)


def repeat_run(f: Fam, c: Cust, day0: float, times: int, escalate: bool, problem: str) -> None:
    chans = ["web", "email", "chat", "phone"]
    first = f.rng.choice(chans)
    t = f.at(day0, f.rng.uniform(8, 19))
    t_first = t
    eid, ref = f.complaint(c, t, first, problem)
    assert ref
    if escalate:
        f.add(
            c,
            t + timedelta(hours=f.rng.uniform(1.5, 2.5)),
            "email",
            "message",
            f.say(c, "escalated", case=ref),
            out=True,
            subject=ref,
        )
    ids = [eid]
    others = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != first]
    f.rng.shuffle(others)
    comp = None
    for k in range(2, times + 1):
        t = f.morning(t + timedelta(hours=f.rng.uniform(4, 40)))
        text = f.say(c, "still_open", case=ref)
        if k == 3:
            comp = f.rng.choice(COMPS)
            text += f.say(c, "third", comp=comp)
        if k == 4:
            text += f.say(c, "fourth")
        ch = others[k - 2]
        kind = {
            "email": "message",
            "chat": "chat",
            "phone": "call",
            "web": "ticket",
            "social": "mention",
        }[ch]
        ids.append(
            f.add(c, t, ch, kind, text, extra_attrs={"page": "/help"} if ch == "web" else {})
        )
        if ch == "chat":
            f.add(
                c, t + timedelta(minutes=3), "chat", "chat", f.say(c, "urgent", case=ref), out=True
            )
    c.truth.update(
        problem=problem,
        booking=ref,
        contacts=times,
        problem_event_ids=ids,
        agent_passed_on=escalate,
        competitor=comp,
        trouble_starts_at=t_first.strftime("%Y-%m-%dT%H:%M:%SZ"),
    )


def fixed_run(f: Fam, c: Cust, day0: int, problem: str) -> dict[str, Any]:
    t = f.at(day0, f.rng.uniform(8, 18))
    eid, ref = f.complaint(c, t, f.rng.choice(["web", "email"]), problem)
    assert ref
    tf = f.morning(t + timedelta(hours=f.rng.uniform(3, 20)))
    f.add(c, tf, "email", "message", f.say(c, "good_news", case=ref), out=True, subject=ref)
    tc = f.morning(tf + timedelta(hours=f.rng.uniform(8, 30)))
    ch = f.rng.choice(["email", "chat"])
    cid = f.add(c, tc, ch, "message" if ch == "email" else "chat", f.say(c, "confirm", case=ref))
    return {
        "problem": problem,
        "booking": ref,
        "raised_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "fixed_at": tf.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "confirmed_at": tc.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
    }


def repeat_contacts(f: Fam) -> None:
    for i in range(12):
        c = f.person("repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        f.happy_act(c, f.at(0, f.rng.uniform(7, 12)), False)
        repeat_run(f, c, f.rng.randint(1, 4), [2, 3, 4][i % 3], i < 6, f.rng.choice(PROBLEMS))
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", [], SILENCE)
        f.happy_act(c, f.at(0, f.rng.uniform(7, 12)), False)
        c.truth["problems"] = [fixed_run(f, c, f.rng.randint(1, 4), f.rng.choice(PROBLEMS))]
    for _ in range(3):
        c = f.person("different_problems", "two problems", [], SILENCE)
        p1, p2 = f.rng.sample(PROBLEMS, 2)
        d0 = f.rng.randint(1, 2)
        c.truth["problems"] = [
            fixed_run(f, c, d0, p1),
            fixed_run(f, c, d0 + f.rng.randint(4, 5), p2),
        ]
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.happy_days(c, f.rng.randint(5, 8), 0, f.days - 1, surveys=False)


def slide(f: Fam, c: Cust, start_day: int, span: int) -> None:
    comp = f.rng.choice(COMPS)
    steps = W["slide"][c.lang]
    ids = []
    t = f.at(start_day, f.rng.uniform(8, 18))
    first = t
    for k, text in enumerate(steps):
        if k:
            t = f.morning(
                max(t + timedelta(hours=1), f.at(start_day + span * k / 5, f.rng.uniform(8, 20)))
            )
        ch = ["social", "community", "web"][k % 3]
        kind = {"social": "mention", "community": "post", "web": "review"}[ch]
        extra = {"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"} if ch == "web" else {}
        ids.append(f.add(c, t, ch, kind, text.format(comp=comp), extra_attrs=extra))
        if k == 3:
            c.truth["fourth_at"] = t
    c.truth.update(
        slide_event_ids=ids,
        slide_days=span,
        competitor=comp,
        trouble_starts_at=first.strftime("%Y-%m-%dT%H:%M:%SZ"),
    )


def slow_churners(f: Fam) -> None:
    spans = [3, 5, 5, 5, 5, 5, 9, 9, 9, 9]
    for i in range(10):
        det = i < 5
        c = f.person(
            "slow_churner",
            "slides",
            ["sentiment_drop"] + (["detractor"] if det else []),
            [
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
        for day in sorted(f.rng.sample(range(11), f.rng.randint(4, 5))):
            f.add(
                c,
                f.dayt(day, 8, 20),
                f.rng.choice(["social", "community"]),
                "post",
                f.say(c, "praise"),
            )
        f.happy_days(c, f.rng.randint(2, 4), 0, 10, surveys=False)
        slide(f, c, f.rng.randint(12, 16), spans[i])
        t4 = c.truth.pop("fourth_at")
        if det:
            n = f.rng.randint(1, 5)
            s = f.add(
                c,
                f.morning(t4 + timedelta(hours=f.rng.uniform(2.5, 3.5))),
                "survey",
                "survey_response",
                None,
                scores={"nps": n},
                survey="nps",
            )
            c.truth.update(nps_given=True, nps=n, survey_event_id=s)
    for _ in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            ["churn_intent"],
            ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        f.happy_days(c, f.rng.randint(4, 6), 0, 15, surveys=False)
        t = f.at(f.rng.randint(17, 23), f.rng.uniform(8, 18))
        e = f.add(c, t, "email", "message", f.say(c, "leave"), subject="Ludorra Club")
        f.add(
            c,
            f.morning(t + timedelta(hours=f.rng.uniform(1, 5))),
            "email",
            "message",
            f.say(c, "sorry_go"),
            out=True,
        )
        tc = f.morning(t + timedelta(hours=f.rng.uniform(20, 30)))
        x = f.add(
            c,
            tc,
            "web",
            "cancellation",
            None,
            page="/account/club",
            product="Ludorra Club, monthly",
        )
        c.truth.update(
            churn_intent_event_id=e,
            cancellation_event_id=x,
            churn_at=tc.strftime("%Y-%m-%dT%H:%M:%SZ"),
            trouble_starts_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, f.rng.randint(6, 10), 0, f.days - 1, surveys=False)
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"])
        day = f.rng.randint(0, 4)
        ids = []
        for _ in range(f.rng.randint(5, 7)):
            ch = f.rng.choice(["social", "community", "web"])
            extra = {"rating": "3", "page": "/reviews"} if ch == "web" else {}
            ids.append(
                f.add(
                    c,
                    f.dayt(day, 8, 20),
                    ch,
                    {"social": "mention", "community": "post", "web": "review"}[ch],
                    f.say(c, "grumpy"),
                    extra_attrs=extra,
                )
            )
            day += f.rng.randint(1, 3)
        c.truth["grumble_event_ids"] = ids
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", [], SILENCE)
        f.happy_days(c, f.rng.randint(4, 6), 0, 16, surveys=False)
        c.truth["sarcasm_event_id"] = f.add(
            c, f.dayt(f.rng.randint(17, 28), 9, 20), "social", "mention", f.say(c, "sarcasm")
        )


def quiet_hours(f: Fam) -> None:
    for _ in range(16):
        c = f.person("happy", "day writer")
        for day in sorted(f.rng.sample(range(3), f.rng.randint(1, 3))):
            f.happy_act(c, f.at(day, f.rng.uniform(7, 17.5)), False)
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", [], SILENCE)
        t = f.at(f.rng.randint(0, 2), f.rng.uniform(9, 17))
        f.add(c, t, "web", "page_view", page="/cafes")
        if i < 2:
            g = f.add(c, t + timedelta(minutes=25), "chat", "chat", f.say(c, "mild"))
            f.add(c, t + timedelta(minutes=29), "chat", "chat", f.say(c, "answer"), out=True)
        else:
            g = f.add(c, t + timedelta(minutes=22), "web", "ticket", f.say(c, "mild"), page="/help")
            f.add(
                c,
                t + timedelta(minutes=50),
                "email",
                "message",
                f.say(c, "case_opened", case=f.case()),
                out=True,
            )
        c.truth["grumble_event_id"] = g
    for night in range(3):
        b0 = f.at(night + 1, f.rng.uniform(0.67, 1.08))
        for b, off in enumerate([0, f.rng.uniform(28, 33), f.rng.uniform(55, 65)]):
            bs = b0 + timedelta(minutes=off)
            for _ in range(4):
                c = f.person(
                    "night_owl",
                    f"night {night + 1}, burst {b + 1}",
                    burst_at=bs.strftime("%Y-%m-%dT%H:%M:%SZ"),
                )
                t = bs + timedelta(minutes=f.rng.uniform(0, 10))
                if f.rng.random() < 0.5:
                    c.truth["night_event_id"] = f.add(c, t, "social", "post", f.say(c, "night"))
                else:
                    c.truth["night_event_id"] = f.add(c, t, "chat", "chat", f.say(c, "night_q"))
                    f.add(
                        c, t + timedelta(minutes=3), "chat", "chat", f.say(c, "night_a"), out=True
                    )
                    f.add(c, t + timedelta(minutes=5), "chat", "chat", f.say(c, "thanks"))
                if f.rng.random() < 0.5:
                    f.happy_act(c, f.at(f.rng.randint(0, 2), f.rng.uniform(9, 17.5)), False)


def bilingual(f: Fam) -> None:
    pairs = [
        ("it", "de"),
        ("de", "it"),
        ("it", "en"),
        ("de", "en"),
        ("it", "fr"),
        ("de", "fr"),
        ("en", "it"),
        ("fr", "de"),
        ("es", "it"),
        ("pt", "de"),
        ("de", "es"),
        ("it", "pt"),
    ]
    mk = {
        ("it", "de"): "CH",
        ("de", "it"): "CH",
        ("de", "fr"): "CH",
        ("fr", "de"): "CH",
        ("it", "fr"): "CH",
    }

    def mkp(
        persona: str, habit: str, i: int, exp: list[str], tol: list[str]
    ) -> tuple[Cust, str, str]:
        a, b = pairs[i % len(pairs)]
        c = f.person(persona, habit, exp, tol, lang=a, market=mk.get((a, b)), languages=[a, b])
        return c, a, b

    for i in range(12):
        c, a, b = mkp("happy", "alternates languages", i, [], [])
        for k, day in enumerate(sorted(f.rng.sample(range(f.days), f.rng.randint(5, 8)))):
            c.lang = [a, b][k % 2]
            f.happy_act(c, f.dayt(day, 8, 19), False)
        c.lang = a
    for i in range(5):
        c, a, b = mkp("repeat_contact", "repeats", i + 3, ["repeat_contact"], REPEAT_TOL)
        f.happy_act(c, f.at(f.rng.randint(0, 1), f.rng.uniform(8, 12)), False)
        c.lang = b
        repeat_run(f, c, f.rng.randint(2, 5), [2, 2, 3, 3, 4][i], i >= 2, f.rng.choice(PROBLEMS))
        c.lang = a
    for i in range(5):
        c, a, b = mkp(
            "slow_churner",
            "slides",
            i + 5,
            ["sentiment_drop"],
            [
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
        for k, day in enumerate(range(6)[:5]):
            c.lang = [a, b][k % 2]
            f.add(c, f.dayt(day, 8, 20), "social", "post", f.say(c, "praise"))
        c.lang = b
        slide(f, c, f.rng.randint(7, 8), f.rng.randint(3, 5))
        c.truth.pop("fourth_at")
        c.lang = a
    for i in range(3):
        c, a, b = mkp("happy_one_bad_day", "one bad day", i, [], SILENCE)
        f.happy_days(c, 3, 0, 3, surveys=False)
        c.lang = b
        t = f.at(f.rng.randint(7, 10), f.rng.uniform(9, 18))
        ch = ["email", "email", "chat"][i]
        eid, ref = f.complaint(c, t, ch, f.rng.choice(PROBLEMS), long=i == 0)
        c.truth.update(
            bad_day_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            bad_day_event_id=eid,
            booking=ref,
            bad_day_language=b,
        )
        c.lang = a
    for i in range(2):
        c, a, b = mkp("resolved_between_contacts", "fixed", i + 7, [], SILENCE)
        c.truth["problems"] = [fixed_run(f, c, f.rng.randint(2, 6), f.rng.choice(PROBLEMS))]
        c.truth["confirm_language"] = a


def b2b_accounts(f: Fam) -> None:
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    for n, kind in enumerate(kinds):
        lang = f.rng.choices(LANGS, WEIGHTS)[0] if n >= 2 else ["it", "de"][n]
        mk = f.rng.choice(MARKETS[lang])
        acc = f"LDT-{mk}-{f.rng.randint(1000, 9999)}"
        size = f.rng.randint(4, 6) if kind == "at_risk" else f.rng.randint(3, 4)
        n_unhappy = (
            (3 if n < 3 else 4) if kind == "at_risk" else (1 if kind == "one_unhappy" else 0)
        )
        keys, unhappy = [], []
        contacts = []
        for k in range(size):
            if k < n_unhappy:
                exp = ["detractor"] + (
                    ["repeat_contact"] if k == n_unhappy - 1 and kind == "at_risk" else []
                )
                tol = (
                    [
                        "sentiment_drop",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "silence",
                        "account_risk",
                    ]
                    if kind == "at_risk"
                    else ["sentiment_drop", "high_value_at_risk", "silence"]
                )
                if kind == "at_risk" and k == n_unhappy - 1:
                    exp = ["repeat_contact"]
                c = f.person(
                    "b2b_unhappy" if kind == "at_risk" else "b2b_one_unhappy",
                    "complainer",
                    exp,
                    tol,
                    lang=lang,
                    account=acc,
                    market=mk,
                    company=f"Firma {acc[-4:]}",
                    role="complainer",
                )
                unhappy.append(c.key)
            elif kind == "mild" and k < 2:
                c = f.person(
                    "b2b_mild",
                    "suggests",
                    [],
                    SILENCE,
                    lang=lang,
                    account=acc,
                    market=mk,
                    company=f"Firma {acc[-4:]}",
                    role="suggests",
                )
            else:
                c = f.person(
                    "b2b_happy",
                    "contact",
                    [],
                    [],
                    lang=lang,
                    account=acc,
                    market=mk,
                    company=f"Firma {acc[-4:]}",
                    role="contact",
                )
            keys.append(c.key)
            contacts.append(c)
        ref = f.case()
        t = f.at(2, 9.0 + n * 0.3)  # Wednesday
        for k, c in enumerate(contacts):
            role = c.truth["role"]
            if role == "contact":
                for day in f.rng.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], 3):
                    tt = f.at(day, f.rng.uniform(8, 16.5))
                    f.add(c, tt, "chat", "chat", f.say(c, "b2b_routine"))
                    f.add(
                        c,
                        tt + timedelta(minutes=f.rng.randint(1, 6)),
                        "chat",
                        "chat",
                        f.say(c, "answer"),
                        out=True,
                    )
                    if f.rng.random() < 0.5:
                        f.survey_happy(c, tt + timedelta(hours=2))
            elif role == "suggests":
                tt = f.at(f.rng.randint(3, 9), f.rng.uniform(8, 16))
                tt = tt if tt.weekday() < 5 else tt + timedelta(days=2)
                c.truth["mild_event_id"] = f.add(
                    c, tt, "web", "ticket", f.say(c, "b2b_suggest"), page="/team/help"
                )
                f.add(
                    c,
                    tt + timedelta(minutes=40),
                    "email",
                    "message",
                    f.say(c, "case_opened", case=f.case()),
                    out=True,
                )
            elif kind == "one_unhappy":
                tt = f.at(f.rng.randint(3, 4), f.rng.uniform(8, 16))
                e = f.add(
                    c,
                    tt,
                    "email",
                    "message",
                    f.say(c, "b2b_complaint"),
                    subject="Reclamo / Beschwerde",
                )
                own = f.case()
                f.add(
                    c,
                    tt + timedelta(minutes=30),
                    "email",
                    "message",
                    f.say(c, "case_opened", case=own),
                    out=True,
                    subject=own,
                )
                nps = f.rng.randint(1, 5)
                s = f.add(
                    c,
                    tt + timedelta(hours=2),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": nps},
                    survey="nps",
                )
                c.truth.update(
                    complaint_event_ids=[e],
                    booking=own,
                    nps_given=True,
                    nps=nps,
                    survey_event_id=s,
                    problem="invoice",
                    trouble_starts_at=tt.strftime("%Y-%m-%dT%H:%M:%SZ"),
                )
            else:
                text = (
                    f.say(c, "b2b_complaint")
                    if k == 0
                    else f.say(
                        c, "b2b_follow", first=contacts[0].truth["name"].split()[0], case=ref
                    )
                )
                e = f.add(
                    c, t, "email", "message", text, subject=ref if k else "Fattura / Rechnung"
                )
                if k == 0:
                    f.add(
                        c,
                        t + timedelta(minutes=35),
                        "email",
                        "message",
                        f.say(c, "case_opened", case=ref),
                        out=True,
                        subject=ref,
                    )
                ids = [e]
                if k < n_unhappy - 1:
                    nps = f.rng.randint(1, 5)
                    s = f.add(
                        c,
                        t + timedelta(hours=f.rng.uniform(1, 3)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": nps},
                        survey="nps",
                    )
                    c.truth.update(nps_given=True, nps=nps, survey_event_id=s)
                else:
                    t2 = t + timedelta(hours=f.rng.uniform(18, 40))
                    t2 = t2.replace(hour=f.rng.randint(8, 16))
                    ids.append(f.add(c, t2, "phone", "call", f.say(c, "b2b_last", case=ref)))
                c.truth.update(
                    complaint_event_ids=ids,
                    booking=ref,
                    problem="invoice",
                    trouble_starts_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                )
                t = t + timedelta(hours=f.rng.uniform(8, 28))
                t = t.replace(hour=f.rng.randint(8, 16))
                if t.weekday() >= 5:
                    t += timedelta(days=7 - t.weekday())
        f.accounts[acc] = {
            "company": f"Firma {acc[-4:]}",
            "site": f.rng.choice(["office", "school", "agency", "bank", "hospital"]),
            "contacts": size,
            "contact_keys": keys,
            "unhappy_contacts": n_unhappy,
            "unhappy_contact_keys": unhappy,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": "invoice" if kind == "at_risk" else None,
            "trouble_starts_at": f.at(2, 9.0 + n * 0.3).strftime("%Y-%m-%dT%H:%M:%SZ")
            if kind == "at_risk"
            else None,
            "language": lang,
            "country": mk,
        }


def topic_spike(f: Fam) -> None:
    for _ in range(40):
        c = f.person("happy", "day writer")
        for day in sorted(f.rng.sample(range(6), f.rng.randint(1, 4))):
            lo = 12.0 if day == 5 else 7.0
            f.happy_act(c, f.at(day, f.rng.uniform(lo, 19)), False)
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", [], SILENCE)
        t = f.at(0, f.rng.uniform(9, 16))
        c.truth["grumble_event_id"] = f.add(c, t, "chat", "chat", f.say(c, "mild"))
        f.add(c, t + timedelta(minutes=4), "chat", "chat", f.say(c, "answer"), out=True)
    for lang, hour in (("it", 9.67), ("de", 16.08)):
        c = f.person("grumbles_once", "lone question", [], SILENCE, lang=lang)
        t = f.at(4, hour)
        c.truth["lone_report_event_id"] = f.add(c, t, "chat", "chat", f.say(c, "lone_q"))
        f.add(c, t + timedelta(minutes=5), "chat", "chat", f.say(c, "lone_a"), out=True)
    s0 = f.at(5, 8 + 20 / 60)
    langs = ["it"] * 6 + ["de"] * 6 + ["en", "en", "fr", "fr", "es", "es", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    offs = sorted([0, 45] + [f.rng.randint(1, 44) for _ in range(18)])
    keys, eids, reps = [], [], []
    rep_idx = [i for i in range(20) if offs[i] <= 15][:6]
    fix_idx = [i for i in range(20) if i not in rep_idx][:6]
    for i in range(20):
        regular = i < 12
        persona = "spike_repeater" if i in rep_idx else "spike_reporter"
        tol = ["silence", "sentiment_drop"] if i in rep_idx else SILENCE
        c = f.person(
            persona,
            "regular" if regular else "new",
            ["repeat_contact"] if i in rep_idx else [],
            tol,
            lang=langs[i],
            in_spike=True,
            regular=regular,
        )
        if regular:
            f.happy_act(c, f.at(2, f.rng.uniform(8, 17.5)), False)
        t = s0 + timedelta(minutes=offs[i])
        ch = chans[i]
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        e = f.add(
            c, t, ch, kind, f.say(c, "spike"), extra_attrs={"page": "/help"} if ch == "web" else {}
        )
        if ch == "chat":
            f.add(c, t + timedelta(minutes=2), "chat", "chat", f.say(c, "spike_chat_a"), out=True)
        c.truth.update(
            spike_event_id=e, spike_channel=ch, trouble_starts_at=t.strftime("%Y-%m-%dT%H:%M:%SZ")
        )
        keys.append(c.key)
        eids.append(e)
        if i in rep_idx:
            ch2 = f.rng.choice([x for x in ["email", "chat", "community"] if x != ch])
            r = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(15, 50)),
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                f.say(c, "spike_again"),
            )
            c.truth["repeat_event_id"] = r
            reps.append(r)
        if i in fix_idx:
            f.add(
                c,
                f.at(5, 11.1 + f.rng.uniform(0, 0.15)),
                "email",
                "message",
                f.say(c, "works_again"),
                out=True,
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": f"board-game café table booking fails in the app and on the web in every café, error {CODE}",
        "about": "bookings",
        "channel": None,
        "start": s0.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end": (s0 + timedelta(minutes=45)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }


FAMILIES = [
    (
        "happy_writers",
        "hw",
        d(2026, 1, 12),
        10,
        happy_writers,
        "happy day and night writers, survey-only",
    ),
    ("one_bad_day", "bd", d(2026, 2, 9), 12, one_bad_day, "one bad day each, controls"),
    (
        "repeat_contacts",
        "rc",
        d(2026, 3, 16),
        10,
        repeat_contacts,
        "repeat contacts, fixed, two problems, frequent writers",
    ),
    (
        "slow_churners",
        "sc",
        d(2026, 4, 13),
        32,
        slow_churners,
        "sliders, leavers, steady, grumpy, sarcastic",
    ),
    ("quiet_hours", "qh", d(2026, 6, 5), 3, quiet_hours, "calm weekend with night-owl bursts"),
    ("bilingual", "bl", d(2026, 7, 6), 14, bilingual, "customers alternating two languages"),
    ("b2b_accounts", "bb", d(2026, 8, 3), 14, b2b_accounts, "Ludorra Team company accounts"),
    ("topic_spike", "ts", d(2026, 9, 7), 7, topic_spike, "calm week and a Saturday-morning spike"),
]


def main() -> None:
    for n, (name, code, start, days, build, about) in enumerate(FAMILIES, 1):
        assert start.weekday() == (4 if name == "quiet_hours" else 0)
        f = Fam(name, code, start, days, n, about)
        build(f)
        f.write()


if __name__ == "__main__":
    main()
