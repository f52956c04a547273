"""A scenario: people, their touchpoints in local time, the truth, and the files.

Touchpoints are planned story by story in each person's local time and written in
UTC order. Identifiers are decided when the file is written, in time order: a
touchpoint carries what its channel knows (a call the phone, a social post the
handle, an e-mail the address, the app chat the contract number and e-mail, a
survey the contract number), and the first time one of a person's identifiers
is used it comes with their contract number (a guest's e-mail), as when an agent
or a form asks for it. Each source has its own event ids, its own time format
(some send local time with its offset) and its own extra fields.
"""

from __future__ import annotations

import json
import random
import string
import zlib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from people import People, Person

DST_START = datetime(2026, 3, 29, 1, tzinfo=UTC)
DST_END = datetime(2026, 10, 25, 1, tzinfo=UTC)

#: channel -> identifiers it carries, in order of preference
CHANNEL_IDS: dict[str, tuple[str, ...]] = {
    "email": ("email",),
    "phone": ("phone",),
    "chat": ("customer_id", "email"),
    "web": ("customer_id", "email"),
    "social": ("handle",),
    "community": ("handle",),
    "survey": ("customer_id",),
    "in_person": ("customer_id", "phone"),
}
#: channels whose touchpoints carry a business contact's account id
ACCOUNT_CHANNELS = frozenset({"email", "web", "chat", "survey"})
SOURCES = {
    "email": "freshdesk",
    "phone": "genesys",
    "chat": "intercom",
    "web": "lumeo-portal",
    "social": "sprinklr",
    "community": "discourse",
    "survey": "qualtrics",
    "in_person": "loja-pos",
}


def utc_offset(moment: datetime, tz: int) -> int:
    """Hours ahead of UTC at that instant for a winter offset ``tz`` (EU summer time)."""
    return tz + 1 if DST_START <= moment < DST_END else tz


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Point:
    at: datetime
    person: Person
    channel: str
    kind: str
    direction: str
    text: str | None
    subject: str | None
    scores: dict[str, int]
    attributes: dict[str, str]
    event_id: str
    extra: dict[str, Any] = field(default_factory=dict)


class Scenario:
    """Collects one family's people and touchpoints; writes ``<family>.jsonl`` and its truth."""

    def __init__(self, family: str, about: str, start: date, days: int, seed: int) -> None:
        self.family = family
        self.about = about
        self.start = datetime(start.year, start.month, start.day, tzinfo=UTC)
        self.days = days
        self.seed = seed
        self.rng = random.Random(f"{seed}:{family}")
        self.people_maker = People(self.rng)
        self.people: list[Person] = []
        self.points: list[Point] = []
        self.event_ids: set[str] = set()
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}

    # ---------------------------------------------------------------- people --
    def person(self, lang: str, persona: str, **kwargs: Any) -> Person:
        p = self.people_maker.make(lang, **kwargs)
        p.persona = persona
        self.people.append(p)
        return p

    # ------------------------------------------------------------------ time --
    def local(self, p: Person, day: int, hour: float) -> datetime:
        """UTC instant of ``hour`` o'clock local time on day ``day`` of the scenario."""
        naive = self.start + timedelta(days=day, hours=hour)
        guess = naive - timedelta(hours=p.tz)
        return naive - timedelta(hours=utc_offset(guess, p.tz))

    def local_hour(self, p: Person, moment: datetime) -> float:
        here = moment + timedelta(hours=utc_offset(moment, p.tz))
        return here.hour + here.minute / 60

    def moment(self, p: Person, day: int) -> datetime:
        """A time on that day that fits the person's habit."""
        rng = self.rng
        if p.habit == "night":
            hour = rng.choice((rng.uniform(22.5, 23.9), rng.uniform(24.0, 28.5)))
        elif p.habit == "evening":
            hour = rng.uniform(18.5, 23.5)
        elif p.habit == "early":
            hour = rng.uniform(5.5, 9.0)
        else:
            hour = rng.choice((rng.uniform(8.0, 13.0), rng.uniform(13.0, 22.0)))
        return self.local(p, day, hour)

    def weekday(self, day: int) -> int:
        return (self.start + timedelta(days=day)).weekday()

    def later(self, p: Person, after: datetime, hours: float) -> datetime:
        """``hours`` after ``after``; a day person's contact at night waits for the morning."""
        moment = after + timedelta(hours=hours)
        if p.habit in ("day", "evening"):
            hour = self.local_hour(p, moment)
            if hour < 7.5:
                moment += timedelta(hours=7.5 - hour + self.rng.uniform(0.1, 2.0))
        return moment

    # ----------------------------------------------------------- touchpoints --
    def _event_id(self, channel: str) -> str:
        rng = self.rng
        hexd = "0123456789abcdef"
        for _ in range(100):
            if channel == "email":
                eid = f"fd-{rng.randrange(10**6, 10**7)}"
            elif channel == "phone":
                part = "".join(rng.choice(hexd) for _ in range(12))
                eid = f"gc-{part[:8]}-{part[8:]}"
            elif channel == "chat":
                eid = "ic-" + "".join(rng.choice(hexd) for _ in range(14))
            elif channel == "web":
                eid = f"web-{rng.randrange(10**7, 10**8)}"
            elif channel == "social":
                eid = f"spr-{rng.randrange(10**9, 10**10)}"
            elif channel == "community":
                eid = f"dsc-{rng.randrange(10**5, 10**6)}"
            elif channel == "survey":
                eid = "R_" + "".join(
                    rng.choice(string.ascii_letters + string.digits) for _ in range(15)
                )
            else:
                eid = f"pos-{rng.randrange(10**6, 10**7)}"
            if eid not in self.event_ids:
                self.event_ids.add(eid)
                return eid
        raise RuntimeError("no free event id")

    def add(
        self,
        p: Person,
        at: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        *,
        subject: str | None = None,
        nps: int | None = None,
        csat: int | None = None,
        ces: int | None = None,
        outbound: bool = False,
        attributes: dict[str, str] | None = None,
    ) -> str:
        scores = {k: v for k, v in (("nps", nps), ("csat", csat), ("ces", ces)) if v is not None}
        # Times as the source will write them (the chat tool keeps milliseconds), so
        # that the file's order is the order of what it says.
        keep = at.microsecond // 1000 * 1000 if SOURCES[channel] == "intercom" else 0
        point = Point(
            at=at.replace(microsecond=keep),
            person=p,
            channel=channel,
            kind=kind,
            direction="outbound" if outbound else "inbound",
            text=text,
            subject=subject,
            scores=scores,
            attributes=dict(attributes or {}),
            event_id=self._event_id(channel),
        )
        self.points.append(point)
        return point.event_id

    # ----------------------------------------------------------- identifiers --
    def _identifiers(self, point: Point, seen: set[str]) -> list[str]:
        p = point.person
        if point.kind in ("purchase", "page_view"):
            wanted: tuple[str, ...] = ("customer_id",)
        else:
            wanted = CHANNEL_IDS[point.channel]
        kinds = [k for k in wanted if getattr(p, k)]
        if point.direction == "outbound" and p.primary not in kinds:
            kinds.append(p.primary)
        if not kinds:
            kinds = [p.primary]
        if any(k not in seen for k in kinds) and p.primary not in kinds:
            kinds.append(p.primary)
        seen.update(kinds)
        return kinds

    def _format(self, kind: str, p: Person) -> str:
        rng = self.rng
        if kind == "phone":
            local = p.phone_local
            cut = 3 if len(local) >= 9 else 2
            return rng.choice(
                (
                    p.phone,
                    f"+{p.phone_cc} {local[:cut]} {local[cut : cut + 3]} {local[cut + 3 :]}",
                    f"+{p.phone_cc}-{local[:cut]}-{local[cut:]}",
                    f"+{p.phone_cc} ({local[:cut]}) {local[cut:]}",
                )
            )
        if kind == "email":
            return p.email if rng.random() < 0.75 else p.email.title()
        if kind == "handle":
            assert p.handle is not None
            return rng.choice((f"@{p.handle}", p.handle, p.handle.upper()))
        value = getattr(p, kind)
        assert isinstance(value, str)
        return value

    def _record(self, point: Point, kinds: list[str], first: bool) -> dict[str, Any]:
        p = point.person
        source = SOURCES[point.channel]
        customer: dict[str, Any] = {k: self._format(k, p) for k in kinds}
        if p.account_id and (point.channel in ACCOUNT_CHANNELS or first):
            customer["account_id"] = p.account_id
        if source == "freshdesk":
            customer = {
                k: customer.get(k)
                for k in ("customer_id", "email", "phone", "handle", "account_id")
            }
        if source == "genesys":
            offset = utc_offset(point.at, p.tz)
            here = point.at + timedelta(hours=offset)
            occurred = here.strftime("%Y-%m-%dT%H:%M:%S") + f"+{offset:02d}:00"
        elif source == "intercom":
            occurred = (
                point.at.strftime("%Y-%m-%dT%H:%M:%S.") + f"{point.at.microsecond // 1000:03d}Z"
            )
        else:
            occurred = iso(point.at)
        record: dict[str, Any] = {
            "event_id": point.event_id,
            "occurred_at": occurred,
            "channel": point.channel,
            "kind": point.kind,
            "direction": point.direction,
            "customer": customer,
        }
        if point.text is not None:
            record["text"] = point.text
        if point.subject is not None:
            record["subject"] = point.subject
        if point.scores or source == "freshdesk":
            record["scores"] = point.scores or None
        record["source"] = source
        attributes = {"country": p.country, **point.attributes}
        if p.account_id:
            attributes.setdefault("segment", "b2b")
        record["attributes"] = attributes
        if source == "genesys" and point.kind == "call":
            record["queue"] = "faturacao" if p.lang == "pt" else "billing"
            record["duration_s"] = self.rng.randrange(60, 1500)
        if source == "intercom":
            record["conversation_id"] = f"conv-{zlib.crc32(p.email.encode()) % 10**6:06d}"
        return record

    # ----------------------------------------------------------------- files --
    def write(self, out_dir: Path, expected_note: str = "") -> dict[str, Any]:
        self.points.sort(key=lambda pt: (pt.at, pt.event_id))
        seen: dict[int, set[str]] = {}
        lines: list[str] = []
        for point in self.points:
            person_seen = seen.setdefault(id(point.person), set())
            first = not person_seen
            kinds = self._identifiers(point, person_seen)
            if first and point.person.customer_id is None:
                # A guest is keyed as their first touchpoint is (the contract's best identifier).
                primary = "email" if "email" in kinds else kinds[0]
                value = point.person.email if primary == "email" else point.person.handle
                point.person.key = f"{primary}:{value}"
            record = self._record(point, kinds, first)
            lines.append(json.dumps(record, ensure_ascii=False))
        people = [p for p in self.people if id(p) in seen]
        if len(people) != len(self.people):
            raise RuntimeError(f"{self.family}: someone has no touchpoint")
        end = self.start + timedelta(days=self.days)
        last = self.points[-1].at + timedelta(hours=1)
        end = max(end, last.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1))
        expected: dict[str, int] = {}
        for p in people:
            for rule in p.expected:
                expected[rule] = expected.get(rule, 0) + 1
        for account in self.accounts.values():
            for rule in account["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        truth = {
            "config": {
                "family": self.family,
                "about": self.about,
                "days": self.days,
                "seed": self.seed,
                "written": "by hand, blind (tests/scenarios/heldout4)",
                "expected": dict(sorted(expected.items())),
                "time_zones": "customers in PT (UTC+0), ES/IT/DE/AT/FR (UTC+1); summer "
                "time from 2026-03-29 01:00 UTC",
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {p.key: p.truth() for p in sorted(people, key=lambda q: q.key)},
            "accounts": self.accounts,
            "spike": self.spike,
        }
        out_dir.mkdir(parents=True, exist_ok=True)
        (out_dir / f"{self.family}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
        (out_dir / f"{self.family}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )
        return {
            "family": self.family,
            "customers": len(people),
            "touchpoints": len(lines),
            "days": self.days,
            "expected": expected,
        }
