# ruff: noqa: E501
"""Write heldout283 (Hachura, axe-throwing lanes): eight families, JSONL plus truth.

Standard library only; seeded; one random.Random per family. Run from anywhere:
``python make_heldout283.py``. Two runs give the same bytes.
"""

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
WRITTEN = "2026-12-07"
LANG_WEIGHTS = {"en": 30, "es": 30, "de": 10, "fr": 10, "it": 10, "pt": 10}
SOURCES = {
    "email": "hachura-mail",
    "phone": "hachura-voice",
    "social": "hachura-social",
    "community": "hachura-forum",
    "chat": "hachura-chat",
    "web": "hachura-web",
    "survey": "hachura-survey",
}
AGENTS = ["Marta R.", "Callum B.", "Ines P.", "Jonas W.", "Chiara L.", "Noah F."]
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
LEAVER_TOL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
RISK_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
PROBLEMS = ["no_lane", "double_charge", "broken_axe", "refund", "wrong_price", "cancel_fee"]
PROBLEM_PRICE = {
    "no_lane": 54.0,
    "double_charge": 39.0,
    "broken_axe": 39.0,
    "refund": 149.0,
    "wrong_price": 54.0,
    "cancel_fee": 25.0,
}
USED: set[str] = set()
CASES: set[str] = set()


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def fold(text: str) -> str:
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
        text = text.replace(a, b)
    out = []
    for ch in text:
        if ch in "ßñÑ":
            out.append(ch)
            continue
        out.append(
            "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        )
    return "".join(out)


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    name: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    info: dict[str, Any] = field(default_factory=dict)


@dataclass
class Fam:
    name: str
    code: str
    start: datetime
    days: int
    n: int
    about: str
    rng: random.Random = field(init=False)
    rough: random.Random = field(init=False)
    rows: list[tuple[datetime, int, dict[str, Any], str]] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    seq: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    def at(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def pick(self, table: dict[str, list[str]], lang: str) -> str:
        return self.rng.choice(table[lang])

    def lang(self) -> str:
        return self.rng.choices(list(LANG_WEIGHTS), weights=list(LANG_WEIGHTS.values()))[0]

    def unique(self, make: Any) -> str:
        while True:
            value = str(make())
            if value not in USED:
                USED.add(value)
                return value

    def case(self) -> str:
        while True:
            ref = f"HA-{self.rng.randint(100000, 999999)}"
            if ref not in CASES:
                CASES.add(ref)
                return ref

    def person(
        self,
        lang: str,
        persona: str,
        habit: str,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        market: str | None = None,
        account: str | None = None,
        company: tuple[str, str] | None = None,
    ) -> Cust:
        market = market or self.rng.choice(w.MARKETS[lang])
        firsts, lasts = w.NAMES[lang]
        first, last = self.rng.choice(firsts), self.rng.choice(lasts)
        key = self.unique(lambda: f"HC{self.code}{self.rng.randint(1000, 9999)}")
        plain = fold(f"{first}.{last}").lower().replace(" ", "")
        if company:
            email = self.unique(lambda: f"{plain}{self.rng.randint(1, 99)}@{company[1]}")
            handle = None
        else:
            email = self.unique(
                lambda: (
                    f"{plain}{self.rng.randint(1, 999)}@{self.rng.choice(['mailbox', 'correo', 'postfach', 'webmail', 'inbox'])}.example"
                )
            )
            handle = self.unique(
                lambda: (
                    "@"
                    + self.rng.choice(
                        [
                            f"{fold(last).lower()}_{fold(first).lower()}{self.rng.randint(1, 99)}",
                            f"{fold(first).lower()}{fold(last).lower()[:3]}{self.rng.randint(10, 99)}",
                            f"{fold(first).lower()}_{self.rng.randint(100, 999)}",
                        ]
                    )
                )
            )
        cc, prefix, length = w.PHONES[market]
        phone = self.unique(
            lambda: (
                cc
                + prefix
                + "".join(str(self.rng.randint(0, 9)) for _ in range(length - len(prefix) + 1))
            )
        )
        c = Cust(key, lang, market, f"{first} {last}", email, phone, handle, account)
        c.info = {
            "identifiers": {
                "customer_id": key,
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
            "job": self.rng.choice(w.JOBS[lang]),
            "town": self.rng.choice(w.TOWNS[market]),
        }
        self.custs[key] = c
        return c

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.1:
            text = fold(text)
        if r.random() < 0.125 and text[:1].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = text.split(" ")
            idx = [
                i for i, wd in enumerate(words) if len(wd) >= 5 and wd.isalpha() and wd.islower()
            ]
            if idx:
                i = r.choice(idx)
                wd = words[i]
                j = r.randint(1, len(wd) - 3)
                words[i] = wd[:j] + wd[j + 1] + wd[j] + wd[j + 2 :]
                text = " ".join(words)
        return text

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        out: bool = False,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.seq += 1
        eid = f"hc283-{self.code.lower()}-{self.seq:05d}"
        if text and not out and channel not in ("phone", "survey"):
            text = self.roughen(text)
        if text and channel == "social" and not out and "@Hachura" not in text:
            text = (
                text.replace("Hachura", "@Hachura", 1) if "Hachura" in text else "@Hachura " + text
            )
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(AGENTS)
        a.update(attrs or {})
        row = {
            "event_id": eid,
            "occurred_at": iso(t),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "customer": {},
            "text": text,
            "subject": subject,
            "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
            "source": SOURCES[channel],
            "attributes": a,
        }
        self.rows.append((t, self.seq, row, c.key))
        return eid

    # ------------------------------------------------------------ common acts --
    def money(self, c: Cust, euros: float) -> tuple[str, str, str]:
        if c.market == "UK":
            v = round(euros * 0.86, 2)
            return f"{v:.2f}", "GBP", f"£{round(v)}"
        if c.market == "CH":
            v = round(euros * 0.94, 2)
            return f"{v:.2f}", "CHF", f"CHF {round(v)}"
        return f"{euros:.2f}", "EUR", (f"€{euros:g}" if c.lang == "en" else f"{euros:g} €")

    def happy(
        self, c: Cust, t: datetime, surveys: bool = True, kinds: list[str] | None = None
    ) -> None:
        kinds = kinds or ["praise", "again", "gripe", "chat", "call", "buy", "review", "view"] + (
            ["survey"] if surveys else []
        )
        k = self.rng.choice(kinds)
        L = c.lang
        m = timedelta(minutes=1)
        if k == "praise":
            self.add(
                c,
                t,
                self.rng.choice(["community", "social"]),
                self.rng.choice(["post"]),
                self.pick(w.PRAISE, L),
            )
        elif k == "again":
            self.add(c, t, "community", "post", self.pick(w.PRAISE_AGAIN, L))
        elif k == "gripe":
            self.add(
                c,
                t,
                "community",
                "review",
                self.pick(w.PRAISE_GRIPE, L),
                attrs={"rating": "4", "page": "/venues"},
            )
        elif k == "chat":
            self.add(c, t, "chat", "chat", self.pick(w.QUESTION_CHAT, L))
            self.add(
                c,
                t + m * self.rng.randint(1, 5),
                "chat",
                "chat",
                self.pick(w.ANSWER_CHAT, L),
                out=True,
            )
            if self.rng.random() < 0.6:
                self.add(c, t + m * self.rng.randint(6, 9), "chat", "chat", self.pick(w.THANKS, L))
        elif k == "call":
            self.add(c, t, "phone", "call", self.pick(w.QUESTION_CALL, L))
            self.add(
                c,
                t + m * self.rng.randint(15, 50),
                "email",
                "message",
                self.pick(w.CALL_FOLLOWUP, L),
                out=True,
            )
        elif k == "buy":
            en, es, price, page = self.rng.choice(w.PRODUCTS)
            v, cur, _ = self.money(c, price)
            self.add(c, t, "web", "page_view", attrs={"page": page})
            self.add(
                c,
                t + m * self.rng.randint(2, 9),
                "web",
                "purchase",
                attrs={"order_value": v, "currency": cur, "product": f"{en} / {es}", "page": page},
            )
        elif k == "review":
            self.add(
                c,
                t,
                "web",
                "review",
                self.pick(w.REVIEW, L),
                attrs={"rating": "5", "page": "/venues"},
            )
        elif k == "view":
            self.add(c, t, "web", "page_view", attrs={"page": self.rng.choice(w.PAGES)})
        else:
            s = self.rng.choice(["nps", "csat", "ces"])
            val = {
                "nps": self.rng.randint(9, 10),
                "csat": self.rng.randint(4, 5),
                "ces": self.rng.randint(6, 7),
            }[s]
            self.add(
                c,
                t,
                "survey",
                "survey_response",
                self.pick(w.SURVEY_HAPPY, L),
                scores={s: val},
                attrs={"survey": s},
            )

    def happy_days(
        self,
        c: Cust,
        days: list[int],
        lo: float = 7.0,
        hi: float = 19.0,
        surveys: bool = True,
        kinds: list[str] | None = None,
    ) -> None:
        for d in days:
            self.happy(c, self.at(d, self.rng.uniform(lo, hi)), surveys, kinds)

    def pick_days(self, k: int, lo: int, hi: int, avoid: set[int] | None = None) -> list[int]:
        pool = [d for d in range(lo, hi + 1) if d not in (avoid or set())]
        return sorted(self.rng.sample(pool, min(k, len(pool))))

    def survey(self, c: Cust, t: datetime, kind: str, value: int) -> str:
        return self.add(
            c,
            t,
            "survey",
            "survey_response",
            self.pick(w.LOW_SURVEY, c.lang),
            scores={kind: value},
            attrs={"survey": kind},
        )

    def complaint(
        self, c: Cust, problem: str, channel: str, t: datetime, long_email: bool = False
    ) -> str:
        L = c.lang
        _, _, amount = self.money(c, PROBLEM_PRICE[problem])
        subj = self.pick(w.SUBJECT_COMPLAINT, L).format(
            topic=self.pick(w.PROBLEM_TOPIC[problem], L)
        )
        if channel == "phone":
            return self.add(
                c,
                t,
                "phone",
                "call",
                self.pick(w.PROBLEM_CALL[problem], L).format(
                    amount=amount.replace("€", "").replace("£", "")
                    + ("" if c.market not in ("UK",) else " pounds")
                ),
            )
        text = self.pick(w.PROBLEM[problem], L).format(amount=amount)
        if long_email:
            return self.add(
                c, t, "email", "message", self.pick(w.LONG_EMAIL, L).format(complaint=text), subj
            )
        kind = {
            "email": "message",
            "chat": "chat",
            "social": "mention",
            "web": "ticket",
            "community": "post",
        }[channel]
        return self.add(
            c,
            t,
            channel,
            kind,
            text,
            subj if channel == "email" else None,
            attrs={"page": "/help/contact"} if channel == "web" else None,
        )

    def reply(
        self,
        c: Cust,
        t: datetime,
        table: dict[str, list[str]],
        case: str,
        channel: str = "email",
        **kw: str,
    ) -> str:
        text = self.pick(table, c.lang).format(case=case, **kw)
        subj = self.pick(w.SUBJECT_CASE, c.lang).format(case=case) if channel == "email" else None
        return self.add(
            c, t, channel, "chat" if channel == "chat" else "message", text, subj, out=True
        )

    # ------------------------------------------------------------ writing --
    def write(self, expected: dict[str, int]) -> None:
        self.rows.sort(key=lambda r: (r[0], r[1]))
        seen: set[str] = set()
        lines = []
        for _, _, row, key in self.rows:
            c = self.custs[key]
            full = {
                "customer_id": c.key,
                "email": c.email,
                "phone": c.phone,
                "handle": c.handle,
                "account_id": c.account,
            }
            if row["direction"] == "outbound" or (
                row["direction"] == "inbound" and key not in seen
            ):
                ref = full
                if row["direction"] == "inbound":
                    seen.add(key)
            else:
                ch = row["channel"]
                ref = {k: None for k in full}
                ref["account_id"] = c.account
                if ch == "phone":
                    ref["phone"] = c.phone
                elif ch in ("social", "community"):
                    if c.handle:
                        ref["handle"] = (
                            c.handle if self.rough.random() > 0.2 else c.handle.lstrip("@")
                        )
                    else:
                        ref["email"] = c.email
                elif ch == "email":
                    ref["email"] = c.email.upper() if self.rough.random() < 1 / 12 else c.email
                else:
                    ref["customer_id"] = c.key
            row["customer"] = ref
            if row["subject"] is None:
                del row["subject"]
            lines.append(json.dumps(row, ensure_ascii=False))
        last = max(r[0] for r in self.rows)
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        assert last < datetime(2026, 11, 30, tzinfo=UTC)
        for c in self.custs.values():
            i = c.info
            assert not set(i["expected_rules"]) & set(i["tolerated_rules"]), c.key
        count: dict[str, int] = {}
        for c in self.custs.values():
            for r in c.info["expected_rules"]:
                count[r] = count.get(r, 0) + 1
        for a in self.accounts.values():
            for r in a["expected_rules"]:
                count[r] = count.get(r, 0) + 1
        if self.spike:
            count["topic_spike"] = 1
        assert count == expected, (self.name, count, expected)
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Hachura: axe-throwing lanes, Hachura Club membership, Hachura Teams on account",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": WRITTEN,
                "expected": dict(sorted(count.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: c.info for k, c in sorted(self.custs.items())},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


def dt(s: str) -> datetime:
    return datetime.fromisoformat(s).replace(tzinfo=UTC)


def office(t: datetime) -> datetime:
    while t.weekday() >= 5 or not 8 <= t.hour < 17:
        t = (
            (t + timedelta(days=1)).replace(hour=8, minute=t.minute % 50)
            if t.hour >= 17 or t.weekday() >= 5
            else t.replace(hour=8, minute=t.minute % 50)
        )
    return t


def daytime(t: datetime) -> datetime:
    if t.hour >= 22 or t.hour < 7:
        base = t if t.hour < 7 else t + timedelta(days=1)
        t = base.replace(hour=8, minute=t.minute)
    return t


# ---------------------------------------------------------------- families --
def happy_writers() -> None:
    f = Fam(
        "happy_writers",
        "HW",
        dt("2026-01-12"),
        10,
        1,
        "happy day and night writers and survey-only customers; nothing expected",
    )
    for _ in range(16):
        c = f.person(f.lang(), "happy", "day writer")
        f.happy_days(c, f.pick_days(f.rng.randint(5, 8), 0, 9))
    for _ in range(5):
        c = f.person(f.lang(), "happy", "night writer")
        for d in f.pick_days(f.rng.randint(2, 4), 0, 8):
            t = f.at(d, f.rng.uniform(22.2, 28.5))
            if f.rng.random() < 0.5:
                f.add(c, t, "community", "post", f.pick(w.NIGHT_POST, c.lang))
            else:
                f.add(c, t, "chat", "chat", f.pick(w.NIGHT_CHAT, c.lang))
                f.add(
                    c,
                    t + timedelta(minutes=f.rng.randint(2, 6)),
                    "chat",
                    "chat",
                    f.pick(w.NIGHT_ANSWER, c.lang),
                    out=True,
                )
                f.add(
                    c,
                    t + timedelta(minutes=f.rng.randint(7, 10)),
                    "chat",
                    "chat",
                    f.pick(w.THANKS, c.lang),
                )
        f.happy_days(
            c,
            f.pick_days(f.rng.randint(2, 3), 0, 9),
            9,
            18,
            kinds=["praise", "buy", "view", "review"],
        )
    for _ in range(5):
        c = f.person(f.lang(), "happy", "answers surveys")
        f.happy_days(c, f.pick_days(f.rng.randint(3, 6), 0, 9), kinds=["survey"])
    f.write({})


def one_bad_day() -> None:
    f = Fam(
        "one_bad_day",
        "BD",
        dt("2026-02-09"),
        12,
        2,
        "happy customers with one bad day; detractor only where an NPS of 0-6 is given",
    )
    channels = ["long", "email", "chat", "social", "web", "phone"] * 4
    problems = PROBLEMS * 4
    f.rng.shuffle(problems)
    detractors = {1, 2, 8, 14, 20, 22}  # indexes among the 24 (never social)
    low_csat = {5, 7, 10, 16, 19}
    good_news = {0, 1, 4, 6, 7, 10, 12, 13, 17, 18, 22, 23}
    apologies = {2, 6, 11, 15, 20}
    for i, ch in enumerate(channels):
        det = i in detractors and ch != "social"
        c = f.person(
            f.lang() if ch != "long" else f.rng.choice(["es", "en"]),
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            ["detractor"] if det else [],
            ["silence"],
        )
        bd = f.rng.randint(2, 9)
        t = f.at(bd, f.rng.uniform(8, 20))
        f.happy_days(
            c, f.pick_days(f.rng.randint(1, 5), 0, 11, set(range(bd - 1, bd + 3))), surveys=False
        )
        real = "email" if ch == "long" else ch
        eid = f.complaint(c, problems[i], real, t, long_email=ch == "long")
        case = None if ch == "social" else f.case()
        info = c.info
        info.update(
            {
                "problem": problems[i],
                "channel": real,
                "long_email": ch == "long",
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(t),
                "booking": case,
                "problem_event_ids": [eid],
            }
        )
        if case:
            if ch == "chat":
                f.reply(c, t + timedelta(minutes=f.rng.randint(1, 4)), w.CASE_OPENED, case, "chat")
            else:
                f.reply(c, t + timedelta(minutes=f.rng.randint(10, 40)), w.CASE_OPENED, case)
        if det:
            nps = f.rng.randint(1, 5)
            info.update(
                {
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": f.survey(
                        c, t + timedelta(minutes=f.rng.randint(100, 140)), "nps", nps
                    ),
                }
            )
        elif i in low_csat and case:
            cs = f.rng.randint(1, 2)
            info.update(
                {
                    "csat_given": True,
                    "csat": cs,
                    "survey_event_id": f.survey(
                        c, t + timedelta(minutes=f.rng.randint(100, 140)), "csat", cs
                    ),
                }
            )
        if i in good_news and case:
            f.reply(c, daytime(t + timedelta(hours=f.rng.uniform(20, 40))), w.GOOD_NEWS, case)
            info["agent_fixed"] = True
        if i in apologies:
            at = t + timedelta(hours=f.rng.uniform(18, 24))
            info.update(
                {
                    "apologised": True,
                    "apology_at": iso(at),
                    "apology_event_id": f.add(c, at, "chat", "chat", f.pick(w.APOLOGY, c.lang)),
                }
            )
    for _ in range(8):
        c = f.person(f.lang(), "happy", "control")
        f.happy_days(c, f.pick_days(f.rng.randint(3, 6), 0, 11))
    f.write({"detractor": 6})


def repeat_run(
    f: Fam, c: Cust, problem: str, first_ch: str, n: int, start: datetime, escalate: bool
) -> list[str]:
    case = f.case()
    chans = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != first_ch]
    f.rng.shuffle(chans)
    t = start
    eids = [f.complaint(c, problem, first_ch, t)]
    f.reply(
        c,
        t + timedelta(minutes=f.rng.randint(5, 30)),
        w.CASE_OPENED,
        case,
        "chat" if first_ch == "chat" else "email",
    )
    short = f.pick(w.PROBLEM[problem], c.lang).format(amount=f.money(c, PROBLEM_PRICE[problem])[2])
    comp = f.rng.choice(w.COMPETITORS)
    for k in range(2, n + 1):
        t = daytime(t + timedelta(hours=f.rng.uniform(4, 40)))
        ch = chans[k - 2]
        if ch == "phone":
            text = f.pick(w.STILL_CALL, c.lang).format(case=case)
        elif k == 3:
            text = f.pick(w.THIRD, c.lang).format(case=case, comp=comp)
        elif k == 4:
            text = f.pick(w.FOURTH, c.lang).format(case=case)
        else:
            text = f.pick(w.STILL_OPEN, c.lang).format(case=case, short=short)
        kind = {
            "email": "message",
            "chat": "chat",
            "phone": "call",
            "web": "ticket",
            "social": "mention",
        }[ch]
        eids.append(
            f.add(
                c,
                t,
                ch,
                kind,
                text,
                f.pick(w.SUBJECT_CASE, c.lang).format(case=case) if ch == "email" else None,
                attrs={"page": "/help/contact"} if ch == "web" else None,
            )
        )
        if escalate and k == 2:
            f.reply(c, t + timedelta(minutes=f.rng.randint(20, 90)), w.ESCALATED, case)
    c.info.update(
        {
            "problem": problem,
            "booking": case,
            "contacts": n,
            "channels": [first_ch, *chans[: n - 1]],
            "problem_event_ids": eids,
            "trouble_starts_at": iso(start),
            "competitor": comp if n >= 3 else None,
            "escalated": escalate,
        }
    )
    return eids


def fixed_run(
    f: Fam, c: Cust, problem: str, ch: str, t: datetime, confirm_ch: str
) -> dict[str, Any]:
    case = f.case()
    e = f.complaint(c, problem, ch, t)
    f.reply(
        c,
        t + timedelta(minutes=f.rng.randint(5, 30)),
        w.CASE_OPENED,
        case,
        "chat" if ch == "chat" else "email",
    )
    fx = daytime(t + timedelta(hours=f.rng.uniform(5, 20)))
    f.reply(c, fx, w.GOOD_NEWS, case)
    ct = fx + timedelta(minutes=f.rng.randint(30, 200))
    ce = f.add(
        c,
        ct,
        confirm_ch,
        "chat" if confirm_ch == "chat" else "message",
        f.pick(w.CONFIRM_FIXED, c.lang).format(case=case),
    )
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(fx),
        "confirmed_at": iso(ct),
        "problem_event_ids": [e],
        "confirm_event_id": ce,
        "channel": ch,
        "confirm_channel": confirm_ch,
    }


def repeat_contacts() -> None:
    f = Fam(
        "repeat_contacts",
        "RC",
        dt("2026-03-09"),
        10,
        3,
        "open problems raised 2-4 times; fixed, two-problem and frequent writers expect nothing",
    )
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    counts = [2, 3, 4] * 4
    for i in range(12):
        c = f.person(f.lang(), "repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        f.happy_days(c, [0], 7, 12, surveys=False)
        repeat_run(
            f,
            c,
            PROBLEMS[i % 6],
            firsts[i],
            counts[i],
            f.at(f.rng.randint(1, 4), f.rng.uniform(8, 19)),
            i % 2 == 0,
        )
    for i in range(5):
        c = f.person(f.lang(), "resolved_between_contacts", "fixed", [], ["silence"])
        f.happy_days(c, [0], surveys=False)
        c.info["problems"] = [
            fixed_run(
                f, c, PROBLEMS[i], "web", f.at(f.rng.randint(1, 5), f.rng.uniform(8, 18)), "chat"
            )
        ]
    for i in range(3):
        c = f.person(f.lang(), "different_problems", "two problems", [], ["silence"])
        a = fixed_run(f, c, PROBLEMS[i], "email", f.at(1, f.rng.uniform(8, 18)), "email")
        b = fixed_run(f, c, PROBLEMS[i + 3], "chat", f.at(6, f.rng.uniform(8, 18)), "chat")
        c.info["problems"] = [a, b]
    for _ in range(7):
        c = f.person(f.lang(), "happy", "frequent writer")
        for d in f.pick_days(f.rng.randint(6, 9), 0, 9):
            f.happy(c, f.at(d, f.rng.uniform(7, 19)), kinds=["chat", "chat", "call", "praise"])
    f.write({"repeat_contact": 12})


def slow_churners() -> None:
    f = Fam(
        "slow_churners",
        "SC",
        dt("2026-04-06"),
        32,
        4,
        "sliders from praise to anger, leavers who cancel, steady, steadily grumpy and sarcastic customers",
    )
    for i in range(10):
        det = i < 5
        c = f.person(
            f.lang(),
            "slow_churner",
            "slides",
            ["sentiment_drop"] + (["detractor"] if det else []),
            SLIDE_TOL,
        )
        for d in f.pick_days(f.rng.randint(4, 5), 0, 10):
            f.happy(c, f.at(d, f.rng.uniform(8, 20)), kinds=["praise", "again"])
        f.happy_days(
            c,
            f.pick_days(f.rng.randint(2, 4), 0, 10),
            surveys=False,
            kinds=["chat", "buy", "view", "review"],
        )
        d0 = f.rng.randint(12, 16)
        eids, days = [], []
        comp = f.rng.choice(w.COMPETITORS)
        for k, step in enumerate(w.SLIDE[c.lang]):
            d = d0 + f.rng.choice([1, 2, 2, 3]) if k else d0
            d0 = d
            t = f.at(d, f.rng.uniform(9, 21))
            eids.append(
                f.add(
                    c,
                    t,
                    f.rng.choice(["community", "social", "web"]) if k < 5 else "community",
                    "post",
                    step.format(comp=comp),
                )
            )
            days.append(d)
            if k == 4 and det:
                nps = f.rng.randint(1, 5)
                c.info.update(
                    {
                        "nps_given": True,
                        "nps": nps,
                        "survey_event_id": f.survey(c, t + timedelta(hours=2), "nps", nps),
                    }
                )
        for r in f.rows:
            if r[2]["event_id"] in eids and r[2]["channel"] == "web":
                r[2]["kind"] = "review"
                r[2]["attributes"].update({"rating": "2", "page": "/venues"})
        c.info.update(
            {
                "slide_event_ids": eids,
                "slide_days": days,
                "competitor": comp,
                "trouble_starts_at": f.rows[[r[2]["event_id"] for r in f.rows].index(eids[0])][2][
                    "occurred_at"
                ],
            }
        )
    for _ in range(5):
        c = f.person(f.lang(), "slow_churner", "asks to cancel", ["churn_intent"], LEAVER_TOL)
        f.happy_days(c, f.pick_days(f.rng.randint(3, 5), 0, 18), surveys=False)
        t = f.at(f.rng.randint(20, 28), f.rng.uniform(9, 19))
        e = f.add(c, t, "email", "message", f.pick(w.CANCEL_REQUEST, c.lang), "Hachura Club")
        f.add(
            c,
            t + timedelta(hours=f.rng.uniform(1, 4)),
            "email",
            "message",
            f.pick(w.SORRY_TO_GO, c.lang),
            "Hachura Club",
            out=True,
        )
        ct = t + timedelta(hours=f.rng.uniform(5, 9))
        x = f.add(
            c,
            ct,
            "web",
            "cancellation",
            attrs={
                "page": "/club/cancel",
                "product": "Hachura Club, monthly / Hachura Club, mensual",
            },
        )
        c.info.update(
            {
                "churn_intent_event_id": e,
                "cancellation_event_id": x,
                "churn_at": iso(ct),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = f.person(f.lang(), "happy", "steady")
        f.happy_days(c, f.pick_days(f.rng.randint(5, 9), 0, 31))
    for _ in range(5):
        c = f.person(f.lang(), "steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"])
        ids = [
            f.add(
                c,
                f.at(d, f.rng.uniform(9, 20)),
                f.rng.choice(["community", "chat", "web"]),
                "post",
                f.pick(w.GRUMBLE, c.lang),
            )
            for d in f.pick_days(f.rng.randint(3, 5), 0, 31)
        ]
        for r in f.rows:
            if r[2]["event_id"] in ids and r[2]["channel"] != "community":
                r[2]["kind"] = "chat" if r[2]["channel"] == "chat" else "review"
                if r[2]["channel"] == "web":
                    r[2]["attributes"].update({"rating": "3", "page": "/venues"})
        c.info.update(
            {"grumble_event_ids": ids, "trouble_starts_at": f.rows[-len(ids)][2]["occurred_at"]}
        )
    for _ in range(5):
        c = f.person(f.lang(), "happy_one_sarcastic_remark", "happy", [], ["silence"])
        f.happy_days(c, f.pick_days(f.rng.randint(3, 5), 0, 31))
        c.info["sarcasm_event_id"] = f.add(
            c,
            f.at(f.rng.randint(5, 28), f.rng.uniform(10, 20)),
            "social",
            "mention",
            f.pick(w.SARCASM, c.lang),
        )
    f.write({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})


def quiet_hours() -> None:
    f = Fam(
        "quiet_hours",
        "QH",
        dt("2026-05-22"),
        3,
        5,
        "a calm weekend with night-owl bursts; nothing expected",
    )
    for _ in range(16):
        c = f.person(f.lang(), "happy", "day writer")
        f.happy_days(c, f.pick_days(f.rng.randint(1, 3), 0, 2), 7, 17.5)
    for i in range(4):
        c = f.person(f.lang(), "grumbles_once", "grumbles once", [], ["silence"])
        t = f.at(f.rng.randint(0, 2), f.rng.uniform(9, 17))
        f.add(c, t, "web", "page_view", attrs={"page": "/venues"})
        g = t + timedelta(minutes=f.rng.randint(20, 30))
        if i < 2:
            e = f.add(c, g, "chat", "chat", f.pick(w.MILD, c.lang))
            f.add(
                c, g + timedelta(minutes=3), "chat", "chat", f.pick(w.MILD_ANSWER, c.lang), out=True
            )
        else:
            e = f.add(
                c, g, "web", "ticket", f.pick(w.MILD, c.lang), attrs={"page": "/help/contact"}
            )
            f.add(
                c,
                g + timedelta(minutes=40),
                "email",
                "message",
                f.pick(w.MILD_ANSWER, c.lang),
                out=True,
            )
        c.info.update({"grumble_event_id": e, "trouble_starts_at": iso(g)})
    for night in range(3):
        b0 = f.at(night + 1, f.rng.uniform(0.67, 1.08))
        starts = [
            b0,
            b0 + timedelta(minutes=f.rng.randint(28, 33)),
            b0 + timedelta(minutes=f.rng.randint(55, 65)),
        ]
        for b, bs in enumerate(starts):
            for _ in range(4):
                c = f.person(f.lang(), "night_owl", f"night {night + 1}, burst {b + 1}")
                t = bs + timedelta(minutes=f.rng.uniform(0, 10))
                if f.rng.random() < 0.6:
                    e = f.add(c, t, "community", "post", f.pick(w.NIGHT_POST, c.lang))
                else:
                    e = f.add(c, t, "chat", "chat", f.pick(w.NIGHT_CHAT, c.lang))
                    f.add(
                        c,
                        t + timedelta(minutes=3),
                        "chat",
                        "chat",
                        f.pick(w.NIGHT_ANSWER, c.lang),
                        out=True,
                    )
                c.info.update({"burst_at": iso(bs), "night_event_id": e})
    f.write({})


def bilingual() -> None:
    f = Fam("bilingual", "BL", dt("2026-06-15"), 14, 6, "customers who alternate two languages")
    pairs = [
        ("es", "en"),
        ("en", "es"),
        ("es", "de"),
        ("en", "fr"),
        ("es", "pt"),
        ("en", "it"),
        ("es", "fr"),
        ("en", "de"),
        ("de", "en"),
        ("fr", "es"),
        ("pt", "en"),
        ("it", "es"),
    ]

    def mk(
        i: int, persona: str, habit: str, exp: list[str], tol: list[str]
    ) -> tuple[Cust, tuple[str, str]]:
        p = pairs[i % len(pairs)]
        c = f.person(p[0], persona, habit, exp, tol)
        c.info.update(
            {
                "languages": list(p),
                "job_second_language": f.rng.choice(
                    [
                        "partner's family",
                        "works for a firm abroad",
                        "grew up in both",
                        "studied abroad",
                    ]
                ),
            }
        )
        return c, p

    for i in range(12):
        c, p = mk(i, "happy", "alternates languages", [], [])
        for j, d in enumerate(f.pick_days(f.rng.randint(5, 8), 0, 13)):
            c.lang = p[j % 2]
            f.happy(c, f.at(d, f.rng.uniform(8, 20)))
        c.lang = p[0]
    for i in range(5):
        c, p = mk(i + 3, "repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        f.happy_days(c, [0, 1][: f.rng.randint(1, 2)], surveys=False)
        n = [2, 2, 3, 3, 4][i]
        # alternate language per contact: run contact by contact
        case = f.case()
        t = f.at(f.rng.randint(2, 5), f.rng.uniform(8, 18))
        start = t
        eids = [f.complaint(c, PROBLEMS[i], "web", t)]
        f.reply(c, t + timedelta(minutes=20), w.CASE_OPENED, case)
        chans = ["email", "chat", "phone"]
        comp = f.rng.choice(w.COMPETITORS)
        for k in range(2, n + 1):
            c.lang = p[(k - 1) % 2]
            t = daytime(t + timedelta(hours=f.rng.uniform(4, 40)))
            ch = chans[k - 2]
            text = (
                f.pick(w.STILL_CALL, c.lang)
                if ch == "phone"
                else f.pick(w.THIRD if k == 3 else w.STILL_OPEN, c.lang)
            ).format(case=case, comp=comp, short="")
            eids.append(
                f.add(
                    c,
                    t,
                    ch,
                    {"email": "message", "chat": "chat", "phone": "call"}[ch],
                    text.strip(),
                    f.pick(w.SUBJECT_CASE, c.lang).format(case=case) if ch == "email" else None,
                )
            )
        c.lang = p[0]
        c.info.update(
            {
                "problem": PROBLEMS[i],
                "booking": case,
                "contacts": n,
                "problem_event_ids": eids,
                "trouble_starts_at": iso(start),
                "competitor": comp if n >= 3 else None,
            }
        )
    for i in range(5):
        c, p = mk(i + 6, "slow_churner", "slides", ["sentiment_drop"], SLIDE_TOL)
        for j, d in enumerate(f.pick_days(5, 0, 5)):
            c.lang = p[j % 2]
            f.happy(c, f.at(d, f.rng.uniform(8, 11)), kinds=["praise", "again"])
        f.happy_days(
            c,
            f.pick_days(f.rng.randint(1, 3), 0, 5),
            12,
            20,
            surveys=False,
            kinds=["buy", "view", "chat"],
        )
        d0 = f.rng.randint(7, 8)
        comp = f.rng.choice(w.COMPETITORS)
        eids = []
        t = f.at(d0, 9)
        for k in range(6):
            c.lang = p[k % 2]
            eids.append(f.add(c, t, "community", "post", w.SLIDE[c.lang][k].format(comp=comp)))
            t += timedelta(hours=f.rng.uniform(12, 18))
        c.lang = p[0]
        c.info.update(
            {"slide_event_ids": eids, "competitor": comp, "trouble_starts_at": iso(f.at(d0, 9))}
        )
    for i in range(3):
        c, p = mk(i + 1, "happy_one_bad_day", "one bad day", [], ["silence"])
        f.happy_days(c, f.pick_days(3, 0, 4), surveys=False)
        c.lang = p[1]
        t = f.at(f.rng.randint(8, 11), f.rng.uniform(9, 19))
        ch = ["email", "email", "chat"][i]
        e = f.complaint(c, PROBLEMS[i + 2], ch, t, long_email=i == 0)
        case = f.case()
        f.reply(c, t + timedelta(minutes=15), w.CASE_OPENED, case, ch)
        c.lang = p[0]
        c.info.update(
            {
                "bad_day_at": iso(t),
                "bad_day_event_id": e,
                "bad_day_language": p[1],
                "booking": case,
                "problem": PROBLEMS[i + 2],
                "trouble_starts_at": iso(t),
            }
        )
    for i in range(2):
        c, p = mk(i + 9, "resolved_between_contacts", "fixed", [], ["silence"])
        f.happy_days(c, [0, 1], surveys=False)
        t = f.at(f.rng.randint(3, 8), f.rng.uniform(9, 16))
        case = f.case()
        e = f.complaint(c, PROBLEMS[i], "web", t)
        f.reply(c, t + timedelta(minutes=25), w.CASE_OPENED, case)
        fx = daytime(t + timedelta(hours=10))
        f.reply(c, fx, w.GOOD_NEWS, case)
        c.lang = p[1]
        ce = f.add(
            c,
            fx + timedelta(hours=1),
            "chat",
            "chat",
            f.pick(w.CONFIRM_FIXED, c.lang).format(case=case),
        )
        c.lang = p[0]
        c.info["problems"] = [
            {
                "problem": PROBLEMS[i],
                "booking": case,
                "raised_at": iso(t),
                "fixed_at": iso(fx),
                "problem_event_ids": [e],
                "confirm_event_id": ce,
                "channel": "web",
                "confirm_channel": "chat",
            }
        ]
    f.write({"repeat_contact": 5, "sentiment_drop": 5})


def b2b_accounts() -> None:
    f = Fam(
        "b2b_accounts",
        "BB",
        dt("2026-07-13"),
        14,
        7,
        "Hachura Teams accounts: at risk, one unhappy contact, mild suggestions, happy",
    )
    sites = [
        "consultancy",
        "bank",
        "school",
        "hospital",
        "software",
        "law firm",
        "insurer",
        "logistics",
        "hotel",
        "council",
        "agency",
        "university",
        "retail",
        "engineering",
        "charity",
    ]
    plan = [
        ("at_risk", 3, "invoice"),
        ("at_risk", 4, "portal"),
        ("at_risk", 3, "service_blocked"),
        ("at_risk", 4, "overbilled"),
        ("at_risk", 3, "invoice"),
    ]
    plan += (
        [("one_unhappy", 1, p) for p in ["portal", "invoice", "service_blocked", "overbilled"]]
        + [("mild", 0, "")] * 3
        + [("happy", 0, "")] * 3
    )
    for n, (kind, unhappy, problem) in enumerate(plan):
        lang = f.lang()
        market = f.rng.choice(w.MARKETS[lang])
        acc = f.unique(lambda market=market: f"HCT-{market}-{f.rng.randint(1000, 9999)}")
        company = f"{f.rng.choice(['Norvik', 'Altamar', 'Brightwell', 'Kestrel', 'Solano', 'Ferrum', 'Orbita', 'Tessel', 'Vantor', 'Lumen'])} {sites[n].title()}"
        domain = f"{company.lower().replace(' ', '-')}-{n}.example"
        size = max(
            unhappy + 1,
            f.rng.randint(3, 6)
            if kind == "at_risk"
            else 3 + (kind in ("mild", "happy") and f.rng.random() < 0.5),
        )
        keys, bad = [], []
        first_name, case, t = "", "", office(f.at(2, 9.5))
        for j in range(size):
            role = (
                "complainer"
                if j < unhappy
                else ("suggests" if kind == "mild" and j < 2 else "contact")
            )
            if role == "complainer":
                persona = "b2b_unhappy" if kind == "at_risk" else "b2b_one_unhappy"
                last = kind == "at_risk" and j == unhappy - 1
                exp = ["repeat_contact"] if last else ["detractor"]
                tol = [
                    r
                    for r in (
                        RISK_TOL
                        if kind == "at_risk"
                        else ["sentiment_drop", "high_value_at_risk", "silence"]
                    )
                    if r not in exp
                ]
            elif role == "suggests":
                persona, exp, tol = "b2b_mild", [], ["silence"]
            else:
                persona, exp, tol = "b2b_happy", [], []
            c = f.person(lang, persona, role, exp, tol, market, acc, (company, domain))
            c.info.update(
                {
                    "company": company,
                    "role": role,
                    "job_title": f.rng.choice(
                        [
                            "Office Manager",
                            "HR Coordinator",
                            "Team Lead",
                            "Finance Assistant",
                            "Events Officer",
                        ]
                    ),
                }
            )
            c.info["job"] = c.info["job_title"]
            keys.append(c.key)
            # routine acts on Mon/Tue, before any complaint
            for d in f.pick_days(
                f.rng.randint(0 if role != "contact" else 2, 2 if role != "contact" else 5),
                0,
                1 if role != "contact" else 11,
            ):
                t0 = office(f.at(d, f.rng.uniform(8, 16.5)))
                r = f.rng.random()
                if r < 0.4:
                    f.add(c, t0, "chat", "chat", f.pick(w.B2B_QUESTION, lang))
                    f.add(
                        c,
                        t0 + timedelta(minutes=f.rng.randint(1, 6)),
                        "chat",
                        "chat",
                        f.pick(w.ANSWER_CHAT, lang),
                        out=True,
                    )
                elif r < 0.6 or role != "contact":
                    name, price, page = f.rng.choice(w.TEAM_PRODUCTS)
                    v, cur, _ = f.money(c, price)
                    f.add(c, t0, "web", "page_view", attrs={"page": page})
                    f.add(
                        c,
                        t0 + timedelta(minutes=5),
                        "web",
                        "purchase",
                        attrs={"order_value": v, "currency": cur, "product": name, "page": page},
                    )
                elif r < 0.8:
                    f.add(c, t0, "community", "post", f.pick(w.B2B_PRAISE, lang))
                else:
                    s = f.rng.choice(["nps", "csat", "ces"])
                    f.add(
                        c,
                        t0,
                        "survey",
                        "survey_response",
                        f.pick(w.SURVEY_HAPPY, lang),
                        scores={s: {"nps": 10, "csat": 5, "ces": 7}[s]},
                        attrs={"survey": s},
                    )
            if role == "complainer":
                bad.append(c.key)
                if kind == "at_risk":
                    if j == 0:
                        t = office(f.at(2, f.rng.uniform(9, 15)))
                        case = f.case()
                        first_name = c.name.split()[0]
                        text = f.pick(w.B2B_PROBLEM[problem], lang)
                        first_t = t
                    else:
                        t = office(t + timedelta(hours=f.rng.uniform(8, 28)))
                        day = w.WEEKDAY[lang][first_t.weekday()]
                        text = f.pick(w.B2B_LATER, lang).format(
                            first=first_name,
                            day=day,
                            case=case,
                            complaint=f.pick(w.B2B_PROBLEM[problem], lang),
                        )
                    e = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        text,
                        f.pick(w.SUBJECT_CASE, lang).format(case=case),
                    )
                    ids = [e]
                    if j == 0:
                        f.reply(
                            c, t + timedelta(minutes=f.rng.randint(20, 60)), w.CASE_OPENED, case
                        )
                    if j < unhappy - 1:
                        nps = f.rng.randint(1, 5)
                        c.info.update(
                            {
                                "nps_given": True,
                                "nps": nps,
                                "survey_event_id": f.survey(
                                    c, t + timedelta(hours=f.rng.uniform(1, 3)), "nps", nps
                                ),
                            }
                        )
                    else:
                        t2 = office(t + timedelta(hours=f.rng.uniform(18, 40)))
                        comp = f.rng.choice(w.COMPETITORS)
                        if n == 0:
                            ids.append(
                                f.add(
                                    c,
                                    t2,
                                    "email",
                                    "message",
                                    f.pick(w.B2B_LAST, lang).format(case=case, comp=comp),
                                    f.pick(w.SUBJECT_CASE, lang).format(case=case),
                                )
                            )
                            c.info["competitor"] = comp
                        else:
                            ids.append(
                                f.add(
                                    c,
                                    t2,
                                    "phone",
                                    "call",
                                    f.pick(w.B2B_LAST_CALL, lang).format(case=case),
                                )
                            )
                    c.info.update(
                        {
                            "complaint_event_ids": ids,
                            "problem": problem,
                            "booking": case,
                            "trouble_starts_at": iso(t),
                        }
                    )
                else:
                    t1 = office(f.at(f.rng.randint(3, 7), f.rng.uniform(9, 16)))
                    case = f.case()
                    e = f.add(
                        c,
                        t1,
                        "email",
                        "message",
                        f.pick(w.B2B_PROBLEM[problem], lang),
                        f.pick(w.SUBJECT_COMPLAINT, lang).format(topic=problem.replace("_", " ")),
                    )
                    f.reply(c, t1 + timedelta(minutes=30), w.CASE_OPENED, case)
                    nps = f.rng.randint(1, 5)
                    c.info.update(
                        {
                            "complaint_event_ids": [e],
                            "problem": problem,
                            "booking": case,
                            "trouble_starts_at": iso(t1),
                            "nps_given": True,
                            "nps": nps,
                            "survey_event_id": f.survey(c, t1 + timedelta(hours=2), "nps", nps),
                        }
                    )
            elif role == "suggests":
                t1 = office(f.at(f.rng.randint(3, 10), f.rng.uniform(9, 15)))
                e = f.add(
                    c,
                    t1,
                    "web",
                    "ticket",
                    f.pick(w.B2B_MILD, lang),
                    attrs={"page": "/teams/feedback"},
                )
                f.add(
                    c,
                    t1 + timedelta(hours=2),
                    "email",
                    "message",
                    f.pick(w.B2B_ACK, lang),
                    out=True,
                )
                c.info.update({"mild_event_id": e, "trouble_starts_at": iso(t1)})
        f.accounts[acc] = {
            "company": company,
            "site": sites[n],
            "contacts": len(keys),
            "contact_keys": keys,
            "unhappy_contacts": len(bad),
            "unhappy_contact_keys": bad,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": iso(first_t) if kind == "at_risk" else None,
            "language": lang,
            "country": market,
        }
    f.write({"account_risk": 5, "detractor": 16, "repeat_contact": 5})


def topic_spike() -> None:
    f = Fam(
        "topic_spike", "TS", dt("2026-09-14"), 7, 8, "a calm week and one Saturday-morning spike"
    )
    s0 = dt("2026-09-19T09:05:00")
    for _ in range(40):
        c = f.person(f.lang(), "happy", "day writer")
        for d in f.pick_days(f.rng.randint(1, 4), 0, 5):
            f.happy(c, f.at(d, f.rng.uniform(12, 19) if d == 5 else f.rng.uniform(8, 20)))
    for _ in range(2):
        c = f.person(f.lang(), "grumbles_once", "grumbles once", [], ["silence"])
        t = f.at(0, f.rng.uniform(9, 17))
        e = f.add(c, t, "chat", "chat", f.pick(w.MILD, c.lang))
        f.add(c, t + timedelta(minutes=4), "chat", "chat", f.pick(w.MILD_ANSWER, c.lang), out=True)
        c.info.update({"grumble_event_id": e, "trouble_starts_at": iso(t)})
    for lang, h in (("es", 9.67), ("en", 16.08)):
        c = f.person(lang, "grumbles_once", "lone question", [], ["silence"])
        t = f.at(4, h)
        e = f.add(c, t, "chat", "chat", f.pick(w.LONE_QUESTION, lang))
        f.add(c, t + timedelta(minutes=5), "chat", "chat", f.pick(w.LONE_ANSWER, lang), out=True)
        c.info.update({"lone_report_event_id": e, "trouble_starts_at": iso(t)})
    langs = ["es"] * 6 + ["en"] * 6 + ["de", "de", "fr", "fr", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(langs)
    f.rng.shuffle(chans)
    offs = sorted([0.0, 45.0] + [f.rng.uniform(0, 45) for _ in range(18)])
    order = list(range(20))
    f.rng.shuffle(order)
    regulars = set(order[:12])
    early = [i for i in range(20) if offs[i] <= 25]
    repeaters = set(f.rng.sample(early, 6))
    fixed = set(f.rng.sample([i for i in range(20) if i not in repeaters], 6))
    keys, eids, reps = [], [], []
    for i in range(20):
        rep = i in repeaters
        c = f.person(
            langs[i],
            "spike_repeater" if rep else "spike_reporter",
            "regular" if i in regulars else "new",
            ["repeat_contact"] if rep else [],
            ["silence", "sentiment_drop"] if rep else ["silence"],
        )
        if i in regulars:
            t0 = f.at(2, f.rng.uniform(8, 17.5))
            f.happy(c, t0, kinds=["buy", "praise", "chat", "view"])
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
            f.pick(w.SPIKE, c.lang),
            "WV.409.2" if ch == "email" else None,
            attrs={"page": "/app/waiver"} if ch == "web" else None,
        )
        if ch == "chat":
            f.add(
                c,
                t + timedelta(minutes=2),
                "chat",
                "chat",
                f.pick(w.SPIKE_CHAT_ANSWER, c.lang),
                out=True,
            )
        keys.append(c.key)
        eids.append(e)
        c.info.update(
            {
                "in_spike": True,
                "regular": i in regulars,
                "spike_event_id": e,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
            }
        )
        if rep:
            ch2 = f.rng.choice([x for x in ["email", "chat", "community"] if x != ch])
            r = f.add(
                c,
                t + timedelta(minutes=f.rng.randint(15, 50)),
                ch2,
                {"email": "message", "chat": "chat", "community": "post"}[ch2],
                f.pick(w.SPIKE_AGAIN, c.lang),
            )
            reps.append(r)
            c.info["repeat_event_id"] = r
        if i in fixed:
            local = "11:40" if c.market in ("UK", "IE", "PT") else "12:40"
            credit = f.money(c, 10.0)[2]
            f.add(
                c,
                dt("2026-09-19T11:08:00") + timedelta(minutes=f.rng.randint(0, 9)),
                "email",
                "message",
                f.pick(w.SPIKE_FIXED, c.lang).format(local=local, credit=credit),
                out=True,
            )
            c.info["agent_fixed"] = True
    f.spike = {
        "topic": "axe-throwing app safety waiver cannot be signed, so nobody can check in at the lanes: error WV.409.2",
        "about": "Saturday-morning waiver signing outage",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    f.write({"topic_spike": 1, "repeat_contact": 6})


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
        build()


if __name__ == "__main__":
    main()
