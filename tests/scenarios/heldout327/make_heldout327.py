"""Writes heldout327: Argolia, ear and body piercing studios (written blind)."""

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
from wording import COMPS, FIRST, LAST, MARKETS, W  # noqa: E402

SEED = 20261208
CODE = "PX_904"
LANGS = ["pt", "en", "es", "fr", "it", "de"]
WEIGHTS = [30, 30, 10, 10, 10, 10]
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
TOL_B2B_RISK = [*TOL_REPEAT, "account_risk"]
SOURCES = {
    "email": "argolia-mail",
    "phone": "argolia-voice",
    "social": "argolia-social",
    "community": "argolia-forum",
    "chat": "argolia-chat",
    "web": "argolia-web",
    "survey": "argolia-survey",
}
KIND = {
    "email": "message",
    "phone": "call",
    "social": "post",
    "community": "post",
    "chat": "chat",
    "web": "ticket",
    "survey": "survey_response",
}
SERIAL = Counter[str]()


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
class Row:
    ts: datetime
    cust: Cust
    channel: str
    kind: str
    text: str
    inbound: bool
    subject: str | None = None
    agent: str | None = None
    scores: dict[str, int] = field(default_factory=dict)
    attrs: dict[str, str] = field(default_factory=dict)
    eid: str = ""


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.rng = random.Random(SEED * 100 + n)
        self.rr = random.Random(SEED * 100 + 50 + n)
        self.rows: list[Row] = []
        self.custs: list[Cust] = []
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}

    def at(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(
            days=day, hours=hour, minutes=self.rng.randint(0, 50), seconds=self.rng.randint(0, 59)
        )

    def person(
        self,
        lang: str,
        persona: str,
        habit: str,
        exp: list[str],
        tol: list[str],
        account: str | None = None,
    ) -> Cust:
        SERIAL["c"] += 1
        n = SERIAL["c"]
        market, prefix, digits = self.rng.choice(MARKETS[lang])
        first = FIRST[lang][n % len(FIRST[lang])]
        last = LAST[lang][(n // 3) % len(LAST[lang])]
        plain = strip(f"{first}.{last}").lower().replace(" ", "")
        phone = prefix + f"{(n * 7919 + 1000003) % 10**digits:0{digits}d}"
        email = f"{plain}{n}@{'argolia-trade' if account else 'mail'}{n % 5}.example"
        handle = None if account else f"@{plain.replace('.', '_')}{n}"
        key = f"AG{self.code}{4000 + n}"
        ids = {
            "customer_id": key,
            "email": email,
            "phone": "+" + "".join(ch for ch in phone if ch.isdigit()),
            "handle": handle,
            "account_id": account,
        }
        t = {
            "identifiers": ids,
            "expected_rules": exp,
            "tolerated_rules": tol,
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            "plan": "Club Argolia" if n % 3 == 0 else None,
        }
        c = Cust(key, lang, market, f"{first} {last}", email, phone, handle, account, t)
        self.custs.append(c)
        return c

    def lang(self) -> str:
        return self.rng.choices(LANGS, WEIGHTS)[0]

    def say(self, c: Cust, table: str, **kw: str) -> str:
        return self.rng.choice(W[c.lang][table]).format(**kw)

    def add(
        self, c: Cust, ts: datetime, channel: str, text: str, inbound: bool = True, **kw: Any
    ) -> Row:
        if inbound and channel == "social" and not c.account and "Argolia" not in text:
            text = "@Argolia " + text
        elif inbound and channel == "social" and not c.account:
            i = text.rfind("Argolia")
            text = text[:i] + "@" + text[i:]
        if inbound and channel not in ("phone", "survey"):
            text = self.roughen(text)
        r = Row(ts, c, channel, kw.pop("kind", KIND[channel]), text, inbound, **kw)
        self.rows.append(r)
        SERIAL["e"] += 1
        r.eid = f"ag327-{self.code.lower()}-{SERIAL['e']:05d}"
        return r

    def roughen(self, text: str) -> str:
        if self.rr.random() < 0.1:
            text = strip(text)
        if self.rr.random() < 0.125:
            text = text[:1].lower() + text[1:]
        if self.rr.random() < 1 / 7:
            words = [
                i
                for i, w in enumerate(text.split(" "))
                if w.isalpha() and w.islower() and len(w) > 4
            ]
            if words:
                parts = text.split(" ")
                w = parts[self.rr.choice(words)]
                j = self.rr.randint(1, len(w) - 3)
                parts[parts.index(w)] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(parts)
        return text

    def reply(self, c: Cust, ts: datetime, channel: str, table: str, **kw: str) -> Row:
        return self.add(
            c,
            ts,
            channel,
            self.say(c, table, name=c.name.split()[0], **kw),
            inbound=False,
            agent=f"agent-{self.rng.randint(1, 14):02d}",
        )

    def happy(self, c: Cust, days: list[int], h0: float = 8, h1: float = 19) -> None:
        for d in days:
            ts = self.at(d, self.rng.uniform(h0, h1))
            k = self.rng.randrange(5)
            if k == 0:
                self.add(c, ts, "social", self.say(c, "praise"))
            elif k == 1:
                self.add(c, ts, "community", self.say(c, "praise"))
            elif k == 2 and self.rng.random() < 0.3:
                q = self.say(c, "question").lower()
                self.add(c, ts, "phone", "".join(ch for ch in q if ch not in "?,.!"))
            elif k == 2:
                self.add(c, ts, "chat", self.say(c, "question"))
                self.reply(c, ts + timedelta(minutes=3), "chat", "agent_answer")
                self.add(c, ts + timedelta(minutes=5), "chat", self.say(c, "thanks"))
            elif k == 3:
                self.add(
                    c,
                    ts,
                    "web",
                    "Booking: second lobe piercing + titanium stud",
                    kind="purchase",
                    attrs={
                        "order_value": str(self.rng.choice([35, 45, 60, 75])),
                        "currency": "GBP" if c.market == "UK" else "EUR",
                        "page": "/booking/confirm",
                    },
                )
            else:
                self.add(c, ts, "social", self.say(c, "gripe"))

    def case(self) -> str:
        SERIAL["case"] += 1
        return f"AG-{700000 + SERIAL['case'] * 37}"

    def survey(self, c: Cust, ts: datetime, nps: int | None, csat: int | None, word: str) -> Row:
        sc = {k: v for k, v in (("nps", nps), ("csat", csat)) if v is not None}
        return self.add(
            c, ts, "survey", word, scores=sc, attrs={"survey": "nps" if nps is not None else "csat"}
        )

    def write(self) -> None:
        self.rows.sort(key=lambda r: (r.ts, r.eid))
        seen: set[str] = set()
        lines = []
        for r in self.rows:
            c = r.cust
            full = (not r.inbound) or c.key not in seen
            if r.inbound:
                seen.add(c.key)
            if full:
                ref = {
                    "customer_id": c.key,
                    "email": c.email,
                    "phone": c.phone,
                    "handle": c.handle,
                    "account_id": c.account,
                }
            elif r.channel == "phone":
                ref = {"phone": c.phone}
            elif r.channel in ("social", "community"):
                ref = (
                    {"email": c.email}
                    if c.account
                    else {
                        "handle": c.handle
                        if self.rr.random() > 0.2
                        else (c.handle or "").lstrip("@")
                    }
                )
            elif r.channel == "email":
                ref = {"email": c.email.upper() if self.rr.random() < 0.08 else c.email}
            else:
                ref = {"customer_id": c.key}
            if c.account:
                ref["account_id"] = c.account
            ref = {k: ref.get(k) for k in ("customer_id", "email", "phone", "handle", "account_id")}
            attrs = {"market": c.market, **r.attrs}
            if c.account:
                attrs["segment"] = "b2b"
            if r.agent:
                attrs["agent"] = r.agent
            tp = {
                "event_id": r.eid,
                "occurred_at": r.ts.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "channel": r.channel,
                "kind": r.kind,
                "direction": "inbound" if r.inbound else "outbound",
                "customer": ref,
                "text": r.text,
                "subject": r.subject,
                "scores": {"nps": r.scores.get("nps"), "csat": r.scores.get("csat"), "ces": None},
                "source": SOURCES[r.channel],
                "attributes": attrs,
            }
            lines.append(json.dumps(tp, ensure_ascii=False))
        custs = {c.key: c.truth for c in self.custs}
        for c in self.custs:
            if not any(r.cust.key == c.key and r.inbound for r in self.rows):
                raise SystemExit(f"{c.key} has no inbound touchpoint")
            if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
                raise SystemExit(f"{c.key} expects and tolerates a rule")
        last = self.rows[-1].ts
        if last >= datetime(2026, 11, 28, tzinfo=UTC):
            raise SystemExit("too late")
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        exp = Counter(r for t in custs.values() for r in t["expected_rules"])
        exp.update(r for a in self.accounts.values() for r in a["expected_rules"])
        if self.spike:
            exp["topic_spike"] += 1
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Argolia: ear and body piercing studios",
                "days": self.days,
                "seed": SEED,
                "written": "blind",
                "expected": dict(sorted(exp.items())),
            },
            "start": self.start.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "end": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "customers": custs,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )


def strip(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))


def d0(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        d0(2026, 1, 12),
        10,
        "happy day and night writers and survey-only customers",
    )
    for _ in range(16):
        c = f.person(f.lang(), "happy", "day writer", [], [])
        f.happy(c, sorted(f.rng.sample(range(10), f.rng.randint(5, 8))))
        f.survey(
            c, f.at(9, 12), f.rng.choice([9, 10]), None, f.say(c, "survey").split(",")[0]
        ) if f.rng.random() < 0.4 else None
    for _ in range(5):
        c = f.person(f.lang(), "happy", "night writer", [], [])
        for d in sorted(f.rng.sample(range(9), 4)):
            f.add(
                c, f.at(d, f.rng.choice([22.3, 23.1, 0.5, 1.4, 3.2])), "social", f.say(c, "night")
            )
    for _ in range(5):
        c = f.person(f.lang(), "happy", "answers surveys", [], [])
        f.survey(c, f.at(f.rng.randint(1, 8), 10), f.rng.choice([9, 10]), 5, W[c.lang]["survey"][0])
    return f


def one_bad_day() -> Fam:
    f = Fam("one_bad_day", "BD", 2, d0(2026, 2, 9), 12, "happy customers with one bad day")
    chans = ["letter", "email", "chat", "social", "web", "phone"]
    for i in range(24):
        ch = chans[i % 6]
        nps = i < 6
        csat = 6 <= i < 11
        fol = i % 2 == 0
        apol = i in (1, 3, 7, 13, 19)
        c = f.person(
            f.lang(),
            "bad_day_detractor" if nps else "happy_one_bad_day",
            "one bad day",
            ["detractor"] if nps else [],
            ["silence"],
        )
        bd = f.rng.randint(4, 7)
        f.happy(c, sorted(f.rng.sample([0, 1, 2, 10, 11], f.rng.randint(1, 4))))
        ts = f.at(bd, f.rng.uniform(8, 18))
        comp = f.say(c, "problem")
        case = f.case() if ch != "social" else None
        if ch == "letter":
            r = f.add(c, ts, "email", f.say(c, "letter", complaint=comp), subject=comp[:40])
        elif ch == "phone":
            r = f.add(c, ts, "phone", f.say(c, "call"))
        else:
            r = f.add(c, ts, "email" if ch == "email" else ch, comp)
        c.truth.update(
            bad_day_at=r.ts.isoformat().replace("+00:00", "Z"),
            bad_day_event_id=r.eid,
            trouble_starts_at=r.ts.isoformat().replace("+00:00", "Z"),
            channel=ch,
            booking=case,
            long_email=ch == "letter",
        )
        if case:
            f.reply(
                c,
                ts + timedelta(minutes=40),
                "email" if ch in ("letter", "email", "phone") else ch,
                "agent_case",
                case=case,
            )
            if fol:
                f.reply(c, ts + timedelta(hours=26), "email", "agent_good", case=case)
                f.add(c, ts + timedelta(hours=29), "email", f.say(c, "confirm", case=case))
        if apol:
            a = f.add(
                c,
                ts + timedelta(hours=20),
                "chat" if ch != "social" else "social",
                f.say(c, "apology"),
            )
            c.truth.update(apologised=True, apology_event_id=a.eid)
        if nps:
            s = f.survey(
                c, ts + timedelta(hours=3), f.rng.randint(1, 5), None, W[c.lang]["survey"][-1]
            )
            c.truth.update(nps_given=True, nps=s.scores["nps"], survey_event_id=s.eid)
        if csat:
            s = f.survey(
                c, ts + timedelta(hours=3), None, f.rng.randint(1, 2), W[c.lang]["survey"][-1]
            )
            c.truth.update(csat_given=True, csat=s.scores["csat"], survey_event_id=s.eid)
    for _ in range(8):
        c = f.person(f.lang(), "happy", "control", [], [])
        f.happy(c, sorted(f.rng.sample(range(12), f.rng.randint(2, 5))))
    return f


def repeat_run(f: Fam, c: Cust, day: int, n: int, escalate: bool) -> None:
    case = f.case()
    chans = f.rng.sample(["email", "chat", "web", "phone"], 4)
    ts = f.at(day, f.rng.uniform(8, 15))
    first = f.add(c, ts, chans[0], f.say(c, "problem") if chans[0] != "phone" else f.say(c, "call"))
    f.reply(c, ts + timedelta(minutes=30), "email", "agent_case", case=case)
    ids = [first.eid]
    comp = None
    for k in range(1, n):
        ts = f.at(day + k, f.rng.uniform(8, 17))
        if k == 2:
            comp = f.rng.choice(COMPS)
            txt = f.say(c, "third", case=case, comp=comp)
        elif k == 3:
            txt = f.say(c, "fourth", case=case)
        else:
            txt = f.say(c, "still", case=case)
        ch = chans[k] if chans[k] != "phone" else "email"
        ids.append(f.add(c, ts, ch, txt, subject=f"RE: {case}" if ch == "email" else None).eid)
    if escalate:
        f.reply(c, ts + timedelta(hours=2), "email", "agent_case", case=case)
        c.truth["agent_passed_on"] = True
    c.truth.update(
        booking=case,
        contacts=n,
        problem_event_ids=ids,
        competitor=comp,
        trouble_starts_at=first.ts.isoformat().replace("+00:00", "Z"),
    )


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts", "RC", 3, d0(2026, 3, 16), 10, "repeat contacts about one open problem"
    )
    for i in range(12):
        c = f.person(f.lang(), "repeat_contact", "repeats", ["repeat_contact"], TOL_REPEAT)
        f.happy(c, [0])
        repeat_run(f, c, f.rng.randint(1, 4), [2, 3, 4][i % 3], i < 6)
    for _ in range(5):
        c = f.person(f.lang(), "resolved_between_contacts", "fixed", [], ["silence"])
        case = f.case()
        ts = f.at(2, 10)
        f.add(c, ts, "web", f.say(c, "problem"))
        f.reply(c, ts + timedelta(minutes=30), "email", "agent_case", case=case)
        f.reply(c, ts + timedelta(hours=24), "email", "agent_good", case=case)
        f.add(c, ts + timedelta(hours=26), "email", f.say(c, "confirm", case=case))
        f.happy(c, [7, 8])
    for _ in range(3):
        c = f.person(f.lang(), "different_problems", "two problems", [], ["silence"])
        for d, k in ((2, 0), (7, 3)):
            case = f.case()
            ts = f.at(d, 11)
            f.add(c, ts, "chat", W[c.lang]["problem"][k])
            f.reply(c, ts + timedelta(minutes=4), "chat", "agent_case", case=case)
    for _ in range(7):
        c = f.person(f.lang(), "happy", "frequent writer", [], [])
        f.happy(c, list(range(0, 10, 1)))
    return f


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        d0(2026, 5, 4),
        32,
        "sliders, leavers, steady, grumpy and sarcastic customers",
    )
    for i in range(10):
        nps = i < 5
        c = f.person(
            f.lang(),
            "slow_churner",
            "slides",
            ["sentiment_drop", *(["detractor"] if nps else [])],
            TOL_SLIDE,
        )
        f.happy(c, sorted(f.rng.sample(range(11), 6)))
        for d in range(5):
            f.add(
                c,
                f.at(f.rng.randint(0, 10), 12),
                "social",
                W[c.lang]["praise"][d % len(W[c.lang]["praise"])],
            )
        comp = f.rng.choice(COMPS)
        ids = []
        for k, step in enumerate(W[c.lang]["slide"]):
            ids.append(
                f.add(
                    c,
                    f.at(13 + k * 3, f.rng.uniform(9, 19)),
                    f.rng.choice(["social", "community", "chat"]),
                    step.format(comp=comp),
                ).eid
            )
        c.truth.update(slide_event_ids=ids, competitor=comp)
        if nps:
            s = f.survey(c, f.at(30, 10), f.rng.randint(1, 5), None, W[c.lang]["survey"][-1])
            c.truth.update(nps_given=True, nps=s.scores["nps"], survey_event_id=s.eid)
    for _ in range(5):
        c = f.person(f.lang(), "slow_churner", "asks to cancel", ["churn_intent"], TOL_LEAVE)
        f.happy(c, [1, 5, 9])
        ts = f.at(20, 11)
        r = f.add(c, ts, "email", f.say(c, "cancel"))
        f.reply(c, ts + timedelta(hours=2), "email", "agent_bye")
        x = f.add(
            c,
            ts + timedelta(hours=3),
            "web",
            "Club Argolia",
            kind="cancellation",
            attrs={"page": "/account/close", "product": "Club Argolia"},
        )
        c.truth.update(
            churn_intent_event_id=r.eid,
            cancellation_event_id=x.eid,
            churn_at=x.ts.isoformat().replace("+00:00", "Z"),
        )
    for _ in range(6):
        c = f.person(f.lang(), "happy", "steady", [], [])
        f.happy(c, sorted(f.rng.sample(range(32), 7)))
    for _ in range(5):
        c = f.person(f.lang(), "steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"])
        c.truth["grumble_event_ids"] = [
            f.add(c, f.at(d, 13), "community", f.say(c, "grumble")).eid for d in (2, 9, 16, 24)
        ]
    for _ in range(5):
        c = f.person(f.lang(), "happy_one_sarcastic_remark", "happy", [], ["silence"])
        f.happy(c, [1, 4, 8, 20])
        c.truth["sarcasm_event_id"] = f.add(c, f.at(14, 15), "social", f.say(c, "sarcasm")).eid
    return f


def quiet_hours() -> Fam:
    f = Fam("quiet_hours", "QH", 5, d0(2026, 6, 19), 3, "a calm weekend with night owls")
    for _ in range(16):
        c = f.person(f.lang(), "happy", "day writer", [], [])
        f.happy(c, sorted(f.rng.sample(range(3), f.rng.randint(1, 3))), 7, 17.5)
    for _ in range(4):
        c = f.person(f.lang(), "grumbles_once", "grumbles once", [], ["silence"])
        c.truth["grumble_event_id"] = f.add(c, f.at(1, 14), "community", f.say(c, "grumble")).eid
    for i in range(36):
        c = f.person(f.lang(), "night_owl", f"night {i % 3 + 1}, burst {i % 3 + 1}", [], [])
        t = f.start + timedelta(days=i % 3 + 1, minutes=50 + f.rng.randint(0, 10))
        r = f.add(c, t, f.rng.choice(["social", "community", "chat"]), f.say(c, "night"))
        if r.channel == "chat":
            f.reply(c, t + timedelta(minutes=3), "chat", "agent_answer")
        c.truth.update(night_event_id=r.eid, burst_at=t.isoformat().replace("+00:00", "Z"))
    return f


def bilingual() -> Fam:
    f = Fam("bilingual", "BL", 6, d0(2026, 7, 13), 14, "customers alternating two languages")
    pairs = [
        ("pt", "en"),
        ("en", "pt"),
        ("pt", "es"),
        ("en", "fr"),
        ("pt", "fr"),
        ("en", "de"),
        ("en", "it"),
        ("pt", "de"),
        ("es", "pt"),
        ("de", "en"),
    ]

    def two(i: int, persona: str, habit: str, exp: list[str], tol: list[str]) -> tuple[Cust, str]:
        a, b = pairs[i % len(pairs)]
        c = f.person(a, persona, habit, exp, tol)
        c.truth["languages"] = [a, b]
        return c, b

    def flip(c: Cust, lang: str) -> Cust:
        c2 = Cust(c.key, lang, c.market, c.name, c.email, c.phone, c.handle, c.account, c.truth)
        return c2

    for i in range(12):
        c, b = two(i, "happy", "alternates languages", [], [])
        for d in range(0, 14, 2):
            f.happy(c if d % 4 else flip(c, b), [d])
    for i in range(5):
        c, b = two(i + 3, "repeat_contact", "repeats", ["repeat_contact"], TOL_REPEAT)
        repeat_run(f, flip(c, b) if i % 2 else c, 3 + i % 3, 3, i < 2)
    for i in range(5):
        c, b = two(i + 5, "slow_churner", "slides", ["sentiment_drop"], TOL_SLIDE)
        for d in range(5):
            f.add(c, f.at(d, 11), "social", W[c.lang]["praise"][d % len(W[c.lang]["praise"])])
        comp = COMPS[i % 2]
        ids = [
            f.add(
                c if k % 2 else flip(c, b),
                f.at(6 + k, 15),
                "community",
                W[b if k % 2 == 0 else c.lang]["slide"][k].format(comp=comp),
            ).eid
            for k in range(6)
        ]
        c.truth.update(slide_event_ids=ids, competitor=comp)
    for i in range(3):
        c, b = two(i + 1, "happy_one_bad_day", "one bad day", [], ["silence"])
        f.happy(c, [0, 2, 11])
        r = f.add(flip(c, b), f.at(6, 10), "chat", W[b]["problem"][i])
        f.reply(flip(c, b), r.ts + timedelta(minutes=4), "chat", "agent_case", case=f.case())
        c.truth.update(bad_day_event_id=r.eid, bad_day_language=b)
    for i in range(2):
        c, b = two(i + 7, "resolved_between_contacts", "fixed", [], ["silence"])
        case = f.case()
        ts = f.at(4, 9)
        f.add(c, ts, "email", f.say(c, "problem"))
        f.reply(c, ts + timedelta(hours=1), "email", "agent_case", case=case)
        f.reply(c, ts + timedelta(hours=24), "email", "agent_good", case=case)
        f.add(flip(c, b), ts + timedelta(hours=27), "email", W[b]["confirm"][0].format(case=case))
    return f


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        d0(2026, 9, 7),
        14,
        "salons and pharmacies buying jewellery on account (Argolia Trade)",
    )
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    for i, kind in enumerate(kinds):
        lang = f.lang()
        acc = f"AGT-{MARKETS[lang][0][0]}-{5100 + i * 13}"
        n_contacts = 5 if kind == "at_risk" else 3
        unhappy = (3 + i % 2) if kind == "at_risk" else (1 if kind == "one_unhappy" else 0)
        keys: list[str] = []
        bad: list[str] = []
        for j in range(n_contacts):
            if j < unhappy:
                risk = kind == "at_risk"
                last = risk and j == unhappy - 1
                c = f.person(
                    lang,
                    "b2b_unhappy" if risk else "b2b_one_unhappy",
                    "complainer",
                    ["detractor", *(["repeat_contact"] if last else [])],
                    TOL_B2B_RISK if risk else ["sentiment_drop", "high_value_at_risk", "silence"],
                    acc,
                )
                ts = f.at(2 + j, f.rng.uniform(8, 15))
                r1 = f.add(c, ts, "email", f.say(c, "b2b_complaint", acc=acc))
                case = f.case()
                f.reply(c, ts + timedelta(hours=1), "email", "agent_case", case=case)
                s = f.survey(
                    c, ts + timedelta(hours=4), f.rng.randint(1, 5), None, W[lang]["survey"][-1]
                )
                ids = [r1.eid]
                if last:
                    ids.append(f.add(c, f.at(8, 10), "email", f.say(c, "still", case=case)).eid)
                c.truth.update(
                    complaint_event_ids=ids,
                    nps_given=True,
                    nps=s.scores["nps"],
                    survey_event_id=s.eid,
                    role="complainer",
                    company=f"Company {i}",
                )
                bad.append(c.key)
            elif kind == "mild" and j == 0:
                c = f.person(lang, "b2b_mild", "suggests", [], ["silence"], acc)
                c.truth["mild_event_id"] = f.add(c, f.at(3, 11), "email", f.say(c, "b2b_mild")).eid
            else:
                c = f.person(lang, "b2b_happy", "contact", [], [], acc)
                for d in (1, 6, 11):
                    ts = f.at(d, f.rng.uniform(8, 16))
                    f.add(c, ts, "chat", f.say(c, "b2b_happy"))
                    f.reply(c, ts + timedelta(minutes=3), "chat", "agent_answer")
            c.truth["job_title"] = ["Salon manager", "Pharmacy buyer", "Studio owner"][j % 3]
            keys.append(c.key)
        f.accounts[acc] = {
            "company": f"Company {i}",
            "contacts": n_contacts,
            "contact_keys": keys,
            "unhappy_contacts": unhappy,
            "unhappy_contact_keys": bad,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "language": lang,
            "country": MARKETS[lang][0][0],
        }
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        d0(2026, 10, 12),
        7,
        "a calm week, then a spike of app check-in errors",
    )
    regulars = []
    for _ in range(40):
        c = f.person(f.lang(), "happy", "day writer", [], [])
        f.happy(c, sorted(f.rng.sample(range(5), f.rng.randint(1, 4))))
        regulars.append(c)
    for _ in range(2):
        c = f.person(f.lang(), "grumbles_once", "grumbles once", [], ["silence"])
        c.truth["grumble_event_id"] = f.add(c, f.at(2, 14), "community", f.say(c, "grumble")).eid
    for _ in range(2):
        c = f.person(f.lang(), "grumbles_once", "lone question", [], ["silence"])
        c.truth["lone_report_event_id"] = f.add(c, f.at(4, 13), "chat", f.say(c, "lone")).eid
    s0 = d0(2026, 10, 17) + timedelta(hours=9, minutes=5)
    keys, eids, reps = [], [], []
    for i in range(20):
        rep = i % 20 < 6
        c = f.person(
            f.lang(),
            "spike_repeater" if rep else "spike_reporter",
            "regular" if i < 12 else "new",
            ["repeat_contact"] if rep else [],
            ["silence", *(["sentiment_drop"] if rep else [])],
        )
        if i < 12:
            f.happy(c, [f.rng.randint(0, 3)])
        t = s0 + timedelta(minutes=round(i * 45 / 19))
        r = f.add(c, t, ["chat", "social", "web", "email"][i % 4], f.say(c, "spike", code=CODE))
        keys.append(c.key)
        eids.append(r.eid)
        c.truth.update(
            in_spike=True,
            spike_event_id=r.eid,
            spike_channel=r.channel,
            trouble_starts_at=r.ts.isoformat().replace("+00:00", "Z"),
        )
        if rep:
            x = f.add(c, t + timedelta(minutes=25), "chat", f.say(c, "spike_again", code=CODE))
            reps.append(x.eid)
            c.truth["repeat_event_id"] = x.eid
        elif i >= 14:
            f.reply(
                c,
                d0(2026, 10, 17) + timedelta(hours=11, minutes=30),
                "email",
                "agent_spike",
                time="12:20" if c.lang == "pt" else "11:20",
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": f"piercing-studio app check-in and booking confirmation fail with error {CODE}",
        "channel": None,
        "start": s0.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end": (s0 + timedelta(minutes=45)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    return f


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
        build().write()


if __name__ == "__main__":
    main()
