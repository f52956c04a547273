"""Build heldout37: blind, hand-written, report-only alert scenarios (Movetta).

Standard library only, seeded, deterministic. Run ``python make_heldout37.py`` from anywhere;
it writes ``<family>.jsonl`` and ``<family>.truth.json`` next to itself.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording_business as WB  # noqa: E402
import wording_happy as WH  # noqa: E402
import wording_trouble as WT  # noqa: E402

SEED = 20261031
WRITTEN = "2026-12-02"
BUSINESS = (
    "Movetta: vans and movers booked by app (house moves, small transports, boxes, storage, "
    "a yearly Pass) and Movetta Pro for firms"
)
LANG_WEIGHTS = {"fr": 30, "it": 30, "de": 10, "en": 10, "es": 10, "pt": 10}
MARKETS = {
    "fr": ["FR", "FR", "FR", "BE", "CH"],
    "it": ["IT", "IT", "IT", "IT", "CH"],
    "de": ["DE", "DE", "AT", "CH"],
    "en": ["UK", "UK", "IE"],
    "es": ["ES"],
    "pt": ["PT"],
}
# country code, first digits, how many more digits
PHONES = {
    "FR": ("+33", "6", 8),
    "BE": ("+32", "47", 7),
    "CH": ("+41", "7", 8),
    "IT": ("+39", "3", 9),
    "DE": ("+49", "15", 9),
    "AT": ("+43", "66", 8),
    "UK": ("+44", "7", 9),
    "IE": ("+353", "8", 8),
    "ES": ("+34", "6", 8),
    "PT": ("+351", "9", 8),
}
SOURCES = {
    "email": "movetta-mail",
    "phone": "movetta-voice",
    "social": "movetta-social",
    "community": "movetta-forum",
    "chat": "movetta-chat",
    "web": "movetta-web",
    "survey": "movetta-survey",
}
MAIL_DOMAINS = {
    "fr": ["courrier.example", "boite.example", "orangette.example"],
    "it": ["posta.example", "casella.example", "liberamail.example"],
    "de": ["postfach.example", "webpost.example"],
    "en": ["inbox.example", "postbox.example"],
    "es": ["correo.example", "buzon.example"],
    "pt": ["caixa.example", "correio.example"],
}
CET_MARKETS = {"FR", "BE", "CH", "IT", "DE", "AT", "ES"}
HAPPY_ACTS = [
    "praise",
    "praise",
    "again",
    "gripe",
    "chat_q",
    "chat_q",
    "email_q",
    "phone_q",
    "purchase",
    "page_view",
    "review",
]
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
B2B_RISK_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
B2B_ONE_TOL = ["sentiment_drop", "high_value_at_risk", "silence"]

USED_IDS: set[str] = set()
USED_CASES: set[str] = set()


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def ascii_name(text: str) -> str:
    flat = unicodedata.normalize("NFD", text.replace("ß", "ss"))
    return "".join(ch for ch in flat if ch.isalnum() and ch.isascii()).lower()


def gendered(text: str, fem: bool, colleague_fem: bool = False) -> str:
    text = re.sub(r"\[\[([^|\]]*)\|([^\]]*)\]\]", lambda m: m.group(1 if fem else 2), text)
    return re.sub(r"<<([^|>]*)\|([^>]*)>>", lambda m: m.group(1 if colleague_fem else 2), text)


def drop_accents(text: str, lang: str) -> str:
    umlauts = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
    out = []
    for ch in text:
        if ch in "ñÑß":
            out.append(ch)
        elif lang == "de" and ch in umlauts:
            out.append(umlauts[ch])
        else:
            flat = unicodedata.normalize("NFD", ch)
            out.append("".join(c for c in flat if not unicodedata.combining(c)) or ch)
    return "".join(out)


def spoken(text: str) -> str:
    """A speech-to-text transcript: lower case, no punctuation, no emoji."""
    kept = []
    for ch in text.lower():
        if ch.isalnum() or ch in " '":
            kept.append(ch)
        elif ch in '\n.,;:!?()«»“”„"–-/':
            kept.append(" ")
    return " ".join("".join(kept).split())


def money(market: str, lang: str, eur: float) -> str:
    if market == "UK":
        return f"£{round(eur * 0.86)}.00"
    if market == "CH":
        return f"CHF {round(eur * 0.94)}.00"
    if lang == "en":
        return f"€{eur:.2f}"
    return f"{eur:.2f}".replace(".", ",") + " €"


def spoken_case(case: str, lang: str) -> str:
    digits = case.split("-")[1]
    return f"{WT.SPOKEN_CASE[lang]} {digits[:2]} {digits[2:4]} {digits[4:]}"


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    fem: bool
    first: str
    last: str
    ids: dict[str, str | None]
    persona: str
    habit: str
    expected: list[str] = field(default_factory=list)
    tolerated: list[str] = field(default_factory=list)
    segment: str = "consumer"
    job: str = ""
    town: str = ""
    agent: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Event:
    eid: str
    t: datetime
    cust: Cust
    channel: str
    kind: str
    outbound: bool
    text: str | None
    subject: str | None
    scores: dict[str, int]
    attrs: dict[str, str]


class Fam:
    def __init__(
        self, n: int, name: str, code: str, start: datetime, days: int, about: str
    ) -> None:
        self.rng = random.Random(SEED * 100 + n)
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.custs: list[Cust] = []
        self.events: list[Event] = []
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.counter = 0
        self.drawn: dict[tuple[str, str], list[int]] = {}

    # ---- people -------------------------------------------------------------------------
    def lang(self) -> str:
        langs = list(LANG_WEIGHTS)
        return self.rng.choices(langs, [LANG_WEIGHTS[x] for x in langs])[0]

    def unique(self, make: Callable[[], str]) -> str:
        while True:
            value = make()
            if value not in USED_IDS:
                USED_IDS.add(value)
                return value

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        market: str | None = None,
        expected: tuple[str, ...] = (),
        tolerated: tuple[str, ...] = (),
        company: tuple[str, str] | None = None,
    ) -> Cust:
        rng = self.rng
        lang = lang or self.lang()
        market = market or rng.choice(MARKETS[lang])
        fem = rng.random() < 0.5
        first = rng.choice((WH.FIRST_F if fem else WH.FIRST_M)[lang])
        last = rng.choice(WH.SURNAMES[lang])
        cid = self.unique(lambda: f"MV{self.code}{rng.randint(1000, 9999)}")
        cc, lead, more = PHONES[market]
        phone = self.unique(
            lambda: cc + lead + "".join(str(rng.randint(0, 9)) for _ in range(more))
        )
        fa, la = ascii_name(first), ascii_name(last)
        handle: str | None
        if company is not None:
            domain, account = company
            email = self.unique(lambda: f"{fa}.{la}@{domain}")
            handle = None
            segment = "b2b"
            job = gendered(rng.choice(WB.ROLES[lang]), fem)
        else:
            account = None
            dom = rng.choice(MAIL_DOMAINS[lang])
            email = self.unique(
                lambda: (
                    rng.choice([f"{fa}.{la}", f"{fa}{la}{rng.randint(1, 99)}", f"{fa[0]}{la}"])
                    + "@"
                    + dom
                )
            )
            handle = self.unique(
                lambda: (
                    "@"
                    + rng.choice(
                        [
                            f"{fa}.{la}",
                            f"{fa}_{la}{rng.randint(100, 999)}",
                            f"{fa}{la}{rng.randint(10, 99)}",
                        ]
                    )
                )
            )
            segment = "consumer"
            job = gendered(rng.choice(WH.JOBS[lang]), fem)
        town_key = f"CH-{lang if lang in ('fr', 'it') else 'de'}" if market == "CH" else market
        c = Cust(
            key=cid,
            lang=lang,
            market=market,
            fem=fem,
            first=first,
            last=last,
            ids={
                "customer_id": cid,
                "email": email,
                "phone": phone,
                "handle": handle,
                "account_id": account,
            },
            persona=persona,
            habit=habit,
            expected=list(expected),
            tolerated=list(tolerated),
            segment=segment,
            job=job,
            town=rng.choice(WH.TOWNS[town_key]),
            agent=rng.choice(WH.AGENTS[lang]),
        )
        self.custs.append(c)
        return c

    def pick(self, c: Cust, table: str, options: list[Any]) -> Any:
        """Draw from a table without repeating for this customer while unused lines remain."""
        key = (c.key, table)
        left = self.drawn.get(key) or list(range(len(options)))
        i = self.rng.choice(left)
        left.remove(i)
        self.drawn[key] = left
        return options[i]

    # ---- writing ------------------------------------------------------------------------
    def render(
        self, tpl: str, c: Cust, channel: str, inbound: bool, lang: str | None = None, **kw: str
    ) -> str:
        lang = lang or c.lang
        values = {"first": c.first, "last": c.last, "agent": c.agent, "brand": "Movetta"}
        if channel in ("social", "community") and c.segment == "consumer":
            values["brand"] = "@Movetta"
        values.update(kw)
        if "short" in values:
            values["Short"] = values["short"][:1].upper() + values["short"][1:]
        text = tpl
        for k, v in values.items():
            text = text.replace("{" + k + "}", v)
        text = gendered(text, c.fem, kw.get("colleague_fem") == "1")
        if inbound and channel != "phone":
            text = self.noise(text, lang)
        return text

    def noise(self, text: str, lang: str) -> str:
        rng = self.rng
        if rng.random() < 0.1:
            text = drop_accents(text, lang)
        if rng.random() < 0.12 and text[:1].isupper() and not text[1:2].isupper():
            text = text[0].lower() + text[1:]
        if rng.random() < 0.1:
            words = [w for w in re.findall(r"\b[a-z]{6,}\b", text)]
            if words:
                w = rng.choice(words)
                i = rng.randint(1, len(w) - 3)
                text = text.replace(w, w[:i] + w[i + 1] + w[i] + w[i + 2 :], 1)
        return text

    def emit(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
        outbound: bool = False,
    ) -> str:
        self.counter += 1
        eid = f"mv37-{self.code.lower()}-{self.counter:05d}"
        a = {"market": c.market}
        if c.segment == "b2b":
            a["segment"] = "b2b"
        a.update(attrs or {})
        self.events.append(
            Event(eid, t, c, channel, kind, outbound, text, subject, scores or {}, a)
        )
        return eid

    def say(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        text: str | None,
        subject: str | None = None,
        rating: int = 3,
    ) -> str:
        """An inbound message on any channel ("review": a 3-star review unless rated)."""
        if channel == "review":
            return self.emit(
                c, t, "web", "review", text, attrs={"rating": str(rating), "page": "/reviews"}
            )
        if channel == "web":
            return self.emit(c, t, "web", "ticket", text, subject, attrs={"page": "/help/contact"})
        kind = {"email": "message", "chat": "chat", "social": "mention", "community": "post"}[
            channel
        ]
        return self.emit(c, t, channel, kind, text, subject)

    def answer(self, c: Cust, t: datetime, text: str, m0: float = 1, m1: float = 4) -> datetime:
        """The agent's chat answer a few minutes later."""
        t2 = self.later(t, m0, m1)
        self.emit(c, t2, "chat", "chat", text, outbound=True, attrs={"agent": c.agent})
        return t2

    # ---- time ---------------------------------------------------------------------------
    def at(self, day: float, h0: float, h1: float) -> datetime:
        minutes = self.rng.randint(int(h0 * 60), int(h1 * 60))
        return self.start + timedelta(days=int(day), minutes=minutes)

    def later(self, t: datetime, m0: float, m1: float) -> datetime:
        return t + timedelta(minutes=self.rng.randint(int(m0), int(m1)))

    def awake(self, t: datetime) -> datetime:
        """Moved out of 22:00-07:00 UTC to 08:00-09:00 the next morning."""
        if t.hour >= 22:
            t = (t + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 59))
        elif t.hour < 7:
            t = t.replace(hour=8, minute=self.rng.randint(0, 59))
        return t

    def office(self, t: datetime) -> datetime:
        """Weekdays 08:00-17:00 UTC, else the next working morning."""
        if t.hour >= 17:
            t = (t + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 50))
        elif t.hour < 8:
            t = t.replace(hour=8, minute=self.rng.randint(0, 50))
        while t.weekday() >= 5:
            t = (t + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 50))
        return t

    def reply(self, lang: str, subject: str, case: str) -> str:
        return f"{self.rng.choice(WT.REPLY_PREFIX[lang])} {subject.replace('{case}', case)}"

    def case(self) -> str:
        while True:
            ref = f"MV-{self.rng.randint(100000, 999999)}"
            if ref not in USED_CASES:
                USED_CASES.add(ref)
                return ref

    # ---- happy acts ---------------------------------------------------------------------
    def happy(
        self, c: Cust, t: datetime, act: str, lang: str | None = None, night: bool = False
    ) -> str:
        """One happy act (and the agent's answer and the thanks); returns the first event id."""
        rng, lang = self.rng, lang or c.lang
        if act in ("praise", "again", "gripe", "night_post"):
            table = {
                "praise": WH.PRAISE,
                "again": WH.AGAIN_PRAISE,
                "gripe": WH.PRAISE_GRIPE,
                "night_post": WH.NIGHT_POSTS,
            }[act]
            channel = rng.choice(["social", "community"])
            text = self.render(self.pick(c, act + lang, table[lang]), c, channel, True, lang)
            return self.say(c, t, channel, text)
        if act in ("chat_q", "night_chat"):
            q, a = self.pick(c, act + lang, (WH.CHAT_Q if act == "chat_q" else WH.NIGHT_CHAT)[lang])
            eid = self.emit(c, t, "chat", "chat", self.render(q, c, "chat", True, lang))
            t2 = self.answer(c, t, self.render(a, c, "chat", False, lang))
            thanks = self.render(
                self.pick(c, "thanks" + lang, WH.THANKS[lang]), c, "chat", True, lang
            )
            self.emit(c, self.later(t2, 1, 3), "chat", "chat", thanks)
            return eid
        if act == "email_q":
            subj, q, a = self.pick(c, act + lang, WH.EMAIL_Q[lang])
            eid = self.emit(c, t, "email", "message", self.render(q, c, "email", True, lang), subj)
            t2 = self.later(t, 20, 90) if night else self.awake(self.later(t, 20, 90))
            pre = rng.choice(WT.REPLY_PREFIX[lang])
            self.emit(
                c,
                t2,
                "email",
                "message",
                self.render(a, c, "email", False, lang),
                f"{pre} {subj}",
                outbound=True,
            )
            thanks = self.render(
                self.pick(c, "thanks" + lang, WH.THANKS[lang]), c, "email", True, lang
            )
            t3 = self.later(t2, 30, 180)
            self.emit(
                c, t3 if night else self.awake(t3), "email", "message", thanks, f"{pre} {subj}"
            )
            return eid
        if act == "phone_q":
            q, a = self.pick(c, act + lang, WH.PHONE_Q[lang])
            eid = self.emit(c, t, "phone", "call", spoken(q))
            subj = {
                "fr": "Suite à votre appel",
                "it": "Dopo la tua chiamata",
                "de": "Ihr Anruf",
                "en": "Your call",
                "es": "Tu llamada",
                "pt": "A sua chamada",
            }[lang]
            self.emit(
                c,
                self.later(t, 15, 50),
                "email",
                "message",
                self.render(a, c, "email", False, lang),
                subj,
                outbound=True,
            )
            return eid
        if act == "purchase":
            label, price, page = rng.choice(WH.PRODUCTS)
            eid = self.emit(c, t, "web", "page_view", attrs={"page": page})
            cur, rate = {"UK": ("GBP", 0.86), "CH": ("CHF", 0.94)}.get(c.market, ("EUR", 1.0))
            attrs = {
                "order_value": f"{price * rate:.2f}",
                "currency": cur,
                "product": label,
                "page": page,
            }
            self.emit(c, self.later(t, 2, 12), "web", "purchase", attrs=attrs)
            return eid
        if act == "page_view":
            return self.emit(c, t, "web", "page_view", attrs={"page": rng.choice(WH.PAGES)})
        if act == "review":
            rating, text = self.pick(c, act + lang, WH.REVIEWS[lang])
            return self.emit(
                c,
                t,
                "web",
                "review",
                self.render(text, c, "web", True, lang),
                attrs={"rating": str(rating), "page": "/reviews"},
            )
        if act == "survey":
            kind = rng.choice(["nps", "csat", "ces"])
            score = {
                "nps": rng.randint(9, 10),
                "csat": rng.randint(4, 5),
                "ces": rng.randint(6, 7),
            }[kind]
            word = rng.choice(WH.SURVEY_WORDS[lang] + ["", ""])
            return self.emit(
                c,
                t,
                "survey",
                "survey_response",
                word or None,
                scores={kind: score},
                attrs={"survey": kind},
            )
        raise ValueError(act)

    def happy_run(
        self, c: Cust, n: int, days: list[int], h0: float = 7, h1: float = 20, surveys: bool = True
    ) -> None:
        acts = HAPPY_ACTS + (["survey"] if surveys else [])
        for _ in range(n):
            self.happy(c, self.at(self.rng.choice(days), h0, h1), self.rng.choice(acts))

    # ---- trouble ------------------------------------------------------------------------
    def amounts(self, c: Cust) -> dict[str, str]:
        base = float(self.rng.choice([89, 119, 149, 189, 229, 269]))
        c.extra.setdefault("price_eur", base)
        base = float(c.extra["price_eur"])
        return {
            "price": money(c.market, c.lang, base),
            "extra": money(c.market, c.lang, float(round(base * 1.85))),
        }

    def complain(
        self,
        c: Cust,
        t: datetime,
        problem: str,
        channel: str,
        lang: str | None = None,
        long: bool = False,
    ) -> str:
        lang = lang or c.lang
        kw = self.amounts(c)
        body = self.render(
            self.pick(c, "complaint" + lang + problem, WT.COMPLAINT[lang][problem]),
            c,
            channel,
            False,
            lang,
            **kw,
        )
        topic = WT.TOPIC[lang][problem]
        subj = WT.COMPLAINT_SUBJECT[lang].replace("{topic}", topic)
        if long:
            frame = self.pick(c, "long" + lang, WT.LONG_EMAIL[lang])
            return self.emit(
                c,
                t,
                "email",
                "message",
                self.render(frame.replace("{complaint}", body), c, "email", True, lang),
                subj,
            )
        if channel == "phone":
            opener = self.rng.choice(WT.PHONE_OPEN[lang])
            close = gendered(WT.PHONE_CLOSE[lang], c.fem)
            return self.emit(c, t, "phone", "call", spoken(f"{opener} {body} {close}"))
        subject = subj if channel == "email" else topic if channel == "web" else None
        return self.say(c, t, channel, self.noise(body, lang), subject)

    def case_opened(
        self, c: Cust, t: datetime, case: str, channel: str, lang: str | None = None
    ) -> datetime:
        lang = lang or c.lang
        if channel == "chat":
            return self.answer(
                c, t, self.render(WT.CHAT_OPENED[lang], c, "chat", False, lang, case=case), 1, 3
            )
        t2 = self.later(t, 10, 40)
        subj = WT.CASE_SUBJECT[lang].replace("{case}", case)
        self.emit(
            c,
            t2,
            "email",
            "message",
            self.render(WT.CASE_OPENED[lang], c, "email", False, lang, case=case),
            subj,
            outbound=True,
        )
        return t2

    def good_news(
        self, c: Cust, t: datetime, case: str, problem: str, lang: str | None = None
    ) -> str:
        lang = lang or c.lang
        kw = self.amounts(c)
        fix = self.render(WT.FIX[lang][problem], c, "email", False, lang, **kw)
        subj = WT.GOOD_NEWS_SUBJECT[lang].replace("{case}", case)
        return self.emit(
            c,
            t,
            "email",
            "message",
            self.render(WT.GOOD_NEWS[lang], c, "email", False, lang, case=case, fix=fix),
            subj,
            outbound=True,
        )

    def confirm(
        self, c: Cust, t: datetime, case: str, channel: str, lang: str | None = None
    ) -> str:
        lang = lang or c.lang
        text = self.render(
            self.pick(c, "confirm" + lang, WT.CONFIRM[lang]), c, channel, True, lang, case=case
        )
        if channel == "email":
            return self.say(c, t, "email", text, self.reply(lang, WT.GOOD_NEWS_SUBJECT[lang], case))
        return self.say(c, t, "chat", text)

    def follow(
        self,
        c: Cust,
        t: datetime,
        n: int,
        case: str,
        problem: str,
        channel: str,
        lang: str | None = None,
    ) -> str:
        """The n-th contact (2, 3 or 4) about an open case."""
        lang = lang or c.lang
        kw = self.amounts(c)
        short = self.render(WT.SHORT[lang][problem], c, channel, False, lang, **kw)
        if channel == "phone":
            text = (
                WT.PHONE_FOLLOW[lang]
                .replace("{spoken}", spoken_case(case, lang))
                .replace("{short}", spoken(short))
            )
            return self.emit(c, t, "phone", "call", spoken(text))
        table = {2: WT.FOLLOW2, 3: WT.FOLLOW3, 4: WT.FOLLOW4}[n][lang]
        comp = self.rng.choice(WT.COMPETITORS)
        text = self.render(
            self.pick(c, f"follow{n}{lang}", table),
            c,
            channel,
            True,
            lang,
            case=case,
            short=short,
            comp=comp,
        )
        if channel == "email":
            return self.say(c, t, "email", text, self.reply(lang, WT.CASE_SUBJECT[lang], case))
        subject = WT.CASE_SUBJECT[lang].replace("{case}", case) if channel == "web" else None
        return self.say(c, t, channel, text, subject)

    def fixed_case(
        self, c: Cust, t: datetime, problem: str, ch: str, raised_in: str, fixed_in: str
    ) -> dict[str, Any]:
        """A problem raised, a case opened, fixed by an agent and confirmed by the customer."""
        case = self.case()
        pid = self.complain(c, t, problem, ch, raised_in)
        self.case_opened(c, t, case, "chat" if ch == "chat" else "email", raised_in)
        tf = self.awake(self.later(t, 180, 1200))
        self.good_news(c, tf, case, problem, fixed_in)
        tc = self.awake(self.later(tf, 480, 1800))
        cch = self.rng.choice(["email", "chat"])
        cid = self.confirm(c, tc, case, cch, fixed_in)
        return {
            "problem": problem,
            "booking": case,
            "raised_at": iso(t),
            "fixed_at": iso(tf),
            "confirmed_at": iso(tc),
            "problem_event_ids": [pid],
            "confirm_event_id": cid,
            "channel": ch,
            "confirm_channel": cch,
        }

    def low_survey(self, c: Cust, t: datetime, kind: str, lang: str | None = None) -> str:
        lang = lang or c.lang
        score = self.rng.randint(1, 5) if kind == "nps" else self.rng.randint(1, 2)
        word = gendered(self.rng.choice(WT.LOW_WORDS[lang]), c.fem) or None
        eid = self.emit(
            c, t, "survey", "survey_response", word, scores={kind: score}, attrs={"survey": kind}
        )
        c.extra.update({f"{kind}_given": True, kind: score, "survey_event_id": eid})
        return eid

    # ---- output -------------------------------------------------------------------------
    def records(self) -> list[dict[str, Any]]:
        rng = random.Random(SEED * 7 + len(self.code) + ord(self.code[0]) * 31 + ord(self.code[1]))
        ordered = sorted(self.events, key=lambda e: (e.t, e.eid))
        seen: set[str] = set()
        out = []
        for e in ordered:
            ids = dict(e.cust.ids)
            if e.outbound or e.cust.key not in seen:
                ref = {k: v for k, v in ids.items() if v is not None}
                if not e.outbound:
                    seen.add(e.cust.key)
            else:
                ref = {}
                if e.channel == "phone":
                    phone = str(ids["phone"])
                    cc = next(p[0] for m, p in PHONES.items() if m == e.cust.market)
                    ref["phone"] = f"{cc} {phone[len(cc) :]}" if rng.random() < 0.5 else phone
                elif e.channel in ("social", "community"):
                    if ids["handle"]:
                        h = str(ids["handle"])
                        ref["handle"] = h[1:] if rng.random() < 0.2 else h
                    else:
                        ref["email"] = str(ids["email"])
                elif e.channel == "email":
                    mail = str(ids["email"])
                    ref["email"] = mail.upper() if rng.random() < 1 / 12 else mail
                else:
                    ref["customer_id"] = str(ids["customer_id"])
                if ids["account_id"]:
                    ref["account_id"] = str(ids["account_id"])
            out.append(
                {
                    "event_id": e.eid,
                    "occurred_at": iso(e.t),
                    "channel": e.channel,
                    "kind": e.kind,
                    "direction": "outbound" if e.outbound else "inbound",
                    "customer": ref,
                    "text": e.text,
                    "subject": e.subject,
                    "scores": {k: e.scores.get(k) for k in ("nps", "csat", "ces")},
                    "source": SOURCES[e.channel],
                    "attributes": e.attrs,
                }
            )
        return out

    def write(self, planted: dict[str, int]) -> tuple[int, int]:
        recs = self.records()
        customers: dict[str, dict[str, Any]] = {}
        expected: dict[str, int] = {}
        for c in self.custs:
            if not any(e.cust is c for e in self.events):
                raise SystemExit(f"{self.name}: {c.key} has no touchpoints")
            for rule in c.expected:
                expected[rule] = expected.get(rule, 0) + 1
            customers[c.key] = {
                "identifiers": dict(c.ids),
                "expected_rules": sorted(c.expected),
                "tolerated_rules": sorted(c.tolerated),
                "persona": c.persona,
                "habit": c.habit,
                "language": c.lang,
                "country": c.market,
                "segment": c.segment,
                "name": f"{c.first} {c.last}",
                "job": c.job,
                "town": c.town,
            } | {k: v for k, v in c.extra.items() if k != "price_eur"}
        for acc in self.accounts.values():
            for rule in acc["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        if expected != planted:
            raise SystemExit(f"{self.name}: expected {expected} != planted {planted}")
        last = max(datetime.fromisoformat(r["occurred_at"].replace("Z", "+00:00")) for r in recs)
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        for r in recs:
            if not r["occurred_at"].startswith("2026-") or r["occurred_at"] >= "2026-11-15":
                raise SystemExit(f"{self.name}: {r['event_id']} out of range")
        if iso(end) >= "2026-11-15":
            raise SystemExit(f"{self.name}: end out of range")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": BUSINESS,
                "days": self.days,
                "seed": SEED,
                "written": WRITTEN,
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
        with (HERE / f"{self.name}.jsonl").open("w", encoding="utf-8", newline="\n") as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
        text = json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        (HERE / f"{self.name}.truth.json").write_text(text, encoding="utf-8", newline="\n")
        return len(self.custs), len(recs)


#: family -> (seed offset, code, start (y, m, d), days)
FAMILY_META: dict[str, tuple[int, str, tuple[int, int, int], int]] = {
    "happy_writers": (1, "HW", (2026, 3, 2), 10),
    "one_bad_day": (2, "BD", (2026, 4, 13), 12),
    "repeat_contacts": (3, "RC", (2026, 5, 11), 10),
    "slow_churners": (4, "SC", (2026, 6, 1), 32),
    "quiet_hours": (5, "QH", (2026, 8, 7), 3),
    "bilingual": (6, "BL", (2026, 9, 14), 14),
    "b2b_accounts": (7, "BB", (2026, 10, 5), 14),
    "topic_spike": (8, "TS", (2026, 10, 26), 7),
}
#: family -> what it holds (the truth's config.about)
ABOUT = {
    "happy_writers": "happy customers writing by day, by night, or only answering surveys",
    "one_bad_day": "happy customers with one angry moment; some give a low score",
    "repeat_contacts": "an open problem raised again; fixed cases; two problems; frequent writers",
    "slow_churners": "slides from a happy baseline, leavers, steady, grumpy, one sarcastic remark",
    "quiet_hours": "a calm summer weekend with night owls in bursts, no spike",
    "bilingual": "customers who write in two languages",
    "b2b_accounts": "Movetta Pro accounts: at risk, one unhappy contact, mild suggestions, happy",
    "topic_spike": "a calm week and a planted spike of one error on a Saturday morning",
}


def new_family(name: str) -> Fam:
    n, code, (y, m, d), days = FAMILY_META[name]
    return Fam(n, name, code, datetime(y, m, d, tzinfo=UTC), days, ABOUT[name])


# ---- families -------------------------------------------------------------------------------
def happy_writers() -> Fam:
    f = new_family("happy_writers")
    for _ in range(20):
        c = f.person("happy", "day writer")
        f.happy_run(c, f.rng.randint(5, 8), list(range(10)))
    for _ in range(5):
        c = f.person("happy", "night writer")
        nights = f.rng.sample(range(9), f.rng.randint(2, 4))
        for d in nights:
            t = f.at(d, 22.2, 28.5)
            f.happy(c, t, f.rng.choice(["night_post", "night_chat"]), night=True)
        for _ in range(f.rng.randint(2, 3)):
            f.happy(
                c,
                f.at(f.rng.randrange(10), 9, 18),
                f.rng.choice(["praise", "purchase", "page_view", "review"]),
            )
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in f.rng.sample(range(10), f.rng.randint(3, 6)):
            f.happy(c, f.at(d, 8, 20), "survey")
    return f


def one_bad_day() -> Fam:
    f = new_family("one_bad_day")
    rng = f.rng
    problems = [p for p in WT.PROBLEMS for _ in range(5)]
    channels = [
        ch for ch in ("long_email", "email", "chat", "social", "web", "phone") for _ in range(5)
    ]
    rng.shuffle(problems)
    rng.shuffle(channels)
    scores = ["csat"] * 6 + ["nps"] * 6 + [""] * 18
    rng.shuffle(scores)
    news = [True] * 15 + [False] * 15
    rng.shuffle(news)
    sorry_left = 6
    for i in range(30):
        score = scores[i]
        if score == "nps":
            c = f.person(
                "bad_day_detractor", "one bad day", expected=("detractor",), tolerated=("silence",)
            )
        else:
            c = f.person("happy_one_bad_day", "one bad day", tolerated=("silence",))
        d = rng.randint(2, 9)
        t = f.at(d, 8, 20)
        ok_days = [x for x in range(12) if x <= d - 2 or x >= d + 3]
        f.happy_run(c, rng.randint(1, 5), ok_days, surveys=False)
        ch = channels[i]
        problem = problems[i]
        eid = f.complain(
            c, t, problem, "email" if ch == "long_email" else ch, long=ch == "long_email"
        )
        c.extra.update(
            {
                "problem": problem,
                "channel": "email" if ch == "long_email" else ch,
                "long_email": ch == "long_email",
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(t),
            }
        )
        case = f.case()
        c.extra["booking"] = case
        if ch != "social":
            f.case_opened(c, t, case, ch)
        if score:
            lag = (40, 80) if score == "csat" else (100, 140)
            f.low_survey(c, f.later(t, *lag), score)
        c.extra["agent_fixed"] = news[i]
        c.extra["apologised"] = False
        if news[i]:
            f.good_news(c, f.later(t, 60, 240), case, problem)
            if sorry_left:
                sorry_left -= 1
                ts = f.awake(f.later(t, 16 * 60, 24 * 60))
                chan = rng.choice(["chat", "email"])
                text = f.render(f.pick(c, "apology", WT.APOLOGY[c.lang]), c, chan, True)
                if chan == "email":
                    aid = f.emit(
                        c,
                        ts,
                        "email",
                        "message",
                        text,
                        f.reply(c.lang, WT.GOOD_NEWS_SUBJECT[c.lang], case),
                    )
                else:
                    aid = f.emit(c, ts, "chat", "chat", text)
                c.extra.update({"apologised": True, "apology_at": iso(ts), "apology_event_id": aid})
    for _ in range(8):
        c = f.person("happy", "control")
        f.happy_run(c, rng.randint(4, 7), list(range(12)))
    return f


def repeat_contacts() -> Fam:
    f = new_family("repeat_contacts")
    rng = f.rng
    counts = [2] * 4 + [3] * 5 + [4] * 4
    rng.shuffle(counts)
    passed = [True] * 7 + [False] * 6
    rng.shuffle(passed)
    for i, n in enumerate(counts):
        c = f.person(
            "repeat_contact", "repeats", expected=("repeat_contact",), tolerated=tuple(REPEAT_TOL)
        )
        for _ in range(rng.randint(1, 3)):
            f.happy(c, f.at(0, 7, 12), rng.choice(["praise", "chat_q", "purchase", "page_view"]))
        problem = rng.choice(WT.PROBLEMS)
        chans = ["email", "chat", "phone", "social", "web"]
        rng.shuffle(chans)
        t = f.at(rng.randint(1, 4), 8, 19)
        case = f.case()
        ids = [f.complain(c, t, problem, chans[0])]
        first_t = t
        if passed[i]:
            f.emit(
                c,
                f.later(t, 90, 150),
                "email",
                "message",
                f.render(WT.PASSED_ON[c.lang], c, "email", False, case=case),
                WT.CASE_SUBJECT[c.lang].replace("{case}", case),
                outbound=True,
            )
        elif chans[0] == "chat":
            f.case_opened(c, t, case, "chat")
        else:
            t2 = f.later(t, 5, 30)
            f.emit(
                c,
                t2,
                "email",
                "message",
                f.render(WT.CASE_OPENED[c.lang], c, "email", False, case=case),
                WT.CASE_SUBJECT[c.lang].replace("{case}", case),
                outbound=True,
            )
        for k in range(2, n + 1):
            t = f.awake(f.later(t, 4 * 60, 40 * 60))
            ids.append(f.follow(c, t, k, case, problem, chans[k - 1]))
        c.extra.update(
            {
                "problem": problem,
                "booking": case,
                "contacts": n,
                "channels": chans[:n],
                "agent_passed_on": passed[i],
                "problem_event_ids": ids,
                "trouble_starts_at": iso(first_t),
            }
        )
    for persona, n_people in (("resolved_between_contacts", 5), ("different_problems", 3)):
        for _ in range(n_people):
            c = f.person(
                persona, "fixed" if n_people == 5 else "two problems", tolerated=("silence",)
            )
            f.happy_run(c, rng.randint(1, 3), [0, 8, 9])
            cases = []
            d = rng.randint(1, 5) if n_people == 5 else rng.randint(1, 2)
            probs = rng.sample(list(WT.PROBLEMS), 2)
            for j in range(1 if n_people == 5 else 2):
                t = f.at(d + j * rng.randint(4, 6) if j else d, 8, 19)
                ch = rng.choice(["email", "chat", "web", "phone"])
                cases.append(f.fixed_case(c, t, probs[j], ch, c.lang, c.lang))
            c.extra.update({"problems": cases, "trouble_starts_at": cases[0]["raised_at"]})
    for _ in range(8):
        c = f.person("happy", "frequent writer")
        for _ in range(rng.randint(5, 8)):
            f.happy(
                c,
                f.at(rng.randrange(10), 7, 20),
                rng.choice(["chat_q", "chat_q", "email_q", "phone_q", "purchase"]),
            )
    return f


def slide(f: Fam, c: Cust, start: datetime, span: int, langs: list[str]) -> list[str]:
    rng = f.rng
    ids = []
    t = start
    step_gap = span * 24 * 60 / 5
    comp = rng.choice(WT.COMPETITORS)
    ratings = [3, 3, 2, 2, 1, 1]
    for i in range(6):
        if i:
            t = f.awake(
                max(f.later(start, step_gap * i - 180, step_gap * i + 180), t + timedelta(hours=1))
            )
        lang = langs[i % len(langs)]
        ch = rng.choice(["social", "community", "review"])
        text = f.render(WT.SLIDE[lang][i], c, ch, True, lang, comp=comp)
        ids.append(f.say(c, t, ch, text, rating=ratings[i]))
        if i == 3:
            c.extra["step4_at"] = t
    return ids


def slow_churners() -> Fam:
    f = new_family("slow_churners")
    rng = f.rng
    nps = [True] * 5 + [False] * 5
    rng.shuffle(nps)
    for i in range(10):
        exp = ("sentiment_drop", "detractor") if nps[i] else ("sentiment_drop",)
        c = f.person("slow_churner", "slides", expected=exp, tolerated=tuple(SLIDE_TOL))
        for _ in range(rng.randint(4, 5)):
            f.happy(c, f.at(rng.randrange(11), 7, 20), rng.choice(["praise", "praise", "again"]))
        f.happy_run(c, rng.randint(2, 4), list(range(11)), surveys=False)
        span = rng.choice([3, 5, 7, 9])
        start = f.at(rng.randint(12, 16), 8, 19)
        ids = slide(f, c, start, span, [c.lang])
        step4 = c.extra.pop("step4_at")
        if nps[i]:
            f.low_survey(c, f.later(step4, 150, 210), "nps")
        c.extra.update(
            {"slide_event_ids": ids, "slide_days": span, "trouble_starts_at": iso(start)}
        )
    for _ in range(5):
        c = f.person(
            "slow_churner", "asks to cancel", expected=("churn_intent",), tolerated=tuple(LEAVE_TOL)
        )
        f.happy_run(c, rng.randint(4, 6), list(range(16)), surveys=False)
        t = f.at(rng.randint(17, 23), 8, 19)
        subj, body = f.pick(c, "leave", WT.LEAVE[c.lang])
        eid = f.emit(c, t, "email", "message", f.render(body, c, "email", True), subj)
        t2 = f.awake(f.later(t, 60, 300))
        f.emit(
            c,
            t2,
            "email",
            "message",
            f.render(WT.GOODBYE[c.lang], c, "email", False),
            f"{rng.choice(WT.REPLY_PREFIX[c.lang])} {subj}",
            outbound=True,
        )
        tc = f.awake(f.later(t, 20 * 60, 30 * 60))
        reason = rng.choice(WT.CANCEL_REASON[c.lang])
        cid = f.emit(
            c, tc, "web", "cancellation", reason or None, attrs={"page": "/account/pass/cancel"}
        )
        c.extra.update(
            {
                "churn_intent_event_id": eid,
                "cancellation_event_id": cid,
                "churn_at": iso(tc),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.happy_run(c, rng.randint(6, 10), list(range(32)))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=("repeat_contact", "silence"))
        d = float(rng.randint(0, 4))
        ids = []
        for _ in range(rng.randint(5, 7)):
            t = f.at(d, 8, 20)
            ch = rng.choice(["social", "community", "web", "review"])
            text = f.render(f.pick(c, "grumble", WT.GRUMBLES[c.lang]), c, ch, True)
            ids.append(f.say(c, t, ch, text))
            d += rng.randint(1, 3)
        for _ in range(rng.randint(0, 2)):
            f.happy(c, f.at(rng.randrange(28), 9, 19), "purchase")
        c.extra.update(
            {
                "grumble_event_ids": ids,
                "trouble_starts_at": iso(min(e.t for e in f.events if e.eid in ids)),
            }
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=("silence",))
        f.happy_run(c, rng.randint(3, 6), list(range(16)), surveys=False)
        ch = rng.choice(["social", "community"])
        t = f.at(rng.randint(17, 28), 9, 20)
        sid = f.say(c, t, ch, f.render(f.pick(c, "sarcasm", WT.SARCASM[c.lang]), c, ch, True))
        c.extra["sarcasm_event_id"] = sid
    return f


def quiet_hours() -> Fam:
    f = new_family("quiet_hours")
    rng = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        for _ in range(rng.randint(1, 4)):
            f.happy(
                c,
                f.at(rng.randrange(3), 7, 17.5),
                rng.choice(
                    ["praise", "again", "chat_q", "purchase", "page_view", "review", "survey"]
                ),
            )
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=("silence",))
        f.happy(c, f.at(rng.randrange(3), 8, 12), rng.choice(["page_view", "purchase"]))
        text, answer = f.pick(c, "mild", WT.MILD[c.lang])
        t = f.at(rng.randrange(3), 12.5, 17.5)
        if i < 2:
            gid = f.say(c, t, "chat", f.render(text, c, "chat", True))
            f.answer(c, t, f.render(answer, c, "chat", False))
        else:
            gid = f.emit(
                c,
                t,
                "web",
                "ticket",
                f.render(text, c, "web", True),
                attrs={"page": "/help/contact"},
            )
            f.emit(
                c,
                f.later(t, 30, 120),
                "email",
                "message",
                f.render(WT.FORM_ACK[c.lang], c, "email", False),
                "Movetta",
                outbound=True,
            )
        c.extra["grumble_event_id"] = gid
    by_day = [True] * 15 + [False] * 21
    rng.shuffle(by_day)
    k = 0
    for night in range(3):
        first = f.start + timedelta(days=night + 1, minutes=70 + rng.randint(0, 20))
        bursts = [
            first,
            first + timedelta(minutes=rng.randint(30, 34)),
            first + timedelta(minutes=rng.randint(60, 68)),
        ]
        for b, bt in enumerate(bursts, 1):
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b}")
                t = bt + timedelta(minutes=rng.randint(0, 9), seconds=rng.randint(0, 59))
                nid = f.happy(c, t, rng.choice(["night_post", "night_chat"]), night=True)
                c.extra.update({"burst_at": iso(bt), "night_event_id": nid})
                if by_day[k]:
                    f.happy(
                        c,
                        f.at(rng.randrange(3), 9, 17.5),
                        rng.choice(["praise", "page_view", "purchase", "review"]),
                    )
                k += 1
    return f


PAIRS = [
    ("fr", "it", "CH"), ("it", "fr", "CH"), ("fr", "de", "CH"), ("it", "de", "CH"),
    ("de", "fr", "CH"), ("de", "it", "CH"), ("fr", "en", "UK"), ("it", "en", "UK"),
    ("fr", "es", "ES"), ("it", "es", "ES"), ("pt", "fr", "FR"), ("es", "fr", "FR"),
    ("en", "it", "IT"), ("es", "it", "IT"), ("fr", "pt", "PT"), ("it", "pt", "PT"),
    ("it", "fr", "BE"), ("en", "fr", "FR"), ("de", "it", "IT"), ("fr", "en", "IE"),
]  # fmt: skip


def bilingual() -> Fam:
    f = new_family("bilingual")
    rng = f.rng
    pairs = PAIRS[:]
    rng.shuffle(pairs)
    plan = ["happy"] * 12 + ["repeat"] * 5 + ["slide"] * 5 + ["bad"] * 3 + ["fixed"] * 2
    counts = [2, 2, 3, 3, 4]
    rng.shuffle(counts)
    bad_kinds = ["long_email", "email", "chat"]
    news = [True, True, False]
    for i, what in enumerate(plan):
        l1, l2, market = pairs[i % len(pairs)]
        langs = [l1, l2]
        if what == "happy":
            c = f.person("happy", "alternates languages", l1, market)
        elif what == "repeat":
            c = f.person(
                "repeat_contact", "repeats", l1, market, ("repeat_contact",), tuple(REPEAT_TOL)
            )
        elif what == "slide":
            c = f.person(
                "slow_churner", "slides", l1, market, ("sentiment_drop",), tuple(SLIDE_TOL)
            )
        elif what == "bad":
            c = f.person("happy_one_bad_day", "one bad day", l1, market, (), ("silence",))
        else:
            c = f.person("resolved_between_contacts", "fixed", l1, market, (), ("silence",))
        c.extra.update(
            {"languages": langs, "job_second_language": gendered(rng.choice(WH.JOBS[l2]), c.fem)}
        )
        if what == "happy":
            for j in range(rng.randint(5, 8)):
                f.happy(c, f.at(rng.randrange(14), 7, 20), rng.choice(HAPPY_ACTS), langs[j % 2])
        elif what == "repeat":
            n = counts.pop()
            for j in range(rng.randint(1, 3)):
                f.happy(
                    c,
                    f.at(rng.randint(0, 1), 7, 19),
                    rng.choice(["praise", "chat_q", "page_view"]),
                    langs[j % 2],
                )
            problem = rng.choice(WT.PROBLEMS)
            chans = ["email", "chat", "phone", "social", "web"]
            rng.shuffle(chans)
            t = f.at(rng.randint(2, 6), 8, 19)
            first_t, case = t, f.case()
            ids = [f.complain(c, t, problem, chans[0], l1)]
            passed = n >= 3
            if passed:
                f.emit(
                    c,
                    f.later(t, 90, 150),
                    "email",
                    "message",
                    f.render(WT.PASSED_ON[l1], c, "email", False, l1, case=case),
                    WT.CASE_SUBJECT[l1].replace("{case}", case),
                    outbound=True,
                )
            else:
                f.case_opened(c, t, case, chans[0], l1)
            for k in range(2, n + 1):
                t = f.awake(f.later(t, 4 * 60, 30 * 60))
                ids.append(f.follow(c, t, k, case, problem, chans[k - 1], langs[(k - 1) % 2]))
            c.extra.update(
                {
                    "problem": problem,
                    "booking": case,
                    "contacts": n,
                    "channels": chans[:n],
                    "agent_passed_on": passed,
                    "problem_event_ids": ids,
                    "trouble_starts_at": iso(first_t),
                }
            )
        elif what == "slide":
            for j in range(5):
                f.happy(c, f.at(j + rng.choice([0, 1]), 7, 20), "praise", langs[j % 2])
            for j in range(rng.randint(1, 3)):
                f.happy(
                    c,
                    f.at(rng.randint(0, 5), 7, 20),
                    rng.choice(["chat_q", "purchase", "page_view"]),
                    langs[j % 2],
                )
            span = rng.randint(3, 5)
            start = f.at(rng.randint(7, 8), 8, 19)
            ids = slide(f, c, start, span, langs)
            c.extra.pop("step4_at")
            c.extra.update(
                {"slide_event_ids": ids, "slide_days": span, "trouble_starts_at": iso(start)}
            )
        elif what == "bad":
            kind = bad_kinds.pop()
            d = rng.randint(4, 9)
            for j in range(rng.randint(3, 5)):
                day = rng.choice([x for x in range(14) if x <= d - 2 or x >= d + 3])
                f.happy(
                    c,
                    f.at(day, 7, 20),
                    rng.choice(["praise", "chat_q", "purchase", "review"]),
                    langs[j % 2],
                )
            t = f.at(d, 8, 20)
            problem = rng.choice(WT.PROBLEMS)
            ch = "email" if kind != "chat" else "chat"
            eid = f.complain(c, t, problem, ch, l2, long=kind == "long_email")
            case = f.case()
            f.case_opened(c, t, case, ch, l2)
            fixed = news.pop()
            c.extra.update(
                {
                    "problem": problem,
                    "booking": case,
                    "channel": ch,
                    "long_email": kind == "long_email",
                    "bad_day_at": iso(t),
                    "bad_day_event_id": eid,
                    "bad_day_language": l2,
                    "agent_fixed": fixed,
                    "apologised": False,
                    "trouble_starts_at": iso(t),
                }
            )
            if fixed:
                f.good_news(c, f.later(t, 60, 240), case, problem, l2)
                if kind == "email":
                    ts = f.awake(f.later(t, 16 * 60, 24 * 60))
                    aid = f.emit(
                        c, ts, "chat", "chat", f.render(WT.APOLOGY[l2][0], c, "chat", True, l2)
                    )
                    c.extra.update(
                        {"apologised": True, "apology_at": iso(ts), "apology_event_id": aid}
                    )
        else:
            for j in range(rng.randint(2, 3)):
                f.happy(
                    c,
                    f.at(rng.choice([0, 1, 12, 13]), 7, 20),
                    rng.choice(["praise", "purchase", "page_view"]),
                    langs[j % 2],
                )
            t = f.at(rng.randint(3, 6), 8, 19)
            problem = rng.choice(WT.PROBLEMS)
            ch = rng.choice(["email", "chat", "web"])
            fixed_case = f.fixed_case(c, t, problem, ch, l1, l2)
            c.extra.update(
                {"confirm_language": l2, "trouble_starts_at": iso(t), "problems": [fixed_case]}
            )
    return f


def b2b_accounts() -> Fam:
    f = new_family("b2b_accounts")
    rng = f.rng
    risk = {
        0: ("invoice", 4, "email"),
        1: ("bookings_blocked", 3, "phone"),
        2: ("portal", 3, "phone"),
        3: ("overbilled", 4, "email"),
        4: ("invoice", 3, "phone"),
    }
    one = {5: "portal", 6: "portal", 7: "invoice", 8: "overbilled"}
    for idx, (market, lang, company, site, domain) in enumerate(WB.COMPANIES):
        acc_id = account_id(f, market)
        kind = (
            "at_risk"
            if idx in risk
            else "one_unhappy"
            if idx in one
            else "mild"
            if idx < 12
            else "happy"
        )
        n_contacts = (
            rng.randint(5, 6)
            if kind == "at_risk"
            else rng.randint(3, 4)
            if kind != "happy"
            else rng.randint(3, 5)
        )
        n_unhappy = (
            risk[idx][1]
            if kind == "at_risk"
            else 1
            if kind == "one_unhappy"
            else 2
            if kind == "mild"
            else 0
        )
        firsts: set[str] = set()
        contacts: list[Cust] = []
        for j in range(n_contacts):
            role = ("complainer" if kind != "mild" else "suggests") if j < n_unhappy else "contact"
            while True:
                c = f.person("b2b_happy", role, lang, market, company=(domain, acc_id))
                if c.first not in firsts:
                    break
                f.custs.pop()
                USED_IDS.discard(str(c.ids["customer_id"]))
            firsts.add(c.first)
            c.extra.update({"company": company, "role": role})
            contacts.append(c)
        tax = WB.TAX_ID_IT_CH if (market, lang) == ("CH", "it") else WB.TAX_ID[market]
        for c in contacts:
            if c.habit == "contact":
                for _ in range(rng.randint(1, 4)):
                    d = rng.choice([0, 1, 2, 3, 4, 7, 8, 9, 10, 11])
                    t = f.at(d, 8, 16.5)
                    act = rng.choice(["chat", "purchase", "page", "praise", "survey"])
                    b2b_routine(f, c, t, act, lang)
            else:
                for _ in range(rng.randint(0, 2)):
                    b2b_routine(
                        f,
                        c,
                        f.at(rng.randint(0, 1), 8, 16.5),
                        rng.choice(["chat", "purchase", "page"]),
                        lang,
                    )
        trouble = None
        same = None
        if kind == "at_risk":
            same, n, last_channel = risk[idx]
            t = f.office(f.at(rng.choice([3, 4]), 8, 15))
            trouble = iso(t)
            case = f.case()
            complainers = contacts[:n]
            first_c = complainers[0]
            weekday = WB.WEEKDAYS[lang][t.weekday()]
            short = WB.B2B_SHORT[lang][same].replace("{tax}", tax)
            for j, c in enumerate(complainers):
                last = j == n - 1
                c.persona = "b2b_unhappy"
                c.tolerated = list(B2B_RISK_TOL)
                c.expected = ["repeat_contact"] if last else ["detractor"]
                topic = WB.B2B_TOPIC[lang][same].replace("{tax}", tax)
                if j == 0:
                    body = WB.B2B_COMPLAINT[lang][same].replace("{tax}", tax)
                    subj = WT.COMPLAINT_SUBJECT[lang].replace("{topic}", topic)
                else:
                    t = f.office(f.later(t, 8 * 60, 28 * 60))
                    body = f.pick(c, "b2bfollow", WB.B2B_FOLLOW[lang])
                    subj = f.reply(lang, WT.CASE_SUBJECT[lang], case)
                text = f.render(
                    body,
                    c,
                    "email",
                    True,
                    lang,
                    company=company,
                    case=case,
                    short=short,
                    colleague=first_c.first,
                    weekday=weekday,
                    colleague_fem="1" if first_c.fem else "0",
                )
                eid = f.emit(c, t, "email", "message", text, subj)
                ids = [eid]
                if j == 0:
                    ack = f.render(WB.B2B_ACK[lang], c, "email", False, lang, case=case)
                    f.emit(
                        c,
                        f.office(f.later(t, 15, 60)),
                        "email",
                        "message",
                        ack,
                        WT.CASE_SUBJECT[lang].replace("{case}", case),
                        outbound=True,
                    )
                if not last:
                    f.low_survey(c, f.later(t, 60, 180), "nps")
                else:
                    t2 = f.office(f.later(t, 18 * 60, 40 * 60))
                    comp = rng.choice(WT.COMPETITORS)
                    if last_channel == "email":
                        text = f.render(
                            WB.B2B_LAST[lang],
                            c,
                            "email",
                            True,
                            lang,
                            company=company,
                            case=case,
                            short=short,
                            comp=comp,
                        )
                        ids.append(
                            f.emit(
                                c,
                                t2,
                                "email",
                                "message",
                                text,
                                f.reply(lang, WT.CASE_SUBJECT[lang], case),
                            )
                        )
                    else:
                        text = f.render(
                            WB.B2B_LAST_PHONE[lang],
                            c,
                            "phone",
                            True,
                            lang,
                            company=company.lower(),
                            spoken=spoken_case(case, lang),
                            short=spoken(short),
                        )
                        ids.append(f.emit(c, t2, "phone", "call", spoken(text)))
                c.extra.update(
                    {
                        "problem": same,
                        "booking": case,
                        "complaint_event_ids": ids,
                        "trouble_starts_at": iso(t),
                    }
                )
        elif kind == "one_unhappy":
            c = contacts[0]
            prob = one[idx]
            c.persona, c.expected, c.tolerated = "b2b_one_unhappy", ["detractor"], list(B2B_ONE_TOL)
            t = f.office(f.at(rng.randint(3, 10), 8, 15))
            case = f.case()
            topic = WB.B2B_TOPIC[lang][prob].replace("{tax}", tax)
            body = WB.B2B_COMPLAINT[lang][prob].replace("{tax}", tax)
            eid = f.emit(
                c,
                t,
                "email",
                "message",
                f.render(body, c, "email", True, lang, company=company),
                WT.COMPLAINT_SUBJECT[lang].replace("{topic}", topic),
            )
            f.emit(
                c,
                f.office(f.later(t, 15, 60)),
                "email",
                "message",
                f.render(WB.B2B_ACK[lang], c, "email", False, lang, case=case),
                WT.CASE_SUBJECT[lang].replace("{case}", case),
                outbound=True,
            )
            f.low_survey(c, f.later(t, 60, 180), "nps")
            c.extra.update(
                {
                    "problem": prob,
                    "booking": case,
                    "complaint_event_ids": [eid],
                    "trouble_starts_at": iso(t),
                }
            )
        elif kind == "mild":
            for j, c in enumerate(contacts[:2]):
                c.persona, c.tolerated = "b2b_mild", ["silence"]
                t = f.office(f.at(rng.randint(2, 10), 8, 16.5))
                text = f.render(WB.SUGGEST[lang][j % len(WB.SUGGEST[lang])], c, "web", True, lang)
                mid = f.emit(c, t, "web", "ticket", text, attrs={"page": "/pro/feedback"})
                f.emit(
                    c,
                    f.office(f.later(t, 20, 90)),
                    "email",
                    "message",
                    f.render(WT.FORM_ACK[lang], c, "email", False, lang),
                    "Movetta Pro",
                    outbound=True,
                )
                c.extra.update({"mild_event_id": mid, "trouble_starts_at": iso(t)})
        unhappy = [c for c in contacts if c.persona in ("b2b_unhappy", "b2b_one_unhappy")]
        f.accounts[acc_id] = {
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


def account_id(f: Fam, market: str) -> str:
    while True:
        acc = f"MVP-{market}-{f.rng.randint(1000, 9999)}"
        if acc not in USED_IDS:
            USED_IDS.add(acc)
            return acc


def b2b_routine(f: Fam, c: Cust, t: datetime, act: str, lang: str) -> None:
    rng = f.rng
    t = f.office(t)
    if act == "chat":
        q, a = f.pick(c, "b2bchat", WB.B2B_ROUTINE_CHAT[lang])
        f.say(c, t, "chat", f.render(q, c, "chat", True, lang))
        t2 = f.answer(c, t, a, 1, 6)
        f.emit(
            c,
            f.later(t2, 1, 4),
            "chat",
            "chat",
            f.render(rng.choice(WB.B2B_THANKS[lang]), c, "chat", True, lang),
        )
    elif act == "purchase":
        label, price, page = rng.choice(WB.ADDONS)
        f.emit(c, t, "web", "page_view", attrs={"page": page})
        cur, rate = {"UK": ("GBP", 0.86), "CH": ("CHF", 0.94)}.get(c.market, ("EUR", 1.0))
        f.emit(
            c,
            f.later(t, 2, 10),
            "web",
            "purchase",
            attrs={
                "order_value": f"{price * rate:.2f}",
                "currency": cur,
                "product": label,
                "page": page,
            },
        )
    elif act == "page":
        f.emit(c, t, "web", "page_view", attrs={"page": rng.choice(WB.PORTAL_PAGES)})
    elif act == "praise":
        f.emit(
            c,
            t,
            "community",
            "post",
            f.render(f.pick(c, "b2bpraise", WB.B2B_PRAISE[lang]), c, "community", True, lang),
        )
    else:
        f.happy(c, t, "survey", lang)


def topic_spike() -> Fam:
    f = new_family("topic_spike")
    rng = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        f.happy_run(c, rng.randint(1, 4), list(range(7)))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=("silence",))
        text, answer = f.pick(c, "mild", WT.MILD[c.lang])
        t = f.at(2, 9, 17)
        gid = f.say(c, t, "chat", f.render(text, c, "chat", True))
        f.answer(c, t, f.render(answer, c, "chat", False))
        c.extra["grumble_event_id"] = gid
    for lang, hm in (("fr", (9, 12)), ("it", (14, 41))):
        c = f.person("grumbles_once", "lone question", lang, tolerated=("silence",))
        t = f.start + timedelta(days=4, hours=hm[0], minutes=hm[1])
        q, a = WT.LONE[lang]
        lid = f.say(c, t, "chat", f.render(q, c, "chat", True))
        f.answer(c, t, a, 2, 5)
        c.extra["lone_report_event_id"] = lid
    langs = ["fr"] * 6 + ["it"] * 6 + ["de"] * 3 + ["en"] * 2 + ["es"] * 2 + ["pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(langs)
    rng.shuffle(chans)
    s0 = f.start + timedelta(days=5, hours=7, minutes=50)
    offsets = sorted([0, 45, *rng.sample(range(1, 45), 18)])
    regular = [True] * 12 + [False] * 8
    rng.shuffle(regular)
    early = [i for i, o in enumerate(offsets) if o <= 30]
    repeaters = set(rng.sample(early, 6))
    fixed = set(rng.sample([i for i in range(20) if i not in repeaters], 6))
    keys, eids, reids = [], [], []
    for i in range(20):
        rep = i in repeaters
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular[i] else "new",
            langs[i],
            expected=("repeat_contact",) if rep else (),
            tolerated=("silence", "sentiment_drop") if rep else ("silence",),
        )
        if regular[i]:
            for _ in range(rng.randint(1, 3)):
                f.happy(
                    c,
                    f.at(4, 7, 18),
                    rng.choice(["praise", "chat_q", "purchase", "page_view", "review"]),
                )
        t = s0 + timedelta(
            minutes=offsets[i], seconds=rng.randint(0, 59) if 0 < offsets[i] < 45 else 0
        )
        ch = chans[i]
        text = f.render(f.pick(c, "spike", WT.SPIKE[c.lang]), c, ch, True)
        subj = WT.SPIKE_SUBJECT[c.lang]
        eid = f.say(c, t, ch, text, subj if ch in ("email", "web") else None)
        keys.append(c.key)
        eids.append(eid)
        c.extra.update(
            {
                "in_spike": True,
                "regular": regular[i],
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
            }
        )
        if rep:
            ch2 = rng.choice([x for x in ("chat", "social", "community", "email") if x != ch])
            t2 = f.later(t, 15, 50)
            text2 = f.render(WT.SPIKE_AGAIN[c.lang], c, ch2, True)
            sub2 = f"{rng.choice(WT.REPLY_PREFIX[c.lang])} {subj}" if ch2 == "email" else None
            rid = f.say(c, t2, ch2, text2, sub2)
            reids.append(rid)
            c.extra["repeat_event_id"] = rid
        if i in fixed:
            local = "10:15" if c.market in CET_MARKETS else "09:15"
            local = local.replace(":", "h") if c.lang == "fr" else local
            amount = money(c.market, c.lang, 10.0)
            tf = s0 + timedelta(minutes=100 + rng.randint(0, 15))
            f.emit(
                c,
                tf,
                "email",
                "message",
                f.render(WT.SPIKE_FIXED[c.lang], c, "email", False, fixed_at=local, amount=amount),
                WT.SPIKE_SUBJECT[c.lang],
                outbound=True,
            )
    f.spike = {
        "topic": (
            "address lookup failure: the app cannot find the new address when booking a move or "
            "transport, error AD-734 (address not found)"
        ),
        "about": "households booking month-end moves on a Saturday morning",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reids,
    }
    return f


FAMILIES: list[tuple[Callable[[], Fam], dict[str, int]]] = [
    (happy_writers, {}),
    (one_bad_day, {"detractor": 6}),
    (repeat_contacts, {"repeat_contact": 13}),
    (slow_churners, {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5}),
    (quiet_hours, {}),
    (bilingual, {"repeat_contact": 5, "sentiment_drop": 5}),
    (b2b_accounts, {"account_risk": 5, "detractor": 16, "repeat_contact": 5}),
    (topic_spike, {"topic_spike": 1, "repeat_contact": 6}),
]


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
