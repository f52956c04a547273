"""Build heldout178 (report only, written blind): python make_heldout178.py."""

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
import wording as w  # noqa: E402

SEED = 20261206
COMPS = ("Russfrei", "Fumivo")
H = 3600.0
SPIKE_START = datetime(2026, 10, 31, 8, 20, tzinfo=UTC)


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


class Fam:
    def __init__(self, name: str, code: str, n: int, start: datetime, days: int) -> None:
        self.name, self.code, self.days, self.start = name, code, days, start
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.rows: list[dict[str, Any]] = []
        self.custs: dict[str, Cust] = {}
        self.seq = 0
        self.case = 0
        self.accounts: dict[str, Any] = {}
        self.spike: dict[str, Any] = {}
        self.n = n

    def pick(self, table: dict[str, list[str]], lang: str) -> str:
        return self.rng.choice(table[lang])

    def person(
        self,
        lang: str,
        persona: str,
        habit: str,
        exp: list[str],
        tol: list[str],
        account: str | None = None,
    ) -> Cust:
        i = len(self.custs) + 1
        key = f"KM{self.code}{self.n}{i:03d}"
        first = self.rng.choice(w.FIRST[lang])
        last = self.rng.choice(w.LAST[lang])
        market = self.rng.choice(w.MARKET[lang])
        asc = strip(first + last).lower()
        dom = (
            f"{account.lower()}.example"
            if account
            else self.rng.choice(["mail.example", "post.example", "web.example"])
        )
        email = f"{asc}.{self.code.lower()}{i}@{dom}"
        phone = f"{w.PHONE[market]}{self.n}{i:03d}{self.rng.randint(1000, 9999)}"
        handle = None if account else f"@{asc}_{self.code.lower()}{i}"
        c = Cust(key, lang, market, f"{first} {last}", email, phone, handle, account)
        c.truth = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": "+" + "".join(ch for ch in phone if ch.isdigit()),
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": exp,
            "tolerated_rules": tol,
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        self.custs[key] = c
        return c

    def t(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def add(
        self,
        ts: datetime,
        c: Cust,
        channel: str,
        kind: str,
        text: str | None,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.seq += 1
        eid = f"h178-{self.code.lower()}-{self.seq:05d}"
        if text and not out and channel != "phone":
            text = self.roughen(text)
        a = {"market": c.market} | (attrs or {})
        if c.account:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(["Katrin", "Joana", "Sam", "Élodie"])
        self.rows.append(
            {
                "event_id": eid,
                "occurred_at": ts,
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "c": c,
                "text": text,
                "subject": subject,
                "scores": scores or {"nps": None, "csat": None, "ces": None},
                "source": f"kaminaro-{channel}",
                "attributes": a,
            }
        )
        return eid

    def roughen(self, text: str) -> str:
        r = self.rough.random()
        if r < 0.14:
            words = [
                i
                for i, x in enumerate(text.split(" "))
                if x.isalpha() and x.islower() and len(x) > 4
            ]
            if words:
                parts = text.split(" ")
                i = self.rough.choice(words)
                x = parts[i]
                j = self.rough.randrange(1, len(x) - 2)
                parts[i] = x[:j] + x[j + 1] + x[j] + x[j + 2 :]
                text = " ".join(parts)
        elif r < 0.26:
            text = text[0].lower() + text[1:]
        elif r < 0.36:
            text = strip(text)
        return text

    def newcase(self) -> str:
        self.case += 1
        return f"KM-{self.n}{self.case:05d}"

    def happy_act(self, c: Cust, ts: datetime) -> None:
        r = self.rng.random()
        L = c.lang
        if r < 0.25:
            self.add(
                ts, c, self.rng.choice(["social", "community"]), "post", self.pick(w.PRAISE, L)
            )
        elif r < 0.45:
            self.add(ts, c, "chat", "chat", self.pick(w.QUESTION, L))
            self.add(
                ts + timedelta(minutes=self.rng.randint(1, 6)),
                c,
                "chat",
                "chat",
                self.pick(w.ANSWER, L),
                out=True,
            )
            if self.rng.random() < 0.6:
                self.add(
                    ts + timedelta(minutes=self.rng.randint(8, 15)),
                    c,
                    "chat",
                    "chat",
                    self.pick(w.THANKS, L),
                )
        elif r < 0.55:
            self.add(ts, c, "phone", "call", self.pick(w.CALL_Q, L))
            self.add(
                ts + timedelta(minutes=20), c, "email", "message", self.pick(w.ANSWER, L), out=True
            )
        elif r < 0.75:
            self.add(ts, c, "web", "page_view", None, attrs={"page": "/book"})
            self.add(
                ts + timedelta(minutes=self.rng.randint(3, 12)),
                c,
                "web",
                "purchase",
                None,
                attrs={
                    "order_value": f"{self.rng.randint(69, 149)}.00",
                    "currency": "EUR",
                    "product": "Chimney sweep / Kehrung",
                    "page": "/checkout",
                },
            )
        elif r < 0.88:
            self.add(
                ts,
                c,
                "web",
                "review",
                self.pick(w.GRIPE, L),
                attrs={"rating": "4", "page": "/reviews"},
            )
        else:
            self.add(
                ts,
                c,
                "survey",
                "survey_response",
                self.pick(w.SURVEY_WORD, L) or None,
                scores={"nps": self.rng.choice([9, 10]), "csat": None, "ces": None},
                attrs={"survey": "nps"},
            )

    def happy(self, c: Cust, days: list[int], lo: float = 8, hi: float = 19) -> None:
        for d in days:
            self.happy_act(c, self.t(d, self.rng.uniform(lo, hi)))

    def complaint(self, c: Cust, problem: str, lang: str | None = None) -> str:
        return self.pick(w.COMPLAINT[problem], lang or c.lang)

    def finish(self, expected: dict[str, int]) -> None:
        self.rows.sort(key=lambda r: (r["occurred_at"], r["event_id"]))
        seen: set[str] = set()
        lines = []
        for r in self.rows:
            c: Cust = r.pop("c")
            ts: datetime = r["occurred_at"]
            assert datetime(2026, 1, 1, tzinfo=UTC) <= ts < datetime(2026, 11, 15, tzinfo=UTC), ts
            full = r["direction"] == "outbound" or c.key not in seen
            if r["direction"] == "inbound":
                seen.add(c.key)
            ch = r["channel"]
            ref: dict[str, str | None] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            if full:
                ref |= {
                    "customer_id": c.key,
                    "email": c.email,
                    "phone": c.phone,
                    "handle": c.handle,
                }
            elif ch == "phone":
                ref["phone"] = c.phone
            elif ch == "email":
                ref["email"] = c.email
            elif ch in ("social", "community"):
                if c.handle:
                    ref["handle"] = c.handle
                else:
                    ref["email"] = c.email
            else:
                ref["customer_id"] = c.key
            r["occurred_at"] = ts.strftime("%Y-%m-%dT%H:%M:%SZ")
            r["customer"] = ref
            lines.append(json.dumps(r, ensure_ascii=False))
        for c in self.custs.values():
            assert c.key in seen, c.key
            assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"])
        counts: dict[str, int] = {}
        for c in self.custs.values():
            for rule in c.truth["expected_rules"]:
                counts[rule] = counts.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                counts[rule] = counts.get(rule, 0) + 1
        if self.spike:
            counts["topic_spike"] = 1
        assert counts == expected, (self.name, counts, expected)
        last = max(
            datetime.strptime(r_["occurred_at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
            for r_ in (json.loads(x) for x in lines)
        )
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        truth = {
            "config": {
                "family": self.name,
                "business": "Kaminaro (chimney sweeping and stove servicing)",
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-06",
                "expected": expected,
            },
            "start": self.start.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "end": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "customers": {k: c.truth for k, c in self.custs.items()},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


def strip(text: str) -> str:
    text = (
        text.replace("ä", "ae")
        .replace("ö", "oe")
        .replace("ü", "ue")
        .replace("Ä", "Ae")
        .replace("Ö", "Oe")
        .replace("Ü", "Ue")
    )
    return "".join(
        ch
        for ch in unicodedata.normalize("NFD", text)
        if unicodedata.category(ch) != "Mn" or ch == "\u0303"
    )


def lang_of(rng: random.Random) -> str:
    return str(rng.choices(w.LANGS, weights=[30, 30, 10, 10, 10, 10])[0])


def fill(text: str, case: str = "", problem: str = "", comp: str = "", name: str = "") -> str:
    return (
        text.replace("CASE", case)
        .replace("PROBLEM", problem)
        .replace("COMP", comp)
        .replace("NAME", name)
    )


def night_hour(rng: random.Random) -> float:
    h = rng.uniform(22.2, 28.5)
    return h


def happy_writers(f: Fam) -> None:
    for i in range(26):
        c = f.person(
            lang_of(f.rng),
            "happy",
            "night writer" if 16 <= i < 21 else ("answers surveys" if i >= 21 else "day writer"),
            [],
            [],
        )
        if i < 16:
            f.happy(c, sorted(f.rng.sample(range(10), f.rng.randint(5, 8))))
        elif i < 21:
            for d in f.rng.sample(range(9), f.rng.randint(2, 4)):
                ts = f.t(d, night_hour(f.rng))
                if f.rng.random() < 0.5:
                    f.add(ts, c, "social", "post", f.pick(w.NIGHT, c.lang))
                else:
                    f.add(ts, c, "chat", "chat", f.pick(w.NIGHTQ, c.lang))
                    f.add(
                        ts + timedelta(minutes=4),
                        c,
                        "chat",
                        "chat",
                        f.pick(w.ANSWER, c.lang),
                        out=True,
                    )
                    f.add(ts + timedelta(minutes=9), c, "chat", "chat", f.pick(w.THANKS, c.lang))
            f.happy(c, f.rng.sample(range(10), 3), 9, 18)
        else:
            for d in f.rng.sample(range(10), f.rng.randint(3, 6)):
                f.add(
                    f.t(d, f.rng.uniform(8, 20)),
                    c,
                    "survey",
                    "survey_response",
                    f.pick(w.SURVEY_WORD, c.lang) or None,
                    scores={"nps": f.rng.choice([9, 10]), "csat": None, "ces": None},
                    attrs={"survey": "nps"},
                )
    f.finish({})


def bad_day(f: Fam, c: Cust, day: int, lang: str, chans: str, detractor: bool) -> None:
    problem = f.rng.choice(w.PROBLEMS)
    ts = f.t(day, f.rng.uniform(8, 18))
    text = f.complaint(c, problem, lang)
    case = f.newcase()
    if chans == "letter":
        eid = f.add(
            ts,
            c,
            "email",
            "message",
            fill(f.pick(w.LETTER, lang), problem=text, name=c.name),
            subject=f"Kaminaro: {problem}",
        )
        chans = "email"
    elif chans == "phone":
        eid = f.add(
            ts,
            c,
            "phone",
            "call",
            f"ja hallo {text.lower().rstrip('!.')}" if lang == "de" else text.lower().rstrip("!."),
        )
    elif chans == "social":
        eid = f.add(ts, c, "social", "mention", "@Kaminaro " + text)
        case = ""
    elif chans == "chat":
        eid = f.add(ts, c, "chat", "chat", text)
        f.add(
            ts + timedelta(minutes=3),
            c,
            "chat",
            "chat",
            fill(f.pick(w.CASE_OPENED, lang), case),
            out=True,
        )
    else:
        eid = f.add(
            ts,
            c,
            chans,
            "ticket" if chans == "web" else "message",
            text,
            attrs={"page": "/contact"} if chans == "web" else None,
        )
    if case and chans != "chat":
        f.add(
            ts + timedelta(minutes=f.rng.randint(10, 40)),
            c,
            "email",
            "message",
            fill(f.pick(w.CASE_OPENED, lang), case),
            out=True,
        )
    c.truth |= {
        "problem": problem,
        "bad_day_at": ts.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "bad_day_event_id": eid,
        "trouble_starts_at": ts.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "booking": case or None,
    }
    if detractor:
        sid = f.add(
            ts + timedelta(minutes=f.rng.randint(100, 140)),
            c,
            "survey",
            "survey_response",
            f.pick(w.LOW_WORD, lang) or None,
            scores={"nps": f.rng.randint(1, 5), "csat": None, "ces": None},
            attrs={"survey": "nps"},
        )
        c.truth |= {"survey_event_id": sid, "nps_given": True}
    elif case and f.rng.random() < 0.6:
        g = ts + timedelta(hours=f.rng.uniform(1, 4))
        f.add(g, c, "email", "message", fill(f.pick(w.GOOD_NEWS, lang), case), out=True)
        if f.rng.random() < 0.5:
            a = ts + timedelta(hours=f.rng.uniform(16, 24))
            if a.hour < 7 or a.hour >= 22:
                a = a.replace(hour=8)
            c.truth["apology_event_id"] = f.add(a, c, "chat", "chat", f.pick(w.APOLOGY, lang))


def one_bad_day(f: Fam) -> None:
    kinds = ["letter", "email", "chat", "social", "web", "phone"] * 4
    det = set(f.rng.sample([i for i, k in enumerate(kinds) if k != "social"], 6))
    for i, k in enumerate(kinds):
        d = i in det
        c = f.person(
            lang_of(f.rng),
            "bad_day_detractor" if d else "happy_one_bad_day",
            "one bad day",
            ["detractor"] if d else [],
            ["silence"],
        )
        day = 2 + i % 8
        f.happy(
            c,
            [x for x in f.rng.sample(range(12), 4) if x < day - 1 or x > day + 2][
                : f.rng.randint(1, 4)
            ]
            or [0],
        )
        bad_day(f, c, day, c.lang, k, d)
    for _ in range(8):
        c = f.person(lang_of(f.rng), "happy", "control", [], [])
        f.happy(c, sorted(f.rng.sample(range(12), f.rng.randint(4, 7))))
    f.finish({"detractor": 6})


REPEAT_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]


def repeat_run(f: Fam, c: Cust, day: int, times: int, langs: list[str]) -> None:
    problem = f.rng.choice(w.PROBLEMS)
    case = f.newcase()
    ts = f.t(day, f.rng.uniform(8, 17))
    chans = ["web", "email", "chat", "phone", "social"]
    f.rng.shuffle(chans)
    ids = []
    for k in range(times):
        lang = langs[k % len(langs)]
        text = f.complaint(c, problem, lang)
        if k == 0:
            ch = chans[0]
            ids.append(
                f.add(
                    ts,
                    c,
                    ch,
                    {
                        "web": "ticket",
                        "email": "message",
                        "chat": "chat",
                        "phone": "call",
                        "social": "mention",
                    }[ch],
                    text.lower().rstrip("!.") if ch == "phone" else text,
                )
            )
            f.add(
                ts + timedelta(minutes=f.rng.randint(10, 40)),
                c,
                "email",
                "message",
                fill(f.pick(w.CASE_OPENED, lang), case),
                out=True,
            )
        else:
            ts = ts + timedelta(hours=f.rng.uniform(4, 40))
            if ts.hour >= 22 or ts.hour < 7:
                ts = (ts + timedelta(hours=10)).replace(hour=8)
            ch = chans[k]
            extra = (
                (" " + fill(f.pick(w.THIRD, lang), comp=COMPS[f.n % 2]))
                if k == 2
                else (" " + f.pick(w.FOURTH, lang) if k == 3 else "")
            )
            if ch == "phone":
                txt = fill(
                    f.pick(w.CALL_BAD, lang), case, text.lower().rstrip("!.")
                ) + extra.lower().rstrip(".")
            else:
                txt = fill(f.pick(w.STILL_OPEN, lang), case, text) + extra
            if ch == "social":
                txt = "@Kaminaro " + txt
            ids.append(
                f.add(
                    ts,
                    c,
                    ch,
                    {
                        "web": "ticket",
                        "email": "message",
                        "chat": "chat",
                        "phone": "call",
                        "social": "mention",
                    }[ch],
                    txt,
                    subject=f"RE: {case}" if ch == "email" else None,
                )
            )
    c.truth |= {
        "problem": problem,
        "booking": case,
        "contacts": times,
        "problem_event_ids": ids,
        "trouble_starts_at": f.t(day, 0).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }


def fixed_run(f: Fam, c: Cust, day: int, lang1: str, lang2: str) -> None:
    problem = f.rng.choice(w.PROBLEMS)
    case = f.newcase()
    ts = f.t(day, f.rng.uniform(8, 16))
    eid = f.add(ts, c, "web", "ticket", f.complaint(c, problem, lang1), attrs={"page": "/contact"})
    f.add(
        ts + timedelta(minutes=20),
        c,
        "email",
        "message",
        fill(f.pick(w.CASE_OPENED, lang1), case),
        out=True,
    )
    f.add(
        ts + timedelta(hours=5),
        c,
        "email",
        "message",
        fill(f.pick(w.GOOD_NEWS, lang2), case),
        out=True,
    )
    cid = f.add(
        ts + timedelta(hours=24),
        c,
        "email",
        "message",
        fill(f.pick(w.CONFIRM, lang2), case),
        subject=f"RE: {case}",
    )
    c.truth.setdefault("problems", []).append(
        {"problem": problem, "booking": case, "problem_event_ids": [eid], "confirm_event_id": cid}
    )


def repeat_contacts(f: Fam) -> None:
    for i in range(12):
        c = f.person(lang_of(f.rng), "repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        f.happy(c, [0], 7, 12)
        repeat_run(f, c, 1 + i % 4, 2 + i % 3, [c.lang])
    for _ in range(5):
        c = f.person(lang_of(f.rng), "resolved_between_contacts", "fixed", [], ["silence"])
        f.happy(c, [0])
        fixed_run(f, c, f.rng.randint(1, 4), c.lang, c.lang)
    for _ in range(3):
        c = f.person(lang_of(f.rng), "different_problems", "two problems", [], ["silence"])
        fixed_run(f, c, 1, c.lang, c.lang)
        fixed_run(f, c, 6, c.lang, c.lang)
    for _ in range(7):
        c = f.person(lang_of(f.rng), "happy", "frequent writer", [], [])
        f.happy(c, sorted(f.rng.sample(range(10), f.rng.randint(5, 8))))
    f.finish({"repeat_contact": 12})


def slide(f: Fam, c: Cust, day: int, span: int, langs: list[str]) -> None:
    comp = COMPS[f.rng.randrange(2)]
    ids = []
    ts = f.t(day, 9)
    for k in range(6):
        ts = ts + timedelta(hours=span * 24 / 6 + f.rng.uniform(1, 3))
        if ts.hour >= 22 or ts.hour < 7:
            ts = ts.replace(hour=9)
        lang = langs[k % len(langs)]
        ch = ["social", "community", "web"][k % 3]
        txt = fill(w.SLIDE[lang][k], comp=comp)
        if ch == "social":
            txt = "@Kaminaro " + txt
        ids.append(
            f.add(
                ts,
                c,
                ch,
                "review" if ch == "web" else "post",
                txt,
                attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"}
                if ch == "web"
                else None,
            )
        )
        if k == 3:
            c.truth["slide_step4_at"] = ts.strftime("%Y-%m-%dT%H:%M:%SZ")
    c.truth |= {
        "slide_event_ids": ids,
        "competitor": comp,
        "trouble_starts_at": datetime.strptime(
            c.truth.get("slide_step4_at", ""), "%Y-%m-%dT%H:%M:%SZ"
        ).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }


def slow_churners(f: Fam) -> None:
    for i in range(10):
        det = i < 5
        c = f.person(
            lang_of(f.rng),
            "slow_churner",
            "slides",
            ["sentiment_drop", "detractor"] if det else ["sentiment_drop"],
            [
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
        for d in f.rng.sample(range(11), 5):
            f.add(
                f.t(d, f.rng.uniform(8, 20)),
                c,
                f.rng.choice(["social", "community"]),
                "post",
                f.pick(w.PRAISE, c.lang),
            )
        f.happy(c, f.rng.sample(range(11), 3))
        slide(f, c, 12 + i % 5, [3, 5, 9][i % 3], [c.lang])
        if det:
            s4 = datetime.strptime(c.truth["slide_step4_at"], "%Y-%m-%dT%H:%M:%SZ").replace(
                tzinfo=UTC
            ) + timedelta(hours=3)
            if s4.hour >= 22 or s4.hour < 7:
                s4 = s4.replace(hour=9)
            c.truth["survey_event_id"] = f.add(
                s4,
                c,
                "survey",
                "survey_response",
                f.pick(w.LOW_WORD, c.lang) or None,
                scores={"nps": f.rng.randint(1, 5), "csat": None, "ces": None},
                attrs={"survey": "nps"},
            )
    for _ in range(5):
        c = f.person(
            lang_of(f.rng),
            "slow_churner",
            "asks to cancel",
            ["churn_intent"],
            ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        f.happy(c, f.rng.sample(range(15), 4))
        ts = f.t(f.rng.randint(17, 23), f.rng.uniform(9, 16))
        c.truth["churn_intent_event_id"] = f.add(
            ts, c, "email", "message", f.pick(w.CANCEL, c.lang), subject="Kündigung / cancel"
        )
        f.add(ts + timedelta(hours=3), c, "email", "message", f.pick(w.SORRY_GO, c.lang), out=True)
        c.truth["cancellation_event_id"] = f.add(
            ts + timedelta(hours=25),
            c,
            "web",
            "cancellation",
            None,
            attrs={"page": "/account/cancel", "product": "Kaminaro Plus"},
        )
    for _ in range(6):
        c = f.person(lang_of(f.rng), "happy", "steady", [], [])
        f.happy(c, sorted(f.rng.sample(range(32), f.rng.randint(6, 10))))
    for _ in range(5):
        c = f.person(
            lang_of(f.rng), "steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"]
        )
        d = f.rng.randint(0, 4)
        for _k in range(f.rng.randint(5, 7)):
            f.add(
                f.t(d, f.rng.uniform(9, 20)),
                c,
                f.rng.choice(["social", "community", "web"]),
                "post",
                f.pick(w.GRUMBLE, c.lang),
            )
            d += f.rng.randint(1, 3)
    for _ in range(5):
        c = f.person(lang_of(f.rng), "happy_one_sarcastic_remark", "happy", [], ["silence"])
        f.happy(c, f.rng.sample(range(16), 5))
        c.truth["sarcasm_event_id"] = f.add(
            f.t(f.rng.randint(17, 28), 18),
            c,
            "social",
            "post",
            "@Kaminaro " + f.pick(w.SARCASM, c.lang),
        )
    f.finish({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})


def quiet_hours(f: Fam) -> None:
    for _ in range(16):
        c = f.person(lang_of(f.rng), "happy", "day writer", [], [])
        f.happy(c, f.rng.sample(range(3), f.rng.randint(1, 3)), 7, 17.5)
    for _ in range(4):
        c = f.person(lang_of(f.rng), "grumbles_once", "grumbles once", [], ["silence"])
        ts = f.t(f.rng.randint(0, 2), f.rng.uniform(9, 16))
        f.add(ts, c, "web", "page_view", None, attrs={"page": "/book"})
        c.truth["grumble_event_id"] = f.add(
            ts + timedelta(minutes=25), c, "chat", "chat", f.pick(w.QUIET_GRUMBLE, c.lang)
        )
        f.add(ts + timedelta(minutes=29), c, "chat", "chat", f.pick(w.ANSWER, c.lang), out=True)
    for night in range(3):
        base = f.t(night + 1, f.rng.uniform(0.67, 1.08))
        for burst, off in enumerate((0, f.rng.uniform(28, 33), f.rng.uniform(55, 65))):
            for _ in range(4):
                c = f.person(
                    lang_of(f.rng), "night_owl", f"night {night + 1}, burst {burst + 1}", [], []
                )
                ts = base + timedelta(minutes=off + f.rng.uniform(0, 10))
                if f.rng.random() < 0.5:
                    c.truth["night_event_id"] = f.add(
                        ts, c, "social", "post", f.pick(w.NIGHT, c.lang)
                    )
                else:
                    c.truth["night_event_id"] = f.add(
                        ts, c, "chat", "chat", f.pick(w.NIGHTQ, c.lang)
                    )
                    f.add(
                        ts + timedelta(minutes=3),
                        c,
                        "chat",
                        "chat",
                        f.pick(w.ANSWER, c.lang),
                        out=True,
                    )
                    f.add(ts + timedelta(minutes=7), c, "chat", "chat", f.pick(w.THANKS, c.lang))
                if f.rng.random() < 0.5:
                    f.happy(c, [night], 9, 17.5)
    f.finish({})


def bilingual(f: Fam) -> None:
    pairs = [
        ("de", "pt"),
        ("pt", "de"),
        ("de", "en"),
        ("pt", "es"),
        ("de", "fr"),
        ("pt", "fr"),
        ("de", "it"),
        ("en", "pt"),
        ("es", "de"),
        ("it", "pt"),
        ("fr", "de"),
        ("pt", "en"),
    ]
    for i in range(12):
        a, b = pairs[i]
        c = f.person(a, "happy", "alternates languages", [], [])
        c.truth["languages"] = [a, b]
        for k, d in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            c.lang = (a, b)[k % 2]
            f.happy_act(c, f.t(d, f.rng.uniform(8, 19)))
        c.lang = a
    for i in range(5):
        a, b = pairs[i + 3]
        c = f.person(a, "repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        c.truth["languages"] = [a, b]
        f.happy(c, [0])
        repeat_run(f, c, 2 + i % 3, 2 + i % 3, [a, b])
    for i in range(5):
        a, b = pairs[i + 6]
        c = f.person(
            a,
            "slow_churner",
            "slides",
            ["sentiment_drop"],
            [
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
        c.truth["languages"] = [a, b]
        for k, d in enumerate(range(5)):
            f.add(
                f.t(d, f.rng.uniform(8, 20)),
                c,
                "community",
                "post",
                f.pick(w.PRAISE, (a, b)[k % 2]),
            )
        slide(f, c, 7, [3, 5][i % 2], [a, b])
    for i in range(3):
        a, b = pairs[i + 1]
        c = f.person(a, "happy_one_bad_day", "one bad day", [], ["silence"])
        c.truth["languages"] = [a, b]
        f.happy(c, [0, 1, 12])
        bad_day(f, c, 6, b, ["letter", "email", "chat"][i], False)
    for i in range(2):
        a, b = pairs[i]
        c = f.person(a, "resolved_between_contacts", "fixed", [], ["silence"])
        c.truth["languages"] = [a, b]
        f.happy(c, [0])
        fixed_run(f, c, 4, a, b)
    f.finish({"repeat_contact": 5, "sentiment_drop": 5})


def b2b_accounts(f: Fam) -> None:
    plans = (
        [
            ("at_risk", 5, 4),
            ("at_risk", 5, 4),
            ("at_risk", 5, 3),
            ("at_risk", 5, 3),
            ("at_risk", 5, 3),
        ]
        + [("one_unhappy", 3, 1)] * 4
        + [("mild", 4, 2)] * 3
        + [("happy", 4, 0), ("happy", 3, 0), ("happy", 3, 0)]
    )
    for n, (kind, size, unhappy) in enumerate(plans):
        lang = [
            "de",
            "pt",
            "de",
            "pt",
            "en",
            "de",
            "pt",
            "fr",
            "es",
            "de",
            "pt",
            "it",
            "de",
            "pt",
            "en",
        ][n]
        acc = f"KMP-{w.MARKET[lang][0]}-{1000 + n * 37}"
        problem = w.B2B_PROBLEMS[n % 4]
        case = f.newcase()
        keys, bad = [], []
        first_name = ""
        ts = f.t(2, 9 + n % 3)
        for k in range(size):
            role = (
                "complainer"
                if k < unhappy and kind != "mild"
                else ("suggests" if k < unhappy else "contact")
            )
            if kind == "at_risk" and role == "complainer":
                last = k == unhappy - 1
                c = f.person(
                    lang,
                    "b2b_unhappy",
                    "complainer",
                    ["repeat_contact"] if last else ["detractor"],
                    [
                        "sentiment_drop",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "silence",
                        "account_risk",
                    ],
                    acc,
                )
                text = f.pick(w.B2B[problem], lang)
                if k == 0:
                    first_name = c.name.split()[0]
                    eid = f.add(
                        ts,
                        c,
                        "email",
                        "message",
                        text,
                        subject=f"Beschwerde / complaint: {problem}",
                    )
                    f.add(
                        ts + timedelta(minutes=30),
                        c,
                        "email",
                        "message",
                        fill(f.pick(w.CASE_OPENED, lang), case),
                        out=True,
                    )
                else:
                    ts = ts + timedelta(hours=f.rng.uniform(8, 28))
                    while ts.weekday() > 4 or not 8 <= ts.hour < 17:
                        ts = (ts + timedelta(days=1)).replace(hour=9)
                    intro = (
                        fill(f.pick(w.B2B_AGAIN, lang), case)
                        .replace("NAME2", first_name)
                        .replace("WEEKDAY", w.WEEKDAY[lang][2])
                    )
                    eid = f.add(
                        ts, c, "email", "message", intro + " " + text, subject=f"RE: {case}"
                    )
                c.truth["complaint_event_ids"] = [eid]
                if not last:
                    c.truth["survey_event_id"] = f.add(
                        ts + timedelta(hours=2),
                        c,
                        "survey",
                        "survey_response",
                        f.pick(w.LOW_WORD, lang) or None,
                        scores={"nps": f.rng.randint(1, 5), "csat": None, "ces": None},
                        attrs={"survey": "nps"},
                    )
                else:
                    t2 = ts + timedelta(hours=f.rng.uniform(18, 40))
                    while t2.weekday() > 4 or not 8 <= t2.hour < 17:
                        t2 = (t2 + timedelta(days=1)).replace(hour=9)
                    c.truth["complaint_event_ids"].append(
                        f.add(
                            t2,
                            c,
                            "phone",
                            "call",
                            fill(f.pick(w.B2B_LAST, lang), case, comp=COMPS[n % 2]),
                        )
                    )
                bad.append(c.key)
            elif kind == "one_unhappy" and role == "complainer":
                c = f.person(
                    lang,
                    "b2b_one_unhappy",
                    "complainer",
                    ["detractor"],
                    ["sentiment_drop", "high_value_at_risk", "silence"],
                    acc,
                )
                t1 = f.t(3 + n % 4, 10)
                c.truth["complaint_event_ids"] = [
                    f.add(t1, c, "email", "message", f.pick(w.B2B[problem], lang))
                ]
                f.add(
                    t1 + timedelta(minutes=40),
                    c,
                    "email",
                    "message",
                    fill(f.pick(w.CASE_OPENED, lang), case),
                    out=True,
                )
                c.truth["survey_event_id"] = f.add(
                    t1 + timedelta(hours=2),
                    c,
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": f.rng.randint(1, 5), "csat": None, "ces": None},
                    attrs={"survey": "nps"},
                )
                bad.append(c.key)
            elif role == "suggests":
                c = f.person(lang, "b2b_mild", "suggests", [], ["silence"], acc)
                t1 = f.t(f.rng.randint(2, 9), 11)
                while t1.weekday() > 4:
                    t1 += timedelta(days=1)
                c.truth["mild_event_id"] = f.add(
                    t1,
                    c,
                    "web",
                    "ticket",
                    f.pick(w.B2B_MILD, lang),
                    attrs={"page": "/portal/feedback"},
                )
                f.add(
                    t1 + timedelta(hours=1), c, "email", "message", f.pick(w.ANSWER, lang), out=True
                )
            else:
                c = f.person(lang, "b2b_happy", "contact", [], [], acc)
                for d in f.rng.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], f.rng.randint(2, 4)):
                    t1 = f.t(d, f.rng.uniform(8, 16.5))
                    f.add(t1, c, "chat", "chat", f.pick(w.QUESTION, lang))
                    f.add(
                        t1 + timedelta(minutes=3),
                        c,
                        "chat",
                        "chat",
                        f.pick(w.ANSWER, lang),
                        out=True,
                    )
                    if f.rng.random() < 0.5:
                        f.add(t1 + timedelta(minutes=8), c, "chat", "chat", f.pick(w.THANKS, lang))
            keys.append(c.key)
        f.accounts[acc] = {
            "company": f"Hausverwaltung {n}" if lang == "de" else f"Gestora {n}",
            "contacts": size,
            "contact_keys": keys,
            "unhappy_contacts": len(bad),
            "unhappy_contact_keys": bad,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "language": lang,
            "country": w.MARKET[lang][0],
        }
    f.finish({"repeat_contact": 5, "detractor": 16, "account_risk": 5})


def topic_spike(f: Fam) -> None:
    for _ in range(40):
        c = f.person(lang_of(f.rng), "happy", "day writer", [], [])
        f.happy(c, f.rng.sample(range(5), f.rng.randint(1, 4)))
    for _ in range(2):
        c = f.person(lang_of(f.rng), "grumbles_once", "grumbles once", [], ["silence"])
        ts = f.t(0, f.rng.uniform(10, 15))
        c.truth["grumble_event_id"] = f.add(ts, c, "chat", "chat", f.pick(w.GRUMBLE, c.lang))
        f.add(ts + timedelta(minutes=4), c, "chat", "chat", f.pick(w.ANSWER, c.lang), out=True)
    for _ in range(2):
        c = f.person(lang_of(f.rng), "grumbles_once", "lone question", [], ["silence"])
        ts = f.t(4, f.rng.uniform(9, 16))
        c.truth["lone_report_event_id"] = f.add(ts, c, "chat", "chat", f.pick(w.QUESTION, c.lang))
        f.add(ts + timedelta(minutes=4), c, "chat", "chat", f.pick(w.ANSWER, c.lang), out=True)
    langs = ["de"] * 7 + ["pt"] * 7 + ["en", "en", "fr", "fr", "it", "es"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    keys, eids, reps = [], [], []
    times = sorted(SPIKE_START + timedelta(minutes=f.rng.uniform(0, 45)) for _ in range(20))
    times[0], times[-1] = SPIKE_START, SPIKE_START + timedelta(minutes=45)
    rep_idx = set(f.rng.sample(range(12), 6))
    for i, (lang, ch, ts) in enumerate(zip(langs, chans, times, strict=True)):
        rep = i in rep_idx
        c = f.person(
            lang,
            "spike_repeater" if rep else "spike_reporter",
            "regular" if i % 2 else "new",
            ["repeat_contact"] if rep else [],
            ["silence", "sentiment_drop"] if rep else ["silence"],
        )
        if i % 2:
            f.happy(c, [2])
        text = f.pick(w.SPIKE, lang)
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        if ch == "social":
            text = "@Kaminaro " + text
        eid = f.add(ts, c, ch, kind, text)
        if ch == "chat":
            f.add(
                ts + timedelta(minutes=2), c, "chat", "chat", f.pick(w.SPIKE_ANSWER, lang), out=True
            )
        keys.append(c.key)
        eids.append(eid)
        c.truth |= {
            "in_spike": True,
            "spike_event_id": eid,
            "spike_channel": ch,
            "trouble_starts_at": ts.strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
        if rep:
            ch2 = "email" if ch != "email" else "chat"
            r = f.add(
                ts + timedelta(minutes=f.rng.uniform(10, 60)),
                c,
                ch2,
                "message" if ch2 == "email" else "chat",
                f.pick(w.SPIKE_AGAIN, lang),
            )
            reps.append(r)
            c.truth["repeat_event_id"] = r
    f.spike = {
        "topic": "pre-visit safety checklist cannot be submitted in the app; visits auto-cancelled",
        "about": "the planted incident of heldout178",
        "channel": None,
        "start": times[0].strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end": times[-1].strftime("%Y-%m-%dT%H:%M:%SZ"),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    f.finish({"repeat_contact": 6, "topic_spike": 1})


FAMILIES = [
    ("happy_writers", "HW", datetime(2026, 3, 2, tzinfo=UTC), 10, happy_writers),
    ("one_bad_day", "BD", datetime(2026, 4, 6, tzinfo=UTC), 12, one_bad_day),
    ("repeat_contacts", "RC", datetime(2026, 5, 4, tzinfo=UTC), 10, repeat_contacts),
    ("slow_churners", "SC", datetime(2026, 6, 1, tzinfo=UTC), 32, slow_churners),
    ("quiet_hours", "QH", datetime(2026, 8, 7, tzinfo=UTC), 3, quiet_hours),
    ("bilingual", "BL", datetime(2026, 9, 7, tzinfo=UTC), 14, bilingual),
    ("b2b_accounts", "BB", datetime(2026, 10, 5, tzinfo=UTC), 14, b2b_accounts),
    ("topic_spike", "TS", datetime(2026, 10, 26, tzinfo=UTC), 7, topic_spike),
]


def main() -> None:
    for n, (name, code, start, days, build) in enumerate(FAMILIES, 1):
        assert start.weekday() == (4 if name == "quiet_hours" else 0), name
        build(Fam(name, code, n, start, days))


if __name__ == "__main__":
    main()
