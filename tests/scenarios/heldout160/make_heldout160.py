"""Build heldout160's families (JSONL and truth) from wording.py. Standard library only.

Run: python tests/scenarios/heldout160/make_heldout160.py (same bytes every run).
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as w  # noqa: E402

SEED = 160
LANGS = ("de", "es", "en", "fr", "it", "pt")
WEIGHTS = (30, 30, 10, 10, 10, 10)
MARKETS = {
    "de": ["DE", "DE", "AT", "CH"],
    "es": ["ES"],
    "en": ["UK", "UK", "IE"],
    "fr": ["FR", "FR", "BE", "CH"],
    "it": ["IT", "IT", "CH"],
    "pt": ["PT"],
}
PREFIX = {"DE": "49", "AT": "43", "CH": "41", "ES": "34", "UK": "44", "IE": "353"}
PREFIX |= {"FR": "33", "BE": "32", "IT": "39", "PT": "351"}
CURRENCY = {"UK": "GBP", "CH": "CHF"}
FIRST = {
    "de": ["Jana", "Tobias", "Ute", "Florian", "Sabine", "Kai", "Miriam", "Lukas"],
    "es": ["Lucía", "Javier", "Nerea", "Álvaro", "Carmen", "Iker", "Rocío", "Sergio"],
    "en": ["Niamh", "Tom", "Priya", "Gareth"],
    "fr": ["Élodie", "Bastien", "Manon", "Yann"],
    "it": ["Chiara", "Matteo", "Serena", "Davide"],
    "pt": ["Beatriz", "Rui", "Filipa", "Tiago"],
}
LAST = {
    "de": ["Brandt", "Kessler", "Vogt", "Seidel", "Lorenz"],
    "es": ["Ibarra", "Quintana", "Morales", "Serrano", "Vidal"],
    "en": ["Doyle", "Hughes", "Patel", "Rees"],
    "fr": ["Morel", "Garnier", "Leroux", "Perrin"],
    "it": ["Galli", "Ferraro", "Riva", "Bassi"],
    "pt": ["Ramos", "Pinto", "Sousa", "Lopes"],
}
JOBS = ["cook", "teacher", "nurse", "gardener", "engineer", "retired", "baker", "student"]
TOWNS = {
    "DE": "Leipzig",
    "AT": "Graz",
    "CH": "Basel",
    "ES": "Zaragoza",
    "UK": "Leeds",
    "IE": "Cork",
    "FR": "Nantes",
    "BE": "Liège",
    "IT": "Verona",
    "PT": "Braga",
}
FIX = ["silence"]
SLIDE_TOL = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
REPEAT_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]


def strip_accents(text: str) -> str:
    norm = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in norm if not unicodedata.combining(ch))


def roughen(rng: random.Random, text: str) -> str:
    """Real wording: a swapped letter pair (about one in seven), lower-case starts, no accents."""
    if not text:
        return text
    if rng.random() < 1 / 7:
        words = text.split(" ")
        idx = [i for i, x in enumerate(words) if len(x) > 4 and x.isalpha()]
        if idx:
            i = rng.choice(idx)
            j = rng.randrange(1, len(words[i]) - 2)
            x = words[i]
            words[i] = x[:j] + x[j + 1] + x[j] + x[j + 2 :]
            text = " ".join(words)
    if rng.random() < 0.15:
        text = text[0].lower() + text[1:]
    if rng.random() < 0.12:
        text = strip_accents(text)
    return text


class Fam:
    def __init__(self, name: str, short: str, start: str, days: int, about: str) -> None:
        self.name = name
        self.short = short
        self.start = datetime.fromisoformat(start).replace(tzinfo=UTC)
        self.days = days
        self.about = about
        self.rng = random.Random(f"{SEED}-{name}")
        self.rows: list[dict[str, Any]] = []
        self.customers: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.n = 0
        self.cases = 0

    # -------------------------------------------------------------- helpers --
    def at(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def pick(self, table: dict[str, list[str]], lang: str, **kw: str) -> str:
        text = self.rng.choice(table.get(lang) or table["en"])
        if "{p}" in text and "p" not in kw:
            kw["p"] = self.rng.choice(w.PRODUCTS[lang])
        return text.format(**kw)

    def case(self) -> str:
        self.cases += 1
        return f"MT-{self.short.upper()}{self.rng.randrange(1000, 9999)}{self.cases}"

    def person(self, persona: str, habit: str, lang: str | None = None, **extra: Any) -> str:
        rng = self.rng
        lang = lang or rng.choices(LANGS, WEIGHTS)[0]
        market = rng.choice(MARKETS[lang])
        key = f"h160-{self.short}-c{len(self.customers) + 1:03d}"
        first, last = rng.choice(FIRST[lang]), rng.choice(LAST[lang])
        mail = strip_accents(f"{first}.{last}{len(self.customers)}").lower()
        ids = {
            "customer_id": key,
            "email": f"{mail}@example.{market.lower()}",
            "phone": f"+{PREFIX[market]}{rng.randrange(10**8, 10**9)}",
            "handle": f"@{strip_accents(first).lower()}_{key[-3:]}{self.short}",
            "account_id": extra.pop("account_id", None),
        }
        self.customers[key] = {
            "identifiers": ids,
            "expected_rules": [],
            "tolerated_rules": [],
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if ids["account_id"] else "consumer",
            "name": f"{first} {last}",
            "job": rng.choice(JOBS),
            "town": TOWNS[market],
            **extra,
        }
        return key

    def add(
        self,
        when: datetime,
        key: str,
        channel: str,
        kind: str,
        text: str | None = None,
        *,
        out: bool = False,
        subject: str | None = None,
        scores: Mapping[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
        lang: str | None = None,
    ) -> str:
        c = self.customers[key]
        ids = c["identifiers"]
        self.n += 1
        eid = f"h160-{self.short}-{self.n:04d}"
        ref: dict[str, Any] = {"customer_id": ids["customer_id"]}
        if channel == "email":
            ref["email"] = ids["email"]
        if channel == "phone":
            ref["phone"] = ids["phone"]
        if channel in ("social", "community"):
            ref = (
                {"handle": ids["handle"]}
                if channel == "social"
                else ref | {"handle": ids["handle"]}
            )
        if ids["account_id"]:
            ref["account_id"] = ids["account_id"]
        if text and not out and channel != "phone":
            text = roughen(self.rng, text)
        a = {"market": c["country"]} | (attrs or {})
        if c["segment"] == "b2b":
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(w.AGENTS)
        self.rows.append(
            {
                "event_id": eid,
                "occurred_at": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "customer": ref,
                "text": text,
                "subject": subject,
                "scores": dict(scores) if scores else {"nps": None, "csat": None, "ces": None},
                "source": "molaterra-" + channel,
                "attributes": a,
            }
        )
        _ = lang
        return eid

    def day_time(self, lo: float, hi: float, h0: float = 8.0, h1: float = 20.0) -> datetime:
        d = self.rng.randrange(int(lo), int(hi))
        return self.at(d, self.rng.uniform(h0, h1))

    def agent_after(self, when: datetime, key: str, channel: str, text: str, mins: int) -> str:
        kind = "chat" if channel == "chat" else "message"
        ch = "chat" if channel == "chat" else "email"
        return self.add(when + timedelta(minutes=mins), key, ch, kind, text, out=True)

    # ---------------------------------------------------------------- acts --
    def happy_act(self, key: str, when: datetime) -> None:
        rng = self.rng
        lang = self.customers[key]["language"]
        market = self.customers[key]["country"]
        r = rng.random()
        a = rng.choice(w.AGENTS)
        if r < 0.22:
            table = rng.choice([w.PRAISE, w.PRAISE, w.THIRD_TIME, w.GRIPE_PRAISE, w.JOKE])
            self.add(when, key, "community", "post", self.pick(table, lang))
        elif r < 0.42:
            q = self.add(when, key, "chat", "chat", self.pick(w.CHAT_Q, lang))
            _ = q
            self.agent_after(when, key, "chat", self.pick(w.AGENT_ANSWER, lang, a=a), 4)
            if rng.random() < 0.5:
                t = when + timedelta(minutes=9)
                self.add(t, key, "chat", "chat", self.pick(w.SLANG_THANKS, lang))
        elif r < 0.6:
            p = self.pick(w.PRODUCTS, lang)
            self.add(when, key, "web", "page_view", None, attrs={"page": "/sharpening"})
            price = f"{rng.choice([14.9, 19.9, 29.0, 39.5]):.2f}"
            attrs = {"order_value": price, "currency": CURRENCY.get(market, "EUR")}
            attrs |= {"product": p, "page": "/checkout"}
            self.add(when + timedelta(minutes=6), key, "web", "purchase", None, attrs=attrs)
        elif r < 0.72:
            text = self.pick(w.PRAISE, lang)
            self.add(when, key, "web", "review", text, attrs={"rating": "5", "page": "/reviews"})
        elif r < 0.86:
            s = {"nps": rng.choice([9, 10]), "csat": rng.choice([4, 5]), "ces": rng.choice([6, 7])}
            txt = self.pick(w.SURVEY_HAPPY, lang) or None
            self.add(when, key, "survey", "survey_response", txt, scores=s, attrs={"survey": "nps"})
        elif r < 0.93:
            self.add(when, key, "phone", "call", self.pick(w.CALL_HAPPY, lang))
        else:
            self.add(when, key, "social", "mention", self.pick(w.PRAISE, lang))

    def happy_days(self, key: str, n: int, lo: float, hi: float) -> None:
        for _ in range(n):
            self.happy_act(key, self.day_time(lo, hi))

    def survey_low(self, key: str, when: datetime) -> str:
        lang = self.customers[key]["language"]
        nps = self.rng.randint(1, 5)
        s = {"nps": nps, "csat": self.rng.choice([1, 2]), "ces": None}
        txt = self.pick(w.SURVEY_LOW, lang)
        eid = self.add(
            when, key, "survey", "survey_response", txt, scores=s, attrs={"survey": "nps"}
        )
        self.customers[key].update(nps_given=True, nps=nps, survey_event_id=eid)
        return eid

    def complaint(self, key: str, when: datetime, problem: str, case: str, channel: str) -> str:
        c = self.customers[key]
        lang = c["language"]
        text = self.pick(w.COMPLAINT[problem], lang, c=case, p=self.pick(w.PRODUCTS, lang))
        if channel == "email" and self.rng.random() < 0.5:
            text = self.pick(w.LETTER, lang, x=text)
            c["long_email"] = True
        kind = {"email": "message", "chat": "chat", "web": "ticket", "phone": "call"}[channel]
        if channel == "phone":
            text = self.pick(w.CALL_COMPLAINT, lang, c=case)
        attrs = {"page": "/help/contact"} if channel == "web" else None
        return self.add(when, key, channel, kind, text, subject=case, attrs=attrs)

    # ------------------------------------------------------------- output --
    def write(self, expected: dict[str, int]) -> tuple[int, int, int]:
        self.rows.sort(key=lambda r: (r["occurred_at"], r["event_id"]))
        last = datetime.fromisoformat(self.rows[-1]["occurred_at"].replace("Z", "+00:00"))
        end = max(self.at(self.days, 0), last + timedelta(hours=1))
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Molaterra: knife and tool sharpening by post and van",
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-06",
                "expected": expected,
            },
            "start": self.start.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "end": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "customers": self.customers,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in self.rows)
        (HERE / f"{self.name}.jsonl").write_text(lines, "utf-8")
        text = json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        (HERE / f"{self.name}.truth.json").write_text(text, "utf-8")
        outs = sum(r["direction"] == "outbound" for r in self.rows)
        return len(self.customers), len(self.rows), outs


def expect(c: dict[str, Any], rule: str) -> None:
    if rule not in c["expected_rules"]:
        c["expected_rules"].append(rule)


def happy_writers() -> Fam:
    f = Fam("happy_writers", "hw", "2026-09-07", 7, "happy customers writing by day")
    for i in range(40):
        if i < 34:
            k = f.person("happy", "day writer")
            f.happy_days(k, f.rng.randint(3, 7), 0, 7)
        else:
            k = f.person("happy", "answers surveys")
            for _ in range(f.rng.randint(1, 2)):
                when = f.day_time(0, 7)
                s = {"nps": f.rng.choice([9, 10]), "csat": 5, "ces": 7}
                f.add(when, k, "survey", "survey_response", None, scores=s, attrs={"survey": "nps"})
    return f


def bad_moment(f: Fam, k: str, day: int) -> None:
    c = f.customers[k]
    lang = c["language"]
    when = f.at(day, f.rng.uniform(9, 18))
    ch = f.rng.choice(["social", "chat", "email"])
    kind = {"social": "mention", "chat": "chat", "email": "message"}[ch]
    eid = f.add(when, k, ch, kind, f.pick(w.BAD_DAY, lang))
    c.update(
        bad_day_at=f.rows[-1]["occurred_at"],
        bad_day_event_id=eid,
        trouble_starts_at=f.rows[-1]["occurred_at"],
    )
    if ch != "social":
        f.agent_after(when, k, ch, f.pick(w.CASE_OPENED, lang, c=f.case(), a="Molaterra"), 12)
    if f.rng.random() < 0.6:
        t = when + timedelta(hours=f.rng.uniform(20, 28))
        aid = f.add(t, k, "chat", "chat", f.pick(w.APOLOGY, lang))
        c.update(apologised=True, apology_event_id=aid, apology_at=f.rows[-1]["occurred_at"])


def one_bad_day() -> Fam:
    f = Fam("one_bad_day", "ob", "2026-09-14", 14, "happy customers with one bad moment")
    for i in range(40):
        if i < 12:
            k = f.person("happy", "control")
            f.happy_days(k, f.rng.randint(3, 6), 0, 14)
            continue
        if i < 26:
            k = f.person("happy_one_bad_day", "one bad day")
        elif i < 34:
            k = f.person("bad_day_detractor", "one bad day")
        else:
            k = f.person("happy_one_sarcastic_remark", "happy")
        c = f.customers[k]
        c["tolerated_rules"] = list(FIX)
        f.happy_days(k, f.rng.randint(2, 4), 0, 4)
        f.happy_days(k, f.rng.randint(1, 3), 10, 14)
        day = f.rng.randint(5, 8)
        if c["persona"] == "happy_one_sarcastic_remark":
            t = f.at(day, f.rng.uniform(9, 20))
            eid = f.add(t, k, "community", "post", f.pick(w.SARCASM, c["language"]))
            c["sarcasm_event_id"] = eid
            continue
        bad_moment(f, k, day)
        if c["persona"] == "bad_day_detractor":
            f.survey_low(k, f.at(day, 20.5))
            expect(c, "detractor")
    return f


def repeat_contacts() -> Fam:
    f = Fam("repeat_contacts", "rc", "2026-09-21", 14, "repeat contacts and look-alikes")
    rng = f.rng
    for i in range(40):
        if i < 10:
            k = f.person("happy", "frequent writer")
            f.happy_days(k, rng.randint(5, 7), 0, 14)
            continue
        persona, habit = (
            ("repeat_contact", "repeats")
            if i < 24
            else ("resolved_between_contacts", "fixed")
            if i < 32
            else ("different_problems", "two problems")
        )
        k = f.person(persona, habit)
        c = f.customers[k]
        lang = c["language"]
        f.happy_days(k, rng.randint(1, 3), 0, 2)
        problem = rng.choice(w.PROBLEMS)
        case = f.case()
        t0 = f.at(rng.randint(2, 4), rng.uniform(8, 17))
        ch = rng.choice(["email", "chat", "web"])
        first = f.complaint(k, t0, problem, case, ch)
        f.agent_after(t0, k, ch, f.pick(w.CASE_OPENED, lang, c=case, a="Molaterra"), 40)
        c.update(
            problem=problem, booking=case, channel=ch, trouble_starts_at=f.rows[-2]["occurred_at"]
        )
        c["problem_event_ids"] = [first]
        if persona == "repeat_contact":
            c["tolerated_rules"] = list(REPEAT_TOL)
            expect(c, "repeat_contact")
            t1 = t0 + timedelta(hours=rng.uniform(20, 50))
            ch2 = rng.choice([x for x in ("email", "chat", "phone") if x != ch])
            if ch2 == "phone":
                e2 = f.add(t1, k, "phone", "call", f.pick(w.CALL_COMPLAINT, lang, c=case))
            else:
                kind = "chat" if ch2 == "chat" else "message"
                e2 = f.add(t1, k, ch2, kind, f.pick(w.REPEAT, lang, c=case), subject=case)
            c["problem_event_ids"].append(e2)
            c["competitor"] = None
            if i < 22:
                comp = rng.choice(w.COMPETITORS)
                t2 = t1 + timedelta(hours=rng.uniform(20, 40))
                e3 = f.add(
                    t2, k, "email", "message", f.pick(w.THIRD, lang, c=case, k=comp), subject=case
                )
                f.agent_after(t2, k, "email", f.pick(w.ESCALATED, lang, c=case, a="Molaterra"), 90)
                c["problem_event_ids"].append(e3)
                c["competitor"] = comp
                if i < 17:
                    t3 = t2 + timedelta(hours=rng.uniform(24, 48))
                    e4 = f.add(t3, k, "phone", "call", f.pick(w.FOURTH, lang, c=case))
                    c["problem_event_ids"].append(e4)
            c["contacts"] = len(c["problem_event_ids"])
            continue
        c["tolerated_rules"] = list(FIX)
        t1 = t0 + timedelta(hours=rng.uniform(20, 40))
        f.add(t1, k, "email", "message", f.pick(w.FIXED_ASK, lang, c=case, a="Molaterra"), out=True)
        t2 = t1 + timedelta(hours=rng.uniform(2, 8))
        conf = f.add(t2, k, "email", "message", f.pick(w.CONFIRM, lang, c=case), subject=case)
        probs = [
            {
                "problem": problem,
                "booking": case,
                "raised_at": c["trouble_starts_at"],
                "fixed_at": f.rows[-2]["occurred_at"],
                "confirmed_at": f.rows[-1]["occurred_at"],
                "problem_event_ids": [first],
                "confirm_event_id": conf,
                "channel": ch,
                "confirm_channel": "email",
            }
        ]
        if persona == "different_problems":
            p2 = rng.choice([x for x in w.PROBLEMS if x != problem])
            case2 = f.case()
            t3 = t2 + timedelta(days=rng.uniform(3, 5))
            e = f.complaint(k, t3, p2, case2, "chat")
            f.agent_after(t3, k, "chat", f.pick(w.CASE_OPENED, lang, c=case2, a="Molaterra"), 5)
            t4 = t3 + timedelta(hours=rng.uniform(20, 30))
            f.add(
                t4,
                k,
                "email",
                "message",
                f.pick(w.FIXED_ASK, lang, c=case2, a="Molaterra"),
                out=True,
            )
            t5 = t4 + timedelta(hours=3)
            conf2 = f.add(
                t5, k, "email", "message", f.pick(w.CONFIRM, lang, c=case2), subject=case2
            )
            probs.append(
                {
                    "problem": p2,
                    "booking": case2,
                    "raised_at": f.rows[-4]["occurred_at"],
                    "fixed_at": f.rows[-2]["occurred_at"],
                    "confirmed_at": f.rows[-1]["occurred_at"],
                    "problem_event_ids": [e],
                    "confirm_event_id": conf2,
                    "channel": "chat",
                    "confirm_channel": "email",
                }
            )
        else:
            f.happy_act(k, t2 + timedelta(days=rng.uniform(2, 4)))
        c["problems"] = probs
    return f


def slow_churners() -> Fam:
    f = Fam("slow_churners", "sc", "2026-09-28", 28, "slow churners, leavers, grumpy and steady")
    rng = f.rng
    for i in range(40):
        if i < 12:
            k = f.person("happy", "steady")
            f.happy_days(k, rng.randint(4, 6), 0, 28)
            continue
        if i < 22:
            k = f.person("slow_churner", "slides")
            c = f.customers[k]
            lang = c["language"]
            c["tolerated_rules"] = list(SLIDE_TOL)
            expect(c, "sentiment_drop")
            for _ in range(rng.randint(4, 5)):
                f.add(f.day_time(0, 10), k, "community", "post", f.pick(w.PRAISE, lang))
            f.happy_days(k, rng.randint(2, 4), 0, 10)
            comp = rng.choice(w.COMPETITORS)
            slide = []
            steps = w.SLIDE.get(lang) or w.SLIDE["en"]
            for s, text in enumerate(steps):
                t = f.at(12 + s * 2 + rng.randint(0, 1), rng.uniform(9, 20))
                ch, kind = rng.choice(
                    [("community", "post"), ("web", "review"), ("social", "mention")]
                )
                attrs = (
                    {"rating": str(max(1, 4 - s // 2)), "page": "/reviews"}
                    if kind == "review"
                    else None
                )
                slide.append(f.add(t, k, ch, kind, text.format(k=comp), attrs=attrs))
            c.update(
                slide_event_ids=slide,
                slide_days=6 * 2,
                competitor=comp,
                trouble_starts_at=min(
                    r["occurred_at"] for r in f.rows if r["event_id"] == slide[0]
                ),
            )
            continue
        if i < 27:
            k = f.person("slow_churner", "asks to cancel")
            c = f.customers[k]
            lang = c["language"]
            c["tolerated_rules"] = [
                "sentiment_drop",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ]
            expect(c, "churn_intent")
            expect(c, "detractor")
            f.happy_days(k, rng.randint(2, 4), 0, 12)
            t = f.at(rng.randint(14, 20), rng.uniform(9, 17))
            eid = f.add(t, k, "email", "message", f.pick(w.CANCEL, lang), subject="Molaterra Plus")
            f.agent_after(t, k, "email", f.pick(w.SORRY_GO, lang, a="Molaterra"), 120)
            tc = t + timedelta(hours=3)
            cid = f.add(
                tc,
                k,
                "web",
                "cancellation",
                None,
                attrs={"page": "/account/cancel", "product": "Molaterra Plus"},
            )
            f.survey_low(k, tc + timedelta(hours=2))
            c.update(
                churn_intent_event_id=eid,
                cancellation_event_id=cid,
                churn_at=f.rows[-2]["occurred_at"],
                trouble_starts_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            )
            continue
        if i < 33:
            k = f.person("steadily_grumpy", "grumbles")
            c = f.customers[k]
            c["tolerated_rules"] = ["repeat_contact", "silence"]
            ids = []
            for _ in range(rng.randint(4, 6)):
                ch, kind = rng.choice(
                    [("chat", "chat"), ("community", "post"), ("social", "mention")]
                )
                ids.append(f.add(f.day_time(0, 28), k, ch, kind, f.pick(w.GRUMBLE, c["language"])))
            c["grumble_event_ids"] = ids
            continue
        k = f.person("grumbles_once", "grumbles once")
        c = f.customers[k]
        c["tolerated_rules"] = list(FIX)
        f.happy_days(k, rng.randint(3, 5), 0, 28)
        c["grumble_event_id"] = f.add(
            f.day_time(5, 25), k, "chat", "chat", f.pick(w.GRUMBLE, c["language"])
        )
    return f


def quiet_hours() -> Fam:
    f = Fam("quiet_hours", "qh", "2026-10-16", 7, "day writers, night writers and night owls")
    rng = f.rng
    for i in range(30):
        if i < 18:
            k = f.person("happy", "day writer")
            f.happy_days(k, rng.randint(3, 6), 0, 7)
        elif i < 24:
            k = f.person("happy", "night writer")
            for _ in range(rng.randint(2, 4)):
                t = f.day_time(0, 7, 0.3, 4.5)
                f.add(t, k, "community", "post", f.pick(w.NIGHT_POST, f.customers[k]["language"]))
        else:
            n, m = rng.randint(1, 2), rng.randint(3, 5)
            k = f.person("night_owl", f"night {n}, burst {m}")
            c = f.customers[k]
            f.happy_days(k, rng.randint(1, 3), 0, 7)
            t = f.at(rng.randint(1, 6), rng.uniform(0.5, 3.0))
            c["burst_at"] = t.strftime("%Y-%m-%dT%H:%M:%SZ")
            for j in range(m):
                f.add(
                    t + timedelta(minutes=9 * j),
                    k,
                    "community",
                    "post",
                    f.pick(w.NIGHT_POST, c["language"]),
                )
            for _ in range(n):
                tq = f.at(rng.randint(0, 6), rng.uniform(1, 4))
                c["night_event_id"] = f.add(tq, k, "chat", "chat", f.pick(w.NIGHT_Q, c["language"]))
                f.agent_after(
                    tq, k, "chat", f.pick(w.AGENT_ANSWER, c["language"], a="Molaterra"), 6
                )
    return f


PAIRS = [
    ("de", "es"),
    ("es", "en"),
    ("de", "en"),
    ("es", "fr"),
    ("de", "it"),
    ("es", "pt"),
    ("de", "fr"),
    ("es", "it"),
    ("de", "pt"),
]


def bilingual() -> Fam:
    f = Fam("bilingual", "bi", "2026-10-19", 14, "customers writing in two languages")
    rng = f.rng
    for i in range(30):
        l1, l2 = PAIRS[i % len(PAIRS)]
        why = rng.choice(["works abroad", "partner's language", "grew up in two countries"])
        if i < 16:
            k = f.person(
                "happy", "alternates languages", l1, languages=[l1, l2], job_second_language=why
            )
            for j in range(rng.randint(4, 7)):
                f.customers[k]["language"] = (l1, l2)[j % 2]
                f.happy_act(k, f.day_time(0, 14))
            f.customers[k]["language"] = l1
        elif i < 21:
            k = f.person("slow_churner", "slides", l1, languages=[l1, l2], job_second_language=why)
            c = f.customers[k]
            c["tolerated_rules"] = list(SLIDE_TOL)
            expect(c, "sentiment_drop")
            for _ in range(5):
                f.add(f.day_time(0, 5), k, "community", "post", f.pick(w.PRAISE, l1))
            f.happy_days(k, rng.randint(1, 3), 0, 5)
            comp = rng.choice(w.COMPETITORS)
            slide = []
            for s, text in enumerate(w.SLIDE[l2]):
                t = f.at(6 + s + rng.choice([0, 0.5]), rng.uniform(9, 19))
                slide.append(f.add(t, k, "community", "post", text.format(k=comp)))
            c.update(slide_event_ids=slide, slide_days=6, competitor=comp)
        else:
            persona = "bad_day_detractor" if i < 26 else "happy_one_bad_day"
            k = f.person(persona, "one bad day", l1, languages=[l1, l2], job_second_language=why)
            c = f.customers[k]
            c["tolerated_rules"] = list(FIX)
            f.happy_days(k, rng.randint(2, 4), 0, 5)
            c["language"] = l2
            bad_moment(f, k, rng.randint(6, 9))
            c["bad_day_language"] = l2
            if persona == "bad_day_detractor":
                f.survey_low(
                    k,
                    datetime.fromisoformat(c["bad_day_at"].replace("Z", "+00:00"))
                    + timedelta(hours=2),
                )
                expect(c, "detractor")
            c["language"] = l1
            f.happy_days(k, 1, 11, 14)
    return f


SITES = [
    "restaurant",
    "butcher",
    "hotel",
    "hairdresser",
    "catering",
    "school kitchen",
    "hospital kitchen",
    "tailor",
    "garden centre",
    "fishmonger",
    "canteen",
    "bakery",
    "florist",
    "sushi bar",
    "upholsterer",
]
COMPANY = [
    "Gasthaus Lindner",
    "Carnicería Ortiz",
    "Hotel Seeblick",
    "Salón Noa",
    "Catering Brücke",
    "Comedor San Blas",
    "Klinikum Küche Ost",
    "Sartoria Nera",
    "Gartenhof Reuter",
    "Pescados Lema",
    "Kantine Werk 3",
    "Panadería Ubeda",
    "Fleurs Morel",
    "Sushi Kai Madrid",
    "Tapicería Roca",
]


def b2b_accounts() -> Fam:
    f = Fam("b2b_accounts", "bb", "2026-10-05", 14, "companies on account")
    rng = f.rng
    for a in range(15):
        acc = f"h160-acc-{a + 1:02d}"
        lang = ["de", "es"][a % 2] if a < 11 else ["en", "fr", "it", "pt"][a - 11]
        kind = "at_risk" if a < 5 else "one_unhappy" if a < 9 else "mild" if a < 12 else "happy"
        company = COMPANY[a]
        n_unhappy = {"at_risk": rng.choice([3, 4]), "one_unhappy": 1, "mild": 0, "happy": 0}[kind]
        n = n_unhappy + (2 if kind == "mild" else 1 if kind != "happy" else 2)
        keys, bad = [], []
        problem = rng.choice(list(w.B2B_COMPLAINT)) if kind == "at_risk" else None
        case = f.case()
        first_at = None
        for j in range(n):
            role = (
                "complainer"
                if j < n_unhappy
                else "suggests"
                if kind == "mild" and j < 2
                else "contact"
            )
            persona = {
                "complainer": "b2b_unhappy" if kind == "at_risk" else "b2b_one_unhappy",
                "suggests": "b2b_mild",
                "contact": "b2b_happy",
            }[role]
            title = rng.choice(["head chef", "office manager", "buyer", "owner", "facility lead"])
            k = f.person(
                persona, role, lang, account_id=acc, company=company, role=role, job_title=title
            )
            c = f.customers[k]
            c["job"] = title
            keys.append(k)
            for _ in range(rng.randint(1, 3) if role == "contact" else rng.randint(0, 2)):
                t = f.at(
                    rng.randint(0, 2) if role != "contact" else rng.randint(0, 14),
                    rng.uniform(8, 17),
                )
                r = rng.random()
                if r < 0.4:
                    f.add(t, k, "web", "page_view", None, attrs={"page": "/business/portal"})
                elif r < 0.7:
                    f.add(t, k, "community", "post", f.pick(w.B2B_PRAISE, lang))
                else:
                    f.happy_act(k, t)
            if role == "complainer":
                bad.append(k)
                p = problem or rng.choice(list(w.B2B_COMPLAINT))
                t = f.at(3 + j, rng.uniform(8, 16))
                first_at = first_at or t
                ch = rng.choice(["email", "web"])
                text = f.pick(w.B2B_COMPLAINT[p], lang, w=company)
                attrs = {"page": "/business/contact"} if ch == "web" else None
                e = f.add(
                    t,
                    k,
                    ch,
                    "message" if ch == "email" else "ticket",
                    text,
                    subject=case,
                    attrs=attrs,
                )
                f.add(
                    t + timedelta(hours=1),
                    k,
                    "email",
                    "message",
                    f.pick(w.CASE_OPENED, lang, c=case, a="Molaterra Business"),
                    out=True,
                )
                c.update(
                    problem=p,
                    booking=case,
                    complaint_event_ids=[e],
                    trouble_starts_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                )
                if kind == "at_risk":
                    c["tolerated_rules"] = [
                        "sentiment_drop",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "silence",
                        "account_risk",
                    ]
                    if j == n_unhappy - 1:
                        comp = rng.choice(w.COMPETITORS)
                        t2 = t + timedelta(hours=rng.uniform(18, 40))
                        if rng.random() < 0.5:
                            e2 = f.add(
                                t2,
                                k,
                                "email",
                                "message",
                                f.pick(w.B2B_LAST, lang, c=case, k=comp),
                                subject=case,
                            )
                        else:
                            e2 = f.add(
                                t2, k, "phone", "call", f.pick(w.CALL_COMPLAINT, lang, c=case)
                            )
                        c["complaint_event_ids"].append(e2)
                        c["competitor"] = comp
                        expect(c, "repeat_contact")
                    else:
                        f.survey_low(k, t + timedelta(hours=rng.uniform(1, 3)))
                        expect(c, "detractor")
                else:
                    c["tolerated_rules"] = ["sentiment_drop", "high_value_at_risk", "silence"]
                    f.survey_low(k, t + timedelta(hours=rng.uniform(1, 3)))
                    expect(c, "detractor")
            elif role == "suggests":
                c["tolerated_rules"] = list(FIX)
                t = f.at(rng.randint(3, 9), rng.uniform(8, 16))
                c["mild_event_id"] = f.add(
                    t,
                    k,
                    "web",
                    "ticket",
                    f.pick(w.B2B_MILD, lang),
                    attrs={"page": "/business/contact"},
                )
                f.add(
                    t + timedelta(hours=2),
                    k,
                    "email",
                    "message",
                    f.pick(w.CASE_OPENED, lang, c=f.case(), a="Molaterra Business"),
                    out=True,
                )
        f.accounts[acc] = {
            "company": company,
            "site": SITES[a],
            "contacts": n,
            "contact_keys": keys,
            "unhappy_contacts": len(bad),
            "unhappy_contact_keys": bad,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem,
            "trouble_starts_at": first_at.strftime("%Y-%m-%dT%H:%M:%SZ")
            if kind == "at_risk" and first_at
            else None,
            "language": lang,
            "country": f.customers[keys[0]]["country"],
        }
    return f


def topic_spike() -> Fam:
    f = Fam("topic_spike", "ts", "2026-11-02", 7, "a calm week and one planted incident")
    rng = f.rng
    for _ in range(40):
        k = f.person("happy", "day writer")
        for _ in range(rng.randint(1, 4)):
            d = rng.randint(0, 5)
            f.happy_act(k, f.at(d, rng.uniform(12, 19) if d == 5 else rng.uniform(8, 20)))
    for _ in range(2):
        k = f.person("grumbles_once", "grumbles once")
        c = f.customers[k]
        c["tolerated_rules"] = list(FIX)
        t = f.at(0, rng.uniform(9, 16))
        c["grumble_event_id"] = f.add(t, k, "chat", "chat", f.pick(w.GRUMBLE, c["language"]))
        f.agent_after(t, k, "chat", f.pick(w.AGENT_ANSWER, c["language"], a="Molaterra"), 5)
    for lang, hour in (("es", 9.67), ("de", 16.08)):
        k = f.person("grumbles_once", "lone question", lang)
        c = f.customers[k]
        c["tolerated_rules"] = list(FIX)
        t = f.at(4, hour)
        c["lone_report_event_id"] = f.add(t, k, "chat", "chat", f.pick(w.LONE_Q, lang))
        f.agent_after(t, k, "chat", f.pick(w.LONE_A, lang, a="Molaterra"), 7)
    langs = ["es"] * 6 + ["de"] * 6 + ["en", "en", "fr", "fr", "it", "it", "pt", "pt"]
    chans = (
        ["social"] * 5 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2 + ["phone"]
    )
    rng.shuffle(langs)
    rng.shuffle(chans)
    s0 = f.at(5, 8 + 20 / 60)
    offsets = sorted([0, 45, *rng.sample(range(1, 45), 18)])
    keys, events, repeats = [], [], []
    for i in range(20):
        regular = i < 12
        k = f.person("spike_reporter", "regular" if regular else "new", langs[i])
        c = f.customers[k]
        lang = c["language"]
        if regular:
            for _ in range(rng.randint(1, 3)):
                f.happy_act(k, f.at(rng.randint(2, 4), rng.uniform(8, 17.5)))
        t = s0 + timedelta(minutes=offsets[i])
        ch = chans[i]
        code = w.SPIKE_CODE if rng.random() < 0.55 else ""
        text = f.pick(w.SPIKE_REPORT, lang, e=code).replace("  ", " ").strip()
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
            "phone": "call",
        }[ch]
        if ch == "phone":
            text = f.pick(w.SPIKE_CALL, lang)
        attrs = {"page": "/help/contact"} if ch == "web" else None
        e = f.add(t, k, ch, kind, text, attrs=attrs)
        if ch == "chat":
            f.agent_after(t, k, "chat", f.pick(w.SPIKE_AGENT, lang, a="Molaterra"), 3)
        keys.append(k)
        events.append(e)
        c.update(
            in_spike=True,
            regular=regular,
            spike_event_id=e,
            spike_channel=ch,
            trouble_starts_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            tolerated_rules=list(FIX),
        )
    early = [i for i in range(20) if offsets[i] <= 30]
    rep = sorted(rng.sample(early, 6))
    for i in range(20):
        k = keys[i]
        c = f.customers[k]
        lang = c["language"]
        t = s0 + timedelta(minutes=offsets[i])
        if i in rep:
            ch2 = rng.choice([x for x in ("email", "chat", "community") if x != c["spike_channel"]])
            kind = {"email": "message", "chat": "chat", "community": "post"}[ch2]
            t2 = t + timedelta(minutes=rng.randint(12, 55))
            e2 = f.add(t2, k, ch2, kind, f.pick(w.SPIKE_AGAIN, lang, e=w.SPIKE_CODE))
            repeats.append(e2)
            c.update(
                persona="spike_repeater",
                repeat_event_id=e2,
                tolerated_rules=["sentiment_drop", "silence"],
            )
            expect(c, "repeat_contact")
        elif len([x for x in c if x == "agent_fixed"]) == 0 and i % 3 == 0:
            local = {"UK": "11:40", "IE": "11:40", "PT": "11:40"}.get(c["country"], "12:40")
            m = {"UK": "£8", "CH": "CHF 8"}.get(c["country"], "8 €")
            tf = f.at(5, 11 + rng.uniform(8, 17) / 60)
            f.add(
                tf,
                k,
                "email",
                "message",
                f.pick(w.SPIKE_FIXED, lang, t=local, m=m, a="Molaterra"),
                out=True,
            )
            c["agent_fixed"] = True
    last = s0 + timedelta(minutes=offsets[-1])
    f.spike = {
        "topic": "app shipping labels show another customer's name and address; new label fails "
        "with " + w.SPIKE_CODE,
        "about": "knife-sharpening mailer labels in the app printed with strangers' addresses",
        "channel": None,
        "start": s0.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end": last.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": events,
        "repeat_event_ids": repeats,
    }
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
    total = [0, 0, 0]
    for build in FAMILIES:
        f = build()
        expected: dict[str, int] = {}
        for c in f.customers.values():
            for r in c["expected_rules"]:
                expected[r] = expected.get(r, 0) + 1
        for a in f.accounts.values():
            for r in a["expected_rules"]:
                expected[r] = expected.get(r, 0) + 1
        if f.spike:
            expected["topic_spike"] = 1
        counts = f.write(dict(sorted(expected.items())))
        print(f.name, *counts, dict(sorted(expected.items())))
        total = [x + y for x, y in zip(total, counts, strict=True)]
    print("total", *total)


if __name__ == "__main__":
    main()
