"""Writes heldout281 (Feltaro, pool and snooker tables at home): python make_heldout281.py."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from wording import W

HERE = Path(__file__).resolve().parent
LANGS = ["it", "de", "en", "es", "fr", "pt"]
WEIGHTS = [30, 30, 10, 10, 10, 10]
MARKETS = {
    "it": ["IT", "CH"],
    "de": ["DE", "AT", "CH"],
    "en": ["UK", "IE"],
    "es": ["ES"],
    "fr": ["FR", "BE"],
    "pt": ["PT"],
}
COMPETITORS = ["Carambo", "Stoccaro"]
CODE = "{FT.529}"
ORD = {
    "it": ["seconda", "terza", "quarta"],
    "de": ["zweiten", "dritten", "vierten"],
    "en": ["second", "third", "fourth"],
    "es": ["segunda", "tercera", "cuarta"],
    "fr": ["deuxième", "troisième", "quatrième"],
    "pt": ["segunda", "terceira", "quarta"],
}
SLIDER_TOL = [
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
NOISY = {"happy", "happy_one_bad_day", "b2b_happy"}


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def phoneish(text: str) -> str:
    keep = "".join(ch for ch in text.lower() if ch.isalnum() or ch in " '{}.")
    return " ".join(keep.split())


class Family:
    def __init__(self, name: str, seed: int, start: datetime, days: int, about: str) -> None:
        self.name, self.rng, self.start, self.days, self.about = (
            name,
            random.Random(seed),
            start,
            days,
            about,
        )
        self.seed = seed
        self.events: list[dict[str, Any]] = []
        self.customers: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.n = 0
        self.first: set[str] = set()

    def lang(self) -> str:
        return self.rng.choices(LANGS, WEIGHTS)[0]

    def cust(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        account: str | None = None,
    ) -> dict[str, Any]:
        lg = lang or self.lang()
        k = f"h281-{self.name[:3]}-{len(self.customers) + 1:03d}"
        num = self.rng.randint(1000000, 9999999)
        c: dict[str, Any] = {
            "identifiers": {
                "customer_id": k,
                "email": f"{k}@mail.example",
                "phone": f"+39{num}" if lg == "it" else f"+49{num}",
                "handle": f"@{k.replace('-', '_')}",
                "account_id": account,
            },
            "expected_rules": sorted(expected or []),
            "tolerated_rules": sorted(tolerated or []),
            "persona": persona,
            "habit": habit,
            "language": lg,
            "country": self.rng.choice(MARKETS[lg]),
            "segment": "b2b" if account else "consumer",
            "key": k,
        }
        self.customers[k] = c
        return c

    def say(self, table: str, lang: str, **kw: str) -> str:
        text = self.rng.choice(W[table][lang]).format(**kw)
        return text

    def rough(self, text: str) -> str:
        r = self.rng.random()
        if r < 0.1:
            for a, b in zip("àèéìòùäöüßçãõñá", "aeeiouaousscaona", strict=False):
                text = text.replace(a, b)
        elif r < 0.22:
            text = text[:1].lower() + text[1:]
        elif r < 0.36 and len(text) > 12:
            i = self.rng.randint(3, len(text) - 3)
            text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
        return text

    def ev(
        self,
        c: dict[str, Any],
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        out: bool = False,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
        subject: str | None = None,
    ) -> str:
        self.n += 1
        eid = f"h281-{self.name}-{self.n:04d}"
        ids = dict(c["identifiers"])
        full = out or c["key"] not in self.first
        if not full:
            keep = {
                "email": ["customer_id", "email"],
                "phone": ["phone"],
                "social": ["handle"],
                "community": ["handle", "customer_id"],
            }.get(channel, ["customer_id", "email"])
            ids = {k: (v if k in keep or k == "account_id" else None) for k, v in ids.items()}
        if not out:
            self.first.add(c["key"])
        if text and not out:
            text = phoneish(text) if channel == "phone" else self.rough(text)
        a = {"market": c["country"]}
        if c["segment"] == "b2b":
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(["Giulia", "Jonas", "Marta", "Lea", "Rui", "Tom"])
        a.update(attrs or {})
        self.events.append(
            {
                "event_id": eid,
                "occurred_at": iso(t),
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "customer": ids,
                "text": text,
                "subject": subject,
                "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
                "source": "feltaro",
                "attributes": a,
            }
        )
        return eid

    def day(self, d: float, lo: float = 9, hi: float = 19) -> datetime:
        return self.start + timedelta(days=int(d), hours=self.rng.uniform(lo, hi))

    def happy(
        self, c: dict[str, Any], d0: int, d1: int, n: int, lo: float = 9, hi: float = 19
    ) -> None:
        lg = c["language"]
        for _ in range(n):
            t = self.day(self.rng.randint(d0, d1), lo, hi)
            r = self.rng.random()
            if r < 0.35:
                self.ev(
                    c, t, self.rng.choice(["community", "social"]), "post", self.say("praise", lg)
                )
            elif r < 0.6:
                self.ev(c, t, "chat", "chat", self.say("question", lg))
                self.ev(
                    c, t + timedelta(minutes=4), "chat", "chat", self.say("answer", lg), out=True
                )
                self.ev(c, t + timedelta(minutes=7), "chat", "chat", self.say("thanks", lg))
            elif r < 0.8:
                self.ev(
                    c,
                    t,
                    "web",
                    "purchase",
                    attrs={
                        "order_value": "89.00",
                        "currency": "EUR",
                        "product": "re-cloth",
                        "page": "/book",
                    },
                )
            else:
                self.ev(
                    c,
                    t,
                    "survey",
                    "survey_response",
                    scores={"nps": self.rng.choice([9, 10]), "csat": 5, "ces": 7},
                    attrs={"survey": "nps"},
                )

    def low_nps(self, c: dict[str, Any], t: datetime) -> None:
        """A detractor's NPS of 1-5."""
        nps = self.rng.randint(1, 5)
        c["nps_given"], c["nps"] = True, nps
        c["survey_event_id"] = self.ev(
            c, t, "survey", "survey_response", scores={"nps": nps}, attrs={"survey": "nps"}
        )

    def case(self) -> str:
        return f"FT-{self.rng.randint(10000, 99999)}"

    def write(self) -> None:
        self.events.sort(key=lambda e: (e["occurred_at"], e["event_id"]))
        last = max(
            datetime.fromisoformat(e["occurred_at"].replace("Z", "+00:00")) for e in self.events
        )
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        expected: dict[str, int] = {}
        for c in self.customers.values():
            for r in c["expected_rules"]:
                expected[r] = expected.get(r, 0) + 1
        for a in self.accounts.values():
            for r in a["expected_rules"]:
                expected[r] = expected.get(r, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "seed": self.seed,
                "business": "Feltaro: pool and snooker tables at home",
                "days": self.days,
                "written": "blind",
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {
                k: {x: y for x, y in c.items() if x != "key"} for k, c in self.customers.items()
            },
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        lines = "".join(
            json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n" for e in self.events
        )
        (HERE / f"{self.name}.jsonl").write_text(lines, "utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )


def happy_writers() -> None:
    f = Family("happy_writers", 2811, datetime(2026, 2, 2, tzinfo=UTC), 14, "happy customers")
    for _ in range(16):
        f.happy(f.cust("happy", "day writer"), 0, 13, f.rng.randint(3, 6))
    for _ in range(5):
        c = f.cust("happy", "night writer")
        for _ in range(3):
            f.ev(
                c,
                f.day(f.rng.randint(0, 13), 0.5, 4.5),
                "community",
                "post",
                f.say("night", c["language"]),
            )
    for _ in range(5):
        c = f.cust("happy", "answers surveys")
        for _ in range(2):
            f.ev(
                c,
                f.day(f.rng.randint(0, 13)),
                "survey",
                "survey_response",
                scores={"nps": 10, "csat": 5, "ces": 7},
                attrs={"survey": "nps"},
            )
    f.write()


def bad_day(f: Family, c: dict[str, Any], t: datetime, channel: str, lang: str) -> str:
    comp = f.say("complaint", lang)
    c["bad_day_at"] = iso(t)
    if channel == "long":
        eid = f.ev(c, t, "email", "message", f.say("letter", lang, c=comp), subject="Feltaro")
        c["long_email"] = True
        channel = "email"
    else:
        kind = {
            "email": "message",
            "chat": "chat",
            "social": "mention",
            "web": "ticket",
            "phone": "call",
        }[channel]
        eid = f.ev(c, t, channel, kind, comp)
    c["bad_day_event_id"] = eid
    c["trouble_starts_at"] = iso(t)
    c["channel"] = channel
    if channel != "social":
        r = f.case()
        c["booking"] = r
        f.ev(
            c,
            t + timedelta(minutes=40),
            "email" if channel != "chat" else "chat",
            "message" if channel != "chat" else "chat",
            f.say("case", lang, r=r),
            out=True,
        )
    else:
        c["booking"] = None
    return eid


def one_bad_day() -> None:
    f = Family("one_bad_day", 2812, datetime(2026, 3, 2, tzinfo=UTC), 14, "one bad day")
    chans = ["long", "email", "chat", "social", "web", "phone"] * 4
    for i, ch in enumerate(chans):
        det = i < 6
        c = f.cust(
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            expected=["detractor"] if det else [],
            tolerated=["silence"],
        )
        lg = c["language"]
        f.happy(c, 0, 4, f.rng.randint(2, 4))
        t = f.day(f.rng.randint(6, 8))
        bad_day(f, c, t, ch, lg)
        if det:
            f.low_nps(c, t + timedelta(hours=2))
        elif i < 11:
            c["csat_given"], c["csat"] = True, 2
            c["survey_event_id"] = f.ev(
                c,
                t + timedelta(hours=2),
                "survey",
                "survey_response",
                scores={"csat": 2},
                attrs={"survey": "csat"},
            )
        if c["booking"] and i % 2 == 0 and i < 24:
            f.ev(
                c,
                t + timedelta(days=1),
                "email",
                "message",
                f.say("goodnews", lg, r=c["booking"]),
                out=True,
            )
            c["agent_fixed"] = True
        if 12 <= i < 17:
            c["apologised"] = True
            c["apology_at"] = iso(t + timedelta(hours=20))
            c["apology_event_id"] = f.ev(
                c, t + timedelta(hours=20), "chat", "chat", f.say("apology", lg)
            )
    for _ in range(8):
        f.happy(f.cust("happy", "control"), 0, 13, f.rng.randint(3, 5))
    f.write()


def repeat_contacts() -> None:
    f = Family("repeat_contacts", 2813, datetime(2026, 4, 6, tzinfo=UTC), 14, "repeat contacts")
    tol = REPEAT_TOL
    for i in range(12):
        c = f.cust("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=tol)
        lg = c["language"]
        f.happy(c, 0, 3, 2)
        t = f.day(5)
        r = f.case()
        c["booking"], c["trouble_starts_at"] = r, iso(t)
        ids = [f.ev(c, t, "web", "ticket", f.say("complaint", lg), attrs={"page": "/help"})]
        f.ev(c, t + timedelta(minutes=50), "email", "message", f.say("case", lg, r=r), out=True)
        n = 2 + i % 3
        c["competitor"] = None
        for j in range(1, n):
            t = t + timedelta(hours=f.rng.randint(20, 40))
            ch = ["email", "phone", "chat"][j % 3]
            kind = {"email": "message", "phone": "call", "chat": "chat"}[ch]
            if j == 2:
                k = f.rng.choice(COMPETITORS)
                c["competitor"] = k
                ids.append(f.ev(c, t, ch, kind, f.say("repeat3", lg, r=r, k=k)))
            else:
                ids.append(f.ev(c, t, ch, kind, f.say("repeat", lg, r=r, n=ORD[lg][j - 1])))
        c["problem_event_ids"], c["contacts"] = ids, n
        if i < 6:
            c["agent_passed_on"] = True
            f.ev(
                c, t + timedelta(hours=2), "email", "message", f.say("escalated", lg, r=r), out=True
            )
    for _ in range(5):
        c = f.cust("resolved_between_contacts", "fixed", tolerated=["silence"])
        lg = c["language"]
        t = f.day(4)
        r = f.case()
        pe = f.ev(c, t, "web", "ticket", f.say("complaint", lg), attrs={"page": "/help"})
        f.ev(c, t + timedelta(hours=1), "email", "message", f.say("case", lg, r=r), out=True)
        f.ev(c, t + timedelta(days=2), "email", "message", f.say("goodnews", lg, r=r), out=True)
        ce = f.ev(c, t + timedelta(days=2, hours=3), "email", "message", f.say("confirm", lg, r=r))
        c["problems"] = [
            {
                "problem": "no_show",
                "booking": r,
                "raised_at": iso(t),
                "problem_event_ids": [pe],
                "confirm_event_id": ce,
            }
        ]
        c["trouble_starts_at"] = iso(t)
    for _ in range(3):
        c = f.cust("different_problems", "two problems", tolerated=["silence"])
        lg = c["language"]
        t = f.day(3)
        f.ev(c, t, "chat", "chat", f.say("complaint", lg))
        f.ev(c, t + timedelta(minutes=5), "chat", "chat", f.say("case", lg, r=f.case()), out=True)
        f.ev(c, t + timedelta(days=5), "email", "message", f.say("other", lg))
        f.ev(
            c,
            t + timedelta(days=5, hours=2),
            "email",
            "message",
            f.say("case", lg, r=f.case()),
            out=True,
        )
        c["trouble_starts_at"] = iso(t)
    for _ in range(7):
        f.happy(f.cust("happy", "frequent writer"), 0, 13, f.rng.randint(8, 12))
    f.write()


def slow_churners() -> None:
    f = Family("slow_churners", 2814, datetime(2026, 5, 4, tzinfo=UTC), 35, "slow churners")
    for i in range(10):
        c = f.cust(
            "slow_churner",
            "slides",
            expected=["sentiment_drop"] + (["detractor"] if i < 5 else []),
            tolerated=SLIDER_TOL,
        )
        lg = c["language"]
        for d in range(5):
            f.ev(c, f.day(d * 2), "community", "post", f.say("praise", lg))
        f.happy(c, 0, 9, 2)
        k = f.rng.choice(COMPETITORS)
        c["competitor"] = k
        ids = []
        for s in range(6):
            t = f.day(12 + s * 3)
            ids.append(
                f.ev(
                    c,
                    t,
                    ["community", "social", "chat", "email", "community", "social"][s],
                    ["post", "mention", "chat", "message", "post", "mention"][s],
                    W["slide"][lg][s].format(k=k),
                )
            )
            if s == 0:
                c["trouble_starts_at"] = iso(t)
        c["slide_event_ids"] = ids
        if i < 5:
            f.low_nps(c, f.day(29))
    for _ in range(5):
        c = f.cust(
            "slow_churner",
            "asks to cancel",
            expected=["churn_intent"],
            tolerated=["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        lg = c["language"]
        f.happy(c, 0, 10, 3)
        t = f.day(f.rng.randint(18, 25))
        c["trouble_starts_at"] = iso(t)
        c["churn_intent_event_id"] = f.ev(c, t, "email", "message", f.say("cancel", lg))
        f.ev(c, t + timedelta(hours=3), "email", "message", f.say("farewell", lg), out=True)
        c["cancellation_event_id"] = f.ev(
            c,
            t + timedelta(hours=4),
            "web",
            "cancellation",
            attrs={"page": "/account/cancel", "product": "Feltaro Club"},
        )
        c["churn_at"] = iso(t + timedelta(hours=4))
    for _ in range(6):
        f.happy(f.cust("happy", "steady"), 0, 34, f.rng.randint(5, 8))
    for _ in range(5):
        c = f.cust("steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        c["grumble_event_ids"] = [
            f.ev(c, f.day(d), "community", "post", f.say("grumble", c["language"]))
            for d in sorted(f.rng.sample(range(35), 5))
        ]
        c["trouble_starts_at"] = min(
            e["occurred_at"] for e in f.events if e["event_id"] in c["grumble_event_ids"]
        )
    for _ in range(5):
        c = f.cust("happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        f.happy(c, 0, 34, 4)
        c["sarcasm_event_id"] = f.ev(
            c, f.day(20), "social", "mention", f.say("sarcasm", c["language"])
        )
    f.write()


def quiet_hours() -> None:
    f = Family("quiet_hours", 2815, datetime(2026, 6, 1, tzinfo=UTC), 7, "night owls")
    for _ in range(16):
        f.happy(f.cust("happy", "day writer"), 0, 6, f.rng.randint(3, 5))
    for _ in range(4):
        c = f.cust("grumbles_once", "grumbles once", tolerated=["silence"])
        f.happy(c, 0, 2, 2)
        c["grumble_event_id"] = f.ev(c, f.day(4), "chat", "chat", f.say("grumble", c["language"]))
        c["trouble_starts_at"] = f.events[-1]["occurred_at"]
    for i in range(36):
        night, burst = i % 3, i // 12
        c = f.cust("night_owl", f"night {night}, burst {burst}")
        t = f.start + timedelta(
            days=1 + night * 2, hours=0.5 + burst * 1.5, minutes=f.rng.randint(0, 25)
        )
        c["burst_at"] = iso(t)
        c["night_event_id"] = f.ev(c, t, "community", "post", f.say("night", c["language"]))
        f.happy(c, 0, 6, 1)
    f.write()


def bilingual() -> None:
    f = Family("bilingual", 2816, datetime(2026, 7, 6, tzinfo=UTC), 21, "bilingual")
    pairs = [("it", "de"), ("de", "it"), ("it", "en"), ("de", "fr"), ("it", "fr"), ("de", "en")]
    for i in range(27):
        a, b = pairs[i % 6]
        if i < 12:
            c = f.cust("happy", "alternates languages", lang=a)
        elif i < 17:
            c = f.cust(
                "repeat_contact",
                "repeats",
                lang=a,
                expected=["repeat_contact"],
                tolerated=REPEAT_TOL,
            )
        elif i < 22:
            c = f.cust(
                "slow_churner",
                "slides",
                lang=a,
                expected=["sentiment_drop"],
                tolerated=SLIDER_TOL,
            )
        elif i < 25:
            c = f.cust("happy_one_bad_day", "one bad day", lang=a, tolerated=["silence"])
        else:
            c = f.cust("resolved_between_contacts", "fixed", lang=a, tolerated=["silence"])
        c["languages"] = [a, b]
        for d in range(5):
            lg = [a, b][d % 2]
            f.ev(c, f.day(d), "community", "post", f.say("praise", lg))
        if i < 12:
            continue
        if i < 17:
            r = f.case()
            t = f.day(8)
            c["booking"], c["trouble_starts_at"] = r, iso(t)
            ids = [f.ev(c, t, "web", "ticket", f.say("complaint", a), attrs={"page": "/help"})]
            f.ev(c, t + timedelta(hours=1), "email", "message", f.say("case", a, r=r), out=True)
            ids.append(
                f.ev(
                    c,
                    t + timedelta(days=1),
                    "email",
                    "message",
                    f.say("repeat", b, r=r, n=ORD[b][0]),
                )
            )
            c["problem_event_ids"] = ids
        elif i < 22:
            k = f.rng.choice(COMPETITORS)
            c["competitor"] = k
            ids = []
            for s in range(6):
                ids.append(
                    f.ev(
                        c,
                        f.day(8 + s * 2),
                        "community",
                        "post",
                        W["slide"][[a, b][s % 2]][s].format(k=k),
                    )
                )
            c["slide_event_ids"] = ids
            c["trouble_starts_at"] = f.events[-6]["occurred_at"]
        elif i < 25:
            c["bad_day_language"] = b
            bad_day(f, c, f.day(10), ["email", "chat", "long"][i - 22], b)
        else:
            r = f.case()
            t = f.day(9)
            pe = f.ev(c, t, "web", "ticket", f.say("complaint", a), attrs={"page": "/help"})
            f.ev(c, t + timedelta(days=1), "email", "message", f.say("goodnews", b, r=r), out=True)
            ce = f.ev(
                c, t + timedelta(days=1, hours=2), "email", "message", f.say("confirm", b, r=r)
            )
            c["problems"] = [
                {
                    "problem": "damage",
                    "booking": r,
                    "raised_at": iso(t),
                    "problem_event_ids": [pe],
                    "confirm_event_id": ce,
                }
            ]
            c["trouble_starts_at"] = iso(t)
    f.write()


def b2b_accounts() -> None:
    f = Family("b2b_accounts", 2817, datetime(2026, 9, 7, tzinfo=UTC), 14, "venue accounts")
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    for n, kind in enumerate(kinds):
        acc = f"h281-venue-{n + 1:02d}"
        lang = f.lang()
        size = 4 if kind == "at_risk" else 3
        unhappy = (3 + n % 2) if kind == "at_risk" else 1 if kind == "one_unhappy" else 0
        keys, bad = [], []
        r = f.case()
        t = f.day(2, 9, 11)
        for j in range(max(size, unhappy + 1)):
            if j < unhappy and kind == "at_risk":
                c = f.cust(
                    "b2b_unhappy",
                    "complainer",
                    lang,
                    tolerated=[
                        "sentiment_drop",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "silence",
                        "account_risk",
                    ],
                    account=acc,
                )
            elif j < unhappy:
                c = f.cust(
                    "b2b_one_unhappy",
                    "complainer",
                    lang,
                    expected=["detractor"],
                    tolerated=["sentiment_drop", "high_value_at_risk", "silence"],
                    account=acc,
                )
            elif kind == "mild" and j < 2:
                c = f.cust("b2b_mild", "suggests", lang, tolerated=["silence"], account=acc)
            else:
                c = f.cust("b2b_happy", "contact", lang, account=acc)
            c["company"] = f"Venue {n + 1}"
            keys.append(c["key"])
            f.happy(c, 0, 1, 1)
            if c["persona"] in ("b2b_unhappy", "b2b_one_unhappy"):
                bad.append(c["key"])
                tj = t + timedelta(hours=j * 20)
                role = {
                    "it": "gestore",
                    "de": "Betreiber",
                    "en": "manager",
                    "es": "gerente",
                    "fr": "gérant",
                    "pt": "gerente",
                }[lang]
                ids = [
                    f.ev(
                        c,
                        tj,
                        "email",
                        "message",
                        f.say("b2b", lang, p=W["b2b_problem"][lang][0], o=role),
                    )
                ]
                f.ev(
                    c,
                    tj + timedelta(hours=1),
                    "email",
                    "message",
                    f.say("case", lang, r=r),
                    out=True,
                )
                f.low_nps(c, tj + timedelta(hours=2))
                c["expected_rules"] = sorted(set(c["expected_rules"]) | {"detractor"})
                if kind == "at_risk" and j == unhappy - 1:
                    k = f.rng.choice(COMPETITORS)
                    ids.append(
                        f.ev(
                            c,
                            tj + timedelta(hours=30),
                            "phone",
                            "call",
                            f.say("b2b_again", lang, r=r, k=k),
                        )
                    )
                    c["expected_rules"] = sorted(set(c["expected_rules"]) | {"repeat_contact"})
                    c["tolerated_rules"] = sorted(set(c["tolerated_rules"]) - {"repeat_contact"})
                c["complaint_event_ids"] = ids
                c["trouble_starts_at"] = iso(tj)
            elif c["persona"] == "b2b_mild":
                c["mild_event_id"] = f.ev(
                    c,
                    f.day(5),
                    "web",
                    "ticket",
                    f.say("b2b_mild", lang),
                    attrs={"page": "/venues/help"},
                )
                c["trouble_starts_at"] = f.events[-1]["occurred_at"]
        f.accounts[acc] = {
            "company": f"Venue {n + 1}",
            "contacts": len(keys),
            "contact_keys": keys,
            "unhappy_contacts": len(bad),
            "unhappy_contact_keys": bad,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": "invoice" if kind == "at_risk" else None,
            "trouble_starts_at": iso(t) if kind == "at_risk" else None,
            "language": lang,
        }
    f.write()


def topic_spike() -> None:
    f = Family("topic_spike", 2818, datetime(2026, 10, 12, tzinfo=UTC), 6, "spike")
    spike_start = f.start + timedelta(days=5, hours=7, minutes=20)  # Saturday 17 October
    for _ in range(40):
        f.happy(f.cust("happy", "day writer"), 0, 4, f.rng.randint(1, 4))
    for _ in range(2):
        c = f.cust("grumbles_once", "grumbles once", tolerated=["silence"])
        c["grumble_event_id"] = f.ev(c, f.day(0), "chat", "chat", f.say("grumble", c["language"]))
    for _ in range(2):
        c = f.cust("grumbles_once", "lone question", tolerated=["silence"])
        t = f.day(4)
        c["lone_report_event_id"] = f.ev(c, t, "chat", "chat", f.say("lone", c["language"]))
        f.ev(
            c,
            t + timedelta(minutes=6),
            "chat",
            "chat",
            f.say("lone_answer", c["language"]),
            out=True,
        )
    keys, eids, reps = [], [], []
    chans = ["social", "chat", "community", "email", "web"]
    kinds = {
        "social": "mention",
        "chat": "chat",
        "community": "post",
        "email": "message",
        "web": "ticket",
    }
    for i in range(20):
        rep = i < 6
        c = f.cust(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if i < 12 else "new",
            expected=["repeat_contact"] if rep else [],
            tolerated=["silence", "sentiment_drop"] if rep else ["silence"],
        )
        lg = c["language"]
        if i < 12:
            f.happy(c, 2, 4, 2)
        t = spike_start + timedelta(minutes=i * 2 + f.rng.randint(0, 1))
        ch = chans[i % 5]
        eid = f.ev(c, t, ch, kinds[ch], f.say("spike", lg, e=CODE))
        c.update(in_spike=True, spike_event_id=eid, spike_channel=ch, trouble_starts_at=iso(t))
        keys.append(c["key"])
        eids.append(eid)
        if rep:
            ch2 = chans[(i + 1) % 5]
            c["repeat_event_id"] = f.ev(
                c, t + timedelta(minutes=20), ch2, kinds[ch2], f.say("spike_again", lg, e=CODE)
            )
            reps.append(c["repeat_event_id"])
        elif i < 12:
            c["agent_fixed"] = True
            f.ev(
                c,
                spike_start + timedelta(hours=3),
                "email",
                "message",
                f.say("works_again", lg, h="10:30"),
                out=True,
            )
    f.spike = {
        "topic": f"app payment for table bookings fails, error {CODE}",
        "channel": None,
        "start": iso(spike_start),
        "end": f.events[-1]["occurred_at"] if False else iso(spike_start + timedelta(minutes=39)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
        "about": "Saturday morning payment outage in the app",
    }
    f.write()


if __name__ == "__main__":
    for make in (
        happy_writers,
        one_bad_day,
        repeat_contacts,
        slow_churners,
        quiet_hours,
        bilingual,
        b2b_accounts,
        topic_spike,
    ):
        make()
