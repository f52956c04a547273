# ruff: noqa: E501
"""Write tests/scenarios/heldout88/: the eighty-eighth hand-written alert set (report only).

Standalone and deterministic: standard library only, one ``random.Random`` per
family. Run as ``python make_heldout88.py`` from anywhere; it writes next to itself.
"""

from __future__ import annotations

import json
import random
import re
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
WRITTEN = "2026-12-04"
BUSINESS = "Cantilo: school lunches by app and web for households (menus, top-ups, the Familia plan, school-trip picnics, holiday-club lunches) and Cantilo Pro, staff lunches and meeting catering for firms on account"
END_LIMIT = datetime(2026, 12, 1, tzinfo=UTC)

LANG_WEIGHTS = {"fr": 30, "es": 30, "en": 10, "de": 10, "it": 10, "pt": 10}
LANG_MARKETS: dict[str, list[tuple[str, int]]] = {
    "fr": [("FR", 6), ("BE", 2), ("CH", 1), ("LU", 1)],
    "es": [("ES", 1)],
    "en": [("UK", 3), ("IE", 2)],
    "de": [("DE", 5), ("AT", 2), ("CH", 2)],
    "it": [("IT", 4), ("CH", 1)],
    "pt": [("PT", 1)],
}
TOWNS_CH = {"fr": ["Lausanne", "Genève", "Fribourg"], "de": ["Zürich", "Bern"], "it": ["Lugano"]}
#: country code, length of the national number, mobile prefixes
PHONES: dict[str, tuple[str, int, list[str]]] = {
    "FR": ("33", 9, ["6", "7"]),
    "BE": ("32", 9, ["47", "48", "49"]),
    "LU": ("352", 9, ["621", "661", "691"]),
    "CH": ("41", 9, ["76", "77", "78", "79"]),
    "ES": ("34", 9, ["6", "7"]),
    "UK": ("44", 10, ["74", "75", "77", "78", "79"]),
    "IE": ("353", 9, ["83", "85", "86", "87"]),
    "DE": ("49", 11, ["151", "152", "160", "170", "176"]),
    "AT": ("43", 11, ["650", "660", "664", "676"]),
    "IT": ("39", 10, ["32", "33", "34", "38"]),
    "PT": ("351", 9, ["91", "92", "93", "96"]),
}
MAIL_DOMAINS = [
    "courriel.example",
    "correo.example",
    "post.example",
    "mail.example",
    "webmail.example",
    "casa.example",
    "famille.example",
    "inbox.example",
]
CET_MARKETS = {"FR", "BE", "LU", "CH", "ES", "DE", "AT", "IT"}
SOURCES = {
    "email": "cantilo-mail",
    "phone": "cantilo-voice",
    "social": "cantilo-social",
    "community": "cantilo-forum",
    "chat": "cantilo-chat",
    "web": "cantilo-web",
    "survey": "cantilo-survey",
}

CUSTOMER_RULES = (
    "detractor",
    "sentiment_drop",
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
)
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
TOL_LEAVER = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
TOL_GRUMPY = ["repeat_contact", "silence"]
TOL_AT_RISK = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
TOL_ONE_UNHAPPY = ["sentiment_drop", "high_value_at_risk", "silence"]

EXPECTED: dict[str, dict[str, int]] = {
    "happy_writers": {},
    "one_bad_day": {"detractor": 6},
    "repeat_contacts": {"repeat_contact": 12},
    "slow_churners": {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
    "quiet_hours": {},
    "bilingual": {"repeat_contact": 5, "sentiment_drop": 5},
    "b2b_accounts": {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    "topic_spike": {"topic_spike": 1, "repeat_contact": 6},
}

USED: set[str] = set()

UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}


def ascii_fold(text: str) -> str:
    out = []
    for ch in text:
        if ch in UMLAUTS:
            out.append(UMLAUTS[ch])
        else:
            out.append(
                "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
            )
    return "".join(out)


def strip_accents(text: str) -> str:
    out = []
    for ch in text:
        if ch in UMLAUTS:
            out.append(UMLAUTS[ch])
        elif ch in "ßñÑ":
            out.append(ch)
        else:
            out.append(
                "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
            )
    return "".join(out)


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def morning(rng: random.Random, t: datetime) -> datetime:
    """Out of the night (22:00-07:00 UTC): to 08:00-09:00."""
    if t.hour >= 22:
        base = (t + timedelta(days=1)).replace(hour=8, minute=0, second=0)
        return base + timedelta(minutes=rng.randint(0, 59))
    if t.hour < 7:
        return t.replace(hour=8, minute=0, second=0) + timedelta(minutes=rng.randint(0, 59))
    return t


def office(rng: random.Random, t: datetime) -> datetime:
    """Into office hours (weekdays 08-17 UTC): the next working morning."""
    if t.hour >= 17:
        t = (t + timedelta(days=1)).replace(hour=8, minute=rng.randint(0, 50), second=0)
    elif t.hour < 8:
        t = t.replace(hour=8, minute=rng.randint(0, 50), second=0)
    while t.weekday() >= 5:
        t = (t + timedelta(days=1)).replace(hour=8, minute=rng.randint(0, 50), second=0)
    return t


def speech(text: str) -> str:
    """A written line as a speech-to-text transcript."""
    text = re.sub(r"[.,!?:;«»“”„()]", "", text)
    words = text.split()
    if words and words[0][:1].isupper() and not words[0].isupper():
        words[0] = words[0][0].lower() + words[0][1:]
    return " ".join(words)


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    first: str
    last: str
    g: str
    kid: str
    kid_g: str
    school: str
    email: str
    phone: str
    cc: str
    handle: str | None
    account: str | None
    truth: dict[str, Any]
    used: set[str] = field(default_factory=set)

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Row:
    n: int
    eid: str
    t: datetime
    cust: Cust
    channel: str
    kind: str
    out: bool
    text: str | None
    subject: str | None
    scores: dict[str, int | None]
    attrs: dict[str, str]
    var: float


class Fam:
    def __init__(
        self, n: int, name: str, code: str, start: datetime, days: int, about: str
    ) -> None:
        self.n = n
        self.name = name
        self.code = code
        self.start = start
        self.days = days
        self.about = about
        self.rng = random.Random(SEED * 100 + n)
        self.rr = random.Random(SEED * 100 + 50 + n)
        self.custs: list[Cust] = []
        self.rows: list[Row] = []
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}

    # --- time -------------------------------------------------------------
    def at(self, day: float, hour: int = 0, minute: int = 0) -> datetime:
        return self.start + timedelta(days=day, hours=hour, minutes=minute)

    def daytime(self, day: int, h0: float = 7, h1: float = 21) -> datetime:
        minutes = self.rng.randint(int(h0 * 60), int(h1 * 60) - 1)
        return self.at(day) + timedelta(minutes=minutes)

    # --- people -----------------------------------------------------------
    def lang(self) -> str:
        langs = list(LANG_WEIGHTS)
        return self.rng.choices(langs, weights=[LANG_WEIGHTS[x] for x in langs])[0]

    def market(self, lang: str) -> str:
        opts = LANG_MARKETS[lang]
        return self.rng.choices([m for m, _ in opts], weights=[w for _, w in opts])[0]

    def unique(self, make: Any) -> str:
        while True:
            value: str = make()
            if value.lower() not in USED:
                USED.add(value.lower())
                return value

    def phone(self, market: str) -> tuple[str, str]:
        cc, length, prefixes = PHONES[market]
        pre = self.rng.choice(prefixes)

        def make() -> str:
            rest = "".join(str(self.rng.randint(0, 9)) for _ in range(length - len(pre)))
            return f"+{cc}{pre}{rest}"

        return self.unique(make), cc

    def case(self) -> str:
        return self.unique(lambda: f"CN-{self.rng.randint(100000, 999999)}")

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        market: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        job: str | None = None,
        kid_lang: str | None = None,
        firm: tuple[str, str, str, str, str] | None = None,
        account: str | None = None,
        **extra: Any,
    ) -> Cust:
        rng = self.rng
        lang = lang or self.lang()
        market = market or self.market(lang)
        g = rng.choice(["f", "m"])
        first = rng.choice(W.FIRST[lang][g])
        last = rng.choice(W.SURNAMES[lang])
        klang = kid_lang or lang
        kid_g = rng.choice(["f", "m"])
        kid = rng.choice([k for k in W.KIDS[klang][kid_g] if k != first])
        if market == "CH" and lang in W.SCHOOLS_CH:
            school = rng.choice(W.SCHOOLS_CH[lang])
        else:
            school = rng.choice(W.SCHOOLS[market])
        town = rng.choice(
            TOWNS_CH[lang] if market == "CH" and lang in TOWNS_CH else W.TOWNS[market]
        )
        key = self.unique(lambda: f"CN{self.code}{rng.randint(1000, 9999)}")
        f_ascii = ascii_fold(first).lower().replace(" ", "")
        l_ascii = ascii_fold(last).lower().replace(" ", "")
        if firm is not None:
            domain = firm[4]
            email = self.unique(
                lambda: (
                    f"{f_ascii}.{l_ascii}{rng.choice(['', '', str(rng.randint(2, 9))])}@{domain}"
                )
            )
            handle = None
        else:
            email = self.unique(
                lambda: (
                    rng.choice(
                        [
                            f"{f_ascii}.{l_ascii}",
                            f"{f_ascii}{l_ascii}{rng.randint(1, 99)}",
                            f"{f_ascii[0]}{l_ascii}",
                            f"{l_ascii}.{f_ascii}{rng.randint(1, 9)}",
                        ]
                    )
                    + "@"
                    + rng.choice(MAIL_DOMAINS)
                )
            )
            handle = self.unique(
                lambda: rng.choice(
                    [
                        f"@{l_ascii}_{f_ascii}{rng.randint(1, 9)}",
                        f"@{f_ascii}{l_ascii}{rng.randint(10, 99)}",
                        f"@{f_ascii}{l_ascii[0]}",
                        f"@{f_ascii}_{l_ascii}",
                        f"@{f_ascii}_{ascii_fold(kid).lower()}_{'mum' if g == 'f' else 'dad'}",
                    ]
                )
            )
        phone, cc = self.phone(market)
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email.lower(),
                "phone": phone,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": sorted(expected or []),
            "tolerated_rules": sorted(tolerated or []),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if firm is not None else "consumer",
            "name": f"{first} {last}",
            "job": job or rng.choice(W.JOBS),
            "town": town,
        }
        if firm is None:
            truth["child"] = kid
            truth["school"] = school
        truth.update(extra)
        c = Cust(
            key,
            lang,
            market,
            first,
            last,
            g,
            kid,
            kid_g,
            school,
            email,
            phone,
            cc,
            handle,
            account,
            truth,
        )
        self.custs.append(c)
        return c

    # --- words --------------------------------------------------------------
    def pick(self, c: Cust, key: str, options: list[Any]) -> Any:
        fresh = [i for i in range(len(options)) if f"{key}:{i}" not in c.used]
        i = self.rng.choice(fresh) if fresh else self.rng.randrange(len(options))
        c.used.add(f"{key}:{i}")
        return options[i]

    def fresh(self, c: Cust, key: str, options: list[Any]) -> bool:
        return any(f"{key}:{i}" not in c.used for i in range(len(options)))

    def fill(self, c: Cust, tpl: str, **kw: Any) -> str:
        vals: dict[str, Any] = {"kid": c.kid, "school": c.school, "first": c.first, "name": c.name}
        vals.update(kw)
        text = tpl.format(**vals)
        text = re.sub(
            r"\[\[([^|\]]*)\|([^\]]*)\]\]",
            lambda m: m.group(1) if c.kid_g == "m" else m.group(2),
            text,
        )
        text = re.sub(
            r"\[@([^|@]*)\|([^@]*)@\]", lambda m: m.group(1) if c.g == "m" else m.group(2), text
        )
        return text

    def money(self, c: Cust, eur: float, lang: str | None = None) -> str:
        lang = lang or c.lang
        if c.market == "UK":
            return f"£{round(eur * 0.86)}"
        if c.market == "CH":
            return f"CHF {round(eur * 0.94)}"
        if lang == "en":
            return f"€{eur:.2f}"
        if abs(eur - round(eur)) < 0.001:
            return f"{round(eur)} €"
        return f"{eur:.2f} €".replace(".", ",")

    def spoken(self, c: Cust, eur: float, lang: str | None = None) -> str:
        lang = lang or c.lang
        if c.market == "UK":
            return f"{round(eur * 0.86)} pounds"
        if c.market == "CH":
            word = {"fr": "francs", "de": "Franken", "it": "franchi"}.get(lang, "francs")
            return f"{round(eur * 0.94)} {word}"
        word = {
            "fr": "euros",
            "es": "euros",
            "en": "euros",
            "de": "Euro",
            "it": "euro",
            "pt": "euros",
        }[lang]
        whole, cents = int(eur), round((eur - int(eur)) * 100)
        if cents == 0:
            return f"{whole} {word}"
        joint = {"fr": " ", "es": " con ", "en": " ", "de": " ", "it": " e ", "pt": " e "}[lang]
        return f"{whole} {word}{joint}{cents}"

    def agent(self, lang: str) -> str:
        name: str = self.rng.choice(W.AGENTS[lang])
        return name

    def roughen(self, text: str) -> str:
        r = self.rr
        if r.random() < 0.10:
            text = strip_accents(text)
        if r.random() < 0.125 and text[:1].isupper() and not text.startswith("Cantilo"):
            first_word = text.split()[0] if text.split() else ""
            if not (len(first_word) > 1 and first_word.isupper()):
                text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = [m for m in re.finditer(r"\b[a-zà-ÿ]{5,}\b", text)]
            if words:
                m = r.choice(words)
                w = m.group(0)
                i = r.randrange(1, len(w) - 2)
                if w[i] != w[i + 1]:
                    w2 = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
                    text = text[: m.start()] + w2 + text[m.end() :]
        return text

    # --- touchpoints ----------------------------------------------------------
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
        scores: dict[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
        rough: bool = True,
    ) -> str:
        if not out and text is not None and rough and channel not in ("phone", "survey"):
            text = self.roughen(text)
        if (
            not out
            and text is not None
            and channel == "social"
            and c.handle is not None
            and "@Cantilo" not in text
        ):
            pos = text.rfind("Cantilo")
            text = text[:pos] + "@" + text[pos:] if pos >= 0 else "@Cantilo " + text
        a = {"market": c.market}
        if c.account is not None:
            a["segment"] = "b2b"
        a.update(attrs or {})
        eid = f"cn88-{self.code.lower()}-{len(self.rows) + 10001:05d}"
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        sc.update(scores or {})
        self.rows.append(
            Row(
                len(self.rows),
                eid,
                t,
                c,
                channel,
                kind,
                out,
                text,
                subject,
                sc,
                a,
                self.rr.random(),
            )
        )
        return eid

    def reply_mail(self, c: Cust, t: datetime, lang: str, pair: tuple[str, str], **kw: Any) -> str:
        agent = self.agent(lang)
        subject = self.fill(c, pair[0], agent=agent, **kw)
        body = self.fill(c, pair[1], agent=agent, **kw)
        return self.add(c, t, "email", "message", body, subject, out=True, attrs={"agent": agent})

    def reply_chat(self, c: Cust, t: datetime, lang: str, text: str, **kw: Any) -> str:
        agent = self.agent(lang)
        return self.add(
            c,
            t,
            "chat",
            "chat",
            self.fill(c, text, agent=agent, **kw),
            out=True,
            attrs={"agent": agent},
        )

    # --- happy acts -----------------------------------------------------------
    def happy(self, c: Cust, t: datetime, kind: str, lang: str | None = None) -> list[str]:
        rng = self.rng
        lang = lang or c.lang
        ids: list[str] = []
        m = timedelta(minutes=1)
        tables: dict[str, tuple[str, list[Any]]] = {
            "praise": (f"praise{lang}", W.PRAISE[lang]),
            "again": (f"again{lang}", W.AGAIN[lang]),
            "gripe": (f"gripe{lang}", W.GRIPE[lang]),
            "chat_q": (f"chat{lang}", W.CHAT_Q[lang]),
            "mail_q": (f"mail{lang}", W.MAIL_Q[lang]),
            "call_q": (f"call{lang}", W.CALL_Q[lang]),
            "review": (f"review{lang}", W.REVIEW[lang]),
            "night_post": (f"night{lang}", W.NIGHT_POST[lang]),
            "night_q": (f"nightq{lang}", W.NIGHT_Q[lang]),
        }
        if kind in tables and not self.fresh(c, *tables[kind]):
            # Nobody writes the same words twice: an act without words instead.
            kind = rng.choice(["buy", "view"])
        if kind in ("praise", "again", "gripe"):
            table = {"praise": W.PRAISE, "again": W.AGAIN, "gripe": W.GRIPE}[kind][lang]
            text = self.fill(c, self.pick(c, f"{kind}{lang}", table))
            if kind == "gripe" and rng.random() < 0.4:
                ids.append(
                    self.add(c, t, "web", "review", text, attrs={"rating": "4", "page": "/reviews"})
                )
            elif rng.random() < 0.45:
                ids.append(self.add(c, t, "social", "mention", text))
            else:
                ids.append(self.add(c, t, "community", "post", text))
        elif kind == "chat_q":
            q, a = self.pick(c, f"chat{lang}", W.CHAT_Q[lang])
            ids.append(self.add(c, t, "chat", "chat", self.fill(c, q)))
            ta = t + m * rng.randint(1, 6)
            ids.append(self.reply_chat(c, ta, lang, a))
            if rng.random() < 0.6:
                ids.append(
                    self.add(
                        c,
                        ta + m * rng.randint(1, 4),
                        "chat",
                        "chat",
                        self.fill(c, rng.choice(W.THANKS[lang])),
                    )
                )
        elif kind == "mail_q":
            subj, body, ans = self.pick(c, f"mail{lang}", W.MAIL_Q[lang])
            ids.append(self.add(c, t, "email", "message", self.fill(c, body), subj))
            ta = morning(rng, t + timedelta(minutes=rng.randint(60, 300)))
            ids.append(self.reply_mail(c, ta, lang, ("RE: " + subj, ans)))
        elif kind == "call_q":
            tr, ans = self.pick(c, f"call{lang}", W.CALL_Q[lang])
            ids.append(self.add(c, t, "phone", "call", self.fill(c, tr)))
            ta = t + m * rng.randint(10, 60)
            ids.append(self.reply_mail(c, ta, lang, (W.CALL_SUBJECT[lang], ans)))
        elif kind == "buy":
            label, eur, page = rng.choice(W.PRODUCTS)
            ids.append(self.add(c, t, "web", "page_view", attrs={"page": page}))
            ids.append(
                self.add(
                    c,
                    t + m * rng.randint(2, 15),
                    "web",
                    "purchase",
                    attrs=self.price(c, eur) | {"product": label, "page": page},
                )
            )
        elif kind == "view":
            ids.append(self.add(c, t, "web", "page_view", attrs={"page": rng.choice(W.PAGES)}))
        elif kind == "review":
            text = self.fill(c, self.pick(c, f"review{lang}", W.REVIEW[lang]))
            ids.append(
                self.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": rng.choice(["5", "5", "4"]), "page": "/reviews"},
                )
            )
        elif kind == "survey":
            ids.append(self.survey_happy(c, t, lang, W.SURVEY_WORDS))
        elif kind == "night_post":
            text = self.fill(c, self.pick(c, f"night{lang}", W.NIGHT_POST[lang]))
            if rng.random() < 0.5:
                ids.append(self.add(c, t, "social", "mention", text))
            else:
                ids.append(self.add(c, t, "community", "post", text))
        elif kind == "night_q":
            q, a = self.pick(c, f"nightq{lang}", W.NIGHT_Q[lang])
            ids.append(self.add(c, t, "chat", "chat", self.fill(c, q)))
            ta = t + m * rng.randint(1, 3)
            ids.append(self.reply_chat(c, ta, lang, a))
            ids.append(
                self.add(
                    c,
                    ta + m * rng.randint(1, 3),
                    "chat",
                    "chat",
                    self.fill(c, rng.choice(W.THANKS[lang])),
                )
            )
        else:
            raise ValueError(kind)
        return ids

    def survey_happy(self, c: Cust, t: datetime, lang: str, words: dict[str, list[str]]) -> str:
        rng = self.rng
        which = rng.choice(["nps", "csat", "ces"])
        value = {
            "nps": rng.choice([9, 10, 10]),
            "csat": rng.choice([4, 5, 5]),
            "ces": rng.choice([6, 7]),
        }[which]
        r = rng.random()
        text = (
            rng.choice(words[lang])
            if r < 0.45
            else (rng.choice(W.SURVEY_EMOJI) if r < 0.65 else None)
        )
        return self.add(
            c, t, "survey", "survey_response", text, scores={which: value}, attrs={"survey": which}
        )

    def price(self, c: Cust, eur: float) -> dict[str, str]:
        if c.market == "UK":
            return {"order_value": f"{eur * 0.86:.2f}", "currency": "GBP"}
        if c.market == "CH":
            return {"order_value": f"{eur * 0.94:.2f}", "currency": "CHF"}
        return {"order_value": f"{eur:.2f}", "currency": "EUR"}

    def acts(
        self,
        c: Cust,
        days: list[int],
        kinds: dict[str, int],
        h0: float = 7,
        h1: float = 21,
        langs: list[str] | None = None,
    ) -> None:
        names = list(kinds)
        for i, d in enumerate(days):
            kind = self.rng.choices(names, weights=[kinds[k] for k in names])[0]
            lang = langs[i % len(langs)] if langs else None
            self.happy(c, self.daytime(d, h0, h1), kind, lang)

    # --- trouble ----------------------------------------------------------------
    def complaint(
        self, c: Cust, t: datetime, problem: str, channel: str, lang: str | None = None
    ) -> str:
        """A first complaint about a problem, on a channel ('long' is a long e-mail)."""
        rng = self.rng
        lang = lang or c.lang
        amount = self.money(c, W.AMOUNT_EUR[problem], lang)
        core = self.fill(
            c, self.pick(c, f"core{problem}{lang}", W.CORE[problem][lang]), amount=amount
        )
        topic = W.TOPIC[problem][lang]
        subject = W.COMPLAINT_SUBJECT[lang].format(topic=topic)
        if channel == "long":
            body = self.fill(c, self.pick(c, f"long{lang}", W.LONG[lang]), core=core)
            return self.add(c, t, "email", "message", body, subject)
        if channel == "email":
            body = self.fill(c, rng.choice(W.MAIL_SHORT[lang]), core=core)
            return self.add(c, t, "email", "message", body, subject)
        if channel == "chat":
            return self.add(c, t, "chat", "chat", rng.choice(W.CHAT_OPEN[lang]) + " " + core)
        if channel == "social":
            return self.add(c, t, "social", "mention", rng.choice(W.SOCIAL_OPEN[lang]) + " " + core)
        if channel == "web":
            return self.add(
                c,
                t,
                "web",
                "ticket",
                core + " " + rng.choice(W.WEB_ASK[lang]),
                attrs={"page": "/help/contact"},
            )
        if channel == "phone":
            tr = self.fill(
                c, W.CALL[problem][lang], spoken=self.spoken(c, W.AMOUNT_EUR[problem], lang)
            )
            return self.add(c, t, "phone", "call", tr)
        raise ValueError(channel)

    def case_reply(
        self, c: Cust, t: datetime, channel: str, case: str, lang: str | None = None
    ) -> tuple[str, datetime]:
        lang = lang or c.lang
        rng = self.rng
        if channel == "chat":
            ta = t + timedelta(minutes=rng.randint(1, 4))
            return self.reply_chat(c, ta, lang, W.CASE_CHAT[lang], case=case), ta
        ta = morning(rng, t + timedelta(minutes=rng.randint(10, 40)))
        return self.reply_mail(c, ta, lang, W.CASE_MAIL[lang], case=case), ta

    def good_news(
        self, c: Cust, t: datetime, case: str, problem: str, lang: str | None = None
    ) -> str:
        lang = lang or c.lang
        return self.reply_mail(
            c,
            t,
            lang,
            W.GOOD_NEWS[lang],
            case=case,
            amount=self.money(c, W.AMOUNT_EUR[problem], lang),
        )

    def confirm(self, c: Cust, t: datetime, case: str, lang: str | None = None) -> tuple[str, str]:
        lang = lang or c.lang
        text = self.fill(c, self.pick(c, f"confirm{lang}", W.CONFIRM[lang]), case=case)
        if self.rng.random() < 0.5:
            return self.add(
                c, t, "email", "message", text, W.CASE_SUBJECT[lang].format(case=case)
            ), "email"
        return self.add(c, t, "chat", "chat", text), "chat"

    def later(
        self,
        c: Cust,
        t: datetime,
        problem: str,
        channel: str,
        case: str,
        nth: int,
        lang: str | None = None,
    ) -> str:
        """A repeat contact's later contact: the case still open."""
        rng = self.rng
        lang = lang or c.lang
        topic = W.TOPIC[problem][lang]
        comp = c.truth.get("competitor") or ""
        if channel == "phone":
            text = self.fill(c, W.STILL_CALL[lang], case=case, topic=topic)
            if nth == 3:
                text += " " + speech(self.fill(c, rng.choice(W.THIRD[lang]), comp=comp))
            if nth == 4:
                text = speech(W.FOURTH[lang]) + " " + text
            return self.add(c, t, "phone", "call", text)
        text = self.fill(c, self.pick(c, f"still{lang}", W.STILL[lang]), case=case, topic=topic)
        if nth == 3:
            text += " " + self.fill(c, rng.choice(W.THIRD[lang]), comp=comp)
        if nth == 4:
            text = W.FOURTH[lang] + " " + text
        if channel == "email":
            return self.add(
                c,
                t,
                "email",
                "message",
                text + "\n" + c.name,
                W.CASE_SUBJECT[lang].format(case=case),
            )
        if channel == "chat":
            eid = self.add(c, t, "chat", "chat", text)
            self.reply_chat(
                c, t + timedelta(minutes=rng.randint(1, 4)), lang, W.URGENT_CHAT[lang], case=case
            )
            return eid
        if channel == "web":
            return self.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"})
        if channel == "social":
            return self.add(c, t, "social", "mention", text)
        raise ValueError(channel)

    def survey_low(
        self, c: Cust, t: datetime, which: str, lang: str | None = None
    ) -> tuple[str, int]:
        rng = self.rng
        lang = lang or c.lang
        value = rng.randint(1, 5) if which == "nps" else rng.randint(1, 2)
        text = rng.choice(W.LOW_WORDS[lang]) if rng.random() < 0.5 else None
        return self.add(
            c, t, "survey", "survey_response", text, scores={which: value}, attrs={"survey": which}
        ), value

    def slide(self, c: Cust, start: datetime, span: int, langs: list[str]) -> list[str]:
        rng = self.rng
        ids: list[str] = []
        prev: datetime | None = None
        ratings = ["3", "3", "2", "2", "1", "1"]
        comp = c.truth["competitor"]
        for i in range(6):
            day = start + timedelta(days=span * i / 5)
            t = day.replace(hour=rng.randint(8, 20), minute=rng.randint(0, 59))
            if i == 0:
                t = start
            if prev is not None and t < prev + timedelta(hours=1):
                t = prev + timedelta(minutes=rng.randint(60, 180))
            t = morning(rng, t)
            lang = langs[i % len(langs)]
            text = self.fill(c, W.SLIDE[lang][i], comp=comp)
            ch = rng.choice(["social", "community", "review"])
            if ch == "social":
                ids.append(self.add(c, t, "social", "mention", text))
            elif ch == "community":
                ids.append(self.add(c, t, "community", "post", text))
            else:
                ids.append(
                    self.add(
                        c,
                        t,
                        "web",
                        "review",
                        text,
                        attrs={"rating": ratings[i], "page": "/reviews"},
                    )
                )
            prev = t
        return ids

    # --- output --------------------------------------------------------------------
    def write(self) -> tuple[int, int]:
        rows = sorted(self.rows, key=lambda r: (r.t, r.n))
        seen: set[str] = set()
        lines = []
        for r in rows:
            if r.t.year != 2026 or r.t < self.start or r.t >= END_LIMIT:
                raise SystemExit(f"{self.name}: {r.eid} at {r.t} outside the family")
            c = r.cust
            first_in = not r.out and c.key not in seen
            if not r.out:
                seen.add(c.key)
            ident: dict[str, str | None] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            if r.out or first_in:
                ident.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
            elif r.channel == "phone":
                ident["phone"] = (
                    c.phone.replace("+" + c.cc, "+" + c.cc + " ", 1) if r.var < 0.5 else c.phone
                )
            elif r.channel in ("social", "community"):
                if c.handle is None:
                    ident["email"] = c.email
                else:
                    ident["handle"] = c.handle.lstrip("@") if r.var < 0.2 else c.handle
            elif r.channel == "email":
                ident["email"] = c.email.upper() if r.var < 1 / 12 else c.email
            else:
                ident["customer_id"] = c.key
            line = {
                "event_id": r.eid,
                "occurred_at": iso(r.t),
                "channel": r.channel,
                "kind": r.kind,
                "direction": "outbound" if r.out else "inbound",
                "customer": ident,
                "text": r.text,
                "subject": r.subject,
                "scores": r.scores,
                "source": SOURCES[r.channel],
                "attributes": r.attrs,
            }
            lines.append(json.dumps(line, ensure_ascii=False))
        for c in self.custs:
            if c.key not in seen:
                raise SystemExit(f"{self.name}: {c.key} has no inbound touchpoint")
            if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
                raise SystemExit(f"{self.name}: {c.key} expects and tolerates a rule")
        counts: dict[str, int] = {}
        for c in self.custs:
            for rule in c.truth["expected_rules"]:
                counts[rule] = counts.get(rule, 0) + 1
        for acc in self.accounts.values():
            for rule in acc["expected_rules"]:
                counts[rule] = counts.get(rule, 0) + 1
        if self.spike:
            counts["topic_spike"] = 1
        if counts != EXPECTED[self.name]:
            raise SystemExit(f"{self.name}: expected {counts}, planted {EXPECTED[self.name]}")
        end = max(self.start + timedelta(days=self.days), rows[-1].t + timedelta(hours=1))
        if end >= END_LIMIT:
            raise SystemExit(f"{self.name}: end {end}")
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
            "customers": {c.key: c.truth for c in self.custs},
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


DAY_KINDS = {
    "praise": 3,
    "again": 2,
    "gripe": 1,
    "chat_q": 2,
    "mail_q": 1,
    "call_q": 1,
    "buy": 2,
    "view": 2,
    "review": 1,
    "survey": 2,
}
NO_SURVEY = {k: v for k, v in DAY_KINDS.items() if k != "survey"}
SPARSE = {"praise": 2, "again": 1, "chat_q": 2, "buy": 2, "view": 2, "review": 1}


def night_time(f: Fam, day: int) -> datetime:
    return f.at(day, 22, 12) + timedelta(minutes=f.rng.randint(0, 378))


def happy_writers(f: Fam) -> None:
    rng = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.acts(c, sorted(rng.sample(range(10), rng.randint(5, 8))), DAY_KINDS, 7, 19)
    for _ in range(5):
        c = f.person("happy", "night writer", job=rng.choice(W.NIGHT_JOBS))
        for d in sorted(rng.sample(range(9), rng.randint(2, 4))):
            f.happy(c, night_time(f, d), rng.choice(["night_post", "night_q"]))
        f.acts(
            c,
            sorted(rng.sample(range(10), rng.randint(2, 3))),
            {"praise": 2, "buy": 2, "view": 1, "review": 1},
            9,
            18,
        )
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in sorted(rng.sample(range(10), rng.randint(3, 6))):
            f.happy(c, f.daytime(d, 8, 20), "survey")


def one_bad_day(f: Fam) -> None:
    rng = f.rng
    channels = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    problems = list(W.PROBLEMS) * 4
    rng.shuffle(problems)
    with_case = [i for i, ch in enumerate(channels) if ch != "social"]
    order = with_case[:]
    rng.shuffle(order)
    nps_set, csat_set = set(order[:6]), set(order[6:11])
    good = set(rng.sample(with_case, 12))
    sorry = set(rng.sample(sorted(good), 5))
    long_langs = ["fr", "fr", "es", "es"]
    for i, ch in enumerate(channels):
        lang = long_langs.pop(0) if ch == "long" else None
        persona = "bad_day_detractor" if i in nps_set else "happy_one_bad_day"
        c = f.person(
            persona,
            "one bad day",
            lang=lang,
            expected=["detractor"] if i in nps_set else [],
            tolerated=["silence"],
        )
        bd = rng.randint(2, 9)
        t = f.daytime(bd, 8, 20)
        p = problems[i]
        eid = f.complaint(c, t, p, ch)
        case = f.case() if ch != "social" else None
        tr = c.truth
        tr.update(
            problem=p,
            booking=case,
            channel="email" if ch == "long" else ch,
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            problem_event_ids=[eid],
            trouble_starts_at=iso(t),
            long_email=ch == "long",
        )
        tr.update(nps_given=False, csat_given=False, agent_fixed=False, apologised=False)
        if case is not None:
            f.case_reply(c, t, "chat" if ch == "chat" else "email", case)
            if i in nps_set:
                sid, v = f.survey_low(c, t + timedelta(minutes=rng.randint(100, 140)), "nps")
                tr.update(nps_given=True, nps=v, survey_event_id=sid)
            if i in csat_set:
                sid, v = f.survey_low(c, t + timedelta(minutes=rng.randint(40, 80)), "csat")
                tr.update(csat_given=True, csat=v, survey_event_id=sid)
            if i in good:
                f.good_news(c, morning(rng, t + timedelta(minutes=rng.randint(60, 240))), case, p)
                tr["agent_fixed"] = True
            if i in sorry:
                ta = morning(rng, t + timedelta(minutes=rng.randint(16 * 60, 24 * 60)))
                text = f.fill(c, f.pick(c, "apology", W.APOLOGY[c.lang]), case=case)
                if rng.random() < 0.5:
                    aid = f.add(c, ta, "chat", "chat", text)
                else:
                    aid = f.add(
                        c, ta, "email", "message", text, W.CASE_SUBJECT[c.lang].format(case=case)
                    )
                tr.update(apologised=True, apology_at=iso(ta), apology_event_id=aid)
        days = [d for d in range(12) if d <= bd - 2 or d >= bd + 3]
        f.acts(c, sorted(rng.sample(days, min(len(days), rng.randint(1, 5)))), NO_SURVEY)
    for _ in range(8):
        c = f.person("happy", "control")
        f.acts(c, sorted(rng.sample(range(12), rng.randint(4, 7))), DAY_KINDS)


def first_contact(f: Fam, c: Cust, t: datetime, p: str, ch: str, lang: str | None = None) -> str:
    return f.complaint(c, t, p, ch, lang)


def repeat_run(
    f: Fam,
    c: Cust,
    count: int,
    first_ch: str,
    day0: int,
    day1: int,
    quality: bool,
    langs: list[str],
) -> None:
    rng = f.rng
    p = rng.choice(W.PROBLEMS)
    case = f.case()
    comp = rng.choice(W.COMPETITORS) if count >= 3 else None
    c.truth["competitor"] = comp
    t = f.daytime(rng.randint(day0, day1), 8, 19)
    eids = [first_contact(f, c, t, p, first_ch, langs[0])]
    if first_ch == "chat":
        f.reply_chat(
            c, t + timedelta(minutes=rng.randint(1, 4)), langs[0], W.CASE_CHAT[langs[0]], case=case
        )
    if quality:
        f.reply_mail(
            c, t + timedelta(minutes=rng.randint(90, 150)), langs[0], W.QUALITY[langs[0]], case=case
        )
    elif first_ch != "chat":
        f.case_reply(c, t, "email", case, langs[0])
    chans = [first_ch]
    pool = [x for x in ["email", "chat", "phone", "web", "social"] if x != first_ch]
    rng.shuffle(pool)
    prev = t
    for k in range(2, count + 1):
        tk = prev + timedelta(minutes=rng.randint(4 * 60, 40 * 60))
        if tk.hour >= 22 or tk.hour < 7:
            base = tk + timedelta(days=1) if tk.hour >= 22 else tk
            tk = base.replace(hour=8, minute=rng.randint(0, 59))
        ch = pool.pop()
        eids.append(f.later(c, tk, p, ch, case, k, langs[(k - 1) % len(langs)]))
        chans.append(ch)
        prev = tk
    c.truth.update(
        problem=p,
        booking=case,
        contacts=count,
        channels=chans,
        channel=first_ch,
        agent_passed_on=quality,
        problem_event_ids=eids,
        trouble_starts_at=iso(t),
    )


def fixed_case(f: Fam, c: Cust, t: datetime, p: str, ch: str, langs: list[str]) -> dict[str, Any]:
    rng = f.rng
    case = f.case()
    eid = first_contact(f, c, t, p, ch, langs[0])
    f.case_reply(c, t, ch if ch == "chat" else "email", case, langs[0])
    tf = morning(rng, t + timedelta(minutes=rng.randint(3 * 60, 20 * 60)))
    f.good_news(c, tf, case, p, langs[0])
    tc = morning(rng, tf + timedelta(minutes=rng.randint(8 * 60, 30 * 60)))
    cid, cch = f.confirm(c, tc, case, langs[-1])
    return {
        "problem": p,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(tf),
        "confirmed_at": iso(tc),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": ch,
        "confirm_channel": cch,
    }


def repeat_contacts(f: Fam) -> None:
    rng = f.rng
    counts = [2] * 4 + [3] * 4 + [4] * 4
    rng.shuffle(counts)
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    rng.shuffle(firsts)
    quality = set(rng.sample(range(12), 6))
    for i in range(12):
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=TOL_REPEAT)
        for _ in range(rng.randint(1, 3)):
            f.happy(
                c, f.daytime(0, 7, 12), rng.choice(["praise", "chat_q", "buy", "view", "again"])
            )
        repeat_run(f, c, counts[i], firsts[i], 1, 4, i in quality, [c.lang])
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=["silence"])
        f.acts(c, [0], SPARSE)
        case = fixed_case(
            f,
            c,
            f.daytime(rng.randint(1, 4), 8, 19),
            rng.choice(W.PROBLEMS),
            rng.choice(["web", "email", "chat"]),
            [c.lang],
        )
        c.truth.update(problems=[case], trouble_starts_at=case["raised_at"])
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=["silence"])
        f.acts(c, [0], SPARSE)
        p1, p2 = rng.sample(list(W.PROBLEMS), 2)
        d1 = rng.randint(1, 2)
        c1 = fixed_case(
            f, c, f.daytime(d1, 8, 19), p1, rng.choice(["web", "email", "chat"]), [c.lang]
        )
        c2 = fixed_case(
            f,
            c,
            f.daytime(d1 + rng.randint(4, 5), 8, 19),
            p2,
            rng.choice(["web", "email", "chat"]),
            [c.lang],
        )
        c.truth.update(problems=[c1, c2], trouble_starts_at=c1["raised_at"])
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.acts(
            c,
            sorted(rng.sample(range(10), rng.randint(5, 8))),
            {"chat_q": 4, "mail_q": 2, "call_q": 2, "buy": 1, "view": 1},
        )


def slow_churners(f: Fam) -> None:
    rng = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    rng.shuffle(spans)
    nps_set = set(rng.sample(range(10), 5))
    for i in range(10):
        exp = ["sentiment_drop"] + (["detractor"] if i in nps_set else [])
        c = f.person(
            "slow_churner",
            "slides",
            expected=exp,
            tolerated=TOL_SLIDE,
            competitor=rng.choice(W.COMPETITORS),
        )
        for _ in range(rng.randint(4, 5)):
            f.happy(c, f.daytime(rng.randint(0, 10)), rng.choice(["praise", "praise", "again"]))
        for _ in range(rng.randint(2, 4)):
            f.happy(
                c, f.daytime(rng.randint(0, 10)), rng.choice(["chat_q", "buy", "view", "review"])
            )
        start = f.daytime(rng.randint(12, 16), 8, 20)
        ids = f.slide(c, start, spans[i], [c.lang])
        c.truth.update(
            slide_event_ids=ids,
            slide_days=spans[i],
            trouble_starts_at=iso(start),
            nps_given=i in nps_set,
        )
        if i in nps_set:
            fourth = next(r.t for r in f.rows if r.eid == ids[3])
            sid, v = f.survey_low(
                c, morning(rng, fourth + timedelta(minutes=rng.randint(150, 210))), "nps"
            )
            c.truth.update(nps=v, survey_event_id=sid)
    for _ in range(5):
        c = f.person(
            "slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=TOL_LEAVER
        )
        f.acts(c, sorted(rng.sample(range(17), rng.randint(4, 6))), NO_SURVEY)
        t = f.daytime(rng.randint(17, 23), 8, 20)
        subj, body = f.pick(c, "leave", W.LEAVE[c.lang])
        eid = f.add(c, t, "email", "message", f.fill(c, body), subj)
        f.reply_mail(
            c, morning(rng, t + timedelta(minutes=rng.randint(60, 300))), c.lang, W.SORRY_GO[c.lang]
        )
        tc = morning(rng, t + timedelta(minutes=rng.randint(20 * 60, 30 * 60)))
        cid = f.add(
            c,
            tc,
            "web",
            "cancellation",
            attrs={
                "page": "/account/plan",
                "product": "Cantilo Familia, monthly / Formule Familia, mensuelle",
            },
        )
        c.truth.update(
            churn_intent_event_id=eid,
            cancellation_event_id=cid,
            churn_at=iso(tc),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.acts(c, sorted(rng.sample(range(32), rng.randint(6, 10))), DAY_KINDS)
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=TOL_GRUMPY)
        n = rng.randint(5, 7)
        texts = rng.sample(W.GRUMPY[c.lang], n)
        d = rng.randint(0, 4)
        ids = []
        for text in texts:
            t = f.daytime(d, 7, 21)
            ch = rng.choice(["social", "community", "web", "review"])
            if ch == "social":
                ids.append(f.add(c, t, "social", "mention", f.fill(c, text)))
            elif ch == "community":
                ids.append(f.add(c, t, "community", "post", f.fill(c, text)))
            elif ch == "web":
                ids.append(
                    f.add(c, t, "web", "ticket", f.fill(c, text), attrs={"page": "/help/contact"})
                )
            else:
                ids.append(
                    f.add(
                        c,
                        t,
                        "web",
                        "review",
                        f.fill(c, text),
                        attrs={"rating": "3", "page": "/reviews"},
                    )
                )
            d += rng.randint(1, 3)
        for _ in range(rng.randint(0, 2)):
            f.happy(c, f.daytime(rng.randint(0, 30)), "buy")
        first_t = min(r.t for r in f.rows if r.eid in ids)
        c.truth.update(grumble_event_ids=ids, trouble_starts_at=iso(first_t))
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        f.acts(c, sorted(rng.sample(range(32), rng.randint(3, 6))), NO_SURVEY)
        t = f.daytime(rng.randint(17, 28), 8, 21)
        text = f.fill(c, f.pick(c, "sarcasm", W.SARCASM[c.lang]))
        sid = (
            f.add(c, t, "social", "mention", text)
            if rng.random() < 0.6
            else f.add(c, t, "community", "post", text)
        )
        c.truth.update(sarcasm_event_id=sid, trouble_starts_at=iso(t))


def quiet_hours(f: Fam) -> None:
    rng = f.rng
    day_kinds = {
        "praise": 2,
        "again": 1,
        "chat_q": 2,
        "buy": 2,
        "view": 2,
        "review": 1,
        "survey": 1,
    }
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.acts(c, sorted(rng.sample(range(3), rng.randint(1, 3))), day_kinds, 7, 17.5)
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.daytime(rng.randint(0, 2), 9, 17)
        f.happy(c, t, rng.choice(["buy", "view"]))
        tg = t + timedelta(minutes=rng.randint(20, 30))
        q, a = f.pick(c, "quiet", W.QUIET_GRUMBLE[c.lang])
        if i < 2:
            gid = f.add(c, tg, "chat", "chat", f.fill(c, q))
            f.reply_chat(c, tg + timedelta(minutes=rng.randint(1, 5)), c.lang, a)
        else:
            gid = f.add(c, tg, "web", "ticket", f.fill(c, q), attrs={"page": "/help/contact"})
            f.reply_mail(
                c,
                tg + timedelta(minutes=rng.randint(10, 40)),
                c.lang,
                (W.CASE_SUBJECT[c.lang].format(case=f.case()), a),
            )
        c.truth.update(grumble_event_id=gid, trouble_starts_at=iso(tg))
    owls: list[Cust] = []
    for night in (1, 2, 3):
        first = f.at(night) + timedelta(minutes=rng.randint(40, 65))
        starts = [
            first,
            first + timedelta(minutes=rng.randint(28, 33)),
            first + timedelta(minutes=rng.randint(55, 65)),
        ]
        for b, bs in enumerate(starts, start=1):
            for _ in range(4):
                c = f.person("night_owl", f"night {night}, burst {b}", job=rng.choice(W.NIGHT_JOBS))
                t = bs + timedelta(minutes=rng.randint(0, 9), seconds=rng.randint(0, 59))
                ids = f.happy(c, t, rng.choice(["night_post", "night_q"]))
                c.truth.update(burst_at=iso(bs), night_event_id=ids[0])
                owls.append(c)
    for c in rng.sample(owls, 18):
        f.happy(
            c,
            f.daytime(rng.randint(0, 2), 9, 17.5),
            rng.choice(["praise", "buy", "view", "chat_q"]),
        )


PAIR_MARKETS: dict[frozenset[str], list[str]] = {
    frozenset({"fr", "es"}): ["FR", "ES", "ES", "BE"],
    frozenset({"fr", "en"}): ["FR", "UK", "IE"],
    frozenset({"es", "en"}): ["ES", "UK", "IE"],
    frozenset({"fr", "de"}): ["CH", "LU"],
    frozenset({"fr", "it"}): ["CH", "IT"],
    frozenset({"fr", "pt"}): ["LU", "FR", "PT"],
    frozenset({"es", "pt"}): ["ES", "PT"],
    frozenset({"es", "it"}): ["ES", "IT"],
    frozenset({"es", "de"}): ["ES", "DE"],
}
SECOND_REASON = {
    "fr": [
        "grew up in Lyon",
        "works for a French bank",
        "partner is from Brussels",
        "did an Erasmus year in Toulouse",
    ],
    "es": [
        "partner is from Seville",
        "grew up in Valencia",
        "works for a Spanish logistics firm",
        "Erasmus year in Salamanca",
    ],
    "en": ["works in English all day", "lived in Dublin for six years", "partner is from Leeds"],
    "de": ["works in Zürich", "grew up in Cologne"],
    "it": ["partner is from Turin", "works in Lugano"],
    "pt": ["grew up in Porto", "parents are Portuguese"],
}


def bilingual(f: Fam) -> None:
    rng = f.rng

    def person(pair: str, persona: str, habit: str, **kw: Any) -> tuple[Cust, list[str]]:
        l1, l2 = pair.split("/")
        market = rng.choice(PAIR_MARKETS[frozenset({l1, l2})])
        c = f.person(
            persona,
            habit,
            lang=l1,
            market=market,
            languages=[l1, l2],
            job_second_language=rng.choice(SECOND_REASON[l2]),
            **kw,
        )
        return c, [l1, l2]

    for pair in [
        "fr/es",
        "es/fr",
        "fr/es",
        "es/fr",
        "fr/en",
        "es/en",
        "en/fr",
        "de/fr",
        "fr/it",
        "it/es",
        "pt/es",
        "es/pt",
    ]:
        c, langs = person(pair, "happy", "alternates languages")
        f.acts(c, sorted(rng.sample(range(14), rng.randint(5, 8))), NO_SURVEY, langs=langs)
    firsts = ["web", "email", "chat", "web", "email"]
    for pair, count, first in zip(
        ["fr/es", "es/fr", "es/en", "fr/de", "pt/fr"], [2, 2, 3, 3, 4], firsts, strict=True
    ):
        c, langs = person(
            pair, "repeat_contact", "repeats", expected=["repeat_contact"], tolerated=TOL_REPEAT
        )
        for j in range(rng.randint(1, 3)):
            f.happy(
                c,
                f.daytime(rng.randint(0, 1), 7, 20),
                rng.choice(["praise", "chat_q", "buy", "view"]),
                langs[j % 2],
            )
        repeat_run(f, c, count, first, 2, 5, count >= 3, langs)
    for pair in ["es/fr", "fr/es", "en/es", "it/fr", "fr/pt"]:
        c, langs = person(
            pair,
            "slow_churner",
            "slides",
            expected=["sentiment_drop"],
            tolerated=TOL_SLIDE,
            competitor=rng.choice(W.COMPETITORS),
        )
        for j in range(5):
            f.happy(
                c, f.daytime(rng.randint(0, 5)), "praise" if j % 2 == 0 else "again", langs[j % 2]
            )
        for j in range(rng.randint(1, 3)):
            f.happy(
                c, f.daytime(rng.randint(0, 5)), rng.choice(["chat_q", "buy", "view"]), langs[j % 2]
            )
        start = f.daytime(rng.randint(7, 8), 8, 20)
        span = rng.randint(3, 5)
        ids = f.slide(c, start, span, langs)
        c.truth.update(slide_event_ids=ids, slide_days=span, trouble_starts_at=iso(start))
    for pair, ch in [("es/fr", "long"), ("fr/es", "email"), ("en/fr", "chat")]:
        c, langs = person(pair, "happy_one_bad_day", "one bad day", tolerated=["silence"])
        bd = rng.randint(4, 9)
        t = f.daytime(bd, 8, 20)
        p = rng.choice(W.PROBLEMS)
        eid = f.complaint(c, t, p, ch, langs[1])
        case = f.case()
        f.case_reply(c, t, "chat" if ch == "chat" else "email", case, langs[1])
        tr = c.truth
        tr.update(
            problem=p,
            booking=case,
            channel="email" if ch == "long" else ch,
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            bad_day_language=langs[1],
            problem_event_ids=[eid],
            trouble_starts_at=iso(t),
            long_email=ch == "long",
            agent_fixed=ch != "chat",
            apologised=ch == "email",
        )
        if ch != "chat":
            f.good_news(
                c, morning(rng, t + timedelta(minutes=rng.randint(60, 240))), case, p, langs[1]
            )
        if ch == "email":
            ta = morning(rng, t + timedelta(minutes=rng.randint(18 * 60, 24 * 60)))
            aid = f.add(
                c,
                ta,
                "chat",
                "chat",
                f.fill(c, f.pick(c, "apology", W.APOLOGY[langs[1]]), case=case),
            )
            tr.update(apology_at=iso(ta), apology_event_id=aid)
        days = [d for d in range(14) if d <= bd - 2 or d >= bd + 3]
        f.acts(c, sorted(rng.sample(days, rng.randint(3, 5))), NO_SURVEY, langs=langs)
    for pair in ["fr/es", "es/fr"]:
        c, langs = person(pair, "resolved_between_contacts", "fixed", tolerated=["silence"])
        f.acts(c, sorted(rng.sample(range(3), 2)), SPARSE, langs=langs)
        fixed = fixed_case(
            f, c, f.daytime(rng.randint(3, 6), 8, 19), rng.choice(W.PROBLEMS), "web", langs
        )
        c.truth.update(
            problems=[fixed], confirm_language=langs[1], trouble_starts_at=fixed["raised_at"]
        )


def b2b_accounts(f: Fam) -> None:
    rng = f.rng
    plan: dict[str, tuple[str, int, int, str | None]] = {
        # company: (kind, contacts, unhappy contacts, same problem)
        "Bâtiments Rocheval SAS": ("at_risk", 4, 3, "service_blocked"),
        "Clinique des Acacias": ("at_risk", 5, 3, "portal"),
        "Mairie de Saint-Aubrac": ("at_risk", 6, 4, "invoice"),
        "Colegio Montealto": ("at_risk", 5, 4, "overbilled"),
        "Logística Brezo": ("at_risk", 6, 3, "invoice"),
        "Hotel Marisma": ("one_unhappy", 3, 1, "service_blocked"),
        "Cabinet Delorme & Associés": ("one_unhappy", 3, 1, "overbilled"),
        "Druckhaus Lindner": ("one_unhappy", 3, 1, "portal"),
        "Call Center Atlântico": ("one_unhappy", 3, 1, "invoice"),
        "Imprimerie Wautier": ("mild", 3, 0, None),
        "Ingeniería Sotoval": ("mild", 4, 0, None),
        "Studio Tecnico Ferro": ("mild", 4, 0, None),
        "Fiduciaire Kremer": ("happy", 3, 0, None),
        "Centre de formation Léman": ("happy", 4, 0, None),
        "Harbourside Lettings": ("happy", 3, 0, None),
    }
    last_by_phone = {
        "Bâtiments Rocheval SAS",
        "Clinique des Acacias",
        "Colegio Montealto",
        "Logística Brezo",
    }
    weekdays = [d for d in range(14) if (f.start + timedelta(days=d)).weekday() < 5]
    routine = {"chat_q": 3, "buy": 2, "view": 2, "praise": 1, "survey": 2}

    def b2b_act(c: Cust, t: datetime, kind: str) -> None:
        lang = c.lang
        m = timedelta(minutes=1)
        if kind == "chat_q":
            q, a = f.pick(c, "b2bchat", B.CHAT_Q[lang])
            f.add(c, t, "chat", "chat", q)
            ta = t + m * rng.randint(1, 6)
            f.reply_chat(c, ta, lang, a)
            if rng.random() < 0.6:
                f.add(
                    c,
                    ta + m * rng.randint(1, 4),
                    "chat",
                    "chat",
                    f.fill(c, rng.choice(W.THANKS[lang])),
                )
        elif kind == "buy":
            label, eur, page = rng.choice(B.PRODUCTS)
            f.add(c, t, "web", "page_view", attrs={"page": page})
            f.add(
                c,
                t + m * rng.randint(2, 15),
                "web",
                "purchase",
                attrs=f.price(c, eur) | {"product": label, "page": page},
            )
        elif kind == "view":
            f.add(c, t, "web", "page_view", attrs={"page": rng.choice(B.PAGES)})
        elif kind == "praise":
            f.add(c, t, "community", "post", f.pick(c, "b2bpraise", B.PRAISE[lang]))
        elif kind == "survey":
            f.survey_happy(c, t, lang, B.SURVEY_WORDS)

    for company in B.COMPANIES:
        market, lang, cname, site, _domain = company
        kind, n_contacts, n_unhappy, problem = plan[cname]
        acc = f.unique(lambda market=market: f"CNP-{market}-{rng.randint(1000, 9999)}")
        at_risk = kind == "at_risk"
        contacts: list[Cust] = []
        titles = rng.sample(B.JOB_TITLES, n_contacts)
        firsts: set[str] = set()
        for j in range(n_contacts):
            if at_risk and j < n_unhappy:
                last = j == n_unhappy - 1
                persona, role = "b2b_unhappy", "complainer"
                exp = ["repeat_contact"] if last else ["detractor"]
                tol = [r for r in TOL_AT_RISK if r not in exp]
            elif kind == "one_unhappy" and j == 0:
                persona, role, exp, tol = (
                    "b2b_one_unhappy",
                    "complainer",
                    ["detractor"],
                    TOL_ONE_UNHAPPY,
                )
            elif kind == "mild" and j < 2:
                persona, role, exp, tol = "b2b_mild", "suggests", [], ["silence"]
            else:
                persona, role, exp, tol = "b2b_happy", "contact", [], []
            while True:
                c = f.person(
                    persona,
                    role,
                    lang=lang,
                    market=market,
                    expected=exp,
                    tolerated=tol,
                    job=titles[j],
                    firm=company,
                    account=acc,
                    company=cname,
                    role=role,
                    job_title=titles[j],
                )
                if c.first not in firsts:
                    break
                f.custs.pop()
            firsts.add(c.first)
            contacts.append(c)
        unhappy = [c for c in contacts if c.truth["role"] == "complainer"]
        for c in contacts:
            if c.truth["role"] == "contact":
                for d in sorted(rng.sample(weekdays, rng.randint(2, 5))):
                    b2b_act(
                        c,
                        f.daytime(d, 8, 16.5),
                        rng.choices(list(routine), weights=list(routine.values()))[0],
                    )
            else:
                for _ in range(rng.randint(0, 2)):
                    b2b_act(
                        c,
                        f.daytime(rng.randint(0, 1), 8, 16.5),
                        rng.choice(["chat_q", "buy", "view"]),
                    )
        trouble: str | None = None
        if at_risk and problem is not None:
            case = f.case()
            t = f.daytime(2, 8.5, 16)
            trouble = iso(t)
            first_c = unhappy[0]
            first_t = t
            for j, c in enumerate(unhappy):
                agent_kw: dict[str, Any] = {"company": cname, "title": c.truth["job_title"]}
                if j == 0:
                    body = f.fill(c, B.FIRST_MAIL[lang], problem=B.FIRST[problem][lang], **agent_kw)
                    subj = B.COMPLAINT_SUBJECT[lang].format(topic=B.TOPIC[problem][lang])
                else:
                    t = office(rng, t + timedelta(minutes=rng.randint(8 * 60, 28 * 60)))
                    wd = (
                        B.THIS_MORNING[lang]
                        if t.date() == first_t.date()
                        else B.WEEKDAY[lang][first_t.weekday()]
                    )
                    body = f.fill(
                        c,
                        f.pick(c, "later", B.LATER_MAIL[lang]),
                        case=case,
                        colleague=first_c.first,
                        weekday=wd,
                        topic=B.TOPIC[problem][lang],
                        **agent_kw,
                    )
                    subj = W.CASE_SUBJECT[lang].format(case=case)
                eid = f.add(c, t, "email", "message", body, subj)
                if j == 0:
                    first_t = t
                    ack = B.ACK[lang]
                    f.reply_mail(
                        c,
                        t + timedelta(minutes=rng.randint(20, 90)),
                        lang,
                        ack,
                        case=case,
                        company=cname,
                    )
                c.truth.update(
                    complaint_event_ids=[eid],
                    booking=case,
                    problem=problem,
                    trouble_starts_at=iso(t),
                )
                if j < len(unhappy) - 1:
                    sid, v = f.survey_low(c, t + timedelta(minutes=rng.randint(60, 180)), "nps")
                    c.truth.update(nps_given=True, nps=v, survey_event_id=sid)
                else:
                    t2 = office(rng, t + timedelta(minutes=rng.randint(18 * 60, 40 * 60)))
                    comp = rng.choice(W.COMPETITORS)
                    if cname in last_by_phone:
                        text = f.fill(c, f.pick(c, "lastcall", B.LAST_CALL[lang]), case=case)
                        e2 = f.add(c, t2, "phone", "call", text)
                        c.truth["competitor"] = None
                    else:
                        text = f.fill(c, B.LAST_MAIL[lang], case=case, comp=comp, **agent_kw)
                        e2 = f.add(
                            c, t2, "email", "message", text, W.CASE_SUBJECT[lang].format(case=case)
                        )
                        c.truth["competitor"] = comp
                    c.truth["complaint_event_ids"].append(e2)
                    c.truth.update(repeat_event_id=e2, contacts=2, nps_given=False)
        elif kind == "one_unhappy" and problem is not None:
            c = unhappy[0]
            case = f.case()
            d = rng.choice([d for d in weekdays if 3 <= d <= 7])
            t = f.daytime(d, 8, 16.5)
            body = f.fill(
                c,
                B.FIRST_MAIL[lang],
                problem=B.FIRST[problem][lang],
                company=cname,
                title=c.truth["job_title"],
            )
            eid = f.add(
                c,
                t,
                "email",
                "message",
                body,
                B.COMPLAINT_SUBJECT[lang].format(topic=B.TOPIC[problem][lang]),
            )
            f.reply_mail(
                c,
                t + timedelta(minutes=rng.randint(20, 90)),
                lang,
                B.ACK[lang],
                case=case,
                company=cname,
            )
            sid, v = f.survey_low(c, t + timedelta(minutes=rng.randint(60, 180)), "nps")
            c.truth.update(
                complaint_event_ids=[eid],
                booking=case,
                problem=problem,
                trouble_starts_at=iso(t),
                nps_given=True,
                nps=v,
                survey_event_id=sid,
            )
        elif kind == "mild":
            for j, c in enumerate(contacts[:2]):
                t = f.daytime(rng.choice([d for d in weekdays if d >= 2]), 8, 16)
                mid = f.add(c, t, "web", "ticket", B.MILD[lang][j], attrs={"page": "/pro/feedback"})
                f.reply_mail(c, t + timedelta(minutes=rng.randint(30, 180)), lang, B.MILD_ACK[lang])
                c.truth.update(mild_event_id=mid, trouble_starts_at=iso(t))
        f.accounts[acc] = {
            "company": cname,
            "site": site,
            "contacts": len(contacts),
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": [c.key for c in unhappy],
            "at_risk": at_risk,
            "expected_rules": ["account_risk"] if at_risk else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if at_risk else None,
            "trouble_starts_at": trouble,
            "language": lang,
            "country": market,
        }


def topic_spike(f: Fam) -> None:
    rng = f.rng
    kinds = {"praise": 2, "again": 1, "chat_q": 2, "buy": 2, "view": 2, "review": 1, "survey": 1}
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in sorted(rng.sample(range(6), rng.randint(1, 4))):
            h0, h1 = (12, 19) if d == 5 else (7, 21)
            f.happy(
                c, f.daytime(d, h0, h1), rng.choices(list(kinds), weights=list(kinds.values()))[0]
            )
    for lang in ("fr", "es"):
        c = f.person("grumbles_once", "grumbles once", lang=lang, tolerated=["silence"])
        t = f.daytime(0, 8, 11)
        q, a = W.SLOW_MENU[lang]
        gid = f.add(c, t, "chat", "chat", f.fill(c, q))
        f.reply_chat(c, t + timedelta(minutes=rng.randint(1, 5)), lang, a)
        c.truth.update(grumble_event_id=gid, trouble_starts_at=iso(t))
    for lang, hh, mm in (("fr", 9, 40), ("es", 16, 5)):
        c = f.person("grumbles_once", "lone question", lang=lang, tolerated=["silence"])
        t = f.at(4, hh, mm)
        q, a = W.LONE_Q[lang]
        lid = f.add(c, t, "chat", "chat", f.fill(c, q))
        f.reply_chat(c, t + timedelta(minutes=rng.randint(2, 5)), lang, a)
        c.truth.update(lone_report_event_id=lid, trouble_starts_at=iso(t))
    langs = ["fr"] * 6 + ["es"] * 6 + ["en", "en", "de", "de", "it", "it", "pt", "pt"]
    rng.shuffle(langs)
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(chans)
    s0 = f.at(5, 8, 10)
    offsets = sorted([0, 45 * 60] + [rng.randint(0, 45 * 60) for _ in range(18)])
    times = [s0 + timedelta(seconds=o) for o in offsets]
    early = [i for i in range(20) if times[i] <= f.at(5, 8, 35)]
    repeaters = set(rng.sample(early, 6))
    fixed = set(rng.sample([i for i in range(20) if i not in repeaters], 6))
    second = ["email", "email", "chat", "chat", "community", "community"]
    rep_order = sorted(repeaters)
    while True:
        rng.shuffle(second)
        if all(second[k] != chans[i] for k, i in enumerate(rep_order)):
            break
    second_of = dict(zip(rep_order, second, strict=True))
    regular = set(rng.sample(range(20), 12))
    keys, eids, rep_ids = [], [], []
    for i in range(20):
        lang = langs[i]
        rep = i in repeaters
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if i in regular else "new",
            lang=lang,
            expected=["repeat_contact"] if rep else [],
            tolerated=["sentiment_drop", "silence"] if rep else ["silence"],
            in_spike=True,
            regular=i in regular,
        )
        if i in regular:
            for _ in range(rng.randint(1, 3)):
                f.happy(
                    c,
                    f.daytime(2, 8, 17.5),
                    rng.choice(["praise", "chat_q", "buy", "view", "mail_q"]),
                )
        t = times[i]
        ch = chans[i]
        eid = spike_message(f, c, t, ch, lang, first=True)
        keys.append(c.key)
        eids.append(eid)
        c.truth.update(
            spike_event_id=eid,
            spike_channel=ch,
            trouble_starts_at=iso(t),
            agent_fixed=i in fixed,
            repeat_event_id=None,
        )
        if rep:
            ch2 = second_of[i]
            t2 = t + timedelta(minutes=rng.randint(15, 50))
            rid = spike_message(f, c, t2, ch2, lang, first=False)
            rep_ids.append(rid)
            c.truth["repeat_event_id"] = rid
        if i in fixed:
            local = (
                ("11h40" if lang == "fr" else "11:40")
                if c.market in CET_MARKETS
                else ("10h40" if lang == "fr" else "10:40")
            )
            credit = {"UK": "£9", "CH": "CHF 9"}.get(c.market, "€10" if lang == "en" else "10 €")
            f.reply_mail(
                c,
                f.at(5, 11, 8) + timedelta(minutes=rng.randint(0, 9)),
                lang,
                W.SPIKE_FIXED[lang],
                local=local,
                credit=credit,
            )
    f.spike = {
        "topic": "school-lunch app wiped children's allergy and diet profiles: every child shown with no known allergies and next week's menus pre-filled with dishes containing their allergens, banner K17/ALG",
        "about": "the Saturday-morning menu ordering for the week after: parents find their child's allergy and diet profile empty (K17/ALG) and menus pre-selected with the child's allergens; restored from Friday's backup at 10:40 UTC",
        "channel": None,
        "start": iso(times[0]),
        "end": iso(times[-1]),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": rep_ids,
    }


def spike_message(f: Fam, c: Cust, t: datetime, ch: str, lang: str, first: bool) -> str:
    rng = f.rng
    if not first:
        text = f.fill(c, rng.choice(W.SPIKE_AGAIN[lang]))
        if ch == "email":
            return f.add(c, t, "email", "message", text + "\n" + c.name, W.SPIKE_SUBJECT[lang])
        if ch == "chat":
            eid = f.add(c, t, "chat", "chat", text)
            f.reply_chat(
                c, t + timedelta(minutes=rng.randint(1, 4)), lang, W.SPIKE_CHAT_ANSWER[lang]
            )
            return eid
        return f.add(c, t, "community", "post", text)
    text = f.fill(c, rng.choice(W.SPIKE[ch][lang]))
    if ch == "social":
        return f.add(c, t, "social", "mention", text)
    if ch == "chat":
        eid = f.add(c, t, "chat", "chat", text)
        f.reply_chat(c, t + timedelta(minutes=rng.randint(1, 4)), lang, W.SPIKE_CHAT_ANSWER[lang])
        return eid
    if ch == "community":
        return f.add(c, t, "community", "post", text)
    if ch == "email":
        return f.add(c, t, "email", "message", text, W.SPIKE_SUBJECT[lang])
    return f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"})


def utc(y: int, m: int, day: int) -> datetime:
    return datetime(y, m, day, tzinfo=UTC)


FAMILIES: list[tuple[str, str, datetime, int, str, Any]] = [
    (
        "happy_writers",
        "HW",
        utc(2026, 3, 9),
        10,
        "happy households: day writers, night writers and survey answerers; nothing to warn about",
        happy_writers,
    ),
    (
        "one_bad_day",
        "BD",
        utc(2026, 4, 20),
        12,
        "happy households with one angry message on one day; six give a detractor NPS",
        one_bad_day,
    ),
    (
        "repeat_contacts",
        "RC",
        utc(2026, 5, 11),
        10,
        "one problem raised two to four times while still open, against fixed cases, two problems and frequent writers",
        repeat_contacts,
    ),
    (
        "slow_churners",
        "SC",
        utc(2026, 9, 14),
        32,
        "six-step slides from a happy baseline, leavers who cancel Familia, steady, steadily grumpy and sarcastic households",
        slow_churners,
    ),
    (
        "quiet_hours",
        "QH",
        utc(2026, 6, 5),
        3,
        "a calm early-June weekend with bursts of night owls; no spike",
        quiet_hours,
    ),
    (
        "bilingual",
        "BL",
        utc(2026, 6, 8),
        14,
        "households writing in two languages: happy, repeat contacts, slides, one bad day and fixed cases",
        bilingual,
    ),
    (
        "b2b_accounts",
        "BB",
        utc(2026, 10, 19),
        14,
        "Cantilo Pro accounts: five at risk with one problem, four with one unhappy contact, mild suggestions and happy accounts",
        b2b_accounts,
    ),
    (
        "topic_spike",
        "TS",
        utc(2026, 11, 9),
        7,
        "a calm week and the planted spike on Saturday 14 November 2026: allergy profiles wiped, K17/ALG",
        topic_spike,
    ),
]


def main() -> None:
    USED.clear()
    total_c = total_t = 0
    for n, (name, code, start, days, about, build) in enumerate(FAMILIES, start=1):
        f = Fam(n, name, code, start, days, about)
        build(f)
        nc, nt = f.write()
        total_c += nc
        total_t += nt
        print(f"{name}: {nc} customers, {nt} touchpoints")
    print(f"total: {total_c} customers, {total_t} touchpoints")


if __name__ == "__main__":
    main()
