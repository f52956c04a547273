"""The pieces every family of the third held-out set is built from (see make_heldout3.py).

A :class:`Scenario` collects one family's touchpoints and the truth about its
customers; :meth:`Scenario.say` writes one touchpoint, and :meth:`Scenario.write`
puts them in time order, gives each the identifiers its channel would carry (all of
them on the customer's first touchpoint) and writes the JSONL and truth files.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import wording as w

KIND_OF = {
    "email": "message",
    "phone": "call",
    "chat": "chat",
    "web": "ticket",
    "social": "post",
    "community": "post",
    "survey": "survey_response",
    "in_person": "message",
}
COMPLAINT_CHANNELS = ("email", "phone", "chat", "web", "social")


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def parse(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


@dataclass
class Customer:
    cid: str
    name: str
    lang: str
    email: str
    phone: str
    handle: str
    account: str | None
    persona: str
    habit: str  # "day", "night" (night shifts) or "weekend"
    station: str  # where they ride from: the same in every message of theirs
    amount: str  # what a billing problem cost them
    expected: set[str] = field(default_factory=set)
    tolerated: set[str] = field(default_factory=set)
    info: dict[str, Any] = field(default_factory=dict)
    seen: bool = False

    @property
    def first_name(self) -> str:
        return self.name.split()[0]


class Scenario:
    """One family: its touchpoints, its customers' truth, accounts and spike."""

    def __init__(
        self, family: str, short: str, start: str, days: int, about: str, *, seed: int
    ) -> None:
        self.family, self.short, self.days, self.about = family, short, days, about
        self.seed = seed
        self.start = datetime.fromisoformat(start).replace(tzinfo=UTC)
        self.rng = random.Random(f"{seed}/{family}")
        self.events: list[dict[str, Any]] = []
        self.customers: dict[str, Customer] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.author: dict[str, tuple[Customer, str]] = {}  # event id -> (customer, channel)

    # --- people ---------------------------------------------------------------------
    def customer(
        self,
        persona: str,
        lang: str,
        *,
        expected: Sequence[str] = (),
        tolerated: Sequence[str] = (),
        account: str | None = None,
        domain: str | None = None,
        habit: str = "day",
        **info: Any,
    ) -> Customer:
        n = len(self.customers) + 1
        r = self.rng
        name = f"{r.choice(w.FIRST_NAMES)} {r.choice(w.LAST_NAMES)}"
        first, last = name.lower().split()
        host = domain or r.choice(w.MAIL_HOSTS)
        country = {"en": "+44", "fr": "+33", "de": "+49", "es": "+34", "pt": "+351", "it": "+39"}
        cust = Customer(
            cid=f"pd3-{self.short}-{n:03d}",
            name=name,
            lang=lang,
            email=f"{first}.{last}.{self.short}{n}@{host}",
            phone=f"{country[lang]}7{self.short_code()}{n:04d}{r.randrange(10)}",
            handle=f"@{first}_{self.short}{n}",
            account=account,
            persona=persona,
            habit=habit,
            station=r.choice(w.STATIONS),
            amount=f"{r.choice((4.5, 11.2, 23.0, 36.4, 59.0)):.2f}",
            expected=set(expected),
            tolerated=set(tolerated),
            info=dict(info),
        )
        self.customers[cust.cid] = cust
        return cust

    def short_code(self) -> str:
        return str(sum(map(ord, self.short)) % 90 + 10)

    # --- time -----------------------------------------------------------------------
    def at(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=int(day), hours=hour)

    def when(self, c: Customer, day: int) -> datetime:
        """A moment on `day` when this customer would write, by their habit."""
        r = self.rng
        if c.habit == "night":
            hour = r.choice((r.uniform(22.5, 24.0), r.uniform(0.0, 4.5) + 24.0))
        else:
            hour = r.triangular(7.0, 22.5, 12.5)
        return self.at(day, hour) + timedelta(seconds=r.randrange(60))

    def daylight(self, c: Customer, t: datetime) -> datetime:
        """`t`, or for a daytime customer the next morning when `t` falls at night."""
        if c.habit == "night" or 7 <= t.hour < 23:
            return t
        morning = t.replace(hour=self.rng.randint(7, 9), minute=self.rng.randrange(60))
        return morning + timedelta(days=1) if t.hour >= 23 else morning

    def days_for(
        self, c: Customer, count: int, first: int = 0, last: int | None = None
    ) -> list[int]:
        """`count` days (repeats allowed) in [first, last]; weekend riders favour weekends."""
        last = self.days - 1 if last is None else last
        pool = list(range(first, last + 1))
        if c.habit == "weekend":
            weekend = [d for d in pool if self.at(d, 0).weekday() >= 5]
            pool = weekend * 4 + pool if weekend else pool
        return sorted(self.rng.choice(pool) for _ in range(count))

    # --- touchpoints ----------------------------------------------------------------
    def say(
        self,
        c: Customer,
        when: datetime,
        channel: str,
        text: str | None,
        *,
        kind: str | None = None,
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        outbound: bool = False,
        attributes: dict[str, str] | None = None,
    ) -> str:
        event_id = f"pd3-{self.short}-e{len(self.events) + 1:05d}"
        if channel == "phone" and text and not outbound:
            text = w.CALL_OPENER[c.lang] + text[0].lower() + text[1:]
        fill = {"station": c.station, "name": c.first_name, "amount": c.amount}
        self.author[event_id] = (c, channel)
        self.events.append(
            {
                "event_id": event_id,
                "occurred_at": iso(when),
                "channel": channel,
                "kind": kind or KIND_OF[channel],
                "direction": "outbound" if outbound else "inbound",
                "customer": None,  # filled in time order by write()
                "text": text.format(**fill) if text else text,
                "subject": subject,
                "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
                "source": {"email": "helpscout", "phone": "aircall", "chat": "intercom"}.get(
                    channel, "pedalia-app"
                ),
                "attributes": attributes or {},
            }
        )
        return event_id

    def identifiers(self, c: Customer, channel: str) -> dict[str, str | None]:
        """All identifiers on a customer's first touchpoint, then the channel's usual ones."""
        r = self.rng
        ref: dict[str, str | None] = dict.fromkeys(("customer_id", "email", "phone", "handle"))
        ref["account_id"] = c.account
        if not c.seen:
            c.seen = True
            ref |= {"customer_id": c.cid, "email": c.email, "phone": c.phone, "handle": c.handle}
        elif channel == "phone":
            ref["phone"] = (
                c.phone
                if r.random() < 0.5
                else " ".join(c.phone[i : i + 3] for i in range(0, len(c.phone), 3))
            )
        elif channel in ("social", "community"):
            ref["handle"] = c.handle.upper() if r.random() < 0.2 else c.handle.lstrip("@")
        elif channel == "email":
            ref["email"] = c.email.title() if r.random() < 0.2 else c.email
        elif channel in ("chat", "web"):
            ref |= {"customer_id": c.cid, "email": c.email}
        else:
            ref["customer_id"] = c.cid
        return ref

    # --- output ---------------------------------------------------------------------
    def write(self, out_dir: Path, written: str) -> dict[str, Any]:
        """Write `<family>.jsonl` and `<family>.truth.json` into `out_dir`; return counts."""
        self.events.sort(key=lambda e: (e["occurred_at"], e["event_id"]))
        for event in self.events:
            event["customer"] = self.identifiers(*self.author[event["event_id"]])
        last = parse(self.events[-1]["occurred_at"])
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        expected = Counter(rule for c in self.customers.values() for rule in c.expected)
        expected.update(rule for a in self.accounts.values() for rule in a["expected_rules"])
        if self.spike:
            expected["topic_spike"] += 1
        truth = {
            "config": {
                "family": self.family,
                "about": self.about,
                "days": self.days,
                "seed": self.seed,
                "written": written,
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {c.cid: self.truth_of(c) for c in self.customers.values()},
            "accounts": self.accounts,
            "spike": self.spike,
        }
        lines = "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in self.events)
        (out_dir / f"{self.family}.jsonl").write_text(lines, encoding="utf-8")
        (out_dir / f"{self.family}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        return {"n_customers": len(self.customers), "n_touchpoints": len(self.events), **truth}

    @staticmethod
    def truth_of(c: Customer) -> dict[str, Any]:
        return {
            "identifiers": {
                "customer_id": c.cid,
                "email": c.email,
                "phone": c.phone,
                "handle": c.handle,
                "account_id": c.account,
            },
            "expected_rules": sorted(c.expected),
            "tolerated_rules": sorted(c.tolerated - c.expected),
            "persona": c.persona,
            "language": c.lang,
            "habit": c.habit,
            **c.info,
        }
