"""Writes heldout295 (Glissaro, indoor curling lanes): eight families, blind, seeded."""

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
ERR = "LN!62"
COMPETITORS = ["Kurvex", "Pedrazo"]
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
HAPPY_T = (
    "detractor",
    "sentiment_drop",
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)
T_REPEAT = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_SLIDE = ["repeat_contact", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_LEAVE = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
T_B2B_RISK = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
T_B2B_ONE = ["sentiment_drop", "high_value_at_risk", "silence"]
PHONE = {
    "PT": ("+351", "9", 8),
    "DE": ("+49", "15", 9),
    "AT": ("+43", "66", 9),
    "CH": ("+41", "7", 8),
    "UK": ("+44", "7", 9),
    "IE": ("+353", "8", 8),
    "ES": ("+34", "6", 8),
    "FR": ("+33", "6", 8),
    "BE": ("+32", "4", 8),
    "IT": ("+39", "3", 9),
    "LU": ("+352", "6", 8),
}
SOURCE = {
    "email": "glissaro-mail",
    "phone": "glissaro-voice",
    "social": "glissaro-social",
    "community": "glissaro-forum",
    "chat": "glissaro-chat",
    "web": "glissaro-web",
    "survey": "glissaro-survey",
}
USED: set[str] = set()


def ascii_(s: str) -> str:
    s = (
        s.replace("ä", "ae")
        .replace("ö", "oe")
        .replace("ü", "ue")
        .replace("Ä", "Ae")
        .replace("Ö", "Oe")
        .replace("Ü", "Ue")
    )
    return "".join(
        ch
        for ch in unicodedata.normalize("NFD", s)
        if unicodedata.category(ch) != "Mn" or ch == "\u0303"
    )


def iso(ts: datetime) -> str:
    return ts.strftime("%Y-%m-%dT%H:%M:%SZ")


def unique(rng: random.Random, make: Any) -> str:
    while True:
        v = str(make(rng))
        if v not in USED:
            USED.add(v)
            return v


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    ids: dict[str, Any]
    truth: dict[str, Any]
    lang2: str = ""


@dataclass
class Fam:
    name: str
    code: str
    n: int
    start: datetime
    days: int
    about: str
    rows: list[tuple[datetime, int, dict[str, Any], str]] = field(default_factory=list)
    customers: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    def at(self, day: float, h0: float, h1: float) -> datetime:
        return self.start + timedelta(days=int(day), minutes=round(self.rng.uniform(h0, h1) * 60))

    def lang(self) -> str:
        return self.rng.choices(list(W.LANG_WEIGHTS), weights=list(W.LANG_WEIGHTS.values()))[0]

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        account: str | None = None,
        market: str | None = None,
        **extra: Any,
    ) -> Cust:
        r = self.rng
        lang = lang or self.lang()
        market = market or r.choice(W.MARKETS[lang])
        first, last = r.choice(W.FIRST[lang]), r.choice(W.LAST[lang])
        key = unique(r, lambda q: f"GL{self.code}{q.randint(1000, 9999)}")
        base = ascii_(f"{first}.{last}").lower()
        dom = (
            account.split("-")[2].lower() + "-teams.example"
            if account
            else r.choice(["mail", "posteo", "correo", "webpost"]) + ".example"
        )
        email = unique(r, lambda q: f"{base}{q.randint(1, 99)}@{dom}")
        cc, pre, ln = PHONE[market]
        phone = unique(
            r, lambda q: cc + pre + "".join(str(q.randint(0, 9)) for _ in range(ln - len(pre)))
        )
        handle = (
            None
            if account
            else unique(
                r,
                lambda q: (
                    "@"
                    + q.choice(
                        [
                            f"{ascii_(last).lower()}_{ascii_(first).lower()}{q.randint(1, 9)}",
                            f"{ascii_(first).lower()}{ascii_(last).lower()}{q.randint(10, 99)}",
                            f"{ascii_(first).lower()[0]}{ascii_(last).lower()}",
                        ]
                    )
                ),
            )
        )
        ids = {
            "customer_id": key,
            "email": email,
            "phone": phone,
            "handle": handle,
            "account_id": account,
        }
        truth: dict[str, Any] = {
            "identifiers": ids,
            "expected_rules": sorted(expected or []),
            "tolerated_rules": sorted(tolerated or []),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            "job": extra.pop(
                "job",
                r.choice(
                    [
                        "nurse",
                        "teacher",
                        "engineer",
                        "cook",
                        "accountant",
                        "student",
                        "electrician",
                        "designer",
                    ]
                ),
            ),
            "town": r.choice(
                [
                    "Lisboa",
                    "Porto",
                    "Köln",
                    "Wien",
                    "Zürich",
                    "Leeds",
                    "Cork",
                    "Sevilla",
                    "Lyon",
                    "Liège",
                    "Torino",
                    "Bremen",
                ]
            ),
        }
        truth.update(extra)
        c = Cust(key, lang, market, ids, truth)
        self.customers[key] = c
        return c

    def add(
        self,
        c: Cust,
        ts: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        out: bool = False,
        nps: int | None = None,
        csat: int | None = None,
        ces: int | None = None,
        **attrs: str,
    ) -> str:
        eid = f"gl295-{self.code.lower()}-{len(self.rows) + 1:05d}"
        if text and not out and channel not in ("phone", "survey"):
            text = self.roughen(text)
        if channel == "social" and not out and text is not None:
            text = (
                text.replace("Glissaro", "@Glissaro", 1)
                if "Glissaro" in text
                else "@Glissaro " + text
            )
        a: dict[str, str] = {"market": c.market, **attrs}
        if c.ids["account_id"]:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(W.AGENTS[c.lang])
        row = {
            "event_id": eid,
            "occurred_at": iso(ts),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "customer": {},
            "text": text,
            "subject": subject,
            "scores": {"nps": nps, "csat": csat, "ces": ces},
            "source": SOURCE[channel],
            "attributes": a,
        }
        self.rows.append((ts, len(self.rows), row, c.key))
        return eid

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.1:
            text = ascii_(text)
        if r.random() < 1 / 8 and text[:1].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = [
                i
                for i, w in enumerate(text.split(" "))
                if w.isalpha() and w.islower() and len(w) > 4
            ]
            if words:
                parts = text.split(" ")
                i = r.choice(words)
                w = parts[i]
                j = r.randint(1, len(w) - 3)
                parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(parts)
        return text

    # ---- acts ----
    def t(self, who: Cust, table: str, lang: str | None = None, **fmt: str) -> str:
        return self.rng.choice(W.T[lang or who.lang][table]).format(**fmt)

    def happy(self, c: Cust, ts: datetime, lang: str | None = None, surveys: bool = True) -> None:
        lang = lang or c.lang
        r = self.rng
        menu = [
            "praise",
            "praise",
            "community",
            "gripe",
            "chat",
            "email",
            "phone",
            "buy",
            "view",
            "review",
        ] + (["survey"] if surveys else [])
        if c.ids["account_id"]:
            menu = ["chat", "chat", "buy", "view", "community"] + (["survey"] if surveys else [])
        act = r.choice(menu)
        m = timedelta(minutes=1)
        if act == "praise":
            self.add(c, ts, "social", "mention", self.t(c, "praise", lang))
        elif act in ("community", "gripe"):
            self.add(
                c,
                ts,
                "community",
                "post",
                self.t(c, "praise" if act == "community" else "gripe", lang),
            )
        elif act == "chat":
            self.add(c, ts, "chat", "chat", self.t(c, "question", lang))
            self.add(c, ts + r.randint(1, 6) * m, "chat", "chat", W.A[lang]["answer"], out=True)
            if r.random() < 0.6:
                self.add(c, ts + r.randint(7, 12) * m, "chat", "chat", self.t(c, "thanks", lang))
        elif act == "email":
            self.add(c, ts, "email", "message", self.t(c, "question", lang), subject="Glissaro")
            self.add(
                c,
                ts + r.randint(30, 150) * m,
                "email",
                "message",
                W.A[lang]["answer"],
                subject="Re: Glissaro",
                out=True,
            )
        elif act == "phone":
            self.add(
                c,
                ts,
                "phone",
                "call",
                self.t(c, "question", lang).lower().replace("?", "").replace(",", "")
                if lang != "de"
                else self.t(c, "question", lang).replace("?", "").replace(",", ""),
            )
            self.add(
                c,
                ts + r.randint(10, 40) * m,
                "email",
                "message",
                W.A[lang]["answer"],
                subject="Glissaro",
                out=True,
            )
        elif act == "buy":
            self.add(c, ts, "web", "page_view", page="/book")
            prod = r.choice(W.PRODUCTS)
            cur = {"UK": "GBP", "CH": "CHF"}.get(c.market, "EUR")
            self.add(
                c,
                ts + r.randint(3, 15) * m,
                "web",
                "purchase",
                page="/checkout",
                product=prod,
                order_value=f"{r.choice([39, 49, 59, 89]):.2f}",
                currency=cur,
            )
        elif act == "view":
            self.add(
                c, ts, "web", "page_view", page=r.choice(["/lanes", "/club", "/classes", "/teams"])
            )
        elif act == "review":
            self.add(c, ts, "web", "review", self.t(c, "praise", lang), rating="5", page="/reviews")
        else:
            k = r.choice(["nps", "csat", "ces"])
            sc = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}
            self.add(
                c,
                ts,
                "survey",
                "survey_response",
                self.t(c, "word", lang) or None,
                survey=k,
                nps=sc[k] if k == "nps" else None,
                csat=sc[k] if k == "csat" else None,
                ces=sc[k] if k == "ces" else None,
            )

    def happy_days(
        self, c: Cust, days: list[int], h0: float = 7, h1: float = 19, surveys: bool = True
    ) -> None:
        for d in days:
            self.happy(c, self.at(d, h0, h1), surveys=surveys)

    def daypick(self, lo: int, hi: int, k: int, avoid: set[int] | None = None) -> list[int]:
        pool = [d for d in range(lo, hi) if d not in (avoid or set())]
        return sorted(self.rng.sample(pool, min(k, len(pool))))

    def case(self) -> str:
        return unique(self.rng, lambda q: f"GL-{q.randint(100000, 999999)}")

    def write(self, expected: dict[str, int], seed_note: int) -> None:
        self.rows.sort(key=lambda x: (x[0], x[1]))
        seen: set[str] = set()
        out: list[str] = []
        for ts, _, row, key in self.rows:
            assert self.start <= ts < LIMIT, (self.name, ts)
            c = self.customers[key]
            ids = c.ids
            full = {k: v for k, v in ids.items() if v}
            if row["direction"] == "outbound" or key not in seen:
                cust = dict(full)
                if row["direction"] == "inbound":
                    seen.add(key)
            else:
                ch = row["channel"]
                if ch == "phone":
                    cust = {
                        "phone": ids["phone"]
                        if self.rough.random() < 0.5
                        else ids["phone"].replace(PHONE[c.market][0], PHONE[c.market][0] + " ", 1)
                    }
                elif ch in ("social", "community"):
                    cust = (
                        {
                            "handle": ids["handle"]
                            if self.rough.random() < 0.8
                            else ids["handle"].lstrip("@")
                        }
                        if ids["handle"]
                        else {"email": ids["email"]}
                    )
                elif ch == "email":
                    cust = {
                        "email": ids["email"].upper()
                        if self.rough.random() < 1 / 12
                        else ids["email"]
                    }
                else:
                    cust = {"customer_id": ids["customer_id"]}
                if ids["account_id"]:
                    cust["account_id"] = ids["account_id"]
            row["customer"] = cust
            out.append(json.dumps(row, ensure_ascii=False))
        last = max(ts for ts, *_ in self.rows)
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        for c in self.customers.values():
            assert key_has_inbound(self, c.key), c.key
            assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"])
        got: dict[str, int] = {}
        for c in self.customers.values():
            for rule in c.truth["expected_rules"]:
                got[rule] = got.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                got[rule] = got.get(rule, 0) + 1
        if self.spike:
            got["topic_spike"] = 1
        assert got == expected, (self.name, got, expected)
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Glissaro: indoor curling lanes booked by app and web, Glissaro Club membership, Glissaro Teams for companies on account",
                "days": self.days,
                "seed": seed_note,
                "written": "by hand, blind",
                "expected": expected,
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: c.truth for k, c in self.customers.items()},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        for c in self.customers.values():
            c.truth["identifiers"] = dict(c.ids)
        (HERE / f"{self.name}.jsonl").write_text("\n".join(out) + "\n", "utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )


def key_has_inbound(f: Fam, key: str) -> bool:
    return any(k == key and row["direction"] == "inbound" for _, _, row, k in f.rows)


def night(f: Fam, ts: datetime) -> datetime:
    """Out of 22:00-07:00 UTC: to 08:00-09:00 the next morning."""
    if ts.hour >= 22 or ts.hour < 7:
        day = ts.date() if ts.hour < 7 else ts.date() + timedelta(days=1)
        return datetime(day.year, day.month, day.day, 8, f.rng.randint(0, 59), tzinfo=UTC)
    return ts


def complain(
    f: Fam,
    c: Cust,
    ts: datetime,
    channel: str,
    problem: str,
    lang: str | None = None,
    long: bool = False,
) -> str:
    lang = lang or c.lang
    p = W.P[lang][problem]
    if channel == "phone":
        return f.add(c, ts, "phone", "call", f.t(c, "call", lang, p=p))
    if channel == "email":
        text = f.t(c, "long" if long else "complaint", lang, p=p)
        return f.add(
            c,
            ts,
            "email",
            "message",
            text,
            subject=f"{W.SUBJ[lang][0]}: {problem.replace('_', ' ')}",
        )
    if channel == "chat":
        return f.add(c, ts, "chat", "chat", f.t(c, "complaint", lang, p=p))
    if channel == "social":
        return f.add(c, ts, "social", "mention", f.t(c, "complaint", lang, p=p))
    return f.add(c, ts, "web", "ticket", f.t(c, "complaint", lang, p=p), page="/help/contact")


def reply(
    f: Fam, c: Cust, ts: datetime, channel: str, key: str, case: str, lang: str | None = None
) -> str:
    lang = lang or c.lang
    text = W.A[lang][key].format(c=case)
    if channel == "chat":
        return f.add(c, ts, "chat", "chat", text, out=True)
    return f.add(
        c, night(f, ts), "email", "message", text, subject=f"{W.SUBJ[lang][1]} {case}", out=True
    )


def later(
    f: Fam, c: Cust, ts: datetime, channel: str, text: str, case: str, lang: str | None = None
) -> str:
    lang = lang or c.lang
    if channel == "phone":
        text = text.replace(".", "").replace(",", "").replace(":", "")
        text = text[0].lower() + text[1:]
        return f.add(c, ts, "phone", "call", text)
    if channel == "email":
        return f.add(c, ts, "email", "message", text, subject=f"{W.SUBJ[lang][1]} {case}")
    if channel == "chat":
        return f.add(c, ts, "chat", "chat", text)
    if channel == "social":
        return f.add(c, ts, "social", "mention", text)
    return f.add(c, ts, "web", "ticket", text, page="/help/contact")


def fixed_case(
    f: Fam,
    c: Cust,
    ts: datetime,
    problem: str,
    channel: str,
    lang: str | None = None,
    lang2: str | None = None,
) -> dict[str, Any]:
    r = f.rng
    case = f.case()
    e1 = complain(f, c, ts, channel, problem, lang)
    reply(
        f,
        c,
        ts + timedelta(minutes=r.randint(10, 40)),
        "email" if channel != "chat" else "chat",
        "case",
        case,
        lang,
    )
    fx = night(f, ts + timedelta(hours=r.uniform(3, 20)))
    reply(f, c, fx, "email", "good", case, lang2 or lang)
    cf = night(f, fx + timedelta(hours=r.uniform(8, 30)))
    ch = r.choice(["email", "chat"])
    e2 = later(f, c, cf, ch, f.t(c, "confirm", lang2 or lang, c=case), case, lang2 or lang)
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(ts),
        "fixed_at": iso(fx),
        "confirmed_at": iso(cf),
        "problem_event_ids": [e1],
        "confirm_event_id": e2,
        "channel": channel,
        "confirm_channel": ch,
    }


def repeat_run(
    f: Fam,
    c: Cust,
    t0: datetime,
    n: int,
    first: str,
    escalate: bool,
    langs: list[str] | None = None,
) -> None:
    r = f.rng
    problem = r.choice(W.PROBLEMS)
    case = f.case()
    langs = langs or [c.lang]
    e = [complain(f, c, t0, first, problem, langs[0])]
    if first == "chat":
        reply(f, c, t0 + timedelta(minutes=r.randint(1, 5)), "chat", "case", case, langs[0])
    if escalate:
        reply(f, c, t0 + timedelta(hours=r.uniform(1.5, 2.5)), "email", "escalated", case, langs[0])
    elif first != "chat":
        reply(f, c, t0 + timedelta(minutes=r.randint(10, 40)), "email", "case", case, langs[0])
    chans = [x for x in ["email", "chat", "phone", "web", "social"] if x != first]
    r.shuffle(chans)
    ts = t0
    comp = None
    for i in range(1, n):
        lg = langs[i % len(langs)]
        ts = night(f, ts + timedelta(hours=r.uniform(4, 40)))
        p = W.P[lg][problem]
        if i == 2:
            comp = r.choice(COMPETITORS)
            text = f.t(c, "third", lg, c=case, x=comp)
        elif i == 3:
            text = f.t(c, "fourth", lg, c=case, p=p)
        else:
            text = f.t(c, "still", lg, c=case, p=p)
        e.append(later(f, c, ts, chans[i - 1], text, case, lg))
        if chans[i - 1] == "chat":
            reply(f, c, ts + timedelta(minutes=r.randint(1, 5)), "chat", "urgent", case, lg)
    c.truth.update(
        {
            "problem": problem,
            "booking": case,
            "contacts": n,
            "channels": [first, *chans[: n - 1]],
            "channel": first,
            "agent_passed_on": escalate,
            "problem_event_ids": e,
            "competitor": comp,
            "trouble_starts_at": iso(t0),
        }
    )


def slide(
    f: Fam, c: Cust, t0: datetime, span: int, nps: bool, langs: list[str] | None = None
) -> None:
    r = f.rng
    comp = r.choice(COMPETITORS)
    langs = langs or [c.lang]
    ts = t0
    ids = []
    step_gap = span * 24 / 5
    for i in range(6):
        if i:
            ts = night(f, ts + timedelta(hours=max(1.0, r.uniform(0.6, 1.4) * step_gap)))
        lg = langs[i % len(langs)]
        text = W.T[lg]["slide"][i].format(x=comp)
        ch = r.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                f.add(
                    c, ts, "web", "review", text, rating=str([3, 3, 2, 2, 1, 1][i]), page="/reviews"
                )
            )
        else:
            ids.append(f.add(c, ts, ch, "mention" if ch == "social" else "post", text))
        if i == 3 and nps:
            v = r.randint(1, 5)
            s = f.add(
                c,
                night(f, ts + timedelta(hours=r.uniform(2.5, 3.5))),
                "survey",
                "survey_response",
                None,
                nps=v,
                survey="nps",
            )
            c.truth.update({"nps_given": True, "nps": v, "survey_event_id": s})
    c.truth.update(
        {
            "slide_event_ids": ids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": iso(t0),
        }
    )


# ------------------------------------------------------------------ families --
def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        datetime(2026, 2, 9, tzinfo=UTC),
        10,
        "happy day writers, night writers and survey-only customers",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.daypick(0, 10, f.rng.randint(5, 8)))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in f.daypick(0, 9, f.rng.randint(2, 4)):
            ts = f.at(d, 22.2, 28.5)
            if f.rng.random() < 0.5:
                f.add(c, ts, "social", "post", f.t(c, "night"))
            else:
                f.add(c, ts, "chat", "chat", f.t(c, "nightq"))
                f.add(c, ts + timedelta(minutes=3), "chat", "chat", W.A[c.lang]["answer"], out=True)
                f.add(c, ts + timedelta(minutes=9), "chat", "chat", f.t(c, "thanks"))
        f.happy_days(c, f.daypick(0, 10, f.rng.randint(2, 3)), 9, 18, surveys=False)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in f.daypick(0, 10, f.rng.randint(3, 6)):
            k = f.rng.choice(["nps", "csat", "ces"])
            v = {
                "nps": f.rng.randint(9, 10),
                "csat": f.rng.randint(4, 5),
                "ces": f.rng.randint(6, 7),
            }[k]
            f.add(
                c,
                f.at(d, 8, 20),
                "survey",
                "survey_response",
                f.t(c, "word") or None,
                survey=k,
                nps=v if k == "nps" else None,
                csat=v if k == "csat" else None,
                ces=v if k == "ces" else None,
            )
    f.write({}, SEED)
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        datetime(2026, 3, 9, tzinfo=UTC),
        12,
        "happy customers with one bad day, detractors, apologies",
    )
    r = f.rng
    chans = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    with_case = [i for i, ch in enumerate(chans) if ch != "social"]
    r.shuffle(with_case)
    det, low = set(with_case[:6]), set(with_case[6:11])
    good = set(r.sample(with_case, 12))
    sorry = set(r.sample(sorted(good), 5))
    longs = ["pt", "pt", "de", "de"]
    for i, ch in enumerate(chans):
        lang = longs.pop() if ch == "long" else None
        c = f.person(
            "bad_day_detractor" if i in det else "happy_one_bad_day",
            "one bad day",
            lang,
            ["detractor"] if i in det else [],
            ["silence"],
        )
        bd = r.randint(2, 9)
        f.happy_days(
            c, f.daypick(0, 12, r.randint(1, 5), set(range(bd - 1, bd + 3))), surveys=False
        )
        ts = f.at(bd, 8, 20)
        problem = W.PROBLEMS[i % 6]
        e = complain(f, c, ts, "email" if ch == "long" else ch, problem, long=ch == "long")
        case = None
        if ch != "social":
            case = f.case()
            reply(
                f,
                c,
                ts + timedelta(minutes=r.randint(1, 5) if ch == "chat" else r.randint(10, 40)),
                "chat" if ch == "chat" else "email",
                "case",
                case,
            )
        c.truth.update(
            {
                "problem": problem,
                "channel": "email" if ch == "long" else ch,
                "long_email": ch == "long",
                "booking": case,
                "bad_day_at": iso(ts),
                "bad_day_event_id": e,
                "trouble_starts_at": iso(ts),
                "agent_fixed": i in good,
                "apologised": i in sorry,
            }
        )
        if i in det:
            v = r.randint(1, 5)
            s = f.add(
                c,
                ts + timedelta(minutes=r.randint(100, 140)),
                "survey",
                "survey_response",
                None,
                nps=v,
                survey="nps",
            )
            c.truth.update({"nps_given": True, "nps": v, "survey_event_id": s})
        if i in low:
            v = r.randint(1, 2)
            s = f.add(
                c,
                ts + timedelta(minutes=r.randint(40, 80)),
                "survey",
                "survey_response",
                r.choice([None, "mau", "schlecht", "bad"]),
                csat=v,
                survey="csat",
            )
            c.truth.update({"csat_given": True, "csat": v, "survey_event_id": s})
        if i in good and case:
            reply(f, c, ts + timedelta(hours=r.uniform(1, 4)), "email", "good", case)
        if i in sorry and case:
            at = night(f, ts + timedelta(hours=r.uniform(16, 24)))
            ap = later(f, c, at, r.choice(["chat", "email"]), f.t(c, "apology"), case)
            c.truth.update({"apology_at": iso(at), "apology_event_id": ap})
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, f.daypick(0, 12, r.randint(4, 7)))
    f.write({"detractor": 6}, SEED)
    return f


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        datetime(2026, 4, 13, tzinfo=UTC),
        10,
        "repeat contacts about one open problem, fixed problems, two problems, frequent writers",
    )
    r = f.rng
    counts = [2] * 4 + [3] * 4 + [4] * 4
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    r.shuffle(firsts)
    for i, n in enumerate(counts):
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=T_REPEAT)
        f.happy_days(c, [0] * r.randint(1, 3), 7, 12, surveys=False)
        repeat_run(
            f,
            c,
            f.at(r.randint(1, 4), 8, 19),
            n,
            firsts[i],
            escalate=n == 4 or (n == 3 and i % 4 < 2),
        )
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=["silence"])
        f.happy_days(c, [0], surveys=False)
        pr = fixed_case(
            f,
            c,
            f.at(r.randint(1, 5), 8, 18),
            r.choice(W.PROBLEMS),
            r.choice(["web", "email", "chat"]),
        )
        c.truth.update({"problems": [pr], "trouble_starts_at": pr["raised_at"]})
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=["silence"])
        p1, p2 = r.sample(W.PROBLEMS, 2)
        d = r.randint(1, 3)
        a = fixed_case(f, c, f.at(d, 8, 14), p1, "email")
        b = fixed_case(f, c, f.at(d + r.randint(4, 5), 8, 14), p2, "web")
        c.truth.update({"problems": [a, b], "trouble_starts_at": a["raised_at"]})
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.happy_days(c, f.daypick(0, 10, r.randint(5, 8)))
    f.write({"repeat_contact": 12}, SEED)
    return f


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        datetime(2026, 6, 1, tzinfo=UTC),
        32,
        "slow churners, leavers, steady, grumpy and sarcastic customers",
    )
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    for i, span in enumerate(spans):
        nps = i % 2 == 0
        c = f.person(
            "slow_churner",
            "slides",
            expected=["sentiment_drop", *(["detractor"] if nps else [])],
            tolerated=T_SLIDE,
        )
        for d in f.daypick(0, 11, r.randint(4, 5)):
            f.add(c, f.at(d, 8, 20), r.choice(["social", "community"]), "post", f.t(c, "praise"))
        f.happy_days(c, f.daypick(0, 11, r.randint(2, 4)), surveys=False)
        slide(f, c, f.at(r.randint(12, 16), 9, 19), span, nps)
    for _ in range(5):
        c = f.person("slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=T_LEAVE)
        f.happy_days(c, f.daypick(0, 16, r.randint(4, 6)), surveys=False)
        ts = f.at(r.randint(17, 23), 8, 19)
        e = f.add(c, ts, "email", "message", f.t(c, "cancel"), subject="Glissaro Club")
        f.add(
            c,
            night(f, ts + timedelta(hours=r.uniform(1, 5))),
            "email",
            "message",
            W.A[c.lang]["bye"],
            subject="Re: Glissaro Club",
            out=True,
        )
        ct = night(f, ts + timedelta(hours=r.uniform(20, 30)))
        x = f.add(
            c, ct, "web", "cancellation", None, page="/account/club/cancel", product="Glissaro Club"
        )
        c.truth.update(
            {
                "churn_intent_event_id": e,
                "cancellation_event_id": x,
                "churn_at": iso(ct),
                "trouble_starts_at": iso(ts),
            }
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, f.daypick(0, 32, r.randint(6, 10)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        d = r.randint(0, 4)
        ids = []
        for _ in range(r.randint(5, 7)):
            ch = r.choice(["social", "community", "web", "review"])
            ts = f.at(d, 8, 20)
            text = f.t(c, "grumble")
            if ch == "review":
                ids.append(f.add(c, ts, "web", "review", text, rating="3", page="/reviews"))
            elif ch == "web":
                ids.append(f.add(c, ts, "web", "ticket", text, page="/help/contact"))
            else:
                ids.append(f.add(c, ts, ch, "post", text))
            d += r.randint(1, 3)
        c.truth.update(
            {"grumble_event_ids": ids, "trouble_starts_at": f.rows[-1][2]["occurred_at"]}
        )
        c.truth["trouble_starts_at"] = min(
            row["occurred_at"] for _, _, row, k in f.rows if row["event_id"] in ids
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        f.happy_days(c, f.daypick(0, 17, r.randint(3, 6)), surveys=False)
        s = f.add(c, f.at(r.randint(17, 28), 9, 20), "social", "mention", f.t(c, "sarcasm"))
        c.truth["sarcasm_event_id"] = s
    f.write({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5}, SEED)
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        datetime(2026, 7, 17, tzinfo=UTC),
        3,
        "a calm summer weekend with night owls in bursts",
    )
    r = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.daypick(0, 3, r.randint(1, 3)), 7, 17.5)
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        ts = f.at(r.randint(0, 2), 8, 16)
        f.add(c, ts, "web", "page_view", page="/lanes")
        g = ts + timedelta(minutes=r.randint(20, 30))
        if i < 2:
            e = f.add(c, g, "chat", "chat", f.t(c, "grumble"))
            f.add(c, g + timedelta(minutes=3), "chat", "chat", W.A[c.lang]["answer"], out=True)
        else:
            e = f.add(c, g, "web", "ticket", f.t(c, "grumble"), page="/help/contact")
            f.add(
                c,
                g + timedelta(minutes=25),
                "email",
                "message",
                W.A[c.lang]["answer"],
                subject="Glissaro",
                out=True,
            )
        c.truth.update({"grumble_event_id": e, "trouble_starts_at": iso(g)})
    k = 0
    for n in range(3):
        b0 = f.start + timedelta(days=n + 1, minutes=r.randint(40, 65))
        starts = [
            b0,
            b0 + timedelta(minutes=r.randint(28, 33)),
            b0 + timedelta(minutes=r.randint(55, 65)),
        ]
        for m, bs in enumerate(starts):
            for _ in range(4):
                k += 1
                c = f.person("night_owl", f"night {n + 1}, burst {m + 1}")
                ts = bs + timedelta(minutes=r.randint(0, 9))
                if r.random() < 0.5:
                    e = f.add(c, ts, "chat", "chat", f.t(c, "nightq"))
                    f.add(
                        c,
                        ts + timedelta(minutes=2),
                        "chat",
                        "chat",
                        W.A[c.lang]["answer"],
                        out=True,
                    )
                    f.add(c, ts + timedelta(minutes=6), "chat", "chat", f.t(c, "thanks"))
                else:
                    e = f.add(c, ts, "social", "post", f.t(c, "night"))
                if k % 2 == 0:
                    f.happy(c, f.at(r.randint(0, 2), 9, 17.5), surveys=False)
                c.truth.update({"burst_at": iso(bs), "night_event_id": e})
    f.write({}, SEED)
    return f


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        6,
        datetime(2026, 8, 10, tzinfo=UTC),
        14,
        "customers who write in two languages",
    )
    r = f.rng
    pairs = [
        ("pt", "de"),
        ("de", "pt"),
        ("pt", "en"),
        ("de", "en"),
        ("pt", "es"),
        ("de", "fr"),
        ("pt", "fr"),
        ("de", "it"),
        ("en", "pt"),
        ("es", "pt"),
        ("it", "de"),
        ("fr", "de"),
    ]
    market2 = {"pt": "PT", "de": "DE", "en": "UK", "es": "ES", "fr": "FR", "it": "IT"}

    def who(
        persona: str, habit: str, i: int, exp: list[str] | None = None, tol: list[str] | None = None
    ) -> tuple[Cust, list[str]]:
        a, b = pairs[i % len(pairs)]
        c = f.person(
            persona,
            habit,
            a,
            exp,
            tol,
            market=r.choice([market2[a], market2[b], "LU", "CH"]),
            languages=[a, b],
            job_second_language=r.choice(
                ["grew up in two countries", "partner's language", "works abroad"]
            ),
        )
        c.lang2 = b
        return c, [a, b]

    for i in range(12):
        c, ls = who("happy", "alternates languages", i)
        for j, d in enumerate(f.daypick(0, 14, r.randint(5, 8))):
            f.happy(c, f.at(d, 8, 19), ls[j % 2])
    for i, n in enumerate([2, 2, 3, 3, 4]):
        c, ls = who("repeat_contact", "repeats", i + 3, ["repeat_contact"], T_REPEAT)
        f.happy_days(c, [r.randint(0, 1)] * r.randint(1, 3), surveys=False)
        repeat_run(
            f, c, f.at(r.randint(2, 5), 8, 18), n, r.choice(["web", "email", "chat"]), n >= 3, ls
        )
    for i in range(5):
        c, ls = who("slow_churner", "slides", i + 1, ["sentiment_drop"], T_SLIDE)
        for j, d in enumerate(f.daypick(0, 6, 5)):
            f.add(c, f.at(d, 8, 20), "social", "post", f.t(c, "praise", ls[j % 2]))
        f.happy_days(c, f.daypick(0, 6, r.randint(1, 3)), surveys=False)
        slide(f, c, f.at(r.randint(7, 8), 9, 18), r.randint(3, 5), False, ls)
    for i, ch in enumerate(["long", "email", "chat"]):
        c, ls = who("happy_one_bad_day", "one bad day", [1, 0, 4][i], None, ["silence"])
        bd = r.randint(5, 9)
        f.happy_days(
            c, f.daypick(0, 14, r.randint(2, 4), set(range(bd - 1, bd + 3))), surveys=False
        )
        ts = f.at(bd, 9, 19)
        p = r.choice(W.PROBLEMS)
        e = complain(f, c, ts, "chat" if ch == "chat" else "email", p, ls[1], long=ch == "long")
        case = f.case()
        reply(
            f,
            c,
            ts + timedelta(minutes=r.randint(2, 30)),
            "chat" if ch == "chat" else "email",
            "case",
            case,
            ls[1],
        )
        c.truth.update(
            {
                "problem": p,
                "booking": case,
                "bad_day_at": iso(ts),
                "bad_day_event_id": e,
                "bad_day_language": ls[1],
                "long_email": ch == "long",
                "trouble_starts_at": iso(ts),
                "agent_fixed": ch != "chat",
                "apologised": ch == "email",
            }
        )
        if ch != "chat":
            reply(f, c, ts + timedelta(hours=r.uniform(1, 4)), "email", "good", case, ls[1])
        if ch == "email":
            at = night(f, ts + timedelta(hours=r.uniform(18, 24)))
            c.truth.update(
                {
                    "apology_at": iso(at),
                    "apology_event_id": later(
                        f, c, at, "chat", f.t(c, "apology", ls[1]), case, ls[1]
                    ),
                }
            )
    for i in range(2):
        c, ls = who("resolved_between_contacts", "fixed", i + 5, None, ["silence"])
        f.happy_days(c, [0, 1], surveys=False)
        pr = fixed_case(
            f, c, f.at(r.randint(3, 8), 9, 17), r.choice(W.PROBLEMS), "web", ls[0], ls[1]
        )
        c.truth.update(
            {"problems": [pr], "trouble_starts_at": pr["raised_at"], "confirm_language": ls[1]}
        )
    f.write({"repeat_contact": 5, "sentiment_drop": 5}, SEED)
    return f


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        datetime(2026, 9, 7, tzinfo=UTC),
        14,
        "Glissaro Teams accounts: at risk, one unhappy contact, mild, happy",
    )
    r = f.rng
    office = [0, 1, 2, 3, 4, 7, 8, 9, 10, 11]

    def office_after(ts: datetime, hours: float) -> datetime:
        t = ts + timedelta(hours=hours)
        while t.weekday() >= 5 or t.hour < 8 or t.hour >= 17:
            t = t + timedelta(hours=1)
            if t.hour >= 17 or t.hour < 8:
                t = datetime(t.year, t.month, t.day, 8, r.randint(0, 40), tzinfo=UTC) + timedelta(
                    days=1 if t.hour >= 17 else 0
                )
        return t

    kinds: list[tuple[str, int, str | None, str]] = [
        ("at_risk", 3, "portal", "pt"),
        ("at_risk", 3, "service_blocked", "de"),
        ("at_risk", 3, "invoice", "de"),
        ("at_risk", 4, "invoice", "pt"),
        ("at_risk", 4, "overbilled", "es"),
    ]
    kinds += [
        ("one_unhappy", 1, p, lg)
        for p, lg in [
            ("service_blocked", "pt"),
            ("overbilled", "de"),
            ("portal", "fr"),
            ("invoice", "it"),
        ]
    ]
    kinds += [("mild", 0, None, lg) for lg in ["de", "pt", "en"]] + [
        ("happy", 0, None, lg) for lg in ["pt", "de", "it"]
    ]
    sites = [
        "consulting",
        "bank",
        "software",
        "hospital",
        "school",
        "insurer",
        "logistics",
        "hotel",
        "municipality",
        "retail",
        "agency",
        "university",
        "law firm",
        "utility",
        "charity",
    ]
    for ai, (kind, nun, prob, lang) in enumerate(kinds):
        market = W.MARKETS[lang][0]
        acc = unique(r, lambda q, m=market: f"GLT-{m}-{q.randint(1000, 9999)}")
        ncont = {
            "at_risk": max(nun + 1, r.randint(4, 6)),
            "one_unhappy": 3,
            "mild": r.randint(3, 4),
            "happy": r.randint(3, 4),
        }[kind]
        company = f"{sites[ai].title()} {r.choice(['Norte', 'Rhein', 'Atlântico', 'Alpen', 'Sul', 'Mitte'])} {ai + 1}"
        cs: list[Cust] = []
        unhappy: list[str] = []
        for j in range(ncont):
            if kind == "at_risk" and j < nun:
                persona, habit, exp, tol = (
                    "b2b_unhappy",
                    "complainer",
                    ["detractor"] if j < nun - 1 else ["repeat_contact"],
                    T_B2B_RISK,
                )
            elif kind == "one_unhappy" and j == 0:
                persona, habit, exp, tol = "b2b_one_unhappy", "complainer", ["detractor"], T_B2B_ONE
            elif kind == "mild" and j < 2:
                persona, habit, exp, tol = "b2b_mild", "suggests", [], ["silence"]
            else:
                persona, habit, exp, tol = "b2b_happy", "contact", [], []
            title = r.choice(
                [
                    "Office manager",
                    "HR lead",
                    "Team assistant",
                    "Finance clerk",
                    "Events coordinator",
                ]
            )
            c = f.person(
                persona,
                habit,
                lang,
                exp,
                tol,
                account=acc,
                market=market,
                job=title,
                company=company,
                role=habit,
                job_title=title,
            )
            cs.append(c)
            if habit == "complainer":
                unhappy.append(c.key)
                for _ in range(r.randint(0, 2)):
                    f.happy(c, f.at(r.randint(0, 1), 8, 16.5), surveys=False)
            elif habit == "contact":
                for d in r.sample(office, r.randint(2, 4)):
                    f.happy(c, f.at(d, 8, 16.5))
        case = f.case() if unhappy else None
        first_ts = None
        if kind == "at_risk" and case and prob:
            ts = f.at(2, 8.5, 11)
            first_ts = ts
            names: list[str] = []
            for j, key in enumerate(unhappy):
                c = f.customers[key]
                if j:
                    ts = office_after(ts, r.uniform(8, 28))
                    lead = W.B2B_SAME[lang].format(
                        n=names[0].split()[0], d=W.WEEKDAY[lang][f.start.weekday() + 2], c=case
                    )
                else:
                    lead = W.B2B_LEAD[lang]
                names.append(c.truth["name"])
                e = f.add(
                    c,
                    ts,
                    "email",
                    "message",
                    lead + W.B2B_P[lang][prob] + ".",
                    subject=f"{W.SUBJ[lang][0]}: {prob}",
                )
                ids = [e]
                if not j:
                    reply(f, c, ts + timedelta(minutes=r.randint(20, 60)), "email", "case", case)
                if j < len(unhappy) - 1:
                    v = r.randint(1, 5)
                    s = f.add(
                        c,
                        ts + timedelta(hours=r.uniform(1, 3)),
                        "survey",
                        "survey_response",
                        None,
                        nps=v,
                        survey="nps",
                    )
                    c.truth.update({"nps_given": True, "nps": v, "survey_event_id": s})
                else:
                    t2 = office_after(ts, r.uniform(18, 40))
                    if ai == 0:
                        comp = r.choice(COMPETITORS)
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "email",
                                "message",
                                W.B2B_AGAIN[lang].format(c=case, x=comp),
                                subject=f"{W.SUBJ[lang][1]} {case}",
                            )
                        )
                        c.truth["competitor"] = comp
                    else:
                        ids.append(f.add(c, t2, "phone", "call", W.B2B_CALL[lang].format(c=case)))
                c.truth.update(
                    {
                        "problem": prob,
                        "booking": case,
                        "complaint_event_ids": ids,
                        "trouble_starts_at": iso(ts),
                    }
                )
        elif kind == "one_unhappy" and case and prob:
            c = f.customers[unhappy[0]]
            ts = f.at(r.randint(3, 7) if r.random() < 0.5 else r.choice([7, 8, 9]), 8.5, 15)
            while ts.weekday() >= 5:
                ts += timedelta(days=1)
            e = f.add(
                c,
                ts,
                "email",
                "message",
                W.B2B_LEAD[lang] + W.B2B_P[lang][prob] + ".",
                subject=f"{W.SUBJ[lang][0]}: {prob}",
            )
            reply(f, c, ts + timedelta(minutes=r.randint(20, 60)), "email", "case", case)
            v = r.randint(1, 5)
            s = f.add(
                c,
                ts + timedelta(hours=r.uniform(1, 3)),
                "survey",
                "survey_response",
                None,
                nps=v,
                survey="nps",
            )
            c.truth.update(
                {
                    "problem": prob,
                    "booking": case,
                    "complaint_event_ids": [e],
                    "nps_given": True,
                    "nps": v,
                    "survey_event_id": s,
                    "trouble_starts_at": iso(ts),
                }
            )
        elif kind == "mild":
            for j in range(2):
                c = cs[j]
                ts = f.at(r.choice([2, 3, 4, 8, 9]), 8, 16)
                e = f.add(
                    c,
                    ts,
                    "web",
                    "ticket",
                    W.T[lang]["mild"][j % len(W.T[lang]["mild"])],
                    page="/teams/feedback",
                )
                f.add(
                    c,
                    ts + timedelta(minutes=r.randint(30, 120)),
                    "email",
                    "message",
                    W.A[lang]["ack"],
                    subject="Glissaro Teams",
                    out=True,
                )
                c.truth.update({"mild_event_id": e, "trouble_starts_at": iso(ts)})
        f.accounts[acc] = {
            "company": company,
            "site": sites[ai],
            "contacts": ncont,
            "contact_keys": [c.key for c in cs],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": unhappy,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": prob if kind == "at_risk" else None,
            "trouble_starts_at": iso(first_ts) if first_ts else None,
            "language": lang,
            "country": market,
        }
    f.write({"account_risk": 5, "detractor": 16, "repeat_contact": 5}, SEED)
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        datetime(2026, 10, 5, tzinfo=UTC),
        7,
        "a calm week and a Saturday-morning spike",
    )
    r = f.rng
    s0 = datetime(2026, 10, 10, 8, 15, tzinfo=UTC)
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in f.daypick(0, 6, r.randint(1, 4)):
            f.happy(c, f.at(d, 12, 19) if d == 5 else f.at(d, 8, 19))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        ts = f.at(0, 9, 17)
        e = f.add(c, ts, "chat", "chat", f.t(c, "grumble"))
        f.add(c, ts + timedelta(minutes=3), "chat", "chat", W.A[c.lang]["answer"], out=True)
        c.truth.update({"grumble_event_id": e, "trouble_starts_at": iso(ts)})
    for lang, hh in [("pt", 9.6), ("de", 16.1)]:
        c = f.person("grumbles_once", "lone question", lang, tolerated=["silence"])
        ts = f.start + timedelta(days=4, minutes=round(hh * 60))
        e = f.add(c, ts, "chat", "chat", f.t(c, "lone"))
        f.add(c, ts + timedelta(minutes=4), "chat", "chat", W.A[lang]["lone"], out=True)
        c.truth.update({"lone_report_event_id": e, "trouble_starts_at": iso(ts)})
    langs = ["pt"] * 6 + ["de"] * 6 + ["en", "en", "es", "es", "fr", "fr", "it", "it"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(langs)
    r.shuffle(chans)
    offs = [*r.sample(range(1, 45), 18), 0, 45]
    offs.sort()
    keys, eids, reps = [], [], []
    early = [i for i in range(20) if offs[i] <= 25]
    repeaters = set(r.sample(early, 6))
    fixed = set(r.sample([i for i in range(20) if i not in repeaters], 6))
    for i in range(20):
        regular = i < 12 or False
        lang = langs[i]
        rep = i in repeaters
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular else "new",
            lang,
            ["repeat_contact"] if rep else [],
            ["silence", "sentiment_drop"] if rep else ["silence"],
            in_spike=True,
            regular=regular,
        )
        if regular:
            f.happy(c, f.at(2, 8, 17.5), surveys=False)
        ts = s0 + timedelta(minutes=offs[i])
        ch = chans[i]
        text = f.t(c, "spike", e=ERR)
        if ch in ("social", "community"):
            e = f.add(c, ts, ch, "mention" if ch == "social" else "post", text)
        elif ch == "chat":
            e = f.add(c, ts, "chat", "chat", text)
            f.add(c, ts + timedelta(minutes=2), "chat", "chat", W.A[lang]["spike"], out=True)
        elif ch == "email":
            e = f.add(c, ts, "email", "message", text, subject=ERR)
        else:
            e = f.add(c, ts, "web", "ticket", text, page="/help/contact")
        keys.append(c.key)
        eids.append(e)
        c.truth.update({"spike_event_id": e, "spike_channel": ch, "trouble_starts_at": iso(ts)})
        if rep:
            ch2 = r.choice([x for x in ["email", "chat", "community"] if x != ch])
            t2 = ts + timedelta(minutes=r.randint(15, 50))
            text2 = f.t(c, "spike2", e=ERR)
            e2 = f.add(
                c,
                t2,
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                text2,
                subject=f"Re: {ERR}" if ch2 == "email" else None,
            )
            reps.append(e2)
            c.truth["repeat_event_id"] = e2
        if i in fixed:
            local = {"UK": "10:40", "IE": "10:40", "PT": "10:40"}.get(c.market, "11:40")
            f.add(
                c,
                datetime(2026, 10, 10, 11, r.randint(5, 20), tzinfo=UTC),
                "email",
                "message",
                W.A[lang]["fixed"].format(t=local),
                subject="Glissaro",
                out=True,
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": f"curling-lane app access codes refused at lane doors: nobody can get onto the ice, error {ERR}",
        "about": "Saturday morning outage of lane access codes",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    f.write({"repeat_contact": 6, "topic_spike": 1}, SEED)
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
        build()


if __name__ == "__main__":
    main()
