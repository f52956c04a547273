"""People, touchpoints and truth for the eleventh blind alert set (standard library only).

A :class:`Stream` is one family: it makes customers with their identifiers, adds
their touchpoints (picking the identifiers a channel would know) and writes the
JSON Lines file and the truth (the shape of ``streams.tools.simulator.GroundTruth``).
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from wording10 import COUNTRY, FIRST_NAMES, PHONE_PREFIX, UTC_OFFSET, W

SOURCES = {
    "email": "mailbox",
    "chat": "livechat",
    "phone": "callcenter",
    "social": "socialdesk",
    "community": "forum",
    "survey": "surveytool",
    "web": "app",
}
MAIL_DOMAINS = {
    "de": "web.example.de",
    "pt": "sapo.example.pt",
    "en": "mail.example.co.uk",
    "fr": "orange.example.fr",
    "es": "correo.example.es",
    "it": "libero.example.it",
}
PURCHASES = (
    ("Kontivo Plus, 12 months", "59.90"),
    ("Metal card", "49.00"),
    ("Travel cover", "4.99"),
)


@dataclass
class Person:
    key: str
    lang: str
    ids: dict[str, str | None]
    truth: dict[str, Any]
    seen: bool = False
    used: set[str] = field(default_factory=set)

    @property
    def offset(self) -> int:
        return int(UTC_OFFSET[self.lang])


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Stream:
    """One family: its people, its touchpoints and its truth."""

    def __init__(self, family: str, code: str, start: datetime, days: int, seed: int) -> None:
        self.family, self.code, self.start, self.days = family, code, start, days
        self.rng = random.Random(seed)
        self.seed = seed
        self.people: dict[str, Person] = {}
        self.events: list[tuple[datetime, int, dict[str, Any]]] = []
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}

    # -- people -------------------------------------------------------------
    def person(
        self,
        persona: str,
        lang: str,
        *,
        handle: bool = True,
        account_id: str | None = None,
        **extra: Any,
    ) -> Person:
        n = len(self.people) + 1
        key = f"KV{self.code}{n:04d}"
        first = self.rng.choice(FIRST_NAMES[lang])
        fam = "HWOBRCSCQHBBBLTS".index(self.code) // 2 + 1
        ids: dict[str, str | None] = {
            "customer_id": key,
            "email": f"{first}.{self.code.lower()}{n}@{MAIL_DOMAINS[lang]}",
            "phone": f"{PHONE_PREFIX[lang]}6{fam:02d}{n:05d}",
            "handle": f"@{first}_{self.code.lower()}{n}" if handle else None,
            "account_id": account_id,
        }
        truth: dict[str, Any] = {
            "identifiers": dict(ids),
            "expected_rules": [],
            "tolerated_rules": [],
            "persona": persona,
            "language": lang,
            "country": COUNTRY[lang],
        }
        truth.update(extra)
        p = Person(key, lang, ids, truth)
        self.people[key] = p
        return p

    # -- time ---------------------------------------------------------------
    def local(self, p: Person, day: float, hour: float) -> datetime:
        """Day ``day`` of the family at ``hour`` o'clock in the person's local time, in UTC."""
        return self.start + timedelta(days=day, hours=hour - p.offset)

    def daytime(self, p: Person, day: int, first: float = 8.0, last: float = 21.5) -> datetime:
        hour = self.rng.uniform(first, last)
        return self.local(p, day, hour).replace(second=self.rng.randrange(60), microsecond=0)

    # -- touchpoints ----------------------------------------------------------
    def add(
        self,
        p: Person,
        at: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        *,
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        outbound: bool = False,
        attrs: dict[str, str] | None = None,
    ) -> str:
        seq = len(self.events) + 1
        event_id = f"k10-{self.code.lower()}-{seq:05d}"
        at = at.replace(microsecond=0)
        customer = self._identifiers(p, channel, outbound)
        if channel == "phone":
            offset = timedelta(hours=p.offset)
            stamp = (at + offset).strftime("%Y-%m-%dT%H:%M:%S") + f"+{p.offset:02d}:00"
        else:
            stamp = iso(at)
        record: dict[str, Any] = {
            "event_id": event_id,
            "occurred_at": stamp,
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if outbound else "inbound",
            "customer": customer,
            "text": text,
            "subject": subject,
            "scores": {
                "nps": (scores or {}).get("nps"),
                "csat": (scores or {}).get("csat"),
                "ces": (scores or {}).get("ces"),
            },
            "source": SOURCES[channel],
            "attributes": {"market": COUNTRY[p.lang], **(attrs or {})},
        }
        self.events.append((at, seq, record))
        return event_id

    def _identifiers(self, p: Person, channel: str, outbound: bool) -> dict[str, str | None]:
        ids = p.ids
        out: dict[str, str | None] = dict.fromkeys(
            ("customer_id", "email", "phone", "handle", "account_id")
        )
        out["account_id"] = ids["account_id"]
        if outbound or not p.seen:
            p.seen = True
            out.update({k: ids[k] for k in ("customer_id", "email", "phone", "handle")})
            return out
        roll = self.rng.random()
        if channel == "email":
            email = ids["email"] or ""
            out["email"] = email.upper() if roll < 0.15 else email
        elif channel == "phone":
            phone = ids["phone"] or ""
            out["phone"] = f"{phone[:3]} {phone[3:6]} {phone[6:]}" if roll < 0.3 else phone
        elif channel in ("social", "community") and ids["handle"]:
            handle = ids["handle"]
            out["handle"] = handle.lstrip("@") if roll < 0.3 else handle
        else:
            out["customer_id"] = ids["customer_id"]
        return out

    # -- common acts ----------------------------------------------------------
    def pick(self, p: Person, slot: str, lang: str | None = None) -> str:
        """A line of ``slot`` in the language, preferring one this person has not used."""
        options = W[lang or p.lang][slot]
        fresh = [o for o in options if o not in p.used] or options
        line = self.rng.choice(fresh)
        p.used.add(line)
        return line

    def happy_act(self, p: Person, at: datetime, lang: str | None = None) -> list[str]:
        """One happy act: praise, a question answered and thanked, a purchase, a survey."""
        lang = lang or p.lang
        social = bool(p.ids["handle"])
        roll = self.rng.random()
        if roll < 0.3:
            channel, kind = self.rng.choice(
                [("social", "post"), ("community", "post"), ("web", "review"), ("chat", "chat")]
                if social
                else [("web", "review"), ("chat", "chat"), ("email", "message")]
            )
            return [self.add(p, at, channel, kind, self.pick(p, "praise", lang))]
        if roll < 0.45:
            q = self.add(p, at, "chat", "chat", self.pick(p, "question", lang))
            a_at = at + timedelta(minutes=self.rng.randint(3, 35))
            a = self.add(p, a_at, "chat", "chat", self.pick(p, "answer", lang), outbound=True)
            t_at = a_at + timedelta(minutes=self.rng.randint(1, 25))
            return [q, a, self.add(p, t_at, "chat", "chat", self.pick(p, "thanks", lang))]
        if roll < 0.55:
            name, value = self.rng.choice(PURCHASES)
            return [self.add(p, at, "web", "purchase", name, attrs={"order_value": value})]
        if roll < 0.65:
            return [self.add(p, at, "web", "page_view", None, attrs={"page": "/savings/pots"})]
        if roll < 0.72:
            return [self.add(p, at, "web", "review", self.pick(p, "gripe_praise", lang))]
        return [self.happy_survey(p, at, lang)]

    def happy_survey(self, p: Person, at: datetime, lang: str | None = None) -> str:
        kind = self.rng.choice(("nps", "nps", "csat", "ces"))
        value = {"nps": self.rng.choice((9, 10, 10)), "csat": 5, "ces": self.rng.choice((6, 7))}
        roll = self.rng.random()
        text = None if roll < 0.4 else self.pick(p, "survey_word", lang)
        return self.add(p, at, "survey", "survey_response", text, scores={kind: value[kind]})

    def expect(self, p: Person, *rules: str) -> None:
        for rule in rules:
            if rule not in p.truth["expected_rules"]:
                p.truth["expected_rules"].append(rule)

    def tolerate(self, p: Person, *rules: str) -> None:
        for rule in rules:
            if rule not in p.truth["tolerated_rules"] and rule not in p.truth["expected_rules"]:
                p.truth["tolerated_rules"].append(rule)

    # -- output -------------------------------------------------------------
    def jsonl(self) -> str:
        lines = [
            json.dumps(rec, ensure_ascii=False, sort_keys=False)
            for _, _, rec in sorted(self.events)
        ]
        return "\n".join(lines) + "\n"

    def truth(self, about: str, written: str) -> str:
        last = max(at for at, _, _ in self.events)
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        expected: dict[str, int] = {}
        for p in self.people.values():
            for rule in p.truth["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        for account in self.accounts.values():
            for rule in account["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        data = {
            "config": {
                "family": self.family,
                "about": about,
                "days": self.days,
                "seed": self.seed,
                "written": written,
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
        return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
