# ruff: noqa: E501
"""Generate heldout246 (Zeltavo, camping and outdoor gear hire), written blind.

Run as ``python make_heldout246.py`` from anywhere; standard library only.
"""

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

SEED = 20261112
BRAND = "Zeltavo"
USED: set[str] = set()
ACCENTS = str.maketrans(
    {
        "á": "a",
        "é": "e",
        "í": "i",
        "ó": "o",
        "ú": "u",
        "à": "a",
        "è": "e",
        "ì": "i",
        "ò": "o",
        "ù": "u",
        "â": "a",
        "ê": "e",
        "ô": "o",
        "ç": "c",
        "ã": "a",
        "õ": "o",
        "ä": "ae",
        "ö": "oe",
        "ü": "ue",
    }
)
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
GRUMPY_TOL = ["repeat_contact", "silence"]
SILENCE = ["silence"]
B2B_RISK_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
B2B_ONE_TOL = ["sentiment_drop", "high_value_at_risk", "silence"]
PROBLEMS = ("no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee")


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def unique(make: Any) -> str:
    while True:
        value = str(make())
        if value not in USED:
            USED.add(value)
            return value


@dataclass
class Cust:
    key: str
    first: str
    last: str
    lang: str
    market: str
    email: str
    phone: str
    handle: str
    account: str | None
    segment: str
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
        self.custs: list[Cust] = []
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.seq = 0

    def at(self, day: float, h0: float, h1: float) -> datetime:
        hours = h0 + self.rng.random() * (h1 - h0)
        return self.start + timedelta(days=int(day), hours=hours, seconds=self.rng.randrange(60))

    def person(
        self,
        persona: str,
        habit: str,
        lang: str,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        market: str | None = None,
        account: str | None = None,
        company: str | None = None,
    ) -> Cust:
        r = self.rng
        first, last = r.choice(W.FIRST[lang]), r.choice(W.LAST[lang])
        market = market or r.choice(W.MARKETS[lang])
        key = unique(lambda: f"ZV{self.code}{r.randrange(1000, 10000)}")
        plain = (first + "." + last).lower().translate(ACCENTS).replace("ñ", "n").replace("ß", "ss")
        domain = (
            company.lower().replace(" ", "") + ".example"
            if company
            else r.choice(("posteo", "webmail", "correo", "mailbox", "inbox")) + ".example"
        )
        email = unique(lambda: f"{plain}{r.randrange(1, 99)}@{domain}")
        cc, pre, length = W.PHONE[market]
        phone = unique(
            lambda: cc + pre + "".join(str(r.randrange(10)) for _ in range(length - len(pre)))
        )
        handle = unique(
            lambda: (
                "@"
                + r.choice(
                    (
                        f"{last}_{first}{r.randrange(1, 9)}",
                        f"{first}{last}{r.randrange(10, 99)}",
                        f"{first}_{last[:3]}{r.randrange(1, 99)}",
                    )
                )
                .lower()
                .translate(ACCENTS)
                .replace("ñ", "n")
                .replace("ß", "ss")
            )
        )
        c = Cust(
            key,
            first,
            last,
            lang,
            market,
            email,
            phone,
            handle,
            account,
            "b2b" if account else "consumer",
        )
        c.truth = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": phone,
                "handle": None if account else handle,
                "account_id": account,
            },
            "expected_rules": sorted(expected or []),
            "tolerated_rules": sorted(tolerated or []),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": c.segment,
            "name": f"{first} {last}",
        }
        self.custs.append(c)
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
    ) -> str:
        self.seq += 1
        eid = f"h246-{self.code.lower()}-{self.seq:05d}"
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if attrs:
            a.update(attrs)
        if out:
            a["agent"] = self.rng.choice(W.AGENTS)
            text = (text or "").replace("{agent}", a["agent"])
        elif text and kind not in ("call",) and channel != "survey":
            if self.rough.random() < 0.1:
                text = text.translate(ACCENTS)
            if self.rough.random() < 0.12:
                text = text[0].lower() + text[1:]
        if text and channel == "social" and not c.account and not out:
            i = text.rfind(BRAND)
            text = text[:i] + "@" + text[i:] if i >= 0 else "@" + BRAND + " " + text
        data = {
            "event_id": eid,
            "occurred_at": iso(t),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "customer": {},
            "text": text,
            "subject": subject,
            "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
            "source": f"zeltavo-{ {'email': 'mail', 'phone': 'voice', 'community': 'forum'}.get(channel, channel) }",
            "attributes": a,
        }
        self.rows.append(Row(t, self.seq, c, data))
        return eid

    def case(self) -> str:
        return unique(lambda: f"ZT-{self.rng.randrange(100000, 1000000)}")

    def fill(self, table: dict[str, tuple[str, ...]], lang: str, **kw: str) -> str:
        text = self.rng.choice(table[lang])
        for k, v in kw.items():
            text = text.replace("{" + k + "}", v)
        return text

    # ---------------------------------------------------------------- acts --
    def happy(
        self, c: Cust, t: datetime, lang: str | None = None, kinds: tuple[str, ...] | None = None
    ) -> str:
        lang = lang or c.lang
        r = self.rng
        kind = r.choice(
            kinds or ("praise", "praise", "chat", "email", "call", "buy", "view", "review")
        )
        if kind == "praise":
            ch = r.choice(("social", "community"))
            return self.add(
                c, t, ch, "mention" if ch == "social" else "post", self.fill(W.PRAISE, lang)
            )
        if kind in ("chat", "email"):
            q = self.fill(W.QUESTION, lang)
            if kind == "chat":
                e = self.add(c, t, "chat", "chat", q)
                t2 = t + timedelta(minutes=r.randint(1, 6))
                self.add(c, t2, "chat", "chat", self.fill(W.ANSWER, lang), out=True)
                if r.random() < 0.6:
                    self.add(
                        c,
                        t2 + timedelta(minutes=r.randint(1, 4)),
                        "chat",
                        "chat",
                        self.fill(W.THANKS, lang),
                    )
                return e
            e = self.add(c, t, "email", "message", q, subject="?")
            self.add(
                c,
                t + timedelta(minutes=r.randint(30, 120)),
                "email",
                "message",
                self.fill(W.ANSWER, lang),
                subject="Re: ?",
                out=True,
            )
            return e
        if kind == "call":
            e = self.add(c, t, "phone", "call", self.fill(W.CALL_Q, lang))
            self.add(
                c,
                t + timedelta(minutes=r.randint(10, 40)),
                "email",
                "message",
                self.fill(W.CALL_FOLLOW, lang),
                out=True,
            )
            return e
        if kind == "buy":
            prod, price = r.choice(W.PRODUCTS)
            page = r.choice(W.PAGES[:5])
            self.add(c, t, "web", "page_view", attrs={"page": page})
            cur = {"UK": "GBP", "CH": "CHF"}.get(c.market, "EUR")
            val = float(price) * (0.86 if cur == "GBP" else 0.94 if cur == "CHF" else 1.0)
            return self.add(
                c,
                t + timedelta(minutes=r.randint(3, 15)),
                "web",
                "purchase",
                attrs={"order_value": f"{val:.2f}", "currency": cur, "product": prod, "page": page},
            )
        if kind == "view":
            return self.add(c, t, "web", "page_view", attrs={"page": r.choice(W.PAGES)})
        return self.add(
            c,
            t,
            "web",
            "review",
            self.fill(W.REVIEW, lang),
            attrs={"rating": str(r.choice((4, 5, 5))), "page": r.choice(W.PAGES[:5])},
        )

    def happy_days(
        self,
        c: Cust,
        n: int,
        days: list[int],
        h0: float = 7,
        h1: float = 20,
        lang: str | None = None,
    ) -> None:
        for d in sorted(self.rng.sample(days, min(n, len(days)))):
            self.happy(c, self.at(d, h0, h1), lang)

    def survey(self, c: Cust, t: datetime, low: bool = False, kind: str | None = None) -> str:
        r = self.rng
        kind = kind or r.choice(("nps", "csat", "ces"))
        if low:
            score = r.randint(1, 5) if kind == "nps" else r.randint(1, 2)
        else:
            score = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[kind]
        return self.add(
            c,
            t,
            "survey",
            "survey_response",
            self.fill(W.SURVEY_WORD, c.lang) or None,
            scores={kind: score},
            attrs={"survey": kind},
        )

    def complaint(
        self, c: Cust, t: datetime, channel: str, problem: str, lang: str, long: bool = False
    ) -> str:
        p = self.fill(W.PROBLEM[problem], lang)
        subj = W.COMPLAINT_SUBJECT[lang].replace("{t}", W.TOPIC[problem][lang])
        if long:
            return self.add(
                c,
                t,
                "email",
                "message",
                self.fill(W.LONG_EMAIL, lang, p=p, name=c.first),
                subject=subj,
            )
        if channel == "email":
            return self.add(c, t, "email", "message", p, subject=subj)
        if channel == "chat":
            return self.add(c, t, "chat", "chat", p)
        if channel == "phone":
            return self.add(
                c, t, "phone", "call", p.lower().replace(".", "").replace("!", "").replace("?", "")
            )
        if channel == "web":
            return self.add(c, t, "web", "ticket", p, subject=subj, attrs={"page": "/help/contact"})
        return self.add(c, t, channel, "mention" if channel == "social" else "post", p)

    def reply(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        table: dict[str, tuple[str, ...]],
        lang: str,
        case: str,
    ) -> str:
        ch = "chat" if channel == "chat" else "email"
        text = self.fill(table, lang, case=case, first=c.first)
        return self.add(
            c,
            t,
            ch,
            "chat" if ch == "chat" else "message",
            text,
            subject=None if ch == "chat" else W.RE_SUBJECT[lang].replace("{case}", case),
            out=True,
        )

    def contact(self, c: Cust, t: datetime, channel: str, text: str, lang: str, case: str) -> str:
        if channel == "email":
            return self.add(
                c, t, "email", "message", text, subject=W.RE_SUBJECT[lang].replace("{case}", case)
            )
        if channel == "phone":
            return self.add(c, t, "phone", "call", text.lower().replace(".", "").replace("!", ""))
        if channel == "web":
            return self.add(
                c,
                t,
                "web",
                "ticket",
                text,
                subject=W.RE_SUBJECT[lang].replace("{case}", case),
                attrs={"page": "/help/contact"},
            )
        if channel == "chat":
            return self.add(c, t, "chat", "chat", text)
        return self.add(c, t, "social", "mention", text)

    # ------------------------------------------------------------- output --
    def write(self) -> tuple[int, int]:
        self.rows.sort(key=lambda row: (row.t, row.seq))
        seen: set[str] = set()
        lines = []
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
                ref.update(
                    customer_id=c.key,
                    email=c.email,
                    phone=c.phone,
                    handle=None if c.account else c.handle,
                )
            elif ch == "phone":
                ref["phone"] = c.phone
            elif ch == "email" or (ch in ("social", "community") and c.account):
                ref["email"] = c.email
            elif ch in ("social", "community"):
                ref["handle"] = c.handle
            else:
                ref["customer_id"] = c.key
            d["customer"] = ref
            lines.append(json.dumps(d, ensure_ascii=False))
        customers = {c.key: c.truth for c in self.custs}
        expected: dict[str, int] = {}
        for c in self.custs:
            assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]), c.key
            assert c.key in seen, c.key
            for rule in c.truth["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        for acc in self.accounts.values():
            for rule in acc["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        last = max(row.t for row in self.rows)
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Zeltavo, camping and outdoor gear hire (Zeltavo Plus; Zeltavo Pro for groups and firms)",
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
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        return len(customers), len(lines)


def lang_of(r: random.Random) -> str:
    return str(r.choices(W.LANGS, weights=(30, 30, 10, 10, 10, 10))[0])


def morning(t: datetime) -> datetime:
    if t.hour >= 22:
        return t.replace(hour=8, minute=t.minute % 60) + timedelta(days=1)
    if t.hour < 7:
        return t.replace(hour=8)
    return t


def happy_writers() -> Fam:
    f = Fam("happy_writers", "HW", 1, datetime(2026, 3, 9, tzinfo=UTC), 10, "happy customers only")
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer", lang_of(r))
        f.happy_days(c, r.randint(5, 8), list(range(10)))
    for _ in range(5):
        c = f.person("happy", "night writer", lang_of(r))
        for d in sorted(r.sample(range(9), r.randint(2, 4))):
            t = f.at(d, 22.2, 28.5)
            if r.random() < 0.5:
                f.happy(c, t, kinds=("praise",))
            else:
                f.add(c, t, "social", "mention", f.fill(W.NIGHT_POST, c.lang))
        f.happy_days(c, r.randint(2, 3), list(range(10)), 9, 18)
    for _ in range(5):
        c = f.person("happy", "answers surveys", lang_of(r))
        for d in sorted(r.sample(range(10), r.randint(3, 6))):
            f.survey(c, f.at(d, 8, 20))
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        "happy customers with one bad day",
    )
    r = f.rng
    plan = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    problems = [p for p in PROBLEMS for _ in range(4)]
    r.shuffle(problems)
    with_case = [i for i, ch in enumerate(plan) if ch != "social"]
    detr = set(r.sample(with_case, 6))
    csat = set(r.sample([i for i in with_case if i not in detr], 5))
    good = set(r.sample(with_case, 12))
    sorry = set(r.sample(sorted(good), 5))
    for i, ch in enumerate(plan):
        lang = ("es", "es", "de", "de")[i] if ch == "long" else lang_of(r)
        c = f.person(
            "bad_day_detractor" if i in detr else "happy_one_bad_day",
            "one bad day",
            lang,
            ["detractor"] if i in detr else [],
            SILENCE,
        )
        bd = r.randint(2, 9)
        f.happy_days(c, r.randint(1, 5), [d for d in range(12) if d <= bd - 2 or d >= bd + 3])
        t = f.at(bd, 8, 20)
        e = f.complaint(c, t, ch, problems[i], lang, long=ch == "long")
        c.truth.update(
            problem=problems[i],
            channel="email" if ch == "long" else ch,
            long_email=ch == "long",
            bad_day_at=iso(t),
            bad_day_event_id=e,
            trouble_starts_at=iso(t),
            booking=None,
            agent_fixed=False,
            apologised=False,
            nps_given=False,
            csat_given=False,
        )
        if ch == "social":
            continue
        case = f.case()
        c.truth["booking"] = case
        if ch == "chat":
            f.reply(c, t + timedelta(minutes=r.randint(2, 6)), "chat", W.CASE_OPENED, lang, case)
        else:
            f.reply(c, t + timedelta(minutes=r.randint(10, 40)), "email", W.CASE_OPENED, lang, case)
        if i in detr:
            s = f.survey(c, t + timedelta(minutes=r.randint(100, 140)), low=True, kind="nps")
            c.truth.update(
                nps_given=True,
                nps=next(v for v in f.rows[-1].data["scores"].values() if v),
                survey_event_id=s,
            )
        elif i in csat:
            s = f.survey(c, t + timedelta(minutes=r.randint(40, 80)), low=True, kind="csat")
            c.truth.update(
                csat_given=True,
                csat=next(v for v in f.rows[-1].data["scores"].values() if v),
                survey_event_id=s,
            )
        if i in good:
            f.reply(
                c, morning(t + timedelta(hours=r.uniform(1, 4))), "email", W.GOOD_NEWS, lang, case
            )
            c.truth["agent_fixed"] = True
        if i in sorry:
            ta = morning(t + timedelta(hours=r.uniform(16, 24)))
            a = f.add(c, ta, "chat", "chat", f.fill(W.APOLOGY, lang))
            c.truth.update(apologised=True, apology_at=iso(ta), apology_event_id=a)
    for _ in range(8):
        c = f.person("happy", "control", lang_of(r))
        f.happy_days(c, r.randint(4, 7), list(range(12)))
    return f


def repeat_run(
    f: Fam, c: Cust, lang: str, first_day: int, times: int, langs: list[str] | None = None
) -> None:
    r = f.rng
    problem = r.choice(PROBLEMS)
    case = f.case()
    comp = r.choice(W.COMPETITORS) if times >= 3 else None
    chans = r.sample(["email", "chat", "phone", "web", "social"], times)
    t = f.at(first_day, 8, 19)
    events = [f.complaint(c, t, chans[0], problem, lang)]
    passed = times >= 3 if langs else r.random() < 0.5
    if chans[0] == "chat":
        f.reply(c, t + timedelta(minutes=r.randint(2, 6)), "chat", W.CASE_OPENED, lang, case)
    if passed:
        f.reply(c, t + timedelta(hours=r.uniform(1.5, 2.5)), "email", W.QUALITY_LEAD, lang, case)
    elif chans[0] != "chat":
        f.reply(c, t + timedelta(minutes=r.randint(10, 40)), "email", W.CASE_OPENED, lang, case)
    tn = t
    for k in range(1, times):
        tn = morning(tn + timedelta(hours=r.uniform(4, 40)))
        ln = langs[k % 2] if langs else lang
        table = W.FOURTH if k == 3 else W.THIRD if k == 2 else W.STILL_OPEN
        e = f.contact(c, tn, chans[k], f.fill(table, ln, case=case, comp=comp or ""), ln, case)
        events.append(e)
        if chans[k] == "chat":
            f.reply(c, tn + timedelta(minutes=r.randint(1, 5)), "chat", W.URGENT, ln, case)
    c.truth.update(
        problem=problem,
        booking=case,
        contacts=times,
        channels=chans,
        competitor=comp,
        agent_passed_on=passed,
        problem_event_ids=events,
        trouble_starts_at=iso(t),
    )


def fixed_case(f: Fam, c: Cust, t: datetime, lang: str, conf_lang: str) -> dict[str, Any]:
    r = f.rng
    problem = r.choice(PROBLEMS)
    case = f.case()
    e = f.complaint(c, t, "web", problem, lang)
    f.reply(c, t + timedelta(minutes=r.randint(10, 40)), "email", W.CASE_OPENED, lang, case)
    tf = morning(t + timedelta(hours=r.uniform(3, 20)))
    f.reply(c, tf, "email", W.GOOD_NEWS, lang, case)
    tc = morning(tf + timedelta(hours=r.uniform(8, 30)))
    ch = r.choice(("email", "chat"))
    ce = f.contact(c, tc, ch, f.fill(W.CONFIRM, conf_lang, case=case), conf_lang, case)
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(tf),
        "confirmed_at": iso(tc),
        "problem_event_ids": [e],
        "confirm_event_id": ce,
        "channel": "web",
        "confirm_channel": ch,
    }


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        datetime(2026, 6, 1, tzinfo=UTC),
        10,
        "repeat contacts, fixed cases, frequent writers",
    )
    r = f.rng
    for times in [2] * 4 + [3] * 4 + [4] * 4:
        c = f.person("repeat_contact", "repeats", lang_of(r), ["repeat_contact"], REPEAT_TOL)
        f.happy_days(c, r.randint(1, 3), [0], 7, 12)
        repeat_run(f, c, c.lang, r.randint(1, 4), times)
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", lang_of(r), [], SILENCE)
        f.happy_days(c, r.randint(1, 2), [0], 7, 12)
        p = fixed_case(f, c, f.at(r.randint(1, 4), 8, 19), c.lang, c.lang)
        c.truth.update(problems=[p], trouble_starts_at=p["raised_at"])
    for _ in range(3):
        c = f.person("different_problems", "two problems", lang_of(r), [], SILENCE)
        d = r.randint(1, 3)
        ps = [
            fixed_case(f, c, f.at(d, 8, 19), c.lang, c.lang),
            fixed_case(f, c, f.at(d + r.randint(4, 5), 8, 19), c.lang, c.lang),
        ]
        c.truth.update(problems=ps, trouble_starts_at=ps[0]["raised_at"])
    for _ in range(7):
        c = f.person("happy", "frequent writer", lang_of(r))
        for d in sorted(r.sample(range(10), r.randint(5, 8))):
            f.happy(c, f.at(d, 7, 20), kinds=("chat", "chat", "email", "call"))
    return f


def slide(f: Fam, c: Cust, d0: int, over: int, langs: list[str]) -> list[str]:
    r = f.rng
    comp = r.choice(W.COMPETITORS)
    t = f.at(d0, 8, 20)
    events = []
    for k in range(6):
        if k:
            t = morning(t + timedelta(hours=max(1.0, over * 24 / 5 * r.uniform(0.7, 1.1))))
        ln = langs[k % len(langs)]
        text = W.SLIDE[ln][k].replace("{comp}", comp)
        ch = r.choice(("social", "community", "review"))
        if ch == "review":
            events.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str((3, 3, 2, 2, 1, 1)[k]), "page": "/tents"},
                )
            )
        else:
            events.append(f.add(c, t, ch, "mention" if ch == "social" else "post", text))
    c.truth.update(slide_event_ids=events, slide_days=over, competitor=comp)
    return events


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
        "slow churners, leavers, steady, grumpy, sarcastic",
    )
    r = f.rng
    for i in range(10):
        det = i < 5
        c = f.person(
            "slow_churner",
            "slides",
            lang_of(r),
            ["sentiment_drop", "detractor"] if det else ["sentiment_drop"],
            SLIDER_TOL,
        )
        for d in sorted(r.sample(range(11), r.randint(4, 5))):
            f.happy(c, f.at(d, 8, 20), kinds=("praise",))
        f.happy_days(c, r.randint(2, 4), list(range(11)), 8, 20)
        d0 = r.randint(12, 16)
        ev = slide(f, c, d0, r.choice((3, 5, 5, 9)), [c.lang])
        c.truth["trouble_starts_at"] = next(
            row.data["occurred_at"] for row in f.rows if row.data["event_id"] == ev[0]
        )
        if det:
            t4 = datetime.fromisoformat(
                next(
                    row.data["occurred_at"] for row in f.rows if row.data["event_id"] == ev[3]
                ).replace("Z", "+00:00")
            )
            s = f.survey(
                c, morning(t4 + timedelta(hours=r.uniform(2.5, 3.5))), low=True, kind="nps"
            )
            c.truth.update(nps_given=True, survey_event_id=s)
    for _ in range(5):
        c = f.person("slow_churner", "asks to cancel", lang_of(r), ["churn_intent"], CANCEL_TOL)
        f.happy_days(c, r.randint(4, 6), list(range(16)))
        t = f.at(r.randint(17, 23), 8, 19)
        e = f.add(c, t, "email", "message", f.fill(W.CANCEL_REQ, c.lang), subject="Zeltavo Plus")
        f.add(
            c,
            morning(t + timedelta(hours=r.uniform(1, 5))),
            "email",
            "message",
            f.fill(W.SORRY_GO, c.lang, first=c.first),
            subject="Re: Zeltavo Plus",
            out=True,
        )
        tc = morning(t + timedelta(hours=r.uniform(20, 30)))
        x = f.add(
            c,
            tc,
            "web",
            "cancellation",
            attrs={"page": "/account/plus/cancel", "product": "Zeltavo Plus"},
        )
        c.truth.update(
            churn_intent_event_id=e,
            cancellation_event_id=x,
            churn_at=iso(tc),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = f.person("happy", "steady", lang_of(r))
        f.happy_days(c, r.randint(6, 10), list(range(32)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", lang_of(r), [], GRUMPY_TOL)
        d = r.randint(0, 4)
        gs = []
        for _k in range(r.randint(5, 7)):
            ch = r.choice(("social", "community", "web", "review"))
            t = f.at(d, 8, 20)
            text = f.fill(W.GRUMBLE, c.lang)
            if ch == "review":
                gs.append(f.add(c, t, "web", "review", text, attrs={"rating": "3", "page": "/app"}))
            elif ch == "web":
                gs.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
            else:
                gs.append(f.add(c, t, ch, "mention" if ch == "social" else "post", text))
            d += r.randint(1, 3)
        c.truth.update(
            grumble_event_ids=gs,
            trouble_starts_at=next(
                row.data["occurred_at"] for row in f.rows if row.data["event_id"] == gs[0]
            ),
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", lang_of(r), [], SILENCE)
        f.happy_days(c, r.randint(4, 6), list(range(17)))
        c.truth["sarcasm_event_id"] = f.add(
            c, f.at(r.randint(17, 28), 9, 20), "social", "mention", f.fill(W.SARCASM, c.lang)
        )
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        datetime(2026, 8, 28, tzinfo=UTC),
        3,
        "calm weekend with night-owl bursts",
    )
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer", lang_of(r))
        f.happy_days(c, r.randint(1, 3), [0, 1, 2], 7, 17.5)
    for _ in range(4):
        c = f.person("grumbles_once", "grumbles once", lang_of(r), [], SILENCE)
        t = f.at(r.randint(0, 2), 8, 17)
        f.happy(c, t, kinds=("view",))
        tg = t + timedelta(minutes=r.randint(20, 30))
        if r.random() < 0.5:
            g = f.add(c, tg, "chat", "chat", f.fill(W.MILD, c.lang))
            f.add(
                c,
                tg + timedelta(minutes=r.randint(1, 5)),
                "chat",
                "chat",
                f.fill(W.ACK, c.lang),
                out=True,
            )
        else:
            g = f.add(
                c, tg, "web", "ticket", f.fill(W.MILD, c.lang), attrs={"page": "/help/contact"}
            )
            f.add(
                c,
                tg + timedelta(minutes=r.randint(20, 60)),
                "email",
                "message",
                f.fill(W.ACK, c.lang),
                out=True,
            )
        c.truth.update(grumble_event_id=g, trouble_starts_at=iso(tg))
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=r.randint(40, 65))
        starts = [
            b0,
            b0 + timedelta(minutes=r.randint(28, 33)),
            b0 + timedelta(minutes=r.randint(55, 65)),
        ]
        for b, bs in enumerate(starts):
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}", lang_of(r))
                t = bs + timedelta(seconds=r.randint(0, 599))
                if r.random() < 0.5:
                    e = f.add(c, t, "chat", "chat", f.fill(W.NIGHT_Q, c.lang))
                    f.add(
                        c,
                        t + timedelta(minutes=r.randint(1, 4)),
                        "chat",
                        "chat",
                        f.fill(W.ANSWER, c.lang),
                        out=True,
                    )
                    f.add(
                        c,
                        t + timedelta(minutes=r.randint(5, 8)),
                        "chat",
                        "chat",
                        f.fill(W.THANKS, c.lang),
                    )
                else:
                    e = f.add(c, t, "social", "mention", f.fill(W.NIGHT_POST, c.lang))
                c.truth.update(burst_at=iso(bs), night_event_id=e)
                if r.random() < 0.5:
                    f.happy(c, f.at(r.randint(0, 2), 9, 17.5))
    return f


PAIRS = (
    [("es", "de")] * 4
    + [("de", "es")] * 4
    + [
        ("es", "en"),
        ("es", "en"),
        ("en", "es"),
        ("en", "es"),
        ("de", "en"),
        ("de", "en"),
        ("de", "fr"),
        ("fr", "de"),
        ("es", "pt"),
        ("pt", "es"),
        ("es", "it"),
        ("it", "es"),
        ("de", "it"),
        ("en", "de"),
        ("fr", "es"),
        ("it", "de"),
        ("pt", "de"),
        ("es", "fr"),
        ("de", "pt"),
    ]
)


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        6,
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
        "customers writing in two languages",
    )
    r = f.rng
    pairs = list(PAIRS)
    r.shuffle(pairs)

    def who(
        persona: str, habit: str, exp: list[str], tol: list[str]
    ) -> tuple[Cust, tuple[str, str]]:
        a, b = pairs.pop()
        c = f.person(persona, habit, a, exp, tol)
        c.truth.update(
            languages=[a, b],
            job_second_language=r.choice(
                (
                    "works for a company abroad",
                    "partner's language",
                    "grew up there",
                    "studies there",
                )
            ),
        )
        return c, (a, b)

    for _ in range(12):
        c, lp = who("happy", "alternates languages", [], [])
        for k, d in enumerate(sorted(r.sample(range(14), r.randint(5, 8)))):
            f.happy(c, f.at(d, 8, 20), lang=lp[k % 2])
    for times in (2, 2, 3, 3, 4):
        c, lp = who("repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        f.happy_days(c, r.randint(1, 3), [0, 1], 8, 20)
        repeat_run(f, c, lp[0], r.randint(2, 5), times, list(lp))
    for _ in range(5):
        c, lp = who("slow_churner", "slides", ["sentiment_drop"], SLIDER_TOL)
        for k, d in enumerate(range(5)):
            f.happy(c, f.at(d, 8, 20), lang=lp[k % 2], kinds=("praise",))
        f.happy_days(c, r.randint(1, 3), list(range(6)), 8, 20, lang=lp[1])
        ev = slide(f, c, r.randint(7, 8), r.randint(3, 5), list(lp))
        c.truth["trouble_starts_at"] = next(
            row.data["occurred_at"] for row in f.rows if row.data["event_id"] == ev[0]
        )
    for ch in ("long", "email", "chat"):
        c, lp = who("happy_one_bad_day", "one bad day", [], SILENCE)
        lang = "de" if ch == "long" else lp[1]
        if ch == "long" and "de" not in lp:
            lang = lp[1]
        f.happy_days(c, r.randint(2, 4), [0, 1, 2, 10, 11, 12, 13], 8, 20, lang=lp[0])
        t = f.at(r.randint(5, 7), 9, 19)
        e = f.complaint(
            c, t, ch, r.choice(PROBLEMS), lang, long=ch == "long" and lang in W.LONG_EMAIL
        )
        case = f.case()
        f.reply(
            c,
            t + timedelta(minutes=r.randint(5, 30)),
            "chat" if ch == "chat" else "email",
            W.CASE_OPENED,
            lang,
            case,
        )
        c.truth.update(
            bad_day_at=iso(t),
            bad_day_event_id=e,
            bad_day_language=lang,
            booking=case,
            trouble_starts_at=iso(t),
        )
        if ch != "chat":
            f.reply(
                c, morning(t + timedelta(hours=r.uniform(1, 4))), "email", W.GOOD_NEWS, lang, case
            )
        if ch == "email":
            a = f.add(
                c,
                morning(t + timedelta(hours=r.uniform(18, 24))),
                "chat",
                "chat",
                f.fill(W.APOLOGY, lang),
            )
            c.truth.update(apologised=True, apology_event_id=a)
    for _ in range(2):
        c, lp = who("resolved_between_contacts", "fixed", [], SILENCE)
        f.happy_days(c, 2, [0, 1, 2], 8, 20, lang=lp[0])
        p = fixed_case(f, c, f.at(r.randint(3, 6), 8, 19), lp[0], lp[1])
        c.truth.update(problems=[p], trouble_starts_at=p["raised_at"], confirm_language=lp[1])
    return f


ACCOUNTS = [
    ("at_risk", "de", "DE", "facilities", "portal", 4),
    ("at_risk", "de", "AT", "school", "invoice", 3),
    ("at_risk", "es", "ES", "events", "overbilled", 4),
    ("at_risk", "es", "ES", "scouts", "service_blocked", 3),
    ("at_risk", "fr", "FR", "municipality", "invoice", 3),
    ("one_unhappy", "de", "DE", "hotel", "overbilled", 1),
    ("one_unhappy", "es", "ES", "university", "portal", 1),
    ("one_unhappy", "pt", "PT", "festival", "invoice", 1),
    ("one_unhappy", "it", "IT", "school", "service_blocked", 1),
    ("mild", "de", "CH", "outdoor education", "", 0),
    ("mild", "es", "ES", "youth club", "", 0),
    ("mild", "en", "UK", "events", "", 0),
    ("happy", "de", "DE", "scouts", "", 0),
    ("happy", "pt", "PT", "campsite", "", 0),
    ("happy", "en", "IE", "school", "", 0),
]
COMPANIES = (
    "Waldläufer Events GmbH",
    "Bergschule Tirol",
    "Eventos Sierra",
    "Scouts Mediterraneo",
    "Ville de Vercors",
    "Hotel Seeblick",
    "Universidad Atlantica",
    "Festival Ria",
    "Scuola Dolomiti",
    "Alpenpfad Bildung",
    "Club Joven Norte",
    "Fieldcraft Events",
    "Pfadfinder Nord",
    "Parque Serra",
    "Wicklow Outdoor School",
)
ROLES = ("Office manager", "Teacher", "Event lead", "Procurement", "Facilities lead", "Accounts")


def b2b_accounts() -> Fam:
    f = Fam("b2b_accounts", "BB", 7, datetime(2026, 10, 12, tzinfo=UTC), 14, "business accounts")
    r = f.rng
    for (kind, lang, market, site, problem, unhappy), company in zip(
        ACCOUNTS, COMPANIES, strict=True
    ):
        acc = unique(lambda m=market: f"ZVP-{m}-{r.randrange(1000, 10000)}")
        n = {
            "at_risk": r.randint(4, 6),
            "one_unhappy": 3,
            "mild": r.randint(3, 4),
            "happy": r.randint(3, 4),
        }[kind]
        custs: list[Cust] = []
        firsts = r.sample(W.FIRST[lang], n)
        for i in range(n):
            role = (
                "complainer"
                if i < unhappy
                else "suggests"
                if kind == "mild" and i < 2
                else "contact"
            )
            if kind == "at_risk" and i < unhappy:
                last = i == unhappy - 1
                persona, exp = "b2b_unhappy", (["repeat_contact"] if last else ["detractor"])
                tol = B2B_RISK_TOL
            elif kind == "one_unhappy" and i == 0:
                persona, exp, tol = "b2b_one_unhappy", ["detractor"], B2B_ONE_TOL
            elif role == "suggests":
                persona, exp, tol = "b2b_mild", [], SILENCE
            else:
                persona, exp, tol = "b2b_happy", [], []
            c = f.person(
                persona,
                role,
                lang,
                exp,
                tol,
                market=market,
                account=acc,
                company=company.split()[0],
            )
            c.first = firsts[i]
            c.truth["name"] = f"{c.first} {c.last}"
            job = r.choice(ROLES)
            c.truth.update(company=company, role=role, job_title=job, job=job)
            custs.append(c)
        keys = [c.key for c in custs]
        unhappy_keys = keys[:unhappy]
        acc_truth: dict[str, Any] = {
            "company": company,
            "site": site,
            "contacts": n,
            "contact_keys": keys,
            "unhappy_contacts": unhappy,
            "unhappy_contact_keys": unhappy_keys,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        for c in custs:
            if c.truth["role"] == "contact":
                for d in sorted(r.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], r.randint(2, 5))):
                    t = f.at(d, 8, 16.5)
                    k = r.choice(("chat", "buy", "view", "praise", "survey"))
                    if k == "praise":
                        f.add(c, t, "community", "post", f.fill(W.B2B_PRAISE, lang))
                    elif k == "survey":
                        f.survey(c, t)
                    else:
                        f.happy(c, t, kinds=(k,))
            else:
                for _ in range(r.randint(0, 2)):
                    f.happy(c, f.at(r.randint(0, 1), 8, 16.5), kinds=("chat", "buy", "view"))
        if kind == "at_risk":
            case = f.case()
            t = f.at(2, 8, 12)
            acc_truth["trouble_starts_at"] = iso(t)
            first = custs[0]
            for i, c in enumerate(custs[:unhappy]):
                p = f.fill(W.B2B_PROBLEM[problem], lang)
                if i == 0:
                    e = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        p,
                        subject=W.COMPLAINT_SUBJECT[lang].replace("{t}", site),
                    )
                    f.reply(
                        c,
                        t + timedelta(minutes=r.randint(20, 60)),
                        "email",
                        W.CASE_OPENED,
                        lang,
                        case,
                    )
                else:
                    t = t + timedelta(hours=r.uniform(8, 28))
                    while t.weekday() >= 5 or not 8 <= t.hour < 17:
                        t = (
                            (t + timedelta(days=1)).replace(hour=8, minute=r.randrange(60))
                            if t.hour >= 17 or t.weekday() >= 5
                            else t.replace(hour=8, minute=r.randrange(60))
                        )
                    text = f.fill(
                        W.B2B_FOLLOW, lang, who=first.first, day=W.WEEKDAY[lang][2], case=case, p=p
                    )
                    e = f.contact(c, t, "email", text, lang, case)
                c.truth.update(
                    problem=problem, booking=case, complaint_event_ids=[e], trouble_starts_at=iso(t)
                )
                if i < unhappy - 1:
                    s = f.survey(c, t + timedelta(hours=r.uniform(1, 3)), low=True, kind="nps")
                    c.truth.update(nps_given=True, survey_event_id=s)
                else:
                    tl = t + timedelta(hours=r.uniform(18, 40))
                    while tl.weekday() >= 5 or not 8 <= tl.hour < 17:
                        tl = (
                            (tl + timedelta(days=1)).replace(hour=9)
                            if tl.hour >= 17 or tl.weekday() >= 5
                            else tl.replace(hour=9)
                        )
                    comp = r.choice(W.COMPETITORS)
                    if r.random() < 0.25:
                        e2 = f.contact(
                            c,
                            tl,
                            "email",
                            f.fill(W.B2B_LAST_MAIL, lang, case=case, comp=comp),
                            lang,
                            case,
                        )
                        c.truth["competitor"] = comp
                    else:
                        e2 = f.add(c, tl, "phone", "call", f.fill(W.B2B_LAST_CALL, lang, case=case))
                    c.truth["complaint_event_ids"].append(e2)
        elif kind == "one_unhappy":
            c = custs[0]
            case = f.case()
            t = f.at(r.randint(3, 4), 8, 16)
            e = f.add(
                c,
                t,
                "email",
                "message",
                f.fill(W.B2B_PROBLEM[problem], lang),
                subject=W.COMPLAINT_SUBJECT[lang].replace("{t}", site),
            )
            f.reply(c, t + timedelta(minutes=r.randint(20, 60)), "email", W.CASE_OPENED, lang, case)
            s = f.survey(c, t + timedelta(hours=r.uniform(1, 3)), low=True, kind="nps")
            c.truth.update(
                problem=problem,
                booking=case,
                complaint_event_ids=[e],
                survey_event_id=s,
                trouble_starts_at=iso(t),
            )
        elif kind == "mild":
            for c in custs[:2]:
                t = f.at(r.choice((2, 3, 4, 7, 8)), 8, 16)
                e = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    f.fill(W.B2B_SUGGEST, lang),
                    attrs={"page": "/portal/feedback"},
                )
                f.add(
                    c,
                    t + timedelta(minutes=r.randint(30, 90)),
                    "email",
                    "message",
                    f.fill(W.ACK, lang),
                    out=True,
                )
                c.truth.update(mild_event_id=e, trouble_starts_at=iso(t))
        f.accounts[acc] = acc_truth
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        datetime(2026, 11, 9, tzinfo=UTC),
        7,
        "a calm week and one planted incident",
    )
    r = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer", lang_of(r))
        for d in sorted(r.sample(range(6), r.randint(1, 4))):
            f.happy(c, f.at(d, 12, 19) if d == 3 else f.at(d, 7, 20))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", lang_of(r), [], SILENCE)
        t = f.at(0, 9, 17)
        g = f.add(c, t, "chat", "chat", f.fill(W.MILD, c.lang))
        f.add(c, t + timedelta(minutes=3), "chat", "chat", f.fill(W.ACK, c.lang), out=True)
        c.truth.update(grumble_event_id=g, trouble_starts_at=iso(t))
    for lang, h in (("es", 9.6), ("de", 16.1)):
        c = f.person("grumbles_once", "lone question", lang, [], SILENCE)
        t = f.start + timedelta(days=2, hours=h)
        g = f.add(c, t, "chat", "chat", f.fill(W.LONE_Q, lang))
        f.add(c, t + timedelta(minutes=4), "chat", "chat", f.fill(W.LONE_A, lang), out=True)
        c.truth.update(lone_report_event_id=g, trouble_starts_at=iso(t))
    s0 = f.start + timedelta(days=3, hours=17, minutes=20)
    langs = ["es"] * 6 + ["de"] * 6 + ["en", "en", "fr", "fr", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(langs)
    r.shuffle(chans)
    offs = sorted([0, 45] + [r.randint(1, 44) for _ in range(18)])
    early = [i for i in range(20) if offs[i] <= 25]
    repeaters = set(r.sample(early, 6))
    fixed = set(r.sample([i for i in range(20) if i not in repeaters], 6))
    keys, events, reps = [], [], []
    for i in range(20):
        regular = i < 12
        rep = i in repeaters
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular else "new",
            langs[i],
            ["repeat_contact"] if rep else [],
            ["silence", "sentiment_drop"] if rep else SILENCE,
        )
        if regular:
            f.happy(c, f.at(1, 8, 17.5))
        t = s0 + timedelta(minutes=offs[i], seconds=r.randrange(60))
        text = f.fill(W.SPIKE_REPORT, c.lang)
        ch = chans[i]
        if ch == "web":
            e = f.add(
                c, t, "web", "ticket", text, subject="AVL-738", attrs={"page": "/help/contact"}
            )
        elif ch == "email":
            e = f.add(c, t, "email", "message", text, subject="AVL-738")
        elif ch == "chat":
            e = f.add(c, t, "chat", "chat", text)
            f.add(
                c,
                t + timedelta(minutes=r.randint(1, 4)),
                "chat",
                "chat",
                f.fill(W.SPIKE_ANSWER, c.lang),
                out=True,
            )
        else:
            e = f.add(c, t, ch, "mention" if ch == "social" else "post", text)
        keys.append(c.key)
        events.append(e)
        c.truth.update(
            in_spike=True,
            regular=regular,
            spike_event_id=e,
            spike_channel=ch,
            trouble_starts_at=iso(t),
            agent_fixed=i in fixed,
        )
        if rep:
            ch2 = r.choice([x for x in ("email", "chat", "community") if x != ch])
            t2 = t + timedelta(minutes=r.randint(15, 50))
            e2 = f.add(
                c,
                t2,
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                f.fill(W.SPIKE_REPEAT, c.lang),
                subject="AVL-738" if ch2 == "email" else None,
            )
            reps.append(e2)
            c.truth["repeat_event_id"] = e2
        if i in fixed:
            f.add(
                c,
                s0 + timedelta(hours=2, minutes=r.randint(30, 40)),
                "email",
                "message",
                f.fill(W.SPIKE_FIXED, c.lang),
                subject="AVL-738",
                out=True,
            )
    f.spike = {
        "topic": "gear-hire booking calendar shows every date unavailable: no booking can be made, error AVL-738",
        "about": "booking calendar outage",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": events,
        "repeat_event_ids": reps,
    }
    return f


FAMILIES = (
    happy_writers,
    one_bad_day,
    repeat_contacts,
    slow_churners,
    quiet_hours,
    bilingual,
    b2b_accounts,
    topic_spike,
)


def main() -> None:
    total = [0, 0]
    for build in FAMILIES:
        fam = build()
        n, m = fam.write()
        total[0] += n
        total[1] += m
        print(f"{fam.name}: {n} customers, {m} touchpoints")
    print(f"total: {total[0]} customers, {total[1]} touchpoints")


if __name__ == "__main__":
    main()
