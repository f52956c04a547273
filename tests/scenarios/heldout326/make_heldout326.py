"""Generate heldout326 (Aurivo, written blind). Standard library only; seeded."""

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
CODE = "R7-0319"
PROBLEMS = ("no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee")
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
RISK_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
SRC = {
    "email": "aurivo-mail",
    "phone": "aurivo-voice",
    "social": "aurivo-social",
    "community": "aurivo-forum",
    "chat": "aurivo-chat",
    "web": "aurivo-web",
    "survey": "aurivo-survey",
}
COUNTER = {"n": 0}


def money(market: str, eur: int) -> tuple[str, str, str]:
    if market == "UK":
        v = round(eur * 0.86)
        return f"£{v}", str(v), "GBP"
    if market == "CH":
        v = round(eur * 0.94)
        return f"CHF {v}", str(v), "CHF"
    return f"{eur} €", str(eur), "EUR"


def strip_accents(text: str) -> str:
    text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    out = []
    for ch in text:
        if ch in "ñßÑ":
            out.append(ch)
            continue
        out.append(
            "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        )
    return "".join(out)


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
class Fam:
    name: str
    code: str
    start: datetime
    days: int
    rng: random.Random
    rough: random.Random
    rows: list[dict[str, Any]] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    n: int = 0

    def at(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def lang(self, langs: tuple[str, ...] = W.LANGS) -> str:
        weights = [dict(zip(W.LANGS, W.WEIGHTS, strict=True))[x] for x in langs]
        return self.rng.choices(langs, weights)[0]

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        account: str | None = None,
        market: str | None = None,
    ) -> Cust:
        COUNTER["n"] += 1
        n = COUNTER["n"]
        lang = lang or self.lang()
        market = market or self.rng.choice(W.MARKETS[lang])
        first = self.rng.choice(W.FIRST[lang])
        last = self.rng.choice(W.LAST[lang])
        key = f"AU{self.code}{1000 + n}"
        plain = strip_accents(f"{first}.{last}").lower().replace(" ", "")
        if account:
            email = f"{plain}{n}@{account.lower()}.example"
            handle = None
        else:
            email = f"{plain}{n}@mail{n % 7}.example"
            handle = f"@{strip_accents(last).lower()}_{strip_accents(first).lower()}{n}"
        prefix = {
            "ES": "+34 6",
            "IT": "+39 3",
            "CH": "+41 7",
            "DE": "+49 15",
            "AT": "+43 66",
            "UK": "+44 7",
            "IE": "+353 8",
            "FR": "+33 6",
            "BE": "+32 4",
            "PT": "+351 9",
        }[market]
        phone = f"{prefix}{n:08d}"
        c = Cust(key, lang, market, f"{first} {last}", email, phone, handle, account, {})
        c.truth = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": "+" + "".join(ch for ch in phone if ch.isdigit()),
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": [],
            "tolerated_rules": [],
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": c.name,
        }
        self.custs[key] = c
        return c

    def add(
        self,
        c: Cust,
        when: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        out: bool = False,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
        lang: str | None = None,
    ) -> str:
        self.n += 1
        eid = f"au326-{self.code.lower()}-{self.n:05d}"
        if text and not out and channel not in ("phone", "survey"):
            if self.rough.random() < 0.1:
                text = strip_accents(text)
            if self.rough.random() < 0.125:
                text = text[0].lower() + text[1:]
            if self.rough.random() < 1 / 7:
                words = text.split(" ")
                cand = [
                    i for i, w in enumerate(words) if len(w) > 4 and w.isalpha() and w.islower()
                ]
                if cand:
                    i = self.rough.choice(cand)
                    w = words[i]
                    j = self.rough.randrange(1, len(w) - 2)
                    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                    text = " ".join(words)
        if text and channel == "social" and not out:
            if "Aurivo" in text:
                i = text.rfind("Aurivo")
                text = text[:i] + "@" + text[i:]
            else:
                text = "@Aurivo " + text
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(["Nuria", "Paolo", "Greta", "Owen", "Claire", "Rui"])
        a.update(attrs or {})
        self.rows.append(
            {
                "event_id": eid,
                "occurred_at": when,
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "cust": c,
                "text": text,
                "subject": subject,
                "scores": scores or {},
                "source": SRC[channel],
                "attributes": a,
            }
        )
        return eid

    def pick(self, table: W.T, lang: str) -> str:
        return self.rng.choice(table[lang])

    # ------------------------------------------------------------- happy acts --
    def happy(self, c: Cust, when: datetime, surveys: bool = True, lang: str | None = None) -> None:
        lg = lang or c.lang
        kinds = ["praise", "again", "gripe", "chat", "call", "buy", "view", "review"] + (
            ["survey"] if surveys else []
        )
        k = self.rng.choice(kinds)
        r = self.rng
        if k in ("praise", "again", "gripe"):
            table = {"praise": W.PRAISE, "again": W.AGAIN, "gripe": W.GRIPE}[k]
            ch = r.choice(["social", "community"])
            self.add(c, when, ch, "mention" if ch == "social" else "post", self.pick(table, lg))
        elif k == "chat":
            self.add(c, when, "chat", "chat", self.pick(W.QUESTION, lg))
            self.add(
                c,
                when + timedelta(minutes=r.randint(1, 6)),
                "chat",
                "chat",
                self.pick(W.ANSWER, lg),
                out=True,
            )
            if r.random() < 0.6:
                self.add(
                    c,
                    when + timedelta(minutes=r.randint(7, 12)),
                    "chat",
                    "chat",
                    self.pick(W.THANKS, lg),
                )
        elif k == "call":
            self.add(c, when, "phone", "call", self.pick(W.CALL_Q, lg))
            self.add(
                c,
                when + timedelta(minutes=r.randint(15, 50)),
                "email",
                "message",
                self.pick(W.CALL_FOLLOW, lg),
                out=True,
            )
        elif k == "buy":
            name, eur = r.choice(W.PRODUCTS)
            _, val, cur = money(c.market, eur)
            self.add(c, when, "web", "page_view", attrs={"page": "/shop"})
            self.add(
                c,
                when + timedelta(minutes=r.randint(3, 15)),
                "web",
                "purchase",
                attrs={"order_value": val, "currency": cur, "product": name, "page": "/checkout"},
            )
        elif k == "view":
            self.add(
                c,
                when,
                "web",
                "page_view",
                attrs={"page": r.choice(["/studios", "/jewellery", "/aftercare", "/club"])},
            )
        elif k == "review":
            self.add(
                c,
                when,
                "web",
                "review",
                self.pick(W.REVIEW, lg),
                attrs={"rating": r.choice(["5", "5", "4"]), "page": "/reviews"},
            )
        else:
            self.survey_good(c, when, lg)

    def survey_good(self, c: Cust, when: datetime, lg: str) -> None:
        r = self.rng
        s = r.choice(["nps", "csat", "ces"])
        val = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[s]
        self.add(
            c,
            when,
            "survey",
            "survey_response",
            self.pick(W.SURVEY_WORD, lg) or None,
            scores={s: val},
            attrs={"survey": s},
        )

    def day_time(self, day: int, lo: float = 7.0, hi: float = 19.0) -> datetime:
        return self.at(day, self.rng.uniform(lo, hi))

    def happy_days(
        self,
        c: Cust,
        count: int,
        days: list[int],
        surveys: bool = True,
        lo: float = 7.0,
        hi: float = 19.0,
    ) -> None:
        for d in sorted(self.rng.sample(days, min(count, len(days)))):
            self.happy(c, self.day_time(d, lo, hi), surveys)

    def ref(self) -> str:
        COUNTER["n"] += 1
        return f"AU-{400000 + COUNTER['n'] * 7}"

    def out_time(self, when: datetime) -> datetime:
        h = when.hour
        if h >= 21:
            return (when + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 50))
        if h < 7:
            return when.replace(hour=8, minute=self.rng.randint(0, 50))
        return when

    # ------------------------------------------------------------- complaints --
    def complain(
        self,
        c: Cust,
        when: datetime,
        channel: str,
        problem: str,
        lang: str | None = None,
        long: bool = False,
    ) -> tuple[str, str | None]:
        lg = lang or c.lang
        amt, _, _ = money(c.market, self.rng.choice([20, 25, 35, 45]))
        body = self.pick(W.PROBLEM[problem], lg).format(amt=amt)
        subj = W.COMPLAINT_SUBJ[lg].format(topic=W.TOPIC[problem][lg])
        ref: str | None = self.ref()
        if long:
            text = self.pick(W.LONG, lg).format(complaint=body[0].lower() + body[1:])
            eid = self.add(c, when, "email", "message", text, subj)
        elif channel == "email":
            eid = self.add(c, when, "email", "message", body, subj)
        elif channel == "chat":
            eid = self.add(c, when, "chat", "chat", body)
            self.add(
                c,
                when + timedelta(minutes=self.rng.randint(1, 4)),
                "chat",
                "chat",
                self.pick(W.CHAT_CASE, lg).format(ref=ref),
                out=True,
            )
            return eid, ref
        elif channel == "social":
            return self.add(c, when, "social", "mention", body), None
        elif channel == "web":
            eid = self.add(c, when, "web", "ticket", body, subj, attrs={"page": "/help/contact"})
        else:
            eid = self.add(c, when, "phone", "call", self.pick(W.CALL_PROBLEM[problem], lg))
        self.add(
            c,
            self.out_time(when + timedelta(minutes=self.rng.randint(10, 40))),
            "email",
            "message",
            self.pick(W.CASE_OPENED, lg).format(ref=ref),
            W.CASE_SUBJ[lg].format(ref=ref),
            out=True,
        )
        return eid, ref

    def later(self, c: Cust, when: datetime, channel: str, text: str, ref: str, lg: str) -> str:
        if channel == "email":
            return self.add(c, when, "email", "message", text, W.CASE_SUBJ[lg].format(ref=ref))
        if channel == "chat":
            eid = self.add(c, when, "chat", "chat", text)
            self.add(
                c,
                when + timedelta(minutes=self.rng.randint(1, 4)),
                "chat",
                "chat",
                self.pick(W.ADDED_URGENT, lg).format(ref=ref),
                out=True,
            )
            return eid
        if channel == "phone":
            return self.add(
                c, when, "phone", "call", text.lower().replace(",", "").replace(".", "")
            )
        if channel == "social":
            return self.add(c, when, "social", "mention", text)
        return self.add(c, when, "web", "ticket", text, attrs={"page": "/help/contact"})

    def set(self, c: Cust, expected: list[str], tolerated: list[str], **extra: Any) -> None:
        c.truth["expected_rules"] = sorted(expected)
        c.truth["tolerated_rules"] = sorted(tolerated)
        c.truth.update(extra)

    # ------------------------------------------------------------- output --
    def write(self, about: str) -> None:
        rows = sorted(self.rows, key=lambda r: (r["occurred_at"], r["event_id"]))
        seen: set[str] = set()
        lines = []
        for r in rows:
            c: Cust = r["cust"]
            full = r["direction"] == "outbound" or (
                r["direction"] == "inbound" and c.key not in seen
            )
            if r["direction"] == "inbound":
                seen.add(c.key)
            cust: dict[str, Any] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            if full:
                cust.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
            elif r["channel"] == "phone":
                cust["phone"] = c.phone
            elif r["channel"] in ("social", "community"):
                if c.handle:
                    cust["handle"] = c.handle if self.rough.random() > 0.2 else c.handle.lstrip("@")
                else:
                    cust["email"] = c.email
            elif r["channel"] == "email":
                cust["email"] = c.email.upper() if self.rough.random() < 1 / 12 else c.email
            else:
                cust["customer_id"] = c.key
            tp = {
                "event_id": r["event_id"],
                "occurred_at": r["occurred_at"].strftime("%Y-%m-%dT%H:%M:%SZ"),
                "channel": r["channel"],
                "kind": r["kind"],
                "direction": r["direction"],
                "customer": cust,
                "text": r["text"],
                "subject": r["subject"],
                "scores": {
                    "nps": r["scores"].get("nps"),
                    "csat": r["scores"].get("csat"),
                    "ces": r["scores"].get("ces"),
                },
                "source": r["source"],
                "attributes": r["attributes"],
            }
            lines.append(json.dumps(tp, ensure_ascii=False))
        last = rows[-1]["occurred_at"]
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        assert last < datetime(2026, 11, 1, tzinfo=UTC)
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
        truth = {
            "config": {
                "family": self.name,
                "about": about,
                "business": "Aurivo (piercing studios booked by app, jewellery by post; Aurivo Studio Supply for salons)",
                "days": self.days,
                "seed": SEED,
                "written": "blind",
                "expected": dict(sorted(expected.items())),
            },
            "start": self.start.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "end": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "customers": {k: c.truth for k, c in self.custs.items()},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )


def fam(n: int, name: str, code: str, start: str, days: int) -> Fam:
    s = datetime.fromisoformat(start).replace(tzinfo=UTC)
    return Fam(
        name, code, s, days, random.Random(SEED * 100 + n), random.Random(SEED * 100 + 50 + n)
    )


def happy_writers() -> None:
    f = fam(1, "happy_writers", "HW", "2026-01-12", 10)
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, r.randint(5, 8), list(range(10)))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in sorted(r.sample(range(9), r.randint(2, 4))):
            when = f.at(d, 22.2 + r.uniform(0, 6.3))
            if r.random() < 0.5:
                f.add(c, when, "social", "mention", f.pick(W.NIGHT_POST, c.lang))
            else:
                f.add(c, when, "chat", "chat", f.pick(W.NIGHT_Q, c.lang))
                f.add(
                    c,
                    when + timedelta(minutes=r.randint(2, 6)),
                    "chat",
                    "chat",
                    f.pick(W.NIGHT_A, c.lang),
                    out=True,
                )
                f.add(
                    c,
                    when + timedelta(minutes=r.randint(8, 12)),
                    "chat",
                    "chat",
                    f.pick(W.THANKS, c.lang),
                )
        f.happy_days(c, r.randint(2, 3), list(range(10)), lo=9, hi=18)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in sorted(r.sample(range(10), r.randint(3, 6))):
            f.survey_good(c, f.day_time(d), c.lang)
    f.write("happy day writers, night writers and survey-only customers; nothing expected")


def one_bad_day() -> None:
    f = fam(2, "one_bad_day", "BD", "2026-02-09", 12)
    r = f.rng
    channels = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    problems = [PROBLEMS[i % 6] for i in range(24)]
    r.shuffle(problems)
    cased: list[tuple[Cust, datetime, str, str]] = []
    for i, ch in enumerate(channels):
        lang = "es" if ch == "long" and i < 2 else ("it" if ch == "long" else None)
        c = f.person("happy_one_bad_day", "one bad day", lang=lang)
        d = r.randint(2, 9)
        when = f.at(d, r.uniform(8, 20))
        days = [x for x in range(12) if x <= d - 2 or x >= d + 3]
        f.happy_days(c, r.randint(1, 5), days, surveys=False)
        eid, ref = f.complain(
            c, when, "email" if ch == "long" else ch, problems[i], long=ch == "long"
        )
        f.set(
            c,
            [],
            ["silence"],
            problem=problems[i],
            channel="email" if ch == "long" else ch,
            long_email=ch == "long",
            booking=ref,
            bad_day_at=when.strftime("%Y-%m-%dT%H:%M:%SZ"),
            bad_day_event_id=eid,
            trouble_starts_at=when.strftime("%Y-%m-%dT%H:%M:%SZ"),
        )
        if ref:
            cased.append((c, when, ref, eid))
    r.shuffle(cased)
    for j, (c, when, _ref, _) in enumerate(cased):
        if j < 6:
            v = r.randint(1, 5)
            sid = f.add(
                c,
                when + timedelta(minutes=r.randint(100, 140)),
                "survey",
                "survey_response",
                None,
                scores={"nps": v},
                attrs={"survey": "nps"},
            )
            f.set(
                c,
                ["detractor"],
                ["silence"],
                persona="bad_day_detractor",
                nps_given=True,
                nps=v,
                survey_event_id=sid,
            )
        elif j < 11:
            v = r.randint(1, 2)
            sid = f.add(
                c,
                when + timedelta(minutes=r.randint(40, 80)),
                "survey",
                "survey_response",
                r.choice([None, "mal"]),
                scores={"csat": v},
                attrs={"survey": "csat"},
            )
            c.truth.update(csat_given=True, csat=v, survey_event_id=sid)
    for j, (c, when, ref, _) in enumerate(sorted(cased, key=lambda x: x[0].key)[:12]):
        f.add(
            c,
            f.out_time(when + timedelta(hours=r.uniform(1, 4))),
            "email",
            "message",
            f.pick(W.GOOD_NEWS, c.lang).format(ref=ref),
            W.CASE_SUBJ[c.lang].format(ref=ref),
            out=True,
        )
        c.truth["agent_fixed"] = True
        if j < 5:
            at = f.out_time(when + timedelta(hours=r.uniform(16, 24)))
            aid = f.add(c, at, r.choice(["chat", "email"]), "message", f.pick(W.APOLOGY, c.lang))
            c.truth.update(apologised=True, apology_event_id=aid)
    for row in f.rows:
        if row["channel"] == "chat" and row["kind"] == "message":
            row["kind"] = "chat"
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, r.randint(4, 7), list(range(12)), surveys=False)
    f.write("24 happy customers with one bad day, 8 controls")


def repeat_contacts() -> None:
    f = fam(3, "repeat_contacts", "RC", "2026-03-09", 10)
    r = f.rng
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    counts = [2] * 4 + [3] * 4 + [4] * 4
    r.shuffle(counts)
    for i in range(12):
        c = f.person("repeat_contact", "repeats")
        for _ in range(r.randint(1, 3)):
            f.happy(c, f.at(0, r.uniform(7, 12)))
        prob = PROBLEMS[i % 6]
        when = f.at(1 + i % 4, r.uniform(8, 19))
        eid, ref = f.complain(c, when, firsts[i], prob)
        assert ref
        escal = i % 2 == 0
        if escal:
            f.add(
                c,
                when + timedelta(hours=r.uniform(1.5, 2.5)),
                "email",
                "message",
                f.pick(W.ESCALATED, c.lang).format(ref=ref),
                W.CASE_SUBJ[c.lang].format(ref=ref),
                out=True,
            )
        others = [x for x in ["email", "chat", "phone", "web", "social"] if x != firsts[i]]
        r.shuffle(others)
        ids = [eid]
        t = when
        comp = None
        for k in range(1, counts[i]):
            t = f.out_time(t + timedelta(hours=r.uniform(4, 40)))
            if k == 1:
                text = f.pick(W.STILL_OPEN, c.lang).format(ref=ref)
            elif k == 2:
                comp = r.choice(W.COMPETITORS)
                text = f.pick(W.THIRD, c.lang).format(ref=ref, comp=comp)
            else:
                text = f.pick(W.FOURTH, c.lang).format(ref=ref)
            ids.append(f.later(c, t, others[k - 1], text, ref, c.lang))
        f.set(
            c,
            ["repeat_contact"],
            REPEAT_TOL,
            problem=prob,
            booking=ref,
            contacts=counts[i],
            agent_passed_on=escal,
            problem_event_ids=ids,
            competitor=comp,
            trouble_starts_at=when.strftime("%Y-%m-%dT%H:%M:%SZ"),
        )
    for i in range(5):
        c = f.person("resolved_between_contacts", "fixed")
        when = f.at(r.randint(1, 5), r.uniform(8, 18))
        eid, ref = f.complain(c, when, r.choice(["email", "web", "chat"]), PROBLEMS[i])
        assert ref
        g = f.out_time(when + timedelta(hours=r.uniform(3, 20)))
        f.add(
            c,
            g,
            "email",
            "message",
            f.pick(W.GOOD_NEWS, c.lang).format(ref=ref),
            W.CASE_SUBJ[c.lang].format(ref=ref),
            out=True,
        )
        cf = f.out_time(g + timedelta(hours=r.uniform(8, 30)))
        cid = f.later(
            c,
            cf,
            r.choice(["email", "web"]),
            f.pick(W.CONFIRM, c.lang).format(ref=ref),
            ref,
            c.lang,
        )
        f.set(
            c,
            [],
            ["silence"],
            problem=PROBLEMS[i],
            booking=ref,
            problem_event_ids=[eid],
            confirm_event_id=cid,
        )
    for i in range(3):
        c = f.person("different_problems", "two problems")
        probs = []
        for k, d in enumerate((1, r.randint(5, 6))):
            when = f.at(d, r.uniform(8, 16))
            p = PROBLEMS[(i * 2 + k) % 6]
            eid, ref = f.complain(c, when, r.choice(["email", "web"]), p)
            assert ref
            g = f.out_time(when + timedelta(hours=r.uniform(3, 20)))
            f.add(
                c,
                g,
                "email",
                "message",
                f.pick(W.GOOD_NEWS, c.lang).format(ref=ref),
                W.CASE_SUBJ[c.lang].format(ref=ref),
                out=True,
            )
            cid = f.later(
                c,
                f.out_time(g + timedelta(hours=r.uniform(8, 20))),
                "email",
                f.pick(W.CONFIRM, c.lang).format(ref=ref),
                ref,
                c.lang,
            )
            probs.append(
                {"problem": p, "booking": ref, "problem_event_ids": [eid], "confirm_event_id": cid}
            )
        f.set(c, [], ["silence"], problems=probs)
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.happy_days(c, r.randint(5, 8), list(range(10)))
    f.write("12 repeat contacts, 5 fixed, 3 with two problems, 7 frequent writers")


def slow_churners() -> None:
    f = fam(4, "slow_churners", "SC", "2026-04-06", 32)
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    for i in range(10):
        c = f.person("slow_churner", "slides")
        for d in sorted(r.sample(range(11), r.randint(4, 5))):
            ch = r.choice(["social", "community"])
            f.add(
                c,
                f.day_time(d),
                ch,
                "mention" if ch == "social" else "post",
                f.pick(W.PRAISE, c.lang),
            )
        f.happy_days(c, r.randint(2, 4), list(range(11)), surveys=False)
        d0 = r.randint(12, 16)
        comp = r.choice(W.COMPETITORS)
        ids = []
        t = f.at(d0, r.uniform(8, 12))
        first_at: datetime | None = None
        steps = sorted(r.uniform(0, spans[i]) for _ in range(6))
        for k, s in enumerate(steps):
            when = max(f.out_time(f.at(d0, 9) + timedelta(days=s)), t + timedelta(hours=1))
            when = f.out_time(when)
            t = when
            first_at = first_at or when
            text = W.SLIDE[c.lang][k].format(comp=comp)
            ch = r.choice(["social", "community", "review"])
            if ch == "review":
                ids.append(
                    f.add(
                        c,
                        when,
                        "web",
                        "review",
                        text,
                        attrs={"rating": "332211"[k], "page": "/reviews"},
                    )
                )
            else:
                ids.append(f.add(c, when, ch, "mention" if ch == "social" else "post", text))
            if k == 3 and i < 5:
                v = r.randint(1, 5)
                sid = f.add(
                    c,
                    f.out_time(when + timedelta(hours=r.uniform(2.5, 3.5))),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": v},
                    attrs={"survey": "nps"},
                )
                c.truth.update(nps_given=True, nps=v, survey_event_id=sid)
        exp = ["sentiment_drop"] + (["detractor"] if i < 5 else [])
        f.set(
            c,
            exp,
            SLIDE_TOL,
            slide_event_ids=ids,
            slide_days=spans[i],
            competitor=comp,
            trouble_starts_at=first_at.strftime("%Y-%m-%dT%H:%M:%SZ") if first_at else None,
        )
    for _ in range(5):
        c = f.person("slow_churner", "asks to cancel")
        f.happy_days(c, r.randint(4, 6), list(range(16)))
        when = f.at(r.randint(17, 23), r.uniform(8, 18))
        eid = f.add(c, when, "email", "message", f.pick(W.CANCEL_ASK, c.lang), "Baja / Cancel")
        f.add(
            c,
            f.out_time(when + timedelta(hours=r.uniform(1, 5))),
            "email",
            "message",
            f.pick(W.SORRY_GO, c.lang),
            out=True,
        )
        cx = f.out_time(when + timedelta(hours=r.uniform(20, 30)))
        cid = f.add(
            c,
            cx,
            "web",
            "cancellation",
            attrs={"page": "/account/cancel", "product": "Aurivo Club"},
        )
        f.set(
            c,
            ["churn_intent"],
            LEAVE_TOL,
            churn_intent_event_id=eid,
            cancellation_event_id=cid,
            churn_at=cx.strftime("%Y-%m-%dT%H:%M:%SZ"),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, r.randint(6, 10), list(range(32)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles")
        d = r.randint(0, 4)
        ids = []
        for _ in range(r.randint(5, 7)):
            ch = r.choice(["social", "community", "web", "review"])
            text = f.pick(W.GRUMBLE, c.lang)
            when = f.day_time(d)
            if ch == "web":
                ids.append(f.add(c, when, "web", "ticket", text, attrs={"page": "/help/contact"}))
            elif ch == "review":
                ids.append(
                    f.add(c, when, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            else:
                ids.append(f.add(c, when, ch, "mention" if ch == "social" else "post", text))
            d += r.randint(1, 3)
        f.set(c, [], ["repeat_contact", "silence"], grumble_event_ids=ids)
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy")
        f.happy_days(c, r.randint(4, 7), list(range(16)))
        sid = f.add(
            c, f.day_time(r.randint(17, 28)), "social", "mention", f.pick(W.SARCASM, c.lang)
        )
        f.set(c, [], ["silence"], sarcasm_event_id=sid)
    f.write("10 sliders, 5 leavers, 6 steady, 5 grumpy, 5 sarcastic")


def quiet_hours() -> None:
    f = fam(5, "quiet_hours", "QH", "2026-06-05", 3)
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, r.randint(1, 3), [0, 1, 2], lo=7, hi=17.5)
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once")
        when = f.day_time(r.randint(0, 2), 9, 16)
        f.add(c, when, "web", "page_view", attrs={"page": "/studios"})
        g = when + timedelta(minutes=r.randint(20, 30))
        if i < 2:
            gid = f.add(c, g, "chat", "chat", f.pick(W.MILD, c.lang))
            f.add(c, g + timedelta(minutes=3), "chat", "chat", f.pick(W.MILD_ACK, c.lang), out=True)
        else:
            gid = f.add(
                c, g, "web", "ticket", f.pick(W.MILD, c.lang), attrs={"page": "/help/contact"}
            )
            f.add(
                c,
                g + timedelta(minutes=25),
                "email",
                "message",
                f.pick(W.MILD_ACK, c.lang),
                out=True,
            )
        f.set(c, [], ["silence"], grumble_event_id=gid)
    for night in range(3):
        b0 = f.at(night + 1, r.uniform(0.67, 1.08))
        for b, off in enumerate((0, r.uniform(28, 33), r.uniform(55, 65))):
            bs = b0 + timedelta(minutes=off)
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                when = bs + timedelta(minutes=r.uniform(0, 10))
                if r.random() < 0.5:
                    nid = f.add(c, when, "social", "mention", f.pick(W.NIGHT_POST, c.lang))
                else:
                    nid = f.add(c, when, "chat", "chat", f.pick(W.NIGHT_Q, c.lang))
                    f.add(
                        c,
                        when + timedelta(minutes=r.randint(2, 5)),
                        "chat",
                        "chat",
                        f.pick(W.NIGHT_A, c.lang),
                        out=True,
                    )
                    f.add(
                        c,
                        when + timedelta(minutes=r.randint(7, 10)),
                        "chat",
                        "chat",
                        f.pick(W.THANKS, c.lang),
                    )
                if r.random() < 0.5:
                    f.happy(c, f.day_time(r.randint(0, 2), 9, 17.5))
                c.truth.update(burst_at=bs.strftime("%Y-%m-%dT%H:%M:%SZ"), night_event_id=nid)
    f.write("calm weekend with night-owl bursts; nothing expected")


def bilingual() -> None:
    f = fam(6, "bilingual", "BL", "2026-07-13", 14)
    r = f.rng
    pairs = [
        ("es", "it"),
        ("it", "es"),
        ("es", "en"),
        ("it", "de"),
        ("es", "fr"),
        ("it", "fr"),
        ("es", "pt"),
        ("it", "en"),
        ("de", "it"),
        ("fr", "es"),
        ("pt", "es"),
        ("en", "it"),
    ]

    def mk(persona: str, habit: str, i: int) -> tuple[Cust, str, str]:
        a, b = pairs[i % len(pairs)]
        c = f.person(persona, habit, lang=a)
        c.truth.update(
            languages=[a, b],
            job_second_language=r.choice(["works abroad", "partner's language", "grew up there"]),
        )
        return c, a, b

    for i in range(12):
        c, a, b = mk("happy", "alternates languages", i)
        for k, d in enumerate(sorted(r.sample(range(14), r.randint(5, 8)))):
            f.happy(c, f.day_time(d), lang=(a, b)[k % 2])
    for i in range(5):
        c, a, b = mk("repeat_contact", "repeats", i + 3)
        for _ in range(r.randint(1, 3)):
            f.happy(c, f.day_time(r.randint(0, 1)), lang=a)
        n = [2, 2, 3, 3, 4][i]
        when = f.at(r.randint(2, 5), r.uniform(8, 17))
        eid, ref = f.complain(c, when, "email", PROBLEMS[i], lang=a)
        assert ref
        if n >= 3:
            f.add(
                c,
                when + timedelta(hours=2),
                "email",
                "message",
                f.pick(W.ESCALATED, a).format(ref=ref),
                W.CASE_SUBJ[a].format(ref=ref),
                out=True,
            )
        ids, t = [eid], when
        chans = ["chat", "web", "phone"]
        for k in range(1, n):
            lg = (a, b)[k % 2]
            t = f.out_time(t + timedelta(hours=r.uniform(4, 40)))
            text = (W.STILL_OPEN, W.THIRD, W.FOURTH)[k - 1][lg][0].format(
                ref=ref, comp=W.COMPETITORS[i % 2]
            )
            ids.append(f.later(c, t, chans[k - 1], text, ref, lg))
        f.set(
            c,
            ["repeat_contact"],
            REPEAT_TOL,
            booking=ref,
            contacts=n,
            problem_event_ids=ids,
            agent_passed_on=n >= 3,
        )
    for i in range(5):
        c, a, b = mk("slow_churner", "slides", i + 6)
        for k, d in enumerate(sorted(r.sample(range(6), 5))):
            f.add(c, f.day_time(d), "community", "post", f.pick(W.PRAISE, (a, b)[k % 2]))
        for _ in range(r.randint(1, 3)):
            f.happy(c, f.day_time(r.randint(0, 5)), surveys=False, lang=a)
        d0, span = r.randint(7, 8), r.randint(3, 5)
        ids = []
        comp = W.COMPETITORS[i % 2]
        for k in range(6):
            lg = (a, b)[k % 2]
            ids.append(
                f.add(
                    c,
                    f.at(d0 + span * k / 5, 9 + k * 1.5),
                    "social",
                    "mention",
                    W.SLIDE[lg][k].format(comp=comp),
                )
            )
        f.set(
            c, ["sentiment_drop"], SLIDE_TOL, slide_event_ids=ids, slide_days=span, competitor=comp
        )
    for i in range(3):
        c, a, b = mk("happy_one_bad_day", "one bad day", i + 1)
        f.happy_days(c, 3, [0, 1, 2, 9, 10, 11], surveys=False)
        when = f.at(5, r.uniform(9, 18))
        ch = ["email", "email", "chat"][i]
        eid, ref = f.complain(c, when, ch, PROBLEMS[i + 2], lang=b, long=i == 0)
        if i < 2 and ref:
            f.add(
                c,
                when + timedelta(hours=2),
                "email",
                "message",
                f.pick(W.GOOD_NEWS, b).format(ref=ref),
                W.CASE_SUBJ[b].format(ref=ref),
                out=True,
            )
        if i == 1:
            f.add(
                c,
                f.out_time(when + timedelta(hours=r.uniform(18, 24))),
                "chat",
                "chat",
                f.pick(W.APOLOGY, b),
            )
        f.set(c, [], ["silence"], bad_day_event_id=eid, bad_day_language=b, booking=ref)
    for i in range(2):
        c, a, b = mk("resolved_between_contacts", "fixed", i + 8)
        when = f.at(3 + i, r.uniform(9, 16))
        eid, ref = f.complain(c, when, "web", PROBLEMS[i], lang=a)
        assert ref
        g = when + timedelta(hours=5)
        f.add(
            c,
            g,
            "email",
            "message",
            f.pick(W.GOOD_NEWS, b).format(ref=ref),
            W.CASE_SUBJ[b].format(ref=ref),
            out=True,
        )
        cid = f.later(
            c,
            f.out_time(g + timedelta(hours=16)),
            "email",
            f.pick(W.CONFIRM, b).format(ref=ref),
            ref,
            b,
        )
        f.set(
            c,
            [],
            ["silence"],
            booking=ref,
            problem_event_ids=[eid],
            confirm_event_id=cid,
            confirm_language=b,
        )
    f.write("customers alternating two languages")


def b2b_accounts() -> None:
    f = fam(7, "b2b_accounts", "BB", "2026-08-10", 14)
    r = f.rng
    plan: list[tuple[str, str, int]] = [
        ("at_risk", "invoice", 3),
        ("at_risk", "portal", 3),
        ("at_risk", "service_blocked", 3),
        ("at_risk", "invoice", 4),
        ("at_risk", "overbilled", 4),
    ]
    plan += [("one_unhappy", p, 1) for p in ("service_blocked", "overbilled", "portal", "invoice")]
    plan += [("mild", "", 2)] * 3 + [("happy", "", 0)] * 3
    sites = ["tattoo", "beauty", "salon", "piercing", "barber"]
    for i, (kind, prob, unhappy) in enumerate(plan):
        lang = f.lang()
        market = W.MARKETS[lang][0]
        aid = f"AUS-{market}-{3100 + i * 17}"
        ncont = max(
            unhappy + 1, r.randint(4, 6) if kind == "at_risk" else 3 + (kind == "mild" and i % 2)
        )
        people = []
        for _ in range(ncont):
            c = f.person("b2b_happy", "contact", lang=lang, account=aid, market=market)
            c.truth.update(company=f"Studio{i}", role="contact", job_title="studio manager")
            people.append(c)
        acct: dict[str, Any] = {
            "company": f"Studio{i}",
            "site": sites[i % 5],
            "contacts": ncont,
            "contact_keys": [c.key for c in people],
            "unhappy_contacts": 0 if kind == "mild" else unhappy,
            "unhappy_contact_keys": [],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        f.accounts[aid] = acct
        for c in people[unhappy:] if kind != "mild" else people[2:]:
            for _ in range(r.randint(2, 4)):
                when = f.at(r.randint(0, 11), r.uniform(8, 16.5))
                while when.weekday() >= 5:
                    when += timedelta(days=1)
                act = r.choice(["chat", "buy", "praise", "survey"])
                if act == "chat":
                    f.add(c, when, "chat", "chat", f.pick(W.B2B_Q, lang))
                    f.add(
                        c,
                        when + timedelta(minutes=r.randint(1, 6)),
                        "chat",
                        "chat",
                        f.pick(W.B2B_A, lang),
                        out=True,
                    )
                elif act == "buy":
                    name, eur = r.choice(W.B2B_PRODUCTS)
                    _, val, cur = money(market, eur)
                    f.add(c, when, "web", "page_view", attrs={"page": "/portal"})
                    f.add(
                        c,
                        when + timedelta(minutes=9),
                        "web",
                        "purchase",
                        attrs={
                            "order_value": val,
                            "currency": cur,
                            "product": name,
                            "page": "/portal/order",
                        },
                    )
                elif act == "praise":
                    f.add(c, when, "community", "post", f.pick(W.B2B_PRAISE, lang))
                else:
                    f.survey_good(c, when, lang)
        if kind == "at_risk":
            ref = f.ref()
            t = f.at(2, r.uniform(8.5, 11))
            acct["trouble_starts_at"] = t.strftime("%Y-%m-%dT%H:%M:%SZ")
            first = people[0].name.split()[0]
            for k, c in enumerate(people[:unhappy]):
                if k == 0:
                    text = f.pick(W.B2B_PROBLEM[prob], lang)
                else:
                    t = t + timedelta(hours=r.uniform(8, 28))
                    while t.weekday() >= 5 or not 8 <= t.hour < 17:
                        t = (t + timedelta(days=1)).replace(hour=8, minute=r.randint(5, 55))
                    text = W.B2B_LATER[lang][0].format(
                        name=first,
                        day=W.WEEKDAY[lang][2],
                        ref=ref,
                        problem=f.pick(W.B2B_PROBLEM[prob], lang),
                    )
                eid = f.add(
                    c, t, "email", "message", text, W.COMPLAINT_SUBJ[lang].format(topic=ref)
                )
                if k == 0:
                    f.add(
                        c,
                        t + timedelta(minutes=30),
                        "email",
                        "message",
                        f.pick(W.CASE_OPENED, lang).format(ref=ref),
                        W.CASE_SUBJ[lang].format(ref=ref),
                        out=True,
                    )
                acct["unhappy_contact_keys"].append(c.key)
                c.truth.update(
                    persona="b2b_unhappy",
                    habit="complainer",
                    role="complainer",
                    complaint_event_ids=[eid],
                    problem=prob,
                    booking=ref,
                    trouble_starts_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                )
                if k < unhappy - 1:
                    v = r.randint(1, 5)
                    sid = f.add(
                        c,
                        t + timedelta(hours=r.uniform(1, 3)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": v},
                        attrs={"survey": "nps"},
                    )
                    f.set(
                        c,
                        ["detractor"],
                        [x for x in RISK_TOL],
                        nps_given=True,
                        nps=v,
                        survey_event_id=sid,
                    )
                else:
                    t2 = t + timedelta(hours=r.uniform(18, 40))
                    while t2.weekday() >= 5 or not 8 <= t2.hour < 17:
                        t2 = (t2 + timedelta(days=1)).replace(hour=9, minute=r.randint(5, 55))
                    if i == 0:
                        comp = W.COMPETITORS[0]
                        e2 = f.add(
                            c,
                            t2,
                            "email",
                            "message",
                            W.B2B_LAST_MAIL[lang][0].format(ref=ref, comp=comp),
                            W.CASE_SUBJ[lang].format(ref=ref),
                        )
                    else:
                        e2 = f.add(c, t2, "phone", "call", W.B2B_LAST_CALL[lang][0].format(ref=ref))
                    c.truth["complaint_event_ids"].append(e2)
                    f.set(c, ["repeat_contact"], RISK_TOL)
        elif kind == "one_unhappy":
            c = people[0]
            ref = f.ref()
            t = f.at(r.randint(3, 4) + (2 if r.random() < 0.5 else 0), r.uniform(9, 15))
            eid = f.add(
                c,
                t,
                "email",
                "message",
                f.pick(W.B2B_PROBLEM[prob], lang),
                W.COMPLAINT_SUBJ[lang].format(
                    topic=W.TOPIC["refund"][lang] if prob == "overbilled" else ref
                ),
            )
            f.add(
                c,
                t + timedelta(minutes=40),
                "email",
                "message",
                f.pick(W.CASE_OPENED, lang).format(ref=ref),
                W.CASE_SUBJ[lang].format(ref=ref),
                out=True,
            )
            v = r.randint(1, 5)
            sid = f.add(
                c,
                t + timedelta(hours=2),
                "survey",
                "survey_response",
                None,
                scores={"nps": v},
                attrs={"survey": "nps"},
            )
            acct["unhappy_contact_keys"].append(c.key)
            f.set(
                c,
                ["detractor"],
                ["sentiment_drop", "high_value_at_risk", "silence"],
                persona="b2b_one_unhappy",
                habit="complainer",
                role="complainer",
                problem=prob,
                booking=ref,
                complaint_event_ids=[eid],
                nps_given=True,
                nps=v,
                survey_event_id=sid,
            )
        elif kind == "mild":
            for c in people[:2]:
                t = f.at(r.choice([1, 2, 3, 8, 9]), r.uniform(8, 16))
                mid = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    f.pick(W.B2B_SUGGEST, lang),
                    attrs={"page": "/portal/feedback"},
                )
                f.add(
                    c,
                    t + timedelta(minutes=50),
                    "email",
                    "message",
                    f.pick(W.B2B_ACK, lang),
                    out=True,
                )
                f.set(
                    c,
                    [],
                    ["silence"],
                    persona="b2b_mild",
                    habit="suggests",
                    role="suggests",
                    mild_event_id=mid,
                )
    f.write("15 salon accounts of Aurivo Studio Supply")


def topic_spike() -> None:
    f = fam(8, "topic_spike", "TS", "2026-09-14", 7)
    r = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        for _ in range(r.randint(1, 4)):
            d = r.randint(0, 5)
            f.happy(c, f.day_time(d, 12, 19) if d == 5 else f.day_time(d))
    for lg in ("es", "it"):
        c = f.person("grumbles_once", "grumbles once", lang=lg)
        t = f.at(0, r.uniform(9, 16))
        gid = f.add(c, t, "chat", "chat", W.CALM_GRUMBLE[lg][0])
        f.add(c, t + timedelta(minutes=3), "chat", "chat", W.CALM_GRUMBLE_A[lg][0], out=True)
        f.set(c, [], ["silence"], grumble_event_id=gid)
    for lg, h in (("es", 9.67), ("it", 16.08)):
        c = f.person("grumbles_once", "lone question", lang=lg)
        t = f.at(4, h)
        lid = f.add(c, t, "chat", "chat", W.LONE_Q[lg][0])
        f.add(c, t + timedelta(minutes=4), "chat", "chat", W.LONE_A[lg][0], out=True)
        f.set(c, [], ["silence"], lone_report_event_id=lid)
    langs = ["es"] * 6 + ["it"] * 6 + ["de", "de", "en", "en", "fr", "fr", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(chans)
    s0 = f.at(5, 8.25)
    offs = sorted([0.0, 45.0] + [r.uniform(1, 44) for _ in range(18)])
    keys: list[str] = []
    eids: list[str] = []
    reps: list[str] = []
    early = [i for i in range(20) if offs[i] <= 25]
    repeaters = set(early[:6])
    fixed = set([i for i in range(20) if i not in repeaters][:6])
    for i in range(20):
        regular = i % 5 < 3
        c = f.person("spike_reporter", "regular" if regular else "new", lang=langs[i])
        if regular:
            f.happy(c, f.day_time(2, 8, 17.5))
        t = s0 + timedelta(minutes=offs[i])
        ch = chans[i]
        text = f.pick(W.SPIKE, c.lang).format(code=CODE)
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        eid = f.add(c, t, ch, kind, text, "Check-in " + CODE if ch == "email" else None)
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=2),
                "chat",
                "chat",
                f.pick(W.SPIKE_CHAT_A, c.lang),
                out=True,
            )
        keys.append(c.key)
        eids.append(eid)
        c.truth.update(
            in_spike=True,
            regular=regular,
            spike_event_id=eid,
            spike_channel=ch,
            trouble_starts_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        )
        if i in repeaters:
            ch2 = [x for x in ("email", "chat", "community") if x != ch][len(reps) % 2]
            k2 = {"chat": "chat", "community": "post", "email": "message"}[ch2]
            rid = f.add(
                c,
                t + timedelta(minutes=r.randint(15, 50)),
                ch2,
                k2,
                f.pick(W.SPIKE_AGAIN, c.lang).format(code=CODE),
            )
            reps.append(rid)
            f.set(
                c,
                ["repeat_contact"],
                ["silence", "sentiment_drop"],
                persona="spike_repeater",
                repeat_event_id=rid,
            )
        else:
            f.set(c, [], ["silence"])
        if i in fixed:
            local = "11:40" if c.market not in ("UK", "IE", "PT") else "10:40"
            amt, _, _ = money(c.market, 10)
            f.add(
                c,
                f.at(5, 11.13 + i * 0.01),
                "email",
                "message",
                f.pick(W.SPIKE_FIXED, c.lang).format(local=local, amt=amt),
                "Aurivo check-in",
                out=True,
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": f"piercing-studio app check-in fails at the studio door: no appointment can start, error {CODE}",
        "about": "app check-in",
        "channel": None,
        "start": s0.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end": (s0 + timedelta(minutes=45)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    f.write("calm week and one Saturday-morning spike")


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
    COUNTER["n"] = 0
    for build in FAMILIES:
        build()


if __name__ == "__main__":
    main()
