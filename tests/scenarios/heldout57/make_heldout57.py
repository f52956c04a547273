# ruff: noqa: E501
"""Write heldout57: eight hand-written alert scenarios (report only, never tune on them).

Standard library only; deterministic (two runs give the same bytes). Run it from
anywhere: ``python make_heldout57.py``. The wording lives in ``wording.py``,
``wording_b2b.py`` and ``wording_spike.py`` next to this file.
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402
import wording_b2b as B  # noqa: E402
import wording_spike as S  # noqa: E402

SEED = 20261114
WRITTEN = "2026-12-03"
LIMIT = datetime(2026, 11, 25, tzinfo=UTC)
BRAND = W.BRAND

MARKETS: dict[str, list[tuple[str, int]]] = {
    "de": [("DE", 6), ("AT", 2), ("CH", 2)],
    "pt": [("PT", 8), ("LU", 1), ("CH", 1)],
    "es": [("ES", 1)],
    "en": [("IE", 1), ("UK", 1)],
    "fr": [("FR", 3), ("BE", 1), ("CH", 1), ("LU", 1)],
    "it": [("IT", 4), ("CH", 1)],
}
LANG_WEIGHTS = [("de", 30), ("pt", 30), ("es", 10), ("en", 10), ("fr", 10), ("it", 10)]

PHONES: dict[str, tuple[str, list[str], int]] = {
    "DE": ("+49", ["151", "152", "157", "160", "162", "170", "171", "176", "177"], 8),
    "AT": ("+43", ["650", "660", "664", "676", "699"], 7),
    "CH": ("+41", ["76", "77", "78", "79"], 7),
    "PT": ("+351", ["91", "92", "93", "96"], 7),
    "LU": ("+352", ["621", "661", "691"], 6),
    "ES": ("+34", ["6", "7"], 8),
    "IE": ("+353", ["83", "85", "86", "87", "89"], 7),
    "UK": ("+44", ["7"], 9),
    "FR": ("+33", ["6", "7"], 8),
    "BE": ("+32", ["470", "475", "485", "496"], 6),
    "IT": ("+39", ["320", "333", "347", "366", "388"], 7),
}

FIRST: dict[str, list[str]] = {
    "de": [
        "Anja",
        "Bernd",
        "Claudia",
        "Dirk",
        "Elke",
        "Florian",
        "Gabi",
        "Heiko",
        "Ines",
        "Jörg",
        "Katrin",
        "Lars",
        "Maren",
        "Nils",
        "Olga",
        "Patrick",
        "Ramona",
        "Sven",
        "Tanja",
        "Uwe",
        "Vanessa",
        "Werner",
        "Yvonne",
        "Jens",
        "Silke",
        "Björn",
        "Doris",
        "Kai",
        "Nadine",
        "Timo",
        "Ute",
        "Marco",
        "Sabine",
        "Till",
        "Heike",
        "Rüdiger",
    ],
    "pt": [
        "Ana",
        "Bruno",
        "Carla",
        "Duarte",
        "Filipa",
        "Gonçalo",
        "Helena",
        "Hugo",
        "Joana",
        "Luís",
        "Marta",
        "Nuno",
        "Patrícia",
        "Ricardo",
        "Sofia",
        "Tiago",
        "Vera",
        "Vasco",
        "Rita",
        "Paulo",
        "Sandra",
        "Pedro",
        "Cláudia",
        "Rui",
        "Teresa",
        "Jorge",
        "Mariana",
        "Sérgio",
        "Liliana",
        "André",
        "Graça",
        "Fábio",
        "Diana",
        "Miguel",
        "Alice",
        "João",
    ],
    "es": [
        "Alba",
        "Borja",
        "Carmen",
        "Diego",
        "Elena",
        "Fernando",
        "Gema",
        "Javier",
        "Lorena",
        "Manuel",
        "Nuria",
        "Óscar",
        "Pilar",
        "Raúl",
        "Silvia",
        "Tomás",
    ],
    "en": [
        "Aoife",
        "Brendan",
        "Ciara",
        "Dermot",
        "Emma",
        "Fiona",
        "Gareth",
        "Hannah",
        "Ian",
        "Jess",
        "Kieran",
        "Laura",
        "Niamh",
        "Owen",
        "Rachel",
        "Sean",
    ],
    "fr": [
        "Amélie",
        "Benoît",
        "Céline",
        "Damien",
        "Élodie",
        "Fabien",
        "Gaëlle",
        "Hervé",
        "Isabelle",
        "Julien",
        "Laetitia",
        "Mathieu",
        "Nathalie",
        "Olivier",
        "Pauline",
        "Romain",
    ],
    "it": [
        "Alessia",
        "Bruno",
        "Chiara",
        "Davide",
        "Elisa",
        "Federico",
        "Giorgia",
        "Luca",
        "Marta",
        "Nicola",
        "Paola",
        "Riccardo",
        "Sara",
        "Stefano",
        "Valentina",
        "Walter",
    ],
}
LAST: dict[str, list[str]] = {
    "de": [
        "Albrecht",
        "Bauer",
        "Dietrich",
        "Engel",
        "Fuchs",
        "Graf",
        "Hahn",
        "Jung",
        "Kraus",
        "Lorenz",
        "Möller",
        "Neumann",
        "Otto",
        "Pohl",
        "Ritter",
        "Schäfer",
        "Thiele",
        "Vogt",
        "Winkler",
        "Zeller",
        "Brandl",
        "Huber",
        "Gruber",
        "Steiner",
        "Moser",
        "Keller",
        "Frei",
        "Meier",
        "Wüthrich",
        "Roth",
    ],
    "pt": [
        "Almeida",
        "Barbosa",
        "Cardoso",
        "Dias",
        "Esteves",
        "Ferreira",
        "Gomes",
        "Henriques",
        "Lopes",
        "Machado",
        "Nogueira",
        "Oliveira",
        "Pereira",
        "Queirós",
        "Rodrigues",
        "Santos",
        "Teixeira",
        "Vieira",
        "Azevedo",
        "Brito",
        "Correia",
        "Fonseca",
        "Magalhães",
        "Pinto",
        "Ramos",
        "Sousa",
        "Tavares",
        "Faria",
        "Leal",
        "Mendes",
    ],
    "es": [
        "Aguilar",
        "Blanco",
        "Castro",
        "Domínguez",
        "Escobar",
        "Fernández",
        "Gallego",
        "Herrera",
        "Iglesias",
        "Lozano",
        "Marín",
        "Navarro",
        "Ortega",
        "Prieto",
        "Rubio",
        "Serrano",
    ],
    "en": [
        "Byrne",
        "Carroll",
        "Doyle",
        "Fitzgerald",
        "Gallagher",
        "Hughes",
        "Kelly",
        "Lynch",
        "McCarthy",
        "Nolan",
        "O'Brien",
        "Quinn",
        "Reid",
        "Walsh",
        "Whelan",
        "Price",
    ],
    "fr": [
        "Arnaud",
        "Bertin",
        "Chevalier",
        "Dufour",
        "Fabre",
        "Gauthier",
        "Guérin",
        "Lambert",
        "Lefèvre",
        "Marchand",
        "Mercier",
        "Perrin",
        "Renaud",
        "Rousseau",
        "Vidal",
        "Colin",
    ],
    "it": [
        "Barbieri",
        "Bianchi",
        "Caruso",
        "De Luca",
        "Esposito",
        "Ferrara",
        "Galli",
        "Greco",
        "Lombardi",
        "Mancini",
        "Marino",
        "Moretti",
        "Rinaldi",
        "Rizzo",
        "Testa",
        "Villa",
    ],
}
TOWNS: dict[str, list[str]] = {
    "DE": [
        "Kassel",
        "Bielefeld",
        "Würzburg",
        "Osnabrück",
        "Erfurt",
        "Ulm",
        "Rostock",
        "Trier",
        "Heilbronn",
        "Göttingen",
    ],
    "AT": ["Graz", "Linz", "Wels", "St. Pölten", "Klagenfurt"],
    "CH": ["Winterthur", "Luzern", "St. Gallen", "Biel", "Lugano", "Lausanne"],
    "PT": [
        "Braga",
        "Aveiro",
        "Setúbal",
        "Viseu",
        "Leiria",
        "Guimarães",
        "Faro",
        "Coimbra",
        "Almada",
        "Matosinhos",
    ],
    "LU": ["Esch-sur-Alzette", "Differdange", "Dudelange"],
    "ES": ["Zaragoza", "Valladolid", "Murcia", "Vigo", "Alicante"],
    "IE": ["Galway", "Limerick", "Cork", "Kilkenny"],
    "UK": ["Leeds", "Bristol", "Norwich", "Derby"],
    "FR": ["Nantes", "Tours", "Dijon", "Angers", "Reims"],
    "BE": ["Namur", "Liège", "Charleroi"],
    "IT": ["Bergamo", "Verona", "Modena", "Padova", "Parma"],
}
DOMAINS: dict[str, list[str]] = {
    "de": ["gmx.example", "web.example", "posteo.example", "t-online.example", "mailbox.example"],
    "pt": ["sapo.example", "gmail.example", "outlook.example", "iol.example"],
    "es": ["gmail.example", "hotmail.example", "telefonica.example"],
    "en": ["gmail.example", "eircom.example", "btinternet.example"],
    "fr": ["orange.example", "free.example", "laposte.example"],
    "it": ["libero.example", "gmail.example", "tiscali.example"],
}
JOBS = [
    "nurse",
    "teacher",
    "electrician",
    "accountant",
    "retired",
    "shop owner",
    "bus driver",
    "student",
    "software developer",
    "physiotherapist",
    "baker",
    "civil servant",
    "pharmacist",
    "architect",
    "warehouse worker",
    "hairdresser",
    "engineer",
    "social worker",
    "chef",
    "farmer",
]
AGENTS: dict[str, list[str]] = {
    "de": ["Jana", "Murat", "Leonie", "Tobias"],
    "pt": ["Inês", "Rui", "Beatriz", "Tomás"],
    "es": ["Lucía", "Iván"],
    "en": ["Siobhan", "Tom"],
    "fr": ["Camille", "Yanis"],
    "it": ["Giulia", "Matteo"],
}
SOURCE = {
    "email": "rm-inbox",
    "phone": "rm-telephony",
    "social": "rm-social-listening",
    "community": "rm-community",
    "chat": "rm-livechat",
    "web": "rm-web",
    "survey": "rm-surveys",
}
PROBLEMS = ["missed_pickup", "surcharge", "driveway", "refund", "left_behind", "permit_fine"]
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
CANCEL_TOL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]

USED: set[str] = set()


def ascii_name(text: str) -> str:
    text = text.replace("ß", "ss").replace("'", "").replace(" ", "")
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    ).lower()


UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}


def strip_accents(text: str) -> str:
    out: list[str] = []
    for ch in text:
        if ch in UMLAUTS:
            out.append(UMLAUTS[ch])
        elif ch in "ßñÑ³":
            out.append(ch)
        else:
            out.append(
                "".join(
                    c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)
                )
            )
    return "".join(out)


def iso(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def currency(market: str) -> str:
    return {"UK": "GBP", "CH": "CHF"}.get(market, "EUR")


def money(eur: float, market: str, lang: str, spoken: bool = False) -> str:
    cur = currency(market)
    if cur == "GBP":
        value = round(eur * 0.86)
        return f"{value} pounds" if spoken else f"£{value}"
    if cur == "CHF":
        value = round(eur * 0.94)
        if spoken:
            return (
                f"{value} Franken"
                if lang == "de"
                else f"{value} francos"
                if lang == "pt"
                else f"{value} francs"
                if lang == "fr"
                else f"{value} franchi"
            )
        return f"CHF {value}"
    value = round(eur)
    if spoken:
        return (
            f"{value} Euro"
            if lang == "de"
            else f"{value} euros"
            if lang in ("pt", "es", "en", "fr")
            else f"{value} euro"
        )
    return f"€{value}" if lang == "en" else f"{value} €"


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
    truth: dict[str, Any]
    langs: tuple[str, ...] = ()


@dataclass
class Row:
    seq: int
    eid: str
    when: datetime
    cust: Cust
    channel: str
    kind: str
    direction: str
    text: str | None
    subject: str | None
    scores: dict[str, int | None]
    attrs: dict[str, str]


@dataclass
class Fam:
    name: str
    code: str
    n: int
    start: datetime
    days: int
    about: str
    plan: dict[str, int]
    rng: random.Random = field(init=False)
    vr: random.Random = field(init=False)
    rows: list[Row] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.vr = random.Random(SEED * 100 + 50 + self.n)

    # --- people ---------------------------------------------------------
    def lang(self) -> str:
        langs = [lang for lang, _ in LANG_WEIGHTS]
        return self.rng.choices(langs, weights=[w for _, w in LANG_WEIGHTS])[0]

    def market(self, lang: str) -> str:
        opts = MARKETS[lang]
        return self.rng.choices([m for m, _ in opts], weights=[w for _, w in opts])[0]

    def unique(self, make: Any) -> str:
        while True:
            value = str(make())
            if value not in USED:
                USED.add(value)
                return value

    def phone(self, market: str) -> str:
        cc, prefixes, rest = PHONES[market]
        return self.unique(
            lambda: (
                cc
                + self.rng.choice(prefixes)
                + "".join(str(self.rng.randint(0, 9)) for _ in range(rest))
            )
        )

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        market: str | None = None,
        expected: Sequence[str] = (),
        tolerated: Sequence[str] = (),
        account: str | None = None,
        domain: str | None = None,
        avoid_first: Sequence[str] = (),
        **extra: Any,
    ) -> Cust:
        lang = lang or self.lang()
        market = market or self.market(lang)
        names = [n for n in FIRST[lang] if n not in avoid_first]
        first = self.rng.choice(names)
        last = self.rng.choice(LAST[lang])
        a, b = ascii_name(first), ascii_name(last)
        if domain:
            email = self.unique(
                lambda: (
                    f"{a}.{b}@{domain}"
                    if self.rng.random() < 0.7
                    else f"{a[0]}.{b}{self.rng.randint(1, 9)}@{domain}"
                )
            )
            handle = None
        else:
            dom = self.rng.choice(DOMAINS[lang])
            shapes = [
                f"{a}.{b}",
                f"{a}{b}{self.rng.randint(1, 99)}",
                f"{a[0]}{b}",
                f"{b}.{a}{self.rng.randint(1, 9)}",
                f"{a}_{b[:3]}",
            ]
            email = self.unique(
                lambda: (
                    f"{self.rng.choice(shapes)}@{dom}"
                    if len(USED) % 7
                    else f"{a}{b}{self.rng.randint(100, 999)}@{dom}"
                )
            )
            hshapes = [
                f"@{a}{b}",
                f"@{a}_{b}{self.rng.randint(1, 9)}",
                f"@{b}{a[0]}",
                f"@{a}.{b[:4]}",
                f"@{a}{self.rng.randint(70, 99)}",
            ]
            handle = self.unique(
                lambda: (
                    self.rng.choice(hshapes)
                    + ("" if self.rng.random() < 0.6 else str(self.rng.randint(1, 9)))
                )
            )
        key = self.unique(lambda: f"K{self.rng.randint(1000000, 9999999)}")
        phone = self.phone(market)
        exp, tol = sorted(set(expected)), sorted(set(tolerated))
        if set(exp) & set(tol):
            raise SystemExit(f"{key}: expects and tolerates {set(exp) & set(tol)}")
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email.lower(),
                "phone": phone,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": exp,
            "tolerated_rules": tol,
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            "job": self.rng.choice(JOBS),
            "town": self.rng.choice(TOWNS[market]),
        }
        truth.update(extra)
        c = Cust(key, lang, market, first, last, email, phone, handle, account, truth, (lang,))
        self.custs[key] = c
        return c

    def ref(self) -> str:
        return self.unique(lambda: f"RM-26-{self.rng.randint(10000, 99999)}")

    def agent(self, lang: str) -> str:
        return self.rng.choice(AGENTS[lang])

    # --- time -------------------------------------------------------------
    def at(self, day: float, hour: float = 0.0) -> datetime:
        return self.start + timedelta(days=day, hours=hour)

    def day_time(self, day: int, h0: float = 7.0, h1: float = 19.0) -> datetime:
        return self.at(day, self.rng.uniform(h0, h1)).replace(
            second=self.rng.randint(0, 59), microsecond=0
        )

    def mins(self, dt: datetime, lo: float, hi: float) -> datetime:
        return (dt + timedelta(minutes=self.rng.uniform(lo, hi))).replace(microsecond=0)

    def morning(self, dt: datetime) -> datetime:
        """Move a time out of 22:00-07:00 to 08:00-09:00 the next (or same) morning."""
        if dt.hour >= 22:
            dt = (dt + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 59))
        elif dt.hour < 7:
            dt = dt.replace(hour=8, minute=self.rng.randint(0, 59))
        return dt

    def office(self, dt: datetime) -> datetime:
        """Weekdays 08:00-17:00 UTC; otherwise the next working morning."""
        if dt.hour >= 17:
            dt = (dt + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 50))
        elif dt.hour < 8:
            dt = dt.replace(hour=8, minute=self.rng.randint(0, 50))
        while dt.weekday() >= 5:
            dt = (dt + timedelta(days=1)).replace(hour=8, minute=self.rng.randint(0, 50))
        return dt

    # --- rows -------------------------------------------------------------
    def roughen(self, text: str) -> str:
        r = self.vr
        if r.random() < 0.1:
            text = strip_accents(text)
        if r.random() < 0.125 and text[:1].isupper() and not text[:2].isupper():
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = text.split(" ")
            spots = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
            if spots:
                i = r.choice(spots)
                w = words[i]
                j = r.randint(1, len(w) - 2)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    def add(
        self,
        c: Cust,
        when: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        *,
        out: bool = False,
        scores: dict[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
        agent: str | None = None,
        rough: bool = True,
    ) -> str:
        when = when.replace(microsecond=0)
        if when < self.start or when >= LIMIT or when.year != 2026:
            raise SystemExit(f"{self.name}: {iso(when)} outside the family")
        if text is not None and not out and rough and channel not in ("phone", "survey"):
            text = self.roughen(text)
        if (
            text is not None
            and channel == "social"
            and not out
            and c.account is None
            and "@" + BRAND not in text
        ):
            pos = text.rfind(BRAND)
            text = text[:pos] + "@" + text[pos:] if pos >= 0 else f"@{BRAND} {text}"
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if agent:
            a["agent"] = agent
        a.update(attrs or {})
        seq = len(self.rows) + 1
        eid = f"rm57-{self.code.lower()}-{seq:05d}"
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        sc.update(scores or {})
        self.rows.append(
            Row(
                seq,
                eid,
                when,
                c,
                channel,
                kind,
                "outbound" if out else "inbound",
                text,
                subject,
                sc,
                a,
            )
        )
        return eid

    def fmt(self, template: str, c: Cust, lang: str | None = None, **kw: Any) -> str:
        lang = lang or c.lang
        values: dict[str, Any] = {
            "brand": BRAND,
            "plus": W.PLUS,
            "name": c.first,
            "business": B.BUSINESS,
        }
        values.update(kw)
        return template.format(**values)


# --- acts -----------------------------------------------------------------


def pick(f: Fam, table: dict[str, list[str]], lang: str) -> str:
    return f.rng.choice(table[lang])


def item(f: Fam) -> tuple[str, float, str, dict[str, str]]:
    chosen: tuple[str, float, str, dict[str, str]] = f.rng.choice(W.ITEMS)
    return chosen


def post(f: Fam, c: Cust, when: datetime, text: str, lang: str) -> str:
    if c.account is None and f.rng.random() < 0.5:
        return f.add(c, when, "social", "mention", text)
    return f.add(c, when, "community", "post", text)


def purchase(f: Fam, c: Cust, t: datetime, eur: float, label: str, page: str) -> str:
    """A booking or order, priced in the market's currency."""
    cur = currency(c.market)
    value = eur * {"EUR": 1.0, "GBP": 0.86, "CHF": 0.94}[cur]
    attrs = {"order_value": f"{value:.2f}", "currency": cur, "product": label, "page": page}
    return f.add(c, t, "web", "purchase", attrs=attrs)


def happy(f: Fam, c: Cust, when: datetime, act: str, lang: str | None = None) -> list[str]:
    lang = lang or c.lang
    it = item(f)
    ids: list[str] = []
    if act in ("praise", "again"):
        table = W.PRAISE if act == "praise" else W.AGAIN
        ids.append(post(f, c, when, f.fmt(pick(f, table, lang), c, item=it[3][lang]), lang))
    elif act == "gripe":
        text = f.fmt(pick(f, W.GRIPE, lang), c)
        if f.rng.random() < 0.5:
            ids.append(
                f.add(c, when, "web", "review", text, attrs={"rating": "4", "page": "/reviews"})
            )
        else:
            ids.append(post(f, c, when, text, lang))
    elif act == "review":
        ids.append(
            f.add(
                c,
                when,
                "web",
                "review",
                pick(f, W.REVIEWS, lang),
                attrs={"rating": f.rng.choice(["5", "5", "4"]), "page": "/reviews"},
            )
        )
    elif act == "chat":
        q, a = f.rng.choice(W.CHAT_Q[lang])
        ids.append(f.add(c, when, "chat", "chat", q))
        t = f.mins(when, 1, 6)
        f.add(c, t, "chat", "chat", a, out=True, agent=f.agent(lang))
        if f.rng.random() < 0.6:
            ids.append(f.add(c, f.mins(t, 1, 3), "chat", "chat", pick(f, W.THANKS, lang)))
    elif act == "mail":
        subj, body, ans = f.rng.choice(W.MAIL_Q[lang])
        ids.append(f.add(c, when, "email", "message", body, subj))
        ag = f.agent(lang)
        f.add(
            c,
            f.morning(f.mins(when, 40, 180)),
            "email",
            "message",
            ans.format(agent=ag),
            "Re: " + subj,
            out=True,
            agent=ag,
        )
    elif act == "phone":
        tr, subj, body = f.rng.choice(W.PHONE_Q[lang])
        ids.append(f.add(c, when, "phone", "call", tr))
        ag = f.agent(lang)
        f.add(
            c,
            f.mins(when, 10, 40),
            "email",
            "message",
            body.format(agent=ag),
            subj,
            out=True,
            agent=ag,
        )
    elif act == "buy":
        page = "/app/book/" + it[0]
        ids.append(f.add(c, when, "web", "page_view", attrs={"page": page}))
        ids.append(purchase(f, c, f.mins(when, 3, 15), it[1], it[2], page))
    elif act == "view":
        ids.append(f.add(c, when, "web", "page_view", attrs={"page": f.rng.choice(W.PAGES)}))
    elif act == "survey":
        ids.append(happy_survey(f, c, when, lang))
    else:
        raise SystemExit(f"unknown act {act}")
    return ids


def happy_survey(
    f: Fam, c: Cust, when: datetime, lang: str, words: dict[str, list[str]] | None = None
) -> str:
    kind = f.rng.choice(["nps", "csat", "ces"])
    score = {"nps": f.rng.randint(9, 10), "csat": f.rng.randint(4, 5), "ces": f.rng.randint(6, 7)}[
        kind
    ]
    word = f.rng.choice((words or W.SURVEY_WORDS)[lang]) or None
    return f.add(
        c, when, "survey", "survey_response", word, scores={kind: score}, attrs={"survey": kind}
    )


DAY_ACTS = [
    "praise",
    "praise",
    "praise",
    "again",
    "gripe",
    "chat",
    "chat",
    "mail",
    "phone",
    "buy",
    "buy",
    "view",
    "review",
    "survey",
]
NO_SURVEY = [a for a in DAY_ACTS if a != "survey"]


def spread(f: Fam, days: Sequence[int], k: int) -> list[int]:
    days = list(days)
    return sorted(f.rng.sample(days, min(k, len(days))))


def happy_days(
    f: Fam,
    c: Cust,
    days: Sequence[int],
    k: int,
    acts: Sequence[str] = DAY_ACTS,
    h0: float = 7.0,
    h1: float = 19.0,
    langs: Sequence[str] | None = None,
) -> list[str]:
    ids: list[str] = []
    for i, d in enumerate(spread(f, days, k)):
        lang = langs[i % len(langs)] if langs else c.lang
        ids += happy(f, c, f.day_time(d, h0, h1), f.rng.choice(list(acts)), lang)
    return ids


# --- trouble helpers -------------------------------------------------------


def amt(c: Cust, problem: str, lang: str, spoken: bool = False) -> str:
    return money(W.PROBLEM_EUR[problem], c.market, lang, spoken)


def what(c: Cust, problem: str, lang: str) -> str:
    text: str = W.WHAT[problem][lang].format(amt=amt(c, problem, lang))
    return text


def subject(problem: str, lang: str) -> str:
    return f"{W.COMPLAINT_WORD[lang]}: {W.SUBJECT[problem][lang]}"


def angry(f: Fam, c: Cust, problem: str, lang: str) -> str:
    return f.fmt(f.rng.choice(W.ANGRY[problem][lang]), c, amt=amt(c, problem, lang))


def complaint(f: Fam, c: Cust, when: datetime, problem: str, channel: str, lang: str) -> str:
    if channel == "long_email":
        body = f.fmt(
            f.rng.choice(W.LONG_LETTER[lang]),
            c,
            complaint=angry(f, c, problem, lang),
            name=f"{c.first} {c.last}",
        )
        return f.add(c, when, "email", "message", body, subject(problem, lang))
    if channel == "email":
        return f.add(
            c, when, "email", "message", angry(f, c, problem, lang), subject(problem, lang)
        )
    if channel == "chat":
        return f.add(c, when, "chat", "chat", angry(f, c, problem, lang))
    if channel == "social":
        return f.add(c, when, "social", "mention", angry(f, c, problem, lang))
    if channel == "web":
        return f.add(
            c,
            when,
            "web",
            "ticket",
            angry(f, c, problem, lang),
            W.SUBJECT[problem][lang],
            attrs={"page": "/help/contact"},
        )
    if channel == "phone":
        return f.add(
            c,
            when,
            "phone",
            "call",
            W.ANGRY_CALL[problem][lang].format(amt=amt(c, problem, lang, spoken=True)),
        )
    raise SystemExit(channel)


def agent_mail(f: Fam, c: Cust, t: datetime, template: tuple[str, str], ag: str, ref: str) -> str:
    """An agent's e-mail about a case (subject and body name the reference)."""
    subj, body = template
    text = f.fmt(body, c, ref=ref, agent=ag)
    return f.add(c, t, "email", "message", text, subj.format(ref=ref), out=True, agent=ag)


def case_opened(f: Fam, c: Cust, when: datetime, channel: str, ref: str, lang: str) -> datetime:
    ag = f.agent(lang)
    if channel == "chat":
        t = f.mins(when, 1, 4)
        f.add(c, t, "chat", "chat", W.CHAT_CASE[lang].format(ref=ref), out=True, agent=ag)
        return t
    t = f.morning(f.mins(when, 10, 40))
    agent_mail(f, c, t, W.CASE_OPENED[lang], ag, ref)
    return t


def escalated(f: Fam, c: Cust, when: datetime, ref: str, lang: str) -> datetime:
    ag = f.agent(lang)
    t = f.morning(f.mins(when, 90, 150))
    agent_mail(f, c, t, W.ESCALATED[lang], ag, ref)
    return t


def sorted_mail(f: Fam, c: Cust, when: datetime, ref: str, problem: str, lang: str) -> str:
    ag = f.agent(lang)
    subj, body = W.SORTED[lang]
    return f.add(
        c,
        when,
        "email",
        "message",
        f.fmt(body, c, ref=ref, agent=ag, action=W.ACTION[problem][lang]),
        subj.format(ref=ref),
        out=True,
        agent=ag,
    )


def confirm(f: Fam, c: Cust, when: datetime, ref: str, lang: str, channel: str) -> str:
    text = f.rng.choice(W.CONFIRMED[lang]).format(ref=ref)
    if channel == "chat":
        return f.add(c, when, "chat", "chat", text)
    return f.add(c, when, "email", "message", text, f"Re: {W.SORTED[lang][0].format(ref=ref)}")


def later_contact(
    f: Fam,
    c: Cust,
    when: datetime,
    nth: int,
    channel: str,
    ref: str,
    problem: str,
    lang: str,
    comp: str | None,
) -> str:
    wh = what(c, problem, lang)
    if channel == "phone":
        text = W.LATER_CALL[lang].format(ref=ref, what=wh)
        if nth >= 3:
            text += {
                "de": f" und ehrlich gesagt schau ich mir schon {comp} an",
                "pt": f" e sinceramente já estou a ver a {comp}",
                "es": f" y la verdad ya estoy mirando {comp}",
                "en": f" and honestly I'm already looking at {comp}",
                "fr": f" et franchement je regarde déjà {comp}",
                "it": f" e sinceramente sto già guardando {comp}",
            }[lang]
        return f.add(c, when, "phone", "call", text)
    if nth == 2:
        text = f.rng.choice(W.SECOND[lang])
    elif nth == 3:
        text = f.rng.choice(W.THIRD[lang])
    else:
        text = f.rng.choice(W.FOURTH[lang])
    text = text.format(ref=ref, what=wh, comp=comp)
    if channel == "email":
        return f.add(
            c, when, "email", "message", text, f"Re: {W.CASE_OPENED[lang][0].format(ref=ref)}"
        )
    if channel == "chat":
        eid = f.add(c, when, "chat", "chat", text)
        f.add(
            c,
            f.mins(when, 1, 4),
            "chat",
            "chat",
            W.CHAT_AGAIN[lang].format(ref=ref),
            out=True,
            agent=f.agent(lang),
        )
        return eid
    if channel == "web":
        return f.add(c, when, "web", "ticket", text, ref, attrs={"page": "/help/contact"})
    return f.add(c, when, "social", "mention", text)


def repeat_run(
    f: Fam,
    c: Cust,
    problem: str,
    first_at: datetime,
    times: int,
    first_channel: str,
    escalate: bool,
    langs: Sequence[str],
) -> None:
    ref = f.ref()
    comp = f.rng.choice(W.COMPETITORS) if times >= 3 else None
    e0 = complaint(f, c, first_at, problem, first_channel, langs[0])
    case_opened(f, c, first_at, first_channel, ref, langs[0])
    if escalate:
        escalated(f, c, first_at, ref, langs[0])
    channels = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != first_channel]
    f.rng.shuffle(channels)
    ids = [e0]
    t = first_at
    for k in range(2, times + 1):
        t = f.morning(t + timedelta(hours=f.rng.uniform(4, 40))).replace(microsecond=0)
        ids.append(
            later_contact(
                f, c, t, k, channels[k - 2], ref, problem, langs[(k - 1) % len(langs)], comp
            )
        )
    c.truth.update(
        {
            "problem": problem,
            "booking": ref,
            "contacts": times,
            "channels": [first_channel, *channels[: times - 1]],
            "problem_event_ids": ids,
            "competitor": comp,
            "trouble_starts_at": iso(first_at),
            "agent_passed_on": escalate,
        }
    )


def fixed_case(
    f: Fam, c: Cust, problem: str, at: datetime, channel: str, lang1: str, lang2: str
) -> dict[str, Any]:
    ref = f.ref()
    e0 = complaint(f, c, at, problem, channel, lang1)
    case_opened(f, c, at, channel, ref, lang1)
    fixed = f.morning(at + timedelta(hours=f.rng.uniform(3, 20))).replace(microsecond=0)
    sorted_mail(f, c, fixed, ref, problem, lang1)
    conf_ch = f.rng.choice(["email", "chat"])
    ct = f.morning(fixed + timedelta(hours=f.rng.uniform(8, 30))).replace(microsecond=0)
    ce = confirm(f, c, ct, ref, lang2, conf_ch)
    return {
        "problem": problem,
        "booking": ref,
        "raised_at": iso(at),
        "fixed_at": iso(fixed),
        "confirmed_at": iso(ct),
        "problem_event_ids": [e0],
        "confirm_event_id": ce,
        "channel": channel,
        "confirm_channel": conf_ch,
    }


def slide(f: Fam, c: Cust, first_day: int, span: int, langs: Sequence[str], nps: bool) -> None:
    comp = f.rng.choice(W.COMPETITORS)
    step_days = sorted(
        [first_day, first_day + span, *f.rng.sample(range(first_day, first_day + span + 1), 4)]
    )
    ids: list[str] = []
    t = f.start
    first_t = f.start
    for i, d in enumerate(step_days):
        lang = langs[i % len(langs)]
        cand = f.day_time(d, 8, 20)
        t = (
            cand
            if cand > t + timedelta(hours=1)
            else f.morning(t + timedelta(hours=f.rng.uniform(1, 3)))
        )
        text = f.fmt(W.SLIDE[lang][i], c, comp=comp)
        where = f.rng.choice(["social", "community", "review"])
        if where == "review":
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str([3, 3, 2, 2, 1, 1][i]), "page": "/reviews"},
                )
            )
        elif where == "social":
            ids.append(f.add(c, t, "social", "mention", text))
        else:
            ids.append(f.add(c, t, "community", "post", text))
        if i == 0:
            first_t = t
        if i == 3 and nps:
            nt = f.morning(t + timedelta(hours=f.rng.uniform(2.5, 3.5)))
            score = f.rng.randint(1, 5)
            nps_id = low_survey(f, c, "nps", score, nt, W.NPS_LOW_WORDS[lang])
            c.truth.update({"nps_given": True, "nps": score, "survey_event_id": nps_id})
            t = max(t, nt)
    c.truth.update(
        {
            "slide_event_ids": ids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": iso(first_t),
        }
    )
    if not nps:
        c.truth.update({"nps_given": False})


# --- output -----------------------------------------------------------------


def finish(f: Fam) -> tuple[int, int, int]:
    rows = sorted(f.rows, key=lambda r: (r.when, r.seq))
    first_in: dict[str, int] = {}
    for r in rows:
        if r.direction == "inbound" and r.cust.key not in first_in:
            first_in[r.cust.key] = r.seq
    for key in f.custs:
        if key not in first_in:
            raise SystemExit(f"{f.name}: {key} has no inbound touchpoint")
    lines: list[str] = []
    for r in rows:
        c = r.cust
        ids: dict[str, str | None] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": c.account,
        }
        if r.direction == "outbound" or first_in[c.key] == r.seq:
            ids.update(
                {"customer_id": c.key, "email": c.email, "phone": c.phone, "handle": c.handle}
            )
        elif r.channel == "phone":
            cc = PHONES[c.market][0]
            ids["phone"] = c.phone if f.vr.random() < 0.5 else cc + " " + c.phone[len(cc) :]
        elif r.channel in ("social", "community") and c.handle:
            ids["handle"] = c.handle if f.vr.random() < 0.8 else c.handle.lstrip("@")
        elif r.channel in ("social", "community", "email"):
            ids["email"] = c.email.upper() if f.vr.random() < 1 / 12 else c.email
        else:
            ids["customer_id"] = c.key
        rec = {
            "event_id": r.eid,
            "occurred_at": iso(r.when),
            "channel": r.channel,
            "kind": r.kind,
            "direction": r.direction,
            "customer": ids,
            "text": r.text,
            "subject": r.subject,
            "scores": r.scores,
            "source": SOURCE[r.channel],
            "attributes": r.attrs,
        }
        lines.append(json.dumps(rec, ensure_ascii=False))
    expected: Counter[str] = Counter()
    for c in f.custs.values():
        expected.update(c.truth["expected_rules"])
    for acc in f.accounts.values():
        expected.update(acc["expected_rules"])
    if f.spike:
        expected["topic_spike"] += 1
    if dict(expected) != f.plan:
        raise SystemExit(f"{f.name}: expected {dict(expected)} != planned {f.plan}")
    last = rows[-1].when
    end = max(f.start + timedelta(days=f.days), last + timedelta(hours=1))
    if end >= LIMIT:
        raise SystemExit(f"{f.name}: end {iso(end)} too late")
    truth = {
        "config": {
            "family": f.name,
            "about": f.about,
            "business": f"{BRAND}: household waste collection (bags, skips, bulky items, garden bins) by app and web, and {B.BUSINESS} for organisations on account",
            "days": f.days,
            "seed": SEED * 100 + f.n,
            "written": WRITTEN,
            "expected": dict(sorted(expected.items())),
        },
        "start": iso(f.start),
        "end": iso(end),
        "customers": {k: c.truth for k, c in sorted(f.custs.items())},
        "accounts": f.accounts,
        "spike": f.spike,
        "journey": {},
        "expectations": {},
    }
    (HERE / f"{f.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (HERE / f"{f.name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    outbound = sum(1 for r in rows if r.direction == "outbound")
    return len(f.custs), len(rows), outbound


def day(y: int, m: int, d: int) -> datetime:
    return datetime(y, m, d, tzinfo=UTC)


# --- families ---------------------------------------------------------------


def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        day(2026, 2, 2),
        10,
        "happy households: day writers, night writers, survey answerers",
        {},
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        happy_days(f, c, range(10), f.rng.randint(5, 8))
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in spread(f, range(9), f.rng.randint(2, 4)):
            t = f.at(d, f.rng.uniform(22.2, 28.5)).replace(microsecond=0)
            if f.rng.random() < 0.5:
                post(f, c, t, f.fmt(pick(f, W.NIGHT_POST, c.lang), c), c.lang)
            else:
                q, a = f.rng.choice(W.NIGHT_CHAT[c.lang])
                f.add(c, t, "chat", "chat", q)
                t2 = f.mins(t, 1, 4)
                f.add(c, t2, "chat", "chat", a, out=True, agent=f.agent(c.lang))
                f.add(c, f.mins(t2, 1, 3), "chat", "chat", pick(f, W.THANKS, c.lang))
        happy_days(f, c, range(10), f.rng.randint(2, 3), ["praise", "buy", "view", "review"], 9, 18)
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in spread(f, range(10), f.rng.randint(3, 6)):
            happy_survey(f, c, f.day_time(d, 8, 20), c.lang)
    return f


def low_survey(f: Fam, c: Cust, kind: str, score: int, t: datetime, words: list[str]) -> str:
    """A low survey score with a word from the table, or nothing."""
    word = f.rng.choice(words) or None
    return f.add(
        c, t, "survey", "survey_response", word, scores={kind: score}, attrs={"survey": kind}
    )


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        day(2026, 3, 9),
        12,
        "happy households with one angry day each, and controls",
        {"detractor": 6},
    )
    channels = ["long_email", "email", "chat", "social", "web", "phone"]
    slots = [(PROBLEMS[i % 6], channels[i // 4]) for i in range(24)]
    f.rng.shuffle(slots)
    with_case = [i for i, (_, ch) in enumerate(slots) if ch != "social"]
    nps_set = set(f.rng.sample(with_case, 6))
    rest = [i for i in with_case if i not in nps_set]
    csat_set = set(f.rng.sample(rest, 5))
    sorted_set = set(f.rng.sample(with_case, 12))
    apol_set = set(f.rng.sample(sorted(sorted_set), 5))
    long_langs = ["de", "de", "pt", "pt"]
    for i, (problem, ch) in enumerate(slots):
        lang = long_langs.pop() if ch == "long_email" else None
        nps = i in nps_set
        c = f.person(
            "bad_day_detractor" if nps else "happy_one_bad_day",
            "one bad day",
            lang=lang,
            expected=["detractor"] if nps else [],
            tolerated=["silence"],
        )
        bd = f.rng.randint(2, 9)
        bad_at = f.day_time(bd, 8, 20)
        days = [d for d in range(12) if d <= bd - 2 or d >= bd + 3]
        happy_days(f, c, days, f.rng.randint(1, 5), NO_SURVEY)
        e = complaint(f, c, bad_at, problem, ch, c.lang)
        ref = None
        tr: dict[str, Any] = {
            "problem": problem,
            "bad_day_at": iso(bad_at),
            "bad_day_event_id": e,
            "channel": ch,
            "long_email": ch == "long_email",
            "nps_given": nps,
            "csat_given": i in csat_set,
            "agent_fixed": i in sorted_set,
            "apologised": i in apol_set,
        }
        if ch != "social":
            ref = f.ref()
            case_opened(f, c, bad_at, "chat" if ch == "chat" else "email", ref, c.lang)
        tr["booking"] = ref
        tr["trouble_starts_at"] = iso(bad_at)
        if nps:
            score = f.rng.randint(1, 5)
            tr["nps"] = score
            t_low = f.mins(bad_at, 100, 140)
            tr["survey_event_id"] = low_survey(f, c, "nps", score, t_low, W.NPS_LOW_WORDS[c.lang])
        if i in csat_set:
            score = f.rng.randint(1, 2)
            tr["csat"] = score
            t_low = f.mins(bad_at, 40, 80)
            tr["survey_event_id"] = low_survey(f, c, "csat", score, t_low, W.CSAT_LOW_WORDS[c.lang])
        if i in sorted_set and ref:
            sorted_mail(f, c, f.morning(f.mins(bad_at, 60, 240)), ref, problem, c.lang)
        if i in apol_set:
            at = f.morning(f.mins(bad_at, 16 * 60, 24 * 60))
            apo = f.rng.choice(W.APOLOGY[c.lang])
            if f.rng.random() < 0.5:
                tr["apology_event_id"] = f.add(c, at, "chat", "chat", apo)
                f.add(
                    c,
                    f.mins(at, 1, 4),
                    "chat",
                    "chat",
                    {
                        "de": "Kein Problem, freut mich, dass es jetzt passt!",
                        "pt": "Não tem mal nenhum, ainda bem que ficou resolvido!",
                        "es": "¡No pasa nada, me alegro de que esté resuelto!",
                        "en": "No worries at all, glad it's sorted!",
                        "fr": "Aucun souci, content que ce soit réglé !",
                        "it": "Nessun problema, felici che sia risolto!",
                    }[c.lang],
                    out=True,
                    agent=f.agent(c.lang),
                )
            else:
                tr["apology_event_id"] = f.add(
                    c, at, "email", "message", apo, f"Re: {W.SORTED[c.lang][0].format(ref=ref)}"
                )
            tr["apology_at"] = iso(at)
        c.truth.update(tr)
    for _ in range(8):
        c = f.person("happy", "control")
        happy_days(f, c, range(12), f.rng.randint(4, 7))
    return f


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        day(2026, 4, 20),
        10,
        "households who raise one open problem again and again; fixed cases; frequent writers",
        {"repeat_contact": 12},
    )
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    f.rng.shuffle(firsts)
    times = [2] * 4 + [3] * 4 + [4] * 4
    f.rng.shuffle(times)
    esc = set(f.rng.sample(range(12), 6))
    for i in range(12):
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=REPEAT_TOL)
        happy_days(f, c, [0], 1, NO_SURVEY, 7, 12)
        for _ in range(f.rng.randint(0, 2)):
            happy(f, c, f.day_time(0, 7, 12), f.rng.choice(["view", "buy", "praise"]))
        at = f.day_time(f.rng.randint(1, 4), 8, 19)
        repeat_run(f, c, PROBLEMS[i % 6], at, times[i], firsts[i], i in esc, [c.lang])
    for i in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=["silence"])
        happy_days(f, c, range(0, 2), f.rng.randint(1, 2), NO_SURVEY)
        at = f.day_time(f.rng.randint(2, 5), 8, 19)
        case = fixed_case(
            f, c, PROBLEMS[(i + 2) % 6], at, f.rng.choice(["web", "email", "chat"]), c.lang, c.lang
        )
        c.truth.update(
            {"problems": [case], "booking": case["booking"], "trouble_starts_at": case["raised_at"]}
        )
    for i in range(3):
        c = f.person("different_problems", "two problems", tolerated=["silence"])
        a1 = f.day_time(f.rng.randint(0, 2), 8, 18)
        a2 = f.day_time((a1 - f.start).days + f.rng.randint(4, 5), 8, 18)
        p1, p2 = PROBLEMS[i], PROBLEMS[i + 3]
        cases = [
            fixed_case(f, c, p1, a1, f.rng.choice(["web", "email"]), c.lang, c.lang),
            fixed_case(f, c, p2, a2, f.rng.choice(["chat", "email"]), c.lang, c.lang),
        ]
        c.truth.update({"problems": cases, "trouble_starts_at": cases[0]["raised_at"]})
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        happy_days(
            f,
            c,
            range(10),
            f.rng.randint(5, 8),
            ["chat", "chat", "mail", "mail", "phone", "buy", "praise"],
        )
    return f


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        day(2026, 6, 1),
        32,
        "households sliding from a happy baseline, leavers, steady, steadily grumpy and sarcastic ones",
        {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
    )
    spans = [3] + [5] * 5 + [9] * 4
    f.rng.shuffle(spans)
    nps_set = set(f.rng.sample(range(10), 5))
    for i in range(10):
        nps = i in nps_set
        c = f.person(
            "slow_churner",
            "slides",
            expected=["sentiment_drop", "detractor"] if nps else ["sentiment_drop"],
            tolerated=SLIDE_TOL,
        )
        for d in spread(f, range(11), f.rng.randint(4, 5)):
            happy(f, c, f.day_time(d, 8, 20), "praise")
        happy_days(f, c, range(11), f.rng.randint(2, 4), ["buy", "view", "chat", "review", "again"])
        slide(f, c, f.rng.randint(12, 16), spans[i], [c.lang], nps)
    for _ in range(5):
        c = f.person(
            "slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=CANCEL_TOL
        )
        happy_days(f, c, range(16), f.rng.randint(4, 6), NO_SURVEY)
        at = f.day_time(f.rng.randint(17, 23), 8, 19)
        subj, body = f.rng.choice(W.CANCEL_ASK[c.lang])
        e = f.add(c, at, "email", "message", f.fmt(body, c, name=c.first), subj)
        ag = f.agent(c.lang)
        rs, rb = W.CANCEL_REPLY[c.lang]
        f.add(
            c,
            f.morning(f.mins(at, 60, 300)),
            "email",
            "message",
            f.fmt(rb, c, agent=ag),
            rs,
            out=True,
            agent=ag,
        )
        ct = f.mins(at, 20 * 60, 30 * 60)
        ce = f.add(
            c, ct, "web", "cancellation", attrs={"page": "/account/plus/cancel", "product": W.PLUS}
        )
        c.truth.update(
            {
                "churn_intent_event_id": e,
                "cancellation_event_id": ce,
                "churn_at": iso(ct),
                "trouble_starts_at": iso(at),
            }
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        happy_days(f, c, range(32), f.rng.randint(6, 10))
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=["repeat_contact", "silence"])
        d = f.rng.randint(0, 4)
        ids: list[str] = []
        lines = list(W.GRUMBLES[c.lang])
        f.rng.shuffle(lines)
        for k in range(f.rng.randint(5, 7)):
            if d >= 32:
                break
            t = f.day_time(d, 8, 21)
            text = lines[k % len(lines)]
            where = f.rng.choice(["social", "community", "web", "review"])
            if where == "review":
                ids.append(
                    f.add(c, t, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            elif where == "web":
                ids.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
            else:
                ids.append(post(f, c, t, text, c.lang))
            d += f.rng.randint(1, 3)
        for _ in range(f.rng.randint(0, 2)):
            happy(f, c, f.day_time(f.rng.randint(0, 31), 9, 18), "buy")
        c.truth.update(
            {
                "grumble_event_ids": ids,
                "trouble_starts_at": iso(min(r.when for r in f.rows if r.eid in ids)),
            }
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=["silence"])
        sd = f.rng.randint(17, 28)
        happy_days(f, c, [d for d in range(32) if abs(d - sd) > 1], f.rng.randint(4, 7), NO_SURVEY)
        t = f.day_time(sd, 9, 20)
        e = post(f, c, t, f.fmt(pick(f, W.SARCASM, c.lang), c), c.lang)
        c.truth.update({"sarcasm_event_id": e, "trouble_starts_at": iso(t)})
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        day(2026, 8, 7),
        3,
        "a calm summer weekend with night owls in three bursts a night",
        {},
    )
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in spread(f, range(3), f.rng.randint(1, 3)):
            happy(f, c, f.day_time(d, 7, 17.5), f.rng.choice(NO_SURVEY))
    for i in range(4):
        c = f.person("grumbles_once", "grumbles once", tolerated=["silence"])
        t0 = f.day_time(f.rng.randint(0, 2), 8, 17)
        happy(f, c, t0, f.rng.choice(["view", "buy"]))
        t = f.mins(t0, 20, 30)
        q, a = f.rng.choice(W.MILD[c.lang])
        ag = f.agent(c.lang)
        if i < 2:
            e = f.add(c, t, "chat", "chat", q)
            f.add(c, f.mins(t, 1, 5), "chat", "chat", a, out=True, agent=ag)
        else:
            e = f.add(c, t, "web", "ticket", q, attrs={"page": "/help/contact"})
            f.add(
                c,
                f.mins(t, 30, 120),
                "email",
                "message",
                f"{c.first},\n\n{a}\n\n{ag}",
                {
                    "de": "Ihr Hinweis",
                    "pt": "A sua mensagem",
                    "es": "Tu mensaje",
                    "en": "Your message",
                    "fr": "Votre message",
                    "it": "La sua segnalazione",
                }[c.lang],
                out=True,
                agent=ag,
            )
        c.truth.update({"grumble_event_id": e, "trouble_starts_at": iso(t)})
    for night in range(3):
        base = f.at(night + 1, f.rng.uniform(0.67, 1.08)).replace(second=0, microsecond=0)
        starts = [
            base,
            base + timedelta(minutes=f.rng.uniform(28, 33)),
            base + timedelta(minutes=f.rng.uniform(55, 65)),
        ]
        for b, bs in enumerate(starts):
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                t = f.mins(bs, 0, 10).replace(second=f.rng.randint(0, 59))
                if f.rng.random() < 0.5:
                    q, a = f.rng.choice(W.NIGHT_CHAT[c.lang])
                    e = f.add(c, t, "chat", "chat", q)
                    t2 = f.mins(t, 1, 3)
                    f.add(c, t2, "chat", "chat", a, out=True, agent=f.agent(c.lang))
                    f.add(c, f.mins(t2, 1, 2), "chat", "chat", pick(f, W.THANKS, c.lang))
                else:
                    e = post(f, c, t, f.fmt(pick(f, W.NIGHT_POST, c.lang), c), c.lang)
                c.truth.update({"burst_at": iso(bs), "night_event_id": e})
                if f.rng.random() < 0.5:
                    happy(
                        f,
                        c,
                        f.day_time(f.rng.randint(0, 2), 9, 17.5),
                        f.rng.choice(["praise", "view", "buy", "review"]),
                    )
    return f


PAIRS = (
    [("de", "pt")] * 4
    + [("pt", "de")] * 4
    + [("pt", "es")] * 2
    + [("es", "pt")] * 2
    + [("de", "en")] * 2
    + [
        ("de", "es"),
        ("es", "en"),
        ("de", "fr"),
        ("fr", "de"),
        ("pt", "fr"),
        ("fr", "pt"),
        ("de", "it"),
        ("it", "de"),
        ("pt", "en"),
        ("en", "pt"),
        ("es", "de"),
        ("it", "pt"),
        ("en", "de"),
    ]
)
PAIR_MARKETS = {
    "de": ["DE", "AT", "CH"],
    "pt": ["PT", "LU", "CH"],
    "es": ["ES"],
    "en": ["IE", "UK"],
    "fr": ["FR", "BE", "LU", "CH"],
    "it": ["IT", "CH"],
}


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        6,
        day(2026, 9, 7),
        14,
        "customers who write in two languages",
        {"repeat_contact": 5, "sentiment_drop": 5},
    )
    pairs = list(PAIRS)
    long_pair = ("pt", "de")
    pairs.remove(long_pair)
    f.rng.shuffle(pairs)
    why = [
        "grew up in Germany, parents from Portugal",
        "Portuguese, works in Luxembourg",
        "German, lived in Lisbon for ten years",
        "Swiss, partner from Braga",
        "Erasmus year abroad, stayed",
        "works for an international firm",
        "mother tongue at home, the other at work",
        "moved for a partner",
    ]

    def bi(
        persona: str,
        habit: str,
        pair: tuple[str, str],
        expected: Sequence[str] = (),
        tolerated: Sequence[str] = (),
    ) -> Cust:
        ms = PAIR_MARKETS[pair[0]] + PAIR_MARKETS[pair[1]]
        c = f.person(
            persona,
            habit,
            lang=pair[0],
            market=f.rng.choice(ms),
            expected=expected,
            tolerated=tolerated,
            languages=list(pair),
            job_second_language=f.rng.choice(why),
        )
        c.langs = pair
        return c

    for _ in range(12):
        pair = pairs.pop()
        c = bi("happy", "alternates languages", pair)
        happy_days(f, c, range(14), f.rng.randint(5, 8), langs=pair)
    counts = [2, 2, 3, 3, 4]
    for k in range(5):
        pair = pairs.pop()
        c = bi("repeat_contact", "repeats", pair, ["repeat_contact"], REPEAT_TOL)
        happy_days(f, c, range(2), f.rng.randint(1, 3), NO_SURVEY, langs=pair)
        at = f.day_time(f.rng.randint(2, 5), 8, 19)
        repeat_run(
            f,
            c,
            PROBLEMS[k],
            at,
            counts[k],
            f.rng.choice(["web", "email", "chat"]),
            counts[k] >= 3,
            pair,
        )
    for _ in range(5):
        pair = pairs.pop()
        c = bi("slow_churner", "slides", pair, ["sentiment_drop"], SLIDE_TOL)
        for j, d in enumerate(spread(f, range(6), 5)):
            happy(f, c, f.day_time(d, 8, 20), "praise", pair[j % 2])
        happy_days(f, c, range(6), f.rng.randint(1, 3), ["buy", "view", "chat"], langs=pair)
        slide(f, c, f.rng.randint(7, 8), f.rng.randint(3, 5), pair, False)
    bad: list[tuple[str, tuple[str, str] | None]] = [
        ("long_email", long_pair),
        ("email", None),
        ("chat", None),
    ]
    for k, (ch, fixed_pair) in enumerate(bad):
        pair = fixed_pair or pairs.pop()
        c = bi("happy_one_bad_day", "one bad day", pair, tolerated=["silence"])
        bd = f.rng.randint(4, 9)
        happy_days(
            f,
            c,
            [d for d in range(14) if d <= bd - 2 or d >= bd + 3],
            f.rng.randint(2, 4),
            NO_SURVEY,
            langs=pair,
        )
        at = f.day_time(bd, 8, 19)
        problem = PROBLEMS[k + 1]
        e = complaint(f, c, at, problem, ch, pair[1])
        ref = f.ref()
        case_opened(f, c, at, "chat" if ch == "chat" else "email", ref, pair[1])
        c.truth.update(
            {
                "problem": problem,
                "booking": ref,
                "bad_day_at": iso(at),
                "bad_day_event_id": e,
                "bad_day_language": pair[1],
                "long_email": ch == "long_email",
                "channel": ch,
                "trouble_starts_at": iso(at),
                "agent_fixed": ch != "chat",
                "apologised": ch == "email",
            }
        )
        if ch != "chat":
            sorted_mail(f, c, f.morning(f.mins(at, 60, 240)), ref, problem, pair[1])
        if ch == "email":
            t = f.morning(f.mins(at, 18 * 60, 24 * 60))
            c.truth["apology_event_id"] = f.add(
                c, t, "chat", "chat", f.rng.choice(W.APOLOGY[pair[1]])
            )
            c.truth["apology_at"] = iso(t)
    for k in range(2):
        pair = pairs.pop()
        c = bi("resolved_between_contacts", "fixed", pair, tolerated=["silence"])
        happy_days(f, c, range(3), 2, NO_SURVEY, langs=pair)
        case = fixed_case(
            f, c, PROBLEMS[k + 4], f.day_time(f.rng.randint(3, 8), 8, 18), "web", pair[0], pair[1]
        )
        c.truth.update(
            {
                "problems": [case],
                "booking": case["booking"],
                "confirm_language": pair[1],
                "trouble_starts_at": case["raised_at"],
            }
        )
    return f


ACCOUNTS: list[tuple[str, str, str, str, str, str, str, str | None, int, int]] = [
    (
        "at_risk",
        "de",
        "DE",
        "Gasthof Kranz Betriebs GmbH",
        "gasthof-kranz.example",
        "restaurant",
        "Bahnhofstraße",
        "missed_lifts",
        6,
        4,
    ),
    (
        "at_risk",
        "pt",
        "PT",
        "Hotel Miradouro do Sado, Lda.",
        "miradourosado.example",
        "hotel",
        "unidade de Setúbal",
        "contamination",
        5,
        4,
    ),
    (
        "at_risk",
        "de",
        "DE",
        "Klinik am Hainberg",
        "klinik-hainberg.example",
        "clinic",
        "Haus B",
        "paperwork",
        5,
        3,
    ),
    (
        "at_risk",
        "pt",
        "PT",
        "Mercado Fresco Minho, S.A.",
        "mercadofrescominho.example",
        "supermarket",
        "loja de Barcelos",
        "portal",
        4,
        3,
    ),
    (
        "at_risk",
        "es",
        "ES",
        "Construcciones Ebro Norte S.L.",
        "ebronorte.example",
        "construction",
        "la obra de Actur",
        "missed_lifts",
        4,
        3,
    ),
    (
        "one_unhappy",
        "de",
        "AT",
        "Bäckerei Leitner KG",
        "leitner-baeckt.example",
        "bakery",
        "Filiale Lend",
        "paperwork",
        3,
        1,
    ),
    (
        "one_unhappy",
        "fr",
        "FR",
        "Cantine Les Tilleuls",
        "lestilleuls-restauration.example",
        "canteen",
        "Tilleuls",
        "contamination",
        3,
        1,
    ),
    (
        "one_unhappy",
        "it",
        "IT",
        "Officina Meccanica Fratelli Sala",
        "fratellisala.example",
        "workshop",
        "Sala Nord",
        "missed_lifts",
        3,
        1,
    ),
    (
        "one_unhappy",
        "pt",
        "PT",
        "Gráfica Atlântida, Lda.",
        "graficaatlantida.example",
        "printing",
        "gráfica da Maia",
        "portal",
        3,
        1,
    ),
    (
        "mild",
        "de",
        "DE",
        "Kanzlei Brückner & Partner",
        "brueckner-partner.example",
        "office",
        "Kanzlei",
        None,
        4,
        0,
    ),
    (
        "mild",
        "de",
        "CH",
        "Hotel Seeblick Brunnen AG",
        "seeblick-brunnen.example",
        "hotel",
        "Seeblick",
        None,
        3,
        0,
    ),
    (
        "mild",
        "en",
        "IE",
        "Shannon Valley Foods Ltd",
        "shannonvalleyfoods.example",
        "warehouse",
        "the Ennis depot",
        None,
        3,
        0,
    ),
    (
        "happy",
        "de",
        "DE",
        "Gesamtschule Nordstadt",
        "gs-nordstadt.example",
        "school",
        "Nordstadt",
        None,
        4,
        0,
    ),
    (
        "happy",
        "es",
        "ES",
        "Residencia Los Almendros",
        "losalmendros-residencia.example",
        "care home",
        "la residencia",
        None,
        3,
        0,
    ),
    (
        "happy",
        "pt",
        "PT",
        "Universidade Sénior de Aveiro",
        "useniorav.example",
        "university",
        "sede",
        None,
        3,
        0,
    ),
]
B_UNHAPPY_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]


def b2b_routine(f: Fam, c: Cust, when: datetime, act: str) -> None:
    lang = c.lang
    if act == "chat":
        q, a = f.rng.choice(B.CHAT_Q[lang])
        f.add(c, when, "chat", "chat", q)
        t = f.mins(when, 1, 6)
        f.add(c, t, "chat", "chat", a, out=True, agent=f.agent(lang))
        if f.rng.random() < 0.6:
            f.add(c, f.mins(t, 1, 3), "chat", "chat", f.rng.choice(B.THANKS[lang]))
    elif act == "buy":
        label, price = f.rng.choice(B.ORDERS)
        f.add(c, when, "web", "page_view", attrs={"page": "/business/portal/orders"})
        purchase(f, c, f.mins(when, 2, 12), price, label, "/business/portal/orders")
    elif act == "view":
        f.add(c, when, "web", "page_view", attrs={"page": f.rng.choice(B.PAGES)})
    elif act == "praise":
        f.add(c, when, "community", "post", f.rng.choice(B.PRAISE[lang]).format(brand=BRAND))
    elif act == "survey":
        happy_survey(f, c, when, lang, B.SURVEY_WORDS)


def weekday_time(f: Fam, days: Sequence[int]) -> datetime:
    ok = [d for d in days if (f.start + timedelta(days=d)).weekday() < 5]
    return f.day_time(f.rng.choice(ok), 8, 16.5)


def b2b_complaint(f: Fam, c: Cust, t: datetime, problem: str, site: str, ref: str) -> str:
    """A company contact's first complaint e-mail, and the agent's acknowledgement."""
    lang = c.lang
    wh = B.WHAT[problem][lang].format(site=site)
    body = f.rng.choice(B.FIRST[lang]).format(
        what=wh[0].upper() + wh[1:], name=f"{c.first} {c.last}"
    )
    eid = f.add(
        c, t, "email", "message", body, f"{W.COMPLAINT_WORD[lang]}: {B.SUBJECT[problem][lang]}"
    )
    ag = f.agent(lang)
    subj, text = B.ACK[lang]
    ack = text.format(name=c.first, ref=ref, agent=ag, business=B.BUSINESS)
    f.add(
        c,
        f.office(f.mins(t, 20, 90)),
        "email",
        "message",
        ack,
        subj.format(ref=ref),
        out=True,
        agent=ag,
    )
    return eid


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        day(2026, 10, 12),
        14,
        "organisations on account: at-risk accounts, one unhappy contact, mild suggestions, happy accounts",
        {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    )
    for kind, lang, market, company, domain, site_kind, site, problem, n, bad in ACCOUNTS:
        acc = f.unique(lambda m=market: f"RBA-{m}-{f.rng.randint(1000, 9999)}")
        roles = ["complainer"] * bad if kind in ("at_risk", "one_unhappy") else []
        if kind == "mild":
            roles = ["suggests", "suggests"]
        roles += ["contact"] * (n - len(roles))
        contacts: list[Cust] = []
        used_first: list[str] = []
        for k, role in enumerate(roles):
            last_one = kind == "at_risk" and k == bad - 1
            if role == "complainer" and kind == "at_risk":
                persona = "b2b_unhappy"
                exp = ["repeat_contact"] if last_one else ["detractor"]
                tol = B_UNHAPPY_TOL
            elif role == "complainer":
                persona, exp, tol = (
                    "b2b_one_unhappy",
                    ["detractor"],
                    ["sentiment_drop", "high_value_at_risk", "silence"],
                )
            elif role == "suggests":
                persona, exp, tol = "b2b_mild", [], ["silence"]
            else:
                persona, exp, tol = "b2b_happy", [], []
            title = f.rng.choice(B.JOBS)
            c = f.person(
                persona,
                role,
                lang=lang,
                market=market,
                expected=exp,
                tolerated=tol,
                account=acc,
                domain=domain,
                avoid_first=used_first,
                company=company,
                role=role,
                job_title=title,
            )
            c.truth["job"] = title
            c.truth["town"] = f.rng.choice(TOWNS[market])
            used_first.append(c.first)
            contacts.append(c)
        complainers = [c for c in contacts if c.truth["role"] == "complainer"]
        for c in contacts:
            if c.truth["role"] == "contact":
                for _ in range(f.rng.randint(2, 5)):
                    b2b_routine(
                        f,
                        c,
                        weekday_time(f, range(14)),
                        f.rng.choice(["chat", "chat", "buy", "buy", "view", "praise", "survey"]),
                    )
            else:
                for _ in range(f.rng.randint(0, 2)):
                    b2b_routine(
                        f, c, weekday_time(f, [0, 1]), f.rng.choice(["chat", "buy", "view"])
                    )
        acct: dict[str, Any] = {
            "company": company,
            "site": site_kind,
            "contacts": n,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(complainers),
            "unhappy_contact_keys": [c.key for c in complainers],
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": None,
            "language": lang,
            "country": market,
        }
        if kind == "at_risk" and problem:
            ref = f.ref()
            t = f.office(f.day_time(2, 8, 15))
            first_at = t
            for k, c in enumerate(complainers):
                if k:
                    t = f.office(t + timedelta(hours=f.rng.uniform(8, 28))).replace(microsecond=0)
                wh = B.WHAT[problem][lang].format(site=site)
                if k == 0:
                    e = b2b_complaint(f, c, t, problem, site, ref)
                else:
                    wd = B.WEEKDAY[lang][first_at.weekday()]
                    body = f.rng.choice(B.LATER[lang]).format(
                        first=complainers[0].first,
                        weekday=wd,
                        ref=ref,
                        what=wh,
                        name=f"{c.first} {c.last}",
                    )
                    e = f.add(c, t, "email", "message", body, f"{ref} – {B.SUBJECT[problem][lang]}")
                ids = [e]
                if k < len(complainers) - 1:
                    score = f.rng.randint(1, 5)
                    sid = low_survey(f, c, "nps", score, f.mins(t, 60, 180), B.NPS_LOW[lang])
                    c.truth.update({"nps_given": True, "nps": score, "survey_event_id": sid})
                else:
                    t2 = f.office(t + timedelta(hours=f.rng.uniform(18, 40))).replace(microsecond=0)
                    comp = f.rng.choice(W.COMPETITORS)
                    if problem == "contamination":
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "email",
                                "message",
                                B.LAST_MAIL[lang].format(
                                    ref=ref, what=wh, comp=comp, name=f"{c.first} {c.last}"
                                ),
                                f"Re: {ref}",
                            )
                        )
                        c.truth["competitor"] = comp
                    else:
                        ids.append(
                            f.add(
                                c,
                                t2,
                                "phone",
                                "call",
                                B.LAST_CALL[lang].format(
                                    ref=ref, what=wh, name=f"{c.first} {c.last}"
                                ),
                            )
                        )
                    c.truth["repeat_event_id"] = ids[-1]
                c.truth.update(
                    {
                        "problem": problem,
                        "booking": ref,
                        "complaint_event_ids": ids,
                        "trouble_starts_at": iso(t),
                    }
                )
            acct["trouble_starts_at"] = iso(first_at)
        elif kind == "one_unhappy" and problem:
            c = complainers[0]
            ref = f.ref()
            t = f.office(f.day_time(f.rng.randint(3, 7), 8, 16))
            e = b2b_complaint(f, c, t, problem, site, ref)
            score = f.rng.randint(1, 5)
            sid = low_survey(f, c, "nps", score, f.mins(t, 60, 180), B.NPS_LOW[lang])
            c.truth.update(
                {
                    "problem": problem,
                    "booking": ref,
                    "complaint_event_ids": [e],
                    "nps_given": True,
                    "nps": score,
                    "survey_event_id": sid,
                    "trouble_starts_at": iso(t),
                }
            )
        elif kind == "mild":
            ideas = list(B.MILD[lang])
            for k, c in enumerate([c for c in contacts if c.truth["role"] == "suggests"]):
                t = f.office(f.day_time(f.rng.randint(2, 9), 8, 16))
                e = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    ideas[k % len(ideas)],
                    attrs={"page": "/business/portal/feedback"},
                )
                ag = f.agent(lang)
                s, b = B.MILD_ACK[lang]
                f.add(
                    c,
                    f.office(f.mins(t, 30, 180)),
                    "email",
                    "message",
                    b.format(name=c.first, agent=ag),
                    s,
                    out=True,
                    agent=ag,
                )
                c.truth.update({"mild_event_id": e, "trouble_starts_at": iso(t)})
        f.accounts[acc] = acct
    return f


def spike_answer(f: Fam, c: Cust, t: datetime, lang: str) -> str:
    """The agent's chat answer during the incident, 1-3 minutes after a message."""
    at = f.mins(t, 1, 3)
    text = S.CHAT_ANSWER[lang].format(code=S.CODE)
    return f.add(c, at, "chat", "chat", text, out=True, agent=f.agent(lang))


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        day(2026, 11, 9),
        7,
        "a calm week and one incident on its Saturday morning",
        {"topic_spike": 1, "repeat_contact": 6},
    )
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in spread(f, range(6), f.rng.randint(1, 4)):
            h0, h1 = (12.0, 19.0) if d == 5 else (7.0, 19.0)
            happy(f, c, f.day_time(d, h0, h1), f.rng.choice(DAY_ACTS))
    for lang, hour in (("de", 9.3), ("pt", 14.6)):
        c = f.person("grumbles_once", "grumbles once", lang=lang, tolerated=["silence"])
        q, a = S.CALM_GRUMBLE[lang]
        t = f.at(0, hour + f.rng.uniform(0, 0.5)).replace(microsecond=0)
        e = f.add(c, t, "chat", "chat", q)
        f.add(c, f.mins(t, 1, 5), "chat", "chat", a, out=True, agent=f.agent(lang))
        c.truth.update({"grumble_event_id": e, "trouble_starts_at": iso(t)})
    for lang, hm in (("de", (9, 50)), ("pt", (15, 20))):
        c = f.person("grumbles_once", "lone question", lang=lang, tolerated=["silence"])
        q, a = S.LONE[lang]
        t = f.at(4, hm[0] + hm[1] / 60)
        e = f.add(c, t, "chat", "chat", q)
        f.add(c, f.mins(t, 1, 4), "chat", "chat", a, out=True, agent=f.agent(lang))
        c.truth.update({"lone_report_event_id": e, "trouble_starts_at": iso(t)})
    s0 = f.at(5, 8 + 40 / 60)
    s1 = f.at(5, 9 + 25 / 60)
    offs = sorted(f.rng.uniform(1, 44) for _ in range(18))
    times = (
        [s0]
        + [
            (s0 + timedelta(minutes=o)).replace(second=f.rng.randint(0, 59), microsecond=0)
            for o in offs
        ]
        + [s1]
    )
    langs = ["de"] * 6 + ["pt"] * 6 + ["es", "es", "en", "en", "fr", "fr", "it", "it"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    f.rng.shuffle(langs)
    f.rng.shuffle(chans)
    regular = set(f.rng.sample(range(20), 12))
    early = [i for i in range(20) if times[i] <= f.at(5, 9 + 5 / 60)]
    repeaters = f.rng.sample(early, 6)
    rep_chans = ["email", "email", "chat", "chat", "community", "community"]
    f.rng.shuffle(rep_chans)
    others = [i for i in range(20) if i not in repeaters]
    fixed = set(f.rng.sample(others, 6))
    variant: Counter[str] = Counter()
    keys: list[str] = []
    eids: list[str] = []
    reps: list[str] = []
    for i in range(20):
        lang, ch = langs[i], chans[i]
        rep = i in repeaters
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if i in regular else "new",
            lang=lang,
            expected=["repeat_contact"] if rep else [],
            tolerated=["silence", "sentiment_drop"] if rep else ["silence"],
        )
        if i in regular:
            for _ in range(f.rng.randint(1, 2)):
                happy(
                    f,
                    c,
                    f.day_time(2, 8, 17.5),
                    f.rng.choice(["praise", "buy", "view", "chat", "review"]),
                )
        texts = S.REPORT[lang]
        text = texts[variant[lang] % len(texts)].format(code=S.CODE, brand=BRAND)
        variant[lang] += 1
        t = times[i]
        if ch == "social":
            e = f.add(c, t, "social", "mention", text)
        elif ch == "community":
            e = f.add(c, t, "community", "post", text.replace("@" + BRAND, BRAND))
        elif ch == "chat":
            e = f.add(c, t, "chat", "chat", text.replace("@" + BRAND + " ", ""))
            spike_answer(f, c, t, lang)
        elif ch == "email":
            e = f.add(
                c,
                t,
                "email",
                "message",
                text.replace("@" + BRAND + " ", ""),
                {
                    "de": "Buchung geht nicht",
                    "pt": "Não consigo reservar",
                    "es": "No puedo reservar",
                    "en": "Can't book",
                    "fr": "Impossible de réserver",
                    "it": "Non riesco a prenotare",
                }[lang],
            )
        else:
            e = f.add(
                c,
                t,
                "web",
                "ticket",
                text.replace("@" + BRAND + " ", ""),
                S.CODE,
                attrs={"page": "/help/contact"},
            )
        keys.append(c.key)
        eids.append(e)
        tr: dict[str, Any] = {
            "in_spike": True,
            "regular": i in regular,
            "spike_event_id": e,
            "spike_channel": ch,
            "trouble_starts_at": iso(t),
        }
        if rep:
            rch = rep_chans.pop()
            if rch == ch:
                rch = {"email": "chat", "chat": "community", "community": "email"}[rch]
            rt = f.mins(t, 15, 50)
            rtext = f.rng.choice(S.REPEAT[lang]).format(code=S.CODE)
            if rch == "email":
                r = f.add(
                    c,
                    rt,
                    "email",
                    "message",
                    rtext,
                    {
                        "de": "Immer noch Fehler",
                        "pt": "Continua o erro",
                        "es": "Sigue el error",
                        "en": "Still broken",
                        "fr": "Toujours l'erreur",
                        "it": "Ancora errore",
                    }[lang]
                    + f" {S.CODE}",
                )
            elif rch == "chat":
                r = f.add(c, rt, "chat", "chat", rtext)
                spike_answer(f, c, rt, lang)
            else:
                r = f.add(c, rt, "community", "post", rtext)
            reps.append(r)
            tr["repeat_event_id"] = r
        if i in fixed:
            ag = f.agent(lang)
            local = "10:20" if c.market in ("PT", "IE", "UK") else "11:20"
            credit = money(15, c.market, lang)
            subj, body = S.FIXED[lang]
            f.add(
                c,
                f.at(5, 10.75 + f.rng.uniform(0, 0.2)).replace(microsecond=0),
                "email",
                "message",
                body.format(name=c.first, time=local, credit=credit, agent=ag),
                subj,
                out=True,
                agent=ag,
            )
        tr["agent_fixed"] = i in fixed
        c.truth.update(tr)
    f.spike = {
        "topic": f"waste-collection app and website: booking checkout fails at payment with error {S.CODE}, no collection can be booked",
        "about": "Saturday-morning incident: every booking fails at the payment step in the app and on the website",
        "channel": None,
        "start": iso(s0),
        "end": iso(s1),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": sorted(reps),
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
    total = [0, 0, 0]
    for build in FAMILIES:
        fam = build()
        counts = finish(fam)
        print(
            f"{fam.name}: {counts[0]} customers, {counts[1]} touchpoints, {counts[2]} agents' replies"
        )
        total = [a + b for a, b in zip(total, counts, strict=True)]
    print(f"total: {total[0]} customers, {total[1]} touchpoints, {total[2]} agents' replies")


if __name__ == "__main__":
    main()
