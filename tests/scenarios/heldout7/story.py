"""People, identifiers and touchpoints of the eighth blind set (heldout7).

A :class:`Family` collects the touchpoints of one scenario family and the truth
about its customers. Stories are planned in the customer's local time and
written in UTC. Event ids are given once the family is sorted by time, so the
truth holds :class:`Ref` objects until :meth:`Family.finish` resolves them.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from wording import NAMES, W

#: Languages and their weight in single-language families (Spanish and German first).
LANG_WEIGHTS = (("es", 30), ("de", 25), ("en", 15), ("fr", 12), ("pt", 10), ("it", 8))
COUNTRY = {"es": "ES", "de": "DE", "en": "GB", "fr": "FR", "pt": "PT", "it": "IT"}
#: Summer time in September and October 2026 (until 25 October).
OFFSET_H = {"es": 2, "de": 2, "en": 1, "fr": 2, "pt": 1, "it": 2}
PHONE_PREFIX = {
    "es": "+346",
    "de": "+4917",
    "en": "+447",
    "fr": "+336",
    "pt": "+3519",
    "it": "+393",
}
DOMAIN = {
    "es": "correo.example.es",
    "de": "post.example.de",
    "en": "mail.example.co.uk",
    "fr": "courriel.example.fr",
    "pt": "mail.example.pt",
    "it": "posta.example.it",
}
SOURCE = {
    "email": "zendesk",
    "chat": "intercom",
    "phone": "aircall",
    "social": "sprout",
    "community": "fitora-forum",
    "web": "fitora-app",
    "survey": "qualtrics",
}
ITEMS = (
    ("10 personal training sessions", "290.00"),
    ("towel service, 3 months", "24.00"),
    ("guest day pass", "9.00"),
    ("protein shake bundle", "19.90"),
    ("Fitora gym bag", "34.00"),
    ("bodyfat scan", "15.00"),
)
TOLERATE_REPEAT = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]


@dataclass
class Ref:
    """A touchpoint the truth names; its event id is known once the family is sorted."""

    event: dict[str, Any]


@dataclass
class Person:
    key: str
    lang: str
    ids: dict[str, str | None]
    truth: dict[str, Any]
    seen: bool = False
    langs: tuple[str, ...] = ()
    used: set[str] = field(default_factory=set)

    @property
    def offset(self) -> int:
        return OFFSET_H[self.lang]


class Family:
    def __init__(self, name: str, code: str, start: date, days: int, seed: int, about: str):
        self.name = name
        self.code = code
        self.start = datetime(start.year, start.month, start.day, tzinfo=UTC)
        self.days = days
        self.seed = seed
        self.about = about
        self.rng = random.Random(f"{seed}-{name}")
        self.events: list[tuple[datetime, int, dict[str, Any]]] = []
        self.people: dict[str, Person] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self._taken: set[str] = set()

    # -- people ---------------------------------------------------------------
    def lang(self) -> str:
        langs = [lang for lang, _ in LANG_WEIGHTS]
        return self.rng.choices(langs, [w for _, w in LANG_WEIGHTS])[0]

    def person(self, persona: str, lang: str | None = None, account: str | None = None) -> Person:
        lang = lang or self.lang()
        n = len(self.people) + 1
        key = f"FT{self.code}{n:04d}"
        firsts, lasts = NAMES[lang]
        while True:
            first, last = self.rng.choice(firsts), self.rng.choice(lasts)
            num = self.rng.randint(10, 99)
            local = f"{first}.{last}{num}"
            if local not in self._taken:
                self._taken.add(local)
                break
        digits = "".join(str(self.rng.randint(0, 9)) for _ in range(8))
        ids: dict[str, str | None] = {
            "customer_id": key,
            "email": f"{local}@{DOMAIN[lang]}",
            "phone": PHONE_PREFIX[lang] + digits,
            "handle": f"@{first}{last[:3]}{num}",
            "account_id": account,
        }
        truth: dict[str, Any] = {
            "identifiers": dict(ids),
            "expected_rules": [],
            "tolerated_rules": [],
            "persona": persona,
            "language": lang,
            "country": COUNTRY[lang],
        }
        p = Person(key, lang, ids, truth, langs=(lang,))
        self.people[key] = p
        return p

    # -- time -----------------------------------------------------------------
    def local(self, p: Person, day: float, hour: float) -> datetime:
        """UTC time of ``hour`` (local, may pass 24) on day ``day`` of the family."""
        return self.start + timedelta(days=day, hours=hour - p.offset)

    def day_time(self, p: Person, day: int, lo: float = 7.5, hi: float = 22.0) -> datetime:
        return self.local(p, day, self.rng.uniform(lo, hi))

    def daylight(self, p: Person, t: datetime) -> datetime:
        """``t`` or, if it falls between 23:00 and 07:30 local, the next morning."""
        loc = t + timedelta(hours=p.offset)
        h = loc.hour + loc.minute / 60
        if h >= 23:
            return t + timedelta(hours=24 - h + 7.5 + self.rng.uniform(0, 1.5))
        if h < 7.5:
            return t + timedelta(hours=7.5 - h + self.rng.uniform(0, 1.5))
        return t

    # -- touchpoints ----------------------------------------------------------
    def add(
        self,
        p: Person,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        *,
        outbound: bool = False,
        scores: dict[str, int] | None = None,
        subject: str | None = None,
        attrs: dict[str, str] | None = None,
    ) -> Ref:
        t = t.replace(microsecond=0) + timedelta(seconds=self.rng.randint(0, 59) - t.second)
        ids = self._ids(p, channel, full=outbound or not p.seen)
        if not outbound:
            p.seen = True
        if channel == "phone":
            stamp = t.astimezone(timezone(timedelta(hours=p.offset))).isoformat()
        else:
            stamp = t.strftime("%Y-%m-%dT%H:%M:%SZ")
        event: dict[str, Any] = {
            "event_id": "",
            "occurred_at": stamp,
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if outbound else "inbound",
            "customer": ids,
            "text": text,
            "subject": subject,
            "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
            "source": SOURCE[channel],
            "attributes": {"market": COUNTRY[p.lang].lower()} | (attrs or {}),
        }
        self.events.append((t, len(self.events), event))
        return Ref(event)

    def time_of(self, ref: Ref) -> datetime:
        return next(t for t, _, ev in self.events if ev is ref.event)

    def _ids(self, p: Person, channel: str, full: bool) -> dict[str, str | None]:
        ids: dict[str, str | None] = dict.fromkeys(("customer_id", "email", "phone", "handle"))
        ids["account_id"] = p.ids["account_id"]
        if full:
            ids.update({k: v for k, v in p.ids.items() if k != "account_id"})
        elif channel == "phone":
            phone = p.ids["phone"] or ""
            if self.rng.random() < 0.35:
                phone = f"{phone[:3]} {phone[3:6]} {phone[6:9]} {phone[9:]}"
            ids["phone"] = phone
        elif channel in ("social", "community"):
            handle = p.ids["handle"] or ""
            ids["handle"] = handle if self.rng.random() < 0.7 else handle.lstrip("@")
        elif channel == "email":
            email = p.ids["email"] or ""
            ids["email"] = email.upper() if self.rng.random() < 0.15 else email
        else:
            ids["customer_id"] = p.ids["customer_id"]
        return ids

    # -- wording --------------------------------------------------------------
    def say(self, p: Person, what: str, lang: str | None = None) -> str:
        """A line of ``what`` in the person's language, not used before by them if possible."""
        lines = W[lang or p.lang][what]
        assert isinstance(lines, list)
        fresh = [x for x in lines if f"{what}:{x}" not in p.used] or lines
        line = self.rng.choice(fresh)
        p.used.add(f"{what}:{line}")
        return str(line)

    # -- common acts ----------------------------------------------------------
    def happy_act(
        self, p: Person, t: datetime, lang: str | None = None, night: bool = False
    ) -> None:
        lang = lang or p.lang
        r = self.rng.random()
        if night:
            r = 0.3 if r < 0.5 else 0.6
        if r < 0.38:
            ch, kind = self.rng.choice(
                [("social", "post"), ("community", "post"), ("web", "review"), ("email", "message")]
            )
            what = "night_post" if night and self.rng.random() < 0.6 else "praise"
            self.add(p, t, ch, kind, self.say(p, what, lang))
        elif r < 0.7:
            ch = self.rng.choice(["chat", "email", "chat"])
            questions, answers = W[lang]["question"], W[lang]["agent_answer"]
            assert isinstance(questions, list) and isinstance(answers, list)
            fresh = [i for i in range(len(questions)) if f"q{i}" not in p.used] or list(
                range(len(questions))
            )
            i = self.rng.choice(fresh)
            p.used.add(f"q{i}")
            self.add(p, t, ch, "chat" if ch == "chat" else "message", str(questions[i]))
            t2 = t + timedelta(
                minutes=self.rng.randint(3, 40) if ch == "chat" else self.rng.randint(60, 300)
            )
            self.add(
                p, t2, ch, "chat" if ch == "chat" else "message", str(answers[i]), outbound=True
            )
            if self.rng.random() < 0.75:
                t3 = t2 + timedelta(minutes=self.rng.randint(2, 90))
                self.add(
                    p, t3, ch, "chat" if ch == "chat" else "message", self.say(p, "thanks", lang)
                )
        elif r < 0.8:
            item, value = self.rng.choice(ITEMS)
            self.add(p, t, "web", "purchase", attrs={"order_value": value, "item": item})
        elif r < 0.88:
            page = self.rng.choice(["/classes", "/clubs", "/timetable", "/account", "/offers"])
            self.add(p, t, "web", "page_view", attrs={"page": page})
        else:
            self.survey_happy(p, t, lang)

    def survey_happy(self, p: Person, t: datetime, lang: str | None = None) -> Ref:
        kind = self.rng.choice(["nps", "nps", "csat", "ces"])
        score = {"nps": self.rng.choice([9, 10, 10]), "csat": 5, "ces": self.rng.choice([6, 7])}[
            kind
        ]
        text = self.say(p, "survey_word", lang) if self.rng.random() < 0.55 else None
        return self.add(p, t, "survey", "survey_response", text, scores={kind: score})

    def happy_days(self, p: Person, n: int, first: int, last: int, **kw: Any) -> None:
        for day in sorted(self.rng.randint(first, last) for _ in range(n)):
            self.happy_act(p, self.day_time(p, day), **kw)

    # -- output ---------------------------------------------------------------
    def finish(self, config: dict[str, Any]) -> tuple[str, str]:
        self.events.sort(key=lambda e: (e[0], e[1]))
        for i, (_, _, ev) in enumerate(self.events, 1):
            ev["event_id"] = f"h7-{self.code.lower()}-{i:05d}"
        last = self.events[-1][0] + timedelta(hours=1)
        end = max(self.start + timedelta(days=self.days), last)
        customers = {k: _resolve(p.truth) for k, p in self.people.items()}
        for c in customers.values():
            c["expected_rules"] = sorted(set(c["expected_rules"]))
            c["tolerated_rules"] = sorted(set(c["tolerated_rules"]) - set(c["expected_rules"]))
        expected: dict[str, int] = {}
        for c in customers.values():
            for rule in c["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        truth = {
            "config": config
            | {
                "family": self.name,
                "about": self.about,
                "days": self.days,
                "seed": self.seed,
                "expected": dict(sorted(expected.items())),
            },
            "start": _iso(self.start),
            "end": _iso(end),
            "customers": customers,
            "accounts": _resolve(self.accounts),
            "spike": _resolve(self.spike),
            "journey": {},
            "expectations": {},
        }
        lines = "".join(json.dumps(ev, ensure_ascii=False) + "\n" for _, _, ev in self.events)
        return lines, json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def _iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _resolve(value: Any) -> Any:
    if isinstance(value, Ref):
        return value.event["event_id"]
    if isinstance(value, datetime):
        return _iso(value)
    if isinstance(value, dict):
        return {k: _resolve(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_resolve(v) for v in value]
    return value
