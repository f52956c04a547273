# ruff: noqa: E501
"""Write tests/scenarios/heldout93/: the ninety-third hand-written alert set (report only, blind).

Valizo sends luggage and sports gear ahead door to door (households, Valizo Plus) and
runs Valizo Pro for firms on account. Standard library only; deterministic: two runs
give the same bytes. Run it as ``python make_heldout93.py`` from anywhere.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from random import Random
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402
import wording_b2b as B  # noqa: E402

SEED = 20261114
WRITTEN = "2026-12-04"
LIMIT = datetime(2026, 12, 1, tzinfo=UTC)
BUSINESS = "Valizo: luggage and sports gear sent ahead door to door by app and web (households, Valizo Plus membership), and Valizo Pro for firms on account"
COMPETITORS = ("Bagantra", "Trolleo")
LANG_WEIGHTS = {"de": 30, "fr": 30, "en": 10, "es": 10, "it": 10, "pt": 10}
MARKETS: dict[str, list[str]] = {
    "de": ["DE"] * 5 + ["AT"] * 2 + ["CH"] * 2,
    "fr": ["FR"] * 5 + ["BE"] * 2 + ["CH"] * 2 + ["LU"],
    "en": ["UK"] * 3 + ["IE"] * 2,
    "es": ["ES"],
    "it": ["IT"] * 3 + ["CH"],
    "pt": ["PT"],
}
SPOKEN: dict[str, set[str]] = {
    "DE": {"de"},
    "AT": {"de"},
    "CH": {"de", "fr", "it"},
    "FR": {"fr"},
    "BE": {"fr", "de"},
    "LU": {"fr", "de"},
    "UK": {"en"},
    "IE": {"en"},
    "ES": {"es"},
    "IT": {"it"},
    "PT": {"pt"},
}
CURRENCY = {"UK": "GBP", "CH": "CHF"}
FX = {"EUR": 1.0, "GBP": 0.86, "CHF": 0.94}
#: market -> (country code, mobile prefixes, digits after the prefix)
PHONES: dict[str, tuple[str, list[str], int]] = {
    "DE": ("49", ["151", "152", "160", "170", "171", "176", "179"], 8),
    "AT": ("43", ["664", "660", "676", "699"], 7),
    "CH": ("41", ["76", "77", "78", "79"], 7),
    "FR": ("33", ["6", "7"], 8),
    "BE": ("32", ["470", "472", "475", "477", "479", "486", "496"], 6),
    "LU": ("352", ["621", "661", "691"], 6),
    "UK": ("44", ["7700", "7711", "7723", "7756", "7808", "7912"], 6),
    "IE": ("353", ["83", "85", "86", "87", "89"], 7),
    "ES": ("34", ["6", "7"], 8),
    "IT": ("39", ["320", "328", "333", "339", "347", "349"], 7),
    "PT": ("351", ["91", "92", "93", "96"], 7),
}
DOMAINS: dict[str, list[str]] = {
    "de": ["postfach.example", "netzpost.example", "webmail.example"],
    "fr": ["courriel.example", "boitemail.example", "webmail.example"],
    "en": ["inbox.example", "webmail.example"],
    "es": ["correo.example", "webmail.example"],
    "it": ["posta.example", "webmail.example"],
    "pt": ["correio.example", "webmail.example"],
}
SOURCES = {
    "email": "valizo-mail",
    "phone": "valizo-voice",
    "social": "valizo-social",
    "community": "valizo-forum",
    "chat": "valizo-chat",
    "web": "valizo-web",
    "survey": "valizo-survey",
}
LANG_NAMES = {
    "de": "German",
    "fr": "French",
    "en": "English",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
}
PLUS_LABEL = "Valizo Plus, yearly / Valizo Plus, Jahresabo"
UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}

REPEAT_TOL = [
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "sentiment_drop",
    "silence",
]
SLIDE_TOL = [
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "repeat_contact",
    "silence",
]
LEAVE_TOL = ["competitor_mention", "high_value_at_risk", "sentiment_drop", "silence"]
B2B_RISK_TOL = [
    "account_risk",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "sentiment_drop",
    "silence",
]
B2B_ONE_TOL = ["high_value_at_risk", "sentiment_drop", "silence"]


def iso(ts: datetime) -> str:
    return ts.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def ascii_fold(text: str) -> str:
    out = []
    for ch in text.replace("ß", "ss"):
        if ch in UMLAUTS:
            out.append(UMLAUTS[ch].lower())
            continue
        out.extend(x for x in unicodedata.normalize("NFD", ch) if not unicodedata.combining(x))
    return re.sub(r"[^a-z0-9]", "", "".join(out).lower())


def strip_accents(text: str) -> str:
    out = []
    for ch in text:
        if ch in UMLAUTS:
            out.append(UMLAUTS[ch])
        elif ch in "ßñÑ":
            out.append(ch)
        else:
            out.extend(x for x in unicodedata.normalize("NFD", ch) if not unicodedata.combining(x))
    return unicodedata.normalize("NFC", "".join(out))


def speechify(text: str, lang: str, keep: Iterable[str] = ()) -> str:
    """A speech-to-text transcript: no punctuation, lower case but codes, numbers and names (German keeps its nouns)."""
    euro = {"de": "Euro", "fr": "euros", "en": "euros", "es": "euros", "it": "euro", "pt": "euros"}[
        lang
    ]
    franc = {"de": "Franken", "fr": "francs", "it": "franchi"}.get(lang, "francs")
    text = re.sub(r"£(\d+)", r"\1 pounds", text)
    text = re.sub(r"CHF (\d+)", r"\1 " + franc, text)
    text = re.sub(r"€(\d+)", r"\1 " + euro, text)
    text = re.sub(r"(\d+) €", r"\1 " + euro, text)
    kept = set(keep) | {"Valizo", *COMPETITORS}
    words = []
    for raw in text.split():
        word = raw.strip('.,!?;:«»„“”"()')
        if word.endswith("??"):
            word = word.rstrip("?")
        if not word:
            continue
        if (
            any(ch.isdigit() for ch in word)
            or word in kept
            or (lang == "en" and word in ("I", "I'm", "I've"))
        ):
            words.append(word)
        elif word.isupper() and len(word) > 1:
            words.append(word.lower())
        elif lang == "de":
            words.append(word)
        else:
            words.append(word.lower())
    return " ".join(words)


@dataclass
class Cust:
    key: str
    lang: str
    country: str
    first: str
    last: str
    email: str
    cc: str
    phone: str
    handle: str | None
    account: str | None
    truth: dict[str, Any]
    segment: str = "consumer"


@dataclass
class Registry:
    """Identifiers given so far in the whole set (none twice)."""

    used: set[str] = field(default_factory=set)

    def take(self, value: str) -> bool:
        if value in self.used:
            return False
        self.used.add(value)
        return True


class Fam:
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
        self.rng = Random(SEED * 100 + n)
        self.rough = Random(SEED * 100 + 50 + n)
        self.rows: list[tuple[datetime, int, dict[str, Any], Cust]] = []
        self.custs: dict[str, Cust] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.seq = 0

    # --- time
    def at(self, day: int, hour: float) -> datetime:
        return self.start + timedelta(days=day, seconds=int(hour * 3600))

    def rand_at(self, day: int, h0: float, h1: float) -> datetime:
        return self.start + timedelta(
            days=day, seconds=self.rng.randint(int(h0 * 3600), int(h1 * 3600))
        )

    def after(self, ts: datetime, m0: float, m1: float) -> datetime:
        return ts + timedelta(seconds=self.rng.randint(int(m0 * 60), int(m1 * 60)))

    def daytime(self, ts: datetime) -> datetime:
        """Out of the night (22:00-07:00 UTC): to 08:00-09:00 that or the next morning."""
        midnight = ts.replace(hour=0, minute=0, second=0)
        if ts.hour >= 22:
            return midnight + timedelta(days=1, hours=8, seconds=self.rng.randint(0, 3599))
        if ts.hour < 7:
            return midnight + timedelta(hours=8, seconds=self.rng.randint(0, 3599))
        return ts

    def office(self, ts: datetime) -> datetime:
        """Into office hours (weekdays 08-17 UTC)."""
        while ts.weekday() >= 5 or ts.hour >= 17 or ts.hour < 8:
            midnight = ts.replace(hour=0, minute=0, second=0)
            if ts.hour < 8 and ts.weekday() < 5:
                ts = midnight + timedelta(hours=8, seconds=self.rng.randint(0, 3599))
            else:
                ts = midnight + timedelta(days=1, hours=8, seconds=self.rng.randint(0, 3599))
        return ts

    # --- people
    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        country: str | None = None,
        expected: Iterable[str] = (),
        tolerated: Iterable[str] = (),
        segment: str = "consumer",
        account: str | None = None,
        domain: str | None = None,
        first: str | None = None,
        job: str | None = None,
        **extra: Any,
    ) -> Cust:
        rng = self.rng
        if lang is None:
            lang = rng.choices(list(LANG_WEIGHTS), weights=list(LANG_WEIGHTS.values()))[0]
        if country is None:
            country = rng.choice(MARKETS[lang])
        first = first or rng.choice(W.FIRST[lang])
        last = rng.choice(W.LAST[lang])
        while True:
            key = f"VZ{self.code}{rng.randint(1000, 9999)}"
            if self.reg.take("id:" + key):
                break
        f, la = ascii_fold(first), ascii_fold(last)
        while True:
            if domain is not None:
                email = rng.choice([f"{f}.{la}", f"{f[0]}.{la}", f"{f}{la[0]}"]) + "@" + domain
            else:
                email = (
                    rng.choice(
                        [
                            f"{f}.{la}",
                            f"{f}{la}{rng.randint(1, 99)}",
                            f"{f[0]}.{la}{rng.randint(1, 9)}",
                            f"{la}.{f}",
                        ]
                    )
                    + "@"
                    + rng.choice(DOMAINS[lang])
                )
            if self.reg.take("email:" + email):
                break
            domain_hint = domain
            if domain_hint is not None:
                email = f"{f}.{la}{rng.randint(2, 9)}@{domain_hint}"
                if self.reg.take("email:" + email):
                    break
        cc, prefixes, rest = PHONES[country]
        while True:
            local = rng.choice(prefixes) + "".join(str(rng.randint(0, 9)) for _ in range(rest))
            if self.reg.take("phone:" + cc + local):
                break
        handle: str | None = None
        if segment == "consumer":
            while True:
                handle = "@" + rng.choice(
                    [
                        f"{la}_{f}{rng.randint(1, 9)}",
                        f"{f}{la}{rng.randint(10, 99)}",
                        f"{f[0]}{la}",
                        f"{f}_{la}",
                        f"{f}.{la[:3]}",
                    ]
                )
                if self.reg.take("handle:" + handle):
                    break
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": f"+{cc}{local}",
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": sorted(expected),
            "tolerated_rules": sorted(tolerated),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": country,
            "segment": segment,
            "name": f"{first} {last}",
            "job": job or rng.choice(W.JOBS[lang]),
            "town": rng.choice(W.TOWNS[country]),
        }
        truth.update(extra)
        cust = Cust(
            key,
            lang,
            country,
            first,
            last,
            email,
            cc,
            f"+{cc}{local}",
            handle,
            account,
            truth,
            segment,
        )
        self.custs[key] = cust
        return cust

    # --- touchpoints
    def roughen(self, text: str) -> str:
        r = self.rough
        if r.random() < 0.10:
            text = strip_accents(text)
        if r.random() < 0.125 and text[:1].isupper() and not text.startswith(("Valizo", "DG-")):
            text = text[0].lower() + text[1:]
        if r.random() < 0.14:
            words = [
                m
                for m in re.finditer(r"(?<![\w@/-])[a-zäöüéèàçêûôî]{5,}(?![\w-])", text)
                if m.group() != "valizo"
            ]
            if words:
                m = r.choice(words)
                word = m.group()
                i = r.randint(1, len(word) - 3)
                if word[i] != word[i + 1]:
                    word = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
                    text = text[: m.start()] + word + text[m.end() :]
        return text

    def add(
        self,
        c: Cust,
        ts: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        out: bool = False,
        nps: int | None = None,
        csat: int | None = None,
        ces: int | None = None,
        attrs: dict[str, str] | None = None,
        rough: bool = True,
    ) -> str:
        self.seq += 1
        eid = f"vz93-{self.code.lower()}-{self.seq:05d}"
        if text is not None and not out:
            if channel == "social" and c.segment == "consumer":
                i = text.rfind("Valizo")
                text = text[:i] + "@" + text[i:] if i >= 0 else "@Valizo " + text
            if rough and channel not in ("phone", "survey"):
                text = self.roughen(text)
        attributes = {"market": c.country}
        if c.segment == "b2b":
            attributes["segment"] = "b2b"
        if out:
            attributes["agent"] = self.rng.choice(W.AGENTS)
        attributes.update(attrs or {})
        row: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": iso(ts),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "customer": {},
            "text": text,
            "subject": subject,
            "scores": {"nps": nps, "csat": csat, "ces": ces},
            "source": SOURCES[channel],
            "attributes": attributes,
        }
        self.rows.append((ts, self.seq, row, c))
        return eid

    def agent(self) -> str:
        name: str = self.rng.choice(W.AGENTS)
        return name

    def money(self, c: Cust, eur: float, spoken: bool = False) -> str:
        cur = CURRENCY.get(c.country, "EUR")
        value = round(eur * FX[cur])
        if cur == "GBP":
            return f"{value} pounds" if spoken else f"£{value}"
        if cur == "CHF":
            return f"CHF {value}"
        return f"€{value}" if c.lang == "en" else f"{value} €"

    def price_attrs(self, c: Cust, eur: float, product: str, page: str) -> dict[str, str]:
        cur = CURRENCY.get(c.country, "EUR")
        return {
            "order_value": f"{eur * FX[cur]:.2f}",
            "currency": cur,
            "product": product,
            "page": page,
        }

    # --- replies
    def chat_answer(
        self, c: Cust, ts: datetime, text: str, thanks: float = 0.0, lang: str | None = None
    ) -> datetime:
        ans = self.after(ts, 1, 6)
        self.add(c, ans, "chat", "chat", text, out=True)
        if self.rng.random() < thanks:
            table = B.THANKS if c.segment == "b2b" else W.THANKS
            self.add(
                c, self.after(ans, 1, 4), "chat", "chat", self.rng.choice(table[lang or c.lang])
            )
        return ans

    def mail_out(self, c: Cust, ts: datetime, subject: str, text: str) -> str:
        return self.add(c, ts, "email", "message", text, subject=subject, out=True)

    def new_case(self) -> str:
        while True:
            case = f"VZ-{self.rng.randint(100000, 999999)}"
            if self.reg.take("case:" + case):
                return case

    # --- happy acts
    def happy(self, c: Cust, ts: datetime, kind: str, lang: str | None = None) -> str:
        rng = self.rng
        lang = lang or c.lang
        agent = self.agent()
        if kind in ("praise", "again", "gripe"):
            table = {"praise": W.PRAISE, "again": W.AGAIN, "gripe": W.GRIPE}[kind]
            channel = rng.choice(["social", "community"])
            return self.add(
                c,
                ts,
                channel,
                "mention" if channel == "social" else "post",
                rng.choice(table[lang]),
            )
        if kind == "chat":
            q, a = rng.choice(W.CHAT_Q[lang])
            eid = self.add(c, ts, "chat", "chat", q)
            self.chat_answer(c, ts, a, thanks=0.6, lang=lang)
            return eid
        if kind == "mail":
            subj, q, a = rng.choice(W.MAIL_Q[lang])
            eid = self.add(c, ts, "email", "message", q, subject=subj)
            self.mail_out(
                c,
                self.daytime(self.after(ts, 60, 300)),
                "Re: " + subj,
                a.format(first=c.first, agent=agent),
            )
            return eid
        if kind == "phone":
            tr, subj, follow = rng.choice(W.PHONE_Q[lang])
            eid = self.add(c, ts, "phone", "call", tr)
            self.mail_out(
                c, self.after(ts, 10, 60), subj, follow.format(first=c.first, agent=agent)
            )
            return eid
        if kind == "buy":
            label, eur, page = rng.choice(W.PRODUCTS)
            self.add(c, ts, "web", "page_view", attrs={"page": page})
            return self.add(
                c,
                self.after(ts, 2, 15),
                "web",
                "purchase",
                attrs=self.price_attrs(c, eur, label, page),
            )
        if kind == "view":
            return self.add(c, ts, "web", "page_view", attrs={"page": rng.choice(W.PAGES)})
        if kind == "review":
            text, rating = rng.choice(W.REVIEW[lang])
            return self.add(
                c, ts, "web", "review", text, attrs={"rating": rating, "page": "/reviews"}
            )
        if kind == "survey":
            return self.survey_high(c, ts, W.SURVEY_WORDS[lang])
        raise ValueError(kind)

    def survey_high(self, c: Cust, ts: datetime, words: list[str]) -> str:
        which = self.rng.choice(["nps", "csat", "ces"])
        word = self.rng.choice(words) or None
        if which == "nps":
            return self.add(
                c,
                ts,
                "survey",
                "survey_response",
                word,
                nps=self.rng.randint(9, 10),
                attrs={"survey": "nps"},
            )
        if which == "csat":
            return self.add(
                c,
                ts,
                "survey",
                "survey_response",
                word,
                csat=self.rng.randint(4, 5),
                attrs={"survey": "csat"},
            )
        return self.add(
            c,
            ts,
            "survey",
            "survey_response",
            word,
            ces=self.rng.randint(6, 7),
            attrs={"survey": "ces"},
        )

    def happy_days(
        self,
        c: Cust,
        days: list[int],
        kinds: list[str],
        h0: float = 7,
        h1: float = 19,
        lang_cycle: tuple[str, ...] | None = None,
    ) -> list[str]:
        ids = []
        for i, day in enumerate(days):
            lang = lang_cycle[i % len(lang_cycle)] if lang_cycle else None
            ids.append(self.happy(c, self.rand_at(day, h0, h1), self.rng.choice(kinds), lang=lang))
        return ids

    def desc(self, c: Cust, problem: str, lang: str | None = None, spoken: bool = False) -> str:
        lang = lang or c.lang
        eur = self.rng.choice([39.0, 55.0, 69.0, 89.0])
        told: str = self.rng.choice(W.PROBLEM[lang][problem]).format(amt=self.money(c, eur, spoken))
        return told

    def complaint(
        self, c: Cust, ts: datetime, problem: str, channel: str, lang: str | None = None
    ) -> tuple[str, str | None]:
        """One angry first contact about a problem; returns its event id and the case (None on social)."""
        lang = lang or c.lang
        rng = self.rng
        subj = W.COMPLAINT_SUBJECT[lang].format(topic=W.TOPIC[lang][problem])
        case: str | None = None if channel == "social" else self.new_case()
        wraps = {
            "long": ("email", "message", W.LONG_MAIL, True),
            "email": ("email", "message", W.SHORT_MAIL, True),
            "chat": ("chat", "chat", W.CHAT_WRAP, False),
            "social": ("social", "mention", W.SOCIAL_WRAP, False),
            "web": ("web", "ticket", W.FORM_WRAP, True),
        }
        if channel in wraps:
            ch, kind, table, titled = wraps[channel]
            text = rng.choice(table[lang]).format(
                desc=self.desc(c, problem, lang), first=c.first, last=c.last
            )
            page = {"page": "/help/contact"} if channel == "web" else None
            eid = self.add(c, ts, ch, kind, text, subject=subj if titled else None, attrs=page)
        elif channel == "phone":
            said = speechify(self.desc(c, problem, lang, spoken=True), lang, keep=(c.first, c.last))
            eid = self.add(
                c,
                ts,
                "phone",
                "call",
                rng.choice(W.CALL_WRAP[lang]).format(desc=said, first=c.first, last=c.last),
            )
        else:
            raise ValueError(channel)
        return eid, case

    def open_case(
        self, c: Cust, ts: datetime, channel: str, case: str, lang: str | None = None
    ) -> None:
        lang = lang or c.lang
        if channel == "chat":
            self.chat_answer(c, ts, W.CHAT_CASE[lang].format(case=case))
        else:
            subj, text = W.CASE_OPENED[lang]
            self.mail_out(
                c,
                self.daytime(self.after(ts, 10, 40)),
                subj.format(case=case),
                text.format(case=case, first=c.first, agent=self.agent()),
            )

    def good_news(self, c: Cust, ts: datetime, case: str, lang: str | None = None) -> str:
        subj, text = W.GOOD_NEWS[lang or c.lang]
        return self.mail_out(
            c, ts, subj.format(case=case), text.format(case=case, first=c.first, agent=self.agent())
        )

    def confirm(
        self, c: Cust, ts: datetime, case: str, channel: str, lang: str | None = None
    ) -> str:
        subj, text = self.rng.choice(W.CONFIRM[lang or c.lang])
        if channel == "chat":
            return self.add(c, ts, "chat", "chat", text.format(case=case))
        return self.add(
            c, ts, "email", "message", text.format(case=case), subject=subj.format(case=case)
        )

    # --- output
    def refs(self) -> list[dict[str, Any]]:
        rows = sorted(self.rows, key=lambda r: (r[0], r[1]))
        seen: set[str] = set()
        out = []
        r = self.rough
        for _ts, _seq, row, c in rows:
            full: dict[str, Any] = {
                "customer_id": c.key,
                "email": c.email,
                "phone": c.phone,
                "handle": c.handle,
                "account_id": c.account,
            }
            inbound = row["direction"] == "inbound"
            if not inbound or c.key not in seen:
                ref = dict(full)
                if inbound:
                    seen.add(c.key)
            else:
                ch = row["channel"]
                ref = {
                    "customer_id": None,
                    "email": None,
                    "phone": None,
                    "handle": None,
                    "account_id": c.account,
                }
                if ch == "phone":
                    ref["phone"] = (
                        c.phone if r.random() < 0.5 else f"+{c.cc} {c.phone[len(c.cc) + 1 :]}"
                    )
                elif ch in ("social", "community"):
                    if c.handle is None:
                        ref["email"] = c.email
                    else:
                        ref["handle"] = c.handle if r.random() < 0.8 else c.handle.lstrip("@")
                elif ch == "email":
                    ref["email"] = c.email.upper() if r.random() < 1 / 12 else c.email
                else:
                    ref["customer_id"] = c.key
            row["customer"] = ref
            out.append(row)
        return out

    def write(self, planted: dict[str, int]) -> tuple[int, int, int]:
        rows = self.refs()
        for c in self.custs.values():
            exp, tol = set(c.truth["expected_rules"]), set(c.truth["tolerated_rules"])
            if exp & tol:
                raise SystemExit(f"{self.name}: {c.key} both expects and tolerates {exp & tol}")
            if not any(
                row["customer"].get("customer_id") == c.key and row["direction"] == "inbound"
                for row in rows
            ):
                raise SystemExit(f"{self.name}: {c.key} has no inbound touchpoint")
        for row in rows:
            ts = datetime.fromisoformat(row["occurred_at"].replace("Z", "+00:00"))
            if ts.year != 2026 or ts < self.start or ts >= LIMIT:
                raise SystemExit(
                    f"{self.name}: {row['event_id']} at {row['occurred_at']} out of range"
                )
        counts: Counter[str] = Counter()
        for c in self.custs.values():
            counts.update(c.truth["expected_rules"])
        for acc in self.accounts.values():
            counts.update(acc["expected_rules"])
        if self.spike:
            counts["topic_spike"] += 1
        if dict(counts) != planted:
            raise SystemExit(f"{self.name}: expected {dict(counts)} but planted {planted}")
        last = max(
            datetime.fromisoformat(row["occurred_at"].replace("Z", "+00:00")) for row in rows
        )
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        if end >= LIMIT:
            raise SystemExit(f"{self.name}: end {end} out of range")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": BUSINESS,
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": WRITTEN,
                "expected": dict(sorted(counts.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: self.custs[k].truth for k in sorted(self.custs)},
            "accounts": {k: self.accounts[k] for k in sorted(self.accounts)},
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        with (HERE / f"{self.name}.jsonl").open("w", encoding="utf-8", newline="\n") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
            encoding="utf-8",
            newline="\n",
        )
        replies = sum(1 for row in rows if row["direction"] == "outbound")
        return len(self.custs), len(rows), replies


HAPPY_KINDS = [
    "praise",
    "praise",
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
]
NOSURVEY_KINDS = [k for k in HAPPY_KINDS if k != "survey"]
OTHER_KINDS = ["chat", "mail", "phone", "buy", "view", "review"]


def start_of(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


# ---------------------------------------------------------------- families


def happy_writers(reg: Registry) -> Fam:
    f = Fam(
        reg,
        1,
        "happy_writers",
        "HW",
        start_of(2026, 3, 9),
        10,
        "happy customers who write often, by day, by night, or only in surveys",
    )
    rng = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, sorted(rng.sample(range(10), rng.randint(5, 8))), HAPPY_KINDS)
    for _ in range(5):
        c = f.person("happy", "night writer")
        nights = sorted(rng.sample(range(9), rng.randint(2, 4)))
        for d in nights:
            ts = f.at(d, 22.2) + timedelta(seconds=rng.randint(0, 378 * 60))
            if rng.random() < 0.5:
                ch = rng.choice(["social", "community"])
                f.add(
                    c,
                    ts,
                    ch,
                    "mention" if ch == "social" else "post",
                    rng.choice(W.NIGHT_POST[c.lang]),
                )
            else:
                q, a = rng.choice(W.NIGHT_CHAT[c.lang])
                f.add(c, ts, "chat", "chat", q)
                f.chat_answer(c, ts, a, thanks=0.7)
        days = [d for d in range(10) if d not in nights]
        f.happy_days(
            c,
            sorted(rng.sample(days, rng.randint(2, 3))),
            ["praise", "buy", "view", "review"],
            9,
            18,
        )
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in sorted(rng.sample(range(10), rng.randint(3, 6))):
            f.survey_high(c, f.rand_at(d, 8, 20), W.SURVEY_WORDS[c.lang])
    return f


def away_days(rng: Random, bad: int, total: int, n: int) -> list[int]:
    days = [d for d in range(total) if d <= bad - 2 or d >= bad + 3]
    return sorted(rng.sample(days, min(n, len(days))))


def one_bad_day(reg: Registry) -> Fam:
    f = Fam(
        reg,
        2,
        "one_bad_day",
        "BD",
        start_of(2026, 4, 20),
        12,
        "happy customers with one angry message on one day, and controls",
    )
    rng = f.rng
    channels = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    problems = list(W.PROBLEMS) * 4
    rng.shuffle(problems)
    with_case = [i for i, ch in enumerate(channels) if ch != "social"]
    detractors = set(rng.sample(with_case, 6))
    csat_low = set(rng.sample([i for i in with_case if i not in detractors], 5))
    fixed = rng.sample(with_case, 12)
    apologising = set(fixed[:5])
    long_langs = ["de", "de", "fr", "fr"]
    for i, channel in enumerate(channels):
        lang = long_langs.pop() if channel == "long" else None
        det = i in detractors
        c = f.person(
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            lang=lang,
            expected=["detractor"] if det else [],
            tolerated=["silence"],
        )
        bad = rng.randint(2, 9)
        f.happy_days(c, away_days(rng, bad, 12, rng.randint(1, 5)), NOSURVEY_KINDS)
        ts = f.rand_at(bad, 8, 20)
        eid, case = f.complaint(c, ts, problems[i], channel)
        t = c.truth
        t.update(
            problem=problems[i],
            channel={"long": "email"}.get(channel, channel),
            booking=case,
            bad_day_at=iso(ts),
            bad_day_event_id=eid,
            long_email=channel == "long",
            trouble_starts_at=iso(ts),
        )
        t.update(nps_given=False, csat_given=False, agent_fixed=False, apologised=False)
        if case is not None:
            f.open_case(c, ts, "chat" if channel == "chat" else "email", case)
        if det:
            sid = f.add(
                c,
                f.after(ts, 100, 140),
                "survey",
                "survey_response",
                rng.choice(W.NPS_LOW_WORDS[c.lang]) or None,
                nps=rng.randint(1, 5),
                attrs={"survey": "nps"},
            )
            t.update(nps_given=True, nps=f.rows[-1][2]["scores"]["nps"], survey_event_id=sid)
        elif i in csat_low:
            sid = f.add(
                c,
                f.after(ts, 40, 80),
                "survey",
                "survey_response",
                rng.choice(W.CSAT_LOW_WORDS[c.lang]) or None,
                csat=rng.randint(1, 2),
                attrs={"survey": "csat"},
            )
            t.update(csat_given=True, csat=f.rows[-1][2]["scores"]["csat"], survey_event_id=sid)
        if case is not None and i in fixed:
            f.good_news(c, f.daytime(f.after(ts, 60, 240)), case)
            t["agent_fixed"] = True
            if i in apologising:
                at = f.daytime(f.after(ts, 16 * 60, 24 * 60))
                ch = rng.choice(["chat", "email"])
                aid = f.add(
                    c,
                    at,
                    ch,
                    "chat" if ch == "chat" else "message",
                    rng.choice(W.APOLOGY[c.lang]),
                    subject=None if ch == "chat" else W.RE_CASE[c.lang][0].format(case=case),
                )
                t.update(apologised=True, apology_at=iso(at), apology_event_id=aid)
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, sorted(rng.sample(range(12), rng.randint(4, 7))), HAPPY_KINDS)
    return f


def later_contact(
    f: Fam,
    c: Cust,
    ts: datetime,
    channel: str,
    number: int,
    case: str,
    problem: str,
    comp: str,
    lang: str | None = None,
) -> str:
    lang = lang or c.lang
    rng = f.rng
    d = f.desc(c, problem, lang)
    table = {2: W.LATER2, 3: W.LATER3}.get(number, W.LATER4)
    text = rng.choice(table[lang]).format(case=case, comp=comp, desc=d)
    subj = rng.choice(W.RE_CASE[lang]).format(case=case)
    if channel == "email":
        return f.add(c, ts, "email", "message", text, subject=subj)
    if channel == "chat":
        eid = f.add(c, ts, "chat", "chat", text)
        f.chat_answer(c, ts, W.URGENT[lang].format(case=case))
        return eid
    if channel == "phone":
        return f.add(c, ts, "phone", "call", speechify(text, lang, keep=(c.first, c.last)))
    if channel == "web":
        return f.add(c, ts, "web", "ticket", text, subject=subj, attrs={"page": "/help/contact"})
    return f.add(c, ts, "social", "mention", text)


def repeat_run(
    f: Fam,
    c: Cust,
    first_day: int,
    contacts: int,
    first_channel: str,
    quality: bool,
    langs: tuple[str, ...],
) -> None:
    rng = f.rng
    problem = rng.choice(W.PROBLEMS)
    comp = rng.choice(COMPETITORS)
    ts = f.rand_at(first_day, 8, 19)
    lang0 = langs[0]
    eid, case = f.complaint(c, ts, problem, first_channel, lang=lang0)
    assert case is not None
    if first_channel == "chat":
        f.chat_answer(c, ts, W.CHAT_CASE[lang0].format(case=case))
    if quality:
        subj, text = W.QUALITY[lang0]
        f.mail_out(
            c,
            f.daytime(f.after(ts, 90, 150)),
            subj.format(case=case),
            text.format(case=case, first=c.first, agent=f.agent()),
        )
    elif first_channel != "chat":
        f.open_case(c, ts, "email", case, lang=lang0)
    others = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != first_channel]
    chans = rng.sample(others, contacts - 1)
    ids = [eid]
    t = ts
    for k, ch in enumerate(chans, start=2):
        t = f.daytime(f.after(t, 4 * 60, 40 * 60))
        ids.append(
            later_contact(f, c, t, ch, k, case, problem, comp, lang=langs[(k - 1) % len(langs)])
        )
    c.truth.update(
        problem=problem,
        booking=case,
        contacts=contacts,
        channels=[first_channel, *chans],
        channel=first_channel,
        agent_passed_on=quality,
        problem_event_ids=ids,
        competitor=comp if contacts >= 3 else None,
        trouble_starts_at=iso(ts),
    )


def fixed_case(
    f: Fam, c: Cust, ts: datetime, channel: str, lang: str, confirm_lang: str, not_problem: str = ""
) -> dict[str, Any]:
    rng = f.rng
    problem = rng.choice([p for p in W.PROBLEMS if p != not_problem])
    eid, case = f.complaint(c, ts, problem, channel, lang=lang)
    assert case is not None
    f.open_case(c, ts, "chat" if channel == "chat" else "email", case, lang=lang)
    fixed_at = f.daytime(f.after(ts, 3 * 60, 20 * 60))
    f.good_news(c, fixed_at, case, lang=confirm_lang)
    confirm_channel = rng.choice(["email", "chat"])
    conf_at = f.daytime(f.after(fixed_at, 8 * 60, 30 * 60))
    cid = f.confirm(c, conf_at, case, confirm_channel, lang=confirm_lang)
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(ts),
        "fixed_at": iso(fixed_at),
        "confirmed_at": iso(conf_at),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": channel,
        "confirm_channel": confirm_channel,
    }


def repeat_contacts(reg: Registry) -> Fam:
    f = Fam(
        reg,
        3,
        "repeat_contacts",
        "RC",
        start_of(2026, 6, 1),
        10,
        "the same open problem raised again, against fixed problems, two problems and frequent writers",
    )
    rng = f.rng
    counts = [2] * 4 + [3] * 4 + [4] * 4
    rng.shuffle(counts)
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    rng.shuffle(firsts)
    quality = set(rng.sample(range(12), 6))
    for i in range(12):
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=REPEAT_TOL)
        for _ in range(rng.randint(1, 3)):
            f.happy(c, f.rand_at(0, 7, 12), rng.choice(NOSURVEY_KINDS))
        repeat_run(f, c, rng.randint(1, 4), counts[i], firsts[i], i in quality, (c.lang,))
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=["silence"])
        f.happy_days(c, [0], NOSURVEY_KINDS)
        case = fixed_case(
            f,
            c,
            f.rand_at(rng.randint(1, 5), 8, 19),
            rng.choice(["web", "email", "chat", "phone"]),
            c.lang,
            c.lang,
        )
        c.truth.update(problems=[case], trouble_starts_at=case["raised_at"])
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=["silence"])
        d1 = rng.randint(0, 2)
        a = fixed_case(
            f, c, f.rand_at(d1, 8, 18), rng.choice(["web", "email", "chat"]), c.lang, c.lang
        )
        b = fixed_case(
            f,
            c,
            f.rand_at(d1 + rng.randint(4, 5), 8, 18),
            rng.choice(["web", "email", "chat", "phone"]),
            c.lang,
            c.lang,
            not_problem=a["problem"],
        )
        c.truth.update(problems=[a, b], trouble_starts_at=a["raised_at"])
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.happy_days(
            c,
            sorted(rng.sample(range(10), rng.randint(5, 8))),
            ["chat", "chat", "mail", "mail", "phone", "buy", "praise"],
        )
    return f


def slide(f: Fam, c: Cust, start_day: int, span: int, langs: tuple[str, ...], nps: bool) -> None:
    rng = f.rng
    comp = rng.choice(COMPETITORS)
    ids: list[str] = []
    t0 = f.rand_at(start_day, 8, 18)
    prev: datetime | None = None
    ratings = ["3", "3", "2", "2", "1", "1"]
    fourth: datetime | None = None
    first_step = ""
    for step in range(6):
        ts = t0 + timedelta(seconds=int(span * 86400 * step / 5) + rng.randint(-3600, 3600))
        if prev is not None and ts < prev + timedelta(hours=1):
            ts = prev + timedelta(hours=1, minutes=rng.randint(0, 50))
        ts = f.daytime(ts)
        lang = langs[step % len(langs)]
        text = W.SLIDE[lang][step].format(comp=comp)
        ch = rng.choice(["social", "community", "review"])
        if ch == "review":
            eid = f.add(
                c, ts, "web", "review", text, attrs={"rating": ratings[step], "page": "/reviews"}
            )
        else:
            eid = f.add(c, ts, ch, "mention" if ch == "social" else "post", text)
        ids.append(eid)
        if prev is None:
            first_step = iso(ts)
        prev = ts
        if step == 3:
            fourth = ts
    c.truth.update(
        slide_event_ids=ids,
        slide_days=span,
        competitor=comp,
        trouble_starts_at=first_step,
        nps_given=nps,
    )
    if nps and fourth is not None:
        sid = f.add(
            c,
            f.daytime(f.after(fourth, 150, 210)),
            "survey",
            "survey_response",
            rng.choice(W.NPS_LOW_WORDS[langs[0]]) or None,
            nps=rng.randint(1, 5),
            attrs={"survey": "nps"},
        )
        c.truth.update(nps=f.rows[-1][2]["scores"]["nps"], survey_event_id=sid)


def slow_churners(reg: Registry) -> Fam:
    f = Fam(
        reg,
        4,
        "slow_churners",
        "SC",
        start_of(2026, 7, 6),
        32,
        "a sustained slide from happy, leavers, steady, steadily grumpy and sarcastic customers",
    )
    rng = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    rng.shuffle(spans)
    with_nps = set(rng.sample(range(10), 5))
    for i in range(10):
        det = i in with_nps
        c = f.person(
            "slow_churner",
            "slides",
            expected=["sentiment_drop", "detractor"] if det else ["sentiment_drop"],
            tolerated=SLIDE_TOL,
        )
        n_praise, n_other = rng.randint(4, 5), rng.randint(2, 4)
        days = sorted(rng.sample(range(11), min(11, n_praise + n_other)))
        kinds = ["praise"] * n_praise + [rng.choice(OTHER_KINDS) for _ in range(n_other)]
        rng.shuffle(kinds)
        for d, k in zip(days, kinds, strict=False):
            f.happy(c, f.rand_at(d, 7, 20), "again" if k == "praise" and rng.random() < 0.25 else k)
        slide(f, c, rng.randint(12, 16), spans[i], (c.lang,), det)
    for _ in range(5):
        c = f.person(
            "slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=LEAVE_TOL
        )
        f.happy_days(c, sorted(rng.sample(range(16), rng.randint(4, 6))), NOSURVEY_KINDS)
        ts = f.rand_at(rng.randint(17, 23), 8, 20)
        subj, text = rng.choice(W.LEAVE[c.lang])
        eid = f.add(
            c, ts, "email", "message", text.format(first=c.first, last=c.last), subject=subj
        )
        bs, bt = W.BYE[c.lang]
        f.mail_out(
            c, f.daytime(f.after(ts, 60, 300)), bs, bt.format(first=c.first, agent=f.agent())
        )
        cat = f.daytime(f.after(ts, 20 * 60, 30 * 60))
        cid = f.add(
            c, cat, "web", "cancellation", attrs={"page": "/account/cancel", "product": PLUS_LABEL}
        )
        c.truth.update(
            churn_intent_event_id=eid,
            cancellation_event_id=cid,
            churn_at=iso(cat),
            trouble_starts_at=iso(ts),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, sorted(rng.sample(range(32), rng.randint(6, 10))), HAPPY_KINDS)
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        d = rng.randint(0, 4)
        ids = []
        grumbles = list(W.GRUMBLES[c.lang])
        rng.shuffle(grumbles)
        for g in range(rng.randint(5, 7)):
            ts = f.rand_at(d, 7, 21)
            text = grumbles[g % len(grumbles)]
            ch = rng.choice(["social", "community", "web", "review"])
            if ch == "web":
                ids.append(f.add(c, ts, "web", "ticket", text, attrs={"page": "/help/contact"}))
            elif ch == "review":
                ids.append(
                    f.add(c, ts, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            else:
                ids.append(f.add(c, ts, ch, "mention" if ch == "social" else "post", text))
            d += rng.randint(1, 3)
            if d > 31:
                break
        for _ in range(rng.randint(0, 2)):
            f.happy(c, f.rand_at(rng.randint(0, 31), 8, 20), "buy")
        first_ts = min(r[0] for r in f.rows if r[2]["event_id"] in ids)
        c.truth.update(grumble_event_ids=ids, trouble_starts_at=iso(first_ts))
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        f.happy_days(c, sorted(rng.sample(range(17), rng.randint(4, 6))), HAPPY_KINDS)
        ts = f.rand_at(rng.randint(17, 28), 8, 21)
        ch = rng.choice(["social", "community"])
        sid = f.add(
            c, ts, ch, "mention" if ch == "social" else "post", rng.choice(W.SARCASM[c.lang])
        )
        c.truth.update(sarcasm_event_id=sid)
    return f


def quiet_hours(reg: Registry) -> Fam:
    f = Fam(
        reg,
        5,
        "quiet_hours",
        "QH",
        start_of(2026, 8, 28),
        3,
        "a calm summer weekend with night owls in bursts; no spike",
    )
    rng = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in sorted(rng.sample(range(3), rng.randint(1, 3))):
            f.happy(c, f.rand_at(d, 7, 17.5), rng.choice(HAPPY_KINDS))
    for k in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        ts = f.rand_at(rng.randint(0, 2), 8, 17)
        f.happy(c, ts, rng.choice(["view", "buy"]))
        gt = f.after(ts, 20, 30)
        q, a = rng.choice(W.MILD[c.lang])
        if k < 2:
            gid = f.add(c, gt, "chat", "chat", q)
            f.chat_answer(c, gt, a)
        else:
            gid = f.add(c, gt, "web", "ticket", q, attrs={"page": "/help/contact"})
            s, t = W.FORM_ACK[c.lang]
            f.mail_out(c, f.after(gt, 30, 120), s, t.format(first=c.first, agent=f.agent()))
        c.truth.update(grumble_event_id=gid, trouble_starts_at=iso(gt))
    day_owls = set(rng.sample(range(36), 18))
    owl = 0
    for night in (1, 2, 3):
        b1 = f.at(night, 0) + timedelta(seconds=rng.randint(40 * 60, 65 * 60))
        bursts = [
            b1,
            b1 + timedelta(seconds=rng.randint(28 * 60, 33 * 60)),
            b1 + timedelta(seconds=rng.randint(55 * 60, 65 * 60)),
        ]
        for m, bstart in enumerate(bursts, start=1):
            for _ in range(4):
                c = f.person("night_owl", f"night {night}, burst {m}", burst_at=iso(bstart))
                ts = bstart + timedelta(seconds=rng.randint(0, 9 * 60 + 59))
                if rng.random() < 0.5:
                    q, a = rng.choice(W.NIGHT_CHAT[c.lang])
                    nid = f.add(c, ts, "chat", "chat", q)
                    ans = f.after(ts, 2, 4)
                    f.add(c, ans, "chat", "chat", a, out=True)
                    f.add(c, f.after(ans, 1, 3), "chat", "chat", rng.choice(W.THANKS[c.lang]))
                else:
                    ch = rng.choice(["social", "community"])
                    nid = f.add(
                        c,
                        ts,
                        ch,
                        "mention" if ch == "social" else "post",
                        rng.choice(W.NIGHT_POST[c.lang]),
                    )
                c.truth["night_event_id"] = nid
                if owl in day_owls:
                    f.happy(
                        c,
                        f.rand_at(rng.randint(0, 2), 9, 17.5),
                        rng.choice(["praise", "buy", "view", "review", "chat"]),
                    )
                owl += 1
    return f


SECOND_REASONS = [
    "partner speaks {l2} at home",
    "works for a cross-border firm in {l2}",
    "grew up in a {l2}-speaking family",
    "studied in {l2} and still writes in it",
    "the children go to a {l2} school",
]


def pair_market(rng: Random, l1: str, l2: str) -> str:
    both = [m for m, spoken in SPOKEN.items() if l1 in spoken and l2 in spoken]
    if both and rng.random() < 0.6:
        return rng.choice(both)
    return rng.choice(MARKETS[l1] if rng.random() < 0.7 else MARKETS[l2])


def bilingual(reg: Registry) -> Fam:
    f = Fam(
        reg,
        6,
        "bilingual",
        "BL",
        start_of(2026, 9, 21),
        14,
        "customers who write in two languages, with repeat contacts, slides, bad days and fixed problems",
    )
    rng = f.rng
    pairs = (
        [("de", "fr")] * 4
        + [("fr", "de")] * 4
        + [("de", "en")] * 2
        + [("fr", "en")] * 2
        + [("en", "fr")] * 2
    )
    pairs += [
        ("de", "it"),
        ("it", "de"),
        ("fr", "es"),
        ("es", "fr"),
        ("fr", "pt"),
        ("pt", "fr"),
        ("de", "es"),
        ("es", "de"),
        ("it", "fr"),
        ("en", "de"),
        ("pt", "de"),
        ("fr", "it"),
        ("de", "pt"),
    ]
    rng.shuffle(pairs)
    long_pair = next(p for p in pairs if p[1] in ("de", "fr"))
    pairs.remove(long_pair)

    def who(persona: str, habit: str, pair: tuple[str, str], **kw: Any) -> Cust:
        market = pair_market(rng, *pair)
        reason = rng.choice(SECOND_REASONS).format(l2=LANG_NAMES[pair[1]])
        return f.person(
            persona,
            habit,
            lang=pair[0],
            country=market,
            languages=list(pair),
            job_second_language=reason,
            **kw,
        )

    for _ in range(12):
        p = pairs.pop()
        c = who("happy", "alternates languages", p)
        f.happy_days(c, sorted(rng.sample(range(14), rng.randint(5, 8))), HAPPY_KINDS, lang_cycle=p)
    for n in [2, 2, 3, 3, 4]:
        p = pairs.pop()
        c = who("repeat_contact", "repeats", p, expected=["repeat_contact"], tolerated=REPEAT_TOL)
        f.happy_days(
            c, sorted(rng.sample(range(2), rng.randint(1, 2))), NOSURVEY_KINDS, lang_cycle=p
        )
        repeat_run(f, c, rng.randint(2, 5), n, rng.choice(["web", "email", "chat"]), n >= 3, p)
    for _ in range(5):
        p = pairs.pop()
        c = who("slow_churner", "slides", p, expected=["sentiment_drop"], tolerated=SLIDE_TOL)
        days = sorted(rng.sample(range(6), 5))
        for k, d in enumerate(days):
            f.happy(c, f.rand_at(d, 7, 20), "praise", lang=p[k % 2])
        f.happy_days(
            c, sorted(rng.sample(range(6), rng.randint(1, 3))), OTHER_KINDS, lang_cycle=(p[1], p[0])
        )
        slide(f, c, rng.randint(7, 8), rng.randint(3, 5), p, False)
    for k, channel in enumerate(["long", "email", "chat"]):
        p = long_pair if k == 0 else pairs.pop()
        c = who("happy_one_bad_day", "one bad day", p, tolerated=["silence"])
        bad = rng.randint(3, 9)
        f.happy_days(c, away_days(rng, bad, 14, rng.randint(1, 4)), NOSURVEY_KINDS)
        ts = f.rand_at(bad, 8, 20)
        problem = rng.choice(W.PROBLEMS)
        eid, case = f.complaint(c, ts, problem, channel, lang=p[1])
        assert case is not None
        f.open_case(c, ts, "chat" if channel == "chat" else "email", case, lang=p[1])
        t = c.truth
        t.update(
            problem=problem,
            channel="email" if channel == "long" else channel,
            booking=case,
            bad_day_at=iso(ts),
            bad_day_event_id=eid,
            bad_day_language=p[1],
            long_email=channel == "long",
            trouble_starts_at=iso(ts),
            agent_fixed=False,
            apologised=False,
            nps_given=False,
            csat_given=False,
        )
        if channel in ("long", "email"):
            f.good_news(c, f.daytime(f.after(ts, 60, 240)), case, lang=p[1])
            t["agent_fixed"] = True
        if channel == "email":
            at = f.daytime(f.after(ts, 18 * 60, 24 * 60))
            aid = f.add(c, at, "chat", "chat", rng.choice(W.APOLOGY[p[1]]))
            t.update(apologised=True, apology_at=iso(at), apology_event_id=aid)
    for _ in range(2):
        p = pairs.pop()
        c = who("resolved_between_contacts", "fixed", p, tolerated=["silence"])
        f.happy_days(
            c, sorted(rng.sample(range(3), rng.randint(1, 2))), NOSURVEY_KINDS, lang_cycle=p
        )
        fixed_one = fixed_case(f, c, f.rand_at(rng.randint(3, 8), 8, 18), "web", p[0], p[1])
        c.truth.update(
            problems=[fixed_one], trouble_starts_at=fixed_one["raised_at"], confirm_language=p[1]
        )
    assert not pairs
    return f


def b2b_accounts(reg: Registry) -> Fam:
    f = Fam(
        reg,
        7,
        "b2b_accounts",
        "BB",
        start_of(2026, 10, 12),
        14,
        "Valizo Pro: firms on account, five at risk with one shared problem",
    )
    rng = f.rng
    plan: list[tuple[str, int, str | None, int]] = [
        ("at_risk", 4, "portal", 3),
        ("at_risk", 4, "invoice", 3),
        ("at_risk", 6, "overbilled", 4),
        ("at_risk", 5, "invoice", 4),
        ("at_risk", 5, "service_blocked", 3),
        ("one_unhappy", 3, "service_blocked", 1),
        ("one_unhappy", 3, "overbilled", 1),
        ("one_unhappy", 3, "portal", 1),
        ("one_unhappy", 3, "invoice", 1),
        ("mild", 4, None, 2),
        ("mild", 3, None, 2),
        ("mild", 4, None, 2),
        ("happy", 4, None, 0),
        ("happy", 4, None, 0),
        ("happy", 4, None, 0),
    ]
    weekdays = [d for d in range(12) if (f.start + timedelta(days=d)).weekday() < 5]
    last_by_mail = rng.randrange(5)
    risk_no = 0

    def routine(c: Cust, ts: datetime, allow_high: bool) -> None:
        kinds = (
            ["chat", "chat", "hire", "portal", "praise", "survey"]
            if allow_high
            else ["chat", "hire", "portal"]
        )
        kind = rng.choice(kinds)
        if kind == "chat":
            q, a = rng.choice(B.CHAT_Q[c.lang])
            f.add(c, ts, "chat", "chat", q)
            f.chat_answer(c, ts, a, thanks=0.6)
        elif kind == "hire":
            label, eur, page = rng.choice(B.PRODUCTS)
            f.add(c, ts, "web", "page_view", attrs={"page": page})
            f.add(
                c, f.after(ts, 3, 20), "web", "purchase", attrs=f.price_attrs(c, eur, label, page)
            )
        elif kind == "portal":
            f.add(c, ts, "web", "page_view", attrs={"page": rng.choice(B.PORTAL_PAGES)})
        elif kind == "praise":
            f.add(c, ts, "community", "post", rng.choice(B.PRAISE[c.lang]))
        else:
            f.survey_high(c, ts, B.SURVEY_WORDS[c.lang])

    for (company, site, market, lang, domain), (kind, n_contacts, problem, n_unhappy) in zip(
        B.COMPANIES, plan, strict=True
    ):
        while True:
            acc = f"VZP-{market}-{rng.randint(1000, 9999)}"
            if reg.take("account:" + acc):
                break
        firsts = rng.sample(W.FIRST[lang], n_contacts)
        titles = rng.sample(B.JOB_TITLES, n_contacts)
        contacts: list[Cust] = []
        for k in range(n_contacts):
            unhappy = k < n_unhappy
            if kind == "at_risk" and unhappy:
                persona, role = "b2b_unhappy", "complainer"
                last_one = k == n_unhappy - 1
                expected = ["repeat_contact"] if last_one else ["detractor"]
                tolerated = B2B_RISK_TOL
            elif kind == "one_unhappy" and unhappy:
                persona, role, expected, tolerated = (
                    "b2b_one_unhappy",
                    "complainer",
                    ["detractor"],
                    B2B_ONE_TOL,
                )
            elif kind == "mild" and unhappy:
                persona, role, expected, tolerated = "b2b_mild", "suggests", [], ["silence"]
            else:
                persona, role, expected, tolerated = "b2b_happy", "contact", [], []
            c = f.person(
                persona,
                role,
                lang=lang,
                country=market,
                expected=expected,
                tolerated=tolerated,
                segment="b2b",
                account=acc,
                domain=domain,
                first=firsts[k],
                job=titles[k],
                company=company,
                role=role,
                job_title=titles[k],
            )
            contacts.append(c)
        unhappy_keys = (
            [c.key for c in contacts[:n_unhappy]] if kind in ("at_risk", "one_unhappy") else []
        )
        trouble: str | None = None
        for k, c in enumerate(contacts):
            if k >= n_unhappy or kind == "happy":
                for d in sorted(rng.sample(weekdays, rng.randint(2, 5))):
                    routine(c, f.rand_at(d, 8, 16.5), True)
            else:
                for _ in range(rng.randint(0, 2)):
                    routine(c, f.rand_at(rng.randint(0, 1), 8, 16.5), False)
        if kind == "at_risk":
            assert problem is not None
            case = f.new_case()
            first_c = contacts[0]
            ts = f.rand_at(2, 8.5, 11)
            first_ts = ts
            trouble = iso(ts)
            comp = rng.choice(COMPETITORS)
            for k in range(n_unhappy):
                c = contacts[k]
                d = B.PROBLEM[lang][problem].format(company=company)
                subj = W.COMPLAINT_SUBJECT[lang].format(topic=B.TOPIC[lang][problem])
                if k == 0:
                    text = rng.choice(B.FIRST_COMPLAINT[lang]).format(desc=d, first=c.first)
                else:
                    ts = f.office(f.after(ts, 8 * 60, 28 * 60))
                    day = (
                        B.THIS_MORNING[lang]
                        if ts.date() == first_ts.date()
                        else B.WEEKDAYS[lang][first_ts.weekday()]
                    )
                    text = rng.choice(B.LATER_COMPLAINT[lang]).format(
                        desc=d, first=c.first, name=first_c.first, day=day, case=case
                    )
                    subj = rng.choice(W.RE_CASE[lang]).format(case=case)
                eid = f.add(c, ts, "email", "message", text, subject=subj)
                ids = [eid]
                if k == 0:
                    s, t = B.ACK[lang]
                    f.mail_out(
                        c,
                        f.after(ts, 20, 90),
                        s.format(case=case),
                        t.format(case=case, first=c.first, agent=f.agent()),
                    )
                if k < n_unhappy - 1:
                    sid = f.add(
                        c,
                        f.after(ts, 60, 180),
                        "survey",
                        "survey_response",
                        rng.choice(W.NPS_LOW_WORDS[lang]) or None,
                        nps=rng.randint(1, 5),
                        attrs={"survey": "nps"},
                    )
                    c.truth.update(
                        nps_given=True, nps=f.rows[-1][2]["scores"]["nps"], survey_event_id=sid
                    )
                else:
                    t2 = f.office(f.after(ts, 18 * 60, 40 * 60))
                    if risk_no == last_by_mail:
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "email",
                                "message",
                                B.LAST_MAIL[lang].format(case=case, comp=comp, first=c.first),
                                subject=rng.choice(W.RE_CASE[lang]).format(case=case),
                            )
                        )
                        c.truth["competitor"] = comp
                    else:
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "phone",
                                "call",
                                rng.choice(B.LAST_CALL[lang]).format(
                                    case=case, first=c.first, company=company
                                ),
                            )
                        )
                        c.truth["competitor"] = None
                    c.truth.update(nps_given=False)
                c.truth.update(
                    problem=problem,
                    booking=case,
                    complaint_event_ids=ids,
                    trouble_starts_at=iso(ts),
                )
            risk_no += 1
        elif kind == "one_unhappy":
            assert problem is not None
            c = contacts[0]
            case = f.new_case()
            ts = f.office(f.rand_at(rng.randint(3, 7), 8, 16.5))
            eid = f.add(
                c,
                ts,
                "email",
                "message",
                rng.choice(B.FIRST_COMPLAINT[lang]).format(
                    desc=B.PROBLEM[lang][problem].format(company=company), first=c.first
                ),
                subject=W.COMPLAINT_SUBJECT[lang].format(topic=B.TOPIC[lang][problem]),
            )
            s, t = B.ACK[lang]
            f.mail_out(
                c,
                f.after(ts, 20, 90),
                s.format(case=case),
                t.format(case=case, first=c.first, agent=f.agent()),
            )
            sid = f.add(
                c,
                f.after(ts, 60, 180),
                "survey",
                "survey_response",
                rng.choice(W.NPS_LOW_WORDS[lang]) or None,
                nps=rng.randint(1, 5),
                attrs={"survey": "nps"},
            )
            c.truth.update(
                problem=problem,
                booking=case,
                complaint_event_ids=[eid],
                trouble_starts_at=iso(ts),
                nps_given=True,
                nps=f.rows[-1][2]["scores"]["nps"],
                survey_event_id=sid,
            )
        elif kind == "mild":
            for k in range(n_unhappy):
                c = contacts[k]
                ts = f.office(f.rand_at(rng.choice(weekdays[2:]), 8, 16))
                mid = f.add(
                    c,
                    ts,
                    "web",
                    "ticket",
                    B.MILD[lang][k % len(B.MILD[lang])],
                    attrs={"page": "/pro/portal/feedback"},
                )
                s, t = B.MILD_ACK[lang]
                f.mail_out(c, f.after(ts, 30, 180), s, t.format(first=c.first, agent=f.agent()))
                c.truth.update(mild_event_id=mid, trouble_starts_at=iso(ts))
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
        8,
        "topic_spike",
        "TS",
        start_of(2026, 11, 9),
        7,
        "a calm week and one planted spike on Saturday 14 November 2026 in the morning",
    )
    rng = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in sorted(rng.sample(range(6), rng.randint(1, 4))):
            ts = f.rand_at(d, 12, 19) if d == 5 else f.rand_at(d, 7, 19)
            f.happy(c, ts, rng.choice(HAPPY_KINDS))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        ts = f.rand_at(0, 9, 17)
        q, a = rng.choice(W.MILD[c.lang])
        gid = f.add(c, ts, "chat", "chat", q)
        f.chat_answer(c, ts, a)
        c.truth.update(grumble_event_id=gid, trouble_starts_at=iso(ts))
    for lang, hour in (("fr", 9 + 40 / 60), ("de", 16 + 5 / 60)):
        c = f.person("grumbles_once", "lone question", lang=lang, tolerated=["silence"])
        ts = f.at(4, hour)
        q, a = W.LONE_Q[lang]
        lid = f.add(c, ts, "chat", "chat", q)
        f.chat_answer(c, ts, a)
        c.truth.update(lone_report_event_id=lid, trouble_starts_at=iso(ts))
    langs = ["de"] * 6 + ["fr"] * 6 + ["en", "en", "es", "es", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(langs)
    rng.shuffle(chans)
    spike_day = 5
    early = sorted(rng.randint(1, 25 * 60) for _ in range(9))
    late = sorted(rng.randint(25 * 60 + 1, 45 * 60 - 1) for _ in range(9))
    offsets = [0, *early, *late, 45 * 60]
    times = [f.at(spike_day, 7 + 55 / 60) + timedelta(seconds=s) for s in offsets]
    order = list(range(20))
    rng.shuffle(order)
    regular = set(order[:12])
    early_idx = [i for i in range(20) if times[i] <= f.at(spike_day, 8 + 20 / 60)]
    repeaters = set(rng.sample(early_idx, 6))
    fixed = set(rng.sample([i for i in range(20) if i not in repeaters], 6))
    repeat_chans = ["email", "email", "chat", "chat", "community", "community"]
    rng.shuffle(repeat_chans)
    keys: list[str] = []
    ids: list[str] = []
    rids: list[str] = []
    for i in range(20):
        lang = langs[i]
        rep = i in repeaters
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if i in regular else "new",
            lang=lang,
            expected=["repeat_contact"] if rep else [],
            tolerated=["sentiment_drop", "silence"] if rep else ["silence"],
        )
        if i in regular:
            for d in sorted(rng.sample(range(2, 5), rng.randint(1, 3))):
                f.happy(c, f.rand_at(d, 8, 17.5), rng.choice(NOSURVEY_KINDS))
        ts = times[i]
        ch = chans[i]
        if ch in ("social", "community"):
            eid = f.add(
                c, ts, ch, "mention" if ch == "social" else "post", rng.choice(W.SPIKE_POST[lang])
            )
        elif ch == "chat":
            eid = f.add(c, ts, "chat", "chat", rng.choice(W.SPIKE_CHAT[lang]))
            f.chat_answer(c, ts, W.SPIKE_CHAT_ANSWER[lang])
        elif ch == "email":
            subj, text = rng.choice(W.SPIKE_MAIL[lang])
            eid = f.add(
                c, ts, "email", "message", text.format(first=c.first, last=c.last), subject=subj
            )
        else:
            eid = f.add(
                c,
                ts,
                "web",
                "ticket",
                rng.choice(W.SPIKE_FORM[lang]),
                subject=W.SPIKE_MAIL[lang][0][0],
                attrs={"page": "/help/contact"},
            )
        keys.append(c.key)
        ids.append(eid)
        t = c.truth
        t.update(
            in_spike=True,
            regular=i in regular,
            spike_event_id=eid,
            spike_channel=ch,
            trouble_starts_at=iso(ts),
            repeat_event_id=None,
            agent_fixed=False,
        )
        if rep:
            rch = repeat_chans.pop()
            if rch == ch:
                rch = {"email": "chat", "chat": "community", "community": "email"}[rch]
            rts = f.after(ts, 15, 50)
            text = rng.choice(W.SPIKE_REPEAT[lang])
            if rch == "email":
                rid = f.add(
                    c, rts, "email", "message", text, subject="Re: " + W.SPIKE_MAIL[lang][0][0]
                )
            elif rch == "chat":
                rid = f.add(c, rts, "chat", "chat", text)
                f.chat_answer(c, rts, W.SPIKE_CHAT_ANSWER[lang])
            else:
                rid = f.add(c, rts, "community", "post", text)
            rids.append(rid)
            t["repeat_event_id"] = rid
        if i in fixed:
            western = c.country in ("UK", "IE", "PT")
            local = "10:40" if western else "11:40"
            cur = CURRENCY.get(c.country, "EUR")
            credit = {"GBP": "£9", "CHF": "CHF 9"}.get(cur, "€10" if lang == "en" else "10 €")
            s, body = W.SPIKE_FIXED[lang]
            f.mail_out(
                c,
                f.at(spike_day, 11 + 5 / 60) + timedelta(seconds=rng.randint(0, 600)),
                s,
                body.format(first=c.first, local=local, credit=credit, agent=f.agent()),
            )
            t["agent_fixed"] = True
    f.spike = {
        "topic": f"luggage pick-ups refused: the app flags every bag as lithium dangerous goods, error {W.SPIKE_CODE}, so drivers leave suitcases, ski bags and bike boxes behind",
        "about": "Saturday-morning pick-ups refused by drivers because every send is wrongly flagged as containing lithium batteries",
        "channel": None,
        "start": iso(times[0]),
        "end": iso(times[-1]),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": ids,
        "repeat_event_ids": rids,
    }
    return f


FAMILIES = [
    (happy_writers, {}),
    (one_bad_day, {"detractor": 6}),
    (repeat_contacts, {"repeat_contact": 12}),
    (slow_churners, {"churn_intent": 5, "detractor": 5, "sentiment_drop": 10}),
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
        n = fam.write(dict(planted))
        print(f"{fam.name}: {n[0]} customers, {n[1]} touchpoints, {n[2]} agents' replies")
        total = [a + b for a, b in zip(total, n, strict=True)]
    print(f"total: {total[0]} customers, {total[1]} touchpoints, {total[2]} agents' replies")


if __name__ == "__main__":
    main()
