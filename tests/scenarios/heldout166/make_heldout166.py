"""Build heldout166/ (report only, written blind): Aquorel, aquariums and fish care.

Standard library only; fixed seed, one random.Random per family; same bytes every run.
"""

from __future__ import annotations

import json
import random
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import wording as W

HERE = Path(__file__).resolve().parent
SEED = 166_0001
WRITTEN = "2026-12-06"
BUSINESS = (
    "Aquorel: aquariums, live fish, plants and water-care boxes sold by app and web, with the"
    " paid Aquorel Club membership; Aquorel Business services tanks in offices, clinics and"
    " hotels on account (portal, invoices). Competitors: Pescanta, Tankwell."
)
LANG_WEIGHTS = {"en": 30, "pt": 30, "fr": 10, "de": 10, "it": 10, "es": 10}
SILENCE = ["silence"]


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def strip_accents(text: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFD", text) if unicodedata.category(ch) != "Mn"
    )


def roughen(rng: random.Random, text: str) -> str:
    if rng.random() < 1 / 7:
        spots = [i for i in range(1, len(text) - 2) if text[i].isalpha() and text[i + 1].isalpha()]
        if spots:
            i = rng.choice(spots)
            text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    if rng.random() < 0.15:
        text = strip_accents(text)
    if rng.random() < 0.2 and text[:1].isupper() and not text[:4].isupper():
        text = text[0].lower() + text[1:]
    return text


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    name: str
    ids: dict[str, Any]
    truth: dict[str, Any]


@dataclass
class Fam:
    name: str
    abbr: str
    start: datetime
    days: int
    about: str
    rng: random.Random
    rows: list[dict[str, Any]] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, Any] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    n: int = 0

    def at(self, day: float, hour: float) -> datetime:
        t = self.start + timedelta(days=day, hours=hour)
        return t.replace(second=0, microsecond=0)

    def person(
        self, persona: str, habit: str, lang: str | None = None, account: str | None = None
    ) -> Cust:
        r = self.rng
        if lang is None:
            lang = r.choices(list(LANG_WEIGHTS), weights=list(LANG_WEIGHTS.values()))[0]
        market = r.choice(W.MARKETS[lang])
        first, last = r.choice(W.FIRST[lang]), r.choice(W.LAST[lang])
        idx = len(self.custs) + 1
        key = f"h166-{self.abbr}-c{idx:03d}"
        mail = strip_accents(f"{first}.{last}{idx}").lower() + "@example.com"
        phone = f"+{r.choice(['44', '351', '33', '49', '39', '34'])}7{r.randrange(10**8):08d}"
        handle = f"@{strip_accents(first).lower()}_{idx}" if r.random() < 0.5 else None
        ids = {
            "customer_id": key,
            "email": mail,
            "phone": phone,
            "handle": handle,
            "account_id": account,
        }
        truth: dict[str, Any] = {
            "identifiers": ids,
            "expected_rules": [],
            "tolerated_rules": [],
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            "job": r.choice(W.JOBS),
            "town": r.choice(W.TOWNS[market]),
        }
        c = Cust(key, lang, market, first, ids, truth)
        self.custs[key] = c
        return c

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None,
        direction: str = "inbound",
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
        subject: str | None = None,
    ) -> str:
        self.n += 1
        eid = f"h166-{self.abbr}-{self.n:05d}"
        if text is not None and direction == "inbound" and channel != "phone":
            text = roughen(self.rng, text)
        cust: dict[str, Any] = {"customer_id": c.key, "email": None, "phone": None}
        cust["handle"] = None
        cust["account_id"] = c.ids["account_id"]
        if channel == "email":
            cust["email"] = c.ids["email"]
        elif channel == "phone":
            cust["phone"] = c.ids["phone"]
        elif channel == "social" and c.ids["handle"]:
            cust["customer_id"] = None
            cust["handle"] = c.ids["handle"]
        a = {"market": c.market}
        if c.ids["account_id"]:
            a["segment"] = "b2b"
        a.update(attrs or {})
        if direction == "outbound":
            a["agent"] = self.rng.choice(["Rita", "Sam", "Noor", "Tomás"])
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        sc.update(scores or {})
        self.rows.append(
            {
                "event_id": eid,
                "occurred_at": iso(t),
                "channel": channel,
                "kind": kind,
                "direction": direction,
                "customer": cust,
                "text": text,
                "subject": subject,
                "scores": sc,
                "source": "aquorel-hub",
                "attributes": a,
            }
        )
        return eid

    def write(self) -> None:
        self.rows.sort(key=lambda r: (r["occurred_at"], r["event_id"]))
        lines = [json.dumps(r, ensure_ascii=False, sort_keys=True) for r in self.rows]
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
        expected: dict[str, int] = {}
        for c in self.custs.values():
            for rule in c.truth["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        for acc in self.accounts.values():
            for rule in acc["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        end = self.start + timedelta(days=self.days)
        last = max(datetime.strptime(r["occurred_at"], "%Y-%m-%dT%H:%M:%SZ") for r in self.rows)
        last = last.replace(tzinfo=UTC) + timedelta(hours=1)
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": BUSINESS,
                "days": self.days,
                "seed": SEED,
                "written": WRITTEN,
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(max(end, last)),
            "customers": {k: c.truth for k, c in self.custs.items()},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        text = json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True)
        (HERE / f"{self.name}.truth.json").write_text(text + "\n", "utf-8")


def pick(r: random.Random, table: dict[str, list[str]], lang: str) -> str:
    return r.choice(table[lang])


def fill(text: str, **kw: str) -> str:
    return text.format(**kw)


def product(r: random.Random) -> str:
    return r.choice(W.PRODUCTS)


def case_ref(r: random.Random) -> str:
    return f"AQ-{r.randrange(10000, 99999)}"


def happy_act(f: Fam, c: Cust, t: datetime, allow_survey: bool = True) -> None:
    r, lang = f.rng, c.lang
    p = product(r)
    kinds = ["praise", "again", "gripe", "chat", "phone", "buy", "view", "joke"]
    if allow_survey:
        kinds.append("survey")
    k = r.choice(kinds)
    if k == "praise":
        ch = r.choice(["community", "social"])
        f.add(
            c,
            t,
            ch,
            "post" if ch == "community" else "mention",
            fill(pick(r, W.PRAISE, lang), product=p),
        )
    elif k == "again":
        f.add(c, t, "community", "post", pick(r, W.PRAISE_AGAIN, lang))
    elif k == "gripe":
        f.add(
            c,
            t,
            "web",
            "review",
            fill(pick(r, W.PRAISE_GRIPE, lang), product=p),
            attrs={"rating": "4", "page": "/reviews"},
        )
    elif k == "chat":
        f.add(c, t, "chat", "chat", fill(pick(r, W.QUESTION, lang), product=p))
        f.add(
            c,
            t + timedelta(minutes=r.randint(2, 9)),
            "chat",
            "chat",
            fill(W.AGENT_ANSWER[lang], name=c.name),
            direction="outbound",
        )
        if r.random() < 0.6:
            f.add(
                c, t + timedelta(minutes=r.randint(10, 14)), "chat", "chat", pick(r, W.THANKS, lang)
            )
    elif k == "phone":
        f.add(c, t, "phone", "call", fill(pick(r, W.PHONE_QUESTION, lang), product=p))
        f.add(
            c,
            t + timedelta(minutes=r.randint(20, 90)),
            "email",
            "message",
            fill(W.AGENT_ANSWER[lang], name=c.name),
            direction="outbound",
        )
    elif k == "buy":
        f.add(c, t, "web", "page_view", None, attrs={"page": "/shop"})
        cur = W.CURRENCY.get(c.market, "EUR")
        f.add(
            c,
            t + timedelta(minutes=r.randint(3, 15)),
            "web",
            "purchase",
            None,
            attrs={
                "order_value": f"{r.randint(12, 240)}.90",
                "currency": cur,
                "product": p,
                "page": "/checkout",
            },
        )
    elif k == "view":
        f.add(c, t, "web", "page_view", None, attrs={"page": r.choice(["/club", "/care-guides"])})
    elif k == "joke":
        f.add(c, t, "social", "mention", fill(pick(r, W.JOKE, lang), product=p))
    else:
        f.add(
            c,
            t,
            "survey",
            "survey_response",
            pick(r, W.SURVEY_HAPPY, lang),
            scores={"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)},
            attrs={"survey": "nps"},
        )


def happy_run(f: Fam, c: Cust, days: list[int], n: int, lo: float = 7, hi: float = 19) -> None:
    for d in sorted(f.rng.sample(days, min(n, len(days)))):
        happy_act(f, c, f.at(d, f.rng.uniform(lo, hi)))


def night_writer(f: Fam, c: Cust, days: list[int]) -> None:
    r = f.rng
    for d in sorted(r.sample(days, min(r.randint(1, 3), len(days)))):
        t = f.at(d, r.choice([23.0, 23.5, 0.5, 1.2, 2.4, 3.1]) + r.random() * 0.4)
        if r.random() < 0.3:
            f.add(c, t, "community", "post", fill(pick(r, W.PRAISE, c.lang), product=product(r)))
            continue
        f.add(c, t, "chat", "chat", fill(pick(r, W.NIGHT_QUESTION, c.lang), product=product(r)))
        f.add(
            c,
            t + timedelta(minutes=r.randint(3, 12)),
            "chat",
            "chat",
            fill(W.AGENT_ANSWER[c.lang], name=c.name),
            direction="outbound",
        )


def complaint_text(r: random.Random, c: Cust, problem: str, case: str) -> str:
    return fill(pick(r, W.COMPLAINT[problem], c.lang), product=product(r), case=case)


# ------------------------------------------------------------------ families --
def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "hw",
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        "happy customers only",
        random.Random(SEED + 1),
    )
    days = list(range(10))
    for _ in range(16):
        c = f.person("happy", "day writer")
        happy_run(f, c, days, f.rng.randint(5, 8))
    for _ in range(6):
        c = f.person("happy", "night writer")
        night_writer(f, c, days)
        happy_run(f, c, days, 2)
    for _ in range(4):
        c = f.person("happy", "answers surveys")
        for d in sorted(f.rng.sample(days, 2)):
            f.add(
                c,
                f.at(d, f.rng.uniform(8, 20)),
                "survey",
                "survey_response",
                pick(f.rng, W.SURVEY_HAPPY, c.lang),
                scores={"nps": f.rng.randint(9, 10), "csat": 5, "ces": 7},
                attrs={"survey": "nps"},
            )
    return f


def one_bad_day() -> Fam:
    r = random.Random(SEED + 2)
    f = Fam(
        "one_bad_day",
        "obd",
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        "happy customers with one bad day",
        r,
    )
    for i in range(24):
        detractor = i < 6
        c = f.person("bad_day_detractor" if detractor else "happy_one_bad_day", "one bad day")
        bad = r.randint(2, 9)
        ok = [d for d in range(12) if d <= bad - 2 or d >= bad + 3]
        happy_run(f, c, ok, r.randint(1, 5))
        problem = W.PROBLEMS[i % 4]
        case = case_ref(r)
        t = f.at(bad, r.uniform(8, 20))
        ch = ["email", "chat", "phone", "social", "web"][i % 5]
        text = complaint_text(r, c, problem, case)
        long_mail = ch == "email" and i % 2 == 0
        if long_mail:
            text = fill(W.LONG_EMAIL[c.lang], complaint=text, name=c.truth["name"])
        if ch == "phone":
            text = strip_accents(text).lower().replace(".", "").replace("?", "").replace(",", "")
        kinds = {
            "email": "message",
            "chat": "chat",
            "phone": "call",
            "social": "mention",
            "web": "ticket",
        }
        eid = f.add(c, t, ch, kinds[ch], text, attrs={"page": "/help"} if ch == "web" else None)
        c.truth.update(
            problem=problem,
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            long_email=long_mail,
            trouble_starts_at=iso(t),
            booking=None if ch == "social" else case,
            tolerated_rules=list(SILENCE),
        )
        if ch != "social":
            f.add(
                c,
                t + timedelta(minutes=r.randint(20, 120)),
                "email",
                "message",
                fill(W.AGENT_OPENED[c.lang], name=c.name, case=case),
                direction="outbound",
            )
            f.add(
                c,
                t + timedelta(hours=r.randint(5, 9)),
                "email",
                "message",
                fill(W.AGENT_FIXED[c.lang], name=c.name, case=case),
                direction="outbound",
            )
        if i % 3 == 0 and ch != "social":
            ta = t + timedelta(hours=r.randint(18, 26))
            aid = f.add(c, ta, "email", "message", fill(pick(r, W.APOLOGY, c.lang), case=case))
            c.truth.update(apologised=True, apology_at=iso(ta), apology_event_id=aid)
        if detractor:
            n = r.randint(1, 5)
            sid = f.add(
                c,
                t + timedelta(hours=r.randint(2, 4)),
                "survey",
                "survey_response",
                pick(r, W.SURVEY_LOW, c.lang),
                scores={"nps": n, "csat": 1},
                attrs={"survey": "nps"},
            )
            c.truth.update(nps_given=True, nps=n, survey_event_id=sid, expected_rules=["detractor"])
    for _ in range(8):
        c = f.person("happy", "control")
        happy_run(f, c, list(range(12)), r.randint(3, 6))
    return f


def repeat_contacts() -> Fam:
    r = random.Random(SEED + 3)
    f = Fam(
        "repeat_contacts",
        "rc",
        datetime(2026, 6, 1, tzinfo=UTC),
        10,
        "open problems raised again, against fixed ones and frequent writers",
        r,
    )
    for i in range(12):
        c = f.person("repeat_contact", "repeats")
        happy_run(f, c, [0], 1, 7, 12)
        problem, case = W.PROBLEMS[i % 4], case_ref(r)
        t = f.at(r.randint(1, 4), r.uniform(8, 19))
        ch = ["web", "email", "chat"][i % 3]
        kind = {"web": "ticket", "email": "message", "chat": "chat"}[ch]
        first = f.add(c, t, ch, kind, complaint_text(r, c, problem, case))
        t0 = iso(t)
        f.add(
            c,
            t + timedelta(hours=2),
            "email",
            "message",
            fill(W.AGENT_OPENED[c.lang], name=c.name, case=case),
            direction="outbound",
        )
        ids = [first]
        times = 2 + i % 3
        comp = r.choice(W.COMPETITORS)
        for k in range(1, times):
            t = t + timedelta(hours=r.randint(20, 40))
            ch2 = r.choice(["email", "chat", "phone"])
            text = fill(W.REPEAT[c.lang][k - 1], case=case, comp=comp)
            if ch2 == "phone":
                text = strip_accents(text).lower().replace(".", "").replace(",", "")
            ids.append(
                f.add(c, t, ch2, {"email": "message", "chat": "chat", "phone": "call"}[ch2], text)
            )
            if k == 1:
                f.add(
                    c,
                    t + timedelta(hours=3),
                    "email",
                    "message",
                    fill(W.AGENT_ESCALATED[c.lang], name=c.name, case=case),
                    direction="outbound",
                )
        c.truth.update(
            problem=problem,
            booking=case,
            problem_event_ids=ids,
            contacts=times,
            trouble_starts_at=t0,
            competitor=comp if times >= 3 else None,
            expected_rules=["repeat_contact"],
            tolerated_rules=[
                "sentiment_drop",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
    for _ in range(3):
        c = f.person("resolved_between_contacts", "fixed")
        problem, case = r.choice(W.PROBLEMS), case_ref(r)
        t = f.at(r.randint(1, 3), r.uniform(8, 18))
        e1 = f.add(c, t, "email", "message", complaint_text(r, c, problem, case))
        f.add(
            c,
            t + timedelta(hours=4),
            "email",
            "message",
            fill(W.AGENT_FIXED[c.lang], name=c.name, case=case),
            direction="outbound",
        )
        tc = t + timedelta(hours=r.randint(20, 30))
        e2 = f.add(c, tc, "email", "message", fill(pick(r, W.CONFIRM, c.lang), case=case))
        happy_run(f, c, [d for d in range(10) if d > (tc - f.start).days + 1], 2)
        c.truth.update(
            problems=[
                {
                    "problem": problem,
                    "booking": case,
                    "raised_at": iso(t),
                    "confirmed_at": iso(tc),
                    "problem_event_ids": [e1],
                    "confirm_event_id": e2,
                }
            ],
            trouble_starts_at=iso(t),
            tolerated_rules=list(SILENCE),
        )
    for _ in range(3):
        c = f.person("different_problems", "two problems")
        ids = []
        for j, problem in enumerate(r.sample(W.PROBLEMS, 2)):
            case = case_ref(r)
            t = f.at(1 + 4 * j + r.randint(0, 1), r.uniform(8, 18))
            ids.append(f.add(c, t, "chat", "chat", complaint_text(r, c, problem, case)))
            f.add(
                c,
                t + timedelta(minutes=8),
                "chat",
                "chat",
                fill(W.AGENT_OPENED[c.lang], name=c.name, case=case),
                direction="outbound",
            )
            f.add(
                c,
                t + timedelta(hours=6),
                "email",
                "message",
                fill(W.AGENT_FIXED[c.lang], name=c.name, case=case),
                direction="outbound",
            )
        c.truth.update(problem_event_ids=ids, tolerated_rules=list(SILENCE))
    for _ in range(9):
        c = f.person("happy", "frequent writer")
        happy_run(f, c, list(range(10)), r.randint(6, 9))
    return f


def slow_churners() -> Fam:
    r = random.Random(SEED + 4)
    f = Fam(
        "slow_churners",
        "sc",
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
        "slow slides, cancellations, grumpy and sarcastic customers, steady ones",
        r,
    )
    for _ in range(10):
        c = f.person("slow_churner", "slides")
        for d in sorted(r.sample(range(11), r.randint(4, 5))):
            f.add(
                c,
                f.at(d, r.uniform(8, 20)),
                "community",
                "post",
                fill(pick(r, W.PRAISE, c.lang), product=product(r)),
            )
        happy_run(f, c, list(range(11)), r.randint(2, 4))
        d0 = r.randint(12, 16)
        comp = r.choice(W.COMPETITORS)
        ids = []
        for k, line in enumerate(W.SLIDE[c.lang]):
            t = f.at(d0 + k * r.randint(2, 3), r.uniform(8, 20))
            ch = r.choice(["community", "social", "chat"])
            kind = {"community": "post", "social": "mention", "chat": "chat"}[ch]
            ids.append(f.add(c, t, ch, kind, fill(line, comp=comp)))
        c.truth.update(
            slide_event_ids=ids,
            competitor=comp,
            expected_rules=["sentiment_drop"],
            trouble_starts_at=f.rows[-6]["occurred_at"],
            tolerated_rules=[
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
    for _ in range(5):
        c = f.person("slow_churner", "asks to cancel")
        happy_run(f, c, list(range(15)), r.randint(2, 4))
        t = f.at(r.randint(17, 26), r.uniform(9, 19))
        e = f.add(c, t, "email", "message", pick(r, W.CANCEL, c.lang))
        f.add(
            c,
            t + timedelta(hours=3),
            "email",
            "message",
            fill(W.AGENT_BYE[c.lang], name=c.name),
            direction="outbound",
        )
        tc = t + timedelta(hours=3, minutes=20)
        x = f.add(
            c,
            tc,
            "web",
            "cancellation",
            None,
            attrs={"page": "/club/cancel", "product": "Aquorel Club"},
        )
        n = r.randint(1, 4)
        s = f.add(
            c,
            tc + timedelta(hours=2),
            "survey",
            "survey_response",
            pick(r, W.SURVEY_LOW, c.lang),
            scores={"nps": n},
            attrs={"survey": "nps"},
        )
        c.truth.update(
            churn_intent_event_id=e,
            cancellation_event_id=x,
            churn_at=iso(tc),
            trouble_starts_at=iso(t),
            nps_given=True,
            nps=n,
            survey_event_id=s,
            expected_rules=["churn_intent", "detractor"],
            tolerated_rules=[
                "sentiment_drop",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
    for _ in range(4):
        c = f.person("steadily_grumpy", "grumbles")
        ids = [
            f.add(c, f.at(d, r.uniform(9, 20)), "community", "post", pick(r, W.GRUMPY, c.lang))
            for d in sorted(r.sample(range(32), 6))
        ]
        c.truth.update(
            grumble_event_ids=ids,
            trouble_starts_at=f.rows[-6]["occurred_at"],
            tolerated_rules=["repeat_contact", "silence"],
        )
    for _ in range(3):
        c = f.person("happy_one_sarcastic_remark", "happy")
        happy_run(f, c, list(range(32)), r.randint(4, 6))
        s = f.add(
            c,
            f.at(r.randint(10, 25), r.uniform(9, 20)),
            "social",
            "mention",
            pick(r, W.SARCASM, c.lang),
        )
        c.truth.update(sarcasm_event_id=s, tolerated_rules=list(SILENCE))
    for _ in range(9):
        c = f.person("happy", "steady")
        happy_run(f, c, list(range(32)), r.randint(5, 9))
    return f


def quiet_hours() -> Fam:
    r = random.Random(SEED + 5)
    f = Fam(
        "quiet_hours",
        "qh",
        datetime(2026, 8, 28, tzinfo=UTC),
        3,
        "a calm weekend with night writers and night owls, no spike",
        r,
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        happy_run(f, c, [0, 1, 2], r.randint(2, 3), 7, 17.5)
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once")
        t = f.at(r.randint(0, 2), r.uniform(9, 17))
        ch = "chat" if i < 2 else "web"
        g = f.add(
            c,
            t,
            ch,
            "chat" if ch == "chat" else "ticket",
            pick(r, W.MILD, c.lang),
            attrs=None if ch == "chat" else {"page": "/contact"},
        )
        f.add(
            c,
            t + timedelta(minutes=r.randint(5, 90)),
            ch if ch == "chat" else "email",
            "chat" if ch == "chat" else "message",
            fill(W.AGENT_MILD[c.lang], name=c.name),
            direction="outbound",
        )
        c.truth.update(grumble_event_id=g, trouble_starts_at=iso(t), tolerated_rules=list(SILENCE))
    for _ in range(30):
        c = f.person("happy", "night writer")
        night_writer(f, c, [0, 1, 2])
    for _ in range(6):
        c = f.person("night_owl", "")
        d = r.randint(0, 2)
        n = r.randint(3, 5)
        t = f.at(d, r.choice([0.4, 1.5, 2.2]))
        first = ""
        for k in range(n):
            e = f.add(
                c,
                t + timedelta(minutes=7 * k),
                "chat",
                "chat",
                fill(pick(r, W.NIGHT_QUESTION, c.lang), product=product(r)),
            )
            first = first or e
        f.add(
            c,
            t + timedelta(minutes=7 * n + 3),
            "chat",
            "chat",
            fill(W.AGENT_ANSWER[c.lang], name=c.name),
            direction="outbound",
        )
        c.truth.update(habit=f"night {d}, burst {n}", burst_at=iso(t), night_event_id=first)
    return f


def bilingual() -> Fam:
    r = random.Random(SEED + 6)
    f = Fam(
        "bilingual",
        "bl",
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
        "customers writing in two languages",
        r,
    )
    pairs = [
        ("pt", "en"),
        ("en", "pt"),
        ("pt", "fr"),
        ("en", "de"),
        ("pt", "es"),
        ("en", "it"),
        ("fr", "pt"),
        ("de", "en"),
        ("it", "pt"),
        ("es", "en"),
    ]

    def mk(persona: str, habit: str, i: int) -> tuple[Cust, str]:
        a, b = pairs[i % len(pairs)]
        c = f.person(persona, habit, lang=a)
        c.truth.update(languages=[a, b], job_second_language="works or lives across both")
        return c, b

    for i in range(5):
        c, b = mk("repeat_contact", "repeats", i)
        problem, case = W.PROBLEMS[i % 4], case_ref(r)
        t = f.at(r.randint(1, 5), r.uniform(8, 18))
        ids = [f.add(c, t, "email", "message", complaint_text(r, c, problem, case))]
        f.add(
            c,
            t + timedelta(hours=2),
            "email",
            "message",
            fill(W.AGENT_OPENED[c.lang], name=c.name, case=case),
            direction="outbound",
        )
        t2 = t + timedelta(hours=r.randint(20, 40))
        ids.append(f.add(c, t2, "chat", "chat", fill(W.REPEAT[b][0], case=case, comp="")))
        c.truth.update(
            problem=problem,
            booking=case,
            problem_event_ids=ids,
            trouble_starts_at=iso(t),
            expected_rules=["repeat_contact"],
            tolerated_rules=[
                "sentiment_drop",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
    for i in range(5):
        c, b = mk("slow_churner", "slides", i + 5)
        for d in sorted(r.sample(range(6), 5)):
            lang = c.lang if d % 2 else b
            f.add(
                c,
                f.at(d, r.uniform(8, 20)),
                "community",
                "post",
                fill(pick(r, W.PRAISE, lang), product=product(r)),
            )
        happy_run(f, c, list(range(6)), r.randint(1, 3))
        comp = r.choice(W.COMPETITORS)
        ids = []
        for k in range(6):
            lang = c.lang if k % 2 else b
            t = f.at(7 + k + r.random() * 0.5, r.uniform(8, 18))
            ids.append(f.add(c, t, "community", "post", fill(W.SLIDE[lang][k], comp=comp)))
        c.truth.update(
            slide_event_ids=ids,
            competitor=comp,
            expected_rules=["sentiment_drop"],
            trouble_starts_at=f.rows[-6]["occurred_at"],
            tolerated_rules=[
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
    for i in range(17):
        c, b = mk("happy", "alternates languages", i)
        for d in sorted(r.sample(range(14), r.randint(4, 7))):
            lang = r.choice([c.lang, b])
            f.add(
                c,
                f.at(d, r.uniform(8, 20)),
                "community",
                "post",
                fill(
                    pick(r, W.PRAISE_AGAIN if r.random() < 0.3 else W.PRAISE, lang),
                    product=product(r),
                ),
            )
        happy_run(f, c, list(range(14)), r.randint(3, 5))
    return f


def b2b_accounts() -> Fam:
    r = random.Random(SEED + 7)
    f = Fam(
        "b2b_accounts",
        "b2b",
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
        "company accounts: at risk, one unhappy, mild, happy",
        r,
    )
    sites = [
        "dental clinic",
        "hotel",
        "restaurant",
        "office",
        "school",
        "bank branch",
        "pet shop",
        "hospital",
        "law firm",
        "gym",
        "spa",
        "library",
        "cafe",
        "museum",
        "clinic",
    ]
    plan = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    sizes = [5, 4, 4, 4, 4, 4, 4, 4, 3, 4, 3, 4, 4, 4, 4]
    for a, (kind, size) in enumerate(zip(plan, sizes, strict=True)):
        acc = f"h166-acct-{a + 1:02d}"
        lang = r.choices(list(LANG_WEIGHTS), weights=list(LANG_WEIGHTS.values()))[0]
        company = f"{r.choice(['Lumen', 'Corvo', 'Azul', 'Nordik', 'Solen'])} {sites[a].title()}"
        keys, unhappy = [], []
        problem = W.B2B_PROBLEMS[a % 4] if kind in ("at_risk", "one_unhappy") else None
        n_unhappy = {"at_risk": 3 + a % 2, "one_unhappy": 1}.get(kind, 0)
        start: str | None = None
        for j in range(size):
            role = (
                "complainer"
                if j < n_unhappy
                else ("suggests" if kind == "mild" and j < 2 else "contact")
            )
            persona = {"at_risk": "b2b_unhappy", "one_unhappy": "b2b_one_unhappy"}.get(kind, "")
            if role != "complainer":
                persona = "b2b_mild" if role == "suggests" else "b2b_happy"
            c = f.person(persona, role, lang=lang, account=acc)
            c.truth.update(company=company, role=role, job_title="facilities manager")
            keys.append(c.key)
            if role == "complainer":
                unhappy.append(c.key)
                case = case_ref(r)
                t = f.at(2 + j, r.uniform(8, 17))
                e = f.add(
                    c,
                    t,
                    "email",
                    "message",
                    fill(W.B2B_COMPLAINT[problem or "invoice"][lang], case=case),
                    subject=f"Account {acc}",
                )
                f.add(
                    c,
                    t + timedelta(hours=2),
                    "email",
                    "message",
                    fill(W.AGENT_B2B_ACK[lang], name=c.name, case=case),
                    direction="outbound",
                )
                n = r.randint(1, 5)
                s = f.add(
                    c,
                    t + timedelta(hours=r.randint(1, 3)),
                    "survey",
                    "survey_response",
                    pick(r, W.SURVEY_LOW, lang),
                    scores={"nps": n},
                    attrs={"survey": "nps"},
                )
                start = start or iso(t)
                ids = [e]
                exp = ["detractor"]
                if kind == "at_risk" and j == n_unhappy - 1:
                    comp = r.choice(W.COMPETITORS)
                    t2 = t + timedelta(hours=r.randint(20, 40))
                    ids.append(
                        f.add(
                            c,
                            t2,
                            "email",
                            "message",
                            fill(W.B2B_FOLLOWUP[lang], case=case, comp=comp),
                        )
                    )
                    exp.append("repeat_contact")
                    c.truth.update(competitor=comp)
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
                c.truth.update(
                    problem=problem,
                    booking=case,
                    complaint_event_ids=ids,
                    nps=n,
                    nps_given=True,
                    survey_event_id=s,
                    trouble_starts_at=iso(t),
                    expected_rules=sorted(exp),
                    tolerated_rules=tol,
                )
            elif role == "suggests":
                t = f.at(r.randint(2, 9), r.uniform(9, 16))
                m = f.add(c, t, "web", "ticket", W.B2B_MILD[lang], attrs={"page": "/business"})
                f.add(
                    c,
                    t + timedelta(hours=3),
                    "email",
                    "message",
                    fill(W.AGENT_B2B_ACK[lang], name=c.name, case=case_ref(r)),
                    direction="outbound",
                )
                c.truth.update(
                    mild_event_id=m, trouble_starts_at=iso(t), tolerated_rules=SILENCE[:]
                )
            else:
                for d in sorted(r.sample(range(14), r.randint(3, 6))):
                    t = f.at(d, r.uniform(8, 17))
                    if r.random() < 0.5:
                        f.add(c, t, "community", "post", W.B2B_HAPPY[lang])
                    else:
                        f.add(c, t, "web", "page_view", None, attrs={"page": "/business/portal"})
        f.accounts[acc] = {
            "company": company,
            "site": sites[a],
            "contacts": size,
            "contact_keys": keys,
            "unhappy_contacts": n_unhappy,
            "unhappy_contact_keys": unhappy,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": start if kind == "at_risk" else None,
            "language": lang,
            "country": W.MARKETS[lang][0],
        }
    return f


def topic_spike() -> Fam:
    r = random.Random(SEED + 8)
    f = Fam(
        "topic_spike",
        "ts",
        datetime(2026, 10, 26, tzinfo=UTC),
        7,
        "a calm week and one planted incident",
        r,
    )
    for _ in range(42):
        c = f.person("happy", "day writer")
        happy_run(f, c, [0, 1, 2, 3, 4], r.randint(2, 5))
    for lang, hour in (("pt", 10.5), ("en", 15.2)):
        c = f.person("grumbles_once", "lone question", lang=lang)
        t = f.at(4, hour)
        e = f.add(c, t, "chat", "chat", W.LONE_QUESTION[lang])
        f.add(
            c,
            t + timedelta(minutes=6),
            "chat",
            "chat",
            fill(W.AGENT_ANSWER[lang], name=c.name),
            direction="outbound",
        )
        c.truth.update(lone_report_event_id=e, trouble_starts_at=iso(t), tolerated_rules=SILENCE[:])
    s0 = f.at(5, 9 + 5 / 60)
    langs = ["en"] * 6 + ["pt"] * 6 + ["fr", "fr", "de", "de", "it", "it", "es", "es"]
    chans = ["social", "chat", "community", "email", "web"]
    keys: list[str] = []
    events: list[str] = []
    repeats: list[str] = []
    for i, lang in enumerate(langs):
        repeater = i % 3 == 0 and len(repeats) < 6
        regular = i % 2 == 0
        c = f.person(
            "spike_repeater" if repeater else "spike_reporter",
            "regular" if regular else "new",
            lang=lang,
        )
        if regular:
            happy_run(f, c, [2, 3], 1, 8, 17.5)
        t = s0 + timedelta(minutes=round(i * 45 / (len(langs) - 1)))
        ch = chans[i % 5]
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        text = pick(r, W.SPIKE, lang).format(code=W.SPIKE_CODE)
        e = f.add(c, t, ch, kind, text, attrs={"page": "/app/scan"} if ch == "web" else None)
        keys.append(c.key)
        events.append(e)
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=3),
                "chat",
                "chat",
                W.AGENT_SPIKE[lang],
                direction="outbound",
            )
        tol = ["silence"]
        if repeater:
            ch2 = "email" if ch != "email" else "chat"
            t2 = t + timedelta(minutes=r.randint(10, 60))
            rid = f.add(
                c,
                t2,
                ch2,
                "message" if ch2 == "email" else "chat",
                pick(r, W.SPIKE_REPEAT, lang).format(code=W.SPIKE_CODE),
            )
            repeats.append(rid)
            tol = ["sentiment_drop", "silence"]
            c.truth.update(repeat_event_id=rid, expected_rules=["repeat_contact"])
        elif i % 4 == 1:
            f.add(
                c,
                t + timedelta(hours=3),
                "email",
                "message",
                fill(W.AGENT_SPIKE_FIXED[lang], name=c.name),
                direction="outbound",
            )
            c.truth.update(agent_fixed=True)
        c.truth.update(
            in_spike=True,
            regular=regular,
            spike_event_id=e,
            spike_channel=ch,
            trouble_starts_at=iso(t),
            tolerated_rules=tol,
        )
    last = s0 + timedelta(minutes=45)
    f.spike = {
        "topic": "aquarium app's test-strip scanner raising false deadly-ammonia alarms",
        "about": "the planted incident: false water-test emergency alarms in the app",
        "channel": None,
        "start": iso(s0),
        "end": iso(last),
        "customers": len(keys),
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
    for build in FAMILIES:
        build().write()


if __name__ == "__main__":
    main()
