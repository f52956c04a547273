"""Build heldout192 (report only, written blind). Run: python make_heldout192.py"""

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
CUTOFF = datetime(2026, 11, 15, tzinfo=UTC)
USED: set[str] = set()


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def fill(text: str, **kw: str) -> str:
    text = text.replace("{B}", W.BRAND)
    for k, v in kw.items():
        text = text.replace("{" + k + "}", v)
    return text


def pick(rng: random.Random, table: dict[str, list[str]], lang: str) -> str:
    return rng.choice(table[lang])


def roughen(rng: random.Random, text: str) -> str:
    r = rng.random()
    if r < 0.14:
        words = [
            i for i, w in enumerate(text.split(" ")) if w.isalpha() and w.islower() and len(w) > 4
        ]
        if words:
            parts = text.split(" ")
            i = rng.choice(words)
            w = parts[i]
            j = rng.randrange(1, len(w) - 2)
            parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            text = " ".join(parts)
    elif r < 0.26 and text[:1].isupper():
        text = text[0].lower() + text[1:]
    elif r < 0.36:
        text = "".join(
            c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)
        )
    return text


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
    rng: random.Random
    rows: list[dict[str, Any]] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, Any] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    n: int = 0

    def person(
        self,
        lang: str,
        persona: str,
        habit: str,
        expected: list[str],
        tolerated: list[str],
        account: str | None = None,
        company: str | None = None,
    ) -> Cust:
        rng = self.rng
        market, prefix = W.MARKET[lang]
        while True:
            num = rng.randrange(1000, 10000)
            key = f"CQ{self.code}{num}"
            first = rng.choice(W.FIRST[lang])
            last = rng.choice(W.LAST[lang])
            slug = (
                unicodedata.normalize("NFD", f"{first}.{last}")
                .encode("ascii", "ignore")
                .decode()
                .lower()
            )
            if key not in USED and slug + str(num) not in USED:
                break
        USED.update((key, slug + str(num)))
        email = f"{slug}{num}@{company or 'mail'}.example"
        phone = prefix + "".join(
            str(rng.randrange(10)) for _ in range(12 - len(prefix) + 1 + (1 if lang != "de" else 0))
        )
        handle = None if account else f"@{slug.replace('.', '_')}{num}"
        ids: dict[str, str | None] = {
            "customer_id": key,
            "email": email,
            "phone": phone,
            "handle": handle,
            "account_id": account,
        }
        c = Cust(
            key,
            lang,
            market,
            ids,
            {
                "identifiers": dict(ids),
                "expected_rules": expected,
                "tolerated_rules": tolerated,
                "persona": persona,
                "habit": habit,
                "language": lang,
                "country": market,
                "segment": "b2b" if account else "consumer",
                "name": f"{first} {last}",
            },
        )
        self.custs[key] = c
        return c

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        *,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.n += 1
        eid = f"h192-{self.code.lower()}-{self.n:05d}"
        if text is not None and not out and channel not in ("phone", "survey"):
            text = roughen(self.rng, text)
        a = {"market": c.market}
        if c.ids["account_id"]:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(["Ana", "Matteo", "Sam", "Claire"])
        a.update(attrs or {})
        self.rows.append(
            {
                "event_id": eid,
                "occurred_at": t,
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "cust": c,
                "text": text,
                "subject": subject,
                "scores": {"nps": None, "csat": None, "ces": None, **(scores or {})},
                "source": f"cariqo-{channel}",
                "attributes": a,
            }
        )
        return eid

    def day(self, d: int, h0: int = 8, h1: int = 20) -> datetime:
        return self.start + timedelta(days=d, minutes=self.rng.randrange(h0 * 60, h1 * 60))

    def case(self) -> str:
        while True:
            ref = f"CQ-{self.rng.randrange(100000, 1000000)}"
            if ref not in USED:
                USED.add(ref)
                return ref

    def happy(self, c: Cust, t: datetime) -> None:
        rng, lang = self.rng, c.lang
        r = rng.randrange(7)
        if r == 0:
            self.add(c, t, "social", "mention", fill(pick(rng, W.PRAISE, lang)))
        elif r == 1:
            self.add(c, t, "community", "post", fill(pick(rng, W.GRIPE, lang)))
        elif r == 2:
            self.add(c, t, "chat", "chat", pick(rng, W.QUESTION, lang))
            self.add(
                c,
                t + timedelta(minutes=rng.randrange(1, 6)),
                "chat",
                "chat",
                fill(W.ANSWER[lang]),
                out=True,
            )
            if rng.random() < 0.6:
                self.add(
                    c,
                    t + timedelta(minutes=rng.randrange(7, 12)),
                    "chat",
                    "chat",
                    pick(rng, W.THANKS, lang),
                )
        elif r == 3:
            self.add(c, t, "web", "page_view", attrs={"page": "/stations"})
            self.add(
                c,
                t + timedelta(minutes=rng.randrange(2, 9)),
                "web",
                "purchase",
                attrs={
                    "page": "/plus",
                    "product": "Cariqo Plus monthly",
                    "order_value": "4.99",
                    "currency": "EUR" if c.market != "UK" else "GBP",
                },
            )
        elif r == 4:
            self.add(
                c,
                t,
                "web",
                "review",
                fill(pick(rng, W.PRAISE, lang)),
                attrs={"rating": "5", "page": "/reviews"},
            )
        elif r == 5:
            self.add(c, t, "phone", "call", W.CALL_Q[lang])
            self.add(
                c,
                t + timedelta(minutes=rng.randrange(10, 30)),
                "email",
                "message",
                fill(W.ANSWER[lang]),
                out=True,
            )
        else:
            self.add(
                c,
                t,
                "survey",
                "survey_response",
                rng.choice(["", "top", "👍"]) or None,
                scores={"nps": rng.choice([9, 10])},
                attrs={"survey": "nps"},
            )

    def build(self) -> None:
        self.rows.sort(key=lambda r: (r["occurred_at"], r["event_id"]))
        seen: set[str] = set()
        out = []
        for r in self.rows:
            c: Cust = r.pop("cust")
            assert r["occurred_at"] < CUTOFF and r["occurred_at"] >= self.start, r
            ids = c.ids
            if r["direction"] == "outbound" or (c.key not in seen and r["direction"] == "inbound"):
                ref = dict(ids)
                if r["direction"] == "inbound":
                    seen.add(c.key)
            else:
                ch = r["channel"]
                ref = {k: None for k in ids}
                if ch == "phone":
                    ref["phone"] = ids["phone"]
                elif ch in ("social", "community"):
                    ref["handle"] = ids["handle"]
                    if not ids["handle"]:
                        ref["email"] = ids["email"]
                elif ch == "email":
                    ref["email"] = ids["email"]
                else:
                    ref["customer_id"] = ids["customer_id"]
                ref["account_id"] = ids["account_id"]
            r["customer"] = ref
            r["occurred_at"] = iso(r["occurred_at"])
            out.append(r)
        assert seen == set(self.custs), "customer without inbound"
        last = max(datetime.fromisoformat(r["occurred_at"].replace("Z", "+00:00")) for r in out)
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        assert end < CUTOFF
        expected: dict[str, int] = {}
        for c in self.custs.values():
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
                "business": "Cariqo power-bank sharing (app, web, Plus membership; Cariqo Venues on account)",
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-06",
                "expected": expected,
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: c.truth for k, c in sorted(self.custs.items())},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        with open(HERE / f"{self.name}.jsonl", "w", encoding="utf-8") as f:
            for r in out:
                f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


def lang_of(rng: random.Random) -> str:
    return str(rng.choices(W.LANGS, weights=[30, 30, 10, 10, 10, 10])[0])


def complaint(
    f: Fam, c: Cust, t: datetime, problem: str, channel: str, extra: str = "", long: bool = False
) -> str:
    text = W.COMPLAINT[c.lang][problem] + extra
    if long and c.lang in W.LONG_OPEN:
        text = W.LONG_OPEN[c.lang] + text + W.LONG_CLOSE[c.lang]
    kind = {
        "email": "message",
        "chat": "chat",
        "web": "ticket",
        "phone": "call",
        "social": "mention",
    }[channel]
    if channel == "phone":
        text = "".join(ch for ch in text if ch.isalnum() or ch in " €%").lower()
    return f.add(
        c,
        t,
        channel,
        kind,
        text,
        subject="Reclamo" if channel == "email" else None,
        attrs={"page": "/help"} if channel == "web" else None,
    )


def happy_writers(f: Fam) -> None:
    for i in range(26):
        c = f.person(
            lang_of(f.rng),
            "happy",
            "day writer" if i < 18 else ("night writer" if i < 22 else "answers surveys"),
            [],
            [],
        )
        if i < 18:
            for d in f.rng.sample(range(10), f.rng.randrange(6, 10)):
                f.happy(c, f.day(d, 7, 19))
        elif i < 22:
            for d in f.rng.sample(range(9), 3):
                t = f.start + timedelta(days=d, hours=22, minutes=f.rng.randrange(10, 380))
                f.add(c, t, "social", "post", fill(pick(f.rng, W.NIGHT, c.lang)))
            for d in f.rng.sample(range(10), 2):
                f.happy(c, f.day(d, 9, 18))
        else:
            for d in f.rng.sample(range(10), f.rng.randrange(3, 7)):
                f.add(
                    c,
                    f.day(d),
                    "survey",
                    "survey_response",
                    f.rng.choice([None, "5 estrelas", "👍"]),
                    scores={"csat": f.rng.choice([4, 5])},
                    attrs={"survey": "csat"},
                )


def one_bad_day(f: Fam) -> None:
    chans = ["email", "email", "chat", "social", "web", "phone"]
    for i in range(32):
        lang = lang_of(f.rng)
        if i >= 24:
            c = f.person(lang, "happy", "control", [], [])
            for d in f.rng.sample(range(12), f.rng.randrange(4, 8)):
                f.happy(c, f.day(d))
            continue
        det = i < 6
        c = f.person(
            lang,
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            ["detractor"] if det else [],
            ["silence"],
        )
        bd = 2 + i % 8
        for d in f.rng.sample(
            [x for x in range(12) if x < bd - 1 or x > bd + 2], f.rng.randrange(1, 5)
        ):
            f.happy(c, f.day(d))
        t = f.day(bd, 8, 20)
        ch = "chat" if det and i % 2 else ("email" if det else chans[i % 6])
        problem = W.PROBLEMS[i % 6]
        eid = complaint(f, c, t, problem, ch, long=(i % 6 == 0))
        c.truth.update(
            {
                "problem": problem,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "channel": ch,
                "trouble_starts_at": iso(t),
            }
        )
        if ch != "social":
            ref = f.case()
            c.truth["booking"] = ref
            f.add(
                c,
                t + timedelta(minutes=f.rng.randrange(10, 40)),
                "chat" if ch == "chat" else "email",
                "chat" if ch == "chat" else "message",
                fill(W.CASE_OPEN[lang], C=ref),
                out=True,
            )
            if det:
                s = f.add(
                    c,
                    t + timedelta(minutes=f.rng.randrange(100, 140)),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": f.rng.randrange(1, 6)},
                    attrs={"survey": "nps"},
                )
                c.truth.update({"nps_given": True, "survey_event_id": s})
            elif i % 3 == 0:
                f.add(
                    c,
                    t + timedelta(hours=f.rng.randrange(2, 4)),
                    "email",
                    "message",
                    fill(W.GOOD_NEWS[lang], C=ref),
                    out=True,
                )
                a = f.add(c, t + timedelta(hours=20), "chat", "chat", W.APOLOGY[lang])
                c.truth.update({"apologised": True, "apology_event_id": a})


REP_TOL = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]


def repeat_run(f: Fam, c: Cust, t: datetime, times: int, problem: str) -> None:
    chans = ["web", "email", "chat", "phone", "social"]
    f.rng.shuffle(chans)
    ref = f.case()
    ids = [complaint(f, c, t, problem, chans[0])]
    f.add(
        c, t + timedelta(minutes=20), "email", "message", fill(W.CASE_OPEN[c.lang], C=ref), out=True
    )
    comp = None
    for k in range(1, times):
        t = t + timedelta(hours=f.rng.randrange(4, 40))
        if t.hour >= 22 or t.hour < 7:
            t = t.replace(hour=8) + (timedelta(days=1) if t.hour >= 22 else timedelta())
        extra = ""
        if k == 2:
            comp = f.rng.choice(W.COMPS)
            extra = fill(W.THIRD[c.lang], X=comp)
        if k == 3:
            extra += W.FOURTH[c.lang]
        text = fill(W.STILL[c.lang], C=ref) + extra
        ch = chans[k]
        kind = {
            "email": "message",
            "chat": "chat",
            "web": "ticket",
            "phone": "call",
            "social": "mention",
        }[ch]
        if ch == "phone":
            text = "".join(x for x in text if x.isalnum() or x in " -").lower().replace("cq", "CQ")
        ids.append(f.add(c, t, ch, kind, text))
    c.truth.update(
        {
            "problem": problem,
            "booking": ref,
            "contacts": times,
            "problem_event_ids": ids,
            "competitor": comp,
            "channels": chans[:times],
        }
    )


def fixed_run(f: Fam, c: Cust, t: datetime, problem: str) -> dict[str, Any]:
    ref = f.case()
    e = complaint(f, c, t, problem, "web")
    f.add(
        c, t + timedelta(minutes=25), "email", "message", fill(W.CASE_OPEN[c.lang], C=ref), out=True
    )
    fx = t + timedelta(hours=f.rng.randrange(3, 20))
    f.add(c, fx, "email", "message", fill(W.GOOD_NEWS[c.lang], C=ref), out=True)
    cf = fx + timedelta(hours=f.rng.randrange(8, 30))
    if cf.hour >= 22 or cf.hour < 7:
        cf = cf.replace(hour=9)
    ce = f.add(c, cf, "email", "message", fill(W.CONFIRM[c.lang], C=ref), subject=f"Re: {ref}")
    return {
        "problem": problem,
        "booking": ref,
        "raised_at": iso(t),
        "fixed_at": iso(fx),
        "confirmed_at": iso(cf),
        "problem_event_ids": [e],
        "confirm_event_id": ce,
        "channel": "web",
        "confirm_channel": "email",
    }


def repeat_contacts(f: Fam) -> None:
    for i in range(27):
        lang = lang_of(f.rng)
        if i < 12:
            c = f.person(lang, "repeat_contact", "repeats", ["repeat_contact"], REP_TOL)
            f.happy(c, f.day(0, 7, 12))
            t = f.day(1 + i % 4, 8, 19)
            repeat_run(f, c, t, [2, 3, 4][i % 3], W.PROBLEMS[i % 6])
            c.truth["trouble_starts_at"] = iso(t)
        elif i < 17:
            c = f.person(lang, "resolved_between_contacts", "fixed", [], ["silence"])
            f.happy(c, f.day(0, 7, 12))
            c.truth["problems"] = [fixed_run(f, c, f.day(1 + i % 3, 8, 16), W.PROBLEMS[i % 6])]
        elif i < 20:
            c = f.person(lang, "different_problems", "two problems", [], ["silence"])
            c.truth["problems"] = [
                fixed_run(f, c, f.day(1, 8, 12), W.PROBLEMS[i % 6]),
                fixed_run(f, c, f.day(5, 8, 12), W.PROBLEMS[(i + 2) % 6]),
            ]
        else:
            c = f.person(lang, "happy", "frequent writer", [], [])
            for d in f.rng.sample(range(10), f.rng.randrange(5, 9)):
                f.happy(c, f.day(d))
    for c in f.custs.values():
        if c.truth["persona"] == "repeat_contact":
            c.truth["contacts"] = len(c.truth["problem_event_ids"])


def slide(f: Fam, c: Cust, d0: int, span: int) -> None:
    ids = []
    t = f.day(d0, 9, 12)
    comp = f.rng.choice(W.COMPS)
    for k, step in enumerate(W.SLIDE[c.lang]):
        t = t + timedelta(hours=max(1, span * 24 // 6) if k else 0, minutes=f.rng.randrange(0, 50))
        if t.hour >= 22 or t.hour < 8:
            t = t.replace(hour=9) + (timedelta(days=1) if t.hour >= 22 else timedelta())
        ch = ["social", "community", "web"][k % 3]
        kind = {"social": "mention", "community": "post", "web": "review"}[ch]
        ids.append(
            f.add(
                c,
                t,
                ch,
                kind,
                fill(step, X=comp),
                attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"}
                if ch == "web"
                else None,
            )
        )
    c.truth.update({"slide_event_ids": ids, "slide_days": span, "competitor": comp})


def slow_churners(f: Fam) -> None:
    for i in range(31):
        lang = lang_of(f.rng)
        if i < 10:
            det = i < 5
            c = f.person(
                lang,
                "slow_churner",
                "slides",
                ["sentiment_drop"] + (["detractor"] if det else []),
                [
                    "repeat_contact",
                    "churn_intent",
                    "competitor_mention",
                    "high_value_at_risk",
                    "silence",
                ],
            )
            for d in f.rng.sample(range(11), 5):
                f.add(c, f.day(d, 9, 19), "social", "mention", fill(pick(f.rng, W.PRAISE, lang)))
            for d in f.rng.sample(range(11), 3):
                f.happy(c, f.day(d, 9, 19))
            n0 = len(f.rows)
            slide(f, c, 12 + i % 5, [3, 5, 9][i % 3])
            c.truth["trouble_starts_at"] = iso(f.rows[n0]["occurred_at"])
            if det:
                t4 = f.rows[n0 + 3]["occurred_at"] + timedelta(hours=3)
                if t4.hour >= 22 or t4.hour < 8:
                    t4 = t4.replace(hour=9) + (timedelta(days=1) if t4.hour >= 22 else timedelta())
                s = f.add(
                    c,
                    t4,
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": f.rng.randrange(1, 6)},
                    attrs={"survey": "nps"},
                )
                c.truth.update({"nps_given": True, "survey_event_id": s})
        elif i < 15:
            c = f.person(
                lang,
                "slow_churner",
                "asks to cancel",
                ["churn_intent"],
                ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
            )
            for d in f.rng.sample(range(16), 5):
                f.happy(c, f.day(d))
            t = f.day(17 + i % 6, 9, 17)
            e = f.add(c, t, "email", "message", fill(W.CANCEL[lang]), subject="Plus")
            f.add(
                c,
                t + timedelta(hours=f.rng.randrange(1, 5)),
                "email",
                "message",
                W.SORRY_GO[lang],
                out=True,
            )
            x = f.add(
                c,
                t + timedelta(hours=f.rng.randrange(20, 30)),
                "web",
                "cancellation",
                attrs={"page": "/account/plus", "product": "Cariqo Plus monthly"},
            )
            c.truth.update(
                {
                    "churn_intent_event_id": e,
                    "cancellation_event_id": x,
                    "churn_at": iso(t + timedelta(hours=20)),
                    "trouble_starts_at": iso(t),
                }
            )
        elif i < 21:
            c = f.person(lang, "happy", "steady", [], [])
            for d in f.rng.sample(range(32), f.rng.randrange(6, 11)):
                f.happy(c, f.day(d))
        elif i < 26:
            c = f.person(lang, "steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"])
            ids = []
            d = i % 5
            for _ in range(f.rng.randrange(5, 8)):
                ids.append(
                    f.add(c, f.day(d, 9, 20), "community", "post", pick(f.rng, W.GRUMBLE, lang))
                )
                d += f.rng.randrange(1, 4)
            c.truth["grumble_event_ids"] = ids
        else:
            c = f.person(lang, "happy_one_sarcastic_remark", "happy", [], ["silence"])
            for d in f.rng.sample(range(16), 4):
                f.happy(c, f.day(d))
            c.truth["sarcasm_event_id"] = f.add(
                c, f.day(17 + i % 10), "social", "mention", fill(W.SARCASM[lang])
            )


def quiet_hours(f: Fam) -> None:
    for i in range(20):
        c = f.person(
            lang_of(f.rng),
            "happy" if i < 16 else "grumbles_once",
            "day writer" if i < 16 else "grumbles once",
            [],
            [] if i < 16 else ["silence"],
        )
        if i < 16:
            for d in f.rng.sample(range(3), f.rng.randrange(1, 4)):
                f.happy(c, f.day(d, 7, 17))
        else:
            t = f.day(i % 3, 9, 16)
            f.add(c, t, "web", "page_view", attrs={"page": "/stations"})
            g = f.add(c, t + timedelta(minutes=25), "chat", "chat", pick(f.rng, W.GRUMBLE, c.lang))
            f.add(c, t + timedelta(minutes=29), "chat", "chat", fill(W.ANSWER[c.lang]), out=True)
            c.truth["grumble_event_id"] = g
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=f.rng.randrange(40, 66))
        for b, off in enumerate((0, 30, 60)):
            for _ in range(4):
                c = f.person(
                    lang_of(f.rng), "night_owl", f"night {night + 1}, burst {b + 1}", [], []
                )
                t = b0 + timedelta(minutes=off + f.rng.randrange(0, 10))
                if f.rng.random() < 0.5:
                    e = f.add(c, t, "chat", "chat", W.NIGHT_Q[c.lang])
                    f.add(
                        c,
                        t + timedelta(minutes=3),
                        "chat",
                        "chat",
                        fill(W.ANSWER[c.lang]),
                        out=True,
                    )
                    f.add(
                        c, t + timedelta(minutes=6), "chat", "chat", pick(f.rng, W.THANKS, c.lang)
                    )
                else:
                    e = f.add(c, t, "social", "post", fill(pick(f.rng, W.NIGHT, c.lang)))
                c.truth.update({"burst_at": iso(b0 + timedelta(minutes=off)), "night_event_id": e})
                if f.rng.random() < 0.5:
                    f.happy(c, f.day(night, 9, 17))


def bilingual(f: Fam) -> None:
    pairs = [
        ("pt", "it"),
        ("it", "pt"),
        ("pt", "en"),
        ("it", "en"),
        ("pt", "fr"),
        ("it", "de"),
        ("pt", "es"),
        ("it", "fr"),
        ("de", "it"),
        ("es", "pt"),
        ("en", "pt"),
        ("fr", "it"),
    ]
    for i in range(27):
        a, b = pairs[i % len(pairs)]
        if i < 12:
            c = f.person(a, "happy", "alternates languages", [], [])
        elif i < 17:
            c = f.person(a, "repeat_contact", "repeats", ["repeat_contact"], REP_TOL)
        elif i < 22:
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
        elif i < 25:
            c = f.person(a, "happy_one_bad_day", "one bad day", [], ["silence"])
        else:
            c = f.person(a, "resolved_between_contacts", "fixed", [], ["silence"])
        c.truth.update({"languages": [a, b], "job_second_language": "works across the border"})
        langs = [a, b]
        if i < 12:
            for k, d in enumerate(f.rng.sample(range(14), f.rng.randrange(5, 9))):
                c.lang = langs[k % 2]
                f.happy(c, f.day(d))
        elif i < 17:
            f.happy(c, f.day(0))
            t = f.day(2 + i % 3, 8, 18)
            c.lang = b
            repeat_run(f, c, t, [2, 2, 3, 3, 4][i - 12], W.PROBLEMS[i % 6])
            c.truth["trouble_starts_at"] = iso(t)
        elif i < 22:
            for k, d in enumerate(range(6)):
                c.lang = langs[k % 2]
                f.add(c, f.day(d, 9, 19), "social", "mention", fill(pick(f.rng, W.PRAISE, c.lang)))
            f.happy(c, f.day(3))
            n0 = len(f.rows)
            c.lang = b
            slide(f, c, 7 + i % 2, 4)
            c.truth["trouble_starts_at"] = iso(f.rows[n0]["occurred_at"])
        elif i < 25:
            for d in (0, 3, 9):
                c.lang = a
                f.happy(c, f.day(d))
            c.lang = b
            t = f.day(6, 9, 18)
            e = complaint(f, c, t, W.PROBLEMS[i % 6], "email")
            c.truth.update({"bad_day_at": iso(t), "bad_day_event_id": e, "bad_day_language": b})
        else:
            c.lang = a
            f.happy(c, f.day(0))
            c.truth["problems"] = [fixed_run(f, c, f.day(3, 9, 15), W.PROBLEMS[i % 6])]
        c.lang = a


def b2b_accounts(f: Fam) -> None:
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    alang = [
        "pt",
        "it",
        "pt",
        "it",
        "en",
        "pt",
        "it",
        "fr",
        "de",
        "pt",
        "it",
        "es",
        "it",
        "pt",
        "en",
    ]
    sites = [
        "hotel",
        "events",
        "university",
        "hospital",
        "stadium",
        "coworking",
        "museum",
        "airport",
        "mall",
        "festival",
        "cinema",
        "gym",
        "library",
        "conference",
        "station",
    ]
    for n, kind in enumerate(kinds):
        lang = alang[n]
        acc = f"CQV-{W.MARKET[lang][0]}-{f.rng.randrange(1000, 10000)}"
        company = f"{sites[n]}{n}"
        nc = 4 if kind != "mild" else 3
        contacts = [f.person(lang, "b2b_happy", "contact", [], [], acc, company) for _ in range(nc)]
        unhappy: list[Cust] = []
        for c in contacts:
            c.truth.update(
                {"company": company, "role": "contact", "job_title": "Operations manager"}
            )
            for d in f.rng.sample(range(5), 2):
                t = f.start + timedelta(days=d, minutes=f.rng.randrange(480, 990))
                f.add(c, t, "chat", "chat", pick(f.rng, W.QUESTION, lang))
                f.add(c, t + timedelta(minutes=4), "chat", "chat", fill(W.ANSWER[lang]), out=True)
        problem = W.B2B_PROBLEMS[n % 3]
        if kind == "at_risk":
            ref = f.case()
            t = f.start + timedelta(days=9, hours=9)
            for k, c in enumerate(contacts[:3]):
                c.truth.update(
                    {
                        "persona": "b2b_unhappy",
                        "habit": "complainer",
                        "role": "complainer",
                        "expected_rules": ["detractor"] + (["repeat_contact"] if k == 2 else []),
                        "tolerated_rules": [
                            "sentiment_drop",
                            "churn_intent",
                            "competitor_mention",
                            "high_value_at_risk",
                            "silence",
                            "account_risk",
                        ],
                        "problem": problem,
                        "booking": ref,
                    }
                )
                text = (
                    W.B2B_COMPLAINT[lang][problem]
                    if k == 0
                    else fill(W.B2B_AGAIN[lang], N=contacts[0].truth["name"].split()[0], C=ref)
                    + " "
                    + W.B2B_COMPLAINT[lang][problem]
                )
                e = f.add(c, t, "email", "message", text, subject=problem)
                if k == 0:
                    f.add(
                        c,
                        t + timedelta(minutes=30),
                        "email",
                        "message",
                        fill(W.CASE_OPEN[lang], C=ref),
                        out=True,
                    )
                s = f.add(
                    c,
                    t + timedelta(hours=2),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": f.rng.randrange(1, 6)},
                    attrs={"survey": "nps"},
                )
                ids = [e]
                if k == 2:
                    ids.append(
                        f.add(
                            c,
                            t + timedelta(hours=24),
                            "email",
                            "message",
                            fill(W.STILL[lang], C=ref),
                            subject=ref,
                        )
                    )
                c.truth.update(
                    {
                        "complaint_event_ids": ids,
                        "survey_event_id": s,
                        "nps_given": True,
                        "trouble_starts_at": iso(t),
                    }
                )
                unhappy.append(c)
                t = t + timedelta(days=1, hours=f.rng.randrange(0, 6))
        elif kind == "one_unhappy":
            c = contacts[0]
            t = f.start + timedelta(days=8, hours=10)
            c.truth.update(
                {
                    "persona": "b2b_one_unhappy",
                    "habit": "complainer",
                    "role": "complainer",
                    "expected_rules": ["detractor"],
                    "tolerated_rules": ["sentiment_drop", "high_value_at_risk", "silence"],
                    "problem": problem,
                }
            )
            e = f.add(c, t, "email", "message", W.B2B_COMPLAINT[lang][problem], subject=problem)
            s = f.add(
                c,
                t + timedelta(hours=2),
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randrange(1, 6)},
                attrs={"survey": "nps"},
            )
            c.truth.update({"complaint_event_ids": [e], "survey_event_id": s, "nps_given": True})
            unhappy.append(c)
        elif kind == "mild":
            for c in contacts[:2]:
                c.truth.update(
                    {
                        "persona": "b2b_mild",
                        "habit": "suggests",
                        "role": "suggests",
                        "tolerated_rules": ["silence"],
                    }
                )
                c.truth["mild_event_id"] = f.add(
                    c,
                    f.start + timedelta(days=8, hours=11),
                    "web",
                    "ticket",
                    W.B2B_MILD[lang],
                    attrs={"page": "/portal/feedback"},
                )
        f.accounts[acc] = {
            "company": company,
            "site": sites[n],
            "contacts": nc,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": [c.key for c in unhappy],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": unhappy[0].truth["trouble_starts_at"]
            if kind == "at_risk"
            else None,
            "language": lang,
            "country": W.MARKET[lang][0],
        }


def topic_spike(f: Fam) -> None:
    for _i in range(44):
        c = f.person(lang_of(f.rng), "happy", "day writer", [], [])
        for d in f.rng.sample(range(6), f.rng.randrange(2, 6)):
            f.happy(c, f.day(d, 12 if d == 5 else 8, 19))
    t0 = f.start + timedelta(days=5, hours=9, minutes=20)
    langs = ["pt"] * 6 + ["it"] * 6 + ["en", "en", "fr", "fr", "de", "es"]
    chans = ["social", "chat", "community", "email", "web"]
    keys, eids, reps = [], [], []
    for i, lang in enumerate(langs):
        rep = i % 3 == 0
        c = f.person(
            lang,
            "spike_repeater" if rep else "spike_reporter",
            "regular" if i < 12 else "new",
            ["repeat_contact"] if rep else [],
            ["silence", "sentiment_drop"] if rep else ["silence"],
        )
        if i < 12:
            f.happy(c, f.day(2, 8, 17))
        t = t0 + timedelta(minutes=i * 2 + f.rng.randrange(0, 3) if i < 6 else 12 + (i - 6) * 2)
        ch = chans[i % 5]
        kind = {
            "email": "message",
            "chat": "chat",
            "web": "ticket",
            "social": "mention",
            "community": "post",
        }[ch]
        e = f.add(
            c,
            t,
            ch,
            kind,
            fill(pick(f.rng, W.SPIKE, lang)),
            attrs={"page": "/help"} if ch == "web" else None,
        )
        if ch == "chat":
            f.add(c, t + timedelta(minutes=2), "chat", "chat", W.SPIKE_ANSWER[lang], out=True)
        c.truth.update(
            {
                "in_spike": True,
                "regular": i < 12,
                "spike_event_id": e,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
            }
        )
        keys.append(c.key)
        eids.append(e)
        if rep:
            ch2 = chans[(i + 2) % 5]
            r = f.add(
                c,
                t + timedelta(minutes=f.rng.randrange(15, 50)),
                ch2,
                {
                    "email": "message",
                    "chat": "chat",
                    "web": "ticket",
                    "social": "mention",
                    "community": "post",
                }[ch2],
                W.SPIKE_AGAIN[lang],
            )
            c.truth["repeat_event_id"] = r
            reps.append(r)
    times = sorted(r["occurred_at"] for r in f.rows if r["event_id"] in eids)
    f.spike = {
        "topic": "power-bank stations take the unlock payment but do not release the power bank (error code in the text)",
        "about": "the planted incident",
        "channel": None,
        "start": iso(times[0]),
        "end": iso(times[-1]),
        "customers": len(keys),
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }


FAMILIES = [
    ("happy_writers", "HW", datetime(2026, 3, 2, tzinfo=UTC), 10, happy_writers),
    ("one_bad_day", "BD", datetime(2026, 4, 6, tzinfo=UTC), 12, one_bad_day),
    ("repeat_contacts", "RC", datetime(2026, 5, 11, tzinfo=UTC), 10, repeat_contacts),
    ("slow_churners", "SC", datetime(2026, 6, 8, tzinfo=UTC), 32, slow_churners),
    ("quiet_hours", "QH", datetime(2026, 8, 14, tzinfo=UTC), 3, quiet_hours),
    ("bilingual", "BL", datetime(2026, 9, 7, tzinfo=UTC), 14, bilingual),
    ("b2b_accounts", "BB", datetime(2026, 10, 5, tzinfo=UTC), 14, b2b_accounts),
    ("topic_spike", "TS", datetime(2026, 10, 26, tzinfo=UTC), 7, topic_spike),
]


def main() -> None:
    for n, (name, code, start, days, fn) in enumerate(FAMILIES, 1):
        f = Fam(name, code, start, days, name.replace("_", " "), random.Random(SEED * 100 + n))
        fn(f)
        f.build()
        print(
            name, len(f.custs), len(f.rows), sum(1 for r in f.rows if r["direction"] == "outbound")
        )


if __name__ == "__main__":
    main()
