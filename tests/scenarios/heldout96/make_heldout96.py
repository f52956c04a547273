# ruff: noqa: E501
"""Build tests/scenarios/heldout96/ (report only, written blind): Caldessa, spas by app and web.

Standalone and deterministic (standard library only): ``python make_heldout96.py`` from
anywhere writes ``<family>.jsonl`` and ``<family>.truth.json`` beside this file. The
stories decide every act; the words come from the wording modules beside it.
"""

from __future__ import annotations

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
import wording_b2b as B  # noqa: E402
import wording_trouble as T  # noqa: E402

SEED = 20261114
BUSINESS = "Caldessa: thermal and city spas by app and web (day passes, treatments, Cercle membership); Caldessa Pro: spa entries and seminar days for employers on account"
COMPETITORS = ("Termalys", "Dampfeld")
WRITTEN = "2026-12-04, blind (report only)"
LIMIT_LOW = datetime(2026, 1, 1, tzinfo=UTC)
LIMIT_HIGH = datetime(2026, 11, 16, tzinfo=UTC)
SOURCES = {
    "email": "caldessa-mail",
    "phone": "caldessa-voice",
    "social": "caldessa-social",
    "community": "caldessa-forum",
    "chat": "caldessa-chat",
    "web": "caldessa-web",
    "survey": "caldessa-survey",
}
RE_PREFIX = {"fr": "RE : ", "pt": "RE: ", "en": "Re: ", "es": "RE: ", "de": "AW: ", "it": "R: "}
CALL_SUBJ = {
    "fr": "Suite à votre appel",
    "pt": "Na sequência da sua chamada",
    "en": "Following your call",
    "es": "Tras su llamada",
    "de": "Ihr Anruf bei uns",
    "it": "La sua telefonata",
}
MSG_SUBJ = {
    "fr": "Votre message",
    "pt": "A sua mensagem",
    "en": "Your message",
    "es": "Su mensaje",
    "de": "Ihre Nachricht",
    "it": "Il suo messaggio",
}
REPEAT_TOLERATES = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
SLIDER_TOLERATES = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
LEAVER_TOLERATES = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
AT_RISK_TOLERATES = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
ONE_UNHAPPY_TOLERATES = ["sentiment_drop", "high_value_at_risk", "silence"]

USED: set[str] = set()


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def ascii_name(text: str) -> str:
    flat = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in flat if ch.isalnum() and ord(ch) < 128).lower()


def fill(template: str, ctx: dict[str, str]) -> str:
    return template.format(**ctx)


def spoken(text: str) -> str:
    """A speech-to-text rendering: no punctuation, sentence starts and shouting in lower case."""
    words: list[str] = []
    start = True
    for word in text.split():
        core = word.strip('.,;:!?«»"“”()…')
        if core and not core.startswith("{"):
            if core.isupper() and not any(ch.isdigit() for ch in core) and len(core) > 1:
                core = core.lower()
            elif start and core[:1].isupper():
                core = core[0].lower() + core[1:]
        if core and core not in ("-", "–", ":", "→", ">"):
            words.append(core)
        start = word[-1:] in ".!?" or word.endswith("?!")
    return " ".join(words)


@dataclass
class Cust:
    key: str
    first: str
    last: str
    lang: str
    country: str
    site: str
    town: str
    email: str
    phone: str
    cc: str
    handle: str | None
    account: str | None = None
    segment: str = "consumer"
    persona: str = "happy"
    habit: str = ""
    job: str = ""
    expected: list[str] = field(default_factory=list)
    tolerated: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Row:
    eid: str
    at: datetime
    cust: Cust
    channel: str
    kind: str
    direction: str
    text: str | None
    subject: str | None
    scores: dict[str, int | None]
    attrs: dict[str, str]


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name = name
        self.code = code
        self.rng = random.Random(SEED * 100 + n)
        self.rr = random.Random(SEED * 100 + 50 + n)
        self.start = start
        self.days = days
        self.about = about
        self.custs: list[Cust] = []
        self.rows: list[Row] = []
        self.count = 0
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        #: (customer, template) pairs already used: nobody writes the same words twice.
        self.used: set[tuple[str, str]] = set()

    # -- time -------------------------------------------------------------------------
    def t(self, day: int, hour: int, minute: int = 0) -> datetime:
        return self.start + timedelta(days=day, hours=hour, minutes=minute)

    def out_of_night(self, t: datetime, late: int, spread: int) -> datetime:
        """Moved out of the night (``late``:00-07:00 UTC) to 08:00 plus up to ``spread`` minutes."""
        if t.hour >= late:
            t = t + timedelta(days=1)
        elif t.hour >= 7:
            return t
        base = t.replace(hour=8, minute=0, second=0)
        return base + timedelta(minutes=self.rng.randint(0, spread))

    def daytime(self, t: datetime) -> datetime:
        """Agents' answers and later acts: out of 21:00-07:00, to 08:00-08:50."""
        return self.out_of_night(t, 21, 50)

    def quiet(self, t: datetime) -> datetime:
        """Later contacts of repeat contacts: out of 22:00-07:00, to 08:00-09:00."""
        return self.out_of_night(t, 22, 59)

    def office(self, t: datetime) -> datetime:
        """Office hours: weekdays 08:00-17:00 UTC, else the next working morning."""
        while t.weekday() >= 5 or t.hour >= 17 or t.hour < 8:
            if t.hour < 8 and t.weekday() < 5:
                t = t.replace(hour=8, minute=self.rng.randint(0, 50), second=0)
            else:
                t = (t + timedelta(days=1)).replace(
                    hour=8, minute=self.rng.randint(0, 50), second=0
                )
        return t

    # -- people -----------------------------------------------------------------------
    def unique(self, value: str) -> bool:
        if value in USED:
            return False
        USED.add(value)
        return True

    def pick_lang(self) -> str:
        langs = list(W.LANG_WEIGHTS)
        lang: str = self.rng.choices(langs, weights=[W.LANG_WEIGHTS[x] for x in langs])[0]
        return lang

    def pick_country(self, lang: str) -> str:
        options = W.MARKETS[lang]
        country: str = self.rng.choices([m for m, _ in options], weights=[w for _, w in options])[0]
        return country

    def site_for(self, country: str, lang: str) -> tuple[str, str]:
        key = country
        if country == "CH":
            key = "CH-de" if lang == "de" else "CH-it" if lang == "it" else "CH-fr"
        site: tuple[str, str] = self.rng.choice(W.SITES[key])
        return site

    def new_phone(self, country: str) -> tuple[str, str]:
        cc, prefixes, digits = W.PHONES[country]
        while True:
            number = self.rng.choice(prefixes) + "".join(
                str(self.rng.randint(0, 9)) for _ in range(digits)
            )
            phone = f"+{cc}{number}"
            if self.unique("phone:" + phone):
                return phone, cc

    def new_email(self, first: str, last: str, domain: str) -> str:
        a, b = ascii_name(first), ascii_name(last)
        shapes = [f"{a}.{b}", f"{a[0]}{b}", f"{a}{b}", f"{b}.{a}", f"{a}_{b}"]
        shape = self.rng.choice(shapes)
        n = 0
        while True:
            local = shape if n == 0 else f"{shape}{self.rng.randint(2, 99)}"
            email = f"{local}@{domain}"
            if self.unique("email:" + email):
                return email
            n += 1

    def new_handle(self, first: str, last: str) -> str:
        a, b = ascii_name(first), ascii_name(last)
        shapes = [
            f"{a}_{b}{self.rng.randint(1, 9)}",
            f"{b}{a[0]}",
            f"{a}{b}{self.rng.randint(70, 99)}",
            f"{a[0]}{b}",
            f"{a}.{b}",
            f"{b}_{a}",
        ]
        n = 0
        while True:
            h = self.rng.choice(shapes) if n < 3 else f"{a}{b}{self.rng.randint(100, 999)}"
            if self.unique("handle:" + h):
                return "@" + h
            n += 1

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        country: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        female: bool | None = None,
    ) -> Cust:
        lang = lang or self.pick_lang()
        country = country or self.pick_country(lang)
        if female is None:
            female = self.rng.random() < 0.6
        first = self.rng.choice(W.FIRST_F[lang] if female else W.FIRST_M[lang])
        last = self.rng.choice(W.SURNAMES[lang])
        while True:
            key = f"CD{self.code}{self.rng.randint(1000, 9999)}"
            if self.unique("id:" + key):
                break
        site, town = self.site_for(country, lang)
        phone, cc = self.new_phone(country)
        c = Cust(
            key=key,
            first=first,
            last=last,
            lang=lang,
            country=country,
            site=site,
            town=town,
            email=self.new_email(first, last, self.rng.choice(W.MAIL_DOMAINS[country])),
            phone=phone,
            cc=cc,
            handle=self.new_handle(first, last),
            persona=persona,
            habit=habit,
            job=self.rng.choice(W.JOBS[lang]),
            expected=list(expected or []),
            tolerated=list(tolerated or []),
        )
        self.custs.append(c)
        return c

    def new_ref(self) -> str:
        while True:
            ref = f"CDS-{self.rng.randint(10000, 99999)}"
            if self.unique("ref:" + ref):
                return ref

    # -- words ------------------------------------------------------------------------
    def money(self, c: Cust, eur: int, lang: str, say: bool = False) -> str:
        if c.country == "UK":
            v = round(eur * 0.87)
            return f"{v} pounds" if say else f"£{v}"
        if c.country == "CH":
            v = round(eur * 0.95)
            if say:
                return {
                    "de": f"{v} Franken",
                    "it": f"{v} franchi",
                    "pt": f"{v} francos",
                    "es": f"{v} francos",
                }.get(lang, f"{v} francs")
            return f"CHF {v}" if lang == "en" else f"{v} CHF"
        if say:
            return {"de": f"{eur} Euro", "it": f"{eur} euro"}.get(lang, f"{eur} euros")
        return f"€{eur}" if lang == "en" else f"{eur} €"

    def ctx(self, c: Cust, lang: str, **more: str) -> dict[str, str]:
        base = {
            "first": c.first,
            "last": c.last,
            "site": c.site,
            "town": c.town,
            "agent": self.rng.choice(W.AGENTS[lang]),
            "job": c.job,
        }
        base.update(more)
        return base

    def roughen(self, text: str) -> str:
        rr = self.rr
        if rr.random() < 0.10:
            for a, b in (
                ("ä", "ae"),
                ("ö", "oe"),
                ("ü", "ue"),
                ("Ä", "Ae"),
                ("Ö", "Oe"),
                ("Ü", "Ue"),
            ):
                text = text.replace(a, b)
            out = []
            for ch in text:
                if ch in "ñÑß":
                    out.append(ch)
                    continue
                flat = unicodedata.normalize("NFD", ch)
                out.append(
                    "".join(x for x in flat if not unicodedata.combining(x))
                    if len(flat) > 1
                    else ch
                )
            text = "".join(out)
        if rr.random() < 0.125 and text[:1].isupper() and text[1:2].islower():
            text = text[0].lower() + text[1:]
        if rr.random() < 1 / 7:
            words = text.split(" ")
            options = [
                i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()
            ]
            if options:
                i = rr.choice(options)
                w = words[i]
                j = rr.randint(1, len(w) - 3)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    def add(
        self,
        c: Cust,
        at: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        *,
        out: bool = False,
        agent: str | None = None,
        scores: dict[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
        rough: bool = True,
    ) -> str:
        self.count += 1
        eid = f"cd96-{self.code.lower()}-{self.count:05d}"
        if text is not None and not out and rough and channel not in ("phone", "survey"):
            text = self.roughen(text)
        if text is not None and not out and channel == "social" and c.segment == "consumer":
            pos = text.rfind("Caldessa")
            text = text[:pos] + "@" + text[pos:] if pos >= 0 else "@Caldessa " + text
        a: dict[str, str] = {"market": c.country}
        if c.segment == "b2b":
            a["segment"] = "b2b"
        if out and agent:
            a["agent"] = agent
        if attrs:
            a.update(attrs)
        self.rows.append(
            Row(
                eid=eid,
                at=at,
                cust=c,
                channel=channel,
                kind=kind,
                direction="outbound" if out else "inbound",
                text=text,
                subject=subject,
                scores=scores or {"nps": None, "csat": None, "ces": None},
                attrs=a,
            )
        )
        return eid

    def agent_mail(
        self, c: Cust, at: datetime, lang: str, subject: str, body: str, ctx: dict[str, str]
    ) -> str:
        return self.add(
            c,
            at,
            "email",
            "message",
            fill(body, ctx),
            fill(subject, ctx),
            out=True,
            agent=ctx["agent"],
        )

    def agent_chat(self, c: Cust, at: datetime, text: str, ctx: dict[str, str]) -> str:
        return self.add(c, at, "chat", "chat", fill(text, ctx), out=True, agent=ctx["agent"])

    # -- happy acts ---------------------------------------------------------------------
    def purchase(self, c: Cust, at: datetime, products: list[tuple[str, int, str]]) -> str:
        label, eur, page = self.rng.choice(products)
        self.add(c, at, "web", "page_view", attrs={"page": page})
        if c.country == "UK":
            value, cur = eur * 0.86, "GBP"
        elif c.country == "CH":
            value, cur = eur * 0.94, "CHF"
        else:
            value, cur = float(eur), "EUR"
        return self.add(
            c,
            at + timedelta(minutes=self.rng.randint(2, 9)),
            "web",
            "purchase",
            attrs={"order_value": f"{value:.2f}", "currency": cur, "product": label, "page": page},
        )

    def survey_happy(self, c: Cust, at: datetime, lang: str) -> str:
        which = self.rng.choice(["nps", "csat", "ces"])
        score = {
            "nps": self.rng.randint(9, 10),
            "csat": self.rng.randint(4, 5),
            "ces": self.rng.randint(6, 7),
        }[which]
        scores: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        scores[which] = score
        word = self.rng.choice(W.SURVEY_WORDS[lang])
        return self.add(
            c, at, "survey", "survey_response", word or None, scores=scores, attrs={"survey": which}
        )

    def fresh(self, c: Cust, options: list[Any]) -> Any:
        """An option this customer has not used yet, or None."""
        unused = [o for o in options if (c.key, str(o)) not in self.used]
        if not unused:
            return None
        choice = self.rng.choice(unused)
        self.used.add((c.key, str(choice)))
        return choice

    def happy(self, c: Cust, at: datetime, kind: str, lang: str | None = None) -> str:
        lang = lang or c.lang
        rng = self.rng
        cx = self.ctx(c, lang)
        tables: dict[str, Any] = {
            "praise": W.PRAISE,
            "again": W.AGAIN,
            "gripe": W.GRIPE,
            "chat": W.CHAT_Q,
            "email": W.EMAIL_Q,
            "phone": W.PHONE_Q,
            "review": W.REVIEW,
            "night_post": W.NIGHT_POST,
            "night_chat": W.NIGHT_CHAT,
        }
        picked: Any = None
        if kind in tables:
            picked = self.fresh(c, tables[kind][lang])
            if picked is None:
                kind = "night_post" if kind == "night_chat" else "page" if kind == "buy" else "buy"
                if kind == "night_post":
                    picked = self.fresh(c, W.NIGHT_POST[lang]) or rng.choice(W.NIGHT_POST[lang])
        if kind in ("praise", "again", "gripe", "night_post"):
            return self.post(c, at, fill(picked, cx))
        if kind in ("chat", "night_chat"):
            q, a = picked
            night = kind == "night_chat"
            return self.chat_exchange(
                c, at, fill(q, cx), a, cx, lang, 4 if night else 6, 1.0 if night else 0.6
            )
        if kind == "email":
            subj, body, answer = picked
            eid = self.add(c, at, "email", "message", fill(body, cx), fill(subj, cx))
            when = self.daytime(at + timedelta(minutes=rng.randint(60, 300)))
            self.agent_mail(c, when, lang, RE_PREFIX[lang] + subj, answer, cx)
            return eid
        if kind == "phone":
            said, follow = picked
            eid = self.add(c, at, "phone", "call", fill(said, cx), rough=False)
            self.agent_mail(
                c, at + timedelta(minutes=rng.randint(10, 40)), lang, CALL_SUBJ[lang], follow, cx
            )
            return eid
        if kind == "buy":
            return self.purchase(c, at, W.PRODUCTS)
        if kind == "page":
            return self.add(c, at, "web", "page_view", attrs={"page": rng.choice(W.PAGES)})
        if kind == "review":
            slug = "/reviews/" + ascii_name(c.site.replace("Caldessa", ""))
            return self.add(
                c,
                at,
                "web",
                "review",
                fill(picked, cx),
                attrs={"rating": str(rng.randint(4, 5)), "page": slug},
            )
        if kind == "survey":
            return self.survey_happy(c, at, lang)
        raise ValueError(kind)

    def post(self, c: Cust, at: datetime, text: str) -> str:
        """A post on the community forum or a social mention."""
        channel = self.rng.choice(["community", "social"])
        return self.add(c, at, channel, "post" if channel == "community" else "mention", text)

    def chat_exchange(
        self,
        c: Cust,
        at: datetime,
        question: str,
        answer: str,
        cx: dict[str, str],
        lang: str,
        answer_within: int,
        thanks: float,
    ) -> str:
        """A chat question, the agent's answer, and sometimes thanks."""
        eid = self.add(c, at, "chat", "chat", question)
        ans = at + timedelta(minutes=self.rng.randint(1, answer_within))
        self.agent_chat(c, ans, answer, cx)
        if thanks >= 1 or self.rng.random() < thanks:
            when = ans + timedelta(minutes=self.rng.randint(1, 3))
            self.add(c, when, "chat", "chat", fill(self.rng.choice(W.THANKS[lang]), cx))
        return eid

    def happy_days(
        self,
        c: Cust,
        days: list[int],
        kinds: list[str],
        h0: int = 7,
        h1: int = 19,
        lang_cycle: tuple[str, ...] = (),
    ) -> list[str]:
        out = []
        for i, d in enumerate(sorted(days)):
            at = self.t(d, self.rng.randint(h0, h1 - 1), self.rng.randint(0, 59))
            lang = lang_cycle[i % len(lang_cycle)] if lang_cycle else None
            out.append(self.happy(c, at, self.rng.choice(kinds), lang))
        return out

    # -- trouble ----------------------------------------------------------------------
    def trouble_ctx(
        self, c: Cust, lang: str, problem: str, at: datetime, say: bool = False
    ) -> dict[str, str]:
        back = at - timedelta(days=self.rng.randint(2, 6))
        return self.ctx(
            c,
            lang,
            amount=self.money(c, T.AMOUNTS[problem], lang, say),
            day=W.WEEKDAYS[lang][back.weekday()],
        )

    def complaint(
        self, c: Cust, at: datetime, how: str, problem: str, lang: str
    ) -> tuple[str, str]:
        """One angry first message; returns (event id, channel)."""
        rng = self.rng
        cx = self.trouble_ctx(c, lang, problem, at)
        core, demand = rng.choice(T.CORE[problem][lang])
        cx["core"] = fill(core, cx)
        cx["demand"] = fill(demand, cx)
        if how == "long":
            subj, body = rng.choice(T.LONG_EMAIL[lang])
            return self.add(c, at, "email", "message", fill(body, cx), subj), "email"
        if how == "email":
            return self.add(
                c,
                at,
                "email",
                "message",
                fill(rng.choice(T.EMAIL_FRAME[lang]), cx),
                T.SUBJ[problem][lang],
            ), "email"
        if how == "form":
            return self.add(
                c,
                at,
                "web",
                "ticket",
                fill(rng.choice(T.FORM_FRAME[lang]), cx),
                attrs={"page": "/contact"},
            ), "web"
        if how == "chat":
            cx["short"] = fill(T.SHORT[problem][lang], cx)
            return self.add(c, at, "chat", "chat", fill(rng.choice(T.CHAT_FRAME[lang]), cx)), "chat"
        if how == "social":
            text = fill(T.SHORT[problem][lang], cx)
            text = text[0].upper() + text[1:] + ". " + rng.choice(T.SOCIAL_TAIL[lang])
            return self.add(c, at, "social", "mention", text), "social"
        if how == "phone":
            sx = self.trouble_ctx(c, lang, problem, at, say=True)
            sx["short"] = fill(spoken(T.SHORT[problem][lang]), sx)
            return self.add(
                c, at, "phone", "call", fill(rng.choice(T.PHONE_FRAME[lang]), sx), rough=False
            ), "phone"
        raise ValueError(how)

    def acknowledge(self, c: Cust, at: datetime, channel: str, lang: str, ref: str) -> str:
        cx = self.ctx(c, lang, ref=ref)
        if channel == "chat":
            return self.agent_chat(
                c,
                at + timedelta(minutes=self.rng.randint(1, 4)),
                self.rng.choice(T.CHAT_CASE[lang]),
                cx,
            )
        subj, body = T.CASE_OPENED[lang]
        return self.agent_mail(
            c, at + timedelta(minutes=self.rng.randint(10, 40)), lang, subj, body, cx
        )

    def good_news(self, c: Cust, at: datetime, lang: str, ref: str, problem: str) -> str:
        cx = self.ctx(c, lang, ref=ref)
        cx["fix"] = T.FIX[problem][lang]
        subj, body = T.GOOD_NEWS[lang]
        return self.agent_mail(c, at, lang, subj, body, cx)

    def confirm(
        self, c: Cust, at: datetime, lang: str, ref: str, channel: str, agent_ctx: dict[str, str]
    ) -> str:
        text = fill(self.rng.choice(T.CONFIRM[lang]), agent_ctx | {"ref": ref})
        if channel == "email":
            return self.add(
                c,
                at,
                "email",
                "message",
                text + "\n\n" + c.first,
                fill(T.REF_SUBJ[lang], {"ref": ref}),
            )
        return self.add(c, at, "chat", "chat", text)

    def later_contact(
        self,
        c: Cust,
        at: datetime,
        n: int,
        channel: str,
        lang: str,
        ref: str,
        problem: str,
        competitor: str | None,
    ) -> str:
        table = {2: T.REPEAT2, 3: T.REPEAT3, 4: T.REPEAT4}[n]
        template = self.rng.choice(table[lang])
        cx = self.ctx(c, lang, ref=ref, competitor=competitor or "")
        cx["noun"] = fill(T.NOUN[problem][lang], cx)
        if channel == "phone":
            sx = dict(cx)
            sx["noun"] = fill(spoken(T.NOUN[problem][lang]), cx)
            sx["short"] = fill(spoken(template), sx)
            return self.add(
                c, at, "phone", "call", fill(self.rng.choice(T.PHONE_FRAME[lang]), sx), rough=False
            )
        text = fill(template, cx)
        text = text[0].upper() + text[1:]
        if channel == "email":
            return self.add(
                c,
                at,
                "email",
                "message",
                text + "\n\n" + c.first,
                fill(T.REF_SUBJ[lang], {"ref": ref}),
            )
        if channel == "chat":
            eid = self.add(c, at, "chat", "chat", text)
            self.agent_chat(
                c,
                at + timedelta(minutes=self.rng.randint(1, 4)),
                self.rng.choice(T.ADDED_URGENT[lang]),
                cx,
            )
            return eid
        if channel == "web":
            return self.add(c, at, "web", "ticket", text, attrs={"page": "/contact"})
        if channel == "social":
            return self.add(c, at, "social", "mention", text)
        raise ValueError(channel)

    def low_survey(self, c: Cust, at: datetime, lang: str, which: str, score: int) -> str:
        scores: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        scores[which] = score
        words = T.NPS_LOW_WORDS if which == "nps" else T.CSAT_LOW_WORDS
        return self.add(
            c,
            at,
            "survey",
            "survey_response",
            self.rng.choice(words[lang]) or None,
            scores=scores,
            attrs={"survey": which},
        )

    # -- output -----------------------------------------------------------------------
    def identifiers(self, row: Row, full: bool) -> dict[str, str | None]:
        c = row.cust
        if full or row.direction == "outbound":
            return {
                "customer_id": c.key,
                "email": c.email,
                "phone": c.phone,
                "handle": c.handle,
                "account_id": c.account,
            }
        ref: dict[str, str | None] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": c.account,
        }
        if row.channel == "phone":
            ref["phone"] = (
                f"+{c.cc} {c.phone[len(c.cc) + 1 :]}" if self.rr.random() < 0.5 else c.phone
            )
        elif row.channel in ("social", "community"):
            if c.handle:
                ref["handle"] = c.handle[1:] if self.rr.random() < 0.2 else c.handle
            else:
                ref["email"] = c.email
        elif row.channel == "email":
            if self.rr.random() < 1 / 12:
                local, domain = c.email.split("@")
                ref["email"] = (
                    ".".join(p.capitalize() for p in local.split(".")) + "@" + domain.capitalize()
                )
            else:
                ref["email"] = c.email
        else:
            ref["customer_id"] = c.key
        return ref

    def write(self, planted: dict[str, int]) -> tuple[int, int, int]:
        rows = sorted(self.rows, key=lambda r: (r.at, r.eid))
        seen: set[str] = set()
        lines = []
        for r in rows:
            if not LIMIT_LOW <= r.at < LIMIT_HIGH or r.at < self.start:
                raise SystemExit(f"{self.name}: {r.eid} at {r.at} outside the allowed range")
            full = False
            if r.direction == "inbound" and r.cust.key not in seen:
                seen.add(r.cust.key)
                full = True
            tp: dict[str, Any] = {
                "event_id": r.eid,
                "occurred_at": iso(r.at),
                "channel": r.channel,
                "kind": r.kind,
                "direction": r.direction,
                "customer": self.identifiers(r, full),
                "text": r.text,
                "subject": r.subject,
                "scores": r.scores,
                "source": SOURCES[r.channel],
                "attributes": r.attrs,
            }
            lines.append(json.dumps(tp, ensure_ascii=False, sort_keys=False))
        for c in self.custs:
            if c.key not in seen:
                raise SystemExit(f"{self.name}: {c.key} has no inbound touchpoint")
            if set(c.expected) & set(c.tolerated):
                raise SystemExit(f"{self.name}: {c.key} both expects and tolerates a rule")
        counts: Counter[str] = Counter()
        for c in self.custs:
            counts.update(c.expected)
        for acc in self.accounts.values():
            counts.update(acc["expected_rules"])
        if self.spike:
            counts["topic_spike"] += 1
        if dict(counts) != planted:
            raise SystemExit(f"{self.name}: expected {dict(counts)} != planted {planted}")
        end = max(self.start + timedelta(days=self.days), rows[-1].at + timedelta(hours=1))
        if end > LIMIT_HIGH:
            raise SystemExit(f"{self.name}: end {end} too late")
        customers = {}
        for c in self.custs:
            entry: dict[str, Any] = {
                "identifiers": {
                    "customer_id": c.key,
                    "email": c.email,
                    "phone": c.phone,
                    "handle": c.handle,
                    "account_id": c.account,
                },
                "expected_rules": sorted(c.expected),
                "tolerated_rules": sorted(c.tolerated),
                "persona": c.persona,
                "habit": c.habit,
                "language": c.lang,
                "country": c.country,
                "segment": c.segment,
                "name": f"{c.first} {c.last}",
                "job": c.job,
                "town": c.town,
                "site": c.site,
            }
            entry.update(c.extra)
            customers[c.key] = entry
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": BUSINESS,
                "days": self.days,
                "seed": SEED,
                "written": WRITTEN,
                "expected": dict(sorted(planted.items())),
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
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8"
        )
        replies = sum(1 for r in rows if r.direction == "outbound")
        return len(self.custs), len(rows), replies


DAY_KINDS = [
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
    "page",
    "review",
    "survey",
]
NO_SURVEY = [k for k in DAY_KINDS if k != "survey"]
QUESTIONS = ["chat", "chat", "chat", "email", "email", "phone", "phone", "buy", "page"]


def night_time(f: Fam, night: int) -> datetime:
    """A time in the night after day ``night``: 22:12-23:59 or 00:00-04:30 the next day."""
    if f.rng.random() < 0.4:
        return f.t(night, 22, f.rng.randint(12, 119))
    return f.t(night + 1, 0, f.rng.randint(0, 270))


# -- families ------------------------------------------------------------------------------


def happy_writers(f: Fam) -> dict[str, int]:
    rng = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.happy_days(c, rng.sample(range(f.days), rng.randint(5, 8)), DAY_KINDS)
    for _ in range(5):
        c = f.person("happy", "night writer")
        nights = rng.sample(range(f.days - 1), rng.randint(2, 4))
        for n in nights:
            f.happy(c, night_time(f, n), rng.choice(["night_post", "night_chat"]))
        free = [d for d in range(f.days) if d not in nights]
        f.happy_days(
            c, rng.sample(free, rng.randint(2, 3)), ["praise", "buy", "page", "review"], 9, 18
        )
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in rng.sample(range(f.days), rng.randint(3, 6)):
            f.survey_happy(c, f.t(d, rng.randint(8, 20), rng.randint(0, 59)), c.lang)
    return {}


def one_bad_day(f: Fam) -> dict[str, int]:
    rng = f.rng
    hows = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["form"] * 4 + ["phone"] * 4
    )
    problems = [p for p in T.PROBLEMS for _ in range(4)]
    rng.shuffle(problems)
    with_case = [i for i, h in enumerate(hows) if h != "social"]
    nps_set = set(rng.sample(with_case, 6))
    csat_set = set(rng.sample([i for i in with_case if i not in nps_set], 5))
    news_set = set(rng.sample(with_case, 12))
    sorry_set = set(rng.sample(sorted(news_set), 5))
    long_langs = ["fr", "fr", "pt", "pt"]
    for i, how in enumerate(hows):
        lang = long_langs.pop() if how == "long" else None
        detractor = i in nps_set
        c = f.person(
            "bad_day_detractor" if detractor else "happy_one_bad_day",
            "one bad day",
            lang=lang,
            expected=["detractor"] if detractor else [],
            tolerated=["silence"],
        )
        bd = rng.randint(2, 9)
        at = f.t(bd, rng.randint(8, 19), rng.randint(0, 59))
        problem = problems[i]
        eid, channel = f.complaint(c, at, how, problem, c.lang)
        ex: dict[str, Any] = {
            "problem": problem,
            "channel": channel,
            "bad_day_at": iso(at),
            "bad_day_event_id": eid,
            "trouble_starts_at": iso(at),
            "long_email": how == "long",
            "booking": None,
            "agent_fixed": False,
            "apologised": False,
            "nps_given": False,
            "csat_given": False,
        }
        if how != "social":
            ref = f.new_ref()
            ex["booking"] = ref
            f.acknowledge(c, at, channel, c.lang, ref)
            low = (
                ("nps", 100, 140, 5)
                if detractor
                else ("csat", 40, 80, 2)
                if i in csat_set
                else None
            )
            if low:
                which, lo, hi, top = low
                when = at + timedelta(minutes=rng.randint(lo, hi))
                s = f.low_survey(c, when, c.lang, which, rng.randint(1, top))
                ex.update(
                    {f"{which}_given": True, which: f.rows[-1].scores[which], "survey_event_id": s}
                )
            if i in news_set:
                f.good_news(
                    c, f.daytime(at + timedelta(minutes=rng.randint(60, 240))), c.lang, ref, problem
                )
                ex["agent_fixed"] = True
                if i in sorry_set:
                    when = f.daytime(at + timedelta(minutes=rng.randint(16 * 60, 24 * 60)))
                    cx = f.ctx(c, c.lang)
                    text = fill(rng.choice(T.APOLOGY[c.lang]), cx)
                    if rng.random() < 0.5:
                        a = f.add(c, when, "chat", "chat", text)
                    else:
                        a = f.add(
                            c,
                            when,
                            "email",
                            "message",
                            text + "\n\n" + c.first,
                            fill(T.REF_SUBJ[c.lang], {"ref": ref}),
                        )
                    ex.update(apologised=True, apology_at=iso(when), apology_event_id=a)
        c.extra = ex
        allowed = [d for d in range(f.days) if d <= bd - 2 or d >= bd + 3]
        f.happy_days(c, rng.sample(allowed, min(len(allowed), rng.randint(1, 5))), NO_SURVEY, 8, 20)
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_days(c, rng.sample(range(f.days), rng.randint(4, 7)), DAY_KINDS)
    return {"detractor": 6}


def repeat_run(
    f: Fam,
    c: Cust,
    contacts: int,
    first_day: int,
    problem: str,
    passed_on: bool,
    langs: tuple[str, ...],
) -> None:
    rng = f.rng
    first_how = c.extra.pop("first_how")
    at = f.t(first_day, rng.randint(8, 18), rng.randint(0, 59))
    eid, channel = f.complaint(c, at, first_how, problem, langs[0])
    ref = f.new_ref()
    if channel == "chat" or not passed_on:
        f.acknowledge(c, at, channel, langs[0], ref)
    if passed_on:
        cx = f.ctx(c, langs[0], ref=ref)
        subj, body = T.QUALITY_LEAD[langs[0]]
        f.agent_mail(
            c, f.daytime(at + timedelta(minutes=rng.randint(90, 150))), langs[0], subj, body, cx
        )
    ids = [eid]
    channels = [channel]
    options = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != channel]
    rng.shuffle(options)
    competitor = rng.choice(COMPETITORS) if contacts >= 3 else None
    t = at
    for n in range(2, contacts + 1):
        gap = rng.randint(4, 40) if contacts < 4 else rng.randint(4, 26)
        t = f.quiet(t + timedelta(hours=gap, minutes=rng.randint(0, 59)))
        ch = options.pop()
        lang = langs[(n - 1) % len(langs)]
        ids.append(f.later_contact(c, t, n, ch, lang, ref, problem, competitor if n == 3 else None))
        channels.append(ch)
    c.extra.update(
        problem=problem,
        booking=ref,
        contacts=contacts,
        channels=channels,
        channel=channel,
        agent_passed_on=passed_on,
        problem_event_ids=ids,
        competitor=competitor,
        trouble_starts_at=iso(at),
    )


def fixed_case(
    f: Fam, c: Cust, at: datetime, problem: str, how: str, lang: str, confirm_lang: str
) -> dict[str, Any]:
    rng = f.rng
    eid, channel = f.complaint(c, at, how, problem, lang)
    ref = f.new_ref()
    f.acknowledge(c, at, channel, lang, ref)
    fixed_at = f.daytime(at + timedelta(hours=rng.randint(3, 20), minutes=rng.randint(0, 59)))
    cx = f.ctx(c, confirm_lang, ref=ref)
    cx["fix"] = T.FIX[problem][confirm_lang]
    subj, body = T.GOOD_NEWS[confirm_lang]
    f.agent_mail(c, fixed_at, confirm_lang, subj, body, cx)
    conf_at = f.daytime(fixed_at + timedelta(hours=rng.randint(8, 30)))
    conf_channel = rng.choice(["email", "chat"])
    conf = f.confirm(c, conf_at, confirm_lang, ref, conf_channel, cx)
    return {
        "problem": problem,
        "booking": ref,
        "raised_at": iso(at),
        "fixed_at": iso(fixed_at),
        "confirmed_at": iso(conf_at),
        "problem_event_ids": [eid],
        "confirm_event_id": conf,
        "channel": channel,
        "confirm_channel": conf_channel,
    }


def repeat_contacts(f: Fam) -> dict[str, int]:
    rng = f.rng
    counts = [2] * 4 + [3] * 4 + [4] * 4
    firsts = ["form"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    rng.shuffle(firsts)
    problems = [p for p in T.PROBLEMS for _ in range(2)]
    rng.shuffle(problems)
    passed = set(rng.sample(range(12), 6))
    for i in range(12):
        c = f.person(
            "repeat_contact", "repeats", expected=["repeat_contact"], tolerated=REPEAT_TOLERATES
        )
        for k in range(rng.randint(1, 3)):
            f.happy(
                c,
                f.t(0, 7 + 2 * k, rng.randint(0, 59)),
                rng.choice(["praise", "buy", "page", "chat"]),
            )
        c.extra["first_how"] = firsts[i]
        repeat_run(f, c, counts[i], rng.randint(1, 4), problems[i], i in passed, (c.lang,))
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=["silence"])
        at = f.t(rng.randint(1, 5), rng.randint(8, 18), rng.randint(0, 59))
        case = fixed_case(
            f,
            c,
            at,
            rng.choice(T.PROBLEMS),
            rng.choice(["form", "email", "chat", "phone"]),
            c.lang,
            c.lang,
        )
        c.extra = {
            "problems": [case],
            "trouble_starts_at": case["raised_at"],
            "booking": case["booking"],
            "problem": case["problem"],
        }
        f.happy_days(c, rng.sample([0, 7, 8, 9], rng.randint(1, 2)), NO_SURVEY)
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=["silence"])
        p1, p2 = rng.sample(list(T.PROBLEMS), 2)
        d1 = rng.randint(1, 2)
        case1 = fixed_case(
            f,
            c,
            f.t(d1, rng.randint(8, 17), rng.randint(0, 59)),
            p1,
            rng.choice(["form", "email", "chat"]),
            c.lang,
            c.lang,
        )
        case2 = fixed_case(
            f,
            c,
            f.t(d1 + rng.randint(4, 5), rng.randint(8, 17), rng.randint(0, 59)),
            p2,
            rng.choice(["form", "email", "chat"]),
            c.lang,
            c.lang,
        )
        c.extra = {"problems": [case1, case2], "trouble_starts_at": case1["raised_at"]}
        f.happy(c, f.t(0, rng.randint(8, 18), rng.randint(0, 59)), rng.choice(["praise", "buy"]))
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.happy_days(c, rng.sample(range(f.days), rng.randint(5, 8)), QUESTIONS)
    return {"repeat_contact": 12}


def slide(
    f: Fam, c: Cust, start_day: int, span: int, langs: tuple[str, ...], variant: int
) -> list[str]:
    rng = f.rng
    competitor = rng.choice(COMPETITORS)
    t0 = f.t(start_day, rng.randint(9, 18), rng.randint(0, 59))
    offsets = sorted(rng.uniform(0, span * 24 - 2) for _ in range(5))
    times = [t0]
    for off in offsets:
        t = f.daytime(t0 + timedelta(hours=off))
        if t < times[-1] + timedelta(hours=1):
            t = f.daytime(times[-1] + timedelta(hours=1, minutes=rng.randint(5, 50)))
        times.append(t)
    ratings = ["3", "3", "2", "2", "1", "1"]
    ids = []
    for step, t in enumerate(times):
        lang = langs[step % len(langs)]
        sets = T.SLIDE[lang]
        text = sets[variant % len(sets)][step]
        cx = f.ctx(c, lang, competitor=competitor)
        channel = rng.choice(["social", "community", "review"])
        if channel == "review":
            slug = "/reviews/" + ascii_name(c.site.replace("Caldessa", ""))
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    fill(text, cx),
                    attrs={"rating": ratings[step], "page": slug},
                )
            )
        else:
            ids.append(
                f.add(
                    c, t, channel, "post" if channel == "community" else "mention", fill(text, cx)
                )
            )
    c.extra.update(
        slide_event_ids=ids, slide_days=span, competitor=competitor, trouble_starts_at=iso(times[0])
    )
    return [iso(t) for t in times]


def slow_churners(f: Fam) -> dict[str, int]:
    rng = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    rng.shuffle(spans)
    nps_set = set(rng.sample(range(10), 5))
    for i in range(10):
        det = i in nps_set
        c = f.person(
            "slow_churner",
            "slides",
            expected=["sentiment_drop"] + (["detractor"] if det else []),
            tolerated=SLIDER_TOLERATES,
        )
        days = rng.sample(range(11), rng.randint(6, 9))
        n_praise = rng.randint(4, 5)
        for k, d in enumerate(sorted(days)):
            kind = (
                rng.choice(["praise", "again"])
                if k < n_praise
                else rng.choice(["buy", "chat", "review", "page"])
            )
            f.happy(c, f.t(d, rng.randint(8, 19), rng.randint(0, 59)), kind)
        times = slide(f, c, rng.randint(12, 16), spans[i], (c.lang,), rng.randint(0, 1))
        if det:
            fourth = datetime.strptime(times[3], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
            s = f.low_survey(
                c,
                f.daytime(fourth + timedelta(minutes=rng.randint(150, 210))),
                c.lang,
                "nps",
                rng.randint(1, 5),
            )
            c.extra.update(nps_given=True, nps=f.rows[-1].scores["nps"], survey_event_id=s)
    for _ in range(5):
        c = f.person(
            "slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=LEAVER_TOLERATES
        )
        f.happy_days(c, rng.sample(range(16), rng.randint(4, 6)), NO_SURVEY)
        at = f.t(rng.randint(17, 23), rng.randint(8, 19), rng.randint(0, 59))
        subj, body = rng.choice(T.CANCEL_REQ[c.lang])
        cx = f.ctx(c, c.lang)
        ask = f.add(c, at, "email", "message", fill(body, cx), subj)
        s_subj, s_body = T.SORRY_GO[c.lang]
        f.agent_mail(
            c, f.daytime(at + timedelta(minutes=rng.randint(60, 300))), c.lang, s_subj, s_body, cx
        )
        when = f.daytime(at + timedelta(hours=rng.randint(20, 29), minutes=rng.randint(0, 59)))
        canc = f.add(
            c,
            when,
            "web",
            "cancellation",
            T.CANCEL_REASON[c.lang],
            attrs={"page": "/account/cercle/cancel", "product": "Caldessa Cercle"},
        )
        c.extra = {
            "churn_intent_event_id": ask,
            "cancellation_event_id": canc,
            "churn_at": iso(when),
            "trouble_starts_at": iso(at),
        }
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_days(c, rng.sample(range(f.days), rng.randint(6, 10)), DAY_KINDS)
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        d = rng.randint(0, 4)
        ids = []
        grumbles = rng.sample(T.GRUMBLE[c.lang], rng.randint(5, 7))
        cx = f.ctx(c, c.lang)
        first_at = None
        for g in grumbles:
            at = f.t(d, rng.randint(8, 20), rng.randint(0, 59))
            first_at = first_at or at
            channel = rng.choice(["social", "community", "web", "review"])
            text = fill(g, cx)
            if channel == "web":
                ids.append(f.add(c, at, "web", "ticket", text, attrs={"page": "/contact"}))
            elif channel == "review":
                slug = "/reviews/" + ascii_name(c.site.replace("Caldessa", ""))
                ids.append(f.add(c, at, "web", "review", text, attrs={"rating": "3", "page": slug}))
            else:
                ids.append(
                    f.add(c, at, channel, "post" if channel == "community" else "mention", text)
                )
            d += rng.randint(1, 3)
        for _ in range(rng.randint(0, 2)):
            f.purchase(
                c, f.t(rng.randint(0, 25), rng.randint(8, 19), rng.randint(0, 59)), W.PRODUCTS
            )
        assert first_at is not None
        c.extra = {"grumble_event_ids": ids, "trouble_starts_at": iso(first_at)}
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        f.happy_days(c, rng.sample(range(16), rng.randint(3, 6)), NO_SURVEY)
        at = f.t(rng.randint(17, 28), rng.randint(9, 20), rng.randint(0, 59))
        channel = rng.choice(["social", "community"])
        s = f.add(
            c,
            at,
            channel,
            "post" if channel == "community" else "mention",
            fill(rng.choice(T.SARCASM[c.lang]), f.ctx(c, c.lang)),
        )
        c.extra = {"sarcasm_event_id": s}
    return {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5}


def quiet_hours(f: Fam) -> dict[str, int]:
    rng = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in rng.sample(range(3), rng.randint(1, 3)):
            at = f.t(d, rng.randint(7, 16), rng.randint(0, 59))
            if at.hour == 16 and at.minute > 30:
                at = at.replace(minute=30)
            f.happy(c, at, rng.choice(DAY_KINDS))
    hows = ["chat", "chat", "web", "web"]
    for how in hows:
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        at = f.t(rng.randint(0, 2), rng.randint(9, 16), rng.randint(0, 59))
        if rng.random() < 0.5:
            f.purchase(c, at, W.PRODUCTS)
        else:
            f.add(c, at, "web", "page_view", attrs={"page": rng.choice(W.PAGES)})
        g_at = at + timedelta(minutes=rng.randint(20, 30))
        q, a = rng.choice(T.MILD[c.lang])
        cx = f.ctx(c, c.lang)
        if how == "chat":
            g = f.add(c, g_at, "chat", "chat", fill(q, cx))
            f.agent_chat(c, g_at + timedelta(minutes=rng.randint(1, 5)), a, cx)
        else:
            g = f.add(c, g_at, "web", "ticket", fill(q, cx), attrs={"page": "/contact"})
            f.agent_mail(
                c,
                f.daytime(g_at + timedelta(minutes=rng.randint(30, 120))),
                c.lang,
                MSG_SUBJ[c.lang],
                a,
                cx,
            )
        c.extra = {"grumble_event_id": g, "trouble_starts_at": iso(g_at)}
    day_once = set(rng.sample(range(36), 18))
    k = 0
    for night in range(3):
        b0 = f.t(night + 1, 0, rng.randint(40, 65))
        starts = [
            b0,
            b0 + timedelta(minutes=rng.randint(28, 33)),
            b0 + timedelta(minutes=rng.randint(55, 65)),
        ]
        for m, bs in enumerate(starts):
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {m + 1}")
                at = bs + timedelta(minutes=rng.randint(0, 9), seconds=rng.randint(0, 59))
                eid = f.happy(c, at, rng.choice(["night_post", "night_chat"]))
                c.extra = {"burst_at": iso(bs), "night_event_id": eid}
                if k in day_once:
                    d = rng.randint(0, 2)
                    t = f.t(d, rng.randint(9, 17), rng.randint(0, 59))
                    if t.hour == 17 and t.minute > 30:
                        t = t.replace(minute=30)
                    f.happy(c, t, rng.choice(["praise", "buy", "page", "chat"]))
                k += 1
    return {}


PAIRS: list[tuple[str, str, list[str]]] = (
    [("fr", "pt", ["FR", "LU", "CH", "PT"])] * 4
    + [("pt", "fr", ["PT", "LU", "FR", "CH"])] * 4
    + [("fr", "en", ["FR", "BE", "CH", "UK", "IE"])] * 2
    + [("pt", "en", ["PT", "UK", "IE"])] * 2
    + [("pt", "es", ["PT", "ES"])] * 2
    + [("fr", "de", ["CH", "LU", "BE", "FR"])] * 2
    + [
        ("en", "fr", ["UK", "FR"]),
        ("es", "pt", ["ES", "PT"]),
        ("de", "fr", ["CH", "LU"]),
        ("it", "fr", ["CH", "IT", "FR"]),
        ("fr", "it", ["CH", "FR"]),
        ("pt", "de", ["LU", "DE", "CH"]),
        ("en", "pt", ["UK", "PT"]),
        ("fr", "es", ["FR", "ES"]),
        ("es", "fr", ["ES", "FR"]),
        ("de", "pt", ["DE", "LU"]),
        ("it", "pt", ["IT", "PT"]),
    ]
)


def bilingual(f: Fam) -> dict[str, int]:
    rng = f.rng
    pairs = list(PAIRS)
    rng.shuffle(pairs)
    # the long e-mail is written in French or Portuguese: give it a pair whose second language is one
    long_i = next(i for i, p in enumerate(pairs) if p[1] in ("fr", "pt"))
    pairs.insert(0, pairs.pop(long_i))
    roles = (
        ["bad_long", "bad_email", "bad_chat", "fixed", "fixed"]
        + ["repeat"] * 5
        + ["slide"] * 5
        + ["happy"] * 12
    )
    repeat_counts = [2, 2, 3, 3, 4]
    for role, (l1, l2, markets) in zip(roles, pairs, strict=True):
        langs = (l1, l2)
        country = rng.choice(markets)
        ex: dict[str, Any] = {
            "languages": [l1, l2],
            "job_second_language": rng.choice(W.SECOND_LANGUAGE_WHY).format(l2=W.LANG_NAMES[l2]),
        }
        if role == "happy":
            c = f.person("happy", "alternates languages", l1, country)
            f.happy_days(
                c, rng.sample(range(f.days), rng.randint(5, 8)), NO_SURVEY, lang_cycle=langs
            )
        elif role == "repeat":
            c = f.person(
                "repeat_contact", "repeats", l1, country, ["repeat_contact"], REPEAT_TOLERATES
            )
            n = repeat_counts.pop()
            for k in range(rng.randint(1, 3)):
                f.happy(
                    c,
                    f.t(rng.randint(0, 1), 8 + 3 * k, rng.randint(0, 59)),
                    rng.choice(["praise", "buy", "chat"]),
                    langs[k % 2],
                )
            c.extra["first_how"] = rng.choice(["form", "email", "chat"])
            repeat_run(f, c, n, rng.randint(2, 5), rng.choice(T.PROBLEMS), n >= 3, langs)
        elif role == "slide":
            c = f.person(
                "slow_churner", "slides", l1, country, ["sentiment_drop"], SLIDER_TOLERATES
            )
            days = sorted(rng.sample(range(6), 5))
            for k, d in enumerate(days):
                f.happy(
                    c,
                    f.t(d, rng.randint(8, 12), rng.randint(0, 59)),
                    rng.choice(["praise", "again"]),
                    langs[k % 2],
                )
            for k in range(rng.randint(1, 3)):
                f.happy(
                    c,
                    f.t(rng.randint(0, 5), rng.randint(14, 19), rng.randint(0, 59)),
                    rng.choice(["buy", "chat", "page"]),
                    langs[(k + 1) % 2],
                )
            slide(f, c, rng.randint(7, 8), rng.randint(3, 5), langs, 0)
        elif role.startswith("bad"):
            c = f.person("happy_one_bad_day", "one bad day", l1, country, [], ["silence"])
            how = role[4:]
            bd = rng.randint(4, 9)
            at = f.t(bd, rng.randint(9, 18), rng.randint(0, 59))
            problem = rng.choice(T.PROBLEMS)
            eid, channel = f.complaint(c, at, how, problem, l2)
            ref = f.new_ref()
            f.acknowledge(c, at, channel, l2, ref)
            ex.update(
                problem=problem,
                channel=channel,
                booking=ref,
                bad_day_at=iso(at),
                bad_day_event_id=eid,
                bad_day_language=l2,
                trouble_starts_at=iso(at),
                long_email=how == "long",
                agent_fixed=False,
                apologised=False,
            )
            if how in ("long", "email"):
                f.good_news(
                    c, f.daytime(at + timedelta(minutes=rng.randint(60, 240))), l2, ref, problem
                )
                ex["agent_fixed"] = True
            if how == "email":
                when = f.daytime(at + timedelta(minutes=rng.randint(18 * 60, 24 * 60)))
                a = f.add(c, when, "chat", "chat", fill(rng.choice(T.APOLOGY[l2]), f.ctx(c, l2)))
                ex.update(apologised=True, apology_at=iso(when), apology_event_id=a)
            allowed = [d for d in range(f.days) if d <= bd - 2 or d >= bd + 3]
            f.happy_days(c, rng.sample(allowed, rng.randint(3, 5)), NO_SURVEY, lang_cycle=langs)
        else:
            c = f.person("resolved_between_contacts", "fixed", l1, country, [], ["silence"])
            at = f.t(rng.randint(2, 6), rng.randint(9, 17), rng.randint(0, 59))
            case = fixed_case(f, c, at, rng.choice(T.PROBLEMS), "form", l1, l2)
            ex.update(
                problems=[case],
                trouble_starts_at=case["raised_at"],
                booking=case["booking"],
                problem=case["problem"],
                confirm_language=l2,
            )
            f.happy_days(c, rng.sample([0, 1, 11, 12], 2), NO_SURVEY, lang_cycle=langs)
        c.extra = ex | c.extra
    return {"repeat_contact": 5, "sentiment_drop": 5}


def b2b_contact(
    f: Fam,
    acc_id: str,
    company: str,
    domain: str,
    lang: str,
    country: str,
    used_first: set[str],
    persona: str,
    habit: str,
) -> Cust:
    c = f.person(persona, habit, lang, country)
    while c.first in used_first:
        c.first = f.rng.choice(W.FIRST_F[lang] + W.FIRST_M[lang])
    used_first.add(c.first)
    USED.discard("handle:" + (c.handle or "")[1:])
    USED.discard("email:" + c.email)
    c.handle = None
    c.email = f.new_email(c.first, c.last, domain)
    c.segment = "b2b"
    c.account = acc_id
    c.job = f.rng.choice(B.JOB_TITLES)
    c.extra = {"company": company, "role": habit, "job_title": c.job}
    return c


def b2b_routine(f: Fam, c: Cust, days: list[int], surveys: bool) -> None:
    rng = f.rng
    for d in sorted(days):
        at = f.t(d, rng.randint(8, 16), rng.randint(0, 59))
        if at.hour == 16 and at.minute > 30:
            at = at.replace(minute=30)
        kinds = ["chat", "buy", "page"] + (["praise", "survey"] if surveys else [])
        kind = rng.choice(kinds)
        cx = f.ctx(c, c.lang, company=c.extra["company"])
        picked: Any = None
        if kind in ("chat", "praise"):
            picked = f.fresh(c, (B.PRO_CHAT if kind == "chat" else B.PRO_PRAISE)[c.lang])
            if picked is None:
                kind = rng.choice(["buy", "page"])
        if kind == "chat":
            q, a = picked
            f.chat_exchange(c, at, fill(q, cx), a, cx, c.lang, 6, 0.6)
        elif kind == "buy":
            f.purchase(c, at, B.PRO_PRODUCTS)
        elif kind == "page":
            f.add(c, at, "web", "page_view", attrs={"page": rng.choice(B.PRO_PAGES)})
        elif kind == "praise":
            f.add(c, at, "community", "post", fill(picked, cx))
        else:
            f.survey_happy(c, at, c.lang)


WEEKDAYS_2W = [0, 1, 2, 3, 4, 7, 8, 9, 10, 11]


def b2b_accounts(f: Fam) -> dict[str, int]:
    rng = f.rng
    detractors = 0
    for (
        kind,
        company,
        site_kind,
        country,
        lang,
        domain,
        n_contacts,
        n_unhappy,
        problem,
    ) in B.ACCOUNTS:
        while True:
            acc_id = f"CDP-{country}-{rng.randint(1000, 9999)}"
            if f.unique("acc:" + acc_id):
                break
        used_first: set[str] = set()
        contacts: list[Cust] = []
        unhappy: list[Cust] = []
        trouble: datetime | None = None
        first_at = f.start
        for i in range(n_contacts):
            if kind == "at_risk" and i < n_unhappy:
                c = b2b_contact(
                    f,
                    acc_id,
                    company,
                    domain,
                    lang,
                    country,
                    used_first,
                    "b2b_unhappy",
                    "complainer",
                )
                c.tolerated = list(AT_RISK_TOLERATES)
                unhappy.append(c)
            elif kind == "one_unhappy" and i == 0:
                c = b2b_contact(
                    f,
                    acc_id,
                    company,
                    domain,
                    lang,
                    country,
                    used_first,
                    "b2b_one_unhappy",
                    "complainer",
                )
                c.expected, c.tolerated = ["detractor"], list(ONE_UNHAPPY_TOLERATES)
                unhappy.append(c)
            elif kind == "mild" and i < 2:
                c = b2b_contact(
                    f, acc_id, company, domain, lang, country, used_first, "b2b_mild", "suggests"
                )
                c.tolerated = ["silence"]
            else:
                c = b2b_contact(
                    f, acc_id, company, domain, lang, country, used_first, "b2b_happy", "contact"
                )
            contacts.append(c)
        for c in contacts:
            if c.persona == "b2b_happy":
                b2b_routine(f, c, rng.sample(WEEKDAYS_2W, rng.randint(2, 5)), True)
            else:
                b2b_routine(f, c, rng.sample([0, 1], rng.randint(0, 2)), False)
        if kind == "at_risk":
            at = f.t(2, rng.randint(8, 11), rng.randint(0, 59))
            ref = f.new_ref()
            first_c = unhappy[0]
            for j, c in enumerate(unhappy):
                if j > 0:
                    at = f.office(
                        at + timedelta(hours=rng.randint(8, 28), minutes=rng.randint(0, 59))
                    )
                cx = f.ctx(c, lang, company=company, ref=ref)
                if j == 0:
                    subj, core = B.PRO_CORE[problem][lang][0]
                    cx["core"] = core
                    eid = f.add(c, at, "email", "message", fill(B.PRO_FRAME[lang][0], cx), subj)
                    a_subj, a_body = B.PRO_ACK[lang]
                    f.agent_mail(
                        c, at + timedelta(minutes=rng.randint(20, 90)), lang, a_subj, a_body, cx
                    )
                    trouble = at
                    first_at = at
                else:
                    cx.update(
                        colleague=first_c.first,
                        weekday=W.WEEKDAYS[lang][first_at.weekday()],
                        restate=B.PRO_RESTATE[problem][lang],
                    )
                    eid = f.add(
                        c,
                        at,
                        "email",
                        "message",
                        fill(rng.choice(B.PRO_LATER[lang]), cx),
                        fill(T.REF_SUBJ[lang], {"ref": ref}),
                    )
                c.extra.update(
                    complaint_event_ids=[eid],
                    trouble_starts_at=iso(at),
                    booking=ref,
                    problem=problem,
                )
                if j < len(unhappy) - 1:
                    s = f.low_survey(
                        c,
                        at + timedelta(minutes=rng.randint(60, 180)),
                        lang,
                        "nps",
                        rng.randint(1, 5),
                    )
                    c.expected = ["detractor"]
                    c.extra.update(nps_given=True, nps=f.rows[-1].scores["nps"], survey_event_id=s)
                    detractors += 1
                else:
                    c.expected = ["repeat_contact"]
                    again = f.office(
                        at + timedelta(hours=rng.randint(18, 40), minutes=rng.randint(0, 59))
                    )
                    cx["restate"] = B.PRO_RESTATE[problem][lang]
                    if sum(1 for a in f.accounts.values() if a["kind"] == "at_risk") == 0:
                        cx["competitor"] = rng.choice(COMPETITORS)
                        l_subj, l_body = B.PRO_LAST_EMAIL[lang]
                        e2 = f.add(c, again, "email", "message", fill(l_body, cx), fill(l_subj, cx))
                        c.extra["competitor"] = cx["competitor"]
                    else:
                        sx = dict(cx)
                        sx["restate"] = spoken(B.PRO_RESTATE[problem][lang])
                        e2 = f.add(
                            c,
                            again,
                            "phone",
                            "call",
                            fill(rng.choice(B.PRO_LAST_CALL[lang]), sx),
                            rough=False,
                        )
                    c.extra["complaint_event_ids"].append(e2)
                c.tolerated = [r for r in AT_RISK_TOLERATES if r not in c.expected]
        elif kind == "one_unhappy":
            c = unhappy[0]
            at = f.t(rng.choice([3, 4, 7, 8, 9]), rng.randint(8, 15), rng.randint(0, 59))
            ref = f.new_ref()
            cx = f.ctx(c, lang, company=company, ref=ref)
            subj, core = B.PRO_CORE[problem][lang][0]
            cx["core"] = core
            eid = f.add(c, at, "email", "message", fill(B.PRO_FRAME[lang][0], cx), subj)
            a_subj, a_body = B.PRO_ACK[lang]
            f.agent_mail(c, at + timedelta(minutes=rng.randint(20, 90)), lang, a_subj, a_body, cx)
            s = f.low_survey(
                c, at + timedelta(minutes=rng.randint(60, 180)), lang, "nps", rng.randint(1, 5)
            )
            c.extra.update(
                complaint_event_ids=[eid],
                trouble_starts_at=iso(at),
                booking=ref,
                problem=problem,
                nps_given=True,
                nps=f.rows[-1].scores["nps"],
                survey_event_id=s,
            )
            detractors += 1
        elif kind == "mild":
            for c in contacts:
                if c.persona != "b2b_mild":
                    continue
                at = f.t(rng.choice([2, 3, 4, 7, 8]), rng.randint(8, 15), rng.randint(0, 59))
                cx = f.ctx(c, lang, company=company)
                m = f.add(
                    c,
                    at,
                    "web",
                    "ticket",
                    fill(rng.choice(B.PRO_MILD[lang]), cx),
                    attrs={"page": "/pro/contact"},
                )
                m_subj, m_body = B.PRO_MILD_ACK[lang]
                f.agent_mail(
                    c,
                    f.office(at + timedelta(minutes=rng.randint(30, 180))),
                    lang,
                    m_subj,
                    m_body,
                    cx,
                )
                c.extra.update(mild_event_id=m, trouble_starts_at=iso(at))
        f.accounts[acc_id] = {
            "company": company,
            "site": site_kind,
            "contacts": len(contacts),
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": [c.key for c in unhappy],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": iso(trouble) if trouble else None,
            "language": lang,
            "country": country,
        }
    return {"account_risk": 5, "detractor": detractors, "repeat_contact": 5}


def spike_message(
    f: Fam, c: Cust, at: datetime, ch: str, text: str, subject: str, lang: str, cx: dict[str, str]
) -> str:
    """One spike report or second message on its channel (chats answered at once)."""
    if ch == "email":
        return f.add(c, at, "email", "message", text + "\n\n" + c.first, subject)
    if ch == "web":
        return f.add(c, at, "web", "ticket", text, attrs={"page": "/contact"})
    if ch == "chat":
        eid = f.add(c, at, "chat", "chat", text)
        when = at + timedelta(minutes=f.rng.randint(1, 3))
        f.agent_chat(c, when, f.rng.choice(T.SPIKE_CHAT_ANSWER[lang]), cx)
        return eid
    return f.add(c, at, ch, "post" if ch == "community" else "mention", text)


def topic_spike(f: Fam) -> dict[str, int]:
    rng = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in rng.sample(range(6), rng.randint(1, 4)):
            h0, h1 = (12, 19) if d == 5 else (7, 19)
            at = f.t(d, rng.randint(h0, h1 - 1), rng.randint(0, 59))
            f.happy(c, at, rng.choice(DAY_KINDS))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        at = f.t(0, rng.randint(9, 16), rng.randint(0, 59))
        q, a = T.SLOW_PAGE[c.lang][0]
        cx = f.ctx(c, c.lang)
        g = f.add(c, at, "chat", "chat", fill(q, cx))
        f.agent_chat(c, at + timedelta(minutes=rng.randint(1, 5)), a, cx)
        c.extra = {"grumble_event_id": g, "trouble_starts_at": iso(at)}
    for lang, hh, mm in (("fr", 9, 40), ("pt", 16, 5)):
        c = f.person("grumbles_once", "lone question", lang=lang, tolerated=["silence"])
        at = f.t(4, hh, mm)
        q, a = T.LONE[lang]
        cx = f.ctx(c, lang)
        e = f.add(c, at, "chat", "chat", fill(q, cx))
        f.agent_chat(c, at + timedelta(minutes=rng.randint(2, 5)), a, cx)
        c.extra = {"lone_report_event_id": e, "trouble_starts_at": iso(at)}
    langs = ["fr"] * 6 + ["pt"] * 6 + ["en", "en", "es", "es", "de", "de", "it", "it"]
    rng.shuffle(langs)
    channels = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(channels)
    minutes = [5, 50, *rng.sample(range(6, 26), 9), *rng.sample(range(26, 50), 9)]
    minutes.sort()
    regular = set(rng.sample(range(20), 12))
    early = [i for i, m in enumerate(minutes) if m <= 25]
    repeaters = set(rng.sample(early, 6))
    fixed = set(rng.sample([i for i in range(20) if i not in repeaters], 6))
    again_channels = ["email", "email", "chat", "chat", "community", "community"]
    order = sorted(repeaters)
    while True:
        rng.shuffle(again_channels)
        if all(again_channels[j] != channels[i] for j, i in enumerate(order)):
            break
    again_of = {i: again_channels[j] for j, i in enumerate(order)}
    keys, first_ids, again_ids = [], [], []
    used_text: dict[str, set[int]] = {}
    used_again: set[str] = set()
    for i in range(20):
        lang = langs[i]
        rep = i in repeaters
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if i in regular else "new",
            lang=lang,
            expected=["repeat_contact"] if rep else [],
            tolerated=["silence", "sentiment_drop"] if rep else ["silence"],
        )
        if i in regular:
            for _ in range(rng.randint(1, 3)):
                at = f.t(2, rng.randint(8, 17), rng.randint(0, 59))
                if at.hour == 17 and at.minute > 30:
                    at = at.replace(minute=30)
                f.happy(c, at, rng.choice(["praise", "buy", "page", "chat", "email", "review"]))
        at = f.t(5, 8, minutes[i]) + timedelta(
            seconds=rng.randint(0, 59) if 5 < minutes[i] < 50 else 0
        )
        pool = [
            k for k in range(len(T.SPIKE[lang])) if k not in used_text.setdefault(lang, set())
        ] or list(range(len(T.SPIKE[lang])))
        k = rng.choice(pool)
        used_text[lang].add(k)
        cx = f.ctx(c, lang)
        text = fill(T.SPIKE[lang][k], cx)
        ch = channels[i]
        subject = rng.choice(T.SPIKE_SUBJ[lang]) if ch == "email" else ""
        eid = spike_message(f, c, at, ch, text, subject, lang, cx)
        ex: dict[str, Any] = {
            "in_spike": True,
            "regular": i in regular,
            "spike_event_id": eid,
            "spike_channel": ch,
            "trouble_starts_at": iso(at),
            "agent_fixed": False,
        }
        if rep:
            ach = again_of[i]
            t2 = at + timedelta(minutes=rng.randint(15, 50))
            again_pool = [x for x in T.SPIKE_AGAIN[lang] if x not in used_again] or T.SPIKE_AGAIN[
                lang
            ]
            picked2 = rng.choice(again_pool)
            used_again.add(picked2)
            text2 = fill(picked2, cx)
            e2 = spike_message(f, c, t2, ach, text2, T.SPIKE_AGAIN_SUBJ[lang], lang, cx)
            ex["repeat_event_id"] = e2
            again_ids.append(e2)
        if i in fixed:
            west = c.country in ("PT", "UK", "IE")
            local = (
                ("10h40" if lang == "fr" else "10:40")
                if west
                else ("11h40" if lang == "fr" else "11:40")
            )
            credit = {"UK": "£9", "CH": "10 CHF" if lang != "en" else "CHF 10"}.get(
                c.country, "€10" if lang == "en" else "10 €"
            )
            fx = f.ctx(c, lang, local=local, credit=credit)
            subj, body = T.SPIKE_FIXED[lang]
            f.agent_mail(c, f.t(5, 11, rng.randint(8, 17)), lang, subj, body, fx)
            ex["agent_fixed"] = True
        c.extra = ex
        keys.append(c.key)
        first_ids.append(eid)
    f.spike = {
        "topic": "spa app and booking e-mails switched to Finnish for every customer: bookings unreadable, language cannot be changed back, error LC88-FI",
        "about": "Saturday-morning reports, in six languages and on five channels, that the Caldessa app (and its reminder e-mails) shows everything in Finnish, so customers cannot read or change their booked slot; changing the language gives error LC88-FI",
        "channel": None,
        "start": iso(f.t(5, 8, 5)),
        "end": iso(f.t(5, 8, 50)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": first_ids,
        "repeat_event_ids": again_ids,
    }
    return {"topic_spike": 1, "repeat_contact": 6}


FAMILIES = [
    (
        "happy_writers",
        "HW",
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        happy_writers,
        "happy customers only: daytime and night writers, survey answerers",
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
        "one open problem raised 2-4 times; fixed problems; two problems; frequent writers",
    ),
    (
        "slow_churners",
        "SC",
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
        slow_churners,
        "slides from a happy baseline; leavers; steady; steadily grumpy; one sarcastic remark",
    ),
    (
        "quiet_hours",
        "QH",
        datetime(2026, 8, 28, tzinfo=UTC),
        3,
        quiet_hours,
        "a calm summer weekend with night owls in bursts; no spike",
    ),
    (
        "bilingual",
        "BL",
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
        bilingual,
        "customers writing in two languages: happy, repeat, slide, bad day, fixed",
    ),
    (
        "b2b_accounts",
        "BB",
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
        b2b_accounts,
        "Caldessa Pro accounts: at risk, one unhappy contact, mild remarks, happy",
    ),
    (
        "topic_spike",
        "TS",
        datetime(2026, 11, 9, tzinfo=UTC),
        7,
        topic_spike,
        "a calm week and a planted spike on Saturday 14 November 2026, morning UTC",
    ),
]


def main() -> None:
    totals = [0, 0, 0]
    for n, (name, code, start, days, build, about) in enumerate(FAMILIES, start=1):
        fam = Fam(name, code, n, start, days, about)
        planted = build(fam)
        counts = fam.write(planted)
        print(
            f"{name}: {counts[0]} customers, {counts[1]} touchpoints, {counts[2]} agents' replies"
        )
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
    print(f"total: {totals[0]} customers, {totals[1]} touchpoints, {totals[2]} agents' replies")


if __name__ == "__main__":
    main()
