# ruff: noqa: E501
"""Build heldout40: blind, hand-written, report-only alert scenarios (Volantia).

Volantia is a chain of driving schools run with an app (lessons, exams, a theory app,
a shop, the Volantia Plus plan) with a Volantia Business arm (driver-safety courses
and licence upgrades for firms). Standard library only; seeded; two runs give the same
bytes. Run as ``python make_heldout40.py`` from anywhere.
"""

from __future__ import annotations

import json
import random
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402
import wording_b2b as WB  # noqa: E402

SEED = 20261110
WRITTEN = "2026-12-02"
BUSINESS = "Volantia: driving schools run with an app (lessons, exams, theory app, shop, Volantia Plus), and Volantia Business (driver-safety courses for firms)"
COMPETITORS = ("Rotalis", "Kuppla")
CODE = "LSN-504"
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
PROBLEM_KEYS = ("no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee")

LANG_WEIGHTS = (("it", 30), ("de", 30), ("en", 10), ("es", 10), ("fr", 10), ("pt", 10))
MARKETS: dict[str, tuple[str, ...]] = {
    "it": ("IT", "IT", "IT", "IT", "CH"),
    "de": ("DE", "DE", "DE", "AT", "CH"),
    "en": ("UK", "UK", "IE"),
    "es": ("ES",),
    "fr": ("FR", "FR", "BE", "CH"),
    "pt": ("PT",),
}
# country code, first national digits, national length
PHONES: dict[str, tuple[str, tuple[str, ...], int]] = {
    "IT": ("39", ("347", "333", "349", "328", "366"), 10),
    "DE": ("49", ("151", "160", "170", "176"), 11),
    "AT": ("43", ("664", "676", "699"), 10),
    "CH": ("41", ("76", "78", "79"), 9),
    "UK": ("44", ("7700", "7812", "7941"), 10),
    "IE": ("353", ("83", "85", "87"), 9),
    "ES": ("34", ("6", "7"), 9),
    "FR": ("33", ("6", "7"), 9),
    "BE": ("32", ("47", "48", "49"), 9),
    "PT": ("351", ("91", "93", "96"), 9),
}
RATES = {"EUR": 1.0, "GBP": 0.86, "CHF": 0.94}
SOURCES = {
    "email": "volantia-mail",
    "phone": "volantia-voice",
    "social": "volantia-social",
    "community": "volantia-forum",
    "chat": "volantia-chat",
    "web": "volantia-web",
    "survey": "volantia-survey",
}

FIRST: dict[str, tuple[str, ...]] = {
    "it": (
        "Giulia",
        "Marco",
        "Francesca",
        "Alessandro",
        "Chiara",
        "Lorenzo",
        "Sara",
        "Davide",
        "Martina",
        "Simone",
        "Elena",
        "Federico",
        "Valentina",
        "Andrea",
        "Beatrice",
        "Riccardo",
        "Alessia",
        "Tommaso",
        "Ilaria",
        "Gabriele",
        "Noemi",
        "Stefano",
        "Camilla",
        "Pietro",
    ),
    "de": (
        "Lena",
        "Jonas",
        "Anna",
        "Lukas",
        "Marie",
        "Felix",
        "Sophie",
        "Leon",
        "Hannah",
        "Paul",
        "Laura",
        "Niklas",
        "Julia",
        "Tim",
        "Katharina",
        "Moritz",
        "Lea",
        "Jan",
        "Carina",
        "Sebastian",
        "Theresa",
        "Florian",
        "Nina",
        "Matthias",
    ),
    "en": (
        "Emily",
        "James",
        "Chloe",
        "Ryan",
        "Megan",
        "Liam",
        "Hannah",
        "Connor",
        "Amy",
        "Daniel",
        "Niamh",
        "Jack",
    ),
    "es": (
        "Lucía",
        "Pablo",
        "María",
        "Javier",
        "Carmen",
        "Diego",
        "Irene",
        "Álvaro",
        "Paula",
        "Sergio",
    ),
    "fr": (
        "Camille",
        "Hugo",
        "Léa",
        "Lucas",
        "Chloé",
        "Mathis",
        "Manon",
        "Antoine",
        "Inès",
        "Julien",
    ),
    "pt": (
        "Beatriz",
        "João",
        "Mariana",
        "Tiago",
        "Carolina",
        "Rui",
        "Inês",
        "Miguel",
        "Sofia",
        "Duarte",
    ),
}
LAST: dict[str, tuple[str, ...]] = {
    "it": (
        "Rossi",
        "Bianchi",
        "Ferri",
        "Colombo",
        "Ricci",
        "Marino",
        "Greco",
        "Bruno",
        "Gallo",
        "Conti",
        "De Luca",
        "Mancini",
        "Costa",
        "Giordano",
        "Rizzo",
        "Lombardi",
        "Moretti",
        "Barbieri",
        "Fontana",
        "Santoro",
        "Mariani",
        "Rinaldi",
        "Caruso",
        "Ferrara",
    ),
    "de": (
        "Müller",
        "Schmidt",
        "Schneider",
        "Fischer",
        "Weber",
        "Meyer",
        "Wagner",
        "Becker",
        "Schulz",
        "Hoffmann",
        "Koch",
        "Richter",
        "Klein",
        "Wolf",
        "Schröder",
        "Neumann",
        "Schwarz",
        "Zimmermann",
        "Braun",
        "Krüger",
        "Hofer",
        "Huber",
        "Gruber",
        "Steiner",
    ),
    "en": (
        "Walsh",
        "Murphy",
        "Taylor",
        "Brown",
        "Kelly",
        "Byrne",
        "Evans",
        "Hughes",
        "Doyle",
        "Clarke",
        "Ryan",
        "Wright",
    ),
    "es": (
        "García",
        "Fernández",
        "López",
        "Martínez",
        "Sánchez",
        "Moreno",
        "Navarro",
        "Ruiz",
        "Ortega",
        "Castro",
    ),
    "fr": (
        "Martin",
        "Bernard",
        "Dubois",
        "Moreau",
        "Laurent",
        "Lefèvre",
        "Roux",
        "Fournier",
        "Girard",
        "Mercier",
    ),
    "pt": (
        "Silva",
        "Santos",
        "Ferreira",
        "Pereira",
        "Oliveira",
        "Costa",
        "Rodrigues",
        "Martins",
        "Sousa",
        "Gomes",
    ),
}
TOWNS: dict[str, tuple[str, ...]] = {
    "IT": (
        "Milano",
        "Torino",
        "Bologna",
        "Verona",
        "Bergamo",
        "Padova",
        "Firenze",
        "Bolzano",
        "Trento",
        "Brescia",
    ),
    "DE": (
        "München",
        "Stuttgart",
        "Köln",
        "Leipzig",
        "Nürnberg",
        "Freiburg",
        "Hamburg",
        "Augsburg",
    ),
    "AT": ("Wien", "Graz", "Linz", "Innsbruck", "Salzburg"),
    "CH": ("Zürich", "Lugano", "Bern", "Basel", "Bellinzona", "Genève", "Lausanne"),
    "UK": ("Leeds", "Bristol", "Manchester", "Cardiff", "Glasgow"),
    "IE": ("Dublin", "Cork", "Galway"),
    "ES": ("Madrid", "Valencia", "Zaragoza", "Sevilla"),
    "FR": ("Lyon", "Grenoble", "Lille", "Nantes"),
    "BE": ("Bruxelles", "Liège", "Namur"),
    "PT": ("Lisboa", "Porto", "Braga", "Coimbra"),
}
JOBS = (
    "student",
    "nurse",
    "cook",
    "warehouse worker",
    "teacher",
    "bus mechanic",
    "bank clerk",
    "hairdresser",
    "retired",
    "electrician",
    "shop assistant",
    "software tester",
    "baker",
    "care worker",
    "architect",
    "bartender",
    "physiotherapist",
    "plumber",
)
DOMAINS = (
    "posta.example",
    "mailbox.example",
    "inbox.example",
    "webpost.example",
    "netmail.example",
    "casella.example",
    "postfach.example",
)
SECOND_LANGUAGE = (
    "grew up speaking both",
    "works in the second language",
    "partner's language at home",
    "studied abroad",
    "family from the other side of the border",
)

DAY_KINDS = (
    "praise",
    "praise",
    "praise",
    "again",
    "gripe",
    "chat_q",
    "chat_q",
    "mail_q",
    "phone_q",
    "buy",
    "buy",
    "view",
    "view",
    "review",
    "survey",
)
CALM_KINDS = (
    "praise",
    "praise",
    "again",
    "gripe",
    "chat_q",
    "chat_q",
    "mail_q",
    "phone_q",
    "buy",
    "buy",
    "view",
    "view",
    "review",
)
FREQ_KINDS = (
    "chat_q",
    "chat_q",
    "chat_q",
    "mail_q",
    "mail_q",
    "phone_q",
    "phone_q",
    "praise",
    "buy",
)

ALL_CUSTOMER_IDS: set[str] = set()
ALL_IDS: set[str] = set()
ALL_REFS: set[str] = set()

UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
ACCENTS = str.maketrans(
    "àáâãèéêìíîòóôõùúûçÀÁÂÃÈÉÊÌÍÎÒÓÔÕÙÚÛÇ", "aaaaeeeiiioooouuucAAAAEEEIIIOOOOUUUC"
)


def slug(text: str) -> str:
    for k, v in UMLAUTS.items():
        text = text.replace(k, v)
    text = (
        text.replace("ß", "ss")
        .translate(ACCENTS)
        .replace("ñ", "n")
        .replace("ï", "i")
        .replace("è", "e")
    )
    return "".join(ch for ch in text.lower() if ch.isalnum())


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def currency(market: str) -> str:
    return {"UK": "GBP", "CH": "CHF"}.get(market, "EUR")


def local_value(eur: float, market: str) -> float:
    cur = currency(market)
    if cur == "EUR":
        return eur
    value = eur * RATES[cur]
    return float(round(value) if value < 100 else 5 * round(value / 5))


def money(eur: float, market: str, lang: str) -> str:
    cur = currency(market)
    value = local_value(eur, market)
    number = f"{int(value)}" if value == int(value) else f"{value:.2f}"
    if cur == "GBP":
        return f"£{number}"
    if cur == "CHF":
        return f"CHF {number}"
    if lang == "en":
        return f"€{number}"
    return number.replace(".", ",") + " €"


def spoken_money(eur: float, market: str, lang: str) -> str:
    value = local_value(eur, market)
    word = W.SPOKEN_MONEY[currency(market)][lang]
    whole = int(value)
    cents = round((value - whole) * 100)
    return f"{whole} {cents:02d} {word}" if cents else f"{whole} {word}"


def spoken(text: str) -> str:
    """A phrase as speech-to-text writes it: lower case, no punctuation."""
    out = []
    for ch in text.lower():
        if ch.isalnum() or ch in " '":
            out.append(ch)
        elif ch in "-:/":
            out.append(" ")
        else:
            out.append(" ")
    return " ".join("".join(out).split())


def spoken_ref(ref: str, lang: str) -> str:
    digits = ref.split("-")[1]
    return f"{W.SPOKEN_REF[lang]} {digits[0:2]} {digits[2:4]} {digits[4:6]}"


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


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
    town: str
    job: str
    persona: str
    habit: str
    segment: str = "consumer"
    account: str | None = None
    expected: list[str] = field(default_factory=list)
    tolerated: list[str] = field(default_factory=list)
    info: dict[str, Any] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


class Fam:
    """One family: its customers, touchpoints and truth."""

    def __init__(
        self, n: int, name: str, code: str, start: datetime, days: int, about: str
    ) -> None:
        self.rng = random.Random(SEED * 100 + n)
        self.name = name
        self.code = code
        self.start = start
        self.days = days
        self.about = about
        self.seed = SEED * 100 + n
        self.events: list[dict[str, Any]] = []
        self.cust: dict[str, Cust] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.counter = 0

    # ----- people -----------------------------------------------------------------
    def lang(self) -> str:
        langs = [lang for lang, _ in LANG_WEIGHTS]
        weights = [w for _, w in LANG_WEIGHTS]
        return self.rng.choices(langs, weights)[0]

    def unique(self, make: Any) -> str:
        while True:
            value = str(make())
            if value not in ALL_IDS:
                ALL_IDS.add(value)
                return value

    def phone(self, market: str) -> str:
        cc, starts, length = PHONES[market]
        first = self.rng.choice(starts)
        return self.unique(
            lambda: (
                "+"
                + cc
                + first
                + "".join(str(self.rng.randrange(10)) for _ in range(length - len(first)))
            )
        )

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        market: str | None = None,
        domain: str | None = None,
        account: str | None = None,
        firsts: set[str] | None = None,
    ) -> Cust:
        rng = self.rng
        lang = lang or self.lang()
        market = market or rng.choice(MARKETS[lang])
        first = rng.choice(FIRST[lang])
        while firsts is not None and first in firsts:
            first = rng.choice(FIRST[lang])
        if firsts is not None:
            firsts.add(first)
        last = rng.choice(LAST[lang])
        f, la = slug(first), slug(last)
        if domain:
            email = self.unique(
                lambda: (
                    f"{f}.{la}@{domain}"
                    if rng.random() < 0.7
                    else f"{f[0]}.{la}{rng.randint(2, 9)}@{domain}"
                )
            )
            handle = None
        else:
            forms = (
                lambda: f"{f}.{la}@{rng.choice(DOMAINS)}",
                lambda: f"{f}{la}{rng.randint(10, 99)}@{rng.choice(DOMAINS)}",
                lambda: f"{f[0]}{la}@{rng.choice(DOMAINS)}",
                lambda: f"{la}.{f}{rng.randint(70, 99)}@{rng.choice(DOMAINS)}",
            )
            email = self.unique(lambda: rng.choice(forms)())
            hforms = (
                lambda: f"@{f}.{la}",
                lambda: f"@{f}_{la}{rng.randint(100, 999)}",
                lambda: f"@{f}{la}{rng.randint(80, 99)}",
                lambda: f"@{f[0]}{la}",
                lambda: f"@{la}_{f}",
            )
            handle = self.unique(lambda: rng.choice(hforms)())
        key = ""
        while not key or key in ALL_CUSTOMER_IDS:
            key = f"VL{self.code}{rng.randint(1000, 9999)}"
        ALL_CUSTOMER_IDS.add(key)
        c = Cust(
            key=key,
            lang=lang,
            market=market,
            first=first,
            last=last,
            email=email,
            phone=self.phone(market),
            handle=handle,
            town=rng.choice(TOWNS[market]),
            job=rng.choice(JOBS),
            persona=persona,
            habit=habit,
            segment="b2b" if account else "consumer",
            account=account,
        )
        self.cust[key] = c
        return c

    def ref(self) -> str:
        while True:
            ref = f"VL-{self.rng.randint(100000, 999999)}"
            if ref not in ALL_REFS:
                ALL_REFS.add(ref)
                return ref

    # ----- time -------------------------------------------------------------------
    def at(self, day: int, h0: float, h1: float) -> datetime:
        seconds = self.rng.randint(int(h0 * 3600), int(h1 * 3600))
        return self.start + timedelta(days=day, seconds=seconds)

    def later(self, t: datetime, m0: float, m1: float) -> datetime:
        return t + timedelta(seconds=self.rng.randint(int(m0 * 60), int(m1 * 60)))

    def morning(self, t: datetime, hour: float = 7.5) -> datetime:
        """Moves a time between 22:00 and 07:00 UTC to the next morning."""
        if t.hour >= 22:
            base = (t + timedelta(days=1)).replace(hour=0, minute=0, second=0)
        elif t.hour < 7:
            base = t.replace(hour=0, minute=0, second=0)
        else:
            return t
        return base + timedelta(seconds=self.rng.randint(int(hour * 3600), int((hour + 1) * 3600)))

    def office(self, t: datetime) -> datetime:
        """Moves a time into office hours (weekdays 08-17 UTC)."""
        while t.weekday() >= 5 or not 8 <= t.hour < 17:
            if t.hour < 8 and t.weekday() < 5:
                t = t.replace(hour=8, minute=0, second=0) + timedelta(
                    seconds=self.rng.randint(0, 3600)
                )
            else:
                t = (t + timedelta(days=1)).replace(hour=8, minute=0, second=0) + timedelta(
                    seconds=self.rng.randint(0, 3600)
                )
        return t

    def night(self, day: int) -> datetime:
        return self.start + timedelta(
            days=day, hours=22, minutes=12, seconds=self.rng.randint(0, 378 * 60)
        )

    # ----- touchpoints ------------------------------------------------------------
    def roughen(self, text: str, lang: str) -> str:
        rng = self.rng
        if rng.random() < 0.1:
            for k, v in UMLAUTS.items():
                text = text.replace(k, v)
            text = text.translate(ACCENTS)
        if rng.random() < 0.12 and text[:1].isupper() and not text[1:2].isupper():
            text = text[:1].lower() + text[1:]
        if rng.random() < 0.15:
            words = text.split(" ")
            spots = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha() and w.islower()]
            if spots:
                i = rng.choice(spots)
                w = words[i]
                j = rng.randint(1, len(w) - 3)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

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
        lang: str | None = None,
    ) -> str:
        self.counter += 1
        eid = f"vo40-{self.code.lower()}-{self.counter:05d}"
        if text is not None:
            if not out and kind != "call" and channel != "survey":
                text = self.roughen(text, lang or c.lang)
            if c.segment == "consumer" and channel == "social" and not out:
                if "@Volantia" not in text:
                    text = "@Volantia " + text
            elif channel not in ("social", "community"):
                text = text.replace("@Volantia ", "").replace("@Volantia", "Volantia")
        self.events.append(
            {
                "_c": c.key,
                "_t": t,
                "_n": self.counter,
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

    def agent(self, lang: str) -> str:
        name: str = self.rng.choice(W.AGENTS[lang])
        return name

    def mail_out(
        self,
        c: Cust,
        t: datetime,
        lang: str,
        body: str,
        subject: str,
        agent: str | None = None,
        sign: bool = True,
    ) -> str:
        agent = agent or self.agent(lang)
        text = body + "\n\n" + W.SIGN[lang].format(agent=agent) if sign else body
        return self.ev(c, t, "email", "message", text, subject, out=True, attrs={"agent": agent})

    def chat_out(self, c: Cust, t: datetime, text: str, agent: str) -> str:
        return self.ev(c, t, "chat", "chat", text, out=True, attrs={"agent": agent})

    def survey(self, c: Cust, t: datetime, kind: str, value: int, text: str | None) -> str:
        return self.ev(
            c, t, "survey", "survey_response", text, scores={kind: value}, attrs={"survey": kind}
        )

    # ----- happy acts --------------------------------------------------------------
    def act(self, c: Cust, t: datetime, kind: str, lang: str | None = None) -> list[str]:
        rng = self.rng
        lang = lang or c.lang
        ids: list[str] = []
        if kind in ("praise", "again"):
            text = rng.choice((W.PRAISE if kind == "praise" else W.AGAIN)[lang])
            if c.segment == "b2b":
                ids.append(
                    self.ev(c, t, "community", "post", rng.choice(WB.PRAISE[lang]), lang=lang)
                )
            elif rng.random() < 0.55:
                ids.append(
                    self.ev(c, t, "social", rng.choice(("mention", "post")), text, lang=lang)
                )
            else:
                ids.append(self.ev(c, t, "community", "post", text, lang=lang))
        elif kind == "gripe":
            text = rng.choice(W.GRIPE[lang])
            if rng.random() < 0.5:
                ids.append(
                    self.ev(
                        c,
                        t,
                        "web",
                        "review",
                        text,
                        attrs={"rating": "4", "page": "/reviews"},
                        lang=lang,
                    )
                )
            else:
                ids.append(self.ev(c, t, "community", "post", text, lang=lang))
        elif kind == "chat_q":
            q, a = rng.choice(WB.ROUTINE_Q[lang] if c.segment == "b2b" else W.QUESTIONS[lang])
            agent = self.agent(lang)
            ids.append(self.ev(c, t, "chat", "chat", q, lang=lang))
            t2 = self.later(t, 1, 6)
            ids.append(self.chat_out(c, t2, a, agent))
            if rng.random() < 0.7:
                ids.append(
                    self.ev(
                        c,
                        self.later(t2, 1, 5),
                        "chat",
                        "chat",
                        rng.choice(W.THANKS[lang]).format(agent=agent),
                        lang=lang,
                    )
                )
        elif kind == "mail_q":
            q, a = rng.choice(W.QUESTIONS[lang])
            subject = rng.choice(W.Q_SUBJECT[lang])
            ids.append(self.ev(c, t, "email", "message", f"{q}\n{c.first}", subject, lang=lang))
            agent = self.agent(lang)
            t2 = self.morning(self.later(t, 20, 150))
            body = W.HELLO[lang].format(name=c.first) + "\n\n" + a
            ids.append(self.mail_out(c, t2, lang, body, f"Re: {subject}", agent))
            if rng.random() < 0.45:
                t3 = self.morning(self.later(t2, 30, 200))
                ids.append(
                    self.ev(
                        c,
                        t3,
                        "email",
                        "message",
                        W.MAIL_THANKS[lang].format(agent=agent, name=c.first),
                        f"Re: {subject}",
                        lang=lang,
                    )
                )
        elif kind == "phone_q":
            q, a = rng.choice(W.PHONE_Q[lang])
            ids.append(self.ev(c, t, "phone", "call", q, lang=lang))
            body = W.HELLO[lang].format(name=c.first) + "\n\n" + W.AFTER_CALL[lang].format(answer=a)
            ids.append(
                self.mail_out(
                    c, self.morning(self.later(t, 10, 40)), lang, body, W.AFTER_CALL_SUBJECT[lang]
                )
            )
        elif kind == "buy":
            label, price, page = rng.choice(WB.PRODUCTS if c.segment == "b2b" else W.PRODUCTS)
            ids.append(self.ev(c, t, "web", "page_view", attrs={"page": page}))
            cur = currency(c.market)
            value = price * RATES[cur]
            attrs = {"order_value": f"{value:.2f}", "currency": cur, "product": label, "page": page}
            ids.append(self.ev(c, self.later(t, 2, 15), "web", "purchase", attrs=attrs))
        elif kind == "view":
            page = rng.choice(WB.PAGES if c.segment == "b2b" else W.PAGES)
            ids.append(self.ev(c, t, "web", "page_view", attrs={"page": page}))
        elif kind == "review":
            rating, text = rng.choice(W.REVIEWS[lang])
            ids.append(
                self.ev(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str(rating), "page": "/reviews"},
                    lang=lang,
                )
            )
        elif kind == "survey":
            which = rng.choice(("nps", "csat", "ces"))
            value = {
                "nps": rng.randint(9, 10),
                "csat": rng.randint(4, 5),
                "ces": rng.randint(6, 7),
            }[which]
            word = rng.choice(W.SURVEY_WORDS[lang]) if rng.random() < 0.6 else None
            ids.append(self.survey(c, t, which, value, word))
        elif kind == "night_post":
            ids.append(
                self.ev(
                    c,
                    t,
                    rng.choice(("social", "community")),
                    "post",
                    rng.choice(W.NIGHT_POSTS[lang]),
                    lang=lang,
                )
            )
        elif kind == "night_q":
            q, a = rng.choice(W.NIGHT_Q[lang])
            agent = self.agent(lang)
            ids.append(self.ev(c, t, "chat", "chat", q, lang=lang))
            t2 = self.later(t, 1, 5)
            ids.append(self.chat_out(c, t2, a, agent))
            ids.append(
                self.ev(
                    c,
                    self.later(t2, 1, 4),
                    "chat",
                    "chat",
                    rng.choice(W.THANKS[lang]).format(agent=agent),
                    lang=lang,
                )
            )
        else:
            raise ValueError(kind)
        return ids

    def acts(
        self, c: Cust, n: int, days: list[int], h0: float, h1: float, kinds: tuple[str, ...]
    ) -> None:
        for _ in range(n):
            self.act(c, self.at(self.rng.choice(days), h0, h1), self.rng.choice(kinds))

    # ----- problems ---------------------------------------------------------------
    def phrase(self, c: Cust, problem: str, lang: str) -> tuple[str, str, str]:
        """(subject topic, phrase, spoken phrase) of a consumer problem."""
        topic, tpl = W.PROBLEMS[problem][lang]
        a1, a2, _ = W.PROBLEM_AMOUNTS[problem]
        p = tpl.format(a1=money(a1, c.market, lang), a2=money(a2, c.market, lang))
        sp = spoken(
            tpl.format(a1=spoken_money(a1, c.market, lang), a2=spoken_money(a2, c.market, lang))
        )
        return topic, p, sp

    def fix(self, c: Cust, problem: str, lang: str) -> str:
        text: str = W.FIXES[problem][lang].format(
            a3=money(W.PROBLEM_AMOUNTS[problem][2], c.market, lang)
        )
        return text

    def complain(
        self, c: Cust, t: datetime, problem: str, channel: str, lang: str, n: int = 1, ref: str = ""
    ) -> str:
        """One contact about an open problem: the first (n=1) or a later one naming the case."""
        rng = self.rng
        topic, p, sp = self.phrase(c, problem, lang)
        comp = rng.choice(COMPETITORS)
        if n == 1:
            if channel == "email":
                text = rng.choice(W.SHORT_MAIL[lang]).format(p=p, P=cap(p), name=c.first)
                return self.ev(
                    c,
                    t,
                    "email",
                    "message",
                    text,
                    W.COMPLAINT_SUBJECT[lang].format(topic=topic),
                    lang=lang,
                )
            if channel == "long":
                text = rng.choice(W.LONG_MAIL[lang]).format(p=p, name=c.name)
                return self.ev(
                    c,
                    t,
                    "email",
                    "message",
                    text,
                    W.COMPLAINT_SUBJECT[lang].format(topic=topic),
                    lang=lang,
                )
            if channel == "chat":
                return self.ev(
                    c,
                    t,
                    "chat",
                    "chat",
                    rng.choice(W.CHAT_BAD[lang]).format(p=p, P=cap(p)),
                    lang=lang,
                )
            if channel == "social":
                return self.ev(
                    c,
                    t,
                    "social",
                    "mention",
                    rng.choice(W.SOCIAL_BAD[lang]).format(p=p, P=cap(p)),
                    lang=lang,
                )
            if channel == "form":
                return self.ev(
                    c,
                    t,
                    "web",
                    "ticket",
                    W.FORM_BAD[lang].format(P=cap(p)),
                    topic,
                    attrs={"page": "/help/contact"},
                    lang=lang,
                )
            if channel == "phone":
                return self.ev(
                    c, t, "phone", "call", rng.choice(W.PHONE_BAD[lang]).format(sp=sp), lang=lang
                )
            raise ValueError(channel)
        k = min(n, 4)
        if channel == "phone":
            text = W.FOLLOW_PHONE[lang][k].format(sref=spoken_ref(ref, lang), sp=sp, comp=comp)
            return self.ev(c, t, "phone", "call", text, lang=lang)
        text = W.FOLLOW[lang][k].format(ref=ref, p=p, P=cap(p), comp=comp)
        if channel == "email":
            subject = rng.choice(W.REPLY_PREFIX[lang]) + " " + W.CASE_SUBJECT[lang].format(ref=ref)
            return self.ev(c, t, "email", "message", text + "\n" + c.first, subject, lang=lang)
        if channel == "chat":
            return self.ev(c, t, "chat", "chat", text, lang=lang)
        if channel == "social":
            return self.ev(c, t, "social", "mention", "@Volantia " + text, lang=lang)
        if channel == "form":
            return self.ev(
                c,
                t,
                "web",
                "ticket",
                text,
                W.CASE_SUBJECT[lang].format(ref=ref),
                attrs={"page": "/help/contact"},
                lang=lang,
            )
        raise ValueError(channel)

    def open_case(
        self, c: Cust, t: datetime, channel: str, lang: str, ref: str, passed_on: bool = False
    ) -> tuple[str, datetime]:
        """The agent's first answer to a complaint: chat answer, "case opened" or "passed on" e-mail."""
        if passed_on:
            t2 = self.morning(self.later(t, 90, 150))
            body = W.PASSED_ON[lang].format(name=c.first, ref=ref)
            return self.mail_out(c, t2, lang, body, W.CASE_SUBJECT[lang].format(ref=ref)), t2
        if channel == "chat":
            t2 = self.later(t, 1, 4)
            return self.chat_out(
                c, t2, W.CHAT_CASE[lang].format(name=c.first, ref=ref), self.agent(lang)
            ), t2
        t2 = self.morning(self.later(t, 10, 40))
        body = W.CASE_OPENED[lang].format(name=c.first, ref=ref)
        return self.mail_out(c, t2, lang, body, W.CASE_SUBJECT[lang].format(ref=ref)), t2

    def good_news(self, c: Cust, t: datetime, problem: str, lang: str, ref: str) -> tuple[str, str]:
        agent = self.agent(lang)
        body = W.GOOD_NEWS[lang].format(name=c.first, ref=ref, fix=self.fix(c, problem, lang))
        subject = W.CASE_SUBJECT[lang].format(ref=ref)
        return self.mail_out(c, t, lang, body, subject, agent), agent

    def fixed_case(
        self, c: Cust, t: datetime, problem: str, lang: str, lang2: str
    ) -> dict[str, Any]:
        """A problem raised, fixed by an agent and confirmed fixed by the customer."""
        rng = self.rng
        channel = rng.choice(("email", "chat", "form", "phone"))
        ref = self.ref()
        first = self.complain(c, t, problem, channel, lang)
        _, t2 = self.open_case(c, t, channel, lang, ref)
        t3 = self.morning(self.later(t2, 180, 1200))
        _, agent = self.good_news(c, t3, problem, lang2, ref)
        t4 = self.morning(self.later(t3, 480, 1800))
        confirm_channel = rng.choice(("email", "chat"))
        text = rng.choice(W.CONFIRM[lang2]).format(ref=ref, agent=agent)
        if confirm_channel == "email":
            subject = (
                rng.choice(W.REPLY_PREFIX[lang2]) + " " + W.CASE_SUBJECT[lang2].format(ref=ref)
            )
            confirm = self.ev(c, t4, "email", "message", text + "\n" + c.first, subject, lang=lang2)
        else:
            confirm = self.ev(c, t4, "chat", "chat", text, lang=lang2)
        return {
            "problem": problem,
            "booking": ref,
            "raised_at": iso(t),
            "fixed_at": iso(t3),
            "confirmed_at": iso(t4),
            "problem_event_ids": [first],
            "confirm_event_id": confirm,
            "channel": channel,
            "confirm_channel": confirm_channel,
        }

    def repeats(
        self, c: Cust, t: datetime, problem: str, count: int, langs: list[str], passed_on: bool
    ) -> None:
        """One open problem raised ``count`` times, each on another channel."""
        rng = self.rng
        first_channel = rng.choice(("email", "chat", "phone", "form"))
        others = [ch for ch in ("email", "chat", "phone", "social", "form") if ch != first_channel]
        rng.shuffle(others)
        channels = [first_channel, *others[: count - 1]]
        ref = self.ref()
        ids: list[str] = []
        for n, channel in enumerate(channels, start=1):
            lang = langs[(n - 1) % len(langs)]
            if n > 1:
                t = self.morning(self.later(t, 240, 2400), 8.0)
            ids.append(self.complain(c, t, problem, channel, lang, n, ref))
            if n == 1:
                self.open_case(c, t, channel, lang, ref, passed_on)
                c.info["trouble_starts_at"] = iso(t)
        c.info.update(
            {
                "problem": problem,
                "booking": ref,
                "contacts": count,
                "channels": channels,
                "agent_passed_on": passed_on,
                "problem_event_ids": ids,
            }
        )

    # ----- output -----------------------------------------------------------------
    def identifiers(self, c: Cust) -> dict[str, str | None]:
        return {
            "customer_id": c.key,
            "email": c.email,
            "phone": c.phone,
            "handle": c.handle,
            "account_id": c.account,
        }

    def ref_for(self, c: Cust, e: dict[str, Any], full: bool) -> dict[str, str | None]:
        rng = self.rng
        ids: dict[str, str | None] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": c.account,
        }
        if full:
            ids.update(self.identifiers(c))
            return ids
        channel = e["channel"]
        if channel == "phone":
            cc = PHONES[c.market][0]
            ids["phone"] = f"+{cc} {c.phone[len(cc) + 1 :]}" if rng.random() < 0.5 else c.phone
        elif channel in ("social", "community"):
            if c.handle:
                ids["handle"] = c.handle if rng.random() < 0.8 else c.handle.lstrip("@")
            else:
                ids["email"] = c.email
        elif channel == "email":
            ids["email"] = c.email.upper() if rng.random() < 1 / 12 else c.email
        else:
            ids["customer_id"] = c.key
        return ids

    def write(self, planted: dict[str, int]) -> None:
        counts: dict[str, int] = {}
        for c in self.cust.values():
            for rule in c.expected:
                counts[rule] = counts.get(rule, 0) + 1
            if set(c.expected) & set(c.tolerated):
                raise SystemExit(f"{self.name}: {c.key} expects and tolerates one rule")
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                counts[rule] = counts.get(rule, 0) + 1
        if self.spike:
            counts["topic_spike"] = 1
        if counts != planted:
            raise SystemExit(f"{self.name}: expected {counts}, planted {planted}")
        self.events.sort(key=lambda e: (e["_t"], e["_n"]))
        seen: set[str] = set()
        lines = []
        for e in self.events:
            t: datetime = e["_t"]
            if t < self.start or t >= LIMIT or t.year != 2026:
                raise SystemExit(f"{self.name}: {e['event_id']} at {t}")
            c = self.cust[e["_c"]]
            full = e["direction"] == "outbound" or c.key not in seen
            if e["direction"] == "inbound":
                seen.add(c.key)
            attrs = {"market": c.market}
            if c.segment == "b2b":
                attrs["segment"] = "b2b"
            attrs.update(e["attrs"])
            scores = {"nps": None, "csat": None, "ces": None} | e["scores"]
            row = {
                "event_id": e["event_id"],
                "occurred_at": iso(t),
                "channel": e["channel"],
                "kind": e["kind"],
                "direction": e["direction"],
                "customer": self.ref_for(c, e, full),
                "text": e["text"],
                "subject": e["subject"],
                "scores": scores,
                "source": SOURCES[e["channel"]],
                "attributes": attrs,
            }
            lines.append(json.dumps(row, ensure_ascii=False))
        missing = [k for k in self.cust if k not in seen]
        if missing:
            raise SystemExit(f"{self.name}: no inbound touchpoint for {missing}")
        end = max(
            self.start + timedelta(days=self.days), self.events[-1]["_t"] + timedelta(hours=1)
        )
        if end >= LIMIT:
            raise SystemExit(f"{self.name}: end {end}")
        customers = {}
        for c in self.cust.values():
            ident = self.identifiers(c)
            ident["email"] = c.email.lower()
            customers[c.key] = {
                "identifiers": ident,
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
            } | c.info
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": BUSINESS,
                "days": self.days,
                "seed": self.seed,
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
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
        text = json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        (HERE / f"{self.name}.truth.json").write_text(text, "utf-8")


def d(y: int, m: int, day: int) -> datetime:
    return datetime(y, m, day, tzinfo=UTC)


REPEAT_TOLERATED = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
SLIDER_TOLERATED = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
LEAVER_TOLERATED = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
COMPLAINER_TOLERATED = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]


def happy_writers() -> None:
    f = Fam(
        1,
        "happy_writers",
        "HW",
        d(2026, 3, 9),
        10,
        "happy customers: day writers, night writers, survey answerers",
    )
    rng = f.rng
    for _ in range(18):
        c = f.person("happy", "day writer")
        f.acts(c, rng.randint(5, 8), list(range(10)), 7, 20, DAY_KINDS)
    for _ in range(5):
        c = f.person("happy", "night writer")
        for night in rng.sample(range(9), rng.randint(2, 4)):
            f.act(c, f.night(night), rng.choice(("night_post", "night_q")))
        f.acts(c, rng.randint(2, 3), list(range(10)), 9, 18, ("praise", "buy", "view", "review"))
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for day in rng.sample(range(10), rng.randint(3, 6)):
            f.act(c, f.at(day, 8, 20), "survey")
    f.write({})


def one_bad_day() -> None:
    f = Fam(
        2,
        "one_bad_day",
        "BD",
        d(2026, 4, 20),
        12,
        "happy customers with one bad day, some giving a low score",
    )
    rng = f.rng
    problems = list(PROBLEM_KEYS) * 4
    rng.shuffle(problems)
    channels = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["form"] * 4 + ["phone"] * 4
    )
    order = list(range(24))
    rng.shuffle(order)
    csat_idx = set(order[:5])
    nps_idx = set(order[5:11])
    with_ref = [i for i in order if channels[i] != "social"]
    fixed_idx = set(with_ref[:12])
    sorry_idx = set(with_ref[:5])
    long_langs = ["it", "it", "de", "de"]
    for i in range(24):
        channel, problem = channels[i], problems[i]
        lang = long_langs[i] if channel == "long" else None
        detractor = i in nps_idx
        c = f.person(
            "bad_day_detractor" if detractor else "happy_one_bad_day", "one bad day", lang=lang
        )
        c.tolerated = ["silence"]
        if detractor:
            c.expected = ["detractor"]
        bd = rng.randint(2, 9)
        t = f.at(bd, 8, 20)
        days = [x for x in range(12) if x <= bd - 2 or x >= bd + 3]
        f.acts(c, rng.randint(1, 5), days, 7, 20, CALM_KINDS)
        eid = f.complain(c, t, problem, channel, c.lang)
        ref = None
        if channel != "social":
            ref = f.ref()
            f.open_case(c, t, channel, c.lang, ref)
        c.info.update(
            {
                "problem": problem,
                "channel": "email" if channel == "long" else channel,
                "long_email": channel == "long",
                "booking": ref,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(t),
            }
        )
        c.info.update(
            {
                "nps_given": detractor,
                "csat_given": i in csat_idx,
                "agent_fixed": i in fixed_idx,
                "apologised": i in sorry_idx,
            }
        )
        if i in csat_idx:
            score = rng.randint(1, 2)
            sid = f.survey(
                c,
                f.later(t, 40, 80),
                "csat",
                score,
                rng.choice(W.LOW_WORDS[c.lang]) if rng.random() < 0.5 else None,
            )
            c.info.update({"csat": score, "survey_event_id": sid})
        if detractor:
            score = rng.randint(1, 5)
            sid = f.survey(
                c,
                f.later(t, 100, 140),
                "nps",
                score,
                rng.choice(W.LOW_WORDS[c.lang]) if rng.random() < 0.5 else None,
            )
            c.info.update({"nps": score, "survey_event_id": sid})
        if i in fixed_idx and ref:
            f.good_news(c, f.morning(f.later(t, 60, 240)), problem, c.lang, ref)
        if i in sorry_idx:
            ts = f.morning(f.later(t, 16 * 60, 24 * 60))
            text = rng.choice(W.APOLOGY[c.lang])
            if rng.random() < 0.5:
                aid = f.ev(c, ts, "chat", "chat", text)
            else:
                subject = (
                    rng.choice(W.REPLY_PREFIX[c.lang])
                    + " "
                    + W.CASE_SUBJECT[c.lang].format(ref=ref)
                )
                aid = f.ev(c, ts, "email", "message", text + "\n" + c.first, subject)
            c.info.update({"apology_at": iso(ts), "apology_event_id": aid})
    for _ in range(8):
        c = f.person("happy", "control")
        f.acts(c, rng.randint(4, 7), list(range(12)), 7, 20, DAY_KINDS)
    f.write({"detractor": 6})


def repeat_contacts() -> None:
    f = Fam(
        3,
        "repeat_contacts",
        "RC",
        d(2026, 6, 1),
        10,
        "one open problem raised again and again, fixed cases, two problems, frequent writers",
    )
    rng = f.rng
    counts = [2] * 4 + [3] * 4 + [4] * 4
    passed = [True] * 6 + [False] * 6
    rng.shuffle(passed)
    for i in range(12):
        c = f.person("repeat_contact", "repeats")
        c.expected = ["repeat_contact"]
        c.tolerated = list(REPEAT_TOLERATED)
        f.acts(c, rng.randint(1, 3), [0], 7, 12, ("praise", "chat_q", "view", "buy"))
        t = f.at(rng.randint(1, 4), 8, 19)
        f.repeats(c, t, rng.choice(PROBLEM_KEYS), counts[i], [c.lang], passed[i])
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed")
        c.tolerated = ["silence"]
        f.acts(c, rng.randint(1, 3), [0, 1, 8, 9], 8, 19, CALM_KINDS)
        t = f.at(rng.randint(2, 5), 8, 19)
        case = f.fixed_case(c, t, rng.choice(PROBLEM_KEYS), c.lang, c.lang)
        c.info.update({"problems": [case], "trouble_starts_at": case["raised_at"]})
    for _ in range(3):
        c = f.person("different_problems", "two problems")
        c.tolerated = ["silence"]
        p1, p2 = rng.sample(PROBLEM_KEYS, 2)
        t1 = f.at(rng.randint(0, 1), 8, 18)
        case1 = f.fixed_case(c, t1, p1, c.lang, c.lang)
        t2 = f.at(int((t1 - f.start).days) + rng.randint(4, 5), 8, 18)
        case2 = f.fixed_case(c, t2, p2, c.lang, c.lang)
        c.info.update({"problems": [case1, case2], "trouble_starts_at": case1["raised_at"]})
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        f.acts(c, rng.randint(5, 8), list(range(10)), 7, 20, FREQ_KINDS)
    f.write({"repeat_contact": 12})


def slide(f: Fam, c: Cust, s0: int, span: int, langs: list[str]) -> None:
    rng = f.rng
    comp = rng.choice(COMPETITORS)
    ids: list[str] = []
    t_prev: datetime | None = None
    step4: datetime | None = None
    for k in range(6):
        lang = langs[k % len(langs)]
        a1, a2, a3 = (money(x, c.market, lang) for x in W.SLIDE_AMOUNTS)
        day = s0 + round(span * k / 5)
        t = f.morning(f.at(day, 8, 20))
        if t_prev is not None and t < t_prev + timedelta(hours=1):
            t = f.morning(f.later(t_prev, 60, 180))
        text = W.SLIDE[lang][k].format(a1=a1, a2=a2, a3=a3, comp=comp)
        channel = rng.choice(("social", "community", "review"))
        if channel == "review":
            ids.append(
                f.ev(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str((3, 3, 2, 2, 1, 1)[k]), "page": "/reviews"},
                    lang=lang,
                )
            )
        else:
            ids.append(
                f.ev(
                    c,
                    t,
                    channel,
                    "post" if channel == "community" else rng.choice(("post", "mention")),
                    text,
                    lang=lang,
                )
            )
        t_prev = t
        if k == 3:
            step4 = t
        if k == 0:
            c.info["trouble_starts_at"] = iso(t)
    c.info.update({"slide_event_ids": ids, "slide_days": span, "competitor": comp})
    if step4 is not None and "detractor" in c.expected:
        score = rng.randint(1, 5)
        sid = f.survey(
            c,
            f.morning(f.later(step4, 150, 210)),
            "nps",
            score,
            rng.choice(W.LOW_WORDS[c.lang]) if rng.random() < 0.4 else None,
        )
        c.info.update({"nps_given": True, "nps": score, "survey_event_id": sid})


def slow_churners() -> None:
    f = Fam(
        4,
        "slow_churners",
        "SC",
        d(2026, 7, 6),
        32,
        "slow slides from a happy baseline, leavers, steady, steadily grumpy, sarcastic",
    )
    rng = f.rng
    spans = [3, 5, 7, 9, 3, 5, 7, 9, 5, 7]
    nps = [True] * 5 + [False] * 5
    rng.shuffle(nps)
    for i in range(10):
        c = f.person("slow_churner", "slides")
        c.expected = ["sentiment_drop"] + (["detractor"] if nps[i] else [])
        c.tolerated = list(SLIDER_TOLERATED)
        for _ in range(rng.randint(4, 5)):
            f.act(c, f.at(rng.randint(0, 10), 7, 20), rng.choice(("praise", "praise", "again")))
        f.acts(
            c,
            rng.randint(2, 4),
            list(range(11)),
            7,
            20,
            ("chat_q", "buy", "view", "mail_q", "phone_q"),
        )
        slide(f, c, rng.randint(12, 16), spans[i], [c.lang])
    for _ in range(5):
        c = f.person("slow_churner", "asks to cancel")
        c.expected = ["churn_intent"]
        c.tolerated = list(LEAVER_TOLERATED)
        f.acts(c, rng.randint(4, 6), list(range(17)), 7, 20, CALM_KINDS)
        t = f.at(rng.randint(17, 23), 7, 20)
        subject, body = rng.choice(W.LEAVE[c.lang])
        ask = f.ev(c, t, "email", "message", body.format(name=c.first), subject)
        t2 = f.morning(f.later(t, 60, 300))
        f.mail_out(c, t2, c.lang, W.LEAVE_REPLY[c.lang].format(name=c.first), f"Re: {subject}")
        t3 = f.later(t, 20 * 60, 30 * 60)
        reason = rng.choice(W.LEAVE_REASON[c.lang])
        cancel = f.ev(
            c, t3, "web", "cancellation", reason or None, attrs={"page": "/account/plan/cancel"}
        )
        c.info.update(
            {
                "churn_intent_event_id": ask,
                "cancellation_event_id": cancel,
                "churn_at": iso(t3),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        f.acts(c, rng.randint(6, 10), list(range(32)), 7, 20, DAY_KINDS)
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles")
        c.tolerated = ["repeat_contact", "silence"]
        day = rng.randint(0, 4)
        grumbles = list(W.GRUMBLES[c.lang])
        rng.shuffle(grumbles)
        ids: list[str] = []
        for k in range(rng.randint(5, 7)):
            t = f.at(day, 8, 21)
            text = grumbles[k % len(grumbles)]
            channel = rng.choice(("social", "community", "form", "review"))
            if channel == "review":
                ids.append(
                    f.ev(c, t, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            elif channel == "form":
                ids.append(f.ev(c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
            else:
                ids.append(f.ev(c, t, channel, "post", text))
            if k == 0:
                c.info["trouble_starts_at"] = iso(t)
            day += rng.randint(1, 3)
        f.acts(c, rng.randint(0, 2), list(range(30)), 9, 19, ("buy",))
        c.info["grumble_event_ids"] = ids
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy")
        c.tolerated = ["silence"]
        f.acts(c, rng.randint(3, 6), list(range(31)), 7, 20, CALM_KINDS)
        t = f.at(rng.randint(17, 28), 8, 20)
        sid = f.ev(c, t, "social", rng.choice(("post", "mention")), rng.choice(W.SARCASM[c.lang]))
        c.info["sarcasm_event_id"] = sid
    f.write({"sentiment_drop": 10, "detractor": 5, "churn_intent": 5})


def quiet_hours() -> None:
    f = Fam(
        5,
        "quiet_hours",
        "QH",
        d(2026, 8, 28),
        3,
        "a calm summer weekend with night-owl bursts and no spike",
    )
    rng = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        f.acts(
            c,
            rng.randint(1, 4),
            [0, 1, 2],
            7,
            17.5,
            ("praise", "chat_q", "buy", "view", "review", "survey", "again"),
        )
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once")
        c.tolerated = ["silence"]
        t = f.at(rng.randint(0, 2), 9, 17)
        f.act(c, t, rng.choice(("view", "buy")))
        q, a = rng.choice(W.MILD[c.lang])
        t2 = f.later(t, 20, 30)
        if i < 2:
            gid = f.ev(c, t2, "chat", "chat", q)
            f.chat_out(c, f.later(t2, 1, 5), a, f.agent(c.lang))
        else:
            gid = f.ev(c, t2, "web", "ticket", q, attrs={"page": "/help/contact"})
            f.mail_out(
                c,
                f.later(t2, 30, 120),
                c.lang,
                W.FORM_ACK[c.lang].format(name=c.first),
                W.FORM_ACK_SUBJECT[c.lang],
            )
        c.info.update({"grumble_event_id": gid, "trouble_starts_at": iso(t2)})
    day_owls = set(rng.sample(range(36), 15))
    n = 0
    for night in range(3):
        b0 = f.start + timedelta(days=night + 1, minutes=40, seconds=rng.randint(0, 25 * 60))
        bursts = [b0, f.later(b0, 28, 33), f.later(b0, 55, 65)]
        for m, b in enumerate(bursts):
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {m + 1}")
                ids = f.act(
                    c,
                    b + timedelta(seconds=rng.randint(0, 600)),
                    rng.choice(("night_post", "night_q")),
                )
                c.info.update({"burst_at": iso(b), "night_event_id": ids[0]})
                if n in day_owls:
                    f.act(
                        c, f.at(rng.randint(0, 2), 9, 17.5), rng.choice(("praise", "buy", "view"))
                    )
                n += 1
    f.write({})


BILINGUAL = (
    ("it", "de", "CH"),
    ("it", "de", "IT"),
    ("it", "de", "CH"),
    ("it", "de", "IT"),
    ("de", "it", "CH"),
    ("de", "it", "IT"),
    ("de", "it", "CH"),
    ("de", "it", "DE"),
    ("it", "en", "UK"),
    ("it", "en", "IE"),
    ("de", "en", "UK"),
    ("de", "en", "DE"),
    ("en", "it", "IT"),
    ("en", "de", "DE"),
    ("it", "fr", "CH"),
    ("fr", "it", "FR"),
    ("de", "fr", "CH"),
    ("fr", "de", "CH"),
    ("it", "es", "ES"),
    ("es", "it", "IT"),
    ("de", "es", "ES"),
    ("pt", "de", "DE"),
    ("de", "pt", "PT"),
    ("it", "pt", "PT"),
    ("es", "de", "DE"),
    ("pt", "it", "IT"),
    ("en", "es", "ES"),
)


def bilingual() -> None:
    f = Fam(6, "bilingual", "BL", d(2026, 9, 21), 14, "customers who write in two languages")
    rng = f.rng
    pairs = list(BILINGUAL)
    rng.shuffle(pairs)
    long_i = next(i for i, p in enumerate(pairs) if p[1] in W.LONG_MAIL)
    pairs.insert(0, pairs.pop(long_i))
    roles = (
        ["bad_long", "bad_email", "bad_chat"]
        + ["happy"] * 12
        + ["repeat"] * 5
        + ["slide"] * 5
        + ["fixed"] * 2
    )
    counts = [2, 2, 3, 3, 4]
    for (a, b, market), role in zip(pairs, roles, strict=True):
        langs = [a, b]
        persona = {
            "happy": "happy",
            "repeat": "repeat_contact",
            "slide": "slow_churner",
            "fixed": "resolved_between_contacts",
        }.get(role, "happy_one_bad_day")
        habit = {
            "happy": "alternates languages",
            "repeat": "repeats",
            "slide": "slides",
            "fixed": "fixed",
        }.get(role, "one bad day")
        c = f.person(persona, habit, lang=a, market=market)
        c.info.update({"languages": langs, "job_second_language": rng.choice(SECOND_LANGUAGE)})
        if role == "happy":
            for k in range(rng.randint(5, 8)):
                f.act(c, f.at(rng.randint(0, 13), 7, 20), rng.choice(DAY_KINDS), langs[k % 2])
        elif role == "repeat":
            c.expected = ["repeat_contact"]
            c.tolerated = list(REPEAT_TOLERATED)
            for k in range(rng.randint(1, 3)):
                f.act(
                    c,
                    f.at(rng.randint(0, 1), 7, 20),
                    rng.choice(("praise", "chat_q", "view")),
                    langs[k % 2],
                )
            count = counts.pop(0)
            f.repeats(
                c,
                f.at(rng.randint(2, 5), 8, 19),
                rng.choice(PROBLEM_KEYS),
                count,
                langs,
                count >= 3,
            )
        elif role == "slide":
            c.expected = ["sentiment_drop"]
            c.tolerated = list(SLIDER_TOLERATED)
            for k in range(5):
                f.act(c, f.at(k + rng.randint(0, 1), 7, 20), "praise", langs[k % 2])
            for k in range(rng.randint(1, 3)):
                f.act(
                    c,
                    f.at(rng.randint(0, 5), 7, 20),
                    rng.choice(("chat_q", "buy", "view")),
                    langs[(k + 1) % 2],
                )
            slide(f, c, rng.randint(7, 8), rng.randint(3, 5), langs)
        elif role == "fixed":
            c.tolerated = ["silence"]
            f.act(c, f.at(rng.randint(0, 2), 7, 20), "praise", a)
            case = f.fixed_case(c, f.at(rng.randint(3, 8), 8, 18), rng.choice(PROBLEM_KEYS), a, b)
            c.info.update(
                {"problems": [case], "trouble_starts_at": case["raised_at"], "confirm_language": b}
            )
        else:
            c.tolerated = ["silence"]
            bd = rng.randint(4, 9)
            for k in range(rng.randint(2, 5)):
                day = rng.choice([x for x in range(14) if x <= bd - 2 or x >= bd + 3])
                f.act(c, f.at(day, 7, 20), rng.choice(CALM_KINDS), langs[k % 2])
            t = f.at(bd, 8, 19)
            channel = {"bad_long": "long", "bad_email": "email", "bad_chat": "chat"}[role]
            problem = rng.choice(PROBLEM_KEYS)
            eid = f.complain(c, t, problem, channel, b)
            ref = f.ref()
            f.open_case(c, t, channel, b, ref)
            c.info.update(
                {
                    "problem": problem,
                    "channel": "email" if channel == "long" else channel,
                    "long_email": channel == "long",
                    "booking": ref,
                    "bad_day_at": iso(t),
                    "bad_day_event_id": eid,
                    "bad_day_language": b,
                    "trouble_starts_at": iso(t),
                }
            )
            c.info.update({"agent_fixed": channel != "chat", "apologised": channel == "email"})
            if channel != "chat":
                f.good_news(c, f.morning(f.later(t, 60, 240)), problem, b, ref)
            if channel == "email":
                ts = f.morning(f.later(t, 18 * 60, 24 * 60))
                aid = f.ev(c, ts, "chat", "chat", rng.choice(W.APOLOGY[b]), lang=b)
                c.info.update({"apology_at": iso(ts), "apology_event_id": aid})
    f.write({"repeat_contact": 5, "sentiment_drop": 5})


ACCOUNTS = (
    ("IT", "it", "at_risk", "logistics", "Trasporti Bellandi", "invoice", 4),
    ("DE", "de", "at_risk", "home_care", "Pflegedienst Sonnenhof", "service_blocked", 3),
    ("IT", "it", "at_risk", "bakery", "Panificio Ferraro", "portal", 3),
    ("DE", "de", "at_risk", "courier", "Blitzkurier Nord GmbH", "overbilled", 4),
    ("CH", "de", "at_risk", "construction", "Baugeschäft Zurbriggen AG", "invoice", 3),
    ("AT", "de", "one_unhappy", "pharma_sales", "Leitner Pharmavertrieb", "portal", 1),
    ("UK", "en", "one_unhappy", "utilities", "Northvale Water Services", "invoice", 1),
    ("IT", "it", "one_unhappy", "supermarket", "Supermercati Conti", "overbilled", 1),
    ("FR", "fr", "one_unhappy", "taxi", "Taxis Bleu Marine", "service_blocked", 1),
    ("ES", "es", "mild", "catering", "Catering Olivar", "", 0),
    ("IT", "it", "mild", "school_buses", "Autolinee Riva", "", 0),
    ("CH", "it", "mild", "hotel", "Hotel Lago Ceresio", "", 0),
    ("PT", "pt", "happy", "car_dealer", "Auto Premium Minho", "", 0),
    ("DE", "de", "happy", "software", "Datenwerk Software GmbH", "", 0),
    ("IT", "it", "happy", "architects", "Studio Architetti Gallo", "", 0),
)
ROLES: dict[str, tuple[str, ...]] = {
    "it": (
        "Responsabile amministrativa",
        "Responsabile flotta",
        "HR manager",
        "Ufficio acquisti",
        "Direttore di sede",
    ),
    "de": (
        "Leiterin Buchhaltung",
        "Fuhrparkleiter",
        "Personalreferentin",
        "Einkauf",
        "Standortleitung",
    ),
    "en": ("Finance Manager", "Fleet Manager", "HR Advisor"),
    "es": ("Administración", "Jefe de flota", "RR. HH."),
    "fr": ("Responsable comptable", "Responsable flotte", "RH"),
    "pt": ("Responsável administrativa", "Gestor de frota", "RH"),
}
WORKDAYS = (0, 1, 2, 3, 4, 7, 8, 9, 10, 11)


def b2b_accounts() -> None:
    f = Fam(
        7,
        "b2b_accounts",
        "BB",
        d(2026, 10, 12),
        14,
        "company accounts: at risk, one unhappy contact, mild remarks, happy",
    )
    rng = f.rng
    for market, lang, kind, site, company, problem, complainers in ACCOUNTS:
        acc = f.unique(lambda m=market: f"VLB-{m}-{rng.randint(1000, 9999)}")
        domain = slug(company.replace(" GmbH", "").replace(" AG", "")) + ".example"
        firsts: set[str] = set()
        if kind == "at_risk":
            n_contacts = complainers + rng.randint(1, 2)
        elif kind == "one_unhappy":
            n_contacts = 3
        else:
            n_contacts = rng.randint(3, 4)
        n_active = complainers if complainers else (2 if kind == "mild" else 0)
        contacts: list[Cust] = []
        for k in range(n_contacts):
            active = k < n_active
            if kind == "at_risk" and active:
                persona, habit = "b2b_unhappy", "complainer"
            elif kind == "one_unhappy" and active:
                persona, habit = "b2b_one_unhappy", "complainer"
            elif kind == "mild" and active:
                persona, habit = "b2b_mild", "suggests"
            else:
                persona, habit = "b2b_happy", "contact"
            c = f.person(
                persona, habit, lang=lang, market=market, domain=domain, account=acc, firsts=firsts
            )
            c.info.update({"company": company, "role": habit, "job_title": rng.choice(ROLES[lang])})
            c.job = c.info["job_title"]
            contacts.append(c)
            if active:
                for _ in range(rng.randint(0, 2)):
                    f.act(
                        c, f.at(rng.randint(0, 1), 8, 16.5), rng.choice(("chat_q", "buy", "view"))
                    )
            else:
                for _ in range(rng.randint(2, 5)):
                    f.act(
                        c,
                        f.at(rng.choice(WORKDAYS), 8, 16.5),
                        rng.choice(("chat_q", "buy", "view", "view", "praise", "survey")),
                    )
        unhappy = [c for c in contacts if c.persona in ("b2b_unhappy", "b2b_one_unhappy")]
        trouble = None
        if kind in ("at_risk", "one_unhappy"):
            t = (
                f.at(2, 8, 12)
                if kind == "at_risk"
                else f.office(f.at(rng.choice((2, 3, 4, 7, 8, 9)), 8, 16))
            )
            trouble = iso(t)
            ref = f.ref()
            topic, p = WB.PROBLEMS[problem][lang]
            first_day = t.date()
            for k, c in enumerate(unhappy):
                sign = {"name": c.name, "role": c.info["job_title"], "company": company}
                if k == 0:
                    text = WB.FIRST[lang].format(P=cap(p), **sign)
                    eid = f.ev(
                        c,
                        t,
                        "email",
                        "message",
                        text,
                        W.COMPLAINT_SUBJECT[lang].format(topic=topic),
                    )
                    ta = f.office(f.later(t, 20, 90))
                    agent = f.agent(lang)
                    body = WB.ACK[lang].format(name=c.first, ref=ref, agent=agent)
                    f.mail_out(
                        c, ta, lang, body, W.CASE_SUBJECT[lang].format(ref=ref), agent, sign=False
                    )
                else:
                    t = f.office(f.later(t, 8 * 60, 28 * 60))
                    words = WB.DAY_WORDS[lang]
                    day = words[1] if t.date() == first_day else words[0]
                    text = WB.LATER[lang].format(
                        ref=ref, first=unhappy[0].first, day=day, p=p, **sign
                    )
                    subject = (
                        rng.choice(W.REPLY_PREFIX[lang]) + " " if rng.random() < 0.5 else ""
                    ) + W.CASE_SUBJECT[lang].format(ref=ref)
                    eid = f.ev(c, t, "email", "message", text, subject)
                ids = [eid]
                c.info.update({"problem": problem, "booking": ref, "trouble_starts_at": iso(t)})
                c.expected = []
                c.tolerated = (
                    list(COMPLAINER_TOLERATED)
                    if kind == "at_risk"
                    else ["sentiment_drop", "high_value_at_risk", "silence"]
                )
                last = kind == "at_risk" and k == len(unhappy) - 1
                if last:
                    t2 = f.office(f.later(t, 18 * 60, 40 * 60))
                    if rng.random() < 0.4:
                        text = WB.LAST[lang].format(
                            ref=ref, p=p, comp=rng.choice(COMPETITORS), **sign
                        )
                        ids.append(
                            f.ev(
                                c,
                                t2,
                                "email",
                                "message",
                                text,
                                rng.choice(W.REPLY_PREFIX[lang])
                                + " "
                                + W.CASE_SUBJECT[lang].format(ref=ref),
                            )
                        )
                    else:
                        text = WB.LAST_PHONE[lang].format(
                            sref=spoken_ref(ref, lang), sp=spoken(p), name=c.first, company=company
                        )
                        ids.append(f.ev(c, t2, "phone", "call", text))
                    c.expected = ["repeat_contact"]
                    c.info["nps_given"] = False
                else:
                    score = rng.randint(1, 5)
                    sid = f.survey(
                        c,
                        f.later(t, 60, 180),
                        "nps",
                        score,
                        rng.choice(W.LOW_WORDS[lang]) if rng.random() < 0.4 else None,
                    )
                    c.expected = ["detractor"]
                    c.info.update({"nps_given": True, "nps": score, "survey_event_id": sid})
                c.tolerated = [r for r in c.tolerated if r not in c.expected]
                c.info["complaint_event_ids"] = ids
        if kind == "mild":
            for c in contacts[:2]:
                t = f.office(f.at(rng.choice((2, 3, 4, 7, 8, 9)), 8, 16.5))
                mid = f.ev(
                    c,
                    t,
                    "web",
                    "ticket",
                    rng.choice(WB.SUGGEST[lang]),
                    attrs={"page": "/business/portal/feedback"},
                )
                f.mail_out(
                    c,
                    f.office(f.later(t, 30, 180)),
                    lang,
                    WB.SUGGEST_ACK[lang].format(name=c.first),
                    W.FORM_ACK_SUBJECT[lang],
                )
                c.tolerated = ["silence"]
                c.info.update({"mild_event_id": mid, "trouble_starts_at": iso(t)})
        at_risk = kind == "at_risk"
        f.accounts[acc] = {
            "company": company,
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
            "trouble_starts_at": trouble if at_risk else None,
            "language": lang,
            "country": market,
        }
    f.write({"account_risk": 5, "detractor": 16, "repeat_contact": 5})


def topic_spike() -> None:
    f = Fam(
        8,
        "topic_spike",
        "TS",
        d(2026, 11, 4),
        7,
        "a calm week, then many customers report one app error within the hour",
    )
    rng = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        f.acts(c, rng.randint(1, 4), list(range(6)), 7, 20, CALM_KINDS)
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once")
        c.tolerated = ["silence"]
        q, a = rng.choice(W.MILD[c.lang])
        t = f.at(2, 9, 17)
        gid = f.ev(c, t, "chat", "chat", q)
        f.chat_out(c, f.later(t, 1, 5), a, f.agent(c.lang))
        c.info.update({"grumble_event_id": gid, "trouble_starts_at": iso(t)})
    for lang, when in (("it", (5, 8, 47)), ("de", (5, 16, 20))):
        c = f.person("grumbles_once", "lone question", lang=lang)
        c.tolerated = ["silence"]
        q, a = W.LONE_Q[lang]
        t = f.start + timedelta(days=when[0], hours=when[1], minutes=when[2])
        lid = f.ev(c, t, "chat", "chat", q)
        f.chat_out(c, f.later(t, 2, 5), a, f.agent(lang))
        c.info.update({"lone_report_event_id": lid, "trouble_starts_at": iso(t)})
    langs = ["it"] * 6 + ["de"] * 6 + ["en", "en", "es", "es", "fr", "fr", "pt", "pt"]
    channels = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["form"] * 2
    regular = [True] * 12 + [False] * 8
    rng.shuffle(langs)
    rng.shuffle(channels)
    rng.shuffle(regular)
    s0 = f.start + timedelta(days=6, hours=6, minutes=50)
    offsets = sorted([0, 45 * 60] + [rng.randint(60, 45 * 60 - 60) for _ in range(18)])
    reporters: list[tuple[Cust, datetime, str, str]] = []
    for i in range(20):
        lang, channel = langs[i], channels[i]
        c = f.person("spike_reporter", "regular" if regular[i] else "new", lang=lang)
        c.tolerated = ["silence"]
        if regular[i]:
            f.acts(c, rng.randint(1, 3), [4], 8, 18, CALM_KINDS)
        t = s0 + timedelta(seconds=offsets[i])
        text = rng.choice(W.SPIKE[lang]).format(code=CODE)
        if channel == "email":
            eid = f.ev(
                c,
                t,
                "email",
                "message",
                text + "\n" + c.first,
                W.SPIKE_SUBJECT[lang].format(code=CODE),
            )
        elif channel == "form":
            eid = f.ev(
                c,
                t,
                "web",
                "ticket",
                text,
                W.SPIKE_SUBJECT[lang].format(code=CODE),
                attrs={"page": "/help/contact"},
            )
        elif channel == "chat":
            eid = f.ev(c, t, "chat", "chat", text)
        else:
            eid = f.ev(c, t, channel, "post" if channel == "community" else "mention", text)
        c.info.update(
            {
                "in_spike": True,
                "regular": regular[i],
                "spike_event_id": eid,
                "spike_channel": channel,
                "trouble_starts_at": iso(t),
            }
        )
        reporters.append((c, t, channel, eid))
    early = [r for r in reporters if r[1] <= s0 + timedelta(minutes=25)]
    repeaters = rng.sample(early, 6)
    repeat_ids: list[str] = []
    for c, t, channel, _ in repeaters:
        c.persona = "spike_repeater"
        c.expected = ["repeat_contact"]
        c.tolerated = ["sentiment_drop", "silence"]
        again = rng.choice([ch for ch in ("chat", "social", "community", "email") if ch != channel])
        t2 = f.later(t, 15, 50)
        text = rng.choice(W.SPIKE_AGAIN[c.lang]).format(code=CODE)
        if again == "email":
            rid = f.ev(
                c,
                t2,
                "email",
                "message",
                text + "\n" + c.first,
                "Re: " + W.SPIKE_SUBJECT[c.lang].format(code=CODE),
            )
        elif again == "chat":
            rid = f.ev(c, t2, "chat", "chat", text)
        else:
            rid = f.ev(c, t2, again, "post" if again == "community" else "mention", text)
        c.info["repeat_event_id"] = rid
        repeat_ids.append(rid)
    rest = [r for r in reporters if r not in repeaters]
    for c, _, _, _ in rng.sample(rest, 6):
        local = "08:20" if c.market in ("UK", "IE", "PT") else "09:20"
        body = W.SPIKE_FIXED[c.lang].format(
            name=c.first, code=CODE, local=local, a1=money(10, c.market, c.lang)
        )
        f.mail_out(
            c,
            f.start + timedelta(days=6, hours=8, minutes=40, seconds=rng.randint(0, 900)),
            c.lang,
            body,
            W.SPIKE_SUBJECT[c.lang].format(code=CODE),
        )
        c.info["agent_fixed"] = True
    f.spike = {
        "topic": f"driving-school app cannot open booked lessons: the instructor's QR check-in and booking fail, error {CODE}",
        "about": "an app outage reported by 20 customers within 45 minutes, in six languages and on five channels",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": [r[0].key for r in reporters],
        "event_ids": [r[3] for r in reporters],
        "repeat_event_ids": repeat_ids,
    }
    f.write({"topic_spike": 1, "repeat_contact": 6})


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
    for build in FAMILIES:
        build()


if __name__ == "__main__":
    main()
