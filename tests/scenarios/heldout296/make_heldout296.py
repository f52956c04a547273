"""Write the heldout296 families (Invernia, greenhouse kits): python make_heldout296.py."""

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

SEED = 20260912
AGENTS = ("Rocío", "Dan", "Anke", "Maëlle", "Federica", "Joana")
CONSUMER_DOMAINS = {
    "ES": ("correo.example", "buzon.example"),
    "UK": ("postbox.example", "mailhub.example"),
    "IE": ("postbox.example", "eir-mail.example"),
    "DE": ("netzpost.example", "mailfix.example"),
    "AT": ("netzpost.example",),
    "CH": ("swissmail.example",),
    "FR": ("courriel.example",),
    "BE": ("courriel.example",),
    "IT": ("posta.example",),
    "PT": ("correio.example",),
}
PHONE = {
    "ES": ("+34", "6", 8),
    "UK": ("+44", "7", 9),
    "IE": ("+353", "8", 8),
    "DE": ("+49", "15", 9),
    "AT": ("+43", "66", 8),
    "CH": ("+41", "7", 8),
    "FR": ("+33", "6", 8),
    "BE": ("+32", "4", 8),
    "IT": ("+39", "3", 9),
    "PT": ("+351", "9", 8),
}
CURRENCY = {"UK": ("GBP", 0.86), "CH": ("CHF", 0.94)}
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
LEAVER_TOL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
B2B_RISK_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def speech(text: str) -> str:
    out = []
    for word in text.split():
        if any(ch.isdigit() for ch in word):
            out.append(word.strip(".,!?¿¡"))
        else:
            w = "".join(ch for ch in word if ch not in ".,!?¿¡:;()\"'👏🙂")
            if w:
                out.append(w.lower())
    return " ".join(out)


def fixed_case(
    problem: str,
    case: str,
    t: datetime,
    tf: datetime,
    tc: datetime,
    eid: str,
    ceid: str,
    ch: str,
    cch: str,
) -> dict[str, Any]:
    """A fixed case as the truth records it."""
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(tf),
        "confirmed_at": iso(tc),
        "problem_event_ids": [eid],
        "confirm_event_id": ceid,
        "channel": ch,
        "confirm_channel": cch,
    }


def office(t: datetime, hour: int, lo: int, hi: int, rng: random.Random) -> datetime:
    """Moved into office hours (08-17 UTC, weekdays): the next working morning."""
    if t.hour >= 17 or t.hour < 8:
        t = (t + timedelta(days=1 if t.hour >= 17 else 0)).replace(
            hour=hour, minute=rng.randint(lo, hi)
        )
    if t.weekday() >= 5:
        t += timedelta(days=7 - t.weekday())
    return t


def strip_accents(text: str) -> str:
    text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    keep = {"ß", "ñ"}
    return "".join(
        ch
        if ch in keep
        else unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode() or ch
        for ch in text
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
    truth: dict[str, Any]
    second: str | None = None


@dataclass
class Row:
    t: datetime
    seq: int
    cust: Cust
    channel: str
    kind: str
    out: bool
    text: str | None
    subject: str | None
    scores: dict[str, int]
    attrs: dict[str, str]
    eid: str


@dataclass
class Fam:
    name: str
    code: str
    n: int
    start: datetime
    days: int
    about: str
    rng: random.Random = field(init=False)
    rr: random.Random = field(init=False)
    rows: list[Row] = field(default_factory=list)
    customers: dict[str, dict[str, Any]] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rr = random.Random(SEED * 100 + 50 + self.n)

    def at(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def unique(self, make: Any) -> str:
        while True:
            value = str(make())
            if value not in self.used and value not in USED:
                USED.add(value)
                return value

    def case(self) -> str:
        return self.unique(lambda: f"IV-{self.rng.randint(100000, 999999)}")

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        market: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        account: str | None = None,
        domain: str | None = None,
        **extra: Any,
    ) -> Cust:
        rng = self.rng
        lang = lang or rng.choices(W.LANGS, W.WEIGHTS)[0]
        market = market or rng.choice(W.MARKETS[lang])
        first = rng.choice(W.FIRST[lang])
        last = rng.choice(W.LAST[lang])
        key = self.unique(lambda: f"IV{self.code}{rng.randint(1000, 9999)}")
        plain = strip_accents(f"{first}.{last}".lower()).replace(" ", "")
        dom = domain or rng.choice(CONSUMER_DOMAINS[market])
        email = self.unique(lambda: f"{plain}{rng.randint(1, 99)}@{dom}")
        cc, pre, length = PHONE[market]
        phone = self.unique(
            lambda: cc + pre + "".join(str(rng.randint(0, 9)) for _ in range(length - len(pre) + 1))
        )
        handle = None
        if account is None:
            style = rng.randint(0, 2)
            base = strip_accents(last.lower() if style else first.lower())
            other = strip_accents(first.lower() if style else last.lower())
            handle = self.unique(
                lambda: (
                    f"@{base}_{other}{rng.randint(1, 99)}"
                    if style != 2
                    else f"@{base}{other[0]}{rng.randint(1, 9)}"
                )
            )
        truth: dict[str, Any] = {
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
            "name": f"{first} {last}",
        }
        truth.update(extra)
        self.customers[key] = truth
        return Cust(key, lang, market, first, email, phone, handle, account, truth)

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
        eid = f"iv296-{self.code.lower()}-{len(self.rows) + 1:05d}"
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(AGENTS)
        a.update(attrs or {})
        if text and not out and channel not in ("phone", "survey"):
            text = self.roughen(text)
        if text and channel == "social" and not out and not c.account:
            i = text.rfind("Invernia")
            text = text[:i] + "@" + text[i:] if i >= 0 else "@Invernia " + text
        self.rows.append(
            Row(t, len(self.rows), c, channel, kind, out, text, subject, scores or {}, a, eid)
        )
        return eid

    def roughen(self, text: str) -> str:
        r = self.rr
        if r.random() < 0.1:
            text = strip_accents(text)
        if r.random() < 0.125 and text[:1].isalpha():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = text.split(" ")
            idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
            if idx:
                i = r.choice(idx)
                w = words[i]
                j = r.randint(1, len(w) - 3)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    # ------------------------------------------------------------ acts --
    def reply(
        self, c: Cust, t: datetime, channel: str, kind: str, text: str, subject: str | None = None
    ) -> str:
        return self.add(c, t, channel, kind, text, subject, out=True)

    def case_mail(self, c: Cust, t: datetime, table: dict[str, str], lg: str, case: str) -> str:
        """An agent's e-mail about a case, the reference in its subject."""
        return self.reply(
            c,
            t,
            "email",
            "message",
            table[lg].format(name=c.name, case=case),
            W.CASE_SUBJECT[lg].format(case=case),
        )

    def morning(self, t: datetime) -> datetime:
        if t.hour >= 21:
            return (t + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 59))
        if t.hour < 7:
            return t.replace(hour=8, minute=self.rng.randint(0, 59))
        return t

    def happy_act(
        self, c: Cust, t: datetime, kinds: str = "pqcmbvrs", lang: str | None = None
    ) -> None:
        rng = self.rng
        lg = lang or c.lang
        kind = rng.choice(kinds)
        if kind == "p":
            if rng.random() < 0.5 and not c.account:
                self.add(c, t, "social", "mention", rng.choice(W.PRAISE[lg]))
            else:
                self.add(c, t, "community", "post", rng.choice(W.PRAISE[lg] + W.GRIPE_PRAISE[lg]))
        elif kind == "q":
            self.add(c, t, "chat", "chat", rng.choice(W.QUESTION[lg]))
            t2 = t + timedelta(minutes=rng.randint(1, 6))
            self.reply(c, t2, "chat", "chat", W.ANSWER[lg])
            if rng.random() < 0.6:
                self.add(
                    c,
                    t2 + timedelta(minutes=rng.randint(1, 4)),
                    "chat",
                    "chat",
                    rng.choice(W.THANKS[lg]),
                )
        elif kind == "m":
            self.add(c, t, "email", "message", rng.choice(W.QUESTION[lg]), "Invernia Plus")
            self.reply(
                c,
                self.morning(t + timedelta(minutes=rng.randint(30, 120))),
                "email",
                "message",
                W.ANSWER[lg],
                "Re: Invernia Plus",
            )
        elif kind == "c":
            self.add(c, t, "phone", "call", W.PHONE_Q[lg])
            self.reply(
                c,
                t + timedelta(minutes=rng.randint(10, 40)),
                "email",
                "message",
                W.PHONE_FOLLOW[lg],
                "Invernia",
            )
        elif kind == "b":
            product, price = rng.choice(W.PRODUCTS)
            page = rng.choice(W.PAGES[:2] + W.PAGES[3:4])
            self.add(c, t, "web", "page_view", attrs={"page": page})
            cur, factor = CURRENCY.get(c.market, ("EUR", 1.0))
            self.add(
                c,
                t + timedelta(minutes=rng.randint(3, 25)),
                "web",
                "purchase",
                attrs={
                    "order_value": f"{price * factor:.2f}",
                    "currency": cur,
                    "product": product,
                    "page": "/checkout",
                },
            )
        elif kind == "v":
            self.add(c, t, "web", "page_view", attrs={"page": rng.choice(W.PAGES)})
        elif kind == "r":
            self.add(
                c,
                t,
                "web",
                "review",
                rng.choice(W.PRAISE[lg]),
                attrs={"rating": "5", "page": "/reviews"},
            )
        else:
            self.survey(c, t, lg)

    def survey(self, c: Cust, t: datetime, lg: str) -> None:
        rng = self.rng
        which = rng.choice(("nps", "csat", "ces"))
        value = {"nps": rng.randint(9, 10), "csat": rng.randint(4, 5), "ces": rng.randint(6, 7)}[
            which
        ]
        self.add(
            c,
            t,
            "survey",
            "survey_response",
            rng.choice(W.SURVEY_WORD[lg]) or None,
            scores={which: value},
            attrs={"survey": which},
        )

    def low_score(self, c: Cust, t: datetime, which: str) -> str:
        rng = self.rng
        value = rng.randint(1, 5) if which == "nps" else rng.randint(1, 2)
        eid = self.add(
            c,
            t,
            "survey",
            "survey_response",
            rng.choice(W.LOW_WORD[c.lang]) or None,
            scores={which: value},
            attrs={"survey": which},
        )
        c.truth.update({f"{which}_given": True, which: value, "survey_event_id": eid})
        if which == "nps":
            c.truth["expected_rules"] = sorted({*c.truth["expected_rules"], "detractor"})
        return eid

    def day_acts(
        self, c: Cust, days: list[int], lo: float = 7, hi: float = 19, kinds: str = "pqcmbvrs"
    ) -> None:
        for d in days:
            self.happy_act(c, self.at(d, self.rng.uniform(lo, hi)), kinds)

    def pick_days(self, k: int, lo: int, hi: int, avoid: set[int] | None = None) -> list[int]:
        pool = [d for d in range(lo, hi + 1) if d not in (avoid or set())]
        return sorted(self.rng.sample(pool, min(k, len(pool))))

    def problem_text(self, c: Cust, problem: str, lang: str | None = None) -> str:
        return self.rng.choice(W.PROBLEM_TEXT[problem][lang or c.lang])

    def complain(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        problem: str,
        lang: str | None = None,
        long: bool = False,
    ) -> tuple[str, str | None, datetime]:
        """One complaint; returns its event id, the case reference (None on social) and the reply time."""
        rng = self.rng
        lg = lang or c.lang
        text = self.problem_text(c, problem, lg)
        subj = W.PROBLEM_SUBJECT[lg] + W.PROBLEM_LABEL[problem]
        if long:
            text = f"{rng.choice(W.LONG_OPEN[lg])}\n\n{text}.\n\n{W.LONG_CLOSE[lg]}\n\n{c.name}"
        case: str | None = self.case()
        if channel == "email":
            eid = self.add(c, t, "email", "message", text, subj)
        elif channel == "chat":
            eid = self.add(c, t, "chat", "chat", text)
        elif channel == "social":
            eid = self.add(c, t, "social", "mention", text)
            return eid, None, t
        elif channel == "web":
            eid = self.add(c, t, "web", "ticket", text, subj, attrs={"page": "/help/contact"})
        else:
            eid = self.add(c, t, "phone", "call", speech(text))
        assert case is not None
        if channel == "chat":
            t2 = t + timedelta(minutes=rng.randint(1, 5))
            self.reply(c, t2, "chat", "chat", W.CASE_OPENED[lg].format(name=c.name, case=case))
        else:
            t2 = t + timedelta(minutes=rng.randint(10, 40))
            self.case_mail(c, t2, W.CASE_OPENED, lg, case)
        return eid, case, t2

    def fix_and_confirm(
        self, c: Cust, case: str, t: datetime, lg: str, early: float = 3, late: float = 20
    ) -> tuple[datetime, str, datetime, str]:
        rng = self.rng
        tf = self.morning(t + timedelta(hours=rng.uniform(early, late)))
        self.case_mail(c, tf, W.GOOD_NEWS, lg, case)
        tc = self.morning(tf + timedelta(hours=rng.uniform(8, 30)))
        ch = rng.choice(("email", "chat"))
        text = rng.choice(W.CONFIRM[lg]).format(case=case)
        if ch == "email":
            eid = self.add(c, tc, "email", "message", text, W.CASE_SUBJECT[lg].format(case=case))
        else:
            eid = self.add(c, tc, "chat", "chat", text)
        return tf, eid, tc, ch

    # ----------------------------------------------------------- write --
    def write(self, expected: dict[str, int]) -> None:
        rows = sorted(self.rows, key=lambda r: (r.t, r.seq))
        end = max(self.start + timedelta(days=self.days), rows[-1].t + timedelta(hours=1))
        assert rows[0].t >= self.start and rows[-1].t < LIMIT and end < LIMIT, self.name
        got: dict[str, int] = {}
        for cust in self.customers.values():
            assert not set(cust["expected_rules"]) & set(cust["tolerated_rules"]), cust
            for rule in cust["expected_rules"]:
                got[rule] = got.get(rule, 0) + 1
        for acc in self.accounts.values():
            for rule in acc["expected_rules"]:
                got[rule] = got.get(rule, 0) + 1
        if self.spike:
            got["topic_spike"] = 1
        assert got == expected, (self.name, got, expected)
        seen: set[str] = set()
        lines = []
        for r in rows:
            c = r.cust
            ref: dict[str, str | None] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            if r.out or c.key not in seen:
                ref.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
            elif r.channel == "phone":
                ref["phone"] = (
                    c.phone
                    if self.rr.random() < 0.5
                    else c.phone.replace(PHONE[c.market][0], PHONE[c.market][0] + " ", 1)
                )
            elif r.channel in ("social", "community"):
                if c.handle:
                    ref["handle"] = c.handle if self.rr.random() < 0.8 else c.handle.lstrip("@")
                else:
                    ref["email"] = c.email
            elif r.channel == "email":
                ref["email"] = c.email.upper() if self.rr.random() < 1 / 12 else c.email
            else:
                ref["customer_id"] = c.key
            if not r.out:
                seen.add(c.key)
            src = {
                "email": "mail",
                "phone": "voice",
                "social": "social",
                "community": "forum",
                "chat": "chat",
                "web": "web",
                "survey": "survey",
            }[r.channel]
            scores = {
                "nps": r.scores.get("nps"),
                "csat": r.scores.get("csat"),
                "ces": r.scores.get("ces"),
            }
            obj = {
                "event_id": r.eid,
                "occurred_at": iso(r.t),
                "channel": r.channel,
                "kind": r.kind,
                "direction": "outbound" if r.out else "inbound",
                "customer": ref,
                "text": r.text,
                "subject": r.subject,
                "scores": scores,
                "source": f"invernia-{src}",
                "attributes": r.attrs,
            }
            lines.append(json.dumps(obj, ensure_ascii=False))
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Invernia: greenhouse and garden-room kits delivered and built, Invernia Plus care plan, Invernia Pro for firms on account",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "2026-12-07, blind",
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
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )


USED: set[str] = set()
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)


def d0(s: str) -> datetime:
    return datetime.fromisoformat(s + "T00:00:00+00:00")


def happy_writers() -> None:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        d0("2026-02-02"),
        10,
        "happy day and night writers and survey-only customers",
    )
    rng = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.day_acts(c, f.pick_days(rng.randint(5, 8), 0, 9))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in f.pick_days(rng.randint(2, 4), 0, 8):
            t = f.at(d, rng.uniform(22.2, 28.5))
            if rng.random() < 0.5:
                f.add(c, t, "social", "post", rng.choice(W.NIGHT_POST[c.lang]))
            else:
                f.add(c, t, "chat", "chat", W.NIGHT_Q[c.lang])
                t2 = t + timedelta(minutes=rng.randint(1, 6))
                f.reply(c, t2, "chat", "chat", W.ANSWER[c.lang])
                f.add(c, t2 + timedelta(minutes=2), "chat", "chat", rng.choice(W.THANKS[c.lang]))
        f.day_acts(c, f.pick_days(rng.randint(2, 3), 0, 9), 9, 18, "pbvr")
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in f.pick_days(rng.randint(3, 6), 0, 9):
            f.survey(c, f.at(d, rng.uniform(8, 20)), c.lang)
    f.write({})


def one_bad_day() -> None:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        d0("2026-03-09"),
        12,
        "happy customers with one bad day, some detractors, controls",
    )
    rng = f.rng
    channels = ["long", "email", "chat", "social", "web", "phone"]
    with_case: list[tuple[Cust, datetime, str]] = []
    for i in range(24):
        ch = channels[i // 4]
        lang = ("es", "en", "es", "en")[i % 4] if ch == "long" else None
        c = f.person("happy_one_bad_day", "one bad day", lang, tolerated=["silence"])
        problem = W.PROBLEMS[i % 6]
        day = rng.randint(2, 9)
        t = f.at(day, rng.uniform(8, 20))
        f.day_acts(
            c, f.pick_days(rng.randint(1, 5), 0, 11, set(range(day - 1, day + 3))), kinds="pqmbvr"
        )
        eid, case, _t2 = f.complain(
            c, t, "email" if ch == "long" else ch, problem, long=ch == "long"
        )
        c.truth.update(
            problem=problem,
            channel=ch,
            booking=case,
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            long_email=ch == "long",
            trouble_starts_at=iso(t),
        )
        if case:
            with_case.append((c, t, case))
    order = rng.sample(range(20), 20)
    for j in order[:6]:
        c, t, _ = with_case[j]
        c.truth["persona"] = "bad_day_detractor"
        f.low_score(c, t + timedelta(minutes=rng.randint(100, 140)), "nps")
    for j in order[6:11]:
        c, t, _ = with_case[j]
        f.low_score(c, t + timedelta(minutes=rng.randint(40, 80)), "csat")
    good = rng.sample(range(20), 12)
    for k, j in enumerate(good):
        c, t, case = with_case[j]
        tf = f.morning(t + timedelta(hours=rng.uniform(1, 4)))
        f.case_mail(c, tf, W.GOOD_NEWS, c.lang, case)
        c.truth["agent_fixed"] = True
        if k < 5:
            ta = f.morning(t + timedelta(hours=rng.uniform(16, 24)))
            text = rng.choice(W.APOLOGY[c.lang])
            eid = (
                f.add(c, ta, "chat", "chat", text)
                if rng.random() < 0.5
                else f.add(
                    c, ta, "email", "message", text, W.CASE_SUBJECT[c.lang].format(case=case)
                )
            )
            c.truth.update(apologised=True, apology_at=iso(ta), apology_event_id=eid)
    for _ in range(8):
        c = f.person("happy", "control")
        f.day_acts(c, f.pick_days(rng.randint(4, 7), 0, 11))
    f.write({"detractor": 6})


def later_channels(f: Fam, first: str, n: int) -> list[str]:
    pool = [ch for ch in ("email", "chat", "phone", "web", "social") if ch != first]
    return f.rng.sample(pool, n)


def repeat_run(
    f: Fam, c: Cust, t: datetime, first: str, times: int, escalate: bool, lang_of: Any = None
) -> None:
    rng = f.rng
    lg0 = lang_of(0) if lang_of else c.lang
    problem = rng.choice(W.PROBLEMS)
    eid, case, _t2 = f.complain(c, t, first, problem, lg0)
    assert case is not None
    if escalate:
        f.case_mail(c, t + timedelta(hours=rng.uniform(1.5, 2.5)), W.ESCALATED, lg0, case)
    ids = [eid]
    chans = [first]
    comp = None
    tk = t
    for k, ch in enumerate(later_channels(f, first, times - 1), start=2):
        lg = lang_of(k - 1) if lang_of else c.lang
        tk = f.morning(tk + timedelta(hours=rng.uniform(4, 40)))
        text = rng.choice(W.STILL_OPEN[lg]).format(case=case)
        if k == 3:
            comp = rng.choice(W.COMPETITORS)
            text += W.THIRD[lg].format(comp=comp)
        if k == 4:
            text += W.FOURTH[lg]
        subj = (
            W.CASE_SUBJECT[lg].format(case=case).split(" ", 1)[1]
            if ch in ("email", "web")
            else None
        )
        if ch == "email":
            e = f.add(c, tk, "email", "message", text, subj)
        elif ch == "chat":
            e = f.add(c, tk, "chat", "chat", text)
            f.reply(
                c,
                tk + timedelta(minutes=rng.randint(1, 5)),
                "chat",
                "chat",
                W.URGENT[lg].format(case=case),
            )
        elif ch == "phone":
            e = f.add(c, tk, "phone", "call", speech(text))
        elif ch == "web":
            e = f.add(c, tk, "web", "ticket", text, subj, attrs={"page": "/help/contact"})
        else:
            e = f.add(c, tk, "social", "mention", text)
        ids.append(e)
        chans.append(ch)
    c.truth.update(
        problem=problem,
        booking=case,
        contacts=times,
        channels=chans,
        agent_passed_on=escalate,
        problem_event_ids=ids,
        competitor=comp,
        trouble_starts_at=iso(t),
    )


def repeat_contacts() -> None:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        d0("2026-04-13"),
        10,
        "repeat contacts, fixed problems, two problems, frequent writers",
    )
    rng = f.rng
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    rng.shuffle(firsts)
    times = [2, 3, 4] * 4
    rng.shuffle(times)
    esc = set(rng.sample(range(12), 6))
    for i in range(12):
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=REPEAT_TOL)
        for _ in range(rng.randint(1, 3)):
            f.happy_act(c, f.at(0, rng.uniform(7, 12)), "pbvr")
        repeat_run(f, c, f.at(rng.randint(1, 4), rng.uniform(8, 19)), firsts[i], times[i], i in esc)
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=["silence"])
        problem = rng.choice(W.PROBLEMS)
        t = f.at(rng.randint(1, 5), rng.uniform(8, 19))
        ch = rng.choice(("email", "web", "chat"))
        eid, case, _ = f.complain(c, t, ch, problem)
        assert case is not None
        tf, ceid, tc, cch = f.fix_and_confirm(c, case, t, c.lang)
        c.truth.update(
            problem=problem,
            booking=case,
            problem_event_ids=[eid],
            trouble_starts_at=iso(t),
            problems=[fixed_case(problem, case, t, tf, tc, eid, ceid, ch, cch)],
        )
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=["silence"])
        probs = rng.sample(W.PROBLEMS, 2)
        day = rng.randint(0, 1)
        cases = []
        for k, problem in enumerate(probs):
            t = f.at(day + k * rng.randint(4, 5), rng.uniform(8, 18))
            ch = rng.choice(("email", "web", "chat"))
            eid, case, _ = f.complain(c, t, ch, problem)
            assert case is not None
            tf, ceid, tc, cch = f.fix_and_confirm(c, case, t, c.lang, 3, 12)
            cases.append(fixed_case(problem, case, t, tf, tc, eid, ceid, ch, cch))
        c.truth.update(problems=cases, trouble_starts_at=cases[0]["raised_at"])
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.day_acts(c, f.pick_days(rng.randint(5, 8), 0, 9), kinds="qqmmcp")
    f.write({"repeat_contact": 12})


def slide(f: Fam, c: Cust, first_day: int, span: int, lang_of: Any = None) -> list[str]:
    rng = f.rng
    comp = rng.choice(W.COMPETITORS)
    ids = []
    t = f.at(first_day, rng.uniform(8, 12))
    offsets = sorted(rng.uniform(0, span) for _ in range(4))
    times = [t] + [t + timedelta(days=o) for o in offsets] + [t + timedelta(days=span)]
    last = t - timedelta(hours=2)
    for k in range(6):
        tk = f.morning(max(times[k], last + timedelta(hours=1)))
        tk = tk.replace(hour=min(max(tk.hour, 8), 20))
        if tk <= last:
            tk = last + timedelta(hours=1, minutes=rng.randint(0, 30))
        last = tk
        lg = lang_of(k) if lang_of else c.lang
        text = W.SLIDE[lg][k].format(comp=comp)
        where = rng.choice(("social", "community", "review"))
        if where == "social":
            ids.append(f.add(c, tk, "social", "mention", text))
        elif where == "community":
            ids.append(f.add(c, tk, "community", "post", text))
        else:
            ids.append(
                f.add(
                    c, tk, "web", "review", text, attrs={"rating": "332211"[k], "page": "/reviews"}
                )
            )
        if k == 3:
            c.truth["_fourth"] = tk
    c.truth.update(
        slide_event_ids=ids, slide_days=span, competitor=comp, trouble_starts_at=iso(times[0])
    )
    return ids


def slow_churners() -> None:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        d0("2026-05-04"),
        32,
        "sliders, leavers, steady, grumpy, sarcastic",
    )
    rng = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    nps = set(rng.sample(range(10), 5))
    for i in range(10):
        c = f.person("slow_churner", "slides", expected=["sentiment_drop"], tolerated=SLIDER_TOL)
        days = f.pick_days(rng.randint(4, 5), 0, 10)
        for d in days:
            f.happy_act(c, f.at(d, rng.uniform(8, 20)), "p")
        f.day_acts(c, f.pick_days(rng.randint(2, 4), 0, 10), kinds="qbvm")
        slide(f, c, rng.randint(12, 16), spans[i])
        fourth = c.truth.pop("_fourth")
        if i in nps:
            f.low_score(c, f.morning(fourth + timedelta(hours=rng.uniform(2.5, 3.5))), "nps")
    for _ in range(5):
        c = f.person(
            "slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=LEAVER_TOL
        )
        f.day_acts(c, f.pick_days(rng.randint(4, 6), 0, 15))
        t = f.at(rng.randint(17, 23), rng.uniform(8, 19))
        eid = f.add(c, t, "email", "message", W.CANCEL[c.lang], "Invernia Plus")
        f.reply(
            c,
            f.morning(t + timedelta(hours=rng.uniform(1, 5))),
            "email",
            "message",
            W.SORRY_GO[c.lang].format(name=c.name),
            "Re: Invernia Plus",
        )
        tc = f.morning(t + timedelta(hours=rng.uniform(20, 30)))
        cid = f.add(
            c,
            tc,
            "web",
            "cancellation",
            attrs={"page": "/account/cancel", "product": "Invernia Plus"},
        )
        c.truth.update(
            churn_intent_event_id=eid,
            cancellation_event_id=cid,
            churn_at=iso(tc),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.day_acts(c, f.pick_days(rng.randint(6, 10), 0, 30))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        d = rng.randint(0, 4)
        ids = []
        first_t = ""
        for _k in range(rng.randint(5, 7)):
            t = f.at(d, rng.uniform(8, 20))
            first_t = first_t or iso(t)
            text = rng.choice(W.GRUMBLE[c.lang])
            where = rng.choice(("social", "community", "web", "review"))
            if where == "social":
                ids.append(f.add(c, t, "social", "mention", text))
            elif where == "community":
                ids.append(f.add(c, t, "community", "post", text))
            elif where == "web":
                ids.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
            else:
                ids.append(
                    f.add(c, t, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            d += rng.randint(1, 3)
        f.day_acts(c, f.pick_days(rng.randint(0, 2), 0, 20), kinds="b")
        c.truth.update(grumble_event_ids=ids, trouble_starts_at=first_t)
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        f.day_acts(c, f.pick_days(rng.randint(3, 6), 0, 16))
        eid = f.add(
            c, f.at(rng.randint(17, 28), rng.uniform(9, 20)), "social", "mention", W.SARCASM[c.lang]
        )
        c.truth["sarcasm_event_id"] = eid
    f.write({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})


def quiet_hours() -> None:
    f = Fam("quiet_hours", "QH", 5, d0("2026-06-05"), 3, "a calm weekend with night-owl bursts")
    rng = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.day_acts(c, f.pick_days(rng.randint(1, 3), 0, 2), 7, 17.5)
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.at(rng.randint(0, 2), rng.uniform(9, 16))
        f.add(c, t, "web", "page_view", attrs={"page": "/accessories"})
        t2 = t + timedelta(minutes=rng.randint(20, 30))
        if i < 2:
            eid = f.add(c, t2, "chat", "chat", W.MILD[c.lang])
            f.reply(
                c, t2 + timedelta(minutes=rng.randint(1, 5)), "chat", "chat", W.FORM_ACK[c.lang]
            )
        else:
            eid = f.add(c, t2, "web", "ticket", W.MILD[c.lang], attrs={"page": "/help/contact"})
            f.reply(
                c,
                t2 + timedelta(minutes=rng.randint(10, 40)),
                "email",
                "message",
                W.FORM_ACK[c.lang],
                "Invernia",
            )
        c.truth.update(grumble_event_id=eid, trouble_starts_at=iso(t2))
    for night in range(3):
        b1 = f.at(night + 1, rng.uniform(40, 65) / 60)
        bursts = [
            b1,
            b1 + timedelta(minutes=rng.randint(28, 33)),
            b1 + timedelta(minutes=rng.randint(55, 65)),
        ]
        for m, b in enumerate(bursts, start=1):
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {m}")
                t = b + timedelta(minutes=rng.uniform(0, 10))
                if rng.random() < 0.5:
                    eid = f.add(c, t, "social", "post", rng.choice(W.NIGHT_POST[c.lang]))
                else:
                    eid = f.add(c, t, "chat", "chat", W.NIGHT_Q[c.lang])
                    f.reply(
                        c,
                        t + timedelta(minutes=rng.randint(1, 4)),
                        "chat",
                        "chat",
                        W.ANSWER[c.lang],
                    )
                    f.add(
                        c,
                        t + timedelta(minutes=rng.randint(5, 8)),
                        "chat",
                        "chat",
                        rng.choice(W.THANKS[c.lang]),
                    )
                c.truth.update(burst_at=iso(b), night_event_id=eid)
                if rng.random() < 0.5:
                    f.happy_act(c, f.at(rng.randint(0, 2), rng.uniform(9, 17.5)), "pbvr")
    f.write({})


PAIRS = (
    [("es", "en")] * 5
    + [("en", "es")] * 5
    + [
        ("es", "de"),
        ("en", "fr"),
        ("fr", "es"),
        ("it", "en"),
        ("pt", "es"),
        ("de", "en"),
        ("es", "it"),
        ("en", "pt"),
    ]
)


def bilingual() -> None:
    f = Fam("bilingual", "BL", 6, d0("2026-07-06"), 14, "customers who write in two languages")
    rng = f.rng

    def bi(persona: str, habit: str, **kw: Any) -> Cust:
        a, b = rng.choice(PAIRS)
        market = rng.choice(W.MARKETS[a] + W.MARKETS[b])
        c = f.person(
            persona,
            habit,
            a,
            market,
            languages=[a, b],
            job_second_language=rng.choice(
                ("partner's family", "work", "grew up there", "studied abroad")
            ),
            **kw,
        )
        c.second = b
        return c

    def alt(c: Cust) -> Any:
        return lambda k: c.lang if k % 2 == 0 else c.second

    for _ in range(12):
        c = bi("happy", "alternates languages")
        for k, d in enumerate(f.pick_days(rng.randint(5, 8), 0, 13)):
            f.happy_act(c, f.at(d, rng.uniform(8, 20)), "pqmbr", alt(c)(k))
    for i, times in enumerate((2, 2, 3, 3, 4)):
        c = bi("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=REPEAT_TOL)
        for _ in range(rng.randint(1, 3)):
            f.happy_act(c, f.at(rng.randint(0, 1), rng.uniform(8, 18)), "pbv")
        repeat_run(
            f,
            c,
            f.at(rng.randint(2, 5), rng.uniform(8, 18)),
            ("web", "email", "chat", "email", "web")[i],
            times,
            times >= 3,
            alt(c),
        )
    for _ in range(5):
        c = bi("slow_churner", "slides", expected=["sentiment_drop"], tolerated=SLIDER_TOL)
        for k, d in enumerate(f.pick_days(5, 0, 5)):
            f.happy_act(c, f.at(d, rng.uniform(8, 20)), "p", alt(c)(k))
        f.day_acts(c, f.pick_days(rng.randint(1, 3), 0, 5), kinds="bv")
        slide(f, c, rng.randint(7, 8), rng.randint(3, 5), alt(c))
        c.truth.pop("_fourth")
    for ch in ("long", "email", "chat"):
        c = bi("happy_one_bad_day", "one bad day", tolerated=["silence"])
        assert c.second is not None
        day = rng.randint(4, 9)
        f.day_acts(
            c, f.pick_days(rng.randint(2, 4), 0, 13, set(range(day - 1, day + 3))), kinds="pbr"
        )
        problem = rng.choice(W.PROBLEMS)
        t = f.at(day, rng.uniform(9, 18))
        eid, case, _ = f.complain(
            c, t, "email" if ch == "long" else ch, problem, c.second, long=ch == "long"
        )
        c.truth.update(
            problem=problem,
            booking=case,
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            bad_day_language=c.second,
            long_email=ch == "long",
            channel=ch,
            trouble_starts_at=iso(t),
        )
        if ch != "chat" and case:
            f.case_mail(
                c, f.morning(t + timedelta(hours=rng.uniform(1, 4))), W.GOOD_NEWS, c.second, case
            )
            c.truth["agent_fixed"] = True
        if ch == "email":
            ta = f.morning(t + timedelta(hours=rng.uniform(18, 24)))
            aid = f.add(c, ta, "chat", "chat", rng.choice(W.APOLOGY[c.second]))
            c.truth.update(apologised=True, apology_at=iso(ta), apology_event_id=aid)
    for _ in range(2):
        c = bi("resolved_between_contacts", "fixed", tolerated=["silence"])
        assert c.second is not None
        problem = rng.choice(W.PROBLEMS)
        t = f.at(rng.randint(2, 8), rng.uniform(9, 18))
        eid, case, _ = f.complain(c, t, "web", problem)
        assert case is not None
        tf, ceid, tc, cch = f.fix_and_confirm(c, case, t, c.second)
        c.truth.update(
            problem=problem,
            booking=case,
            confirm_language=c.second,
            trouble_starts_at=iso(t),
            problems=[fixed_case(problem, case, t, tf, tc, eid, ceid, "web", cch)],
        )
    f.write({"repeat_contact": 5, "sentiment_drop": 5})


COMPANIES = [
    ("Viveros del Jarama", "nursery", "es", "ES"),
    ("Greenfield Growers", "market garden", "en", "UK"),
    ("Colegio San Fermín", "school", "es", "ES"),
    ("Ayuntamiento de Tudela", "municipality", "es", "ES"),
    ("Riverside Academy", "school", "en", "UK"),
    ("Gärtnerei Lindenhof", "nursery", "de", "DE"),
    ("Horta do Vale", "market garden", "pt", "PT"),
    ("Serre Bellevue", "garden centre", "fr", "FR"),
    ("Vivai Colleverde", "nursery", "it", "IT"),
    ("Kildare Garden Centre", "garden centre", "en", "IE"),
    ("Huerta Los Almendros", "market garden", "es", "ES"),
    ("Hotel Finca Aurora", "hotel", "es", "ES"),
    ("Botanic Trust Leeds", "botanic garden", "en", "UK"),
    ("Stadtgärtnerei Graz", "municipality", "de", "AT"),
    ("Quinta das Camélias", "hotel", "pt", "PT"),
]
JOBS = (
    "Head grower",
    "Facilities manager",
    "Accounts payable",
    "Site supervisor",
    "Operations lead",
    "Office manager",
)


def b2b_accounts() -> None:
    f = Fam("b2b_accounts", "BB", 7, d0("2026-08-03"), 14, "company accounts of Invernia Pro")
    rng = f.rng
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    risk_problems = ["invoice", "service_blocked", "portal", "invoice", "overbilled"]
    n_det = 0
    for idx, (company, site, lang, market) in enumerate(COMPANIES):
        kind = kinds[idx]
        acc = f.unique(lambda m=market: f"IVP-{m}-{rng.randint(1000, 9999)}")
        domain = strip_accents(company.lower()).replace(" ", "-") + ".example"
        n = {
            "at_risk": rng.randint(4, 6),
            "one_unhappy": 3,
            "mild": rng.randint(3, 4),
            "happy": rng.randint(3, 4),
        }[kind]
        n_bad = {"at_risk": 3 if idx in (1, 2, 3) else 4, "one_unhappy": 1, "mild": 2, "happy": 0}[
            kind
        ]
        if kind == "at_risk" and n < n_bad + 1:
            n = n_bad + 1
        contacts: list[Cust] = []
        for k in range(n):
            job = rng.choice(JOBS)
            if k < n_bad and kind == "at_risk":
                c = f.person(
                    "b2b_unhappy",
                    "complainer",
                    lang,
                    market,
                    tolerated=B2B_RISK_TOL,
                    account=acc,
                    domain=domain,
                    company=company,
                    role="complainer",
                    job=job,
                    job_title=job,
                )
            elif k < n_bad and kind == "one_unhappy":
                c = f.person(
                    "b2b_one_unhappy",
                    "complainer",
                    lang,
                    market,
                    tolerated=["sentiment_drop", "high_value_at_risk", "silence"],
                    account=acc,
                    domain=domain,
                    company=company,
                    role="complainer",
                    job=job,
                    job_title=job,
                )
            elif k < n_bad:
                c = f.person(
                    "b2b_mild",
                    "suggests",
                    lang,
                    market,
                    tolerated=["silence"],
                    account=acc,
                    domain=domain,
                    company=company,
                    role="suggests",
                    job=job,
                    job_title=job,
                )
            else:
                c = f.person(
                    "b2b_happy",
                    "contact",
                    lang,
                    market,
                    account=acc,
                    domain=domain,
                    company=company,
                    role="contact",
                    job=job,
                    job_title=job,
                )
            contacts.append(c)
        for c in contacts:
            weekdays = [0, 1] if c.truth["role"] != "contact" else [0, 1, 2, 3, 4, 7, 8, 9, 10, 11]
            for d in f.pick_days(
                rng.randint(0, 2) if c.truth["role"] != "contact" else rng.randint(2, 5),
                0,
                11,
                {x for x in range(12) if x not in weekdays},
            ):
                t = f.at(d, rng.uniform(8, 16.5))
                act = rng.choice("qbvps") if c.truth["role"] == "contact" else rng.choice("qbv")
                if act == "q":
                    f.add(c, t, "chat", "chat", W.B2B_Q[lang])
                    f.reply(
                        c, t + timedelta(minutes=rng.randint(1, 6)), "chat", "chat", W.ANSWER[lang]
                    )
                    if rng.random() < 0.5:
                        f.add(
                            c, t + timedelta(minutes=8), "chat", "chat", rng.choice(W.THANKS[lang])
                        )
                elif act == "p":
                    f.add(c, t, "community", "post", W.B2B_PRAISE[lang])
                elif act == "s":
                    f.survey(c, t, lang)
                else:
                    f.happy_act(c, t, act)
        bad = contacts[:n_bad]
        acc_truth: dict[str, Any] = {
            "company": company,
            "site": site,
            "contacts": n,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": n_bad if kind in ("at_risk", "one_unhappy") else 0,
            "unhappy_contact_keys": [c.key for c in bad]
            if kind in ("at_risk", "one_unhappy")
            else [],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        if kind == "at_risk":
            problem = risk_problems[idx]
            case = f.case()
            t = f.at(2, rng.uniform(8.5, 12))
            acc_truth.update(same_problem=problem, trouble_starts_at=iso(t))
            for k, c in enumerate(bad):
                if k:
                    t = office(t + timedelta(hours=rng.uniform(8, 28)), 8, 5, 55, rng)
                    text = (
                        W.B2B_AGAIN[lang].format(
                            first=bad[0].name, day=W.WEEKDAY[lang][2], case=case
                        )
                        + W.B2B_TEXT[problem][lang]
                    )
                else:
                    text = W.B2B_TEXT[problem][lang]
                eid = f.add(c, t, "email", "message", text, W.PROBLEM_SUBJECT[lang] + company)
                if k == 0:
                    f.case_mail(
                        c, t + timedelta(minutes=rng.randint(20, 50)), W.CASE_OPENED, lang, case
                    )
                ids = [eid]
                if k < n_bad - 1:
                    f.low_score(c, t + timedelta(hours=rng.uniform(1, 3)), "nps")
                    n_det += 1
                else:
                    t2 = office(t + timedelta(hours=rng.uniform(18, 40)), 9, 0, 50, rng)
                    comp = rng.choice(W.COMPETITORS)
                    if idx == 0:
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "email",
                                "message",
                                W.B2B_LAST_MAIL[lang].format(case=case, comp=comp),
                                W.CASE_SUBJECT[lang].format(case=case).split(" ", 1)[1],
                            )
                        )
                        c.truth["competitor"] = comp
                    else:
                        ids.append(
                            f.add(c, t2, "phone", "call", W.B2B_LAST_CALL[lang].format(case=case))
                        )
                    c.truth["expected_rules"] = ["repeat_contact"]
                c.truth.update(
                    problem=problem, booking=case, complaint_event_ids=ids, trouble_starts_at=iso(t)
                )
        elif kind == "one_unhappy":
            c = bad[0]
            problem = rng.choice(W.B2B_PROBLEMS)
            case = f.case()
            t = f.at(rng.choice((3, 4, 7)), rng.uniform(9, 15))
            eid = f.add(
                c,
                t,
                "email",
                "message",
                W.B2B_TEXT[problem][lang],
                W.PROBLEM_SUBJECT[lang] + company,
            )
            f.case_mail(c, t + timedelta(minutes=rng.randint(20, 50)), W.CASE_OPENED, lang, case)
            f.low_score(c, t + timedelta(hours=rng.uniform(1, 3)), "nps")
            n_det += 1
            c.truth.update(
                problem=problem, booking=case, complaint_event_ids=[eid], trouble_starts_at=iso(t)
            )
        elif kind == "mild":
            for c in bad:
                t = f.at(rng.choice((2, 3, 4, 7, 8)), rng.uniform(9, 15.5))
                eid = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    W.B2B_SUGGEST[lang] if rng.random() < 0.5 else W.MILD[lang],
                    attrs={"page": "/pro/feedback"},
                )
                f.reply(
                    c,
                    t + timedelta(minutes=rng.randint(20, 60)),
                    "email",
                    "message",
                    W.FORM_ACK[lang],
                    "Invernia Pro",
                )
                c.truth.update(mild_event_id=eid, trouble_starts_at=iso(t))
        f.accounts[acc] = acc_truth
    f.write({"account_risk": 5, "detractor": n_det, "repeat_contact": 5})


def topic_spike() -> None:
    f = Fam("topic_spike", "TS", 8, d0("2026-09-07"), 7, "a calm week and a Saturday-morning spike")
    rng = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in f.pick_days(rng.randint(1, 4), 0, 5):
            f.happy_act(c, f.at(d, rng.uniform(12, 19) if d == 5 else rng.uniform(8, 19)), "pqmbvr")
    for lang in ("es", "en"):
        c = f.person("grumbles_once", "grumbles once", lang, tolerated=["silence"])
        t = f.at(0, rng.uniform(9, 16))
        eid = f.add(c, t, "chat", "chat", W.CALM_GRUMBLE[lang])
        f.reply(c, t + timedelta(minutes=3), "chat", "chat", W.FORM_ACK[lang])
        c.truth.update(grumble_event_id=eid, trouble_starts_at=iso(t))
    for lang, hour in (("es", 9 + 40 / 60), ("en", 16 + 5 / 60)):
        c = f.person("grumbles_once", "lone question", lang, tolerated=["silence"])
        t = f.at(4, hour)
        eid = f.add(c, t, "chat", "chat", W.LONE_Q[lang])
        f.reply(c, t + timedelta(minutes=4), "chat", "chat", W.LONE_A[lang])
        c.truth.update(lone_report_event_id=eid, trouble_starts_at=iso(t))
    langs = ["es"] * 6 + ["en"] * 6 + ["de", "de", "fr", "fr", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(langs)
    rng.shuffle(chans)
    s0 = f.at(5, 8 + 20 / 60)
    offs = sorted([0.0, 45.0] + [rng.uniform(0, 45) for _ in range(18)])
    reporters: list[tuple[Cust, datetime, str, str]] = []
    for i in range(20):
        regular = i < 12
        c = f.person(
            "spike_reporter",
            "regular" if regular else "new",
            langs[i],
            tolerated=["silence"],
            in_spike=True,
            regular=regular,
        )
        if regular:
            f.happy_act(c, f.at(2, rng.uniform(8, 17.5)), "pqbvr")
        t = s0 + timedelta(minutes=offs[i])
        text = rng.choice(W.SPIKE[c.lang])
        ch = chans[i]
        if ch == "social":
            eid = f.add(c, t, "social", "mention", text)
        elif ch == "chat":
            eid = f.add(c, t, "chat", "chat", text)
            f.reply(
                c, t + timedelta(minutes=rng.randint(1, 4)), "chat", "chat", W.SPIKE_ANSWER[c.lang]
            )
        elif ch == "community":
            eid = f.add(c, t, "community", "post", text)
        elif ch == "email":
            eid = f.add(c, t, "email", "message", text, "7H-4402")
        else:
            eid = f.add(c, t, "web", "ticket", text, "7H-4402", attrs={"page": "/help/contact"})
        c.truth.update(spike_event_id=eid, spike_channel=ch, trouble_starts_at=iso(t))
        reporters.append((c, t, eid, ch))
    early = [r for r in reporters if r[1] <= s0 + timedelta(minutes=25)]
    rep = rng.sample(early, 6)
    again = ["email", "email", "chat", "chat", "community", "community"]
    rep_ids = []
    for (c, t, _, ch), ch2 in zip(rep, again, strict=True):
        if ch2 == ch:
            ch2 = "email" if ch != "email" else "chat"
        t2 = t + timedelta(minutes=rng.randint(15, 50))
        text = W.SPIKE_AGAIN[c.lang]
        if ch2 == "email":
            e = f.add(c, t2, "email", "message", text, "7H-4402")
        elif ch2 == "chat":
            e = f.add(c, t2, "chat", "chat", text)
            f.reply(c, t2 + timedelta(minutes=2), "chat", "chat", W.SPIKE_ANSWER[c.lang])
        else:
            e = f.add(c, t2, "community", "post", text)
        rep_ids.append(e)
        c.truth.update(
            persona="spike_repeater",
            repeat_event_id=e,
            expected_rules=["repeat_contact"],
            tolerated_rules=["sentiment_drop", "silence"],
        )
    rest = [r for r in reporters if r[0].key not in {x[0].key for x in rep}]
    for c, _, _, _ in rng.sample(rest, 6):
        local = "10:40" if c.market in ("UK", "IE", "PT") else "11:40"
        credit = {"UK": "£9", "CH": "CHF 9"}.get(c.market, "10 €" if c.lang != "en" else "€10")
        f.reply(
            c,
            f.at(5, 11 + rng.uniform(8, 17) / 60),
            "email",
            "message",
            W.SPIKE_FIXED[c.lang].format(name=c.name, local=local, credit=credit),
            "7H-4402",
        )
        c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "greenhouse app vent controllers shown offline, vents cannot be opened: error 7H-4402",
        "about": "Saturday 12 September 2026, vent controllers offline in the app",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": [r[0].key for r in reporters],
        "event_ids": [r[2] for r in reporters],
        "repeat_event_ids": rep_ids,
    }
    f.write({"repeat_contact": 6, "topic_spike": 1})


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
    for make in FAMILIES:
        make()


if __name__ == "__main__":
    main()
