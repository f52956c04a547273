"""Write the heldout22 alert scenarios (Sipario, concert and theatre tickets).

Blind, hand-written, report only. Standard library only and deterministic: one
``random.Random`` per family, seeded ``SEED * 100 + n``. Run from anywhere:
``python tests/scenarios/heldout22/make_heldout22.py``.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import wording_business as wb
import wording_happy as wh
import wording_trouble as wt

SEED = 20261009
OUT = Path(__file__).resolve().parent
BUSINESS = (
    "Sipario: tickets for concerts, theatre and festivals in Italy, France, the UK, Germany, "
    "Spain and Portugal (app wallet with QR tickets, Sipario Pass membership, official "
    "resale, gift cards, refund guarantee) and Sipario Pro for venues and promoters"
)
LANGS = ("it", "fr", "en", "de", "es", "pt")
LANG_WEIGHTS = (27, 25, 14, 12, 11, 11)
HOME = {"it": "IT", "fr": "FR", "en": "UK", "de": "DE", "es": "ES", "pt": "PT"}
DIAL = {"IT": "+39", "FR": "+33", "UK": "+44", "DE": "+49", "ES": "+34", "PT": "+351"}
MOBILE = {
    "IT": ("33", "34", "38"),
    "FR": ("6", "7"),
    "UK": ("7",),
    "DE": ("15", "16", "17"),
    "ES": ("6",),
    "PT": ("91", "93", "96"),
}
MAIL_DOMAINS = ("posta.example", "mail.example", "webmail.example", "inbox.example")
COMPETITORS = ("Tixaro", "Passeo")
SOURCES = {
    "email": "zendesk",
    "chat": "intercom",
    "phone": "aircall",
    "social": "brandwatch",
    "community": "discourse",
    "survey": "qualtrics",
    "web": "webshop",
}
SUBJ_Q = {
    "it": "Domanda",
    "fr": "Question",
    "en": "Quick question",
    "de": "Frage",
    "es": "Consulta",
    "pt": "Dúvida",
}
NO_TOL: list[str] = []
T_REPEAT = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_SLIDE = ["repeat_contact", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_LEAVE = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
T_B2B_RISK = [*T_REPEAT, "account_risk"]
T_B2B_ONE = ["sentiment_drop", "high_value_at_risk", "silence"]
HAPPY_KINDS = ("praise", "mention", "chat_q", "email_q", "phone_q", "purchase", "page", "review")
HAPPY_W = (3, 2, 3, 1, 1, 2, 2, 1)


def ascii_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", ascii_fold(text).lower()).strip("-")


def spoken(text: str) -> str:
    """A speech-to-text transcript: lower case, no emoji, almost no punctuation."""
    words = re.sub(r"[^\w\s'%-]", " ", text.lower())
    return re.sub(r"\s+", " ", words).strip()


@dataclass
class Cust:
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
    show: tuple[str, str, str]
    persona: str = "happy"
    expected: list[str] = field(default_factory=list)
    tolerated: list[str] = field(default_factory=list)
    info: dict[str, Any] = field(default_factory=dict)
    langs: tuple[str, ...] = ()

    def speaks(self, k: int) -> str:
        """The language of the k-th act (bilingual customers alternate)."""
        return self.langs[k % 2] if self.langs else self.lang


@dataclass
class Ev:
    eid: str
    at: datetime
    seq: int
    cust: Cust
    channel: str
    kind: str
    direction: str
    text: str | None
    subject: str | None
    scores: dict[str, int]
    attrs: dict[str, str]


class Fam:
    def __init__(self, name: str, code: str, n: int, start: str, days: int, about: str) -> None:
        self.name = name
        self.code = code
        self.rng = random.Random(SEED * 100 + n)
        self.seed = SEED * 100 + n
        self.start = datetime.fromisoformat(start).replace(tzinfo=UTC)
        self.days = days
        self.about = about
        self.custs: list[Cust] = []
        self.events: list[Ev] = []
        self.used: set[str] = set()
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.refs: set[str] = set()

    # ---- people -------------------------------------------------------------
    def fresh(self, make: Any) -> str:
        while True:
            value = str(make())
            if value not in self.used:
                self.used.add(value)
                return value

    def lang(self) -> str:
        return self.rng.choices(LANGS, LANG_WEIGHTS)[0]

    def person(
        self,
        persona: str,
        lang: str | None = None,
        market: str | None = None,
        account: str | None = None,
        domain: str | None = None,
        taken: set[str] | None = None,
    ) -> Cust:
        r = self.rng
        lg = lang or self.lang()
        mk = market or HOME[lg]
        fem = r.random() < 0.5
        names = (wh.NAMES_F if fem else wh.NAMES_M)[lg]
        first = r.choice([x for x in names if taken is None or x not in taken] or names)
        if taken is not None:
            taken.add(first)
        last = r.choice(wh.SURNAMES[lg])
        key = f"SP{self.code}{len(self.custs) + 1:04d}"
        base = f"{slug(first)}.{slug(last)}".replace("-", "")
        if domain:
            email = self.fresh(lambda: f"{slug(first)}.{slug(last)}@{domain}".replace("-", ""))
        else:
            email = self.fresh(
                lambda: f"{base}{r.choice(['', str(r.randint(1, 99))])}@{r.choice(MAIL_DOMAINS)}"
            )
        dial = DIAL[mk]
        mobile = r.choice(MOBILE[mk])
        phone = self.fresh(
            lambda: f"{dial}{mobile}{r.randint(1_000_000, 9_999_999)}{r.randint(0, 9)}"
        )
        handle = None
        if not account:
            handle = self.fresh(
                lambda: (
                    "@"
                    + r.choice([slug(first), slug(first)[:3] + slug(last), slug(last)]).replace(
                        "-", ""
                    )
                    + r.choice(["", "_", "."])
                    + str(r.randint(1, 999))
                )
            )
        show = r.choice(wh.SHOWS[mk])
        c = Cust(key, lg, mk, fem, first, last, email, phone, handle, account, show, persona)
        self.custs.append(c)
        return c

    def ref(self) -> str:
        return self.fresh(lambda: f"SP-{self.rng.randint(100000, 999999)}")

    # ---- time ---------------------------------------------------------------
    def t(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def day_t(self, d: int, lo: float = 7.0, hi: float = 21.5) -> datetime:
        return self.t(d, self.rng.uniform(lo, hi))

    def night_t(self, d: int) -> datetime:
        return self.t(d, 22 + 1 / 6 + self.rng.uniform(0, 6 + 1 / 3))

    def minutes(self, lo: float, hi: float) -> timedelta:
        return timedelta(minutes=self.rng.uniform(lo, hi))

    def spread(
        self,
        n: int,
        d_lo: int,
        d_hi: int,
        avoid: list[tuple[datetime, datetime]] | None = None,
        lo: float = 7.0,
        hi: float = 21.5,
    ) -> list[datetime]:
        out: list[datetime] = []
        tries = 0
        while len(out) < n:
            tries += 1
            cand = self.day_t(self.rng.randint(d_lo, d_hi), lo, hi)
            clash = any(a <= cand <= b for a, b in avoid or [])
            near = any(abs((cand - o).total_seconds()) < 4 * 3600 for o in out)
            if (clash or near) and tries < 500:
                continue
            if clash:
                raise RuntimeError(f"{self.name}: no free time")
            out.append(cand)
        return sorted(out)

    # ---- wording ------------------------------------------------------------
    def fill(self, c: Cust, template: str, **kw: str) -> str:
        text = re.sub(r"\[\[([^|\]]*)\|([^\]]*)\]\]", r"\1" if c.fem else r"\2", template)
        artist, city, venue = c.show
        values = {
            "artist": artist,
            "city": city,
            "venue": venue,
            "name": c.first,
            "agent": self.rng.choice(wh.AGENTS[c.speaks(0)]),
            "comp": self.rng.choice(COMPETITORS),
        }
        values.update(kw)
        return text.format(**values)

    def noisy(self, text: str, lang: str) -> str:
        r = self.rng
        if r.random() < 0.1:
            if lang == "de":
                for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe")):
                    text = text.replace(a, b).replace(b.upper(), b.upper())
                text = text.replace("ß", "ss").replace("Ü", "Ue")
            else:
                text = "".join(ascii_fold(ch) if ch not in "ñÑ" else ch for ch in text)
        if r.random() < 0.08 and text[:1].isupper() and text[1:2].islower():
            text = text[0].lower() + text[1:]
        if r.random() < 0.1:
            words = text.split(" ")
            idx = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha()]
            if idx:
                i = r.choice(idx)
                w = words[i]
                j = r.randint(1, len(w) - 3)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    def say(self, c: Cust, template: str, lang: str, **kw: str) -> str:
        return self.noisy(self.fill(c, template, **kw), lang)

    def amount(self, c: Cust, lang: str, value: float) -> str:
        if lang == "en":
            sign = "£" if c.market == "UK" else "€"
            return f"{sign}{value:,.2f}"
        text = f"{value:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
        return text

    # ---- events -------------------------------------------------------------
    def ev(
        self,
        c: Cust,
        at: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        direction: str = "inbound",
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        eid = f"sp22-{self.code.lower()}-{len(self.events) + 1:05d}"
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        a.update(attrs or {})
        self.events.append(
            Ev(
                eid,
                at,
                len(self.events),
                c,
                channel,
                kind,
                direction,
                text,
                subject,
                scores or {},
                a,
            )
        )
        return eid

    def reply(
        self, c: Cust, at: datetime, channel: str, text: str, subject: str | None = None
    ) -> str:
        kind = "chat" if channel == "chat" else "message"
        return self.ev(c, at, channel, kind, text, subject, direction="outbound")

    def survey(self, c: Cust, at: datetime, kind: str, score: int, text: str = "") -> str:
        return self.ev(
            c,
            at,
            "survey",
            "survey_response",
            text or None,
            scores={kind: score},
            attrs={"survey": kind},
        )

    def happy_survey(self, c: Cust, at: datetime, k: int = 0) -> str:
        lang = c.speaks(k)
        kind = self.rng.choice(["nps", "nps", "csat", "ces"])
        score = {"nps": self.rng.choice([9, 10, 10]), "csat": self.rng.choice([4, 5, 5])}.get(
            kind, self.rng.choice([6, 7])
        )
        return self.survey(c, at, kind, score, self.rng.choice(wh.SURVEY_WORDS[lang]))

    def act(self, c: Cust, kind: str, at: datetime, k: int = 0, night: bool = False) -> datetime:
        """One happy act starting at ``at``; returns when it ends."""
        r = self.rng
        lang = c.speaks(k)
        if kind in ("praise", "gripe", "night_post"):
            pool = {"praise": wh.PRAISE, "gripe": wh.GRIPE_PRAISE, "night_post": wh.NIGHT}[kind]
            channel = r.choice(["social", "social", "community"])
            self.ev(c, at, channel, "post", self.say(c, r.choice(pool[lang]), lang))
            return at
        if kind == "mention":
            self.ev(c, at, "social", "mention", self.say(c, r.choice(wh.MENTION[lang]), lang))
            return at
        if kind in ("chat_q", "email_q", "night_q"):
            q, a = r.choice((wh.NIGHT_QA if kind == "night_q" else wh.QA)[lang])
            agent = r.choice(wh.AGENTS[lang])
            thanks = r.choice(wh.THANKS[lang])
            if kind == "email_q":
                subj = SUBJ_Q[lang]
                self.ev(c, at, "email", "message", self.say(c, q, lang), subj)
                back = at + self.minutes(20, 90)
                self.reply(c, back, "email", self.fill(c, a, agent=agent), f"RE: {subj}")
                end = back + self.minutes(10, 100)
                self.ev(
                    c,
                    end,
                    "email",
                    "message",
                    self.say(c, thanks, lang, agent=agent),
                    f"RE: {subj}",
                )
                return end
            self.ev(c, at, "chat", "chat", self.say(c, q, lang))
            back = at + self.minutes(1, 6)
            self.reply(c, back, "chat", self.fill(c, a, agent=agent))
            end = back + self.minutes(1, 5)
            self.ev(c, end, "chat", "chat", self.say(c, thanks, lang, agent=agent))
            return end
        if kind == "phone_q":
            self.ev(c, at, "phone", "call", spoken(self.fill(c, r.choice(wh.PHONE_Q[lang]))))
            return at
        artist, city, _ = c.show
        page_slug = slug(f"{artist} {city}")
        if kind == "purchase":
            product, page, price = r.choice(wh.PRODUCTS)
            path = page.format(slug=page_slug)
            self.ev(c, at, "web", "page_view", attrs={"page": path})
            end = at + self.minutes(3, 15)
            uk = c.market == "UK"
            value = round(price * 0.9, 2) if uk else price
            attrs = {"order_value": f"{value:.2f}", "currency": "GBP" if uk else "EUR"}
            attrs["product"] = product
            self.ev(c, end, "web", "purchase", attrs=attrs)
            return end
        if kind == "page":
            self.ev(
                c, at, "web", "page_view", attrs={"page": r.choice(wh.PAGES).format(slug=page_slug)}
            )
            return at
        if kind == "review":
            text = self.say(c, r.choice(wh.REVIEW[lang]), lang)
            self.ev(c, at, "web", "review", text, attrs={"rating": str(r.choice([4, 5, 5]))})
            return at
        if kind == "survey":
            self.happy_survey(c, at, k)
            return at
        raise ValueError(kind)

    def happy_acts(
        self,
        c: Cust,
        n: int,
        d_lo: int,
        d_hi: int,
        avoid: list[tuple[datetime, datetime]] | None = None,
        kinds: tuple[str, ...] = HAPPY_KINDS,
        weights: tuple[int, ...] = HAPPY_W,
        k0: int = 0,
        gripe: bool = False,
        hi: float = 21.5,
    ) -> list[datetime]:
        times = self.spread(n, d_lo, d_hi, avoid, hi=hi)
        chosen = self.rng.choices(kinds, weights, k=n)
        if gripe:
            chosen[self.rng.randrange(n)] = "gripe"
        for i, (at, kind) in enumerate(zip(times, chosen, strict=True)):
            self.act(c, kind, at, k0 + i)
        return times

    # ---- trouble ------------------------------------------------------------
    def problem_text(self, c: Cust, problem: str, lang: str) -> tuple[str, str]:
        sent, noun = wt.PROBLEMS[problem][lang]
        value = self.rng.choice([39.0, 59.0, 78.0, 118.0, 145.0])
        return self.fill(c, sent, amount=self.amount(c, lang, value)), noun

    def complain(self, c: Cust, at: datetime, how: str, problem: str, lang: str) -> str:
        r = self.rng
        sent, noun = self.problem_text(c, problem, lang)
        end = self.fill(c, r.choice(wt.ANGRY_END[lang]))
        subject = noun[:1].upper() + noun[1:]
        if how == "long":
            text = self.fill(c, r.choice(wt.LONG_EMAIL[lang]), sent=sent, end=end)
            return self.ev(c, at, "email", "message", self.noisy(text, lang), subject)
        text = self.fill(c, r.choice(wt.COMPLAIN[how][lang]), sent=sent, end=end)
        if how == "phone":
            return self.ev(c, at, "phone", "call", spoken(text))
        channel, kind = {
            "email": ("email", "message"),
            "chat": ("chat", "chat"),
            "social": ("social", "post"),
            "web": ("web", "ticket"),
        }[how]
        return self.ev(
            c, at, channel, kind, self.noisy(text, lang), subject if how != "chat" else None
        )

    def follow(
        self, c: Cust, at: datetime, how: str, nth: int, ref: str, problem: str, lang: str
    ) -> str:
        r = self.rng
        _, noun = wt.PROBLEMS[problem][lang]
        pool = {2: wt.FOLLOW, 3: wt.THIRD}.get(nth, wt.FOURTH)
        text = self.fill(c, r.choice(pool[lang]), ref=ref, noun=noun)
        if how == "phone":
            if nth == 2:
                text = self.fill(c, r.choice(wt.PHONE_FOLLOW[lang]), ref=ref, noun=noun)
            return self.ev(c, at, "phone", "call", spoken(text))
        subject = f"{wt.REPLY_PREFIX[lang]} {noun[:1].upper() + noun[1:]} [{ref}]"
        channel, kind, subj = {
            "email": ("email", "message", subject),
            "chat": ("chat", "chat", None),
            "social": ("social", "post", None),
            "web": ("web", "ticket", subject),
        }[how]
        if how == "social":
            text = "@Sipario " + text
        return self.ev(c, at, channel, kind, self.noisy(text, lang), subj)

    def agent_mail(self, c: Cust, at: datetime, what: str, ref: str, lang: str) -> str:
        text = self.fill(c, wt.AGENT[what][lang], ref=ref, agent=self.rng.choice(wh.AGENTS[lang]))
        subj = wt.AGENT_SUBJ[what][lang].format(ref=ref) if what in wt.AGENT_SUBJ else None
        return self.reply(c, at, "email", text, subj)

    def fixed_case(self, c: Cust, t0: datetime, problem: str, lang: str, confirm_lang: str) -> str:
        """A problem raised once, fixed by an agent and confirmed: returns the case reference."""
        r = self.rng
        how = r.choice(["email", "chat", "phone", "web"])
        ref = self.ref()
        first = self.complain(c, t0, how, problem, lang)
        self.agent_mail(c, t0 + self.minutes(5, 30), "opened", ref, lang)
        fixed_at = t0 + self.minutes(180, 1200)
        self.agent_mail(c, fixed_at, "fixed", ref, lang)
        confirmed = self.daytime(fixed_at + self.minutes(480, 1800))
        text = self.say(c, r.choice(wt.CONFIRM[confirm_lang]), confirm_lang, ref=ref)
        if r.random() < 0.5:
            subj = f"{wt.REPLY_PREFIX[confirm_lang]} {wt.AGENT_SUBJ['fixed'][lang].format(ref=ref)}"
            conf = self.ev(c, confirmed, "email", "message", text, subj)
        else:
            conf = self.ev(c, confirmed, "chat", "chat", text)
        c.info.setdefault("problems", []).append(
            {
                "problem": wt.PROBLEM_ABOUT[problem],
                "booking": ref,
                "raised_at": iso(t0),
                "fixed_at": iso(fixed_at),
                "confirmed_at": iso(confirmed),
                "problem_event_ids": [first],
                "confirm_event_id": conf,
                "channel": how,
            }
        )
        return ref

    def daytime(self, at: datetime) -> datetime:
        """Moved out of 22:00-07:00 UTC to the next morning."""
        if at.hour >= 22:
            at = at.replace(hour=7, minute=0) + timedelta(days=1) + self.minutes(5, 120)
        elif at.hour < 7:
            at = at.replace(hour=7, minute=0) + self.minutes(5, 120)
        return at

    def office(self, at: datetime, last_hour: int = 15) -> datetime:
        """Moved into weekdays 08:00-last_hour:59 UTC."""
        while True:
            if at.hour > last_hour:
                at = at.replace(hour=8, minute=0) + timedelta(days=1) + self.minutes(5, 90)
                continue
            if at.hour < 8:
                at = at.replace(hour=8, minute=0) + self.minutes(5, 90)
                continue
            if at.weekday() >= 5:
                at = at.replace(hour=8, minute=0) + timedelta(days=1) + self.minutes(5, 90)
                continue
            return at

    def repeat_case(
        self, c: Cust, t0: datetime, contacts: int, problem: str, langs: list[str], passed: bool
    ) -> None:
        r = self.rng
        ref = self.ref()
        hows = ["email", "chat", "phone", "social", "web"]
        r.shuffle(hows)
        first_how = hows[0]
        eids = [self.complain(c, t0, first_how, problem, langs[0])]
        if passed:
            self.agent_mail(c, t0 + self.minutes(90, 150), "passed", ref, langs[0])
        else:
            self.agent_mail(c, t0 + self.minutes(5, 30), "opened", ref, langs[0])
        at = t0
        for nth in range(2, contacts + 1):
            at = self.daytime(at + self.minutes(180, 2700))
            eids.append(
                self.follow(c, at, hows[nth - 1], nth, ref, problem, langs[(nth - 1) % len(langs)])
            )
        c.info.update(
            problem=wt.PROBLEM_ABOUT[problem],
            contacts=contacts,
            channels=hows[:contacts],
            booking=ref,
            agent_passed_on=passed,
            problem_event_ids=eids,
            trouble_starts_at=iso(t0),
        )

    def slide(self, c: Cust, t0: datetime, span: int, k0: int = 0) -> list[tuple[str, datetime]]:
        r = self.rng
        eids: list[tuple[str, datetime]] = []
        gaps = sorted(r.uniform(0, span) for _ in range(4))
        offsets = [0.0, *gaps, float(span)]
        for step, off in enumerate(offsets):
            at = self.daytime(t0 + timedelta(days=off) + self.minutes(0, 60))
            lang = c.speaks(k0 + step)
            text = self.say(c, wt.SLIDE[lang][step], lang)
            how = r.choice(["social", "community", "chat", "review"])
            if how == "review":
                rating = str(max(1, 3 - step // 2))
                eid = self.ev(c, at, "web", "review", text, attrs={"rating": rating})
            elif how == "chat":
                eid = self.ev(c, at, "chat", "chat", text.replace("@Sipario ", ""))
            else:
                eid = self.ev(c, at, how, "post", text)
            eids.append((eid, at))
        return eids

    # ---- output -------------------------------------------------------------
    def identifiers(self, c: Cust) -> dict[str, Any]:
        return {
            "customer_id": c.key,
            "email": c.email.lower(),
            "phone": c.phone,
            "handle": c.handle,
            "account_id": c.account,
        }

    def render_customer(self, e: Ev, full: bool) -> dict[str, Any]:
        c = e.cust
        r = self.rng
        ref: dict[str, Any] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": c.account,
        }
        if full:
            ref.update(customer_id=c.key, email=c.email, phone=self.phone_text(c), handle=c.handle)
        elif e.channel == "email":
            ref["email"] = c.email.upper() if r.random() < 0.05 else c.email
        elif e.channel == "phone":
            ref["phone"] = self.phone_text(c)
        elif e.channel in ("social", "community"):
            if c.handle:
                ref["handle"] = c.handle if r.random() < 0.85 else c.handle.lstrip("@")
            else:
                ref["email"] = c.email
        else:
            ref["customer_id"] = c.key
        return ref

    def phone_text(self, c: Cust) -> str:
        dial = DIAL[c.market]
        if self.rng.random() < 0.3:
            return f"{dial} {c.phone[len(dial) :]}"
        return c.phone

    def write(self) -> tuple[int, int]:
        events = sorted(self.events, key=lambda e: (e.at, e.seq))
        seen: set[str] = set()
        lines: list[str] = []
        for e in events:
            full = e.direction == "outbound" or e.cust.key not in seen
            seen.add(e.cust.key)
            row = {
                "event_id": e.eid,
                "occurred_at": iso(e.at),
                "channel": e.channel,
                "kind": e.kind,
                "direction": e.direction,
                "customer": self.render_customer(e, full),
                "text": e.text,
                "subject": e.subject,
                "scores": {
                    "nps": e.scores.get("nps"),
                    "csat": e.scores.get("csat"),
                    "ces": e.scores.get("ces"),
                },
                "source": SOURCES[e.channel],
                "attributes": e.attrs,
            }
            lines.append(json.dumps(row, ensure_ascii=False))
        (OUT / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
        end = max(self.start + timedelta(days=self.days), events[-1].at + timedelta(hours=1))
        expected: Counter[str] = Counter()
        customers: dict[str, Any] = {}
        for c in self.custs:
            expected.update(c.expected)
            entry = {
                "identifiers": self.identifiers(c),
                "expected_rules": sorted(c.expected),
                "tolerated_rules": sorted(c.tolerated),
                "persona": c.persona,
                "language": c.lang,
                "country": c.market,
                "segment": "b2b" if c.account else "consumer",
            }
            if c.langs:
                entry["languages"] = list(c.langs)
            entry.update(c.info)
            customers[c.key] = entry
        for acc in self.accounts.values():
            expected.update(acc["expected_rules"])
        if self.spike:
            expected["topic_spike"] += 1
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": BUSINESS,
                "days": self.days,
                "seed": self.seed,
                "written": "2026-12-01",
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
        text = json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True)
        (OUT / f"{self.name}.truth.json").write_text(text + "\n", "utf-8")
        return len(self.custs), len(events)


def iso(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


PROBLEM_KEYS = tuple(wt.PROBLEMS)


# ---- families -------------------------------------------------------------------
def happy_writers() -> Fam:
    f = Fam("happy_writers", "HW", 1, "2026-02-09", 10, "frequent happy writers")
    r = f.rng
    for _ in range(190):
        c = f.person("happy")
        c.info["habit"] = "day writer"
        kinds = (*HAPPY_KINDS, "survey")
        f.happy_acts(
            c, r.randint(5, 9), 0, 9, kinds=kinds, weights=(*HAPPY_W, 1), gripe=r.random() < 0.33
        )
    for _ in range(50):
        c = f.person("happy")
        c.info["habit"] = "night writer"
        nights = r.randint(2, 4)
        total = r.randint(max(4, nights), 7)
        used: list[tuple[datetime, datetime]] = []
        for d in r.sample(range(9), nights):
            at = f.night_t(d)
            f.act(c, r.choice(["night_post", "night_q", "night_post"]), at)
            used.append((at - timedelta(hours=5), at + timedelta(hours=5)))
        f.happy_acts(c, total - nights, 0, 9, avoid=used)
    for _ in range(60):
        c = f.person("happy")
        c.info["habit"] = "answers surveys"
        for at in f.spread(r.randint(3, 6), 0, 9):
            f.happy_survey(c, at)
    return f


def bad_day(
    f: Fam, c: Cust, d_lo: int, d_hi: int, how: str, lang: str, fixed: bool, sorry: bool
) -> datetime:
    """One angry message on one day, maybe a fix and an apology; returns the bad moment."""
    r = f.rng
    bad = f.day_t(r.randint(d_lo, d_hi), 8, 20)
    problem = r.choice(PROBLEM_KEYS)
    eid = f.complain(c, bad, how, problem, lang)
    c.info.update(
        problem=wt.PROBLEM_ABOUT[problem],
        bad_day_at=iso(bad),
        bad_day_event_id=eid,
        long_email=how == "long",
        agent_fixed=fixed,
        apologised=sorry,
        channel=how,
    )
    if fixed:
        ref = f.ref()
        c.info["booking"] = ref
        f.agent_mail(c, bad + f.minutes(60, 240), "fixed", ref, lang)
        if sorry:
            at = bad + f.minutes(16 * 60, 26 * 60)
            text = f.say(c, r.choice(wt.APOLOGY[lang]), lang)
            if r.random() < 0.5:
                c.info["apology_event_id"] = f.ev(c, at, "chat", "chat", text)
            else:
                subj = f"{wt.REPLY_PREFIX[lang]} {wt.AGENT_SUBJ['fixed'][lang].format(ref=ref)}"
                c.info["apology_event_id"] = f.ev(c, at, "email", "message", text, subj)
            c.info["apology_at"] = iso(at)
    return bad


def one_bad_day() -> Fam:
    f = Fam("one_bad_day", "OB", 2, "2026-03-23", 12, "one bad day")
    r = f.rng
    hows = (
        ["long"] * 80
        + ["email"] * 55
        + ["chat"] * 55
        + ["social"] * 60
        + ["web"] * 30
        + ["phone"] * 20
    )
    r.shuffle(hows)
    idx = list(range(300))
    r.shuffle(idx)
    nps_set = set(idx[:40])
    csat_set = set(idx[40:115])
    fixed_set = set(r.sample(range(300), 170))
    sorry_set = set(r.sample(sorted(fixed_set), 110))
    for i in range(300):
        c = f.person("happy_one_bad_day")
        c.tolerated = ["silence"]
        bad = bad_day(f, c, 2, 9, hows[i], c.lang, i in fixed_set, i in sorry_set)
        avoid = [(bad - timedelta(hours=10), bad + timedelta(hours=7))]
        if "apology_at" in c.info:
            apo = datetime.fromisoformat(c.info["apology_at"].replace("Z", "+00:00"))
            avoid.append((apo - timedelta(hours=8), apo + timedelta(hours=4)))
        f.happy_acts(c, r.randint(3, 5), 0, 11, avoid=avoid)
        if i in csat_set:
            at = bad + f.minutes(40, 80)
            c.info.update(csat_given=True, csat=r.choice([1, 2]))
            c.info["survey_event_id"] = f.survey(c, at, "csat", c.info["csat"])
        if i in nps_set:
            at = bad + f.minutes(100, 140)
            c.persona = "bad_day_detractor"
            c.expected = ["detractor"]
            c.info.update(nps_given=True, nps=r.randint(1, 5))
            c.info["survey_event_id"] = f.survey(c, at, "nps", c.info["nps"])
    for _ in range(100):
        c = f.person("happy")
        c.info["habit"] = "control"
        f.happy_acts(c, r.randint(4, 7), 0, 11)
    return f


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts", "RC", 3, "2026-04-27", 10, "one problem raised again across channels"
    )
    r = f.rng
    counts = [2] * 45 + [3] * 52 + [4] * 28
    r.shuffle(counts)
    passed = set(r.sample(range(125), 62))
    for i, n in enumerate(counts):
        c = f.person("repeat_contact")
        c.expected = ["repeat_contact"]
        c.tolerated = list(T_REPEAT)
        f.happy_acts(c, r.randint(1, 3), 0, 0)
        t0 = f.day_t(r.randint(1, 4), 8, 19)
        f.repeat_case(c, t0, n, r.choice(PROBLEM_KEYS), [c.lang], i in passed)
    for _ in range(55):
        c = f.person("resolved_between_contacts")
        c.tolerated = ["silence"]
        f.happy_acts(c, r.randint(1, 3), 0, 1)
        t0 = f.day_t(r.randint(2, 5), 8, 19)
        f.fixed_case(c, t0, r.choice(PROBLEM_KEYS), c.lang, c.lang)
        c.info["trouble_starts_at"] = iso(t0)
    for _ in range(40):
        c = f.person("different_problems")
        c.tolerated = ["silence"]
        f.happy_acts(c, r.randint(1, 2), 0, 0)
        p1, p2 = r.sample(PROBLEM_KEYS, 2)
        t0 = f.day_t(1, 8, 18)
        f.fixed_case(c, t0, p1, c.lang, c.lang)
        t1 = f.daytime(t0 + timedelta(days=r.uniform(4, 5.5)))
        f.fixed_case(c, t1, p2, c.lang, c.lang)
        c.info["trouble_starts_at"] = iso(t0)
    for _ in range(130):
        c = f.person("happy")
        c.info["habit"] = "frequent writer"
        f.happy_acts(c, r.randint(5, 8), 0, 9, weights=(1, 1, 4, 3, 3, 1, 1, 1))
    return f


def slow_churners() -> Fam:
    f = Fam("slow_churners", "SC", 4, "2026-05-18", 32, "slow churners")
    r = f.rng
    spans = [3] * 23 + [5] * 23 + [7] * 23 + [9] * 21
    r.shuffle(spans)
    nps = set(r.sample(range(90), 32))
    others = HAPPY_KINDS[1:]
    for i, span in enumerate(spans):
        c = f.person("slow_churner")
        c.info["habit"] = "slides"
        c.expected = ["sentiment_drop"]
        c.tolerated = list(T_SLIDE)
        kinds = ["praise"] * r.randint(4, 5) + r.choices(others, HAPPY_W[1:], k=r.randint(2, 4))
        r.shuffle(kinds)
        for at, kind in zip(f.spread(len(kinds), 0, 10), kinds, strict=True):
            f.act(c, kind, at)
        t0 = f.day_t(r.randint(12, 18), 8, 20)
        steps = f.slide(c, t0, span)
        c.info.update(
            slide_event_ids=[e for e, _ in steps],
            slide_days=span,
            trouble_starts_at=iso(steps[0][1]),
        )
        if i in nps:
            score = r.randint(1, 5)
            c.expected.append("detractor")
            c.info.update(nps_given=True, nps=score)
            c.info["survey_event_id"] = f.survey(c, steps[3][1] + f.minutes(165, 195), "nps", score)
    for _ in range(42):
        c = f.person("slow_churner")
        c.info["habit"] = "asks to cancel"
        c.expected = ["churn_intent"]
        c.tolerated = list(T_LEAVE)
        d = r.randint(15, 25)
        f.happy_acts(c, r.randint(4, 6), 0, d - 2)
        ask = f.day_t(d, 8, 20)
        subj = wt.LEAVE_SUBJ[c.lang]
        eid = f.ev(
            c, ask, "email", "message", f.say(c, r.choice(wt.LEAVE_ASK[c.lang]), c.lang), subj
        )
        text = f.fill(c, wt.AGENT["self_cancel"][c.lang], agent=r.choice(wh.AGENTS[c.lang]))
        f.reply(c, ask + f.minutes(60, 300), "email", text, f"RE: {subj}")
        gone = ask + f.minutes(20 * 60, 30 * 60)
        reason = r.choice(wt.LEAVE_REASON[c.lang])
        cancel = f.ev(
            c, gone, "web", "cancellation", reason or None, attrs={"page": "/account/close"}
        )
        c.info.update(
            churn_intent_event_id=eid,
            cancellation_event_id=cancel,
            churn_at=iso(gone),
            trouble_starts_at=iso(ask),
        )
    for _ in range(78):
        c = f.person("happy")
        c.info["habit"] = "steady"
        f.happy_acts(c, r.randint(6, 10), 0, 31)
    for _ in range(45):
        c = f.person("steadily_grumpy")
        c.tolerated = ["repeat_contact", "silence"]
        for at in f.spread(r.randint(5, 8), 0, 31):
            text = f.say(c, r.choice(wt.GRUMPY[c.lang]), c.lang)
            how = r.choice(["social", "community", "chat", "review"])
            if how == "review":
                f.ev(c, at, "web", "review", text, attrs={"rating": str(r.choice([2, 3]))})
            elif how == "chat":
                f.ev(c, at, "chat", "chat", text)
            else:
                f.ev(c, at, how, "post", text)
    for _ in range(45):
        c = f.person("happy_one_sarcastic_remark")
        c.tolerated = ["silence"]
        times = f.spread(r.randint(5, 8), 0, 31)
        spot = r.randrange(1, len(times))
        for i, at in enumerate(times):
            if i == spot:
                text = f.say(c, r.choice(wt.SARCASM[c.lang]), c.lang)
                c.info["sarcasm_event_id"] = f.ev(c, at, "social", "post", text)
            else:
                f.act(c, r.choices(HAPPY_KINDS, HAPPY_W)[0], at)
    return f


def grumble_once(f: Fam, c: Cust, at: datetime) -> None:
    c.persona = "grumbles_once"
    c.tolerated = ["silence"]
    text = f.say(c, f.rng.choice(wt.GRUMBLE_ONCE[c.lang]), c.lang)
    if f.rng.random() < 0.5:
        c.info["grumble_event_id"] = f.ev(c, at, "chat", "chat", text)
    else:
        c.info["grumble_event_id"] = f.ev(c, at, "web", "ticket", text)


def quiet_hours() -> Fam:
    f = Fam("quiet_hours", "QH", 5, "2026-07-24", 3, "bursts in quiet hours")
    r = f.rng
    for _ in range(180):
        c = f.person("happy")
        f.happy_acts(c, r.randint(1, 3), 0, 2, hi=19.5)
    for _ in range(25):
        c = f.person("grumbles_once")
        grumble_once(f, c, f.day_t(r.randint(0, 2), 8, 20))
    for night in range(3):
        burst = f.t(night + 1, 0 + 37 / 60) + f.minutes(0, 30)
        for _ in range(3):
            for _ in range(5):
                c = f.person("night_owl")
                at = burst + f.minutes(0, 10)
                f.act(c, r.choice(["night_post", "night_q"]), at)
                c.info["burst_at"] = iso(burst)
                if r.random() < 0.4:
                    f.act(
                        c,
                        r.choice(["praise", "purchase", "page", "mention"]),
                        f.day_t(night, 9, 19),
                    )
            burst = burst + f.minutes(25, 55)
    return f


BILINGUAL_PAIRS: list[tuple[str, str, int, str, float]] = [
    ("it", "fr", 40, "FR", 0.3),
    ("fr", "it", 36, "IT", 0.3),
    ("it", "en", 30, "UK", 0.3),
    ("fr", "en", 28, "UK", 0.3),
    ("it", "de", 26, "DE", 0.4),
    ("fr", "es", 24, "ES", 0.3),
    ("de", "fr", 22, "FR", 0.5),
    ("es", "it", 20, "IT", 0.5),
    ("pt", "fr", 20, "FR", 0.6),
    ("en", "it", 18, "IT", 0.7),
    ("en", "fr", 18, "FR", 0.7),
    ("fr", "pt", 18, "PT", 0.4),
]


def bilingual() -> Fam:
    f = Fam("bilingual", "BL", 6, "2026-08-31", 14, "messages in two languages")
    r = f.rng
    people: list[tuple[str, str, str]] = []
    for l1, l2, n, abroad, share in BILINGUAL_PAIRS:
        for _ in range(n):
            people.append((l1, l2, abroad if r.random() < share else HOME[l1]))
    r.shuffle(people)
    counts = [2] * 20 + [3] * 20 + [4] * 10
    hows = ["long"] * 10 + r.choices(["email", "chat", "social", "web", "phone"], k=30)
    r.shuffle(hows)
    for i, (l1, l2, market) in enumerate(people):
        c = f.person("happy", l1, market)
        c.langs = (l1, l2)
        if i < 150:
            c.info["habit"] = "alternates languages"
            f.happy_acts(c, r.randint(5, 8), 0, 13)
        elif i < 200:
            j = i - 150
            c.persona = "repeat_contact"
            c.expected = ["repeat_contact"]
            c.tolerated = list(T_REPEAT)
            f.happy_acts(c, r.randint(1, 3), 0, 1)
            t0 = f.day_t(r.randint(2, 6), 8, 19)
            f.repeat_case(c, t0, counts[j], r.choice(PROBLEM_KEYS), [l1, l2], j % 2 == 0)
        elif i < 235:
            c.persona = "slow_churner"
            c.info["habit"] = "slides"
            c.expected = ["sentiment_drop"]
            c.tolerated = list(T_SLIDE)
            kinds = ["praise"] * 5 + r.choices(HAPPY_KINDS[1:], HAPPY_W[1:], k=r.randint(1, 3))
            r.shuffle(kinds)
            for k, (at, kind) in enumerate(zip(f.spread(len(kinds), 0, 5), kinds, strict=True)):
                f.act(c, kind, at, k)
            span = r.randint(3, 5)
            steps = f.slide(c, f.day_t(r.randint(6, 8), 8, 19), span, k0=r.randint(0, 1))
            c.info.update(
                slide_event_ids=[e for e, _ in steps],
                slide_days=span,
                trouble_starts_at=iso(steps[0][1]),
            )
        elif i < 275:
            j = i - 235
            c.persona = "happy_one_bad_day"
            c.tolerated = ["silence"]
            bad = bad_day(f, c, 3, 10, hows[j], l2, j % 2 == 0, j % 4 == 0)
            c.info["bad_day_language"] = l2
            avoid = [(bad - timedelta(hours=10), bad + timedelta(hours=7))]
            if "apology_at" in c.info:
                apo = datetime.fromisoformat(c.info["apology_at"].replace("Z", "+00:00"))
                avoid.append((apo - timedelta(hours=8), apo + timedelta(hours=4)))
            f.happy_acts(c, r.randint(3, 5), 0, 13, avoid=avoid)
        else:
            c.persona = "resolved_between_contacts"
            c.tolerated = ["silence"]
            f.happy_acts(c, r.randint(1, 3), 0, 1)
            t0 = f.day_t(r.randint(3, 8), 8, 19)
            f.fixed_case(c, t0, r.choice(PROBLEM_KEYS), l1, l2)
            c.info.update(trouble_starts_at=iso(t0), confirm_language=l2)
    return f


B2B_MARKETS = {"IT": 22, "FR": 20, "UK": 6, "DE": 6, "ES": 6, "PT": 4}
MARKET_LANG = {v: k for k, v in HOME.items()}


def b2b_act(f: Fam, c: Cust, at: datetime, company: str, high_nps: bool) -> datetime:
    r = f.rng
    lang = c.lang
    kind = r.choice(["chat_q", "email_q", "phone", "addon", "page", "page", "praise"])
    if high_nps and r.random() < 0.25:
        f.survey(c, at, "nps", r.choice([9, 10]))
        return at
    if kind in ("chat_q", "email_q"):
        q, a = r.choice(wb.B2B_QA[lang])
        agent = r.choice(wh.AGENTS[lang])
        channel = "chat" if kind == "chat_q" else "email"
        subj = None if channel == "chat" else SUBJ_Q[lang] + " Sipario Pro"
        kind_ = "chat" if channel == "chat" else "message"
        f.ev(c, at, channel, kind_, f.say(c, q, lang), subj)
        back = at + (f.minutes(1, 6) if channel == "chat" else f.minutes(20, 90))
        f.reply(
            c, back, channel, f.fill(c, a, agent=agent), None if subj is None else f"RE: {subj}"
        )
        end = back + f.minutes(2, 30)
        reply_subj = None if subj is None else f"RE: {subj}"
        f.ev(c, end, channel, kind_, f.say(c, r.choice(wb.B2B_THANKS[lang]), lang), reply_subj)
        return end
    if kind == "phone":
        f.ev(
            c, at, "phone", "call", spoken(f.fill(c, r.choice(wb.B2B_PHONE[lang]), company=company))
        )
        return at
    if kind == "addon":
        product, price = r.choice(wb.B2B_ADDONS)
        f.ev(c, at, "web", "page_view", attrs={"page": "/pro/shop"})
        end = at + f.minutes(3, 20)
        uk = c.market == "UK"
        attrs = {"order_value": f"{round(price * 0.9, 2) if uk else price:.2f}"}
        attrs.update(currency="GBP" if uk else "EUR", product=product)
        f.ev(c, end, "web", "purchase", attrs=attrs)
        return end
    if kind == "page":
        f.ev(c, at, "web", "page_view", attrs={"page": r.choice(wb.B2B_PAGES)})
        return at
    text = f.say(c, r.choice(wb.B2B_PRAISE[lang]), lang, company=company)
    f.ev(c, at, "community", "post", text)
    return at


def b2b_routine(
    f: Fam, c: Cust, company: str, n: int, before: datetime | None, high_nps: bool
) -> None:
    """n routine weekday acts (08-16 UTC), all starting 8 h before ``before`` at the latest."""
    r = f.rng
    latest = (before - timedelta(hours=12)) if before else f.t(f.days, 0)
    slots: list[datetime] = []
    for _ in range(200):
        if len(slots) == n:
            break
        at = f.day_t(r.randint(0, f.days - 1), 8, 16)
        if at.weekday() >= 5 or at > latest or any(abs(at - s) < timedelta(hours=3) for s in slots):
            continue
        slots.append(at)
    for at in sorted(slots):
        b2b_act(f, c, at, company, high_nps)


def b2b_accounts() -> Fam:
    f = Fam("b2b_accounts", "BB", 7, "2026-09-14", 14, "accounts with several unhappy contacts")
    r = f.rng
    plan: list[tuple[str, str]] = []
    for mk, n in B2B_MARKETS.items():
        for company in r.sample(wb.COMPANIES[mk], n):
            plan.append((mk, company))
    r.shuffle(plan)
    kinds = ["at_risk"] * 15 + ["one_unhappy"] * 17 + ["mild"] * 8 + ["happy"] * 24
    problems = ["payout"] * 5 + ["commission"] * 4 + ["scanner"] * 3 + ["eventpage"] * 3
    complainers_n = [3] * 10 + [4] * 5
    r.shuffle(problems)
    r.shuffle(complainers_n)
    sizes: list[int] = []
    for kind in kinds[:40]:
        if kind == "at_risk":
            k = complainers_n[len(sizes)]
            sizes.append(r.randint(max(4, k + 1), 6))
        else:
            sizes.append(r.randint(3, 6) if kind == "one_unhappy" else r.randint(3, 5))
    rest = 300 - sum(sizes)
    sizes += [rest // 24 + (1 if i < rest % 24 else 0) for i in range(24)]
    risk_i = 0
    for (mk, company), kind, size in zip(plan, kinds, sizes, strict=True):
        lang = MARKET_LANG[mk]
        acc = f.fresh(lambda mk=mk: f"SPP-{mk}-{r.randint(1000, 9999)}")
        domain = slug(company).replace("-", "") + wb.DOMAIN_SUFFIX
        taken: set[str] = set()
        contacts = [f.person("b2b_happy", lang, mk, acc, domain, taken) for _ in range(size)]
        roles = r.sample(wb.ROLES[lang], size) if size <= 6 else wb.ROLES[lang] * 2
        for c, role in zip(contacts, roles, strict=False):
            c.info.update(company=company, role=role)
        unhappy: list[Cust] = []
        entry: dict[str, Any] = {
            "company": company,
            "contacts": size,
            "contact_keys": [c.key for c in contacts],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": None,
            "trouble_starts_at": None,
            "language": lang,
            "country": mk,
        }
        if kind == "at_risk":
            k = complainers_n[risk_i]
            problem = problems[risk_i]
            risk_i += 1
            unhappy = r.sample(contacts, k)
            ref = f.ref()
            at = f.office(f.day_t(r.randint(3, 6), 8, 14))
            entry.update(same_problem=problem, trouble_starts_at=iso(at))
            for j, c in enumerate(unhappy):
                c.persona = "b2b_unhappy"
                c.tolerated = list(T_B2B_RISK)
                sent, noun = wb.B2B_PROBLEMS[problem][lang]
                sent = sent.format(amount=f.amount(c, lang, r.choice([3400, 5200, 7800, 12600])))
                role = c.info["role"]
                if j == 0:
                    tpl, subj = r.choice(wb.B2B_FIRST[lang]), noun[:1].upper() + noun[1:]
                else:
                    tpl, subj = (
                        r.choice(wb.B2B_NEXT[lang]),
                        f"{noun[:1].upper() + noun[1:]} [{ref}]",
                    )
                first = unhappy[0].first
                text = f.say(
                    c, tpl, lang, sent=sent, company=company, role=role, ref=ref, first=first
                )
                eids = [f.ev(c, at, "email", "message", text, subj)]
                if j == 0:
                    ack = wb.B2B_ACK[lang]
                    f.reply(
                        c, at + f.minutes(20, 90), "email", f.fill(c, ack, ref=ref, company=company)
                    )
                b2b_routine(f, c, company, r.randint(2, 5), at, False)
                c.info.update(trouble_starts_at=iso(at), booking=ref, problem=wb.B2B_ABOUT[problem])
                if j < k - 1:
                    score = r.randint(1, 5)
                    c.expected = ["detractor"]
                    c.info.update(nps_given=True, nps=score)
                    c.info["survey_event_id"] = f.survey(c, at + f.minutes(60, 180), "nps", score)
                else:
                    again = f.office(at + f.minutes(18 * 60, 40 * 60), last_hour=17)
                    last = f.fill(c, r.choice(wb.B2B_LAST[lang]), ref=ref, noun=noun)
                    if r.random() < 0.6:
                        subj2 = f"{wt.REPLY_PREFIX[lang]} {subj if j else subj + f' [{ref}]'}"
                        eids.append(f.ev(c, again, "email", "message", f.noisy(last, lang), subj2))
                    else:
                        eids.append(f.ev(c, again, "phone", "call", spoken(last)))
                    c.expected = ["repeat_contact"]
                    c.info["repeat_event_id"] = eids[-1]
                c.info["complaint_event_ids"] = eids
                at = f.office(at + f.minutes(8 * 60, 28 * 60))
        elif kind == "one_unhappy":
            c = r.choice(contacts)
            unhappy = [c]
            c.persona = "b2b_one_unhappy"
            c.expected = ["detractor"]
            c.tolerated = list(T_B2B_ONE)
            problem = r.choice(tuple(wb.B2B_PROBLEMS))
            sent, noun = wb.B2B_PROBLEMS[problem][lang]
            sent = sent.format(amount=f.amount(c, lang, r.choice([1800, 2600, 4100])))
            at = f.office(f.day_t(r.randint(3, 11), 8, 14))
            tpl = r.choice(wb.B2B_FIRST[lang])
            text = f.say(c, tpl, lang, sent=sent, company=company, role=c.info["role"])
            eid = f.ev(c, at, "email", "message", text, noun[:1].upper() + noun[1:])
            if r.random() < 9 / 17:
                ref = f.ref()
                c.info["booking"] = ref
                f.reply(
                    c,
                    at + f.minutes(20, 90),
                    "email",
                    f.fill(c, wb.B2B_ACK[lang], ref=ref, company=company),
                )
            score = r.randint(1, 5)
            c.info.update(
                problem=wb.B2B_ABOUT[problem],
                complaint_event_ids=[eid],
                trouble_starts_at=iso(at),
                nps_given=True,
                nps=score,
            )
            c.info["survey_event_id"] = f.survey(c, at + f.minutes(60, 180), "nps", score)
            b2b_routine(f, c, company, r.randint(2, 5), at, False)
        elif kind == "mild":
            for c in r.sample(contacts, 2):
                c.persona = "b2b_mild"
                c.tolerated = ["silence"]
                at = f.office(f.day_t(r.randint(3, 12), 8, 15))
                text = f.say(c, r.choice(wb.B2B_MILD[lang]), lang)
                c.info["mild_event_id"] = f.ev(c, at, "web", "ticket", text)
                b2b_routine(f, c, company, r.randint(2, 4), at, False)
        for c in contacts:
            if c.persona == "b2b_happy":
                b2b_routine(f, c, company, r.randint(3, 7), None, True)
        entry.update(
            unhappy_contacts=len(unhappy),
            unhappy_contact_keys=[c.key for c in unhappy],
        )
        f.accounts[acc] = entry
    return f


SPIKE_SUBJ = {
    "it": "Biglietto non disponibile nell'app",
    "fr": "Billet indisponible dans l'appli",
    "en": "Ticket unavailable in app",
    "de": "Ticket nicht verfügbar",
    "es": "Entrada no disponible",
    "pt": "Bilhete indisponível",
}


def topic_spike() -> Fam:
    f = Fam("topic_spike", "TS", 8, "2026-10-05", 7, "a planted spike")
    r = f.rng
    for _ in range(264):
        c = f.person("happy")
        f.happy_acts(c, r.randint(1, 3), 0, 6)
    for _ in range(34):
        c = f.person("grumbles_once")
        grumble_once(f, c, f.day_t(r.choice([0, 1, 2, 3, 5, 6]), 8, 21))
    for lang, d in (("it", 0), ("fr", 1)):
        c = f.person("grumbles_once", lang)
        c.tolerated = ["silence"]
        q, a = wt.LONE_Q[lang]
        at = f.day_t(d, 18, 21)
        c.info["lone_report_event_id"] = f.ev(c, at, "chat", "chat", f.say(c, q, lang))
        f.reply(c, at + f.minutes(2, 6), "chat", f.fill(c, a, agent=r.choice(wh.AGENTS[lang])))
    langs = ["it"] * 16 + ["fr"] * 15 + ["en"] * 9 + ["de"] * 7 + ["es"] * 7 + ["pt"] * 6
    channels = ["social"] * 20 + ["chat"] * 13 + ["community"] * 10 + ["email"] * 9 + ["web"] * 8
    r.shuffle(langs)
    r.shuffle(channels)
    window = f.t(4, 18 + 20 / 60)
    reports: list[tuple[str, datetime]] = []
    repeats: list[str] = []
    again_idx = set(r.sample(range(60), 20))
    fixed_idx = set(r.sample(sorted(set(range(60)) - again_idx), 15))
    kind_of = {
        "social": "post",
        "chat": "chat",
        "community": "post",
        "email": "message",
        "web": "ticket",
    }
    for i, (lang, channel) in enumerate(zip(langs, channels, strict=True)):
        c = f.person("spike_reporter", lang)
        c.tolerated = ["silence"]
        regular = i < 40
        if regular:
            f.happy_acts(c, r.randint(1, 3), 0, 3)
        at = window + f.minutes(0, 45)
        text = f.say(c, r.choice(wt.SPIKE[lang]), lang)
        if channel != "social":
            text = text.replace("@Sipario ", "")
        subj = SPIKE_SUBJ[lang] if channel in ("email", "web") else None
        eid = f.ev(c, at, channel, kind_of[channel], text, subj)
        reports.append((eid, at))
        c.info.update(in_spike=True, regular=regular, spike_event_id=eid, spike_channel=channel)
        c.info["trouble_starts_at"] = iso(at)
        if i in again_idx:
            c.persona = "spike_repeater"
            c.expected = ["repeat_contact"]
            c.tolerated = ["sentiment_drop", "silence"]
            other = r.choice([ch for ch in kind_of if ch != channel])
            text2 = f.say(c, r.choice(wt.SPIKE_AGAIN[lang]), lang)
            if other == "social":
                text2 = "@Sipario " + text2
            subj2 = SPIKE_SUBJ[lang] if other in ("email", "web") else None
            eid2 = f.ev(c, at + f.minutes(15, 50), other, kind_of[other], text2, subj2)
            repeats.append(eid2)
            c.info["repeat_event_id"] = eid2
        elif i in fixed_idx:
            text3 = f.fill(c, wt.SPIKE_FIXED[lang], agent=r.choice(wh.AGENTS[lang]))
            f.reply(c, f.t(5, r.uniform(7, 9)), "email", text3, SPIKE_SUBJ[lang])
    reports.sort(key=lambda x: x[1])
    f.spike = {
        "topic": wt.SPIKE_TOPIC,
        "about": "app update broke the ticket wallet: 'ticket unavailable' at venue doors",
        "channel": None,
        "start": iso(reports[0][1]),
        "end": iso(reports[-1][1]),
        "customers": 60,
        "event_ids": [e for e, _ in reports],
        "repeat_event_ids": repeats,
    }
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
    total_c = total_e = 0
    for build in FAMILIES:
        fam = build()
        n_c, n_e = fam.write()
        total_c += n_c
        total_e += n_e
        print(f"{fam.name}: {n_c} customers, {n_e} touchpoints, {len(fam.accounts)} accounts")
    print(f"total: {total_c} customers, {total_e} touchpoints")


if __name__ == "__main__":
    main()
