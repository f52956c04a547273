"""Build the heldout39 report-only alert scenarios (Sonriva dental clinics), blind.

Standard library only, seeded, deterministic: ``python make_heldout39.py`` writes
``<family>.jsonl`` and ``<family>.truth.json`` next to this file.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import wording_business as wb  # noqa: E402
import wording_happy as wh  # noqa: E402
import wording_trouble as wt  # noqa: E402

SEED = 20261109
BRAND = "Sonriva"
COMPS = ("Molarix", "Esmaltia")
WRITTEN = "2026-12-02"
BUSINESS = (
    "Sonriva: dental clinics with an app (booking, QR check-in, reminders, shop) and a monthly"
    " plan, Sonriva Plus; Sonriva Business sells employee dental plans to companies"
)
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
LANG_WEIGHTS = {"es": 30, "en": 30, "de": 10, "fr": 10, "it": 10, "pt": 10}
SOURCES = {
    "email": "sonriva-mail",
    "phone": "sonriva-voice",
    "social": "sonriva-social",
    "community": "sonriva-forum",
    "chat": "sonriva-chat",
    "web": "sonriva-web",
    "survey": "sonriva-survey",
}
PHONE_PLAN = {
    "ES": ("+34", "6", 8),
    "UK": ("+44", "7", 9),
    "IE": ("+353", "8", 8),
    "DE": ("+49", "15", 9),
    "AT": ("+43", "66", 8),
    "CH": ("+41", "7", 8),
    "FR": ("+33", "6", 8),
    "BE": ("+32", "4", 8),
    "IT": ("+39", "3", 9),
    "PT": ("+351", "9", 8),
}
MAIL_DOMAINS = (
    "correo.example",
    "mailbox.example",
    "buzon.example",
    "inbox.example",
    "posteo.example",
    "webmail.example",
)
EUR_VALUES = {
    "fee": 17.90,
    "fee_old": 14.90,
    "quote": 450.0,
    "bill": 720.0,
    "refund": 290.0,
    "cfee": 35.0,
    "efee": 60.0,
    "credit": 10.0,
    "amount": 75.0,
}
FEM_RE = re.compile(r"\[\[([^|\]]*)\|([^\]]*)\]\]")
COL_RE = re.compile(r"<<([^|>]*)\|([^>]*)>>")
UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
REPEAT_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
SLIDER_TOL = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
LEAVER_TOL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def money(market: str, lang: str, eur: float) -> str:
    if market in ("UK", "CH"):
        value = eur * (0.86 if market == "UK" else 0.94)
        whole = round(value / 5) * 5 if value >= 100 else round(value)
        return f"£{whole}" if market == "UK" else f"CHF {whole}"
    whole = float(eur).is_integer()
    if lang == "en":
        return f"€{eur:.0f}" if whole else f"€{eur:.2f}"
    return f"{eur:.0f} €" if whole else f"{eur:.2f} €".replace(".", ",")


def ascii_lower(s: str) -> str:
    d = unicodedata.normalize("NFD", s)
    return "".join(ch for ch in d if ch.isalnum() and not unicodedata.combining(ch)).lower()


def short(text: str, limit: int = 40) -> str:
    """A subject from the start of a text, cut at a word."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(" ,.:;¿?") + "..."


def night(t: datetime) -> bool:
    return t.hour >= 22 or t.hour < 7


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    fem: bool
    name: str
    email: str
    phone: str
    phone_cc: str
    handle: str | None
    account: str | None
    persona: str
    habit: str
    job: str
    town: str
    agent: str
    segment: str = "consumer"
    expected: list[str] = field(default_factory=list)
    tolerated: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    used: dict[str, set[int]] = field(default_factory=dict)


class Registry:
    """Identifiers already given anywhere in the set."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def fresh(self, make: Any) -> str:
        while True:
            value = str(make())
            if value.lower() not in self.seen:
                self.seen.add(value.lower())
                return value


REG = Registry()


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name = name
        self.code = code
        self.rng = random.Random(SEED * 100 + n)
        self.seed = SEED * 100 + n
        self.start = start
        self.days = days
        self.about = about
        self.events: list[dict[str, Any]] = []
        self.custs: dict[str, Cust] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.count = 0

    # --- people -----------------------------------------------------------------
    def lang(self) -> str:
        langs = list(LANG_WEIGHTS)
        return self.rng.choices(langs, weights=[LANG_WEIGHTS[x] for x in langs])[0]

    def town_for(self, market: str, lang: str) -> str:
        key = f"CH-{lang}" if market == "CH" else market
        towns: tuple[str, ...] = wh.TOWNS.get(key, wh.TOWNS["CH-de"])
        return self.rng.choice(towns)

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        market: str | None = None,
        expected: Sequence[str] = (),
        tolerated: Sequence[str] = (),
        company: tuple[str, str] | None = None,
        taken_first: set[str] | None = None,
    ) -> Cust:
        rng = self.rng
        lang = lang or self.lang()
        market = market or rng.choice(wh.MARKETS[lang])
        fem = rng.random() < 0.5
        while True:
            first = rng.choice(wh.FIRST_F[lang] if fem else wh.FIRST_M[lang])
            if taken_first is None or first not in taken_first:
                break
        if taken_first is not None:
            taken_first.add(first)
        last = rng.choice(wh.SURNAMES[lang])
        key = REG.fresh(lambda: f"SN{self.code}{rng.randint(1000, 9999)}")
        fa, la = ascii_lower(first), ascii_lower(last)
        if company is not None:
            email = REG.fresh(
                lambda: rng.choice([f"{fa}.{la}", f"{fa[0]}{la}", f"{fa}"]) + f"@{company[1]}"
            )
            handle = None
        else:
            email = REG.fresh(
                lambda: (
                    rng.choice(
                        [
                            f"{fa}.{la}",
                            f"{fa}{la}{rng.randint(1, 99)}",
                            f"{fa[0]}.{la}",
                            f"{la}.{fa}{rng.randint(70, 99)}",
                        ]
                    )
                    + "@"
                    + rng.choice(MAIL_DOMAINS)
                )
            )
            handle = REG.fresh(
                lambda: (
                    "@"
                    + rng.choice(
                        [
                            f"{fa}.{la}",
                            f"{fa}_{la}{rng.randint(100, 999)}",
                            f"{fa}{la}{rng.randint(80, 99)}",
                            f"{fa[0]}{la}",
                        ]
                    )
                )
            )
        cc, lead, rest = PHONE_PLAN[market]
        phone = REG.fresh(lambda: cc + lead + "".join(str(rng.randint(0, 9)) for _ in range(rest)))
        if company is not None:
            job = rng.choice(wb.B_ROLES[lang])
        else:
            job = self.gender(rng.choice(wh.JOBS[lang]), fem)
        town = self.town_for(market, lang)
        c = Cust(
            key=key,
            lang=lang,
            market=market,
            fem=fem,
            name=f"{first} {last}",
            email=email,
            phone=phone,
            phone_cc=cc,
            handle=handle,
            account=None,
            persona=persona,
            habit=habit,
            job=job,
            town=town,
            agent=rng.choice(wh.AGENTS[lang]),
            segment="b2b" if company else "consumer",
            expected=list(expected),
            tolerated=list(tolerated),
        )
        self.custs[key] = c
        return c

    @staticmethod
    def gender(text: str, fem: bool) -> str:
        return FEM_RE.sub(lambda m: m.group(1) if fem else m.group(2), text)

    def first_name(self, c: Cust) -> str:
        return c.name.split(" ")[0]

    def pick(self, c: Cust, table: str, options: Sequence[Any]) -> Any | None:
        used = c.used.setdefault(table, set())
        free = [i for i in range(len(options)) if i not in used]
        if not free:
            return None
        i = self.rng.choice(free)
        used.add(i)
        return options[i]

    def fill(self, c: Cust, template: str, **kw: Any) -> str:
        text = self.gender(template, c.fem)
        if "colleague_fem" in kw:
            fem = bool(kw.pop("colleague_fem"))
            text = COL_RE.sub(lambda m: m.group(1) if fem else m.group(2), text)
        values: dict[str, Any] = {
            "brand": BRAND,
            "town": c.town,
            "agent": c.agent,
            "name": self.first_name(c),
            "comp": COMPS[0] if c.lang in ("es", "en", "pt") else COMPS[1],
        }
        for k, eur in EUR_VALUES.items():
            values[k] = money(c.market, c.lang, eur)
        values.update(kw)
        return text.format_map(values)

    def roughen(self, c: Cust, text: str) -> str:
        rng = self.rng
        if rng.random() < 0.1:
            out = []
            for ch in text:
                if ch in "ñÑß":
                    out.append(ch)
                elif c.lang == "de" and ch in UMLAUTS:
                    out.append(UMLAUTS[ch])
                else:
                    d = unicodedata.normalize("NFD", ch)
                    out.append("".join(x for x in d if not unicodedata.combining(x)))
            text = "".join(out)
        if rng.random() < 0.08 and text[:1].isupper() and text[1:2].islower():
            text = text[0].lower() + text[1:]
        if rng.random() < 0.08:
            words = text.split(" ")
            cands = [
                i
                for i, w in enumerate(words)
                if len(w) >= 5 and w.isalpha() and w.islower() and w.isascii()
            ]
            if cands:
                i = rng.choice(cands)
                w = words[i]
                j = rng.randint(1, len(w) - 3)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    # --- touchpoints ----------------------------------------------------------------
    def ev(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        out: bool = False,
        scores: dict[str, int] | None = None,
        attrs: dict[str, Any] | None = None,
        rough: bool = True,
    ) -> str:
        self.count += 1
        eid = f"sn39-{self.code.lower()}-{self.count:05d}"
        if text is not None:
            if channel not in ("social", "community"):
                text = text.removeprefix(f"@{BRAND} ").replace("@" + BRAND, BRAND)
            elif (
                channel == "social"
                and not out
                and "@" + BRAND not in text
                and c.segment == "consumer"
            ):
                text = f"@{BRAND} {text}"
            if not out and rough and channel != "phone":
                text = self.roughen(c, text)
        a: dict[str, Any] = {"market": c.market}
        if c.segment == "b2b":
            a["segment"] = "b2b"
        if attrs:
            a.update(attrs)
        self.events.append(
            {
                "_c": c.key,
                "_t": t,
                "_n": self.count,
                "event_id": eid,
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "text": text,
                "subject": subject,
                "scores": scores or {},
                "attributes": a,
            }
        )
        return eid

    def at(self, day: float, h0: float, h1: float) -> datetime:
        minutes = self.rng.randint(int(h0 * 60), int(h1 * 60))
        return self.start + timedelta(days=day, minutes=minutes)

    def morning(self, t: datetime) -> datetime:
        """Moves a time out of 22:00-07:00 UTC to 08:00-09:00 the next morning."""
        if not night(t):
            return t
        base = t if t.hour < 7 else t + timedelta(days=1)
        return base.replace(hour=8, minute=self.rng.randint(0, 59), second=0)

    def office(self, t: datetime) -> datetime:
        """Moves a time into weekday office hours (08-17 UTC)."""
        if t.hour >= 17:
            t = (t + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 50))
        elif t.hour < 8:
            t = t.replace(hour=8, minute=self.rng.randint(0, 50))
        while t.weekday() >= 5:
            t = (t + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 50))
        return t

    def mins(self, a: int, b: int) -> timedelta:
        return timedelta(minutes=self.rng.randint(a, b))

    # --- happy acts ---------------------------------------------------------------------
    def post(self, c: Cust, t: datetime, text: str) -> str:
        if self.rng.random() < 0.5:
            return self.ev(c, t, "social", "mention", text)
        return self.ev(c, t, "community", "post", text)

    def purchase(self, c: Cust, t: datetime) -> str:
        label, eur, page = self.rng.choice(
            wh.PRODUCTS if c.segment == "consumer" else wb.B_PRODUCTS
        )
        self.ev(c, t, "web", "page_view", attrs={"page": page})
        cur, rate = {"UK": ("GBP", 0.86), "CH": ("CHF", 0.94)}.get(c.market, ("EUR", 1.0))
        return self.ev(
            c,
            t + self.mins(2, 15),
            "web",
            "purchase",
            attrs={
                "order_value": f"{eur * rate:.2f}",
                "currency": cur,
                "product": label,
                "page": page,
            },
        )

    def page(self, c: Cust, t: datetime) -> str:
        pages = wh.PAGES if c.segment == "consumer" else wb.B_PAGES
        return self.ev(c, t, "web", "page_view", attrs={"page": self.rng.choice(pages)})

    def happy(self, c: Cust, t: datetime, kind: str, lang: str | None = None) -> str:
        lang = lang or c.lang
        rng = self.rng
        tables: dict[str, Any] = {"praise": wh.PRAISE, "again": wh.AGAIN, "gripe": wh.GRIPE}
        if kind in tables:
            tpl = self.pick(c, f"{kind}-{lang}", tables[kind][lang])
            if tpl is not None:
                return self.post(c, t, self.fill(c, tpl))
            kind = "fallback"
        if kind == "question":
            qa = self.pick(c, f"q-{lang}", wh.QUESTIONS[lang])
            if qa is not None:
                return self.question(c, t, qa, lang, rng.random() < 0.6)
            kind = "fallback"
        if kind == "phone":
            qa = self.pick(c, f"pq-{lang}", wh.PHONE_Q[lang])
            if qa is not None:
                opener = rng.choice(wh.PHONE_OPENERS[lang])
                eid = self.ev(c, t, "phone", "call", self.fill(c, qa[0], opener=opener))
                self.ev(
                    c,
                    t + self.mins(10, 40),
                    "email",
                    "message",
                    self.fill(c, qa[1]),
                    subject=wh.PHONE_SUBJECT[lang],
                    out=True,
                )
                return eid
            kind = "fallback"
        if kind == "review":
            rv = self.pick(c, f"rv-{lang}", wh.REVIEWS[lang])
            if rv is not None:
                page = (
                    f"/clinics/{ascii_lower(c.town)}"
                    if rng.random() < 0.6
                    else rng.choice(wh.PRODUCTS)[2]
                )
                return self.ev(
                    c,
                    t,
                    "web",
                    "review",
                    self.fill(c, rv[0]),
                    attrs={"rating": str(rv[1]), "page": page},
                )
            kind = "fallback"
        if kind == "survey":
            return self.survey(c, t, lang)
        if kind == "purchase" or (kind == "fallback" and rng.random() < 0.5):
            return self.purchase(c, t)
        return self.page(c, t)

    def question(
        self,
        c: Cust,
        t: datetime,
        qa: tuple[str, str],
        lang: str,
        chat: bool,
        thanks: bool | None = None,
    ) -> str:
        rng = self.rng
        if thanks is None:
            thanks = rng.random() < 0.7
        if chat:
            eid = self.ev(c, t, "chat", "chat", self.fill(c, qa[0]))
            ta = t + self.mins(1, 6)
            self.ev(c, ta, "chat", "chat", self.fill(c, qa[1]), out=True, attrs={"agent": c.agent})
            if thanks:
                self.ev(
                    c,
                    ta + self.mins(1, 5),
                    "chat",
                    "chat",
                    self.fill(c, rng.choice(wh.THANKS[lang])),
                )
            return eid
        subj = short(self.fill(c, qa[0]))
        eid = self.ev(c, t, "email", "message", self.fill(c, qa[0]), subject=subj)
        ta = self.morning(t + self.mins(20, 150))
        self.ev(
            c,
            ta,
            "email",
            "message",
            self.fill(c, qa[1]),
            subject="RE: " + subj,
            out=True,
        )
        if thanks:
            self.ev(
                c,
                self.morning(ta + self.mins(30, 200)),
                "email",
                "message",
                self.fill(c, rng.choice(wh.THANKS[lang])),
                subject=self.rng.choice(wt.REPLY_PREFIX[lang]) + " RE: " + subj,
            )
        return eid

    def survey(self, c: Cust, t: datetime, lang: str | None = None) -> str:
        rng = self.rng
        lang = lang or c.lang
        which = rng.choice(("nps", "nps", "csat", "ces"))
        score = {"nps": rng.randint(9, 10), "csat": rng.randint(4, 5), "ces": rng.randint(6, 7)}[
            which
        ]
        word = rng.choice(wh.SURVEY_WORDS[lang])
        return self.ev(
            c,
            t,
            "survey",
            "survey_response",
            word or None,
            scores={which: score},
            attrs={"survey": which},
        )

    def day_acts(
        self,
        c: Cust,
        n: int,
        days: Sequence[int],
        kinds: Sequence[str],
        weights: Sequence[int],
        h0: float = 7,
        h1: float = 20,
        lang_cycle: Sequence[str] | None = None,
    ) -> list[str]:
        rng = self.rng
        pool = list(days)
        rng.shuffle(pool)
        chosen = sorted((pool * 3)[:n])
        out = []
        for i, d in enumerate(chosen):
            kind = rng.choices(list(kinds), weights=list(weights))[0]
            lang = lang_cycle[i % len(lang_cycle)] if lang_cycle else None
            out.append(
                self.happy(
                    c,
                    self.at(d, h0, h1)
                    + timedelta(minutes=rng.randint(0, 3) * 45 * (chosen[:i].count(d))),
                    kind,
                    lang,
                )
            )
        return out

    # --- trouble helpers -------------------------------------------------------------
    def case(self) -> str:
        rng = self.rng
        return REG.fresh(lambda: f"SR-{rng.randint(100000, 999999)}")

    def case_spoken(self, c: Cust, case: str, lang: str | None = None) -> str:
        digits = case.split("-")[1]
        return f"{wt.CASE_SPOKEN[lang or c.lang]} {digits[:2]} {digits[2:4]} {digits[4:]}"

    def complaint(self, c: Cust, problem: str, lang: str) -> str:
        tpl = (
            self.pick(c, f"first-{problem}-{lang}", wt.FIRST[problem][lang])
            or wt.FIRST[problem][lang][0]
        )
        return self.fill(c, tpl)

    def raise_problem(
        self,
        c: Cust,
        t: datetime,
        problem: str,
        channel: str,
        lang: str,
        case: str,
        long_email: bool = False,
    ) -> str:
        """The first contact about a problem; returns the event id."""
        topic = wt.TOPIC[problem][lang]
        body = self.complaint(c, problem, lang)
        if channel == "email":
            if long_email:
                tpl = self.pick(c, f"long-{lang}", wt.LONG_EMAIL[lang]) or wt.LONG_EMAIL[lang][0]
                body = self.fill(c, tpl, complaint=body)
            return self.ev(
                c,
                t,
                "email",
                "message",
                body,
                subject=wt.COMPLAINT_SUBJECT[lang].format(topic=topic),
            )
        if channel == "chat":
            return self.ev(c, t, "chat", "chat", body)
        if channel == "phone":
            opener = self.rng.choice(wh.PHONE_OPENERS[lang])
            spoken = self.fill(
                c, wt.PHONE_COMPLAINT[lang], opener=opener, spoken=wt.SPOKEN[problem][lang]
            )
            return self.ev(c, t, "phone", "call", spoken)
        if channel == "social":
            return self.ev(c, t, "social", "mention", body)
        return self.ev(c, t, "web", "ticket", body, subject=topic, attrs={"page": "/help/contact"})

    def reply_case(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        lang: str,
        case: str,
        problem: str,
        passed_on: bool = False,
    ) -> str:
        topic = wt.TOPIC[problem][lang]
        name = self.first_name(c)
        if passed_on:
            return self.ev(
                c,
                self.morning(t),
                "email",
                "message",
                self.fill(c, wt.PASSED_ON[lang], case=case, topic=topic, name=name),
                subject=f"{wt.CASE_WORD[lang]} {case}",
                out=True,
            )
        if channel == "chat":
            return self.ev(
                c,
                t,
                "chat",
                "chat",
                self.fill(c, wt.CHAT_CASE[lang], case=case, name=name),
                out=True,
                attrs={"agent": c.agent},
            )
        return self.ev(
            c,
            self.morning(t),
            "email",
            "message",
            self.fill(c, wt.CASE_OPENED[lang], case=case, topic=topic, name=name),
            subject=f"{wt.CASE_WORD[lang]} {case}: {topic}",
            out=True,
        )

    def good_news(self, c: Cust, t: datetime, lang: str, case: str, problem: str) -> str:
        fix = self.fill(c, wt.FIX[problem][lang])
        return self.ev(
            c,
            self.morning(t),
            "email",
            "message",
            self.fill(c, wt.GOOD_NEWS[lang], case=case, fix=fix),
            subject=f"{wt.CASE_WORD[lang]} {case}",
            out=True,
        )

    def confirm(self, c: Cust, t: datetime, lang: str, case: str, chat: bool) -> str:
        text = self.fill(c, self.rng.choice(wt.CONFIRM[lang]), case=case)
        t = self.morning(t)
        if chat:
            return self.ev(c, t, "chat", "chat", text)
        return self.ev(
            c,
            t,
            "email",
            "message",
            text,
            subject=f"{self.rng.choice(wt.REPLY_PREFIX[lang])} {wt.CASE_WORD[lang]} {case}",
        )

    def follow_up(
        self, c: Cust, t: datetime, channel: str, lang: str, case: str, problem: str, nth: int
    ) -> str:
        topic = wt.TOPIC[problem][lang]
        if channel == "phone":
            extra = ""
            if nth == 3:
                extra = self.fill(c, wt.PHONE_EXTRA3[lang])
            elif nth == 4:
                extra = wt.PHONE_EXTRA4[lang]
            opener = self.rng.choice(wh.PHONE_OPENERS[lang])
            text = self.fill(
                c,
                wt.PHONE_FOLLOW[lang],
                opener=opener,
                case_spoken=self.case_spoken(c, case, lang),
                spoken=wt.SPOKEN[problem][lang],
                extra=extra,
            ).strip()
            return self.ev(c, t, "phone", "call", text)
        table = {2: wt.FOLLOW2, 3: wt.FOLLOW3, 4: wt.FOLLOW4}[nth]
        tpl = self.pick(c, f"follow{nth}-{lang}", table[lang]) or table[lang][0]
        text = self.fill(c, tpl, case=case, topic=topic)
        if channel == "email":
            return self.ev(
                c,
                t,
                "email",
                "message",
                text,
                subject=f"{self.rng.choice(wt.REPLY_PREFIX[lang])} {wt.CASE_WORD[lang]} {case}",
            )
        if channel == "chat":
            return self.ev(c, t, "chat", "chat", text)
        if channel == "social":
            return self.ev(c, t, "social", "mention", text)
        return self.ev(
            c,
            t,
            "web",
            "ticket",
            text,
            subject=f"{wt.CASE_WORD[lang]} {case}",
            attrs={"page": "/help/contact"},
        )

    # --- output ----------------------------------------------------------------------------
    def ids(self, c: Cust, ev: dict[str, Any], full: bool) -> dict[str, Any]:
        rng = self.rng
        ref: dict[str, Any] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": c.account,
        }
        if full:
            ref.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
            return ref
        ch = ev["channel"]
        if ch == "phone":
            ref["phone"] = (
                c.phone.replace(c.phone_cc, c.phone_cc + " ", 1) if rng.random() < 0.5 else c.phone
            )
        elif ch in ("social", "community") and c.handle:
            ref["handle"] = c.handle if rng.random() < 0.8 else c.handle.lstrip("@")
        elif ch in ("email", "social", "community"):
            ref["email"] = c.email.upper() if rng.random() < 1 / 12 else c.email
        else:
            ref["customer_id"] = c.key
        return ref

    def expected_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for c in self.custs.values():
            for r in c.expected:
                counts[r] = counts.get(r, 0) + 1
        for a in self.accounts.values():
            for r in a["expected_rules"]:
                counts[r] = counts.get(r, 0) + 1
        if self.spike:
            counts["topic_spike"] = counts.get("topic_spike", 0) + 1
        return dict(sorted(counts.items()))

    def write(self, planted: dict[str, int]) -> tuple[int, int]:
        got = self.expected_counts()
        if got != planted:
            raise SystemExit(f"{self.name}: expected {got}, planted {planted}")
        self.events.sort(key=lambda e: (e["_t"], e["_n"]))
        seen_in: set[str] = set()
        lines = []
        last = self.start
        for e in self.events:
            t: datetime = e["_t"]
            if t.year != 2026 or t >= LIMIT or t < self.start:
                raise SystemExit(f"{self.name}: time out of range {t}")
            c = self.custs[e["_c"]]
            full = e["direction"] == "outbound" or (c.key not in seen_in)
            if e["direction"] == "inbound":
                seen_in.add(c.key)
            rec = {
                "event_id": e["event_id"],
                "occurred_at": iso(t),
                "channel": e["channel"],
                "kind": e["kind"],
                "direction": e["direction"],
                "customer": self.ids(c, e, full),
                "text": e["text"],
                "subject": e["subject"],
                "scores": {
                    "nps": e["scores"].get("nps"),
                    "csat": e["scores"].get("csat"),
                    "ces": e["scores"].get("ces"),
                },
                "source": SOURCES[e["channel"]],
                "attributes": e["attributes"],
            }
            lines.append(json.dumps(rec, ensure_ascii=False))
            last = max(last, t)
        for k in self.custs:
            if k not in seen_in:
                raise SystemExit(f"{self.name}: {k} has no inbound touchpoint")
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        if end >= LIMIT:
            raise SystemExit(f"{self.name}: end too late")
        customers = {}
        for c in self.custs.values():
            d: dict[str, Any] = {
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
                "name": c.name,
                "job": c.job,
                "town": c.town,
            }
            for k, v in c.extra.items():
                d[k] = iso(v) if isinstance(v, datetime) else v
            customers[c.key] = d
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": BUSINESS,
                "days": self.days,
                "seed": self.seed,
                "written": WRITTEN,
                "expected": got,
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": customers,
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


HAPPY_KINDS = (
    "praise",
    "again",
    "gripe",
    "question",
    "phone",
    "purchase",
    "page",
    "review",
    "survey",
)
HAPPY_W = (4, 1, 1, 3, 1, 2, 2, 1, 1)
NOSURVEY_W = (4, 1, 1, 3, 1, 2, 2, 1, 0)


def d0(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


# ======================================================================================
def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        d0(2026, 3, 16),
        10,
        "happy customers who write a lot, by day and by night, and some who only answer surveys",
    )
    rng = f.rng
    for _ in range(18):
        c = f.person("happy", "day writer")
        f.day_acts(c, rng.randint(5, 8), range(10), HAPPY_KINDS, HAPPY_W)
    for _ in range(5):
        c = f.person("happy", "night writer")
        nights = rng.sample(range(9), rng.randint(2, 4))
        for d in nights:
            t = f.start + timedelta(days=d, hours=22, minutes=12) + f.mins(0, 378)
            if rng.random() < 0.5:
                tpl = f.pick(c, "night", wh.NIGHT_POSTS[c.lang])
                if tpl is not None:
                    f.post(c, t, f.fill(c, tpl))
                    continue
            qa = f.pick(c, "nq", wh.NIGHT_Q[c.lang]) or rng.choice(wh.NIGHT_Q[c.lang])
            f.ev(c, t, "chat", "chat", f.fill(c, qa[0]))
            ta = t + f.mins(1, 5)
            f.ev(c, ta, "chat", "chat", f.fill(c, qa[1]), out=True, attrs={"agent": c.agent})
            f.ev(
                c, ta + f.mins(1, 4), "chat", "chat", f.fill(c, rng.choice(wh.NIGHT_THANKS[c.lang]))
            )
        f.day_acts(
            c,
            rng.randint(2, 3),
            range(10),
            ("praise", "purchase", "page", "review"),
            (2, 1, 1, 1),
            9,
            18,
        )
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in rng.sample(range(10), rng.randint(3, 6)):
            f.survey(c, f.at(d, 8, 20))
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        d0(2026, 4, 13),
        12,
        "happy customers with one bad day (some give a low score), and controls",
    )
    rng = f.rng
    channels = (
        ["long_email"] * 4
        + ["email"] * 4
        + ["chat"] * 4
        + ["social"] * 4
        + ["form"] * 4
        + ["phone"] * 4
    )
    problems = [p for p in wt.PROBLEMS for _ in range(4)]
    rng.shuffle(problems)
    long_langs = ["es", "es", "en", "en"]
    plan = list(zip(channels, problems, strict=True))
    scores = ["nps"] * 6 + ["csat"] * 5 + [""] * 13
    rng.shuffle(scores)
    replyable = [i for i, (ch, _) in enumerate(plan) if ch != "social"]
    fixed = set(rng.sample(replyable, 12))
    apologise = set(rng.sample(sorted(fixed), 5))
    for i, (ch, problem) in enumerate(plan):
        lang = long_langs.pop() if ch == "long_email" else None
        score = scores[i]
        persona = "bad_day_detractor" if score == "nps" else "happy_one_bad_day"
        c = f.person(
            persona,
            "one bad day",
            lang=lang,
            expected=["detractor"] if score == "nps" else [],
            tolerated=["silence"],
        )
        bd = rng.randint(2, 9)
        t = f.at(bd, 8, 20)
        case = f.case() if ch != "social" else None
        channel = "email" if ch == "long_email" else ("web" if ch == "form" else ch)
        eid = f.raise_problem(
            c,
            t,
            problem,
            "form" if ch == "form" else channel,
            c.lang,
            case or "",
            long_email=ch == "long_email",
        )
        c.extra.update(
            problem=problem,
            channel=channel,
            long_email=ch == "long_email",
            bad_day_at=t,
            bad_day_event_id=eid,
            trouble_starts_at=t,
            booking=case,
        )
        if case is not None:
            f.reply_case(
                c,
                t + (f.mins(1, 5) if ch == "chat" else f.mins(10, 40)),
                "chat" if ch == "chat" else "email",
                c.lang,
                case,
                problem,
            )
        c.extra["agent_fixed"] = i in fixed
        if i in fixed and case is not None:
            f.good_news(c, t + f.mins(60, 240), c.lang, case, problem)
        c.extra["nps_given"] = score == "nps"
        c.extra["csat_given"] = score == "csat"
        if score == "nps":
            n = rng.randint(1, 5)
            c.extra["nps"] = n
            c.extra["survey_event_id"] = f.ev(
                c,
                t + f.mins(100, 140),
                "survey",
                "survey_response",
                rng.choice(wt.LOW_SURVEY_WORDS[c.lang]) or None,
                scores={"nps": n},
                attrs={"survey": "nps"},
            )
        elif score == "csat":
            n = rng.randint(1, 2)
            c.extra["csat"] = n
            c.extra["survey_event_id"] = f.ev(
                c,
                t + f.mins(40, 80),
                "survey",
                "survey_response",
                rng.choice(wt.LOW_SURVEY_WORDS[c.lang]) or None,
                scores={"csat": n},
                attrs={"survey": "csat"},
            )
        c.extra["apologised"] = i in apologise
        if i in apologise:
            ta = f.morning(t + f.mins(16 * 60, 24 * 60))
            text = f.fill(c, rng.choice(wt.APOLOGY[c.lang]))
            if rng.random() < 0.5:
                aid = f.ev(c, ta, "chat", "chat", text)
            else:
                aid = f.ev(
                    c,
                    ta,
                    "email",
                    "message",
                    text,
                    subject=f"{rng.choice(wt.REPLY_PREFIX[c.lang])} {wt.CASE_WORD[c.lang]} {case}",
                )
            c.extra.update(apology_at=ta, apology_event_id=aid)
        ok_days = [d for d in range(12) if d <= bd - 2 or d >= bd + 3]
        f.day_acts(c, rng.randint(1, 5), ok_days, HAPPY_KINDS, NOSURVEY_W)
    for _ in range(8):
        c = f.person("happy", "control")
        f.day_acts(c, rng.randint(4, 7), range(12), HAPPY_KINDS, HAPPY_W)
    return f


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        d0(2026, 5, 25),
        10,
        "one problem open across contacts; fixed problems; two problems; frequent writers",
    )
    rng = f.rng
    counts = [2] * 4 + [3] * 4 + [4] * 4
    rng.shuffle(counts)
    passed = set(rng.sample(range(12), 6))
    for i, n in enumerate(counts):
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=REPEAT_TOL)
        for _ in range(rng.randint(1, 3)):
            f.happy(c, f.at(0, 7, 12), rng.choice(("praise", "purchase", "page", "question")))
        problem = rng.choice(wt.PROBLEMS)
        chans = ["email", "chat", "phone", "social", "form"]
        rng.shuffle(chans)
        chans = chans[:n]
        case = f.case()
        t = f.at(rng.randint(1, 4), 8, 19)
        ids = [f.raise_problem(c, t, problem, chans[0], c.lang, case)]
        first_t = t
        if i in passed:
            f.reply_case(c, t + f.mins(90, 150), "email", c.lang, case, problem, passed_on=True)
        else:
            f.reply_case(
                c,
                t + (f.mins(1, 5) if chans[0] == "chat" else f.mins(5, 30)),
                "chat" if chans[0] == "chat" else "email",
                c.lang,
                case,
                problem,
            )
        for k in range(1, n):
            t = f.morning(t + f.mins(4 * 60, 40 * 60))
            ids.append(f.follow_up(c, t, chans[k], c.lang, case, problem, k + 1))
        c.extra.update(
            problem=problem,
            contacts=n,
            channels=["web" if x == "form" else x for x in chans],
            booking=case,
            agent_passed_on=i in passed,
            problem_event_ids=ids,
            trouble_starts_at=first_t,
        )
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=["silence"])
        f.day_acts(
            c,
            rng.randint(1, 3),
            [0, 8, 9],
            ("praise", "purchase", "page", "question"),
            (2, 1, 1, 1),
        )
        fixed_case(f, c, f.at(rng.randint(1, 5), 8, 18), rng.choice(wt.PROBLEMS), c.lang, c.lang)
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=["silence"])
        p1, p2 = rng.sample(wt.PROBLEMS, 2)
        t1 = f.at(1, 8, 17)
        fixed_case(f, c, t1, p1, c.lang, c.lang)
        fixed_case(f, c, f.at(1 + rng.randint(4, 5), 8, 17), p2, c.lang, c.lang)
        c.extra["trouble_starts_at"] = t1
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.day_acts(
            c,
            rng.randint(5, 8),
            range(10),
            ("question", "phone", "praise", "purchase", "page"),
            (6, 2, 1, 1, 1),
        )
    return f


def fixed_case(f: Fam, c: Cust, t: datetime, problem: str, lang: str, lang2: str) -> None:
    rng = f.rng
    case = f.case()
    chat = rng.random() < 0.4
    eid = f.raise_problem(c, t, problem, "chat" if chat else "email", lang, case)
    f.reply_case(
        c,
        t + (f.mins(1, 5) if chat else f.mins(10, 40)),
        "chat" if chat else "email",
        lang,
        case,
        problem,
    )
    tf = f.morning(t + f.mins(3 * 60, 20 * 60))
    f.good_news(c, tf, lang2, case, problem)
    tc = f.morning(tf + f.mins(8 * 60, 30 * 60))
    cchat = rng.random() < 0.5
    cid = f.confirm(c, tc, lang2, case, cchat)
    cases = c.extra.setdefault("problems", [])
    cases.append(
        {
            "problem": problem,
            "booking": case,
            "raised_at": iso(t),
            "fixed_at": iso(tf),
            "confirmed_at": iso(f.morning(tc)),
            "problem_event_ids": [eid],
            "confirm_event_id": cid,
            "channel": "chat" if chat else "email",
            "confirm_channel": "chat" if cchat else "email",
        }
    )
    c.extra.setdefault("trouble_starts_at", t)


def slide(f: Fam, c: Cust, start_day: int, span: int, langs: Sequence[str]) -> list[str]:
    rng = f.rng
    ids: list[str] = []
    t0 = f.at(start_day, 8, 12)
    gaps = sorted(rng.uniform(0, span * 24) for _ in range(5))
    times = [t0] + [t0 + timedelta(hours=g) for g in gaps]
    prev = None
    for step, t in enumerate(times):
        t = f.morning(t)
        if prev is not None and t < prev + timedelta(hours=1):
            t = f.morning(prev + f.mins(60, 150))
        prev = t
        lang = langs[step % len(langs)]
        tpl = rng.choice(wt.SLIDE[lang][step])
        text = f.fill(c, tpl)
        where = rng.choice(("social", "community", "review"))
        if where == "review":
            ids.append(
                f.ev(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={
                        "rating": str(wt.SLIDE_RATINGS[step]),
                        "page": f"/clinics/{ascii_lower(c.town)}",
                    },
                )
            )
        elif where == "social":
            ids.append(f.ev(c, t, "social", "mention", text))
        else:
            ids.append(f.ev(c, t, "community", "post", text))
        c.extra.setdefault("_times", []).append(t)
    return ids


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        d0(2026, 6, 15),
        32,
        "sliders from a happy baseline, leavers, steady, steadily grumpy and sarcastic customers",
    )
    rng = f.rng
    nps_set = set(rng.sample(range(10), 5))
    spans = [3, 5, 7, 9] * 3
    for i in range(10):
        c = f.person(
            "slow_churner",
            "slides",
            expected=["sentiment_drop"] + (["detractor"] if i in nps_set else []),
            tolerated=SLIDER_TOL,
        )
        for d in sorted(rng.sample(range(11), rng.randint(4, 5))):
            f.happy(c, f.at(d, 8, 20), rng.choice(("praise", "praise", "again")))
        f.day_acts(
            c,
            rng.randint(2, 4),
            range(11),
            ("question", "purchase", "page", "review", "phone"),
            (3, 2, 2, 1, 1),
        )
        sd = rng.randint(12, 16)
        ids = slide(f, c, sd, spans[i], [c.lang])
        times = c.extra.pop("_times")
        c.extra.update(
            slide_event_ids=ids,
            slide_days=spans[i],
            trouble_starts_at=times[0],
            nps_given=i in nps_set,
        )
        if i in nps_set:
            n = rng.randint(1, 5)
            c.extra.update(
                nps=n,
                survey_event_id=f.ev(
                    c,
                    f.morning(times[3] + f.mins(150, 210)),
                    "survey",
                    "survey_response",
                    rng.choice(wt.LOW_SURVEY_WORDS[c.lang]) or None,
                    scores={"nps": n},
                    attrs={"survey": "nps"},
                ),
            )
    for _ in range(5):
        c = f.person(
            "slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=LEAVER_TOL
        )
        f.day_acts(c, rng.randint(4, 6), range(16), HAPPY_KINDS, NOSURVEY_W)
        t = f.at(rng.randint(17, 23), 8, 19)
        text = f.fill(c, f.pick(c, "leave", wt.LEAVE[c.lang]) or wt.LEAVE[c.lang][0])
        eid = f.ev(c, t, "email", "message", text, subject=wt.LEAVE_SUBJECT[c.lang])
        f.ev(
            c,
            f.morning(t + f.mins(60, 300)),
            "email",
            "message",
            f.fill(c, wt.LEAVE_ANSWER[c.lang]),
            subject="RE: " + wt.LEAVE_SUBJECT[c.lang],
            out=True,
        )
        tc = f.morning(t + f.mins(20 * 60, 30 * 60))
        reason = rng.choice(wt.CANCEL_REASON[c.lang])
        cid = f.ev(
            c, tc, "web", "cancellation", reason or None, attrs={"page": "/account/plan/cancel"}
        )
        c.extra.update(
            churn_intent_event_id=eid, cancellation_event_id=cid, churn_at=tc, trouble_starts_at=t
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.day_acts(c, rng.randint(6, 10), range(32), HAPPY_KINDS, HAPPY_W)
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        t = f.at(rng.randint(0, 4), 8, 20)
        first_g = t
        ids = []
        for _k in range(rng.randint(5, 7)):
            text = f.fill(
                c, f.pick(c, "grumpy", wt.GRUMPY[c.lang]) or rng.choice(wt.GRUMPY[c.lang])
            )
            where = rng.choice(("social", "community", "form", "review"))
            if where == "review":
                ids.append(
                    f.ev(
                        c,
                        t,
                        "web",
                        "review",
                        text,
                        attrs={"rating": "3", "page": f"/clinics/{ascii_lower(c.town)}"},
                    )
                )
            elif where == "form":
                ids.append(
                    f.ev(
                        c,
                        t,
                        "web",
                        "ticket",
                        text,
                        subject=short(text),
                        attrs={"page": "/help/contact"},
                    )
                )
            elif where == "social":
                ids.append(f.ev(c, t, "social", "mention", text))
            else:
                ids.append(f.ev(c, t, "community", "post", text))
            t = f.morning(t + timedelta(days=rng.randint(1, 3), minutes=rng.randint(-120, 120)))
        for _k in range(rng.randint(0, 2)):
            f.purchase(c, f.at(rng.randint(0, 25), 9, 19))
        c.extra.update(grumble_event_ids=ids, trouble_starts_at=first_g)
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        f.day_acts(c, rng.randint(3, 6), range(16), HAPPY_KINDS, NOSURVEY_W)
        t = f.at(rng.randint(17, 28), 8, 20)
        sid = f.post(c, t, f.fill(c, rng.choice(wh.SARCASM[c.lang])))
        c.extra["sarcasm_event_id"] = sid
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        d0(2026, 8, 21),
        3,
        "a calm summer weekend with night owls in small bursts; no spike",
    )
    rng = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.day_acts(c, rng.randint(1, 4), range(3), HAPPY_KINDS, HAPPY_W, 7, 17.5)
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.at(rng.randint(0, 2), 8, 17)
        if rng.random() < 0.5:
            f.purchase(c, t)
        else:
            f.page(c, t)
        tg = t + f.mins(20, 40)
        text = f.fill(c, rng.choice(wt.MILD[c.lang]))
        if i < 2:
            gid = f.ev(c, tg, "chat", "chat", text)
            f.ev(
                c,
                tg + f.mins(1, 6),
                "chat",
                "chat",
                f.fill(c, wt.MILD_ANSWER[c.lang]),
                out=True,
                attrs={"agent": c.agent},
            )
        else:
            gid = f.ev(
                c, tg, "web", "ticket", text, subject=short(text), attrs={"page": "/help/contact"}
            )
            f.ev(
                c,
                tg + f.mins(20, 90),
                "email",
                "message",
                f.fill(c, wt.MILD_ANSWER[c.lang]),
                subject="RE: " + short(text),
                out=True,
            )
        c.extra.update(grumble_event_id=gid, trouble_starts_at=tg)
    day_owls = set(rng.sample(range(36), 15))
    k = 0
    for nt in range(3):
        first = f.start + timedelta(days=nt + 1, minutes=40 + rng.randint(0, 25))
        starts = [first, first + f.mins(28, 33), first + f.mins(55, 65)]
        for b, bs in enumerate(starts):
            for _ in range(4):
                c = f.person("night_owl", f"night {nt + 1}, burst {b + 1}")
                t = bs + timedelta(minutes=rng.randint(0, 9), seconds=rng.randint(0, 59))
                if rng.random() < 0.5:
                    nid = f.post(c, t, f.fill(c, rng.choice(wh.NIGHT_POSTS[c.lang])))
                else:
                    qa = rng.choice(wh.NIGHT_Q[c.lang])
                    nid = f.ev(c, t, "chat", "chat", f.fill(c, qa[0]))
                    ta = t + f.mins(1, 4)
                    f.ev(
                        c, ta, "chat", "chat", f.fill(c, qa[1]), out=True, attrs={"agent": c.agent}
                    )
                    f.ev(
                        c,
                        ta + f.mins(1, 3),
                        "chat",
                        "chat",
                        f.fill(c, rng.choice(wh.NIGHT_THANKS[c.lang])),
                    )
                c.extra.update(burst_at=bs, night_event_id=nid)
                if k in day_owls:
                    f.happy(
                        c,
                        f.at(rng.randint(0, 2), 9, 17.5),
                        rng.choice(("praise", "purchase", "page")),
                    )
                k += 1
    return f


BL_PAIRS = (
    ("es", "en"),
    ("es", "en"),
    ("es", "en"),
    ("es", "en"),
    ("en", "es"),
    ("en", "es"),
    ("en", "es"),
    ("es", "fr"),
    ("es", "pt"),
    ("es", "de"),
    ("es", "it"),
    ("en", "fr"),
    ("en", "de"),
    ("en", "it"),
    ("en", "pt"),
    ("de", "en"),
    ("fr", "en"),
    ("it", "es"),
    ("pt", "es"),
    ("fr", "es"),
    ("de", "es"),
    ("es", "en"),
    ("en", "es"),
    ("pt", "en"),
    ("it", "en"),
    ("es", "fr"),
    ("en", "pt"),
)


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        6,
        d0(2026, 9, 14),
        14,
        "customers who write in two languages: happy, repeat contacts, sliders, one bad day, fixed",
    )
    rng = f.rng
    pairs = list(BL_PAIRS)
    rng.shuffle(pairs)
    roles = ["happy"] * 12 + ["repeat"] * 5 + ["slider"] * 5 + ["bad"] * 3 + ["fixed"] * 2
    rep_counts = [2, 2, 3, 3, 4]
    bad_kinds = ["long_email", "email", "chat"]
    ri = 0
    bi = 0
    for (l1, l2), role in zip(pairs, roles, strict=True):
        market = rng.choice(wh.MARKETS[l2] if rng.random() < 0.5 else wh.MARKETS[l1])
        both = [l1, l2]
        if role == "happy":
            c = f.person("happy", "alternates languages", lang=l1, market=market)
            f.day_acts(c, rng.randint(5, 8), range(14), HAPPY_KINDS, HAPPY_W, lang_cycle=both)
        elif role == "repeat":
            n = rep_counts[ri]
            ri += 1
            c = f.person(
                "repeat_contact",
                "repeats",
                lang=l1,
                market=market,
                expected=["repeat_contact"],
                tolerated=REPEAT_TOL,
            )
            f.day_acts(
                c,
                rng.randint(1, 3),
                [0, 1],
                ("praise", "purchase", "page", "question"),
                (2, 1, 1, 1),
                lang_cycle=both,
            )
            problem = rng.choice(wt.PROBLEMS)
            chans = ["email", "chat", "phone", "social", "form"]
            rng.shuffle(chans)
            case = f.case()
            t = f.at(rng.randint(2, 6), 8, 19)
            first_t = t
            ids = [f.raise_problem(c, t, problem, chans[0], l1, case)]
            f.reply_case(
                c,
                t + f.mins(90, 150) if n >= 3 else t + f.mins(5, 30),
                "chat" if chans[0] == "chat" and n < 3 else "email",
                l1,
                case,
                problem,
                passed_on=n >= 3,
            )
            for k in range(1, n):
                t = f.morning(t + f.mins(4 * 60, 40 * 60))
                ids.append(f.follow_up(c, t, chans[k], both[k % 2], case, problem, k + 1))
            c.extra.update(
                problem=problem,
                contacts=n,
                channels=["web" if x == "form" else x for x in chans[:n]],
                booking=case,
                agent_passed_on=n >= 3,
                problem_event_ids=ids,
                trouble_starts_at=first_t,
            )
        elif role == "slider":
            c = f.person(
                "slow_churner",
                "slides",
                lang=l1,
                market=market,
                expected=["sentiment_drop"],
                tolerated=SLIDER_TOL,
            )
            for j, d in enumerate(sorted(rng.sample(range(6), 5))):
                f.happy(c, f.at(d, 8, 20), "praise", both[j % 2])
            f.day_acts(
                c,
                rng.randint(1, 3),
                range(6),
                ("question", "purchase", "page"),
                (2, 1, 1),
                lang_cycle=both,
            )
            span = rng.randint(3, 5)
            ids = slide(f, c, rng.randint(7, 8), span, both)
            times = c.extra.pop("_times")
            c.extra.update(slide_event_ids=ids, slide_days=span, trouble_starts_at=times[0])
        elif role == "bad":
            kind = bad_kinds[bi]
            bi += 1
            c = f.person(
                "happy_one_bad_day", "one bad day", lang=l1, market=market, tolerated=["silence"]
            )
            bd = rng.randint(4, 9)
            ok = [d for d in range(14) if d <= bd - 2 or d >= bd + 3]
            f.day_acts(c, rng.randint(2, 5), ok, HAPPY_KINDS, NOSURVEY_W, lang_cycle=both)
            problem = rng.choice(wt.PROBLEMS)
            case = f.case()
            t = f.at(bd, 9, 19)
            ch = "chat" if kind == "chat" else "email"
            eid = f.raise_problem(c, t, problem, ch, l2, case, long_email=kind == "long_email")
            f.reply_case(
                c, t + (f.mins(1, 5) if ch == "chat" else f.mins(10, 40)), ch, l2, case, problem
            )
            fixed = ch == "email"
            if fixed:
                f.good_news(c, t + f.mins(60, 240), l2, case, problem)
            c.extra.update(
                problem=problem,
                bad_day_at=t,
                bad_day_event_id=eid,
                bad_day_language=l2,
                trouble_starts_at=t,
                booking=case,
                long_email=kind == "long_email",
                agent_fixed=fixed,
                channel=ch,
                apologised=kind == "email",
            )
            if kind == "email":
                ta = f.morning(t + f.mins(16 * 60, 24 * 60))
                aid = f.ev(c, ta, "chat", "chat", f.fill(c, rng.choice(wt.APOLOGY[l2])))
                c.extra.update(apology_at=ta, apology_event_id=aid)
        else:
            c = f.person(
                "resolved_between_contacts", "fixed", lang=l1, market=market, tolerated=["silence"]
            )
            f.day_acts(
                c,
                rng.randint(1, 3),
                [0, 1, 11, 12],
                ("praise", "purchase", "page"),
                (2, 1, 1),
                lang_cycle=both,
            )
            fixed_case(f, c, f.at(rng.randint(3, 7), 8, 18), rng.choice(wt.PROBLEMS), l1, l2)
            c.extra["confirm_language"] = l2
        c.extra.update(languages=both, job_second_language=f.gender(rng.choice(wh.JOBS[l2]), c.fem))
    return f


@dataclass
class Firm:
    market: str
    lang: str
    company: str
    domain: str
    acct: str
    names: set[str] = field(default_factory=set)
    members: list[Cust] = field(default_factory=list)
    bad: list[Cust] = field(default_factory=list)


def contact(
    f: Fam,
    firm: Firm,
    persona: str,
    role: str,
    expected: Sequence[str] = (),
    tolerated: Sequence[str] = (),
) -> Cust:
    c = f.person(
        persona,
        role,
        lang=firm.lang,
        market=firm.market,
        expected=expected,
        tolerated=tolerated,
        company=(firm.company, firm.domain),
        taken_first=firm.names,
    )
    c.account = firm.acct
    c.extra.update(company=firm.company, role=role)
    firm.members.append(c)
    return c


def routine(f: Fam, firm: Firm, c: Cust, days: Sequence[int], n: int, surveys: bool) -> None:
    """Weekday routine acts of a company contact, 08-16:30 UTC."""
    rng = f.rng
    lang = firm.lang
    for _ in range(n):
        t = f.at(rng.choice(list(days)), 8, 16.5)
        while t.weekday() >= 5:
            t += timedelta(days=1)
        what = rng.choice(
            ("question", "purchase", "page", "praise", "survey")
            if surveys
            else ("question", "purchase", "page")
        )
        if what == "question":
            qa = f.pick(c, "bq", wb.B_ROUTINE_Q[lang]) or rng.choice(wb.B_ROUTINE_Q[lang])
            f.ev(c, t, "chat", "chat", f.fill(c, qa[0]))
            ta = t + f.mins(1, 6)
            f.ev(c, ta, "chat", "chat", f.fill(c, qa[1]), out=True, attrs={"agent": c.agent})
            f.ev(c, ta + f.mins(1, 5), "chat", "chat", f.fill(c, rng.choice(wb.B_THANKS[lang])))
        elif what == "purchase":
            f.purchase(c, t)
        elif what == "praise":
            f.ev(
                c,
                t,
                "community",
                "post",
                f.fill(c, rng.choice(wb.B_PRAISE[lang]), company=firm.company),
            )
        elif what == "survey":
            f.survey(c, t)
        else:
            f.page(c, t)


def b2b_complaint(f: Fam, firm: Firm, c: Cust, t: datetime, problem: str, case: str) -> str:
    lang, market = firm.lang, firm.market
    tax = wb.TAX_ID[market]
    topic = wb.B_TOPIC[problem][lang].format(tax=tax)
    text = f.fill(
        c,
        wb.B_COMPLAINT[problem][lang][0],
        company=firm.company,
        tax=tax,
        amount=money(market, lang, EUR_VALUES["amount"]),
    )
    eid = f.ev(
        c, t, "email", "message", text, subject=wt.COMPLAINT_SUBJECT[lang].format(topic=topic)
    )
    f.ev(
        c,
        f.office(t + f.mins(20, 90)),
        "email",
        "message",
        f.fill(c, wb.B_ACK[lang], case=case, topic=topic, company=firm.company),
        subject=f"{wt.CASE_WORD[lang]} {case}: {topic}",
        out=True,
    )
    return eid


def low_nps(f: Fam, c: Cust, t: datetime, lang: str) -> None:
    n = f.rng.randint(1, 5)
    sid = f.ev(
        c,
        t,
        "survey",
        "survey_response",
        f.rng.choice(wb.B_LOW_WORDS[lang]) or None,
        scores={"nps": n},
        attrs={"survey": "nps"},
    )
    c.extra.update(nps_given=True, nps=n, survey_event_id=sid)


B2B_PLAN: tuple[tuple[str, str | None, int, int], ...] = (
    ("at_risk", "invoice", 4, 2),
    ("at_risk", "service_blocked", 3, 2),
    ("at_risk", "portal", 3, 2),
    ("at_risk", "overbilled", 4, 2),
    ("at_risk", "invoice", 3, 2),
    ("one_unhappy", "portal", 1, 2),
    ("one_unhappy", "invoice", 1, 2),
    ("one_unhappy", "overbilled", 1, 2),
    ("one_unhappy", "service_blocked", 1, 2),
    ("mild", None, 2, 2),
    ("mild", None, 2, 1),
    ("mild", None, 2, 1),
    ("happy", None, 0, 4),
    ("happy", None, 0, 4),
    ("happy", None, 0, 4),
)
COMPLAINER_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]


def at_risk(f: Fam, firm: Firm, problem: str, nbad: int, last_channel: str) -> dict[str, Any]:
    rng = f.rng
    lang = firm.lang
    topic = wb.B_TOPIC[problem][lang].format(tax=wb.TAX_ID[firm.market])
    case = f.case()
    t = f.at(2, 8, 15)
    first_t = t
    first_c: Cust | None = None
    first_day = ""
    for j in range(nbad):
        last = j == nbad - 1
        c = contact(
            f,
            firm,
            "b2b_unhappy",
            "complainer",
            expected=["repeat_contact"] if last else ["detractor"],
            tolerated=COMPLAINER_TOL,
        )
        firm.bad.append(c)
        routine(f, firm, c, [0, 1], rng.randint(0, 2), False)
        if first_c is None:
            eid = b2b_complaint(f, firm, c, t, problem, case)
            first_c, first_day = c, wb.WEEKDAYS[lang][t.weekday()]
        else:
            t = f.office(t + f.mins(8 * 60, 28 * 60))
            when = wb.THIS_MORNING[lang] if t.date() == first_t.date() else first_day
            tpl = wb.B_FOLLOW[lang][(j - 1) % len(wb.B_FOLLOW[lang])]
            text = f.fill(
                c,
                tpl,
                colleague=first_c.name.split(" ")[0],
                colleague_fem=first_c.fem,
                weekday=when,
                case=case,
                topic=topic,
                company=firm.company,
            )
            eid = f.ev(
                c,
                t,
                "email",
                "message",
                text,
                subject=f"{rng.choice(wt.REPLY_PREFIX[lang])} {wt.CASE_WORD[lang]} {case}",
            )
        ids = [eid]
        if not last:
            low_nps(f, c, t + f.mins(60, 180), lang)
        else:
            t2 = f.office(t + f.mins(18 * 60, 40 * 60))
            if last_channel == "email":
                text = f.fill(c, wb.B_LAST[lang], case=case, topic=topic, company=firm.company)
                ids.append(
                    f.ev(
                        c,
                        t2,
                        "email",
                        "message",
                        text,
                        subject=f"{rng.choice(wt.REPLY_PREFIX[lang])} {wt.CASE_WORD[lang]} {case}",
                    )
                )
            else:
                opener = rng.choice(wh.PHONE_OPENERS[lang])
                text = f.fill(
                    c,
                    wb.B_LAST_PHONE[lang],
                    opener=opener,
                    case_spoken=f.case_spoken(c, case),
                    company=firm.company.lower().replace("&", "and"),
                )
                ids.append(f.ev(c, t2, "phone", "call", text))
            c.extra.update(nps_given=False, channel=last_channel)
        c.extra.update(problem=problem, booking=case, complaint_event_ids=ids, trouble_starts_at=t)
    return {
        "same_problem": problem,
        "trouble_starts_at": iso(first_t),
        "expected_rules": ["account_risk"],
    }


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        d0(2026, 10, 5),
        14,
        "companies with employee dental plans: at risk, one unhappy, mild, happy",
    )
    rng = f.rng
    last_channels = ["email", "email", "phone", "phone", "phone"]
    rng.shuffle(last_channels)
    for (market, lang, company, domain, site), (kind, problem, nbad, nhappy) in zip(
        wb.COMPANIES, B2B_PLAN, strict=True
    ):
        acct = REG.fresh(lambda m=market: f"SNB-{m}-{rng.randint(1000, 9999)}")
        firm = Firm(market, lang, company, domain, acct)
        extra: dict[str, Any] = {
            "same_problem": None,
            "trouble_starts_at": None,
            "expected_rules": [],
        }
        if kind == "at_risk" and problem is not None:
            extra = at_risk(f, firm, problem, nbad, last_channels.pop())
        elif kind == "one_unhappy" and problem is not None:
            c = contact(
                f,
                firm,
                "b2b_one_unhappy",
                "complainer",
                expected=["detractor"],
                tolerated=["sentiment_drop", "high_value_at_risk", "silence"],
            )
            firm.bad.append(c)
            routine(f, firm, c, [0, 1], rng.randint(0, 2), False)
            t = f.office(f.at(rng.randint(2, 9), 8, 15))
            case = f.case()
            eid = b2b_complaint(f, firm, c, t, problem, case)
            low_nps(f, c, t + f.mins(60, 180), lang)
            c.extra.update(
                problem=problem, booking=case, complaint_event_ids=[eid], trouble_starts_at=t
            )
        elif kind == "mild":
            for j in range(nbad):
                c = contact(f, firm, "b2b_mild", "suggests", tolerated=["silence"])
                routine(f, firm, c, [0, 1], rng.randint(0, 2), False)
                t = f.office(f.at(rng.randint(2, 9), 8, 16.5))
                text = f.fill(c, wb.B_SUGGEST[lang][j % 2])
                mid = f.ev(
                    c,
                    t,
                    "web",
                    "ticket",
                    text,
                    subject=short(text),
                    attrs={"page": "/business/contact"},
                )
                f.ev(
                    c,
                    f.office(t + f.mins(30, 180)),
                    "email",
                    "message",
                    f.fill(c, wb.B_SUGGEST_ACK[lang]),
                    subject="RE: " + short(text),
                    out=True,
                )
                c.extra.update(mild_event_id=mid, trouble_starts_at=t)
        for _ in range(nhappy):
            c = contact(f, firm, "b2b_happy", "contact")
            routine(f, firm, c, range(14), rng.randint(3, 6), True)
        for c in firm.members:
            c.habit = c.extra["role"]
        f.accounts[acct] = {
            "company": company,
            "site": site,
            "contacts": len(firm.members),
            "contact_keys": [c.key for c in firm.members],
            "unhappy_contacts": len(firm.bad),
            "unhappy_contact_keys": [c.key for c in firm.bad],
            "at_risk": kind == "at_risk",
            "tolerated_rules": [],
            "kind": kind,
            "language": lang,
            "country": market,
            **extra,
        }
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        d0(2026, 11, 3),
        7,
        "a calm week, then many customers report the same app fault within an hour",
    )
    rng = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        f.day_acts(c, rng.randint(1, 4), range(6), HAPPY_KINDS, HAPPY_W, 8, 20)
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.at(2, 9, 18)
        text = f.fill(c, rng.choice(wt.GRUMPY[c.lang]))
        gid = f.ev(c, t, "chat", "chat", text)
        f.ev(
            c,
            t + f.mins(2, 6),
            "chat",
            "chat",
            f.fill(c, wt.MILD_ANSWER[c.lang]),
            out=True,
            attrs={"agent": c.agent},
        )
        c.extra.update(grumble_event_id=gid, trouble_starts_at=t)
    for lang, hm in (("es", (9, 24)), ("en", (15, 10))):
        c = f.person("grumbles_once", "lone question", lang=lang, tolerated=["silence"])
        t = f.start + timedelta(days=5, hours=hm[0], minutes=hm[1])
        q, a = wt.LONE[lang]
        lid = f.ev(c, t, "chat", "chat", f.fill(c, q))
        f.ev(c, t + f.mins(2, 5), "chat", "chat", f.fill(c, a), out=True, attrs={"agent": c.agent})
        c.extra.update(lone_report_event_id=lid, trouble_starts_at=t)
    langs = ["es"] * 6 + ["en"] * 6 + ["de", "de", "fr", "fr", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(chans)
    regular = [True] * 12 + [False] * 8
    rng.shuffle(regular)
    spike_start = f.start + timedelta(days=6, hours=7, minutes=40)
    offsets = sorted(
        [0, 45] + [rng.randint(1, 25) for _ in range(8)] + [rng.randint(26, 44) for _ in range(10)]
    )
    order = list(range(20))
    rng.shuffle(order)
    reporters: list[tuple[Cust, datetime, str, str]] = []
    lang_turn: dict[str, int] = {}
    for slot, i in enumerate(order):
        lang = langs[i]
        ch = chans[i]
        c = f.person(
            "spike_reporter", "regular" if regular[i] else "new", lang=lang, tolerated=["silence"]
        )
        if regular[i]:
            for _ in range(rng.randint(1, 3)):
                f.happy(c, f.at(4, 8, 18), rng.choice(("praise", "purchase", "page", "question")))
        t = spike_start + timedelta(
            minutes=offsets[slot], seconds=rng.randint(0, 50) if 0 < offsets[slot] < 45 else 0
        )
        variants = wt.SPIKE[lang]
        n = lang_turn.get(lang, 0)
        lang_turn[lang] = n + 1
        text = f.fill(c, variants[n % len(variants)])
        if ch == "social":
            eid = f.ev(c, t, "social", "mention", text)
        elif ch == "community":
            eid = f.ev(c, t, "community", "post", text)
        elif ch == "chat":
            eid = f.ev(c, t, "chat", "chat", text)
        elif ch == "email":
            eid = f.ev(c, t, "email", "message", text, subject=wt.SPIKE_SUBJECT[lang])
        else:
            eid = f.ev(
                c,
                t,
                "web",
                "ticket",
                text,
                subject=wt.SPIKE_SUBJECT[lang],
                attrs={"page": "/help/contact"},
            )
        c.extra.update(
            in_spike=True,
            regular=regular[i],
            spike_event_id=eid,
            spike_channel=ch,
            trouble_starts_at=t,
        )
        reporters.append((c, t, ch, eid))
    early = [r for r in reporters if r[1] <= spike_start + timedelta(minutes=25)]
    repeaters = rng.sample(early, 6)
    rep_ids = []
    for c, t, ch, _eid in repeaters:
        c.persona = "spike_repeater"
        c.expected = ["repeat_contact"]
        c.tolerated = ["sentiment_drop", "silence"]
        t2 = t + f.mins(15, 50)
        other = rng.choice([x for x in ("chat", "social", "email", "community") if x != ch])
        text = f.fill(c, rng.choice(wt.SPIKE_REPEAT[c.lang]))
        if other == "email":
            rid = f.ev(c, t2, "email", "message", text, subject="RE: " + wt.SPIKE_SUBJECT[c.lang])
        elif other == "chat":
            rid = f.ev(c, t2, "chat", "chat", text)
        elif other == "social":
            rid = f.ev(c, t2, "social", "mention", text)
        else:
            rid = f.ev(c, t2, "community", "post", text)
        c.extra["repeat_event_id"] = rid
        rep_ids.append(rid)
    rest = [r for r in reporters if r not in repeaters]
    for c, _t, _ch, _eid in rng.sample(rest, 6):
        local = "09:15" if c.market in ("UK", "IE", "PT") else "10:15"
        ts = spike_start.replace(hour=9, minute=30) + f.mins(0, 15)
        f.ev(
            c,
            ts,
            "email",
            "message",
            f.fill(c, wt.SPIKE_FIXED[c.lang], fixed_local=local),
            subject=wt.SPIKE_FIXED_SUBJECT[c.lang],
            out=True,
        )
        c.extra["agent_fixed"] = True
    firsts = sorted(reporters, key=lambda r: r[1])
    f.spike = {
        "topic": "dental app cannot load appointments: QR check-in and booking fail, error APT-472",
        "about": "Monday morning: patients at reception cannot check in or book (APT-472)",
        "channel": None,
        "start": iso(firsts[0][1]),
        "end": iso(firsts[-1][1]),
        "customers": 20,
        "customer_keys": [r[0].key for r in firsts],
        "event_ids": [r[3] for r in firsts],
        "repeat_event_ids": rep_ids,
    }
    return f


FAMILIES: tuple[tuple[Callable[[], Fam], dict[str, int]], ...] = (
    (happy_writers, {}),
    (one_bad_day, {"detractor": 6}),
    (repeat_contacts, {"repeat_contact": 12}),
    (slow_churners, {"churn_intent": 5, "detractor": 5, "sentiment_drop": 10}),
    (quiet_hours, {}),
    (bilingual, {"repeat_contact": 5, "sentiment_drop": 5}),
    (b2b_accounts, {"account_risk": 5, "detractor": 16, "repeat_contact": 5}),
    (topic_spike, {"repeat_contact": 6, "topic_spike": 1}),
)


def main() -> None:
    total_c = total_t = 0
    for build, planted in FAMILIES:
        fam = build()
        nc, nt = fam.write(dict(sorted(planted.items())))
        total_c += nc
        total_t += nt
        print(f"{fam.name}: {nc} customers, {nt} touchpoints")
    print(f"total: {total_c} customers, {total_t} touchpoints")


if __name__ == "__main__":
    main()
