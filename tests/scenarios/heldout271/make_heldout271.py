"""Write the 271st blind alert set (Felinza, cat hotels): eight families and their truth.

Standard library only; seeded, one random.Random per family (and one more for
roughening and identifier variants). Run as ``python make_heldout271.py`` from anywhere.
"""

from __future__ import annotations

# ruff: noqa: E501
import json
import random
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402

SEED = 20261017
SET = "heldout271"
LANG_WEIGHTS = [("de", 30), ("en", 30), ("es", 10), ("fr", 10), ("it", 10), ("pt", 10)]
MARKETS: dict[str, list[tuple[str, int]]] = {
    "de": [("DE", 6), ("AT", 2), ("CH", 2)],
    "en": [("UK", 7), ("IE", 3)],
    "es": [("ES", 1)],
    "fr": [("FR", 3), ("BE", 1), ("CH", 1)],
    "it": [("IT", 4), ("CH", 1)],
    "pt": [("PT", 1)],
}
PHONE_PREFIX = {
    "DE": ("+49", "15", 9),
    "AT": ("+43", "664", 7),
    "CH": ("+41", "79", 7),
    "UK": ("+44", "7", 9),
    "IE": ("+353", "87", 7),
    "ES": ("+34", "6", 8),
    "FR": ("+33", "6", 8),
    "BE": ("+32", "47", 7),
    "IT": ("+39", "3", 9),
    "PT": ("+351", "9", 8),
}
DE_SMALL = {
    "Das",
    "Die",
    "Der",
    "Ich",
    "Wir",
    "Ihr",
    "Und",
    "Jetzt",
    "Zum",
    "Nochmal",
    "Doppelte",
    "Drei",
    "Fünf",
    "Wozu",
    "Bestätigte",
    "Seit",
    "Eine",
    "Im",
    "Uns",
    "Es",
    "Bei",
    "Kein",
    "Keine",
    "Dritte",
    "Obwohl",
    "Hat",
    "Bitte",
}
NO_REPLY = {
    "de": "Keine Antwort",
    "en": "No reply",
    "es": "Sin respuesta",
    "fr": "Pas de réponse",
    "it": "Nessuna risposta",
    "pt": "Sem resposta",
}
SOURCES = {
    "email": "felinza-mail",
    "phone": "felinza-voice",
    "social": "felinza-social",
    "community": "felinza-forum",
    "chat": "felinza-chat",
    "web": "felinza-web",
    "survey": "felinza-survey",
}
LATEST = datetime(2026, 11, 20, tzinfo=UTC)
TOLERATE_REPEAT = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
TOLERATE_SLIDE = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
TOLERATE_LEAVE = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
TOLERATE_B2B_RISK = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
USED: set[str] = set()


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def ascii_name(text: str) -> str:
    for a, b in (
        ("ä", "ae"),
        ("ö", "oe"),
        ("ü", "ue"),
        ("ß", "ss"),
        ("Ä", "Ae"),
        ("Ö", "Oe"),
        ("Ü", "Ue"),
    ):
        text = text.replace(a, b)
    text = unicodedata.normalize("NFKD", text)
    return (
        "".join(ch for ch in text if not unicodedata.combining(ch))
        .lower()
        .replace(" ", "")
        .replace("'", "")
    )


def strip_accents(text: str) -> str:
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
        text = text.replace(a, b)
    out = []
    for ch in text:
        if ch in "ßñÑ":
            out.append(ch)
            continue
        base = unicodedata.normalize("NFKD", ch)
        out.append(
            "".join(c for c in base if not unicodedata.combining(c))
            if len(base) > 1 and base[0].isalpha()
            else ch
        )
    return "".join(out)


def spoken(text: str, lang: str) -> str:
    drop = '.,!?;:«»"()„“”…–'
    out = "".join(" " if ch in drop else ch for ch in text)
    out = "".join(ch for ch in out if ch.isalnum() or ch.isspace() or ch in "'€£%-")
    words = out.split()
    if lang != "de":
        words = [
            w
            if any(c.isdigit() for c in w) or (w.isupper() and len(w) > 1 and w.startswith("FZ"))
            else w.lower()
            for w in words
        ]
    else:
        words = [
            w.capitalize() if w.isupper() and len(w) > 2 and not w.startswith("FZ") else w
            for w in words
        ]
        words = [w.lower() if w in DE_SMALL else w for w in words]
    return " ".join(words)


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    first: str
    last: str
    cat: str
    ids: dict[str, str | None]
    persona: str
    habit: str
    expected: list[str] = field(default_factory=list)
    tolerated: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    segment: str = "consumer"
    job: str = ""
    town: str = ""

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Row:
    t: datetime
    seq: int
    eid: str
    cust: Cust
    channel: str
    kind: str
    out: bool
    text: str | None
    subject: str | None
    scores: dict[str, int]
    attrs: dict[str, str]


def pick_weighted(rng: random.Random, items: list[tuple[str, int]]) -> str:
    total = sum(w for _, w in items)
    r = rng.uniform(0, total)
    for item, w in items:
        r -= w
        if r <= 0:
            return item
    return items[-1][0]


class Fam:
    def __init__(
        self, n: int, name: str, code: str, about: str, start: datetime, days: int
    ) -> None:
        self.n = n
        self.name = name
        self.code = code
        self.about = about
        self.start = start
        self.days = days
        self.rng = random.Random(SEED * 100 + n)
        self.rr = random.Random(SEED * 100 + 50 + n)
        self.rows: list[Row] = []
        self.custs: dict[str, Cust] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.pending_agent = ""

    # ---------------------------------------------------------- people --
    def uniq(self, make: Any) -> str:
        while True:
            value = str(make())
            if value.lower() not in USED:
                USED.add(value.lower())
                return value

    def lang(self) -> str:
        return pick_weighted(self.rng, LANG_WEIGHTS)

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        market: str | None = None,
        b2b: tuple[str, str, str] | None = None,
    ) -> Cust:
        rng = self.rng
        lang = lang or self.lang()
        market = market or pick_weighted(rng, MARKETS[lang])
        first, last = rng.choice(W.FIRST_NAMES[lang]), rng.choice(W.SURNAMES[lang])
        if b2b is not None:
            taken = {c.first for c in self.custs.values() if c.ids.get("account_id") == b2b[0]}
            while first in taken:
                first = rng.choice(W.FIRST_NAMES[lang])
        key = self.uniq(lambda: f"FZ{self.code}{rng.randint(1000, 9999)}")
        fa, la = ascii_name(first), ascii_name(last)
        if b2b is None:
            email = self.uniq(
                lambda: (
                    f"{fa}.{la}{rng.randint(1, 99)}@{rng.choice(['mail', 'post', 'inbox', 'webpost'])}.example"
                )
            )
            handle = self.uniq(
                lambda: rng.choice(
                    [
                        f"@{fa}_{la}{rng.randint(1, 9)}",
                        f"@{la}{fa[0]}{rng.randint(10, 99)}",
                        f"@{fa}{la}{rng.randint(1, 99)}",
                    ]
                )
            )
        else:
            email = self.uniq(lambda: f"{fa}.{la}@{b2b[1]}")
            handle = None
        cc, pre, digits = PHONE_PREFIX[market]
        phone = self.uniq(lambda: cc + pre + "".join(str(rng.randint(0, 9)) for _ in range(digits)))
        c = Cust(
            key,
            lang,
            market,
            first,
            last,
            rng.choice(W.CAT_NAMES),
            {
                "customer_id": key,
                "email": email,
                "phone": phone,
                "handle": handle,
                "account_id": b2b[0] if b2b else None,
            },
            persona,
            habit,
        )
        c.segment = "b2b" if b2b else "consumer"
        c.job = rng.choice(W.B2B_TITLES) if b2b else rng.choice(W.JOBS[lang])
        c.town = rng.choice(W.TOWNS[market]["x"])
        if b2b:
            c.extra.update(company=b2b[2], job_title=c.job)
        self.custs[key] = c
        return c

    def case(self) -> str:
        return self.uniq(lambda: f"FZ-{self.rng.randint(100000, 999999)}")

    # ---------------------------------------------------------- wording --
    def ctx(self, c: Cust, **kw: str) -> dict[str, str]:
        d = {
            "b": W.BRAND,
            "club": W.CLUB,
            "cat": c.cat,
            "name": c.first,
            "agent": "",
            "arm": W.BUSINESS_ARM,
            "case": "",
            "comp": "",
            "amt": "",
            "t": "",
            "first": "",
            "day": "",
            "topic": "",
            "company": str(c.extra.get("company", "")),
            "code": W.SPIKE_CODE,
        }
        d.update(kw)
        return d

    def say(self, table: dict[str, list[str]], lang: str, c: Cust, **kw: str) -> str:
        return self.rng.choice(table[lang]).format_map(self.ctx(c, **kw))

    def agent(self, lang: str) -> str:
        self.pending_agent = self.rng.choice(W.AGENTS[lang])
        return self.pending_agent

    def money(self, c: Cust, eur: int, lang: str | None = None, talk: bool = False) -> str:
        lang = lang or c.lang
        if c.market == "UK":
            n = round(eur * 0.86)
            return f"{n} pounds" if talk else f"£{n}"
        if c.market == "CH":
            n = round(eur * 0.94)
            return (
                f"{n} Franken" if talk and lang == "de" else (f"{n} francs" if talk else f"CHF {n}")
            )
        if talk:
            return f"{eur} Euro" if lang == "de" else f"{eur} euros"
        return f"€{eur}" if lang == "en" else f"{eur} €"

    def currency(self, c: Cust) -> str:
        return {"UK": "GBP", "CH": "CHF"}.get(c.market, "EUR")

    def price(self, c: Cust, eur: int) -> str:
        factor = {"UK": 0.86, "CH": 0.94}.get(c.market, 1.0)
        return f"{eur * factor:.2f}"

    # ---------------------------------------------------------- rows --
    def roughen(self, text: str) -> str:
        rr = self.rr
        if rr.random() < 0.10:
            text = strip_accents(text)
        if rr.random() < 0.125 and text[:1].isupper() and not text.startswith("FZ"):
            text = text[0].lower() + text[1:]
        if rr.random() < 1 / 7:
            words = text.split(" ")
            spots = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
            if spots:
                i = rr.choice(spots)
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
        rough: bool = True,
    ) -> str:
        eid = f"fz271-{self.code.lower()}-{len(self.rows) + 1:05d}"
        if text is not None and not out and rough and channel not in ("phone", "survey"):
            text = self.roughen(text)
        if text is not None and channel == "social" and not out:
            if W.BRAND in text:
                i = text.rfind(W.BRAND)
                text = text[:i] + "@" + text[i:] if text[i - 1 : i] != "@" else text
            else:
                text = "@" + W.BRAND + " " + text
        a = dict(attrs or {})
        a["market"] = c.market
        if c.segment == "b2b":
            a["segment"] = "b2b"
        if out:
            a.setdefault("agent", self.pending_agent or self.rng.choice(W.AGENTS[c.lang]))
        self.pending_agent = ""
        self.rows.append(
            Row(t, len(self.rows), eid, c, channel, kind, out, text, subject, dict(scores or {}), a)
        )
        return eid

    def at(self, day: float, hour: float) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def rnd(self, day: int, h0: float, h1: float) -> datetime:
        return self.at(day, self.rng.uniform(h0, h1)).replace(second=0, microsecond=0) + timedelta(
            seconds=self.rng.randint(0, 59)
        )

    def daytime(self, t: datetime) -> datetime:
        """Move a time in 22:00-07:00 UTC to 08:00-09:00 the next morning."""
        if t.hour >= 22:
            t = (t + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 59))
        elif t.hour < 7:
            t = t.replace(hour=8, minute=self.rng.randint(0, 59))
        return t

    def office(self, t: datetime) -> datetime:
        """Weekdays 08-17 UTC; later times and weekends move to the next working morning."""
        if t.hour >= 17 or t.hour < 8:
            if t.hour >= 17:
                t = t + timedelta(days=1)
            t = t.replace(hour=8, minute=self.rng.randint(5, 55))
        while t.weekday() >= 5:
            t = (t + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(5, 55))
        return t

    def mins(self, a: float, b: float) -> timedelta:
        return timedelta(seconds=int(self.rng.uniform(a, b) * 60))

    # ---------------------------------------------------------- acts --
    def happy(
        self,
        c: Cust,
        t: datetime,
        kinds: tuple[str, ...] = (
            "praise",
            "again",
            "gripe",
            "chat",
            "email",
            "call",
            "purchase",
            "view",
            "review",
            "survey",
        ),
        lang: str | None = None,
    ) -> None:
        lang = lang or c.lang
        rng = self.rng
        k = rng.choice(kinds)
        if c.segment == "b2b":
            k = {
                "praise": "b2bpraise",
                "again": "b2bpraise",
                "gripe": "b2bpraise",
                "review": "view",
                "call": "chat",
                "email": "chat",
            }.get(k, k)
        if k in ("praise", "again", "gripe"):
            table = {"praise": W.PRAISE, "again": W.AGAIN, "gripe": W.GRIPE}[k]
            ch = rng.choice(["social", "community"])
            self.add(c, t, ch, "mention" if ch == "social" else "post", self.say(table, lang, c))
        elif k == "b2bpraise":
            self.add(c, t, "community", "post", self.say(W.B2B_PRAISE, lang, c))
        elif k in ("chat", "email"):
            qa = rng.choice(W.B2B_QA[lang] if c.segment == "b2b" else W.CHAT_QA[lang])
            q, a = (s.format_map(self.ctx(c)) for s in qa)
            if k == "chat":
                self.add(c, t, "chat", "chat", q)
                t2 = t + self.mins(1, 6)
                self.add(c, t2, "chat", "chat", a, out=True)
                if rng.random() < 0.6:
                    self.add(c, t2 + self.mins(1, 3), "chat", "chat", self.say(W.THANKS, lang, c))
            else:
                subj = W.QUESTION_SUBJECT[lang]
                self.add(c, t, "email", "message", q, subject=subj)
                sign = W.SIGN[lang].format_map(self.ctx(c, agent=self.agent(lang)))
                self.add(
                    c,
                    self.daytime(t + self.mins(40, 180)),
                    "email",
                    "message",
                    f"{a}\n\n{sign}",
                    subject=("AW: " if lang == "de" else "Re: ") + subj,
                    out=True,
                )
        elif k == "call":
            q, a = (s.format_map(self.ctx(c)) for s in rng.choice(W.PHONE_QA[lang]))
            self.add(c, t, "phone", "call", q)
            sign = W.SIGN[lang].format_map(self.ctx(c, agent=self.agent(lang)))
            self.add(
                c,
                self.daytime(t + self.mins(10, 60)),
                "email",
                "message",
                f"{a}\n\n{sign}",
                subject=W.CALL_SUBJECT[lang].format(b=W.BRAND),
                out=True,
            )
        elif k == "purchase":
            prod, eur, page = rng.choice(W.PRODUCTS)
            self.add(c, t, "web", "page_view", attrs={"page": page})
            self.add(
                c,
                t + self.mins(2, 12),
                "web",
                "purchase",
                attrs={
                    "order_value": self.price(c, eur),
                    "currency": self.currency(c),
                    "product": prod,
                    "page": page,
                },
            )
        elif k == "view":
            self.add(c, t, "web", "page_view", attrs={"page": rng.choice(W.PAGES)})
        elif k == "review":
            self.add(
                c,
                t,
                "web",
                "review",
                self.say(rng.choice([W.PRAISE, W.AGAIN]), lang, c),
                attrs={"rating": str(rng.choice([5, 5, 4])), "page": "/reviews"},
            )
        else:
            self.survey_happy(c, t, lang)

    def survey_happy(self, c: Cust, t: datetime, lang: str | None = None) -> str:
        lang = lang or c.lang
        which = self.rng.choice(["nps", "csat", "ces"])
        score = {
            "nps": self.rng.choice([9, 10]),
            "csat": self.rng.choice([4, 5]),
            "ces": self.rng.choice([6, 7]),
        }[which]
        words = self.rng.choice(W.SURVEY_WORDS[lang])
        return self.add(
            c,
            t,
            "survey",
            "survey_response",
            words or None,
            scores={which: score},
            attrs={"survey": which},
        )

    def happy_days(
        self, c: Cust, days: list[int], h0: float = 7, h1: float = 20, **kw: Any
    ) -> None:
        for d in days:
            self.happy(c, self.rnd(d, h0, h1), **kw)

    def complaint(
        self,
        c: Cust,
        t: datetime,
        problem: str,
        channel: str,
        lang: str | None = None,
        case: str | None = None,
        long_email: bool = False,
    ) -> tuple[list[str], str | None]:
        """One angry message about a problem, with the agent's answer (a case); returns (ids, case)."""
        lang = lang or c.lang
        rng = self.rng
        eur = rng.choice([89, 126, 149, 174, 212])
        core = self.say(W.CORE[problem], lang, c, amt=self.money(c, eur, lang))
        topic = W.TOPIC[problem][lang]
        ids: list[str] = []
        if channel == "email":
            if long_email:
                text = rng.choice(W.LONG_EMAIL[lang]).format_map(
                    self.ctx(c, core=core, name=c.name)
                )
            else:
                head, tail = rng.choice(W.EMAIL_WRAP[lang])
                text = (
                    head.format_map(self.ctx(c)) + core + tail.format_map(self.ctx(c, name=c.name))
                )
            ids.append(
                self.add(
                    c,
                    t,
                    "email",
                    "message",
                    text,
                    subject=W.COMPLAINT_SUBJECT[lang].format(topic=topic),
                )
            )
        elif channel == "chat":
            ids.append(self.add(c, t, "chat", "chat", core + rng.choice(W.CHAT_TAIL[lang])))
        elif channel == "social":
            ids.append(self.add(c, t, "social", "mention", core))
            return ids, None
        elif channel == "web":
            ids.append(
                self.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    core + rng.choice(W.FORM_TAIL[lang]),
                    subject=topic,
                    attrs={"page": "/help/contact"},
                )
            )
        else:
            core_talk = self.say(W.CORE[problem], lang, c, amt=self.money(c, eur, lang, talk=True))
            text = (
                W.CALL_OPEN[lang].format(name=c.name) + spoken(core_talk, lang) + W.CALL_CLOSE[lang]
            )
            ids.append(self.add(c, t, "phone", "call", text))
        case = case or self.case()
        if channel == "chat":
            self.add(
                c,
                t + self.mins(1, 5),
                "chat",
                "chat",
                self.say(W.CHAT_CASE, lang, c, case=case),
                out=True,
            )
        else:
            self.add(
                c,
                self.daytime(t + self.mins(10, 40)),
                "email",
                "message",
                self.say(W.CASE_OPENED, lang, c, case=case, agent=self.agent(lang), name=c.first),
                subject=W.CASE_SUBJECT[lang].format(case=case),
                out=True,
            )
        return ids, case

    def good_news(self, c: Cust, t: datetime, case: str, lang: str | None = None) -> str:
        lang = lang or c.lang
        return self.add(
            c,
            t,
            "email",
            "message",
            self.say(W.GOOD_NEWS, lang, c, case=case, agent=self.agent(lang)),
            subject=W.GOOD_NEWS_SUBJECT[lang].format(case=case),
            out=True,
        )

    # ---------------------------------------------------------- output --
    def identifiers(self, c: Cust) -> dict[str, str | None]:
        ids = c.ids
        return {
            "customer_id": ids["customer_id"],
            "email": str(ids["email"]).lower(),
            "phone": ids["phone"],
            "handle": ids["handle"],
            "account_id": ids["account_id"],
        }

    def ref(self, r: Row, first: bool) -> dict[str, str | None]:
        c = r.cust
        ids = c.ids
        acc = ids["account_id"]
        if r.out or first:
            return {
                "customer_id": ids["customer_id"],
                "email": ids["email"],
                "phone": ids["phone"],
                "handle": ids["handle"],
                "account_id": acc,
            }
        out: dict[str, str | None] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": acc,
        }
        if r.channel == "phone":
            phone = str(ids["phone"])
            cc = PHONE_PREFIX[c.market][0]
            out["phone"] = cc + " " + phone[len(cc) :] if self.rr.random() < 0.5 else phone
        elif r.channel in ("social", "community"):
            if ids["handle"]:
                h = str(ids["handle"])
                out["handle"] = h[1:] if self.rr.random() < 0.2 else h
            else:
                out["email"] = ids["email"]
        elif r.channel == "email":
            e = str(ids["email"])
            out["email"] = e.upper() if self.rr.random() < 1 / 12 else e
        else:
            out["customer_id"] = ids["customer_id"]
        return out

    def write(self) -> None:
        self.rows.sort(key=lambda r: (r.t, r.seq))
        seen: set[str] = set()
        lines: list[str] = []
        for r in self.rows:
            first = not r.out and r.cust.key not in seen
            if not r.out:
                seen.add(r.cust.key)
            assert datetime(2026, 1, 1, tzinfo=UTC) <= r.t < LATEST, (self.name, r.eid, r.t)
            assert r.t >= self.start
            doc = {
                "event_id": r.eid,
                "occurred_at": iso(r.t),
                "channel": r.channel,
                "kind": r.kind,
                "direction": "outbound" if r.out else "inbound",
                "customer": self.ref(r, first),
                "text": r.text,
                "subject": r.subject,
                "scores": {
                    "nps": r.scores.get("nps"),
                    "csat": r.scores.get("csat"),
                    "ces": r.scores.get("ces"),
                },
                "source": SOURCES[r.channel],
                "attributes": r.attrs,
            }
            lines.append(json.dumps(doc, ensure_ascii=False))
        for c in self.custs.values():
            assert c.key in seen, (self.name, c.key, "no inbound touchpoint")
            assert not set(c.expected) & set(c.tolerated), (self.name, c.key)
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        end = self.start + timedelta(days=self.days)
        last = self.rows[-1].t + timedelta(hours=1)
        end = max(end, last)
        assert end < LATEST
        expected: Counter[str] = Counter()
        for c in self.custs.values():
            expected.update(c.expected)
        for a in self.accounts.values():
            expected.update(a["expected_rules"])
        if self.spike:
            expected["topic_spike"] += 1
        customers: dict[str, Any] = {}
        for c in self.custs.values():
            d: dict[str, Any] = {
                "identifiers": self.identifiers(c),
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
                "cat": c.cat,
            }
            d.update(c.extra)
            customers[c.key] = d
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Felinza: cat hotels (catteries) booked by app and web, with live cat cams, a pet taxi and the Felinza Club membership; Felinza Business boards the cats of companies' staff on account",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": "2026-12-07, blind (heldout271)",
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
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )


def d0(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


# ================================================================ families ==
def happy_writers() -> Fam:
    f = Fam(
        1,
        "happy_writers",
        "HW",
        "happy customers writing by day and night, and survey-only ones; nothing expected",
        d0(2026, 2, 9),
        10,
    )
    rng = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, sorted(rng.sample(range(10), rng.randint(5, 8))))
    for _ in range(5):
        c = f.person("happy", "night writer")
        nights = sorted(rng.sample(range(9), rng.randint(2, 4)))
        for n in nights:
            t = f.at(n, 22.2 + rng.uniform(0, 6.3)).replace(microsecond=0)
            if rng.random() < 0.5:
                f.add(
                    c,
                    t,
                    rng.choice(["social", "community"]),
                    "post",
                    f.say(W.NIGHT_POSTS, c.lang, c),
                )
            else:
                q, a = rng.choice(W.NIGHT_QA[c.lang])
                f.add(c, t, "chat", "chat", q)
                f.add(c, t + f.mins(1, 5), "chat", "chat", a, out=True)
                f.add(c, t + f.mins(6, 9), "chat", "chat", f.say(W.THANKS, c.lang, c))
        free = [d for d in range(10) if d not in nights]
        f.happy_days(
            c,
            rng.sample(free, rng.randint(2, 3)),
            9,
            18,
            kinds=("praise", "purchase", "view", "review"),
        )
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in sorted(rng.sample(range(10), rng.randint(3, 6))):
            f.survey_happy(c, f.rnd(d, 8, 20))
    return f


def one_bad_day() -> Fam:
    f = Fam(
        2,
        "one_bad_day",
        "BD",
        "happy customers with one angry day, some detractor scores; controls",
        d0(2026, 3, 16),
        12,
    )
    rng = f.rng
    channels = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    with_case = [i for i, ch in enumerate(channels) if ch != "social"]
    nps_ix = set(rng.sample(with_case, 6))
    rest = [i for i in with_case if i not in nps_ix]
    csat_ix = set(rng.sample(rest, 5))
    good_ix = sorted(rng.sample(with_case, 12))
    apol_ix = set(rng.sample(good_ix, 5))
    long_langs = ["de", "de", "en", "en"]
    for i, ch in enumerate(channels):
        problem = W.PROBLEMS[i % 6]
        lang = long_langs[i] if ch == "long" else None
        det = i in nps_ix
        c = f.person("bad_day_detractor" if det else "happy_one_bad_day", "one bad day", lang=lang)
        c.tolerated = ["silence"]
        if det:
            c.expected = ["detractor"]
        bd = rng.randint(2, 9)
        t = f.rnd(bd, 8, 20)
        days = [d for d in range(12) if d <= bd - 2 or d >= bd + 3]
        f.happy_days(
            c,
            sorted(rng.sample(days, min(len(days), rng.randint(1, 5)))),
            kinds=(
                "praise",
                "again",
                "gripe",
                "chat",
                "email",
                "call",
                "purchase",
                "view",
                "review",
            ),
        )
        channel = "email" if ch == "long" else ch
        ids, case = f.complaint(c, t, problem, channel, long_email=ch == "long")
        c.extra.update(
            problem=problem,
            channel=channel,
            booking=case,
            bad_day_at=iso(t),
            bad_day_event_id=ids[0],
            problem_event_ids=ids,
            long_email=ch == "long",
            trouble_starts_at=iso(t),
            nps_given=False,
            csat_given=False,
            agent_fixed=False,
            apologised=False,
        )
        if det:
            s = rng.randint(1, 5)
            eid = f.add(
                c,
                t + f.mins(100, 140),
                "survey",
                "survey_response",
                rng.choice(W.NPS_LOW_WORDS[c.lang]) or None,
                scores={"nps": s},
                attrs={"survey": "nps"},
            )
            c.extra.update(nps_given=True, nps=s, survey_event_id=eid)
        elif i in csat_ix:
            s = rng.randint(1, 2)
            eid = f.add(
                c,
                t + f.mins(40, 80),
                "survey",
                "survey_response",
                rng.choice(W.LOW_CSAT_WORDS[c.lang]) or None,
                scores={"csat": s},
                attrs={"survey": "csat"},
            )
            c.extra.update(csat_given=True, csat=s, survey_event_id=eid)
        if i in good_ix and case:
            f.good_news(c, f.daytime(t + f.mins(60, 240)), case)
            c.extra["agent_fixed"] = True
            if i in apol_ix:
                ta = f.daytime(t + f.mins(16 * 60, 24 * 60))
                ch2 = rng.choice(["chat", "email"])
                eid = f.add(
                    c,
                    ta,
                    ch2,
                    "chat" if ch2 == "chat" else "message",
                    f.say(W.APOLOGY, c.lang, c),
                    subject=W.CASE_SUBJECT[c.lang].format(case=case) if ch2 == "email" else None,
                )
                c.extra.update(apologised=True, apology_at=iso(ta), apology_event_id=eid)
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, sorted(rng.sample(range(12), rng.randint(4, 7))))
    return f


def later_contact(
    f: Fam, c: Cust, t: datetime, n: int, case: str, problem: str, lang: str, comp: str
) -> str:
    rng = f.rng
    topic = W.TOPIC[problem][lang]
    table = W.STILL_OPEN if n == 2 else W.THIRD if n == 3 else W.FOURTH
    text = f.say(table, lang, c, case=case, topic=topic, comp=comp)
    ch = rng.choice(["email", "chat", "phone", "web", "social"])
    if ch == "email":
        return f.add(c, t, "email", "message", text, subject=W.CASE_SUBJECT[lang].format(case=case))
    if ch == "chat":
        eid = f.add(c, t, "chat", "chat", text)
        f.add(c, t + f.mins(1, 5), "chat", "chat", f.say(W.CHAT_CASE, lang, c, case=case), out=True)
        return eid
    if ch == "phone":
        return f.add(
            c, t, "phone", "call", W.CALL_OPEN[lang].format(name=c.name) + spoken(text, lang)
        )
    if ch == "web":
        return f.add(c, t, "web", "ticket", text, subject=case, attrs={"page": "/help/contact"})
    return f.add(c, t, "social", "mention", text)


def repeat_run(
    f: Fam, c: Cust, n_contacts: int, start_day: int, escalate: bool, langs: list[str] | None = None
) -> None:
    rng = f.rng
    langs = langs or [c.lang]
    problem = rng.choice(W.PROBLEMS)
    comp = rng.choice(W.COMPETITORS)
    t = f.rnd(start_day, 8, 20)
    ids, case = f.complaint(
        c, t, problem, rng.choice(["email", "chat", "web", "phone"]), lang=langs[0]
    )
    assert case
    first_t = t
    for n in range(2, n_contacts + 1):
        t = f.daytime(t + f.mins(18 * 60, 60 * 60))
        lang = langs[(n - 1) % len(langs)]
        ids.append(later_contact(f, c, t, n, case, problem, lang, comp))
        if escalate and n == min(3, n_contacts):
            f.add(
                c,
                f.daytime(t + f.mins(30, 150)),
                "email",
                "message",
                f.say(W.ESCALATED, lang, c, case=case, agent=f.agent(lang)),
                subject=W.CASE_SUBJECT[lang].format(case=case),
                out=True,
            )
    c.expected = ["repeat_contact"]
    c.tolerated = list(TOLERATE_REPEAT)
    c.extra.update(
        problem=problem,
        booking=case,
        contacts=n_contacts,
        problem_event_ids=ids,
        trouble_starts_at=iso(first_t),
        competitor=comp if n_contacts >= 3 else None,
        escalated=escalate,
    )


def fixed_run(f: Fam, c: Cust, day: int, langs: list[str]) -> None:
    rng = f.rng
    problem = rng.choice(W.PROBLEMS)
    t = f.rnd(day, 8, 18)
    ch = "web" if len(langs) > 1 else rng.choice(["email", "chat", "web"])
    ids, case = f.complaint(c, t, problem, ch, lang=langs[0])
    assert case
    fixed = f.daytime(t + f.mins(20 * 60, 40 * 60))
    f.good_news(c, fixed, case, lang=langs[-1])
    tc = f.daytime(fixed + f.mins(60, 600))
    ch2 = rng.choice(["email", "chat"])
    eid = f.add(
        c,
        tc,
        ch2,
        "message" if ch2 == "email" else "chat",
        f.say(W.CONFIRM, langs[-1], c, case=case),
        subject=W.CASE_SUBJECT[langs[-1]].format(case=case) if ch2 == "email" else None,
    )
    c.tolerated = ["silence"]
    c.extra.update(
        problems=[
            {
                "problem": problem,
                "booking": case,
                "raised_at": iso(t),
                "fixed_at": iso(fixed),
                "confirmed_at": iso(tc),
                "problem_event_ids": ids,
                "confirm_event_id": eid,
                "channel": ch,
                "confirm_channel": ch2,
            }
        ],
        trouble_starts_at=iso(t),
        confirm_language=langs[-1],
    )


def repeat_contacts() -> Fam:
    f = Fam(
        3,
        "repeat_contacts",
        "RC",
        "the same open problem raised 2-4 times; fixed cases; two different problems; frequent writers",
        d0(2026, 5, 4),
        21,
    )
    rng = f.rng
    counts = [2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4]
    esc = set(rng.sample(range(12), 6))
    for i, k in enumerate(counts):
        c = f.person("repeat_contact", "repeats")
        sd = rng.randint(3, 9)
        f.happy_days(
            c,
            sorted(rng.sample(range(sd), rng.randint(1, 3))),
            kinds=("praise", "chat", "purchase", "view", "review"),
        )
        repeat_run(f, c, k, sd, i in esc)
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed")
        sd = rng.randint(3, 8)
        f.happy_days(
            c,
            sorted(rng.sample(range(sd), rng.randint(1, 2))),
            kinds=("praise", "purchase", "view"),
        )
        fixed_run(f, c, sd, [c.lang])
    for _ in range(3):
        c = f.person("different_problems", "two problems")
        p1, p2 = rng.sample(list(W.PROBLEMS), 2)
        d1 = rng.randint(2, 7)
        t1 = f.rnd(d1, 8, 19)
        ids1, case1 = f.complaint(c, t1, p1, rng.choice(["email", "chat"]))
        t2 = f.rnd(d1 + rng.randint(4, 8), 8, 19)
        ids2, case2 = f.complaint(c, t2, p2, rng.choice(["email", "web"]))
        c.tolerated = ["silence"]
        c.extra.update(
            problems=[
                {"problem": p1, "booking": case1, "raised_at": iso(t1), "problem_event_ids": ids1},
                {"problem": p2, "booking": case2, "raised_at": iso(t2), "problem_event_ids": ids2},
            ],
            trouble_starts_at=iso(t1),
        )
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        for d in sorted(rng.sample(range(21), rng.randint(7, 10))):
            f.happy(
                c,
                f.rnd(d, 7, 20),
                kinds=("chat", "chat", "email", "praise", "again", "call", "purchase"),
            )
    return f


def slide(
    f: Fam, c: Cust, start_day: int, gap: tuple[int, int], langs: list[str], nps: bool
) -> None:
    rng = f.rng
    comp = rng.choice(W.COMPETITORS)
    d = start_day
    ids: list[str] = []
    days: list[int] = []
    first_t = f.rnd(d, 8, 20)
    for step in range(6):
        lang = langs[step % len(langs)]
        t = first_t if step == 0 else f.rnd(d, 8, 20)
        text = W.SLIDE[lang][step].format_map(f.ctx(c, comp=comp))
        ch = (
            ["community", "social", "community", "chat", "email", "social"][step]
            if step != 2
            else rng.choice(["community", "web"])
        )
        if ch == "chat":
            ids.append(f.add(c, t, "chat", "chat", text))
            f.add(
                c,
                t + f.mins(2, 6),
                "chat",
                "chat",
                f.say(W.CHAT_CASE, lang, c, case=f.case()),
                out=True,
            )
        elif ch == "email":
            ids.append(f.add(c, t, "email", "message", text, subject=NO_REPLY[lang]))
        elif ch == "web":
            ids.append(
                f.add(c, t, "web", "review", text, attrs={"rating": "2", "page": "/reviews"})
            )
        else:
            ids.append(f.add(c, t, ch, "mention" if ch == "social" else "post", text))
        days.append(d)
        d += rng.randint(*gap)
    c.expected = ["sentiment_drop"]
    c.tolerated = list(TOLERATE_SLIDE)
    c.extra.update(
        slide_event_ids=ids, slide_days=days, competitor=comp, trouble_starts_at=iso(first_t)
    )
    if nps:
        s = rng.randint(1, 5)
        eid = f.add(
            c,
            f.rnd(days[4] + 1, 9, 19),
            "survey",
            "survey_response",
            None,
            scores={"nps": s},
            attrs={"survey": "nps"},
        )
        c.expected.append("detractor")
        c.extra.update(nps_given=True, nps=s, survey_event_id=eid)


def slow_churners() -> Fam:
    f = Fam(
        4,
        "slow_churners",
        "SC",
        "slides from praise to anger over weeks; leavers; steady, grumpy and sarcastic customers",
        d0(2026, 6, 1),
        49,
    )
    rng = f.rng
    for i in range(10):
        c = f.person("slow_churner", "slides")
        praise_days = sorted(rng.sample(range(14), rng.randint(4, 5)))
        for d in praise_days:
            f.happy(c, f.rnd(d, 8, 20), kinds=("praise", "again"))
        other = [d for d in range(14) if d not in praise_days]
        f.happy_days(
            c,
            sorted(rng.sample(other, rng.randint(2, 4))),
            kinds=("chat", "purchase", "view", "review"),
        )
        slide(f, c, rng.randint(16, 20), (3, 5), [c.lang], nps=i < 5)
    for _ in range(5):
        c = f.person("slow_churner", "asks to cancel")
        f.happy_days(
            c,
            sorted(rng.sample(range(21), rng.randint(3, 5))),
            kinds=("praise", "again", "purchase", "view", "chat"),
        )
        t = f.rnd(rng.randint(24, 40), 8, 19)
        text = f.say(W.LEAVE, c.lang, c)
        if rng.random() < 0.5:
            eid = f.add(
                c, t, "email", "message", text, subject=W.LEAVE_SUBJECT[c.lang].format(club=W.CLUB)
            )
            tr = f.daytime(t + f.mins(60, 300))
            f.add(
                c,
                tr,
                "email",
                "message",
                f.say(W.LEAVE_REPLY, c.lang, c, agent=f.agent(c.lang)),
                subject=W.LEAVE_SUBJECT[c.lang].format(club=W.CLUB),
                out=True,
            )
        else:
            eid = f.add(c, t, "chat", "chat", text)
            tr = t + f.mins(2, 6)
            f.add(
                c,
                tr,
                "chat",
                "chat",
                f.say(W.LEAVE_REPLY, c.lang, c, agent=f.agent(c.lang)),
                out=True,
            )
        tc = tr + f.mins(10, 60)
        cid = f.add(
            c,
            tc,
            "web",
            "cancellation",
            attrs={"page": "/account/cancel", "product": "Felinza Club, monthly"},
        )
        c.expected = ["churn_intent"]
        c.tolerated = list(TOLERATE_LEAVE)
        c.extra.update(
            churn_intent_event_id=eid,
            cancellation_event_id=cid,
            churn_at=iso(tc),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, sorted(rng.sample(range(49), rng.randint(5, 8))))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles")
        gdays = sorted(rng.sample(range(46), rng.randint(4, 6)))
        gids = []
        for d in gdays:
            t = f.rnd(d, 8, 20)
            ch = rng.choice(["community", "social", "chat"])
            text = f.say(W.GRUMPY, c.lang, c)
            if ch == "chat":
                gids.append(f.add(c, t, "chat", "chat", text))
                f.add(
                    c,
                    t + f.mins(2, 8),
                    "chat",
                    "chat",
                    rng.choice(W.GRUMBLE_QA[c.lang])[1],
                    out=True,
                )
            else:
                gids.append(f.add(c, t, ch, "mention" if ch == "social" else "post", text))
        f.happy_days(
            c,
            sorted(rng.sample([d for d in range(49) if d not in gdays], rng.randint(0, 2))),
            kinds=("purchase", "view"),
        )
        c.tolerated = ["repeat_contact", "silence"]
        c.extra.update(
            grumble_event_ids=gids,
            trouble_starts_at=iso(f.rows[[r.eid for r in f.rows].index(gids[0])].t),
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy")
        days = sorted(rng.sample(range(49), rng.randint(5, 7)))
        f.happy_days(c, days[:-1], kinds=("praise", "again", "chat", "purchase", "view", "review"))
        ch = rng.choice(["social", "community"])
        eid = f.add(
            c,
            f.rnd(days[-1], 9, 20),
            ch,
            "mention" if ch == "social" else "post",
            f.say(W.SARCASM, c.lang, c),
        )
        c.tolerated = ["silence"]
        c.extra["sarcasm_event_id"] = eid
    return f


def quiet_hours() -> Fam:
    f = Fam(
        5,
        "quiet_hours",
        "QH",
        "a low-volume weekend: day customers, mild grumblers and night owls in bursts; nothing expected",
        d0(2026, 8, 21),
        3,
    )
    rng = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, sorted(rng.sample(range(3), rng.randint(1, 3))), 8, 20)
    for _ in range(4):
        c = f.person("grumbles_once", "grumbles once")
        q, a = rng.choice(W.GRUMBLE_QA[c.lang])
        t = f.rnd(rng.randint(0, 2), 9, 19)
        eid = f.add(c, t, "chat", "chat", q)
        f.add(c, t + f.mins(2, 7), "chat", "chat", a, out=True)
        c.tolerated = ["silence"]
        c.extra.update(grumble_event_id=eid, trouble_starts_at=iso(t))
    bursts = [(0.71, 1.09, 1.86), (0.78, 1.31, 2.02), (0.69, 1.17, 1.72)]
    for night in range(3):
        for m, h in enumerate(bursts[night]):
            b = f.at(night + 1, h).replace(second=0, microsecond=0)
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {m + 1}")
                t = b + f.mins(0, 10)
                if rng.random() < 0.5:
                    eid = f.add(
                        c,
                        t,
                        rng.choice(["social", "community"]),
                        "post",
                        f.say(W.NIGHT_POSTS, c.lang, c),
                    )
                else:
                    q, a = rng.choice(W.NIGHT_QA[c.lang])
                    eid = f.add(c, t, "chat", "chat", q)
                    f.add(c, t + f.mins(2, 6), "chat", "chat", a, out=True)
                c.extra.update(burst_at=iso(b), night_event_id=eid)
    return f


PAIRS_SECOND = {
    "de": ["en", "en", "fr", "it", "es", "pt"],
    "en": ["de", "de", "es", "fr", "pt", "it"],
    "es": ["en", "de"],
    "fr": ["de", "en"],
    "it": ["de", "en"],
    "pt": ["en", "de"],
}
SECOND_WHY = {
    "de": "grew up in Germany, writes German when it matters",
    "en": "works for an English-speaking firm",
    "es": "Spanish partner, household writes Spanish",
    "fr": "studied in Lyon",
    "it": "Italian family, writes Italian to the family's cat carer",
    "pt": "Portuguese parents",
}


def bilingual() -> Fam:
    f = Fam(
        6,
        "bilingual",
        "BL",
        "customers who alternate two languages: happy, repeat contacts, sliders, bad days, fixed cases",
        d0(2026, 9, 7),
        28,
    )
    rng = f.rng

    def bi(persona: str, habit: str, second: str | None = None) -> tuple[Cust, list[str]]:
        l1 = f.lang()
        l2 = rng.choice(PAIRS_SECOND[l1])
        if second:
            if l1 == second:
                l1 = "en" if second == "de" else "de"
            l2 = second
        c = f.person(persona, habit, lang=l1)
        c.extra.update(languages=[l1, l2], job_second_language=SECOND_WHY[l2])
        return c, [l1, l2]

    for _ in range(12):
        c, langs = bi("happy", "alternates languages")
        for i, d in enumerate(sorted(rng.sample(range(28), rng.randint(4, 7)))):
            f.happy(
                c,
                f.rnd(d, 7, 20),
                lang=langs[i % 2],
                kinds=("praise", "again", "gripe", "chat", "email", "purchase", "view", "review"),
            )
    for _ in range(5):
        c, langs = bi("repeat_contact", "repeats")
        sd = rng.randint(4, 12)
        f.happy_days(
            c, sorted(rng.sample(range(sd), rng.randint(1, 2))), kinds=("praise", "chat", "view")
        )
        repeat_run(f, c, rng.choice([2, 3, 3, 4]), sd, rng.random() < 0.5, langs=langs)
    for _ in range(5):
        c, langs = bi("slow_churner", "slides")
        pdays = list(range(6))
        rng.shuffle(pdays)
        for i, d in enumerate(sorted(pdays[:5])):
            f.happy(c, f.rnd(d, 8, 20), lang=langs[i % 2], kinds=("praise", "again"))
        for i, d in enumerate(sorted(rng.sample(range(6), rng.randint(1, 3)))):
            f.happy(c, f.rnd(d, 8, 20), lang=langs[(i + 1) % 2], kinds=("chat", "purchase", "view"))
        slide(f, c, rng.randint(7, 8), (1, 2), langs, nps=False)
    bad_kinds = ["long", "email", "chat"]
    for k in bad_kinds:
        c, langs = bi(
            "happy_one_bad_day",
            "one bad day",
            second=rng.choice(["de", "en"]) if k == "long" else None,
        )
        bd = rng.randint(8, 20)
        days = [d for d in range(28) if d <= bd - 2 or d >= bd + 3]
        for i, d in enumerate(sorted(rng.sample(days, rng.randint(3, 5)))):
            f.happy(
                c,
                f.rnd(d, 8, 20),
                lang=langs[i % 2],
                kinds=("praise", "again", "chat", "purchase", "view"),
            )
        t = f.rnd(bd, 8, 20)
        problem = rng.choice(W.PROBLEMS)
        ids, case = f.complaint(
            c, t, problem, "chat" if k == "chat" else "email", lang=langs[1], long_email=k == "long"
        )
        assert case
        c.tolerated = ["silence"]
        c.extra.update(
            problem=problem,
            booking=case,
            bad_day_at=iso(t),
            bad_day_event_id=ids[0],
            bad_day_language=langs[1],
            long_email=k == "long",
            trouble_starts_at=iso(t),
            problem_event_ids=ids,
            agent_fixed=False,
            apologised=False,
        )
        if k != "chat":
            f.good_news(c, f.daytime(t + f.mins(60, 240)), case, lang=langs[1])
            c.extra["agent_fixed"] = True
        if k == "email":
            ta = f.daytime(t + f.mins(18 * 60, 24 * 60))
            eid = f.add(c, ta, "chat", "chat", f.say(W.APOLOGY, langs[1], c))
            c.extra.update(apologised=True, apology_at=iso(ta), apology_event_id=eid)
    for _ in range(2):
        c, langs = bi("resolved_between_contacts", "fixed")
        sd = rng.randint(5, 15)
        f.happy_days(c, sorted(rng.sample(range(sd), 2)), kinds=("praise", "purchase", "view"))
        fixed_run(f, c, sd, langs)
    return f


COMPANY_STEMS = {
    "de": ["Elbtor", "Rheinblick", "Isarwerk", "Nordlicht", "Hanselink", "Alpenrand"],
    "en": ["Kestrel", "Harbourline", "Northgate", "Tidewell", "Ashcombe", "Greyfield"],
    "es": ["Almenara", "Vientos del Sur"],
    "fr": ["Clairval", "Rivebelle"],
    "it": ["Solaria", "Monteverde"],
    "pt": ["Tejo Azul", "Ribamar"],
}
SITE_WORD = {
    "relocation": "Relocation",
    "airline": "Airways",
    "hospital": "Clinic",
    "university": "University",
    "consulate": "Consular Services",
    "film": "Pictures",
    "consulting": "Consulting",
    "shipping": "Shipping",
}


def b2b_accounts() -> Fam:
    f = Fam(
        7,
        "b2b_accounts",
        "BB",
        "Felinza Business accounts: at risk, one unhappy contact, mild suggestions, happy",
        d0(2026, 9, 21),
        14,
    )
    rng = f.rng
    kinds = ["at_risk"] * 5 + ["one_unhappy"] * 4 + ["mild"] * 3 + ["happy"] * 3
    risk_counts = [3, 3, 3, 4, 4]
    risk_problems = ["invoice", "service_blocked", "portal", "invoice", "overbilled"]
    last_channel = ["email", "phone", "phone", "email", "phone"]
    used_stems: set[str] = set()
    for ai, kind in enumerate(kinds):
        lang = f.lang()
        market = pick_weighted(rng, MARKETS[lang])
        stem = rng.choice(
            [s for s in COMPANY_STEMS[lang] if s not in used_stems]
            or sorted({s for v in COMPANY_STEMS.values() for s in v} - used_stems)
        )
        used_stems.add(stem)
        site = rng.choice(W.B2B_SITES)
        company = f"{stem} {SITE_WORD[site]}"
        acc = f.uniq(lambda market=market: f"FZB-{market}-{rng.randint(1000, 9999)}")
        domain = ascii_name(stem).replace(" ", "") + ".example"
        if kind == "at_risk":
            n_unhappy = risk_counts[ai]
            n_contacts = n_unhappy + rng.randint(1, 2)
        elif kind == "mild":
            n_unhappy, n_contacts = 0, rng.randint(3, 4)
        else:
            n_unhappy, n_contacts = (1 if kind == "one_unhappy" else 0), 3
        contacts = [
            f.person("b2b_happy", "contact", lang=lang, market=market, b2b=(acc, domain, company))
            for _ in range(n_contacts)
        ]
        for c in contacts:
            c.extra.update(role="contact")
        unhappy: list[Cust] = []
        trouble: str | None = None
        same: str | None = None
        if kind == "at_risk":
            unhappy = contacts[:n_unhappy]
            same = risk_problems[ai]
            comp = rng.choice(W.COMPETITORS)
            case = f.case()
            t = f.rnd(2, 8, 16)
            trouble = iso(t)
            first = unhappy[0]
            first_t = t
            for k, c in enumerate(unhappy):
                c.persona, c.habit = "b2b_unhappy", "complainer"
                c.extra["role"] = "complainer"
                for d in rng.sample([0, 1], rng.randint(0, 2)):
                    f.happy(c, f.rnd(d, 8, 16.5), kinds=("chat", "purchase", "view"))
                if k > 0:
                    t = f.office(t + f.mins(8 * 60, 28 * 60))
                core = f.say(W.B2B_CORE[same], lang, c)
                text = (
                    core
                    if k == 0
                    else f.say(
                        W.B2B_LATER,
                        lang,
                        c,
                        first=first.first,
                        case=case,
                        day=W.WEEKDAY[lang][first_t.weekday()],
                        core=core,
                    )
                )
                eid = f.add(
                    c,
                    t,
                    "email",
                    "message",
                    text,
                    subject=W.COMPLAINT_SUBJECT[lang].format(topic=company)
                    if k == 0
                    else W.CASE_SUBJECT[lang].format(case=case),
                )
                f.add(
                    c,
                    f.office(t + f.mins(15, 90)),
                    "email",
                    "message",
                    f.say(W.B2B_ACK, lang, c, case=case, agent=f.agent(lang)),
                    subject=W.CASE_SUBJECT[lang].format(case=case),
                    out=True,
                )
                ids = [eid]
                c.expected, c.tolerated = [], list(TOLERATE_B2B_RISK)
                if k < n_unhappy - 1:
                    s = rng.randint(1, 5)
                    sid = f.add(
                        c,
                        t + f.mins(60, 180),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": s},
                        attrs={"survey": "nps"},
                    )
                    c.expected.append("detractor")
                    c.extra.update(nps_given=True, nps=s, survey_event_id=sid)
                else:
                    t2 = f.office(t + f.mins(18 * 60, 40 * 60))
                    if last_channel[ai] == "email":
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "email",
                                "message",
                                f.say(W.B2B_LAST_EMAIL, lang, c, case=case, comp=comp),
                                subject=W.CASE_SUBJECT[lang].format(case=case),
                            )
                        )
                        c.extra["competitor"] = comp
                    else:
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "phone",
                                "call",
                                f.say(W.B2B_LAST_CALL, lang, c, case=case, name=c.name),
                            )
                        )
                    c.expected.append("repeat_contact")
                c.extra.update(
                    complaint_event_ids=ids, booking=case, problem=same, trouble_starts_at=iso(t)
                )
        elif kind == "one_unhappy":
            c = contacts[0]
            unhappy = [c]
            c.persona, c.habit = "b2b_one_unhappy", "complainer"
            c.extra["role"] = "complainer"
            problem = rng.choice(W.B2B_PROBLEMS)
            t = f.office(f.rnd(rng.randint(3, 7), 8, 16))
            case = f.case()
            eid = f.add(
                c,
                t,
                "email",
                "message",
                f.say(W.B2B_CORE[problem], lang, c),
                subject=W.COMPLAINT_SUBJECT[lang].format(topic=company),
            )
            f.add(
                c,
                f.office(t + f.mins(15, 90)),
                "email",
                "message",
                f.say(W.B2B_ACK, lang, c, case=case, agent=f.agent(lang)),
                subject=W.CASE_SUBJECT[lang].format(case=case),
                out=True,
            )
            s = rng.randint(1, 5)
            sid = f.add(
                c,
                t + f.mins(60, 180),
                "survey",
                "survey_response",
                None,
                scores={"nps": s},
                attrs={"survey": "nps"},
            )
            c.expected, c.tolerated = (
                ["detractor"],
                ["sentiment_drop", "high_value_at_risk", "silence"],
            )
            c.extra.update(
                complaint_event_ids=[eid],
                booking=case,
                problem=problem,
                nps_given=True,
                nps=s,
                survey_event_id=sid,
                trouble_starts_at=iso(t),
            )
        elif kind == "mild":
            for j, c in enumerate(contacts[:2]):
                c.persona, c.habit = "b2b_mild", "suggests"
                c.extra["role"] = "suggests"
                t = f.office(f.rnd(rng.randint(2, 9), 8, 16))
                eid = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    W.B2B_SUGGEST[lang][j % len(W.B2B_SUGGEST[lang])],
                    subject="Idea",
                    attrs={"page": "/business/feedback"},
                )
                f.add(
                    c,
                    f.office(t + f.mins(30, 240)),
                    "email",
                    "message",
                    f.say(W.B2B_SUGGEST_ACK, lang, c, agent=f.agent(lang)),
                    subject="Re: Idea",
                    out=True,
                )
                c.tolerated = ["silence"]
                c.extra.update(mild_event_id=eid, trouble_starts_at=iso(t))
        for c in contacts:
            if c.persona != "b2b_happy":
                continue
            days = [d for d in range(14) if (f.start + timedelta(days=d)).weekday() < 5]
            for d in sorted(rng.sample(days, rng.randint(2, 5))):
                t = f.rnd(d, 8, 16.5)
                if rng.random() < 0.2:
                    f.survey_happy(c, t)
                else:
                    f.happy(c, t, kinds=("chat", "chat", "purchase", "view", "praise"))
        f.accounts[acc] = {
            "company": company,
            "site": site,
            "contacts": len(contacts),
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": [c.key for c in unhappy],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": same,
            "trouble_starts_at": trouble,
            "language": lang,
            "country": market,
        }
    return f


def topic_spike() -> Fam:
    f = Fam(
        8,
        "topic_spike",
        "TS",
        "a calm week, then many customers report the same failure within 45 minutes on a Saturday morning",
        d0(2026, 10, 12),
        7,
    )
    rng = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in sorted(rng.sample(range(6), rng.randint(1, 4))):
            f.happy(c, f.rnd(d, 12, 19) if d == 5 else f.rnd(d, 7, 20))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once")
        q, a = rng.choice(W.APP_SLOW_QA[c.lang])
        t = f.rnd(0, 9, 18)
        eid = f.add(c, t, "chat", "chat", q)
        f.add(c, t + f.mins(2, 6), "chat", "chat", a, out=True)
        c.tolerated = ["silence"]
        c.extra.update(grumble_event_id=eid, trouble_starts_at=iso(t))
    for lang, h in (("de", 9.6), ("en", 16.1)):
        c = f.person("grumbles_once", "lone question", lang=lang)
        q, a = W.LONE_QA[lang][0]
        t = f.at(4, h).replace(second=0, microsecond=0)
        eid = f.add(c, t, "chat", "chat", q)
        f.add(c, t + f.mins(2, 5), "chat", "chat", a, out=True)
        c.tolerated = ["silence"]
        c.extra.update(lone_report_event_id=eid, trouble_starts_at=iso(t))
    langs = ["de"] * 6 + ["en"] * 6 + ["es", "es", "fr", "fr", "it", "it", "pt", "pt"]
    rng.shuffle(langs)
    channels = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(channels)
    s0 = f.at(5, 7 + 20 / 60)
    offsets = sorted([0, 45] + [rng.randint(1, 44) for _ in range(18)])
    regular = set(rng.sample(range(20), 12))
    early = [i for i in range(20) if offsets[i] <= 25]
    assert len(early) >= 6
    repeaters = set(rng.sample(early, 6))
    fixed = set(rng.sample([i for i in range(20) if i not in repeaters], 6))
    keys, eids, reps = [], [], []
    fix_t = f.at(5, 9 + 50 / 60)
    for i in range(20):
        lang = langs[i]
        c = f.person(
            "spike_repeater" if i in repeaters else "spike_reporter",
            "regular" if i in regular else "new",
            lang=lang,
        )
        if i in regular:
            for d in sorted(rng.sample([2, 3, 4], rng.randint(1, 3))):
                f.happy(
                    c, f.rnd(d, 8, 17.5), kinds=("praise", "chat", "purchase", "view", "review")
                )
        t = s0 + timedelta(
            minutes=offsets[i], seconds=rng.randint(0, 50) if 0 < offsets[i] < 45 else 0
        )
        ch = channels[i]
        text = f.say(W.SPIKE, lang, c)
        if ch == "email":
            eid = f.add(
                c,
                t,
                "email",
                "message",
                text,
                subject="Katzencam" if lang == "de" else "Cat cam / " + W.SPIKE_CODE,
            )
        elif ch == "web":
            eid = f.add(
                c, t, "web", "ticket", text, subject=W.SPIKE_CODE, attrs={"page": "/help/contact"}
            )
        elif ch == "chat":
            eid = f.add(c, t, "chat", "chat", text)
            f.add(
                c, t + f.mins(1, 4), "chat", "chat", f.say(W.SPIKE_CHAT_ANSWER, lang, c), out=True
            )
        else:
            eid = f.add(c, t, ch, "mention" if ch == "social" else "post", text)
        c.tolerated = ["silence"]
        c.extra.update(
            in_spike=True,
            regular=i in regular,
            spike_event_id=eid,
            spike_channel=ch,
            trouble_starts_at=iso(t),
            agent_fixed=False,
        )
        keys.append(c.key)
        eids.append(eid)
        if i in repeaters:
            t2 = t + f.mins(15, 50)
            ch2 = rng.choice([x for x in ("email", "chat", "community") if x != ch])
            text2 = f.say(W.SPIKE_REPEAT, lang, c)
            if ch2 == "email":
                rid = f.add(c, t2, "email", "message", text2, subject="Re: " + W.SPIKE_CODE)
            elif ch2 == "chat":
                rid = f.add(c, t2, "chat", "chat", text2)
                f.add(
                    c,
                    t2 + f.mins(1, 4),
                    "chat",
                    "chat",
                    f.say(W.SPIKE_CHAT_ANSWER, lang, c),
                    out=True,
                )
            else:
                rid = f.add(c, t2, "community", "post", text2)
            c.expected = ["repeat_contact"]
            c.tolerated = ["sentiment_drop", "silence"]
            c.extra["repeat_event_id"] = rid
            reps.append(rid)
        if i in fixed:
            local = "10:50" if c.market in ("UK", "IE", "PT") else "11:50"
            credit = {"UK": "£10", "CH": "CHF 11"}.get(c.market, "12 €" if lang != "en" else "€12")
            f.add(
                c,
                fix_t + f.mins(15, 26),
                "email",
                "message",
                f.say(W.SPIKE_FIXED, lang, c, t=local, amt=credit, agent=f.agent(lang)),
                subject=W.SPIKE_FIXED_SUBJECT[lang],
                out=True,
            )
            c.extra["agent_fixed"] = True
    f.spike = {
        "topic": f"live cat cams down at every cattery: black screen in app and browser, error {W.SPIKE_CODE}",
        "about": "owners away from home cannot see their boarded cats on the live cat cam",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reps,
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
        build().write()


if __name__ == "__main__":
    main()
