# ruff: noqa: E501
"""Generate heldout153 (written blind, report only). Standard library only, seeded."""

from __future__ import annotations

import json
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as w  # noqa: E402

SEED = 20261107
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
COMPS = ["Cucirio", "Orlatta"]
MARKETS = {
    "en": ["UK", "IE"],
    "it": ["IT", "CH"],
    "fr": ["FR", "BE"],
    "de": ["DE", "AT"],
    "pt": ["PT"],
    "es": ["ES"],
}
LANGS = ["en"] * 4 + ["it"] * 4 + ["fr", "de", "pt", "es"]
NAMES = [
    "Rossi",
    "Bianchi",
    "Smith",
    "Walsh",
    "Moreau",
    "Weber",
    "Costa",
    "Garcia",
    "Ricci",
    "Hughes",
    "Lenoir",
    "Brandt",
    "Silva",
    "Ortega",
    "Greco",
    "Byrne",
]
FIRST = [
    "Giulia",
    "Marco",
    "Emma",
    "Liam",
    "Chloe",
    "Jonas",
    "Ines",
    "Lucia",
    "Sara",
    "Tom",
    "Anna",
    "Paolo",
    "Nora",
    "Rui",
    "Elena",
    "Sean",
]
USED: set[str] = set()
PLANNED: dict[str, dict[str, int]] = {
    "happy_writers": {},
    "one_bad_day": {"detractor": 6},
    "repeat_contacts": {"repeat_contact": 12},
    "slow_churners": {"churn_intent": 5, "detractor": 5, "sentiment_drop": 10},
    "quiet_hours": {},
    "bilingual": {"repeat_contact": 5, "sentiment_drop": 5},
    "b2b_accounts": {"account_risk": 5, "detractor": 12, "repeat_contact": 5},
    "topic_spike": {"repeat_contact": 6, "topic_spike": 1},
}


def uniq(v: str) -> str:
    if v in USED:
        raise SystemExit(f"reused identifier {v}")
    USED.add(v)
    return v


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.r = random.Random(SEED * 100 + n)
        self.rows: list[dict[str, Any]] = []
        self.cust: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.seen: set[str] = set()
        self.k = 0

    def pick(self, table: dict[str, list[str]], lang: str) -> str:
        return self.r.choice(table.get(lang) or table["en"])

    def person(
        self,
        persona: str,
        habit: str,
        lang: str,
        expected: list[str],
        tolerated: list[str],
        account: str | None = None,
        **extra: Any,
    ) -> str:
        i = len(self.cust) + 1
        key = uniq(f"TS{self.code}{1000 + i * 7 + self.r.randint(0, 6):04d}")
        fn, ln = self.r.choice(FIRST), self.r.choice(NAMES)
        market = self.r.choice(MARKETS[lang])
        ids = {
            "customer_id": key,
            "email": uniq(f"{fn.lower()}.{ln.lower()}{i}{self.code.lower()}@mail.example"),
            "phone": uniq(
                f"+{self.r.choice(['39', '44', '33', '49', '351', '34'])}3{len(self.name)}{i:03d}{self.r.randint(10000, 99999)}"
            ),
            "handle": None
            if account
            else uniq(f"@{ln.lower()}_{fn.lower()}{i}{self.code.lower()}"),
            "account_id": account,
        }
        if set(expected) & set(tolerated):
            raise SystemExit(f"{key}: rule both expected and tolerated")
        self.cust[key] = {
            "identifiers": ids,
            "expected_rules": sorted(expected),
            "tolerated_rules": sorted(tolerated),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{fn} {ln}",
        } | extra
        return key

    def add(
        self,
        key: str,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        if not (self.start <= t < LIMIT):
            raise SystemExit(f"time out of window {t}")
        self.k += 1
        eid = f"h153-{self.code.lower()}-{self.k:05d}"
        c = self.cust[key]
        ids = dict(c["identifiers"])
        if not out and key in self.seen:
            keep = {
                "phone": "phone",
                "social": "handle",
                "community": "handle",
                "email": "email",
            }.get(channel, "customer_id")
            if ids.get(keep) is None:
                keep = "email"
            ids = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": ids["account_id"],
            } | {keep: ids[keep]}
        if not out:
            self.seen.add(key)
        a = {"market": c["country"]} | (attrs or {})
        if c["segment"] == "b2b":
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.r.choice(["Chiara", "Owen", "Bea", "Luca"])
        src = {
            "email": "tessaro-mail",
            "phone": "tessaro-voice",
            "social": "tessaro-social",
            "community": "tessaro-forum",
            "chat": "tessaro-chat",
            "web": "tessaro-web",
            "survey": "tessaro-survey",
        }[channel]
        self.rows.append(
            {
                "event_id": eid,
                "occurred_at": iso(t),
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "customer": ids,
                "text": text,
                "subject": subject,
                "scores": scores or {"nps": None, "csat": None, "ces": None},
                "source": src,
                "attributes": a,
            }
        )
        return eid

    def day(self, d: int, h0: int = 8, h1: int = 19) -> datetime:
        return self.start + timedelta(
            days=d, hours=self.r.randint(h0, h1 - 1), minutes=self.r.randint(0, 59)
        )

    def happy_act(self, key: str, t: datetime) -> None:
        lang = self.cust[key]["language"]
        kind = self.r.randrange(6)
        if kind == 0:
            self.add(key, t, "social", "post", self.pick(w.PRAISE, lang))
        elif kind == 1:
            self.add(key, t, "chat", "chat", self.pick(w.QUESTION, lang))
            self.add(
                key, t + timedelta(minutes=3), "chat", "chat", self.pick(w.ANSWER, lang), out=True
            )
            self.add(key, t + timedelta(minutes=6), "chat", "chat", self.pick(w.THANKS, lang))
        elif kind == 2:
            p = self.r.choice(w.PRODUCTS)
            self.add(key, t, "web", "page_view", None, attrs={"page": "/alterations"})
            self.add(
                key,
                t + timedelta(minutes=4),
                "web",
                "purchase",
                None,
                attrs={
                    "order_value": f"{self.r.randint(15, 90)}.00",
                    "currency": "EUR",
                    "product": p,
                    "page": "/checkout",
                },
            )
        elif kind == 3:
            self.add(
                key,
                t,
                "web",
                "review",
                self.pick(w.PRAISE, lang),
                attrs={"rating": "5", "page": "/reviews"},
            )
        elif kind == 5:
            self.add(
                key,
                t,
                "phone",
                "call",
                self.pick(w.QUESTION, lang).lower().replace("?", "").replace(",", ""),
            )
            self.add(
                key,
                t + timedelta(minutes=15),
                "email",
                "message",
                self.pick(w.ANSWER, lang),
                out=True,
            )
        else:
            self.add(
                key,
                t,
                "survey",
                "survey_response",
                self.pick(w.SURVEY_WORD, lang) or None,
                scores={"nps": self.r.choice([9, 10]), "csat": None, "ces": None},
                attrs={"survey": "nps"},
            )

    def happy(
        self, habit: str = "day writer", n: tuple[int, int] = (4, 7), days: int | None = None
    ) -> str:
        key = self.person("happy", habit, self.r.choice(LANGS), [], [])
        dd = self.r.sample(range(days or self.days), min(self.r.randint(*n), days or self.days))
        for d in sorted(dd):
            self.happy_act(key, self.day(d))
        return key

    def case(self) -> str:
        return uniq(f"TS-{self.r.randint(100000, 999999)}")

    def write(self) -> None:
        self.rows.sort(key=lambda r: (r["occurred_at"], r["event_id"]))
        expected: dict[str, int] = {}
        for c in list(self.cust.values()) + list(self.accounts.values()):
            for rule in c["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        if expected != PLANNED[self.name]:
            raise SystemExit(f"{self.name}: expected counts {expected} differ from planned")
        for k, c in self.cust.items():
            low = any(
                r["customer"].get("customer_id") == k
                and r["direction"] == "inbound"
                and (r["scores"]["nps"] if r["scores"]["nps"] is not None else 10) <= 6
                for r in self.rows
            )
            if low != ("detractor" in c["expected_rules"]):
                raise SystemExit(f"{k}: detractor truth and NPS disagree")
        last = max(
            datetime.fromisoformat(r["occurred_at"].replace("Z", "+00:00")) for r in self.rows
        )
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        if end >= LIMIT:
            raise SystemExit("end out of window")
        evs = {r["event_id"]: r for r in self.rows}
        for k, c in self.cust.items():
            for f, v in c.items():
                if f.endswith("event_id") and v and v not in evs:
                    raise SystemExit(f"{k}: missing {v}")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Tessaro",
                "days": self.days,
                "seed": SEED,
                "written": "blind, 2026-12-06",
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": self.cust,
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


def d0(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


def happy_writers() -> Fam:
    f = Fam("happy_writers", "HW", 1, d0(2026, 3, 16), 10, "happy customers only")
    for _ in range(16):
        f.happy(n=(6, 9))
    for _ in range(5):
        k = f.person("happy", "night writer", f.r.choice(LANGS), [], [])
        for d in f.r.sample(range(9), 3):
            f.add(
                k,
                f.start + timedelta(days=d, hours=23, minutes=f.r.randint(0, 50)),
                "social",
                "post",
                f.pick(w.NIGHT, f.cust[k]["language"]),
            )
        f.happy_act(k, f.day(9))
    for _ in range(5):
        k = f.person("happy", "answers surveys", f.r.choice(LANGS), [], [])
        for d in f.r.sample(range(10), 4):
            f.add(
                k,
                f.day(d),
                "survey",
                "survey_response",
                f.pick(w.SURVEY_WORD, f.cust[k]["language"]) or None,
                scores={"nps": f.r.choice([9, 10]), "csat": None, "ces": None},
                attrs={"survey": "nps"},
            )
    return f


def bad_day(
    f: Fam,
    lang: str,
    d: int,
    problem: str,
    detractor: bool,
    channel: str,
    long_email: bool = False,
    persona: str = "happy_one_bad_day",
) -> str:
    k = f.person(
        "bad_day_detractor" if detractor else persona,
        "one bad day",
        lang,
        ["detractor"] if detractor else [],
        ["silence"],
        problem=problem,
    )
    for dd in (0, d + 3) if d + 3 < f.days else (0,):
        f.happy_act(k, f.day(dd))
    t = f.day(d, 8, 18)
    text = f.pick(w.COMPLAINT[problem], lang)
    if long_email:
        text = f.pick(w.LONG_EMAIL, lang).format(c=text)
    kind = {
        "email": "message",
        "chat": "chat",
        "social": "mention",
        "web": "ticket",
        "phone": "call",
    }[channel]
    if channel == "phone":
        text = text.lower().replace(".", "").replace("!", "").replace(",", "")
    eid = f.add(k, t, channel, kind, text, subject="Complaint" if channel == "email" else None)
    f.cust[k].update(
        bad_day_at=iso(t), bad_day_event_id=eid, trouble_starts_at=iso(t), long_email=long_email
    )
    if channel != "social":
        cs = f.case()
        f.cust[k]["booking"] = cs
        f.add(
            k,
            t + timedelta(minutes=20),
            "email",
            "message",
            f.pick(w.CASE_OPENED, lang).format(case=cs),
            out=True,
            subject=f"Case {cs}",
        )
        if detractor:
            f.cust[k]["nps"] = nps = f.r.randint(1, 5)
            f.cust[k]["survey_event_id"] = f.add(
                k,
                t + timedelta(minutes=120),
                "survey",
                "survey_response",
                None,
                scores={"nps": nps, "csat": None, "ces": None},
                attrs={"survey": "nps"},
            )
        if f.r.random() < 0.5:
            f.add(
                k,
                t + timedelta(hours=2),
                "email",
                "message",
                f.pick(w.GOOD_NEWS, lang).format(case=cs),
                out=True,
                subject=f"Case {cs}",
            )
            f.cust[k]["apology_event_id"] = f.add(
                k, t + timedelta(hours=20), "email", "message", f.pick(w.APOLOGY, lang)
            )
    return k


def one_bad_day() -> Fam:
    f = Fam("one_bad_day", "BD", 2, d0(2026, 4, 13), 12, "happy customers with one bad day")
    chans = ["email", "chat", "social", "web", "phone", "email"]
    for i in range(24):
        lang = LANGS[i % len(LANGS)]
        bad_day(
            f,
            lang,
            2 + i % 8,
            w.PROBLEMS[i % 6],
            detractor=i in (0, 1, 3, 4, 9, 10),
            channel=chans[i % 6],
            long_email=i in (0, 7) and lang in ("en", "it"),
        )
    for _ in range(8):
        f.happy(habit="control")
    return f


def repeat_run(f: Fam, lang: str, times: int, d: int, expected: bool = True) -> str:
    k = f.person(
        "repeat_contact",
        "repeats",
        lang,
        ["repeat_contact"],
        ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"],
    )
    f.happy_act(k, f.day(0, 7, 12))
    problem = f.r.choice(w.PROBLEMS)
    cs = f.case()
    t = f.day(d)
    t_first = iso(t)
    first = f.add(
        k, t, "web", "ticket", f.pick(w.COMPLAINT[problem], lang), attrs={"page": "/help"}
    )
    f.add(
        k,
        t + timedelta(minutes=30),
        "email",
        "message",
        f.pick(w.CASE_OPENED, lang).format(case=cs),
        out=True,
        subject=f"Case {cs}",
    )
    ids = [first]
    chans = ["email", "chat", "phone"]
    comp = None
    for n in range(1, times):
        t = t + timedelta(hours=f.r.randint(6, 30))
        if t.hour >= 22 or t.hour < 7:
            t = t.replace(hour=8) + (timedelta(days=1) if t.hour >= 22 else timedelta())
        if n == 2:
            comp = f.r.choice(COMPS)
            text = f.pick(w.THIRD, lang).format(case=cs, comp=comp)
        elif n == 3:
            text = f.pick(w.FOURTH, lang).format(case=cs)
        else:
            text = f.pick(w.STILL_OPEN, lang).format(case=cs)
        ch = chans[n - 1]
        if ch == "phone":
            text = text.lower().replace(".", "").replace("?", "")
        ids.append(
            f.add(
                k,
                t,
                ch,
                {"email": "message", "chat": "chat", "phone": "call"}[ch],
                text,
                subject=f"RE: Case {cs}" if ch == "email" else None,
            )
        )
    f.cust[k].update(
        problem=problem,
        booking=cs,
        problem_event_ids=ids,
        repeat_event_id=ids[1],
        trouble_starts_at=t_first,
        competitor=comp,
        contacts=times,
    )
    return k


def repeat_contacts() -> Fam:
    f = Fam("repeat_contacts", "RC", 3, d0(2026, 5, 25), 10, "open problems raised again")
    for i in range(12):
        repeat_run(f, LANGS[i % len(LANGS)], 2 + i % 3, 1 + i % 4)
    for i in range(5):
        lang = LANGS[(i * 5) % len(LANGS)]
        k = f.person("resolved_between_contacts", "fixed", lang, [], ["silence"])
        cs = f.case()
        t = f.day(1 + i % 3)
        p = f.add(k, t, "email", "message", f.pick(w.COMPLAINT["late"], lang))
        f.add(
            k,
            t + timedelta(hours=2),
            "email",
            "message",
            f.pick(w.GOOD_NEWS, lang).format(case=cs),
            out=True,
            subject=f"Case {cs}",
        )
        c = f.add(
            k, t + timedelta(hours=20), "chat", "chat", f.pick(w.CONFIRM, lang).format(case=cs)
        )
        f.add(k, f.day(7), "chat", "chat", f.pick(w.QUESTION, lang))
        f.cust[k].update(booking=cs, problem_event_ids=[p], confirm_event_id=c)
    for i in range(4):
        lang = LANGS[(i * 3) % len(LANGS)]
        k = f.person("different_problems", "two problems", lang, [], ["silence"])
        f.add(
            k,
            f.day(1),
            "web",
            "ticket",
            f.pick(w.COMPLAINT["wrong_price"], lang),
            attrs={"page": "/help"},
        )
        f.add(k, f.day(6), "email", "message", f.pick(w.COMPLAINT["damage"], lang))
    for _ in range(6):
        f.happy(habit="frequent writer", n=(6, 9))
    return f


def slide(f: Fam, k: str, lang: str, d: int, span: int, nps: bool) -> None:
    ids: list[str] = []
    t = f.day(d, 9, 17)
    comp = f.r.choice(COMPS)
    steps = w.SLIDE.get(lang) or w.SLIDE["en"]
    for i, s in enumerate(steps):
        ch = f.r.choice(["social", "community", "web"])
        kind = {"social": "post", "community": "post", "web": "review"}[ch]
        a = {"rating": str([3, 3, 2, 2, 1, 1][i]), "page": "/reviews"} if ch == "web" else None
        ids.append(f.add(k, t, ch, kind, s.format(comp=comp), attrs=a))
        if i == 3 and nps:
            f.cust[k]["nps"] = v = f.r.randint(1, 5)
            f.cust[k]["survey_event_id"] = f.add(
                k,
                t + timedelta(hours=3),
                "survey",
                "survey_response",
                None,
                scores={"nps": v, "csat": None, "ces": None},
                attrs={"survey": "nps"},
            )
        t = t + timedelta(hours=span * 24 // 6 + f.r.randint(1, 4))
        if t.hour >= 22 or t.hour < 7:
            t = t.replace(hour=9)
    f.cust[k].update(
        slide_event_ids=ids,
        competitor=comp,
        trouble_starts_at=f.rows[-len(ids) - (1 if nps else 0)]["occurred_at"],
    )


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        d0(2026, 6, 29),
        32,
        "sustained slides, leavers, grumpy and steady customers",
    )
    for i in range(10):
        lang = ["en", "it"][i % 2]
        nps = i < 5
        k = f.person(
            "slow_churner",
            "slides",
            lang,
            ["sentiment_drop"] + (["detractor"] if nps else []),
            [
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
        for d in range(0, 11, 2):
            f.add(k, f.day(d), "social", "post", f.pick(w.PRAISE, lang))
        slide(f, k, lang, 12 + i % 5, [3, 5, 9][i % 3], nps)
        f.cust[k]["slide_days"] = [3, 5, 9][i % 3]
    for i in range(5):
        lang = ["en", "it"][i % 2]
        k = f.person(
            "slow_churner",
            "asks to cancel",
            lang,
            ["churn_intent"],
            ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        for d in (1, 5, 9):
            f.happy_act(k, f.day(d))
        t = f.day(14 + i * 2)
        ce = f.add(k, t, "email", "message", f.pick(w.CANCEL, lang), subject="Cancel membership")
        f.add(k, t + timedelta(hours=2), "email", "message", f.pick(w.CANCEL_REPLY, lang), out=True)
        ca = f.add(
            k,
            t + timedelta(hours=3),
            "web",
            "cancellation",
            None,
            attrs={"page": "/account/cancel", "product": "Tessaro Club"},
        )
        f.cust[k].update(
            churn_intent_event_id=ce,
            cancellation_event_id=ca,
            churn_at=iso(t + timedelta(hours=3)),
            trouble_starts_at=iso(t),
        )
    for i in range(6):
        lang = ["en", "it"][i % 2]
        k = f.person("steadily_grumpy", "grumbles", lang, [], ["repeat_contact", "silence"])
        g = [
            f.add(k, f.day(d), "community", "post", f.pick(w.GRUMPY, lang))
            for d in (1, 8, 15, 22, 29)
        ]
        f.cust[k]["grumble_event_ids"] = g
    for _ in range(10):
        f.happy(habit="steady", n=(5, 9))
    return f


def quiet_hours() -> Fam:
    f = Fam("quiet_hours", "QH", 5, d0(2026, 8, 21), 3, "calm weekend with night owls, no spike")
    for _ in range(16):
        f.happy(n=(2, 3), days=3)
    for i in range(4):
        lang = ["en", "it"][i % 2]
        k = f.person("grumbles_once", "grumbles once", lang, [], ["silence"])
        t = f.day(i % 3, 9, 17)
        f.add(k, t, "web", "page_view", None, attrs={"page": "/pickup-points"})
        g = f.add(k, t + timedelta(minutes=25), "chat", "chat", f.pick(w.MILD, lang))
        f.add(k, t + timedelta(minutes=28), "chat", "chat", f.pick(w.ANSWER, lang), out=True)
        f.cust[k]["grumble_event_id"] = g
    for night in range(3):
        base = f.start + timedelta(days=night + 1, minutes=f.r.randint(40, 65))
        for b, off in enumerate((0, 30, 60)):
            for _ in range(4):
                lang = f.r.choice(LANGS)
                k = f.person("night_owl", f"night {night}, burst {b}", lang, [], [])
                t = base + timedelta(minutes=off + f.r.randint(0, 9))
                f.cust[k]["night_event_id"] = f.add(k, t, "social", "post", f.pick(w.NIGHT, lang))
                f.cust[k]["burst_at"] = iso(base + timedelta(minutes=off))
    return f


def bilingual() -> Fam:
    f = Fam("bilingual", "BL", 6, d0(2026, 9, 14), 14, "customers writing in two languages")
    pairs = [("en", "it"), ("it", "en"), ("it", "fr"), ("en", "de"), ("it", "es"), ("en", "pt")]
    for i in range(12):
        a, b = pairs[i % 6]
        k = f.person(
            "happy",
            "alternates languages",
            a,
            [],
            [],
            languages=[a, b],
            job_second_language="works abroad",
        )
        for j, d in enumerate(sorted(f.r.sample(range(14), 6))):
            f.cust[k]["language"] = [a, b][j % 2]
            f.happy_act(k, f.day(d))
        f.cust[k]["language"] = a
    for i in range(5):
        a, b = pairs[i % 6]
        k = repeat_run(f, a, 2 + i % 3, 2 + i % 3)
        f.cust[k].update(languages=[a, b])
    for i in range(5):
        a, b = pairs[i % 2]
        k = f.person(
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
        )
        for j in range(5):
            f.add(k, f.day(j), "social", "post", f.pick(w.PRAISE, [a, b][j % 2]))
        slide(f, k, [a, b][i % 2], 7, 4, False)
    for i in range(3):
        a, b = pairs[i % 6]
        k = bad_day(f, b, 5 + i, w.PROBLEMS[i], False, "email")
        f.cust[k].update(languages=[a, b], bad_day_language=b)
    for i in range(2):
        a, b = pairs[i % 6]
        k = f.person("happy_one_sarcastic_remark", "happy", a, [], ["silence"], languages=[a, b])
        f.happy_act(k, f.day(1))
        f.cust[k]["sarcasm_event_id"] = f.add(k, f.day(6), "social", "post", f.pick(w.SARCASM, a))
        f.happy_act(k, f.day(10))
    return f


def b2b_accounts() -> Fam:
    f = Fam("b2b_accounts", "BB", 7, d0(2026, 10, 5), 14, "company accounts of Tessaro Uniform")
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 3 + ["mild"] * 2 + ["happy"] * 5
    for ai, kind in enumerate(kinds):
        lang = ["en", "it"][ai % 2]
        acc = uniq(f"TSU-{ai + 1:02d}-{f.r.randint(1000, 9999)}")
        n = [4, 4, 5, 4, 4][ai] if kind == "at_risk" else 4 if kind != "happy" else 3 + ai % 2
        keys: list[str] = []
        unhappy: list[str] = []
        problem = w.B2B_PROBLEMS[ai % 4] if kind == "at_risk" else None
        cs = f.case() if kind in ("at_risk", "one_unhappy") else None
        n_unhappy = (3 + ai % 2) if kind == "at_risk" else 1 if kind == "one_unhappy" else 0
        t = d0(2026, 10, 7) + timedelta(hours=9 + ai % 4)
        first_t = None
        for ci in range(n):
            if ci < n_unhappy:
                last = kind == "at_risk" and ci == n_unhappy - 1
                exp = (["repeat_contact"] if last else ["detractor"]) if kind == "at_risk" else []
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
                k = f.person(
                    "b2b_unhappy" if kind == "at_risk" else "b2b_one_unhappy",
                    "complainer",
                    lang,
                    exp,
                    tol,
                    account=acc,
                    company=f"Hotel {ai}",
                    role="complainer",
                )
                unhappy.append(k)
                p = problem or "invoice"
                e = f.add(
                    k,
                    t,
                    "email",
                    "message",
                    f.pick(w.B2B_COMPLAINT[p], lang).format(case=cs),
                    subject=f"Complaint {cs}",
                )
                first_t = first_t or t
                f.cust[k]["complaint_event_ids"] = [e]
                if ci == 0:
                    f.add(
                        k,
                        t + timedelta(minutes=40),
                        "email",
                        "message",
                        f.pick(w.CASE_OPENED, lang).format(case=cs),
                        out=True,
                    )
                if kind == "at_risk" and not last:
                    f.cust[k]["nps"] = v = f.r.randint(1, 5)
                    f.cust[k]["survey_event_id"] = f.add(
                        k,
                        t + timedelta(hours=2),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": v, "csat": None, "ces": None},
                        attrs={"survey": "nps"},
                    )
                if last:
                    t2 = t + timedelta(days=2)
                    while t2.weekday() >= 5:
                        t2 += timedelta(days=1)
                    f.cust[k]["complaint_event_ids"].append(
                        f.add(
                            k,
                            t2,
                            "phone",
                            "call",
                            f.pick(w.B2B_LAST, lang)
                            .format(case=cs, comp=f.r.choice(COMPS))
                            .lower()
                            .replace(",", ""),
                        )
                    )
                t = (t + timedelta(days=1)).replace(hour=9 + ci)
                while t.weekday() >= 5:
                    t += timedelta(days=1)
            elif kind == "mild" and ci == 0:
                k = f.person(
                    "b2b_mild",
                    "suggests",
                    lang,
                    [],
                    ["silence"],
                    account=acc,
                    company=f"Hotel {ai}",
                    role="suggests",
                )
                f.cust[k]["mild_event_id"] = f.add(
                    k, f.day(3, 9, 15), "email", "message", f.pick(w.B2B_MILD, lang)
                )
            else:
                k = f.person(
                    "b2b_happy",
                    "contact",
                    lang,
                    [],
                    [],
                    account=acc,
                    company=f"Hotel {ai}",
                    role="contact",
                )
                for d in f.r.sample([0, 1, 2, 3, 4, 7, 8, 9, 10, 11], 2):
                    t0 = f.day(d, 8, 16)
                    f.add(k, t0, "email", "message", f.pick(w.B2B_PRAISE, lang))
                    f.add(
                        k,
                        t0 + timedelta(minutes=30),
                        "email",
                        "message",
                        f.pick(w.THANKS, lang),
                        out=True,
                    )
            keys.append(k)
        f.accounts[acc] = {
            "company": f"Hotel {ai}",
            "site": "hotel",
            "contacts": n,
            "contact_keys": keys,
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": unhappy,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem,
            "trouble_starts_at": iso(first_t) if kind == "at_risk" and first_t else None,
            "language": lang,
            "country": f.cust[keys[0]]["country"],
        }
    return f


def topic_spike() -> Fam:
    f = Fam("topic_spike", "TS", 8, d0(2026, 11, 2), 7, "calm week and one planted spike")
    for _ in range(40):
        f.happy(n=(2, 5), days=5)
    for i in range(2):
        lang = ["en", "it"][i]
        k = f.person("grumbles_once", "grumbles once", lang, [], ["silence"])
        f.cust[k]["grumble_event_id"] = f.add(k, f.day(0), "chat", "chat", f.pick(w.MILD, lang))
    for i in range(2):
        lang = ["en", "it"][i]
        k = f.person("grumbles_once", "lone question", lang, [], ["silence"])
        t = f.start + timedelta(days=4, hours=10 + i * 5)
        f.cust[k]["lone_report_event_id"] = f.add(k, t, "chat", "chat", f.pick(w.LONE_Q, lang))
        f.add(k, t + timedelta(minutes=4), "chat", "chat", f.pick(w.LONE_A, lang), out=True)
    s0 = d0(2026, 11, 7) + timedelta(hours=9, minutes=20)
    langs = ["en"] * 6 + ["it"] * 6 + ["fr", "fr", "de", "de", "pt", "pt", "es", "es"]
    keys: list[str] = []
    evs: list[str] = []
    reps: list[str] = []
    for i, lang in enumerate(langs):
        rep = i % 3 == 0 and len(reps) < 6
        k = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if i < 12 else "new",
            lang,
            ["repeat_contact"] if rep else [],
            ["silence", "sentiment_drop"] if rep else ["silence"],
            in_spike=True,
        )
        if i < 12:
            f.happy_act(k, f.day(2))
        t = s0 + timedelta(minutes=round(i * 45 / 19))
        ch = ["social", "chat", "community", "email", "web"][i % 5]
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        e = f.add(
            k, t, ch, kind, f.pick(w.SPIKE, lang), attrs={"page": "/help"} if ch == "web" else None
        )
        if ch == "chat":
            f.add(
                k, t + timedelta(minutes=2), "chat", "chat", f.pick(w.SPIKE_ANSWER, lang), out=True
            )
        keys.append(k)
        evs.append(e)
        f.cust[k].update(spike_event_id=e, spike_channel=ch, trouble_starts_at=iso(t))
        if rep:
            r = f.add(
                k,
                t + timedelta(minutes=25),
                "email" if ch != "email" else "chat",
                "message" if ch != "email" else "chat",
                f.pick(w.SPIKE_AGAIN, lang),
            )
            f.cust[k]["repeat_event_id"] = r
            reps.append(r)
        elif i % 3 == 1:
            f.add(
                k,
                d0(2026, 11, 7) + timedelta(hours=13, minutes=10 + i),
                "email",
                "message",
                f.pick(w.SPIKE_FIXED, lang),
                out=True,
            )
            f.cust[k]["agent_fixed"] = True
    f.spike = {
        "topic": "alterations app measurement card converts every entry as if inches, edits refused, error MSR/C2I-7",
        "about": "measurement card",
        "channel": None,
        "start": iso(s0),
        "end": f.cust[keys[-1]]["trouble_starts_at"],
        "customers": len(keys),
        "customer_keys": keys,
        "event_ids": evs,
        "repeat_event_ids": reps,
    }
    return f


def main() -> None:
    for build in (
        happy_writers,
        one_bad_day,
        repeat_contacts,
        slow_churners,
        quiet_hours,
        bilingual,
        b2b_accounts,
        topic_spike,
    ):
        build().write()


if __name__ == "__main__":
    main()
