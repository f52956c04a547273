"""Build heldout152 (Mappento, guided tours; report only, written blind). Standard library only."""

# ruff: noqa: E501

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402
import wording_b2b as B  # noqa: E402

SEED = 20261107
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
MARKETS = {
    "fr": ["FR", "BE", "CH"],
    "es": ["ES"],
    "en": ["UK", "IE"],
    "de": ["DE", "AT"],
    "it": ["IT"],
    "pt": ["PT"],
}
PREFIX = {
    "FR": "+336",
    "BE": "+3247",
    "CH": "+4179",
    "ES": "+346",
    "UK": "+447",
    "IE": "+35387",
    "DE": "+49151",
    "AT": "+43664",
    "IT": "+39347",
    "PT": "+35191",
}
FIRST = {
    "fr": [
        "Camille",
        "Julie",
        "Thomas",
        "Lea",
        "Nicolas",
        "Manon",
        "Hugo",
        "Chloe",
        "Antoine",
        "Sarah",
        "Maxime",
        "Ines",
    ],
    "es": [
        "Lucia",
        "Javier",
        "Marta",
        "Pablo",
        "Irene",
        "Sergio",
        "Elena",
        "Raul",
        "Nuria",
        "Alvaro",
        "Carmen",
        "Diego",
    ],
    "en": ["Emma", "James", "Sophie", "Liam"],
    "de": ["Anna", "Lukas", "Lena", "Jonas"],
    "it": ["Giulia", "Marco", "Sara", "Luca"],
    "pt": ["Ana", "Joao", "Rita", "Tiago"],
}
LAST = {
    "fr": ["Martin", "Bernard", "Petit", "Durand", "Leroy", "Moreau", "Girard", "Roux"],
    "es": ["Garcia", "Lopez", "Sanchez", "Romero", "Navarro", "Torres", "Ruiz", "Molina"],
    "en": ["Walsh", "Hughes", "Taylor", "Murphy"],
    "de": ["Becker", "Wagner", "Brandt", "Keller"],
    "it": ["Rossi", "Ferri", "Conti", "Galli"],
    "pt": ["Silva", "Costa", "Pereira", "Sousa"],
}
LANGS = ["fr", "es", "en", "de", "it", "pt"]
LWEIGHTS = [30, 30, 10, 10, 10, 10]
COMPS = ["Rondavia", "Giravolta"]
SOURCES = {
    "email": "mappento-mail",
    "phone": "mappento-voice",
    "social": "mappento-social",
    "community": "mappento-forum",
    "chat": "mappento-chat",
    "web": "mappento-web",
    "survey": "mappento-survey",
}
KIND = {
    "email": "message",
    "phone": "call",
    "social": "mention",
    "community": "post",
    "chat": "chat",
    "web": "ticket",
    "survey": "survey_response",
}
USED: set[str] = set()


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def unique(value: str) -> str:
    if value in USED:
        raise SystemExit(f"identifier reused: {value}")
    USED.add(value)
    return value


def fresh(make: Callable[[], str]) -> str:
    """A new identifier, drawn again while it is taken (identifiers are never given twice)."""
    value = make()
    while value in USED:
        value = make()
    return unique(value)


class Fam:
    def __init__(
        self, n: int, name: str, code: str, start: datetime, days: int, about: str
    ) -> None:
        self.n, self.name, self.code, self.start, self.days, self.about = (
            n,
            name,
            code,
            start,
            days,
            about,
        )
        self.rng = random.Random(SEED * 100 + n)
        self.rows: list[dict[str, Any]] = []
        self.customers: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.seq = 0
        self.cases = 0

    def case(self) -> str:
        self.cases += 1
        return unique(f"MP-{self.n}{self.rng.randint(10000, 99999)}")

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        account: str | None = None,
    ) -> dict[str, Any]:
        r = self.rng
        lang = lang or r.choices(LANGS, LWEIGHTS)[0]
        market = r.choice(MARKETS[lang])
        first, last = r.choice(FIRST[lang]), r.choice(LAST[lang])
        while True:
            cid = f"MP{self.code}{r.randint(1000, 9999)}"
            if cid not in USED:
                break
        unique(cid)
        email = fresh(
            lambda: (
                f"{first.lower()}.{last.lower()}{r.randint(1, 999)}@{'company' if account else r.choice(['mail', 'correo', 'post'])}.example"
            )
        )
        phone = fresh(lambda: PREFIX[market] + "".join(str(r.randint(0, 9)) for _ in range(8)))
        handle = (
            None if account else fresh(lambda: f"@{last.lower()}_{first.lower()}{r.randint(1, 99)}")
        )
        c: dict[str, Any] = {
            "identifiers": {
                "customer_id": cid,
                "email": email,
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
            "_first": True,
        }
        self.customers[cid] = c
        return c

    def add(
        self,
        c: dict[str, Any],
        t: datetime,
        channel: str,
        text: str | None,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
        kind: str | None = None,
    ) -> str:
        if t >= LIMIT or t < self.start:
            raise SystemExit(f"time out of window: {t} in {self.name}")
        self.seq += 1
        eid = f"mp152-{self.code.lower()}-{self.seq:05d}"
        ids = c["identifiers"]
        full = out or c["_first"]
        if not out:
            c["_first"] = False
        if full:
            cust = {k: v for k, v in ids.items() if v}
        elif channel == "phone":
            cust = {"phone": ids["phone"]}
        elif channel in ("social", "community") and ids["handle"]:
            cust = {"handle": ids["handle"]}
        elif channel == "email" or (channel in ("social", "community")):
            cust = {"email": ids["email"]}
        else:
            cust = {"customer_id": ids["customer_id"]}
        if ids["account_id"] and "account_id" not in cust:
            cust["account_id"] = ids["account_id"]
        a = {"market": c["country"]} | (attrs or {})
        if c["segment"] == "b2b":
            a["segment"] = "b2b"
        if out and channel in ("chat", "email"):
            a["agent"] = self.rng.choice(["Ines", "Marc", "Paula", "Jonas"])
        row = {
            "event_id": eid,
            "occurred_at": iso(t),
            "channel": channel,
            "kind": kind or KIND[channel],
            "direction": "outbound" if out else "inbound",
            "customer": cust,
            "text": text,
            "subject": subject,
            "scores": scores or {"nps": None, "csat": None, "ces": None},
            "source": SOURCES[channel],
            "attributes": a,
        }
        self.rows.append(row)
        return eid

    def rough(self, text: str) -> str:
        r = self.rng
        if r.random() < 0.12 and text[:1].isalpha():
            text = text[0].lower() + text[1:]
        if r.random() < 0.12:
            words = [w for w in text.split(" ") if len(w) > 4 and w.isalpha() and w.islower()]
            if words:
                w = r.choice(words)
                i = r.randint(1, len(w) - 2)
                text = text.replace(w, w[:i] + w[i + 1] + w[i] + w[i + 2 :], 1)
        return text

    def day(self, d: int, h0: float = 7.0, h1: float = 21.0) -> datetime:
        return self.start + timedelta(days=d, minutes=self.rng.randint(int(h0 * 60), int(h1 * 60)))

    def happy_act(self, c: dict[str, Any], t: datetime) -> None:
        r, lang = self.rng, c["language"]
        k = r.randint(0, 5)
        if k == 0:
            self.add(c, t, r.choice(["social", "community"]), self.rough(r.choice(W.PRAISE[lang])))
        elif k == 1:
            self.add(c, t, "chat", self.rough(r.choice(W.QUESTION[lang])))
            self.add(c, t + timedelta(minutes=r.randint(1, 6)), "chat", W.ANSWER[lang], out=True)
            if r.random() < 0.6:
                self.add(
                    c, t + timedelta(minutes=r.randint(8, 15)), "chat", r.choice(W.THANKS[lang])
                )
        elif k == 2:
            p = r.choice(W.PRODUCTS)
            self.add(c, t, "web", None, kind="page_view", attrs={"page": "/tours"})
            self.add(
                c,
                t + timedelta(minutes=r.randint(3, 20)),
                "web",
                None,
                kind="purchase",
                attrs={
                    "order_value": f"{r.randint(25, 90)}.00",
                    "currency": "EUR",
                    "product": p,
                    "page": "/checkout",
                },
            )
        elif k == 3:
            self.add(
                c,
                t,
                "web",
                self.rough(r.choice(W.PRAISE[lang])),
                kind="review",
                attrs={"rating": "5", "page": "/reviews"},
            )
        elif k == 4:
            self.add(
                c,
                t,
                "survey",
                r.choice(W.SURVEY_WORD[lang]) or None,
                scores={"nps": r.randint(9, 10), "csat": None, "ces": None},
                attrs={"survey": "nps"},
            )
        else:
            self.add(c, t, "email", self.rough(r.choice(W.QUESTION[lang])), subject="Question")
            self.add(
                c, t + timedelta(minutes=r.randint(30, 180)), "email", W.ANSWER[lang], out=True
            )

    def happy(self, c: dict[str, Any], n: int, days: list[int]) -> None:
        for d in self.rng.sample(days, min(n, len(days))):
            self.happy_act(c, self.day(d, 7, 19))

    def write(self, expected: dict[str, int]) -> None:
        got: dict[str, int] = {}
        for cid, c in self.customers.items():
            c.pop("_first", None)
            if set(c["expected_rules"]) & set(c["tolerated_rules"]):
                raise SystemExit(f"{cid}: rule both expected and tolerated")
            if not any(r["direction"] == "inbound" and cid == self.owner(r) for r in self.rows):
                raise SystemExit(f"{cid}: no inbound touchpoint")
            for rule in c["expected_rules"]:
                got[rule] = got.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                got[rule] = got.get(rule, 0) + 1
        if self.spike:
            got["topic_spike"] = 1
        if got != expected:
            raise SystemExit(f"{self.name}: expected {expected}, planted {got}")
        self.rows.sort(key=lambda r: (r["occurred_at"], r["event_id"]))
        last = datetime.strptime(self.rows[-1]["occurred_at"], "%Y-%m-%dT%H:%M:%SZ").replace(
            tzinfo=UTC
        )
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        if end >= LIMIT:
            raise SystemExit(f"{self.name}: end out of window")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Mappento (guided walking, food and bike tours; Mappento Equipos for companies)",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "blind, 2026-12-06",
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
        (HERE / f"{self.name}.jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in self.rows), "utf-8"
        )
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )

    def owner(self, row: dict[str, Any]) -> str | None:
        cu = row["customer"]
        for cid, c in self.customers.items():
            ids = c["identifiers"]
            if any(
                cu.get(k) and cu.get(k) == ids[k]
                for k in ("customer_id", "email", "phone", "handle")
            ):
                return cid
        return None


def bad_message(
    f: Fam, c: dict[str, Any], t: datetime, channel: str, problem: str, long: bool = False
) -> str:
    lang = c["language"]
    text = W.PROBLEM[lang][problem]
    if long and lang in W.LONG_EMAIL:
        text = W.LONG_EMAIL[lang].format(problem=text, name=c["name"])
    if channel == "phone":
        text = text.lower().replace("!", "").replace("?", "").replace(".", "").replace(",", "")
    elif channel == "social":
        text = "@Mappento " + text
    return f.add(
        c,
        t,
        channel,
        f.rough(text) if channel != "phone" else text,
        subject="Reclamation" if channel == "email" else None,
    )


def happy_writers() -> Fam:
    f = Fam(
        1,
        "happy_writers",
        "HW",
        datetime(2026, 3, 16, tzinfo=UTC),
        10,
        "happy customers only",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy(c, f.rng.randint(5, 8), list(range(10)))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in f.rng.sample(range(9), f.rng.randint(2, 4)):
            t = f.start + timedelta(days=d, hours=22, minutes=f.rng.randint(12, 300))
            f.add(
                c,
                t,
                f.rng.choice(["social", "community"]),
                f.rough(f.rng.choice(W.NIGHT[c["language"]])),
            )
        f.happy(c, f.rng.randint(2, 3), list(range(10)))
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in f.rng.sample(range(10), f.rng.randint(3, 6)):
            f.add(
                c,
                f.day(d, 9, 19),
                "survey",
                f.rng.choice(W.SURVEY_WORD[c["language"]]) or None,
                scores={"nps": None, "csat": f.rng.randint(4, 5), "ces": None},
                attrs={"survey": "csat"},
            )
    f.write({})
    return f


def one_bad_day() -> Fam:
    f = Fam(
        2,
        "one_bad_day",
        "BD",
        datetime(2026, 4, 13, tzinfo=UTC),
        12,
        "happy customers with one bad day",
    )
    problems = ["no_show", "refund", "wrong_price", "cancel_fee", "bike", "headset"] * 4
    channels = ["email"] * 8 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    f.rng.shuffle(channels)
    n_det = 0
    for i in range(24):
        ch = channels[i]
        long = ch == "email" and i % 2 == 0
        lang = ("fr" if i % 4 == 0 else "es") if long else None
        det = ch != "social" and n_det < 6 and i % 3 != 1
        if det:
            n_det += 1
        c = f.person(
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            lang,
            ["detractor"] if det else [],
            ["silence"],
        )
        bd = f.rng.randint(2, 9)
        days = [d for d in range(12) if d <= bd - 2 or d >= bd + 3]
        f.happy(c, f.rng.randint(1, 5), days)
        t = f.day(bd, 8, 20)
        eid = bad_message(f, c, t, ch, problems[i], long)
        c.update(
            {
                "problem": problems[i],
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(t),
                "long_email": long,
            }
        )
        if ch != "social":
            case = f.case()
            c["booking"] = case
            first = c["name"].split()[0]
            f.add(
                c,
                t + timedelta(minutes=f.rng.randint(10, 40)),
                "chat" if ch == "chat" else "email",
                W.CASE_OPENED[c["language"]].format(first=first, case=case),
                out=True,
            )
            if det:
                c["nps"] = f.rng.randint(1, 5)
                c["survey_event_id"] = f.add(
                    c,
                    t + timedelta(minutes=f.rng.randint(100, 140)),
                    "survey",
                    None,
                    scores={"nps": c["nps"], "csat": None, "ces": None},
                    attrs={"survey": "nps"},
                )
            if f.rng.random() < 0.5:
                f.add(
                    c,
                    t + timedelta(hours=f.rng.randint(1, 4)),
                    "email",
                    W.GOOD_NEWS[c["language"]].format(first=first, case=case),
                    out=True,
                )
                if f.rng.random() < 0.5:
                    c["apology_event_id"] = f.add(
                        c,
                        t + timedelta(hours=f.rng.randint(16, 24)),
                        "chat",
                        W.APOLOGY[c["language"]],
                    )
    while n_det < 6:
        raise SystemExit("not enough detractors")
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy(c, f.rng.randint(4, 7), list(range(12)))
    f.write({"detractor": 6})
    return f


def office(t: datetime) -> datetime:
    if t.hour >= 22 or t.hour < 7:
        t = (t + timedelta(hours=10)).replace(hour=8, minute=t.minute % 60)
    return t


def repeat_run(f: Fam, c: dict[str, Any], d0: int, times: int, rtol: list[str]) -> None:
    lang, first = c["language"], c["name"].split()[0]
    problem = f.rng.choice(["no_show", "refund", "wrong_price", "cancel_fee", "bike", "headset"])
    case = f.case()
    t = f.day(d0, 8, 19)
    chans = ["web", "email", "chat", "phone", "social"]
    f.rng.shuffle(chans)
    ids = [bad_message(f, c, t, chans[0], problem)]
    f.add(
        c,
        t + timedelta(minutes=f.rng.randint(10, 40)),
        "email",
        W.CASE_OPENED[lang].format(first=first, case=case),
        out=True,
    )
    comp = f.rng.choice(COMPS)
    for k in range(1, times):
        t = office(t + timedelta(hours=f.rng.randint(4, 40)))
        text = f.rng.choice(W.STILL_OPEN[lang]).format(case=case, problem=W.PROBLEM[lang][problem])
        if k == 2:
            text += " " + W.THIRD[lang].format(comp=comp)
        if k == 3:
            text += " " + W.FOURTH[lang]
        ch = chans[k]
        if ch == "phone":
            text = text.lower().replace(".", "").replace("?", "").replace("!", "").replace(",", "")
        if ch == "social":
            text = "@Mappento " + text
        ids.append(f.add(c, t, ch, text, subject=f"RE: {case}" if ch == "email" else None))
    c.update(
        {
            "problem": problem,
            "booking": case,
            "contacts": times,
            "problem_event_ids": ids,
            "competitor": comp if times >= 3 else None,
            "trouble_starts_at": f.rows[-times - 1 if False else -1]["occurred_at"],
        }
    )
    c["trouble_starts_at"] = next(r["occurred_at"] for r in f.rows if r["event_id"] == ids[0])


def fixed_case(f: Fam, c: dict[str, Any], d0: int, lang2: str | None = None) -> None:
    lang, first = c["language"], c["name"].split()[0]
    problem = f.rng.choice(["refund", "wrong_price", "cancel_fee", "headset"])
    case = f.case()
    t = f.day(d0, 8, 18)
    e1 = f.add(c, t, "web", f.rough(W.PROBLEM[lang][problem]), attrs={"page": "/help/contact"})
    f.add(
        c,
        t + timedelta(minutes=20),
        "email",
        W.CASE_OPENED[lang].format(first=first, case=case),
        out=True,
    )
    t2 = office(t + timedelta(hours=f.rng.randint(3, 20)))
    f.add(c, t2, "email", W.GOOD_NEWS[lang2 or lang].format(first=first, case=case), out=True)
    t3 = office(t2 + timedelta(hours=f.rng.randint(8, 30)))
    e3 = f.add(
        c,
        t3,
        "email",
        f.rng.choice(W.CONFIRM[lang2 or lang]).format(case=case),
        subject=f"RE: {case}",
    )
    c.setdefault("problems", []).append(
        {
            "problem": problem,
            "booking": case,
            "raised_at": iso(t),
            "confirmed_at": iso(t3),
            "problem_event_ids": [e1],
            "confirm_event_id": e3,
        }
    )


def repeat_contacts() -> Fam:
    f = Fam(
        3,
        "repeat_contacts",
        "RC",
        datetime(2026, 5, 25, tzinfo=UTC),
        10,
        "repeat contacts, fixed cases, two problems, frequent writers",
    )
    tol = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
    for i in range(12):
        c = f.person("repeat_contact", "repeats", None, ["repeat_contact"], tol)
        f.happy(c, f.rng.randint(1, 3), [0])
        repeat_run(f, c, f.rng.randint(1, 4), [2, 3, 4][i % 3], tol)
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", None, [], ["silence"])
        f.happy(c, 2, [0, 1])
        fixed_case(f, c, f.rng.randint(2, 4))
    for _ in range(3):
        c = f.person("different_problems", "two problems", None, [], ["silence"])
        fixed_case(f, c, 1)
        fixed_case(f, c, 6)
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.happy(c, f.rng.randint(5, 8), list(range(10)))
    f.write({"repeat_contact": 12})
    return f


def slide(f: Fam, c: dict[str, Any], d0: int, span: int, lang_of: Any = None) -> list[str]:
    comp = f.rng.choice(COMPS)
    ids = []
    t = f.day(d0, 9, 12)
    for k in range(6):
        lang = lang_of(k) if lang_of else c["language"]
        text = W.SLIDE[lang][k].format(comp=comp)
        ch = f.rng.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    f.rough(text),
                    kind="review",
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"},
                )
            )
        else:
            ids.append(f.add(c, t, ch, f.rough(("@Mappento " if ch == "social" else "") + text)))
        t = office(t + timedelta(hours=max(1, span * 24 // 6) + f.rng.randint(0, 3)))
    c.update(
        {
            "slide_event_ids": ids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": iso(f.day(0) if False else f.start),
        }
    )
    c["trouble_starts_at"] = next(r["occurred_at"] for r in f.rows if r["event_id"] == ids[0])
    return ids


def slow_churners() -> Fam:
    f = Fam(
        4,
        "slow_churners",
        "SC",
        datetime(2026, 6, 29, tzinfo=UTC),
        32,
        "sliders, leavers, steady, grumpy, sarcastic",
    )
    stol = ["repeat_contact", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
    for i in range(10):
        det = i < 5
        c = f.person(
            "slow_churner",
            "slides",
            None,
            ["sentiment_drop"] + (["detractor"] if det else []),
            stol,
        )
        for d in f.rng.sample(range(11), 5):
            f.add(
                c,
                f.day(d, 8, 19),
                f.rng.choice(["social", "community"]),
                f.rough(f.rng.choice(W.PRAISE[c["language"]])),
            )
        f.happy(c, f.rng.randint(2, 4), list(range(11)))
        ids = slide(f, c, f.rng.randint(12, 16), [3, 5, 9][i % 3])
        if det:
            t4 = next(
                datetime.strptime(r["occurred_at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
                for r in f.rows
                if r["event_id"] == ids[3]
            )
            c["nps"] = f.rng.randint(1, 5)
            c["survey_event_id"] = f.add(
                c,
                office(t4 + timedelta(hours=3)),
                "survey",
                None,
                scores={"nps": c["nps"], "csat": None, "ces": None},
                attrs={"survey": "nps"},
            )
    for _ in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            None,
            ["churn_intent"],
            ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        f.happy(c, f.rng.randint(4, 6), list(range(16)))
        t = f.day(f.rng.randint(17, 23), 8, 18)
        c["churn_intent_event_id"] = f.add(
            c, t, "email", f.rough(W.CANCEL[c["language"]]), subject="Resiliation / Baja"
        )
        f.add(
            c,
            t + timedelta(hours=f.rng.randint(1, 5)),
            "email",
            W.SORRY_GO[c["language"]].format(first=c["name"].split()[0]),
            out=True,
        )
        t2 = t + timedelta(hours=f.rng.randint(20, 30))
        c["cancellation_event_id"] = f.add(
            c,
            t2,
            "web",
            None,
            kind="cancellation",
            attrs={"page": "/account/pass/cancel", "product": "Mappento Pass"},
        )
        c["churn_at"] = iso(t2)
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy(c, f.rng.randint(6, 10), list(range(32)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", None, [], ["repeat_contact", "silence"])
        d = f.rng.randint(0, 4)
        for _k in range(f.rng.randint(5, 7)):
            f.add(
                c,
                f.day(d, 8, 20),
                f.rng.choice(["social", "community"]),
                f.rough(f.rng.choice(W.GRUMBLE[c["language"]])),
            )
            d += f.rng.randint(1, 3)
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", None, [], ["silence"])
        f.happy(c, f.rng.randint(3, 5), list(range(16)))
        c["sarcasm_event_id"] = f.add(
            c,
            f.day(f.rng.randint(17, 28), 9, 20),
            "social",
            W.SARCASM[c["language"]].replace("Mappento", "@Mappento", 1),
        )
    f.write({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})
    return f


def quiet_hours() -> Fam:
    f = Fam(
        5,
        "quiet_hours",
        "QH",
        datetime(2026, 8, 21, tzinfo=UTC),
        3,
        "a calm weekend with night owls",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in f.rng.sample(range(3), f.rng.randint(1, 3)):
            f.happy_act(c, f.day(d, 7, 17.5))
    for _ in range(4):
        c = f.person("grumbles_once", "grumbles once", None, [], ["silence"])
        t = f.day(f.rng.randint(0, 2), 9, 17)
        f.add(c, t, "web", None, kind="page_view", attrs={"page": "/tours"})
        c["grumble_event_id"] = f.add(
            c, t + timedelta(minutes=25), "chat", f.rough(W.MILD[c["language"]])
        )
        f.add(c, t + timedelta(minutes=29), "chat", W.ANSWER[c["language"]], out=True)
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=f.rng.randint(40, 65))
        for off in (0, 30, 60):
            bs = b0 + timedelta(minutes=off)
            for _ in range(4):
                c = f.person("night_owl", f"night {night}, burst {off // 30}")
                t = bs + timedelta(minutes=f.rng.randint(0, 9))
                if f.rng.random() < 0.5:
                    f.add(c, t, "chat", f.rough(f.rng.choice(W.QUESTION[c["language"]])))
                    f.add(c, t + timedelta(minutes=3), "chat", W.ANSWER[c["language"]], out=True)
                    f.add(
                        c, t + timedelta(minutes=8), "chat", f.rng.choice(W.THANKS[c["language"]])
                    )
                else:
                    f.add(c, t, "community", f.rough(f.rng.choice(W.NIGHT[c["language"]])))
                c["burst_at"] = iso(bs)
                if f.rng.random() < 0.5 and night < 2:
                    f.happy_act(c, f.day(night + 1, 9, 17.5))
    f.write({})
    return f


def bilingual() -> Fam:
    f = Fam(
        6,
        "bilingual",
        "BL",
        datetime(2026, 9, 14, tzinfo=UTC),
        14,
        "customers writing in two languages",
    )
    pairs = [
        ("es", "fr"),
        ("fr", "es"),
        ("es", "en"),
        ("fr", "en"),
        ("fr", "de"),
        ("es", "pt"),
        ("fr", "it"),
        ("es", "it"),
    ]
    tol = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
    for i in range(27):
        l1, l2 = pairs[i % len(pairs)]
        if i < 12:
            c = f.person("happy", "alternates languages", l1)
        elif i < 17:
            c = f.person("repeat_contact", "repeats", l1, ["repeat_contact"], tol)
        elif i < 22:
            c = f.person(
                "slow_churner",
                "slides",
                l1,
                ["sentiment_drop"],
                [
                    "repeat_contact",
                    "churn_intent",
                    "competitor_mention",
                    "high_value_at_risk",
                    "silence",
                ],
            )
        elif i < 25:
            c = f.person("happy_one_bad_day", "one bad day", l1, [], ["silence"])
        else:
            c = f.person("resolved_between_contacts", "fixed", l1, [], ["silence"])
        c["languages"] = [l1, l2]
        if i < 12:
            for k, d in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
                c["language"] = [l1, l2][k % 2]
                f.happy_act(c, f.day(d, 7, 19))
            c["language"] = l1
        elif i < 17:
            f.happy(c, 2, [0, 1])
            c["language"] = l2 if i % 2 else l1
            repeat_run(f, c, f.rng.randint(2, 5), [2, 3, 4, 2, 3][i - 12], tol)
            c["language"] = l1
        elif i < 22:
            for k, d in enumerate(range(6)):
                c["language"] = [l1, l2][k % 2]
                f.add(
                    c,
                    f.day(d, 8, 19),
                    "social",
                    "@Mappento " + f.rough(f.rng.choice(W.PRAISE[c["language"]])),
                )
            c["language"] = l1
            slide(
                f, c, f.rng.randint(7, 8), f.rng.choice([3, 5]), lambda k, a=l1, b=l2: [a, b][k % 2]
            )
        elif i < 25:
            f.happy(c, 3, [0, 1, 2, 10, 11, 12])
            c["language"] = l2
            t = f.day(f.rng.randint(5, 7), 9, 18)
            c["bad_day_event_id"] = bad_message(f, c, t, "email", "refund")
            c.update({"bad_day_at": iso(t), "bad_day_language": l2})
            c["language"] = l1
        else:
            fixed_case(f, c, f.rng.randint(2, 6), l2)
    f.write({"repeat_contact": 5, "sentiment_drop": 5})
    return f


def b2b_accounts() -> Fam:
    f = Fam(
        7,
        "b2b_accounts",
        "BB",
        datetime(2026, 10, 5, tzinfo=UTC),
        14,
        "company accounts of Mappento Equipos",
    )
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    problems = ["invoice", "portal", "overbilled", "invoice", "overbilled"]
    sites = [
        "consultancy",
        "bank",
        "school",
        "hotel",
        "software",
        "hospital",
        "university",
        "law firm",
        "municipality",
        "retail",
        "insurance",
        "agency",
        "factory",
        "museum",
        "startup",
    ]
    n_det = n_rc = 0
    for ai, kind in enumerate(kinds):
        lang = ["fr", "es", "de"][ai % 3]
        market = MARKETS[lang][0]
        aid = unique(f"MPE-{market}-{f.rng.randint(1000, 9999)}")
        n = f.rng.randint(4, 6) if kind == "at_risk" else (3 if kind != "mild" else 4)
        acc: dict[str, Any] = {
            "company": f"{sites[ai].title()} {['Norte', 'Lumiere', 'Berg', 'Sur', 'Atlas'][ai % 5]}",
            "site": sites[ai],
            "kind": kind,
            "language": lang,
            "country": market,
            "contact_keys": [],
            "unhappy_contact_keys": [],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "same_problem": None,
            "trouble_starts_at": None,
        }
        f.accounts[aid] = acc
        unhappy = (3 + ai % 2) if kind == "at_risk" else (1 if kind == "one_unhappy" else 0)
        case = f.case() if unhappy else ""
        problem = (
            problems[ai] if kind == "at_risk" else f.rng.choice(["invoice", "portal", "overbilled"])
        )
        t = (
            datetime(2026, 10, 7, 8, 30, tzinfo=UTC)
            if kind == "at_risk"
            else f.start + timedelta(days=f.rng.randint(3, 7), hours=9)
        )
        first_name = ""
        for k in range(n):
            if k < unhappy:
                last = kind == "at_risk" and k == unhappy - 1
                exp = (
                    (["detractor"] if not last else ["repeat_contact"])
                    if kind == "at_risk"
                    else ["detractor"]
                )
                tol = (
                    [
                        "sentiment_drop",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "silence",
                        "account_risk",
                    ]
                    if kind == "at_risk"
                    else ["sentiment_drop", "high_value_at_risk", "silence"]
                )
                c = f.person(
                    "b2b_unhappy" if kind == "at_risk" else "b2b_one_unhappy",
                    "complainer",
                    lang,
                    exp,
                    tol,
                    aid,
                )
                c["role"] = "complainer"
                c["company"] = acc["company"]
                c["country"] = market
                if k == 0:
                    first_name = c["name"].split()[0]
                    text = B.B2B_PROBLEM[problem][lang].format(case=case)
                else:
                    day = "hier" if lang == "fr" else ("ayer" if lang == "es" else "gestern")
                    text = B.LATER[lang].format(
                        first_name=first_name, day=day, case=case
                    ) + B.B2B_PROBLEM[problem][lang].format(case=case)
                e = f.add(c, t, "email", text, subject=f"Reclamation {case}")
                c["complaint_event_ids"] = [e]
                if k == 0:
                    f.add(
                        c,
                        t + timedelta(minutes=30),
                        "email",
                        B.ACK[lang].format(case=case),
                        out=True,
                    )
                    acc["trouble_starts_at"] = iso(t)
                    acc["same_problem"] = problem if kind == "at_risk" else None
                if not last:
                    c["nps"] = f.rng.randint(1, 5)
                    c["survey_event_id"] = f.add(
                        c,
                        t + timedelta(hours=f.rng.randint(1, 3)),
                        "survey",
                        None,
                        scores={"nps": c["nps"], "csat": None, "ces": None},
                        attrs={"survey": "nps"},
                    )
                    n_det += 1
                else:
                    t2 = t + timedelta(hours=f.rng.randint(18, 40))
                    t2 = office(t2) if t2.hour < 17 else (t2 + timedelta(hours=16)).replace(hour=9)
                    c["complaint_event_ids"].append(
                        f.add(
                            c,
                            t2,
                            "email",
                            B.LAST[lang].format(case=case, comp=f.rng.choice(COMPS)),
                            subject=f"RE: {case}",
                        )
                    )
                    n_rc += 1
                acc["unhappy_contact_keys"].append(c["identifiers"]["customer_id"])
                t = t + timedelta(hours=f.rng.randint(8, 28))
                if t.hour >= 17 or t.hour < 8:
                    t = (t + timedelta(hours=15)).replace(hour=9)
                if t.weekday() >= 5:
                    t = t + timedelta(days=7 - t.weekday())
            elif kind == "mild" and k < 2:
                c = f.person("b2b_mild", "suggests", lang, [], ["silence"], aid)
                c["role"] = "suggests"
                c["mild_event_id"] = f.add(
                    c,
                    f.start + timedelta(days=f.rng.randint(2, 4), hours=f.rng.randint(8, 15)),
                    "web",
                    B.SUGGEST[lang],
                    attrs={"page": "/business/contact"},
                )
            else:
                c = f.person("b2b_happy", "contact", lang, [], [], aid)
                c["role"] = "contact"
                for d in f.rng.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], f.rng.randint(2, 4)):
                    t0 = f.start + timedelta(days=d, minutes=f.rng.randint(480, 990))
                    if f.rng.random() < 0.5:
                        f.add(c, t0, "chat", B.ROUTINE[lang][0])
                        f.add(
                            c, t0 + timedelta(minutes=4), "chat", B.ROUTINE_ANSWER[lang], out=True
                        )
                    else:
                        f.add(c, t0, "community", B.ROUTINE[lang][1])
            c["country"] = market
            acc["contact_keys"].append(c["identifiers"]["customer_id"])
        acc["contacts"] = len(acc["contact_keys"])
        acc["unhappy_contacts"] = len(acc["unhappy_contact_keys"])
    f.write({"account_risk": 5, "detractor": n_det, "repeat_contact": n_rc})
    return f


def topic_spike() -> Fam:
    f = Fam(
        8,
        "topic_spike",
        "TS",
        datetime(2026, 11, 2, tzinfo=UTC),
        7,
        "a calm week and one planted spike",
    )
    for _ in range(40):
        c = f.person("happy", "day writer")
        f.happy(c, f.rng.randint(1, 4), [0, 1, 2, 3, 4])
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", None, [], ["silence"])
        c["grumble_event_id"] = f.add(c, f.day(0, 9, 16), "chat", f.rough(W.MILD[c["language"]]))
    for lang, when in (("es", 9.6), ("fr", 16.1)):
        c = f.person("grumbles_once", "lone question", lang, [], ["silence"])
        t = f.start + timedelta(days=4, hours=when)
        c["lone_report_event_id"] = f.add(c, t, "chat", W.LONE_Q[lang])
        f.add(c, t + timedelta(minutes=4), "chat", W.LONE_A[lang], out=True)
    s0 = datetime(2026, 11, 7, 8, 40, tzinfo=UTC)
    langs = ["fr"] * 6 + ["es"] * 6 + ["en", "en", "de", "de", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    offs = sorted([0, 45, *f.rng.sample(range(1, 45), 18)])
    keys: list[str] = []
    ids: list[str] = []
    rids: list[str] = []
    for i in range(20):
        rep = offs[i] <= 30 and len(rids) < 6
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if i < 12 else "new",
            langs[i],
            ["repeat_contact"] if rep else [],
            ["silence", "sentiment_drop"] if rep else ["silence"],
        )
        if i < 12:
            f.happy(c, f.rng.randint(1, 2), [2])
        t = s0 + timedelta(minutes=offs[i])
        text = f.rng.choice(W.SPIKE[langs[i]])
        ch = chans[i]
        e = f.add(
            c,
            t,
            ch,
            f.rough(("@Mappento " if ch == "social" else "") + text),
            subject="MTO.19-S" if ch == "email" else None,
            attrs={"page": "/help/contact"} if ch == "web" else None,
        )
        c.update(
            {
                "in_spike": True,
                "spike_event_id": e,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
            }
        )
        if ch == "chat":
            f.add(c, t + timedelta(minutes=3), "chat", W.SPIKE_CHAT[langs[i]], out=True)
        if rep:
            ch2 = "email" if ch != "email" else "chat"
            c["repeat_event_id"] = f.add(
                c, t + timedelta(minutes=f.rng.randint(15, 40)), ch2, W.SPIKE_AGAIN[langs[i]]
            )
            rids.append(c["repeat_event_id"])
        elif f.rng.random() < 0.35:
            c["agent_fixed"] = True
            f.add(
                c,
                datetime(2026, 11, 7, 11, 10, tzinfo=UTC) + timedelta(minutes=i),
                "email",
                W.SPIKE_FIXED[langs[i]].format(first=c["name"].split()[0]),
                out=True,
            )
        keys.append(c["identifiers"]["customer_id"])
        ids.append(e)
    f.spike = {
        "topic": "guided-tour app cancels every tour for a false storm warning under clear skies; rebooking fails with error MTO.19-S",
        "about": "false weather cancellations",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": ids,
        "repeat_event_ids": rids,
    }
    f.write({"topic_spike": 1, "repeat_contact": len(rids)})
    if len(rids) != 6:
        raise SystemExit(f"spike repeaters: {len(rids)}")
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
        fam = build()
        print(fam.name, len(fam.customers), len(fam.rows))


if __name__ == "__main__":
    main()
