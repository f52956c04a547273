"""Build the heldout34 hand-written alert scenarios (Deskora, coworking by app).

Standard library only, seeded: two runs give the same bytes. Run from anywhere:
``python make_heldout34.py``. Writes ``<family>.jsonl`` and ``<family>.truth.json``
next to this file, and refuses to write a family whose expected counts differ
from the planted ones.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording_business as WB  # noqa: E402
import wording_happy as WH  # noqa: E402
import wording_trouble as WT  # noqa: E402

SEED = 20261013
WRITTEN = "2026-12-01"
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
BUSINESS = (
    "Deskora: coworking spaces, meeting rooms, phone booths and lockers booked by app "
    "(day passes, Flex 10-day passes, Unlimited membership, door access by QR code), and "
    "Deskora Business team plans for firms; competitors Spazeo and Workabi"
)
LANG_WEIGHTS: dict[str, int] = {"it": 28, "de": 28, "en": 11, "es": 11, "fr": 11, "pt": 11}
MARKETS: dict[str, list[str]] = {
    "it": ["IT", "IT", "IT", "IT", "IT", "CH"],
    "de": ["DE", "DE", "DE", "DE", "AT", "AT", "CH"],
    "en": ["UK", "UK", "IE"],
    "es": ["ES"],
    "fr": ["FR", "FR", "BE", "CH"],
    "pt": ["PT"],
}
#: market -> (country code, first digits, digits after them)
PHONES: dict[str, tuple[str, str, int]] = {
    "IT": ("39", "3", 9),
    "DE": ("49", "15", 9),
    "AT": ("43", "66", 8),
    "CH": ("41", "7", 8),
    "ES": ("34", "6", 8),
    "FR": ("33", "6", 8),
    "BE": ("32", "4", 8),
    "PT": ("351", "9", 8),
    "UK": ("44", "7", 9),
    "IE": ("353", "8", 8),
}
DOMAINS = [
    "postino.example",
    "netzpost.example",
    "brieffach.example",
    "inbox-web.example",
    "correo-web.example",
    "courriel.example",
    "caixa.example",
    "mailo.example",
]
SOURCES: dict[str, str] = {
    "email": "deskora-mail",
    "phone": "deskora-voice",
    "social": "deskora-social",
    "community": "deskora-forum",
    "chat": "deskora-chat",
    "web": "deskora-web",
    "survey": "deskora-survey",
}
HAPPY_KINDS = ["praise", "praise", "again", "gripe", "qa_chat", "qa_mail", "phone", "buy", "view"]
HAPPY_KINDS += ["review", "survey"]
CUSTOMER_TOLERANCES: dict[str, list[str]] = {
    "repeat": [
        "sentiment_drop",
        "churn_intent",
        "competitor_mention",
        "high_value_at_risk",
        "silence",
    ],
    "slide": [
        "repeat_contact",
        "churn_intent",
        "competitor_mention",
        "high_value_at_risk",
        "silence",
    ],
    "leave": ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
    "grumpy": ["repeat_contact", "silence"],
    "silence": ["silence"],
    "spike_repeat": ["sentiment_drop", "silence"],
    "b2b_risk": [
        "sentiment_drop",
        "churn_intent",
        "competitor_mention",
        "high_value_at_risk",
        "silence",
        "account_risk",
    ],
    "b2b_one": ["sentiment_drop", "high_value_at_risk", "silence"],
    "none": [],
}
GENDER = re.compile(r"\[\[([^|\]]*)\|([^\]]*)\]\]")
COLLEAGUE = re.compile(r"<<([^|>]*)\|([^>]*)>>")
USED: set[str] = set()


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def ascii_slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in plain.lower() if ch.isalnum())


def strip_accents(text: str) -> str:
    out = []
    for ch in text:
        if ch in "ñÑß":
            out.append(ch)
            continue
        base = unicodedata.normalize("NFD", ch)
        out.append("".join(c for c in base if not unicodedata.combining(c)))
    return "".join(out)


def money(eur: float, market: str) -> str:
    if market == "UK":
        return f"£{eur * 0.87:.2f}"
    if market == "IE":
        return f"€{eur:.2f}"
    if market == "CH":
        return f"CHF {eur * 0.95:.2f}"
    return f"{eur:.2f}".replace(".", ",") + " €"


def currency(eur: float, market: str) -> tuple[str, str]:
    if market == "UK":
        return "GBP", f"{eur * 0.87:.2f}"
    if market == "CH":
        return "CHF", f"{eur * 0.95:.2f}"
    return "EUR", f"{eur:.2f}"


@dataclass
class Person:
    key: str
    lang: str
    market: str
    fem: bool
    first: str
    last: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    town: str
    job: str
    agent: str
    lang2: str | None = None
    company: str | None = None
    used: dict[str, list[int]] = field(default_factory=dict)


class Fam:
    """One family: its touchpoints and truth."""

    def __init__(self, name: str, code: str, n: int, start: datetime, days: int, about: str):
        self.name = name
        self.code = code
        self.rng = random.Random(SEED * 100 + n)
        self.start = start
        self.days = days
        self.about = about
        self.rows: list[dict[str, Any]] = []
        self.customers: dict[str, dict[str, Any]] = {}
        self.people: dict[str, Person] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.seq = 0

    # -- people ---------------------------------------------------------------
    def unique(self, make: Any) -> str:
        while True:
            value = str(make())
            if value.lower() not in USED:
                USED.add(value.lower())
                return value

    def lang(self) -> str:
        langs = list(LANG_WEIGHTS)
        return self.rng.choices(langs, [LANG_WEIGHTS[x] for x in langs])[0]

    def town(self, lang: str, market: str) -> str:
        zone = {"de": "CH-de", "it": "CH-it"}.get(lang, "CH-fr") if market == "CH" else market
        towns: list[str] = WH.TOWNS[zone]
        return self.rng.choice(towns)

    def phone(self, market: str) -> str:
        cc, head, n = PHONES[market]
        return self.unique(
            lambda: "+" + cc + head + "".join(str(self.rng.randint(0, 9)) for _ in range(n))
        )

    def customer(
        self,
        persona: str,
        tolerance: str,
        expected: list[str],
        lang: str | None = None,
        market: str | None = None,
        lang2: str | None = None,
        firm: tuple[str, str, str] | None = None,
        avoid_first: set[str] | None = None,
        **truth: Any,
    ) -> Person:
        rng = self.rng
        lang = lang or self.lang()
        market = market or rng.choice(MARKETS[lang])
        fem = rng.random() < 0.5
        names = WH.FIRST_F[lang] if fem else WH.FIRST_M[lang]
        first = rng.choice([x for x in names if x not in (avoid_first or set())])
        last = rng.choice(WH.SURNAMES[lang])
        key = self.unique(lambda: f"DK{self.code}{rng.randint(1000, 9999)}")
        town = self.town(lang, market)
        if firm is None:
            email = self.unique(
                lambda: (
                    f"{ascii_slug(first)}.{ascii_slug(last)}{rng.randint(1, 99)}"
                    f"@{rng.choice(DOMAINS)}"
                )
            )
            if rng.random() < 0.8:
                handle: str | None = self.unique(
                    lambda: f"@{ascii_slug(first)}_{ascii_slug(last)}{rng.randint(10, 9999)}"
                )
            else:
                handle = self.unique(
                    lambda: f"@{ascii_slug(first)}{ascii_slug(town)}{rng.randint(1, 99)}"
                )
            account = None
        else:
            email = self.unique(lambda: f"{ascii_slug(first)}.{ascii_slug(last)}@{firm[1]}")
            handle = None
            account = firm[2]
        p = Person(
            key=key,
            lang=lang,
            market=market,
            fem=fem,
            first=first,
            last=last,
            email=email,
            phone=self.phone(market),
            handle=handle,
            account=account,
            town=town,
            job=rng.choice(WH.JOBS[lang]),
            agent=rng.choice(WH.AGENTS[lang]),
            lang2=lang2,
            company=firm[0] if firm else None,
        )
        self.people[key] = p
        self.customers[key] = {
            "identifiers": {
                "customer_id": key,
                "email": email.lower(),
                "phone": p.phone,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": list(expected),
            "tolerated_rules": list(CUSTOMER_TOLERANCES[tolerance]),
            "persona": persona,
            "language": lang,
            "country": market,
            "segment": "b2b" if firm else "consumer",
        } | truth
        if lang2:
            self.customers[key]["languages"] = [lang, lang2]
        return p

    # -- words ----------------------------------------------------------------
    def pick(self, p: Person, name: str, options: list[Any]) -> Any:
        used = p.used.setdefault(name, [])
        free = [i for i in range(len(options)) if i not in used]
        if not free:
            used.clear()
            free = list(range(len(options)))
        i = self.rng.choice(free)
        used.append(i)
        return options[i]

    def fill(self, p: Person, text: str, lang: str, noisy: bool, **kw: Any) -> str:
        ctx: dict[str, Any] = {
            "town": p.town,
            "job": self.pick(p, "job" + lang, WH.JOBS[lang]) if lang != p.lang else p.job,
            "agent": p.agent if lang == p.lang else WH.AGENTS[lang][0],
            "name": p.first,
            "full": f"{p.first} {p.last}",
            "amount": money(149.0, p.market),
            "company": p.company or "",
        }
        ctx.update(kw)
        for _ in range(3):
            if "{" not in text:
                break
            text = text.format_map(ctx)
        text = GENDER.sub(lambda m: m.group(1) if p.fem else m.group(2), text)
        if "colleague_fem" in kw:
            fem = bool(kw["colleague_fem"])
            text = COLLEAGUE.sub(lambda m: m.group(1) if fem else m.group(2), text)
        if noisy:
            text = self.noise(text)
        return text

    def noise(self, text: str) -> str:
        rng = self.rng
        if rng.random() < 0.1:
            text = strip_accents(text)
        if rng.random() < 0.12 and len(text) > 1 and text[0].isupper() and text[1].islower():
            text = text[0].lower() + text[1:]
        if rng.random() < 0.1:
            words = text.split(" ")
            cands = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha() and w.islower()]
            if cands:
                i = rng.choice(cands)
                w = words[i]
                j = rng.randint(1, len(w) - 3)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    def say(
        self, p: Person, table: dict[str, list[str]], lang: str | None = None, **kw: Any
    ) -> str:
        lang = lang or p.lang
        return self.fill(p, self.pick(p, f"{id(table)}{lang}", table[lang]), lang, True, **kw)

    def agent(self, p: Person, text: str, lang: str | None = None, **kw: Any) -> str:
        lang = lang or p.lang
        body = self.fill(p, text, lang, False, **kw)
        sign: str = WH.SIGN[lang].format(agent=p.agent if lang == p.lang else WH.AGENTS[lang][0])
        return body + "\n\n" + sign

    # -- touchpoints ----------------------------------------------------------
    def add(
        self,
        p: Person,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        out: bool = False,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.seq += 1
        eid = f"dk34-{self.code.lower()}-{self.seq:05d}"
        self.rows.append(
            {
                "_t": t,
                "_seq": self.seq,
                "_key": p.key,
                "event_id": eid,
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "text": text,
                "subject": subject,
                "scores": scores or {},
                "attributes": {"market": p.market} | (attrs or {}),
            }
        )
        return eid

    def at(self, day: int, h0: float, h1: float) -> datetime:
        minute = self.rng.randint(int(h0 * 60), int(h1 * 60))
        return self.start + timedelta(days=day, minutes=minute, seconds=self.rng.randint(0, 59))

    def later(self, t: datetime, m0: float, m1: float) -> datetime:
        return t + timedelta(minutes=self.rng.uniform(m0, m1))

    def morning(self, t: datetime) -> datetime:
        """Out of the night (22:00-07:00 UTC): to 08:00-09:00 the next morning."""
        if t.hour >= 22 or t.hour < 7:
            day = t.date() + timedelta(days=1) if t.hour >= 22 else t.date()
            base = datetime(day.year, day.month, day.day, 8, tzinfo=UTC)
            return base + timedelta(
                minutes=self.rng.randint(0, 59), seconds=self.rng.randint(0, 59)
            )
        return t

    def office(self, t: datetime, last_hour: int = 15) -> datetime:
        """To a weekday 08:00-last_hour UTC (the next working morning if outside)."""
        while t.weekday() >= 5 or t.hour >= last_hour or t.hour < 8:
            if t.weekday() < 5 and t.hour < 8:
                base = datetime(t.year, t.month, t.day, 8, tzinfo=UTC)
            else:
                d = t.date() + timedelta(days=1)
                base = datetime(d.year, d.month, d.day, 8, tzinfo=UTC)
            t = base + timedelta(minutes=self.rng.randint(0, 70), seconds=self.rng.randint(0, 59))
        return t

    def chat_qa(
        self, p: Person, t: datetime, qa: tuple[str, str], lang: str, answer: int, thanks: int
    ) -> str:
        """A chat question, the agent's answer within `answer` minutes, thanks within `thanks`."""
        q, a = qa
        qid = self.add(p, t, "chat", "chat", self.fill(p, q, lang, True))
        t2 = self.later(t, 1, answer)
        self.add(p, t2, "chat", "chat", self.fill(p, a, lang, False), out=True)
        if thanks:
            self.add(p, self.later(t2, 1, thanks), "chat", "chat", self.say(p, WH.THANKS, lang))
        return qid

    def buy(self, p: Person, t: datetime, products: list[tuple[str, str, str]]) -> None:
        """A page view, then a purchase 2-10 minutes later."""
        label, price, page = self.rng.choice(products)
        self.add(p, t, "web", "page_view", attrs={"page": page})
        cur, value = currency(float(price), p.market)
        attrs = {"order_value": value, "currency": cur, "product": label, "page": page}
        self.add(p, self.later(t, 2, 10), "web", "purchase", attrs=attrs)

    def low_nps(self, p: Person, t: datetime, m0: float, m1: float) -> dict[str, Any]:
        """An NPS of 1-5 given m0-m1 minutes after t; returns the truth fields."""
        ts = self.later(t, m0, m1)
        nps = self.rng.randint(1, 5)
        attrs = {"survey": "nps"}
        sid = self.add(p, ts, "survey", "survey_response", None, scores={"nps": nps}, attrs=attrs)
        return {"nps_given": True, "nps": nps, "survey_event_id": sid}

    # -- happy acts -----------------------------------------------------------
    def happy(self, p: Person, t: datetime, kinds: list[str], lang: str | None = None) -> str:
        """One happy act (with its answers); returns its kind."""
        rng = self.rng
        lang = lang or p.lang
        kind = rng.choice(kinds)
        if kind in ("praise", "again", "gripe"):
            table = {"praise": WH.PRAISE, "again": WH.AGAIN, "gripe": WH.GRIPE}[kind]
            if rng.random() < 0.55:
                self.add(p, t, "social", "mention", self.say(p, table, lang))
            else:
                self.add(p, t, "community", "post", self.say(p, table, lang))
        elif kind in ("qa_chat", "qa_mail"):
            q, a = self.pick(p, "qa" + lang, WH.QA[lang])
            if kind == "qa_chat":
                self.chat_qa(p, t, (q, a), lang, 6, 5)
            else:
                subj = WH.QSUBJ[lang]
                self.add(p, t, "email", "message", self.fill(p, q, lang, True), subj)
                t2 = self.later(t, 20, 90)
                re_ = "RE: " + subj
                self.add(p, t2, "email", "message", self.agent(p, a, lang), re_, out=True)
                t3 = self.morning(self.later(t2, 10, 120))
                self.add(p, t3, "email", "message", self.say(p, WH.THANKS, lang), re_)
        elif kind == "phone":
            q, a = self.pick(p, "ph" + lang, WH.PHONE_QA[lang])
            self.add(p, t, "phone", "call", self.fill(p, q, lang, False))
            t2 = self.later(t, 10, 40)
            self.add(
                p, t2, "email", "message", self.agent(p, a, lang), WH.CALL_SUBJ[lang], out=True
            )
        elif kind == "buy":
            self.buy(p, t, WH.PRODUCTS)
        elif kind == "view":
            self.add(p, t, "web", "page_view", attrs={"page": rng.choice(WH.PAGES)})
        elif kind == "review":
            self.add(
                p,
                t,
                "web",
                "review",
                self.say(p, WH.REVIEW, lang),
                scores={},
                attrs={"rating": str(rng.choice([4, 5, 5])), "page": "/recensioni"},
            )
        else:
            which = rng.choice(["nps", "csat", "ces"])
            score = {
                "nps": rng.choice([9, 10]),
                "csat": rng.choice([4, 5]),
                "ces": rng.choice([6, 7]),
            }
            text = self.pick(p, "sw" + lang, WH.SURVEY_WORDS[lang]) or None
            self.add(
                p,
                t,
                "survey",
                "survey_response",
                text,
                scores={which: score[which]},
                attrs={"survey": which},
            )
        return kind

    def happy_days(
        self, p: Person, n: int, days: list[int], kinds: list[str], h0: float = 7, h1: float = 20.5
    ) -> None:
        for d in sorted(self.rng.sample(days, min(n, len(days)))):
            self.happy(p, self.at(d, h0, h1), kinds)

    # -- trouble --------------------------------------------------------------
    def case(self) -> str:
        return self.unique(lambda: f"DK-{self.rng.randint(100000, 999999)}")

    def heard(self, case: str, lang: str) -> str:
        digits = case.split("-")[1]
        if lang == "en":
            return f"{WT.HEARD[lang]} {digits[:3]} {digits[3:]}"
        return f"{WT.HEARD[lang]} {digits[:2]} {digits[2:4]} {digits[4:]}"

    def complaint(
        self, p: Person, t: datetime, problem: str, channel: str, case: str, lang: str | None = None
    ) -> str:
        """A first angry contact about one problem on one channel ('long' = long e-mail)."""
        lang = lang or p.lang
        topic = WT.TOPIC[problem][lang]
        body = self.say(p, WT.COMPLAINT[problem], lang)
        subj = WT.SUBJECT_FIRST[lang].format(topic=topic)
        if channel == "long":
            letter = self.pick(p, "long" + lang, WT.LONG[lang])
            text = self.fill(p, letter, lang, False, complaint=body)
            return self.add(p, t, "email", "message", text, subj)
        if channel == "email":
            return self.add(p, t, "email", "message", body, subj)
        if channel == "chat":
            return self.add(p, t, "chat", "chat", body)
        if channel == "social":
            return self.add(p, t, "social", "mention", "@Deskora " + body)
        if channel == "web":
            return self.add(p, t, "web", "ticket", body, subj, attrs={"page": "/assistenza"})
        spoken = WT.SPOKEN[problem][lang]
        text = self.fill(p, self.pick(p, "ph" + lang, WT.PHONE[lang]), lang, False, spoken=spoken)
        return self.add(p, t, "phone", "call", text)

    def again(
        self,
        p: Person,
        t: datetime,
        problem: str,
        channel: str,
        case: str,
        nth: int,
        lang: str | None = None,
    ) -> str:
        """A later contact about the same open case (nth = 2, 3 or 4)."""
        lang = lang or p.lang
        topic = WT.TOPIC[problem][lang]
        if channel == "phone":
            spoken = WT.SPOKEN[problem][lang]
            text = self.fill(
                p,
                self.pick(p, "pa" + lang, WT.PHONE_AGAIN[lang]),
                lang,
                False,
                spoken=spoken,
                case_heard=self.heard(case, lang),
            )
            return self.add(p, t, "phone", "call", text)
        text = self.say(
            p, WT.FOLLOWUP, lang, case=case, topic=topic, topic_cap=topic[0].upper() + topic[1:]
        )
        if nth >= 3:
            text += " " + self.say(p, WT.THIRD, lang)
        if nth >= 4:
            text += " " + self.say(p, WT.FOURTH, lang)
        subj = self.rng.choice(WT.RE[lang]) + " " + WT.SUBJECT_CASE[lang].format(case=case)
        if channel == "email":
            return self.add(p, t, "email", "message", text, subj)
        if channel == "chat":
            return self.add(p, t, "chat", "chat", text)
        if channel == "social":
            return self.add(p, t, "social", "mention", "@Deskora " + text)
        return self.add(p, t, "web", "ticket", text, subj, attrs={"page": "/assistenza"})

    def reply(
        self,
        p: Person,
        t: datetime,
        table: dict[str, str],
        case: str,
        lang: str | None = None,
        **kw: Any,
    ) -> str:
        lang = lang or p.lang
        subj = self.rng.choice(WT.RE[lang]) + " " + WT.SUBJECT_CASE[lang].format(case=case)
        return self.add(
            p,
            t,
            "email",
            "message",
            self.agent(p, table[lang], lang, case=case, **kw),
            subj,
            out=True,
        )

    def fixed_case(
        self,
        p: Person,
        t: datetime,
        problem: str,
        channel: str,
        lang: str | None = None,
        confirm_lang: str | None = None,
    ) -> dict[str, Any]:
        """A problem raised, fixed by an agent and confirmed by the customer."""
        lang = lang or p.lang
        confirm_lang = confirm_lang or lang
        case = self.case()
        first = self.complaint(p, t, problem, channel, case, lang)
        self.reply(p, self.later(t, 5, 30), WT.CASE_OPENED, case, lang)
        fixed = self.morning(self.later(t, 180, 1200))
        self.reply(p, fixed, WT.GOOD_NEWS, case, confirm_lang, fix=WT.FIX[problem][confirm_lang])
        conf = self.morning(self.later(fixed, 480, 1800))
        cchan = self.rng.choice(["email", "chat"])
        ctext = self.say(p, WT.CONFIRM, confirm_lang, case=case)
        if cchan == "email":
            subj = "RE: " + WT.SUBJECT_CASE[confirm_lang].format(case=case)
            cid = self.add(p, conf, "email", "message", ctext, subj)
        else:
            cid = self.add(p, conf, "chat", "chat", ctext)
        return {
            "problem": problem,
            "booking": case,
            "raised_at": iso(t),
            "fixed_at": iso(fixed),
            "confirmed_at": iso(conf),
            "problem_event_ids": [first],
            "confirm_event_id": cid,
            "channel": "email" if channel == "long" else channel,
            "confirm_channel": cchan,
        }

    # -- writing --------------------------------------------------------------
    def truth(self, key: str) -> dict[str, Any]:
        return self.customers[key]

    def write(self, planted: dict[str, int]) -> tuple[int, int]:
        rng = random.Random(SEED * 7 + len(self.name))
        rows = sorted(self.rows, key=lambda r: (r["_t"], r["_seq"]))
        seen: set[str] = set()
        lines = []
        have = {r["_key"] for r in rows}
        missing = set(self.customers) - have
        if missing:
            raise SystemExit(f"{self.name}: customers without touchpoints: {sorted(missing)}")
        for r in rows:
            t: datetime = r["_t"]
            if t.year != 2026 or t >= LIMIT:
                raise SystemExit(f"{self.name}: {r['event_id']} out of range")
            p = self.people[r["_key"]]
            full = r["direction"] == "outbound" or p.key not in seen
            if r["direction"] == "inbound":
                seen.add(p.key)
            cust: dict[str, str | None] = {}
            if full:
                cust = {
                    "customer_id": p.key,
                    "email": p.email,
                    "phone": p.phone,
                    "handle": p.handle,
                }
            elif r["channel"] == "phone":
                cc = PHONES[p.market][0]
                cust = {
                    "phone": p.phone if rng.random() < 0.5 else f"+{cc} {p.phone[len(cc) + 1 :]}"
                }
            elif r["channel"] in ("social", "community"):
                if p.handle:
                    cust = {"handle": p.handle if rng.random() < 0.8 else p.handle.lstrip("@")}
                else:
                    cust = {"email": p.email}
            elif r["channel"] == "email":
                cust = {"email": p.email.upper() if rng.random() < 1 / 12 else p.email}
            else:
                cust = {"customer_id": p.key}
            if p.account:
                cust["account_id"] = p.account
            row: dict[str, Any] = {
                "event_id": r["event_id"],
                "occurred_at": iso(t),
                "channel": r["channel"],
                "kind": r["kind"],
                "direction": r["direction"],
                "customer": cust,
                "text": r["text"],
                "subject": r["subject"],
                "scores": r["scores"],
                "source": SOURCES[r["channel"]],
                "attributes": r["attributes"] | ({"segment": "b2b"} if p.account else {}),
            }
            lines.append(json.dumps(row, ensure_ascii=False))
        counts: dict[str, int] = {}
        for c in self.customers.values():
            for rule in c["expected_rules"]:
                counts[rule] = counts.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                counts[rule] = counts.get(rule, 0) + 1
        if self.spike:
            counts["topic_spike"] = 1
        if counts != planted:
            raise SystemExit(f"{self.name}: expected {counts} but planted {planted}")
        last = rows[-1]["_t"] + timedelta(hours=1)
        end = max(self.start + timedelta(days=self.days), last)
        if end >= LIMIT:
            raise SystemExit(f"{self.name}: end out of range")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": BUSINESS,
                "days": self.days,
                "seed": SEED * 100 + int(self.rng_n),
                "written": WRITTEN,
                "expected": dict(sorted(counts.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": self.customers,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
        text = json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        (HERE / f"{self.name}.truth.json").write_text(text, "utf-8")
        return len(self.customers), len(lines)

    rng_n = 0


def fam(name: str, code: str, n: int, start: tuple[int, int, int], days: int, about: str) -> Fam:
    f = Fam(name, code, n, datetime(*start, tzinfo=UTC), days, about)
    f.rng_n = n
    return f


# -- families -------------------------------------------------------------------
def happy_writers() -> Fam:
    f = fam(
        "happy_writers",
        "HW",
        1,
        (2026, 3, 2),
        10,
        "happy members: day writers, night writers, survey answerers",
    )
    days = list(range(10))
    for _ in range(24):
        p = f.customer("happy", "none", [], habit="day writer")
        f.happy_days(p, f.rng.randint(5, 8), days, HAPPY_KINDS)
    for _ in range(6):
        p = f.customer("happy", "none", [], habit="night writer")
        nights = sorted(f.rng.sample(range(9), f.rng.randint(2, 4)))
        for d in nights:
            t = f.start + timedelta(days=d, hours=22, minutes=f.rng.randint(12, 390))
            if f.rng.random() < 0.5:
                chan, kind = f.rng.choice([("social", "mention"), ("community", "post")])
                f.add(p, t, chan, kind, f.say(p, WH.NIGHT_POST))
            else:
                f.chat_qa(p, t, f.pick(p, "nq", WH.NIGHT_QA[p.lang]), p.lang, 6, 4)
        free = [d for d in days if d not in nights and d - 1 not in nights]
        f.happy_days(p, f.rng.randint(2, 3), free, ["praise", "qa_chat", "buy", "view"], 9, 18)
    for _ in range(6):
        p = f.customer("happy", "none", [], habit="answers surveys")
        f.happy_days(p, f.rng.randint(3, 6), days, ["survey"])
    return f


LOW_WORD: dict[str, str] = {
    "it": "pessimo",
    "de": "schlecht",
    "en": "poor",
    "es": "fatal",
    "fr": "nul",
    "pt": "péssimo",
}


def one_bad_day() -> Fam:
    f = fam("one_bad_day", "BD", 2, (2026, 4, 20), 12, "happy members with one angry moment")
    rng = f.rng
    problems = WT.PROBLEMS * 5
    channels = ["long", "email", "chat", "social", "web", "phone"] * 5
    rng.shuffle(problems)
    rng.shuffle(channels)
    roles = ["nps"] * 6 + ["csat"] * 6 + ["none"] * 18
    rng.shuffle(roles)
    fixes = [True] * 15 + [False] * 15
    rng.shuffle(fixes)
    sorry_left = 6
    no_survey = [k for k in HAPPY_KINDS if k != "survey"]
    for i in range(30):
        problem, channel, role = problems[i], channels[i], roles[i]
        persona = "bad_day_detractor" if role == "nps" else "happy_one_bad_day"
        expected = ["detractor"] if role == "nps" else []
        p = f.customer(persona, "silence", expected, habit="one bad day", problem=problem)
        day = rng.randint(2, 9)
        t = f.at(day, 8, 20)
        tr = f.truth(p.key)
        case = f.case()
        eid = f.complaint(p, t, problem, channel, case)
        tr |= {
            "bad_day_at": iso(t),
            "bad_day_event_id": eid,
            "trouble_starts_at": iso(t),
            "channel": "email" if channel == "long" else channel,
            "long_email": channel == "long",
            "booking": case,
            "agent_fixed": fixes[i],
            "apologised": False,
        }
        if channel == "chat":
            f.add(
                p,
                f.later(t, 2, 8),
                "chat",
                "chat",
                f.agent(p, WT.CASE_OPENED[p.lang], case=case),
                out=True,
            )
        if role == "nps":
            tr |= f.low_nps(p, t, 100, 140)
        elif role == "csat":
            ts = f.later(t, 40, 80)
            word = rng.choice(["", LOW_WORD[p.lang]])
            sid = f.add(
                p,
                ts,
                "survey",
                "survey_response",
                word or None,
                scores={"csat": rng.randint(1, 2)},
                attrs={"survey": "csat"},
            )
            tr |= {"csat_given": True, "csat": f.rows[-1]["scores"]["csat"], "survey_event_id": sid}
        if fixes[i]:
            fixed = f.later(t, 60, 240)
            f.reply(p, fixed, WT.GOOD_NEWS, case, fix=WT.FIX[problem][p.lang])
            if sorry_left and rng.random() < 0.6:
                sorry_left -= 1
                ta = f.morning(f.later(t, 16 * 60, 24 * 60))
                if rng.random() < 0.5:
                    aid = f.add(p, ta, "chat", "chat", f.say(p, WT.APOLOGY))
                else:
                    subj = "RE: " + WT.SUBJECT_CASE[p.lang].format(case=case)
                    aid = f.add(p, ta, "email", "message", f.say(p, WT.APOLOGY), subj)
                tr |= {"apologised": True, "apology_at": iso(ta), "apology_event_id": aid}
        free = [d for d in range(12) if d <= day - 2 or d >= day + 3]
        f.happy_days(p, rng.randint(1, 5), free, no_survey)
    if sorry_left:
        raise SystemExit("one_bad_day: not enough apologies")
    for _ in range(10):
        p = f.customer("happy", "none", [], habit="control")
        f.happy_days(p, rng.randint(4, 7), list(range(12)), HAPPY_KINDS)
    return f


def open_case(
    f: Fam,
    p: Person,
    t: datetime,
    problem: str,
    chans: list[str],
    counts: int,
    passed: bool,
    langs: list[str],
) -> dict[str, Any]:
    """A problem raised `counts` times, still open."""
    rng = f.rng
    case = f.case()
    eids = [f.complaint(p, t, problem, chans[0], case, langs[0])]
    if passed:
        f.reply(p, f.later(t, 90, 150), WT.PASSED_ON, case, langs[0])
    else:
        f.reply(p, f.later(t, 5, 30), WT.CASE_OPENED, case, langs[0])
    tk = t
    for n in range(2, counts + 1):
        tk = f.morning(f.later(tk, 4 * 60, 40 * 60))
        eids.append(f.again(p, tk, problem, chans[n - 1], case, n, langs[(n - 1) % len(langs)]))
    return {
        "problem": problem,
        "booking": case,
        "contacts": counts,
        "channels": chans[:counts],
        "agent_passed_on": passed,
        "problem_event_ids": eids,
        "trouble_starts_at": iso(t),
        "_last": rng.random(),
    }


def repeat_contacts() -> Fam:
    f = fam(
        "repeat_contacts",
        "RC",
        3,
        (2026, 5, 18),
        10,
        "open problems raised again, fixed cases, frequent writers",
    )
    rng = f.rng
    counts = [2] * 4 + [3] * 5 + [4] * 5
    passed = [True] * 7 + [False] * 7
    rng.shuffle(counts)
    rng.shuffle(passed)
    for i in range(14):
        problem = WT.PROBLEMS[i % 6]
        p = f.customer("repeat_contact", "repeat", ["repeat_contact"], habit="raises again")
        f.happy_days(p, rng.randint(1, 3), [0], ["praise", "qa_chat", "view", "buy"], 7, 12)
        chans = ["email", "chat", "phone", "social", "web"]
        rng.shuffle(chans)
        info = open_case(
            f, p, f.at(rng.randint(1, 4), 8, 19), problem, chans, counts[i], passed[i], [p.lang]
        )
        info.pop("_last")
        f.truth(p.key).update(info)
    for i in range(5):
        problem = WT.PROBLEMS[(i + 2) % 6]
        p = f.customer("resolved_between_contacts", "silence", [], habit="fixed between contacts")
        f.happy_days(p, rng.randint(1, 2), [0], ["praise", "view", "buy"], 7, 12)
        t = f.at(rng.randint(1, 5), 8, 19)
        fc = f.fixed_case(p, t, problem, rng.choice(["email", "chat", "web"]))
        f.truth(p.key).update({"problem": problem, "problems": [fc], "trouble_starts_at": iso(t)})
    for _ in range(3):
        p = f.customer("different_problems", "silence", [], habit="two different problems")
        two = rng.sample(WT.PROBLEMS, 2)
        d1 = rng.randint(1, 2)
        t1 = f.at(d1, 8, 18)
        t2 = f.at(d1 + rng.randint(4, 6), 8, 18)
        fcs = [
            f.fixed_case(p, t1, two[0], "email"),
            f.fixed_case(p, t2, two[1], rng.choice(["chat", "web"])),
        ]
        f.truth(p.key).update({"problems": fcs, "trouble_starts_at": iso(t1)})
    for _ in range(10):
        p = f.customer("happy", "none", [], habit="frequent writer")
        f.happy_days(
            p,
            rng.randint(5, 8),
            list(range(10)),
            ["qa_chat", "qa_chat", "qa_mail", "qa_mail", "phone", "praise", "buy"],
        )
    return f


def slide(
    f: Fam, p: Person, t0: datetime, span: int, langs: list[str], nps: bool
) -> dict[str, Any]:
    """Six steps from mild to angry over `span` days, alternating `langs`."""
    rng = f.rng
    ids: list[str] = []
    steps = WT.SLIDE
    ratings = [3, 3, 2, 2, 1, 1]
    t = t0
    out: dict[str, Any] = {}
    for i in range(6):
        lang = langs[i % len(langs)]
        if i:
            t = f.morning(
                max(
                    t0 + timedelta(days=span * i / 5, minutes=rng.randint(-90, 90)),
                    t + timedelta(hours=1),
                )
            )
        text = f.fill(p, steps[lang][i], lang, True)
        chan = rng.choice(["social", "community", "chat", "review"])
        if chan == "social":
            ids.append(f.add(p, t, "social", "mention", text))
        elif chan == "community":
            ids.append(f.add(p, t, "community", "post", text))
        elif chan == "chat":
            ids.append(f.add(p, t, "chat", "chat", text.replace("@Deskora", "Deskora")))
        else:
            ids.append(
                f.add(
                    p,
                    t,
                    "web",
                    "review",
                    text.replace("@Deskora", "Deskora"),
                    attrs={"rating": str(ratings[i]), "page": "/recensioni"},
                )
            )
        if i == 3 and nps:
            out |= f.low_nps(p, t, 150, 210)
    return out | {"slide_event_ids": ids, "slide_days": span, "trouble_starts_at": iso(t0)}


def slow_churners() -> Fam:
    f = fam(
        "slow_churners",
        "SC",
        4,
        (2026, 6, 8),
        32,
        "slow slides, leavers, steady, grumpy and sarcastic members",
    )
    rng = f.rng
    spans = [3, 5, 7, 9, 3, 5, 7, 9, 5, 7]
    npss = [True] * 5 + [False] * 5
    rng.shuffle(npss)
    others = ["qa_chat", "qa_mail", "buy", "view", "phone"]
    for i in range(10):
        exp = ["sentiment_drop"] + (["detractor"] if npss[i] else [])
        p = f.customer("slow_churner", "slide", exp, habit="slides")
        praise_days = rng.sample(range(11), rng.randint(4, 5))
        for d in praise_days:
            f.happy(p, f.at(d, 7, 20.5), ["praise", "again"])
        f.happy_days(p, rng.randint(2, 4), [d for d in range(11) if d not in praise_days], others)
        f.truth(p.key).update(
            slide(f, p, f.at(rng.randint(12, 17), 8, 19), spans[i], [p.lang], npss[i])
        )
    for _ in range(5):
        p = f.customer("slow_churner", "leave", ["churn_intent"], habit="asks to cancel")
        f.happy_days(p, rng.randint(4, 6), list(range(15)), HAPPY_KINDS)
        t = f.at(rng.randint(16, 25), 8, 19)
        subj = {
            "it": "Disdetta abbonamento",
            "de": "Kündigung Abo",
            "en": "Cancel membership",
            "es": "Baja",
            "fr": "Résiliation",
            "pt": "Cancelamento",
        }[p.lang]
        cid = f.add(p, t, "email", "message", f.say(p, WT.LEAVE), subj)
        f.add(
            p,
            f.later(t, 60, 300),
            "email",
            "message",
            f.agent(p, WT.LEAVE_REPLY[p.lang]),
            "RE: " + subj,
            out=True,
        )
        tc = f.later(t, 20 * 60, 30 * 60)
        reason = f.say(p, WT.CANCEL_REASON) or None
        xid = f.add(
            p, tc, "web", "cancellation", reason, attrs={"page": "/profilo/abbonamento/disdici"}
        )
        f.truth(p.key).update(
            {
                "churn_intent_event_id": cid,
                "cancellation_event_id": xid,
                "churn_at": iso(tc),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(8):
        p = f.customer("happy", "none", [], habit="steady")
        f.happy_days(p, rng.randint(6, 10), list(range(32)), HAPPY_KINDS)
    for _ in range(5):
        p = f.customer("steadily_grumpy", "grumpy", [], habit="grumbles")
        d = rng.randint(0, 3)
        gids = []
        for _ in range(rng.randint(5, 7)):
            t = f.at(d, 8, 20)
            text = f.say(p, WT.GRUMPY)
            chan = rng.choice(["chat", "email", "web", "community"])
            if chan == "chat":
                gids.append(f.add(p, t, "chat", "chat", text))
            elif chan == "email":
                gids.append(f.add(p, t, "email", "message", text, WH.QSUBJ[p.lang]))
            elif chan == "web":
                gids.append(f.add(p, t, "web", "ticket", text, attrs={"page": "/assistenza"}))
            else:
                gids.append(f.add(p, t, "community", "post", text))
            d += rng.randint(1, 3)
        f.happy_days(p, rng.randint(0, 2), list(range(32)), ["buy"])
        f.truth(p.key)["grumble_event_ids"] = gids
    for _ in range(5):
        p = f.customer("happy_one_sarcastic_remark", "silence", [], habit="one sarcastic post")
        d = rng.randint(17, 28)
        f.happy_days(p, rng.randint(3, 6), [x for x in range(32) if abs(x - d) > 1], HAPPY_KINDS)
        sid = f.add(p, f.at(d, 8, 20), "social", "mention", f.say(p, WT.SARCASM))
        f.truth(p.key)["sarcasm_event_id"] = sid
    return f


def quiet_hours() -> Fam:
    f = fam(
        "quiet_hours", "QH", 5, (2026, 7, 17), 3, "a calm summer weekend with night owls in bursts"
    )
    rng = f.rng
    for _ in range(20):
        p = f.customer("happy", "none", [], habit="day writer")
        f.happy_days(p, rng.randint(1, 4), [0, 1, 2], HAPPY_KINDS, 7, 17.5)
    for i in range(4):
        p = f.customer("grumbles_once", "silence", [], habit="grumbles once")
        q, a = f.pick(p, "mild", WT.MILD[p.lang])
        t = f.at(rng.randint(0, 2), 8, 17)
        if i < 2:
            gid = f.chat_qa(p, t, (q, a), p.lang, 6, 0)
        else:
            gid = f.add(
                p, t, "web", "ticket", f.fill(p, q, p.lang, True), attrs={"page": "/assistenza"}
            )
            f.add(
                p, f.later(t, 20, 90), "email", "message", f.agent(p, a), WH.QSUBJ[p.lang], out=True
            )
        f.truth(p.key).update({"grumble_event_id": gid, "channel": "chat" if i < 2 else "web"})
    n_day = 0
    for night in (1, 2, 3):
        first = f.start + timedelta(days=night, hours=1, minutes=rng.randint(10, 30))
        starts = [
            first,
            first + timedelta(minutes=rng.randint(30, 34)),
            first + timedelta(minutes=rng.randint(60, 68)),
        ]
        for b, bs in enumerate(starts, 1):
            for _ in range(4):
                p = f.customer(
                    "night_owl", "none", [], habit=f"night {night}, burst {b}", burst_at=iso(bs)
                )
                t = bs + timedelta(seconds=rng.randint(0, 599))
                if rng.random() < 0.5:
                    f.chat_qa(p, t, f.pick(p, "nq", WH.NIGHT_QA[p.lang]), p.lang, 5, 4)
                else:
                    chan, kind = rng.choice([("social", "mention"), ("community", "post")])
                    f.add(p, t, chan, kind, f.say(p, WH.NIGHT_POST))
                if n_day < 17 and rng.random() < 0.5:
                    n_day += 1
                    f.happy(
                        p, f.at(rng.randint(0, 2), 9, 17.5), ["praise", "view", "buy", "qa_chat"]
                    )
    return f


PAIRS: list[tuple[str, str, str, int]] = [
    ("it", "de", "CH", 3),
    ("de", "it", "CH", 3),
    ("fr", "de", "CH", 2),
    ("de", "fr", "CH", 2),
    ("it", "en", "UK", 3),
    ("de", "en", "UK", 2),
    ("en", "it", "IT", 2),
    ("en", "de", "DE", 3),
    ("es", "it", "IT", 2),
    ("pt", "de", "DE", 2),
    ("fr", "it", "CH", 1),
    ("it", "fr", "CH", 1),
    ("es", "en", "IE", 1),
    ("pt", "en", "UK", 1),
    ("de", "es", "ES", 2),
]


def bilingual() -> Fam:
    f = fam("bilingual", "BL", 6, (2026, 9, 7), 14, "members who write in two languages")
    rng = f.rng
    pairs = [(a, b, m) for a, b, m, n in PAIRS for _ in range(n)]
    rng.shuffle(pairs)
    roles = ["alt"] * 14 + ["repeat"] * 5 + ["slide"] * 5 + ["bad"] * 3 + ["fixed"] * 3
    rcounts = [2, 2, 3, 3, 4]
    bad_left = [("long", True, True), ("email", True, False), ("chat", False, False)]
    happy_k = ["praise", "again", "qa_chat", "qa_mail", "buy", "view", "review"]
    for (l1, l2, market), role in zip(pairs, roles, strict=True):
        langs = [l1, l2]
        if role == "alt":
            p = f.customer("happy", "none", [], l1, market, l2, habit="alternates languages")
            for j, d in enumerate(sorted(rng.sample(range(14), rng.randint(5, 8)))):
                f.happy(p, f.at(d, 7, 20.5), happy_k, langs[j % 2])
        elif role == "repeat":
            p = f.customer(
                "repeat_contact", "repeat", ["repeat_contact"], l1, market, l2, habit="raises again"
            )
            for j in range(rng.randint(1, 3)):
                f.happy(
                    p, f.at(rng.randint(0, 1), 7, 20), ["praise", "view", "qa_chat"], langs[j % 2]
                )
            chans = ["email", "chat", "phone", "social", "web"]
            rng.shuffle(chans)
            n = rcounts.pop()
            info = open_case(
                f,
                p,
                f.at(rng.randint(2, 6), 8, 19),
                rng.choice(WT.PROBLEMS),
                chans,
                n,
                n in (3, 4) and rng.random() < 0.6,
                langs,
            )
            info.pop("_last")
            f.truth(p.key).update(info)
        elif role == "slide":
            p = f.customer(
                "slow_churner", "slide", ["sentiment_drop"], l1, market, l2, habit="slides"
            )
            pd = sorted(rng.sample(range(6), 5))
            for j, d in enumerate(pd):
                f.happy(p, f.at(d, 7, 20.5), ["praise", "again"], langs[j % 2])
            for j in range(rng.randint(1, 3)):
                f.happy(
                    p, f.at(rng.choice(pd), 7, 20.5), ["qa_chat", "buy", "view"], langs[(j + 1) % 2]
                )
            f.truth(p.key).update(
                slide(f, p, f.at(rng.randint(6, 8), 8, 19), rng.randint(3, 5), langs, False)
            )
        elif role == "bad":
            channel, fixed, sorry = bad_left.pop()
            problem = rng.choice(WT.PROBLEMS)
            p = f.customer(
                "happy_one_bad_day",
                "silence",
                [],
                l1,
                market,
                l2,
                habit="one bad day",
                problem=problem,
            )
            day = rng.randint(4, 9)
            t = f.at(day, 8, 19)
            case = f.case()
            eid = f.complaint(p, t, problem, channel, case, l2)
            tr = f.truth(p.key)
            tr |= {
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "bad_day_language": l2,
                "trouble_starts_at": iso(t),
                "booking": case,
                "long_email": channel == "long",
                "agent_fixed": fixed,
                "apologised": sorry,
            }
            if channel == "chat":
                f.add(
                    p,
                    f.later(t, 2, 8),
                    "chat",
                    "chat",
                    f.agent(p, WT.CASE_OPENED[l2], l2, case=case),
                    out=True,
                )
            if fixed:
                f.reply(p, f.later(t, 60, 240), WT.GOOD_NEWS, case, l2, fix=WT.FIX[problem][l2])
            if sorry:
                ta = f.morning(f.later(t, 16 * 60, 24 * 60))
                aid = f.add(p, ta, "chat", "chat", f.say(p, WT.APOLOGY, l2))
                tr |= {"apology_at": iso(ta), "apology_event_id": aid}
            free = [d for d in range(14) if d <= day - 2 or d >= day + 3]
            for j, d in enumerate(sorted(rng.sample(free, rng.randint(3, 5)))):
                f.happy(p, f.at(d, 7, 20.5), happy_k, langs[j % 2])
        else:
            problem = rng.choice(WT.PROBLEMS)
            p = f.customer(
                "resolved_between_contacts",
                "silence",
                [],
                l1,
                market,
                l2,
                habit="fixed between contacts",
                confirm_language=l2,
            )
            f.happy(p, f.at(0, 8, 18), ["praise", "view"], l1)
            t = f.at(rng.randint(2, 7), 8, 18)
            fc = f.fixed_case(p, t, problem, rng.choice(["email", "chat", "web"]), l1, l2)
            f.truth(p.key).update(
                {"problem": problem, "problems": [fc], "trouble_starts_at": iso(t)}
            )
    return f


MARKET_LANG: dict[str, str] = {
    "IT": "it",
    "DE": "de",
    "AT": "de",
    "CH": "de",
    "UK": "en",
    "ES": "es",
    "FR": "fr",
    "PT": "pt",
}
#: At-risk accounts whose last complaining contact phones (the others e-mail).
LAST_BY_PHONE = {"Studio Ferraris Associati", "Donauwerk Beratung GmbH"}
#: company name -> (kind, problem or None, complainers)
ACCOUNT_PLAN: dict[str, tuple[str, str | None, int]] = {
    "Kranich Digital GmbH": ("at_risk", "badges_blocked", 3),
    "Studio Ferraris Associati": ("at_risk", "invoice", 4),
    "Donauwerk Beratung GmbH": ("at_risk", "overbilled", 4),
    "Lumina Web Agency": ("at_risk", "portal", 3),
    "Kestrel Lane Studio Ltd": ("at_risk", "invoice", 3),
    "Nordlicht Robotics GmbH": ("one_unhappy", "portal", 1),
    "Cooperativa Ponte Verde": ("one_unhappy", "invoice", 1),
    "Mirador Consultores SL": ("one_unhappy", "overbilled", 1),
    "Alpenbyte AG": ("one_unhappy", "portal", 1),
    "Kanzlei Brandt & Seidel": ("mild", None, 0),
    "Brevetti Rinaldi Consulting": ("mild", None, 0),
    "Farol Digital Lda": ("mild", None, 0),
    "Atelier Holzweg": ("happy", None, 0),
    "Grünraum Verein": ("happy", None, 0),
    "Atelier Boussole SARL": ("happy", None, 0),
}


def routine(f: Fam, p: Person, t: datetime, kinds: list[str]) -> None:
    """A company contact's routine act on a weekday."""
    rng = f.rng
    kind = rng.choice(kinds)
    lang = p.lang
    if kind in ("chat", "mail"):
        q, a = f.pick(p, "rq", WB.ROUTINE_QA[lang])
        if kind == "chat":
            f.chat_qa(p, t, (q, a), lang, 6, 5)
        else:
            subj = "Deskora Business – " + WH.QSUBJ[lang]
            f.add(p, t, "email", "message", f.fill(p, q, lang, True), subj)
            t2 = f.later(t, 20, 90)
            f.add(p, t2, "email", "message", f.agent(p, a), "RE: " + subj, out=True)
            f.add(
                p,
                f.office(f.later(t2, 10, 120), 18),
                "email",
                "message",
                f.say(p, WH.THANKS),
                "RE: " + subj,
            )
    elif kind == "buy":
        f.buy(p, t, WB.ADDONS)
    elif kind == "view":
        f.add(
            p,
            t,
            "web",
            "page_view",
            attrs={"page": rng.choice(["/business/team", "/business/fatture", "/business/sedi"])},
        )
    elif kind == "praise":
        f.add(p, t, "community", "post", f.say(p, WB.B2B_PRAISE))
    else:
        which = rng.choice(["nps", "csat", "ces"])
        score = {"nps": rng.choice([9, 10]), "csat": rng.choice([4, 5]), "ces": rng.choice([6, 7])}[
            which
        ]
        f.add(
            p, t, "survey", "survey_response", None, scores={which: score}, attrs={"survey": which}
        )


def b2b_accounts() -> Fam:
    f = fam(
        "b2b_accounts",
        "BB",
        7,
        (2026, 9, 28),
        14,
        "Deskora Business accounts: at risk, one unhappy contact, mild remarks, happy",
    )
    rng = f.rng
    weekdays = [0, 1, 2, 3, 4, 7, 8, 9, 10, 11]
    happy_k = ["chat", "mail", "buy", "view", "praise", "survey"]
    quiet_k = ["chat", "buy", "view"]
    companies = [
        (name, site, market) for market, rows in WB.COMPANIES.items() for name, site in rows
    ]
    for name, site, market in companies:
        kind, problem, n_bad = ACCOUNT_PLAN[name]
        lang = MARKET_LANG[market]
        acc = f.unique(lambda market=market: f"DKB-{market}-{rng.randint(1000, 9999)}")
        domain = ascii_slug(name.split(" ")[0] + name.split(" ")[1]) + ".example"
        n = {"at_risk": rng.randint(5, 6), "one_unhappy": rng.randint(3, 4)}.get(kind, 3)
        firsts: set[str] = set()
        people: list[Person] = []
        roles = ["complainer"] * n_bad + (["suggests"] * 2 if kind == "mild" else [])
        roles += ["contact"] * (n - len(roles))
        for role in roles:
            if role == "complainer" and kind == "at_risk":
                persona, tol = "b2b_unhappy", "b2b_risk"
            elif role == "complainer":
                persona, tol = "b2b_one_unhappy", "b2b_one"
            elif role == "suggests":
                persona, tol = "b2b_mild", "silence"
            else:
                persona, tol = "b2b_happy", "none"
            p = f.customer(
                persona,
                tol,
                [],
                lang,
                market,
                firm=(name, domain, acc),
                avoid_first=firsts,
                company=name,
                role=role,
            )
            firsts.add(p.first)
            people.append(p)
        keys = [p.key for p in people]
        bad_keys = keys[:n_bad]
        f.accounts[acc] = {
            "company": name,
            "site": site,
            "contacts": n,
            "contact_keys": keys,
            "unhappy_contacts": n_bad,
            "unhappy_contact_keys": bad_keys,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        firsts_t: dict[str, datetime] = {}
        if kind == "at_risk":
            assert problem is not None
            case = f.case()
            t = f.office(f.at(rng.randint(2, 4), 8, 14))
            prev = people[0]
            first_t = t
            for j, p in enumerate(people[:n_bad]):
                tr = f.truth(p.key)
                if j:
                    t = f.office(f.later(t, 8 * 60, 28 * 60))
                    head = f.say(
                        p,
                        WB.ALSO,
                        colleague=prev.first,
                        colleague_fem=prev.fem,
                        weekday=WB.WEEKDAYS[lang][first_t.weekday()],
                        case=case,
                    )
                    body = head + " " + f.say(p, WB.PROBLEM[problem])
                    subj = (
                        rng.choice(WT.RE[lang])
                        + " "
                        + WT.SUBJECT_CASE[lang].format(case=case)
                        + " – "
                        + WB.SUBJECT[problem][lang]
                    )
                else:
                    body = f.say(p, WB.PROBLEM[problem])
                    subj = WB.SUBJECT[problem][lang]
                eid = f.add(p, t, "email", "message", body, subj)
                if j == 0:
                    f.add(
                        p,
                        f.later(t, 20, 90),
                        "email",
                        "message",
                        f.agent(p, WB.ACK[lang], case=case),
                        "RE: " + subj,
                        out=True,
                    )
                firsts_t[p.key] = t
                tr |= {
                    "problem": problem,
                    "booking": case,
                    "complaint_event_ids": [eid],
                    "trouble_starts_at": iso(t),
                }
                if j < n_bad - 1:
                    tr |= f.low_nps(p, t, 60, 180)
                    tr["expected_rules"] = ["detractor"]
                else:
                    t2 = f.office(f.later(t, 18 * 60, 40 * 60), 17)
                    if name in LAST_BY_PHONE:
                        text = f.fill(
                            p, WB.LAST_PHONE[lang], lang, False, case_heard=f.heard(case, lang)
                        )
                        rid = f.add(p, t2, "phone", "call", text)
                    else:
                        text = f.say(p, WB.LAST, case=case)
                        rid = f.add(
                            p,
                            t2,
                            "email",
                            "message",
                            text,
                            rng.choice(WT.RE[lang]) + " " + WT.SUBJECT_CASE[lang].format(case=case),
                        )
                    tr["complaint_event_ids"].append(rid)
                    tr["repeat_event_id"] = rid
                    tr["expected_rules"] = ["repeat_contact"]
            f.accounts[acc]["trouble_starts_at"] = iso(first_t)
        elif kind == "one_unhappy":
            assert problem is not None
            p = people[0]
            case = f.case()
            t = f.office(f.at(rng.randint(3, 10), 8, 14))
            subj = WB.SUBJECT[problem][lang]
            eid = f.add(p, t, "email", "message", f.say(p, WB.PROBLEM[problem]), subj)
            f.add(
                p,
                f.later(t, 20, 90),
                "email",
                "message",
                f.agent(p, WB.ACK[lang], case=case),
                "RE: " + subj,
                out=True,
            )
            f.truth(p.key).update(
                {
                    "problem": problem,
                    "booking": case,
                    "complaint_event_ids": [eid],
                    "trouble_starts_at": iso(t),
                    "expected_rules": ["detractor"],
                }
                | f.low_nps(p, t, 60, 180)
            )
            firsts_t[p.key] = t
        elif kind == "mild":
            for p in people[:2]:
                t = f.office(f.at(rng.randint(2, 11), 8, 16), 17)
                mid = f.add(
                    p, t, "web", "ticket", f.say(p, WB.MILD), attrs={"page": "/business/contatti"}
                )
                f.add(
                    p,
                    f.later(t, 20, 90),
                    "email",
                    "message",
                    f.agent(p, WB.MILD_ACK[lang]),
                    "Deskora Business",
                    out=True,
                )
                f.truth(p.key).update({"mild_event_id": mid, "trouble_starts_at": iso(t)})
                firsts_t[p.key] = t
        for p in people:
            if p.key in firsts_t:
                limit = firsts_t[p.key] - timedelta(hours=14)
                for _ in range(rng.randint(1, 3)):
                    t = f.office(f.at(rng.choice(weekdays), 8, 16.5), 17)
                    if t < limit:
                        routine(f, p, t, quiet_k)
            else:
                for _ in range(rng.randint(2, 5)):
                    routine(f, p, f.office(f.at(rng.choice(weekdays), 8, 16.5), 17), happy_k)
    return f


def topic_spike() -> Fam:
    f = fam(
        "topic_spike",
        "TS",
        8,
        (2026, 10, 12),
        7,
        "a calm week and a door-access spike on Tuesday morning",
    )
    rng = f.rng
    s0 = datetime(2026, 10, 13, 7, 40, tzinfo=UTC)
    langs = ["it"] * 7 + ["de"] * 6 + ["en"] * 2 + ["es"] * 2 + ["fr"] * 2 + ["pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(langs)
    rng.shuffle(chans)
    offsets = sorted([0, 45 * 60, *rng.sample(range(30, 45 * 60 - 30), 18)])
    roles = ["repeat"] * 6 + ["fixed"] * 6 + ["plain"] * 8
    regular = [True] * 12 + [False] * 8
    rng.shuffle(roles)
    rng.shuffle(regular)
    keys, eids, reids = [], [], []
    for i in range(20):
        rep = roles[i] == "repeat"
        persona = "spike_repeater" if rep else "spike_reporter"
        p = f.customer(
            persona,
            "spike_repeat" if rep else "silence",
            ["repeat_contact"] if rep else [],
            langs[i],
            in_spike=True,
            regular=regular[i],
        )
        if regular[i]:
            f.happy_days(p, rng.randint(1, 3), [0], ["praise", "view", "buy", "qa_chat"], 7, 18)
        t = s0 + timedelta(seconds=offsets[i])
        text = f.say(p, WT.SPIKE)
        ch = chans[i]
        if ch not in ("social", "community"):
            text = text.replace("@Deskora ", "").replace("@Deskora", "Deskora")
        subj = {
            "it": "Porta bloccata",
            "de": "Tür geht nicht auf",
            "en": "Door locked",
            "es": "Puerta bloqueada",
            "fr": "Porte bloquée",
            "pt": "Porta bloqueada",
        }[p.lang]
        if ch == "social":
            eid = f.add(
                p, t, "social", "mention", text if "@Deskora" in text else "@Deskora " + text
            )
        elif ch == "community":
            eid = f.add(p, t, "community", "post", text)
        elif ch == "chat":
            eid = f.add(p, t, "chat", "chat", text)
        elif ch == "email":
            eid = f.add(p, t, "email", "message", text, subj)
        else:
            eid = f.add(p, t, "web", "ticket", text, subj, attrs={"page": "/assistenza"})
        tr = f.truth(p.key)
        tr |= {"spike_event_id": eid, "spike_channel": ch, "trouble_starts_at": iso(t)}
        keys.append(p.key)
        eids.append(eid)
        if rep:
            t2 = f.later(t, 15, 50)
            ch2 = rng.choice([c for c in ("chat", "social", "email") if c != ch])
            text2 = f.say(p, WT.SPIKE_AGAIN)
            if ch2 == "chat":
                rid = f.add(p, t2, "chat", "chat", text2)
            elif ch2 == "social":
                rid = f.add(p, t2, "social", "mention", "@Deskora " + text2)
            else:
                rid = f.add(p, t2, "email", "message", text2, "RE: " + subj)
            tr["repeat_event_id"] = rid
            reids.append(rid)
        elif roles[i] == "fixed":
            tf = datetime(2026, 10, 13, 9, 30, tzinfo=UTC) + timedelta(minutes=rng.randint(0, 90))
            f.add(p, tf, "email", "message", f.agent(p, WT.SPIKE_FIXED[p.lang]), subj, out=True)
    f.spike = {
        "topic": (
            "door access failure: the app's entry QR code refused at every door "
            "with error Q-417 (invalid code)"
        ),
        "about": (
            "members locked out of the coworking spaces on Tuesday morning, "
            "reported on several channels"
        ),
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(seconds=offsets[-1])),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reids,
    }
    for _ in range(45):
        p = f.customer("happy", "none", [], habit="day writer")
        f.happy_days(p, rng.randint(1, 4), list(range(7)), HAPPY_KINDS)
    for _ in range(3):
        p = f.customer("grumbles_once", "silence", [], habit="grumbles once")
        q, a = f.pick(p, "mild", WT.MILD[p.lang])
        t = f.at(rng.choice([0, 2, 3, 4]), 8, 18)
        gid = f.chat_qa(p, t, (q, a), p.lang, 6, 0)
        f.truth(p.key).update({"grumble_event_id": gid, "channel": "chat"})
    for (lang, q, a), t in zip(
        WT.LONE,
        [
            datetime(2026, 10, 12, 8, 14, 22, tzinfo=UTC),
            datetime(2026, 10, 12, 13, 37, 5, tzinfo=UTC),
        ],
        strict=True,
    ):
        p = f.customer("grumbles_once", "silence", [], lang, habit="lone question")
        lid = f.add(p, t, "chat", "chat", q)
        f.add(p, f.later(t, 2, 6), "chat", "chat", f.fill(p, a, lang, False), out=True)
        f.truth(p.key).update({"lone_report_event_id": lid, "channel": "chat"})
    return f


FAMILIES: list[tuple[Any, dict[str, int]]] = [
    (happy_writers, {}),
    (one_bad_day, {"detractor": 6}),
    (repeat_contacts, {"repeat_contact": 14}),
    (slow_churners, {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5}),
    (quiet_hours, {}),
    (bilingual, {"repeat_contact": 5, "sentiment_drop": 5}),
    (b2b_accounts, {"account_risk": 5, "detractor": 16, "repeat_contact": 5}),
    (topic_spike, {"topic_spike": 1, "repeat_contact": 6}),
]


def main() -> None:
    total_c = total_t = 0
    for build, planted in FAMILIES:
        f = build()
        c, t = f.write(planted)
        total_c += c
        total_t += t
        print(f"{f.name}: {c} customers, {t} touchpoints")
    print(f"total: {total_c} customers, {total_t} touchpoints")


if __name__ == "__main__":
    main()
