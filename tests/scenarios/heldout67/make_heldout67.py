# ruff: noqa: E501
"""Build the sixty-seventh hand-written alert scenarios (Fiscalto), blind.

Standard library only, fixed seed, deterministic. Run: python make_heldout67.py
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402
import wording_b2b as B  # noqa: E402

SEED = 20261113
WRITTEN = "2026-12-03"
BUSINESS = "Fiscalto: household tax returns by app and web, with Fiscalto Negócios (bookkeeping, VAT and payroll for small firms on account)"
LANG_WEIGHTS = [("en", 30), ("pt", 30), ("es", 10), ("de", 10), ("fr", 10), ("it", 10)]
MARKETS = {
    "en": [("UK", 6), ("IE", 4)],
    "pt": [("PT", 8), ("LU", 1), ("CH", 1)],
    "es": [("ES", 1)],
    "de": [("DE", 6), ("AT", 2), ("CH", 2)],
    "fr": [("FR", 6), ("BE", 3), ("LU", 1)],
    "it": [("IT", 8), ("CH", 2)],
}
SOURCES = {
    "email": "fiscalto-mail",
    "phone": "fiscalto-voice",
    "social": "fiscalto-social",
    "community": "fiscalto-forum",
    "chat": "fiscalto-chat",
    "web": "fiscalto-web",
    "survey": "fiscalto-survey",
}
DOMAINS = [
    "mail.example",
    "correio.example",
    "post.example",
    "inbox.example",
    "webmail.example",
    "caixa.example",
]
LIMIT = datetime(2026, 11, 20, tzinfo=UTC)

TOL_REPEAT = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
TOL_SLIDE = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
TOL_CANCEL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
TOL_GRUMPY = ["repeat_contact", "silence"]
TOL_SIL = ["silence"]
TOL_SPIKE_REP = ["sentiment_drop", "silence"]
TOL_B2B_RISK = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
TOL_B2B_ONE = ["sentiment_drop", "high_value_at_risk", "silence"]

USED: set[str] = set()


def unique(rng: random.Random, make: Any) -> str:
    while True:
        value = str(make(rng))
        if value not in USED:
            USED.add(value)
            return value


def ascii_fold(text: str) -> str:
    text = text.replace("ß", "ss")
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))


UML = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}


def strip_accents(text: str) -> str:
    out = []
    for ch in text:
        if ch in UML:
            out.append(UML[ch])
        elif ch in "ßñÑ":
            out.append(ch)
        else:
            out.append(
                "".join(x for x in unicodedata.normalize("NFD", ch) if not unicodedata.combining(x))
            )
    return "".join(out)


def phone_for(rng: random.Random, country: str) -> str:
    def digits(n: int) -> str:
        return "".join(str(rng.randrange(10)) for _ in range(n))

    return {
        "UK": lambda: "+447" + rng.choice("4579") + digits(8),
        "IE": lambda: "+3538" + rng.choice("35679") + digits(7),
        "PT": lambda: "+3519" + rng.choice("1236") + digits(7),
        "LU": lambda: "+3526" + rng.choice("269") + "1" + digits(6),
        "CH": lambda: "+417" + rng.choice("56789") + digits(7),
        "ES": lambda: "+346" + digits(8),
        "DE": lambda: "+491" + rng.choice(["51", "52", "57", "60", "62", "76"]) + digits(8),
        "AT": lambda: "+436" + rng.choice(["64", "60", "76"]) + digits(7),
        "FR": lambda: "+33" + rng.choice("67") + digits(8),
        "BE": lambda: "+324" + rng.choice("789") + digits(7),
        "IT": lambda: "+393" + rng.choice(["28", "33", "40", "47", "66", "89"]) + digits(7),
    }[country]()


def currency(country: str) -> str:
    return {"UK": "GBP", "CH": "CHF"}.get(country, "EUR")


def conv(eur: float, country: str) -> float:
    return {"GBP": eur * 0.86, "CHF": eur * 0.94}.get(currency(country), eur)


def money(eur: float, country: str, lang: str) -> str:
    v = round(conv(eur, country))
    cu = currency(country)
    if cu == "GBP":
        return f"£{v}"
    if cu == "CHF":
        return f"{v} Franken" if lang == "de" else f"CHF {v}"
    return f"€{v}" if lang == "en" else f"{v} €"


def spoken_money(eur: float, country: str, lang: str) -> str:
    v = round(conv(eur, country))
    cu = currency(country)
    names = {
        "GBP": {
            "en": "pounds",
            "pt": "libras",
            "es": "libras",
            "de": "Pfund",
            "fr": "livres",
            "it": "sterline",
        },
        "CHF": {
            "en": "francs",
            "pt": "francos",
            "es": "francos",
            "de": "Franken",
            "fr": "francs",
            "it": "franchi",
        },
        "EUR": {
            "en": "euros",
            "pt": "euros",
            "es": "euros",
            "de": "Euro",
            "fr": "euros",
            "it": "euro",
        },
    }
    return f"{v} {names[cu][lang]}"


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def out_of_night(t: datetime, rng: random.Random) -> datetime:
    """Move a time between 22:00 and 07:00 to 08:00-09:00 the next morning."""
    if t.hour >= 22:
        base = (t + timedelta(days=1)).replace(hour=8, minute=0, second=0)
        return base + timedelta(minutes=rng.randrange(60))
    if t.hour < 7:
        return t.replace(hour=8, minute=0, second=0) + timedelta(minutes=rng.randrange(60))
    return t


def office(t: datetime, rng: random.Random) -> datetime:
    """Weekdays 08-17 UTC, else the next working morning."""
    while t.weekday() >= 5 or t.hour >= 17 or t.hour < 8:
        if t.hour < 8 and t.weekday() < 5:
            t = t.replace(hour=8, minute=rng.randrange(5, 50), second=0)
        else:
            t = (t + timedelta(days=1)).replace(hour=8, minute=rng.randrange(5, 50), second=0)
    return t


@dataclass
class Cust:
    key: str
    first: str
    last: str
    lang: str
    country: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    segment: str
    truth: dict[str, Any]


@dataclass
class Row:
    t: datetime
    seq: int
    key: str
    ev: dict[str, Any]


@dataclass
class Fam:
    name: str
    code: str
    n: int
    start: datetime
    days: int
    about: str
    rng: random.Random = field(init=False)
    rr: random.Random = field(init=False)
    rows: list[Row] = field(default_factory=list)
    cust: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    seq: int = 0
    planted: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rr = random.Random(SEED * 100 + 50 + self.n)

    # ---- people
    def lang(self) -> str:
        return self.rng.choices([x for x, _ in LANG_WEIGHTS], [w for _, w in LANG_WEIGHTS])[0]

    def market(self, lang: str) -> str:
        opts = MARKETS[lang]
        return self.rng.choices([m for m, _ in opts], [w for _, w in opts])[0]

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        country: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        account: str | None = None,
        domain: str | None = None,
        taken: set[str] | None = None,
        **extra: Any,
    ) -> Cust:
        rng = self.rng
        lang = lang or self.lang()
        country = country or self.market(lang)
        first = rng.choice(W.FIRST[lang])
        while taken is not None and first in taken:
            first = rng.choice(W.FIRST[lang])
        if taken is not None:
            taken.add(first)
        last = rng.choice(W.LAST[lang])
        key = unique(rng, lambda r: f"FS{self.code}{r.randrange(1000, 10000)}")
        f, la = ascii_fold(first).lower(), ascii_fold(last).lower().replace(" ", "")
        if domain:
            email = unique(
                rng, lambda r: f"{f}.{la}@{domain}" if r.random() < 0.7 else f"{f[0]}{la}@{domain}"
            )
            handle = None
        else:
            email = unique(
                rng,
                lambda r: (
                    r.choice(
                        [
                            f"{f}.{la}{r.randrange(1, 99)}",
                            f"{f}{la[:3]}{r.randrange(10, 99)}",
                            f"{la}.{f}",
                            f"{f[0]}.{la}{r.randrange(1, 9)}",
                        ]
                    )
                    + "@"
                    + r.choice(DOMAINS)
                ),
            )
            handle = unique(
                rng,
                lambda r: (
                    "@"
                    + r.choice(
                        [
                            f"{la}_{f}{r.randrange(1, 9)}",
                            f"{f}{la}{r.randrange(10, 99)}",
                            f"{la}{f[0]}",
                            f"{f}_{la}",
                            f"{f}.{la[:4]}{r.randrange(1, 99)}",
                        ]
                    )
                ),
            )
        phone = unique(rng, lambda r: phone_for(r, country))
        segment = "b2b" if account else "consumer"
        job = rng.choice(W.JOBS[lang]) if not account else extra.get("job_title", "")
        truth: dict[str, Any] = {
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
            "habit": habit,
            "language": lang,
            "country": country,
            "segment": segment,
            "name": f"{first} {last}",
            "job": job,
            "town": rng.choice(W.TOWNS[country]),
        }
        truth.update(extra)
        c = Cust(key, first, last, lang, country, email, phone, handle, account, segment, truth)
        self.cust[key] = c
        return c

    # ---- events
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
        attrs: dict[str, str] | None = None,
        agent: str | None = None,
    ) -> str:
        self.seq += 1
        eid = f"fs67-{self.code.lower()}-{self.seq:05d}"
        if text is not None and not out:
            if channel == "social" and c.segment == "consumer":
                if "@Fiscalto" not in text:
                    i = text.rfind("Fiscalto")
                    text = text[:i] + "@" + text[i:] if i >= 0 else "@Fiscalto " + text
            else:
                text = text.replace("@Fiscalto ", "").replace("@Fiscalto", "Fiscalto")
            if channel not in ("phone", "survey"):
                text = self.roughen(text)
        a: dict[str, str] = {"market": c.country}
        if c.segment == "b2b":
            a["segment"] = "b2b"
        if agent:
            a["agent"] = agent
        a.update(attrs or {})
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        sc.update(scores or {})
        ev = {
            "event_id": eid,
            "occurred_at": iso(t),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "customer": None,
            "text": text,
            "subject": subject,
            "scores": sc,
            "source": SOURCES[channel],
            "attributes": a,
        }
        self.rows.append(Row(t, self.seq, c.key, ev))
        return eid

    def roughen(self, text: str) -> str:
        r = self.rr
        if r.random() < 0.10:
            text = strip_accents(text)
        if (
            r.random() < 0.125
            and text[:1].isupper()
            and text[:2].isalpha()
            and not text[:2].isupper()
        ):
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = text.split(" ")
            idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
            if idx:
                i = r.choice(idx)
                w = words[i]
                j = r.randrange(1, len(w) - 2)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    def agent(self, lang: str) -> str:
        return str(self.rng.choice(W.AGENTS[lang]))

    def case(self) -> str:
        return unique(self.rng, lambda r: f"FC-{r.randrange(100000, 1000000)}")

    def at(self, day: float, h0: float, h1: float) -> datetime:
        minutes = self.rng.randrange(int(h0 * 60), int(h1 * 60))
        return self.start + timedelta(days=day, minutes=minutes, seconds=self.rng.randrange(60))

    def pick(self, table: dict[str, list[Any]], lang: str) -> Any:
        return self.rng.choice(table[lang])

    def chat_qa(self, c: Cust, t: datetime, q: str, a: str, th: str, ag: str) -> None:
        """A chat question, the agent's answer 1-6 minutes later, often thanked."""
        self.add(c, t, "chat", "chat", q)
        t2 = t + timedelta(minutes=self.rng.randrange(1, 7))
        self.add(c, t2, "chat", "chat", a, out=True, agent=ag)
        if self.rng.random() < 0.7:
            self.add(c, t2 + timedelta(minutes=self.rng.randrange(1, 5)), "chat", "chat", th)

    def buy(self, c: Cust, t: datetime, products: list[tuple[str, int, str]], suffix: str) -> None:
        """A page view, then the purchase 3-15 minutes later."""
        name, eur, page = self.rng.choice(products)
        self.add(c, t, "web", "page_view", attrs={"page": page})
        money_attrs = {
            "order_value": f"{conv(eur, c.country):.2f}",
            "currency": currency(c.country),
        }
        later = t + timedelta(minutes=self.rng.randrange(3, 16))
        self.add(
            c,
            later,
            "web",
            "purchase",
            attrs={**money_attrs, "product": name, "page": page + suffix},
        )

    # ---- happy acts
    def happy(self, c: Cust, t: datetime, what: str, lang: str | None = None) -> None:
        rng = self.rng
        lg = lang or c.lang
        ag = self.agent(lg)
        fmt = {"brand": W.BRAND, "first": c.first, "last": c.last, "agent": ag}
        if what in ("praise", "again", "gripe"):
            table = {"praise": W.PRAISE, "again": W.AGAIN, "gripe": W.GRIPE}[what]
            ch = rng.choice(["social", "community"])
            self.add(
                c,
                t,
                ch,
                "mention" if ch == "social" else "post",
                self.pick(table, lg).format(**fmt),
            )
        elif what == "chat":
            q, a, th = self.pick(W.CHAT_Q, lg)
            self.chat_qa(c, t, q, a, th, ag)
        elif what == "email":
            s, q, a = self.pick(W.EMAIL_Q, lg)
            self.add(c, t, "email", "message", q.format(**fmt), subject=s)
            t2 = out_of_night(t + timedelta(minutes=rng.randrange(60, 300)), rng)
            self.add(
                c, t2, "email", "message", a.format(**fmt), subject="Re: " + s, out=True, agent=ag
            )
        elif what == "phone":
            q, s, a = self.pick(W.PHONE_Q, lg)
            self.add(c, t, "phone", "call", q)
            self.add(
                c,
                t + timedelta(minutes=rng.randrange(20, 90)),
                "email",
                "message",
                a.format(**fmt),
                subject=s,
                out=True,
                agent=ag,
            )
        elif what == "purchase":
            self.buy(c, t, W.PRODUCTS, "/checkout")
        elif what == "page":
            self.add(c, t, "web", "page_view", attrs={"page": rng.choice(W.PAGES)})
        elif what == "review":
            self.add(
                c,
                t,
                "web",
                "review",
                self.pick(W.REVIEW, lg),
                attrs={"rating": str(rng.choice([4, 5, 5])), "page": "/reviews"},
            )
        elif what == "survey":
            kind = rng.choice(["nps", "csat", "ces"])
            val = {
                "nps": rng.choice([9, 10]),
                "csat": rng.choice([4, 5]),
                "ces": rng.choice([6, 7]),
            }[kind]
            word = self.pick(W.SURVEY_WORDS, lg) or None
            self.add(
                c, t, "survey", "survey_response", word, scores={kind: val}, attrs={"survey": kind}
            )
        elif what == "night_post":
            ch = rng.choice(["social", "community"])
            self.add(
                c,
                t,
                ch,
                "mention" if ch == "social" else "post",
                self.pick(W.NIGHT_POST, lg).format(**fmt),
            )
        elif what == "night_chat":
            q, a, th = self.pick(W.NIGHT_CHAT, lg)
            self.add(c, t, "chat", "chat", q)
            t2 = t + timedelta(minutes=rng.randrange(1, 5))
            self.add(c, t2, "chat", "chat", a, out=True, agent=ag)
            self.add(c, t2 + timedelta(minutes=rng.randrange(1, 4)), "chat", "chat", th)
        else:
            raise ValueError(what)

    def happy_days(
        self,
        c: Cust,
        days: list[int],
        h0: float = 7,
        h1: float = 19,
        pool: list[str] | None = None,
        lang: str | None = None,
    ) -> None:
        pool = pool or [
            "praise",
            "praise",
            "again",
            "gripe",
            "chat",
            "chat",
            "email",
            "phone",
            "purchase",
            "purchase",
            "page",
            "review",
            "survey",
        ]
        for d in days:
            self.happy(c, self.at(d, h0, h1), self.rng.choice(pool), lang)

    # ---- trouble
    def amounts(
        self, c: Cust, problem: str, spoken: bool = False, lang: str | None = None
    ) -> dict[str, str]:
        m = spoken_money if spoken else money
        lg = lang or c.lang
        fee2 = 35 if problem == "no_show" else 89
        return {
            "fine": m(116, c.country, lg),
            "fee": m(149, c.country, lg),
            "fee2": m(fee2, c.country, lg),
        }

    def short(self, c: Cust, problem: str, lang: str | None = None) -> str:
        lg = lang or c.lang
        return str(self.rng.choice(W.SHORT[lg][problem])).format(
            **self.amounts(c, problem, lang=lg)
        )

    def spoken(self, c: Cust, problem: str, lang: str | None = None) -> str:
        lg = lang or c.lang
        return str(W.SPOKEN[lg][problem]).format(**self.amounts(c, problem, True, lg))

    def complain(
        self,
        c: Cust,
        t: datetime,
        problem: str,
        form: str,
        case: str | None,
        lang: str | None = None,
    ) -> tuple[str, datetime]:
        """One first complaint; returns its event id and when the answer was sent (or t)."""
        rng = self.rng
        lg = lang or c.lang
        ag = self.agent(lg)
        topic = W.TOPIC[lg][problem]
        subj = W.COMPLAINT_SUBJECT[lg].format(topic=topic)
        if form == "long":
            core = W.SHORT[lg][problem][0].format(**self.amounts(c, problem, lang=lg))
            eid = self.add(
                c,
                t,
                "email",
                "message",
                rng.choice(W.LONG[lg]).format(core=core, first=c.first, last=c.last),
                subject=subj,
            )
        elif form == "email":
            text = (
                W.GREET[lg]
                + "\n\n"
                + self.short(c, problem, lg)
                + "\n\n"
                + W.SIGN[lg].format(first=c.first, last=c.last)
            )
            eid = self.add(c, t, "email", "message", text, subject=subj)
        elif form == "chat":
            eid = self.add(c, t, "chat", "chat", self.short(c, problem, lg))
        elif form == "social":
            eid = self.add(c, t, "social", "mention", self.short(c, problem, lg))
            return eid, t
        elif form == "web":
            eid = self.add(
                c,
                t,
                "web",
                "ticket",
                self.short(c, problem, lg),
                subject=topic,
                attrs={"page": "/help/contact"},
            )
        elif form == "phone":
            eid = self.add(c, t, "phone", "call", self.spoken(c, problem, lg))
        else:
            raise ValueError(form)
        assert case is not None
        fmt = {"first": c.first, "case": case, "agent": ag}
        if form == "chat":
            t2 = t + timedelta(minutes=rng.randrange(1, 6))
            self.add(c, t2, "chat", "chat", W.CHAT_CASE[lg].format(**fmt), out=True, agent=ag)
        else:
            t2 = out_of_night(t + timedelta(minutes=rng.randrange(10, 41)), rng)
            self.add(
                c,
                t2,
                "email",
                "message",
                W.CASE_OPENED[lg].format(**fmt),
                subject=W.CASE_SUBJECT[lg].format(case=case),
                out=True,
                agent=ag,
            )
        return eid, t2

    def complain_no_answer(self, c: Cust, t: datetime, problem: str, form: str, lang: str) -> str:
        topic = W.TOPIC[lang][problem]
        subj = W.COMPLAINT_SUBJECT[lang].format(topic=topic)
        if form == "email":
            text = (
                W.GREET[lang]
                + "\n\n"
                + self.short(c, problem, lang)
                + "\n\n"
                + W.SIGN[lang].format(first=c.first, last=c.last)
            )
            return self.add(c, t, "email", "message", text, subject=subj)
        if form == "web":
            return self.add(
                c,
                t,
                "web",
                "ticket",
                self.short(c, problem, lang),
                subject=topic,
                attrs={"page": "/help/contact"},
            )
        return self.add(c, t, "phone", "call", self.spoken(c, problem, lang))

    def good_news(
        self, c: Cust, t: datetime, problem: str, case: str, lang: str | None = None
    ) -> str:
        lg = lang or c.lang
        ag = self.agent(lg)
        text = W.GOOD_NEWS[lg].format(first=c.first, case=case, agent=ag, fix=W.FIX[lg][problem])
        return self.add(
            c,
            t,
            "email",
            "message",
            text,
            subject=W.CASE_SUBJECT[lg].format(case=case),
            out=True,
            agent=ag,
        )

    def confirm(
        self, c: Cust, t: datetime, case: str, channel: str, lang: str | None = None
    ) -> str:
        lg = lang or c.lang
        text = W.CONFIRM[lg].format(case=case)
        if channel == "email":
            return self.add(
                c, t, "email", "message", text, subject=W.CASE_SUBJECT[lg].format(case=case)
            )
        return self.add(c, t, "chat", "chat", text)

    def later(
        self,
        c: Cust,
        t: datetime,
        nth: int,
        problem: str,
        case: str,
        channel: str,
        rival: str,
        lang: str | None = None,
    ) -> str:
        """A repeat contact's later contact (nth = 2, 3, 4), still open."""
        lg = lang or c.lang
        rng = self.rng
        short = self.short(c, problem, lg)
        if channel == "phone":
            return self.add(
                c,
                t,
                "phone",
                "call",
                W.SPOKEN_AGAIN[lg].format(case=case, spoken=self.spoken(c, problem, lg)),
            )
        if nth == 2:
            text = rng.choice(W.AGAIN_OPEN[lg]).format(case=case, short=short)
        elif nth == 3:
            text = rng.choice(W.THIRD[lg]).format(case=case, rival=rival) + " " + short
        else:
            text = W.FOURTH[lg].format(case=case, short=short)
        if channel == "email":
            return self.add(
                c, t, "email", "message", text, subject=W.CASE_SUBJECT[lg].format(case=case)
            )
        if channel == "chat":
            eid = self.add(c, t, "chat", "chat", text)
            ag = self.agent(lg)
            self.add(
                c,
                t + timedelta(minutes=rng.randrange(1, 6)),
                "chat",
                "chat",
                W.URGENT[lg].format(case=case),
                out=True,
                agent=ag,
            )
            return eid
        if channel == "web":
            return self.add(
                c, t, "web", "ticket", text, subject=case, attrs={"page": "/help/contact"}
            )
        return self.add(c, t, "social", "mention", text)

    def slide(self, c: Cust, t0: datetime, span: int, langs: list[str] | None = None) -> list[str]:
        rng = self.rng
        ids: list[str] = []
        rival = rng.choice(W.RIVALS)
        ratings = [3, 3, 2, 2, 1, 1]
        prev = t0 - timedelta(hours=2)
        for i in range(6):
            lg = langs[i % len(langs)] if langs else c.lang
            steps = W.SLIDE[lg][0]
            t = t0 + timedelta(days=span * i / 5, minutes=rng.randrange(0, 180))
            t = out_of_night(t, rng)
            if t < prev + timedelta(hours=1):
                t = prev + timedelta(hours=1, minutes=rng.randrange(5, 60))
                t = out_of_night(t, rng)
            prev = t
            text = steps[i].format(rival=rival, brand=W.BRAND)
            ch = rng.choice(["social", "community", "review"])
            if ch == "review":
                ids.append(
                    self.add(
                        c,
                        t,
                        "web",
                        "review",
                        text,
                        attrs={"rating": str(ratings[i]), "page": "/reviews"},
                    )
                )
            else:
                ids.append(self.add(c, t, ch, "mention" if ch == "social" else "post", text))
        c.truth.update(
            {
                "slide_event_ids": ids,
                "slide_days": span,
                "competitor": rival,
                "trouble_starts_at": iso(self.row(ids[0]).t),
            }
        )
        return ids

    def row(self, eid: str) -> Row:
        for r in self.rows:
            if r.ev["event_id"] == eid:
                return r
        raise KeyError(eid)

    def nps_low(self, c: Cust, t: datetime, lang: str | None = None) -> str:
        val = self.rng.randint(1, 5)
        eid = self.add(
            c, t, "survey", "survey_response", None, scores={"nps": val}, attrs={"survey": "nps"}
        )
        c.truth.update({"nps_given": True, "nps": val, "survey_event_id": eid})
        return eid

    # ---- writing
    def finish(self) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        rows = sorted(self.rows, key=lambda r: (r.t, r.seq))
        seen: set[str] = set()
        out: list[dict[str, Any]] = []
        for r in rows:
            c = self.cust[r.key]
            ev = dict(r.ev)
            full = {
                "customer_id": c.key,
                "email": c.email,
                "phone": c.phone,
                "handle": c.handle,
                "account_id": c.account,
            }
            inbound = ev["direction"] == "inbound"
            if not inbound or c.key not in seen:
                ref = dict(full)
                if inbound:
                    seen.add(c.key)
            else:
                ref = {
                    "customer_id": None,
                    "email": None,
                    "phone": None,
                    "handle": None,
                    "account_id": c.account,
                }
                ch = ev["channel"]
                if ch == "phone":
                    ref["phone"] = (
                        c.phone
                        if self.rr.random() < 0.5
                        else c.phone[:3] + " " + c.phone[3:]
                        if c.phone.startswith(
                            ("+44", "+34", "+33", "+32", "+39", "+41", "+43", "+49")
                        )
                        else c.phone[:4] + " " + c.phone[4:]
                    )
                elif ch in ("social", "community"):
                    if c.handle:
                        ref["handle"] = c.handle if self.rr.random() > 0.2 else c.handle.lstrip("@")
                    else:
                        ref["email"] = c.email
                elif ch == "email":
                    ref["email"] = c.email.upper() if self.rr.random() < 1 / 12 else c.email
                else:
                    ref["customer_id"] = c.key
            ev["customer"] = ref
            out.append(ev)
            if r.t.year != 2026 or r.t < self.start or r.t >= LIMIT:
                raise SystemExit(f"{self.name}: touchpoint out of range {ev['event_id']} {r.t}")
        for c in self.cust.values():
            if c.key not in seen:
                raise SystemExit(f"{self.name}: {c.key} has no inbound touchpoint")
            if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
                raise SystemExit(f"{self.name}: {c.key} expects and tolerates a rule")
        expected: dict[str, int] = {}
        for c in self.cust.values():
            for rule in c.truth["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        if expected != self.planted:
            raise SystemExit(f"{self.name}: expected {expected} != planted {self.planted}")
        end = self.start + timedelta(days=self.days)
        last = rows[-1].t + timedelta(hours=1)
        end = max(end, last)
        if end >= LIMIT:
            raise SystemExit(f"{self.name}: end out of range")
        truth = {
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
            "customers": {k: self.cust[k].truth for k in sorted(self.cust)},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        return out, truth


def d(y: int, m: int, day: int) -> datetime:
    return datetime(y, m, day, tzinfo=UTC)


# ------------------------------------------------------------------ families


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        d(2026, 3, 9),
        10,
        "happy customers writing by day and by night, and survey-only customers; nothing to warn about",
    )
    rng = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, sorted(rng.sample(range(10), rng.randint(5, 8))))
    for _ in range(5):
        c = f.person("happy", "night writer")
        nights = sorted(rng.sample(range(9), rng.randint(2, 4)))
        for n in nights:
            off = rng.randrange(int(22.2 * 60), int(28.5 * 60))
            t = f.start + timedelta(days=n, minutes=off)
            f.happy(c, t, rng.choice(["night_post", "night_chat"]))
        days = sorted(rng.sample([x for x in range(10)], rng.randint(2, 3)))
        f.happy_days(c, days, 9, 18, ["praise", "purchase", "page", "review"])
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        f.happy_days(c, sorted(rng.sample(range(10), rng.randint(3, 6))), 8, 20, ["survey"])
    f.planted = {}
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        d(2026, 4, 20),
        12,
        "happy customers with one angry message on one day about one problem; some give a low score",
    )
    rng = f.rng
    problems = [p for p in W.PROBLEMS for _ in range(4)]
    rng.shuffle(problems)
    forms = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    long_langs = ["en", "en", "pt", "pt"]
    people = []
    for i, form in enumerate(forms):
        lang = long_langs[i] if form == "long" else None
        people.append((form, problems[i], lang))
    with_case = [i for i, p in enumerate(people) if p[0] != "social"]
    rng.shuffle(with_case)
    detr = set(with_case[:6])
    low_csat = set(with_case[6:11])
    good = with_case[:]
    rng.shuffle(good)
    good_set = set(good[:12])
    apolog = set(good[:5])
    for i, (form, problem, lang) in enumerate(people):
        persona = "bad_day_detractor" if i in detr else "happy_one_bad_day"
        c = f.person(
            persona,
            "one bad day",
            lang=lang,
            expected=["detractor"] if i in detr else [],
            tolerated=TOL_SIL,
            problem=problem,
            long_email=form == "long",
            channel=form,
        )
        bd = rng.randint(2, 9)
        t = f.at(bd, 8, 20)
        case = f.case() if form != "social" else None
        eid, _ = f.complain(c, t, problem, form, case)
        c.truth.update(
            {
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "booking": case,
                "trouble_starts_at": iso(t),
                "problem_event_ids": [eid],
            }
        )
        ok = [x for x in range(12) if x <= bd - 2 or x >= bd + 3]
        f.happy_days(
            c,
            sorted(rng.sample(ok, rng.randint(1, min(5, len(ok))))),
            pool=[
                "praise",
                "again",
                "gripe",
                "chat",
                "email",
                "phone",
                "purchase",
                "page",
                "review",
            ],
        )
        if i in detr:
            f.nps_low(c, t + timedelta(minutes=rng.randrange(100, 141)))
        elif i in low_csat:
            val = rng.choice([1, 2])
            word = rng.choice(
                [
                    None,
                    {
                        "en": "useless",
                        "pt": "péssimo",
                        "es": "fatal",
                        "de": "schlecht",
                        "fr": "nul",
                        "it": "pessimo",
                    }[c.lang],
                ]
            )
            sid = f.add(
                c,
                t + timedelta(minutes=rng.randrange(40, 81)),
                "survey",
                "survey_response",
                word,
                scores={"csat": val},
                attrs={"survey": "csat"},
            )
            c.truth.update({"csat_given": True, "csat": val, "survey_event_id": sid})
        if i in good_set and case:
            tg = out_of_night(t + timedelta(minutes=rng.randrange(60, 241)), rng)
            f.good_news(c, tg, problem, case)
            c.truth["agent_fixed"] = True
            if i in apolog:
                ta = out_of_night(t + timedelta(minutes=rng.randrange(16 * 60, 24 * 60)), rng)
                ch = rng.choice(["chat", "email"])
                if ch == "chat":
                    aid = f.add(c, ta, "chat", "chat", W.APOLOGY[c.lang])
                else:
                    aid = f.add(
                        c,
                        ta,
                        "email",
                        "message",
                        W.APOLOGY[c.lang],
                        subject=W.CASE_SUBJECT[c.lang].format(case=case),
                    )
                c.truth.update({"apologised": True, "apology_at": iso(ta), "apology_event_id": aid})
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, sorted(rng.sample(range(12), rng.randint(4, 7))))
    f.planted = {"detractor": 6}
    return f


def repeat_run(
    f: Fam,
    c: Cust,
    first_day: int,
    contacts: int,
    first_channel: str,
    quality: bool,
    langs: list[str] | None = None,
) -> None:
    rng = f.rng
    problem = rng.choice(W.PROBLEMS)
    case = f.case()
    rival = rng.choice(W.RIVALS)
    lg0 = langs[0] if langs else c.lang
    t = f.at(first_day, 8, 19)
    form = {"web": "web", "email": "email", "chat": "chat", "phone": "phone"}[first_channel]
    if quality and form != "chat":
        eid = f.complain_no_answer(c, t, problem, form, lg0)
    else:
        eid, _ = f.complain(c, t, problem, form, case, lg0)
    if quality:
        ag = f.agent(lg0)
        tq = out_of_night(t + timedelta(minutes=rng.randrange(90, 151)), rng)
        text = W.QUALITY_LEAD[lg0].format(first=c.first, case=case, agent=ag)
        f.add(
            c,
            tq,
            "email",
            "message",
            text,
            subject=W.CASE_SUBJECT[lg0].format(case=case),
            out=True,
            agent=ag,
        )
    ids = [eid]
    chans = [x for x in ["email", "chat", "phone", "web", "social"] if x != first_channel]
    rng.shuffle(chans)
    prev = t
    for k in range(2, contacts + 1):
        lg = langs[(k - 1) % len(langs)] if langs else c.lang
        tk = out_of_night(prev + timedelta(minutes=rng.randrange(4 * 60, 40 * 60)), rng)
        ids.append(f.later(c, tk, k, problem, case, chans[k - 2], rival, lg))
        prev = tk
    c.truth.update(
        {
            "problem": problem,
            "booking": case,
            "contacts": contacts,
            "channels": [first_channel, *chans[: contacts - 1]],
            "agent_passed_on": quality,
            "problem_event_ids": ids,
            "competitor": rival if contacts >= 3 else None,
            "trouble_starts_at": iso(t),
        }
    )


def fixed_case(
    f: Fam, c: Cust, t: datetime, problem: str, lang1: str, lang2: str, first_form: str
) -> dict[str, Any]:
    rng = f.rng
    case = f.case()
    eid, _ = f.complain(c, t, problem, first_form, case, lang1)
    tg = out_of_night(t + timedelta(minutes=rng.randrange(3 * 60, 20 * 60)), rng)
    f.good_news(c, tg, problem, case, lang1)
    tc = out_of_night(tg + timedelta(minutes=rng.randrange(8 * 60, 30 * 60)), rng)
    ch = rng.choice(["email", "chat"])
    cid = f.confirm(c, tc, case, ch, lang2)
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(tg),
        "confirmed_at": iso(tc),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": first_form,
        "confirm_channel": ch,
    }


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        d(2026, 6, 1),
        10,
        "customers who raise one open problem again and again, fixed cases, two different problems, frequent writers",
    )
    rng = f.rng
    counts = [2] * 4 + [3] * 4 + [4] * 4
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    rng.shuffle(firsts)
    quality = [True] * 6 + [False] * 6
    rng.shuffle(quality)
    for i in range(12):
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=TOL_REPEAT)
        for _ in range(rng.randint(1, 3)):
            f.happy(c, f.at(0, 7, 12), rng.choice(["praise", "chat", "purchase", "page"]))
        repeat_run(f, c, rng.randint(1, 4), counts[i], firsts[i], quality[i])
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=TOL_SIL)
        f.happy_days(c, [0])
        t = f.at(rng.randint(1, 5), 8, 19)
        p = fixed_case(
            f, c, t, rng.choice(W.PROBLEMS), c.lang, c.lang, rng.choice(["web", "email", "chat"])
        )
        c.truth.update({"problems": [p], "trouble_starts_at": p["raised_at"]})
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=TOL_SIL)
        p1, p2 = rng.sample(W.PROBLEMS, 2)
        t1 = f.at(rng.randint(0, 2), 8, 18)
        a = fixed_case(f, c, t1, p1, c.lang, c.lang, rng.choice(["web", "email"]))
        t2 = t1 + timedelta(days=rng.randint(4, 5), minutes=rng.randrange(-60, 60))
        b = fixed_case(
            f, c, out_of_night(t2, rng), p2, c.lang, c.lang, rng.choice(["chat", "email"])
        )
        c.truth.update({"problems": [a, b], "trouble_starts_at": a["raised_at"]})
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.happy_days(
            c,
            sorted(rng.sample(range(10), rng.randint(5, 8))),
            pool=["chat", "chat", "email", "email", "phone", "praise", "purchase"],
        )
    f.planted = {"repeat_contact": 12}
    return f


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        d(2026, 7, 6),
        32,
        "happy customers who slide over days, leavers who ask to cancel, steady, steadily grumpy and sarcastic customers",
    )
    rng = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    rng.shuffle(spans)
    nps_idx = set(rng.sample(range(10), 5))
    for i in range(10):
        exp = ["sentiment_drop", "detractor"] if i in nps_idx else ["sentiment_drop"]
        c = f.person("slow_churner", "slides", expected=exp, tolerated=TOL_SLIDE)
        days = sorted(rng.sample(range(11), rng.randint(4, 5)))
        for dd in days:
            f.happy(c, f.at(dd, 8, 20), rng.choice(["praise", "praise", "again"]))
        f.happy_days(
            c,
            sorted(rng.sample(range(11), rng.randint(2, 4))),
            pool=["chat", "purchase", "page", "email", "review"],
        )
        t0 = f.at(rng.randint(12, 16), 8, 18)
        ids = f.slide(c, t0, spans[i])
        if i in nps_idx:
            t4 = f.row(ids[3]).t
            f.nps_low(c, out_of_night(t4 + timedelta(minutes=rng.randrange(150, 211)), rng))
    for _ in range(5):
        c = f.person(
            "slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=TOL_CANCEL
        )
        f.happy_days(c, sorted(rng.sample(range(16), rng.randint(4, 6))))
        t = f.at(rng.randint(17, 23), 8, 20)
        s, text = f.pick(W.CANCEL_REQ, c.lang)
        eid = f.add(c, t, "email", "message", text.format(first=c.first, last=c.last), subject=s)
        ag = f.agent(c.lang)
        ta = out_of_night(t + timedelta(minutes=rng.randrange(60, 301)), rng)
        f.add(
            c,
            ta,
            "email",
            "message",
            W.SORRY_GO[c.lang].format(first=c.first, agent=ag),
            subject="Re: " + s,
            out=True,
            agent=ag,
        )
        tc = out_of_night(t + timedelta(minutes=rng.randrange(20 * 60, 30 * 60)), rng)
        cid = f.add(
            c,
            tc,
            "web",
            "cancellation",
            None,
            attrs={"page": "/plans/casa/cancel", "product": W.PRODUCTS[2][0]},
        )
        c.truth.update(
            {
                "churn_intent_event_id": eid,
                "cancellation_event_id": cid,
                "churn_at": iso(tc),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, sorted(rng.sample(range(32), rng.randint(6, 10))))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=TOL_GRUMPY)
        day = rng.randint(0, 4)
        ids = []
        grumbles = list(W.GRUMBLES[c.lang])
        rng.shuffle(grumbles)
        for k in range(rng.randint(5, 7)):
            t = f.at(day, 8, 21)
            g = grumbles[k % len(grumbles)]
            ch = rng.choice(["social", "community", "web", "review"])
            if ch == "web":
                ids.append(
                    f.add(
                        c,
                        t,
                        "web",
                        "ticket",
                        g,
                        subject=g.split(".")[0][:40],
                        attrs={"page": "/help/contact"},
                    )
                )
            elif ch == "review":
                ids.append(
                    f.add(c, t, "web", "review", g, attrs={"rating": "3", "page": "/reviews"})
                )
            else:
                ids.append(f.add(c, t, ch, "mention" if ch == "social" else "post", g))
            day += rng.randint(1, 3)
        for _ in range(rng.randint(0, 2)):
            f.happy(c, f.at(rng.randint(0, 30), 8, 20), "purchase")
        c.truth.update({"grumble_event_ids": ids, "trouble_starts_at": iso(f.row(ids[0]).t)})
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=TOL_SIL)
        f.happy_days(
            c,
            sorted(rng.sample(range(16), rng.randint(3, 5))),
            pool=["praise", "chat", "purchase", "page", "review"],
        )
        t = f.at(rng.randint(17, 28), 9, 21)
        ch = rng.choice(["social", "community"])
        sid = f.add(c, t, ch, "mention" if ch == "social" else "post", f.pick(W.SARCASM, c.lang))
        c.truth.update({"sarcasm_event_id": sid})
    f.planted = {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5}
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        d(2026, 8, 28),
        3,
        "a calm summer weekend with bursts of night owls; no spike",
    )
    rng = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(
            c,
            sorted(rng.sample(range(3), rng.randint(1, 3))),
            7,
            17.5,
            ["praise", "chat", "purchase", "page", "review", "survey", "again"],
        )
    for k in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=TOL_SIL)
        t = f.at(rng.randint(0, 2), 9, 17)
        f.happy(c, t, rng.choice(["page", "purchase"]))
        tg = t + timedelta(minutes=rng.randrange(20, 31))
        text, ans = f.pick(W.MILD, c.lang)
        ag = f.agent(c.lang)
        if k < 2:
            gid = f.add(c, tg, "chat", "chat", text)
            f.add(
                c,
                tg + timedelta(minutes=rng.randrange(1, 6)),
                "chat",
                "chat",
                ans,
                out=True,
                agent=ag,
            )
        else:
            gid = f.add(
                c, tg, "web", "ticket", text, subject=text[:40], attrs={"page": "/help/contact"}
            )
            f.add(
                c,
                tg + timedelta(minutes=rng.randrange(30, 120)),
                "email",
                "message",
                W.MILD_ACK[c.lang].format(first=c.first, agent=ag),
                subject="Re: " + text[:40],
                out=True,
                agent=ag,
            )
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(tg)})
    for night in range(3):
        first = f.start + timedelta(days=night + 1, minutes=rng.randrange(40, 66))
        starts = [
            first,
            first + timedelta(minutes=rng.randrange(28, 34)),
            first + timedelta(minutes=rng.randrange(55, 66)),
        ]
        for b, bs in enumerate(starts):
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                t = bs + timedelta(minutes=rng.randrange(0, 10), seconds=rng.randrange(60))
                n0 = len(f.rows)
                f.happy(c, t, rng.choice(["night_chat", "night_post"]))
                c.truth.update({"burst_at": iso(bs), "night_event_id": f.rows[n0].ev["event_id"]})
                if rng.random() < 0.5:
                    f.happy(
                        c,
                        f.at(rng.randint(0, 2), 9, 17.5),
                        rng.choice(["praise", "purchase", "page", "chat"]),
                    )
    f.planted = {}
    return f


SECOND_WHY = {
    "en": "works for a British firm and writes to support in English",
    "pt": "grew up in a Portuguese family and writes to family and friends in Portuguese",
    "es": "spent ten years in Spain, partner is Spanish",
    "de": "works across the border in German",
    "fr": "studied in France, writes at work in French",
    "it": "Italian mother, uses Italian at home",
}
PAIRS = [
    ("en", "pt", "PT"),
    ("en", "pt", "PT"),
    ("en", "pt", "UK"),
    ("en", "pt", "IE"),
    ("pt", "en", "PT"),
    ("pt", "en", "UK"),
    ("pt", "en", "LU"),
    ("pt", "en", "IE"),
    ("en", "es", "ES"),
    ("en", "es", "UK"),
    ("es", "en", "ES"),
    ("es", "en", "ES"),
    ("pt", "es", "ES"),
    ("es", "pt", "PT"),
    ("pt", "fr", "LU"),
    ("fr", "pt", "FR"),
    ("pt", "de", "CH"),
    ("de", "pt", "DE"),
    ("en", "fr", "BE"),
    ("fr", "en", "FR"),
    ("en", "it", "IT"),
    ("it", "en", "IT"),
    ("pt", "it", "CH"),
    ("de", "en", "AT"),
    ("en", "de", "DE"),
    ("it", "pt", "IT"),
    ("pt", "fr", "FR"),
]


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        6,
        d(2026, 9, 21),
        14,
        "customers who write in two languages: happy, repeat contacts, slides, one bad day in the second language, fixed cases",
    )
    rng = f.rng
    pairs = list(PAIRS)
    rng.shuffle(pairs)
    # bad day long e-mail must be in a second language with long letters (en or pt)
    roles = (
        ["happy"] * 12
        + ["repeat"] * 5
        + ["slide"] * 5
        + ["bad_long", "bad_email", "bad_chat"]
        + ["fixed"] * 2
    )
    long_i = next(i for i, p in enumerate(pairs) if p[1] in ("en", "pt"))
    pairs.insert(22, pairs.pop(long_i))
    rep_counts = [2, 2, 3, 3, 4]
    for i, role in enumerate(roles):
        l1, l2, mk = pairs[i]
        extra: dict[str, Any] = {"languages": [l1, l2], "job_second_language": SECOND_WHY[l2]}
        if role == "happy":
            c = f.person("happy", "alternates languages", l1, mk, **extra)
            days = sorted(rng.sample(range(14), rng.randint(5, 8)))
            for k, dd in enumerate(days):
                f.happy(
                    c,
                    f.at(dd, 7, 20),
                    rng.choice(["praise", "again", "chat", "email", "purchase", "review", "gripe"]),
                    [l1, l2][k % 2],
                )
        elif role == "repeat":
            n = rep_counts.pop(0)
            c = f.person(
                "repeat_contact",
                "repeats",
                l1,
                mk,
                expected=["repeat_contact"],
                tolerated=TOL_REPEAT,
                **extra,
            )
            for k in range(rng.randint(1, 3)):
                f.happy(
                    c,
                    f.at(rng.randint(0, 1), 8, 18),
                    rng.choice(["praise", "chat", "purchase"]),
                    [l1, l2][k % 2],
                )
            repeat_run(
                f, c, rng.randint(2, 5), n, rng.choice(["web", "email", "chat"]), n >= 3, [l1, l2]
            )
        elif role == "slide":
            c = f.person(
                "slow_churner",
                "slides",
                l1,
                mk,
                expected=["sentiment_drop"],
                tolerated=TOL_SLIDE,
                **extra,
            )
            days = sorted(rng.sample(range(6), 5))
            for k, dd in enumerate(days):
                f.happy(c, f.at(dd, 8, 20), "praise", [l1, l2][k % 2])
            for k in range(rng.randint(1, 3)):
                f.happy(
                    c,
                    f.at(rng.randint(0, 6), 8, 20),
                    rng.choice(["chat", "purchase", "page"]),
                    [l2, l1][k % 2],
                )
            f.slide(c, f.at(rng.randint(7, 8), 8, 18), rng.randint(3, 5), [l1, l2])
        elif role.startswith("bad"):
            form = {"bad_long": "long", "bad_email": "email", "bad_chat": "chat"}[role]
            c = f.person("happy_one_bad_day", "one bad day", l1, mk, tolerated=TOL_SIL, **extra)
            bd = rng.randint(5, 9)
            for k, dd in enumerate(
                sorted(rng.sample([x for x in range(14) if x <= bd - 2 or x >= bd + 3], 4))
            ):
                f.happy(
                    c,
                    f.at(dd, 8, 20),
                    rng.choice(["praise", "chat", "purchase", "page"]),
                    [l1, l2][k % 2],
                )
            problem = rng.choice(W.PROBLEMS)
            case = f.case()
            t = f.at(bd, 8, 20)
            eid, _ = f.complain(c, t, problem, form, case, l2)
            c.truth.update(
                {
                    "problem": problem,
                    "booking": case,
                    "bad_day_at": iso(t),
                    "bad_day_event_id": eid,
                    "bad_day_language": l2,
                    "long_email": form == "long",
                    "channel": form,
                    "trouble_starts_at": iso(t),
                    "problem_event_ids": [eid],
                }
            )
            if form in ("long", "email"):
                f.good_news(
                    c,
                    out_of_night(t + timedelta(minutes=rng.randrange(60, 241)), rng),
                    problem,
                    case,
                    l2,
                )
                c.truth["agent_fixed"] = True
            if form == "email":
                ta = out_of_night(t + timedelta(minutes=rng.randrange(18 * 60, 24 * 60)), rng)
                aid = f.add(c, ta, "chat", "chat", W.APOLOGY[l2])
                c.truth.update({"apologised": True, "apology_at": iso(ta), "apology_event_id": aid})
        else:
            c = f.person("resolved_between_contacts", "fixed", l1, mk, tolerated=TOL_SIL, **extra)
            f.happy(c, f.at(rng.randint(0, 2), 8, 18), "praise", l1)
            p = fixed_case(
                f, c, f.at(rng.randint(3, 8), 8, 18), rng.choice(W.PROBLEMS), l1, l2, "web"
            )
            c.truth.update(
                {"problems": [p], "trouble_starts_at": p["raised_at"], "confirm_language": l2}
            )
    f.planted = {"repeat_contact": 5, "sentiment_drop": 5}
    return f


ACCOUNT_PLAN = [
    # market, company index, kind, problem, complainers, contacts
    ("PT", 0, "at_risk", "invoice", 4, 5),
    ("UK", 1, "at_risk", "payroll", 3, 4),
    ("PT", 4, "at_risk", "overbilled", 4, 6),
    ("IE", 1, "at_risk", "portal", 3, 4),
    ("ES", 0, "at_risk", "invoice", 3, 5),
    ("PT", 2, "one_unhappy", "payroll", 1, 3),
    ("UK", 0, "one_unhappy", "portal", 1, 3),
    ("DE", 0, "one_unhappy", "overbilled", 1, 3),
    ("IT", 0, "one_unhappy", "invoice", 1, 3),
    ("PT", 1, "mild", None, 0, 4),
    ("IE", 0, "mild", None, 0, 4),
    ("FR", 0, "mild", None, 0, 3),
    ("PT", 3, "happy", None, 0, 4),
    ("UK", 2, "happy", None, 0, 4),
    ("ES", 1, "happy", None, 0, 4),
]
MARKET_LANG = {"PT": "pt", "UK": "en", "IE": "en", "ES": "es", "DE": "de", "FR": "fr", "IT": "it"}


def b2b_routine(f: Fam, c: Cust, t: datetime, lang: str, happy: bool) -> None:
    rng = f.rng
    pool = (
        ["chat", "purchase", "page", "praise", "survey"] if happy else ["chat", "purchase", "page"]
    )
    what = rng.choice(pool)
    ag = f.agent(lang)
    if what == "chat":
        q, a, th = f.pick(B.B_CHAT, lang)
        f.chat_qa(c, t, q, a, th, ag)
    elif what == "purchase":
        f.buy(c, t, B.PRODUCTS, "/order")
    elif what == "page":
        f.add(c, t, "web", "page_view", attrs={"page": rng.choice(B.PAGES)})
    elif what == "praise":
        f.add(c, t, "community", "post", f.pick(B.B_PRAISE, lang))
    else:
        kind = rng.choice(["nps", "csat", "ces"])
        val = {"nps": rng.choice([9, 10]), "csat": rng.choice([4, 5]), "ces": rng.choice([6, 7])}[
            kind
        ]
        f.add(
            c,
            t,
            "survey",
            "survey_response",
            f.pick(W.SURVEY_WORDS, lang) or None,
            scores={kind: val},
            attrs={"survey": kind},
        )


def b2b_complaint(
    f: Fam, c: Cust, t: datetime, lang: str, problem: str, case: str, fmt: dict[str, str], ag: str
) -> str:
    """A company contact's first complaint e-mail and the agent's acknowledgement with the case."""
    subj = W.COMPLAINT_SUBJECT[lang].format(topic=B.B_TOPIC[lang][problem])
    eid = f.add(c, t, "email", "message", B.B_COMPLAINT[lang][problem].format(**fmt), subject=subj)
    ack = B.B_ACK[lang].format(first=c.first, case=case, company=fmt["company"], agent=ag)
    t2 = t + timedelta(minutes=f.rng.randrange(20, 90))
    f.add(
        c,
        t2,
        "email",
        "message",
        ack,
        subject=W.CASE_SUBJECT[lang].format(case=case),
        out=True,
        agent=ag,
    )
    return eid


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        d(2026, 10, 12),
        14,
        "small firms on account with the business arm: at-risk accounts, one unhappy contact, mild suggestions, happy accounts",
    )
    rng = f.rng
    for market, ci, kind, problem, n_unhappy, n_contacts in ACCOUNT_PLAN:
        lang = MARKET_LANG[market]
        company, site = B.COMPANIES[market][ci]
        acc = unique(rng, lambda r, m=market: f"FCB-{m}-{r.randrange(1000, 10000)}")
        domain = (
            ascii_fold(company).lower().replace("&", "").replace(",", "").replace(".", "").split()
        )
        dom = (
            "-".join(w for w in domain if w not in ("lda", "ltd", "sl", "gmbh", "sarl", "srl", ""))
            + ".example"
        )
        taken: set[str] = set()
        keys: list[str] = []
        unhappy: list[str] = []
        contacts: list[Cust] = []
        for k in range(n_contacts):
            title = rng.choice(B.JOB_TITLES)
            if kind == "at_risk" and k < n_unhappy:
                persona, habit, exp, tol = (
                    "b2b_unhappy",
                    "complainer",
                    (["repeat_contact"] if k == n_unhappy - 1 else ["detractor"]),
                    TOL_B2B_RISK,
                )
            elif kind == "one_unhappy" and k == 0:
                persona, habit, exp, tol = (
                    "b2b_one_unhappy",
                    "complainer",
                    ["detractor"],
                    TOL_B2B_ONE,
                )
            elif kind == "mild" and k < 2:
                persona, habit, exp, tol = "b2b_mild", "suggests", [], TOL_SIL
            else:
                persona, habit, exp, tol = "b2b_happy", "contact", [], []
            c = f.person(
                persona,
                habit,
                lang,
                market,
                expected=exp,
                tolerated=tol,
                account=acc,
                domain=dom,
                taken=taken,
                job_title=title,
                company=company,
                role=habit,
            )
            keys.append(c.key)
            contacts.append(c)
            if persona in ("b2b_unhappy", "b2b_one_unhappy"):
                unhappy.append(c.key)
        trouble = None
        for c in contacts:
            if c.truth["persona"] == "b2b_happy":
                for dd in sorted(
                    rng.sample(
                        [x for x in range(14) if (f.start + timedelta(days=x)).weekday() < 5],
                        rng.randint(2, 5),
                    )
                ):
                    b2b_routine(f, c, f.at(dd, 8, 16.5), lang, True)
            else:
                for _ in range(rng.randint(0, 2)):
                    b2b_routine(f, c, f.at(rng.randint(0, 1), 8, 16.5), lang, False)
        if kind == "at_risk":
            assert problem is not None
            case = f.case()
            t = f.at(2, 8, 11)
            first = contacts[0]
            first_id = ""
            for k in range(n_unhappy):
                c = contacts[k]
                ag = f.agent(lang)
                fmt = {"first": c.first, "title": c.truth["job_title"], "company": company}
                if k == 0:
                    eid = b2b_complaint(f, c, t, lang, problem, case, fmt, ag)
                    trouble = iso(t)
                    first_id = eid
                else:
                    t = office(t + timedelta(minutes=rng.randrange(8 * 60, 28 * 60)), rng)
                    t_first = f.row(first_id).t
                    if t_first.date() == t.date():
                        when = B.THIS_MORNING[lang] if t_first.hour < 12 else B.EARLIER_TODAY[lang]
                    else:
                        when = B.WEEKDAY[lang][t_first.weekday()]
                    text = B.B_LATER[lang].format(
                        prev=first.first,
                        when=when,
                        case=case,
                        topic=B.B_TOPIC[lang][problem],
                        **fmt,
                    )
                    eid = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        text,
                        subject=W.CASE_SUBJECT[lang].format(case=case),
                    )
                ids = [eid]
                if k < n_unhappy - 1:
                    f.nps_low(c, t + timedelta(minutes=rng.randrange(60, 181)))
                else:
                    t2 = office(t + timedelta(minutes=rng.randrange(18 * 60, 40 * 60)), rng)
                    rival = rng.choice(W.RIVALS)
                    if problem == "invoice" and market == "PT":
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "email",
                                "message",
                                B.B_LAST_EMAIL[lang].format(case=case, rival=rival, **fmt),
                                subject=W.CASE_SUBJECT[lang].format(case=case),
                            )
                        )
                        c.truth["competitor"] = rival
                    else:
                        ids.append(
                            f.add(
                                c, t2, "phone", "call", B.B_LAST_CALL[lang].format(case=case, **fmt)
                            )
                        )
                c.truth.update(
                    {
                        "complaint_event_ids": ids,
                        "problem": problem,
                        "booking": case,
                        "trouble_starts_at": iso(f.row(eid).t),
                    }
                )
        elif kind == "one_unhappy":
            assert problem is not None
            c = contacts[0]
            case = f.case()
            ag = f.agent(lang)
            t = office(f.at(rng.randint(3, 7), 8, 16), rng)
            fmt = {"first": c.first, "title": c.truth["job_title"], "company": company}
            eid = b2b_complaint(f, c, t, lang, problem, case, fmt, ag)
            f.nps_low(c, t + timedelta(minutes=rng.randrange(60, 181)))
            c.truth.update(
                {
                    "complaint_event_ids": [eid],
                    "problem": problem,
                    "booking": case,
                    "trouble_starts_at": iso(t),
                }
            )
        elif kind == "mild":
            for k in range(2):
                c = contacts[k]
                ag = f.agent(lang)
                t = office(f.at(rng.randint(2, 9), 8, 16), rng)
                text = B.B_MILD[lang][k]
                mid = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    text,
                    subject=text[:40],
                    attrs={"page": "/portal/feedback"},
                )
                f.add(
                    c,
                    t + timedelta(minutes=rng.randrange(30, 200)),
                    "email",
                    "message",
                    B.B_MILD_ACK[lang].format(first=c.first, agent=ag),
                    subject="Re: " + text[:40],
                    out=True,
                    agent=ag,
                )
                c.truth.update({"mild_event_id": mid, "trouble_starts_at": iso(t)})
        f.accounts[acc] = {
            "company": company,
            "site": site,
            "contacts": len(keys),
            "contact_keys": keys,
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": unhappy,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": trouble,
            "language": lang,
            "country": market,
        }
    f.planted = {"account_risk": 5, "detractor": 16, "repeat_contact": 5}
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        d(2026, 11, 9),
        7,
        "a calm week and one planted incident on Friday 13 November 2026: the refund tracker shows refunds as tax owed, 7Q-208",
    )
    rng = f.rng
    spike_day = 4
    s0 = f.start + timedelta(days=spike_day, hours=7, minutes=35)
    langs = ["en"] * 6 + ["pt"] * 6 + ["es", "es", "de", "de", "fr", "fr", "it", "it"]
    rng.shuffle(langs)
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(chans)
    offs = sorted([0, 45, *rng.sample(range(1, 20), 8), *rng.sample(range(20, 45), 10)])
    regular = [True] * 12 + [False] * 8
    rng.shuffle(regular)
    early = [i for i in range(20) if offs[i] <= 20]
    repeaters = set(rng.sample(early, 6))
    others = [i for i in range(20) if i not in repeaters]
    rep_sorted = sorted(repeaters)
    while True:
        seconds = ["email", "email", "chat", "chat", "community", "community"]
        rng.shuffle(seconds)
        if all(seconds[k] != chans[i] for k, i in enumerate(rep_sorted)):
            break
    second = dict(zip(rep_sorted, seconds, strict=True))
    fixed = set(rng.sample(others, 6))
    keys: list[str] = []
    eids: list[str] = []
    reps: list[str] = []
    for i in range(20):
        lg = langs[i]
        rep = i in repeaters
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular[i] else "new",
            lg,
            expected=["repeat_contact"] if rep else [],
            tolerated=TOL_SPIKE_REP if rep else TOL_SIL,
            in_spike=True,
            regular=regular[i],
        )
        if regular[i]:
            f.happy_days(c, sorted(rng.sample(range(4), rng.randint(1, 3))), 8, 17.5)
        t = s0 + timedelta(minutes=offs[i], seconds=rng.randrange(60) if 0 < offs[i] < 45 else 0)
        ch = chans[i]
        text = rng.choice(W.SPIKE_REPORT[lg]).format(
            amt=money(rng.randrange(180, 900), c.country, lg)
        )
        ag = f.agent(lg)
        if ch == "social":
            eid = f.add(c, t, "social", "mention", text)
        elif ch == "community":
            eid = f.add(c, t, "community", "post", text)
        elif ch == "chat":
            eid = f.add(c, t, "chat", "chat", text)
            f.add(
                c,
                t + timedelta(minutes=rng.randrange(1, 4)),
                "chat",
                "chat",
                W.SPIKE_CHAT_ANSWER[lg],
                out=True,
                agent=ag,
            )
        elif ch == "email":
            eid = f.add(
                c,
                t,
                "email",
                "message",
                text,
                subject={
                    "en": "Refund tracker says I owe money??",
                    "pt": "Tracker diz que devo dinheiro??",
                    "es": "El tracker dice que debo dinero",
                    "de": "Tracker sagt ich schulde Geld",
                    "fr": "Le suivi dit que je dois de l'argent",
                    "it": "Il tracker dice che devo soldi",
                }[lg],
            )
        else:
            eid = f.add(
                c, t, "web", "ticket", text, subject="7Q-208", attrs={"page": "/refund-tracker"}
            )
        keys.append(c.key)
        eids.append(eid)
        c.truth.update({"spike_event_id": eid, "spike_channel": ch, "trouble_starts_at": iso(t)})
        if rep:
            ch2 = second[i]
            t2 = t + timedelta(minutes=rng.randrange(15, 51))
            txt = W.SPIKE_REPEAT[lg]
            if ch2 == "email":
                rid = f.add(c, t2, "email", "message", txt, subject="7Q-208")
            elif ch2 == "chat":
                rid = f.add(c, t2, "chat", "chat", txt)
                f.add(
                    c,
                    t2 + timedelta(minutes=rng.randrange(1, 4)),
                    "chat",
                    "chat",
                    W.SPIKE_CHAT_ANSWER[lg],
                    out=True,
                    agent=ag,
                )
            else:
                rid = f.add(c, t2, "community", "post", txt)
            reps.append(rid)
            c.truth["repeat_event_id"] = rid
        if i in fixed:
            tf = f.start + timedelta(days=spike_day, hours=10, minutes=rng.randrange(5, 16))
            local = "09:40" if c.country in ("UK", "IE", "PT") else "10:40"
            credit = {"GBP": "£9", "CHF": "CHF 9"}.get(
                currency(c.country), "10 €" if lg != "en" else "€10"
            )
            subj, body = W.SPIKE_FIXED[lg]
            f.add(
                c,
                tf,
                "email",
                "message",
                body.format(first=c.first, local=local, credit=credit, agent=ag),
                subject=subj,
                out=True,
                agent=ag,
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": W.SPIKE_TOPIC,
        "about": "Friday 13 November 2026, 07:35-08:20 UTC: the app's refund tracker shows every expected refund as an amount owed with a red 'payment due' banner, reference 7Q-208; fixed at 09:40 UTC",
        "channel": None,
        "start": iso(f.row(eids[0]).t),
        "end": iso(f.row(eids[-1]).t),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
    }
    for _ in range(40):
        c = f.person("happy", "day writer")
        for dd in sorted(rng.sample(range(6), rng.randint(1, 4))):
            t = f.at(dd, 12, 19) if dd == spike_day else f.at(dd, 8, 19)
            f.happy(
                c,
                t,
                rng.choice(["praise", "chat", "purchase", "page", "review", "survey", "email"]),
            )
    for lg in ("en", "pt"):
        c = f.person("grumbles_once", "grumbles once", lg, tolerated=TOL_SIL)
        q, a = W.SLOW[lg]
        t = f.at(0, 9, 16)
        gid = f.add(c, t, "chat", "chat", q)
        f.add(
            c,
            t + timedelta(minutes=rng.randrange(1, 6)),
            "chat",
            "chat",
            a,
            out=True,
            agent=f.agent(lg),
        )
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(t)})
    for lg, hh, mm in (("pt", 9, 40), ("en", 16, 5)):
        c = f.person("grumbles_once", "lone question", lg, tolerated=TOL_SIL)
        q, a = W.LONE_Q[lg]
        t = f.start + timedelta(days=spike_day - 1, hours=hh, minutes=mm)
        lid = f.add(c, t, "chat", "chat", q)
        f.add(
            c,
            t + timedelta(minutes=rng.randrange(2, 6)),
            "chat",
            "chat",
            a,
            out=True,
            agent=f.agent(lg),
        )
        c.truth.update({"lone_report_event_id": lid, "trouble_starts_at": iso(t)})
    f.planted = {"topic_spike": 1, "repeat_contact": 6}
    return f


FAMILIES = [
    happy_writers,
    one_bad_day,
    repeat_contacts,
    slow_churners,
    quiet_hours,
    bilingual,
    b2b_accounts,
    topic_spike,
]


def main() -> None:
    for build in FAMILIES:
        fam = build()
        rows, truth = fam.finish()
        with open(HERE / f"{fam.name}.jsonl", "w", encoding="utf-8", newline="\n") as fh:
            for ev in rows:
                fh.write(json.dumps(ev, ensure_ascii=False, sort_keys=False) + "\n")
        (HERE / f"{fam.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        out = sum(1 for r in rows if r["direction"] == "outbound")
        print(
            f"{fam.name}: {len(fam.cust)} customers, {len(rows)} touchpoints, {out} replies, expected {truth['config']['expected']}"
        )


if __name__ == "__main__":
    main()
