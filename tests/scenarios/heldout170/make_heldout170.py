"""Build heldout170/ (report only, written blind) from wording.py; standard library only."""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402

Cust = dict[str, Any]


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(text: str) -> str:
    norm = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in norm if not unicodedata.combining(ch))


class Fam:
    def __init__(self, name: str, about: str, start: datetime, days: int, seed: int) -> None:
        self.name = name
        self.about = about
        self.start = start
        self.days = days
        self.seed = seed
        self.rng = random.Random(seed)
        self.rows: list[dict[str, Any]] = []
        self.customers: dict[str, Cust] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.n = 0

    def lang(self) -> str:
        return str(self.rng.choices(W.LANGS, weights=W.WEIGHTS)[0])

    def person(
        self,
        persona: str,
        habit: str,
        lang: str,
        expected: tuple[str, ...] = (),
        tolerated: tuple[str, ...] = (),
        account: str | None = None,
    ) -> Cust:
        i = len(self.customers) + 1
        key = f"h170-{self.name[:4]}-c{i:03d}"
        first = self.rng.choice(W.FIRST[lang])
        last = self.rng.choice(W.LAST[lang])
        slug = strip_accents(f"{first}.{last}").lower().replace(" ", "")
        ident = {
            "customer_id": key,
            "email": f"{slug}{i}@{self.name[:4]}.example.com",
            "phone": f"+39{self.seed % 90 + 10}{i:07d}",
            "handle": f"@{slug.replace('.', '_')}{i}" if self.rng.random() < 0.8 else None,
            "account_id": account,
        }
        c: Cust = {
            "identifiers": ident,
            "expected_rules": sorted(expected),
            "tolerated_rules": sorted(tolerated),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": W.MARKET[lang],
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        self.customers[key] = c
        return c

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None,
        out: bool = False,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
        subject: str | None = None,
    ) -> str:
        self.n += 1
        eid = f"h170-{self.name}-{self.n:04d}"
        ident = c["identifiers"]
        ref: dict[str, Any] = {"customer_id": ident["customer_id"]}
        if channel == "email":
            ref = {"email": ident["email"]}
        elif channel == "phone":
            ref = {"phone": ident["phone"]}
        elif channel in ("social", "community") and ident["handle"]:
            ref = {"handle": ident["handle"]}
        if ident["account_id"]:
            ref["account_id"] = ident["account_id"]
        if text is not None and not out and channel != "phone":
            text = self.roughen(text)
        at = {"market": c["country"]}
        if c["segment"] == "b2b":
            at["segment"] = "b2b"
        at.update(attrs or {})
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        sc.update(scores or {})
        self.rows.append(
            {
                "event_id": eid,
                "occurred_at": iso(t),
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "customer": ref,
                "text": text,
                "subject": subject,
                "scores": sc,
                "source": "stellavo-" + channel,
                "attributes": at,
            }
        )
        return eid

    def roughen(self, text: str) -> str:
        r = self.rng
        if r.random() < 1 / 7:
            words = [i for i, ch in enumerate(text[:-1]) if ch.isalpha() and text[i + 1].isalpha()]
            if words:
                i = r.choice(words)
                text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
        if r.random() < 0.15:
            text = strip_accents(text)
        if r.random() < 0.2:
            text = text[:1].lower() + text[1:]
        return text

    def day(self, d: float, lo: float = 8.0, hi: float = 20.0) -> datetime:
        h = self.rng.uniform(lo, hi)
        return self.start + timedelta(days=int(d), hours=h)

    def reply(self, c: Cust, t: datetime, channel: str, text: str) -> str:
        kind = "chat" if channel == "chat" else "message"
        if channel not in ("chat", "email"):
            channel, kind = "email", "message"
        return self.add(c, t, channel, kind, text, out=True, attrs={"agent": "support"})

    def happy_act(self, c: Cust, t: datetime) -> None:
        lang = c["language"]
        r = self.rng
        k = r.randrange(9)
        money = {
            "order_value": f"{r.choice((19, 29, 39, 59))}.00",
            "currency": W.CURRENCY.get(lang, "EUR"),
        }
        if k == 0:
            self.add(c, t, "community", "post", r.choice(W.PRAISE[lang]))
        elif k == 1:
            self.add(c, t, "chat", "chat", r.choice(W.QUESTION[lang]))
            t2 = t + timedelta(minutes=r.randint(2, 9))
            self.reply(c, t2, "chat", W.ANSWER[lang])
            if r.random() < 0.6:
                self.add(c, t2 + timedelta(minutes=2), "chat", "chat", r.choice(W.THANKS[lang]))
        elif k == 2:
            p = r.choice(W.PRODUCTS)
            self.add(c, t, "web", "page_view", None, attrs={"page": "/hire/" + p})
            self.add(
                c,
                t + timedelta(minutes=6),
                "web",
                "purchase",
                None,
                attrs={**money, "product": p, "page": "/checkout"},
            )
        elif k in (3, 7):
            gripe = k == 3
            table = W.GRIPE if gripe else W.PRAISE
            attrs = {"rating": "4" if gripe else "5", "page": "/reviews"}
            self.add(c, t, "web", "review", r.choice(table[lang]), attrs=attrs)
            if gripe:
                self.reply(c, t + timedelta(hours=r.randint(1, 5)), "email", W.ANSWER[lang])
        elif k == 4:
            self.add(
                c,
                t,
                "survey",
                "survey_response",
                None,
                scores={"nps": r.choice((9, 10)), "csat": 5, "ces": 7},
                attrs={"survey": "nps"},
            )
        elif k == 5:
            self.add(c, t, "phone", "call", W.CALL_HAPPY[lang])
        elif k == 6:
            self.add(c, t, "social", "mention", W.JOKE[lang])
        else:
            self.add(c, t, "web", "page_view", None, attrs={"page": "/star-nights"})

    def happy(self, c: Cust, lo: int, hi: int, d0: float = 0, d1: float | None = None) -> None:
        end = self.days - 1 if d1 is None else d1
        for _ in range(self.rng.randint(lo, hi)):
            self.happy_act(c, self.day(self.rng.uniform(d0, end)))

    def write(self) -> dict[str, int]:
        self.rows.sort(key=lambda row: (row["occurred_at"], row["event_id"]))
        last = max(datetime.fromisoformat(r["occurred_at"]) for r in self.rows)
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        expected: dict[str, int] = {}
        for c in self.customers.values():
            for rule in c["expected_rules"]:
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
                "business": W.BRAND,
                "days": self.days,
                "seed": self.seed,
                "written": "2026-12-06",
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": self.customers,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        with open(HERE / f"{self.name}.jsonl", "w", encoding="utf-8") as fh:
            for row in self.rows:
                fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )
        outs = sum(1 for r in self.rows if r["direction"] == "outbound")
        return {"customers": len(self.customers), "rows": len(self.rows), "out": outs}


def d(y: int, m: int, day: int) -> datetime:
    return datetime(y, m, day, tzinfo=UTC)


def problem_case(f: Fam, c: Cust, days: list[float], rival: str | None, name: str) -> list[str]:
    lang = c["language"]
    case = f"STV-{f.rng.randint(10000, 99999)}"
    ids: list[str] = []
    c.update({"problem": name, "booking": case})
    for n, dd in enumerate(days):
        t = f.day(dd, 8, 18)
        ch = f.rng.choice(("email", "chat", "phone", "web"))
        if n == 0:
            text = W.PROBLEM[name][lang] % case
            if ch == "email" and f.rng.random() < 0.5:
                text = W.LETTER[lang] % text
                c["long_email"] = True
        else:
            text = W.STILL[lang] % (case, W.NTH[lang][min(n - 1, 2)])
            if rival and n == 2:
                text += W.RIVAL_LINE[lang] % rival
        if ch == "phone":
            text = strip_accents(text).lower().replace(",", "").replace(".", "")
            text = text.replace("!", "").replace("?", "")
            ids.append(f.add(c, t, "phone", "call", text))
        elif ch == "web":
            ids.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/help"}))
        else:
            ids.append(f.add(c, t, ch, "chat" if ch == "chat" else "message", text))
        f.reply(c, t + timedelta(minutes=f.rng.randint(5, 90)), ch, W.CASE_OPENED[lang] % case)
    c["problem_event_ids"] = ids
    c["trouble_starts_at"] = next(r["occurred_at"] for r in f.rows if r["event_id"] == ids[0])
    return ids


def day_writers(f: Fam, n: int, lo: int, hi: int, d0: float = 0, d1: float | None = None) -> None:
    """Happy customers who write in the daytime only."""
    for _ in range(n):
        f.happy(f.person("happy", "day writer", f.lang()), lo, hi, d0, d1)


def night_writers(f: Fam, n: int, lo: int, hi: int) -> None:
    """Happy customers who also write between midnight and 5 UTC (posts or chat questions)."""
    for _ in range(n):
        c = f.person("happy", "night writer", f.lang())
        lang = c["language"]
        f.happy(c, lo, hi)
        for _ in range(f.rng.randint(1, 3)):
            t = f.start + timedelta(days=f.rng.randrange(f.days), hours=f.rng.uniform(0.2, 4.5))
            if f.rng.random() < 0.5:
                f.add(c, t, "community", "post", W.NIGHT[lang])
            else:
                f.add(c, t, "chat", "chat", W.NIGHT_Q[lang])
                f.reply(c, t + timedelta(minutes=4), "chat", W.ANSWER[lang])


def happy_writers() -> Fam:
    f = Fam("happy_writers", "happy customers only", d(2026, 3, 2), 14, 17001)
    day_writers(f, 34, 3, 6)
    night_writers(f, 5, 2, 4)
    for _ in range(5):
        c = f.person("happy", "answers surveys", f.lang())
        for _ in range(f.rng.randint(1, 2)):
            f.add(
                c,
                f.day(f.rng.uniform(0, 13)),
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.choice((9, 10)), "csat": 5},
                attrs={"survey": "nps"},
            )
    return f


def one_bad_day() -> Fam:
    f = Fam("one_bad_day", "happy customers with one bad moment", d(2026, 4, 6), 14, 17002)
    for _ in range(20):
        f.happy(f.person("happy", "control", f.lang()), 3, 6)
    for i in range(20):
        det = i >= 12
        c = f.person(
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            f.lang(),
            ("detractor",) if det else (),
            ("silence",),
        )
        f.happy(c, 3, 5, 0, 5)
        f.happy(c, 1, 2, 9, 13)
        lang = c["language"]
        t = f.day(f.rng.uniform(6, 8), 9, 19)
        ch = f.rng.choice(("social", "chat", "email"))
        kind = {"social": "mention", "chat": "chat", "email": "message"}[ch]
        c["bad_day_event_id"] = f.add(c, t, ch, kind, W.BAD_DAY[lang])
        c["bad_day_at"] = iso(t)
        c["trouble_starts_at"] = iso(t)
        if ch != "social":
            f.reply(c, t + timedelta(minutes=30), ch, W.CASE_OPENED[lang] % f"STV-0{i:02d}")
        if det:
            c["survey_event_id"] = f.add(
                c,
                t + timedelta(hours=3),
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5), "csat": 1},
                attrs={"survey": "nps"},
            )
        if f.rng.random() < 0.5:
            c["apology_event_id"] = f.add(
                c, t + timedelta(hours=20), "chat", "chat", W.APOLOGY[lang]
            )
    return f


def repeat_contacts() -> Fam:
    f = Fam("repeat_contacts", "repeat contacts and look-alikes", d(2026, 5, 4), 10, 17003)
    probs = ("no_show", "double_charge", "damage", "refund")
    for _ in range(14):
        f.happy(f.person("happy", "frequent writer", f.lang()), 5, 7)
    tol = ("sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence")
    for i in range(12):
        c = f.person("repeat_contact", "repeats", f.lang(), ("repeat_contact",), tol)
        f.happy(c, 1, 3, 0, 0.9)
        n = 2 if i < 4 else f.rng.choice((3, 4))
        rival = None if n == 2 else W.RIVALS[i % 2]
        c["competitor"] = rival
        start = f.rng.uniform(1, 4)
        problem_case(f, c, [start + k * 1.1 for k in range(n)], rival, probs[i % 4])
    for i in range(8):
        c = f.person("resolved_between_contacts", "fixed", f.lang(), (), ("silence",))
        f.happy(c, 1, 3, 0, 0.9)
        problem_case(f, c, [f.rng.uniform(1, 3)], None, probs[i % 4])
        lang, case = c["language"], c["booking"]
        t = f.day(5, 9, 12)
        f.reply(c, t, "email", W.FIXED[lang] % case)
        c["confirm_event_id"] = f.add(
            c, t + timedelta(hours=3), "email", "message", W.CONFIRM[lang] % case
        )
        f.happy(c, 1, 2, 7, 9)
    for i in range(6):
        c = f.person("different_problems", "two problems", f.lang(), (), ("silence",))
        problem_case(f, c, [f.rng.uniform(1, 2)], None, probs[i % 4])
        first = c["problem_event_ids"]
        problem_case(f, c, [f.rng.uniform(6, 8)], None, probs[(i + 1) % 4])
        c["problem_event_ids"] = first + c["problem_event_ids"]
    return f


def slide(f: Fam, c: Cust, d0: float, rival: str, step: float = 3.0) -> None:
    lang = c["language"]
    ids = []
    for k, text in enumerate(W.SLIDE[lang]):
        t = f.day(d0 + step * k, 9, 20)
        if k == 5:
            text = text % rival
        ch = "community" if k % 2 == 0 else "web"
        ids.append(
            f.add(
                c,
                t,
                ch,
                "post" if ch == "community" else "review",
                text,
                attrs={}
                if ch == "community"
                else {"rating": str(max(1, 4 - k // 2)), "page": "/reviews"},
            )
        )
        if ch == "web":
            f.reply(c, t + timedelta(hours=f.rng.randint(2, 6)), "email", W.ANSWER[lang])
    c["slide_event_ids"] = ids
    c["competitor"] = rival
    c["trouble_starts_at"] = next(r["occurred_at"] for r in f.rows if r["event_id"] == ids[0])


def slow_churners() -> Fam:
    f = Fam("slow_churners", "slow churn over a month", d(2026, 6, 1), 32, 17004)
    for _ in range(12):
        f.happy(f.person("happy", "steady", f.lang()), 4, 6)
    for i in range(10):
        det = i < 5
        exp = ("sentiment_drop", "detractor") if det else ("sentiment_drop",)
        c = f.person(
            "slow_churner",
            "slides",
            f.lang(),
            exp,
            (
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ),
        )
        for _ in range(f.rng.randint(4, 5)):
            f.add(
                c,
                f.day(f.rng.uniform(0, 10)),
                "community",
                "post",
                f.rng.choice(W.PRAISE[c["language"]]),
            )
        f.happy(c, 2, 4, 0, 10)
        slide(f, c, 12, W.RIVALS[i % 2])
        if det:
            c["survey_event_id"] = f.add(
                c,
                f.day(29),
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
    for _ in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            f.lang(),
            ("churn_intent",),
            ("sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"),
        )
        f.happy(c, 3, 5, 0, 15)
        lang = c["language"]
        t = f.day(f.rng.uniform(18, 24))
        c["churn_intent_event_id"] = f.add(
            c, t, "email", "message", W.CANCEL[lang], subject="Stellavo Plus"
        )
        c["trouble_starts_at"] = iso(t)
        f.reply(c, t + timedelta(hours=2), "email", W.SORRY_GO[lang])
        t3 = t + timedelta(hours=5)
        c["cancellation_event_id"] = f.add(
            c,
            t3,
            "web",
            "cancellation",
            None,
            attrs={"page": "/account/cancel", "product": "Stellavo Plus"},
        )
        c["churn_at"] = iso(t3)
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", f.lang(), (), ("repeat_contact", "silence"))
        ids = [
            f.add(c, f.day(dd), "chat", "chat", W.GRUMBLE[c["language"]])
            for dd in sorted(f.rng.sample(range(32), 4))
        ]
        c["grumble_event_ids"] = ids
        f.happy(c, 1, 2)
    for _ in range(3):
        c = f.person("happy_one_sarcastic_remark", "happy", f.lang(), (), ("silence",))
        f.happy(c, 5, 7)
        c["sarcasm_event_id"] = f.add(
            c, f.day(f.rng.uniform(10, 20)), "social", "mention", W.SARCASM[c["language"]]
        )
    return f


def quiet_hours() -> Fam:
    f = Fam("quiet_hours", "a calm weekend with night writers", d(2026, 8, 21), 3, 17005)
    day_writers(f, 20, 2, 4)
    night_writers(f, 8, 0, 0)
    for _ in range(8):
        n = f.rng.randint(3, 5)
        c = f.person("night_owl", f"night {n}, burst {n}", f.lang())
        t = f.start + timedelta(days=f.rng.randint(0, 2), hours=f.rng.uniform(0.5, 2.5))
        c["burst_at"] = iso(t)
        for k in range(n):
            eid = f.add(
                c,
                t + timedelta(minutes=7 * k),
                "community",
                "post",
                f.rng.choice((W.NIGHT, W.JOKE, W.NIGHT_Q))[c["language"]],
            )
            if k == 0:
                c["night_event_id"] = eid
    return f


def bilingual() -> Fam:
    f = Fam("bilingual", "customers writing in two languages", d(2026, 9, 14), 14, 17006)
    pairs = (("fr", "it"), ("it", "fr"), ("fr", "en"), ("it", "de"), ("pt", "es"), ("es", "fr"))
    for i in range(27):
        a, b = pairs[i % len(pairs)]
        if i < 12:
            c = f.person("happy", "alternates languages", a)
        elif i < 17:
            c = f.person(
                "repeat_contact",
                "repeats",
                a,
                ("repeat_contact",),
                (
                    "sentiment_drop",
                    "churn_intent",
                    "competitor_mention",
                    "high_value_at_risk",
                    "silence",
                ),
            )
        elif i < 22:
            c = f.person(
                "slow_churner",
                "slides",
                a,
                ("sentiment_drop",),
                (
                    "repeat_contact",
                    "churn_intent",
                    "competitor_mention",
                    "high_value_at_risk",
                    "silence",
                ),
            )
        else:
            c = f.person("happy_one_bad_day", "one bad day", a, (), ("silence",))
        c["languages"] = [a, b]
        c["job_second_language"] = "works across the border"
        f.happy(c, 2, 3, 0, 4)
        c["language"] = b
        f.happy(c, 1, 2, 0, 4)
        if i < 12:
            f.happy(c, 2, 3, 5, 13)
        elif i < 17:
            problem_case(f, c, [5.0, 6.2, 7.4], W.RIVALS[i % 2], "double_charge")
        elif i < 22:
            for _ in range(3):
                f.add(c, f.day(f.rng.uniform(0, 3)), "community", "post", f.rng.choice(W.PRAISE[a]))
            slide(f, c, 3.5, W.RIVALS[i % 2], 1.8)
            f.rows.sort(key=lambda r: r["occurred_at"])
        else:
            t = f.day(8)
            c["bad_day_event_id"] = f.add(c, t, "social", "mention", W.BAD_DAY[b])
            c["bad_day_at"] = c["trouble_starts_at"] = iso(t)
            f.happy(c, 1, 2, 10, 13)
        c["language"] = a
    return f


def b2b_accounts() -> Fam:
    f = Fam("b2b_accounts", "companies buying on account", d(2026, 10, 5), 14, 17007)
    kinds = ["at_risk"] * 4 + ["one_unhappy"] * 3 + ["mild"] * 2 + ["happy"] * 3
    sites = ("school", "hotel", "observatory club", "events", "museum", "campsite")
    tol_bad = (
        "sentiment_drop",
        "churn_intent",
        "competitor_mention",
        "high_value_at_risk",
        "silence",
        "account_risk",
    )
    for a_i, kind in enumerate(kinds):
        acc = f"h170-acct-{a_i + 1:02d}"
        lang = f.lang()
        n = 4 if kind == "at_risk" else 3
        problem = ("invoice", "portal")[a_i % 2]
        keys, bad = [], []
        first_complaint: str | None = None
        case = f"STV-B{f.rng.randint(1000, 9999)}"
        for j in range(n):
            complainer = (kind == "at_risk" and j < 3) or (kind == "one_unhappy" and j == 0)
            if complainer:
                last = kind == "at_risk" and j == 2
                exp = ("detractor", "repeat_contact") if last else ("detractor",)
                persona = "b2b_unhappy" if kind == "at_risk" else "b2b_one_unhappy"
                tol = (
                    tol_bad
                    if kind == "at_risk"
                    else ("sentiment_drop", "high_value_at_risk", "silence")
                )
                c = f.person(persona, "complainer", lang, exp, tol, acc)
                c["role"] = "complainer"
                f.happy(c, 0, 2, 0, 1.5)
                t = f.day(f.rng.uniform(2, 5), 8, 17)
                eid = f.add(c, t, "email", "message", W.B2B[problem][lang] % case, subject=case)
                first_complaint = first_complaint or iso(t)
                c["complaint_event_ids"] = [eid]
                c["trouble_starts_at"] = iso(t)
                f.reply(c, t + timedelta(hours=1), "email", W.CASE_OPENED[lang] % case)
                c["survey_event_id"] = f.add(
                    c,
                    t + timedelta(hours=2),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": f.rng.randint(1, 5)},
                    attrs={"survey": "nps"},
                )
                if last:
                    t2 = f.day(9, 9, 16)
                    text = W.B2B_STILL[lang] % (case, W.RIVALS[a_i % 2])
                    text = strip_accents(text).lower().replace(",", "")
                    c["complaint_event_ids"].append(f.add(c, t2, "phone", "call", text))
                    c["competitor"] = W.RIVALS[a_i % 2]
                bad.append(c["identifiers"]["customer_id"])
            elif kind == "mild" and j < 2:
                c = f.person("b2b_mild", "suggests", lang, (), ("silence",), acc)
                c["role"] = "suggests"
                f.happy(c, 1, 2, 0, 2)
                t = f.day(f.rng.uniform(3, 8))
                c["mild_event_id"] = f.add(
                    c, t, "web", "ticket", W.B2B_MILD[lang], attrs={"page": "/portal/feedback"}
                )
                f.reply(c, t + timedelta(hours=2), "email", W.ANSWER[lang])
            else:
                c = f.person("b2b_happy", "contact", lang, (), (), acc)
                c["role"] = "contact"
                f.happy(c, 3, 6)
            c["company"] = f"{W.LAST[lang][a_i % 2]} {sites[a_i % len(sites)]}"
            keys.append(c["identifiers"]["customer_id"])
        f.accounts[acc] = {
            "company": f"{W.LAST[lang][a_i % 2]} {sites[a_i % len(sites)]}",
            "site": sites[a_i % len(sites)],
            "contacts": n,
            "contact_keys": keys,
            "unhappy_contacts": len(bad),
            "unhappy_contact_keys": bad,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": first_complaint if kind == "at_risk" else None,
            "language": lang,
            "country": W.MARKET[lang],
        }
    return f


def topic_spike() -> Fam:
    f = Fam("topic_spike", "a calm week and one planted incident", d(2026, 11, 2), 7, 17008)
    day_writers(f, 40, 2, 4, 0, 5)
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", f.lang(), (), ("silence",))
        t = f.day(0, 10, 15)
        c["grumble_event_id"] = f.add(c, t, "chat", "chat", W.GRUMBLE[c["language"]])
        f.reply(c, t + timedelta(minutes=5), "chat", W.ANSWER[c["language"]])
    for _ in range(2):
        c = f.person("grumbles_once", "lone question", f.lang(), (), ("silence",))
        t = f.day(4, 10, 16)
        c["lone_report_event_id"] = f.add(c, t, "chat", "chat", W.NIGHT_Q[c["language"]])
        f.reply(c, t + timedelta(minutes=5), "chat", W.ANSWER[c["language"]])
    code = "GTM-836"
    s0 = f.start + timedelta(days=5, hours=9, minutes=5)
    langs = ["fr"] * 6 + ["it"] * 6 + ["en", "de", "pt", "es", "en", "es"]
    chans = ("social", "chat", "community", "email", "web")
    keys, ids, rep = [], [], []
    for i, lang in enumerate(langs):
        again = i % 3 == 0
        c = f.person(
            "spike_repeater" if again else "spike_reporter",
            "regular" if i % 2 else "new",
            lang,
            ("repeat_contact",) if again else (),
            ("silence", "sentiment_drop") if again else ("silence",),
        )
        if i % 2:
            f.happy(c, 1, 2, 2, 3)
        t = s0 + timedelta(minutes=round(45 * i / (len(langs) - 1)))
        text = f.rng.choice(W.SPIKE[lang])
        text = text % code if "%s" in text else text
        ch = "phone" if text.startswith(("allo", "pronto")) else chans[i % len(chans)]
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
            "phone": "call",
        }[ch]
        eid = f.add(c, t, ch, kind, text, attrs={"page": "/help"} if ch == "web" else {})
        if ch == "chat":
            f.reply(c, t + timedelta(minutes=3), "chat", W.SPIKE_CHAT[lang])
        c.update(
            {
                "in_spike": True,
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
                "regular": bool(i % 2),
            }
        )
        keys.append(c["identifiers"]["customer_id"])
        ids.append(eid)
        if not again and i % 3 == 1:
            fix = f.start + timedelta(days=5, hours=12, minutes=f.rng.randint(10, 25))
            f.reply(c, fix, "email", W.SPIKE_FIXED[lang])
            c["agent_fixed"] = True
        if again:
            ch2 = "email" if ch != "email" else "chat"
            t2 = t + timedelta(minutes=f.rng.randint(10, 60))
            r = f.add(
                c, t2, ch2, "chat" if ch2 == "chat" else "message", W.SPIKE_AGAIN[lang] % code
            )
            c["repeat_event_id"] = r
            rep.append(r)
    f.spike = {
        "topic": f"hired GoTo telescope mounts stuck after an app push, error {code}",
        "about": "the planted incident",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": len(keys),
        "customer_keys": keys,
        "event_ids": ids,
        "repeat_event_ids": rep,
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
    total = {"customers": 0, "rows": 0, "out": 0}
    for build in FAMILIES:
        fam = build()
        counts = fam.write()
        print(fam.name, counts)
        for k, v in counts.items():
            total[k] += v
    print("total", total)


if __name__ == "__main__":
    main()
