"""Build the heldout25 report-only scenario set (Boxelo, self-storage with app access).

Standard library only, seeded, deterministic: ``python make_heldout25.py`` writes
``<family>.jsonl`` and ``<family>.truth.json`` next to this file. Written blind (see
README.md): the stories decide every act, not any alert rule.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, ClassVar

import wording_business as wb
import wording_happy as wh
import wording_trouble as wt

SEED = 20261028
BRAND = "Boxelo"
COMPS = ("Cofrea", "Stokka")
BUSINESS = (
    "Boxelo: self-storage units with app access, a van service and Boxelo Business"
    " (PT, FR, BE, ES, UK, IE, DE, IT)"
)
OUT = Path(__file__).resolve().parent
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
LANGS = ("pt", "fr", "es", "en", "de", "it")
LANG_W = (28, 26, 12, 12, 11, 11)
CITIES: dict[str, list[str]] = {
    "PT": ["Lisboa", "Porto", "Braga", "Coimbra", "Faro", "Setúbal", "Aveiro"],
    "FR": ["Paris", "Lyon", "Marseille", "Bordeaux", "Nantes", "Lille", "Toulouse"],
    "BE": ["Bruxelles", "Liège", "Namur"],
    "ES": ["Madrid", "Barcelona", "Valencia"],
    "UK": ["London", "Manchester", "Bristol"],
    "IE": ["Dublin", "Cork"],
    "DE": ["Berlin", "Hamburg", "Köln"],
    "IT": ["Milano", "Torino", "Bologna"],
}
PHONES: dict[str, tuple[str, str, int]] = {
    "PT": ("+351", "9", 8),
    "FR": ("+33", "6", 8),
    "BE": ("+32", "4", 8),
    "ES": ("+34", "6", 8),
    "UK": ("+44", "7", 9),
    "IE": ("+353", "8", 8),
    "DE": ("+49", "15", 8),
    "IT": ("+39", "3", 9),
}
MARKET_LANG = {
    "PT": "pt",
    "FR": "fr",
    "BE": "fr",
    "ES": "es",
    "UK": "en",
    "IE": "en",
    "DE": "de",
    "IT": "it",
}
MAIL_DOMAINS = (
    "mail.example",
    "correio.example",
    "courriel.example",
    "post.example",
    "webmail.example",
)
SOURCES = {
    "email": "boxelo-mail",
    "phone": "boxelo-voice",
    "social": "boxelo-social",
    "community": "boxelo-forum",
    "chat": "boxelo-chat",
    "web": "boxelo-web",
    "survey": "boxelo-survey",
}
Q_SUBJECT = {
    "pt": "Pergunta",
    "fr": "Question",
    "es": "Consulta",
    "en": "Quick question",
    "de": "Frage",
    "it": "Domanda",
}
CONTACT_CHANNELS = ("email", "chat", "phone", "social", "web")
REPEAT_TOL = (
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)
SLIDER_TOL = (
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)
LEAVER_TOL = ("sentiment_drop", "competitor_mention", "high_value_at_risk", "silence")
GRUMPY_TOL = ("repeat_contact", "silence")
SILENCE = ("silence",)
RISK_TOL = (*REPEAT_TOL, "account_risk")
ONE_UNHAPPY_TOL = ("sentiment_drop", "high_value_at_risk", "silence")
GENDER = re.compile(r"\[\[([^|\]]*)\|([^\]]*)\]\]")
COLLEAGUE = re.compile(r"<<([^|>]*)\|([^>]*)>>")
Span = tuple[datetime, datetime]


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def ascii_name(name: str) -> str:
    flat = unicodedata.normalize("NFD", name)
    return "".join(ch for ch in flat if not unicodedata.combining(ch)).lower()


def drop_accents(text: str, lang: str) -> str:
    if lang == "de":
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
        return text
    out = []
    for ch in text:
        if lang == "es" and ch in "ñÑ":
            out.append(ch)
            continue
        flat = unicodedata.normalize("NFD", ch)
        out.append("".join(c for c in flat if not unicodedata.combining(c)) or ch)
    return "".join(out)


def spoken(text: str) -> str:
    """What speech-to-text makes of a sentence: lower case, no punctuation, no emoji."""
    text = text.lower().replace("-", " ").replace("/", " ")
    kept = "".join(ch if ch.isalnum() or ch in " '" else " " for ch in text)
    return " ".join(kept.split())


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    first: str
    fem: bool
    email: str
    phone: str
    handle: str | None
    account: str | None
    city: str
    unit: str
    comp: str
    agent: tuple[str, bool]
    items: dict[str, str]
    truth: dict[str, Any]


class Fam:
    used: ClassVar[set[str]] = set()

    def __init__(self, n: int, name: str, code: str, start: str, days: int, about: str) -> None:
        self.seed = SEED * 100 + n
        self.rng = random.Random(self.seed)
        self.name, self.code, self.days, self.about = name, code, days, about
        self.start = datetime.fromisoformat(start + "T00:00:00+00:00")
        self.custs: dict[str, Cust] = {}
        self.events: list[dict[str, Any]] = []
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}

    # ---- people -------------------------------------------------------------------
    def pick_lang(self) -> str:
        return self.rng.choices(LANGS, weights=LANG_W)[0]

    def market_of(self, lang: str) -> str:
        r = self.rng.random()
        if lang == "fr":
            return "BE" if r < 0.2 else "FR"
        if lang == "en":
            return "IE" if r < 0.3 else "UK"
        return {"pt": "PT", "es": "ES", "de": "DE", "it": "IT"}[lang]

    def unique(self, kind: str, make: Callable[[], str]) -> str:
        while True:
            value = make()
            if f"{kind}:{value.lower()}" not in Fam.used:
                Fam.used.add(f"{kind}:{value.lower()}")
                return value

    def ref(self) -> str:
        return self.unique("ref", lambda: f"BX-{self.rng.randint(100000, 999999)}")

    def new_cust(
        self,
        persona: str,
        lang: str | None = None,
        market: str | None = None,
        expected: Sequence[str] = (),
        tolerated: Sequence[str] = (),
        langs: Sequence[str] | None = None,
        account: str | None = None,
        domain: str | None = None,
        taken_names: set[str] | None = None,
        **extra: Any,
    ) -> Cust:
        rng = self.rng
        lang = lang or self.pick_lang()
        market = market or self.market_of(lang)
        key = f"BX{self.code}{len(self.custs) + 1:04d}"
        first, fem = rng.choice(wh.NAMES[lang])
        while taken_names is not None and first in taken_names:
            first, fem = rng.choice(wh.NAMES[lang])
        if taken_names is not None:
            taken_names.add(first)
        surname = rng.choice(wh.SURNAMES[lang])
        if domain:
            email = self.unique("email", lambda: f"{ascii_name(first)}.{surname}@{domain}.example")
        else:
            email = self.unique(
                "email",
                lambda: (
                    f"{ascii_name(first)}.{surname}{rng.randint(1, 999)}@{rng.choice(MAIL_DOMAINS)}"
                ),
            )
        cc, lead, rest = PHONES[market]
        phone = self.unique(
            "phone", lambda: cc + lead + "".join(str(rng.randint(0, 9)) for _ in range(rest))
        )
        handle = None
        if account is None:
            handle = self.unique(
                "handle", lambda: f"@{ascii_name(first)}_{surname[:4]}{rng.randint(10, 9999)}"
            )
        all_langs = list(langs or [lang])
        c = Cust(
            key=key,
            lang=lang,
            market=market,
            first=first,
            fem=fem,
            email=email,
            phone=phone,
            handle=handle,
            account=account,
            city=rng.choice(CITIES[market]),
            unit=rng.choice(wh.UNITS),
            comp=rng.choice(COMPS),
            agent=rng.choice(wh.AGENTS[lang]),
            items={lg: rng.choice(wh.ITEMS[lg]) for lg in all_langs},
            truth={
                "identifiers": {
                    "customer_id": key,
                    "email": email.lower(),
                    "phone": phone,
                    "handle": handle,
                    "account_id": account,
                },
                "expected_rules": sorted(expected),
                "tolerated_rules": sorted(tolerated),
                "persona": persona,
                "language": lang,
                "country": market,
                "segment": "b2b" if account else "consumer",
            },
        )
        if langs:
            c.truth["languages"] = list(langs)
        c.truth.update(extra)
        self.custs[key] = c
        return c

    # ---- words --------------------------------------------------------------------
    def say(self, c: Cust, tpl: str, lang: str | None = None, noisy: bool = True, **kw: Any) -> str:
        lang = lang or c.lang
        colleague_fem = kw.pop("colleague_fem", None)
        agent = wh.AGENTS[lang][0][0] if lang != c.lang else c.agent[0]
        vals: dict[str, Any] = {
            "b": BRAND,
            "item": c.items.get(lang, ""),
            "city": c.city,
            "unit": c.unit,
            "comp": c.comp,
            "first": c.first,
            "agent": agent,
        }
        vals.update(kw)
        text = tpl.format(**vals)
        text = GENDER.sub(lambda m: m.group(1) if c.fem else m.group(2), text)
        if colleague_fem is not None:
            text = COLLEAGUE.sub(lambda m: m.group(1) if colleague_fem else m.group(2), text)
        return self.noise(text, lang) if noisy else text

    def noise(self, text: str, lang: str) -> str:
        rng = self.rng
        if rng.random() < 0.1:
            text = drop_accents(text, lang)
        if rng.random() < 0.12 and text[:1].isupper() and not text[:2].isupper():
            text = text[0].lower() + text[1:]
        if rng.random() < 0.08:
            words = text.split(" ")
            spots = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha() and w.islower()]
            if spots:
                i = rng.choice(spots)
                w = words[i]
                j = rng.randint(1, len(w) - 3)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    def call(self, c: Cust, sentence: str, lang: str | None = None) -> str:
        lang = lang or c.lang
        opener: str = self.rng.choice(wh.PHONE_OPENERS[lang])
        return opener + " " + spoken(sentence)

    # ---- time ---------------------------------------------------------------------
    def time_of(self, eid: str) -> datetime:
        found: datetime = next(e["_t"] for e in self.events if e["event_id"] == eid)
        return found

    def at(self, day: float, hour: float = 0.0) -> datetime:
        t = self.start + timedelta(days=day, hours=hour)
        return t.replace(microsecond=0)

    def when(self, d0: float, d1: float, h0: float = 7.0, h1: float = 21.5) -> datetime:
        day = self.rng.randint(int(d0), max(int(d0), int(d1)))
        return self.at(day, self.rng.uniform(h0, h1))

    def mins(self, t: datetime, lo: float, hi: float) -> datetime:
        return (t + timedelta(minutes=self.rng.uniform(lo, hi))).replace(microsecond=0)

    def daylight(self, t: datetime) -> datetime:
        """Moved out of 22:00-07:00 UTC (to the next morning, 07-09)."""
        if t.hour >= 22:
            t = (t + timedelta(days=1)).replace(hour=7, minute=0, second=0)
            return self.mins(t, 0, 120)
        if t.hour < 7:
            return self.mins(t.replace(hour=7, minute=0, second=0), 0, 120)
        return t

    def office(self, t: datetime, h0: int = 8, h1: int = 15) -> datetime:
        """Moved into weekday office hours (h0-h1 UTC)."""
        while t.weekday() >= 5 or t.hour >= h1:
            t = (t + timedelta(days=1)).replace(hour=h0, minute=0, second=0)
            t = self.mins(t, 0, 90)
        if t.hour < h0:
            t = self.mins(t.replace(hour=h0, minute=0, second=0), 0, 90)
        return t

    def free(
        self, d0: float, d1: float, avoid: Sequence[Span], h0: float = 7.0, h1: float = 21.5
    ) -> datetime:
        for _ in range(500):
            t = self.when(d0, d1, h0, h1)
            if not any(a <= t <= b for a, b in avoid):
                return t
        raise SystemExit(f"{self.name}: no free time in days {d0}-{d1}")

    # ---- touchpoints --------------------------------------------------------------
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
        attrs: dict[str, str] | None = None,
    ) -> str:
        if not (t.year == 2026 and t < LIMIT):
            raise SystemExit(f"{self.name}: {t} outside 2026 before 15 November")
        eid = f"bx25-{self.code.lower()}-{len(self.events) + 1:05d}"
        self.events.append(
            {
                "_c": c.key,
                "_t": t,
                "event_id": eid,
                "channel": channel,
                "kind": kind,
                "direction": "outbound" if out else "inbound",
                "text": text,
                "subject": subject,
                "scores": scores or {},
                "attrs": attrs or {},
            }
        )
        return eid

    def chat_q(self, c: Cust, t: datetime, lang: str) -> list[str]:
        q, a = self.rng.choice(wh.QUESTIONS[lang])
        ids = [self.ev(c, t, "chat", "chat", self.say(c, q, lang))]
        t2 = self.mins(t, 1, 6)
        ids.append(self.ev(c, t2, "chat", "chat", self.say(c, a, lang, noisy=False), out=True))
        ids.append(
            self.ev(
                c,
                self.mins(t2, 1, 8),
                "chat",
                "chat",
                self.say(c, self.rng.choice(wh.THANKS[lang]), lang),
            )
        )
        return ids

    def email_q(self, c: Cust, t: datetime, lang: str) -> list[str]:
        q, a = self.rng.choice(wh.QUESTIONS[lang])
        subj = Q_SUBJECT[lang]
        re_subj = f"{wt.REPLY_PREFIX[lang]} {subj}"
        ids = [self.ev(c, t, "email", "message", self.say(c, q, lang), subj)]
        t2 = self.mins(t, 20, 90)
        ids.append(
            self.ev(c, t2, "email", "message", self.say(c, a, lang, noisy=False), re_subj, out=True)
        )
        t3 = self.daylight(self.mins(t2, 10, 180))
        ids.append(
            self.ev(
                c,
                t3,
                "email",
                "message",
                self.say(c, self.rng.choice(wh.THANKS[lang]), lang),
                re_subj,
            )
        )
        return ids

    def survey_happy(self, c: Cust, t: datetime, lang: str) -> str:
        rng = self.rng
        kind = rng.choice(("nps", "nps", "csat", "ces"))
        score = {"nps": rng.randint(9, 10), "csat": rng.randint(4, 5), "ces": rng.randint(6, 7)}[
            kind
        ]
        r = rng.random()
        text = (
            rng.choice(wh.SURVEY_WORDS[lang])
            if r < 0.5
            else (rng.choice(wh.EMOJI) if r < 0.7 else None)
        )
        return self.ev(
            c, t, "survey", "survey_response", text, scores={kind: score}, attrs={"survey": kind}
        )

    def purchase(self, c: Cust, t: datetime, lang: str) -> list[str]:
        prod, price = self.rng.choice(wh.PRODUCTS[lang])
        cur = "GBP" if c.market == "UK" else "EUR"
        value = price * 0.9 if cur == "GBP" else price
        ids = [self.ev(c, t, "web", "page_view", attrs={"page": "/shop"})]
        attrs = {"order_value": f"{value:.2f}", "currency": cur, "product": prod.format(b=BRAND)}
        ids.append(self.ev(c, self.mins(t, 2, 10), "web", "purchase", attrs=attrs))
        return ids

    def happy_act(
        self,
        c: Cust,
        t: datetime,
        lang: str | None = None,
        surveys: bool = True,
        kind: str | None = None,
    ) -> list[str]:
        rng = self.rng
        lang = lang or c.lang
        kinds = [
            "praise",
            "mention",
            "again",
            "gripe",
            "chat_q",
            "email_q",
            "phone_q",
            "purchase",
            "page",
            "review",
        ]
        weights = [3.0, 1.0, 1.5, 1.0, 2.0, 1.5, 1.0, 1.0, 1.5, 1.0]
        if surveys:
            kinds.append("survey")
            weights.append(1.2)
        kind = kind or rng.choices(kinds, weights=weights)[0]
        if kind in ("praise", "again", "gripe"):
            table = {"praise": wh.PRAISE, "again": wh.AGAIN, "gripe": wh.GRIPE}[kind]
            channel = rng.choice(("social", "social", "community"))
            return [self.ev(c, t, channel, "post", self.say(c, rng.choice(table[lang]), lang))]
        if kind == "mention":
            text = self.say(c, rng.choice(wh.PRAISE[lang]), lang) + " @boxelo"
            return [self.ev(c, t, "social", "mention", text)]
        if kind == "chat_q":
            return self.chat_q(c, t, lang)
        if kind == "email_q":
            return self.email_q(c, t, lang)
        if kind == "phone_q":
            return [
                self.ev(
                    c,
                    t,
                    "phone",
                    "call",
                    self.call(
                        c,
                        self.say(c, rng.choice(wh.PHONE_QUESTIONS[lang]), lang, noisy=False),
                        lang,
                    ),
                )
            ]
        if kind == "purchase":
            return self.purchase(c, t, lang)
        if kind == "page":
            return [self.ev(c, t, "web", "page_view", attrs={"page": rng.choice(wh.PAGES)})]
        if kind == "review":
            text = self.say(c, rng.choice(wh.REVIEWS[lang]), lang)
            return [self.ev(c, t, "web", "review", text, attrs={"rating": str(rng.randint(4, 5))})]
        return [self.survey_happy(c, t, lang)]

    def night_act(self, c: Cust, t: datetime, lang: str | None = None) -> list[str]:
        lang = lang or c.lang
        if self.rng.random() < 0.5:
            return [
                self.ev(
                    c,
                    t,
                    self.rng.choice(("social", "community")),
                    "post",
                    self.say(c, self.rng.choice(wh.NIGHT[lang]), lang),
                )
            ]
        return self.chat_q(c, t, lang)

    def contact(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        lang: str,
        text: str,
        spoken_text: str,
        subject: str | None,
    ) -> str:
        """One inbound contact about a problem, shaped by its channel."""
        if channel == "phone":
            return self.ev(c, t, "phone", "call", self.call(c, spoken_text, lang))
        if channel == "email":
            return self.ev(c, t, "email", "message", text, subject)
        if channel == "web":
            return self.ev(c, t, "web", "ticket", text, subject)
        if channel == "chat":
            return self.ev(c, t, "chat", "chat", text)
        return self.ev(c, t, "social", "post", text)

    def first_contact(
        self, c: Cust, t: datetime, channel: str, problem: str, lang: str | None = None
    ) -> str:
        lang = lang or c.lang
        text = self.say(c, self.rng.choice(wt.SHORT[problem][lang]), lang)
        said = self.say(c, wt.SPOKEN[problem][lang], lang, noisy=False)
        return self.contact(
            c, t, channel, lang, text, said, self.rng.choice(wt.FIRST_SUBJECT[lang])
        )

    def later_contact(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        problem: str,
        ref: str,
        nth: int,
        lang: str | None = None,
    ) -> str:
        lang = lang or c.lang
        table = {2: wt.STILL, 3: wt.THIRD}.get(nth, wt.FOURTH)
        tpl = self.rng.choice(table[lang])
        text = self.say(c, tpl, lang, ref=ref, what=wt.WHAT[problem][lang])
        said = self.say(c, tpl, lang, noisy=False, ref=ref, what=wt.WHAT[problem][lang])
        subj = wt.SUBJECT_CASE[lang].format(ref=ref)
        if channel == "email":
            subj = f"{wt.REPLY_PREFIX[lang]} {subj}"
        return self.contact(c, t, channel, lang, text, said, subj)

    def agent_mail(
        self,
        c: Cust,
        t: datetime,
        tpl: dict[str, str],
        ref: str,
        lang: str | None = None,
        problem: str | None = None,
    ) -> str:
        lang = lang or c.lang
        what = wt.WHAT[problem][lang] if problem else ""
        text = self.say(c, tpl[lang], lang, noisy=False, ref=ref, what=what)
        subj = wt.SUBJECT_CASE[lang].format(ref=ref)
        return self.ev(c, t, "email", "message", text, subj, out=True)

    def confirm(self, c: Cust, t: datetime, ref: str, lang: str | None = None) -> str:
        lang = lang or c.lang
        text = self.say(c, self.rng.choice(wt.CONFIRM[lang]), lang, ref=ref)
        if self.rng.random() < 0.5:
            subj = f"{wt.REPLY_PREFIX[lang]} {wt.SUBJECT_CASE[lang].format(ref=ref)}"
            return self.ev(c, t, "email", "message", text, subj)
        return self.ev(c, t, "chat", "chat", text)

    def low_survey(
        self, c: Cust, t: datetime, kind: str, score: int, lang: str | None = None
    ) -> str:
        lang = lang or c.lang
        word = self.say(c, self.rng.choice(wt.LOW_SURVEY[lang]), lang) or None
        return self.ev(
            c, t, "survey", "survey_response", word, scores={kind: score}, attrs={"survey": kind}
        )

    # ---- output -------------------------------------------------------------------
    def ref_of(self, c: Cust, e: dict[str, Any], full: bool) -> dict[str, Any]:
        ref: dict[str, Any] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": c.account,
        }
        rng = self.rng
        if full:
            ref.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
        elif e["channel"] == "phone":
            cc = PHONES[c.market][0]
            ref["phone"] = c.phone.replace(cc, cc + " ", 1) if rng.random() < 0.3 else c.phone
        elif e["channel"] in ("social", "community"):
            if c.handle is None:
                ref["email"] = c.email
            else:
                ref["handle"] = c.handle.lstrip("@") if rng.random() < 0.3 else c.handle
        elif e["channel"] == "email":
            ref["email"] = c.email.upper() if rng.random() < 0.1 else c.email
        else:
            ref["customer_id"] = c.key
        return ref

    def expected_counts(self) -> dict[str, int]:
        counts: Counter[str] = Counter()
        for c in self.custs.values():
            counts.update(c.truth["expected_rules"])
        for a in self.accounts.values():
            counts.update(a["expected_rules"])
        if self.spike:
            counts["topic_spike"] += 1
        return dict(sorted(counts.items()))

    def write(self, planned: dict[str, int]) -> tuple[int, int]:
        counts = self.expected_counts()
        if counts != dict(sorted(planned.items())):
            raise SystemExit(f"{self.name}: expected {counts}, planned {planned}")
        events = sorted(self.events, key=lambda e: (e["_t"], e["event_id"]))
        seen: set[str] = set()
        lines = []
        for e in events:
            c = self.custs[e["_c"]]
            full = e["direction"] == "outbound" or c.key not in seen
            seen.add(c.key)
            attrs = {"market": c.market}
            if c.account:
                attrs["segment"] = "b2b"
            attrs.update(e["attrs"])
            scores = {"nps": None, "csat": None, "ces": None} | e["scores"]
            row = {
                "event_id": e["event_id"],
                "occurred_at": iso(e["_t"]),
                "channel": e["channel"],
                "kind": e["kind"],
                "direction": e["direction"],
                "customer": self.ref_of(c, e, full),
                "text": e["text"],
                "subject": e["subject"],
                "scores": scores,
                "source": SOURCES[e["channel"]],
                "attributes": attrs,
            }
            lines.append(json.dumps(row, ensure_ascii=False))
        missing = set(self.custs) - seen
        if missing:
            raise SystemExit(f"{self.name}: customers without touchpoints: {sorted(missing)[:5]}")
        end = max(self.start + timedelta(days=self.days), events[-1]["_t"] + timedelta(hours=1))
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": BUSINESS,
                "days": self.days,
                "seed": self.seed,
                "written": "2026-12-01",
                "expected": counts,
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: c.truth for k, c in self.custs.items()},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (OUT / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        text = json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        (OUT / f"{self.name}.truth.json").write_text(text, encoding="utf-8")
        return len(self.custs), len(lines)


# ---- families ------------------------------------------------------------------------
def spread(
    f: Fam,
    n: int,
    d0: float,
    d1: float,
    avoid: Sequence[Span] = (),
    h0: float = 7.0,
    h1: float = 21.5,
) -> list[datetime]:
    return sorted(f.free(d0, d1, avoid, h0, h1) for _ in range(n))


def happy_writers() -> Fam:
    f = Fam(
        1,
        "happy_writers",
        "HW",
        "2026-03-02",
        10,
        "happy households by day and night, and survey answerers",
    )
    rng = f.rng
    for _ in range(170):
        c = f.new_cust("happy", habit="day writer")
        for t in spread(f, rng.randint(5, 9), 0, 9):
            f.happy_act(c, t)
    for _ in range(50):
        c = f.new_cust("happy", habit="night writer")
        n = rng.randint(4, 7)
        k = rng.randint(2, min(4, n))
        for _ in range(k):
            f.night_act(c, f.at(rng.randint(0, 8), rng.uniform(22.17, 28.5)))
        for t in spread(f, n - k, 0, 9):
            f.happy_act(c, t)
    for _ in range(50):
        c = f.new_cust("happy", habit="answers surveys")
        for t in spread(f, rng.randint(3, 6), 0, 9):
            f.survey_happy(c, t, c.lang)
    f.write({})
    return f


def one_bad_day() -> Fam:
    f = Fam(
        2,
        "one_bad_day",
        "OB",
        "2026-04-13",
        12,
        "happy households with one angry day each, and controls",
    )
    rng = f.rng
    channels = (
        ["long"] * 70
        + ["email"] * 50
        + ["chat"] * 45
        + ["social"] * 50
        + ["web"] * 30
        + ["phone"] * 25
    )
    rng.shuffle(channels)
    survey = ["csat"] * 60 + ["nps"] * 36 + [""] * 174
    rng.shuffle(survey)
    fixed = [True] * 150 + [False] * 120
    rng.shuffle(fixed)
    sorry = [True] * 90 + [False] * 60
    rng.shuffle(sorry)
    n_fixed = 0
    for i in range(270):
        problem = wt.PROBLEMS[i % 6]
        detractor = survey[i] == "nps"
        c = f.new_cust(
            "bad_day_detractor" if detractor else "happy_one_bad_day",
            expected=("detractor",) if detractor else (),
            tolerated=SILENCE,
            problem=problem,
        )
        bad = f.when(2, 9, 8, 20)
        ch = channels[i]
        if ch == "long":
            complaint = f.say(c, rng.choice(wt.SHORT[problem][c.lang]), noisy=False)
            body = f.say(c, rng.choice(wt.LONG[c.lang]), complaint=complaint)
            eid = f.ev(c, bad, "email", "message", body, rng.choice(wt.FIRST_SUBJECT[c.lang]))
        else:
            eid = f.first_contact(c, bad, ch, problem)
        avoid: list[Span] = [(bad - timedelta(hours=11), bad + timedelta(hours=7))]
        c.truth.update(
            bad_day_at=iso(bad),
            bad_day_event_id=eid,
            long_email=ch == "long",
            channel="email" if ch == "long" else ch,
        )
        c.truth.update(csat_given=False, nps_given=False, agent_fixed=fixed[i], apologised=False)
        if survey[i] == "csat":
            score = rng.randint(1, 2)
            sid = f.low_survey(c, f.mins(bad, 40, 80), "csat", score)
            c.truth.update(csat_given=True, csat=score, survey_event_id=sid)
        elif detractor:
            score = rng.randint(1, 5)
            sid = f.low_survey(c, f.mins(bad, 100, 140), "nps", score)
            c.truth.update(nps_given=True, nps=score, survey_event_id=sid)
        if fixed[i]:
            ref = f.ref()
            c.truth["booking"] = ref
            fx = f.mins(bad, 60, 240)
            f.agent_mail(c, fx, wt.FIXED, ref, problem=problem)
            n_fixed += 1
            if sorry[n_fixed - 1]:
                st = f.daylight(f.mins(bad, 16 * 60, 26 * 60))
                text = f.say(c, rng.choice(wt.APOLOGY[c.lang]))
                if rng.random() < 0.5:
                    aid = f.ev(c, st, "chat", "chat", text)
                else:
                    aid = f.ev(
                        c,
                        st,
                        "email",
                        "message",
                        text,
                        f"{wt.REPLY_PREFIX[c.lang]} {wt.SUBJECT_CASE[c.lang].format(ref=ref)}",
                    )
                c.truth.update(apologised=True, apology_at=iso(st), apology_event_id=aid)
                avoid.append((st - timedelta(hours=8), st + timedelta(hours=4)))
        for t in spread(f, rng.randint(3, 5), 0, 11, avoid):
            f.happy_act(c, t, surveys=False)
    for _ in range(90):
        c = f.new_cust("happy", habit="control")
        for t in spread(f, rng.randint(4, 7), 0, 11):
            f.happy_act(c, t)
    f.write({"detractor": 36})
    return f


def raise_repeat(
    f: Fam, c: Cust, problem: str, t: datetime, n: int, langs: Sequence[str], passed_on: bool
) -> list[str]:
    """A problem raised n times, still open, each time on another channel (languages alternate)."""
    rng = f.rng
    ref = f.ref()
    channel = rng.choice(CONTACT_CHANNELS)
    ids = [f.first_contact(c, t, channel, problem, langs[0])]
    channels = [channel]
    if passed_on:
        f.agent_mail(c, f.mins(t, 90, 150), wt.PASSED_ON, ref, langs[0])
    else:
        f.agent_mail(c, f.mins(t, 5, 30), wt.CASE_OPENED, ref, langs[0])
    for k in range(2, n + 1):
        t = f.daylight(f.mins(t, 180, 2400))
        channel = rng.choice([ch for ch in CONTACT_CHANNELS if ch != channel])
        channels.append(channel)
        ids.append(f.later_contact(c, t, channel, problem, ref, k, langs[(k - 1) % len(langs)]))
    c.truth.update(
        booking=ref,
        contacts=n,
        channels=channels,
        agent_passed_on=passed_on,
        problem_event_ids=ids,
        problem=problem,
    )
    return ids


def fixed_case(
    f: Fam, c: Cust, problem: str, t: datetime, lang: str, confirm_lang: str
) -> dict[str, Any]:
    rng = f.rng
    ref = f.ref()
    channel = rng.choice(CONTACT_CHANNELS)
    pid = f.first_contact(c, t, channel, problem, lang)
    f.agent_mail(c, f.mins(t, 5, 30), wt.CASE_OPENED, ref, lang)
    fx = f.mins(t, 180, 1200)
    f.agent_mail(c, fx, wt.FIXED, ref, lang, problem)
    ct = f.daylight(f.mins(fx, 480, 1800))
    cid = f.confirm(c, ct, ref, confirm_lang)
    return {
        "problem": problem,
        "booking": ref,
        "raised_at": iso(t),
        "fixed_at": iso(fx),
        "confirmed_at": iso(ct),
        "problem_event_ids": [pid],
        "confirm_event_id": cid,
        "channel": channel,
    }


def repeat_contacts() -> Fam:
    f = Fam(
        3,
        "repeat_contacts",
        "RC",
        "2026-05-25",
        10,
        "open problems raised again and again, fixed cases, frequent writers",
    )
    rng = f.rng
    times = [2] * 40 + [3] * 45 + [4] * 25
    rng.shuffle(times)
    for i, n in enumerate(times):
        c = f.new_cust("repeat_contact", expected=("repeat_contact",), tolerated=REPEAT_TOL)
        for t in spread(f, rng.randint(1, 3), 0, 0, h1=18):
            f.happy_act(c, t, surveys=False)
        first = f.when(1, 4, 8, 20)
        raise_repeat(f, c, wt.PROBLEMS[i % 6], first, n, [c.lang], passed_on=i % 2 == 0)
        c.truth["trouble_starts_at"] = iso(first)
    for i in range(45):
        c = f.new_cust("resolved_between_contacts", tolerated=SILENCE)
        for t in spread(f, rng.randint(1, 2), 0, 0, h1=18):
            f.happy_act(c, t, surveys=False)
        first = f.when(1, 3, 8, 20)
        case = fixed_case(f, c, wt.PROBLEMS[(i + 2) % 6], first, c.lang, c.lang)
        c.truth.update(
            problems=[case],
            trouble_starts_at=iso(first),
            booking=case["booking"],
            problem=case["problem"],
        )
    for i in range(35):
        c = f.new_cust("different_problems", tolerated=SILENCE)
        f.happy_act(c, f.when(0, 0, 8, 18), surveys=False)
        p1, p2 = wt.PROBLEMS[i % 6], wt.PROBLEMS[(i + 3) % 6]
        t1 = f.when(0, 1, 9, 18) + timedelta(days=1)
        t2 = f.daylight(t1 + timedelta(hours=rng.uniform(96, 132)))
        cases = [fixed_case(f, c, p1, t1, c.lang, c.lang), fixed_case(f, c, p2, t2, c.lang, c.lang)]
        c.truth.update(problems=cases, trouble_starts_at=iso(t1))
    for _ in range(115):
        c = f.new_cust("happy", habit="frequent writer")
        for t in spread(f, rng.randint(5, 8), 0, 9):
            kind = rng.choice(("chat_q", "chat_q", "email_q", "phone_q", None))
            f.happy_act(c, t, kind=kind)
    f.write({"repeat_contact": 110})
    return f


def slide(f: Fam, c: Cust, d0: float, span: int, langs: Sequence[str]) -> list[str]:
    rng = f.rng
    ids = []
    for i in range(6):
        t = f.at(d0 + span * i / 5, rng.uniform(8, 21))
        lang = langs[i % len(langs)]
        text = f.say(c, rng.choice(wt.SLIDE[lang][i]), lang)
        where = rng.choice(("social", "community", "chat", "review"))
        if where == "review":
            ids.append(
                f.ev(c, t, "web", "review", text, attrs={"rating": str((3, 3, 2, 2, 1, 1)[i])})
            )
        elif where == "chat":
            ids.append(f.ev(c, t, "chat", "chat", text))
        else:
            ids.append(f.ev(c, t, where, "post", text))
    return ids


def slow_churners() -> Fam:
    f = Fam(
        4,
        "slow_churners",
        "SC",
        "2026-06-15",
        32,
        "slow slides, people who cancel, steady, grumpy and sarcastic customers",
    )
    rng = f.rng
    spans = [3] * 20 + [5] * 20 + [7] * 20 + [9] * 20
    rng.shuffle(spans)
    nps = [True] * 28 + [False] * 52
    rng.shuffle(nps)
    for i in range(80):
        c = f.new_cust(
            "slow_churner",
            expected=("sentiment_drop", "detractor") if nps[i] else ("sentiment_drop",),
            tolerated=SLIDER_TOL,
            habit="slides",
        )
        for t in spread(f, rng.randint(4, 5), 0, 10):
            f.happy_act(c, t, kind="praise")
        for t in spread(f, rng.randint(2, 4), 0, 10):
            f.happy_act(c, t, surveys=False)
        d0 = rng.randint(12, 18)
        ids = slide(f, c, d0, spans[i], [c.lang])
        c.truth.update(
            slide_event_ids=ids,
            slide_days=spans[i],
            trouble_starts_at=iso(f.time_of(ids[0])),
            nps_given=nps[i],
        )
        if nps[i]:
            step4 = f.time_of(ids[3])
            score = rng.randint(1, 5)
            sid = f.low_survey(c, f.mins(step4, 150, 210), "nps", score)
            c.truth.update(nps=score, survey_event_id=sid)
    for _ in range(36):
        c = f.new_cust(
            "slow_churner", expected=("churn_intent",), tolerated=LEAVER_TOL, habit="asks to cancel"
        )
        ask = f.when(15, 25, 8, 20)
        for t in spread(f, rng.randint(4, 6), 0, 13):
            f.happy_act(c, t)
        subj = wt.LEAVE_SUBJECT[c.lang]
        aid = f.ev(c, ask, "email", "message", f.say(c, rng.choice(wt.LEAVE[c.lang])), subj)
        reply = f.say(c, wt.LEAVE_REPLY[c.lang], noisy=False)
        f.ev(
            c,
            f.mins(ask, 60, 300),
            "email",
            "message",
            reply,
            f"{wt.REPLY_PREFIX[c.lang]} {subj}",
            out=True,
        )
        ct = f.daylight(f.mins(ask, 1200, 1800))
        reason = rng.choice(wt.LEAVE_REASON[c.lang]) or None
        cid = f.ev(c, ct, "web", "cancellation", reason, attrs={"page": "/account/close"})
        c.truth.update(
            churn_intent_event_id=aid,
            cancellation_event_id=cid,
            churn_at=iso(ct),
            trouble_starts_at=iso(ask),
        )
    for _ in range(70):
        c = f.new_cust("happy", habit="steady")
        for t in spread(f, rng.randint(6, 10), 0, 31):
            f.happy_act(c, t)
    for _ in range(40):
        c = f.new_cust("steadily_grumpy", tolerated=GRUMPY_TOL)
        t = f.when(0, 3, 8, 20)
        for _ in range(rng.randint(5, 8)):
            f.ev(
                c,
                t,
                rng.choice(("social", "community")),
                "post",
                f.say(c, rng.choice(wt.GRUMPY[c.lang])),
            )
            t = f.daylight(t + timedelta(hours=rng.uniform(48, 100)))
            if t >= f.at(31, 22):
                break
    for _ in range(40):
        c = f.new_cust("happy_one_sarcastic_remark", tolerated=SILENCE)
        st = f.when(3, 28, 9, 21)
        sid = f.ev(c, st, "social", "post", f.say(c, rng.choice(wh.SARCASM[c.lang])))
        c.truth["sarcasm_event_id"] = sid
        for t in spread(
            f, rng.randint(4, 7), 0, 31, [(st - timedelta(hours=6), st + timedelta(hours=6))]
        ):
            f.happy_act(c, t)
    f.write({"sentiment_drop": 80, "detractor": 28, "churn_intent": 36})
    return f


def grumble_once(f: Fam, c: Cust, t: datetime) -> None:
    """One mild remark: in chat (an agent answers) or in a web form (no answer)."""
    grumble, answer = f.rng.choice(wt.MILD[c.lang])
    if answer:
        gid = f.ev(c, t, "chat", "chat", f.say(c, grumble))
        f.ev(c, f.mins(t, 2, 9), "chat", "chat", f.say(c, answer, noisy=False), out=True)
    else:
        gid = f.ev(c, t, "web", "ticket", f.say(c, grumble), "Feedback")
    c.truth["grumble_event_id"] = gid


def quiet_hours() -> Fam:
    f = Fam(5, "quiet_hours", "QH", "2026-07-17", 3, "a calm summer weekend with night-owl bursts")
    rng = f.rng
    for _ in range(160):
        c = f.new_cust("happy", habit="day writer")
        for t in spread(f, rng.randint(1, 4), 0, 2, h0=7, h1=19.5):
            f.happy_act(c, t)
    for _ in range(22):
        c = f.new_cust("grumbles_once", tolerated=SILENCE)
        t = f.when(0, 2, 8, 19)
        grumble_once(f, c, t)
    owl = 0
    for night in (1, 2, 3):
        bt = f.at(night, rng.uniform(1.13, 1.35))
        for burst in (1, 2, 3):
            burst_at = bt
            for _ in range(5):
                owl += 1
                c = f.new_cust(
                    "night_owl", habit=f"night {night}, burst {burst}", burst_at=iso(burst_at)
                )
                f.night_act(c, f.mins(burst_at, 0, 10))
                if owl % 3 == 0:
                    f.happy_act(c, f.when(0, 2, 9, 19.5), surveys=False)
            bt = f.mins(bt, 25, 40)
    f.write({})
    return f


PAIRS: list[tuple[tuple[str, str], str, int]] = [
    (("pt", "fr"), "FR", 34),
    (("fr", "pt"), "PT", 30),
    (("pt", "en"), "UK", 24),
    (("fr", "en"), "IE", 22),
    (("pt", "es"), "ES", 20),
    (("fr", "de"), "DE", 16),
    (("pt", "de"), "DE", 14),
    (("fr", "it"), "IT", 14),
    (("en", "pt"), "PT", 16),
    (("es", "fr"), "FR", 16),
    (("de", "fr"), "BE", 14),
    (("it", "pt"), "PT", 16),
]


def bilingual() -> Fam:
    f = Fam(
        6,
        "bilingual",
        "BL",
        "2026-09-07",
        14,
        "people who write in two languages: happy, repeat, sliding, one bad day, fixed",
    )
    rng = f.rng
    people = [(pair, market) for pair, market, n in PAIRS for _ in range(n)]
    rng.shuffle(people)
    roles = ["alt"] * 120 + ["repeat"] * 42 + ["slide"] * 30 + ["bad"] * 26 + ["fixed"] * 18
    repeats = [2] * 14 + [3] * 16 + [4] * 12
    rng.shuffle(repeats)
    n_rep = n_bad = 0
    for i, ((l1, l2), market) in enumerate(people):
        role = roles[i]
        langs = (l1, l2)
        if role == "alt":
            c = f.new_cust("happy", l1, market, langs=langs, habit="alternates languages")
            for k, t in enumerate(spread(f, rng.randint(5, 8), 0, 13)):
                f.happy_act(c, t, langs[k % 2])
        elif role == "repeat":
            c = f.new_cust(
                "repeat_contact", l1, market, ("repeat_contact",), REPEAT_TOL, langs=langs
            )
            for k, t in enumerate(spread(f, rng.randint(1, 3), 0, 1, h1=18)):
                f.happy_act(c, t, langs[k % 2], surveys=False)
            first = f.when(2, 6, 8, 20)
            raise_repeat(
                f, c, wt.PROBLEMS[n_rep % 6], first, repeats[n_rep], langs, passed_on=n_rep % 2 == 0
            )
            c.truth["trouble_starts_at"] = iso(first)
            n_rep += 1
        elif role == "slide":
            c = f.new_cust(
                "slow_churner",
                l1,
                market,
                ("sentiment_drop",),
                SLIDER_TOL,
                langs=langs,
                habit="slides",
            )
            for k, t in enumerate(spread(f, 5, 0, 5)):
                f.happy_act(c, t, langs[k % 2], kind="praise")
            for k, t in enumerate(spread(f, rng.randint(1, 3), 0, 5)):
                f.happy_act(c, t, langs[(k + 1) % 2], surveys=False)
            d0 = rng.randint(6, 8)
            span = rng.randint(3, 5)
            ids = slide(f, c, d0, span, langs)
            c.truth.update(
                slide_event_ids=ids, slide_days=span, trouble_starts_at=iso(f.time_of(ids[0]))
            )
        elif role == "bad":
            problem = wt.PROBLEMS[n_bad % 6]
            c = f.new_cust(
                "happy_one_bad_day",
                l1,
                market,
                (),
                SILENCE,
                langs=langs,
                problem=problem,
                bad_day_language=l2,
            )
            bad = f.when(2, 11, 8, 20)
            if n_bad % 3 == 0:
                complaint = f.say(c, rng.choice(wt.SHORT[problem][l2]), l2, noisy=False)
                eid = f.ev(
                    c,
                    bad,
                    "email",
                    "message",
                    f.say(c, rng.choice(wt.LONG[l2]), l2, complaint=complaint),
                    rng.choice(wt.FIRST_SUBJECT[l2]),
                )
                channel = "email"
            else:
                channel = rng.choice(("email", "chat", "social", "web", "phone"))
                eid = f.first_contact(c, bad, channel, problem, l2)
            avoid: list[Span] = [(bad - timedelta(hours=11), bad + timedelta(hours=7))]
            c.truth.update(
                bad_day_at=iso(bad),
                bad_day_event_id=eid,
                long_email=n_bad % 3 == 0,
                channel=channel,
                agent_fixed=n_bad % 2 == 0,
                apologised=False,
            )
            if n_bad % 2 == 0:
                ref = f.ref()
                c.truth["booking"] = ref
                f.agent_mail(c, f.mins(bad, 60, 240), wt.FIXED, ref, l2, problem)
                if n_bad % 4 == 0 and n_bad < 24:
                    st = f.daylight(f.mins(bad, 16 * 60, 26 * 60))
                    aid = f.ev(c, st, "chat", "chat", f.say(c, rng.choice(wt.APOLOGY[l2]), l2))
                    c.truth.update(apologised=True, apology_at=iso(st), apology_event_id=aid)
                    avoid.append((st - timedelta(hours=8), st + timedelta(hours=4)))
            for k, t in enumerate(spread(f, rng.randint(3, 5), 0, 13, avoid)):
                f.happy_act(c, t, langs[k % 2], surveys=False)
            n_bad += 1
        else:
            c = f.new_cust(
                "resolved_between_contacts",
                l1,
                market,
                (),
                SILENCE,
                langs=langs,
                confirm_language=l2,
            )
            f.happy_act(c, f.when(0, 1, 8, 18), l2, surveys=False)
            first = f.when(2, 8, 8, 20)
            case = fixed_case(f, c, wt.PROBLEMS[i % 6], first, l1, l2)
            c.truth.update(
                problems=[case],
                trouble_starts_at=iso(first),
                booking=case["booking"],
                problem=case["problem"],
            )
    f.write({"repeat_contact": 42, "sentiment_drop": 30})
    return f


def routine(f: Fam, c: Cust, t: datetime, company: str, surveys: bool) -> None:
    rng = f.rng
    lang = c.lang
    kinds = ["chat", "email", "phone", "addon", "page", "praise"] + (["survey"] if surveys else [])
    kind = rng.choice(kinds)
    if kind in ("chat", "email"):
        q, a = rng.choice(wb.BIZ_ROUTINE[lang])
        thanks = rng.choice(wb.BIZ_THANKS[lang])
        if kind == "chat":
            f.ev(c, t, "chat", "chat", f.say(c, q))
            t2 = f.mins(t, 1, 6)
            f.ev(c, t2, "chat", "chat", f.say(c, a, noisy=False), out=True)
            f.ev(c, f.mins(t2, 1, 8), "chat", "chat", f.say(c, thanks))
        else:
            subj = wb.BIZ_SUBJECT[lang].format(company=company)
            f.ev(c, t, "email", "message", f.say(c, q), subj)
            t2 = f.mins(t, 20, 90)
            f.ev(
                c,
                t2,
                "email",
                "message",
                f.say(c, a, noisy=False),
                f"{wt.REPLY_PREFIX[lang]} {subj}",
                out=True,
            )
            f.ev(
                c,
                f.mins(t2, 5, 60),
                "email",
                "message",
                f.say(c, thanks),
                f"{wt.REPLY_PREFIX[lang]} {subj}",
            )
    elif kind == "phone":
        f.ev(
            c,
            t,
            "phone",
            "call",
            spoken(f.say(c, rng.choice(wb.BIZ_PHONE[lang]), noisy=False, company=company)),
        )
    elif kind == "addon":
        prod, price = rng.choice(wb.BIZ_ADDONS)
        cur = "GBP" if c.market == "UK" else "EUR"
        value = price * 0.9 if cur == "GBP" else price
        f.ev(c, t, "web", "page_view", attrs={"page": "/business/addons"})
        f.ev(
            c,
            f.mins(t, 2, 12),
            "web",
            "purchase",
            attrs={"order_value": f"{value:.2f}", "currency": cur, "product": prod},
        )
    elif kind == "page":
        f.ev(c, t, "web", "page_view", attrs={"page": rng.choice(wb.BIZ_PAGES)})
    elif kind == "praise":
        f.ev(c, t, "community", "post", f.say(c, rng.choice(wb.BIZ_PRAISE[lang]), company=company))
    else:
        f.survey_happy(c, t, lang)


def biz_ack(f: Fam, c: Cust, t: datetime, company: str, ref: str, subj: str) -> str:
    """Boxelo Business acknowledges a complaint by e-mail, with the case reference."""
    text = f.say(c, wb.BIZ_ACK[c.lang], noisy=False, company=company, ref=ref)
    reply = f"{wt.REPLY_PREFIX[c.lang]} {subj}"
    return f.ev(c, f.mins(t, 20, 90), "email", "message", text, reply, out=True)


def weekday_times(f: Fam, n: int, lo: datetime, hi: datetime) -> list[datetime]:
    out: list[datetime] = []
    for _ in range(200):
        if len(out) == n:
            break
        day = f.rng.randint(0, 13)
        t = f.at(day, f.rng.uniform(8, 16.5))
        if t.weekday() < 5 and lo <= t <= hi:
            out.append(t)
    return sorted(out)


def b2b_accounts() -> Fam:
    f = Fam(
        7,
        "b2b_accounts",
        "BB",
        "2026-10-05",
        14,
        "Boxelo Business accounts: at risk, one unhappy contact, mild remarks, happy",
    )
    rng = f.rng
    companies = [(m, *co) for m, cos in wb.COMPANIES.items() for co in cos]
    rng.shuffle(companies)
    kinds = ["at_risk"] * 12 + ["one_unhappy"] * 14 + ["mild"] * 7 + ["happy"] * 18
    sizes = [3] * 7 + [4] * 5
    rng.shuffle(sizes)
    risk_problems = [wb.BIZ_PROBLEMS[i % 4] for i in range(12)]
    n_risk = n_one = 0
    begin, finish = f.at(0), f.at(14)
    for (market, company, domain, site), kind in zip(companies, kinds, strict=True):
        lang = MARKET_LANG[market]
        acc = f"BXB-{market}-{rng.randint(1000, 9999)}"
        while acc in f.accounts:
            acc = f"BXB-{market}-{rng.randint(1000, 9999)}"
        n_unhappy = {"at_risk": sizes[n_risk] if kind == "at_risk" else 0, "one_unhappy": 1}.get(
            kind, 0
        )
        n_contacts = {
            "at_risk": max(n_unhappy + 1, rng.randint(4, 6)),
            "one_unhappy": rng.randint(3, 6),
            "mild": rng.randint(3, 5),
        }.get(kind, rng.randint(2, 5))
        names: set[str] = set()
        contacts: list[Cust] = []
        unhappy: list[Cust] = []
        account: dict[str, Any] = {
            "company": company,
            "site": site,
            "contacts": n_contacts,
            "contact_keys": [],
            "unhappy_contacts": n_unhappy,
            "unhappy_contact_keys": [],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        common: dict[str, Any] = {
            "account": acc,
            "domain": domain,
            "taken_names": names,
            "company": company,
        }
        if kind == "at_risk":
            problem = risk_problems[n_risk]
            account["same_problem"] = problem
            ref = f.ref()
            t = f.office(f.at(rng.randint(1, 4), rng.uniform(8, 14)))
            first_name = ""
            first_fem = False
            for k in range(n_unhappy):
                last = k == n_unhappy - 1
                c = f.new_cust(
                    "b2b_unhappy",
                    lang,
                    market,
                    ("repeat_contact",) if last else ("detractor",),
                    RISK_TOL,
                    role="complainer",
                    problem=problem,
                    booking=ref,
                    **common,
                )
                unhappy.append(c)
                complaint = f.say(c, wb.BIZ_COMPLAINT[problem][lang], company=company)
                subj = wb.BIZ_SUBJECT[lang].format(company=company)
                if k == 0:
                    cid = f.ev(c, t, "email", "message", complaint, subj)
                    biz_ack(f, c, t, company, ref, subj)
                    first_name, first_fem = c.first, c.fem
                    account["trouble_starts_at"] = iso(t)
                else:
                    restated = complaint.split(", ", 1)[1]
                    complaint = restated[0].upper() + restated[1:]
                    text = f.say(
                        c,
                        wb.BIZ_LATER[lang],
                        company=company,
                        colleague=first_name,
                        colleague_fem=first_fem,
                        ref=ref,
                        complaint=complaint,
                    )
                    cid = f.ev(
                        c, t, "email", "message", text, wt.SUBJECT_CASE[lang].format(ref=ref)
                    )
                ids = [cid]
                c.truth.update(trouble_starts_at=iso(t), nps_given=not last)
                if not last:
                    score = rng.randint(1, 5)
                    sid = f.low_survey(c, f.mins(t, 60, 180), "nps", score)
                    c.truth.update(nps=score, survey_event_id=sid)
                else:
                    t2 = f.office(t + timedelta(hours=rng.uniform(18, 40)), 8, 17)
                    if rng.random() < 0.5:
                        ids.append(
                            f.ev(
                                c,
                                t2,
                                "email",
                                "message",
                                f.say(c, wb.BIZ_LAST[lang], ref=ref),
                                f"{wt.REPLY_PREFIX[lang]} {wt.SUBJECT_CASE[lang].format(ref=ref)}",
                            )
                        )
                    else:
                        ids.append(
                            f.ev(
                                c,
                                t2,
                                "phone",
                                "call",
                                spoken(
                                    f.say(
                                        c,
                                        wb.BIZ_LAST_SPOKEN[lang],
                                        noisy=False,
                                        company=company,
                                        ref=ref,
                                    )
                                ),
                            )
                        )
                c.truth["complaint_event_ids"] = ids
                for rt in weekday_times(f, rng.randint(1, 3), begin, t - timedelta(hours=14)):
                    routine(f, c, rt, company, surveys=False)
                t = f.office(t + timedelta(hours=rng.uniform(8, 28)))
            n_risk += 1
        elif kind == "one_unhappy":
            problem = wb.BIZ_PROBLEMS[n_one % 4]
            c = f.new_cust(
                "b2b_one_unhappy",
                lang,
                market,
                ("detractor",),
                ONE_UNHAPPY_TOL,
                role="complainer",
                problem=problem,
                **common,
            )
            unhappy.append(c)
            t = f.office(f.at(rng.randint(3, 10), rng.uniform(8, 14)))
            subj = wb.BIZ_SUBJECT[lang].format(company=company)
            cid = f.ev(
                c,
                t,
                "email",
                "message",
                f.say(c, wb.BIZ_COMPLAINT[problem][lang], company=company),
                subj,
            )
            if n_one % 2 == 0:
                ref = f.ref()
                c.truth["booking"] = ref
                biz_ack(f, c, t, company, ref, subj)
            score = rng.randint(1, 5)
            sid = f.low_survey(c, f.mins(t, 60, 180), "nps", score)
            c.truth.update(
                complaint_event_ids=[cid],
                trouble_starts_at=iso(t),
                nps_given=True,
                nps=score,
                survey_event_id=sid,
            )
            for rt in weekday_times(f, rng.randint(1, 3), begin, t - timedelta(hours=14)):
                routine(f, c, rt, company, surveys=False)
            n_one += 1
        elif kind == "mild":
            for _ in range(2):
                c = f.new_cust("b2b_mild", lang, market, (), SILENCE, role="suggests", **common)
                t = f.office(f.at(rng.randint(2, 11), rng.uniform(8, 14)))
                mid = f.ev(
                    c,
                    t,
                    "web",
                    "ticket",
                    f.say(c, rng.choice(wb.BIZ_MILD[lang])),
                    wb.BIZ_SUBJECT[lang].format(company=company),
                )
                c.truth["mild_event_id"] = mid
                contacts.append(c)
                for rt in weekday_times(f, rng.randint(1, 3), begin, t - timedelta(hours=14)):
                    routine(f, c, rt, company, surveys=False)
        contacts += unhappy
        while len(contacts) < n_contacts:
            c = f.new_cust("b2b_happy", lang, market, role="contact", **common)
            contacts.append(c)
            for rt in weekday_times(f, rng.randint(3, 6), begin, finish):
                routine(f, c, rt, company, surveys=True)
        account["contact_keys"] = [c.key for c in contacts]
        account["unhappy_contact_keys"] = [c.key for c in unhappy]
        f.accounts[acc] = account
    f.write({"account_risk": 12, "detractor": 43, "repeat_contact": 12})
    return f


def topic_spike() -> Fam:
    f = Fam(
        8,
        "topic_spike",
        "TS",
        "2026-10-26",
        7,
        "a calm week and a planted spike: the app's digital key fails (error K-17)",
    )
    rng = f.rng
    spike_start = f.at(2, 17.4)
    spike_langs = ["pt"] * 16 + ["fr"] * 14 + ["es"] * 6 + ["en"] * 6 + ["de"] * 5 + ["it"] * 5
    rng.shuffle(spike_langs)
    chans = ["social"] * 17 + ["chat"] * 11 + ["community"] * 10 + ["email"] * 8 + ["web"] * 6
    rng.shuffle(chans)
    roles = ["repeat"] * 17 + ["fixed"] * 13 + ["once"] * 22
    rng.shuffle(roles)
    keys: list[str] = []
    ids: list[str] = []
    again: list[str] = []
    last = spike_start
    for i in range(52):
        role = roles[i]
        regular = i < 36
        t = f.mins(spike_start, 0, 40)
        last = max(last, t)
        c = f.new_cust(
            "spike_repeater" if role == "repeat" else "spike_reporter",
            spike_langs[i],
            expected=("repeat_contact",) if role == "repeat" else (),
            tolerated=("sentiment_drop", "silence") if role == "repeat" else SILENCE,
            in_spike=True,
            regular=regular,
            spike_channel=chans[i],
        )
        if regular:
            for at in spread(f, rng.randint(1, 3), 0, 1, h1=21):
                f.happy_act(c, at)
        text = f.say(c, rng.choice(wt.SPIKE[c.lang]))
        ch = chans[i]
        if ch == "email":
            eid = f.ev(c, t, "email", "message", text, rng.choice(wt.FIRST_SUBJECT[c.lang]))
        elif ch == "web":
            eid = f.ev(c, t, "web", "ticket", text, "K-17")
        elif ch == "chat":
            eid = f.ev(c, t, "chat", "chat", text)
        else:
            eid = f.ev(c, t, ch, "post", text)
        keys.append(c.key)
        ids.append(eid)
        c.truth.update(spike_event_id=eid, trouble_starts_at=iso(t))
        if role == "repeat":
            ch2 = rng.choice([x for x in ("social", "chat", "community", "email") if x != ch])
            t2 = f.mins(t, 15, 50)
            text2 = f.say(c, rng.choice(wt.SPIKE_AGAIN[c.lang]))
            if ch2 == "email":
                rid = f.ev(c, t2, "email", "message", text2, "K-17")
            elif ch2 == "chat":
                rid = f.ev(c, t2, "chat", "chat", text2)
            else:
                rid = f.ev(c, t2, ch2, "post", text2)
            again.append(rid)
            c.truth["repeat_event_id"] = rid
        elif role == "fixed":
            f.ev(
                c,
                f.at(3, rng.uniform(7, 9)),
                "email",
                "message",
                f.say(c, wt.SPIKE_FIXED[c.lang], noisy=False),
                "K-17",
                out=True,
            )
    for _ in range(230):
        c = f.new_cust("happy", habit="day writer")
        for t in spread(f, rng.randint(1, 4), 0, 6):
            f.happy_act(c, t)
    for _ in range(28):
        c = f.new_cust("grumbles_once", tolerated=SILENCE)
        t = f.at(rng.choice((0, 1, 3, 4, 5, 6)), rng.uniform(8, 20))
        grumble_once(f, c, t)
    for day, lang in ((0, "pt"), (1, "fr")):
        c = f.new_cust("grumbles_once", lang, tolerated=SILENCE)
        t = f.at(day, rng.uniform(18, 21))
        q, a = wt.LONE[lang]
        lid = f.ev(c, t, "chat", "chat", f.say(c, q))
        f.ev(c, f.mins(t, 2, 8), "chat", "chat", f.say(c, a, noisy=False), out=True)
        c.truth["lone_report_event_id"] = lid
    f.spike = {
        "topic": "the app's digital key fails with error K-17 and the storage gate does not open",
        "about": "after a gate-system update, Wednesday 28 October 2026 from 17:24 UTC",
        "channel": None,
        "start": iso(min(x["_t"] for x in f.events if x["event_id"] in set(ids))),
        "end": iso(last),
        "customers": len(keys),
        "customer_keys": keys,
        "event_ids": ids,
        "repeat_event_ids": again,
    }
    f.write({"topic_spike": 1, "repeat_contact": 17})
    return f


def main() -> None:
    totals = Counter[str]()
    for build in (
        happy_writers,
        one_bad_day,
        repeat_contacts,
        slow_churners,
        quiet_hours,
        bilingual,
        b2b_accounts,
        topic_spike,
    ):
        f = build()
        n_c, n_t = len(f.custs), len(f.events)
        totals.update(customers=n_c, touchpoints=n_t)
        print(f"{f.name}: {n_c} customers, {n_t} touchpoints, expected {f.expected_counts()}")
    print(f"total: {totals['customers']} customers, {totals['touchpoints']} touchpoints")


if __name__ == "__main__":
    main()
