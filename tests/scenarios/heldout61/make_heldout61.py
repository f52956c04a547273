# ruff: noqa: E501
"""Build tests/scenarios/heldout61/: the sixty-first hand-written alert set (report only, blind).

Radicora, family history by app and web (DNA ancestry kits, record search, archive scans,
research hours, Radicora Plus) and Radicora Pro for firms and institutions on account.
Standard library only; deterministic (fixed seeds). Run: python make_heldout61.py
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

SEED = 20261115
LAST_ALLOWED = datetime(2026, 11, 25, tzinfo=UTC)
LANG_WEIGHTS = {"de": 30, "it": 30, "fr": 10, "en": 10, "es": 10, "pt": 10}
MARKETS: dict[str, list[tuple[str, int]]] = {
    "de": [("DE", 6), ("AT", 2), ("CH", 2)],
    "it": [("IT", 8), ("CH", 2)],
    "fr": [("FR", 5), ("BE", 3), ("LU", 1), ("CH", 1)],
    "en": [("UK", 6), ("IE", 4)],
    "es": [("ES", 1)],
    "pt": [("PT", 1)],
}
MARKET_LANG = {
    "DE": "de",
    "AT": "de",
    "CH": "it",
    "IT": "it",
    "FR": "fr",
    "BE": "fr",
    "LU": "fr",
    "UK": "en",
    "IE": "en",
    "ES": "es",
    "PT": "pt",
}
# country code, mobile prefixes, digits after the prefix
PHONES: dict[str, tuple[str, list[str], int]] = {
    "DE": ("49", ["151", "160", "170", "176", "157"], 8),
    "AT": ("43", ["664", "676", "699"], 7),
    "CH": ("41", ["79", "78", "76"], 7),
    "IT": ("39", ["333", "347", "320", "389"], 7),
    "FR": ("33", ["6", "7"], 8),
    "BE": ("32", ["470", "478", "495"], 6),
    "LU": ("352", ["621", "661", "691"], 6),
    "UK": ("44", ["7700", "7800", "7911"], 6),
    "IE": ("353", ["83", "85", "87"], 7),
    "ES": ("34", ["6", "7"], 8),
    "PT": ("351", ["91", "93", "96"], 7),
}
MAIL_DOMAINS = [
    "postfach.example",
    "webpost.example",
    "casella.example",
    "courriel.example",
    "inbox.example",
    "correo.example",
    "caixa.example",
    "familienpost.example",
]
SOURCES = {
    "email": "radicora-mail",
    "phone": "radicora-voice",
    "social": "radicora-social",
    "community": "radicora-forum",
    "chat": "radicora-chat",
    "web": "radicora-web",
    "survey": "radicora-survey",
}
CET = {"DE", "AT", "CH", "IT", "FR", "BE", "LU", "ES"}

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
TOL_LEAVE = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
TOL_GRUMPY = ["repeat_contact", "silence"]
TOL_SILENCE = ["silence"]
TOL_SPIKE_REPEAT = ["sentiment_drop", "silence"]
TOL_B2B_RISK = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
TOL_B2B_ONE = ["sentiment_drop", "high_value_at_risk", "silence"]

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
UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def ascii_name(s: str) -> str:
    s = "".join(UMLAUTS.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ch.isascii() and (ch.isalnum())).lower()


def strip_accents(s: str) -> str:
    out = []
    for ch in s:
        if ch in UMLAUTS:
            out.append(UMLAUTS[ch])
        elif ch in "ßñÑ" or not ch.isalpha():
            out.append(ch)
        else:
            base = unicodedata.normalize("NFD", ch)
            out.append("".join(b for b in base if not unicodedata.combining(b)))
    return "".join(out)


def spoken(text: str) -> str:
    """A speech-to-text transcript: no punctuation, sentence starts and shouted words lower case."""
    words: list[str] = []
    start = True
    for raw in text.replace("\n", " ").split():
        w = raw.strip(".,!?;:\"()'")
        end = raw.rstrip("\"')").endswith((".", "!", "?"))
        if not w:
            continue
        if w.isupper() and len(w) > 3 and not any(ch.isdigit() for ch in w) and "-" not in w:
            w = w.lower()
        elif start and not any(ch.isdigit() for ch in w) and w not in ("Radicora", "Plus"):
            w = w[0].lower() + w[1:]
        words.append(w)
        start = end
    return " ".join(words)


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
    spaced_phone: str = ""
    b2b: bool = False


@dataclass
class Row:
    eid: str
    n: int
    t: datetime
    cust: str
    channel: str
    kind: str
    outbound: bool
    text: str | None
    subject: str | None
    scores: dict[str, int]
    attrs: dict[str, str]


@dataclass
class World:
    ids: set[str] = field(default_factory=set)
    emails: set[str] = field(default_factory=set)
    phones: set[str] = field(default_factory=set)
    handles: set[str] = field(default_factory=set)
    refs: set[str] = field(default_factory=set)
    accounts: set[str] = field(default_factory=set)


WORLD = World()


class Fam:
    def __init__(
        self, name: str, code: str, start: datetime, days: int, n: int, about: str
    ) -> None:
        self.name = name
        self.code = code
        self.start = start
        self.days = days
        self.about = about
        self.rng = random.Random(SEED * 100 + n)
        self.rr = random.Random(SEED * 100 + 50 + n)
        self.custs: dict[str, Cust] = {}
        self.rows: list[Row] = []
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.count = 0
        self.pool: list[str] = []

    # ------------------------------------------------------------ people
    def lang(self) -> str:
        """Languages drawn in shuffled blocks of twenty (de 6, it 6, fr, en, es, pt 2 each)."""
        if not self.pool:
            block = [x for x in LANG_WEIGHTS for _ in range(LANG_WEIGHTS[x] // 5)]
            self.rng.shuffle(block)
            self.pool = block
        return self.pool.pop()

    def market(self, lang: str) -> str:
        opts = MARKETS[lang]
        return self.rng.choices([m for m, _ in opts], weights=[w for _, w in opts])[0]

    def person(
        self,
        persona: str,
        habit: str,
        expected: list[str],
        tolerated: list[str],
        lang: str | None = None,
        market: str | None = None,
        company: tuple[str, str, str] | None = None,
        account: str | None = None,
        first: str | None = None,
        **extra: Any,
    ) -> Cust:
        rng = self.rng
        lang = lang or self.lang()
        market = market or self.market(lang)
        first = first or rng.choice(W.FIRST[lang])
        last = rng.choice(W.LAST[lang])
        while True:
            key = f"RD{self.code}{rng.randint(1000, 9999)}"
            if key not in WORLD.ids:
                break
        WORLD.ids.add(key)
        if company is not None:
            email = f"{ascii_name(first)}.{ascii_name(last)}@{company[2]}"
        else:
            while True:
                email = (
                    rng.choice(
                        [
                            f"{ascii_name(first)}.{ascii_name(last)}{rng.randint(1, 99)}",
                            f"{ascii_name(first)[0]}{ascii_name(last)}{rng.randint(10, 999)}",
                            f"{ascii_name(last)}.{ascii_name(first)}{rng.randint(1, 9)}",
                        ]
                    )
                    + "@"
                    + rng.choice(MAIL_DOMAINS)
                )
                if email not in WORLD.emails:
                    break
        if email in WORLD.emails:
            raise SystemExit(f"duplicate e-mail {email}")
        WORLD.emails.add(email)
        cc, prefixes, digits = PHONES[market]
        while True:
            prefix = rng.choice(prefixes)
            rest = "".join(str(rng.randint(0, 9)) for _ in range(digits))
            phone = f"+{cc}{prefix}{rest}"
            if phone not in WORLD.phones:
                break
        WORLD.phones.add(phone)
        handle: str | None = None
        if company is None:
            while True:
                f, la = ascii_name(first), ascii_name(last)
                handle = "@" + rng.choice(
                    [
                        f"{la}_{f}{rng.randint(1, 9)}",
                        f"{f}{la}{rng.randint(10, 99)}",
                        f"{f[0]}{la}",
                        f"{f}_{la}",
                        f"{f}.{la[:4]}{rng.randint(1, 99)}",
                    ]
                )
                if handle not in WORLD.handles:
                    break
            WORLD.handles.add(handle)
        clash = set(expected) & set(tolerated)
        if clash:
            raise SystemExit(f"{key} both expects and tolerates {clash}")
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
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if company else "consumer",
            "name": f"{first} {last}",
            "job": rng.choice(W.JOBS[lang]),
            "town": rng.choice(W.TOWNS[market]),
        }
        truth.update(extra)
        c = Cust(
            key,
            lang,
            market,
            first,
            last,
            email,
            phone,
            handle,
            account,
            truth,
            b2b=company is not None,
        )
        c.spaced_phone = f"+{cc} {phone[len(cc) + 1 :]}"
        self.custs[key] = c
        return c

    def ref(self) -> str:
        while True:
            r = f"RDK-{self.rng.randint(100000, 999999)}"
            if r not in WORLD.refs:
                WORLD.refs.add(r)
                return r

    # ------------------------------------------------------------ money and words
    def money(self, eur: float, c: Cust, lang: str | None = None) -> str:
        lang = lang or c.lang
        if c.market == "UK":
            return f"£{round(eur * 0.86)}"
        if c.market == "CH":
            return f"CHF {round(eur * 0.94)}"
        if lang == "en":
            return f"€{eur:g}"
        return f"{eur:g} €"

    def spoken_money(self, eur: float, c: Cust, lang: str) -> str:
        if c.market == "UK":
            return f"{round(eur * 0.86)} pounds"
        if c.market == "CH":
            return f"{round(eur * 0.94)} {'Franken' if lang == 'de' else 'franchi' if lang == 'it' else 'francs'}"
        return f"{eur:g} {'euros' if lang in ('en', 'fr', 'es', 'pt') else 'Euro' if lang == 'de' else 'euro'}"

    def fmt(self, text: str, c: Cust, lang: str | None = None, **kw: str) -> str:
        lang = lang or c.lang
        ctx = {
            "brand": W.BRAND,
            "plus": W.PLUS,
            "pro": B.PRO,
            "first": c.first,
            "last": c.last,
            "agent": self.rng.choice(W.AGENTS[lang]),
        }
        ctx.update(kw)
        return text.format_map(ctx)

    def rough(self, text: str) -> str:
        rr = self.rr
        if rr.random() < 0.10:
            text = strip_accents(text)
        if rr.random() < 0.125 and text[:1].isalpha() and text[:1].isupper():
            text = text[0].lower() + text[1:]
        if rr.random() < 1 / 7:
            words = text.split(" ")
            idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
            if idx:
                i = rr.choice(idx)
                w = words[i]
                j = rr.randint(1, len(w) - 3)
                if w[j] != w[j + 1]:
                    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    # ------------------------------------------------------------ touchpoints
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
        rough: bool = True,
    ) -> str:
        if t < self.start or t >= LAST_ALLOWED or t.year != 2026:
            raise SystemExit(f"{self.name}: touchpoint at {t} outside the allowed window")
        self.count += 1
        eid = f"rd61-{self.code.lower()}-{self.count:05d}"
        if text is not None and not out:
            if channel == "social" and not c.b2b:
                pos = text.rfind(W.BRAND)
                text = text[:pos] + "@" + text[pos:] if pos >= 0 else f"@{W.BRAND} {text}"
            if rough and channel not in ("phone", "survey"):
                text = self.rough(text)
        a = {"market": c.market}
        if c.b2b:
            a["segment"] = "b2b"
        if attrs:
            a.update(attrs)
        self.rows.append(
            Row(eid, self.count, t, c.key, channel, kind, out, text, subject, scores or {}, a)
        )
        return eid

    def agent(self, lang: str) -> dict[str, str]:
        return {"agent": self.rng.choice(W.AGENTS[lang])}

    def reply_mail(
        self, c: Cust, t: datetime, subject: str, body: str, lang: str | None = None
    ) -> str:
        lang = lang or c.lang
        t = self.morning(t)
        return self.add(
            c,
            t,
            "email",
            "message",
            self.fmt(body, c, lang),
            self.fmt(subject, c, lang),
            out=True,
            attrs=self.agent(lang),
        )

    def chat_out(self, c: Cust, t: datetime, text: str, lang: str | None = None) -> str:
        lang = lang or c.lang
        return self.add(
            c, t, "chat", "chat", self.fmt(text, c, lang), out=True, attrs=self.agent(lang)
        )

    def morning(self, t: datetime) -> datetime:
        """Moved out of the night (22:00-07:00 UTC) to 08:00-09:00."""
        if t.hour >= 22:
            base = (t + timedelta(days=1)).replace(hour=8, minute=0, second=0)
        elif t.hour < 7:
            base = t.replace(hour=8, minute=0, second=0)
        else:
            return t
        return base + timedelta(minutes=self.rng.randint(0, 59))

    def office(self, t: datetime) -> datetime:
        """Moved into office hours (weekdays 08:00-17:00 UTC)."""
        while True:
            if t.weekday() >= 5 or t.hour >= 17:
                t = (t + timedelta(days=1)).replace(
                    hour=8, minute=self.rng.randint(0, 50), second=0
                )
                continue
            if t.hour < 8:
                t = t.replace(hour=8, minute=self.rng.randint(0, 50), second=0)
                continue
            return t

    def day(self, d: int, h: int, m: int = 0) -> datetime:
        return self.start + timedelta(days=d, hours=h, minutes=m)

    def day_time(self, d: int, h0: float = 7.0, h1: float = 21.0) -> datetime:
        minutes = self.rng.randint(int(h0 * 60), int(h1 * 60))
        return self.start + timedelta(days=d, minutes=minutes)

    def night_time(self, d: int) -> datetime:
        """A time between 22:12 on day d and 04:30 the next morning."""
        return self.start + timedelta(days=d, hours=22, minutes=self.rng.randint(12, 6 * 60 + 18))

    # ------------------------------------------------------------ happy acts
    def praise_post(
        self,
        c: Cust,
        t: datetime,
        table: dict[str, list[str]] | None = None,
        lang: str | None = None,
    ) -> str:
        lang = lang or c.lang
        text = self.fmt(self.rng.choice((table or W.PRAISE)[lang]), c, lang)
        if self.rng.random() < 0.45:
            return self.add(c, t, "social", "mention", text)
        return self.add(c, t, "community", "post", text)

    def happy(
        self, c: Cust, t: datetime, kinds: list[str] | None = None, lang: str | None = None
    ) -> list[str]:
        rng = self.rng
        lang = lang or c.lang
        kind = rng.choice(
            kinds
            or [
                "praise",
                "again",
                "gripe",
                "chat",
                "mail",
                "call",
                "buy",
                "buy",
                "view",
                "review",
                "survey",
            ]
        )
        ids: list[str] = []
        if kind == "praise":
            ids.append(self.praise_post(c, t, W.PRAISE, lang))
        elif kind == "again":
            ids.append(self.praise_post(c, t, W.AGAIN, lang))
        elif kind == "gripe":
            ids.append(self.praise_post(c, t, W.GRIPE, lang))
        elif kind == "chat":
            ids += self.chat_qa(c, t, rng.choice(W.QUESTIONS[lang]), W.THANKS[lang], lang)
        elif kind == "mail":
            q, a = rng.choice(W.QUESTIONS[lang])
            ids.append(
                self.add(c, t, "email", "message", self.fmt(q, c, lang), W.QUESTION_SUBJECT[lang])
            )
            ids.append(
                self.reply_mail(
                    c,
                    t + timedelta(minutes=rng.randint(30, 180)),
                    "Re: " + W.QUESTION_SUBJECT[lang],
                    a,
                    lang,
                )
            )
        elif kind == "call":
            q, a = rng.choice(W.CALLS[lang])
            ids.append(self.add(c, t, "phone", "call", self.fmt(q, c, lang)))
            ids.append(
                self.reply_mail(
                    c, t + timedelta(minutes=rng.randint(10, 40)), W.CALL_SUBJECT[lang], a, lang
                )
            )
        elif kind == "buy":
            label, eur, page = rng.choice(W.PRODUCTS)
            ids.append(self.add(c, t, "web", "page_view", attrs={"page": page}))
            ids.append(
                self.purchase(c, t + timedelta(minutes=rng.randint(2, 10)), label, eur, page)
            )
        elif kind == "view":
            ids.append(self.add(c, t, "web", "page_view", attrs={"page": rng.choice(W.PAGES)}))
        elif kind == "review":
            rating, text = rng.choice(W.REVIEWS[lang])
            ids.append(
                self.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={
                        "rating": str(rating),
                        "page": rng.choice(
                            ["/kits/origins", "/archives/scan-request", "/research/experts"]
                        ),
                    },
                )
            )
        else:
            ids.append(self.happy_survey(c, t, lang))
        return ids

    def chat_qa(
        self, c: Cust, t: datetime, qa: tuple[str, str], thanks: list[str], lang: str
    ) -> list[str]:
        """A chat question, the agent's answer 1-6 minutes later, and often a thank-you."""
        rng = self.rng
        ids = [self.add(c, t, "chat", "chat", self.fmt(qa[0], c, lang))]
        t2 = t + timedelta(minutes=rng.randint(1, 6))
        ids.append(self.chat_out(c, t2, qa[1], lang))
        if rng.random() < 0.6:
            ids.append(
                self.add(
                    c, t2 + timedelta(minutes=rng.randint(1, 4)), "chat", "chat", rng.choice(thanks)
                )
            )
        return ids

    def purchase(self, c: Cust, t: datetime, label: str, eur: float, page: str) -> str:
        cur = "GBP" if c.market == "UK" else "CHF" if c.market == "CH" else "EUR"
        value = eur * 0.86 if cur == "GBP" else eur * 0.94 if cur == "CHF" else eur
        return self.add(
            c,
            t,
            "web",
            "purchase",
            attrs={"order_value": f"{value:.2f}", "currency": cur, "product": label, "page": page},
        )

    def happy_survey(self, c: Cust, t: datetime, lang: str | None = None) -> str:
        lang = lang or c.lang
        which = self.rng.choice(["nps", "csat", "ces"])
        score = {
            "nps": self.rng.randint(9, 10),
            "csat": self.rng.randint(4, 5),
            "ces": self.rng.randint(6, 7),
        }[which]
        word = self.rng.choice(W.SURVEY_HAPPY[lang]) or None
        return self.add(
            c, t, "survey", "survey_response", word, scores={which: score}, attrs={"survey": which}
        )

    def low_survey(
        self, c: Cust, t: datetime, which: str, score: int, lang: str | None = None
    ) -> str:
        lang = lang or c.lang
        word = self.rng.choice(W.SURVEY_LOW[lang]) or None
        return self.add(
            c, t, "survey", "survey_response", word, scores={which: score}, attrs={"survey": which}
        )

    def happy_days(
        self,
        c: Cust,
        days: list[int],
        h0: float = 7.0,
        h1: float = 21.0,
        kinds: list[str] | None = None,
        lang_cycle: list[str] | None = None,
    ) -> list[str]:
        ids: list[str] = []
        for i, d in enumerate(sorted(days)):
            lang = lang_cycle[i % len(lang_cycle)] if lang_cycle else None
            ids += self.happy(c, self.day_time(d, h0, h1), kinds, lang)
        return ids

    def pick_days(self, lo: int, hi: int, k: int, avoid: set[int] | None = None) -> list[int]:
        pool = [d for d in range(lo, hi + 1) if not avoid or d not in avoid]
        return sorted(self.rng.sample(pool, min(k, len(pool))))

    # ------------------------------------------------------------ complaints
    def complaint(
        self,
        c: Cust,
        t: datetime,
        problem: str,
        form: str,
        lang: str | None = None,
        letter: int = 0,
    ) -> tuple[str, str]:
        """One complaint about a consumer problem; returns (event id, channel)."""
        rng = self.rng
        lang = lang or c.lang
        eur = W.PROBLEM_EUR[problem]
        raw = rng.choice(W.CORE[lang][problem])
        core = self.fmt(raw, c, lang, amt=self.money(eur, c, lang))
        angry = rng.choice(W.ANGRY[lang])
        subject = W.COMPLAINT_SUBJECT[lang] + W.TOPIC[lang][problem]
        if form == "long":
            body = self.fmt(W.LONG_LETTERS[lang][letter], c, lang, core=core, angry=angry)
            return self.add(c, t, "email", "message", body, subject), "email"
        if form == "email":
            greet = self.fmt(rng.choice(W.GREETING[lang]), c, lang)
            return self.add(
                c,
                t,
                "email",
                "message",
                f"{greet}\n\n{core} {angry}\n\n{c.first} {c.last}",
                subject,
            ), "email"
        if form == "chat":
            return self.add(c, t, "chat", "chat", f"{core} {angry}"), "chat"
        if form == "social":
            return self.add(c, t, "social", "mention", f"{core} {angry}"), "social"
        if form == "web":
            return self.add(
                c,
                t,
                "web",
                "ticket",
                f"{core}\n{W.FORM_END[lang]}",
                attrs={"page": "/help/contact"},
            ), "web"
        said = spoken(self.fmt(raw, c, lang, amt=self.spoken_money(eur, c, lang)))
        opener = self.fmt(rng.choice(W.CALL_OPEN[lang]), c, lang)
        return self.add(c, t, "phone", "call", f"{opener} {said} {W.CALL_CLOSE[lang]}"), "phone"

    def case_reply(
        self, c: Cust, t: datetime, channel: str, ref: str, lang: str | None = None
    ) -> str | None:
        lang = lang or c.lang
        if channel == "social":
            return None
        if channel == "chat":
            return self.chat_out(
                c,
                t + timedelta(minutes=self.rng.randint(1, 4)),
                W.CHAT_CASE[lang].replace("{ref}", ref),
                lang,
            )
        subj, body = W.CASE_OPENED[lang]
        return self.reply_mail(
            c,
            t + timedelta(minutes=self.rng.randint(10, 40)),
            subj.replace("{ref}", ref),
            body.replace("{ref}", ref),
            lang,
        )

    def later_contact(
        self,
        c: Cust,
        t: datetime,
        problem: str,
        channel: str,
        ref: str,
        nth: int,
        comp: str | None,
        lang: str | None = None,
    ) -> str:
        rng = self.rng
        lang = lang or c.lang
        eur = W.PROBLEM_EUR[problem]
        raw = rng.choice(W.CORE[lang][problem])
        parts = [
            W.STILL_OPEN[lang].replace("{ref}", ref),
            self.fmt(raw, c, lang, amt=self.money(eur, c, lang)),
        ]
        if nth == 3 and comp:
            parts.append(rng.choice(W.THIRD[lang]).replace("{comp}", comp))
        if nth == 4:
            parts.append(W.FOURTH[lang])
        text = " ".join(parts)
        if channel == "email":
            return self.add(
                c, t, "email", "message", text, W.CASE_OPENED[lang][0].replace("{ref}", ref)
            )
        if channel == "chat":
            eid = self.add(c, t, "chat", "chat", text)
            self.chat_out(
                c,
                t + timedelta(minutes=rng.randint(1, 4)),
                W.CHAT_URGENT[lang].replace("{ref}", ref),
                lang,
            )
            return eid
        if channel == "web":
            return self.add(
                c,
                t,
                "web",
                "ticket",
                f"{text}\n{W.FORM_END[lang]}",
                attrs={"page": "/help/contact"},
            )
        if channel == "social":
            return self.add(c, t, "social", "mention", text)
        said = [
            self.fmt(rng.choice(W.CALL_OPEN[lang]), c, lang),
            W.SPOKEN_STILL[lang].replace("{ref}", ref),
            spoken(self.fmt(raw, c, lang, amt=self.spoken_money(eur, c, lang))),
        ]
        if nth == 3 and comp:
            said.append(spoken(rng.choice(W.THIRD[lang]).replace("{comp}", comp)))
        if nth == 4:
            said.append(spoken(W.FOURTH[lang]))
        return self.add(c, t, "phone", "call", " ".join(said))

    def fixed_case(
        self, c: Cust, t: datetime, problem: str, channel_form: str, lang: str, confirm_lang: str
    ) -> dict[str, Any]:
        rng = self.rng
        ref = self.ref()
        eid, ch = self.complaint(c, t, problem, channel_form, lang)
        self.case_reply(c, t, ch, ref, lang)
        fixed = self.morning(t + timedelta(hours=rng.uniform(3, 20)))
        subj, body = W.GOOD_NEWS[confirm_lang]
        self.reply_mail(
            c, fixed, subj.replace("{ref}", ref), body.replace("{ref}", ref), confirm_lang
        )
        conf_t = self.morning(fixed + timedelta(hours=rng.uniform(8, 30)))
        conf_ch = rng.choice(["email", "chat"])
        text = rng.choice(W.CONFIRM[confirm_lang]).replace("{ref}", ref)
        if conf_ch == "email":
            ceid = self.add(c, conf_t, "email", "message", text, f"Re: {ref}")
        else:
            ceid = self.add(c, conf_t, "chat", "chat", text)
        return {
            "problem": problem,
            "booking": ref,
            "raised_at": iso(t),
            "fixed_at": iso(fixed),
            "confirmed_at": iso(conf_t),
            "problem_event_ids": [eid],
            "confirm_event_id": ceid,
            "channel": ch,
            "confirm_channel": conf_ch,
        }

    # ------------------------------------------------------------ output
    def finish(self) -> tuple[str, str]:
        rows = sorted(self.rows, key=lambda r: (r.t, r.n))
        first_in: dict[str, str] = {}
        for r in rows:
            if not r.outbound and r.cust not in first_in:
                first_in[r.cust] = r.eid
        for key in self.custs:
            if key not in first_in:
                raise SystemExit(f"{self.name}: {key} has no inbound touchpoint")
        lines = []
        for r in rows:
            c = self.custs[r.cust]
            full = {
                "customer_id": c.key,
                "email": c.email,
                "phone": c.phone,
                "handle": c.handle,
                "account_id": c.account,
            }
            if r.outbound or first_in[c.key] == r.eid:
                ref = full
            else:
                ref = {
                    "customer_id": None,
                    "email": None,
                    "phone": None,
                    "handle": None,
                    "account_id": c.account,
                }
                if r.channel == "phone":
                    ref["phone"] = c.spaced_phone if self.rr.random() < 0.5 else c.phone
                elif r.channel in ("social", "community"):
                    if c.handle:
                        ref["handle"] = (
                            c.handle if self.rr.random() >= 0.2 else c.handle.lstrip("@")
                        )
                    else:
                        ref["email"] = c.email
                elif r.channel == "email":
                    ref["email"] = c.email.upper() if self.rr.random() < 1 / 12 else c.email
                else:
                    ref["customer_id"] = c.key
            scores = {
                "nps": r.scores.get("nps"),
                "csat": r.scores.get("csat"),
                "ces": r.scores.get("ces"),
            }
            tp = {
                "event_id": r.eid,
                "occurred_at": iso(r.t),
                "channel": r.channel,
                "kind": r.kind,
                "direction": "outbound" if r.outbound else "inbound",
                "customer": ref,
                "text": r.text,
                "subject": r.subject,
                "scores": scores,
                "source": SOURCES[r.channel],
                "attributes": r.attrs,
            }
            lines.append(json.dumps(tp, ensure_ascii=False))
        expected: dict[str, int] = {}
        for c in self.custs.values():
            for rule in c.truth["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = expected.get("topic_spike", 0) + 1
        if expected != PLANNED[self.name]:
            raise SystemExit(
                f"{self.name}: expected {expected} differ from planned {PLANNED[self.name]}"
            )
        end = self.start + timedelta(days=self.days)
        last = rows[-1].t + timedelta(hours=1)
        if last > end:
            end = last
        if end >= LAST_ALLOWED:
            raise SystemExit(f"{self.name}: end {end} too late")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Radicora: family history by app and web (DNA ancestry kits, record search, archive scans, research hours, Radicora Plus); Radicora Pro for firms and institutions on account",
                "days": self.days,
                "seed": SEED,
                "written": "by hand (generator make_heldout61.py), blind, report only",
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: self.custs[k].truth for k in sorted(self.custs)},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        return "\n".join(lines) + "\n", json.dumps(
            truth, ensure_ascii=False, indent=1, sort_keys=True
        ) + "\n"


# ====================================================================== families


def happy_writers(f: Fam) -> None:
    rng = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer", [], [])
        f.happy_days(c, f.pick_days(0, 9, rng.randint(5, 8)), 7, 19)
    for _ in range(5):
        c = f.person("happy", "night writer", [], [])
        nights = f.pick_days(0, 8, rng.randint(2, 4))
        for d in nights:
            t = f.night_time(d)
            if rng.random() < 0.5:
                f.add(
                    c,
                    t,
                    rng.choice(["community", "social"]),
                    "post",
                    f.fmt(rng.choice(W.NIGHT_POSTS[c.lang]), c),
                )
            else:
                q, a = rng.choice(W.NIGHT_CHAT[c.lang])
                f.add(c, t, "chat", "chat", q)
                t2 = t + timedelta(minutes=rng.randint(1, 5))
                f.chat_out(c, t2, a)
                f.add(
                    c,
                    t2 + timedelta(minutes=rng.randint(1, 3)),
                    "chat",
                    "chat",
                    rng.choice(W.THANKS[c.lang]),
                )
        f.happy_days(
            c, f.pick_days(0, 9, rng.randint(2, 3)), 9, 18, ["praise", "buy", "view", "review"]
        )
    for _ in range(5):
        c = f.person("happy", "answers surveys", [], [])
        for d in f.pick_days(0, 9, rng.randint(3, 6)):
            f.happy_survey(c, f.day_time(d, 8, 20))


def one_bad_day(f: Fam) -> None:
    rng = f.rng
    forms = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    problems = [p for p in W.PROBLEMS for _ in range(4)]
    rng.shuffle(problems)
    long_langs = ["de", "de", "it", "it"]
    with_case = [i for i, fm in enumerate(forms) if fm != "social"]
    detr = set(rng.sample(with_case, 6))
    csat = set(rng.sample([i for i in with_case if i not in detr], 5))
    good = set(rng.sample(with_case, 12))
    apol = set(rng.sample(sorted(good), 5))
    for i, form in enumerate(forms):
        lang = long_langs.pop(0) if form == "long" else None
        persona = "bad_day_detractor" if i in detr else "happy_one_bad_day"
        expected = ["detractor"] if i in detr else []
        c = f.person(
            persona,
            "one bad day",
            expected,
            TOL_SILENCE,
            lang=lang,
            problem=problems[i],
            long_email=form == "long",
        )
        bd = rng.randint(2, 9)
        t = f.day_time(bd, 8, 20)
        letter = (
            0
            if form == "long"
            and sum(1 for x in f.custs.values() if x.truth.get("long_email") and x.lang == c.lang)
            == 1
            else 1
        )
        eid, ch = f.complaint(c, t, problems[i], form, letter=letter)
        c.truth.update(
            {
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(t),
                "channel": ch,
                "booking": None,
                "agent_fixed": False,
                "apologised": False,
                "nps_given": False,
                "csat_given": False,
            }
        )
        avoid = {bd - 1, bd, bd + 1, bd + 2}
        f.happy_days(
            c,
            f.pick_days(0, 11, rng.randint(1, 5), avoid),
            7,
            21,
            ["praise", "again", "gripe", "chat", "mail", "buy", "view", "review"],
        )
        if form != "social":
            ref = f.ref()
            c.truth["booking"] = ref
            f.case_reply(c, t, ch, ref)
            if i in detr:
                s = f.low_survey(
                    c, t + timedelta(minutes=rng.randint(100, 140)), "nps", rng.randint(1, 5)
                )
                c.truth.update(
                    {"nps_given": True, "nps": f.rows[-1].scores["nps"], "survey_event_id": s}
                )
            elif i in csat:
                s = f.low_survey(
                    c, t + timedelta(minutes=rng.randint(40, 80)), "csat", rng.randint(1, 2)
                )
                c.truth.update(
                    {"csat_given": True, "csat": f.rows[-1].scores["csat"], "survey_event_id": s}
                )
            if i in good:
                subj, body = W.GOOD_NEWS[c.lang]
                f.reply_mail(
                    c,
                    t + timedelta(hours=rng.uniform(1, 4)),
                    subj.replace("{ref}", ref),
                    body.replace("{ref}", ref),
                )
                c.truth["agent_fixed"] = True
                if i in apol:
                    at = f.morning(t + timedelta(hours=rng.uniform(16, 24)))
                    if rng.random() < 0.5:
                        a = f.add(c, at, "chat", "chat", rng.choice(W.APOLOGY[c.lang]))
                    else:
                        a = f.add(
                            c, at, "email", "message", rng.choice(W.APOLOGY[c.lang]), f"Re: {ref}"
                        )
                    c.truth.update(
                        {"apologised": True, "apology_at": iso(at), "apology_event_id": a}
                    )
    for _ in range(8):
        c = f.person("happy", "control", [], [])
        f.happy_days(
            c,
            f.pick_days(0, 11, rng.randint(4, 7)),
            7,
            21,
            ["praise", "again", "gripe", "chat", "mail", "call", "buy", "view", "review"],
        )


def repeat_run(
    f: Fam,
    c: Cust,
    problem: str,
    first_channel: str,
    times: int,
    start_day: int,
    quality: bool,
    langs: list[str] | None = None,
) -> None:
    rng = f.rng
    langs = langs or [c.lang]
    t = f.day_time(start_day, 8, 19)
    form = {"web": "web", "email": "email", "chat": "chat", "phone": "phone"}[first_channel]
    eid, ch = f.complaint(c, t, problem, form, langs[0])
    ref = f.ref()
    ids = [eid]
    if ch == "chat":
        f.case_reply(c, t, ch, ref, langs[0])
    if quality:
        subj, body = W.QUALITY_LEAD[langs[0]]
        f.reply_mail(
            c,
            t + timedelta(minutes=rng.randint(90, 150)),
            subj.replace("{ref}", ref),
            body.replace("{ref}", ref),
            langs[0],
        )
    elif ch != "chat":
        f.case_reply(c, t, ch, ref, langs[0])
    others = [x for x in ["email", "chat", "phone", "web", "social"] if x != ch]
    rng.shuffle(others)
    comp = rng.choice(W.COMPETITORS) if times >= 3 else None
    tt = t
    for nth in range(2, times + 1):
        tt = f.morning(tt + timedelta(hours=rng.uniform(4, 40)))
        lang = langs[(nth - 1) % len(langs)]
        ids.append(f.later_contact(c, tt, problem, others[nth - 2], ref, nth, comp, lang))
    c.truth.update(
        {
            "problem": problem,
            "booking": ref,
            "contacts": times,
            "channels": [ch, *others[: times - 1]],
            "agent_passed_on": quality,
            "problem_event_ids": ids,
            "trouble_starts_at": iso(t),
            "competitor": comp,
        }
    )


def repeat_contacts(f: Fam) -> None:
    rng = f.rng
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    rng.shuffle(firsts)
    times = [2] * 4 + [3] * 4 + [4] * 4
    rng.shuffle(times)
    problems = [p for p in W.PROBLEMS for _ in range(2)]
    rng.shuffle(problems)
    quality = set(rng.sample(range(12), 6))
    for i in range(12):
        c = f.person("repeat_contact", "repeats", ["repeat_contact"], TOL_REPEAT)
        for _ in range(rng.randint(1, 3)):
            f.happy(c, f.day_time(0, 7, 12), ["praise", "again", "buy", "view", "chat"])
        repeat_run(f, c, problems[i], firsts[i], times[i], rng.randint(1, 4), i in quality)
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", [], TOL_SILENCE)
        f.happy(c, f.day_time(0, 8, 18), ["praise", "buy", "view"])
        p = rng.choice(W.PROBLEMS)
        case = f.fixed_case(
            c,
            f.day_time(rng.randint(1, 4), 8, 19),
            p,
            rng.choice(["web", "email", "chat"]),
            c.lang,
            c.lang,
        )
        c.truth.update(
            {"problems": [case], "booking": case["booking"], "trouble_starts_at": case["raised_at"]}
        )
    for _ in range(3):
        c = f.person("different_problems", "two problems", [], TOL_SILENCE)
        p1, p2 = rng.sample(list(W.PROBLEMS), 2)
        d1 = rng.randint(1, 2)
        case1 = f.fixed_case(
            c, f.day_time(d1, 8, 18), p1, rng.choice(["web", "email", "chat"]), c.lang, c.lang
        )
        case2 = f.fixed_case(
            c,
            f.day_time(d1 + rng.randint(4, 5), 8, 18),
            p2,
            rng.choice(["web", "email", "chat"]),
            c.lang,
            c.lang,
        )
        c.truth.update({"problems": [case1, case2], "trouble_starts_at": case1["raised_at"]})
    for _ in range(7):
        c = f.person("happy", "frequent writer", [], [])
        f.happy_days(
            c,
            f.pick_days(0, 9, rng.randint(5, 8)),
            7,
            20,
            ["chat", "chat", "mail", "mail", "call", "praise", "buy"],
        )


def slide(f: Fam, c: Cust, start_day: int, span: int, langs: list[str], nps: bool) -> None:
    rng = f.rng
    comp = rng.choice(W.COMPETITORS)
    offsets = sorted(rng.uniform(0, span) for _ in range(6))
    offsets[0] = 0.0
    t = f.day(start_day, 0) + timedelta(hours=rng.uniform(8, 19))
    times: list[datetime] = []
    for i, off in enumerate(offsets):
        cand = f.day(start_day, 0) + timedelta(days=off, hours=rng.uniform(8, 20)) if i else t
        if times and cand < times[-1] + timedelta(hours=1):
            cand = times[-1] + timedelta(hours=rng.uniform(1, 3))
        times.append(f.morning(cand))
    ids = []
    for i, tt in enumerate(times):
        lang = langs[i % len(langs)]
        text = W.SLIDE[lang][i].replace("{comp}", comp).replace("{brand}", W.BRAND)
        where = rng.choice(["social", "community", "review"])
        if where == "social":
            ids.append(f.add(c, tt, "social", "mention", text))
        elif where == "community":
            ids.append(f.add(c, tt, "community", "post", text))
        else:
            ids.append(
                f.add(
                    c,
                    tt,
                    "web",
                    "review",
                    text,
                    attrs={
                        "rating": str(W.SLIDE_RATINGS[i]),
                        "page": rng.choice(
                            ["/dna/origins-map", "/records/search", "/archives/scan-request"]
                        ),
                    },
                )
            )
    c.truth.update(
        {
            "slide_event_ids": ids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": iso(times[0]),
        }
    )
    if nps:
        st = f.morning(times[3] + timedelta(hours=rng.uniform(2.5, 3.5)))
        s = f.low_survey(c, st, "nps", rng.randint(1, 5), langs[3 % len(langs)])
        c.truth.update({"nps_given": True, "nps": f.rows[-1].scores["nps"], "survey_event_id": s})


def slow_churners(f: Fam) -> None:
    rng = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    rng.shuffle(spans)
    nps_set = set(rng.sample(range(10), 5))
    for i in range(10):
        exp = ["sentiment_drop", "detractor"] if i in nps_set else ["sentiment_drop"]
        c = f.person("slow_churner", "slides", exp, TOL_SLIDE, nps_given=i in nps_set)
        days = f.pick_days(0, 10, rng.randint(4, 5))
        for d in days:
            f.praise_post(c, f.day_time(d, 8, 20))
        f.happy_days(
            c,
            f.pick_days(0, 10, rng.randint(2, 4)),
            8,
            20,
            ["chat", "mail", "buy", "view", "review"],
        )
        slide(f, c, rng.randint(12, 16), spans[i], [c.lang], i in nps_set)
    for _ in range(5):
        c = f.person("slow_churner", "asks to cancel", ["churn_intent"], TOL_LEAVE)
        f.happy_days(
            c,
            f.pick_days(0, 15, rng.randint(4, 6)),
            8,
            20,
            ["praise", "again", "chat", "buy", "view", "review"],
        )
        t = f.day_time(rng.randint(17, 23), 8, 20)
        e = f.add(
            c, t, "email", "message", f.fmt(rng.choice(W.LEAVE[c.lang]), c), W.LEAVE_SUBJECT[c.lang]
        )
        subj, body = W.SORRY_GO[c.lang]
        f.reply_mail(c, t + timedelta(hours=rng.uniform(1, 5)), subj, body)
        ct = f.morning(t + timedelta(hours=rng.uniform(20, 30)))
        x = f.add(
            c,
            ct,
            "web",
            "cancellation",
            attrs={
                "page": "/account/membership",
                "product": "Radicora Plus 12 months / Radicora Plus 12 Monate",
            },
        )
        c.truth.update(
            {
                "churn_intent_event_id": e,
                "cancellation_event_id": x,
                "churn_at": iso(ct),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = f.person("happy", "steady", [], [])
        f.happy_days(c, f.pick_days(0, 31, rng.randint(6, 10)), 7, 21)
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", [], TOL_GRUMPY)
        d = rng.randint(0, 4)
        ids = []
        grumbles = list(W.GRUMBLES[c.lang])
        rng.shuffle(grumbles)
        for k in range(rng.randint(5, 7)):
            t = f.day_time(d, 8, 21)
            text = grumbles[k % len(grumbles)]
            where = rng.choice(["social", "community", "web", "review"])
            if where == "social":
                ids.append(f.add(c, t, "social", "mention", text))
            elif where == "community":
                ids.append(f.add(c, t, "community", "post", text))
            elif where == "web":
                ids.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
            else:
                ids.append(
                    f.add(c, t, "web", "review", text, attrs={"rating": "3", "page": "/tree"})
                )
            d += rng.randint(1, 3)
        for _ in range(rng.randint(0, 2)):
            f.happy(c, f.day_time(rng.randint(0, 25), 9, 20), ["buy"])
        c.truth.update(
            {
                "grumble_event_ids": ids,
                "trouble_starts_at": f.rows[[r.eid for r in f.rows].index(ids[0])].t.strftime(
                    "%Y-%m-%dT%H:%M:%SZ"
                ),
            }
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", [], TOL_SILENCE)
        f.happy_days(
            c,
            f.pick_days(0, 31, rng.randint(4, 6)),
            8,
            20,
            ["praise", "chat", "buy", "view", "review", "again"],
        )
        t = f.day_time(rng.randint(17, 28), 9, 21)
        s = f.add(
            c,
            t,
            rng.choice(["social", "community"]),
            "post",
            f.fmt(rng.choice(W.SARCASM[c.lang]), c),
        )
        c.truth.update({"sarcasm_event_id": s})


def quiet_hours(f: Fam) -> None:
    rng = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer", [], [])
        f.happy_days(c, f.pick_days(0, 2, rng.randint(1, 3)), 7, 17.5)
    for k in range(4):
        c = f.person("grumbles_once", "grumbles once", [], TOL_SILENCE)
        t = f.day_time(rng.randint(0, 2), 8, 17)
        f.happy(c, t, ["buy", "view"])
        gt = t + timedelta(minutes=rng.randint(20, 30))
        q, a = rng.choice(W.MILD[c.lang])
        if k < 2:
            g = f.add(c, gt, "chat", "chat", q)
            f.chat_out(c, gt + timedelta(minutes=rng.randint(1, 5)), a)
        else:
            g = f.add(c, gt, "web", "ticket", q, attrs={"page": "/help/contact"})
            subj, body = W.FORM_ACK[c.lang]
            f.reply_mail(c, gt + timedelta(minutes=rng.randint(20, 90)), subj, body)
        c.truth.update({"grumble_event_id": g, "trouble_starts_at": iso(gt)})
    n = 0
    for night in range(3):
        b1 = f.day(night + 1, 0, rng.randint(40, 65))
        starts = [
            b1,
            b1 + timedelta(minutes=rng.randint(28, 33)),
            b1 + timedelta(minutes=rng.randint(55, 65)),
        ]
        for b, bs in enumerate(starts):
            for _ in range(4):
                n += 1
                c = f.person(
                    "night_owl", f"night {night + 1}, burst {b + 1}", [], [], burst_at=iso(bs)
                )
                t = bs + timedelta(minutes=rng.randint(0, 9), seconds=rng.randint(0, 59))
                if rng.random() < 0.5:
                    e = f.add(
                        c,
                        t,
                        rng.choice(["community", "social"]),
                        "post",
                        f.fmt(rng.choice(W.NIGHT_POSTS[c.lang]), c),
                    )
                else:
                    q, a = rng.choice(W.NIGHT_CHAT[c.lang])
                    e = f.add(c, t, "chat", "chat", q)
                    t2 = t + timedelta(minutes=rng.randint(1, 4))
                    f.chat_out(c, t2, a)
                    f.add(
                        c,
                        t2 + timedelta(minutes=rng.randint(1, 3)),
                        "chat",
                        "chat",
                        rng.choice(W.THANKS[c.lang]),
                    )
                c.truth["night_event_id"] = e
                if n % 2 == 0:
                    f.happy(
                        c,
                        f.day_time(rng.randint(0, 2), 9, 17.5),
                        ["praise", "buy", "view", "review"],
                    )


BILINGUAL_PAIRS = {
    "happy": [
        ("de", "it"),
        ("it", "de"),
        ("de", "it"),
        ("it", "de"),
        ("de", "en"),
        ("it", "en"),
        ("de", "fr"),
        ("it", "fr"),
        ("fr", "de"),
        ("en", "it"),
        ("es", "it"),
        ("pt", "de"),
    ],
    "repeat": [("de", "it"), ("it", "de"), ("de", "en"), ("it", "fr"), ("es", "de")],
    "slide": [("de", "it"), ("it", "de"), ("fr", "it"), ("en", "de"), ("it", "es")],
    "bad": [("it", "de"), ("de", "it"), ("pt", "it")],
    "fixed": [("de", "fr"), ("it", "pt")],
}
PAIR_MARKETS = {
    ("de", "it"): ["CH", "IT", "DE"],
    ("de", "en"): ["DE", "IE"],
    ("it", "en"): ["IT", "UK"],
    ("de", "fr"): ["CH", "LU", "BE"],
    ("it", "fr"): ["CH", "FR"],
    ("en", "it"): ["UK", "IE"],
    ("es", "it"): ["ES", "IT"],
    ("de", "pt"): ["DE", "PT", "LU"],
    ("es", "de"): ["ES", "DE"],
    ("fr", "it"): ["FR", "CH"],
    ("en", "de"): ["UK", "DE"],
    ("it", "es"): ["IT", "ES"],
    ("it", "pt"): ["IT", "PT"],
    ("pt", "it"): ["PT", "IT"],
}


def bi_person(
    f: Fam,
    pair: tuple[str, str],
    persona: str,
    habit: str,
    expected: list[str],
    tolerated: list[str],
    **extra: Any,
) -> Cust:
    key = pair if pair in PAIR_MARKETS else (pair[1], pair[0])
    market = f.rng.choice(PAIR_MARKETS[key])
    return f.person(
        persona,
        habit,
        expected,
        tolerated,
        lang=pair[0],
        market=market,
        languages=list(pair),
        job_second_language=f.rng.choice(W.SECOND_LANGUAGE_WHY),
        **extra,
    )


def bilingual(f: Fam) -> None:
    rng = f.rng
    for pair in BILINGUAL_PAIRS["happy"]:
        c = bi_person(f, pair, "happy", "alternates languages", [], [])
        f.happy_days(c, f.pick_days(0, 13, rng.randint(5, 8)), 7, 21, None, list(pair))
    times = [2, 2, 3, 3, 4]
    for i, pair in enumerate(BILINGUAL_PAIRS["repeat"]):
        c = bi_person(f, pair, "repeat_contact", "repeats", ["repeat_contact"], TOL_REPEAT)
        for d in f.pick_days(0, 1, rng.randint(1, 2)):
            f.happy(c, f.day_time(d, 8, 18), ["praise", "buy", "view"])
        repeat_run(
            f,
            c,
            rng.choice(W.PROBLEMS),
            rng.choice(["web", "email", "chat"]),
            times[i],
            rng.randint(2, 5),
            times[i] >= 3,
            list(pair),
        )
    for pair in BILINGUAL_PAIRS["slide"]:
        c = bi_person(f, pair, "slow_churner", "slides", ["sentiment_drop"], TOL_SLIDE)
        for k, d in enumerate(f.pick_days(0, 5, 5)):
            f.praise_post(c, f.day_time(d, 8, 20), W.PRAISE, pair[k % 2])
        f.happy_days(
            c,
            f.pick_days(0, 5, rng.randint(1, 3)),
            8,
            20,
            ["buy", "view", "chat"],
            [pair[1], pair[0]],
        )
        slide(f, c, rng.randint(7, 8), rng.randint(3, 5), list(pair), False)
    forms = ["long", "email", "chat"]
    for i, pair in enumerate(BILINGUAL_PAIRS["bad"]):
        second = pair[1]
        c = bi_person(
            f,
            pair,
            "happy_one_bad_day",
            "one bad day",
            [],
            TOL_SILENCE,
            long_email=forms[i] == "long",
        )
        bd = rng.randint(4, 9)
        t = f.day_time(bd, 8, 20)
        p = rng.choice(W.PROBLEMS)
        eid, ch = f.complaint(c, t, p, forms[i], second, letter=rng.randint(0, 1))
        ref = f.ref()
        f.case_reply(c, t, ch, ref, second)
        c.truth.update(
            {
                "problem": p,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "bad_day_language": second,
                "trouble_starts_at": iso(t),
                "booking": ref,
                "channel": ch,
                "agent_fixed": False,
                "apologised": False,
            }
        )
        if ch == "email":
            subj, body = W.GOOD_NEWS[second]
            f.reply_mail(
                c,
                t + timedelta(hours=rng.uniform(1, 4)),
                subj.replace("{ref}", ref),
                body.replace("{ref}", ref),
                second,
            )
            c.truth["agent_fixed"] = True
            if forms[i] == "email":
                at = f.morning(t + timedelta(hours=rng.uniform(18, 24)))
                a = f.add(c, at, "chat", "chat", rng.choice(W.APOLOGY[second]))
                c.truth.update({"apologised": True, "apology_at": iso(at), "apology_event_id": a})
        f.happy_days(
            c,
            f.pick_days(0, 13, rng.randint(3, 5), {bd - 1, bd, bd + 1, bd + 2}),
            8,
            20,
            ["praise", "buy", "view", "chat"],
            list(pair),
        )
    for pair in BILINGUAL_PAIRS["fixed"]:
        c = bi_person(
            f, pair, "resolved_between_contacts", "fixed", [], TOL_SILENCE, confirm_language=pair[1]
        )
        f.happy(c, f.day_time(0, 8, 18), ["praise", "buy"])
        case = f.fixed_case(
            c, f.day_time(rng.randint(2, 6), 8, 18), rng.choice(W.PROBLEMS), "web", pair[0], pair[1]
        )
        c.truth.update(
            {"problems": [case], "booking": case["booking"], "trouble_starts_at": case["raised_at"]}
        )
        f.happy(c, f.day_time(12, 8, 18), ["praise", "view"], pair[1])


# ---------------------------------------------------------------- b2b

ACCOUNT_PLAN = [
    # market, company index, kind, size, problem, complainers
    ("DE", 0, "at_risk", 4, "invoice", 3),
    ("DE", 1, "at_risk", 5, "portal", 3),
    ("BE", 0, "at_risk", 6, "service_blocked", 3),
    ("IT", 0, "at_risk", 5, "invoice", 4),
    ("IT", 1, "at_risk", 4, "overbilled", 4),
    ("DE", 2, "one_unhappy", 3, "service_blocked", 1),
    ("IT", 2, "one_unhappy", 3, "overbilled", 1),
    ("ES", 0, "one_unhappy", 3, "portal", 1),
    ("AT", 0, "one_unhappy", 3, "invoice", 1),
    ("DE", 3, "mild", 3, "", 0),
    ("CH", 0, "mild", 4, "", 0),
    ("PT", 0, "mild", 3, "", 0),
    ("DE", 4, "happy", 4, "", 0),
    ("FR", 0, "happy", 4, "", 0),
    ("UK", 0, "happy", 5, "", 0),
]
LAST_BY_MAIL = 2  # the at-risk account (index in ACCOUNT_PLAN) whose last contact e-mails again


def b2b_routine(f: Fam, c: Cust, t: datetime, happy: bool) -> None:
    rng = f.rng
    kinds = ["chat", "buy", "view", "praise", "survey"] if happy else ["chat", "buy", "view"]
    k = rng.choice(kinds)
    lang = c.lang
    if k == "chat":
        f.chat_qa(c, t, rng.choice(B.QUESTIONS[lang]), B.THANKS[lang], lang)
    elif k == "buy":
        label, eur, page = rng.choice(B.PRODUCTS)
        f.add(c, t, "web", "page_view", attrs={"page": page})
        f.purchase(c, t + timedelta(minutes=rng.randint(2, 10)), label, eur, page)
    elif k == "view":
        f.add(c, t, "web", "page_view", attrs={"page": rng.choice(B.PAGES)})
    elif k == "praise":
        f.add(c, t, "community", "post", rng.choice(B.PRAISE[lang]))
    else:
        which = rng.choice(["nps", "csat", "ces"])
        score = {"nps": rng.randint(9, 10), "csat": rng.randint(4, 5), "ces": rng.randint(6, 7)}[
            which
        ]
        f.add(
            c,
            t,
            "survey",
            "survey_response",
            rng.choice(B.SURVEY_WORDS[lang]) or None,
            scores={which: score},
            attrs={"survey": which},
        )


def weekday_time(f: Fam, days: list[int], h0: float = 8, h1: float = 16.5) -> datetime:
    while True:
        d = f.rng.choice(days)
        t = f.day_time(d, h0, h1)
        if t.weekday() < 5:
            return t


def b2b_accounts(f: Fam) -> None:
    rng = f.rng
    weekdays = [d for d in range(14) if (f.start + timedelta(days=d)).weekday() < 5]
    for ai, (market, ci, kind, size, problem, complainers) in enumerate(ACCOUNT_PLAN):
        company = B.COMPANIES[market][ci]
        lang = MARKET_LANG[market]
        while True:
            acc = f"RDP-{market}-{rng.randint(1000, 9999)}"
            if acc not in WORLD.accounts:
                WORLD.accounts.add(acc)
                break
        firsts = rng.sample(W.FIRST[lang], size)
        contacts: list[Cust] = []
        unhappy: list[Cust] = []
        for k in range(size):
            title = rng.choice(B.JOB_TITLES)
            if kind == "at_risk" and k < complainers:
                exp = ["repeat_contact"] if k == complainers - 1 else ["detractor"]
                spec = ("b2b_unhappy", "complainer", exp, TOL_B2B_RISK)
            elif kind == "one_unhappy" and k == 0:
                spec = ("b2b_one_unhappy", "complainer", ["detractor"], TOL_B2B_ONE)
            elif kind == "mild" and k < 2:
                spec = ("b2b_mild", "suggests", [], TOL_SILENCE)
            else:
                spec = ("b2b_happy", "contact", [], [])
            persona, role, exp, tol = spec
            c = f.person(
                persona,
                role,
                exp,
                tol,
                lang=lang,
                market=market,
                company=company,
                account=acc,
                first=firsts[k],
                company_name=company[0],
                role=role,
                job_title=title,
            )
            if role == "complainer":
                unhappy.append(c)
            c.truth["job"] = title
            c.truth["company"] = c.truth.pop("company_name")
            contacts.append(c)
        for c in contacts:
            if c.truth["role"] == "contact":
                for _ in range(rng.randint(2, 5)):
                    b2b_routine(f, c, weekday_time(f, weekdays), True)
            else:
                for _ in range(rng.randint(0, 2)):
                    b2b_routine(f, c, f.day_time(rng.randint(0, 1), 8, 16.5), False)
        trouble: str | None = None
        if kind == "at_risk":
            ref = f.ref()
            t = f.day_time(2, 8, 16)
            first_t = t
            for k, c in enumerate(unhappy):
                if k:
                    t = f.office(t + timedelta(hours=rng.uniform(8, 28)))
                core = B.CORE[lang][problem]
                core = core[0].upper() + core[1:]
                subject = B.SUBJECT_PREFIX[lang] + B.TOPIC[lang][problem]
                if k == 0:
                    body = B.FIRST_MAIL[lang].format(
                        core=core, first=c.first, last=c.last, company=company[0]
                    )
                    e = f.add(c, t, "email", "message", body, subject)
                    s, b = B.ACK[lang]
                    f.reply_mail(
                        c,
                        t + timedelta(minutes=rng.randint(10, 60)),
                        s.replace("{ref}", ref),
                        b.replace("{ref}", ref),
                    )
                    trouble = iso(t)
                else:
                    wd = 5 if t.date() == first_t.date() else first_t.weekday()
                    body = B.LATER_MAIL[lang].format(
                        core=B.CORE[lang][problem],
                        first=c.first,
                        last=c.last,
                        company=company[0],
                        prev=unhappy[0].first,
                        weekday=B.WEEKDAYS[lang][wd],
                        ref=ref,
                    )
                    e = f.add(c, t, "email", "message", body, f"{subject} ({ref})")
                ids = [e]
                if k < len(unhappy) - 1:
                    s_id = f.low_survey(
                        c, t + timedelta(hours=rng.uniform(1, 3)), "nps", rng.randint(1, 5)
                    )
                    c.truth.update(
                        {
                            "nps_given": True,
                            "nps": f.rows[-1].scores["nps"],
                            "survey_event_id": s_id,
                        }
                    )
                else:
                    t2 = f.office(t + timedelta(hours=rng.uniform(18, 40)))
                    comp = rng.choice(W.COMPETITORS)
                    if ai == LAST_BY_MAIL:
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "email",
                                "message",
                                B.LAST_MAIL[lang].format(
                                    ref=ref,
                                    comp=comp,
                                    first=c.first,
                                    last=c.last,
                                    company=company[0],
                                ),
                                f"{subject} ({ref})",
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
                                    ref=ref, first=c.first, last=c.last, company=company[0]
                                ),
                            )
                        )
                        c.truth["competitor"] = None
                c.truth.update(
                    {
                        "complaint_event_ids": ids,
                        "trouble_starts_at": iso(t),
                        "booking": ref,
                        "problem": problem,
                    }
                )
        elif kind == "one_unhappy":
            c = unhappy[0]
            ref = f.ref()
            t = f.office(f.day_time(rng.randint(3, 7), 8, 16))
            core = B.CORE[lang][problem]
            body = B.FIRST_MAIL[lang].format(
                core=core[0].upper() + core[1:], first=c.first, last=c.last, company=company[0]
            )
            e = f.add(
                c, t, "email", "message", body, B.SUBJECT_PREFIX[lang] + B.TOPIC[lang][problem]
            )
            s, b = B.ACK[lang]
            f.reply_mail(
                c,
                t + timedelta(minutes=rng.randint(10, 60)),
                s.replace("{ref}", ref),
                b.replace("{ref}", ref),
            )
            s_id = f.low_survey(c, t + timedelta(hours=rng.uniform(1, 3)), "nps", rng.randint(1, 5))
            c.truth.update(
                {
                    "complaint_event_ids": [e],
                    "trouble_starts_at": iso(t),
                    "booking": ref,
                    "problem": problem,
                    "nps_given": True,
                    "nps": f.rows[-1].scores["nps"],
                    "survey_event_id": s_id,
                }
            )
        elif kind == "mild":
            sugg = list(B.SUGGEST[lang])
            for k, c in enumerate(contacts[:2]):
                t = weekday_time(f, [d for d in weekdays if d >= 2], 8, 16)
                m = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    sugg[k % len(sugg)],
                    attrs={"page": "/pro/portal/feedback"},
                )
                s, b = B.SUGGEST_ACK[lang]
                f.reply_mail(c, t + timedelta(minutes=rng.randint(30, 120)), s, b)
                c.truth.update({"mild_event_id": m, "trouble_starts_at": iso(t)})
        f.accounts[acc] = {
            "company": company[0],
            "site": company[1],
            "contacts": len(contacts),
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": [c.key for c in unhappy],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": trouble,
            "language": lang,
            "country": market,
        }


# ---------------------------------------------------------------- spike

SPIKE_START = datetime(2026, 11, 15, 9, 20, tzinfo=UTC)
SPIKE_END = datetime(2026, 11, 15, 10, 5, tzinfo=UTC)


def topic_spike(f: Fam) -> None:
    rng = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer", [], [])
        days = f.pick_days(0, 6, rng.randint(1, 4))
        for d in days:
            h0, h1 = (13.0, 19.0) if d == 6 else (7.0, 20.0)
            f.happy(c, f.day_time(d, h0, h1))
    for lang in ("de", "it"):
        c = f.person("grumbles_once", "grumbles once", [], TOL_SILENCE, lang=lang)
        t = f.day_time(0, 8, 11)
        q, a = W.SLOW_SEARCH[lang]
        g = f.add(c, t, "chat", "chat", q)
        f.chat_out(c, t + timedelta(minutes=rng.randint(1, 5)), a)
        c.truth.update({"grumble_event_id": g, "trouble_starts_at": iso(t)})
    for lang, hm in (("de", (9, 40)), ("it", (16, 5))):
        c = f.person("grumbles_once", "lone question", [], TOL_SILENCE, lang=lang)
        t = f.day(5, hm[0], hm[1])
        q, a = W.LONE_QUESTION[lang]
        e = f.add(c, t, "chat", "chat", q)
        f.chat_out(c, t + timedelta(minutes=rng.randint(2, 6)), a)
        c.truth.update({"lone_report_event_id": e, "trouble_starts_at": iso(t)})
    langs = ["de"] * 6 + ["it"] * 6 + ["fr", "fr", "en", "en", "es", "es", "pt", "pt"]
    rng.shuffle(langs)
    channels = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(channels)
    minutes = sorted([0, 45, *rng.sample(range(1, 45), 18)])
    regular = set(rng.sample(range(20), 12))
    early = [i for i in range(20) if minutes[i] <= 25]
    repeaters = set(rng.sample(early, 6))
    repeat_channels = ["email", "email", "chat", "chat", "community", "community"]
    fixed = set(rng.sample([i for i in range(20) if i not in repeaters], 6))
    used_text: dict[str, list[str]] = {x: list(W.SPIKE_REPORTS[x]) for x in W.LANGS}
    for x in used_text.values():
        rng.shuffle(x)
    keys, events, repeats = [], [], []
    rc_i = 0
    for i in range(20):
        lang = langs[i]
        rep = i in repeaters
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if i in regular else "new",
            ["repeat_contact"] if rep else [],
            TOL_SPIKE_REPEAT if rep else TOL_SILENCE,
            lang=lang,
            in_spike=True,
            regular=i in regular,
        )
        if i in regular:
            for _ in range(rng.randint(1, 3)):
                f.happy(c, f.day_time(2, 8, 17.5))
        t = SPIKE_START + timedelta(
            minutes=minutes[i], seconds=rng.randint(0, 50) if 0 < minutes[i] < 45 else 0
        )
        text = f.fmt(used_text[lang].pop(), c)
        ch = channels[i]
        if ch == "social":
            e = f.add(c, t, "social", "mention", text)
        elif ch == "chat":
            e = f.add(c, t, "chat", "chat", text)
            f.chat_out(c, t + timedelta(minutes=rng.randint(1, 4)), W.SPIKE_CHAT_ANSWER[lang])
        elif ch == "community":
            e = f.add(c, t, "community", "post", text)
        elif ch == "email":
            e = f.add(c, t, "email", "message", text, W.SPIKE_SUBJECT[lang])
        else:
            e = f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"})
        keys.append(c.key)
        events.append(e)
        c.truth.update(
            {
                "spike_event_id": e,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
                "agent_fixed": False,
            }
        )
        if rep:
            rch = repeat_channels[rc_i]
            rc_i += 1
            if rch == ch:
                rch = "web"
            rt = t + timedelta(minutes=rng.randint(15, 50))
            rtext = rng.choice(W.SPIKE_REPEATS[lang])
            if rch == "email":
                r = f.add(c, rt, "email", "message", rtext, "Re: " + W.SPIKE_SUBJECT[lang])
            elif rch == "chat":
                r = f.add(c, rt, "chat", "chat", rtext)
                f.chat_out(c, rt + timedelta(minutes=rng.randint(1, 4)), W.SPIKE_CHAT_ANSWER[lang])
            elif rch == "community":
                r = f.add(c, rt, "community", "post", rtext)
            else:
                r = f.add(c, rt, "web", "ticket", rtext, attrs={"page": "/help/contact"})
            repeats.append(r)
            c.truth["repeat_event_id"] = r
        if i in fixed:
            local = "12:40" if c.market in CET else "11:40"
            s, b = W.SPIKE_FIXED[lang]
            f.add(
                c,
                datetime(2026, 11, 15, 12, rng.randint(18, 27), tzinfo=UTC),
                "email",
                "message",
                f.fmt(b, c, local=local),
                f.fmt(s, c),
                out=True,
                attrs=f.agent(lang),
            )
            c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "family-tree app and website: every tree refused as 'open on another device', error 4412-LK, so no tree can be opened or edited",
        "about": "Sunday-morning outage of the family-tree lock service",
        "channel": None,
        "start": iso(SPIKE_START),
        "end": iso(SPIKE_END),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": events,
        "repeat_event_ids": repeats,
    }


FAMILIES = [
    (
        "happy_writers",
        "HW",
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        happy_writers,
        "happy customers by day, night writers and survey-only customers",
    ),
    (
        "one_bad_day",
        "BD",
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        one_bad_day,
        "happy customers with one angry message on one day, and controls",
    ),
    (
        "repeat_contacts",
        "RC",
        datetime(2026, 6, 1, tzinfo=UTC),
        10,
        repeat_contacts,
        "one open problem raised two to four times; fixed cases; two problems; frequent writers",
    ),
    (
        "slow_churners",
        "SC",
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
        slow_churners,
        "sliding from praise to a competitor; leavers; steady; steadily grumpy; one sarcastic post",
    ),
    (
        "quiet_hours",
        "QH",
        datetime(2026, 8, 28, tzinfo=UTC),
        3,
        quiet_hours,
        "a calm summer weekend with night-owl bursts",
    ),
    (
        "bilingual",
        "BL",
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
        bilingual,
        "customers writing in two languages",
    ),
    (
        "b2b_accounts",
        "BB",
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
        b2b_accounts,
        "Radicora Pro accounts: at risk, one unhappy contact, mild suggestions, happy",
    ),
    (
        "topic_spike",
        "TS",
        datetime(2026, 11, 9, tzinfo=UTC),
        7,
        topic_spike,
        "a calm week and one planted spike (error 4412-LK)",
    ),
]


def main() -> None:
    for n, (name, code, start, days, build, about) in enumerate(FAMILIES, start=1):
        f = Fam(name, code, start, days, n, about)
        build(f)
        jsonl, truth = f.finish()
        (HERE / f"{name}.jsonl").write_text(jsonl, encoding="utf-8")
        (HERE / f"{name}.truth.json").write_text(truth, encoding="utf-8")
        print(
            f"{name}: {len(f.custs)} customers, {len(f.rows)} touchpoints, {sum(r.outbound for r in f.rows)} agents' replies"
        )


if __name__ == "__main__":
    main()
