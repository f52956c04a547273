"""One family being written: its customers, their touchpoints and the truth."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from problems import PROBLEMS
from wording import COMPETITORS, W

FIRST = ["alex", "marie", "jonas", "lucia", "joao", "giulia", "sam", "claire", "felix", "ines"]
LAST = ["brennan", "morel", "vogt", "serrano", "pires", "ricci", "doyle", "garnier", "kraus"]
COUNTRY = {"en": "GB", "fr": "FR", "de": "DE", "es": "ES", "pt": "PT", "it": "IT"}
PHONE = {"en": "+447", "fr": "+336", "de": "+4917", "es": "+346", "pt": "+3519", "it": "+393"}
#: Local offset in May (summer time): UK and Portugal UTC+1, the rest UTC+2.
OFFSET = {"en": 1, "fr": 2, "de": 2, "es": 2, "pt": 1, "it": 2}


class Story:
    def __init__(self, family: str, code: str, seed: int, start: datetime, days: int, about: str):
        self.family, self.code, self.start, self.days, self.about = family, code, start, days, about
        self.rng = random.Random(f"{seed}-{family}")
        self.seed = seed
        self.rows: list[tuple[datetime, dict[str, Any]]] = []
        self.customers: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self._seen: set[str] = set()
        self._n = 0

    # people -------------------------------------------------------------
    def person(self, persona: str, lang: str, account: str | None = None, **extra: Any) -> str:
        r = self.rng
        key = f"TD{self.code}{len(self.customers) + 1:04d}"
        first, last = r.choice(FIRST), r.choice(LAST)
        ids = {
            "customer_id": key,
            "email": f"{first}.{last}.{key[-4:]}{self.code.lower()}@mail-{lang}.example",
            "phone": PHONE[lang] + "".join(str(r.randrange(10)) for _ in range(8)),
            "handle": f"@{first}_{last[:3]}{key[-4:]}{self.code.lower()}",
            "account_id": account,
        }
        self.customers[key] = {
            "identifiers": ids,
            "persona": persona,
            "language": lang,
            "country": COUNTRY[lang],
            "expected_rules": [],
            "tolerated_rules": [],
            **extra,
        }
        return key

    def expect(self, key: str, *rules: str) -> None:
        self.customers[key]["expected_rules"] += [r for r in rules if r not in self._exp(key)]

    def tolerate(self, key: str, *rules: str) -> None:
        c = self.customers[key]
        c["tolerated_rules"] += [
            r for r in rules if r not in c["tolerated_rules"] and r not in c["expected_rules"]
        ]

    def _exp(self, key: str) -> list[str]:
        return list(self.customers[key]["expected_rules"])

    def lang(self, key: str) -> str:
        return str(self.customers[key]["language"])

    # time ---------------------------------------------------------------
    def local(self, key: str, day: int, hour: float) -> datetime:
        """``hour`` local time on scenario ``day``, in UTC."""
        off = OFFSET[self.lang(key)]
        return self.start + timedelta(days=day, hours=hour - off)

    def daytime(self, key: str, day: int) -> datetime:
        return self.local(key, day, self.rng.uniform(8.0, 21.0))

    # touchpoints --------------------------------------------------------
    def add(
        self,
        key: str,
        at: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        *,
        outbound: bool = False,
        scores: dict[str, int] | None = None,
        subject: str | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        r = self.rng
        self._n += 1
        eid = f"h6-{self.code.lower()}-{self._n:05d}"
        c = self.customers[key]
        ids = c["identifiers"]
        ref: dict[str, Any] = {}
        if key not in self._seen or outbound:
            ref = {k: v for k, v in ids.items() if v}
        elif channel == "phone":
            p = ids["phone"]
            ref["phone"] = p if r.random() < 0.7 else p[:4] + " " + p[4:7] + " " + p[7:]
        elif channel in ("social", "community"):
            h = ids["handle"]
            ref["handle"] = h if r.random() < 0.7 else h.lstrip("@")
        elif channel == "email":
            ref["email"] = ids["email"] if r.random() < 0.8 else ids["email"].upper()
        else:
            ref["customer_id"] = ids["customer_id"]
        if ids["account_id"]:
            ref["account_id"] = ids["account_id"]
        self._seen.add(key)
        if channel == "phone":
            tz = timezone(timedelta(hours=OFFSET[self.lang(key)]))
            stamp = at.astimezone(tz).isoformat(timespec="seconds")
        else:
            stamp = at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        tp: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": stamp,
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if outbound else "inbound",
            "customer": ref,
            "text": text,
            "source": {"email": "zendesk", "chat": "intercom", "survey": "typeform"}.get(
                channel, "tandemo-app"
            ),
            "attributes": {"market": c["country"], **(attrs or {})},
        }
        if subject:
            tp["subject"] = subject
        if scores:
            tp["scores"] = scores
        self.rows.append((at, tp))
        return eid

    # common acts ---------------------------------------------------------
    def say(self, key: str, cat: str, **fmt: str) -> str:
        return str(self.rng.choice(W[self.lang(key)][cat])).format(**fmt)

    def problem(self, key: str, name: str) -> str:
        return str(PROBLEMS[name][self.lang(key)])

    def competitor(self) -> str:
        return str(self.rng.choice(COMPETITORS))

    def happy_act(self, key: str, at: datetime) -> None:
        """One happy touchpoint: praise, a question answered and thanked, a purchase..."""
        r = self.rng
        roll = r.random()
        if roll < 0.3:
            self.add(
                key,
                at,
                r.choice(["social", "web", "chat"]),
                "post" if r.random() < 0.5 else "message",
                self.say(key, "praise"),
            )
        elif roll < 0.55:
            self.add(key, at, "chat", "chat", self.say(key, "question"))
            later = at + timedelta(minutes=r.randint(4, 40))
            self.add(key, later, "chat", "chat", self.say(key, "reply"), outbound=True)
            self.add(
                key,
                later + timedelta(minutes=r.randint(1, 9)),
                "chat",
                "chat",
                self.say(key, "thanks"),
            )
        elif roll < 0.7:
            self.add(key, at, "web", "page_view", attrs={"page": r.choice(["/plans", "/my-car"])})
        elif roll < 0.82:
            self.add(
                key,
                at,
                "web",
                "purchase",
                attrs={
                    "order_value": f"{r.choice([19.0, 29.9, 49.0, 89.0]):.2f}",
                    "item": r.choice(["child seat", "roof box", "extra driver", "bike rack"]),
                },
            )
        else:
            self.survey_happy(key, at)

    def survey_happy(self, key: str, at: datetime) -> None:
        r = self.rng
        which = r.choice(["nps", "csat", "ces"])
        score = {"nps": r.choice([9, 10]), "csat": 5, "ces": r.choice([6, 7])}[which]
        text = r.choice([None, None, self.say(key, "word"), self.say(key, "praise")])
        self.add(key, at, "survey", "survey_response", text, scores={which: score})

    # output ---------------------------------------------------------------
    def write(self, out: Path, **config: Any) -> dict[str, int]:
        self.rows.sort(key=lambda row: row[0])
        last = self.rows[-1][0]
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        expected: dict[str, int] = {}
        for c in self.customers.values():
            for rule in c["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        truth = {
            "config": {
                "family": self.family,
                "about": self.about,
                "days": self.days,
                "seed": self.seed,
                "written": "by hand, blind (heldout6)",
                "expected": dict(sorted(expected.items())),
                **config,
            },
            "start": self.start.isoformat(),
            "end": end.isoformat(),
            "customers": self.customers,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        with (out / f"{self.family}.jsonl").open("w", encoding="utf-8") as f:
            for _, tp in self.rows:
                f.write(json.dumps(tp, ensure_ascii=False) + "\n")
        (out / f"{self.family}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )
        return {"customers": len(self.customers), "touchpoints": len(self.rows), **expected}
