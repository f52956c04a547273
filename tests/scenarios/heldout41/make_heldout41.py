# ruff: noqa: E501
"""Write the heldout41 hand-written report-only alert scenarios (Botiqa, online pharmacy).

Standard library only, seeded: two runs give the same bytes. Run from anywhere:
``python make_heldout41.py``. Writes ``<family>.jsonl`` and ``<family>.truth.json``
next to this file.
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

SEED = 20261112
CODE = "RX-417"
WRITTEN = "2026-12-02"
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)
BRAND = W.BRAND

MARKETS: dict[str, list[tuple[str, int]]] = {
    "pt": [("PT", 7), ("LU", 1), ("CH", 1)],
    "fr": [("FR", 5), ("BE", 2), ("CH", 2), ("LU", 1)],
    "en": [("UK", 3), ("IE", 2)],
    "es": [("ES", 1)],
    "it": [("IT", 3), ("CH", 1)],
    "de": [("DE", 3), ("AT", 2), ("CH", 1)],
}
LANG_WEIGHTS = [("pt", 30), ("fr", 30), ("en", 10), ("es", 10), ("it", 10), ("de", 10)]
PHONES: dict[str, tuple[str, str, int]] = {
    "PT": ("+351", "9", 8),
    "FR": ("+33", "6", 8),
    "BE": ("+32", "4", 8),
    "CH": ("+41", "7", 8),
    "LU": ("+352", "6", 8),
    "UK": ("+44", "7", 9),
    "IE": ("+353", "8", 8),
    "ES": ("+34", "6", 8),
    "IT": ("+39", "3", 9),
    "DE": ("+49", "1", 10),
    "AT": ("+43", "6", 9),
}
TOWNS: dict[str, list[str]] = {
    "PT": [
        "Lisboa",
        "Porto",
        "Braga",
        "Coimbra",
        "Aveiro",
        "Setúbal",
        "Faro",
        "Leiria",
        "Viseu",
        "Almada",
        "Matosinhos",
        "Guimarães",
        "Funchal",
        "Évora",
    ],
    "FR": [
        "Lyon",
        "Nantes",
        "Lille",
        "Bordeaux",
        "Toulouse",
        "Rennes",
        "Montpellier",
        "Strasbourg",
        "Grenoble",
        "Marseille",
        "Tours",
        "Dijon",
        "Angers",
        "Paris",
    ],
    "BE": ["Bruxelles", "Liège", "Namur", "Charleroi", "Mons"],
    "LU": ["Luxembourg", "Esch-sur-Alzette", "Differdange", "Dudelange"],
    "CH-fr": ["Genève", "Lausanne", "Fribourg", "Neuchâtel", "Sion"],
    "CH-de": ["Zürich", "Bern", "Basel", "Luzern"],
    "CH-it": ["Lugano", "Bellinzona", "Locarno"],
    "UK": ["Leeds", "Bristol", "Manchester", "Glasgow", "Cardiff", "Norwich", "Brighton", "York"],
    "IE": ["Dublin", "Cork", "Galway", "Limerick"],
    "ES": ["Madrid", "Valencia", "Sevilla", "Zaragoza", "Bilbao", "Málaga", "Vigo"],
    "IT": ["Torino", "Bologna", "Verona", "Bari", "Firenze", "Padova"],
    "DE": ["Köln", "Hamburg", "Leipzig", "Freiburg", "Münster", "Dresden"],
    "AT": ["Wien", "Graz", "Linz", "Salzburg"],
}
FIRST: dict[str, list[str]] = {
    "pt": [
        "Ana",
        "Joana",
        "Rita",
        "Catarina",
        "Sofia",
        "Mariana",
        "Beatriz",
        "Filipa",
        "Carla",
        "Teresa",
        "Helena",
        "Raquel",
        "Fernanda",
        "Cláudia",
        "Sara",
        "Daniela",
        "Susana",
        "Vera",
        "Madalena",
        "Leonor",
        "João",
        "Pedro",
        "Tiago",
        "Miguel",
        "Nuno",
        "Bruno",
        "Ricardo",
        "Luís",
        "André",
        "Hugo",
        "Diogo",
        "Paulo",
        "Sérgio",
        "Vítor",
        "Gonçalo",
        "Duarte",
        "Rodrigo",
        "Fábio",
    ],
    "fr": [
        "Léa",
        "Manon",
        "Chloé",
        "Emma",
        "Inès",
        "Sarah",
        "Julie",
        "Pauline",
        "Claire",
        "Élodie",
        "Aurélie",
        "Nathalie",
        "Sophie",
        "Céline",
        "Margaux",
        "Amandine",
        "Hélène",
        "Lucie",
        "Anaïs",
        "Mathilde",
        "Thomas",
        "Nicolas",
        "Maxime",
        "Antoine",
        "Hugo",
        "Louis",
        "Pierre",
        "Romain",
        "Guillaume",
        "Benoît",
        "Mathieu",
        "Olivier",
        "Sébastien",
        "Théo",
        "Quentin",
        "Jérôme",
        "Yann",
        "Cédric",
    ],
    "en": [
        "Emma",
        "Olivia",
        "Sophie",
        "Chloe",
        "Lucy",
        "Grace",
        "Megan",
        "Aoife",
        "Siobhan",
        "Niamh",
        "James",
        "Oliver",
        "Jack",
        "Harry",
        "Callum",
        "Liam",
        "Conor",
        "Sean",
        "Ryan",
        "Tom",
    ],
    "es": [
        "María",
        "Carmen",
        "Laura",
        "Paula",
        "Marta",
        "Elena",
        "Sara",
        "Alba",
        "Nerea",
        "Irene",
        "Javier",
        "Pablo",
        "Sergio",
        "Álvaro",
        "Adrián",
        "Diego",
        "Raúl",
        "Iván",
        "Jorge",
        "Rubén",
    ],
    "it": [
        "Giulia",
        "Chiara",
        "Francesca",
        "Sara",
        "Martina",
        "Valentina",
        "Alessia",
        "Elisa",
        "Federica",
        "Silvia",
        "Luca",
        "Marco",
        "Matteo",
        "Andrea",
        "Alessandro",
        "Lorenzo",
        "Simone",
        "Stefano",
        "Fabio",
        "Riccardo",
    ],
    "de": [
        "Anna",
        "Lena",
        "Laura",
        "Julia",
        "Sarah",
        "Lisa",
        "Katharina",
        "Sabine",
        "Petra",
        "Claudia",
        "Nina",
        "Lukas",
        "Felix",
        "Tobias",
        "Florian",
        "Stefan",
        "Michael",
        "Markus",
        "Daniel",
        "Sebastian",
    ],
}
LAST: dict[str, list[str]] = {
    "pt": [
        "Silva",
        "Santos",
        "Ferreira",
        "Pereira",
        "Oliveira",
        "Costa",
        "Rodrigues",
        "Martins",
        "Sousa",
        "Fernandes",
        "Gonçalves",
        "Gomes",
        "Lopes",
        "Marques",
        "Alves",
        "Almeida",
        "Ribeiro",
        "Pinto",
        "Carvalho",
        "Teixeira",
        "Moreira",
        "Correia",
        "Mendes",
        "Nunes",
        "Soares",
        "Vieira",
        "Monteiro",
        "Cardoso",
        "Rocha",
        "Neves",
        "Coelho",
        "Cruz",
        "Cunha",
        "Pires",
        "Ramos",
        "Reis",
        "Simões",
        "Antunes",
        "Matos",
        "Fonseca",
        "Machado",
        "Araújo",
        "Barbosa",
        "Tavares",
        "Lourenço",
        "Castro",
        "Figueiredo",
        "Azevedo",
        "Freitas",
        "Baptista",
    ],
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Robert",
        "Richard",
        "Petit",
        "Durand",
        "Leroy",
        "Moreau",
        "Simon",
        "Laurent",
        "Lefebvre",
        "Michel",
        "David",
        "Bertrand",
        "Roux",
        "Vincent",
        "Fournier",
        "Morel",
        "Girard",
        "Mercier",
        "Dupont",
        "Lambert",
        "Bonnet",
        "Legrand",
        "Garnier",
        "Faure",
        "Rousseau",
        "Blanc",
        "Guérin",
        "Henry",
        "Roussel",
        "Perrin",
        "Morin",
        "Clément",
        "Gauthier",
        "Dumont",
        "Fontaine",
        "Chevalier",
        "Robin",
        "Masson",
        "Gérard",
        "Boyer",
        "Lemaire",
        "Duval",
        "Joly",
        "Roche",
        "Meunier",
        "Marchand",
        "Dufour",
        "Brunet",
        "Leclerc",
        "Picard",
        "Lacroix",
        "Fabre",
        "Dupuis",
    ],
    "en": [
        "Smith",
        "Jones",
        "Taylor",
        "Brown",
        "Williams",
        "Wilson",
        "Evans",
        "Roberts",
        "Walsh",
        "Murphy",
        "Kelly",
        "O'Brien",
        "Byrne",
        "Clarke",
        "Hughes",
        "Hall",
        "Turner",
        "Kennedy",
        "Doyle",
        "Lynch",
        "Price",
        "Patel",
    ],
    "es": [
        "García",
        "Fernández",
        "González",
        "Rodríguez",
        "López",
        "Martínez",
        "Sánchez",
        "Pérez",
        "Gómez",
        "Jiménez",
        "Ruiz",
        "Hernández",
        "Díaz",
        "Moreno",
        "Muñoz",
        "Álvarez",
        "Romero",
        "Navarro",
        "Torres",
        "Domínguez",
        "Serrano",
        "Ortega",
    ],
    "it": [
        "Rossi",
        "Russo",
        "Ferrari",
        "Esposito",
        "Bianchi",
        "Romano",
        "Colombo",
        "Ricci",
        "Marino",
        "Greco",
        "Gallo",
        "Conti",
        "De Luca",
        "Mancini",
        "Giordano",
        "Rizzo",
        "Lombardi",
        "Moretti",
        "Barbieri",
        "Fontana",
        "Santoro",
        "Caruso",
    ],
    "de": [
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
        "Bauer",
        "Richter",
        "Klein",
        "Wolf",
        "Schröder",
        "Neumann",
        "Zimmermann",
        "Braun",
        "Huber",
        "Gruber",
        "Steiner",
    ],
}
CONSUMER_JOBS: dict[str, list[str]] = {
    "pt": [
        "enfermeira",
        "professor",
        "contabilista",
        "motorista",
        "estudante",
        "cozinheiro",
        "rececionista",
        "engenheira",
        "reformada",
        "cabeleireira",
    ],
    "fr": [
        "infirmière",
        "professeur",
        "comptable",
        "chauffeur",
        "étudiante",
        "cuisinier",
        "réceptionniste",
        "ingénieure",
        "retraitée",
        "aide-soignante",
    ],
    "en": [
        "nurse",
        "teacher",
        "accountant",
        "driver",
        "student",
        "chef",
        "receptionist",
        "engineer",
    ],
    "es": ["enfermera", "profesor", "contable", "conductor", "estudiante", "cocinero"],
    "it": ["infermiera", "insegnante", "commercialista", "autista", "studentessa", "cuoco"],
    "de": ["Pflegerin", "Lehrer", "Buchhalterin", "Fahrer", "Studentin", "Koch"],
}
DOMAINS = [
    "mail.example",
    "correio.example",
    "courriel.example",
    "post.example",
    "inbox.example",
    "webmail.example",
    "caixa.example",
    "boite.example",
    "net.example",
]
SOURCES = {
    "email": "botiqa-mail",
    "phone": "botiqa-voice",
    "social": "botiqa-social",
    "community": "botiqa-forum",
    "chat": "botiqa-chat",
    "web": "botiqa-web",
    "survey": "botiqa-survey",
}
CURRENCY = {"UK": "GBP", "CH": "CHF"}
PROBLEMS = ("no_show", "double_charge", "damage", "refund", "wrong_price", "cancel_fee")
B2B_PROBLEMS = ("invoice", "service_blocked", "portal", "overbilled")

REPEAT_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
SLIDER_TOL = [
    "repeat_contact",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
]
LEAVER_TOL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
B2B_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]

USED: set[str] = set()


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def slug(s: str) -> str:
    s = s.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    s = unicodedata.normalize("NFD", s)
    return "".join(ch for ch in s.lower() if ch.isascii() and ch.isalnum())


def strip_accents(s: str) -> str:
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
        s = s.replace(a, b)
    out = []
    for ch in s:
        if ch in "ßñÑ" or not ch.isalpha():
            out.append(ch)
            continue
        base = unicodedata.normalize("NFD", ch)
        out.append("".join(x for x in base if not unicodedata.combining(x)) or ch)
    return "".join(out)


def spoken(s: str) -> str:
    """A speech-to-text transcript: no punctuation, lower case but for codes and names."""
    words = []
    for w in s.replace("\n", " ").split():
        w = w.strip('.,!?;:«»()"')
        if not w or w in {"-", "—"}:
            continue
        if any(ch.isdigit() for ch in w) or w == BRAND or w in W.COMPETITORS:
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
    email: str
    phone: str
    handle: str | None
    account: str | None
    segment: str
    persona: str
    habit: str
    expected: list[str]
    tolerated: list[str]
    job: str
    town: str
    extra: dict[str, Any] = field(default_factory=dict)


class Fam:
    def __init__(
        self, n: int, name: str, code: str, start: datetime, days: int, about: str
    ) -> None:
        self.rng = random.Random(SEED * 100 + n)
        self.n = n
        self.name = name
        self.code = code
        self.start = start
        self.days = days
        self.about = about
        self.events: list[dict[str, Any]] = []
        self.cust: dict[str, Cust] = {}
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.counter = 0

    # ---- people
    def unique(self, make: Any) -> str:
        for _ in range(200):
            v = str(make())
            if v not in USED:
                USED.add(v)
                return v
        raise RuntimeError("no unique value")

    def lang(self) -> str:
        return self.rng.choices([x for x, _ in LANG_WEIGHTS], [w for _, w in LANG_WEIGHTS])[0]

    def market_for(self, lang: str) -> str:
        ms = MARKETS[lang]
        return self.rng.choices([m for m, _ in ms], [w for _, w in ms])[0]

    def town_for(self, market: str, lang: str) -> str:
        if market == "CH":
            return self.rng.choice(TOWNS["CH-" + (lang if lang in ("de", "it") else "fr")])
        return self.rng.choice(TOWNS[market])

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        market: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        account: str | None = None,
        domain: str | None = None,
        first: str | None = None,
        job: str | None = None,
    ) -> Cust:
        rng = self.rng
        lang = lang or self.lang()
        market = market or self.market_for(lang)
        first = first or rng.choice(FIRST[lang])
        last = rng.choice(LAST[lang])
        f, la = slug(first), slug(last)
        key = self.unique(lambda: f"BQ{self.code}{rng.randint(1000, 9999)}")
        if domain:
            email = self.unique(
                lambda: rng.choice([f"{f}.{la}", f"{f[0]}{la}", f"{f}"]) + "@" + domain
            )
            handle = None
        else:
            email = self.unique(
                lambda: (
                    rng.choice(
                        [
                            f"{f}.{la}",
                            f"{f}{la}{rng.randint(1, 99)}",
                            f"{la}.{f}",
                            f"{f[0]}.{la}{rng.randint(60, 99)}",
                        ]
                    )
                    + "@"
                    + rng.choice(DOMAINS)
                )
            )
            handle = self.unique(
                lambda: (
                    "@"
                    + rng.choice(
                        [
                            f"{f}.{la}",
                            f"{la}_{f}{rng.randint(1, 999)}",
                            f"{f}{la}{rng.randint(70, 99)}",
                            f"{f[0]}{la}",
                            f"{f}_{la[:4]}",
                        ]
                    )
                )
            )
        pre, lead, n = PHONES[market]
        phone = self.unique(lambda: pre + lead + "".join(str(rng.randint(0, 9)) for _ in range(n)))
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
            "b2b" if account else "consumer",
            persona,
            habit,
            list(expected or []),
            list(tolerated or []),
            job or rng.choice(CONSUMER_JOBS[lang]),
            self.town_for(market, lang),
        )
        self.cust[key] = c
        return c

    # ---- time
    def at(self, day: float, h: int = 0, m: int = 0) -> datetime:
        return self.start + timedelta(days=day, hours=h, minutes=m)

    def day_time(self, day: int, h0: int = 7, h1: int = 20) -> datetime:
        return self.at(day, 0, self.rng.randint(h0 * 60, h1 * 60 - 1))

    def morning(self, t: datetime) -> datetime:
        """Moved out of 22:00-07:00 UTC to 08:00-09:00 the next morning."""
        if t.hour >= 22:
            base = (t + timedelta(days=1)).replace(hour=8, minute=0, second=0)
            return base + timedelta(minutes=self.rng.randint(0, 59))
        if t.hour < 7:
            return t.replace(hour=8, minute=self.rng.randint(0, 59), second=0)
        return t

    def office(self, t: datetime) -> datetime:
        """Weekdays 08-17 UTC, else the next working morning."""
        t = t.replace(second=0)
        while True:
            if t.weekday() >= 5 or t.hour >= 17:
                t = (t + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 50))
                continue
            if t.hour < 8:
                t = t.replace(hour=8, minute=self.rng.randint(0, 50))
            return t

    # ---- money and references
    def money(self, c: Cust, eur: float, lang: str | None = None) -> str:
        lang = lang or c.lang
        cur = CURRENCY.get(c.market, "EUR")
        if cur == "GBP":
            v = round(eur * 0.86)
            return f"£{v if v < 100 else 5 * round(v / 5)}"
        if cur == "CHF":
            v = round(eur * 0.94)
            return f"CHF {v if v < 100 else 5 * round(v / 5)}"
        if lang == "en":
            return f"€{eur:.2f}"
        return f"{eur:.2f}".replace(".", ",") + " €"

    def value(self, c: Cust, eur: float) -> tuple[str, str]:
        cur = CURRENCY.get(c.market, "EUR")
        v = eur * (0.86 if cur == "GBP" else 0.94 if cur == "CHF" else 1.0)
        return f"{v:.2f}", cur

    def ref(self) -> str:
        return self.unique(lambda: f"BQ-{self.rng.randint(100000, 999999)}")

    def agent(self, lang: str) -> str:
        name: str = self.rng.choice(W.AGENTS[lang])
        return name

    def fmt(self, c: Cust, s: str, **kw: str) -> str:
        vals = {"brand": BRAND, "first": c.first, "code": CODE}
        vals.update(kw)
        return s.format(**vals)

    # ---- touchpoints
    def roughen(self, text: str) -> str:
        rng = self.rng
        if rng.random() < 0.10:
            text = strip_accents(text)
        if rng.random() < 0.125 and text[:1].isalpha():
            text = text[0].lower() + text[1:]
        if rng.random() < 1 / 7:
            words = text.split(" ")
            idx = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha() and w.islower()]
            if idx:
                i = rng.choice(idx)
                w = words[i]
                j = rng.randint(1, len(w) - 3)
                if w[j] != w[j + 1]:
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
        agent: str | None = None,
        rough: bool = True,
    ) -> str:
        if t >= LIMIT or t.year != 2026 or t < self.start:
            raise ValueError(f"{self.name}: time out of range {t}")
        self.counter += 1
        eid = f"bq41-{self.code.lower()}-{self.counter:05d}"
        if text is not None and not out:
            if channel == "social" and c.segment == "consumer" and "@" + BRAND not in text:
                text = "@" + BRAND + " " + text
            if rough and len(text) > 12:
                text = self.roughen(text)
        a = {"market": c.market}
        if c.segment == "b2b":
            a["segment"] = "b2b"
        if attrs:
            a.update(attrs)
        if agent:
            a["agent"] = agent
        self.events.append(
            {
                "_c": c.key,
                "_t": t,
                "_out": out,
                "event_id": eid,
                "channel": channel,
                "kind": kind,
                "text": text or None,
                "subject": subject,
                "scores": scores or {},
                "attributes": a,
            }
        )
        return eid

    # ---- building blocks
    def praise(
        self,
        c: Cust,
        t: datetime,
        lang: str | None = None,
        table: dict[str, list[str]] | None = None,
    ) -> str:
        lang = lang or c.lang
        text = self.fmt(c, self.rng.choice((table or W.PRAISE)[lang]))
        if c.segment == "b2b" or self.rng.random() < 0.45:
            return self.ev(c, t, "community", "post", text)
        return self.ev(c, t, "social", "mention", text)

    def chat_q(
        self,
        c: Cust,
        t: datetime,
        lang: str | None = None,
        table: dict[str, list[tuple[str, str]]] | None = None,
        thanks: float = 0.65,
    ) -> datetime:
        lang = lang or c.lang
        q, a = self.rng.choice((table or W.CHAT_Q)[lang])
        self.ev(c, t, "chat", "chat", q)
        t2 = t + timedelta(minutes=self.rng.randint(1, 6))
        self.ev(c, t2, "chat", "chat", a, out=True, agent=self.agent(lang))
        if self.rng.random() < thanks:
            t2 += timedelta(minutes=self.rng.randint(1, 4))
            self.ev(c, t2, "chat", "chat", self.rng.choice(W.THANKS[lang]))
        return t2

    def reply_time(self, t: datetime) -> datetime:
        return self.morning(t)

    def purchase(
        self,
        c: Cust,
        t: datetime,
        products: list[tuple[str, float]] | None = None,
        pages: list[str] | None = None,
    ) -> str:
        label, eur = self.rng.choice(products or W.PRODUCTS)
        page = self.rng.choice(pages or W.PAGES)
        self.ev(c, t, "web", "page_view", attrs={"page": page})
        v, cur = self.value(c, eur)
        return self.ev(
            c,
            t + timedelta(minutes=self.rng.randint(3, 12)),
            "web",
            "purchase",
            attrs={"order_value": v, "currency": cur, "product": label, "page": "/checkout"},
        )

    def survey_good(self, c: Cust, t: datetime, lang: str | None = None) -> str:
        lang = lang or c.lang
        kind = self.rng.choice(["nps", "csat", "ces"])
        score = {
            "nps": self.rng.randint(9, 10),
            "csat": self.rng.randint(4, 5),
            "ces": self.rng.randint(6, 7),
        }[kind]
        word = self.rng.choice(W.SURVEY_WORDS[lang])
        return self.ev(
            c,
            t,
            "survey",
            "survey_response",
            word or None,
            scores={kind: score},
            attrs={"survey": kind},
            rough=False,
        )

    def happy(
        self,
        c: Cust,
        t: datetime,
        surveys: bool = True,
        lang: str | None = None,
        kinds: list[str] | None = None,
    ) -> None:
        rng = self.rng
        lang = lang or c.lang
        options = kinds or [
            "praise",
            "praise",
            "again",
            "gripe",
            "chat",
            "chat",
            "email",
            "phone",
            "purchase",
            "purchase",
            "view",
            "review",
        ] + (["survey", "survey"] if surveys else [])
        k = rng.choice(options)
        if k == "praise":
            self.praise(c, t, lang)
        elif k == "again":
            self.praise(c, t, lang, W.AGAIN)
        elif k == "gripe":
            self.praise(c, t, lang, W.GRIPE)
        elif k == "chat":
            self.chat_q(c, t, lang)
        elif k == "email":
            subj, q, a = rng.choice(W.EMAIL_Q[lang])
            self.ev(c, t, "email", "message", q, subj)
            t2 = self.reply_time(t + timedelta(minutes=rng.randint(40, 180)))
            self.ev(
                c,
                t2,
                "email",
                "message",
                a,
                rng.choice(W.REPLY_PREFIX[lang]) + " " + subj,
                out=True,
                agent=self.agent(lang),
            )
            if rng.random() < 0.4:
                self.ev(
                    c,
                    self.reply_time(t2 + timedelta(minutes=rng.randint(20, 200))),
                    "email",
                    "message",
                    rng.choice(W.THANKS[lang]),
                    rng.choice(W.REPLY_PREFIX[lang]) + " " + subj,
                )
        elif k == "phone":
            q, a = rng.choice(W.PHONE_Q[lang])
            self.ev(c, t, "phone", "call", q, rough=False)
            self.ev(
                c,
                t + timedelta(minutes=rng.randint(10, 30)),
                "email",
                "message",
                a,
                {
                    "pt": "A sua chamada",
                    "fr": "Suite à votre appel",
                    "en": "Your call today",
                    "es": "Su llamada",
                    "it": "La sua chiamata",
                    "de": "Ihr Anruf",
                }[lang],
                out=True,
                agent=self.agent(lang),
            )
        elif k == "purchase":
            self.purchase(c, t)
        elif k == "view":
            self.ev(c, t, "web", "page_view", attrs={"page": rng.choice(W.PAGES)})
        elif k == "review":
            self.ev(
                c,
                t,
                "web",
                "review",
                rng.choice(W.REVIEW[lang]),
                scores={},
                attrs={"rating": str(rng.randint(4, 5)), "page": "/reviews"},
            )
        else:
            self.survey_good(c, t, lang)

    def case_mail(
        self,
        c: Cust,
        t: datetime,
        table: dict[str, tuple[str, str]],
        ref: str,
        lang: str | None = None,
    ) -> str:
        lang = lang or c.lang
        subj, body = table[lang]
        ag = self.agent(lang)
        return self.ev(
            c,
            t,
            "email",
            "message",
            self.fmt(c, body, ref=ref, agent=ag),
            self.fmt(c, subj, ref=ref),
            out=True,
            agent=ag,
        )

    def core(self, c: Cust, problem: str, lang: str) -> str:
        _label, eur = self.rng.choice(W.PRODUCTS[2:])
        return self.fmt(
            c,
            self.rng.choice(W.CORE[problem][lang]),
            amount=self.money(c, eur, lang),
            amount2=self.money(c, round(eur * 1.38, 2), lang),
        )

    def complain(
        self,
        c: Cust,
        t: datetime,
        problem: str,
        channel: str,
        lang: str | None = None,
        long: bool = False,
        ack: bool = True,
    ) -> tuple[str, str | None]:
        """The first angry contact; returns (event id, case reference or None for social)."""
        rng = self.rng
        lang = lang or c.lang
        core = self.core(c, problem, lang)
        demand = rng.choice(W.DEMAND[lang])
        ref: str | None = self.ref()
        subject_topic = W.COMPLAINT_SUBJECT[lang] + W.TOPIC[problem][lang]
        if channel == "email":
            if long:
                text = self.fmt(c, rng.choice(W.LONG_EMAIL[lang]), core=core, demand=demand)
            else:
                text = core + " " + demand
            eid = self.ev(c, t, "email", "message", text, subject_topic)
        elif channel == "chat":
            eid = self.ev(c, t, "chat", "chat", rng.choice(W.CHAT_ANGRY_OPEN[lang]) + " " + core)
            assert ref is not None
            self.ev(
                c,
                t + timedelta(minutes=rng.randint(1, 4)),
                "chat",
                "chat",
                self.fmt(c, W.CHAT_CASE[lang], ref=ref),
                out=True,
                agent=self.agent(lang),
            )
            return eid, ref
        elif channel == "social":
            eid = self.ev(c, t, "social", "mention", core + " " + demand)
            return eid, None
        elif channel == "web":
            eid = self.ev(
                c,
                t,
                "web",
                "ticket",
                W.WEB_OPEN[lang] + " " + core + " " + demand,
                W.TOPIC[problem][lang],
                attrs={"page": "/help/contact"},
            )
        else:
            eid = self.ev(
                c,
                t,
                "phone",
                "call",
                spoken(
                    rng.choice(W.PHONE_OPEN[lang])
                    + " "
                    + core
                    + " "
                    + rng.choice(W.PHONE_CLOSE[lang])
                ),
                rough=False,
            )
        assert ref is not None
        if ack:
            self.case_mail(
                c,
                self.reply_time(t + timedelta(minutes=rng.randint(10, 40))),
                W.CASE_OPENED,
                ref,
                lang,
            )
        return eid, ref

    def again(
        self,
        c: Cust,
        t: datetime,
        n: int,
        ref: str,
        problem: str,
        channel: str,
        lang: str | None = None,
    ) -> str:
        """The n-th contact (2, 3, 4) about a case still open."""
        rng = self.rng
        lang = lang or c.lang
        comp = rng.choice(W.COMPETITORS)
        if n >= 3:
            c.extra.setdefault("competitor", comp)
        table = W.STILL_OPEN if n == 2 else W.THIRD if n == 3 else W.FOURTH
        core_short = self.core(c, problem, lang).split(". ")[0].rstrip(".") + "."
        text = self.fmt(
            c,
            rng.choice(table[lang]),
            ref=ref,
            comp=c.extra.get("competitor", comp),
            core_short=core_short,
        )
        if channel == "email":
            return self.ev(
                c,
                t,
                "email",
                "message",
                text,
                rng.choice(W.REPLY_PREFIX[lang]) + " " + W.CASE_WORD[lang] + " " + ref,
            )
        if channel == "chat":
            eid = self.ev(c, t, "chat", "chat", text)
            self.ev(
                c,
                t + timedelta(minutes=rng.randint(1, 5)),
                "chat",
                "chat",
                self.fmt(c, W.CHAT_CASE[lang], ref=ref),
                out=True,
                agent=self.agent(lang),
            )
            return eid
        if channel == "social":
            return self.ev(c, t, "social", "mention", text)
        if channel == "web":
            return self.ev(
                c,
                t,
                "web",
                "ticket",
                text,
                W.CASE_WORD[lang] + " " + ref,
                attrs={"page": "/help/contact"},
            )
        return self.ev(
            c, t, "phone", "call", spoken(rng.choice(W.PHONE_OPEN[lang]) + " " + text), rough=False
        )

    def fixed_case(
        self,
        c: Cust,
        t: datetime,
        problem: str,
        channel: str,
        lang: str | None = None,
        confirm_lang: str | None = None,
    ) -> dict[str, Any]:
        rng = self.rng
        eid, ref = self.complain(c, t, problem, channel, lang)
        assert ref is not None
        fixed = self.reply_time(t + timedelta(hours=rng.uniform(3, 20)))
        self.case_mail(c, fixed, W.GOOD_NEWS, ref, confirm_lang or lang)
        conf_t = self.morning(fixed + timedelta(hours=rng.uniform(8, 30)))
        cl = confirm_lang or lang or c.lang
        cch = rng.choice(["email", "chat"])
        text = self.fmt(c, rng.choice(W.CONFIRM[cl]), ref=ref)
        if cch == "email":
            ceid = self.ev(
                c,
                conf_t,
                "email",
                "message",
                text,
                rng.choice(W.REPLY_PREFIX[cl]) + " " + W.CASE_WORD[cl] + " " + ref,
            )
        else:
            ceid = self.ev(c, conf_t, "chat", "chat", text)
        return {
            "problem": problem,
            "booking": ref,
            "raised_at": iso(t),
            "fixed_at": iso(fixed),
            "confirmed_at": iso(conf_t),
            "problem_event_ids": [eid],
            "confirm_event_id": ceid,
            "channel": channel,
            "confirm_channel": cch,
        }

    def slide(self, c: Cust, t0: datetime, span: int, langs: list[str] | None = None) -> list[str]:
        rng = self.rng
        comp = rng.choice(W.COMPETITORS)
        ids = []
        prev = t0 - timedelta(hours=2)
        ratings = ["3", "3", "2", "2", "1", "1"]
        for i in range(6):
            t = t0 + timedelta(hours=span * 24 * i / 5 + rng.uniform(-2, 2))
            if t < prev + timedelta(hours=1):
                t = prev + timedelta(hours=1, minutes=rng.randint(0, 30))
            t = self.morning(t)
            lang = langs[i % len(langs)] if langs else c.lang
            text = self.fmt(c, W.SLIDE[lang][i], comp=comp)
            ch = rng.choice(["social", "community", "review"])
            if ch == "social":
                ids.append(self.ev(c, t, "social", "mention", text))
            elif ch == "community":
                ids.append(self.ev(c, t, "community", "post", text))
            else:
                ids.append(
                    self.ev(
                        c,
                        t,
                        "web",
                        "review",
                        text,
                        attrs={"rating": ratings[i], "page": "/reviews"},
                    )
                )
            prev = t
        c.extra["competitor"] = comp
        c.extra["slide_event_ids"] = ids
        c.extra["slide_days"] = span
        c.extra["trouble_starts_at"] = iso(self.event_time(ids[0]))
        return ids

    def event_time(self, eid: str) -> datetime:
        for e in self.events:
            if e["event_id"] == eid:
                t: datetime = e["_t"]
                return t
        raise KeyError(eid)

    def low_score(self, c: Cust, t: datetime, kind: str, lang: str | None = None) -> str:
        lang = lang or c.lang
        if kind == "nps":
            score = self.rng.randint(1, 5)
            word = self.rng.choice(W.NPS_LOW[lang])
        else:
            score = self.rng.randint(1, 2)
            word = self.rng.choice(W.CSAT_LOW[lang])
        eid = self.ev(
            c,
            t,
            "survey",
            "survey_response",
            word or None,
            scores={kind: score},
            attrs={"survey": kind},
            rough=False,
        )
        c.extra[f"{kind}_given"] = True
        c.extra[kind] = score
        c.extra["survey_event_id"] = eid
        return eid

    # ---- output
    def write(self, expected_counts: dict[str, int]) -> tuple[int, int]:
        rng = random.Random(SEED * 1000 + self.n)
        self.events.sort(key=lambda e: (e["_t"], e["event_id"]))
        seen_in: set[str] = set()
        lines = []
        for e in self.events:
            c = self.cust[e["_c"]]
            full = e["_out"] or c.key not in seen_in
            if not e["_out"]:
                seen_in.add(c.key)
            ref: dict[str, str | None] = {
                "customer_id": None,
                "email": None,
                "phone": None,
                "handle": None,
                "account_id": c.account,
            }
            ch = e["channel"]
            if full:
                ref.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
            elif ch == "phone":
                ref["phone"] = (
                    c.phone
                    if rng.random() < 0.5
                    else c.phone[: len(PHONES[c.market][0])]
                    + " "
                    + c.phone[len(PHONES[c.market][0]) :]
                )
            elif ch in ("social", "community"):
                if c.handle:
                    ref["handle"] = c.handle if rng.random() < 0.8 else c.handle.lstrip("@")
                else:
                    ref["email"] = c.email
            elif ch == "email":
                ref["email"] = c.email.upper() if rng.random() < 1 / 12 else c.email
            else:
                ref["customer_id"] = c.key
            rec = {
                "event_id": e["event_id"],
                "occurred_at": iso(e["_t"]),
                "channel": ch,
                "kind": e["kind"],
                "direction": "outbound" if e["_out"] else "inbound",
                "customer": ref,
                "text": e["text"],
                "subject": e["subject"],
                "scores": {k: e["scores"].get(k) for k in ("nps", "csat", "ces")},
                "source": SOURCES[ch],
                "attributes": e["attributes"],
            }
            lines.append(json.dumps(rec, ensure_ascii=False))
        for c in self.cust.values():
            if c.key not in seen_in:
                raise ValueError(f"{self.name}: {c.key} has no inbound touchpoint")
            if set(c.expected) & set(c.tolerated):
                raise ValueError(f"{self.name}: {c.key} expects and tolerates")
        counts: dict[str, int] = {}
        for c in self.cust.values():
            for r in c.expected:
                counts[r] = counts.get(r, 0) + 1
        for a in self.accounts.values():
            for r in a["expected_rules"]:
                counts[r] = counts.get(r, 0) + 1
        if self.spike:
            counts["topic_spike"] = 1
        if counts != expected_counts:
            raise ValueError(f"{self.name}: expected {expected_counts}, planted {counts}")
        last = self.events[-1]["_t"]
        end = max(self.start + timedelta(days=self.days), last + timedelta(hours=1))
        if end >= LIMIT:
            raise ValueError(f"{self.name}: end {end}")
        customers: dict[str, Any] = {}
        for c in self.cust.values():
            d: dict[str, Any] = {
                "identifiers": {
                    "customer_id": c.key,
                    "email": c.email.lower(),
                    "phone": c.phone,
                    "handle": c.handle,
                    "account_id": c.account,
                },
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
            }
            d.update(c.extra)
            customers[c.key] = d
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": "Botiqa: online pharmacy and parapharmacy by app and web (prescriptions, courier delivery in two-hour slots, station lockers, pharmacist chat, a Plus subscription), with a business arm selling first-aid kits, workplace restocks and flu-jab days to companies",
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": WRITTEN,
                "expected": dict(sorted(expected_counts.items())),
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
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        return len(self.cust), len(lines)


def night_time(f: Fam, day: int) -> datetime:
    """A time between 22:12 on ``day`` and 04:30 the next morning."""
    return f.at(day, 22, 12) + timedelta(minutes=f.rng.randint(0, 378))


def night_act(f: Fam, c: Cust, t: datetime) -> str:
    if f.rng.random() < 0.5:
        return f.praise(c, t, table=W.NIGHT_POST)
    q, a = f.rng.choice(W.NIGHT_CHAT[c.lang])
    eid = f.ev(c, t, "chat", "chat", q)
    t2 = t + timedelta(minutes=f.rng.randint(1, 5))
    f.ev(c, t2, "chat", "chat", a, out=True, agent=f.agent(c.lang))
    f.ev(
        c,
        t2 + timedelta(minutes=f.rng.randint(1, 3)),
        "chat",
        "chat",
        f.rng.choice(W.THANKS[c.lang]),
    )
    return eid


# ------------------------------------------------------------------ families


def happy_writers() -> Fam:
    f = Fam(
        1,
        "happy_writers",
        "HW",
        datetime(2026, 2, 16, tzinfo=UTC),
        10,
        "happy customers only: day writers, night writers, survey answerers",
    )
    for _ in range(18):
        c = f.person("happy", "day writer")
        for d in sorted(f.rng.sample(range(10), f.rng.randint(5, 8))):
            f.happy(c, f.day_time(d, 7, 19))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in sorted(f.rng.sample(range(9), f.rng.randint(2, 4))):
            night_act(f, c, night_time(f, d))
        for d in f.rng.sample(range(10), f.rng.randint(2, 3)):
            f.happy(c, f.day_time(d, 9, 18), kinds=["praise", "purchase", "view", "review"])
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in f.rng.sample(range(10), f.rng.randint(3, 6)):
            f.survey_good(c, f.day_time(d, 8, 20))
    return f


def one_bad_day() -> Fam:
    f = Fam(
        2,
        "one_bad_day",
        "BD",
        datetime(2026, 4, 13, tzinfo=UTC),
        12,
        "happy customers with one angry day each, and controls",
    )
    rng = f.rng
    channels = (
        ["long"] * 4 + ["email"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["web"] * 4 + ["phone"] * 4
    )
    problems = [p for p in PROBLEMS for _ in range(4)]
    rng.shuffle(problems)
    with_case = [i for i, ch in enumerate(channels) if ch != "social"]
    nps_idx = set(rng.sample(with_case, 6))
    csat_idx = set(rng.sample([i for i in with_case if i not in nps_idx], 5))
    good_idx = set(rng.sample(with_case, 12))
    apol_idx = set(rng.sample(sorted(good_idx), 5))
    long_langs = ["pt", "pt", "fr", "fr"]
    for i, ch in enumerate(channels):
        nps = i in nps_idx
        c = f.person(
            "bad_day_detractor" if nps else "happy_one_bad_day",
            "one bad day",
            lang=long_langs[i] if ch == "long" else None,
            expected=["detractor"] if nps else [],
            tolerated=["silence"],
        )
        d = rng.randint(2, 9)
        t = f.day_time(d, 8, 20)
        days = [x for x in range(12) if x <= d - 2 or x >= d + 3]
        for x in sorted(rng.sample(days, rng.randint(1, 5))):
            f.happy(c, f.day_time(x), surveys=False)
        eid, ref = f.complain(c, t, problems[i], "email" if ch == "long" else ch, long=ch == "long")
        c.extra.update(
            problem=problems[i],
            channel="email" if ch == "long" else ch,
            long_email=ch == "long",
            booking=ref,
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            trouble_starts_at=iso(t),
            nps_given=False,
            csat_given=False,
            agent_fixed=False,
            apologised=False,
        )
        if nps:
            f.low_score(c, t + timedelta(minutes=rng.randint(100, 140)), "nps")
        elif i in csat_idx:
            f.low_score(c, t + timedelta(minutes=rng.randint(40, 80)), "csat")
        if i in good_idx and ref:
            f.case_mail(
                c, f.reply_time(t + timedelta(minutes=rng.randint(60, 240))), W.GOOD_NEWS, ref
            )
            c.extra["agent_fixed"] = True
            if i in apol_idx:
                ta = f.morning(t + timedelta(hours=rng.uniform(16, 24)))
                if rng.random() < 0.5:
                    aid = f.ev(c, ta, "chat", "chat", rng.choice(W.APOLOGY[c.lang]))
                else:
                    aid = f.ev(
                        c,
                        ta,
                        "email",
                        "message",
                        rng.choice(W.APOLOGY[c.lang]),
                        rng.choice(W.REPLY_PREFIX[c.lang]) + " " + W.CASE_WORD[c.lang] + " " + ref,
                    )
                c.extra.update(apologised=True, apology_at=iso(ta), apology_event_id=aid)
    for _ in range(8):
        c = f.person("happy", "control")
        for x in sorted(rng.sample(range(12), rng.randint(4, 7))):
            f.happy(c, f.day_time(x))
    return f


def repeat_contacts() -> Fam:
    f = Fam(
        3,
        "repeat_contacts",
        "RC",
        datetime(2026, 5, 25, tzinfo=UTC),
        10,
        "problems raised again while still open, problems fixed between contacts, two different problems, frequent writers",
    )
    rng = f.rng
    counts = [2] * 4 + [3] * 4 + [4] * 4
    rng.shuffle(counts)
    passed = set(rng.sample(range(12), 6))
    for i, n in enumerate(counts):
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=REPEAT_TOL)
        for _ in range(rng.randint(1, 3)):
            f.happy(c, f.day_time(0, 7, 12), surveys=False)
        problem = rng.choice(PROBLEMS)
        first_ch = rng.choice(["email", "chat", "phone", "web"])
        later = [x for x in ["email", "chat", "phone", "web", "social"] if x != first_ch]
        rng.shuffle(later)
        t = f.day_time(rng.randint(1, 4), 8, 19)
        eid, ref = f.complain(c, t, problem, first_ch, ack=i not in passed or first_ch == "chat")
        assert ref is not None
        if i in passed:
            f.case_mail(
                c, f.reply_time(t + timedelta(minutes=rng.randint(90, 150))), W.PASSED_ON, ref
            )
        ids = [eid]
        chans = [first_ch]
        tt = t
        for k in range(2, n + 1):
            tt = f.morning(tt + timedelta(hours=rng.uniform(4, 40)))
            ch = later[k - 2]
            ids.append(f.again(c, tt, k, ref, problem, ch))
            chans.append(ch)
        c.extra.update(
            problem=problem,
            booking=ref,
            contacts=n,
            channels=chans,
            agent_passed_on=i in passed,
            problem_event_ids=ids,
            trouble_starts_at=iso(t),
        )
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=["silence"])
        for _ in range(rng.randint(1, 2)):
            f.happy(c, f.day_time(0, 8, 18), surveys=False)
        t = f.day_time(rng.randint(1, 4), 8, 18)
        case = f.fixed_case(
            c, t, rng.choice(PROBLEMS), rng.choice(["email", "chat", "phone", "web"])
        )
        c.extra.update(problems=[case], trouble_starts_at=case["raised_at"])
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=["silence"])
        p1, p2 = rng.sample(PROBLEMS, 2)
        t1 = f.day_time(rng.randint(0, 2), 8, 18)
        case1 = f.fixed_case(c, t1, p1, rng.choice(["email", "chat", "web"]))
        t2 = f.day_time((t1 - f.start).days + rng.randint(4, 5), 8, 18)
        case2 = f.fixed_case(c, t2, p2, rng.choice(["email", "chat", "phone"]))
        c.extra.update(problems=[case1, case2], trouble_starts_at=case1["raised_at"])
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        for x in sorted(rng.sample(range(10), rng.randint(5, 8))):
            f.happy(
                c,
                f.day_time(x, 7, 19),
                kinds=["chat", "chat", "email", "email", "phone", "purchase", "praise"],
            )
    return f


def slow_churners() -> Fam:
    f = Fam(
        4,
        "slow_churners",
        "SC",
        datetime(2026, 6, 29, tzinfo=UTC),
        32,
        "slow slides from a happy baseline, leavers, steady, steadily grumpy, one sarcastic remark",
    )
    rng = f.rng
    spans = [3, 5, 7, 9, 3, 5, 7, 9, 5, 7]
    nps_idx = set(rng.sample(range(10), 5))
    for i in range(10):
        nps = i in nps_idx
        c = f.person(
            "slow_churner",
            "slides",
            expected=["sentiment_drop", "detractor"] if nps else ["sentiment_drop"],
            tolerated=SLIDER_TOL,
        )
        base = sorted(rng.sample(range(11), rng.randint(4, 5)))
        for d in base:
            f.praise(c, f.day_time(d, 8, 20), table=rng.choice([W.PRAISE, W.PRAISE, W.AGAIN]))
        for d in rng.sample(range(11), rng.randint(2, 4)):
            f.happy(
                c,
                f.day_time(d, 8, 20),
                surveys=False,
                kinds=["chat", "purchase", "view", "review", "email"],
            )
        ids = f.slide(c, f.day_time(rng.randint(12, 16), 8, 19), spans[i])
        c.extra.update(nps_given=nps)
        if nps:
            f.low_score(
                c, f.morning(f.event_time(ids[3]) + timedelta(hours=rng.uniform(2.5, 3.5))), "nps"
            )
    for _ in range(5):
        c = f.person(
            "slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=LEAVER_TOL
        )
        for d in sorted(rng.sample(range(17), rng.randint(4, 6))):
            f.happy(c, f.day_time(d))
        t = f.day_time(rng.randint(17, 23), 8, 19)
        subj, body = rng.choice(W.LEAVE[c.lang])
        eid = f.ev(c, t, "email", "message", f.fmt(c, body), subj)
        f.case_mail(c, f.reply_time(t + timedelta(minutes=rng.randint(60, 300))), W.SORRY_GO, "-")
        tc = f.morning(t + timedelta(hours=rng.uniform(20, 30)))
        cid = f.ev(
            c,
            tc,
            "web",
            "cancellation",
            None,
            attrs={"page": "/account/close", "product": "Botiqa Plus"},
        )
        c.extra.update(
            churn_intent_event_id=eid,
            cancellation_event_id=cid,
            churn_at=iso(tc),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        for d in sorted(rng.sample(range(32), rng.randint(6, 10))):
            f.happy(c, f.day_time(d))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        d = rng.randint(0, 4)
        ids = []
        topics = list(range(len(W.GRUMPY[c.lang])))
        rng.shuffle(topics)
        for k in range(rng.randint(5, 7)):
            if d > 31:
                break
            text = f.fmt(c, W.GRUMPY[c.lang][topics[k % len(topics)]])
            t = f.day_time(d, 8, 21)
            ch = rng.choice(["social", "community", "web", "review"])
            if ch == "social":
                ids.append(f.ev(c, t, "social", "mention", text))
            elif ch == "community":
                ids.append(f.ev(c, t, "community", "post", text))
            elif ch == "web":
                ids.append(f.ev(c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
            else:
                ids.append(
                    f.ev(c, t, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            d += rng.randint(1, 3)
        for _ in range(rng.randint(0, 2)):
            f.purchase(c, f.day_time(rng.randint(0, 31)))
        c.extra.update(grumble_event_ids=ids, trouble_starts_at=iso(f.event_time(ids[0])))
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        for d in sorted(rng.sample(range(32), rng.randint(3, 6))):
            f.happy(c, f.day_time(d))
        t = f.day_time(rng.randint(17, 28), 9, 21)
        sid = f.ev(c, t, "social", "mention", f.fmt(c, rng.choice(W.SARCASM[c.lang])))
        c.extra.update(sarcasm_event_id=sid)
    return f


def quiet_hours() -> Fam:
    f = Fam(
        5,
        "quiet_hours",
        "QH",
        datetime(2026, 8, 21, tzinfo=UTC),
        3,
        "a calm summer weekend with night owls in bursts; no spike",
    )
    rng = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in sorted(rng.sample(range(3), rng.randint(1, 3))):
            f.happy(c, f.at(d, 7, rng.randint(0, 630)))
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.at(rng.randint(0, 2), 9, rng.randint(0, 480))
        if rng.random() < 0.5:
            f.purchase(c, t)
        else:
            f.ev(c, t, "web", "page_view", attrs={"page": rng.choice(W.PAGES)})
        tg = t + timedelta(minutes=rng.randint(20, 30))
        q, a = rng.choice(W.MILD[c.lang])
        if i < 2:
            gid = f.ev(c, tg, "chat", "chat", q)
            f.ev(
                c,
                tg + timedelta(minutes=rng.randint(2, 6)),
                "chat",
                "chat",
                a,
                out=True,
                agent=f.agent(c.lang),
            )
        else:
            gid = f.ev(c, tg, "web", "ticket", q, attrs={"page": "/help/contact"})
            ag = f.agent(c.lang)
            f.ev(
                c,
                tg + timedelta(minutes=rng.randint(30, 90)),
                "email",
                "message",
                a + "\n\n" + ag,
                "Re: " + q[:40],
                out=True,
                agent=ag,
            )
        c.extra.update(grumble_event_id=gid, trouble_starts_at=iso(tg))
    owls = 0
    for night in range(1, 4):
        b1 = f.at(night, 0, rng.randint(40, 65))
        starts = [
            b1,
            b1 + timedelta(minutes=rng.randint(28, 33)),
            b1 + timedelta(minutes=rng.randint(55, 65)),
        ]
        for b, bs in enumerate(starts, 1):
            for _ in range(4):
                owls += 1
                c = f.person("night_owl", f"night {night}, burst {b}")
                t = bs + timedelta(minutes=rng.randint(0, 9))
                nid = night_act(f, c, t)
                c.extra.update(burst_at=iso(bs), night_event_id=nid)
                if owls % 12 in (1, 3, 5, 7, 9) or owls in (12, 24, 36):
                    f.happy(
                        c,
                        f.at(rng.randint(0, 2), 9, rng.randint(0, 510)),
                        kinds=["praise", "purchase", "view", "chat"],
                    )
    return f


BILINGUAL_PAIRS: list[tuple[str, str, str, str]] = [
    ("pt", "fr", "LU", "works at a Luxembourg bank, French at work"),
    ("fr", "pt", "LU", "Portuguese family, writes to the family pharmacy account in Portuguese"),
    ("pt", "fr", "CH", "lives in Geneva, French at work"),
    ("fr", "pt", "FR", "Portuguese mother, orders for her"),
    ("pt", "fr", "FR", "grew up in Portugal, lives in Lyon"),
    ("fr", "pt", "PT", "French retiree in the Algarve, learning Portuguese"),
    ("pt", "en", "UK", "nurse in London, English at work"),
    ("en", "pt", "PT", "British in Lisbon, practises Portuguese"),
    ("pt", "es", "ES", "Portuguese in Vigo, Spanish daily"),
    ("es", "pt", "PT", "Galician in Porto"),
    ("fr", "de", "CH", "lives in Fribourg, both languages at work"),
    ("de", "fr", "CH", "lives in Biel, French partner"),
    ("fr", "it", "CH", "moved from Lausanne to Lugano"),
    ("it", "fr", "CH", "Ticinese working in Geneva"),
    ("fr", "en", "FR", "works for an English company in Paris"),
    ("en", "fr", "FR", "Irish in Bordeaux"),
    ("fr", "es", "FR", "Spanish father, lives in Toulouse"),
    ("es", "fr", "ES", "studied in Lyon, back in Madrid"),
    ("pt", "de", "DE", "Portuguese nurse in Hamburg"),
    ("de", "pt", "PT", "German in Lisbon"),
    ("fr", "pt", "BE", "Portuguese grandparents, lives in Brussels"),
    ("pt", "it", "IT", "Brazilian-Portuguese in Turin"),
    ("it", "pt", "PT", "Italian researcher in Coimbra"),
    ("fr", "de", "LU", "Luxembourg, German at school"),
    ("pt", "fr", "BE", "Portuguese in Liège"),
    ("en", "es", "ES", "English teacher in Valencia"),
    ("de", "fr", "LU", "German working in Luxembourg"),
]


def bilingual() -> Fam:
    f = Fam(
        6,
        "bilingual",
        "BL",
        datetime(2026, 9, 14, tzinfo=UTC),
        14,
        "customers who write in two languages",
    )
    rng = f.rng
    pairs = list(BILINGUAL_PAIRS)
    rng.shuffle(pairs)
    roles = ["happy"] * 12 + ["repeat"] * 5 + ["slide"] * 5 + ["bad"] * 3 + ["fixed"] * 2
    rep_counts = [2, 2, 3, 3, 4]
    bad_kinds = ["long", "email", "chat"]
    for role, (l1, l2, market, why) in zip(roles, pairs, strict=True):
        langs = [l1, l2]
        if role == "happy":
            c = f.person("happy", "alternates languages", lang=l1, market=market)
            for k, d in enumerate(sorted(rng.sample(range(14), rng.randint(5, 8)))):
                f.happy(c, f.day_time(d), lang=langs[k % 2])
        elif role == "repeat":
            n = rep_counts.pop(0)
            c = f.person(
                "repeat_contact",
                "repeats",
                lang=l1,
                market=market,
                expected=["repeat_contact"],
                tolerated=REPEAT_TOL,
            )
            for d in range(rng.randint(1, 3)):
                f.happy(c, f.day_time(min(d, 1)), surveys=False)
            problem = rng.choice(PROBLEMS)
            first_ch = rng.choice(["email", "chat", "phone", "web"])
            later = [x for x in ["email", "chat", "phone", "web", "social"] if x != first_ch]
            rng.shuffle(later)
            t = f.day_time(rng.randint(2, 5), 8, 19)
            eid, ref = f.complain(c, t, problem, first_ch, lang=l1, ack=n < 3 or first_ch == "chat")
            assert ref is not None
            if n >= 3:
                f.case_mail(
                    c,
                    f.reply_time(t + timedelta(minutes=rng.randint(90, 150))),
                    W.PASSED_ON,
                    ref,
                    l1,
                )
            ids, tt = [eid], t
            for k in range(2, n + 1):
                tt = f.morning(tt + timedelta(hours=rng.uniform(4, 40)))
                ids.append(f.again(c, tt, k, ref, problem, later[k - 2], lang=langs[(k - 1) % 2]))
            c.extra.update(
                problem=problem,
                booking=ref,
                contacts=n,
                agent_passed_on=n >= 3,
                problem_event_ids=ids,
                trouble_starts_at=iso(t),
            )
        elif role == "slide":
            c = f.person(
                "slow_churner",
                "slides",
                lang=l1,
                market=market,
                expected=["sentiment_drop"],
                tolerated=SLIDER_TOL,
            )
            for k, d in enumerate(sorted(rng.sample(range(6), 5))):
                f.praise(c, f.day_time(d, 8, 20), lang=langs[k % 2])
            for d in rng.sample(range(6), rng.randint(1, 3)):
                f.happy(
                    c,
                    f.day_time(d, 8, 20),
                    surveys=False,
                    lang=rng.choice(langs),
                    kinds=["chat", "purchase", "view"],
                )
            f.slide(c, f.day_time(rng.randint(7, 8), 8, 19), rng.randint(3, 5), langs=langs)
        elif role == "bad":
            kind = bad_kinds.pop(0)
            c = f.person(
                "happy_one_bad_day", "one bad day", lang=l1, market=market, tolerated=["silence"]
            )
            d = rng.randint(4, 8)
            for x in sorted(
                rng.sample([x for x in range(14) if x <= d - 2 or x >= d + 3], rng.randint(2, 4))
            ):
                f.happy(c, f.day_time(x), surveys=False, lang=rng.choice(langs))
            t = f.day_time(d, 8, 19)
            eid, ref = f.complain(
                c,
                t,
                rng.choice(PROBLEMS),
                "email" if kind == "long" else kind,
                lang=l2,
                long=kind == "long",
            )
            assert ref is not None
            c.extra.update(
                bad_day_at=iso(t),
                bad_day_event_id=eid,
                bad_day_language=l2,
                long_email=kind == "long",
                booking=ref,
                trouble_starts_at=iso(t),
                agent_fixed=kind != "chat",
                apologised=kind == "email",
            )
            if kind != "chat":
                f.case_mail(
                    c,
                    f.reply_time(t + timedelta(minutes=rng.randint(60, 240))),
                    W.GOOD_NEWS,
                    ref,
                    l2,
                )
            if kind == "email":
                ta = f.morning(t + timedelta(hours=rng.uniform(18, 24)))
                aid = f.ev(c, ta, "chat", "chat", rng.choice(W.APOLOGY[l2]))
                c.extra.update(apology_at=iso(ta), apology_event_id=aid)
        else:
            c = f.person(
                "resolved_between_contacts", "fixed", lang=l1, market=market, tolerated=["silence"]
            )
            for x in sorted(rng.sample(range(3), 2)):
                f.happy(c, f.day_time(x), surveys=False)
            case = f.fixed_case(
                c,
                f.day_time(rng.randint(3, 7), 8, 18),
                rng.choice(PROBLEMS),
                rng.choice(["email", "chat"]),
                lang=l1,
                confirm_lang=l2,
            )
            c.extra.update(
                problems=[case], trouble_starts_at=case["raised_at"], confirm_language=l2
            )
        c.extra.update(languages=langs, job_second_language=why)
    return f


ACCOUNTS: list[tuple[str, str, str, str, str, int, str | None, int]] = [
    # kind, market, lang, site, company, contacts, problem, complainers
    ("at_risk", "PT", "pt", "logistics", "Transportes Laranjeira", 5, "invoice", 3),
    ("at_risk", "FR", "fr", "hotel", "Hôtel des Tilleuls", 4, "service_blocked", 3),
    ("at_risk", "PT", "pt", "construction", "Construções Vale do Sousa", 6, "overbilled", 4),
    ("at_risk", "BE", "fr", "school", "Institut Saint-Roch", 5, "portal", 3),
    ("at_risk", "CH", "fr", "factory", "Mécanique Lémanique SA", 6, "invoice", 4),
    ("one_unhappy", "PT", "pt", "restaurants", "Tasca & Companhia", 3, "portal", 1),
    ("one_unhappy", "FR", "fr", "call_centre", "Appelia Services", 3, "overbilled", 1),
    ("one_unhappy", "ES", "es", "cleaning", "Limpiezas Brisa", 3, "service_blocked", 1),
    ("one_unhappy", "UK", "en", "laboratory", "Northgate Labs", 3, "invoice", 1),
    ("mild", "LU", "fr", "bus_company", "Autocars Moselle", 3, None, 0),
    ("mild", "IT", "it", "retail", "Casa Ferri Arredamenti", 4, None, 0),
    ("mild", "PT", "pt", "gym_chain", "Ginásios Impulso", 3, None, 0),
    ("happy", "DE", "de", "software", "Quellcode GmbH", 4, None, 0),
    ("happy", "AT", "de", "architects", "Atelier Baumann", 3, None, 0),
    ("happy", "FR", "fr", "farm_coop", "Coopérative du Haut-Pays", 3, None, 0),
]


def b2b_accounts() -> Fam:
    f = Fam(
        7,
        "b2b_accounts",
        "BB",
        datetime(2026, 10, 5, tzinfo=UTC),
        14,
        "company accounts: at risk, one unhappy contact, mild suggestions, happy",
    )
    rng = f.rng
    at_risk_first = f.at(2, 8, 0)  # Wednesday 7 October
    last_channels = ["email", "phone", "phone", "phone", "phone"]
    rng.shuffle(last_channels)
    risk_n = 0

    def routine(c: Cust, t: datetime, scores: bool = True) -> None:
        k = rng.choice(
            ["chat", "purchase", "view", "praise", "survey"]
            if scores
            else ["chat", "purchase", "view"]
        )
        if k == "chat":
            f.chat_q(c, t, table=B.B2B_CHAT)
        elif k == "purchase":
            f.purchase(c, t, B.B2B_PRODUCTS, B.B2B_PAGES)
        elif k == "view":
            f.ev(c, t, "web", "page_view", attrs={"page": rng.choice(B.B2B_PAGES)})
        elif k == "praise":
            f.praise(c, t, table=B.B2B_PRAISE)
        else:
            f.survey_good(c, t)

    def weekday_time(lo: int, hi: int) -> datetime:
        while True:
            d = rng.randint(lo, hi)
            if f.at(d).weekday() < 5:
                return f.at(d, 8, rng.randint(0, 510))

    for kind, market, lang, site, company, n, problem, ncomp in ACCOUNTS:
        acc = f.unique(lambda market=market: f"BQB-{market}-{rng.randint(1000, 9999)}")
        domain = slug(company)[:18] + ".example"
        firsts = rng.sample(FIRST[lang], n)
        contacts = []
        for k in range(n):
            if kind == "at_risk" and k < ncomp:
                role, persona = "complainer", "b2b_unhappy"
            elif kind == "one_unhappy" and k == 0:
                role, persona = "complainer", "b2b_one_unhappy"
            elif kind == "mild" and k < 2:
                role, persona = "suggests", "b2b_mild"
            else:
                role, persona = "contact", "b2b_happy"
            jt = rng.choice(B.JOBS[lang])
            c = f.person(
                persona,
                role,
                lang=lang,
                market=market,
                account=acc,
                domain=domain,
                first=firsts[k],
                job=jt,
            )
            c.extra.update(company=company, role=role, job_title=jt)
            contacts.append(c)
        unhappy: list[str] = []
        for c in contacts:
            if c.extra["role"] == "contact":
                for _ in range(rng.randint(2, 5)):
                    routine(c, weekday_time(0, 13))
            else:
                for _ in range(rng.randint(0, 2)):
                    routine(c, f.at(rng.randint(0, 1), 8, rng.randint(0, 480)), scores=False)
        if kind == "at_risk":
            assert problem is not None
            comp = rng.choice(W.COMPETITORS)
            core = B.B2B_CORE[problem][lang]
            subj = W.COMPLAINT_SUBJECT[lang] + B.B2B_TOPIC[problem][lang]
            t = at_risk_first + timedelta(minutes=rng.randint(0, 420))
            ref = f.ref()
            ids_all: list[str] = []
            comps = contacts[:ncomp]
            first_c = comps[0]
            for k, c in enumerate(comps):
                if k == 0:
                    eid = f.ev(
                        c,
                        t,
                        "email",
                        "message",
                        f.fmt(c, B.B2B_FIRST[lang], core=core, company=company),
                        subj,
                    )
                    ag = f.agent(lang)
                    s, b = B.B2B_ACK[lang]
                    f.ev(
                        c,
                        f.office(t + timedelta(minutes=rng.randint(20, 90))),
                        "email",
                        "message",
                        f.fmt(c, b, ref=ref, agent=ag, company=company),
                        f.fmt(c, s, ref=ref, company=company),
                        out=True,
                        agent=ag,
                    )
                else:
                    t = f.office(t + timedelta(hours=rng.uniform(8, 28)))
                    dw = (
                        B.DAY_WORDS[lang][5]
                        if t.date() == at_risk_first.date()
                        else B.DAY_WORDS[lang][at_risk_first.weekday()]
                    )
                    eid = f.ev(
                        c,
                        t,
                        "email",
                        "message",
                        f.fmt(
                            c,
                            B.B2B_LATER[lang],
                            who=first_c.first,
                            day=dw,
                            ref=ref,
                            core=core,
                            company=company,
                        ),
                        rng.choice(W.REPLY_PREFIX[lang]) + " " + W.CASE_WORD[lang] + " " + ref,
                    )
                ids = [eid]
                if k < ncomp - 1:
                    f.low_score(c, t + timedelta(minutes=rng.randint(60, 180)), "nps")
                    c.expected = ["detractor"]
                else:
                    t2 = f.office(t + timedelta(hours=rng.uniform(18, 40)))
                    ch = last_channels[risk_n]
                    if ch == "email":
                        ids.append(
                            f.ev(
                                c,
                                t2,
                                "email",
                                "message",
                                f.fmt(
                                    c, B.B2B_LAST_MAIL[lang], ref=ref, comp=comp, company=company
                                ),
                                rng.choice(W.REPLY_PREFIX[lang])
                                + " "
                                + W.CASE_WORD[lang]
                                + " "
                                + ref,
                            )
                        )
                    else:
                        ids.append(
                            f.ev(
                                c,
                                t2,
                                "phone",
                                "call",
                                spoken(f.fmt(c, B.B2B_LAST_CALL[lang], ref=ref, company=company)),
                                rough=False,
                            )
                        )
                    c.expected = ["repeat_contact"]
                    c.extra["competitor"] = comp if ch == "email" else None
                c.tolerated = [r for r in B2B_TOL if r not in c.expected]
                c.extra.update(
                    problem=problem,
                    booking=ref,
                    complaint_event_ids=ids,
                    trouble_starts_at=iso(f.event_time(ids[0])),
                )
                ids_all += ids
                unhappy.append(c.key)
            risk_n += 1
            trouble = iso(f.event_time(ids_all[0]))
        elif kind == "one_unhappy":
            assert problem is not None
            c = contacts[0]
            t = weekday_time(2, 9)
            ref = f.ref()
            eid = f.ev(
                c,
                t,
                "email",
                "message",
                f.fmt(c, B.B2B_FIRST[lang], core=B.B2B_CORE[problem][lang], company=company),
                W.COMPLAINT_SUBJECT[lang] + B.B2B_TOPIC[problem][lang],
            )
            ag = f.agent(lang)
            s, b = B.B2B_ACK[lang]
            f.ev(
                c,
                f.office(t + timedelta(minutes=rng.randint(20, 90))),
                "email",
                "message",
                f.fmt(c, b, ref=ref, agent=ag, company=company),
                f.fmt(c, s, ref=ref, company=company),
                out=True,
                agent=ag,
            )
            f.low_score(c, t + timedelta(minutes=rng.randint(60, 180)), "nps")
            c.expected = ["detractor"]
            c.tolerated = ["sentiment_drop", "high_value_at_risk", "silence"]
            c.extra.update(
                problem=problem, booking=ref, complaint_event_ids=[eid], trouble_starts_at=iso(t)
            )
            unhappy.append(c.key)
            trouble = None
        elif kind == "mild":
            for k, c in enumerate(contacts[:2]):
                t = weekday_time(2, 9)
                mid = f.ev(
                    c, t, "web", "ticket", B.B2B_MILD[lang][k], attrs={"page": "/business/contact"}
                )
                ag = f.agent(lang)
                f.ev(
                    c,
                    f.office(t + timedelta(minutes=rng.randint(30, 120))),
                    "email",
                    "message",
                    f.fmt(c, B.B2B_MILD_ACK[lang], agent=ag),
                    "Re: " + B.B2B_MILD[lang][k][:36],
                    out=True,
                    agent=ag,
                )
                c.tolerated = ["silence"]
                c.extra.update(mild_event_id=mid, trouble_starts_at=iso(t))
            trouble = None
        else:
            trouble = None
        f.accounts[acc] = {
            "company": company,
            "site": site,
            "contacts": n,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": unhappy,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
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
        datetime(2026, 11, 6, tzinfo=UTC),
        7,
        "a calm week, then many customers report the same app problem within the hour",
    )
    rng = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in sorted(rng.sample(range(6), rng.randint(1, 4))):
            f.happy(c, f.day_time(d, 7, 20))
    for _ in range(2):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t = f.at(3, 9, rng.randint(0, 480))
        q, a = rng.choice(W.MILD[c.lang])
        gid = f.ev(c, t, "chat", "chat", q)
        f.ev(
            c,
            t + timedelta(minutes=rng.randint(2, 6)),
            "chat",
            "chat",
            a,
            out=True,
            agent=f.agent(c.lang),
        )
        c.extra.update(grumble_event_id=gid, trouble_starts_at=iso(t))
    for lang, (h, m) in (("pt", (9, 12)), ("fr", (15, 40))):
        c = f.person("grumbles_once", "lone question", lang=lang, tolerated=["silence"])
        t = f.at(5, h, m)
        q, a = W.LONE_Q[lang]
        lid = f.ev(c, t, "chat", "chat", q)
        f.ev(
            c,
            t + timedelta(minutes=rng.randint(2, 5)),
            "chat",
            "chat",
            a,
            out=True,
            agent=f.agent(lang),
        )
        c.extra.update(lone_report_event_id=lid, trouble_starts_at=iso(t))
    langs = ["pt"] * 6 + ["fr"] * 6 + ["en", "en", "es", "es", "it", "it", "de", "de"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(langs)
    rng.shuffle(chans)
    s0 = f.at(6, 11, 5)
    offsets = sorted([0, 45, *rng.sample(range(1, 45), 18)])
    regular = set(rng.sample(range(20), 12))
    early = [i for i in range(20) if offsets[i] <= 25]
    repeaters = set(rng.sample(early, 6))
    fixed = set(rng.sample([i for i in range(20) if i not in repeaters], 6))
    ids, rep_ids, keys = [], [], []
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
                f.happy(
                    c, f.at(4, 8, rng.randint(0, 600)), kinds=["praise", "purchase", "view", "chat"]
                )
        t = s0 + timedelta(minutes=offsets[i])
        ch = chans[i]
        text = f.fmt(c, rng.choice(W.SPIKE[lang]))
        if ch == "social":
            eid = f.ev(c, t, "social", "mention", text)
        elif ch == "community":
            eid = f.ev(c, t, "community", "post", text)
        elif ch == "chat":
            eid = f.ev(c, t, "chat", "chat", text)
            f.ev(
                c,
                t + timedelta(minutes=rng.randint(1, 3)),
                "chat",
                "chat",
                {
                    "pt": "Lamentamos, já sabemos do problema com as receitas e a equipa está a tratar. Avisamos assim que estiver resolvido.",
                    "fr": "Désolés, le problème des ordonnances est connu et l'équipe est dessus. Nous vous prévenons dès que c'est réglé.",
                    "en": "Sorry, we know about the prescriptions problem and the team is on it. We'll let you know once it's fixed.",
                    "es": "Lo sentimos, ya conocemos el problema con las recetas y el equipo está en ello.",
                    "it": "Ci dispiace, conosciamo il problema delle ricette e il team ci sta lavorando.",
                    "de": "Tut uns leid, das Problem mit den Rezepten ist bekannt und wir arbeiten daran.",
                }[lang],
                out=True,
                agent=f.agent(lang),
            )
        elif ch == "email":
            eid = f.ev(
                c,
                t,
                "email",
                "message",
                text,
                {
                    "pt": "Erro nas receitas",
                    "fr": "Erreur ordonnances",
                    "en": "Prescription error",
                    "es": "Error en recetas",
                    "it": "Errore ricette",
                    "de": "Fehler bei Rezepten",
                }[lang],
            )
        else:
            eid = f.ev(c, t, "web", "ticket", text, CODE, attrs={"page": "/help/contact"})
        ids.append(eid)
        keys.append(c.key)
        c.extra.update(
            in_spike=True,
            regular=i in regular,
            spike_event_id=eid,
            spike_channel=ch,
            trouble_starts_at=iso(t),
            agent_fixed=i in fixed,
        )
        if rep:
            t2 = t + timedelta(minutes=rng.randint(15, 50))
            ch2 = rng.choice([x for x in ["chat", "email", "community"] if x != ch])
            text2 = f.fmt(c, rng.choice(W.SPIKE_AGAIN[lang]))
            if ch2 == "chat":
                rid = f.ev(c, t2, "chat", "chat", text2)
            elif ch2 == "email":
                rid = f.ev(
                    c, t2, "email", "message", text2, rng.choice(W.REPLY_PREFIX[lang]) + " " + CODE
                )
            else:
                rid = f.ev(c, t2, "community", "post", text2)
            rep_ids.append(rid)
            c.extra.update(repeat_event_id=rid)
        if i in fixed:
            local = "12:40" if c.market in ("PT", "UK", "IE") else "13:40"
            credit = {"GBP": "£4", "CHF": "CHF 5"}.get(
                CURRENCY.get(c.market, "EUR"), "5 €" if lang != "en" else "€5"
            )
            subj, body = W.SPIKE_FIXED[lang]
            ag = f.agent(lang)
            f.ev(
                c,
                f.at(6, 13, rng.randint(10, 25)),
                "email",
                "message",
                f.fmt(c, body, fixed=local, credit=credit, agent=ag),
                subj,
                out=True,
                agent=ag,
            )
    f.spike = {
        "topic": f"online pharmacy app cannot load e-prescriptions: prescription orders fail, error {CODE}",
        "about": "many customers in six languages report within the hour that the app's prescriptions section fails with the same error",
        "channel": None,
        "start": iso(s0),
        "end": iso(s0 + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": ids,
        "repeat_event_ids": rep_ids,
    }
    return f


FAMILIES: list[tuple[Any, dict[str, int]]] = [
    (happy_writers, {}),
    (one_bad_day, {"detractor": 6}),
    (repeat_contacts, {"repeat_contact": 12}),
    (slow_churners, {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5}),
    (quiet_hours, {}),
    (bilingual, {"repeat_contact": 5, "sentiment_drop": 5}),
    (b2b_accounts, {"account_risk": 5, "detractor": 16, "repeat_contact": 5}),
    (topic_spike, {"topic_spike": 1, "repeat_contact": 6}),
]


def main() -> None:
    total_c = total_t = 0
    for build, expected in FAMILIES:
        fam = build()
        nc, nt = fam.write(expected)
        total_c += nc
        total_t += nt
        print(f"{fam.name}: {nc} customers, {nt} touchpoints")
    print(f"total: {total_c} customers, {total_t} touchpoints")


if __name__ == "__main__":
    main()
