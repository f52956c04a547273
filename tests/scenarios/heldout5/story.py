"""One family being written: its customers, their touchpoints and the truth.

A customer's first touchpoint carries every identifier it has; later ones carry
what their channel knows (a call the phone, a social post the handle, an
e-mail the address and sometimes the policy number, the app and surveys the
policy number), and business contacts the account id except on calls.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

#: Winter offsets (the set runs in January and February 2026).
OFFSET_H = {"de": 1, "it": 1, "es": 1, "fr": 1, "pt": 0, "en": 0}
COUNTRY = {"de": "DE", "it": "IT", "es": "ES", "fr": "FR", "pt": "PT", "en": "IE"}
PHONE = {
    "de": "+4917",
    "it": "+39347",
    "es": "+34661",
    "fr": "+33761",
    "pt": "+35196",
    "en": "+35387",
}
NAMES = {
    "de": ("anna.keller", "jonas.brandt", "lea.vogt", "tobias.huber", "mia.schulte"),
    "it": ("giulia.ferri", "marco.galli", "chiara.rinaldi", "luca.moretti", "sara.fontana"),
    "es": ("lucia.ortega", "javier.molina", "carmen.ruiz", "pablo.navarro", "irene.soto"),
    "fr": ("claire.morel", "hugo.lambert", "ines.garnier", "theo.roussel", "manon.perrin"),
    "pt": ("ana.pires", "joao.lopes", "beatriz.matos", "rui.teixeira", "ines.cardoso"),
    "en": ("aoife.byrne", "sean.walsh", "niamh.kelly", "conor.doyle", "emma.ryan"),
}
DOMAINS = ("posteo.example", "libero.example", "correo.example", "mail.example", "sapo.example")
KIND = {
    "email": "message",
    "phone": "call",
    "web": "ticket",
    "community": "post",
    "social": "mention",
    "chat": "chat",
    "survey": "survey_response",
    "in_person": "message",
}
SOURCE = {
    "email": "freshdesk",
    "phone": "aircall",
    "web": "zampa-app",
    "community": "discourse",
    "social": "sprout",
    "chat": "intercom",
    "survey": "typeform",
    "in_person": "clinic-desk",
}


@dataclass
class Story:
    """Builds one family's JSONL and truth; ``code`` makes its ids unique in the set."""

    family: str
    code: str
    about: str
    start: datetime
    days: int
    seed: int
    rng: random.Random = field(init=False)
    customers: dict[str, dict[str, Any]] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    events: list[tuple[datetime, str, dict[str, Any]]] = field(default_factory=list)
    _seen: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)

    def customer(
        self,
        lang: str,
        persona: str,
        expected: tuple[str, ...] = (),
        tolerated: tuple[str, ...] = (),
        account: str | None = None,
        **extra: Any,
    ) -> str:
        n = len(self.customers) + 1
        key = f"ZP{self.code}{n:05d}"
        name = self.rng.choice(NAMES[lang])
        ids = {
            "customer_id": key,
            "email": f"{name}.{self.code.lower()}{n}@{self.rng.choice(DOMAINS)}",
            "phone": f"{PHONE[lang]}{self.rng.randrange(1000000, 9999999)}{n % 10}",
            "handle": f"@{name.split('.')[0]}_{self.code.lower()}{n}",
            "account_id": account,
        }
        self.customers[key] = {
            "identifiers": ids,
            "expected_rules": sorted(expected),
            "tolerated_rules": sorted(set(tolerated) - set(expected)),
            "persona": persona,
            "language": lang,
            "country": COUNTRY[lang],
            "pet": self.rng.choice(PETS),
            **extra,
        }
        return key

    def at(self, day: float, hour: float, lang: str) -> datetime:
        """``day`` days after the start, at ``hour`` local time, in UTC."""
        local = self.start + timedelta(days=int(day), hours=hour - OFFSET_H[lang])
        return local.replace(second=self.rng.randrange(60))

    def add(
        self,
        key: str,
        when: datetime,
        channel: str,
        text: str | None,
        *,
        kind: str | None = None,
        outbound: bool = False,
        scores: dict[str, int] | None = None,
        subject: str | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        cust = self.customers[key]
        eid = f"zp5-{self.code.lower()}-{len(self.events) + 1:05d}"
        ids = cust["identifiers"]
        ref: dict[str, Any] = {"customer_id": None, "email": None, "phone": None, "handle": None}
        if key not in self._seen or outbound:
            ref |= {k: ids[k] for k in ("customer_id", "email", "phone", "handle")}
            self._seen.add(key)
        elif channel == "phone":
            ref["phone"] = spaced(ids["phone"]) if len(self.events) % 2 else ids["phone"]
        elif channel in ("social", "community"):
            ref["handle"] = (
                ids["handle"].lstrip("@") if len(self.events) % 3 == 0 else ids["handle"]
            )
        elif channel == "email":
            ref["email"] = ids["email"].upper() if len(self.events) % 7 == 0 else ids["email"]
            if len(self.events) % 2:
                ref["customer_id"] = key
        else:
            ref["customer_id"] = key
        if ids["account_id"] and channel != "phone":
            ref["account_id"] = ids["account_id"]
        lang = cust["language"]
        stamp = when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        if channel == "phone":
            tz = timezone(timedelta(hours=OFFSET_H[lang]))
            stamp = when.astimezone(tz).isoformat()
        record = {
            "event_id": eid,
            "occurred_at": stamp,
            "channel": channel,
            "kind": kind or KIND[channel],
            "direction": "outbound" if outbound else "inbound",
            "customer": ref,
            "text": text,
            "subject": subject,
            "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
            "source": SOURCE[channel],
            "attributes": {"market": COUNTRY[lang]} | (attrs or {}),
        }
        self.events.append((when.astimezone(UTC), eid, record))
        return eid

    def write(self, out_dir: Path) -> tuple[int, int]:
        self.events.sort(key=lambda e: (e[0], e[1]))
        with (out_dir / f"{self.family}.jsonl").open("w", encoding="utf-8") as f:
            for _, _, record in self.events:
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
        expected: Counter[str] = Counter()
        for c in self.customers.values():
            expected.update(c["expected_rules"])
        for a in self.accounts.values():
            expected.update(a["expected_rules"])
        if self.spike:
            expected["topic_spike"] += 1
        end = self.start + timedelta(days=self.days)
        end = max(end, self.events[-1][0] + timedelta(hours=1))
        truth = {
            "config": {
                "family": self.family,
                "about": self.about,
                "days": self.days,
                "seed": self.seed,
                "written": "by hand (heldout5, blind)",
                "expected": dict(sorted(expected.items())),
            },
            "start": self.start.isoformat(),
            "end": end.isoformat(),
            "customers": self.customers,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        text = json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        (out_dir / f"{self.family}.truth.json").write_text(text, encoding="utf-8")
        return len(self.customers), len(self.events)


def spaced(phone: str) -> str:
    """A phone number the way a call system prints it: "+49 17 1234567"."""
    return f"{phone[:3]} {phone[3:6]} {phone[6:]}"


PETS = ("Luna", "Bello", "Milo", "Kira", "Nala", "Rocky", "Maya", "Oscar", "Bimba", "Toby")
