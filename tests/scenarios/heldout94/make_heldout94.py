# ruff: noqa: E501
"""Write tests/scenarios/heldout94/: eight hand-written alert families for Enigmora.

Standalone and deterministic (standard library only): ``python make_heldout94.py``
from anywhere writes ``<family>.jsonl`` and ``<family>.truth.json`` beside this file.
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
WRITTEN = "2026-12-04"
LIMIT = datetime(2026, 11, 30, tzinfo=UTC)
LANG_WEIGHTS = {"es": 30, "en": 30, "fr": 10, "de": 10, "it": 10, "pt": 10}
LANG_MARKETS: dict[str, list[tuple[str, int]]] = {
    "es": [("ES", 1)],
    "en": [("UK", 6), ("IE", 4)],
    "fr": [("FR", 6), ("BE", 2), ("CH", 1), ("LU", 1)],
    "de": [("DE", 6), ("AT", 3), ("CH", 2)],
    "it": [("IT", 5), ("CH", 1)],
    "pt": [("PT", 1)],
}
CH_VENUE = {"de": "Zürich Oerlikon", "fr": "Genève Plainpalais", "it": "Lugano Centro"}
SOURCES = {
    "email": "enigmora-mail",
    "phone": "enigmora-voice",
    "social": "enigmora-social",
    "community": "enigmora-forum",
    "chat": "enigmora-chat",
    "web": "enigmora-web",
    "survey": "enigmora-survey",
}
CONSUMER_PROBLEMS = list(W.PROBLEMS)
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
LEAVE_TOL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
B2B_UNHAPPY_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
B2B_ONE_TOL = ["sentiment_drop", "high_value_at_risk", "silence"]


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def ascii_fold(text: str) -> str:
    text = text.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    norm = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in norm if ch.isascii() and (ch.isalnum() or ch in "._"))


UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}


def strip_accents(text: str) -> str:
    out: list[str] = []
    for ch in text:
        if ch in UMLAUTS:
            out.append(UMLAUTS[ch])
        elif ch in "ßñÑ€£":
            out.append(ch)
        else:
            norm = unicodedata.normalize("NFKD", ch)
            base = "".join(c for c in norm if not unicodedata.combining(c))
            out.append(base if len(base) == 1 else ch)
    return "".join(out)


def money(market: str, lang: str, eur: int, spoken: bool = False) -> str:
    if market == "UK":
        v = round(eur * 0.86)
        return f"{v} pounds" if spoken else f"£{v}"
    if market == "CH":
        v = round(eur * 0.94)
        unit = {"de": "Franken", "it": "franchi"}.get(lang, "francs")
        return f"{v} {unit}" if spoken else f"CHF {v}"
    if spoken:
        return f"{eur} " + {"de": "Euro", "it": "euro"}.get(lang, "euros")
    return f"€{eur}" if lang == "en" else f"{eur} €"


def currency(market: str, eur: int) -> tuple[str, str]:
    if market == "UK":
        return f"{eur * 0.86:.2f}", "GBP"
    if market == "CH":
        return f"{eur * 0.94:.2f}", "CHF"
    return f"{eur:.2f}", "EUR"


def hour_text(lang: str, h: int, spoken: bool) -> str:
    if lang == "en":
        return f"{h - 12 if h > 12 else h}" + ("" if spoken else "pm" if h >= 12 else "am")
    if lang == "de":
        return f"{h} Uhr"
    if lang in ("fr", "pt"):
        return f"{h}h"
    return f"{h}" if spoken else f"{h}:00"


def speech(text: str, lang: str, keep: set[str]) -> str:
    """A speech-to-text transcript: no punctuation, lower case but for names and codes."""
    for ch in '.,;:!?¡¿"()…😡👏😂🙃👍':
        text = text.replace(ch, " ")
    words: list[str] = []
    for w in text.split():
        named = w in keep or any(c.isdigit() for c in w)
        pronoun = lang == "en" and w in ("I", "I'm", "I've", "I'd")
        noun = lang == "de" and not (w.isupper() and len(w) > 1)
        if named or pronoun or noun:
            words.append(w)
        else:
            words.append(w.lower())
    return " ".join(words)


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    first: str
    last: str
    venue: str
    room: int
    ids: dict[str, str | None]
    truth: dict[str, Any]
    langs: list[str] = field(default_factory=list)
    b2b: bool = False
    company: str = ""
    turn: int = 0


@dataclass
class Row:
    t: datetime
    seq: int
    cust: Cust
    data: dict[str, Any]


class Registry:
    """Identifiers used anywhere in the set: none is given twice."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def take(self, value: str) -> bool:
        if value.lower() in self.used:
            return False
        self.used.add(value.lower())
        return True


REG = Registry()


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name = name
        self.code = code
        self.n = n
        self.start = start
        self.days = days
        self.about = about
        self.rng = random.Random(SEED * 100 + n)
        self.rr = random.Random(SEED * 100 + 50 + n)
        self.rows: list[Row] = []
        self.custs: dict[str, Cust] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.counter = 0
        self.long_i = 0

    # --- people -----------------------------------------------------------

    def pick_lang(self) -> str:
        langs = list(LANG_WEIGHTS)
        return self.rng.choices(langs, weights=[LANG_WEIGHTS[x] for x in langs])[0]

    def pick_market(self, lang: str) -> str:
        opts = LANG_MARKETS[lang]
        return self.rng.choices([m for m, _ in opts], weights=[w for _, w in opts])[0]

    def phone(self, market: str) -> str:
        r = self.rr

        def d(k: int) -> str:
            return "".join(str(r.randint(0, 9)) for _ in range(k))

        while True:
            num = {
                "ES": lambda: "+34" + r.choice("67") + d(8),
                "UK": lambda: "+447" + d(9),
                "IE": lambda: "+3538" + r.choice("35679") + d(7),
                "FR": lambda: "+33" + r.choice("67") + d(8),
                "BE": lambda: "+324" + r.choice("789") + d(7),
                "LU": lambda: "+352" + r.choice(["621", "661", "691"]) + d(6),
                "CH": lambda: "+417" + r.choice("56789") + d(7),
                "DE": lambda: (
                    "+491"
                    + r.choice(["51", "52", "57", "60", "62", "70", "71", "76"])
                    + d(r.choice([7, 8]))
                ),
                "AT": lambda: "+43" + r.choice(["650", "660", "664", "676", "680", "699"]) + d(7),
                "IT": lambda: "+393" + str(r.randint(20, 99)) + d(7),
                "PT": lambda: "+3519" + r.choice("1236") + d(7),
            }[market]()
            if REG.take(num):
                return num

    def person(
        self,
        persona: str,
        habit: str,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        lang: str | None = None,
        market: str | None = None,
        langs: list[str] | None = None,
        company: tuple[str, str, str] | None = None,
        account_id: str | None = None,
        taken_firsts: set[str] | None = None,
    ) -> Cust:
        rng = self.rng
        lang = lang or self.pick_lang()
        market = market or self.pick_market(lang)
        firsts, lasts = W.NAMES[lang]
        while True:
            first = rng.choice(firsts)
            if taken_firsts is None or first not in taken_firsts:
                break
        if taken_firsts is not None:
            taken_firsts.add(first)
        last = rng.choice(lasts)
        while True:
            key = f"EN{self.code}{rng.randint(1000, 9999)}"
            if REG.take(key):
                break
        f, s = ascii_fold(first.lower()), ascii_fold(last.lower())
        if company is not None:
            email = f"{f}.{s}@{company[1]}.example"
            n = 2
            while not REG.take(email):
                email = f"{f}.{s}{n}@{company[1]}.example"
                n += 1
            handle = None
        else:
            domains = [
                "mail.example",
                "correo.example",
                "posteo.example",
                "inbox.example",
                "webmail.example",
                "sapo.example",
                "libero.example",
                "orange.example",
            ]
            while True:
                local = rng.choice(
                    [
                        f"{f}.{s}",
                        f"{f}{s}{rng.randint(1, 99)}",
                        f"{f[0]}{s}",
                        f"{s}.{f}{rng.randint(1, 9)}",
                        f"{f}_{s[:3]}",
                    ]
                )
                email = f"{local}@{rng.choice(domains)}"
                if REG.take(email):
                    break
            while True:
                h = rng.choice(
                    [
                        f"{s}_{f}{rng.randint(1, 9)}",
                        f"{f}{s}{rng.randint(10, 99)}",
                        f"{s}{f[0]}",
                        f"{f}_{s}",
                        f"{f}.{s[:4]}",
                    ]
                )
                if REG.take("@" + h):
                    handle = "@" + h
                    break
        if market == "CH":
            venue = CH_VENUE.get(lang, CH_VENUE["fr"])
        else:
            venue = rng.choice(W.VENUES[market])
        ids: dict[str, str | None] = {
            "customer_id": key,
            "email": email,
            "phone": self.phone(market),
            "handle": handle,
            "account_id": account_id,
        }
        job = rng.choice(W.JOBS[lang]) if company is None else rng.choice(B.TITLES)
        truth: dict[str, Any] = {
            "identifiers": dict(ids),
            "expected_rules": sorted(expected or []),
            "tolerated_rules": sorted(tolerated or []),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if company else "consumer",
            "name": f"{first} {last}",
            "job": job,
            "town": venue.split()[0],
        }
        if company is not None:
            truth["company"] = company[0]
            truth["job_title"] = job
        c = Cust(
            key,
            lang,
            market,
            first,
            last,
            venue,
            rng.randrange(len(W.ROOMS)),
            ids,
            truth,
            langs or [lang],
            company is not None,
            company[0] if company else "",
        )
        if langs:
            truth["languages"] = langs
            truth["job_second_language"] = rng.choice(W.SECOND_LANGUAGE_WHY[langs[1]])
        self.custs[key] = c
        return c

    def case(self) -> str:
        while True:
            ref = f"ENC-{self.rng.randint(100000, 999999)}"
            if REG.take(ref):
                return ref

    # --- times ------------------------------------------------------------

    def at(self, day: float, h0: float, h1: float | None = None) -> datetime:
        if h1 is None:
            return self.start + timedelta(days=day, hours=h0)
        m = self.rng.randint(int(h0 * 60), int(h1 * 60) - 1)
        return self.start + timedelta(days=day, minutes=m)

    def unnight(self, t: datetime) -> datetime:
        if t.hour >= 22:
            base = (t + timedelta(days=1)).replace(hour=8, minute=0, second=0)
            return base + timedelta(minutes=self.rng.randint(0, 59))
        if t.hour < 7:
            return t.replace(hour=8, minute=0, second=0) + timedelta(
                minutes=self.rng.randint(0, 59)
            )
        return t

    def office(self, t: datetime) -> datetime:
        while t.weekday() >= 5 or t.hour >= 17 or t.hour < 8:
            if t.hour >= 17 or t.weekday() >= 5:
                t = (t + timedelta(days=1)).replace(hour=8, minute=0, second=0) + timedelta(
                    minutes=self.rng.randint(0, 90)
                )
            else:
                t = t.replace(hour=8, minute=0, second=0) + timedelta(
                    minutes=self.rng.randint(0, 90)
                )
        return t

    # --- words ------------------------------------------------------------

    def lang_of(self, c: Cust, alternate: bool = False) -> str:
        if not alternate or len(c.langs) < 2:
            return c.lang
        lang = c.langs[c.turn % 2]
        c.turn += 1
        return lang

    def ctx(self, c: Cust, lang: str, spoken: bool = False, **extra: str) -> dict[str, str]:
        rooms = W.ROOM_NAMES[lang]
        eur = W.ROOMS[c.room][2]
        h = self.rng.choice([11, 12, 17, 18, 19, 20])
        out = {
            "room": rooms[c.room].split(" (")[0],
            "venue": c.venue,
            "first": c.first,
            "full": f"{c.first} {c.last}",
            "amount": money(c.market, lang, eur, spoken),
            "hour": hour_text(lang, h, spoken),
            "comp": self.rng.choice(W.COMPETITORS),
            "code": W.SPIKE_CODE,
            "agent": self.rng.choice(W.AGENTS[lang]),
            "company": c.company,
        }
        out.update(extra)
        return out

    def pick(self, table: dict[str, list[str]], lang: str) -> str:
        return self.rng.choice(table[lang])

    def roughen(self, text: str) -> str:
        r = self.rr
        if r.random() < 0.10:
            text = strip_accents(text)
        if r.random() < 0.125 and text[:1].isupper() and not text[:2].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = text.split(" ")
            cands = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
            if cands:
                i = r.choice(cands)
                w = words[i]
                j = r.randrange(1, len(w) - 2)
                if w[j] != w[j + 1]:
                    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                    text = " ".join(words)
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
        out: bool = False,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
        agent: str | None = None,
    ) -> str:
        self.counter += 1
        eid = f"en94-{self.code.lower()}-{self.counter:05d}"
        if text is not None and not out:
            if channel == "social" and not c.b2b:
                if "Enigmora" in text:
                    i = text.rfind("Enigmora")
                    text = text[:i] + "@" + text[i:]
                else:
                    text = "@Enigmora " + text
            if channel not in ("phone", "survey"):
                text = self.roughen(text)
        if text == "":
            text = None
        a = {"market": c.market}
        if c.b2b:
            a["segment"] = "b2b"
        if agent:
            a["agent"] = agent
        a.update(attrs or {})
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        sc.update(scores or {})
        data: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": iso(t),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "customer": {},
            "text": text,
            "subject": subject,
            "scores": sc,
            "source": SOURCES[channel],
            "attributes": a,
        }
        self.rows.append(Row(t, self.counter, c, data))
        return eid

    def fill(self, tpl: str, cx: dict[str, str]) -> str:
        return tpl.format_map(cx)

    # --- happy acts ---------------------------------------------------------

    def happy(self, c: Cust, t: datetime, kind: str, alternate: bool = False) -> list[str]:
        rng = self.rng
        lang = self.lang_of(c, alternate)
        cx = self.ctx(c, lang)
        ids: list[str] = []
        if kind in ("praise", "again", "gripe"):
            table = {"praise": W.PRAISE, "again": W.AGAIN, "gripe": W.GRIPE}[kind]
            text = self.fill(self.pick(table, lang), cx)
            ch = rng.choice(["social", "community"])
            ids.append(self.add(c, t, ch, "mention" if ch == "social" else "post", text))
        elif kind == "chat":
            q, a = rng.choice(W.CHAT_QA[lang])
            thanks = self.pick(W.THANKS, lang) if rng.random() < 0.6 else None
            ids += self.qa(c, t, self.fill(q, cx), self.fill(a, cx), cx["agent"], thanks=thanks)
        elif kind == "email":
            s, b, a = rng.choice(W.EMAIL_QA[lang])
            ids.append(
                self.add(c, t, "email", "message", self.fill(b, cx), subject=self.fill(s, cx))
            )
            t2 = self.unnight(t + timedelta(minutes=rng.randint(60, 180)))
            ids.append(self.mail(c, t2, self.fill(a, cx), "RE: " + self.fill(s, cx), cx["agent"]))
        elif kind == "phone":
            q, s, b = rng.choice(W.PHONE_QA[lang])
            ids.append(self.add(c, t, "phone", "call", self.fill(q, cx)))
            t2 = t + timedelta(minutes=rng.randint(10, 40))
            ids.append(self.mail(c, t2, self.fill(b, cx), self.fill(s, cx), cx["agent"]))
        elif kind == "buy":
            eur = W.ROOMS[c.room][2] if rng.random() < 0.8 else W.VOUCHER[2]
            label = (
                f"{W.ROOMS[c.room][0]} / {W.ROOMS[c.room][1]}"
                if eur == W.ROOMS[c.room][2]
                else f"{W.VOUCHER[0]} / {W.VOUCHER[1]}"
            )
            page = (
                "/rooms/"
                + ascii_fold(W.ROOMS[c.room][0].lower().replace(" ", "-")).replace(".", "")
                if eur == W.ROOMS[c.room][2]
                else "/gift-vouchers"
            )
            ids.append(self.add(c, t, "web", "page_view", attrs={"page": page}))
            value, cur = currency(c.market, eur)
            ids.append(
                self.add(
                    c,
                    t + timedelta(minutes=rng.randint(2, 9)),
                    "web",
                    "purchase",
                    attrs={"order_value": value, "currency": cur, "product": label, "page": page},
                )
            )
        elif kind == "view":
            page = rng.choice(
                [
                    "/rooms",
                    "/venues/" + ascii_fold(c.venue.split()[0].lower()),
                    "/gift-vouchers",
                    "/pass",
                    "/account/bookings",
                ]
            )
            ids.append(self.add(c, t, "web", "page_view", attrs={"page": page}))
        elif kind == "review":
            good = rng.random() < 0.7
            text = self.fill(self.pick(W.PRAISE if good else W.GRIPE, lang), cx)
            ids.append(
                self.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": "5" if good else "4", "page": "/reviews"},
                )
            )
        elif kind == "survey":
            which = rng.choice(["nps", "csat", "ces"])
            score = {
                "nps": rng.randint(9, 10),
                "csat": rng.randint(4, 5),
                "ces": rng.randint(6, 7),
            }[which]
            ids.append(
                self.add(
                    c,
                    t,
                    "survey",
                    "survey_response",
                    self.pick(W.SURVEY_WORDS, lang),
                    scores={which: score},
                    attrs={"survey": which},
                )
            )
        elif kind == "night_post":
            text = self.fill(self.pick(W.NIGHT_POSTS, lang), cx)
            ch = rng.choice(["social", "community"])
            ids.append(self.add(c, t, ch, "mention" if ch == "social" else "post", text))
        elif kind == "night_chat":
            q, a = rng.choice(W.NIGHT_QA[lang])
            thanks = self.pick(W.THANKS, lang)
            ids += self.qa(
                c, t, self.fill(q, cx), self.fill(a, cx), cx["agent"], (1, 5), thanks, (1, 3)
            )
        else:
            raise ValueError(kind)
        return ids

    def mail(self, c: Cust, t: datetime, body: str, subject: str, agent: str) -> str:
        """An agent's e-mail to the customer."""
        return self.add(c, t, "email", "message", body, subject=subject, out=True, agent=agent)

    def qa(
        self,
        c: Cust,
        t: datetime,
        question: str,
        answer: str,
        agent: str,
        lag: tuple[int, int] = (1, 6),
        thanks: str | None = None,
        thanks_lag: tuple[int, int] = (1, 4),
    ) -> list[str]:
        """A chat question, the agent's answer some minutes later, and maybe the customer's thanks."""
        ids = [self.add(c, t, "chat", "chat", question)]
        t2 = t + timedelta(minutes=self.rng.randint(*lag))
        ids.append(self.add(c, t2, "chat", "chat", answer, out=True, agent=agent))
        if thanks is not None:
            t3 = t2 + timedelta(minutes=self.rng.randint(*thanks_lag))
            ids.append(self.add(c, t3, "chat", "chat", thanks))
        return ids

    def happy_days(
        self,
        c: Cust,
        n: int,
        days: list[int],
        h0: float,
        h1: float,
        pool: list[str],
        alternate: bool = False,
    ) -> list[str]:
        chosen = sorted(self.rng.sample(days, min(n, len(days))))
        ids: list[str] = []
        for d in chosen:
            ids += self.happy(c, self.at(d, h0, h1), self.rng.choice(pool), alternate)
        return ids

    # --- problems -------------------------------------------------------------

    def problem_text(
        self, c: Cust, lang: str, problem: str, style: str, cx: dict[str, str]
    ) -> tuple[str, str | None]:
        rng = self.rng
        desc = self.fill(rng.choice(W.DESC[lang][problem]), cx)
        cx = dict(cx, desc=desc, topic=W.TOPIC[lang][problem])
        if style == "long":
            self.long_i += 1
            s, b = W.LONG_EMAIL[lang][self.long_i % len(W.LONG_EMAIL[lang])]
            return self.fill(b, cx), self.fill(s, cx)
        if style == "email":
            s, b = rng.choice(W.SHORT_EMAIL[lang])
            subj = self.fill(s, cx)
            return self.fill(b, cx), subj[0].upper() + subj[1:]
        if style == "chat":
            return self.fill(self.pick(W.CHAT_PROBLEM, lang), cx), None
        if style == "social":
            return self.fill(self.pick(W.SOCIAL_PROBLEM, lang), cx), None
        if style == "web":
            return self.fill(self.pick(W.WEB_PROBLEM, lang), cx), None
        if style == "phone":
            words = f"{self.pick(W.PHONE_OPEN, lang)} {desc} {self.pick(W.PHONE_CLOSE, lang)}"
            keep = set(cx["venue"].split()) | {c.first, "Enigmora", "Pass", cx["comp"]}
            return speech(words, lang, keep), None
        raise ValueError(style)

    def complain(self, c: Cust, t: datetime, lang: str, problem: str, style: str) -> str:
        cx = self.ctx(c, lang, spoken=style == "phone")
        text, subject = self.problem_text(c, lang, problem, style, cx)
        channel = {
            "long": "email",
            "email": "email",
            "chat": "chat",
            "social": "social",
            "web": "web",
            "phone": "phone",
        }[style]
        kind = {
            "email": "message",
            "chat": "chat",
            "social": "mention",
            "web": "ticket",
            "phone": "call",
        }[channel]
        attrs = {"page": "/help/contact"} if channel == "web" else None
        return self.add(c, t, channel, kind, text, subject=subject, attrs=attrs)

    def ack(self, c: Cust, t: datetime, lang: str, style: str, ref: str) -> tuple[str, datetime]:
        """An agent's "case opened" reply: chat answer or e-mail."""
        cx = self.ctx(c, lang, case=ref)
        if style == "chat":
            t2 = t + timedelta(minutes=self.rng.randint(1, 4))
            return self.add(
                c, t2, "chat", "chat", self.fill(W.CHAT_CASE[lang], cx), out=True, agent=cx["agent"]
            ), t2
        t2 = self.unnight(t + timedelta(minutes=self.rng.randint(10, 40)))
        s, b = W.CASE_OPENED[lang]
        return self.mail(c, t2, self.fill(b, cx), self.fill(s, cx), cx["agent"]), t2

    def good_news(self, c: Cust, t: datetime, lang: str, problem: str, ref: str) -> str:
        cx = self.ctx(c, lang, case=ref, fix=W.FIX[lang][problem])
        s, b = W.GOOD_NEWS[lang]
        return self.mail(c, t, self.fill(b, cx), self.fill(s, cx), cx["agent"])

    def confirm(self, c: Cust, t: datetime, lang: str, ref: str) -> str:
        cx = self.ctx(c, lang, case=ref)
        s, b = self.rng.choice(W.CONFIRM[lang])
        if self.rng.random() < 0.5:
            return self.add(c, t, "chat", "chat", self.fill(b, cx))
        return self.add(c, t, "email", "message", self.fill(b, cx), subject=self.fill(s, cx))

    def survey_low(self, c: Cust, t: datetime, lang: str, which: str) -> tuple[str, int]:
        score = self.rng.randint(1, 5) if which == "nps" else self.rng.randint(1, 2)
        words = W.LOW_NPS if which == "nps" else W.LOW_CSAT
        return self.add(
            c,
            t,
            "survey",
            "survey_response",
            self.pick(words, lang),
            scores={which: score},
            attrs={"survey": which},
        ), score

    def repeat_msg(
        self, c: Cust, t: datetime, lang: str, nth: int, channel: str, problem: str, ref: str
    ) -> tuple[str, str | None]:
        rng = self.rng
        cx = self.ctx(c, lang, spoken=channel == "phone", case=ref, topic=W.TOPIC[lang][problem])
        table = W.SECOND if nth == 2 else W.THIRD if nth == 3 else W.FOURTH
        text = self.fill(rng.choice(table[lang]), cx)
        comp = cx["comp"] if nth == 3 else None
        if channel == "email":
            eid = self.add(
                c, t, "email", "message", text, subject=self.fill(W.REPEAT_SUBJECT[lang], cx)
            )
        elif channel == "chat":
            eid = self.qa(c, t, text, self.fill(W.URGENT[lang], cx), cx["agent"], (1, 5))[0]
        elif channel == "phone":
            keep = set(cx["venue"].split()) | {c.first, cx["comp"], "Enigmora"}
            eid = self.add(
                c,
                t,
                "phone",
                "call",
                speech(f"{self.pick(W.PHONE_OPEN, lang)} {text[0].lower()}{text[1:]}", lang, keep),
            )
        elif channel == "web":
            eid = self.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"})
        else:
            eid = self.add(c, t, "social", "mention", text)
        return eid, comp

    def slide(
        self, c: Cust, start_day: int, span: int, alternate: bool = False, nps: bool = False
    ) -> dict[str, Any]:
        rng = self.rng
        offs = sorted(rng.uniform(0, span * 24 - 4) for _ in range(5))
        times: list[datetime] = []
        base = self.at(start_day, 8, 20)
        last: datetime | None = None
        for o in [0.0, *offs]:
            t = self.unnight(base + timedelta(hours=o))
            if last is not None and t < last + timedelta(hours=1):
                t = self.unnight(last + timedelta(minutes=rng.randint(60, 150)))
            times.append(t)
            last = t
        variant = rng.randrange(len(W.SLIDE[c.lang]))
        ids: list[str] = []
        comp = ""
        survey_id: str | None = None
        score = 0
        for i, t in enumerate(times):
            lang = self.lang_of(c, alternate)
            steps = W.SLIDE[lang][min(variant, len(W.SLIDE[lang]) - 1)]
            cx = self.ctx(c, lang)
            if i == 5:
                comp = cx["comp"]
            text = self.fill(steps[i], cx)
            ch = rng.choice(["social", "community", "review"])
            if ch == "review":
                ids.append(
                    self.add(
                        c,
                        t,
                        "web",
                        "review",
                        text,
                        attrs={"rating": str([3, 3, 2, 2, 1, 1][i]), "page": "/reviews"},
                    )
                )
            else:
                ids.append(self.add(c, t, ch, "mention" if ch == "social" else "post", text))
            if nps and i == 3:
                ts = self.unnight(t + timedelta(minutes=rng.randint(150, 210)))
                survey_id, score = self.survey_low(c, ts, lang, "nps")
        out: dict[str, Any] = {
            "slide_event_ids": ids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": iso(times[0]),
            "nps_given": nps,
        }
        if nps:
            out.update({"nps": score, "survey_event_id": survey_id})
        return out

    # --- output ---------------------------------------------------------------

    def finish(self) -> tuple[str, str]:
        rows = sorted(self.rows, key=lambda r: (r.t, r.seq))
        seen: set[str] = set()
        rr = self.rr
        lines: list[str] = []
        for row in rows:
            c = row.cust
            d = row.data
            ids = c.ids
            cust: dict[str, str | None]
            first_in = d["direction"] == "inbound" and c.key not in seen
            if d["direction"] == "inbound":
                seen.add(c.key)
            if d["direction"] == "outbound" or first_in:
                cust = {k: v for k, v in ids.items()}
            else:
                ch = d["channel"]
                cust = {
                    "customer_id": None,
                    "email": None,
                    "phone": None,
                    "handle": None,
                    "account_id": ids["account_id"],
                }
                if ch == "phone":
                    p = ids["phone"] or ""
                    if rr.random() < 0.5:
                        cc = next(n for n in (4, 3, 2) if p[: n + 1] in PREFIXES)
                        p = p[: cc + 1] + " " + p[cc + 1 :]
                    cust["phone"] = p
                elif ch in ("social", "community") and ids["handle"]:
                    h = ids["handle"]
                    cust["handle"] = h[1:] if rr.random() < 0.2 else h
                elif ch in ("social", "community", "email"):
                    e = ids["email"] or ""
                    cust["email"] = e.upper() if ch == "email" and rr.random() < 1 / 12 else e
                else:
                    cust["customer_id"] = ids["customer_id"]
            d["customer"] = cust
            lines.append(json.dumps(d, ensure_ascii=False))
        for c in self.custs.values():
            if c.key not in seen:
                raise SystemExit(f"{self.name}: {c.key} has no inbound touchpoint")
        for row in rows:
            if row.t < self.start or row.t >= LIMIT or row.t.year != 2026:
                raise SystemExit(f"{self.name}: {row.data['event_id']} out of range")
        expected: dict[str, int] = {}
        for c in self.custs.values():
            ex, tol = c.truth["expected_rules"], c.truth["tolerated_rules"]
            if set(ex) & set(tol):
                raise SystemExit(f"{self.name}: {c.key} expects and tolerates a rule")
            for rule in ex:
                expected[rule] = expected.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        end = max(self.start + timedelta(days=self.days), rows[-1].t + timedelta(hours=1))
        if end >= LIMIT:
            raise SystemExit(f"{self.name}: end out of range")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Enigmora: escape rooms by app and web (households, Enigmora Pass) and Enigmora Teams (team events for firms on account)",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": WRITTEN,
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: c.truth for k, c in sorted(self.custs.items())},
            "accounts": dict(sorted(self.accounts.items())),
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        return "\n".join(lines) + "\n", json.dumps(
            truth, ensure_ascii=False, indent=1, sort_keys=True
        ) + "\n"


PREFIXES = {"+34", "+44", "+353", "+33", "+32", "+352", "+41", "+49", "+43", "+39", "+351"}


def monday(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


HAPPY_POOL = [
    "praise",
    "praise",
    "again",
    "gripe",
    "chat",
    "chat",
    "email",
    "phone",
    "buy",
    "buy",
    "view",
    "review",
]
QUIET_POOL = ["praise", "again", "gripe", "chat", "email", "phone", "buy", "view", "review"]


# --- families -------------------------------------------------------------------


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        monday(2026, 3, 9),
        10,
        "households who only praise, ask and book; daytime, night and survey-only writers",
    )
    rng = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, rng.randint(5, 8), list(range(10)), 7, 19, [*HAPPY_POOL, "survey"])
    for _ in range(5):
        c = f.person("happy", "night writer")
        nights = sorted(rng.sample(range(9), rng.randint(2, 4)))
        for d in nights:
            t = f.start + timedelta(days=d, minutes=rng.randint(22 * 60 + 12, 28 * 60 + 30))
            f.happy(c, t, rng.choice(["night_post", "night_chat"]))
        f.happy_days(
            c,
            rng.randint(2, 3),
            [d for d in range(10) if d not in nights],
            9,
            18,
            ["praise", "buy", "view", "review"],
        )
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        f.happy_days(c, rng.randint(3, 6), list(range(10)), 8, 20, ["survey"])
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        monday(2026, 4, 20),
        12,
        "happy households with one angry message on one day, and controls",
    )
    rng = f.rng
    styles = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    problems = CONSUMER_PROBLEMS * 4
    rng.shuffle(problems)
    long_langs = ["es", "es", "en", "en"]
    plan: list[tuple[str, str]] = list(zip(styles, problems, strict=True))
    with_case = [i for i, (s, _) in enumerate(plan) if s != "social"]
    nps_set = set(rng.sample(with_case, 6))
    rest = [i for i in with_case if i not in nps_set]
    csat_set = set(rng.sample(rest, 5))
    good_set = set(rng.sample(with_case, 12))
    sorry_set = set(rng.sample(sorted(good_set), 5))
    for i, (style, problem) in enumerate(plan):
        lang = long_langs.pop(0) if style == "long" else None
        det = i in nps_set
        c = f.person(
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            ["detractor"] if det else [],
            ["silence"],
            lang=lang,
        )
        bd = rng.randint(2, 9)
        t = f.at(bd, 8, 20)
        days = [d for d in range(12) if d <= bd - 2 or d >= bd + 3]
        f.happy_days(c, rng.randint(1, 5), days, 7, 20, HAPPY_POOL)
        eid = f.complain(c, t, c.lang, problem, style)
        tr = c.truth
        tr.update(
            {
                "problem": problem,
                "channel": {"long": "email", "email": "email"}.get(style, style),
                "long_email": style == "long",
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(t),
                "problem_event_ids": [eid],
                "booking": None,
                "agent_fixed": False,
                "apologised": False,
                "nps_given": False,
                "csat_given": False,
            }
        )
        if style == "social":
            continue
        ref = f.case()
        tr["booking"] = ref
        f.ack(c, t, c.lang, style, ref)
        if det:
            sid, score = f.survey_low(
                c, t + timedelta(minutes=rng.randint(100, 140)), c.lang, "nps"
            )
            tr.update({"nps_given": True, "nps": score, "survey_event_id": sid})
        elif i in csat_set:
            sid, score = f.survey_low(c, t + timedelta(minutes=rng.randint(40, 80)), c.lang, "csat")
            tr.update({"csat_given": True, "csat": score, "survey_event_id": sid})
        if i in good_set:
            f.good_news(
                c, f.unnight(t + timedelta(minutes=rng.randint(60, 240))), c.lang, problem, ref
            )
            tr["agent_fixed"] = True
            if i in sorry_set:
                ta = f.unnight(t + timedelta(hours=rng.uniform(16, 24)))
                text = f.pick(W.APOLOGY, c.lang)
                if rng.random() < 0.5:
                    aid = f.add(c, ta, "chat", "chat", text)
                else:
                    aid = f.add(
                        c,
                        ta,
                        "email",
                        "message",
                        text,
                        subject=f.fill(W.REPEAT_SUBJECT[c.lang], f.ctx(c, c.lang, case=ref)),
                    )
                tr.update({"apologised": True, "apology_at": iso(ta), "apology_event_id": aid})
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, rng.randint(4, 7), list(range(12)), 7, 20, [*HAPPY_POOL, "survey"])
    return f


def fixed_case(
    f: Fam,
    c: Cust,
    day: int,
    lang: str,
    confirm_lang: str,
    style: str | None = None,
    problem: str | None = None,
) -> dict[str, Any]:
    rng = f.rng
    problem = problem or rng.choice(CONSUMER_PROBLEMS)
    style = style or rng.choice(["web", "email", "chat"])
    t = f.at(day, 8, 19)
    eid = f.complain(c, t, lang, problem, style)
    ref = f.case()
    f.ack(c, t, lang, style, ref)
    tg = f.unnight(t + timedelta(hours=rng.uniform(3, 20)))
    f.good_news(c, tg, confirm_lang, problem, ref)
    tc = f.unnight(tg + timedelta(hours=rng.uniform(8, 30)))
    cid = f.confirm(c, tc, confirm_lang, ref)
    ch = "chat" if f.rows[-1].data["channel"] == "chat" else "email"
    return {
        "problem": problem,
        "booking": ref,
        "raised_at": iso(t),
        "fixed_at": iso(tg),
        "confirmed_at": iso(tc),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": {"long": "email"}.get(style, style),
        "confirm_channel": ch,
    }


def repeat_run(
    f: Fam,
    c: Cust,
    first_day: int,
    times: int,
    first_channel: str,
    lead: bool,
    alternate: bool = False,
) -> None:
    rng = f.rng
    problem = rng.choice(CONSUMER_PROBLEMS)
    lang = f.lang_of(c, alternate)
    t = f.at(first_day, 8, 19)
    eid = f.complain(c, t, lang, problem, first_channel)
    ref = f.case()
    ids = [eid]
    if first_channel == "chat" or not lead:
        f.ack(c, t, lang, first_channel, ref)
    if lead:
        cx = f.ctx(c, lang, case=ref)
        s, b = W.QUALITY_LEAD[lang]
        f.mail(
            c,
            f.unnight(t + timedelta(minutes=rng.randint(90, 150))),
            f.fill(b, cx),
            f.fill(s, cx),
            cx["agent"],
        )
    chans = [x for x in ["email", "chat", "phone", "web", "social"] if x != first_channel]
    rng.shuffle(chans)
    comp: str | None = None
    last = t
    for nth in range(2, times + 1):
        tn = last + timedelta(hours=rng.uniform(4, 40))
        if tn.hour >= 22 or tn.hour < 7:
            tn = (tn + timedelta(days=1 if tn.hour >= 22 else 0)).replace(
                hour=8, minute=rng.randint(0, 59)
            )
        lang_n = f.lang_of(c, alternate)
        e, cp = f.repeat_msg(c, tn, lang_n, nth, chans[nth - 2], problem, ref)
        ids.append(e)
        comp = cp or comp
        last = tn
    c.truth.update(
        {
            "problem": problem,
            "booking": ref,
            "contacts": times,
            "channels": [first_channel, *chans[: times - 1]],
            "channel": first_channel,
            "agent_passed_on": lead,
            "problem_event_ids": ids,
            "competitor": comp,
            "trouble_starts_at": iso(t),
        }
    )


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        monday(2026, 6, 1),
        10,
        "one problem raised again and again while open; fixed cases, two problems and frequent writers",
    )
    rng = f.rng
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    rng.shuffle(firsts)
    counts = [2] * 4 + [3] * 4 + [4] * 4
    rng.shuffle(counts)
    leads = [True] * 6 + [False] * 6
    rng.shuffle(leads)
    for i in range(12):
        c = f.person("repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        for _k in range(rng.randint(1, 3)):
            f.happy(c, f.at(0, 7, 12), rng.choice(HAPPY_POOL))
        repeat_run(f, c, rng.randint(1, 4), counts[i], firsts[i], leads[i])
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", [], ["silence"])
        f.happy_days(c, rng.randint(1, 2), [0, 8, 9], 7, 19, HAPPY_POOL)
        p = fixed_case(f, c, rng.randint(1, 4), c.lang, c.lang)
        c.truth.update(
            {
                "problems": [p],
                "trouble_starts_at": p["raised_at"],
                "booking": p["booking"],
                "problem": p["problem"],
            }
        )
    for _ in range(3):
        c = f.person("different_problems", "two problems", [], ["silence"])
        d1 = rng.randint(0, 2)
        p1 = fixed_case(f, c, d1, c.lang, c.lang)
        p2 = fixed_case(
            f,
            c,
            d1 + rng.randint(4, 5),
            c.lang,
            c.lang,
            problem=rng.choice([p for p in CONSUMER_PROBLEMS if p != p1["problem"]]),
        )
        c.truth.update({"problems": [p1, p2], "trouble_starts_at": p1["raised_at"]})
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.happy_days(
            c,
            rng.randint(5, 8),
            list(range(10)),
            7,
            20,
            ["chat", "chat", "email", "phone", "praise", "buy"],
        )
    return f


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        monday(2026, 7, 6),
        32,
        "sliding households, leavers, steady, steadily grumpy and sarcastic ones",
    )
    rng = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    rng.shuffle(spans)
    nps = [True] * 5 + [False] * 5
    rng.shuffle(nps)
    for i in range(10):
        ex = ["sentiment_drop", "detractor"] if nps[i] else ["sentiment_drop"]
        c = f.person("slow_churner", "slides", ex, SLIDE_TOL)
        days = rng.sample(range(11), rng.randint(6, 9))
        n_praise = rng.randint(4, 5)
        for j, d in enumerate(sorted(days)):
            kind = (
                "praise" if j < n_praise else rng.choice(["chat", "buy", "email", "view", "again"])
            )
            f.happy(c, f.at(d, 8, 20), kind)
        c.truth.update(f.slide(c, rng.randint(12, 16), spans[i], nps=nps[i]))
    for _ in range(5):
        c = f.person("slow_churner", "asks to cancel", ["churn_intent"], LEAVE_TOL)
        f.happy_days(c, rng.randint(4, 6), list(range(16)), 8, 20, HAPPY_POOL)
        t = f.at(rng.randint(17, 23), 8, 20)
        s, b = rng.choice(W.LEAVE[c.lang])
        cx = f.ctx(c, c.lang)
        eid = f.add(c, t, "email", "message", f.fill(b, cx), subject=s)
        s2, b2 = W.SORRY_TO_GO[c.lang]
        f.mail(
            c,
            f.unnight(t + timedelta(minutes=rng.randint(60, 300))),
            f.fill(b2, cx),
            s2,
            cx["agent"],
        )
        tc = f.unnight(t + timedelta(hours=rng.uniform(20, 30)))
        cid = f.add(
            c,
            tc,
            "web",
            "cancellation",
            attrs={"page": "/account/pass/cancel", "product": "Enigmora Pass"},
        )
        c.truth.update(
            {
                "churn_intent_event_id": eid,
                "cancellation_event_id": cid,
                "churn_at": iso(tc),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, rng.randint(6, 10), list(range(32)), 8, 20, [*HAPPY_POOL, "survey"])
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"])
        d = rng.randint(0, 4)
        gids: list[str] = []
        first_t: datetime | None = None
        for _g in range(rng.randint(5, 7)):
            t = f.at(d, 8, 21)
            first_t = first_t or t
            text = f.fill(f.pick(W.GRUMBLES, c.lang), f.ctx(c, c.lang))
            ch = rng.choice(["social", "community", "web", "review"])
            if ch == "review":
                gids.append(
                    f.add(c, t, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            elif ch == "web":
                gids.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
            else:
                gids.append(f.add(c, t, ch, "mention" if ch == "social" else "post", text))
            d += rng.randint(1, 3)
        for _p in range(rng.randint(0, 2)):
            f.happy(c, f.at(rng.randint(0, 30), 9, 20), "buy")
        c.truth.update(
            {"grumble_event_ids": gids, "trouble_starts_at": iso(first_t) if first_t else None}
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", [], ["silence"])
        f.happy_days(c, rng.randint(4, 7), list(range(17)), 8, 20, HAPPY_POOL)
        t = f.at(rng.randint(17, 28), 9, 21)
        ch = rng.choice(["social", "community"])
        sid = f.add(
            c,
            t,
            ch,
            "mention" if ch == "social" else "post",
            f.fill(f.pick(W.SARCASM, c.lang), f.ctx(c, c.lang)),
        )
        c.truth.update({"sarcasm_event_id": sid, "trouble_starts_at": iso(t)})
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        datetime(2026, 8, 28, tzinfo=UTC),
        3,
        "a calm summer weekend with three bursts of night owls each night",
    )
    rng = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, rng.randint(1, 3), [0, 1, 2], 7, 17.5, QUIET_POOL)
    styles = ["chat", "chat", "web", "web"]
    for style in styles:
        c = f.person("grumbles_once", "grumbles once", [], ["silence"])
        t0 = f.at(rng.randint(0, 2), 9, 17)
        f.happy(c, t0, rng.choice(["buy", "view"]))
        t = t0 + timedelta(minutes=rng.randint(20, 30))
        q, a = rng.choice(W.MILD[c.lang])
        cx = f.ctx(c, c.lang)
        if style == "chat":
            gid = f.qa(c, t, f.fill(q, cx), a, cx["agent"], (2, 6))[0]
        else:
            gid = f.add(c, t, "web", "ticket", f.fill(q, cx), attrs={"page": "/help/feedback"})
            s, b = W.MILD_ACK[c.lang]
            f.mail(c, t + timedelta(minutes=rng.randint(30, 90)), f.fill(b, cx), s, cx["agent"])
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(t)})
    owls = 0
    for night in (1, 2, 3):
        first = f.at(night, 0) + timedelta(minutes=rng.randint(40, 65))
        starts = [
            first,
            first + timedelta(minutes=rng.randint(28, 33)),
            first + timedelta(minutes=rng.randint(55, 65)),
        ]
        for b, bs in enumerate(starts, 1):
            for _ in range(4):
                c = f.person("night_owl", f"night {night}, burst {b}")
                t = bs + timedelta(minutes=rng.randint(0, 9), seconds=rng.randint(0, 59))
                nid = f.happy(c, t, rng.choice(["night_post", "night_chat"]))[0]
                owls += 1
                if owls % 2 == 0:
                    f.happy(
                        c,
                        f.at(rng.randint(0, 2), 9, 17.5),
                        rng.choice(["praise", "buy", "view", "chat"]),
                    )
                c.truth.update({"burst_at": iso(bs), "night_event_id": nid})
    return f


def bilingual() -> Fam:
    f = Fam("bilingual", "BL", 6, monday(2026, 9, 21), 14, "customers who write in two languages")
    rng = f.rng
    pairs = (
        [("es", "en")] * 4
        + [("en", "es")] * 4
        + [
            ("es", "fr"),
            ("fr", "es"),
            ("es", "de"),
            ("de", "es"),
            ("en", "fr"),
            ("fr", "en"),
            ("en", "de"),
            ("de", "en"),
            ("es", "it"),
            ("it", "es"),
            ("en", "it"),
            ("it", "en"),
            ("es", "pt"),
            ("es", "pt"),
            ("pt", "es"),
            ("en", "pt"),
            ("pt", "en"),
            ("de", "fr"),
            ("it", "de"),
        ]
    )
    roles = (
        ["long_bad"]
        + ["happy"] * 12
        + ["repeat"] * 5
        + ["slide"] * 5
        + ["bad_email", "bad_chat"]
        + ["fixed"] * 2
    )
    # the first pair (es/en) takes the long e-mail in English; the rest are shuffled
    rest = list(zip(pairs[1:], roles[1:], strict=True))
    rng.shuffle(rest)
    plan = [(pairs[0], roles[0]), *rest]
    markets = {
        "es": ["ES"],
        "en": ["UK", "IE"],
        "fr": ["FR", "BE", "LU", "CH"],
        "de": ["DE", "AT", "CH", "LU"],
        "it": ["IT", "CH"],
        "pt": ["PT", "LU"],
    }
    repeat_times = [2, 2, 3, 3, 4]
    rng.shuffle(repeat_times)
    for (l1, l2), role in plan:
        opts = sorted(set(markets[l1]) | set(markets[l2]))
        market = rng.choice(opts)
        if market == "CH" and l1 not in CH_VENUE:
            market = markets[l1][0]
        langs = [l1, l2]
        if role == "happy":
            c = f.person("happy", "alternates languages", lang=l1, market=market, langs=langs)
            f.happy_days(c, rng.randint(5, 8), list(range(14)), 8, 20, HAPPY_POOL, alternate=True)
        elif role == "repeat":
            c = f.person(
                "repeat_contact",
                "repeats",
                ["repeat_contact"],
                REPEAT_TOL,
                lang=l1,
                market=market,
                langs=langs,
            )
            for _k in range(rng.randint(1, 3)):
                f.happy(c, f.at(rng.randint(0, 1), 8, 12), rng.choice(HAPPY_POOL), alternate=True)
            times = repeat_times.pop()
            repeat_run(
                f,
                c,
                rng.randint(2, 5),
                times,
                rng.choice(["web", "email", "chat"]),
                times >= 3,
                alternate=True,
            )
        elif role == "slide":
            c = f.person(
                "slow_churner",
                "slides",
                ["sentiment_drop"],
                SLIDE_TOL,
                lang=l1,
                market=market,
                langs=langs,
            )
            days = sorted(rng.sample(range(6), rng.randint(5, 6)))
            for j in range(5):
                f.happy(
                    c,
                    f.at(days[j % len(days)], 8 + 6 * (j // len(days)), 13 + 6 * (j // len(days))),
                    "praise",
                    alternate=True,
                )
            for d in rng.sample(range(7), rng.randint(1, 3)):
                f.happy(c, f.at(d, 14, 20), rng.choice(["chat", "buy", "view"]), alternate=True)
            c.truth.update(f.slide(c, rng.randint(7, 8), rng.randint(3, 5), alternate=True))
        elif role in ("long_bad", "bad_email", "bad_chat"):
            c = f.person(
                "happy_one_bad_day",
                "one bad day",
                [],
                ["silence"],
                lang=l1,
                market=market,
                langs=langs,
            )
            bd = rng.randint(4, 9)
            f.happy_days(
                c,
                rng.randint(2, 4),
                [d for d in range(14) if d <= bd - 2 or d >= bd + 3],
                8,
                20,
                HAPPY_POOL,
                alternate=True,
            )
            style = {"long_bad": "long", "bad_email": "email", "bad_chat": "chat"}[role]
            problem = rng.choice(CONSUMER_PROBLEMS)
            t = f.at(bd, 9, 19)
            eid = f.complain(c, t, l2, problem, style)
            ref = f.case()
            f.ack(c, t, l2, style, ref)
            tr = c.truth
            tr.update(
                {
                    "problem": problem,
                    "channel": "email" if style != "chat" else "chat",
                    "long_email": style == "long",
                    "bad_day_at": iso(t),
                    "bad_day_event_id": eid,
                    "bad_day_language": l2,
                    "booking": ref,
                    "trouble_starts_at": iso(t),
                    "problem_event_ids": [eid],
                    "agent_fixed": style != "chat",
                    "apologised": False,
                }
            )
            if style != "chat":
                f.good_news(
                    c, f.unnight(t + timedelta(minutes=rng.randint(60, 240))), l2, problem, ref
                )
            if style == "email":
                ta = f.unnight(t + timedelta(hours=rng.uniform(18, 24)))
                aid = f.add(c, ta, "chat", "chat", f.pick(W.APOLOGY, l2))
                tr.update({"apologised": True, "apology_at": iso(ta), "apology_event_id": aid})
        else:
            c = f.person(
                "resolved_between_contacts",
                "fixed",
                [],
                ["silence"],
                lang=l1,
                market=market,
                langs=langs,
            )
            f.happy_days(
                c, rng.randint(2, 4), [0, 1, 9, 10, 11, 12], 8, 20, HAPPY_POOL, alternate=True
            )
            p = fixed_case(f, c, rng.randint(3, 6), l1, l2, style="web")
            c.truth.update(
                {
                    "problems": [p],
                    "trouble_starts_at": p["raised_at"],
                    "confirm_language": l2,
                    "booking": p["booking"],
                    "problem": p["problem"],
                }
            )
    return f


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        monday(2026, 10, 12),
        14,
        "firms on account (Enigmora Teams): accounts at risk, one unhappy contact, mild remarks, happy accounts",
    )
    rng = f.rng
    market_lang = {
        "ES": "es",
        "UK": "en",
        "IE": "en",
        "DE": "de",
        "AT": "de",
        "FR": "fr",
        "IT": "it",
        "PT": "pt",
    }
    comp_of = {(m, c[0]): c for m, cs in B.COMPANIES.items() for c in cs}
    # (market, company, kind, contacts, complainers, problem, last contact's second message)
    plan = [
        ("ES", "Grupo Alvarado Consultores", "at_risk", 4, 3, "invoice", "phone"),
        ("ES", "Colegio Montealto", "at_risk", 5, 4, "overbilled", "phone"),
        ("UK", "Hartwell & Pryce Solicitors", "at_risk", 5, 3, "service_blocked", "email"),
        ("UK", "Northgate Software", "at_risk", 5, 3, "portal", "phone"),
        ("DE", "Brenner Versicherungsmakler", "at_risk", 6, 4, "invoice", "phone"),
        ("ES", "Hospital San Rafael Norte", "one_unhappy", 3, 1, "service_blocked", ""),
        ("IE", "Liffey Analytics", "one_unhappy", 3, 1, "overbilled", ""),
        ("IT", "Banca Valtellese", "one_unhappy", 3, 1, "portal", ""),
        ("PT", "Tejo Seguros", "one_unhappy", 3, 1, "invoice", ""),
        ("ES", "Ferrán Logística", "mild", 4, 0, "", ""),
        ("FR", "Cabinet Morel Audit", "mild", 3, 0, "", ""),
        ("AT", "Huber & Lanz Architekten", "mild", 4, 0, "", ""),
        ("ES", "Ayuntamiento de Villaverde del Río", "happy", 4, 0, "", ""),
        ("UK", "Caldwell Insurance", "happy", 4, 0, "", ""),
        ("DE", "Stadtwerke Ahrbach", "happy", 3, 0, "", ""),
    ]

    def low_nps(c: Cust, t: datetime) -> tuple[str, int]:
        """A complaining contact's NPS of 1-5, one to three hours after the complaint."""
        score = rng.randint(1, 5)
        later = t + timedelta(minutes=rng.randint(60, 180))
        words = rng.choice(B.LOW_NPS[c.lang])
        sid = f.add(
            c,
            later,
            "survey",
            "survey_response",
            words,
            scores={"nps": score},
            attrs={"survey": "nps"},
        )
        return sid, score

    def routine(c: Cust, day_choices: list[int], n: int, surveys: bool) -> None:
        lang = c.lang
        for d in sorted(rng.sample(day_choices, min(n, len(day_choices)))):
            t = f.office(f.at(d, 8, 16.5))
            kind = rng.choice(
                ["chat", "chat", "buy", "view", "praise", *(["survey"] if surveys else [])]
            )
            cx = f.ctx(c, lang)
            if kind == "chat":
                q, a = rng.choice(B.CHAT_QA[lang])
                thanks = rng.choice(B.THANKS[lang]) if rng.random() < 0.6 else None
                f.qa(c, t, f.fill(q, cx), f.fill(a, cx), cx["agent"], thanks=thanks)
            elif kind == "buy":
                label, eur = rng.choice(B.EVENTS)
                f.add(c, t, "web", "page_view", attrs={"page": "/teams/rooms"})
                value, cur = currency(c.market, eur)
                f.add(
                    c,
                    t + timedelta(minutes=rng.randint(2, 9)),
                    "web",
                    "purchase",
                    attrs={
                        "order_value": value,
                        "currency": cur,
                        "product": label,
                        "page": "/teams/book",
                    },
                )
            elif kind == "view":
                f.add(c, t, "web", "page_view", attrs={"page": rng.choice(B.PAGES)})
            elif kind == "praise":
                f.add(c, t, "community", "post", f.fill(rng.choice(B.PRAISE[lang]), cx))
            else:
                which = rng.choice(["nps", "csat", "ces"])
                score = {
                    "nps": rng.randint(9, 10),
                    "csat": rng.randint(4, 5),
                    "ces": rng.randint(6, 7),
                }[which]
                f.add(
                    c,
                    t,
                    "survey",
                    "survey_response",
                    rng.choice(B.SURVEY_WORDS[lang]),
                    scores={which: score},
                    attrs={"survey": which},
                )

    for market, name, kind, n_contacts, n_unhappy, problem, again in plan:
        comp = comp_of[(market, name)]
        lang = market_lang[market]
        while True:
            acc = f"ENT-{market}-{rng.randint(1000, 9999)}"
            if REG.take(acc):
                break
        taken: set[str] = set()
        contacts: list[Cust] = []
        for j in range(n_contacts):
            role: tuple[str, str, list[str], list[str]]
            if j < n_unhappy and kind == "at_risk":
                ex = ["repeat_contact"] if j == n_unhappy - 1 else ["detractor"]
                role = ("b2b_unhappy", "complainer", ex, B2B_UNHAPPY_TOL)
            elif j < n_unhappy:
                role = ("b2b_one_unhappy", "complainer", ["detractor"], B2B_ONE_TOL)
            elif kind == "mild" and j < 2:
                role = ("b2b_mild", "suggests", [], ["silence"])
            else:
                role = ("b2b_happy", "contact", [], [])
            c = f.person(
                *role, lang=lang, market=market, company=comp, account_id=acc, taken_firsts=taken
            )
            c.truth["role"] = role[1]
            c.venue = rng.choice(W.VENUES[market]) if market != "CH" else CH_VENUE[lang]
            contacts.append(c)
        unhappy = contacts[:n_unhappy]
        for c in contacts:
            if c.truth["role"] == "contact":
                routine(
                    c,
                    [d for d in range(14) if (f.start + timedelta(days=d)).weekday() < 5],
                    rng.randint(3, 6),
                    True,
                )
            else:
                routine(c, [0, 1], rng.randint(0, 2), False)
        first_t: datetime | None = None
        if kind == "at_risk":
            t = f.at(2, 8.5, 12)
            ref = f.case()
            first_t = t
            for j, c in enumerate(unhappy):
                cx = f.ctx(c, lang, case=ref, topic=B.TOPIC[lang][problem])
                desc = f.fill(B.DESC[lang][problem], cx)
                if j == 0:
                    s, b = B.FIRST[lang]
                    eid = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        f.fill(b, dict(cx, desc=desc)),
                        subject=f.fill(s, cx),
                    )
                    ca = f.ctx(c, lang, case=ref)
                    s2, b2 = B.CASE_ACK[lang]
                    f.mail(
                        c,
                        t + timedelta(minutes=rng.randint(20, 90)),
                        f.fill(b2, ca),
                        f.fill(s2, ca),
                        ca["agent"],
                    )
                else:
                    tn = f.office(t + timedelta(hours=rng.uniform(8, 28)))
                    same_day = tn.date() == first_t.date()
                    day = B.THIS_MORNING[lang] if same_day else B.WEEKDAY[lang][first_t.weekday()]
                    s, b = B.LATER[lang][(j - 1) % len(B.LATER[lang])]
                    eid = f.add(
                        c,
                        tn,
                        "email",
                        "message",
                        f.fill(b, dict(cx, desc=desc, complainer=unhappy[0].first, day=day)),
                        subject=f.fill(s, cx),
                    )
                    t = tn
                c.truth.update(
                    {
                        "complaint_event_ids": [eid],
                        "problem": problem,
                        "booking": ref,
                        "trouble_starts_at": iso(t),
                    }
                )
                if j < len(unhappy) - 1:
                    sid, score = low_nps(c, t)
                    c.truth.update({"nps_given": True, "survey_event_id": sid, "nps": score})
                else:
                    ta = f.office(t + timedelta(hours=rng.uniform(18, 40)))
                    cx2 = f.ctx(c, lang, case=ref)
                    if again == "email":
                        s, b = B.AGAIN_EMAIL[lang]
                        e2 = f.add(
                            c, ta, "email", "message", f.fill(b, cx2), subject=f.fill(s, cx2)
                        )
                        c.truth["competitor"] = cx2["comp"]
                    else:
                        keep = {c.first, c.company, *c.company.split()}
                        e2 = f.add(
                            c,
                            ta,
                            "phone",
                            "call",
                            speech(f.fill(rng.choice(B.AGAIN_CALL[lang]), cx2), lang, keep),
                        )
                        c.truth["competitor"] = None
                    c.truth["complaint_event_ids"].append(e2)
                    c.truth.update(
                        {"nps_given": False, "repeat_event_id": e2, "channels": ["email", again]}
                    )
        elif kind == "one_unhappy":
            c = unhappy[0]
            t = f.office(f.at(rng.randint(3, 7), 8.5, 16))
            first_t = t
            ref = f.case()
            cx = f.ctx(c, lang, case=ref, topic=B.TOPIC[lang][problem])
            s, b = B.FIRST[lang]
            eid = f.add(
                c,
                t,
                "email",
                "message",
                f.fill(b, dict(cx, desc=f.fill(B.DESC[lang][problem], cx))),
                subject=f.fill(s, cx),
            )
            s2, b2 = B.CASE_ACK[lang]
            f.mail(
                c,
                t + timedelta(minutes=rng.randint(20, 90)),
                f.fill(b2, cx),
                f.fill(s2, cx),
                cx["agent"],
            )
            sid, score = low_nps(c, t)
            c.truth.update(
                {
                    "complaint_event_ids": [eid],
                    "problem": problem,
                    "booking": ref,
                    "trouble_starts_at": iso(t),
                    "nps_given": True,
                    "nps": score,
                    "survey_event_id": sid,
                }
            )
        elif kind == "mild":
            for c in contacts[:2]:
                t = f.office(f.at(rng.randint(2, 9), 8, 16))
                cx = f.ctx(c, lang)
                mid = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    rng.choice(B.MILD[lang]),
                    attrs={"page": "/teams/portal/feedback"},
                )
                s, b = B.MILD_ACK[lang]
                f.mail(
                    c, t + timedelta(minutes=rng.randint(30, 120)), f.fill(b, cx), s, cx["agent"]
                )
                c.truth.update({"mild_event_id": mid, "trouble_starts_at": iso(t)})
        for c in contacts:
            c.truth.update({"account_id": acc})
        f.accounts[acc] = {
            "company": name,
            "site": comp[2],
            "contacts": n_contacts,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": n_unhappy,
            "unhappy_contact_keys": [c.key for c in unhappy],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": iso(first_t) if kind == "at_risk" and first_t else None,
            "language": lang,
            "country": market,
        }
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        monday(2026, 11, 9),
        7,
        "a calm week and the planted spike: hint screens showing every solution, error GMS/E-2207",
    )
    rng = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        n = rng.randint(1, 4)
        for d in sorted(rng.sample(range(6), n)):
            t = f.at(d, 12, 19) if d == 5 else f.at(d, 7, 20)
            f.happy(c, t, rng.choice(HAPPY_POOL))
    for lang in ("es", "en"):
        c = f.person("grumbles_once", "grumbles once", [], ["silence"], lang=lang)
        t = f.at(0, 9, 18)
        q, a = W.TS_GRUMBLE[lang]
        cx = f.ctx(c, lang)
        gid = f.qa(c, t, f.fill(q, cx), a, cx["agent"], (2, 6))[0]
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(t)})
    for lang, when in (("es", 9 + 50 / 60), ("en", 16 + 20 / 60)):
        c = f.person("grumbles_once", "lone question", [], ["silence"], lang=lang)
        t = f.at(4, when)
        q, a = W.LONE_QA[lang]
        cx = f.ctx(c, lang)
        lid = f.qa(c, t, f.fill(q, cx), a, cx["agent"], (2, 5))[0]
        c.truth.update({"lone_report_event_id": lid, "trouble_starts_at": iso(t)})
    langs = ["es"] * 7 + ["en"] * 5 + ["fr", "fr", "de", "de", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(langs)
    rng.shuffle(chans)
    regular = [True] * 12 + [False] * 8
    rng.shuffle(regular)
    minutes = sorted(rng.sample(range(12, 58), 20))
    minutes[0], minutes[-1] = 12, 57
    day = f.start + timedelta(days=5)
    reporters: list[tuple[Cust, datetime, str, str]] = []
    used: dict[str, int] = {}
    for i in range(20):
        lang = langs[i]
        c = f.person(
            "spike_reporter", "regular" if regular[i] else "new", [], ["silence"], lang=lang
        )
        if regular[i]:
            for _k in range(rng.randint(1, 3)):
                f.happy(c, f.at(1, 8, 17.5), rng.choice(["praise", "chat", "buy", "view", "email"]))
        t = day + timedelta(hours=8, minutes=minutes[i], seconds=rng.randint(0, 59))
        ch = chans[i]
        cx = f.ctx(c, lang)
        used[lang] = used.get(lang, rng.randrange(len(W.SPIKE[lang]))) + 1
        text = f.fill(W.SPIKE[lang][used[lang] % len(W.SPIKE[lang])], cx)
        if ch == "email":
            eid = f.add(c, t, "email", "message", text, subject=f.fill(W.SPIKE_SUBJECT[lang], cx))
        elif ch == "chat":
            eid = f.qa(c, t, text, f.fill(W.SPIKE_CHAT_ANSWER[lang], cx), cx["agent"], (1, 4))[0]
        elif ch == "web":
            eid = f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"})
        else:
            eid = f.add(c, t, ch, "mention" if ch == "social" else "post", text)
        c.truth.update(
            {
                "in_spike": True,
                "regular": regular[i],
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
                "agent_fixed": False,
            }
        )
        reporters.append((c, t, eid, ch))
    early = [i for i, (_, t, _, _) in enumerate(reporters) if t.minute <= 37 and t.hour == 8]
    rep_idx = rng.sample(early, 6)
    rep_chans = ["email", "email", "chat", "chat", "community", "community"]
    rng.shuffle(rep_chans)
    repeat_ids: list[str] = []
    for k, i in enumerate(rep_idx):
        c, t, _, ch0 = reporters[i]
        ch = rep_chans[k]
        if ch == ch0:
            ch = next(x for x in ("email", "chat", "community") if x != ch0)
        t2 = t + timedelta(minutes=rng.randint(15, 50))
        cx = f.ctx(c, c.lang)
        text = f.fill(W.SPIKE_AGAIN[c.lang][k % len(W.SPIKE_AGAIN[c.lang])], cx)
        if ch == "email":
            rid = f.add(
                c,
                t2,
                "email",
                "message",
                text,
                subject="RE: " + f.fill(W.SPIKE_SUBJECT[c.lang], cx),
            )
        elif ch == "chat":
            answer = f.fill(W.SPIKE_CHAT_ANSWER[c.lang], cx)
            rid = f.qa(c, t2, text, answer, cx["agent"], (1, 3))[0]
        else:
            rid = f.add(c, t2, "community", "post", text)
        c.truth.update(
            {
                "persona": "spike_repeater",
                "expected_rules": ["repeat_contact"],
                "tolerated_rules": ["sentiment_drop", "silence"],
                "repeat_event_id": rid,
            }
        )
        repeat_ids.append(rid)
    others = [i for i in range(20) if i not in rep_idx]
    for i in rng.sample(others, 6):
        c = reporters[i][0]
        credit = {"UK": "£13", "CH": "CHF 14"}.get(c.market, "€15" if c.lang == "en" else "15 €")
        cx = f.ctx(c, c.lang, credit=credit)
        s, b = W.SPIKE_FIXED[c.lang]
        f.mail(
            c, day + timedelta(hours=10, minutes=rng.randint(55, 65)), f.fill(b, cx), s, cx["agent"]
        )
        c.truth["agent_fixed"] = True
    f.spike = {
        "topic": "escape-room hint screens showing every solution and the final code from the start of the game: games spoiled, error GMS/E-2207",
        "about": "Saturday 14 November 2026 morning: the hint screens in rooms at many venues show all answers from the first minute",
        "channel": None,
        "start": iso(min(t for _, t, _, _ in reporters)),
        "end": iso(max(t for _, t, _, _ in reporters)),
        "customers": 20,
        "customer_keys": [c.key for c, _, _, _ in reporters],
        "event_ids": [e for _, _, e, _ in reporters],
        "repeat_event_ids": repeat_ids,
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
PLANTED: dict[str, dict[str, int]] = {
    "happy_writers": {},
    "one_bad_day": {"detractor": 6},
    "repeat_contacts": {"repeat_contact": 12},
    "slow_churners": {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
    "quiet_hours": {},
    "bilingual": {"repeat_contact": 5, "sentiment_drop": 5},
    "b2b_accounts": {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    "topic_spike": {"topic_spike": 1, "repeat_contact": 6},
}


def main() -> None:
    for build in FAMILIES:
        fam = build()
        jsonl, truth = fam.finish()
        got = json.loads(truth)["config"]["expected"]
        if got != PLANTED[fam.name]:
            raise SystemExit(f"{fam.name}: expected {got}, planted {PLANTED[fam.name]}")
        (HERE / f"{fam.name}.jsonl").write_text(jsonl, encoding="utf-8")
        (HERE / f"{fam.name}.truth.json").write_text(truth, encoding="utf-8")
        print(f"{fam.name}: {len(fam.custs)} customers, {jsonl.count(chr(10))} touchpoints")


if __name__ == "__main__":
    main()
