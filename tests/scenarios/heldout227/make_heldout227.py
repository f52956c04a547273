"""Build heldout227 (Vitrafix, phone and tablet repair): every family's JSONL and truth."""

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
COMPETITORS = ["Repunto", "Displayo"]
CODE = "VTX-619"
WEIGHTS = {"pt": 30, "it": 30, "en": 10, "fr": 10, "de": 10, "es": 10}
USED: set[str] = set()


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Cust:
    key: str
    lang: str
    first: str
    last: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    market: str
    truth: dict[str, Any] = field(default_factory=dict)


@dataclass
class Fam:
    name: str
    code: str
    start: datetime
    days: int
    n: int
    rows: list[dict[str, Any]] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    seq: int = 0
    refs: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    def lang(self) -> str:
        return self.rng.choices(list(WEIGHTS), weights=list(WEIGHTS.values()))[0]

    def pick(self, table: dict[str, list[str]], lang: str) -> str:
        return self.rng.choice(table[lang])

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        account: str | None = None,
        company_domain: str | None = None,
    ) -> Cust:
        lang = lang or self.lang()
        while True:
            first = self.rng.choice(W.FIRST[lang])
            last = self.rng.choice(W.LAST[lang])
            key = f"VX{self.code}{self.rng.randint(1000, 9999)}"
            base = (first + "." + last).lower().replace("í", "i").replace("á", "a")
            email = f"{base}{self.rng.randint(1, 99)}@{company_domain or self.rng.choice(['mail', 'posta', 'correio', 'inbox'])}.example"
            market, prefix, digits = W.MARKET[lang]
            phone = prefix + "".join(str(self.rng.randint(0, 9)) for _ in range(digits))
            handle = (
                None
                if account
                else "@"
                + self.rng.choice(
                    [f"{first}_{last}", f"{last}{first[0]}", f"{first}{self.rng.randint(1, 99)}"]
                )
                .lower()
                .replace("í", "i")
                .replace("á", "a")
            )
            ids = [key, email, phone, handle or ""]
            if not any(i and i in USED for i in ids):
                break
        USED.update(i for i in ids if i)
        c = Cust(key, lang, first, last, email, phone, handle, account, market)
        c.truth = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": phone,
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
            "name": f"{first} {last}",
        }
        self.custs[key] = c
        return c

    def ref(self) -> str:
        while True:
            r = f"VX-{self.rng.randint(100000, 999999)}"
            if r not in USED:
                USED.add(r)
                return r

    def roughen(self, text: str, lang: str) -> str:
        r = self.rough.random()
        if r < 1 / 7:
            words = [
                i
                for i, w in enumerate(text.split(" "))
                if len(w) > 4 and w.isalpha() and w.islower()
            ]
            if words:
                parts = text.split(" ")
                i = self.rough.choice(words)
                w = parts[i]
                j = self.rough.randint(1, len(w) - 3)
                parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(parts)
        elif r < 0.27 and text[:1].isupper() and not text[:2].isupper():
            text = text[0].lower() + text[1:]
        return text

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        direction: str = "inbound",
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.seq += 1
        eid = f"h227-{self.code.lower()}-{self.seq:05d}"
        if text and direction == "inbound" and channel not in ("phone", "survey"):
            text = self.roughen(text, c.lang)
        if text and channel == "social" and direction == "inbound" and "Vitrafix" not in text:
            text = "@Vitrafix " + text
        elif text and channel == "social" and direction == "inbound":
            text = text.replace("Vitrafix", "@Vitrafix", 1)
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if direction == "outbound":
            a["agent"] = self.rng.choice(["Rita", "Alessio", "Sam", "Chloé", "Jan", "Nuria"])
        a.update(attrs or {})
        self.rows.append(
            {
                "event_id": eid,
                "occurred_at": t,
                "channel": channel,
                "kind": kind,
                "direction": direction,
                "cust": c,
                "text": text,
                "subject": subject,
                "scores": scores or {},
                "source": "vitrafix-" + channel,
                "attributes": a,
            }
        )
        return eid

    # ------------------------------------------------------------ happy acts --
    def happy(self, c: Cust, t: datetime) -> None:
        k = self.rng.randrange(8)
        lg = c.lang
        if k == 0:
            self.add(c, t, "social", "mention", self.pick(W.PRAISE, lg))
        elif k == 1:
            self.add(c, t, "community", "post", self.pick(W.AGAIN, lg))
        elif k == 2:
            self.add(
                c,
                t,
                "web",
                "review",
                self.pick(W.GRIPE, lg),
                attrs={"rating": "4", "page": "/reviews"},
            )
        elif k == 3:
            self.add(c, t, "chat", "chat", self.pick(W.QUESTION, lg))
            self.add(
                c,
                t + timedelta(minutes=self.rng.randint(1, 6)),
                "chat",
                "chat",
                self.pick(W.ANSWER, lg),
                "outbound",
            )
            if self.rng.random() < 0.6:
                self.add(
                    c,
                    t + timedelta(minutes=self.rng.randint(7, 12)),
                    "chat",
                    "chat",
                    self.pick(W.THANKS, lg),
                )
        elif k == 4:
            self.add(c, t, "phone", "call", self.pick(W.CALL_Q, lg))
            self.add(
                c,
                t + timedelta(minutes=self.rng.randint(10, 30)),
                "email",
                "message",
                self.pick(W.CALL_FOLLOWUP, lg),
                "outbound",
            )
        elif k == 5:
            prod, price = self.rng.choice(W.PRODUCTS)
            cur = "GBP" if c.market == "UK" else "EUR"
            val = round(price * (0.86 if cur == "GBP" else 1.0), 2)
            self.add(c, t, "web", "page_view", attrs={"page": "/repairs"})
            self.add(
                c,
                t + timedelta(minutes=self.rng.randint(2, 9)),
                "web",
                "purchase",
                attrs={
                    "order_value": f"{val:.2f}",
                    "currency": cur,
                    "product": prod,
                    "page": "/checkout",
                },
            )
        elif k == 6:
            self.add(
                c,
                t,
                "web",
                "page_view",
                attrs={"page": self.rng.choice(["/stores", "/care", "/prices"])},
            )
        else:
            self.add(
                c,
                t,
                "web",
                "review",
                self.pick(W.REVIEW, lg),
                attrs={"rating": "5", "page": "/reviews"},
            )

    def survey(self, c: Cust, t: datetime) -> None:
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
            self.pick(W.SURVEY_WORD, c.lang) or None,
            scores={kind: val},
            attrs={"survey": kind},
        )

    def day_time(self, d: int, h0: float = 7.0, h1: float = 20.0) -> datetime:
        return self.start + timedelta(days=d, minutes=self.rng.randint(int(h0 * 60), int(h1 * 60)))

    def spread(
        self,
        c: Cust,
        n: int,
        d0: int,
        d1: int,
        h0: float = 7.0,
        h1: float = 20.0,
        avoid: set[int] | None = None,
    ) -> None:
        days = [d for d in range(d0, d1 + 1) if d not in (avoid or set())]
        for d in sorted(self.rng.sample(days, min(n, len(days)))):
            self.happy(c, self.day_time(d, h0, h1))

    def morning(self, t: datetime) -> datetime:
        if t.hour >= 22 or t.hour < 7:
            base = t if t.hour < 7 else t + timedelta(days=1)
            return base.replace(hour=8, minute=self.rng.randint(0, 59))
        return t

    def office(self, t: datetime) -> datetime:
        while t.weekday() >= 5 or t.hour >= 17 or t.hour < 8:
            t = (
                (t + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 50))
                if t.hour >= 8 or t.weekday() >= 5
                else t.replace(hour=8, minute=self.rng.randint(0, 50))
            )
        return t

    # ------------------------------------------------------------ troubles --
    def complaint(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        problem: str,
        ref: str | None,
        long_email: bool = False,
    ) -> str:
        lg = c.lang
        text = self.rng.choice(W.COMPLAINT[lg][problem])
        if long_email and lg in W.LONG_EMAIL:
            text = W.LONG_EMAIL[lg].format(complaint=text, name=c.first)
        if channel == "phone":
            text = text.lower().replace("!", "").replace(".", "").replace("?", "").replace(",", "")
            return self.add(c, t, "phone", "call", text)
        if channel == "email":
            return self.add(
                c,
                t,
                "email",
                "message",
                text,
                subject=f"{W.SUBJECT_COMPLAINT[lg]}: {problem.replace('_', ' ')}",
            )
        if channel == "chat":
            eid = self.add(c, t, "chat", "chat", text)
            self.add(
                c,
                t + timedelta(minutes=self.rng.randint(1, 5)),
                "chat",
                "chat",
                self.pick(W.CHAT_CASE, lg).format(ref=ref),
                "outbound",
            )
            return eid
        if channel == "social":
            return self.add(c, t, "social", "mention", text)
        return self.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"})

    def opened(self, c: Cust, t: datetime, ref: str, quality: bool = False) -> None:
        table = W.QUALITY_LEAD if quality else W.CASE_OPENED
        self.add(
            c,
            self.morning(t),
            "email",
            "message",
            self.pick(table, c.lang).format(first=c.first, ref=ref),
            "outbound",
            subject=f"{W.SUBJECT_CASE[c.lang]} {ref}",
        )

    def later(
        self, c: Cust, t: datetime, channel: str, ref: str, nth: int, comp: str | None
    ) -> str:
        lg = c.lang
        if channel == "phone":
            return self.add(c, t, "phone", "call", self.pick(W.CALL, lg).format(ref=ref))
        text = self.pick(W.STILL_OPEN, lg).format(ref=ref)
        if nth == 3 and comp:
            text += " " + self.pick(W.THIRD, lg).format(comp=comp)
        if nth == 4:
            text += " " + self.pick(W.FOURTH, lg)
        if channel == "email":
            return self.add(c, t, "email", "message", text, subject=f"{W.SUBJECT_CASE[lg]} {ref}")
        if channel == "chat":
            eid = self.add(c, t, "chat", "chat", text)
            self.add(
                c,
                t + timedelta(minutes=self.rng.randint(1, 5)),
                "chat",
                "chat",
                self.pick(W.ADDED_URGENT, lg).format(ref=ref),
                "outbound",
            )
            return eid
        if channel == "social":
            return self.add(c, t, "social", "mention", text)
        return self.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"})

    def repeat_run(self, c: Cust, d0: int, contacts: int) -> None:
        chans = ["web", "email", "chat", "phone", "social"]
        first_ch = self.rng.choice(["web", "email", "chat"])
        ref = self.ref()
        problem = self.rng.choice(W.PROBLEMS)
        t = self.day_time(d0, 8, 19)
        ids = [self.complaint(c, t, first_ch, problem, ref)]
        quality = contacts >= 3
        if first_ch != "chat":
            self.opened(
                c,
                t
                + timedelta(
                    minutes=self.rng.randint(10, 40) if not quality else self.rng.randint(90, 150)
                ),
                ref,
                quality,
            )
        elif quality:
            self.opened(c, t + timedelta(minutes=self.rng.randint(90, 150)), ref, True)
        comp = self.rng.choice(COMPETITORS) if contacts >= 3 else None
        others = [ch for ch in chans if ch != first_ch]
        self.rng.shuffle(others)
        for nth in range(2, contacts + 1):
            t = self.morning(t + timedelta(hours=self.rng.randint(4, 40)))
            ids.append(self.later(c, t, others[nth - 2], ref, nth, comp))
        c.truth.update(
            {
                "problem": problem,
                "booking": ref,
                "contacts": contacts,
                "channel": first_ch,
                "problem_event_ids": ids,
                "competitor": comp,
                "agent_passed_on": quality,
                "trouble_starts_at": iso(self.start + timedelta(days=d0)),
            }
        )
        c.truth["expected_rules"] = ["repeat_contact"]
        c.truth["tolerated_rules"] = [
            "sentiment_drop",
            "churn_intent",
            "competitor_mention",
            "high_value_at_risk",
            "silence",
        ]

    def fixed_case(self, c: Cust, t: datetime) -> dict[str, Any]:
        ref = self.ref()
        problem = self.rng.choice(W.PROBLEMS)
        eid = self.complaint(c, t, "web", problem, ref)
        self.opened(c, t + timedelta(minutes=self.rng.randint(10, 40)), ref)
        tf = self.morning(t + timedelta(hours=self.rng.randint(3, 20)))
        self.add(
            c,
            tf,
            "email",
            "message",
            self.pick(W.GOOD_NEWS, c.lang).format(ref=ref),
            "outbound",
            subject=f"{W.SUBJECT_CASE[c.lang]} {ref}",
        )
        tc = self.morning(tf + timedelta(hours=self.rng.randint(8, 30)))
        ch = self.rng.choice(["email", "chat"])
        cid = self.add(
            c,
            tc,
            ch,
            "message" if ch == "email" else "chat",
            self.pick(W.CONFIRM, c.lang).format(ref=ref),
            subject=f"{W.SUBJECT_CASE[c.lang]} {ref}" if ch == "email" else None,
        )
        return {
            "problem": problem,
            "booking": ref,
            "raised_at": iso(t),
            "fixed_at": iso(tf),
            "confirmed_at": iso(tc),
            "problem_event_ids": [eid],
            "confirm_event_id": cid,
            "channel": "web",
            "confirm_channel": ch,
        }

    def slide(self, c: Cust, d0: int, span: int) -> None:
        comp = self.rng.choice(COMPETITORS)
        t = self.day_time(d0, 8, 18)
        ids = []
        gaps = sorted(self.rng.sample(range(1, span * 24), 5))
        times = [t] + [t + timedelta(hours=g) for g in gaps]
        prev = t
        for i in range(6):
            ti = self.morning(max(times[i], prev + timedelta(hours=1)))
            prev = ti
            text = W.SLIDE[c.lang][i].format(comp=comp)
            ch = ["social", "community", "web"][i % 3]
            if ch == "web":
                ids.append(
                    self.add(
                        c,
                        ti,
                        "web",
                        "review",
                        text,
                        attrs={"rating": str([3, 3, 2, 2, 1, 1][i]), "page": "/reviews"},
                    )
                )
            else:
                ids.append(self.add(c, ti, ch, "mention" if ch == "social" else "post", text))
            if i == 3:
                c.truth["_nps_at"] = ti
        c.truth.update(
            {
                "slide_event_ids": ids,
                "slide_days": span,
                "competitor": comp,
                "trouble_starts_at": iso(t),
            }
        )
        c.truth["expected_rules"] = ["sentiment_drop"]
        c.truth["tolerated_rules"] = [
            "repeat_contact",
            "churn_intent",
            "competitor_mention",
            "high_value_at_risk",
            "silence",
        ]

    # ------------------------------------------------------------ output --
    def write(self, about: str) -> tuple[int, int, int]:
        rows = sorted(self.rows, key=lambda r: (r["occurred_at"], r["event_id"]))
        seen: set[str] = set()
        out = []
        for r in rows:
            c: Cust = r["cust"]
            full = r["direction"] == "outbound" or (
                r["direction"] == "inbound" and c.key not in seen
            )
            if r["direction"] == "inbound":
                seen.add(c.key)
            ch = r["channel"]
            cust: dict[str, str | None] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            if full:
                cust.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
            elif ch == "phone":
                cust["phone"] = (
                    c.phone if self.rough.random() < 0.5 else c.phone[:3] + " " + c.phone[3:]
                )
            elif ch in ("social", "community"):
                if c.handle:
                    cust["handle"] = c.handle if self.rough.random() < 0.8 else c.handle.lstrip("@")
                else:
                    cust["email"] = c.email
            elif ch == "email":
                cust["email"] = c.email.upper() if self.rough.random() < 0.08 else c.email
            else:
                cust["customer_id"] = c.key
            out.append(
                json.dumps(
                    {
                        "event_id": r["event_id"],
                        "occurred_at": iso(r["occurred_at"]),
                        "channel": ch,
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
                    },
                    ensure_ascii=False,
                )
            )
        last = rows[-1]["occurred_at"]
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        assert end < datetime(2026, 11, 15, tzinfo=UTC)
        customers = {}
        expected: dict[str, int] = {}
        for c in self.custs.values():
            c.truth.pop("_nps_at", None)
            assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"])
            assert c.key in seen, c.key
            ident = dict(c.truth["identifiers"])
            customers[c.key] = c.truth
            customers[c.key]["identifiers"] = ident
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
                "business": "Vitrafix, phone and tablet repair (consumers and Vitrafix Business)",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "2026-12-07",
                "expected": expected,
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": customers,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        replies = sum(1 for r in rows if r["direction"] == "outbound")
        return len(self.custs), len(rows), replies


def D(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


def happy_writers() -> Fam:
    f = Fam("happy_writers", "HW", D(2026, 3, 23), 10, 1)
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.spread(c, f.rng.randint(5, 7), 0, 9, 7, 19)
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in sorted(f.rng.sample(range(0, 9), f.rng.randint(2, 4))):
            t = f.start + timedelta(days=d, hours=22, minutes=f.rng.randint(12, 380))
            if f.rng.random() < 0.5:
                f.add(c, t, "social", "post", f.pick(W.NIGHT_POST, c.lang))
            else:
                f.add(c, t, "chat", "chat", f.pick(W.NIGHT_Q, c.lang))
                f.add(
                    c,
                    t + timedelta(minutes=3),
                    "chat",
                    "chat",
                    f.pick(W.NIGHT_A, c.lang),
                    "outbound",
                )
                f.add(c, t + timedelta(minutes=6), "chat", "chat", f.pick(W.THANKS, c.lang))
        f.spread(c, f.rng.randint(2, 3), 0, 9, 9, 18)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in sorted(f.rng.sample(range(10), f.rng.randint(3, 6))):
            f.survey(c, f.day_time(d, 8, 19))
    return f


def one_bad_day() -> Fam:
    f = Fam("one_bad_day", "BD", D(2026, 4, 20), 12, 2)
    chans = (
        ["longmail"] * 4
        + ["email"] * 4
        + ["chat"] * 4
        + ["social"] * 4
        + ["web"] * 4
        + ["phone"] * 4
    )
    with_case = []
    for i, ch in enumerate(chans):
        lang = f.rng.choice(["pt", "it"]) if ch == "longmail" else None
        c = f.person("happy_one_bad_day", "one bad day", lang)
        bd = f.rng.randint(2, 9)
        f.spread(c, f.rng.randint(1, 5), 0, 11, 8, 19, avoid={bd - 1, bd, bd + 1, bd + 2})
        problem = W.PROBLEMS[i % 6]
        t = f.day_time(bd, 8, 20)
        ref = None if ch == "social" else f.ref()
        eid = f.complaint(c, t, "email" if ch == "longmail" else ch, problem, ref, ch == "longmail")
        if ch in ("longmail", "email", "web", "phone") and ref:
            f.opened(c, t + timedelta(minutes=f.rng.randint(10, 40)), ref)
        c.truth.update(
            {
                "problem": problem,
                "booking": ref,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "long_email": ch == "longmail",
                "channel": "email" if ch == "longmail" else ch,
                "trouble_starts_at": iso(t),
                "agent_fixed": False,
                "apologised": False,
            }
        )
        c.truth["tolerated_rules"] = ["silence"]
        if ref:
            with_case.append((c, t, ref))
    f.rng.shuffle(with_case)
    for j, (c, t, ref) in enumerate(with_case):
        if j < 6:
            s = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(100, 140)),
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                {
                    "persona": "bad_day_detractor",
                    "nps_given": True,
                    "survey_event_id": s,
                    "expected_rules": ["detractor"],
                }
            )
        elif j < 11:
            s = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(40, 80)),
                "survey",
                "survey_response",
                None,
                scores={"csat": f.rng.randint(1, 2)},
                attrs={"survey": "csat"},
            )
            c.truth.update({"csat_given": True, "survey_event_id": s})
        if j >= 8:
            tf = f.morning(t + timedelta(hours=f.rng.randint(1, 4)))
            f.add(
                c,
                tf,
                "email",
                "message",
                f.pick(W.GOOD_NEWS, c.lang).format(ref=ref),
                "outbound",
                subject=f"{W.SUBJECT_CASE[c.lang]} {ref}",
            )
            c.truth["agent_fixed"] = True
            if j >= 15:
                ta = f.morning(t + timedelta(hours=f.rng.randint(16, 24)))
                a = f.add(c, ta, "chat", "chat", f.pick(W.APOLOGY, c.lang))
                c.truth.update({"apologised": True, "apology_at": iso(ta), "apology_event_id": a})
    for _ in range(8):
        c = f.person("happy", "control")
        f.spread(c, f.rng.randint(4, 7), 0, 11, 8, 19)
    return f


def repeat_contacts() -> Fam:
    f = Fam("repeat_contacts", "RC", D(2026, 6, 1), 10, 3)
    for i in range(12):
        c = f.person("repeat_contact", "repeats")
        f.spread(c, f.rng.randint(1, 3), 0, 0, 7, 12)
        f.repeat_run(c, f.rng.randint(1, 4), [2, 3, 4][i % 3])
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed")
        f.spread(c, 2, 0, 0, 7, 12)
        case = f.fixed_case(c, f.day_time(f.rng.randint(1, 4), 8, 18))
        c.truth.update(
            {
                "problems": [case],
                "trouble_starts_at": case["raised_at"],
                "tolerated_rules": ["silence"],
            }
        )
    for _ in range(3):
        c = f.person("different_problems", "two problems")
        d = f.rng.randint(1, 2)
        cases = [
            f.fixed_case(c, f.day_time(d, 8, 16)),
            f.fixed_case(c, f.day_time(d + f.rng.randint(4, 5), 8, 16)),
        ]
        c.truth.update(
            {
                "problems": cases,
                "trouble_starts_at": cases[0]["raised_at"],
                "tolerated_rules": ["silence"],
            }
        )
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.spread(c, f.rng.randint(5, 8), 0, 9, 8, 19)
    return f


def slow_churners() -> Fam:
    f = Fam("slow_churners", "SC", D(2026, 7, 6), 32, 4)
    for i in range(10):
        c = f.person("slow_churner", "slides")
        for d in sorted(f.rng.sample(range(0, 11), f.rng.randint(4, 5))):
            f.add(c, f.day_time(d, 8, 20), "social", "post", f.pick(W.PRAISE, c.lang))
        f.spread(c, f.rng.randint(2, 4), 0, 10, 8, 19)
        f.slide(c, f.rng.randint(12, 16), [3, 5, 5, 5, 5, 5, 9, 9, 9, 9][i])
        if i % 2 == 0:
            t = f.morning(c.truth["_nps_at"] + timedelta(minutes=f.rng.randint(150, 210)))
            s = f.add(
                c,
                t,
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth.update({"nps_given": True, "survey_event_id": s})
            c.truth["expected_rules"] = ["sentiment_drop", "detractor"]
    for _ in range(5):
        c = f.person("slow_churner", "asks to cancel")
        f.spread(c, f.rng.randint(4, 6), 0, 15, 8, 19)
        t = f.day_time(f.rng.randint(17, 23), 8, 19)
        e = f.add(c, t, "email", "message", f.pick(W.CANCEL, c.lang), subject="Vitrafix Care")
        f.add(
            c,
            f.morning(t + timedelta(hours=f.rng.randint(1, 5))),
            "email",
            "message",
            f.pick(W.SORRY_GO, c.lang).format(first=c.first),
            "outbound",
            subject="Re: Vitrafix Care",
        )
        tc = f.morning(t + timedelta(hours=f.rng.randint(20, 30)))
        x = f.add(
            c,
            tc,
            "web",
            "cancellation",
            attrs={"page": "/account/care/cancel", "product": "Vitrafix Care"},
        )
        c.truth.update(
            {
                "churn_intent_event_id": e,
                "cancellation_event_id": x,
                "churn_at": iso(tc),
                "trouble_starts_at": iso(t),
                "expected_rules": ["churn_intent"],
                "tolerated_rules": [
                    "sentiment_drop",
                    "competitor_mention",
                    "high_value_at_risk",
                    "silence",
                ],
            }
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.spread(c, f.rng.randint(6, 10), 0, 30, 8, 19)
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles")
        d = f.rng.randint(0, 4)
        ids = []
        for _k in range(f.rng.randint(5, 7)):
            ch = f.rng.choice(["social", "community", "web"])
            ids.append(
                f.add(
                    c,
                    f.day_time(d, 8, 20),
                    ch,
                    {"social": "mention", "community": "post", "web": "ticket"}[ch],
                    f.pick(W.GRUMBLE, c.lang),
                    attrs={"page": "/help/contact"} if ch == "web" else None,
                )
            )
            d += f.rng.randint(1, 3)
        c.truth.update({"grumble_event_ids": ids, "tolerated_rules": ["repeat_contact", "silence"]})
        c.truth["trouble_starts_at"] = next(
            iso(r["occurred_at"]) for r in f.rows if r["event_id"] == ids[0]
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy")
        f.spread(c, f.rng.randint(4, 6), 0, 16, 8, 19)
        s = f.add(
            c,
            f.day_time(f.rng.randint(17, 28), 9, 20),
            "social",
            "mention",
            f.pick(W.SARCASM, c.lang),
        )
        c.truth.update({"sarcasm_event_id": s, "tolerated_rules": ["silence"]})
    return f


def quiet_hours() -> Fam:
    f = Fam("quiet_hours", "QH", D(2026, 8, 28), 3, 5)
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.spread(c, f.rng.randint(1, 3), 0, 2, 7, 17.5)
    for _ in range(4):
        c = f.person("grumbles_once", "grumbles once")
        t = f.day_time(f.rng.randint(0, 2), 9, 17)
        f.add(c, t, "web", "page_view", attrs={"page": "/stores"})
        t2 = t + timedelta(minutes=f.rng.randint(20, 30))
        if f.rng.random() < 0.5:
            g = f.add(c, t2, "chat", "chat", f.pick(W.MILD, c.lang))
            f.add(
                c, t2 + timedelta(minutes=3), "chat", "chat", f.pick(W.FORM_ACK, c.lang), "outbound"
            )
        else:
            g = f.add(
                c, t2, "web", "ticket", f.pick(W.MILD, c.lang), attrs={"page": "/help/contact"}
            )
            f.add(
                c,
                t2 + timedelta(minutes=25),
                "email",
                "message",
                f.pick(W.FORM_ACK, c.lang),
                "outbound",
            )
        c.truth.update(
            {"grumble_event_id": g, "trouble_starts_at": iso(t2), "tolerated_rules": ["silence"]}
        )
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=f.rng.randint(40, 65))
        for b, off in enumerate([0, f.rng.randint(28, 33), f.rng.randint(55, 65)]):
            bt = b0 + timedelta(minutes=off)
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                t = bt + timedelta(minutes=f.rng.randint(0, 9))
                if f.rng.random() < 0.5:
                    e = f.add(c, t, "chat", "chat", f.pick(W.NIGHT_Q, c.lang))
                    f.add(
                        c,
                        t + timedelta(minutes=3),
                        "chat",
                        "chat",
                        f.pick(W.NIGHT_A, c.lang),
                        "outbound",
                    )
                    f.add(c, t + timedelta(minutes=6), "chat", "chat", f.pick(W.THANKS, c.lang))
                else:
                    e = f.add(c, t, "social", "post", f.pick(W.NIGHT_POST, c.lang))
                if f.rng.random() < 0.5:
                    f.happy(
                        c,
                        f.day_time(night if night < 3 else 2, 9, 17.5)
                        if night > 0
                        else f.day_time(0, 9, 17.5),
                    )
                c.truth.update({"burst_at": iso(bt), "night_event_id": e})
    return f


def bilingual() -> Fam:
    f = Fam("bilingual", "BL", D(2026, 9, 21), 14, 6)
    pairs = [
        ("pt", "it"),
        ("it", "pt"),
        ("pt", "en"),
        ("it", "en"),
        ("it", "fr"),
        ("pt", "fr"),
        ("it", "de"),
        ("pt", "es"),
        ("en", "it"),
        ("fr", "pt"),
        ("de", "it"),
        ("es", "pt"),
    ]

    def pair() -> tuple[str, str]:
        return f.rng.choice(pairs)

    def alt(c: Cust, langs: tuple[str, str], i: int) -> None:
        c.lang = langs[i % 2]

    for _ in range(12):
        p = pair()
        c = f.person("happy", "alternates languages", p[0])
        c.truth.update({"languages": list(p), "job_second_language": "works across the border"})
        for i, d in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            alt(c, p, i)
            f.happy(c, f.day_time(d, 8, 19))
        c.lang = p[0]
    for i in range(5):
        p = pair()
        c = f.person("repeat_contact", "repeats", p[0])
        c.truth.update({"languages": list(p), "job_second_language": "partner's language at home"})
        f.spread(c, f.rng.randint(1, 3), 0, 1, 8, 18)
        c.lang = p[1]
        f.repeat_run(c, f.rng.randint(2, 5), [2, 2, 3, 3, 4][i])
        c.lang = p[0]
    for _ in range(5):
        p = pair()
        c = f.person("slow_churner", "slides", p[0])
        c.truth.update({"languages": list(p), "job_second_language": "studied abroad"})
        for i, d in enumerate(range(0, 5)):
            alt(c, p, i)
            f.add(c, f.day_time(d, 8, 20), "social", "post", f.pick(W.PRAISE, c.lang))
        c.lang = p[1]
        f.slide(c, f.rng.randint(7, 8), f.rng.randint(3, 5))
        c.lang = p[0]
    for k in range(3):
        p = pair()
        c = f.person("happy_one_bad_day", "one bad day", p[0])
        c.truth.update({"languages": list(p), "job_second_language": "colleagues' language"})
        f.spread(c, 3, 0, 4, 8, 18)
        c.lang = p[1]
        t = f.day_time(f.rng.randint(7, 11), 9, 18)
        ref = f.ref()
        e = f.complaint(c, t, ["email", "email", "chat"][k], f.rng.choice(W.PROBLEMS), ref)
        if k < 2:
            f.opened(c, t + timedelta(minutes=20), ref)
        c.truth.update(
            {
                "bad_day_at": iso(t),
                "bad_day_event_id": e,
                "bad_day_language": p[1],
                "booking": ref,
                "trouble_starts_at": iso(t),
                "tolerated_rules": ["silence"],
            }
        )
        c.lang = p[0]
    for _ in range(2):
        p = pair()
        c = f.person("resolved_between_contacts", "fixed", p[0])
        c.truth.update({"languages": list(p), "job_second_language": "grew up bilingual"})
        case = f.fixed_case(c, f.day_time(f.rng.randint(3, 6), 9, 17))
        c.truth.update(
            {
                "problems": [case],
                "confirm_language": p[0],
                "trouble_starts_at": case["raised_at"],
                "tolerated_rules": ["silence"],
            }
        )
    return f


def b2b_accounts() -> Fam:
    f = Fam("b2b_accounts", "BB", D(2026, 10, 12), 14, 7)
    plan = [
        ("at_risk", 5, 3, "portal"),
        ("at_risk", 4, 3, "invoice"),
        ("at_risk", 6, 3, "service_blocked"),
        ("at_risk", 5, 4, "invoice"),
        ("at_risk", 4, 4, "overbilled"),
    ]
    plan += [
        ("one_unhappy", 3, 1, p) for p in ["service_blocked", "overbilled", "portal", "invoice"]
    ]
    plan += [
        ("mild", 4, 0, ""),
        ("mild", 3, 0, ""),
        ("mild", 4, 0, ""),
        ("happy", 4, 0, ""),
        ("happy", 3, 0, ""),
        ("happy", 4, 0, ""),
    ]
    sites = [
        "logistics",
        "hotel",
        "school",
        "construction",
        "retail",
        "clinic",
        "taxi",
        "cleaning",
        "security",
        "law firm",
        "university",
        "events",
        "municipality",
        "bank",
        "film",
    ]
    for ai, (kind, ncont, nunhappy, problem) in enumerate(plan):
        lang = f.rng.choice(["pt", "pt", "it", "it", "en", "fr", "de", "es"])
        market = W.MARKET[lang][0]
        acc = f"VXB-{market}-{1000 + ai * 37}"
        company = f"{f.rng.choice(W.LAST[lang])} {sites[ai].title()} {['Lda', 'Srl', 'Ltd', 'SARL', 'GmbH', 'SL'][W.LANGS.index(lang)]}"
        domain = company.split()[0].lower().replace("í", "i").replace("á", "a") + sites[ai].replace(
            " ", ""
        )
        contacts = []
        firsts: set[str] = set()
        for _k in range(ncont):
            while True:
                c = f.person("b2b_happy", "contact", lang, acc, domain)
                if c.first not in firsts:
                    firsts.add(c.first)
                    break
                del f.custs[c.key]
            c.truth.update(
                {
                    "company": company,
                    "role": "contact",
                    "job_title": f.rng.choice(
                        ["Office manager", "IT lead", "Fleet coordinator", "Finance assistant"]
                    ),
                }
            )
            c.truth["job"] = c.truth["job_title"]
            contacts.append(c)
        unhappy = contacts[:nunhappy]
        acct: dict[str, Any] = {
            "company": company,
            "site": sites[ai],
            "contacts": ncont,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": nunhappy,
            "unhappy_contact_keys": [c.key for c in unhappy],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        for c in contacts:
            early = c in unhappy or (kind == "mild" and c in contacts[:2])
            for _k in range(f.rng.randint(0, 2) if early else f.rng.randint(2, 4)):
                t = f.office(
                    f.day_time(f.rng.randint(0, 1) if early else f.rng.randint(0, 11), 8, 16.5)
                )
                f.happy(c, t)
            if c not in unhappy and kind != "mild" and f.rng.random() < 0.4:
                f.survey(c, f.office(f.day_time(f.rng.randint(2, 11), 9, 16)))
        if kind == "at_risk":
            ref = f.ref()
            t = f.start + timedelta(days=2, hours=8, minutes=f.rng.randint(10, 90))
            acct["trouble_starts_at"] = iso(t)
            first = unhappy[0]
            for j, c in enumerate(unhappy):
                text = f.rng.choice(W.B2B_COMPLAINT[lang][problem])
                if j > 0:
                    day = W.WEEKDAY[lang][(f.start + timedelta(days=2)).weekday()]
                    text = (
                        f.pick(W.B2B_SAME, lang).format(other=first.first, day=day, ref=ref) + text
                    )
                e = f.add(
                    c,
                    t,
                    "email",
                    "message",
                    text,
                    subject=f"{W.SUBJECT_COMPLAINT[lang]}: {company}",
                )
                if j == 0:
                    f.add(
                        c,
                        t + timedelta(minutes=f.rng.randint(15, 50)),
                        "email",
                        "message",
                        f.pick(W.CASE_OPENED, lang).format(first=c.first, ref=ref),
                        "outbound",
                        subject=f"{W.SUBJECT_CASE[lang]} {ref}",
                    )
                ids = [e]
                c.truth.update(
                    {
                        "persona": "b2b_unhappy",
                        "role": "complainer",
                        "habit": "complainer",
                        "problem": problem,
                        "booking": ref,
                        "trouble_starts_at": iso(t),
                        "tolerated_rules": [
                            "sentiment_drop",
                            "churn_intent",
                            "competitor_mention",
                            "high_value_at_risk",
                            "silence",
                            "account_risk",
                        ],
                    }
                )
                if j < len(unhappy) - 1:
                    s = f.add(
                        c,
                        t + timedelta(minutes=f.rng.randint(60, 180)),
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
                    t2 = f.office(t + timedelta(hours=f.rng.randint(18, 40)))
                    ids.append(
                        f.add(c, t2, "phone", "call", f.pick(W.B2B_LAST, lang).format(ref=ref))
                    )
                    c.truth["expected_rules"] = ["repeat_contact"]
                c.truth["complaint_event_ids"] = ids
                t = f.office(t + timedelta(hours=f.rng.randint(8, 28)))
        elif kind == "one_unhappy":
            c = unhappy[0]
            ref = f.ref()
            t = f.office(f.day_time(f.rng.randint(3, 7), 9, 16))
            e = f.add(
                c,
                t,
                "email",
                "message",
                f.rng.choice(W.B2B_COMPLAINT[lang][problem]),
                subject=f"{W.SUBJECT_COMPLAINT[lang]}: {company}",
            )
            f.add(
                c,
                t + timedelta(minutes=30),
                "email",
                "message",
                f.pick(W.CASE_OPENED, lang).format(first=c.first, ref=ref),
                "outbound",
                subject=f"{W.SUBJECT_CASE[lang]} {ref}",
            )
            s = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(60, 180)),
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                {
                    "persona": "b2b_one_unhappy",
                    "role": "complainer",
                    "habit": "complainer",
                    "problem": problem,
                    "booking": ref,
                    "complaint_event_ids": [e],
                    "nps_given": True,
                    "survey_event_id": s,
                    "trouble_starts_at": iso(t),
                    "expected_rules": ["detractor"],
                    "tolerated_rules": ["sentiment_drop", "high_value_at_risk", "silence"],
                }
            )
        elif kind == "mild":
            for c in contacts[:2]:
                t = f.office(f.day_time(f.rng.randint(3, 9), 9, 16))
                m = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    f.pick(W.SUGGEST, lang),
                    attrs={"page": "/business/portal/feedback"},
                )
                f.add(
                    c,
                    t + timedelta(minutes=40),
                    "email",
                    "message",
                    f.pick(W.FORM_ACK, lang),
                    "outbound",
                )
                c.truth.update(
                    {
                        "persona": "b2b_mild",
                        "role": "suggests",
                        "habit": "suggests",
                        "mild_event_id": m,
                        "trouble_starts_at": iso(t),
                        "tolerated_rules": ["silence"],
                    }
                )
        f.accounts[acc] = acct
    return f


def topic_spike() -> Fam:
    f = Fam("topic_spike", "TS", D(2026, 10, 26), 7, 8)
    day = 3  # Thursday 29 October
    for _ in range(40):
        c = f.person("happy", "day writer")
        f.spread(c, f.rng.randint(1, 4), 0, 5, 8, 19)
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once")
        t = f.day_time(0, 9, 17)
        g = f.add(c, t, "chat", "chat", f.pick(W.GRUMBLE, c.lang))
        f.add(c, t + timedelta(minutes=4), "chat", "chat", f.pick(W.FORM_ACK, c.lang), "outbound")
        c.truth.update(
            {"grumble_event_id": g, "trouble_starts_at": iso(t), "tolerated_rules": ["silence"]}
        )
    for lg, hh in (("pt", 9.7), ("it", 16.1)):
        c = f.person("grumbles_once", "lone question", lg)
        t = f.start + timedelta(days=day - 1, hours=hh)
        g = f.add(c, t, "chat", "chat", W.LONE_Q[lg][0])
        f.add(c, t + timedelta(minutes=5), "chat", "chat", W.LONE_A[lg][0], "outbound")
        c.truth.update(
            {"lone_report_event_id": g, "trouble_starts_at": iso(t), "tolerated_rules": ["silence"]}
        )
    s0 = f.start + timedelta(days=day, hours=9, minutes=5)
    langs = ["pt"] * 6 + ["it"] * 6 + ["en"] * 2 + ["fr"] * 2 + ["de"] * 2 + ["es"] * 2
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    offs = sorted([0, 45, *f.rng.sample(range(1, 45), 18)])
    keys: list[str] = []
    eids: list[str] = []
    reps: list[str] = []
    for i, lg in enumerate(langs):
        regular = i % 5 < 3
        c = f.person("spike_reporter", "regular" if regular else "new", lg)
        if regular:
            f.spread(c, f.rng.randint(1, 2), 0, 2, 8, 17.5)
        t = s0 + timedelta(minutes=offs[i])
        ch = chans[i]
        text = f.pick(W.SPIKE, lg).format(code=CODE)
        if ch == "chat":
            e = f.add(c, t, "chat", "chat", text)
            f.add(
                c, t + timedelta(minutes=2), "chat", "chat", f.pick(W.SPIKE_ANSWER, lg), "outbound"
            )
        elif ch == "web":
            e = f.add(c, t, "web", "ticket", text, attrs={"page": "/book"})
        else:
            e = f.add(
                c,
                t,
                ch,
                {"social": "mention", "community": "post", "email": "message"}[ch],
                text,
                subject="App IMEI" if ch == "email" else None,
            )
        keys.append(c.key)
        eids.append(e)
        c.truth.update(
            {
                "in_spike": True,
                "regular": regular,
                "spike_event_id": e,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
                "tolerated_rules": ["silence"],
                "agent_fixed": False,
            }
        )
        if offs[i] <= 25 and len(reps) < 6 and i % 2 == 0:
            ch2 = "email" if ch != "email" else "chat"
            r = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(10, 60)),
                ch2,
                "message" if ch2 == "email" else "chat",
                f.pick(W.SPIKE_AGAIN, lg).format(code=CODE),
                subject="App IMEI" if ch2 == "email" else None,
            )
            reps.append(r)
            c.truth.update(
                {
                    "persona": "spike_repeater",
                    "repeat_event_id": r,
                    "expected_rules": ["repeat_contact"],
                    "tolerated_rules": ["silence", "sentiment_drop"],
                }
            )
        elif len(keys) % 3 == 0:
            f.add(
                c,
                s0 + timedelta(hours=3, minutes=f.rng.randint(0, 9)),
                "email",
                "message",
                f.pick(W.SPIKE_FIXED, lg),
                "outbound",
                subject="Vitrafix",
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": f"phone-repair app rejects every IMEI at booking: device not recognised, no repair can be booked, error {CODE}",
        "about": "the planted incident",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": len(keys),
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
    total = [0, 0, 0]
    for build in FAMILIES:
        f = build()
        n = f.write(build.__name__.replace("_", " "))
        print(f.name, *n)
        total = [a + b for a, b in zip(total, n, strict=True)]
    print("total", *total)


if __name__ == "__main__":
    main()
