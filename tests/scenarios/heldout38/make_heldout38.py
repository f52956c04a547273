"""Write heldout38: a blind, hand-written, report-only alert scenario set.

Custodra (home alarms, cameras and monitoring by app, and Custodra Business for shops
and offices). Standard library only, seeded: two runs write the same bytes. Run it as
``python make_heldout38.py`` from anywhere; it writes ``<family>.jsonl`` and
``<family>.truth.json`` next to itself.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording_business as wb  # noqa: E402
import wording_happy as wh  # noqa: E402
import wording_trouble as wt  # noqa: E402

SEED = 20261108
BRAND = "Custodra"
COMPETITORS = ("Securvia", "Torwacht")
PREFIX = "CU"
LANGS = ("pt", "de", "en", "es", "fr", "it")
LANG_WEIGHTS = (30, 30, 10, 10, 10, 10)
MARKETS: dict[str, tuple[tuple[str, int], ...]] = {
    "pt": (("PT", 1),),
    "de": (("DE", 12), ("AT", 5), ("CH", 3)),
    "en": (("UK", 7), ("IE", 3)),
    "es": (("ES", 1),),
    "fr": (("FR", 12), ("BE", 5), ("CH", 3)),
    "it": (("IT", 4), ("CH", 1)),
}
#: (country code, digits after it, first digits of a mobile number)
PHONES: dict[str, tuple[str, int, tuple[str, ...]]] = {
    "PT": ("351", 9, ("91", "92", "93", "96")),
    "DE": ("49", 11, ("151", "160", "170", "176")),
    "AT": ("43", 10, ("664", "660", "676")),
    "CH": ("41", 9, ("76", "78", "79")),
    "UK": ("44", 10, ("77", "78", "79")),
    "IE": ("353", 9, ("83", "85", "87")),
    "ES": ("34", 9, ("6",)),
    "FR": ("33", 9, ("6", "7")),
    "BE": ("32", 9, ("47", "48", "49")),
    "IT": ("39", 10, ("33", "34", "32")),
    "LU": ("352", 9, ("621", "661", "691")),
}
MAIL_DOMAINS = (
    "mail.example",
    "correio.example",
    "post.example",
    "inbox.example",
    "web.example",
    "net.example",
)
SOURCES = {
    "email": "custodra-mail",
    "phone": "custodra-voice",
    "social": "custodra-social",
    "community": "custodra-forum",
    "chat": "custodra-chat",
    "web": "custodra-web",
    "survey": "custodra-survey",
}
UTC_MARKETS = frozenset({"PT", "UK", "IE"})
TOLERATED: dict[str, tuple[str, ...]] = {
    "happy": (),
    "b2b_happy": (),
    "night_owl": (),
    "happy_one_bad_day": ("silence",),
    "bad_day_detractor": ("silence",),
    "happy_one_sarcastic_remark": ("silence",),
    "grumbles_once": ("silence",),
    "resolved_between_contacts": ("silence",),
    "different_problems": ("silence",),
    "spike_reporter": ("silence",),
    "spike_repeater": ("sentiment_drop", "silence"),
    "repeat_contact": (
        "sentiment_drop",
        "churn_intent",
        "competitor_mention",
        "high_value_at_risk",
        "silence",
    ),
    "slides": (
        "repeat_contact",
        "churn_intent",
        "competitor_mention",
        "high_value_at_risk",
        "silence",
    ),
    "cancels": ("sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"),
    "steadily_grumpy": ("repeat_contact", "silence"),
    "b2b_unhappy": (
        "sentiment_drop",
        "churn_intent",
        "competitor_mention",
        "high_value_at_risk",
        "silence",
        "account_risk",
    ),
    "b2b_one_unhappy": ("sentiment_drop", "high_value_at_risk", "silence"),
    "b2b_mild": ("silence",),
}
LAST_DAY = datetime(2026, 11, 15, tzinfo=UTC)
FIRST_DAY = datetime(2026, 1, 1, tzinfo=UTC)

GENDER = re.compile(r"\[\[([^|\]]*)\|([^\]]*)\]\]")
COLLEAGUE = re.compile(r"<<([^|>]*)\|([^>]*)>>")


def iso(at: datetime) -> str:
    return at.strftime("%Y-%m-%dT%H:%M:%SZ")


def plain(text: str) -> str:
    """ASCII-ish: accents dropped (ñ and ß kept, German umlauts as ae/oe/ue)."""
    out: list[str] = []
    umlauts = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
    for ch in text:
        if ch in "ñÑß":
            out.append(ch)
        elif ch in umlauts:
            out.append(umlauts[ch])
        else:
            out.append(
                "".join(c for c in unicodedata.normalize("NFD", ch) if not 0x300 <= ord(c) <= 0x36F)
            )
    return "".join(out)


def slug(text: str) -> str:
    return re.sub(r"[^a-z]", "", plain(text).lower().replace("ß", "ss").replace("ñ", "n"))


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    fem: bool
    first: str
    last: str
    ids: dict[str, str | None]
    truth: dict[str, Any]
    competitor: str
    lang2: str | None = None
    used: dict[str, set[int]] = field(default_factory=dict)


@dataclass
class Event:
    seq: int
    eid: str
    at: datetime
    cust: Cust
    channel: str
    kind: str
    direction: str
    text: str | None
    subject: str | None
    scores: dict[str, int | None]
    attrs: dict[str, str]


@dataclass
class Registry:
    """Identifiers given out in the whole set (none twice)."""

    taken: set[str] = field(default_factory=set)

    def claim(self, value: str) -> bool:
        if value in self.taken:
            return False
        self.taken.add(value)
        return True


class Fam:
    """One family: its customers, touchpoints, accounts and spike."""

    def __init__(
        self,
        n: int,
        name: str,
        code: str,
        start: datetime,
        days: int,
        about: str,
        expect: dict[str, int],
        reg: Registry,
    ) -> None:
        self.n = n
        self.name = name
        self.code = code
        self.start = start
        self.days = days
        self.about = about
        self.expect = expect
        self.reg = reg
        self.rng = random.Random(SEED * 100 + n)
        self.customers: list[Cust] = []
        self.events: list[Event] = []
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}

    # ----- people -------------------------------------------------------------------

    def lang(self) -> str:
        return self.rng.choices(LANGS, LANG_WEIGHTS)[0]

    def market(self, lang: str) -> str:
        names = [m for m, _ in MARKETS[lang]]
        weights = [w for _, w in MARKETS[lang]]
        return self.rng.choices(names, weights)[0]

    def town(self, market: str, lang: str) -> str:
        key = f"CH-{lang if lang in ('de', 'fr', 'it') else 'de'}" if market == "CH" else market
        return str(self.rng.choice(wh.TOWNS[key]))

    def phone(self, market: str) -> str:
        cc, digits, starts = PHONES[market]
        while True:
            head = self.rng.choice(starts)
            number = (
                "+"
                + cc
                + head
                + "".join(str(self.rng.randrange(10)) for _ in range(digits - len(head)))
            )
            if self.reg.claim("phone:" + number):
                return number

    def new(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        market: str | None = None,
        expected: Sequence[str] = (),
        tolerated: Sequence[str] | None = None,
        town_lang: str | None = None,
        company: tuple[str, str, str] | None = None,
        **extra: Any,
    ) -> Cust:
        rng = self.rng
        lang = lang or self.lang()
        market = market or self.market(lang)
        fem = rng.random() < 0.5
        while True:
            first = rng.choice(wh.FIRST_NAMES[lang][0 if fem else 1])
            last = rng.choice(wh.SURNAMES[lang])
            if company is None:
                handle_forms = (
                    f"{slug(first)}.{slug(last)}",
                    f"{slug(first)}_{slug(last)}{rng.randrange(10, 999)}",
                    f"{slug(first)}{slug(last)}{rng.randrange(70, 99)}",
                    f"{slug(first)[:1]}{slug(last)}",
                )
                handle: str | None = rng.choice(handle_forms)
                number = rng.choice(("", str(rng.randrange(1, 99))))
                email = f"{slug(first)}.{slug(last)}{number}@{rng.choice(MAIL_DOMAINS)}"
                if not (
                    self.reg.claim("handle:" + str(handle)) and self.reg.claim("email:" + email)
                ):
                    continue
            else:
                handle = None
                email = f"{slug(first)}.{slug(last)}@{company[2]}"
                if first in (c.first for c in self.customers if c.ids["account_id"] == company[0]):
                    continue
                if not self.reg.claim("email:" + email):
                    continue
            break
        while True:
            cid = f"{PREFIX}{self.code}{rng.randrange(1000, 10000)}"
            if self.reg.claim("id:" + cid):
                break
        ids: dict[str, str | None] = {
            "customer_id": cid,
            "email": email,
            "phone": self.phone(market),
            "handle": "@" + handle if handle else None,
            "account_id": company[0] if company else None,
        }
        jobs = wb.POSITIONS[lang] if company else wh.JOBS[lang]
        job = self.job(rng.choice(jobs), fem)
        key_persona = habit if habit in ("slides", "cancels") else persona
        truth: dict[str, Any] = {
            "identifiers": dict(ids),
            "expected_rules": sorted(expected),
            "tolerated_rules": sorted(TOLERATED[key_persona] if tolerated is None else tolerated),
            "persona": persona,
            "habit": "asks to cancel" if habit == "cancels" else habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if company else "consumer",
            "name": f"{first} {last}",
            "job": job,
            "town": self.town(market, town_lang or lang),
        }
        if company:
            truth["company"] = company[1]
        truth.update(extra)
        cust = Cust(
            key=cid,
            lang=lang,
            market=market,
            fem=fem,
            first=first,
            last=last,
            ids=ids,
            truth=truth,
            competitor=rng.choice(COMPETITORS),
        )
        self.customers.append(cust)
        return cust

    @staticmethod
    def gendered(text: str, fem: bool) -> str:
        return GENDER.sub(lambda m: m.group(1) if fem else m.group(2), text)

    @classmethod
    def job(cls, text: str, fem: bool) -> str:
        """A job: "[[fem|masc]]" inside, or "fem|masc" as a whole."""
        if "|" in text and "[[" not in text:
            return text.split("|")[0 if fem else 1]
        return cls.gendered(text, fem)

    # ----- words --------------------------------------------------------------------

    def money(self, eur: float, c: Cust, lang: str) -> str:
        if c.market == "UK":
            return f"£{round(eur * 0.86)}"
        if c.market == "CH":
            return f"CHF {round(eur * 0.94)}"
        number = f"{eur:.2f}" if eur != int(eur) else str(int(eur))
        if lang == "en":
            return "€" + number
        return number.replace(".", ",") + " €"

    def render(
        self,
        c: Cust,
        text: str,
        lang: str | None = None,
        colleague_fem: bool = False,
        words: dict[str, str] | None = None,
        **kw: str,
    ) -> str:
        lang = lang or c.lang
        kw = {**(words or {}), **kw}
        out = self.gendered(text, c.fem)
        out = COLLEAGUE.sub(lambda m: m.group(1) if colleague_fem else m.group(2), out)
        values: dict[str, str] = {
            name: self.money(eur, c, lang) for name, eur in wt.AMOUNTS.items()
        }
        values.update({"brand": BRAND, "name": c.first, "competitor": c.competitor})
        values.update(kw)
        for name, value in values.items():
            out = out.replace("{" + name + "}", value)
        return out

    def pick(self, c: Cust, table: str, options: Sequence[Any]) -> Any:
        """A line not yet used by this customer while unused ones remain."""
        used = c.used.setdefault(table, set())
        free = [i for i in range(len(options)) if i not in used]
        if not free:
            used.clear()
            free = list(range(len(options)))
        i = self.rng.choice(free)
        used.add(i)
        return options[i]

    @staticmethod
    def spent(c: Cust, table: str, options: Sequence[Any]) -> bool:
        """Has this customer used every line of the table already?"""
        return len(c.used.get(table, ())) >= len(options)

    def noisy(self, text: str) -> str:
        rng = self.rng
        if rng.random() < 0.1:
            text = plain(text)
        if rng.random() < 0.12 and len(text) > 1 and text[0].isupper() and text[1].islower():
            text = text[0].lower() + text[1:]
        if rng.random() < 0.08:
            words = [m for m in re.finditer(r"\b[a-zà-ÿ]{5,}\b", text)]
            if words:
                w = rng.choice(words)
                i = rng.randrange(w.start(), w.end() - 1)
                if text[i] != text[i + 1]:
                    text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
        return text

    def speech(self, text: str, lang: str, case: str | None = None) -> str:
        if case:
            digits = case.split("-")[1]
            spoken = (
                f"{self.rng.choice(wt.SPOKEN_CASE[lang])} {digits[:2]} {digits[2:4]} {digits[4:]}"
            )
            text = text.replace(case, spoken)
        text = (
            text.replace("€", " euros")
            .replace("£", " pounds ")
            .replace("×", "vezes" if lang == "pt" else "x")
        )
        text = text.lower()
        text = re.sub(r"[^\w\s'-]", " ", text)
        text = re.sub(r"(?<!\w)[-']|[-'](?!\w)", " ", text)
        return re.sub(r"\s+", " ", text).strip()

    def opener(self, lang: str, at: datetime) -> str:
        """A spoken opener that fits the local time of day (roughly)."""
        morning = ("bom dia", "guten morgen", "buongiorno")
        later = ("boa tarde", "buonasera")
        words = later if at.hour < 11 else morning if at.hour >= 12 else ()
        fits = [o for o in wt.PHONE_OPENERS[lang] if not any(w in o for w in words)]
        return str(self.rng.choice(fits))

    def case_subject(self, lang: str, case: str, topic: str = "") -> str:
        subject = str(self.rng.choice(wt.CASE_SUBJECT[lang])).replace("{case}", case)
        return subject.replace(" - {topic}", f" - {topic}" if topic else "")

    def case_ref(self) -> str:
        while True:
            ref = f"CU-{self.rng.randrange(100000, 1000000)}"
            if self.reg.claim("case:" + ref):
                return ref

    def agent(self, lang: str) -> str:
        return str(self.rng.choice(wh.AGENTS[lang]))

    def signature(self, lang: str, agent: str | None = None) -> str:
        return str(wh.SIGNATURE[lang]).replace("{agent}", agent or self.agent(lang))

    # ----- time ---------------------------------------------------------------------

    def at(self, day: float, h0: float, h1: float) -> datetime:
        hours = self.rng.uniform(h0, h1)
        return self.start + timedelta(days=int(day), hours=hours, seconds=self.rng.randrange(60))

    @staticmethod
    def after(t: datetime, m0: float, m1: float, rng: random.Random) -> datetime:
        return t + timedelta(minutes=rng.uniform(m0, m1), seconds=rng.randrange(60))

    def later(self, t: datetime, m0: float, m1: float) -> datetime:
        return self.after(t, m0, m1, self.rng)

    def day_time(self, t: datetime) -> datetime:
        """Out of 22:00-07:00 UTC: to 08:00-09:00 the next morning."""
        if t.hour >= 22:
            base = (t + timedelta(days=1)).replace(hour=8, minute=0, second=0)
            return base + timedelta(minutes=self.rng.uniform(0, 60))
        if t.hour < 7:
            return t.replace(hour=8, minute=0, second=0) + timedelta(
                minutes=self.rng.uniform(0, 60)
            )
        return t

    def office(self, t: datetime) -> datetime:
        """Weekdays 08-17 UTC, or the next working morning."""
        while True:
            if t.weekday() >= 5 or t.hour >= 17:
                t = (t + timedelta(days=1)).replace(hour=8, minute=0, second=0) + timedelta(
                    minutes=self.rng.uniform(0, 50)
                )
                continue
            if t.hour < 8:
                t = t.replace(hour=8, minute=0, second=0) + timedelta(
                    minutes=self.rng.uniform(0, 50)
                )
            return t

    # ----- touchpoints --------------------------------------------------------------

    def ev(
        self,
        c: Cust,
        at: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        direction: str = "inbound",
        scores: dict[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        seq = len(self.events)
        eid = f"cu38-{self.code.lower()}-{seq + 1:05d}"
        base = {"market": c.market}
        if c.truth["segment"] == "b2b":
            base["segment"] = "b2b"
        base.update(attrs or {})
        full_scores: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        full_scores.update(scores or {})
        self.events.append(
            Event(seq, eid, at, c, channel, kind, direction, text, subject, full_scores, base)
        )
        return eid

    def say(
        self,
        c: Cust,
        at: datetime,
        channel: str,
        text: str,
        subject: str | None = None,
        page: str = "/help/contact",
    ) -> str:
        """One inbound message on any channel (written noise added; calls transcribed)."""
        if channel == "phone":
            return self.ev(c, at, "phone", "call", text)
        text = self.noisy(text)
        if channel == "social":
            if "@" + BRAND not in text:
                text = f"@{BRAND} {text}"
            return self.ev(c, at, "social", "mention", text)
        if channel == "community":
            return self.ev(c, at, "community", "post", text)
        if channel == "chat":
            return self.ev(c, at, "chat", "chat", text)
        if channel == "web":
            return self.ev(c, at, "web", "ticket", text, subject, attrs={"page": page})
        return self.ev(c, at, "email", "message", text, subject)

    def answer(
        self,
        c: Cust,
        at: datetime,
        channel: str,
        text: str,
        subject: str | None = None,
        agent: str = "",
    ) -> str:
        """An agent's reply (outbound) in chat or by e-mail."""
        if channel == "chat":
            return self.ev(
                c,
                at,
                "chat",
                "chat",
                text,
                direction="outbound",
                attrs={"agent": agent} if agent else None,
            )
        return self.ev(c, at, "email", "message", text, subject, direction="outbound")

    def survey(self, c: Cust, at: datetime, kind: str, value: int, text: str | None = None) -> str:
        return self.ev(
            c,
            at,
            "survey",
            "survey_response",
            text or None,
            scores={kind: value},
            attrs={"survey": kind},
        )

    def purchase(
        self, c: Cust, at: datetime, products: Sequence[tuple[str, str, str]] = wh.PRODUCTS
    ) -> datetime:
        label, eur, page = self.rng.choice(products)
        self.ev(c, at, "web", "page_view", attrs={"page": page})
        t = self.later(at, 2, 15)
        currency = {"UK": "GBP", "CH": "CHF"}.get(c.market, "EUR")
        rate = {"GBP": 0.86, "CHF": 0.94}.get(currency, 1.0)
        value = f"{float(eur) * rate:.2f}"
        self.ev(
            c,
            t,
            "web",
            "purchase",
            attrs={"order_value": value, "currency": currency, "product": label, "page": page},
        )
        return t

    def question(
        self, c: Cust, at: datetime, channel: str, q: str, a: str, lang: str, subjects: bool = True
    ) -> datetime:
        """A question answered by an agent, often thanked."""
        agent = self.agent(lang)
        if channel == "chat":
            self.say(c, at, "chat", self.render(c, q, lang))
            t = self.later(at, 1, 6)
            self.answer(c, t, "chat", self.render(c, a, lang), agent=agent)
            if self.rng.random() < 0.75:
                t = self.later(t, 1, 5)
                self.say(
                    c,
                    t,
                    "chat",
                    self.render(c, self.pick(c, "thanks", wh.THANKS[lang]), lang, agent=agent),
                )
            return t
        subject = self.rng.choice(wh.QUESTION_SUBJECTS[lang]) if subjects else None
        self.say(c, at, "email", self.render(c, q, lang), subject)
        t = self.day_time(self.later(at, 20, 150))
        reply = self.render(c, a, lang) + "\n" + self.signature(lang, agent)
        self.answer(c, t, "email", reply, f"Re: {subject}" if subject else None)
        if self.rng.random() < 0.5:
            t = self.day_time(self.later(t, 10, 90))
            self.say(
                c,
                t,
                "email",
                self.render(c, self.pick(c, "thanks", wh.THANKS[lang]), lang, agent=agent),
                f"Re: {subject}" if subject else None,
            )
        return t

    def happy_act(
        self, c: Cust, at: datetime, lang: str | None = None, kinds: Sequence[str] | None = None
    ) -> datetime:
        """One happy act (and its answer and thanks); returns the time of its last touchpoint."""
        lang = lang or c.lang
        rng = self.rng
        options = kinds or (
            "post",
            "post",
            "again",
            "gripe",
            "chat",
            "chat",
            "mail",
            "phone",
            "buy",
            "buy",
            "view",
            "review",
            "survey",
        )
        kind = rng.choice(options)
        tables = {
            "post": ("post" + lang, wh.POSTS[lang]),
            "again": ("again" + lang, wh.AGAIN[lang]),
            "gripe": ("gripe" + lang, wh.GRIPE[lang]),
            "chat": ("q" + lang, wh.QUESTIONS[lang]),
            "mail": ("q" + lang, wh.QUESTIONS[lang]),
            "phone": ("phone" + lang, wh.PHONE_QUESTIONS[lang]),
            "review": ("review" + lang, wh.REVIEWS[lang]),
        }
        if kind in tables and self.spent(c, *tables[kind]):
            kind = rng.choice(("buy", "view"))
        if kind in ("post", "again", "gripe"):
            table = {"post": wh.POSTS, "again": wh.AGAIN, "gripe": wh.GRIPE}[kind][lang]
            text = self.render(c, self.pick(c, kind + lang, table), lang, brand="@" + BRAND)
            self.say(c, at, rng.choice(("social", "community")), text)
            return at
        if kind in ("chat", "mail"):
            q, a = self.pick(c, "q" + lang, wh.QUESTIONS[lang])
            return self.question(c, at, kind if kind == "chat" else "email", q, a, lang)
        if kind == "phone":
            q, a = self.pick(c, "phone" + lang, wh.PHONE_QUESTIONS[lang])
            self.say(c, at, "phone", self.render(c, q, lang))
            t = self.later(at, 10, 30)
            follow = self.render(c, a, lang) + "\n" + self.signature(lang)
            self.answer(c, t, "email", follow, wh.PHONE_FOLLOWUP_SUBJECT[lang])
            return t
        if kind == "buy":
            return self.purchase(c, at)
        if kind == "view":
            self.ev(c, at, "web", "page_view", attrs={"page": rng.choice(wh.PAGES)})
            return at
        if kind == "review":
            text, rating = self.pick(c, "review" + lang, wh.REVIEWS[lang])
            self.ev(
                c,
                at,
                "web",
                "review",
                self.noisy(self.render(c, text, lang)),
                attrs={"rating": str(rating), "page": "/reviews"},
            )
            return at
        return self.happy_survey(c, at, lang)

    def happy_survey(self, c: Cust, at: datetime, lang: str) -> datetime:
        rng = self.rng
        kind = rng.choice(("nps", "csat", "ces"))
        value = {
            "nps": rng.choice((9, 10, 10)),
            "csat": rng.choice((4, 5, 5)),
            "ces": rng.choice((6, 7)),
        }[kind]
        word = rng.choice((*wh.SURVEY_WORDS[lang], "", ""))
        self.survey(c, at, kind, value, word)
        return at

    def happy_days(
        self, c: Cust, count: int, days: Sequence[int], h0: float = 7, h1: float = 20, **kw: Any
    ) -> list[datetime]:
        """``count`` happy acts on distinct days drawn from ``days``."""
        pool = list(days)
        chosen = (
            self.rng.sample(pool, count)
            if count <= len(pool)
            else [self.rng.choice(pool) for _ in range(count)]
        )
        return [self.happy_act(c, self.at(d, h0, h1), **kw) for d in sorted(chosen)]

    # ----- writing ------------------------------------------------------------------

    def identifiers(self, e: Event, full: bool) -> dict[str, str | None]:
        ids = e.cust.ids
        rng = self.rng
        out: dict[str, str | None] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": ids["account_id"],
        }
        if full:
            out.update({k: v for k, v in ids.items()})
            return out
        if e.channel == "phone":
            phone = str(ids["phone"])
            cc = PHONES[e.cust.market][0]
            out["phone"] = "+" + cc + " " + phone[len(cc) + 1 :] if rng.random() < 0.5 else phone
        elif e.channel in ("social", "community") and ids["handle"]:
            handle = str(ids["handle"])
            out["handle"] = handle[1:] if rng.random() < 0.2 else handle
        elif e.channel in ("email", "social", "community"):
            email = str(ids["email"])
            out["email"] = email.upper() if rng.random() < 1 / 12 else email
        else:
            out["customer_id"] = ids["customer_id"]
        return out

    def expected_counts(self) -> dict[str, int]:
        counts: Counter[str] = Counter()
        for c in self.customers:
            counts.update(c.truth["expected_rules"])
        for a in self.accounts.values():
            counts.update(a["expected_rules"])
        if self.spike:
            counts["topic_spike"] += 1
        return dict(sorted(counts.items()))

    def write(self) -> tuple[int, int]:
        counts = self.expected_counts()
        if counts != dict(sorted(self.expect.items())):
            raise SystemExit(f"{self.name}: expected {self.expect}, planted {counts}")
        events = sorted(self.events, key=lambda e: (e.at, e.seq))
        seen: set[str] = set()
        lines: list[str] = []
        for e in events:
            if not FIRST_DAY <= e.at < LAST_DAY:
                raise SystemExit(
                    f"{self.name}: {e.eid} at {iso(e.at)} outside 2026 / after 14 November"
                )
            full = e.direction == "outbound" or (
                e.direction == "inbound" and e.cust.key not in seen
            )
            if e.direction == "inbound":
                seen.add(e.cust.key)
            record = {
                "event_id": e.eid,
                "occurred_at": iso(e.at),
                "channel": e.channel,
                "kind": e.kind,
                "direction": e.direction,
                "customer": self.identifiers(e, full),
                "text": e.text,
                "subject": e.subject,
                "scores": e.scores,
                "source": SOURCES[e.channel],
                "attributes": e.attrs,
            }
            lines.append(json.dumps(record, ensure_ascii=False))
        for c in self.customers:
            if c.key not in seen:
                raise SystemExit(f"{self.name}: {c.key} has no inbound touchpoint")
        end = self.start + timedelta(days=self.days)
        last = events[-1].at + timedelta(hours=1)
        end = max(end, last)
        if end >= LAST_DAY:
            raise SystemExit(f"{self.name}: end {iso(end)} too late")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": (
                    "Custodra: home alarms, cameras and 24/7 monitoring by app, "
                    "Custodra Business for shops and offices"
                ),
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "2026-12-02, by hand, blind (heldout38)",
                "expected": counts,
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {c.key: c.truth for c in self.customers},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )
        return len(self.customers), len(lines)

    # ----- shared stories -----------------------------------------------------------

    def complaint(self, c: Cust, problem: str, lang: str, brand: str = BRAND) -> str:
        return self.render(
            c,
            self.pick(c, "complaint" + problem + lang, wt.COMPLAINT[lang][problem]),
            lang,
            brand=brand,
        )

    def restate(self, c: Cust, problem: str, lang: str) -> str:
        return self.render(c, wt.RESTATE[lang][problem], lang)

    def first_contact(
        self,
        c: Cust,
        at: datetime,
        channel: str,
        problem: str,
        lang: str,
        case: str,
        long_email: bool = False,
    ) -> str:
        """The first message about a problem, on any channel (a call transcribed)."""
        topic = wt.TOPIC[lang][problem]
        subject = wt.COMPLAINT_SUBJECT[lang].replace("{topic}", topic)
        if channel == "phone":
            opener = self.opener(lang, at)
            return self.say(
                c, at, "phone", opener + " " + self.speech(self.complaint(c, problem, lang), lang)
            )
        if channel == "social":
            return self.say(c, at, "social", self.complaint(c, problem, lang, brand="@" + BRAND))
        text = self.complaint(c, problem, lang)
        if long_email:
            letter = self.pick(c, "long" + lang, wt.LONG_EMAIL[lang])
            text = self.render(c, letter, lang, complaint=text, name=f"{c.first} {c.last}")
        return self.say(
            c,
            at,
            channel,
            text,
            subject if channel in ("email", "web") else None,
            page="/help/complaint",
        )

    def opened(
        self, c: Cust, at: datetime, channel: str, case: str, lang: str, passed_on: bool = False
    ) -> str:
        """The agent's "case opened" (or "passed on") reply, in chat or by e-mail."""
        if channel == "chat" and not passed_on:
            return self.answer(
                c,
                at,
                "chat",
                self.render(c, wt.CASE_OPENED_CHAT[lang], lang, case=case),
                agent=self.agent(lang),
            )
        table = wt.PASSED_ON if passed_on else wt.CASE_OPENED
        text = self.render(c, table[lang], lang, case=case, signature=self.signature(lang))
        return self.answer(c, at, "email", text, self.case_subject(lang, case))

    def good_news(self, c: Cust, at: datetime, case: str, problem: str, lang: str) -> str:
        fix = self.render(c, wt.FIX[lang][problem], lang)
        text = self.render(
            c, wt.GOOD_NEWS[lang], lang, case=case, fix=fix, signature=self.signature(lang)
        )
        return self.answer(c, at, "email", text, wt.GOOD_NEWS_SUBJECT[lang].replace("{case}", case))

    def again(
        self, c: Cust, at: datetime, channel: str, n: int, case: str, problem: str, lang: str
    ) -> str:
        """A later contact about the same open case (n = 2, 3, 4)."""
        line = self.pick(c, f"followup{n}{lang}", wt.FOLLOWUP[lang][n])
        text = self.render(c, line, lang, case=case, restate=self.restate(c, problem, lang))
        if channel == "phone":
            opener = self.opener(lang, at)
            return self.say(c, at, "phone", opener + " " + self.speech(text, lang, case))
        subject = self.case_subject(lang, case, wt.TOPIC[lang][problem])
        return self.say(c, at, channel, text, subject, page="/help/complaint")

    def confirm(self, c: Cust, at: datetime, channel: str, case: str, lang: str) -> str:
        text = self.render(c, self.pick(c, "confirm" + lang, wt.CONFIRM[lang]), lang, case=case)
        return self.say(
            c,
            at,
            channel,
            text,
            wt.GOOD_NEWS_SUBJECT[lang].replace("{case}", case) if channel == "email" else None,
        )

    def fixed_case(
        self, c: Cust, raised: datetime, problem: str, lang: str, confirm_lang: str | None = None
    ) -> dict[str, Any]:
        """A problem raised, answered with a case, fixed by an agent and confirmed."""
        confirm_lang = confirm_lang or lang
        case = self.case_ref()
        channel = self.rng.choice(("email", "chat", "web", "phone"))
        first = self.first_contact(c, raised, channel, problem, lang, case)
        self.opened(c, self.day_time(self.later(raised, 5, 30)), channel, case, lang)
        fixed = self.day_time(self.later(raised, 180, 1200))
        self.good_news(c, fixed, case, problem, confirm_lang)
        confirm_channel = self.rng.choice(("email", "chat"))
        confirmed = self.day_time(self.later(fixed, 480, 1800))
        confirm_id = self.confirm(c, confirmed, confirm_channel, case, confirm_lang)
        return {
            "problem": problem,
            "booking": case,
            "raised_at": iso(raised),
            "fixed_at": iso(fixed),
            "confirmed_at": iso(confirmed),
            "problem_event_ids": [first],
            "confirm_event_id": confirm_id,
            "channel": channel,
            "confirm_channel": confirm_channel,
        }

    def slide(self, c: Cust, begin: datetime, span_days: int, langs: Sequence[str]) -> list[str]:
        """Six steps from mild to gone, over ``span_days``; returns their event ids."""
        ids: list[str] = []
        t = begin
        ratings = (3, 3, 2, 2, 1, 1)
        for step in range(6):
            lang = langs[step % len(langs)]
            if step:
                gap_h = span_days * 24 / 5
                t = self.day_time(
                    t + timedelta(hours=self.rng.uniform(0.6 * gap_h, 1.2 * gap_h) + 1)
                )
            channel = self.rng.choice(("social", "community", "review"))
            if channel == "review":
                text = self.noisy(self.render(c, wt.SLIDE[lang][step], lang))
                ids.append(
                    self.ev(
                        c,
                        t,
                        "web",
                        "review",
                        text,
                        attrs={"rating": str(ratings[step]), "page": "/reviews"},
                    )
                )
            else:
                ids.append(
                    self.say(
                        c, t, channel, self.render(c, wt.SLIDE[lang][step], lang, brand="@" + BRAND)
                    )
                )
            c.truth.setdefault("_times", []).append(t)
        return ids


# ===== the families =================================================================


def happy_writers(reg: Registry) -> Fam:
    f = Fam(
        1,
        "happy_writers",
        "HW",
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        "Households who write often and are happy: day writers, night writers, survey answerers.",
        {},
        reg,
    )
    for _ in range(18):
        c = f.new("happy", "day writer")
        f.happy_days(c, f.rng.randint(5, 8), range(10))
    for _ in range(5):
        c = f.new("happy", "night writer")
        nights = f.rng.sample(range(9), f.rng.randint(2, 4))
        for d in nights:
            night_act(f, c, f.start + timedelta(days=d, hours=f.rng.uniform(22.2, 28.5)))
        f.happy_days(
            c, f.rng.randint(2, 3), range(10), 9, 18, kinds=("post", "buy", "view", "review")
        )
    for _ in range(5):
        c = f.new("happy", "answers surveys")
        for d in sorted(f.rng.sample(range(10), f.rng.randint(3, 6))):
            f.happy_survey(c, f.at(d, 8, 20), c.lang)
    return f


def night_act(f: Fam, c: Cust, at: datetime, lang: str | None = None) -> tuple[str, datetime]:
    lang = lang or c.lang
    if f.rng.random() < 0.5:
        text = f.render(c, f.pick(c, "night" + lang, wh.NIGHT_POSTS[lang]), lang, brand="@" + BRAND)
        return f.say(c, at, f.rng.choice(("social", "community")), text), at
    q, a = f.pick(c, "nightq" + lang, wh.NIGHT_QUESTIONS[lang])
    agent = f.agent(lang)
    eid = f.say(c, at, "chat", f.render(c, q, lang))
    t = f.later(at, 1, 3)
    f.answer(c, t, "chat", f.render(c, a, lang), agent=agent)
    t = f.later(t, 1, 3)
    f.say(c, t, "chat", f.render(c, f.pick(c, "thanks", wh.THANKS[lang]), lang, agent=agent))
    return eid, t


def one_bad_day(reg: Registry) -> Fam:
    f = Fam(
        2,
        "one_bad_day",
        "BD",
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        "Happy households with one angry moment about one problem, "
        "some with a low score; happy controls.",
        {"detractor": 6},
        reg,
    )
    rng = f.rng
    channels = [ch for ch in ("long", "email", "chat", "social", "web", "phone") for _ in range(4)]
    problems = [p for p in wt.PROBLEMS for _ in range(4)]
    rng.shuffle(channels)
    rng.shuffle(problems)
    order = list(range(24))
    rng.shuffle(order)
    nps_givers = set(order[:6])
    csat_givers = set(order[6:11])
    fixable = [i for i in range(24) if channels[i] != "social"]
    good = set(rng.sample(fixable, 12))
    apologising = set(rng.sample(sorted(good), 5))
    for i in range(24):
        persona = "bad_day_detractor" if i in nps_givers else "happy_one_bad_day"
        long_email = channels[i] == "long"
        channel = "email" if long_email else channels[i]
        c = f.new(persona, "one bad day", expected=("detractor",) if i in nps_givers else ())
        day = rng.randint(2, 9)
        bad = f.at(day, 8, 20)
        case = f.case_ref()
        happy_days = [d for d in range(12) if d <= day - 2 or d >= day + 3]
        f.happy_days(
            c,
            rng.randint(1, 5),
            happy_days,
            kinds=("post", "again", "gripe", "chat", "mail", "buy", "view", "review"),
        )
        bad_id = f.first_contact(c, bad, channel, problems[i], c.lang, case, long_email)
        if channel in ("email", "web", "phone"):
            f.opened(c, f.later(bad, 10, 40), "email", case, c.lang)
        elif channel == "chat":
            f.opened(c, f.later(bad, 2, 6), "chat", case, c.lang)
        extra: dict[str, Any] = {
            "problem": problems[i],
            "channel": channel,
            "long_email": long_email,
            "bad_day_at": iso(bad),
            "bad_day_event_id": bad_id,
            "trouble_starts_at": iso(bad),
            "booking": None if channel == "social" else case,
            "nps_given": i in nps_givers,
            "csat_given": i in csat_givers,
            "agent_fixed": i in good,
            "apologised": i in apologising,
        }
        if i in csat_givers:
            value = rng.choice((1, 2))
            extra["csat"] = value
            extra["survey_event_id"] = f.survey(
                c, f.later(bad, 40, 80), "csat", value, rng.choice(wt.LOW_WORDS[c.lang])
            )
        if i in nps_givers:
            value = rng.randint(1, 5)
            extra["nps"] = value
            extra["survey_event_id"] = f.survey(
                c, f.later(bad, 100, 140), "nps", value, rng.choice(wt.LOW_WORDS[c.lang])
            )
        if i in good:
            f.good_news(c, f.later(bad, 60, 240), case, problems[i], c.lang)
        if i in apologising:
            t = f.day_time(f.later(bad, 16 * 60, 24 * 60))
            ch = rng.choice(("chat", "email"))
            extra["apology_at"] = iso(t)
            extra["apology_event_id"] = f.say(
                c,
                t,
                ch,
                f.render(c, f.pick(c, "apology", wt.APOLOGY[c.lang]), c.lang),
                wt.GOOD_NEWS_SUBJECT[c.lang].replace("{case}", case) if ch == "email" else None,
            )
        c.truth.update(extra)
    for _ in range(8):
        c = f.new("happy", "control")
        f.happy_days(
            c,
            rng.randint(4, 7),
            range(12),
            kinds=("post", "again", "gripe", "chat", "mail", "phone", "buy", "view", "review"),
        )
    return f


def repeats(
    f: Fam, c: Cust, first_day: int, times: int, langs: Sequence[str], passed_on: bool
) -> None:
    """One problem raised ``times`` times (alternating ``langs``), the case still open."""
    rng = f.rng
    problem = rng.choice(wt.PROBLEMS)
    case = f.case_ref()
    channels = ["email", "chat", "phone", "social", "web"]
    rng.shuffle(channels)
    t = f.at(first_day, 8, 19)
    ids: list[str] = []
    for n in range(times):
        lang = langs[n % len(langs)]
        if n == 0:
            ids.append(f.first_contact(c, t, channels[0], problem, lang, case))
            if passed_on:
                f.opened(c, f.day_time(f.later(t, 90, 150)), "email", case, lang, passed_on=True)
            else:
                f.opened(
                    c,
                    f.day_time(f.later(t, 5, 30)),
                    channels[0] if channels[0] == "chat" else "email",
                    case,
                    lang,
                )
            c.truth["trouble_starts_at"] = iso(t)
        else:
            t = f.day_time(t + timedelta(hours=rng.uniform(4, 40)))
            ids.append(f.again(c, t, channels[n], n + 1, case, problem, lang))
    c.truth.update(
        {
            "problem": problem,
            "booking": case,
            "contacts": times,
            "channels": channels[:times],
            "agent_passed_on": passed_on,
            "problem_event_ids": ids,
        }
    )


def repeat_contacts(reg: Registry) -> Fam:
    f = Fam(
        3,
        "repeat_contacts",
        "RC",
        datetime(2026, 5, 18, tzinfo=UTC),
        10,
        "One open problem raised again and again; problems fixed between "
        "contacts; two different problems; frequent happy writers.",
        {"repeat_contact": 12},
        reg,
    )
    rng = f.rng
    counts = [2] * 4 + [3] * 4 + [4] * 4
    rng.shuffle(counts)
    passed = set(rng.sample(range(12), 6))
    for i, times in enumerate(counts):
        c = f.new("repeat_contact", "repeats", expected=("repeat_contact",))
        f.happy_days(
            c,
            rng.randint(1, 3),
            [0],
            7,
            12,
            kinds=("post", "again", "chat", "buy", "view", "review"),
        )
        repeats(f, c, rng.randint(1, 4), times, [c.lang], i in passed)
    for _ in range(5):
        c = f.new("resolved_between_contacts", "fixed")
        f.happy_days(c, rng.randint(1, 3), [0, 1], kinds=("post", "chat", "buy", "view"))
        raised = f.at(rng.randint(2, 5), 8, 19)
        fixed = f.fixed_case(c, raised, rng.choice(wt.PROBLEMS), c.lang)
        c.truth.update(
            {
                "problems": [fixed],
                "trouble_starts_at": fixed["raised_at"],
                "booking": fixed["booking"],
            }
        )
    for _ in range(3):
        c = f.new("different_problems", "two problems")
        p1, p2 = rng.sample(wt.PROBLEMS, 2)
        d1 = rng.randint(0, 2)
        one = f.fixed_case(c, f.at(d1, 8, 18), p1, c.lang)
        two = f.fixed_case(c, f.at(d1 + rng.randint(4, 6), 8, 18), p2, c.lang)
        c.truth.update({"problems": [one, two], "trouble_starts_at": one["raised_at"]})
    for _ in range(7):
        c = f.new("happy", "frequent writer")
        f.happy_days(
            c,
            rng.randint(5, 8),
            range(10),
            kinds=("chat", "chat", "mail", "mail", "phone", "post", "buy"),
        )
    return f


def slow_churners(reg: Registry) -> Fam:
    f = Fam(
        4,
        "slow_churners",
        "SC",
        datetime(2026, 6, 8, tzinfo=UTC),
        32,
        "A slow slide from a happy baseline (some with a low NPS); leavers who "
        "cancel; steady happy; steadily grumpy; one sarcastic remark.",
        {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
        reg,
    )
    rng = f.rng
    nps = set(rng.sample(range(10), 5))
    for i in range(10):
        expected = ("sentiment_drop", "detractor") if i in nps else ("sentiment_drop",)
        c = f.new("slow_churner", "slides", expected=expected)
        praise = rng.randint(4, 5)
        f.happy_days(c, praise, range(11), kinds=("post", "post", "again", "gripe"))
        f.happy_days(
            c,
            rng.randint(2, 4),
            range(11),
            kinds=("chat", "mail", "buy", "view", "review", "phone"),
        )
        span = rng.choice((3, 5, 7, 9))
        begin = f.at(rng.randint(12, 16), 8, 20)
        ids = f.slide(c, begin, span, [c.lang])
        times: list[datetime] = c.truth.pop("_times")
        c.truth.update(
            {
                "slide_event_ids": ids,
                "slide_days": span,
                "trouble_starts_at": iso(begin),
                "nps_given": i in nps,
            }
        )
        if i in nps:
            value = rng.randint(1, 5)
            c.truth["nps"] = value
            c.truth["survey_event_id"] = f.survey(c, f.later(times[3], 150, 210), "nps", value)
    for _ in range(5):
        c = f.new("slow_churner", "cancels", expected=("churn_intent",))
        f.happy_days(c, rng.randint(4, 6), range(16))
        asked = f.at(rng.randint(17, 23), 8, 20)
        text = f.render(
            c, f.pick(c, "cancel", wt.CANCEL_REQUEST[c.lang]), name=f"{c.first} {c.last}"
        )
        churn_id = f.say(c, asked, "email", text, wt.CANCEL_SUBJECT[c.lang])
        f.answer(
            c,
            f.day_time(f.later(asked, 60, 300)),
            "email",
            f.render(c, wt.GOODBYE[c.lang], signature=f.signature(c.lang)),
            "Re: " + wt.CANCEL_SUBJECT[c.lang],
        )
        gone = f.day_time(f.later(asked, 20 * 60, 30 * 60))
        reason = rng.choice(wt.CANCEL_REASON[c.lang])
        cancel_id = f.ev(
            c, gone, "web", "cancellation", reason or None, attrs={"page": "/account/plan/cancel"}
        )
        c.truth.update(
            {
                "churn_intent_event_id": churn_id,
                "cancellation_event_id": cancel_id,
                "churn_at": iso(gone),
                "trouble_starts_at": iso(asked),
            }
        )
    for _ in range(6):
        c = f.new("happy", "steady")
        f.happy_days(c, rng.randint(6, 10), range(32))
    for _ in range(5):
        c = f.new("steadily_grumpy", "grumbles")
        t = f.at(rng.randint(0, 4), 8, 20)
        first_at: datetime | None = None
        ids = []
        for _n in range(rng.randint(5, 7)):
            line = f.render(c, f.pick(c, "grumble", wt.GRUMBLES[c.lang]))
            channel = rng.choice(("social", "community", "web", "review"))
            if channel == "review":
                ids.append(
                    f.ev(
                        c,
                        t,
                        "web",
                        "review",
                        f.noisy(line),
                        attrs={"rating": "3", "page": "/reviews"},
                    )
                )
                first_at = first_at or t
            else:
                ids.append(f.say(c, t, channel, line))
            first_at = first_at or t
            t = f.day_time(t + timedelta(days=rng.randint(1, 3), hours=rng.uniform(-3, 3)))
        for _n in range(rng.randint(0, 2)):
            f.purchase(c, f.at(rng.randint(0, 31), 9, 19))
        assert first_at is not None
        c.truth.update({"grumble_event_ids": ids, "trouble_starts_at": iso(first_at)})
    for _ in range(5):
        c = f.new("happy_one_sarcastic_remark", "happy")
        f.happy_days(c, rng.randint(4, 7), list(range(16)) + list(range(29, 32)))
        t = f.at(rng.randint(17, 28), 9, 21)
        text = f.render(c, f.pick(c, "sarcasm", wh.SARCASM[c.lang]), brand="@" + BRAND)
        c.truth["sarcasm_event_id"] = f.say(c, t, rng.choice(("social", "community")), text)
    return f


def quiet_hours(reg: Registry) -> Fam:
    f = Fam(
        5,
        "quiet_hours",
        "QH",
        datetime(2026, 8, 14, tzinfo=UTC),
        3,
        "A calm summer weekend with night owls in bursts after midnight; no spike.",
        {},
        reg,
    )
    rng = f.rng
    for _ in range(16):
        c = f.new("happy", "day writer")
        for d in sorted(rng.sample(range(3), rng.randint(1, 3))):
            f.happy_act(c, f.at(d, 7, 17.5))
        if rng.random() < 0.3:
            f.happy_act(c, f.at(rng.randrange(3), 7, 17.5), kinds=("buy", "view", "post"))
    for i in range(4):
        c = f.new("grumbles_once", "grumbles once")
        t = f.at(rng.randrange(3), 8, 17)
        if rng.random() < 0.5:
            t = f.purchase(c, t)
        else:
            f.ev(c, t, "web", "page_view", attrs={"page": "/shop/cameras"})
        q, a = f.pick(c, "mild", wt.MILD[c.lang])
        t = f.later(t, 3, 20)
        channel = "chat" if i < 2 else "web"
        gid = f.say(c, t, channel, f.render(c, q), page="/help/feedback")
        if channel == "chat":
            f.answer(c, f.later(t, 1, 6), "chat", f.render(c, a), agent=f.agent(c.lang))
        else:
            f.answer(
                c,
                f.later(t, 30, 120),
                "email",
                f.render(c, a) + "\n" + f.signature(c.lang),
                wh.QUESTION_SUBJECTS[c.lang][0],
            )
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(t)})
    day_owls = set(rng.sample(range(36), 15))
    owl = 0
    for night in range(3):
        first = f.start + timedelta(days=night + 1, hours=rng.uniform(0 + 40 / 60, 1 + 5 / 60))
        starts = [
            first,
            first + timedelta(minutes=rng.uniform(28, 33)),
            first + timedelta(minutes=rng.uniform(55, 65)),
        ]
        for burst, bstart in enumerate(starts):
            for _k in range(4):
                c = f.new("night_owl", f"night {night + 1}, burst {burst + 1}")
                at = bstart + timedelta(minutes=rng.uniform(0, 9.5))
                eid, _t = night_act(f, c, at)
                c.truth.update({"burst_at": iso(bstart), "night_event_id": eid})
                if owl in day_owls:
                    f.happy_act(
                        c, f.at(rng.randrange(3), 9, 17.5), kinds=("post", "buy", "view", "review")
                    )
                owl += 1
    return f


BILINGUAL_PAIRS = (
    ("pt", "de"),
    ("pt", "de"),
    ("pt", "de"),
    ("de", "pt"),
    ("de", "pt"),
    ("pt", "fr"),
    ("pt", "fr"),
    ("pt", "en"),
    ("pt", "en"),
    ("de", "en"),
    ("de", "en"),
    ("de", "fr"),
    ("de", "fr"),
    ("de", "it"),
    ("de", "it"),
    ("pt", "es"),
    ("pt", "es"),
    ("es", "pt"),
    ("fr", "de"),
    ("fr", "de"),
    ("it", "de"),
    ("en", "de"),
    ("en", "pt"),
    ("es", "de"),
    ("fr", "pt"),
    ("it", "pt"),
    ("de", "es"),
)


def bilingual(reg: Registry) -> Fam:
    f = Fam(
        6,
        "bilingual",
        "BL",
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
        "Customers who write in two languages: happy, repeat contacts, sliders, "
        "one bad day in the second language, fixed problems.",
        {"repeat_contact": 5, "sentiment_drop": 5},
        reg,
    )
    rng = f.rng
    pairs = list(BILINGUAL_PAIRS)
    rng.shuffle(pairs)
    roles = ["happy"] * 12 + ["repeat"] * 5 + ["slide"] * 5 + ["bad"] * 3 + ["fixed"] * 2
    repeat_times = [2, 2, 3, 3, 4]
    bad_channels = ["long", "email", "chat"]
    for (l1, l2), role in zip(pairs, roles, strict=True):
        if l2 in ("fr", "de") and l1 == "pt" and rng.random() < 0.3:
            market = "LU"
        else:
            market = f.market(l2)
        both = (l1, l2)
        persona, habit, expected = {
            "happy": ("happy", "alternates languages", ()),
            "repeat": ("repeat_contact", "repeats", ("repeat_contact",)),
            "slide": ("slow_churner", "slides", ("sentiment_drop",)),
            "bad": ("happy_one_bad_day", "one bad day", ()),
            "fixed": ("resolved_between_contacts", "fixed", ()),
        }[role]
        c = f.new(persona, habit, l1, market, expected=expected, town_lang=l2, languages=list(both))
        c.lang2 = l2
        job2 = f.job(rng.choice(wh.JOBS[l2]), c.fem)
        c.truth["job_second_language"] = job2
        if role == "happy":
            for n, d in enumerate(sorted(rng.sample(range(14), rng.randint(5, 8)))):
                f.happy_act(c, f.at(d, 7, 20), lang=both[n % 2])
        elif role == "repeat":
            times = repeat_times.pop()
            for n, d in enumerate(sorted(rng.choice((0, 1)) for _ in range(rng.randint(1, 3)))):
                f.happy_act(
                    c, f.at(d, 7, 12), lang=both[n % 2], kinds=("post", "chat", "buy", "view")
                )
            repeats(f, c, rng.randint(2, 6), times, both, times >= 3)
        elif role == "slide":
            for n, d in enumerate(sorted(rng.sample(range(6), 5))):
                f.happy_act(c, f.at(d, 7, 20), lang=both[n % 2], kinds=("post", "again", "gripe"))
            for n, d in enumerate(sorted(rng.sample(range(6), rng.randint(1, 3)))):
                f.happy_act(
                    c,
                    f.at(d, 7, 20),
                    lang=both[(n + 1) % 2],
                    kinds=("chat", "buy", "view", "review"),
                )
            span = rng.randint(3, 5)
            begin = f.at(rng.randint(7, 8), 8, 20)
            ids = f.slide(c, begin, span, both)
            c.truth.pop("_times")
            c.truth.update(
                {"slide_event_ids": ids, "slide_days": span, "trouble_starts_at": iso(begin)}
            )
        elif role == "bad":
            kind = bad_channels.pop()
            day = rng.randint(4, 8)
            bad = f.at(day, 8, 20)
            days = [d for d in range(14) if d <= day - 2 or d >= day + 3]
            for n, d in enumerate(sorted(rng.sample(days, rng.randint(3, 5)))):
                f.happy_act(
                    c,
                    f.at(d, 7, 20),
                    lang=both[n % 2],
                    kinds=("post", "chat", "buy", "view", "review"),
                )
            problem = rng.choice(wt.PROBLEMS)
            case = f.case_ref()
            channel = "chat" if kind == "chat" else "email"
            bid = f.first_contact(c, bad, channel, problem, l2, case, long_email=kind == "long")
            f.opened(c, f.later(bad, 3, 30), channel, case, l2)
            extra: dict[str, Any] = {
                "problem": problem,
                "booking": case,
                "channel": channel,
                "long_email": kind == "long",
                "bad_day_at": iso(bad),
                "bad_day_event_id": bid,
                "bad_day_language": l2,
                "trouble_starts_at": iso(bad),
                "agent_fixed": kind != "chat",
                "apologised": kind == "email",
            }
            if kind != "chat":
                f.good_news(c, f.later(bad, 60, 240), case, problem, l2)
            if kind == "email":
                t = f.day_time(f.later(bad, 16 * 60, 24 * 60))
                extra["apology_at"] = iso(t)
                extra["apology_event_id"] = f.say(
                    c, t, "chat", f.render(c, f.pick(c, "apology", wt.APOLOGY[l2]), l2)
                )
            c.truth.update(extra)
        else:
            for n, d in enumerate(sorted(rng.sample(range(3), rng.randint(1, 2)))):
                f.happy_act(c, f.at(d, 7, 20), lang=both[n % 2], kinds=("post", "chat", "buy"))
            fixed = f.fixed_case(
                c, f.at(rng.randint(3, 8), 8, 19), rng.choice(wt.PROBLEMS), l1, confirm_lang=l2
            )
            c.truth.update(
                {
                    "problems": [fixed],
                    "trouble_starts_at": fixed["raised_at"],
                    "booking": fixed["booking"],
                    "confirm_language": l2,
                }
            )
    return f


#: account index -> (kind, problem, complainers)
B2B_PLAN: dict[int, tuple[str, str | None, int]] = {
    0: ("at_risk", "invoice", 4),
    3: ("at_risk", "service_blocked", 3),
    5: ("at_risk", "overbilled", 4),
    6: ("at_risk", "portal", 3),
    8: ("at_risk", "invoice", 3),
    1: ("one_unhappy", "portal", 1),
    7: ("one_unhappy", "invoice", 1),
    12: ("one_unhappy", "overbilled", 1),
    13: ("one_unhappy", "service_blocked", 1),
    2: ("mild", None, 2),
    10: ("mild", None, 2),
    11: ("mild", None, 2),
    4: ("happy", None, 0),
    9: ("happy", None, 0),
    14: ("happy", None, 0),
}


def vat_number(f: Fam, market: str) -> str:
    def digits(n: int) -> str:
        return "".join(str(f.rng.randrange(10)) for _ in range(n))

    return {
        "PT": "PT5" + digits(8),
        "DE": "DE" + digits(9),
        "AT": "ATU" + digits(8),
        "CH": f"CHE-{digits(3)}.{digits(3)}.{digits(3)} MWST",
        "UK": "GB" + digits(9),
        "ES": "ESB" + digits(8),
        "FR": "FR" + digits(11),
        "IT": "IT" + digits(11),
    }[market]


def b2b_routine(f: Fam, c: Cust, at: datetime, high_scores: bool = True) -> datetime:
    """One routine weekday act of a company contact."""
    rng = f.rng
    kinds = ["chat", "buy", "view"] + (["praise", "survey"] if high_scores else [])
    kind = rng.choice(kinds)
    lang = c.lang
    if kind == "praise" and f.spent(c, "b2bpraise", wb.B2B_PRAISE[lang]):
        kind = "view"
    if kind == "chat" and f.spent(c, "b2bq", wb.B2B_QUESTIONS[lang]):
        kind = "buy"
    if kind == "chat":
        q, a = f.pick(c, "b2bq", wb.B2B_QUESTIONS[lang])
        town = c.truth["town"]
        agent = f.agent(lang)
        f.say(c, at, "chat", f.render(c, q, town=town))
        t = f.later(at, 1, 6)
        f.answer(c, t, "chat", f.render(c, a, town=town), agent=agent)
        t = f.later(t, 1, 5)
        f.say(c, t, "chat", f.render(c, f.pick(c, "b2bthanks", wb.B2B_THANKS[lang]), agent=agent))
        return t
    if kind == "buy":
        return f.purchase(c, at, wb.B2B_PRODUCTS)
    if kind == "view":
        f.ev(c, at, "web", "page_view", attrs={"page": rng.choice(wb.B2B_PAGES)})
        return at
    if kind == "praise":
        f.say(
            c,
            at,
            "community",
            f.render(c, f.pick(c, "b2bpraise", wb.B2B_PRAISE[lang]), company=c.truth["company"]),
        )
        return at
    return f.happy_survey(c, at, lang)


def b2b_accounts(reg: Registry) -> Fam:
    f = Fam(
        7,
        "b2b_accounts",
        "BB",
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
        "Custodra Business accounts: at risk (several contacts, one "
        "problem), one unhappy contact, mild suggestions, happy.",
        {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
        reg,
    )
    rng = f.rng
    weekdays = [d for d in range(14) if (f.start + timedelta(days=d)).weekday() < 5]
    for idx in sorted(B2B_PLAN):
        market, lang, company, site, domain = wb.ACCOUNTS[idx]
        kind, problem, unhappy = B2B_PLAN[idx]
        while True:
            account_id = f"CUB-{market}-{rng.randrange(1000, 10000)}"
            if reg.claim("account:" + account_id):
                break
        n_contacts = {
            "at_risk": rng.randint(5, 6),
            "one_unhappy": 3,
            "mild": rng.randint(3, 4),
            "happy": rng.randint(3, 4),
        }[kind]
        town = f.town(market, lang)
        contacts: list[Cust] = []
        for k in range(n_contacts):
            if k < unhappy:
                role = "suggests" if kind == "mild" else "complainer"
                persona = {
                    "at_risk": "b2b_unhappy",
                    "one_unhappy": "b2b_one_unhappy",
                    "mild": "b2b_mild",
                }[kind]
            else:
                role, persona = "contact", "b2b_happy"
            c = f.new(persona, role, lang, market, company=(account_id, company, domain), role=role)
            c.truth["town"] = town
            contacts.append(c)
        vat = vat_number(f, market)
        site_fee = f.money(39.0, contacts[0], lang)
        # routine acts
        for c in contacts:
            if c.truth["role"] == "contact":
                for d in sorted(rng.sample(weekdays, rng.randint(2, 5))):
                    b2b_routine(f, c, f.at(d, 8, 16.5))
            else:
                for d in sorted(rng.sample([0, 1], rng.randint(0, 2))):
                    b2b_routine(f, c, f.at(d, 8, 16.5), high_scores=False)
        account: dict[str, Any] = {
            "company": company,
            "site": site,
            "contacts": n_contacts,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": unhappy if kind in ("at_risk", "one_unhappy") else 0,
            "unhappy_contact_keys": [c.key for c in contacts[:unhappy]]
            if kind in ("at_risk", "one_unhappy")
            else [],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        f.accounts[account_id] = account
        words = {"vat": vat, "site_fee": site_fee, "company": company}
        if kind == "at_risk":
            assert problem is not None
            case = f.case_ref()
            t = f.at(3, 8, 15)
            first = contacts[0]
            account["trouble_starts_at"] = iso(t)
            topic = wb.B2B_TOPIC[lang][problem]
            for k, c in enumerate(contacts[:unhappy]):
                restate = f.render(c, wb.B2B_RESTATE[lang][problem], words=words)
                if k == 0:
                    text = f.render(c, wb.B2B_COMPLAINT[lang][problem], words=words)
                    subject = wt.COMPLAINT_SUBJECT[lang].replace("{topic}", topic)
                else:
                    t = f.office(t + timedelta(hours=rng.uniform(8, 28)))
                    day0 = datetime.fromisoformat(
                        account["trouble_starts_at"].replace("Z", "+00:00")
                    )
                    said = (
                        wb.TODAY[lang]
                        if t.date() == day0.date()
                        else wb.WEEKDAY[lang][day0.weekday()]
                    )
                    line = wb.B2B_LATER[lang][(k - 1) % len(wb.B2B_LATER[lang])]
                    text = f.render(
                        c,
                        line,
                        colleague_fem=first.fem,
                        first=first.first,
                        weekday=said,
                        case=case,
                        restate=restate,
                        words=words,
                    )
                    subject = f.case_subject(lang, case, topic)
                eid = f.say(c, t, "email", text, subject)
                if k == 0:
                    ack = f.render(c, wb.B2B_ACK[lang], case=case, agent=f.agent(lang), words=words)
                    f.answer(c, f.office(f.later(t, 20, 90)), "email", ack, "Re: " + subject)
                c.truth.update(
                    {
                        "problem": problem,
                        "booking": case,
                        "complaint_event_ids": [eid],
                        "trouble_starts_at": iso(t),
                    }
                )
                if k < unhappy - 1:
                    value = rng.randint(1, 5)
                    c.truth["expected_rules"] = ["detractor"]
                    c.truth.update(
                        {
                            "nps_given": True,
                            "nps": value,
                            "survey_event_id": f.survey(c, f.later(t, 60, 180), "nps", value),
                        }
                    )
                else:
                    c.truth["expected_rules"] = ["repeat_contact"]
                    t2 = f.office(t + timedelta(hours=rng.uniform(18, 40)))
                    phone = rng.random() < 0.6
                    if phone:
                        opener = f.opener(lang, t2)
                        spoken = f.render(
                            c,
                            wb.B2B_AGAIN_PHONE[lang],
                            opener=opener,
                            name=f"{c.first} {c.last}",
                            case=case,
                            words=words,
                        )
                        rid = f.say(c, t2, "phone", f.speech(spoken, lang, case))
                    else:
                        text = f.render(
                            c, wb.B2B_AGAIN[lang], case=case, restate=restate, words=words
                        )
                        rid = f.say(c, t2, "email", text, f.case_subject(lang, case, topic))
                    c.truth["complaint_event_ids"].append(rid)
                    c.truth["repeat_event_id"] = rid
        elif kind == "one_unhappy":
            assert problem is not None
            c = contacts[0]
            case = f.case_ref()
            t = f.office(f.at(rng.choice([d for d in weekdays if 2 <= d <= 9]), 8, 15))
            topic = wb.B2B_TOPIC[lang][problem]
            subject = wt.COMPLAINT_SUBJECT[lang].replace("{topic}", topic)
            eid = f.say(
                c, t, "email", f.render(c, wb.B2B_COMPLAINT[lang][problem], words=words), subject
            )
            f.answer(
                c,
                f.office(f.later(t, 20, 90)),
                "email",
                f.render(c, wb.B2B_ACK[lang], case=case, agent=f.agent(lang), words=words),
                "Re: " + subject,
            )
            value = rng.randint(1, 5)
            c.truth["expected_rules"] = ["detractor"]
            c.truth.update(
                {
                    "problem": problem,
                    "booking": case,
                    "complaint_event_ids": [eid],
                    "trouble_starts_at": iso(t),
                    "nps_given": True,
                    "nps": value,
                    "survey_event_id": f.survey(c, f.later(t, 60, 180), "nps", value),
                }
            )
        elif kind == "mild":
            for k, c in enumerate(contacts[:2]):
                t = f.at(rng.choice([d for d in weekdays if d >= 2]), 8, 16.5)
                text = f.render(c, wb.B2B_SUGGEST[lang][k])
                eid = f.say(c, t, "web", text, page="/business/feedback")
                f.answer(
                    c,
                    f.office(f.later(t, 30, 180)),
                    "email",
                    f.render(c, wb.B2B_SUGGEST_ACK[lang], agent=f.agent(lang)),
                    wh.QUESTION_SUBJECTS[lang][0],
                )
                c.truth.update({"mild_event_id": eid, "trouble_starts_at": iso(t)})
        for c in contacts:
            c.truth["habit"] = c.truth["role"]
    return f


def topic_spike(reg: Registry) -> Fam:
    f = Fam(
        8,
        "topic_spike",
        "TS",
        datetime(2026, 11, 2, tzinfo=UTC),
        7,
        "A calm week, then many customers at once: the app cannot reach "
        "the alarm hub (error GW-583) on a Sunday evening.",
        {"topic_spike": 1, "repeat_contact": 6},
        reg,
    )
    rng = f.rng
    for _ in range(40):
        c = f.new("happy", "day writer")
        for d in sorted(rng.sample(range(7), rng.randint(1, 4))):
            f.happy_act(c, f.at(d, 7, 20))
    for _ in range(2):
        c = f.new("grumbles_once", "grumbles once")
        t = f.at(2, 9, 18)
        q, a = f.pick(c, "mild", wt.MILD[c.lang])
        gid = f.say(c, t, "chat", f.render(c, q))
        f.answer(c, f.later(t, 1, 6), "chat", f.render(c, a), agent=f.agent(c.lang))
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(t)})
    for lang, hours in (("pt", (9, 10)), ("de", (14.5, 15.5))):
        c = f.new("grumbles_once", "lone question", lang)
        t = f.at(5, *hours)
        q, a = wt.LONE_QUESTION[lang]
        lid = f.say(c, t, "chat", q)
        f.answer(c, f.later(t, 2, 6), "chat", f.render(c, a), agent=f.agent(lang))
        c.truth.update({"lone_report_event_id": lid, "trouble_starts_at": iso(t)})
    langs = ["pt"] * 6 + ["de"] * 6 + ["en", "en", "es", "es", "fr", "fr", "it", "it"]
    channels = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(langs)
    rng.shuffle(channels)
    window = f.start + timedelta(days=6, hours=19, minutes=10)
    offsets = sorted([0.0, 45.0] + [rng.uniform(0.5, 44.0) for _ in range(18)])
    regular = set(rng.sample(range(20), 12))
    reporters: list[tuple[Cust, datetime, str]] = []
    said: Counter[str] = Counter()
    for i in range(20):
        c = f.new("spike_reporter", "regular" if i in regular else "new", langs[i])
        if i in regular:
            for d in sorted(rng.sample(range(3), rng.randint(1, 3))):
                f.happy_act(
                    c,
                    f.start
                    + timedelta(
                        days=5, hours=8 + 3.2 * d + rng.uniform(0, 3), seconds=rng.randrange(60)
                    ),
                    kinds=("post", "chat", "buy", "view", "review"),
                )
        at = window + timedelta(minutes=offsets[i], seconds=rng.randrange(60) if 0 < i < 19 else 0)
        lang = c.lang
        said[lang] += 1
        line = f.render(
            c,
            wt.SPIKE[lang][said[lang] % len(wt.SPIKE[lang])],
            brand="@" + BRAND if channels[i] in ("social", "community") else BRAND,
        )
        eid = f.say(c, at, channels[i], line, wt.SPIKE_SUBJECT[lang], page="/help/app")
        c.truth.update(
            {
                "in_spike": True,
                "regular": i in regular,
                "spike_event_id": eid,
                "spike_channel": channels[i],
                "trouble_starts_at": iso(at),
            }
        )
        reporters.append((c, at, channels[i]))
    early = [k for k, (_c, at, _ch) in enumerate(reporters) if at <= window + timedelta(minutes=25)]
    again = set(rng.sample(early, 6))
    rest = [k for k in range(20) if k not in again]
    fixed = set(rng.sample(rest, 6))
    repeat_ids: list[str] = []
    for k, (c, at, channel) in enumerate(reporters):
        if k in again:
            c.truth.update(
                {
                    "persona": "spike_repeater",
                    "expected_rules": ["repeat_contact"],
                    "tolerated_rules": sorted(TOLERATED["spike_repeater"]),
                }
            )
            other = rng.choice(
                [ch for ch in ("chat", "social", "community", "email", "web") if ch != channel]
            )
            t = f.later(at, 15, 50)
            said["again" + c.lang] += 1
            line = f.render(
                c, wt.SPIKE_AGAIN[c.lang][said["again" + c.lang] % len(wt.SPIKE_AGAIN[c.lang])]
            )
            rid = f.say(c, t, other, line, "RE: " + wt.SPIKE_SUBJECT[c.lang], page="/help/app")
            c.truth["repeat_event_id"] = rid
            repeat_ids.append(rid)
        elif k in fixed:
            local = 20 if c.market in UTC_MARKETS else 21
            fixtime = f"{local}h25" if c.lang in ("pt", "fr") else f"{local}:25"
            t = f.start + timedelta(days=6, hours=20, minutes=rng.uniform(40, 50))
            text = f.render(
                c, wt.SPIKE_FIXED[c.lang], fixtime=fixtime, signature=f.signature(c.lang)
            )
            f.answer(c, t, "email", text, wt.SPIKE_FIXED_SUBJECT[c.lang])
    first_ids = [str(c.truth["spike_event_id"]) for c, _at, _ch in reporters]
    f.spike = {
        "topic": (
            "alarm app cannot reach the hub: arming and disarming fail, error GW-583 (hub offline)"
        ),
        "about": (
            "Sunday evening, households coming home or going out cannot arm or disarm from the app"
        ),
        "channel": None,
        "start": iso(min(at for _c, at, _ch in reporters)),
        "end": iso(max(at for _c, at, _ch in reporters)),
        "customers": 20,
        "customer_keys": [c.key for c, _at, _ch in reporters],
        "event_ids": first_ids,
        "repeat_event_ids": repeat_ids,
    }
    return f


FAMILIES: tuple[Callable[[Registry], Fam], ...] = (
    happy_writers,
    one_bad_day,
    repeat_contacts,
    slow_churners,
    quiet_hours,
    bilingual,
    b2b_accounts,
    topic_spike,
)


def main() -> None:
    reg = Registry()
    total_c = total_t = 0
    for build in FAMILIES:
        fam = build(reg)
        customers, touchpoints = fam.write()
        total_c += customers
        total_t += touchpoints
        print(
            f"{fam.name}: {customers} customers, {touchpoints} touchpoints, "
            f"expected {fam.expected_counts()}"
        )
    print(f"total: {total_c} customers, {total_t} touchpoints")


if __name__ == "__main__":
    main()
