# ruff: noqa: E501
"""Build the heldout63 hand-written alert scenarios (Affilo, sharpening by post).

Standard library only, fixed seed, deterministic: ``python make_heldout63.py``
from anywhere writes ``<family>.jsonl`` and ``<family>.truth.json`` next to it.
It refuses to write a family whose expected counts differ from the planted ones.
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import wording as W  # noqa: E402
import wording_b2b as B  # noqa: E402

SEED = 20261112
UTC = timezone.utc  # noqa: UP017 (runs on any python 3)
WRITTEN = "2026-12-03"
BUSINESS = "Affilo: kitchen knife, scissor and secateur sharpening by post (prepaid sleeve collected by courier, Affilo Club membership) for households, and Affilo Pro, weekly knife-swap rounds for kitchens on account"
LIMIT = datetime(2026, 11, 25, tzinfo=UTC)

LANG_WEIGHTS = [("en", 30), ("fr", 30), ("pt", 10), ("it", 10), ("de", 10), ("es", 10)]
MARKETS: dict[str, list[tuple[str, int]]] = {
    "en": [("UK", 3), ("IE", 1)],
    "fr": [("FR", 4), ("BE", 2), ("CH", 1), ("LU", 1)],
    "de": [("DE", 3), ("AT", 1), ("CH", 1)],
    "it": [("IT", 3), ("CH", 1)],
    "pt": [("PT", 1)],
    "es": [("ES", 1)],
}
# country code, mobile prefixes, national digits
PHONES: dict[str, tuple[str, list[str], int]] = {
    "UK": ("44", ["74", "75", "77", "78", "79"], 10),
    "IE": ("353", ["83", "85", "86", "87"], 9),
    "FR": ("33", ["6", "7"], 9),
    "BE": ("32", ["47", "48", "49"], 9),
    "CH": ("41", ["76", "77", "78", "79"], 9),
    "LU": ("352", ["621", "661", "691"], 9),
    "DE": ("49", ["151", "160", "170", "176"], 11),
    "AT": ("43", ["664", "676", "699"], 10),
    "IT": ("39", ["320", "333", "347", "348"], 10),
    "PT": ("351", ["91", "92", "93", "96"], 9),
    "ES": ("34", ["6"], 9),
}
TOWNS: dict[str, list[str]] = {
    "UK": ["Leeds", "Bristol", "Norwich", "Cardiff", "York", "Brighton", "Glasgow", "Derby"],
    "IE": ["Cork", "Galway", "Limerick", "Dublin", "Sligo"],
    "FR": ["Lyon", "Nantes", "Rennes", "Lille", "Tours", "Grenoble", "Angers", "Dijon"],
    "BE": ["Liège", "Namur", "Bruxelles", "Charleroi", "Mons"],
    "CH": ["Lausanne", "Genève", "Fribourg", "Bern", "Lugano", "Neuchâtel"],
    "LU": ["Luxembourg", "Esch-sur-Alzette", "Differdange"],
    "DE": ["Leipzig", "Köln", "Freiburg", "Kassel", "Münster"],
    "AT": ["Graz", "Linz", "Salzburg"],
    "IT": ["Bologna", "Torino", "Verona", "Bari"],
    "PT": ["Braga", "Porto", "Coimbra", "Aveiro"],
    "ES": ["Valencia", "Zaragoza", "Sevilla", "Bilbao"],
}
FIRST_F = {
    "en": [
        "Emma",
        "Sophie",
        "Chloe",
        "Aoife",
        "Hannah",
        "Megan",
        "Niamh",
        "Laura",
        "Rachel",
        "Siobhan",
        "Grace",
        "Lucy",
        "Amy",
        "Ciara",
        "Zoe",
        "Katie",
        "Holly",
        "Ellie",
    ],
    "fr": [
        "Camille",
        "Léa",
        "Manon",
        "Chloé",
        "Julie",
        "Sarah",
        "Inès",
        "Pauline",
        "Émilie",
        "Claire",
        "Océane",
        "Margaux",
        "Amandine",
        "Élodie",
        "Laetitia",
        "Anaïs",
    ],
    "de": ["Anna", "Lena", "Katharina", "Julia", "Sabine", "Miriam", "Jana", "Carina"],
    "it": ["Giulia", "Francesca", "Chiara", "Sara", "Valentina", "Elena", "Silvia"],
    "pt": ["Ana", "Inês", "Beatriz", "Mariana", "Joana", "Rita", "Catarina"],
    "es": ["Lucía", "María", "Paula", "Carmen", "Elena", "Marta", "Nerea"],
}
FIRST_M = {
    "en": [
        "James",
        "Liam",
        "Connor",
        "Tom",
        "Owen",
        "Daniel",
        "Ciarán",
        "Ryan",
        "Matthew",
        "Sean",
        "Jack",
        "Ben",
        "Rory",
    ],
    "fr": [
        "Julien",
        "Thomas",
        "Nicolas",
        "Maxime",
        "Antoine",
        "Hugo",
        "Mathieu",
        "Romain",
        "Kevin",
        "Olivier",
        "Sébastien",
        "Loïc",
    ],
    "de": ["Lukas", "Jonas", "Matthias", "Stefan", "Florian", "Tobias", "Jörg"],
    "it": ["Marco", "Luca", "Andrea", "Matteo", "Stefano", "Davide", "Nicola"],
    "pt": ["João", "Tiago", "Pedro", "Rui", "Miguel", "Diogo", "Nuno"],
    "es": ["Javier", "Pablo", "Sergio", "Álvaro", "Daniel", "Adrián", "Iker"],
}
SURNAMES = {
    "en": [
        "Walsh",
        "Murphy",
        "Clarke",
        "Hughes",
        "Patel",
        "Evans",
        "Byrne",
        "Kelly",
        "Turner",
        "Morgan",
        "Doyle",
        "Reid",
        "Shaw",
        "Fletcher",
        "Gallagher",
        "Price",
        "Bennett",
        "Quinn",
        "Lawson",
        "Foster",
        "Nolan",
        "Ahmed",
    ],
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Lefèvre",
        "Moreau",
        "Laurent",
        "Girard",
        "Roux",
        "Fournier",
        "Mercier",
        "Lambert",
        "Bonnet",
        "Fontaine",
        "Chevalier",
        "Peeters",
        "Renard",
        "Dupont",
        "Gauthier",
        "Perrin",
        "Masson",
        "Haddad",
        "Wouters",
    ],
    "de": [
        "Müller",
        "Schmidt",
        "Weber",
        "Becker",
        "Hoffmann",
        "Schäfer",
        "Koch",
        "Bauer",
        "Richter",
        "Wolf",
        "Huber",
        "Brandl",
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
    ],
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
        "Lopes",
    ],
    "es": [
        "García",
        "Fernández",
        "López",
        "Martínez",
        "Sánchez",
        "Pérez",
        "Gómez",
        "Ruiz",
        "Díaz",
        "Moreno",
        "Muñoz",
        "Romero",
    ],
}
JOBS = [
    "nurse",
    "teacher",
    "bus driver",
    "accountant",
    "retired",
    "student",
    "pharmacist",
    "electrician",
    "shop owner",
    "software developer",
    "home cook",
    "carpenter",
    "social worker",
    "architect",
    "baker",
    "night porter",
]
DOMAINS = [
    "postbox.example",
    "mailbox.example",
    "inbox.example",
    "webpost.example",
    "courriel.example",
    "correo.example",
    "posta.example",
    "correio.example",
    "netmail.example",
    "maison.example",
]
SOURCES = {
    "email": "affilo-mail",
    "phone": "affilo-voice",
    "social": "affilo-social",
    "community": "affilo-forum",
    "chat": "affilo-chat",
    "web": "affilo-web",
    "survey": "affilo-survey",
}
LOCAL_OFFSET = {"UK": 0, "IE": 0, "PT": 0}  # November; others +1

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
CANCEL_TOL = ["sentiment_drop", "competitor_mention", "high_value_at_risk", "silence"]
GRUMPY_TOL = ["repeat_contact", "silence"]
SILENCE = ["silence"]
SPIKE_REP_TOL = ["silence", "sentiment_drop"]
B2B_RISK_TOL = [
    "sentiment_drop",
    "churn_intent",
    "competitor_mention",
    "high_value_at_risk",
    "silence",
    "account_risk",
]
B2B_ONE_TOL = ["sentiment_drop", "high_value_at_risk", "silence"]

PLANNED: dict[str, dict[str, int]] = {
    "happy_writers": {},
    "one_bad_day": {"detractor": 6},
    "repeat_contacts": {"repeat_contact": 12},
    "slow_churners": {"sentiment_drop": 10, "detractor": 5, "churn_intent": 5},
    "quiet_hours": {},
    "bilingual": {"repeat_contact": 5, "sentiment_drop": 5},
    "b2b_accounts": {"account_risk": 5, "detractor": 16, "repeat_contact": 5},
    "topic_spike": {"topic_spike": 1, "repeat_contact": 6},
}

USED: set[str] = set()


def unique(make: Any) -> str:
    for _ in range(1000):
        value = str(make())
        if value.lower() not in USED:
            USED.add(value.lower())
            return value
    raise RuntimeError("could not make a unique identifier")


def strip_accents(text: str) -> str:
    table = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
    out = []
    for ch in text:
        if ch in table:
            out.append(table[ch])
        elif ch in "ßñÑ":
            out.append(ch)
        else:
            out.append(
                "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
            )
    return "".join(out)


def ascii_lower(text: str) -> str:
    return "".join(c for c in strip_accents(text).lower() if c.isalnum())


def iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def out_of_night(t: datetime, rng: random.Random) -> datetime:
    """Move a time between 22:00 and 07:00 to 08:00-09:00 the next morning."""
    if t.hour >= 22:
        base = (t + timedelta(days=1)).replace(hour=8, minute=0, second=0)
        return base + timedelta(minutes=rng.randint(0, 59))
    if t.hour < 7:
        return t.replace(hour=8, minute=rng.randint(0, 59), second=0)
    return t


def office(t: datetime, rng: random.Random) -> datetime:
    """Weekdays 08:00-17:00 UTC, else the next working morning."""
    while t.weekday() >= 5 or t.hour < 8 or t.hour >= 17:
        if t.weekday() < 5 and t.hour < 8:
            t = t.replace(hour=8, minute=rng.randint(0, 50), second=0)
        else:
            t = (t + timedelta(days=1)).replace(hour=8, minute=rng.randint(0, 50), second=0)
    return t


def money(market: str, lang: str, eur: int, spoken: bool = False) -> str:
    if market == "UK":
        n = round(eur * 0.86)
        return f"{n} pounds" if spoken else f"£{n}"
    if market == "CH":
        n = round(eur * 0.94)
        word = {"de": "Franken", "it": "franchi"}.get(lang, "francs")
        return f"{n} {word}" if spoken else (f"CHF {n}" if lang == "en" else f"{n} {word}")
    if spoken:
        return f"{eur} " + {"de": "Euro", "it": "euro"}.get(lang, "euros")
    return f"€{eur}" if lang == "en" else f"{eur} €"


def currency(market: str, eur: int) -> tuple[str, str]:
    if market == "UK":
        return f"{eur * 0.86:.2f}", "GBP"
    if market == "CH":
        return f"{eur * 0.94:.2f}", "CHF"
    return f"{eur:.2f}", "EUR"


def at_brand(text: str, brand: str = "Affilo") -> str:
    i = text.rfind(brand)
    if i < 0:
        return f"@{brand} {text}"
    return text[:i] + "@" + text[i:]


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
    spaced_phone: bool
    truth: dict[str, Any]
    langs: list[str] = field(default_factory=list)


@dataclass
class Row:
    seq: int
    eid: str
    cust: Cust
    t: datetime
    channel: str
    kind: str
    out: bool
    text: str | None
    subject: str | None
    scores: dict[str, int | None]
    attrs: dict[str, str]


class Fam:
    def __init__(
        self, name: str, code: str, n: int, start: datetime, days: int, about: str
    ) -> None:
        self.name, self.code, self.start, self.days, self.about = name, code, start, days, about
        self.rng = random.Random(SEED * 100 + n)
        self.rr = random.Random(SEED * 100 + 50 + n)
        self.custs: list[Cust] = []
        self.rows: list[Row] = []
        self.accounts: dict[str, dict[str, Any]] = {}
        self.spike: dict[str, Any] = {}
        self.seq = 0

    # ---------------------------------------------------------------- people
    def pick_lang(self) -> str:
        return self.rng.choices([x for x, _ in LANG_WEIGHTS], [w for _, w in LANG_WEIGHTS])[0]

    def pick_market(self, lang: str) -> str:
        ms = MARKETS[lang]
        return self.rng.choices([m for m, _ in ms], [w for _, w in ms])[0]

    def person(
        self,
        persona: str,
        habit: str,
        lang: str | None = None,
        market: str | None = None,
        expected: list[str] | None = None,
        tolerated: list[str] | None = None,
        b2b: dict[str, Any] | None = None,
    ) -> Cust:
        rng = self.rng
        lang = lang or self.pick_lang()
        market = market or self.pick_market(lang)
        female = rng.random() < 0.55
        first = rng.choice(FIRST_F[lang] if female else FIRST_M[lang])
        last = rng.choice(SURNAMES[lang])
        if b2b is not None:
            taken = {c.first for c in self.custs if c.account == b2b["account"]}
            while first in taken:
                first = rng.choice(FIRST_F[lang] + FIRST_M[lang])
        cid = unique(lambda: f"AF{self.code}{rng.randint(1000, 9999)}")
        fa, la = ascii_lower(first), ascii_lower(last)
        if b2b is not None:
            email = unique(
                lambda: (
                    f"{fa}.{la}@{b2b['domain']}"
                    if rng.random() < 0.8
                    else f"{fa[0]}{la}{rng.randint(1, 9)}@{b2b['domain']}"
                )
            )
            handle = None
        else:
            email = unique(
                lambda: (
                    rng.choice(
                        [
                            f"{fa}.{la}",
                            f"{fa}{la}{rng.randint(1, 99)}",
                            f"{fa[0]}{la}",
                            f"{la}.{fa}{rng.randint(60, 99)}",
                        ]
                    )
                    + "@"
                    + rng.choice(DOMAINS)
                )
            )
            handle = unique(
                lambda: (
                    "@"
                    + rng.choice(
                        [
                            f"{la}_{fa}{rng.randint(1, 9)}",
                            f"{fa}{la}{rng.randint(10, 99)}",
                            f"{fa}_{la}",
                            f"{la}{fa[0]}",
                            f"{fa}.{la[:3]}",
                        ]
                    )
                )
            )
        cc, prefixes, length = PHONES[market]

        def make_phone() -> str:
            p = rng.choice(prefixes)
            return "+" + cc + p + "".join(str(rng.randint(0, 9)) for _ in range(length - len(p)))

        phone = unique(make_phone)
        spaced = self.rr.random() < 0.5
        key = cid
        truth: dict[str, Any] = {
            "identifiers": {
                "customer_id": cid,
                "email": email.lower(),
                "phone": phone,
                "handle": handle,
                "account_id": b2b["account"] if b2b else None,
            },
            "expected_rules": sorted(expected or []),
            "tolerated_rules": sorted(tolerated or []),
            "persona": persona,
            "habit": habit,
            "language": lang,
            "country": market,
            "segment": "b2b" if b2b else "consumer",
            "name": f"{first} {last}",
            "job": b2b["job"] if b2b else rng.choice(JOBS),
            "town": rng.choice(TOWNS[market]),
        }
        c = Cust(
            key,
            lang,
            market,
            first,
            last,
            email,
            phone,
            handle,
            b2b["account"] if b2b else None,
            spaced,
            truth,
            [lang],
        )
        self.custs.append(c)
        return c

    # ---------------------------------------------------------------- rows
    def roughen(self, text: str) -> str:
        rr = self.rr
        if rr.random() < 0.10:
            text = strip_accents(text)
        if rr.random() < 0.125 and text[:1].isupper():
            text = text[0].lower() + text[1:]
        if rr.random() < 1 / 7:
            words = text.split(" ")
            idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.islower()]
            if idx:
                i = rr.choice(idx)
                w = words[i]
                j = rr.randint(1, len(w) - 3)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
                text = " ".join(words)
        return text

    def add(
        self,
        c: Cust,
        t: datetime,
        channel: str,
        kind: str,
        text: str | None = None,
        subject: str | None = None,
        out: bool = False,
        scores: dict[str, int | None] | None = None,
        attrs: dict[str, str] | None = None,
        agent: str | None = None,
        rough: bool = True,
    ) -> str:
        self.seq += 1
        eid = f"af63-{self.code.lower()}-{self.seq:05d}"
        if text is not None and not out and rough and channel not in ("phone", "survey"):
            text = self.roughen(text)
        if text is not None and channel == "social" and not out and c.account is None:
            text = at_brand(text)
        a = {"market": c.market}
        if c.account:
            a["segment"] = "b2b"
        if agent:
            a["agent"] = agent
        a.update(attrs or {})
        sc: dict[str, int | None] = {"nps": None, "csat": None, "ces": None}
        sc.update(scores or {})
        self.rows.append(
            Row(
                self.seq, eid, c, t.replace(microsecond=0), channel, kind, out, text, subject, sc, a
            )
        )
        return eid

    def agent(self, lang: str) -> str:
        return str(self.rng.choice(W.AGENTS[lang]))

    def t(self, day: float, h0: float, h1: float) -> datetime:
        """A random minute on day ``day`` between hours h0 and h1 (UTC)."""
        minutes = self.rng.randint(int(h0 * 60), int(h1 * 60) - 1)
        return self.start + timedelta(days=day, minutes=minutes, seconds=self.rng.randint(0, 59))

    def case(self) -> str:
        return unique(lambda: f"AF-{self.rng.randint(100000, 999999)}")

    # ---------------------------------------------------------------- output
    def ref(self, r: Row, first: bool) -> dict[str, str | None]:
        c = r.cust
        ids: dict[str, str | None] = {
            "customer_id": None,
            "email": None,
            "phone": None,
            "handle": None,
            "account_id": c.account,
        }
        if r.out or first:
            ids.update(customer_id=c.key, email=c.email, phone=c.phone, handle=c.handle)
            return ids
        if r.channel == "phone":
            cc = PHONES[c.market][0]
            ids["phone"] = ("+" + cc + " " + c.phone[1 + len(cc) :]) if c.spaced_phone else c.phone
        elif r.channel in ("social", "community"):
            if c.handle is None:
                ids["email"] = c.email
            else:
                ids["handle"] = c.handle[1:] if self.rr.random() < 0.2 else c.handle
        elif r.channel == "email":
            ids["email"] = c.email.upper() if self.rr.random() < 1 / 12 else c.email
        else:
            ids["customer_id"] = c.key
        return ids

    def write(self) -> tuple[int, int]:
        rows = sorted(self.rows, key=lambda r: (r.t, r.seq))
        for r in rows:
            if r.t.year != 2026 or r.t < self.start or r.t >= LIMIT:
                raise SystemExit(f"{self.name}: {r.eid} at {r.t} is out of range")
        seen: set[str] = set()
        lines = []
        for r in rows:
            first = not r.out and r.cust.key not in seen
            if not r.out:
                seen.add(r.cust.key)
            tp = {
                "event_id": r.eid,
                "occurred_at": iso(r.t),
                "channel": r.channel,
                "kind": r.kind,
                "direction": "outbound" if r.out else "inbound",
                "customer": self.ref(r, first),
                "text": r.text,
                "subject": r.subject,
                "scores": r.scores,
                "source": SOURCES[r.channel],
                "attributes": r.attrs,
            }
            lines.append(json.dumps(tp, ensure_ascii=False))
        for c in self.custs:
            if c.key not in seen:
                raise SystemExit(f"{self.name}: {c.key} has no inbound touchpoint")
            both = set(c.truth["expected_rules"]) & set(c.truth["tolerated_rules"])
            if both:
                raise SystemExit(f"{self.name}: {c.key} expects and tolerates {both}")
        expected: Counter[str] = Counter()
        for c in self.custs:
            expected.update(c.truth["expected_rules"])
        for a in self.accounts.values():
            expected.update(a["expected_rules"])
        if self.spike:
            expected["topic_spike"] += 1
        if dict(expected) != PLANNED[self.name]:
            raise SystemExit(
                f"{self.name}: expected {dict(expected)} differs from planned {PLANNED[self.name]}"
            )
        end = max(self.start + timedelta(days=self.days), rows[-1].t + timedelta(hours=1))
        if end >= LIMIT:
            raise SystemExit(f"{self.name}: end {end} too late")
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
            "customers": {c.key: c.truth for c in self.custs},
            "accounts": self.accounts,
            "spike": self.spike,
            "journey": {},
            "expectations": {},
        }
        (HERE / f"{self.name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (HERE / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        return len(self.custs), len(rows)


# -------------------------------------------------------------------- acts
HAPPY_KINDS = [
    "praise",
    "praise",
    "again",
    "gripe",
    "chat",
    "email_q",
    "phone",
    "buy",
    "buy",
    "view",
    "review",
]


def fmt(text: str, **kw: Any) -> str:
    return text.format(**kw)


def happy(
    f: Fam,
    c: Cust,
    t: datetime,
    kind: str | None = None,
    lang: str | None = None,
    survey_ok: bool = False,
) -> str:
    """One happy act at time t; returns the inbound event id."""
    rng = f.rng
    lang = lang or c.lang
    kinds = HAPPY_KINDS + (["survey"] if survey_ok else [])
    kind = kind or rng.choice(kinds)
    ag = f.agent(lang)
    if kind in ("praise", "again", "gripe"):
        table = {"praise": W.PRAISE, "again": W.AGAIN, "gripe": W.GRIPE}[kind][lang]
        ch = rng.choice(["community", "social"])
        return f.add(c, t, ch, "post" if ch == "community" else "mention", rng.choice(table))
    if kind == "chat":
        q, a = rng.choice(W.CHAT_Q[lang])
        eid = f.add(c, t, "chat", "chat", q)
        t2 = t + timedelta(minutes=rng.randint(1, 4))
        f.add(c, t2, "chat", "chat", fmt(a, agent=ag), out=True, agent=ag)
        if rng.random() < 0.7:
            f.add(
                c,
                t2 + timedelta(minutes=rng.randint(1, 3)),
                "chat",
                "chat",
                rng.choice(W.THANKS[lang]),
            )
        return eid
    if kind == "email_q":
        s, q, a = rng.choice(W.EMAIL_Q[lang])
        eid = f.add(c, t, "email", "message", fmt(q, me=c.first), subject=s)
        t2 = out_of_night(t + timedelta(minutes=rng.randint(60, 300)), rng)
        f.add(
            c,
            t2,
            "email",
            "message",
            fmt(a, me=c.first, agent=ag),
            subject="Re: " + s,
            out=True,
            agent=ag,
        )
        return eid
    if kind == "phone":
        eid = f.add(c, t, "phone", "call", rng.choice(W.PHONE_Q[lang]))
        s, a = W.PHONE_FOLLOW[lang]
        f.add(
            c,
            t + timedelta(minutes=rng.randint(10, 60)),
            "email",
            "message",
            fmt(a, me=c.first, agent=ag),
            subject=s,
            out=True,
            agent=ag,
        )
        return eid
    if kind == "buy":
        label, eur = rng.choice(W.PRODUCTS)
        page = rng.choice(["/sleeves", "/japanese-knives", "/scissors"])
        f.add(c, t, "web", "page_view", attrs={"page": page})
        value, cur = currency(c.market, eur)
        return f.add(
            c,
            t + timedelta(minutes=rng.randint(2, 10)),
            "web",
            "purchase",
            attrs={"order_value": value, "currency": cur, "product": label, "page": page},
        )
    if kind == "view":
        return f.add(c, t, "web", "page_view", attrs={"page": rng.choice(W.PAGES)})
    if kind == "review":
        return f.add(
            c,
            t,
            "web",
            "review",
            (text := rng.choice(W.REVIEW[lang])),
            attrs={
                "rating": "5" if ("5" in text or "Five" in text) else str(rng.choice([4, 5, 5])),
                "page": "/reviews",
            },
        )
    if kind == "survey":
        which = rng.choice(["nps", "csat", "ces"])
        score = {"nps": rng.choice([9, 10]), "csat": rng.choice([4, 5]), "ces": rng.choice([6, 7])}[
            which
        ]
        return f.add(
            c,
            t,
            "survey",
            "survey_response",
            rng.choice(W.SURVEY_WORD[lang]) or None,
            scores={which: score},
            attrs={"survey": which},
        )
    raise ValueError(kind)


def night_act(f: Fam, c: Cust, t: datetime) -> str:
    rng = f.rng
    if rng.random() < 0.5:
        q, a = rng.choice(W.NIGHT_CHAT[c.lang])
        ag = f.agent(c.lang)
        eid = f.add(c, t, "chat", "chat", q)
        t2 = t + timedelta(minutes=rng.randint(1, 4))
        f.add(c, t2, "chat", "chat", fmt(a, agent=ag), out=True, agent=ag)
        f.add(
            c,
            t2 + timedelta(minutes=rng.randint(1, 3)),
            "chat",
            "chat",
            rng.choice(W.THANKS[c.lang]),
        )
        return eid
    ch = rng.choice(["community", "social"])
    return f.add(
        c, t, ch, "post" if ch == "community" else "mention", rng.choice(W.NIGHT_POST[c.lang])
    )


def problem_text(c: Cust, lang: str, problem: str, spoken: bool = False) -> str:
    amt = money(c.market, lang, W.AMOUNT[problem], spoken)
    return str((W.SPOKEN if spoken else W.DESC)[lang][problem]).format(amt=amt)


def complain(
    f: Fam, c: Cust, t: datetime, problem: str, style: str, lang: str | None = None
) -> str:
    rng = f.rng
    lang = lang or c.lang
    desc = problem_text(c, lang, problem)
    subj = W.COMPLAINT_SUBJECT[lang].format(topic=W.TOPIC[lang][problem])
    if style == "long_email":
        return f.add(
            c,
            t,
            "email",
            "message",
            rng.choice(W.LONG_EMAIL[lang]).format(desc=desc, me=c.first),
            subject=subj,
        )
    if style == "email":
        return f.add(
            c,
            t,
            "email",
            "message",
            rng.choice(W.SHORT_EMAIL[lang]).format(desc=desc[0].upper() + desc[1:], me=c.first),
            subject=subj,
        )
    if style == "chat":
        return f.add(c, t, "chat", "chat", rng.choice(W.CHAT_ANGRY[lang]).format(desc=desc))
    if style == "social":
        return f.add(c, t, "social", "mention", rng.choice(W.SOCIAL_ANGRY[lang]).format(desc=desc))
    if style == "form":
        text = rng.choice(W.FORM[lang]).format(desc=desc[0].upper() + desc[1:])
        return f.add(c, t, "web", "ticket", text, subject=subj, attrs={"page": "/help/contact"})
    if style == "phone":
        return f.add(c, t, "phone", "call", problem_text(c, lang, problem, spoken=True))
    raise ValueError(style)


def open_case(
    f: Fam,
    c: Cust,
    t: datetime,
    style: str,
    case: str,
    lang: str | None = None,
    quality: bool = False,
) -> datetime:
    """The agent's answer to a first complaint; returns its time."""
    rng = f.rng
    lang = lang or c.lang
    ag = f.agent(lang)
    subj = W.CASE_SUBJECT[lang].format(case=case)
    last = t
    if style == "chat":
        last = t + timedelta(minutes=rng.randint(1, 4))
        f.add(
            c,
            last,
            "chat",
            "chat",
            W.CHAT_CASE[lang].format(case=case, agent=ag),
            out=True,
            agent=ag,
        )
    if quality:
        last = out_of_night(t + timedelta(minutes=rng.randint(90, 150)), rng)
        f.add(
            c,
            last,
            "email",
            "message",
            W.QUALITY[lang].format(case=case, me=c.first, agent=ag),
            subject=subj,
            out=True,
            agent=ag,
        )
    elif style != "chat":
        last = out_of_night(t + timedelta(minutes=rng.randint(10, 40)), rng)
        f.add(
            c,
            last,
            "email",
            "message",
            W.CASE_OPENED[lang].format(case=case, me=c.first, agent=ag),
            subject=subj,
            out=True,
            agent=ag,
        )
    return last


def good_news(
    f: Fam, c: Cust, t: datetime, case: str, problem: str, lang: str | None = None
) -> tuple[datetime, str]:
    lang = lang or c.lang
    ag = f.agent(lang)
    eid = f.add(
        c,
        t,
        "email",
        "message",
        W.GOOD_NEWS[lang].format(me=c.first, case=case, fix=W.FIX[lang][problem], agent=ag),
        subject=W.CASE_SUBJECT[lang].format(case=case),
        out=True,
        agent=ag,
    )
    return t, eid


def confirm(f: Fam, c: Cust, t: datetime, case: str, lang: str | None = None) -> tuple[str, str]:
    lang = lang or c.lang
    ch = f.rng.choice(["email", "chat"])
    text = W.CONFIRM[lang].format(case=case)
    if ch == "email":
        return f.add(
            c, t, "email", "message", text, subject=W.CASE_SUBJECT[lang].format(case=case)
        ), ch
    return f.add(c, t, "chat", "chat", text), ch


def spread_days(f: Fam, n: int, days: list[int]) -> list[int]:
    return sorted(f.rng.sample(days, min(n, len(days))))


# -------------------------------------------------------------------- families
def happy_writers() -> Fam:
    f = Fam(
        "happy_writers",
        "HW",
        1,
        datetime(2026, 3, 9, tzinfo=UTC),
        10,
        "happy customers writing often: day writers, night writers and survey answerers; nothing to warn about",
    )
    rng = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in spread_days(f, rng.randint(5, 8), list(range(10))):
            happy(f, c, f.t(d, 7, 19), survey_ok=True)
    for _ in range(5):
        c = f.person("happy", "night writer")
        for d in spread_days(f, rng.randint(2, 4), list(range(9))):
            night_act(f, c, f.t(d, 22.2, 28.5))
        for d in spread_days(f, rng.randint(2, 3), list(range(10))):
            happy(f, c, f.t(d, 9, 18), kind=rng.choice(["praise", "buy", "view", "review"]))
    for _ in range(5):
        c = f.person("happy", "answers surveys")
        for d in spread_days(f, rng.randint(3, 6), list(range(10))):
            happy(f, c, f.t(d, 8, 20), kind="survey")
    return f


def one_bad_day() -> Fam:
    f = Fam(
        "one_bad_day",
        "BD",
        2,
        datetime(2026, 4, 20, tzinfo=UTC),
        12,
        "happy customers with one angry message on one day; six of them give a low NPS",
    )
    rng = f.rng
    problems = [p for p in W.PROBLEMS for _ in range(4)]
    styles = [
        s for s in ("long_email", "email", "chat", "social", "form", "phone") for _ in range(4)
    ]
    rng.shuffle(problems)
    rng.shuffle(styles)
    long_langs = ["en", "en", "fr", "fr"]
    plan = list(zip(problems, styles, strict=True))
    cased = [i for i, (_, s) in enumerate(plan) if s != "social"]
    nps_idx = set(rng.sample(cased, 6))
    csat_idx = set(rng.sample([i for i in cased if i not in nps_idx], 5))
    fixed_idx = rng.sample(cased, 12)
    apology_idx = set(rng.sample(fixed_idx, 5))
    for i, (problem, style) in enumerate(plan):
        lang = long_langs.pop() if style == "long_email" else None
        det = i in nps_idx
        c = f.person(
            "bad_day_detractor" if det else "happy_one_bad_day",
            "one bad day",
            lang=lang,
            expected=["detractor"] if det else [],
            tolerated=SILENCE,
        )
        bd = rng.randint(2, 9)
        t = f.t(bd, 8, 20)
        ok_days = [d for d in range(12) if d <= bd - 2 or d >= bd + 3]
        for d in spread_days(f, rng.randint(1, 5), ok_days):
            happy(f, c, f.t(d, 8, 20))
        eid = complain(f, c, t, problem, style)
        tr = c.truth
        tr.update(
            problem=problem,
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            trouble_starts_at=iso(t),
            long_email=style == "long_email",
            channel=style,
            booking=None,
            agent_fixed=False,
            apologised=False,
            nps_given=False,
            csat_given=False,
        )
        if style == "social":
            continue
        case = f.case()
        tr["booking"] = case
        open_case(f, c, t, style, case)
        if det:
            nps = rng.randint(1, 5)
            sid = f.add(
                c,
                t + timedelta(minutes=rng.randint(100, 140)),
                "survey",
                "survey_response",
                rng.choice(W.NPS_LOW[c.lang]) or None,
                scores={"nps": nps},
                attrs={"survey": "nps"},
            )
            tr.update(nps_given=True, nps=nps, survey_event_id=sid)
        elif i in csat_idx:
            cs = rng.randint(1, 2)
            sid = f.add(
                c,
                t + timedelta(minutes=rng.randint(40, 80)),
                "survey",
                "survey_response",
                rng.choice(W.LOW_CSAT[c.lang]) or None,
                scores={"csat": cs},
                attrs={"survey": "csat"},
            )
            tr.update(csat_given=True, csat=cs, survey_event_id=sid)
        if i in fixed_idx:
            good_news(
                f, c, out_of_night(t + timedelta(minutes=rng.randint(60, 240)), rng), case, problem
            )
            tr["agent_fixed"] = True
            if i in apology_idx:
                ta = out_of_night(t + timedelta(minutes=rng.randint(16 * 60, 24 * 60)), rng)
                ch = rng.choice(["chat", "email"])
                aid = f.add(
                    c,
                    ta,
                    ch,
                    "chat" if ch == "chat" else "message",
                    rng.choice(W.APOLOGY[c.lang]),
                    subject=W.CASE_SUBJECT[c.lang].format(case=case) if ch == "email" else None,
                )
                tr.update(apologised=True, apology_at=iso(ta), apology_event_id=aid)
    for _ in range(8):
        c = f.person("happy", "control")
        for d in spread_days(f, rng.randint(4, 7), list(range(12))):
            happy(f, c, f.t(d, 7, 20))
    return f


def later_time(f: Fam, t: datetime, h0: int = 4, h1: int = 40) -> datetime:
    return out_of_night(t + timedelta(minutes=f.rng.randint(h0 * 60, h1 * 60)), f.rng)


def later_contact(
    f: Fam, c: Cust, t: datetime, ch: str, n: int, case: str, problem: str, comp: str, lang: str
) -> str:
    """The n-th contact (2, 3, 4) about an open case."""
    rng = f.rng
    desc = problem_text(c, lang, problem)
    if ch == "phone":
        text = {2: W.STILL_SPOKEN[lang], 3: W.THIRD_SPOKEN[lang], 4: W.FOURTH_SPOKEN[lang]}[
            n
        ].format(case=case, comp=comp)
        return f.add(c, t, "phone", "call", text)
    if n == 2:
        text = rng.choice(W.STILL[lang]).format(case=case, desc=desc[0].upper() + desc[1:])
    elif n == 3:
        text = rng.choice(W.THIRD[lang]).format(case=case, comp=comp)
    else:
        text = W.FOURTH[lang].format(case=case, desc=desc[0].upper() + desc[1:])
    subj = W.CASE_SUBJECT[lang].format(case=case)
    if ch == "email":
        return f.add(c, t, "email", "message", text, subject=subj)
    if ch == "chat":
        eid = f.add(c, t, "chat", "chat", text)
        ag = f.agent(lang)
        f.add(
            c,
            t + timedelta(minutes=rng.randint(1, 4)),
            "chat",
            "chat",
            W.URGENT[lang].format(case=case, agent=ag),
            out=True,
            agent=ag,
        )
        return eid
    if ch == "web":
        return f.add(c, t, "web", "ticket", text, subject=subj, attrs={"page": "/help/contact"})
    return f.add(c, t, "social", "mention", text)


FIRST_STYLE = {"web": "form", "email": "email", "chat": "chat", "phone": "phone"}


def repeat_run(
    f: Fam, c: Cust, first_day: int, first_ch: str, count: int, quality: bool, langs: list[str]
) -> None:
    rng = f.rng
    problem = rng.choice(W.PROBLEMS)
    comp = rng.choice(W.COMPETITORS)
    case = f.case()
    t = f.t(first_day, 8, 19)
    eids = [complain(f, c, t, problem, FIRST_STYLE[first_ch], lang=langs[0])]
    open_case(f, c, t, FIRST_STYLE[first_ch], case, lang=langs[0], quality=quality)
    channels = [x for x in ["email", "chat", "phone", "web", "social"] if x != first_ch]
    rng.shuffle(channels)
    chans = [first_ch]
    for n in range(2, count + 1):
        t = later_time(f, t)
        ch = channels.pop()
        chans.append(ch)
        eids.append(later_contact(f, c, t, ch, n, case, problem, comp, langs[(n - 1) % len(langs)]))
    c.truth.update(
        problem=problem,
        booking=case,
        contacts=count,
        channels=chans,
        channel=first_ch,
        problem_event_ids=eids,
        agent_passed_on=quality,
        competitor=comp if count >= 3 else None,
        trouble_starts_at=c.truth.get("trouble_starts_at") or "",
    )


def fixed_case(
    f: Fam, c: Cust, t: datetime, style: str, problem: str, lang1: str, lang2: str
) -> dict[str, Any]:
    rng = f.rng
    case = f.case()
    eid = complain(f, c, t, problem, style, lang=lang1)
    last = open_case(f, c, t, style, case, lang=lang1)
    tf = out_of_night(max(last, t) + timedelta(minutes=rng.randint(180, 1200)), rng)
    good_news(f, c, tf, case, problem, lang=lang2)
    tc = out_of_night(tf + timedelta(minutes=rng.randint(480, 1800)), rng)
    cid, cch = confirm(f, c, tc, case, lang=lang2)
    return {
        "problem": problem,
        "booking": case,
        "raised_at": iso(t),
        "fixed_at": iso(tf),
        "confirmed_at": iso(tc),
        "problem_event_ids": [eid],
        "confirm_event_id": cid,
        "channel": {"form": "web"}.get(style, style),
        "confirm_channel": cch,
    }


def repeat_contacts() -> Fam:
    f = Fam(
        "repeat_contacts",
        "RC",
        3,
        datetime(2026, 6, 1, tzinfo=UTC),
        10,
        "customers raising one open problem 2-4 times, fixed cases, two different problems and frequent writers",
    )
    rng = f.rng
    firsts = ["web"] * 5 + ["email"] * 3 + ["chat"] * 3 + ["phone"]
    counts = [2] * 4 + [3] * 4 + [4] * 4
    rng.shuffle(firsts)
    rng.shuffle(counts)
    quality = [True] * 6 + [False] * 6
    rng.shuffle(quality)
    for i in range(12):
        c = f.person("repeat_contact", "repeats", expected=["repeat_contact"], tolerated=REPEAT_TOL)
        for _ in range(rng.randint(1, 3)):
            happy(f, c, f.t(0, 7, 12))
        day = rng.randint(1, 4)
        repeat_run(f, c, day, firsts[i], counts[i], quality[i], [c.lang])
        c.truth["trouble_starts_at"] = iso(
            min(r.t for r in f.rows if r.eid == c.truth["problem_event_ids"][0])
        )
    for _ in range(5):
        c = f.person("resolved_between_contacts", "fixed", tolerated=SILENCE)
        happy(f, c, f.t(0, 8, 18))
        t = f.t(rng.randint(1, 4), 8, 19)
        p = fixed_case(
            f, c, t, rng.choice(["form", "email", "chat"]), rng.choice(W.PROBLEMS), c.lang, c.lang
        )
        c.truth.update(problems=[p], trouble_starts_at=p["raised_at"], booking=p["booking"])
    for _ in range(3):
        c = f.person("different_problems", "two problems", tolerated=SILENCE)
        happy(f, c, f.t(0, 8, 18))
        p1, p2 = rng.sample(list(W.PROBLEMS), 2)
        d1 = rng.randint(1, 2)
        a = fixed_case(
            f, c, f.t(d1, 8, 18), rng.choice(["form", "email", "chat"]), p1, c.lang, c.lang
        )
        b = fixed_case(
            f,
            c,
            f.t(d1 + rng.randint(4, 5), 8, 18),
            rng.choice(["form", "email", "chat"]),
            p2,
            c.lang,
            c.lang,
        )
        c.truth.update(problems=[a, b], trouble_starts_at=a["raised_at"])
    for _ in range(7):
        c = f.person("happy", "frequent writer")
        for d in spread_days(f, rng.randint(5, 8), list(range(10))):
            happy(
                f,
                c,
                f.t(d, 7, 20),
                kind=rng.choice(["chat", "chat", "email_q", "email_q", "phone", "praise", "buy"]),
            )
    return f


def slide(f: Fam, c: Cust, start_day: int, span: int, langs: list[str], nps: bool) -> None:
    rng = f.rng
    comp = rng.choice(W.COMPETITORS)
    t = f.t(start_day, 8, 18)
    eids = []
    ratings = [3, 3, 2, 2, 1, 1]
    times = []
    for i in range(6):
        if i:
            target = f.start + timedelta(
                days=start_day + span * i / 5, hours=rng.randint(8, 19), minutes=rng.randint(0, 59)
            )
            t = out_of_night(max(target, t + timedelta(hours=1, minutes=rng.randint(0, 50))), rng)
        lang = langs[i % len(langs)]
        text = W.SLIDE[lang][i].format(comp=comp)
        ch = rng.choice(["social", "community", "review"])
        if ch == "review":
            eids.append(
                f.add(
                    c,
                    t,
                    "web",
                    "review",
                    text,
                    attrs={"rating": str(ratings[i]), "page": "/reviews"},
                )
            )
        else:
            eids.append(f.add(c, t, ch, "post" if ch == "community" else "mention", text))
        times.append(t)
    c.truth.update(
        slide_event_ids=eids,
        slide_days=span,
        competitor=comp,
        trouble_starts_at=iso(times[0]),
        nps_given=nps,
    )
    if nps:
        score = rng.randint(1, 5)
        ts = out_of_night(times[3] + timedelta(minutes=rng.randint(150, 210)), rng)
        sid = f.add(
            c,
            ts,
            "survey",
            "survey_response",
            rng.choice(W.NPS_LOW[langs[0]]) or None,
            scores={"nps": score},
            attrs={"survey": "nps"},
        )
        c.truth.update(nps=score, survey_event_id=sid)


def slow_churners() -> Fam:
    f = Fam(
        "slow_churners",
        "SC",
        4,
        datetime(2026, 7, 6, tzinfo=UTC),
        32,
        "sliding churners, customers who cancel, steady, steadily grumpy and sarcastic customers",
    )
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
            tolerated=SLIDER_TOL,
        )
        days = spread_days(f, rng.randint(6, 9), list(range(11)))
        kinds = ["praise"] * rng.randint(4, 5)
        kinds += [
            rng.choice(["buy", "view", "chat", "review", "again"])
            for _ in range(len(days) - len(kinds))
        ]
        rng.shuffle(kinds)
        for d, kind in zip(days, kinds, strict=True):
            happy(f, c, f.t(d, 8, 20), kind=kind)
        slide(f, c, rng.randint(12, 16), spans[i], [c.lang], det)
    for _ in range(5):
        c = f.person(
            "slow_churner", "asks to cancel", expected=["churn_intent"], tolerated=CANCEL_TOL
        )
        for d in spread_days(f, rng.randint(4, 6), list(range(16))):
            happy(f, c, f.t(d, 8, 20))
        t = f.t(rng.randint(17, 23), 8, 20)
        s, body = rng.choice(W.CANCEL[c.lang])
        eid = f.add(c, t, "email", "message", body.format(me=c.first), subject=s)
        ag = f.agent(c.lang)
        f.add(
            c,
            out_of_night(t + timedelta(minutes=rng.randint(60, 300)), rng),
            "email",
            "message",
            W.SORRY_GO[c.lang].format(me=c.first, agent=ag),
            subject="Re: " + s,
            out=True,
            agent=ag,
        )
        tc = out_of_night(t + timedelta(minutes=rng.randint(20 * 60, 30 * 60)), rng)
        value, cur = currency(c.market, W.CLUB[1])
        cid = f.add(
            c,
            tc,
            "web",
            "cancellation",
            attrs={"page": "/club", "product": W.CLUB[0], "order_value": value, "currency": cur},
        )
        c.truth.update(
            churn_intent_event_id=eid,
            cancellation_event_id=cid,
            churn_at=iso(tc),
            trouble_starts_at=iso(t),
        )
    for _ in range(6):
        c = f.person("happy", "steady")
        for d in spread_days(f, rng.randint(6, 10), list(range(32))):
            happy(f, c, f.t(d, 7, 20), survey_ok=True)
    for _ in range(5):
        c = f.person("steadily_grumpy", "grumbles", tolerated=GRUMPY_TOL)
        gday = float(rng.randint(0, 4))
        eids = []
        lines = list(W.GRUMPY[c.lang])
        rng.shuffle(lines)
        for k in range(rng.randint(5, 7)):
            text = lines[k % len(lines)]
            t = f.t(gday, 8, 21)
            ch = rng.choice(["social", "community", "web", "review"])
            if ch == "review":
                eids.append(
                    f.add(c, t, "web", "review", text, attrs={"rating": "3", "page": "/reviews"})
                )
            elif ch == "web":
                eids.append(f.add(c, t, "web", "ticket", text, attrs={"page": "/help/contact"}))
            else:
                eids.append(f.add(c, t, ch, "post" if ch == "community" else "mention", text))
            gday += rng.randint(1, 3)
        for _ in range(rng.randint(0, 2)):
            happy(f, c, f.t(rng.randint(0, 30), 9, 19), kind="buy")
        c.truth.update(
            grumble_event_ids=eids, trouble_starts_at=iso(min(r.t for r in f.rows if r.eid in eids))
        )
    for _ in range(5):
        c = f.person("happy_one_sarcastic_remark", "happy", tolerated=SILENCE)
        for d in spread_days(f, rng.randint(3, 6), list(range(16))):
            happy(f, c, f.t(d, 8, 20))
        t = f.t(rng.randint(17, 28), 9, 21)
        ch = rng.choice(["social", "community"])
        eid = f.add(
            c, t, ch, "post" if ch == "community" else "mention", rng.choice(W.SARCASM[c.lang])
        )
        c.truth.update(sarcasm_event_id=eid)
    return f


def quiet_hours() -> Fam:
    f = Fam(
        "quiet_hours",
        "QH",
        5,
        datetime(2026, 8, 28, tzinfo=UTC),
        3,
        "a calm summer weekend with night owls in small bursts; no spike",
    )
    rng = f.rng
    for _ in range(16):
        c = f.person("happy", "day writer")
        for d in spread_days(f, rng.randint(1, 3), [0, 1, 2]):
            happy(
                f,
                c,
                f.t(d, 7, 17.5),
                kind=rng.choice(["praise", "chat", "buy", "view", "review", "again"]),
            )
    styles = ["chat", "chat", "form", "form"]
    for style in styles:
        c = f.person("grumbles_once", "grumbles once", tolerated=SILENCE)
        t0 = f.t(rng.randint(0, 2), 9, 17)
        happy(f, c, t0, kind=rng.choice(["view", "buy"]))
        t = t0 + timedelta(minutes=rng.randint(20, 30))
        q, a = rng.choice(W.MILD[c.lang])
        ag = f.agent(c.lang)
        if style == "chat":
            eid = f.add(c, t, "chat", "chat", q)
            f.add(
                c,
                t + timedelta(minutes=rng.randint(1, 4)),
                "chat",
                "chat",
                a.format(agent=ag),
                out=True,
                agent=ag,
            )
        else:
            eid = f.add(c, t, "web", "ticket", q, attrs={"page": "/track"})
            f.add(
                c,
                t + timedelta(minutes=rng.randint(20, 90)),
                "email",
                "message",
                W.FORM_ACK[c.lang].format(me=c.first, agent=ag),
                subject="Re: /track",
                out=True,
                agent=ag,
            )
        c.truth.update(grumble_event_id=eid, trouble_starts_at=iso(t))
    for night in range(3):
        first = f.start + timedelta(days=night + 1, minutes=rng.randint(40, 65))
        starts = [
            first,
            first + timedelta(minutes=rng.randint(28, 33)),
            first + timedelta(minutes=rng.randint(55, 65)),
        ]
        for b, bs in enumerate(starts):
            for _ in range(4):
                c = f.person("night_owl", f"night {night + 1}, burst {b + 1}")
                t = bs + timedelta(minutes=rng.randint(0, 9), seconds=rng.randint(0, 59))
                eid = night_act(f, c, t)
                c.truth.update(burst_at=iso(bs), night_event_id=eid)
                if rng.random() < 0.5:
                    happy(
                        f,
                        c,
                        f.t(rng.randint(0, 2), 9, 17.5),
                        kind=rng.choice(["praise", "buy", "view", "review"]),
                    )
    return f


PAIR_MARKETS = {frozenset(("en", "fr")): ["UK", "IE", "FR", "BE", "CH", "LU"]}
REASONS = [
    "grew up with {a}, works in {b}",
    "{a} at home, {b} with the in-laws",
    "moved from a {b}-speaking town, still writes {a}",
    "{a} native, partner speaks {b}",
    "studied in {b}, family speaks {a}",
]
LANG_NAMES = {
    "en": "English",
    "fr": "French",
    "de": "German",
    "it": "Italian",
    "pt": "Portuguese",
    "es": "Spanish",
}


def bi_person(
    f: Fam,
    pair: tuple[str, str],
    persona: str,
    habit: str,
    expected: list[str] | None = None,
    tolerated: list[str] | None = None,
) -> Cust:
    a, b = pair
    markets = sorted({m for m, _ in MARKETS[a]} | {m for m, _ in MARKETS[b]})
    c = f.person(
        persona, habit, lang=a, market=f.rng.choice(markets), expected=expected, tolerated=tolerated
    )
    c.langs = [a, b]
    c.truth.update(
        languages=[a, b],
        job_second_language=f.rng.choice(REASONS).format(a=LANG_NAMES[a], b=LANG_NAMES[b]),
    )
    return c


def bilingual() -> Fam:
    f = Fam(
        "bilingual",
        "BL",
        6,
        datetime(2026, 9, 21, tzinfo=UTC),
        14,
        "customers writing in two languages: happy, repeat contacts, sliders, one bad day, fixed cases",
    )
    rng = f.rng
    happy_pairs = [
        ("en", "fr"),
        ("fr", "en"),
        ("en", "fr"),
        ("fr", "en"),
        ("fr", "de"),
        ("en", "es"),
        ("fr", "it"),
        ("de", "fr"),
        ("en", "pt"),
        ("fr", "pt"),
        ("it", "fr"),
        ("es", "en"),
    ]
    for pair in happy_pairs:
        c = bi_person(f, pair, "happy", "alternates languages")
        for k, d in enumerate(spread_days(f, rng.randint(5, 8), list(range(14)))):
            happy(f, c, f.t(d, 7, 20), lang=pair[k % 2])
    for pair, count in zip(
        [("en", "fr"), ("fr", "en"), ("fr", "de"), ("en", "it"), ("pt", "fr")],
        [2, 3, 2, 4, 3],
        strict=True,
    ):
        c = bi_person(
            f, pair, "repeat_contact", "repeats", expected=["repeat_contact"], tolerated=REPEAT_TOL
        )
        for k in range(rng.randint(1, 3)):
            happy(f, c, f.t(rng.randint(0, 1), 7, 12), lang=pair[k % 2])
        repeat_run(
            f,
            c,
            rng.randint(2, 5),
            rng.choice(["web", "email", "chat", "phone"]),
            count,
            count >= 3,
            list(pair),
        )
        c.truth["trouble_starts_at"] = iso(
            min(r.t for r in f.rows if r.eid == c.truth["problem_event_ids"][0])
        )
    for pair in [("fr", "en"), ("en", "fr"), ("fr", "es"), ("de", "en"), ("it", "en")]:
        c = bi_person(
            f, pair, "slow_churner", "slides", expected=["sentiment_drop"], tolerated=SLIDER_TOL
        )
        days = spread_days(f, 6, list(range(6)))
        for k, d in enumerate(days[:5]):
            happy(f, c, f.t(d, 8, 20), kind="praise", lang=pair[k % 2])
        for k in range(rng.randint(1, 3)):
            happy(
                f,
                c,
                f.t(rng.randint(0, 6), 8, 20),
                kind=rng.choice(["buy", "view", "chat"]),
                lang=pair[(k + 1) % 2],
            )
        slide(f, c, rng.randint(7, 8), rng.randint(3, 5), list(pair), False)
    for pair, style in [
        (("fr", "en"), "long_email"),
        (("en", "fr"), "email"),
        (("es", "fr"), "chat"),
    ]:
        c = bi_person(f, pair, "happy_one_bad_day", "one bad day", tolerated=SILENCE)
        bd = rng.randint(5, 9)
        for k, d in enumerate(
            spread_days(f, rng.randint(3, 5), [d for d in range(14) if d <= bd - 2 or d >= bd + 3])
        ):
            happy(f, c, f.t(d, 8, 20), lang=pair[k % 2])
        t = f.t(bd, 8, 20)
        problem = rng.choice(W.PROBLEMS)
        eid = complain(f, c, t, problem, style, lang=pair[1])
        case = f.case()
        open_case(f, c, t, style, case, lang=pair[1])
        c.truth.update(
            problem=problem,
            booking=case,
            bad_day_at=iso(t),
            bad_day_event_id=eid,
            bad_day_language=pair[1],
            trouble_starts_at=iso(t),
            long_email=style == "long_email",
            channel=style,
            agent_fixed=style != "chat",
            apologised=False,
        )
        if style != "chat":
            good_news(
                f,
                c,
                out_of_night(t + timedelta(minutes=rng.randint(60, 240)), rng),
                case,
                problem,
                lang=pair[1],
            )
        if style == "email":
            ta = out_of_night(t + timedelta(minutes=rng.randint(18 * 60, 24 * 60)), rng)
            aid = f.add(c, ta, "chat", "chat", rng.choice(W.APOLOGY[pair[1]]))
            c.truth.update(apologised=True, apology_at=iso(ta), apology_event_id=aid)
    for pair in [("fr", "it"), ("en", "de")]:
        c = bi_person(f, pair, "resolved_between_contacts", "fixed", tolerated=SILENCE)
        happy(f, c, f.t(rng.randint(0, 1), 8, 18), lang=pair[0])
        p = fixed_case(
            f, c, f.t(rng.randint(2, 5), 8, 18), "form", rng.choice(W.PROBLEMS), pair[0], pair[1]
        )
        c.truth.update(
            problems=[p],
            trouble_starts_at=p["raised_at"],
            booking=p["booking"],
            confirm_language=pair[1],
        )
    return f


# account spec: lang, market, site, company, contacts, kind, problem, complainers
ACCOUNTS = [
    ("fr", "FR", "restaurant", "Brasserie du Vieux Port", 5, "at_risk", "service_blocked", 3),
    ("en", "UK", "hospital", "St Brendan's Hospital Catering", 5, "at_risk", "invoice", 3),
    ("fr", "BE", "catering", "Traiteur Les Trois Tilleuls", 4, "at_risk", "portal", 3),
    ("de", "DE", "butcher", "Metzgerei Kranzberger", 6, "at_risk", "invoice", 4),
    ("en", "IE", "hotel", "Harbourview Hotel Galway", 5, "at_risk", "overbilled", 4),
    (
        "fr",
        "FR",
        "school",
        "Cantine scolaire de Villeurbanne-Nord",
        3,
        "one_unhappy",
        "overbilled",
        1,
    ),
    (
        "en",
        "UK",
        "fishmonger",
        "Pearce & Daughters Fishmongers",
        3,
        "one_unhappy",
        "service_blocked",
        1,
    ),
    ("it", "IT", "restaurant", "Trattoria Le Due Torri", 3, "one_unhappy", "portal", 1),
    ("pt", "PT", "hotel", "Hotel Ribeira Alta", 3, "one_unhappy", "invoice", 1),
    ("fr", "CH", "bakery", "Boulangerie Sauthier", 4, "mild", None, 0),
    ("es", "ES", "restaurant", "Casa Lúa Taberna", 3, "mild", None, 0),
    ("en", "UK", "catering", "Greenfield Events Catering", 4, "mild", None, 0),
    ("fr", "LU", "hotel", "Hôtel des Ardennes", 4, "happy", None, 0),
    ("en", "UK", "restaurant", "The Copper Kettle Bistro", 3, "happy", None, 0),
    ("de", "AT", "university", "Mensa Universität Graz", 4, "happy", None, 0),
]


def b2b_text(text: str, market: str) -> str:
    big, word = ("£500", "pounds") if market == "UK" else ("€600", "euros")
    return text.format(big=big, cur_word=word)


def b2b_routine(f: Fam, c: Cust, t: datetime, scores_ok: bool) -> None:
    rng = f.rng
    kinds = ["chat", "buy", "view", "view"] + (["praise", "survey"] if scores_ok else [])
    kind = rng.choice(kinds)
    lang = c.lang
    if kind == "chat":
        q, a = rng.choice(B.CHAT_Q[lang])
        ag = f.agent(lang)
        f.add(c, t, "chat", "chat", q)
        t2 = t + timedelta(minutes=rng.randint(1, 6))
        f.add(c, t2, "chat", "chat", a.format(agent=ag), out=True, agent=ag)
        if rng.random() < 0.6:
            f.add(
                c,
                t2 + timedelta(minutes=rng.randint(1, 3)),
                "chat",
                "chat",
                rng.choice(B.THANKS[lang]),
            )
    elif kind == "buy":
        label, eur = rng.choice(B.PRODUCTS)
        f.add(c, t, "web", "page_view", attrs={"page": "/pro/catalogue"})
        value, cur = currency(c.market, eur)
        f.add(
            c,
            t + timedelta(minutes=rng.randint(2, 9)),
            "web",
            "purchase",
            attrs={
                "order_value": value,
                "currency": cur,
                "product": label,
                "page": "/pro/catalogue",
            },
        )
    elif kind == "view":
        f.add(c, t, "web", "page_view", attrs={"page": rng.choice(B.PAGES)})
    elif kind == "praise":
        f.add(c, t, "community", "post", rng.choice(B.PRAISE[lang]))
    else:
        which = rng.choice(["nps", "csat", "ces"])
        score = {"nps": rng.choice([9, 10]), "csat": rng.choice([4, 5]), "ces": rng.choice([6, 7])}[
            which
        ]
        f.add(
            c, t, "survey", "survey_response", None, scores={which: score}, attrs={"survey": which}
        )


def workday(f: Fam, days: list[int], h0: float, h1: float) -> datetime:
    d = f.rng.choice([d for d in days if (f.start + timedelta(days=d)).weekday() < 5])
    return f.t(d, h0, h1)


def b2b_accounts() -> Fam:
    f = Fam(
        "b2b_accounts",
        "BB",
        7,
        datetime(2026, 10, 12, tzinfo=UTC),
        14,
        "company accounts on Affilo Pro: at-risk accounts, one unhappy contact, mild suggestions, happy accounts",
    )
    rng = f.rng
    last_calls = [True, True, True, True, False]
    rng.shuffle(last_calls)
    risk_i = 0
    for lang, market, site, company, n, kind, problem, ncomp in ACCOUNTS:
        acc = unique(lambda m=market: f"AFP-{m}-{rng.randint(1000, 9999)}")
        domain = (
            "".join(ascii_lower(w) for w in company.split() if len(ascii_lower(w)) > 3)[:22]
            + ".example"
        )
        contacts: list[Cust] = []
        roles = (
            ["complainer"] * ncomp
            if kind == "at_risk"
            else (
                ["complainer"]
                if kind == "one_unhappy"
                else (["suggests", "suggests"] if kind == "mild" else [])
            )
        )
        roles += ["contact"] * (n - len(roles))
        for role in roles:
            job = rng.choice(B.JOBS)
            if role == "complainer" and kind == "at_risk":
                persona, exp, tol = "b2b_unhappy", [], B2B_RISK_TOL
            elif role == "complainer":
                persona, exp, tol = "b2b_one_unhappy", ["detractor"], B2B_ONE_TOL
            elif role == "suggests":
                persona, exp, tol = "b2b_mild", [], SILENCE
            else:
                persona, exp, tol = "b2b_happy", [], []
            c = f.person(
                persona,
                role,
                lang=lang,
                market=market,
                expected=exp,
                tolerated=tol,
                b2b={"account": acc, "domain": domain, "job": job},
            )
            c.truth.update(company=company, role=role, job_title=job)
            contacts.append(c)
        unhappy_keys: list[str] = []
        trouble: str | None = None
        for c in contacts:
            if c.truth["role"] == "contact":
                for _ in range(rng.randint(2, 5)):
                    b2b_routine(f, c, workday(f, list(range(14)), 8, 16.5), True)
            else:
                for _ in range(rng.randint(0, 2)):
                    b2b_routine(f, c, f.t(rng.randint(0, 1), 8, 16.5), False)
        if kind == "at_risk":
            assert problem is not None
            complainers = [c for c in contacts if c.truth["role"] == "complainer"]
            case = f.case()
            comp = rng.choice(W.COMPETITORS)
            t = f.t(2, 8, 16)
            first_t = t
            first = complainers[0]
            for k, c in enumerate(complainers):
                subj = B.TOPIC[lang][problem]
                if k == 0:
                    eid = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        b2b_text(B.COMPLAINT[lang][problem], market),
                        subject=W.COMPLAINT_SUBJECT[lang].format(topic=subj),
                    )
                    ag = f.agent(lang)
                    f.add(
                        c,
                        t + timedelta(minutes=rng.randint(20, 90)),
                        "email",
                        "message",
                        B.ACK[lang].format(me=c.first, case=case, agent=ag),
                        subject=W.CASE_SUBJECT[lang].format(case=case),
                        out=True,
                        agent=ag,
                    )
                    trouble = iso(t)
                    first_t = t
                else:
                    t = office(t + timedelta(minutes=rng.randint(8 * 60, 28 * 60)), rng)
                    when = (
                        B.THIS_MORNING[lang]
                        if t.date() == first_t.date()
                        else B.ON_DAY[lang].format(day=B.WEEKDAY[lang][first_t.weekday()])
                    )
                    text = B.LATER[lang].format(
                        first=first.first,
                        when=when,
                        case=case,
                        text=b2b_text(
                            B.RESTATE[lang][problem][(k - 1) % len(B.RESTATE[lang][problem])],
                            market,
                        ),
                    )
                    eid = f.add(
                        c,
                        t,
                        "email",
                        "message",
                        text,
                        subject=W.CASE_SUBJECT[lang].format(case=case),
                    )
                ids = [eid]
                c.truth.update(
                    problem=problem, booking=case, trouble_starts_at=iso(t), complaint_event_ids=ids
                )
                unhappy_keys.append(c.key)
                if k < len(complainers) - 1:
                    score = rng.randint(1, 5)
                    sid = f.add(
                        c,
                        t + timedelta(minutes=rng.randint(60, 180)),
                        "survey",
                        "survey_response",
                        None,
                        scores={"nps": score},
                        attrs={"survey": "nps"},
                    )
                    c.truth.update(
                        nps_given=True, nps=score, survey_event_id=sid, expected_rules=["detractor"]
                    )
                else:
                    t2 = office(t + timedelta(minutes=rng.randint(18 * 60, 40 * 60)), rng)
                    if last_calls[risk_i]:
                        rid = f.add(c, t2, "phone", "call", B.LAST_CALL[lang].format(case=case))
                        c.truth["competitor"] = None
                    else:
                        rid = f.add(
                            c,
                            t2,
                            "email",
                            "message",
                            B.LAST_EMAIL[lang].format(case=case, comp=comp),
                            subject=W.CASE_SUBJECT[lang].format(case=case),
                        )
                        c.truth["competitor"] = comp
                    ids.append(rid)
                    c.truth.update(
                        expected_rules=["repeat_contact"], repeat_event_id=rid, nps_given=False
                    )
            risk_i += 1
        elif kind == "one_unhappy":
            assert problem is not None
            c = contacts[0]
            case = f.case()
            t = office(f.t(rng.randint(3, 7), 8, 16), rng)
            eid = f.add(
                c,
                t,
                "email",
                "message",
                b2b_text(B.COMPLAINT[lang][problem], market),
                subject=W.COMPLAINT_SUBJECT[lang].format(topic=B.TOPIC[lang][problem]),
            )
            ag = f.agent(lang)
            f.add(
                c,
                t + timedelta(minutes=rng.randint(20, 90)),
                "email",
                "message",
                B.ACK[lang].format(me=c.first, case=case, agent=ag),
                subject=W.CASE_SUBJECT[lang].format(case=case),
                out=True,
                agent=ag,
            )
            score = rng.randint(1, 5)
            sid = f.add(
                c,
                t + timedelta(minutes=rng.randint(60, 180)),
                "survey",
                "survey_response",
                None,
                scores={"nps": score},
                attrs={"survey": "nps"},
            )
            c.truth.update(
                problem=problem,
                booking=case,
                trouble_starts_at=iso(t),
                complaint_event_ids=[eid],
                nps_given=True,
                nps=score,
                survey_event_id=sid,
            )
            unhappy_keys.append(c.key)
        elif kind == "mild":
            for k, c in enumerate(x for x in contacts if x.truth["role"] == "suggests"):
                t = workday(f, list(range(2, 12)), 8, 16)
                eid = f.add(
                    c,
                    t,
                    "web",
                    "ticket",
                    B.SUGGEST[lang][k % len(B.SUGGEST[lang])],
                    attrs={"page": "/pro/portal"},
                )
                ag = f.agent(lang)
                f.add(
                    c,
                    office(t + timedelta(minutes=rng.randint(30, 240)), rng),
                    "email",
                    "message",
                    B.SUGGEST_ACK[lang].format(me=c.first, agent=ag),
                    subject="Re: suggestion",
                    out=True,
                    agent=ag,
                )
                c.truth.update(mild_event_id=eid, trouble_starts_at=iso(t))
        f.accounts[acc] = {
            "company": company,
            "site": site,
            "contacts": len(contacts),
            "contact_keys": [c.key for c in contacts],
            "unhappy_contacts": len(unhappy_keys),
            "unhappy_contact_keys": unhappy_keys,
            "at_risk": kind == "at_risk",
            "expected_rules": ["account_risk"] if kind == "at_risk" else [],
            "tolerated_rules": [],
            "kind": kind,
            "same_problem": problem if kind == "at_risk" else None,
            "trouble_starts_at": trouble if kind == "at_risk" else None,
            "language": lang,
            "country": market,
        }
    return f


def topic_spike() -> Fam:
    f = Fam(
        "topic_spike",
        "TS",
        8,
        datetime(2026, 11, 9, tzinfo=UTC),
        7,
        "a calm week and one planted incident: tracking shows every sleeve returned to sender, error T9/ADX",
    )
    rng = f.rng
    for _ in range(40):
        c = f.person("happy", "day writer")
        for d in spread_days(f, rng.randint(1, 4), list(range(6))):
            happy(f, c, f.t(d, 12, 19) if d == 3 else f.t(d, 7, 20), survey_ok=True)
    for lang in ("en", "fr"):
        c = f.person("grumbles_once", "grumbles once", lang=lang, tolerated=SILENCE)
        t = f.t(0, 9, 17)
        q, a = W.CALM_GRUMBLE[lang]
        ag = f.agent(lang)
        eid = f.add(c, t, "chat", "chat", q)
        f.add(
            c,
            t + timedelta(minutes=rng.randint(1, 4)),
            "chat",
            "chat",
            a.format(agent=ag),
            out=True,
            agent=ag,
        )
        c.truth.update(grumble_event_id=eid, trouble_starts_at=iso(t))
    for lang, hm in (("fr", (9, 40)), ("en", (16, 5))):
        c = f.person("grumbles_once", "lone question", lang=lang, tolerated=SILENCE)
        t = f.start + timedelta(days=2, hours=hm[0], minutes=hm[1])
        q, a = W.LONE_Q[lang]
        ag = f.agent(lang)
        eid = f.add(c, t, "chat", "chat", q)
        f.add(
            c,
            t + timedelta(minutes=rng.randint(2, 5)),
            "chat",
            "chat",
            a.format(agent=ag),
            out=True,
            agent=ag,
        )
        c.truth.update(lone_report_event_id=eid, trouble_starts_at=iso(t))
    spike_start = f.start + timedelta(days=3, hours=7, minutes=40)
    offsets = [0, 45, *rng.sample(range(1, 45), 18)]
    offsets.sort()
    if sum(1 for o in offsets if o <= 25) < 6:
        raise SystemExit("topic_spike: not enough early reports")
    langs = ["en"] * 6 + ["fr"] * 6 + ["de", "de", "it", "it", "pt", "pt", "es", "es"]
    chans = ["social"] * 6 + ["chat"] * 5 + ["community"] * 4 + ["email"] * 3 + ["web"] * 2
    rng.shuffle(langs)
    rng.shuffle(chans)
    regular = [True] * 12 + [False] * 8
    rng.shuffle(regular)
    early = [i for i, o in enumerate(offsets) if o <= 25]
    repeat_chans = ["email", "email", "chat", "chat", "community", "community"]
    # pick six early reporters whose first channel differs from their repeat channel
    repeaters: dict[int, str] = {}
    for ch in repeat_chans:
        cand = [i for i in early if i not in repeaters and chans[i] != ch]
        repeaters[rng.choice(cand)] = ch
    others = [i for i in range(20) if i not in repeaters]
    fixed = set(rng.sample(others, 6))
    keys: list[str] = []
    eids: list[str] = []
    reids: list[str] = []
    again_n: Counter[str] = Counter()
    variant: Counter[str] = Counter()
    for i in range(20):
        lang = langs[i]
        rep = i in repeaters
        c = f.person(
            "spike_repeater" if rep else "spike_reporter",
            "regular" if regular[i] else "new",
            lang=lang,
            expected=["repeat_contact"] if rep else [],
            tolerated=SPIKE_REP_TOL if rep else SILENCE,
        )
        if regular[i]:
            for _ in range(rng.randint(1, 3)):
                happy(
                    f,
                    c,
                    f.t(1, 8, 17.5),
                    kind=rng.choice(["buy", "view", "praise", "chat", "review"]),
                )
        t = spike_start + timedelta(
            minutes=offsets[i], seconds=rng.randint(0, 59) if 0 < offsets[i] < 45 else 0
        )
        options = W.SPIKE[lang]
        text = options[variant[lang] % len(options)]
        variant[lang] += 1
        ch = chans[i]
        ag = f.agent(lang)
        if ch == "social":
            eid = f.add(c, t, "social", "mention", text)
        elif ch == "community":
            eid = f.add(c, t, "community", "post", text)
        elif ch == "email":
            eid = f.add(c, t, "email", "message", text, subject=W.SPIKE_SUBJECT[lang])
        elif ch == "web":
            eid = f.add(
                c, t, "web", "ticket", text, subject=W.SPIKE_SUBJECT[lang], attrs={"page": "/track"}
            )
        else:
            eid = f.add(c, t, "chat", "chat", text)
            f.add(
                c,
                t + timedelta(minutes=rng.randint(1, 4)),
                "chat",
                "chat",
                W.SPIKE_CHAT_ANSWER[lang].format(agent=ag),
                out=True,
                agent=ag,
            )
        keys.append(c.key)
        eids.append(eid)
        c.truth.update(
            in_spike=True,
            regular=regular[i],
            spike_event_id=eid,
            spike_channel=ch,
            trouble_starts_at=iso(t),
            agent_fixed=i in fixed,
        )
        if rep:
            rch = repeaters[i]
            t2 = t + timedelta(minutes=rng.randint(15, 50))
            again = W.SPIKE_AGAIN[lang][again_n[lang] % len(W.SPIKE_AGAIN[lang])]
            again_n[lang] += 1
            if rch == "email":
                rid = f.add(
                    c, t2, "email", "message", again, subject="Re: " + W.SPIKE_SUBJECT[lang]
                )
            elif rch == "chat":
                rid = f.add(c, t2, "chat", "chat", again)
                f.add(
                    c,
                    t2 + timedelta(minutes=rng.randint(1, 4)),
                    "chat",
                    "chat",
                    W.SPIKE_CHAT_ANSWER[lang].format(agent=ag),
                    out=True,
                    agent=ag,
                )
            else:
                rid = f.add(c, t2, "community", "post", again)
            reids.append(rid)
            c.truth.update(repeat_event_id=rid)
        if i in fixed:
            local = 10 + (0 if c.market in LOCAL_OFFSET else 1)
            credit = {"UK": "£4", "CH": "CHF 5"}.get(c.market, "€5" if lang == "en" else "5 €")
            s, body = W.SPIKE_FIXED[lang]
            when = f"{local}:40"
            f.add(
                c,
                f.start + timedelta(days=3, hours=11, minutes=rng.randint(8, 17)),
                "email",
                "message",
                body.format(me=c.first, when=when, credit=credit, agent=ag),
                subject=s,
                out=True,
                agent=ag,
            )
    f.spike = {
        "topic": W.SPIKE_TOPIC,
        "about": "Thursday 12 November 2026, 07:40-08:25 UTC: the app's and website's tracking page shows every sleeve as returned to sender, address unknown, error T9/ADX (a display fault: nothing was sent back); reports in six languages on five channels",
        "channel": None,
        "start": iso(spike_start),
        "end": iso(spike_start + timedelta(minutes=45)),
        "customers": 20,
        "customer_keys": keys,
        "event_ids": eids,
        "repeat_event_ids": reids,
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
    total_c = total_t = 0
    for build in FAMILIES:
        f = build()
        n_c, n_t = f.write()
        total_c += n_c
        total_t += n_t
        print(f"{f.name}: {n_c} customers, {n_t} touchpoints")
    print(f"total: {total_c} customers, {total_t} touchpoints")


if __name__ == "__main__":
    main()
