"""Build the heldout24 report-only scenario families (Lavanto, laundry collected at home).

Standard library only, seeded, deterministic: ``python make_heldout24.py`` writes
``<family>.jsonl`` and ``<family>.truth.json`` next to this file. See README.md.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from random import Random
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import wording_business as wb
import wording_happy as wh
import wording_trouble as wt

HERE = Path(__file__).resolve().parent
SEED = 20261105
BUSINESS = (
    "Lavanto: laundry and dry-cleaning collected and delivered at home"
    " (app, Lavanto Club, Lavanto Business)"
)
WRITTEN = "2026-12-01, blind (see README.md)"
FAMILIES = (
    "happy_writers",
    "one_bad_day",
    "repeat_contacts",
    "slow_churners",
    "quiet_hours",
    "bilingual",
    "b2b_accounts",
    "topic_spike",
)
CODES = {
    "happy_writers": "HW",
    "one_bad_day": "BD",
    "repeat_contacts": "RC",
    "slow_churners": "SC",
    "quiet_hours": "QH",
    "bilingual": "BL",
    "b2b_accounts": "BB",
    "topic_spike": "TS",
}
LANG_WEIGHTS = (("es", 28), ("en", 26), ("de", 12), ("fr", 12), ("it", 11), ("pt", 11))
LANG_MARKET = {"es": "ES", "de": "DE", "fr": "FR", "it": "IT", "pt": "PT"}
PHONE_CODE = {"ES": "34", "UK": "44", "IE": "353", "DE": "49", "FR": "33", "IT": "39", "PT": "351"}
PHONE_START = {"ES": "6", "UK": "7", "IE": "8", "DE": "15", "FR": "6", "IT": "3", "PT": "9"}
MAIL_DOMAINS = ("mail.example", "correo.example", "post.example", "inbox.example")
REPLY_PREFIX = {"es": "RE:", "en": "RE:", "de": "AW:", "fr": "RE :", "it": "R:", "pt": "RE:"}
CASE_WORD = {
    "es": "Caso",
    "en": "Case",
    "de": "Fall",
    "fr": "Dossier",
    "it": "Pratica",
    "pt": "Processo",
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
GENDER = re.compile(r"\[\[([^|\]]*)\|([^\]]*)\]\]")
SHARED: dict[str, set[str]] = {"email": set(), "phone": set(), "handle": set(), "ref": set()}


def ascii_name(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(ch for ch in decomposed if ch.isalpha() and ch.isascii())


def strip_accents(text: str) -> str:
    for a, b in (
        ("ä", "ae"),
        ("ö", "oe"),
        ("ü", "ue"),
        ("Ä", "Ae"),
        ("Ö", "Oe"),
        ("Ü", "Ue"),
        ("ß", "ss"),
    ):
        text = text.replace(a, b)
    out = []
    for ch in text:
        if ch in "ñÑ":
            out.append(ch)
            continue
        base = unicodedata.normalize("NFD", ch)
        out.append("".join(b for b in base if not unicodedata.combining(b)))
    return "".join(out)


def iso(at: datetime) -> str:
    return at.strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Cust:
    key: str
    name: str
    gender: str
    lang: str
    market: str
    email: str
    phone: str
    handle: str | None
    account_id: str | None
    company: str | None
    item_idx: int
    city: str
    truth: dict[str, Any]
    langs: list[str] = field(default_factory=list)

    def item(self, lang: str) -> str:
        items: list[str] = wh.ITEMS[lang]
        return str(items[self.item_idx % len(items)])


@dataclass
class Ev:
    eid: str
    at: datetime
    cust: Cust
    channel: str
    kind: str
    outbound: bool = False
    text: str | None = None
    subject: str | None = None
    scores: dict[str, int] = field(default_factory=dict)
    attrs: dict[str, str] = field(default_factory=dict)


class Fam:
    """One family: its customers, events and truth."""

    def __init__(self, name: str) -> None:
        n = FAMILIES.index(name) + 1
        start, days, about = SPEC[name]
        self.name = name
        self.code = CODES[name]
        self.rng = Random(SEED * 100 + n)
        self.seed = SEED * 100 + n
        self.start = start
        self.days = days
        self.about = about
        self.custs: dict[str, Cust] = {}
        self.events: list[Ev] = []
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.topic_spikes = 0

    # -- helpers -----------------------------------------------------------------------
    def at(self, day: float, h0: float, h1: float) -> datetime:
        hours = self.rng.uniform(h0, h1)
        return self.start + timedelta(days=day, seconds=int(hours * 3600))

    def pick(self, items: Sequence[Any]) -> Any:
        return items[self.rng.randrange(len(items))]

    def lang(self) -> str:
        total = sum(w for _, w in LANG_WEIGHTS)
        roll = self.rng.uniform(0, total)
        for lang, weight in LANG_WEIGHTS:
            roll -= weight
            if roll <= 0:
                return lang
        return "es"

    def market_for(self, lang: str) -> str:
        if lang == "en":
            return "IE" if self.rng.random() < 0.25 else "UK"
        return LANG_MARKET[lang]

    def new_ref(self) -> str:
        while True:
            ref = f"LV-{self.rng.randint(100000, 999999)}"
            if ref not in SHARED["ref"]:
                SHARED["ref"].add(ref)
                return ref

    def new_cust(
        self,
        persona: str,
        lang: str | None = None,
        market: str | None = None,
        habit: str | None = None,
        expected: Sequence[str] = (),
        tolerated: Sequence[str] = (),
        company: tuple[str, str, str] | None = None,
        account_id: str | None = None,
        taken: set[str] | None = None,
    ) -> Cust:
        lang = lang or self.lang()
        market = market or self.market_for(lang)
        while True:
            first, gender = self.pick(wh.FIRST_NAMES[lang])
            if taken is None or first not in taken:
                break
        if taken is not None:
            taken.add(first)
        surname = self.pick(wh.SURNAMES[lang])
        key = f"LV{self.code}{len(self.custs) + 1:04d}"
        base = f"{ascii_name(first)}.{surname}"
        if company is not None:
            email = f"{base}@{company[1]}"
        else:
            email = ""
            while not email or email in SHARED["email"]:
                email = f"{base}{self.rng.randint(1, 999)}@{self.pick(MAIL_DOMAINS)}"
        SHARED["email"].add(email)
        phone = ""
        while not phone or phone in SHARED["phone"]:
            digits = PHONE_START[market] + "".join(
                str(self.rng.randint(0, 9)) for _ in range(9 - len(PHONE_START[market]))
            )
            phone = f"+{PHONE_CODE[market]}{digits}"
        SHARED["phone"].add(phone)
        handle: str | None = None
        if company is None:
            while handle is None or handle in SHARED["handle"]:
                sep = self.pick(["_", "", "."])
                short = surname[: self.rng.randint(3, 6)]
                handle = f"@{ascii_name(first)}{sep}{short}{self.rng.randint(1, 99)}"
            SHARED["handle"].add(handle)
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": phone,
                "handle": handle,
                "account_id": account_id,
            },
            "expected_rules": list(expected),
            "tolerated_rules": list(tolerated),
            "persona": persona,
            "language": lang,
            "country": market,
            "segment": "b2b" if company else "consumer",
        }
        if habit:
            truth["habit"] = habit
        if company:
            truth["company"] = company[0]
        cust = Cust(
            key=key,
            name=first,
            gender=gender,
            lang=lang,
            market=market,
            email=email,
            phone=phone,
            handle=handle,
            account_id=account_id,
            company=company[0] if company else None,
            item_idx=self.rng.randrange(7),
            city=self.pick(wh.CITIES[market]),
            truth=truth,
            langs=[lang],
        )
        self.custs[key] = cust
        return cust

    def ev(
        self,
        c: Cust,
        at: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        outbound: bool = False,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> Ev:
        eid = f"lv24-{self.code.lower()}-{len(self.events) + 1:05d}"
        ev = Ev(eid, at, c, channel, kind, outbound, text, subject, scores or {}, attrs or {})
        self.events.append(ev)
        return ev

    def fill(self, c: Cust, tpl: str, lang: str, **kw: str) -> str:
        values = {
            "name": c.name,
            "item": c.item(lang),
            "city": c.city,
            "agent": self.pick(wh.AGENTS[lang]),
            "company": c.company or "",
        }
        values.update(kw)
        text = tpl.format(**values)
        text = GENDER.sub(lambda m: m.group(1) if c.gender == "f" else m.group(2), text)
        return text[:1].upper() + text[1:]

    def noisy(self, text: str) -> str:
        if self.rng.random() < 0.1:
            text = strip_accents(text)
        if self.rng.random() < 0.12:
            text = text[:1].lower() + text[1:]
        if self.rng.random() < 0.15:
            words = text.split(" ")
            long_ones = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha()]
            if long_ones:
                i = self.pick(long_ones)
                w = words[i]
                j = self.rng.randrange(1, len(w) - 2)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    def spoken(self, lang: str, clean: str) -> str:
        said = re.sub(r"[^\w\s']", " ", clean.lower())
        said = re.sub(r"\s+", " ", said).strip()
        return f"{self.pick(wh.PHONE_OPENERS[lang])} {said}"

    def money(self, c: Cust, euros: float) -> dict[str, str]:
        if c.market == "UK":
            return {"order_value": f"{euros * 0.9:.2f}", "currency": "GBP"}
        return {"order_value": f"{euros:.2f}", "currency": "EUR"}

    # -- happy acts ----------------------------------------------------------------------
    def happy(self, c: Cust, at: datetime, menu: str = "day", lang: str | None = None) -> list[Ev]:
        lang = lang or c.lang
        acts: dict[str, Sequence[str]] = {
            "day": (
                "praise",
                "praise",
                "mention",
                "again",
                "gripe",
                "question",
                "question",
                "phone",
                "purchase",
                "page",
                "review",
                "survey",
            ),
            "nosurvey": (
                "praise",
                "praise",
                "mention",
                "again",
                "gripe",
                "question",
                "phone",
                "purchase",
                "page",
                "review",
            ),
            "frequent": (
                "question",
                "question",
                "question",
                "phone",
                "phone",
                "praise",
                "again",
                "purchase",
            ),
            "praise": ("praise", "praise", "mention", "again"),
            "calm": (
                "praise",
                "question",
                "purchase",
                "page",
                "page",
                "review",
                "mention",
                "phone",
            ),
        }
        act = self.pick(acts[menu])
        return self.do_act(c, at, act, lang)

    def do_act(self, c: Cust, at: datetime, act: str, lang: str) -> list[Ev]:
        out: list[Ev] = []
        if act in ("praise", "again", "gripe"):
            table = {"praise": wh.PRAISE, "again": wh.AGAIN, "gripe": wh.GRIPE}[act]
            channel = self.pick(["social", "social", "community"])
            out.append(
                self.ev(
                    c, at, channel, "post", self.noisy(self.fill(c, self.pick(table[lang]), lang))
                )
            )
        elif act == "mention":
            out.append(
                self.ev(
                    c,
                    at,
                    "social",
                    "mention",
                    self.noisy(self.fill(c, self.pick(wh.MENTION[lang]), lang)),
                )
            )
        elif act == "question":
            out += self.question(c, at, lang, self.pick(["chat", "chat", "email"]))
        elif act == "phone":
            text = self.spoken(lang, self.fill(c, self.pick(wh.PHONE_Q[lang]), lang))
            out.append(self.ev(c, at, "phone", "call", text))
        elif act == "purchase":
            out.append(
                self.ev(
                    c,
                    at,
                    "web",
                    "page_view",
                    attrs={"page": self.pick(["/pricing", "/book", "/club"])},
                )
            )
            product, price = self.pick(wh.PRODUCTS)
            attrs = self.money(c, price) | {"product": product}
            out.append(
                self.ev(
                    c,
                    at + timedelta(minutes=self.rng.randint(2, 15)),
                    "web",
                    "purchase",
                    attrs=attrs,
                )
            )
        elif act == "page":
            out.append(self.ev(c, at, "web", "page_view", attrs={"page": self.pick(wh.PAGES)}))
        elif act == "review":
            text = self.noisy(self.fill(c, self.pick(wh.REVIEW[lang]), lang))
            out.append(
                self.ev(c, at, "web", "review", text, attrs={"rating": self.pick(["4", "5", "5"])})
            )
        elif act == "survey":
            out.append(self.happy_survey(c, at, lang))
        elif act == "night_post":
            channel = self.pick(["social", "community"])
            out.append(
                self.ev(
                    c,
                    at,
                    channel,
                    "post",
                    self.noisy(self.fill(c, self.pick(wh.NIGHT_POST[lang]), lang)),
                )
            )
        elif act == "night_q":
            q, a, t = self.pick(wh.NIGHT_Q[lang])
            out += self.chain(c, at, "chat", lang, q, a, t)
        else:
            raise ValueError(act)
        return out

    def happy_survey(self, c: Cust, at: datetime, lang: str) -> Ev:
        kind = self.pick(["nps", "nps", "csat", "ces"])
        score = {
            "nps": self.rng.randint(9, 10),
            "csat": self.rng.randint(4, 5),
            "ces": self.rng.randint(6, 7),
        }[kind]
        return self.survey(c, at, kind, score, self.pick(wh.SURVEY_WORD[lang]))

    def survey(self, c: Cust, at: datetime, kind: str, score: int, word: str) -> Ev:
        """A survey answer: the score, and a word, an emoji or nothing."""
        attrs = {"survey": kind}
        return self.ev(
            c, at, "survey", "survey_response", word or None, None, False, {kind: score}, attrs
        )

    def question(self, c: Cust, at: datetime, lang: str, channel: str) -> list[Ev]:
        q, a, t = self.pick(wh.QUESTION[lang])
        subject = self.pick(wh.QUESTION_SUBJECT[lang]) if channel == "email" else None
        return self.chain(c, at, channel, lang, q, a, t, subject)

    def chain(
        self,
        c: Cust,
        at: datetime,
        channel: str,
        lang: str,
        q: str,
        a: str,
        t: str,
        subject: str | None = None,
    ) -> list[Ev]:
        kind = "chat" if channel == "chat" else "message"
        first = self.ev(c, at, channel, kind, self.noisy(self.fill(c, q, lang)), subject)
        delay = (
            timedelta(minutes=self.rng.randint(1, 6))
            if channel == "chat"
            else timedelta(minutes=self.rng.randint(20, 90))
        )
        reply_subject = f"{REPLY_PREFIX[lang]} {subject}" if subject else None
        answer = self.ev(
            c, at + delay, channel, kind, self.fill(c, a, lang), reply_subject, outbound=True
        )
        thanks_at = answer.at + timedelta(minutes=self.rng.randint(2, 30))
        thanks = self.ev(
            c, thanks_at, channel, kind, self.noisy(self.fill(c, t, lang)), reply_subject
        )
        return [first, answer, thanks]

    def spread(
        self,
        c: Cust,
        n: int,
        d0: float,
        d1: float,
        h0: float,
        h1: float,
        menu: str,
        avoid: Callable[[datetime], bool] | None = None,
        lang_of: Callable[[int], str] | None = None,
    ) -> list[Ev]:
        out: list[Ev] = []
        for k in range(n):
            for _try in range(200):
                at = self.at(self.rng.randrange(int(d0), int(d1)), h0, h1)
                if avoid is None or not avoid(at):
                    break
            out += self.happy(c, at, menu, lang_of(k) if lang_of else None)
        return out

    # -- trouble -------------------------------------------------------------------------
    def agent(
        self,
        c: Cust,
        at: datetime,
        table: dict[str, list[str]],
        lang: str,
        channel: str = "email",
        subject: str | None = None,
        **kw: str,
    ) -> Ev:
        kind = "chat" if channel == "chat" else "message"
        return self.ev(
            c,
            at,
            channel,
            kind,
            self.fill(c, self.pick(table[lang]), lang, **kw),
            subject,
            outbound=True,
        )

    def complaint(
        self, c: Cust, at: datetime, problem: str, channel: str, lang: str, long_mail: bool = False
    ) -> Ev:
        core = self.fill(c, self.pick(wt.CORE[lang][problem]), lang)
        end = self.fill(c, self.pick(wt.ANGRY_END[lang]), lang)
        subject = wt.SUBJECT[lang][problem]
        if channel == "email":
            body = f"{core} {end}"
            if long_mail:
                opening = self.fill(c, self.pick(wt.LONG_OPEN[lang]), lang)
                closing = self.fill(c, self.pick(wt.LONG_CLOSE[lang]), lang)
                body = f"{opening}\n\n{core} {end}\n\n{closing}"
            greeting = self.pick(wt.GREETING[lang])
            sign = self.fill(c, self.pick(wt.SIGN[lang]), lang)
            text = f"{greeting}\n\n{body}\n\n{sign}\n{c.name}"
            return self.ev(c, at, "email", "message", self.noisy(text), subject)
        if channel == "chat":
            return self.ev(c, at, "chat", "chat", self.noisy(f"{core} {end}"))
        if channel == "social":
            return self.ev(
                c,
                at,
                "social",
                "post",
                self.noisy(self.fill(c, self.pick(wt.SOCIAL[lang][problem]), lang)),
            )
        if channel == "web":
            return self.ev(c, at, "web", "ticket", self.noisy(core), subject)
        if channel == "phone":
            return self.ev(c, at, "phone", "call", self.spoken(lang, core))
        raise ValueError(channel)

    def follow(
        self, c: Cust, at: datetime, k: int, problem: str, ref: str, channel: str, lang: str
    ) -> Ev:
        what = self.fill(c, wt.WHAT[lang][problem], lang)
        what_mid = what[:1].lower() + what[1:]
        text = self.fill(
            c,
            self.pick(wt.FOLLOW[lang][k]),
            lang,
            ref=ref,
            what=what_mid,
            comp=self.pick(wt.COMPETITORS),
        )
        subject = f"{REPLY_PREFIX[lang]} {wt.SUBJECT[lang][problem]} [{ref}]"
        if channel == "email":
            return self.ev(c, at, "email", "message", self.noisy(text), subject)
        if channel == "chat":
            return self.ev(c, at, "chat", "chat", self.noisy(text))
        if channel == "social":
            return self.ev(c, at, "social", "post", self.noisy(f"@lavanto {text}"))
        if channel == "web":
            return self.ev(c, at, "web", "ticket", self.noisy(text), f"{CASE_WORD[lang]} {ref}")
        if channel == "phone":
            return self.ev(c, at, "phone", "call", self.spoken(lang, text))
        raise ValueError(channel)

    def low_survey(self, c: Cust, at: datetime, kind: str, lang: str) -> Ev:
        score = self.rng.randint(1, 5) if kind == "nps" else self.rng.randint(1, 2)
        return self.survey(c, at, kind, score, self.pick(wt.LOW_SURVEY[lang]))

    def mail_subject(self, lang: str, problem: str, ref: str) -> str:
        return f"{REPLY_PREFIX[lang]} {wt.SUBJECT[lang][problem]} [{ref}]"

    # -- output --------------------------------------------------------------------------
    def write(self, expected: dict[str, int]) -> tuple[int, int]:
        ordered = sorted(self.events, key=lambda e: (e.at, e.eid))
        seen: set[str] = set()
        lines: list[str] = []
        for e in ordered:
            c = e.cust
            full = e.outbound or c.key not in seen
            seen.add(c.key)
            ids: dict[str, str | None]
            if full:
                ids = {"customer_id": c.key, "email": c.email, "phone": c.phone, "handle": c.handle}
            elif e.channel == "phone":
                code = PHONE_CODE[c.market]
                phone = (
                    c.phone if self.rng.random() < 0.7 else f"+{code} {c.phone[len(code) + 1 :]}"
                )
                ids = {"customer_id": None, "email": None, "phone": phone, "handle": None}
            elif e.channel in ("social", "community"):
                if c.handle is None:
                    ids = {"customer_id": None, "email": c.email, "phone": None, "handle": None}
                else:
                    handle = c.handle if self.rng.random() < 0.8 else c.handle.lstrip("@")
                    ids = {"customer_id": None, "email": None, "phone": None, "handle": handle}
            elif e.channel == "email":
                email = c.email if self.rng.random() < 0.9 else c.email.upper()
                ids = {"customer_id": None, "email": email, "phone": None, "handle": None}
            else:
                ids = {"customer_id": c.key, "email": None, "phone": None, "handle": None}
            ids["account_id"] = c.account_id
            attrs = {"market": c.market} | ({"segment": "b2b"} if c.account_id else {}) | e.attrs
            row = {
                "event_id": e.eid,
                "occurred_at": iso(e.at),
                "channel": e.channel,
                "kind": e.kind,
                "direction": "outbound" if e.outbound else "inbound",
                "customer": ids,
                "text": e.text,
                "subject": e.subject,
                "scores": {k: e.scores.get(k) for k in ("nps", "csat", "ces")},
                "source": "lavanto-"
                + {
                    "email": "mail",
                    "phone": "voice",
                    "social": "social",
                    "community": "forum",
                    "chat": "chat",
                    "web": "web",
                    "survey": "survey",
                }[e.channel],
                "attributes": attrs,
            }
            lines.append(json.dumps(row, ensure_ascii=False))
        end = self.start + timedelta(days=self.days)
        last = ordered[-1].at + timedelta(hours=1)
        end = max(end, last)
        counted: dict[str, int] = {}
        for c in self.custs.values():
            for rule in c.truth["expected_rules"]:
                counted[rule] = counted.get(rule, 0) + 1
        for acc in self.accounts.values():
            for rule in acc["expected_rules"]:
                counted[rule] = counted.get(rule, 0) + 1
        if self.spike:
            counted["topic_spike"] = 1
        if counted != expected:
            raise SystemExit(f"{self.name}: expected {expected}, planted {counted}")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": BUSINESS,
                "days": self.days,
                "seed": self.seed,
                "written": WRITTEN,
                "expected": expected,
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: c.truth for k, c in sorted(self.custs.items())},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        return len(self.custs), len(lines)


def own_lang(c: Cust) -> Callable[[int], str]:
    def lang_of(_k: int) -> str:
        return c.lang

    return lang_of


def out_of_night(fam: Fam, at: datetime) -> datetime:
    if at.hour >= 22:
        base = (at + timedelta(days=1)).replace(hour=7, minute=0, second=0)
        return base + timedelta(seconds=fam.rng.randint(0, 5400))
    if at.hour < 7:
        return at.replace(hour=7, minute=0, second=0) + timedelta(seconds=fam.rng.randint(0, 5400))
    return at


def d(year: int, month: int, day: int) -> datetime:
    return datetime(year, month, day, tzinfo=UTC)


#: Each family: its start (a midnight UTC), its length in days and what it is about.
SPEC: dict[str, tuple[datetime, int, str]] = {
    "happy_writers": (
        d(2026, 2, 9),
        10,
        "happy households, night writers and survey answerers: nothing to warn about",
    ),
    "one_bad_day": (
        d(2026, 4, 20),
        12,
        "happy households with one angry moment (some give a low score); controls",
    ),
    "repeat_contacts": (
        d(2026, 5, 18),
        10,
        "one open problem raised 2-4 times; fixed cases; two different problems; frequent writers",
    ),
    "slow_churners": (
        d(2026, 6, 8),
        32,
        "slow slides from a happy baseline, leavers, steady, grumpy and sarcastic customers",
    ),
    "quiet_hours": (
        d(2026, 8, 21),
        3,
        "a calm summer weekend at low volume with night-owl bursts: no spike",
    ),
    "bilingual": (d(2026, 9, 14), 14, "customers who write in two languages, act by act"),
    "b2b_accounts": (
        d(2026, 10, 5),
        14,
        "Lavanto Business accounts: at-risk, one unhappy contact, mild remarks, happy",
    ),
    "topic_spike": (
        d(2026, 11, 2),
        7,
        "a calm stream and a planted spike: a payment error at checkout when booking a pick-up",
    ),
}


# -- families ------------------------------------------------------------------------------
def happy_writers() -> Fam:
    fam = Fam("happy_writers")
    for _ in range(180):
        c = fam.new_cust("happy", habit="day writer")
        fam.spread(c, fam.rng.randint(5, 9), 0, 10, 7, 21.5, "day")
    for _ in range(55):
        c = fam.new_cust("happy", habit="night writer")
        n = fam.rng.randint(4, 7)
        nights = fam.rng.randint(2, min(4, n))
        for _i in range(nights):
            at = fam.at(fam.rng.randrange(0, 9), 22.17, 28.5)
            lang = c.lang
            fam.do_act(c, at, fam.pick(["night_post", "night_q"]), lang)
        fam.spread(c, n - nights, 0, 10, 7, 21.5, "day")
    for _ in range(55):
        c = fam.new_cust("happy", habit="answers surveys")
        for _i in range(fam.rng.randint(3, 6)):
            fam.happy_survey(c, fam.at(fam.rng.randrange(0, 10), 8, 21), c.lang)
    return fam


def bad_day(
    fam: Fam,
    c: Cust,
    bad: datetime,
    problem: str,
    channel: str,
    lang: str,
    long_mail: bool,
    fixed: bool,
    apologise: bool,
) -> Callable[[datetime], bool]:
    """One angry moment, maybe the agent's "fixed" e-mail and the next day's apology.

    Returns the test of the times the customer's happy acts keep clear of.
    """
    e = fam.complaint(c, bad, problem, channel, lang, long_mail)
    c.truth |= {
        "problem": problem,
        "bad_day_at": iso(bad),
        "bad_day_event_id": e.eid,
        "channel": channel,
        "long_email": long_mail,
        "agent_fixed": fixed,
        "apologised": False,
    }
    apology_at: datetime | None = None
    if fixed:
        ref = fam.new_ref()
        subject = fam.mail_subject(lang, problem, ref)
        fixed_at = bad + timedelta(minutes=fam.rng.randint(60, 240))
        fam.agent(c, fixed_at, wt.FIXED, lang, subject=subject, ref=ref)
        c.truth["booking"] = ref
        if apologise:
            apology_at = out_of_night(fam, bad + timedelta(minutes=fam.rng.randint(960, 1560)))
            ch = fam.pick(["chat", "email"])
            text = fam.noisy(fam.fill(c, fam.pick(wt.APOLOGY[lang]), lang))
            kind = "chat" if ch == "chat" else "message"
            ap = fam.ev(c, apology_at, ch, kind, text, subject if ch == "email" else None)
            c.truth |= {
                "apologised": True,
                "apology_at": iso(apology_at),
                "apology_event_id": ap.eid,
            }

    def avoid(at: datetime) -> bool:
        if bad - timedelta(hours=10) <= at <= bad + timedelta(hours=7):
            return True
        if apology_at is None:
            return False
        return apology_at - timedelta(hours=8) <= at <= apology_at + timedelta(hours=4)

    return avoid


def one_bad_day() -> Fam:
    fam = Fam("one_bad_day")
    problems = [
        p for p, n in zip(wt.PROBLEMS, (52, 50, 49, 48, 46, 45), strict=True) for _ in range(n)
    ]
    channels = (
        ["long"] * 75
        + ["email"] * 55
        + ["chat"] * 50
        + ["social"] * 55
        + ["web"] * 30
        + ["phone"] * 25
    )
    fam.rng.shuffle(problems)
    fam.rng.shuffle(channels)
    roles = ["csat"] * 70 + ["nps"] * 38 + ["none"] * 182
    fam.rng.shuffle(roles)
    fixed = [True] * 160 + [False] * 130
    fam.rng.shuffle(fixed)
    apologies = 0
    for i in range(290):
        role = roles[i]
        if role == "nps":
            c = fam.new_cust("bad_day_detractor", expected=["detractor"], tolerated=["silence"])
        else:
            c = fam.new_cust("happy_one_bad_day", tolerated=["silence"])
        problem, channel = problems[i], channels[i]
        bad = fam.at(fam.rng.randint(2, 9), 8, 20)
        lang = c.lang
        fixed_now = fixed[i]
        apologise = fixed_now and apologies < 100
        apologies += apologise
        mail = "email" if channel == "long" else channel
        avoid = bad_day(fam, c, bad, problem, mail, lang, channel == "long", fixed_now, apologise)
        c.truth |= {"nps_given": role == "nps", "csat_given": role == "csat"}
        if role == "csat":
            s = fam.low_survey(c, bad + timedelta(minutes=fam.rng.randint(40, 80)), "csat", lang)
            c.truth |= {"csat": s.scores["csat"], "survey_event_id": s.eid}
        elif role == "nps":
            s = fam.low_survey(c, bad + timedelta(minutes=fam.rng.randint(100, 140)), "nps", lang)
            c.truth |= {"nps": s.scores["nps"], "survey_event_id": s.eid}
        fam.spread(c, fam.rng.randint(3, 5), 0, 12, 7, 21.5, "nosurvey", avoid)
    for _ in range(95):
        c = fam.new_cust("happy", habit="control")
        fam.spread(c, fam.rng.randint(4, 7), 0, 12, 7, 21.5, "day")
    return fam


def open_case(
    fam: Fam,
    c: Cust,
    t0: datetime,
    problem: str,
    contacts: int,
    lang_of: Callable[[int], str],
    passed_on: bool,
) -> None:
    """A problem raised ``contacts`` times, never fixed (repeat contact)."""
    ref = fam.new_ref()
    channels = ["email", "chat", "phone", "social", "web"]
    ch = fam.pick(channels)
    lang = lang_of(0)
    first = fam.complaint(c, t0, problem, ch, lang)
    ids = [first.eid]
    used = [ch]
    if passed_on:
        fam.agent(
            c,
            t0 + timedelta(minutes=fam.rng.randint(90, 150)),
            wt.PASSED_ON,
            lang,
            subject=fam.mail_subject(lang, problem, ref),
            ref=ref,
        )
    else:
        fam.agent(
            c,
            t0 + timedelta(minutes=fam.rng.randint(5, 30)),
            wt.CASE_OPENED,
            lang,
            subject=fam.mail_subject(lang, problem, ref),
            ref=ref,
        )
    at = t0
    for k in range(2, contacts + 1):
        at = out_of_night(fam, at + timedelta(minutes=fam.rng.randint(3 * 60, 40 * 60)))
        ch = fam.pick([x for x in channels if x != used[-1]])
        used.append(ch)
        e = fam.follow(c, at, k, problem, ref, ch, lang_of(k - 1))
        ids.append(e.eid)
    c.truth |= {
        "problem": problem,
        "booking": ref,
        "contacts": contacts,
        "channels": used,
        "agent_passed_on": passed_on,
        "problem_event_ids": ids,
        "trouble_starts_at": iso(t0),
    }


def fixed_case(
    fam: Fam, c: Cust, t0: datetime, problem: str, lang: str, confirm_lang: str
) -> dict[str, Any]:
    ref = fam.new_ref()
    ch = fam.pick(["email", "chat", "phone", "web"])
    first = fam.complaint(c, t0, problem, ch, lang)
    fam.agent(
        c,
        t0 + timedelta(minutes=fam.rng.randint(5, 30)),
        wt.CASE_OPENED,
        lang,
        subject=fam.mail_subject(lang, problem, ref),
        ref=ref,
    )
    fixed_at = out_of_night(fam, t0 + timedelta(minutes=fam.rng.randint(3 * 60, 20 * 60)))
    fam.agent(c, fixed_at, wt.FIXED, lang, subject=fam.mail_subject(lang, problem, ref), ref=ref)
    conf_at = out_of_night(fam, fixed_at + timedelta(minutes=fam.rng.randint(8 * 60, 30 * 60)))
    cch = fam.pick(["email", "chat"])
    text = fam.noisy(fam.fill(c, fam.pick(wt.CONFIRMED[confirm_lang]), confirm_lang, ref=ref))
    conf = fam.ev(
        c,
        conf_at,
        cch,
        "chat" if cch == "chat" else "message",
        text,
        fam.mail_subject(confirm_lang, problem, ref) if cch == "email" else None,
    )
    return {
        "problem": problem,
        "booking": ref,
        "raised_at": iso(t0),
        "fixed_at": iso(fixed_at),
        "confirmed_at": iso(conf_at),
        "problem_event_ids": [first.eid],
        "confirm_event_id": conf.eid,
        "channel": ch,
    }


def repeat_contacts() -> Fam:
    fam = Fam("repeat_contacts")
    counts = [2] * 42 + [3] * 50 + [4] * 28
    fam.rng.shuffle(counts)
    for i, n in enumerate(counts):
        c = fam.new_cust("repeat_contact", expected=["repeat_contact"], tolerated=REPEAT_TOLERATED)
        for _ in range(fam.rng.randint(1, 3)):
            fam.happy(c, fam.at(0, 7, 12), "nosurvey")
        t0 = fam.at(fam.rng.randint(1, 4), 8, 20)
        open_case(fam, c, t0, fam.pick(wt.PROBLEMS), n, own_lang(c), passed_on=i % 2 == 0)
    for _ in range(50):
        c = fam.new_cust("resolved_between_contacts", tolerated=["silence"])
        fam.spread(c, fam.rng.randint(1, 3), 0, 1, 7, 12, "nosurvey")
        case = fixed_case(
            fam, c, fam.at(fam.rng.randint(1, 5), 8, 19), fam.pick(wt.PROBLEMS), c.lang, c.lang
        )
        c.truth |= {"problems": [case], "trouble_starts_at": case["raised_at"]}
    for _ in range(38):
        c = fam.new_cust("different_problems", tolerated=["silence"])
        fam.spread(c, fam.rng.randint(1, 2), 0, 1, 7, 12, "nosurvey")
        p1, p2 = fam.rng.sample(list(wt.PROBLEMS), 2)
        t1 = fam.at(fam.rng.randint(1, 3), 8, 18)
        t2 = t1 + timedelta(minutes=fam.rng.randint(4 * 1440, int(5.5 * 1440)))
        t2 = out_of_night(fam, t2)
        cases = [
            fixed_case(fam, c, t1, p1, c.lang, c.lang),
            fixed_case(fam, c, t2, p2, c.lang, c.lang),
        ]
        c.truth |= {"problems": cases, "trouble_starts_at": cases[0]["raised_at"]}
    for _ in range(125):
        c = fam.new_cust("happy", habit="frequent writer")
        fam.spread(c, fam.rng.randint(5, 8), 0, 10, 7, 21.5, "frequent")
    return fam


def slide(
    fam: Fam, c: Cust, d0: float, span: int, lang_of: Callable[[int], str], nps: bool
) -> None:
    ids: list[str] = []
    comp = fam.pick(wt.COMPETITORS)
    ats = sorted(fam.at(d0 + round(step * span / 5), 8, 21) for step in range(6))
    first_at = ats[0]
    for step, at in enumerate(ats):
        lang = lang_of(step)
        text = fam.noisy(fam.fill(c, wt.SLIDE[lang][step], lang, comp=comp))
        ch = fam.pick(["social", "community", "chat", "review"])
        if ch == "review":
            e = fam.ev(c, at, "web", "review", text, attrs={"rating": str(max(1, 3 - step // 2))})
        elif ch == "chat":
            e = fam.ev(c, at, "chat", "chat", text)
        else:
            e = fam.ev(c, at, ch, "post", text)
        ids.append(e.eid)
        if step == 3 and nps:
            s = fam.low_survey(c, at + timedelta(minutes=fam.rng.randint(160, 200)), "nps", lang)
            c.truth |= {"nps_given": True, "nps": s.scores["nps"], "survey_event_id": s.eid}
    c.truth |= {"slide_event_ids": ids, "slide_days": span, "trouble_starts_at": iso(first_at)}


def slow_churners() -> Fam:
    fam = Fam("slow_churners")
    spans = [3] * 22 + [5] * 22 + [7] * 21 + [9] * 20
    fam.rng.shuffle(spans)
    for i, span in enumerate(spans):
        nps = i < 30
        expected = ["sentiment_drop", "detractor"] if nps else ["sentiment_drop"]
        c = fam.new_cust(
            "slow_churner", habit="slides", expected=expected, tolerated=SLIDER_TOLERATED
        )
        for _ in range(fam.rng.randint(4, 5)):
            fam.happy(c, fam.at(fam.rng.randint(0, 10), 8, 21), "praise")
        fam.spread(c, fam.rng.randint(2, 4), 0, 11, 8, 21, "nosurvey")
        slide(fam, c, fam.rng.randint(12, 18), span, own_lang(c), nps)
        c.truth.setdefault("nps_given", False)
    for _ in range(40):
        c = fam.new_cust(
            "slow_churner",
            habit="asks to cancel",
            expected=["churn_intent"],
            tolerated=["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
        )
        fam.spread(c, fam.rng.randint(4, 6), 0, 14, 8, 21, "nosurvey")
        ask = fam.at(fam.rng.randint(15, 25), 8, 20)
        lang = c.lang
        e = fam.ev(
            c,
            ask,
            "email",
            "message",
            fam.noisy(fam.fill(c, fam.pick(wt.CANCEL_REQUEST[lang]), lang)),
            wt.CANCEL_SUBJECT[lang],
        )
        fam.agent(
            c,
            ask + timedelta(minutes=fam.rng.randint(60, 300)),
            wt.CLOSE_YOURSELF,
            lang,
            subject=f"{REPLY_PREFIX[lang]} {wt.CANCEL_SUBJECT[lang]}",
        )
        cancel_at = ask + timedelta(minutes=fam.rng.randint(20 * 60, 30 * 60))
        reason = fam.pick(wt.CANCEL_REASON[lang])
        x = fam.ev(
            c, cancel_at, "web", "cancellation", reason or None, attrs={"page": "/account/close"}
        )
        c.truth |= {
            "churn_intent_event_id": e.eid,
            "cancellation_event_id": x.eid,
            "churn_at": iso(cancel_at),
            "trouble_starts_at": iso(ask),
        }
    for _ in range(75):
        c = fam.new_cust("happy", habit="steady")
        fam.spread(c, fam.rng.randint(6, 10), 0, 32, 7, 21.5, "day")
    for _ in range(42):
        c = fam.new_cust("steadily_grumpy", tolerated=["repeat_contact", "silence"])
        days = sorted(fam.rng.sample(range(0, 32, 2), fam.rng.randint(5, 8)))
        for day in days:
            ch = fam.pick(["social", "community", "chat"])
            text = fam.noisy(fam.fill(c, fam.pick(wt.GRUMPY[c.lang]), c.lang))
            fam.ev(c, fam.at(day, 8, 21), ch, "chat" if ch == "chat" else "post", text)
    for _ in range(42):
        c = fam.new_cust("happy_one_sarcastic_remark", tolerated=["silence"])
        fam.spread(c, fam.rng.randint(4, 7), 0, 32, 8, 21, "day")
        e = fam.ev(
            c,
            fam.at(fam.rng.randint(3, 28), 9, 21),
            "social",
            "post",
            fam.noisy(fam.fill(c, fam.pick(wt.SARCASM[c.lang]), c.lang)),
        )
        c.truth["sarcasm_event_id"] = e.eid
    return fam


def grumble_once(fam: Fam, c: Cust, at: datetime) -> None:
    lang = c.lang
    text = fam.noisy(fam.fill(c, fam.pick(wt.MILD[lang]), lang))
    if fam.rng.random() < 0.5:
        e = fam.ev(c, at, "chat", "chat", text)
        fam.agent(
            c, at + timedelta(minutes=fam.rng.randint(1, 6)), wt.MILD_ANSWER, lang, channel="chat"
        )
    else:
        e = fam.ev(c, at, "web", "ticket", text, fam.pick(wh.QUESTION_SUBJECT[lang]))
    c.truth["grumble_event_id"] = e.eid


def quiet_hours() -> Fam:
    fam = Fam("quiet_hours")
    for _ in range(170):
        c = fam.new_cust("happy", habit="day writer")
        fam.spread(c, fam.rng.randint(1, 4), 0, 3, 7, 19.5, "calm")
    for _ in range(24):
        c = fam.new_cust("grumbles_once", tolerated=["silence"])
        grumble_once(fam, c, fam.at(fam.rng.randint(0, 2), 8, 19))
    owl = 0
    for night_n in range(3):
        t = fam.start + timedelta(days=night_n + 1, minutes=fam.rng.randint(55, 75))
        for burst in range(3):
            for _ in range(5):
                owl += 1
                c = fam.new_cust("night_owl", habit=f"night {night_n + 1}, burst {burst + 1}")
                at = t + timedelta(seconds=fam.rng.randint(0, 600))
                fam.do_act(c, at, fam.pick(["night_post", "night_q"]), c.lang)
                c.truth["burst_at"] = iso(t)
                if owl % 3 == 0:
                    fam.happy(c, fam.at(fam.rng.randint(0, 2), 9, 19), "calm")
            t += timedelta(minutes=fam.rng.randint(25, 40))
    return fam


PAIRS = (
    ("es", "en", "UK", 38),
    ("en", "es", "ES", 34),
    ("es", "de", "DE", 28),
    ("en", "fr", "FR", 26),
    ("es", "it", "IT", 24),
    ("en", "pt", "PT", 22),
    ("es", "fr", "FR", 20),
    ("en", "de", "DE", 18),
    ("de", "es", "ES", 18),
    ("fr", "en", "UK", 16),
    ("pt", "es", "ES", 16),
    ("it", "en", "IE", 16),
)


def bilingual() -> Fam:
    fam = Fam("bilingual")
    slots = [(a, b, m) for a, b, m, n in PAIRS for _ in range(n)]
    fam.rng.shuffle(slots)
    roles = ["happy"] * 140 + ["repeat"] * 46 + ["slide"] * 32 + ["badday"] * 36 + ["fixed"] * 22
    fam.rng.shuffle(roles)
    repeats = [2] * 18 + [3] * 18 + [4] * 10
    bad_i = 0
    rep_i = 0
    for (a, b, market), role in zip(slots, roles, strict=True):
        if role == "happy":
            c = fam.new_cust("happy", a, market, habit="alternates languages")
        elif role == "repeat":
            c = fam.new_cust(
                "repeat_contact", a, market, expected=["repeat_contact"], tolerated=REPEAT_TOLERATED
            )
        elif role == "slide":
            c = fam.new_cust(
                "slow_churner",
                a,
                market,
                habit="slides",
                expected=["sentiment_drop"],
                tolerated=SLIDER_TOLERATED,
            )
        elif role == "badday":
            c = fam.new_cust("happy_one_bad_day", a, market, tolerated=["silence"])
        else:
            c = fam.new_cust("resolved_between_contacts", a, market, tolerated=["silence"])
        c.langs = [a, b]
        c.truth["languages"] = [a, b]

        def alt(k: int, c: Cust = c) -> str:
            return c.langs[k % 2]

        if role == "happy":
            ats = sorted(
                fam.at(fam.rng.randint(0, 13), 7, 21.5) for _ in range(fam.rng.randint(5, 8))
            )
            for k, at in enumerate(ats):
                fam.happy(c, at, "day", alt(k))
        elif role == "repeat":
            for k in range(fam.rng.randint(1, 3)):
                fam.happy(c, fam.at(0, 7, 12) + timedelta(hours=k * 3), "nosurvey", alt(k))
            open_case(
                fam,
                c,
                fam.at(fam.rng.randint(1, 6), 8, 20),
                fam.pick(wt.PROBLEMS),
                repeats[rep_i],
                alt,
                rep_i % 2 == 0,
            )
            rep_i += 1
        elif role == "slide":
            ats = sorted(fam.at(fam.rng.randint(0, 5), 8, 21) for _ in range(5))
            for k, at in enumerate(ats):
                fam.happy(c, at, "praise", alt(k))
            for k in range(fam.rng.randint(1, 3)):
                fam.happy(c, fam.at(fam.rng.randint(0, 5), 8, 21), "nosurvey", alt(k + 1))
            slide(fam, c, fam.rng.randint(6, 8), fam.rng.randint(3, 5), alt, False)
        elif role == "badday":
            bad = fam.at(fam.rng.randint(3, 11), 8, 20)
            problem = fam.pick(wt.PROBLEMS)
            long_mail = bad_i < 9
            ch = "email" if long_mail else fam.pick(["email", "chat", "social", "web", "phone"])
            avoid = bad_day(fam, c, bad, problem, ch, b, long_mail, bad_i < 18, bad_i % 2 == 1)
            c.truth["bad_day_language"] = b
            bad_i += 1
            fam.spread(c, fam.rng.randint(3, 5), 0, 14, 7, 21.5, "nosurvey", avoid, alt)
        else:
            fam.happy(c, fam.at(0, 8, 20), "nosurvey", a)
            case = fixed_case(
                fam, c, fam.at(fam.rng.randint(1, 9), 8, 18), fam.pick(wt.PROBLEMS), a, b
            )
            c.truth |= {
                "problems": [case],
                "confirm_language": b,
                "trouble_starts_at": case["raised_at"],
            }
    return fam


B2B_MARKETS = (("ES", 18), ("UK", 12), ("IE", 4), ("DE", 6), ("FR", 5), ("IT", 5), ("PT", 5))
MARKET_LANG = {"ES": "es", "UK": "en", "IE": "en", "DE": "de", "FR": "fr", "IT": "it", "PT": "pt"}


COLLEAGUE = re.compile(r"<<([^|>]*)\|([^>]*)>>")


def colleague(tpl: str, gender: str) -> str:
    """``<<fem|masc>>`` agrees with the colleague named, not the writer."""
    return COLLEAGUE.sub(lambda m: m.group(1) if gender == "f" else m.group(2), tpl)


def weekday_at(fam: Fam, day: int, h0: float, h1: float) -> datetime:
    while (fam.start + timedelta(days=day)).weekday() >= 5:
        day += 1
    return fam.at(day, h0, h1)


def office(fam: Fam, at: datetime, h0: int = 8, h1: int = 15) -> datetime:
    while at.weekday() >= 5 or at.hour >= h1 or at.hour < h0:
        if at.hour >= h1 or at.weekday() >= 5:
            at = (at + timedelta(days=1)).replace(hour=h0, minute=0, second=0) + timedelta(
                seconds=fam.rng.randint(0, 3600)
            )
        else:
            at = at.replace(hour=h0, minute=0, second=0) + timedelta(
                seconds=fam.rng.randint(0, 3600)
            )
    return at


def b2b_routine(fam: Fam, c: Cust, n: int, happy: bool, until: datetime | None = None) -> None:
    """Routine weekday acts; with ``until``, all start at least 14 h before it."""
    for _ in range(n):
        for _try in range(500):
            at = weekday_at(fam, fam.rng.randint(0, 13), 8, 16.5)
            if until is None or at <= until - timedelta(hours=14):
                break
        else:
            continue
        lang = c.lang
        act = fam.pick(
            ["question", "question", "phone", "purchase", "page", "praise"]
            + (["survey"] if happy else [])
        )
        if act == "question":
            q, a, t = fam.pick(wb.ROUTINE_Q[lang])
            ch = fam.pick(["chat", "email"])
            fam.chain(
                c,
                at,
                ch,
                lang,
                q,
                a,
                t,
                fam.pick(wh.QUESTION_SUBJECT[lang]) if ch == "email" else None,
            )
        elif act == "phone":
            fam.ev(
                c,
                at,
                "phone",
                "call",
                fam.spoken(lang, fam.fill(c, fam.pick(wb.B2B_PHONE_Q[lang]), lang)),
            )
        elif act == "purchase":
            fam.ev(c, at, "web", "page_view", attrs={"page": "/business/orders"})
            product, price = fam.pick(wb.B2B_PRODUCTS)
            fam.ev(
                c,
                at + timedelta(minutes=fam.rng.randint(2, 15)),
                "web",
                "purchase",
                attrs=fam.money(c, price) | {"product": product},
            )
        elif act == "page":
            fam.ev(c, at, "web", "page_view", attrs={"page": fam.pick(wb.B2B_PAGES)})
        elif act == "praise":
            fam.ev(
                c,
                at,
                "community",
                "post",
                fam.noisy(fam.fill(c, fam.pick(wb.B2B_PRAISE[lang]), lang)),
            )
        else:
            fam.happy_survey(c, at, lang)


def b2b_accounts() -> Fam:
    fam = Fam("b2b_accounts")
    markets = [m for m, n in B2B_MARKETS for _ in range(n)]
    kinds = ["at_risk"] * 13 + ["one_unhappy"] * 15 + ["mild"] * 7 + ["happy"] * 20
    fam.rng.shuffle(kinds)
    risk_problems = ["invoice"] * 4 + ["missing_items"] * 3 + ["collection"] * 3 + ["portal"] * 3
    fam.rng.shuffle(risk_problems)
    risk_sizes = [3] * 8 + [4] * 5
    companies = {m: list(wb.COMPANIES[m]) for m in wb.COMPANIES}
    for m in companies:
        fam.rng.shuffle(companies[m])
    counters: dict[str, int] = {}
    risk_i = 0
    for market, kind in zip(markets, kinds, strict=True):
        company = companies[market].pop()
        counters[market] = counters.get(market, 0) + 1
        acc_id = f"LVB-{market}-{fam.rng.randint(1000, 9999)}"
        while acc_id in fam.accounts:
            acc_id = f"LVB-{market}-{fam.rng.randint(1000, 9999)}"
        lang = MARKET_LANG[market]
        taken: set[str] = set()
        n_unhappy = 0
        if kind == "at_risk":
            n_unhappy = risk_sizes[risk_i]
            size = fam.rng.randint(max(4, n_unhappy), 6)
        elif kind == "one_unhappy":
            n_unhappy, size = 1, fam.rng.randint(3, 6)
        elif kind == "mild":
            size = fam.rng.randint(3, 5)
        else:
            size = fam.rng.randint(3, 6)
        contacts: list[Cust] = []
        acc: dict[str, Any] = {
            "company": company[0],
            "contacts": size,
            "contact_keys": [],
            "unhappy_contacts": n_unhappy,
            "unhappy_contact_keys": [],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "site": company[2],
            "same_problem": None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        for j in range(size):
            if kind == "at_risk" and j < n_unhappy:
                last = j == n_unhappy - 1
                c = fam.new_cust(
                    "b2b_unhappy",
                    lang,
                    market,
                    expected=["repeat_contact"] if last else ["detractor"],
                    tolerated=[
                        "sentiment_drop",
                        "churn_intent",
                        "competitor_mention",
                        "high_value_at_risk",
                        "silence",
                        "account_risk",
                    ],
                    company=company,
                    account_id=acc_id,
                    taken=taken,
                )
                c.truth["role"] = "complainer"
            elif kind == "one_unhappy" and j == 0:
                c = fam.new_cust(
                    "b2b_one_unhappy",
                    lang,
                    market,
                    expected=["detractor"],
                    tolerated=["sentiment_drop", "high_value_at_risk", "silence"],
                    company=company,
                    account_id=acc_id,
                    taken=taken,
                )
                c.truth["role"] = "complainer"
            elif kind == "mild" and j < 2:
                c = fam.new_cust(
                    "b2b_mild",
                    lang,
                    market,
                    tolerated=["silence"],
                    company=company,
                    account_id=acc_id,
                    taken=taken,
                )
                c.truth["role"] = "suggests"
            else:
                c = fam.new_cust(
                    "b2b_happy", lang, market, company=company, account_id=acc_id, taken=taken
                )
                c.truth["role"] = "contact"
            contacts.append(c)
            acc["contact_keys"].append(c.key)
        if kind == "at_risk":
            problem = risk_problems[risk_i]
            risk_i += 1
            ref = fam.new_ref()
            at = weekday_at(fam, fam.rng.randint(3, 6), 8, 15)
            acc["same_problem"] = problem
            acc["trouble_starts_at"] = iso(at)
            first_name = contacts[0].name
            first_gender = contacts[0].gender
            for j, c in enumerate(contacts[:n_unhappy]):
                if j > 0:
                    at = office(fam, at + timedelta(minutes=fam.rng.randint(8 * 60, 28 * 60)))
                b2b_routine(fam, c, fam.rng.randint(1, 3), False, at)
                subject = wb.B2B_SUBJECT[lang][problem]
                if j == 0:
                    text = fam.fill(c, wb.B2B_COMPLAINT[lang][problem], lang)
                    e = fam.ev(c, at, "email", "message", fam.noisy(text), subject)
                    fam.agent(
                        c,
                        at + timedelta(minutes=fam.rng.randint(10, 60)),
                        wb.B2B_ACK,
                        lang,
                        subject=f"{REPLY_PREFIX[lang]} {subject} [{ref}]",
                        ref=ref,
                    )
                else:
                    later_tpl = colleague(fam.pick(wb.B2B_LATER[lang]), first_gender)
                    later = fam.fill(c, later_tpl, lang, first=first_name, ref=ref)
                    core = fam.fill(c, wb.B2B_SHORT[lang][problem], lang)
                    e = fam.ev(
                        c,
                        at,
                        "email",
                        "message",
                        fam.noisy(f"{later}\n\n{core}"),
                        f"{subject} [{ref}]",
                    )
                ids = [e.eid]
                c.truth |= {
                    "problem": problem,
                    "booking": ref,
                    "complaint_event_ids": ids,
                    "trouble_starts_at": iso(at),
                }
                acc["unhappy_contact_keys"].append(c.key)
                if j < n_unhappy - 1:
                    s = fam.low_survey(
                        c, at + timedelta(minutes=fam.rng.randint(60, 180)), "nps", lang
                    )
                    c.truth |= {"nps_given": True, "nps": s.scores["nps"], "survey_event_id": s.eid}
                else:
                    again = office(
                        fam, at + timedelta(minutes=fam.rng.randint(18 * 60, 40 * 60)), 8, 17
                    )
                    text = fam.fill(
                        c, fam.pick(wb.B2B_LAST[lang]), lang, ref=ref, comp=fam.pick(wt.COMPETITORS)
                    )
                    if fam.rng.random() < 0.5:
                        e2 = fam.ev(
                            c,
                            again,
                            "email",
                            "message",
                            fam.noisy(text),
                            f"{REPLY_PREFIX[lang]} {subject} [{ref}]",
                        )
                    else:
                        e2 = fam.ev(c, again, "phone", "call", fam.spoken(lang, text))
                    ids.append(e2.eid)
                    c.truth |= {"nps_given": False, "repeat_event_id": e2.eid}
            for c in contacts[n_unhappy:]:
                b2b_routine(fam, c, fam.rng.randint(3, 7), True)
        elif kind == "one_unhappy":
            c = contacts[0]
            problem = fam.pick(wb.B2B_PROBLEMS)
            at = weekday_at(fam, fam.rng.randint(3, 10), 8, 15)
            b2b_routine(fam, c, fam.rng.randint(1, 3), False, at)
            subject = wb.B2B_SUBJECT[lang][problem]
            e = fam.ev(
                c,
                at,
                "email",
                "message",
                fam.noisy(fam.fill(c, wb.B2B_COMPLAINT[lang][problem], lang)),
                subject,
            )
            if fam.rng.random() < 0.5:
                ref = fam.new_ref()
                fam.agent(
                    c,
                    at + timedelta(minutes=fam.rng.randint(10, 60)),
                    wb.B2B_ACK,
                    lang,
                    subject=f"{REPLY_PREFIX[lang]} {subject} [{ref}]",
                    ref=ref,
                )
                c.truth["booking"] = ref
            s = fam.low_survey(c, at + timedelta(minutes=fam.rng.randint(60, 180)), "nps", lang)
            c.truth |= {
                "problem": problem,
                "complaint_event_ids": [e.eid],
                "nps_given": True,
                "nps": s.scores["nps"],
                "survey_event_id": s.eid,
                "trouble_starts_at": iso(at),
            }
            acc["unhappy_contact_keys"].append(c.key)
            for c in contacts[1:]:
                b2b_routine(fam, c, fam.rng.randint(3, 7), True)
        elif kind == "mild":
            for c in contacts[:2]:
                at = weekday_at(fam, fam.rng.randint(3, 11), 9, 16)
                b2b_routine(fam, c, fam.rng.randint(1, 3), False, at)
                e = fam.ev(
                    c,
                    at,
                    "web",
                    "ticket",
                    fam.noisy(fam.fill(c, fam.pick(wb.B2B_MILD[lang]), lang)),
                    fam.pick(wh.QUESTION_SUBJECT[lang]),
                )
                c.truth["mild_event_id"] = e.eid
            for c in contacts[2:]:
                b2b_routine(fam, c, fam.rng.randint(3, 7), True)
        else:
            for c in contacts:
                b2b_routine(fam, c, fam.rng.randint(3, 7), True)
        fam.accounts[acc_id] = acc
    return fam


def topic_spike() -> Fam:
    fam = Fam("topic_spike")
    thursday = 3
    for _ in range(255):
        c = fam.new_cust("happy", habit="day writer")
        fam.spread(c, fam.rng.randint(1, 4), 0, 7, 7, 21.5, "calm")
    for _ in range(33):
        c = fam.new_cust("grumbles_once", tolerated=["silence"])
        day = fam.pick([0, 1, 2, 4, 5, 6])
        grumble_once(fam, c, fam.at(day, 8, 20))
    for day, lang in ((0, "es"), (1, "en")):
        c = fam.new_cust("grumbles_once", lang, tolerated=["silence"])
        q, a = wt.LONE_Q[lang]
        at = fam.at(day, 18, 21)
        e = fam.ev(c, at, "chat", "chat", fam.fill(c, q, lang))
        fam.ev(
            c,
            at + timedelta(minutes=fam.rng.randint(1, 6)),
            "chat",
            "chat",
            fam.fill(c, a, lang),
            outbound=True,
        )
        c.truth["lone_report_event_id"] = e.eid
    langs = ["es"] * 16 + ["en"] * 15 + ["de"] * 7 + ["fr"] * 6 + ["it"] * 6 + ["pt"] * 6
    channels = ["social"] * 18 + ["chat"] * 12 + ["community"] * 10 + ["email"] * 9 + ["web"] * 7
    fam.rng.shuffle(langs)
    fam.rng.shuffle(channels)
    spike_start = fam.start + timedelta(days=thursday, hours=18, minutes=5)
    firsts: list[Ev] = []
    repeats: list[str] = []
    keys: list[str] = []
    for i in range(56):
        repeater = i < 18
        if repeater:
            c = fam.new_cust(
                "spike_repeater",
                langs[i],
                expected=["repeat_contact"],
                tolerated=["silence", "sentiment_drop"],
            )
        else:
            c = fam.new_cust("spike_reporter", langs[i], tolerated=["silence"])
        regular = i % 3 != 2
        if regular:
            fam.spread(c, fam.rng.randint(1, 3), 0, 3, 7, 21.5, "calm")
        at = spike_start + timedelta(seconds=fam.rng.randint(0, 43 * 60))
        ch = channels[i]
        lang = c.lang
        text = fam.noisy(fam.fill(c, fam.pick(wt.SPIKE[lang]), lang))
        if ch == "email":
            e = fam.ev(
                c,
                at,
                "email",
                "message",
                text,
                {"es": "Error de pago", "en": "Payment error"}.get(lang, "P-402"),
            )
        elif ch == "chat":
            e = fam.ev(c, at, "chat", "chat", text)
        elif ch == "web":
            e = fam.ev(c, at, "web", "ticket", text, "P-402")
        else:
            e = fam.ev(c, at, ch, "post", text)
        firsts.append(e)
        keys.append(c.key)
        c.truth |= {
            "in_spike": True,
            "regular": regular,
            "spike_event_id": e.eid,
            "spike_channel": ch,
            "trouble_starts_at": iso(at),
        }
        if repeater:
            ch2 = fam.pick([x for x in ("social", "chat", "email", "web") if x != ch])
            at2 = at + timedelta(minutes=fam.rng.randint(15, 50))
            text2 = fam.noisy(fam.fill(c, fam.pick(wt.SPIKE_REPEAT[lang]), lang))
            kind2 = {"social": "post", "chat": "chat", "email": "message", "web": "ticket"}[ch2]
            e2 = fam.ev(c, at2, ch2, kind2, text2, "P-402" if ch2 in ("email", "web") else None)
            repeats.append(e2.eid)
            c.truth["repeat_event_id"] = e2.eid
        elif i < 18 + 14:
            fix_at = fam.start + timedelta(
                days=thursday + 1, hours=7, seconds=fam.rng.randint(0, 7200)
            )
            fam.agent(c, fix_at, wt.SPIKE_FIX, lang)
    fam.spike = {
        "topic": "the app's checkout fails with a payment error (P-402) when booking a pick-up",
        "about": "faulty payment step after an app release, Thursday evening booking rush",
        "channel": None,
        "start": iso(min(e.at for e in firsts)),
        "end": iso(max(e.at for e in firsts)),
        "customers": len(firsts),
        "customer_keys": keys,
        "event_ids": [e.eid for e in firsts],
        "repeat_event_ids": repeats,
    }
    return fam


EXPECTED: dict[str, dict[str, int]] = {
    "happy_writers": {},
    "one_bad_day": {"detractor": 38},
    "repeat_contacts": {"repeat_contact": 120},
    "slow_churners": {"sentiment_drop": 85, "detractor": 30, "churn_intent": 40},
    "quiet_hours": {},
    "bilingual": {"repeat_contact": 46, "sentiment_drop": 32},
    "b2b_accounts": {"account_risk": 13, "detractor": 46, "repeat_contact": 13},
    "topic_spike": {"topic_spike": 1, "repeat_contact": 18},
}


def main() -> None:
    builders: dict[str, Callable[[], Fam]] = {
        "happy_writers": happy_writers,
        "one_bad_day": one_bad_day,
        "repeat_contacts": repeat_contacts,
        "slow_churners": slow_churners,
        "quiet_hours": quiet_hours,
        "bilingual": bilingual,
        "b2b_accounts": b2b_accounts,
        "topic_spike": topic_spike,
    }
    for name in FAMILIES:
        customers, rows = builders[name]().write(EXPECTED[name])
        print(f"{name}: {customers} customers, {rows} touchpoints")


if __name__ == "__main__":
    main()
