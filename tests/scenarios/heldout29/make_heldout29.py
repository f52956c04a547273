"""Build the twenty-ninth hand-written, report-only alert scenario set (Limora, blind).

Standard library only, seeded, deterministic: ``python make_heldout29.py`` (from anywhere)
writes ``<family>.jsonl`` and ``<family>.truth.json`` next to this file. Every act of every
customer is decided by the customer's persona before a word is written; the words come
from the hand-written wording modules beside this file.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording_business as wb  # noqa: E402
import wording_happy as wh  # noqa: E402
import wording_trouble as wt  # noqa: E402

SEED = 20261108
BRAND = "Limora"
COMPETITORS = ("Glanzhaus", "Casabrilho")
SPIKE_ERR = "B-317"
WRITTEN = "2026-12-01"
BUSINESS = "Limora: home cleaning booked in an app (one-off cleans, Limora Plus, Limora Business)"
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
YEAR_START = datetime(2026, 1, 1, tzinfo=UTC)
TAKEN: set[str] = set()

T_REPEAT = ["churn_intent", "competitor_mention", "high_value_at_risk", "sentiment_drop", "silence"]
T_SLIDER = ["churn_intent", "competitor_mention", "high_value_at_risk", "repeat_contact", "silence"]
T_LEAVER = ["competitor_mention", "high_value_at_risk", "sentiment_drop", "silence"]
T_GRUMPY = ["repeat_contact", "silence"]
T_SILENCE = ["silence"]
T_SPIKE_REPEAT = ["sentiment_drop", "silence"]
T_AT_RISK = [
    "account_risk",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "sentiment_drop",
    "silence",
]
T_ONE_UNHAPPY = ["high_value_at_risk", "sentiment_drop", "silence"]

# First names (women, men) and surnames, by language.
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "de": (
        "Anna Katrin Julia Sabine Lena Miriam Petra Jasmin Nicole Ute Sophie Carina Birgit Hannah Elif Franziska".split(),  # noqa: E501
        "Thomas Jonas Markus Stefan Felix Andreas Tobias Mehmet Uwe Florian Lukas Matthias Christian Dominik Ralf Jan".split(),  # noqa: E501
        "Müller Schneider Fischer Weber Wagner Becker Hoffmann Schäfer Koch Richter Klein Wolf Neumann Schwarz Zimmermann Krüger Hartmann Lange Huber Gruber Brunner Steiner Yılmaz Kovač".split(),  # noqa: E501
    ),
    "pt": (
        "Ana Mariana Inês Beatriz Catarina Joana Sofia Rita Marta Filipa Teresa Carla Patrícia Raquel Leonor Vânia".split(),  # noqa: E501
        "João Tiago Pedro Rui Miguel Nuno André Diogo Ricardo Hugo Bruno Paulo Gonçalo Luís Vasco Sérgio".split(),  # noqa: E501
        "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes Gonçalves Gomes Lopes Marques Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia Mendes Nunes Soares".split(),  # noqa: E501
    ),
    "en": (
        "Sarah Emma Claire Niamh Laura Rachel Siobhan Hannah".split(),
        "James Ciaran Tom Daniel Sean Mark Owen Liam".split(),
        "Smith Murphy Kelly Walsh Taylor Brown Byrne Evans Hughes O'Brien Clarke Doyle".split(),
    ),
    "es": (
        "Lucía Carmen Marta Elena Paula Nuria Alba Rocío".split(),
        "Javier Pablo Sergio Álvaro David Iker Raúl Jorge".split(),
        "García Martínez López Sánchez Romero Navarro Torres Ruiz Gil Ortega Castro Iglesias".split(),  # noqa: E501
    ),
    "fr": (
        "Camille Julie Manon Chloé Sophie Élodie Claire Inès".split(),
        "Julien Thomas Nicolas Maxime Hugo Antoine Kevin Yann".split(),
        "Martin Bernard Dubois Lefèvre Moreau Laurent Girard Roux Lambert Peeters Muller Fontaine".split(),  # noqa: E501
    ),
    "it": (
        "Giulia Francesca Chiara Sara Valentina Elena Martina Silvia".split(),
        "Marco Luca Andrea Matteo Davide Simone Paolo Stefano".split(),
        "Rossi Russo Ferrari Bianchi Romano Colombo Ricci Greco Bruno Gallo Conti Fontana".split(),
    ),
}
MARKETS: dict[str, list[tuple[str, int]]] = {
    "de": [("DE", 55), ("AT", 25), ("CH", 20)],
    "pt": [("PT", 100)],
    "en": [("UK", 65), ("IE", 35)],
    "es": [("ES", 100)],
    "fr": [("FR", 60), ("BE", 20), ("LU", 10), ("CH", 10)],
    "it": [("IT", 80), ("CH", 20)],
}
LANG_WEIGHTS = [("de", 28), ("pt", 26), ("en", 12), ("es", 12), ("fr", 11), ("it", 11)]
PHONES: dict[str, tuple[str, list[str], int]] = {
    "DE": ("+49", ["151", "160", "170", "176"], 8),
    "AT": ("+43", ["664", "676", "699"], 7),
    "CH": ("+41", ["76", "78", "79"], 7),
    "PT": ("+351", ["91", "92", "93", "96"], 7),
    "UK": ("+44", ["7700", "7711", "7890"], 6),
    "IE": ("+353", ["83", "85", "86", "87"], 7),
    "ES": ("+34", ["6"], 8),
    "FR": ("+33", ["6", "7"], 8),
    "BE": ("+32", ["47", "48", "49"], 7),
    "LU": ("+352", ["621", "661", "691"], 6),
    "IT": ("+39", ["33", "34", "36"], 8),
}
MAIL_DOMAINS = {
    "de": ["mailbox.example", "posteo.example", "gmx.example", "web.example"],
    "pt": ["sapo.example", "mail.example", "outlook.example", "netcabo.example"],
    "en": ["mail.example", "outlook.example", "eircom.example"],
    "es": ["correo.example", "mail.example"],
    "fr": ["laposte.example", "mail.example", "skynet.example"],
    "it": ["libero.example", "mail.example"],
}
SOURCES = {
    "email": "limora-mail",
    "phone": "limora-voice",
    "social": "limora-social",
    "community": "limora-forum",
    "chat": "limora-chat",
    "web": "limora-web",
    "survey": "limora-survey",
}
ACCENT_DE = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}


def strip_accents(text: str, lang: str) -> str:
    if lang == "de":
        for a, b in ACCENT_DE.items():
            text = text.replace(a, b)
    out = []
    for ch in text:
        if ch in "ñÑ" and lang == "es":
            out.append(ch)
            continue
        base = unicodedata.normalize("NFKD", ch)
        out.append("".join(c for c in base if not unicodedata.combining(c)) or ch)
    return "".join(out)


def ascii_slug(text: str) -> str:
    plain = strip_accents(text, "de").lower()
    return re.sub(r"[^a-z0-9]", "", plain)


def money(value: float, market: str) -> tuple[str, str]:
    """The attribute value and currency of an amount in euros, in the market's currency."""
    if market == "UK":
        return f"{value * 0.9:.2f}", "GBP"
    if market == "CH":
        return f"{value * 0.95:.2f}", "CHF"
    return f"{value:.2f}", "EUR"


# Amounts named in texts, in euros (list prices); written in the writer's market's money.
TEXT_AMOUNTS = {
    "deep": 149.0,
    "plus": 94.0,
    "plus_new": 99.0,
    "tenancy": 229.0,
    "vase": 180.0,
    "lock": 120.0,
    "fee": 5.0,
    "oven": 39.0,
    "room": 38.0,
    "descale": 15.0,
    "inv_full": 1480.0,
    "inv_disc": 1332.0,
}


def local_money(eur: float, market: str) -> str:
    """An amount as people in the market write it: '149 €', '1.480 €', '£134', 'CHF 142'."""
    if market == "UK":
        return f"£{round(eur * 0.9):,}"
    if market == "CH":
        return f"CHF {round(eur * 0.95):,}".replace(",", "'")
    whole = f"{round(eur):,}"
    if market == "IE":
        return f"€{whole}"
    if market in ("FR", "BE", "LU"):
        return whole.replace(",", " ") + " €"
    return whole.replace(",", ".") + " €"


@dataclass
class Person:
    key: str
    lang: str
    market: str
    gender: str
    first: str
    last: str
    email: str
    phone: str
    handle: str | None
    account_id: str | None
    segment: str
    truth: dict[str, Any]
    ctx: int = 0
    cleaner: str = ""
    agent: str = ""
    company: str = ""
    site: str = ""
    used: set[str] = field(default_factory=set)


@dataclass
class Event:
    seq: int
    event_id: str
    t: datetime
    person: Person
    channel: str
    kind: str
    direction: str
    text: str | None
    subject: str | None
    scores: dict[str, int | None]
    attrs: dict[str, str] = field(default_factory=dict)


def gender_fill(text: str, fem: bool, colleague_fem: bool = True) -> str:
    text = re.sub(r"\[\[([^|\]]*)\|([^\]]*)\]\]", lambda m: m.group(1) if fem else m.group(2), text)
    return re.sub(
        r"<<([^|>]*)\|([^>]*)>>", lambda m: m.group(1) if colleague_fem else m.group(2), text
    )


def speech(text: str) -> str:
    """What the speech-to-text service writes: lower case, no punctuation, no emoji."""
    text = text.lower().replace("%", " prozent ")
    text = re.sub(r"[^\w\s'-]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


class Fam:
    def __init__(self, n: int, code: str, name: str, about: str, start: datetime, days: int):
        self.n = n
        self.code = code
        self.name = name
        self.about = about
        self.start = start
        self.days = days
        self.rng = random.Random(SEED * 100 + n)
        self.people: list[Person] = []
        self.events: list[Event] = []
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        # E-mails, handles and phone numbers already given, in the whole set.
        self.used_ids = TAKEN

    # --- people -------------------------------------------------------------------
    def pick_lang(self) -> str:
        langs = [lang for lang, _ in LANG_WEIGHTS]
        weights = [w for _, w in LANG_WEIGHTS]
        return self.rng.choices(langs, weights)[0]

    def pick_market(self, lang: str) -> str:
        opts = MARKETS[lang]
        return self.rng.choices([m for m, _ in opts], [w for _, w in opts])[0]

    def phone_for(self, market: str) -> str:
        cc, prefixes, rest = PHONES[market]
        return self.fresh(
            lambda: (
                cc
                + self.rng.choice(prefixes)
                + "".join(str(self.rng.randint(0, 9)) for _ in range(rest))
            )
        )

    def fresh(self, make: Callable[[], str]) -> str:
        """A value never given before in the set (phone numbers, case references)."""
        while True:
            value = make()
            if value not in TAKEN:
                TAKEN.add(value)
                return value

    def person(
        self,
        persona: str,
        lang: str | None = None,
        market: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        habit: str | None = None,
        b2b: tuple[str, str, str, str] | None = None,
    ) -> Person:
        """A customer; ``b2b`` is (account id, company, company domain, site kind)."""
        rng = self.rng
        lang = lang or self.pick_lang()
        market = market or self.pick_market(lang)
        fem_names, masc_names, lasts = NAMES[lang]
        gender = rng.choice("fm")
        while True:
            first = rng.choice(fem_names if gender == "f" else masc_names)
            last = rng.choice(lasts)
            num = rng.randint(1000, 9999)
            if b2b is None:
                domain = rng.choice(MAIL_DOMAINS[lang])
                email = f"{ascii_slug(first)}.{ascii_slug(last)}{num % 100}@{domain}"
                style = rng.random()
                if style < 0.6:
                    handle: str | None = f"@{ascii_slug(first)}_{ascii_slug(last)}{num}"
                else:
                    handle = f"@{ascii_slug(first)}{ascii_slug(BRAND)[:4]}{num}"
            else:
                if any(p.first == first and p.account_id == b2b[0] for p in self.people):
                    continue
                email = f"{ascii_slug(first)}.{ascii_slug(last)}@{b2b[2]}"
                handle = None
            if email not in self.used_ids and (handle is None or handle not in self.used_ids):
                break
        self.used_ids.add(email)
        if handle:
            self.used_ids.add(handle)
        key = f"LM{self.code}{len(self.people) + 1:04d}"
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": self.phone_for(market),
                "handle": handle,
                "account_id": b2b[0] if b2b else None,
            },
            "expected_rules": sorted(expected or []),
            "tolerated_rules": sorted(tolerated or []),
            "persona": persona,
            "language": lang,
            "country": market,
            "segment": "b2b" if b2b else "consumer",
        }
        if habit:
            truth["habit"] = habit
        p = Person(
            key=key,
            lang=lang,
            market=market,
            gender=gender,
            first=first,
            last=last,
            email=email,
            phone=truth["identifiers"]["phone"],
            handle=handle,
            account_id=b2b[0] if b2b else None,
            segment="b2b" if b2b else "consumer",
            truth=truth,
            ctx=rng.randrange(len(wh.CTX["de"])),
            cleaner=rng.choice(wh.CLEANERS),
            agent=rng.choice(wh.AGENTS[lang]),
            company=b2b[1] if b2b else "",
            site=b2b[3] if b2b else "",
        )
        self.people.append(p)
        return p

    def new_ref(self) -> str:
        return self.fresh(lambda: f"LM-{self.rng.randint(100000, 999999)}")

    # --- words --------------------------------------------------------------------
    def say(
        self,
        p: Person,
        template: str,
        lang: str | None = None,
        noisy: bool = True,
        colleague_fem: bool = True,
        **kw: str,
    ) -> str:
        lang = lang or p.lang
        values = {
            "b": BRAND,
            "ctx": wh.CTX[lang][p.ctx],
            "first": p.first,
            "last": p.last,
            "cleaner": p.cleaner,
            "agent": p.agent if lang == p.lang else wh.AGENTS[lang][0],
            "company": p.company,
            "site": p.site,
            "err": SPIKE_ERR,
        }
        values.update({k: local_money(v, p.market) for k, v in TEXT_AMOUNTS.items()})
        values.update(kw)
        text = gender_fill(template.format(**values), p.gender == "f", colleague_fem)
        if noisy:
            text = self.noise(text, lang)
        return text

    def noise(self, text: str, lang: str) -> str:
        rng = self.rng
        if rng.random() < 0.1:
            text = strip_accents(text, lang)
        if text and text[0].isupper() and rng.random() < 0.12 and not text.startswith("@"):
            text = text[0].lower() + text[1:]
        if rng.random() < 0.08:
            words = [
                i
                for i, w in enumerate(text.split(" "))
                if len(w) >= 5 and w.isalpha() and w.islower()
            ]
            if words:
                parts = text.split(" ")
                i = rng.choice(words)
                w = parts[i]
                j = rng.randrange(1, len(w) - 2)
                parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(parts)
        return text

    def spoken_ref(self, ref: str) -> str:
        digits = ref.split("-")[1]
        if self.rng.random() < 0.5:
            return "lm " + digits
        return "l m " + " ".join(digits[i : i + 2] for i in range(0, 6, 2))

    # --- touchpoints --------------------------------------------------------------
    def ev(
        self,
        p: Person,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        direction: str = "inbound",
        scores: dict[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        mention = f"@{BRAND} "
        if text and channel not in ("social", "community") and text.startswith(mention):
            # An @-mention belongs to a post; in a chat, a form or an e-mail it is dropped.
            rest = text[len(mention) :]
            text = rest[:1].upper() + rest[1:]
        seq = len(self.events) + 1
        event_id = f"lm29-{self.code.lower()}-{seq:05d}"
        self.events.append(
            Event(
                seq,
                event_id,
                t,
                p,
                channel,
                kind,
                direction,
                text,
                subject,
                scores or {},
                dict(attrs or {}),
            )
        )
        return event_id

    def at(self, day: int | float, h0: float, h1: float) -> datetime:
        minutes = self.rng.randint(int(h0 * 60), int(h1 * 60))
        return self.start + timedelta(days=day, minutes=minutes)

    def mins(self, a: int, b: int) -> timedelta:
        return timedelta(minutes=self.rng.randint(a, b))

    def out_of_night(self, t: datetime) -> datetime:
        """Move a customer's contact that would fall between 22:00 and 07:00 to the morning."""
        if t.hour >= 22:
            t = (t + timedelta(days=1)).replace(hour=7, minute=0) + self.mins(5, 90)
        elif t.hour < 7:
            t = t.replace(hour=7, minute=0) + self.mins(5, 90)
        return t

    def pick(self, table: dict[str, list[Any]], lang: str, p: Person) -> Any:
        """A line of the table, one the customer has not used yet while there are any."""
        options = table[lang]
        fresh = [o for o in options if str(o) not in p.used]
        choice = self.rng.choice(fresh or options)
        p.used.add(str(choice))
        return choice

    # --- happy acts -----------------------------------------------------------------
    def qa(
        self,
        p: Person,
        t: datetime,
        channel: str,
        lang: str | None = None,
        table: dict[str, list[tuple[str, str, str]]] | None = None,
    ) -> datetime:
        lang = lang or p.lang
        q, a, thanks = self.pick(table or wh.QA, lang, p)
        subject = None
        if channel == "email":
            subject = self.pick(wh.SUBJ_QUESTION, lang, p)
            if p.segment == "b2b":
                subject = self.pick(wb.B2B_SUBJ, lang, p).format(company=p.company)
            self.ev(p, t, "email", "message", self.say(p, q, lang), subject)
            t2 = t + self.mins(20, 90)
            self.ev(
                p, t2, "email", "message", self.say(p, a, lang, False), "Re: " + subject, "outbound"
            )
            t3 = self.out_of_night(t2 + self.mins(15, 180))
            self.ev(p, t3, "email", "message", self.say(p, thanks, lang), "Re: " + subject)
            return t3
        self.ev(p, t, "chat", "chat", self.say(p, q, lang))
        t2 = t + self.mins(1, 6)
        self.ev(p, t2, "chat", "chat", self.say(p, a, lang, False), None, "outbound")
        t3 = t2 + self.mins(1, 4)
        self.ev(p, t3, "chat", "chat", self.say(p, thanks, lang))
        return t3

    def night_act(self, p: Person, t: datetime) -> None:
        """A happy night post, or a night question in chat answered and thanked."""
        if self.rng.random() < 0.5:
            text = self.say(p, self.pick(wh.NIGHT_POST, p.lang, p))
            self.ev(p, t, self.rng.choice(["social", "community"]), "post", text)
        else:
            self.qa(p, t, "chat", table=wh.NIGHT_QA)

    def purchase(self, p: Person, t: datetime, lang: str | None = None) -> datetime:
        lang = lang or p.lang
        key, names, price = self.rng.choice(wh.SERVICES)
        return self.buy(p, t, f"/services/{key}", names[lang], price, "/checkout")

    def buy(
        self, p: Person, t: datetime, page: str, product: str, price: float, checkout: str
    ) -> datetime:
        """A page view, then the purchase 2-15 minutes later (in the market's currency)."""
        self.ev(p, t, "web", "page_view", attrs={"page": page})
        t2 = t + self.mins(2, 15)
        value, cur = money(price, p.market)
        attrs = {"order_value": value, "currency": cur, "product": product, "page": checkout}
        self.ev(p, t2, "web", "purchase", attrs=attrs)
        return t2

    def survey(self, p: Person, t: datetime, lang: str | None = None) -> datetime:
        lang = lang or p.lang
        which = self.rng.choice(["nps", "csat", "ces"])
        score = {
            "nps": self.rng.randint(9, 10),
            "csat": self.rng.randint(4, 5),
            "ces": self.rng.randint(6, 7),
        }[which]
        words = self.say(p, self.pick(wh.SURVEY_WORDS, lang, p), lang)
        self.ev(
            p,
            t,
            "survey",
            "survey_response",
            words or None,
            scores={which: score},
            attrs={"survey": which},
        )
        return t

    def happy_act(
        self, p: Person, t: datetime, lang: str | None = None, surveys: bool = True, kinds: str = ""
    ) -> datetime:
        """One happy act starting at t; returns the time of its last touchpoint."""
        lang = lang or p.lang
        options = kinds or "PPMAGCCEQBBVRS" + ("SS" if surveys else "")
        if not surveys:
            options = options.replace("S", "")
        k = self.rng.choice(options)
        if k == "P":
            ch = self.rng.choice(["social", "community"])
            self.ev(p, t, ch, "post", self.say(p, self.pick(wh.PRAISE, lang, p), lang))
        elif k == "M":
            self.ev(p, t, "social", "mention", self.say(p, self.pick(wh.PRAISE, lang, p), lang))
        elif k == "A":
            self.ev(
                p,
                t,
                self.rng.choice(["social", "community"]),
                "post",
                self.say(p, self.pick(wh.AGAIN, lang, p), lang),
            )
        elif k == "G":
            self.ev(
                p, t, "community", "post", self.say(p, self.pick(wh.GRIPE_PRAISE, lang, p), lang)
            )
        elif k == "C":
            return self.qa(p, t, "chat", lang)
        elif k == "E":
            return self.qa(p, t, "email", lang)
        elif k == "Q":
            self.ev(
                p,
                t,
                "phone",
                "call",
                speech(self.say(p, self.pick(wh.PHONE_Q, lang, p), lang, False)),
            )
        elif k == "B":
            return self.purchase(p, t, lang)
        elif k == "V":
            self.ev(p, t, "web", "page_view", attrs={"page": self.rng.choice(wh.PAGES)})
        elif k == "R":
            self.ev(
                p,
                t,
                "web",
                "review",
                self.say(p, self.pick(wh.REVIEW, lang, p), lang),
                attrs={"rating": str(self.rng.choice([4, 5, 5, 5]))},
            )
        else:
            return self.survey(p, t, lang)
        return t

    def happy_days(
        self,
        p: Person,
        count: int,
        days: list[int],
        h0: float = 7.0,
        h1: float = 21.5,
        surveys: bool = True,
        lang_of: Callable[[int], str] | None = None,
    ) -> list[datetime]:
        """``count`` happy acts on distinct-ish days drawn from ``days``."""
        chosen = sorted(self.rng.choice(days) for _ in range(count))
        out = []
        last_end = self.start - timedelta(days=1)
        for i, d in enumerate(chosen):
            t = self.at(d, h0, h1)
            if t <= last_end:
                t = last_end + self.mins(30, 200)
                if (
                    t.hour >= 22
                    or t.hour < 7
                    or t.date() != (self.start + timedelta(days=d)).date()
                ):
                    continue
            lang = lang_of(i) if lang_of else None
            last_end = self.happy_act(p, t, lang, surveys)
            out.append(t)
        return out

    # --- trouble --------------------------------------------------------------------
    def complaint(
        self,
        p: Person,
        t: datetime,
        channel: str,
        problem: str,
        ref: str,
        lang: str | None = None,
        long_email: bool = False,
    ) -> str:
        lang = lang or p.lang
        if channel == "phone":
            return self.ev(
                p,
                t,
                "phone",
                "call",
                speech(self.say(p, wt.PHONE_COMPLAINT[lang][problem], lang, False)),
            )
        body = self.say(p, self.rng.choice(wt.COMPLAINT[lang][problem]), lang)
        if channel == "email":
            subject = wt.SUBJ_COMPLAINT[lang] + wt.SUBJ_TOPIC[lang][problem]
            if long_email:
                body = self.say(p, self.rng.choice(wt.LONG_EMAIL[lang]), lang, complaint=body)
            return self.send(p, t, "email", body, subject)
        return self.send(p, t, channel, body)

    def send(
        self, p: Person, t: datetime, channel: str, text: str, subject: str | None = None
    ) -> str:
        """A customer's written message on a channel, as that channel records it."""
        if channel == "email":
            return self.ev(p, t, "email", "message", text, subject)
        if channel in ("social", "community"):
            return self.ev(p, t, channel, "post", text)
        if channel == "web":
            return self.ev(p, t, "web", "ticket", text, attrs={"page": "/help/contact"})
        return self.ev(p, t, "chat", "chat", text)

    def agent_mail(
        self, p: Person, t: datetime, text: str, ref: str, lang: str | None = None
    ) -> str:
        lang = lang or p.lang
        subject = f"{wt.SUBJ_CASE[lang]} {ref}"
        return self.ev(
            p, t, "email", "message", self.say(p, text, lang, False, ref=ref), subject, "outbound"
        )

    def follow_up(
        self,
        p: Person,
        t: datetime,
        channel: str,
        problem: str,
        ref: str,
        nth: int,
        lang: str | None = None,
    ) -> str:
        lang = lang or p.lang
        short = wt.SHORT[lang][problem]
        comp = self.rng.choice(COMPETITORS)
        if channel == "phone":
            text = speech(
                self.say(p, wt.FOLLOW_PHONE[lang], lang, False, spoken=self.spoken_ref(ref))
            )
            return self.ev(p, t, "phone", "call", text)
        table = wt.FOLLOW_2 if nth == 2 else wt.FOLLOW_3 if nth == 3 else wt.FOLLOW_4
        text = self.say(p, self.rng.choice(table[lang]), lang, ref=ref, short=short, comp=comp)
        subject = self.rng.choice(wt.REPLY_PREFIX[lang]) + f"{wt.SUBJ_CASE[lang]} {ref}"
        return self.send(p, t, channel, text, subject if channel == "email" else None)

    def fixed_case(
        self,
        p: Person,
        t: datetime,
        problem: str,
        channel: str,
        lang: str | None = None,
        confirm_lang: str | None = None,
    ) -> dict[str, Any]:
        """A problem raised, a case opened, sorted by an agent and confirmed by the customer."""
        lang = lang or p.lang
        ref = self.new_ref()
        eid = self.complaint(p, t, channel, problem, ref, lang)
        t_open = t + self.mins(5, 30)
        self.agent_mail(p, t_open, wt.CASE_OPENED[lang], ref, lang)
        t_fix = t + self.mins(180, 1200)
        self.agent_mail(p, t_fix, wt.SORTED[lang][problem], ref, lang)
        clang = confirm_lang or lang
        t_conf = self.out_of_night(t_fix + self.mins(480, 1800))
        text = self.say(p, self.pick(wt.CONFIRM, clang, p), clang, ref=ref)
        if self.rng.random() < 0.5:
            subject = self.rng.choice(wt.REPLY_PREFIX[clang]) + f"{wt.SUBJ_CASE[lang]} {ref}"
            cid = self.ev(p, t_conf, "email", "message", text, subject)
            cch = "email"
        else:
            cid = self.ev(p, t_conf, "chat", "chat", text)
            cch = "chat"
        return {
            "problem": problem,
            "booking": ref,
            "raised_at": iso(t),
            "fixed_at": iso(t_fix),
            "confirmed_at": iso(t_conf),
            "problem_event_ids": [eid],
            "confirm_event_id": cid,
            "channel": channel,
            "confirm_channel": cch,
        }

    def open_case(
        self,
        p: Person,
        t: datetime,
        n: int,
        passed_on: bool,
        lang_of: Callable[[int], str] | None = None,
    ) -> None:
        """One problem raised n times on changing channels, the case never fixed."""
        rng = self.rng
        chans = ["email", "chat", "phone", "social", "web"]
        first_lang = lang_of(0) if lang_of else p.lang
        problem = rng.choice(wt.PROBLEMS)
        ref = self.new_ref()
        first = t
        used = [rng.choice(chans)]
        ids = [self.complaint(p, t, used[0], problem, ref, first_lang)]
        if passed_on:
            self.agent_mail(p, t + self.mins(90, 150), wt.PASSED_ON[first_lang], ref, first_lang)
        else:
            self.agent_mail(p, t + self.mins(5, 30), wt.CASE_OPENED[first_lang], ref, first_lang)
        for k in range(2, n + 1):
            t = self.out_of_night(t + self.mins(4 * 60, 40 * 60))
            ch = rng.choice([c for c in chans if c != used[-1]])
            used.append(ch)
            lang = lang_of(k - 1) if lang_of else p.lang
            ids.append(self.follow_up(p, t, ch, problem, ref, k, lang))
        p.truth.update(
            problem=problem,
            booking=ref,
            contacts=n,
            channels=used,
            agent_passed_on=passed_on,
            problem_event_ids=ids,
            trouble_starts_at=iso(first),
        )

    def low_score(self, p: Person, t: datetime, which: str, lang: str | None = None) -> str:
        """A low NPS (1-5) or CSAT (1-2), with a word or nothing; noted in the truth."""
        lang = lang or p.lang
        v = self.rng.randint(1, 5) if which == "nps" else self.rng.randint(1, 2)
        words = self.say(p, self.pick(wt.LOW_WORDS, lang, p), lang) if p.segment != "b2b" else ""
        sid = self.ev(
            p,
            t,
            "survey",
            "survey_response",
            words or None,
            scores={which: v},
            attrs={"survey": which},
        )
        p.truth.update({f"{which}_given": True, which: v, "survey_event_id": sid})
        return sid

    def bad_moment(
        self,
        p: Person,
        t: datetime,
        channel: str,
        long_email: bool,
        fixed: bool,
        apologise: bool,
        lang: str | None = None,
        problem: str | None = None,
    ) -> None:
        """One angry message; maybe sorted by an agent and followed by an apology next day."""
        lang = lang or p.lang
        problem = problem or self.rng.choice(wt.PROBLEMS)
        ref = self.new_ref()
        eid = self.complaint(p, t, channel, problem, ref, lang, long_email=long_email)
        p.truth.update(
            problem=problem,
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            channel=channel,
            long_email=long_email,
            agent_fixed=fixed,
            apologised=False,
        )
        if not fixed:
            return
        self.agent_mail(p, t + self.mins(60, 240), wt.SORTED[lang][problem], ref, lang)
        p.truth["booking"] = ref
        if not apologise:
            return
        ta = self.out_of_night(t + self.mins(16 * 60, 24 * 60))
        text = self.say(p, self.pick(wt.APOLOGY, lang, p), lang)
        if self.rng.random() < 0.5:
            aid = self.ev(p, ta, "chat", "chat", text)
        else:
            subject = self.rng.choice(wt.REPLY_PREFIX[lang]) + f"{wt.SUBJ_CASE[lang]} {ref}"
            aid = self.ev(p, ta, "email", "message", text, subject)
        p.truth.update(apologised=True, apology_at=iso(ta), apology_event_id=aid)

    def slide(
        self,
        p: Person,
        start_day: float,
        span: int,
        lang_of: Callable[[int], str] | None = None,
        nps_after_fourth: bool = False,
    ) -> None:
        """Six steps from a small letdown to comparing prices, over ``span`` days."""
        ids: list[str] = []
        for step in range(6):
            lang = lang_of(step) if lang_of else p.lang
            day = start_day + span * step / 5.0
            t = (
                self.start
                + timedelta(days=int(day))
                + timedelta(minutes=self.rng.randint(8 * 60, 21 * 60))
            )
            if ids:
                prev = self.events[-1].t
                if t <= prev:
                    t = self.out_of_night(prev + self.mins(120, 300))
            text = self.say(
                p, self.rng.choice(wt.SLIDE[lang][step]), lang, comp=self.rng.choice(COMPETITORS)
            )
            ch = self.rng.choice(["social", "community", "chat", "review"])
            if ch == "review":
                eid = self.ev(
                    p, t, "web", "review", text, attrs={"rating": str(max(1, 3 - step // 2))}
                )
            elif ch == "chat":
                eid = self.ev(p, t, "chat", "chat", text)
            else:
                eid = self.ev(p, t, ch, "post", text)
            ids.append(eid)
            if step == 3 and nps_after_fourth:
                self.low_score(p, t + self.mins(150, 210), "nps", lang)
        first = next(e.t for e in self.events if e.event_id == ids[0])
        p.truth.update(slide_event_ids=ids, slide_days=span, trouble_starts_at=iso(first))

    # --- output ---------------------------------------------------------------------
    def render(self) -> list[dict[str, Any]]:
        events = sorted(self.events, key=lambda e: (e.t, e.seq))
        seen: set[str] = set()
        rows = []
        for e in events:
            p = e.person
            ident: dict[str, str | None]
            full = {
                "customer_id": p.key,
                "email": p.email,
                "phone": p.phone,
                "handle": p.handle,
                "account_id": p.account_id,
            }
            if p.key not in seen or e.direction == "outbound":
                ident = dict(full)
            elif e.channel == "phone":
                phone = p.phone
                if self.rng.random() < 0.3:
                    cc = PHONES[p.market][0]
                    phone = cc + " " + phone[len(cc) :]
                ident = {"phone": phone}
            elif e.channel in ("social", "community"):
                if p.handle:
                    h = p.handle if self.rng.random() < 0.8 else p.handle.lstrip("@")
                    ident = {"handle": h}
                else:
                    ident = {"email": p.email}
            elif e.channel == "email":
                ident = {"email": p.email.upper() if self.rng.random() < 0.1 else p.email}
            else:
                ident = {"customer_id": p.key}
            if p.account_id:
                ident["account_id"] = p.account_id
            seen.add(p.key)
            attrs = {"market": p.market} | e.attrs
            if p.segment == "b2b":
                attrs["segment"] = "b2b"
            rows.append(
                {
                    "event_id": e.event_id,
                    "occurred_at": iso(e.t),
                    "channel": e.channel,
                    "kind": e.kind,
                    "direction": e.direction,
                    "customer": {
                        k: ident.get(k)
                        for k in ("customer_id", "email", "phone", "handle", "account_id")
                    },
                    "text": e.text,
                    "subject": e.subject,
                    "scores": {k: e.scores.get(k) for k in ("nps", "csat", "ces")},
                    "source": SOURCES[e.channel],
                    "attributes": attrs,
                }
            )
        return rows

    def expected(self) -> dict[str, int]:
        c: Counter[str] = Counter()
        for p in self.people:
            c.update(p.truth["expected_rules"])
        for a in self.accounts.values():
            c.update(a["expected_rules"])
        if self.spike:
            c["topic_spike"] += 1
        return dict(sorted(c.items()))

    def write(self, out: Path, planted: dict[str, int]) -> tuple[int, int]:
        got = self.expected()
        if got != planted:
            raise SystemExit(f"{self.name}: expected {got}, planted {planted}")
        rows = self.render()
        keys_with_events = {e.person.key for e in self.events}
        for p in self.people:
            if p.key not in keys_with_events:
                raise SystemExit(f"{self.name}: {p.key} has no touchpoints")
        for e in self.events:
            if not (YEAR_START <= e.t < LIMIT):
                raise SystemExit(
                    f"{self.name}: {e.event_id} at {e.t} outside 2026 or after the limit"
                )
        last = max(e.t for e in self.events)
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": BUSINESS,
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": WRITTEN,
                "expected": got,
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {p.key: p.truth for p in self.people},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        with (out / f"{self.name}.jsonl").open("w", encoding="utf-8", newline="\n") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
        (out / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        return len(self.people), len(rows)


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def d0(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


# --- families ------------------------------------------------------------------------


def happy_writers() -> Fam:
    f = Fam(
        1,
        "HW",
        "happy_writers",
        "happy households: day writers, night writers, survey answerers",
        d0(2026, 3, 9),
        10,
    )
    rng = f.rng
    for _ in range(54):
        p = f.person("happy", habit="day writer")
        f.happy_days(p, rng.randint(5, 9), list(range(10)))
    for _ in range(16):
        p = f.person("happy", habit="night writer")
        n = rng.randint(4, 7)
        nights = rng.randint(2, min(4, n))
        days = sorted(rng.sample(range(10), n))
        for i, d in enumerate(days):
            if i < nights:
                t = f.at(d, 22.2, 28.5)
                f.night_act(p, t)
            else:
                f.happy_act(p, f.at(d, 8, 20), surveys=False)
    for _ in range(16):
        p = f.person("happy", habit="answers surveys")
        for d in sorted(rng.sample(range(10), rng.randint(3, 6))):
            f.survey(p, f.at(d, 7, 21))
    return f


def one_bad_day() -> Fam:
    f = Fam(2, "BD", "one_bad_day", "happy households with one angry moment", d0(2026, 4, 13), 12)
    rng = f.rng
    plan = [pr for pr in wt.PROBLEMS for _ in range(12)]
    rng.shuffle(plan)
    channels = (
        ["long"] * 14
        + ["email"] * 12
        + ["chat"] * 14
        + ["social"] * 12
        + ["web"] * 10
        + ["phone"] * 10
    )
    rng.shuffle(channels)
    scores = ["csat"] * 14 + ["nps"] * 12 + [""] * 46
    rng.shuffle(scores)
    sorted_flags = [True] * 36 + [False] * 36
    rng.shuffle(sorted_flags)
    apologies = 0
    for i, problem in enumerate(plan):
        score = scores[i]
        persona = "bad_day_detractor" if score == "nps" else "happy_one_bad_day"
        p = f.person(persona, expected=["detractor"] if score == "nps" else [], tolerated=T_SILENCE)
        bad = rng.randint(2, 9)
        t = f.at(bad, 8, 20)
        ch = channels[i]
        apologise = sorted_flags[i] and apologies < 18
        apologies += apologise
        f.bad_moment(
            p,
            t,
            "email" if ch == "long" else ch,
            ch == "long",
            sorted_flags[i],
            apologise,
            problem=problem,
        )
        if score == "csat":
            f.low_score(p, t + f.mins(40, 80), "csat")
        elif score == "nps":
            f.low_score(p, t + f.mins(100, 140), "nps")
        days = [d for d in range(12) if d < bad - 1 or d > bad + 2]
        f.happy_days(p, rng.randint(3, 5), days, surveys=False)
    for _ in range(30):
        p = f.person("happy", habit="control")
        f.happy_days(p, rng.randint(4, 7), list(range(12)))
    return f


def repeat_contacts() -> Fam:
    f = Fam(
        3,
        "RC",
        "repeat_contacts",
        "one open problem raised again and again; fixed cases; frequent writers",
        d0(2026, 5, 11),
        10,
    )
    rng = f.rng
    counts = [2] * 12 + [3] * 14 + [4] * 10
    rng.shuffle(counts)
    passed = [True] * 18 + [False] * 18
    rng.shuffle(passed)
    for i, n in enumerate(counts):
        p = f.person("repeat_contact", expected=["repeat_contact"], tolerated=T_REPEAT)
        f.happy_days(p, rng.randint(1, 3), [0], 7, 12, surveys=False)
        f.open_case(p, f.at(rng.randint(1, 4), 8, 19), n, passed[i])
    for _ in range(14):
        p = f.person("resolved_between_contacts", tolerated=T_SILENCE)
        f.happy_days(p, rng.randint(1, 3), [0], 7, 12, surveys=False)
        case = f.fixed_case(
            p,
            f.at(rng.randint(1, 4), 8, 19),
            rng.choice(wt.PROBLEMS),
            rng.choice(["email", "chat", "phone", "web"]),
        )
        p.truth.update(
            problems=[case],
            problem=case["problem"],
            booking=case["booking"],
            trouble_starts_at=case["raised_at"],
        )
    for _ in range(10):
        p = f.person("different_problems", tolerated=T_SILENCE)
        f.happy_days(p, rng.randint(1, 2), [0], 7, 12, surveys=False)
        a, b = rng.sample(wt.PROBLEMS, 2)
        t1 = f.at(1 + rng.random() * 2, 8, 15)
        c1 = f.fixed_case(p, t1, a, rng.choice(["email", "chat", "web"]))
        t2 = f.out_of_night(t1 + timedelta(hours=rng.uniform(96, 132)))
        c2 = f.fixed_case(p, t2, b, rng.choice(["email", "chat", "phone"]))
        p.truth.update(problems=[c1, c2], trouble_starts_at=c1["raised_at"])
    for _ in range(34):
        p = f.person("happy", habit="frequent writer")
        for d in sorted(rng.choice(range(10)) for _ in range(rng.randint(5, 8))):
            f.happy_act(p, f.at(d, 7, 21), kinds="CCEEQQPB")
    return f


def slow_churners() -> Fam:
    f = Fam(
        4,
        "SC",
        "slow_churners",
        "slow slides, leavers, steady, grumpy and sarcastic customers",
        d0(2026, 6, 1),
        32,
    )
    rng = f.rng
    spans = [3] * 6 + [5] * 6 + [7] * 6 + [9] * 6
    rng.shuffle(spans)
    nps_flags = [True] * 8 + [False] * 16
    rng.shuffle(nps_flags)
    for i, span in enumerate(spans):
        expected = ["sentiment_drop"] + (["detractor"] if nps_flags[i] else [])
        p = f.person("slow_churner", expected=expected, tolerated=T_SLIDER, habit="slides")
        for d in sorted(rng.sample(range(11), rng.randint(4, 5))):
            f.happy_act(p, f.at(d, 8, 21), kinds="PPA")
        f.happy_days(p, rng.randint(2, 4), list(range(11)), surveys=False)
        start = rng.randint(12, 18)
        f.slide(p, start, span, nps_after_fourth=nps_flags[i])
    for _ in range(12):
        p = f.person(
            "slow_churner", expected=["churn_intent"], tolerated=T_LEAVER, habit="asks to cancel"
        )
        ask_day = rng.randint(15, 25)
        f.happy_days(p, rng.randint(4, 6), list(range(ask_day - 1)), surveys=False)
        t = f.at(ask_day, 8, 18)
        cid = f.ev(
            p,
            t,
            "email",
            "message",
            f.say(p, f.pick(wt.LEAVE_REQUEST, p.lang, p)),
            wt.SUBJ_LEAVE[p.lang],
        )
        f.ev(
            p,
            t + f.mins(60, 300),
            "email",
            "message",
            f.say(p, wt.LEAVE_ANSWER[p.lang], noisy=False),
            "Re: " + wt.SUBJ_LEAVE[p.lang],
            "outbound",
        )
        tc = f.out_of_night(t + f.mins(20 * 60, 30 * 60))
        reason = f.say(p, f.pick(wt.LEAVE_REASON, p.lang, p))
        xid = f.ev(p, tc, "web", "cancellation", reason or None, attrs={"page": "/account/close"})
        p.truth.update(
            churn_intent_event_id=cid,
            cancellation_event_id=xid,
            churn_at=iso(tc),
            trouble_starts_at=iso(t),
        )
    for _ in range(22):
        p = f.person("happy", habit="steady")
        f.happy_days(p, rng.randint(6, 10), list(range(32)))
    for _ in range(12):
        p = f.person("steadily_grumpy", tolerated=T_GRUMPY)
        d = rng.randint(0, 4)
        gids = []
        for _ in range(rng.randint(5, 8)):
            ch = rng.choice(["social", "community", "chat"])
            gids.append(
                f.ev(
                    p,
                    f.at(d, 8, 21),
                    ch,
                    "chat" if ch == "chat" else "post",
                    f.say(p, f.pick(wt.GRUMPY, p.lang, p)),
                )
            )
            d += rng.choice([1, 2, 2, 3])
            if d > 31:
                break
        for _ in range(rng.randint(0, 2)):
            if rng.random() < 0.5:
                f.purchase(p, f.at(rng.randint(0, 31), 9, 20))
            else:
                f.ev(
                    p,
                    f.at(rng.randint(0, 31), 9, 20),
                    "web",
                    "page_view",
                    attrs={"page": rng.choice(wh.PAGES)},
                )
        p.truth["grumble_event_ids"] = gids
    for _ in range(14):
        p = f.person("happy_one_sarcastic_remark", tolerated=T_SILENCE)
        f.happy_days(p, rng.randint(4, 7), list(range(32)))
        sid = f.ev(
            p,
            f.at(rng.randint(3, 28), 9, 21),
            rng.choice(["social", "community"]),
            "post",
            f.say(p, f.pick(wt.SARCASM, p.lang, p)),
        )
        p.truth["sarcasm_event_id"] = sid
    return f


def grumble_once(f: Fam, p: Person, t: datetime) -> str:
    text, answer = f.pick(wt.MILD, p.lang, p)
    if f.rng.random() < 0.55:
        gid = f.ev(p, t, "chat", "chat", f.say(p, text))
        f.ev(p, t + f.mins(1, 6), "chat", "chat", f.say(p, answer, noisy=False), None, "outbound")
    else:
        gid = f.ev(p, t, "web", "ticket", f.say(p, text), attrs={"page": "/help/contact"})
        f.ev(
            p,
            t + f.mins(20, 120),
            "email",
            "message",
            f.say(p, wt.FORM_ACK[p.lang], noisy=False),
            "Limora",
            "outbound",
        )
    p.truth["grumble_event_id"] = gid
    return gid


def calm_stream(
    f: Fam, happy: int, last_hour: float, kinds: str, grumblers: int, last_day: int, g_hour: int
) -> None:
    """Households with 1-4 happy acts by day, and some who grumble once, mildly."""
    for _ in range(happy):
        p = f.person("happy", habit="day writer")
        for d in sorted(f.rng.choice(range(f.days)) for _ in range(f.rng.randint(1, 4))):
            f.happy_act(p, f.at(d, 7, last_hour), kinds=kinds)
    for _ in range(grumblers):
        p = f.person("grumbles_once", tolerated=T_SILENCE)
        grumble_once(f, p, f.at(f.rng.randint(0, last_day), 8, g_hour))


def quiet_hours() -> Fam:
    f = Fam(
        5, "QH", "quiet_hours", "a calm summer weekend with night-owl bursts", d0(2026, 8, 7), 3
    )
    rng = f.rng
    calm_stream(f, 52, 17.5, "PPMAGCBBVRS", 10, 2, 17)
    for night in range(3):
        base = f.start + timedelta(days=night + 1, minutes=rng.randint(70, 90))
        starts = [base, base + f.mins(30, 34), base + f.mins(60, 68)]
        for b, bs in enumerate(starts):
            for _ in range(4):
                p = f.person("night_owl", habit=f"night {night + 1}, burst {b + 1}")
                t = bs + f.mins(0, 9)
                f.night_act(p, t)
                p.truth["burst_at"] = iso(bs)
                if rng.random() < 0.3:
                    f.happy_act(
                        p,
                        f.at(rng.choice([d for d in range(3) if d != night]), 9, 17),
                        kinds="PBVR",
                    )
    return f


PAIRS: list[tuple[str, str, int, list[str]]] = [
    ("de", "pt", 10, ["PT"]),
    ("pt", "de", 10, ["DE", "LU", "CH"]),
    ("de", "en", 6, ["UK", "IE"]),
    ("pt", "en", 6, ["UK"]),
    ("de", "fr", 6, ["FR", "BE", "LU", "CH"]),
    ("pt", "es", 6, ["ES"]),
    ("de", "it", 6, ["IT"]),
    ("pt", "fr", 6, ["FR", "LU"]),
    ("en", "de", 6, ["DE", "AT"]),
    ("es", "pt", 4, ["PT"]),
    ("fr", "de", 4, ["CH", "DE"]),
    ("it", "pt", 4, ["PT"]),
]


def bilingual() -> Fam:
    f = Fam(6, "BL", "bilingual", "customers who write in two languages", d0(2026, 9, 7), 14)
    rng = f.rng
    slots = [(a, b, rng.choice(ms)) for a, b, n, ms in PAIRS for _ in range(n)]
    rng.shuffle(slots)
    roles = ["happy"] * 36 + ["repeat"] * 14 + ["slide"] * 10 + ["bad"] * 8 + ["fixed"] * 6
    rng.shuffle(roles)
    repeat_counts = [2] * 5 + [3] * 5 + [4] * 4
    rng.shuffle(repeat_counts)
    passed = [True] * 7 + [False] * 7
    rng.shuffle(passed)
    bad_flags = [
        (True, True, True),
        (True, True, False),
        (True, False, False),
        (False, True, True),
        (False, True, False),
        (False, False, False),
        (False, False, False),
        (False, False, False),
    ]
    rng.shuffle(bad_flags)
    for (a, b, market), role in zip(slots, roles, strict=True):
        langs = [a, b]

        def alt(i: int, langs: list[str] = langs) -> str:
            return langs[i % 2]

        if role == "happy":
            p = f.person("happy", a, market, habit="alternates languages")
            f.happy_days(p, rng.randint(5, 8), list(range(14)), lang_of=alt)
        elif role == "repeat":
            n = repeat_counts.pop()
            pas = passed.pop()
            p = f.person(
                "repeat_contact", a, market, expected=["repeat_contact"], tolerated=T_REPEAT
            )
            f.happy_days(p, rng.randint(1, 3), [0, 1], 8, 13, surveys=False, lang_of=alt)
            f.open_case(p, f.at(rng.randint(2, 6), 8, 19), n, pas, alt)
        elif role == "slide":
            p = f.person(
                "slow_churner",
                a,
                market,
                expected=["sentiment_drop"],
                tolerated=T_SLIDER,
                habit="slides",
            )
            for i, d in enumerate(sorted(rng.sample(range(6), 5))):
                f.happy_act(p, f.at(d, 8, 21), alt(i), kinds="PPA")
            f.happy_days(p, rng.randint(1, 3), list(range(6)), surveys=False, lang_of=alt)
            span = rng.randint(3, 5)
            f.slide(p, rng.randint(6, 8), span, lang_of=alt)
        elif role == "bad":
            long_mail, fixed, apol = bad_flags.pop()
            p = f.person("happy_one_bad_day", a, market, tolerated=T_SILENCE)
            bad = rng.randint(3, 10)
            t = f.at(bad, 8, 20)
            ch = "email" if long_mail else rng.choice(["chat", "social", "email", "web"])
            f.bad_moment(p, t, ch, long_mail, fixed, apol, b)
            p.truth["bad_day_language"] = b
            days = [d for d in range(14) if d < bad - 1 or d > bad + 2]
            f.happy_days(p, rng.randint(3, 5), days, surveys=False, lang_of=alt)
        else:
            p = f.person("resolved_between_contacts", a, market, tolerated=T_SILENCE)
            f.happy_days(p, rng.randint(1, 3), [0, 1], 8, 13, surveys=False, lang_of=alt)
            case = f.fixed_case(
                p,
                f.at(rng.randint(2, 8), 8, 18),
                rng.choice(wt.PROBLEMS),
                rng.choice(["email", "chat", "web"]),
                a,
                b,
            )
            p.truth.update(
                problems=[case],
                problem=case["problem"],
                booking=case["booking"],
                confirm_language=b,
                trouble_starts_at=case["raised_at"],
            )
        p.truth["languages"] = langs
    return f


# The 22 accounts' markets and languages (market:language).
B2B_MARKETS: list[tuple[str, str]] = [
    (pair.split(":")[0], pair.split(":")[1])
    for pair in "DE:de DE:de DE:de DE:de DE:de PT:pt PT:pt PT:pt PT:pt PT:pt AT:de AT:de CH:de CH:fr ES:es ES:es UK:en UK:en FR:fr FR:fr IT:it BE:fr".split()  # noqa: E501
]
COMPANY_FORMS = {
    "de": "GmbH",
    "pt": "Lda",
    "en": "Ltd",
    "es": "SL",
    "fr": "SARL",
    "it": "Srl",
}


def weekday_time(f: Fam, day: int, h0: float, h1: float) -> datetime:
    while (f.start + timedelta(days=day)).weekday() >= 5:
        day += 1
    return f.at(day, h0, h1)


def office(f: Fam, t: datetime, h0: int = 8, h1: int = 15) -> datetime:
    """The next moment in office hours (weekdays h0-h1 UTC) at or after t."""
    while t.weekday() >= 5 or t.hour >= h1 or t.hour < h0:
        if t.hour >= h1 or t.weekday() >= 5:
            t = (t + timedelta(days=1)).replace(hour=h0, minute=0) + f.mins(0, 50)
        else:
            t = t.replace(hour=h0, minute=0) + f.mins(0, 50)
    return t


def b2b_routine(f: Fam, p: Person, t: datetime, happy: bool) -> datetime:
    rng = f.rng
    k = rng.choice("CEQBVP" + ("SS" if happy else "") if happy else "CEQBV")
    lang = p.lang
    if k == "C":
        return f.qa(p, t, "chat", table=wb.B2B_QA)
    if k == "E":
        return f.qa(p, t, "email", table=wb.B2B_QA)
    if k == "Q":
        f.ev(p, t, "phone", "call", speech(f.say(p, f.pick(wb.B2B_PHONE, lang, p), noisy=False)))
    elif k == "B":
        names, price = rng.choice(wb.ADDONS)
        f.buy(p, t, "/business/addons", names[lang], price, "/business/checkout")
    elif k == "V":
        f.ev(p, t, "web", "page_view", attrs={"page": rng.choice(wb.PORTAL_PAGES)})
    elif k == "P":
        f.ev(p, t, "community", "post", f.say(p, f.pick(wb.B2B_PRAISE, lang, p)))
    else:
        f.survey(p, t)
    return t


def b2b_ack(f: Fam, p: Person, t: datetime, ref: str, subject: str) -> None:
    """Limora Business acknowledges a company's complaint with a case reference."""
    text = f.say(p, wb.B2B_ACK[p.lang], noisy=False, ref=ref)
    f.ev(p, t + f.mins(20, 90), "email", "message", text, "Re: " + subject, "outbound")


def b2b_accounts() -> Fam:
    f = Fam(
        7,
        "BB",
        "b2b_accounts",
        "Limora Business accounts: at risk, one unhappy, mild, happy",
        d0(2026, 10, 5),
        14,
    )
    rng = f.rng
    kinds = ["at_risk"] * 6 + ["one_unhappy"] * 6 + ["mild"] * 3 + ["happy"] * 7
    rng.shuffle(kinds)
    markets = list(B2B_MARKETS)
    rng.shuffle(markets)
    problems = ["invoice", "invoice", "missed_cleans", "missed_cleans", "supplies", "portal"]
    rng.shuffle(problems)
    at_risk_sizes = [3, 3, 3, 3, 4, 4]
    rng.shuffle(at_risk_sizes)
    last_channels = ["email", "email", "email", "phone", "phone", "phone"]
    rng.shuffle(last_channels)
    acked = [True, True, True, False, False, False]
    rng.shuffle(acked)
    used_companies: set[str] = set()
    for idx, (kind, (market, lang)) in enumerate(zip(kinds, markets, strict=True)):
        si = rng.randrange(len(wb.SITES[lang]))
        site = wb.SITES[lang][si]
        while True:
            owner = rng.choice(NAMES[lang][2])
            company = (
                f"{site[0].upper()}{site[1:]} {owner}"
                if lang != "en"
                else f"{owner} {site.title()}"
            )
            if rng.random() < 0.4:
                company += f" {COMPANY_FORMS[lang]}"
            if company not in used_companies:
                used_companies.add(company)
                break
        domain = f"{ascii_slug(owner)}-{ascii_slug(site)[:10]}.example"
        acc = f"LMB-{market}-{1000 + idx * 37 + rng.randint(0, 30):04d}"
        n_unhappy = at_risk_sizes.pop() if kind == "at_risk" else 1 if kind == "one_unhappy" else 0
        n = (
            rng.randint(max(4, n_unhappy + 1), 6)
            if kind == "at_risk"
            else rng.randint(3, 6 if kind != "mild" else 5)
        )
        roles = ["complainer"] * n_unhappy if kind != "mild" else ["suggests", "suggests"]
        roles = roles + ["contact"] * (n - len(roles))
        contacts: list[Person] = []
        exp: list[str]
        tol: list[str]
        for role in roles:
            if role == "contact":
                persona, exp, tol = "b2b_happy", [], []
            elif kind == "at_risk":
                persona, exp, tol = "b2b_unhappy", [], T_AT_RISK
            elif kind == "one_unhappy":
                persona, exp, tol = "b2b_one_unhappy", ["detractor"], T_ONE_UNHAPPY
            else:
                persona, exp, tol = "b2b_mild", [], T_SILENCE
            p = f.person(persona, lang, market, exp, tol, b2b=(acc, company, domain, site))
            p.truth.update(company=company, role=role)
            contacts.append(p)
        account: dict[str, Any] = {
            "company": company,
            "site": wb.SITE_KEYS[si],
            "contacts": n,
            "contact_keys": [p.key for p in contacts],
            "unhappy_contacts": n_unhappy,
            "unhappy_contact_keys": [p.key for p in contacts if p.truth["role"] == "complainer"],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        f.accounts[acc] = account
        complainers = [p for p in contacts if p.truth["role"] != "contact"]
        first_trouble: datetime | None = None
        if kind == "at_risk":
            problem = problems.pop()
            ref = f.new_ref()
            t = weekday_time(f, rng.randint(1, 6), 8, 14)
            first_trouble = t
            first_p = complainers[0]
            first_day = wb.WEEKDAYS[lang][t.weekday()]
            last_ch = last_channels.pop()
            for ci, p in enumerate(complainers):
                if ci == 0:
                    body = f.say(p, wb.B2B_FIRST[lang][problem], noisy=False)
                    subject = wt.SUBJ_COMPLAINT[lang] + wb.B2B_SUBJ_PROBLEM[lang][problem]
                else:
                    t = office(f, t + f.mins(8 * 60, 28 * 60))
                    body = f.say(
                        p,
                        rng.choice(wb.B2B_LATER[lang]),
                        colleague_fem=first_p.gender == "f",
                        col=first_p.first,
                        day=first_day,
                        ref=ref,
                        short=wb.B2B_SHORT[lang][problem],
                    )
                    subject = rng.choice(wt.REPLY_PREFIX[lang]) + f"{wt.SUBJ_CASE[lang]} {ref}"
                eid = f.ev(p, t, "email", "message", body, subject)
                p.truth.update(
                    problem=problem,
                    booking=ref,
                    complaint_event_ids=[eid],
                    trouble_starts_at=iso(t),
                )
                if ci == 0:
                    b2b_ack(f, p, t, ref, subject)
                if ci < len(complainers) - 1:
                    f.low_score(p, t + f.mins(60, 180), "nps")
                    p.truth["expected_rules"] = ["detractor"]
                else:
                    t2 = office(f, t + f.mins(18 * 60, 40 * 60), 8, 17)
                    comp = rng.choice(COMPETITORS)
                    if last_ch == "phone":
                        rid = f.ev(
                            p,
                            t2,
                            "phone",
                            "call",
                            speech(
                                f.say(
                                    p,
                                    wb.B2B_LAST_PHONE[lang],
                                    noisy=False,
                                    spoken=f.spoken_ref(ref),
                                    comp=comp,
                                    short="",
                                )
                            ),
                        )
                    else:
                        rid = f.ev(
                            p,
                            t2,
                            "email",
                            "message",
                            f.say(
                                p,
                                wb.B2B_LAST[lang],
                                ref=ref,
                                comp=comp,
                                short=wb.B2B_SHORT[lang][problem],
                            ),
                            rng.choice(wt.REPLY_PREFIX[lang]) + f"{wt.SUBJ_CASE[lang]} {ref}",
                        )
                    p.truth["complaint_event_ids"].append(rid)
                    p.truth.update(
                        repeat_event_id=rid, channel=last_ch, expected_rules=["repeat_contact"]
                    )
            account.update(same_problem=problem, trouble_starts_at=iso(first_trouble))
        elif kind == "one_unhappy":
            p = complainers[0]
            problem = rng.choice(wb.B2B_PROBLEMS)
            t = weekday_time(f, rng.randint(3, 10), 8, 15)
            first_trouble = t
            subject = wt.SUBJ_COMPLAINT[lang] + wb.B2B_SUBJ_PROBLEM[lang][problem]
            eid = f.ev(
                p,
                t,
                "email",
                "message",
                f.say(p, wb.B2B_FIRST[lang][problem], noisy=False),
                subject,
            )
            if acked.pop():
                ref = f.new_ref()
                b2b_ack(f, p, t, ref, subject)
                p.truth["booking"] = ref
            f.low_score(p, t + f.mins(60, 180), "nps")
            p.truth.update(problem=problem, complaint_event_ids=[eid], trouble_starts_at=iso(t))
        elif kind == "mild":
            for j, p in enumerate(complainers):
                t = weekday_time(f, rng.randint(2 + 3 * j, 4 + 3 * j), 8, 15)
                first_trouble = t if first_trouble is None else min(first_trouble, t)
                mid = f.ev(
                    p,
                    t,
                    "web",
                    "ticket",
                    f.say(p, wb.B2B_MILD[lang][j % len(wb.B2B_MILD[lang])]),
                    attrs={"page": "/business/contact"},
                )
                f.ev(
                    p,
                    t + f.mins(30, 150),
                    "email",
                    "message",
                    f.say(p, wt.FORM_ACK[lang], noisy=False),
                    "Limora Business",
                    "outbound",
                )
                p.truth["mild_event_id"] = mid
        for p in contacts:
            acts = rng.randint(2, 5) if p.truth["role"] == "contact" else rng.randint(1, 3)
            for _ in range(acts):
                for _try in range(50):
                    t = weekday_time(f, rng.randint(0, 13), 8, 16.5)
                    if p.truth["role"] == "contact" or first_trouble is None:
                        break
                    own = p.truth.get("trouble_starts_at")
                    mine = datetime.fromisoformat(own.replace("Z", "+00:00")) if own else None
                    if mine is None:
                        ids = [p.truth.get("mild_event_id")]
                        mine = next(e.t for e in f.events if e.event_id in ids)
                    if t + timedelta(hours=14) <= mine:
                        break
                else:
                    continue
                b2b_routine(f, p, t, p.truth["role"] == "contact")
    return f


def topic_spike() -> Fam:
    f = Fam(
        8,
        "TS",
        "topic_spike",
        "a calm week and a booking-error spike on Sunday evening",
        d0(2026, 11, 2),
        7,
    )
    rng = f.rng
    calm_stream(f, 90, 21, "PPMAGCEQBBVRS", 10, 5, 20)
    for lang, day in (("de", 4), ("pt", 5)):
        p = f.person("grumbles_once", lang, tolerated=T_SILENCE)
        q, a = wt.LONE_Q[lang]
        t = f.at(day, 17, 20)
        lid = f.ev(p, t, "chat", "chat", f.say(p, q))
        f.ev(p, t + f.mins(1, 6), "chat", "chat", f.say(p, a, noisy=False), None, "outbound")
        p.truth["lone_report_event_id"] = lid
    langs = ["de"] * 8 + ["pt"] * 7 + ["en"] * 3 + ["es"] * 2 + ["fr"] * 2 + ["it"] * 2
    chans = ["social"] * 8 + ["chat"] * 6 + ["community"] * 5 + ["email"] * 3 + ["web"] * 2
    regular = [True] * 16 + [False] * 8
    again = [True] * 8 + [False] * 16
    rng.shuffle(langs)
    rng.shuffle(chans)
    rng.shuffle(regular)
    rng.shuffle(again)
    fix_mail = [i for i in range(24) if not again[i]]
    fix_set = set(rng.sample(fix_mail, 6))
    spike_start = f.start + timedelta(days=6, hours=18, minutes=5)
    keys: list[str] = []
    ids: list[str] = []
    rids: list[str] = []
    times: list[datetime] = []
    for i in range(24):
        persona = "spike_repeater" if again[i] else "spike_reporter"
        p = f.person(
            persona,
            langs[i],
            expected=["repeat_contact"] if again[i] else [],
            tolerated=T_SPIKE_REPEAT if again[i] else T_SILENCE,
        )
        if regular[i]:
            for d in sorted(rng.choice(range(6)) for _ in range(rng.randint(1, 3))):
                f.happy_act(p, f.at(d, 7, 20), kinds="PBVRCQ")
        t = spike_start + timedelta(minutes=rng.randint(0, 45))
        ch = chans[i]
        text = f.say(p, f.pick(wt.SPIKE, p.lang, p))
        eid = f.send(p, t, ch, text, wt.SPIKE_SUBJECT[p.lang] if ch == "email" else None)
        p.truth.update(
            in_spike=True,
            regular=regular[i],
            spike_event_id=eid,
            spike_channel=ch,
            trouble_starts_at=iso(t),
        )
        keys.append(p.key)
        ids.append(eid)
        times.append(t)
        if again[i]:
            t2 = t + f.mins(15, 50)
            ch2 = rng.choice([c for c in ("social", "chat", "community", "email") if c != ch])
            text2 = f.say(p, f.pick(wt.SPIKE_AGAIN, p.lang, p))
            rid = f.send(p, t2, ch2, text2, "Re: " + SPIKE_ERR if ch2 == "email" else None)
            p.truth["repeat_event_id"] = rid
            rids.append(rid)
        if i in fix_set:
            tf = f.start + timedelta(days=7, hours=7) + f.mins(0, 120)
            f.ev(
                p,
                tf,
                "email",
                "message",
                f.say(p, wt.SPIKE_FIXED[p.lang], noisy=False),
                SPIKE_ERR,
                "outbound",
            )
    f.spike = {
        "topic": f"booking fails with error {SPIKE_ERR} and the chosen slot disappears "
        "(app and web)",
        "about": "Sunday evening, people booking the week's cleans",
        "channel": None,
        "start": iso(min(times)),
        "end": iso(max(times)),
        "customers": 24,
        "customer_keys": keys,
        "event_ids": ids,
        "repeat_event_ids": rids,
    }
    return f


FAMILY_TABLE: list[tuple[Callable[[], Fam], dict[str, int]]] = [
    (happy_writers, {}),
    (one_bad_day, {"detractor": 12}),
    (repeat_contacts, {"repeat_contact": 36}),
    (slow_churners, {"churn_intent": 12, "detractor": 8, "sentiment_drop": 24}),
    (quiet_hours, {}),
    (bilingual, {"repeat_contact": 14, "sentiment_drop": 10}),
    (b2b_accounts, {"account_risk": 6, "detractor": 20, "repeat_contact": 6}),
    (topic_spike, {"repeat_contact": 8, "topic_spike": 1}),
]


def main() -> None:
    TAKEN.clear()
    total_c = total_t = 0
    for build, planted in FAMILY_TABLE:
        fam = build()
        c, t = fam.write(HERE, planted)
        total_c += c
        total_t += t
        print(f"{fam.name}: {c} customers, {t} touchpoints")
    print(f"total: {total_c} customers, {total_t} touchpoints")


if __name__ == "__main__":
    main()
