"""Writes heldout284 (Ventaluna, kitesurf lessons and kite gear hire). Standard library only."""

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

import wording as w  # noqa: E402

SEED = 20260919
MARKETS = {
    "de": ["DE", "DE", "AT", "CH"],
    "fr": ["FR", "FR", "BE", "CH"],
    "en": ["UK", "IE"],
    "es": ["ES"],
    "it": ["IT"],
    "pt": ["PT"],
}
PHONE = {
    "DE": "+4917",
    "AT": "+43664",
    "CH": "+4179",
    "FR": "+336",
    "BE": "+32470",
    "UK": "+447",
    "IE": "+35387",
    "ES": "+346",
    "IT": "+39347",
    "PT": "+35191",
}
FIRST = {
    "de": ["Jonas", "Lea", "Moritz", "Hanna", "Felix", "Greta", "Lukas", "Mia"],
    "fr": ["Camille", "Hugo", "Léa", "Théo", "Manon", "Louis", "Chloé", "Jules"],
    "en": ["Amy", "Callum", "Ruth", "Owen"],
    "es": ["Lucía", "Pablo", "Irene", "Diego"],
    "it": ["Giulia", "Marco", "Sara", "Luca"],
    "pt": ["Inês", "Rui", "Beatriz", "Tiago"],
}
LAST = {
    "de": ["Brandt", "Keller", "Vogt", "Seidel", "Krause", "Winter"],
    "fr": ["Martin", "Roux", "Girard", "Faure", "Blanc", "Morel"],
    "en": ["Hughes", "Walsh", "Baker"],
    "es": ["Torres", "Rivas", "Soler"],
    "it": ["Ricci", "Greco", "Conti"],
    "pt": ["Silva", "Costa", "Ramos"],
}
COMPS = ("Aerokai", "Windlupo")
SRC = {
    "email": "ventaluna-mail",
    "phone": "ventaluna-voice",
    "social": "ventaluna-social",
    "community": "ventaluna-forum",
    "chat": "ventaluna-chat",
    "web": "ventaluna-web",
    "survey": "ventaluna-survey",
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
H = 3600.0
TAKEN: set[str] = set()
DAY = 86400.0


def lang_pick(rng: random.Random) -> str:
    return rng.choices(w.LANGS, weights=[30, 30, 10, 10, 10, 10])[0]


def strip_accents(text: str) -> str:
    text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    return "".join(
        c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn" or c == "̃"
    )


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    ids: dict[str, str | None]
    truth: dict[str, Any]
    seen: bool = False


@dataclass
class Fam:
    name: str
    code: str
    n: int
    start: datetime
    days: int
    about: str
    rng: random.Random = field(init=False)
    rough: random.Random = field(init=False)
    rows: list[dict[str, Any]] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, Any] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    def t(self, day: float, hour: float) -> float:
        return self.start.timestamp() + day * DAY + hour * H

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        account: str | None = None,
        market: str | None = None,
    ) -> Cust:
        lang = lang or lang_pick(self.rng)
        market = market or self.rng.choice(MARKETS[lang])
        while True:
            first, last = self.rng.choice(FIRST[lang]), self.rng.choice(LAST[lang])
            num = self.rng.randrange(1000, 9999)
            key = f"VL{self.code}{num}"
            slug = strip_accents(f"{first}.{last}".lower())
            if key not in self.used and f"{slug}{num % 89}" not in TAKEN:
                break
        self.used.add(key)
        TAKEN.add(f"{slug}{num % 89}")
        email = f"{slug}{num % 89}@{'firma' + account.lower().replace('-', '') if account else 'mail'}.example"
        phone = PHONE[market] + str(self.rng.randrange(10_000_000, 99_999_999))
        handle = (
            None
            if account
            else f"@{strip_accents(last.lower())}_{strip_accents(first.lower())}{num % 89}"
        )
        ids: dict[str, str | None] = {
            "customer_id": key,
            "email": email,
            "phone": phone,
            "handle": handle,
            "account_id": account,
        }
        truth: dict[str, Any] = {
            "identifiers": ids,
            "expected_rules": expected or [],
            "tolerated_rules": tolerated or [],
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        c = Cust(key, lang, market, ids, truth)
        self.custs[key] = c
        return c

    def roughen(self, text: str) -> str:
        r = self.rough.random()
        if r < 0.1:
            text = strip_accents(text)
        if self.rough.random() < 0.125 and text[:1].isupper():
            text = text[0].lower() + text[1:]
        if self.rough.random() < 1 / 7:
            words = [
                i
                for i, x in enumerate(text.split(" "))
                if x.isalpha() and x.islower() and len(x) > 4
            ]
            if words:
                parts = text.split(" ")
                i = self.rough.choice(words)
                wd = parts[i]
                j = self.rough.randrange(1, len(wd) - 2)
                parts[i] = wd[:j] + wd[j + 1] + wd[j] + wd[j + 2 :]
                text = " ".join(parts)
        return text

    def add(
        self,
        ts: float,
        c: Cust,
        channel: str,
        text: str | None = None,
        *,
        kind: str | None = None,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        eid = f"vl284-{self.code.lower()}-{len(self.rows) + 1:05d}"
        if out or not c.seen:
            ref = {k: v for k, v in c.ids.items() if v}
            if not out:
                c.seen = True
        else:
            field_ = {
                "phone": "phone",
                "social": "handle",
                "community": "handle",
                "email": "email",
            }.get(channel, "customer_id")
            if c.ids["account_id"] and field_ == "handle":
                field_ = "email"
            ref = {field_: str(c.ids[field_])}
            if c.ids["account_id"]:
                ref["account_id"] = str(c.ids["account_id"])
        if text is not None and not out:
            if channel == "phone":
                text = w.CALL_PREFIX[c.lang] + "".join(
                    ch for ch in text.lower() if ch not in ".,!?¿¡:;()"
                )
            elif channel != "survey":
                text = self.roughen(text)
            if channel == "social" and "Ventaluna" not in text:
                text = "@Ventaluna " + text
        a = {"market": c.market}
        if c.ids["account_id"]:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(["Nora", "Kai", "Elise", "Tomás", "Marta"])
        a.update(attrs or {})
        when = datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        self.rows.append(
            {
                "event_id": eid,
                "occurred_at": when,
                "channel": channel,
                "kind": kind or KIND[channel],
                "direction": "outbound" if out else "inbound",
                "customer": ref,
                "text": text,
                "subject": subject,
                "scores": scores or {},
                "source": SRC[channel],
                "attributes": a,
            }
        )
        return eid

    def happy_act(self, c: Cust, ts: float) -> None:
        r = self.rng.random()
        L = c.lang
        if r < 0.3:
            self.add(ts, c, self.rng.choice(["community", "social"]), self.rng.choice(w.PRAISE[L]))
        elif r < 0.55:
            ch = self.rng.choice(["chat", "email"])
            self.add(ts, c, ch, self.rng.choice(w.QUESTION[L]))
            self.add(ts + self.rng.randrange(60, 400), c, ch, w.ANSWER[L], out=True)
            if self.rng.random() < 0.6:
                self.add(ts + 600, c, ch, self.rng.choice(w.THANKS[L]))
        elif r < 0.75:
            self.add(ts, c, "web", None, kind="page_view", attrs={"page": "/lessons"})
            self.add(
                ts + 300,
                c,
                "web",
                None,
                kind="purchase",
                attrs={
                    "page": "/checkout",
                    "order_value": str(self.rng.choice([69, 89, 129])),
                    "currency": "EUR",
                    "product": "Kite lesson 2 h",
                },
            )
        elif r < 0.9:
            self.add(
                ts,
                c,
                "web",
                self.rng.choice(w.PRAISE[L]),
                kind="review",
                attrs={"rating": "5", "page": "/reviews"},
            )
        else:
            self.add(
                ts,
                c,
                "survey",
                None,
                scores={"nps": self.rng.choice([9, 10]), "csat": 5},
                attrs={"survey": "nps"},
            )

    def case(self) -> str:
        return f"VL-{self.rng.randrange(100000, 999999)}"

    def write(self, expected: dict[str, int]) -> None:
        self.rows.sort(key=lambda r: (r["occurred_at"], r["event_id"]))
        last = datetime.strptime(self.rows[-1]["occurred_at"], "%Y-%m-%dT%H:%M:%SZ").replace(
            tzinfo=UTC
        )
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        assert last < datetime(2026, 11, 1, tzinfo=UTC)
        for c in self.custs.values():
            assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"])
        got: dict[str, int] = {}
        for c in self.custs.values():
            for r in c.truth["expected_rules"]:
                got[r] = got.get(r, 0) + 1
        for a in self.accounts.values():
            for r in a["expected_rules"]:
                got[r] = got.get(r, 0) + 1
        if self.spike:
            got["topic_spike"] = 1
        assert got == expected, (self.name, got, expected)
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Ventaluna",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "blind",
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
        with open(HERE / f"{self.name}.jsonl", "w", encoding="utf-8") as fh:
            for r in self.rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


def d(year: int, month: int, day: int) -> datetime:
    return datetime(year, month, day, tzinfo=UTC)


def happy_writers() -> None:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        d(2026, 2, 9),
        10,
        "happy day and night writers, survey-only customers",
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        for day in f.rng.sample(range(10), f.rng.randint(5, 8)):
            f.happy_act(c, f.t(day, f.rng.uniform(7, 19)))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for day in f.rng.sample(range(9), f.rng.randint(2, 4)):
            f.add(
                f.t(day, f.rng.uniform(22.2, 23.9)), c, "community", f.rng.choice(w.NIGHT[c.lang])
            )
        for day in f.rng.sample(range(10), 2):
            f.happy_act(c, f.t(day, f.rng.uniform(9, 18)))
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for day in f.rng.sample(range(10), f.rng.randint(3, 6)):
            f.add(
                f.t(day, f.rng.uniform(8, 20)),
                c,
                "survey",
                None,
                scores={
                    "nps": f.rng.choice([9, 10]),
                    "csat": f.rng.choice([4, 5]),
                    "ces": f.rng.choice([6, 7]),
                },
                attrs={"survey": "nps"},
            )
    f.write({})


def complain(
    f: Fam, c: Cust, ts: float, channel: str, problem: str, long: bool = False
) -> tuple[str, str | None]:
    L = c.lang
    text = w.BAD[L][problem]
    if long:
        head, tail = w.LETTER[L]
        text = head + text + tail
    eid = f.add(
        ts, c, channel, text, subject="Reklamation" if channel == "email" and L == "de" else None
    )
    case = None
    if channel != "social":
        case = f.case()
        f.add(
            ts + f.rng.randrange(600, 2400),
            c,
            "chat" if channel == "chat" else "email",
            w.ACK[L].format(case=case),
            out=True,
        )
    return eid, case


def one_bad_day() -> None:
    f = Fam("one_bad_day", "BD", 2, d(2026, 3, 16), 12, "happy customers with one bad day")
    chans = ["email_long", "email", "chat", "social", "web", "phone"]
    det = 0
    low = 0
    good = 0
    apol = 0
    for i in range(24):
        ch = chans[i % 6]
        problem = w.PROBLEMS[i % 6]
        lang = ("de", "fr")[i % 2] if ch == "email_long" else None
        c = f.person("happy_one_bad_day", "one bad day", lang=lang, tolerated=["silence"])
        bad_day = f.rng.randint(3, 8)
        for day in f.rng.sample(
            [x for x in range(12) if x < bad_day - 1 or x > bad_day + 2], f.rng.randint(1, 4)
        ):
            f.happy_act(c, f.t(day, f.rng.uniform(8, 19)))
        ts = f.t(bad_day, f.rng.uniform(8, 19))
        eid, case = complain(
            f, c, ts, "email" if ch.startswith("email") else ch, problem, long=ch == "email_long"
        )
        c.truth.update(
            {
                "problem": problem,
                "bad_day_at": f.rows[-1 if case is None else -2]["occurred_at"],
                "bad_day_event_id": eid,
                "booking": case,
                "long_email": ch == "email_long",
                "channel": ch,
            }
        )
        if case and det < 6:
            det += 1
            sid = f.add(
                ts + f.rng.randrange(6000, 8400),
                c,
                "survey",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                {
                    "persona": "bad_day_detractor",
                    "expected_rules": ["detractor"],
                    "nps_given": True,
                    "survey_event_id": sid,
                }
            )
        elif case and low < 5:
            low += 1
            sid = f.add(
                ts + f.rng.randrange(6000, 8400),
                c,
                "survey",
                None,
                scores={"csat": f.rng.randint(1, 2)},
                attrs={"survey": "csat"},
            )
            c.truth.update({"csat_given": True, "survey_event_id": sid})
        if case and good < 12:
            good += 1
            f.add(ts + DAY * 1.5, c, "email", w.GOODNEWS[c.lang].format(case=case), out=True)
            f.add(ts + DAY * 1.6, c, "email", f.rng.choice(w.CONFIRM[c.lang]).format(case=case))
            c.truth["agent_fixed"] = True
        elif apol < 5:
            apol += 1
            aid = f.add(ts + f.rng.uniform(18, 24) * H, c, "chat", f.rng.choice(w.APOLOGY[c.lang]))
            c.truth.update({"apologised": True, "apology_event_id": aid})
    for _ in range(8):
        c = f.person("happy", "control")
        for day in f.rng.sample(range(12), f.rng.randint(2, 5)):
            f.happy_act(c, f.t(day, f.rng.uniform(8, 19)))
    f.write({"detractor": 6})


REPEAT_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]


def repeat_run(
    f: Fam, c: Cust, day0: float, times: int, problem: str, alt: str | None = None
) -> None:
    chans = f.rng.sample(["email", "chat", "phone", "web", "social"], times)
    ts = f.t(day0, f.rng.uniform(8, 18))
    L0 = c.lang
    eid, case = complain(f, c, ts, chans[0] if chans[0] != "social" else "web", problem)
    ids = [eid]
    for k in range(1, times):
        ts += f.rng.uniform(4, 40) * H
        hour = (ts % DAY) / H
        if hour >= 22 or hour < 7:
            ts += ((31 - hour) % 24) * H
        L = alt if alt and k % 2 == 1 else L0
        text = f.rng.choice(w.STILL[L]).format(case=case, nth=k + 1, problem=w.BAD[L][problem])
        if k == 2:
            text += w.COMPETITOR_LINE[L].format(comp=COMPS[f.rng.randrange(2)])
        ids.append(f.add(ts, c, chans[k], text))
    c.truth.update(
        {
            "problem": problem,
            "booking": case,
            "problem_event_ids": ids,
            "contacts": times,
            "channels": chans,
            "trouble_starts_at": f.rows[[r["event_id"] for r in f.rows].index(eid)]["occurred_at"],
        }
    )


def repeat_contacts() -> None:
    f = Fam(
        "repeat_contacts", "RC", 3, d(2026, 4, 20), 10, "repeat contacts about one open problem"
    )
    for i in range(12):
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=REPEAT_TOL)
        f.happy_act(c, f.t(0, f.rng.uniform(7, 12)))
        repeat_run(f, c, f.rng.randint(1, 4), 2 + i % 3, w.PROBLEMS[i % 6])
        c.truth["escalated"] = i < 6
        if i < 6:
            f.add(
                f.t(8, f.rng.uniform(9, 11)),
                c,
                "email",
                w.ACK[c.lang].format(case=c.truth["booking"]) + " (escalated)",
                out=True,
            )
    for i in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=["silence"])
        ts = f.t(f.rng.randint(1, 5), f.rng.uniform(8, 17))
        eid, case = complain(f, c, ts, "web", w.PROBLEMS[i])
        f.add(ts + DAY, c, "email", w.GOODNEWS[c.lang].format(case=case), out=True)
        cid = f.add(ts + DAY * 1.1, c, "email", f.rng.choice(w.CONFIRM[c.lang]).format(case=case))
        c.truth.update(
            {
                "problems": [
                    {
                        "problem": w.PROBLEMS[i],
                        "booking": case,
                        "problem_event_ids": [eid],
                        "confirm_event_id": cid,
                    }
                ]
            }
        )
    for i in range(3):
        c = f.person("different_problems", "two problems", tolerated=["silence"])
        complain(f, c, f.t(2, f.rng.uniform(9, 17)), "chat", w.PROBLEMS[i])
        complain(f, c, f.t(6, f.rng.uniform(9, 17)), "email", w.PROBLEMS[i + 3])
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        for day in range(0, 10, 2):
            f.happy_act(c, f.t(day, f.rng.uniform(8, 19)))
            f.happy_act(c, f.t(day + 1, f.rng.uniform(8, 19)))
    f.write({"repeat_contact": 12})


def slow_churners() -> None:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        d(2026, 5, 18),
        32,
        "sliders, leavers, steady, grumpy and sarcastic customers",
    )
    for i in range(10):
        c = f.person(
            "slow_churner",
            "slides",
            expected=["sentiment_drop"],
            tolerated=[
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
        for day in f.rng.sample(range(11), 5):
            f.add(f.t(day, f.rng.uniform(8, 19)), c, "community", f.rng.choice(w.PRAISE[c.lang]))
        for day in f.rng.sample(range(11), 3):
            f.happy_act(c, f.t(day, f.rng.uniform(8, 19)) + 1800)
        day = f.rng.randint(12, 16)
        ids = []
        comp = COMPS[i % 2]
        for step, text in enumerate(w.SLIDE[c.lang]):
            ids.append(
                f.add(
                    f.t(day + step * 2.5, f.rng.uniform(9, 19)),
                    c,
                    ["community", "chat", "email", "web", "social", "community"][step],
                    text.format(comp=comp),
                )
            )
        c.truth.update(
            {
                "slide_event_ids": ids,
                "competitor": comp,
                "trouble_starts_at": f.rows[-6]["occurred_at"],
            }
        )
        if i < 5:
            sid = f.add(
                f.t(day + 14, 12),
                c,
                "survey",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth["expected_rules"] = ["sentiment_drop", "detractor"]
            c.truth.update({"nps_given": True, "survey_event_id": sid})
    for _ in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            expected=["churn_intent"],
            tolerated=["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        for day in f.rng.sample(range(14), 3):
            f.happy_act(c, f.t(day, f.rng.uniform(8, 19)))
        ts = f.t(f.rng.randint(18, 26), f.rng.uniform(9, 17))
        ce = f.add(ts, c, "email", w.CANCEL[c.lang], subject="Pass")
        f.add(ts + 3 * H, c, "email", w.SORRY_GO[c.lang], out=True)
        ca = f.add(
            ts + 4 * H,
            c,
            "web",
            None,
            kind="cancellation",
            attrs={"page": "/account/cancel", "product": "Ventaluna Pass"},
        )
        c.truth.update(
            {
                "churn_intent_event_id": ce,
                "cancellation_event_id": ca,
                "churn_at": f.rows[-1]["occurred_at"],
            }
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        for day in f.rng.sample(range(32), 6):
            f.happy_act(c, f.t(day, f.rng.uniform(8, 19)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        ids = [
            f.add(f.t(day, f.rng.uniform(8, 19)), c, "community", f.rng.choice(w.GRUMPY[c.lang]))
            for day in sorted(f.rng.sample(range(32), 6))
        ]
        c.truth["grumble_event_ids"] = ids
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        for day in f.rng.sample(range(32), 4):
            f.happy_act(c, f.t(day, f.rng.uniform(8, 19)))
        c.truth["sarcasm_event_id"] = f.add(
            f.t(f.rng.randint(5, 30), 15.5), c, "social", w.SARCASM[c.lang]
        )
    f.write({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})


def quiet_hours() -> None:
    f = Fam("quiet_hours", "QH", 5, d(2026, 7, 10), 3, "calm weekend with night owls")
    for _ in range(16):
        c = f.person("happy", "day writer")
        for day in f.rng.sample(range(3), f.rng.randint(1, 3)):
            f.happy_act(c, f.t(day, f.rng.uniform(7, 17.5)))
    for _ in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        ts = f.t(f.rng.randint(0, 2), f.rng.uniform(9, 16))
        f.add(ts, c, "web", None, kind="page_view", attrs={"page": "/spots"})
        c.truth["grumble_event_id"] = f.add(ts + 1500, c, "chat", f.rng.choice(w.MILD[c.lang]))
        f.add(ts + 1700, c, "chat", w.MILD_ANSWER[c.lang], out=True)
    n = 0
    for night in range(3):
        b0 = f.t(night + 1, f.rng.uniform(0.67, 1.08))
        for burst, off in enumerate([0, f.rng.uniform(28, 33), f.rng.uniform(55, 65)]):
            for _ in range(4):
                n += 1
                c = f.person("night_owl", f"night {night + 1}, burst {burst + 1}")
                c.truth["night_event_id"] = f.add(
                    b0 + off * 60 + f.rng.uniform(0, 600),
                    c,
                    "community",
                    f.rng.choice(w.NIGHT[c.lang]),
                )
                c.truth["burst_at"] = datetime.fromtimestamp(b0 + off * 60, UTC).strftime(
                    "%Y-%m-%dT%H:%M:%SZ"
                )
    f.write({})


def bilingual() -> None:
    f = Fam("bilingual", "BL", 6, d(2026, 8, 3), 14, "customers who alternate two languages")
    pairs = [
        ("de", "fr"),
        ("fr", "de"),
        ("de", "en"),
        ("fr", "en"),
        ("de", "it"),
        ("fr", "es"),
        ("es", "fr"),
        ("de", "pt"),
        ("fr", "it"),
        ("en", "de"),
        ("it", "fr"),
        ("pt", "de"),
    ]

    def mk(i: int, persona: str, habit: str, exp: list[str], tol: list[str]) -> tuple[Cust, str]:
        a, b = pairs[i % len(pairs)]
        market = "CH" if {a, b} <= {"de", "fr", "it"} else f.rng.choice(MARKETS[a])
        c = f.person(persona, habit, lang=a, expected=exp, tolerated=tol, market=market)
        c.truth["languages"] = [a, b]
        c.truth["job_second_language"] = "works across the border"
        return c, b

    for i in range(12):
        c, b = mk(i, "happy", "alternates languages", [], [])
        a = c.lang
        for k, day in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            c.lang = b if k % 2 else a
            f.happy_act(c, f.t(day, f.rng.uniform(8, 19)))
        c.lang = a
    for i in range(5):
        c, b = mk(i + 3, "repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        f.happy_act(c, f.t(0, 10))
        repeat_run(f, c, f.rng.randint(2, 5), 2 + i % 3, w.PROBLEMS[i], alt=b)
    for i in range(5):
        c, b = mk(
            i + 6,
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
        a = c.lang
        for k, day in enumerate(range(0, 7, 1)):
            L = b if k % 2 else a
            f.add(f.t(day, f.rng.uniform(8, 18)), c, "community", f.rng.choice(w.PRAISE[L]))
        ids = []
        for step in range(6):
            L = b if step % 2 else a
            ids.append(
                f.add(
                    f.t(7 + step, f.rng.uniform(9, 19)),
                    c,
                    "community",
                    w.SLIDE[L][step].format(comp=COMPS[i % 2]),
                )
            )
        c.truth.update({"slide_event_ids": ids, "competitor": COMPS[i % 2]})
    for i in range(3):
        c, b = mk(i + 1, "happy_one_bad_day", "one bad day", [], ["silence"])
        f.happy_act(c, f.t(1, 10))
        a = c.lang
        c.lang = b
        eid, _ = complain(
            f, c, f.t(6, f.rng.uniform(9, 17)), ["email", "email", "chat"][i], w.PROBLEMS[i]
        )
        c.lang = a
        c.truth.update({"bad_day_event_id": eid, "bad_day_language": b})
    for i in range(2):
        c, b = mk(i + 9, "resolved_between_contacts", "fixed", [], ["silence"])
        ts = f.t(3, 11)
        eid, case = complain(f, c, ts, "web", w.PROBLEMS[i + 3])
        f.add(ts + DAY, c, "email", w.GOODNEWS[b].format(case=case), out=True)
        a = c.lang
        c.lang = b
        cid = f.add(ts + DAY * 1.2, c, "email", f.rng.choice(w.CONFIRM[b]).format(case=case))
        c.lang = a
        c.truth["problems"] = [
            {"booking": case, "problem_event_ids": [eid], "confirm_event_id": cid}
        ]
    f.write({"repeat_contact": 5, "sentiment_drop": 5})


def b2b_accounts() -> None:
    f = Fam("b2b_accounts", "BB", 7, d(2026, 9, 7), 14, "company accounts of Ventaluna Teams")
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    tol_c = [
        "sentiment_drop",
        "churn_intent",
        "competitor_mention",
        "high_value_at_risk",
        "silence",
        "account_risk",
    ]
    for n, kind in enumerate(kinds):
        lang = lang_pick(f.rng)
        market = f.rng.choice(MARKETS[lang])
        acc = f"VLT-{market}-{f.rng.randrange(1000, 9999)}"
        size = 4 if kind == "at_risk" else 3
        members = []
        for _ in range(size):
            c = f.person("b2b_happy", "contact", lang=lang, account=acc, market=market)
            c.truth["company"] = f"Firma {n + 1}"
            members.append(c)
            f.add(
                f.t(f.rng.choice([0, 1]), f.rng.uniform(8, 16)),
                c,
                "web",
                None,
                kind="page_view",
                attrs={"page": "/teams/portal"},
            )
        problem = w.B2B_PROBLEMS[n % 3]
        unhappy: list[str] = []
        first_ts = None
        if kind == "at_risk":
            k = 3 if n < 3 else 4
            ts = f.t(2, f.rng.uniform(8, 11))
            case = f.case()
            for j, c in enumerate(members[:k]):
                c.truth.update(
                    {
                        "persona": "b2b_unhappy",
                        "habit": "complainer",
                        "tolerated_rules": tol_c,
                        "booking": case,
                    }
                )
                text = (
                    w.B2B_COMPLAINT[lang][problem]
                    if j == 0
                    else w.B2B_FOLLOW[lang].format(
                        first=members[0].truth["name"].split()[0],
                        case=case,
                        problem=w.B2B_COMPLAINT[lang][problem],
                    )
                )
                eid = f.add(ts, c, "email", text)
                if j == 0:
                    first_ts = f.rows[-1]["occurred_at"]
                    f.add(ts + 1800, c, "email", w.ACK[lang].format(case=case), out=True)
                exp: list[str] = []
                if j < k - 1:
                    f.add(
                        ts + f.rng.uniform(1, 3) * H,
                        c,
                        "survey",
                        None,
                        scores={"nps": f.rng.randint(1, 5)},
                        attrs={"survey": "nps"},
                    )
                    exp.append("detractor")
                else:
                    f.add(
                        ts + f.rng.uniform(18, 30) * H,
                        c,
                        "email",
                        w.B2B_LAST[lang].format(case=case, comp=COMPS[n % 2]),
                    )
                    exp.append("repeat_contact")
                c.truth["expected_rules"] = exp
                c.truth["tolerated_rules"] = [r for r in tol_c if r not in exp]
                c.truth["complaint_event_ids"] = [eid]
                unhappy.append(c.key)
                ts += f.rng.uniform(8, 20) * H
                hour = (ts % DAY) / H
                if hour >= 17 or hour < 8:
                    ts += ((33 - hour) % 24) * H
        elif kind == "one_unhappy":
            c = members[0]
            ts = f.t(f.rng.randint(3, 7), f.rng.uniform(9, 15))
            case = f.case()
            eid = f.add(ts, c, "email", w.B2B_COMPLAINT[lang][problem])
            f.add(ts + 1800, c, "email", w.ACK[lang].format(case=case), out=True)
            f.add(
                ts + 2 * H,
                c,
                "survey",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                {
                    "persona": "b2b_one_unhappy",
                    "habit": "complainer",
                    "expected_rules": ["detractor"],
                    "tolerated_rules": ["sentiment_drop", "high_value_at_risk", "silence"],
                    "complaint_event_ids": [eid],
                }
            )
            unhappy.append(c.key)
        elif kind == "mild":
            for c in members[:2]:
                mid = f.add(
                    f.t(f.rng.randint(3, 9), f.rng.uniform(9, 15)),
                    c,
                    "web",
                    w.B2B_SUGGEST[lang],
                    attrs={"page": "/teams/feedback"},
                )
                c.truth.update(
                    {
                        "persona": "b2b_mild",
                        "habit": "suggests",
                        "tolerated_rules": ["silence"],
                        "mild_event_id": mid,
                    }
                )
        else:
            for c in members:
                f.add(
                    f.t(f.rng.randint(3, 11), f.rng.uniform(9, 15)),
                    c,
                    "community",
                    w.B2B_PRAISE[lang],
                )
        f.accounts[acc] = {
            "company": f"Firma {n + 1}",
            "contacts": size,
            "contact_keys": [c.key for c in members],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": unhappy,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": first_ts,
            "language": lang,
            "country": market,
        }
    f.write({"account_risk": 5, "detractor": 16, "repeat_contact": 5})


def topic_spike() -> None:
    f = Fam("topic_spike", "TS", 8, d(2026, 9, 14), 7, "calm week and a Saturday-morning spike")
    for _ in range(40):
        c = f.person("happy", "day writer")
        for day in f.rng.sample(range(5), f.rng.randint(1, 4)):
            f.happy_act(c, f.t(day, f.rng.uniform(8, 19)))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        c.truth["grumble_event_id"] = f.add(
            f.t(0, f.rng.uniform(10, 16)), c, "chat", f.rng.choice(w.MILD[c.lang])
        )
        f.add(f.t(0, 17), c, "chat", w.MILD_ANSWER[c.lang], out=True)
    for lang, hour in (("de", 9.6), ("fr", 16.1)):
        c = f.person("grumbles_once", "lone question", lang=lang, tolerated=["silence"])
        c.truth["lone_report_event_id"] = f.add(f.t(4, hour), c, "chat", w.LONE_Q[lang])
        f.add(f.t(4, hour + 0.1), c, "chat", w.LONE_A[lang], out=True)
    s0 = f.t(5, 8 + 20 / 60)
    langs = ["de"] * 6 + ["fr"] * 6 + ["en", "en", "es", "es", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    offs = sorted(f.rng.sample(range(0, 45), 20))
    offs[0], offs[-1] = 0, 45
    keys, eids, reps = [], [], []
    for i in range(20):
        regular = i < 12
        rep = i in (0, 2, 4, 6, 8, 10)
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular else "new",
            lang=langs[i],
            expected=["repeat_contact"] if rep else [],
            tolerated=["silence", "sentiment_drop"] if rep else ["silence"],
        )
        if regular:
            f.happy_act(c, f.t(2, f.rng.uniform(8, 17.5)))
        ts = s0 + offs[i] * 60
        eid = f.add(ts, c, chans[i], f.rng.choice(w.SPIKE[c.lang]))
        if chans[i] == "chat":
            f.add(ts + 120, c, "chat", w.SPIKE_CHAT_ANSWER[c.lang], out=True)
        keys.append(c.key)
        eids.append(eid)
        c.truth.update(
            {"in_spike": True, "regular": regular, "spike_event_id": eid, "spike_channel": chans[i]}
        )
        if rep:
            r = f.add(
                ts + f.rng.uniform(15, 40) * 60,
                c,
                "email" if chans[i] != "email" else "community",
                w.SPIKE_REPEAT[c.lang],
            )
            reps.append(r)
            c.truth["repeat_event_id"] = r
        elif i in (1, 5, 9, 13, 15, 17):
            f.add(f.t(5, 11.2) + i * 30, c, "email", w.SPIKE_FIXED[c.lang], out=True)
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "Ventaluna app payments declined for every card: no lesson or hire can be booked, error V7-42-K",
        "about": "payments",
        "channel": None,
        "start": datetime.fromtimestamp(s0, UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "end": datetime.fromtimestamp(s0 + 45 * 60, UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    f.write({"topic_spike": 1, "repeat_contact": len(reps)})


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
    for fam in FAMILIES:
        fam()


if __name__ == "__main__":
    main()
