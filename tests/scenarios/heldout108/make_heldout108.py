# ruff: noqa: E501
"""Build tests/scenarios/heldout108/ (Mestolio, private chefs at home): report only, written blind.

Standalone and deterministic (standard library only): ``python make_heldout108.py`` from
anywhere writes ``<family>.jsonl`` and ``<family>.truth.json`` beside this file.
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

SEED = 20261114
WRITTEN = "2026-12-05"
BUSINESS = "Mestolio: private chefs at home (dinners, meal prep, cooking classes; Mestolio Club membership) and Mestolio Pro for firms on account"
LIMIT = datetime(2026, 11, 16, tzinfo=UTC)
LANG_WEIGHTS = {"it": 30, "fr": 30, "en": 10, "de": 10, "es": 10, "pt": 10}
SOURCES = {
    "email": "mestolio-mail",
    "phone": "mestolio-voice",
    "social": "mestolio-social",
    "community": "mestolio-forum",
    "chat": "mestolio-chat",
    "web": "mestolio-web",
    "survey": "mestolio-survey",
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
LEAVER_TOL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
B2B_RISK_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
PHONE_FORMATS: dict[str, tuple[str, list[str], int]] = {
    # market: (country code, mobile prefixes, digits after the prefix)
    "IT": ("39", ["320", "328", "333", "338", "340", "347", "349", "366", "388", "392"], 7),
    "FR": ("33", ["6", "7"], 8),
    "BE": ("32", ["470", "471", "472", "475", "477", "479", "486", "496"], 6),
    "CH": ("41", ["76", "77", "78", "79"], 7),
    "LU": ("352", ["621", "661", "691"], 6),
    "UK": ("44", ["7400", "7500", "7700", "7800", "7900"], 6),
    "IE": ("353", ["83", "85", "86", "87", "89"], 7),
    "DE": ("49", ["151", "152", "160", "170", "171", "172", "176", "179"], 8),
    "AT": ("43", ["650", "660", "664", "676", "699"], 7),
    "ES": ("34", ["6", "7"], 8),
    "PT": ("351", ["91", "92", "93", "96"], 7),
}
MAIL_DOMAINS = [
    "posta.example",
    "mailbox.example",
    "inbox.example",
    "webmail.example",
    "casa.example",
    "net.example",
]
SPOKEN_EURO = {
    "it": "euro",
    "fr": "euros",
    "en": "euros",
    "de": "Euro",
    "es": "euros",
    "pt": "euros",
}
SPOKEN_CHF = {
    "it": "franchi",
    "fr": "francs",
    "en": "francs",
    "de": "Franken",
    "es": "francos",
    "pt": "francos",
}
KEEP_CASE = {"Mestolio", "Club", "Casseroma", "Toquelia", "KX/209", "Ornella", "Karim"}


def ascii_fold(text: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )


def slug(text: str) -> str:
    return "".join(ch for ch in ascii_fold(text).lower() if ch.isalnum())


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def money(eur: int, market: str, lang: str, spoken: bool = False) -> str:
    if market == "UK":
        v = round(eur * 0.86)
        return f"{v} pounds" if spoken else f"£{v}"
    if market == "CH":
        v = round(eur * 0.94)
        return f"{v} {SPOKEN_CHF[lang]}" if spoken else f"CHF {v}"
    if spoken:
        return f"{eur} {SPOKEN_EURO[lang]}"
    return f"€{eur}" if lang == "en" else f"{eur} €"


def price(eur: int, market: str) -> tuple[str, str]:
    if market == "UK":
        return f"{eur * 0.86:.2f}", "GBP"
    if market == "CH":
        return f"{eur * 0.94:.2f}", "CHF"
    return f"{eur:.2f}", "EUR"


def transcript(text: str, lang: str) -> str:
    """A speech-to-text rendering: no punctuation, lower case but codes, numbers and names."""
    for ch in '.,;:!?«»“”„"()–':
        text = text.replace(ch, " ")
    words = []
    for w in text.split():
        if w in KEEP_CASE or any(c.isdigit() for c in w) or lang == "de":
            words.append(w)
        else:
            words.append(w.lower())
    return " ".join(words)


def out_of_night(t: datetime, rng: random.Random, start_h: int = 7, end_h: int = 22) -> datetime:
    if start_h <= t.hour < end_h:
        return t
    base = t if t.hour < start_h else t + timedelta(days=1)
    return base.replace(hour=8, minute=0, second=0) + timedelta(minutes=rng.randint(0, 59))


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    first: str
    last: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    truth: dict[str, Any]
    langs: list[str] = field(default_factory=list)


@dataclass
class Row:
    t: datetime
    c: Cust
    d: dict[str, Any]
    eid: str


class Registry:
    """Identifiers used anywhere in the set, so none is given twice."""

    def __init__(self) -> None:
        self.used: set[str] = set()
        self.names: set[tuple[str, str]] = set()

    def take(self, value: str) -> bool:
        if value in self.used:
            return False
        self.used.add(value)
        return True


REG = Registry()


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name = name
        self.code = code
        self.rng = random.Random(SEED * 100 + n)
        self.rr = random.Random(SEED * 100 + 50 + n)
        self.start = start
        self.days = days
        self.about = about
        self.rows: list[Row] = []
        self.custs: dict[str, Cust] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.count = 0
        self.planted: dict[str, int] = {}

    # -- people ---------------------------------------------------------------
    def lang(self) -> str:
        langs = list(LANG_WEIGHTS)
        return self.rng.choices(langs, weights=[LANG_WEIGHTS[x] for x in langs])[0]

    def phone(self, market: str) -> str:
        cc, prefixes, n = PHONE_FORMATS[market]
        while True:
            num = (
                "+"
                + cc
                + self.rr.choice(prefixes)
                + "".join(str(self.rr.randint(0, 9)) for _ in range(n))
            )
            if REG.take(num):
                return num

    def case(self) -> str:
        while True:
            ref = f"MS-{self.rr.randint(100000, 999999)}"
            if REG.take(ref):
                return ref

    def person(
        self,
        lang: str,
        persona: str,
        habit: str,
        expected: list[str],
        tolerated: list[str],
        market: str | None = None,
        account: str | None = None,
        domain: str | None = None,
        avoid_first: set[str] | None = None,
        **extra: Any,
    ) -> Cust:
        rng, rr = self.rng, self.rr
        market = market or rng.choice(W.MARKETS[lang])
        while True:
            first = rng.choice(W.FIRST[lang])
            last = rng.choice(W.LAST[lang])
            if (first, last) in REG.names or (avoid_first and first in avoid_first):
                continue
            REG.names.add((first, last))
            break
        while True:
            key = f"MS{self.code.upper()}{rr.randint(1000, 9999)}"
            if REG.take(key):
                break
        f_, l_ = slug(first), slug(last)
        while True:
            if domain:
                email = f"{f_}.{l_}@{domain}"
            else:
                shape = rr.randint(0, 3)
                local = [
                    f"{f_}.{l_}",
                    f"{f_[0]}{l_}{rr.randint(1, 99)}",
                    f"{l_}.{f_}{rr.randint(70, 99)}",
                    f"{f_}{l_[:3]}{rr.randint(1, 9)}",
                ][shape]
                email = f"{local}@{rr.choice(MAIL_DOMAINS)}"
            if REG.take(email):
                break
        handle: str | None = None
        if account is None:
            while True:
                shape = rr.randint(0, 4)
                handle = [
                    "@" + f"{l_}_{f_}{rr.randint(1, 9)}",
                    "@" + f"{f_}_{l_}",
                    "@" + f"{f_}{l_}{rr.randint(10, 99)}",
                    "@" + f"{l_}{f_[0]}",
                    "@" + f"{f_}.{l_[:4]}",
                ][shape]
                if REG.take(handle):
                    break
        town = rng.choice(W.TOWNS[market])
        job = extra.pop("job", None) or rng.choice(W.JOBS[lang])
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": "",
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": sorted(expected),
            "tolerated_rules": sorted(tolerated),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            "job": job,
            "town": town,
        }
        phone = self.phone(market)
        truth["identifiers"]["phone"] = phone
        truth.update(extra)
        c = Cust(key, lang, market, first, last, email, phone, handle, account, truth)
        c.langs = [lang]
        self.custs[key] = c
        return c

    # -- touchpoints ------------------------------------------------------------
    def at(self, day: float, hour: int, minute: int = 0) -> datetime:
        return self.start + timedelta(days=day, hours=hour, minutes=minute)

    def day_time(self, day: int, h0: float = 7, h1: float = 21) -> datetime:
        return self.start + timedelta(
            days=day,
            minutes=self.rng.randint(int(h0 * 60), int(h1 * 60) - 1),
            seconds=self.rng.randint(0, 59),
        )

    def rough(self, text: str, lang: str) -> str:
        rr = self.rr
        if rr.random() < 0.10:
            if lang == "de":
                for a, b in (
                    ("ä", "ae"),
                    ("ö", "oe"),
                    ("ü", "ue"),
                    ("Ä", "Ae"),
                    ("Ö", "Oe"),
                    ("Ü", "Ue"),
                ):
                    text = text.replace(a, b)
            else:
                text = "".join(ascii_fold(ch) if ch not in "ñÑß€£" else ch for ch in text)
        if rr.random() < 1 / 8 and text[:1].isupper() and not text[:2].isupper():
            text = text[0].lower() + text[1:]
        if rr.random() < 1 / 7:
            words = text.split(" ")
            idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
            if idx:
                i = rr.choice(idx)
                w = words[i]
                j = rr.randint(1, len(w) - 3)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

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
        lang: str | None = None,
        rough: bool = True,
    ) -> str:
        self.count += 1
        eid = f"ms108-{self.code}-{self.count:05d}"
        lang = lang or c.lang
        if text is not None and not out and channel == "social":
            i = text.rfind("Mestolio")
            text = text[:i] + "@" + text[i:] if i >= 0 else "@Mestolio " + text
        if text is not None and not out and rough and channel not in ("phone", "survey"):
            text = self.rough(text, lang)
        a: dict[str, str] = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if attrs:
            a.update(attrs)
        if out and "agent" not in a:
            a["agent"] = self.rng.choice(W.AGENTS[lang])
        d = {
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "text": text,
            "subject": subject,
            "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
            "attributes": a,
        }
        self.rows.append(Row(t, c, d, eid))
        return eid

    def reply_mail(
        self, c: Cust, t: datetime, text: str, subject: str, lang: str | None = None
    ) -> str:
        return self.add(
            c,
            out_of_night(t, self.rng, 7, 21),
            "email",
            "message",
            text,
            subject,
            out=True,
            lang=lang,
        )

    # -- output -----------------------------------------------------------------
    def ref(self, c: Cust, channel: str, full: bool) -> dict[str, str | None]:
        rr = self.rr
        ids = c.truth["identifiers"]
        if full:
            return {
                "customer_id": c.key,
                "email": c.email,
                "phone": c.phone,
                "handle": c.handle,
                "account_id": c.account,
            }
        r: dict[str, str | None] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": c.account,
        }
        if channel == "phone":
            cc = PHONE_FORMATS[c.market][0]
            r["phone"] = ("+" + cc + " " + c.phone[len(cc) + 1 :]) if rr.random() < 0.5 else c.phone
        elif channel in ("social", "community"):
            if c.handle:
                r["handle"] = c.handle if rr.random() >= 0.2 else c.handle.lstrip("@")
            else:
                r["email"] = c.email
        elif channel == "email":
            r["email"] = c.email.upper() if rr.random() < 1 / 12 else c.email
        else:
            r["customer_id"] = ids["customer_id"]
        return r

    def finish(self) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        self.rows.sort(key=lambda r: r.t)
        seen: set[str] = set()
        lines: list[dict[str, Any]] = []
        for r in self.rows:
            if not (self.start <= r.t < LIMIT and r.t.year == 2026):
                raise SystemExit(f"{self.name}: {r.eid} out of range at {r.t}")
            out = r.d["direction"] == "outbound"
            full = out or r.c.key not in seen
            if not out:
                seen.add(r.c.key)
            lines.append(
                {
                    "event_id": r.eid,
                    "occurred_at": iso(r.t),
                    "channel": r.d["channel"],
                    "kind": r.d["kind"],
                    "direction": r.d["direction"],
                    "customer": self.ref(r.c, r.d["channel"], full),
                    "text": r.d["text"],
                    "subject": r.d["subject"],
                    "scores": r.d["scores"],
                    "source": SOURCES[r.d["channel"]],
                    "attributes": r.d["attributes"],
                }
            )
        for key, c in self.custs.items():
            if key not in seen:
                raise SystemExit(f"{self.name}: {key} has no inbound touchpoint")
            if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
                raise SystemExit(f"{self.name}: {key} both expects and tolerates a rule")
        expected: dict[str, int] = {}
        for c in self.custs.values():
            for rule in c.truth["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        for acc in self.accounts.values():
            for rule in acc["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        if expected != self.planted:
            raise SystemExit(f"{self.name}: expected {expected} != planted {self.planted}")
        end = self.start + timedelta(days=self.days)
        last = self.rows[-1].t + timedelta(hours=1)
        if last > end:
            end = last
        if end > LIMIT:
            raise SystemExit(f"{self.name}: end {end} past the limit")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": BUSINESS,
                "days": self.days,
                "seed": SEED,
                "written": WRITTEN,
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: c.truth for k, c in self.custs.items()},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        return lines, truth


# -- acts ---------------------------------------------------------------------------
HAPPY_KINDS = [
    "praise",
    "praise",
    "again",
    "gripe",
    "chat",
    "chat",
    "mail",
    "call",
    "buy",
    "buy",
    "view",
    "review",
    "survey",
]


def happy(f: Fam, c: Cust, t: datetime, kind: str, lang: str | None = None) -> str:
    """One happy act at t; returns the inbound event id."""
    rng = f.rng
    lg = lang or c.lang
    if kind in ("praise", "again", "gripe", "night_post"):
        table = {
            "praise": W.PRAISE,
            "again": W.AGAIN,
            "gripe": W.GRIPE,
            "night_post": W.NIGHT_POST,
        }[kind][lg]
        if rng.random() < 0.5:
            return f.add(c, t, "social", "mention", rng.choice(table), lang=lg)
        return f.add(c, t, "community", "post", rng.choice(table), lang=lg)
    if kind in ("chat", "night_chat"):
        q, a = rng.choice(W.CHAT_Q[lg] if kind == "chat" else W.NIGHT_CHAT[lg])
        eid = f.add(c, t, "chat", "chat", q, lang=lg)
        t2 = t + timedelta(minutes=rng.randint(1, 6))
        f.add(c, t2, "chat", "chat", a, out=True, lang=lg)
        if rng.random() < 0.6 or kind == "night_chat":
            f.add(
                c,
                t2 + timedelta(minutes=rng.randint(1, 4)),
                "chat",
                "chat",
                rng.choice(W.THANKS[lg]),
                lang=lg,
            )
        return eid
    if kind == "mail":
        subj, q, a = rng.choice(W.MAIL_Q[lg])
        eid = f.add(c, t, "email", "message", q.format(first=c.first), subj, lang=lg)
        f.reply_mail(
            c,
            t + timedelta(minutes=rng.randint(60, 300)),
            a.format(first=c.first),
            "Re: " + subj,
            lang=lg,
        )
        return eid
    if kind == "call":
        q, a = rng.choice(W.CALL_Q[lg])
        eid = f.add(c, t, "phone", "call", q, lang=lg)
        f.reply_mail(
            c,
            t + timedelta(minutes=rng.randint(10, 60)),
            a.format(first=c.first),
            "Mestolio",
            lang=lg,
        )
        return eid
    if kind == "buy":
        product, eur = rng.choice(W.PRODUCTS)
        page = rng.choice(["/menus", "/booking", "/menus/seasonal", "/chefs"])
        f.add(c, t, "web", "page_view", attrs={"page": page}, lang=lg)
        value, cur = price(eur, c.market)
        return f.add(
            c,
            t + timedelta(minutes=rng.randint(3, 20)),
            "web",
            "purchase",
            attrs={"order_value": value, "currency": cur, "product": product, "page": "/booking"},
            lang=lg,
        )
    if kind == "view":
        return f.add(c, t, "web", "page_view", attrs={"page": rng.choice(W.PAGES)}, lang=lg)
    if kind == "review":
        return f.add(
            c,
            t,
            "web",
            "review",
            rng.choice(W.REVIEW[lg]),
            attrs={"rating": str(rng.choice([4, 5, 5])), "page": "/chefs"},
            lang=lg,
        )
    if kind == "survey":
        which = rng.choice(["nps", "csat", "ces"])
        score = {"nps": rng.randint(9, 10), "csat": rng.randint(4, 5), "ces": rng.randint(6, 7)}[
            which
        ]
        word = rng.choice([*W.SURVEY_WORDS[lg], "", ""])
        return f.add(
            c,
            t,
            "survey",
            "survey_response",
            word or None,
            scores={which: score},
            attrs={"survey": which},
            lang=lg,
        )
    raise ValueError(kind)


def spread_days(f: Fam, n: int, lo: int, hi: int) -> list[int]:
    pool = list(range(lo, hi + 1))
    return sorted(f.rng.sample(pool, min(n, len(pool))))


def happy_days(
    f: Fam,
    c: Cust,
    days: list[int],
    kinds: list[str],
    h0: float = 7,
    h1: float = 19,
    lang: str | None = None,
) -> list[str]:
    out: list[str] = []
    for d in days:
        out.append(happy(f, c, f.day_time(d, h0, h1), f.rng.choice(kinds), lang))
    return out


def fmt(
    text: str,
    c: Cust,
    lang: str,
    problem: str = "",
    case: str = "",
    spoken: bool = False,
    **kw: str,
) -> str:
    amt = money(W.PROBLEM_EUR.get(problem, 0), c.market, lang, spoken) if problem else ""
    topic = W.TOPIC[lang][problem] if problem else ""
    return text.format(
        amt=amt,
        case=case,
        topic=topic,
        topic_cap=topic[:1].upper() + topic[1:],
        first=c.first,
        **kw,
    )


def complaint(
    f: Fam,
    c: Cust,
    t: datetime,
    channel: str,
    problem: str,
    case: str | None,
    lang: str | None = None,
) -> str:
    """A first complaint on a channel; 'long' is a long e-mail."""
    rng = f.rng
    lg = lang or c.lang
    core = fmt(rng.choice(W.CORE[lg][problem]), c, lg, problem)
    demand = rng.choice(W.DEMAND[lg])
    subject = W.COMPLAINT_SUBJECT[lg].format(topic=W.TOPIC[lg][problem])
    if channel == "long":
        letter = rng.choice(W.LETTER[lg]).format(
            core=core, demand=demand, name=f"{c.first} {c.last}"
        )
        return f.add(c, t, "email", "message", letter, subject, lang=lg)
    if channel == "email":
        return f.add(c, t, "email", "message", f"{core} {demand}", subject, lang=lg)
    if channel == "chat":
        opener = rng.choice(W.CHAT_OPEN[lg])
        return f.add(c, t, "chat", "chat", f"{opener} {core}".strip(), lang=lg)
    if channel == "social":
        return f.add(c, t, "social", "mention", f"{core} {rng.choice(W.SOCIAL_TAIL[lg])}", lang=lg)
    if channel == "web":
        return f.add(
            c,
            t,
            "web",
            "ticket",
            f"{core} {demand}",
            W.TOPIC[lg][problem],
            attrs={"page": "/help/contact"},
            lang=lg,
        )
    if channel == "phone":
        spoken = fmt(rng.choice(W.CORE[lg][problem]), c, lg, problem, spoken=True)
        return f.add(
            c,
            t,
            "phone",
            "call",
            f"{W.CALL_OPEN[lg]} {transcript(spoken, lg)} {W.CALL_CLOSE[lg]}",
            lang=lg,
        )
    raise ValueError(channel)


def acknowledge(
    f: Fam, c: Cust, t: datetime, channel: str, problem: str, case: str, lang: str | None = None
) -> None:
    """The agent's answer to a first complaint: chat answer in chat, else a 'case opened' e-mail."""
    rng = f.rng
    lg = lang or c.lang
    if channel == "chat":
        f.add(
            c,
            t + timedelta(minutes=rng.randint(1, 4)),
            "chat",
            "chat",
            W.AG_CASE_CHAT[lg].format(first=c.first, case=case),
            out=True,
            lang=lg,
        )
    elif channel != "social":
        text = fmt(rng.choice(W.AG_CASE_MAIL[lg]), c, lg, problem, case)
        f.reply_mail(
            c,
            t + timedelta(minutes=rng.randint(10, 40)),
            text,
            W.CASE_SUBJECT[lg].format(case=case),
            lang=lg,
        )


def later_contact(
    f: Fam,
    c: Cust,
    t: datetime,
    channel: str,
    n: int,
    problem: str,
    case: str,
    comp: str,
    lang: str | None = None,
) -> str:
    """The n-th contact (2, 3, 4) about the same open case."""
    rng = f.rng
    lg = lang or c.lang
    table = {2: W.AGAIN_OPEN, 3: W.THIRD, 4: W.FOURTH}[n][lg]
    text = fmt(rng.choice(table), c, lg, problem, case, comp=comp)
    if channel == "email":
        return f.add(c, t, "email", "message", text, W.CASE_SUBJECT[lg].format(case=case), lang=lg)
    if channel == "chat":
        eid = f.add(c, t, "chat", "chat", text, lang=lg)
        f.add(
            c,
            t + timedelta(minutes=rng.randint(1, 5)),
            "chat",
            "chat",
            W.AG_URGENT[lg].format(case=case),
            out=True,
            lang=lg,
        )
        return eid
    if channel == "phone":
        return f.add(
            c,
            t,
            "phone",
            "call",
            f"{W.CALL_OPEN[lg]} {transcript(text, lg)} {W.CALL_CLOSE[lg]}",
            lang=lg,
        )
    if channel == "web":
        return f.add(
            c,
            t,
            "web",
            "ticket",
            text,
            W.CASE_SUBJECT[lg].format(case=case),
            attrs={"page": "/help/contact"},
            lang=lg,
        )
    if channel == "social":
        return f.add(c, t, "social", "mention", f"{text} {rng.choice(W.SOCIAL_TAIL[lg])}", lang=lg)
    raise ValueError(channel)


def good_news(f: Fam, c: Cust, t: datetime, problem: str, case: str, lang: str) -> None:
    """The agent's "good news on case ..., could you confirm" e-mail."""
    text = fmt(W.AG_GOOD_NEWS[lang], c, lang, problem, case)
    f.add(
        c, t, "email", "message", text, W.CASE_SUBJECT[lang].format(case=case), out=True, lang=lang
    )


def fixed_case(
    f: Fam,
    c: Cust,
    t: datetime,
    channel: str,
    problem: str,
    lang: str | None = None,
    confirm_lang: str | None = None,
) -> dict[str, Any]:
    """A problem raised, fixed by an agent and confirmed by the customer naming the case."""
    rng = f.rng
    lg = lang or c.lang
    clg = confirm_lang or lg
    case = f.case()
    eid = complaint(f, c, t, channel, problem, case, lg)
    acknowledge(f, c, t, channel, problem, case, lg)
    fixed = out_of_night(t + timedelta(minutes=rng.randint(180, 1200)), rng, 8, 20)
    good_news(f, c, fixed, problem, case, lg)
    conf_t = out_of_night(fixed + timedelta(minutes=rng.randint(480, 1800)), rng, 7, 21)
    conf_ch = rng.choice(["email", "chat"])
    conf_text = rng.choice(W.CONFIRM[clg]).format(case=case)
    if conf_ch == "email":
        conf = f.add(
            c,
            conf_t,
            "email",
            "message",
            conf_text,
            W.CASE_SUBJECT[clg].format(case=case),
            lang=clg,
        )
    else:
        conf = f.add(c, conf_t, "chat", "chat", conf_text, lang=clg)
        f.add(
            c,
            conf_t + timedelta(minutes=rng.randint(1, 4)),
            "chat",
            "chat",
            W.AG_WELCOME[clg].format(first=c.first),
            out=True,
            lang=clg,
        )
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(fixed),
        "confirmed_at": iso(conf_t),
        "problem_event_ids": [eid],
        "confirm_event_id": conf,
        "channel": channel,
        "confirm_channel": conf_ch,
    }


def slide(
    f: Fam, c: Cust, first_day: int, span: int, langs: list[str]
) -> tuple[list[str], datetime]:
    """Six steps over span days from first_day; returns the event ids and the 4th step's time."""
    rng = f.rng
    ids: list[str] = []
    sets = {lg: rng.choice(W.SLIDE[lg]) for lg in dict.fromkeys(langs)}
    comp = rng.choice(W.COMPETITORS)
    c.truth["competitor"] = comp
    prev: datetime | None = None
    fourth = f.start
    ratings = [3, 3, 2, 2, 1, 1]
    for i in range(6):
        lg = langs[i % len(langs)]
        day = first_day + round(i * span / 5)
        t = f.day_time(day, 8, 20)
        if prev is not None and t < prev + timedelta(hours=1):
            t = out_of_night(prev + timedelta(minutes=rng.randint(60, 180)), rng, 8, 21)
        text = sets[lg][i].format(amt=money(W.SLIDE_FEE_EUR, c.market, lg), comp=comp)
        ch = rng.choice(["social", "community", "review"])
        if ch == "review":
            eid = f.add(
                c,
                t,
                "web",
                "review",
                text,
                attrs={"rating": str(ratings[i]), "page": "/chefs"},
                lang=lg,
            )
        elif ch == "social":
            eid = f.add(c, t, "social", "mention", text, lang=lg)
        else:
            eid = f.add(c, t, "community", "post", text, lang=lg)
        ids.append(eid)
        prev = t
        if i == 3:
            fourth = t
    return ids, fourth


def survey(
    f: Fam, c: Cust, t: datetime, which: str, score: int, text: str | None, lang: str | None = None
) -> str:
    return f.add(
        c,
        t,
        "survey",
        "survey_response",
        text or None,
        scores={which: score},
        attrs={"survey": which},
        lang=lang,
    )


# -- families -------------------------------------------------------------------------
def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "hw",
        1,
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        "happy customers writing praise, questions, purchases and surveys by day and by night",
    )
    rng = f.rng
    f.planted = {}
    for _ in range(16):
        c = f.person(f.lang(), "happy", "day writer", [], [])
        happy_days(f, c, spread_days(f, rng.randint(5, 8), 0, 9), HAPPY_KINDS)
    for _ in range(5):
        c = f.person(f.lang(), "happy", "night writer", [], [])
        for d in spread_days(f, rng.randint(2, 4), 0, 8):
            t = f.at(d, 22, 12) + timedelta(minutes=rng.randint(0, 377))
            happy(f, c, t, rng.choice(["night_post", "night_chat"]))
        happy_days(
            f,
            c,
            spread_days(f, rng.randint(2, 3), 0, 9),
            ["praise", "buy", "view", "review"],
            9,
            18,
        )
    for _ in range(5):
        c = f.person(f.lang(), "happy", "answers surveys", [], [])
        happy_days(f, c, spread_days(f, rng.randint(3, 6), 0, 9), ["survey"])
    return f


def low_score(
    f: Fam, c: Cust, t: datetime, which: str, top: int, mins: tuple[int, int], words: list[str]
) -> None:
    """A low NPS or CSAT (1 to top) some minutes after the bad moment, with a word or nothing."""
    score = f.rng.randint(1, top)
    eid = survey(
        f, c, t + timedelta(minutes=f.rng.randint(*mins)), which, score, f.rng.choice(words)
    )
    c.truth.update({which: score, "survey_event_id": eid})


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "bd",
        2,
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        "happy customers with one angry message on one day; a few give a low score",
    )
    rng = f.rng
    f.planted = {"detractor": 6}
    channels = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    long_langs = ["it", "it", "fr", "fr"]
    plan: list[tuple[str, str]] = []
    for i, ch in enumerate(channels):
        plan.append((ch, W.PROBLEMS[i % 6]))
    with_case = [i for i, (ch, _) in enumerate(plan) if ch != "social"]
    nps_idx = set(rng.sample(with_case, 6))
    csat_idx = set(rng.sample([i for i in with_case if i not in nps_idx], 5))
    good_idx = rng.sample(with_case, 12)
    apol_idx = set(rng.sample(good_idx, 5))
    for i, (ch, problem) in enumerate(plan):
        lang = long_langs[i] if ch == "long" else f.lang()
        detr = i in nps_idx
        c = f.person(
            lang,
            "bad_day_detractor" if detr else "happy_one_bad_day",
            "one bad day",
            ["detractor"] if detr else [],
            ["silence"],
            problem=problem,
            long_email=ch == "long",
            channel="email" if ch == "long" else ch,
        )
        bad_day = rng.randint(2, 9)
        t = f.day_time(bad_day, 8, 20)
        days = [d for d in range(12) if d <= bad_day - 2 or d >= bad_day + 3]
        happy_days(
            f,
            c,
            sorted(rng.sample(days, rng.randint(1, 5))),
            [k for k in HAPPY_KINDS if k != "survey"],
        )
        case = f.case() if ch != "social" else None
        eid = complaint(f, c, t, ch, problem, case)
        c.truth.update(
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            booking=case,
            trouble_starts_at=iso(t),
            problem_event_ids=[eid],
            nps_given=detr,
            csat_given=i in csat_idx,
            agent_fixed=i in good_idx,
            apologised=i in apol_idx,
        )
        if case is None:
            continue
        acknowledge(f, c, t, "chat" if ch == "chat" else "email", problem, case)
        if detr:
            low_score(f, c, t, "nps", 5, (100, 140), W.LOW_NPS[lang])
        if i in csat_idx:
            low_score(f, c, t, "csat", 2, (40, 80), W.LOW_CSAT[lang])
        if i in good_idx:
            good_t = out_of_night(t + timedelta(minutes=rng.randint(60, 240)), rng, 8, 21)
            good_news(f, c, good_t, problem, case, lang)
            if i in apol_idx:
                at = out_of_night(t + timedelta(minutes=rng.randint(960, 1440)), rng, 8, 21)
                at = max(at, good_t + timedelta(minutes=45))
                text = rng.choice(W.APOLOGY[lang]).format(case=case)
                if rng.random() < 0.5:
                    aid = f.add(c, at, "chat", "chat", text)
                else:
                    aid = f.add(
                        c, at, "email", "message", text, W.CASE_SUBJECT[lang].format(case=case)
                    )
                c.truth.update(apology_at=iso(at), apology_event_id=aid)
    for _ in range(8):
        c = f.person(f.lang(), "happy", "control", [], [])
        happy_days(
            f,
            c,
            spread_days(f, rng.randint(4, 7), 0, 11),
            [k for k in HAPPY_KINDS if k != "survey"],
        )
    return f


def move_later(f: Fam, t: datetime) -> datetime:
    """A repeat contact's later message: out of 22:00-07:00 to 08:00-09:00 the next morning."""
    if 7 <= t.hour < 22:
        return t
    base = t if t.hour < 7 else t + timedelta(days=1)
    return base.replace(hour=8, minute=0, second=0) + timedelta(minutes=f.rng.randint(0, 59))


def repeat_run(
    f: Fam,
    c: Cust,
    first_day: int,
    first_ch: str,
    n: int,
    problem: str,
    quality: bool,
    langs: list[str],
) -> None:
    rng = f.rng
    case = f.case()
    t = f.day_time(first_day, 8, 19)
    lg0 = langs[0]
    eid = complaint(f, c, t, first_ch, problem, case, lg0)
    if first_ch == "chat" or not quality:
        acknowledge(f, c, t, first_ch, problem, case, lg0)
    if quality:
        f.reply_mail(
            c,
            t + timedelta(minutes=rng.randint(90, 150)),
            W.AG_QUALITY[lg0].format(first=c.first, case=case),
            W.CASE_SUBJECT[lg0].format(case=case),
            lang=lg0,
        )
    ids = [eid]
    used = {first_ch}
    comp = rng.choice(W.COMPETITORS)
    prev = t
    chans: list[str] = []
    for k in range(2, n + 1):
        prev = move_later(f, prev + timedelta(minutes=rng.randint(240, 2400)))
        ch = rng.choice([x for x in ["email", "chat", "phone", "web", "social"] if x not in used])
        used.add(ch)
        chans.append(ch)
        ids.append(
            later_contact(f, c, prev, ch, k, problem, case, comp, langs[(k - 1) % len(langs)])
        )
    c.truth.update(
        problem=problem,
        booking=case,
        contacts=n,
        channels=[first_ch, *chans],
        channel=first_ch,
        problem_event_ids=ids,
        trouble_starts_at=iso(t),
        agent_passed_on=quality,
        competitor=comp if n >= 3 else None,
        repeat_event_id=ids[1],
    )


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "rc",
        3,
        datetime(2026, 6, 1, tzinfo=UTC),
        10,
        "customers raising one open problem again and again; fixed problems, two different problems and frequent writers",
    )
    rng = f.rng
    f.planted = {"repeat_contact": 12}
    counts = [2] * 4 + [3] * 4 + [4] * 4
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    rng.shuffle(firsts)
    quality = [True] * 6 + [False] * 6
    rng.shuffle(quality)
    for i in range(12):
        c = f.person(f.lang(), "repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        for _ in range(rng.randint(1, 3)):
            happy(f, c, f.day_time(0, 7, 12), rng.choice(["praise", "buy", "view", "chat"]))
        repeat_run(
            f, c, rng.randint(1, 4), firsts[i], counts[i], W.PROBLEMS[i % 6], quality[i], [c.lang]
        )
    for i in range(5):
        c = f.person(f.lang(), "resolved_between_contacts", "fixed", [], ["silence"])
        happy(f, c, f.day_time(0, 7, 19), rng.choice(["praise", "buy", "view"]))
        fc = fixed_case(
            f,
            c,
            f.day_time(rng.randint(1, 5), 8, 19),
            rng.choice(["web", "email", "chat"]),
            W.PROBLEMS[(i + 2) % 6],
        )
        c.truth.update(problems=[fc], booking=fc["booking"], trouble_starts_at=fc["raised_at"])
    for i in range(3):
        c = f.person(f.lang(), "different_problems", "two problems", [], ["silence"])
        d0 = rng.randint(0, 1)
        p1, p2 = W.PROBLEMS[i], W.PROBLEMS[i + 3]
        fc1 = fixed_case(f, c, f.day_time(d0, 8, 19), rng.choice(["web", "email"]), p1)
        fc2 = fixed_case(
            f,
            c,
            f.day_time(d0 + rng.randint(4, 5), 8, 19),
            rng.choice(["web", "email", "chat"]),
            p2,
        )
        c.truth.update(problems=[fc1, fc2], trouble_starts_at=fc1["raised_at"])
    for _ in range(7):
        c = f.person(f.lang(), "happy", "frequent writer", [], [])
        happy_days(
            f,
            c,
            spread_days(f, rng.randint(5, 8), 0, 9),
            ["chat", "chat", "mail", "mail", "call", "buy", "view"],
        )
    return f


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "sc",
        4,
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
        "happy customers who slide over days, leavers, steady, steadily grumpy and sarcastic customers",
    )
    rng = f.rng
    f.planted = {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5}
    spans = [3] + [5] * 5 + [9] * 4
    rng.shuffle(spans)
    nps = set(rng.sample(range(10), 5))
    for i in range(10):
        exp = ["sentiment_drop", "detractor"] if i in nps else ["sentiment_drop"]
        c = f.person(f.lang(), "slow_churner", "slides", exp, SLIDE_TOL)
        days = spread_days(f, 11, 0, 10)
        n_praise = rng.randint(4, 5)
        n_other = rng.randint(2, 4)
        for d in days[:n_praise]:
            happy(f, c, f.day_time(d, 8, 20), rng.choice(["praise", "praise", "again"]))
        for d in rng.sample(days[n_praise:], n_other):
            happy(f, c, f.day_time(d, 8, 20), rng.choice(["chat", "buy", "view", "review"]))
        first = rng.randint(12, 16)
        ids, fourth = slide(f, c, first, spans[i], [c.lang])
        c.truth.update(
            slide_event_ids=ids,
            slide_days=spans[i],
            trouble_starts_at=iso(min(r.t for r in f.rows if r.eid in ids)),
        )
        c.truth["nps_given"] = i in nps
        if i in nps:
            score = rng.randint(1, 5)
            st = out_of_night(fourth + timedelta(minutes=rng.randint(150, 210)), rng, 8, 21)
            c.truth.update(
                nps=score,
                survey_event_id=survey(f, c, st, "nps", score, rng.choice(W.LOW_NPS[c.lang])),
            )
    for _ in range(5):
        c = f.person(f.lang(), "slow_churner", "asks to cancel", ["churn_intent"], LEAVER_TOL)
        happy_days(
            f,
            c,
            spread_days(f, rng.randint(4, 6), 0, 15),
            [k for k in HAPPY_KINDS if k != "survey"],
        )
        t = f.day_time(rng.randint(17, 23), 8, 20)
        ask = f.add(
            c,
            t,
            "email",
            "message",
            rng.choice(W.LEAVE[c.lang]).format(first=c.first),
            W.LEAVE_SUBJECT[c.lang],
        )
        f.reply_mail(
            c,
            t + timedelta(minutes=rng.randint(60, 300)),
            W.AG_SORRY_GO[c.lang].format(first=c.first),
            "Re: " + W.LEAVE_SUBJECT[c.lang],
        )
        ct = out_of_night(t + timedelta(minutes=rng.randint(1200, 1800)), rng, 8, 21)
        cancel = f.add(
            c,
            ct,
            "web",
            "cancellation",
            attrs={"page": "/account/membership", "product": "Mestolio Club"},
        )
        c.truth.update(
            churn_intent_event_id=ask,
            cancellation_event_id=cancel,
            churn_at=iso(ct),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = f.person(f.lang(), "happy", "steady", [], [])
        happy_days(f, c, spread_days(f, rng.randint(6, 10), 0, 31), HAPPY_KINDS)
    for _ in range(5):
        c = f.person(f.lang(), "steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"])
        d = rng.randint(0, 4)
        ids = []
        grumbles = rng.sample(W.GRUMBLE[c.lang], min(len(W.GRUMBLE[c.lang]), 7))
        for k in range(rng.randint(5, 7)):
            text = grumbles[k % len(grumbles)]
            t = f.day_time(d, 8, 21)
            ch = rng.choice(["social", "community", "web", "review"])
            if ch == "social":
                ids.append(f.add(c, t, "social", "mention", text))
            elif ch == "community":
                ids.append(f.add(c, t, "community", "post", text))
            elif ch == "web":
                ids.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
            else:
                ids.append(
                    f.add(c, t, "web", "review", text, attrs={"rating": "3", "page": "/chefs"})
                )
            d += rng.randint(1, 3)
        for _ in range(rng.randint(0, 2)):
            happy(f, c, f.day_time(rng.randint(0, 30), 9, 20), "buy")
        c.truth.update(
            grumble_event_ids=ids, trouble_starts_at=iso(min(r.t for r in f.rows if r.eid in ids))
        )
    for _ in range(5):
        c = f.person(f.lang(), "happy_one_sarcastic_remark", "happy", [], ["silence"])
        happy_days(
            f,
            c,
            spread_days(f, rng.randint(3, 6), 0, 16),
            [k for k in HAPPY_KINDS if k != "survey"],
        )
        t = f.day_time(rng.randint(17, 28), 9, 21)
        text = rng.choice(W.SARCASM[c.lang])
        eid = (
            f.add(c, t, "social", "mention", text)
            if rng.random() < 0.6
            else f.add(c, t, "community", "post", text)
        )
        c.truth.update(sarcasm_event_id=eid, trouble_starts_at=iso(t))
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "qh",
        5,
        datetime(2026, 8, 28, tzinfo=UTC),
        3,
        "a calm summer weekend with night owls in short bursts; no spike",
    )
    rng = f.rng
    f.planted = {}
    for _ in range(16):
        c = f.person(f.lang(), "happy", "day writer", [], [])
        for d in sorted(rng.sample([0, 1, 2], rng.randint(1, 3))):
            happy(
                f,
                c,
                f.day_time(d, 7, 17.5),
                rng.choice(["praise", "buy", "view", "chat", "review", "again", "gripe"]),
            )
    for i in range(4):
        c = f.person(f.lang(), "grumbles_once", "grumbles once", [], ["silence"])
        t = f.day_time(rng.randint(0, 2), 8, 17)
        f.add(c, t, "web", "page_view", attrs={"page": rng.choice(W.PAGES)})
        if rng.random() < 0.5:
            product, eur = rng.choice(W.PRODUCTS)
            value, cur = price(eur, c.market)
            t = t + timedelta(minutes=rng.randint(3, 15))
            f.add(
                c,
                t,
                "web",
                "purchase",
                attrs={
                    "order_value": value,
                    "currency": cur,
                    "product": product,
                    "page": "/booking",
                },
            )
        gt = t + timedelta(minutes=rng.randint(20, 30))
        q, a = rng.choice(W.MILD[c.lang])
        if i < 2:
            eid = f.add(c, gt, "chat", "chat", q)
            f.add(c, gt + timedelta(minutes=rng.randint(1, 5)), "chat", "chat", a, out=True)
        else:
            eid = f.add(c, gt, "web", "ticket", q, attrs={"page": "/help/contact"})
            f.reply_mail(c, gt + timedelta(minutes=rng.randint(20, 90)), a, "Re: " + q[:30])
        c.truth.update(grumble_event_id=eid, trouble_starts_at=iso(gt))
    for night in (1, 2, 3):
        b1 = f.at(night, 0, 40) + timedelta(minutes=rng.randint(0, 25))
        starts = [
            b1,
            b1 + timedelta(minutes=rng.randint(28, 33)),
            b1 + timedelta(minutes=rng.randint(55, 65)),
        ]
        for m, bs in enumerate(starts, start=1):
            for _ in range(4):
                c = f.person(f.lang(), "night_owl", f"night {night}, burst {m}", [], [])
                t = bs + timedelta(minutes=rng.randint(0, 9), seconds=rng.randint(0, 59))
                eid = happy(f, c, t, rng.choice(["night_chat", "night_post"]))
                c.truth.update(burst_at=iso(bs), night_event_id=eid)
    owls = [c for c in f.custs.values() if c.truth["persona"] == "night_owl"]
    for c in rng.sample(owls, 18):
        happy(
            f,
            c,
            f.day_time(rng.randint(0, 2), 9, 17.5),
            rng.choice(["praise", "buy", "view", "review"]),
        )
    return f


BILINGUAL_PAIRS = (
    [("it", "fr")] * 4
    + [("fr", "it")] * 4
    + [("it", "en")] * 2
    + [("en", "it")] * 2
    + [("fr", "en")] * 2
    + [
        ("fr", "de"),
        ("de", "fr"),
        ("it", "de"),
        ("de", "it"),
        ("it", "es"),
        ("es", "it"),
        ("fr", "es"),
        ("es", "fr"),
        ("fr", "pt"),
        ("pt", "fr"),
        ("it", "pt"),
        ("pt", "it"),
        ("en", "fr"),
    ]
)
SPOKEN_IN = {
    "it": ["IT", "CH"],
    "fr": ["FR", "BE", "CH", "LU"],
    "en": ["UK", "IE"],
    "de": ["DE", "AT", "CH", "LU"],
    "es": ["ES"],
    "pt": ["PT", "LU"],
}
SECOND_WHY = {
    "it": "grew up in Italy / works with Italian colleagues",
    "fr": "studied in Lyon / French-speaking partner",
    "en": "works in English at an international firm",
    "de": "German-speaking family / works in Zürich",
    "es": "Spanish mother / lived in Madrid",
    "pt": "Portuguese family / works with Lisbon office",
}


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "bl",
        6,
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
        "customers writing in two languages: happy, repeat contacts, slides, bad days, fixed problems",
    )
    rng = f.rng
    f.planted = {"repeat_contact": 5, "sentiment_drop": 5}
    pairs = list(BILINGUAL_PAIRS)
    rng.shuffle(pairs)
    long_i = next(i for i, p in enumerate(pairs) if p[1] in ("it", "fr"))
    long_pair = pairs.pop(long_i)
    roles = ["happy"] * 12 + ["repeat"] * 5 + ["slide"] * 5 + ["mail", "chat"] + ["fixed"] * 2
    rng.shuffle(roles)
    plan = [("long", long_pair), *zip(roles, pairs, strict=True)]
    counts = [2, 2, 3, 3, 4]
    rep_i = 0
    for role, (a, b) in plan:
        market = rng.choice(sorted(set(SPOKEN_IN[a]) | set(SPOKEN_IN[b])))
        langs = [a, b]
        extra: dict[str, Any] = {"languages": langs, "job_second_language": SECOND_WHY[b]}
        if role == "happy":
            c = f.person(a, "happy", "alternates languages", [], [], market=market, **extra)
            for k, d in enumerate(spread_days(f, rng.randint(5, 8), 0, 13)):
                happy(f, c, f.day_time(d, 7, 20), rng.choice(HAPPY_KINDS), langs[k % 2])
        elif role == "repeat":
            c = f.person(
                a,
                "repeat_contact",
                "repeats",
                ["repeat_contact"],
                REPEAT_TOL,
                market=market,
                **extra,
            )
            for k in range(rng.randint(1, 3)):
                happy(
                    f,
                    c,
                    f.day_time(rng.randint(0, 1), 7, 12),
                    rng.choice(["praise", "buy", "view", "chat"]),
                    langs[k % 2],
                )
            n = counts[rep_i]
            rep_i += 1
            repeat_run(
                f,
                c,
                rng.randint(2, 5),
                rng.choice(["web", "email", "chat"]),
                n,
                rng.choice(W.PROBLEMS),
                n >= 3,
                langs,
            )
        elif role == "slide":
            c = f.person(
                a, "slow_churner", "slides", ["sentiment_drop"], SLIDE_TOL, market=market, **extra
            )
            days = spread_days(f, 6, 0, 5)
            for k, d in enumerate(days[:5]):
                happy(f, c, f.day_time(d, 8, 20), rng.choice(["praise", "again"]), langs[k % 2])
            for k in range(rng.randint(1, 3)):
                happy(
                    f,
                    c,
                    f.day_time(rng.randint(0, 5), 8, 20),
                    rng.choice(["chat", "buy", "view"]),
                    langs[k % 2],
                )
            span = rng.randint(3, 5)
            ids, _ = slide(f, c, rng.randint(7, 8), span, langs)
            c.truth.update(
                slide_event_ids=ids,
                slide_days=span,
                trouble_starts_at=iso(min(r.t for r in f.rows if r.eid in ids)),
            )
        elif role in ("long", "mail", "chat"):
            c = f.person(
                a, "happy_one_bad_day", "one bad day", [], ["silence"], market=market, **extra
            )
            bad_day = rng.randint(4, 9)
            days = [d for d in range(14) if d <= bad_day - 2 or d >= bad_day + 3]
            for k, d in enumerate(sorted(rng.sample(days, rng.randint(3, 5)))):
                happy(
                    f,
                    c,
                    f.day_time(d, 7, 20),
                    rng.choice([k2 for k2 in HAPPY_KINDS if k2 != "survey"]),
                    langs[k % 2],
                )
            problem = rng.choice(W.PROBLEMS)
            case = f.case()
            t = f.day_time(bad_day, 8, 20)
            ch = "long" if role == "long" else ("email" if role == "mail" else "chat")
            eid = complaint(f, c, t, ch, problem, case, b)
            acknowledge(f, c, t, "chat" if ch == "chat" else "email", problem, case, b)
            c.truth.update(
                problem=problem,
                booking=case,
                bad_day_at=iso(t),
                bad_day_event_id=eid,
                bad_day_language=b,
                long_email=ch == "long",
                channel="email" if ch == "long" else ch,
                trouble_starts_at=iso(t),
                problem_event_ids=[eid],
                agent_fixed=ch != "chat",
                apologised=role == "mail",
            )
            if ch != "chat":
                good_t = out_of_night(t + timedelta(minutes=rng.randint(60, 240)), rng, 8, 21)
                good_news(f, c, good_t, problem, case, b)
                if role == "mail":
                    at = out_of_night(t + timedelta(minutes=rng.randint(1080, 1440)), rng, 8, 21)
                    aid = f.add(
                        c,
                        max(at, good_t + timedelta(minutes=45)),
                        "chat",
                        "chat",
                        rng.choice(W.APOLOGY[b]).format(case=case),
                        lang=b,
                    )
                    c.truth.update(
                        apology_at=iso(max(at, good_t + timedelta(minutes=45))),
                        apology_event_id=aid,
                    )
        else:
            c = f.person(
                a, "resolved_between_contacts", "fixed", [], ["silence"], market=market, **extra
            )
            happy(f, c, f.day_time(rng.randint(0, 2), 8, 20), rng.choice(["praise", "buy"]), b)
            fc = fixed_case(
                f, c, f.day_time(rng.randint(3, 8), 8, 19), "web", rng.choice(W.PROBLEMS), a, b
            )
            c.truth.update(
                problems=[fc],
                booking=fc["booking"],
                trouble_starts_at=fc["raised_at"],
                confirm_language=b,
            )
        c.langs = langs
    return f


def office(f: Fam, t: datetime, h0: int = 8, h1: int = 17) -> datetime:
    """Moved into office hours (weekdays h0-h1 UTC): else the next working morning 08-09."""
    while t.weekday() >= 5 or not (h0 <= t.hour < h1):
        if t.hour >= h1 or t.weekday() >= 5:
            t = (t + timedelta(days=1)).replace(hour=8, minute=f.rng.randint(0, 59), second=0)
        else:
            t = t.replace(hour=8, minute=f.rng.randint(0, 59), second=0)
    return t


WORKDAYS = [0, 1, 2, 3, 4, 7, 8, 9, 10, 11]


def b2b_routine(f: Fam, c: Cust, days: list[int], surveys: bool = True) -> None:
    rng = f.rng
    lg = c.lang
    for d in days:
        t = f.day_time(d, 8, 16.5)
        kinds = ["chat", "buy", "view", "praise"] + (["survey"] if surveys else [])
        if not surveys:
            kinds = ["chat", "buy", "view"]
        k = rng.choice(kinds)
        if k == "chat":
            q, a = rng.choice(B.PRO_CHAT[lg])
            f.add(c, t, "chat", "chat", q)
            t2 = t + timedelta(minutes=rng.randint(1, 6))
            f.add(c, t2, "chat", "chat", a, out=True)
            if rng.random() < 0.6:
                f.add(
                    c, t2 + timedelta(minutes=rng.randint(1, 4)), "chat", "chat", B.PRO_THANKS[lg]
                )
        elif k == "buy":
            product, eur = rng.choice(B.PRO_PRODUCTS)
            f.add(c, t, "web", "page_view", attrs={"page": "/pro/events"})
            value, cur = price(eur, c.market)
            f.add(
                c,
                t + timedelta(minutes=rng.randint(3, 20)),
                "web",
                "purchase",
                attrs={
                    "order_value": value,
                    "currency": cur,
                    "product": product,
                    "page": "/pro/events",
                },
            )
        elif k == "view":
            f.add(c, t, "web", "page_view", attrs={"page": rng.choice(B.PRO_PAGES)})
        elif k == "praise":
            f.add(c, t, "community", "post", rng.choice(B.PRO_PRAISE[lg]))
        else:
            which = rng.choice(["nps", "csat", "ces"])
            score = {
                "nps": rng.randint(9, 10),
                "csat": rng.randint(4, 5),
                "ces": rng.randint(6, 7),
            }[which]
            survey(f, c, t, which, score, rng.choice([*W.SURVEY_WORDS[lg], ""]))


def pro_complaint(f: Fam, c: Cust, t: datetime, problem: str, company: str, case: str) -> str:
    """A company contact's first complaint e-mail and the agent's acknowledgement with the case."""
    lg = c.lang
    topic = B.PRO_TOPIC[lg][problem]
    text = f"{B.PRO_GREET[lg]} {B.PRO_CORE[lg][problem]} {B.PRO_DEMAND[lg]}"
    eid = f.add(
        c, t, "email", "message", text, B.PRO_SUBJECT[lg].format(topic=topic) + f" – {company}"
    )
    ack = B.PRO_ACK[lg].format(first=c.first, case=case, topic=topic)
    f.add(
        c,
        office(f, t + timedelta(minutes=f.rng.randint(30, 90))),
        "email",
        "message",
        ack,
        B.PRO_CASE_SUBJECT[lg].format(case=case),
        out=True,
    )
    return eid


ACCOUNT_PLAN: list[tuple[str, int, str, int, str]] = [
    # (market, company index, kind, contacts, problem) ; at-risk problems with 3 or 4 complainers
    ("IT", 0, "at_risk4", 6, "invoice"),
    ("IT", 1, "at_risk3", 4, "portal"),
    ("FR", 0, "at_risk3", 5, "service_blocked"),
    ("FR", 1, "at_risk4", 5, "overbilled"),
    ("BE", 0, "at_risk3", 4, "invoice"),
    ("IT", 2, "one_unhappy", 3, "service_blocked"),
    ("FR", 2, "one_unhappy", 3, "overbilled"),
    ("DE", 0, "one_unhappy", 3, "portal"),
    ("UK", 0, "one_unhappy", 3, "invoice"),
    ("IT", 3, "mild", 3, ""),
    ("CH", 0, "mild", 4, ""),
    ("ES", 0, "mild", 4, ""),
    ("IT", 4, "happy", 4, ""),
    ("FR", 3, "happy", 4, ""),
    ("PT", 0, "happy", 4, ""),
]
MARKET_LANG = {
    "IT": "it",
    "FR": "fr",
    "BE": "fr",
    "CH": "fr",
    "DE": "de",
    "ES": "es",
    "PT": "pt",
    "UK": "en",
}


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "bb",
        7,
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
        "Mestolio Pro: firms on account; accounts at risk, one unhappy contact, mild suggestions, happy accounts",
    )
    rng = f.rng
    f.planted = {"account_risk": 5, "detractor": 16, "repeat_contact": 5}
    last_channels = ["email"] + ["phone"] * 4
    rng.shuffle(last_channels)
    risk_i = 0
    for market, ci, kind, n, problem in ACCOUNT_PLAN:
        company, domain, site = B.COMPANIES[market][ci]
        lg = MARKET_LANG[market]
        while True:
            acc = f"MSP-{market}-{rng.randint(1000, 9999)}"
            if REG.take(acc):
                break
        at_risk = kind.startswith("at_risk")
        n_unhappy = (
            4
            if kind == "at_risk4"
            else 3
            if kind == "at_risk3"
            else 1
            if kind == "one_unhappy"
            else 0
        )
        n_mild = 2 if kind == "mild" else 0
        contacts: list[Cust] = []
        firsts: set[str] = set()
        for k in range(n):
            title = rng.choice(B.TITLES[lg])
            if k < n_unhappy:
                if at_risk:
                    last = k == n_unhappy - 1
                    exp = ["repeat_contact"] if last else ["detractor"]
                    persona, role = "b2b_unhappy", "complainer"
                    tol = [r for r in B2B_RISK_TOL if r not in exp]
                else:
                    exp, persona, role, tol = (
                        ["detractor"],
                        "b2b_one_unhappy",
                        "complainer",
                        ["sentiment_drop", "high_value_at_risk", "silence"],
                    )
            elif k < n_unhappy + n_mild:
                exp, persona, role, tol = [], "b2b_mild", "suggests", ["silence"]
            else:
                exp, persona, role, tol = [], "b2b_happy", "contact", []
            c = f.person(
                lg,
                persona,
                role,
                exp,
                tol,
                market=market,
                account=acc,
                domain=domain,
                avoid_first=firsts,
                job=title,
                company=company,
                role=role,
                job_title=title,
            )
            firsts.add(c.first)
            contacts.append(c)
        case = f.case() if n_unhappy else ""
        unhappy = contacts[:n_unhappy]
        trouble: str | None = None
        if at_risk:
            t = f.day_time(2, 8, 16)
            first_t = t
            for k, c in enumerate(unhappy):
                for d in rng.sample([0, 1], rng.randint(0, 2)):
                    b2b_routine(f, c, [d], surveys=False)
                if k == 0:
                    eid = pro_complaint(f, c, t, problem, company, case)
                else:
                    t = office(f, t + timedelta(minutes=rng.randint(480, 1680)))
                    when = (
                        B.PRO_THIS_MORNING[lg]
                        if t.date() == first_t.date()
                        else B.PRO_ON_DAY[lg].format(day=B.WEEKDAYS[lg][first_t.weekday()])
                    )
                    text = B.PRO_LATER[lg].format(
                        case=case, first1=unhappy[0].first, when=when, core=B.PRO_CORE[lg][problem]
                    )
                    eid = f.add(
                        c, t, "email", "message", text, B.PRO_CASE_SUBJECT[lg].format(case=case)
                    )
                ids = [eid]
                c.truth.update(
                    complaint_event_ids=ids, trouble_starts_at=iso(t), problem=problem, booking=case
                )
                if k < n_unhappy - 1:
                    score = rng.randint(1, 5)
                    c.truth.update(
                        nps_given=True,
                        nps=score,
                        survey_event_id=survey(
                            f, c, t + timedelta(minutes=rng.randint(60, 180)), "nps", score, None
                        ),
                    )
                else:
                    t2 = office(f, t + timedelta(minutes=rng.randint(1080, 2400)))
                    ch = last_channels[risk_i]
                    comp = rng.choice(W.COMPETITORS)
                    if ch == "email":
                        e2 = f.add(
                            c,
                            t2,
                            "email",
                            "message",
                            B.PRO_LAST_MAIL[lg].format(case=case, comp=comp),
                            B.PRO_CASE_SUBJECT[lg].format(case=case),
                        )
                        c.truth["competitor"] = comp
                    else:
                        e2 = f.add(c, t2, "phone", "call", B.PRO_LAST_CALL[lg].format(case=case))
                        c.truth["competitor"] = None
                    ids.append(e2)
                    c.truth.update(repeat_event_id=e2, nps_given=False)
            trouble = iso(first_t)
            risk_i += 1
        elif kind == "one_unhappy":
            c = unhappy[0]
            for d in rng.sample([0, 1], rng.randint(0, 2)):
                b2b_routine(f, c, [d], surveys=False)
            t = f.day_time(rng.choice([3, 4, 7]), 8, 16)
            eid = pro_complaint(f, c, t, problem, company, case)
            score = rng.randint(1, 5)
            c.truth.update(
                complaint_event_ids=[eid],
                trouble_starts_at=iso(t),
                problem=problem,
                booking=case,
                nps_given=True,
                nps=score,
                survey_event_id=survey(
                    f, c, t + timedelta(minutes=rng.randint(60, 180)), "nps", score, None
                ),
            )
        for k, c in enumerate(contacts[n_unhappy : n_unhappy + n_mild]):
            t = f.day_time(rng.choice(WORKDAYS[2:]), 8, 16)
            b2b_routine(f, c, [rng.choice([0, 1])], surveys=False)
            eid = f.add(
                c,
                t,
                "web",
                "ticket",
                B.PRO_MILD[lg][k],
                B.PRO_MILD_SUBJECT[lg],
                attrs={"page": "/pro/portal"},
            )
            f.add(
                c,
                office(f, t + timedelta(minutes=rng.randint(30, 180))),
                "email",
                "message",
                B.PRO_MILD_ACK[lg].format(first=c.first),
                "Re: " + B.PRO_MILD_SUBJECT[lg],
                out=True,
            )
            c.truth.update(mild_event_id=eid, trouble_starts_at=iso(t))
        for c in contacts[n_unhappy + n_mild :]:
            b2b_routine(f, c, sorted(rng.sample(WORKDAYS, rng.randint(2, 5))))
        f.accounts[acc] = {
            "company": company,
            "site": site,
            "contacts": n,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": n_unhappy,
            "unhappy_contact_keys": [c.key for c in unhappy],
            "at_risk": at_risk,
            "expected_rules": ["account_risk"] if at_risk else [],
            "tolerated_rules": [],
            "kind": "at_risk" if at_risk else kind,
            "same_problem": problem if at_risk else None,
            "trouble_starts_at": trouble,
            "language": lg,
            "country": market,
        }
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "ts",
        8,
        datetime(2026, 11, 9, tzinfo=UTC),
        7,
        "a calm week, then one planted spike: the kitchen check rejects every kitchen (KX/209) on Saturday morning",
    )
    rng = f.rng
    f.planted = {"topic_spike": 1, "repeat_contact": 6}
    for _ in range(40):
        c = f.person(f.lang(), "happy", "day writer", [], [])
        for d in sorted(rng.sample(range(6), rng.randint(1, 4))):
            t = f.day_time(d, 12, 19) if d == 5 else f.day_time(d, 7, 21)
            happy(f, c, t, rng.choice(HAPPY_KINDS))
    for _ in range(2):
        c = f.person(rng.choice(["it", "fr"]), "grumbles_once", "grumbles once", [], ["silence"])
        t = f.day_time(0, 9, 18)
        q, a = W.MILD[c.lang][0]
        eid = f.add(c, t, "chat", "chat", q)
        f.add(c, t + timedelta(minutes=rng.randint(1, 5)), "chat", "chat", a, out=True)
        c.truth.update(grumble_event_id=eid, trouble_starts_at=iso(t))
    for lg, (h, m) in (("it", (9, 40)), ("fr", (16, 5))):
        c = f.person(lg, "grumbles_once", "lone question", [], ["silence"])
        t = f.at(4, h, m)
        q, a = W.LONE_Q[lg]
        eid = f.add(c, t, "chat", "chat", q)
        f.add(c, t + timedelta(minutes=rng.randint(2, 5)), "chat", "chat", a, out=True)
        c.truth.update(lone_report_event_id=eid, trouble_starts_at=iso(t))
    langs = ["it"] * 6 + ["fr"] * 6 + ["en", "en", "de", "de", "es", "es", "pt", "pt"]
    rng.shuffle(langs)
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(chans)
    s0 = f.at(5, 8, 25)
    offs = sorted([0, 45, *[rng.randint(1, 44) for _ in range(18)]])
    times = [
        s0 + timedelta(minutes=o, seconds=0 if o in (0, 45) else rng.randint(0, 59)) for o in offs
    ]
    regular = [True] * 12 + [False] * 8
    rng.shuffle(regular)
    early = [i for i in range(20) if times[i] <= f.at(5, 8, 50)]
    rep = set(rng.sample(early, 6))
    rep_chans = ["email", "email", "chat", "chat", "community", "community"]
    rng.shuffle(rep_chans)
    fixed = set(rng.sample([i for i in range(20) if i not in rep], 6))
    keys: list[str] = []
    eids: list[str] = []
    rids: list[str] = []
    used_texts: dict[str, list[str]] = {lg: list(W.SPIKE[lg]) for lg in W.SPIKE}
    for lst in used_texts.values():
        rng.shuffle(lst)
    for i in range(20):
        lg = langs[i]
        is_rep = i in rep
        c = f.person(
            lg,
            "spike_repeater" if is_rep else "spike_reporter",
            "regular" if regular[i] else "new",
            ["repeat_contact"] if is_rep else [],
            ["silence", "sentiment_drop"] if is_rep else ["silence"],
        )
        if regular[i]:
            for d in sorted(rng.sample([2, 3, 4], rng.randint(1, 3))):
                happy(
                    f,
                    c,
                    f.day_time(d, 8, 17.5),
                    rng.choice([k for k in HAPPY_KINDS if k != "survey"]),
                )
        pool = used_texts[lg]
        text = pool.pop() if pool else rng.choice(W.SPIKE[lg])
        ch = chans[i]
        t = times[i]
        if ch == "social":
            eid = f.add(c, t, "social", "mention", text)
        elif ch == "community":
            eid = f.add(c, t, "community", "post", text)
        elif ch == "email":
            eid = f.add(c, t, "email", "message", text, W.SPIKE_SUBJECT[lg])
        elif ch == "web":
            eid = f.add(
                c,
                t,
                "web",
                "ticket",
                text,
                W.SPIKE_SUBJECT[lg],
                attrs={"page": "/faq/kitchen-check"},
            )
        else:
            eid = f.add(c, t, "chat", "chat", text)
            f.add(
                c,
                t + timedelta(minutes=rng.randint(1, 3)),
                "chat",
                "chat",
                W.AG_SPIKE_CHAT[lg],
                out=True,
            )
        keys.append(c.key)
        eids.append(eid)
        c.truth.update(
            in_spike=True,
            regular=regular[i],
            spike_event_id=eid,
            spike_channel=ch,
            trouble_starts_at=iso(t),
            agent_fixed=i in fixed,
        )
        if is_rep:
            rc = rep_chans.pop()
            if rc == ch:
                rc = "email" if ch != "email" else "community"
            t2 = t + timedelta(minutes=rng.randint(15, 50))
            again = rng.choice(W.SPIKE_AGAIN[lg])
            if rc == "email":
                r = f.add(c, t2, "email", "message", again, "Re: " + W.SPIKE_SUBJECT[lg])
            elif rc == "chat":
                r = f.add(c, t2, "chat", "chat", again)
                f.add(
                    c,
                    t2 + timedelta(minutes=rng.randint(1, 3)),
                    "chat",
                    "chat",
                    W.AG_SPIKE_CHAT[lg],
                    out=True,
                )
            else:
                r = f.add(c, t2, "community", "post", again)
            rids.append(r)
            c.truth.update(repeat_event_id=r)
        if i in fixed:
            local = "11:50" if c.market in ("UK", "IE", "PT") else "12:50"
            credit = money(15, c.market, lg)
            ft = f.at(5, 11, 58) + timedelta(minutes=rng.randint(0, 9))
            f.add(
                c,
                ft,
                "email",
                "message",
                W.AG_SPIKE_FIXED[lg].format(first=c.first, local=local, credit=credit),
                W.AG_SPIKE_SUBJECT[lg],
                out=True,
            )
    f.spike = {
        "topic": W.SPIKE_TOPIC,
        "about": "Saturday 14 November 2026 morning: Mestolio's app kitchen check fails every kitchen with KX/209 'kitchen not suitable' and puts that evening's dinners on hold; 20 customers report it within 45 minutes in six languages on five channels",
        "channel": None,
        "start": iso(min(times)),
        "end": iso(max(times)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": rids,
    }
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
        lines, truth = fam.finish()
        with (HERE / f"{fam.name}.jsonl").open("w", encoding="utf-8", newline="\n") as fh:
            for line in lines:
                fh.write(json.dumps(line, ensure_ascii=False) + "\n")
        (HERE / f"{fam.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        print(
            f"{fam.name}: {len(fam.custs)} customers, {len(lines)} touchpoints, {sum(1 for x in lines if x['direction'] == 'outbound')} replies"
        )


if __name__ == "__main__":
    main()
