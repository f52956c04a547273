# ruff: noqa: E501
"""Writes the 53rd hand-written alert scenario set (report only, never tune on it).

Eight families of a second-hand fashion business (see README.md), each a JSON Lines file
of touchpoints and a truth file in the format of ``streams.tools.simulator.GroundTruth``.
Standard library only and deterministic: ``python make_heldout53.py`` from anywhere writes
the same bytes every time, next to this file.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402
import wording_b2b as B  # noqa: E402
import wording_trouble as T  # noqa: E402

SEED = 20261018
WRITTEN = "2026-12-02"
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
YEAR_START = datetime(2026, 1, 1, tzinfo=UTC)
BUSINESS = (
    "Percheo: second-hand fashion by app and web (buy checked pre-loved clothes delivered home or to a "
    "relay point; sell by filling a Percheo bag that is sorted, photographed and listed, paid into a wallet "
    "when sold; Percheo Club monthly membership with free returns and lower commission; Sunday evening drops) "
    "and Percheo Pro, consignment in bulk for shops, schools, theatres and clubs (Pro portal, carton pick-ups, "
    "monthly commission invoices, payouts). Competitors (invented): Fripono, Tendilo."
)

SOURCES = {
    "email": "percheo-inbox",
    "phone": "percheo-calls",
    "social": "percheo-social",
    "community": "percheo-community",
    "chat": "percheo-chat",
    "web": "percheo-web",
    "survey": "percheo-surveys",
}

LANG_WEIGHTS = (30, 30, 10, 10, 10, 10)

#: The expected alerts planted in each family; the generator refuses to write anything else.
PLANNED: dict[str, dict[str, int]] = {
    "happy_writers": {},
    "one_bad_day": {"detractor": 6},
    "repeat_contacts": {"repeat_contact": 12},
    "slow_churners": {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
    "quiet_hours": {},
    "bilingual": {"repeat_contact": 5, "sentiment_drop": 5},
    "b2b_accounts": {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    "topic_spike": {"topic_spike": 1, "repeat_contact": 6},
}

T_REPEAT = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_SLIDE = ["repeat_contact", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_LEAVE = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
T_GRUMPY = ["repeat_contact", "silence"]
T_QUIET = ["silence"]
T_B2B_RISK = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
T_B2B_ONE = ["sentiment_drop", "high_value_at_risk", "silence"]

LANG_NAME = {
    "fr": "French",
    "es": "Spanish",
    "de": "German",
    "it": "Italian",
    "en": "English",
    "pt": "Portuguese",
}
LANG_LAND = {
    "fr": "France",
    "es": "Spain",
    "de": "Germany",
    "it": "Italy",
    "en": "Ireland",
    "pt": "Portugal",
}
WHY_SECOND = (
    "{L2}-speaking partner",
    "grew up in {C2}",
    "works for a {L2}-speaking employer",
    "studied in {C2} and kept the habit",
    "{L2}-speaking parents",
    "most friends write in {L2}",
)

GREET = {
    "fr": "Bonjour,",
    "es": "Hola:",
    "de": "Guten Tag,",
    "it": "Buongiorno,",
    "en": "Hello,",
    "pt": "Bom dia,",
}
GREETED = ("bonjour", "hola", "buenas", "hallo", "guten", "hi", "hello", "olá", "buongiorno")


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def fold(s: str) -> str:
    """ASCII, lower case, letters only (for e-mail addresses and handles)."""
    table = {"ß": "ss", "ä": "ae", "ö": "oe", "ü": "ue"}
    out = []
    for ch in s.lower():
        if ch in table:
            out.append(table[ch])
            continue
        base = unicodedata.normalize("NFD", ch)
        out.append("".join(x for x in base if not unicodedata.combining(x)))
    return re.sub(r"[^a-z]", "", "".join(out))


def strip_accents(s: str) -> str:
    table = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
    out = []
    for ch in s:
        if ch in table:
            out.append(table[ch])
        elif ch in "ßñÑ":
            out.append(ch)
        else:
            base = unicodedata.normalize("NFD", ch)
            out.append("".join(x for x in base if not unicodedata.combining(x)))
    return "".join(out)


@dataclass
class Row:
    eid: str
    at: datetime
    cust: Cust
    channel: str
    kind: str
    text: str | None
    subject: str | None
    out: bool
    scores: dict[str, int]
    attrs: dict[str, str]
    agent: str | None


@dataclass
class Cust:
    key: str
    first: str
    last: str
    lang: str
    market: str
    email: str
    cc: str
    national: str
    handle: str | None
    persona: str
    habit: str
    expected: list[str]
    tolerated: list[str]
    town: str
    job: str
    segment: str = "consumer"
    account: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    rows: list[Row] = field(default_factory=list)
    used: set[tuple[str, int]] = field(default_factory=set)

    @property
    def phone(self) -> str:
        return f"+{self.cc}{self.national}"


class Registry:
    """Identifiers already given in the set (none is given twice)."""

    def __init__(self) -> None:
        self.taken: set[str] = set()

    def claim(self, value: str) -> bool:
        low = value.lower()
        if low in self.taken:
            return False
        self.taken.add(low)
        return True


def make_phone(rng: random.Random, market: str) -> tuple[str, str]:
    def digits(n: int) -> str:
        return "".join(str(rng.randint(0, 9)) for _ in range(n))

    if market == "FR":
        return "33", rng.choice("67") + digits(8)
    if market == "BE":
        return "32", "4" + rng.choice(
            (
                "70",
                "71",
                "72",
                "75",
                "76",
                "77",
                "78",
                "79",
                "84",
                "85",
                "86",
                "87",
                "88",
                "89",
                "91",
                "92",
                "93",
                "94",
                "95",
                "96",
                "97",
                "98",
                "99",
            )
        ) + digits(6)
    if market == "CH":
        return "41", "7" + rng.choice("5689") + digits(7)
    if market == "LU":
        return "352", "6" + rng.choice(("21", "28", "61", "68", "91", "98")) + digits(6)
    if market == "ES":
        return "34", rng.choice("67") + digits(8)
    if market == "PT":
        return "351", "9" + rng.choice("1236") + digits(7)
    if market == "DE":
        return "49", "1" + rng.choice(
            (
                "51",
                "52",
                "57",
                "59",
                "60",
                "62",
                "70",
                "71",
                "72",
                "73",
                "75",
                "76",
                "77",
                "78",
                "79",
            )
        ) + digits(rng.choice((7, 8)))
    if market == "AT":
        return "43", "6" + rng.choice(("50", "60", "64", "76", "80", "99")) + digits(7)
    if market == "IT":
        return "39", "3" + rng.choice(
            (
                "20",
                "28",
                "29",
                "33",
                "34",
                "35",
                "38",
                "40",
                "45",
                "47",
                "48",
                "49",
                "66",
                "71",
                "77",
                "80",
                "88",
                "91",
                "92",
            )
        ) + digits(7)
    if market == "UK":
        return "44", "7" + rng.choice("45789") + digits(8)
    if market == "IE":
        return "353", "8" + rng.choice("35679") + digits(7)
    raise ValueError(market)


def money(c: Cust, eur: float, lang: str) -> str:
    """A sum as the customer writes it, in their market's money."""
    if c.market == "UK":
        return f"£{round(eur * 0.87)}"
    if c.market == "CH":
        return f"CHF {round(eur * 0.95)}"
    if lang == "en":
        return f"€{eur:.2f}"
    s = f"{eur:.2f}".replace(".", ",")
    if s.endswith(",00"):
        s = s[:-3]
    return f"{s} €"


def spoken(c: Cust, eur: float, lang: str) -> str:
    """A sum as said on the phone."""
    if c.market == "UK":
        return f"{round(eur * 0.87)} pounds"
    if c.market == "CH":
        word = {
            "fr": "francs",
            "de": "Franken",
            "it": "franchi",
            "en": "francs",
            "es": "francos",
            "pt": "francos",
        }[lang]
        return f"{round(eur * 0.95)} {word}"
    whole = int(eur)
    cents = round((eur - whole) * 100)
    unit = {"fr": "euros", "es": "euros", "de": "Euro", "it": "euro", "en": "euro", "pt": "euros"}[
        lang
    ]
    join = {"fr": " ", "es": " con ", "de": " ", "it": " e ", "en": " ", "pt": " e "}[lang]
    return f"{whole} {unit}" + (f"{join}{cents}" if cents else "")


def price(c: Cust, eur: float) -> tuple[str, str]:
    """(order_value, currency) in the customer's market's money."""
    if c.market == "UK":
        return f"{eur * 0.87:.2f}", "GBP"
    if c.market == "CH":
        return f"{eur * 0.95:.2f}", "CHF"
    return f"{eur:.2f}", "EUR"


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


class Fam:
    """One family being written: its customers, rows and truth."""

    def __init__(
        self, reg: Registry, n: int, name: str, code: str, start: datetime, days: int, about: str
    ) -> None:
        self.reg = reg
        self.n = n
        self.name = name
        self.code = code
        self.start = start
        self.days = days
        self.about = about
        self.rng = random.Random(SEED * 100 + n)
        self.rr = random.Random(SEED * 100 + 50 + n)
        self.custs: list[Cust] = []
        self.rows: list[Row] = []
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.seq = 0
        self.deck: list[str] = []

    # --- people ---------------------------------------------------------------

    def lang(self) -> str:
        """Drawn from a shuffled deck of ten (fr and es three each, the others one each)."""
        if not self.deck:
            self.deck = [
                lang for lang, w in zip(W.LANGS, LANG_WEIGHTS, strict=True) for _ in range(w // 10)
            ]
            self.rng.shuffle(self.deck)
        return self.deck.pop()

    def person(
        self,
        lang: str,
        persona: str,
        habit: str,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        market: str | None = None,
        name_lang: str | None = None,
        town: str | None = None,
        job: str | None = None,
        account: str | None = None,
        domain: str | None = None,
        avoid_first: set[str] | None = None,
        gender: str | None = None,
    ) -> Cust:
        rng = self.rng
        nl = name_lang or lang
        market = market or rng.choice(W.MARKETS[lang])
        names = [n for n in W.FIRST[nl] if gender is None or (n in W.MALE_FIRST) == (gender == "m")]
        while True:
            first = rng.choice(names)
            if not avoid_first or first not in avoid_first:
                break
        last = rng.choice(W.LAST[nl])
        while True:
            key = f"PE{self.code}{rng.randint(1000, 9999)}"
            if self.reg.claim("id:" + key):
                break
        f, ln = fold(first), fold(last)
        if domain:
            local_choices = [f"{f}.{ln}", f"{f[0]}.{ln}", f"{f}{ln[0]}"]
        else:
            local_choices = [
                f"{f}.{ln}",
                f"{f}{ln[0]}{rng.randint(10, 99)}",
                f"{ln}.{f[0]}",
                f"{f}_{ln}{rng.randint(70, 99)}",
                f"{f[0]}{ln}",
            ]
        local = rng.choice(local_choices)
        dom = domain or rng.choice(W.EMAIL_DOMAINS[nl])
        email = f"{local}@{dom}"
        while not self.reg.claim("email:" + email):
            email = f"{local}{rng.randint(2, 99)}@{dom}"
        while True:
            cc, national = make_phone(rng, market)
            if self.reg.claim(f"phone:+{cc}{national}"):
                break
        handle: str | None = None
        if account is None:
            options = [
                f"@{f}_{ln}{rng.randint(1, 9)}",
                f"@{ln}{f}{rng.randint(10, 99)}",
                f"@{f}{ln[0]}",
                f"@{f}_{ln}",
                f"@{ln}_{f[:3]}",
            ]
            handle = rng.choice(options)
            while not self.reg.claim("handle:" + handle):
                handle = f"{handle}{rng.randint(1, 9)}"
        c = Cust(
            key=key,
            first=first,
            last=last,
            lang=lang,
            market=market,
            email=email,
            cc=cc,
            national=national,
            handle=handle,
            persona=persona,
            habit=habit,
            expected=list(expected or []),
            tolerated=list(tolerated or []),
            town=town or rng.choice(W.TOWNS[market]),
            job=job or rng.choice(W.JOBS),
            segment="b2b" if account else "consumer",
            account=account,
        )
        self.custs.append(c)
        return c

    def ref(self) -> str:
        while True:
            r = f"PE-{self.rng.randint(100000, 999999)}"
            if self.reg.claim("ref:" + r):
                return r

    def agent(self, lang: str) -> str:
        return str(self.rng.choice(W.AGENTS[lang]))

    def pick(self, c: Cust, label: str, seq: tuple[Any, ...]) -> Any:
        free = [i for i in range(len(seq)) if (label, i) not in c.used]
        i = self.rng.choice(free) if free else self.rng.randrange(len(seq))
        c.used.add((label, i))
        return seq[i]

    # --- time -------------------------------------------------------------------

    def day(self, d: int, h: int = 0, m: int = 0) -> datetime:
        return self.start + timedelta(days=d, hours=h, minutes=m)

    def at(self, d: int, lo: float, hi: float) -> datetime:
        minute = self.rng.randint(int(lo * 60), int(hi * 60) - 1)
        return self.day(d) + timedelta(minutes=minute, seconds=self.rng.randint(0, 59))

    def later(self, t: datetime, lo: float, hi: float) -> datetime:
        """lo to hi minutes after t."""
        return t + timedelta(seconds=self.rng.randint(int(lo * 60), int(hi * 60)))

    def daylight(self, t: datetime) -> datetime:
        """Moved out of the night (22:00-07:00 UTC) to 08:00-09:00."""
        if t.hour >= 22:
            base = (t + timedelta(days=1)).replace(hour=8, minute=0, second=0)
        elif t.hour < 7:
            base = t.replace(hour=8, minute=0, second=0)
        else:
            return t
        return base + timedelta(minutes=self.rng.randint(0, 59), seconds=self.rng.randint(0, 59))

    def office(self, t: datetime, close: int = 17) -> datetime:
        """Moved into office hours (weekdays 08-close UTC), to the next working morning."""
        moved = False
        while True:
            if t.weekday() >= 5:
                t = (t + timedelta(days=1)).replace(hour=0, minute=0, second=0)
                moved = True
                continue
            if t.hour < 8:
                t = t.replace(hour=8, minute=0, second=0)
                moved = True
            if t.hour >= close:
                t = (t + timedelta(days=1)).replace(hour=0, minute=0, second=0)
                moved = True
                continue
            break
        if moved:
            t = t + timedelta(minutes=self.rng.randint(0, 75), seconds=self.rng.randint(0, 59))
        return t

    # --- rows -------------------------------------------------------------------

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        out: bool = False,
        scores: dict[str, int] | None = None,
        agent: str | None = None,
        **attrs: str,
    ) -> str:
        self.seq += 1
        eid = f"pe53-{self.code.lower()}-{self.seq:05d}"
        if channel == "social" and not out and c.segment == "consumer" and text is not None:
            text = mention(text)
        male = (agent in W.MALE_AGENTS) if out else (c.first in W.MALE_FIRST)
        text = gendered(text, male)
        subject = gendered(subject, male)
        row = Row(
            eid, t, c, channel, kind, text, subject, out, dict(scores or {}), dict(attrs), agent
        )
        c.rows.append(row)
        self.rows.append(row)
        return eid

    def reply_mail(self, c: Cust, t: datetime, lang: str, subject: str, text: str) -> str:
        ag = self.agent(lang)
        return self.add(
            c, t, "email", "message", text.replace("{agent}", ag), subject, out=True, agent=ag
        )

    def reply_chat(self, c: Cust, t: datetime, lang: str, text: str) -> str:
        return self.add(c, t, "chat", "chat", text, out=True, agent=self.agent(lang))

    # --- happy acts ---------------------------------------------------------------

    def happy(self, c: Cust, t: datetime, kind: str, lang: str | None = None) -> str:
        """One happy act (and the agent's answer where there is one); returns the inbound event id."""
        lang = lang or c.lang
        rng = self.rng
        if kind in ("praise", "gripe"):
            table = W.PRAISE if kind == "praise" else W.GRIPE_PRAISE
            text = self.pick(c, f"{kind}-{lang}", table[lang])
            if rng.random() < 0.55:
                return self.add(c, t, "social", "mention", text)
            return self.add(c, t, "community", "post", text)
        if kind == "chat":
            q, a, thanks = self.pick(c, f"chat-{lang}", W.CHAT_Q[lang])
            eid = self.add(c, t, "chat", "chat", q)
            t2 = self.later(t, 1, 6)
            self.reply_chat(c, t2, lang, a)
            if rng.random() < 0.7:
                self.add(c, self.later(t2, 1, 4), "chat", "chat", thanks)
            return eid
        if kind == "mail":
            subj, q, a = self.pick(c, f"mail-{lang}", W.MAIL_Q[lang])
            eid = self.add(c, t, "email", "message", q.format(name=c.first), subj)
            t2 = self.daylight(self.later(t, 20, 180))
            self.reply_mail(
                c,
                t2,
                lang,
                "RE: " + subj if lang != "de" else "AW: " + subj,
                a.replace("{name}", c.first),
            )
            return eid
        if kind == "phone":
            said, fsubj, ftext = self.pick(c, f"phone-{lang}", W.PHONE_Q[lang])
            eid = self.add(c, t, "phone", "call", said)
            self.reply_mail(
                c,
                self.daylight(self.later(t, 5, 30)),
                lang,
                fsubj,
                ftext.replace("{name}", c.first),
            )
            return eid
        if kind == "buy":
            label, eur, page = rng.choice(W.PRODUCTS)
            self.add(c, t, "web", "page_view", page=page)
            return self.add(
                c,
                self.later(t, 2, 15),
                "web",
                "purchase",
                product=label,
                page=page,
                order_value=price(c, eur)[0],
                currency=price(c, eur)[1],
            )
        if kind == "view":
            return self.add(c, t, "web", "page_view", page=rng.choice(W.PAGES))
        if kind == "review":
            rating, text = self.pick(c, f"review-{lang}", W.REVIEWS[lang])
            return self.add(c, t, "web", "review", text, rating=str(rating), page="/reviews")
        if kind == "survey":
            which = rng.choice(("nps", "csat", "ces"))
            score = {
                "nps": rng.randint(9, 10),
                "csat": rng.randint(4, 5),
                "ces": rng.randint(6, 7),
            }[which]
            word = rng.choice(W.SURVEY_WORDS[lang]) or None
            return self.add(
                c, t, "survey", "survey_response", word, scores={which: score}, survey=which
            )
        raise ValueError(kind)

    def happy_kind(
        self, c: Cust, surveys: bool = True, weights: dict[str, int] | None = None
    ) -> str:
        w = weights or {
            "praise": 5,
            "gripe": 1,
            "chat": 3,
            "mail": 2,
            "phone": 1,
            "buy": 3,
            "view": 2,
            "review": 2,
            "survey": 2,
        }
        if not surveys:
            w = {k: v for k, v in w.items() if k != "survey"}
        kinds = list(w)
        kind = self.rng.choices(kinds, weights=[w[k] for k in kinds])[0]
        if kind == "gripe" and ("gripe", 0) in c.used:
            kind = "praise"
        if kind == "gripe":
            c.used.add(("gripe", 0))
        return kind

    def happy_days(
        self,
        c: Cust,
        days: list[int],
        lo: float,
        hi: float,
        surveys: bool = True,
        weights: dict[str, int] | None = None,
        lang: str | None = None,
    ) -> list[str]:
        return [
            self.happy(c, self.at(d, lo, hi), self.happy_kind(c, surveys, weights), lang)
            for d in days
        ]

    def survey_low(
        self, c: Cust, t: datetime, which: str, lang: str, words: tuple[str, ...]
    ) -> tuple[str, int]:
        score = self.rng.randint(1, 5) if which == "nps" else self.rng.randint(1, 2)
        word = self.rng.choice(words) or None
        return self.add(
            c, t, "survey", "survey_response", word, scores={which: score}, survey=which
        ), score

    # --- trouble -------------------------------------------------------------------

    def complaint(self, c: Cust, t: datetime, channel: str, problem: str, lang: str) -> str:
        """One consumer complaint on a channel (no reply here)."""
        amt = money(c, T.AMOUNT[problem], lang)
        if channel == "phone":
            return self.add(
                c,
                t,
                "phone",
                "call",
                T.SAY[lang][problem].format(say=spoken(c, T.AMOUNT[problem], lang)),
            )
        if channel == "social":
            return self.add(
                c,
                t,
                "social",
                "mention",
                self.pick(c, f"shout-{lang}", T.SHOUT[lang][problem]).format(amt=amt),
            )
        text = self.pick(c, f"write-{lang}", T.WRITE[lang][problem]).format(amt=amt)
        if channel == "chat":
            return self.add(c, t, "chat", "chat", text)
        if channel == "web":
            return self.add(c, t, "web", "ticket", text, page="/help/contact")
        subject = self.rng.choice(T.SUBJECTS[lang]).format(topic=T.TOPIC[lang][problem])
        if not text.lower().startswith(GREETED):
            text = f"{GREET[lang]}\n{text}"
        return self.add(c, t, "email", "message", f"{text}\n{c.first}", subject)

    def open_case(
        self, c: Cust, t: datetime, channel: str, problem: str, lang: str, ref: str
    ) -> datetime:
        """The agent's answer with the case reference; returns its time."""
        if channel == "chat":
            t2 = self.later(t, 1, 4)
            self.reply_chat(c, t2, lang, T.CASE_CHAT[lang].format(ref=ref))
            return t2
        t2 = self.daylight(self.later(t, 10, 40))
        subj, text = T.CASE_OPENED[lang]
        self.reply_mail(
            c,
            t2,
            lang,
            subj.format(ref=ref),
            text.replace("{name}", c.first)
            .replace("{ref}", ref)
            .replace("{topic}", T.TOPIC[lang][problem]),
        )
        return t2

    def good_news(self, c: Cust, t: datetime, problem: str, lang: str, ref: str) -> str:
        subj, text = T.GOOD_NEWS[lang]
        body = text.replace("{name}", c.first).replace("{fixed}", cap(T.FIXED[lang][problem]))
        return self.reply_mail(c, t, lang, subj.format(ref=ref), body)

    def confirm(self, c: Cust, t: datetime, channel: str, problem: str, lang: str, ref: str) -> str:
        ok = T.OK[lang][problem]
        if channel == "chat":
            eid = self.add(c, t, "chat", "chat", T.CONFIRM_CHAT[lang].format(ref=ref, ok=ok))
            return eid
        subj, text = T.CONFIRM_MAIL[lang]
        return self.add(
            c,
            t,
            "email",
            "message",
            text.format(ref=ref, ok=ok, name=c.first),
            subj.format(ref=ref),
        )

    def follow_up(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        k: int,
        problem: str,
        lang: str,
        ref: str,
        comp: str,
    ) -> str:
        """The k-th contact (2-4) about an open case."""
        restate = T.RESTATE[lang][problem]
        if channel == "phone":
            return self.add(
                c,
                t,
                "phone",
                "call",
                T.FOLLOW_SAY[lang][k].format(ref=ref, restate=restate, comp=comp),
            )
        text = self.pick(c, f"follow{k}-{lang}", T.FOLLOW[lang][k]).format(
            ref=ref, restate=restate, Restate=cap(restate), comp=comp
        )
        if channel == "email":
            return self.add(
                c, t, "email", "message", f"{text}\n{c.first}", T.RE_SUBJECT[lang].format(ref=ref)
            )
        if channel == "chat":
            eid = self.add(c, t, "chat", "chat", text)
            self.reply_chat(c, self.later(t, 1, 5), lang, T.URGENT_CHAT[lang].format(ref=ref))
            return eid
        if channel == "web":
            return self.add(c, t, "web", "ticket", text, page="/help/contact")
        return self.add(c, t, "social", "mention", text)

    def slide(self, c: Cust, first_day: int, span: int, langs: list[str]) -> tuple[list[str], str]:
        """Six steps over span days from first_day, each in langs[i % len(langs)]."""
        rng = self.rng
        comp = rng.choice(W.COMPETITORS)
        step_days = [first_day + round(i * span / 5) for i in range(6)]
        times: list[datetime] = []
        for d in step_days:
            t = self.at(d, 8, 21)
            if times and t < times[-1] + timedelta(hours=1):
                t = times[-1] + timedelta(minutes=rng.randint(60, 150))
            t = self.daylight(t)
            times.append(t)
        ids: list[str] = []
        for i, t in enumerate(times):
            lang = langs[i % len(langs)]
            text = T.SLIDE[lang][i].format(fee=money(c, T.SLIDE_FEE, lang), comp=comp)
            where = rng.choice(("social", "community", "review"))
            if where == "social":
                ids.append(self.add(c, t, "social", "mention", text))
            elif where == "community":
                ids.append(self.add(c, t, "community", "post", text))
            else:
                ids.append(
                    self.add(
                        c,
                        t,
                        "web",
                        "review",
                        text,
                        rating=str((3, 3, 2, 2, 1, 1)[i]),
                        page="/reviews",
                    )
                )
        return ids, comp

    # --- output ----------------------------------------------------------------------

    def ids_for(self, r: Row, first: bool) -> dict[str, str | None]:
        c = r.cust
        rr = self.rr
        if r.out or first:
            return {
                "customer_id": c.key,
                "email": c.email,
                "phone": c.phone,
                "handle": c.handle,
                "account_id": c.account,
            }
        ids: dict[str, str | None] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": c.account,
        }
        if r.channel == "phone":
            ids["phone"] = f"+{c.cc} {c.national}" if rr.random() < 0.5 else c.phone
        elif r.channel in ("social", "community"):
            if c.handle is None:
                ids["email"] = c.email
            else:
                ids["handle"] = c.handle if rr.random() >= 0.2 else c.handle.lstrip("@")
        elif r.channel == "email":
            ids["email"] = c.email.upper() if rr.random() < 1 / 12 else c.email
        else:
            ids["customer_id"] = c.key
        return ids

    def roughen(self, text: str) -> str:
        rr = self.rr
        if rr.random() < 0.10:
            text = strip_accents(text)
        if rr.random() < 0.125 and len(text) > 1 and text[0].isupper() and text[1].islower():
            text = text[0].lower() + text[1:]
        if rr.random() < 1 / 7:
            words = [m for m in re.finditer(r"[^\W\d_]{5,}", text) if m.group().islower()]
            if words:
                m = rr.choice(words)
                w = m.group()
                spots = [i for i in range(1, len(w) - 2) if w[i] != w[i + 1]]
                if spots:
                    i = rr.choice(spots)
                    w = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
                    text = text[: m.start()] + w + text[m.end() :]
        return text

    def render(self) -> list[dict[str, Any]]:
        rows = sorted(self.rows, key=lambda r: (r.at, r.eid))
        first_in: dict[str, str] = {}
        for r in rows:
            if not r.out and r.cust.key not in first_in:
                first_in[r.cust.key] = r.eid
        out = []
        for r in rows:
            c = r.cust
            text = r.text
            if text is not None and not r.out and r.channel not in ("phone", "survey"):
                text = self.roughen(text)
            attrs = {"market": c.market}
            if c.segment == "b2b":
                attrs["segment"] = "b2b"
            attrs.update(r.attrs)
            if r.agent:
                attrs["agent"] = r.agent
            out.append(
                {
                    "event_id": r.eid,
                    "occurred_at": iso(r.at),
                    "channel": r.channel,
                    "kind": r.kind,
                    "direction": "outbound" if r.out else "inbound",
                    "customer": self.ids_for(r, first_in.get(c.key) == r.eid),
                    "text": text,
                    "subject": r.subject,
                    "scores": {
                        "nps": r.scores.get("nps"),
                        "csat": r.scores.get("csat"),
                        "ces": r.scores.get("ces"),
                    },
                    "source": SOURCES[r.channel],
                    "attributes": attrs,
                }
            )
        return out

    def truth(self) -> dict[str, Any]:
        customers: dict[str, dict[str, Any]] = {}
        for c in self.custs:
            entry: dict[str, Any] = {
                "identifiers": {
                    "customer_id": c.key,
                    "email": c.email.lower(),
                    "phone": c.phone,
                    "handle": c.handle,
                    "account_id": c.account,
                },
                "expected_rules": sorted(c.expected),
                "tolerated_rules": sorted(c.tolerated),
                "persona": c.persona,
                "habit": c.habit,
                "language": c.lang,
                "country": c.market,
                "segment": c.segment,
                "name": f"{c.first} {c.last}",
                "job": c.job,
                "town": c.town,
            }
            entry.update(c.extra)
            customers[c.key] = entry
        expected: Counter[str] = Counter()
        for c in self.custs:
            expected.update(c.expected)
        for a in self.accounts.values():
            expected.update(a["expected_rules"])
        if self.spike:
            expected["topic_spike"] += 1
        last = max(r.at for r in self.rows)
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        return {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": BUSINESS,
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": WRITTEN,
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": customers,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }

    def verify(self, truth: dict[str, Any]) -> None:
        problems = []
        if truth["config"]["expected"] != dict(sorted(PLANNED[self.name].items())):
            problems.append(
                f"expected {truth['config']['expected']} != planned {PLANNED[self.name]}"
            )
        for c in self.custs:
            if set(c.expected) & set(c.tolerated):
                problems.append(
                    f"{c.key} expects and tolerates {set(c.expected) & set(c.tolerated)}"
                )
            if not any(not r.out for r in c.rows):
                problems.append(f"{c.key} has no inbound touchpoint")
        for r in self.rows:
            if not (YEAR_START <= r.at < LIMIT) or r.at < self.start:
                problems.append(f"{r.eid} at {iso(r.at)} out of range")
        end = datetime.fromisoformat(truth["end"].replace("Z", "+00:00"))
        if end >= LIMIT:
            problems.append(f"end {truth['end']} too late")
        if problems:
            raise SystemExit(f"{self.name}: " + "; ".join(problems))

    def write(self) -> None:
        truth = self.truth()
        self.verify(truth)
        lines = [json.dumps(d, ensure_ascii=False) for d in self.render()]
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


def gendered(text: str | None, male: bool) -> str | None:
    """Puts the words about the writer in the writer's gender."""
    if text is None:
        return None
    for woman, man in W.GENDER:
        src, dst = (woman, man) if male else (man, woman)
        text = re.sub(rf"(?<!\w){re.escape(src)}(?!\w)", dst, text)
    return text


def mention(text: str) -> str:
    """Consumers' social posts mention the brand with its @."""
    if "@Percheo" in text:
        return text
    found = list(re.finditer(r"(?<![\w-])Percheo(?![\w-])", text))
    if found:
        i = found[-1].start()
        return text[:i] + "@" + text[i:]
    return "@Percheo " + text


def bad_days_ok(d: int, bad: int) -> bool:
    return d <= bad - 2 or d >= bad + 3


# --- the families -----------------------------------------------------------------------


def happy_writers(reg: Registry) -> Fam:
    f = Fam(
        reg,
        1,
        "happy_writers",
        "HW",
        datetime(2026, 2, 9, tzinfo=UTC),
        10,
        "happy customers who write often: daytime writers, night writers, survey answerers",
    )
    rng = f.rng
    for _ in range(16):
        c = f.person(f.lang(), "happy", "day writer")
        f.happy_days(c, sorted(rng.sample(range(10), rng.randint(5, 8))), 7, 19)
    for _ in range(5):
        c = f.person(f.lang(), "happy", "night writer")
        for d in sorted(rng.sample(range(9), rng.randint(2, 4))):
            t = f.day(d, 22, 12) + timedelta(
                minutes=rng.randint(0, 377), seconds=rng.randint(0, 59)
            )
            if rng.random() < 0.5:
                text = f.pick(c, "night-post", W.NIGHT_POSTS[c.lang])
                if rng.random() < 0.5:
                    f.add(c, t, "social", "mention", text)
                else:
                    f.add(c, t, "community", "post", text)
            else:
                q, a, thanks = f.pick(c, "night-chat", W.NIGHT_CHAT[c.lang])
                f.add(c, t, "chat", "chat", q)
                t2 = f.later(t, 1, 4)
                f.reply_chat(c, t2, c.lang, a)
                f.add(c, f.later(t2, 1, 3), "chat", "chat", thanks)
        f.happy_days(
            c,
            sorted(rng.sample(range(10), rng.randint(2, 3))),
            9,
            18,
            weights={"praise": 3, "buy": 2, "view": 2, "review": 2},
        )
    for _ in range(5):
        c = f.person(f.lang(), "happy", "answers surveys")
        for d in sorted(rng.sample(range(10), rng.randint(3, 6))):
            f.happy(c, f.at(d, 7, 20), "survey")
    return f


def one_bad_day(reg: Registry) -> Fam:
    f = Fam(
        reg,
        2,
        "one_bad_day",
        "BD",
        datetime(2026, 3, 9, tzinfo=UTC),
        12,
        "happy customers with one angry message on one day, a few of them giving a low score",
    )
    rng = f.rng
    plan: list[tuple[str, str, tuple[str, str, str, str] | None]] = []
    for letter in T.LETTERS[:4]:
        plan.append(("long", letter[1], letter))
    layout = {
        "short": ("double_charge", "wrong_price", "no_show", "damage"),
        "chat": ("double_charge", "wrong_price", "refund", "payout"),
        "social": ("double_charge", "wrong_price", "no_show", "damage"),
        "web": ("double_charge", "wrong_price", "refund", "payout"),
        "phone": ("no_show", "damage", "refund", "payout"),
    }
    for channel, problems in layout.items():
        for p in problems:
            plan.append((channel, p, None))
    rng.shuffle(plan)
    jobs_for_letters = {
        "payout": "civil servant",
        "damage": "care assistant",
        "no_show": "nurse (night shifts)",
        "refund": "administrative assistant",
    }
    people = []
    for how, problem, letter in plan:
        lang = letter[0] if letter else f.lang()
        c = f.person(
            lang,
            "happy_one_bad_day",
            "one bad day",
            [],
            list(T_QUIET),
            job=jobs_for_letters[problem] if letter else None,
        )
        people.append((c, how, problem, letter))
    with_case = [p for p in people if p[1] != "social"]
    detractors = {id(p[0]) for p in rng.sample(with_case, 6)}
    rest = [p for p in with_case if id(p[0]) not in detractors]
    csat = {id(p[0]) for p in rng.sample(rest, 5)}
    fixed = {id(p[0]) for p in rng.sample(with_case, 12)}
    sorry = {id(p[0]) for p in rng.sample([p for p in with_case if id(p[0]) in fixed], 5)}
    for c, how, problem, letter in people:
        lang = c.lang
        bad = rng.randint(2, 9)
        t = f.at(bad, 8, 20)
        channel = "email" if how in ("long", "short") else how
        if letter:
            amt = money(c, T.AMOUNT[problem], lang)
            eid = f.add(
                c,
                t,
                "email",
                "message",
                letter[3]
                .replace("{amt}", amt)
                .replace("{name}", c.first)
                .replace("{last}", c.last),
                letter[2],
            )
        else:
            eid = f.complaint(c, t, channel, problem, lang)
        ref = None
        if how != "social":
            ref = f.ref()
            f.open_case(c, t, channel, problem, lang, ref)
        c.extra.update(
            {
                "problem": problem,
                "booking": ref,
                "channel": channel,
                "long_email": how == "long",
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(t),
                "nps_given": False,
                "csat_given": False,
                "agent_fixed": False,
                "apologised": False,
            }
        )
        if id(c) in detractors:
            c.persona = "bad_day_detractor"
            c.expected = ["detractor"]
            sid, score = f.survey_low(c, f.later(t, 100, 140), "nps", lang, T.LOW_NPS_WORDS[lang])
            c.extra.update({"nps_given": True, "nps": score, "survey_event_id": sid})
        elif id(c) in csat:
            sid, score = f.survey_low(c, f.later(t, 40, 80), "csat", lang, T.LOW_CSAT_WORDS[lang])
            c.extra.update({"csat_given": True, "csat": score, "survey_event_id": sid})
        if id(c) in fixed and ref:
            f.good_news(c, f.daylight(f.later(t, 60, 240)), problem, lang, ref)
            c.extra["agent_fixed"] = True
            if id(c) in sorry:
                ta = f.daylight(f.later(t, 16 * 60, 24 * 60))
                if rng.random() < 0.5:
                    aid = f.add(c, ta, "chat", "chat", T.APOLOGY_CHAT[lang])
                else:
                    subj, text = T.APOLOGY_MAIL[lang]
                    aid = f.add(c, ta, "email", "message", text.format(name=c.first), subj)
                c.extra.update({"apologised": True, "apology_at": iso(ta), "apology_event_id": aid})
        days = [d for d in range(12) if bad_days_ok(d, bad)]
        f.happy_days(
            c, sorted(rng.sample(days, min(len(days), rng.randint(1, 5)))), 7, 20, surveys=False
        )
    for _ in range(8):
        c = f.person(f.lang(), "happy", "control")
        f.happy_days(c, sorted(rng.sample(range(12), rng.randint(4, 7))), 7, 20)
    return f


def case_run(
    f: Fam,
    c: Cust,
    lang: str,
    problem: str,
    t: datetime,
    channel: str,
    confirm_lang: str | None = None,
) -> dict[str, Any]:
    """A problem raised, fixed by an agent, and confirmed by the customer (naming the case).

    The confirmation is written in confirm_lang (bilingual customers), else in lang.
    """
    rng = f.rng
    eid = f.complaint(c, t, channel, problem, lang)
    ref = f.ref()
    f.open_case(c, t, channel, problem, lang, ref)
    tf = f.daylight(f.later(t, 3 * 60, 20 * 60))
    f.good_news(c, tf, problem, lang, ref)
    tc = f.daylight(f.later(tf, 8 * 60, 30 * 60))
    how = rng.choice(("email", "chat"))
    cid = f.confirm(c, tc, how, problem, confirm_lang or lang, ref)
    return {
        "problem": problem,
        "booking": ref,
        "raised_at": iso(t),
        "fixed_at": iso(tf),
        "confirmed_at": iso(tc),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": channel,
        "confirm_channel": how,
    }


def repeat_run(
    f: Fam,
    c: Cust,
    t: datetime,
    first_channel: str,
    times: int,
    problem: str,
    langs: list[str],
    lead: bool,
) -> None:
    """One open problem raised `times` times, each on another channel, the later ones naming the case."""
    rng = f.rng
    lang0 = langs[0]
    ref = f.ref()
    eid = f.complaint(c, t, first_channel, problem, lang0)
    if lead:
        if first_channel == "chat":
            f.open_case(c, t, "chat", problem, lang0, ref)
        subj, text = T.DISPUTES_LEAD[lang0]
        f.reply_mail(
            c,
            f.daylight(f.later(t, 90, 150)),
            lang0,
            subj.format(ref=ref),
            text.replace("{name}", c.first).replace("{ref}", ref),
        )
    else:
        f.open_case(c, t, first_channel, problem, lang0, ref)
    comp = rng.choice(W.COMPETITORS)
    free = [ch for ch in ("email", "chat", "phone", "web", "social") if ch != first_channel]
    rng.shuffle(free)
    ids = [eid]
    channels = [first_channel]
    tk = t
    for k in range(2, times + 1):
        tk = f.daylight(f.later(tk, 4 * 60, 40 * 60))
        ch = free[k - 2]
        lang = langs[(k - 1) % len(langs)]
        ids.append(f.follow_up(c, tk, ch, k, problem, lang, ref, comp))
        channels.append(ch)
    c.extra.update(
        {
            "problem": problem,
            "booking": ref,
            "contacts": times,
            "channels": channels,
            "channel": first_channel,
            "agent_passed_on": lead,
            "problem_event_ids": ids,
            "competitor": comp if times >= 3 else None,
            "trouble_starts_at": iso(t),
        }
    )


def repeat_contacts(reg: Registry) -> Fam:
    f = Fam(
        reg,
        3,
        "repeat_contacts",
        "RC",
        datetime(2026, 4, 20, tzinfo=UTC),
        10,
        "customers raising one open problem again and again, against fixed cases and frequent writers",
    )
    rng = f.rng
    times = [2] * 4 + [3] * 4 + [4] * 4
    rng.shuffle(times)
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    rng.shuffle(firsts)
    three_lead = rng.sample([i for i, n in enumerate(times) if n == 3], 2)
    for i in range(12):
        c = f.person(f.lang(), "repeat_contact", "repeats", ["repeat_contact"], list(T_REPEAT))
        f.happy_days(c, [0] * rng.randint(1, 3), 7, 12, surveys=False)
        lead = times[i] == 4 or i in three_lead
        repeat_run(
            f,
            c,
            f.at(rng.randint(1, 4), 8, 19),
            firsts[i],
            times[i],
            T.PROBLEMS[i % 6],
            [c.lang],
            lead,
        )
    for i in range(5):
        c = f.person(f.lang(), "resolved_between_contacts", "fixed", [], list(T_QUIET))
        f.happy_days(c, [0] * rng.randint(1, 2), 7, 12, surveys=False)
        case = case_run(
            f,
            c,
            c.lang,
            T.PROBLEMS[(i + 2) % 6],
            f.at(rng.randint(1, 5), 8, 19),
            rng.choice(("web", "email", "chat")),
        )
        c.extra.update({"problems": [case], "trouble_starts_at": case["raised_at"]})
    for i in range(3):
        c = f.person(f.lang(), "different_problems", "two problems", [], list(T_QUIET))
        d1 = rng.randint(1, 3)
        p1, p2 = T.PROBLEMS[i], T.PROBLEMS[i + 3]
        case1 = case_run(f, c, c.lang, p1, f.at(d1, 8, 18), rng.choice(("web", "email", "chat")))
        case2 = case_run(
            f,
            c,
            c.lang,
            p2,
            f.at(d1 + rng.randint(4, 5), 8, 18),
            rng.choice(("web", "email", "chat")),
        )
        c.extra.update({"problems": [case1, case2], "trouble_starts_at": case1["raised_at"]})
    for _ in range(7):
        c = f.person(f.lang(), "happy", "frequent writer")
        f.happy_days(
            c,
            sorted(rng.sample(range(10), rng.randint(5, 8))),
            7,
            19,
            weights={"chat": 4, "mail": 3, "phone": 2, "buy": 1, "view": 1, "praise": 1},
        )
    return f


def slow_churners(reg: Registry) -> Fam:
    f = Fam(
        reg,
        4,
        "slow_churners",
        "SC",
        datetime(2026, 6, 1, tzinfo=UTC),
        32,
        "happy customers sliding over days, leavers, steady, steadily grumpy and sarcastic customers",
    )
    rng = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    rng.shuffle(spans)
    nps_for = set(rng.sample(range(10), 5))
    for i in range(10):
        c = f.person(f.lang(), "slow_churner", "slides", ["sentiment_drop"], list(T_SLIDE))
        n_praise, n_other = rng.randint(4, 5), rng.randint(2, 4)
        days = sorted(rng.sample(range(11), n_praise + n_other))
        kinds = ["praise"] * n_praise + [
            rng.choice(("chat", "buy", "view", "review", "mail")) for _ in range(n_other)
        ]
        rng.shuffle(kinds)
        for d, k in zip(days, kinds, strict=True):
            f.happy(c, f.at(d, 8, 20), k)
        start = rng.randint(12, 16)
        ids, comp = f.slide(c, start, spans[i], [c.lang])
        c.extra.update(
            {
                "slide_event_ids": ids,
                "slide_days": spans[i],
                "competitor": comp,
                "trouble_starts_at": iso(next(r.at for r in c.rows if r.eid == ids[0])),
                "nps_given": False,
            }
        )
        if i in nps_for:
            t4 = next(r.at for r in c.rows if r.eid == ids[3])
            sid, score = f.survey_low(
                c, f.daylight(f.later(t4, 150, 210)), "nps", c.lang, T.LOW_NPS_WORDS[c.lang]
            )
            c.expected.append("detractor")
            c.extra.update({"nps_given": True, "nps": score, "survey_event_id": sid})
    leave_used: Counter[str] = Counter()
    for _ in range(5):
        c = f.person(f.lang(), "slow_churner", "asks to cancel", ["churn_intent"], list(T_LEAVE))
        f.happy_days(c, sorted(rng.sample(range(16), rng.randint(4, 6))), 8, 20)
        subj, text, reason = T.LEAVE[c.lang][leave_used[c.lang] % len(T.LEAVE[c.lang])]
        leave_used[c.lang] += 1
        t = f.at(rng.randint(17, 23), 8, 20)
        eid = f.add(c, t, "email", "message", text.format(name=c.first, last=c.last), subj)
        rsubj, rtext = T.SORRY_GO[c.lang]
        f.reply_mail(
            c,
            f.daylight(f.later(t, 60, 300)),
            c.lang,
            rsubj.format(subject=subj),
            rtext.replace("{name}", c.first),
        )
        tc = f.daylight(f.later(t, 20 * 60, 30 * 60))
        form = T.CANCEL_FORM[c.lang].format(reason=rng.choice(T.CANCEL_REASON[c.lang]))
        cid = f.add(
            c, tc, "web", "cancellation", form, page="/account/club/cancel", product=W.CLUB_PRODUCT
        )
        c.extra.update(
            {
                "churn_intent_event_id": eid,
                "cancellation_event_id": cid,
                "churn_at": iso(tc),
                "trouble_starts_at": iso(t),
                "leave_reason": reason,
            }
        )
    for _ in range(6):
        c = f.person(f.lang(), "happy", "steady")
        f.happy_days(c, sorted(rng.sample(range(32), rng.randint(6, 10))), 7, 20)
    for _ in range(5):
        c = f.person(f.lang(), "steadily_grumpy", "grumbles", [], list(T_GRUMPY))
        d = rng.randint(0, 4)
        ids = []
        for _ in range(rng.randint(5, 7)):
            t = f.at(d, 8, 21)
            text = f.pick(c, "grumble", T.GRUMBLES[c.lang])
            where = rng.choice(("social", "community", "web", "review"))
            if where == "social":
                ids.append(f.add(c, t, "social", "mention", text))
            elif where == "community":
                ids.append(f.add(c, t, "community", "post", text))
            elif where == "review":
                ids.append(f.add(c, t, "web", "review", text, rating="3", page="/reviews"))
            else:
                ids.append(f.add(c, t, "web", "ticket", text, page="/help/contact"))
                subj, ack = T.FORM_ACK[c.lang]
                f.reply_mail(
                    c, f.daylight(f.later(t, 20, 90)), c.lang, subj, ack.replace("{name}", c.first)
                )
            d += rng.randint(1, 3)
        for _ in range(rng.randint(0, 2)):
            f.happy(c, f.at(rng.randint(0, 31), 9, 20), "buy")
        c.extra.update(
            {
                "grumble_event_ids": ids,
                "trouble_starts_at": iso(next(r.at for r in c.rows if r.eid == ids[0])),
            }
        )
    for _ in range(5):
        c = f.person(f.lang(), "happy_one_sarcastic_remark", "happy", [], list(T_QUIET))
        sd = rng.randint(17, 28)
        days = [d for d in range(32) if abs(d - sd) > 1]
        f.happy_days(c, sorted(rng.sample(days, rng.randint(4, 7))), 8, 20)
        sid = f.add(
            c, f.at(sd, 9, 21), "social", "mention", f.pick(c, "sarcasm", T.SARCASM[c.lang])
        )
        c.extra.update({"sarcasm_event_id": sid})
    return f


def quiet_hours(reg: Registry) -> Fam:
    f = Fam(
        reg,
        5,
        "quiet_hours",
        "QH",
        datetime(2026, 8, 14, tzinfo=UTC),
        3,
        "a calm summer weekend with mild remarks and night owls acting in bursts",
    )
    rng = f.rng
    for _ in range(16):
        c = f.person(f.lang(), "happy", "day writer")
        f.happy_days(c, sorted(rng.sample(range(3), rng.randint(1, 3))), 7, 17.5)
    hows = ["chat", "chat", "web", "web"]
    for how in hows:
        lang = rng.choice(("fr", "es", "fr", "es", "de", "it", "en", "pt"))
        c = f.person(lang, "grumbles_once", "grumbles once", [], list(T_QUIET))
        d = rng.randint(0, 2)
        t0 = f.at(d, 9, 16.5)
        f.happy(c, t0, rng.choice(("buy", "view")))
        t = f.later(t0, 20, 30)
        text, answer = f.pick(c, "mild", T.MILD[lang])
        if how == "chat":
            gid = f.add(c, t, "chat", "chat", text)
            t2 = f.later(t, 1, 5)
            f.reply_chat(c, t2, lang, answer)
        else:
            gid = f.add(c, t, "web", "ticket", text, page="/help/contact")
            subj, ack = T.FORM_ACK[lang]
            f.reply_mail(c, f.later(t, 15, 60), lang, subj, ack.replace("{name}", c.first))
        c.extra.update({"grumble_event_id": gid, "trouble_starts_at": iso(t)})
    also_by_day = set(rng.sample(range(36), 18))
    owl = 0
    for night in (1, 2, 3):
        b1 = f.day(night, 0, 40) + timedelta(minutes=rng.randint(0, 25), seconds=rng.randint(0, 59))
        starts = [
            b1,
            b1 + timedelta(minutes=rng.randint(28, 33)),
            b1 + timedelta(minutes=rng.randint(55, 65)),
        ]
        for burst, bs in enumerate(starts, start=1):
            for _ in range(4):
                c = f.person(f.lang(), "night_owl", f"night {night}, burst {burst}")
                t = bs + timedelta(seconds=rng.randint(0, 9 * 60 + 59))
                if rng.random() < 0.5:
                    q, a, thanks = f.pick(c, "night-chat", W.NIGHT_CHAT[c.lang])
                    nid = f.add(c, t, "chat", "chat", q)
                    t2 = f.later(t, 1, 3)
                    f.reply_chat(c, t2, c.lang, a)
                    f.add(c, f.later(t2, 1, 2), "chat", "chat", thanks)
                else:
                    text = f.pick(c, "night-post", W.NIGHT_POSTS[c.lang])
                    nid = (
                        f.add(c, t, "social", "mention", text)
                        if rng.random() < 0.5
                        else f.add(c, t, "community", "post", text)
                    )
                if owl in also_by_day:
                    f.happy(
                        c,
                        f.at(rng.randint(0, 2), 9, 17.5),
                        f.happy_kind(
                            c,
                            surveys=False,
                            weights={"praise": 3, "buy": 2, "view": 2, "review": 1, "chat": 1},
                        ),
                    )
                c.extra.update({"burst_at": iso(bs), "night_event_id": nid})
                owl += 1
    return f


BILINGUAL_PAIRS = (
    ("fr", "es"),
    ("fr", "es"),
    ("fr", "es"),
    ("fr", "es"),
    ("es", "fr"),
    ("es", "fr"),
    ("es", "fr"),
    ("es", "fr"),
    ("fr", "en"),
    ("fr", "en"),
    ("es", "en"),
    ("es", "en"),
    ("fr", "de"),
    ("fr", "de"),
    ("es", "pt"),
    ("pt", "es"),
    ("fr", "it"),
    ("it", "fr"),
    ("de", "fr"),
    ("es", "it"),
    ("en", "fr"),
    ("es", "de"),
    ("fr", "pt"),
    ("de", "es"),
    ("en", "es"),
    ("it", "es"),
    ("pt", "fr"),
)


def bilingual(reg: Registry) -> Fam:
    f = Fam(
        reg,
        6,
        "bilingual",
        "BL",
        datetime(2026, 9, 7, tzinfo=UTC),
        14,
        "customers who write in two languages: happy, repeating, sliding, one bad day, fixed",
    )
    rng = f.rng
    pairs = list(BILINGUAL_PAIRS)
    letter_pair = pairs.pop(0)
    rng.shuffle(pairs)
    roles = (
        ["happy"] * 12 + ["repeat"] * 5 + ["slide"] * 5 + ["bad_short", "bad_chat"] + ["fixed"] * 2
    )
    repeat_times = [2, 2, 3, 3, 4]
    rng.shuffle(repeat_times)
    todo: list[tuple[tuple[str, str], str]] = [
        (letter_pair, "bad_long"),
        *zip(pairs, roles, strict=True),
    ]
    for (l1, l2), role in todo:
        markets = sorted(set(W.MARKETS[l1]) | set(W.MARKETS[l2]))
        why = rng.choice(WHY_SECOND).format(L2=LANG_NAME[l2], C2=LANG_LAND[l2])
        common: dict[str, Any] = {"languages": [l1, l2], "job_second_language": why}
        langs = [l1, l2]
        if role == "happy":
            c = f.person(l1, "happy", "alternates languages", market=rng.choice(markets))
            days = sorted(rng.sample(range(14), rng.randint(5, 8)))
            for i, d in enumerate(days):
                f.happy(c, f.at(d, 7, 20), f.happy_kind(c), langs[i % 2])
        elif role == "repeat":
            c = f.person(
                l1,
                "repeat_contact",
                "repeats",
                ["repeat_contact"],
                list(T_REPEAT),
                market=rng.choice(markets),
            )
            for i, d in enumerate(sorted(rng.sample((0, 1), rng.randint(1, 2)))):
                f.happy(c, f.at(d, 7, 12), f.happy_kind(c, surveys=False), langs[i % 2])
            n = repeat_times.pop()
            repeat_run(
                f,
                c,
                f.at(rng.randint(2, 5), 8, 19),
                rng.choice(("web", "email", "chat")),
                n,
                rng.choice(T.PROBLEMS),
                langs,
                n >= 3,
            )
        elif role == "slide":
            c = f.person(
                l1,
                "slow_churner",
                "slides",
                ["sentiment_drop"],
                list(T_SLIDE),
                market=rng.choice(markets),
            )
            praise_days = sorted(rng.sample(range(6), 5))
            for i, d in enumerate(praise_days):
                f.happy(c, f.at(d, 8, 20), "praise", langs[i % 2])
            for i, d in enumerate(sorted(rng.sample(range(7), rng.randint(1, 3)))):
                f.happy(
                    c,
                    f.at(d, 8, 20),
                    rng.choice(("chat", "buy", "view", "review")),
                    langs[(i + 1) % 2],
                )
            span = rng.randint(3, 5)
            ids, comp = f.slide(c, rng.randint(7, 8), span, langs)
            c.extra.update(
                {
                    "slide_event_ids": ids,
                    "slide_days": span,
                    "competitor": comp,
                    "trouble_starts_at": iso(next(r.at for r in c.rows if r.eid == ids[0])),
                }
            )
        elif role.startswith("bad"):
            if role == "bad_long":
                c = f.person(
                    l1,
                    "happy_one_bad_day",
                    "one bad day",
                    [],
                    list(T_QUIET),
                    market="FR",
                    name_lang="es",
                    town="Lyon",
                    job="bank clerk",
                )
            else:
                c = f.person(
                    l1,
                    "happy_one_bad_day",
                    "one bad day",
                    [],
                    list(T_QUIET),
                    market=rng.choice(markets),
                )
            bad = rng.randint(4, 9)
            t = f.at(bad, 8, 20)
            channel = "chat" if role == "bad_chat" else "email"
            if role == "bad_long":
                letter = T.LETTERS[4]
                problem = letter[1]
                eid = f.add(
                    c,
                    t,
                    "email",
                    "message",
                    letter[3]
                    .replace("{amt}", money(c, T.AMOUNT[problem], l2))
                    .replace("{name}", c.first)
                    .replace("{last}", c.last),
                    letter[2],
                )
            else:
                problem = rng.choice(T.PROBLEMS)
                eid = f.complaint(c, t, channel, problem, l2)
            ref = f.ref()
            f.open_case(c, t, channel, problem, l2, ref)
            c.extra.update(
                {
                    "problem": problem,
                    "booking": ref,
                    "channel": channel,
                    "long_email": role == "bad_long",
                    "bad_day_at": iso(t),
                    "bad_day_event_id": eid,
                    "bad_day_language": l2,
                    "trouble_starts_at": iso(t),
                    "agent_fixed": False,
                    "apologised": False,
                }
            )
            if channel == "email":
                f.good_news(c, f.daylight(f.later(t, 60, 240)), problem, l2, ref)
                c.extra["agent_fixed"] = True
            if role == "bad_short":
                ta = f.daylight(f.later(t, 18 * 60, 24 * 60))
                aid = f.add(c, ta, "chat", "chat", T.APOLOGY_CHAT[l2])
                c.extra.update({"apologised": True, "apology_at": iso(ta), "apology_event_id": aid})
            days = [d for d in range(14) if bad_days_ok(d, bad)]
            for i, d in enumerate(sorted(rng.sample(days, rng.randint(3, 6)))):
                f.happy(c, f.at(d, 7, 20), f.happy_kind(c, surveys=False), langs[i % 2])
        else:
            c = f.person(
                l1,
                "resolved_between_contacts",
                "fixed",
                [],
                list(T_QUIET),
                market=rng.choice(markets),
            )
            f.happy(c, f.at(rng.randint(0, 1), 8, 18), f.happy_kind(c, surveys=False), l2)
            problem = rng.choice(T.PROBLEMS)
            case = case_run(f, c, l1, problem, f.at(rng.randint(2, 8), 8, 18), "web", l2)
            c.extra.update(
                {"problems": [case], "confirm_language": l2, "trouble_starts_at": case["raised_at"]}
            )
        c.extra.update(common)
    return f


def b2b_accounts(reg: Registry) -> Fam:
    f = Fam(
        reg,
        7,
        "b2b_accounts",
        "BB",
        datetime(2026, 10, 26, tzinfo=UTC),
        14,
        "Percheo Pro accounts: at risk, one unhappy contact, mild suggestions, happy",
    )
    rng = f.rng
    for (
        _key,
        company,
        site,
        market,
        lang,
        domain,
        kind,
        problem,
        n_contacts,
        n_unhappy,
        titles,
    ) in B.ACCOUNTS:
        while True:
            acc = f"PEP-{market}-{rng.randint(1000, 9999)}"
            if reg.claim("account:" + acc):
                break
        town = rng.choice(W.TOWNS[market])
        firsts: set[str] = set()
        contacts: list[Cust] = []
        for i in range(n_contacts):
            c = f.person(
                lang,
                "b2b_happy",
                "contact",
                market=market,
                town=town,
                job=titles[i],
                account=acc,
                domain=domain,
                avoid_first=firsts,
                gender=B.TITLE_GENDER.get(titles[i]),
            )
            firsts.add(c.first)
            c.extra.update({"company": company, "role": "contact", "job_title": titles[i]})
            contacts.append(c)
        unhappy = contacts[:n_unhappy]
        suggesters = contacts[:2] if kind == "mild" else []

        def sign(c: Cust, company: str = company) -> str:
            return f"{c.first} {c.last}\n{c.extra['job_title']}\n{company}"

        # routine acts of everyone not complaining or suggesting
        for c in contacts:
            if c in unhappy or c in suggesters:
                continue
            days = [d for d in range(14) if (f.start + timedelta(days=d)).weekday() < 5]
            for d in sorted(rng.sample(days, rng.randint(2, 5))):
                routine(f, c, f.at(d, 8, 16.5), lang, allow_praise=True, allow_survey=True)
        for c in unhappy + suggesters:
            for d in sorted(rng.sample((0, 1), rng.randint(0, 2))):
                routine(f, c, f.at(d, 8, 16.5), lang, allow_praise=False, allow_survey=False)
        account: dict[str, Any] = {
            "company": company,
            "site": site,
            "contacts": n_contacts,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": [c.key for c in unhappy],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
            "town": town,
        }
        if kind == "at_risk":
            assert problem is not None
            ref = f.ref()
            subj, text = B.FIRST[lang][problem]
            t = f.at(2, 8.5, 11.5)
            first_c = unhappy[0]
            eid = f.add(
                first_c,
                t,
                "email",
                "message",
                text.format(company=company, sign=sign(first_c)),
                subj,
            )
            asubj, atext = B.ACK[lang]
            f.reply_mail(
                first_c,
                f.office(f.later(t, 10, 60)),
                lang,
                asubj.format(subject=subj),
                atext.replace("{name}", first_c.first).replace("{ref}", ref),
            )
            account["trouble_starts_at"] = iso(t)
            times = [t]
            ids = {first_c.key: [eid]}
            for j, c in enumerate(unhappy[1:]):
                tj = f.office(f.later(times[-1], 8 * 60, 28 * 60))
                times.append(tj)
                when = when_word(lang, t, tj)
                body = B.LATER[lang][problem][j].format(
                    first=first_c.first, when=when, ref=ref, sign=sign(c), company=company
                )
                ids[c.key] = [f.add(c, tj, "email", "message", body, f"{subj} - {ref}")]
            last = unhappy[-1]
            comp = None
            for c, tc in zip(unhappy, times, strict=True):
                c.persona = "b2b_unhappy"
                c.habit = "complainer"
                c.extra["role"] = "complainer"
                c.extra.update(
                    {
                        "problem": problem,
                        "booking": ref,
                        "trouble_starts_at": iso(tc),
                        "nps_given": False,
                    }
                )
                if c is not last:
                    c.expected = ["detractor"]
                    sid, score = f.survey_low(
                        c, f.office(f.later(tc, 60, 180)), "nps", lang, B.PRO_LOW_WORDS[lang]
                    )
                    c.extra.update({"nps_given": True, "nps": score, "survey_event_id": sid})
                else:
                    c.expected = ["repeat_contact"]
                    t2 = f.office(f.later(tc, 18 * 60, 40 * 60))
                    if lang in B.LAST_MAIL and problem in B.LAST_MAIL[lang]:
                        comp = rng.choice(W.COMPETITORS)
                        lsubj, ltext = B.LAST_MAIL[lang][problem]
                        ids[c.key].append(
                            f.add(
                                c,
                                t2,
                                "email",
                                "message",
                                ltext.format(ref=ref, comp=comp, sign=sign(c)),
                                lsubj.format(ref=ref),
                            )
                        )
                        c.extra["second_channel"] = "email"
                    else:
                        said = B.LAST_CALL[lang][problem].format(
                            name=c.first, company=company, ref=ref
                        )
                        ids[c.key].append(f.add(c, t2, "phone", "call", said))
                        c.extra["second_channel"] = "phone"
                    c.extra["competitor"] = comp
                c.tolerated = [r for r in T_B2B_RISK if r not in c.expected]
                c.extra["complaint_event_ids"] = ids[c.key]
        elif kind == "one_unhappy":
            assert problem is not None
            c = unhappy[0]
            ref = f.ref()
            subj, text = B.FIRST[lang][problem]
            t = f.office(f.at(rng.randint(3, 7), 8.5, 15))
            eid = f.add(c, t, "email", "message", text.format(company=company, sign=sign(c)), subj)
            asubj, atext = B.ACK[lang]
            f.reply_mail(
                c,
                f.office(f.later(t, 10, 60)),
                lang,
                asubj.format(subject=subj),
                atext.replace("{name}", c.first).replace("{ref}", ref),
            )
            sid, score = f.survey_low(
                c, f.office(f.later(t, 60, 180)), "nps", lang, B.PRO_LOW_WORDS[lang]
            )
            c.persona, c.habit = "b2b_one_unhappy", "complainer"
            c.expected, c.tolerated = ["detractor"], list(T_B2B_ONE)
            c.extra.update(
                {
                    "role": "complainer",
                    "problem": problem,
                    "booking": ref,
                    "complaint_event_ids": [eid],
                    "trouble_starts_at": iso(t),
                    "nps_given": True,
                    "nps": score,
                    "survey_event_id": sid,
                }
            )
        elif kind == "mild":
            for j, (c, d) in enumerate(zip(suggesters, rng.sample(range(2, 10), 2), strict=True)):
                subj, text = B.SUGGEST[lang][j]
                t = f.office(f.at(d, 8.5, 15.5), close=16)
                mid = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    text.format(sign=sign(c)),
                    subj,
                    page="/pro/portal/contact",
                )
                asubj, atext = B.SUGGEST_ACK[lang]
                f.reply_mail(
                    c,
                    f.office(f.later(t, 20, 120)),
                    lang,
                    asubj.format(subject=subj),
                    atext.replace("{name}", c.first),
                )
                c.persona, c.habit = "b2b_mild", "suggests"
                c.tolerated = list(T_QUIET)
                c.extra.update(
                    {"role": "suggests", "mild_event_id": mid, "trouble_starts_at": iso(t)}
                )
        f.accounts[acc] = account
    return f


def routine(
    f: Fam, c: Cust, t: datetime, lang: str, allow_praise: bool, allow_survey: bool
) -> None:
    """A company contact's ordinary weekday act."""
    rng = f.rng
    kinds = (
        ["chat", "buy", "view"]
        + (["praise"] if allow_praise else [])
        + (["survey"] if allow_survey else [])
    )
    kind = rng.choice(kinds)
    if kind == "chat":
        q, a, thanks = f.pick(c, "pro-chat", B.PRO_CHAT[lang])
        f.add(c, t, "chat", "chat", q)
        t2 = f.later(t, 1, 6)
        f.reply_chat(c, t2, lang, a)
        if rng.random() < 0.6:
            f.add(c, f.later(t2, 1, 4), "chat", "chat", thanks)
    elif kind == "buy":
        label, eur, page = rng.choice(B.PRO_PRODUCTS)
        f.add(c, t, "web", "page_view", page=page)
        value, currency = price(c, eur)
        f.add(
            c,
            f.later(t, 2, 12),
            "web",
            "purchase",
            product=label,
            page=page,
            order_value=value,
            currency=currency,
        )
    elif kind == "view":
        f.add(c, t, "web", "page_view", page=rng.choice(B.PRO_PAGES))
    elif kind == "praise":
        f.add(c, t, "community", "post", f.pick(c, "pro-praise", B.PRO_PRAISE[lang]))
    else:
        which = rng.choice(("nps", "csat", "ces"))
        score = {"nps": rng.randint(9, 10), "csat": rng.randint(4, 5), "ces": rng.randint(6, 7)}[
            which
        ]
        f.add(c, t, "survey", "survey_response", None, scores={which: score}, survey=which)


def when_word(lang: str, first: datetime, now: datetime) -> str:
    today, yesterday, weekdays = B.WHEN[lang]
    if first.date() == now.date():
        return str(today)
    if (now.date() - first.date()).days == 1:
        return str(yesterday)
    return str(weekdays[first.weekday()])


def topic_spike(reg: Registry) -> Fam:
    f = Fam(
        reg,
        8,
        "topic_spike",
        "TS",
        datetime(2026, 10, 12, tzinfo=UTC),
        7,
        "a calm week and one planted spike of reports of the same fault",
    )
    rng = f.rng
    langs = ["fr"] * 6 + ["es"] * 6 + ["de", "de", "it", "it", "en", "en", "pt", "pt"]
    channels = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(langs)
    rng.shuffle(channels)

    def room(lang: str, channel: str) -> int:
        table = W.SPIKE_REPORT[lang][channel]
        return 1 if channel == "email" else len(table)

    while any(n > room(*pair) for pair, n in Counter(zip(langs, channels, strict=True)).items()):
        rng.shuffle(channels)
    regular = [True] * 12 + [False] * 8
    rng.shuffle(regular)
    spike_day = 6
    times = [
        f.day(spike_day, 18, 5) + timedelta(seconds=rng.randint(0, 59)),
        f.day(spike_day, 18, 50) + timedelta(seconds=rng.randint(0, 59)),
    ]
    for _ in range(18):
        times.append(f.day(spike_day, 18, 6) + timedelta(seconds=rng.randint(0, 43 * 60)))
    times.sort()
    order = list(range(20))
    rng.shuffle(order)
    reporters: list[tuple[Cust, datetime, str, str, str]] = []
    used_text: Counter[tuple[str, str]] = Counter()
    for slot, i in enumerate(order):
        lang, channel, t = langs[i], channels[i], times[slot]
        c = f.person(lang, "spike_reporter", "regular" if regular[i] else "new", [], list(T_QUIET))
        if regular[i]:
            for _ in range(rng.randint(1, 2)):
                f.happy(
                    c,
                    f.at(2, 8, 17.5),
                    f.happy_kind(
                        c,
                        weights={
                            "praise": 3,
                            "chat": 2,
                            "mail": 2,
                            "buy": 3,
                            "view": 2,
                            "review": 1,
                        },
                    ),
                )
        table = W.SPIKE_REPORT[lang][channel]
        if channel == "email":
            subj, text = table
            eid = f.add(c, t, "email", "message", text.format(name=c.first), subj)
        else:
            text = table[used_text[(lang, channel)] % len(table)]
            used_text[(lang, channel)] += 1
            kind = {"social": "mention", "chat": "chat", "community": "post", "web": "ticket"}[
                channel
            ]
            if channel == "web":
                eid = f.add(c, t, channel, kind, text, page="/help/contact")
            else:
                eid = f.add(c, t, channel, kind, text)
        if channel == "chat":
            f.reply_chat(c, f.later(t, 1, 4), lang, W.SPIKE_CHAT_ANSWER[lang])
        c.extra.update(
            {
                "in_spike": True,
                "regular": regular[i],
                "spike_event_id": eid,
                "spike_channel": channel,
                "trouble_starts_at": iso(t),
                "repeat_event_id": None,
                "agent_fixed": False,
            }
        )
        reporters.append((c, t, channel, lang, eid))
    early = [r for r in reporters if r[1] <= f.day(spike_day, 18, 30)]
    repeaters = rng.sample(early, 6)
    again_channels = ["email", "email", "chat", "chat", "community", "community"]
    rng.shuffle(again_channels)
    while any(ch == r[2] for r, ch in zip(repeaters, again_channels, strict=True)):
        rng.shuffle(again_channels)
    again_used: Counter[str] = Counter()
    for (c, t, _channel, lang, _eid), ch in zip(repeaters, again_channels, strict=True):
        t2 = f.later(t, 15, 50)
        text = W.SPIKE_AGAIN[lang][again_used[lang] % len(W.SPIKE_AGAIN[lang])]
        again_used[lang] += 1
        if ch == "email":
            rid = f.add(
                c, t2, "email", "message", f"{text}\n{c.first}", W.SPIKE_AGAIN_SUBJECT[lang]
            )
        elif ch == "chat":
            rid = f.add(c, t2, "chat", "chat", text)
            f.reply_chat(c, f.later(t2, 1, 4), lang, W.SPIKE_CHAT_ANSWER[lang])
        else:
            rid = f.add(c, t2, "community", "post", text)
        c.persona = "spike_repeater"
        c.expected = ["repeat_contact"]
        c.tolerated = ["sentiment_drop", "silence"]
        c.extra.update({"repeat_event_id": rid, "repeat_channel": ch})
    rep_ids = {id(r[0]) for r in repeaters}
    others = [r for r in reporters if id(r[0]) not in rep_ids]
    for c, _t, _channel, lang, _eid in rng.sample(others, 6):
        local = "20:40" if c.market in ("UK", "IE", "PT") else "21:40"
        if lang == "fr":
            local = local.replace(":", "h")
        credit = {"UK": "£4", "CH": "CHF 5"}.get(c.market, "€5" if lang == "en" else "5 €")
        subj, text = W.SPIKE_FIXED[lang]
        f.reply_mail(
            c,
            f.day(spike_day, 20, 5) + timedelta(seconds=rng.randint(0, 15 * 60)),
            lang,
            subj,
            text.replace("{name}", c.first).replace("{local}", local).replace("{credit}", credit),
        )
        c.extra["agent_fixed"] = True
    firsts = sorted(reporters, key=lambda r: r[1])
    f.spike = {
        "topic": W.SPIKE_TOPIC,
        "about": "checkout of the app and website empties the basket at payment during the Sunday evening drop",
        "channel": None,
        "start": iso(firsts[0][1]),
        "end": iso(firsts[-1][1]),
        "customers": 20,
        "customer_keys": [r[0].key for r in firsts],
        "event_ids": [r[4] for r in firsts],
        "repeat_event_ids": [
            r[0].extra["repeat_event_id"] for r in sorted(repeaters, key=lambda r: r[1])
        ],
        "code": W.SPIKE_CODE,
    }
    for _ in range(40):
        c = f.person(f.lang(), "happy", "day writer")
        for d in sorted(rng.sample(range(7), rng.randint(1, 4))):
            t = f.at(d, 9, 16) if d == spike_day else f.at(d, 7, 20)
            f.happy(c, t, f.happy_kind(c))
    for lang, hm in (("fr", (9, 15)), ("es", (10, 40))):
        c = f.person(lang, "grumbles_once", "grumbles once", [], list(T_QUIET))
        t = f.day(0, *hm) + timedelta(seconds=rng.randint(0, 59))
        q, a = W.CALM_GRUMBLE[lang]
        gid = f.add(c, t, "chat", "chat", q)
        f.reply_chat(c, f.later(t, 1, 5), lang, a)
        c.extra.update({"grumble_event_id": gid, "trouble_starts_at": iso(t)})
    for lang, hm in (("fr", (10, 20)), ("es", (16, 45))):
        c = f.person(lang, "grumbles_once", "lone question", [], list(T_QUIET))
        t = f.day(5, *hm) + timedelta(seconds=rng.randint(0, 59))
        q, a = W.LONE_Q[lang]
        lid = f.add(c, t, "chat", "chat", q)
        f.reply_chat(c, f.later(t, 1, 5), lang, a)
        c.extra.update({"lone_report_event_id": lid, "trouble_starts_at": iso(t)})
    return f


FAMILIES = (
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
    for build in FAMILIES:
        fam = build(reg)
        fam.write()
        print(f"{fam.name}: {len(fam.custs)} customers, {len(fam.rows)} touchpoints")


if __name__ == "__main__":
    main()
