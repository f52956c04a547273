"""Build the heldout26 blind report scenarios: Ladenza, an EV charging network.

Standard library only, seeded, deterministic. Run ``python make_heldout26.py``
from anywhere: it writes ``<family>.jsonl`` and ``<family>.truth.json`` next to
itself, from the hand-written wording modules in the same directory.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording_business as wb  # noqa: E402
import wording_happy as wh  # noqa: E402
import wording_trouble as wt  # noqa: E402

SEED = 20261105
WRITTEN = "2026-12-01"
BUSINESS = (
    "Ladenza, a network of EV charging stations with an app and a charging card, "
    "Ladenza Plus (monthly plan), Ladenza Home (home wallbox) and Ladenza Fleet (companies)"
)
RIVALS = ("Voltano", "Strompunkt")
LANG_WEIGHTS = {"de": 28, "it": 26, "en": 12, "es": 12, "fr": 11, "pt": 11}
MARKETS: dict[str, list[tuple[str, int]]] = {
    "de": [("DE", 60), ("AT", 22), ("CH", 18)],
    "it": [("IT", 85), ("CH", 15)],
    "en": [("UK", 65), ("IE", 35)],
    "es": [("ES", 100)],
    "fr": [("FR", 88), ("CH", 12)],
    "pt": [("PT", 100)],
}
CC = {"DE": "49", "AT": "43", "CH": "41", "IT": "39", "FR": "33", "ES": "34", "PT": "351"}
CC |= {"UK": "44", "IE": "353"}
MOBILE: dict[str, list[str]] = {
    "DE": ["151", "160", "170", "176"],
    "AT": ["664", "676", "699"],
    "CH": ["76", "78", "79"],
    "IT": ["333", "347", "340", "320"],
    "FR": ["6", "7"],
    "ES": ["6", "7"],
    "PT": ["91", "93", "96"],
    "UK": ["7700", "7911", "7480"],
    "IE": ["85", "86", "87"],
}
PHONE_DIGITS = {"DE": 11, "AT": 10, "CH": 9, "IT": 10, "FR": 9, "ES": 9, "PT": 9, "UK": 10, "IE": 9}
CITIES: dict[str, list[str]] = {
    "DE": ["München", "Berlin", "Hamburg", "Köln", "Stuttgart", "Leipzig", "Frankfurt", "Nürnberg"],
    "AT": ["Wien", "Graz", "Linz", "Innsbruck", "Salzburg"],
    "CH": ["Zürich", "Bern", "Basel", "Lugano", "Luzern"],
    "IT": ["Milano", "Torino", "Bologna", "Verona", "Firenze", "Padova", "Bergamo", "Brescia"],
    "FR": ["Lyon", "Grenoble", "Strasbourg", "Nantes", "Annecy", "Lille"],
    "ES": ["Madrid", "Barcelona", "Valencia", "Bilbao", "Zaragoza"],
    "PT": ["Lisboa", "Braga", "Coimbra", "Aveiro", "Faro"],
    "UK": ["London", "Bristol", "Leeds", "Manchester", "Oxford"],
    "IE": ["Dublin", "Cork", "Galway", "Limerick"],
}
# First names (women | men) and surnames by language, split on "|" or spaces.
NAMES: dict[str, tuple[str, str, str]] = {
    "de": (
        "Anna Katrin Sabine Julia Lena Miriam Steffi Ute Birgit Jana Franziska Nicole Heike Lea",
        "Thomas Markus Jens Stefan Tobias Florian Uwe Matthias Jürgen Sebastian Lukas Dirk Kai",
        "Müller|Schmidt|Wagner|Becker|Hoffmann|Schäfer|Koch|Richter|Klein|Wolf|Neumann|Schwarz|"
        "Zimmermann|Krüger|Hartmann|Lange|Werner|Krause|Lehmann|Köhler|Huber|Gruber|Brunner|Moser",
    ),
    "it": (
        "Giulia Francesca Chiara Sara Valentina Elena Martina Silvia Paola Federica Alessandra "
        "Roberta Ilaria Laura Noemi Daniela",
        "Marco Luca Andrea Matteo Davide Stefano Giorgio Paolo Alessandro Simone Riccardo Fabio "
        "Lorenzo Gianluca Nicolò Emanuele",
        "Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|"
        "De Luca|Costa|Fontana|Rinaldi|Moretti|Barbieri|Lombardi|Galli|Sartori",
    ),
    "en": (
        "Sarah Emma Claire Aoife Rachel Niamh Laura Hannah Siobhan Megan",
        "James Tom Daniel Ciarán Mark Owen Ben Rob Declan Callum",
        "Smith|Jones|Taylor|Brown|Walsh|Murphy|Byrne|Wilson|Evans|Kelly|Hughes|O'Brien",
    ),
    "es": (
        "Lucía Marta Carmen Laura Elena Paula Nuria Irene Ainhoa",
        "Javier Pablo Sergio Carlos David Álvaro Jorge Iñaki Rubén",
        "García|Martínez|López|Sánchez|Pérez|Gómez|Ruiz|Fernández|Navarro|Ortega|Iglesias|Castro",
    ),
    "fr": (
        "Camille Julie Sophie Claire Manon Élodie Céline Aurélie Margaux",
        "Thomas Nicolas Julien Maxime Antoine Romain Guillaume Hugo Loïc",
        "Martin|Bernard|Dubois|Durand|Lefèvre|Moreau|Laurent|Girard|Roux|Fournier|Mercier|Blanc",
    ),
    "pt": (
        "Inês Ana Mariana Beatriz Catarina Joana Rita Sofia Leonor",
        "João Tiago Rui Pedro Miguel Nuno Diogo André Gonçalo",
        "Silva|Santos|Ferreira|Pereira|Costa|Rodrigues|Martins|Sousa|Fernandes|Gonçalves|Carvalho",
    ),
}
FIRST: dict[str, list[tuple[str, bool]]] = {
    lang: [(n, True) for n in women.split()] + [(n, False) for n in men.split()]
    for lang, (women, men, _) in NAMES.items()
}
LAST: dict[str, list[str]] = {lang: last.split("|") for lang, (_, _, last) in NAMES.items()}
# The car each customer drives, named so the sentences around it agree
# (de: masculine models, it/fr: feminine, es/pt/en: no agreement needed).
CARS: dict[str, list[str]] = {
    "de": "ID.3|ID.4|Enyaq|e-Golf|Ioniq 5|Kona|EV6|e-Niro|Tesla|Polestar|Mach-E".split("|"),
    "it": "500e|Zoe|Tesla|Kona|Leaf|Model Y|ID.3|Enyaq|Spring".split("|"),
    "en": "Leaf|Zoe|Model 3|Kona|ID.3|MG4|Ioniq 5|Enyaq".split("|"),
    "es": "Zoe|Model 3|Kona|MG4|ID.3|Leaf|Ioniq".split("|"),
    "fr": "Zoé|Tesla|Mégane|Spring|Kona|Twingo|Polestar".split("|"),
    "pt": "Zoe|Tesla|Leaf|Kona|MG4|ID.3|Model 3".split("|"),
}
DOMAINS = ["mail.example", "post.example", "inbox.example", "webpost.example", "netmail.example"]
SOURCES = {
    "email": "ladenza-mail",
    "phone": "ladenza-voice",
    "social": "ladenza-social",
    "community": "ladenza-forum",
    "chat": "ladenza-chat",
    "web": "ladenza-web",
    "survey": "ladenza-survey",
}
SPOKEN_WORDS: dict[str, dict[str, str]] = {
    "de": {
        "%": " prozent",
        "kwh": " kilowattstunden",
        "€": " euro",
        "£": " pfund",
        "chf": " franken",
    },
    "it": {
        "%": " per cento",
        "kwh": " kilowattora",
        "€": " euro",
        "£": " sterline",
        "chf": " franchi",
    },
    "en": {
        "%": " percent",
        "kwh": " kilowatt hours",
        "€": " euro",
        "£": " pounds",
        "chf": " francs",
    },
    "es": {
        "%": " por ciento",
        "kwh": " kilovatios hora",
        "€": " euros",
        "£": " libras",
        "chf": " francos",
    },
    "fr": {
        "%": " pour cent",
        "kwh": " kilowattheures",
        "€": " euros",
        "£": " livres",
        "chf": " francs",
    },
    "pt": {
        "%": " por cento",
        "kwh": " quilowatts hora",
        "€": " euros",
        "£": " libras",
        "chf": " francos",
    },
}
UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
FIX_TOLERATED = ["silence"]
REPEAT_TOLERATED = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
HAPPY_KINDS: tuple[str, ...] = (
    "praise",
    "praise",
    "again",
    "gripe",
    "mention",
    "question",
    "question",
)
HAPPY_KINDS += ("phone_q", "purchase", "page", "page", "review", "survey")
NO_SURVEY = tuple(k for k in HAPPY_KINDS if k != "survey")
FREQUENT = ("question", "question", "question", "phone_q", "phone_q", "praise", "page", "purchase")
CHANNELS5 = ("email", "chat", "phone", "social", "web")

# family -> (number, code, first day, days, what it is about); n seeds the family's random.
FAMILY_TABLE: dict[str, tuple[int, str, str, int, str]] = {
    "happy_writers": (1, "HW", "2026-02-09", 10, "households who only write good things"),
    "one_bad_day": (2, "BD", "2026-04-20", 12, "happy households with one angry day, and controls"),
    "repeat_contacts": (3, "RC", "2026-05-18", 10, "open problems raised again; fixed ones"),
    "slow_churners": (4, "SC", "2026-06-08", 32, "slow slides, leavers, steady, grumpy, sarcastic"),
    "quiet_hours": (5, "QH", "2026-07-24", 3, "a calm summer weekend with night owls"),
    "bilingual": (6, "BI", "2026-09-14", 14, "customers who write in two languages"),
    "b2b_accounts": (7, "BB", "2026-10-12", 14, "Ladenza Fleet companies"),
    "topic_spike": (8, "TS", "2026-11-02", 7, "a calm week and E-42 errors on Thursday evening"),
}

RISK_TOLERATED = [*REPEAT_TOLERATED, "account_risk"]
SLIDE_TOLERATED = ["repeat_contact", "churn_intent", "competitor_mention", "high_value_at_risk"]
SLIDE_TOLERATED += ["silence"]
ONE_TOLERATED = ["sentiment_drop", "high_value_at_risk", "silence"]

_serial = [0]


def serial() -> int:
    _serial[0] += 1
    return _serial[0]


def mobile_number(rng: random.Random, market: str, k: int) -> str:
    """A mobile number of the market's usual length, unique through its last five digits."""
    prefix = rng.choice(MOBILE[market])
    width = PHONE_DIGITS[market] - len(prefix) - 5
    return f"+{CC[market]}{prefix}{rng.randrange(10 ** (width - 1), 10**width)}{k:05d}"


def reply_subject(rng: random.Random, lang: str, ref: str) -> str:
    """A reply's subject: the language's prefix and the agent's case subject."""
    return f"{rng.choice(wt.REPLY_PREFIX[lang])} {wt.AGENT_SUBJECT[lang].format(ref=ref)}"


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def drop_accents(text: str, lang: str) -> str:
    if lang == "de":
        for a, b in UMLAUTS.items():
            text = text.replace(a, b)
    out = []
    for ch in text:
        if ch in "ñÑ":
            out.append(ch)
            continue
        base = unicodedata.normalize("NFD", ch)
        if len(base) > 1 and base[0].isalpha():
            out.append("".join(c for c in base if not unicodedata.combining(c)))
        else:
            out.append(ch)
    return "".join(out)


def slug(text: str) -> str:
    return "".join(c for c in drop_accents(text, "de").lower() if c.isalnum())


def spoken(text: str, lang: str) -> str:
    """A speech-to-text transcript: lower case, no punctuation, no emoji."""
    t = text.lower()
    t = re.sub(r"lz-(\d+)", r"lz \1", t)
    for sign, word in SPOKEN_WORDS[lang].items():
        t = t.replace(sign, word + " ")
    t = "".join(c if (c.isalnum() or c in " '") else " " for c in t)
    return " ".join(t.split())


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def pick_weighted(rng: random.Random, pairs: Sequence[tuple[str, int]]) -> str:
    return rng.choices([p for p, _ in pairs], weights=[w for _, w in pairs])[0]


@dataclass
class Person:
    key: str
    lang: str
    market: str
    fem: bool
    first: str
    last: str
    email: str
    phone: str
    handle: str | None
    account: str | None
    car: str
    city: str
    company: str = ""
    role: str = ""


class Fam:
    """One family: its people, touchpoints and truth."""

    def __init__(self, name: str) -> None:
        n, code, start, days, about = FAMILY_TABLE[name]
        self.n = n
        self.name = name
        self.code = code
        self.seed = SEED * 100 + n
        self.rng = random.Random(self.seed)
        self.start = datetime.fromisoformat(start).replace(tzinfo=UTC)
        self.days = days
        self.about = about
        self.events: list[tuple[datetime, int, dict[str, Any], Person, bool]] = []
        self.truth: dict[str, dict[str, Any]] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.count = 0
        self.refs: set[str] = set()
        self.people: list[Person] = []

    # ---- people ------------------------------------------------------
    def lang(self) -> str:
        return pick_weighted(self.rng, list(LANG_WEIGHTS.items()))

    def person(
        self,
        persona: str,
        lang: str | None = None,
        market: str | None = None,
        expected: Sequence[str] = (),
        tolerated: Sequence[str] = (),
        **extra: Any,
    ) -> Person:
        r = self.rng
        lang = lang or self.lang()
        market = market or pick_weighted(r, MARKETS[lang])
        first, fem = r.choice(FIRST[lang])
        last = r.choice(LAST[lang])
        k = serial()
        key = f"LZ{self.code}{len(self.truth) + 1:04d}"
        sep = r.choice([".", "_", ""])
        email = f"{slug(first)}{sep}{slug(last)}{k}@{r.choice(DOMAINS)}"
        if r.random() < 0.3:
            email = f"{slug(first)[0]}{slug(last)}{k}@{r.choice(DOMAINS)}"
        phone = mobile_number(r, market, k)
        handle = f"@{slug(first)}_{slug(last)[:5]}{k}"
        p = Person(
            key,
            lang,
            market,
            fem,
            first,
            last,
            email,
            phone,
            handle,
            None,
            r.choice(CARS[lang]),
            r.choice(CITIES[market]),
        )
        self.add_truth(p, persona, expected, tolerated, "consumer", extra)
        return p

    def add_truth(
        self,
        p: Person,
        persona: str,
        expected: Sequence[str],
        tolerated: Sequence[str],
        segment: str,
        extra: dict[str, Any],
    ) -> None:
        self.people.append(p)
        self.truth[p.key] = {
            "identifiers": {
                "customer_id": p.key,
                "email": p.email.lower(),
                "phone": p.phone,
                "handle": p.handle,
                "account_id": p.account,
            },
            "expected_rules": sorted(expected),
            "tolerated_rules": sorted(tolerated),
            "persona": persona,
            "language": p.lang,
            "country": p.market,
            "segment": segment,
            **extra,
        }

    # ---- time --------------------------------------------------------
    def at(self, day: float, h0: float, h1: float) -> datetime:
        base = self.start + timedelta(days=int(day))
        return base + timedelta(seconds=self.rng.randint(int(h0 * 3600), int(h1 * 3600)))

    def mins(self, t: datetime, lo: float, hi: float) -> datetime:
        return t + timedelta(seconds=self.rng.randint(int(lo * 60), int(hi * 60)))

    def hours(self, t: datetime, lo: float, hi: float) -> datetime:
        return t + timedelta(seconds=self.rng.randint(int(lo * 3600), int(hi * 3600)))

    def out_of_night(self, t: datetime) -> datetime:
        if t.hour >= 22:
            t = (t + timedelta(days=1)).replace(hour=7, minute=0, second=0)
            return self.mins(t, 0, 90)
        if t.hour < 7:
            return self.mins(t.replace(hour=7, minute=0, second=0), 0, 90)
        return t

    def day_times(
        self, n: int, d0: int, d1: int, h0: float = 7, h1: float = 21.5
    ) -> list[datetime]:
        return sorted(self.at(self.rng.randrange(d0, d1), h0, h1) for _ in range(n))

    # ---- text --------------------------------------------------------
    def amount(self, p: Person, lang: str, lo: float, hi: float) -> str:
        v = round(self.rng.uniform(lo, hi), 2)
        return money(p, lang, v)

    def fill(self, p: Person, tpl: str, lang: str, *, cfem: bool = False, **kw: str) -> str:
        fields = {
            "name": p.first,
            "last": p.last,
            "full": f"{p.first} {p.last}",
            "car": p.car,
            "city": p.city,
            "rival": self.rng.choice(RIVALS),
            "ref": "",
            "amt": "",
            "short": "",
            "Short": "",
            "agent": self.rng.choice(wt.AGENTS[lang]),
            "company": p.company,
            "role": p.role,
            "colleague": "",
            "day": "",
        }
        fields.update(kw)
        text = tpl.format(**fields)
        text = re.sub(
            r"\[\[([^|\]]*)\|([^\]]*)\]\]", lambda m: m.group(1) if p.fem else m.group(2), text
        )
        return re.sub(r"<<([^|>]*)\|([^>]*)>>", lambda m: m.group(1) if cfem else m.group(2), text)

    def noisy(self, text: str, lang: str) -> str:
        r = self.rng
        if r.random() < 0.1:
            text = drop_accents(text, lang)
        if r.random() < 0.07:
            words = list(re.finditer(r"(?<![\w-])[a-zäöüßàèéìòùçãõáíóúâêôñ]{6,}(?![\w-])", text))
            if words:
                w = r.choice(words)
                i = w.start() + r.randint(1, len(w.group()) - 3)
                text = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
        if r.random() < 0.08 and text[:1].isupper() and text[1:2].islower():
            text = text[0].lower() + text[1:]
        return text

    def new_ref(self) -> str:
        while True:
            ref = f"LZ-{self.rng.randint(100000, 999999)}"
            if ref not in self.refs:
                self.refs.add(ref)
                return ref

    # ---- touchpoints -------------------------------------------------
    def ev(
        self,
        p: Person,
        when: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        outbound: bool = False,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
    ) -> str:
        self.count += 1
        eid = f"lz26-{self.code.lower()}-{self.count:05d}"
        attributes = {"market": p.market}
        if p.account:
            attributes["segment"] = "b2b"
        attributes |= attrs or {}
        body: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": iso(when),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if outbound else "inbound",
            "customer": {},
            "text": text or None,
            "subject": subject,
            "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
            "source": SOURCES[channel],
            "attributes": attributes,
        }
        self.events.append((when, self.count, body, p, outbound))
        return eid

    def agent_mail(
        self, p: Person, when: datetime, lang: str, body: str, subject: str, ref: str = ""
    ) -> str:
        text = "\n\n".join([wt.GREET[lang], body, wt.SIGN[lang]])
        return self.ev(
            p,
            when,
            "email",
            "message",
            self.fill(p, text, lang, ref=ref),
            self.fill(p, subject, lang, ref=ref),
            outbound=True,
        )

    def agent_chat(self, p: Person, when: datetime, lang: str, text: str) -> str:
        return self.ev(p, when, "chat", "chat", self.fill(p, text, lang), outbound=True)

    def email_body(self, p: Person, lang: str, core: str) -> str:
        r = self.rng
        close = self.fill(p, r.choice(wt.EMAIL_CLOSE[lang]), lang)
        return f"{r.choice(wt.EMAIL_OPEN[lang])}\n\n{core}\n\n{close}"

    # ---- happy acts --------------------------------------------------
    def survey(self, p: Person, when: datetime, lang: str) -> str:
        r = self.rng
        which = r.choice(["nps", "nps", "csat", "ces"])
        score = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[which]
        words = self.fill(p, r.choice(wh.SURVEY_WORDS[lang]), lang)
        return self.ev(
            p,
            when,
            "survey",
            "survey_response",
            words or None,
            scores={which: score},
            attrs={"survey": which},
        )

    def question(
        self, p: Person, when: datetime, lang: str, qs: Sequence[tuple[str, str, str]], chat: bool
    ) -> datetime:
        r = self.rng
        q, a, th = (self.fill(p, s, lang) for s in r.choice(qs))
        if chat:
            self.ev(p, when, "chat", "chat", self.noisy(q, lang))
            t = self.mins(when, 1, 6)
            self.agent_chat(p, t, lang, a)
            t = self.mins(t, 1, 8)
            self.ev(p, t, "chat", "chat", self.noisy(th, lang))
            return t
        subj = wh.QUESTION_SUBJECT[lang]
        self.ev(p, when, "email", "message", self.noisy(self.email_body(p, lang, q), lang), subj)
        t = self.mins(when, 20, 90)
        self.agent_mail(p, t, lang, a, f"Re: {subj}")
        t = self.mins(t, 10, 90)
        self.ev(
            p,
            t,
            "email",
            "message",
            self.noisy(th, lang),
            f"{r.choice(wt.REPLY_PREFIX[lang])} {subj}",
        )
        return t

    def purchase(
        self, p: Person, when: datetime, items: Sequence[tuple[str, float, str]]
    ) -> datetime:
        product, price, page = self.rng.choice(items)
        self.ev(p, when, "web", "page_view", attrs={"page": page})
        t = self.mins(when, 1, 10)
        cur, value = currency(p.market, price)
        self.ev(
            p,
            t,
            "web",
            "purchase",
            attrs={"order_value": f"{value:.2f}", "currency": cur, "product": product},
        )
        return t

    def happy(
        self, p: Person, when: datetime, lang: str | None = None, kinds: Sequence[str] = HAPPY_KINDS
    ) -> datetime:
        r = self.rng
        lang = lang or p.lang
        k = r.choice(kinds)
        if k in ("praise", "again", "gripe"):
            pool = {"praise": wh.PRAISE, "again": wh.AGAIN, "gripe": wh.GRIPE}[k][lang]
            text = self.noisy(self.fill(p, r.choice(pool), lang), lang)
            self.ev(p, when, r.choice(["social", "community"]), "post", text)
        elif k == "mention":
            self.ev(
                p,
                when,
                "social",
                "mention",
                self.noisy(self.fill(p, r.choice(wh.MENTION[lang]), lang), lang),
            )
        elif k == "question":
            return self.question(p, when, lang, wh.QUESTIONS[lang], r.random() < 0.6)
        elif k == "phone_q":
            self.ev(
                p,
                when,
                "phone",
                "call",
                spoken(self.fill(p, r.choice(wh.PHONE_Q[lang]), lang), lang),
            )
        elif k == "purchase":
            return self.purchase(p, when, wh.PRODUCTS)
        elif k == "page":
            self.ev(p, when, "web", "page_view", attrs={"page": r.choice(wh.PAGES)})
        elif k == "review":
            text = self.noisy(self.fill(p, r.choice(wh.REVIEWS[lang]), lang), lang)
            self.ev(p, when, "web", "review", text, attrs={"rating": str(r.choice([4, 5, 5]))})
        else:
            self.survey(p, when, lang)
        return when

    def night_act(self, p: Person, when: datetime, lang: str | None = None) -> datetime:
        r = self.rng
        lang = lang or p.lang
        if r.random() < 0.5:
            self.ev(
                p,
                when,
                r.choice(["social", "community"]),
                "post",
                self.noisy(self.fill(p, r.choice(wh.NIGHT_POSTS[lang]), lang), lang),
            )
            return when
        q, a, th = (self.fill(p, s, lang) for s in r.choice(wh.NIGHT_Q[lang]))
        self.ev(p, when, "chat", "chat", self.noisy(q, lang))
        t = self.mins(when, 1, 4)
        self.agent_chat(p, t, lang, a)
        t = self.mins(t, 1, 5)
        self.ev(p, t, "chat", "chat", self.noisy(th, lang))
        return t

    # ---- trouble -----------------------------------------------------
    def problem_amount(self, p: Person, lang: str, problem: str) -> str:
        if problem == "double_charge":
            return money(p, lang, currency(p.market, 9.99)[1])
        if problem == "refund":
            return money(p, lang, currency(p.market, self.rng.choice([189.0, 24.5, 899.0]))[1])
        return self.amount(p, lang, 58, 121)

    def problem_msg(
        self, p: Person, when: datetime, problem: str, channel: str, lang: str, long: bool = False
    ) -> str:
        r = self.rng
        core = self.fill(
            p, r.choice(wt.CORE[problem][lang]), lang, amt=self.problem_amount(p, lang, problem)
        )
        subj = wt.SUBJECT[problem][lang]
        if channel == "email":
            if long:
                before, after = r.choice(wt.LONG[lang])
                text = self.fill(p, before, lang) + core + self.fill(p, after, lang)
            else:
                text = self.email_body(p, lang, core)
            return self.ev(p, when, "email", "message", self.noisy(text, lang), subj)
        if channel == "chat":
            return self.ev(p, when, "chat", "chat", self.noisy(core, lang))
        if channel in ("social", "community"):
            text = f"@Ladenza {core}" if r.random() < 0.6 else f"{core} @Ladenza"
            return self.ev(p, when, channel, "post", self.noisy(text, lang))
        if channel == "web":
            return self.ev(
                p, when, "web", "ticket", self.noisy(core, lang), f"{wt.WEB_TITLE[lang]}: {subj}"
            )
        opener = self.fill(p, r.choice(wt.PHONE_OPEN[lang]), lang)
        return self.ev(p, when, "phone", "call", spoken(f"{opener} {core}", lang))

    def follow_msg(
        self, p: Person, when: datetime, channel: str, nth: int, problem: str, ref: str, lang: str
    ) -> str:
        r = self.rng
        pool = wt.FOLLOW2 if nth == 2 else wt.FOLLOW3 if nth == 3 else wt.FOLLOW4
        short = wt.SHORT[problem][lang]
        text = self.fill(p, r.choice(pool[lang]), lang, ref=ref, short=short, Short=cap(short))
        if channel == "email":
            subj = reply_subject(r, lang, ref)
            return self.ev(
                p, when, "email", "message", self.noisy(self.email_body(p, lang, text), lang), subj
            )
        if channel == "chat":
            return self.ev(p, when, "chat", "chat", self.noisy(text, lang))
        if channel in ("social", "community"):
            return self.ev(p, when, channel, "post", self.noisy(f"@Ladenza {text}", lang))
        if channel == "web":
            return self.ev(
                p, when, "web", "ticket", self.noisy(text, lang), f"{wt.CASE_WORD[lang]} {ref}"
            )
        opener = self.fill(p, r.choice(wt.PHONE_OPEN[lang]), lang)
        return self.ev(p, when, "phone", "call", spoken(f"{opener} {text}", lang))

    def other_channel(self, before: str, pool: Sequence[str] = CHANNELS5) -> str:
        return self.rng.choice([c for c in pool if c != before])

    def repeat_flow(
        self,
        p: Person,
        first: datetime,
        contacts: int,
        problem: str,
        passed: bool,
        langs: Sequence[str],
    ) -> dict[str, Any]:
        r = self.rng
        ref = self.new_ref()
        ch = r.choice(CHANNELS5)
        channels = [ch]
        ids = [self.problem_msg(p, first, problem, ch, langs[0])]
        lang0 = langs[0]
        if passed:
            self.agent_mail(
                p,
                self.hours(first, 1.5, 2.5),
                lang0,
                wt.AGENT_PASSED[lang0],
                wt.AGENT_SUBJECT[lang0],
                ref=ref,
            )
        else:
            self.agent_mail(
                p,
                self.mins(first, 5, 30),
                lang0,
                wt.AGENT_OPENED[lang0],
                wt.AGENT_SUBJECT[lang0],
                ref=ref,
            )
        t = first
        for i in range(2, contacts + 1):
            t = self.out_of_night(self.hours(t, 3, 40))
            ch = self.other_channel(ch)
            channels.append(ch)
            ids.append(self.follow_msg(p, t, ch, i, problem, ref, langs[(i - 1) % len(langs)]))
        return {
            "problem": problem,
            "contacts": contacts,
            "channels": channels,
            "booking": ref,
            "agent_passed_on": passed,
            "problem_event_ids": ids,
            "trouble_starts_at": iso(first),
        }

    def fixed_cycle(
        self, p: Person, when: datetime, problem: str, lang: str, confirm_lang: str
    ) -> tuple[dict[str, Any], datetime]:
        r = self.rng
        ref = self.new_ref()
        ch = r.choice(CHANNELS5)
        eid = self.problem_msg(p, when, problem, ch, lang)
        self.agent_mail(
            p, self.mins(when, 5, 30), lang, wt.AGENT_OPENED[lang], wt.AGENT_SUBJECT[lang], ref=ref
        )
        fixed = self.out_of_night(self.hours(when, 3, 20))
        self.agent_mail(p, fixed, lang, wt.AGENT_SORTED[lang], wt.AGENT_SUBJECT[lang], ref=ref)
        conf = self.out_of_night(self.hours(fixed, 8, 30))
        text = self.fill(p, r.choice(wt.CONFIRM[confirm_lang]), confirm_lang, ref=ref)
        if r.random() < 0.5:
            subj = reply_subject(r, confirm_lang, ref)
            cid = self.ev(p, conf, "email", "message", self.noisy(text, confirm_lang), subj)
        else:
            cid = self.ev(p, conf, "chat", "chat", self.noisy(text, confirm_lang))
        case = {
            "problem": problem,
            "booking": ref,
            "raised_at": iso(when),
            "fixed_at": iso(fixed),
            "confirmed_at": iso(conf),
            "problem_event_ids": [eid],
            "confirm_event_id": cid,
            "channel": ch,
        }
        return case, conf

    def slide(
        self, p: Person, start: datetime, days: int, langs: Sequence[str], nps: bool
    ) -> dict[str, Any]:
        r = self.rng
        ids: list[str] = []
        out: dict[str, Any] = {
            "slide_days": days,
            "trouble_starts_at": iso(start),
            "nps_given": nps,
        }
        t = start
        for step in range(6):
            if step:
                jitter = timedelta(minutes=r.randint(-90, 90))
                t = self.out_of_night(start + timedelta(days=days * step / 5) + jitter)
            lang = langs[step % len(langs)]
            text = self.noisy(self.fill(p, r.choice(wt.SLIDE[lang][step]), lang), lang)
            ch = r.choice(["social", "community", "chat", "review"])
            if ch == "review":
                ids.append(
                    self.ev(
                        p, t, "web", "review", text, attrs={"rating": str((3, 3, 2, 2, 1, 1)[step])}
                    )
                )
            else:
                ids.append(self.ev(p, t, ch, "chat" if ch == "chat" else "post", text))
            if step == 3 and nps:
                score, sid = self.low_score(p, self.hours(t, 2.5, 3.5), "nps", lang)
                out |= {"nps": score, "survey_event_id": sid}
        out["slide_event_ids"] = ids
        return out

    def low_score(self, p: Person, when: datetime, survey: str, lang: str) -> tuple[int, str]:
        """A low NPS (1-5) or CSAT (1-2), with a word or nothing."""
        s = self.rng.randint(1, 5 if survey == "nps" else 2)
        words = self.fill(p, self.rng.choice(wt.LOW_SURVEY[lang]), lang) or None
        attrs = {"survey": survey}
        return s, self.ev(
            p, when, "survey", "survey_response", words, scores={survey: s}, attrs=attrs
        )

    def bad_day(
        self, p: Person, bad: datetime, problem: str, how: str, lang: str, fixed: bool, sorry: str
    ) -> tuple[dict[str, Any], datetime | None]:
        """One angry message (how: a channel or "long"), perhaps fixed; sorry: "", "chat", "any"."""
        r = self.rng
        channel = "email" if how == "long" else how
        eid = self.problem_msg(p, bad, problem, channel, lang, long=how == "long")
        info: dict[str, Any] = {
            "problem": problem,
            "channel": channel,
            "long_email": how == "long",
            "bad_day_at": iso(bad),
            "bad_day_event_id": eid,
            "agent_fixed": fixed,
            "apologised": False,
        }
        apology: datetime | None = None
        if fixed:
            ref = self.new_ref()
            info["booking"] = ref
            sorted_at = self.hours(bad, 1, 4)
            self.agent_mail(p, sorted_at, lang, wt.AGENT_SORTED[lang], wt.AGENT_SUBJECT[lang], ref)
            if sorry:
                apology = self.out_of_night(self.hours(bad, 16, 26))
                text = self.noisy(self.fill(p, r.choice(wt.APOLOGY[lang]), lang), lang)
                if sorry == "chat" or r.random() < 0.5:
                    aid = self.ev(p, apology, "chat", "chat", text)
                else:
                    aid = self.ev(p, apology, "email", "message", text, reply_subject(r, lang, ref))
                info |= {"apologised": True, "apology_at": iso(apology), "apology_event_id": aid}
        return info, apology

    def happy_around(
        self, p: Person, n: int, bad: datetime, apology: datetime | None, langs: Sequence[str]
    ) -> None:
        """n happy acts (no surveys) kept 11 h before to 7 h after the bad moment and
        8 h before to 4 h after the apology."""
        j = 0
        while j < n:
            t = self.at(self.rng.randrange(0, self.days), 7, 21.5)
            if bad - timedelta(hours=11) <= t <= bad + timedelta(hours=7):
                continue
            if apology and apology - timedelta(hours=8) <= t <= apology + timedelta(hours=4):
                continue
            self.happy(p, t, langs[j % len(langs)], kinds=NO_SURVEY)
            j += 1

    # ---- output ------------------------------------------------------
    def ref_of(self, p: Person, channel: str, full: bool) -> dict[str, Any]:
        r = self.rng
        ref: dict[str, Any] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": p.account,
        }
        if full:
            ref |= {"customer_id": p.key, "email": p.email, "phone": p.phone, "handle": p.handle}
        elif channel == "phone":
            cc = CC[p.market]
            ref["phone"] = f"+{cc} {p.phone[len(cc) + 1 :]}" if r.random() < 0.3 else p.phone
        elif channel in ("social", "community") and p.handle:
            ref["handle"] = p.handle[1:] if r.random() < 0.3 else p.handle
        elif channel in ("social", "community", "email"):
            ref["email"] = p.email.upper() if r.random() < 0.15 else p.email
        else:
            ref["customer_id"] = p.key
        return ref

    def write(self, planned: Counter[str]) -> tuple[int, int]:
        expected: Counter[str] = Counter()
        for c in self.truth.values():
            expected.update(c["expected_rules"])
        for a in self.accounts.values():
            expected.update(a["expected_rules"])
        if self.spike:
            expected["topic_spike"] += 1
        if expected != planned:
            raise SystemExit(
                f"{self.name}: planted {dict(planned)} but truth says {dict(expected)}"
            )
        self.events.sort(key=lambda e: (e[0], e[1]))
        seen: set[str] = set()
        lines = []
        for _, _, body, p, outbound in self.events:
            full = outbound or p.key not in seen
            seen.add(p.key)
            body["customer"] = self.ref_of(p, body["channel"], full)
            lines.append(json.dumps(body, ensure_ascii=False))
        last = self.events[-1][0]
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": BUSINESS,
                "days": self.days,
                "seed": self.seed,
                "written": WRITTEN,
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": self.truth,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        text = json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        (HERE / f"{self.name}.truth.json").write_text(text, encoding="utf-8")
        return len(self.truth), len(lines)


def currency(market: str, euros: float) -> tuple[str, float]:
    if market == "UK":
        return "GBP", round(euros * 0.9, 2)
    if market == "CH":
        return "CHF", round(euros * 0.95, 2)
    return "EUR", euros


def money(p: Person, lang: str, value: float) -> str:
    cur = {"UK": "GBP", "CH": "CHF"}.get(p.market, "EUR")
    s = f"{value:.2f}"
    if cur == "CHF":
        return f"CHF {s}"
    if lang == "en":
        return ("£" if cur == "GBP" else "€") + s
    return s.replace(".", ",") + (" £" if cur == "GBP" else " €")


def deal(rng: random.Random, counts: dict[str, int]) -> list[str]:
    """A shuffled list holding each label as many times as asked."""
    out = [k for k, n in counts.items() for _ in range(n)]
    rng.shuffle(out)
    return out


# ---- families ------------------------------------------------------------


def happy_writers() -> tuple[int, int]:
    f = Fam("happy_writers")
    for _ in range(165):
        p = f.person("happy", habit="day writer")
        for t in f.day_times(f.rng.randint(5, 9), 0, 10):
            f.happy(p, t)
    for _ in range(50):
        p = f.person("happy", habit="night writer")
        n = f.rng.randint(4, 7)
        nights = f.rng.randint(2, min(4, n))
        for t in f.day_times(n - nights, 0, 10):
            f.happy(p, t)
        for _ in range(nights):
            f.night_act(p, f.at(f.rng.randrange(0, 9), 22 + 1 / 6, 28.5))
    for _ in range(50):
        p = f.person("happy", habit="answers surveys")
        for t in f.day_times(f.rng.randint(3, 6), 0, 10, 8, 21):
            f.survey(p, t, p.lang)
    return f.write(Counter())


def one_bad_day() -> tuple[int, int]:
    f = Fam("one_bad_day")
    r = f.rng
    problems = deal(r, dict.fromkeys(wt.PROBLEMS, 44))
    channels = deal(r, {"long": 66, "email": 48, "chat": 45, "social": 48, "web": 30, "phone": 27})
    scores = deal(r, {"csat": 60, "nps": 36, "none": 168})
    sorted_ = deal(r, {"yes": 150, "no": 114})
    planned: Counter[str] = Counter()
    apologies = 0
    for i in range(264):
        nps = scores[i] == "nps"
        p = f.person(
            "bad_day_detractor" if nps else "happy_one_bad_day",
            expected=["detractor"] if nps else [],
            tolerated=FIX_TOLERATED,
        )
        planned.update(["detractor"] if nps else [])
        bad = f.at(r.randint(2, 9), 8, 20)
        fixed = sorted_[i] == "yes"
        sorry = "any" if fixed and apologies < 90 else ""
        apologies += bool(sorry)
        info, apology = f.bad_day(p, bad, problems[i], channels[i], p.lang, fixed, sorry)
        info |= {"nps_given": nps, "csat_given": scores[i] == "csat"}
        if scores[i] == "csat":
            s, sid = f.low_score(p, f.mins(bad, 40, 80), "csat", p.lang)
            info |= {"csat": s, "survey_event_id": sid}
        elif nps:
            s, sid = f.low_score(p, f.mins(bad, 100, 140), "nps", p.lang)
            info |= {"nps": s, "survey_event_id": sid}
        f.truth[p.key] |= info
        f.happy_around(p, r.randint(3, 5), bad, apology, [p.lang])
    for _ in range(90):
        p = f.person("happy", habit="control")
        for t in f.day_times(r.randint(4, 7), 0, 12):
            f.happy(p, t)
    return f.write(planned)


def repeat_contacts() -> tuple[int, int]:
    f = Fam("repeat_contacts")
    r = f.rng
    counts = deal(r, {"2": 38, "3": 44, "4": 26})
    passed = deal(r, {"yes": 54, "no": 54})
    planned: Counter[str] = Counter()
    for i in range(108):
        p = f.person("repeat_contact", expected=["repeat_contact"], tolerated=REPEAT_TOLERATED)
        planned["repeat_contact"] += 1
        for t in f.day_times(r.randint(1, 3), 0, 1):
            f.happy(p, t)
        first = f.at(r.randint(1, 4), 8, 20)
        f.truth[p.key] |= f.repeat_flow(
            p, first, int(counts[i]), r.choice(wt.PROBLEMS), passed[i] == "yes", [p.lang]
        )
    for _ in range(44):
        p = f.person("resolved_between_contacts", tolerated=FIX_TOLERATED)
        for t in f.day_times(r.randint(1, 3), 0, 1):
            f.happy(p, t)
        case, _ = f.fixed_cycle(
            p, f.at(r.randint(1, 6), 8, 20), r.choice(wt.PROBLEMS), p.lang, p.lang
        )
        f.truth[p.key] |= {**case, "problems": [case], "trouble_starts_at": case["raised_at"]}
    for _ in range(34):
        p = f.person("different_problems", tolerated=FIX_TOLERATED)
        for t in f.day_times(r.randint(1, 2), 0, 1):
            f.happy(p, t)
        one, two = r.sample(wt.PROBLEMS, 2)
        first = f.at(r.randint(1, 2), 8, 19)
        case1, _ = f.fixed_cycle(p, first, one, p.lang, p.lang)
        second = f.out_of_night(f.hours(first, 96, 132))
        case2, _ = f.fixed_cycle(p, second, two, p.lang, p.lang)
        f.truth[p.key] |= {"problems": [case1, case2], "trouble_starts_at": case1["raised_at"]}
    for _ in range(110):
        p = f.person("happy", habit="frequent writer")
        for t in f.day_times(r.randint(5, 8), 0, 10):
            f.happy(p, t, kinds=FREQUENT)
    return f.write(planned)


def slow_churners() -> tuple[int, int]:
    f = Fam("slow_churners")
    r = f.rng
    days = deal(r, {"3": 20, "5": 20, "7": 20, "9": 20})
    nps = deal(r, {"yes": 28, "no": 52})
    planned: Counter[str] = Counter()
    for i in range(80):
        rules = ["sentiment_drop"] + (["detractor"] if nps[i] == "yes" else [])
        p = f.person(
            "slow_churner",
            expected=rules,
            tolerated=SLIDE_TOLERATED,
            habit="slides",
        )
        planned.update(rules)
        for t in f.day_times(r.randint(4, 5), 0, 11, 8, 21):
            f.happy(p, t, kinds=("praise", "again"))
        for t in f.day_times(r.randint(2, 4), 0, 11):
            f.happy(p, t, kinds=NO_SURVEY)
        start = f.at(r.randint(12, 18), 8, 21)
        f.truth[p.key] |= f.slide(p, start, int(days[i]), [p.lang], nps[i] == "yes")
    for _ in range(36):
        p = f.person(
            "slow_churner",
            expected=["churn_intent"],
            tolerated=["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"],
            habit="asks to cancel",
        )
        planned["churn_intent"] += 1
        for t in f.day_times(r.randint(4, 6), 0, 14):
            f.happy(p, t)
        ask = f.at(r.randint(15, 25), 8, 20)
        body = f.fill(p, r.choice(wt.LEAVE_ASK[p.lang]), p.lang)
        aid = f.ev(
            p,
            ask,
            "email",
            "message",
            f.noisy(f.email_body(p, p.lang, cap(body)), p.lang),
            wt.LEAVE_SUBJECT[p.lang],
        )
        f.agent_mail(
            p,
            f.hours(ask, 1, 5),
            p.lang,
            wt.LEAVE_ANSWER[p.lang],
            f"Re: {wt.LEAVE_SUBJECT[p.lang]}",
        )
        gone = f.out_of_night(f.hours(ask, 20, 30))
        reason = f.fill(p, r.choice(wt.CANCEL_REASON[p.lang]), p.lang)
        cid = f.ev(p, gone, "web", "cancellation", reason or None, attrs={"page": "/account/close"})
        f.truth[p.key] |= {
            "churn_intent_event_id": aid,
            "cancellation_event_id": cid,
            "churn_at": iso(gone),
            "trouble_starts_at": iso(ask),
        }
    for _ in range(70):
        p = f.person("happy", habit="steady")
        for t in f.day_times(r.randint(6, 10), 0, 32):
            f.happy(p, t)
    for _ in range(40):
        p = f.person("steadily_grumpy", tolerated=["repeat_contact", "silence"])
        n = r.randint(5, 8)
        picked = sorted(r.sample(range(0, 32, 2), n))
        for d in picked:
            text = f.noisy(f.fill(p, r.choice(wh.GRUMBLES[p.lang]), p.lang), p.lang)
            ch = r.choice(["social", "community", "chat"])
            f.ev(p, f.at(d, 7, 21.5), ch, "chat" if ch == "chat" else "post", text)
        for t in f.day_times(r.randint(0, 2), 0, 32):
            f.happy(p, t, kinds=("page", "purchase"))
    for _ in range(40):
        p = f.person("happy_one_sarcastic_remark", tolerated=FIX_TOLERATED)
        for t in f.day_times(r.randint(3, 6), 0, 32):
            f.happy(p, t)
        text = f.noisy(f.fill(p, r.choice(wh.SARCASM[p.lang]), p.lang), p.lang)
        sid = f.ev(p, f.at(r.randint(2, 30), 8, 21), "social", "post", text)
        f.truth[p.key]["sarcasm_event_id"] = sid
    return f.write(planned)


def grumble_once(f: Fam, p: Person, when: datetime) -> str:
    r = f.rng
    text, answer = (f.fill(p, s, p.lang) for s in r.choice(wh.MILD[p.lang]))
    if r.random() < 0.55:
        eid = f.ev(p, when, "chat", "chat", f.noisy(text, p.lang))
        f.agent_chat(p, f.mins(when, 1, 6), p.lang, answer)
        return eid
    eid = f.ev(p, when, "web", "ticket", f.noisy(text, p.lang), wh.FEEDBACK_TITLE[p.lang])
    f.agent_mail(p, f.mins(when, 1, 5), p.lang, wh.WEB_ACK[p.lang], wh.WEB_ACK_SUBJECT[p.lang])
    return eid


def quiet_hours() -> tuple[int, int]:
    f = Fam("quiet_hours")
    r = f.rng
    for _ in range(160):
        p = f.person("happy", habit="day writer")
        for t in f.day_times(r.randint(1, 4), 0, 3, 7, 18.5):
            f.happy(p, t)
    for _ in range(22):
        p = f.person("grumbles_once", tolerated=FIX_TOLERATED)
        f.truth[p.key]["grumble_event_id"] = grumble_once(f, p, f.at(r.randint(0, 2), 7.5, 19))
    day_act = deal(r, {"yes": 15, "no": 30})
    owl = 0
    for night in range(3):
        start = f.at(night + 1, 1 + 1 / 12, 1 + 1 / 3)
        for burst in range(3):
            if burst:
                start = f.mins(start, 25, 35)
            for _ in range(5):
                p = f.person(
                    "night_owl", habit=f"night {night + 1}, burst {burst + 1}", burst_at=iso(start)
                )
                f.night_act(p, f.mins(start, 0, 10))
                if day_act[owl] == "yes":
                    f.happy(p, f.at(r.randint(0, 2), 7, 18.5))
                owl += 1
    return f.write(Counter())


BILINGUAL_PAIRS: list[tuple[str, str, int, list[str]]] = [
    ("de", "it", 34, ["IT", "CH"]),
    ("it", "de", 30, ["DE", "AT", "CH"]),
    ("de", "en", 22, ["UK", "IE"]),
    ("it", "en", 20, ["UK", "IE"]),
    ("de", "fr", 16, ["FR", "CH"]),
    ("it", "fr", 16, ["FR"]),
    ("de", "es", 14, ["ES"]),
    ("it", "pt", 14, ["PT"]),
    ("en", "de", 16, ["DE", "AT"]),
    ("fr", "it", 18, ["IT"]),
    ("es", "de", 16, ["DE"]),
    ("pt", "it", 20, ["IT"]),
]


def bilingual() -> tuple[int, int]:
    f = Fam("bilingual")
    r = f.rng
    people = [(a, b, r.choice(mk)) for a, b, n, mk in BILINGUAL_PAIRS for _ in range(n)]
    r.shuffle(people)
    personas = deal(r, {"happy": 120, "repeat": 42, "slide": 30, "bad": 26, "fixed": 18})
    counts = deal(r, {"2": 14, "3": 16, "4": 12})
    passed = deal(r, {"yes": 21, "no": 21})
    longs = deal(r, {"yes": 9, "no": 17})
    fixes = deal(r, {"yes": 13, "no": 13})
    planned: Counter[str] = Counter()
    n_rep = n_bad = apologies = 0
    for (l1, l2, market), kind in zip(people, personas, strict=True):
        langs = [l1, l2]
        if kind == "happy":
            p = f.person("happy", l1, market, habit="alternates languages", languages=langs)
            for j, t in enumerate(f.day_times(r.randint(5, 8), 0, 14)):
                f.happy(p, t, langs[j % 2])
        elif kind == "repeat":
            p = f.person(
                "repeat_contact", l1, market, ["repeat_contact"], REPEAT_TOLERATED, languages=langs
            )
            planned["repeat_contact"] += 1
            for j, t in enumerate(f.day_times(r.randint(1, 3), 0, 2)):
                f.happy(p, t, langs[j % 2])
            first = f.at(r.randint(2, 8), 8, 20)
            f.truth[p.key] |= f.repeat_flow(
                p, first, int(counts[n_rep]), r.choice(wt.PROBLEMS), passed[n_rep] == "yes", langs
            )
            n_rep += 1
        elif kind == "slide":
            p = f.person(
                "slow_churner",
                l1,
                market,
                ["sentiment_drop"],
                SLIDE_TOLERATED,
                habit="slides",
                languages=langs,
            )
            planned["sentiment_drop"] += 1
            for j, t in enumerate(f.day_times(5, 0, 6, 8, 21)):
                f.happy(p, t, langs[j % 2], kinds=("praise", "again"))
            for j, t in enumerate(f.day_times(r.randint(1, 3), 0, 6)):
                f.happy(p, t, langs[j % 2], kinds=NO_SURVEY)
            f.truth[p.key] |= f.slide(
                p, f.at(r.randint(6, 8), 8, 21), r.randint(3, 5), langs, False
            )
        elif kind == "bad":
            p = f.person(
                "happy_one_bad_day",
                l1,
                market,
                [],
                FIX_TOLERATED,
                languages=langs,
                bad_day_language=l2,
            )
            bad = f.at(r.randint(3, 11), 8, 20)
            how = "long" if longs[n_bad] == "yes" else r.choice(CHANNELS5)
            fixed = fixes[n_bad] == "yes"
            sorry = "chat" if fixed and apologies < 6 else ""
            apologies += bool(sorry)
            info, apology = f.bad_day(p, bad, r.choice(wt.PROBLEMS), how, l2, fixed, sorry)
            f.truth[p.key] |= info
            n_bad += 1
            f.happy_around(p, r.randint(3, 5), bad, apology, langs)
        else:
            p = f.person(
                "resolved_between_contacts",
                l1,
                market,
                [],
                FIX_TOLERATED,
                languages=langs,
                confirm_language=l2,
            )
            for j, t in enumerate(f.day_times(r.randint(1, 3), 0, 2)):
                f.happy(p, t, langs[j % 2])
            case, _ = f.fixed_cycle(p, f.at(r.randint(2, 10), 8, 20), r.choice(wt.PROBLEMS), l1, l2)
            f.truth[p.key] |= {**case, "problems": [case], "trouble_starts_at": case["raised_at"]}
    return f.write(planned)


def office(f: Fam, t: datetime, h0: float = 8, h1: float = 15) -> datetime:
    """The same time if it falls on a weekday within h0-h1 UTC, else the next such morning."""
    while t.weekday() >= 5 or t.hour + t.minute / 60 >= h1 or t.hour < h0:
        if t.hour < h0 and t.weekday() < 5:
            return f.mins(t.replace(hour=int(h0), minute=0, second=0), 0, 100)
        t = (t + timedelta(days=1)).replace(hour=0, minute=0, second=0)
    return t


def company_person(
    f: Fam,
    market: str,
    lang: str,
    company: str,
    domain: str,
    account: str,
    taken: set[str],
    persona: str,
    expected: Sequence[str],
    tolerated: Sequence[str],
    **extra: Any,
) -> Person:
    r = f.rng
    while True:
        first, fem = r.choice(FIRST[lang])
        if first not in taken:
            taken.add(first)
            break
    last = r.choice(LAST[lang])
    k = serial()
    key = f"LZ{f.code}{len(f.truth) + 1:04d}"
    role = f.fill(
        Person(key, lang, market, fem, first, last, "", "", None, None, "", ""),
        r.choice(wb.ROLE[lang]),
        lang,
    )
    p = Person(
        key,
        lang,
        market,
        fem,
        first,
        last,
        f"{slug(first)}.{slug(last)}@{domain}",
        mobile_number(r, market, k),
        None,
        account,
        r.choice(CARS[lang]),
        r.choice(CITIES[market]),
        company,
        role,
    )
    f.add_truth(p, persona, expected, tolerated, "b2b", {"company": company, **extra})
    return p


def routine(f: Fam, p: Person, when: datetime, surveys: bool) -> datetime:
    r = f.rng
    kinds = ["question", "question", "phone", "addon", "page", "page", "praise"] + (
        ["survey"] if surveys else []
    )
    k = r.choice(kinds)
    lang = p.lang
    if k == "question":
        return f.question(p, when, lang, wb.ROUTINE_Q[lang], r.random() < 0.5)
    if k == "phone":
        f.ev(p, when, "phone", "call", spoken(f.fill(p, r.choice(wb.PHONE_Q[lang]), lang), lang))
    elif k == "addon":
        return f.purchase(p, when, wb.ADDONS)
    elif k == "page":
        f.ev(p, when, "web", "page_view", attrs={"page": r.choice(wb.PORTAL_PAGES)})
    elif k == "praise":
        f.ev(
            p, when, "community", "post", f.noisy(f.fill(p, r.choice(wb.PRAISE[lang]), lang), lang)
        )
    else:
        f.survey(p, when, lang)
    return when


def routine_before(f: Fam, p: Person, n: int, latest: datetime) -> None:
    """n routine acts on weekdays 08-16:30, each starting at least 14 h before latest."""
    r = f.rng
    for _ in range(n):
        for _ in range(200):
            t = f.at(r.randint(0, 13), 8, 16.5)
            if t.weekday() < 5 and t <= latest - timedelta(hours=14):
                routine(f, p, t, surveys=False)
                break


def complaint(
    f: Fam,
    p: Person,
    when: datetime,
    problem: str,
    first: Person | None,
    first_at: datetime | None,
    ref: str,
) -> str:
    lang = p.lang
    short = wb.SHORT[problem][lang]
    subj = wb.SUBJECT[problem][lang]
    if first is None or first_at is None:
        core = wb.COMPLAINT[problem][lang]
    else:
        core = f.rng.choice(wb.LATER[lang])
        subj = f"{wt.CASE_WORD[lang]} {ref} - {subj}"
    day = wb.DAYS[lang][first_at.weekday()] if first_at else ""
    text = f.fill(
        p,
        wb.OPEN[lang] + core + wb.CLOSE[lang],
        lang,
        cfem=first.fem if first else False,
        ref=ref,
        short=short,
        colleague=first.first if first else "",
        day=day,
    )
    return f.ev(p, when, "email", "message", f.noisy(text, lang), subj)


def b2b_accounts() -> tuple[int, int]:
    f = Fam("b2b_accounts")
    r = f.rng
    firms = [(m, i, c) for m, cs in wb.COMPANIES.items() for i, c in enumerate(cs)]
    kinds = deal(r, {"at_risk": 12, "one_unhappy": 14, "mild": 7, "happy": 18})
    risk_sizes = deal(r, {"3": 7, "4": 5})
    risk_problems = deal(r, dict.fromkeys(wb.COMPANY_PROBLEMS, 3))
    last_channel = deal(r, {"email": 5, "phone": 7})
    acks = deal(r, {"yes": 7, "no": 7})
    planned: Counter[str] = Counter()
    n_risk = n_one = 0
    for (market, idx, (company, site, domain)), kind in zip(firms, kinds, strict=True):
        lang = {
            "DE": "de",
            "AT": "de",
            "IT": "it",
            "FR": "fr",
            "ES": "es",
            "PT": "pt",
            "UK": "en",
            "IE": "en",
        }.get(market, "de" if idx < 2 else "it")
        account = f"LZF-{market}-{r.randint(1000, 9999)}"
        while account in f.accounts:
            account = f"LZF-{market}-{r.randint(1000, 9999)}"
        contact = partial(company_person, f, market, lang, company, domain, account, set())
        complainers = (
            int(risk_sizes[n_risk])
            if kind == "at_risk"
            else 1
            if kind == "one_unhappy"
            else 2
            if kind == "mild"
            else 0
        )
        contacts = r.randint(max(3, complainers + 1), 6)
        acc: dict[str, Any] = {
            "company": company,
            "site": site,
            "contacts": contacts,
            "contact_keys": [],
            "unhappy_contacts": 0,
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
        if kind == "at_risk":
            planned["account_risk"] += 1
            problem = risk_problems[n_risk]
            acc["same_problem"] = problem
            ref = f.new_ref()
            t = f.at(r.randint(1, 3), 8, 15)
            first: Person | None = None
            first_at: datetime | None = None
            for j in range(complainers):
                last = j == complainers - 1
                rules = ["repeat_contact"] if last else ["detractor"]
                planned.update(rules)
                p = contact(
                    "b2b_unhappy",
                    rules,
                    RISK_TOLERATED,
                    role="complainer",
                    problem=problem,
                    booking=ref,
                )
                if j:
                    t = office(f, f.hours(t, 8, 28))
                routine_before(f, p, r.randint(1, 3), t)
                ids = [complaint(f, p, t, problem, first, first_at, ref)]
                info: dict[str, Any] = {"trouble_starts_at": iso(t), "nps_given": not last}
                if first is None:
                    first, first_at = p, t
                    acc["trouble_starts_at"] = iso(t)
                    f.agent_mail(
                        p, f.mins(t, 30, 90), lang, wb.ACK[lang], wt.AGENT_SUBJECT[lang], ref=ref
                    )
                if last:
                    again = office(f, f.hours(t, 18, 40), 8, 17)
                    short = wb.SHORT[problem][lang]
                    if last_channel[n_risk] == "email":
                        text = f.fill(
                            p, wb.LAST_AGAIN[lang] + wb.CLOSE[lang], lang, ref=ref, short=short
                        )
                        subj = f"{r.choice(wt.REPLY_PREFIX[lang])} {wt.CASE_WORD[lang]} {ref}"
                        ids.append(f.ev(p, again, "email", "message", f.noisy(text, lang), subj))
                    else:
                        text = spoken(
                            f.fill(p, wb.LAST_AGAIN_SPOKEN[lang], lang, ref=ref, short=short), lang
                        )
                        ids.append(f.ev(p, again, "phone", "call", text))
                    info["repeat_event_id"] = ids[-1]
                else:
                    s, sid = f.low_score(p, f.hours(t, 1, 3), "nps", p.lang)
                    info |= {"nps": s, "survey_event_id": sid}
                info["complaint_event_ids"] = ids
                f.truth[p.key] |= info
                acc["unhappy_contact_keys"].append(p.key)
            n_risk += 1
        elif kind == "one_unhappy":
            problem = r.choice(wb.COMPANY_PROBLEMS)
            planned["detractor"] += 1
            p = contact(
                "b2b_one_unhappy", ["detractor"], ONE_TOLERATED, role="complainer", problem=problem
            )
            t = office(f, f.at(r.randint(3, 10), 8, 15))
            routine_before(f, p, r.randint(1, 3), t)
            cid = complaint(f, p, t, problem, None, None, "")
            info = {
                "trouble_starts_at": iso(t),
                "complaint_event_ids": [cid],
                "nps_given": True,
                "booking": None,
            }
            if acks[n_one] == "yes":
                ref = f.new_ref()
                info["booking"] = ref
                f.agent_mail(
                    p, f.mins(t, 30, 90), lang, wb.ACK[lang], wt.AGENT_SUBJECT[lang], ref=ref
                )
            s, sid = f.low_score(p, f.hours(t, 1, 3), "nps", p.lang)
            info |= {"nps": s, "survey_event_id": sid}
            f.truth[p.key] |= info
            acc["unhappy_contact_keys"].append(p.key)
            n_one += 1
        elif kind == "mild":
            for _ in range(2):
                p = contact("b2b_mild", [], ["silence"], role="suggests")
                t = office(f, f.at(r.randint(2, 11), 8, 15))
                routine_before(f, p, r.randint(1, 3), t)
                mid = f.ev(
                    p,
                    t,
                    "web",
                    "ticket",
                    f.noisy(f.fill(p, r.choice(wb.MILD[lang]), lang), lang),
                    wh.FEEDBACK_TITLE[lang],
                )
                f.agent_mail(p, f.mins(t, 2, 30), lang, wh.WEB_ACK[lang], wh.WEB_ACK_SUBJECT[lang])
                f.truth[p.key]["mild_event_id"] = mid
                acc["contact_keys"].append(p.key)
        acc["contact_keys"] = acc["unhappy_contact_keys"] + acc["contact_keys"]
        while len(acc["contact_keys"]) < contacts:
            p = contact("b2b_happy", [], [], role="contact")
            acc["contact_keys"].append(p.key)
            for _ in range(r.randint(2, 6)):
                t = office(f, f.at(r.randint(0, 13), 8, 16.5), 8, 16.5)
                routine(f, p, t, surveys=True)
        acc["unhappy_contacts"] = len(acc["unhappy_contact_keys"])
        f.accounts[account] = acc
    return f.write(planned)


def topic_spike() -> tuple[int, int]:
    f = Fam("topic_spike")
    r = f.rng
    langs = deal(r, {"de": 16, "it": 14, "en": 6, "es": 6, "fr": 5, "pt": 5})
    channels = deal(r, {"social": 17, "chat": 11, "community": 10, "email": 8, "web": 6})
    regular = deal(r, {"yes": 36, "no": 16})
    repeats = deal(r, {"repeat": 17, "fixed": 13, "none": 22})
    w0 = f.start + timedelta(days=3, hours=16, minutes=47)
    times = sorted(w0 + timedelta(seconds=r.randint(0, 42 * 60)) for _ in range(52))
    planned: Counter[str] = Counter({"topic_spike": 1})
    keys: list[str] = []
    ids: list[str] = []
    rep_ids: list[str] = []
    for i in range(52):
        lang = langs[i]
        rep = repeats[i] == "repeat"
        p = f.person(
            "spike_repeater" if rep else "spike_reporter",
            lang,
            None,
            ["repeat_contact"] if rep else [],
            ["silence", "sentiment_drop"] if rep else ["silence"],
            in_spike=True,
            regular=regular[i] == "yes",
            spike_channel=channels[i],
        )
        planned.update(["repeat_contact"] if rep else [])
        if regular[i] == "yes":
            for t in f.day_times(r.randint(1, 3), 0, 3):
                f.happy(p, t)
        text = f.noisy(f.fill(p, r.choice(wt.SPIKE_REPORT[lang]), lang), lang)
        ch = channels[i]
        if ch == "email":
            eid = f.ev(
                p, times[i], "email", "message", f.email_body(p, lang, text), wt.SPIKE_SUBJECT[lang]
            )
        elif ch == "web":
            eid = f.ev(p, times[i], "web", "ticket", text, wt.SPIKE_SUBJECT[lang])
        else:
            eid = f.ev(p, times[i], ch, "chat" if ch == "chat" else "post", text)
        info: dict[str, Any] = {"spike_event_id": eid, "trouble_starts_at": iso(times[i])}
        if rep:
            ch2 = f.other_channel(ch, ("social", "chat", "community", "email"))
            t2 = f.mins(times[i], 15, 50)
            text2 = f.noisy(f.fill(p, r.choice(wt.SPIKE_REPEAT[lang]), lang), lang)
            if ch2 == "email":
                rid = f.ev(
                    p,
                    t2,
                    "email",
                    "message",
                    text2,
                    f"{r.choice(wt.REPLY_PREFIX[lang])} {wt.SPIKE_SUBJECT[lang]}",
                )
            else:
                rid = f.ev(p, t2, ch2, "chat" if ch2 == "chat" else "post", text2)
            info["repeat_event_id"] = rid
            rep_ids.append(rid)
        elif repeats[i] == "fixed":
            f.agent_mail(p, f.at(4, 7, 9), lang, wt.SPIKE_FIXED[lang], wt.SPIKE_FIXED_SUBJECT[lang])
            info["agent_fixed"] = True
        f.truth[p.key] |= info
        keys.append(p.key)
        ids.append(eid)
    f.spike = {
        "topic": "chargers show error E-42 and charging sessions do not start (app and card)",
        "about": "after a backend update, Thursday 5 November 2026 at the evening rush hour",
        "channel": None,
        "start": iso(times[0]),
        "end": iso(times[-1]),
        "customers": 52,
        "customer_keys": keys,
        "event_ids": ids,
        "repeat_event_ids": rep_ids,
    }
    for _ in range(230):
        p = f.person("happy", habit="day writer")
        for t in f.day_times(r.randint(1, 4), 0, 7):
            f.happy(p, t)
    for _ in range(28):
        p = f.person("grumbles_once", tolerated=FIX_TOLERATED)
        f.truth[p.key]["grumble_event_id"] = grumble_once(
            f, p, f.at(r.choice([0, 1, 2, 4, 5, 6]), 8, 20)
        )
    for lang, day in (("de", 1), ("it", 2)):
        p = f.person("grumbles_once", lang, None, [], FIX_TOLERATED)
        q, a = (f.fill(p, s, lang) for s in wh.LONE_Q[lang])
        t = f.at(day, 18, 21)
        lid = f.ev(p, t, "chat", "chat", f.noisy(q, lang))
        f.agent_chat(p, f.mins(t, 1, 6), lang, a)
        f.truth[p.key]["lone_report_event_id"] = lid
    return f.write(planned)


FAMILIES = (
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
    total_c = total_t = 0
    for build in FAMILIES:
        customers, touchpoints = build()
        total_c += customers
        total_t += touchpoints
        print(f"{build.__name__}: {customers} customers, {touchpoints} touchpoints")
    print(f"total: {total_c} customers, {total_t} touchpoints")


if __name__ == "__main__":
    main()
