"""Build the thirteenth hand-written alert set (heldout12, Viaggo), blind.

Standard library only and deterministic: one ``random.Random`` per family, so
two runs write the same bytes. Run from anywhere:
``python tests/scenarios/heldout12/make_heldout12.py``. The stories are below,
one function per family; the words are in ``wording.py``.
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, ClassVar

sys.path.insert(0, str(Path(__file__).resolve().parent))
import wording as w

HERE = Path(__file__).resolve().parent
SEED = 20261007
WRITTEN = "2026-11-30"
SOURCE = {
    "email": "zendesk",
    "chat": "intercom",
    "phone": "aircall",
    "social": "x",
    "community": "community",
    "web": "web",
    "survey": "delighted",
}
# The kind of touchpoint a customer's message makes on each channel.
KIND = {
    "email": "message",
    "chat": "chat",
    "phone": "call",
    "social": "post",
    "community": "post",
    "web": "ticket",
}
COMPLAIN_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
LANG_WEIGHTS = {"it": 5, "fr": 5, "en": 4, "de": 3, "es": 3, "pt": 2}


@dataclass
class Person:
    key: str
    lang: str
    name: str
    email: str
    phone: str
    handle: str
    account: str | None
    truth: dict[str, Any]
    langs: tuple[str, ...] = ()
    ref: str = ""
    spoken: int = 0
    used: set[str] = field(default_factory=set)

    def say_lang(self) -> str:
        """The language of the next message: bilingual customers alternate."""
        if not self.langs:
            return self.lang
        self.spoken += 1
        return self.langs[(self.spoken - 1) % 2]


class Fam:
    """One family: its people, its touchpoints and its truth, written at the end."""

    taken: ClassVar[set[str]] = set()

    def __init__(self, name: str, code: str, start: str, days: int, about: str, n: int) -> None:
        self.name, self.code, self.days, self.about = name, code, days, about
        self.start = datetime.fromisoformat(start + "T00:00:00+00:00")
        self.rng = random.Random(SEED + n)
        self.seed = SEED + n
        self.events: list[dict[str, Any]] = []
        self.people: dict[str, Person] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}

    # -- people -------------------------------------------------------------
    def lang(self) -> str:
        return self.rng.choices(list(LANG_WEIGHTS), weights=list(LANG_WEIGHTS.values()))[0]

    def person(
        self,
        persona: str,
        lang: str | None = None,
        account: str | None = None,
        langs: tuple[str, ...] = (),
        **extra: Any,
    ) -> Person:
        r = self.rng
        lang = lang or (langs[0] if langs else self.lang())
        key = f"VG{self.code}{len(self.people) + 1:04d}"
        first, last = r.choice(w.FIRST[lang]), r.choice(w.LAST[lang])
        while True:
            n = r.randint(10, 9999)
            domain = r.choice(["mail.com", "posteo.net", "inbox.eu", "webmail.org"])
            email = f"{first}.{last}{n}@{domain}".lower()
            handle = f"@{first[:4]}_{last}{n}".lower()
            digits = "".join(str(r.randint(0, 9)) for _ in range(8))
            phone = w.PHONE_PREFIX[lang] + digits
            if not {email, handle, phone.replace(" ", "")} & Fam.taken:
                Fam.taken |= {email, handle, phone.replace(" ", "")}
                break
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": phone.replace(" ", ""),
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": [],
            "tolerated_rules": [],
            "persona": persona,
            "language": lang,
            "country": w.COUNTRY[lang],
        }
        if langs:
            truth["languages"] = list(langs)
        truth.update(extra)
        p = Person(key, lang, first, email, phone, handle, account, truth, langs)
        p.ref = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
        self.people[key] = p
        return p

    # -- time ---------------------------------------------------------------
    def at(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=int(day), hours=hour, seconds=self.rng.randint(0, 59))

    def day_time(self, day: float, lo: float = 7.0, hi: float = 20.5) -> datetime:
        return self.at(day, self.rng.uniform(lo, hi))

    # -- touchpoints --------------------------------------------------------
    def add(
        self,
        p: Person,
        when: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        *,
        out: bool = False,
        nps: int | None = None,
        csat: int | None = None,
        ces: int | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        eid = f"h12-{self.code.lower()}-{len(self.events) + 1:05d}"
        self.events.append(
            {
                "eid": eid,
                "when": when,
                "p": p,
                "channel": channel,
                "kind": kind,
                "text": text,
                "subject": subject,
                "out": out,
                "scores": {"nps": nps, "csat": csat, "ces": ces},
                "attrs": attrs or {},
            }
        )
        return eid

    def fill(self, text: str, p: Person, **more: str) -> str:
        other = self.rng.choice(w.COMPETITORS)
        return text.format(
            ref=p.ref,
            amt=f"{self.rng.randint(19, 140)}.{self.rng.choice(['00', '50', '90'])}",
            name=p.name,
            other=other,
            **more,
        )

    def happy_act(self, p: Person, when: datetime) -> None:
        r, lang = self.rng, p.say_lang()
        pick = r.choice(["praise", "praise", "question", "purchase", "page", "survey"])
        if pick == "praise":
            ch, kind = r.choice(
                [("social", "post"), ("community", "post"), ("email", "message"), ("web", "review")]
            )
            self.add(p, when, ch, kind, r.choice(w.PRAISE[lang]))
        elif pick == "question":
            q, a = r.choice(w.QUESTION[lang])
            self.add(p, when, "chat", "chat", q)
            self.add(p, when + timedelta(minutes=r.randint(2, 9)), "chat", "chat", a, out=True)
            self.add(
                p,
                when + timedelta(minutes=r.randint(10, 14)),
                "chat",
                "chat",
                r.choice(w.THANKS[lang]),
            )
        elif pick == "purchase":
            item, value = r.choice(w.PURCHASE)
            self.add(
                p, when, "web", "purchase", None, attrs={"order_value": value, "product": item}
            )
        elif pick == "page":
            self.add(p, when, "web", "page_view", None, attrs={"page": r.choice(w.PAGE)})
        else:
            self.survey_happy(p, when, lang)

    def survey_happy(self, p: Person, when: datetime, lang: str) -> None:
        r = self.rng
        word = r.choice(w.SURVEY_WORD[lang]) or None
        which = r.choice(["nps", "csat", "ces"])
        if which == "nps":
            self.add(p, when, "survey", "survey_response", word, nps=r.choice([9, 10]))
        elif which == "csat":
            self.add(p, when, "survey", "survey_response", word, csat=5)
        else:
            self.add(p, when, "survey", "survey_response", word, ces=r.choice([6, 7]))

    def happy_days(
        self,
        p: Person,
        n: int,
        first: int = 0,
        last: int | None = None,
        lo: float = 7.0,
        hi: float = 20.5,
    ) -> None:
        last = self.days - 1 if last is None else last
        for _ in range(n):
            self.happy_act(p, self.day_time(self.rng.randint(first, last), lo, hi))

    def complaint(
        self, p: Person, when: datetime, problem: str, channel: str = "email", angry: bool = False
    ) -> str:
        r, lang = self.rng, p.say_lang()
        subject, text = w.PROBLEMS[problem][lang]
        text = self.fill(text, p)
        if angry:
            text = f"{text} {r.choice(w.ANGER[lang])}"
        if channel == "email" and lang in w.LONG_MAIL and r.random() < 0.3:
            text = self.fill(w.LONG_MAIL[lang], p, complaint=text)
        kind = KIND[channel]
        return self.add(
            p,
            when,
            channel,
            kind,
            text,
            self.fill(subject, p) if channel in ("email", "web") else None,
        )

    def follow(self, p: Person, when: datetime, channel: str, nth: int) -> str:
        lang = p.say_lang()
        if nth == 3:
            text = self.fill(w.THIRD[lang], p)
        else:
            line = self.rng.choice([x for x in w.FOLLOW[lang] if x not in p.used])
            p.used.add(line)
            text = self.fill(line, p)
        kind = KIND[channel]
        return self.add(p, when, channel, kind, text)

    def agent(
        self, p: Person, when: datetime, table: dict[str, str], channel: str = "email"
    ) -> str:
        kind = "chat" if channel == "chat" else "message"
        return self.add(p, when, channel, kind, self.fill(table[p.lang], p), out=True)

    # -- output -------------------------------------------------------------
    def identifiers(self, e: dict[str, Any], first: bool) -> dict[str, str | None]:
        p: Person = e["p"]
        r = self.rng
        ref: dict[str, str | None] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": p.account,
        }
        if first or e["out"]:
            ref.update(
                customer_id=p.key, email=p.email, phone=p.phone.replace(" ", ""), handle=p.handle
            )
        elif e["channel"] == "phone":
            ref["phone"] = p.phone if r.random() < 0.5 else p.phone.replace(" ", "")
        elif e["channel"] in ("social", "community"):
            ref["handle"] = p.handle if r.random() < 0.7 else p.handle.lstrip("@")
        elif e["channel"] == "email":
            ref["email"] = p.email.upper() if r.random() < 0.25 else p.email
        else:
            ref["customer_id"] = p.key
        return ref

    def write(self) -> dict[str, Any]:
        self.events.sort(key=lambda e: (e["when"], e["eid"]))
        seen: set[str] = set()
        lines = []
        for e in self.events:
            p: Person = e["p"]
            first = not e["out"] and p.key not in seen
            if not e["out"]:
                seen.add(p.key)
            attrs = {"market": p.truth["country"], **e["attrs"]}
            if p.account:
                attrs["segment"] = "b2b"
            lines.append(
                json.dumps(
                    {
                        "event_id": e["eid"],
                        "occurred_at": e["when"].strftime("%Y-%m-%dT%H:%M:%SZ"),
                        "channel": e["channel"],
                        "kind": e["kind"],
                        "direction": "outbound" if e["out"] else "inbound",
                        "customer": self.identifiers(e, first),
                        "text": e["text"],
                        "subject": e["subject"],
                        "scores": e["scores"],
                        "source": SOURCE[e["channel"]],
                        "attributes": attrs,
                    },
                    ensure_ascii=False,
                )
            )
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
        end = max(
            self.start + timedelta(days=self.days), self.events[-1]["when"] + timedelta(hours=1)
        )
        expected: Counter[str] = Counter()
        for p in self.people.values():
            expected.update(p.truth["expected_rules"])
        for acc in self.accounts.values():
            expected.update(acc["expected_rules"])
        if self.spike:
            expected["topic_spike"] += 1
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "days": self.days,
                "seed": self.seed,
                "written": WRITTEN,
                "expected": dict(sorted(expected.items())),
            },
            "start": self.start.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "end": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "customers": {k: p.truth for k, p in self.people.items()},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )
        return {
            "customers": len(self.people),
            "touchpoints": len(lines),
            "expected": dict(expected),
        }


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


PROBLEMS = list(w.PROBLEMS)
CHANNELS = ["email", "chat", "phone", "social", "web", "community"]


# -- families ---------------------------------------------------------------
def happy_writers() -> Fam:
    f = Fam("happy_writers", "HW", "2026-01-12", 11, "happy customers who write a lot", 1)
    for _ in range(44):
        f.happy_days(f.person("happy", habit="daytime"), f.rng.randint(5, 9))
    for _ in range(10):
        p = f.person("happy", habit="night")
        for _ in range(f.rng.randint(4, 7)):
            day, hour = f.rng.randint(0, 9), f.rng.choice([22.2, 23.1, 0.4, 1.5, 2.8, 3.9])
            if f.rng.random() < 0.5:
                f.add(p, f.at(day, hour + f.rng.random() * 0.5), "social", "post", w.NIGHT[p.lang])
            else:
                f.happy_act(p, f.at(day, hour + f.rng.random() * 0.5))
    for _ in range(12):
        p = f.person("happy", habit="surveys only")
        for _ in range(f.rng.randint(3, 6)):
            f.survey_happy(p, f.day_time(f.rng.randint(0, 10)), p.lang)
    return f


def one_bad_day() -> Fam:
    f = Fam("one_bad_day", "OB", "2026-02-09", 13, "happy customers with one bad day", 2)
    kinds = ["plain"] * 52 + ["csat"] * 16 + ["nps"] * 12
    f.rng.shuffle(kinds)
    for kind in kinds:
        problem, day = f.rng.choice(PROBLEMS), f.rng.randint(2, 9)
        p = f.person("bad_day_detractor" if kind == "nps" else "happy_one_bad_day", problem=problem)
        f.happy_days(p, f.rng.randint(5, 9))
        when = f.day_time(day, 8, 18)
        eid = f.complaint(
            p, when, problem, f.rng.choice(["email", "chat", "social", "web"]), angry=True
        )
        p.truth.update(bad_day_at=iso(when), bad_day_event_id=eid, tolerated_rules=["silence"])
        if kind == "csat":
            f.add(
                p,
                when + timedelta(hours=1, minutes=f.rng.randint(0, 20)),
                "survey",
                "survey_response",
                None,
                csat=f.rng.choice([1, 2]),
            )
        if kind == "nps":
            nps = f.rng.randint(1, 5)
            f.add(
                p,
                when + timedelta(hours=2, minutes=f.rng.randint(0, 20)),
                "survey",
                "survey_response",
                f.rng.choice([None, f.fill(w.PROBLEMS[problem][p.lang][0], p)]),
                nps=nps,
            )
            p.truth.update(nps_given=nps, expected_rules=["detractor"])
        if f.rng.random() < 0.5:
            f.add(p, f.day_time(day + 1, 8, 12), "chat", "chat", w.SORRY[p.lang])
    for _ in range(25):
        f.happy_days(f.person("happy"), f.rng.randint(5, 9))
    return f


def repeat_story(f: Fam, p: Person, problem: str, first_day: int, last_hours: int = 45) -> None:
    r = f.rng
    n = r.randint(2, 4)
    chans = r.sample(CHANNELS, n)
    when = f.day_time(first_day, 8, 17)
    ids = [f.complaint(p, when, problem, chans[0])]
    if r.random() < 0.5:
        f.agent(p, when + timedelta(hours=2), w.AGENT_PASSED)
    for i in range(1, n):
        when += timedelta(hours=r.randint(3, last_hours), minutes=r.randint(0, 59))
        ids.append(f.follow(p, when, chans[i], i + 1))
    p.truth.update(
        problem=problem,
        contacts=n,
        problem_event_ids=ids,
        expected_rules=["repeat_contact"],
        tolerated_rules=list(COMPLAIN_TOL),
    )


def fixed_story(f: Fam, p: Person, problem: str, day: int) -> list[str]:
    r = f.rng
    when = f.day_time(day, 8, 16)
    eid = f.complaint(p, when, problem, r.choice(["email", "chat", "web"]))
    fixed = when + timedelta(hours=r.randint(3, 20))
    f.agent(p, fixed, w.AGENT_FIXED)
    lang = p.say_lang()
    f.add(
        p,
        fixed + timedelta(hours=r.randint(8, 30)),
        *r.choice([("email", "message"), ("chat", "chat")]),
        r.choice(w.SORTED[lang]),
    )
    return [eid]


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts", "RC", "2026-03-10", 11, "one open problem raised again, and controls", 3
    )
    for _ in range(27):
        p = f.person("repeat_contact")
        f.happy_days(p, f.rng.randint(1, 3), 0, 1)
        repeat_story(f, p, f.rng.choice(PROBLEMS), f.rng.randint(2, 6))
    for _ in range(13):
        p = f.person("resolved_between_contacts", tolerated_rules=["silence"])
        problem = f.rng.choice(PROBLEMS)
        f.happy_days(p, f.rng.randint(2, 4))
        p.truth.update(
            problem=problem, problem_event_ids=fixed_story(f, p, problem, f.rng.randint(1, 6))
        )
    for _ in range(9):
        p = f.person("different_problems", tolerated_rules=["silence"])
        a, b = f.rng.sample(PROBLEMS, 2)
        day = f.rng.randint(0, 2)
        ids = fixed_story(f, p, a, day)
        p.ref = "".join(
            f.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)
        )  # another booking
        ids += fixed_story(f, p, b, day + f.rng.randint(4, 7))
        p.truth.update(problems=[a, b], problem_event_ids=ids)
    for _ in range(27):
        f.happy_days(f.person("happy", habit="frequent"), f.rng.randint(7, 12))
    return f


def slide(f: Fam, p: Person, first_day: int, span: int) -> list[str]:
    ids = []
    for step in range(6):
        lang = p.say_lang()
        when = f.day_time(first_day + round(step * span / 5), 8, 20)
        ch, kind = f.rng.choice(
            [("social", "post"), ("email", "message"), ("chat", "chat"), ("community", "post")]
        )
        ids.append(f.add(p, when, ch, kind, f.fill(w.SLIDE[lang][step], p)))
    p.truth.update(slide_event_ids=ids, slide_days=span)
    return ids


def slow_churners() -> Fam:
    f = Fam("slow_churners", "SC", "2026-04-13", 32, "slow slides, cancellations and controls", 4)
    nps_for = set(f.rng.sample(range(20), 7))
    for i in range(20):
        p = f.person(
            "slow_churner",
            expected_rules=["sentiment_drop"],
            tolerated_rules=[
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
        for _ in range(f.rng.randint(4, 5)):
            ch, kind = f.rng.choice(
                [("social", "post"), ("email", "message"), ("community", "post")]
            )
            f.add(p, f.day_time(f.rng.randint(0, 9)), ch, kind, f.rng.choice(w.PRAISE[p.lang]))
        f.happy_days(p, f.rng.randint(2, 4), 0, 9)
        span = f.rng.choice([3, 5, 7, 9])
        ids = slide(f, p, f.rng.randint(12, 18), span)
        if i in nps_for:
            step4 = next(e["when"] for e in f.events if e["eid"] == ids[3])
            nps = f.rng.randint(1, 5)
            f.add(p, step4 + timedelta(hours=3), "survey", "survey_response", None, nps=nps)
            p.truth.update(nps_given=nps, expected_rules=["sentiment_drop", "detractor"])
    for _ in range(8):
        p = f.person(
            "slow_churner",
            habit="asks to cancel",
            expected_rules=["churn_intent"],
            tolerated_rules=[
                "sentiment_drop",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
        f.happy_days(p, f.rng.randint(4, 6), 0, 12)
        day = f.rng.randint(15, 24)
        subject, text = w.CANCEL_ASK[p.lang]
        when = f.day_time(day, 8, 19)
        ask = f.add(p, when, "email", "message", text, subject)
        cancel = f.add(
            p,
            when + timedelta(days=1, hours=f.rng.randint(-3, 3)),
            "web",
            "cancellation",
            None,
            attrs={"product": "Viaggo Pass"},
        )
        p.truth.update(churn_intent_event_id=ask, cancellation_event_id=cancel)
    for _ in range(12):
        f.happy_days(f.person("happy"), f.rng.randint(6, 10))
    for _ in range(9):
        p = f.person("steadily_grumpy", tolerated_rules=["repeat_contact", "silence"])
        for _ in range(f.rng.randint(5, 8)):
            ch, kind = f.rng.choice(
                [("social", "post"), ("email", "message"), ("community", "post")]
            )
            f.add(p, f.day_time(f.rng.randint(0, 31)), ch, kind, f.rng.choice(w.GRUMPY[p.lang]))
    for _ in range(6):
        p = f.person("happy_one_sarcastic_remark", tolerated_rules=["silence"])
        f.happy_days(p, f.rng.randint(6, 9))
        eid = f.add(p, f.day_time(f.rng.randint(5, 25)), "social", "post", w.SARCASM[p.lang])
        p.truth["sarcasm_event_id"] = eid
    return f


def quiet_hours() -> Fam:
    f = Fam("quiet_hours", "QH", "2026-06-19", 3, "a calm low-volume weekend with night owls", 5)
    for i in range(200):
        if i % 10 == 3:
            problem = f.rng.choice(PROBLEMS)
            p = f.person("grumbles_once", problem=problem, tolerated_rules=["silence"])
            f.complaint(p, f.day_time(f.rng.randint(0, 2), 9, 21), problem, "email")
        else:
            p = f.person("happy")
        f.happy_days(p, f.rng.randint(1, 3), 0, 2, 8, 21.5)
    for night in range(3):
        for hour in sorted(f.rng.sample([0.5, 1.4, 2.2, 3.0, 3.7], 3)):
            burst = f.at(night, hour)
            for _ in range(4):
                p = f.person("night_owl", burst_at=iso(burst))
                when = burst + timedelta(minutes=f.rng.randint(0, 9))
                if f.rng.random() < 0.5:
                    q, a = f.rng.choice(w.QUESTION[p.lang])
                    f.add(p, when, "chat", "chat", q)
                    f.add(
                        p,
                        when + timedelta(minutes=f.rng.randint(2, 6)),
                        "chat",
                        "chat",
                        a,
                        out=True,
                    )
                else:
                    f.add(p, when, "social", "post", w.NIGHT[p.lang])
    return f


ROLES = ["travel manager", "finance", "office manager", "assistant", "CFO", "team lead"]


def b2b_accounts() -> Fam:
    f = Fam("b2b_accounts", "BA", "2026-07-13", 14, "Viaggo Business accounts", 6)
    r = f.rng
    kinds = ["at_risk"] * 6 + ["one_unhappy"] * 6 + ["mild"] * 3 + ["happy"] * 7
    r.shuffle(kinds)
    weekdays = [d for d in range(14) if (f.start + timedelta(days=d)).weekday() < 5]
    for n, kind in enumerate(kinds):
        lang = f.lang()
        acc = f"VB-{w.COUNTRY[lang]}-{r.randint(1000, 9999)}"
        company = w.COMPANY[n]
        problem = r.choice(list(w.B2B_PROBLEMS)) if kind in ("at_risk", "one_unhappy") else None
        people = [
            f.person("b2b_happy", lang, acc, company=company, role=r.choice(ROLES))
            for _ in range(r.randint(4, 6) if kind == "at_risk" else r.randint(3, 6))
        ]
        for p in people:
            for _ in range(r.randint(2, 4)):
                f.add(
                    p,
                    f.day_time(r.choice(weekdays), 8, 17),
                    r.choice(["email", "web"]),
                    "message",
                    r.choice(w.B2B_ROUTINE[lang]),
                )
            if r.random() < 0.3:
                f.add(
                    p,
                    f.day_time(r.choice(weekdays), 8, 17),
                    "survey",
                    "survey_response",
                    None,
                    nps=r.choice([9, 10]),
                )
        entry: dict[str, Any] = {
            "company": company,
            "contacts": len(people),
            "kind": kind,
            "at_risk": kind == "at_risk",
            "same_problem": problem,
            "expected_rules": [],
            "tolerated_rules": [],
            "unhappy_contact_keys": [],
        }
        if problem:
            subject, text = w.B2B_PROBLEMS[problem][lang]
            when = f.day_time(r.randint(1, 6), 8, 16)
            if kind == "at_risk":
                entry.update(trouble_starts_at=iso(when), expected_rules=["account_risk"])
            who = people[:3] if kind == "at_risk" else people[:1]
            for i, p in enumerate(who):
                if i:
                    when += timedelta(hours=r.randint(8, 28))
                eid = f.add(p, when, "email", "message", text.format(company=company), subject)
                p.truth.update(
                    persona="b2b_unhappy" if kind == "at_risk" else "b2b_one_unhappy",
                    problem=problem,
                    complaint_event_ids=[eid],
                    tolerated_rules=COMPLAIN_TOL + (["account_risk"] if kind == "at_risk" else []),
                )
                if i < 2:
                    nps = r.randint(1, 5)
                    f.add(
                        p,
                        when + timedelta(hours=r.randint(2, 4)),
                        "survey",
                        "survey_response",
                        None,
                        nps=nps,
                    )
                    p.truth.update(nps_given=nps, expected_rules=["detractor"])
                else:
                    again = when + timedelta(hours=r.randint(18, 40))
                    eid2 = f.add(
                        p,
                        again,
                        "email",
                        "message",
                        w.B2B_STILL[lang].format(company=company),
                        "RE: " + subject,
                    )
                    p.truth.update(
                        complaint_event_ids=[eid, eid2], expected_rules=["repeat_contact"]
                    )
                entry["unhappy_contact_keys"].append(p.key)
        if kind == "mild":
            for p in people[:2]:
                eid = f.add(
                    p, f.day_time(r.choice(weekdays), 9, 16), "email", "message", w.B2B_MILD[lang]
                )
                p.truth.update(
                    persona="b2b_mild", complaint_event_ids=[eid], tolerated_rules=["silence"]
                )
        entry["unhappy_contacts"] = len(entry["unhappy_contact_keys"])
        f.accounts[acc] = entry
    return f


PAIRS = [
    ("it", "fr"),
    ("fr", "it"),
    ("en", "de"),
    ("es", "pt"),
    ("pt", "en"),
    ("de", "it"),
    ("fr", "en"),
    ("it", "es"),
]


def bilingual() -> Fam:
    f = Fam("bilingual", "BL", "2026-08-18", 14, "customers who write in two languages", 7)
    r = f.rng
    for i in range(36):
        f.happy_days(f.person("happy", langs=PAIRS[i % 8]), r.randint(5, 8))
    for i in range(13):
        p = f.person("repeat_contact", langs=PAIRS[(i + 3) % 8])
        f.happy_days(p, r.randint(1, 2), 0, 2)
        repeat_story(f, p, r.choice(PROBLEMS), r.randint(3, 10))
    for i in range(9):
        p = f.person(
            "slow_churner",
            langs=PAIRS[(i + 5) % 8],
            expected_rules=["sentiment_drop"],
            tolerated_rules=[
                "repeat_contact",
                "churn_intent",
                "competitor_mention",
                "high_value_at_risk",
                "silence",
            ],
        )
        for _ in range(5):
            lang = p.say_lang()
            f.add(
                p,
                f.day_time(r.randint(0, 5)),
                r.choice(["social", "community"]),
                "post",
                r.choice(w.PRAISE[lang]),
            )
        slide(f, p, r.randint(7, 8), r.choice([3, 4, 5]))
    for i in range(8):
        problem = r.choice(PROBLEMS)
        p = f.person(
            "happy_one_bad_day", langs=PAIRS[i], problem=problem, tolerated_rules=["silence"]
        )
        f.happy_days(p, r.randint(5, 7))
        p.spoken = 1  # the bad day is in the second language
        when = f.day_time(r.randint(3, 11), 9, 18)
        p.truth.update(
            bad_day_at=iso(when),
            bad_day_event_id=f.complaint(p, when, problem, "email", angry=True),
        )
    for i in range(6):
        problem = r.choice(PROBLEMS)
        p = f.person(
            "resolved_between_contacts",
            langs=PAIRS[(i + 2) % 8],
            problem=problem,
            tolerated_rules=["silence"],
        )
        f.happy_days(p, r.randint(2, 4))
        p.truth["problem_event_ids"] = fixed_story(f, p, problem, r.randint(2, 9))
    return f


def topic_spike() -> Fam:
    f = Fam("topic_spike", "TS", "2026-10-01", 7, "a calm week and one planted spike", 8)
    r = f.rng
    calm = []
    for i in range(250):
        if i % 10 == 7:
            problem = r.choice(PROBLEMS)
            p = f.person("grumbles_once", problem=problem, tolerated_rules=["silence"])
            f.complaint(p, f.day_time(r.randint(0, 6)), problem, "email")
        else:
            p = f.person("happy")
        f.happy_days(p, r.randint(1, 3))
        calm.append(p)
    for day in (1, 2):  # two lone E-217 reports on Fri 2 and Sat 3 October
        p = f.person("grumbles_once", problem="e-ticket QR code", tolerated_rules=["silence"])
        f.add(p, f.day_time(day, 9, 18), "chat", "chat", r.choice(w.SPIKE[p.lang]))
    regulars = [p for p in r.sample(calm, 40) if p.truth["persona"] == "happy"][:20]
    reporters = regulars + [f.person("spike_reporter") for _ in range(10)]
    r.shuffle(reporters)
    spike_start = f.at(6, 6 + 40 / 60)  # Wed 7 Oct 2026, 06:40 UTC
    repeaters = set(r.sample(range(30), 10))
    ids, again_ids, firsts = [], [], []
    for i, p in enumerate(reporters):
        when = spike_start + timedelta(minutes=round(i * 36 / 29), seconds=r.randint(0, 50))
        ch, kind = r.choice(
            [
                ("email", "message"),
                ("chat", "chat"),
                ("social", "post"),
                ("web", "ticket"),
                ("community", "post"),
            ]
        )
        eid = f.add(p, when, ch, kind, r.choice(w.SPIKE[p.lang]))
        ids.append(eid)
        firsts.append(when)
        p.truth.update(
            persona="spike_reporter", in_spike=True, spike_event_id=eid, tolerated_rules=["silence"]
        )
        if i in repeaters:
            ch2 = r.choice([c for c in ("chat", "social", "email", "phone") if c != ch])
            kind2 = {"chat": "chat", "social": "post", "email": "message", "phone": "call"}[ch2]
            rid = f.add(
                p, when + timedelta(minutes=r.randint(20, 75)), ch2, kind2, w.SPIKE_AGAIN[p.lang]
            )
            again_ids.append(rid)
            p.truth.update(
                persona="spike_repeater",
                repeat_event_id=rid,
                expected_rules=["repeat_contact"],
                tolerated_rules=["silence", "sentiment_drop"],
            )
    for i in [i for i in range(30) if i not in repeaters][:8]:
        f.agent(reporters[i], firsts[i] + timedelta(hours=3), w.SPIKE_AGENT)
    f.spike = {
        "topic": "e-ticket QR code",
        "about": "e-tickets whose QR code does not load (error E-217) on a rail-strike morning",
        "channel": None,
        "start": iso(min(firsts)),
        "end": iso(max(firsts)),
        "customers": len(reporters),
        "event_ids": ids,
        "repeat_event_ids": again_ids,
    }
    return f


def main() -> None:
    for build in (
        happy_writers,
        one_bad_day,
        repeat_contacts,
        slow_churners,
        quiet_hours,
        b2b_accounts,
        bilingual,
        topic_spike,
    ):
        fam = build()
        print(fam.name, fam.write())


if __name__ == "__main__":
    main()
