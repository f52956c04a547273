"""People, touchpoints and truth of the ninth blind set (standard library only).

A :class:`Story` holds one family: its customers (``Person``), the touchpoints written for
them (in local time, stored in UTC) and what the truth file says about each customer.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import wording as w

#: Which identifiers a touchpoint carries on each channel after the customer's first one.
CHANNEL_IDS = {
    "phone": ("phone",),
    "social": ("handle",),
    "community": ("handle",),
    "email": ("email",),
    "chat": ("customer_id",),
    "web": ("customer_id",),
    "survey": ("customer_id",),
    "in_person": ("customer_id", "phone"),
}
SOURCES = {
    "phone": "genesys",
    "social": "sprinklr",
    "community": "khoros",
    "email": "zendesk",
    "chat": "zendesk",
    "web": "ondalto_app",
    "survey": "qualtrics",
    "in_person": "shop_pos",
}


@dataclass
class Person:
    key: str
    lang: str
    name: str
    email: str
    phone: str
    handle: str
    persona: str
    account_id: str | None = None
    expected: set[str] = field(default_factory=set)
    tolerated: set[str] = field(default_factory=set)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def country(self) -> str:
        return w.COUNTRY[self.lang]

    @property
    def tz(self) -> timezone:
        return timezone(timedelta(hours=w.OFFSET[self.lang]))

    def identifiers(self) -> dict[str, str | None]:
        return {
            "customer_id": self.key,
            "email": self.email,
            "phone": self.phone,
            "handle": "@" + self.handle,
            "account_id": self.account_id,
        }


class Story:
    """One family: customers, touchpoints and the truth about them."""

    def __init__(self, family: str, code: str, seed: int, start: datetime, days: int) -> None:
        self.family = family
        self.code = code
        self.rng = random.Random(seed)
        self.seed = seed
        self.start = start
        self.days = days
        self.people: list[Person] = []
        self.touchpoints: list[dict[str, Any]] = []
        self._ids: set[str] = set()
        self._names: set[str] = set()
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}

    # --- people -----------------------------------------------------------------------

    def person(self, lang: str, persona: str, account_id: str | None = None) -> Person:
        n = len(self.people) + 1
        first = self.rng.choice(w.FIRST_NAMES[lang])
        key = f"ON-{self.code}-{n:05d}"
        local = f"{first.lower()}.{self.code.lower()}{n:03d}"
        domain = (
            "pro-mail.example"
            if account_id
            else self.rng.choice(
                ["mail.example", "webpost.example", "correo.example", "posta.example"]
            )
        )
        phone = w.PHONE_PREFIX[lang] + "".join(str(self.rng.randrange(10)) for _ in range(8))
        handle = f"{first.lower()}_{self.code.lower()}{n}"
        p = Person(key, lang, first, f"{local}@{domain}", phone, handle, persona, account_id)
        self.people.append(p)
        return p

    # --- time -------------------------------------------------------------------------

    def local(self, p: Person, day: float, hour: float) -> datetime:
        """Day ``day`` of the family (0 = start date) at ``hour`` local time, as UTC."""
        base = self.start.replace(tzinfo=p.tz) + timedelta(days=int(day))
        return (base + timedelta(hours=hour)).astimezone(UTC)

    def office_hours(self, p: Person, at: datetime) -> datetime:
        """Calls reach the call centre between 08:00 and 20:00 local: a later call waits."""
        local = at.astimezone(p.tz)
        if 8 <= local.hour < 20:
            return at
        day = local.date() if local.hour < 8 else local.date() + timedelta(days=1)
        minutes = (local.minute * 60 + local.second) % 5400
        opened = datetime(day.year, day.month, day.day, 8, tzinfo=p.tz) + timedelta(seconds=minutes)
        return opened.astimezone(UTC)

    def day_hour(self) -> float:
        return self.rng.uniform(8.0, 21.5)

    # --- touchpoints ------------------------------------------------------------------

    def _event_id(self) -> str:
        while True:
            eid = f"h9{self.code.lower()}-{self.rng.getrandbits(36):09x}"
            if eid not in self._ids:
                self._ids.add(eid)
                return eid

    def _ref(self) -> str:
        return f"OND-{self.rng.randrange(100000, 999999)}"

    def add(
        self,
        p: Person,
        at: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        *,
        subject: str | None = None,
        outbound: bool = False,
        nps: int | None = None,
        csat: int | None = None,
        ces: int | None = None,
        attributes: dict[str, str] | None = None,
    ) -> str:
        eid = self._event_id()
        at = at.replace(microsecond=0)
        if channel == "phone" and not outbound:
            at = self.office_hours(p, at)
        if outbound:
            ids: dict[str, str | None] = dict(p.identifiers())
        else:
            ids = {k: None for k in ("customer_id", "email", "phone", "handle")}
            for name in CHANNEL_IDS[channel]:
                ids[name] = p.identifiers()[name]
            if ids.get("email") and self.rng.random() < 0.15:
                ids["email"] = str(ids["email"]).upper()
            if ids.get("phone") and self.rng.random() < 0.3:
                digits = str(ids["phone"])
                ids["phone"] = " ".join(digits[i : i + 3] for i in range(0, len(digits), 3))
            if ids.get("handle") and self.rng.random() < 0.3:
                ids["handle"] = p.handle
            ids["account_id"] = p.account_id
        if channel == "phone":
            stamp = at.astimezone(p.tz).isoformat()
        else:
            stamp = at.strftime("%Y-%m-%dT%H:%M:%SZ")
        attrs = {"market": p.country}
        if p.account_id:
            attrs["segment"] = "b2b"
        if outbound:
            attrs["agent"] = self.rng.choice(w.AGENTS[p.lang])
        attrs.update(attributes or {})
        self.touchpoints.append(
            {
                "event_id": eid,
                "occurred_at": stamp,
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if outbound else "inbound",
                "customer": ids,
                "text": text,
                "subject": subject,
                "scores": {"nps": nps, "csat": csat, "ces": ces},
                "source": SOURCES[channel],
                "attributes": attrs,
                "_at": at,
                "_key": p.key,
                "_all": p.identifiers(),
            }
        )
        return eid

    def agent(
        self, p: Person, at: datetime, template: dict[str, str], channel: str = "email", **kw: str
    ) -> str:
        text = template[p.lang].format(agent=self.rng.choice(w.AGENTS[p.lang]), **kw)
        kind = "chat" if channel == "chat" else "message"
        return self.add(p, at, channel, kind, text, outbound=True)

    # --- truth ------------------------------------------------------------------------

    def truth(self, about: str) -> dict[str, Any]:
        for p in self.people:
            assert not (p.expected & p.tolerated), p.key
        ordered = sorted(self.touchpoints, key=lambda t: (t["_at"], t["event_id"]))
        last = ordered[-1]["_at"]
        end = max(
            last + timedelta(hours=1), self.start.replace(tzinfo=UTC) + timedelta(days=self.days)
        )
        expected: dict[str, int] = {}
        for p in self.people:
            for rule in p.expected:
                expected[rule] = expected.get(rule, 0) + 1
        for acc in self.accounts.values():
            for rule in acc["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        customers = {}
        for p in self.people:
            entry: dict[str, Any] = {
                "identifiers": p.identifiers(),
                "expected_rules": sorted(p.expected),
                "tolerated_rules": sorted(p.tolerated),
                "persona": p.persona,
                "language": p.lang,
                "country": p.country,
                "segment": "b2b" if p.account_id else "consumer",
            }
            entry.update(p.extra)
            customers[p.key] = entry
        return {
            "config": {
                "family": self.family,
                "about": about,
                "days": self.days,
                "seed": self.seed,
                "written": "2026-11-30, blind, for issue 16 (tests/scenarios/heldout9)",
                "expected": dict(sorted(expected.items())),
            },
            "start": self.start.replace(tzinfo=UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "end": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "customers": customers,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }

    def lines(self) -> str:
        ordered = sorted(self.touchpoints, key=lambda t: (t["_at"], t["event_id"]))
        out = []
        seen: set[str] = set()
        for t in ordered:
            row = {k: v for k, v in t.items() if not k.startswith("_")}
            if row["direction"] == "inbound" and t["_key"] not in seen:
                # A customer's first touchpoint in time carries every identifier.
                row["customer"] = dict(t["_all"])
                seen.add(t["_key"])
            out.append(json.dumps(row, ensure_ascii=False))
        return "\n".join(out) + "\n"


def iso(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
