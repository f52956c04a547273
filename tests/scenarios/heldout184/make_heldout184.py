"""Build heldout184 (Ottivo, blind, report only): every <family>.jsonl and .truth.json.

Standard library only; fixed seed, one random.Random per family. Run from anywhere.
"""

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

import wording as W  # noqa: E402

SEED = 20261206
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
KIND = {
    "email": "message",
    "phone": "call",
    "chat": "chat",
    "web": "ticket",
    "social": "post",
    "community": "post",
    "survey": "survey_response",
}
MARKET = {"es": "ES", "pt": "PT", "en": "UK", "fr": "FR", "de": "DE", "it": "IT"}
PREFIX = {
    "es": "+34 6",
    "pt": "+351 91",
    "en": "+44 7",
    "fr": "+33 6",
    "de": "+49 15",
    "it": "+39 3",
}
FIRST = {
    "es": ["lucia", "javier", "marta", "pablo", "irene", "sergio", "nuria", "diego"],
    "pt": ["joana", "tiago", "ines", "rui", "beatriz", "nuno", "catarina", "miguel"],
    "en": ["emma", "oliver", "grace", "harry"],
    "fr": ["camille", "lucas", "chloe", "hugo"],
    "de": ["lena", "jonas", "mia", "felix"],
    "it": ["giulia", "marco", "sara", "luca"],
}
LAST = {
    "es": ["garcia", "lopez", "navarro", "ruiz", "molina", "serrano"],
    "pt": ["silva", "santos", "ferreira", "costa", "pereira", "almeida"],
    "en": ["smith", "walker", "hughes"],
    "fr": ["martin", "bernard", "leroy"],
    "de": ["schulz", "wagner", "becker"],
    "it": ["rossi", "bianchi", "ferrari"],
}
SOURCE = {
    "email": "ottivo-mail",
    "phone": "ottivo-voice",
    "chat": "ottivo-chat",
    "web": "ottivo-web",
    "social": "ottivo-social",
    "community": "ottivo-forum",
    "survey": "ottivo-survey",
}
ALL_BAD = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]


@dataclass
class Cust:
    key: str
    lang: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    truth: dict[str, Any]


@dataclass
class Ev:
    ts: datetime
    cust: Cust
    channel: str
    kind: str
    direction: str
    text: str
    subject: str | None
    scores: dict[str, int | None]
    attrs: dict[str, str]
    eid: str


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
    custs: list[Cust] = field(default_factory=list)
    evs: list[Ev] = field(default_factory=list)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    cases: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rough = random.Random(SEED * 100 + 50 + self.n)

    def case(self) -> str:
        self.cases += 1
        return f"OT-{self.n}{self.cases:05d}"

    def person(
        self,
        lang: str,
        persona: str,
        habit: str,
        expected: list[str],
        tolerated: list[str],
        account: str | None = None,
        handle: bool = True,
    ) -> Cust:
        i = len(self.custs) + 1
        key = f"OT{self.code}{1000 + i * 7 + self.n}"
        first = self.rng.choice(FIRST[lang])
        last = self.rng.choice(LAST[lang])
        dom = (
            f"{account.lower()}.example"
            if account
            else self.rng.choice(["correo.example", "mail.example", "posta.example"])
        )
        email = f"{first}.{last}{i}{self.code.lower()}@{dom}"
        digits = "".join(str(self.rng.randint(0, 9)) for _ in range(7))
        phone = f"{PREFIX[lang]}{self.n}{i:02d}{digits}"
        h = f"@{first}_{last}{self.n}{i}" if handle and not account else None
        assert not (set(expected) & set(tolerated))
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": "+" + "".join(ch for ch in phone if ch.isdigit()),
                "handle": h,
                "account_id": account,
            },
            "expected_rules": sorted(expected),
            "tolerated_rules": sorted(tolerated),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": MARKET[lang],
            "segment": "b2b" if account else "consumer",
            "name": f"{first.title()} {last.title()}",
        }
        c = Cust(key, lang, email, phone, h, account, truth)
        self.custs.append(c)
        return c

    def at(self, day: int, lo: float = 7.0, hi: float = 21.0) -> datetime:
        hour = self.rng.uniform(lo, hi)
        return self.start + timedelta(days=day, hours=hour)

    def fill(self, text: str, c: Cust, case: str = "", comp: str = "") -> str:
        product = self.rng.choice(W.PRODUCTS[c.lang])
        return text.format(case=case, comp=comp, product=product, code=W.CODE)

    def pick(
        self,
        table: dict[str, list[str]],
        c: Cust,
        lang: str | None = None,
        case: str = "",
        comp: str = "",
    ) -> str:
        return self.fill(self.rng.choice(table[lang or c.lang]), c, case, comp)

    def add(
        self,
        c: Cust,
        ts: datetime,
        channel: str,
        text: str,
        direction: str = "inbound",
        subject: str | None = None,
        scores: dict[str, int | None] | None = None,
        kind: str | None = None,
    ) -> str:
        assert self.start <= ts < LIMIT, (self.name, ts)
        eid = f"h184-{self.code.lower()}-{len(self.evs) + 1:05d}"
        if direction == "inbound" and channel not in ("phone", "survey"):
            text = self.roughen(text)
        attrs = {"market": MARKET[c.lang]}
        if c.account:
            attrs["segment"] = "b2b"
        if direction == "outbound":
            attrs["agent"] = self.rng.choice(["Alba", "Rita", "Sam", "Noor"])
        k = kind or KIND[channel]
        if channel == "social" and kind is None and "Ottivo" in text:
            k = "mention"
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        if scores:
            sc.update(scores)
            attrs["survey"] = "nps"
        self.evs.append(Ev(ts, c, channel, k, direction, text, subject, sc, attrs, eid))
        return eid

    def roughen(self, text: str) -> str:
        r = self.rough.random()
        if r < 1 / 7:
            words = [w for w in text.split(" ") if len(w) > 4 and w.isalpha() and w.islower()]
            if words:
                w = self.rough.choice(words)
                j = self.rough.randrange(1, len(w) - 2)
                sw = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = text.replace(w, sw, 1)
        elif r < 1 / 7 + 1 / 8 and text[:1].isupper():
            text = text[0].lower() + text[1:]
        elif r < 1 / 7 + 1 / 8 + 1 / 10:
            text = "".join(
                ch
                for ch in unicodedata.normalize("NFD", text)
                if unicodedata.category(ch) != "Mn" or ch == "\u0303"
            )
            text = unicodedata.normalize("NFC", text)
        return text

    def reply(
        self, c: Cust, after: datetime, channel: str, table: dict[str, list[str]], case: str = ""
    ) -> str:
        return self.add(
            c,
            after + timedelta(minutes=self.rng.randint(2, 40)),
            channel,
            self.pick(table, c, case=case),
            direction="outbound",
        )

    # ---------------------------------------------------------- stories --
    def happy(self, c: Cust, days: list[int], n_acts: int) -> None:
        for _ in range(n_acts):
            d = self.rng.choice(days)
            ts = self.at(d)
            what = self.rng.randrange(8)
            if what == 0:
                self.add(c, ts, "social", self.pick(W.PRAISE, c))
            elif what == 1:
                self.add(c, ts, "community", self.pick(W.AGAIN, c))
            elif what == 2:
                self.add(c, ts, "web", self.pick(W.GRIPE, c), kind="review")
            elif what == 3:
                self.add(c, ts, "chat", self.pick(W.QUESTION, c))
                t2 = ts + timedelta(minutes=self.rng.randint(1, 6))
                self.add(c, t2, "chat", self.pick(W.ANSWER, c), direction="outbound")
                self.add(c, t2 + timedelta(minutes=2), "chat", self.pick(W.THANKS, c))
            elif what == 4:
                self.add(c, ts, "phone", self.pick(W.CALL_HAPPY, c))
            elif what == 5:
                self.add(c, ts, "social", self.pick(W.JOKE, c))
            elif what == 6:
                self.add(
                    c,
                    ts,
                    "survey",
                    self.pick(W.SURVEY_HIGH, c),
                    scores={"nps": self.rng.choice([9, 10])},
                )
            else:
                self.add(c, ts, "web", "", kind="purchase")

    def problem_run(self, c: Cust, day: int, contacts: int, comp: str) -> str:
        case = self.case()
        ts = self.at(day, 8, 18)
        began = iso(ts)
        ids = [
            self.add(
                c, ts, "email", self.pick(W.PROBLEMS, c, case=case), subject=f"Reclamación {case}"
            )
        ]
        self.reply(c, ts, "email", W.AGENT_OPEN, case)
        chans = ["phone", "chat", "email"]
        for k in range(1, contacts):
            ts = self.at(day + k, 8, 19)
            ch = chans[(k - 1) % 3]
            if k == 2:
                text = self.pick(W.THIRD, c, case=case, comp=comp)
                ch = "email"
            elif ch == "phone":
                text = self.pick(W.CALL_STILL, c, case=case)
            else:
                text = self.pick(W.STILL, c, case=case)
            ids.append(self.add(c, ts, ch, text))
        c.truth.update(
            {
                "booking": case,
                "problem_event_ids": ids,
                "contacts": contacts,
                "trouble_starts_at": began,
            }
        )
        return case

    def fixed_run(self, c: Cust, day: int) -> None:
        case = self.case()
        ts = self.at(day, 8, 16)
        e1 = self.add(c, ts, "chat", self.pick(W.PROBLEMS, c, case=case))
        self.reply(c, ts, "chat", W.AGENT_OPEN, case)
        t2 = self.at(day + 1, 8, 12)
        self.add(c, t2, "email", self.pick(W.AGENT_FIXED, c, case=case), direction="outbound")
        e2 = self.add(c, t2 + timedelta(hours=3), "email", self.pick(W.CONFIRM, c, case=case))
        c.truth.setdefault("problems", []).append(
            {"booking": case, "problem_event_ids": [e1], "confirm_event_id": e2}
        )

    # ---------------------------------------------------------- output --
    def write(self) -> tuple[int, int, int]:
        self.evs.sort(key=lambda e: (e.ts, e.eid))
        seen: set[str] = set()
        lines = []
        for e in self.evs:
            c = e.cust
            full = e.direction == "outbound" or (e.direction == "inbound" and c.key not in seen)
            if e.direction == "inbound":
                seen.add(c.key)
            ref: dict[str, str | None] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            if full:
                ref.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
            elif e.channel == "phone":
                ref["phone"] = c.phone
            elif e.channel in ("social", "community"):
                if c.handle:
                    ref["handle"] = c.handle if self.rough.random() > 0.2 else c.handle.lstrip("@")
                else:
                    ref["email"] = c.email
            elif e.channel == "email":
                ref["email"] = c.email
            else:
                ref["customer_id"] = c.key
            row = {
                "event_id": e.eid,
                "occurred_at": iso(e.ts),
                "channel": e.channel,
                "kind": e.kind,
                "direction": e.direction,
                "customer": ref,
                "text": e.text or None,
                "subject": e.subject,
                "scores": e.scores,
                "source": SOURCE[e.channel],
                "attributes": e.attrs,
            }
            lines.append(json.dumps(row, ensure_ascii=False, sort_keys=True))
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        expected: dict[str, int] = {}
        for c in self.custs:
            assert any(e.cust is c and e.direction == "inbound" for e in self.evs), c.key
            for r in c.truth["expected_rules"]:
                expected[r] = expected.get(r, 0) + 1
        for a in self.accounts.values():
            for r in a["expected_rules"]:
                expected[r] = expected.get(r, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        last = max(e.ts for e in self.evs) + timedelta(hours=1)
        end = max(self.start + timedelta(days=self.days), last)
        assert end < LIMIT
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Ottivo (glasses and contact lenses, blind set)",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "2026-12-06",
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {c.key: c.truth for c in self.custs},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        return len(self.custs), len(self.evs), sum(e.direction == "outbound" for e in self.evs)


def iso(ts: datetime) -> str:
    return ts.strftime("%Y-%m-%dT%H:%M:%SZ")


def day0(y: int, m: int, d: int, weekday: int) -> datetime:
    ts = datetime(y, m, d, tzinfo=UTC)
    assert ts.weekday() == weekday, ts
    return ts


def lang_of(rng: random.Random) -> str:
    lang: str = rng.choices(W.LANGS, weights=[32, 32, 9, 9, 9, 9])[0]
    return lang


# -------------------------------------------------------------- families --
def happy_writers() -> Fam:
    f = Fam("happy_writers", "HW", day0(2026, 3, 9, 0), 10, 1, "happy customers who write a lot")
    for i in range(26):
        lang = lang_of(f.rng)
        if i < 16:
            c = f.person(lang, "happy", "day writer", [], [])
            f.happy(c, list(range(10)), f.rng.randint(7, 10))
        elif i < 22:
            c = f.person(lang, "happy", "night writer", [], [])
            for d in f.rng.sample(range(9), 3):
                f.add(c, f.at(d, 22.3, 23.9), "social", f.pick(W.NIGHT, c))
            f.happy(c, list(range(10)), 2)
        else:
            c = f.person(lang, "happy", "answers surveys", [], [])
            f.add(
                c, f.at(f.rng.randint(0, 9)), "survey", f.pick(W.SURVEY_HIGH, c), scores={"nps": 10}
            )
    return f


def one_bad_day() -> Fam:
    f = Fam("one_bad_day", "BD", day0(2026, 4, 6, 0), 12, 2, "happy customers with one bad day")
    for i in range(32):
        lang = lang_of(f.rng)
        bad = f.rng.randint(4, 7)
        if i < 6:
            c = f.person(lang, "bad_day_detractor", "one bad day", ["detractor"], ["silence"])
        elif i < 24:
            c = f.person(lang, "happy_one_bad_day", "one bad day", [], ["silence"])
        elif i < 27:
            c = f.person(lang, "happy_one_sarcastic_remark", "happy", [], ["silence"])
        else:
            c = f.person(lang, "happy", "control", [], [])
        f.happy(c, [0, 1, 2, 10, 11], f.rng.randint(2, 6))
        if c.truth["persona"] == "happy":
            continue
        ts = f.at(bad, 9, 19)
        if c.truth["persona"] == "happy_one_sarcastic_remark":
            c.truth["sarcasm_event_id"] = f.add(c, ts, "social", f.pick(W.SARCASM, c))
            continue
        case = f.case()
        c.truth.update({"bad_day_at": iso(ts), "booking": case})
        c.truth["bad_day_event_id"] = f.add(
            c, ts, "email", f.pick(W.ANGRY, c, case=case), subject=case
        )
        f.reply(c, ts, "email", W.AGENT_OPEN, case)
        if i < 6:
            nps = f.rng.randint(1, 5)
            c.truth.update({"nps_given": True, "nps": nps})
            c.truth["survey_event_id"] = f.add(
                c, ts + timedelta(hours=2), "survey", f.pick(W.SURVEY_LOW, c), scores={"nps": nps}
            )
        if f.rng.random() < 0.6:
            c.truth["apology_event_id"] = f.add(
                c, f.at(bad + 1, 8, 12), "chat", f.pick(W.APOLOGY, c)
            )
    return f


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        day0(2026, 5, 4, 0),
        10,
        3,
        "repeat contacts about one open problem",
    )
    for i in range(27):
        lang = lang_of(f.rng)
        if i < 12:
            c = f.person(lang, "repeat_contact", "repeats", ["repeat_contact"], ALL_BAD)
            f.happy(c, [0], f.rng.randint(2, 4))
            case = f.problem_run(
                c, f.rng.randint(1, 4), f.rng.choice([2, 3, 3]), f.rng.choice(W.COMPETITORS)
            )
            if i < 2:
                ts = f.at(6, 9, 17)
                c.truth["long_email"] = f.add(
                    c, ts, "email", f.pick(W.LONG, c, case=case), subject=case
                )
        elif i < 17:
            c = f.person(lang, "resolved_between_contacts", "fixed", [], ["silence"])
            f.fixed_run(c, f.rng.randint(1, 3))
            f.happy(c, [7, 8, 9], 1)
        elif i < 21:
            c = f.person(lang, "different_problems", "two problems", [], ["silence"])
            f.fixed_run(c, 1)
            f.fixed_run(c, 5)
        else:
            c = f.person(lang, "happy", "frequent writer", [], [])
            f.happy(c, list(range(10)), f.rng.randint(10, 14))
    return f


def slow_churners() -> Fam:
    f = Fam("slow_churners", "SC", day0(2026, 6, 1, 0), 32, 4, "slow slides and leavers")
    for i in range(31):
        lang = lang_of(f.rng)
        if i < 10:
            exp = ["sentiment_drop"] + (["detractor"] if i < 5 else [])
            c = f.person(
                lang,
                "slow_churner",
                "slides",
                exp,
                [
                    "repeat_contact",
                    "churn_intent",
                    "competitor_mention",
                    "high_value_at_risk",
                    "silence",
                ],
            )
            for d in sorted(f.rng.sample(range(11), 5)):
                f.add(c, f.at(d), "social", f.pick(W.PRAISE, c))
            f.happy(c, list(range(11)), 2)
            comp = f.rng.choice(W.COMPETITORS)
            ids = []
            for k, text in enumerate(W.SLIDE[lang]):
                ch = ["community", "chat", "email", "social", "community", "social"][k]
                ids.append(f.add(c, f.at(14 + k * 3), ch, f.fill(text, c, comp=comp)))
            c.truth.update(
                {"slide_event_ids": ids, "competitor": comp, "trouble_starts_at": iso(f.evs[-6].ts)}
            )
            if i < 5:
                nps = f.rng.randint(2, 5)
                c.truth.update({"nps_given": True, "nps": nps})
                c.truth["survey_event_id"] = f.add(
                    c, f.at(31, 8, 12), "survey", f.pick(W.SURVEY_LOW, c), scores={"nps": nps}
                )
        elif i < 15:
            c = f.person(
                lang,
                "slow_churner",
                "asks to cancel",
                ["churn_intent"],
                ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
            )
            f.happy(c, list(range(20)), 6)
            ts = f.at(f.rng.randint(22, 28), 9, 18)
            c.truth["churn_intent_event_id"] = f.add(
                c, ts, "email", f.pick(W.CANCEL, c), subject="Ottivo Plus"
            )
            f.reply(c, ts, "email", W.AGENT_BYE)
            t2 = ts + timedelta(hours=1)
            c.truth["cancellation_event_id"] = f.add(c, t2, "web", "", kind="cancellation")
            c.truth["churn_at"] = iso(t2)
        elif i < 19:
            c = f.person(lang, "steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"])
            c.truth["grumble_event_ids"] = [
                f.add(c, f.at(d), "community", f.pick(W.SARCASM, c)) for d in (2, 12, 24)
            ]
        else:
            c = f.person(lang, "happy", "steady", [], [])
            f.happy(c, list(range(32)), f.rng.randint(7, 11))
    return f


def quiet_hours() -> Fam:
    f = Fam("quiet_hours", "QH", day0(2026, 8, 14, 4), 3, 5, "a calm weekend with night bursts")
    for i in range(56):
        lang = lang_of(f.rng)
        if i < 20:
            c = f.person(lang, "happy", "day writer", [], [])
            f.happy(c, [0, 1, 2], f.rng.randint(1, 3))
        elif i < 46:
            c = f.person(lang, "happy", "answers surveys", [], [])
            f.add(
                c,
                f.at(f.rng.randint(0, 2), 8, 18),
                "survey",
                f.pick(W.SURVEY_HIGH, c),
                scores={"nps": f.rng.choice([9, 10])},
            )
            f.happy(c, [0, 1, 2], 1)
        else:
            night = (i - 46) % 3
            c = f.person(lang, "night_owl", f"night {night + 1}, burst {night + 1}", [], [])
            ts = f.start + timedelta(days=night + 1, hours=1, minutes=f.rng.randint(0, 9))
            c.truth["burst_at"] = iso(ts)
            c.truth["night_event_id"] = f.add(c, ts, "chat", f.pick(W.NIGHT_CHAT, c))
            f.add(c, ts + timedelta(minutes=3), "chat", f.pick(W.ANSWER, c), direction="outbound")
    return f


def bilingual() -> Fam:
    f = Fam("bilingual", "BL", day0(2026, 9, 7, 0), 14, 6, "customers writing in two languages")
    pairs = [
        ("es", "pt"),
        ("pt", "es"),
        ("es", "en"),
        ("pt", "fr"),
        ("de", "it"),
        ("it", "es"),
        ("pt", "de"),
    ]
    for i in range(27):
        a, b = pairs[i % len(pairs)]
        if i < 5:
            c = f.person(a, "repeat_contact", "repeats", ["repeat_contact"], ALL_BAD)
            case = f.problem_run(c, 3, 3, W.COMPETITORS[i % 2])
            ts = f.at(6, 9, 17)
            f.add(c, ts, "email", f.pick(W.STILL, c, lang=b, case=case), subject=case)
        elif i < 10:
            c = f.person(
                a,
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
            for d in range(5):
                f.add(c, f.at(d), "social", f.pick(W.PRAISE, c, lang=[a, b][d % 2]))
            comp = W.COMPETITORS[i % 2]
            ids = [
                f.add(
                    c, f.at(7 + k), ["chat", "community", "email"][k % 3], f.fill(t, c, comp=comp)
                )
                for k, t in enumerate(W.SLIDE[b])
            ]
            c.truth.update({"slide_event_ids": ids, "competitor": comp})
        else:
            c = f.person(a, "happy", "alternates languages", [], [])
            f.happy(c, list(range(14)), f.rng.randint(5, 8))
            f.add(c, f.at(f.rng.randint(0, 13)), "community", f.pick(W.AGAIN, c, lang=b))
        c.truth["languages"] = [a, b]
    return f


def b2b_accounts() -> Fam:
    f = Fam("b2b_accounts", "BB", day0(2026, 9, 28, 0), 14, 7, "company accounts (Ottivo Business)")
    plan = (
        [("at_risk", 4)] * 5
        + [("one_unhappy", 3)] * 3
        + [("mild", 3)] * 3
        + [("happy", 5)] * 3
        + [("happy", 6)]
    )
    for j, (kind, size) in enumerate(plan):
        lang = W.LANGS[j % 6]
        acc = f"OTB-{MARKET[lang]}-{4100 + j * 13}"
        keys: list[str] = []
        unhappy: list[str] = []
        for k in range(size):
            if kind == "at_risk" and k < 3:
                exp = ["detractor"] + (["repeat_contact"] if k == 2 else [])
                tol = sorted({*ALL_BAD, "account_risk"} - set(exp))
                c = f.person(lang, "b2b_unhappy", "complainer", exp, tol, account=acc)
            elif kind == "one_unhappy" and k == 0:
                c = f.person(
                    lang,
                    "b2b_one_unhappy",
                    "complainer",
                    ["detractor"] if j == 5 else [],
                    ["sentiment_drop", "high_value_at_risk", "silence"],
                    account=acc,
                )
            elif kind == "mild" and k == 0:
                c = f.person(lang, "b2b_mild", "suggests", [], ["silence"], account=acc)
            else:
                c = f.person(lang, "b2b_happy", "contact", [], [], account=acc)
            keys.append(c.key)
            for d in f.rng.sample(range(12), 2):
                ts = f.at(d if (f.start + timedelta(days=d)).weekday() < 5 else d + 2, 8, 16)
                f.add(c, ts, "chat", f.pick(W.B2B_HAPPY, c))
                f.add(
                    c,
                    ts + timedelta(minutes=f.rng.randint(1, 6)),
                    "chat",
                    f.pick(W.ANSWER, c),
                    direction="outbound",
                )
            p = c.truth["persona"]
            if p in ("b2b_unhappy", "b2b_one_unhappy"):
                unhappy.append(c.key)
                case = f.case()
                ts = f.at(2, 8, 17)
                ids = [f.add(c, ts, "email", f.pick(W.B2B_COMPLAINT, c, case=case), subject=case)]
                f.reply(c, ts, "email", W.AGENT_OPEN, case)
                if c.truth["expected_rules"]:
                    nps = f.rng.randint(1, 5)
                    c.truth.update({"nps_given": True, "nps": nps})
                    c.truth["survey_event_id"] = f.add(
                        c, f.at(3, 9, 15), "survey", f.pick(W.SURVEY_LOW, c), scores={"nps": nps}
                    )
                if "repeat_contact" in c.truth["expected_rules"]:
                    ids.append(
                        f.add(c, f.at(7, 9, 16), "phone", f.pick(W.CALL_STILL, c, case=case))
                    )
                    ids.append(
                        f.add(
                            c, f.at(8, 9, 16), "email", f.pick(W.STILL, c, case=case), subject=case
                        )
                    )
                c.truth.update({"complaint_event_ids": ids, "booking": case, "company": acc})
            elif p == "b2b_mild":
                c.truth["mild_event_id"] = f.add(c, f.at(4, 9, 15), "email", f.pick(W.B2B_MILD, c))
        at_risk = kind == "at_risk"
        f.accounts[acc] = {
            "kind": kind,
            "contacts": size,
            "contact_keys": keys,
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": unhappy,
            "at_risk": at_risk,
            "expected_rules": ["account_risk"] if at_risk else [],
            "tolerated_rules": [],
            "same_problem": "invoice" if at_risk else None,
            "language": lang,
            "country": MARKET[lang],
        }
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike", "TS", day0(2026, 10, 26, 0), 7, 8, "a calm week and the planted incident"
    )
    for i in range(44):
        lang = lang_of(f.rng)
        if i < 40:
            c = f.person(lang, "happy", "day writer", [], [])
            f.happy(c, list(range(6)), f.rng.randint(2, 5))
        elif i < 42:
            c = f.person(lang, "grumbles_once", "lone question", [], ["silence"])
            c.truth["lone_report_event_id"] = f.add(
                c, f.at(4, 9, 18), "chat", f.pick(W.LONE_QUESTION, c)
            )
        else:
            c = f.person(lang, "grumbles_once", "grumbles once", [], ["silence"])
            c.truth["grumble_event_id"] = f.add(c, f.at(2), "community", f.pick(W.SARCASM, c))
    t0 = f.start + timedelta(days=5, hours=8, minutes=5)
    langs = ["es"] * 6 + ["pt"] * 6 + ["en", "en", "fr", "fr", "de", "de", "it", "it"]
    chans = ["social", "chat", "email", "phone", "community", "web"]
    keys: list[str] = []
    first: list[str] = []
    again: list[str] = []
    last = t0
    for k, lang in enumerate(langs):
        rep = k % 3 == 0 and len(again) < 6
        c = f.person(
            lang,
            "spike_repeater" if rep else "spike_reporter",
            f.rng.choice(["regular", "new"]),
            ["repeat_contact"] if rep else [],
            ["sentiment_drop", "silence"] if rep else ["silence"],
        )
        f.happy(c, [0, 1, 2], 1)
        ts = t0 + timedelta(minutes=k * 2 + f.rng.randint(0, 3))
        last = max(last, ts)
        ch = chans[k % len(chans)]
        text = f.pick(W.SPIKE, c)
        if ch == "phone":
            text = text.lower().replace("!", "").replace("?", "").replace(",", "")
        eid = f.add(c, ts, ch, text, kind="review" if ch == "web" else None)
        keys.append(c.key)
        first.append(eid)
        c.truth.update(
            {
                "in_spike": True,
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": iso(ts),
            }
        )
        if rep:
            ch2 = "email" if ch != "email" else "chat"
            r = f.add(
                c, ts + timedelta(minutes=f.rng.randint(10, 60)), ch2, f.pick(W.SPIKE_AGAIN, c)
            )
            again.append(r)
            c.truth["repeat_event_id"] = r
        if k % 4 == 1:
            f.add(
                c,
                t0 + timedelta(hours=3, minutes=k),
                "email",
                f.pick(W.SPIKE_FIXED, c),
                direction="outbound",
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "prescription upload in the app and web rejected at checkout (the planted incident of this set)",
        "about": "see README: the planted incident",
        "channel": None,
        "start": iso(min(e.ts for e in f.evs if e.eid in first)),
        "end": iso(max(e.ts for e in f.evs if e.eid in first)),
        "customers": len(keys),
        "customer_keys": keys,
        "event_ids": first,
        "repeat_event_ids": again,
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
        fam = build()
        counts = fam.write()
        print(fam.name, *counts)
        total = [a + b for a, b in zip(total, counts, strict=True)]
    print("total", *total)


if __name__ == "__main__":
    main()
