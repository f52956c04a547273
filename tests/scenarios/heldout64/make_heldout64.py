# ruff: noqa: E501
"""Write the sixty-fourth hand-written alert scenarios (Trovanta), deterministically.

Run: python make_heldout64.py (from anywhere). Standard library only.
It refuses to write a family whose expected counts differ from the planted ones.
"""

from __future__ import annotations

import json
import random
import re
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

SEED = 20261022
WRITTEN = "2026-12-03"
BUSINESS = "Trovanta: QR lost-and-found tags and app, courier returns, Trovanta Plus; Trovanta Desk: lost property for organisations on account"
COMPETITORS = ("Smarrio", "Keyvena")
LIMIT = datetime(2026, 11, 15, tzinfo=UTC)

LANG_WEIGHTS = {"pt": 25, "it": 25, "es": 15, "de": 15, "fr": 10, "en": 10}
LANG_MARKETS = {
    "pt": [("PT", 8), ("LU", 1), ("CH", 1)],
    "it": [("IT", 8), ("CH", 2)],
    "es": [("ES", 1)],
    "de": [("DE", 6), ("AT", 2), ("CH", 2)],
    "fr": [("FR", 6), ("BE", 2), ("CH", 1), ("LU", 1)],
    "en": [("UK", 6), ("IE", 4)],
}
# country code, mobile prefixes, digits after the prefix
PHONES = {
    "PT": ("351", ["91", "92", "93", "96"], 7),
    "IT": ("39", ["320", "333", "340", "347", "349", "366", "388"], 7),
    "ES": ("34", ["6", "7"], 8),
    "DE": ("49", ["151", "152", "160", "170", "172", "176"], 8),
    "AT": ("43", ["650", "660", "664", "676", "699"], 7),
    "CH": ("41", ["76", "77", "78", "79"], 7),
    "FR": ("33", ["6", "7"], 8),
    "BE": ("32", ["470", "475", "486", "498"], 6),
    "LU": ("352", ["621", "661", "691"], 6),
    "UK": ("44", ["74", "75", "77", "78", "79"], 8),
    "IE": ("353", ["83", "85", "86", "87", "89"], 7),
}
TOWNS = {
    "PT": [
        "Lisboa",
        "Porto",
        "Braga",
        "Coimbra",
        "Setúbal",
        "Faro",
        "Aveiro",
        "Viseu",
        "Leiria",
        "Évora",
    ],
    "IT": [
        "Milano",
        "Roma",
        "Torino",
        "Bologna",
        "Napoli",
        "Firenze",
        "Bari",
        "Verona",
        "Padova",
        "Genova",
    ],
    "CH": ["Zürich", "Lugano", "Genève", "Basel", "Bern", "Lausanne"],
    "LU": ["Luxembourg", "Esch-sur-Alzette", "Differdange"],
    "ES": ["Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Zaragoza", "Málaga"],
    "DE": ["Berlin", "Hamburg", "München", "Köln", "Leipzig", "Frankfurt", "Dresden"],
    "AT": ["Wien", "Graz", "Linz", "Salzburg"],
    "FR": ["Paris", "Lyon", "Marseille", "Toulouse", "Nantes", "Lille"],
    "BE": ["Bruxelles", "Liège", "Namur", "Charleroi"],
    "UK": ["London", "Manchester", "Leeds", "Bristol", "Glasgow"],
    "IE": ["Dublin", "Cork", "Galway", "Limerick"],
}
FIRST = {
    "pt": [
        "Ana",
        "Beatriz",
        "Joana",
        "Marta",
        "Rita",
        "Sofia",
        "Inês",
        "Catarina",
        "Mariana",
        "Teresa",
        "João",
        "Pedro",
        "Tiago",
        "Miguel",
        "Rui",
        "Nuno",
        "Luís",
        "Diogo",
        "Bruno",
        "Hugo",
        "Filipa",
        "Carolina",
        "Helena",
        "Ricardo",
        "André",
    ],
    "it": [
        "Giulia",
        "Chiara",
        "Francesca",
        "Sara",
        "Martina",
        "Elena",
        "Valentina",
        "Alessia",
        "Federica",
        "Silvia",
        "Marco",
        "Luca",
        "Andrea",
        "Matteo",
        "Lorenzo",
        "Davide",
        "Simone",
        "Stefano",
        "Paolo",
        "Giorgio",
        "Roberta",
        "Claudia",
        "Fabio",
        "Riccardo",
        "Antonio",
    ],
    "es": [
        "Lucía",
        "María",
        "Carmen",
        "Laura",
        "Marta",
        "Elena",
        "Irene",
        "Paula",
        "Javier",
        "David",
        "Carlos",
        "Pablo",
        "Sergio",
        "Álvaro",
        "Diego",
        "Raúl",
    ],
    "de": [
        "Anna",
        "Lena",
        "Julia",
        "Laura",
        "Sabine",
        "Katrin",
        "Miriam",
        "Jana",
        "Lukas",
        "Jonas",
        "Felix",
        "Tobias",
        "Stefan",
        "Markus",
        "Jan",
        "Florian",
    ],
    "fr": [
        "Camille",
        "Léa",
        "Manon",
        "Chloé",
        "Julie",
        "Sophie",
        "Claire",
        "Émilie",
        "Thomas",
        "Nicolas",
        "Julien",
        "Maxime",
        "Antoine",
        "Hugo",
        "Pierre",
        "Louis",
    ],
    "en": [
        "Emma",
        "Olivia",
        "Sophie",
        "Grace",
        "Chloe",
        "Niamh",
        "Aoife",
        "Hannah",
        "James",
        "Oliver",
        "Jack",
        "Harry",
        "Liam",
        "Conor",
        "Tom",
        "Ben",
    ],
}
LAST = {
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
        "Galli",
        "Martini",
        "Leone",
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
        "Martín",
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
        "Richter",
        "Klein",
        "Wolf",
        "Schröder",
        "Neumann",
        "Schwarz",
        "Zimmermann",
        "Braun",
        "Krüger",
    ],
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Thomas",
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
        "Garcia",
        "David",
        "Bertrand",
        "Roux",
        "Vincent",
        "Fournier",
    ],
    "en": [
        "Smith",
        "Jones",
        "Taylor",
        "Brown",
        "Williams",
        "Wilson",
        "Johnson",
        "Davies",
        "Murphy",
        "Kelly",
        "O'Brien",
        "Walsh",
        "Byrne",
        "Evans",
        "Thomas",
        "Roberts",
        "Clarke",
        "Hughes",
        "Ryan",
        "Doyle",
    ],
}
JOBS = [
    "nurse",
    "teacher",
    "electrician",
    "accountant",
    "shop assistant",
    "student",
    "retired",
    "pharmacist",
    "software developer",
    "bus driver",
    "cook",
    "hairdresser",
    "architect",
    "civil servant",
    "photographer",
    "physiotherapist",
    "warehouse worker",
    "lawyer",
    "journalist",
    "engineer",
    "tram driver",
    "baker",
]
DOMAINS = [
    "mail.example",
    "correio.example",
    "posta.example",
    "webmail.example",
    "inbox.example",
    "casa.example",
]
MONEY_WORD = {
    "EUR": {"pt": "euros", "it": "euro", "es": "euros", "de": "Euro", "fr": "euros", "en": "euros"},
    "GBP": {
        "pt": "libras",
        "it": "sterline",
        "es": "libras",
        "de": "Pfund",
        "fr": "livres",
        "en": "pounds",
    },
    "CHF": {
        "pt": "francos",
        "it": "franchi",
        "es": "francos",
        "de": "Franken",
        "fr": "francs",
        "en": "francs",
    },
}
SOURCES = {
    "email": "trovanta-mail",
    "phone": "trovanta-voice",
    "social": "trovanta-social",
    "community": "trovanta-forum",
    "chat": "trovanta-chat",
    "web": "trovanta-web",
    "survey": "trovanta-survey",
}
KEEP = {"Trovanta", "Smarrio", "Keyvena", "Plus", "Desk"}

HAPPY_NONE: list[str] = []
SILENCE = ["silence"]
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
GRUMPY_TOL = ["repeat_contact", "silence"]
B2B_RISK_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
B2B_ONE_TOL = ["sentiment_drop", "high_value_at_risk", "silence"]

# Identifiers used anywhere in the set (none given twice).
USED: set[str] = set()


def currency(market: str) -> tuple[str, float]:
    if market == "UK":
        return "GBP", 0.86
    if market == "CH":
        return "CHF", 0.94
    return "EUR", 1.0


def money(market: str, lang: str, eur: float) -> str:
    cur, rate = currency(market)
    if cur == "GBP":
        return f"£{round(eur * rate)}"
    if cur == "CHF":
        return f"CHF {round(eur * rate)}"
    if lang == "en":
        return f"€{eur:.2f}"
    return f"{eur:.2f}".replace(".", ",") + " €"


def spoken_money(market: str, lang: str, eur: float) -> str:
    cur, rate = currency(market)
    return f"{round(eur * rate)} {MONEY_WORD[cur][lang]}"


def ascii_fold(text: str) -> str:
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("'", "")):
        text = text.replace(a, b)
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )


def strip_accents(text: str, lang: str) -> str:
    """A keyboard without accents: German umlauts as ae/oe/ue; ß and ñ kept."""
    out = []
    for ch in text:
        if lang == "de" and ch in "äöüÄÖÜ":
            out.append({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}[ch])
        elif ch in "ßñÑ":
            out.append(ch)
        else:
            out.append(
                "".join(
                    c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)
                )
            )
    return "".join(out)


def spoken(text: str, lang: str) -> str:
    """A speech-to-text transcript: no punctuation, lower case but for codes and names."""
    text = re.sub(r"[^\w\s'€£/-]", " ", text)
    words = []
    for w in text.split():
        if w in ("-", "/"):
            continue
        if lang != "de" and w not in KEEP and not any(c.isdigit() for c in w):
            w = w.lower()
        words.append(w)
    return " ".join(words)


def at_mention(text: str) -> str:
    i = text.rfind("Trovanta")
    if i < 0:
        return "@Trovanta " + text
    return text[:i] + "@" + text[i:]


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    first: str
    last: str
    ids: dict[str, str | None]
    persona: str
    habit: str
    expected: list[str]
    tolerated: list[str]
    segment: str = "consumer"
    info: dict[str, Any] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Row:
    t: datetime
    cust: Cust
    tp: dict[str, Any]


class Fam:
    def __init__(
        self, n: int, name: str, code: str, start: datetime, days: int, about: str
    ) -> None:
        self.n, self.name, self.code, self.start, self.days, self.about = (
            n,
            name,
            code,
            start,
            days,
            about,
        )
        self.rng = random.Random(SEED * 100 + n)
        self.rr = random.Random(SEED * 100 + 50 + n)
        self.custs: dict[str, Cust] = {}
        self.rows: list[Row] = []
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.seq = 0
        self.planted: dict[str, int] = {}

    # -- time
    def t(self, day: int, hour: int, minute: int = 0) -> datetime:
        return self.start + timedelta(days=day, hours=hour, minutes=minute)

    def rand_t(self, day: int, h0: float, h1: float) -> datetime:
        mins = self.rng.randint(int(h0 * 60), int(h1 * 60))
        return self.start + timedelta(days=day, minutes=mins)

    def daytime(self, t: datetime, first: int = 7, last: int = 21) -> datetime:
        """Move a household's act out of the night (to the next 08:00-09:00)."""
        if t.hour > last:
            nxt = (t + timedelta(days=1)).replace(hour=8, minute=0)
            return nxt + timedelta(minutes=self.rng.randint(0, 60))
        if t.hour < first:
            return t.replace(hour=8, minute=0) + timedelta(minutes=self.rng.randint(0, 60))
        return t

    def office(self, t: datetime, last: int = 17) -> datetime:
        """Weekdays 08-17 UTC; otherwise the next working morning."""
        while t.weekday() >= 5 or t.hour >= last or t.hour < 8:
            if t.hour < 8 and t.weekday() < 5:
                t = t.replace(hour=8, minute=0) + timedelta(minutes=self.rng.randint(5, 50))
                continue
            t = (t + timedelta(days=1)).replace(hour=8, minute=0) + timedelta(
                minutes=self.rng.randint(5, 50)
            )
        return t

    # -- people
    def ident(self, kind: str, make: Any) -> str:
        for _ in range(200):
            v = str(make())
            if v not in USED:
                USED.add(v)
                return v
        raise SystemExit(f"could not make a unique {kind}")

    def phone(self, market: str) -> str:
        cc, prefixes, rest = PHONES[market]
        r = self.rng
        return self.ident(
            "phone",
            lambda: (
                "+" + cc + r.choice(prefixes) + "".join(str(r.randint(0, 9)) for _ in range(rest))
            ),
        )

    def lang(self) -> str:
        langs = list(LANG_WEIGHTS)
        return self.rng.choices(langs, weights=[LANG_WEIGHTS[x] for x in langs])[0]

    def market(self, lang: str) -> str:
        ms = LANG_MARKETS[lang]
        return self.rng.choices([m for m, _ in ms], weights=[w for _, w in ms])[0]

    def person(
        self,
        lang: str,
        persona: str,
        habit: str,
        expected: list[str],
        tolerated: list[str],
        *,
        market: str | None = None,
        account: str | None = None,
        domain: str | None = None,
        avoid_first: set[str] | None = None,
    ) -> Cust:
        r = self.rng
        market = market or self.market(lang)
        first = r.choice([f for f in FIRST[lang] if not avoid_first or f not in avoid_first])
        last = r.choice(LAST[lang])
        fa, la = ascii_fold(first).lower(), ascii_fold(last).lower().replace(" ", "")
        key = self.ident("id", lambda: f"TV{self.code}{r.randint(1000, 9999)}")
        if domain:
            email = self.ident("email", lambda: f"{fa}.{la}@{domain}")
            handle = None
        else:
            forms = [
                f"{fa}.{la}",
                f"{fa}{la}{r.randint(1, 99)}",
                f"{fa[0]}{la}",
                f"{la}.{fa}{r.randint(1, 9)}",
                f"{fa}_{la}",
            ]
            email = self.ident("email", lambda: f"{r.choice(forms)}@{r.choice(DOMAINS)}")
            hforms = [
                f"@{la}_{fa}{r.randint(1, 9)}",
                f"@{fa}{la}{r.randint(10, 99)}",
                f"@{la}{fa[0]}",
                f"@{fa}_{la}",
                f"@{fa}.{la[:3]}{r.randint(1, 99)}",
            ]
            handle = self.ident("handle", lambda: r.choice(hforms))
        c = Cust(
            key=key,
            lang=lang,
            market=market,
            first=first,
            last=last,
            ids={
                "customer_id": key,
                "email": email,
                "phone": self.phone(market),
                "handle": handle,
                "account_id": account,
            },
            persona=persona,
            habit=habit,
            expected=list(expected),
            tolerated=list(tolerated),
            segment="b2b" if account else "consumer",
        )
        c.info["job"] = r.choice(JOBS)
        c.info["town"] = r.choice(TOWNS[market])
        self.custs[key] = c
        return c

    def ref(self) -> str:
        return self.ident("ref", lambda: f"TV-{self.rng.randint(100000, 999999)}")

    # -- touchpoints
    def roughen(self, text: str, lang: str) -> str:
        r = self.rr
        if r.random() < 0.10:
            text = strip_accents(text, lang)
        if (
            r.random() < 0.125
            and text[:1].isupper()
            and text[1:2].islower()
            and not text.startswith("Trovanta")
        ):
            text = text[0].lower() + text[1:]
        if r.random() < 1 / 7:
            words = [(m.start(), m.group()) for m in re.finditer(r"\b[a-zà-ÿ]{5,}\b", text)]
            if words:
                pos, w = r.choice(words)
                i = r.randint(1, len(w) - 3)
                w2 = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
                text = text[:pos] + w2 + text[pos + len(w) :]
        return text

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        *,
        out: bool = False,
        scores: dict[str, int] | None = None,
        attrs: dict[str, str] | None = None,
        rough: bool = True,
    ) -> str:
        self.seq += 1
        eid = f"tv64-{self.code.lower()}-{self.seq:05d}"
        if (
            text is not None
            and not out
            and rough
            and channel not in ("phone", "survey")
            and kind not in ("page_view", "purchase", "cancellation")
        ):
            text = self.roughen(text, c.lang)
        a = {"market": c.market}
        if c.segment == "b2b":
            a["segment"] = "b2b"
        a.update(attrs or {})
        tp: dict[str, Any] = {
            "event_id": eid,
            "occurred_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "channel": channel,
            "kind": kind,
            "direction": "outbound" if out else "inbound",
            "customer": {},
            "text": text,
            "subject": subject,
            "scores": {"nps": None, "csat": None, "ces": None} | (scores or {}),
            "source": SOURCES[channel],
            "attributes": a,
        }
        self.rows.append(Row(t, c, tp))
        return eid

    def agent(self, lang: str) -> str:
        return str(self.rng.choice(W.AGENTS[lang]))

    def fill(self, c: Cust, text: str, **kw: str) -> str:
        base = {
            "first": c.first,
            "name": c.name,
            "plus": money(c.market, c.lang, 29.90),
            "fee": money(c.market, c.lang, 12.90),
        }
        base.update(kw)
        return text.format(**base)

    # -- finishing
    def finish(self) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        self.rows.sort(key=lambda r: (r.t, r.tp["event_id"]))
        seen_in: set[str] = set()
        for row in self.rows:
            c, tp, ids = row.cust, row.tp, row.cust.ids
            ch = tp["channel"]
            full = {k: v for k, v in ids.items()}
            if tp["direction"] == "outbound" or c.key not in seen_in:
                cust = full
                if tp["direction"] == "inbound":
                    seen_in.add(c.key)
            elif ch == "phone":
                p = str(ids["phone"])
                cc = PHONES[c.market][0]
                if self.rr.random() < 0.5:
                    p = f"+{cc} {p[len(cc) + 1 :]}"
                cust = {"phone": p}
            elif ch in ("social", "community"):
                if ids["handle"]:
                    h = str(ids["handle"])
                    cust = {"handle": h[1:] if self.rr.random() < 0.2 else h}
                else:
                    cust = {"email": ids["email"]}
            elif ch == "email":
                e = str(ids["email"])
                cust = {"email": e.upper() if self.rr.random() < 1 / 12 else e}
            else:
                cust = {"customer_id": ids["customer_id"]}
            if ids.get("account_id"):
                cust["account_id"] = ids["account_id"]
            tp["customer"] = {
                k: cust.get(k) for k in ("customer_id", "email", "phone", "handle", "account_id")
            }
        for c in self.custs.values():
            if c.key not in seen_in:
                raise SystemExit(f"{self.name}: {c.key} has no inbound touchpoint")
            if set(c.expected) & set(c.tolerated):
                raise SystemExit(f"{self.name}: {c.key} both expects and tolerates a rule")
        for row in self.rows:
            if not (datetime(2026, 1, 1, tzinfo=UTC) <= row.t < LIMIT) or row.t < self.start:
                raise SystemExit(
                    f"{self.name}: touchpoint outside the window: {row.tp['event_id']}"
                )
        end = self.start + timedelta(days=self.days)
        if self.rows and self.rows[-1].t + timedelta(hours=1) > end:
            end = self.rows[-1].t + timedelta(hours=1)
        if end >= LIMIT:
            raise SystemExit(f"{self.name}: end too late")
        counts: dict[str, int] = {}
        for c in self.custs.values():
            for rule in c.expected:
                counts[rule] = counts.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                counts[rule] = counts.get(rule, 0) + 1
        if self.spike:
            counts["topic_spike"] = counts.get("topic_spike", 0) + 1
        if counts != self.planted:
            raise SystemExit(
                f"{self.name}: expected counts {counts} differ from planted {self.planted}"
            )
        customers = {}
        for c in self.custs.values():
            d: dict[str, Any] = {
                "identifiers": dict(c.ids),
                "expected_rules": sorted(c.expected),
                "tolerated_rules": sorted(c.tolerated),
                "persona": c.persona,
                "habit": c.habit,
                "language": c.lang,
                "country": c.market,
                "segment": c.segment,
                "name": c.name,
            }
            d.update(c.info)
            customers[c.key] = d
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": BUSINESS,
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": WRITTEN,
                "expected": dict(sorted(self.planted.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": customers,
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        return [r.tp for r in self.rows], truth


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


# ---------------------------------------------------------------- acts

HAPPY_KINDS = [
    "praise",
    "praise",
    "again",
    "gripe",
    "chat_q",
    "chat_q",
    "mail_q",
    "call_q",
    "purchase",
    "purchase",
    "page",
    "review",
    "survey",
]


def pick(f: Fam, table: dict[str, list[Any]], lang: str) -> Any:
    return f.rng.choice(table[lang])


def happy_act(f: Fam, c: Cust, t: datetime, kind: str, lang: str | None = None) -> list[str]:
    """One happy act (and the agent's answer and thanks where there are)."""
    L = lang or c.lang
    r = f.rng
    ids: list[str] = []
    if kind in ("praise", "again", "gripe", "night_post"):
        table = {
            "praise": W.PRAISE,
            "again": W.AGAIN,
            "gripe": W.GRIPE,
            "night_post": W.NIGHT_POST,
        }[kind]
        text = pick(f, table, L)
        if r.random() < 0.5:
            ids.append(f.add(c, t, "social", "mention", at_mention(text)))
        else:
            ids.append(f.add(c, t, "community", "post", text))
    elif kind in ("chat_q", "night_chat"):
        q, a = pick(f, W.CHAT_Q if kind == "chat_q" else W.NIGHT_CHAT, L)
        ids.append(f.add(c, t, "chat", "chat", q))
        t2 = t + timedelta(minutes=r.randint(1, 6))
        f.add(c, t2, "chat", "chat", a, out=True, attrs={"agent": f.agent(L)})
        if r.random() < 0.65:
            ids.append(
                f.add(
                    c, t2 + timedelta(minutes=r.randint(1, 3)), "chat", "chat", pick(f, W.THANKS, L)
                )
            )
    elif kind == "mail_q":
        subj, text, ans = pick(f, W.MAIL_Q, L)
        ids.append(f.add(c, t, "email", "message", f.fill(c, text), subj))
        ag = f.agent(L)
        t2 = f.daytime(t + timedelta(minutes=r.randint(60, 300)), 8, 20)
        f.add(
            c,
            t2,
            "email",
            "message",
            f.fill(c, ans, agent=ag),
            "Re: " + subj,
            out=True,
            attrs={"agent": ag},
        )
    elif kind == "call_q":
        said, subj, text = pick(f, W.CALL_Q, L)
        ids.append(f.add(c, t, "phone", "call", said))
        ag = f.agent(L)
        f.add(
            c,
            t + timedelta(minutes=r.randint(20, 90)),
            "email",
            "message",
            f.fill(c, text, agent=ag),
            subj,
            out=True,
            attrs={"agent": ag},
        )
    elif kind == "purchase":
        label, eur, page = r.choice(W.PRODUCTS)
        cur, rate = currency(c.market)
        ids.append(f.add(c, t, "web", "page_view", attrs={"page": page}))
        ids.append(
            f.add(
                c,
                t + timedelta(minutes=r.randint(3, 15)),
                "web",
                "purchase",
                attrs={
                    "order_value": f"{eur * rate:.2f}",
                    "currency": cur,
                    "product": label,
                    "page": page,
                },
            )
        )
    elif kind == "page":
        ids.append(f.add(c, t, "web", "page_view", attrs={"page": r.choice(W.PAGES)}))
    elif kind == "review":
        rating, text = pick(f, W.REVIEW, L)
        ids.append(
            f.add(c, t, "web", "review", text, attrs={"rating": str(rating), "page": "/avaliacoes"})
        )
    elif kind == "survey":
        which = r.choice(["nps", "csat", "ces"])
        score = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[which]
        word = pick(f, W.SURVEY_WORD, L) or None
        ids.append(
            f.add(
                c,
                t,
                "survey",
                "survey_response",
                word,
                scores={which: score},
                attrs={"survey": which},
            )
        )
    else:
        raise ValueError(kind)
    return ids


def spread_days(f: Fam, days: list[int], n: int) -> list[int]:
    return sorted(f.rng.sample(days, min(n, len(days))))


def happy_run(
    f: Fam,
    c: Cust,
    days: list[int],
    n: int,
    kinds: list[str],
    h0: float = 7,
    h1: float = 20.5,
    langs: list[str] | None = None,
) -> list[str]:
    out: list[str] = []
    for i, d in enumerate(spread_days(f, days, n)):
        L = langs[i % len(langs)] if langs else None
        out += happy_act(f, c, f.rand_t(d, h0, h1), f.rng.choice(kinds), L)
    return out


# ---------------------------------------------------------------- problems


def problem_text(
    f: Fam, c: Cust, problem: str, form: str, lang: str | None = None
) -> tuple[str, str | None]:
    """(text, subject) of a first complaint in one of the forms."""
    L = lang or c.lang
    core = f.fill(c, W.CORE[L][problem])
    topic = W.TOPIC[L][problem]
    if form == "chat":
        return f.fill(c, W.ANGRY[L][problem]), None
    if form == "social":
        return at_mention(f.fill(c, W.ANGRY[L][problem])), None
    if form == "form":
        return core, None
    if form == "mail":
        return W.MAIL_FRAME[L].format(core=core, name=c.name), W.COMPLAINT_SUBJECT[L].format(
            topic=topic
        )
    if form == "call":
        core_s = f.fill(
            c,
            W.CORE[L][problem],
            plus=spoken_money(c.market, L, 29.90),
            fee=spoken_money(c.market, L, 12.90),
        )
        a, b = W.CALL_FRAME[L]
        return spoken(f"{a} {core_s} {b}", L), None
    if form == "long":
        subj, letter = f.rng.choice(W.LONG[L])
        return letter.format(core=core, name=c.name), subj
    raise ValueError(form)


FORM_CHANNEL = {
    "chat": ("chat", "chat"),
    "social": ("social", "mention"),
    "form": ("web", "ticket"),
    "mail": ("email", "message"),
    "long": ("email", "message"),
    "call": ("phone", "call"),
}


def complain(f: Fam, c: Cust, t: datetime, problem: str, form: str, lang: str | None = None) -> str:
    text, subj = problem_text(f, c, problem, form, lang)
    ch, kind = FORM_CHANNEL[form]
    attrs = {"page": "/ajuda/contacto"} if form == "form" else None
    return f.add(c, t, ch, kind, text, subj, attrs=attrs)


def case_opened(
    f: Fam, c: Cust, t: datetime, ref: str, form: str, lang: str | None = None
) -> datetime:
    L = lang or c.lang
    ag = f.agent(L)
    if form == "chat":
        t2 = t + timedelta(minutes=f.rng.randint(1, 4))
        f.add(c, t2, "chat", "chat", W.CHAT_CASE[L].format(ref=ref), out=True, attrs={"agent": ag})
        return t2
    subj, text = W.CASE_OPENED[L]
    t2 = f.daytime(t + timedelta(minutes=f.rng.randint(10, 40)), 7, 21)
    f.add(
        c,
        t2,
        "email",
        "message",
        f.fill(c, text, ref=ref, agent=ag),
        subj.format(ref=ref),
        out=True,
        attrs={"agent": ag},
    )
    return t2


def agent_mail(
    f: Fam,
    c: Cust,
    t: datetime,
    table: dict[str, tuple[str, str]],
    lang: str | None = None,
    **kw: str,
) -> str:
    L = lang or c.lang
    ag = f.agent(L)
    subj, text = table[L]
    return f.add(
        c,
        t,
        "email",
        "message",
        f.fill(c, text, agent=ag, **kw),
        subj.format(**kw),
        out=True,
        attrs={"agent": ag},
    )


def later_contact(
    f: Fam,
    c: Cust,
    t: datetime,
    problem: str,
    ref: str,
    nth: int,
    channel: str,
    comp: str | None,
    lang: str | None = None,
) -> str:
    L = lang or c.lang
    angry = f.fill(c, W.ANGRY[L][problem])
    text = f.rng.choice(W.STILL[L]).format(ref=ref, angry=angry)
    if nth == 3 and comp:
        text += " " + f.rng.choice(W.THIRD[L]).format(comp=comp)
    if nth == 4:
        text = W.FOURTH[L].format(ref=ref) + " " + text
    if channel == "email":
        eid = f.add(c, t, "email", "message", text, W.STILL_SUBJECT[L].format(ref=ref))
    elif channel == "chat":
        eid = f.add(c, t, "chat", "chat", text)
        f.add(
            c,
            t + timedelta(minutes=f.rng.randint(1, 4)),
            "chat",
            "chat",
            W.CHAT_URGENT[L].format(ref=ref),
            out=True,
            attrs={"agent": f.agent(L)},
        )
    elif channel == "phone":
        eid = f.add(c, t, "phone", "call", spoken(text, L))
    elif channel == "web":
        eid = f.add(c, t, "web", "ticket", text, attrs={"page": "/ajuda/contacto"})
    else:
        eid = f.add(c, t, "social", "mention", at_mention(text))
    return eid


def repeat_run(
    f: Fam,
    c: Cust,
    first_t: datetime,
    problem: str,
    n: int,
    first_form: str,
    quality: bool,
    langs: list[str] | None = None,
) -> None:
    """A problem raised n times, still open, each time on another channel."""
    r = f.rng
    ref = f.ref()
    L0 = langs[0] if langs else c.lang
    eids = [complain(f, c, first_t, problem, first_form, L0)]
    channels = [first_form]
    if first_form == "chat" or not quality:
        case_opened(f, c, first_t, ref, first_form, L0)
    if quality:
        agent_mail(
            f,
            c,
            f.daytime(first_t + timedelta(minutes=r.randint(90, 150)), 7, 21),
            W.QUALITY_LEAD,
            L0,
            ref=ref,
        )
    first_ch = FORM_CHANNEL[first_form][0]
    pool = [ch for ch in ["email", "chat", "phone", "web", "social"] if ch != first_ch]
    r.shuffle(pool)
    comp = r.choice(COMPETITORS) if n >= 3 else None
    t = first_t
    for k in range(2, n + 1):
        t = t + timedelta(hours=r.uniform(4, 40))
        t = t.replace(second=0, microsecond=0)
        if t.hour >= 22 or t.hour < 7:
            t = f.daytime(t, 7, 21)
        ch = pool[k - 2]
        L = langs[(k - 1) % len(langs)] if langs else c.lang
        eids.append(later_contact(f, c, t, problem, ref, k, ch, comp, L))
        channels.append(ch)
    c.info.update(
        {
            "problem": problem,
            "booking": ref,
            "contacts": n,
            "channels": [FORM_CHANNEL[channels[0]][0], *channels[1:]],
            "channel": FORM_CHANNEL[first_form][0],
            "agent_passed_on": quality,
            "problem_event_ids": eids,
            "competitor": comp,
            "trouble_starts_at": iso(first_t),
        }
    )


def fixed_case(
    f: Fam, c: Cust, t: datetime, problem: str, form: str, lang1: str, lang2: str
) -> dict[str, Any]:
    r = f.rng
    ref = f.ref()
    eid = complain(f, c, t, problem, form, lang1)
    case_opened(f, c, t, ref, form, lang1)
    t_fix = f.daytime(t + timedelta(hours=r.uniform(3, 20)), 8, 20).replace(second=0, microsecond=0)
    agent_mail(f, c, t_fix, W.GOOD_NEWS, lang2, ref=ref)
    t_conf = f.daytime(t_fix + timedelta(hours=r.uniform(8, 30)), 7, 21).replace(
        second=0, microsecond=0
    )
    ch = r.choice(["email", "chat"])
    if ch == "email":
        subj = W.GOOD_NEWS[lang2][0].format(ref=ref)
        ceid = f.add(c, t_conf, "email", "message", W.CONFIRM[lang2].format(ref=ref), "Re: " + subj)
    else:
        ceid = f.add(c, t_conf, "chat", "chat", W.CONFIRM[lang2].format(ref=ref))
    return {
        "problem": problem,
        "booking": ref,
        "raised_at": iso(t),
        "fixed_at": iso(t_fix),
        "confirmed_at": iso(t_conf),
        "problem_event_ids": [eid],
        "confirm_event_id": ceid,
        "channel": FORM_CHANNEL[form][0],
        "confirm_channel": ch,
    }


def slide(
    f: Fam, c: Cust, start_day: int, span: int, langs: list[str] | None = None, nps: bool = False
) -> None:
    r = f.rng
    comp = r.choice(COMPETITORS)
    eids: list[str] = []
    prev: datetime | None = None
    ratings = [3, 3, 2, 2, 1, 1]
    times: list[datetime] = []
    for i in range(6):
        d = start_day + round(i * span / 5)
        t = f.rand_t(d, 8, 20.5)
        if prev is not None and t < prev + timedelta(hours=1):
            t = prev + timedelta(hours=1, minutes=r.randint(5, 90))
        t = f.daytime(t, 7, 21)
        L = langs[i % len(langs)] if langs else c.lang
        text = W.SLIDE[L][i].format(comp=comp)
        ch = r.choice(["social", "community", "review"])
        if ch == "social":
            eids.append(f.add(c, t, "social", "mention", at_mention(text)))
        elif ch == "community":
            eids.append(f.add(c, t, "community", "post", text))
        else:
            eids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str(ratings[i]), "page": "/avaliacoes"},
                )
            )
        times.append(t)
        prev = t
    c.info.update(
        {
            "slide_event_ids": eids,
            "slide_days": span,
            "competitor": comp,
            "trouble_starts_at": iso(times[0]),
        }
    )
    if nps:
        t = f.daytime(times[3] + timedelta(minutes=r.randint(150, 210)), 7, 21)
        score = r.randint(1, 5)
        word = pick(f, W.SURVEY_LOW, c.lang) or None
        sid = f.add(
            c, t, "survey", "survey_response", word, scores={"nps": score}, attrs={"survey": "nps"}
        )
        c.info.update({"nps_given": True, "nps": score, "survey_event_id": sid})


# ---------------------------------------------------------------- families


def happy_writers() -> Fam:
    f = Fam(
        1,
        "happy_writers",
        "HW",
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        "happy customers: day writers, night writers, survey answerers",
    )
    f.planted = {}
    for _ in range(16):
        c = f.person(f.lang(), "happy", "day writer", HAPPY_NONE, HAPPY_NONE)
        happy_run(f, c, list(range(10)), f.rng.randint(5, 8), HAPPY_KINDS, 7, 19)
    for _ in range(5):
        c = f.person(f.lang(), "happy", "night writer", HAPPY_NONE, HAPPY_NONE)
        for d in spread_days(f, list(range(9)), f.rng.randint(2, 4)):
            t = f.t(d, 22, 12) + timedelta(minutes=f.rng.randint(0, 378))
            happy_act(f, c, t, f.rng.choice(["night_post", "night_chat"]))
        happy_run(
            f,
            c,
            list(range(10)),
            f.rng.randint(2, 3),
            ["praise", "purchase", "page", "review"],
            9,
            18,
        )
    for _ in range(5):
        c = f.person(f.lang(), "happy", "answers surveys", HAPPY_NONE, HAPPY_NONE)
        happy_run(f, c, list(range(10)), f.rng.randint(3, 6), ["survey"], 8, 20)
    return f


def one_bad_day() -> Fam:
    f = Fam(
        2,
        "one_bad_day",
        "BD",
        datetime(2026, 4, 6, tzinfo=UTC),
        12,
        "happy customers with one angry day",
    )
    f.planted = {"detractor": 6}
    r = f.rng
    forms = (
        ["long"] * 4 + ["mail"] * 4 + ["chat"] * 4 + ["social"] * 4 + ["form"] * 4 + ["call"] * 4
    )
    problems = [p for p in W.PROBLEMS for _ in range(4)]
    r.shuffle(problems)
    long_langs = ["pt", "pt", "it", "it"]
    cased = [i for i, fm in enumerate(forms) if fm != "social"]
    nps_idx = set(r.sample(cased, 6))
    csat_idx = set(r.sample([i for i in cased if i not in nps_idx], 5))
    good_idx = r.sample(cased, 12)
    apol_idx = set(r.sample(good_idx, 5))
    for i, (form, problem) in enumerate(zip(forms, problems, strict=True)):
        lang = long_langs.pop(0) if form == "long" else f.lang()
        det = i in nps_idx
        c = f.person(
            lang,
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            ["detractor"] if det else [],
            SILENCE,
        )
        bd = r.randint(2, 9)
        t = f.rand_t(bd, 8, 20)
        eid = complain(f, c, t, problem, form)
        ref = None
        if form != "social":
            ref = f.ref()
            case_opened(f, c, t, ref, form)
        days = [d for d in range(12) if d <= bd - 2 or d >= bd + 3]
        happy_run(f, c, days, r.randint(1, 5), [k for k in HAPPY_KINDS if k != "survey"])
        info: dict[str, Any] = {
            "problem": problem,
            "bad_day_at": iso(t),
            "bad_day_event_id": eid,
            "booking": ref,
            "long_email": form == "long",
            "channel": FORM_CHANNEL[form][0],
            "trouble_starts_at": iso(t),
            "nps_given": det,
            "csat_given": i in csat_idx,
            "agent_fixed": i in good_idx,
            "apologised": i in apol_idx,
        }
        if det:
            score = r.randint(1, 5)
            sid = f.add(
                c,
                t + timedelta(minutes=r.randint(100, 140)),
                "survey",
                "survey_response",
                pick(f, W.SURVEY_LOW, c.lang) or None,
                scores={"nps": score},
                attrs={"survey": "nps"},
            )
            info.update({"nps": score, "survey_event_id": sid})
        if i in csat_idx:
            score = r.randint(1, 2)
            sid = f.add(
                c,
                t + timedelta(minutes=r.randint(40, 80)),
                "survey",
                "survey_response",
                pick(f, W.SURVEY_LOW, c.lang) or None,
                scores={"csat": score},
                attrs={"survey": "csat"},
            )
            info.update({"csat": score, "survey_event_id": sid})
        if i in good_idx and ref:
            agent_mail(
                f,
                c,
                f.daytime(t + timedelta(minutes=r.randint(60, 240)), 7, 21),
                W.GOOD_NEWS,
                ref=ref,
            )
        if i in apol_idx:
            ta = f.daytime(t + timedelta(hours=r.uniform(16, 24)), 7, 21).replace(
                second=0, microsecond=0
            )
            if r.random() < 0.5:
                aid = f.add(c, ta, "chat", "chat", W.APOLOGY[c.lang])
            else:
                aid = f.add(
                    c,
                    ta,
                    "email",
                    "message",
                    W.APOLOGY[c.lang],
                    "Re: " + W.GOOD_NEWS[c.lang][0].format(ref=ref),
                )
            info.update({"apology_at": iso(ta), "apology_event_id": aid})
        c.info.update(info)
    for _ in range(8):
        c = f.person(f.lang(), "happy", "control", HAPPY_NONE, HAPPY_NONE)
        happy_run(f, c, list(range(12)), r.randint(4, 7), [k for k in HAPPY_KINDS if k != "survey"])
    return f


def repeat_contacts() -> Fam:
    f = Fam(
        3,
        "repeat_contacts",
        "RC",
        datetime(2026, 5, 18, tzinfo=UTC),
        10,
        "problems raised again and again, fixed cases, frequent writers",
    )
    f.planted = {"repeat_contact": 12}
    r = f.rng
    counts = [2] * 4 + [3] * 4 + [4] * 4
    r.shuffle(counts)
    firsts = ["form"] * 5 + ["mail"] * 3 + ["chat"] * 3 + ["call"]
    r.shuffle(firsts)
    quality = [True] * 6 + [False] * 6
    r.shuffle(quality)
    for n, form, q in zip(counts, firsts, quality, strict=True):
        c = f.person(f.lang(), "repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
        happy_run(f, c, [0], r.randint(1, 3), ["praise", "purchase", "page", "chat_q"], 7, 12)
        for _ in range(r.randint(0, 2)):
            happy_act(f, c, f.rand_t(0, 7, 12), r.choice(["page", "purchase"]))
        repeat_run(f, c, f.rand_t(r.randint(1, 4), 8, 19), r.choice(W.PROBLEMS), n, form, q)
    for _ in range(5):
        c = f.person(f.lang(), "resolved_between_contacts", "fixed", [], SILENCE)
        happy_run(f, c, [0], r.randint(1, 2), ["praise", "purchase", "page"], 7, 12)
        case = fixed_case(
            f,
            c,
            f.rand_t(r.randint(1, 4), 8, 19),
            r.choice(W.PROBLEMS),
            r.choice(["form", "mail"]),
            c.lang,
            c.lang,
        )
        c.info.update({"problems": [case], "trouble_starts_at": case["raised_at"]})
    for _ in range(3):
        c = f.person(f.lang(), "different_problems", "two problems", [], SILENCE)
        p1, p2 = r.sample(list(W.PROBLEMS), 2)
        d1 = r.randint(1, 3)
        c1 = fixed_case(f, c, f.rand_t(d1, 8, 18), p1, r.choice(["form", "mail"]), c.lang, c.lang)
        c2 = fixed_case(
            f,
            c,
            f.rand_t(d1 + r.randint(4, 5), 8, 14),
            p2,
            r.choice(["form", "mail"]),
            c.lang,
            c.lang,
        )
        c.info.update({"problems": [c1, c2], "trouble_starts_at": c1["raised_at"]})
    for _ in range(7):
        c = f.person(f.lang(), "happy", "frequent writer", HAPPY_NONE, HAPPY_NONE)
        happy_run(
            f,
            c,
            list(range(10)),
            r.randint(5, 8),
            ["chat_q", "chat_q", "mail_q", "call_q", "praise", "purchase"],
        )
    return f


def slow_churners() -> Fam:
    f = Fam(
        4,
        "slow_churners",
        "SC",
        datetime(2026, 6, 22, tzinfo=UTC),
        32,
        "slow slides, leavers, steady, steadily grumpy, sarcastic",
    )
    f.planted = {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5}
    r = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    r.shuffle(spans)
    nps = [True] * 5 + [False] * 5
    r.shuffle(nps)
    for span, gives in zip(spans, nps, strict=True):
        exp = ["sentiment_drop", "detractor"] if gives else ["sentiment_drop"]
        c = f.person(f.lang(), "slow_churner", "slides", exp, SLIDE_TOL)
        early = list(range(11))
        happy_run(f, c, early, r.randint(4, 5), ["praise", "praise", "again"])
        happy_run(f, c, early, r.randint(2, 4), ["chat_q", "purchase", "page", "review", "mail_q"])
        slide(f, c, r.randint(12, 16), span, nps=gives)
        c.info.setdefault("nps_given", False)
    for _ in range(5):
        c = f.person(f.lang(), "slow_churner", "asks to cancel", ["churn_intent"], LEAVE_TOL)
        happy_run(f, c, list(range(16)), r.randint(4, 6), [k for k in HAPPY_KINDS if k != "survey"])
        t = f.rand_t(r.randint(17, 23), 8, 19)
        subj, text = pick(f, W.LEAVE, c.lang)
        eid = f.add(c, t, "email", "message", f.fill(c, text), subj)
        ag = f.agent(c.lang)
        s2, t2 = W.SORRY_GO[c.lang]
        f.add(
            c,
            f.daytime(t + timedelta(minutes=r.randint(60, 300)), 7, 21),
            "email",
            "message",
            f.fill(c, t2, agent=ag),
            s2.format(subject=subj),
            out=True,
            attrs={"agent": ag},
        )
        tc = f.daytime(t + timedelta(hours=r.uniform(20, 30)), 7, 21).replace(
            second=0, microsecond=0
        )
        cid = f.add(
            c,
            tc,
            "web",
            "cancellation",
            attrs={"page": "/perfil/conta", "product": "Trovanta Plus, 1 year"},
        )
        c.info.update(
            {
                "churn_intent_event_id": eid,
                "cancellation_event_id": cid,
                "churn_at": iso(tc),
                "trouble_starts_at": iso(t),
            }
        )
    for _ in range(6):
        c = f.person(f.lang(), "happy", "steady", HAPPY_NONE, HAPPY_NONE)
        happy_run(f, c, list(range(32)), r.randint(6, 10), HAPPY_KINDS)
    for _ in range(5):
        c = f.person(f.lang(), "steadily_grumpy", "grumbles", [], GRUMPY_TOL)
        grumbles = list(W.GRUMBLES[c.lang])
        r.shuffle(grumbles)
        d = r.randint(0, 4)
        eids = []
        first_t = None
        for g in grumbles[: r.randint(5, 7)]:
            t = f.rand_t(d, 8, 20.5)
            first_t = first_t or t
            ch = r.choice(["social", "community", "form", "review"])
            if ch == "social":
                eids.append(f.add(c, t, "social", "mention", at_mention(g)))
            elif ch == "community":
                eids.append(f.add(c, t, "community", "post", g))
            elif ch == "form":
                eids.append(f.add(c, t, "web", "ticket", g, attrs={"page": "/ajuda/contacto"}))
            else:
                eids.append(
                    f.add(c, t, "web", "review", g, attrs={"rating": "3", "page": "/avaliacoes"})
                )
            d += r.randint(1, 3)
            if d > 31:
                break
        for _ in range(r.randint(0, 2)):
            happy_act(f, c, f.rand_t(r.randint(0, 31), 9, 19), "purchase")
        assert first_t is not None
        c.info.update({"grumble_event_ids": eids, "trouble_starts_at": iso(first_t)})
    for _ in range(5):
        c = f.person(f.lang(), "happy_one_sarcastic_remark", "happy", [], SILENCE)
        happy_run(f, c, list(range(17)), r.randint(3, 6), [k for k in HAPPY_KINDS if k != "survey"])
        t = f.rand_t(r.randint(17, 28), 9, 20)
        text = pick(f, W.SARCASM, c.lang)
        sid = (
            f.add(c, t, "social", "mention", at_mention(text))
            if r.random() < 0.6
            else f.add(c, t, "community", "post", text)
        )
        c.info.update({"sarcasm_event_id": sid})
    return f


def quiet_hours() -> Fam:
    f = Fam(
        5,
        "quiet_hours",
        "QH",
        datetime(2026, 8, 14, tzinfo=UTC),
        3,
        "a calm summer weekend with night owls in bursts",
    )
    f.planted = {}
    r = f.rng
    for _ in range(16):
        c = f.person(f.lang(), "happy", "day writer", HAPPY_NONE, HAPPY_NONE)
        happy_run(
            f,
            c,
            [0, 1, 2],
            r.randint(1, 3),
            ["praise", "chat_q", "purchase", "page", "review", "again"],
            7,
            17.5,
        )
    for i in range(4):
        c = f.person(f.lang(), "grumbles_once", "grumbles once", [], SILENCE)
        d = r.randint(0, 2)
        t = f.rand_t(d, 9, 16.5)
        happy_act(f, c, t, r.choice(["page", "purchase"]))
        tg = t + timedelta(minutes=r.randint(20, 30))
        q, a = pick(f, W.MILD, c.lang)
        if i < 2:
            gid = f.add(c, tg, "chat", "chat", q)
            f.add(
                c,
                tg + timedelta(minutes=r.randint(1, 5)),
                "chat",
                "chat",
                a,
                out=True,
                attrs={"agent": f.agent(c.lang)},
            )
        else:
            gid = f.add(c, tg, "web", "ticket", q, attrs={"page": "/ajuda/contacto"})
            agent_mail(f, c, tg + timedelta(minutes=r.randint(20, 60)), W.FORM_ACK)
        c.info.update({"grumble_event_id": gid, "trouble_starts_at": iso(tg)})
    owls = 0
    day_ones = set(r.sample(range(36), 18))
    for night in range(3):
        b1 = f.t(night + 1, 0, 40) + timedelta(minutes=r.randint(0, 25))
        starts = [
            b1,
            b1 + timedelta(minutes=r.randint(28, 33)),
            b1 + timedelta(minutes=r.randint(55, 65)),
        ]
        for burst, bs in enumerate(starts, start=1):
            for _ in range(4):
                c = f.person(
                    f.lang(),
                    "night_owl",
                    f"night {night + 1}, burst {burst}",
                    HAPPY_NONE,
                    HAPPY_NONE,
                )
                t = bs + timedelta(minutes=r.randint(0, 9))
                ids = happy_act(f, c, t, r.choice(["night_chat", "night_post"]))
                c.info.update({"burst_at": iso(bs), "night_event_id": ids[0]})
                if owls in day_ones:
                    happy_act(
                        f,
                        c,
                        f.rand_t(r.randint(0, 2), 9, 17.5),
                        r.choice(["praise", "purchase", "page", "chat_q"]),
                    )
                owls += 1
    return f


PAIRS = (
    [("pt", "it")] * 4
    + [("it", "pt")] * 4
    + [("pt", "es")] * 2
    + [("es", "pt")] * 2
    + [("it", "en")] * 2
    + [
        ("pt", "fr"),
        ("fr", "pt"),
        ("it", "de"),
        ("de", "it"),
        ("pt", "en"),
        ("en", "it"),
        ("it", "fr"),
        ("fr", "it"),
        ("es", "it"),
        ("de", "pt"),
        ("it", "es"),
        ("pt", "de"),
        ("en", "pt"),
    ]
)
SECOND_WHY = {
    "pt": "Portuguese partner and in-laws",
    "it": "works for an Italian firm",
    "es": "grew up in Spain",
    "de": "colleagues in Germany",
    "fr": "studied in France",
    "en": "works in English all day",
}


def bilingual() -> Fam:
    f = Fam(
        6,
        "bilingual",
        "BL",
        datetime(2026, 9, 7, tzinfo=UTC),
        14,
        "customers who write in two languages",
    )
    f.planted = {"repeat_contact": 5, "sentiment_drop": 5}
    r = f.rng
    pairs = list(PAIRS)
    r.shuffle(pairs)
    # second language pt or it for the long letter
    roles = (
        ["happy"] * 12
        + ["repeat"] * 5
        + ["slide"] * 5
        + ["bad_long", "bad_mail", "bad_chat"]
        + ["fixed"] * 2
    )
    long_i = next(i for i, p in enumerate(pairs) if p[1] in ("pt", "it"))
    pairs.insert(roles.index("bad_long"), pairs.pop(long_i))
    rep_n = [2, 2, 3, 3, 4]
    r.shuffle(rep_n)
    for role, (l1, l2) in zip(roles, pairs, strict=True):
        ms = sorted({m for m, _ in LANG_MARKETS[l1]} | {m for m, _ in LANG_MARKETS[l2]})
        market = r.choice(ms)
        langs = [l1, l2]
        if role == "happy":
            c = f.person(l1, "happy", "alternates languages", HAPPY_NONE, HAPPY_NONE, market=market)
            happy_run(f, c, list(range(14)), r.randint(5, 8), HAPPY_KINDS, langs=langs)
        elif role == "repeat":
            n = rep_n.pop()
            c = f.person(
                l1, "repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL, market=market
            )
            happy_run(f, c, [0, 1], r.randint(1, 3), ["praise", "purchase", "page"], langs=langs)
            repeat_run(
                f,
                c,
                f.rand_t(r.randint(2, 5), 8, 19),
                r.choice(W.PROBLEMS),
                n,
                r.choice(["form", "mail", "chat"]),
                n >= 3,
                langs=langs,
            )
        elif role == "slide":
            c = f.person(l1, "slow_churner", "slides", ["sentiment_drop"], SLIDE_TOL, market=market)
            happy_run(f, c, list(range(6)), 5, ["praise", "praise", "again"], langs=langs)
            happy_run(
                f,
                c,
                list(range(6)),
                r.randint(1, 3),
                ["purchase", "chat_q", "page"],
                langs=[l2, l1],
            )
            slide(f, c, r.randint(7, 8), r.randint(3, 5), langs=langs)
        elif role.startswith("bad"):
            c = f.person(l1, "happy_one_bad_day", "one bad day", [], SILENCE, market=market)
            bd = r.randint(4, 10)
            t = f.rand_t(bd, 8, 20)
            form = {"bad_long": "long", "bad_mail": "mail", "bad_chat": "chat"}[role]
            problem = r.choice(W.PROBLEMS)
            eid = complain(f, c, t, problem, form, l2)
            ref = f.ref()
            case_opened(f, c, t, ref, form, l2)
            happy_run(
                f,
                c,
                [d for d in range(14) if d <= bd - 2 or d >= bd + 3],
                r.randint(2, 5),
                [k for k in HAPPY_KINDS if k != "survey"],
            )
            info: dict[str, Any] = {
                "problem": problem,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "bad_day_language": l2,
                "booking": ref,
                "long_email": form == "long",
                "channel": FORM_CHANNEL[form][0],
                "trouble_starts_at": iso(t),
                "agent_fixed": form != "chat",
                "apologised": form == "mail",
            }
            if form != "chat":
                agent_mail(
                    f,
                    c,
                    f.daytime(t + timedelta(minutes=r.randint(60, 240)), 7, 21),
                    W.GOOD_NEWS,
                    l2,
                    ref=ref,
                )
            if form == "mail":
                ta = f.daytime(t + timedelta(hours=r.uniform(18, 24)), 7, 21).replace(
                    second=0, microsecond=0
                )
                aid = f.add(c, ta, "chat", "chat", W.APOLOGY[l2])
                info.update({"apology_at": iso(ta), "apology_event_id": aid})
            c.info.update(info)
        else:
            c = f.person(l1, "resolved_between_contacts", "fixed", [], SILENCE, market=market)
            happy_run(f, c, [0, 1], r.randint(1, 2), ["praise", "purchase"], langs=langs)
            case = fixed_case(
                f, c, f.rand_t(r.randint(2, 8), 8, 18), r.choice(W.PROBLEMS), "form", l1, l2
            )
            c.info.update(
                {"problems": [case], "trouble_starts_at": case["raised_at"], "confirm_language": l2}
            )
        c.info.update({"languages": langs, "job_second_language": SECOND_WHY[l2]})
    return f


ACCOUNTS = [
    # company, domain, site, lang, market, kind, problem, contacts, unhappy
    ("Hotel Marvão Palace", "marvaopalace.example", "hotel", "pt", "PT", "at_risk", "portal", 4, 3),
    (
        "Museo Civico Arsenale",
        "museoarsenale.example",
        "museum",
        "it",
        "IT",
        "at_risk",
        "service_blocked",
        5,
        3,
    ),
    (
        "Université Lumière Sud",
        "lumiere-sud.example",
        "university",
        "fr",
        "FR",
        "at_risk",
        "invoice",
        4,
        3,
    ),
    (
        "Fiera Padana Eventi",
        "fierapadana.example",
        "venue",
        "it",
        "IT",
        "at_risk",
        "overbilled",
        6,
        4,
    ),
    (
        "Hospital Lusíadas Norte",
        "lusiadasnorte.example",
        "hospital",
        "pt",
        "PT",
        "at_risk",
        "invoice",
        5,
        4,
    ),
    (
        "Hotel Las Arenas Playa",
        "arenasplaya.example",
        "hotel",
        "es",
        "ES",
        "one_unhappy",
        "service_blocked",
        3,
        1,
    ),
    (
        "Rheintal Bahnhöfe GmbH",
        "rheintal-bahn.example",
        "railway",
        "de",
        "DE",
        "one_unhappy",
        "overbilled",
        3,
        1,
    ),
    (
        "Ginásios Atlântico",
        "ginasiosatlantico.example",
        "gym",
        "pt",
        "PT",
        "one_unhappy",
        "portal",
        3,
        1,
    ),
    (
        "Northgate Theatre Trust",
        "northgate-theatre.example",
        "theatre",
        "en",
        "UK",
        "one_unhappy",
        "invoice",
        3,
        1,
    ),
    ("Liceo Scientifico Volta", "liceovolta.example", "school", "it", "IT", "mild", None, 4, 0),
    ("Hôtel du Lac Léman", "hotel-lac-leman.example", "hotel", "fr", "CH", "mild", None, 3, 0),
    ("Messe Nordhafen", "messe-nordhafen.example", "conference", "de", "DE", "mild", None, 3, 0),
    (
        "Cinema Multisala Aurora",
        "multisala-aurora.example",
        "cinema",
        "it",
        "IT",
        "happy",
        None,
        4,
        0,
    ),
    ("Estadio Ribera Club", "estadioribera.example", "stadium", "es", "ES", "happy", None, 4, 0),
    (
        "Centro Comercial Foz Nova",
        "foznova.example",
        "shopping centre",
        "pt",
        "PT",
        "happy",
        None,
        5,
        0,
    ),
]
TITLES = [
    "Front office manager",
    "Guest services lead",
    "Accounts payable clerk",
    "Facilities coordinator",
    "Operations director",
    "Head of security",
    "Procurement officer",
    "Reception supervisor",
    "Lost property officer",
    "Finance manager",
    "Visitor services manager",
    "Office manager",
]


def b2b_routine(f: Fam, c: Cust, t: datetime, kind: str) -> None:
    r = f.rng
    L = c.lang
    if kind == "chat_q":
        q, a = r.choice(B.CHAT_Q[L])
        f.add(c, t, "chat", "chat", q)
        t2 = t + timedelta(minutes=r.randint(1, 6))
        f.add(c, t2, "chat", "chat", a, out=True, attrs={"agent": f.agent(L)})
        if r.random() < 0.6:
            f.add(c, t2 + timedelta(minutes=r.randint(1, 4)), "chat", "chat", r.choice(B.THANKS[L]))
    elif kind == "purchase":
        label, eur, page = r.choice(B.PRODUCTS)
        cur, rate = currency(c.market)
        f.add(c, t, "web", "page_view", attrs={"page": page})
        f.add(
            c,
            t + timedelta(minutes=r.randint(3, 15)),
            "web",
            "purchase",
            attrs={
                "order_value": f"{eur * rate:.2f}",
                "currency": cur,
                "product": label,
                "page": page,
            },
        )
    elif kind == "page":
        f.add(c, t, "web", "page_view", attrs={"page": r.choice(B.PAGES)})
    elif kind == "praise":
        f.add(c, t, "community", "post", r.choice(B.PRAISE[L]))
    elif kind == "survey":
        which = r.choice(["nps", "csat", "ces"])
        score = {"nps": r.randint(9, 10), "csat": r.randint(4, 5), "ces": r.randint(6, 7)}[which]
        f.add(
            c,
            t,
            "survey",
            "survey_response",
            r.choice(B.SURVEY_WORD[L]) or None,
            scores={which: score},
            attrs={"survey": which},
        )


WEEKDAYS = [0, 1, 2, 3, 4, 7, 8, 9, 10, 11]


def b2b_accounts() -> Fam:
    f = Fam(
        7,
        "b2b_accounts",
        "BB",
        datetime(2026, 9, 28, tzinfo=UTC),
        14,
        "Trovanta Desk accounts: at risk, one unhappy contact, mild remarks, happy",
    )
    f.planted = {"account_risk": 5, "detractor": 16, "repeat_contact": 5}
    r = f.rng
    for company, domain, site, L, market, kind, problem, n, unhappy in ACCOUNTS:
        acc = f.ident("account", lambda m=market: f"TVD-{m}-{r.randint(1000, 9999)}")
        titles = r.sample(TITLES, n)
        used_first: set[str] = set()
        contacts: list[Cust] = []
        for i in range(n):
            if kind == "at_risk" and i < unhappy:
                last = i == unhappy - 1
                persona, habit = "b2b_unhappy", "complainer"
                exp = ["repeat_contact"] if last else ["detractor"]
                tol = [x for x in B2B_RISK_TOL if x not in exp]
            elif kind == "one_unhappy" and i == 0:
                persona, habit, exp, tol = (
                    "b2b_one_unhappy",
                    "complainer",
                    ["detractor"],
                    B2B_ONE_TOL,
                )
            elif kind == "mild" and i < 2:
                persona, habit, exp, tol = "b2b_mild", "suggests", [], SILENCE
            else:
                persona, habit, exp, tol = "b2b_happy", "contact", [], []
            c = f.person(
                L,
                persona,
                habit,
                exp,
                tol,
                market=market,
                account=acc,
                domain=domain,
                avoid_first=used_first,
            )
            used_first.add(c.first)
            c.info.update(
                {"company": company, "role": habit, "job_title": titles[i], "job": titles[i]}
            )
            contacts.append(c)
        unhappy_keys: list[str] = []
        trouble = None
        if kind == "at_risk":
            assert problem is not None
            ref = f.ref()
            t = f.rand_t(2, 8, 11)
            first_c = contacts[0]
            for j in range(unhappy):
                c = contacts[j]
                for _ in range(r.randint(0, 2)):
                    b2b_routine(
                        f,
                        c,
                        f.rand_t(r.randint(0, 1), 8, 16.5),
                        r.choice(["chat_q", "purchase", "page"]),
                    )
                core = B.CORE[L][problem]
                subj = W.COMPLAINT_SUBJECT[L].format(topic=B.TOPIC[L][problem])
                if j == 0:
                    text = B.FIRST_FRAME[L].format(
                        core=core, name=c.name, title=c.info["job_title"], company=company
                    )
                    eid = f.add(c, t, "email", "message", text, subj)
                    ag = f.agent(L)
                    s2, t2 = B.ACK[L]
                    f.add(
                        c,
                        t + timedelta(minutes=r.randint(20, 90)),
                        "email",
                        "message",
                        t2.format(first=c.first, ref=ref, agent=ag),
                        s2.format(subject=subj, ref=ref),
                        out=True,
                        attrs={"agent": ag},
                    )
                    trouble = t
                else:
                    t = f.office(t + timedelta(hours=r.uniform(8, 28))).replace(
                        second=0, microsecond=0
                    )
                    first_day = trouble.date() if trouble else t.date()
                    when = (
                        B.WEEKDAY[L][5]
                        if t.date() == first_day
                        else B.WEEKDAY[L][first_day.weekday()]
                    )
                    core2 = core if L in ("de", "en") else core[0].lower() + core[1:]
                    text = B.LATER_FRAME[L].format(
                        colleague=first_c.first,
                        when=when,
                        ref=ref,
                        core=core2,
                        name=c.name,
                        title=c.info["job_title"],
                        company=company,
                    )
                    eid = f.add(c, t, "email", "message", text, subj)
                info: dict[str, Any] = {
                    "problem": problem,
                    "booking": ref,
                    "complaint_event_ids": [eid],
                    "trouble_starts_at": iso(t),
                }
                if j < unhappy - 1:
                    score = r.randint(1, 5)
                    sid = f.add(
                        c,
                        t + timedelta(minutes=r.randint(60, 180)),
                        "survey",
                        "survey_response",
                        r.choice(B.SURVEY_LOW[L]) or None,
                        scores={"nps": score},
                        attrs={"survey": "nps"},
                    )
                    info.update({"nps_given": True, "nps": score, "survey_event_id": sid})
                else:
                    t_last = f.office(t + timedelta(hours=r.uniform(18, 40))).replace(
                        second=0, microsecond=0
                    )
                    comp = None
                    if problem == "invoice" and L == "pt":
                        comp = r.choice(COMPETITORS)
                        s, body = B.LAST_MAIL[L]
                        rid = f.add(
                            c,
                            t_last,
                            "email",
                            "message",
                            body.format(
                                ref=ref,
                                comp=comp,
                                name=c.name,
                                title=c.info["job_title"],
                                company=company,
                            ),
                            s.format(ref=ref),
                        )
                    else:
                        rid = f.add(c, t_last, "phone", "call", B.LAST_CALL[L].format(ref=ref))
                    info.update({"repeat_event_id": rid, "competitor": comp, "nps_given": False})
                    info["complaint_event_ids"] = [eid, rid]
                c.info.update(info)
                unhappy_keys.append(c.key)
        elif kind == "one_unhappy":
            assert problem is not None
            c = contacts[0]
            for _ in range(r.randint(0, 2)):
                b2b_routine(
                    f,
                    c,
                    f.rand_t(r.randint(0, 1), 8, 16.5),
                    r.choice(["chat_q", "purchase", "page"]),
                )
            t = f.office(f.rand_t(r.randint(3, 7), 8, 16.5))
            ref = f.ref()
            subj = W.COMPLAINT_SUBJECT[L].format(topic=B.TOPIC[L][problem])
            eid = f.add(
                c,
                t,
                "email",
                "message",
                B.FIRST_FRAME[L].format(
                    core=B.CORE[L][problem], name=c.name, title=c.info["job_title"], company=company
                ),
                subj,
            )
            ag = f.agent(L)
            s2, t2 = B.ACK[L]
            f.add(
                c,
                t + timedelta(minutes=r.randint(20, 90)),
                "email",
                "message",
                t2.format(first=c.first, ref=ref, agent=ag),
                s2.format(subject=subj, ref=ref),
                out=True,
                attrs={"agent": ag},
            )
            score = r.randint(1, 5)
            sid = f.add(
                c,
                t + timedelta(minutes=r.randint(60, 180)),
                "survey",
                "survey_response",
                r.choice(B.SURVEY_LOW[L]) or None,
                scores={"nps": score},
                attrs={"survey": "nps"},
            )
            c.info.update(
                {
                    "problem": problem,
                    "booking": ref,
                    "complaint_event_ids": [eid],
                    "trouble_starts_at": iso(t),
                    "nps_given": True,
                    "nps": score,
                    "survey_event_id": sid,
                }
            )
            unhappy_keys.append(c.key)
        elif kind == "mild":
            for j in range(2):
                c = contacts[j]
                for _ in range(r.randint(0, 2)):
                    b2b_routine(
                        f,
                        c,
                        f.rand_t(r.randint(0, 1), 8, 16.5),
                        r.choice(["chat_q", "purchase", "page"]),
                    )
                t = f.office(f.rand_t(r.randint(2, 9), 8, 16), 16)
                mid = f.add(
                    c, t, "web", "ticket", B.SUGGEST[L][j], attrs={"page": "/desk/feedback"}
                )
                ag = f.agent(L)
                s2, t2 = B.SUGGEST_ACK[L]
                f.add(
                    c,
                    t + timedelta(minutes=r.randint(30, 120)),
                    "email",
                    "message",
                    t2.format(first=c.first, agent=ag),
                    s2,
                    out=True,
                    attrs={"agent": ag},
                )
                c.info.update({"mild_event_id": mid, "trouble_starts_at": iso(t)})
        for c in contacts:
            if c.persona == "b2b_happy":
                for d in spread_days(f, WEEKDAYS, r.randint(2, 5)):
                    b2b_routine(
                        f,
                        c,
                        f.rand_t(d, 8, 16.5),
                        r.choice(["chat_q", "chat_q", "purchase", "page", "praise", "survey"]),
                    )
            if not any(row.cust is c for row in f.rows):
                b2b_routine(f, c, f.rand_t(r.choice([0, 1]), 8, 16.5), "page")
        f.accounts[acc] = {
            "company": company,
            "site": site,
            "contacts": n,
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": unhappy,
            "unhappy_contact_keys": unhappy_keys,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": iso(trouble) if trouble else None,
            "language": L,
            "country": market,
        }
    return f


def topic_spike() -> Fam:
    f = Fam(
        8,
        "topic_spike",
        "TS",
        datetime(2026, 10, 19, tzinfo=UTC),
        7,
        "a calm week and one planted incident",
    )
    f.planted = {"topic_spike": 1, "repeat_contact": 6}
    r = f.rng
    for _ in range(40):
        c = f.person(f.lang(), "happy", "day writer", HAPPY_NONE, HAPPY_NONE)
        for d in spread_days(f, list(range(6)), r.randint(1, 4)):
            t = f.rand_t(d, 14, 19) if d == 3 else f.rand_t(d, 7, 20.5)
            happy_act(f, c, t, r.choice(HAPPY_KINDS))
    for L in ("pt", "it"):
        c = f.person(L, "grumbles_once", "grumbles once", [], SILENCE)
        t = f.rand_t(0, 9, 17)
        q, a = W.SLOW_MAP[L]
        gid = f.add(c, t, "chat", "chat", q)
        f.add(
            c,
            t + timedelta(minutes=r.randint(1, 5)),
            "chat",
            "chat",
            a,
            out=True,
            attrs={"agent": f.agent(L)},
        )
        c.info.update({"grumble_event_id": gid, "trouble_starts_at": iso(t)})
    for L, (h, m) in (("pt", (9, 40)), ("it", (16, 5))):
        c = f.person(L, "grumbles_once", "lone question", [], SILENCE)
        t = f.t(2, h, m)
        q, a = W.LONE_Q[L]
        lid = f.add(c, t, "chat", "chat", q)
        f.add(
            c,
            t + timedelta(minutes=r.randint(2, 5)),
            "chat",
            "chat",
            a,
            out=True,
            attrs={"agent": f.agent(L)},
        )
        c.info.update({"lone_report_event_id": lid, "trouble_starts_at": iso(t)})
    langs = ["pt"] * 6 + ["it"] * 6 + ["es", "es", "de", "de", "fr", "fr", "en", "en"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    r.shuffle(langs)
    r.shuffle(chans)
    regular = [True] * 12 + [False] * 8
    r.shuffle(regular)
    s0 = f.t(3, 10, 20)
    offsets = sorted([0, 45, *r.sample(range(1, 45), 18)])
    texts = {L: list(W.SPIKE[L]) for L in W.SPIKE}
    for L in texts:
        r.shuffle(texts[L])
    reporters: list[tuple[Cust, datetime, str, str]] = []
    for L, ch, reg, off in zip(langs, chans, regular, offsets, strict=True):
        c = f.person(L, "spike_reporter", "regular" if reg else "new", [], SILENCE)
        if reg:
            for d in spread_days(f, [0, 1], r.randint(1, 2)):
                happy_act(
                    f,
                    c,
                    f.rand_t(d, 8, 17.5),
                    r.choice(["praise", "purchase", "page", "chat_q", "review"]),
                )
        t = s0 + timedelta(minutes=off)
        text = texts[L][0]
        texts[L].append(texts[L].pop(0))
        if ch == "social":
            eid = f.add(c, t, "social", "mention", at_mention(text))
        elif ch == "community":
            eid = f.add(c, t, "community", "post", text)
        elif ch == "email":
            eid = f.add(c, t, "email", "message", text, W.SPIKE_SUBJECT[L])
        elif ch == "web":
            eid = f.add(c, t, "web", "ticket", text, attrs={"page": "/ajuda/contacto"})
        else:
            eid = f.add(c, t, "chat", "chat", text)
            f.add(
                c,
                t + timedelta(minutes=r.randint(1, 4)),
                "chat",
                "chat",
                W.SPIKE_CHAT_ANSWER[L],
                out=True,
                attrs={"agent": f.agent(L)},
            )
        c.info.update(
            {
                "in_spike": True,
                "regular": reg,
                "spike_event_id": eid,
                "spike_channel": ch,
                "trouble_starts_at": iso(t),
                "agent_fixed": False,
            }
        )
        reporters.append((c, t, ch, eid))
    early = [x for x in reporters if x[1] <= s0 + timedelta(minutes=25)]
    rep = r.sample(early, 6)
    rep_ch = ["email", "email", "chat", "chat", "community", "community"]
    r.shuffle(rep_ch)
    # another channel than the first report
    for _ in range(50):
        if all(ch2 != x[2] for ch2, x in zip(rep_ch, rep, strict=True)):
            break
        r.shuffle(rep_ch)
    repeat_ids = []
    again = {L: r.sample(W.SPIKE_AGAIN[L], len(W.SPIKE_AGAIN[L])) for L in W.SPIKE_AGAIN}
    for (c, t, _ch, _eid), ch2 in zip(rep, rep_ch, strict=True):
        c.persona, c.expected, c.tolerated = (
            "spike_repeater",
            ["repeat_contact"],
            ["silence", "sentiment_drop"],
        )
        t2 = t + timedelta(minutes=r.randint(15, 50))
        text = again[c.lang].pop(0)
        if ch2 == "email":
            rid = f.add(c, t2, "email", "message", text, "Re: " + W.SPIKE_SUBJECT[c.lang])
        elif ch2 == "chat":
            rid = f.add(c, t2, "chat", "chat", text)
            f.add(
                c,
                t2 + timedelta(minutes=r.randint(1, 4)),
                "chat",
                "chat",
                W.SPIKE_CHAT_ANSWER[c.lang],
                out=True,
                attrs={"agent": f.agent(c.lang)},
            )
        else:
            rid = f.add(c, t2, "community", "post", text)
        c.info["repeat_event_id"] = rid
        repeat_ids.append(rid)
    rest = [x for x in reporters if x not in rep]
    for c, _t, _ch, _eid in r.sample(rest, 6):
        local = "12:40" if c.market in ("PT", "UK", "IE") else "13:40"
        agent_mail(
            f, c, f.t(3, 12, 8) + timedelta(minutes=r.randint(0, 9)), W.SPIKE_FIXED, local=local
        )
        c.info["agent_fixed"] = True
    f.spike = {
        "topic": f"lost-and-found app: 'mark as lost' fails for everyone, error {W.SPIKE_CODE}, lost mode cannot be turned on",
        "about": "Trovanta app lost mode fails with error 0x4C1 on Thursday 22 October 2026",
        "channel": None,
        "start": iso(reporters[0][1]),
        "end": iso(reporters[-1][1]),
        "customers": len(reporters),
        "customer_keys": [x[0].key for x in reporters],
        "event_ids": [x[3] for x in reporters],
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


def main() -> None:
    for build in FAMILIES:
        f = build()
        rows, truth = f.finish()
        (HERE / f"{f.name}.jsonl").write_text(
            "".join(json.dumps(tp, ensure_ascii=False) + "\n" for tp in rows), "utf-8"
        )
        (HERE / f"{f.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8"
        )
        print(
            f"{f.name}: {len(f.custs)} customers, {len(rows)} touchpoints, {sum(1 for x in rows if x['direction'] == 'outbound')} agents' replies"
        )


if __name__ == "__main__":
    main()
