"""Build the heldout20 scenarios (Solvane, a home energy supplier) from wording.py.

Standard library only, deterministic: one ``random.Random`` per family, seeded
``SEED * 100 + n``. Run from anywhere; it rewrites the ``*.jsonl`` and ``*.truth.json``
files next to it:

    python tests/scenarios/heldout20/make_heldout20.py

The stories, the families and how the truth was decided are in README.md.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import wording as w

HERE = Path(__file__).resolve().parent
SEED = 20261001
WRITTEN = "2026-12-01"
SOURCES: dict[str, str] = {
    "email": "helpdesk",
    "chat": "livechat",
    "phone": "telephony",
    "social": "social_listening",
    "community": "community_forum",
    "survey": "survey_tool",
    "web": "website",
}
COUNTRY_CODE: dict[str, str] = {
    "UK": "+44",
    "FR": "+33",
    "ES": "+34",
    "DE": "+49",
    "IT": "+39",
    "PT": "+351",
}
#: What a customer who complains may also set off without it being a false alarm.
UNHAPPY_TOLERATED = (
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)
SLIDER_TOLERATED = (
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)
HAPPY_KINDS: tuple[tuple[str, float], ...] = (
    ("praise", 3.0),
    ("mention", 2.0),
    ("question", 2.0),
    ("purchase", 1.0),
    ("page", 2.0),
    ("review", 1.0),
    ("survey", 1.5),
    ("reading", 1.0),
)
FREQUENT_KINDS: tuple[tuple[str, float], ...] = (
    ("question", 4.0),
    ("praise", 1.5),
    ("mention", 1.0),
    ("page", 2.0),
    ("reading", 1.5),
    ("survey", 1.0),
)
B2B_KINDS: tuple[tuple[str, float], ...] = (
    ("question", 4.0),
    ("purchase", 1.0),
    ("page", 3.0),
    ("praise", 1.5),
    ("nps", 1.0),
)
#: Identifiers, event ids and case references already given out in the whole set.
TAKEN: set[str] = set()


def iso(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def day0(year: int, month: int, day: int) -> datetime:
    return datetime(year, month, day, tzinfo=UTC)


def midnight(when: datetime) -> datetime:
    return when.replace(hour=0, minute=0, second=0, microsecond=0)


def slug(text: str) -> str:
    plain = unicodedata.normalize("NFD", text.replace("ß", "ss"))
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z0-9]+", "", plain)


def unaccent(text: str, lang: str) -> str:
    if lang == "de":
        for umlaut, plain in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe")):
            text = text.replace(umlaut, plain)
        text = text.replace("Ü", "Ue").replace("ß", "ss")
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", kept)


def money(text: str, market: str) -> str:
    """Amounts in the market's currency: pounds in the UK, euros elsewhere."""
    if market == "UK":
        return re.sub(r"(\d[\d.,]*) €", r"£\1", text)
    return re.sub(r"£(\d[\d.,]*)", r"€\1", text)


@dataclass
class Cust:
    key: str
    lang: str
    first: str
    last: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    market: str
    truth: dict[str, Any]
    langs: tuple[str, ...] = ()
    turn: int = 0
    company: str = ""
    role: str = ""
    events: list[str] = field(default_factory=list)


class Fam:
    """One family: its customers, its touchpoints and its truth."""

    def __init__(self, name: str, code: str, n: int, start: datetime, days: int, about: str):
        self.name = name
        self.code = code
        self.seed = SEED * 100 + n
        self.rng = random.Random(self.seed)
        self.start = start
        self.days = days
        self.about = about
        self.custs: dict[str, Cust] = {}
        self.events: list[tuple[datetime, int, Cust, dict[str, Any]]] = []
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.n_ev = 0

    # --- people -------------------------------------------------------------------

    def draw_lang(self) -> str:
        lang: str = self.rng.choices(w.LANGS, weights=w.LANG_WEIGHTS)[0]
        return lang

    def unique(self, make: Callable[[], str]) -> str:
        while True:
            value = make()
            if value not in TAKEN:
                TAKEN.add(value)
                return value

    def person(
        self,
        persona: str,
        lang: str | None = None,
        *,
        expected: Sequence[str] = (),
        tolerated: Sequence[str] = (),
        langs: tuple[str, ...] = (),
        market: str | None = None,
        account: str | None = None,
        domain: str | None = None,
        **extra: Any,
    ) -> Cust:
        r = self.rng
        lang = lang or self.draw_lang()
        market = market or w.MARKET[lang]
        key = f"SV{self.code}{len(self.custs) + 1:04d}"
        first = r.choice(w.FIRST_NAMES[lang])
        last = r.choice(w.LAST_NAMES[lang])
        fa, la = slug(first), slug(last)
        if domain is not None:
            email = self.unique(
                lambda: (
                    f"{fa}.{la}@{domain}"
                    if r.random() < 0.5
                    else f"{fa[0]}.{la}{r.randint(2, 99)}@{domain}"
                )
            )
            handle = None
        else:
            dom = r.choice(w.MAIL_DOMAINS[lang])
            shapes = (
                lambda: f"{fa}.{la}{r.randint(2, 9899)}@{dom}",
                lambda: f"{fa}{la[0]}{r.randint(10, 99)}@{dom}",
                lambda: f"{fa[0]}{la}{r.randint(1, 999)}@{dom}",
            )
            email = self.unique(r.choice(shapes))
            handles = (
                lambda: f"@{fa}_{la}{r.randint(1, 99)}",
                lambda: f"@{fa}{r.randint(100, 9999)}",
                lambda: f"@{la}.{fa[0]}{r.randint(1, 999)}",
            )
            handle = self.unique(r.choice(handles))
        prefix = w.PHONE_PREFIX[market]
        digits = w.PHONE_DIGITS[market]
        phone = self.unique(lambda: prefix + "".join(str(r.randint(0, 9)) for _ in range(digits)))
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": phone,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": sorted(expected),
            "tolerated_rules": sorted(tolerated),
            "persona": persona,
            "language": lang,
            "country": market,
        }
        if langs:
            truth["languages"] = list(langs)
        truth.update(extra)
        c = Cust(key, lang, first, last, email, phone, handle, account, market, truth, langs)
        self.custs[key] = c
        return c

    def speak(self, c: Cust) -> str:
        """The language of the customer's next message (bilingual customers alternate)."""
        if not c.langs:
            return c.lang
        lang = c.langs[c.turn % len(c.langs)]
        c.turn += 1
        return lang

    def ref(self) -> str:
        return self.unique(lambda: f"SLV-{self.rng.randint(100000, 999999)}")

    # --- time -----------------------------------------------------------------------

    def at(self, day: int, h0: float, h1: float) -> datetime:
        seconds = int(self.rng.uniform(h0 * 3600, h1 * 3600))
        return self.start + timedelta(days=day, seconds=seconds)

    def daytime(self, d0: int, d1: int, h0: float = 7.0, h1: float = 22.0) -> datetime:
        return self.at(self.rng.randint(d0, d1), h0, h1)

    def night(self, d0: int, d1: int) -> datetime:
        """Between 22:10 and 04:30 UTC, starting on one of days d0..d1."""
        return self.at(self.rng.randint(d0, d1), 22 + 10 / 60, 28.5)

    def later(self, when: datetime, m0: float, m1: float) -> datetime:
        return when + timedelta(seconds=int(self.rng.uniform(m0 * 60, m1 * 60)))

    def awake(self, when: datetime) -> datetime:
        """Moved out of 23:00-07:00 UTC (to the next morning)."""
        if when.hour >= 23:
            when = midnight(when) + timedelta(days=1, hours=7)
        elif when.hour < 7:
            when = midnight(when) + timedelta(hours=7)
        else:
            return when
        return self.later(when, 0, 90)

    def office(self, when: datetime, lo: int = 8, hi: int = 15) -> datetime:
        """Moved into weekday office hours lo..hi UTC."""
        while True:
            if when.weekday() >= 5 or when.hour >= hi:
                when = self.later(midnight(when) + timedelta(days=1, hours=lo), 0, 90)
            elif when.hour < lo:
                when = self.later(midnight(when) + timedelta(hours=lo), 0, 90)
            else:
                return when

    # --- touchpoints ----------------------------------------------------------------

    def style(self, text: str, lang: str) -> str:
        """Typing habits: accents dropped, a lower-case start, two letters swapped."""
        r = self.rng
        if r.random() < 0.1:
            text = unaccent(text, lang)
        if r.random() < 0.07 and text[:1].isupper() and not text[:2].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 0.06:
            words = list(re.finditer(r"\b[a-zà-ÿ]{6,}\b", text))
            if words:
                m = r.choice(words)
                i = r.randint(m.start() + 1, m.end() - 3)
                text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
        return text

    def transcript(self, text: str, lang: str) -> str:
        """What speech-to-text makes of a call: no emoji, lower case, a spoken opener."""
        spoken = "".join(ch for ch in text if unicodedata.category(ch) not in ("So", "Mn"))
        spoken = spoken.replace("@Solvane", "Solvane").replace("\n", " ")
        spoken = re.sub(r"\s+", " ", spoken).strip().lower()
        opener: str = self.rng.choice(w.CALL_OPENERS[lang])
        return opener + spoken

    def ev(
        self,
        c: Cust,
        when: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        *,
        lang: str | None = None,
        out: bool = False,
        nps: int | None = None,
        csat: int | None = None,
        ces: int | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.n_ev += 1
        eid = f"sv20-{self.code.lower()}-{self.n_ev:05d}"
        lang = lang or c.lang
        if text is not None:
            text = money(text, c.market)
            if not out and channel == "phone":
                text = self.transcript(text, lang)
            elif not out:
                text = self.style(text, lang)
        attributes = {"market": c.market}
        if c.account:
            attributes["segment"] = "b2b"
        attributes.update(attrs or {})
        record: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": iso(when),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "customer": None,
            "text": text,
            "subject": subject,
            "scores": {"nps": nps, "csat": csat, "ces": ces},
            "source": SOURCES[channel],
            "attributes": attributes,
        }
        self.events.append((when, self.n_ev, c, record))
        c.events.append(eid)
        return eid

    def reply_subject(self, lang: str, subject: str, ref: str | None = None) -> str:
        tail = f" [{ref}]" if ref else ""
        return f"{w.REPLY_PREFIX[lang]} {subject}{tail}"

    # --- happy acts -----------------------------------------------------------------

    def pick(self, kinds: tuple[tuple[str, float], ...]) -> str:
        names = [k for k, _ in kinds]
        weights = [wt for _, wt in kinds]
        return self.rng.choices(names, weights=weights)[0]

    def happy_survey(self, c: Cust, when: datetime, lang: str, nps_ok: bool = True) -> str:
        r = self.rng
        which = r.choice(("nps", "csat", "ces") if nps_ok else ("csat", "ces"))
        word = r.choice(w.SURVEY_HAPPY_WORDS[lang]) or None
        if which == "nps":
            return self.ev(
                c,
                when,
                "survey",
                "survey_response",
                word,
                lang=lang,
                nps=r.randint(9, 10),
                attrs={"survey": "nps"},
            )
        if which == "csat":
            return self.ev(
                c,
                when,
                "survey",
                "survey_response",
                word,
                lang=lang,
                csat=r.choice((4, 5, 5)),
                attrs={"survey": "csat"},
            )
        return self.ev(
            c,
            when,
            "survey",
            "survey_response",
            word,
            lang=lang,
            ces=r.randint(6, 7),
            attrs={"survey": "ces"},
        )

    def question(
        self,
        c: Cust,
        when: datetime,
        lang: str,
        pairs: list[tuple[str, str]],
        thanks: list[str],
        chat: bool,
    ) -> str:
        r = self.rng
        q, a = r.choice(pairs)
        if chat:
            first = self.ev(c, when, "chat", "chat", q, lang=lang)
            answered = self.later(when, 1, 8)
            self.ev(c, answered, "chat", "chat", a, lang=lang, out=True)
            self.ev(c, self.later(answered, 1, 5), "chat", "chat", r.choice(thanks), lang=lang)
            return first
        subject = w.QUESTION_SUBJECT[lang]
        first = self.ev(c, when, "email", "message", q, subject, lang=lang)
        answered = self.later(when, 30, 240)
        self.ev(c, answered, "email", "message", a, f"Re: {subject}", lang=lang, out=True)
        self.ev(
            c,
            self.later(answered, 10, 180),
            "email",
            "message",
            r.choice(thanks),
            self.reply_subject(lang, subject),
            lang=lang,
        )
        return first

    def happy(
        self,
        c: Cust,
        when: datetime,
        kind: str | None = None,
        *,
        nps_ok: bool = True,
        kinds: tuple[tuple[str, float], ...] = HAPPY_KINDS,
    ) -> str:
        r = self.rng
        kind = kind or self.pick(kinds)
        if kind == "page":
            return self.ev(c, when, "web", "page_view", attrs={"page": r.choice(w.PAGES)})
        if kind == "purchase":
            page, product, price = r.choice(w.PRODUCTS)
            self.ev(c, when, "web", "page_view", attrs={"page": page})
            currency = "GBP" if c.market == "UK" else "EUR"
            return self.ev(
                c,
                self.later(when, 3, 20),
                "web",
                "purchase",
                attrs={"order_value": price, "currency": currency, "product": product},
            )
        lang = self.speak(c)
        if kind == "praise":
            text = r.choice(w.PRAISE[lang]) + r.choice(w.PRAISE_TAILS[lang])
            return self.ev(
                c, when, r.choice(("social", "social", "community")), "post", text, lang=lang
            )
        if kind == "gripe":
            return self.ev(
                c,
                when,
                r.choice(("social", "community")),
                "post",
                r.choice(w.PRAISE_GRIPE[lang]),
                lang=lang,
            )
        if kind == "mention":
            return self.ev(c, when, "social", "mention", r.choice(w.MENTIONS[lang]), lang=lang)
        if kind == "question":
            return self.question(c, when, lang, w.QUESTIONS[lang], w.THANKS[lang], r.random() < 0.8)
        if kind == "review":
            rating, text = r.choice(w.REVIEWS[lang])
            return self.ev(c, when, "web", "review", text, lang=lang, attrs={"rating": str(rating)})
        if kind == "reading":
            subject, text = w.READING[lang]
            return self.ev(
                c,
                when,
                "web",
                "ticket",
                text.format(n=f"{r.randint(1000, 99999):05d}"),
                subject,
                lang=lang,
            )
        if kind == "night_post":
            return self.ev(
                c,
                when,
                r.choice(("social", "community")),
                "post",
                r.choice(w.NIGHT_POSTS[lang]),
                lang=lang,
            )
        if kind == "night_question":
            return self.question(c, when, lang, w.NIGHT_QUESTIONS[lang], w.THANKS[lang], True)
        return self.happy_survey(c, when, lang, nps_ok)

    def happy_away(
        self, c: Cust, n: int, d0: int, d1: int, away: Sequence[datetime], hours: float, **kw: Any
    ) -> None:
        """n happy acts on days d0..d1; none, replies included, within `hours` of `away`."""
        for _ in range(n):
            for _attempt in range(200):
                when = self.daytime(d0, d1)
                gaps = [(when - t).total_seconds() / 3600 for t in away]
                if all(g >= hours or g <= -(hours + 7) for g in gaps):
                    self.happy(c, when, **kw)
                    break

    # --- unhappy acts ---------------------------------------------------------------

    def contact(
        self,
        c: Cust,
        when: datetime,
        channel: str,
        text: str,
        subject: str,
        ref: str | None,
        lang: str,
    ) -> str:
        """One contact about a problem on a channel; email and web carry a subject."""
        if channel == "email":
            subj = self.reply_subject(lang, subject, ref) if ref else subject
            return self.ev(c, when, "email", "message", text, subj, lang=lang)
        if channel == "web":
            subj = f"{subject} – {ref}" if ref else subject
            return self.ev(c, when, "web", "ticket", text, subj, lang=lang)
        if channel == "social":
            if "@Solvane" not in text:
                text = "@Solvane " + text
            return self.ev(c, when, "social", "post", text, lang=lang)
        if channel == "phone":
            return self.ev(c, when, "phone", "call", text, lang=lang)
        return self.ev(c, when, "chat", "chat", text, lang=lang)

    def problem_text(self, lang: str, problem: str, k: int, ref: str) -> str:
        """The k-th contact (0-based) about one open problem."""
        r = self.rng
        if k == 0:
            opening: str = r.choice(w.FIRST_CONTACT[lang])
            return opening.format(p=r.choice(w.DESC[lang][problem]))
        still = r.choice(w.STILL[lang][problem])
        table = (w.FOLLOW_2, w.FOLLOW_3, w.FOLLOW_4)[min(k, 3) - 1]
        follow: str = r.choice(table[lang])
        return follow.format(ref=ref, s=still, comp=r.choice(w.COMPETITORS))

    def agent(
        self, c: Cust, when: datetime, lang: str, table: dict[str, str], ref: str, subject: str
    ) -> str:
        text = table[lang].format(name=c.first, ref=ref)
        return self.ev(
            c, when, "email", "message", text, f"Re: {subject} [{ref}]", lang=lang, out=True
        )

    def fixed_case(
        self, c: Cust, d0: int, d1: int, lang_first: str, lang_confirm: str, avoid: str = ""
    ) -> dict[str, Any]:
        """A problem raised once, fixed by an agent, then confirmed fixed by the customer."""
        r = self.rng
        problem = r.choice([p for p in w.PROBLEMS if p != avoid])
        ref = self.ref()
        first = self.at(r.randint(d0, d1), 8, 20)
        subject = w.SUBJECT[lang_first][problem]
        channel = r.choice(("email", "chat", "web", "phone"))
        raised = self.contact(
            c,
            first,
            channel,
            self.problem_text(lang_first, problem, 0, ref),
            subject,
            None,
            lang_first,
        )
        self.agent(c, self.later(first, 5, 30), lang_first, w.AGENT_ACK, ref, subject)
        fixed_at = self.later(first, 180, 1200)
        self.agent(c, fixed_at, lang_first, w.AGENT_FIXED, ref, subject)
        confirmed_at = self.awake(self.later(fixed_at, 480, 1800))
        text = r.choice(w.CONFIRMED[lang_confirm]).format(ref=ref)
        confirm_channel = r.choice(("email", "chat", "web"))
        confirmed = self.contact(
            c,
            confirmed_at,
            confirm_channel,
            text,
            w.SUBJECT[lang_confirm][problem],
            ref,
            lang_confirm,
        )
        return {
            "problem": problem,
            "booking": ref,
            "problem_event_ids": [raised, confirmed],
            "raised_at": iso(first),
            "fixed_at": iso(fixed_at),
            "confirmed_at": iso(confirmed_at),
        }

    def repeat_case(
        self, c: Cust, first: datetime, n: int, passed: bool, alternate: bool = False
    ) -> dict[str, Any]:
        """One problem left open and raised n times on different channels."""
        r = self.rng
        problem = r.choice(w.PROBLEMS)
        ref = self.ref()
        channels = r.sample(["email", "chat", "phone", "social", "web"], n)
        lang0 = c.langs[0] if alternate else c.lang
        subject = w.SUBJECT[lang0][problem]
        ids: list[str] = []
        when = first
        for k in range(n):
            if k:
                when = self.awake(self.later(when, 180, 2700))
            lang = c.langs[k % 2] if alternate else c.lang
            text = self.problem_text(lang, problem, k, ref)
            subj = w.SUBJECT[lang][problem]
            ids.append(self.contact(c, when, channels[k], text, subj, ref if k else None, lang))
            if k == 0:
                if passed:
                    self.agent(c, self.later(first, 100, 140), lang0, w.AGENT_PASSED, ref, subject)
                else:
                    self.agent(c, self.later(first, 5, 30), lang0, w.AGENT_ACK, ref, subject)
        return {
            "problem": problem,
            "contacts": n,
            "booking": ref,
            "agent_passed_on": passed,
            "problem_event_ids": ids,
            "trouble_starts_at": iso(first),
            "channels": channels,
        }

    def slide(
        self, c: Cust, start_day: int, span: int, alternate: bool = False
    ) -> tuple[list[str], list[datetime]]:
        """Six steps from a niggle to "looking at a competitor", over `span` days."""
        r = self.rng
        times = sorted(self.at(start_day + round(span * k / 5), 8, 22) for k in range(6))
        ids: list[str] = []
        for k, when in enumerate(times):
            lang = c.langs[k % 2] if alternate else c.lang
            text = r.choice(w.SLIDE[lang][k]).format(comp=r.choice(w.COMPETITORS))
            channel = r.choice(("social", "community", "email", "chat"))
            if channel == "email":
                ids.append(
                    self.ev(c, when, "email", "message", text, w.GENERIC_SUBJECT[lang], lang=lang)
                )
            else:
                ids.append(
                    self.ev(
                        c,
                        when,
                        channel,
                        "post" if channel in ("social", "community") else "chat",
                        text,
                        lang=lang,
                    )
                )
        return ids, times

    def bad_moment(self, c: Cust, when: datetime, lang: str, problem: str, long: bool) -> str:
        r = self.rng
        p = r.choice(w.DESC[lang][problem])
        if long:
            text = r.choice(w.LONG_EMAIL[lang]).format(p=p, name=c.first)
            return self.ev(c, when, "email", "message", text, w.SUBJECT[lang][problem], lang=lang)
        channel = r.choice(("social", "social", "email", "chat"))
        if channel == "social":
            return self.ev(
                c, when, "social", "post", r.choice(w.ANGRY_SOCIAL[lang]).format(p=p), lang=lang
            )
        text = r.choice(w.ANGRY_DIRECT[lang]).format(p=p)
        if channel == "email":
            return self.ev(c, when, "email", "message", text, w.SUBJECT[lang][problem], lang=lang)
        return self.ev(c, when, "chat", "chat", text, lang=lang)

    def low_survey(
        self, c: Cust, when: datetime, lang: str, which: str, words: dict[str, list[str]]
    ) -> dict[str, Any]:
        """A low NPS (1-5) or CSAT (1-2); returns the truth fields that record it."""
        word = self.rng.choice(words[lang]) or None
        if which == "nps":
            score = self.rng.randint(1, 5)
            eid = self.ev(
                c,
                when,
                "survey",
                "survey_response",
                word,
                lang=lang,
                nps=score,
                attrs={"survey": "nps"},
            )
            return {"nps_given": True, "nps": score, "survey_event_id": eid}
        score = self.rng.randint(1, 2)
        eid = self.ev(
            c,
            when,
            "survey",
            "survey_response",
            word,
            lang=lang,
            csat=score,
            attrs={"survey": "csat"},
        )
        return {"csat_given": True, "csat": score, "survey_event_id": eid}

    def grumble_email(self, c: Cust, when: datetime) -> str:
        lang = self.speak(c)
        return self.ev(
            c,
            when,
            "email",
            "message",
            self.rng.choice(w.GRUMBLE_ONCE[lang]),
            w.GRUMBLE_SUBJECT[lang],
            lang=lang,
        )

    # --- output ---------------------------------------------------------------------

    def ident(self, c: Cust, channel: str, full: bool) -> dict[str, str | None]:
        r = self.rng
        out: dict[str, str | None] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": c.account,
        }
        if full:
            out.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
        elif channel == "phone":
            cc = COUNTRY_CODE[c.market]
            out["phone"] = c.phone if r.random() < 0.7 else f"{cc} {c.phone[len(cc) :]}"
        elif channel in ("social", "community"):
            if c.handle:
                out["handle"] = c.handle if r.random() < 0.8 else c.handle.lstrip("@")
            else:
                out["email"] = c.email
        elif channel == "email":
            out["email"] = c.email if r.random() < 0.9 else c.email.upper()
        else:
            out["customer_id"] = c.key
        return out

    def write(self) -> tuple[int, int, dict[str, int]]:
        self.events.sort(key=lambda e: (e[0], e[1]))
        seen: set[str] = set()
        lines: list[str] = []
        for _when, _n, c, record in self.events:
            full = record["direction"] == "outbound" or c.key not in seen
            seen.add(c.key)
            record["customer"] = self.ident(c, record["channel"], full)
            lines.append(json.dumps(record, ensure_ascii=False))
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
        expected: dict[str, int] = {}
        for c in self.custs.values():
            for rule in c.truth["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        for account in self.accounts.values():
            for rule in account["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        last = self.events[-1][0]
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Solvane, home energy supplier (households and Solvane Pro businesses)",
                "days": self.days,
                "seed": self.seed,
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
        text = json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        (HERE / f"{self.name}.truth.json").write_text(text, "utf-8")
        return len(self.custs), len(lines), expected


# --- families -------------------------------------------------------------------------


#: Each family: name -> (code, seed offset n, start, days, what it is about).
SPECS: dict[str, tuple[str, int, datetime, int, str]] = {
    "happy_writers": (
        "HW",
        1,
        day0(2026, 1, 12),
        10,
        "frequent happy writers, day and night, and survey-only customers",
    ),
    "one_bad_day": (
        "OB",
        2,
        day0(2026, 3, 9),
        12,
        "happy households with one angry message on one day",
    ),
    "repeat_contacts": (
        "RC",
        3,
        day0(2026, 4, 13),
        10,
        "one open problem raised again and again, against problems fixed between contacts",
    ),
    "slow_churners": (
        "SC",
        4,
        day0(2026, 5, 4),
        32,
        "slow slides from a happy baseline, customers who leave, grumblers and one-off sarcasm",
    ),
    "quiet_hours": (
        "QH",
        5,
        day0(2026, 7, 10),
        3,
        "a calm summer weekend with small bursts of night owls",
    ),
    "b2b_accounts": (
        "BB",
        6,
        day0(2026, 9, 7),
        14,
        "Solvane Pro business accounts with several contacts",
    ),
    "bilingual": ("BL", 7, day0(2026, 8, 17), 14, "customers who write in two languages"),
    "topic_spike": (
        "TS",
        8,
        day0(2026, 9, 26),
        7,
        "a calm week, then many customers charged twice for the October direct debit",
    ),
}


def family(name: str) -> Fam:
    code, n, start, days, about = SPECS[name]
    return Fam(name, code, n, start, days, about)


def happy_writers() -> Fam:
    f = family("happy_writers")
    r = f.rng
    for _ in range(190):
        c = f.person("happy", habit="day writer")
        gripe = r.random() < 1 / 3
        for k in range(r.randint(5, 9)):
            f.happy(c, f.daytime(0, 9), "gripe" if gripe and k == 0 else None)
    for _ in range(45):
        c = f.person("happy", habit="night writer")
        n = r.randint(4, 7)
        nights = r.randint(2, min(4, n))
        for k in range(n):
            if k < nights:
                f.happy(c, f.night(0, 8), r.choice(("night_post", "night_question")))
            else:
                f.happy(c, f.daytime(0, 9))
    for _ in range(65):
        c = f.person("happy", habit="answers surveys")
        for _k in range(r.randint(3, 6)):
            f.happy(c, f.daytime(0, 9), "survey")
    return f


def one_bad_day() -> Fam:
    f = family("one_bad_day")
    r = f.rng
    plan = ["none"] * 185 + ["csat"] * 75 + ["nps"] * 40
    r.shuffle(plan)
    long_ones = set(r.sample(range(len(plan)), 80))
    for i, what in enumerate(plan):
        problem = r.choice(w.PROBLEMS)
        bad = f.at(r.randint(2, 9), 8, 20)
        detractor = what == "nps"
        c = f.person(
            "bad_day_detractor" if detractor else "happy_one_bad_day",
            expected=["detractor"] if detractor else [],
            tolerated=["silence"],
            problem=problem,
            bad_day_at=iso(bad),
            long_email=i in long_ones,
        )
        f.happy_away(c, r.randint(3, 5), 0, 11, [bad], 6.5, nps_ok=False)
        c.truth["bad_day_event_id"] = f.bad_moment(c, bad, c.lang, problem, i in long_ones)
        c.truth.update(csat_given=False, nps_given=False)
        if what == "csat":
            c.truth.update(f.low_survey(c, f.later(bad, 40, 80), c.lang, "csat", w.CSAT_LOW_WORDS))
        elif detractor:
            c.truth.update(f.low_survey(c, f.later(bad, 100, 140), c.lang, "nps", w.NPS_LOW_WORDS))
        apologised = r.random() < 0.55
        c.truth["apologised"] = apologised
        if apologised:
            ref = f.ref()
            f.agent(
                c, f.later(bad, 60, 240), c.lang, w.AGENT_FIXED, ref, w.SUBJECT[c.lang][problem]
            )
            f.ev(
                c,
                f.awake(f.later(bad, 16 * 60, 26 * 60)),
                "chat",
                "chat",
                r.choice(w.APOLOGY[c.lang]),
            )
            c.truth["booking"] = ref
    for _ in range(100):
        c = f.person("happy", habit="control")
        for _k in range(r.randint(4, 7)):
            f.happy(c, f.daytime(0, 11))
    return f


def repeat_contacts() -> Fam:
    f = family("repeat_contacts")
    r = f.rng
    counts = [2] * 45 + [3] * 50 + [4] * 25
    r.shuffle(counts)
    passed = set(r.sample(range(len(counts)), 60))
    for i, n in enumerate(counts):
        c = f.person("repeat_contact", expected=["repeat_contact"], tolerated=UNHAPPY_TOLERATED)
        for _k in range(r.randint(1, 3)):
            f.happy(c, f.at(0, 7, 20))
        c.truth.update(f.repeat_case(c, f.at(r.randint(1, 4), 8, 20), n, i in passed))
    for _ in range(60):
        c = f.person("resolved_between_contacts", tolerated=["silence"])
        for _k in range(r.randint(1, 3)):
            f.happy(c, f.at(r.randint(0, 1), 7, 20))
        case = f.fixed_case(c, 2, 6, c.lang, c.lang)
        case["trouble_starts_at"] = case["raised_at"]
        c.truth.update(case)
    for _ in range(40):
        c = f.person("different_problems", tolerated=["silence"])
        first = f.fixed_case(c, 0, 2, c.lang, c.lang)
        raised = datetime.strptime(first["raised_at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        gap = r.uniform(4.0, 5.5)
        day = (raised + timedelta(days=gap) - f.start).days
        second = f.fixed_case(c, day, day, c.lang, c.lang, avoid=first["problem"])
        c.truth["problems"] = [first, second]
    for _ in range(130):
        c = f.person("happy", habit="frequent writer")
        for _k in range(r.randint(5, 8)):
            f.happy(c, f.daytime(0, 9), kinds=FREQUENT_KINDS)
    return f


def slow_churners() -> Fam:
    f = family("slow_churners")
    r = f.rng
    sliders = 85
    with_nps = set(r.sample(range(sliders), 30))
    for i in range(sliders):
        c = f.person(
            "slow_churner",
            expected=["sentiment_drop", "detractor"] if i in with_nps else ["sentiment_drop"],
            tolerated=SLIDER_TOLERATED,
            habit="slides",
        )
        for _k in range(r.randint(4, 5)):
            f.happy(c, f.daytime(0, 9), "praise")
        for _k in range(r.randint(2, 4)):
            f.happy(c, f.daytime(0, 9), nps_ok=False)
        span = r.choice((3, 5, 7, 9))
        ids, times = f.slide(c, r.randint(12, 18), span)
        c.truth.update(
            slide_event_ids=ids, slide_days=span, trouble_starts_at=iso(times[0]), nps_given=False
        )
        if i in with_nps:
            c.truth.update(
                f.low_survey(c, f.later(times[3], 150, 210), c.lang, "nps", w.NPS_LOW_WORDS)
            )
    for _ in range(40):
        c = f.person(
            "slow_churner",
            expected=["churn_intent"],
            tolerated=("sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"),
            habit="asks to cancel",
        )
        for _k in range(r.randint(4, 6)):
            f.happy(c, f.daytime(0, 12), nps_ok=False)
        asked = f.at(r.randint(15, 24), 8, 20)
        intent = f.ev(
            c, asked, "email", "message", r.choice(w.CANCEL[c.lang]), w.CANCEL_SUBJECT[c.lang]
        )
        gone = f.later(asked, 20 * 60, 30 * 60)
        reason = r.choice(w.CANCEL_REASON[c.lang]) or None
        cancel = f.ev(c, gone, "web", "cancellation", reason, attrs={"page": "/account/close"})
        c.truth.update(
            churn_intent_event_id=intent,
            cancellation_event_id=cancel,
            churn_at=iso(gone),
            trouble_starts_at=iso(asked),
        )
    for _ in range(80):
        c = f.person("happy", habit="steady")
        for _k in range(r.randint(6, 10)):
            f.happy(c, f.daytime(0, 31))
    for _ in range(45):
        c = f.person("steadily_grumpy", tolerated=("repeat_contact", "silence"))
        for _k in range(r.randint(5, 8)):
            channel = r.choice(("social", "email", "chat", "community"))
            text = r.choice(w.GRUMPY[c.lang])
            when = f.daytime(0, 31)
            if channel == "email":
                f.ev(c, when, "email", "message", text, w.GENERIC_SUBJECT[c.lang])
            else:
                f.ev(c, when, channel, "chat" if channel == "chat" else "post", text)
        for _k in range(r.randint(0, 2)):
            f.happy(c, f.daytime(0, 31), "page")
    for _ in range(50):
        c = f.person("happy_one_sarcastic_remark", tolerated=["silence"])
        for _k in range(r.randint(4, 7)):
            f.happy(c, f.daytime(0, 31))
        c.truth["sarcasm_event_id"] = f.ev(
            c, f.daytime(3, 28), "social", "post", r.choice(w.SARCASM[c.lang])
        )
    return f


def quiet_hours() -> Fam:
    f = family("quiet_hours")
    r = f.rng
    grumblers = set(r.sample(range(205), 24))
    for i in range(205):
        if i in grumblers:
            c = f.person("grumbles_once", tolerated=["silence"])
            for _k in range(r.randint(0, 2)):
                f.happy(c, f.daytime(0, 2, 7, 21.5))
            c.truth["grumble_event_id"] = f.grumble_email(c, f.daytime(0, 2, 7, 21.5))
        else:
            c = f.person("happy")
            for _k in range(r.randint(1, 3)):
                f.happy(c, f.daytime(0, 2, 7, 21.5))
    bursts: list[str] = []
    for night in (1, 2, 3):
        at = f.start + timedelta(days=night, minutes=30 + r.uniform(0, 30))
        for _b in range(3):
            bursts.append(iso(at))
            for when in sorted(f.later(at, 0, 10) for _ in range(5)):
                c = f.person("night_owl", burst_at=iso(at))
                f.happy(c, when, r.choice(("night_post", "night_question")))
                if r.random() < 0.4:
                    f.happy(c, f.daytime(0, 2, 9, 20))
            at = f.later(at, 25, 55)
    return f


def company_name(f: Fam, lang: str) -> str:
    r = f.rng
    return f.unique(lambda: r.choice(w.COMPANY_TYPES[lang]).format(s=r.choice(w.LAST_NAMES[lang])))


def b2b_accounts() -> Fam:
    f = family("b2b_accounts")
    r = f.rng
    kinds = ["at_risk"] * 16 + ["one_unhappy"] * 16 + ["mild"] * 8 + ["happy"] * 24
    r.shuffle(kinds)
    problems = ["closed"] * 5 + ["portal"] * 4 + ["invoice"] * 3 + ["estimates"] * 4
    r.shuffle(problems)
    weekdays = [d for d in range(14) if (f.start + timedelta(days=d)).weekday() < 5]

    def office_day(lo: int = 8, hi: int = 16) -> datetime:
        return f.at(r.choice(weekdays), lo, hi)

    def sig(c: Cust) -> str:
        return f"\n\n{c.first} {c.last}\n{c.role}, {c.company}"

    def routine(c: Cust, n: int, before: datetime | None, nps_ok: bool) -> None:
        for _k in range(n):
            for _attempt in range(100):
                when = office_day()
                if before is None or when <= before - timedelta(hours=7):
                    break
            else:
                continue
            kind = f.pick(B2B_KINDS)
            lang = c.lang
            if kind == "nps" and not nps_ok:
                kind = "page"
            if kind == "question":
                chat = r.random() < 0.4
                q, a = r.choice(w.B2B_QUESTIONS[lang])
                if chat:
                    f.ev(c, when, "chat", "chat", q)
                    answered = f.later(when, 2, 10)
                    f.ev(c, answered, "chat", "chat", a, out=True)
                    f.ev(c, f.later(answered, 1, 5), "chat", "chat", r.choice(w.B2B_THANKS[lang]))
                else:
                    subject = w.QUESTION_SUBJECT[lang]
                    f.ev(c, when, "email", "message", q + sig(c), subject)
                    answered = f.later(when, 20, 90)
                    f.ev(c, answered, "email", "message", a, f"Re: {subject}", out=True)
                    f.ev(
                        c,
                        f.later(answered, 5, 60),
                        "email",
                        "message",
                        r.choice(w.B2B_THANKS[lang]),
                        f.reply_subject(lang, subject),
                    )
            elif kind == "purchase":
                page, product, price = r.choice(w.B2B_PRODUCTS)
                f.ev(c, when, "web", "page_view", attrs={"page": page})
                currency = "GBP" if c.market == "UK" else "EUR"
                f.ev(
                    c,
                    f.later(when, 5, 30),
                    "web",
                    "purchase",
                    attrs={"order_value": price, "currency": currency, "product": product},
                )
            elif kind == "page":
                f.ev(c, when, "web", "page_view", attrs={"page": r.choice(w.B2B_PAGES)})
            elif kind == "praise":
                f.ev(
                    c, when, r.choice(("community", "social")), "post", r.choice(w.B2B_PRAISE[lang])
                )
            else:
                word = r.choice(w.SURVEY_HAPPY_WORDS[lang]) or None
                f.ev(
                    c,
                    when,
                    "survey",
                    "survey_response",
                    word,
                    nps=r.randint(9, 10),
                    attrs={"survey": "nps"},
                )

    def complaint(c: Cust, when: datetime, problem: str) -> str:
        lang = c.lang
        text = r.choice(w.B2B_COMPLAINT[lang]).format(
            p=r.choice(w.B2B_DESC[lang][problem]), co=c.company, sig=sig(c)
        )
        return f.ev(c, when, "email", "message", text, w.B2B_SUBJECT[lang][problem])

    def low_nps(c: Cust, when: datetime) -> dict[str, Any]:
        return f.low_survey(c, when, c.lang, "nps", w.B2B_NPS_LOW_WORDS)

    def account_id(market: str) -> str:
        return f.unique(lambda: f"SVP-{market}-{r.randint(1000, 9999)}")

    for kind in kinds:
        lang = f.draw_lang()
        market = w.MARKET[lang]
        account = account_id(market)
        company = company_name(f, lang)
        domain = slug(company) + ".example"
        size = {"at_risk": (4, 6), "one_unhappy": (3, 6), "mild": (3, 5), "happy": (3, 6)}[kind]
        roles = r.sample(w.ROLES[lang], r.randint(*size))
        contacts: list[Cust] = []
        for role in roles:
            c = f.person(
                "b2b_happy",
                lang,
                market=market,
                account=account,
                domain=domain,
                company=company,
                role=role,
            )
            c.company, c.role = company, role
            contacts.append(c)
        unhappy: list[Cust] = []
        info: dict[str, Any] = {
            "company": company,
            "contacts": len(contacts),
            "contact_keys": [c.key for c in contacts],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        if kind == "at_risk":
            problem = problems.pop()
            ref = f.ref()
            unhappy = contacts[:3]
            t1 = f.office(f.at(r.choice((1, 2, 3, 4, 7)), 8, 15))
            t2 = f.office(f.later(t1, 8 * 60, 28 * 60))
            t3 = f.office(f.later(t2, 8 * 60, 28 * 60))
            t4 = f.office(f.later(t3, 18 * 60, 40 * 60), hi=17)
            tolerated = (*UNHAPPY_TOLERATED, "account_risk")
            for c, t, rule in zip(
                unhappy, (t1, t2, t3), ("detractor", "detractor", "repeat_contact"), strict=True
            ):
                c.truth.update(
                    persona="b2b_unhappy",
                    expected_rules=[rule],
                    tolerated_rules=sorted(tolerated),
                    problem=problem,
                    booking=ref,
                    trouble_starts_at=iso(t),
                )
                routine(c, r.randint(1, 3), t, False)
                ids = [complaint(c, t, problem)]
                if rule == "detractor":
                    c.truth.update(low_nps(c, f.later(t, 60, 180)))
                c.truth["complaint_event_ids"] = ids
            f.ev(
                unhappy[0],
                f.later(t1, 20, 90),
                "email",
                "message",
                w.B2B_ACK[lang].format(name=unhappy[0].first, co=company, ref=ref),
                f"Re: {w.B2B_SUBJECT[lang][problem]} [{ref}]",
                out=True,
            )
            third = unhappy[2]
            text = r.choice(w.B2B_THIRD[lang]).format(
                ref=ref, co=company, comp=r.choice(w.COMPETITORS), sig=sig(third)
            )
            if r.random() < 0.6:
                again = f.ev(
                    third,
                    t4,
                    "email",
                    "message",
                    text,
                    f.reply_subject(lang, w.B2B_SUBJECT[lang][problem], ref),
                )
            else:
                again = f.ev(third, t4, "phone", "call", text.split("\n\n")[0])
            third.truth["complaint_event_ids"].append(again)
            info.update(same_problem=problem, trouble_starts_at=iso(t1))
        elif kind == "one_unhappy":
            c = r.choice(contacts)
            unhappy = [c]
            problem = r.choice(w.B2B_PROBLEMS)
            t = f.office(f.at(r.randint(1, 11), 8, 15))
            c.truth.update(
                persona="b2b_one_unhappy",
                expected_rules=["detractor"],
                tolerated_rules=sorted(UNHAPPY_TOLERATED),
                problem=problem,
                trouble_starts_at=iso(t),
            )
            routine(c, r.randint(1, 3), t, False)
            c.truth["complaint_event_ids"] = [complaint(c, t, problem)]
            c.truth.update(low_nps(c, f.later(t, 60, 180)))
            if r.random() < 0.5:
                ref = f.ref()
                c.truth["booking"] = ref
                f.ev(
                    c,
                    f.later(t, 20, 90),
                    "email",
                    "message",
                    w.B2B_ACK[lang].format(name=c.first, co=company, ref=ref),
                    f"Re: {w.B2B_SUBJECT[lang][problem]} [{ref}]",
                    out=True,
                )
        elif kind == "mild":
            for c in r.sample(contacts, 2):
                c.truth.update(persona="b2b_mild", tolerated_rules=["silence"])
                when = office_day(8, 15)
                text = r.choice(w.B2B_MILD[lang])
                if r.random() < 0.6:
                    eid = f.ev(c, when, "email", "message", text + sig(c), w.B2B_MILD_SUBJECT[lang])
                else:
                    eid = f.ev(c, when, "chat", "chat", text)
                c.truth["complaint_event_ids"] = [eid]
        for c in contacts:
            if c not in unhappy:
                routine(c, r.randint(2, 5), None, c.truth["persona"] == "b2b_happy")
        info["unhappy_contacts"] = len(unhappy)
        info["unhappy_contact_keys"] = [c.key for c in unhappy]
        f.accounts[account] = info
    return f


#: (first language, second language, market, weight)
PAIRS: tuple[tuple[str, str, str, int], ...] = (
    ("fr", "en", "FR", 8),
    ("en", "fr", "FR", 6),
    ("en", "es", "ES", 4),
    ("pt", "fr", "FR", 4),
    ("es", "en", "UK", 3),
    ("de", "en", "DE", 3),
    ("it", "en", "UK", 3),
    ("fr", "de", "DE", 2),
    ("it", "fr", "FR", 2),
    ("pt", "en", "UK", 2),
)


def bilingual() -> Fam:
    f = family("bilingual")
    r = f.rng

    def person(persona: str, **kw: Any) -> Cust:
        l1, l2, market, _wt = r.choices(PAIRS, weights=[p[3] for p in PAIRS])[0]
        return f.person(persona, l1, langs=(l1, l2), market=market, **kw)

    for _ in range(150):
        c = person("happy", habit="alternates languages")
        for _k in range(r.randint(5, 8)):
            f.happy(c, f.daytime(0, 13))
    counts = [2] * 20 + [3] * 20 + [4] * 10
    r.shuffle(counts)
    for n in counts:
        c = person("repeat_contact", expected=["repeat_contact"], tolerated=UNHAPPY_TOLERATED)
        for _k in range(r.randint(1, 3)):
            f.happy(c, f.daytime(0, 1))
        c.truth.update(
            f.repeat_case(c, f.at(r.randint(2, 6), 8, 20), n, r.random() < 0.5, alternate=True)
        )
    for _ in range(35):
        c = person(
            "slow_churner", expected=["sentiment_drop"], tolerated=SLIDER_TOLERATED, habit="slides"
        )
        for _k in range(5):
            f.happy(c, f.daytime(0, 4), "praise")
        for _k in range(r.randint(1, 3)):
            f.happy(c, f.daytime(0, 5), nps_ok=False)
        span = r.randint(3, 5)
        ids, times = f.slide(c, r.randint(6, 8), span, alternate=True)
        c.truth.update(slide_event_ids=ids, slide_days=span, trouble_starts_at=iso(times[0]))
    for _ in range(40):
        c = person("happy_one_bad_day", tolerated=["silence"])
        problem = r.choice(w.PROBLEMS)
        bad = f.at(r.randint(3, 11), 8, 20)
        f.happy_away(c, r.randint(3, 5), 0, 13, [bad], 6.5, nps_ok=False)
        eid = f.bad_moment(c, bad, c.langs[1], problem, r.random() < 0.25)
        c.truth.update(
            problem=problem, bad_day_at=iso(bad), bad_day_event_id=eid, bad_day_language=c.langs[1]
        )
    for _ in range(25):
        c = person("resolved_between_contacts", tolerated=["silence"])
        for _k in range(r.randint(1, 3)):
            f.happy(c, f.daytime(0, 1))
        case = f.fixed_case(c, 2, 10, c.langs[0], c.langs[1])
        case["trouble_starts_at"] = case["raised_at"]
        c.truth.update(case)
    return f


def topic_spike() -> Fam:
    f = family("topic_spike")
    r = f.rng
    spike_start = day0(2026, 10, 1) + timedelta(hours=7, minutes=5)
    spike_minutes = 43
    before_spike = (spike_start - f.start).days - 1
    grumblers = set(r.sample(range(298), 34))
    for i in range(298):
        if i in grumblers:
            c = f.person("grumbles_once", tolerated=["silence"])
            for _k in range(r.randint(0, 2)):
                f.happy(c, f.daytime(0, 6))
            c.truth["grumble_event_id"] = f.grumble_email(c, f.daytime(0, 6))
        else:
            c = f.person("happy")
            for _k in range(r.randint(1, 3)):
                f.happy(c, f.daytime(0, 6))
    for lang, day in (("en", 1), ("fr", 3)):
        c = f.person("grumbles_once", lang, tolerated=["silence"])
        f.happy(c, f.daytime(0, day - 1))
        eid = f.ev(c, f.at(day, 18, 21), "chat", "chat", w.LONE_REPORT[lang])
        c.truth.update(grumble_event_id=eid, lone_report_event_id=eid)
    langs = ["en"] * 17 + ["fr"] * 15 + ["es"] * 8 + ["de"] * 7 + ["it"] * 7 + ["pt"] * 6
    channels = ["social"] * 20 + ["chat"] * 12 + ["email"] * 11 + ["community"] * 9 + ["web"] * 8
    r.shuffle(langs)
    r.shuffle(channels)
    repeaters = set(r.sample(range(60), 20))
    fixed = set(r.sample([i for i in range(60) if i not in repeaters], 15))
    event_ids: list[str] = []
    repeat_ids: list[str] = []
    firsts: list[datetime] = []
    keys: list[str] = []

    def report(c: Cust, when: datetime, channel: str, texts: list[str], subject: str) -> str:
        direct = [t for t in texts if "@" not in t] or texts
        if channel in ("social", "community"):
            kind = "post" if channel == "community" or r.random() < 0.6 else "mention"
            return f.ev(c, when, channel, kind, r.choice(texts))
        if channel == "email":
            return f.ev(c, when, "email", "message", r.choice(direct), subject)
        if channel == "web":
            return f.ev(c, when, "web", "ticket", r.choice(direct), subject)
        return f.ev(c, when, "chat", "chat", r.choice(direct))

    for i in range(60):
        lang = langs[i]
        regular = i < 40
        repeat = i in repeaters
        c = f.person(
            "spike_repeater" if repeat else "spike_reporter",
            lang,
            expected=["repeat_contact"] if repeat else [],
            tolerated=("sentiment_drop", "silence") if repeat else ("silence",),
            in_spike=True,
            regular=regular,
        )
        if regular:
            for _k in range(r.randint(1, 3)):
                f.happy(c, f.daytime(0, before_spike, 7, 21))
        when = spike_start + timedelta(seconds=r.randint(0, spike_minutes * 60))
        eid = report(c, when, channels[i], w.SPIKE[lang], w.SPIKE_SUBJECT[lang])
        c.truth.update(
            spike_event_id=eid,
            spike_channel=channels[i],
            repeat_event_id=None,
            agent_fixed=i in fixed,
        )
        event_ids.append(eid)
        firsts.append(when)
        keys.append(c.key)
        if repeat:
            other = r.choice(
                [ch for ch in ("social", "chat", "email", "web", "community") if ch != channels[i]]
            )
            again = report(
                c,
                f.later(when, 20, 75),
                other,
                w.SPIKE_REPEAT[lang],
                f.reply_subject(lang, w.SPIKE_SUBJECT[lang]),
            )
            c.truth["repeat_event_id"] = again
            repeat_ids.append(again)
        if i in fixed:
            subject, text = w.SPIKE_FIXED[lang]
            f.ev(
                c,
                f.later(when, 150, 210),
                "email",
                "message",
                text.format(name=c.first),
                subject,
                out=True,
            )
    f.spike = {
        "topic": "October direct debit collected twice (payment system fault)",
        "about": (
            "Thursday 1 October 2026, 07:05-07:48 UTC: 60 customers report that the monthly"
            " direct debit was taken twice; 20 write again within 20-75 minutes"
        ),
        "channel": None,
        "start": iso(min(firsts)),
        "end": iso(max(firsts)),
        "customers": keys,
        "event_ids": event_ids,
        "repeat_event_ids": repeat_ids,
    }
    return f


FAMILIES = (
    happy_writers,
    one_bad_day,
    repeat_contacts,
    slow_churners,
    quiet_hours,
    b2b_accounts,
    bilingual,
    topic_spike,
)


def main() -> None:
    total_c = total_t = 0
    for build in FAMILIES:
        fam = build()
        customers, touchpoints, expected = fam.write()
        total_c += customers
        total_t += touchpoints
        print(f"{fam.name:16} {customers:5} customers {touchpoints:6} touchpoints  {expected}")
    print(f"{'total':16} {total_c:5} customers {total_t:6} touchpoints")


if __name__ == "__main__":
    main()
