# ruff: noqa: E501
"""Write tests/scenarios/heldout95/: the ninety-fifth hand-written alert set (report only, blind).

Standalone and deterministic (standard library only): ``python make_heldout95.py`` from anywhere
rewrites the eight families' ``.jsonl`` and ``.truth.json`` beside this file. The business is
Tornella, pottery and ceramics studios with an app (courses, kiln firing, a Studio+ membership with
a work shelf) and a business arm on account (team workshops, custom tableware).
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402
import wording_b2b as B  # noqa: E402

SEED = 20261114
WRITTEN = "2026-12-04"
BUSINESS = "Tornella"
LIMIT = datetime(2026, 11, 16, tzinfo=UTC)
COMPETITORS = ["Argillando", "Kerabox"]
LANG_WEIGHTS = {"it": 30, "de": 30, "en": 10, "es": 10, "fr": 10, "pt": 10}
MARKETS: dict[str, list[tuple[str, int]]] = {
    "it": [("IT", 80), ("CH", 20)],
    "de": [("DE", 60), ("AT", 25), ("CH", 15)],
    "en": [("UK", 65), ("IE", 35)],
    "es": [("ES", 100)],
    "fr": [("FR", 60), ("BE", 25), ("CH", 10), ("LU", 5)],
    "pt": [("PT", 100)],
}
# market -> (country code, mobile prefixes, digits after the prefix)
PHONES: dict[str, tuple[str, list[str], int]] = {
    "IT": (
        "39",
        ["320", "328", "333", "338", "340", "345", "347", "349", "351", "366", "380", "388", "392"],
        7,
    ),
    "CH": ("41", ["76", "77", "78", "79"], 7),
    "DE": (
        "49",
        ["151", "152", "157", "160", "162", "170", "171", "172", "175", "176", "177", "178", "179"],
        8,
    ),
    "AT": ("43", ["650", "660", "664", "676", "677", "680", "681", "699"], 7),
    "UK": ("44", ["74", "75", "77", "78", "79"], 8),
    "IE": ("353", ["83", "85", "86", "87", "89"], 7),
    "ES": ("34", ["60", "61", "62", "63", "64", "65", "66", "67", "68", "69"], 7),
    "FR": ("33", ["6", "7"], 8),
    "BE": (
        "32",
        [
            "470",
            "472",
            "475",
            "476",
            "477",
            "478",
            "479",
            "484",
            "486",
            "487",
            "488",
            "491",
            "494",
            "495",
            "496",
            "497",
            "498",
            "499",
        ],
        6,
    ),
    "LU": ("352", ["621", "628", "661", "671", "691"], 6),
    "PT": ("351", ["91", "92", "93", "96"], 7),
}
DOMAINS = [
    "posta.example",
    "mailbox.example",
    "webpost.example",
    "casella.example",
    "netzpost.example",
    "correo.example",
    "courriel.example",
    "caixa.example",
    "inbox.example",
    "freemail.example",
]
SOURCES = {
    "email": "tornella-mail",
    "phone": "tornella-voice",
    "social": "tornella-social",
    "community": "tornella-forum",
    "chat": "tornella-chat",
    "web": "tornella-web",
    "survey": "tornella-survey",
}
HAPPY_KINDS = {
    "praise": 3,
    "again": 2,
    "gripe": 1,
    "chat_q": 2,
    "email_q": 1,
    "phone_q": 1,
    "buy": 2,
    "view": 1,
    "review": 1,
    "survey": 1,
}

REPEAT_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
SLIDE_TOL = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
LEAVE_TOL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
B2B_UNHAPPY_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
B2B_ONE_TOL = ["sentiment_drop", "high_value_at_risk", "silence"]
UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
DE_SMALL = {
    "ich",
    "wir",
    "das",
    "die",
    "der",
    "es",
    "und",
    "aber",
    "sie",
    "mein",
    "meine",
    "immer",
    "nochmal",
    "zum",
    "keiner",
    "jetzt",
    "eine",
    "ein",
    "dritte",
    "ehrlich",
}


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def fold(text: str) -> str:
    """Lower-case ASCII letters and digits only (for e-mails, handles, domains)."""
    for k, v in UMLAUTS.items():
        text = text.replace(k, v)
    text = text.replace("ß", "ss")
    norm = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in norm if ch.isascii() and ch.isalnum()).lower()


def strip_accents(text: str) -> str:
    """Accents lost on the keyboard: umlauts as ae/oe/ue, ß and ñ kept."""
    for k, v in UMLAUTS.items():
        text = text.replace(k, v)
    out = []
    for ch in text:
        if ch in "ñÑß":
            out.append(ch)
            continue
        norm = unicodedata.normalize("NFD", ch)
        out.append("".join(c for c in norm if not unicodedata.combining(c)))
    return "".join(out)


def spoken(text: str, lang: str) -> str:
    """A written line as a speech-to-text transcript: no punctuation, lower case but for codes and names."""
    words = text.replace("\n", " ").split()
    out: list[str] = []
    sentence_start = True
    for word in words:
        core = word.strip(".,!?;:()¿¡\"'")
        if not core:
            continue
        digits = any(ch.isdigit() for ch in core)
        if not digits and len(core) > 1 and core.isupper():
            core = core.lower()
        if sentence_start and not digits and (lang != "de" or core.lower() in DE_SMALL):
            core = core[0].lower() + core[1:]
        sentence_start = word.rstrip(")\"'").endswith((".", "!", "?", ":"))
        out.append(core)
    return " ".join(out)


def money(market: str, lang: str, eur: float) -> str:
    if market == "UK":
        return f"£{round(eur * 0.86)}"
    if market == "CH":
        return f"CHF {round(eur * 0.94)}"
    if lang == "en":
        return f"€{round(eur)}"
    return f"{round(eur)} €"


def money_spoken(market: str, lang: str, eur: float) -> str:
    if market == "UK":
        return f"{round(eur * 0.86)} pounds"
    if market == "CH":
        return f"{round(eur * 0.94)} " + {"it": "franchi", "de": "Franken", "fr": "francs"}.get(
            lang, "francs"
        )
    return f"{round(eur)} " + {"it": "euro", "de": "Euro"}.get(lang, "euros")


def price(market: str, eur: float) -> tuple[str, str]:
    if market == "UK":
        return f"{eur * 0.86:.2f}", "GBP"
    if market == "CH":
        return f"{eur * 0.94:.2f}", "CHF"
    return f"{eur:.2f}", "EUR"


class Registry:
    """Identifiers handed out in the whole set (none is given twice)."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def take(self, value: str) -> bool:
        if value in self.used:
            return False
        self.used.add(value)
        return True


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    first: str
    last: str
    email: str
    phone: str
    cc: str
    handle: str | None
    account: str | None
    town: str
    teacher: int
    truth: dict[str, Any]
    lang2: str | None = None


@dataclass
class Row:
    t: datetime
    seq: int
    eid: str
    cust: Cust
    channel: str
    kind: str
    direction: str
    text: str | None
    subject: str | None
    scores: dict[str, int]
    attrs: dict[str, str]


@dataclass
class Fam:
    reg: Registry
    name: str
    code: str
    n: int
    start: datetime
    days: int
    about: str
    rng: random.Random = field(init=False)
    rr: random.Random = field(init=False)
    custs: dict[str, Cust] = field(default_factory=dict)
    rows: list[Row] = field(default_factory=list)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    seq: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rr = random.Random(SEED * 100 + 50 + self.n)

    # ---- people -------------------------------------------------------------------------

    def pick_lang(self) -> str:
        return self.rng.choices(list(LANG_WEIGHTS), weights=list(LANG_WEIGHTS.values()))[0]

    def pick_market(self, lang: str) -> str:
        opts = MARKETS[lang]
        return self.rng.choices([m for m, _ in opts], weights=[w for _, w in opts])[0]

    def town_for(self, market: str, lang: str, lang2: str | None = None) -> str:
        towns: dict[str, list[str]] = W.TOWNS
        if market == "CH":
            for lg in (lang, lang2 or lang):
                if f"CH-{lg}" in towns:
                    return self.rng.choice(towns[f"CH-{lg}"])
            return self.rng.choice(towns["CH-de"])
        return self.rng.choice(towns[market])

    def new_phone(self, market: str) -> tuple[str, str]:
        cc, prefixes, rest = PHONES[market]
        while True:
            number = (
                "+"
                + cc
                + self.rng.choice(prefixes)
                + "".join(str(self.rng.randint(0, 9)) for _ in range(rest))
            )
            if self.reg.take("phone:" + number):
                return number, cc

    def new_ref(self) -> str:
        while True:
            ref = f"TR{self.rng.randint(100000, 999999)}"
            if self.reg.take("ref:" + ref):
                return ref

    def new_cust(
        self,
        persona: str,
        habit: str,
        *,
        lang: str | None = None,
        market: str | None = None,
        lang2: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        account: str | None = None,
        domain: str | None = None,
        avoid_first: set[str] | None = None,
        job: str | None = None,
    ) -> Cust:
        lang = lang or self.pick_lang()
        market = market or self.pick_market(lang)
        r = self.rng
        while True:
            first = r.choice(W.FIRST[lang])
            if not avoid_first or first not in avoid_first:
                break
        while True:
            last = r.choice(W.LAST[lang])
            if self.reg.take(f"name:{first} {last}"):
                break
        while True:
            key = f"TN{self.code}{r.randint(1000, 9999)}"
            if self.reg.take("id:" + key):
                break
        f, la = fold(first), fold(last)
        if domain is not None:
            email = f"{f}.{la}@{domain}"
            if not self.reg.take("email:" + email):
                email = f"{f}.{la}{r.randint(2, 9)}@{domain}"
                self.reg.take("email:" + email)
        else:
            while True:
                shape = r.randint(0, 3)
                local = [
                    f"{f}.{la}",
                    f"{f[0]}{la}",
                    f"{f}{la}{r.randint(1, 99)}",
                    f"{la}.{f}{r.randint(1, 9)}",
                ][shape]
                email = f"{local}@{r.choice(DOMAINS)}"
                if self.reg.take("email:" + email):
                    break
        handle: str | None = None
        if account is None:
            while True:
                shape = r.randint(0, 4)
                h = [
                    f"{la}_{f}{r.randint(1, 9)}",
                    f"{f}{la}{r.randint(10, 99)}",
                    f"{la}{f[0]}",
                    f"{f}_{la}",
                    f"{f[:3]}{la}{r.randint(1, 99)}",
                ][shape]
                if self.reg.take("handle:" + h):
                    handle = "@" + h
                    break
        phone, cc = self.new_phone(market)
        town = self.town_for(market, lang, lang2)
        exp = list(expected or [])
        tol = [x for x in (tolerated or []) if x not in exp]
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": phone,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": exp,
            "tolerated_rules": tol,
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            "job": job or r.choice(W.JOBS),
            "town": town,
        }
        c = Cust(
            key,
            lang,
            market,
            first,
            last,
            email,
            phone,
            cc,
            handle,
            account,
            town,
            r.randint(0, 5),
            truth,
            lang2,
        )
        self.custs[key] = c
        return c

    # ---- touchpoints --------------------------------------------------------------------

    def roughen(self, text: str) -> str:
        r = self.rr
        if r.random() < 0.10:
            text = strip_accents(text)
        if r.random() < 1 / 8 and text[:1].isupper() and not text[:2].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = [
                m
                for m in re.finditer(r"[^\W\d_]{5,}", text)
                if m.group().islower() and "tornella" not in m.group()
            ]
            if words:
                m = r.choice(words)
                w = m.group()
                i = r.randint(1, len(w) - 3)
                if w[i] != w[i + 1]:
                    w = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
                    text = text[: m.start()] + w + text[m.end() :]
        return text

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        *,
        out: bool = False,
        agent: str | None = None,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
        rough: bool = True,
    ) -> str:
        if text is not None and not out:
            if rough:
                text = self.roughen(text)
            if channel == "social" and c.account is None:
                if "Tornella" in text:
                    i = text.rfind("Tornella")
                    text = text[:i] + "@" + text[i:]
                else:
                    text = "@Tornella " + text
        self.seq += 1
        eid = f"tn95-{self.code.lower()}-{self.seq:05d}"
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if agent:
            a["agent"] = agent
        if attrs:
            a.update(attrs)
        self.rows.append(
            Row(
                t,
                self.seq,
                eid,
                c,
                channel,
                kind,
                "outbound" if out else "inbound",
                text,
                subject,
                scores or {},
                a,
            )
        )
        return eid

    def agent(self, lang: str) -> str:
        agents: list[str] = W.AGENTS[lang]
        return self.rng.choice(agents)

    def fill(self, tpl: str, c: Cust, lang: str, **kw: str) -> str:
        teachers = W.TEACHERS[lang]
        values = {
            "first": c.first,
            "last": c.last,
            "town": c.town,
            "teacher": teachers[c.teacher % len(teachers)],
        }
        values.update(kw)
        return tpl.format(**values)

    def reply_email(
        self, c: Cust, t: datetime, lang: str, tpl: str, subject: str, **kw: str
    ) -> str:
        ag = self.agent(lang)
        text = self.fill(tpl, c, lang, sign=W.SIGN[lang].format(agent=ag), **kw)
        return self.add(c, t, "email", "message", text, subject, out=True, agent=ag)

    def reply_chat(self, c: Cust, t: datetime, lang: str, text: str) -> str:
        return self.add(c, t, "chat", "chat", text, out=True, agent=self.agent(lang))

    # ---- time ---------------------------------------------------------------------------

    def at(self, day: int, hour: float) -> datetime:
        return self.start + timedelta(days=day, minutes=round(hour * 60))

    def rand_time(self, day: int, h0: float, h1: float) -> datetime:
        return self.start + timedelta(
            days=day, minutes=self.rng.randint(round(h0 * 60), round(h1 * 60))
        )

    def mins(self, a: int, b: int) -> timedelta:
        return timedelta(minutes=self.rng.randint(a, b))

    def out_of_night(self, t: datetime) -> datetime:
        """A customer's act that would fall 22:00-07:00 moves to 08:00-09:00 the next morning."""
        if t.hour >= 22:
            base = (t + timedelta(days=1)).replace(hour=8, minute=0, second=0)
        elif t.hour < 7:
            base = t.replace(hour=8, minute=0, second=0)
        else:
            return t
        return base + self.mins(0, 60)

    def reply_time(self, t: datetime) -> datetime:
        """An agent's e-mail that would fall 22:00-07:00 waits for the morning (07:05-08:30)."""
        if t.hour >= 22:
            base = (t + timedelta(days=1)).replace(hour=7, minute=0, second=0)
        elif t.hour < 7:
            base = t.replace(hour=7, minute=0, second=0)
        else:
            return t
        return base + self.mins(5, 90)

    def office(self, t: datetime) -> datetime:
        """Weekdays 08-17 UTC; otherwise the next working morning 08:00-09:30."""
        moved = False
        if t.hour >= 17:
            t = (t + timedelta(days=1)).replace(hour=8, minute=0, second=0)
            moved = True
        elif t.hour < 8:
            t = t.replace(hour=8, minute=0, second=0)
            moved = True
        while t.weekday() >= 5:
            t = (t + timedelta(days=1)).replace(hour=8, minute=0, second=0)
            moved = True
        return t + self.mins(0, 90) if moved else t

    # ---- acts ---------------------------------------------------------------------------

    def pick_kind(self, exclude: tuple[str, ...] = ()) -> str:
        kinds = [k for k in HAPPY_KINDS if k not in exclude]
        return self.rng.choices(kinds, weights=[HAPPY_KINDS[k] for k in kinds])[0]

    def post(self, c: Cust, t: datetime, text: str, channel: str | None = None) -> str:
        ch = channel or self.rng.choice(["social", "community"])
        return self.add(c, t, ch, "mention" if ch == "social" else "post", text)

    def act(self, c: Cust, t: datetime, kind: str, lang: str | None = None) -> str:
        """One happy act (with its answers); returns the customer's main event id."""
        lg = lang or c.lang
        r = self.rng
        if kind in ("praise", "again", "gripe", "night_post"):
            table = {
                "praise": W.PRAISE,
                "again": W.AGAIN,
                "gripe": W.GRIPE,
                "night_post": W.NIGHT_POSTS,
            }[kind]
            return self.post(c, t, self.fill(r.choice(table[lg]), c, lg))
        if kind in ("chat_q", "night_q"):
            q, a, th = r.choice((W.CHAT_Q if kind == "chat_q" else W.NIGHT_Q)[lg])
            eid = self.add(c, t, "chat", "chat", q)
            t2 = t + self.mins(1, 6)
            self.reply_chat(c, t2, lg, a)
            if r.random() < 0.65:
                self.add(c, t2 + self.mins(1, 4), "chat", "chat", th)
            return eid
        if kind == "email_q":
            subj, q, a = r.choice(W.EMAIL_Q[lg])
            eid = self.add(c, t, "email", "message", self.fill(q, c, lg), subj)
            self.reply_email(c, self.reply_time(t + self.mins(60, 300)), lg, a, "Re: " + subj)
            return eid
        if kind == "phone_q":
            tr, follow = r.choice(W.PHONE_Q[lg])
            eid = self.add(c, t, "phone", "call", tr, rough=False)
            self.reply_email(
                c,
                t + self.mins(10, 40),
                lg,
                follow,
                {
                    "it": "La sua chiamata",
                    "de": "Ihr Anruf",
                    "en": "Your call",
                    "es": "Tu llamada",
                    "fr": "Votre appel",
                    "pt": "A sua chamada",
                }[lg],
            )
            return eid
        if kind == "buy":
            label, eur = r.choice(W.PRODUCTS)
            page = r.choice(W.PAGES[:9])
            self.add(c, t, "web", "page_view", attrs={"page": page})
            value, cur = price(c.market, eur)
            return self.add(
                c,
                t + self.mins(3, 15),
                "web",
                "purchase",
                attrs={"order_value": value, "currency": cur, "product": label, "page": page},
            )
        if kind == "view":
            return self.add(c, t, "web", "page_view", attrs={"page": r.choice(W.PAGES)})
        if kind == "review":
            return self.add(
                c,
                t,
                "web",
                "review",
                r.choice(W.REVIEWS[lg]),
                attrs={"rating": str(r.choice([4, 5, 5])), "page": r.choice(W.PAGES[:8])},
            )
        if kind == "survey":
            return self.happy_survey(c, t, lg)
        raise ValueError(kind)

    def happy_survey(self, c: Cust, t: datetime, lang: str) -> str:
        r = self.rng
        which = r.choice(["nps", "nps", "csat", "ces"])
        score = {
            "nps": r.choice([9, 10, 10]),
            "csat": r.choice([4, 5, 5]),
            "ces": r.choice([6, 7]),
        }[which]
        word = r.choice(W.SURVEY_WORDS[lang]) or None
        return self.add(
            c,
            t,
            "survey",
            "survey_response",
            word,
            scores={which: score},
            attrs={"survey": which},
            rough=False,
        )

    def low_survey(self, c: Cust, t: datetime, lang: str, which: str) -> tuple[str, int]:
        r = self.rng
        score = r.randint(1, 5) if which == "nps" else r.randint(1, 2)
        word = (r.choice(W.LOW_WORDS[lang]) or None) if which == "csat" else None
        return self.add(
            c,
            t,
            "survey",
            "survey_response",
            word,
            scores={which: score},
            attrs={"survey": which},
            rough=False,
        ), score

    def contact(
        self, c: Cust, t: datetime, ch: str, text: str, subject: str | None, lang: str
    ) -> str:
        """A complaint or follow-up on one channel (phone: spoken)."""
        if ch == "email":
            return self.add(c, t, "email", "message", text, subject)
        if ch == "chat":
            return self.add(c, t, "chat", "chat", text)
        if ch == "phone":
            said = spoken(text, lang)
            if lang != "de" or said.split(" ", 1)[0].lower() in DE_SMALL:
                said = said[:1].lower() + said[1:]
            return self.add(c, t, "phone", "call", W.SPOKEN_START[lang] + said, rough=False)
        if ch == "web":
            return self.add(c, t, "web", "ticket", text, subject, attrs={"page": "/help/contact"})
        if ch == "social":
            return self.add(c, t, "social", "mention", text)
        return self.add(c, t, "community", "post", text)

    def complaint(
        self, c: Cust, t: datetime, ch: str, problem: str, lang: str, long: bool = False
    ) -> str:
        """The first message about a problem, written for its channel."""
        amt = money(c.market, lang, W.PROBLEM_EUR[problem])
        body = self.fill(self.rng.choice(W.SHORT[problem][lang]), c, lang, amt=amt)
        subject = W.COMPLAINT_SUBJ[lang].format(topic=W.TOPIC[problem][lang])
        if ch == "phone":
            call = self.fill(
                W.CALL[problem][lang],
                c,
                lang,
                amt=money_spoken(c.market, lang, W.PROBLEM_EUR[problem]),
            )
            return self.add(c, t, "phone", "call", call, rough=False)
        if long:
            text = self.fill(self.rng.choice(W.LONG_FRAMES[lang]), c, lang, complaint=body)
            return self.add(c, t, "email", "message", text, subject)
        if ch == "email":
            return self.add(c, t, "email", "message", body + "\n" + c.first, subject)
        if ch == "web":
            return self.add(c, t, "web", "ticket", body, subject, attrs={"page": "/help/contact"})
        if ch == "chat":
            return self.add(c, t, "chat", "chat", body)
        return self.add(c, t, "social", "mention", body)

    def open_case(self, c: Cust, t: datetime, ch: str, lang: str, ref: str) -> datetime:
        """The agent's answer to a first complaint: chat answer, or 'case opened' e-mail."""
        if ch == "chat":
            t2 = t + self.mins(1, 5)
            self.reply_chat(c, t2, lang, W.CHAT_CASE[lang].format(ref=ref))
            return t2
        t2 = self.reply_time(t + self.mins(10, 40))
        self.reply_email(
            c, t2, lang, W.CASE_OPENED[lang], W.CASE_SUBJ[lang].format(ref=ref), ref=ref
        )
        return t2

    def fixed_case(
        self, c: Cust, problem: str, t: datetime, ch: str, lang: str, lang2: str | None = None
    ) -> dict[str, Any]:
        """A problem raised, fixed and confirmed (naming the case)."""
        ref = self.new_ref()
        eid = self.complaint(c, t, ch, problem, lang)
        self.open_case(c, t, ch, lang, ref)
        conf_lang = lang2 or lang
        g = self.reply_time(t + self.mins(180, 1200))
        self.reply_email(c, g, lang, W.GOOD_NEWS[lang], W.RE_SUBJ[lang].format(ref=ref), ref=ref)
        cf = self.out_of_night(g + self.mins(480, 1800))
        cch = self.rng.choice(["email", "chat"])
        text = self.rng.choice(W.CONFIRM[conf_lang]).format(ref=ref)
        if cch == "email":
            ceid = self.add(c, cf, "email", "message", text, W.RE_SUBJ[conf_lang].format(ref=ref))
        else:
            ceid = self.add(c, cf, "chat", "chat", text)
        return {
            "problem": problem,
            "booking": ref,
            "raised_at": iso(t),
            "fixed_at": iso(g),
            "confirmed_at": iso(cf),
            "problem_event_ids": [eid],
            "confirm_event_id": ceid,
            "channel": ch,
            "confirm_channel": cch,
        }

    # ---- output -------------------------------------------------------------------------

    def finish(self, planted: dict[str, int]) -> tuple[int, int, int]:
        counts: dict[str, int] = {}
        for c in self.custs.values():
            t = c.truth
            both = set(t["expected_rules"]) & set(t["tolerated_rules"])
            if both:
                raise SystemExit(f"{self.name}: {c.key} both expects and tolerates {both}")
            for rule in t["expected_rules"]:
                counts[rule] = counts.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                counts[rule] = counts.get(rule, 0) + 1
        if self.spike:
            counts["topic_spike"] = counts.get("topic_spike", 0) + 1
        if counts != planted:
            raise SystemExit(f"{self.name}: expected {counts}, planted {planted}")
        rows = sorted(self.rows, key=lambda r: (r.t, r.seq))
        for row in rows:
            if not (self.start <= row.t < LIMIT):
                raise SystemExit(f"{self.name}: {row.eid} at {row.t} outside the family")
        seen: set[str] = set()
        lines: list[str] = []
        replies = 0
        for row in rows:
            c = row.cust
            full = row.direction == "outbound" or c.key not in seen
            if row.direction == "inbound":
                seen.add(c.key)
            else:
                replies += 1
            ref: dict[str, str | None] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            if full:
                ref.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
            elif row.channel == "phone":
                ref["phone"] = (
                    ("+" + c.cc + " " + c.phone[1 + len(c.cc) :])
                    if self.rr.random() < 0.5
                    else c.phone
                )
            elif row.channel in ("social", "community"):
                if c.handle is None:
                    ref["email"] = c.email
                else:
                    ref["handle"] = c.handle[1:] if self.rr.random() < 0.2 else c.handle
            elif row.channel == "email":
                ref["email"] = c.email.upper() if self.rr.random() < 1 / 12 else c.email
            else:
                ref["customer_id"] = c.key
            scores: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
            scores.update(row.scores)
            obj = {
                "event_id": row.eid,
                "occurred_at": iso(row.t),
                "channel": row.channel,
                "kind": row.kind,
                "direction": row.direction,
                "customer": ref,
                "text": row.text,
                "subject": row.subject,
                "scores": scores,
                "source": SOURCES[row.channel],
                "attributes": row.attrs,
            }
            lines.append(json.dumps(obj, ensure_ascii=False))
        for c in self.custs.values():
            if c.key not in seen:
                raise SystemExit(f"{self.name}: {c.key} has no inbound touchpoint")
        end = max(self.start + timedelta(days=self.days), rows[-1].t + timedelta(hours=1))
        if end > LIMIT:
            raise SystemExit(f"{self.name}: end {end} past the limit")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": BUSINESS,
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": WRITTEN,
                "expected": dict(sorted(planted.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: c.truth for k, c in self.custs.items()},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        return len(self.custs), len(rows), replies


def utc(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


# ---- families -------------------------------------------------------------------------------


def happy_writers(reg: Registry) -> Fam:
    f = Fam(
        reg,
        "happy_writers",
        "HW",
        1,
        utc(2026, 3, 9),
        10,
        "happy customers only: day writers, night writers, survey answerers",
    )
    r = f.rng
    for _ in range(16):
        c = f.new_cust("happy", "day writer")
        for d in sorted(r.sample(range(10), r.randint(5, 8))):
            f.act(c, f.rand_time(d, 7, 19), f.pick_kind())
    for _ in range(5):
        c = f.new_cust("happy", "night writer")
        nights = sorted(r.sample(range(9), r.randint(2, 4)))
        for d in nights:
            f.act(c, f.at(d, 22.2) + f.mins(0, 378), r.choice(["night_post", "night_q"]))
        for d in sorted(r.sample(range(10), r.randint(2, 3))):
            f.act(c, f.rand_time(d, 9, 18), r.choice(["praise", "buy", "view", "review"]))
    for _ in range(5):
        c = f.new_cust("happy", "answers surveys")
        for d in sorted(r.sample(range(10), r.randint(3, 6))):
            f.act(c, f.rand_time(d, 8, 20), "survey")
    return f


def one_bad_day(reg: Registry) -> Fam:
    f = Fam(
        reg,
        "one_bad_day",
        "BD",
        2,
        utc(2026, 4, 20),
        12,
        "happy customers with one angry message on one day; controls",
    )
    r = f.rng
    channels = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    problems = W.PROBLEMS * 4
    r.shuffle(problems)
    long_langs = ["it", "it", "de", "de"]
    order = list(range(20))
    r.shuffle(order)
    detract, low = set(order[:6]), set(order[6:11])
    good = set(r.sample(range(20), 12))
    sorry = set(r.sample(sorted(good), 5))
    case_i = 0
    for i, ch in enumerate(channels):
        lang = long_langs[i] if ch == "long" else None
        has_case = ch != "social"
        is_det = has_case and case_i in detract
        c = f.new_cust(
            "bad_day_detractor" if is_det else "happy_one_bad_day",
            "one bad day",
            lang=lang,
            expected=["detractor"] if is_det else [],
            tolerated=["silence"],
        )
        problem = problems[i]
        d = r.randint(2, 9)
        t = f.rand_time(d, 8, 20)
        allowed = [x for x in range(12) if x <= d - 2 or x >= d + 3]
        for x in sorted(r.sample(allowed, min(len(allowed), r.randint(1, 5)))):
            f.act(c, f.rand_time(x, 7, 20), f.pick_kind(("survey",)))
        eid = f.complaint(c, t, "email" if ch == "long" else ch, problem, c.lang, long=ch == "long")
        tr = c.truth
        tr.update(
            problem=problem,
            channel="email" if ch == "long" else ch,
            long_email=ch == "long",
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            trouble_starts_at=iso(t),
            booking=None,
            agent_fixed=False,
            apologised=False,
            nps_given=False,
            csat_given=False,
        )
        if has_case:
            ref = f.new_ref()
            tr["booking"] = ref
            f.open_case(c, t, "email" if ch == "long" else ch, c.lang, ref)
            if case_i in detract:
                sid, score = f.low_survey(c, t + f.mins(100, 140), c.lang, "nps")
                tr.update(nps_given=True, nps=score, survey_event_id=sid)
            elif case_i in low:
                sid, score = f.low_survey(c, t + f.mins(40, 80), c.lang, "csat")
                tr.update(csat_given=True, csat=score, survey_event_id=sid)
            if case_i in good:
                g = f.reply_time(t + f.mins(60, 240))
                f.reply_email(
                    c, g, c.lang, W.GOOD_NEWS[c.lang], W.RE_SUBJ[c.lang].format(ref=ref), ref=ref
                )
                tr["agent_fixed"] = True
                if case_i in sorry:
                    at = f.out_of_night(t + f.mins(960, 1440))
                    text = r.choice(W.APOLOGY[c.lang])
                    if r.random() < 0.5:
                        aid = f.add(c, at, "chat", "chat", text)
                    else:
                        aid = f.add(
                            c, at, "email", "message", text, W.RE_SUBJ[c.lang].format(ref=ref)
                        )
                    tr.update(apologised=True, apology_at=iso(at), apology_event_id=aid)
            case_i += 1
    for _ in range(8):
        c = f.new_cust("happy", "control")
        for d in sorted(r.sample(range(12), r.randint(4, 7))):
            f.act(c, f.rand_time(d, 7, 20), f.pick_kind())
    return f


def repeat_run(
    f: Fam,
    c: Cust,
    problem: str,
    counts: int,
    first_ch: str,
    first_t: datetime,
    quality: bool,
    langs: list[str],
) -> None:
    """A problem raised `counts` times, still open, each contact on another channel."""
    r = f.rng
    ref = f.new_ref()
    used = [first_ch]
    times = [first_t]
    t = first_t
    for _ in range(1, counts):
        t = f.out_of_night(t + f.mins(240, 2400))
        used.append(
            r.choice([x for x in ["email", "chat", "phone", "web", "social"] if x not in used])
        )
        times.append(t)
    events: list[str] = []
    comp: str | None = None
    for j, (ch, t) in enumerate(zip(used, times, strict=True)):
        lang = langs[j % len(langs)]
        topic = W.TOPIC[problem][lang]
        if j == 0:
            events.append(f.complaint(c, t, ch, problem, lang))
            if ch == "chat":
                f.reply_chat(c, t + f.mins(1, 5), lang, W.CHAT_CASE[lang].format(ref=ref))
            if quality:
                f.reply_email(
                    c,
                    f.reply_time(t + f.mins(90, 150)),
                    lang,
                    W.QUALITY[lang],
                    W.CASE_SUBJ[lang].format(ref=ref),
                    ref=ref,
                )
            elif ch != "chat":
                f.reply_email(
                    c,
                    f.reply_time(t + f.mins(10, 40)),
                    lang,
                    W.CASE_OPENED[lang],
                    W.CASE_SUBJ[lang].format(ref=ref),
                    ref=ref,
                )
            continue
        if j == 2:
            comp = r.choice(COMPETITORS)
        table = W.LATER if j == 1 else W.THIRD if j == 2 else W.FOURTH
        text = r.choice(table[lang]).format(ref=ref, topic=topic, comp=comp or "")
        events.append(f.contact(c, t, ch, text, W.RE_SUBJ[lang].format(ref=ref), lang))
        if ch == "chat":
            f.reply_chat(c, t + f.mins(1, 5), lang, W.URGENT[lang].format(ref=ref))
    c.truth.update(
        problem=problem,
        booking=ref,
        contacts=counts,
        channels=used,
        channel=used[0],
        problem_event_ids=events,
        agent_passed_on=quality,
        competitor=comp,
        trouble_starts_at=iso(first_t),
    )


def repeat_contacts(reg: Registry) -> Fam:
    f = Fam(
        reg,
        "repeat_contacts",
        "RC",
        3,
        utc(2026, 6, 1),
        10,
        "one problem raised again and again, fixed cases, two problems, frequent writers",
    )
    r = f.rng
    counts = [2] * 4 + [3] * 4 + [4] * 4
    r.shuffle(counts)
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    r.shuffle(firsts)
    quality = set(r.sample(range(12), 6))
    for i in range(12):
        c = f.new_cust(
            "repeat_contact", "repeats", expected=["repeat_contact"], tolerated=REPEAT_TOL
        )
        for _ in range(r.randint(1, 3)):
            f.act(c, f.rand_time(0, 7, 12), f.pick_kind(("survey",)))
        repeat_run(
            f,
            c,
            r.choice(W.PROBLEMS),
            counts[i],
            firsts[i],
            f.rand_time(r.randint(1, 4), 8, 19),
            i in quality,
            [c.lang],
        )
    for _ in range(5):
        c = f.new_cust("resolved_between_contacts", "fixed", tolerated=["silence"])
        for _ in range(r.randint(1, 3)):
            f.act(c, f.rand_time(r.randint(0, 1), 7, 19), f.pick_kind(("survey",)))
        t = f.rand_time(r.randint(1, 5), 8, 19)
        case = f.fixed_case(
            c, r.choice(W.PROBLEMS), t, r.choice(["web", "email", "chat", "phone"]), c.lang
        )
        c.truth.update(
            problems=[case],
            problem=case["problem"],
            booking=case["booking"],
            trouble_starts_at=case["raised_at"],
        )
    for _ in range(3):
        c = f.new_cust("different_problems", "two problems", tolerated=["silence"])
        for _ in range(r.randint(1, 2)):
            f.act(c, f.rand_time(0, 7, 19), f.pick_kind(("survey",)))
        p1, p2 = r.sample(W.PROBLEMS, 2)
        t1 = f.rand_time(r.randint(1, 2), 8, 18)
        case1 = f.fixed_case(c, p1, t1, r.choice(["web", "email", "chat", "phone"]), c.lang)
        t2 = t1 + timedelta(days=r.randint(4, 5)) + f.mins(-60, 120)
        case2 = f.fixed_case(c, p2, t2, r.choice(["web", "email", "chat", "phone"]), c.lang)
        c.truth.update(problems=[case1, case2], trouble_starts_at=case1["raised_at"])
    for _ in range(7):
        c = f.new_cust("happy", "frequent writer")
        for d in sorted(r.sample(range(10), r.randint(5, 8))):
            kind = r.choices(
                ["chat_q", "email_q", "phone_q", "buy", "praise"], weights=[4, 3, 2, 1, 1]
            )[0]
            f.act(c, f.rand_time(d, 7, 19), kind)
    return f


def slide(
    f: Fam, c: Cust, start_day: int, span: int, langs: list[str]
) -> tuple[list[str], list[datetime], str]:
    """Six steps down from a happy baseline; the last names a competitor."""
    r = f.rng
    comp = r.choice(COMPETITORS)
    variants = {lg: r.choice(W.SLIDE[lg]) for lg in dict.fromkeys(langs)}
    events: list[str] = []
    times: list[datetime] = []
    prev: datetime | None = None
    for i in range(6):
        lang = langs[i % len(langs)]
        t = f.out_of_night(
            f.at(start_day, 9) + timedelta(minutes=round(span * 24 * 60 * i / 5)) + f.mins(-60, 240)
        )
        while prev is not None and t < prev + timedelta(hours=1):
            t = f.out_of_night(prev + timedelta(hours=1) + f.mins(0, 30))
        text = f.fill(variants[lang][i], c, lang, comp=comp)
        ch = r.choice(["social", "community", "review"])
        if ch == "review":
            eid = f.add(
                c,
                t,
                "web",
                "review",
                text,
                attrs={"rating": str([3, 3, 2, 2, 1, 1][i]), "page": "/courses/wheel"},
            )
        else:
            eid = f.post(c, t, text, ch)
        events.append(eid)
        times.append(t)
        prev = t
    return events, times, comp


def slow_churners(reg: Registry) -> Fam:
    f = Fam(
        reg,
        "slow_churners",
        "SC",
        4,
        utc(2026, 7, 6),
        32,
        "sliding churners, leavers, steady, steadily grumpy, one sarcastic remark",
    )
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    r.shuffle(spans)
    detract = set(r.sample(range(10), 5))
    for i in range(10):
        exp = ["sentiment_drop", "detractor"] if i in detract else ["sentiment_drop"]
        c = f.new_cust("slow_churner", "slides", expected=exp, tolerated=SLIDE_TOL)
        n_praise, n_other = r.randint(4, 5), r.randint(2, 4)
        kinds = [r.choice(["praise", "praise", "again"]) for _ in range(n_praise)] + [
            r.choice(["chat_q", "buy", "view", "review", "email_q"]) for _ in range(n_other)
        ]
        r.shuffle(kinds)
        for d, kind in zip(sorted(r.sample(range(11), len(kinds))), kinds, strict=True):
            f.act(c, f.rand_time(d, 7, 20), kind)
        sd = r.randint(12, 16)
        events, times, comp = slide(f, c, sd, spans[i], [c.lang])
        c.truth.update(
            slide_event_ids=events,
            slide_days=spans[i],
            competitor=comp,
            trouble_starts_at=iso(times[0]),
        )
        if i in detract:
            sid, score = f.low_survey(c, f.out_of_night(times[3] + f.mins(150, 210)), c.lang, "nps")
            c.truth.update(nps_given=True, nps=score, survey_event_id=sid)
    for _ in range(5):
        c = f.new_cust(
            "slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=LEAVE_TOL
        )
        for d in sorted(r.sample(range(17), r.randint(4, 6))):
            f.act(c, f.rand_time(d, 7, 20), f.pick_kind(("survey",)))
        t = f.rand_time(r.randint(17, 23), 8, 20)
        eid = f.add(
            c,
            t,
            "email",
            "message",
            f.fill(r.choice(W.LEAVE[c.lang]), c, c.lang),
            W.LEAVE_SUBJ[c.lang],
        )
        f.reply_email(
            c,
            f.reply_time(t + f.mins(60, 300)),
            c.lang,
            W.SORRY[c.lang],
            "Re: " + W.LEAVE_SUBJ[c.lang],
        )
        tc = f.out_of_night(t + f.mins(1200, 1800))
        cid = f.add(
            c,
            tc,
            "web",
            "cancellation",
            attrs={
                "page": "/account/studio-plus/cancel",
                "product": "Studio+ monthly / Studio+ mensile",
            },
        )
        c.truth.update(
            churn_intent_event_id=eid,
            cancellation_event_id=cid,
            churn_at=iso(tc),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = f.new_cust("happy", "steady")
        for d in sorted(r.sample(range(32), r.randint(6, 10))):
            f.act(c, f.rand_time(d, 7, 20), f.pick_kind())
    for _ in range(5):
        c = f.new_cust("steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        d = r.randint(0, 4)
        texts = r.sample(W.GRUMPY[c.lang], r.randint(5, 7))
        grumbles: list[str] = []
        first_t: datetime | None = None
        for text in texts:
            t = f.rand_time(d, 8, 21)
            first_t = first_t or t
            ch = r.choice(["social", "community", "web", "review"])
            if ch == "web":
                grumbles.append(
                    f.add(
                        c,
                        t,
                        "web",
                        "ticket",
                        text,
                        W.FORM_SUBJ[c.lang],
                        attrs={"page": "/help/contact"},
                    )
                )
            elif ch == "review":
                grumbles.append(
                    f.add(
                        c,
                        t,
                        "web",
                        "review",
                        text,
                        attrs={"rating": "3", "page": r.choice(W.PAGES[:8])},
                    )
                )
            else:
                grumbles.append(f.post(c, t, text, ch))
            d += r.randint(1, 3)
        for _ in range(r.randint(0, 2)):
            f.act(c, f.rand_time(r.randint(0, 31), 9, 19), "buy")
        assert first_t is not None
        c.truth.update(grumble_event_ids=grumbles, trouble_starts_at=iso(first_t))
    for _ in range(5):
        c = f.new_cust("happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        for d in sorted(r.sample(range(17), r.randint(3, 6))):
            f.act(c, f.rand_time(d, 7, 20), f.pick_kind())
        t = f.rand_time(r.randint(17, 28), 9, 21)
        sid = f.post(c, t, r.choice(W.SARCASM[c.lang]))
        c.truth.update(sarcasm_event_id=sid, trouble_starts_at=iso(t))
    return f


def quiet_hours(reg: Registry) -> Fam:
    f = Fam(
        reg,
        "quiet_hours",
        "QH",
        5,
        utc(2026, 8, 28),
        3,
        "a calm summer weekend with night owls in bursts; no spike",
    )
    r = f.rng
    for _ in range(16):
        c = f.new_cust("happy", "day writer")
        for d in sorted(r.sample(range(3), r.randint(1, 3))):
            for _ in range(r.randint(1, 2)):
                f.act(c, f.rand_time(d, 7, 17.5), f.pick_kind())
    for i in range(4):
        c = f.new_cust("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.rand_time(r.randint(0, 2), 9, 17)
        if r.random() < 0.5:
            f.add(c, t, "web", "page_view", attrs={"page": r.choice(W.PAGES)})
        else:
            label, eur = r.choice(W.PRODUCTS)
            value, cur = price(c.market, eur)
            f.add(
                c,
                t,
                "web",
                "purchase",
                attrs={
                    "order_value": value,
                    "currency": cur,
                    "product": label,
                    "page": r.choice(W.PAGES[:9]),
                },
            )
        tg = t + f.mins(20, 30)
        text, answer = r.choice(W.MILD[c.lang])
        if i < 2:
            gid = f.add(c, tg, "chat", "chat", text)
            f.reply_chat(c, tg + f.mins(1, 5), c.lang, answer)
        else:
            gid = f.add(
                c, tg, "web", "ticket", text, W.FORM_SUBJ[c.lang], attrs={"page": "/help/contact"}
            )
            f.reply_email(
                c, tg + f.mins(10, 40), c.lang, W.FORM_ACK[c.lang], "Re: " + W.FORM_SUBJ[c.lang]
            )
        c.truth.update(
            grumble_event_id=gid, trouble_starts_at=iso(tg), channel="chat" if i < 2 else "web"
        )
    owls: list[Cust] = []
    for night in (1, 2, 3):
        b1 = f.at(night, 0) + f.mins(40, 65)
        bursts = [b1, b1 + f.mins(28, 33), b1 + f.mins(55, 65)]
        for m, b in enumerate(bursts, start=1):
            for _ in range(4):
                c = f.new_cust("night_owl", f"night {night}, burst {m}")
                t = b + f.mins(0, 9)
                nid = f.act(c, t, r.choice(["night_q", "night_post"]))
                c.truth.update(burst_at=iso(b), night_event_id=nid)
                owls.append(c)
    for c in r.sample(owls, 18):
        f.act(
            c,
            f.rand_time(r.randint(0, 2), 9, 17.5),
            r.choice(["praise", "buy", "view", "review", "chat_q"]),
        )
    return f


def bilingual(reg: Registry) -> Fam:
    f = Fam(
        reg,
        "bilingual",
        "BL",
        6,
        utc(2026, 9, 21),
        14,
        "customers writing in two languages: happy, repeat contacts, slides, one bad day, fixed",
    )
    r = f.rng
    pairs = (
        [("it", "de")] * 4
        + [("de", "it")] * 4
        + [("it", "en")] * 2
        + [("en", "it")] * 2
        + [("de", "en")] * 2
    )
    pairs += [
        ("it", "es"),
        ("es", "it"),
        ("de", "fr"),
        ("fr", "de"),
        ("it", "fr"),
        ("de", "pt"),
        ("pt", "de"),
        ("it", "pt"),
        ("de", "es"),
        ("es", "de"),
        ("fr", "it"),
        ("pt", "it"),
    ]
    roles = (
        ["happy"] * 12 + ["repeat"] * 5 + ["slide"] * 5 + ["bad_email", "bad_chat"] + ["fixed"] * 2
    )
    r.shuffle(pairs)
    r.shuffle(roles)
    plan = [*zip(pairs, roles, strict=True), (("en", "de"), "bad_long")]
    repeat_counts = [2, 2, 3, 3, 4]
    r.shuffle(repeat_counts)
    for (l1, l2), role in plan:
        markets = sorted({m for m, _ in MARKETS[l1]} | {m for m, _ in MARKETS[l2]})
        market = r.choice(markets)
        why = r.choice(W.SECOND_LANGUAGE_WHY).format(l2=W.LANG_NAMES[l2])
        both = [l1, l2]
        if role == "happy":
            c = f.new_cust("happy", "alternates languages", lang=l1, market=market, lang2=l2)
            for k, d in enumerate(sorted(r.sample(range(14), r.randint(5, 8)))):
                f.act(c, f.rand_time(d, 7, 20), f.pick_kind(), both[k % 2])
        elif role == "repeat":
            c = f.new_cust(
                "repeat_contact",
                "repeats",
                lang=l1,
                market=market,
                lang2=l2,
                expected=["repeat_contact"],
                tolerated=REPEAT_TOL,
            )
            for k in range(r.randint(1, 3)):
                f.act(c, f.rand_time(r.randint(0, 1), 7, 19), f.pick_kind(("survey",)), both[k % 2])
            n = repeat_counts.pop()
            repeat_run(
                f,
                c,
                r.choice(W.PROBLEMS),
                n,
                r.choice(["web", "email", "chat"]),
                f.rand_time(r.randint(2, 5), 8, 19),
                n >= 3,
                both,
            )
        elif role == "slide":
            c = f.new_cust(
                "slow_churner",
                "slides",
                lang=l1,
                market=market,
                lang2=l2,
                expected=["sentiment_drop"],
                tolerated=SLIDE_TOL,
            )
            kinds = [r.choice(["praise", "again"]) for _ in range(5)] + [
                r.choice(["chat_q", "buy", "view", "review"]) for _ in range(r.randint(1, 3))
            ]
            r.shuffle(kinds)
            for k, kind in enumerate(kinds):
                f.act(c, f.rand_time(r.randint(0, 5), 7, 20), kind, both[k % 2])
            events, times, comp = slide(f, c, r.randint(7, 8), r.randint(3, 5), both)
            c.truth.update(
                slide_event_ids=events,
                slide_days=round((times[-1] - times[0]).total_seconds() / 86400, 1),
                competitor=comp,
                trouble_starts_at=iso(times[0]),
            )
        elif role.startswith("bad"):
            c = f.new_cust(
                "happy_one_bad_day",
                "one bad day",
                lang=l1,
                market=market,
                lang2=l2,
                tolerated=["silence"],
            )
            problem = r.choice(W.PROBLEMS)
            d = r.randint(3, 9)
            allowed = [x for x in range(14) if x <= d - 2 or x >= d + 3]
            for k, x in enumerate(sorted(r.sample(allowed, r.randint(2, 5)))):
                f.act(c, f.rand_time(x, 7, 20), f.pick_kind(("survey",)), both[k % 2])
            t = f.rand_time(d, 8, 20)
            ch = "chat" if role == "bad_chat" else "email"
            eid = f.complaint(c, t, ch, problem, l2, long=role == "bad_long")
            ref = f.new_ref()
            f.open_case(c, t, ch, l2, ref)
            c.truth.update(
                problem=problem,
                channel=ch,
                long_email=role == "bad_long",
                booking=ref,
                bad_day_at=iso(t),
                bad_day_event_id=eid,
                bad_day_language=l2,
                trouble_starts_at=iso(t),
                agent_fixed=ch == "email",
                apologised=False,
            )
            if ch == "email":
                f.reply_email(
                    c,
                    f.reply_time(t + f.mins(60, 240)),
                    l2,
                    W.GOOD_NEWS[l2],
                    W.RE_SUBJ[l2].format(ref=ref),
                    ref=ref,
                )
            if role == "bad_email":
                at = f.out_of_night(t + f.mins(1080, 1440))
                aid = f.add(c, at, "chat", "chat", r.choice(W.APOLOGY[l2]))
                c.truth.update(apologised=True, apology_at=iso(at), apology_event_id=aid)
        else:
            c = f.new_cust(
                "resolved_between_contacts",
                "fixed",
                lang=l1,
                market=market,
                lang2=l2,
                tolerated=["silence"],
            )
            for k in range(r.randint(1, 3)):
                f.act(c, f.rand_time(r.randint(0, 1), 7, 19), f.pick_kind(("survey",)), both[k % 2])
            case = f.fixed_case(
                c, r.choice(W.PROBLEMS), f.rand_time(r.randint(2, 8), 8, 18), "web", l1, l2
            )
            c.truth.update(
                problems=[case],
                problem=case["problem"],
                booking=case["booking"],
                confirm_language=l2,
                trouble_starts_at=case["raised_at"],
            )
        c.truth.update(languages=both, job_second_language=why)
    return f


def b2b_accounts(reg: Registry) -> Fam:
    f = Fam(
        reg,
        "b2b_accounts",
        "BB",
        7,
        utc(2026, 10, 12),
        14,
        "Tornella Business accounts: at risk, one unhappy contact, mild suggestions, happy",
    )
    r = f.rng
    weekdays = [0, 1, 2, 3, 4, 7, 8, 9, 10, 11]
    email_last = r.randrange(5)
    at_risk_i = 0

    def routine(c: Cust, t: datetime, kinds: list[str], lang: str) -> None:
        kind = r.choice(kinds)
        if kind == "chat":
            q, a, th = r.choice(B.B2B_CHAT[lang])
            f.add(c, t, "chat", "chat", q)
            t2 = t + f.mins(1, 6)
            f.reply_chat(c, t2, lang, a)
            if r.random() < 0.6:
                f.add(c, t2 + f.mins(1, 4), "chat", "chat", th)
        elif kind == "buy":
            label, eur = r.choice(B.B2B_PRODUCTS)
            f.add(c, t, "web", "page_view", attrs={"page": "/business/catalogue"})
            value, cur = price(c.market, eur)
            f.add(
                c,
                t + f.mins(4, 20),
                "web",
                "purchase",
                attrs={
                    "order_value": value,
                    "currency": cur,
                    "product": label,
                    "page": "/business/orders",
                },
            )
        elif kind == "view":
            f.add(c, t, "web", "page_view", attrs={"page": r.choice(B.B2B_PAGES)})
        elif kind == "praise":
            f.add(c, t, "community", "post", r.choice(B.B2B_PRAISE[lang]))
        else:
            f.happy_survey(c, t, lang)

    for company, site, market, lang, kind, problem, n_contacts, n_unhappy in B.ACCOUNTS:
        while True:
            acc = f"TNB-{market}-{r.randint(1000, 9999)}"
            if reg.take("account:" + acc):
                break
        domain = fold(company) + ".example"
        titles = r.sample(B.TITLES[site], n_contacts)
        firsts: set[str] = set()
        contacts: list[Cust] = []
        for j in range(n_contacts):
            if kind in ("at_risk", "one_unhappy") and j < n_unhappy:
                persona, habit = (
                    ("b2b_unhappy" if kind == "at_risk" else "b2b_one_unhappy"),
                    "complainer",
                )
            elif kind == "mild" and j < 2:
                persona, habit = "b2b_mild", "suggests"
            else:
                persona, habit = "b2b_happy", "contact"
            tol = (
                B2B_UNHAPPY_TOL
                if persona == "b2b_unhappy"
                else B2B_ONE_TOL
                if persona == "b2b_one_unhappy"
                else ["silence"]
                if persona == "b2b_mild"
                else []
            )
            c = f.new_cust(
                persona,
                habit,
                lang=lang,
                market=market,
                tolerated=tol,
                account=acc,
                domain=domain,
                avoid_first=firsts,
                job=titles[j],
            )
            firsts.add(c.first)
            c.truth.update(company=company, role=habit, job_title=titles[j])
            contacts.append(c)
        unhappy = [c for c in contacts if c.truth["role"] == "complainer"]
        for c in contacts:
            if c.truth["role"] == "contact":
                for d in sorted(r.sample(weekdays, r.randint(2, 5))):
                    routine(
                        c,
                        f.rand_time(d, 8, 16.5),
                        ["chat", "chat", "buy", "view", "praise", "survey"],
                        lang,
                    )
            else:
                for _ in range(r.randint(0, 2)):
                    routine(c, f.rand_time(r.randint(0, 1), 8, 16.5), ["chat", "buy", "view"], lang)
        trouble: str | None = None
        if kind == "at_risk":
            ref = f.new_ref()
            t = f.office(f.rand_time(2, 8, 16))
            t0 = t
            trouble = iso(t0)
            topic = B.B2B_TOPIC[problem][lang]
            subj = B.B2B_SUBJ[problem][lang]
            for j, c in enumerate(unhappy):
                sign = {
                    "first": c.first,
                    "last": c.last,
                    "title": c.truth["job_title"],
                    "company": company,
                }
                if j == 0:
                    eid = f.add(
                        c, t, "email", "message", B.B2B_FIRST[problem][lang].format(**sign), subj
                    )
                    ag = f.agent(lang)
                    f.add(
                        c,
                        f.office(t + f.mins(10, 60)),
                        "email",
                        "message",
                        B.B2B_ACK[lang].format(
                            first=c.first,
                            ref=ref,
                            company=company,
                            sign=W.SIGN[lang].format(agent=ag),
                        ),
                        f"Re: {subj} ({ref})",
                        out=True,
                        agent=ag,
                    )
                else:
                    t = f.office(t + f.mins(480, 1680))
                    when = (
                        B.THIS_MORNING[lang]
                        if t.date() == t0.date()
                        else B.WEEKDAYS[lang][t0.weekday()]
                    )
                    text = r.choice(B.B2B_LATER[lang]).format(
                        prev=unhappy[0].first, weekday=when, ref=ref, topic=topic, **sign
                    )
                    eid = f.add(c, t, "email", "message", text, f"{subj} ({ref})")
                events = [eid]
                c.truth.update(booking=ref, problem=problem, trouble_starts_at=iso(t))
                if j < len(unhappy) - 1:
                    sid, score = f.low_survey(c, t + f.mins(60, 180), lang, "nps")
                    c.truth.update(
                        nps_given=True, nps=score, survey_event_id=sid, expected_rules=["detractor"]
                    )
                else:
                    t2 = f.office(t + f.mins(1080, 2400))
                    n = B.NUMBER_WORDS[lang][len(unhappy)]
                    if at_risk_i == email_last:
                        comp = r.choice(COMPETITORS)
                        events.append(
                            f.add(
                                c,
                                t2,
                                "email",
                                "message",
                                B.B2B_LAST_EMAIL[lang].format(
                                    ref=ref, topic=topic, n=n, comp=comp, **sign
                                ),
                                f"{subj} ({ref})",
                            )
                        )
                        c.truth["competitor"] = comp
                    else:
                        events.append(
                            f.add(
                                c,
                                t2,
                                "phone",
                                "call",
                                B.B2B_LAST_CALL[lang].format(ref=ref, topic=topic, n=n),
                                rough=False,
                            )
                        )
                        c.truth["competitor"] = None
                    c.truth.update(expected_rules=["repeat_contact"], contacts=2)
                c.truth["tolerated_rules"] = [
                    x for x in B2B_UNHAPPY_TOL if x not in c.truth["expected_rules"]
                ]
                c.truth["complaint_event_ids"] = events
            at_risk_i += 1
        elif kind == "one_unhappy":
            c = unhappy[0]
            ref = f.new_ref()
            t = f.office(f.rand_time(r.randint(3, 7), 8, 16))
            sign = {
                "first": c.first,
                "last": c.last,
                "title": c.truth["job_title"],
                "company": company,
            }
            subj = B.B2B_SUBJ[problem][lang]
            eid = f.add(c, t, "email", "message", B.B2B_FIRST[problem][lang].format(**sign), subj)
            ag = f.agent(lang)
            f.add(
                c,
                f.office(t + f.mins(10, 60)),
                "email",
                "message",
                B.B2B_ACK[lang].format(
                    first=c.first, ref=ref, company=company, sign=W.SIGN[lang].format(agent=ag)
                ),
                f"Re: {subj} ({ref})",
                out=True,
                agent=ag,
            )
            sid, score = f.low_survey(c, t + f.mins(60, 180), lang, "nps")
            c.truth.update(
                expected_rules=["detractor"],
                booking=ref,
                problem=problem,
                complaint_event_ids=[eid],
                nps_given=True,
                nps=score,
                survey_event_id=sid,
                trouble_starts_at=iso(t),
            )
            c.truth["tolerated_rules"] = [x for x in B2B_ONE_TOL if x != "detractor"]
        elif kind == "mild":
            texts = r.sample(B.B2B_MILD[lang], 2)
            for c, text in zip(
                [x for x in contacts if x.truth["role"] == "suggests"], texts, strict=True
            ):
                t = f.office(f.rand_time(r.choice([d for d in weekdays if d >= 2]), 8, 16))
                mid = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    text,
                    B.B2B_MILD_SUBJ[lang],
                    attrs={"page": "/business/portal"},
                )
                ag = f.agent(lang)
                f.add(
                    c,
                    f.office(t + f.mins(60, 240)),
                    "email",
                    "message",
                    B.B2B_MILD_ACK[lang].format(first=c.first, sign=W.SIGN[lang].format(agent=ag)),
                    "Re: " + B.B2B_MILD_SUBJ[lang],
                    out=True,
                    agent=ag,
                )
                c.truth.update(mild_event_id=mid, trouble_starts_at=iso(t))
        unhappy_keys = [c.key for c in unhappy]
        f.accounts[acc] = {
            "company": company,
            "site": site,
            "contacts": n_contacts,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy_keys),
            "unhappy_contact_keys": unhappy_keys,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": trouble,
            "language": lang,
            "country": market,
        }
    return f


def topic_spike(reg: Registry) -> Fam:
    f = Fam(
        reg,
        "topic_spike",
        "TS",
        8,
        utc(2026, 11, 9),
        7,
        "a calm week and one planted incident on Saturday 14 November 2026",
    )
    r = f.rng
    spike_day = 5
    calm_kinds = ("survey",)
    for _ in range(40):
        c = f.new_cust("happy", "day writer")
        for d in sorted(r.sample(range(6), r.randint(1, 4))):
            f.act(
                c,
                f.rand_time(d, 12, 19) if d == spike_day else f.rand_time(d, 7, 20),
                f.pick_kind(calm_kinds),
            )
    for _ in range(2):
        c = f.new_cust("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.rand_time(0, 9, 17)
        q, a = W.MAP_SLOW[c.lang]
        gid = f.add(c, t, "chat", "chat", q)
        f.reply_chat(c, t + f.mins(1, 5), c.lang, a)
        c.truth.update(grumble_event_id=gid, trouble_starts_at=iso(t))
    for lang, hour in (("it", 9 + 50 / 60), ("de", 16 + 20 / 60)):
        c = f.new_cust("grumbles_once", "lone question", lang=lang, tolerated=["silence"])
        t = f.at(4, hour)
        q, a = W.LONE[lang]
        lid = f.add(c, t, "chat", "chat", q)
        f.reply_chat(c, t + f.mins(2, 5), lang, a)
        c.truth.update(lone_report_event_id=lid, trouble_starts_at=iso(t))
    langs = ["it"] * 6 + ["de"] * 6 + ["en", "en", "es", "es", "fr", "fr", "pt", "pt"]
    r.shuffle(langs)
    regular = [True] * 12 + [False] * 8
    r.shuffle(regular)
    channels = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(channels)
    while True:
        minutes = sorted([0, 45, *(r.randint(1, 44) for _ in range(18))])
        if sum(1 for m in minutes if m <= 25) >= 9:
            break
    start = f.at(spike_day, 8 + 20 / 60)
    reporters: list[tuple[Cust, datetime, str, str]] = []
    used_text: dict[str, list[str]] = {lg: [] for lg in W.LANGS}
    for lang, reg_flag, ch, minute in zip(langs, regular, channels, minutes, strict=True):
        c = f.new_cust(
            "spike_reporter", "regular" if reg_flag else "new", lang=lang, tolerated=["silence"]
        )
        if reg_flag:
            for _ in range(r.randint(1, 3)):
                f.act(c, f.rand_time(2, 8, 17.5), f.pick_kind(calm_kinds))
        t = start + timedelta(minutes=minute)
        pool = [x for x in W.SPIKE[lang] if x not in used_text[lang]] or W.SPIKE[lang]
        text = r.choice(pool)
        used_text[lang].append(text)
        text = f.fill(text, c, lang)
        if ch == "email":
            eid = f.add(c, t, "email", "message", text, W.SPIKE_SUBJ[lang])
        elif ch == "web":
            eid = f.add(
                c, t, "web", "ticket", text, W.SPIKE_SUBJ[lang], attrs={"page": "/help/contact"}
            )
        elif ch == "chat":
            eid = f.add(c, t, "chat", "chat", text)
            f.reply_chat(c, t + f.mins(1, 4), lang, W.SPIKE_CHAT[lang])
        else:
            eid = f.post(c, t, text, ch)
        c.truth.update(
            in_spike=True,
            regular=reg_flag,
            spike_event_id=eid,
            spike_channel=ch,
            trouble_starts_at=iso(t),
            repeat_event_id=None,
            agent_fixed=False,
        )
        reporters.append((c, t, ch, eid))
    early = [i for i, (_, t, _, _) in enumerate(reporters) if t <= start + timedelta(minutes=25)]
    second = ["email", "email", "chat", "chat", "community", "community"]
    while True:
        chosen = r.sample(early, 6)
        r.shuffle(second)
        if all(reporters[i][2] != ch for i, ch in zip(chosen, second, strict=True)):
            break
    repeat_ids: list[str] = []
    for i, ch in zip(chosen, second, strict=True):
        c, t, _, _ = reporters[i]
        t2 = t + f.mins(15, 50)
        text = f.fill(r.choice(W.SPIKE_REPEAT[c.lang]), c, c.lang)
        if ch == "email":
            rid = f.add(c, t2, "email", "message", text, "Re: " + W.SPIKE_SUBJ[c.lang])
        elif ch == "chat":
            rid = f.add(c, t2, "chat", "chat", text)
            f.reply_chat(c, t2 + f.mins(1, 4), c.lang, W.SPIKE_CHAT[c.lang])
        else:
            rid = f.post(c, t2, text, "community")
        repeat_ids.append(rid)
        c.truth.update(
            persona="spike_repeater",
            expected_rules=["repeat_contact"],
            tolerated_rules=["sentiment_drop", "silence"],
            repeat_event_id=rid,
        )
    rest = [i for i in range(20) if i not in chosen]
    for i in r.sample(rest, 6):
        c = reporters[i][0]
        local = "11:05" if c.market in ("UK", "IE", "PT") else "12:05"
        f.reply_email(
            c,
            f.at(spike_day, 11 + 20 / 60) + f.mins(0, 12),
            c.lang,
            W.SPIKE_FIXED[c.lang],
            W.SPIKE_FIXED_SUBJ[c.lang],
            time=local,
            credit=money(c.market, c.lang, 14),
        )
        c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "pottery-studio app tells Studio+ members their work shelf has expired and their pieces go to clay reclaim at 12:00; 'keep my shelf' fails with error SLF#27",
        "about": "Tornella's shelf notices sent in error to many members on Saturday morning; renewing fails with SLF#27",
        "channel": None,
        "start": iso(start),
        "end": iso(start + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": [c.key for c, _, _, _ in reporters],
        "event_ids": [e for _, _, _, e in reporters],
        "repeat_event_ids": repeat_ids,
    }
    return f


FAMILIES: list[tuple[Callable[[Registry], Fam], dict[str, int]]] = [
    (happy_writers, {}),
    (one_bad_day, {"detractor": 6}),
    (repeat_contacts, {"repeat_contact": 12}),
    (slow_churners, {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5}),
    (quiet_hours, {}),
    (bilingual, {"repeat_contact": 5, "sentiment_drop": 5}),
    (b2b_accounts, {"account_risk": 5, "detractor": 16, "repeat_contact": 5}),
    (topic_spike, {"repeat_contact": 6, "topic_spike": 1}),
]


def main() -> None:
    reg = Registry()
    total = [0, 0, 0]
    for build, planted in FAMILIES:
        fam = build(reg)
        n_c, n_t, n_r = fam.finish(planted)
        total = [total[0] + n_c, total[1] + n_t, total[2] + n_r]
        print(f"{fam.name}: {n_c} customers, {n_t} touchpoints, {n_r} agents' replies")
    print(f"total: {total[0]} customers, {total[1]} touchpoints, {total[2]} agents' replies")


if __name__ == "__main__":
    main()
