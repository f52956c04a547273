"""Build the heldout14 alert scenarios (Aulora, an online language school).

Run from anywhere: ``python tests/scenarios/heldout14/make_heldout14.py``. Standard
library only, one ``random.Random`` per family from a fixed seed: two runs write the
same bytes. The wording lives in ``wording.py``; the README says how the truth was
decided. Written blind: nothing here was checked against the alert rules.
"""

from __future__ import annotations

import json
import random
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as w  # noqa: E402

SEED = 20261019
WRITTEN = "2026-11-30"
SPIKE_ERR = "CL-503"
REF_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
SOURCES = {
    "email": "zendesk",
    "chat": "intercom",
    "phone": "aircall",
    "social": "sprout",
    "community": "discourse",
    "web": "web",
    "survey": "delighted",
}
REPEAT_TOL = [
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "sentiment_drop",
    "silence",
]
SLIDE_TOL = [
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "repeat_contact",
    "silence",
]
CANCEL_TOL = ["competitor_mention", "high_value_at_risk", "sentiment_drop", "silence"]
B2B_TOL = ["churn_intent", "competitor_mention", "high_value_at_risk", "sentiment_drop", "silence"]
PAIRS = (
    ("es", "it"),
    ("it", "es"),
    ("en", "fr"),
    ("fr", "de"),
    ("de", "pt"),
    ("pt", "en"),
    ("es", "en"),
    ("it", "fr"),
)


def awake(when: datetime, first_hour: int = 7, last_hour: int = 23) -> datetime:
    """The same moment, or the first hour after it when people are up (UTC)."""
    while not first_hour <= when.hour < last_hour:
        when += timedelta(hours=1)
    return when


def iso(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Person:
    key: str
    langs: tuple[str, ...]
    country: str
    email: str
    phone: str
    handle: str
    persona: str
    account_id: str | None = None
    expected: list[str] = field(default_factory=list)
    tolerated: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def lang(self) -> str:
        return self.langs[0]


@dataclass
class Event:
    when: datetime
    seq: int
    person: Person
    body: dict[str, Any]


class Family:
    """One family: its people, their touchpoints and the truth, written out at the end."""

    def __init__(self, name: str, code: str, index: int, start: datetime, days: int, about: str):
        self.name, self.code, self.index = name, code, index
        self.start, self.days, self.about = start, days, about
        self.rng = random.Random(SEED * 100 + index)
        self.people: dict[str, Person] = {}
        self.events: list[Event] = []
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}

    # -- people ------------------------------------------------------------------

    def person(
        self,
        persona: str,
        langs: tuple[str, ...],
        account_id: str | None = None,
        domain: str | None = None,
    ) -> Person:
        rng = self.rng
        n = len(self.people) + 1
        lang = langs[0]
        first, last = rng.choice(w.FIRST[lang]), rng.choice(w.LAST[lang])
        if domain:
            email = f"{first}.{last}{n}@{domain}"
        else:
            style = rng.randrange(3)
            local = (f"{first}.{last}{n}", f"{first[0]}{last}{n}", f"{first}{last[:3]}{n}")[style]
            email = f"{local}@{rng.choice(w.MAIL_DOMAINS)}"
        phone = f"{w.PHONE_PREFIX[lang]}6{self.index}{n:04d}{rng.randint(100, 999)}"
        handle = f"@{first}_{last[:4]}{n}"
        p = Person(
            f"AU{self.code}{n:04d}",
            langs,
            w.COUNTRY[lang],
            email,
            phone,
            handle,
            persona,
            account_id,
        )
        self.people[p.key] = p
        return p

    # -- touchpoints -------------------------------------------------------------

    def tp(
        self,
        p: Person,
        when: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        outbound: bool = False,
        attrs: dict[str, str] | None = None,
    ) -> str:
        seq = len(self.events) + 1
        eid = f"h14-{self.code.lower()}-{seq:05d}"
        body: dict[str, Any] = {
            "event_id": eid,
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if outbound else "inbound",
            "text": text,
            "subject": subject,
            "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
            "source": SOURCES[channel],
            "attributes": {"market": p.country} | (attrs or {}),
        }
        if p.account_id:
            body["attributes"]["segment"] = "b2b"
        self.events.append(Event(when, seq, p, body))
        return eid

    def at(self, day: float, h0: float = 7.0, h1: float = 21.0) -> datetime:
        seconds = self.rng.randint(int(h0 * 3600), int(h1 * 3600))
        return self.start + timedelta(days=int(day), seconds=seconds)

    def fill(
        self, text: str, lang: str, ref: str = "", comp: str | None = None, complaint: str = ""
    ) -> str:
        rng = self.rng
        cents = rng.choice(("19,99", "49,00", "89,00", "120,00"))
        amount = f"£{cents.replace(',', '.')}" if lang == "en" else f"{cents} €"
        return text.format(
            ref=ref,
            tutor=rng.choice(w.TUTORS),
            amount=amount,
            comp=comp or rng.choice(w.COMPETITORS),
            err=SPIKE_ERR,
            cc=f"CC-{rng.randint(100, 999)}",
            complaint=complaint,
        )

    def ref(self) -> str:
        return "".join(self.rng.choice(REF_CHARS) for _ in range(6))

    # -- acts ----------------------------------------------------------------------

    def happy_act(self, p: Person, when: datetime, lang: str, night: bool = False) -> datetime:
        """One happy act (a post, a chat answered, a purchase, a page view, a survey)."""
        rng = self.rng
        roll = rng.random()
        if night:
            if roll < 0.5:
                self.tp(
                    p,
                    when,
                    rng.choice(("social", "community")),
                    "post",
                    self.fill(rng.choice(w.NIGHT[lang]), lang),
                )
                return when
            return self.chat_answered(p, when, lang, night=True)
        if roll < 0.24:
            text = self.fill(rng.choice(w.PRAISE[lang]), lang)
            self.tp(p, when, rng.choice(("social", "community", "social")), "post", text)
        elif roll < 0.29:
            self.tp(
                p,
                when,
                "web",
                "review",
                self.fill(rng.choice(w.PRAISE[lang]), lang),
                attrs={"stars": "5"},
            )
        elif roll < 0.33:
            self.tp(p, when, "social", "post", self.fill(rng.choice(w.PRAISE_GRIPE[lang]), lang))
        elif roll < 0.48:
            return self.chat_answered(p, when, lang)
        elif roll < 0.63:
            item, value = rng.choice(
                (
                    ("Aulora Plus 1 month", "19.99"),
                    ("10 group classes", "49.00"),
                    ("5 x 1-to-1", "120.00"),
                    ("certificate exam", "79.00"),
                )
            )
            self.tp(
                p,
                when,
                "web",
                "purchase",
                attrs={
                    "order_value": value,
                    "item": item,
                    "currency": "GBP" if lang == "en" else "EUR",
                },
            )
        elif roll < 0.82:
            page = rng.choice(
                (
                    "/tutors",
                    "/plus",
                    "/classes/schedule",
                    "/placement-test",
                    "/certificates",
                    "/pricing",
                )
            )
            self.tp(p, when, "web", "page_view", attrs={"page": page})
        else:
            self.happy_survey(p, when, lang)
        return when

    def chat_answered(self, p: Person, when: datetime, lang: str, night: bool = False) -> datetime:
        rng = self.rng
        question = rng.choice(w.NIGHT_Q[lang] if night else w.CHAT_Q[lang])
        self.tp(p, when, "chat", "chat", question)
        answer_at = when + timedelta(minutes=rng.randint(2, 9))
        answer = (w.NIGHT_ANSWER if night else w.AGENT_ANSWER)[lang][0]
        self.tp(p, answer_at, "chat", "chat", answer, outbound=True)
        thanks_at = answer_at + timedelta(minutes=rng.randint(1, 12))
        self.tp(p, thanks_at, "chat", "chat", rng.choice(w.THANKS[lang]))
        return thanks_at

    def happy_survey(self, p: Person, when: datetime, lang: str) -> str:
        rng = self.rng
        which = rng.choice(("nps", "nps", "csat", "ces"))
        score = {"nps": rng.randint(9, 10), "csat": 5, "ces": rng.randint(6, 7)}[which]
        text = rng.choice(w.SURVEY_WORDS[lang]) if rng.random() < 0.6 else None
        return self.tp(
            p,
            when,
            "survey",
            "survey_response",
            text,
            scores={which: score},
            attrs={"survey": which},
        )

    def score_only(self, p: Person, when: datetime, which: str, value: int) -> str:
        """A survey answered with a score and no comment."""
        attrs = {"survey": which}
        return self.tp(p, when, "survey", "survey_response", scores={which: value}, attrs=attrs)

    def happy_days(
        self, p: Person, count: int, lo: int, hi: int, skip: set[int] | None = None
    ) -> None:
        days = [d for d in range(lo, hi) if not skip or d not in skip]
        for i in range(count):
            day = self.rng.choice(days)
            self.happy_act(p, self.at(day), p.langs[i % len(p.langs)])

    def complaint(
        self,
        p: Person,
        when: datetime,
        lang: str,
        problem: str,
        ref: str,
        channel: str,
        angry: bool = False,
    ) -> str:
        rng = self.rng
        text = self.fill(rng.choice(w.PROBLEM_TEXT[problem][lang]), lang, ref)
        if ref not in text:
            # the booking code the later contacts name
            text += f" (#{ref})"
        if angry:
            text += rng.choice(w.ANGRY_TAIL[lang])
        subject = None
        if channel == "email":
            subject = self.fill(w.PROBLEM_SUBJECT[problem][lang], lang, ref)
            if lang in w.LONG_MAIL and rng.random() < 0.3:
                text = self.fill(w.LONG_MAIL[lang], lang, complaint=text)
        kind = {
            "email": "message",
            "chat": "chat",
            "phone": "call",
            "social": "post",
            "web": "ticket",
            "community": "post",
        }[channel]
        return self.tp(p, when, channel, kind, text, subject)

    def contact(
        self,
        p: Person,
        when: datetime,
        lang: str,
        text: str,
        channel: str,
        subject: str | None = None,
    ) -> str:
        kind = {
            "email": "message",
            "chat": "chat",
            "phone": "call",
            "social": "post",
            "web": "ticket",
            "community": "post",
        }[channel]
        return self.tp(p, when, channel, kind, text, subject if channel == "email" else None)

    # -- stories shared by several families -----------------------------------------

    def repeat_story(
        self, p: Person, first_at: datetime, n_contacts: int, langs: tuple[str, ...]
    ) -> list[str]:
        """One problem raised n times, still open, each time on another channel."""
        rng = self.rng
        problem, ref = rng.choice(w.PROBLEMS), self.ref()
        channels = rng.sample(("email", "chat", "phone", "social", "web", "community"), n_contacts)
        comp = rng.choice(w.COMPETITORS)
        ids, when = [], first_at
        for i, channel in enumerate(channels):
            lang = langs[i % len(langs)]
            if i == 0:
                ids.append(self.complaint(p, when, lang, problem, ref, channel))
                if rng.random() < 0.5:
                    self.tp(
                        p,
                        when + timedelta(hours=2),
                        "email",
                        "message",
                        w.AGENT_PASSED[lang].format(ref=ref),
                        outbound=True,
                    )
            else:
                pool = {1: w.FOLLOW_2, 2: w.FOLLOW_3, 3: w.FOLLOW_4}[i][lang]
                text = self.fill(rng.choice(pool), lang, ref, comp)
                subject = "RE: " + self.fill(w.PROBLEM_SUBJECT[problem][lang], lang, ref)
                ids.append(self.contact(p, when, lang, text, channel, subject))
            when = awake(when + timedelta(hours=rng.uniform(3, 45)))
        p.extra.update(problem=problem, contacts=n_contacts, problem_event_ids=ids, booking=ref)
        return ids

    def resolved_story(
        self, p: Person, first_at: datetime, lang: str, problem: str | None = None
    ) -> tuple[datetime, str]:
        rng = self.rng
        problem = problem or rng.choice(w.PROBLEMS)
        ref = self.ref()
        eid = self.complaint(p, first_at, lang, problem, ref, rng.choice(("email", "chat", "web")))
        fixed_at = first_at + timedelta(hours=rng.uniform(3, 20))
        self.tp(p, fixed_at, "email", "message", w.AGENT_FIXED[lang].format(ref=ref), outbound=True)
        sorted_at = fixed_at + timedelta(hours=rng.uniform(8, 30))
        self.tp(p, sorted_at, rng.choice(("chat", "email")), "message", rng.choice(w.SORTED[lang]))
        return sorted_at, eid

    def slide_story(
        self, p: Person, start_day: float, span_days: float, langs: tuple[str, ...]
    ) -> list[str]:
        rng = self.rng
        comp = rng.choice(w.COMPETITORS)
        ids = []
        for step in range(6):
            lang = langs[step % len(langs)]
            when = self.start + timedelta(
                days=start_day + span_days * step / 5, minutes=rng.randint(0, 240)
            )
            text = self.fill(w.SLIDE[lang][step], lang, comp=comp)
            channel = rng.choice(("social", "email", "chat", "community"))
            kind = {"social": "post", "email": "message", "chat": "chat", "community": "post"}[
                channel
            ]
            ids.append(self.tp(p, when, channel, kind, text))
        p.extra.update(slide_event_ids=ids, slide_days=span_days)
        return ids

    # -- write-out -------------------------------------------------------------------

    def identifiers(
        self, p: Person, channel: str, first: bool, outbound: bool
    ) -> dict[str, str | None]:
        rng = self.rng
        ids: dict[str, str | None] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": p.account_id,
        }
        if first or outbound:
            ids.update(customer_id=p.key, email=p.email, phone=p.phone, handle=p.handle)
        elif channel == "phone":
            prefix = w.PHONE_PREFIX[p.lang]
            ids["phone"] = p.phone if rng.random() < 0.7 else prefix + " " + p.phone[len(prefix) :]
        elif channel in ("social", "community"):
            ids["handle"] = p.handle if rng.random() < 0.7 else p.handle.lstrip("@")
        elif channel == "email":
            ids["email"] = p.email if rng.random() < 0.8 else p.email.upper()
        else:
            ids["customer_id"] = p.key
        return ids

    def write(self, expected_extra: dict[str, int] | None = None) -> tuple[int, int]:
        self.events.sort(key=lambda e: (e.when, e.seq))
        seen: set[str] = set()
        lines = []
        for e in self.events:
            first = e.person.key not in seen
            seen.add(e.person.key)
            body = dict(e.body)
            out = {
                "event_id": body["event_id"],
                "occurred_at": iso(e.when),
                "channel": body["channel"],
                "kind": body["kind"],
                "direction": body["direction"],
                "customer": self.identifiers(
                    e.person, body["channel"], first, body["direction"] == "outbound"
                ),
                "text": body["text"],
                "subject": body["subject"],
                "scores": body["scores"],
                "source": body["source"],
                "attributes": body["attributes"],
            }
            lines.append(json.dumps(out, ensure_ascii=False))
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
        expected: dict[str, int] = {}
        for p in self.people.values():
            for rule in p.expected:
                expected[rule] = expected.get(rule, 0) + 1
        for account in self.accounts.values():
            for rule in account["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        expected |= expected_extra or {}
        end = max(self.start + timedelta(days=self.days), self.events[-1].when + timedelta(hours=1))
        customers = {}
        for p in self.people.values():
            entry: dict[str, Any] = {
                "identifiers": {
                    "customer_id": p.key,
                    "email": p.email,
                    "phone": p.phone,
                    "handle": p.handle,
                    "account_id": p.account_id,
                },
                "expected_rules": sorted(p.expected),
                "tolerated_rules": sorted(p.tolerated),
                "persona": p.persona,
                "language": p.lang,
                "country": p.country,
            }
            if len(p.langs) > 1:
                entry["languages"] = list(p.langs)
            entry.update(p.extra)
            customers[p.key] = entry
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "days": self.days,
                "seed": SEED * 100 + self.index,
                "written": WRITTEN,
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": customers,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        text = json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        (HERE / f"{self.name}.truth.json").write_text(text, "utf-8")
        return len(self.people), len(lines)


def lang_cycle(rng: random.Random, n: int) -> list[str]:
    """Languages for n customers: Spanish and Italian most, then the others."""
    weights = (("es", 22), ("it", 20), ("en", 17), ("fr", 16), ("de", 13), ("pt", 12))
    pool = [lang for lang, k in weights for _ in range(k)]
    return [rng.choice(pool) for _ in range(n)]


# -- the families ------------------------------------------------------------------------


def happy_writers() -> Family:
    f = Family(
        "happy_writers",
        "HW",
        1,
        datetime(2026, 1, 19, tzinfo=UTC),
        10,
        "learners with nothing to warn about",
    )
    rng = f.rng
    for lang in lang_cycle(rng, 200):
        p = f.person("happy", (lang,))
        p.extra["habit"] = "daytime"
        f.happy_days(p, rng.randint(5, 9), 0, 10)
    for lang in lang_cycle(rng, 40):
        p = f.person("happy", (lang,))
        p.extra["habit"] = "night writer"
        for _ in range(rng.randint(4, 7)):
            day = rng.randrange(0, 9)
            when = f.at(day, 22.15, 28.5)
            f.happy_act(p, when, lang, night=True)
    for lang in lang_cycle(rng, 60):
        p = f.person("happy", (lang,))
        p.extra["habit"] = "surveys only"
        for _ in range(rng.randint(3, 6)):
            f.happy_survey(p, f.at(rng.randrange(0, 10)), lang)
    return f


def one_bad_day() -> Family:
    f = Family(
        "one_bad_day",
        "OB",
        2,
        datetime(2026, 2, 16, tzinfo=UTC),
        12,
        "happy learners with one bad day",
    )
    rng = f.rng
    langs = lang_cycle(rng, 400)
    for i, lang in enumerate(langs):
        if i >= 300:
            p = f.person("happy", (lang,))
            f.happy_days(p, rng.randint(5, 9), 0, 12)
            continue
        bad_day = rng.randint(2, 9)
        detractor = i < 40
        p = f.person("bad_day_detractor" if detractor else "happy_one_bad_day", (lang,))
        p.tolerated = ["silence"]
        f.happy_days(p, rng.randint(5, 9), 0, 12, skip={bad_day})
        problem = rng.choice(w.PROBLEMS)
        when = f.at(bad_day, 8, 20)
        channel = rng.choice(("email", "social", "chat", "phone", "web"))
        eid = f.complaint(p, when, lang, problem, f.ref(), channel, angry=True)
        p.extra.update(problem=problem, bad_day_at=iso(when), bad_day_event_id=eid)
        if detractor:
            nps = rng.randint(1, 5)
            f.score_only(p, when + timedelta(hours=2, minutes=rng.randint(0, 30)), "nps", nps)
            p.extra["nps_given"] = nps
            p.expected = ["detractor"]
        elif i < 100:
            csat = rng.randint(1, 2)
            f.score_only(p, when + timedelta(hours=1, minutes=rng.randint(0, 20)), "csat", csat)
            p.extra["csat_given"] = csat
        if rng.random() < 0.5:
            f.tp(
                p,
                when + timedelta(hours=rng.randint(16, 26)),
                "chat",
                "chat",
                rng.choice(w.SORRY[lang]),
            )
    return f


def repeat_contacts() -> Family:
    f = Family(
        "repeat_contacts",
        "RC",
        3,
        datetime(2026, 3, 18, tzinfo=UTC),
        10,
        "one problem raised again and again, and controls",
    )
    rng = f.rng
    langs = lang_cycle(rng, 350)
    for i, lang in enumerate(langs):
        if i < 110:
            p = f.person("repeat_contact", (lang,))
            p.expected, p.tolerated = ["repeat_contact"], list(REPEAT_TOL)
            f.happy_days(p, rng.randint(2, 4), 0, 3)
            f.repeat_story(p, f.at(rng.randint(3, 5), 7, 20), rng.randint(2, 4), (lang,))
        elif i < 170:
            p = f.person("resolved_between_contacts", (lang,))
            p.tolerated = ["silence"]
            f.happy_days(p, rng.randint(2, 4), 0, 3)
            problem = rng.choice(w.PROBLEMS)
            _, eid = f.resolved_story(p, f.at(rng.randint(3, 6), 7, 20), lang, problem)
            p.extra.update(problem=problem, problem_event_ids=[eid])
        elif i < 210:
            p = f.person("different_problems", (lang,))
            p.tolerated = ["silence"]
            f.happy_days(p, rng.randint(2, 4), 0, 9)
            first, second = rng.sample(w.PROBLEMS, 2)
            day1 = rng.randint(0, 2)
            _, e1 = f.resolved_story(p, f.at(day1, 7, 20), lang, first)
            _, e2 = f.resolved_story(p, f.at(day1 + rng.randint(4, 7), 7, 18), lang, second)
            p.extra.update(problems=[first, second], problem_event_ids=[e1, e2])
        else:
            p = f.person("happy", (lang,))
            p.extra["habit"] = "frequent writer"
            f.happy_days(p, rng.randint(7, 12), 0, 10)
    return f


def slow_churners() -> Family:
    f = Family(
        "slow_churners",
        "SC",
        4,
        datetime(2026, 4, 20, tzinfo=UTC),
        32,
        "happy learners who slide, cancellers and controls",
    )
    rng = f.rng
    langs = lang_cycle(rng, 300)
    for i, lang in enumerate(langs):
        if i < 90:
            p = f.person("slow_churner", (lang,))
            p.expected, p.tolerated = ["sentiment_drop"], list(SLIDE_TOL)
            for k in range(rng.randint(6, 9)):
                when = f.at(rng.randrange(0, 10))
                if k < rng.randint(4, 5):
                    f.tp(
                        p,
                        when,
                        rng.choice(("social", "community")),
                        "post",
                        f.fill(rng.choice(w.PRAISE[lang]), lang),
                    )
                else:
                    f.happy_act(p, when, lang)
            span = (3, 5, 7, 9)[i % 4]
            ids = f.slide_story(p, rng.randint(12, 18), span, (lang,))
            if i < 30:
                fourth = next(e for e in f.events if e.body["event_id"] == ids[3])
                nps = rng.randint(1, 5)
                f.score_only(p, fourth.when + timedelta(hours=3), "nps", nps)
                p.extra["nps_given"] = nps
                p.expected = ["detractor", "sentiment_drop"]
        elif i < 125:
            p = f.person("slow_churner", (lang,))
            p.extra["habit"] = "asks to cancel"
            p.expected, p.tolerated = ["churn_intent"], list(CANCEL_TOL)
            f.happy_days(p, rng.randint(4, 6), 0, 12)
            when = f.at(rng.randint(15, 24), 8, 20)
            ask = f.tp(p, when, "email", "message", w.CANCEL_ASK[lang], subject="Aulora Plus")
            cancel = f.tp(
                p,
                when + timedelta(hours=rng.uniform(20, 30)),
                "web",
                "cancellation",
                attrs={"item": "Aulora Plus"},
            )
            p.extra.update(churn_intent_event_id=ask, cancellation_event_id=cancel)
        elif i < 205:
            p = f.person("happy", (lang,))
            p.extra["habit"] = "steady"
            f.happy_days(p, rng.randint(6, 10), 0, 32)
        elif i < 250:
            p = f.person("steadily_grumpy", (lang,))
            p.tolerated = ["repeat_contact", "silence"]
            for _ in range(rng.randint(5, 8)):
                channel = rng.choice(("social", "chat", "community"))
                f.tp(
                    p,
                    f.at(rng.randrange(0, 32)),
                    channel,
                    "chat" if channel == "chat" else "post",
                    rng.choice(w.GRUMPY[lang]),
                )
        else:
            p = f.person("happy_one_sarcastic_remark", (lang,))
            p.tolerated = ["silence"]
            f.happy_days(p, rng.randint(5, 8), 0, 32)
            p.extra["sarcasm_event_id"] = f.tp(
                p, f.at(rng.randint(5, 28)), "social", "post", w.SARCASM[lang][0]
            )
    return f


def quiet_hours() -> Family:
    f = Family(
        "quiet_hours",
        "QH",
        5,
        datetime(2026, 6, 26, tzinfo=UTC),
        3,
        "a calm weekend with night owls",
    )
    rng = f.rng
    for i, lang in enumerate(lang_cycle(rng, 214)):
        p = f.person("grumbles_once" if i < 22 else "happy", (lang,))
        acts = rng.randint(1, 3)
        for k in range(acts):
            when = f.at(rng.randrange(0, 3), 8, 21.5)
            if i < 22 and k == 0:
                p.tolerated = ["silence"]
                problem = rng.choice(w.PROBLEMS)
                p.extra.update(
                    problem=problem,
                    problem_event_ids=[f.complaint(p, when, lang, problem, f.ref(), "email")],
                )
            else:
                f.happy_act(p, when, lang)
    owls = lang_cycle(rng, 36)
    for night in range(3):
        for burst in range(3):
            burst_at = f.start + timedelta(days=night, minutes=30 + burst * 65 + rng.randint(0, 20))
            for k in range(4):
                lang = owls[night * 12 + burst * 4 + k]
                p = f.person("night_owl", (lang,))
                p.extra["burst_at"] = iso(burst_at)
                when = burst_at + timedelta(minutes=rng.randint(0, 10), seconds=rng.randint(0, 59))
                f.happy_act(p, when, lang, night=True)
    return f


def b2b_accounts() -> Family:
    f = Family(
        "b2b_accounts", "BA", 6, datetime(2026, 7, 20, tzinfo=UTC), 14, "Aulora Teams accounts"
    )
    rng = f.rng
    weekdays = [d for d in range(14) if (f.start + timedelta(days=d)).weekday() < 5]
    kinds = ["at_risk"] * 16 + ["one_unhappy"] * 16 + ["mild"] * 8 + ["happy"] * 24
    rng.shuffle(kinds)
    for a, kind in enumerate(kinds):
        lang = w.LANGS[a % 6]
        base = w.COMPANY_WORDS[a % len(w.COMPANY_WORDS)]
        company = (
            base
            if a < len(w.COMPANY_WORDS)
            else f"{base} {('Norte', 'Sud', 'Est', 'Ouest')[a // len(w.COMPANY_WORDS) - 1]}"
        )
        account_id = f"AT-{w.COUNTRY[lang]}-{2000 + a * 7:04d}"
        domain = company.lower().replace(" ", "") + ".example"
        contacts = [
            f.person("b2b_happy", (lang,), account_id, domain) for _ in range(rng.randint(4, 6))
        ]
        for p in contacts:
            p.extra.update(company=company, role=rng.choice(("admin", "hr", "finance", "learner")))
            for _ in range(rng.randint(1, 3)):
                when = f.at(rng.choice(weekdays), 8, 17)
                roll = rng.random()
                if roll < 0.45:
                    f.tp(
                        p,
                        when,
                        "email",
                        "message",
                        rng.choice(w.B2B_ROUTINE[lang]),
                        subject="Aulora Teams",
                    )
                    f.tp(
                        p,
                        when + timedelta(hours=rng.uniform(1, 4)),
                        "email",
                        "message",
                        w.B2B_AGENT[lang],
                        outbound=True,
                    )
                elif roll < 0.6:
                    f.tp(p, when, "web", "page_view", attrs={"page": "/teams/portal"})
                elif roll < 0.7:
                    f.tp(
                        p,
                        when,
                        "web",
                        "purchase",
                        attrs={
                            "order_value": str(rng.choice((450, 900, 1800))) + ".00",
                            "item": "Teams seats",
                            "currency": "GBP" if lang == "en" else "EUR",
                        },
                    )
                elif roll < 0.85:
                    f.tp(
                        p,
                        when,
                        "survey",
                        "survey_response",
                        rng.choice(w.SURVEY_WORDS[lang]),
                        scores={"nps": rng.randint(9, 10)},
                        attrs={"survey": "nps"},
                    )
                else:
                    f.tp(
                        p,
                        when,
                        rng.choice(("email", "community")),
                        "message" if rng.random() < 0.5 else "post",
                        rng.choice(w.B2B_HAPPY[lang]),
                    )
        record: dict[str, Any] = {
            "company": company,
            "contacts": len(contacts),
            "kind": kind,
            "same_problem": None,
            "expected_rules": [],
            "tolerated_rules": [],
            "at_risk": kind == "at_risk",
        }
        unhappy: list[str] = []
        if kind == "at_risk":
            problem = rng.choice(w.B2B_PROBLEMS)
            first_at = f.at(rng.randint(1, 5), 8, 16)
            when = first_at
            for k, p in enumerate(contacts[:3]):
                p.persona, p.tolerated = "b2b_unhappy", [*B2B_TOL, "account_risk"]
                text = f.fill(w.B2B_PROBLEM[problem][lang], lang)
                ids = [f.tp(p, when, "email", "message", text, subject="Aulora Teams")]
                if k < 2:
                    nps = rng.randint(1, 5)
                    f.score_only(p, when + timedelta(hours=rng.uniform(1, 3)), "nps", nps)
                    p.expected, p.extra["nps_given"] = ["detractor"], nps
                else:
                    again = awake(when + timedelta(hours=rng.uniform(18, 40)), 8, 18)
                    ids.append(
                        f.tp(
                            p,
                            again,
                            "email",
                            "message",
                            w.B2B_STILL[lang],
                            subject="RE: Aulora Teams",
                        )
                    )
                    p.expected = ["repeat_contact"]
                p.extra.update(problem=problem, complaint_event_ids=ids)
                unhappy.append(p.key)
                when = awake(when + timedelta(hours=rng.uniform(8, 28)), 8, 18)
            record.update(
                same_problem=problem,
                expected_rules=["account_risk"],
                trouble_starts_at=iso(first_at),
            )
        elif kind == "one_unhappy":
            p = contacts[0]
            problem = rng.choice(w.B2B_PROBLEMS)
            when = f.at(rng.randint(1, 11), 8, 17)
            eid = f.tp(
                p,
                when,
                "email",
                "message",
                f.fill(w.B2B_PROBLEM[problem][lang], lang),
                subject="Aulora Teams",
            )
            nps = rng.randint(1, 5)
            f.score_only(p, when + timedelta(hours=rng.uniform(1, 3)), "nps", nps)
            p.persona, p.expected, p.tolerated = "b2b_one_unhappy", ["detractor"], list(B2B_TOL)
            p.extra.update(problem=problem, complaint_event_ids=[eid], nps_given=nps)
            unhappy.append(p.key)
        elif kind == "mild":
            for p in contacts[:2]:
                eid = f.tp(
                    p,
                    f.at(rng.choice(weekdays), 9, 16),
                    "email",
                    "message",
                    w.B2B_MILD[lang],
                    subject="Factura PDF" if lang == "es" else "Invoice PDF",
                )
                p.persona, p.tolerated = "b2b_mild", ["silence"]
                p.extra["complaint_event_ids"] = [eid]
        record.update(unhappy_contacts=len(unhappy), unhappy_contact_keys=unhappy)
        f.accounts[account_id] = record
    return f


def bilingual() -> Family:
    f = Family(
        "bilingual",
        "BL",
        7,
        datetime(2026, 9, 7, tzinfo=UTC),
        14,
        "learners who write in two languages",
    )
    rng = f.rng
    for i in range(300):
        langs = PAIRS[i % len(PAIRS)]
        if i < 150:
            p = f.person("happy", langs)
            f.happy_days(p, rng.randint(5, 9), 0, 14)
        elif i < 200:
            p = f.person("repeat_contact", langs)
            p.expected, p.tolerated = ["repeat_contact"], list(REPEAT_TOL)
            f.happy_days(p, rng.randint(3, 5), 0, 4)
            f.repeat_story(p, f.at(rng.randint(4, 8), 7, 20), rng.randint(2, 4), langs)
        elif i < 235:
            p = f.person("slow_churner", langs)
            p.expected, p.tolerated = ["sentiment_drop"], list(SLIDE_TOL)
            for k in range(5):
                lang = langs[k % 2]
                f.tp(
                    p,
                    f.at(rng.randrange(0, 5)),
                    rng.choice(("social", "community")),
                    "post",
                    f.fill(rng.choice(w.PRAISE[lang]), lang),
                )
            f.happy_days(p, rng.randint(1, 3), 0, 5)
            f.slide_story(p, rng.randint(6, 8), rng.choice((3, 4, 5)), langs)
        elif i < 275:
            p = f.person("happy_one_bad_day", langs)
            p.tolerated = ["silence"]
            bad_day = rng.randint(3, 11)
            f.happy_days(p, rng.randint(5, 8), 0, 14, skip={bad_day})
            problem = rng.choice(w.PROBLEMS)
            when = f.at(bad_day, 8, 20)
            eid = f.complaint(
                p,
                when,
                langs[1],
                problem,
                f.ref(),
                rng.choice(("email", "social", "chat")),
                angry=True,
            )
            p.extra.update(problem=problem, bad_day_at=iso(when), bad_day_event_id=eid)
        else:
            p = f.person("resolved_between_contacts", langs)
            p.tolerated = ["silence"]
            f.happy_days(p, rng.randint(3, 5), 0, 14)
            problem = rng.choice(w.PROBLEMS)
            _, eid = f.resolved_story(
                p, f.at(rng.randint(2, 10), 7, 20), langs[rng.randrange(2)], problem
            )
            p.extra.update(problem=problem, problem_event_ids=[eid])
    return f


def topic_spike() -> Family:
    f = Family(
        "topic_spike",
        "TS",
        8,
        datetime(2026, 10, 15, tzinfo=UTC),
        7,
        "a calm week and one planted spike",
    )
    rng = f.rng
    spike_start = datetime(2026, 10, 19, 17, 50, tzinfo=UTC)
    calm = []
    for i, lang in enumerate(lang_cycle(rng, 900)):
        p = f.person("grumbles_once" if i % 10 == 0 else "happy", (lang,))
        for k in range(rng.randint(1, 3)):
            when = f.at(rng.randrange(0, 7), 7, 22)
            if p.persona == "grumbles_once" and k == 0:
                p.tolerated = ["silence"]
                problem = rng.choice(w.PROBLEMS)
                p.extra.update(
                    problem=problem,
                    problem_event_ids=[f.complaint(p, when, lang, problem, f.ref(), "email")],
                )
            else:
                f.happy_act(p, when, lang)
        if p.persona == "happy":
            calm.append(p)
    # two lone reports of the same error in the calm days before (Fri 16, Sat 17)
    for day, hour in ((1, 19.2), (2, 18.4)):
        p = calm.pop(rng.randrange(len(calm)))
        p.persona, p.tolerated = "grumbles_once", ["silence"]
        eid = f.tp(
            p, f.at(day, hour, hour + 0.3), "chat", "chat", w.SPIKE[p.lang][0].format(err=SPIKE_ERR)
        )
        p.extra.update(problem="joining a live class", problem_event_ids=[eid])
    reporters = [calm.pop(rng.randrange(len(calm))) for _ in range(40)]
    reporters += [f.person("spike_reporter", (lang,)) for lang in lang_cycle(rng, 20)]
    rng.shuffle(reporters)
    firsts, repeats, channels = (
        [],
        [],
        ("email", "chat", "social", "web", "community", "social", "chat"),
    )
    for k, p in enumerate(reporters):
        lang = p.lang
        when = spike_start + timedelta(seconds=rng.randint(0, 36 * 60))
        channel = rng.choice(channels)
        eid = f.contact(
            p,
            when,
            lang,
            rng.choice(w.SPIKE[lang]).format(err=SPIKE_ERR),
            channel,
            subject=f"Error {SPIKE_ERR}",
        )
        firsts.append((when, eid))
        p.persona, p.tolerated = "spike_reporter", ["silence"]
        p.extra.update(in_spike=True, spike_event_id=eid)
        if k < 20:
            again = when + timedelta(minutes=rng.randint(20, 75))
            other = rng.choice(
                [c for c in ("email", "chat", "social", "web", "community") if c != channel]
            )
            rid = f.contact(
                p,
                again,
                lang,
                rng.choice(w.SPIKE_AGAIN[lang]).format(err=SPIKE_ERR),
                other,
                subject=f"RE: Error {SPIKE_ERR}",
            )
            repeats.append(rid)
            p.persona, p.expected, p.tolerated = (
                "spike_repeater",
                ["repeat_contact"],
                ["sentiment_drop", "silence"],
            )
            p.extra["repeat_event_id"] = rid
        elif k < 35:
            f.tp(
                p,
                when + timedelta(hours=3),
                "email",
                "message",
                w.SPIKE_FIXED[lang].format(err=SPIKE_ERR),
                outbound=True,
            )
    firsts.sort()
    f.spike = {
        "topic": "joining a live class",
        "about": f"the Join class button fails with error {SPIKE_ERR} on a Monday evening",
        "channel": None,
        "start": iso(firsts[0][0]),
        "end": iso(firsts[-1][0]),
        "customers": len(reporters),
        "event_ids": [eid for _, eid in firsts],
        "repeat_event_ids": repeats,
    }
    return f


def main() -> None:
    total_people = total_lines = 0
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
        family = build()
        people, lines = family.write({"topic_spike": 1} if family.spike else None)
        total_people, total_lines = total_people + people, total_lines + lines
        print(f"{family.name:16} customers={people:4} touchpoints={lines:5}")
    print(f"{'total':16} customers={total_people:4} touchpoints={total_lines:5}")


if __name__ == "__main__":
    main()
