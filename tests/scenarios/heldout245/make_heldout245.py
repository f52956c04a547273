# ruff: noqa: E501
"""Build tests/scenarios/heldout245/ (Cogniva tutoring), standard library only, fixed seed."""

from __future__ import annotations

import json
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402

SEED = 20261207
BRAND = "Cogniva"
COMPS = ("Aulevo", "Lernafy")
CODE = "HRB-238"
PHONE = {
    "UK": "+44 7700",
    "IE": "+353 85",
    "FR": "+33 6",
    "BE": "+32 470",
    "CH": "+41 79",
    "DE": "+49 151",
    "AT": "+43 660",
    "IT": "+39 333",
    "PT": "+351 912",
    "ES": "+34 612",
}
SOURCE = {
    "email": "cogniva-mail",
    "phone": "cogniva-voice",
    "social": "cogniva-social",
    "community": "cogniva-forum",
    "chat": "cogniva-chat",
    "web": "cogniva-web",
    "survey": "cogniva-survey",
}
AGENTS = ("Maelle", "Sean", "Greta", "Nico", "Beatriz", "Ana")
USED: set[str] = set()


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.rng = random.Random(SEED * 100 + n)
        self.events: list[dict[str, Any]] = []
        self.customers: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.serial = 0
        self.cases = 0

    def pick(self, table: dict[str, tuple[str, ...]], lang: str, **kw: str) -> str:
        return self.rng.choice(table[lang]).format(**kw)

    def at(self, day: float, h0: float = 8.0, h1: float = 20.0) -> datetime:
        return self.start + timedelta(days=day, hours=self.rng.uniform(h0, h1))

    def lang(self) -> str:
        return str(self.rng.choices(W.LANGS, W.WEIGHTS)[0])

    def case(self) -> str:
        self.cases += 1
        return f"CGV-{self.code}{self.rng.randint(100, 999)}{self.cases:03d}"

    def customer(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        account: str | None = None,
        market: str | None = None,
    ) -> dict[str, Any]:
        lang = lang or self.lang()
        market = market or self.rng.choice(W.MARKETS[lang])
        while True:
            first, last = self.rng.choice(W.FIRST[lang]), self.rng.choice(W.LAST[lang])
            cid = f"CG{self.code}{self.rng.randint(1000, 9999)}"
            num = f"{self.rng.randint(100000, 999999)}"
            handle = f"@{first.lower()}_{last.lower()}{self.rng.randint(1, 99)}"
            dom = (
                "campus-client.example"
                if account
                else self.rng.choice(("mail.example", "post.example", "inbox.example"))
            )
            email = f"{first.lower()}.{last.lower()}{self.rng.randint(1, 999)}@{dom}"
            keys = {cid, num, handle, email}
            if not keys & USED:
                USED.update(keys)
                break
        phone = f"{PHONE[market]} {num}"
        c: dict[str, Any] = {
            "identifiers": {
                "customer_id": cid,
                "email": email,
                "phone": "+" + "".join(ch for ch in phone if ch.isdigit()),
                "handle": None if account else handle,
                "account_id": account,
            },
            "_phone": phone,
            "expected_rules": [],
            "tolerated_rules": [],
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        self.customers[cid] = c
        return c

    def emit(
        self,
        c: dict[str, Any],
        t: datetime,
        channel: str,
        kind: str,
        text: str | None,
        direction: str = "inbound",
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
        agent: str | None = None,
    ) -> str:
        self.serial += 1
        eid = f"h245-{self.code.lower()}-{self.serial:05d}"
        if channel == "social" and direction == "inbound" and text is not None:
            text = text.replace(BRAND, "@" + BRAND, 1) if BRAND in text else f"@{BRAND} {text}"
        a = {"market": c["country"]} | (attrs or {})
        if c["segment"] == "b2b":
            a["segment"] = "b2b"
        if agent:
            a["agent"] = agent
        self.events.append(
            {
                "_t": t,
                "_c": c,
                "event_id": eid,
                "occurred_at": iso(t),
                "channel": channel,
                "kind": kind,
                "direction": direction,
                "text": text,
                "subject": subject,
                "scores": scores or {},
                "source": SOURCE[channel],
                "attributes": a,
            }
        )
        return eid

    def agent(self) -> str:
        return self.rng.choice(AGENTS)

    # ---------------------------------------------------------------- acts --
    def happy(self, c: dict[str, Any], t: datetime) -> None:
        lang, r = c["language"], self.rng.random()
        if r < 0.25:
            ch = "social" if c["segment"] == "consumer" and self.rng.random() < 0.6 else "community"
            tab = W.PRAISE_GRIPE if self.rng.random() < 0.15 else W.PRAISE
            self.emit(c, t, ch, "post" if ch == "community" else "mention", self.pick(tab, lang))
        elif r < 0.5:
            self.emit(c, t, "chat", "chat", self.pick(W.QUESTION, lang))
            self.emit(
                c,
                t + timedelta(minutes=self.rng.randint(1, 6)),
                "chat",
                "chat",
                self.pick(W.ANSWER, lang),
                "outbound",
                agent=self.agent(),
            )
            if self.rng.random() < 0.7:
                self.emit(
                    c,
                    t + timedelta(minutes=self.rng.randint(7, 12)),
                    "chat",
                    "chat",
                    self.pick(W.THANKS, lang),
                )
        elif r < 0.75:
            p = self.rng.choice(W.PRODUCT)
            self.emit(c, t, "web", "page_view", None, attrs={"page": "/tutoring"})
            self.emit(
                c,
                t + timedelta(minutes=self.rng.randint(2, 9)),
                "web",
                "purchase",
                None,
                attrs={
                    "page": "/checkout",
                    "product": p,
                    "order_value": f"{self.rng.choice((96, 120, 240, 280))}.00",
                    "currency": "GBP"
                    if c["country"] in ("UK",)
                    else ("CHF" if c["country"] == "CH" else "EUR"),
                },
            )
        elif r < 0.88:
            self.emit(
                c,
                t,
                "web",
                "review",
                self.pick(W.REVIEW, lang),
                attrs={"rating": str(self.rng.choice((4, 5, 5))), "page": "/reviews"},
            )
        else:
            self.emit(
                c,
                t,
                "survey",
                "survey_response",
                self.pick(W.SURVEY_WORD, lang) or None,
                scores={"nps": self.rng.choice((9, 10))},
                attrs={"survey": "nps"},
            )

    def happy_days(
        self,
        c: dict[str, Any],
        n: int,
        d0: float,
        d1: float,
        avoid: tuple[float, float] | None = None,
    ) -> None:
        days = list(range(int(d0), int(d1)))
        if avoid:
            days = [d for d in days if not avoid[0] <= d <= avoid[1]] or days
        for d in sorted(self.rng.sample(days, min(n, len(days)))):
            self.happy(c, self.at(d, 8, 19))

    def problem(
        self, c: dict[str, Any], t: datetime, channel: str, prob: str, long: bool = False
    ) -> tuple[str, str]:
        lang, case = c["language"], self.case()
        text = self.pick(W.PROBLEM[prob], lang)
        if long:
            text = self.pick(W.LONG_EMAIL, lang, problem_lc=text[0].lower() + text[1:])
        kind = {
            "email": "message",
            "chat": "chat",
            "web": "ticket",
            "phone": "call",
            "social": "mention",
        }[channel]
        subj = (
            f"{W.SUBJECT_COMPLAINT[lang]}: {prob.replace('_', ' ')}" if channel == "email" else None
        )
        if channel == "phone":
            text = text.lower().replace(".", "").replace(",", "").replace("!", "").replace("?", "")
        eid = self.emit(
            c,
            t,
            channel,
            kind,
            text,
            subject=subj,
            attrs={"page": "/help/form"} if channel == "web" else None,
        )
        if channel == "chat":
            self.emit(
                c,
                t + timedelta(minutes=4),
                "chat",
                "chat",
                self.pick(W.CASE_OPENED, lang, case=case),
                "outbound",
                agent=self.agent(),
            )
        elif channel != "social":
            self.emit(
                c,
                t + timedelta(minutes=self.rng.randint(10, 40)),
                "email",
                "message",
                self.pick(W.CASE_OPENED, lang, case=case),
                "outbound",
                subject=W.SUBJECT_RE[lang].format(case=case),
                agent=self.agent(),
            )
        return eid, case

    def daytime(self, t: datetime) -> datetime:
        if t.hour >= 22:
            return t.replace(hour=8, minute=self.rng.randint(0, 59)) + timedelta(days=1)
        if t.hour < 7:
            return t.replace(hour=8, minute=self.rng.randint(0, 59))
        return t

    def repeat(self, c: dict[str, Any], d: float, contacts: int, lead: bool) -> None:
        lang = c["language"]
        prob = self.rng.choice(W.PROBLEMS)
        t = self.at(d, 8, 19)
        first_ch = self.rng.choice(("web", "email", "chat"))
        eid, case = self.problem(c, t, first_ch, prob)
        ids = [eid]
        comp = None
        if lead:
            self.emit(
                c,
                t + timedelta(hours=2),
                "email",
                "message",
                self.pick(W.QUALITY_LEAD, lang, case=case),
                "outbound",
                subject=W.SUBJECT_RE[lang].format(case=case),
                agent=self.agent(),
            )
        chans = [ch for ch in ("email", "chat", "phone", "web", "social") if ch != first_ch]
        self.rng.shuffle(chans)
        for k in range(1, contacts):
            t = self.daytime(t + timedelta(hours=self.rng.uniform(4, 40)))
            ch = chans[k - 1]
            if k == 2:
                comp = self.rng.choice(COMPS)
                text = self.pick(W.THIRD, lang, case=case, comp=comp)
            elif k == 3:
                text = self.pick(W.FOURTH, lang, case=case)
            else:
                text = self.pick(W.STILL_OPEN, lang, case=case)
            if ch == "phone":
                text = text.lower().replace(".", "").replace(",", "")
            kind = {
                "email": "message",
                "chat": "chat",
                "web": "ticket",
                "phone": "call",
                "social": "mention",
            }[ch]
            ids.append(
                self.emit(
                    c,
                    t,
                    ch,
                    kind,
                    text,
                    subject=W.SUBJECT_RE[lang].format(case=case) if ch == "email" else None,
                )
            )
            if ch == "chat":
                self.emit(
                    c,
                    t + timedelta(minutes=3),
                    "chat",
                    "chat",
                    self.pick(W.CASE_OPENED, lang, case=case),
                    "outbound",
                    agent=self.agent(),
                )
        c.update(
            problem=prob,
            booking=case,
            contacts=contacts,
            problem_event_ids=ids,
            competitor=comp,
            trouble_starts_at=self.events[-len(ids)]["occurred_at"]
            if False
            else iso(self.start + timedelta(days=d)),
            agent_passed_on=lead,
        )
        c["expected_rules"] = ["repeat_contact"] if contacts > 1 else []
        c["tolerated_rules"] = [
            "sentiment_drop",
            "churn_intent",
            "competitor_mention",
            "high_value_at_risk",
            "silence",
        ]

    def slide(self, c: dict[str, Any], d: float, span: int) -> list[str]:
        lang, comp = c["language"], self.rng.choice(COMPS)
        ids: list[str] = []
        t = self.at(d, 8, 12)
        for k, text in enumerate(W.SLIDE[lang]):
            ch = self.rng.choice(("social", "community", "web"))
            kind = {"social": "mention", "community": "post", "web": "review"}[ch]
            attrs = (
                {"rating": str((3, 3, 2, 2, 1, 1)[k]), "page": "/reviews"} if ch == "web" else None
            )
            ids.append(self.emit(c, t, ch, kind, text.format(comp=comp), attrs=attrs))
            t = self.daytime(
                t + timedelta(hours=max(1.0, span * 24 / 6 * self.rng.uniform(0.6, 1.2)))
            )
        c.update(
            slide_event_ids=ids,
            slide_days=span,
            competitor=comp,
            trouble_starts_at=self.events[-6]["occurred_at"],
        )
        c["expected_rules"] = ["sentiment_drop"]
        c["tolerated_rules"] = [
            "repeat_contact",
            "churn_intent",
            "competitor_mention",
            "high_value_at_risk",
            "silence",
        ]
        return ids

    # ------------------------------------------------------------- output --
    def write(self, expected: dict[str, int]) -> tuple[int, int, int]:
        self.events.sort(key=lambda e: (e["_t"], e["event_id"]))
        seen: set[str] = set()
        lines = []
        for e in self.events:
            c = e.pop("_c")
            e.pop("_t")
            ids = c["identifiers"]
            ch = e["channel"]
            if e["direction"] == "outbound" or ids["customer_id"] not in seen:
                ref = {
                    "customer_id": ids["customer_id"],
                    "email": ids["email"],
                    "phone": c["_phone"],
                    "handle": ids["handle"],
                    "account_id": ids["account_id"],
                }
                if e["direction"] == "inbound":
                    seen.add(ids["customer_id"])
            elif ch == "phone":
                ref = {"phone": c["_phone"], "account_id": ids["account_id"]}
            elif ch == "email" or (ch in ("social", "community") and ids["handle"] is None):
                ref = {"email": ids["email"], "account_id": ids["account_id"]}
            elif ch in ("social", "community"):
                ref = {"handle": ids["handle"], "account_id": ids["account_id"]}
            else:
                ref = {"customer_id": ids["customer_id"], "account_id": ids["account_id"]}
            e["customer"] = ref
            lines.append(json.dumps(e, ensure_ascii=False, sort_keys=False))
        for c in self.customers.values():
            c.pop("_phone", None)
            assert not set(c["expected_rules"]) & set(c["tolerated_rules"]), c
        got: dict[str, int] = {}
        for c in self.customers.values():
            for r in c["expected_rules"]:
                got[r] = got.get(r, 0) + 1
        for a in self.accounts.values():
            for r in a["expected_rules"]:
                got[r] = got.get(r, 0) + 1
        if self.spike:
            got["topic_spike"] = 1
        if got != expected:
            raise SystemExit(f"{self.name}: expected {expected}, planted {got}")
        last = max(
            datetime.fromisoformat(json.loads(x)["occurred_at"].replace("Z", "+00:00"))
            for x in lines
        )
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Cogniva: tutoring for schoolchildren at home and online, Cogniva Plus membership; Cogniva Campus for companies and schools on account",
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-07",
                "expected": expected,
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": self.customers,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )
        return len(self.customers), len(lines), sum(1 for x in lines if '"outbound"' in x)


def d(y: int, m: int, day: int) -> datetime:
    return datetime(y, m, day, tzinfo=UTC)


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        d(2026, 3, 9),
        10,
        "happy customers writing by day, by night and in surveys",
    )
    for _ in range(30):
        f.happy_days(f.customer("happy", "day writer"), f.rng.randint(4, 7), 0, 10)
    for _ in range(6):
        c = f.customer("happy", "night writer")
        for day in f.rng.sample(range(10), 3):
            t = f.start + timedelta(days=day, hours=f.rng.uniform(22.2, 27.5))
            if f.rng.random() < 0.5:
                f.emit(c, t, "community", "post", f.pick(W.NIGHT, c["language"]))
            else:
                f.emit(c, t, "chat", "chat", f.pick(W.NIGHT_Q, c["language"]))
                f.emit(
                    c,
                    t + timedelta(minutes=3),
                    "chat",
                    "chat",
                    f.pick(W.NIGHT_A, c["language"]),
                    "outbound",
                    agent=f.agent(),
                )
                f.emit(c, t + timedelta(minutes=6), "chat", "chat", f.pick(W.THANKS, c["language"]))
        f.happy_days(c, 2, 0, 10)
    for _ in range(6):
        c = f.customer("happy", "answers surveys")
        for day in sorted(f.rng.sample(range(10), 4)):
            f.emit(
                c,
                f.at(day, 8, 20),
                "survey",
                "survey_response",
                f.pick(W.SURVEY_WORD, c["language"]) or None,
                scores={"nps": f.rng.choice((9, 10))},
                attrs={"survey": "nps"},
            )
    f.write({})
    return f


def one_bad_day() -> Fam:
    f = Fam("one_bad_day", "BD", 2, d(2026, 4, 20), 12, "happy customers with one bad day")
    chans = (
        ["email"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    nps_left = 6
    for i, ch in enumerate(chans):
        c = f.customer("happy_one_bad_day", "one bad day")
        bd = f.rng.randint(2, 9)
        f.happy_days(c, f.rng.randint(2, 4), 0, 12, avoid=(bd - 2, bd + 3))
        t = f.at(bd, 8, 20)
        eid, case = f.problem(c, t, ch, W.PROBLEMS[i % 4], long=i < 4)
        c.update(
            problem=W.PROBLEMS[i % 4],
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            booking=None if ch == "social" else case,
            channel=ch,
            long_email=i < 4,
            trouble_starts_at=iso(t),
        )
        c["tolerated_rules"] = ["silence"]
        if ch != "social" and nps_left and i % 3 == 0:
            nps_left -= 1
            c["survey_event_id"] = f.emit(
                c,
                t + timedelta(minutes=f.rng.randint(100, 140)),
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.update(
                persona="bad_day_detractor",
                expected_rules=["detractor"],
                tolerated_rules=["silence"],
            )
        elif ch != "social" and f.rng.random() < 0.5:
            gt = f.daytime(t + timedelta(hours=f.rng.uniform(1, 4)))
            f.emit(
                c,
                gt,
                "email",
                "message",
                f.pick(W.GOOD_NEWS, c["language"], case=case),
                "outbound",
                subject=W.SUBJECT_RE[c["language"]].format(case=case),
                agent=f.agent(),
            )
            if f.rng.random() < 0.5:
                c["apology_event_id"] = f.emit(
                    c,
                    f.daytime(t + timedelta(hours=f.rng.uniform(16, 24))),
                    "chat",
                    "chat",
                    f.pick(W.APOLOGY, c["language"]),
                )
    while nps_left:
        raise SystemExit("not enough detractors")
    for _ in range(12):
        f.happy_days(f.customer("happy", "control"), f.rng.randint(2, 5), 0, 12)
    f.write({"detractor": 6})
    return f


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        d(2026, 6, 1),
        10,
        "the same open problem raised again, and look-alikes",
    )
    for i in range(12):
        c = f.customer("repeat_contact", "repeats")
        f.happy(c, f.at(0, 7, 12))
        f.repeat(c, f.rng.randint(1, 4), (2, 3, 4)[i % 3], lead=i % 2 == 0)
    for _ in range(6):
        c = f.customer("resolved_between_contacts", "fixed")
        lang = c["language"]
        t = f.at(f.rng.randint(1, 3), 8, 18)
        eid, case = f.problem(c, t, "email", f.rng.choice(W.PROBLEMS))
        t2 = f.daytime(t + timedelta(hours=f.rng.uniform(3, 20)))
        f.emit(
            c,
            t2,
            "email",
            "message",
            f.pick(W.GOOD_NEWS, lang, case=case),
            "outbound",
            subject=W.SUBJECT_RE[lang].format(case=case),
            agent=f.agent(),
        )
        cf = f.emit(c, t2 + timedelta(hours=2), "chat", "chat", f.pick(W.CONFIRM, lang, case=case))
        c.update(
            booking=case,
            problem_event_ids=[eid],
            confirm_event_id=cf,
            trouble_starts_at=iso(t),
            tolerated_rules=["silence"],
        )
        f.happy_days(c, 2, 6, 10)
    for _ in range(6):
        c = f.customer("different_problems", "two problems")
        p1, p2 = f.rng.sample(W.PROBLEMS, 2)
        e1, c1 = f.problem(c, f.at(1, 8, 18), "chat", p1)
        e2, _c2 = f.problem(c, f.at(6, 8, 18), "web", p2)
        c.update(
            problems=[p1, p2],
            problem_event_ids=[e1, e2],
            booking=c1,
            tolerated_rules=["silence"],
            trouble_starts_at=f.events[-4]["occurred_at"],
        )
    for _ in range(6):
        f.happy_days(f.customer("happy", "frequent writer"), 7, 0, 10)
    f.write({"repeat_contact": 12})
    return f


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        d(2026, 7, 6),
        32,
        "slides, leavers, steadily grumpy and steady customers",
    )
    for i in range(10):
        c = f.customer("slow_churner", "slides")
        for day in sorted(f.rng.sample(range(11), 5)):
            f.emit(c, f.at(day, 8, 19), "social", "mention", f.pick(W.PRAISE, c["language"]))
        f.happy_days(c, 2, 0, 11)
        ids = f.slide(c, f.rng.randint(12, 16), (3, 5, 9)[i % 3])
        if i < 5:
            fourth = next(e for e in f.events if e["event_id"] == ids[3])
            c["survey_event_id"] = f.emit(
                c,
                f.daytime(fourth["_t"] + timedelta(hours=3)),
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c["expected_rules"] = ["sentiment_drop", "detractor"]
    for _ in range(5):
        c = f.customer("slow_churner", "asks to cancel")
        f.happy_days(c, 4, 0, 20)
        t = f.at(f.rng.randint(22, 28), 9, 18)
        ci = f.emit(
            c, t, "email", "message", f.pick(W.CANCEL, c["language"]), subject="Cogniva Plus"
        )
        f.emit(
            c,
            t + timedelta(hours=1),
            "email",
            "message",
            f.pick(W.GOODBYE, c["language"]),
            "outbound",
            agent=f.agent(),
        )
        ca = f.emit(
            c,
            t + timedelta(hours=2),
            "web",
            "cancellation",
            None,
            attrs={"page": "/account/cancel", "product": "Cogniva Plus"},
        )
        c.update(
            churn_intent_event_id=ci,
            cancellation_event_id=ca,
            churn_at=iso(t + timedelta(hours=2)),
            trouble_starts_at=iso(t),
            expected_rules=["churn_intent"],
            tolerated_rules=[
                "sentiment_drop",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
    for _ in range(6):
        c = f.customer("steadily_grumpy", "grumbles")
        gids = [
            f.emit(c, f.at(day, 8, 20), "community", "post", f.pick(W.GRUMPY, c["language"]))
            for day in sorted(f.rng.sample(range(32), 5))
        ]
        c.update(
            grumble_event_ids=gids,
            tolerated_rules=["repeat_contact", "silence"],
            trouble_starts_at=f.events[-5]["occurred_at"],
        )
    for _ in range(4):
        c = f.customer("happy_one_sarcastic_remark", "happy")
        f.happy_days(c, 4, 0, 32)
        c["sarcasm_event_id"] = f.emit(
            c,
            f.at(f.rng.randint(5, 25), 9, 20),
            "social",
            "mention",
            f.pick(W.SARCASM, c["language"]),
        )
        c["tolerated_rules"] = ["silence"]
    for _ in range(8):
        f.happy_days(f.customer("happy", "steady"), f.rng.randint(5, 8), 0, 32)
    f.write({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})
    return f


def quiet_hours() -> Fam:
    f = Fam("quiet_hours", "QH", 5, d(2026, 8, 28), 3, "a calm weekend with night-owl bursts")
    for _ in range(16):
        f.happy_days(f.customer("happy", "day writer"), f.rng.randint(1, 3), 0, 3)
    for _ in range(4):
        c = f.customer("grumbles_once", "grumbles once")
        t = f.at(f.rng.randint(0, 2), 9, 16)
        c["grumble_event_id"] = f.emit(c, t, "chat", "chat", f.pick(W.MILD, c["language"]))
        f.emit(
            c,
            t + timedelta(minutes=4),
            "chat",
            "chat",
            f.pick(W.MILD_ANSWER, c["language"]),
            "outbound",
            agent=f.agent(),
        )
        c["tolerated_rules"] = ["silence"]
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=f.rng.randint(40, 65))
        for b, off in enumerate((0, f.rng.randint(28, 33), f.rng.randint(55, 65))):
            for _ in range(4):
                c = f.customer("night_owl", f"night {night + 1}, burst {b + 1}")
                t = b0 + timedelta(minutes=off + f.rng.uniform(0, 10))
                if f.rng.random() < 0.5:
                    c["night_event_id"] = f.emit(
                        c, t, "community", "post", f.pick(W.NIGHT, c["language"])
                    )
                else:
                    c["night_event_id"] = f.emit(
                        c, t, "chat", "chat", f.pick(W.NIGHT_Q, c["language"])
                    )
                    f.emit(
                        c,
                        t + timedelta(minutes=3),
                        "chat",
                        "chat",
                        f.pick(W.NIGHT_A, c["language"]),
                        "outbound",
                        agent=f.agent(),
                    )
                    f.emit(
                        c, t + timedelta(minutes=5), "chat", "chat", f.pick(W.THANKS, c["language"])
                    )
                c["burst_at"] = iso(b0 + timedelta(minutes=off))
                if f.rng.random() < 0.5:
                    f.happy(c, f.at(f.rng.randint(0, 2), 9, 17.5))
    f.write({})
    return f


def bilingual() -> Fam:
    f = Fam("bilingual", "BL", 6, d(2026, 9, 21), 14, "customers writing in two languages")
    pairs = [
        ("en", "fr"),
        ("fr", "en"),
        ("fr", "de"),
        ("en", "es"),
        ("fr", "it"),
        ("pt", "fr"),
        ("de", "en"),
        ("it", "en"),
        ("es", "fr"),
    ]

    def two(c: dict[str, Any], i: int) -> None:
        a, b = pairs[i % len(pairs)]
        c["languages"] = [a, b]
        c["language"] = a

    def swap(c: dict[str, Any]) -> None:
        a, b = c["languages"]
        c["language"] = b if c["language"] == a else a

    for i in range(12):
        c = f.customer("happy", "alternates languages")
        two(c, i)
        for day in sorted(f.rng.sample(range(14), f.rng.randint(5, 7))):
            f.happy(c, f.at(day, 8, 19))
            swap(c)
        c["language"] = c["languages"][0]
    for i in range(5):
        c = f.customer("repeat_contact", "repeats")
        two(c, i + 3)
        f.happy(c, f.at(0, 8, 12))
        f.repeat(c, f.rng.randint(2, 5), (2, 3, 4, 3, 2)[i], lead=i in (1, 2, 3))
        c["language"] = c["languages"][0]
    for i in range(5):
        c = f.customer("slow_churner", "slides")
        two(c, i + 5)
        for day in range(6):
            f.emit(c, f.at(day, 8, 19), "social", "mention", f.pick(W.PRAISE, c["language"]))
            swap(c)
        f.slide(c, f.rng.randint(7, 8), f.rng.randint(3, 5))
        c["language"] = c["languages"][0]
    for i in range(4):
        c = f.customer("happy_one_bad_day", "one bad day")
        two(c, i + 1)
        f.happy_days(c, 3, 0, 5)
        swap(c)
        t = f.at(f.rng.randint(8, 11), 9, 18)
        eid, case = f.problem(c, t, "chat", f.rng.choice(W.PROBLEMS))
        c.update(
            bad_day_event_id=eid,
            bad_day_at=iso(t),
            bad_day_language=c["language"],
            booking=case,
            tolerated_rules=["silence"],
        )
        c["language"] = c["languages"][0]
    f.write({"repeat_contact": 5, "sentiment_drop": 5})
    return f


def b2b_accounts() -> Fam:
    f = Fam("b2b_accounts", "BB", 7, d(2026, 10, 12), 14, "Cogniva Campus accounts")
    sites = (
        "bank",
        "hospital",
        "school",
        "logistics",
        "municipality",
        "insurer",
        "university",
        "retail",
        "airline",
        "law firm",
        "hotel",
        "software",
    )
    for k in range(12):
        lang = f.lang()
        market = f.rng.choice(W.MARKETS[lang])
        aid = f"CGC-{market}-{f.rng.randint(1000, 9999)}"
        kind = "at_risk" if k < 5 else ("one_unhappy" if k < 7 else ("mild" if k < 9 else "happy"))
        contacts = [f.customer("b2b_happy", "contact", lang, aid, market) for _ in range(4)]
        acc = {
            "company": f"{sites[k].title()} client {k + 1}",
            "site": sites[k],
            "contacts": 4,
            "contact_keys": [c["identifiers"]["customer_id"] for c in contacts],
            "unhappy_contacts": 0,
            "unhappy_contact_keys": [],
            "at_risk": kind == "at_risk",
            "expected_rules": [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        f.accounts[aid] = acc
        for c in contacts:
            c.update(company=acc["company"], role="contact")
            for day in f.rng.sample(range(14), 2):
                t = f.at(day, 8, 16.5)
                while t.weekday() >= 5:
                    t += timedelta(days=1)
                f.emit(c, t, "chat", "chat", f.pick(W.B2B_HAPPY, lang))
                f.emit(
                    c,
                    t + timedelta(minutes=f.rng.randint(1, 6)),
                    "chat",
                    "chat",
                    f.pick(W.B2B_DONE, lang),
                    "outbound",
                    agent=f.agent(),
                )
        if kind == "at_risk":
            prob = W.B2B_PROBLEMS[k % 2]
            acc.update(same_problem=prob, unhappy_contacts=3, expected_rules=["account_risk"])
            t = f.start + timedelta(days=2, hours=f.rng.uniform(8, 11))
            case, first = f.case(), contacts[0]
            unhappy = contacts[:3]
            for j, c in enumerate(unhappy):
                prev = (
                    ""
                    if j == 0
                    else W.B2B_PREV[lang].format(
                        name=first["name"].split()[0], day=W.WEEKDAY[lang][2], case=case
                    )
                )
                eid = f.emit(
                    c,
                    t,
                    "email",
                    "message",
                    f.pick(W.B2B_COMPLAINT[prob], lang, prev=prev).strip(),
                    subject=f"{W.SUBJECT_COMPLAINT[lang]}: Campus {prob}",
                )
                if j == 0:
                    f.emit(
                        c,
                        t + timedelta(minutes=30),
                        "email",
                        "message",
                        f.pick(W.CASE_OPENED, lang, case=case),
                        "outbound",
                        subject=W.SUBJECT_RE[lang].format(case=case),
                        agent=f.agent(),
                    )
                c.update(
                    persona="b2b_unhappy",
                    role="complainer",
                    habit="complainer",
                    complaint_event_ids=[eid],
                    problem=prob,
                    booking=case,
                    trouble_starts_at=iso(t),
                )
                c["tolerated_rules"] = [
                    "sentiment_drop",
                    "churn_intent",
                    "competitor_mention",
                    "high_value_at_risk",
                    "silence",
                    "account_risk",
                ]
                c["survey_event_id"] = f.emit(
                    c,
                    t + timedelta(hours=f.rng.uniform(1, 3)),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": f.rng.randint(1, 5)},
                    attrs={"survey": "nps"},
                )
                c["expected_rules"] = ["detractor"]
                t = f.daytime(t + timedelta(hours=f.rng.uniform(8, 20)))
                while t.weekday() >= 5:
                    t += timedelta(days=1)
            last = unhappy[-1]
            t = f.daytime(t + timedelta(hours=f.rng.uniform(18, 30)))
            while t.weekday() >= 5:
                t += timedelta(days=1)
            comp = f.rng.choice(COMPS)
            last["complaint_event_ids"].append(
                f.emit(
                    last,
                    t,
                    "email",
                    "message",
                    f.pick(W.B2B_LAST, lang, case=case, comp=comp),
                    subject=W.SUBJECT_RE[lang].format(case=case),
                )
            )
            last["competitor"] = comp
            last["expected_rules"] = ["detractor", "repeat_contact"]
            acc.update(
                unhappy_contact_keys=[c["identifiers"]["customer_id"] for c in unhappy],
                trouble_starts_at=unhappy[0]["trouble_starts_at"],
            )
        elif kind == "one_unhappy":
            c = contacts[0]
            t = f.start + timedelta(days=3, hours=f.rng.uniform(9, 15))
            c["complaint_event_ids"] = [
                f.emit(
                    c,
                    t,
                    "email",
                    "message",
                    f.pick(W.B2B_COMPLAINT["invoice"], lang, prev="").strip(),
                    subject=f"{W.SUBJECT_COMPLAINT[lang]}: Campus invoice",
                )
            ]
            c.update(
                persona="b2b_one_unhappy",
                role="complainer",
                habit="complainer",
                tolerated_rules=["sentiment_drop", "high_value_at_risk", "silence"],
            )
            acc.update(unhappy_contacts=1, unhappy_contact_keys=[c["identifiers"]["customer_id"]])
        elif kind == "mild":
            c = contacts[0]
            c["mild_event_id"] = f.emit(
                c,
                f.start + timedelta(days=4, hours=f.rng.uniform(9, 15)),
                "email",
                "message",
                f.pick(W.B2B_MILD, lang),
                subject="Campus portal",
            )
            c.update(
                persona="b2b_mild", role="suggests", habit="suggests", tolerated_rules=["silence"]
            )
    f.write({"account_risk": 5, "detractor": 15, "repeat_contact": 5})
    return f


def topic_spike() -> Fam:
    f = Fam("topic_spike", "TS", 8, d(2026, 11, 16), 7, "a calm week and one planted incident")
    for _ in range(40):
        f.happy_days(f.customer("happy", "day writer"), f.rng.randint(1, 4), 0, 6)
    for _ in range(2):
        c = f.customer("grumbles_once", "lone question")
        c["lone_report_event_id"] = f.emit(
            c, f.at(0, 10, 16), "chat", "chat", f.pick(W.LONE_Q, c["language"])
        )
        f.emit(
            c,
            f.events[-1]["_t"] + timedelta(minutes=3),
            "chat",
            "chat",
            f.pick(W.ANSWER, c["language"]),
            "outbound",
            agent=f.agent(),
        )
        c["tolerated_rules"] = ["silence"]
    s0 = f.start + timedelta(days=1, hours=18, minutes=5)
    langs = ["en"] * 6 + ["fr"] * 6 + ["de", "de", "it", "it", "pt", "pt", "es", "es"]
    keys: list[str] = []
    eids: list[str] = []
    reps: list[str] = []
    for i, lang in enumerate(langs):
        c = f.customer("spike_reporter", "regular" if i % 3 else "new", lang)
        t = s0 + timedelta(minutes=45 * i / 19)
        ch = ("social", "chat", "community", "web")[i % 4]
        kind = {"social": "mention", "chat": "chat", "community": "post", "web": "ticket"}[ch]
        eid = f.emit(c, t, ch, kind, f.pick(W.SPIKE_REPORT, lang, code=CODE))
        if ch == "chat":
            f.emit(
                c,
                t + timedelta(minutes=2),
                "chat",
                "chat",
                f.pick(W.SPIKE_CHAT_A, lang),
                "outbound",
                agent=f.agent(),
            )
        c.update(
            in_spike=True,
            spike_event_id=eid,
            spike_channel=ch,
            trouble_starts_at=iso(t),
            tolerated_rules=["silence"],
        )
        keys.append(c["identifiers"]["customer_id"])
        eids.append(eid)
        if i % 3 == 1 and len(reps) < 6:
            r = f.emit(
                c,
                t + timedelta(minutes=f.rng.randint(25, 50)),
                "chat",
                "chat",
                f.pick(W.SPIKE_REPEAT, lang, code=CODE),
            )
            reps.append(r)
            c.update(
                persona="spike_repeater",
                repeat_event_id=r,
                expected_rules=["repeat_contact"],
                tolerated_rules=["sentiment_drop", "silence"],
            )
        if i % 2 == 0:
            f.emit(
                c,
                s0 + timedelta(hours=2),
                "email",
                "message",
                f.pick(W.SPIKE_FIXED, lang, time="20:00"),
                "outbound",
                agent=f.agent(),
            )
            c["agent_fixed"] = True
        if i % 3:
            f.happy_days(c, 2, 2, 7)
    f.spike = {
        "topic": "prepaid lesson-hour balances shown as zero in the app, bookings refused with an error code",
        "about": "see README",
        "channel": None,
        "start": eids and f.events[0]["occurred_at"] and iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    f.write({"topic_spike": 1, "repeat_contact": 6})
    return f


def main() -> None:
    for build in (
        happy_writers,
        one_bad_day,
        repeat_contacts,
        slow_churners,
        quiet_hours,
        bilingual,
        b2b_accounts,
        topic_spike,
    ):
        f = build()
        print(f.name, len(f.customers), len(f.events))


if __name__ == "__main__":
    main()
