# ruff: noqa: E501
"""Build heldout217/: hand-written alert scenarios for Stagiona (report only, blind).

Standard library only. Run from anywhere: python make_heldout217.py
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

SEED = 20261206
LANG_WEIGHTS = {"it": 30, "en": 30, "fr": 10, "de": 10, "pt": 10, "es": 10}
REPEAT_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
SLIDER_TOL = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
CANCEL_TOL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
B2B_RISK_TOL = [*REPEAT_TOL, "account_risk"]
B2B_ONE_TOL = ["sentiment_drop", "high_value_at_risk", "silence"]
SOURCE = {
    "email": "mail",
    "phone": "voice",
    "social": "social",
    "community": "forum",
    "chat": "chat",
    "web": "web",
    "survey": "survey",
}
USED: set[str] = set()


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def plain(text: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFD", text) if unicodedata.category(ch) != "Mn"
    )


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
    truth: dict[str, Any] = field(default_factory=dict)


@dataclass
class Row:
    t: datetime
    seq: int
    cust: Cust
    data: dict[str, Any]


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.rows: list[Row] = []
        self.custs: dict[str, Cust] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.n = 0

    # ----------------------------------------------------------- people --
    def uniq(self, make: Any) -> str:
        while True:
            value = str(make())
            if value not in USED:
                USED.add(value)
                return value

    def lang(self) -> str:
        return self.rng.choices(list(LANG_WEIGHTS), weights=list(LANG_WEIGHTS.values()))[0]

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        account: str | None = None,
        domain: str | None = None,
        market: str | None = None,
    ) -> Cust:
        r = self.rng
        lang = lang or self.lang()
        market = market or r.choice(W.MARKETS[lang])
        first = r.choice(W.FIRST[lang])
        last = r.choice(W.LAST[lang])
        key = self.uniq(lambda: f"SG{self.code}{r.randint(1000, 9999)}")
        base = plain(f"{first}.{last}").lower().replace(" ", "")
        if domain:
            email = self.uniq(lambda: f"{base}{r.randint(1, 99)}@{domain}")
        else:
            email = self.uniq(
                lambda: (
                    f"{base}{r.randint(1, 999)}@{r.choice(['mail', 'posta', 'inbox', 'web'])}.example"
                )
            )
        cc, prefix, length = W.PHONE[market]
        phone = self.uniq(
            lambda: (
                cc + prefix + "".join(str(r.randint(0, 9)) for _ in range(length - len(prefix) + 1))
            )
        )
        handle = None
        if not account:
            handle = self.uniq(
                lambda: (
                    "@"
                    + r.choice(
                        [
                            f"{plain(last).lower()}_{plain(first).lower()}{r.randint(1, 99)}",
                            f"{plain(first).lower()}{plain(last).lower()[:3]}{r.randint(1, 999)}",
                        ]
                    )
                )
            )
        c = Cust(key, lang, market, f"{first} {last}", email, phone, handle, account)
        c.truth = {
            "identifiers": {
                "customer_id": key,
                "email": email.lower(),
                "phone": phone,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": sorted(expected or []),
            "tolerated_rules": sorted(tolerated or []),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": c.name,
        }
        self.custs[key] = c
        return c

    # ----------------------------------------------------------- events --
    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 1 / 10:
            text = plain(text)
        if r.random() < 1 / 8 and text[:1].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = text.split(" ")
            spots = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
            if spots:
                i = r.choice(spots)
                w = words[i]
                j = r.randint(1, len(w) - 3)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

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
    ) -> str:
        self.n += 1
        eid = f"h217-{self.code.lower()}-{self.n:05d}"
        if text is not None and not out and channel not in ("phone", "survey"):
            text = self.roughen(text)
        if text is not None and not out and channel == "social":
            if W.BRAND in text:
                i = text.rfind(W.BRAND)
                text = text[:i] + "@" + text[i:]
            else:
                text = "@" + W.BRAND + " " + text
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        a.update(attrs or {})
        data: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": iso(t),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "text": text,
            "subject": subject,
            "scores": {"nps": None, "csat": None, "ces": None, **(scores or {})},
            "source": "stagiona-" + SOURCE[channel],
            "attributes": a,
        }
        self.rows.append(Row(t, self.n, c, data))
        return eid

    def fmt(
        self, table: dict[str, tuple[str, ...]], c: Cust, lang: str | None = None, **kw: str
    ) -> str:
        base = {"brand": W.BRAND, "name": c.name.split(" ")[0], "agent": self.rng.choice(W.AGENTS)}
        base.update(kw)
        return self.rng.choice(table[lang or c.lang]).format(**base)

    def at(self, day: int, h0: float, h1: float) -> datetime:
        return self.start + timedelta(
            days=day, minutes=self.rng.randint(int(h0 * 60), int(h1 * 60))
        )

    def mins(self, t: datetime, a: int, b: int) -> datetime:
        return t + timedelta(minutes=self.rng.randint(a, b), seconds=self.rng.randint(0, 59))

    def daylight(self, t: datetime) -> datetime:
        if t.hour >= 22:
            t = (t + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 59))
        elif t.hour < 7:
            t = t.replace(hour=8, minute=self.rng.randint(0, 59))
        return t

    def office(self, t: datetime) -> datetime:
        while t.weekday() >= 5 or t.hour >= 17 or t.hour < 8:
            if t.hour >= 17 or t.weekday() >= 5:
                t = (t + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 50))
            else:
                t = t.replace(hour=8, minute=self.rng.randint(0, 50))
        return t

    def case(self) -> str:
        return self.uniq(lambda: f"SG-{self.rng.randint(100000, 999999)}")

    def price(self, c: Cust) -> dict[str, str]:
        cur = W.CURRENCY.get(c.market, "EUR")
        value = self.rng.choice([34.9, 49.9, 59.9, 79.9])
        if cur == "GBP":
            value *= 0.86
        elif cur == "CHF":
            value *= 0.94
        return {
            "order_value": f"{value:.2f}",
            "currency": cur,
            "product": self.rng.choice(W.PRODUCTS),
            "page": "/checkout",
        }

    # ------------------------------------------------------ happy acts --
    def happy(self, c: Cust, t: datetime, lang: str | None = None, kinds: str = "") -> list[str]:
        r = self.rng
        lang = lang or c.lang
        kind = r.choice(kinds or "ppagqqbvrs")
        ids: list[str] = []
        if kind == "p":
            ch = "social" if c.handle and r.random() < 0.6 else "community"
            ids.append(
                self.add(
                    c, t, ch, "mention" if ch == "social" else "post", self.fmt(W.PRAISE, c, lang)
                )
            )
        elif kind == "a":
            ids.append(self.add(c, t, "community", "post", self.fmt(W.AGAIN, c, lang)))
        elif kind == "g":
            ids.append(
                self.add(
                    c,
                    t,
                    "web",
                    "review",
                    self.fmt(W.GRIPE, c, lang),
                    attrs={"rating": "4", "page": "/reviews"},
                )
            )
        elif kind == "q":
            ch = r.choice(["chat", "chat", "email"])
            ids.append(
                self.add(
                    c, t, ch, "chat" if ch == "chat" else "message", self.fmt(W.QUESTION, c, lang)
                )
            )
            t2 = self.mins(t, 1, 6) if ch == "chat" else self.daylight(self.mins(t, 20, 90))
            self.add(
                c,
                t2,
                ch,
                "chat" if ch == "chat" else "message",
                self.fmt(W.ANSWER, c, lang),
                out=True,
                attrs={"agent": r.choice(W.AGENTS)},
            )
            if r.random() < 0.6:
                ids.append(
                    self.add(
                        c,
                        self.mins(t2, 1, 8),
                        ch,
                        "chat" if ch == "chat" else "message",
                        self.fmt(W.THANKS, c, lang),
                    )
                )
        elif kind == "b":
            self.add(c, t, "web", "page_view", attrs={"page": r.choice(W.PAGES)})
            ids.append(self.add(c, self.mins(t, 2, 15), "web", "purchase", attrs=self.price(c)))
        elif kind == "v":
            ids.append(self.add(c, t, "web", "page_view", attrs={"page": r.choice(W.PAGES)}))
        elif kind == "r":
            ids.append(
                self.add(
                    c,
                    t,
                    "web",
                    "review",
                    self.fmt(W.REVIEW, c, lang),
                    attrs={"rating": "5", "page": "/reviews"},
                )
            )
        else:
            ids.append(self.survey_good(c, t, lang))
        return ids

    def survey_good(self, c: Cust, t: datetime, lang: str | None = None) -> str:
        r = self.rng
        which = r.choice(["nps", "csat", "ces"])
        score = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[which]
        word = r.choice(W.SURVEY_WORD[lang or c.lang]) or None
        return self.add(
            c, t, "survey", "survey_response", word, scores={which: score}, attrs={"survey": which}
        )

    def happy_days(
        self, c: Cust, n: int, days: list[int], h0: float = 7, h1: float = 19, kinds: str = ""
    ) -> None:
        for d in sorted(self.rng.sample(days, min(n, len(days)))):
            self.happy(c, self.at(d, h0, h1), kinds=kinds)

    # ------------------------------------------------------- troubles --
    def complaint(
        self,
        c: Cust,
        t: datetime,
        ch: str,
        problem: str,
        lang: str | None = None,
        long: bool = False,
    ) -> str:
        lang = lang or c.lang
        p = W.P[problem][lang]
        if ch == "phone":
            return self.add(c, t, "phone", "call", self.fmt(W.CALL, c, lang, p=p).lower())
        if ch == "email":
            text = (
                self.fmt(W.LONG_EMAIL, c, lang, p=p, name=c.name)
                if long
                else self.fmt(W.COMPLAINT, c, lang, p=p)
            )
            return self.add(
                c, t, "email", "message", text, subject=W.SUBJECT[lang].format(topic=W.TOPIC[lang])
            )
        if ch == "chat":
            return self.add(c, t, "chat", "chat", self.fmt(W.COMPLAINT, c, lang, p=p))
        if ch == "social":
            return self.add(c, t, "social", "mention", self.fmt(W.COMPLAINT, c, lang, p=p))
        return self.add(
            c,
            t,
            "web",
            "ticket",
            self.fmt(W.COMPLAINT, c, lang, p=p),
            attrs={"page": "/help/contact"},
        )

    def reply(
        self,
        c: Cust,
        t: datetime,
        ch: str,
        table: dict[str, tuple[str, ...]],
        lang: str | None = None,
        **kw: str,
    ) -> str:
        kind = {"chat": "chat", "email": "message"}[ch]
        return self.add(
            c,
            t,
            ch,
            kind,
            self.fmt(table, c, lang, **kw),
            subject=None,
            out=True,
            attrs={"agent": self.rng.choice(W.AGENTS)},
        )

    def later(
        self,
        c: Cust,
        t: datetime,
        ch: str,
        case: str,
        problem: str,
        nth: int,
        lang: str | None = None,
        comp: str = "",
    ) -> str:
        lang = lang or c.lang
        text = self.fmt(W.STILL_OPEN, c, lang, case=case, p=W.P[problem][lang])
        if nth == 3:
            text += " " + self.fmt(W.THIRD, c, lang, comp=comp)
        if nth == 4:
            text += " " + self.fmt(W.FOURTH, c, lang)
        if ch == "phone":
            clean = "".join(x for x in text.lower() if x.isalnum() or x in " -'")
            return self.add(c, t, "phone", "call", clean.replace(case.lower(), case))
        if ch == "email":
            return self.add(
                c, t, "email", "message", text, subject=W.RE_SUBJECT[lang].format(case=case)
            )
        kind = {"chat": "chat", "social": "mention", "web": "ticket", "community": "post"}[ch]
        return self.add(c, t, ch, kind, text)

    # --------------------------------------------------------- output --
    def finish(self) -> None:
        self.rows.sort(key=lambda row: (row.t, row.seq))
        seen: set[str] = set()
        lines: list[str] = []
        for row in self.rows:
            c, d = row.cust, row.data
            full = d["direction"] == "outbound" or c.key not in seen
            if d["direction"] == "inbound":
                seen.add(c.key)
            ch = d["channel"]
            ref: dict[str, str | None] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            if full:
                ref.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
            elif ch == "phone":
                ref["phone"] = (
                    c.phone if self.rough.random() < 0.5 else c.phone[:3] + " " + c.phone[3:]
                )
            elif ch in ("social", "community") and c.handle:
                ref["handle"] = c.handle if self.rough.random() < 0.8 else c.handle.lstrip("@")
            elif ch in ("email", "social", "community"):
                ref["email"] = c.email.upper() if self.rough.random() < 1 / 12 else c.email
            else:
                ref["customer_id"] = c.key
            d["customer"] = ref
            lines.append(json.dumps(d, ensure_ascii=False))
        assert len(seen) == len(self.custs), f"{self.name}: a customer without inbound touchpoints"
        last = self.rows[-1].t
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        assert self.rows[0].t >= self.start and end < datetime(2026, 11, 15, tzinfo=UTC), self.name
        expected: dict[str, int] = {}
        for c in self.custs.values():
            assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]), c.key
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
                "business": "Stagiona: cheese and charcuterie boxes by app and web, Stagiona Club membership, Stagiona Business on account",
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-06, blind, by a helper session",
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
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


def monday(y: int, m: int, d: int, weekday: int = 0) -> datetime:
    t = datetime(y, m, d, tzinfo=UTC)
    assert t.weekday() == weekday, t
    return t


# ------------------------------------------------------------ families --
def happy_writers() -> None:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        monday(2026, 3, 2),
        10,
        "happy daytime and night writers, survey-only customers",
    )
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, r.randint(5, 8), list(range(10)))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in r.sample(range(9), r.randint(2, 4)):
            t = f.at(d, 22.2, 28.5)
            if r.random() < 0.5:
                f.add(
                    c,
                    t,
                    "social" if r.random() < 0.6 else "community",
                    "post",
                    f.fmt(W.NIGHT_POST, c),
                )
            else:
                f.add(c, t, "chat", "chat", f.fmt(W.NIGHT_Q, c))
                t2 = f.mins(t, 1, 5)
                f.reply(c, t2, "chat", W.NIGHT_A)
                f.add(c, f.mins(t2, 1, 4), "chat", "chat", f.fmt(W.THANKS, c))
        f.happy_days(c, r.randint(2, 3), list(range(10)), 9, 18, "pbvr")
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in sorted(r.sample(range(10), r.randint(3, 6))):
            f.survey_good(c, f.at(d, 8, 20))
    f.finish()


def one_bad_day() -> None:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        monday(2026, 4, 6),
        12,
        "happy customers with one angry day; controls",
    )
    r = f.rng
    plan = [
        (ch, long)
        for ch, long in [("email", True)] * 4
        + [("email", False)] * 4
        + [("chat", False)] * 4
        + [("social", False)] * 4
        + [("web", False)] * 4
        + [("phone", False)] * 4
    ]
    problems = [p for p in W.PROBLEMS for _ in range(4)]
    r.shuffle(problems)
    with_case: list[tuple[Cust, datetime, str]] = []
    for i, (ch, long) in enumerate(plan):
        lang = ("it", "it", "en", "en")[i] if long else None
        c = f.person("happy_one_bad_day", "one bad day", lang, tolerated=["silence"])
        d = r.randint(2, 9)
        t = f.at(d, 8, 20)
        days = [x for x in range(12) if x <= d - 2 or x >= d + 3]
        f.happy_days(c, r.randint(1, 5), days, kinds="ppagqbvr")
        eid = f.complaint(c, t, ch, problems[i], long=long)
        c.truth.update(
            problem=problems[i],
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            channel=ch,
            long_email=long,
            booking=None,
        )
        if ch == "social":
            continue
        case = f.case()
        c.truth["booking"] = case
        if ch == "chat":
            f.reply(c, f.mins(t, 1, 4), "chat", W.CASE_OPENED, case=case)
        else:
            f.reply(c, f.daylight(f.mins(t, 10, 40)), "email", W.CASE_OPENED, case=case)
        with_case.append((c, t, case))
    r.shuffle(with_case)
    for j, (c, t, case) in enumerate(with_case):
        if j < 6:
            s = r.randint(1, 5)
            sid = f.add(
                c,
                f.mins(t, 100, 140),
                "survey",
                "survey_response",
                None,
                scores={"nps": s},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                persona="bad_day_detractor",
                expected_rules=["detractor"],
                nps_given=True,
                nps=s,
                survey_event_id=sid,
            )
        elif j < 11:
            s = r.randint(1, 2)
            sid = f.add(
                c,
                f.mins(t, 40, 80),
                "survey",
                "survey_response",
                r.choice(W.BAD_WORD[c.lang]) or None,
                scores={"csat": s},
                attrs={"survey": "csat"},
            )
            c.truth.update(csat_given=True, csat=s, survey_event_id=sid)
        if j % 20 >= 8:
            t2 = f.daylight(f.mins(t, 60, 240))
            f.reply(c, t2, "email", W.GOOD_NEWS, case=case)
            c.truth["agent_fixed"] = True
            if j >= 15:
                ch2 = r.choice(["chat", "email"])
                t3 = f.daylight(f.mins(t, 16 * 60, 24 * 60))
                aid = f.add(c, t3, ch2, "chat" if ch2 == "chat" else "message", f.fmt(W.APOLOGY, c))
                c.truth.update(apologised=True, apology_at=iso(t3), apology_event_id=aid)
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, r.randint(4, 7), list(range(12)))
    f.finish()


def repeat_run(
    f: Fam,
    c: Cust,
    first_t: datetime,
    first_ch: str,
    times: int,
    problem: str,
    passed: bool,
    langs: list[str] | None = None,
) -> None:
    r = f.rng
    langs = langs or [c.lang]
    case = f.case()
    comp = r.choice(W.COMPETITORS) if times >= 3 else None
    ids = [f.complaint(c, first_t, first_ch, problem, lang=langs[0])]
    if first_ch == "chat":
        f.reply(c, f.mins(first_t, 1, 4), "chat", W.CASE_OPENED, langs[0], case=case)
    if passed:
        f.reply(c, f.daylight(f.mins(first_t, 90, 150)), "email", W.PASSED_ON, langs[0], case=case)
    elif first_ch != "chat":
        f.reply(c, f.daylight(f.mins(first_t, 10, 40)), "email", W.CASE_OPENED, langs[0], case=case)
    used = {first_ch}
    t = first_t
    for nth in range(2, times + 1):
        t = f.daylight(f.mins(t, 4 * 60, 40 * 60))
        ch = r.choice([x for x in ["email", "chat", "phone", "web", "social"] if x not in used])
        used.add(ch)
        lang = langs[(nth - 1) % len(langs)]
        ids.append(f.later(c, t, ch, case, problem, nth, lang, comp or ""))
        if ch == "chat":
            f.reply(c, f.mins(t, 1, 4), "chat", W.URGENT, lang, case=case)
    c.truth.update(
        problem=problem,
        booking=case,
        contacts=times,
        channels=sorted(used),
        channel=first_ch,
        agent_passed_on=passed,
        problem_event_ids=ids,
        competitor=comp,
        trouble_starts_at=iso(first_t),
    )


def fixed_run(
    f: Fam, c: Cust, t: datetime, ch: str, problem: str, langs: list[str]
) -> dict[str, Any]:
    r = f.rng
    case = f.case()
    eid = f.complaint(c, t, ch, problem, lang=langs[0])
    if ch == "chat":
        f.reply(c, f.mins(t, 1, 4), "chat", W.CASE_OPENED, langs[0], case=case)
    else:
        f.reply(c, f.daylight(f.mins(t, 10, 40)), "email", W.CASE_OPENED, langs[0], case=case)
    t2 = f.daylight(f.mins(t, 3 * 60, 20 * 60))
    f.reply(c, t2, "email", W.GOOD_NEWS, langs[-1], case=case)
    t3 = f.daylight(f.mins(t2, 8 * 60, 30 * 60))
    cch = r.choice(["email", "chat"])
    cid = f.add(
        c,
        t3,
        cch,
        "message" if cch == "email" else "chat",
        f.fmt(W.CONFIRM, c, langs[-1], case=case),
        subject=W.RE_SUBJECT[langs[-1]].format(case=case) if cch == "email" else None,
    )
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(t2),
        "confirmed_at": iso(t3),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": ch,
        "confirm_channel": cch,
    }


def repeat_contacts() -> None:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        monday(2026, 5, 11),
        10,
        "repeat contacts, fixed cases, two problems, frequent writers",
    )
    r = f.rng
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    r.shuffle(firsts)
    times = [2, 3, 4] * 4
    for i in range(12):
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=REPEAT_TOL)
        f.happy_days(c, 1, [0], 7, 12, "pbvr")
        repeat_run(
            f,
            c,
            f.at(r.randint(1, 4), 8, 19),
            firsts[i],
            times[i],
            r.choice(W.PROBLEMS),
            i % 2 == 0,
        )
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=["silence"])
        f.happy_days(c, r.randint(1, 2), [0], 7, 12, "pbvr")
        fx = fixed_run(
            f,
            c,
            f.at(r.randint(1, 4), 8, 19),
            r.choice(["web", "email", "chat"]),
            r.choice(W.PROBLEMS),
            [c.lang],
        )
        c.truth.update(problems=[fx], trouble_starts_at=fx["raised_at"])
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=["silence"])
        a, b = r.sample(W.PROBLEMS, 2)
        d = r.randint(1, 2)
        fx1 = fixed_run(f, c, f.at(d, 8, 18), "email", a, [c.lang])
        fx2 = fixed_run(f, c, f.at(d + r.randint(4, 5), 8, 12), "web", b, [c.lang])
        c.truth.update(problems=[fx1, fx2], trouble_starts_at=fx1["raised_at"])
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.happy_days(c, r.randint(5, 8), list(range(10)), kinds="qqqgpb")
    f.finish()


def slide(f: Fam, c: Cust, d0: int, span: int, langs: list[str]) -> tuple[list[str], datetime]:
    r = f.rng
    comp = r.choice(W.COMPETITORS)
    ids: list[str] = []
    t = f.at(d0, 9, 18)
    step_t: list[datetime] = []
    for k in range(6):
        if k:
            t = f.daylight(
                max(
                    f.at(d0 + round(span * k / 5), 9, 20),
                    t + timedelta(hours=1, minutes=r.randint(0, 50)),
                )
            )
        lang = langs[k % len(langs)]
        text = W.SLIDE[lang][k].format(comp=comp)
        ch = (
            r.choice(["social", "community", "review"])
            if c.handle
            else r.choice(["community", "review"])
        )
        if ch == "review":
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str((3, 3, 2, 2, 1, 1)[k]), "page": "/reviews"},
                )
            )
        else:
            ids.append(f.add(c, t, ch, "mention" if ch == "social" else "post", text))
        step_t.append(t)
    c.truth.update(
        slide_event_ids=ids, slide_days=span, competitor=comp, trouble_starts_at=iso(step_t[0])
    )
    return ids, step_t[3]


def slow_churners() -> None:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        monday(2026, 6, 8),
        32,
        "slow slides, leavers, steady, grumpy, sarcastic",
    )
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    for i in range(10):
        c = f.person("slow_churner", "slides", expected=["sentiment_drop"], tolerated=SLIDER_TOL)
        f.happy_days(c, r.randint(4, 5), list(range(11)), kinds="p")
        f.happy_days(c, r.randint(2, 4), list(range(11)), kinds="qbvr")
        _, t4 = slide(f, c, r.randint(12, 16), spans[i], [c.lang])
        if i % 2 == 0:
            s = r.randint(1, 5)
            sid = f.add(
                c,
                f.daylight(f.mins(t4, 150, 210)),
                "survey",
                "survey_response",
                None,
                scores={"nps": s},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                expected_rules=["detractor", "sentiment_drop"],
                nps_given=True,
                nps=s,
                survey_event_id=sid,
            )
    for _ in range(5):
        c = f.person(
            "slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=CANCEL_TOL
        )
        f.happy_days(c, r.randint(4, 6), list(range(16)))
        t = f.at(r.randint(17, 23), 8, 19)
        eid = f.add(c, t, "email", "message", f.fmt(W.CANCEL, c), subject="Club")
        f.reply(c, f.daylight(f.mins(t, 60, 300)), "email", W.SORRY_GO)
        t2 = f.mins(t, 20 * 60, 30 * 60)
        t2 = f.daylight(t2)
        cid = f.add(
            c, t2, "web", "cancellation", attrs={"page": "/club/cancel", "product": "Stagiona Club"}
        )
        c.truth.update(
            churn_intent_event_id=eid,
            cancellation_event_id=cid,
            churn_at=iso(t2),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, r.randint(6, 10), list(range(32)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        d = r.randint(0, 4)
        ids = []
        first_t = ""
        for _k in range(r.randint(5, 7)):
            ch = r.choice(["social", "community", "web", "review"])
            t = f.at(d, 8, 21)
            first_t = first_t or iso(t)
            text = f.fmt(W.GRUMBLE, c)
            if ch == "review":
                ids.append(
                    f.add(c, t, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            elif ch == "web":
                ids.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
            else:
                ids.append(f.add(c, t, ch, "mention" if ch == "social" else "post", text))
            d += r.randint(1, 3)
        f.happy_days(c, r.randint(0, 2), list(range(32)), kinds="b")
        c.truth.update(grumble_event_ids=ids, trouble_starts_at=first_t)
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        f.happy_days(c, r.randint(4, 7), list(range(17)))
        sid = f.add(c, f.at(r.randint(17, 28), 9, 20), "social", "mention", f.fmt(W.SARCASM, c))
        c.truth["sarcasm_event_id"] = sid
    f.finish()


def quiet_hours() -> None:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        monday(2026, 8, 14, 4),
        3,
        "a calm summer weekend with night-owl bursts",
    )
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, r.randint(1, 3), [0, 1, 2], 7, 17.5)
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.at(r.randint(0, 2), 8, 16)
        f.add(c, t, "web", "page_view", attrs={"page": "/account/deliveries"})
        t2 = f.mins(t, 20, 30)
        if i < 2:
            gid = f.add(c, t2, "chat", "chat", f.fmt(W.MILD, c))
            f.reply(c, f.mins(t2, 1, 5), "chat", W.MILD_ACK)
        else:
            gid = f.add(c, t2, "web", "ticket", f.fmt(W.MILD, c), attrs={"page": "/help/contact"})
            f.reply(c, f.mins(t2, 15, 60), "email", W.MILD_ACK)
        c.truth.update(grumble_event_id=gid, trouble_starts_at=iso(t2))
    k = 0
    for night in (1, 2, 3):
        b0 = f.at(night, 0 + 40 / 60, 1 + 5 / 60)
        for burst, off in enumerate((0, r.randint(28, 33), r.randint(55, 65))):
            bt = b0 + timedelta(minutes=off)
            for _ in range(4):
                c = f.person("night_owl", f"night {night}, burst {burst + 1}")
                t = f.mins(bt, 0, 9)
                if r.random() < 0.5:
                    nid = f.add(c, t, "chat", "chat", f.fmt(W.NIGHT_Q, c))
                    t2 = f.mins(t, 1, 4)
                    f.reply(c, t2, "chat", W.NIGHT_A)
                    f.add(c, f.mins(t2, 1, 3), "chat", "chat", f.fmt(W.THANKS, c))
                else:
                    nid = f.add(c, t, "social", "post", f.fmt(W.NIGHT_POST, c))
                c.truth.update(burst_at=iso(bt), night_event_id=nid)
                if k % 2 == 0:
                    f.happy(c, f.at(r.randint(0, 2), 9, 17.5), kinds="pbvr")
                k += 1
    f.finish()


PAIRS = [("it", "en"), ("en", "it")] * 3 + [
    ("it", "fr"),
    ("fr", "it"),
    ("en", "de"),
    ("de", "en"),
    ("it", "de"),
    ("en", "es"),
    ("es", "en"),
    ("pt", "en"),
    ("en", "pt"),
    ("it", "es"),
    ("fr", "en"),
    ("de", "it"),
    ("it", "pt"),
    ("en", "fr"),
    ("es", "it"),
    ("pt", "it"),
    ("it", "en"),
    ("en", "it"),
    ("fr", "de"),
    ("de", "fr"),
    ("it", "en"),
]


def bilingual() -> None:
    f = Fam("bilingual", "BL", 6, monday(2026, 9, 7), 14, "customers writing in two languages")
    r = f.rng
    pairs = list(PAIRS)
    r.shuffle(pairs)

    def mk(
        persona: str,
        habit: str,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
    ) -> tuple[Cust, list[str]]:
        a, b = pairs.pop()
        market = r.choice(W.MARKETS[a] + W.MARKETS[b])
        c = f.person(persona, habit, a, expected, tolerated, market=market)
        c.truth.update(
            languages=[a, b],
            job_second_language=r.choice(
                [
                    "works for a firm in the other country",
                    "partner's language at home",
                    "studied abroad",
                    "grew up between both",
                ]
            ),
        )
        return c, [a, b]

    for _ in range(12):
        c, ls = mk("happy", "alternates languages")
        for j, d in enumerate(sorted(r.sample(range(14), r.randint(5, 8)))):
            f.happy(c, f.at(d, 7, 20), ls[j % 2])
    for times in (2, 2, 3, 3, 4):
        c, ls = mk("repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        for j, d in enumerate(sorted(r.sample([0, 1], r.randint(1, 2)))):
            f.happy(c, f.at(d, 8, 18), ls[j % 2], "pbvr")
        repeat_run(
            f,
            c,
            f.at(r.randint(2, 5), 8, 18),
            r.choice(["web", "email", "chat"]),
            times,
            r.choice(W.PROBLEMS),
            times >= 3,
            ls,
        )
    for _ in range(5):
        c, ls = mk("slow_churner", "slides", ["sentiment_drop"], SLIDER_TOL)
        for j, d in enumerate(range(6)):
            if j < 5:
                f.happy(c, f.at(d, 8, 20), ls[j % 2], "p")
        for d in r.sample(range(6), r.randint(1, 3)):
            f.happy(c, f.at(d, 8, 20), ls[d % 2], "bvq")
        slide(f, c, r.randint(7, 8), r.randint(3, 5), ls)
    for kind in ("long", "email", "chat"):
        c, ls = mk("happy_one_bad_day", "one bad day", None, ["silence"])
        d = r.randint(5, 9)
        for x in sorted(r.sample([y for y in range(14) if y <= d - 2 or y >= d + 3], 3)):
            f.happy(c, f.at(x, 8, 19), ls[x % 2], "pbvr")
        t = f.at(d, 9, 18)
        prob = r.choice(W.PROBLEMS)
        eid = f.complaint(c, t, "chat" if kind == "chat" else "email", prob, ls[1], kind == "long")
        case = f.case()
        if kind == "chat":
            f.reply(c, f.mins(t, 1, 4), "chat", W.CASE_OPENED, ls[1], case=case)
        else:
            f.reply(c, f.daylight(f.mins(t, 10, 40)), "email", W.CASE_OPENED, ls[1], case=case)
            f.reply(c, f.daylight(f.mins(t, 60, 240)), "email", W.GOOD_NEWS, ls[1], case=case)
        if kind == "email":
            aid = f.add(
                c,
                f.daylight(f.mins(t, 18 * 60, 24 * 60)),
                "chat",
                "chat",
                f.fmt(W.APOLOGY, c, ls[1]),
            )
            c.truth.update(apologised=True, apology_event_id=aid)
        c.truth.update(
            problem=prob,
            booking=case,
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            bad_day_language=ls[1],
            long_email=kind == "long",
        )
    for _ in range(2):
        c, ls = mk("resolved_between_contacts", "fixed", None, ["silence"])
        f.happy(c, f.at(r.randint(0, 2), 8, 18), ls[0], "pbvr")
        fx = fixed_run(f, c, f.at(r.randint(3, 6), 9, 17), "web", r.choice(W.PROBLEMS), ls)
        c.truth.update(problems=[fx], trouble_starts_at=fx["raised_at"], confirm_language=ls[1])
    f.finish()


ACCOUNTS = [
    ("at_risk", 5, 3, "invoice", "it", "IT", "hotel"),
    ("at_risk", 5, 3, "service_blocked", "en", "UK", "events"),
    ("at_risk", 4, 3, "portal", "de", "DE", "university"),
    ("at_risk", 6, 4, "overbilled", "it", "CH", "facilities"),
    ("at_risk", 5, 4, "invoice", "fr", "FR", "municipality"),
    ("one_unhappy", 3, 1, "overbilled", "en", "IE", "film"),
    ("one_unhappy", 3, 1, "portal", "es", "ES", "cleaning"),
    ("one_unhappy", 3, 1, "service_blocked", "pt", "PT", "school"),
    ("one_unhappy", 3, 1, "invoice", "it", "IT", "construction"),
    ("mild", 3, 0, "", "en", "UK", "shopfitting"),
    ("mild", 4, 0, "", "de", "AT", "landscaping"),
    ("mild", 3, 0, "", "it", "IT", "plumbing"),
    ("happy", 4, 0, "", "en", "UK", "hotel"),
    ("happy", 4, 0, "", "it", "IT", "events"),
    ("happy", 4, 0, "", "pt", "PT", "university"),
]
COMPANY = [
    "Albergo Lario",
    "Brightside Events",
    "Hochschule Nordtal",
    "Servizi Ticino",
    "Mairie de Vaulnes",
    "Greenlight Films",
    "Limpiezas Brisa",
    "Escola Aurora",
    "Edil Ponte",
    "Fitwell Interiors",
    "Grünwerk Garten",
    "Idraulica Sole",
    "The Harbour Hotel",
    "Eventi Corte",
    "Universidade Atlântica",
]


def b2b_accounts() -> None:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        monday(2026, 10, 5),
        14,
        "company accounts: at risk, one unhappy, mild, happy",
    )
    r = f.rng
    for i, (kind, n, unhappy, problem, lang, market, site) in enumerate(ACCOUNTS):
        acc = f.uniq(lambda m=market: f"SGB-{m}-{r.randint(1000, 9999)}")
        domain = plain(COMPANY[i]).lower().replace(" ", "") + ".example"
        contacts: list[Cust] = []
        firsts: set[str] = set()
        for j in range(n):
            role = (
                "complainer"
                if j < unhappy
                else ("suggests" if kind == "mild" and j < 2 else "contact")
            )
            persona = {
                "complainer": "b2b_unhappy" if kind == "at_risk" else "b2b_one_unhappy",
                "suggests": "b2b_mild",
                "contact": "b2b_happy",
            }[role]
            tol = (
                B2B_RISK_TOL
                if persona == "b2b_unhappy"
                else B2B_ONE_TOL
                if persona == "b2b_one_unhappy"
                else ["silence"]
                if persona == "b2b_mild"
                else []
            )
            while True:
                c = f.person(
                    persona, role, lang, [], tol, account=acc, domain=domain, market=market
                )
                first = c.name.split(" ")[0]
                if first not in firsts:
                    firsts.add(first)
                    break
                del f.custs[c.key]
            c.truth.update(
                company=COMPANY[i],
                role=role,
                job_title=r.choice(
                    [
                        "Office manager",
                        "Purchasing",
                        "Accounts payable",
                        "Events coordinator",
                        "Facilities lead",
                    ]
                ),
            )
            c.truth["job"] = c.truth["job_title"]
            contacts.append(c)
        unhappy_keys = [c.key for c in contacts[:unhappy]]
        for c in contacts:
            role = c.truth["role"]
            if role == "contact":
                for d in sorted(r.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], r.randint(2, 5))):
                    t = f.at(d, 8, 16.5)
                    act = r.choice("qbvps")
                    if act == "q":
                        f.add(c, t, "chat", "chat", f.fmt(W.B2B_Q, c))
                        t2 = f.mins(t, 1, 6)
                        f.reply(c, t2, "chat", W.ANSWER)
                        if r.random() < 0.6:
                            f.add(c, f.mins(t2, 1, 5), "chat", "chat", f.fmt(W.THANKS, c))
                    elif act == "b":
                        f.add(c, t, "web", "page_view", attrs={"page": "/business/portal"})
                        f.add(c, f.mins(t, 3, 20), "web", "purchase", attrs=f.price(c))
                    elif act == "v":
                        f.add(c, t, "web", "page_view", attrs={"page": "/business/portal"})
                    elif act == "p":
                        f.add(c, t, "community", "post", f.fmt(W.B2B_PRAISE, c))
                    else:
                        f.survey_good(c, t)
            else:
                for d in sorted(r.sample([0, 1], r.randint(0, 2))):
                    t = f.at(d, 8, 16.5)
                    f.add(c, t, "web", "page_view", attrs={"page": "/business/portal"})
        exp: list[str] = []
        trouble = None
        if kind == "at_risk":
            exp = ["account_risk"]
            t = f.at(2, 9, 11)
            case = f.case()
            first_name = contacts[0].name.split(" ")[0]
            for j, c in enumerate(contacts[:unhappy]):
                if j:
                    t = f.office(f.mins(t, 8 * 60, 28 * 60))
                    text = f.fmt(
                        W.B2B_LATER,
                        c,
                        first=first_name,
                        day=W.B2B_DAY[lang] if t.weekday() != 2 else "",
                        case=case,
                        p=W.BP[problem][lang],
                        name=c.name,
                    ).replace("  ", " ")
                else:
                    trouble = iso(t)
                    text = f.fmt(W.B2B_FIRST, c, account=acc, p=W.BP[problem][lang], name=c.name)
                eid = f.add(
                    c,
                    t,
                    "email",
                    "message",
                    text,
                    subject=W.SUBJECT[lang].format(topic=acc)
                    if not j
                    else W.RE_SUBJECT[lang].format(case=case),
                )
                if not j:
                    f.reply(c, f.mins(t, 20, 90), "email", W.B2B_ACK, case=case)
                c.truth.update(
                    problem=problem,
                    booking=case,
                    complaint_event_ids=[eid],
                    trouble_starts_at=iso(t),
                )
                if j < unhappy - 1:
                    s = r.randint(1, 5)
                    sid = f.add(
                        c,
                        f.mins(t, 60, 180),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": s},
                        attrs={"survey": "nps"},
                    )
                    c.truth.update(
                        expected_rules=["detractor"], nps_given=True, nps=s, survey_event_id=sid
                    )
                else:
                    t2 = f.office(f.mins(t, 18 * 60, 40 * 60))
                    ch = "email" if i == 0 else "phone"
                    if ch == "email":
                        lid = f.add(
                            c,
                            t2,
                            "email",
                            "message",
                            f.fmt(W.STILL_OPEN, c, case=case, p=W.BP[problem][lang])
                            + " "
                            + f.fmt(W.THIRD, c, comp=r.choice(W.COMPETITORS)),
                            subject=W.RE_SUBJECT[lang].format(case=case),
                        )
                    else:
                        lid = f.add(c, t2, "phone", "call", f.fmt(W.B2B_LAST, c, case=case))
                    c.truth["complaint_event_ids"].append(lid)
                    c.truth["expected_rules"] = ["repeat_contact"]
        elif kind == "one_unhappy":
            c = contacts[0]
            t = f.office(f.at(r.choice([3, 4, 7]), 9, 15))
            case = f.case()
            eid = f.add(
                c,
                t,
                "email",
                "message",
                f.fmt(W.B2B_FIRST, c, account=acc, p=W.BP[problem][lang], name=c.name),
                subject=W.SUBJECT[lang].format(topic=acc),
            )
            f.reply(c, f.mins(t, 20, 90), "email", W.B2B_ACK, case=case)
            s = r.randint(1, 5)
            sid = f.add(
                c,
                f.mins(t, 60, 180),
                "survey",
                "survey_response",
                None,
                scores={"nps": s},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                problem=problem,
                booking=case,
                complaint_event_ids=[eid],
                trouble_starts_at=iso(t),
                expected_rules=["detractor"],
                nps_given=True,
                nps=s,
                survey_event_id=sid,
            )
        elif kind == "mild":
            for c in contacts[:2]:
                t = f.at(r.randint(2, 9), 8, 16)
                t = f.office(t)
                mid = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    f.fmt(W.B2B_MILD, c),
                    attrs={"page": "/business/feedback"},
                )
                f.reply(c, f.mins(t, 30, 120), "email", W.MILD_ACK)
                c.truth.update(mild_event_id=mid, trouble_starts_at=iso(t))
        f.accounts[acc] = {
            "company": COMPANY[i],
            "site": site,
            "contacts": n,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": unhappy,
            "unhappy_contact_keys": unhappy_keys,
            "at_risk": kind == "at_risk",
            "expected_rules": exp,
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": trouble,
            "language": lang,
            "country": market,
        }
    f.finish()


def topic_spike() -> None:
    f = Fam("topic_spike", "TS", 8, monday(2026, 11, 2), 7, "a calm week and one planted incident")
    r = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in sorted(r.sample(range(6), r.randint(1, 4))):
            f.happy(c, f.at(d, 7, 16.5) if d == 3 else f.at(d, 7, 20))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.at(0, 9, 17)
        gid = f.add(c, t, "chat", "chat", f.fmt(W.MILD, c))
        f.reply(c, f.mins(t, 1, 5), "chat", W.MILD_ACK)
        c.truth.update(grumble_event_id=gid, trouble_starts_at=iso(t))
    for lang, hour in (("it", 9.6), ("en", 16.1)):
        c = f.person("grumbles_once", "lone question", lang, tolerated=["silence"])
        t = f.at(2, hour, hour)
        gid = f.add(c, t, "chat", "chat", f.fmt(W.LONE_Q, c))
        f.reply(c, f.mins(t, 2, 6), "chat", W.LONE_A)
        c.truth.update(lone_report_event_id=gid, trouble_starts_at=iso(t))
    s0 = datetime(2026, 11, 5, 18, 20, tzinfo=UTC)
    offs = sorted([0, 45, *r.sample(range(1, 45), 18)])
    langs = ["it"] * 6 + ["en"] * 6 + ["fr", "fr", "de", "de", "pt", "pt", "es", "es"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(langs)
    r.shuffle(chans)
    keys: list[str] = []
    eids: list[str] = []
    reps: list[str] = []
    early = [i for i, o in enumerate(offs) if o <= 25]
    repeaters = set(r.sample(early, 6))
    fixed = set(r.sample([i for i in range(20) if i not in repeaters], 6))
    for i in range(20):
        regular = i < 12
        c = f.person(
            "spike_reporter", "regular" if regular else "new", langs[i], tolerated=["silence"]
        )
        if chans[i] == "social" and not c.handle:
            raise AssertionError("consumer without handle")
        if regular:
            for d in sorted(r.sample(range(3), r.randint(1, 3))):
                f.happy(c, f.at(d, 8, 19))
        t = s0 + timedelta(minutes=offs[i], seconds=r.randint(0, 40) if 0 < offs[i] < 45 else 0)
        text = f.fmt(W.SPIKE, c)
        ch = chans[i]
        if ch == "email":
            eid = f.add(c, t, "email", "message", text, subject="Club")
        elif ch == "web":
            eid = f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"})
        else:
            eid = f.add(
                c, t, ch, {"social": "mention", "chat": "chat", "community": "post"}[ch], text
            )
        if ch == "chat":
            f.reply(c, f.mins(t, 1, 3), "chat", W.SPIKE_CHAT_A)
        keys.append(c.key)
        eids.append(eid)
        c.truth.update(
            in_spike=True,
            regular=regular,
            spike_event_id=eid,
            spike_channel=ch,
            trouble_starts_at=iso(t),
        )
        if i in repeaters:
            ch2 = r.choice([x for x in ("email", "chat", "community") if x != ch])
            t2 = f.mins(t, 10, 60)
            rid = f.add(
                c,
                t2,
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                f.fmt(W.SPIKE_AGAIN, c),
                subject="Club" if ch2 == "email" else None,
            )
            if ch2 == "chat":
                f.reply(c, f.mins(t2, 1, 3), "chat", W.SPIKE_CHAT_A)
            reps.append(rid)
            c.truth.update(
                persona="spike_repeater",
                expected_rules=["repeat_contact"],
                tolerated_rules=["sentiment_drop", "silence"],
                repeat_event_id=rid,
            )
        if i in fixed:
            f.reply(
                c, s0 + timedelta(hours=2, minutes=50 + r.randint(0, 9)), "email", W.SPIKE_FIXED
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": W.SPIKE_TOPIC,
        "about": "the planted incident: Club members refused at checkout, several channels and languages",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    f.finish()


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
        build()


if __name__ == "__main__":
    main()
