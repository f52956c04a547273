"""Write the heldout23 alert scenarios (Rodavia, car rental): eight families, JSONL + truth.

Standard library only, deterministic: ``python make_heldout23.py`` writes the same bytes
every time. The wording is in ``wording_happy.py``, ``wording_trouble.py`` and
``wording_business.py`` next to this file. Report only: never tune on these files.
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

import wording_business as wb
import wording_happy as wh
import wording_trouble as wt

HERE = Path(__file__).resolve().parent
SEED = 20261023
WRITTEN = "2026-12-01"
BUSINESS = "Rodavia, car rental (DE, PT, IT, FR, UK, ES) and Rodavia Business"
COMPETITORS = ("Kilomo", "Drivana")
LANGS = ("de", "pt", "it", "fr", "en", "es")
LANG_WEIGHTS = (26, 24, 14, 13, 12, 11)
MARKET = {"de": "DE", "pt": "PT", "it": "IT", "fr": "FR", "en": "UK", "es": "ES"}
PHONE_PREFIX = {"DE": "+49", "PT": "+351", "IT": "+39", "FR": "+33", "UK": "+44", "ES": "+34"}
PHONE_START = {"DE": "15", "PT": "91", "IT": "34", "FR": "6", "UK": "7", "ES": "6"}
MAIL_DOMAINS = {
    "DE": ("gmx.example", "web.example", "posteo.example"),
    "PT": ("sapo.example", "netcabo.example", "mail.example"),
    "IT": ("libero.example", "tiscali.example"),
    "FR": ("orange.example", "free.example"),
    "UK": ("btinternet.example", "mail.example"),
    "ES": ("telefonica.example", "mail.example"),
}
REPLY_PREFIX = {"de": "AW:", "pt": "RE:", "it": "R:", "fr": "RE :", "en": "RE:", "es": "RE:"}
AGENTS = {
    "de": ("Jana", "Malte", "Svenja", "Ole"),
    "pt": ("Sara", "Tomás", "Helena", "Vasco"),
    "it": ("Paola", "Gianni"),
    "fr": ("Élodie", "Karim"),
    "en": ("Priya", "Ben"),
    "es": ("Nuria", "Iker"),
}
FEMALE = {
    "de": "Anna Julia Katrin Sabine Lena Miriam Petra "
    "Johanna Franziska Leonie Ute Carina Birgit Nele",
    "pt": "Ana Beatriz Inês Mariana Joana Catarina Sofia "
    "Rita Filipa Teresa Marta Carla Leonor Patrícia",
    "it": "Giulia Chiara Francesca Sara Elena Valentina Federica Silvia",
    "fr": "Camille Léa Manon Chloé Sophie Claire Aurélie Mathilde",
    "en": "Emma Olivia Sarah Laura Hannah Chloe Megan Fiona",
    "es": "Lucía María Carmen Paula Elena Marta Nerea Alba",
}
MALE = {
    "de": "Thomas Jonas Stefan Markus Lukas Florian Jürgen "
    "Tobias Matthias Felix Dirk Sven Holger Benedikt",
    "pt": "João Pedro Tiago Rui Miguel Nuno Ricardo Diogo Bruno Hugo Luís André Gonçalo Filipe",
    "it": "Marco Luca Andrea Matteo Davide Stefano Giorgio Simone",
    "fr": "Julien Nicolas Thomas Antoine Maxime Hugo Mathieu Benoît",
    "en": "James Oliver Daniel Tom Harry Callum Owen Rhys",
    "es": "Javier Pablo Sergio Álvaro David Diego Iñigo Raúl",
}
SURNAMES = {
    "de": "Müller Schneider Fischer Weber Becker Hoffmann Schäfer Koch Richter Wolf "
    "Neumann Zimmermann Krause Hartmann Lange Brandt Vogt Seidel Kühn Lorenz",
    "pt": "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes "
    "Gonçalves Gomes Lopes Marques Almeida Ribeiro Carvalho Teixeira Pinto Moreira",
    "it": "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Greco Bruno",
    "fr": "Martin Bernard Dubois Durand Lefebvre Moreau Laurent Simon Michel Fournier",
    "en": "Smith Jones Taylor Brown Wilson Evans Roberts Walker Wright Hughes",
    "es": "García Fernández López Martínez Sánchez Pérez Gómez Díaz Romero Navarro",
}
SOURCE = {
    "email": "helpdesk",
    "chat": "livechat",
    "phone": "callcenter-stt",
    "social": "social-listening",
    "community": "community",
    "survey": "survey-tool",
    "web": "web",
}
#: Base amounts (euros) per problem; the UK pays 10 % less, in pounds.
AMOUNT = {"deposit": 300, "damage": 480, "nocar": 0, "double": 239, "fuel": 65, "refund": 189}

T_REPEAT = ["sentiment_drop", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_SLIDER = ["repeat_contact", "churn_intent", "competitor_mention", "high_value_at_risk", "silence"]
T_CANCEL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
T_GRUMPY = ["repeat_contact", "silence"]
T_SILENCE = ["silence"]
T_SPIKE_REPEAT = ["sentiment_drop", "silence"]
T_B2B_RISK = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
T_B2B_ONE = ["sentiment_drop", "high_value_at_risk", "silence"]

GENDER = re.compile(r"\[\[([^|\]]*)\|([^\]]*)\]\]")
TAKEN: set[str] = set()


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def ascii_name(text: str) -> str:
    text = text.replace("ß", "ss")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if ch.isascii() and ch.isalnum()).lower()


def drop_accents(lang: str, text: str) -> str:
    if lang == "de":
        for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
            text = text.replace(a, b)
        text = text.replace("ß", "ss")
    out = []
    for ch in text:
        if ch in "ñÑ€£" or ord(ch) > 0x2000:
            out.append(ch)
            continue
        base = unicodedata.normalize("NFD", ch)
        out.append("".join(b for b in base if not unicodedata.combining(b)))
    return "".join(out)


def speech(text: str) -> str:
    """A speech-to-text transcript: lower case, no punctuation, no emoji."""
    kept = []
    for ch in text.lower():
        cat = unicodedata.category(ch)
        if ch in "€£%'" or cat[0] in "LN":
            kept.append(ch)
        else:
            kept.append(" ")
    return " ".join("".join(kept).split())


@dataclass
class Cust:
    key: str
    first: str
    last: str
    fem: bool
    lang: str
    market: str
    email: str
    phone: str
    handle: str | None
    account_id: str | None
    persona: str
    station: str
    car: str
    segment: str = "consumer"
    expected: list[str] = field(default_factory=list)
    tolerated: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    langs: tuple[str, ...] = ()


@dataclass
class Ev:
    eid: str
    seq: int
    at: datetime
    cust: Cust
    channel: str
    kind: str
    direction: str
    text: str | None
    subject: str | None
    scores: dict[str, int]
    attrs: dict[str, str]


class Fam:
    """One family: its customers, touchpoints, accounts and spike, and how to write them."""

    def __init__(self, name: str, code: str, n: int, start: str, days: int, about: str) -> None:
        self.name = name
        self.code = code
        self.rng = random.Random(SEED * 100 + n)
        self.start = datetime.fromisoformat(start).replace(tzinfo=UTC)
        self.days = days
        self.about = about
        self.customers: list[Cust] = []
        self.events: list[Ev] = []
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.refs: set[str] = set()

    # -- people -------------------------------------------------------------------
    def pick_lang(self) -> str:
        return self.rng.choices(LANGS, weights=LANG_WEIGHTS)[0]

    def unique(self, make: Callable[[], str]) -> str:
        while True:
            value = make()
            if value.lower() not in TAKEN:
                TAKEN.add(value.lower())
                return value

    def new_cust(
        self,
        persona: str,
        lang: str | None = None,
        market: str | None = None,
        account_id: str | None = None,
        domain: str | None = None,
        first: str | None = None,
        fem: bool | None = None,
    ) -> Cust:
        rng = self.rng
        lang = lang or self.pick_lang()
        market = market or MARKET[lang]
        if fem is None:
            fem = rng.random() < 0.5
        if first is None:
            first = rng.choice((FEMALE if fem else MALE)[lang].split())
        last = rng.choice(SURNAMES[lang].split())
        key = f"RV{self.code}{len(self.customers) + 1:04d}"
        a_first, a_last = ascii_name(first), ascii_name(last)
        if domain is not None:
            email = f"{a_first}.{a_last}@{domain}"
            TAKEN.add(email)
            handle = None
        else:
            dom = MAIL_DOMAINS[market]
            email = self.unique(
                lambda: rng.choice(
                    (
                        f"{a_first}.{a_last}{rng.randint(1, 99)}@{rng.choice(dom)}",
                        f"{a_first[0]}{a_last}{rng.randint(60, 99)}@{rng.choice(dom)}",
                        f"{a_first}{rng.randint(100, 999)}@{rng.choice(dom)}",
                    )
                )
            )
            handle = self.unique(
                lambda: rng.choice(
                    (
                        f"@{a_first}_{a_last[:5]}{rng.randint(1, 99)}",
                        f"@{a_first}{a_last[0]}{rng.randint(70, 99)}",
                        f"@{a_last}.{a_first[:3]}{rng.randint(1, 9)}",
                    )
                )
            )
        digits = 9 if market in ("PT", "ES", "FR", "IT") else 10
        start_digits = PHONE_START[market]
        phone = self.unique(
            lambda: (
                PHONE_PREFIX[market]
                + start_digits
                + "".join(str(rng.randint(0, 9)) for _ in range(digits - len(start_digits)))
            )
        )
        cust = Cust(
            key=key,
            first=first,
            last=last,
            fem=fem,
            lang=lang,
            market=market,
            email=email,
            phone=phone,
            handle=handle,
            account_id=account_id,
            persona=persona,
            station=rng.choice(wh.STATIONS[market]),
            car=rng.choice(wh.CARS[MARKET_LANG[market]]),
            segment="b2b" if account_id else "consumer",
        )
        self.customers.append(cust)
        return cust

    def new_ref(self) -> str:
        while True:
            ref = f"RV-{self.rng.randint(100000, 999999)}"
            if ref not in TAKEN:
                TAKEN.add(ref)
                return ref

    # -- words ----------------------------------------------------------------------
    def fill(self, c: Cust, template: str, **kw: str) -> str:
        text = GENDER.sub(lambda m: m.group(1) if c.fem else m.group(2), template)
        values = {
            "st": c.station,
            "car": c.car,
            "first": c.first,
            "last": c.last,
            "agent": self.rng.choice(AGENTS[c.lang]),
            "comp": self.rng.choice(COMPETITORS),
            "amount": "",
            "ref": "",
            "short": "",
            "company": "",
            "colleague": "",
            "core": "",
        }
        values.update(kw)
        return text.format_map(values)

    def noisy(self, lang: str, text: str) -> str:
        rng = self.rng
        if rng.random() < 0.1:
            text = drop_accents(lang, text)
        if text and rng.random() < 0.12 and text[0].isupper() and not text.startswith("@"):
            text = text[0].lower() + text[1:]
        if rng.random() < 0.08:
            words = text.split(" ")
            spots = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
            if spots:
                i = rng.choice(spots)
                w = words[i]
                j = rng.randint(1, len(w) - 2)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    def amount(self, c: Cust, problem: str) -> str:
        base = AMOUNT[problem]
        if c.market == "UK":
            return f"£{round(base * 0.9)}"
        if c.lang == "en":
            return f"€{base}"
        return f"{base} €"

    # -- time -----------------------------------------------------------------------
    def at(self, day: int, h_lo: float, h_hi: float) -> datetime:
        secs = self.rng.randint(int(h_lo * 3600), int(h_hi * 3600) - 1)
        return self.start + timedelta(days=day, seconds=secs)

    def later(self, t: datetime, m_lo: float, m_hi: float) -> datetime:
        return t + timedelta(seconds=self.rng.randint(int(m_lo * 60), int(m_hi * 60)))

    def day_of(self, t: datetime) -> int:
        return (t - self.start).days

    # -- touchpoints ----------------------------------------------------------------
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
    ) -> Ev:
        seq = len(self.events) + 1
        e = Ev(
            eid=f"rv23-{self.code.lower()}-{seq:05d}",
            seq=seq,
            at=at,
            cust=c,
            channel=channel,
            kind=kind,
            direction=direction,
            text=text,
            subject=subject,
            scores=scores or {},
            attrs=attrs or {},
        )
        self.events.append(e)
        return e

    def say(self, c: Cust, lang: str, pool: dict[str, list[str]], **kw: str) -> str:
        return self.noisy(lang, self.fill(c, self.rng.choice(pool[lang]), **kw))

    def agent(
        self, c: Cust, at: datetime, channel: str, kind: str, text: str, subject: str | None = None
    ) -> Ev:
        return self.ev(c, at, channel, kind, text, subject, direction="outbound")

    # -- happy acts -----------------------------------------------------------------
    def happy_act(self, c: Cust, t: datetime, act: str, lang: str | None = None) -> datetime:
        """One happy act starting at t; returns when it ends."""
        rng = self.rng
        lang = lang or c.lang
        if act == "post":
            pool = rng.choices((wh.PRAISE, wh.AGAIN, wh.GRIPE), weights=(70, 18, 12))[0]
            text = self.say(c, lang, pool)
            channel = "social" if c.segment == "consumer" and rng.random() < 0.6 else "community"
            self.ev(c, t, channel, "post", text)
        elif act == "mention":
            self.ev(c, t, "social", "mention", "@rodavia " + self.say(c, lang, wh.PRAISE))
        elif act in ("chatq", "mailq"):
            subj, q, a, thanks = rng.choice(wh.QUESTIONS[lang])
            if act == "chatq":
                self.ev(c, t, "chat", "chat", self.noisy(lang, self.fill(c, q)))
                t = self.later(t, 1, 6)
                self.agent(c, t, "chat", "chat", self.fill(c, a))
                t = self.later(t, 1, 5)
                self.ev(c, t, "chat", "chat", self.noisy(lang, self.fill(c, thanks)))
            else:
                self.ev(c, t, "email", "message", self.noisy(lang, self.fill(c, q)), subj)
                t = self.later(t, 20, 90)
                self.agent(
                    c, t, "email", "message", self.fill(c, a), f"{REPLY_PREFIX[lang]} {subj}"
                )
                if rng.random() < 0.6:
                    t = self.later(t, 10, 120)
                    text = self.say(c, lang, wh.THANKS)
                    self.ev(c, t, "email", "message", text, f"{REPLY_PREFIX[lang]} {subj}")
        elif act == "phoneq":
            self.ev(c, t, "phone", "call", self.fill(c, rng.choice(wh.PHONE_Q[lang])))
        elif act in ("buy", "page"):
            self.ev(c, t, "web", "page_view", attrs={"page": rng.choice(wh.PAGES)})
            if act == "buy":
                product, price = rng.choice(wh.PRODUCTS)
                currency = "GBP" if c.market == "UK" else "EUR"
                value = price * (0.9 if c.market == "UK" else 1.0)
                t = self.later(t, 3, 15)
                attrs = {"order_value": f"{value:.2f}", "currency": currency, "product": product}
                self.ev(c, t, "web", "purchase", attrs=attrs)
        elif act == "review":
            rating, text = rng.choice(wh.REVIEWS[lang])
            self.ev(
                c,
                t,
                "web",
                "review",
                self.noisy(lang, self.fill(c, text)),
                attrs={"rating": str(rating)},
            )
        elif act == "survey":
            self.happy_survey(c, t, lang)
        else:
            raise ValueError(act)
        return t

    def happy_survey(self, c: Cust, t: datetime, lang: str) -> None:
        rng = self.rng
        kind = rng.choice(("nps", "nps", "csat", "ces"))
        score = {"nps": rng.randint(9, 10), "csat": rng.randint(4, 5), "ces": rng.randint(6, 7)}[
            kind
        ]
        text = self.say(c, lang, wh.SURVEY_WORDS) if rng.random() < 0.65 else None
        self.ev(
            c,
            t,
            "survey",
            "survey_response",
            text or None,
            scores={kind: score},
            attrs={"survey": kind},
        )

    def pick_act(self, weights: dict[str, int]) -> str:
        return self.rng.choices(list(weights), weights=list(weights.values()))[0]

    def free_times(
        self,
        n: int,
        days: tuple[int, int],
        hours: tuple[float, float],
        avoid: Sequence[tuple[datetime, datetime]] = (),
        gap_h: float = 2.0,
        ok: Callable[[datetime], bool] | None = None,
    ) -> list[datetime]:
        """n start times on days[0]..days[1] between hours, outside the avoid windows."""
        out: list[datetime] = []
        tries = 0
        while len(out) < n and tries < 400:
            tries += 1
            t = self.at(self.rng.randint(*days), *hours)
            if any(a <= t <= b for a, b in avoid):
                continue
            if any(abs((t - o).total_seconds()) < gap_h * 3600 for o in out):
                continue
            if ok is not None and not ok(t):
                continue
            out.append(t)
        return sorted(out)

    def happy_acts(
        self,
        c: Cust,
        n: int,
        days: tuple[int, int],
        weights: dict[str, int],
        hours: tuple[float, float] = (7.0, 21.5),
        avoid: Sequence[tuple[datetime, datetime]] = (),
        lang_of: Callable[[int], str] | None = None,
        ok: Callable[[datetime], bool] | None = None,
    ) -> list[datetime]:
        times = self.free_times(n, days, hours, avoid, ok=ok)
        for i, t in enumerate(times):
            self.happy_act(c, t, self.pick_act(weights), lang_of(i) if lang_of else None)
        return times

    # -- complaints -----------------------------------------------------------------
    def complaint(
        self, c: Cust, t: datetime, problem: str, channel: str, lang: str, long: bool = False
    ) -> Ev:
        rng = self.rng
        kw = {"amount": self.amount(c, problem)}
        core = self.fill(c, rng.choice(wt.CORE[lang][problem]), **kw)
        demand = self.fill(c, rng.choice(wt.DEMAND[lang]))
        angry = self.fill(c, rng.choice(wt.ANGRY[lang]))
        subject = wt.SUBJECT[lang][problem]
        if channel == "email":
            greet = rng.choice(wt.GREET[lang])
            sign = self.fill(c, rng.choice(wt.SIGN[lang]))
            if long:
                trip = self.fill(c, rng.choice(wt.TRIP[lang]))
                nice = self.fill(c, rng.choice(wt.NICE[lang]))
                body = f"{greet}\n\n{trip}\n\n{core} {nice}\n\n{demand}\n\n{sign}"
            else:
                body = f"{greet}\n\n{core} {demand} {angry}\n\n{sign}"
            return self.ev(c, t, "email", "message", self.noisy(lang, body), subject)
        if channel == "chat":
            return self.ev(c, t, "chat", "chat", self.noisy(lang, f"{core} {demand}"))
        if channel == "social":
            return self.ev(c, t, "social", "post", self.noisy(lang, f"@rodavia {core} {angry}"))
        if channel == "web":
            return self.ev(c, t, "web", "ticket", self.noisy(lang, f"{core} {demand}"), subject)
        if channel == "phone":
            opener = self.fill(c, rng.choice(wt.PHONE_OPEN[lang]))
            return self.ev(c, t, "phone", "call", speech(f"{opener} {core} {demand}"))
        raise ValueError(channel)

    def follow_up(
        self, c: Cust, t: datetime, problem: str, ref: str, nth: int, channel: str, lang: str
    ) -> Ev:
        rng = self.rng
        pool = wt.FOLLOW2 if nth == 2 else wt.FOLLOW3 if nth == 3 else wt.FOLLOW4
        short = wt.SHORT[lang][problem]
        text = self.fill(c, rng.choice(pool[lang]), ref=ref, short=short)
        subject = f"{REPLY_PREFIX[lang]} {wt.SUBJECT[lang][problem]} [{ref}]"
        if channel == "email":
            greet = rng.choice(wt.GREET[lang])
            sign = self.fill(c, rng.choice(wt.SIGN[lang]))
            return self.ev(
                c, t, "email", "message", self.noisy(lang, f"{greet}\n\n{text}\n\n{sign}"), subject
            )
        if channel == "chat":
            return self.ev(c, t, "chat", "chat", self.noisy(lang, text))
        if channel == "social":
            return self.ev(c, t, "social", "post", self.noisy(lang, f"@rodavia {text}"))
        if channel == "web":
            return self.ev(c, t, "web", "ticket", self.noisy(lang, text), subject)
        opener = self.fill(c, rng.choice(wt.PHONE_OPEN[lang]))
        return self.ev(c, t, "phone", "call", speech(f"{opener} {text}"))

    def agent_mail(
        self, c: Cust, t: datetime, pool: dict[str, str], lang: str, subject: str, **kw: str
    ) -> Ev:
        return self.agent(c, t, "email", "message", self.fill(c, pool[lang], **kw), subject)

    def confirm(self, c: Cust, t: datetime, ref: str, lang: str) -> Ev:
        text = self.say(c, lang, wt.CONFIRM, ref=ref)
        if self.rng.random() < 0.5:
            return self.ev(c, t, "email", "message", text, f"{REPLY_PREFIX[lang]} [{ref}]")
        return self.ev(c, t, "chat", "chat", text)

    def low_survey(self, c: Cust, t: datetime, kind: str, lo: int, hi: int, lang: str) -> Ev:
        score = self.rng.randint(lo, hi)
        text = self.fill(c, self.rng.choice(wt.LOW_SURVEY[lang])) or None
        return self.ev(
            c, t, "survey", "survey_response", text, scores={kind: score}, attrs={"survey": kind}
        )

    # -- output -------------------------------------------------------------------------
    def ids(self, c: Cust, e: Ev, first: bool) -> dict[str, str | None]:
        rng = self.rng
        full: dict[str, str | None] = {
            "customer_id": c.key,
            "email": c.email,
            "phone": c.phone,
            "handle": c.handle,
            "account_id": c.account_id,
        }
        if first or e.direction == "outbound":
            return full
        out: dict[str, str | None] = dict.fromkeys(full)
        out["account_id"] = c.account_id
        if e.channel == "phone":
            prefix = PHONE_PREFIX[c.market]
            out["phone"] = prefix + " " + c.phone[len(prefix) :] if rng.random() < 0.3 else c.phone
        elif e.channel in ("social", "community"):
            if c.handle is None:
                out["email"] = c.email
            else:
                out["handle"] = c.handle.lstrip("@") if rng.random() < 0.25 else c.handle
        elif e.channel == "email":
            out["email"] = c.email.upper() if rng.random() < 0.1 else c.email
        else:
            out["customer_id"] = c.key
        return out

    def write(self) -> tuple[int, int]:
        self.events.sort(key=lambda e: (e.at, e.seq))
        seen: set[str] = set()
        lines = []
        for e in self.events:
            c = e.cust
            first = c.key not in seen
            seen.add(c.key)
            attrs = {"market": c.market}
            if c.segment == "b2b":
                attrs["segment"] = "b2b"
            attrs.update(e.attrs)
            row = {
                "event_id": e.eid,
                "occurred_at": iso(e.at),
                "channel": e.channel,
                "kind": e.kind,
                "direction": e.direction,
                "customer": self.ids(c, e, first),
                "text": e.text,
                "subject": e.subject,
                "scores": {k: e.scores.get(k) for k in ("nps", "csat", "ces")},
                "source": SOURCE[e.channel],
                "attributes": attrs,
            }
            lines.append(json.dumps(row, ensure_ascii=False))
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        end = self.start + timedelta(days=self.days)
        last = self.events[-1].at + timedelta(hours=1)
        expected: dict[str, int] = {}
        for c in self.customers:
            for r in c.expected:
                expected[r] = expected.get(r, 0) + 1
        for a in self.accounts.values():
            for r in a["expected_rules"]:
                expected[r] = expected.get(r, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        customers = {}
        for c in self.customers:
            entry: dict[str, Any] = {
                "identifiers": {
                    "customer_id": c.key,
                    "email": c.email.lower(),
                    "phone": c.phone,
                    "handle": c.handle,
                    "account_id": c.account_id,
                },
                "expected_rules": sorted(c.expected),
                "tolerated_rules": sorted(c.tolerated),
                "persona": c.persona,
                "language": c.lang,
                "country": c.market,
                "segment": c.segment,
            }
            if c.langs:
                entry["languages"] = list(c.langs)
            entry.update(c.extra)
            customers[c.key] = entry
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": BUSINESS,
                "days": self.days,
                "seed": SEED * 100,
                "written": WRITTEN,
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(max(end, last)),
            "customers": customers,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        text = json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        (HERE / f"{self.name}.truth.json").write_text(text, encoding="utf-8")
        return len(self.customers), len(self.events)


MARKET_LANG = {v: k for k, v in MARKET.items()}
HOUSEHOLD = {
    "post": 4,
    "mention": 1,
    "chatq": 2,
    "mailq": 1,
    "phoneq": 1,
    "buy": 2,
    "page": 2,
    "review": 1,
    "survey": 1,
}
NO_SURVEY = {k: v for k, v in HOUSEHOLD.items() if k != "survey"}
PRAISE_ONLY = {"post": 1}
FREQUENT = {"chatq": 4, "mailq": 3, "phoneq": 3, "post": 1, "buy": 1}


def same(lang: str) -> Callable[[int], str]:
    """Every act in one language."""
    return lambda _: lang


def night_time(f: Fam, day: int) -> datetime:
    """A time between 22:10 on day and 04:30 the next morning."""
    return f.at(day, 22 + 10 / 60, 28.5)


def shift_out_of_night(t: datetime) -> datetime:
    """Moves a time between 22:00 and 07:00 UTC to the next 07:xx."""
    if t.hour >= 22:
        t = (t + timedelta(days=1)).replace(hour=7)
    elif t.hour < 7:
        t = t.replace(hour=7)
    return t


def to_office(f: Fam, t: datetime, last_hour: int = 16) -> datetime:
    """Moves t into weekday 08:00-last_hour:59 UTC (forward)."""
    while True:
        if t.weekday() >= 5:
            t = (t + timedelta(days=1)).replace(hour=8, minute=f.rng.randint(0, 59))
            continue
        if t.hour < 8:
            t = t.replace(hour=8, minute=f.rng.randint(0, 59))
        if t.hour > last_hour:
            t = (t + timedelta(days=1)).replace(hour=8, minute=f.rng.randint(0, 59))
            continue
        return t


def other_channel(f: Fam, used: list[str], pool: Sequence[str]) -> str:
    choices = [ch for ch in pool if ch not in used[-1:]] if used else list(pool)
    fresh = [ch for ch in choices if ch not in used]
    return f.rng.choice(fresh or choices)


CONTACT_CHANNELS = ("email", "chat", "phone", "social", "web")


# ---------------------------------------------------------------------------------- families
def happy_writers() -> Fam:
    f = Fam("happy_writers", "HW", 1, "2026-02-16", 10, "frequent happy writers")
    for _ in range(190):
        c = f.new_cust("happy")
        c.extra["habit"] = "day writer"
        f.happy_acts(c, f.rng.randint(5, 9), (0, 9), HOUSEHOLD)
    for _ in range(50):
        c = f.new_cust("happy")
        c.extra["habit"] = "night writer"
        n_night = f.rng.randint(2, 4)
        n_day = f.rng.randint(4, 7) - n_night
        f.happy_acts(c, max(n_day, 1), (0, 9), HOUSEHOLD)
        nights = f.rng.sample(range(9), n_night)
        for d in nights:
            t = night_time(f, d)
            if f.rng.random() < 0.55:
                text = f.say(c, c.lang, wh.NIGHT)
                f.ev(c, t, f.rng.choice(("social", "community")), "post", text)
            else:
                f.happy_act(c, t, "chatq")
    for _ in range(60):
        c = f.new_cust("happy")
        c.extra["habit"] = "answers surveys"
        for t in f.free_times(f.rng.randint(3, 6), (0, 9), (7, 21.5), gap_h=12):
            f.happy_survey(c, t, c.lang)
    return f


def one_bad_day() -> Fam:
    f = Fam("one_bad_day", "BD", 2, "2026-04-13", 12, "one bad day among happy households")
    channels = (
        ["long"] * 80
        + ["email"] * 55
        + ["chat"] * 55
        + ["social"] * 60
        + ["web"] * 30
        + ["phone"] * 20
    )
    f.rng.shuffle(channels)
    surveys = ["csat"] * 75 + ["nps"] * 40 + [""] * 185
    f.rng.shuffle(surveys)
    fixed = [True] * 170 + [False] * 130
    f.rng.shuffle(fixed)
    apologise_left = 110
    for i in range(300):
        c = f.new_cust("happy_one_bad_day")
        problem = f.rng.choice(wt.PROBLEMS)
        t = f.at(f.rng.randint(2, 9), 8, 20)
        ch = channels[i]
        e = f.complaint(c, t, problem, "email" if ch == "long" else ch, c.lang, long=ch == "long")
        c.tolerated = list(T_SILENCE)
        c.extra.update(
            problem=problem,
            bad_day_at=iso(t),
            bad_day_event_id=e.eid,
            channel="email" if ch == "long" else ch,
            long_email=ch == "long",
            agent_fixed=fixed[i],
            apologised=False,
        )
        avoid = [(t - timedelta(hours=10), t + timedelta(hours=7))]
        if surveys[i] == "csat":
            s = f.low_survey(c, f.later(t, 40, 80), "csat", 1, 2, c.lang)
            c.extra.update(csat_given=True, csat=s.scores["csat"], survey_event_id=s.eid)
        elif surveys[i] == "nps":
            s = f.low_survey(c, f.later(t, 100, 140), "nps", 1, 5, c.lang)
            c.persona = "bad_day_detractor"
            c.expected = ["detractor"]
            c.extra.update(nps_given=True, nps=s.scores["nps"], survey_event_id=s.eid)
        if fixed[i]:
            ref = f.new_ref()
            c.extra["booking"] = ref
            ft = f.later(t, 60, 240)
            f.agent_mail(
                c,
                ft,
                wt.AG_FIXED,
                c.lang,
                f"{REPLY_PREFIX[c.lang]} {wt.SUBJECT[c.lang][problem]} [{ref}]",
                ref=ref,
            )
            if apologise_left > 0 and f.rng.random() < 0.7:
                apologise_left -= 1
                at = f.later(t, 16 * 60, 26 * 60)
                text = f.say(c, c.lang, wt.APOLOGY)
                if f.rng.random() < 0.5:
                    a = f.ev(c, at, "chat", "chat", text)
                else:
                    a = f.ev(c, at, "email", "message", text, f"{REPLY_PREFIX[c.lang]} [{ref}]")
                c.extra.update(apologised=True, apology_at=iso(at), apology_event_id=a.eid)
                avoid.append((at - timedelta(hours=8), at + timedelta(hours=4)))
        f.happy_acts(c, f.rng.randint(3, 5), (0, 11), NO_SURVEY, avoid=avoid)
    for _ in range(100):
        c = f.new_cust("happy")
        c.extra["habit"] = "control"
        f.happy_acts(c, f.rng.randint(4, 7), (0, 11), HOUSEHOLD)
    return f


def open_case(
    f: Fam,
    c: Cust,
    problem: str,
    days: tuple[int, int],
    contacts: int,
    lang_of: Callable[[int], str],
    passed_on: bool,
) -> dict[str, Any]:
    """A problem raised `contacts` times, still open; returns what the truth records."""
    t = f.at(f.rng.randint(*days), 8, 20)
    ref = f.new_ref()
    used: list[str] = []
    eids: list[str] = []
    times: list[str] = []
    for n in range(1, contacts + 1):
        ch = other_channel(f, used, CONTACT_CHANNELS)
        used.append(ch)
        lang = lang_of(n - 1)
        if n == 1:
            e = f.complaint(c, t, problem, ch, lang)
            subject = f"{REPLY_PREFIX[lang]} {wt.SUBJECT[lang][problem]} [{ref}]"
            if passed_on:
                f.agent_mail(c, f.later(t, 90, 150), wt.AG_PASSED, lang, subject, ref=ref)
            else:
                f.agent_mail(c, f.later(t, 5, 30), wt.AG_OPENED, lang, subject, ref=ref)
        else:
            e = f.follow_up(c, t, problem, ref, n, ch, lang)
        eids.append(e.eid)
        times.append(iso(t))
        t = shift_out_of_night(f.later(t, 3 * 60, 40 * 60))
    return {
        "problem": problem,
        "booking": ref,
        "contacts": contacts,
        "channels": used,
        "agent_passed_on": passed_on,
        "problem_event_ids": eids,
        "trouble_starts_at": times[0],
    }


def fixed_case(
    f: Fam, c: Cust, problem: str, t: datetime, lang: str, confirm_lang: str
) -> tuple[dict[str, Any], datetime]:
    ch = f.rng.choice(CONTACT_CHANNELS)
    ref = f.new_ref()
    e = f.complaint(c, t, problem, ch, lang)
    subject = f"{REPLY_PREFIX[lang]} {wt.SUBJECT[lang][problem]} [{ref}]"
    f.agent_mail(c, f.later(t, 5, 30), wt.AG_OPENED, lang, subject, ref=ref)
    fixed_at = f.later(t, 3 * 60, 20 * 60)
    f.agent_mail(c, fixed_at, wt.AG_FIXED, lang, subject, ref=ref)
    conf_at = shift_out_of_night(f.later(fixed_at, 8 * 60, 30 * 60))
    conf = f.confirm(c, conf_at, ref, confirm_lang)
    case = {
        "problem": problem,
        "booking": ref,
        "raised_at": iso(t),
        "fixed_at": iso(fixed_at),
        "confirmed_at": iso(conf_at),
        "problem_event_ids": [e.eid],
        "confirm_event_id": conf.eid,
        "channel": ch,
    }
    return case, conf_at


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts", "RC", 3, "2026-05-11", 10, "one problem raised again across channels"
    )
    counts = [2] * 45 + [3] * 52 + [4] * 28
    f.rng.shuffle(counts)
    passed = [True] * 62 + [False] * 63
    f.rng.shuffle(passed)
    for i in range(125):
        c = f.new_cust("repeat_contact")
        f.happy_acts(c, f.rng.randint(1, 3), (0, 0), NO_SURVEY, hours=(7, 14))
        lang = c.lang
        case = open_case(f, c, f.rng.choice(wt.PROBLEMS), (1, 2), counts[i], same(lang), passed[i])
        c.extra.update(case)
        c.expected = ["repeat_contact"]
        c.tolerated = list(T_REPEAT)
    for _ in range(55):
        c = f.new_cust("resolved_between_contacts")
        c.tolerated = list(T_SILENCE)
        f.happy_acts(c, f.rng.randint(1, 3), (0, 1), NO_SURVEY, hours=(7, 12))
        case, _ = fixed_case(
            f, c, f.rng.choice(wt.PROBLEMS), f.at(f.rng.randint(2, 5), 8, 20), c.lang, c.lang
        )
        c.extra.update(problems=[case], trouble_starts_at=case["raised_at"])
    for _ in range(40):
        c = f.new_cust("different_problems")
        c.tolerated = list(T_SILENCE)
        p1, p2 = f.rng.sample(wt.PROBLEMS, 2)
        t1 = f.at(f.rng.randint(0, 1), 8, 18)
        case1, _ = fixed_case(f, c, p1, t1, c.lang, c.lang)
        t2 = shift_out_of_night(t1 + timedelta(hours=f.rng.uniform(96, 132)))
        case2, _ = fixed_case(f, c, p2, t2, c.lang, c.lang)
        c.extra.update(problems=[case1, case2], trouble_starts_at=case1["raised_at"])
    for _ in range(130):
        c = f.new_cust("happy")
        c.extra["habit"] = "frequent writer"
        f.happy_acts(c, f.rng.randint(5, 8), (0, 9), FREQUENT)
    return f


def slide(
    f: Fam, c: Cust, start_day: int, span: int, lang_of: Callable[[int], str]
) -> tuple[list[str], list[datetime]]:
    eids: list[str] = []
    times: list[datetime] = []
    for step in range(6):
        day = start_day + round(step * span / 5)
        t = f.at(day, 8, 21.5)
        if times and t <= times[-1]:
            t = times[-1] + timedelta(hours=f.rng.uniform(2, 5))
        lang = lang_of(step)
        text = f.fill(c, f.rng.choice(wt.SLIDE[lang][step]))
        text = f.noisy(lang, text)
        ch = f.rng.choice(("social", "community", "chat", "review"))
        if ch == "review":
            rating = 3 if step < 2 else 2 if step < 4 else 1
            e = f.ev(c, t, "web", "review", text, attrs={"rating": str(rating)})
        elif ch == "chat":
            e = f.ev(c, t, "chat", "chat", text)
        else:
            e = f.ev(c, t, ch, "post", text)
        eids.append(e.eid)
        times.append(t)
    return eids, times


def slow_churners() -> Fam:
    f = Fam("slow_churners", "SC", 4, "2026-06-01", 32, "slow churners and those who leave")
    spans = [3] * 23 + [5] * 23 + [7] * 23 + [9] * 21
    f.rng.shuffle(spans)
    nps = [True] * 32 + [False] * 58
    f.rng.shuffle(nps)
    for i in range(90):
        c = f.new_cust("slow_churner")
        c.extra["habit"] = "slides"
        f.happy_acts(c, f.rng.randint(4, 5), (0, 10), PRAISE_ONLY)
        f.happy_acts(c, f.rng.randint(2, 4), (0, 10), NO_SURVEY)
        start_day = f.rng.randint(12, 18)
        lang = c.lang
        eids, times = slide(f, c, start_day, spans[i], same(lang))
        c.expected = ["sentiment_drop"]
        c.tolerated = list(T_SLIDER)
        c.extra.update(slide_event_ids=eids, slide_days=spans[i], trouble_starts_at=iso(times[0]))
        if nps[i]:
            s = f.low_survey(c, f.later(times[3], 160, 200), "nps", 1, 5, c.lang)
            c.expected.append("detractor")
            c.extra.update(nps_given=True, nps=s.scores["nps"], survey_event_id=s.eid)
    for _ in range(42):
        c = f.new_cust("slow_churner")
        c.extra["habit"] = "asks to cancel"
        f.happy_acts(c, f.rng.randint(4, 6), (0, 12), NO_SURVEY)
        t = f.at(f.rng.randint(15, 25), 8, 20)
        subj, body = f.rng.choice(wt.CANCEL_ASK[c.lang])
        ask = f.ev(c, t, "email", "message", f.noisy(c.lang, f.fill(c, body)), subj)
        f.agent_mail(c, f.later(t, 60, 300), wt.AG_LEAVE, c.lang, f"{REPLY_PREFIX[c.lang]} {subj}")
        ct = f.later(t, 20 * 60, 30 * 60)
        reason = f.fill(c, f.rng.choice(wt.CANCEL_REASON[c.lang])) or None
        cancel = f.ev(c, ct, "web", "cancellation", reason, attrs={"page": "/account/close"})
        c.expected = ["churn_intent"]
        c.tolerated = list(T_CANCEL)
        c.extra.update(
            churn_intent_event_id=ask.eid,
            cancellation_event_id=cancel.eid,
            churn_at=iso(ct),
            trouble_starts_at=iso(t),
        )
    for _ in range(78):
        c = f.new_cust("happy")
        c.extra["habit"] = "steady"
        f.happy_acts(c, f.rng.randint(6, 10), (0, 31), HOUSEHOLD)
    for _ in range(45):
        c = f.new_cust("steadily_grumpy")
        c.tolerated = list(T_GRUMPY)
        for t in f.free_times(f.rng.randint(5, 8), (0, 31), (7, 22), gap_h=24):
            text = f.say(c, c.lang, wt.GRUMPY)
            ch = f.rng.choice(("social", "community", "chat"))
            f.ev(c, t, ch, "chat" if ch == "chat" else "post", text)
    for _ in range(45):
        c = f.new_cust("happy_one_sarcastic_remark")
        c.tolerated = list(T_SILENCE)
        times = f.happy_acts(c, f.rng.randint(4, 7), (0, 31), HOUSEHOLD)
        t = f.free_times(
            1,
            (0, 31),
            (8, 21),
            avoid=[(x - timedelta(hours=6), x + timedelta(hours=6)) for x in times],
        )[0]
        e = f.ev(c, t, "social", "post", f.say(c, c.lang, wt.SARCASM))
        c.extra["sarcasm_event_id"] = e.eid
    return f


def quiet_hours() -> Fam:
    f = Fam("quiet_hours", "QH", 5, "2026-08-14", 3, "bursts in quiet hours (calm summer weekend)")
    light = {"post": 3, "mention": 1, "buy": 3, "page": 4, "review": 1, "chatq": 1}
    for _ in range(180):
        c = f.new_cust("happy")
        c.extra["habit"] = "day writer"
        f.happy_acts(c, f.rng.randint(1, 4), (0, 2), light, hours=(7, 19.5))
    for _ in range(25):
        c = f.new_cust("grumbles_once")
        c.tolerated = list(T_SILENCE)
        t = f.at(f.rng.randint(0, 2), 8, 19)
        text = f.say(c, c.lang, wt.GRUMBLE_ONCE)
        e = (
            f.ev(c, t, "chat", "chat", text)
            if f.rng.random() < 0.6
            else f.ev(c, t, "web", "ticket", text)
        )
        c.extra["grumble_event_id"] = e.eid
    owls = [f.new_cust("night_owl") for _ in range(45)]
    k = 0
    for night in range(3):
        t0 = f.at(night + 1, 0 + 39 / 60, 1.2)
        starts = [t0]
        for _ in range(2):
            starts.append(f.later(starts[-1], 25, 55))
        for b, bt in enumerate(starts):
            for j in range(5):
                c = owls[k]
                k += 1
                t = f.later(bt, 0, 9.5) if j else bt
                if f.rng.random() < 0.5:
                    f.happy_act(c, t, "chatq")
                else:
                    f.ev(
                        c,
                        t,
                        f.rng.choice(("social", "community")),
                        "post",
                        f.say(c, c.lang, wh.NIGHT),
                    )
                c.extra["burst_at"] = iso(bt)
                c.extra["habit"] = f"night {night + 1}, burst {b + 1}"
                if f.rng.random() < 0.4:
                    f.happy_act(c, f.at(f.rng.randint(0, 2), 9, 19), f.pick_act(light))
    return f


PAIRS: list[tuple[str, str, str, int]] = [
    ("de", "pt", "PT", 40),
    ("pt", "de", "DE", 36),
    ("de", "en", "UK", 30),
    ("pt", "fr", "FR", 28),
    ("de", "it", "IT", 26),
    ("pt", "es", "ES", 24),
    ("pt", "en", "UK", 22),
    ("de", "fr", "FR", 20),
    ("it", "de", "DE", 20),
    ("fr", "pt", "PT", 18),
    ("en", "pt", "PT", 18),
    ("es", "de", "DE", 18),
]


def bilingual() -> Fam:
    f = Fam("bilingual", "BL", 6, "2026-09-07", 14, "customers writing in two languages")
    roles = (
        ["happy"] * 150 + ["repeat"] * 50 + ["slider"] * 35 + ["badday"] * 40 + ["resolved"] * 25
    )
    f.rng.shuffle(roles)
    slots: list[tuple[str, str, str]] = []
    for a, b, market, n in PAIRS:
        slots += [(a, b, market)] * n
    rep_counts = [2] * 20 + [3] * 20 + [4] * 10
    f.rng.shuffle(rep_counts)
    rep_passed = [True] * 25 + [False] * 25
    bad_long = [True] * 10 + [False] * 30
    bad_fixed = [True] * 20 + [False] * 20
    f.rng.shuffle(bad_long)
    f.rng.shuffle(bad_fixed)
    apologies = 10
    for (a, b, market), role in zip(slots, roles, strict=True):
        c = f.new_cust("happy", lang=a, market=market)
        c.langs = (a, b)

        def alt(i: int, a: str = a, b: str = b) -> str:
            return a if i % 2 == 0 else b

        if role == "happy":
            c.extra["habit"] = "alternates languages"
            f.happy_acts(c, f.rng.randint(5, 8), (0, 13), HOUSEHOLD, lang_of=alt)
        elif role == "repeat":
            c.persona = "repeat_contact"
            f.happy_acts(c, f.rng.randint(1, 3), (0, 1), NO_SURVEY, lang_of=alt, hours=(7, 12))
            n = rep_counts.pop()
            case = open_case(f, c, f.rng.choice(wt.PROBLEMS), (2, 4), n, alt, rep_passed.pop())
            c.extra.update(case)
            c.expected = ["repeat_contact"]
            c.tolerated = list(T_REPEAT)
        elif role == "slider":
            c.persona = "slow_churner"
            c.extra["habit"] = "slides"
            f.happy_acts(c, 5, (0, 5), PRAISE_ONLY, lang_of=alt, hours=(7, 21))
            f.happy_acts(c, f.rng.randint(1, 3), (0, 5), NO_SURVEY, lang_of=alt)
            span = f.rng.randint(3, 5)
            eids, times = slide(f, c, f.rng.randint(6, 8), span, alt)
            c.expected = ["sentiment_drop"]
            c.tolerated = list(T_SLIDER)
            c.extra.update(slide_event_ids=eids, slide_days=span, trouble_starts_at=iso(times[0]))
        elif role == "badday":
            c.persona = "happy_one_bad_day"
            c.tolerated = list(T_SILENCE)
            problem = f.rng.choice(wt.PROBLEMS)
            t = f.at(f.rng.randint(3, 10), 8, 20)
            long = bad_long.pop()
            ch = "email" if long else f.rng.choice(("email", "chat", "social", "web", "phone"))
            e = f.complaint(c, t, problem, ch, b, long=long)
            fixed = bad_fixed.pop()
            c.extra.update(
                problem=problem,
                bad_day_at=iso(t),
                bad_day_event_id=e.eid,
                bad_day_language=b,
                channel=ch,
                long_email=long,
                agent_fixed=fixed,
                apologised=False,
            )
            avoid = [(t - timedelta(hours=10), t + timedelta(hours=7))]
            if fixed:
                ref = f.new_ref()
                c.extra["booking"] = ref
                subject = f"{REPLY_PREFIX[b]} {wt.SUBJECT[b][problem]} [{ref}]"
                f.agent_mail(c, f.later(t, 60, 240), wt.AG_FIXED, b, subject, ref=ref)
                if apologies > 0:
                    apologies -= 1
                    at = f.later(t, 16 * 60, 26 * 60)
                    ap = f.ev(c, at, "chat", "chat", f.say(c, b, wt.APOLOGY))
                    c.extra.update(apologised=True, apology_at=iso(at), apology_event_id=ap.eid)
                    avoid.append((at - timedelta(hours=8), at + timedelta(hours=4)))
            f.happy_acts(c, f.rng.randint(3, 5), (0, 13), NO_SURVEY, avoid=avoid, lang_of=alt)
        else:
            c.persona = "resolved_between_contacts"
            c.tolerated = list(T_SILENCE)
            f.happy_acts(c, f.rng.randint(1, 3), (0, 1), NO_SURVEY, lang_of=alt, hours=(7, 12))
            case, _ = fixed_case(
                f, c, f.rng.choice(wt.PROBLEMS), f.at(f.rng.randint(2, 8), 8, 20), a, b
            )
            c.extra.update(problems=[case], trouble_starts_at=case["raised_at"], confirm_language=b)
    return f


ACCOUNT_MARKETS = ["DE"] * 20 + ["PT"] * 16 + ["IT"] * 8 + ["FR"] * 8 + ["UK"] * 6 + ["ES"] * 6
B2B_ROUTINE_ACTS = {"chatq": 3, "mailq": 2, "phoneq": 2, "buy": 1, "page": 3, "praise": 1}
B2B_PRODUCTS = [
    ("Business driver add-on", 120.0),
    ("Delivery to office", 45.0),
    ("Van 1 week", 310.0),
]
MILD_SUBJECT = {
    "de": "Vorschlag",
    "pt": "Sugestão",
    "it": "Suggerimento",
    "fr": "Suggestion",
    "en": "Suggestion",
    "es": "Sugerencia",
}
B2B_PAGES = ["/business/portal", "/business/invoices", "/business/drivers", "/business/fleet"]


def b2b_act(f: Fam, c: Cust, t: datetime, company: str) -> None:
    rng = f.rng
    act = f.pick_act(B2B_ROUTINE_ACTS)
    lang = c.lang
    kw = {"company": company}
    if act in ("chatq", "mailq"):
        q, a, thanks = rng.choice(wb.B2B_ROUTINE[lang])
        if act == "chatq":
            f.ev(c, t, "chat", "chat", f.noisy(lang, f.fill(c, q, **kw)))
            t = f.later(t, 1, 6)
            f.agent(c, t, "chat", "chat", f.fill(c, a, **kw))
            f.ev(c, f.later(t, 1, 5), "chat", "chat", f.fill(c, thanks, **kw))
        else:
            subj = "Rodavia Business"
            f.ev(c, t, "email", "message", f.noisy(lang, f.fill(c, q, **kw)), subj)
            t = f.later(t, 20, 90)
            f.agent(c, t, "email", "message", f.fill(c, a, **kw), f"{REPLY_PREFIX[lang]} {subj}")
            f.ev(
                c,
                f.later(t, 10, 120),
                "email",
                "message",
                f.fill(c, thanks, **kw),
                f"{REPLY_PREFIX[lang]} {subj}",
            )
    elif act == "phoneq":
        f.ev(c, t, "phone", "call", f.fill(c, rng.choice(wb.B2B_PHONE_Q[lang]), **kw))
    elif act == "page":
        f.ev(c, t, "web", "page_view", attrs={"page": rng.choice(B2B_PAGES)})
    elif act == "buy":
        f.ev(c, t, "web", "page_view", attrs={"page": "/business/add-ons"})
        product, price = rng.choice(B2B_PRODUCTS)
        value = price * (0.9 if c.market == "UK" else 1.0)
        currency = "GBP" if c.market == "UK" else "EUR"
        attrs = {"order_value": f"{value:.2f}", "currency": currency, "product": product}
        f.ev(c, f.later(t, 3, 12), "web", "purchase", attrs=attrs)
    else:
        f.ev(c, t, "community", "post", f.noisy(lang, f.fill(c, rng.choice(wb.B2B_PRAISE[lang]))))


def is_office(t: datetime) -> bool:
    return t.weekday() < 5 and 8 <= t.hour <= 16


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts", "BA", 7, "2026-09-28", 14, "company accounts with several unhappy contacts"
    )
    rng = f.rng
    kinds = ["at_risk"] * 15 + ["one_unhappy"] * 17 + ["mild"] * 8 + ["happy"] * 24
    rng.shuffle(kinds)
    markets = list(ACCOUNT_MARKETS)
    rng.shuffle(markets)
    risk_sizes = [3] * 10 + [4] * 5
    rng.shuffle(risk_sizes)
    risk_problems = ["invoice"] * 5 + ["portal"] * 4 + ["delivery"] * 3 + ["damage"] * 3
    rng.shuffle(risk_problems)
    one_ack = [True] * 9 + [False] * 8
    sizes: list[int] = []
    for kind in kinds:
        lo, hi = {"at_risk": (4, 6), "one_unhappy": (3, 6), "mild": (3, 6), "happy": (3, 6)}[kind]
        sizes.append(rng.randint(lo, hi))
    while sum(sizes) != 300:
        i = rng.randrange(len(sizes))
        if kinds[i] == "happy":
            if sum(sizes) < 300 and sizes[i] < 7:
                sizes[i] += 1
            elif sum(sizes) > 300 and sizes[i] > 3:
                sizes[i] -= 1
    used_companies: dict[str, int] = {}
    for kind, size, market in zip(kinds, sizes, markets, strict=True):
        lang = MARKET_LANG[market]
        company = wb.COMPANIES[market][used_companies.get(market, 0)]
        used_companies[market] = used_companies.get(market, 0) + 1
        acc = f"RVB-{market}-{rng.randint(1000, 9999)}"
        while acc in f.accounts:
            acc = f"RVB-{market}-{rng.randint(1000, 9999)}"
        domain = (
            ascii_name(company.split(" ")[0])
            + "-"
            + ascii_name(company.split(" ")[-1])
            + ".example"
        )
        names: list[tuple[str, bool]] = []
        while len(names) < size:
            fem = rng.random() < 0.5
            first = rng.choice((FEMALE if fem else MALE)[lang].split())
            if first not in [n for n, _ in names]:
                names.append((first, fem))
        contacts = [
            f.new_cust(
                "b2b_happy",
                lang=lang,
                market=market,
                account_id=acc,
                domain=domain,
                first=n,
                fem=fm,
            )
            for n, fm in names
        ]
        kw = {"company": company}
        unhappy: list[Cust] = []
        first_complaint: datetime | None = None
        problem: str | None = None
        complain_at: dict[str, datetime] = {}
        if kind == "at_risk":
            problem = risk_problems.pop()
            n = risk_sizes.pop()
            unhappy = contacts[:n]
            ref = f.new_ref()
            t = to_office(f, f.at(rng.randint(2, 4), 8, 15), 15)
            first_complaint = t
            for j, c in enumerate(unhappy):
                complain_at[c.key] = t
                core = f.fill(c, rng.choice(wb.B2B_CORE[lang][problem]), **kw)
                core = core[0].upper() + core[1:]
                subject = wb.B2B_SUBJECT[lang][problem]
                if j == 0:
                    body = f.fill(c, wb.B2B_FIRST[lang], core=core, **kw)
                else:
                    body = f.fill(
                        c, wb.B2B_LATER[lang], core=core, ref=ref, colleague=unhappy[0].first, **kw
                    )
                    subject = f"{subject} [{ref}]"
                e = f.ev(c, t, "email", "message", f.noisy(lang, body), subject)
                c.persona = "b2b_unhappy"
                c.extra.update(
                    company=company, role="complainer", complaint_event_ids=[e.eid], booking=ref
                )
                c.extra["trouble_starts_at"] = iso(t)
                c.tolerated = list(T_B2B_RISK)
                if j == 0:
                    ack_subject = f"{REPLY_PREFIX[lang]} {subject} [{ref}]"
                    f.agent(
                        c,
                        f.later(t, 20, 90),
                        "email",
                        "message",
                        f.fill(c, wb.B2B_ACK[lang], ref=ref, **kw),
                        ack_subject,
                    )
                if j < n - 1:
                    s = f.low_survey(c, f.later(t, 60, 180), "nps", 1, 5, lang)
                    c.expected = ["detractor"]
                    c.extra.update(nps_given=True, nps=s.scores["nps"], survey_event_id=s.eid)
                else:
                    t2 = to_office(f, f.later(t, 18 * 60, 40 * 60), 17)
                    comp = rng.choice(COMPETITORS)
                    if rng.random() < 0.6:
                        text = f.fill(c, wb.B2B_LAST[lang], ref=ref, comp=comp, **kw)
                        e2 = f.ev(
                            c,
                            t2,
                            "email",
                            "message",
                            f.noisy(lang, text),
                            f"{REPLY_PREFIX[lang]} {subject}",
                        )
                    else:
                        e2 = f.ev(
                            c,
                            t2,
                            "phone",
                            "call",
                            f.fill(c, wb.B2B_LAST_CALL[lang], ref=ref, comp=comp, **kw),
                        )
                    c.extra["complaint_event_ids"].append(e2.eid)
                    c.extra["repeat_event_id"] = e2.eid
                    c.expected = ["repeat_contact"]
                    c.tolerated = [r for r in T_B2B_RISK if r != "repeat_contact"]
                t = to_office(f, f.later(t, 8 * 60, 28 * 60), 15)
        elif kind == "one_unhappy":
            c = contacts[0]
            problem = rng.choice(wb.B2B_PROBLEMS)
            t = to_office(f, f.at(rng.randint(1, 10), 8, 15), 15)
            complain_at[c.key] = t
            core = f.fill(c, rng.choice(wb.B2B_CORE[lang][problem]), **kw)
            body = f.fill(c, wb.B2B_FIRST[lang], core=core[0].upper() + core[1:], **kw)
            e = f.ev(c, t, "email", "message", f.noisy(lang, body), wb.B2B_SUBJECT[lang][problem])
            if one_ack.pop():
                ref = f.new_ref()
                c.extra["booking"] = ref
                subject = f"{REPLY_PREFIX[lang]} {wb.B2B_SUBJECT[lang][problem]} [{ref}]"
                f.agent(
                    c,
                    f.later(t, 20, 90),
                    "email",
                    "message",
                    f.fill(c, wb.B2B_ACK[lang], ref=ref, **kw),
                    subject,
                )
            s = f.low_survey(c, f.later(t, 60, 180), "nps", 1, 5, lang)
            c.persona = "b2b_one_unhappy"
            c.expected = ["detractor"]
            c.tolerated = list(T_B2B_ONE)
            c.extra.update(
                company=company,
                role="complainer",
                problem=problem,
                complaint_event_ids=[e.eid],
                nps_given=True,
                nps=s.scores["nps"],
                survey_event_id=s.eid,
                trouble_starts_at=iso(t),
            )
            unhappy = [c]
        elif kind == "mild":
            for c in contacts[:2]:
                t = to_office(f, f.at(rng.randint(1, 11), 8, 15), 15)
                complain_at[c.key] = t
                e = f.ev(c, t, "web", "ticket", f.say(c, lang, wb.B2B_MILD), MILD_SUBJECT[lang])
                c.persona = "b2b_mild"
                c.tolerated = list(T_SILENCE)
                c.extra.update(company=company, role="suggests", mild_event_id=e.eid)
        for c in contacts:
            c.extra.setdefault("company", company)
            c.extra.setdefault("role", "contact")
            before = complain_at.get(c.key)

            def ok(t: datetime, before: datetime | None = before) -> bool:
                return is_office(t) and (before is None or t <= before - timedelta(hours=12))

            times = f.free_times(rng.randint(4, 8), (0, 13), (8, 16.5), ok=ok)
            for t in times:
                b2b_act(f, c, t, company)
            if c.persona == "b2b_happy" and rng.random() < 0.3:
                st = f.free_times(1, (0, 13), (8, 16.5), ok=is_office)
                if st:
                    f.happy_survey(c, st[0], lang)
        at_risk = kind == "at_risk"
        f.accounts[acc] = {
            "company": company,
            "contacts": len(contacts),
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": [c.key for c in unhappy],
            "at_risk": at_risk,
            "expected_rules": ["account_risk"] if at_risk else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if at_risk else None,
            "trouble_starts_at": iso(first_complaint) if first_complaint else None,
            "language": lang,
            "country": market,
        }
    return f


SPIKE_LANGS = ["de"] * 16 + ["pt"] * 15 + ["it"] * 8 + ["fr"] * 8 + ["en"] * 7 + ["es"] * 6
SPIKE_CHANNELS = ["social"] * 20 + ["chat"] * 13 + ["community"] * 10 + ["email"] * 9 + ["web"] * 8
SPIKE_SUBJECT = {
    "de": "Digitaler Schlüssel geht nicht",
    "pt": "Chave digital não funciona",
    "it": "Chiave digitale non funziona",
    "fr": "Clé digitale en panne",
    "en": "Digital key not working",
    "es": "La llave digital no funciona",
}


def spike_message(f: Fam, c: Cust, t: datetime, ch: str, pool: dict[str, list[str]]) -> Ev:
    text = f.say(c, c.lang, pool)
    if ch != "social" and text.startswith("@rodavia "):
        text = text[len("@rodavia ") :]
    if ch == "email":
        return f.ev(c, t, "email", "message", text, SPIKE_SUBJECT[c.lang])
    if ch == "web":
        return f.ev(c, t, "web", "ticket", text, SPIKE_SUBJECT[c.lang])
    if ch == "chat":
        return f.ev(c, t, "chat", "chat", text)
    return f.ev(c, t, ch, "post", text)


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        "2026-10-19",
        7,
        "a planted spike: the app's digital key fails at pick-up",
    )
    rng = f.rng
    friday = 4
    calm = {"post": 3, "mention": 1, "buy": 3, "page": 3, "review": 1, "chatq": 1, "survey": 1}
    for _ in range(264):
        c = f.new_cust("happy")
        c.extra["habit"] = "day writer"
        f.happy_acts(c, rng.randint(1, 4), (0, 6), calm)
    for _ in range(34):
        c = f.new_cust("grumbles_once")
        c.tolerated = list(T_SILENCE)
        day = rng.choice([0, 1, 2, 3, 5, 6])
        t = f.at(day, 8, 20)
        text = f.say(c, c.lang, wt.GRUMBLE_ONCE)
        e = (
            f.ev(c, t, "chat", "chat", text)
            if rng.random() < 0.6
            else f.ev(c, t, "web", "ticket", text)
        )
        c.extra["grumble_event_id"] = e.eid
    for day, lang in ((0, "de"), (1, "pt")):
        c = f.new_cust("grumbles_once", lang=lang)
        c.tolerated = list(T_SILENCE)
        q, a = wt.LONE_Q[lang]
        t = f.at(day, 18, 21)
        e = f.ev(c, t, "chat", "chat", f.noisy(lang, f.fill(c, q)))
        f.agent(c, f.later(t, 2, 8), "chat", "chat", f.fill(c, a))
        c.extra["lone_report_event_id"] = e.eid
    langs = list(SPIKE_LANGS)
    rng.shuffle(langs)
    chans = list(SPIKE_CHANNELS)
    rng.shuffle(chans)
    s0 = f.start + timedelta(days=friday, hours=7, minutes=40)
    offsets = sorted(rng.randint(0, 42 * 60) for _ in range(60))
    offsets[0] = 0
    order = list(range(60))
    rng.shuffle(order)
    repeaters = set(order[:20])
    fixers = set(order[20:35])
    first_ids: list[str] = []
    repeat_ids: list[str] = []
    keys: list[str] = []
    for i in range(60):
        c = f.new_cust("spike_reporter", lang=langs[i])
        regular = i % 3 != 2
        if regular:
            f.happy_acts(c, rng.randint(1, 3), (0, 3), calm)
        t = s0 + timedelta(seconds=offsets[i])
        e = spike_message(f, c, t, chans[i], wt.SPIKE)
        first_ids.append(e.eid)
        keys.append(c.key)
        c.tolerated = list(T_SILENCE)
        c.extra.update(
            in_spike=True,
            regular=regular,
            spike_event_id=e.eid,
            spike_channel=chans[i],
            trouble_starts_at=iso(t),
        )
        if i in repeaters:
            ch2 = rng.choice(
                [x for x in ("social", "chat", "email", "web", "community") if x != chans[i]]
            )
            e2 = spike_message(f, c, f.later(t, 15, 50), ch2, wt.SPIKE_AGAIN)
            repeat_ids.append(e2.eid)
            c.persona = "spike_repeater"
            c.expected = ["repeat_contact"]
            c.tolerated = list(T_SPIKE_REPEAT)
            c.extra["repeat_event_id"] = e2.eid
        elif i in fixers:
            ft = f.at(friday + 1, 7, 9)
            f.agent_mail(
                c, ft, wt.AG_SPIKE_FIXED, c.lang, f"{REPLY_PREFIX[c.lang]} {SPIKE_SUBJECT[c.lang]}"
            )
            c.extra["agent_fixed"] = True
    f.spike = {
        "topic": "cars cannot be unlocked with the app's digital key at pick-up "
        "(faulty app update)",
        "about": "Friday 23 October 2026, morning pick-up rush, six languages",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(seconds=offsets[-1])),
        "customers": len(keys),
        "customer_keys": keys,
        "event_ids": first_ids,
        "repeat_event_ids": repeat_ids,
    }
    return f


FAMILIES: tuple[Callable[[], Fam], ...] = (
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
        print(f"{fam.name}: {n_c} customers, {n_e} touchpoints")
    print(f"total: {total_c} customers, {total_e} touchpoints")


if __name__ == "__main__":
    main()
