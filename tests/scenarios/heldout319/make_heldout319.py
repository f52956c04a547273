# ruff: noqa: E501
"""Writes heldout319 (Sonaro, written blind). Standard library only, seeded."""

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

SEED = 20261003
BRAND = "Sonaro"
COMPS = ("Audiveo", "Palcora")
CHANNEL_ID = {"phone": "phone", "social": "handle", "community": "handle", "email": "email"}
PREFIX = {
    "PT": "+3519",
    "DE": "+4915",
    "AT": "+43664",
    "CH": "+4179",
    "UK": "+447",
    "IE": "+35387",
    "ES": "+346",
    "FR": "+336",
    "BE": "+32470",
    "IT": "+393",
}
CURRENCY = {"UK": ("GBP", 0.86), "CH": ("CHF", 0.94)}
COUNTER = [0]
R_TOL = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]


def strip_accents(text: str) -> str:
    text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    return "".join(
        ch
        for ch in unicodedata.normalize("NFD", text)
        if unicodedata.category(ch) != "Mn" or ch == "\u0303"
    )


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    ids: dict[str, Any]
    truth: dict[str, Any]
    first_done: bool = False


@dataclass
class Fam:
    name: str
    code: str
    start: datetime
    days: int
    rng: random.Random
    rough: random.Random
    rows: list[dict[str, Any]] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, Any] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    refs: int = 0

    def t(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def pick(self, table: dict[str, list[str]], lang: str) -> str:
        return self.rng.choice(table[lang])

    def ref(self) -> str:
        COUNTER[0] += 1
        return f"SN-{400000 + COUNTER[0] * 37}"

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        **extra: Any,
    ) -> Cust:
        rng = self.rng
        lang = lang or rng.choices(w.LANGS, w.WEIGHTS)[0]
        market = rng.choice(w.MARKETS[lang])
        COUNTER[0] += 1
        n = COUNTER[0]
        first = rng.choice(w.FIRST[lang])
        last = rng.choice(w.LAST[lang])
        key = f"SN{self.code}{1000 + n}"
        plain = strip_accents(f"{first}.{last}").lower()
        account = extra.get("account_id")
        email = f"{plain}{n}@{extra.get('domain', 'post' + str(n % 5) + '.example')}"
        handle = None if account else f"@{plain.replace('.', '_')}{n}"
        phone = PREFIX[market] + str(10000000 + n * 7919)[-8:]
        ids = {
            "customer_id": key,
            "email": email,
            "phone": phone,
            "handle": handle,
            "account_id": account,
        }
        truth = {
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
        truth.update({k: v for k, v in extra.items() if k != "domain"})
        c = Cust(key, lang, market, ids, truth)
        self.custs[key] = c
        return c

    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.1:
            text = strip_accents(text)
        if r.random() < 0.125 and text[:1].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = [
                i
                for i, x in enumerate(text.split(" "))
                if x.isalpha() and x.islower() and len(x) > 4
            ]
            if words:
                parts = text.split(" ")
                i = r.choice(words)
                x = parts[i]
                j = r.randrange(1, len(x) - 2)
                parts[i] = x[:j] + x[j + 1] + x[j] + x[j + 2 :]
                text = " ".join(parts)
        return text

    def add(
        self,
        c: Cust,
        at: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        *,
        out: bool = False,
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        agent: str | None = None,
        **attrs: str,
    ) -> str:
        eid = f"sn319-{self.code.lower()}-{len(self.rows) + 1:05d}"
        if out or not c.first_done:
            cust = {k: v for k, v in c.ids.items() if v}
            if not out:
                c.first_done = True
        else:
            which = CHANNEL_ID.get(channel, "customer_id")
            if which == "handle" and not c.ids["handle"]:
                which = "email"
            cust = {which: c.ids[which]}
            if which == "handle" and self.rough.random() < 0.2:
                cust = {"handle": c.ids["handle"].lstrip("@")}
            if c.ids["account_id"]:
                cust["account_id"] = c.ids["account_id"]
        if text and not out:
            if channel == "phone":
                text = "".join(ch for ch in text if ch.isalnum() or ch in " .-'")
                text = text if c.lang == "de" else text.lower()
            elif kind != "survey_response":
                text = self.roughen(text)
            if channel == "social" and c.ids["handle"] and "@Sonaro" not in text:
                text = text.replace(BRAND, "@" + BRAND) if BRAND in text else "@Sonaro " + text
        a = {"market": c.market, **attrs}
        if c.ids["account_id"]:
            a["segment"] = "b2b"
        if out:
            a["agent"] = agent or self.rng.choice(
                ("Filipa", "Jannik", "Maeve", "Lorena", "Adèle", "Bianca")
            )
        row = {
            "event_id": eid,
            "occurred_at": at.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "customer": cust,
            "text": text,
            "subject": subject,
            "scores": scores or {},
            "source": f"sonaro-{channel}",
            "attributes": a,
        }
        self.rows.append(row)
        return eid

    def reply(
        self,
        c: Cust,
        at: datetime,
        channel: str,
        table: dict[str, list[str]],
        lang: str | None = None,
        subject: str | None = None,
        **fmt: str,
    ) -> str:
        kind = "chat" if channel == "chat" else "message"
        return self.add(
            c,
            at,
            channel,
            kind,
            self.pick(table, lang or c.lang).format(**fmt),
            out=True,
            subject=subject,
        )

    def happy(
        self, c: Cust, day: int, hour: float, lang: str | None = None, night: bool = False
    ) -> None:
        rng = self.rng
        lg = lang or c.lang
        at = self.t(day, hour) + timedelta(minutes=rng.randrange(60))
        if night:
            if rng.random() < 0.5:
                self.add(
                    c, at, rng.choice(("social", "community")), "post", self.pick(w.NIGHT_POST, lg)
                )
            else:
                self.add(c, at, "chat", "chat", self.pick(w.NIGHT_Q, lg))
                self.reply(c, at + timedelta(minutes=rng.randint(2, 6)), "chat", w.NIGHT_A, lg)
                self.add(
                    c,
                    at + timedelta(minutes=rng.randint(7, 9)),
                    "chat",
                    "chat",
                    self.pick(w.THANKS, lg),
                )
            return
        k = rng.randrange(7)
        if k == 0:
            self.add(c, at, "social", "mention", self.pick(w.PRAISE, lg))
        elif k == 1:
            self.add(c, at, "community", "post", self.pick(w.PRAISE, lg))
        elif k == 2:
            self.add(c, at, "chat", "chat", self.pick(w.QUESTION, lg))
            self.reply(c, at + timedelta(minutes=rng.randint(1, 6)), "chat", w.ANSWER, lg)
            if rng.random() < 0.7:
                self.add(
                    c,
                    at + timedelta(minutes=rng.randint(7, 10)),
                    "chat",
                    "chat",
                    self.pick(w.THANKS, lg),
                )
        elif k == 3:
            self.add(c, at, "phone", "call", self.pick(w.PHONE_Q, lg))
            self.reply(c, at + timedelta(minutes=rng.randint(10, 30)), "email", w.PHONE_FOLLOW, lg)
        elif k == 4:
            prod, price = rng.choice(w.PRODUCTS)
            cur, f = CURRENCY.get(c.market, ("EUR", 1.0))
            self.add(c, at, "web", "page_view", None, page="/hire/" + prod.split(" ")[0].lower())
            self.add(
                c,
                at + timedelta(minutes=rng.randint(3, 12)),
                "web",
                "purchase",
                None,
                order_value=f"{price * f:.2f}",
                currency=cur,
                product=prod,
                page="/checkout",
            )
        elif k == 5:
            self.add(c, at, "web", "review", self.pick(w.REVIEW, lg), rating="5", page="/reviews")
        else:
            self.add(c, at, "email", "message", self.pick(w.QUESTION, lg), subject="?")
            self.reply(c, at + timedelta(minutes=rng.randint(20, 90)), "email", w.ANSWER, lg)

    def survey(
        self, c: Cust, at: datetime, kind: str, value: int, lang: str | None = None, word: str = ""
    ) -> str:
        return self.add(c, at, "survey", "survey_response", word, scores={kind: value}, survey=kind)

    def write(self, about: str, expected: dict[str, int]) -> None:
        self.rows.sort(key=lambda r: (r["occurred_at"], r["event_id"]))
        last = max(
            datetime.fromisoformat(r["occurred_at"].replace("Z", "+00:00")) for r in self.rows
        )
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        assert last < datetime(2026, 11, 20, tzinfo=UTC)
        counts: dict[str, int] = {}
        for c in self.custs.values():
            assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"])
            for rule in c.truth["expected_rules"]:
                counts[rule] = counts.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                counts[rule] = counts.get(rule, 0) + 1
        if self.spike:
            counts["topic_spike"] = 1
        assert counts == expected, (self.name, counts, expected)
        truth = {
            "config": {
                "family": self.name,
                "about": about,
                "business": "Sonaro: party sound, DJ and light hire",
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-08",
                "expected": counts,
            },
            "start": self.start.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "end": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "customers": {k: c.truth for k, c in sorted(self.custs.items())},
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


def fam(name: str, code: str, n: int, start: datetime, days: int) -> Fam:
    return Fam(
        name, code, start, days, random.Random(SEED * 100 + n), random.Random(SEED * 100 + 50 + n)
    )


def day_hour(f: Fam, lo: float = 8, hi: float = 19) -> float:
    return f.rng.uniform(lo, hi)


def complaint(
    f: Fam, c: Cust, at: datetime, channel: str, problem: str, lang: str, long: bool = False
) -> tuple[str, str | None]:
    text = f.pick(w.BAD[problem], lang)
    subj = w.COMPLAINT_SUBJECT[lang] + w.TOPIC[lang][problem]
    ref: str | None = f.ref()
    if long:
        text = f.pick(w.LONG_FRAME, lang).format(problem=text, name=c.truth["name"])
    if channel == "chat":
        eid = f.add(c, at, "chat", "chat", text)
        f.reply(
            c,
            at + timedelta(minutes=f.rng.randint(2, 6)),
            "chat",
            w.CASE_OPENED,
            lang,
            ref=str(ref),
        )
    elif channel == "social":
        eid = f.add(c, at, "social", "mention", text)
        ref = None
    else:
        kind = {"email": "message", "web": "ticket", "phone": "call"}[channel]
        page = "/help/contact" if channel == "web" else None
        if page:
            eid = f.add(c, at, channel, kind, text, page=page)
        else:
            eid = f.add(c, at, channel, kind, text, subject=subj if channel == "email" else None)
        f.reply(
            c,
            at + timedelta(minutes=f.rng.randint(10, 40)),
            "email",
            w.CASE_OPENED,
            lang,
            subject=w.CASE_SUBJECT[lang] + str(ref),
            ref=str(ref),
        )
    return eid, ref


def morning(at: datetime) -> datetime:
    if at.hour >= 22 or at.hour < 7:
        base = at if at.hour < 7 else at + timedelta(days=1)
        return base.replace(hour=8, minute=at.minute % 60)
    return at


def office(at: datetime) -> datetime:
    if at.hour >= 17:
        at = (at + timedelta(days=1)).replace(hour=9)
    elif at.hour < 8:
        at = at.replace(hour=9)
    while at.weekday() > 4:
        at += timedelta(days=1)
    return at


def happy_writers() -> Fam:
    f = fam("happy_writers", "HW", 1, datetime(2026, 1, 12, tzinfo=UTC), 10)
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in sorted(f.rng.sample(range(10), f.rng.randint(5, 8))):
            f.happy(c, d, day_hour(f, 7, 18))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in sorted(f.rng.sample(range(9), f.rng.randint(2, 4))):
            f.happy(c, d, f.rng.choice((22.2, 23.0, 0.5, 2.0, 3.5)), night=True)
        for d in f.rng.sample(range(10), 2):
            f.happy(c, d, day_hour(f, 9, 17))
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in sorted(f.rng.sample(range(10), f.rng.randint(3, 6))):
            kind = f.rng.choice(("nps", "csat", "ces"))
            val = {
                "nps": f.rng.randint(9, 10),
                "csat": f.rng.randint(4, 5),
                "ces": f.rng.randint(6, 7),
            }[kind]
            f.survey(c, f.t(d, day_hour(f)), kind, val, word=f.pick(w.SURVEY_WORD, c.lang))
    f.write("Happy day writers, night writers and survey-only customers of Sonaro.", {})
    return f


def one_bad_day() -> Fam:
    f = fam("one_bad_day", "BD", 2, datetime(2026, 2, 9, tzinfo=UTC), 12)
    channels = ["long", "email", "chat", "social", "web", "phone"]
    with_case: list[tuple[Cust, datetime, str, str]] = []
    i = 0
    for ch in channels:
        for _ in range(4):
            problem = w.PROBLEMS[i % 4]
            i += 1
            lang = ("pt", "de")[i % 2] if ch == "long" else None
            c = f.person(
                "happy_one_bad_day", "one bad day", lang, tolerated=["silence"], problem=problem
            )
            bad = f.rng.randint(2, 9)
            at = f.t(bad, day_hour(f, 8, 20))
            for d in f.rng.sample(
                [d for d in range(12) if d <= bad - 2 or d >= bad + 3], f.rng.randint(1, 4)
            ):
                f.happy(c, d, day_hour(f))
            eid, ref = complaint(
                f, c, at, "email" if ch == "long" else ch, problem, c.lang, ch == "long"
            )
            c.truth.update(
                {
                    "channel": ch,
                    "bad_day_at": at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "bad_day_event_id": eid,
                    "booking": ref,
                    "long_email": ch == "long",
                    "trouble_starts_at": at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                }
            )
            if ref:
                with_case.append((c, at, ref, ch))
    f.rng.shuffle(with_case)
    for j, (c, at, ref, _ch) in enumerate(with_case):
        if j < 6:
            nps = f.rng.randint(1, 5)
            sid = f.survey(c, at + timedelta(minutes=f.rng.randint(100, 140)), "nps", nps)
            c.truth.update(
                {
                    "persona": "bad_day_detractor",
                    "expected_rules": ["detractor"],
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": sid,
                }
            )
        elif j < 11:
            cs = f.rng.randint(1, 2)
            sid = f.survey(c, at + timedelta(minutes=f.rng.randint(40, 80)), "csat", cs)
            c.truth.update({"csat_given": True, "csat": cs, "survey_event_id": sid})
        if 2 <= j < 14:
            f.reply(
                c,
                morning(at + timedelta(minutes=f.rng.randint(60, 240))),
                "email",
                w.GOOD_NEWS,
                subject=w.CASE_SUBJECT[c.lang] + ref,
                ref=ref,
            )
            c.truth["agent_fixed"] = True
            if j < 7:
                ap = morning(at + timedelta(hours=f.rng.uniform(16, 24)))
                aid = f.add(c, ap, "chat", "chat", f.pick(w.APOLOGY, c.lang))
                c.truth.update(
                    {
                        "apologised": True,
                        "apology_at": ap.strftime("%Y-%m-%dT%H:%M:%SZ"),
                        "apology_event_id": aid,
                    }
                )
    for _ in range(8):
        c = f.person("happy", "control")
        for d in f.rng.sample(range(12), f.rng.randint(4, 7)):
            f.happy(c, d, day_hour(f))
    f.write("Happy customers with one bad day, some detractors, controls.", {"detractor": 6})
    return f


def repeat_run(
    f: Fam,
    c: Cust,
    problem: str,
    day: int,
    times: int,
    escalate: bool,
    langs: list[str],
    first_ch: str,
) -> None:
    at = f.t(day, day_hour(f, 8, 19))
    eid, ref = complaint(f, c, at, first_ch, problem, langs[0])
    ids = [eid]
    ref = ref or f.ref()
    if escalate:
        f.reply(
            c,
            at + timedelta(minutes=f.rng.randint(90, 150)),
            "email",
            w.ESCALATED,
            langs[0],
            subject=w.CASE_SUBJECT[langs[0]] + ref,
            ref=ref,
        )
    chs = [x for x in ("email", "chat", "phone", "web", "social") if x != first_ch]
    f.rng.shuffle(chs)
    comp = f.rng.choice(COMPS)
    cur = at
    for k in range(1, times):
        lg = langs[k % len(langs)]
        cur = morning(cur + timedelta(hours=f.rng.uniform(4, 40)))
        text = f.pick(w.STILL_OPEN, lg).format(ref=ref, problem=f.pick(w.BAD[problem], lg))
        if k == 2:
            text += w.THIRD[lg].format(comp=comp)
        if k == 3:
            text += w.FOURTH[lg]
        ch = chs[k - 1]
        kind = {
            "email": "message",
            "chat": "chat",
            "phone": "call",
            "web": "ticket",
            "social": "mention",
        }[ch]
        ids.append(
            f.add(
                c, cur, ch, kind, text, subject=w.CASE_SUBJECT[lg] + ref if ch == "email" else None
            )
        )
        if ch == "chat":
            f.reply(c, cur + timedelta(minutes=3), "chat", w.ADDED, lg, ref=ref)
    c.truth.update(
        {
            "problem": problem,
            "booking": ref,
            "contacts": times,
            "agent_passed_on": escalate,
            "problem_event_ids": ids,
            "competitor": comp if times >= 3 else None,
            "trouble_starts_at": at.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "channel": first_ch,
        }
    )


def fixed_case(f: Fam, c: Cust, problem: str, day: int, lang1: str, lang2: str) -> dict[str, Any]:
    at = f.t(day, day_hour(f, 8, 17))
    eid, ref = complaint(f, c, at, "web", problem, lang1)
    assert ref
    fx = morning(at + timedelta(hours=f.rng.uniform(3, 20)))
    f.reply(c, fx, "email", w.GOOD_NEWS, lang2, subject=w.CASE_SUBJECT[lang2] + ref, ref=ref)
    cf = morning(fx + timedelta(hours=f.rng.uniform(8, 30)))
    cid = f.add(
        c,
        cf,
        "email",
        "message",
        f.pick(w.CONFIRM, lang2).format(ref=ref),
        subject=w.CASE_SUBJECT[lang2] + ref,
    )
    fmt = "%Y-%m-%dT%H:%M:%SZ"
    return {
        "problem": problem,
        "booking": ref,
        "raised_at": at.strftime(fmt),
        "fixed_at": fx.strftime(fmt),
        "confirmed_at": cf.strftime(fmt),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": "web",
        "confirm_channel": "email",
    }


def repeat_contacts() -> Fam:
    f = fam("repeat_contacts", "RC", 3, datetime(2026, 3, 9, tzinfo=UTC), 10)
    tol = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
    for j in range(12):
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=tol)
        f.happy(c, 0, day_hour(f, 7, 11))
        repeat_run(
            f,
            c,
            w.PROBLEMS[j % 4],
            f.rng.randint(1, 4),
            2 + j % 3,
            j < 6,
            [c.lang],
            ("web", "email", "chat", "phone")[j % 4],
        )
    for j in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=["silence"])
        c.truth["problems"] = [
            fixed_case(f, c, w.PROBLEMS[j % 4], f.rng.randint(1, 4), c.lang, c.lang)
        ]
    for j in range(3):
        c = f.person("different_problems", "two problems", tolerated=["silence"])
        d = f.rng.randint(0, 2)
        c.truth["problems"] = [
            fixed_case(f, c, w.PROBLEMS[j], d, c.lang, c.lang),
            fixed_case(f, c, w.PROBLEMS[j + 1], d + 4, c.lang, c.lang),
        ]
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        for d in f.rng.sample(range(10), f.rng.randint(5, 8)):
            f.happy(c, d, day_hour(f))
    f.write(
        "Repeat contacts about one open problem, fixed cases, two problems, frequent writers.",
        {"repeat_contact": 12},
    )
    return f


def slide(f: Fam, c: Cust, day: int, span: int, langs: list[str]) -> None:
    cur = f.t(day, day_hour(f, 9, 17))
    ids = []
    comp = f.rng.choice(COMPS)
    for k in range(6):
        lg = langs[k % len(langs)]
        text = w.SLIDE[lg][k].format(comp=comp)
        ch = ("social", "community", "review")[k % 3]
        if ch == "review":
            ids.append(
                f.add(
                    c,
                    cur,
                    "web",
                    "review",
                    text,
                    rating=str((3, 3, 2, 2, 1, 1)[k]),
                    page="/reviews",
                )
            )
        else:
            ids.append(f.add(c, cur, ch, "mention" if ch == "social" else "post", text))
        if k == 3 and c.truth.get("nps_slot"):
            nps = f.rng.randint(1, 5)
            sid = f.survey(c, morning(cur + timedelta(hours=f.rng.uniform(2.5, 3.5))), "nps", nps)
            c.truth.update(
                {
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": sid,
                    "expected_rules": ["sentiment_drop", "detractor"],
                }
            )
        cur = morning(cur + timedelta(hours=max(1.0, span * 24 / 6 * f.rng.uniform(0.7, 1.1))))
    c.truth.pop("nps_slot", None)
    c.truth.update(
        {
            "slide_event_ids": ids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": next(r["occurred_at"] for r in f.rows if r["event_id"] == ids[0]),
        }
    )


def slow_churners() -> Fam:
    f = fam("slow_churners", "SC", 4, datetime(2026, 4, 6, tzinfo=UTC), 32)
    for j in range(10):
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
            nps_slot=j < 5,
        )
        for d in sorted(f.rng.sample(range(11), 7)):
            f.happy(c, d, day_hour(f))
        slide(f, c, f.rng.randint(12, 16), (3, 5, 5, 5, 5, 5, 9, 9, 9, 9)[j], [c.lang])
    for _ in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            expected=["churn_intent"],
            tolerated=["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        for d in f.rng.sample(range(15), f.rng.randint(4, 6)):
            f.happy(c, d, day_hour(f))
        at = f.t(f.rng.randint(17, 23), day_hour(f, 8, 18))
        rid = f.add(c, at, "email", "message", f.pick(w.CANCEL_REQ, c.lang), subject="Sonaro Club")
        f.reply(
            c,
            morning(at + timedelta(hours=f.rng.uniform(1, 5))),
            "email",
            w.SORRY_GO,
            subject="Re: Sonaro Club",
        )
        cx = morning(at + timedelta(hours=f.rng.uniform(20, 30)))
        cid = f.add(c, cx, "web", "cancellation", None, page="/account/club", product="Sonaro Club")
        fmt = "%Y-%m-%dT%H:%M:%SZ"
        c.truth.update(
            {
                "churn_intent_event_id": rid,
                "cancellation_event_id": cid,
                "churn_at": cx.strftime(fmt),
                "trouble_starts_at": at.strftime(fmt),
            }
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        for d in f.rng.sample(range(32), f.rng.randint(6, 10)):
            f.happy(c, d, day_hour(f))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        d = f.rng.randint(0, 4)
        gids = []
        for _k in range(f.rng.randint(5, 7)):
            gids.append(
                f.add(
                    c,
                    f.t(d, day_hour(f)),
                    f.rng.choice(("social", "community", "web")),
                    "post",
                    f.pick(w.GRUMBLE, c.lang),
                )
            )
            d += f.rng.randint(1, 3)
        c.truth.update(
            {
                "grumble_event_ids": gids,
                "trouble_starts_at": next(
                    r["occurred_at"] for r in f.rows if r["event_id"] == gids[0]
                ),
            }
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        for d in f.rng.sample(range(16), f.rng.randint(3, 5)):
            f.happy(c, d, day_hour(f))
        c.truth["sarcasm_event_id"] = f.add(
            c,
            f.t(f.rng.randint(17, 28), day_hour(f)),
            "social",
            "mention",
            f.pick(w.SARCASM, c.lang),
        )
    f.write(
        "Sliders, leavers, steady, steadily grumpy and sarcastic customers.",
        {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
    )
    return f


def quiet_hours() -> Fam:
    f = fam("quiet_hours", "QH", 5, datetime(2026, 6, 5, tzinfo=UTC), 3)
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in sorted(f.rng.sample(range(3), f.rng.randint(1, 3))):
            f.happy(c, d, day_hour(f, 7, 17.5))
    for j in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        at = f.t(j % 3, day_hour(f, 9, 16))
        f.add(c, at, "web", "page_view", None, page="/depots")
        g = at + timedelta(minutes=f.rng.randint(20, 30))
        if j < 2:
            gid = f.add(c, g, "chat", "chat", f.pick(w.MILD, c.lang))
            f.reply(c, g + timedelta(minutes=4), "chat", w.ANSWER)
        else:
            gid = f.add(c, g, "web", "ticket", f.pick(w.MILD, c.lang), page="/help/contact")
            f.reply(c, g + timedelta(minutes=30), "email", w.CASE_OPENED, ref=f.ref())
        c.truth.update(
            {"grumble_event_id": gid, "trouble_starts_at": g.strftime("%Y-%m-%dT%H:%M:%SZ")}
        )
    for night in range(3):
        first = f.t(night + 1, 0.7 + f.rng.uniform(0, 0.35))
        for b, off in enumerate((0, f.rng.uniform(28, 33), f.rng.uniform(55, 65))):
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                if f.rng.random() < 0.5:
                    f.happy(c, 0, 11)
                start = first + timedelta(minutes=off)
                at = start + timedelta(minutes=f.rng.uniform(0, 9))
                if f.rng.random() < 0.5:
                    nid = f.add(c, at, "chat", "chat", f.pick(w.NIGHT_Q, c.lang))
                    f.reply(c, at + timedelta(minutes=3), "chat", w.NIGHT_A)
                    f.add(c, at + timedelta(minutes=6), "chat", "chat", f.pick(w.THANKS, c.lang))
                else:
                    nid = f.add(c, at, "social", "post", f.pick(w.NIGHT_POST, c.lang))
                c.truth.update(
                    {"burst_at": start.strftime("%Y-%m-%dT%H:%M:%SZ"), "night_event_id": nid}
                )
    f.write("A calm weekend with mild grumbles and night-owl bursts.", {})
    return f


PAIRS = [
    ("pt", "de"),
    ("de", "pt"),
    ("pt", "en"),
    ("de", "en"),
    ("pt", "es"),
    ("de", "fr"),
    ("pt", "fr"),
    ("de", "it"),
    ("en", "pt"),
    ("es", "de"),
    ("fr", "pt"),
    ("it", "de"),
]


def bilingual() -> Fam:
    f = fam("bilingual", "BL", 6, datetime(2026, 7, 6, tzinfo=UTC), 14)
    pair = iter(PAIRS * 3)
    for _ in range(12):
        a, b = next(pair)
        c = f.person(
            "happy",
            "alternates languages",
            a,
            languages=[a, b],
            job_second_language="family abroad",
        )
        for k, d in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
            f.happy(c, d, day_hour(f), (a, b)[k % 2])
    for j in range(5):
        a, b = next(pair)
        c = f.person(
            "repeat_contact",
            "repeats",
            a,
            expected=["repeat_contact"],
            tolerated=R_TOL,
            languages=[a, b],
            job_second_language="works abroad",
        )
        f.happy(c, 0, day_hour(f))
        times = (2, 2, 3, 3, 4)[j]
        repeat_run(
            f,
            c,
            w.PROBLEMS[j % 4],
            f.rng.randint(2, 5),
            times,
            times >= 3,
            [a, b],
            ("web", "email", "chat", "phone", "web")[j],
        )
    for _ in range(5):
        a, b = next(pair)
        c = f.person(
            "slow_churner",
            "slides",
            a,
            expected=["sentiment_drop"],
            tolerated=[
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
            languages=[a, b],
            job_second_language="partner's language",
        )
        for k in range(5):
            f.add(c, f.t(k, day_hour(f)), "social", "mention", f.pick(w.PRAISE, (a, b)[k % 2]))
        f.happy(c, 5, day_hour(f), b)
        slide(f, c, f.rng.randint(7, 8), f.rng.randint(3, 5), [a, b])
    for j in range(3):
        a, b = next(pair)
        c = f.person(
            "happy_one_bad_day",
            "one bad day",
            a,
            tolerated=["silence"],
            languages=[a, b],
            job_second_language="studied abroad",
            problem=w.PROBLEMS[j],
        )
        for d in (0, 2, 11):
            f.happy(c, d, day_hour(f), a)
        at = f.t(6, day_hour(f, 9, 18))
        long = j == 0 and b in w.LONG_FRAME
        eid, ref = complaint(f, c, at, ("email", "email", "chat")[j], w.PROBLEMS[j], b, long)
        c.truth.update(
            {
                "bad_day_at": at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "bad_day_event_id": eid,
                "bad_day_language": b,
                "booking": ref,
                "long_email": long,
                "trouble_starts_at": at.strftime("%Y-%m-%dT%H:%M:%SZ"),
            }
        )
    for j in range(2):
        a, b = next(pair)
        c = f.person(
            "resolved_between_contacts",
            "fixed",
            a,
            tolerated=["silence"],
            languages=[a, b],
            job_second_language="neighbours",
        )
        c.truth["problems"] = [fixed_case(f, c, w.PROBLEMS[j + 2], f.rng.randint(2, 8), a, b)]
        c.truth["confirm_language"] = b
    f.write("Customers who alternate two languages.", {"repeat_contact": 5, "sentiment_drop": 5})
    return f


B2B = {
    "invoice": {
        "pt": "As faturas da Sonaro Stage vêm com o nome antigo da empresa e sem número de encomenda, a contabilidade devolve todas.",
        "de": "Die Rechnungen von Sonaro Stage tragen unseren alten Firmennamen und keine Bestellnummer, die Buchhaltung weist alle zurück.",
        "en": "Sonaro Stage invoices carry our old company name and no PO number, accounts reject every one.",
        "es": "Las facturas de Sonaro Stage llevan el nombre antiguo de la empresa y sin número de pedido, contabilidad las rechaza todas.",
    },
    "blocked": {
        "pt": "No armazém recusaram-nos o equipamento para o evento, 'conta bloqueada', mas está tudo pago.",
        "de": "Am Lager wurde uns die Technik fürs Event verweigert, 'Konto gesperrt', obwohl alles bezahlt ist.",
        "en": "The depot refused our event kit, 'account on stop', though everything is paid.",
        "es": "En el almacén nos negaron el equipo del evento, 'cuenta bloqueada', y está todo pagado.",
    },
    "portal": {
        "pt": "O portal não mostra nenhum aluguer em curso, não conseguimos pedir a recolha e a fatura continua a correr.",
        "de": "Das Portal zeigt keine laufenden Mieten, wir können keine Abholung anmelden und die Rechnung läuft weiter.",
        "en": "The portal shows no open hires, so we can't request collection and the bill keeps running.",
        "es": "El portal no muestra alquileres abiertos, no podemos pedir la recogida y la factura sigue corriendo.",
    },
}
B2B_LATER = {
    "pt": "Escrevo também sobre o pedido {ref}, que a {name} já reportou: {problem}",
    "de": "Ich schreibe auch wegen Vorgang {ref}, den {name} schon gemeldet hat: {problem}",
    "en": "Writing too about case {ref}, which {name} already raised: {problem}",
    "es": "Escribo también por la incidencia {ref}, que ya avisó {name}: {problem}",
}
B2B_LAST = {
    "pt": "pedido {ref} continua sem solução e vários colegas já escreveram o meu chefe diz que mudamos de fornecedor se não resolverem esta semana",
    "de": "Vorgang {ref} ist immer noch nicht gelöst und mehrere Kollegen haben geschrieben mein Chef sagt wir wechseln den Anbieter wenn das diese Woche nicht klappt",
    "en": "case {ref} is still not fixed and several colleagues have written my boss says we move the account if it isn't sorted this week",
    "es": "la incidencia {ref} sigue sin resolver y varios compañeros ya han escrito mi jefe dice que cambiamos de proveedor si no se arregla esta semana",
}
B2B_MILD = {
    "pt": "Sugestão: seria útil exportar os custos de aluguer por código de projeto.",
    "de": "Vorschlag: die Mietkosten nach Projektnummer exportieren zu können wäre hilfreich.",
    "en": "Suggestion: exporting hire costs by project code would help us.",
    "es": "Sugerencia: exportar los costes de alquiler por código de proyecto nos ayudaría.",
}
B2B_Q = {
    "pt": "Bom dia, podemos juntar duas encomendas de luzes numa só entrega?",
    "de": "Guten Morgen, können wir zwei Lichtbestellungen in eine Lieferung packen?",
    "en": "Morning, can we combine two lighting orders into one delivery?",
    "es": "Buenos días, ¿podemos juntar dos pedidos de luces en una entrega?",
}
B2B_A = {
    "pt": "Bom dia! Sim, já juntámos as duas.",
    "de": "Guten Morgen! Ja, beide sind jetzt zusammengelegt.",
    "en": "Morning! Yes, both are combined now.",
    "es": "¡Buenos días! Sí, ya están juntas.",
}


def b2b_accounts() -> Fam:
    f = fam("b2b_accounts", "BB", 7, datetime(2026, 8, 3, tzinfo=UTC), 14)
    fmt = "%Y-%m-%dT%H:%M:%SZ"
    plan = (
        [("at_risk", 3), ("at_risk", 3), ("at_risk", 4), ("at_risk", 3), ("at_risk", 4)]
        + [("one_unhappy", 1)] * 4
        + [("mild", 2)] * 3
        + [("happy", 0)] * 3
    )
    langs = [
        "pt",
        "de",
        "pt",
        "de",
        "en",
        "de",
        "pt",
        "es",
        "de",
        "pt",
        "de",
        "en",
        "pt",
        "de",
        "es",
    ]
    kinds = [
        "event agency",
        "hotel",
        "school",
        "wedding venue",
        "conference centre",
        "theatre",
        "municipality",
        "university",
    ]
    for a, ((kind, unhappy), lg) in enumerate(zip(plan, langs, strict=True)):
        COUNTER[0] += 1
        market = w.MARKETS[lg][0]
        acc = f"SNS-{market}-{2000 + COUNTER[0]}"
        company = f"{w.LAST[lg][a % len(w.LAST[lg])]} {('Eventos', 'Events', 'Hotel', 'Kultur')[a % 4]} {a + 1}"
        ncont = max(unhappy + 1, f.rng.randint(3, 5))
        problem = ("invoice", "blocked", "portal")[a % 3]
        contacts = []
        for k in range(ncont):
            role = (
                "complainer"
                if k < unhappy and kind != "mild"
                else ("suggests" if kind == "mild" and k < 2 else "contact")
            )
            persona = (
                {
                    "at_risk": "b2b_unhappy",
                    "one_unhappy": "b2b_one_unhappy",
                    "mild": "b2b_mild",
                }.get(kind, "b2b_happy")
                if role != "contact"
                else "b2b_happy"
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
                if persona == "b2b_unhappy"
                else (
                    ["sentiment_drop", "high_value_at_risk", "silence"]
                    if persona == "b2b_one_unhappy"
                    else (["silence"] if persona == "b2b_mild" else [])
                )
            )
            c = f.person(
                persona,
                role,
                lg,
                tolerated=tol,
                account_id=acc,
                domain=f"{company.split()[0].lower()}{a + 1}.example",
                company=company,
                role=role,
                job_title="Event manager",
                job="Event manager",
            )
            c.truth["identifiers"]["handle"] = None
            contacts.append(c)
            for _ in range(f.rng.randint(1, 2) if role == "contact" else f.rng.randint(0, 1)):
                at = f.t(
                    f.rng.randint(0, 1)
                    if role != "contact"
                    else f.rng.choice((0, 1, 2, 3, 4, 7, 8)),
                    day_hour(f, 8, 16.5),
                )
                f.add(c, at, "chat", "chat", B2B_Q[lg])
                f.reply(c, at + timedelta(minutes=f.rng.randint(1, 6)), "chat", {lg: [B2B_A[lg]]})
            if role == "contact" and f.rng.random() < 0.5:
                f.survey(
                    c,
                    f.t(f.rng.choice((2, 3, 4, 7, 8, 9)), day_hour(f, 9, 16)),
                    "nps",
                    f.rng.randint(9, 10),
                )
        ref = f.ref()
        keys = [c.key for c in contacts]
        unhappy_keys = [c.key for c in contacts if c.truth["role"] == "complainer"]
        acct = {
            "company": company,
            "site": kinds[a % len(kinds)],
            "contacts": ncont,
            "contact_keys": keys,
            "unhappy_contacts": len(unhappy_keys),
            "unhappy_contact_keys": unhappy_keys,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lg,
            "country": market,
        }
        if kind == "at_risk":
            cur = f.t(2, 9.0 + a)
            acct["trouble_starts_at"] = cur.strftime(fmt)
            first_name = contacts[0].truth["name"].split()[0]
            for k, c in enumerate(contacts[:unhappy]):
                text = (
                    B2B[problem][lg]
                    if k == 0
                    else B2B_LATER[lg].format(ref=ref, name=first_name, problem=B2B[problem][lg])
                )
                eid = f.add(c, cur, "email", "message", text, subject=w.COMPLAINT_SUBJECT[lg] + ref)
                if k == 0:
                    f.reply(
                        c,
                        cur + timedelta(minutes=30),
                        "email",
                        {lg: w.CASE_OPENED[lg]},
                        subject=w.CASE_SUBJECT[lg] + ref,
                        ref=ref,
                    )
                ids = [eid]
                c.truth.update(
                    {
                        "complaint_event_ids": ids,
                        "trouble_starts_at": cur.strftime(fmt),
                        "problem": problem,
                        "booking": ref,
                    }
                )
                if k < unhappy - 1:
                    nps = f.rng.randint(1, 5)
                    sid = f.survey(c, cur + timedelta(hours=f.rng.uniform(1, 3)), "nps", nps)
                    c.truth.update(
                        {
                            "expected_rules": ["detractor"],
                            "nps_given": True,
                            "nps": nps,
                            "survey_event_id": sid,
                        }
                    )
                else:
                    again = cur + timedelta(hours=f.rng.uniform(18, 30))
                    again = office(again)
                    ids.append(f.add(c, again, "phone", "call", B2B_LAST[lg].format(ref=ref)))
                    c.truth["expected_rules"] = ["repeat_contact"]
                    c.truth["tolerated_rules"] = [
                        r for r in c.truth["tolerated_rules"] if r != "repeat_contact"
                    ]
                nxt = cur + timedelta(hours=f.rng.uniform(8, 22))
                if nxt.hour < 8 or nxt.hour >= 17:
                    nxt = (nxt + timedelta(days=1 if nxt.hour >= 17 else 0)).replace(hour=9)
                cur = office(nxt)
        elif kind == "one_unhappy":
            c = contacts[0]
            at = f.t(f.rng.randint(3, 7), day_hour(f, 9, 16))
            at = at if at.weekday() < 5 else at + timedelta(days=7 - at.weekday())
            eid = f.add(
                c, at, "email", "message", B2B[problem][lg], subject=w.COMPLAINT_SUBJECT[lg] + ref
            )
            f.reply(
                c,
                at + timedelta(minutes=40),
                "email",
                {lg: w.CASE_OPENED[lg]},
                subject=w.CASE_SUBJECT[lg] + ref,
                ref=ref,
            )
            nps = f.rng.randint(1, 5)
            sid = f.survey(c, at + timedelta(hours=2), "nps", nps)
            c.truth.update(
                {
                    "expected_rules": ["detractor"],
                    "complaint_event_ids": [eid],
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": sid,
                    "problem": problem,
                    "booking": ref,
                    "trouble_starts_at": at.strftime(fmt),
                }
            )
        elif kind == "mild":
            for c in contacts[:2]:
                at = f.t(f.rng.choice((2, 3, 4, 7, 8)), day_hour(f, 8, 16))
                mid = f.add(c, at, "web", "ticket", B2B_MILD[lg], page="/stage/feedback")
                f.reply(
                    c, at + timedelta(minutes=50), "email", {lg: w.CASE_OPENED[lg]}, ref=f.ref()
                )
                c.truth.update({"mild_event_id": mid, "trouble_starts_at": at.strftime(fmt)})
        f.accounts[acc] = acct
    f.write(
        "Sonaro Stage accounts: at risk, one unhappy contact, mild suggestions, happy.",
        {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    )
    return f


def topic_spike() -> Fam:
    f = fam("topic_spike", "TS", 8, datetime(2026, 9, 28, tzinfo=UTC), 7)
    fmt = "%Y-%m-%dT%H:%M:%SZ"
    regulars = []
    for j in range(40):
        c = f.person("happy", "day writer")
        for d in f.rng.sample(range(6), f.rng.randint(1, 4)):
            f.happy(c, d, day_hour(f, 12, 18) if d == 5 else day_hour(f))
        if j < 0:
            regulars.append(c)
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        at = f.t(0, day_hour(f, 9, 16))
        gid = f.add(c, at, "chat", "chat", f.pick(w.GRUMBLE, c.lang))
        f.reply(c, at + timedelta(minutes=4), "chat", w.ANSWER)
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": at.strftime(fmt)})
    for j, lg in enumerate(("pt", "de")):
        c = f.person("grumbles_once", "lone question", lg, tolerated=["silence"])
        at = f.t(4, (9.6, 16.1)[j])
        lid = f.add(c, at, "chat", "chat", f.pick(w.LONE_Q, lg))
        f.reply(c, at + timedelta(minutes=5), "chat", w.LONE_A)
        c.truth.update({"lone_report_event_id": lid, "trouble_starts_at": at.strftime(fmt)})
    langs = ["pt"] * 6 + ["de"] * 6 + ["en", "en", "es", "es", "fr", "fr", "it", "it"]
    f.rng.shuffle(langs)
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    s0 = f.t(5, 9 + 5 / 60)
    offsets = sorted([0, 45] + [f.rng.randint(1, 44) for _ in range(18)])
    eids: list[str] = []
    rids: list[str] = []
    keys: list[str] = []
    for j in range(20):
        lg, ch = langs[j], chans[j]
        regular = j % 5 < 3
        c = f.person(
            "spike_reporter",
            "regular" if regular else "new",
            lg,
            tolerated=["silence"],
            in_spike=True,
            regular=regular,
        )
        if regular:
            f.happy(c, 2, day_hour(f, 8, 17.5))
        at = s0 + timedelta(minutes=offsets[j])
        kind = {
            "social": "mention",
            "chat": "chat",
            "community": "post",
            "email": "message",
            "web": "ticket",
        }[ch]
        eid = (
            f.add(c, at, ch, kind, f.pick(w.SPIKE, lg), page="/checkout")
            if ch == "web"
            else f.add(c, at, ch, kind, f.pick(w.SPIKE, lg))
        )
        if ch == "chat":
            f.reply(c, at + timedelta(minutes=2), "chat", w.SPIKE_ANSWER)
        eids.append(eid)
        keys.append(c.key)
        c.truth.update(
            {"spike_event_id": eid, "spike_channel": ch, "trouble_starts_at": at.strftime(fmt)}
        )
        if len(rids) < 6 and j < 12 and j % 2 == 0:
            ch2 = [x for x in ("email", "chat", "community") if x != ch][len(rids) % 2]
            k2 = {"email": "message", "chat": "chat", "community": "post"}[ch2]
            rid = f.add(
                c, at + timedelta(minutes=f.rng.randint(15, 50)), ch2, k2, f.pick(w.SPIKE_AGAIN, lg)
            )
            rids.append(rid)
            c.truth.update(
                {
                    "persona": "spike_repeater",
                    "expected_rules": ["repeat_contact"],
                    "tolerated_rules": ["silence", "sentiment_drop"],
                    "repeat_event_id": rid,
                }
            )
        elif (
            c.truth["persona"] == "spike_reporter"
            and sum(1 for x in f.custs.values() if x.truth.get("agent_fixed")) < 6
            and j % 2 == 1
        ):
            f.reply(
                c, f.t(5, 10.5) + timedelta(minutes=f.rng.randint(0, 9)), "email", w.WORKS_AGAIN
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": f"party-hire app checkout payments failing for every card and wallet: no booking can be paid, error {w.SPIKE_CODE}",
        "about": "checkout payment failure",
        "channel": None,
        "start": s0.strftime(fmt),
        "end": (s0 + timedelta(minutes=45)).strftime(fmt),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": rids,
    }
    f.write(
        "A calm week and one checkout-payment spike on a Saturday morning.",
        {"topic_spike": 1, "repeat_contact": len(rids)},
    )
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
        build()


if __name__ == "__main__":
    main()
