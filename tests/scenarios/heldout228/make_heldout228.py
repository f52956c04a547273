# ruff: noqa: E501
"""Build heldout228 (Fotondo): every <family>.jsonl and <family>.truth.json.

Standard library only, fixed seed, one random.Random per family (and one more for
roughening). Run as `python make_heldout228.py` from anywhere.
"""

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

SEED = 20261207
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
LANG_POOL = ["es"] * 30 + ["en"] * 30 + ["fr"] * 10 + ["de"] * 10 + ["it"] * 10 + ["pt"] * 10
PHONE = {
    "ES": ("34", "6", 8),
    "UK": ("44", "7", 9),
    "IE": ("353", "8", 8),
    "FR": ("33", "6", 8),
    "BE": ("32", "4", 8),
    "DE": ("49", "15", 9),
    "AT": ("43", "66", 8),
    "CH": ("41", "7", 8),
    "IT": ("39", "3", 9),
    "PT": ("351", "9", 8),
}
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
TOL_B2B_RISK = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
TOL_B2B_ONE = ["sentiment_drop", "high_value_at_risk", "silence"]
SOURCES = {
    "email": "fotondo-mail",
    "phone": "fotondo-voice",
    "social": "fotondo-social",
    "community": "fotondo-forum",
    "chat": "fotondo-chat",
    "web": "fotondo-web",
    "survey": "fotondo-survey",
}
USED: set[str] = set()


def unique(rng: random.Random, make: Any) -> str:
    while True:
        value = str(make())
        if value not in USED:
            USED.add(value)
            return value


def strip_accents(text: str) -> str:
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
        text = text.replace(a, b)
    out = []
    for ch in text:
        if ch in "ñÑß":
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
    first: str
    last: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    persona: str
    habit: str
    expected: list[str]
    tolerated: list[str]
    extra: dict[str, Any] = field(default_factory=dict)
    langs: list[str] = field(default_factory=list)


@dataclass
class Row:
    ts: datetime
    eid: str
    channel: str
    kind: str
    out: bool
    cust: Cust
    text: str | None
    subject: str | None
    scores: dict[str, int | None]
    attrs: dict[str, str]


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.custs: list[Cust] = []
        self.rows: list[Row] = []
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.count = 0

    def at(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(
            days=day, hours=hour, minutes=self.rng.randint(0, 59), seconds=self.rng.randint(0, 59)
        )

    def day_time(self, day: int, lo: float = 7, hi: float = 20) -> datetime:
        return self.at(day, self.rng.uniform(lo, hi - 1))

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        market: str | None = None,
        account: str | None = None,
        domain: str | None = None,
    ) -> Cust:
        rng = self.rng
        lang = lang or rng.choice(LANG_POOL)
        market = market or rng.choice(W.MARKETS[lang])
        first, last = rng.choice(W.FIRST[lang]), rng.choice(W.LAST[lang])
        plain = strip_accents(f"{first}.{last}").lower().replace("ß", "ss").replace("ñ", "n")
        key = unique(rng, lambda: f"FT{self.code.upper()}{rng.randint(1000, 9999)}")
        email = unique(
            rng,
            lambda: (
                f"{plain}{rng.randint(1, 99)}@{domain or rng.choice(['correo', 'mail', 'post', 'inbox'])}.example"
            ),
        )
        cc, pre, nd = PHONE[market]
        phone = unique(
            rng, lambda: "+" + cc + pre + "".join(str(rng.randint(0, 9)) for _ in range(nd))
        )
        handle = (
            None
            if account
            else unique(
                rng,
                lambda: "@" + plain.replace(".", rng.choice(["_", ""])) + str(rng.randint(1, 99)),
            )
        )
        c = Cust(
            key,
            lang,
            market,
            first,
            last,
            email,
            phone,
            handle,
            account,
            persona,
            habit,
            expected or [],
            tolerated or [],
        )
        c.langs = [lang]
        self.custs.append(c)
        return c

    def text(self, table: dict[str, list[str]], lang: str, **kw: str) -> str:
        kw.setdefault("brand", W.BRAND)
        kw.setdefault("code", W.CODE)
        kw.setdefault("agent", self.rng.choice(W.AGENTS))
        return self.rng.choice(table[lang]).format(**kw)

    def add(
        self,
        c: Cust,
        ts: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int | None] | None = None,
        rough: bool = True,
        extra: dict[str, str] | None = None,
        **attrs: str,
    ) -> str:
        self.count += 1
        eid = f"h228-{self.code}-{self.count:05d}"
        if text and not out and rough and channel not in ("phone", "survey"):
            r = self.rough.random()
            if r < 0.14:
                words = [
                    i
                    for i, w in enumerate(text.split(" "))
                    if w.isalpha() and w.islower() and len(w) >= 5
                ]
                if words:
                    parts = text.split(" ")
                    i = self.rough.choice(words)
                    w = parts[i]
                    j = self.rough.randint(1, len(w) - 3)
                    parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                    text = " ".join(parts)
            elif r < 0.24:
                text = strip_accents(text)
            elif r < 0.36:
                text = text[0].lower() + text[1:]
        if text and channel == "social" and not out:
            if W.BRAND in text:
                i = text.rfind(W.BRAND)
                text = text[:i] + "@" + text[i:]
            else:
                text = f"@{W.BRAND} " + text
        if out:
            attrs.setdefault("agent", self.rng.choice(W.AGENTS))
        attrs.update(extra or {})
        attrs["market"] = c.market
        if c.account:
            attrs["segment"] = "b2b"
        self.rows.append(
            Row(
                ts,
                eid,
                channel,
                kind,
                out,
                c,
                text,
                subject,
                scores or {"nps": None, "csat": None, "ces": None},
                attrs,
            )
        )
        return eid

    # -- common acts -------------------------------------------------------
    def happy(
        self, c: Cust, ts: datetime, lang: str | None = None, allow: str = "pacgbvrs"
    ) -> None:
        lang = lang or c.lang
        rng = self.rng
        kind = rng.choice(allow)
        if kind == "p":
            self.add(c, ts, "social", "post", self.text(W.PRAISE, lang))
        elif kind == "a":
            self.add(c, ts, "community", "post", self.text(W.AGAIN, lang))
        elif kind == "g":
            self.add(c, ts, "web", "review", self.text(W.GRIPE, lang), rating="4", page="/reviews")
        elif kind == "c":
            self.add(c, ts, "chat", "chat", self.text(W.CHATQ, lang))
            t2 = ts + timedelta(minutes=rng.randint(2, 6))
            self.add(c, t2, "chat", "chat", self.text(W.CHATA, lang), out=True)
            if rng.random() < 0.6:
                self.add(
                    c,
                    t2 + timedelta(minutes=rng.randint(1, 3)),
                    "chat",
                    "chat",
                    self.text(W.THANKS, lang),
                )
        elif kind == "q":
            self.add(c, ts, "phone", "call", self.text(W.CALLQ, lang))
            self.add(
                c,
                ts + timedelta(minutes=rng.randint(20, 60)),
                "email",
                "message",
                self.text(W.CALLA, lang, first=c.first),
                out=True,
                subject="Fotondo",
            )
        elif kind == "b":
            prod, price = rng.choice(W.B2B_PRODUCTS if c.account else W.PRODUCTS)
            self.add(c, ts, "web", "page_view", page="/products")
            cur = {"UK": "GBP", "CH": "CHF"}.get(c.market, "EUR")
            value = price * (0.86 if cur == "GBP" else 0.94 if cur == "CHF" else 1.0)
            self.add(
                c,
                ts + timedelta(minutes=rng.randint(5, 20)),
                "web",
                "purchase",
                order_value=f"{value:.2f}",
                currency=cur,
                product=prod,
                page="/checkout",
            )
        elif kind == "v":
            self.add(
                c,
                ts,
                "web",
                "page_view",
                page=rng.choice(["/photo-books", "/calendars", "/canvas", "/club"]),
            )
        elif kind == "r":
            self.add(c, ts, "web", "review", self.text(W.REVIEW, lang), rating="5", page="/reviews")
        else:
            self.survey_good(c, ts, lang)

    def survey_good(self, c: Cust, ts: datetime, lang: str) -> None:
        which = self.rng.choice(["nps", "csat", "ces"])
        val = {
            "nps": self.rng.randint(9, 10),
            "csat": self.rng.randint(4, 5),
            "ces": self.rng.randint(6, 7),
        }[which]
        scores: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        scores[which] = val
        word = self.text(W.SURVEY_GOOD, lang)
        self.add(c, ts, "survey", "survey_response", word or None, scores=scores, survey=which)

    def happy_days(
        self, c: Cust, days: list[int], lo: float = 7, hi: float = 20, allow: str = "pacgbvrs"
    ) -> None:
        for d in days:
            self.happy(c, self.day_time(d, lo, hi), allow=allow)

    def case(self) -> str:
        return unique(self.rng, lambda: f"FT-{self.rng.randint(100000, 999999)}")

    def office(self, ts: datetime) -> datetime:
        if ts.hour >= 22 or ts.hour < 7:
            base = ts if ts.hour < 7 else ts + timedelta(days=1)
            return base.replace(hour=8, minute=self.rng.randint(0, 59))
        return ts

    def complaint(
        self, c: Cust, ts: datetime, channel: str, problem: str, lang: str, case: str | None
    ) -> list[str]:
        """One complaint on a channel; returns [complaint id]; the agent's reply follows."""
        prob = W.PROB[problem][lang]
        topic = W.TOPIC_WORD[lang]
        if channel == "long":
            ids = [
                self.add(
                    c,
                    ts,
                    "email",
                    "message",
                    self.text(W.LONG_EMAIL, lang, prob=prob, first=c.first),
                    subject=W.SUBJ_COMPLAINT[lang].format(topic=topic),
                    rough=False,
                )
            ]
        elif channel == "email":
            ids = [
                self.add(
                    c,
                    ts,
                    "email",
                    "message",
                    self.text(W.EMAIL_SHORT, lang, prob=prob, first=c.first),
                    subject=W.SUBJ_COMPLAINT[lang].format(topic=topic),
                )
            ]
        elif channel == "chat":
            ids = [self.add(c, ts, "chat", "chat", self.text(W.CHAT_BAD, lang, prob=prob))]
        elif channel == "social":
            ids = [self.add(c, ts, "social", "mention", self.text(W.SOCIAL_BAD, lang, prob=prob))]
        elif channel == "web":
            ids = [
                self.add(
                    c,
                    ts,
                    "web",
                    "ticket",
                    self.text(W.WEB_BAD, lang, prob=prob[0].upper() + prob[1:]),
                    page="/help/contact",
                )
            ]
        else:
            spoken = prob.replace(",", "").lower()
            if lang == "de":
                spoken = (
                    prob.replace(",", "")
                    .replace("ZUGESTELLT", "zugestellt")
                    .replace("ZWEIMAL", "zweimal")
                    .replace("DREI", "drei")
                    .replace("FÜNF", "fünf")
                )
            ids = [self.add(c, ts, "phone", "call", self.text(W.CALL_BAD, lang, prob=spoken))]
        if case:
            if channel == "chat":
                self.add(
                    c,
                    ts + timedelta(minutes=self.rng.randint(2, 5)),
                    "chat",
                    "chat",
                    self.text(W.CHAT_CASE, lang, first=c.first, case=case),
                    out=True,
                )
            elif channel != "social":
                self.add(
                    c,
                    ts + timedelta(minutes=self.rng.randint(10, 40)),
                    "email",
                    "message",
                    self.text(W.CASE_OPENED, lang, first=c.first, case=case),
                    out=True,
                    subject=W.SUBJ_CASE[lang].format(case=case),
                )
        return ids

    def fixed_case(
        self, c: Cust, ts: datetime, problem: str, lang1: str, lang2: str, channel: str
    ) -> dict[str, Any]:
        case = self.case()
        ids = self.complaint(c, ts, channel, problem, lang1, case)
        fixed = self.office(ts + timedelta(hours=self.rng.uniform(3, 20)))
        self.add(
            c,
            fixed,
            "email",
            "message",
            self.text(W.GOOD_NEWS, lang1, first=c.first, case=case),
            out=True,
            subject=W.SUBJ_CASE[lang1].format(case=case),
        )
        conf = self.office(fixed + timedelta(hours=self.rng.uniform(8, 30)))
        ch = self.rng.choice(["email", "chat"])
        cid = self.add(
            c,
            conf,
            ch,
            "message" if ch == "email" else "chat",
            self.text(W.CONFIRM, lang2, case=case),
            subject=W.SUBJ_CASE[lang2].format(case=case) if ch == "email" else None,
        )
        return {
            "problem": problem,
            "booking": case,
            "raised_at": iso(ts),
            "fixed_at": iso(fixed),
            "confirmed_at": iso(conf),
            "problem_event_ids": ids,
            "confirm_event_id": cid,
            "channel": channel,
            "confirm_channel": ch,
        }

    def repeat_run(
        self,
        c: Cust,
        first_day: int,
        contacts: int,
        problem: str,
        langs: list[str],
        passed_on: bool,
    ) -> None:
        rng = self.rng
        case = self.case()
        ch1 = rng.choice(["web", "email", "chat", "web", "phone"])
        ts = self.day_time(first_day, 8, 19)
        ids = self.complaint(c, ts, ch1, problem, langs[0], case)
        if passed_on:
            self.add(
                c,
                ts + timedelta(hours=rng.uniform(1.5, 2.5)),
                "email",
                "message",
                self.text(W.QUALITY_LEAD, langs[0], first=c.first, case=case),
                out=True,
                subject=W.SUBJ_CASE[langs[0]].format(case=case),
            )
        chans = [x for x in ["email", "chat", "phone", "web", "social"] if x != ch1]
        rng.shuffle(chans)
        comp = rng.choice(W.COMPETITORS) if contacts >= 3 else None
        last = ts
        for k in range(1, contacts):
            lang = langs[k % len(langs)]
            last = self.office(last + timedelta(hours=rng.uniform(4, 40)))
            ch = chans[k - 1]
            prob = W.PROB[problem][lang]
            if ch == "phone":
                body = self.text(W.REPEAT_CALL, lang, case=case, prob=prob.replace(",", "").lower())
            else:
                body = self.text(W.REPEAT, lang, case=case, prob=prob)
                if k == 2 and comp:
                    body += self.text(W.THIRD, lang, comp=comp)
                if k == 3:
                    body += self.text(W.FOURTH, lang)
            kind = {
                "email": "message",
                "chat": "chat",
                "phone": "call",
                "web": "ticket",
                "social": "mention",
            }[ch]
            extra = {"page": "/help/contact"} if ch == "web" else {}
            ids.append(
                self.add(
                    c,
                    last,
                    ch,
                    kind,
                    body,
                    subject=W.SUBJ_CASE[lang].format(case=case) if ch == "email" else None,
                    extra=extra,
                )
            )
            if ch == "chat":
                self.add(
                    c,
                    last + timedelta(minutes=rng.randint(2, 5)),
                    "chat",
                    "chat",
                    self.text(W.URGENT, lang, case=case),
                    out=True,
                )
        c.extra.update(
            {
                "problem": problem,
                "booking": case,
                "contacts": contacts,
                "channel": ch1,
                "agent_passed_on": passed_on,
                "problem_event_ids": ids,
                "competitor": comp,
                "trouble_starts_at": iso(ts),
            }
        )

    def slide(self, c: Cust, start_day: int, span: int, langs: list[str], nps: bool) -> None:
        rng = self.rng
        comp = rng.choice(W.COMPETITORS)
        ids: list[str] = []
        ts = self.day_time(start_day, 8, 12)
        for k in range(6):
            if k:
                ts = self.office(
                    ts + timedelta(hours=max(1.0, rng.uniform(0.6, 1.4) * span * 24 / 5))
                )
            lang = langs[k % len(langs)]
            body = W.SLIDE[lang][k].format(comp=comp)
            ch = rng.choice(["social", "community", "review"])
            if ch == "review":
                ids.append(
                    self.add(
                        c,
                        ts,
                        "web",
                        "review",
                        body,
                        rating=str([3, 3, 2, 2, 1, 1][k]),
                        page="/reviews",
                    )
                )
            else:
                ids.append(self.add(c, ts, ch, "post", body))
            if k == 3 and nps:
                t = self.office(ts + timedelta(hours=rng.uniform(2.5, 3.5)))
                n = rng.randint(1, 5)
                c.extra.update(
                    {
                        "nps_given": True,
                        "nps": n,
                        "survey_event_id": self.add(
                            c,
                            t,
                            "survey",
                            "survey_response",
                            None,
                            scores={"nps": n, "csat": None, "ces": None},
                            survey="nps",
                        ),
                    }
                )
        c.extra.update(
            {
                "slide_event_ids": ids,
                "slide_days": span,
                "competitor": comp,
                "trouble_starts_at": self.rows[-6 if not nps else -7]
                .ts.isoformat()
                .replace("+00:00", "Z"),
            }
        )

    # -- output ------------------------------------------------------------
    def write(self) -> tuple[int, int, int]:
        self.rows.sort(key=lambda r: (r.ts, r.eid))
        seen: set[str] = set()
        lines = []
        for r in self.rows:
            c = r.cust
            assert datetime(2026, 1, 1, tzinfo=UTC) <= r.ts < LIMIT and r.ts >= self.start, (
                self.name,
                r.eid,
            )
            ref: dict[str, str | None] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            if r.out or (c.key not in seen):
                ref.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
                if not r.out:
                    seen.add(c.key)
            elif r.channel == "phone":
                cc = PHONE[c.market][0]
                ref["phone"] = (
                    c.phone if self.rough.random() < 0.5 else f"+{cc} {c.phone[len(cc) + 1 :]}"
                )
            elif r.channel in ("social", "community") and c.handle:
                ref["handle"] = c.handle if self.rough.random() < 0.8 else c.handle[1:]
            elif r.channel in ("social", "community", "email"):
                ref["email"] = c.email.upper() if self.rough.random() < 0.08 else c.email
            else:
                ref["customer_id"] = c.key
            obj = {
                "event_id": r.eid,
                "occurred_at": r.ts.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "channel": r.channel,
                "kind": r.kind,
                "direction": "outbound" if r.out else "inbound",
                "customer": {k: v for k, v in ref.items() if v is not None},
                "text": r.text,
                "subject": r.subject,
                "scores": r.scores,
                "source": SOURCES[r.channel],
                "attributes": r.attrs,
            }
            lines.append(json.dumps(obj, ensure_ascii=False))
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        expected: dict[str, int] = {}
        customers: dict[str, Any] = {}
        for c in self.custs:
            assert not set(c.expected) & set(c.tolerated), c.key
            assert any(r.cust is c and not r.out for r in self.rows), c.key
            for rule in c.expected:
                expected[rule] = expected.get(rule, 0) + 1
            customers[c.key] = {
                "identifiers": {
                    "customer_id": c.key,
                    "email": c.email,
                    "phone": c.phone,
                    "handle": c.handle,
                    "account_id": c.account,
                },
                "expected_rules": sorted(c.expected),
                "tolerated_rules": sorted(c.tolerated),
                "persona": c.persona,
                "habit": c.habit,
                "language": c.lang,
                "languages": c.langs,
                "country": c.market,
                "segment": "b2b" if c.account else "consumer",
                "name": f"{c.first} {c.last}",
                **c.extra,
            }
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        last = self.rows[-1].ts + timedelta(hours=1)
        end = max(self.start + timedelta(days=self.days), last)
        assert end < LIMIT
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Fotondo: photo books, prints and calendars by app and web, Fotondo Club membership, Fotondo Business print on account; competitors Albumora and Papyrix",
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-07",
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": customers,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        return len(self.custs), len(self.rows), sum(r.out for r in self.rows)


def iso(ts: datetime) -> str:
    return ts.strftime("%Y-%m-%dT%H:%M:%SZ")


def monday(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


def happy_writers(f: Fam) -> None:
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, sorted(f.rng.sample(range(10), f.rng.randint(6, 9))))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in sorted(f.rng.sample(range(9), f.rng.randint(2, 4))):
            ts = f.at(d, f.rng.choice([22.2, 23.0, 24.5, 25.5, 27.0]))
            if f.rng.random() < 0.5:
                f.add(c, ts, "social", "post", f.text(W.NIGHT_POST, c.lang))
            else:
                f.add(c, ts, "chat", "chat", f.text(W.NIGHT_Q, c.lang))
                f.add(
                    c,
                    ts + timedelta(minutes=4),
                    "chat",
                    "chat",
                    f.text(W.NIGHT_A, c.lang),
                    out=True,
                )
                f.add(c, ts + timedelta(minutes=7), "chat", "chat", f.text(W.THANKS, c.lang))
        f.happy_days(c, sorted(f.rng.sample(range(10), 2)), 9, 18, "pbvr")
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in sorted(f.rng.sample(range(10), f.rng.randint(3, 6))):
            f.survey_good(c, f.day_time(d), c.lang)


def one_bad_day(f: Fam) -> None:
    chans = ["long", "email", "chat", "social", "web", "phone"] * 4
    with_case = 0
    for i in range(24):
        ch = chans[i]
        lang = f.rng.choice(["es", "en"]) if ch == "long" else None
        c = f.person("happy_one_bad_day", "one bad day", lang=lang, tolerated=["silence"])
        problem = W.PROBLEMS[i % 6]
        day = 2 + i % 8
        f.happy_days(
            c,
            sorted(f.rng.sample([0, 11] if day > 1 else [11], f.rng.randint(1, 2))),
            allow="pacbvr",
        )
        ts = f.day_time(day, 8, 20)
        case = None if ch == "social" else f.case()
        ids = f.complaint(c, ts, ch, problem, c.lang, case)
        c.extra.update(
            {
                "problem": problem,
                "booking": case,
                "bad_day_at": iso(ts),
                "bad_day_event_id": ids[0],
                "long_email": ch == "long",
                "channel": ch,
                "trouble_starts_at": iso(ts),
            }
        )
        if not case:
            continue
        with_case += 1
        if with_case <= 6:
            n = f.rng.randint(1, 5)
            c.persona, c.expected = "bad_day_detractor", ["detractor"]
            c.extra.update(
                {
                    "nps_given": True,
                    "nps": n,
                    "survey_event_id": f.add(
                        c,
                        ts + timedelta(minutes=f.rng.randint(100, 140)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": n, "csat": None, "ces": None},
                        survey="nps",
                    ),
                }
            )
        elif with_case <= 11:
            n = f.rng.randint(1, 2)
            word = f.text(W.LOW_CSAT, c.lang)
            c.extra.update(
                {
                    "csat_given": True,
                    "csat": n,
                    "survey_event_id": f.add(
                        c,
                        ts + timedelta(minutes=f.rng.randint(40, 80)),
                        "survey",
                        "survey_response",
                        word or None,
                        scores={"nps": None, "csat": n, "ces": None},
                        survey="csat",
                    ),
                }
            )
        if with_case % 5 != 0 and with_case <= 16:
            t = f.office(ts + timedelta(hours=f.rng.uniform(1, 4)))
            f.add(
                c,
                t,
                "email",
                "message",
                f.text(W.GOOD_NEWS, c.lang, first=c.first, case=case),
                out=True,
                subject=W.SUBJ_CASE[c.lang].format(case=case),
            )
            c.extra["agent_fixed"] = True
            if with_case % 3 == 0:
                t2 = f.office(ts + timedelta(hours=f.rng.uniform(16, 24)))
                c.extra.update(
                    {
                        "apologised": True,
                        "apology_at": iso(t2),
                        "apology_event_id": f.add(
                            c, t2, "chat", "chat", f.text(W.APOLOGY, c.lang, case=case)
                        ),
                    }
                )
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, sorted(f.rng.sample(range(12), f.rng.randint(4, 7))))


def repeat_contacts(f: Fam) -> None:
    for i in range(12):
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=TOL_REPEAT)
        f.happy_days(c, [0] * f.rng.randint(1, 2), 7, 12, "pcbv")
        f.repeat_run(c, 1 + i % 4, 2 + i % 3, W.PROBLEMS[i % 6], [c.lang], i % 2 == 0)
    for i in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=["silence"])
        f.happy_days(c, [0], 7, 12, "pbv")
        c.extra["problems"] = [
            f.fixed_case(
                c,
                f.day_time(1 + i % 4, 8, 18),
                W.PROBLEMS[i],
                c.lang,
                c.lang,
                f.rng.choice(["email", "web", "chat"]),
            )
        ]
    for i in range(3):
        c = f.person("different_problems", "two problems", tolerated=["silence"])
        a = f.fixed_case(c, f.day_time(1, 8, 16), W.PROBLEMS[i], c.lang, c.lang, "email")
        b = f.fixed_case(c, f.day_time(5 + i % 2, 8, 16), W.PROBLEMS[i + 3], c.lang, c.lang, "web")
        c.extra["problems"] = [a, b]
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.happy_days(c, sorted(f.rng.sample(range(10), f.rng.randint(5, 8))), allow="ccqqpbr")


def slow_churners(f: Fam) -> None:
    spans = [3] + [5] * 5 + [9] * 4
    for i in range(10):
        c = f.person("slow_churner", "slides", expected=["sentiment_drop"], tolerated=TOL_SLIDE)
        for d in sorted(f.rng.sample(range(11), f.rng.randint(4, 5))):
            f.happy(c, f.day_time(d), allow="p")
        f.happy_days(c, sorted(f.rng.sample(range(11), f.rng.randint(2, 4))), allow="bvr")
        nps = i % 2 == 0
        if nps:
            c.expected = ["detractor", "sentiment_drop"]
        f.slide(c, 12 + i % 5, spans[i], [c.lang], nps)
    for _ in range(5):
        c = f.person(
            "slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=TOL_LEAVE
        )
        f.happy_days(c, sorted(f.rng.sample(range(15), f.rng.randint(4, 6))), allow="pabvr")
        ts = f.day_time(f.rng.randint(17, 23), 8, 18)
        cid = f.add(
            c, ts, "email", "message", f.text(W.CANCEL_REQ, c.lang, first=c.first), subject="Club"
        )
        f.add(
            c,
            f.office(ts + timedelta(hours=f.rng.uniform(1, 5))),
            "email",
            "message",
            f.text(W.SORRY_GO, c.lang, first=c.first),
            out=True,
            subject="Club",
        )
        t2 = f.office(ts + timedelta(hours=f.rng.uniform(20, 30)))
        xid = f.add(c, t2, "web", "cancellation", page="/account/club", product="Fotondo Club")
        c.extra.update(
            {
                "churn_intent_event_id": cid,
                "cancellation_event_id": xid,
                "churn_at": iso(t2),
                "trouble_starts_at": iso(ts),
            }
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, sorted(f.rng.sample(range(32), f.rng.randint(6, 10))))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        d = f.rng.randint(0, 4)
        ids = []
        for _k in range(f.rng.randint(5, 7)):
            ch = f.rng.choice(["social", "community", "web"])
            ts = f.day_time(d, 8, 21)
            body = f.text(W.GRUMBLE, c.lang)
            ids.append(
                f.add(
                    c,
                    ts,
                    ch,
                    "post" if ch != "web" else "review",
                    body,
                    extra=({"rating": "3", "page": "/reviews"} if ch == "web" else {}),
                )
            )
            d += f.rng.randint(1, 3)
        c.extra.update({"grumble_event_ids": ids})
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        f.happy_days(c, sorted(f.rng.sample(range(17), f.rng.randint(4, 6))), allow="pabvr")
        c.extra["sarcasm_event_id"] = f.add(
            c, f.day_time(f.rng.randint(17, 28)), "social", "post", f.text(W.SARCASM, c.lang)
        )


def quiet_hours(f: Fam) -> None:
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, sorted(f.rng.sample(range(3), f.rng.randint(1, 3))), 7, 17.5, "pcbvr")
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        ts = f.day_time(i % 3, 9, 17)
        f.add(c, ts, "web", "page_view", page="/shops")
        t = ts + timedelta(minutes=f.rng.randint(20, 30))
        if i < 2:
            gid = f.add(c, t, "chat", "chat", f.text(W.MILD, c.lang))
            f.add(c, t + timedelta(minutes=3), "chat", "chat", f.text(W.MILD_A, c.lang), out=True)
        else:
            gid = f.add(c, t, "web", "ticket", f.text(W.MILD, c.lang), page="/help/contact")
            f.add(
                c,
                t + timedelta(minutes=25),
                "email",
                "message",
                f.text(W.MILD_A, c.lang),
                out=True,
                subject="Fotondo",
            )
        c.extra["grumble_event_id"] = gid
    for night in range(1, 4):
        first = f.start + timedelta(days=night, minutes=f.rng.randint(40, 65))
        for b, off in enumerate([0, f.rng.randint(28, 33), f.rng.randint(55, 65)]):
            burst = first + timedelta(minutes=off)
            for _ in range(4):
                c = f.person("night_owl", f"night {night}, burst {b + 1}")
                ts = burst + timedelta(minutes=f.rng.randint(0, 9), seconds=f.rng.randint(0, 59))
                if f.rng.random() < 0.5:
                    nid = f.add(c, ts, "social", "post", f.text(W.NIGHT_POST, c.lang))
                else:
                    nid = f.add(c, ts, "chat", "chat", f.text(W.NIGHT_Q, c.lang))
                    f.add(
                        c,
                        ts + timedelta(minutes=3),
                        "chat",
                        "chat",
                        f.text(W.NIGHT_A, c.lang),
                        out=True,
                    )
                    f.add(c, ts + timedelta(minutes=6), "chat", "chat", f.text(W.THANKS, c.lang))
                c.extra.update({"burst_at": iso(burst), "night_event_id": nid})
                if f.rng.random() < 0.5:
                    f.happy(c, f.day_time(f.rng.randint(0, 2), 9, 17.5), allow="pbvr")


def bilingual(f: Fam) -> None:
    pairs = [
        ("es", "en"),
        ("en", "es"),
        ("es", "fr"),
        ("de", "en"),
        ("it", "es"),
        ("pt", "es"),
        ("fr", "en"),
        ("es", "de"),
        ("en", "it"),
        ("es", "pt"),
    ]
    k = 0

    def who(
        persona: str, habit: str, exp: list[str] | None = None, tol: list[str] | None = None
    ) -> tuple[Cust, list[str]]:
        nonlocal k
        pair = list(pairs[k % len(pairs)])
        k += 1
        c = f.person(persona, habit, lang=pair[0], expected=exp, tolerated=tol)
        c.langs = pair
        c.extra["job_second_language"] = f.rng.choice(
            ["partner's family", "works abroad", "studied there"]
        )
        return c, pair

    for _ in range(12):
        c, pair = who("happy", "alternates languages")
        for j, d in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            f.happy(c, f.day_time(d), lang=pair[j % 2], allow="pacgrq")
    for i in range(5):
        c, pair = who("repeat_contact", "repeats", ["repeat_contact"], TOL_REPEAT)
        f.happy(c, f.day_time(0), lang=pair[0], allow="pcr")
        contacts = [2, 2, 3, 3, 4][i]
        f.repeat_run(c, 2 + i % 4, contacts, W.PROBLEMS[i], pair, contacts >= 3)
    for i in range(5):
        c, pair = who("slow_churner", "slides", ["sentiment_drop"], TOL_SLIDE)
        for j, d in enumerate(range(6)):
            if j < 5:
                f.happy(c, f.day_time(d), lang=pair[j % 2], allow="p")
        f.happy(c, f.day_time(f.rng.randint(0, 5)), lang=pair[1], allow="bv")
        f.slide(c, 7 + i % 2, 3 + i % 3, pair, False)
    for i in range(3):
        c, pair = who("happy_one_bad_day", "one bad day", None, ["silence"])
        f.happy_days(c, [0, 12], allow="pbr")
        ts = f.day_time(5 + i, 9, 18)
        case = f.case()
        ch = ["long", "email", "chat"][i]
        lang = "en" if ch == "long" and pair[1] not in ("es", "en") else pair[1]
        ids = f.complaint(c, ts, ch, W.PROBLEMS[i + 1], lang, case)
        c.extra.update(
            {
                "bad_day_at": iso(ts),
                "bad_day_event_id": ids[0],
                "bad_day_language": lang,
                "booking": case,
                "trouble_starts_at": iso(ts),
            }
        )
    for i in range(2):
        c, pair = who("resolved_between_contacts", "fixed", None, ["silence"])
        f.happy(c, f.day_time(1), lang=pair[0], allow="pbr")
        c.extra["problems"] = [
            f.fixed_case(c, f.day_time(4 + i, 9, 16), W.PROBLEMS[i + 2], pair[0], pair[1], "web")
        ]
        c.extra["confirm_language"] = pair[1]


def b2b_accounts(f: Fam) -> None:
    plans = (
        [
            ("at_risk", 5, 3),
            ("at_risk", 6, 3),
            ("at_risk", 5, 3),
            ("at_risk", 5, 4),
            ("at_risk", 6, 4),
        ]
        + [("one_unhappy", 3, 1)] * 4
        + [("mild", 4, 0)] * 3
        + [("happy", 3, 0), ("happy", 4, 0), ("happy", 3, 0)]
    )
    firms = [
        "Grupo Levante Eventos",
        "Hartwell Estates",
        "Atelier Morin",
        "Kessler Bau",
        "Studio Benedetti",
        "Construtora Ribeira",
        "Ayuntamiento de Tormes",
        "Brightline Dental",
        "Maison Perrault",
        "Hofmann Kliniken",
        "Hotel Lago Verde",
        "Escola Atlântico",
        "Inmobiliaria Sotavento",
        "Greenway Gyms",
        "Weingut Lenz",
    ]
    langs = [
        "es",
        "en",
        "fr",
        "de",
        "it",
        "pt",
        "es",
        "en",
        "fr",
        "de",
        "it",
        "pt",
        "es",
        "en",
        "de",
    ]
    for a, (kind, n, bad) in enumerate(plans):
        lang = langs[a]
        market = W.MARKETS[lang][0]
        acc = f"FTB-{market}-{f.rng.randint(1000, 9999)}"
        company = firms[a]
        domain = strip_accents(company.lower().replace(" ", "-"))
        problem = W.B2B_PROBLEMS[a % 4]
        contacts: list[Cust] = []
        for j in range(n):
            if kind == "at_risk" and j < bad:
                c = f.person(
                    "b2b_unhappy",
                    "complainer",
                    lang=lang,
                    market=market,
                    account=acc,
                    domain=domain,
                    tolerated=TOL_B2B_RISK,
                )
            elif kind == "one_unhappy" and j == 0:
                c = f.person(
                    "b2b_one_unhappy",
                    "complainer",
                    lang=lang,
                    market=market,
                    account=acc,
                    domain=domain,
                    expected=["detractor"],
                    tolerated=TOL_B2B_ONE,
                )
            elif kind == "mild" and j < 2:
                c = f.person(
                    "b2b_mild",
                    "suggests",
                    lang=lang,
                    market=market,
                    account=acc,
                    domain=domain,
                    tolerated=["silence"],
                )
            else:
                c = f.person(
                    "b2b_happy", "contact", lang=lang, market=market, account=acc, domain=domain
                )
            c.extra.update(
                {
                    "company": company,
                    "role": c.habit,
                    "job_title": f.rng.choice(
                        ["Office manager", "Marketing lead", "Buyer", "Events coordinator"]
                    ),
                }
            )
            contacts.append(c)
            routine = (
                [0, 1]
                if c.persona != "b2b_happy"
                else sorted(f.rng.sample(range(12), f.rng.randint(2, 4)))
            )
            for d in routine[: f.rng.randint(1, len(routine))]:
                if (f.start + timedelta(days=d)).weekday() >= 5:
                    continue
                ts = f.day_time(d, 8, 16.5)
                if c.persona == "b2b_happy" and f.rng.random() < 0.25:
                    f.add(c, ts, "community", "post", f.text(W.B2B_PRAISE, lang))
                elif f.rng.random() < 0.5:
                    f.add(c, ts, "chat", "chat", f.text(W.B2B_Q, lang))
                    f.add(
                        c,
                        ts + timedelta(minutes=f.rng.randint(1, 6)),
                        "chat",
                        "chat",
                        f.text(W.B2B_A, lang),
                        out=True,
                    )
                else:
                    f.happy(c, ts, lang, allow="bv")
            if c.persona == "b2b_happy" and not any(r.cust is c for r in f.rows):
                f.happy(c, f.day_time(1, 8, 16.5), lang, allow="bv")
            if c.persona == "b2b_happy" and f.rng.random() < 0.5:
                d = f.rng.choice([2, 3, 8, 9])
                f.survey_good(c, f.day_time(d, 9, 16), lang)
        unhappy = [c for c in contacts if c.persona in ("b2b_unhappy", "b2b_one_unhappy")]
        case = f.case() if unhappy else None
        ts = f.day_time(2, 9, 12) if kind == "at_risk" else f.day_time(3 + a % 5, 9, 15)
        first_ts = ts
        for j, c in enumerate(unhappy):
            prob = W.B2B_PROB[problem][lang]
            if j == 0:
                body = f.text(W.B2B_FIRST, lang, company=company, prob=prob, first=c.first)
            else:
                ts = ts + timedelta(hours=f.rng.uniform(8, 28))
                ts = f.office(ts)
                if ts.hour >= 17:
                    ts = ts + timedelta(hours=15)
                while ts.weekday() >= 5:
                    ts += timedelta(days=1)
                body = f.text(
                    W.B2B_LATER,
                    lang,
                    other=unhappy[0].first,
                    day=W.WEEKDAY[lang][first_ts.weekday()],
                    case=str(case),
                    prob=prob,
                    first=c.first,
                )
            cid = f.add(
                c,
                ts,
                "email",
                "message",
                body,
                subject=W.SUBJ_COMPLAINT[lang].format(topic=company),
            )
            f.add(
                c,
                ts + timedelta(minutes=f.rng.randint(20, 60)),
                "email",
                "message",
                f.text(W.B2B_ACK, lang, first=c.first, case=str(case)),
                out=True,
                subject=W.SUBJ_CASE[lang].format(case=case),
            )
            c.extra.update(
                {
                    "problem": problem,
                    "booking": case,
                    "complaint_event_ids": [cid],
                    "trouble_starts_at": iso(ts),
                }
            )
            last = kind == "at_risk" and j == len(unhappy) - 1
            if not last:
                n = f.rng.randint(1, 5)
                c.expected = sorted(set(c.expected) | {"detractor"})
                c.extra.update(
                    {
                        "nps_given": True,
                        "nps": n,
                        "survey_event_id": f.add(
                            c,
                            ts + timedelta(hours=f.rng.uniform(1, 3)),
                            "survey",
                            "survey_response",
                            None,
                            scores={"nps": n, "csat": None, "ces": None},
                            survey="nps",
                        ),
                    }
                )
            else:
                c.expected = ["repeat_contact"]
                c.tolerated = [r for r in TOL_B2B_RISK if r != "repeat_contact"]
                t2 = f.office(ts + timedelta(hours=f.rng.uniform(18, 40)))
                if t2.hour >= 17:
                    t2 += timedelta(hours=15)
                while t2.weekday() >= 5:
                    t2 += timedelta(days=1)
                if a == 0:
                    comp = W.COMPETITORS[0]
                    c.extra["competitor"] = comp
                    c.extra["complaint_event_ids"].append(
                        f.add(
                            c,
                            t2,
                            "email",
                            "message",
                            f.text(W.B2B_LAST_MAIL, lang, case=str(case), comp=comp, first=c.first),
                            subject=W.SUBJ_CASE[lang].format(case=case),
                        )
                    )
                else:
                    c.extra["complaint_event_ids"].append(
                        f.add(c, t2, "phone", "call", f.text(W.B2B_LAST_CALL, lang, case=str(case)))
                    )
        for c in contacts:
            if c.persona == "b2b_mild":
                ts = f.day_time(f.rng.choice([3, 4, 7, 8]), 8, 16)
                mid = f.add(
                    c, ts, "web", "ticket", f.text(W.B2B_SUGGEST, lang), page="/business/feedback"
                )
                f.add(
                    c,
                    ts + timedelta(minutes=f.rng.randint(30, 90)),
                    "email",
                    "message",
                    f.text(W.MILD_A, lang),
                    out=True,
                    subject=company,
                )
                c.extra["mild_event_id"] = mid
        f.accounts[acc] = {
            "company": company,
            "site": [
                "events",
                "estate agency",
                "architecture",
                "construction",
                "design",
                "construction",
                "municipality",
                "dental",
                "fashion",
                "clinics",
                "hotel",
                "school",
                "estate agency",
                "gyms",
                "winery",
            ][a],
            "contacts": n,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": [c.key for c in unhappy],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": iso(first_ts) if kind == "at_risk" else None,
            "language": lang,
            "country": market,
        }


def topic_spike(f: Fam) -> None:
    for _ in range(40):
        c = f.person("happy", "day writer")
        days = sorted(f.rng.sample(range(6), f.rng.randint(2, 5)))
        for d in days:
            f.happy(c, f.day_time(d, 12 if d == 5 else 7, 19))
    for lang in ("es", "en"):
        c = f.person("grumbles_once", "grumbles once", lang=lang, tolerated=["silence"])
        ts = f.day_time(0, 9, 16)
        gid = f.add(c, ts, "chat", "chat", f.text(W.MILD, lang))
        f.add(c, ts + timedelta(minutes=4), "chat", "chat", f.text(W.MILD_A, lang), out=True)
        c.extra["grumble_event_id"] = gid
    for lang, hour in (("es", 9.6), ("de", 16.0)):
        c = f.person("grumbles_once", "lone question", lang=lang, tolerated=["silence"])
        ts = f.start + timedelta(days=4, hours=hour)
        lid = f.add(c, ts, "chat", "chat", f.text(W.LONE_Q, lang))
        f.add(c, ts + timedelta(minutes=3), "chat", "chat", f.text(W.LONE_A, lang), out=True)
        c.extra["lone_report_event_id"] = lid
    langs = ["es"] * 6 + ["en"] * 5 + ["de"] * 3 + ["fr"] * 2 + ["it"] * 2 + ["pt"] * 2
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    spike_start = f.start + timedelta(days=5, hours=9, minutes=20)
    offsets = sorted([0, 45, *f.rng.sample(range(1, 45), 18)])
    reporters: list[Cust] = []
    event_ids: list[str] = []
    repeat_ids: list[str] = []
    for i in range(20):
        regular = i % 5 < 3
        rep_lang = langs[i]
        c = f.person(
            "spike_reporter", "regular" if regular else "new", lang=rep_lang, tolerated=["silence"]
        )
        if regular:
            f.happy(c, f.day_time(2, 8, 17.5), allow="pcbvr")
        ts = spike_start + timedelta(
            minutes=offsets[i], seconds=f.rng.randint(0, 59) if 0 < offsets[i] < 45 else 0
        )
        ch = chans[i]
        body = f.text(W.SPIKE, rep_lang)
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        extra = {"page": "/help/contact"} if ch == "web" else {}
        sid = f.add(
            c, ts, ch, kind, body, subject="Fotondo app" if ch == "email" else None, extra=extra
        )
        if ch == "chat":
            f.add(
                c,
                ts + timedelta(minutes=f.rng.randint(2, 5)),
                "chat",
                "chat",
                f.text(W.SPIKE_CHAT_A, rep_lang),
                out=True,
            )
        event_ids.append(sid)
        reporters.append(c)
        c.extra.update(
            {
                "in_spike": True,
                "regular": regular,
                "spike_event_id": sid,
                "spike_channel": ch,
                "trouble_starts_at": iso(ts),
            }
        )
        if len(repeat_ids) < 6 and offsets[i] <= 30 and i % 3 != 1:
            ch2 = ["email", "chat", "community"][len(repeat_ids) % 3]
            if ch2 == ch:
                ch2 = "email" if ch != "email" else "chat"
            t2 = ts + timedelta(minutes=f.rng.randint(12, 55))
            rid = f.add(
                c,
                t2,
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                f.text(W.SPIKE_AGAIN, rep_lang),
                subject="Fotondo app" if ch2 == "email" else None,
            )
            repeat_ids.append(rid)
            c.persona, c.expected = "spike_repeater", ["repeat_contact"]
            c.tolerated = ["sentiment_drop", "silence"]
            c.extra["repeat_event_id"] = rid
        elif i % 3 == 1:
            local = {"UK": "11:40", "IE": "11:40", "PT": "11:40"}.get(c.market, "12:40")
            amount = {"UK": "£9", "CH": "CHF 9"}.get(c.market, "10 €")
            f.add(
                c,
                spike_start + timedelta(hours=2, minutes=f.rng.randint(0, 9)),
                "email",
                "message",
                f.text(W.SPIKE_FIXED, rep_lang, first=c.first, time=local, amount=amount),
                out=True,
                subject="Fotondo app",
            )
            c.extra["agent_fixed"] = True
    f.spike = {
        "topic": W.SPIKE_TOPIC,
        "about": "the planted incident of heldout228",
        "channel": None,
        "start": iso(spike_start),
        "end": iso(spike_start + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": [c.key for c in reporters],
        "event_ids": event_ids,
        "repeat_event_ids": repeat_ids,
    }


FAMILIES = [
    (
        "happy_writers",
        "hw",
        monday(2026, 3, 9),
        10,
        happy_writers,
        "happy daytime, night and survey writers",
    ),
    (
        "one_bad_day",
        "bd",
        monday(2026, 4, 13),
        12,
        one_bad_day,
        "happy customers with one angry moment",
    ),
    (
        "repeat_contacts",
        "rc",
        monday(2026, 5, 18),
        10,
        repeat_contacts,
        "open problems raised again on other channels",
    ),
    (
        "slow_churners",
        "sc",
        monday(2026, 6, 22),
        32,
        slow_churners,
        "slides, leavers, grumpy and sarcastic customers",
    ),
    (
        "quiet_hours",
        "qh",
        datetime(2026, 8, 14, tzinfo=UTC),
        3,
        quiet_hours,
        "a calm weekend with night-owl bursts",
    ),
    ("bilingual", "bl", monday(2026, 9, 7), 14, bilingual, "customers writing in two languages"),
    ("b2b_accounts", "bb", monday(2026, 10, 5), 14, b2b_accounts, "Fotondo Business accounts"),
    (
        "topic_spike",
        "ts",
        monday(2026, 11, 2),
        7,
        topic_spike,
        "a calm week and the planted incident",
    ),
]


def main() -> None:
    total = [0, 0, 0]
    for n, (name, code, start, days, build, about) in enumerate(FAMILIES, 1):
        assert start.weekday() == (4 if name == "quiet_hours" else 0), name
        f = Fam(name, code, n, start, days, about)
        build(f)
        counts = f.write()
        total = [a + b for a, b in zip(total, counts, strict=True)]
        print(name, *counts)
    print("total", *total)


if __name__ == "__main__":
    main()
