"""Generate heldout131 (Verdelio, indoor plants by subscription): standard library only.

Run: python3 make_heldout131.py (writes <family>.jsonl and <family>.truth.json beside it).
"""

# ruff: noqa: E501

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import wording as W

HERE = Path(__file__).resolve().parent
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
BUSINESS = "Verdelio: indoor plants by subscription with plant-care visits (Verdelio Casa), and Verdelio Office care contracts for companies"
COMPETITORS = ["Fogliano", "Rametto"]
MARKET = {"it": "IT", "pt": "PT", "en": "UK", "de": "DE", "fr": "FR", "es": "ES"}
LANG_W = [("it", 30), ("pt", 30), ("en", 10), ("de", 10), ("fr", 10), ("es", 10)]
FIRST = [
    "Giulia",
    "Marco",
    "Ana",
    "João",
    "Chiara",
    "Rui",
    "Emma",
    "Lukas",
    "Léa",
    "Lucía",
    "Paolo",
    "Inês",
    "Tom",
    "Sofia",
    "Diogo",
    "Marta",
]
LAST = [
    "Rossi",
    "Silva",
    "Bianchi",
    "Costa",
    "Ferreira",
    "Greco",
    "Smith",
    "Müller",
    "Martin",
    "García",
    "Conti",
    "Sousa",
    "Moreira",
    "Ricci",
]
SILENCE = ["silence"]
Row = dict[str, Any]


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def pick(rng: random.Random, table: dict[str, list[str]], lang: str) -> str:
    return rng.choice(table.get(lang) or table["en"])


class Gen:
    def __init__(self, family: str, start: datetime, days: int, seed: int, about: str) -> None:
        self.family, self.start, self.days, self.about = family, start, days, about
        self.rng = random.Random(seed)
        self.seed = seed
        self.rows: list[Row] = []
        self.customers: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.ids: set[str] = set()
        self.n = 0
        self.cases = 0

    def lang(self) -> str:
        return self.rng.choices([a for a, _ in LANG_W], [w for _, w in LANG_W])[0]

    def case(self) -> str:
        self.cases += 1
        return f"VD-{self.seed % 97:02d}{self.cases:03d}"

    def person(
        self,
        persona: str,
        habit: str,
        lang: str,
        expected: list[str],
        tolerated: list[str],
        account: str | None = None,
        **extra: Any,
    ) -> dict[str, Any]:
        key = f"h131-{self.family[:3]}-{len(self.customers) + 1:03d}"
        first, last = self.rng.choice(FIRST), self.rng.choice(LAST)
        ident = {
            "customer_id": key,
            "email": f"{first}.{last}.{key}@example.com".lower()
            .replace("ü", "u")
            .replace("é", "e")
            .replace("ã", "a")
            .replace("ê", "e")
            .replace("í", "i")
            .replace("ú", "u")
            .replace("ç", "c")
            .replace("ô", "o")
            .replace("ó", "o"),
            "phone": f"+39{3000000000 + len(self.customers) * 7919 + self.seed}",
            "handle": f"@{first.lower()[:3]}{key[-3:]}{self.family[:2]}",
            "account_id": account,
        }
        for k, v in ident.items():
            if v is not None and k != "account_id":
                if v in self.ids:
                    raise SystemExit(f"reused identifier {v}")
                self.ids.add(v)
        if set(expected) & set(tolerated):
            raise SystemExit(f"{key}: rule both expected and tolerated")
        c = {
            "identifiers": ident,
            "expected_rules": expected,
            "tolerated_rules": tolerated,
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": MARKET[lang],
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            **extra,
        }
        self.customers[key] = c
        return c

    def add(
        self,
        c: dict[str, Any],
        t: datetime,
        channel: str,
        kind: str,
        text: str | None,
        *,
        out: bool = False,
        ex: dict[str, str] | None = None,
        scores: dict[str, int | None] | None = None,
        **attrs: str,
    ) -> str:
        if t < self.start or t >= LIMIT or t >= self.start + timedelta(days=self.days):
            raise SystemExit(f"{self.family}: time out of window {t}")
        self.n += 1
        eid = f"h131-{self.family}-{self.n:05d}"
        ident = c["identifiers"]
        cust = {k: ident[k] for k in ("customer_id", "email", "phone", "handle", "account_id")}
        if channel == "social":
            cust = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": ident["handle"],
                "account_id": None,
            }
        elif channel == "phone":
            cust = {
                "customer_id": None,
                "email": None,
                "phone": ident["phone"],
                "handle": None,
                "account_id": ident["account_id"],
            }
        at = {"market": c["country"], **attrs, **(ex or {})}
        if c["segment"] == "b2b":
            at["segment"] = "b2b"
        if out:
            at["agent"] = self.rng.choice(["Sara", "Tiago", "Elena", "Nuno", "Clara"])
        self.rows.append(
            {
                "event_id": eid,
                "occurred_at": iso(t),
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "customer": cust,
                "text": text,
                "subject": None,
                "scores": scores or {"nps": None, "csat": None, "ces": None},
                "source": "verdelio",
                "attributes": at,
            }
        )
        return eid

    def at(self, day: int, h0: float, h1: float) -> datetime:
        return self.start + timedelta(days=day, minutes=int(self.rng.uniform(h0, h1) * 60))

    def happy_act(self, c: dict[str, Any], t: datetime) -> None:
        lang, r = c["language"], self.rng.random()
        if r < 0.3:
            self.add(c, t, "community", "post", pick(self.rng, W.PRAISE, lang))
        elif r < 0.5:
            self.add(c, t, "chat", "chat", pick(self.rng, W.QUESTION, lang))
            self.add(c, t + timedelta(minutes=3), "chat", "chat", W.ANSWER[lang], out=True)
            if self.rng.random() < 0.6:
                self.add(
                    c, t + timedelta(minutes=5), "chat", "chat", pick(self.rng, W.THANKS, lang)
                )
        elif r < 0.6:
            self.add(c, t, "phone", "call", pick(self.rng, W.CALL_Q, lang))
            self.add(c, t + timedelta(minutes=20), "email", "message", W.ANSWER[lang], out=True)
        elif r < 0.8:
            plant = self.rng.choice(W.PLANTS)
            self.add(
                c, t, "web", "page_view", None, page=f"/plants/{plant.lower().replace(' ', '-')}"
            )
            self.add(
                c,
                t + timedelta(minutes=6),
                "web",
                "purchase",
                None,
                order_value=f"{self.rng.randint(25, 95)}.00",
                currency="GBP" if lang == "en" else "EUR",
                product=plant,
                page="/checkout",
            )
        elif r < 0.9:
            self.add(
                c, t, "web", "review", pick(self.rng, W.PRAISE, lang), rating="5", page="/reviews"
            )
        else:
            self.add(
                c,
                t,
                "survey",
                "survey_response",
                pick(self.rng, W.SURVEY_WORD, lang),
                scores={"nps": self.rng.choice([9, 10]), "csat": None, "ces": None},
                survey="nps",
            )

    def happy_days(
        self, c: dict[str, Any], n: int, days: list[int], h0: float = 7, h1: float = 19
    ) -> None:
        for d in self.rng.sample(days, min(n, len(days))):
            self.happy_act(c, self.at(d, h0, h1))

    def write(self, expected: dict[str, int]) -> tuple[int, int]:
        count: Counter[str] = Counter()
        for c in self.customers.values():
            count.update(c["expected_rules"])
        for a in self.accounts.values():
            count.update(a["expected_rules"])
        if self.spike:
            count["topic_spike"] += 1
        if dict(count) != expected:
            raise SystemExit(f"{self.family}: expected {expected}, truth says {dict(count)}")
        self.rows.sort(key=lambda r: (r["occurred_at"], r["event_id"]))
        seen = {r["event_id"] for r in self.rows}
        if len(seen) != len(self.rows):
            raise SystemExit("duplicate event id")
        last = datetime.fromisoformat(self.rows[-1]["occurred_at"].replace("Z", "+00:00"))
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        truth = {
            "config": {
                "family": self.family,
                "about": self.about,
                "business": BUSINESS,
                "days": self.days,
                "seed": self.seed,
                "written": "2026-12-05",
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
        (HERE / f"{self.family}.jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in self.rows),
            "utf-8",
        )
        (HERE / f"{self.family}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )
        return len(self.customers), len(self.rows)


def d0(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


def happy_writers() -> Gen:
    g = Gen(
        "happy_writers",
        d0(2026, 3, 9),
        10,
        1311,
        "happy customers only: day writers, night writers, survey answerers",
    )
    for _ in range(16):
        c = g.person("happy", "day writer", g.lang(), [], [])
        g.happy_days(c, g.rng.randint(5, 8), list(range(10)))
    for _ in range(5):
        c = g.person("happy", "night writer", g.lang(), [], [])
        for d in g.rng.sample(range(9), g.rng.randint(2, 4)):
            g.add(c, g.at(d, 22.2, 23.9), "community", "post", pick(g.rng, W.NIGHT, c["language"]))
        g.happy_days(c, g.rng.randint(2, 3), list(range(10)), 9, 18)
    for _ in range(5):
        c = g.person("happy", "answers surveys", g.lang(), [], [])
        for d in g.rng.sample(range(10), g.rng.randint(3, 6)):
            g.add(
                c,
                g.at(d, 8, 20),
                "survey",
                "survey_response",
                pick(g.rng, W.SURVEY_WORD, c["language"]),
                scores={"nps": g.rng.choice([9, 10]), "csat": None, "ces": None},
                survey="nps",
            )
    return g


def problem_text(g: Gen, problem: str, lang: str) -> str:
    return pick(g.rng, W.PROBLEM_TEXT[problem], lang)


def one_bad_day() -> Gen:
    g = Gen(
        "one_bad_day",
        d0(2026, 4, 6),
        12,
        1312,
        "happy customers with one angry moment; six give a low NPS",
    )
    problems = list(W.PROBLEM_TEXT)
    channels = ["long_email", "email", "chat", "social", "web", "phone"]
    i = 0
    for ch in channels:
        for _ in range(4):
            lang = g.rng.choice(["it", "pt"]) if ch == "long_email" else g.lang()
            prob = problems[i % 6]
            bad = g.at(2 + i % 8, 8, 20)
            det = ch != "social" and i % 4 == 0
            c = g.person(
                "bad_day_detractor" if det else "happy_one_bad_day",
                "one bad day",
                lang,
                ["detractor"] if det else [],
                SILENCE,
                problem=prob,
                bad_day_at=iso(bad),
                long_email=ch == "long_email",
            )
            days = [
                d
                for d in range(12)
                if d <= bad.day - g.start.day - 2 or d >= bad.day - g.start.day + 3
            ]
            g.happy_days(c, g.rng.randint(1, 5), days)
            text = problem_text(g, prob, lang)
            if ch == "long_email":
                eid = g.add(c, bad, "email", "message", W.LONG_EMAIL[lang].format(t=text))
            elif ch == "web":
                eid = g.add(c, bad, "web", "ticket", text, page="/help/contact")
            elif ch == "phone":
                eid = g.add(c, bad, "phone", "call", text.lower().replace(".", "").replace(",", ""))
            elif ch == "chat":
                eid = g.add(c, bad, "chat", "chat", text)
            else:
                eid = g.add(c, bad, ch, "mention" if ch == "social" else "message", text)
            c["bad_day_event_id"] = eid
            c["trouble_starts_at"] = iso(bad)
            if ch != "social":
                ref = g.case()
                c["booking"] = ref
                g.add(
                    c,
                    bad + timedelta(minutes=g.rng.randint(10, 40)),
                    "chat" if ch == "chat" else "email",
                    "chat" if ch == "chat" else "message",
                    W.CASE_OPENED[lang].format(c=ref),
                    out=True,
                )
                if det:
                    c["nps_given"], c["nps"] = True, g.rng.randint(1, 5)
                    c["survey_event_id"] = g.add(
                        c,
                        bad + timedelta(minutes=g.rng.randint(100, 140)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": c["nps"], "csat": None, "ces": None},
                        survey="nps",
                    )
                elif i % 4 == 1:
                    c["survey_event_id"] = g.add(
                        c,
                        bad + timedelta(minutes=g.rng.randint(40, 80)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": None, "csat": g.rng.randint(1, 2), "ces": None},
                        survey="csat",
                    )
                if i % 2 == 0:
                    g.add(
                        c,
                        bad + timedelta(hours=g.rng.uniform(1, 3)),
                        "email",
                        "message",
                        W.GOOD_NEWS[lang].format(c=ref),
                        out=True,
                    )
                    c["agent_fixed"] = True
                if i % 4 == 2:
                    c["apologised"] = True
                    c["apology_event_id"] = g.add(
                        c,
                        bad + timedelta(hours=g.rng.uniform(16, 20)),
                        "chat",
                        "chat",
                        pick(g.rng, W.APOLOGY, lang),
                    )
            i += 1
    for _ in range(8):
        c = g.person("happy", "control", g.lang(), [], [])
        g.happy_days(c, g.rng.randint(4, 7), list(range(12)))
    return g


def later_time(g: Gen, t: datetime) -> datetime:
    n = t + timedelta(hours=g.rng.uniform(4, 40))
    if n.hour >= 22 or n.hour < 7:
        n = n.replace(hour=9) + (timedelta(days=1) if n.hour >= 22 else timedelta())
    return n


def repeat_contacts() -> Gen:
    g = Gen(
        "repeat_contacts",
        d0(2026, 5, 18),
        12,
        1313,
        "repeat contacts about one open problem; fixed cases; two problems; frequent writers",
    )
    tol = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
    for i in range(12):
        lang = g.lang()
        prob = list(W.PROBLEM_TEXT)[i % 6]
        times = 2 + i % 3
        ref = g.case()
        comp = COMPETITORS[i % 2] if times >= 3 else None
        c = g.person(
            "repeat_contact",
            "repeats",
            lang,
            ["repeat_contact"],
            tol,
            problem=prob,
            booking=ref,
            contacts=times,
            competitor=comp,
        )
        g.happy_act(c, g.at(0, 7, 12))
        t = g.at(1 + i % 4, 8, 19)
        c["trouble_starts_at"] = iso(t)
        chans = ["web", "email", "chat", "phone", "social"]
        g.rng.shuffle(chans)
        ids = [g.add(c, t, "web", "ticket", problem_text(g, prob, lang), page="/help/contact")]
        if i % 2:
            c["agent_passed_on"] = True
            g.add(
                c,
                t + timedelta(hours=2),
                "email",
                "message",
                W.QUALITY_LEAD[lang].format(c=ref),
                out=True,
            )
        else:
            g.add(
                c,
                t + timedelta(minutes=25),
                "email",
                "message",
                W.CASE_OPENED[lang].format(c=ref),
                out=True,
            )
        chans.remove("web")
        for k in range(1, times):
            t = later_time(g, t)
            text = (W.REPEAT_FOURTH if k == 3 else W.REPEAT_THIRD if k == 2 else W.REPEAT_LATER)[
                lang
            ][0 if k > 1 else g.rng.randrange(len(W.REPEAT_LATER[lang]))].format(c=ref, x=comp)
            ch = chans[k - 1]
            kind = {"email": "message", "chat": "chat", "phone": "call", "social": "mention"}[ch]
            ids.append(
                g.add(c, t, ch, kind, text.lower().replace(".", "") if ch == "phone" else text)
            )
            if ch == "chat":
                g.add(
                    c,
                    t + timedelta(minutes=4),
                    "chat",
                    "chat",
                    W.URGENT[lang].format(c=ref),
                    out=True,
                )
        c["problem_event_ids"] = ids
    for _ in range(5):
        lang = g.lang()
        prob = g.rng.choice(list(W.PROBLEM_TEXT))
        ref = g.case()
        c = g.person(
            "resolved_between_contacts", "fixed", lang, [], SILENCE, problem=prob, booking=ref
        )
        t = g.at(g.rng.randint(1, 4), 8, 18)
        c["trouble_starts_at"] = iso(t)
        e1 = g.add(c, t, "web", "ticket", problem_text(g, prob, lang), page="/help/contact")
        g.add(
            c,
            t + timedelta(minutes=30),
            "email",
            "message",
            W.CASE_OPENED[lang].format(c=ref),
            out=True,
        )
        fx = later_time(g, t)
        g.add(c, fx, "email", "message", W.GOOD_NEWS[lang].format(c=ref), out=True)
        cf = later_time(g, fx)
        ce = g.add(c, cf, "email", "message", pick(g.rng, W.CONFIRM, lang).format(c=ref))
        c["problems"] = [
            {
                "problem": prob,
                "booking": ref,
                "raised_at": iso(t),
                "fixed_at": iso(fx),
                "confirmed_at": iso(cf),
                "problem_event_ids": [e1],
                "confirm_event_id": ce,
                "channel": "web",
                "confirm_channel": "email",
            }
        ]
    for _ in range(5):
        lang = g.lang()
        p1, p2 = g.rng.sample(list(W.PROBLEM_TEXT), 2)
        c = g.person("different_problems", "two problems", lang, [], SILENCE, problem=p1)
        t1, t2 = g.at(1, 8, 18), g.at(6, 8, 18)
        ids = []
        for p, t in ((p1, t1), (p2, t2)):
            ref = g.case()
            ids.append(g.add(c, t, "email", "message", problem_text(g, p, lang)))
            g.add(
                c,
                t + timedelta(minutes=20),
                "email",
                "message",
                W.CASE_OPENED[lang].format(c=ref),
                out=True,
            )
        c["problem_event_ids"] = ids
        c["trouble_starts_at"] = iso(t1)
    for _ in range(5):
        c = g.person("happy", "frequent writer", g.lang(), [], [])
        g.happy_days(c, g.rng.randint(6, 9), list(range(12)))
    return g


def slide(g: Gen, c: dict[str, Any], start_day: int, span: int, comp: str) -> list[str]:
    lang, ids = c["language"], []
    t = g.at(start_day, 8, 18)
    c["trouble_starts_at"] = iso(t)
    for k, text in enumerate(W.SLIDE[lang]):
        if k:
            t = t + timedelta(hours=max(1.0, span * 24 / 5 * g.rng.uniform(0.7, 1.0)))
            if t.hour >= 22 or t.hour < 7:
                t = t.replace(hour=10) + (timedelta(days=1) if t.hour >= 22 else timedelta())
        ch = ["community", "social", "web"][k % 3]
        kind = {"community": "post", "social": "mention", "web": "review"}[ch]
        extra: dict[str, str] = (
            {"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"} if ch == "web" else {}
        )
        ids.append(g.add(c, t, ch, kind, text.format(x=comp), ex=extra))
    return ids


def slow_churners() -> Gen:
    g = Gen(
        "slow_churners",
        d0(2026, 6, 29),
        32,
        1314,
        "sliding customers, leavers, steadily grumpy, sarcastic, steady",
    )
    for i in range(10):
        comp = COMPETITORS[i % 2]
        nps = i < 5
        c = g.person(
            "slow_churner",
            "slides",
            g.lang(),
            ["sentiment_drop"] + (["detractor"] if nps else []),
            [
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
            competitor=comp,
        )
        for d in g.rng.sample(range(11), g.rng.randint(4, 5)):
            g.add(c, g.at(d, 8, 20), "community", "post", pick(g.rng, W.PRAISE, c["language"]))
        g.happy_days(c, g.rng.randint(2, 4), list(range(11)))
        span = [3, 5, 9][i % 3]
        ids = slide(g, c, 12 + i % 5, span, comp)
        c["slide_event_ids"], c["slide_days"] = ids, span
        if nps:
            c["nps_given"], c["nps"] = True, g.rng.randint(1, 5)
            ts = datetime.fromisoformat(
                g.rows[-3]["occurred_at"].replace("Z", "+00:00")
            ) + timedelta(hours=3)
            ts = (
                ts
                if 7 <= ts.hour < 22
                else ts.replace(hour=11) + (timedelta(days=1) if ts.hour >= 22 else timedelta())
            )
            c["survey_event_id"] = g.add(
                c,
                ts,
                "survey",
                "survey_response",
                None,
                scores={"nps": c["nps"], "csat": None, "ces": None},
                survey="nps",
            )
    for i in range(5):
        lang = g.lang()
        c = g.person(
            "slow_churner",
            "asks to cancel",
            lang,
            ["churn_intent"],
            ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        g.happy_days(c, g.rng.randint(4, 6), list(range(16)))
        t = g.at(17 + i, 8, 17)
        c["trouble_starts_at"] = iso(t)
        c["churn_intent_event_id"] = g.add(c, t, "email", "message", pick(g.rng, W.LEAVE, lang))
        g.add(
            c,
            t + timedelta(hours=g.rng.uniform(1, 5)),
            "email",
            "message",
            W.SORRY_GO[lang],
            out=True,
        )
        ct = t + timedelta(hours=g.rng.uniform(20, 30))
        ct = ct if 7 <= ct.hour < 22 else ct.replace(hour=12)
        c["cancellation_event_id"] = g.add(
            c, ct, "web", "cancellation", None, page="/account/plan", product="Verdelio Casa"
        )
        c["churn_at"] = iso(ct)
    for _ in range(5):
        lang = g.lang()
        c = g.person("steadily_grumpy", "grumbles", lang, [], ["repeat_contact", "silence"])
        ids = [
            g.add(c, g.at(d, 8, 20), "community", "post", pick(g.rng, W.GRUMPY, lang))
            for d in sorted(g.rng.sample(range(30), 6))
        ]
        c["grumble_event_ids"] = ids
        c["trouble_starts_at"] = g.rows[-6]["occurred_at"]
    for _ in range(5):
        lang = g.lang()
        c = g.person("happy_one_sarcastic_remark", "happy", lang, [], SILENCE)
        g.happy_days(c, g.rng.randint(4, 6), list(range(30)))
        c["sarcasm_event_id"] = g.add(
            c, g.at(g.rng.randint(5, 25), 9, 20), "social", "mention", pick(g.rng, W.SARCASM, lang)
        )
    for _ in range(6):
        c = g.person("happy", "steady", g.lang(), [], [])
        g.happy_days(c, g.rng.randint(6, 9), list(range(31)))
    return g


def quiet_hours() -> Gen:
    g = Gen(
        "quiet_hours", d0(2026, 8, 14), 3, 1315, "a calm weekend with night owls in short bursts"
    )
    for _ in range(16):
        c = g.person("happy", "day writer", g.lang(), [], [])
        g.happy_days(c, g.rng.randint(1, 3), [0, 1, 2], 7, 17.5)
    for i in range(4):
        lang = g.lang()
        c = g.person("grumbles_once", "grumbles once", lang, [], SILENCE)
        t = g.at(i % 3, 9, 16)
        g.add(c, t, "web", "page_view", None, page="/coverage")
        gt = t + timedelta(minutes=g.rng.randint(20, 30))
        c["trouble_starts_at"] = iso(gt)
        if i < 2:
            c["grumble_event_id"] = g.add(c, gt, "chat", "chat", pick(g.rng, W.MILD, lang))
            g.add(c, gt + timedelta(minutes=4), "chat", "chat", W.ANSWER[lang], out=True)
        else:
            c["grumble_event_id"] = g.add(
                c, gt, "web", "ticket", pick(g.rng, W.MILD, lang), page="/help/contact"
            )
            g.add(c, gt + timedelta(minutes=30), "email", "message", W.ANSWER[lang], out=True)
    for night in range(3):
        first = g.start + timedelta(days=night, minutes=g.rng.randint(40, 65))
        for b, off in enumerate((0, g.rng.randint(28, 33), g.rng.randint(55, 65))):
            burst = first + timedelta(minutes=off)
            for _ in range(4):
                lang = g.lang()
                c = g.person(
                    "night_owl", f"night {night}, burst {b}", lang, [], [], burst_at=iso(burst)
                )
                t = burst + timedelta(minutes=g.rng.randint(0, 9))
                if g.rng.random() < 0.5:
                    c["night_event_id"] = g.add(c, t, "chat", "chat", pick(g.rng, W.QUESTION, lang))
                    g.add(c, t + timedelta(minutes=3), "chat", "chat", W.ANSWER[lang], out=True)
                    g.add(c, t + timedelta(minutes=5), "chat", "chat", pick(g.rng, W.THANKS, lang))
                else:
                    c["night_event_id"] = g.add(
                        c, t, "community", "post", pick(g.rng, W.NIGHT, lang)
                    )
                if g.rng.random() < 0.5:
                    g.happy_act(c, g.at(g.rng.randint(0, 2), 9, 17.5))
    return g


def bilingual() -> Gen:
    g = Gen("bilingual", d0(2026, 9, 7), 14, 1316, "customers writing in two languages")
    pairs = [
        ("it", "pt"),
        ("pt", "it"),
        ("it", "en"),
        ("pt", "en"),
        ("it", "de"),
        ("pt", "fr"),
        ("it", "es"),
        ("pt", "es"),
        ("en", "it"),
        ("de", "it"),
        ("fr", "pt"),
        ("es", "pt"),
    ]

    def two(i: int) -> tuple[str, str]:
        return pairs[i % len(pairs)]

    for i in range(12):
        a, b = two(i)
        c = g.person(
            "happy",
            "alternates languages",
            a,
            [],
            [],
            languages=[a, b],
            job_second_language="works with colleagues abroad",
        )
        for k, d in enumerate(sorted(g.rng.sample(range(14), g.rng.randint(5, 8)))):
            c["language"] = [a, b][k % 2]
            g.happy_act(c, g.at(d, 8, 19))
        c["language"] = a
    for i in range(5):
        a, b = two(i + 3)
        ref = g.case()
        times = [2, 2, 3, 3, 4][i]
        c = g.person(
            "repeat_contact",
            "repeats",
            a,
            ["repeat_contact"],
            [
                "sentiment_drop",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
            languages=[a, b],
            booking=ref,
            contacts=times,
            problem="no_show",
        )
        g.happy_act(c, g.at(0, 8, 18))
        t = g.at(2 + i % 3, 8, 18)
        c["trouble_starts_at"] = iso(t)
        ids = [g.add(c, t, "email", "message", problem_text(g, "no_show", a))]
        g.add(
            c,
            t + timedelta(minutes=30),
            "email",
            "message",
            (W.QUALITY_LEAD if times >= 3 else W.CASE_OPENED)[a].format(c=ref),
            out=True,
        )
        for k in range(1, times):
            t = later_time(g, t)
            lang = [a, b][k % 2]
            tab = W.REPEAT_FOURTH if k == 3 else W.REPEAT_THIRD if k == 2 else W.REPEAT_LATER
            ids.append(
                g.add(
                    c,
                    t,
                    ["chat", "web", "email"][k % 3],
                    ["chat", "ticket", "message"][k % 3],
                    tab[lang][0].format(c=ref, x=COMPETITORS[0]),
                )
            )
        c["problem_event_ids"] = ids
    for i in range(5):
        a, b = two(i + 6)
        c = g.person(
            "slow_churner",
            "slides",
            a,
            ["sentiment_drop"],
            [
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
            languages=[a, b],
            competitor=COMPETITORS[1],
        )
        for k, d in enumerate(range(6)):
            g.add(c, g.at(d, 8, 20), "community", "post", pick(g.rng, W.PRAISE, [a, b][k % 2]))
        g.happy_days(c, g.rng.randint(1, 3), list(range(6)))
        ids = []
        t = g.at(7 + i % 2, 9, 18)
        c["trouble_starts_at"] = iso(t)
        for k in range(6):
            lang = [a, b][k % 2]
            ids.append(g.add(c, t, "community", "post", W.SLIDE[lang][k].format(x=COMPETITORS[1])))
            t = t + timedelta(hours=g.rng.uniform(12, 18))
            if t.hour >= 22 or t.hour < 7:
                t = t.replace(hour=10) + (timedelta(days=1) if t.hour >= 22 else timedelta())
        c["slide_event_ids"] = ids
    for i in range(3):
        a, b = two(i + 1)
        c = g.person(
            "happy_one_bad_day", "one bad day", a, [], SILENCE, languages=[a, b], bad_day_language=b
        )
        g.happy_days(c, 4, [0, 1, 2, 3, 9, 10, 11, 12])
        t = g.at(6, 9, 18)
        c["bad_day_event_id"] = g.add(c, t, "email", "message", problem_text(g, "dead_plant", b))
        c["bad_day_at"] = iso(t)
    for i in range(2):
        a, b = two(i + 4)
        ref = g.case()
        c = g.person(
            "resolved_between_contacts",
            "fixed",
            a,
            [],
            SILENCE,
            languages=[a, b],
            booking=ref,
            problem="refund",
        )
        t = g.at(3, 9, 17)
        c["trouble_starts_at"] = iso(t)
        g.add(c, t, "web", "ticket", problem_text(g, "refund", a), page="/help/contact")
        g.add(c, t + timedelta(hours=5), "email", "message", W.GOOD_NEWS[b].format(c=ref), out=True)
        g.add(
            c, t + timedelta(hours=26), "email", "message", pick(g.rng, W.CONFIRM, b).format(c=ref)
        )
    return g


def b2b_accounts() -> Gen:
    g = Gen("b2b_accounts", d0(2026, 10, 5), 14, 1317, "company accounts (Verdelio Office)")
    alang = [
        "it",
        "pt",
        "it",
        "pt",
        "de",
        "it",
        "pt",
        "en",
        "it",
        "pt",
        "it",
        "de",
        "pt",
        "it",
        "en",
    ]
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    probs = ["invoice", "service_blocked", "overbilled", "portal", "invoice"]
    sites = [
        "hotel",
        "law firm",
        "school",
        "clinic",
        "bank branch",
        "coworking",
        "agency",
        "hotel",
        "museum",
        "gym",
        "school",
        "university",
        "clinic",
        "library",
        "agency",
    ]
    for a in range(15):
        aid = f"acct-h131-{a + 1:02d}"
        lang, kind = alang[a], kinds[a]
        n = 4 + a % 3
        unhappy = (3 if a < 3 else 4) if kind == "at_risk" else (1 if kind == "one_unhappy" else 0)
        acc: dict[str, Any] = {
            "company": f"{g.rng.choice(LAST)} {sites[a].title()}",
            "site": sites[a],
            "contacts": n,
            "contact_keys": [],
            "unhappy_contacts": unhappy,
            "unhappy_contact_keys": [],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": probs[a] if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": MARKET[lang],
        }
        g.accounts[aid] = acc
        t = g.start + timedelta(days=2, hours=8 + a % 6)
        first_name = ""
        ref = g.case()
        for k in range(n):
            if k < unhappy:
                last = kind == "at_risk" and k == unhappy - 1
                exp = (
                    (["repeat_contact"] if last else ["detractor"])
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
                c = g.person(
                    "b2b_unhappy" if kind == "at_risk" else "b2b_one_unhappy",
                    "complainer",
                    lang,
                    exp,
                    tol,
                    account=aid,
                    company=acc["company"],
                    role="complainer",
                    job_title="office manager",
                )
                prob = probs[a] if kind == "at_risk" else probs[(a + 1) % 4]
                c["problem"] = prob
                if kind == "at_risk" and k > 0:
                    t = t + timedelta(hours=g.rng.uniform(8, 28))
                    t = (
                        t.replace(hour=g.rng.randint(8, 16))
                        if not 8 <= t.hour < 18 or t.weekday() > 4
                        else t
                    )
                    while t.weekday() > 4:
                        t += timedelta(days=1)
                    text = W.B2B_LATER[lang].format(
                        n=first_name,
                        d=W.WEEKDAYS[lang][(t - timedelta(days=1)).weekday()],
                        c=ref,
                        t=W.B2B_PROBLEM[prob][lang],
                    )
                else:
                    text = W.B2B_PROBLEM[prob][lang]
                    if kind != "at_risk":
                        t = g.start + timedelta(days=3 + a % 5, hours=9 + k)
                        ref = g.case()
                tk = t
                ids = [g.add(c, tk, "email", "message", text)]
                if k == 0 or kind != "at_risk":
                    first_name = c["name"].split()[0]
                    g.add(
                        c,
                        tk + timedelta(minutes=40),
                        "email",
                        "message",
                        W.B2B_ACK[lang].format(c=ref),
                        out=True,
                    )
                    if kind == "at_risk":
                        acc["trouble_starts_at"] = iso(tk)
                c["trouble_starts_at"] = iso(tk)
                if last:
                    ft = tk + timedelta(hours=g.rng.uniform(18, 40))
                    ft = ft.replace(hour=10)
                    while ft.weekday() > 4:
                        ft += timedelta(days=1)
                    if a == 0:
                        ids.append(
                            g.add(
                                c,
                                ft,
                                "email",
                                "message",
                                W.B2B_FINAL_MAIL[lang].format(c=ref, x=COMPETITORS[0]),
                            )
                        )
                        c["competitor"] = COMPETITORS[0]
                    else:
                        ids.append(
                            g.add(c, ft, "phone", "call", W.B2B_FINAL_CALL[lang].format(c=ref))
                        )
                else:
                    c["nps_given"], c["nps"] = True, g.rng.randint(1, 5)
                    c["survey_event_id"] = g.add(
                        c,
                        tk + timedelta(hours=g.rng.uniform(1, 3)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": c["nps"], "csat": None, "ces": None},
                        survey="nps",
                    )
                c["complaint_event_ids"] = ids
                acc["unhappy_contact_keys"].append(c["identifiers"]["customer_id"])
            elif kind == "mild" and k < 2:
                c = g.person(
                    "b2b_mild",
                    "suggests",
                    lang,
                    [],
                    SILENCE,
                    account=aid,
                    company=acc["company"],
                    role="suggests",
                    job_title="facilities coordinator",
                )
                mt = g.start + timedelta(days=4 + k, hours=10)
                c["mild_event_id"] = g.add(
                    c, mt, "web", "ticket", W.B2B_MILD[lang], page="/business/contact"
                )
                c["trouble_starts_at"] = iso(mt)
                g.add(
                    c,
                    mt + timedelta(hours=2),
                    "email",
                    "message",
                    W.B2B_ACK[lang].format(c=g.case()),
                    out=True,
                )
            else:
                c = g.person(
                    "b2b_happy",
                    "contact",
                    lang,
                    [],
                    [],
                    account=aid,
                    company=acc["company"],
                    role="contact",
                    job_title="assistant",
                )
                for d in g.rng.sample([0, 1, 7, 8, 9, 10, 11], g.rng.randint(2, 4)):
                    t2 = g.at(d, 8, 17)
                    if g.rng.random() < 0.5:
                        g.add(c, t2, "community", "post", W.B2B_PRAISE[lang])
                    else:
                        g.add(c, t2, "web", "page_view", None, page="/business/portal")
            acc["contact_keys"].append(c["identifiers"]["customer_id"])
    return g


def topic_spike() -> Gen:
    g = Gen(
        "topic_spike", d0(2026, 10, 26), 7, 1318, "a calm week and one planted spike of reports"
    )
    for _ in range(40):
        c = g.person("happy", "day writer", g.lang(), [], [])
        for d in g.rng.sample(range(6), g.rng.randint(1, 4)):
            g.happy_act(c, g.at(d, 12, 19) if d == 5 else g.at(d, 8, 19))
    for _ in range(2):
        lang = g.lang()
        c = g.person("grumbles_once", "grumbles once", lang, [], SILENCE)
        t = g.at(0, 9, 17)
        c["grumble_event_id"] = g.add(c, t, "chat", "chat", pick(g.rng, W.MILD, lang))
        c["trouble_starts_at"] = iso(t)
        g.add(c, t + timedelta(minutes=4), "chat", "chat", W.ANSWER[lang], out=True)
    for lang, hh in (("it", 9.5), ("pt", 15.2)):
        c = g.person("grumbles_once", "lone question", lang, [], SILENCE)
        t = g.at(4, hh, hh + 0.2)
        c["lone_report_event_id"] = g.add(c, t, "chat", "chat", W.LONE[lang][0])
        c["trouble_starts_at"] = iso(t)
        g.add(c, t + timedelta(minutes=5), "chat", "chat", W.LONE_ANSWER[lang], out=True)
    langs = ["it"] * 6 + ["pt"] * 6 + ["en", "en", "de", "de", "fr", "fr", "es", "es"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    g.rng.shuffle(chans)
    s0 = datetime(2026, 10, 31, 8, 25, tzinfo=UTC)
    keys: list[str] = []
    firsts: list[str] = []
    repeats: list[str] = []
    for i in range(20):
        lang = langs[i]
        t = s0 + timedelta(minutes=round(45 * i / 19))
        rep = i % 3 == 0 and i < 12
        c = g.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if i < 12 else "new",
            lang,
            ["repeat_contact"] if rep else [],
            ["silence", "sentiment_drop"] if rep else SILENCE,
            in_spike=True,
            regular=i < 12,
        )
        if i < 12:
            g.happy_act(c, g.at(2, 8, 17.5))
        ch = chans[i]
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        extra: dict[str, str] = {"page": "/help/contact"} if ch == "web" else {}
        eid = g.add(c, t, ch, kind, pick(g.rng, W.SPIKE, lang), ex=extra)
        c["spike_event_id"], c["spike_channel"], c["trouble_starts_at"] = eid, ch, iso(t)
        if ch == "chat":
            g.add(c, t + timedelta(minutes=2), "chat", "chat", W.SPIKE_ANSWER[lang], out=True)
        if rep:
            other = "email" if ch != "email" else "chat"
            c["repeat_event_id"] = g.add(
                c,
                t + timedelta(minutes=g.rng.randint(15, 30)),
                other,
                "message" if other == "email" else "chat",
                pick(g.rng, W.SPIKE_AGAIN, lang),
            )
            repeats.append(c["repeat_event_id"])
        elif i % 3 == 1:
            c["agent_fixed"] = True
            g.add(
                c,
                datetime(2026, 10, 31, 11, 10 + i % 7, tzinfo=UTC),
                "email",
                "message",
                W.SPIKE_FIXED[lang],
                out=True,
            )
        keys.append(c["identifiers"]["customer_id"])
        firsts.append(eid)
    g.spike = {
        "topic": "plant-care app fires watering reminders every minute for every plant; muting fails with an error code",
        "about": "Verdelio app reminders",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": firsts,
        "repeat_event_ids": repeats,
    }
    return g


FAMILIES = [
    (happy_writers, {}),
    (one_bad_day, {"detractor": 5}),
    (repeat_contacts, {"repeat_contact": 12}),
    (slow_churners, {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5}),
    (quiet_hours, {}),
    (bilingual, {"repeat_contact": 5, "sentiment_drop": 5}),
    (b2b_accounts, {"account_risk": 5, "detractor": 16, "repeat_contact": 5}),
    (topic_spike, {"topic_spike": 1, "repeat_contact": 4}),
]


def main() -> None:
    tc = tt = 0
    for make, expected in FAMILIES:
        g = make()
        c, t = g.write(expected)
        tc, tt = tc + c, tt + t
        print(g.family, c, t, sum(r["direction"] == "outbound" for r in g.rows))
    print("total", tc, tt)


if __name__ == "__main__":
    main()
