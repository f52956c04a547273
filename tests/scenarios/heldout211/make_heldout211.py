"""Build heldout211 (report only, written blind): python make_heldout211.py."""

# ruff: noqa: E501

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

SEED = 20261206
CH_ID = {"phone": "phone", "social": "handle", "community": "handle", "email": "email"}
SRC = {
    "email": "stiravo-mail",
    "phone": "stiravo-voice",
    "social": "stiravo-social",
    "community": "stiravo-forum",
    "chat": "stiravo-chat",
    "web": "stiravo-web",
    "survey": "stiravo-survey",
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


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.rng = random.Random(SEED * 100 + n)
        self.rough = random.Random(SEED * 100 + 50 + n)
        self.rows: list[dict[str, Any]] = []
        self.cust: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.seq = 0
        self.ncust = 0
        self.ncase = 0

    def pick(self, table: dict[str, list[str]], lang: str) -> str:
        return self.rng.choice(table[lang])

    def person(
        self,
        lang: str,
        persona: str,
        habit: str,
        expected: list[str],
        tolerated: list[str],
        account: str | None = None,
        handle: bool = True,
    ) -> dict[str, Any]:
        self.ncust += 1
        key = f"ST{self.code}{1000 + self.ncust * 7 + self.rng.randrange(7)}"
        first = self.pick(w.FIRST, lang)
        last = self.pick(w.LAST, lang)
        market = self.rng.choice(w.MARKET[lang])
        slug = f"{first}.{last}".lower().translate(str.maketrans("éèüöäßíóáêç", "eeuoasioaec"))
        dom = (
            f"{account.lower().replace('-', '')}.example"
            if account
            else self.rng.choice(["mailbox.example", "posta.example", "web.example"])
        )
        ids = {
            "customer_id": key,
            "email": f"{slug}{self.ncust}{self.code.lower()}@{dom}",
            "phone": f"{w.PHONE[market]}{self.rng.randrange(10**7, 10**8)}{self.ncust % 10}",
            "handle": f"@{slug.replace('.', '_')}{self.code.lower()}{self.ncust}"
            if handle and not account
            else None,
            "account_id": account,
        }
        c = {
            "identifiers": ids,
            "expected_rules": expected,
            "tolerated_rules": tolerated,
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
        }
        self.cust[key] = c
        return c

    def roughen(self, text: str) -> str:
        r = self.rough.random()
        if r < 0.14:
            words = [
                i
                for i, x in enumerate(text.split(" "))
                if x.isalpha() and x.islower() and len(x) > 4
            ]
            if words:
                parts = text.split(" ")
                i = self.rough.choice(words)
                x = parts[i]
                j = self.rough.randrange(1, len(x) - 2)
                parts[i] = x[:j] + x[j + 1] + x[j] + x[j + 2 :]
                return " ".join(parts)
        elif r < 0.26 and text[:1].isupper():
            return text[0].lower() + text[1:]
        elif r < 0.34:
            return text.translate(str.maketrans("àèéìòùíóáêç", "aeeiouioaec"))
        return text

    def add(
        self,
        t: datetime,
        c: dict[str, Any],
        channel: str,
        text: str | None = None,
        out: bool = False,
        kind: str | None = None,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
        subject: str | None = None,
    ) -> str:
        self.seq += 1
        eid = f"h211-{self.code.lower()}-{self.seq:05d}"
        if text is not None and not out and channel not in ("phone", "survey"):
            text = self.roughen(text)
        if text is not None and channel == "social" and not out and "Stiravo" not in text:
            text = "@Stiravo " + text
        elif text is not None and channel == "social" and not out:
            text = text.replace("Stiravo", "@Stiravo", 1)
        a = {"market": c["country"]}
        if c["segment"] == "b2b":
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(["Mara", "Jens", "Elisa", "Rui"])
        a.update(attrs or {})
        self.rows.append(
            {
                "event_id": eid,
                "occurred_at": t,
                "channel": channel,
                "kind": kind or KIND[channel],
                "direction": "outbound" if out else "inbound",
                "cust": c,
                "text": text,
                "subject": subject,
                "scores": scores or {},
                "source": SRC[channel],
                "attributes": a,
            }
        )
        return eid

    def day(self, d: int, h0: float = 8.0, h1: float = 19.0) -> datetime:
        return self.start + timedelta(days=d, hours=self.rng.uniform(h0, h1))

    def case(self) -> str:
        self.ncase += 1
        return f"ST-{self.code}{300000 + self.ncase * 37}"

    def happy_act(self, c: dict[str, Any], t: datetime) -> None:
        lang = c["language"]
        k = self.rng.randrange(7)
        if k == 0:
            self.add(t, c, self.rng.choice(["social", "community"]), self.pick(w.PRAISE, lang))
        elif k == 1:
            self.add(t, c, "chat", self.pick(w.QUESTION, lang))
            t2 = t + timedelta(minutes=self.rng.randint(1, 6))
            self.add(t2, c, "chat", self.pick(w.ANSWER, lang), out=True)
            if self.rng.random() < 0.6:
                self.add(
                    t2 + timedelta(minutes=self.rng.randint(1, 4)),
                    c,
                    "chat",
                    self.pick(w.THANKS, lang),
                )
        elif k == 2:
            self.add(t, c, "web", kind="page_view", attrs={"page": "/slots"})
            self.add(
                t + timedelta(minutes=self.rng.randint(2, 9)),
                c,
                "web",
                kind="purchase",
                attrs={
                    "page": "/checkout",
                    "product": "Shirt bag 10 / Sacco camicie 10",
                    "order_value": f"{self.rng.randint(19, 39)}.90",
                    "currency": "GBP"
                    if c["country"] in ("UK",)
                    else "CHF"
                    if c["country"] == "CH"
                    else "EUR",
                },
            )
        elif k == 3:
            self.add(
                t,
                c,
                "web",
                self.pick(w.GRIPE, lang),
                kind="review",
                attrs={"rating": "4", "page": "/reviews"},
            )
        elif k == 4:
            self.add(
                t,
                c,
                "survey",
                self.pick(w.SURVEY_WORD, lang) or None,
                scores=self.rng.choice(
                    [
                        {"nps": self.rng.randint(9, 10)},
                        {"csat": self.rng.randint(4, 5)},
                        {"ces": self.rng.randint(6, 7)},
                    ]
                ),
                attrs={"survey": "nps"},
            )
        elif k == 5:
            self.add(t, c, "social", self.pick(w.JOKE, lang))
        else:
            self.add(t, c, "web", kind="page_view", attrs={"page": "/club"})

    def happy(self, c: dict[str, Any], days: list[int], h0: float = 7.0, h1: float = 20.0) -> None:
        for d in days:
            self.happy_act(c, self.day(d, h0, h1))

    def write(self) -> tuple[int, int, int]:
        self.rows.sort(key=lambda r: (r["occurred_at"], r["event_id"]))
        seen: set[str] = set()
        lines = []
        for r in self.rows:
            c = r["cust"]
            ids = dict(c["identifiers"])
            key = ids["customer_id"]
            full = r["direction"] == "outbound" or (key not in seen and r["direction"] == "inbound")
            if r["direction"] == "inbound":
                seen.add(key)
            if full:
                ref = {k: v for k, v in ids.items()}
            else:
                f = CH_ID.get(r["channel"], "customer_id")
                if f == "handle" and not ids["handle"]:
                    f = "email"
                ref = {k: None for k in ids}
                ref[f] = ids[f]
                ref["account_id"] = ids["account_id"]
            row = {
                "event_id": r["event_id"],
                "occurred_at": iso(r["occurred_at"]),
                "channel": r["channel"],
                "kind": r["kind"],
                "direction": r["direction"],
                "customer": ref,
                "text": r["text"],
                "subject": r["subject"],
                "scores": {
                    "nps": r["scores"].get("nps"),
                    "csat": r["scores"].get("csat"),
                    "ces": r["scores"].get("ces"),
                },
                "source": r["source"],
                "attributes": r["attributes"],
            }
            lines.append(json.dumps(row, ensure_ascii=False))
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        last = self.rows[-1]["occurred_at"]
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        expected: dict[str, int] = {}
        for c in self.cust.values():
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
                "business": "Stiravo",
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-06",
                "expected": expected,
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": self.cust,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        return len(self.cust), len(self.rows), sum(r["direction"] == "outbound" for r in self.rows)


def lang_of(rng: random.Random) -> str:
    return str(rng.choices(w.LANGS, weights=[30, 30, 10, 10, 10, 10])[0])


REPEAT_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
SLIDE_TOL = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]


def complaint(
    f: Fam, c: dict[str, Any], t: datetime, problem: str, channel: str, long_mail: bool = False
) -> str:
    lang = c["language"]
    if channel == "phone":
        return f.add(t, c, "phone", f.pick(w.CALL[problem], lang))
    text = f.pick(w.COMPLAINT[problem], lang)
    if long_mail and lang in w.LONG_OPEN:
        text = f.pick(w.LONG_OPEN, lang) + text + f.pick(w.LONG_CLOSE, lang)
    return f.add(t, c, channel, text, attrs={"page": "/help"} if channel == "web" else None)


def reply(
    f: Fam,
    c: dict[str, Any],
    t: datetime,
    table: dict[str, list[str]],
    case: str,
    channel: str = "email",
) -> str:
    return f.add(t, c, channel, f.pick(table, c["language"]).replace("CASE", case), out=True)


def repeat_run(f: Fam, c: dict[str, Any], d0: int, times: int, chans: list[str]) -> None:
    problem = f.rng.choice(list(w.COMPLAINT))
    case = f.case()
    t = f.day(d0, 8, 18)
    ev = [complaint(f, c, t, problem, chans[0])]
    reply(
        f,
        c,
        t + timedelta(minutes=f.rng.randint(10, 40)),
        w.CASE_OPENED,
        case,
        "chat" if chans[0] == "chat" else "email",
    )
    comp = f.rng.choice(w.COMPETITORS)
    for i in range(1, times):
        t = t + timedelta(hours=f.rng.uniform(4, 40))
        if t.hour >= 22 or t.hour < 7:
            t = (t + timedelta(hours=10)).replace(hour=8, minute=f.rng.randint(0, 59))
        text = f.pick(w.STILL_OPEN, c["language"]).replace("CASE", case)
        if i == 2:
            text += f.pick(w.THIRD, c["language"]).replace("COMP", comp)
        if i == 3:
            text += f.pick(w.FOURTH, c["language"])
        ch = chans[i]
        if ch == "phone":
            text = text.lower().replace(".", "").replace(",", "").replace("!", "")
        ev.append(f.add(t, c, ch, text))
        if ch == "chat":
            f.add(t + timedelta(minutes=3), c, "chat", f.pick(w.URGENT, c["language"]), out=True)
    c.update(
        {
            "problem": problem,
            "booking": case,
            "problem_event_ids": ev,
            "contacts": times,
            "competitor": comp if times >= 3 else None,
            "trouble_starts_at": iso(
                t
                if times == 1
                else f.rows[[r["event_id"] for r in f.rows].index(ev[0])]["occurred_at"]
            ),
        }
    )


def slide(f: Fam, c: dict[str, Any], d0: int, span: int) -> list[str]:
    comp = f.rng.choice(w.COMPETITORS)
    ev = []
    for i, text in enumerate(w.SLIDE[c["language"]]):
        t = f.day(d0 + round(i * span / 5), 8, 20)
        ch = f.rng.choice(["social", "community", "web"])
        ev.append(
            f.add(
                t,
                c,
                ch,
                text.replace("COMP", comp),
                kind="review" if ch == "web" else None,
                attrs={"rating": str([3, 3, 2, 2, 1, 1][i]), "page": "/reviews"}
                if ch == "web"
                else None,
            )
        )
    c.update({"slide_event_ids": ev, "slide_days": span, "competitor": comp})
    return ev


def happy_writers() -> Fam:
    f = Fam("happy_writers", "HW", 1, datetime(2026, 3, 16, tzinfo=UTC), 10, "happy writers only")
    for i in range(26):
        c = f.person(lang_of(f.rng), "happy", "night writer" if i >= 21 else "day writer", [], [])
        f.happy(c, f.rng.sample(range(10), f.rng.randint(5, 8)))
        if i >= 21:
            for d in f.rng.sample(range(9), 3):
                t = f.start + timedelta(days=d, hours=22, minutes=f.rng.randint(12, 300))
                if f.rng.random() < 0.5:
                    f.add(t, c, "social", f.pick(w.NIGHT, c["language"]))
                else:
                    f.add(t, c, "chat", f.pick(w.NIGHT_Q, c["language"]))
                    f.add(
                        t + timedelta(minutes=4),
                        c,
                        "chat",
                        f.pick(w.NIGHT_A, c["language"]),
                        out=True,
                    )
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        datetime(2026, 4, 13, tzinfo=UTC),
        12,
        "happy customers with one bad day",
    )
    chans = ["email"] * 8 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    for i in range(24):
        det = i % 4 == 0
        c = f.person(
            f.rng.choice(["de", "it"]) if i < 4 else lang_of(f.rng),
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            ["detractor"] if det else [],
            ["silence"],
        )
        bd = 2 + i % 8
        f.happy(c, [d for d in f.rng.sample(range(12), 4) if d < bd - 1 or d > bd + 2])
        t = f.day(bd, 8, 20)
        problem = list(w.COMPLAINT)[i % 3]
        ev = complaint(f, c, t, problem, chans[i], long_mail=i < 4)
        c.update(
            {
                "problem": problem,
                "bad_day_at": iso(t),
                "bad_day_event_id": ev,
                "trouble_starts_at": iso(t),
                "long_email": i < 4,
            }
        )
        if chans[i] != "social":
            case = f.case()
            reply(
                f,
                c,
                t + timedelta(minutes=f.rng.randint(10, 40)),
                w.CASE_OPENED,
                case,
                "chat" if chans[i] == "chat" else "email",
            )
            c["booking"] = case
            if det:
                s = f.add(
                    t + timedelta(minutes=f.rng.randint(100, 140)),
                    c,
                    "survey",
                    f.pick(w.LOW_WORD, c["language"]) or None,
                    scores={"nps": f.rng.randint(1, 5)},
                    attrs={"survey": "nps"},
                )
                c.update({"nps_given": True, "survey_event_id": s})
            if i % 2 == 1:
                reply(f, c, t + timedelta(hours=f.rng.uniform(1, 4)), w.GOOD_NEWS, case)
                if i % 4 == 1:
                    a = f.add(
                        t + timedelta(hours=f.rng.uniform(16, 24)),
                        c,
                        "chat",
                        f.pick(w.APOLOGY, c["language"]),
                    )
                    c.update({"apologised": True, "apology_event_id": a})
    for _ in range(8):
        c = f.person(lang_of(f.rng), "happy", "control", [], [])
        f.happy(c, f.rng.sample(range(12), f.rng.randint(4, 7)))
    return f


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        datetime(2026, 5, 25, tzinfo=UTC),
        10,
        "repeat contacts and fixed problems",
    )
    others = ["email", "chat", "phone", "web", "social"]
    for i in range(12):
        c = f.person(
            f.rng.choice(["de", "it"]) if i < 6 else lang_of(f.rng),
            "repeat_contact",
            "repeats",
            ["repeat_contact"],
            REPEAT_TOL,
        )
        f.happy(c, [0], 7, 12)
        first = ["web", "email", "chat", "phone"][i % 4]
        chans = [first, *f.rng.sample([x for x in others if x != first], 3)]
        repeat_run(f, c, 1 + i % 4, 2 + i % 3, chans)
    for _ in range(5):
        c = f.person(lang_of(f.rng), "resolved_between_contacts", "fixed", [], ["silence"])
        t = f.day(1 + f.rng.randrange(3))
        problem = f.rng.choice(list(w.COMPLAINT))
        case = f.case()
        ev = complaint(f, c, t, problem, "web")
        reply(f, c, t + timedelta(minutes=20), w.CASE_OPENED, case)
        g = t + timedelta(hours=f.rng.uniform(3, 20))
        if g.hour >= 21 or g.hour < 7:
            g = (g + timedelta(hours=11)).replace(hour=9)
        reply(f, c, g, w.GOOD_NEWS, case)
        cf = f.add(
            g + timedelta(hours=f.rng.uniform(8, 30)),
            c,
            "email",
            f.pick(w.CONFIRM, c["language"]).replace("CASE", case),
            subject=f"Re: {case}",
        )
        c.update(
            {
                "problems": [
                    {
                        "problem": problem,
                        "booking": case,
                        "problem_event_ids": [ev],
                        "confirm_event_id": cf,
                    }
                ]
            }
        )
    for _ in range(10):
        c = f.person(lang_of(f.rng), "happy", "frequent writer", [], [])
        f.happy(c, f.rng.sample(range(10), f.rng.randint(5, 8)))
    return f


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        datetime(2026, 6, 29, tzinfo=UTC),
        32,
        "slow churners, leavers, steady and grumpy",
    )
    for i in range(10):
        det = i < 5
        c = f.person(
            f.rng.choice(["de", "it"]) if i < 5 else lang_of(f.rng),
            "slow_churner",
            "slides",
            ["sentiment_drop", "detractor"] if det else ["sentiment_drop"],
            SLIDE_TOL,
        )
        for d in f.rng.sample(range(11), 5):
            f.add(
                f.day(d), c, f.rng.choice(["social", "community"]), f.pick(w.PRAISE, c["language"])
            )
        f.happy(c, f.rng.sample(range(11), 3))
        ev = slide(f, c, 12 + i % 5, [3, 5, 9][i % 3])
        c["trouble_starts_at"] = iso(f.rows[-6]["occurred_at"])
        if det:
            t4 = next(r["occurred_at"] for r in f.rows if r["event_id"] == ev[3])
            s = f.add(
                t4 + timedelta(hours=3),
                c,
                "survey",
                f.pick(w.LOW_WORD, c["language"]) or None,
                scores={"nps": f.rng.randint(1, 5)},
                attrs={"survey": "nps"},
            )
            c.update({"nps_given": True, "survey_event_id": s})
    for _ in range(5):
        c = f.person(
            lang_of(f.rng),
            "slow_churner",
            "asks to cancel",
            ["churn_intent"],
            ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        f.happy(c, f.rng.sample(range(15), 5))
        t = f.day(17 + f.rng.randrange(6))
        req = f.add(t, c, "email", f.pick(w.CANCEL_REQ, c["language"]))
        f.add(
            t + timedelta(hours=f.rng.uniform(1, 4)),
            c,
            "email",
            f.pick(w.SORRY_GO, c["language"]),
            out=True,
        )
        cx = f.add(
            t + timedelta(hours=f.rng.uniform(20, 30)),
            c,
            "web",
            kind="cancellation",
            attrs={"page": "/club/cancel", "product": "Stiravo Club"},
        )
        c.update(
            {"churn_intent_event_id": req, "cancellation_event_id": cx, "trouble_starts_at": iso(t)}
        )
    for _ in range(6):
        c = f.person(lang_of(f.rng), "happy", "steady", [], [])
        f.happy(c, f.rng.sample(range(32), f.rng.randint(6, 10)))
    for _ in range(5):
        c = f.person(
            lang_of(f.rng), "steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"]
        )
        gs = [
            f.add(
                f.day(d),
                c,
                f.rng.choice(["social", "community", "web"]),
                f.pick(w.GRUMBLE, c["language"]),
            )
            for d in range(f.rng.randrange(4), 32, 5)
        ]
        c["grumble_event_ids"] = gs
    for _ in range(5):
        c = f.person(lang_of(f.rng), "happy_one_sarcastic_remark", "happy", [], ["silence"])
        f.happy(c, f.rng.sample(range(16), 5))
        c["sarcasm_event_id"] = f.add(
            f.day(17 + f.rng.randrange(10)), c, "social", f.pick(w.SARCASM, c["language"])
        )
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        datetime(2026, 8, 21, tzinfo=UTC),
        3,
        "a calm weekend with night bursts",
    )
    for i in range(20):
        c = f.person(
            lang_of(f.rng),
            "grumbles_once" if i >= 16 else "happy",
            "grumbles once" if i >= 16 else "day writer",
            [],
            ["silence"] if i >= 16 else [],
        )
        f.happy(c, f.rng.sample(range(3), f.rng.randint(1, 3)), 7, 17.5)
        if i >= 16:
            t = f.day(f.rng.randrange(3), 9, 17)
            c["grumble_event_id"] = f.add(t, c, "chat", f.pick(w.MILD, c["language"]))
            f.add(t + timedelta(minutes=5), c, "chat", f.pick(w.ANSWER, c["language"]), out=True)
    for n in range(3):
        b0 = f.start + timedelta(days=n + 1, minutes=f.rng.randint(40, 65))
        for b, off in enumerate((0, 30, 60)):
            for _ in range(4):
                c = f.person(lang_of(f.rng), "night_owl", f"night {n + 1}, burst {b + 1}", [], [])
                t = b0 + timedelta(minutes=off + f.rng.randint(0, 9))
                if f.rng.random() < 0.5:
                    e = f.add(t, c, "social", f.pick(w.NIGHT, c["language"]))
                else:
                    e = f.add(t, c, "chat", f.pick(w.NIGHT_Q, c["language"]))
                    f.add(
                        t + timedelta(minutes=3),
                        c,
                        "chat",
                        f.pick(w.NIGHT_A, c["language"]),
                        out=True,
                    )
                    f.add(t + timedelta(minutes=6), c, "chat", f.pick(w.THANKS, c["language"]))
                c.update({"burst_at": iso(t), "night_event_id": e})
                if f.rng.random() < 0.5:
                    f.happy(c, [n], 9, 17.5)
    return f


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        6,
        datetime(2026, 9, 14, tzinfo=UTC),
        14,
        "customers writing in two languages",
    )
    pairs = [
        ("de", "it"),
        ("it", "de"),
        ("de", "en"),
        ("it", "fr"),
        ("de", "fr"),
        ("it", "es"),
        ("pt", "it"),
        ("es", "de"),
        ("en", "it"),
    ]
    for i in range(27):
        a, b = pairs[i % len(pairs)]
        if i < 12:
            c = f.person(a, "happy", "alternates languages", [], [])
            for k, d in enumerate(f.rng.sample(range(14), 6)):
                c["language"] = (a, b)[k % 2]
                f.happy_act(c, f.day(d))
        elif i < 17:
            c = f.person(a, "repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
            f.happy(c, [0, 1])
            c["language"] = b
            repeat_run(f, c, 2 + i % 3, 2 + i % 3, ["web", "email", "chat", "phone"])
        elif i < 22:
            c = f.person(a, "slow_churner", "slides", ["sentiment_drop"], SLIDE_TOL)
            for d in range(5):
                c["language"] = (a, b)[d % 2]
                f.add(f.day(d), c, "social", f.pick(w.PRAISE, c["language"]))
            c["language"] = b
            slide(f, c, 7, 4)
        else:
            c = f.person(a, "happy_one_bad_day", "one bad day", [], ["silence"])
            f.happy(c, [0, 2, 9])
            c["language"] = b
            t = f.day(5)
            c["bad_day_event_id"] = complaint(f, c, t, "scorched", "email", long_mail=True)
            reply(f, c, t + timedelta(minutes=30), w.CASE_OPENED, f.case())
        c["language"] = a
        c.update({"languages": [a, b], "job_second_language": "works across the border"})
    return f


def b2b_accounts() -> Fam:
    f = Fam("b2b_accounts", "BB", 7, datetime(2026, 10, 5, tzinfo=UTC), 14, "company accounts")
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    langs = [
        "de",
        "it",
        "de",
        "it",
        "es",
        "de",
        "it",
        "fr",
        "pt",
        "de",
        "it",
        "en",
        "de",
        "it",
        "es",
    ]
    for n, kind in enumerate(kinds):
        lang = langs[n]
        acc = f"STB-{w.MARKET[lang][0]}-{4100 + n * 13}"
        size = 4
        keys, unhappy = [], []
        contacts = []
        for j in range(size):
            role = "contact"
            if (kind == "at_risk" and j < 3) or (kind == "one_unhappy" and j == 0):
                role = "complainer"
            if kind == "mild" and j < 2:
                role = "suggests"
            persona = {
                "complainer": "b2b_unhappy" if kind == "at_risk" else "b2b_one_unhappy",
                "suggests": "b2b_mild",
                "contact": "b2b_happy",
            }[role]
            exp: list[str] = []
            tol: list[str] = []
            if role == "complainer":
                exp = ["detractor"]
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
                if kind == "at_risk" and j == 2:
                    exp = ["detractor", "repeat_contact"]
            if role == "suggests":
                tol = ["silence"]
            c = f.person(lang, persona, role, exp, tol, account=acc, handle=False)
            c.update(
                {
                    "company": f"Hotel {f.pick(w.LAST, lang)} {n}",
                    "role": role,
                    "job_title": "Housekeeping manager",
                }
            )
            keys.append(c["identifiers"]["customer_id"])
            contacts.append(c)
            if role == "complainer":
                unhappy.append(c["identifiers"]["customer_id"])
            for d in f.rng.sample([0, 1], 1) if role != "contact" else f.rng.sample(range(12), 4):
                if (f.start + timedelta(days=d)).weekday() >= 5:
                    continue
                t = f.day(d, 8, 16.5)
                f.add(t, c, "chat", f.pick(w.B2B_ROUTINE, lang))
                f.add(
                    t + timedelta(minutes=f.rng.randint(1, 6)),
                    c,
                    "chat",
                    f.pick(w.ANSWER, lang),
                    out=True,
                )
                if role == "contact" and f.rng.random() < 0.4:
                    f.add(
                        t + timedelta(minutes=9),
                        c,
                        "survey",
                        None,
                        scores={"nps": f.rng.randint(9, 10)},
                        attrs={"survey": "nps"},
                    )
        start_at = None
        if kind in ("at_risk", "one_unhappy"):
            case = f.case()
            t = f.start + timedelta(
                days=2 if kind == "at_risk" else 3 + n % 4, hours=f.rng.uniform(8, 11)
            )
            start_at = t
            first_name = contacts[0]["name"].split()[0]
            for j, c in enumerate(c2 for c2 in contacts if c2["role"] == "complainer"):
                text = f.pick(w.B2B_COMPLAINT, lang)
                text = (
                    w.B2B_COMPLAINT[lang][0]
                    if j == 0
                    else w.B2B_COMPLAINT[lang][1]
                    .replace("CONTACT", first_name)
                    .replace("CASE", case)
                )
                e = f.add(t, c, "email", text, subject=case if j else None)
                if j == 0:
                    reply(f, c, t + timedelta(minutes=45), w.CASE_OPENED, case)
                s = f.add(
                    t + timedelta(hours=f.rng.uniform(1, 3)),
                    c,
                    "survey",
                    f.pick(w.LOW_WORD, lang) or None,
                    scores={"nps": f.rng.randint(1, 5)},
                    attrs={"survey": "nps"},
                )
                c.update(
                    {
                        "complaint_event_ids": [e],
                        "survey_event_id": s,
                        "booking": case,
                        "trouble_starts_at": iso(t),
                    }
                )
                if kind == "at_risk" and j == 2:
                    t2 = t + timedelta(hours=f.rng.uniform(20, 26))
                    c["complaint_event_ids"].append(
                        f.add(t2, c, "phone", f.pick(w.B2B_CALL_LAST, lang).replace("CASE", case))
                    )
                t = t + timedelta(hours=f.rng.uniform(8, 24))
                if t.hour >= 17 or t.hour < 8:
                    t = (t + timedelta(hours=12)).replace(hour=9)
        if kind == "mild":
            for c in contacts[:2]:
                t = f.day(3 + f.rng.randrange(3), 9, 15)
                c["mild_event_id"] = f.add(
                    t, c, "web", f.pick(w.B2B_SUGGEST, lang), attrs={"page": "/portal/feedback"}
                )
                f.add(t + timedelta(minutes=50), c, "email", f.pick(w.ANSWER, lang), out=True)
        f.accounts[acc] = {
            "company": contacts[0]["company"],
            "site": "hotel",
            "contacts": size,
            "contact_keys": keys,
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": unhappy,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": "invoice" if kind == "at_risk" else None,
            "trouble_starts_at": iso(start_at) if kind == "at_risk" and start_at else None,
            "language": lang,
            "country": w.MARKET[lang][0],
        }
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        datetime(2026, 11, 2, tzinfo=UTC),
        7,
        "a calm week and the planted incident",
    )
    for _ in range(44):
        c = f.person(lang_of(f.rng), "happy", "day writer", [], [])
        f.happy(c, f.rng.sample(range(5), f.rng.randint(1, 4)))
    s0 = datetime(2026, 11, 7, 8, 5, tzinfo=UTC)
    langs = ["de"] * 6 + ["it"] * 6 + ["en", "en", "fr", "fr", "pt", "pt", "es", "es"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    keys: list[str] = []
    evs: list[str] = []
    reps: list[str] = []
    offs = sorted(f.rng.sample(range(0, 46), 20))
    offs[0], offs[-1] = 0, 45
    for i in range(20):
        rep = i % 2 == 0 and len(reps) < 6 and offs[i] <= 30
        c = f.person(
            langs[i],
            "spike_repeater" if rep else "spike_reporter",
            "regular" if i % 2 else "new",
            ["repeat_contact"] if rep else [],
            ["silence", "sentiment_drop"] if rep else ["silence"],
        )
        if i % 2:
            f.happy(c, [2])
        t = s0 + timedelta(minutes=offs[i])
        ev = f.add(
            t,
            c,
            chans[i],
            f.pick(w.SPIKE, langs[i]),
            attrs={"page": "/help"} if chans[i] == "web" else None,
        )
        if chans[i] == "chat":
            f.add(t + timedelta(minutes=2), c, "chat", f.pick(w.SPIKE_ANSWER, langs[i]), out=True)
        keys.append(c["identifiers"]["customer_id"])
        evs.append(ev)
        c.update(
            {
                "in_spike": True,
                "spike_event_id": ev,
                "spike_channel": chans[i],
                "trouble_starts_at": iso(t),
            }
        )
        if rep:
            ch2 = next(x for x in ["email", "chat", "community"] if x != chans[i])
            r = f.add(
                t + timedelta(minutes=f.rng.randint(12, 55)),
                c,
                ch2,
                f.pick(w.SPIKE_AGAIN, langs[i]),
            )
            reps.append(r)
            c["repeat_event_id"] = r
    f.spike = {
        "topic": "laundry app pushes false 'order cancelled' notices to customers whose orders stand",
        "about": "the planted incident",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": evs,
        "repeat_event_ids": reps,
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
    tot = [0, 0, 0]
    for build in FAMILIES:
        n = build().write()
        print(build.__name__, *n)
        tot = [a + b for a, b in zip(tot, n, strict=True)]
    print("total", *tot)


if __name__ == "__main__":
    main()
