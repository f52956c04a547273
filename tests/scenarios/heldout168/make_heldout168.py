"""Build heldout168 (report only, never tune on it) from wording.py. Standard library only."""

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

SEED = 20261206
CODE = "PRG-716"
LANGS = ["it", "it", "it", "en", "en", "en", "fr", "de", "pt", "es"]
SRC = {
    "email": "remivo-mail",
    "phone": "remivo-voice",
    "social": "remivo-social",
    "community": "remivo-forum",
    "chat": "remivo-chat",
    "web": "remivo-web",
    "survey": "remivo-survey",
}
NO_REPEAT = ["silence"]
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
CANCEL_TOL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    name: str
    email: str
    phone: str
    handle: str
    account: str | None
    seen: bool = False
    truth: dict[str, Any] = field(default_factory=dict)


class Fam:
    def __init__(
        self, name: str, code: str, start: datetime, days: int, n: int, about: str
    ) -> None:
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.rows: list[tuple[datetime, int, dict[str, Any]]] = []
        self.custs: dict[str, Cust] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.count = 0
        self.n = n
        self.cases = 0

    def person(
        self,
        persona: str,
        habit: str,
        lang: str,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        account: str | None = None,
        domain: str | None = None,
    ) -> Cust:
        r = self.rng
        i = len(self.custs) + 1
        g = self.n * 100 + i
        key = f"RM{self.code}{1000 + i * 7 + r.randrange(7)}"
        first, last = r.choice(W.FIRST[lang]), r.choice(W.LAST[lang])
        market = r.choice(W.MARKETS[lang])
        plain = strip(first + "." + last).lower().replace(" ", "")
        email = f"{plain}{g}@{domain or r.choice(['posta', 'mail', 'inbox', 'web'])}.example"
        phone = W.PHONE[market] + "".join(str(r.randrange(10)) for _ in range(8)) + str(i % 10)
        handle = "" if account else f"@{plain.replace('.', '_')}{g}"
        c = Cust(
            key,
            lang,
            market,
            f"{first} {last}",
            email,
            phone.replace(" ", "") if i % 2 else phone,
            handle,
            account,
        )
        c.truth = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": "+" + "".join(ch for ch in phone if ch.isdigit()),
                "handle": handle or None,
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

    def case(self) -> str:
        self.cases += 1
        return f"RM-{self.code}{self.rng.randrange(1000, 9999)}{self.cases:02d}"

    def text(self, table: str, lang: str, **kw: str) -> str:
        opts = W.T[table].get(lang) or W.T[table]["en"]
        return self.rng.choice(opts).format(brand=W.BRAND, code=CODE, **kw)

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.count += 1
        eid = f"h168-{self.code.lower()}-{self.count:05d}"
        if not out and text and channel not in ("phone", "survey"):
            text = self.roughen(text)
        if channel == "social" and text and not out and "@" + W.BRAND not in text:
            text = (
                text.replace(W.BRAND, "@" + W.BRAND, 1)
                if W.BRAND in text
                else "@" + W.BRAND + " " + text
            )
        full = out or not c.seen
        if not out:
            c.seen = True
        cust: dict[str, Any] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": c.account,
        }
        if full:
            cust.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle or None)
        elif channel == "phone":
            cust["phone"] = c.phone
        elif channel in ("social", "community"):
            cust["handle"] = c.handle or None
            if not c.handle:
                cust["email"] = c.email
        elif channel == "email":
            cust["email"] = c.email
        else:
            cust["customer_id"] = c.key
        a = {"market": c.market} | (attrs or {})
        if c.account:
            a["segment"] = "b2b"
        row = {
            "event_id": eid,
            "occurred_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "customer": cust,
            "text": text,
            "subject": subject,
            "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
            "source": SRC[channel],
            "attributes": a,
        }
        self.rows.append((t, self.count, row))
        return eid

    def roughen(self, s: str) -> str:
        r = self.rough
        if r.random() < 1 / 7:
            words = [w for w in s.split(" ") if w.isalpha() and w.islower() and len(w) > 4]
            if words:
                w = r.choice(words)
                j = r.randrange(1, len(w) - 2)
                s = s.replace(w, w[:j] + w[j + 1] + w[j] + w[j + 2 :], 1)
        if r.random() < 1 / 10:
            s = strip(s)
        if r.random() < 1 / 8 and s[:1].isupper():
            s = s[0].lower() + s[1:]
        return s

    def at(self, day: float, lo: float = 7.0, hi: float = 20.0) -> datetime:
        h = self.rng.uniform(lo, hi)
        return self.start + timedelta(days=int(day), hours=h)

    def write(self, expected: dict[str, int]) -> None:
        self.rows.sort(key=lambda x: (x[0], x[1]))
        last = self.rows[-1][0]
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        assert end < datetime(2026, 11, 15, tzinfo=UTC)
        got: dict[str, int] = {}
        for c in self.custs.values():
            assert c.seen, c.key
            assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"])
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
                "business": "Remivo, home fitness-equipment hire",
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-06",
                "expected": expected,
            },
            "start": self.start.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "end": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "customers": {k: c.truth for k, c in sorted(self.custs.items())},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for _, _, r in self.rows), "utf-8"
        )
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )


def strip(s: str) -> str:
    s = s.replace("ü", "ue").replace("ö", "oe").replace("ä", "ae")
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if not unicodedata.combining(ch))


def mins(t: datetime, a: int, b: int, f: Fam) -> datetime:
    return t + timedelta(minutes=f.rng.randint(a, b))


def happy_acts(f: Fam, c: Cust, n: int, days: list[int], lo: float = 7.0, hi: float = 20.0) -> None:
    r = f.rng
    for _ in range(n):
        d = r.choice(days)
        t = f.at(d, lo, hi)
        act = r.choice(
            ["praise", "praise", "again", "gripe", "question", "call", "buy", "review", "joke"]
        )
        if act in ("praise", "again", "joke"):
            ch = r.choice(["social", "community"])
            f.add(
                c,
                t,
                ch,
                "post" if ch == "community" else "mention",
                f.text({"praise": "praise", "again": "again", "joke": "joke"}[act], c.lang),
            )
            if r.random() < 0.4:
                f.add(
                    c,
                    mins(t, 10, 90, f),
                    ch,
                    "post" if ch == "community" else "mention",
                    f.text("answer", c.lang),
                    out=True,
                    attrs={"agent": "social-team"},
                )
        elif act == "gripe":
            f.add(
                c,
                t,
                "web",
                "review",
                f.text("gripe_praise", c.lang),
                attrs={"rating": "4", "page": "/reviews"},
            )
            f.add(
                c,
                mins(t, 30, 180, f),
                "email",
                "message",
                f.text("answer", c.lang),
                out=True,
                attrs={"agent": "reviews-team"},
            )
        elif act == "question":
            f.add(c, t, "chat", "chat", f.text("question", c.lang))
            t2 = mins(t, 1, 6, f)
            f.add(
                c,
                t2,
                "chat",
                "chat",
                f.text("answer", c.lang),
                out=True,
                attrs={"agent": "agent-" + str(r.randrange(10, 40))},
            )
            if r.random() < 0.7:
                f.add(c, mins(t2, 1, 4, f), "chat", "chat", f.text("thanks", c.lang))
        elif act == "call":
            f.add(c, t, "phone", "call", f.text("call_question", c.lang))
        elif act == "buy":
            f.add(
                c,
                t,
                "web",
                "purchase",
                None,
                attrs={
                    "order_value": f"{r.randrange(29, 89)}.90",
                    "currency": "GBP"
                    if c.market in ("UK",)
                    else "CHF"
                    if c.market == "CH"
                    else "EUR",
                    "product": r.choice(W.PRODUCTS),
                    "page": "/checkout",
                },
            )
        else:
            f.add(
                c,
                t,
                "survey",
                "survey_response",
                None,
                scores={"nps": r.choice([9, 10]), "ces": r.choice([6, 7])},
                attrs={"survey": "nps"},
            )


def lang(f: Fam) -> str:
    return f.rng.choice(LANGS)


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        1,
        "happy customers writing often, day and night",
    )
    for _ in range(16):
        c = f.person("happy", "day writer", lang(f))
        happy_acts(f, c, f.rng.randint(7, 11), list(range(10)), 7, 19)
    for _ in range(4):
        c = f.person("happy", "night writer", lang(f))
        for d in f.rng.sample(range(9), 3):
            t = f.start + timedelta(days=d, hours=22, minutes=f.rng.randint(12, 380))
            if f.rng.random() < 0.5:
                f.add(c, t, "social", "mention", f.text("night", c.lang))
            else:
                f.add(c, t, "chat", "chat", f.text("night_chat", c.lang))
                f.add(
                    c,
                    mins(t, 2, 7, f),
                    "chat",
                    "chat",
                    f.text("answer", c.lang),
                    out=True,
                    attrs={"agent": "night-bot"},
                )
    for _ in range(6):
        c = f.person("happy", "answers surveys", lang(f))
        f.add(
            c,
            f.at(f.rng.randrange(10)),
            "web",
            "purchase",
            None,
            attrs={
                "order_value": "49.90",
                "currency": "EUR",
                "product": W.PRODUCTS[0],
                "page": "/checkout",
            },
        )
        for d in f.rng.sample(range(10), 2):
            f.add(
                c,
                f.at(d),
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.choice([9, 10]), "csat": 5},
                attrs={"survey": "nps"},
            )
    f.write({})
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        datetime(2026, 4, 13, tzinfo=UTC),
        12,
        2,
        "happy customers with one angry day",
    )
    for i in range(22):
        det = i < 6
        c = f.person(
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            lang(f),
            ["detractor"] if det else [],
            NO_REPEAT,
        )
        bd = f.rng.randint(2, 9)
        happy_acts(f, c, f.rng.randint(3, 6), [d for d in range(12) if d < bd - 1 or d > bd + 2])
        t = f.at(bd, 8, 20)
        ch = f.rng.choice(["social", "chat", "email", "phone"])
        e = f.add(
            c,
            t,
            ch,
            {"social": "mention", "chat": "chat", "email": "message", "phone": "call"}[ch],
            f.text("bad_day", c.lang)
            if ch != "phone"
            else strip(f.text("bad_day", c.lang)).lower().replace(".", "").replace(",", ""),
        )
        c.truth |= {
            "bad_day_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "bad_day_event_id": e,
            "trouble_starts_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
        if ch in ("chat", "email"):
            cs = f.case()
            f.add(
                c,
                mins(t, 3, 50, f),
                ch,
                "chat" if ch == "chat" else "message",
                f.text("case_opened", c.lang, case=cs),
                out=True,
                attrs={"agent": "agent-12"},
            )
        if f.rng.random() < 0.5:
            f.add(
                c,
                f.at(bd + 1, 8, 12),
                "chat" if ch != "social" else "social",
                "chat" if ch != "social" else "mention",
                f.text("apology", c.lang),
            )
            c.truth["apologised"] = True
        if det:
            s = f.add(
                c,
                f.at(bd + 1, 13, 19),
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5), "csat": 2},
                attrs={"survey": "nps"},
            )
            c.truth |= {"nps_given": True, "survey_event_id": s}
    for _ in range(2):
        c = f.person("happy_one_sarcastic_remark", "happy", lang(f), [], NO_REPEAT)
        happy_acts(f, c, 3, list(range(12)))
        c.truth["sarcasm_event_id"] = f.add(
            c, f.at(5), "social", "mention", f.text("sarcasm", c.lang)
        )
    for _ in range(8):
        c = f.person("happy", "control", lang(f))
        happy_acts(f, c, f.rng.randint(3, 6), list(range(12)))
    f.write({"detractor": 6})
    return f


def repeat_run(f: Fam, c: Cust, day0: int, n: int, competitor: bool) -> None:
    cs = f.case()
    t = f.at(day0, 8, 18)
    ch = f.rng.choice(["email", "chat", "web"])
    ids = [
        f.add(
            c,
            t,
            ch,
            {"email": "message", "chat": "chat", "web": "ticket"}[ch],
            f.text("problem", c.lang, case=cs),
            subject=f"Case {cs}" if ch == "email" else None,
        )
    ]
    f.add(
        c,
        mins(t, 5, 90, f),
        "email",
        "message",
        f.text("case_opened", c.lang, case=cs),
        out=True,
        subject=f"RE: {cs}",
        attrs={"agent": "agent-20"},
    )
    for k in range(1, n):
        t = f.at(day0 + k, 8, 18)
        tab = "third" if k == 2 and competitor else "fourth" if k == 3 else "still_open"
        ch2 = f.rng.choice(["phone", "chat", "email", "social"])
        txt = f.text(tab, c.lang, case=cs, comp=W.COMPETITORS[0])
        if ch2 == "phone":
            txt = txt.lower().replace(".", "").replace(",", "").replace(":", "")
        ids.append(
            f.add(
                c,
                t,
                ch2,
                {"phone": "call", "chat": "chat", "email": "message", "social": "mention"}[ch2],
                txt,
            )
        )
    c.truth |= {
        "booking": cs,
        "problem_event_ids": ids,
        "contacts": n,
        "trouble_starts_at": _iso_of(f, ids[0]),
        "competitor": W.COMPETITORS[0] if competitor else None,
    }


def _iso_of(f: Fam, eid: str) -> str:
    for t, _, r in f.rows:
        if r["event_id"] == eid:
            return t.strftime("%Y-%m-%dT%H:%M:%SZ")
    raise KeyError(eid)


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        datetime(2026, 5, 18, tzinfo=UTC),
        10,
        3,
        "same open problem raised again",
    )
    for i in range(12):
        c = f.person("repeat_contact", "repeats", lang(f), ["repeat_contact"], REPEAT_TOL)
        happy_acts(f, c, f.rng.randint(1, 3), [0], 7, 12)
        repeat_run(f, c, f.rng.randint(1, 4), 2 + i % 3, i % 3 > 0)
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", lang(f), [], NO_REPEAT)
        cs = f.case()
        t = f.at(f.rng.randint(1, 3), 8, 17)
        a = f.add(
            c, t, "email", "message", f.text("problem", c.lang, case=cs), subject=f"Case {cs}"
        )
        f.add(
            c,
            f.at(f.rng.randint(5, 6), 9, 12),
            "email",
            "message",
            f.text("good_news", c.lang, case=cs),
            out=True,
            subject=f"RE: {cs}",
            attrs={"agent": "agent-21"},
        )
        b = f.add(
            c,
            f.at(7, 13, 18),
            "email",
            "message",
            f.text("fixed", c.lang, case=cs),
            subject=f"RE: {cs}",
        )
        f.add(c, f.at(8, 9, 17), "chat", "chat", f.text("question", c.lang))
        c.truth |= {
            "booking": cs,
            "problem_event_ids": [a],
            "confirm_event_id": b,
            "trouble_starts_at": _iso_of(f, a),
        }
    for _ in range(4):
        c = f.person("different_problems", "two problems", lang(f), [], NO_REPEAT)
        cs = f.case()
        a = f.add(
            c,
            f.at(2, 8, 17),
            "web",
            "ticket",
            f.text("problem", c.lang, case=cs),
            attrs={"page": "/help"},
        )
        b = f.add(c, f.at(7, 8, 17), "chat", "chat", f.text("other_problem", c.lang))
        c.truth |= {"problem_event_ids": [a, b], "trouble_starts_at": _iso_of(f, a)}
    for _ in range(6):
        c = f.person("happy", "frequent writer", lang(f))
        happy_acts(f, c, f.rng.randint(8, 12), list(range(10)))
    f.write({"repeat_contact": 12})
    return f


def slide(f: Fam, c: Cust, d0: int) -> None:
    ids = []
    for k in range(6):
        t = f.at(d0 + k * 2, 8, 20)
        ch = f.rng.choice(["social", "community", "chat"])
        ids.append(
            f.add(
                c,
                t,
                ch,
                {"social": "mention", "community": "post", "chat": "chat"}[ch],
                W.T["slide"][c.lang][k].format(brand=W.BRAND, comp=W.COMPETITORS[1]),
            )
        )
    c.truth |= {
        "slide_event_ids": ids,
        "trouble_starts_at": _iso_of(f, ids[0]),
        "competitor": W.COMPETITORS[1],
    }


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        datetime(2026, 6, 22, tzinfo=UTC),
        32,
        4,
        "slow slides, leavers, grumpy and steady customers",
    )
    for _ in range(10):
        c = f.person("slow_churner", "slides", lang(f), ["sentiment_drop"], SLIDE_TOL)
        for _ in range(f.rng.randint(4, 5)):
            f.add(
                c,
                f.at(f.rng.randrange(11)),
                f.rng.choice(["social", "community"]),
                "post",
                f.text("praise", c.lang),
            )
        happy_acts(f, c, f.rng.randint(2, 4), list(range(11)))
        slide(f, c, f.rng.randint(12, 16))
    for _ in range(5):
        c = f.person(
            "slow_churner", "asks to cancel", lang(f), ["churn_intent", "detractor"], CANCEL_TOL
        )
        happy_acts(f, c, 3, list(range(15)))
        t = f.at(f.rng.randint(18, 24), 9, 18)
        e = f.add(c, t, "email", "message", f.text("cancel", c.lang), subject="Remivo Plus")
        f.add(
            c,
            mins(t, 30, 200, f),
            "email",
            "message",
            f.text("goodbye", c.lang),
            out=True,
            attrs={"agent": "agent-30"},
        )
        x = f.add(
            c,
            t + timedelta(days=1, hours=1),
            "web",
            "cancellation",
            None,
            attrs={"page": "/account/cancel", "product": "Remivo Plus"},
        )
        s = f.add(
            c,
            t + timedelta(days=2),
            "survey",
            "survey_response",
            None,
            scores={"nps": f.rng.randint(2, 4)},
            attrs={"survey": "exit"},
        )
        c.truth |= {
            "churn_intent_event_id": e,
            "cancellation_event_id": x,
            "churn_at": _iso_of(f, x),
            "survey_event_id": s,
            "nps_given": True,
            "trouble_starts_at": _iso_of(f, e),
        }
    for _ in range(4):
        c = f.person("steadily_grumpy", "grumbles", lang(f), [], ["repeat_contact", "silence"])
        ids = [
            f.add(c, f.at(d), f.rng.choice(["social", "chat"]), "mention", f.text("grumpy", c.lang))
            for d in sorted(f.rng.sample(range(30), 5))
        ]
        c.truth |= {"grumble_event_ids": ids, "trouble_starts_at": _iso_of(f, ids[0])}
    for _ in range(12):
        c = f.person("happy", "steady", lang(f))
        happy_acts(f, c, f.rng.randint(9, 13), list(range(32)))
    f.write({"sentiment_drop": 10, "churn_intent": 5, "detractor": 5})
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        datetime(2026, 8, 14, tzinfo=UTC),
        3,
        5,
        "a calm weekend with night-owl bursts",
    )
    for _ in range(16):
        c = f.person("happy", "day writer", lang(f))
        happy_acts(f, c, f.rng.randint(2, 4), [0, 1, 2], 7, 17.5)
    for _ in range(4):
        c = f.person("grumbles_once", "grumbles once", lang(f), [], NO_REPEAT)
        t = f.at(f.rng.randrange(3), 9, 17)
        c.truth["grumble_event_id"] = f.add(c, t, "chat", "chat", f.text("gripe_praise", c.lang))
        f.add(
            c,
            mins(t, 1, 5, f),
            "chat",
            "chat",
            f.text("answer", c.lang),
            out=True,
            attrs={"agent": "agent-5"},
        )
    for b in range(3):
        burst = f.start + timedelta(days=b + 1, minutes=50 + b * 6)
        for k in range(10):
            c = f.person("night_owl", f"night {b + 1}, burst {k + 1}", lang(f))
            t = mins(burst, 0, 10, f)
            if k % 3 == 0:
                e = f.add(c, t, "chat", "chat", f.text("night_chat", c.lang))
                f.add(
                    c,
                    mins(t, 1, 4, f),
                    "chat",
                    "chat",
                    f.text("answer", c.lang),
                    out=True,
                    attrs={"agent": "night-bot"},
                )
            else:
                e = f.add(c, t, "social", "mention", f.text("night", c.lang))
            c.truth |= {"burst_at": burst.strftime("%Y-%m-%dT%H:%M:%SZ"), "night_event_id": e}
    for _ in range(6):
        c = f.person("happy", "answers surveys", lang(f))
        f.add(
            c,
            f.at(f.rng.randrange(3), 9, 17),
            "survey",
            "survey_response",
            None,
            scores={"nps": 10, "csat": 5},
            attrs={"survey": "nps"},
        )
    f.write({})
    return f


PAIRS = [
    ("it", "en"),
    ("en", "it"),
    ("it", "fr"),
    ("en", "de"),
    ("it", "de"),
    ("en", "pt"),
    ("it", "es"),
    ("en", "fr"),
    ("pt", "it"),
    ("es", "en"),
    ("de", "it"),
    ("fr", "en"),
]


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        datetime(2026, 9, 7, tzinfo=UTC),
        14,
        6,
        "customers writing in two languages",
    )
    for i in range(27):
        a, b = PAIRS[i % len(PAIRS)]
        if i < 5:
            c = f.person("repeat_contact", "repeats", a, ["repeat_contact"], REPEAT_TOL)
            happy_acts(f, c, 2, [0, 1])
            c.lang = b
            repeat_run(f, c, f.rng.randint(3, 6), 3, i % 2 == 0)
        elif i < 10:
            c = f.person("slow_churner", "slides", a, ["sentiment_drop"], SLIDE_TOL)
            for _ in range(5):
                f.add(c, f.at(f.rng.randrange(3)), "community", "post", f.text("praise", c.lang))
            happy_acts(f, c, f.rng.randint(1, 3), [0, 1, 2])
            c.lang = b
            slide(f, c, 3)
        else:
            c = f.person("happy", "alternates languages", a)
            for k in range(f.rng.randint(6, 10)):
                c.lang = a if k % 2 else b
                happy_acts(f, c, 1, list(range(14)))
        c.lang = a
        c.truth["languages"] = [a, b]
    f.write({"repeat_contact": 5, "sentiment_drop": 5})
    return f


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        datetime(2026, 10, 5, tzinfo=UTC),
        14,
        7,
        "company accounts of Remivo Pro",
    )
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 3 + ["mild"] * 3 + ["happy"] * 4
    expected = {"account_risk": 0, "detractor": 0, "repeat_contact": 0}
    for n, kind in enumerate(kinds):
        lg = [
            "it",
            "en",
            "it",
            "en",
            "fr",
            "it",
            "en",
            "de",
            "pt",
            "es",
            "it",
            "en",
            "it",
            "en",
            "de",
        ][n]
        acct = f"RMP-{W.MARKETS[lg][0]}-{4100 + n * 13}"
        size = [4, 4, 5, 3, 4, 4, 4, 3, 4, 4, 3, 4, 4, 5, 5][n]
        unhappy = (4 if n < 2 else 3) if kind == "at_risk" else 1 if kind == "one_unhappy" else 0
        keys, ukeys, first = [], [], None
        for j in range(size):
            bad = j < unhappy
            last = bad and j == unhappy - 1 and kind == "at_risk"
            if kind == "at_risk" and bad:
                exp = ["detractor", "repeat_contact"] if last else ["detractor"]
                c = f.person(
                    "b2b_unhappy",
                    "complainer",
                    lg,
                    exp,
                    [
                        "sentiment_drop",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "silence",
                        "account_risk",
                    ],
                    acct,
                    f"firm{n}",
                )
            elif bad:
                c = f.person(
                    "b2b_one_unhappy",
                    "complainer",
                    lg,
                    ["detractor"],
                    ["sentiment_drop", "high_value_at_risk", "silence"],
                    acct,
                    f"firm{n}",
                )
            elif kind == "mild" and j == 0:
                c = f.person("b2b_mild", "suggests", lg, [], NO_REPEAT, acct, f"firm{n}")
            else:
                c = f.person("b2b_happy", "contact", lg, [], [], acct, f"firm{n}")
            for rule in c.truth["expected_rules"]:
                expected[rule] += 1
            keys.append(c.key)
            t = f.start + timedelta(days=f.rng.choice([0, 1, 2]), hours=f.rng.uniform(8, 16.5))
            for extra in range(2):
                t = f.start + timedelta(
                    days=f.rng.choice([0, 1]) + extra * 7, hours=f.rng.uniform(8, 16.5)
                )
                f.add(c, t, "chat", "chat", f.text("b2b_routine", lg))
                f.add(
                    c,
                    mins(t, 1, 6, f),
                    "chat",
                    "chat",
                    f.text("answer", lg),
                    out=True,
                    attrs={"agent": "pro-desk"},
                )
                f.add(c, mins(t, 8, 12, f), "chat", "chat", f.text("thanks", lg))
            if bad:
                ukeys.append(c.key)
                t = f.start + timedelta(days=2, hours=8 + j * 1.5 + f.rng.random())
                e = f.add(
                    c,
                    t,
                    "email",
                    "message",
                    f.text("b2b_complaint", lg, acct=acct),
                    subject="Complaint: invoice",
                )
                f.add(
                    c,
                    t + timedelta(hours=2),
                    "email",
                    "message",
                    f.text("case_opened", lg, case=f.case()),
                    out=True,
                    attrs={"agent": "pro-desk"},
                )
                s = f.add(
                    c,
                    t + timedelta(days=1, hours=1),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": f.rng.randint(2, 5)},
                    attrs={"survey": "nps"},
                )
                ids = [e]
                if last:
                    ids.append(
                        f.add(
                            c,
                            t + timedelta(days=5),
                            "phone",
                            "call",
                            f.text("b2b_again", lg, acct=acct)
                            .lower()
                            .replace(":", "")
                            .replace(",", ""),
                        )
                    )
                c.truth |= {
                    "complaint_event_ids": ids,
                    "survey_event_id": s,
                    "company": f"firm{n}",
                    "role": "complainer",
                    "trouble_starts_at": _iso_of(f, e),
                }
                first = first or _iso_of(f, e)
            elif kind == "mild" and j == 0:
                c.truth["mild_event_id"] = f.add(
                    c,
                    f.start + timedelta(days=6, hours=10),
                    "email",
                    "message",
                    f.text("b2b_mild", lg),
                )
            else:
                f.add(
                    c,
                    f.start + timedelta(days=f.rng.randint(3, 11), hours=f.rng.uniform(8, 16)),
                    "email",
                    "message",
                    f.text("b2b_praise", lg),
                )
        f.accounts[acct] = {
            "company": f"firm{n}",
            "contacts": size,
            "contact_keys": keys,
            "unhappy_contacts": len(ukeys),
            "unhappy_contact_keys": ukeys,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": "invoice" if kind == "at_risk" else None,
            "trouble_starts_at": first if kind == "at_risk" else None,
            "language": lg,
        }
        if kind == "at_risk":
            expected["account_risk"] += 1
    f.write(expected)
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        datetime(2026, 11, 2, tzinfo=UTC),
        7,
        8,
        "a calm week and the planted incident",
    )
    for _ in range(40):
        c = f.person("happy", "day writer", lang(f))
        happy_acts(f, c, f.rng.randint(2, 5), [0, 1, 2, 3, 4, 5], 7, 19)
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", lang(f), [], NO_REPEAT)
        c.truth["grumble_event_id"] = f.add(
            c, f.at(0, 9, 16), "chat", "chat", f.text("gripe_praise", c.lang)
        )
    for lg in ("it", "en"):
        c = f.person("grumbles_once", "lone question", lg, [], NO_REPEAT)
        c.truth["lone_report_event_id"] = f.add(
            c, f.at(4, 10, 16), "chat", "chat", f.text("lone_q", lg)
        )
    start = datetime(2026, 11, 7, 9, 10, tzinfo=UTC)
    langs = ["it"] * 6 + ["en"] * 6 + ["fr", "de", "pt", "es", "it", "en", "fr", "de"]
    ids: list[str] = []
    rids: list[str] = []
    keys: list[str] = []
    times = sorted(
        [start]
        + [start + timedelta(minutes=f.rng.randint(1, 44)) for _ in range(18)]
        + [start + timedelta(minutes=45)]
    )
    for i, t in enumerate(times):
        rep = i % 3 == 1 and len(rids) < 6
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if i % 2 else "new",
            langs[i],
            ["repeat_contact"] if rep else [],
            ["silence", "sentiment_drop"] if rep else NO_REPEAT,
        )
        if i % 4 != 3:
            happy_acts(f, c, 1, [0, 1, 2, 3])
        ch = ["social", "chat", "community", "email", "phone", "web"][i % 6]
        txt = f.text("spike_call", c.lang) if ch == "phone" else f.text("spike", c.lang)
        e = f.add(
            c,
            t,
            ch,
            {
                "social": "mention",
                "chat": "chat",
                "community": "post",
                "email": "message",
                "phone": "call",
                "web": "ticket",
            }[ch],
            txt,
        )
        ids.append(e)
        keys.append(c.key)
        c.truth |= {
            "in_spike": True,
            "spike_event_id": e,
            "spike_channel": ch,
            "trouble_starts_at": _iso_of(f, e),
        }
        if rep:
            ch2 = "chat" if ch != "chat" else "social"
            r = f.add(
                c,
                mins(t, 10, 60, f),
                ch2,
                "chat" if ch2 == "chat" else "mention",
                f.text("spike_again", c.lang),
            )
            rids.append(r)
            c.truth["repeat_event_id"] = r
        if ch == "email":
            f.add(
                c,
                start + timedelta(hours=3),
                "email",
                "message",
                "The app connects to your machine again since 12:05. We've credited a free day. Sorry! - Remivo",
                out=True,
                attrs={"agent": "agent-1"},
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": f"fitness app cannot pair with rented machines, error {CODE}",
        "about": "the planted incident",
        "channel": None,
        "start": times[0].strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end": times[-1].strftime("%Y-%m-%dT%H:%M:%SZ"),
        "customers": len(keys),
        "customer_keys": keys,
        "event_ids": ids,
        "repeat_event_ids": rids,
    }
    f.write({"repeat_contact": 6, "topic_spike": 1})
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
        fam = build()
        wd = fam.start.weekday()
        assert wd == (4 if fam.name == "quiet_hours" else 0), fam.name
        print(
            fam.name,
            len(fam.custs),
            len(fam.rows),
            sum(1 for _, _, r in fam.rows if r["direction"] == "outbound"),
        )


if __name__ == "__main__":
    main()
