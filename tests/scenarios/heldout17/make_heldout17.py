"""Build the heldout17 hand-written alert scenarios (Kinetra fitness clubs).

Standard library only and deterministic: one ``random.Random`` per family, seeded
``SEED * 100 + n``; two runs give the same bytes. Run from anywhere:

    python tests/scenarios/heldout17/make_heldout17.py

The stories and the truth are described in README.md next to this file.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import wording as W

SEED = 20261019
WRITTEN = "2026-11-30"
HERE = Path(__file__).resolve().parent
LANG_WEIGHTS = {"es": 28, "en": 26, "pt": 12, "fr": 12, "it": 11, "de": 11}
PROBLEMS = tuple(W.PROBLEM_FIRST)
B2B_PROBLEMS = tuple(W.B2B_COMPLAINT)
REPEAT_TOLERATED = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
SLIDE_TOLERATED = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
CANCEL_TOLERATED = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
B2B_UNHAPPY_TOLERATED = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
KIND_OF = {
    "email": "message",
    "chat": "chat",
    "phone": "call",
    "social": "post",
    "community": "post",
    "web": "ticket",
    "survey": "survey_response",
}
SOURCE_OF = {
    "email": "zendesk",
    "chat": "intercom",
    "phone": "genesys",
    "social": "x",
    "community": "kinetra_community",
    "web": "kinetra_web",
    "survey": "typeform",
}


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Person:
    key: str
    lang: str
    name: str
    club: str
    ids: dict[str, str | None]
    truth: dict[str, Any]


@dataclass
class Builder:
    family: str
    code: str
    start: datetime
    days: int
    n: int
    rng: random.Random = field(init=False)
    people: dict[str, Person] = field(default_factory=dict)
    events: list[dict[str, Any]] = field(default_factory=list)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)
    refs: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)

    # ------------------------------------------------------------ people

    @property
    def end(self) -> datetime:
        return self.start + timedelta(days=self.days)

    def lang(self) -> str:
        langs = list(LANG_WEIGHTS)
        return self.rng.choices(langs, weights=[LANG_WEIGHTS[x] for x in langs])[0]

    def unique(self, make: Any) -> str:
        while True:
            value = str(make())
            if value not in self.used:
                self.used.add(value)
                return value

    def person(
        self,
        persona: str,
        lang: str | None = None,
        *,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        account: str | None = None,
        domain: str | None = None,
        **extra: Any,
    ) -> Person:
        rng = self.rng
        lang = lang or self.lang()
        key = f"KN{self.code}{len(self.people) + 1:04d}"
        first = rng.choice(W.FIRST_NAMES[lang])
        surname = rng.choice(W.SURNAMES[lang])
        if domain is None:
            dom = rng.choice(W.MAIL_DOMAINS[lang])
            sep = rng.choice([".", "_", ""])
            email = self.unique(lambda: f"{first.lower()}{sep}{surname}{rng.randint(1, 99)}@{dom}")
        else:
            email = self.unique(
                lambda: f"{first.lower()}.{surname}{rng.choice(['', '2', '3'])}@{domain}"
            )
        phone = self.unique(lambda: W.PHONE_PREFIX[lang] + str(rng.randint(600000000, 799999999)))
        handle = self.unique(lambda: f"@{first.lower()}_{surname[:5]}{rng.randint(1, 999)}")
        ids: dict[str, str | None] = {
            "customer_id": key,
            "email": email,
            "phone": phone,
            "handle": handle,
            "account_id": account,
        }
        truth: dict[str, Any] = {
            "identifiers": dict(ids),
            "expected_rules": sorted(expected or []),
            "tolerated_rules": sorted(tolerated or []),
            "persona": persona,
            "language": lang,
            "country": W.COUNTRY[lang],
        }
        truth.update(extra)
        p = Person(key, lang, first, rng.choice(W.CLUBS[lang]), ids, truth)
        self.people[key] = p
        return p

    def ref(self) -> str:
        self.refs += 1
        return self.unique(lambda: f"KT-{self.rng.randint(200000, 899999)}")

    # ------------------------------------------------------------ events

    def fill(self, template: str, p: Person, lang: str | None = None, **extra: str) -> str:
        lang = lang or p.lang
        values = {
            "club": p.club,
            "name": p.name,
            "amount": W.FEE[lang],
            "comp": self.rng.choice(W.COMPETITORS),
        }
        values.update(extra)
        return template.format_map(values)

    def add(
        self,
        p: Person,
        t: datetime,
        channel: str,
        kind: str | None = None,
        text: str | None = None,
        *,
        subject: str | None = None,
        nps: int | None = None,
        csat: int | None = None,
        ces: int | None = None,
        outbound: bool = False,
        source: str | None = None,
        attrs: dict[str, str] | None = None,
        lang: str | None = None,
    ) -> str:
        event_id = f"h17-{self.code.lower()}-{len(self.events) + 1:05d}"
        attributes = {"market": W.COUNTRY[p.lang]}
        if p.ids["account_id"]:
            attributes["segment"] = "b2b"
        attributes.update(attrs or {})
        self.events.append(
            {
                "_who": p.key,
                "_t": t,
                "_seq": len(self.events),
                "event_id": event_id,
                "channel": channel,
                "kind": kind or KIND_OF[channel],
                "direction": "outbound" if outbound else "inbound",
                "text": text if text else None,
                "subject": subject,
                "scores": {"nps": nps, "csat": csat, "ces": ces},
                "source": source or SOURCE_OF.get(channel, "kinetra_app"),
                "attributes": attributes,
            }
        )
        return event_id

    # ------------------------------------------------------------ times

    def at(self, day: float, lo: float = 7.0, hi: float = 21.5) -> datetime:
        """A time on day ``int(day)`` between ``lo`` and ``hi`` hours UTC."""
        minutes = self.rng.randint(int(lo * 60), int(hi * 60) - 1)
        return self.start + timedelta(
            days=int(day), minutes=minutes, seconds=self.rng.randint(0, 59)
        )

    def spread(
        self, count: int, d0: float, d1: float, lo: float = 7.0, hi: float = 21.5
    ) -> list[datetime]:
        days = [self.rng.uniform(d0, d1) for _ in range(count)]
        return sorted(self.at(d, lo, hi) for d in days)

    @staticmethod
    def daytime(t: datetime) -> datetime:
        """Move a time out of 23:00-07:00 UTC (to 07:xx)."""
        if t.hour >= 23:
            t = (t + timedelta(days=1)).replace(hour=7)
        elif t.hour < 7:
            t = t.replace(hour=7)
        return t

    @staticmethod
    def office(t: datetime, lo: int = 8, hi: int = 18) -> datetime:
        """Move a time into a weekday between lo and hi hours UTC."""
        if t.hour >= hi:
            t = (t + timedelta(days=1)).replace(hour=lo)
        elif t.hour < lo:
            t = t.replace(hour=lo)
        while t.weekday() >= 5:
            t = (t + timedelta(days=1)).replace(hour=lo)
        return t

    # ------------------------------------------------------------ happy acts

    def survey_happy(self, p: Person, t: datetime, lang: str | None = None) -> str:
        lang = lang or p.lang
        text = self.rng.choice(W.SURVEY_HAPPY[lang])
        pick = self.rng.random()
        if pick < 0.5:
            return self.add(p, t, "survey", text=text, nps=self.rng.choice([9, 10, 10]))
        if pick < 0.8:
            return self.add(p, t, "survey", text=text, csat=5)
        return self.add(p, t, "survey", text=text, ces=self.rng.choice([6, 7]))

    def answered(
        self, p: Person, t: datetime, pair: tuple[str, str], lang: str | None = None
    ) -> None:
        """A chat question, the agent's answer a few minutes later, and the customer's thanks."""
        lang = lang or p.lang
        question, answer = pair
        self.add(p, t, "chat", text=self.fill(question, p, lang))
        t2 = t + timedelta(minutes=self.rng.randint(2, 8))
        self.add(p, t2, "chat", text=self.fill(answer, p, lang), outbound=True)
        t3 = t2 + timedelta(minutes=self.rng.randint(1, 4))
        self.add(p, t3, "chat", text=self.rng.choice(W.THANKS[lang]))

    def night_post(self, p: Person, t: datetime) -> None:
        text = self.fill(self.rng.choice(W.NIGHT[p.lang]), p)
        self.add(p, t, self.rng.choice(["social", "community"]), "post", text)

    def happy_act(self, p: Person, t: datetime, lang: str | None = None) -> None:
        lang = lang or p.lang
        rng = self.rng
        what = rng.choices(
            ["praise", "question", "purchase", "page", "review", "survey", "gripe"],
            weights=[30, 18, 12, 16, 8, 12, 4],
        )[0]
        if what == "praise":
            channel = rng.choice(["social", "social", "community"])
            kind = "mention" if channel == "social" and rng.random() < 0.3 else "post"
            self.add(p, t, channel, kind, self.fill(rng.choice(W.PRAISE[lang]), p, lang))
        elif what == "question":
            self.answered(p, t, rng.choice(W.QUESTIONS[lang]), lang)
        elif what == "purchase":
            product, price = rng.choice(W.PURCHASES[lang])
            page = rng.choice(["/tienda", "/entrenamiento-personal", "/membresia/pase-viajero"])
            self.add(
                p,
                t - timedelta(minutes=rng.randint(3, 15)),
                "web",
                "page_view",
                attrs={"page": page},
            )
            self.add(
                p, t, "web", "purchase", product, attrs={"order_value": price, "product": product}
            )
        elif what == "page":
            slug = p.club.lower().replace(" ", "-")
            page = rng.choice(W.PAGES).format(slug=slug)
            self.add(p, t, "web", "page_view", attrs={"page": page}, source="kinetra_app")
        elif what == "review":
            self.add(
                p,
                t,
                "web",
                "review",
                self.fill(rng.choice(W.REVIEWS[lang]), p, lang),
                source=rng.choice(["google_reviews", "trustpilot"]),
                attrs={"rating": "5"},
            )
        elif what == "survey":
            self.survey_happy(p, t, lang)
        else:
            self.add(p, t, "social", "post", self.fill(rng.choice(W.GRIPE[lang]), p, lang))

    def happy_acts(
        self, p: Person, count: int, d0: float, d1: float, langs: list[str] | None = None
    ) -> None:
        for i, t in enumerate(self.spread(count, d0, d1)):
            self.happy_act(p, t, langs[i % len(langs)] if langs else None)

    # ------------------------------------------------------------ problems

    def complaint_text(self, p: Person, problem: str, lang: str, long: bool = False) -> str:
        text = self.fill(self.rng.choice(W.PROBLEM_FIRST[problem][lang]), p, lang)
        if long:
            # In the middle of a long e-mail: no second greeting, one full stop.
            for hello in ("hola, ", "hi, ", "ola, ", "bonjour, ", "buongiorno, ", "hallo, "):
                if text.lower().startswith(hello):
                    text = text[len(hello) :]
            text = text[0].upper() + text[1:].rstrip()
            if not text.endswith((".", "!", "?")):
                text += "."
            return self.fill(W.LONG_EMAIL[lang], p, lang, complaint=text)
        return text

    def complain(
        self, p: Person, t: datetime, problem: str, lang: str, channel: str, long: bool = False
    ) -> str:
        text = self.complaint_text(p, problem, lang, long)
        subject = W.SUBJECT[problem][lang] if channel == "email" else None
        return self.add(p, t, channel, text=text, subject=subject, lang=lang)

    def follow_up(
        self, p: Person, t: datetime, problem: str, ref: str, lang: str, channel: str, nth: int
    ) -> str:
        issue = W.PROBLEM_ISSUE[problem][lang]
        cap = issue[0].upper() + issue[1:]
        if nth == 2:
            template = self.rng.choice(W.STILL[lang])
        elif nth == 3:
            template = W.THIRD[lang]
        else:
            template = W.FOURTH[lang]
        text = self.fill(template, p, lang, ref=ref, issue=issue, issue_cap=cap)
        subject = None
        if channel == "email":
            subject = f"{W.REPLY_PREFIX[lang]}{W.SUBJECT[problem][lang]} [{ref}]"
        return self.add(p, t, channel, text=text, subject=subject)

    def agent_email(
        self, p: Person, t: datetime, template: str, lang: str, subject: str, **extra: str
    ) -> str:
        return self.add(
            p,
            t,
            "email",
            text=self.fill(template, p, lang, **extra),
            subject=subject,
            outbound=True,
        )

    def repeat_story(self, p: Person, langs: list[str], window: tuple[float, float]) -> None:
        """2-4 contacts about one open problem, 3-45 h apart, each on another channel."""
        rng = self.rng
        problem = rng.choice(PROBLEMS)
        ref = self.ref()
        contacts = rng.choices([2, 3, 4], weights=[45, 35, 20])[0]
        long = rng.random() < 0.2
        channels = rng.sample(["email", "chat", "phone", "social", "web"], contacts)
        if long and "email" in channels:
            channels.remove("email")
            channels.insert(0, "email")
        elif long:
            channels[0] = "email"
        gaps = [rng.uniform(3, 45) for _ in range(contacts - 1)]
        latest = window[1] - (sum(gaps) + 12 * (contacts - 1)) / 24
        first = self.at(rng.uniform(window[0], max(window[0] + 0.2, latest)), 7, 21)
        lang0 = langs[0]
        ids = [self.complain(p, first, problem, lang0, channels[0], long)]
        passed = rng.random() < 0.5
        if passed:
            self.agent_email(
                p,
                first + timedelta(hours=2, minutes=rng.randint(0, 20)),
                W.AGENT_PASSED[lang0],
                lang0,
                f"{W.REPLY_PREFIX[lang0]}{W.SUBJECT[problem][lang0]} [{ref}]",
                ref=ref,
            )
        t = first
        for i in range(1, contacts):
            t = self.daytime(t + timedelta(hours=gaps[i - 1]))
            lang = langs[i % len(langs)]
            ids.append(self.follow_up(p, t, problem, ref, lang, channels[i], i + 1))
        p.truth.update(
            problem=problem,
            contacts=contacts,
            booking=ref,
            problem_event_ids=ids,
            agent_passed_on=passed,
        )

    def resolved_story(self, p: Person, problem: str, lang: str, t: datetime) -> list[str]:
        rng = self.rng
        ref = self.ref()
        channel = rng.choice(["email", "chat", "social", "web"])
        first = self.complain(p, t, problem, lang, channel)
        t2 = self.daytime(t + timedelta(hours=rng.uniform(3, 20)))
        topic = W.SUBJECT[problem][lang]
        self.agent_email(
            p,
            t2,
            W.AGENT_FIXED[lang],
            lang,
            f"{W.REPLY_PREFIX[lang]}{topic} [{ref}]",
            ref=ref,
            topic=topic,
        )
        t3 = self.daytime(t2 + timedelta(hours=rng.uniform(8, 30)))
        thanks = self.add(
            p, t3, rng.choice(["chat", "email", "social"]), text=rng.choice(W.SORTED[lang])
        )
        return [first, thanks, ref]

    def slide(self, p: Person, begin_day: float, over_days: int, langs: list[str]) -> list[str]:
        rng = self.rng
        ids = []
        times = sorted(self.at(begin_day + over_days * step / 5, 7, 22) for step in range(6))
        voice = rng.randint(0, 1)  # one wording per person (the variants differ in gender)
        for step, t in enumerate(times):
            lang = langs[step % len(langs)]
            text = self.fill(W.SLIDE[lang][step][voice], p, lang)
            channel = rng.choice(["social", "social", "community", "email", "chat"])
            subject = W.GRUMBLE_EMAIL_SUBJECT[lang] if channel == "email" else None
            ids.append(self.add(p, t, channel, text=text, subject=subject))
        return ids

    # ------------------------------------------------------------ Kinetra Corporate

    def b2b_routine(self, p: Person, t: datetime, company: str) -> None:
        rng = self.rng
        pick = rng.random()
        lang = p.lang
        if pick < 0.4:
            q, a = rng.choice(W.B2B_ROUTINE[lang])
            subject = W.B2B_SUBJECT[lang].format(company=company)
            self.add(p, t, "email", text=self.fill(q, p), subject=subject)
            t2 = self.office(t + timedelta(hours=rng.uniform(1, 3)), 8, 18)
            self.add(
                p,
                t2,
                "email",
                text=self.fill(a, p),
                subject=W.REPLY_PREFIX[lang] + subject,
                outbound=True,
            )
        elif pick < 0.6:
            self.add(
                p,
                t,
                "web",
                "page_view",
                attrs={"page": "/corporate/portal/empleados"},
                source="kinetra_portal",
            )
        elif pick < 0.72:
            product, price = rng.choice(W.PURCHASES[lang])
            self.add(
                p, t, "web", "purchase", product, attrs={"order_value": price, "product": product}
            )
        elif pick < 0.88:
            self.add(
                p, t, rng.choice(["social", "community"]), "post", rng.choice(W.B2B_PRAISE[lang])
            )
        else:
            self.add(p, t, "survey", text=rng.choice(W.SURVEY_HAPPY[lang]), nps=rng.choice([9, 10]))

    def b2b_complaint(self, p: Person, t: datetime, problem: str, company: str) -> str:
        lang = p.lang
        text = self.rng.choice(W.B2B_COMPLAINT[problem][lang])
        low, high = {"wrong_headcount": (41, 52), "cards_inactive": (3, 12)}.get(problem, (3, 9))
        n = str(self.rng.randint(low, high))
        return self.add(
            p,
            t,
            "email",
            text=self.fill(text, p, company=company, n=n),
            subject=W.B2B_SUBJECT[lang].format(company=company),
        )

    # ------------------------------------------------------------ write

    def write(self, about: str) -> tuple[int, int]:
        rng = self.rng
        self.events.sort(key=lambda e: (e["_t"], e["_seq"]))
        seen: set[str] = set()
        lines = []
        for e in self.events:
            p = self.people[e["_who"]]
            ids = p.ids
            full = e["direction"] == "outbound" or p.key not in seen
            seen.add(p.key)
            cust: dict[str, str | None] = dict.fromkeys(["customer_id", "email", "phone", "handle"])
            if full:
                cust.update({k: ids[k] for k in cust})
            elif e["channel"] == "phone":
                phone = ids["phone"] or ""
                prefix = W.PHONE_PREFIX[p.lang]
                cust["phone"] = f"{prefix} {phone[len(prefix) :]}" if rng.random() < 0.35 else phone
            elif e["channel"] in ("social", "community"):
                handle = ids["handle"] or ""
                cust["handle"] = handle.lstrip("@") if rng.random() < 0.25 else handle
            elif e["channel"] == "email":
                email = ids["email"] or ""
                cust["email"] = email.upper() if rng.random() < 0.15 else email
            else:
                cust["customer_id"] = ids["customer_id"]
            cust["account_id"] = ids["account_id"]
            t: datetime = e["_t"]
            assert self.start.year == 2026 and t < datetime(2026, 11, 15, tzinfo=UTC)
            record = {
                "event_id": e["event_id"],
                "occurred_at": iso(t),
                "channel": e["channel"],
                "kind": e["kind"],
                "direction": e["direction"],
                "customer": cust,
                "text": e["text"],
                "subject": e["subject"],
                "scores": e["scores"],
                "source": e["source"],
                "attributes": e["attributes"],
            }
            lines.append(json.dumps(record, ensure_ascii=False))
        (HERE / f"{self.family}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        last = self.events[-1]["_t"]
        end = max(self.end, last + timedelta(hours=1))
        expected: dict[str, int] = {}
        for p in self.people.values():
            for rule in p.truth["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        truth = {
            "config": {
                "family": self.family,
                "about": about,
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": WRITTEN,
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: p.truth for k, p in self.people.items()},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        text = json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True)
        (HERE / f"{self.family}.truth.json").write_text(text + "\n", encoding="utf-8")
        return len(self.people), len(lines)


def utc(y: int, m: int, d: int, h: int = 0, mi: int = 0) -> datetime:
    return datetime(y, m, d, h, mi, tzinfo=UTC)


def shuffled(rng: random.Random, plan: list[tuple[str, int]]) -> list[str]:
    roles = [name for name, count in plan for _ in range(count)]
    rng.shuffle(roles)
    return roles


# ---------------------------------------------------------------- families


def happy_writers() -> Builder:
    b = Builder("happy_writers", "HW", utc(2026, 1, 19), 10, 1)
    rng = b.rng
    for role in shuffled(rng, [("day", 200), ("night", 40), ("surveys", 60)]):
        if role == "day":
            p = b.person("happy", habit="daytime writer")
            b.happy_acts(p, rng.randint(5, 9), 0, 9.9)
        elif role == "night":
            p = b.person("happy", habit="night writer")
            for _ in range(rng.randint(4, 7)):
                day = rng.uniform(0, 9.6)
                minute = rng.randint(22 * 60 + 10, 28 * 60 + 30)
                t = b.start + timedelta(days=int(day), minutes=minute)
                pick = rng.random()
                if pick < 0.45:
                    b.night_post(p, t)
                elif pick < 0.7:
                    b.answered(p, t, rng.choice(W.NIGHT_QUESTIONS[p.lang]))
                else:
                    b.happy_act(p, t)
        else:
            p = b.person("happy", habit="answers surveys only")
            for t in b.spread(rng.randint(3, 6), 0, 9.9, 8, 21):
                b.survey_happy(p, t)
    return b


def one_bad_day() -> Builder:
    b = Builder("one_bad_day", "OB", utc(2026, 2, 16), 12, 2)
    rng = b.rng
    plan = [("plain", 195), ("csat", 65), ("nps", 40), ("control", 100)]
    for role in shuffled(rng, plan):
        if role == "control":
            p = b.person("happy", habit="control")
            b.happy_acts(p, rng.randint(3, 5), 0, 11.9)
            continue
        if role == "nps":
            p = b.person("bad_day_detractor", expected=["detractor"], tolerated=["silence"])
        else:
            p = b.person("happy_one_bad_day", tolerated=["silence"])
        problem = rng.choice(PROBLEMS)
        day = rng.randint(2, 9)
        bad = b.at(day, 7, 21)
        long = rng.random() < 0.25
        channel = "email" if long else rng.choice(["email", "social", "chat", "community", "phone"])
        others = b.spread(rng.randint(3, 5), 0, 11.9)
        for t in others:
            if abs((t - bad).total_seconds()) > 6 * 3600:
                b.happy_act(p, t)
        bad_id = b.complain(p, bad, problem, p.lang, channel, long)
        p.truth.update(
            problem=problem, bad_day_at=iso(bad), bad_day_event_id=bad_id, long_email=long
        )
        if role == "csat":
            score = rng.choice([1, 2])
            b.add(
                p,
                bad + timedelta(minutes=rng.randint(50, 75)),
                "survey",
                text=rng.choice(W.CSAT_LOW_COMMENT[p.lang]),
                csat=score,
            )
            p.truth["csat_given"] = score
        elif role == "nps":
            score = rng.randint(1, 5)
            b.add(
                p,
                bad + timedelta(minutes=rng.randint(110, 140)),
                "survey",
                text=rng.choice(W.DETRACTOR_COMMENT[p.lang]),
                nps=score,
            )
            p.truth["nps_given"] = score
        if rng.random() < 0.5:
            t = bad + timedelta(hours=rng.uniform(16, 26))
            b.add(p, t, "chat", text=rng.choice(W.APOLOGY[p.lang]))
            p.truth["apologised"] = True
    return b


def repeat_contacts() -> Builder:
    b = Builder("repeat_contacts", "RC", utc(2026, 3, 23), 10, 3)
    rng = b.rng
    plan = [("repeat", 115), ("resolved", 60), ("different", 40), ("happy", 135)]
    for role in shuffled(rng, plan):
        if role == "repeat":
            p = b.person("repeat_contact", expected=["repeat_contact"], tolerated=REPEAT_TOLERATED)
            b.happy_acts(p, rng.randint(1, 3), 0, 1.5)
            b.repeat_story(p, [p.lang], (1.6, 9.8))
        elif role == "resolved":
            p = b.person("resolved_between_contacts", tolerated=["silence"])
            b.happy_acts(p, rng.randint(1, 3), 0, 1.5)
            problem = rng.choice(PROBLEMS)
            first, thanks, ref = b.resolved_story(p, problem, p.lang, b.at(rng.uniform(1.6, 7.5)))
            p.truth.update(problem=problem, booking=ref, problem_event_ids=[first, thanks])
        elif role == "different":
            p = b.person("different_problems", tolerated=["silence"])
            b.happy_acts(p, rng.randint(1, 2), 0, 0.9)
            one, two = rng.sample(PROBLEMS, 2)
            d1 = rng.uniform(1.0, 3.0)
            a = b.resolved_story(p, one, p.lang, b.at(d1))
            c = b.resolved_story(p, two, p.lang, b.at(d1 + rng.uniform(4, 5.5)))
            p.truth.update(
                problems=[one, two], problem_event_ids=[a[0], c[0]], bookings=[a[2], c[2]]
            )
        else:
            p = b.person("happy", habit="frequent writer")
            b.happy_acts(p, rng.randint(5, 8), 0, 9.9)
    return b


def slow_churners() -> Builder:
    b = Builder("slow_churners", "SC", utc(2026, 4, 20), 32, 4)
    rng = b.rng
    plan = [
        ("slide", 60),
        ("slide_nps", 30),
        ("cancel", 35),
        ("happy", 80),
        ("grumpy", 45),
        ("sarcastic", 50),
    ]
    for role in shuffled(rng, plan):
        if role.startswith("slide"):
            expected = ["sentiment_drop"] + (["detractor"] if role == "slide_nps" else [])
            p = b.person(
                "slow_churner", expected=expected, tolerated=SLIDE_TOLERATED, habit="slides"
            )
            for t in b.spread(rng.randint(4, 5), 0, 9.9):
                b.add(
                    p,
                    t,
                    rng.choice(["social", "community"]),
                    "post",
                    b.fill(rng.choice(W.PRAISE[p.lang]), p),
                )
            b.happy_acts(p, rng.randint(2, 4), 0, 9.9)
            begin = rng.randint(12, 18)
            over = rng.choice([3, 5, 7, 9])
            ids = b.slide(p, begin, over, [p.lang])
            p.truth.update(slide_event_ids=ids, slide_days=over)
            p.truth["trouble_starts_at"] = iso(
                next(e["_t"] for e in b.events if e["event_id"] == ids[0])
            )
            if role == "slide_nps":
                t4 = next(e["_t"] for e in b.events if e["event_id"] == ids[3])
                score = rng.randint(1, 5)
                b.add(
                    p,
                    t4 + timedelta(hours=3),
                    "survey",
                    text=rng.choice(W.DETRACTOR_COMMENT[p.lang]),
                    nps=score,
                )
                p.truth["nps_given"] = score
        elif role == "cancel":
            p = b.person(
                "slow_churner",
                expected=["churn_intent"],
                tolerated=CANCEL_TOLERATED,
                habit="asks to cancel",
            )
            b.happy_acts(p, rng.randint(4, 6), 0, 14)
            t = b.at(rng.randint(15, 24), 7, 21)
            subject = {
                "es": "Baja",
                "en": "Cancel membership",
                "pt": "Cancelamento",
                "fr": "Résiliation",
                "it": "Disdetta",
                "de": "Kündigung",
            }[p.lang]
            ask = b.add(p, t, "email", text=rng.choice(W.CANCEL_REQUEST[p.lang]), subject=subject)
            t2 = b.daytime(t + timedelta(hours=rng.uniform(20, 30)))
            cancel = b.add(p, t2, "web", "cancellation", W.CANCEL_WEB[p.lang], source="kinetra_web")
            p.truth.update(
                churn_intent_event_id=ask, cancellation_event_id=cancel, churn_at=iso(t2)
            )
        elif role == "happy":
            p = b.person("happy", habit="steady")
            b.happy_acts(p, rng.randint(6, 10), 0, 31.9)
        elif role == "grumpy":
            p = b.person("steadily_grumpy", tolerated=["repeat_contact", "silence"])
            for t in b.spread(rng.randint(5, 8), 0, 31.9):
                channel = rng.choice(["social", "community", "email"])
                topic = W.GRUMBLE_EMAIL_SUBJECT[p.lang] if channel == "email" else None
                b.add(p, t, channel, text=b.fill(rng.choice(W.GRUMBLES[p.lang]), p), subject=topic)
        else:
            p = b.person("happy_one_sarcastic_remark", tolerated=["silence"])
            b.happy_acts(p, rng.randint(5, 8), 0, 31.9)
            t = b.at(rng.randint(8, 28))
            sid = b.add(p, t, "social", "post", b.fill(rng.choice(W.SARCASM[p.lang]), p))
            p.truth["sarcasm_event_id"] = sid
    return b


def quiet_hours() -> Builder:
    b = Builder("quiet_hours", "QH", utc(2026, 6, 19), 3, 5)
    rng = b.rng
    for role in shuffled(rng, [("calm", 192), ("grumble", 22)]):
        if role == "calm":
            p = b.person("happy", habit="weekend")
            b.happy_acts(p, rng.randint(1, 3), 0, 2.99)
        else:
            p = b.person("grumbles_once", tolerated=["silence"])
            b.happy_acts(p, rng.randint(0, 2), 0, 2.99)
            t = b.at(rng.uniform(0, 2.99), 8, 21.5)
            gid = b.add(
                p,
                t,
                "email",
                text=b.fill(rng.choice(W.GRUMBLES[p.lang]), p),
                subject=W.GRUMBLE_EMAIL_SUBJECT[p.lang],
            )
            p.truth["grumble_event_id"] = gid
    for night in range(1, 4):
        starts = sorted(rng.sample(range(30, 186, 25), 3))
        for minute in starts:
            burst = b.start + timedelta(days=night, minutes=minute)
            for _ in range(4):
                p = b.person("night_owl", burst_at=iso(burst))
                t = burst + timedelta(minutes=rng.randint(0, 9), seconds=rng.randint(0, 59))
                if rng.random() < 0.5:
                    b.answered(p, t, rng.choice(W.NIGHT_QUESTIONS[p.lang]))
                else:
                    b.night_post(p, t)
    return b


def b2b_accounts() -> Builder:
    b = Builder("b2b_accounts", "BA", utc(2026, 7, 20), 14, 6)
    rng = b.rng
    kinds = shuffled(rng, [("at_risk", 16), ("one_unhappy", 16), ("mild", 8), ("happy", 24)])
    names = list(W.COMPANY_NAMES)
    rng.shuffle(names)
    for i, kind in enumerate(kinds):
        lang = b.lang()
        company = names[i]
        slug = "".join(ch for ch in company.lower() if ch.isalnum())[:14]
        tld = {"es": "es", "en": "co.uk", "pt": "pt", "fr": "fr", "it": "it", "de": "de"}[lang]
        account = b.unique(lambda lang=lang: f"KC-{W.COUNTRY[lang]}-{rng.randint(1000, 9999)}")
        size = rng.randint(4, 6)
        contacts: list[Person] = []
        roles = rng.sample(W.B2B_ROLES, size)
        for role in roles:
            p = b.person(
                "b2b_happy",
                lang,
                account=account,
                domain=f"{slug}.{tld}",
                company=company,
                role=role,
            )
            contacts.append(p)
        unhappy: list[Person] = []
        same_problem = None
        trouble = None
        acc_expected: list[str] = []
        if kind == "at_risk":
            same_problem = rng.choice(B2B_PROBLEMS)
            unhappy = contacts[:3]
            t = b.office(b.at(rng.uniform(2, 7), 8, 17))
            trouble = iso(t)
            acc_expected = ["account_risk"]
            for j, p in enumerate(unhappy):
                if j:
                    t = b.office(t + timedelta(hours=rng.uniform(8, 28)))
                cid = b.b2b_complaint(p, t, same_problem, company)
                ids = [cid]
                expected: list[str] = []
                if j < 2:
                    score = rng.randint(1, 5)
                    b.add(
                        p,
                        t + timedelta(minutes=rng.randint(60, 180)),
                        "survey",
                        text=rng.choice(W.DETRACTOR_COMMENT[lang]),
                        nps=score,
                    )
                    p.truth["nps_given"] = score
                    expected = ["detractor"]
                else:
                    t3 = b.office(t + timedelta(hours=rng.uniform(18, 40)))
                    issue = W.B2B_PROBLEM_ISSUE[same_problem][lang]
                    ids.append(
                        b.add(
                            p,
                            t3,
                            "email",
                            text=b.fill(W.B2B_NOTHING_FIXED[lang], p, issue=issue),
                            subject=W.REPLY_PREFIX[lang]
                            + W.B2B_SUBJECT[lang].format(company=company),
                        )
                    )
                    expected = ["repeat_contact"]
                p.truth.update(
                    persona="b2b_unhappy",
                    expected_rules=expected,
                    complaint_event_ids=ids,
                    problem=same_problem,
                    tolerated_rules=sorted([*B2B_UNHAPPY_TOLERATED, "account_risk"]),
                )
        elif kind == "one_unhappy":
            p = contacts[0]
            unhappy = [p]
            problem = rng.choice(B2B_PROBLEMS)
            t = b.office(b.at(rng.uniform(2, 12), 8, 17))
            cid = b.b2b_complaint(p, t, problem, company)
            score = rng.randint(1, 5)
            b.add(
                p,
                t + timedelta(minutes=rng.randint(60, 180)),
                "survey",
                text=rng.choice(W.DETRACTOR_COMMENT[lang]),
                nps=score,
            )
            p.truth.update(
                persona="b2b_one_unhappy",
                expected_rules=["detractor"],
                complaint_event_ids=[cid],
                problem=problem,
                nps_given=score,
                tolerated_rules=sorted(B2B_UNHAPPY_TOLERATED),
            )
        elif kind == "mild":
            for p in contacts[:2]:
                t = b.office(b.at(rng.uniform(1, 12), 8, 17))
                mid = b.add(
                    p,
                    t,
                    "email",
                    text=rng.choice(W.B2B_MILD[lang]),
                    subject=W.B2B_SUBJECT[lang].format(company=company),
                )
                p.truth.update(
                    persona="b2b_mild", tolerated_rules=["silence"], complaint_event_ids=[mid]
                )
        # Routine weekday acts; a contact who complains has them only before the complaint.
        for p in contacts:
            last = 13.9
            first = b.end
            if p in unhappy:
                first = next(
                    e["_t"] for e in b.events if e["event_id"] == p.truth["complaint_event_ids"][0]
                )
                last = (first - b.start).days - 0.01
            for t in b.spread(rng.randint(2, 4), 0, last, 8, 16):
                t = b.office(t, 8, 16)
                if p not in unhappy or t < first - timedelta(hours=2):
                    b.b2b_routine(p, t, company)
        b.accounts[account] = {
            "company": company,
            "contacts": len(contacts),
            "contact_keys": [p.key for p in contacts],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": [p.key for p in unhappy],
            "at_risk": kind == "at_risk",
            "expected_rules": acc_expected,
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": same_problem,
            "trouble_starts_at": trouble,
            "language": lang,
            "country": W.COUNTRY[lang],
        }
    return b


def bilingual() -> Builder:
    b = Builder("bilingual", "BL", utc(2026, 9, 21), 14, 7)
    rng = b.rng
    pairs = [
        ("es", "en"),
        ("en", "es"),
        ("es", "pt"),
        ("pt", "es"),
        ("en", "fr"),
        ("fr", "it"),
        ("it", "de"),
        ("de", "en"),
    ]
    plan = [("happy", 150), ("repeat", 50), ("slide", 35), ("bad_day", 40), ("resolved", 25)]
    for role in shuffled(rng, plan):
        langs = list(rng.choice(pairs))
        if role == "happy":
            p = b.person("happy", langs[0], languages=langs, habit="alternates languages")
            b.happy_acts(p, rng.randint(5, 9), 0, 13.9, langs)
        elif role == "repeat":
            p = b.person(
                "repeat_contact",
                langs[0],
                expected=["repeat_contact"],
                tolerated=REPEAT_TOLERATED,
                languages=langs,
            )
            b.happy_acts(p, rng.randint(2, 4), 0, 2.9, langs)
            b.repeat_story(p, langs, (3.0, 13.8))
        elif role == "slide":
            p = b.person(
                "slow_churner",
                langs[0],
                expected=["sentiment_drop"],
                tolerated=SLIDE_TOLERATED,
                languages=langs,
                habit="slides",
            )
            for i, t in enumerate(b.spread(5, 0, 4.9)):
                lang = langs[i % 2]
                b.add(
                    p,
                    t,
                    rng.choice(["social", "community"]),
                    "post",
                    b.fill(rng.choice(W.PRAISE[lang]), p, lang),
                )
            b.happy_acts(p, rng.randint(1, 3), 0, 4.9, langs)
            begin = rng.randint(6, 8)
            over = rng.randint(3, 5)
            ids = b.slide(p, begin, over, langs)
            p.truth.update(slide_event_ids=ids, slide_days=over)
            p.truth["trouble_starts_at"] = iso(
                next(e["_t"] for e in b.events if e["event_id"] == ids[0])
            )
        elif role == "bad_day":
            p = b.person("happy_one_bad_day", langs[0], tolerated=["silence"], languages=langs)
            bad = b.at(rng.randint(3, 11), 7, 21)
            for i, t in enumerate(b.spread(rng.randint(4, 7), 0, 13.9)):
                if abs((t - bad).total_seconds()) > 6 * 3600:
                    b.happy_act(p, t, langs[i % 2])
            problem = rng.choice(PROBLEMS)
            bid = b.complain(p, bad, problem, langs[1], rng.choice(["email", "social", "chat"]))
            p.truth.update(problem=problem, bad_day_at=iso(bad), bad_day_event_id=bid)
        else:
            p = b.person(
                "resolved_between_contacts", langs[0], tolerated=["silence"], languages=langs
            )
            b.happy_acts(p, rng.randint(2, 4), 0, 2.9, langs)
            problem = rng.choice(PROBLEMS)
            first, thanks, ref = b.resolved_story(p, problem, langs[1], b.at(rng.uniform(3, 11)))
            p.truth.update(problem=problem, booking=ref, problem_event_ids=[first, thanks])
    return b


def topic_spike() -> Builder:
    b = Builder("topic_spike", "TS", utc(2026, 10, 15), 7, 8)
    rng = b.rng
    spike_start = utc(2026, 10, 19, 5, 40)
    calm: list[Person] = []
    for role in shuffled(rng, [("calm", 306), ("grumble", 34)]):
        if role == "calm":
            p = b.person("happy", habit="calm")
        else:
            p = b.person("grumbles_once", tolerated=["silence"])
            t = b.at(rng.uniform(0, 6.9), 8, 21.5)
            gid = b.add(
                p,
                t,
                "email",
                text=b.fill(rng.choice(W.GRUMBLES[p.lang]), p),
                subject=W.GRUMBLE_EMAIL_SUBJECT[p.lang],
            )
            p.truth["grumble_event_id"] = gid
        calm.append(p)
    regulars = rng.sample([p for p in calm if p.truth["persona"] == "happy"], 40)
    regular_keys = {p.key for p in regulars}
    for p in calm:
        if p.key in regular_keys:
            b.happy_acts(p, rng.randint(1, 3), 0, 3.9)
        else:
            b.happy_acts(p, rng.randint(1, 3), 0, 6.9)
    for day, lang in ((1, "es"), (3, "en")):
        p = b.person(
            "grumbles_once", lang, tolerated=["silence"], habit="lone QR report before the spike"
        )
        b.happy_acts(p, 1, 0, 0.9)
        t = b.at(day, 18, 21)
        p.truth["lone_report_event_id"] = b.add(p, t, "chat", text=b.fill(W.LONE_SPIKE[lang], p))
    reporters = list(regulars)
    for _ in range(20):
        reporters.append(b.person("spike_reporter", tolerated=["silence"], habit="new"))
    rng.shuffle(reporters)
    offsets = sorted(rng.uniform(0, 38) for _ in reporters)
    offsets[0] = 0.0
    first_ids: list[str] = []
    repeat_ids: list[str] = []
    roles = ["repeat"] * 20 + ["fixed"] * 15 + ["once"] * 25
    rng.shuffle(roles)
    for p, off, role in zip(reporters, offsets, roles, strict=True):
        t = spike_start + timedelta(minutes=off)
        channel = rng.choice(["email", "chat", "social", "social", "web", "community"])
        kind = {"web": "ticket"}.get(channel)
        text = b.fill(rng.choice(W.SPIKE[p.lang]), p)
        subject = "E52" if channel == "email" else None
        sid = b.add(p, t, channel, kind, text, subject=subject)
        first_ids.append(sid)
        p.truth.update(
            in_spike=True,
            spike_event_id=sid,
            persona="spike_reporter",
            tolerated_rules=["silence"],
            expected_rules=[],
        )
        if role == "repeat":
            t2 = t + timedelta(minutes=rng.uniform(20, 75))
            ch2 = rng.choice(
                [c for c in ["email", "chat", "social", "phone", "community"] if c != channel]
            )
            rid = b.add(p, t2, ch2, text=rng.choice(W.SPIKE_STILL[p.lang]))
            repeat_ids.append(rid)
            p.truth.update(
                persona="spike_repeater",
                repeat_event_id=rid,
                expected_rules=["repeat_contact"],
                tolerated_rules=["sentiment_drop", "silence"],
            )
        elif role == "fixed":
            b.agent_email(
                p,
                t + timedelta(hours=3, minutes=rng.randint(0, 15)),
                W.SPIKE_FIXED[p.lang],
                p.lang,
                "E52",
            )
            p.truth["agent_fixed"] = True
    end_first = spike_start + timedelta(minutes=offsets[-1])
    b.spike = {
        "topic": "club access: app QR code rejected at the turnstile (E52)",
        "about": "After an access-system update, every club's turnstiles reject the app's QR codes "
        "(ACCESS DENIED E52) on Monday 19 October 2026 from 05:40 UTC (07:40 in Spain, France, "
        "Italy and Germany, 06:40 in the UK and Portugal), the morning rush.",
        "channel": None,
        "start": iso(spike_start),
        "end": iso(end_first),
        "customers": [p.key for p in reporters],
        "event_ids": first_ids,
        "repeat_event_ids": repeat_ids,
    }
    return b


FAMILIES = (
    (happy_writers, "Kinetra members who are happy: daytime writers, night writers, survey-only."),
    (one_bad_day, "Happy members with one angry message on one day; some give a low CSAT or NPS."),
    (
        repeat_contacts,
        "The same open problem raised 2-4 times; fixed problems; two different problems.",
    ),
    (slow_churners, "Slides from a happy baseline, requests to cancel, steady, grumpy, sarcastic."),
    (quiet_hours, "A calm June weekend with bursts of night owls."),
    (
        b2b_accounts,
        "Kinetra Corporate accounts: at risk, one unhappy contact, mild remarks, happy.",
    ),
    (
        bilingual,
        "Members writing in two languages: happy, repeat contacts, slides, bad days, fixed.",
    ),
    (topic_spike, "A calm week and the QR-at-the-turnstile spike on Monday 19 October 2026."),
)


def main() -> None:
    total_c = total_t = 0
    for make, about in FAMILIES:
        b = make()
        customers, touchpoints = b.write(about)
        total_c += customers
        total_t += touchpoints
        print(f"{b.family}: {customers} customers, {touchpoints} touchpoints")
    print(f"total: {total_c} customers, {total_t} touchpoints")


if __name__ == "__main__":
    main()
