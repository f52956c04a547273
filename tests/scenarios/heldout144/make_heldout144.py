"""Generate heldout144 (standard library only, seeded, deterministic).

Run: python3 tests/scenarios/heldout144/make_heldout144.py
"""

from __future__ import annotations

import json
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import wording as w

HERE = Path(__file__).resolve().parent
CUTOFF = datetime(2026, 11, 15, tzinfo=UTC)
RIVALS = ["Lavadique", "Spinnero"]
CODE = "RNS-07b"
BUSINESS = "Espumora (app-paid self-service laundrettes; Espumora Linen for firms)"
LANG_W = [("en", 30), ("pt", 30), ("fr", 10), ("de", 10), ("it", 10), ("es", 10)]
SEEN_IDS: set[str] = set()


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


class Fam:
    def __init__(self, name: str, start: datetime, days: int, seed: int, about: str) -> None:
        self.name = name
        self.start = start
        self.days = days
        self.rng = random.Random(seed)
        self.seed = seed
        self.about = about
        self.rows: list[dict[str, Any]] = []
        self.customers: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.expected: dict[str, int] = {}
        self.n = 0
        self.refs = 0

    def lang(self) -> str:
        return self.rng.choices([x for x, _ in LANG_W], [y for _, y in LANG_W])[0]

    def pick(self, table: dict[str, list[str]], lang: str) -> str:
        return self.rng.choice(table.get(lang) or table["en"])

    def ref(self) -> str:
        self.refs += 1
        return f"ESP-{self.seed % 97:02d}{self.refs:03d}"

    def person(
        self, persona: str, habit: str, lang: str | None = None, account: str | None = None
    ) -> dict[str, Any]:
        lang = lang or self.lang()
        self.n += 1
        key = f"h144-{self.name[:3]}-{self.n:03d}"
        if key in SEEN_IDS:
            raise ValueError(f"reused id {key}")
        SEEN_IDS.add(key)
        first = self.rng.choice(w.NAMES[lang])
        last = self.rng.choice(w.SURNAMES[lang])
        handle = f"@{first.lower()}{self.rng.randint(10, 999)}" if self.rng.random() < 0.6 else None
        c: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": f"{first}.{last}.{key[-3:]}{self.name[:2]}@example.com".lower(),
                "phone": f"+351{self.rng.randint(910000000, 969999999)}"
                if lang == "pt"
                else f"+44{self.rng.randint(7400000000, 7999999999)}",
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": [],
            "tolerated_rules": [],
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": w.MARKET[lang],
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        self.customers[key] = c
        return c

    def add(
        self,
        c: dict[str, Any],
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        out: bool = False,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        if not (self.start <= t < CUTOFF):
            raise ValueError(f"time out of window {t} in {self.name}")
        eid = f"h144-{self.name}-{len(self.rows) + 1:05d}"
        ids = c["identifiers"]
        cust = {"customer_id": ids["customer_id"], "account_id": ids["account_id"]}
        if channel == "email":
            cust["email"] = ids["email"]
        if channel == "phone":
            cust["phone"] = ids["phone"]
        if channel == "social" and ids["handle"]:
            cust["handle"] = ids["handle"]
        a = {"market": c["country"]} | (attrs or {})
        if c["segment"] == "b2b":
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(w.AGENTS)
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
                "source": "heldout144",
                "attributes": a,
            }
        )
        return eid

    def day(self, d: int, h0: float = 8, h1: float = 19) -> datetime:
        m = self.rng.randint(int(h0 * 60), int(h1 * 60))
        return self.start + timedelta(days=d, minutes=m)

    def agent_text(self, table: dict[str, list[str]], lang: str, **kw: str) -> str:
        return self.pick(table, lang).format(agent=self.rng.choice(w.AGENTS), **kw)

    def happy_act(self, c: dict[str, Any], t: datetime) -> None:
        lang = c["language"]
        r = self.rng.random()
        if r < 0.25:
            self.add(c, t, "community", "post", self.pick(w.PRAISE, lang))
        elif r < 0.35:
            self.add(c, t, "social", "mention", self.pick(w.GRIPE, lang))
        elif r < 0.55:
            self.add(c, t, "chat", "chat", self.pick(w.QUESTION, lang))
            self.add(
                c, t + timedelta(minutes=3), "chat", "chat", self.agent_text(w.ANSWER, lang), True
            )
            if self.rng.random() < 0.6:
                self.add(c, t + timedelta(minutes=5), "chat", "chat", self.pick(w.THANKS, lang))
        elif r < 0.62:
            self.add(c, t, "phone", "call", self.pick(w.CALL_Q, lang))
            self.add(
                c,
                t + timedelta(minutes=20),
                "email",
                "message",
                self.agent_text(w.ANSWER, lang),
                True,
            )
        elif r < 0.8:
            self.add(c, t, "web", "page_view", None, attrs={"page": "/top-up"})
            self.add(
                c,
                t + timedelta(minutes=4),
                "web",
                "purchase",
                None,
                attrs={
                    "order_value": self.rng.choice(["10.00", "20.00", "25.00"]),
                    "currency": w.CURRENCY[lang],
                    "product": "credit top-up",
                    "page": "/top-up",
                },
            )
        elif r < 0.9:
            self.add(
                c,
                t,
                "web",
                "review",
                self.pick(w.REVIEW, lang),
                attrs={"rating": "5", "page": "/reviews"},
            )
        else:
            self.survey_good(c, t)

    def survey_good(self, c: dict[str, Any], t: datetime) -> str:
        s = self.rng.choice(["nps", "csat", "ces"])
        sc: dict[str, int] = {
            "nps": self.rng.randint(9, 10),
            "csat": self.rng.randint(4, 5),
            "ces": self.rng.randint(6, 7),
        }
        scores: dict[str, int] = {s: sc[s]}
        txt = self.rng.choice(w.SURVEY_WORD) or None
        return self.add(c, t, "survey", "survey_response", txt, scores=scores, attrs={"survey": s})

    def happy_days(
        self, c: dict[str, Any], n: int, days: list[int], h0: float = 8, h1: float = 19
    ) -> None:
        for d in sorted(self.rng.sample(days, min(n, len(days)))):
            self.happy_act(c, self.day(d, h0, h1))

    def expect(self, c: dict[str, Any], rule: str) -> None:
        c["expected_rules"].append(rule)

    def write(self) -> tuple[int, int, int]:
        self.rows.sort(key=lambda r: (r["occurred_at"], r["event_id"]))
        ids = [r["event_id"] for r in self.rows]
        if len(set(ids)) != len(ids):
            raise ValueError("duplicate event ids")
        counts: dict[str, int] = {}
        for c in self.customers.values():
            if set(c["expected_rules"]) & set(c["tolerated_rules"]):
                raise ValueError(f"rule both expected and tolerated: {c['identifiers']}")
            for r in c["expected_rules"]:
                counts[r] = counts.get(r, 0) + 1
        for a in self.accounts.values():
            for r in a["expected_rules"]:
                counts[r] = counts.get(r, 0) + 1
        if self.spike:
            counts["topic_spike"] = 1
        if counts != self.expected:
            raise ValueError(f"{self.name}: expected {self.expected}, got {counts}")
        last = max(datetime.fromisoformat(r["occurred_at"]) for r in self.rows)
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": BUSINESS,
                "days": self.days,
                "seed": self.seed,
                "written": "2026-12-05, blind",
                "expected": dict(sorted(counts.items())),
            },
            "start": iso(self.start),
            "end": iso(min(end, CUTOFF - timedelta(seconds=1))),
            "customers": self.customers,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        with (HERE / f"{self.name}.jsonl").open("w", encoding="utf-8", newline="\n") as f:
            for r in self.rows:
                f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )
        outbound = sum(1 for r in self.rows if r["direction"] == "outbound")
        return len(self.customers), len(self.rows), outbound


def happy_writers() -> Fam:
    f = Fam("happy_writers", datetime(2026, 3, 16, tzinfo=UTC), 10, 14401, "happy customers only")
    for _ in range(18):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(5, 8), list(range(10)), 7, 19)
    for _ in range(6):
        c = f.person("happy", "night writer")
        for d in sorted(f.rng.sample(range(9), f.rng.randint(2, 4))):
            f.add(c, f.day(d, 22.2, 23.9), "community", "post", f.pick(w.NIGHT, c["language"]))
        f.happy_days(c, f.rng.randint(2, 3), list(range(10)), 9, 18)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in sorted(f.rng.sample(range(10), f.rng.randint(3, 6))):
            f.survey_good(c, f.day(d))
    f.expected = {}
    return f


def one_bad_day() -> Fam:
    f = Fam("one_bad_day", datetime(2026, 4, 13, tzinfo=UTC), 12, 14402, "happy with one bad day")
    chans = ["long_email", "email", "chat", "social", "web", "phone"]
    k = 0
    for i in range(24):
        lang = "en" if i % 2 else "pt" if chans[i % 6] == "long_email" else None
        c = f.person("happy_one_bad_day", "one bad day", lang)
        c["tolerated_rules"] = ["silence"]
        lang = c["language"]
        prob = w.PROBLEMS[i % 6]
        bd = 2 + i % 8
        t = f.day(bd, 8, 20)
        others = [d for d in range(12) if d <= bd - 2 or d >= bd + 3]
        f.happy_days(c, f.rng.randint(1, 5), others, 8, 19)
        p = f.pick(w.PROBLEM[prob], lang)
        ch = chans[(i // 4) % 6] if False else chans[i % 6]
        ref = f.ref()
        if ch == "long_email":
            eid = f.add(
                c,
                t,
                "email",
                "message",
                f.pick(w.LETTER, lang).format(p=p[0].upper() + p[1:], name=c["name"]),
            )
        elif ch == "email":
            eid = f.add(c, t, "email", "message", f.pick(w.ANGRY_WRAP, lang).format(p=p))
        elif ch == "chat":
            eid = f.add(c, t, "chat", "chat", f.pick(w.ANGRY_WRAP, lang).format(p=p))
        elif ch == "social":
            eid = f.add(c, t, "social", "mention", f.pick(w.ANGRY_WRAP, lang).format(p=p))
            ref = ""
        elif ch == "web":
            eid = f.add(c, t, "web", "ticket", p, attrs={"page": "/help"})
        else:
            eid = f.add(c, t, "phone", "call", f.pick(w.CALL_ANGRY, lang).format(p=p))
        c.update(
            problem=prob,
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            trouble_starts_at=iso(t),
            booking=ref or None,
        )
        if ref:
            f.add(
                c,
                t + timedelta(minutes=f.rng.randint(10, 40)),
                "email" if ch != "chat" else "chat",
                "message" if ch != "chat" else "chat",
                f.agent_text(w.CASE_OPENED, lang, ref=ref),
                True,
            )
            if k < 6:
                sid = f.add(
                    c,
                    t + timedelta(minutes=f.rng.randint(100, 140)),
                    "survey",
                    "survey_response",
                    None,
                    scores={"nps": f.rng.randint(1, 5)},
                    attrs={"survey": "nps"},
                )
                c.update(persona="bad_day_detractor", survey_event_id=sid, nps_given=True)
                f.expect(c, "detractor")
            elif k < 11:
                f.add(
                    c,
                    t + timedelta(minutes=f.rng.randint(40, 80)),
                    "survey",
                    "survey_response",
                    None,
                    scores={"csat": f.rng.randint(1, 2)},
                    attrs={"survey": "csat"},
                )
            if k % 2 == 0:
                f.add(
                    c,
                    t + timedelta(hours=f.rng.randint(2, 4)),
                    "email",
                    "message",
                    f.agent_text(w.GOOD_NEWS, lang, ref=ref),
                    True,
                )
            if k % 4 == 1:
                f.add(
                    c,
                    t + timedelta(hours=f.rng.randint(17, 23)),
                    "chat",
                    "chat",
                    f.pick(w.APOLOGY, lang),
                )
            k += 1
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, f.rng.randint(4, 7), list(range(12)))
    f.expected = {"detractor": 6}
    return f


def case_run(
    f: Fam, c: dict[str, Any], first_day: int, times: int, prob: str, quality: bool
) -> None:
    lang = c["language"]
    ref = f.ref()
    chans = ["web", "email", "chat", "phone", "social"]
    f.rng.shuffle(chans)
    t = f.day(first_day, 8, 19)
    eids = []
    p = f.pick(w.PROBLEM[prob], lang)
    rival = f.rng.choice(RIVALS)
    for n in range(times):
        ch = chans[n]
        kind = {
            "web": "ticket",
            "email": "message",
            "chat": "chat",
            "phone": "call",
            "social": "mention",
        }[ch]
        if n == 0:
            text = f.pick(w.ANGRY_WRAP, lang).format(p=p)
        elif n == 2:
            text = f.pick(w.THIRD, lang).format(ref=ref, rival=rival)
        elif n == 3:
            text = f.pick(w.FOURTH, lang).format(ref=ref)
        else:
            text = f.pick(w.STILL_OPEN, lang).format(ref=ref, p=p)
        eids.append(f.add(c, t, ch, kind, text, attrs={"page": "/help"} if ch == "web" else None))
        if n == 0:
            f.add(
                c,
                t + timedelta(minutes=f.rng.randint(15, 40)),
                "email",
                "message",
                f.agent_text(w.QUALITY if quality else w.CASE_OPENED, lang, ref=ref),
                True,
            )
        elif ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=2),
                "chat",
                "chat",
                f.agent_text(w.URGENT, lang, ref=ref),
                True,
            )
        t = t + timedelta(hours=f.rng.randint(4, 40))
        if t.hour < 7 or t.hour >= 21:
            t = t.replace(hour=9 + f.rng.randint(0, 3))
    c.update(
        problem=prob,
        booking=ref,
        problem_event_ids=eids,
        contacts=times,
        trouble_starts_at=f.rows[-1]["occurred_at"] if False else iso(f.start),
        competitor=rival if times > 2 else None,
        agent_passed_on=quality,
    )
    c["trouble_starts_at"] = next(r["occurred_at"] for r in f.rows if r["event_id"] == eids[0])


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts", datetime(2026, 5, 25, tzinfo=UTC), 10, 14403, "open cases raised again"
    )
    tol = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
    for i in range(12):
        c = f.person("repeat_contact", "repeats")
        c["tolerated_rules"] = list(tol)
        f.happy_days(c, f.rng.randint(1, 3), [0], 7, 12)
        case_run(f, c, 1 + i % 4, 2 + i % 3, w.PROBLEMS[i % 6], i % 2 == 0)
        f.expect(c, "repeat_contact")
    for i in range(4):
        c = f.person("resolved_between_contacts", "fixed")
        c["tolerated_rules"] = ["silence"]
        lang = c["language"]
        ref = f.ref()
        t = f.day(1 + i, 8, 15)
        e1 = f.add(c, t, "email", "message", f.pick(w.PROBLEM[w.PROBLEMS[i]], lang))
        f.add(
            c,
            t + timedelta(minutes=30),
            "email",
            "message",
            f.agent_text(w.CASE_OPENED, lang, ref=ref),
            True,
        )
        f.add(
            c,
            t + timedelta(hours=3),
            "email",
            "message",
            f.agent_text(w.GOOD_NEWS, lang, ref=ref),
            True,
        )
        e2 = f.add(
            c, t + timedelta(hours=20), "chat", "chat", f.pick(w.CONFIRM, lang).format(ref=ref)
        )
        f.happy_act(c, t + timedelta(days=2))
        c.update(booking=ref, problem_event_ids=[e1], confirm_event_id=e2, trouble_starts_at=iso(t))
    for i in range(3):
        c = f.person("different_problems", "two problems")
        c["tolerated_rules"] = ["silence"]
        lang = c["language"]
        for j in range(2):
            ref = f.ref()
            t = f.day(1 + i + 3 * j, 9, 17)
            f.add(
                c,
                t,
                "web",
                "ticket",
                f.pick(w.PROBLEM[w.PROBLEMS[i + 2 * j]], lang),
                attrs={"page": "/help"},
            )
            f.add(
                c,
                t + timedelta(minutes=25),
                "email",
                "message",
                f.agent_text(w.CASE_OPENED, lang, ref=ref),
                True,
            )
    for _ in range(8):
        c = f.person("happy", "frequent writer")
        f.happy_days(c, f.rng.randint(6, 9), list(range(10)))
    f.expected = {"repeat_contact": 12}
    return f


def slide(f: Fam, c: dict[str, Any], d0: int, span: int, langs: list[str]) -> list[str]:
    rival = f.rng.choice(RIVALS)
    eids = []
    for n in range(6):
        lang = langs[n % len(langs)]
        t = f.day(d0 + (span * n) // 5, 9, 19) + timedelta(minutes=n)
        text = w.SLIDE.get(lang, w.SLIDE["en"])[n].format(rival=rival)
        ch = ["social", "community", "web"][n % 3]
        kind = {"social": "mention", "community": "post", "web": "review"}[ch]
        attrs = {"rating": str([3, 3, 2, 2, 1, 1][n]), "page": "/reviews"} if ch == "web" else None
        eids.append(f.add(c, t, ch, kind, text, attrs=attrs))
    c.update(
        slide_event_ids=eids,
        slide_days=span,
        competitor=rival,
        habit="slides",
        trouble_starts_at=f.rows[-6]["occurred_at"],
    )
    c["trouble_starts_at"] = next(r["occurred_at"] for r in f.rows if r["event_id"] == eids[0])
    return eids


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners", datetime(2026, 6, 29, tzinfo=UTC), 32, 14404, "slides, leavers, grumps"
    )
    for i in range(10):
        c = f.person("slow_churner", "slides")
        c["tolerated_rules"] = [
            "repeat_contact",
            "churn_intent",
            "competitor_mention",
            "high_value_at_risk",
            "silence",
        ]
        lang = c["language"]
        for d in sorted(f.rng.sample(range(11), 5)):
            f.add(c, f.day(d), "community", "post", f.pick(w.PRAISE, lang))
        f.happy_days(c, f.rng.randint(2, 4), list(range(11)))
        eids = slide(f, c, 12 + i % 5, [3, 5, 5, 9, 9][i % 5], [lang])
        f.expect(c, "sentiment_drop")
        if i < 5:
            t4 = datetime.fromisoformat(
                next(r["occurred_at"] for r in f.rows if r["event_id"] == eids[3])
            )
            sid = f.add(
                c,
                t4 + timedelta(hours=3),
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.update(survey_event_id=sid, nps_given=True)
            f.expect(c, "detractor")
    for i in range(5):
        c = f.person("slow_churner", "asks to cancel")
        c["tolerated_rules"] = [
            "sentiment_drop",
            "competitor_mention",
            "high_value_at_risk",
            "silence",
        ]
        lang = c["language"]
        f.happy_days(c, f.rng.randint(4, 6), list(range(14)))
        t = f.day(18 + i * 2, 9, 17)
        e1 = f.add(c, t, "email", "message", f.pick(w.CANCEL, lang))
        f.add(c, t + timedelta(minutes=40), "email", "message", f.agent_text(w.GOODBYE, lang), True)
        e2 = f.add(
            c,
            t + timedelta(hours=1),
            "web",
            "cancellation",
            None,
            attrs={"page": "/account/cancel", "product": "Espumora Plus"},
        )
        c.update(
            churn_intent_event_id=e1,
            cancellation_event_id=e2,
            churn_at=iso(t + timedelta(hours=1)),
            trouble_starts_at=iso(t),
        )
        f.expect(c, "churn_intent")
    for _ in range(4):
        c = f.person("steadily_grumpy", "grumbles")
        c["tolerated_rules"] = ["repeat_contact", "silence"]
        ge = [
            f.add(c, f.day(d), "community", "post", f.pick(w.GRUMPY, c["language"]))
            for d in sorted(f.rng.sample(range(30), 6))
        ]
        c["grumble_event_ids"] = ge
    for _ in range(4):
        c = f.person("happy_one_sarcastic_remark", "happy")
        c["tolerated_rules"] = ["silence"]
        f.happy_days(c, 6, list(range(30)))
        c["sarcasm_event_id"] = f.add(
            c, f.day(f.rng.randint(5, 25)), "social", "mention", f.pick(w.SARCASM, c["language"])
        )
    for _ in range(8):
        c = f.person("happy", "steady")
        f.happy_days(c, f.rng.randint(6, 10), list(range(32)))
    f.expected = {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5}
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours", datetime(2026, 8, 21, tzinfo=UTC), 3, 14405, "a calm weekend, night owls"
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(1, 3), [0, 1, 2], 7, 17.5)
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once")
        c["tolerated_rules"] = ["silence"]
        t = f.day(i % 3, 9, 16)
        f.add(c, t, "web", "page_view", None, attrs={"page": "/branches"})
        g = f.add(c, t + timedelta(minutes=25), "chat", "chat", f.pick(w.MILD, c["language"]))
        f.add(
            c,
            t + timedelta(minutes=28),
            "chat",
            "chat",
            f.agent_text(w.ANSWER, c["language"]),
            True,
        )
        c.update(grumble_event_id=g, trouble_starts_at=iso(t + timedelta(minutes=25)))
    owls = [f.person("night_owl", "night") for _ in range(36)]
    for night in range(3):
        b0 = f.start + timedelta(days=night, minutes=40 + f.rng.randint(0, 25))
        for b, off in enumerate([0, 30, 60]):
            for j in range(4):
                c = owls[(night * 12 + b * 4 + j) % 36]
                t = b0 + timedelta(minutes=off + f.rng.randint(0, 9))
                if f.rng.random() < 0.5:
                    e = f.add(c, t, "community", "post", f.pick(w.NIGHT, c["language"]))
                else:
                    e = f.add(c, t, "chat", "chat", f.pick(w.QUESTION, c["language"]))
                    f.add(
                        c,
                        t + timedelta(minutes=2),
                        "chat",
                        "chat",
                        f.agent_text(w.ANSWER, c["language"]),
                        True,
                    )
                    f.add(
                        c, t + timedelta(minutes=4), "chat", "chat", f.pick(w.THANKS, c["language"])
                    )
                c.update(
                    habit=f"night {night}, burst {b}",
                    night_event_id=e,
                    burst_at=iso(b0 + timedelta(minutes=off)),
                )
    for c in owls[:18]:
        f.happy_act(c, f.day(f.rng.randint(0, 2), 9, 17.5))
    f.expected = {}
    return f


def bilingual() -> Fam:
    f = Fam("bilingual", datetime(2026, 9, 14, tzinfo=UTC), 14, 14406, "customers in two languages")
    pairs = [
        ("en", "pt"),
        ("pt", "en"),
        ("pt", "es"),
        ("en", "fr"),
        ("pt", "fr"),
        ("en", "de"),
        ("it", "en"),
    ]
    for i in range(12):
        a, b = pairs[i % len(pairs)]
        c = f.person("happy", "alternates languages", a)
        c["languages"] = [a, b]
        for n, d in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            c["language"] = [a, b][n % 2]
            f.happy_act(c, f.day(d))
        c["language"] = a
    for i in range(5):
        a, b = pairs[i]
        c = f.person("repeat_contact", "repeats", a)
        c["languages"] = [a, b]
        c["tolerated_rules"] = [
            "sentiment_drop",
            "churn_intent",
            "competitor_mention",
            "high_value_at_risk",
            "silence",
        ]
        f.happy_days(c, 2, [0, 1])
        c["language"] = b if i % 2 else a
        case_run(f, c, 2 + i % 4, 2 + i % 3, w.PROBLEMS[i], i >= 3)
        c["language"] = a
        f.expect(c, "repeat_contact")
    for i in range(5):
        a, b = pairs[i + 1]
        c = f.person("slow_churner", "slides", a)
        c["languages"] = [a, b]
        c["tolerated_rules"] = [
            "repeat_contact",
            "churn_intent",
            "competitor_mention",
            "high_value_at_risk",
            "silence",
        ]
        for n, d in enumerate(sorted(f.rng.sample(range(6), 5))):
            f.add(c, f.day(d), "community", "post", f.pick(w.PRAISE, [a, b][n % 2]))
        f.happy_days(c, f.rng.randint(1, 3), list(range(6)))
        slide(f, c, 7 + i % 2, 3 + i % 3, [a, b])
        f.expect(c, "sentiment_drop")
    for i in range(3):
        a, b = pairs[i + 2]
        c = f.person("happy_one_bad_day", "one bad day", a)
        c["languages"] = [a, b]
        c["tolerated_rules"] = ["silence"]
        f.happy_days(c, 3, [0, 1, 2, 10, 11, 12])
        t = f.day(6)
        e = f.add(
            c,
            t,
            "email",
            "message",
            f.pick(w.ANGRY_WRAP, b).format(p=f.pick(w.PROBLEM["no_dry"], b)),
        )
        f.add(
            c,
            t + timedelta(minutes=30),
            "email",
            "message",
            f.agent_text(w.CASE_OPENED, b, ref=f.ref()),
            True,
        )
        c.update(bad_day_at=iso(t), bad_day_event_id=e, bad_day_language=b)
    for _ in range(2):
        c = f.person("happy", "alternates languages", "pt")
        c["languages"] = ["pt", "en"]
        f.happy_days(c, 5, list(range(14)))
    f.expected = {"repeat_contact": 5, "sentiment_drop": 5}
    return f


def b2b_accounts() -> Fam:
    f = Fam("b2b_accounts", datetime(2026, 10, 5, tzinfo=UTC), 14, 14407, "Espumora Linen accounts")
    sites = ["hotel", "restaurant", "gym", "care home", "hostel", "spa", "clinic", "school"]
    ctol = [
        "sentiment_drop",
        "churn_intent",
        "competitor_mention",
        "high_value_at_risk",
        "silence",
        "account_risk",
    ]
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    for ai, kind in enumerate(kinds):
        acc = f"acct-h144-{ai + 1:02d}"
        lang = "en" if ai % 2 else "pt"
        n = 4 + ai % 3
        kind_word = ["Hotel", "Casa", "Studio", "Grupo"][ai % 4]
        place = ["Marés", "Holm", "Avenida", "Brook"][ai % 4]
        company = f"{kind_word} {place} {ai + 1}"
        keys: list[str] = []
        unhappy: list[str] = []
        for _ in range(n):
            c = f.person("b2b_happy", "contact", lang, acc)
            c.update(company=company, role="contact", job_title="operations")
            keys.append(c["identifiers"]["customer_id"])
        a: dict[str, Any] = {
            "company": company,
            "site": sites[ai % len(sites)],
            "contacts": n,
            "contact_keys": keys,
            "unhappy_contacts": 0,
            "unhappy_contact_keys": unhappy,
            "at_risk": kind == "at_risk",
            "expected_rules": [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": None,
            "trouble_starts_at": None,
            "language": lang,
            "country": w.MARKET[lang],
        }
        f.accounts[acc] = a
        cs = [f.customers[k] for k in keys]
        if kind == "at_risk":
            prob = w.B2B_PROBLEMS[ai % 4]
            k = 3 + ai % 2
            ref = f.ref()
            t = f.day(2, 9, 11)
            first_name = cs[0]["name"].split()[0]
            a.update(same_problem=prob, trouble_starts_at=iso(t), unhappy_contacts=k)
            a["expected_rules"] = ["account_risk"]
            for j in range(k):
                c = cs[j]
                c.update(
                    persona="b2b_unhappy",
                    habit="complainer",
                    role="complainer",
                    tolerated_rules=list(ctol),
                )
                p = f.pick(w.B2B_PROBLEM[prob], lang)
                text = (
                    p
                    if j == 0
                    else f.pick(w.B2B_FOLLOW, lang).format(
                        first=first_name, day=w.DAYS[lang][t.weekday() % 5], ref=ref, p=p
                    )
                )
                e = f.add(c, t, "email", "message", text)
                c.update(complaint_event_ids=[e], trouble_starts_at=iso(t), booking=ref)
                unhappy.append(c["identifiers"]["customer_id"])
                if j == 0:
                    f.add(
                        c,
                        t + timedelta(minutes=45),
                        "email",
                        "message",
                        f.agent_text(w.CASE_OPENED, lang, ref=ref),
                        True,
                    )
                if j < k - 1:
                    s = f.add(
                        c,
                        t + timedelta(hours=2),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": f.rng.randint(1, 5)},
                        attrs={"survey": "nps"},
                    )
                    c["survey_event_id"] = s
                    f.expect(c, "detractor")
                else:
                    t2 = t + timedelta(hours=f.rng.randint(18, 40))
                    if t2.hour < 8 or t2.hour > 18:
                        t2 = t2.replace(hour=10)
                    rival = f.rng.choice(RIVALS)
                    ch = "email" if ai == 0 else "phone"
                    e2 = f.add(
                        c,
                        t2,
                        ch,
                        "message" if ch == "email" else "call",
                        f.pick(w.B2B_LAST, lang).format(ref=ref, rival=rival),
                    )
                    c["complaint_event_ids"].append(e2)
                    c["competitor"] = rival
                    f.expect(c, "repeat_contact")
                t = t + timedelta(hours=f.rng.randint(8, 28))
                if t.hour < 8 or t.hour > 18:
                    t = t.replace(hour=9)
        elif kind == "one_unhappy":
            c = cs[0]
            c.update(
                persona="b2b_one_unhappy",
                habit="complainer",
                role="complainer",
                tolerated_rules=["sentiment_drop", "high_value_at_risk", "silence"],
            )
            t = f.day(3 + ai % 5, 9, 16)
            ref = f.ref()
            e = f.add(c, t, "email", "message", f.pick(w.B2B_PROBLEM[w.B2B_PROBLEMS[ai % 4]], lang))
            f.add(
                c,
                t + timedelta(minutes=50),
                "email",
                "message",
                f.agent_text(w.CASE_OPENED, lang, ref=ref),
                True,
            )
            s = f.add(
                c,
                t + timedelta(hours=2),
                "survey",
                "survey_response",
                None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.update(
                complaint_event_ids=[e], survey_event_id=s, trouble_starts_at=iso(t), booking=ref
            )
            f.expect(c, "detractor")
            a["unhappy_contacts"] = 1
            unhappy.append(c["identifiers"]["customer_id"])
        elif kind == "mild":
            for c in cs[:2]:
                c.update(
                    persona="b2b_mild",
                    habit="suggests",
                    role="suggests",
                    tolerated_rules=["silence"],
                )
                t = f.day(f.rng.randint(2, 10), 9, 16)
                e = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    f.pick(w.B2B_SUGGEST, lang),
                    attrs={"page": "/business/feedback"},
                )
                f.add(
                    c,
                    t + timedelta(minutes=60),
                    "email",
                    "message",
                    f.agent_text(w.ANSWER, lang),
                    True,
                )
                c.update(mild_event_id=e, trouble_starts_at=iso(t))
        for c in cs:
            if c["persona"] == "b2b_happy":
                for d in sorted(f.rng.sample(range(12), f.rng.randint(2, 5))):
                    if f.rng.random() < 0.5:
                        f.add(c, f.day(d), "community", "post", f.pick(w.B2B_HAPPY, lang))
                    else:
                        f.add(
                            c,
                            f.day(d),
                            "web",
                            "page_view",
                            None,
                            attrs={"page": "/business/portal"},
                        )
    f.expected = {"account_risk": 5, "detractor": 16, "repeat_contact": 5}
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike", datetime(2026, 11, 2, tzinfo=UTC), 7, 14408, "a calm week and one incident"
    )
    for _ in range(40):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(1, 4), list(range(5)), 8, 19)
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once")
        c["tolerated_rules"] = ["silence"]
        t = f.day(0, 10, 16)
        g = f.add(c, t, "chat", "chat", f.pick(w.MILD, c["language"]))
        f.add(
            c, t + timedelta(minutes=3), "chat", "chat", f.agent_text(w.ANSWER, c["language"]), True
        )
        c.update(grumble_event_id=g, trouble_starts_at=iso(t))
    for lang, h in (("en", 9.6), ("pt", 16.1)):
        c = f.person("grumbles_once", "lone question", lang)
        c["tolerated_rules"] = ["silence"]
        t = f.start + timedelta(days=4, minutes=int(h * 60))
        e = f.add(c, t, "chat", "chat", f.pick(w.LONE_Q, lang))
        f.add(c, t + timedelta(minutes=4), "chat", "chat", f.agent_text(w.LONE_A, lang), True)
        c.update(lone_report_event_id=e, trouble_starts_at=iso(t))
    langs = ["en"] * 6 + ["pt"] * 6 + ["fr", "fr", "de", "de", "it", "it", "es", "es"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    s0 = datetime(2026, 11, 7, 8, 10, tzinfo=UTC)
    offs = sorted([0, 45, *f.rng.sample(range(1, 45), 18)])
    keys: list[str] = []
    eids: list[str] = []
    reps: list[str] = []
    for i, lang in enumerate(langs):
        regular = i % 5 < 3
        c = f.person("spike_reporter", "regular" if regular else "new", lang)
        c["tolerated_rules"] = ["silence"]
        if regular:
            f.happy_act(c, f.day(2, 8, 17.5))
        t = s0 + timedelta(minutes=offs[i])
        ch = chans[i]
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        e = f.add(
            c,
            t,
            ch,
            kind,
            f.pick(w.SPIKE, lang).format(code=CODE),
            attrs={"page": "/help"} if ch == "web" else None,
        )
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=3),
                "chat",
                "chat",
                f.agent_text(w.SPIKE_ANSWER, lang),
                True,
            )
        c.update(
            in_spike=True,
            regular=regular,
            spike_event_id=e,
            spike_channel=ch,
            trouble_starts_at=iso(t),
        )
        keys.append(c["identifiers"]["customer_id"])
        eids.append(e)
        if offs[i] <= 25 and len(reps) < 6 and i % 2 == 0:
            ch2 = "email" if ch != "email" else "chat"
            r = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(15, 50)),
                ch2,
                "message" if ch2 == "email" else "chat",
                f.pick(w.SPIKE_AGAIN, lang).format(code=CODE),
            )
            reps.append(r)
            c.update(
                persona="spike_repeater",
                repeat_event_id=r,
                tolerated_rules=["silence", "sentiment_drop"],
            )
            f.expect(c, "repeat_contact")
        elif i % 3 == 1:
            f.add(
                c,
                datetime(2026, 11, 7, 11, 10 + i % 8, tzinfo=UTC),
                "email",
                "message",
                f.agent_text(w.SPIKE_FIXED, lang),
                True,
            )
            c["agent_fixed"] = True
    f.spike = {
        "topic": f"washers skip the rinse and hand back laundry full of detergent, error {CODE}",
        "about": "Espumora washers at every branch end cycles without rinsing",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": len(keys),
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    f.expected = {"repeat_contact": len(reps), "topic_spike": 1}
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
    tot = [0, 0, 0]
    for make in FAMILIES:
        n = make().write()
        print(make.__name__, *n)
        tot = [x + y for x, y in zip(tot, n, strict=True)]
    print("total", *tot)


if __name__ == "__main__":
    main()
