"""Build the heldout18 alert scenarios (Librea): ``python make_heldout18.py``.

Standard library only, seeded, deterministic: two runs give the same bytes. Writes
``<family>.jsonl`` and ``<family>.truth.json`` next to this file. The sentences are
in ``wording.py``. See README.md for the stories and how the truth was decided.
"""

from __future__ import annotations

import itertools
import json
import random
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import wording as w

SEED = 20261013
HERE = Path(__file__).resolve().parent
WRITTEN = "2026-11-30"
LANG_WEIGHTS = {"de": 28, "fr": 26, "it": 12, "es": 12, "pt": 11, "en": 11}
PHONE_PREFIX = {"de": "+49", "fr": "+33", "it": "+39", "es": "+34", "pt": "+351", "en": "+44"}
PHONE_START = {"de": "15", "fr": "6", "it": "3", "es": "6", "pt": "9", "en": "7"}
TLD = {"de": "de", "fr": "fr", "it": "it", "es": "es", "pt": "pt", "en": "co.uk"}
SOURCES = {
    "email": "zendesk",
    "chat": "zendesk_chat",
    "phone": "aircall",
    "social": "sprinklr",
    "community": "discourse",
    "web": "librea_web",
    "survey": "qualtrics",
}
REPEAT_TOLERATED = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
SLIDER_TOLERATED = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
CANCEL_TOLERATED = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
B2B_TOLERATED = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def ascii_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def slug(text: str) -> str:
    folded = ascii_fold(text).lower()
    return "".join(ch for ch in folded if ch.isalnum())


@dataclass
class Person:
    key: str
    lang: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    info: dict[str, Any]
    langs: list[str] = field(default_factory=list)


class Builder:
    """One family: its people, its touchpoints and its truth."""

    def __init__(self, family: str, code: str, n: int, start: str, days: int, about: str) -> None:
        self.family = family
        self.code = code
        self.seed = SEED * 100 + n
        self.rng = random.Random(self.seed)
        self.start = datetime.fromisoformat(start).replace(tzinfo=UTC)
        self.days = days
        self.about = about
        self.events: list[dict[str, Any]] = []
        self.people: dict[str, Person] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.count = 0
        self.phones: set[str] = set()
        self.refs: set[str] = set()

    # -- people -------------------------------------------------------------------------
    def lang(self) -> str:
        langs = list(LANG_WEIGHTS)
        return self.rng.choices(langs, weights=[LANG_WEIGHTS[x] for x in langs])[0]

    def person(
        self,
        persona: str,
        lang: str,
        *,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        account: str | None = None,
        domain: str | None = None,
        **extra: Any,
    ) -> Person:
        key = f"LB{self.code}{len(self.people) + 1:04d}"
        first = self.rng.choice(w.FIRST_NAMES[lang])
        last = self.rng.choice(w.LAST_NAMES[lang])
        number = len(self.people) + 1
        if domain is None:
            sep = self.rng.choice([".", "_", ""])
            email = (
                f"{slug(first)}{sep}{slug(last)}{number}@{self.rng.choice(w.MAIL_DOMAINS[lang])}"
            )
            handle: str | None = (
                f"@{slug(first)}{slug(last)[:3]}_{self.rng.randint(10, 99)}{number}"
            )
        else:
            email = f"{slug(first)[0]}.{slug(last)}{number}@{domain}"
            handle = None
        phone = ""
        while not phone or phone in self.phones:
            digits = "".join(str(self.rng.randint(0, 9)) for _ in range(8))
            phone = PHONE_PREFIX[lang] + PHONE_START[lang] + digits
        self.phones.add(phone)
        info: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": phone,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": sorted(expected or []),
            "tolerated_rules": sorted(tolerated or []),
            "persona": persona,
            "language": lang,
            "country": w.COUNTRY[lang],
        }
        info.update(extra)
        p = Person(key, lang, email, phone, handle, account, info)
        self.people[key] = p
        return p

    def ref(self) -> str:
        r = ""
        while not r or r in self.refs:
            r = f"LBR-{self.rng.randint(100000, 999999)}"
        self.refs.add(r)
        return r

    def gift_code(self) -> str:
        abc = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        return "-".join("".join(self.rng.choice(abc) for _ in range(4)) for _ in range(3))

    # -- time ---------------------------------------------------------------------------
    def at(self, day: float, hour: float) -> datetime:
        t = self.start + timedelta(days=day, hours=hour)
        return t.replace(microsecond=0)

    def daytime(self, lo_day: int, hi_day: int, lo: float = 7.0, hi: float = 22.0) -> datetime:
        return self.at(self.rng.randint(lo_day, hi_day), self.rng.uniform(lo, hi))

    def nighttime(self, lo_day: int, hi_day: int) -> datetime:
        return self.at(self.rng.randint(lo_day, hi_day), self.rng.uniform(22 + 10 / 60, 28.5))

    def awake(self, t: datetime) -> datetime:
        """Move a time out of 23:00-07:00 UTC (to the next morning)."""
        if t.hour >= 23:
            base = (t + timedelta(days=1)).replace(hour=7, minute=0, second=0)
            return base + timedelta(minutes=self.rng.randint(0, 90))
        if t.hour < 7:
            base = t.replace(hour=7, minute=0, second=0)
            return base + timedelta(minutes=self.rng.randint(0, 90))
        return t

    def office(self, t: datetime, last_hour: int = 18) -> datetime:
        """Move a time into weekdays 08:00-last_hour UTC."""
        while True:
            if t.weekday() >= 5:
                t = (t + timedelta(days=7 - t.weekday())).replace(hour=8, minute=0, second=0)
                t += timedelta(minutes=self.rng.randint(0, 120))
                continue
            if t.hour < 8:
                t = t.replace(hour=8, minute=0, second=0) + timedelta(
                    minutes=self.rng.randint(0, 120)
                )
                continue
            if t.hour >= last_hour:
                t = (t + timedelta(days=1)).replace(hour=8, minute=0, second=0)
                t += timedelta(minutes=self.rng.randint(0, 120))
                continue
            return t

    # -- text ---------------------------------------------------------------------------
    def ctx(self, lang: str, **kw: str) -> dict[str, str]:
        base = {
            "title": self.rng.choice(w.TITLES[lang]),
            "code": self.gift_code(),
            "comp": self.rng.choice(w.COMPETITORS),
            "ref": "",
            "short": "",
        }
        base.update(kw)
        return base

    def say(self, text: str, lang: str, **kw: str) -> str:
        """Fill the placeholders; sometimes drop accents or the first capital, as people do."""
        out = text.format(**self.ctx(lang, **kw))
        r = self.rng.random()
        if lang in ("fr", "es", "pt", "it") and r < 0.3:
            out = ascii_fold(out)
        elif lang == "de" and r < 0.1:
            for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
                out = out.replace(a, b)
        if self.rng.random() < 0.1 and out[:1].isupper() and out[1:2].islower():
            out = out[0].lower() + out[1:]
        return out

    # -- touchpoints --------------------------------------------------------------------
    def emit(
        self,
        p: Person,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        *,
        subject: str | None = None,
        outbound: bool = False,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.count += 1
        eid = f"lb18-{self.code.lower()}-{self.count:05d}"
        attributes = {"market": w.COUNTRY[p.lang]}
        if p.account:
            attributes["segment"] = "b2b"
        attributes.update(attrs or {})
        self.events.append(
            {
                "_t": t,
                "_who": p.key,
                "event_id": eid,
                "occurred_at": iso(t),
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if outbound else "inbound",
                "customer": {},
                "text": text,
                "subject": subject,
                "scores": {
                    "nps": (scores or {}).get("nps"),
                    "csat": (scores or {}).get("csat"),
                    "ces": (scores or {}).get("ces"),
                },
                "source": SOURCES[channel],
                "attributes": attributes,
            }
        )
        return eid

    def answered(self, p: Person, t: datetime, lang: str, night: bool = False) -> datetime:
        """A chat question, the agent's answer, the customer's thanks."""
        question, answer = self.rng.choice(w.QA[lang])
        self.emit(p, t, "chat", "chat", self.say(question, lang))
        t2 = t + timedelta(minutes=self.rng.uniform(2, 6))
        self.emit(p, t2, "chat", "chat", answer, outbound=True)
        t3 = t2 + timedelta(minutes=self.rng.uniform(1, 4))
        self.emit(p, t3, "chat", "chat", self.say(self.rng.choice(w.THANKS[lang]), lang))
        return t3

    def survey_happy(self, p: Person, t: datetime, lang: str) -> str:
        pick = self.rng.random()
        if pick < 0.5:
            scores = {"nps": self.rng.choice([9, 10, 10])}
        elif pick < 0.8:
            scores = {"csat": 5}
        else:
            scores = {"ces": self.rng.choice([6, 7])}
        word = self.rng.choice(w.SURVEY_WORDS[lang])
        return self.emit(p, t, "survey", "survey_response", word or None, scores=scores)

    def low_score(self, p: Person, t: datetime, scale: str, score: int, comment: str) -> str:
        """An unhappy survey answer (NPS 1-5 or CSAT 1-2), with a word or nothing."""
        return self.emit(p, t, "survey", "survey_response", comment or None, scores={scale: score})

    def happy_act(self, p: Person, t: datetime, lang: str, gripe: bool = False) -> None:
        kinds = ["praise", "qa", "purchase", "page", "review", "survey"]
        weights = [3, 2, 2, 2, 1, 2]
        if gripe:
            kinds.append("gripe")
            weights.append(1)
        kind = self.rng.choices(kinds, weights=weights)[0]
        if kind == "praise":
            self.praise(p, t, lang)
        elif kind == "gripe":
            channel = self.rng.choice(["social", "community"])
            self.emit(p, t, channel, "post", self.say(self.rng.choice(w.GRIPE[lang]), lang))
        elif kind == "qa":
            self.answered(p, t, lang)
        elif kind == "purchase":
            self.emit(p, t, "web", "page_view", attrs={"page": self.rng.choice(w.PAGES)})
            product = self.rng.choice(w.PRODUCTS)
            value = {"gift card 25": "25.00", "gift card 50": "50.00"}.get(
                product, self.rng.choice(["9.99", "12.99", "14.99", "19.99"])
            )
            if product in ("title", "audiobook"):
                product = f"{product}: {self.rng.choice(w.TITLES[lang])}"
            t2 = t + timedelta(minutes=self.rng.uniform(2, 10))
            self.emit(p, t2, "web", "purchase", attrs={"order_value": value, "product": product})
        elif kind == "page":
            self.emit(p, t, "web", "page_view", attrs={"page": self.rng.choice(w.PAGES)})
        elif kind == "review":
            rating = self.rng.choice(["4", "5", "5"])
            text = self.say(self.rng.choice(w.REVIEW[lang]), lang)
            self.emit(p, t, "web", "review", text, attrs={"rating": rating})
        else:
            self.survey_happy(p, t, lang)

    def praise(self, p: Person, t: datetime, lang: str) -> str:
        channel = self.rng.choice(["social", "social", "community"])
        return self.emit(p, t, channel, "post", self.say(self.rng.choice(w.PRAISE[lang]), lang))

    def contact(
        self,
        p: Person,
        t: datetime,
        channel: str,
        lang: str,
        text: str,
        subject: str | None,
    ) -> str:
        """One inbound contact about a problem on the given channel."""
        kind = {
            "email": "message",
            "chat": "chat",
            "phone": "call",
            "social": "post",
            "community": "post",
            "web": "ticket",
        }[channel]
        return self.emit(p, t, channel, kind, text, subject=subject if channel == "email" else None)

    def next_channel(self, previous: str | None) -> str:
        options = [c for c in ("email", "chat", "phone", "social", "web") if c != previous]
        return self.rng.choice(options)

    def problem_text(self, problem: str, lang: str, part: str, **kw: str) -> str:
        return self.say(w.PROBLEMS[problem][lang][part], lang, **kw)

    def fixed_and_thanked(
        self, p: Person, t: datetime, lang: str, problem: str
    ) -> tuple[list[str], str]:
        """A problem raised once, fixed by an agent, the customer says it is sorted."""
        ref = self.ref()
        channel = self.rng.choice(["email", "chat", "web"])
        subject = w.PROBLEMS[problem][lang]["subject"]
        first = self.contact(
            p, t, channel, lang, self.problem_text(problem, lang, "first"), subject
        )
        t2 = t + timedelta(hours=self.rng.uniform(3, 20))
        self.emit(
            p,
            t2,
            "email",
            "message",
            w.AGENT_FIXED[lang].format(ref=ref),
            subject=f"{subject} [{ref}]",
            outbound=True,
        )
        t3 = self.awake(t2 + timedelta(hours=self.rng.uniform(8, 30)))
        thanks = self.say(self.rng.choice(w.ALL_SORTED[lang]), lang)
        if self.rng.random() < 0.5:
            prefix = w.REPLY_PREFIX[lang]
            last = self.emit(
                p, t3, "email", "message", thanks, subject=f"{prefix} {subject} [{ref}]"
            )
        else:
            last = self.emit(p, t3, "chat", "chat", f"{ref}: {thanks}")
        return [first, last], ref

    def repeat_chain(
        self, p: Person, t: datetime, langs: list[str], contacts: int, problem: str
    ) -> tuple[list[str], str]:
        """The same open problem raised `contacts` times, each on another channel."""
        ref = self.ref()
        ids: list[str] = []
        channel: str | None = None
        kw = {"code": self.gift_code(), "title": self.rng.choice(w.TITLES[langs[0]])}
        for i in range(contacts):
            lang = langs[i % len(langs)]
            channel = self.next_channel(channel)
            subject = w.PROBLEMS[problem][lang]["subject"]
            short = w.PROBLEMS[problem][lang]["short"]
            if i == 0:
                text = self.problem_text(problem, lang, "first", **kw)
            else:
                t = self.awake(t + timedelta(hours=self.rng.uniform(3, 45)))
                pool = [w.FOLLOW2, w.FOLLOW3, w.FOLLOW4][min(i, 3) - 1]
                text = self.say(self.rng.choice(pool[lang]), lang, ref=ref, short=short)
                subject = f"{w.REPLY_PREFIX[lang]} {subject} [{ref}]"
            ids.append(self.contact(p, t, channel, lang, text, subject))
        return ids, ref

    def slide(
        self, p: Person, first_day: float, span: int, langs: list[str]
    ) -> tuple[list[str], list[datetime]]:
        ids: list[str] = []
        times: list[datetime] = []
        for step in range(6):
            lang = langs[step % len(langs)]
            day = first_day + span * step / 5 + self.rng.uniform(-0.15, 0.15)
            t = self.at(int(day), self.rng.uniform(8, 21.5))
            if times and t <= times[-1]:
                t = times[-1] + timedelta(hours=self.rng.uniform(6, 14))
            t = self.awake(t)
            text = self.say(self.rng.choice(w.SLIDE[lang][step]), lang)
            channel = self.rng.choice(["social", "community", "social", "chat", "email"])
            subject = {"email": "Librea"}.get(channel)
            ids.append(self.contact(p, t, channel, lang, text, subject))
            times.append(t)
        return ids, times

    # -- output -------------------------------------------------------------------------
    def finish(self, expected: dict[str, int]) -> None:
        self.events.sort(key=lambda e: (e["_t"], e["event_id"]))
        seen: set[str] = set()
        for e in self.events:
            p = self.people[e.pop("_who")]
            e.pop("_t")
            full = {
                "customer_id": p.key,
                "email": p.email,
                "phone": p.phone,
                "handle": p.handle,
                "account_id": p.account,
            }
            if e["direction"] == "outbound" or p.key not in seen:
                e["customer"] = full
                seen.add(p.key)
                continue
            ref: dict[str, str | None] = dict.fromkeys(full)
            ref["account_id"] = p.account
            channel = e["channel"]
            if channel == "phone":
                phone = p.phone
                if self.rng.random() < 0.3:
                    cc = PHONE_PREFIX[p.lang]
                    phone = cc + " " + phone[len(cc) :]
                ref["phone"] = phone
            elif channel in ("social", "community") and p.handle:
                ref["handle"] = p.handle if self.rng.random() < 0.8 else p.handle.lstrip("@")
            elif channel in ("email", "social", "community"):
                ref["email"] = p.email.upper() if self.rng.random() < 0.1 else p.email
            else:
                ref["customer_id"] = p.key
            e["customer"] = ref
        last = max(datetime.fromisoformat(e["occurred_at"]) for e in self.events)
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        truth = {
            "config": {
                "family": self.family,
                "about": self.about,
                "days": self.days,
                "seed": self.seed,
                "written": WRITTEN,
                "expected": expected,
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: p.info for k, p in sorted(self.people.items())},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        with (HERE / f"{self.family}.jsonl").open("w", encoding="utf-8", newline="\n") as fh:
            for e in self.events:
                fh.write(json.dumps(e, ensure_ascii=False) + "\n")
        (HERE / f"{self.family}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
            encoding="utf-8",
        )
        counted: dict[str, int] = {}
        for p in self.people.values():
            for rule in p.info["expected_rules"]:
                counted[rule] = counted.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                counted[rule] = counted.get(rule, 0) + 1
        if self.spike:
            counted["topic_spike"] = 1
        if counted != expected:
            raise SystemExit(f"{self.family}: expected {expected}, counted {counted}")
        print(f"{self.family}: {len(self.people)} customers, {len(self.events)} touchpoints")


# -- families ---------------------------------------------------------------------------
def happy_writers() -> None:
    b = Builder("happy_writers", "HW", 1, "2026-02-02", 10, "happy members only")
    for _ in range(200):
        lang = b.lang()
        p = b.person("happy", lang, habit="daytime writer")
        gripe_left = b.rng.random() < 0.3
        for _ in range(b.rng.randint(5, 9)):
            b.happy_act(p, b.daytime(0, 9), lang, gripe=gripe_left)
    for _ in range(40):
        lang = b.lang()
        p = b.person("happy", lang, habit="night writer")
        acts = b.rng.randint(4, 7)
        nights = b.rng.randint(2, acts)
        for i in range(acts):
            if i < nights:
                t = b.nighttime(0, 8)
                if b.rng.random() < 0.6:
                    b.emit(p, t, "social", "post", b.say(b.rng.choice(w.NIGHT[lang]), lang))
                else:
                    b.answered(p, t, lang, night=True)
            else:
                b.happy_act(p, b.daytime(0, 9), lang)
    for _ in range(60):
        lang = b.lang()
        p = b.person("happy", lang, habit="surveys only")
        for _ in range(b.rng.randint(3, 6)):
            b.survey_happy(p, b.daytime(0, 9), lang)
    b.finish({})


def one_bad_day() -> None:
    b = Builder("one_bad_day", "BD", 2, "2026-03-09", 12, "happy members with one bad day")
    plan = ["nps"] * 40 + ["csat"] * 70 + ["none"] * 190
    b.rng.shuffle(plan)
    long_mail = set(b.rng.sample(range(300), 80))
    for i, extra in enumerate(plan):
        lang = b.lang()
        problem = b.rng.choice(sorted(w.PROBLEMS))
        moment = b.at(b.rng.randint(2, 9), b.rng.uniform(8, 21))
        persona = "bad_day_detractor" if extra == "nps" else "happy_one_bad_day"
        p = b.person(
            persona,
            lang,
            expected=["detractor"] if extra == "nps" else [],
            tolerated=["silence"],
            problem=problem,
            bad_day_at=iso(moment),
            long_email=i in long_mail,
        )
        acts, wanted = 0, b.rng.randint(3, 5)
        while acts < wanted:
            t = b.daytime(0, 11)
            if abs((t - moment).total_seconds()) > 6.5 * 3600:
                b.happy_act(p, t, lang, gripe=False)
                acts += 1
        subject = w.PROBLEMS[problem][lang]["subject"]
        if i in long_mail:
            body = b.problem_text(problem, lang, "angry")
            text = w.LONG_OPEN[lang] + body + w.LONG_CLOSE[lang]
            eid = b.emit(p, moment, "email", "message", text, subject=subject)
        else:
            channel = b.rng.choice(["social", "email", "chat", "community", "social"])
            text = b.problem_text(problem, lang, "angry")
            eid = b.contact(p, moment, channel, lang, text, subject)
        p.info["bad_day_event_id"] = eid
        p.info["csat_given"] = None
        p.info["nps_given"] = None
        if extra == "csat":
            score = b.rng.choice([1, 2])
            t = moment + timedelta(minutes=b.rng.uniform(45, 80))
            b.low_score(p, t, "csat", score, b.rng.choice(w.CSAT_LOW[lang]))
            p.info["csat_given"] = score
        elif extra == "nps":
            score = b.rng.randint(1, 5)
            t = moment + timedelta(minutes=b.rng.uniform(100, 140))
            b.low_score(p, t, "nps", score, b.rng.choice(w.NPS_LOW[lang]))
            p.info["nps_given"] = score
        apologise = b.rng.random() < 0.48
        p.info["apologised"] = apologise
        if apologise:
            t = b.awake(moment + timedelta(hours=b.rng.uniform(16, 26)))
            b.emit(p, t, "chat", "chat", b.say(b.rng.choice(w.APOLOGY[lang]), lang))
    for _ in range(100):
        lang = b.lang()
        p = b.person("happy", lang, habit="control")
        for _ in range(b.rng.randint(4, 7)):
            b.happy_act(p, b.daytime(0, 11), lang, gripe=True)
    b.finish({"detractor": 40})


def repeat_contacts() -> None:
    b = Builder("repeat_contacts", "RC", 3, "2026-04-13", 10, "open problems raised again")
    counts = [2] * 48 + [3] * 48 + [4] * 24
    b.rng.shuffle(counts)
    passed = set(b.rng.sample(range(120), 60))
    for i, contacts in enumerate(counts):
        lang = b.lang()
        problem = b.rng.choice(sorted(w.PROBLEMS))
        p = b.person(
            "repeat_contact",
            lang,
            expected=["repeat_contact"],
            tolerated=REPEAT_TOLERATED,
            problem=problem,
            contacts=contacts,
        )
        first_day = b.rng.randint(2, 4)
        first = b.at(first_day, b.rng.uniform(7, 21))
        for _ in range(b.rng.randint(1, 3)):
            b.happy_act(p, b.daytime(0, first_day - 1), lang)
        ids, ref = b.repeat_chain(p, first, [lang], contacts, problem)
        p.info["booking"] = ref
        p.info["problem_event_ids"] = ids
        p.info["agent_passed_on"] = i in passed
        if i in passed:
            t = first + timedelta(minutes=b.rng.uniform(100, 140))
            subject = w.PROBLEMS[problem][lang]["subject"]
            b.emit(
                p,
                t,
                "email",
                "message",
                w.AGENT_PASSED[lang].format(ref=ref),
                subject=f"{subject} [{ref}]",
                outbound=True,
            )
    for _ in range(60):
        lang = b.lang()
        problem = b.rng.choice(sorted(w.PROBLEMS))
        p = b.person("resolved_between_contacts", lang, tolerated=["silence"], problem=problem)
        for _ in range(b.rng.randint(1, 3)):
            b.happy_act(p, b.daytime(0, 2), lang)
        ids, ref = b.fixed_and_thanked(p, b.daytime(3, 6, 8, 20), lang, problem)
        p.info["booking"] = ref
        p.info["problem_event_ids"] = ids
        p.info["agent_fixed"] = True
    for _ in range(40):
        lang = b.lang()
        problems = b.rng.sample(sorted(w.PROBLEMS), 2)
        p = b.person("different_problems", lang, tolerated=["silence"], problems=problems)
        t = b.daytime(0, 2, 8, 20)
        ids1, ref1 = b.fixed_and_thanked(p, t, lang, problems[0])
        t2 = b.awake(t + timedelta(days=b.rng.uniform(4, 5.5)))
        ids2, ref2 = b.fixed_and_thanked(p, t2, lang, problems[1])
        p.info["bookings"] = [ref1, ref2]
        p.info["problem_event_ids"] = ids1 + ids2
        for _ in range(b.rng.randint(1, 2)):
            b.happy_act(p, b.daytime(0, 9), lang)
    for _ in range(130):
        lang = b.lang()
        p = b.person("happy", lang, habit="frequent writer")
        for _ in range(b.rng.randint(5, 8)):
            b.happy_act(p, b.daytime(0, 9), lang, gripe=True)
    b.finish({"repeat_contact": 120})


def slow_churners() -> None:
    b = Builder("slow_churners", "SC", 4, "2026-05-04", 32, "slow slides, cancellations, grumps")
    nps_for = set(b.rng.sample(range(90), 30))
    for i in range(90):
        lang = b.lang()
        gives = i in nps_for
        p = b.person(
            "slow_churner",
            lang,
            expected=["sentiment_drop", "detractor"] if gives else ["sentiment_drop"],
            tolerated=SLIDER_TOLERATED,
            habit="slides",
        )
        for _ in range(b.rng.randint(4, 5)):
            b.praise(p, b.daytime(0, 9), lang)
        for _ in range(b.rng.randint(2, 4)):
            b.happy_act(p, b.daytime(0, 9), lang)
        span = b.rng.choice([3, 5, 7, 9])
        ids, times = b.slide(p, b.rng.randint(12, 18), span, [lang])
        p.info["slide_event_ids"] = ids
        p.info["slide_days"] = span
        p.info["trouble_starts_at"] = iso(times[0])
        p.info["nps_given"] = None
        if gives:
            score = b.rng.randint(1, 5)
            t = times[3] + timedelta(hours=3)
            b.low_score(p, t, "nps", score, b.rng.choice(w.NPS_LOW[lang]))
            p.info["nps_given"] = score
    for _ in range(35):
        lang = b.lang()
        p = b.person(
            "slow_churner",
            lang,
            expected=["churn_intent"],
            tolerated=CANCEL_TOLERATED,
            habit="asks to cancel",
        )
        for _ in range(b.rng.randint(4, 6)):
            b.happy_act(p, b.daytime(0, 12), lang)
        t = b.daytime(15, 24, 8, 21)
        subject, text = b.rng.choice(w.CANCEL[lang])
        eid = b.emit(p, t, "email", "message", b.say(text, lang), subject=subject)
        t2 = b.awake(t + timedelta(hours=b.rng.uniform(20, 30)))
        cid = b.emit(
            p, t2, "web", "cancellation", w.CANCEL_WEB[lang], attrs={"page": "/account/cancel"}
        )
        p.info["churn_intent_event_id"] = eid
        p.info["cancellation_event_id"] = cid
        p.info["churn_at"] = iso(t2)
    for _ in range(80):
        lang = b.lang()
        p = b.person("happy", lang, habit="steady")
        for _ in range(b.rng.randint(6, 10)):
            b.happy_act(p, b.daytime(0, 31), lang, gripe=True)
    for _ in range(45):
        lang = b.lang()
        p = b.person("steadily_grumpy", lang, tolerated=["repeat_contact", "silence"])
        for _ in range(b.rng.randint(5, 8)):
            channel = b.rng.choice(["social", "community", "email", "chat"])
            text = b.say(b.rng.choice(w.GRUMBLES[lang]), lang)
            b.contact(p, b.daytime(0, 31), channel, lang, text, "Librea")
        for _ in range(b.rng.randint(0, 2)):
            b.emit(p, b.daytime(0, 31), "web", "page_view", attrs={"page": b.rng.choice(w.PAGES)})
    for _ in range(50):
        lang = b.lang()
        p = b.person("happy_one_sarcastic_remark", lang, tolerated=["silence"])
        for _ in range(b.rng.randint(4, 7)):
            b.happy_act(p, b.daytime(0, 31), lang)
        t = b.daytime(5, 28)
        text = b.say(b.rng.choice(w.SARCASM[lang]), lang)
        p.info["sarcasm_event_id"] = b.emit(p, t, "social", "post", text)
    b.finish({"sentiment_drop": 90, "detractor": 30, "churn_intent": 35})


def quiet_hours() -> None:
    b = Builder("quiet_hours", "QH", 5, "2026-07-10", 3, "a calm weekend with night owls")
    grumblers = set(b.rng.sample(range(214), 22))
    for i in range(214):
        lang = b.lang()
        if i in grumblers:
            p = b.person("grumbles_once", lang, tolerated=["silence"])
            t = b.daytime(0, 2, 7, 21.5)
            text = b.say(b.rng.choice(w.GRUMBLES[lang]), lang)
            p.info["grumble_event_id"] = b.emit(p, t, "email", "message", text, subject="Librea")
            for _ in range(b.rng.randint(0, 2)):
                b.happy_act(p, b.daytime(0, 2, 7, 21.5), lang)
        else:
            p = b.person("happy", lang, habit="weekend")
            for _ in range(b.rng.randint(1, 3)):
                b.happy_act(p, b.daytime(0, 2, 7, 21.5), lang)
    for night in range(3):
        # three bursts per night between 00:30 and 03:15 UTC, at least 25 minutes apart
        while True:
            starts = sorted(b.rng.uniform(0.5, 3.25 - 10 / 60) for _ in range(3))
            if all(b2 - a2 >= (25 + 10) / 60 for a2, b2 in itertools.pairwise(starts)):
                break
        for s in starts:
            burst = b.at(night + 1, s)
            for _ in range(4):
                lang = b.lang()
                p = b.person("night_owl", lang, habit="night owl", burst_at=iso(burst))
                t = burst + timedelta(seconds=b.rng.randint(0, 600))
                if b.rng.random() < 0.5:
                    b.answered(p, t, lang, night=True)
                else:
                    b.emit(p, t, "social", "post", b.say(b.rng.choice(w.NIGHT[lang]), lang))
    b.finish({})


def b2b_accounts() -> None:
    b = Builder("b2b_accounts", "BB", 6, "2026-09-07", 14, "Librea Campus accounts")
    kinds = ["at_risk"] * 16 + ["one_unhappy"] * 16 + ["mild"] * 8 + ["happy"] * 24
    b.rng.shuffle(kinds)
    problems_at_risk = ["seats"] * 6 + ["vat"] * 4 + ["sso"] * 4 + ["export"] * 2
    b.rng.shuffle(problems_at_risk)
    used_names: set[str] = set()
    for n, kind in enumerate(kinds, start=1):
        lang = b.lang()
        country = w.COUNTRY[lang]
        name, tries = "", 0
        while not name or name in used_names:
            name = f"{b.rng.choice(w.COMPANIES[lang])} {b.rng.choice(w.TOWNS[lang])}"
            tries += 1
            if tries > 50:
                name = f"{name} {n}"
        used_names.add(name)
        account = f"LC-{country}-{b.rng.randint(1000, 9999)}"
        while account in b.accounts:
            account = f"LC-{country}-{b.rng.randint(1000, 9999)}"
        domain = f"{slug(name)[:18]}.{TLD[lang]}"
        size = b.rng.randint(4, 6) if kind == "at_risk" else b.rng.randint(3, 6)
        unhappy = {"at_risk": 3, "one_unhappy": 1, "mild": 0, "happy": 0}[kind]
        mild = 2 if kind == "mild" else 0
        problem = problems_at_risk.pop() if kind == "at_risk" else None
        if kind == "one_unhappy":
            problem = b.rng.choice(sorted(w.B2B_PROBLEMS))
        trouble = b.office(b.at(b.rng.randint(2, 8), b.rng.uniform(8, 15)))
        contacts: list[Person] = []
        unhappy_keys: list[str] = []
        for c in range(size):
            role = b.rng.choice(w.ROLES[lang])
            if c < unhappy:
                persona = "b2b_unhappy" if kind == "at_risk" else "b2b_one_unhappy"
                tolerated = B2B_TOLERATED + (["account_risk"] if kind == "at_risk" else [])
                if kind == "at_risk" and c == 2:
                    expected = ["repeat_contact"]
                else:
                    expected = ["detractor"]
            elif c < mild:
                persona, expected, tolerated = "b2b_mild", [], ["silence"]
            else:
                persona, expected, tolerated = "b2b_happy", [], []
            p = b.person(
                persona,
                lang,
                expected=expected,
                tolerated=tolerated,
                account=account,
                domain=domain,
                company=name,
                role=role,
            )
            contacts.append(p)
            if c < unhappy:
                unhappy_keys.append(p.key)
        # the unhappy contacts' complaints
        complaint_times: dict[str, datetime] = {}
        ref = b.ref()
        if kind in ("at_risk", "one_unhappy") and problem is not None:
            t = trouble
            for c in range(unhappy):
                p = contacts[c]
                if c > 0:
                    t = b.office(t + timedelta(hours=b.rng.uniform(8, 28)))
                part = "first" if c == 0 else "second"
                text = b.say(w.B2B_PROBLEMS[problem][lang][part], lang)
                subject = w.B2B_PROBLEMS[problem][lang]["subject"]
                ids = [b.emit(p, t, "email", "message", text, subject=subject)]
                complaint_times[p.key] = t
                if c == 0:
                    ack = t + timedelta(minutes=b.rng.uniform(40, 90))
                    b.emit(
                        p,
                        ack,
                        "email",
                        "message",
                        w.B2B_ACK[lang].format(ref=ref),
                        subject=f"{subject} [{ref}]",
                        outbound=True,
                    )
                if c < 2:
                    score = b.rng.randint(1, 5)
                    ts = b.office(t + timedelta(hours=b.rng.uniform(1, 3)))
                    b.low_score(p, ts, "nps", score, w.B2B_NPS_LOW[lang])
                    p.info["nps_given"] = score
                else:
                    t3 = b.office(t + timedelta(hours=b.rng.uniform(18, 40)))
                    text = b.say(w.B2B_THIRD[lang], lang, ref=ref)
                    channel = b.rng.choice(["email", "email", "phone"])
                    subj = f"{w.REPLY_PREFIX[lang]} {subject} [{ref}]"
                    ids.append(b.contact(p, t3, channel, lang, text, subj))
                    p.info["repeat_event_id"] = ids[-1]
                p.info["complaint_event_ids"] = ids
                p.info["problem"] = problem
        for c, p in enumerate(contacts):
            if kind == "mild" and c < 2:
                t = b.office(b.at(b.rng.randint(1, 11), b.rng.uniform(8, 16)))
                text = b.say(w.B2B_MILD[lang][c], lang)
                subject = w.B2B_MILD_SUBJECT[lang]
                ids = [b.emit(p, t, "email", "message", text, subject=subject)]
                p.info["complaint_event_ids"] = ids
            limit = complaint_times.get(p.key)
            for _ in range(b.rng.randint(1, 4)):
                last_day = 13 if limit is None else max(0, (limit - b.start).days)
                for _ in range(20):
                    t = b.office(b.at(b.rng.randint(0, last_day), b.rng.uniform(8, 16)), 16)
                    if limit is None or t <= limit - timedelta(hours=4):
                        b2b_routine(b, p, t, lang)
                        break
        b.accounts[account] = {
            "company": name,
            "contacts": size,
            "contact_keys": [p.key for p in contacts],
            "unhappy_contacts": unhappy,
            "unhappy_contact_keys": unhappy_keys,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": iso(trouble) if kind == "at_risk" else None,
            "language": lang,
            "country": country,
        }
    b.finish({"account_risk": 16, "detractor": 48, "repeat_contact": 16})


def b2b_routine(b: Builder, p: Person, t: datetime, lang: str) -> None:
    pick = b.rng.random()
    if pick < 0.35:
        question, answer = b.rng.choice(w.B2B_ROUTINE[lang])
        channel = b.rng.choice(["email", "chat"])
        kind = "message" if channel == "email" else "chat"
        subject = "Librea Campus" if channel == "email" else None
        b.emit(p, t, channel, kind, b.say(question, lang), subject=subject)
        delay = b.rng.uniform(0.3, 1.5) if channel == "email" else b.rng.uniform(0.05, 0.1)
        t2 = t + timedelta(hours=delay)
        b.emit(p, t2, channel, kind, answer, subject=subject, outbound=True)
        if b.rng.random() < 0.6:
            t3 = t2 + timedelta(minutes=b.rng.uniform(3, 40))
            b.emit(p, t3, channel, kind, w.B2B_THANKS[lang], subject=subject)
    elif pick < 0.5:
        b.emit(p, t, "web", "page_view", attrs={"page": "/campus/console/seats"})
        seats = b.rng.choice([5, 10, 20])
        b.emit(
            p,
            t + timedelta(minutes=b.rng.uniform(3, 12)),
            "web",
            "purchase",
            attrs={"order_value": f"{seats * 4.5:.2f}", "product": f"campus seats x{seats}"},
        )
    elif pick < 0.75:
        b.emit(p, t, "web", "page_view", attrs={"page": b.rng.choice(w.CAMPUS_PAGES)})
    elif pick < 0.88:
        text = b.say(b.rng.choice(w.B2B_PRAISE[lang]), lang)
        b.emit(p, t, "community", "post", text)
    else:
        b.emit(p, t, "survey", "survey_response", None, scores={"nps": b.rng.choice([9, 10])})


PAIRS = [
    (("de", "fr"), 8),
    (("fr", "de"), 7),
    (("de", "en"), 5),
    (("fr", "en"), 4),
    (("fr", "it"), 3),
    (("it", "de"), 3),
    (("es", "pt"), 2),
    (("pt", "fr"), 2),
    (("en", "es"), 2),
]


def bilingual() -> None:
    b = Builder("bilingual", "BL", 7, "2026-08-17", 14, "customers who write in two languages")

    def pair() -> list[str]:
        chosen = b.rng.choices([p for p, _ in PAIRS], weights=[n for _, n in PAIRS])[0]
        return list(chosen)

    for _ in range(150):
        langs = pair()
        p = b.person("happy", langs[0], habit="alternates languages", languages=langs)
        times = sorted(b.daytime(0, 13) for _ in range(b.rng.randint(5, 9)))
        for i, t in enumerate(times):
            b.happy_act(p, t, langs[i % 2], gripe=True)
    counts = [2] * 20 + [3] * 20 + [4] * 10
    b.rng.shuffle(counts)
    for contacts in counts:
        langs = pair()
        problem = b.rng.choice(sorted(w.PROBLEMS))
        p = b.person(
            "repeat_contact",
            langs[0],
            expected=["repeat_contact"],
            tolerated=REPEAT_TOLERATED,
            languages=langs,
            problem=problem,
            contacts=contacts,
        )
        for i in range(b.rng.randint(1, 3)):
            b.happy_act(p, b.daytime(0, 2), langs[i % 2])
        ids, ref = b.repeat_chain(p, b.daytime(3, 8, 8, 20), langs, contacts, problem)
        p.info["booking"] = ref
        p.info["problem_event_ids"] = ids
    for _ in range(35):
        langs = pair()
        p = b.person(
            "slow_churner",
            langs[0],
            expected=["sentiment_drop"],
            tolerated=SLIDER_TOLERATED,
            languages=langs,
            habit="slides",
        )
        for d in range(5):
            b.praise(p, b.at(d, b.rng.uniform(8, 21)), langs[d % 2])
        for i in range(b.rng.randint(1, 3)):
            b.happy_act(p, b.daytime(0, 4), langs[i % 2])
        span = b.rng.randint(3, 5)
        ids, times = b.slide(p, b.rng.randint(6, 8), span, langs)
        p.info["slide_event_ids"] = ids
        p.info["slide_days"] = span
        p.info["trouble_starts_at"] = iso(times[0])
    for _ in range(40):
        langs = pair()
        second = langs[1]
        problem = b.rng.choice(sorted(w.PROBLEMS))
        moment = b.at(b.rng.randint(3, 11), b.rng.uniform(8, 21))
        p = b.person(
            "happy_one_bad_day",
            langs[0],
            tolerated=["silence"],
            languages=langs,
            problem=problem,
            bad_day_at=iso(moment),
        )
        done, wanted = 0, b.rng.randint(4, 6)
        while done < wanted:
            t = b.daytime(0, 13)
            if abs((t - moment).total_seconds()) > 6.5 * 3600:
                b.happy_act(p, t, langs[done % 2])
                done += 1
        channel = b.rng.choice(["social", "email", "chat"])
        text = b.problem_text(problem, second, "angry")
        subject = w.PROBLEMS[problem][second]["subject"]
        p.info["bad_day_event_id"] = b.contact(p, moment, channel, second, text, subject)
    for _ in range(25):
        langs = pair()
        problem = b.rng.choice(sorted(w.PROBLEMS))
        p = b.person(
            "resolved_between_contacts",
            langs[0],
            tolerated=["silence"],
            languages=langs,
            problem=problem,
        )
        for i in range(b.rng.randint(2, 4)):
            b.happy_act(p, b.daytime(0, 3), langs[i % 2])
        ids, ref = b.fixed_and_thanked(p, b.daytime(4, 10, 8, 20), langs[1], problem)
        p.info["booking"] = ref
        p.info["problem_event_ids"] = ids
        p.info["agent_fixed"] = True
    b.finish({"repeat_contact": 50, "sentiment_drop": 35})


def topic_spike() -> None:
    b = Builder("topic_spike", "TS", 8, "2026-10-09", 7, "calm week with a playback spike")
    spike_start = b.at(4, 18 + 50 / 60)  # Tuesday 13 October 2026, 18:50 UTC
    spike_minutes = 38.0
    # the 60 reporters write in their own language; languages fixed by count
    spike_langs = ["de"] * 17 + ["fr"] * 15 + ["it"] * 8 + ["es"] * 8 + ["en"] * 7 + ["pt"] * 5
    b.rng.shuffle(spike_langs)
    picked = b.rng.sample(range(340), 74)
    grumblers = set(picked[:34])
    regulars = {i: spike_langs[j] for j, i in enumerate(picked[34:])}
    reporters: list[Person] = []
    for i in range(340):
        lang = regulars.get(i) or b.lang()
        if i in grumblers:
            p = b.person("grumbles_once", lang, tolerated=["silence"])
            text = b.say(b.rng.choice(w.GRUMBLES[lang]), lang)
            t = b.daytime(0, 6, 8, 21)
            p.info["grumble_event_id"] = b.emit(p, t, "email", "message", text, subject="Librea")
            continue
        p = b.person("happy", lang, habit="calm")
        last_day = 3 if i in regulars else 6
        for _ in range(b.rng.randint(1, 3)):
            b.happy_act(p, b.daytime(0, last_day, 7, 22), lang)
        if i in regulars:
            reporters.append(p)
    for lang in spike_langs[40:]:
        reporters.append(b.person("happy", lang, habit="new"))
    for lang, day in (("de", 1), ("fr", 3)):
        p = b.person("grumbles_once", lang, tolerated=["silence"])
        t = b.at(day, b.rng.uniform(18, 21))
        p.info["lone_report_event_id"] = b.emit(p, t, "chat", "chat", w.SPIKE_LONE[lang])
    # the spike: channels fixed by count, order shuffled
    channels = ["social"] * 20 + ["chat"] * 14 + ["email"] * 10 + ["community"] * 9 + ["web"] * 7
    b.rng.shuffle(channels)
    ordered = list(reporters)
    b.rng.shuffle(ordered)
    repeaters = set(b.rng.sample(range(60), 20))
    fixed = set(b.rng.sample(sorted(set(range(60)) - repeaters), 15))
    first_ids: list[str] = []
    repeat_ids: list[str] = []
    times: list[datetime] = []
    offsets = sorted(b.rng.triangular(0, spike_minutes, 8) for _ in range(60))
    offsets[0], offsets[-1] = 0.0, spike_minutes
    order = list(range(60))
    b.rng.shuffle(order)
    for slot, k in enumerate(order):
        p = ordered[k]
        lang = p.lang
        t = spike_start + timedelta(minutes=offsets[slot], seconds=b.rng.randint(0, 40))
        if slot == 0:
            t = spike_start
        channel = channels[k]
        text = b.say(b.rng.choice(w.SPIKE[lang]), lang)
        eid = b.contact(p, t, channel, lang, text, w.SPIKE_SUBJECT[lang])
        first_ids.append(eid)
        times.append(t)
        p.info["in_spike"] = True
        p.info["spike_event_id"] = eid
        p.info["persona"] = "spike_reporter"
        p.info["tolerated_rules"] = ["silence"]
        p.info["agent_fixed"] = k in fixed
        if k in repeaters:
            p.info["persona"] = "spike_repeater"
            p.info["expected_rules"] = ["repeat_contact"]
            p.info["tolerated_rules"] = ["sentiment_drop", "silence"]
            t2 = t + timedelta(minutes=b.rng.uniform(20, 75))
            again = b.next_channel(channel)
            text = b.say(b.rng.choice(w.SPIKE_AGAIN[lang]), lang)
            subj = f"{w.REPLY_PREFIX[lang]} {w.SPIKE_SUBJECT[lang]}"
            rid = b.contact(p, t2, again, lang, text, subj)
            repeat_ids.append(rid)
            p.info["repeat_event_id"] = rid
        if k in fixed:
            t3 = t + timedelta(minutes=b.rng.uniform(160, 200))
            b.emit(
                p,
                t3,
                "email",
                "message",
                w.SPIKE_FIXED[lang],
                subject=w.SPIKE_SUBJECT[lang],
                outbound=True,
            )
    b.spike = {
        "topic": "audiobook playback: error PB-403 after app update 7.4",
        "about": "after app update 7.4 every audiobook fails to play with 'PB-403' one evening",
        "channel": None,
        "start": iso(min(times)),
        "end": iso(max(times)),
        "customers": 60,
        "event_ids": first_ids,
        "repeat_event_ids": repeat_ids,
    }
    b.finish({"topic_spike": 1, "repeat_contact": 20})


def main() -> None:
    happy_writers()
    one_bad_day()
    repeat_contacts()
    slow_churners()
    quiet_hours()
    b2b_accounts()
    bilingual()
    topic_spike()


if __name__ == "__main__":
    main()
