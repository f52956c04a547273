# ruff: noqa: E501
"""Writes heldout317 (Regaro, home-watch and plant-watering visits): eight families.

Standard library only; seeded; two runs give the same bytes. Run from anywhere.
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

SEED = 20260815
BRAND = "Regaro"
COMPS = ("Hidrova", "Verdolo")
CODE = "VIS 527c"
COUNTER = [0]
CASES = [0]

TOL_REPEAT = [
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "sentiment_drop",
    "silence",
]
TOL_SLIDER = [
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "repeat_contact",
    "silence",
]
TOL_LEAVER = ["competitor_mention", "high_value_at_risk", "sentiment_drop", "silence"]
TOL_B2B_RISK = [
    "account_risk",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "sentiment_drop",
    "silence",
]
PHONE = {
    "PT": ("+351", "91", 7),
    "LU": ("+352", "621", 6),
    "FR": ("+33", "6", 8),
    "BE": ("+32", "47", 7),
    "CH": ("+41", "79", 7),
    "ES": ("+34", "6", 8),
    "DE": ("+49", "151", 8),
    "AT": ("+43", "664", 7),
    "UK": ("+44", "7", 9),
    "IE": ("+353", "87", 7),
    "IT": ("+39", "34", 8),
}


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    ids: dict[str, str | None]
    truth: dict[str, Any]


@dataclass
class Fam:
    name: str
    code: str
    start: datetime
    days: int
    about: str
    n: int
    rng: random.Random = field(init=False)
    rough: random.Random = field(init=False)
    rows: list[dict[str, Any]] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    def at(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def lang(self) -> str:
        return self.rng.choices(W.LANGS, W.WEIGHTS)[0]

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        market: str | None = None,
        account: str | None = None,
        company: str | None = None,
        **extra: Any,
    ) -> Cust:
        COUNTER[0] += 1
        n = COUNTER[0]
        lg = lang or self.lang()
        mk = market or self.rng.choice(W.MARKETS[lg])
        first = W.FIRST[lg][n % len(W.FIRST[lg])]
        last = W.LAST[lg][(n // 3) % len(W.LAST[lg])]
        key = f"RG{self.code.upper()}{1000 + n}"
        plain = strip(f"{first}.{last}".lower()).replace(" ", "")
        cc, pre, width = PHONE[mk]
        phone = cc + pre + str(n).zfill(width)
        if company:
            email = f"{plain}{n}@{company.lower().replace(' ', '')}.example"
            handle = None
        else:
            email = f"{plain}{n}@mail{n % 7}.example"
            handle = f"@{strip(first).lower()}_{strip(last).lower()}{n}"
        ids: dict[str, str | None] = {
            "customer_id": key,
            "email": email,
            "phone": phone,
            "handle": handle,
            "account_id": account,
        }
        truth: dict[str, Any] = {
            "identifiers": dict(ids),
            "expected_rules": sorted(expected or []),
            "tolerated_rules": sorted(tolerated or []),
            "persona": persona,
            "habit": habit,
            "language": lg,
            "country": mk,
            "segment": "b2b" if company else "consumer",
            "name": f"{first} {last}",
        }
        if company:
            truth["company"] = company
        truth.update(extra)
        c = Cust(key, lg, mk, ids, truth)
        self.custs[key] = c
        return c

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        out: bool = False,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
        lang: str | None = None,
    ) -> str:
        eid = f"rg317-{self.code}-{len(self.rows) + 1:05d}"
        if text is not None:
            text = text.replace("{b}", BRAND)
            if not out and channel not in ("phone", "survey"):
                text = self.roughen(text)
            if channel == "social" and kind == "mention" and not out and "@Regaro" not in text:
                text = (
                    text.replace("Regaro", "@Regaro", 1) if "Regaro" in text else "@Regaro " + text
                )
        a = {"market": c.market}
        if c.truth["segment"] == "b2b":
            a["segment"] = "b2b"
        if out:
            a["agent"] = f"agent-{self.rng.randint(1, 9)}"
        a.update(attrs or {})
        row: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "customer": c.key,
            "text": text,
            "subject": subject,
            "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
            "source": f"regaro-{channel}",
            "attributes": a,
        }
        self.rows.append(row)
        return eid

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.1:
            text = strip(text)
        if r.random() < 0.125 and text[:1].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = text.split(" ")
            cand = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha() and w.islower()]
            if cand:
                i = r.choice(cand)
                w = words[i]
                j = r.randrange(1, len(w) - 2)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    # ---- building blocks ----
    def pick(self, table: dict[str, Any], lang: str) -> Any:
        v = table[lang]
        return self.rng.choice(v) if isinstance(v, tuple) else v

    def case(self) -> str:
        CASES[0] += 1
        return f"RG-{700100 + CASES[0] * 7}"

    def happy(self, c: Cust, t: datetime, night: bool = False, surveys: bool = True) -> None:
        lg, r = c.lang, self.rng
        if night:
            if r.random() < 0.5:
                self.add(c, t, "social", "mention", self.pick(W.NIGHT_POST, lg))
            else:
                q, a = self.pick(W.NIGHT_Q, lg)
                self.add(c, t, "chat", "chat", q)
                self.add(c, t + timedelta(minutes=r.randint(1, 5)), "chat", "chat", a, out=True)
                self.add(
                    c,
                    t + timedelta(minutes=r.randint(7, 12)),
                    "chat",
                    "chat",
                    self.pick(W.THANKS, lg),
                )
            return
        kinds = ["praise", "community", "chat", "buy", "view", "review", "call", "gripe"] + (
            ["survey"] if surveys else []
        )
        k = r.choice(kinds)
        if k == "praise":
            self.add(c, t, "social", "mention", self.pick(W.PRAISE, lg))
        elif k == "community":
            self.add(c, t, "community", "post", self.pick(W.PRAISE, lg))
        elif k == "gripe":
            self.add(c, t, "community", "post", self.pick(W.PRAISE_GRIPE, lg))
        elif k == "chat":
            q, a = self.pick(W.QUESTION, lg)
            self.add(c, t, "chat", "chat", q)
            self.add(c, t + timedelta(minutes=r.randint(1, 6)), "chat", "chat", a, out=True)
            if r.random() < 0.6:
                self.add(
                    c,
                    t + timedelta(minutes=r.randint(8, 15)),
                    "chat",
                    "chat",
                    self.pick(W.THANKS, lg),
                )
        elif k == "buy":
            name, price = r.choice(W.PRODUCTS)
            cur, val = (
                ("GBP", price * 0.86)
                if c.market == "UK"
                else ("CHF", price * 0.94)
                if c.market == "CH"
                else ("EUR", float(price))
            )
            self.add(c, t, "web", "page_view", attrs={"page": "/pricing"})
            self.add(
                c,
                t + timedelta(minutes=r.randint(3, 20)),
                "web",
                "purchase",
                attrs={
                    "order_value": f"{val:.2f}",
                    "currency": cur,
                    "product": name,
                    "page": "/checkout",
                },
            )
        elif k == "view":
            self.add(c, t, "web", "page_view", attrs={"page": r.choice(W.PAGES)})
        elif k == "review":
            self.add(
                c,
                t,
                "web",
                "review",
                self.pick(W.REVIEW, lg),
                attrs={"rating": "5", "page": "/reviews"},
            )
        elif k == "call":
            self.add(c, t, "phone", "call", self.pick(W.CALL_Q, lg))
            self.add(
                c,
                t + timedelta(minutes=r.randint(10, 30)),
                "email",
                "message",
                W.CALL_FOLLOW[lg],
                out=True,
            )
        else:
            self.survey_good(c, t)

    def survey_good(self, c: Cust, t: datetime) -> None:
        r = self.rng
        s = r.choice(["nps", "csat", "ces"])
        v = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[s]
        word = self.pick(W.SURVEY_WORD, c.lang)
        self.add(
            c, t, "survey", "survey_response", word or None, scores={s: v}, attrs={"survey": s}
        )

    def day_time(self, day: int, lo: float = 7, hi: float = 20) -> datetime:
        return self.at(day, self.rng.uniform(lo, hi))

    def happy_days(self, c: Cust, n: int, days: list[int], surveys: bool = True) -> None:
        for d in sorted(self.rng.sample(days, min(n, len(days)))):
            self.happy(c, self.day_time(d), surveys=surveys)

    def complaint(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        problem: str,
        lang: str | None = None,
        long: bool = False,
    ) -> tuple[str, str | None]:
        lg = lang or c.lang
        p = W.PROBLEM[lg][problem].replace("{amt}", W.AMOUNT[lg])
        subj = W.SUBJECT_COMPLAINT[lg].replace("{topic}", W.TOPIC_WORD[lg][problem])
        ref = None if channel == "social" else self.case()
        if long:
            e = self.add(
                c, t, "email", "message", self.pick(W.LONG_EMAIL, lg).replace("{p}", p), subj
            )
        elif channel == "phone":
            e = self.add(c, t, "phone", "call", W.CALL_COMPLAINT[lg].replace("{p}", p))
        else:
            text = self.pick(W.ANGRY, lg).replace("{p}", p[0].upper() + p[1:])
            kind = {"email": "message", "chat": "chat", "social": "mention", "web": "ticket"}[
                channel
            ]
            e = self.add(
                c,
                t,
                channel,
                kind,
                text,
                subj if channel == "email" else None,
                attrs={"page": "/help/contact"} if channel == "web" else None,
            )
        if ref:
            if channel == "chat":
                self.add(
                    c,
                    t + timedelta(minutes=self.rng.randint(2, 6)),
                    "chat",
                    "chat",
                    W.CASE_OPENED[lg].replace("{ref}", ref),
                    out=True,
                )
            else:
                self.add(
                    c,
                    self.morning(t + timedelta(minutes=self.rng.randint(10, 40))),
                    "email",
                    "message",
                    W.CASE_OPENED[lg].replace("{ref}", ref),
                    W.CASE_SUBJ[lg].replace("{ref}", ref),
                    out=True,
                )
        return e, ref

    def morning(self, t: datetime) -> datetime:
        if t.hour >= 22:
            return (t + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 59))
        if t.hour < 7:
            return t.replace(hour=8, minute=self.rng.randint(0, 59))
        return t

    def survey_bad(self, c: Cust, t: datetime, kind: str) -> str:
        if kind == "nps":
            v = self.rng.randint(1, 5)
            c.truth.update(nps_given=True, nps=v)
        else:
            v = self.rng.randint(1, 2)
            c.truth.update(csat_given=True, csat=v)
        word = self.pick(W.LOW_WORD, c.lang)
        e = self.add(
            c,
            t,
            "survey",
            "survey_response",
            word or None,
            scores={kind: v},
            attrs={"survey": kind},
        )
        c.truth["survey_event_id"] = e
        return e

    # ---- output ----
    def finish(self, written: str) -> None:
        self.rows.sort(key=lambda r: r["occurred_at"])
        seen: set[str] = set()
        for row in self.rows:
            c = self.custs[row["customer"]]
            ids = c.ids
            if row["direction"] == "outbound" or c.key not in seen:
                ref = dict(ids)
                if row["direction"] == "inbound":
                    seen.add(c.key)
            else:
                ch = row["channel"]
                ref = {
                    "customer_id": None,
                    "email": None,
                    "phone": None,
                    "handle": None,
                    "account_id": ids["account_id"],
                }
                if ch == "email":
                    ref["email"] = ids["email"]
                elif ch == "phone":
                    ref["phone"] = ids["phone"]
                elif ch in ("social", "community"):
                    if ids["handle"]:
                        ref["handle"] = ids["handle"]
                    else:
                        ref["email"] = ids["email"]
                else:
                    ref["customer_id"] = ids["customer_id"]
            row["customer"] = ref
        last = max(datetime.fromisoformat(r["occurred_at"]) for r in self.rows)
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        expected: dict[str, int] = {}
        for c in self.custs.values():
            assert c.truth["persona"] not in ("happy",) or not c.truth["expected_rules"]
            assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"])
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
                "about": self.about,
                "business": "Regaro: home-watch and plant-watering visits while away; Regaro Plus; Regaro Office on account",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": written,
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: c.truth for k, c in sorted(self.custs.items())},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        assert all(r["occurred_at"] < "2026-11-01" for r in self.rows)
        with open(HERE / f"{self.name}.jsonl", "w", encoding="utf-8") as f:
            for row in self.rows:
                f.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def strip(text: str) -> str:
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
        text = text.replace(a, b)
    keep = "ßñÑ"
    return "".join(ch if ch in keep else unicodedata.normalize("NFKD", ch)[0] for ch in text)


def d(y: int, m: int, day: int) -> datetime:
    return datetime(y, m, day, tzinfo=UTC)


def happy_writers(f: Fam) -> None:
    days = list(range(10))
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(5, 8), days)
    for _ in range(5):
        c = f.person("happy", "night writer")
        for dd in f.rng.sample(days[:-1], f.rng.randint(2, 4)):
            f.happy(
                c,
                f.at(dd, f.rng.uniform(22.2, 23.9))
                if f.rng.random() < 0.5
                else f.at(dd + 1, f.rng.uniform(0, 4.5)),
                night=True,
            )
        f.happy_days(c, f.rng.randint(2, 3), days, surveys=False)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for dd in sorted(f.rng.sample(days, f.rng.randint(3, 6))):
            f.survey_good(c, f.day_time(dd, 8, 20))


def one_bad_day(f: Fam) -> None:
    chans = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    probs = [p for p in W.PROBLEMS for _ in range(4)]
    f.rng.shuffle(probs)
    with_case = [i for i, ch in enumerate(chans) if ch != "social"]
    nps = set(f.rng.sample(with_case, 6))
    csat = set(f.rng.sample([i for i in with_case if i not in nps], 5))
    good = f.rng.sample(with_case, 12)
    sorry = set(good[:5])
    long_langs = ["pt", "pt", "fr", "fr"]
    for i, ch in enumerate(chans):
        lg = long_langs.pop() if ch == "long" else None
        det = i in nps
        c = f.person(
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            lang=lg,
            expected=["detractor"] if det else [],
            tolerated=["silence"],
        )
        bd = f.rng.randint(2, 9)
        bt = f.at(bd, f.rng.uniform(8, 20))
        hd = [x for x in range(12) if x <= bd - 2 or x >= bd + 3]
        f.happy_days(c, f.rng.randint(1, 5), hd, surveys=False)
        e, ref = f.complaint(c, bt, "email" if ch == "long" else ch, probs[i], long=ch == "long")
        c.truth.update(
            problem=probs[i],
            channel=ch if ch != "long" else "email",
            long_email=ch == "long",
            booking=ref,
            bad_day_at=iso(bt),
            bad_day_event_id=e,
            trouble_starts_at=iso(bt),
        )
        if det:
            f.survey_bad(c, bt + timedelta(minutes=f.rng.randint(100, 140)), "nps")
        elif i in csat:
            f.survey_bad(c, bt + timedelta(minutes=f.rng.randint(40, 80)), "csat")
        if i in good and ref:
            gt = f.morning(bt + timedelta(hours=f.rng.uniform(1, 4)))
            f.add(
                c,
                gt,
                "email",
                "message",
                W.GOOD_NEWS[c.lang].replace("{ref}", ref),
                W.CASE_SUBJ[c.lang].replace("{ref}", ref),
                out=True,
            )
            c.truth["agent_fixed"] = True
            if i in sorry:
                at = f.morning(bt + timedelta(hours=f.rng.uniform(16, 24)))
                ae = f.add(
                    c, at, f.rng.choice(["chat", "email"]), "message", f.pick(W.APOLOGY, c.lang)
                )
                if f.rows[-1]["channel"] == "chat":
                    f.rows[-1]["kind"] = "chat"
                c.truth.update(apologised=True, apology_at=iso(at), apology_event_id=ae)
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, f.rng.randint(4, 7), list(range(12)))


def repeat_run(
    f: Fam, c: Cust, first_day: int, times: int, passed: bool, lang2: str | None = None
) -> None:
    chans = ["web", "email", "chat", "phone"]
    first = f.rng.choice(chans)
    t = f.at(first_day, f.rng.uniform(8, 19))
    prob = f.rng.choice(W.PROBLEMS)
    e, ref = f.complaint(c, t, first, prob)
    assert ref
    events = [e]
    if passed:
        f.add(
            c,
            f.morning(t + timedelta(hours=f.rng.uniform(1.5, 2.5))),
            "email",
            "message",
            W.PASSED_ON[c.lang].replace("{ref}", ref),
            W.CASE_SUBJ[c.lang].replace("{ref}", ref),
            out=True,
        )
    others = [x for x in ["email", "chat", "phone", "web", "social"] if x != first]
    f.rng.shuffle(others)
    comp = f.rng.choice(COMPS) if times >= 3 else None
    for k in range(1, times):
        t = f.morning(t + timedelta(hours=f.rng.uniform(4, 40)))
        lg = (lang2 if k % 2 == 1 else c.lang) if lang2 else c.lang
        p = W.PROBLEM[lg][prob].replace("{amt}", W.AMOUNT[lg])
        text = (
            f.pick(W.STILL_OPEN, lg)
            .replace("{ref}", ref)
            .replace("{p}", p[0].upper() + p[1:] + ".")
        )
        if k == 2 and comp:
            text += W.THIRD[lg].replace("{comp}", comp)
        if k == 3:
            text += W.FOURTH[lg]
        ch = others[k - 1]
        if ch == "phone":
            text = text.lower().replace(".", "").replace(":", "").replace("!", "").replace(",", "")
        kind = {
            "email": "message",
            "chat": "chat",
            "phone": "call",
            "web": "ticket",
            "social": "mention",
        }[ch]
        events.append(
            f.add(
                c,
                t,
                ch,
                kind,
                text,
                "RE: " + W.CASE_SUBJ[lg].replace("{ref}", ref) if ch == "email" else None,
                attrs={"page": "/help/contact"} if ch == "web" else None,
            )
        )
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=f.rng.randint(2, 5)),
                "chat",
                "chat",
                W.ADDED_URGENT[lg].replace("{ref}", ref),
                out=True,
            )
    c.truth.update(
        problem=prob,
        booking=ref,
        contacts=times,
        agent_passed_on=passed,
        problem_event_ids=events,
        competitor=comp,
        trouble_starts_at=f.rows[[r["event_id"] for r in f.rows].index(events[0])]["occurred_at"],
        channels=[f.rows[[r["event_id"] for r in f.rows].index(x)]["channel"] for x in events],
    )


def fixed_run(f: Fam, c: Cust, day: int, lang2: str | None = None) -> dict[str, Any]:
    t = f.at(day, f.rng.uniform(8, 18))
    prob = f.rng.choice(W.PROBLEMS)
    ch = "web" if lang2 else f.rng.choice(["web", "email", "chat"])
    e, ref = f.complaint(c, t, ch, prob)
    assert ref
    lg = lang2 or c.lang
    ft = f.morning(t + timedelta(hours=f.rng.uniform(3, 20)))
    f.add(
        c,
        ft,
        "email",
        "message",
        W.GOOD_NEWS[lg].replace("{ref}", ref),
        W.CASE_SUBJ[lg].replace("{ref}", ref),
        out=True,
    )
    cc = f.rng.choice(["email", "chat"])
    ct = f.morning(ft + timedelta(hours=f.rng.uniform(8, 30)))
    ce = f.add(
        c,
        ct,
        cc,
        "message" if cc == "email" else "chat",
        f.pick(W.CONFIRM, lg).replace("{ref}", ref),
        "RE: " + W.CASE_SUBJ[lg].replace("{ref}", ref) if cc == "email" else None,
    )
    return {
        "problem": prob,
        "booking": ref,
        "raised_at": iso(t),
        "fixed_at": iso(ft),
        "confirmed_at": iso(ct),
        "problem_event_ids": [e],
        "confirm_event_id": ce,
        "channel": ch,
        "confirm_channel": cc,
    }


def repeat_contacts(f: Fam) -> None:
    times = [2] * 4 + [3] * 4 + [4] * 4
    passed = set(f.rng.sample(range(12), 6))
    for i, n in enumerate(times):
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=TOL_REPEAT)
        for _ in range(f.rng.randint(1, 3)):
            f.happy(c, f.at(0, f.rng.uniform(7, 12)), surveys=False)
        repeat_run(f, c, f.rng.randint(1, 4), n, i in passed)
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=["silence"])
        f.happy_days(c, f.rng.randint(1, 2), [0], surveys=False)
        c.truth["problems"] = [fixed_run(f, c, f.rng.randint(1, 5))]
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=["silence"])
        a = f.rng.randint(1, 2)
        c.truth["problems"] = [fixed_run(f, c, a), fixed_run(f, c, a + f.rng.randint(4, 5))]
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        for dd in sorted(f.rng.sample(range(10), f.rng.randint(5, 8))):
            f.happy(c, f.day_time(dd, 8, 19), surveys=False)


def slide(f: Fam, c: Cust, start_day: int, span: int, nps: bool, langs: tuple[str, ...]) -> None:
    comp = f.rng.choice(COMPS)
    t = f.at(start_day, f.rng.uniform(8, 18))
    events = []
    step_gap = span * 24 / 5
    for k in range(6):
        lg = langs[k % len(langs)]
        text = W.SLIDE[lg][k].replace("{amt}", W.SLIDE_AMT[lg]).replace("{comp}", comp)
        ch = f.rng.choice(["social", "community", "review"])
        if ch == "review":
            events.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"},
                )
            )
        else:
            events.append(f.add(c, t, ch, "mention" if ch == "social" else "post", text))
        if k == 3 and nps:
            f.survey_bad(c, f.morning(t + timedelta(hours=f.rng.uniform(2.5, 3.5))), "nps")
        t = f.morning(t + timedelta(hours=max(1.0, step_gap * f.rng.uniform(0.7, 1.2))))
    c.truth.update(
        slide_event_ids=events,
        slide_days=span,
        competitor=comp,
        trouble_starts_at=f.rows[[r["event_id"] for r in f.rows].index(events[0])]["occurred_at"],
    )


def slow_churners(f: Fam) -> None:
    spans = [3, 5, 5, 5, 5, 5, 9, 9, 9, 9]
    for i in range(10):
        nps = i % 2 == 0
        c = f.person(
            "slow_churner",
            "slides",
            expected=["sentiment_drop"] + (["detractor"] if nps else []),
            tolerated=TOL_SLIDER,
        )
        for dd in sorted(f.rng.sample(range(11), f.rng.randint(4, 5))):
            f.add(
                c,
                f.day_time(dd, 8, 20),
                f.rng.choice(["social", "community"]),
                "post",
                f.pick(W.PRAISE, c.lang),
            )
            if f.rows[-1]["channel"] == "social":
                f.rows[-1]["kind"] = "mention"
                if "@Regaro" not in (f.rows[-1]["text"] or ""):
                    f.rows[-1]["text"] = (f.rows[-1]["text"] or "").replace("Regaro", "@Regaro", 1)
        f.happy_days(c, f.rng.randint(2, 4), list(range(11)), surveys=False)
        slide(f, c, f.rng.randint(12, 16), spans[i], nps, (c.lang,))
    for _ in range(5):
        c = f.person(
            "slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=TOL_LEAVER
        )
        f.happy_days(c, f.rng.randint(4, 6), list(range(15)), surveys=False)
        t = f.at(f.rng.randint(17, 23), f.rng.uniform(8, 19))
        e = f.add(c, t, "email", "message", f.pick(W.CANCEL, c.lang), "Regaro Plus")
        f.add(
            c,
            f.morning(t + timedelta(hours=f.rng.uniform(1, 5))),
            "email",
            "message",
            W.SORRY_GO[c.lang],
            "RE: Regaro Plus",
            out=True,
        )
        ct = f.morning(t + timedelta(hours=f.rng.uniform(20, 30)))
        x = f.add(
            c, ct, "web", "cancellation", attrs={"page": "/account/plan", "product": "Regaro Plus"}
        )
        c.truth.update(
            churn_intent_event_id=e,
            cancellation_event_id=x,
            churn_at=iso(ct),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, f.rng.randint(6, 10), list(range(32)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        dd = f.rng.randint(0, 4)
        ev = []
        for _k in range(f.rng.randint(5, 7)):
            ch = f.rng.choice(["social", "community", "web"])
            text = f.pick(W.GRUMBLE, c.lang)
            if ch == "web":
                ev.append(
                    f.add(
                        c,
                        f.day_time(dd, 8, 20),
                        "web",
                        "review",
                        text,
                        attrs={"rating": "3", "page": "/reviews"},
                    )
                )
            else:
                ev.append(
                    f.add(
                        c, f.day_time(dd, 8, 20), ch, "mention" if ch == "social" else "post", text
                    )
                )
            dd += f.rng.randint(1, 3)
        c.truth.update(
            grumble_event_ids=ev,
            trouble_starts_at=f.rows[[r["event_id"] for r in f.rows].index(ev[0])]["occurred_at"],
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        f.happy_days(c, f.rng.randint(3, 6), list(range(17)), surveys=False)
        c.truth["sarcasm_event_id"] = f.add(
            c,
            f.day_time(f.rng.randint(17, 28), 9, 20),
            "social",
            "mention",
            f.pick(W.SARCASM, c.lang),
        )


def quiet_hours(f: Fam) -> None:
    for _ in range(16):
        c = f.person("happy", "day writer")
        for dd in sorted(f.rng.sample(range(3), f.rng.randint(1, 3))):
            f.happy(c, f.day_time(dd, 7, 17.5), surveys=False)
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.day_time(f.rng.randint(0, 2), 9, 17)
        f.add(c, t, "web", "page_view", attrs={"page": "/carers"})
        t2 = t + timedelta(minutes=f.rng.randint(20, 30))
        if i < 2:
            e = f.add(c, t2, "chat", "chat", f.pick(W.MILD, c.lang))
            f.add(c, t2 + timedelta(minutes=3), "chat", "chat", W.MILD_ANSWER[c.lang], out=True)
        else:
            e = f.add(
                c, t2, "web", "ticket", f.pick(W.MILD, c.lang), attrs={"page": "/help/contact"}
            )
            f.add(
                c, t2 + timedelta(minutes=25), "email", "message", W.MILD_ANSWER[c.lang], out=True
            )
        c.truth.update(grumble_event_id=e, trouble_starts_at=iso(t2))
    for night in range(3):
        b0 = f.at(night + 1, f.rng.uniform(0.67, 1.08))
        for b, off in enumerate((0.0, f.rng.uniform(28, 33), f.rng.uniform(55, 65))):
            bs = b0 + timedelta(minutes=off)
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                t = bs + timedelta(minutes=f.rng.uniform(0, 10))
                n0 = len(f.rows)
                f.happy(c, t, night=True)
                c.truth.update(burst_at=iso(bs), night_event_id=f.rows[n0]["event_id"])
                if f.rng.random() < 0.5:
                    f.happy(c, f.day_time(night if night < 2 else 1, 9, 17.5), surveys=False)


PAIRS = [
    ("pt", "fr"),
    ("fr", "pt"),
    ("pt", "es"),
    ("fr", "de"),
    ("fr", "en"),
    ("pt", "en"),
    ("fr", "it"),
    ("pt", "de"),
    ("es", "pt"),
    ("de", "fr"),
    ("en", "fr"),
    ("it", "fr"),
]


def bilingual(f: Fam) -> None:
    market = {"pt": "LU", "fr": "CH", "es": "ES", "de": "CH", "en": "IE", "it": "CH"}
    k = 0

    def pair() -> tuple[str, str]:
        nonlocal k
        p = PAIRS[k % len(PAIRS)]
        k += 1
        return p

    for _ in range(12):
        a, b = pair()
        c = f.person(
            "happy",
            "alternates languages",
            lang=a,
            market=market[a],
            languages=[a, b],
            job_second_language="works across the border",
        )
        for j, dd in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            c.lang = a if j % 2 == 0 else b
            f.happy(c, f.day_time(dd, 8, 20))
        c.lang = a
    for i in range(5):
        a, b = pair()
        c = f.person(
            "repeat_contact",
            "repeats",
            lang=a,
            market=market[a],
            expected=["repeat_contact"],
            tolerated=TOL_REPEAT,
            languages=[a, b],
        )
        f.happy(c, f.day_time(f.rng.randint(0, 1), 8, 12), surveys=False)
        n = [2, 2, 3, 3, 4][i]
        repeat_run(f, c, f.rng.randint(2, 5), n, n >= 3, lang2=b)
    for _ in range(5):
        a, b = pair()
        c = f.person(
            "slow_churner",
            "slides",
            lang=a,
            market=market[a],
            expected=["sentiment_drop"],
            tolerated=TOL_SLIDER,
            languages=[a, b],
        )
        for j, dd in enumerate(range(6)):
            if j == 5:
                break
            lg = a if j % 2 == 0 else b
            f.add(c, f.day_time(dd, 8, 20), "community", "post", f.pick(W.PRAISE, lg))
        f.happy_days(c, f.rng.randint(1, 3), list(range(6)), surveys=False)
        slide(f, c, f.rng.randint(7, 8), f.rng.randint(3, 5), False, (a, b))
    for i in range(3):
        a, b = pair()
        c = f.person(
            "happy_one_bad_day",
            "one bad day",
            lang=a,
            market=market[a],
            tolerated=["silence"],
            languages=[a, b],
        )
        f.happy_days(c, f.rng.randint(2, 4), [0, 1, 2, 3, 11, 12, 13], surveys=False)
        bt = f.at(f.rng.randint(6, 8), f.rng.uniform(9, 18))
        ch = ["email", "email", "chat"][i]
        e, ref = f.complaint(
            c, bt, ch, f.rng.choice(W.PROBLEMS), lang=b, long=i == 0 and b in W.LONG_EMAIL
        )
        c.truth.update(
            bad_day_at=iso(bt),
            bad_day_event_id=e,
            bad_day_language=b,
            booking=ref,
            trouble_starts_at=iso(bt),
        )
    for _ in range(2):
        a, b = pair()
        c = f.person(
            "resolved_between_contacts",
            "fixed",
            lang=a,
            market=market[a],
            tolerated=["silence"],
            languages=[a, b],
        )
        f.happy(c, f.day_time(0, 9, 17), surveys=False)
        c.truth["problems"] = [fixed_run(f, c, f.rng.randint(2, 6), lang2=b)]


def b2b_accounts(f: Fam) -> None:
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    langs = [
        "pt",
        "fr",
        "pt",
        "fr",
        "de",
        "fr",
        "pt",
        "es",
        "it",
        "pt",
        "fr",
        "en",
        "fr",
        "pt",
        "de",
    ]
    risk_probs = ["invoice", "service_blocked", "portal", "overbilled", "invoice"]
    mk = {"pt": "PT", "fr": "FR", "es": "ES", "de": "DE", "en": "UK", "it": "IT"}
    sites = [
        "hotel",
        "bank",
        "clinic",
        "law firm",
        "shops",
        "coworking",
        "school",
        "hotel",
        "agency",
        "offices",
        "hotel",
        "offices",
        "shops",
        "clinic",
        "agency",
    ]
    for i, kind in enumerate(kinds):
        lg = langs[i]
        company = f"Atelier{i + 1}{lg.upper()}"
        acc = f"RGO-{mk[lg]}-{3100 + i * 13}"
        n_contacts = 4 + (i % 3) if kind == "at_risk" else 3 if kind != "mild" else 3 + i % 2
        n_unhappy = (3 if i < 3 else 4) if kind == "at_risk" else 1 if kind == "one_unhappy" else 0
        custs = []
        for j in range(n_contacts):
            unhappy = j < n_unhappy
            if kind == "at_risk" and unhappy:
                c = f.person(
                    "b2b_unhappy",
                    "complainer",
                    lang=lg,
                    market=mk[lg],
                    account=acc,
                    company=company,
                    tolerated=TOL_B2B_RISK,
                    role="complainer",
                )
            elif kind == "one_unhappy" and unhappy:
                c = f.person(
                    "b2b_one_unhappy",
                    "complainer",
                    lang=lg,
                    market=mk[lg],
                    account=acc,
                    company=company,
                    expected=["detractor"],
                    tolerated=["high_value_at_risk", "sentiment_drop", "silence"],
                    role="complainer",
                )
            elif kind == "mild" and j < 2:
                c = f.person(
                    "b2b_mild",
                    "suggests",
                    lang=lg,
                    market=mk[lg],
                    account=acc,
                    company=company,
                    tolerated=["silence"],
                    role="suggests",
                )
            else:
                c = f.person(
                    "b2b_happy",
                    "contact",
                    lang=lg,
                    market=mk[lg],
                    account=acc,
                    company=company,
                    role="contact",
                )
            c.truth["job_title"] = [
                "Office manager",
                "Facilities lead",
                "Finance",
                "Reception",
                "Operations",
            ][j % 5]
            c.truth["job"] = c.truth["job_title"]
            custs.append(c)
        unhappy_keys = [c.key for c in custs[:n_unhappy]]
        acct: dict[str, Any] = {
            "company": company,
            "site": sites[i],
            "contacts": n_contacts,
            "contact_keys": [c.key for c in custs],
            "unhappy_contacts": n_unhappy,
            "unhappy_contact_keys": unhappy_keys,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": None,
            "trouble_starts_at": None,
            "language": lg,
            "country": mk[lg],
        }
        for c in custs:
            if c.truth["persona"] == "b2b_happy":
                for dd in sorted(
                    f.rng.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], f.rng.randint(2, 4))
                ):
                    t = f.at(dd, f.rng.uniform(8, 16.5))
                    r = f.rng.random()
                    if r < 0.4:
                        q, a = f.pick(W.B2B_Q, lg)
                        f.add(c, t, "chat", "chat", q)
                        f.add(
                            c,
                            t + timedelta(minutes=f.rng.randint(1, 6)),
                            "chat",
                            "chat",
                            a,
                            out=True,
                        )
                    elif r < 0.6:
                        f.add(c, t, "community", "post", f.pick(W.B2B_PRAISE, lg))
                    elif r < 0.8:
                        f.add(c, t, "web", "page_view", attrs={"page": "/office/portal"})
                    else:
                        s = f.rng.choice(["nps", "csat"])
                        f.add(
                            c,
                            t,
                            "survey",
                            "survey_response",
                            None,
                            scores={s: f.rng.randint(9, 10) if s == "nps" else 5},
                            attrs={"survey": s},
                        )
            else:
                f.add(
                    c,
                    f.at(f.rng.randint(0, 1), f.rng.uniform(8, 16)),
                    "web",
                    "page_view",
                    attrs={"page": "/office/portal"},
                )
        if kind == "at_risk":
            prob = risk_probs[i]
            acct["same_problem"] = prob
            ref = f.case()
            t = f.at(2, f.rng.uniform(8, 10))
            acct["trouble_starts_at"] = iso(t)
            first_name = custs[0].truth["name"].split()[0]
            first_day = W.WEEKDAY[lg][2]
            p = W.B2B_PROBLEM[lg][prob]
            comp = f.rng.choice(COMPS)
            for j, c in enumerate(custs[:n_unhappy]):
                if j == 0:
                    e = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        W.B2B_FIRST[lg].replace("{p}", p),
                        W.SUBJECT_COMPLAINT[lg].replace("{topic}", prob),
                    )
                    f.add(
                        c,
                        t + timedelta(minutes=f.rng.randint(20, 50)),
                        "email",
                        "message",
                        W.CASE_OPENED[lg].replace("{ref}", ref),
                        W.CASE_SUBJ[lg].replace("{ref}", ref),
                        out=True,
                    )
                else:
                    t = t + timedelta(hours=f.rng.uniform(8, 28))
                    if t.hour >= 17 or t.hour < 8 or t.weekday() >= 5:
                        t = t + timedelta(days=1 if t.hour >= 17 else 0)
                        t = t.replace(hour=8, minute=f.rng.randint(0, 59))
                        while t.weekday() >= 5:
                            t += timedelta(days=1)
                    e = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        W.B2B_LATER[lg]
                        .replace("{first}", first_name)
                        .replace("{day}", first_day)
                        .replace("{ref}", ref)
                        .replace("{p}", p),
                        "RE: " + W.CASE_SUBJ[lg].replace("{ref}", ref),
                    )
                ev = [e]
                if j < n_unhappy - 1:
                    f.survey_bad(c, t + timedelta(hours=f.rng.uniform(1, 3)), "nps")
                    c.truth["expected_rules"] = ["detractor"]
                    c.truth["tolerated_rules"] = [r for r in TOL_B2B_RISK]
                else:
                    lt = t + timedelta(hours=f.rng.uniform(18, 40))
                    lt = lt.replace(hour=min(max(lt.hour, 9), 16))
                    while lt.weekday() >= 5:
                        lt += timedelta(days=1)
                    if i == 0:
                        ev.append(
                            f.add(
                                c,
                                lt,
                                "email",
                                "message",
                                W.B2B_LAST_MAIL[lg].replace("{ref}", ref).replace("{comp}", comp),
                                "RE: " + W.CASE_SUBJ[lg].replace("{ref}", ref),
                            )
                        )
                        c.truth["competitor"] = comp
                    else:
                        ev.append(
                            f.add(c, lt, "phone", "call", W.B2B_LAST_CALL[lg].replace("{ref}", ref))
                        )
                    c.truth["expected_rules"] = ["repeat_contact"]
                    c.truth["tolerated_rules"] = [r for r in TOL_B2B_RISK if r != "repeat_contact"]
                c.truth.update(
                    complaint_event_ids=ev, booking=ref, problem=prob, trouble_starts_at=iso(t)
                )
        elif kind == "one_unhappy":
            c = custs[0]
            prob = f.rng.choice(W.B2B_PROBLEMS)
            ref = f.case()
            t = f.at(
                f.rng.randint(3, 4) if f.rng.random() < 0.5 else f.rng.randint(7, 9),
                f.rng.uniform(8, 15),
            )
            e = f.add(
                c,
                t,
                "email",
                "message",
                W.B2B_FIRST[lg].replace("{p}", W.B2B_PROBLEM[lg][prob]),
                W.SUBJECT_COMPLAINT[lg].replace("{topic}", prob),
            )
            f.add(
                c,
                t + timedelta(minutes=f.rng.randint(20, 60)),
                "email",
                "message",
                W.CASE_OPENED[lg].replace("{ref}", ref),
                W.CASE_SUBJ[lg].replace("{ref}", ref),
                out=True,
            )
            f.survey_bad(c, t + timedelta(hours=f.rng.uniform(1, 3)), "nps")
            c.truth.update(
                complaint_event_ids=[e], booking=ref, problem=prob, trouble_starts_at=iso(t)
            )
        elif kind == "mild":
            for c in custs[:2]:
                t = f.at(f.rng.choice([2, 3, 4, 7, 8]), f.rng.uniform(8, 16))
                e = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    f.pick(W.B2B_SUGGEST, lg),
                    attrs={"page": "/office/feedback"},
                )
                f.add(
                    c,
                    t + timedelta(minutes=f.rng.randint(30, 90)),
                    "email",
                    "message",
                    W.B2B_SUGGEST_ACK[lg],
                    out=True,
                )
                c.truth.update(mild_event_id=e, trouble_starts_at=iso(t))
        f.accounts[acc] = acct


def topic_spike(f: Fam) -> None:
    spike_start = f.at(5, 7 + 20 / 60)
    for _ in range(40):
        c = f.person("happy", "day writer")
        for dd in sorted(f.rng.sample(range(6), f.rng.randint(1, 4))):
            f.happy(
                c, f.day_time(dd, 12, 19) if dd == 5 else f.day_time(dd, 8, 19), surveys=dd != 5
            )
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.at(0, f.rng.uniform(9, 16))
        e = f.add(c, t, "chat", "chat", f.pick(W.MILD, c.lang))
        f.add(c, t + timedelta(minutes=4), "chat", "chat", W.MILD_ANSWER[c.lang], out=True)
        c.truth.update(grumble_event_id=e, trouble_starts_at=iso(t))
    for lg, h in (("pt", 9.6), ("fr", 16.1)):
        c = f.person("grumbles_once", "lone question", lang=lg, tolerated=["silence"])
        q, a = W.LONE_Q[lg]
        t = f.at(4, h)
        e = f.add(c, t, "chat", "chat", q)
        f.add(c, t + timedelta(minutes=3), "chat", "chat", a, out=True)
        c.truth.update(lone_report_event_id=e, trouble_starts_at=iso(t))
    langs = ["pt"] * 6 + ["fr"] * 6 + ["es", "es", "de", "de", "en", "en", "it", "it"]
    f.rng.shuffle(langs)
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    offs = sorted([0.0, 45.0] + [f.rng.uniform(1, 44) for _ in range(18)])
    early = [i for i, o in enumerate(offs) if o <= 25]
    reps = set(f.rng.sample(early, 6))
    fixed = set(f.rng.sample([i for i in range(20) if i not in reps], 6))
    keys, events, rep_events = [], [], []
    for i in range(20):
        regular = i < 12
        rep = i in reps
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular else "new",
            lang=langs[i],
            expected=["repeat_contact"] if rep else [],
            tolerated=["sentiment_drop", "silence"] if rep else ["silence"],
            in_spike=True,
            regular=regular,
        )
        if regular:
            for _ in range(f.rng.randint(1, 3)):
                f.happy(c, f.at(2, f.rng.uniform(8, 17.5)), surveys=False)
        t = spike_start + timedelta(minutes=offs[i])
        ch = chans[i]
        text = f.pick(W.SPIKE, c.lang).replace("{code}", CODE)
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        if ch != "social":
            text = text.replace("@Regaro ", "")
        e = f.add(
            c,
            t,
            ch,
            kind,
            text,
            {
                "pt": "Relatórios da app",
                "fr": "Rapports de visite",
                "es": "Informes",
                "de": "Berichte",
                "en": "Visit reports",
                "it": "Report",
            }[c.lang]
            if ch == "email"
            else None,
            attrs={"page": "/app/reports"} if ch == "web" else None,
        )
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=f.rng.randint(1, 4)),
                "chat",
                "chat",
                W.SPIKE_CHAT[c.lang],
                out=True,
            )
        keys.append(c.key)
        events.append(e)
        c.truth.update(spike_event_id=e, spike_channel=ch, trouble_starts_at=iso(t))
        if rep:
            ch2 = f.rng.choice([x for x in ("email", "chat", "community") if x != ch])
            t2 = t + timedelta(minutes=f.rng.uniform(15, 50))
            r2 = f.add(
                c,
                t2,
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                W.SPIKE_AGAIN[c.lang].replace("{code}", CODE),
            )
            rep_events.append(r2)
            c.truth["repeat_event_id"] = r2
        if i in fixed:
            local = "10:35" if c.market in ("UK", "IE", "PT") else "11:35"
            f.add(
                c,
                f.at(5, 10 + f.rng.uniform(0.1, 0.3)),
                "email",
                "message",
                W.WORKS_AGAIN[c.lang].replace("{t}", local),
                "Regaro",
                out=True,
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": f"home-watch app visit reports will not open: error {CODE}",
        "about": "visit reports",
        "channel": None,
        "start": iso(spike_start),
        "end": iso(spike_start + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": events,
        "repeat_event_ids": rep_events,
    }


FAMILIES = [
    (
        "happy_writers",
        "hw",
        d(2026, 1, 12),
        10,
        "happy writers, night writers, survey-only",
        happy_writers,
    ),
    ("one_bad_day", "bd", d(2026, 2, 9), 12, "one bad day among happy acts", one_bad_day),
    (
        "repeat_contacts",
        "rc",
        d(2026, 3, 9),
        10,
        "repeat contacts, fixed, two problems, frequent writers",
        repeat_contacts,
    ),
    (
        "slow_churners",
        "sc",
        d(2026, 4, 6),
        32,
        "sliders, leavers, steady, grumpy, sarcastic",
        slow_churners,
    ),
    ("quiet_hours", "qh", d(2026, 5, 22), 3, "calm weekend with night-owl bursts", quiet_hours),
    ("bilingual", "bl", d(2026, 6, 15), 14, "customers writing in two languages", bilingual),
    ("b2b_accounts", "bb", d(2026, 7, 13), 14, "Regaro Office accounts", b2b_accounts),
    ("topic_spike", "ts", d(2026, 8, 10), 7, "calm week and a Saturday-morning spike", topic_spike),
]


def main() -> None:
    for n, (name, code, start, days, about, build) in enumerate(FAMILIES, 1):
        f = Fam(name, code, start, days, about, n)
        build(f)
        f.finish("2026-12-08")


if __name__ == "__main__":
    main()
