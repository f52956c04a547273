# ruff: noqa: E501
"""Generate tests/scenarios/heldout109/ (report only, written blind).

Standalone and deterministic: standard library only, one random.Random per
family. Run as ``python make_heldout109.py`` from anywhere; it writes the eight
``<family>.jsonl`` / ``<family>.truth.json`` pairs beside itself.
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

SEED = 20261114
WRITTEN = "2026-12-05"
BUSINESS = "Nautilo: aquarium and garden-pond care by app and web (live fish, plants, food and filters, technician visits, holiday feeding, the Nautilo Care plan, Nautilo Lume tank lights run from the app); business arm Nautilo Pro: contract aquariums for restaurants, hotels, practices, offices and schools on account"
LIMIT = datetime(2026, 11, 17, tzinfo=UTC)

LANG_WEIGHTS = {"en": 30, "de": 30, "fr": 10, "es": 10, "it": 10, "pt": 10}
LANG_MARKETS: dict[str, list[tuple[str, int]]] = {
    "en": [("UK", 3), ("IE", 1)],
    "de": [("DE", 5), ("AT", 2), ("CH", 1)],
    "fr": [("FR", 4), ("BE", 1), ("CH", 1), ("LU", 1)],
    "es": [("ES", 1)],
    "it": [("IT", 4), ("CH", 1)],
    "pt": [("PT", 1)],
}
PHONES: dict[str, tuple[str, list[str], int]] = {
    "UK": ("44", ["74", "75", "77", "78", "79"], 8),
    "IE": ("353", ["83", "85", "86", "87", "89"], 7),
    "DE": ("49", ["151", "152", "157", "160", "170", "171", "176"], 8),
    "AT": ("43", ["664", "660", "676", "699"], 7),
    "CH": ("41", ["76", "77", "78", "79"], 7),
    "FR": ("33", ["6", "7"], 8),
    "BE": ("32", ["470", "472", "475", "478", "485", "496"], 6),
    "LU": ("352", ["621", "661", "691"], 6),
    "ES": ("34", ["6", "7"], 8),
    "IT": ("39", ["320", "328", "333", "340", "347", "366"], 7),
    "PT": ("351", ["91", "92", "93", "96"], 7),
}
FIRST_NAMES: dict[str, list[str]] = {
    "en": [
        "Olivia",
        "Jack",
        "Amelia",
        "Harry",
        "Chloe",
        "Tom",
        "Niamh",
        "Ciaran",
        "Grace",
        "Liam",
        "Sophie",
        "Dan",
        "Megan",
        "Rhys",
        "Ellie",
        "Callum",
        "Fiona",
        "Gareth",
        "Aoife",
        "Ben",
        "Lucy",
        "Kieran",
        "Zoe",
        "Marcus",
        "Holly",
        "Sean",
    ],
    "de": [
        "Lena",
        "Jonas",
        "Anna",
        "Lukas",
        "Mia",
        "Felix",
        "Laura",
        "Tobias",
        "Sarah",
        "Jan",
        "Katrin",
        "Florian",
        "Julia",
        "Matthias",
        "Nina",
        "Stefan",
        "Sabine",
        "Markus",
        "Hannah",
        "Tim",
        "Claudia",
        "Dominik",
        "Verena",
        "Sven",
        "Ute",
        "Kai",
        "Heike",
        "Moritz",
    ],
    "fr": [
        "Camille",
        "Julien",
        "Léa",
        "Hugo",
        "Manon",
        "Thomas",
        "Chloé",
        "Mathieu",
        "Élodie",
        "Nicolas",
        "Inès",
        "Bastien",
    ],
    "es": [
        "Lucía",
        "Javier",
        "Carmen",
        "Álvaro",
        "Marta",
        "Pablo",
        "Irene",
        "Sergio",
        "Elena",
        "Raúl",
        "Nuria",
        "Diego",
    ],
    "it": [
        "Giulia",
        "Marco",
        "Chiara",
        "Luca",
        "Sara",
        "Davide",
        "Elena",
        "Matteo",
        "Francesca",
        "Andrea",
        "Silvia",
        "Paolo",
    ],
    "pt": [
        "Inês",
        "João",
        "Beatriz",
        "Tiago",
        "Mariana",
        "Rui",
        "Catarina",
        "Pedro",
        "Sofia",
        "Nuno",
        "Rita",
        "Miguel",
    ],
}
SURNAMES: dict[str, list[str]] = {
    "en": [
        "Hughes",
        "Walsh",
        "Patel",
        "Murphy",
        "Clarke",
        "Evans",
        "Byrne",
        "Thompson",
        "Kelly",
        "Wright",
        "Doyle",
        "Harrison",
        "Carter",
        "Lynch",
        "Price",
        "Bennett",
        "Gallagher",
        "Shaw",
        "Fletcher",
        "Nolan",
    ],
    "de": [
        "Müller",
        "Becker",
        "Hoffmann",
        "Schäfer",
        "Krüger",
        "Wagner",
        "Lehmann",
        "Schulz",
        "Brandt",
        "Vogel",
        "Hartmann",
        "Keller",
        "Seidel",
        "Fuchs",
        "Zimmermann",
        "Lorenz",
        "Weiß",
        "Graf",
        "Kühn",
        "Franke",
    ],
    "fr": [
        "Lefèvre",
        "Moreau",
        "Girard",
        "Dubois",
        "Lambert",
        "Fontaine",
        "Rousseau",
        "Mercier",
        "Chevalier",
        "Garnier",
    ],
    "es": [
        "García",
        "Navarro",
        "Romero",
        "Ortega",
        "Delgado",
        "Castro",
        "Ruiz",
        "Molina",
        "Herrera",
        "Vidal",
    ],
    "it": [
        "Rossi",
        "Bianchi",
        "Ferrari",
        "Greco",
        "Conti",
        "Marino",
        "Gallo",
        "Romano",
        "Costa",
        "Fontana",
    ],
    "pt": [
        "Silva",
        "Santos",
        "Ferreira",
        "Pereira",
        "Costa",
        "Oliveira",
        "Rodrigues",
        "Martins",
        "Sousa",
        "Lopes",
    ],
}
TOWNS: dict[str, list[str]] = {
    "UK": ["Leeds", "Bristol", "Norwich", "Cardiff", "Reading", "York"],
    "IE": ["Cork", "Galway", "Dublin", "Limerick"],
    "DE": ["Hamburg", "Köln", "Leipzig", "Freiburg", "Kassel", "Münster"],
    "AT": ["Graz", "Linz", "Wien", "Salzburg"],
    "CH-de": ["Zürich", "Bern", "Basel"],
    "CH-fr": ["Lausanne", "Genève"],
    "CH-it": ["Lugano", "Bellinzona"],
    "CH-en": ["Zug"],
    "FR": ["Lyon", "Nantes", "Lille", "Rennes"],
    "BE": ["Liège", "Namur"],
    "LU": ["Esch-sur-Alzette", "Luxembourg"],
    "ES": ["Valencia", "Sevilla", "Zaragoza", "Bilbao"],
    "IT": ["Torino", "Bologna", "Verona", "Bari"],
    "PT": ["Porto", "Braga", "Coimbra", "Lisboa"],
}
JOBS = [
    "nurse",
    "teacher",
    "electrician",
    "accountant",
    "student",
    "retired",
    "bus driver",
    "pharmacist",
    "chef",
    "software developer",
    "architect",
    "shop owner",
    "physiotherapist",
    "plumber",
    "civil servant",
]
NIGHT_JOBS = [
    "night nurse",
    "baker",
    "security guard",
    "taxi driver",
    "paramedic",
    "air traffic controller",
]
DOMAINS = [
    "mail.example",
    "post.example",
    "inbox.example",
    "web.example",
    "net.example",
    "posteo.example",
]
LANG_NAMES = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
}
CALL_OPEN = {
    "en": "hi yeah it's {name}",
    "de": "ja hallo hier ist {name}",
    "fr": "oui bonjour c'est {name}",
    "es": "hola buenas soy {name}",
    "it": "pronto buongiorno sono {name}",
    "pt": "olá bom dia fala {name}",
}
CALL_SUBJECT = {
    "en": "Your call today",
    "de": "Ihr Anruf heute",
    "fr": "Votre appel",
    "es": "Tu llamada",
    "it": "La sua chiamata",
    "pt": "A sua chamada",
}
SOURCES = {
    "email": "nautilo-mail",
    "phone": "nautilo-voice",
    "social": "nautilo-social",
    "community": "nautilo-forum",
    "chat": "nautilo-chat",
    "web": "nautilo-web",
    "survey": "nautilo-survey",
}
DE_SMALL = {
    "ich",
    "das",
    "der",
    "die",
    "es",
    "wir",
    "sie",
    "und",
    "aber",
    "hallo",
    "ja",
    "nein",
    "mein",
    "meine",
    "ist",
    "war",
    "heute",
    "seit",
    "kein",
    "keine",
    "wer",
    "wie",
    "was",
    "niemand",
    "jetzt",
    "bitte",
    "schon",
    "noch",
    "nicht",
    "hier",
    "wegen",
    "den",
    "dem",
    "ein",
    "eine",
    "von",
    "für",
    "zu",
    "mit",
    "bei",
    "auf",
    "im",
    "in",
    "so",
    "nach",
    "um",
    "vor",
    "laut",
    "unserer",
    "ihren",
    "ihre",
    "zum",
    "dritte",
    "jedes",
}
UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}

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

USED: set[str] = set()


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def ascii_name(s: str) -> str:
    s = s.replace("ß", "ss")
    for k, v in UMLAUTS.items():
        s = s.replace(k, v)
    d = unicodedata.normalize("NFD", s)
    return "".join(c for c in d if unicodedata.category(c) != "Mn" and c.isalnum()).lower()


def strip_accents(s: str) -> str:
    out: list[str] = []
    for ch in s:
        if ch in UMLAUTS:
            out.append(UMLAUTS[ch])
        elif ch in "ßñÑ":
            out.append(ch)
        else:
            d = unicodedata.normalize("NFD", ch)
            out.append("".join(c for c in d if unicodedata.category(c) != "Mn"))
    return "".join(out)


def roughen(rr: random.Random, text: str) -> str:
    if rr.random() < 0.1:
        text = strip_accents(text)
    if (
        rr.random() < 1 / 8
        and text[:1].isupper()
        and not text.startswith(("Dear", "Hello", "Sehr", "Hallo liebes"))
    ):
        text = text[0].lower() + text[1:]
    if rr.random() < 1 / 7:
        words = [m for m in re.finditer(r"(?<![\w@])[a-zäöüéèàíóúç]{5,}(?!\w)", text)]
        if words:
            m = rr.choice(words)
            w = m.group(0)
            i = rr.randrange(1, len(w) - 2)
            if w[i] != w[i + 1]:
                w = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
                text = text[: m.start()] + w + text[m.end() :]
    return text


def spoken(text: str, lang: str) -> str:
    t = re.sub(r"[^\w\s'\-]", " ", text)
    t = re.sub(r"(?<!\w)[-']|[-'](?!\w)", " ", t)
    out: list[str] = []
    keep = {W.BRAND, "Lume", "Pro", *W.COMPETITORS}
    for w in t.split():
        noun = lang == "de" and w[:1].isupper() and not w.isupper() and w.lower() not in DE_SMALL
        keep_case = any(ch.isdigit() for ch in w) or w in keep or noun
        w = w if keep_case else w.lower()
        if lang == "en" and (w == "i" or w.startswith("i'")):
            w = "I" + w[1:]
        out.append(w)
    return " ".join(out)


def money(lang: str, market: str, eur: float) -> str:
    if market == "UK":
        return f"£{round(eur * 0.87)}"
    if market == "CH":
        v = round(eur * 0.95)
        return f"{v} Franken" if lang == "de" else f"CHF {v}"
    s = f"{eur:.2f}" if eur != int(eur) else str(int(eur))
    if lang == "en":
        return f"€{s}"
    return s.replace(".", ",") + " €"


def spoken_money(lang: str, market: str, eur: float) -> str:
    if market == "UK":
        return f"{round(eur * 0.87)} pounds"
    if market == "CH":
        v = round(eur * 0.95)
        return {"de": f"{v} Franken", "it": f"{v} franchi"}.get(lang, f"{v} francs")
    v = round(eur)
    return {"de": f"{v} Euro", "it": f"{v} euro"}.get(lang, f"{v} euros")


def currency(market: str) -> str:
    return {"UK": "GBP", "CH": "CHF"}.get(market, "EUR")


def price(market: str, eur: float) -> str:
    factor = {"UK": 0.86, "CH": 0.94}.get(market, 1.0)
    return f"{eur * factor:.2f}"


def daytime(rng: random.Random, t: datetime, h0: int = 8) -> datetime:
    """Move a time out of 22:00-07:00 UTC to the next morning (h0:00-h0+1:00)."""
    if t.hour >= 22:
        base = (t + timedelta(days=1)).replace(hour=h0, minute=0, second=0)
        return base + timedelta(minutes=rng.randint(0, 59))
    if t.hour < 7:
        return t.replace(hour=h0, minute=rng.randint(0, 59), second=0)
    return t


def office(rng: random.Random, t: datetime) -> datetime:
    """Weekdays 08-17 UTC; later or weekend moves to the next working morning."""
    if t.hour >= 17 or t.weekday() >= 5:
        t = (t + timedelta(days=1)).replace(hour=8, minute=rng.randint(0, 59), second=0)
    elif t.hour < 8:
        t = t.replace(hour=8, minute=rng.randint(0, 59), second=0)
    while t.weekday() >= 5:
        t = t + timedelta(days=1)
    return t


@dataclass
class Cust:
    key: str
    lang: str
    market: str
    first: str
    last: str
    ids: dict[str, str | None]
    truth: dict[str, Any]

    @property
    def b2b(self) -> bool:
        return bool(self.truth["segment"] == "b2b")


@dataclass
class Row:
    t: datetime
    n: int
    cust: Cust
    rec: dict[str, Any]
    inbound: bool


@dataclass
class Fam:
    n: int
    name: str
    code: str
    start: datetime
    days: int
    about: str
    rng: random.Random = field(init=False)
    rr: random.Random = field(init=False)
    rows: list[Row] = field(default_factory=list)
    custs: dict[str, Cust] = field(default_factory=dict)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)
    spike: dict[str, Any] = field(default_factory=dict)
    count: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(SEED * 100 + self.n)
        self.rr = random.Random(SEED * 100 + 50 + self.n)

    def at(self, day: float, minutes: float) -> datetime:
        return self.start + timedelta(days=day, minutes=minutes)

    def when(self, day: int, h0: float, h1: float) -> datetime:
        return self.at(day, self.rng.randint(int(h0 * 60), int(h1 * 60)))

    def pick(self, table: dict[str, list[str]], lang: str) -> str:
        return self.rng.choice(table[lang])

    def agent(self, lang: str) -> str:
        return str(self.rng.choice(W.AGENTS[lang]))

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
        rough: bool = True,
    ) -> str:
        self.count += 1
        eid = f"nt109-{self.code.lower()}-{self.count:05d}"
        a: dict[str, str] = {"market": c.market}
        if c.b2b:
            a["segment"] = "b2b"
        if attrs:
            a.update(attrs)
        if text is not None and not out:
            if channel == "social" and not c.b2b and "@" + W.BRAND not in text:
                i = text.rfind(W.BRAND)
                text = text[:i] + "@" + text[i:] if i >= 0 else "@" + W.BRAND + " " + text
            if rough and channel not in ("phone", "survey"):
                text = roughen(self.rr, text)
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        if scores:
            sc.update(scores)
        rec: dict[str, Any] = {
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
        self.rows.append(Row(t, self.count, c, rec, not out))
        return eid

    def reply(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        text: str,
        subject: str | None = None,
        lang: str | None = None,
    ) -> str:
        lang = lang or c.lang
        ag = self.agent(lang)
        body = text.format(name=c.first, agent=ag)
        if channel == "email":
            body = body + "\n\n" + W.SIGN[lang].format(agent=ag)
        kind = "chat" if channel == "chat" else "message"
        return self.add(c, t, channel, kind, body, subject, out=True, attrs={"agent": ag})

    # ---- people ----
    def person(
        self,
        lang: str,
        persona: str,
        habit: str,
        expected: list[str],
        tolerated: list[str],
        market: str | None = None,
        job: str | None = None,
        account: str | None = None,
        email_domain: str | None = None,
        **extra: Any,
    ) -> Cust:
        rng = self.rng
        if market is None:
            ms = LANG_MARKETS[lang]
            market = rng.choices([m for m, _ in ms], [w for _, w in ms])[0]
        first = rng.choice(FIRST_NAMES[lang])
        last = rng.choice(SURNAMES[lang])
        while True:
            key = f"NT{self.code}{rng.randint(1000, 9999)}"
            if key not in USED:
                break
        fa, la = ascii_name(first), ascii_name(last)
        while True:
            if email_domain:
                email = (
                    f"{fa}.{la[0]}@{email_domain}"
                    if rng.random() < 0.5
                    else f"{fa}.{la}@{email_domain}"
                )
            else:
                pat = rng.randrange(4)
                local = [
                    f"{fa}.{la}",
                    f"{fa[0]}{la}",
                    f"{la}.{fa}{rng.randint(1, 99)}",
                    f"{fa}{la}{rng.randint(70, 99)}",
                ][pat]
                email = f"{local}@{rng.choice(DOMAINS)}"
            if "email:" + email not in USED:
                break
            if email_domain:
                fa = fa + str(rng.randint(1, 9))
        cc, prefixes, rest = PHONES[market]
        while True:
            phone = (
                "+"
                + cc
                + rng.choice(prefixes)
                + "".join(str(rng.randint(0, 9)) for _ in range(rest))
            )
            if "phone:" + phone not in USED:
                break
        handle: str | None = None
        if account is None:
            while True:
                pat = rng.randrange(4)
                handle = (
                    "@"
                    + [
                        f"{la}_{fa}{rng.randint(1, 9)}",
                        f"{fa}{la}{rng.randint(10, 99)}",
                        f"{fa}_{la}",
                        f"{la}{fa[0]}",
                    ][pat]
                )
                if "handle:" + handle.lower() not in USED:
                    break
        USED.update({key, "email:" + email, "phone:" + phone})
        if handle:
            USED.add("handle:" + handle.lower())
        town_key = f"CH-{lang}" if market == "CH" else market
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": key,
                "email": email,
                "phone": phone,
                "handle": handle,
                "account_id": account,
            },
            "expected_rules": sorted(expected),
            "tolerated_rules": sorted(tolerated),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if account else "consumer",
            "name": f"{first} {last}",
            "job": job or rng.choice(JOBS),
            "town": rng.choice(TOWNS[town_key]),
        }
        truth.update(extra)
        c = Cust(key, lang, market, first, last, dict(truth["identifiers"]), truth)
        self.custs[key] = c
        return c

    # ---- finishing ----
    def finish(self, planted: dict[str, int]) -> tuple[str, str]:
        rows = sorted(self.rows, key=lambda r: (r.t, r.n))
        seen: set[str] = set()
        lines: list[str] = []
        for r in rows:
            c = r.cust
            ids = c.ids
            cust: dict[str, str | None]
            if not r.inbound or c.key not in seen:
                cust = dict(ids)
                if r.inbound:
                    seen.add(c.key)
            else:
                cust = {
                    "customer_id": None,
                    "email": None,
                    "phone": None,
                    "handle": None,
                    "account_id": ids["account_id"],
                }
                ch = r.rec["channel"]
                if ch == "phone":
                    ph = ids["phone"] or ""
                    cc = PHONES[c.market][0]
                    cust["phone"] = (
                        "+" + cc + " " + ph[1 + len(cc) :] if self.rr.random() < 0.5 else ph
                    )
                elif ch in ("social", "community") and ids["handle"]:
                    h = ids["handle"]
                    cust["handle"] = h[1:] if self.rr.random() < 0.2 else h
                elif ch in ("email", "social", "community"):
                    e = ids["email"] or ""
                    cust["email"] = e.upper() if self.rr.random() < 1 / 12 else e
                else:
                    cust["customer_id"] = ids["customer_id"]
            r.rec["customer"] = cust
            lines.append(json.dumps(r.rec, ensure_ascii=False))
        for k in self.custs:
            if k not in seen:
                raise SystemExit(f"{self.name}: {k} has no inbound touchpoint")
        for r in rows:
            if r.t.year != 2026 or r.t < self.start or r.t >= LIMIT:
                raise SystemExit(f"{self.name}: {r.rec['event_id']} at {r.t} out of range")
        expected: dict[str, int] = {}
        for c in self.custs.values():
            if set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"]):
                raise SystemExit(f"{self.name}: {c.key} both expects and tolerates a rule")
            for rule in c.truth["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        for a in self.accounts.values():
            for rule in a["expected_rules"]:
                expected[rule] = expected.get(rule, 0) + 1
        if self.spike:
            expected["topic_spike"] = 1
        if expected != planted:
            raise SystemExit(f"{self.name}: expected {expected} != planted {planted}")
        end = max(self.start + timedelta(days=self.days), rows[-1].t + timedelta(hours=1))
        if end >= LIMIT:
            raise SystemExit(f"{self.name}: end {end} too late")
        truth = {
            "config": {
                "family": self.name,
                "about": self.about,
                "business": BUSINESS,
                "days": self.days,
                "seed": SEED * 100 + self.n,
                "written": WRITTEN,
                "expected": dict(sorted(expected.items())),
            },
            "start": iso(self.start),
            "end": iso(end),
            "customers": {k: c.truth for k, c in sorted(self.custs.items())},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        return "\n".join(lines) + "\n", json.dumps(
            truth, ensure_ascii=False, indent=1, sort_keys=True
        ) + "\n"


# ---------------------------------------------------------------- acts


def draw_lang(rng: random.Random) -> str:
    return rng.choices(list(LANG_WEIGHTS), list(LANG_WEIGHTS.values()))[0]


HAPPY_KINDS = {
    "praise": 3,
    "again": 1,
    "gripe": 1,
    "chat": 2,
    "email": 1,
    "phone": 1,
    "purchase": 2,
    "page": 1,
    "review": 1,
    "survey": 1,
}


def happy_kind(f: Fam, surveys: bool = True, weights: dict[str, int] | None = None) -> str:
    w = dict(weights or HAPPY_KINDS)
    if not surveys:
        w.pop("survey", None)
    return f.rng.choices(list(w), list(w.values()))[0]


def purchase(f: Fam, c: Cust, t: datetime, products: list[tuple[str, str, float]]) -> str:
    """A page view, then the purchase 3-15 minutes later; returns the purchase's id."""
    label, page, eur = f.rng.choice(products)
    f.add(c, t, "web", "page_view", attrs={"page": page})
    attrs = {
        "page": page,
        "product": label,
        "order_value": price(c.market, eur),
        "currency": currency(c.market),
    }
    return f.add(c, t + timedelta(minutes=f.rng.randint(3, 15)), "web", "purchase", attrs=attrs)


def chat_qa(
    f: Fam, c: Cust, t: datetime, q: str, a: str, lang: str, page: str, thanks: dict[str, list[str]]
) -> str:
    """A chat question answered by an agent 1-6 minutes later, often thanked."""
    eid = f.add(c, t, "chat", "chat", q, attrs={"page": page})
    t2 = t + timedelta(minutes=f.rng.randint(1, 6))
    f.reply(c, t2, "chat", a, lang=lang)
    if f.rng.random() < 0.6:
        f.add(c, t2 + timedelta(minutes=f.rng.randint(1, 3)), "chat", "chat", f.pick(thanks, lang))
    return eid


def happy_act(f: Fam, c: Cust, t: datetime, kind: str, lang: str | None = None) -> str:
    L = lang or c.lang
    rng = f.rng
    if kind in ("praise", "again", "gripe"):
        table = {"praise": W.PRAISE, "again": W.AGAIN, "gripe": W.GRIPE}[kind]
        ch = rng.choice(["social", "community"])
        return f.add(c, t, ch, "mention" if ch == "social" else "post", f.pick(table, L))
    if kind == "chat":
        q, a = rng.choice(W.CHAT_Q[L])
        return chat_qa(f, c, t, q, a, L, rng.choice(W.PAGES), W.THANKS)
    if kind == "email":
        subj, text, ans = rng.choice(W.EMAIL_Q[L])
        eid = f.add(c, t, "email", "message", text.format(name=c.first), subj)
        t2 = daytime(rng, t + timedelta(minutes=rng.randint(60, 300)))
        f.reply(c, t2, "email", ans, "Re: " + subj, lang=L)
        return eid
    if kind == "phone":
        tr, fu = rng.choice(W.PHONE_Q[L])
        eid = f.add(c, t, "phone", "call", tr)
        f.reply(c, t + timedelta(minutes=rng.randint(20, 60)), "email", fu, CALL_SUBJECT[L], lang=L)
        return eid
    if kind == "purchase":
        return purchase(f, c, t, W.PRODUCTS)
    if kind == "page":
        return f.add(c, t, "web", "page_view", attrs={"page": rng.choice(W.PAGES)})
    if kind == "review":
        _label, page, _ = rng.choice(W.PRODUCTS)
        if rng.random() < 0.7:
            return f.add(
                c, t, "web", "review", f.pick(W.PRAISE, L), attrs={"rating": "5", "page": page}
            )
        return f.add(c, t, "web", "review", f.pick(W.GRIPE, L), attrs={"rating": "4", "page": page})
    if kind == "survey":
        return happy_survey(f, c, t, L)
    raise ValueError(kind)


def happy_survey(
    f: Fam, c: Cust, t: datetime, lang: str, words: dict[str, list[str]] | None = None
) -> str:
    rng = f.rng
    which = rng.choice(["nps", "csat", "ces"])
    score = {"nps": rng.randint(9, 10), "csat": rng.randint(4, 5), "ces": rng.randint(6, 7)}[which]
    word = f.pick(words or W.SURVEY_HAPPY, lang)
    return f.add(
        c,
        t,
        "survey",
        "survey_response",
        word or None,
        scores={which: score},
        attrs={"survey": which},
    )


def happy_days(
    f: Fam,
    c: Cust,
    n: int,
    days: list[int],
    h0: float = 7,
    h1: float = 21,
    surveys: bool = True,
    weights: dict[str, int] | None = None,
) -> list[str]:
    ids: list[str] = []
    for d in sorted(f.rng.sample(days, min(n, len(days)))):
        ids.append(happy_act(f, c, f.when(d, h0, h1), happy_kind(f, surveys, weights)))
    return ids


def complaint_text(f: Fam, c: Cust, problem: str, lang: str, spoken_call: bool = False) -> str:
    amt = (
        spoken_money(lang, c.market, W.PROBLEM_EUR[problem])
        if spoken_call
        else money(lang, c.market, W.PROBLEM_EUR[problem])
    )
    return f.pick(W.SHORT[problem], lang).format(amount=amt)


def raise_problem(
    f: Fam,
    c: Cust,
    t: datetime,
    problem: str,
    channel: str,
    lang: str,
    case: str | None,
    long: bool = False,
) -> str:
    """The first contact about a problem; returns its event id (no reply)."""
    topic = W.TOPIC[problem][lang]
    subj = W.COMPLAINT_SUBJECT[lang].format(topic=topic)
    if channel == "email":
        text = complaint_text(f, c, problem, lang)
        if long:
            text = f.rng.choice(W.LONG[lang]).format(core=text, name=c.first)
        return f.add(c, t, "email", "message", text, subj)
    if channel == "web":
        return f.add(
            c,
            t,
            "web",
            "ticket",
            complaint_text(f, c, problem, lang),
            subj,
            attrs={"page": "/help/contact"},
        )
    if channel == "chat":
        return f.add(
            c, t, "chat", "chat", complaint_text(f, c, problem, lang), attrs={"page": "/help"}
        )
    if channel == "phone":
        opener = CALL_OPEN[lang].format(name=c.truth["name"])
        return f.add(
            c,
            t,
            "phone",
            "call",
            opener + " " + spoken(complaint_text(f, c, problem, lang, True), lang),
        )
    if channel == "social":
        return f.add(c, t, "social", "mention", f.pick(W.SOCIAL[problem], lang))
    raise ValueError(channel)


def acknowledge(
    f: Fam, c: Cust, t: datetime, channel: str, problem: str, case: str, lang: str
) -> str:
    topic = W.TOPIC[problem][lang]
    if channel == "chat":
        return f.reply(
            c,
            t + timedelta(minutes=f.rng.randint(1, 3)),
            "chat",
            f.pick(W.CHAT_CASE, lang).replace("{case}", case),
            lang=lang,
        )
    t2 = daytime(f.rng, t + timedelta(minutes=f.rng.randint(10, 40)))
    text = f.pick(W.CASE_OPENED, lang).replace("{case}", case).replace("{topic}", topic)
    return f.reply(c, t2, "email", text, W.CASE_SUBJECT[lang].format(case=case), lang=lang)


def good_news(f: Fam, c: Cust, t: datetime, problem: str, case: str, lang: str) -> str:
    text = f.pick(W.GOOD_NEWS, lang).replace("{case}", case).replace("{fix}", W.FIX[problem][lang])
    return f.reply(c, t, "email", text, W.CASE_SUBJECT[lang].format(case=case), lang=lang)


def new_case(f: Fam) -> str:
    while True:
        case = f"NT-{f.rng.randint(100000, 999999)}"
        if case not in USED:
            USED.add(case)
            return case


def later_contact(
    f: Fam,
    c: Cust,
    t: datetime,
    channel: str,
    nth: int,
    problem: str,
    case: str,
    lang: str,
    competitor: str | None,
) -> str:
    topic = W.TOPIC[problem][lang]
    table = W.STILL if nth == 2 else (W.THIRD if nth == 3 else W.FOURTH)
    text = (
        f.pick(table, lang)
        .replace("{case}", case)
        .replace("{topic}", topic)
        .replace("{competitor}", competitor or "")
    )
    if channel == "email":
        return f.add(c, t, "email", "message", text, W.CASE_SUBJECT[lang].format(case=case))
    if channel == "chat":
        eid = f.add(c, t, "chat", "chat", text, attrs={"page": "/help"})
        f.reply(
            c,
            t + timedelta(minutes=f.rng.randint(1, 4)),
            "chat",
            f.pick(W.URGENT, lang).replace("{case}", case),
            lang=lang,
        )
        return eid
    if channel == "phone":
        return f.add(
            c,
            t,
            "phone",
            "call",
            CALL_OPEN[lang].format(name=c.truth["name"]) + " " + spoken(text, lang),
        )
    if channel == "web":
        return f.add(
            c,
            t,
            "web",
            "ticket",
            text,
            W.COMPLAINT_SUBJECT[lang].format(topic=topic) + f" ({case})",
            attrs={"page": "/help/contact"},
        )
    if channel == "social":
        return f.add(c, t, "social", "mention", text)
    raise ValueError(channel)


def fixed_case(
    f: Fam, c: Cust, t: datetime, problem: str, channel: str, lang: str, confirm_lang: str
) -> dict[str, Any]:
    rng = f.rng
    case = new_case(f)
    eid = raise_problem(f, c, t, problem, channel, lang, case)
    acknowledge(f, c, t, channel, problem, case, lang)
    t_fix = daytime(rng, t + timedelta(minutes=rng.randint(180, 1200)))
    good_news(f, c, t_fix, problem, case, confirm_lang)
    t_ok = daytime(rng, t_fix + timedelta(minutes=rng.randint(480, 1800)))
    cch = rng.choice(["email", "chat"])
    text = f.pick(W.CONFIRM, confirm_lang).replace("{case}", case)
    if cch == "email":
        ceid = f.add(
            c, t_ok, "email", "message", text, W.CASE_SUBJECT[confirm_lang].format(case=case)
        )
    else:
        ceid = f.add(c, t_ok, "chat", "chat", text)
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(t_fix),
        "confirmed_at": iso(t_ok),
        "problem_event_ids": [eid],
        "confirm_event_id": ceid,
        "channel": channel,
        "confirm_channel": cch,
    }


def slide(f: Fam, c: Cust, start_day: int, span: int, langs: list[str]) -> list[str]:
    rng = f.rng
    comp = rng.choice(W.COMPETITORS)
    ids: list[str] = []
    t_prev = f.when(start_day, 8, 19)
    for i in range(6):
        if i == 0:
            t = t_prev
        else:
            t = f.at(start_day + span * i / 5, rng.randint(8 * 60, 20 * 60))
            if t < t_prev + timedelta(hours=1):
                t = t_prev + timedelta(minutes=rng.randint(60, 150))
            t = daytime(rng, t)
        L = langs[i % len(langs)]
        text = W.SLIDE[L][i].replace("{competitor}", comp)
        ch = rng.choice(["social", "community", "review"])
        if ch == "review":
            ids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str(W.SLIDE_RATINGS[i]), "page": rng.choice(W.PRODUCTS)[1]},
                )
            )
        else:
            ids.append(f.add(c, t, ch, "mention" if ch == "social" else "post", text))
        t_prev = t
    c.truth.update({"slide_event_ids": ids, "slide_days": span, "competitor": comp})
    return ids


def row_time(f: Fam, eid: str) -> datetime:
    for r in f.rows:
        if r.rec["event_id"] == eid:
            return r.t
    raise KeyError(eid)


# ---------------------------------------------------------------- families


def happy_writers() -> Fam:
    f = Fam(
        1,
        "happy_writers",
        "HW",
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        "happy day writers, night writers and survey-only customers; nothing to warn about",
    )
    rng = f.rng
    for _ in range(16):
        c = f.person(draw_lang(rng), "happy", "day writer", [], [])
        happy_days(f, c, rng.randint(5, 8), list(range(10)), 7, 19)
    for _ in range(5):
        c = f.person(draw_lang(rng), "happy", "night writer", [], [], job=rng.choice(NIGHT_JOBS))
        nights = sorted(rng.sample(range(9), rng.randint(2, 4)))
        for d in nights:
            t = f.at(d, rng.randint(22 * 60 + 12, 28 * 60 + 30))
            if rng.random() < 0.5:
                ch = rng.choice(["social", "community"])
                f.add(
                    c, t, ch, "mention" if ch == "social" else "post", f.pick(W.NIGHT_POST, c.lang)
                )
            else:
                q, a = rng.choice(W.NIGHT_CHAT[c.lang])
                f.add(c, t, "chat", "chat", q)
                t2 = t + timedelta(minutes=rng.randint(2, 8))
                f.reply(c, t2, "chat", a)
                f.add(
                    c,
                    t2 + timedelta(minutes=rng.randint(1, 3)),
                    "chat",
                    "chat",
                    f.pick(W.THANKS, c.lang),
                )
        happy_days(
            f,
            c,
            rng.randint(2, 3),
            list(range(10)),
            9,
            18,
            weights={"praise": 2, "purchase": 2, "page": 1, "review": 1},
        )
    for _ in range(5):
        c = f.person(draw_lang(rng), "happy", "answers surveys", [], [])
        for d in sorted(rng.sample(range(10), rng.randint(3, 6))):
            happy_survey(f, c, f.when(d, 8, 20), c.lang)
    return f


def one_bad_day() -> Fam:
    f = Fam(
        2,
        "one_bad_day",
        "BD",
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        "happy customers with one angry day about one problem, some with a low score; controls",
    )
    rng = f.rng
    problems = [p for p in W.PROBLEMS for _ in range(4)]
    rng.shuffle(problems)
    channels = [ch for ch in ("long", "email", "chat", "social", "web", "phone") for _ in range(4)]
    rng.shuffle(channels)
    long_langs = ["en", "en", "de", "de"]
    custs: list[tuple[Cust, str, str, datetime, str, str | None]] = []
    for problem, ch in zip(problems, channels, strict=True):
        lang = long_langs.pop() if ch == "long" else draw_lang(rng)
        c = f.person(lang, "happy_one_bad_day", "one bad day", [], ["silence"], problem=problem)
        bad = rng.randint(2, 9)
        t = f.when(bad, 8, 20)
        case = None if ch == "social" else new_case(f)
        eid = raise_problem(
            f, c, t, problem, "email" if ch == "long" else ch, lang, case, long=ch == "long"
        )
        if case:
            acknowledge(f, c, t, "email" if ch == "long" else ch, problem, case, lang)
        days = [d for d in range(12) if d <= bad - 2 or d >= bad + 3]
        happy_days(f, c, rng.randint(1, 5), days, 7, 21, surveys=False)
        c.truth.update(
            {
                "channel": "email" if ch == "long" else ch,
                "long_email": ch == "long",
                "booking": case,
                "bad_day_at": iso(t),
                "bad_day_event_id": eid,
                "trouble_starts_at": iso(t),
                "agent_fixed": False,
                "apologised": False,
                "nps_given": False,
                "csat_given": False,
            }
        )
        custs.append((c, problem, ch, t, eid, case))
    with_case = [x for x in custs if x[5] is not None]
    rng.shuffle(with_case)
    for i, (c, _problem, _ch, t, _eid, case) in enumerate(with_case):
        assert case is not None
        if i < 6:
            nps = rng.randint(1, 5)
            sid = f.add(
                c,
                t + timedelta(minutes=rng.randint(100, 140)),
                "survey",
                "survey_response",
                None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                {
                    "persona": "bad_day_detractor",
                    "expected_rules": ["detractor"],
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": sid,
                }
            )
        elif i < 11:
            csat = rng.randint(1, 2)
            word = f.pick(W.CSAT_LOW, c.lang)
            sid = f.add(
                c,
                t + timedelta(minutes=rng.randint(40, 80)),
                "survey",
                "survey_response",
                word or None,
                scores={"csat": csat},
                attrs={"survey": "csat"},
            )
            c.truth.update({"csat_given": True, "csat": csat, "survey_event_id": sid})
    rng.shuffle(with_case)
    for i, (c, problem, _ch, t, _eid, case) in enumerate(with_case[:12]):
        assert case is not None
        good_news(
            f, c, daytime(rng, t + timedelta(minutes=rng.randint(60, 240))), problem, case, c.lang
        )
        c.truth["agent_fixed"] = True
        if i < 5:
            ta = daytime(rng, t + timedelta(minutes=rng.randint(16 * 60, 24 * 60)))
            ch2 = rng.choice(["chat", "email"])
            text = f.pick(W.APOLOGY, c.lang)
            aid = f.add(
                c,
                ta,
                ch2,
                "chat" if ch2 == "chat" else "message",
                text,
                W.CASE_SUBJECT[c.lang].format(case=case) if ch2 == "email" else None,
            )
            c.truth.update({"apologised": True, "apology_at": iso(ta), "apology_event_id": aid})
    for _ in range(8):
        c = f.person(draw_lang(rng), "happy", "control", [], [])
        happy_days(f, c, rng.randint(4, 7), list(range(12)))
    return f


def repeat_contacts() -> Fam:
    f = Fam(
        3,
        "repeat_contacts",
        "RC",
        datetime(2026, 6, 1, tzinfo=UTC),
        10,
        "one open problem raised two to four times; fixed problems; two different problems; frequent happy writers",
    )
    rng = f.rng
    counts = [2] * 4 + [3] * 4 + [4] * 4
    rng.shuffle(counts)
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    rng.shuffle(firsts)
    lead = [True] * 6 + [False] * 6
    rng.shuffle(lead)
    for i in range(12):
        lang = draw_lang(rng)
        problem = W.PROBLEMS[i % 6]
        c = f.person(
            lang, "repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL, problem=problem
        )
        happy_days(f, c, 1, [0], 7, 12, surveys=False)
        for _ in range(rng.randint(0, 2)):
            happy_act(f, c, f.when(0, 7, 12), happy_kind(f, False))
        case = new_case(f)
        t = f.when(rng.randint(1, 4), 8, 19)
        ch0 = firsts[i]
        ids = [raise_problem(f, c, t, problem, ch0, lang, case)]
        if ch0 == "chat" or not lead[i]:
            acknowledge(f, c, t, ch0, problem, case, lang)
        if lead[i]:
            f.reply(
                c,
                daytime(rng, t + timedelta(minutes=rng.randint(90, 150))),
                "email",
                f.pick(W.QUALITY_LEAD, lang).replace("{case}", case),
                W.CASE_SUBJECT[lang].format(case=case),
            )
        others = rng.sample(
            [x for x in ("email", "chat", "phone", "web", "social") if x != ch0], counts[i] - 1
        )
        comp = rng.choice(W.COMPETITORS) if counts[i] >= 3 else None
        tn = t
        for k, ch in enumerate(others, start=2):
            tn = daytime(rng, tn + timedelta(minutes=rng.randint(4 * 60, 40 * 60)))
            ids.append(later_contact(f, c, tn, ch, k, problem, case, lang, comp))
        c.truth.update(
            {
                "booking": case,
                "contacts": counts[i],
                "channels": [ch0, *others],
                "problem_event_ids": ids,
                "competitor": comp,
                "trouble_starts_at": iso(t),
                "agent_passed_on": lead[i],
            }
        )
    for _ in range(5):
        lang = draw_lang(rng)
        c = f.person(lang, "resolved_between_contacts", "fixed", [], ["silence"])
        happy_days(f, c, rng.randint(1, 3), [0, 8, 9], surveys=False)
        pr = fixed_case(
            f,
            c,
            f.when(rng.randint(1, 5), 8, 19),
            rng.choice(W.PROBLEMS),
            rng.choice(["email", "web", "chat"]),
            lang,
            lang,
        )
        c.truth.update(
            {
                "problems": [pr],
                "problem": pr["problem"],
                "booking": pr["booking"],
                "trouble_starts_at": pr["raised_at"],
                "confirm_language": lang,
            }
        )
    for _ in range(3):
        lang = draw_lang(rng)
        c = f.person(lang, "different_problems", "two problems", [], ["silence"])
        p1, p2 = rng.sample(list(W.PROBLEMS), 2)
        d1 = rng.randint(1, 2)
        pr1 = fixed_case(
            f, c, f.when(d1, 8, 17), p1, rng.choice(["email", "web", "chat"]), lang, lang
        )
        pr2 = fixed_case(
            f,
            c,
            f.when(d1 + rng.randint(4, 5), 8, 17),
            p2,
            rng.choice(["email", "web", "chat"]),
            lang,
            lang,
        )
        c.truth.update({"problems": [pr1, pr2], "trouble_starts_at": pr1["raised_at"]})
    for _ in range(7):
        c = f.person(draw_lang(rng), "happy", "frequent writer", [], [])
        happy_days(
            f,
            c,
            rng.randint(5, 8),
            list(range(10)),
            weights={"chat": 3, "email": 2, "phone": 2, "praise": 1, "purchase": 1},
        )
    return f


def slow_churners() -> Fam:
    f = Fam(
        4,
        "slow_churners",
        "SC",
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
        "sliders from a happy baseline, leavers who cancel, steady, steadily grumpy and sarcastic customers",
    )
    rng = f.rng
    spans = [3] + [5] * 5 + [9] * 4
    rng.shuffle(spans)
    nps_for = [True] * 5 + [False] * 5
    rng.shuffle(nps_for)
    for i in range(10):
        lang = draw_lang(rng)
        exp = ["sentiment_drop"] + (["detractor"] if nps_for[i] else [])
        c = f.person(lang, "slow_churner", "slides", exp, SLIDE_TOL)
        days = rng.sample(range(11), rng.randint(4, 5))
        for d in sorted(days):
            happy_act(f, c, f.when(d, 7, 21), rng.choice(["praise", "praise", "again"]))
        happy_days(
            f,
            c,
            rng.randint(2, 4),
            [d for d in range(11) if d not in days],
            surveys=False,
            weights={"chat": 2, "purchase": 2, "page": 1, "review": 1, "email": 1},
        )
        ids = slide(f, c, rng.randint(12, 16), spans[i], [lang])
        c.truth.update({"trouble_starts_at": iso(row_time(f, ids[0])), "nps_given": nps_for[i]})
        if nps_for[i]:
            nps = rng.randint(1, 5)
            sid = f.add(
                c,
                daytime(rng, row_time(f, ids[3]) + timedelta(minutes=rng.randint(150, 210))),
                "survey",
                "survey_response",
                None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c.truth.update({"nps": nps, "survey_event_id": sid})
    for _ in range(5):
        lang = draw_lang(rng)
        c = f.person(lang, "slow_churner", "asks to cancel", ["churn_intent"], LEAVE_TOL)
        happy_days(f, c, rng.randint(4, 6), list(range(16)))
        t = f.when(rng.randint(17, 23), 8, 20)
        subj, text = rng.choice(W.LEAVE[lang])
        eid = f.add(c, t, "email", "message", text.format(name=c.first), subj)
        f.reply(
            c,
            daytime(rng, t + timedelta(minutes=rng.randint(60, 300))),
            "email",
            f.pick(W.SORRY_GO, lang),
            "Re: " + subj,
        )
        tc = daytime(rng, t + timedelta(minutes=rng.randint(20 * 60, 30 * 60)))
        cid = f.add(
            c,
            tc,
            "web",
            "cancellation",
            None,
            attrs={"page": "/account/plan/cancel", "product": "Nautilo Care plan"},
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
        c = f.person(draw_lang(rng), "happy", "steady", [], [])
        happy_days(f, c, rng.randint(6, 10), list(range(32)))
    for _ in range(5):
        lang = draw_lang(rng)
        c = f.person(lang, "steadily_grumpy", "grumbles", [], ["repeat_contact", "silence"])
        d = rng.randint(0, 4)
        gids: list[str] = []
        texts = rng.sample(W.GRUMBLES[lang], min(len(W.GRUMBLES[lang]), 7))
        for k in range(rng.randint(5, 7)):
            if d > 31:
                break
            t = f.when(d, 8, 21)
            text = texts[k % len(texts)]
            ch = rng.choice(["social", "community", "web", "review"])
            if ch == "web":
                gids.append(
                    f.add(
                        c,
                        t,
                        "web",
                        "ticket",
                        text,
                        W.COMPLAINT_SUBJECT[lang].format(topic=text[:40].rstrip()),
                        attrs={"page": "/help/contact"},
                    )
                )
            elif ch == "review":
                gids.append(
                    f.add(
                        c,
                        t,
                        "web",
                        "review",
                        text,
                        attrs={"rating": "3", "page": rng.choice(W.PRODUCTS)[1]},
                    )
                )
            else:
                gids.append(f.add(c, t, ch, "mention" if ch == "social" else "post", text))
            d += rng.randint(1, 3)
        for _ in range(rng.randint(0, 2)):
            happy_act(f, c, f.when(rng.randint(0, 31), 9, 20), "purchase")
        c.truth.update({"grumble_event_ids": gids, "trouble_starts_at": iso(row_time(f, gids[0]))})
    for _ in range(5):
        lang = draw_lang(rng)
        c = f.person(lang, "happy_one_sarcastic_remark", "happy", [], ["silence"])
        happy_days(f, c, rng.randint(3, 6), list(range(17)))
        t = f.when(rng.randint(17, 28), 9, 21)
        sid = f.add(c, t, "social", "mention", f.pick(W.SARCASM, lang))
        c.truth.update({"sarcasm_event_id": sid})
    return f


def quiet_hours() -> Fam:
    f = Fam(
        5,
        "quiet_hours",
        "QH",
        datetime(2026, 8, 28, tzinfo=UTC),
        3,
        "a calm weekend; mild one-off grumbles; three bursts of night owls each night (no spike)",
    )
    rng = f.rng
    for _ in range(16):
        c = f.person(draw_lang(rng), "happy", "day writer", [], [])
        happy_days(
            f,
            c,
            rng.randint(1, 3),
            [0, 1, 2],
            7,
            17.5,
            weights={
                "praise": 3,
                "chat": 2,
                "purchase": 2,
                "page": 1,
                "review": 1,
                "survey": 1,
                "email": 1,
            },
        )
    for k in range(4):
        lang = draw_lang(rng)
        c = f.person(lang, "grumbles_once", "grumbles once", [], ["silence"])
        t = f.when(rng.randint(0, 2), 9, 16)
        happy_act(f, c, t, rng.choice(["page", "purchase"]))
        q, a = rng.choice(W.MILD[lang])
        tg = t + timedelta(minutes=rng.randint(20, 30))
        if k < 2:
            gid = f.add(c, tg, "chat", "chat", q)
            f.reply(c, tg + timedelta(minutes=rng.randint(1, 5)), "chat", a)
        else:
            gid = f.add(c, tg, "web", "ticket", q, None, attrs={"page": "/help/contact"})
            f.reply(c, tg + timedelta(minutes=rng.randint(30, 120)), "email", a, "Re: " + q[:30])
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(tg)})
    for night in (1, 2, 3):
        first = rng.randint(40, 65)
        starts = [first, first + rng.randint(28, 33), first + rng.randint(55, 65)]
        for b, s in enumerate(starts, start=1):
            burst = f.at(night, s)
            for _ in range(4):
                lang = draw_lang(rng)
                c = f.person(
                    lang,
                    "night_owl",
                    f"night {night}, burst {b}",
                    [],
                    [],
                    job=rng.choice(NIGHT_JOBS + JOBS),
                )
                t = burst + timedelta(minutes=rng.randint(0, 9))
                if rng.random() < 0.5:
                    q, a = rng.choice(W.NIGHT_CHAT[lang])
                    nid = f.add(c, t, "chat", "chat", q)
                    t2 = t + timedelta(minutes=rng.randint(1, 4))
                    f.reply(c, t2, "chat", a)
                    f.add(
                        c,
                        t2 + timedelta(minutes=rng.randint(1, 3)),
                        "chat",
                        "chat",
                        f.pick(W.THANKS, lang),
                    )
                else:
                    ch = rng.choice(["social", "community"])
                    nid = f.add(
                        c,
                        t,
                        ch,
                        "mention" if ch == "social" else "post",
                        f.pick(W.NIGHT_POST, lang),
                    )
                if rng.random() < 0.5:
                    happy_act(
                        f,
                        c,
                        f.when(rng.randint(0, 2), 9, 17.5),
                        rng.choice(["praise", "purchase", "page", "review"]),
                    )
                c.truth.update({"burst_at": iso(burst), "night_event_id": nid})
    return f


PAIRS = (
    [("en", "de")] * 4
    + [("de", "en")] * 4
    + [("en", "fr")] * 2
    + [("de", "fr")] * 3
    + [
        ("fr", "en"),
        ("en", "es"),
        ("es", "en"),
        ("de", "it"),
        ("it", "de"),
        ("en", "pt"),
        ("pt", "en"),
        ("de", "es"),
        ("es", "de"),
        ("fr", "de"),
        ("en", "it"),
        ("it", "en"),
        ("pt", "de"),
        ("de", "pt"),
    ]
)
WHY_SECOND = [
    "partner speaks {l}",
    "works in a {l}-speaking team",
    "studied in a {l}-speaking country",
    "grew up with a {l}-speaking parent",
    "works for a {l} firm",
]


def bilingual() -> Fam:
    f = Fam(
        6,
        "bilingual",
        "BL",
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
        "customers who write in two languages: happy, repeat contacts, sliders, one bad day, fixed between contacts",
    )
    rng = f.rng
    pairs = list(PAIRS)
    rng.shuffle(pairs)
    long_pair = next(p for p in pairs if p[1] == "de")
    pairs.remove(long_pair)
    roles = (
        ["long_bad"]
        + ["happy"] * 12
        + ["repeat"] * 5
        + ["slide"] * 5
        + ["bad_email", "bad_chat"]
        + ["fixed"] * 2
    )
    pairs = [long_pair, *pairs]

    def mk(pair: tuple[str, str], persona: str, habit: str, exp: list[str], tol: list[str]) -> Cust:
        l1, l2 = pair
        ms = [m for m, _ in LANG_MARKETS[l1]] + [m for m, _ in LANG_MARKETS[l2]]
        return f.person(
            l1,
            persona,
            habit,
            exp,
            tol,
            market=rng.choice(ms),
            languages=[l1, l2],
            job_second_language=rng.choice(WHY_SECOND).format(l=LANG_NAMES[l2]),
        )

    rep_counts = [2, 2, 3, 3, 4]
    rng.shuffle(rep_counts)
    for pair, role in zip(pairs, roles, strict=True):
        l1, l2 = pair
        if role == "happy":
            c = mk(pair, "happy", "alternates languages", [], [])
            for k, d in enumerate(sorted(rng.sample(range(14), rng.randint(5, 8)))):
                happy_act(f, c, f.when(d, 7, 21), happy_kind(f), (l1, l2)[k % 2])
        elif role == "repeat":
            c = mk(pair, "repeat_contact", "repeats", ["repeat_contact"], REPEAT_TOL)
            n = rep_counts.pop()
            for k in range(rng.randint(1, 3)):
                happy_act(
                    f, c, f.when(rng.randint(0, 1), 7, 20), happy_kind(f, False), (l1, l2)[k % 2]
                )
            problem = rng.choice(W.PROBLEMS)
            case = new_case(f)
            t = f.when(rng.randint(2, 5), 8, 19)
            ch0 = rng.choice(["web", "email", "chat"])
            ids = [raise_problem(f, c, t, problem, ch0, l1, case)]
            if n >= 3:
                if ch0 == "chat":
                    acknowledge(f, c, t, ch0, problem, case, l1)
                f.reply(
                    c,
                    daytime(rng, t + timedelta(minutes=rng.randint(90, 150))),
                    "email",
                    f.pick(W.QUALITY_LEAD, l1).replace("{case}", case),
                    W.CASE_SUBJECT[l1].format(case=case),
                    lang=l1,
                )
            else:
                acknowledge(f, c, t, ch0, problem, case, l1)
            others = rng.sample(
                [x for x in ("email", "chat", "phone", "web", "social") if x != ch0], n - 1
            )
            comp = rng.choice(W.COMPETITORS) if n >= 3 else None
            tn = t
            for k, ch in enumerate(others, start=2):
                tn = daytime(rng, tn + timedelta(minutes=rng.randint(4 * 60, 40 * 60)))
                ids.append(
                    later_contact(f, c, tn, ch, k, problem, case, (l1, l2)[(k - 1) % 2], comp)
                )
            c.truth.update(
                {
                    "problem": problem,
                    "booking": case,
                    "contacts": n,
                    "channels": [ch0, *others],
                    "problem_event_ids": ids,
                    "competitor": comp,
                    "trouble_starts_at": iso(t),
                    "agent_passed_on": n >= 3,
                }
            )
        elif role == "slide":
            c = mk(pair, "slow_churner", "slides", ["sentiment_drop"], SLIDE_TOL)
            days = sorted(rng.sample(range(6), 5))
            for k, d in enumerate(days):
                happy_act(f, c, f.when(d, 7, 21), "praise", (l1, l2)[k % 2])
            for k in range(rng.randint(1, 3)):
                happy_act(
                    f,
                    c,
                    f.when(rng.randint(0, 6), 7, 21),
                    rng.choice(["chat", "purchase", "page"]),
                    (l2, l1)[k % 2],
                )
            ids = slide(f, c, rng.randint(7, 8), rng.randint(3, 5), [l1, l2])
            c.truth["trouble_starts_at"] = iso(row_time(f, ids[0]))
        elif role in ("long_bad", "bad_email", "bad_chat"):
            c = mk(pair, "happy_one_bad_day", "one bad day", [], ["silence"])
            bad = rng.randint(4, 9)
            days = [d for d in range(14) if d <= bad - 2 or d >= bad + 3]
            for k, d in enumerate(sorted(rng.sample(days, rng.randint(3, 5)))):
                happy_act(f, c, f.when(d, 7, 21), happy_kind(f, False), (l1, l2)[k % 2])
            problem = rng.choice(W.PROBLEMS)
            case = new_case(f)
            t = f.when(bad, 8, 19)
            ch = "chat" if role == "bad_chat" else "email"
            eid = raise_problem(f, c, t, problem, ch, l2, case, long=role == "long_bad")
            acknowledge(f, c, t, ch, problem, case, l2)
            c.truth.update(
                {
                    "problem": problem,
                    "booking": case,
                    "channel": ch,
                    "long_email": role == "long_bad",
                    "bad_day_at": iso(t),
                    "bad_day_event_id": eid,
                    "bad_day_language": l2,
                    "trouble_starts_at": iso(t),
                    "agent_fixed": ch == "email",
                    "apologised": False,
                }
            )
            if ch == "email":
                good_news(
                    f,
                    c,
                    daytime(rng, t + timedelta(minutes=rng.randint(60, 240))),
                    problem,
                    case,
                    l2,
                )
            if role == "bad_email":
                ta = daytime(rng, t + timedelta(minutes=rng.randint(18 * 60, 24 * 60)))
                aid = f.add(c, ta, "chat", "chat", f.pick(W.APOLOGY, l2))
                c.truth.update({"apologised": True, "apology_at": iso(ta), "apology_event_id": aid})
        else:
            c = mk(pair, "resolved_between_contacts", "fixed", [], ["silence"])
            for k, d in enumerate(sorted(rng.sample([0, 1, 10, 11, 12], rng.randint(2, 3)))):
                happy_act(f, c, f.when(d, 7, 21), happy_kind(f, False), (l1, l2)[k % 2])
            pr = fixed_case(
                f, c, f.when(rng.randint(2, 6), 8, 18), rng.choice(W.PROBLEMS), "web", l1, l2
            )
            c.truth.update(
                {
                    "problems": [pr],
                    "problem": pr["problem"],
                    "booking": pr["booking"],
                    "trouble_starts_at": pr["raised_at"],
                    "confirm_language": l2,
                }
            )
    return f


# (kind, market, language, company, site, problem, complainers, contacts, last channel)
ACCOUNTS: list[tuple[str, str, str, str, str, str | None, int, int, str | None]] = [
    ("at_risk", "UK", "en", "Brasserie Holloway Ltd", "restaurant", "missed_visits", 4, 5, "phone"),
    (
        "at_risk",
        "DE",
        "de",
        "Zahnarztpraxis Dr. Lindner",
        "dental practice",
        "portal",
        3,
        4,
        "email",
    ),
    ("at_risk", "DE", "de", "Hotel Seeblick GmbH", "hotel", "invoice", 4, 6, "phone"),
    ("at_risk", "UK", "en", "Carrow & Finch Ltd", "office", "overbilled", 3, 5, "phone"),
    ("at_risk", "AT", "de", "Mittelschule Gleisdorf", "school", "invoice", 3, 4, "phone"),
    (
        "one_unhappy",
        "DE",
        "de",
        "Seniorenresidenz Am Park",
        "care home",
        "missed_visits",
        1,
        3,
        None,
    ),
    ("one_unhappy", "IE", "en", "Liffey Physio Clinic", "clinic", "overbilled", 1, 3, None),
    ("one_unhappy", "FR", "fr", "Bistrot des Halles", "restaurant", "portal", 1, 3, None),
    ("one_unhappy", "ES", "es", "Hotel Mirador del Puerto", "hotel", "invoice", 1, 3, None),
    ("mild", "IT", "it", "Farmacia Colombo", "pharmacy", None, 0, 4, None),
    ("mild", "CH", "de", "Regionalbank Aarau", "bank branch", None, 0, 3, None),
    ("mild", "PT", "pt", "Termas do Sol Spa", "spa", None, 0, 4, None),
    ("happy", "DE", "de", "Kanzlei Berger & Ott", "office", None, 0, 4, None),
    ("happy", "UK", "en", "Oakfield Vets", "veterinary practice", None, 0, 4, None),
    ("happy", "BE", "fr", "Cabinet dentaire Delvaux", "dental practice", None, 0, 4, None),
]
WEEKDAYS_OFF = [0, 1, 2, 3, 4, 7, 8, 9, 10, 11]


def b2b_routine(f: Fam, c: Cust, t: datetime, kind: str) -> str:
    rng = f.rng
    L = c.lang
    if kind == "chat":
        q, a = rng.choice(B.CHAT_Q[L])
        return chat_qa(f, c, t, q, a, L, "/pro/portal", B.THANKS)
    if kind == "order":
        return purchase(f, c, t, B.PRODUCTS)
    if kind == "page":
        return f.add(c, t, "web", "page_view", attrs={"page": rng.choice(B.PAGES)})
    if kind == "praise":
        return f.add(c, t, "community", "post", f.pick(B.PRAISE, L))
    if kind == "survey":
        return happy_survey(f, c, t, L, B.SURVEY)
    raise ValueError(kind)


def b2b_accounts() -> Fam:
    f = Fam(
        7,
        "b2b_accounts",
        "BB",
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
        "Nautilo Pro accounts: at-risk accounts where several contacts complain about one problem, one unhappy contact, mild suggestions, happy accounts",
    )
    rng = f.rng
    for kind, market, lang, company, site, problem, n_compl, n_contacts, last_ch in ACCOUNTS:
        while True:
            acc = f"NP-{market}-{rng.randint(1000, 9999)}"
            if acc not in USED:
                USED.add(acc)
                break
        words = [
            w
            for w in company.split()
            if w not in {"Ltd", "GmbH", "Dr.", "&", "des", "del", "do", "Am"}
        ]
        domain = ascii_name("".join(words[:2])) + ".example"
        contacts: list[Cust] = []
        firsts: set[str] = set()
        roles: list[str] = []
        if kind == "at_risk":
            roles = ["complainer"] * n_compl + ["contact"] * (n_contacts - n_compl)
        elif kind == "one_unhappy":
            roles = ["complainer"] + ["contact"] * (n_contacts - 1)
        elif kind == "mild":
            roles = ["suggests"] * 2 + ["contact"] * (n_contacts - 2)
        else:
            roles = ["contact"] * n_contacts
        for role in roles:
            if role == "complainer" and kind == "at_risk":
                persona, exp, tol = "b2b_unhappy", ["detractor"], B2B_RISK_TOL
            elif role == "complainer":
                persona, exp, tol = "b2b_one_unhappy", ["detractor"], B2B_ONE_TOL
            elif role == "suggests":
                persona, exp, tol = "b2b_mild", [], ["silence"]
            else:
                persona, exp, tol = "b2b_happy", [], []
            title = rng.choice(B.JOB_TITLES)
            while True:
                c = f.person(
                    lang,
                    persona,
                    role,
                    exp,
                    tol,
                    market=market,
                    job=title,
                    account=acc,
                    email_domain=domain,
                    company=company,
                    role=role,
                    job_title=title,
                )
                if c.first not in firsts:
                    break
                del f.custs[c.key]
            firsts.add(c.first)
            contacts.append(c)
        unhappy = [c for c in contacts if c.truth["role"] == "complainer"]
        for c in contacts:
            if c.truth["role"] == "contact":
                for d in sorted(rng.sample(WEEKDAYS_OFF, rng.randint(2, 5))):
                    b2b_routine(
                        f,
                        c,
                        f.when(d, 8, 16.5),
                        rng.choice(["chat", "chat", "order", "page", "praise", "survey"]),
                    )
            else:
                for _ in range(rng.randint(0, 2)):
                    b2b_routine(
                        f,
                        c,
                        f.when(rng.randint(0, 1), 8, 16.5),
                        rng.choice(["chat", "order", "page"]),
                    )
        trouble: str | None = None
        if kind == "at_risk":
            assert problem is not None
            case = new_case(f)
            topic = B.TOPIC[problem][lang]
            t = f.when(2, 8, 12)
            trouble = iso(t)
            first = unhappy[0]
            subj, text = B.FIRST[problem][lang]
            eid = f.add(
                first, t, "email", "message", text.format(company=company, name=first.first), subj
            )
            s2, body = B.ACK[lang]
            f.reply(
                first,
                office(rng, t + timedelta(minutes=rng.randint(20, 90))),
                "email",
                body.replace("{case}", case).replace("{topic}", topic),
                s2.format(subject=subj, case=case),
            )
            first.truth.update(
                {
                    "complaint_event_ids": [eid],
                    "trouble_starts_at": iso(t),
                    "booking": case,
                    "problem": problem,
                }
            )
            tn = t
            for k, c in enumerate(unhappy):
                if k > 0:
                    tn = office(rng, tn + timedelta(minutes=rng.randint(8 * 60, 28 * 60)))
                    wd = B.WEEKDAYS[lang][t.weekday()]
                    if tn.date() == t.date():
                        wd = "this morning" if lang == "en" else "heute Morgen"
                        wd_text = (
                            f.pick(B.LATER, lang)
                            .replace("on {weekday}", wd)
                            .replace("am {weekday}", wd)
                            .replace("{weekday}", wd)
                        )
                    else:
                        wd_text = f.pick(B.LATER, lang).replace("{weekday}", wd)
                    text2 = (
                        wd_text.replace("{first}", first.first)
                        .replace("{case}", case)
                        .replace("{topic}", topic)
                        .replace("{name}", c.first)
                    )
                    eid2 = f.add(
                        c,
                        tn,
                        "email",
                        "message",
                        text2,
                        (("Re: case " if lang == "en" else "AW: Vorgang ") + case),
                    )
                    c.truth.update(
                        {
                            "complaint_event_ids": [eid2],
                            "trouble_starts_at": iso(tn),
                            "booking": case,
                            "problem": problem,
                        }
                    )
                if k < len(unhappy) - 1:
                    nps = rng.randint(1, 5)
                    sid = f.add(
                        c,
                        office(rng, tn + timedelta(minutes=rng.randint(60, 180))),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": nps},
                        attrs={"survey": "nps"},
                    )
                    c.truth.update({"nps_given": True, "nps": nps, "survey_event_id": sid})
                else:
                    c.truth.update(
                        {
                            "persona": "b2b_unhappy",
                            "expected_rules": ["repeat_contact"],
                            "nps_given": False,
                        }
                    )
                    tl = office(rng, tn + timedelta(minutes=rng.randint(18 * 60, 40 * 60)))
                    comp = rng.choice(W.COMPETITORS)
                    if last_ch == "email":
                        t3 = (
                            f.pick(B.LAST_EMAIL, lang)
                            .replace("{case}", case)
                            .replace("{topic}", topic)
                            .replace("{competitor}", comp)
                            .replace("{name}", c.first)
                        )
                        e3 = f.add(
                            c, tl, "email", "message", t3, B.LAST_SUBJECT[lang].format(case=case)
                        )
                        c.truth["competitor"] = comp
                    else:
                        t3 = (
                            f.pick(B.LAST_CALL, lang)
                            .replace("{case}", case)
                            .replace("{company}", company)
                            .replace("{name}", c.truth["name"])
                        )
                        e3 = f.add(c, tl, "phone", "call", t3)
                        c.truth["competitor"] = None
                    c.truth["complaint_event_ids"].append(e3)
                    c.truth["repeat_event_id"] = e3
        elif kind == "one_unhappy":
            assert problem is not None
            c = unhappy[0]
            case = new_case(f)
            topic = B.TOPIC[problem][lang]
            t = f.when(rng.choice([3, 4, 7]), 8, 16)
            subj, text = B.ONE[lang]
            eid = f.add(
                c,
                t,
                "email",
                "message",
                text.format(topic=topic[0].upper() + topic[1:], name=c.first),
                subj,
            )
            s2, body = B.ACK[lang]
            f.reply(
                c,
                office(rng, t + timedelta(minutes=rng.randint(20, 90))),
                "email",
                body.replace("{case}", case).replace("{topic}", topic),
                s2.format(subject=subj, case=case),
            )
            nps = rng.randint(1, 5)
            sid = f.add(
                c,
                office(rng, t + timedelta(minutes=rng.randint(60, 180))),
                "survey",
                "survey_response",
                None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                {
                    "complaint_event_ids": [eid],
                    "trouble_starts_at": iso(t),
                    "booking": case,
                    "problem": problem,
                    "nps_given": True,
                    "nps": nps,
                    "survey_event_id": sid,
                }
            )
        elif kind == "mild":
            texts = list(B.MILD[lang])
            rng.shuffle(texts)
            for c, text in zip(
                [x for x in contacts if x.truth["role"] == "suggests"], texts, strict=True
            ):
                t = f.when(rng.choice([2, 3, 4, 7, 8, 9]), 8, 16)
                mid = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    text,
                    B.MILD_SUBJECT[lang],
                    attrs={"page": "/pro/portal/feedback"},
                )
                f.reply(
                    c,
                    office(rng, t + timedelta(minutes=rng.randint(60, 240))),
                    "email",
                    B.MILD_ACK[lang],
                    "Re: " + B.MILD_SUBJECT[lang],
                )
                c.truth.update({"mild_event_id": mid, "trouble_starts_at": iso(t)})
        f.accounts[acc] = {
            "company": company,
            "site": site,
            "contacts": len(contacts),
            "contact_keys": sorted(c.key for c in contacts),
            "unhappy_contacts": len(unhappy),
            "unhappy_contact_keys": sorted(c.key for c in unhappy),
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
        datetime(2026, 11, 9, tzinfo=UTC),
        7,
        "a calm week, two lone questions on the Friday, and one planted spike on Saturday morning: Nautilo Lume light schedules flipped overnight, error NL12H",
    )
    rng = f.rng
    for _ in range(40):
        c = f.person(draw_lang(rng), "happy", "day writer", [], [])
        for d in sorted(rng.sample(range(6), rng.randint(1, 4))):
            t = f.when(d, 12, 19) if d == 5 else f.when(d, 7, 21)
            happy_act(f, c, t, happy_kind(f))
    for lang in ("en", "de"):
        c = f.person(lang, "grumbles_once", "grumbles once", [], ["silence"])
        q, a = W.CALM_GRUMBLE[lang][0]
        t = f.when(0, 18, 20.5)
        gid = f.add(c, t, "chat", "chat", q, attrs={"page": "/shop/fish"})
        f.reply(c, t + timedelta(minutes=rng.randint(1, 4)), "chat", a)
        c.truth.update({"grumble_event_id": gid, "trouble_starts_at": iso(t)})
    for lang, minute in (("en", 9 * 60 + 40), ("de", 16 * 60 + 5)):
        c = f.person(lang, "grumbles_once", "lone question", [], ["silence"])
        t = f.at(4, minute)
        q, a = W.LONE_Q[lang]
        lid = f.add(c, t, "chat", "chat", q, attrs={"page": "/app/lume/schedule"})
        f.reply(c, t + timedelta(minutes=rng.randint(2, 5)), "chat", a)
        c.truth.update({"lone_report_event_id": lid, "trouble_starts_at": iso(t)})
    langs = ["en"] * 6 + ["de"] * 6 + ["fr", "fr", "es", "es", "it", "it", "pt", "pt"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(langs)
    rng.shuffle(chans)
    regular = [True] * 12 + [False] * 8
    rng.shuffle(regular)
    mins = sorted([0, 45, *[rng.randint(1, 44) for _ in range(18)]])
    spike_start = f.at(5, 7 * 60 + 20)
    reporters: list[tuple[Cust, datetime, str, str]] = []
    for i in range(20):
        lang = langs[i]
        c = f.person(
            lang,
            "spike_reporter",
            "regular" if regular[i] else "new",
            [],
            ["silence"],
            in_spike=True,
            regular=regular[i],
        )
        if regular[i]:
            for _ in range(rng.randint(1, 3)):
                happy_act(
                    f,
                    c,
                    f.when(2, 8, 17.5),
                    rng.choice(["praise", "chat", "purchase", "page", "email", "review"]),
                )
        t = spike_start + timedelta(
            minutes=mins[i], seconds=rng.randint(0, 59) if 0 < mins[i] < 45 else 0
        )
        ch = chans[i]
        text = f.pick(W.SPIKE_REPORT, lang)
        if ch == "email":
            sid = f.add(c, t, "email", "message", text, W.SPIKE_SUBJECT[lang])
        elif ch == "web":
            sid = f.add(
                c, t, "web", "ticket", text, W.SPIKE_SUBJECT[lang], attrs={"page": "/help/contact"}
            )
        elif ch == "chat":
            sid = f.add(c, t, "chat", "chat", text, attrs={"page": "/app/lume/schedule"})
            f.reply(
                c,
                t + timedelta(minutes=rng.randint(1, 3)),
                "chat",
                f.pick(W.SPIKE_CHAT_ANSWER, lang),
            )
        else:
            sid = f.add(c, t, ch, "mention" if ch == "social" else "post", text)
        c.truth.update({"spike_event_id": sid, "spike_channel": ch, "trouble_starts_at": iso(t)})
        reporters.append((c, t, ch, sid))
    early = [x for x in reporters if x[1] <= spike_start + timedelta(minutes=25)]
    rng.shuffle(early)
    rep_chans = ["email", "email", "chat", "chat", "community", "community"]
    repeaters: list[tuple[Cust, datetime, str, str]] = []
    for ch2 in rep_chans:
        x = next(y for y in early if y[2] != ch2 and y not in repeaters)
        repeaters.append(x)
        c, t, _ch, _sid = x
        t2 = t + timedelta(minutes=rng.randint(15, 50))
        text = f.pick(W.SPIKE_REPEAT, c.lang)
        if ch2 == "email":
            rid = f.add(c, t2, "email", "message", text, "Re: " + W.SPIKE_SUBJECT[c.lang])
        elif ch2 == "chat":
            rid = f.add(c, t2, "chat", "chat", text, attrs={"page": "/app/lume/schedule"})
            f.reply(
                c,
                t2 + timedelta(minutes=rng.randint(1, 3)),
                "chat",
                f.pick(W.SPIKE_CHAT_ANSWER, c.lang),
            )
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
    rest = [x for x in reporters if x not in repeaters]
    rng.shuffle(rest)
    for c, _t, _ch, _sid in rest[:6]:
        since = "10:30" if c.market in ("UK", "IE", "PT") else "11:30"
        credit = {"UK": "£7", "CH": "CHF 8"}.get(c.market, "€8" if c.lang == "en" else "8 €")
        subj, body = W.SPIKE_FIXED[c.lang]
        f.reply(
            c,
            f.at(5, rng.randint(10 * 60 + 58, 11 * 60 + 7)),
            "email",
            body.replace("{since}", since).replace("{credit}", credit),
            subj,
        )
        c.truth["agent_fixed"] = True
    ordered = sorted(reporters, key=lambda x: x[1])
    f.spike = {
        "topic": "aquarium-light app schedules flipped am/pm overnight (lights full on at night, off in the morning), schedule cannot be saved back, error NL12H",
        "about": "Nautilo Lume tank lights run from the Nautilo app: on Saturday 14 November 2026 schedules were swapped overnight; 20 customers report it within 45 minutes in six languages on five channels",
        "channel": None,
        "start": iso(ordered[0][1]),
        "end": iso(ordered[-1][1]),
        "customers": 20,
        "customer_keys": sorted(x[0].key for x in reporters),
        "event_ids": [x[3] for x in ordered],
        "repeat_event_ids": [
            x[0].truth["repeat_event_id"] for x in sorted(repeaters, key=lambda y: y[1])
        ],
    }
    return f


FAMILIES = [
    (happy_writers, {}),
    (one_bad_day, {"detractor": 6}),
    (repeat_contacts, {"repeat_contact": 12}),
    (slow_churners, {"churn_intent": 5, "detractor": 5, "sentiment_drop": 10}),
    (quiet_hours, {}),
    (bilingual, {"repeat_contact": 5, "sentiment_drop": 5}),
    (b2b_accounts, {"account_risk": 5, "detractor": 16, "repeat_contact": 5}),
    (topic_spike, {"repeat_contact": 6, "topic_spike": 1}),
]


def main() -> None:
    for build, planted in FAMILIES:
        f = build()
        jsonl, truth = f.finish(planted)
        (HERE / f"{f.name}.jsonl").write_text(jsonl, encoding="utf-8")
        (HERE / f"{f.name}.truth.json").write_text(truth, encoding="utf-8")
        print(f"{f.name}: {len(f.custs)} customers, {len(f.rows)} touchpoints")


if __name__ == "__main__":
    main()
