"""Build the second held-out alert scenario set (report only: never tune on it).

Standard library only and deterministic (``SEED``). Run from anywhere:

    python tests/scenarios/heldout2/make_heldout2.py

It rewrites ``<family>.jsonl`` (touchpoints in the README's contract, in time
order) and ``<family>.truth.json`` (the format of
``streams.tools.simulator.GroundTruth``) next to this file. The labels are a
human's reading of the texts written here; see README.md in this directory.
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402  (the wording module sits next to this script)

SEED = 58_113_907
WRITTEN = "2026-11-30, by a helper session, blind (see README.md)"

# Rules that may fire for an unhappy customer without being wrong, never expected.
UNHAPPY_TOLERATED = [
    "churn_intent",
    "competitor_mention",
    "detractor",
    "high_value_at_risk",
    "silence",
]


@dataclass
class Customer:
    key: str
    lang: str
    first: str
    email: str
    phone: str
    handle: str
    account: str | None
    truth: dict[str, Any]
    machine: str
    event_ids: list[str] = field(default_factory=list)


@dataclass
class Event:
    at: datetime
    event_id: str
    customer: Customer
    channel: str
    kind: str
    text: str | None
    subject: str | None
    scores: dict[str, int | None]
    direction: str
    source: str
    attributes: dict[str, str]


#: The channels a customer raises a problem on, and the kind of an inbound text on each.
CHANNELS = ["email", "phone", "chat", "social", "web"]
KIND = {
    "email": "message",
    "phone": "call",
    "chat": "chat",
    "social": "post",
    "web": "ticket",
    "community": "post",
}

SOURCES = {
    "email": "zendesk",
    "phone": "aircall",
    "chat": "intercom",
    "web": "shopify",
    "social": "sprout",
    "community": "discourse",
    "survey": "typeform",
    "in_person": "store-pos",
}


def iso(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Family:
    """One scenario: its customers, touchpoints, accounts and spike, written as JSONL + truth."""

    def __init__(
        self, name: str, prefix: str, start: datetime, days: int, about: str, salt: int
    ) -> None:
        self.name = name
        self.prefix = prefix
        self.start = start
        self.days = days
        self.about = about
        self.rng = random.Random(SEED * 31 + salt)
        self.events: list[Event] = []
        self.customers: dict[str, Customer] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self._n_events = 0
        self._n_customers = 0
        self._used_orders: set[str] = set()
        self._used_identifiers: set[str] = set()

    # -- people -----------------------------------------------------------------
    def customer(
        self,
        persona: str,
        lang: str,
        expected: Sequence[str] = (),
        tolerated: Sequence[str] = (),
        account: str | None = None,
        **extra: Any,
    ) -> Customer:
        rng = self.rng
        self._n_customers += 1
        number = rng.randrange(10_000, 99_999)
        key = f"VDL-{self.prefix.upper()}{self._n_customers:03d}-{number}"
        name_lang = lang if lang in W.FIRST_NAMES else "en"
        first = rng.choice(W.FIRST_NAMES[name_lang])
        last = rng.choice(W.LAST_NAMES)
        folded = unicodedata.normalize("NFKD", f"{first}.{last}".lower())
        plain = "".join(ch for ch in folded if ch.isascii() and (ch.isalnum() or ch == "."))
        while True:  # two customers never share an identifier (that would be one person)
            email = f"{plain}{rng.randrange(1, 99)}@{rng.choice(W.MAIL_DOMAINS)}"
            digits = f"{rng.randrange(10_000_000, 99_999_999)}"
            phone = f"{W.PHONE_PREFIX[name_lang]}{digits[:2]} {digits[2:5]} {digits[5:]}"
            handle = "@" + plain.replace(".", "_")[:12] + str(rng.randrange(10, 99))
            if not {email, phone.replace(" ", ""), handle.lower()} & self._used_identifiers:
                break
        self._used_identifiers |= {email, phone.replace(" ", ""), handle.lower()}
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": phone,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": sorted(expected),
            "tolerated_rules": sorted(set(tolerated) - set(expected)),
            "persona": persona,
            "language": lang,
        }
        truth.update(extra)
        c = Customer(key, lang, first, email, phone, handle, account, truth, rng.choice(W.MACHINES))
        self.customers[key] = c
        return c

    def order(self) -> str:
        while True:
            number = f"VD-{self.rng.randrange(100_000, 999_999)}"
            if number not in self._used_orders:
                self._used_orders.add(number)
                return number

    # -- time -------------------------------------------------------------------
    def at(self, day: float, lo: float = 7.5, hi: float = 21.5) -> datetime:
        """A moment on ``day`` (0 = start) between ``lo`` and ``hi`` o'clock UTC."""
        base = self.start + timedelta(days=int(day))
        return base + timedelta(hours=self.rng.uniform(lo, hi))

    def awake(self, at: datetime) -> datetime:
        """Move a moment that falls between midnight and 07:00 UTC to later that morning."""
        if at.hour < 7:
            return at + timedelta(hours=7 - at.hour, minutes=self.rng.randrange(0, 50))
        return at

    def end(self) -> datetime:
        return self.start + timedelta(days=self.days)

    def clamp(self, at: datetime) -> datetime:
        """Keep a moment inside the scenario (a minute before its end at the latest)."""
        return min(at, self.end() - timedelta(minutes=1 + self.rng.randrange(0, 120)))

    # -- touchpoints ------------------------------------------------------------
    def emit(
        self,
        c: Customer,
        at: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        *,
        subject: str | None = None,
        nps: int | None = None,
        csat: int | None = None,
        ces: int | None = None,
        direction: str = "inbound",
        attributes: dict[str, str] | None = None,
    ) -> str:
        self._n_events += 1
        event_id = f"{self.prefix}2-{self._n_events:05d}"
        self.events.append(
            Event(
                at=at,
                event_id=event_id,
                customer=c,
                channel=channel,
                kind=kind,
                text=text,
                subject=subject,
                scores={"nps": nps, "csat": csat, "ces": ces},
                direction=direction,
                source=SOURCES[channel],
                attributes=dict(attributes or {}),
            )
        )
        c.event_ids.append(event_id)
        return event_id

    def fill(self, c: Customer, template: str, order: str | None = None) -> str:
        lang = c.lang if c.lang in W.DAY_WORDS else "en"
        return template.format(
            order=order or self.order(),
            machine=c.machine,
            first=c.first,
            when=self.rng.choice(W.DAY_WORDS[lang]),
        )

    def roughen(self, text: str, lang: str, casual: bool = False) -> str:
        """Typos as people make them: swapped letters, French without accents, lower case."""
        rng = self.rng
        words = text.split(" ")
        if rng.random() < 0.18:
            candidates = [i for i, w in enumerate(words) if len(w) > 5 and w.isalpha()]
            if candidates:
                i = rng.choice(candidates)
                w = words[i]
                j = rng.randrange(1, len(w) - 2)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
        out = " ".join(words)
        if lang == "fr" and rng.random() < 0.3:
            out = out.translate(str.maketrans("éèêàùçôîâë", "eeeaucoiae"))
        if casual and rng.random() < 0.5:
            out = out.lower()
        return out

    def say(self, c: Customer, channel: str, body: str, lang: str | None = None) -> str:
        """The body as it would arrive on that channel.

        E-mails get a greeting and a sign-off, calls a spoken opener, social posts a tag.
        """
        rng = self.rng
        lang = lang or c.lang
        wl = lang if lang in W.GREETING else "en"
        if channel == "email":
            greet = rng.choice(W.GREETING[wl])
            sign = rng.choice(W.SIGNOFF[wl]).format(first=c.first)
            parts = [p for p in (greet, self.roughen(body, lang), sign) if p]
            return "\n\n".join(parts)
        if channel == "phone":
            opener: str = rng.choice(W.CALL_OPENER[wl]).format(first=c.first)
            return opener + self.roughen(body[0].lower() + body[1:], lang)
        if channel == "social":
            tag = rng.choice(["@verdalis ", "", "@VerdalisCare "])
            return tag + self.roughen(body, lang, casual=True)
        if channel == "chat":
            return self.roughen(body, lang, casual=True)
        return self.roughen(body, lang)

    # -- building blocks shared by the families -----------------------------------
    def happy_touch(self, c: Customer, at: datetime, lang: str | None = None) -> list[str]:
        """One calm, contented touchpoint (or a question answered and thanked)."""
        rng = self.rng
        lang = lang or c.lang
        roll = rng.random()
        if roll < 0.22:
            return [
                self.emit(
                    c,
                    at,
                    "web",
                    "purchase",
                    attributes={
                        "order_value": f"{rng.uniform(14, 79):.2f}",
                        "order_id": self.order(),
                    },
                )
            ]
        if roll < 0.32:
            return [
                self.emit(
                    c,
                    at,
                    "web",
                    "page_view",
                    attributes={
                        "page": rng.choice(["/beans", "/machines", "/account", "/recipes"])
                    },
                )
            ]
        if roll < 0.55:
            channel = rng.choice(["email", "social", "community", "chat"])
            kind = {"email": "message", "social": "post", "community": "post", "chat": "chat"}[
                channel
            ]
            text = self.say(c, channel, self.fill(c, rng.choice(W.PRAISE[lang])), lang)
            return [self.emit(c, at, channel, kind, text)]
        if roll < 0.82:
            channel = rng.choice(["email", "chat", "phone", "web"])
            kind = {"email": "message", "chat": "chat", "phone": "call", "web": "ticket"}[channel]
            ids = [
                self.emit(
                    c,
                    at,
                    channel,
                    kind,
                    self.say(c, channel, self.fill(c, rng.choice(W.QUESTION[lang])), lang),
                )
            ]
            reply_at = at + timedelta(minutes=rng.randrange(4, 240))
            if rng.random() < 0.6:
                self.emit(
                    c,
                    reply_at,
                    "email",
                    "message",
                    self.fill(c, W.HELP_REPLY[lang]),
                    direction="outbound",
                )
            if rng.random() < 0.7:
                ids.append(
                    self.emit(
                        c,
                        reply_at + timedelta(minutes=rng.randrange(3, 90)),
                        "email" if channel == "email" else "chat",
                        "message" if channel == "email" else "chat",
                        rng.choice(W.THANKS_FOR_ANSWER[lang]),
                    )
                )
            return ids
        if roll < 0.94:
            comment = rng.choice(W.SURVEY_HAPPY[lang])
            return [
                self.emit(
                    c,
                    at,
                    "survey",
                    "survey_response",
                    comment or None,
                    nps=rng.choice([8, 9, 9, 10, 10]),
                    csat=rng.choice([4, 5, 5]),
                    ces=rng.choice([6, 7]),
                )
            ]
        text = self.fill(c, rng.choice(W.REVIEW_HAPPY[lang]))
        return [self.emit(c, at, "web", "review", text, attributes={"stars": "5"})]

    def happy_days(
        self, c: Customer, count: int, day_lo: float, day_hi: float, lang: str | None = None
    ) -> None:
        for _ in range(count):
            self.happy_touch(c, self.at(self.rng.uniform(day_lo, day_hi)), lang)

    def problem_contact(
        self,
        c: Customer,
        at: datetime,
        channel: str,
        problem: str,
        order: str,
        again: bool,
        lang: str | None = None,
        nth: int = 1,
    ) -> str:
        """One contact about ``problem``: its first report, or a repeat that says so.

        ``nth`` is the contact's rank: "third time" phrasings only from the third on.
        """
        rng = self.rng
        lang = lang or c.lang
        issue = self.fill(c, rng.choice(W.ISSUE[problem][lang]), order)
        if again and channel == "phone":
            body = rng.choice(W.CALL_AGAIN[lang]).format(issue=issue)
        elif again:
            frames = [
                fr
                for fr in W.AGAIN_FRAME[lang]
                if nth >= 3 or not any(w in fr for w in W.THIRD_TIME_WORDS)
            ]
            body = rng.choice(frames).format(issue=issue)
        else:
            body = rng.choice(W.FIRST_FRAME[lang]).format(issue=issue)
        body = body[0].upper() + body[1:]
        kind = {
            "email": "message",
            "phone": "call",
            "chat": "chat",
            "social": "mention",
            "web": "ticket",
        }[channel]
        subject = rng.choice(W.SUBJECTS[lang]) if channel in ("email", "web") else None
        return self.emit(
            c, at, channel, kind, self.say(c, channel, body, lang), subject=subject or None
        )

    def agent_reply(self, c: Customer, at: datetime, lang: str | None = None) -> None:
        lang = lang or c.lang
        self.emit(
            c,
            at,
            "email",
            "message",
            self.rng.choice(W.AGENT_REPLY[lang]).format(first=c.first),
            direction="outbound",
        )

    def fixed(self, c: Customer, at: datetime, problem: str, lang: str | None = None) -> str:
        lang = lang or c.lang
        channel = self.rng.choice(["email", "chat", "social"])
        kind = {"email": "message", "chat": "chat", "social": "post"}[channel]
        return self.emit(
            c, at, channel, kind, self.say(c, channel, self.fill(c, W.FIXED[problem][lang]), lang)
        )

    def repeat_thread(
        self,
        c: Customer,
        problem: str,
        n: int,
        t: datetime,
        gap_hours: tuple[float, float],
        lang_of: Callable[[int], str] | None = None,
        last_text: str | None = None,
    ) -> datetime:
        """``n`` contacts about one problem that stays open, on changing channels.

        The first reports it, the others say it is raised again; ``gap_hours`` apart
        (a range), ``lang_of(k)`` the language of contact ``k``; ``last_text`` (a
        template), when given, is the last contact, on chat. Returns the time after.
        """
        rng = self.rng
        order = self.order()
        c.truth["trouble_starts_at"] = iso(t)
        route = rng.sample(CHANNELS, 3) + rng.sample(CHANNELS, 2)
        ids = []
        for k in range(n):
            t = self.awake(t)
            lang = lang_of(k) if lang_of else c.lang
            if last_text is not None and k == n - 1:
                ids.append(self.emit(c, t, "chat", "chat", self.fill(c, last_text, order)))
            else:
                ids.append(
                    self.problem_contact(
                        c, t, route[k], problem, order, again=k > 0, lang=lang, nth=k + 1
                    )
                )
                if route[k] == "chat" and rng.random() < 0.5:
                    # a chat is a few lines in one conversation: one contact, not several
                    extra = rng.choice(["hello?", "anyone there", "??", "allo ?", "still waiting"])
                    self.emit(c, t + timedelta(minutes=rng.randrange(1, 4)), "chat", "chat", extra)
            if rng.random() < 0.4:
                self.agent_reply(c, t + timedelta(minutes=rng.randrange(20, 120)), lang)
            t += timedelta(hours=rng.uniform(*gap_hours))
        c.truth["problem_event_ids"] = ids
        return t

    def slide(
        self,
        c: Customer,
        t0: datetime,
        span_days: float,
        stages: Sequence[str],
        channels: Sequence[str],
        lang_of: Callable[[int], str] | None = None,
        low_surveys: bool = False,
    ) -> None:
        """A slow slide through ``stages`` (of ``wording.SLIDE``) from ``t0`` over ``span_days``.

        Never the same sentence twice for one customer; with ``low_surveys`` a low
        NPS now and then after a fed-up message.
        """
        rng = self.rng
        c.truth["trouble_starts_at"] = iso(t0)
        slide_ids = []
        said: set[str] = set()
        last = len(stages) - 1
        for k, stage in enumerate(stages):
            jitter = rng.uniform(-2, 2) if 0 < k < last else 0.0
            t = self.awake(t0 + timedelta(days=span_days * k / last, hours=jitter))
            channel = rng.choice(list(channels))
            lang = lang_of(k) if lang_of else c.lang
            fresh = [x for x in W.SLIDE[lang][stage] if x not in said] or W.SLIDE[lang][stage]
            line = rng.choice(fresh)
            said.add(line)
            kind = "review" if channel == "web" else KIND[channel]
            slide_ids.append(self.emit(c, t, channel, kind, self.say(c, channel, line, lang)))
            if low_surveys and stage == "fedup" and rng.random() < 0.35:
                at = t + timedelta(hours=rng.uniform(1, 5))
                nps, csat = rng.randrange(1, 6), rng.choice([1, 2])
                self.emit(c, at, "survey", "survey_response", None, nps=nps, csat=csat)
        c.truth["slide_event_ids"] = slide_ids

    # -- output -----------------------------------------------------------------
    def write(self, expected_note: str) -> dict[str, Any]:
        self.events.sort(key=lambda e: (e.at, e.event_id))
        seen: set[str] = set()
        lines = []
        for e in self.events:
            lines.append(
                json.dumps(self._record(e, seen), ensure_ascii=False, separators=(",", ":"))
            )
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        truth: dict[str, Any] = {
            "config": {
                "family": self.name,
                "about": self.about,
                "days": self.days,
                "seed": SEED,
                "written": WRITTEN,
                "expected": expected_note,
            },
            "start": iso(self.start),
            # the scenario's end; a reply or two may land just after its last evening
            "end": iso(max(self.end(), self.events[-1].at + timedelta(hours=1))),
            "customers": {k: c.truth for k, c in sorted(self.customers.items()) if c.event_ids},
            "accounts": self.accounts,
            "spike": self.spike,
        }
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        expected: dict[str, int] = {}
        for c in truth["customers"].values():
            for rule in c["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        return {
            "family": self.name,
            "customers": len(truth["customers"]),
            "accounts": len(self.accounts),
            "touchpoints": len(lines),
            "days": self.days,
            "expected": expected,
        }

    def _record(self, e: Event, seen: set[str]) -> dict[str, Any]:
        """The touchpoint as the contract has it; its identifiers depend on the channel.

        A customer's first touchpoint carries every identifier (the CRM knows them);
        later calls often carry only the phone, social posts only the handle, and so on.
        """
        c = e.customer
        rng = random.Random(f"{SEED}:{e.event_id}")
        ref: dict[str, str | None] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
        }
        if c.key not in seen:
            seen.add(c.key)
            ref = {"customer_id": c.key, "email": c.email, "phone": c.phone, "handle": c.handle}
        elif e.channel == "phone":
            ref["phone"] = c.phone if rng.random() < 0.5 else c.phone.replace(" ", "")
            if rng.random() < 0.3:
                ref["customer_id"] = c.key
        elif e.channel in ("social", "community"):
            ref["handle"] = c.handle if rng.random() < 0.7 else c.handle.upper()
        elif e.channel == "email":
            ref["email"] = c.email if rng.random() < 0.7 else c.email.capitalize()
            if rng.random() < 0.4:
                ref["customer_id"] = c.key
        elif e.channel in ("chat", "web"):
            if rng.random() < 0.6:
                ref["customer_id"] = c.key
            else:
                ref["email"] = c.email
        else:
            ref["customer_id"] = c.key
        record: dict[str, Any] = {
            "event_id": e.event_id,
            "occurred_at": iso(e.at),
            "channel": e.channel,
            "kind": e.kind,
            "direction": e.direction,
            "customer": ref | {"account_id": c.account},
            "text": e.text,
            "subject": e.subject,
            "scores": e.scores,
            "source": e.source,
            "attributes": e.attributes,
        }
        return record


def day0(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def pick_lang(rng: random.Random, weights: dict[str, int]) -> str:
    langs = list(weights)
    return rng.choices(langs, [weights[k] for k in langs])[0]


EN_FR = {"en": 5, "fr": 5}
MOSTLY_EN_FR = {"en": 10, "fr": 10, "de": 2, "es": 2, "pt": 1}


# ---------------------------------------------------------------------------------
def happy_writers() -> dict[str, Any]:
    f = Family(
        "happy_writers",
        "hw",
        day0("2026-09-07"),
        9,
        "160 frequent happy writers: steady, bursty askers, social fans",
        1,
    )
    rng = f.rng
    for _ in range(90):
        c = f.customer("happy", pick_lang(rng, MOSTLY_EN_FR), style="steady")
        f.happy_days(c, rng.randrange(8, 19), 0, f.days)
    for _ in range(40):
        c = f.customer("happy", pick_lang(rng, MOSTLY_EN_FR), style="bursty_asker")
        f.happy_days(c, rng.randrange(2, 5), 0, f.days)
        for day in rng.sample(range(f.days), rng.randrange(2, 4)):
            t = f.at(day, 8, 20)
            questions = rng.sample(
                W.QUESTION[c.lang], min(len(W.QUESTION[c.lang]), rng.randrange(2, 5))
            )
            for q in questions:
                channel = rng.choice(["chat", "email", "web"])
                kind = {"chat": "chat", "email": "message", "web": "ticket"}[channel]
                f.emit(c, t, channel, kind, f.say(c, channel, f.fill(c, q)))
                t += timedelta(minutes=rng.randrange(2, 25))
            if rng.random() < 0.3:
                f.agent_reply(c, t + timedelta(minutes=30))
            f.emit(
                c,
                t + timedelta(minutes=rng.randrange(40, 200)),
                "chat",
                "chat",
                rng.choice(W.THANKS_FOR_ANSWER[c.lang]),
            )
    for _ in range(30):
        c = f.customer("happy", pick_lang(rng, EN_FR), style="social_fan")
        for _ in range(rng.randrange(6, 13)):
            channel = rng.choice(["social", "social", "community"])
            text = f.say(c, channel, f.fill(c, rng.choice(W.PRAISE[c.lang])))
            f.emit(c, f.at(rng.uniform(0, f.days), 7, 23.5), channel, "post", text)
        f.happy_days(c, rng.randrange(1, 4), 0, f.days)
    return f.write("none")


def one_bad_day() -> dict[str, Any]:
    f = Family(
        "one_bad_day",
        "bd",
        day0("2026-08-24"),
        18,
        "60 happy customers with one bad day (one angry message, some a low CSAT), "
        "50 happy controls",
        2,
    )
    rng = f.rng
    for i in range(110):
        lang = pick_lang(rng, MOSTLY_EN_FR)
        if i < 60:
            bad_day = rng.randrange(5, 14)
            c = f.customer("happy_one_bad_day", lang)
            f.happy_days(c, rng.randrange(4, 8), 0, bad_day - 0.5)
            t = f.at(bad_day, 8, 21)
            channel = rng.choice(["email", "social", "chat", "web"])
            kind = {"email": "message", "social": "post", "chat": "chat", "web": "review"}[channel]
            bad_id = f.emit(c, t, channel, kind, f.say(c, channel, rng.choice(W.BAD_DAY[lang])))
            c.truth["bad_day_at"] = iso(t)
            c.truth["bad_day_event_id"] = bad_id
            if rng.random() < 0.4:
                # A low satisfaction score that evening, on the same bad experience (CSAT, not NPS).
                f.emit(
                    c,
                    t + timedelta(hours=rng.uniform(1, 4)),
                    "survey",
                    "survey_response",
                    rng.choice([None, "bad", "pas top", "disappointing", "déçue"])
                    if lang in ("en", "fr")
                    else None,
                    csat=rng.choice([1, 2]),
                )
            if rng.random() < 0.5:
                f.agent_reply(c, t + timedelta(hours=rng.uniform(1, 6)))
            if rng.random() < 0.55:
                later = t + timedelta(hours=rng.uniform(20, 70))
                f.emit(
                    c,
                    f.clamp(later),
                    "email",
                    "message",
                    f.say(c, "email", rng.choice(W.BACK_TO_NORMAL[lang])),
                )
            f.happy_days(c, rng.randrange(3, 7), bad_day + 2, f.days)
        else:
            c = f.customer("happy", lang)
            f.happy_days(c, rng.randrange(7, 14), 0, f.days)
    return f.write("none")


def repeat_contacts() -> dict[str, Any]:
    f = Family(
        "repeat_contacts",
        "rc",
        day0("2026-10-05"),
        8,
        "42 raise one unresolved problem again across channels within hours; 22 resolved; "
        "26 with different problems; 45 happy frequent writers",
        3,
    )
    rng = f.rng
    for i in range(42):
        lang = pick_lang(rng, MOSTLY_EN_FR)
        problem = rng.choice(W.PROBLEMS)
        n = 2 if i < 12 else rng.randrange(3, 6)
        c = f.customer(
            "repeat_contact",
            lang,
            ["repeat_contact"],
            ["sentiment_drop", *UNHAPPY_TOLERATED],
            problem=problem,
            contacts=n,
        )
        start_day = rng.randrange(2, 6)
        f.happy_days(c, rng.randrange(1, 4), 0, start_day - 0.3)
        t = f.repeat_thread(c, problem, n, f.at(start_day, 7.5, 17), (1.5, 14))
        if rng.random() < 0.3:
            f.fixed(c, f.clamp(t + timedelta(hours=rng.uniform(6, 30))), problem)
    for _ in range(22):
        lang = pick_lang(rng, MOSTLY_EN_FR)
        problems = rng.sample(W.PROBLEMS, 2)
        c = f.customer("resolved_between_contacts", lang, problem=problems[0])
        f.happy_days(c, rng.randrange(1, 3), 0, 2)
        t = f.at(rng.randrange(2, 5), 8, 16)
        f.problem_contact(c, t, rng.choice(CHANNELS), problems[0], f.order(), again=False)
        f.agent_reply(c, t + timedelta(hours=rng.uniform(0.5, 3)))
        t += timedelta(hours=rng.uniform(4, 26))
        f.fixed(c, t, problems[0])
        t += timedelta(hours=rng.uniform(10, 40))
        if rng.random() < 0.5:
            # another, different problem, also resolved
            f.problem_contact(
                c, f.clamp(t), rng.choice(CHANNELS), problems[1], f.order(), again=False
            )
            f.fixed(c, f.clamp(t + timedelta(hours=rng.uniform(3, 20))), problems[1])
            c.truth["second_problem"] = problems[1]
        else:
            f.happy_touch(c, f.clamp(t))
    for i in range(26):
        lang = pick_lang(rng, MOSTLY_EN_FR)
        c = f.customer("different_problems", lang)
        t = f.at(rng.randrange(1, 6), 8, 15)
        problems = rng.sample(W.PROBLEMS, 2)
        items: list[tuple[str, str | None]] = [
            ("problem", problems[0]),
            ("question", None),
            ("question", None),
        ]
        if i % 2 == 0:
            items[1] = ("problem", problems[1])
        rng.shuffle(items)
        used_q: set[str] = set()
        for what, problem in items:
            channel = rng.choice(CHANNELS)
            if what == "problem" and problem is not None:
                f.problem_contact(c, t, channel, problem, f.order(), again=False)
            else:
                q = rng.choice([q for q in W.QUESTION[lang] if q not in used_q])
                used_q.add(q)
                kind = {
                    "email": "message",
                    "phone": "call",
                    "chat": "chat",
                    "social": "mention",
                    "web": "ticket",
                }[channel]
                f.emit(c, t, channel, kind, f.say(c, channel, f.fill(c, q)))
            t += timedelta(hours=rng.uniform(3, 30))
        c.truth["problems"] = sorted(p for w, p in items if p)
    for _ in range(45):
        c = f.customer("happy", pick_lang(rng, MOSTLY_EN_FR), style="frequent")
        f.happy_days(c, rng.randrange(5, 13), 0, f.days)
    return f.write("repeat_contact for the 42 repeaters")


def slow_churners() -> dict[str, Any]:
    f = Family(
        "slow_churners",
        "sc",
        day0("2026-07-27"),
        35,
        "36 slide from praise to anger (14 over 10-16 days, 12 over 2-4 days, 10 then cancel); "
        "30 steady happy; 16 steadily grumpy; 12 recover; 6 with one sarcastic remark",
        4,
    )
    rng = f.rng
    for i in range(36):
        lang = pick_lang(rng, MOSTLY_EN_FR)
        pace = "long" if i < 14 else ("short" if i < 26 else "to_cancel")
        c = f.customer(
            "slow_churner",
            lang,
            ["sentiment_drop"],
            ["repeat_contact", *UNHAPPY_TOLERATED],
            pace=pace,
        )
        slide_day = rng.randrange(12, 19)
        f.happy_days(c, rng.randrange(5, 10), 0, slide_day - 0.5)
        span_days = rng.uniform(2.0, 4.0) if pace == "short" else rng.uniform(9, 16)
        stages = (
            ["lukewarm"] * rng.randrange(1, 3)
            + ["letdown"] * rng.randrange(1, 3)
            + ["fedup", "fedup", "done"]
        )
        t0 = f.at(slide_day, 8, 12)
        f.slide(c, t0, span_days, stages, CHANNELS, low_surveys=True)
        end_slide = t0 + timedelta(days=span_days)
        if pace == "to_cancel":
            t = end_slide + timedelta(hours=rng.uniform(3, 30))
            cancel = rng.choice(W.SLIDE[lang]["cancel"])
            c.truth["cancellation_event_id"] = f.emit(c, f.clamp(t), "web", "cancellation", cancel)
    for _ in range(30):
        c = f.customer("happy", pick_lang(rng, MOSTLY_EN_FR), style="steady")
        f.happy_days(c, rng.randrange(8, 15), 0, f.days)
    for _ in range(16):
        lang = pick_lang(rng, MOSTLY_EN_FR)
        c = f.customer(
            "steadily_grumpy", lang, tolerated=["repeat_contact", "detractor", "silence"]
        )
        days = sorted(rng.uniform(0, f.days) for _ in range(rng.randrange(6, 11)))
        for k, d in enumerate(days):
            t = f.at(d)
            if k > 0 and rng.random() < 0.25:
                f.emit(
                    c,
                    t,
                    "web",
                    "purchase",
                    attributes={"order_value": f"{rng.uniform(14, 40):.2f}"},
                )
                continue
            channel = rng.choice(["email", "social", "chat", "survey"])
            if channel == "survey":
                f.emit(
                    c,
                    t,
                    "survey",
                    "survey_response",
                    rng.choice(W.GRUMPY[lang]),
                    nps=rng.randrange(3, 7),
                    csat=rng.choice([2, 3]),
                )
            else:
                kind = {"email": "message", "social": "post", "chat": "chat"}[channel]
                f.emit(c, t, channel, kind, f.say(c, channel, rng.choice(W.GRUMPY[lang])))
    for _ in range(12):
        lang = pick_lang(rng, MOSTLY_EN_FR)
        c = f.customer("recovers", lang, tolerated=["repeat_contact", "detractor"])
        for d in sorted(rng.uniform(0, 7) for _ in range(rng.randrange(3, 6))):
            channel = rng.choice(["email", "chat", "social"])
            kind = {"email": "message", "social": "post", "chat": "chat"}[channel]
            f.emit(c, f.at(d), channel, kind, f.say(c, channel, rng.choice(W.GRUMPY[lang])))
        turn = f.at(rng.uniform(9, 13))
        c.truth["recovered_at"] = iso(turn)
        f.emit(c, turn, "email", "message", f.say(c, "email", rng.choice(W.RECOVERED[lang])))
        f.happy_days(c, rng.randrange(5, 9), 14, f.days)
    for _ in range(6):
        lang = rng.choice(["en", "fr"])
        c = f.customer("happy_one_sarcastic_remark", lang)
        f.happy_days(c, rng.randrange(4, 8), 0, 15)
        f.emit(c, f.at(rng.uniform(15, 20)), "social", "post", rng.choice(W.SARCASM[lang]))
        f.happy_days(c, rng.randrange(4, 8), 21, f.days)
    return f.write("sentiment_drop for the 36 slow churners")


def calm_stream(f: Family, n: int, night_owls: int) -> list[Customer]:
    """A calm, low-volume stream: 1-3 touchpoints a customer in waking hours.

    One customer in eight grumbles once, about a problem picked at random.
    """
    rng = f.rng
    people: list[Customer] = []
    for i in range(n):
        lang = pick_lang(rng, {"en": 9, "fr": 9, "de": 1, "es": 1, "pt": 1})
        grumbles = rng.random() < 0.125
        persona = "grumbles_once" if grumbles else ("night_owl" if i < night_owls else "happy")
        c = f.customer(persona, lang)
        for _ in range(rng.randrange(1, 4)):
            f.happy_touch(c, f.at(rng.uniform(0, f.days), 7, 22.5))
        if grumbles:
            problem = rng.choice(W.PROBLEMS)
            c.truth["problem"] = problem
            f.problem_contact(
                c,
                f.at(rng.uniform(0, f.days), 8, 21),
                rng.choice(["email", "chat", "web"]),
                problem,
                f.order(),
                again=False,
            )
        people.append(c)
    return people


def quiet_hours() -> dict[str, Any]:
    f = Family(
        "quiet_hours",
        "qh",
        day0("2026-09-21"),
        6,
        "340 customers, a calm low-volume stream; "
        "each night 2-3 small bursts (2-4 customers in 10 min) "
        "between 00:20 and 05:10 UTC, never more than 2 on one theme, and one night chat",
        5,
    )
    rng = f.rng
    people = calm_stream(f, 340, night_owls=60)
    owls = [c for c in people if c.truth["persona"] == "night_owl"]
    bursts = []
    for night in range(1, f.days):
        for _ in range(rng.randrange(2, 4)):
            t = f.at(night, 0.33, 5.0)
            group = rng.sample(owls, rng.randrange(2, 5))
            texts = rng.sample(range(len(W.NIGHT["en"])), len(group))  # distinct themes, one each
            if len(group) >= 3 and rng.random() < 0.5:
                texts[1] = texts[0]  # two on the same theme at most
            for c, which in zip(group, texts, strict=True):
                lang = c.lang if c.lang in W.NIGHT else "en"
                channel = rng.choice(["chat", "social", "web"])
                kind = {"chat": "chat", "social": "post", "web": "ticket"}[channel]
                f.emit(
                    c,
                    t + timedelta(seconds=rng.randrange(0, 600)),
                    channel,
                    kind,
                    f.say(c, channel, W.NIGHT[lang][which]),
                )
            bursts.append({"at": iso(t), "customers": [c.key for c in group]})
        owl = rng.choice(owls)
        t = f.at(night, 1, 4)
        lines = (
            [
                "hey, still up?",
                "my machine's asking for descaling, is the tablet in the box?",
                "ah found it",
                "ok merci, bonne nuit",
            ]
            if owl.lang == "fr"
            else [
                "hey, anyone around?",
                "my machine wants descaling, is the tablet in the starter box?",
                "ah found it, never mind",
                "thanks, night!",
            ]
        )
        for line in lines[: rng.randrange(3, 5)]:
            f.emit(owl, t, "chat", "chat", line)
            t += timedelta(seconds=rng.randrange(30, 240))
    f.spike = {}
    result = f.write("none (no spike)")
    result["bursts"] = len(bursts)
    return result


def topic_spike() -> dict[str, Any]:
    f = Family(
        "topic_spike",
        "ts",
        day0("2026-10-12"),
        6,
        "a calm stream of 300 customers; "
        "from 2026-10-16 18:12 UTC 34 customers (22 regulars, 12 new) "
        "report failed parcel deliveries within 50 minutes; "
        "12 of them write again 20-100 minutes later",
        6,
    )
    rng = f.rng
    people = calm_stream(f, 300, night_owls=0)
    spike_start = datetime(2026, 10, 16, 18, 12, tzinfo=UTC)
    regulars = rng.sample([c for c in people if c.truth["persona"] == "happy"], 22)
    newcomers = [
        f.customer("spike_reporter", pick_lang(rng, {"en": 5, "fr": 5, "de": 1, "es": 1, "pt": 1}))
        for _ in range(12)
    ]
    reporters = regulars + newcomers
    rng.shuffle(reporters)
    offsets = sorted(rng.uniform(0, 50) for _ in reporters)
    offsets[0] = 0.0
    first_ids, repeat_ids, customers = [], [], []
    last = spike_start
    for k, (c, minutes) in enumerate(zip(reporters, offsets, strict=True)):
        t = spike_start + timedelta(minutes=minutes)
        order = f.order()
        channel = rng.choice(["chat", "email", "social", "web", "phone"])
        kind = {
            "email": "message",
            "phone": "call",
            "chat": "chat",
            "social": "mention",
            "web": "ticket",
        }[channel]
        lang = c.lang
        text = f.say(c, channel, rng.choice(W.SPIKE[lang]).format(order=order))
        eid = f.emit(c, t, channel, kind, text)
        first_ids.append(eid)
        customers.append(c.key)
        c.truth["persona"] = "spike_reporter"
        c.truth["in_spike"] = True
        c.truth["tolerated_rules"] = sorted({*c.truth["tolerated_rules"], "silence"})
        last = max(last, t)
        if k < 12:
            # says it is a second attempt, on another channel
            t2 = t + timedelta(minutes=rng.uniform(20, 100))
            ch2 = "email" if channel != "email" else "social"
            body = rng.choice(W.SPIKE_AGAIN[lang]).format(order=order)
            rid = f.emit(
                c, t2, ch2, "message" if ch2 == "email" else "mention", f.say(c, ch2, body)
            )
            repeat_ids.append(rid)
            c.truth["persona"] = "spike_repeater"
            c.truth["expected_rules"] = ["repeat_contact"]
            c.truth["tolerated_rules"] = sorted({"sentiment_drop", *UNHAPPY_TOLERATED})
            c.truth["problem_event_ids"] = [eid, rid]
    f.spike = {
        "topic": "delivery",
        "about": "parcels not delivered: "
        "the carrier marked them failed/undeliverable/returned to depot",
        "channel": None,
        "start": iso(spike_start),
        "end": iso(last),
        "customers": customers,
        "event_ids": first_ids,
        "repeat_event_ids": repeat_ids,
    }
    return f.write("topic_spike x1 (delivery), repeat_contact for 12 who write again")


def b2b_calm_touch(f: Family, c: Customer, at: datetime) -> None:
    """An office contact's calm touchpoint.

    Supplies ordered, a question, a word of thanks or a good survey.
    """
    rng = f.rng
    roll = rng.random()
    if roll < 0.3:
        f.emit(
            c,
            at,
            "web",
            "purchase",
            attributes={
                "order_value": f"{rng.uniform(120, 900):.2f}",
                "order_id": f.order(),
                "channel_detail": "pro-portal",
            },
        )
    elif roll < 0.8:
        channel = rng.choice(["email", "email", "chat", "phone"])
        kind = {"email": "message", "chat": "chat", "phone": "call"}[channel]
        f.emit(c, at, channel, kind, f.say(c, channel, f.fill(c, rng.choice(W.B2B_HAPPY[c.lang]))))
    else:
        f.emit(
            c,
            at,
            "survey",
            "survey_response",
            rng.choice(W.SURVEY_HAPPY[c.lang]) or None,
            nps=rng.choice([8, 9, 10]),
            csat=rng.choice([4, 5]),
        )


def b2b_accounts() -> dict[str, Any]:
    f = Family(
        "b2b_accounts",
        "ba",
        day0("2026-09-01"),
        21,
        "42 office accounts: 20 where 3-5 contacts complain within about 6 days; "
        "12 with one grumpy contact among happy colleagues; 10 busy happy accounts",
        7,
    )
    rng = f.rng
    companies = list(W.B2B_COMPANIES)
    for i in range(42):
        kind = "at_risk" if i < 20 else ("one_grumpy" if i < 32 else "happy")
        company = companies[i]
        account = (
            "acct-" + "".join(ch for ch in company.lower() if ch.isascii() and ch.isalnum())[:14]
        )
        assert account not in f.accounts, account
        lang = pick_lang(rng, {"en": 6, "fr": 5, "de": 3, "es": 2, "pt": 2})
        size = rng.randrange(4, 8) if kind != "one_grumpy" else rng.randrange(3, 7)
        unhappy_n = rng.randrange(3, 6) if kind == "at_risk" else (1 if kind == "one_grumpy" else 0)
        unhappy_n = min(unhappy_n, size)
        trouble = rng.randrange(4, 14)
        contacts, unhappy = [], []
        for j in range(size):
            if j < unhappy_n:
                if kind == "at_risk":
                    c = f.customer(
                        "b2b_unhappy",
                        lang,
                        tolerated=[
                            "account_risk",
                            "sentiment_drop",
                            "detractor",
                            "churn_intent",
                            "silence",
                            "high_value_at_risk",
                        ],
                        account=account,
                        company=company,
                    )
                else:
                    c = f.customer(
                        "b2b_one_unhappy",
                        lang,
                        tolerated=["detractor"],
                        account=account,
                        company=company,
                    )
                unhappy.append(c.key)
            else:
                tol = ["account_risk"] if kind == "at_risk" else []
                c = f.customer("happy", lang, tolerated=tol, account=account, company=company)
            contacts.append(c.key)
            for _ in range(rng.randrange(2, 6) if kind != "happy" else rng.randrange(4, 10)):
                b2b_calm_touch(f, c, f.at(rng.uniform(0, f.days)))
        if kind == "at_risk":
            problem = rng.choice(W.B2B_PROBLEM[lang])
            t0 = f.at(trouble, 8, 11)
            for n, key in enumerate(unhappy):
                c = f.customers[key]
                t = t0 + timedelta(hours=rng.uniform(0, 6 * 24)) if n else t0
                own = problem if rng.random() < 0.6 else rng.choice(W.B2B_PROBLEM[lang])
                channel = rng.choice(["email", "phone", "web", "chat"])
                kk = {"email": "message", "phone": "call", "web": "ticket", "chat": "chat"}[channel]
                f.emit(c, t, channel, kk, f.say(c, channel, f.fill(c, own)))
                if rng.random() < 0.4:
                    f.emit(
                        c,
                        t + timedelta(hours=rng.uniform(2, 30)),
                        "survey",
                        "survey_response",
                        None,
                        nps=rng.randrange(0, 6),
                    )
            f.accounts[account] = {
                "company": company,
                "contacts": contacts,
                "unhappy_contacts": unhappy,
                "at_risk": True,
                "expected_rules": ["account_risk"],
                "tolerated_rules": [],
                "kind": kind,
                "trouble_starts_at": iso(t0),
            }
        else:
            for key in unhappy:
                # one unhappy contact alone: half a grumble, half a real complaint with a low NPS
                c = f.customers[key]
                t = f.at(rng.uniform(2, f.days - 2))
                if rng.random() < 0.5:
                    text = f.say(c, "email", rng.choice(W.B2B_GRUMPY_ONE[lang]))
                    f.emit(c, t, "email", "message", text)
                    c.truth["style"] = "grumble"
                else:
                    text = f.say(c, "email", f.fill(c, rng.choice(W.B2B_PROBLEM[lang])))
                    f.emit(c, t, "email", "message", text)
                    nps = rng.randrange(1, 6)
                    f.emit(
                        c,
                        t + timedelta(hours=rng.uniform(3, 30)),
                        "survey",
                        "survey_response",
                        None,
                        nps=nps,
                    )
                    c.truth["style"] = "complaint_and_low_nps"
            f.accounts[account] = {
                "company": company,
                "contacts": contacts,
                "unhappy_contacts": unhappy,
                "at_risk": False,
                "expected_rules": [],
                "tolerated_rules": [],
                "kind": kind,
            }
    return f.write("account_risk for the 20 at-risk accounts")


def bilingual() -> dict[str, Any]:
    f = Family(
        "bilingual",
        "bl",
        day0("2026-09-14"),
        12,
        "115 customers writing fr/en (and de/es/pt), many in two languages: 16 repeat contacts, "
        "16 slow churners, happy, surveys with one-word comments, one bad day, sarcasm, "
        "resolved problems, grumpy",
        8,
    )
    rng = f.rng
    other = {"fr": "en", "en": "fr", "de": "en", "es": "en", "pt": "en"}

    def then_other(first: str, then: str, k: int) -> str:
        """The first contact in ``first``, the next ones in ``then``."""
        return first if k == 0 else then

    def alt_lang(c: Customer, k: int, switch: bool) -> str:
        return other[c.lang] if switch and k % 2 == 1 else c.lang

    for i in range(30):
        lang = ["fr", "en", "de", "es", "pt"][i % 5] if i >= 12 else ("fr" if i % 2 else "en")
        c = f.customer(
            "happy",
            lang,
            style="both_languages" if i < 12 else "one_language",
            switches_language=i < 12,
        )
        for k in range(rng.randrange(5, 11)):
            f.happy_touch(c, f.at(rng.uniform(0, f.days)), alt_lang(c, k, i < 12))
        if i < 6:
            f.emit(c, f.at(rng.uniform(0, f.days)), "chat", "chat", rng.choice(W.MIXED["happy"]))
    for i in range(16):
        lang = ["fr", "pt", "es", "de", "en", "fr", "es", "pt"][i % 8]
        switch = i < 5
        mixed_last = i in (8, 12)  # their last contact mixes French and English
        problem = rng.choice(sorted(W.MIXED["angry"]) if mixed_last else W.PROBLEMS)
        n = 2 if i % 4 == 0 else rng.randrange(3, 5)
        c = f.customer(
            "repeat_contact",
            lang,
            ["repeat_contact"],
            ["sentiment_drop", *UNHAPPY_TOLERATED],
            problem=problem,
            contacts=n,
            switches_language=switch or mixed_last,
        )
        start_day = rng.randrange(2, 8)
        f.happy_days(c, rng.randrange(1, 4), 0, start_day - 0.3)
        f.repeat_thread(
            c,
            problem,
            n,
            f.at(start_day, 8, 16),
            (2, 16),
            lang_of=partial(then_other, lang, other[lang] if switch else lang),
            last_text=W.MIXED["angry"][problem] if mixed_last else None,
        )
    for i in range(16):
        lang = ["fr", "de", "es", "pt", "en", "fr", "en", "de"][i % 8]
        switch = i < 4
        c = f.customer(
            "slow_churner",
            lang,
            ["sentiment_drop"],
            ["repeat_contact", *UNHAPPY_TOLERATED],
            pace="short" if i % 2 else "long",
            switches_language=switch,
        )
        slide_day = rng.randrange(3, 6)
        for k in range(rng.randrange(4, 8)):
            f.happy_touch(c, f.at(rng.uniform(0, slide_day - 0.5)), alt_lang(c, k, switch))
        span = rng.uniform(2, 3.5) if i % 2 else rng.uniform(5, 6.5)
        stages = ["lukewarm", "letdown", "letdown", "fedup", "fedup", "done"]
        f.slide(
            c,
            f.at(slide_day, 8, 11),
            span,
            stages,
            ["email", "chat", "social", "phone"],
            lang_of=partial(alt_lang, c, switch=switch),
        )
    for i in range(12):
        lang = ["fr", "en", "de", "es", "pt", "fr"][i % 6]
        c = f.customer("happy", lang, style="one_word_surveys")
        for _ in range(rng.randrange(3, 6)):
            word = rng.choice(
                ["RAS", "ok", "CSAT", "bien", "gut", "top", "👍", "-", "Nada", "parfait"]
            )
            f.emit(
                c,
                f.at(rng.uniform(0, f.days)),
                "survey",
                "survey_response",
                word,
                nps=rng.choice([8, 9, 10]),
                csat=rng.choice([4, 5]),
            )
        f.happy_days(c, rng.randrange(1, 4), 0, f.days)
    for i in range(10):
        lang = ["fr", "es", "pt", "de", "en"][i % 5]
        c = f.customer("happy_one_bad_day", lang)
        bad_day = rng.randrange(4, 9)
        f.happy_days(c, rng.randrange(3, 6), 0, bad_day - 0.5)
        t = f.at(bad_day)
        c.truth["bad_day_at"] = iso(t)
        c.truth["bad_day_event_id"] = f.emit(
            c, t, "email", "message", f.say(c, "email", rng.choice(W.BAD_DAY[lang]))
        )
        f.happy_days(c, rng.randrange(2, 5), bad_day + 1.5, f.days)
    for i in range(8):
        lang = "fr" if i % 2 else "en"
        c = f.customer("happy_one_sarcastic_remark", lang, switches_language=True)
        for k in range(rng.randrange(4, 8)):
            f.happy_touch(c, f.at(rng.uniform(0, f.days)), alt_lang(c, k, True))
        f.emit(c, f.at(rng.uniform(3, 9)), "social", "post", rng.choice(W.SARCASM[lang]))
    for i in range(12):
        lang = ["pt", "es", "de", "fr", "en", "fr"][i % 6]
        problem = rng.choice(W.PROBLEMS)
        c = f.customer("resolved_between_contacts", lang, problem=problem)
        f.happy_days(c, rng.randrange(1, 4), 0, 3)
        t = f.at(rng.randrange(3, 8), 8, 15)
        f.problem_contact(
            c, t, rng.choice(["email", "chat", "phone"]), problem, f.order(), again=False
        )
        f.agent_reply(c, t + timedelta(hours=rng.uniform(1, 5)))
        f.fixed(c, t + timedelta(hours=rng.uniform(6, 30)), problem)
        f.happy_days(c, rng.randrange(1, 3), min(f.days - 1, (t - f.start).days + 3), f.days)
    for i in range(11):
        lang = "fr" if i % 2 else "en"
        c = f.customer(
            "steadily_grumpy", lang, tolerated=["repeat_contact", "detractor", "silence"]
        )
        for d in sorted(rng.uniform(0, f.days) for _ in range(rng.randrange(5, 9))):
            channel = rng.choice(["email", "social", "chat"])
            kind = {"email": "message", "social": "post", "chat": "chat"}[channel]
            f.emit(c, f.at(d), channel, kind, f.say(c, channel, rng.choice(W.GRUMPY[lang])))
    return f.write("repeat_contact for 16, sentiment_drop for 16")


FAMILIES: tuple[Callable[[], dict[str, Any]], ...] = (
    happy_writers,
    one_bad_day,
    repeat_contacts,
    slow_churners,
    quiet_hours,
    topic_spike,
    b2b_accounts,
    bilingual,
)


def main() -> int:
    for build in FAMILIES:
        print(json.dumps(build(), ensure_ascii=False, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
