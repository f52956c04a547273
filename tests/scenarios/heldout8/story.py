"""Building blocks of the eighth hand-written set: people, touchpoints, happy acts.

Standard library only and deterministic (every choice goes through one seeded
``random.Random`` per family). A touchpoint gets its event id only when the family
is written, after sorting by time, so the truth keeps :class:`TP` objects until then.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from wording_it_en import EN, IT
from wording_more import DE, ES, FR, PT

WORDS: dict[str, dict[str, Any]] = {"it": IT, "en": EN, "fr": FR, "de": DE, "es": ES, "pt": PT}
COUNTRY = {"it": "IT", "en": "GB", "fr": "FR", "de": "DE", "es": "ES", "pt": "PT"}
#: Winter offset from UTC in hours (summer time adds one).
WINTER_OFFSET = {"it": 1, "en": 0, "fr": 1, "de": 1, "es": 1, "pt": 0}
DIAL = {"it": "39", "en": "44", "fr": "33", "de": "49", "es": "34", "pt": "351"}
MAIL = {
    "it": "libero.it",
    "en": "btinternet.co.uk",
    "fr": "orange.fr",
    "de": "web.de",
    "es": "telefonica.es",
    "pt": "sapo.pt",
}
NAMES = {
    "it": (
        ["giulia", "marco", "chiara", "davide", "federica", "paolo", "silvia", "matteo"],
        ["rossi", "ferri", "galli", "conti", "marino", "greco", "bruno", "villa"],
    ),
    "en": (
        ["amy", "tom", "hannah", "callum", "sophie", "gareth", "lucy", "owen"],
        ["hughes", "clarke", "walsh", "patel", "bennett", "fraser", "lloyd", "reid"],
    ),
    "fr": (
        ["chloe", "hugo", "manon", "theo", "camille", "louis", "ines", "jules"],
        ["martin", "bernard", "petit", "durand", "leroy", "moreau", "girard", "roux"],
    ),
    "de": (
        ["jana", "felix", "lena", "jonas", "anna", "lukas", "mia", "paul"],
        ["mueller", "schmidt", "weber", "wagner", "becker", "hoffmann", "koch", "richter"],
    ),
    "es": (
        ["lucia", "pablo", "marta", "javier", "elena", "sergio", "alba", "diego"],
        ["garcia", "lopez", "sanchez", "romero", "navarro", "torres", "gil", "ortega"],
    ),
    "pt": (
        ["ines", "rui", "joana", "tiago", "beatriz", "nuno", "carla", "andre"],
        ["silva", "santos", "ferreira", "costa", "oliveira", "pereira", "sousa", "lopes"],
    ),
}
COMPETITORS = ("Vistamo", "Ottiqa")
PRODUCT_PROBLEMS = ("wrong_rx", "hinge", "varifocal")
BILLING_PROBLEMS = ("double_charge", "tryon_fee", "refund")
PROBLEMS = PRODUCT_PROBLEMS + BILLING_PROBLEMS
PURCHASES = (
    ("lens_refill_3m", "59.90"),
    ("cleaning_kit", "12.50"),
    ("sun_clip", "29.00"),
    ("frames", "149.00"),
    ("spare_case", "9.90"),
    ("blue_light_lenses", "79.00"),
)
#: EU summer time in 2026 (UTC instants).
SUMMER = (datetime(2026, 3, 29, 1, tzinfo=UTC), datetime(2026, 10, 25, 1, tzinfo=UTC))


def offset_hours(lang: str, at: datetime) -> int:
    return WINTER_OFFSET[lang] + (1 if SUMMER[0] <= at < SUMMER[1] else 0)


@dataclass
class TP:
    """One touchpoint before it has an event id."""

    at: datetime
    body: dict[str, Any]
    lang: str
    seq: int = 0
    eid: str = ""

    def line(self) -> str:
        when = self.at.replace(microsecond=0)
        if self.body["channel"] == "phone":
            off = timedelta(hours=offset_hours(self.lang, when))
            text = (when + off).replace(tzinfo=None).isoformat() + f"+{off.seconds // 3600:02d}:00"
        else:
            text = when.strftime("%Y-%m-%dT%H:%M:%SZ")
        record = {"event_id": self.eid, "occurred_at": text, **self.body}
        return json.dumps(record, ensure_ascii=False)


@dataclass
class Person:
    key: str
    lang: str
    ids: dict[str, str | None]
    rng: random.Random
    family: Family
    order: str
    seen: bool = False
    truth: dict[str, Any] = field(default_factory=dict)

    @property
    def w(self) -> dict[str, Any]:
        return WORDS[self.lang]

    def local(self, day: datetime, hour: float) -> datetime:
        """``hour`` local time on ``day`` (a UTC midnight) as a UTC instant."""
        guess = day + timedelta(hours=hour - WINTER_OFFSET[self.lang])
        return day + timedelta(hours=hour - offset_hours(self.lang, guess))

    def customer(self, channel: str, outbound: bool) -> dict[str, str | None]:
        ids = self.ids
        out: dict[str, str | None] = dict.fromkeys(("customer_id", "email", "phone", "handle"))
        if not self.seen or outbound:
            out.update({k: ids[k] for k in out})
        elif channel == "phone":
            phone = ids["phone"] or ""
            out["phone"] = (
                phone if self.rng.random() < 0.6 else f"{phone[:3]} {phone[3:6]} {phone[6:]}"
            )
        elif channel in ("social", "community") and ids["handle"]:
            handle = ids["handle"]
            out["handle"] = handle if self.rng.random() < 0.7 else handle.lstrip("@")
        elif channel == "email":
            email = ids["email"] or ""
            out["email"] = email.upper() if self.rng.random() < 0.15 else email
        else:
            out["customer_id"] = ids["customer_id"]
        if not any(out.values()):
            out["customer_id"] = ids["customer_id"]
        out["account_id"] = ids.get("account_id")
        return out

    def tp(
        self,
        at: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        outbound: bool = False,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
        lang: str | None = None,
    ) -> TP:
        body: dict[str, Any] = {
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if outbound else "inbound",
            "customer": self.customer(channel, outbound),
            "text": text,
            "subject": subject,
            "scores": {"nps": None, "csat": None, "ces": None, **(scores or {})},
            "source": SOURCE[channel],
            "attributes": {"market": COUNTRY[self.lang], **(attrs or {})},
        }
        if not outbound:
            self.seen = True
        return self.family.add(TP(at, body, lang or self.lang))

    # -- happy acts -----------------------------------------------------------

    def happy_act(self, at: datetime, lang: str | None = None, gripe: bool = False) -> TP:
        w = WORDS[lang or self.lang]
        r = self.rng
        kind = r.choice(("praise", "praise", "question", "purchase", "page", "survey", "review"))
        if gripe:
            return self.tp(
                at,
                r.choice(("email", "social", "web")),
                "message",
                r.choice(w["gripe_praise"]),
                lang=lang,
            )
        if kind == "praise":
            channel = r.choice(("email", "social", "community"))
            k = "message" if channel == "email" else "post"
            return self.tp(at, channel, k, r.choice(w["praise"]), lang=lang)
        if kind == "review":
            return self.tp(
                at,
                "web",
                "review",
                r.choice(w["praise"]),
                lang=lang,
                attrs={"stars": str(r.choice((4, 5, 5)))},
            )
        if kind == "question":
            q = self.tp(at, "chat", "chat", r.choice(w["questions"]), lang=lang)
            self.tp(
                at + timedelta(minutes=r.randint(2, 9)),
                "chat",
                "chat",
                r.choice(w["answers"]),
                outbound=True,
                lang=lang,
            )
            self.tp(
                at + timedelta(minutes=r.randint(11, 16)),
                "chat",
                "chat",
                r.choice(w["thanks"]),
                lang=lang,
            )
            return q
        if kind == "purchase":
            item, value = r.choice(PURCHASES)
            channel = r.choice(("web", "web", "in_person"))
            return self.tp(
                at, channel, "purchase", lang=lang, attrs={"order_value": value, "item": item}
            )
        if kind == "page":
            page = r.choice(("/frames/round", "/lenses/monthly", "/try-at-home", "/stores"))
            return self.tp(at, "web", "page_view", lang=lang, attrs={"page": page})
        return self.survey(at, lang=lang)

    def survey(self, at: datetime, lang: str | None = None) -> TP:
        w = WORDS[lang or self.lang]
        r = self.rng
        pick = r.choice(("nps", "nps", "csat", "ces"))
        score = {"nps": r.choice((9, 10, 10)), "csat": 5, "ces": r.choice((6, 7))}[pick]
        text = r.choice(w["survey_words"]) if r.random() < 0.5 else None
        return self.tp(
            at,
            "survey",
            "survey_response",
            text,
            scores={pick: score},
            lang=lang,
            attrs={"survey": r.choice(("post_delivery", "post_visit", "quarterly"))},
        )

    # -- complaints -----------------------------------------------------------

    def complain(
        self,
        at: datetime,
        problem: str,
        channel: str | None = None,
        lang: str | None = None,
        long_mail: bool = False,
    ) -> TP:
        w = WORDS[lang or self.lang]
        r = self.rng
        channel = channel or r.choice(("email", "chat", "phone", "social", "web"))
        line = r.choice(w["problems"][problem]).replace("{o}", self.order)
        subject = None
        if channel == "email":
            subject = w["subjects"][problem].replace("{o}", self.order)
            if long_mail:
                line = w["long"].replace("{p}", line + ".")
        return self.tp(at, channel, KIND[channel], line, subject, lang=lang)

    def again(
        self,
        at: datetime,
        problem: str,
        nth: int,
        channel: str,
        lang: str | None = None,
        restate: bool = False,
    ) -> TP:
        """A later contact about an open problem: "still" wording, topic words only if restated."""
        w = WORDS[lang or self.lang]
        r = self.rng
        line = r.choice(w["third"]) if nth >= 3 and r.random() < 0.6 else self.fresh_still(w)
        if restate:
            line = line + " " + r.choice(w["problems"][problem]).replace("{o}", self.order)
        subject = None
        if channel == "email":
            subject = w["reply_prefix"] + w["subjects"][problem].replace("{o}", self.order)
        return self.tp(at, channel, KIND[channel], line, subject, lang=lang)

    def fresh_still(self, w: dict[str, Any]) -> str:
        used = self.truth.setdefault("_still", [])
        options = [s for s in w["still"] if s not in used] or w["still"]
        line: str = self.rng.choice(options)
        used.append(line)
        return line

    def agent(
        self,
        at: datetime,
        which: str,
        problem: str | None = None,
        lang: str | None = None,
        channel: str = "email",
    ) -> TP:
        w = WORDS[lang or self.lang]
        subject = None
        if channel == "email" and problem:
            subject = w["reply_prefix"] + w["subjects"][problem].replace("{o}", self.order)
        return self.tp(
            at, channel, KIND[channel], self.rng.choice(w[which]), subject, outbound=True, lang=lang
        )


SOURCE = {
    "email": "zendesk",
    "chat": "zendesk_chat",
    "phone": "aircall",
    "social": "sprout",
    "community": "discourse",
    "web": "lentara_web",
    "survey": "qualtrics",
    "in_person": "store_pos",
}
KIND = {
    "email": "message",
    "chat": "chat",
    "phone": "call",
    "social": "post",
    "community": "post",
    "web": "ticket",
    "survey": "survey_response",
    "in_person": "message",
}


class Family:
    """The touchpoints and truth of one family under construction."""

    def __init__(self, name: str, code: str, start: datetime, days: int, seed: int, about: str):
        self.name, self.code, self.start, self.days = name, code, start, days
        self.seed, self.about = seed, about
        self.rng = random.Random(f"{seed}-{name}")
        self.tps: list[TP] = []
        self.people: list[Person] = []
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}

    def add(self, tp: TP) -> TP:
        tp.seq = len(self.tps)
        self.tps.append(tp)
        return tp

    def day(self, n: float) -> datetime:
        return self.start + timedelta(days=n)

    def person(
        self,
        lang: str,
        persona: str,
        account: str | None = None,
        domain: str | None = None,
        handle: bool = True,
        **extra: Any,
    ) -> Person:
        n = len(self.people) + 1
        key = f"LN{self.code}{n:04d}"
        firsts, lasts = NAMES[lang]
        first = firsts[self.rng.randrange(len(firsts))]
        last = lasts[self.rng.randrange(len(lasts))]
        digits = f"{self.rng.randrange(10**8):08d}"
        mobile = {"it": "3", "en": "7", "fr": "6", "de": "15", "es": "6", "pt": "9"}[lang]
        ids: dict[str, str | None] = {
            "customer_id": key,
            "email": f"{first}.{last}.{self.code.lower()}{n}@{domain or MAIL[lang]}",
            "phone": f"+{DIAL[lang]}{mobile}{digits}{n % 10}",
            "handle": f"@{first}{last[:3]}_{self.code.lower()}{n}" if handle else None,
            "account_id": account,
        }
        p = Person(key, lang, ids, self.rng, self, f"LT-{self.rng.randrange(10**6):06d}")
        p.truth = {
            "identifiers": {k: v for k, v in ids.items() if v},
            "expected_rules": [],
            "tolerated_rules": [],
            "persona": persona,
            "language": lang,
            "country": COUNTRY[lang],
            "segment": "b2b" if account else "b2c",
            **extra,
        }
        self.people.append(p)
        return p

    def write(self, directory: Any) -> dict[str, int]:
        self.tps.sort(key=lambda t: (t.at, t.seq))
        for i, tp in enumerate(self.tps, 1):
            tp.eid = f"h8{self.code.lower()}-{i:05d}"
        lines = [tp.line() for tp in self.tps]
        expected: dict[str, int] = {}
        customers = {}
        for p in self.people:
            p.truth.pop("_still", None)
            for rule in p.truth["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
            customers[p.key] = resolve(p.truth)
        for account in self.accounts.values():
            for rule in account["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        last = self.tps[-1].at + timedelta(hours=1)
        end = max(self.day(self.days), last)
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "days": self.days,
                "seed": self.seed,
                "written": "2026-11-30, by hand, blind (see README.md)",
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": customers,
            "accounts": resolve(self.accounts),
            "spike": resolve(self.spike),
            "journey": {},
            "expectations": {},
        }
        (directory / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
        text = json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        (directory / f"{self.name}.truth.json").write_text(text, "utf-8")
        return {"customers": len(self.people), "touchpoints": len(lines), **expected}


def iso(at: datetime) -> str:
    return at.strftime("%Y-%m-%dT%H:%M:%SZ")


def resolve(value: Any) -> Any:
    """Replace TP objects by their event ids and datetimes by ISO strings, recursively."""
    if isinstance(value, TP):
        return value.eid
    if isinstance(value, datetime):
        return iso(value)
    if isinstance(value, dict):
        return {k: resolve(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [resolve(v) for v in value]
    return value
