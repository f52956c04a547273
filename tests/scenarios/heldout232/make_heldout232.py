# ruff: noqa: E501
"""Build heldout232 (report only, written blind): every <family>.jsonl and .truth.json.

Run as `python make_heldout232.py` from anywhere; standard library only, fixed seed.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from random import Random
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from wording import BRAND, COMPETITORS, T  # noqa: E402

SEED = 20261029
LANG_W = {"en": 30, "it": 30, "fr": 10, "de": 10, "pt": 10, "es": 10}
MARKETS = {
    "en": ("UK", "IE"),
    "it": ("IT", "CH"),
    "fr": ("FR", "BE"),
    "de": ("DE", "AT"),
    "pt": ("PT",),
    "es": ("ES",),
}
PREFIX = {
    "UK": "+447",
    "IE": "+3538",
    "IT": "+393",
    "CH": "+417",
    "FR": "+336",
    "BE": "+324",
    "DE": "+4915",
    "AT": "+43664",
    "PT": "+3519",
    "ES": "+346",
}
FIRST = {
    "en": ["Anna", "Tom", "Priya", "Liam", "Chloe", "Owen", "Grace", "Niall", "Ruth", "Dev"],
    "it": [
        "Francesca",
        "Marco",
        "Giulia",
        "Luca",
        "Chiara",
        "Paolo",
        "Sara",
        "Davide",
        "Elena",
        "Matteo",
    ],
    "fr": ["Camille", "Hugo", "Manon", "Théo", "Inès"],
    "de": ["Lena", "Jonas", "Miriam", "Felix", "Katrin"],
    "pt": ["Inês", "Tiago", "Beatriz", "Rui", "Joana"],
    "es": ["Lucía", "Pablo", "Irene", "Diego", "Nuria"],
}
LAST = {
    "en": ["Hughes", "Patel", "Byrne", "Walsh", "Carter", "Osei", "Finch", "Doyle"],
    "it": ["Ferri", "Galli", "Rinaldi", "Marino", "Conti", "Greco", "Bassi", "Vitale"],
    "fr": ["Morel", "Girard", "Fabre", "Leroy"],
    "de": ["Brandt", "Kessler", "Vogt", "Hahn"],
    "pt": ["Sousa", "Lopes", "Matos", "Pires"],
    "es": ["Torres", "Gil", "Serrano", "Vidal"],
}
SOURCE = {
    "email": "velostalla-mail",
    "phone": "velostalla-voice",
    "social": "velostalla-social",
    "community": "velostalla-forum",
    "chat": "velostalla-chat",
    "web": "velostalla-web",
    "survey": "velostalla-survey",
}
KIND = {
    "email": "message",
    "phone": "call",
    "social": "post",
    "community": "post",
    "chat": "chat",
    "web": "ticket",
    "survey": "survey_response",
}
SPIKE_CODE = "VSK-274"
ALL_TOL = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]


def strip_accents(text: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Cust:
    key: str
    lang: str
    country: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    truth: dict[str, Any] = field(default_factory=dict)


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.rng = Random(SEED * 100 + n)
        self.rough = Random(SEED * 100 + 50 + n)
        self.rows: list[dict[str, Any]] = []
        self.custs: dict[str, Cust] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.seq = 0
        self.cases = 0

    def lang(self) -> str:
        return self.rng.choices(list(LANG_W), weights=list(LANG_W.values()))[0]

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        expected: tuple[str, ...] = (),
        tolerated: tuple[str, ...] = (),
        account: str | None = None,
        **extra: Any,
    ) -> Cust:
        lg = lang or self.lang()
        country = self.rng.choice(MARKETS[lg])
        num = len(self.custs) + 1
        key = f"VS{self.code}{1000 + num * 7 + self.rng.randrange(7)}"
        first, last = self.rng.choice(FIRST[lg]), self.rng.choice(LAST[lg])
        slug = strip_accents(f"{first}.{last}").lower()
        email = f"{slug}{num}@{'company' if account else 'mail'}-{self.code.lower()}.example"
        phone = (
            PREFIX[country] + "".join(str(self.rng.randrange(10)) for _ in range(8)) + f"{num:02d}"
        )
        handle = (
            None
            if account or self.rng.random() < 0.2
            else f"@{strip_accents(last).lower()}_{strip_accents(first).lower()}{self.code.lower()}{num}"
        )
        c = Cust(key, lg, country, email, phone, handle, account)
        c.truth = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": phone,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": list(expected),
            "tolerated_rules": list(tolerated),
            "persona": persona,
            "habit": habit,
            "language": lg,
            "country": country,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            **extra,
        }
        self.custs[key] = c
        return c

    def case(self) -> str:
        self.cases += 1
        return f"VS-{self.code}{40000 + self.cases * 13}"

    def at(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def text(self, table: str, lang: str, **kw: str) -> str:
        words: str = self.rng.choice(T[table][lang])
        return words.format(
            case=kw.get("case", ""),
            comp=kw.get("comp", COMPETITORS[0]),
            code=SPIKE_CODE,
            space=kw.get("space", "14"),
        )

    def roughen(self, text: str) -> str:
        r = self.rough.random()
        if r < 0.1:
            text = strip_accents(text)
        elif r < 0.22 and text[:1].isupper():
            text = text[0].lower() + text[1:]
        if self.rough.random() < 1 / 7:
            words = text.split(" ")
            idx = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha() and w.islower()]
            if idx:
                i = self.rough.choice(idx)
                w = words[i]
                j = self.rough.randrange(1, len(w) - 2)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        text: str | None,
        out: bool = False,
        kind: str | None = None,
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.seq += 1
        eid = f"h232-{self.code.lower()}-{self.seq:05d}"
        if text and not out and channel not in ("phone", "survey"):
            text = self.roughen(text)
        a = {"market": c.country, **(attrs or {})}
        if c.account:
            a["segment"] = "b2b"
        if out:
            a["agent"] = self.rng.choice(["Sam", "Giulia", "Léa", "Jonas", "Rita", "Lucía"])
        self.rows.append(
            {
                "event_id": eid,
                "occurred_at": iso(t),
                "channel": channel,
                "kind": kind or KIND[channel],
                "direction": "outbound" if out else "inbound",
                "_c": c.key,
                "text": text,
                "subject": subject,
                "scores": {"nps": None, "csat": None, "ces": None, **(scores or {})},
                "source": SOURCE[channel],
                "attributes": a,
            }
        )
        return eid

    def ids(self, c: Cust, channel: str, full: bool) -> dict[str, Any]:
        i: dict[str, Any] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": c.account,
        }
        if full:
            i.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
        elif channel == "phone":
            i["phone"] = c.phone
        elif channel in ("social", "community") and c.handle:
            i["handle"] = c.handle
        elif channel in ("email", "social", "community"):
            i["email"] = c.email
        else:
            i["customer_id"] = c.key
        return i

    # -------------------------------------------------------------- acts --
    def happy_act(self, c: Cust, t: datetime) -> None:
        r = self.rng.random()
        lg = c.lang
        if r < 0.25:
            self.add(
                c,
                t,
                self.rng.choice(["social", "community"]),
                self.text(self.rng.choice(["praise", "again", "gripe_praise", "joke"]), lg),
            )
        elif r < 0.5:
            self.add(c, t, "chat", self.text("question", lg))
            self.add(
                c,
                t + timedelta(minutes=self.rng.randint(1, 6)),
                "chat",
                self.text("answer", lg),
                out=True,
            )
            if self.rng.random() < 0.6:
                self.add(
                    c,
                    t + timedelta(minutes=self.rng.randint(8, 12)),
                    "chat",
                    self.text("thanks", lg),
                )
        elif r < 0.6:
            self.add(c, t, "phone", self.text("call_q", lg))
            self.add(c, t + timedelta(minutes=20), "email", self.text("answer", lg), out=True)
        elif r < 0.8:
            self.add(c, t, "web", None, kind="page_view", attrs={"page": "/hangars/map"})
            self.add(
                c,
                t + timedelta(minutes=4),
                "web",
                None,
                kind="purchase",
                attrs={
                    "page": "/checkout",
                    "product": "Hangar space, monthly",
                    "order_value": "8.00",
                    "currency": "GBP"
                    if c.country == "UK"
                    else ("CHF" if c.country == "CH" else "EUR"),
                },
            )
        elif r < 0.9:
            self.add(
                c,
                t,
                "web",
                self.text("praise", lg),
                kind="review",
                attrs={"rating": "5", "page": "/reviews"},
            )
        else:
            self.add(
                c,
                t,
                "survey",
                self.text("survey_word", lg) or None,
                scores={"nps": self.rng.choice([9, 10])},
                attrs={"survey": "nps"},
            )

    def day_time(self, day: int, lo: float = 7.0, hi: float = 19.0) -> datetime:
        return self.at(day, self.rng.uniform(lo, hi))

    def happy_days(
        self, c: Cust, n: int, days: list[int], lo: float = 7.0, hi: float = 19.0
    ) -> None:
        for d in sorted(self.rng.sample(days, min(n, len(days)))):
            self.happy_act(c, self.day_time(d, lo, hi))

    def office(self, t: datetime) -> datetime:
        if t.hour >= 22 or t.hour < 7:
            base = t if t.hour < 7 else t + timedelta(days=1)
            t = base.replace(hour=8, minute=self.rng.randrange(60))
        return t

    def repeat_run(
        self, c: Cust, t: datetime, contacts: int, quality: bool, lang2: str | None = None
    ) -> None:
        case = self.case()
        chans = ["web", "email", "chat", "phone", "social"]
        self.rng.shuffle(chans)
        first = chans[0]
        eids = [
            self.add(
                c,
                t,
                first,
                self.text("problem_call" if first == "phone" else "problem", c.lang),
                subject="Complaint: no access code" if first == "email" else None,
            )
        ]
        self.add(
            c,
            t
            + timedelta(
                minutes=self.rng.randint(10, 40) if not quality else self.rng.randint(90, 150)
            ),
            "email",
            self.text("quality" if quality else "case_opened", c.lang, case=case),
            out=True,
        )
        tt = t
        for k in range(1, contacts):
            tt = self.office(tt + timedelta(hours=self.rng.uniform(4, 40)))
            lg = lang2 if lang2 and k % 2 == 1 else c.lang
            words = self.text("still_open", lg, case=case)
            if k == 2:
                words += " " + self.text("third", lg, comp=self.rng.choice(COMPETITORS))
            if k == 3:
                words += " " + self.text("fourth", lg, case=case)
            ch = chans[k]
            eids.append(
                self.add(c, tt, ch, words, subject=f"RE: {case}" if ch == "email" else None)
            )
            if ch == "chat":
                self.add(c, tt + timedelta(minutes=3), "chat", self.text("urgent", lg), out=True)
        c.truth.update(
            booking=case,
            contacts=contacts,
            channels=chans[:contacts],
            problem_event_ids=eids,
            trouble_starts_at=iso(t),
            agent_passed_on=quality,
        )

    def fixed_run(self, c: Cust, t: datetime, lang2: str | None = None) -> dict[str, Any]:
        case = self.case()
        e1 = self.add(c, t, "web", self.text("problem", c.lang))
        self.add(
            c,
            t + timedelta(minutes=25),
            "email",
            self.text("case_opened", c.lang, case=case),
            out=True,
        )
        tf = self.office(t + timedelta(hours=self.rng.uniform(3, 20)))
        lg = lang2 or c.lang
        self.add(c, tf, "email", self.text("good_news", lg, case=case), out=True)
        tc = self.office(tf + timedelta(hours=self.rng.uniform(8, 30)))
        e2 = self.add(c, tc, "chat", self.text("confirm", lg, case=case))
        return {
            "booking": case,
            "raised_at": iso(t),
            "fixed_at": iso(tf),
            "confirmed_at": iso(tc),
            "problem_event_ids": [e1],
            "confirm_event_id": e2,
        }

    def slide(self, c: Cust, d0: int, span: int, lang2: str | None = None) -> list[str]:
        steps = T["slide"][c.lang]
        eids: list[str] = []
        t = self.day_time(d0, 8, 12)
        comp = self.rng.choice(COMPETITORS)
        for k in range(6):
            lg = lang2 if lang2 and k % 2 == 1 else c.lang
            words = T["slide"][lg][k].format(comp=comp)
            ch = ["social", "community", "web"][k % 3]
            eids.append(
                self.add(
                    c,
                    t,
                    ch,
                    words,
                    kind="review" if ch == "web" else None,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][k]), "page": "/reviews"}
                    if ch == "web"
                    else None,
                )
            )
            t = self.office(
                t + timedelta(hours=max(1.0, span * 24 / 6 * self.rng.uniform(0.7, 1.1)))
            )
        del steps
        c.truth.update(
            slide_event_ids=eids,
            competitor=comp,
            trouble_starts_at=self.rows[-6]["occurred_at"],
            slide_days=span,
        )
        return eids

    def low_nps(self, c: Cust, t: datetime) -> None:
        nps = self.rng.randint(1, 5)
        e = self.add(c, t, "survey", None, scores={"nps": nps}, attrs={"survey": "nps"})
        c.truth.update(nps_given=True, nps=nps, survey_event_id=e)

    # ------------------------------------------------------------ output --
    def write(self, expected: dict[str, int]) -> tuple[int, int, int]:
        self.rows.sort(key=lambda r: (r["occurred_at"], r["event_id"]))
        seen: set[str] = set()
        for r in self.rows:
            c = self.custs[r.pop("_c")]
            full = r["direction"] == "outbound" or c.key not in seen
            if r["direction"] == "inbound":
                seen.add(c.key)
            r["customer"] = self.ids(c, r["channel"], full)
        last = self.rows[-1]["occurred_at"]
        end = max(
            self.start + timedelta(days=self.days),
            datetime.fromisoformat(last.replace("Z", "+00:00")) + timedelta(hours=1),
        )
        assert end < datetime(2026, 11, 15, tzinfo=UTC), self.name
        for c in self.custs.values():
            assert not set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]), c.key
        counted: dict[str, int] = {}
        for c in self.custs.values():
            for rule in c.truth["expected_rules"]:
                counted[rule] = counted.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                counted[rule] = counted.get(rule, 0) + 1
        if self.spike:
            counted["topic_spike"] = 1
        assert counted == expected, (self.name, counted, expected)
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": BRAND,
                "days": self.days,
                "seed": SEED,
                "written": "2026-12-07",
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
        with open(HERE / f"{self.name}.jsonl", "w", encoding="utf-8", newline="\n") as f:
            for r in self.rows:
                f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        out = sum(1 for r in self.rows if r["direction"] == "outbound")
        return len(self.custs), len(self.rows), out


def d(y: int, m: int, day: int) -> datetime:
    return datetime(y, m, day, tzinfo=UTC)


def happy_writers() -> Fam:
    f = Fam("happy_writers", "HW", 1, d(2026, 3, 9), 10, "happy customers only")
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(5, 8), list(range(10)))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for dd in sorted(f.rng.sample(range(9), f.rng.randint(2, 4))):
            t = f.at(dd, f.rng.uniform(22.2, 23.9))
            if f.rng.random() < 0.5:
                f.add(c, t, "social", f.text("night_post", c.lang))
            else:
                f.add(c, t, "chat", f.text("night_q", c.lang))
                f.add(c, t + timedelta(minutes=4), "chat", f.text("night_answer", c.lang), out=True)
                f.add(c, t + timedelta(minutes=9), "chat", f.text("thanks", c.lang))
        f.happy_days(c, f.rng.randint(2, 3), list(range(10)), 9, 18)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for dd in sorted(f.rng.sample(range(10), f.rng.randint(3, 6))):
            kind = f.rng.choice(["nps", "csat", "ces"])
            score = {
                "nps": f.rng.choice([9, 10]),
                "csat": f.rng.choice([4, 5]),
                "ces": f.rng.choice([6, 7]),
            }[kind]
            f.add(
                c,
                f.day_time(dd),
                "survey",
                f.text("survey_word", c.lang) or None,
                scores={kind: score},
                attrs={"survey": kind},
            )
    return f


def one_bad_day() -> Fam:
    f = Fam("one_bad_day", "BD", 2, d(2026, 4, 20), 12, "happy customers with one angry message")
    chans = ["long_email", "email", "chat", "social", "web", "phone"] * 4
    dets = set(f.rng.sample([i for i, ch in enumerate(chans) if ch != "social"], 6))
    for i, ch in enumerate(chans):
        det = i in dets
        c = f.person(
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            expected=("detractor",) if det else (),
            tolerated=("silence",),
        )
        bd = f.rng.randint(2, 9)
        f.happy_days(c, f.rng.randint(1, 5), [x for x in range(12) if x <= bd - 2 or x >= bd + 3])
        t = f.day_time(bd, 8, 20)
        channel = "email" if ch == "long_email" else ch
        words = f.text(
            "long_email"
            if ch == "long_email"
            else ("problem_call" if ch == "phone" else "problem"),
            c.lang,
        )
        e = f.add(
            c, t, channel, words, subject="Complaint: access code" if channel == "email" else None
        )
        c.truth.update(
            bad_day_at=iso(t),
            bad_day_event_id=e,
            trouble_starts_at=iso(t),
            channel=channel,
            long_email=ch == "long_email",
            booking=None,
        )
        if ch == "social":
            continue
        case = f.case()
        c.truth["booking"] = case
        f.add(
            c,
            t + timedelta(minutes=f.rng.randint(2, 6) if ch == "chat" else f.rng.randint(10, 40)),
            channel if ch == "chat" else "email",
            f.text("case_opened", c.lang, case=case),
            out=True,
        )
        if det:
            f.low_nps(c, t + timedelta(minutes=f.rng.randint(100, 140)))
        if i % 2 == 0:
            f.add(
                c,
                f.office(t + timedelta(hours=f.rng.uniform(1, 4))),
                "email",
                f.text("good_news", c.lang, case=case),
                out=True,
            )
            c.truth["agent_fixed"] = True
            if i % 4 == 0:
                ta = f.office(t + timedelta(hours=f.rng.uniform(16, 24)))
                c.truth.update(
                    apologised=True,
                    apology_at=iso(ta),
                    apology_event_id=f.add(c, ta, "chat", f.text("apology", c.lang, case=case)),
                )
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, f.rng.randint(4, 7), list(range(12)))
    return f


def repeat_contacts() -> Fam:
    f = Fam("repeat_contacts", "RC", 3, d(2026, 6, 1), 10, "repeat contacts and look-alikes")
    for i in range(12):
        c = f.person(
            "repeat_contact", "repeats", expected=("repeat_contact",), tolerated=tuple(ALL_TOL)
        )
        f.happy_days(c, f.rng.randint(1, 3), [0], 7, 12)
        f.repeat_run(c, f.day_time(1 + i % 4, 8, 19), 2 + i % 3, quality=i % 2 == 0)
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=("silence",))
        f.happy_days(c, 1, [0])
        c.truth["problems"] = [f.fixed_run(c, f.day_time(f.rng.randint(1, 4), 8, 18))]
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=("silence",))
        c.truth["problems"] = [
            f.fixed_run(c, f.day_time(1, 8, 12)),
            f.fixed_run(c, f.day_time(6, 8, 12)),
        ]
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.happy_days(c, f.rng.randint(5, 8), list(range(10)))
    return f


def slow_churners() -> Fam:
    f = Fam("slow_churners", "SC", 4, d(2026, 7, 6), 32, "slow slides, leavers and look-alikes")
    for i in range(10):
        det = i < 5
        c = f.person(
            "slow_churner",
            "slides",
            expected=("sentiment_drop", "detractor") if det else ("sentiment_drop",),
            tolerated=(
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ),
        )
        for dd in sorted(f.rng.sample(range(11), 5)):
            f.add(
                c,
                f.day_time(dd),
                f.rng.choice(["social", "community"]),
                f.text(f.rng.choice(["praise", "again"]), c.lang),
            )
        f.happy_days(c, f.rng.randint(2, 4), list(range(11)))
        eids = f.slide(c, 12 + i % 5, [3, 5, 9][i % 3])
        if det:
            t4 = datetime.fromisoformat(
                next(r["occurred_at"] for r in f.rows if r["event_id"] == eids[3]).replace(
                    "Z", "+00:00"
                )
            )
            f.low_nps(c, f.office(t4 + timedelta(hours=f.rng.uniform(2.5, 3.5))))
    for _ in range(5):
        c = f.person(
            "slow_churner",
            "asks to cancel",
            expected=("churn_intent",),
            tolerated=("sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"),
        )
        f.happy_days(c, f.rng.randint(4, 6), list(range(16)))
        t = f.day_time(f.rng.randint(17, 23), 8, 18)
        e = f.add(c, t, "email", f.text("cancel", c.lang), subject="Cancel Velostalla Plus")
        f.add(
            c,
            f.office(t + timedelta(hours=f.rng.uniform(1, 5))),
            "email",
            f.text("sorry_go", c.lang),
            out=True,
        )
        tc = f.office(t + timedelta(hours=f.rng.uniform(20, 30)))
        ce = f.add(
            c,
            tc,
            "web",
            None,
            kind="cancellation",
            attrs={"page": "/account/cancel", "product": "Velostalla Plus"},
        )
        c.truth.update(
            churn_intent_event_id=e,
            cancellation_event_id=ce,
            churn_at=iso(tc),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, f.rng.randint(6, 10), list(range(32)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=("repeat_contact", "silence"))
        t = f.day_time(f.rng.randint(0, 4))
        geids: list[str] = []
        for _k in range(f.rng.randint(5, 7)):
            geids.append(
                f.add(
                    c,
                    t,
                    f.rng.choice(["social", "community", "web"]),
                    f.text("grumble", c.lang),
                )
            )
            t = f.office(t + timedelta(days=f.rng.uniform(1, 3)))
        c.truth.update(
            grumble_event_ids=geids, trouble_starts_at=f.rows[-len(geids)]["occurred_at"]
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=("silence",))
        f.happy_days(c, f.rng.randint(3, 5), list(range(17)))
        c.truth["sarcasm_event_id"] = f.add(
            c, f.day_time(f.rng.randint(17, 28)), "social", f.text("sarcasm", c.lang)
        )
    return f


def quiet_hours() -> Fam:
    f = Fam("quiet_hours", "QH", 5, d(2026, 8, 28), 3, "a calm weekend with night owls")
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(1, 3), [0, 1, 2], 7, 17.5)
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=("silence",))
        t = f.day_time(f.rng.randint(0, 2), 9, 16)
        f.add(c, t, "web", None, kind="page_view", attrs={"page": "/hangars/map"})
        ch = "chat" if i < 2 else "web"
        e = f.add(c, t + timedelta(minutes=f.rng.randint(20, 30)), ch, f.text("grumble", c.lang))
        f.add(
            c,
            t + timedelta(minutes=34),
            ch if ch == "chat" else "email",
            f.text("answer", c.lang),
            out=True,
        )
        c.truth.update(grumble_event_id=e, trouble_starts_at=f.rows[-2]["occurred_at"])
    for night in range(3):
        b0 = f.at(night + 1, f.rng.uniform(0.67, 1.08))
        for burst, off in enumerate((0, f.rng.uniform(28, 33), f.rng.uniform(55, 65))):
            bt = b0 + timedelta(minutes=off)
            for _k in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {burst + 1}")
                t = bt + timedelta(minutes=f.rng.uniform(0, 10))
                if f.rng.random() < 0.5:
                    e = f.add(c, t, "social", f.text("night_post", c.lang))
                else:
                    e = f.add(c, t, "chat", f.text("night_q", c.lang))
                    f.add(
                        c,
                        t + timedelta(minutes=3),
                        "chat",
                        f.text("night_answer", c.lang),
                        out=True,
                    )
                    f.add(c, t + timedelta(minutes=7), "chat", f.text("thanks", c.lang))
                c.truth.update(burst_at=iso(bt), night_event_id=e)
                if f.rng.random() < 0.5:
                    f.happy_act(c, f.at(night, f.rng.uniform(9, 17.5)))
    return f


PAIRS = [
    ("en", "it"),
    ("it", "en"),
    ("it", "fr"),
    ("fr", "it"),
    ("en", "de"),
    ("de", "en"),
    ("it", "de"),
    ("pt", "en"),
    ("es", "en"),
    ("en", "es"),
    ("it", "pt"),
    ("fr", "en"),
]


def bilingual() -> Fam:
    f = Fam("bilingual", "BL", 6, d(2026, 9, 21), 14, "customers writing in two languages")
    order = ["happy"] * 12 + ["repeat"] * 5 + ["slide"] * 5 + ["bad"] * 3 + ["fixed"] * 2
    for i, kind in enumerate(order):
        a, b = PAIRS[i % len(PAIRS)]
        extra: dict[str, Any] = {
            "languages": [a, b],
            "job_second_language": "works for a company in the other language",
        }
        if kind == "happy":
            c = f.person("happy", "alternates languages", lang=a, **extra)
            for k, dd in enumerate(sorted(f.rng.sample(range(14), f.rng.randint(5, 8)))):
                c.lang = a if k % 2 == 0 else b
                f.happy_act(c, f.day_time(dd))
            c.lang = a
        elif kind == "repeat":
            c = f.person(
                "repeat_contact",
                "repeats",
                lang=a,
                expected=("repeat_contact",),
                tolerated=tuple(ALL_TOL),
                **extra,
            )
            f.happy_days(c, f.rng.randint(1, 3), [0, 1])
            n = [2, 2, 3, 3, 4][i - 12]
            f.repeat_run(c, f.day_time(2 + i % 4, 8, 18), n, quality=n > 2, lang2=b)
        elif kind == "slide":
            c = f.person(
                "slow_churner",
                "slides",
                lang=a,
                expected=("sentiment_drop",),
                tolerated=(
                    "repeat_contact",
                    "churn_intent",
                    "competitor_mention",
                    "high_value_at_risk",
                    "silence",
                ),
                **extra,
            )
            for k, dd in enumerate(range(6)[:5]):
                f.add(c, f.day_time(dd), "social", f.text("praise", a if k % 2 == 0 else b))
            f.happy_days(c, f.rng.randint(1, 3), list(range(6)))
            f.slide(c, 7 + i % 2, f.rng.randint(3, 5), lang2=b)
        elif kind == "bad":
            c = f.person(
                "happy_one_bad_day",
                "one bad day",
                lang=a,
                tolerated=("silence",),
                bad_day_language=b,
                **extra,
            )
            f.happy_days(c, 3, [0, 1, 2, 3])
            t = f.day_time(8, 9, 18)
            ch = ["email", "email", "chat"][i - 22]
            e = f.add(c, t, ch, f.text("long_email" if i == 22 else "problem", b))
            case = f.case()
            f.add(c, t + timedelta(minutes=20), ch, f.text("case_opened", b, case=case), out=True)
            c.truth.update(
                bad_day_at=iso(t),
                bad_day_event_id=e,
                trouble_starts_at=iso(t),
                booking=case,
                long_email=i == 22,
            )
        else:
            c = f.person(
                "resolved_between_contacts", "fixed", lang=a, tolerated=("silence",), **extra
            )
            f.happy_days(c, 2, [0, 1, 2])
            c.truth["problems"] = [f.fixed_run(c, f.day_time(5, 8, 12), lang2=b)]
    return f


def b2b_accounts() -> Fam:
    f = Fam("b2b_accounts", "BB", 7, d(2026, 10, 12), 14, "company accounts")
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    sites = [
        "offices",
        "hospital",
        "university",
        "school",
        "hotel",
        "factory",
        "council",
        "bank",
        "studio",
        "warehouse",
        "lab",
        "agency",
        "clinic",
        "retail",
        "depot",
    ]
    b2b_tol = (
        "sentiment_drop",
        "churn_intent",
        "competitor_mention",
        "high_value_at_risk",
        "silence",
        "account_risk",
    )
    for ai, kind in enumerate(kinds):
        lg = f.lang()
        acc = f"VSB-{MARKETS[lg][0]}-{3100 + ai * 17}"
        n = {"at_risk": 4 + ai % 3, "one_unhappy": 3, "mild": 3 + ai % 2, "happy": 3 + ai % 2}[kind]
        keys: list[str] = []
        unhappy: list[str] = []
        case = f.case()
        ncomp = 3 if kind == "at_risk" and ai < 3 else (4 if kind == "at_risk" else 0)
        t = f.at(2, f.rng.uniform(8, 10))
        for k in range(n):
            role = "contact"
            exp: tuple[str, ...] = ()
            tol: tuple[str, ...] = ()
            persona = "b2b_happy"
            if kind == "at_risk" and k < ncomp:
                role, persona, tol = "complainer", "b2b_unhappy", b2b_tol
                exp = ("repeat_contact",) if k == ncomp - 1 else ("detractor",)
            elif kind == "one_unhappy" and k == 0:
                role, persona, exp, tol = (
                    "complainer",
                    "b2b_one_unhappy",
                    ("detractor",),
                    ("sentiment_drop", "high_value_at_risk", "silence"),
                )
            elif kind == "mild" and k < 2:
                role, persona, tol = "suggests", "b2b_mild", ("silence",)
            c = f.person(
                persona,
                role,
                lang=lg,
                expected=exp,
                tolerated=tol,
                account=acc,
                company=f"{sites[ai].title()} {acc[-4:]}",
                role=role,
                job_title="Facilities manager",
            )
            keys.append(c.key)
            for dd in sorted(
                f.rng.sample(
                    [0, 1] if role != "contact" else list(range(10)),
                    f.rng.randint(0, 2) if role != "contact" else 3,
                )
            ):
                t0 = f.at(dd, f.rng.uniform(8, 16.5))
                f.add(c, t0, "chat", f.text("b2b_q", lg))
                f.add(
                    c,
                    t0 + timedelta(minutes=f.rng.randint(1, 6)),
                    "chat",
                    f.text("answer", lg),
                    out=True,
                )
            if role == "complainer":
                unhappy.append(c.key)
                tk = t if kind == "at_risk" else f.at(f.rng.randint(3, 7), f.rng.uniform(9, 16))
                e = f.add(
                    c,
                    tk,
                    "email",
                    f.text("b2b_complaint", lg, case=case),
                    subject=f"Complaint: invoice {case}",
                )
                if k == 0:
                    f.add(
                        c,
                        tk + timedelta(minutes=30),
                        "email",
                        f.text("b2b_ack", lg, case=case),
                        out=True,
                    )
                c.truth.update(complaint_event_ids=[e], trouble_starts_at=iso(tk), booking=case)
                if "detractor" in exp:
                    f.low_nps(c, tk + timedelta(hours=f.rng.uniform(1, 3)))
                if "repeat_contact" in exp:
                    tl = f.office(tk + timedelta(hours=f.rng.uniform(18, 40)))
                    if tl.weekday() >= 5:
                        tl += timedelta(days=7 - tl.weekday())
                    c.truth["complaint_event_ids"].append(
                        f.add(
                            c,
                            tl,
                            "email",
                            f.text("b2b_last", lg, case=case, comp=f.rng.choice(COMPETITORS)),
                            subject=f"RE: {case}",
                        )
                    )
                t = f.office(t + timedelta(hours=f.rng.uniform(8, 28)))
                if t.weekday() >= 5:
                    t += timedelta(days=7 - t.weekday())
            elif role == "suggests":
                tm = f.at(f.rng.randint(2, 9), f.rng.uniform(8, 16))
                c.truth["mild_event_id"] = f.add(c, tm, "web", f.text("b2b_mild", lg))
                f.add(
                    c,
                    tm + timedelta(minutes=40),
                    "email",
                    f.text("b2b_ack", lg, case=f.case()),
                    out=True,
                )
            else:
                f.add(
                    c,
                    f.at(f.rng.randint(0, 11), 11),
                    "survey",
                    None,
                    scores={"nps": f.rng.choice([9, 10])},
                    attrs={"survey": "nps"},
                )
        f.accounts[acc] = {
            "company": f"{sites[ai].title()} {acc[-4:]}",
            "site": sites[ai],
            "contacts": n,
            "contact_keys": keys,
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": unhappy,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": "invoice" if kind == "at_risk" else None,
            "trouble_starts_at": iso(f.at(2, 8)) if kind == "at_risk" else None,
            "language": lg,
            "country": MARKETS[lg][0],
        }
    return f


def topic_spike() -> Fam:
    f = Fam("topic_spike", "TS", 8, d(2026, 10, 26), 7, "a calm week and the planted incident")
    for _ in range(40):
        c = f.person("happy", "day writer")
        f.happy_days(c, f.rng.randint(1, 4), [0, 1, 2, 4, 5])
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=("silence",))
        t = f.at(0, f.rng.uniform(9, 16))
        e = f.add(c, t, "chat", f.text("grumble", c.lang))
        f.add(c, t + timedelta(minutes=4), "chat", f.text("answer", c.lang), out=True)
        c.truth.update(grumble_event_id=e, trouble_starts_at=iso(t))
    for lg, h in (("it", 9.7), ("en", 16.1)):
        c = f.person("grumbles_once", "lone question", lang=lg, tolerated=("silence",))
        t = f.at(2, h)
        e = f.add(c, t, "chat", f.text("lone_q", lg))
        f.add(c, t + timedelta(minutes=5), "chat", f.text("lone_answer", lg), out=True)
        c.truth.update(lone_report_event_id=e, trouble_starts_at=iso(t))
    s0 = f.at(3, 17 + 20 / 60)
    langs = ["en"] * 6 + ["it"] * 6 + ["fr", "de", "pt", "es"] * 2
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(chans)
    offs = sorted([0.0, 45.0] + [f.rng.uniform(1, 44) for _ in range(18)])
    keys: list[str] = []
    eids: list[str] = []
    reps: list[str] = []
    for i in range(20):
        rep = i < 12 and i % 2 == 0 and len(reps) < 6
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if i < 12 else "new",
            lang=langs[i],
            expected=("repeat_contact",) if rep else (),
            tolerated=("silence", "sentiment_drop") if rep else ("silence",),
            in_spike=True,
            regular=i < 12,
        )
        if i < 12:
            f.happy_act(c, f.at(1, f.rng.uniform(8, 17.5)))
        t = s0 + timedelta(minutes=offs[i])
        ch = chans[i]
        e = f.add(
            c,
            t,
            ch,
            f.text("spike", c.lang, space=str(f.rng.randint(2, 30))),
            subject="Wrong space opened" if ch == "email" else None,
        )
        keys.append(c.key)
        eids.append(e)
        c.truth.update(spike_event_id=e, spike_channel=ch, trouble_starts_at=iso(t))
        if ch == "chat":
            f.add(c, t + timedelta(minutes=3), "chat", f.text("spike_answer", c.lang), out=True)
        if rep:
            ch2 = next(x for x in ("email", "chat", "community") if x != ch)
            r = f.add(
                c, t + timedelta(minutes=f.rng.uniform(12, 55)), ch2, f.text("spike_again", c.lang)
            )
            reps.append(r)
            c.truth["repeat_event_id"] = r
    f.spike = {
        "topic": "bike-hangar app digital keys open the wrong space: riders cannot lock their bikes, error "
        + SPIKE_CODE,
        "about": "the planted incident; score by window and event ids",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
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
EXPECTED = {
    "happy_writers": {},
    "one_bad_day": {"detractor": 6},
    "repeat_contacts": {"repeat_contact": 12},
    "slow_churners": {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
    "quiet_hours": {},
    "bilingual": {"repeat_contact": 5, "sentiment_drop": 5},
    "b2b_accounts": {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    "topic_spike": {"topic_spike": 1, "repeat_contact": 6},
}


def main() -> None:
    tot = [0, 0, 0]
    for make in FAMILIES:
        fam = make()
        n = fam.write(EXPECTED[fam.name])
        print(fam.name, *n)
        tot = [a + b for a, b in zip(tot, n, strict=True)]
    print("total", *tot)


if __name__ == "__main__":
    main()
